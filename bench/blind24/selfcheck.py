"""Self-check of draw 24 (no rendering, no OCR): every scored truth value and the claimed person is printed.

`python -m bench.blind24.selfcheck [--seeds 5 31] [--per-type 8]` exits non-zero listing the misses."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from bench.blind24 import corpus
from bench.blind24.pools import all_forms
from bench.generator.truth import get_path

TEXT_FIELDS = ("title", "issuer", "holder", "journal.name", "journal.issn", "journal.cn", "award.name", "award.grade",
               "book.publisher", "book.edition", "qualification.subject")  # fmt: skip
DATE_FIELDS = ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on")


def misses(rec: dict[str, Any]) -> list[str]:
    text = "".join(sum(rec["lines"], [])).replace(" ", "").replace("\u3000", "")
    digits = re.sub(r"\D", "", text)
    ev, out = rec["evidence"], []
    for path in rec["scored"]:
        val = get_path(ev, path)
        if val is None or val == []:
            continue
        if path in TEXT_FIELDS:
            ok = str(val).replace(" ", "") in text
        elif path in DATE_FIELDS:
            ok = any(f.replace(" ", "") in text for f in all_forms(val))
        elif path == "people":
            ok = all(p["name"] in text for p in val)
        elif path == "hours_stated":
            ok = f"{val:g}" in text
        elif path in ("journal.year", "journal.volume", "journal.issue"):
            ok = str(val) in text
        elif path in ("patent.number", "book.isbn"):
            ok = re.sub(r"\D", "", val) in digits
        elif path == "qualification.modules":
            ok = all(m.replace(" ", "") in text for m in val)
        else:  # kinds and levels are read from the wording, not printed verbatim
            ok = True
        if not ok:
            out.append(f"{path}={val!r}")
    if rec["claim"]["person"] not in text:
        out.append(f"claim={rec['claim']['person']}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind24.selfcheck")
    ap.add_argument("--seeds", type=int, nargs="+", default=[5, 31, 77])
    ap.add_argument("--per-type", type=int, default=8)
    a = ap.parse_args(argv)
    bad = 0
    for seed in a.seeds:
        for job in corpus.plan(seed, a.per_type):
            rec = corpus.truth_only(job)
            m = misses(rec)
            if m:
                bad += 1
                print(seed, rec["id"], rec["layout"], "; ".join(m))
    print("all printed" if not bad else f"{bad} records with misses")
    return int(bool(bad))


if __name__ == "__main__":
    sys.exit(main())
