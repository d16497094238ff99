"""Self-check of draw 32: every scored truth value and the claimed person are printed on the record's pages.

`python -m bench.blind32.check [--seed S] [--per-type N]` prints the failures and exits non-zero on any."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bench.blind32 import corpus
from bench.blind32.ink import fmt_h
from bench.blind32.pools import all_forms
from bench.generator.truth import get_path

DATES = ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on")
PLAIN = ("title", "issuer", "holder", "journal.name", "journal.issn", "journal.cn", "journal.volume",
         "journal.issue", "award.name", "award.grade", "book.isbn", "book.publisher", "book.edition",
         "patent.number", "qualification.subject")  # fmt: skip


def problems(rec: dict[str, Any]) -> list[str]:
    text = "".join(sum(rec["lines"], [])).replace(" ", "").replace("\u3000", "")
    ev, out = rec["evidence"], []
    if rec["claim"]["person"] not in text:
        out.append(f"claim {rec['claim']['person']}")
    for path in rec["scored"]:
        val = get_path(ev, path)
        if val is None:
            continue
        if path == "people":
            out += [f"person {p['name']}" for p in val if p["name"] not in text]
        elif path in DATES:
            if not any(f in text for f in all_forms(val)):
                out.append(f"{path} {val}")
        elif path == "hours_stated":
            if fmt_h(val) not in text:
                out.append(f"hours {val}")
        elif path == "journal.year":
            if str(val) not in text:
                out.append(f"year {val}")
        elif path == "qualification.modules":
            out += [f"module {m}" for m in val if m.replace(" ", "") not in text]
        elif path in PLAIN and str(val).replace(" ", "") not in text:
            out.append(f"{path} {val}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind32.check")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    bad = 0
    for job in corpus.plan(a.seed, a.per_type):
        rec = corpus.truth_only(job)
        for p in problems(rec):
            bad += 1
            print(rec["id"], rec["layout"], p)
    print(f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
