"""Self-check of draw 30: every scored truth value and the claimed person are printed on the record's pages.

`python -m bench.blind30.check [--seed S] [--per-type N]` prints each value it cannot find and exits non-zero.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from bench.blind30 import corpus
from bench.blind30 import pools as P
from bench.generator.truth import get_path


def _text(rec: dict[str, Any]) -> str:
    return "".join(sum(rec["lines"], [])).replace(" ", "").replace("\u3000", "")


def _date_forms(v: str) -> list[str]:
    if len(v) == 7:
        y, m = int(v[:4]), int(v[5:])
        return [P.mstr(y, m, s) for s in P.DATE_STYLES]
    d = dt.date.fromisoformat(v)
    forms = [P.dstr(d, s) for s in P.DATE_STYLES]
    forms.append(f"{d.year}.{d.month}.{d.day}")
    return forms


def _end_forms(v: str) -> list[str]:
    """A range end printed without its repeated year (and month): 至5月12日, 至12日."""
    if len(v) == 7:
        return []
    d = dt.date.fromisoformat(v)
    tails = [f"{d.month}月{d.day}日", f"{d.month:02d}月{d.day:02d}日"]
    return tails + [f"{sep}{n}日" for sep in "至—-～" for n in (str(d.day), f"{d.day:02d}")]


DATES = ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on")
ENUMS = ("award.kind", "award.level", "patent.kind", "qualification.kind", "journal.levels")


def problems(rec: dict[str, Any]) -> list[str]:
    text, ev, out = _text(rec), rec["evidence"], []
    if rec["claim"]["person"] not in text:
        out.append(f"claim {rec['claim']['person']}")
    for path in rec["scored"]:
        val = get_path(ev, path)
        if val is None or path in ENUMS:
            continue
        if path == "people":
            out += [f"person {p['name']}" for p in val if p["name"] not in text]
        elif path in DATES:
            forms = _date_forms(val) + (_end_forms(val) if path == "period.end" else [])
            if not any(f.replace(" ", "") in text for f in forms):
                out.append(f"{path} {val}")
        elif path == "hours_stated":
            if P.hstr(val) not in text:
                out.append(f"hours {val}")
        elif path == "patent.number":
            if val[2:] not in text:
                out.append(f"number {val}")
        elif path == "journal.issue":
            if not any(f in text for f in (f"第{val}期", f"({int(val):02d})", f"{val}期")):
                out.append(f"issue {val}")
        elif path == "qualification.modules":
            out += [f"module {m}" for m in val if m.replace(" ", "") not in text]
        elif str(val).replace(" ", "") not in text:
            out.append(f"{path} {val}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind30.check")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    bad = 0
    for job in corpus.plan(a.seed, a.per_type):
        rec = corpus.truth_only(job)
        for p in problems(rec):
            bad += 1
            print(rec["id"], rec["layout"], p)
    print(f"{bad} values not found on the pages")
    return int(bad > 0)


if __name__ == "__main__":
    sys.exit(main())
