"""Self-check of draw 19: every scored truth value is printed on its pages (no OCR, only the drawn text).

`python -m bench.blind19.check [--seeds 5 6 7] [--per-type 8]` prints each miss and exits non-zero on any.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from typing import Any

from bench.blind19 import corpus
from bench.blind19 import pools as P
from bench.generator.truth import get_path

STYLES = ("ymd", "pad", "dot", "dash", "cn", "slash", "dot_short")


def _squash(s: str) -> str:
    return s.replace(" ", "").replace("\u3000", "")


def date_forms(iso: str) -> set[str]:
    """Every way draw 19 may print the date (or the month) `iso`."""
    if len(iso) == 7:
        y, m = int(iso[:4]), int(iso[5:])
        return {_squash(P.month(y, m, s)) for s in STYLES}
    d = dt.date.fromisoformat(iso)
    forms = {_squash(P.day(d, s)) for s in STYLES}
    return forms | {f"{d.year}.{d.month:02d}.{d.day:02d}"}


def misses(rec: dict[str, Any]) -> list[str]:
    ev, scored = rec["evidence"], rec["scored"]
    text = _squash("".join(sum(rec["lines"], [])))
    out: list[str] = []

    def need(path: str, forms: set[str]) -> None:
        if not any(f in text for f in forms):
            out.append(f"{path}={get_path(ev, path)!r}")

    for path in scored:
        val = get_path(ev, path)
        if path == "people":
            for p in ev["people"]:
                need(f"people:{p['name']}", {p["name"]})
        elif val is None or path == "journal.levels":
            continue
        elif path in ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on"):
            forms = date_forms(val)
            if path == "period.end" and len(val) == 10:  # a schedule's later days drop the year
                forms.add(f"{int(val[5:7])}月{int(val[8:])}日")
            need(path, forms)
        elif path == "hours_stated":
            h = int(val)
            lines = [_squash(ln) for ln in sum(rec["lines"], [])]
            if not any(re.search(rf"(?<!\d){h}(?!\d)", ln) and "学时" in ln for ln in lines):
                need(path, {f"{h}学时", f"{P.cn_small(h)}学时"})
        elif path == "patent.number":
            need(path, {val, val[2:]})
        elif path in ("journal.year", "journal.volume", "journal.issue"):
            need(path, {str(val)})
        elif path == "qualification.modules":
            for m in val:
                need(f"module:{m}", {_squash(m)})
        elif path == "qualification.kind":
            continue
        elif path in ("award.kind", "award.level"):
            continue
        elif path == "patent.kind":
            need(path, {{"invention": "发明专利", "utility_model": "实用新型", "design": "外观设计"}[val]})
        else:
            need(path, {_squash(str(val))})
    cat = ev.get("category_stated")
    if cat == "public" and "公需" not in text:
        out.append("category public not printed")
    if cat == "professional" and not re.search("专业科目|专业课", text):
        out.append("category professional not printed")
    if cat is None and re.search("公需|专业科目|专业课", text):
        if not ("公需科目" in text and "专业科目" in text):
            out.append("a category is printed but truth has none")
    claim = rec["claim"]["person"]
    if claim not in text:
        out.append(f"claim {claim} not printed")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind19.check")
    ap.add_argument("--seeds", type=int, nargs="+", default=[5, 6, 7])
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    bad = 0
    for seed in a.seeds:
        for job in corpus.plan(seed, a.per_type):
            rec = corpus.truth_only(job)
            for m in misses(rec):
                bad += 1
                print(f"seed {seed} {rec['id']} {rec['layout']}: {m}")
    print(f"{bad} misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
