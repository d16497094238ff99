"""Self-check of draw 23: every scored truth value and the claimed person is printed on the document.

`python -m bench.blind23.check [--seeds 5 31] [--per-type 8]` prints each miss and exits non-zero on any."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from bench.blind23 import corpus
from bench.blind23.pools import forms, hours_s
from bench.generator.truth import get_path

DATES = ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on")
TEXTS = ("holder", "title", "issuer", "award.name", "award.grade", "journal.name", "journal.issn", "journal.cn",
         "book.isbn", "book.publisher", "book.edition", "qualification.subject")  # fmt: skip


def misses(rec: dict[str, Any]) -> list[str]:
    ev = rec["evidence"]
    text = re.sub(r"\s", "", "".join(sum(rec["lines"], [])))
    digits = re.sub(r"\D", "", text)
    out = []

    def need(label: str, ok: bool) -> None:
        if not ok:
            out.append(label)

    claim = rec["claim"]["person"]
    need(f"claim {claim}", claim in text)
    for path in rec["scored"]:
        val = get_path(ev, path)
        if val is None:
            continue
        if path == "people":
            for p in val:
                need(f"person {p['name']}", p["name"] in text)
        elif path in DATES:
            need(f"{path} {val}", any(re.sub(r"\s", "", f) in text for f in forms(val)))
        elif path == "hours_stated":
            need(f"hours {val}", hours_s(val) in text)
        elif path == "patent.number":
            need(f"number {val}", re.sub(r"\D", "", val) in digits)
        elif path in ("journal.year", "journal.volume", "journal.issue"):
            need(f"{path} {val}", str(val) in text)
        elif path == "qualification.modules":
            for m in val:
                need(f"module {m}", re.sub(r"\s", "", m) in text)
        elif path in TEXTS:
            need(f"{path} {val}", re.sub(r"\s", "", str(val)) in text)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind23.check")
    ap.add_argument("--seeds", type=int, nargs="+", default=[5, 31, 17])
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    bad = 0
    for seed in a.seeds:
        for job in corpus.plan(seed, a.per_type):
            rec = corpus.truth_only(job)
            for m in misses(rec):
                bad += 1
                print(f"seed {seed} {rec['id']} {rec['layout']}: {m} not printed")
    print(f"{bad} misses")
    return int(bad > 0)


if __name__ == "__main__":
    sys.exit(main())
