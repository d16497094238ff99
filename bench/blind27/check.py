"""Self-check of draw 27: every scored truth value and each claimed person is printed on the document's pages.

`python -m bench.blind27.check [--seed S] [--per-type N]` prints the misses and exits 1 if there are any.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from bench.blind27 import corpus
from bench.blind27.pools import hours_forms, printed_forms
from bench.generator.truth import get_path

DATES = ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on")
PLAIN = ("holder", "title", "issuer", "award.name", "award.grade", "journal.name", "journal.issn", "journal.cn",
         "book.isbn", "book.publisher", "book.edition", "qualification.subject")  # fmt: skip


def misses(rec: dict[str, Any]) -> list[str]:
    text = re.sub(r"\s", "", "".join(sum(rec["lines"], [])))
    digits = re.sub(r"\D", "", text)
    ev, out = rec["evidence"], []
    for path in rec["scored"]:
        v = get_path(ev, path)
        if v is None or path in (
            "journal.levels",
            "award.kind",
            "award.level",
            "qualification.kind",
            "patent.kind",
        ):
            continue
        if path == "people":
            out += [f"people:{p['name']}" for p in v if p["name"] not in text]
        elif path in DATES:
            if not any(f in text for f in printed_forms(v)):
                out.append(f"{path}:{v}")
        elif path == "hours_stated":
            tokens = set(" ".join(sum(rec["lines"], [])).split())
            if not any(f"{h}学时" in text or f"学时：{h}" in text or f"学时{h}" in text or (h in tokens and "学时" in text)
                       for h in hours_forms(v)):  # fmt: skip
                out.append(f"hours:{v}")
        elif path == "patent.number":
            if re.sub(r"\D", "", v) not in digits:
                out.append(f"number:{v}")
        elif path in ("journal.year", "journal.volume", "journal.issue"):
            if str(v) not in text:
                out.append(f"{path}:{v}")
        elif path == "qualification.modules":
            out += [f"module:{m}" for m in v if m.replace(" ", "") not in text]
        elif path in PLAIN and str(v).replace(" ", "") not in text:
            out.append(f"{path}:{v}")
    if rec["claim"]["person"] not in text:
        out.append(f"claim:{rec['claim']['person']}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind27.check")
    ap.add_argument("--seed", type=int, nargs="*", default=[5, 31, 7])
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    bad = 0
    for seed in a.seed:
        for job in corpus.plan(seed, a.per_type):
            rec = corpus.truth_only(job)
            m = misses(rec)
            if m:
                bad += 1
                print(seed, rec["id"], rec["layout"], m)
    print(f"{bad} records with misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
