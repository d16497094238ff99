"""Self-check of draw 43: every scored truth value and the claimed person must be printed on the pages.

`python -m bench.blind43.check [SEED ...]` renders truth only (no images) for `plan(seed, 8)` and prints each miss;
it exits non-zero on any.
"""

from __future__ import annotations

import re
import sys
from typing import Any

from bench.blind43 import corpus
from bench.blind43.pools import date_forms, hours_s, range_forms
from bench.generator.truth import get_path

CAT = {"public": ("公需科目", "公需课"), "professional": ("专业科目", "专业课")}
ENUMS = {"patent.kind", "award.kind", "award.level", "qualification.kind", "journal.levels"}


def _norm(s: str) -> str:
    return s.replace(" ", "").replace("\u3000", "")


def misses(rec: dict[str, Any]) -> list[str]:
    ev = rec["evidence"]
    text = _norm("".join(sum(rec["lines"], [])))
    out: list[str] = []

    def need(label: str, forms: set[str] | list[str] | tuple[str, ...]) -> None:
        if not any(_norm(f) in text for f in forms):
            out.append(f"{rec['id']} {rec['layout']}: {label} not printed ({sorted(forms)[:3]}…)")

    period = ev.get("period") or {}
    for path in rec["scored"]:
        val = get_path(ev, path)
        if path in ENUMS or val is None:
            continue
        if path == "people":
            for p in val:
                need(f"person {p['name']}", [p["name"]])
        elif path in ("issued_on", "patent.applied_on", "patent.granted_on"):
            need(path, date_forms(val))
        elif path in ("period.start", "period.end"):
            forms = set(date_forms(val))
            if period.get("start") and period.get("end") and len(period["start"]) == 10 == len(period["end"]):
                forms |= range_forms(period["start"], period["end"])
            need(path, forms)
        elif path == "hours_stated":
            need(path, [hours_s(val)])
        elif path == "patent.number":
            digits = val[2:]
            if not (val in text or re.sub(r"\s", "", digits) in re.sub(r"[^\d.X]", "", text)):
                out.append(f"{rec['id']} {rec['layout']}: patent number {val} not printed")
        elif path == "journal.year":
            need(path, [str(val)])
        elif path == "qualification.modules":
            for m in val:
                need(f"module {m}", [m])
        elif isinstance(val, str):
            need(path, [val])
    if ev.get("holder") and "holder" in rec["scored"]:
        need("holder", [ev["holder"]])
    need(f"claimed person {rec['claim']['person']}", [rec["claim"]["person"]])
    cat = ev.get("category_stated")
    if cat:
        need(f"category {cat}", CAT[cat])
    elif rec["evidence_type"] == "training_certificate":
        for words in CAT.values():
            for w in words:
                if w in text:
                    out.append(f"{rec['id']} {rec['layout']}: prints {w} but category_stated is null")
    return out


def main(argv: list[str] | None = None) -> int:
    seeds = [int(a) for a in (argv if argv is not None else sys.argv[1:])] or [1, 5, 17, 31, 2024]
    bad, n = [], 0
    for seed in seeds:
        for job in corpus.plan(seed, 8):
            rec = corpus.truth_only(job)
            n += 1
            bad += misses(rec)
    for m in bad:
        print(m)
    print(f"draw 43 self-check: {n} documents over seeds {seeds}, {len(bad)} misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
