"""Self-check of draw 41: every scored truth value and the claimed person are printed on the pages.

`python -m bench.blind41.check` renders truth only (no images) for a few seeds, prints each miss and exits
non-zero on any."""

from __future__ import annotations

import datetime as dt
import sys
from typing import Any

from bench.blind41 import corpus
from bench.blind41.pools import date_forms, hrs, month_forms, range_forms
from bench.generator.truth import get_path

SEEDS = (1, 5, 17, 31, 77)
DERIVED = {"journal.levels", "patent.kind", "award.kind", "award.level", "qualification.kind"}


def _n(s: str) -> str:
    return s.replace(" ", "").replace("\u3000", "")


def _date_in(v: str, text: str, end_of: str | None = None) -> bool:
    if len(v) == 7:
        forms = month_forms(int(v[:4]), int(v[5:]))
    else:
        d = dt.date.fromisoformat(v)
        forms = date_forms(d)
        if end_of:
            forms += range_forms(dt.date.fromisoformat(end_of), d)
    return any(_n(f) in text for f in forms)


def misses(rec: dict[str, Any]) -> list[str]:
    ev = rec["evidence"]
    text = _n("".join(sum(rec["lines"], [])))
    out = []
    for path in rec["scored"]:
        if path in DERIVED:
            continue
        v = get_path(ev, path)
        if path == "people":
            out += [f"people {p['name']}" for p in v if p["name"] not in text]
        elif path == "holder":
            if v is not None and v not in text:
                out.append(f"holder {v}")
        elif path in ("issued_on", "period.start", "patent.applied_on", "patent.granted_on"):
            if not _date_in(v, text):
                out.append(f"{path} {v}")
        elif path == "period.end":
            start = ev["period"]["start"]
            if not _date_in(v, text, start if start and len(start) == 10 else None):
                out.append(f"{path} {v}")
        elif path == "hours_stated":
            if hrs(v) not in text:
                out.append(f"{path} {v}")
        elif path == "qualification.modules":
            out += [f"{path} {m}" for m in v if _n(m) not in text]
        elif _n(str(v)) not in text:
            out.append(f"{path} {v}")
    claim = rec["claim"]["person"]
    if claim not in text:
        out.append(f"claim {claim}")
    return out


def main() -> int:
    bad = 0
    n = 0
    for seed in SEEDS:
        for job in corpus.plan(seed, 8):
            rec = corpus.truth_only(job)
            n += 1
            for m in misses(rec):
                bad += 1
                print(f"seed {seed} {rec['id']} {rec['layout']}: missing {m}")
    print(f"draw 41 self-check: {n} documents, {bad} misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
