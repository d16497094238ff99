"""Self-check of draw 51: for several seeds, every scored value and the claimed person is printed."""

from __future__ import annotations

import sys

from bench.generator.truth import get_path

from .corpus import plan, truth_only
from .pools import all_date_forms

SKIP = {"patent.kind", "award.kind", "award.level", "journal.levels", "qualification.kind"}
DATES = {"issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on"}


def _norm(s: str) -> str:
    return s.replace(" ", "").replace("\u3000", "")


def misses(rec: dict) -> list[str]:
    text = _norm("".join(sum(rec["lines"], [])))
    ev, out = rec["evidence"], []
    for path in rec["scored"]:
        if path in SKIP:
            continue
        v = get_path(ev, path)
        if path == "people":
            out += [f"people:{p['name']}" for p in ev["people"] if p["name"] not in text]
            continue
        if v is None:
            if path != "holder":
                out.append(f"{path}=None")
            continue
        if path in DATES:
            if not any(_norm(f) in text for f in all_date_forms(v)):
                out.append(f"{path}={v}")
        elif path == "hours_stated":
            h = str(int(v)) if float(v).is_integer() else str(v)
            if h + "学时" not in text and not (h in text and "学时" in text):
                out.append(f"{path}={v}")
        elif path == "qualification.modules":
            out += [f"module:{m}" for m in v if _norm(m) not in text]
        elif path == "patent.number":
            if v not in text:
                out.append(f"{path}={v}")
        elif _norm(str(v)) not in text:
            out.append(f"{path}={v}")
    if _norm(rec["claim"]["person"]) not in text:
        out.append(f"claim:{rec['claim']['person']}")
    return out


def main() -> int:
    bad = 0
    n = 0
    for seed in (1, 2, 3, 31, 531, 777):
        for job in plan(seed, 12):
            rec = truth_only(job)
            n += 1
            m = misses(rec)
            if m:
                bad += 1
                print(rec["id"], rec["layout"], m)
    print(f"{n} documents checked, {bad} with misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
