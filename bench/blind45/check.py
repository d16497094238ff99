"""Self-check of draw 45: render truth only for a few seeds and verify that every scored value and the claimed
person are printed on the document's pages. Prints each miss; exits non-zero on any.

    python -m bench.blind45.check
"""

from __future__ import annotations

import re
import sys
from typing import Any

from bench.blind45 import corpus
from bench.blind45.pools import date_forms, hs
from bench.generator.truth import get_path

SEEDS = (1, 2, 3, 5, 31)
DATES = ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on")
PLAIN = ("holder", "title", "issuer", "journal.name", "journal.issn", "journal.cn", "book.publisher", "book.edition",
         "book.isbn", "award.name", "award.grade", "qualification.subject")  # fmt: skip
DERIVED = ("patent.kind", "award.kind", "award.level", "qualification.kind", "journal.levels")


def _flat(s: str) -> str:
    return s.replace(" ", "").replace("\u3000", "")


def misses(rec: dict[str, Any]) -> list[str]:
    text = _flat("".join(sum(rec["lines"], [])))
    ev = rec["evidence"]
    out: list[str] = []

    def need(path: str, forms: list[str]) -> None:
        if not any(_flat(f) in text for f in forms):
            out.append(f"{rec['id']} {rec['layout']}: {path} {forms[0]!r} not printed")

    for path in rec["scored"]:
        v = get_path(ev, path)
        if path == "people":
            for p in ev["people"]:
                need("people", [p["name"]])
        elif v is None:
            if path != "holder":
                out.append(f"{rec['id']} {rec['layout']}: scored {path} is null")
        elif path in DATES:
            need(path, date_forms(v))
        elif path == "hours_stated":
            need(path, [hs(v)])
        elif path in PLAIN:
            need(path, [str(v)])
        elif path in ("journal.year", "journal.volume", "journal.issue"):
            need(path, [str(v)])
        elif path == "patent.number":
            need(path, [v, v[2:]])
        elif path == "qualification.modules":
            for m in v:
                need(path, [m])
        elif path in DERIVED:
            if path == "journal.levels" and ({"national", "provincial"} & set(v)) and "主管" not in text:
                out.append(f"{rec['id']} {rec['layout']}: supervisor level without a 主管 line")
        else:
            out.append(f"{rec['id']} {rec['layout']}: no check for {path}")
    need("claim.person", [rec["claim"]["person"]])
    if ev.get("category_stated") == "public" and not re.search("公需", text):
        out.append(f"{rec['id']}: category public not printed")
    if ev.get("category_stated") == "professional" and not re.search("专业科目|专业课", text):
        out.append(f"{rec['id']}: category professional not printed")
    return out


def main() -> int:
    n = values = 0
    bad: list[str] = []
    for seed in SEEDS:
        for job in corpus.plan(seed, 8):
            rec = corpus.truth_only(job)
            n += 1
            values += len(rec["scored"]) + 1
            bad += misses(rec)
    for b in bad:
        print("MISS", b)
    print(f"blind45 check: {n} documents, {values} scored values and claims, {len(bad)} misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
