"""Self-check of draw 50: build the truth of several seeds and confirm every scored value and the claimed
person is printed on the pages; exits non-zero on a miss. `python -m bench.blind50.check [--per-type N]`."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from bench.blind50.corpus import plan, truth_only
from bench.blind50.pools import all_date_forms
from bench.generator.truth import get_path

SEEDS = (1, 2, 3, 31, 521, 777)
KIND_WORD = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}


def _text(rec: dict[str, Any]) -> str:
    return "".join(sum(rec["lines"], [])).replace(" ", "").replace("\u3000", "")


def misses(rec: dict[str, Any]) -> list[str]:
    """What of this record's truth is not printed on its pages."""
    ev, text, out = rec["evidence"], _text(rec), []

    def need(path: str, *forms: str, exact: bool = False) -> None:
        if not any(f and (f if exact else f.replace(" ", "")) in text for f in forms):
            out.append(f"{path}={forms[0] if forms else None!r}")

    for path in rec["scored"]:
        v = get_path(ev, path)
        if path == "people":
            for p in ev["people"]:
                need("people", p["name"], exact=True)
        elif v is None or path in ("award.kind", "award.level", "qualification.kind"):
            continue
        elif path in ("issued_on", "period.start", "patent.applied_on", "patent.granted_on"):
            need(path, *all_date_forms(v))
        elif path == "period.end":
            need(path, *all_date_forms(v, partial=True))
        elif path == "hours_stated":
            need(path, str(int(v)) if float(v).is_integer() else str(v))
        elif path in ("journal.year", "journal.volume"):
            need(path, str(v))
        elif path == "journal.issue":
            need(path, f"第{v}期", f"No.{v}", f"({v})", f"（{v}）", f"第{int(v):02d}期", f"{int(v):02d}-")
        elif path == "journal.levels":
            if {"national", "provincial"} & set(v):
                need(path, "主管")
        elif path == "patent.number":
            need(path, v, v[2:])
        elif path == "patent.kind":
            need(path, KIND_WORD[v])
        elif path == "qualification.modules":
            for m in v:
                need(path, m)
        else:
            need(path, str(v), exact=path in ("title", "holder", "issuer"))
    need("claim.person", rec["claim"]["person"], exact=True)
    cat = ev.get("category_stated")
    words = {"public": ("公需",), "professional": ("专业科目", "专业课")}
    if cat:
        need("category_stated", *words[cat])
    else:
        both = any(w in text for w in words["public"]) and any(w in text for w in words["professional"])
        one = any(w in text for w in words["public"]) or any(w in text for w in words["professional"])
        if one and not both:
            out.append("category_stated=None but one category is printed")
    if ev["patent"] and not re.fullmatch(r"ZL\d{12}\.[\dX]", ev["patent"]["number"]):
        out.append("patent.number shape")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind50.check")
    ap.add_argument("--per-type", type=int, default=12)
    a = ap.parse_args(argv)
    bad = total = 0
    layouts: set[str] = set()
    for seed in SEEDS:
        for job in plan(seed, a.per_type):
            rec = truth_only(job)
            total += 1
            layouts.add(rec["layout"])
            m = misses(rec)
            if m:
                bad += 1
                print(f"MISS seed {seed} {rec['id']} {rec['layout']}: {'; '.join(m)}")
    print(f"{total} documents, {len(layouts)} layouts, {bad} with misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
