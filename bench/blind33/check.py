"""Self-check of draw 33: every scored truth value and the claimed person are printed on the pages.

`python -m bench.blind33.check [--seeds 5 31] [--per-type 8]` prints each miss and exits non-zero on any."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from typing import Any

from bench.blind33 import corpus
from bench.blind33.pools import STYLES, day, month
from bench.generator.truth import get_path

DATE_FIELDS = ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on")
PLAIN = ("holder", "title", "issuer", "journal.name", "journal.issn", "journal.cn", "journal.volume",
         "journal.issue", "book.isbn", "book.publisher", "book.edition", "award.name", "award.grade",
         "qualification.subject")  # fmt: skip


def _squash(s: str) -> str:
    return re.sub(r"[\s\u3000]", "", s)


def date_forms(v: str) -> set[str]:
    if len(v) == 7:
        y, m = int(v[:4]), int(v[5:])
        return {_squash(month(y, m, s)) for s in STYLES}
    d = dt.date.fromisoformat(v)
    forms = {_squash(day(d, s)) for s in STYLES}
    forms |= {f"{d.month}月{d.day}日", f"{d.month:02d}月{d.day:02d}日"}  # a range's same-year tail
    forms |= {f"{sep}{d.day}日" for sep in ("至", "—", "-")}  # and its same-month tail
    return forms


def misses(rec: dict[str, Any]) -> list[str]:
    text = _squash("".join(sum(rec["lines"], [])))
    ev, out = rec["evidence"], []
    for path in rec["scored"]:
        val = get_path(ev, path)
        if val is None or path in (
            "journal.levels",
            "patent.kind",
            "award.kind",
            "award.level",
            "qualification.kind",
        ):
            continue
        if path in DATE_FIELDS:
            if not any(f in text for f in date_forms(val)):
                out.append(f"{path}={val}")
        elif path == "people":
            out += [f"people:{p['name']}" for p in val if _squash(p["name"]) not in text]
        elif path == "hours_stated":
            if f"{val:g}" not in text:
                out.append(f"hours={val}")
        elif path == "journal.year":
            if str(val) not in text:
                out.append(f"year={val}")
        elif path == "patent.number":
            if val[2:] not in text.replace("ZL", ""):
                out.append(f"number={val}")
        elif path == "qualification.modules":
            out += [f"module:{m}" for m in val if _squash(m) not in text]
        elif path in PLAIN and _squash(str(val)) not in text:
            out.append(f"{path}={val}")
    if _squash(rec["claim"]["person"]) not in text:
        out.append(f"claim:{rec['claim']['person']}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, nargs="*", default=[5, 31])
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    bad = 0
    for seed in a.seeds:
        for job in corpus.plan(seed, a.per_type):
            rec = corpus.truth_only(job)
            m = misses(rec)
            if m:
                bad += 1
                print(seed, rec["id"], rec["layout"], m)
    print(f"{bad} records with misses")
    return int(bad > 0)


if __name__ == "__main__":
    sys.exit(main())
