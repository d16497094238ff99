"""Self-check of draw 36: every scored truth value and the claimed person are printed on the document's pages.

`python -m bench.blind36.check [--seeds 5 31 7] [--per-type 8]` prints each miss and exits non-zero on any."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bench.blind36 import corpus
from bench.blind36.pools import all_forms
from bench.generator.truth import get_path


def _h(v: float) -> str:
    return str(int(v)) if v == int(v) else str(v)


def misses(rec: dict[str, Any]) -> list[str]:
    """What of the record's scored truth (and its claim) the printed text does not carry."""
    ev = rec["evidence"]
    text = "".join(sum(rec["lines"], [])).replace(" ", "").replace("\u3000", "")
    out = []

    def has(label: str, s: str | None) -> None:
        if s is None or str(s).replace(" ", "") not in text:
            out.append(f"{label}={s!r}")

    if rec["claim"]["person"] not in text:
        out.append(f"claim={rec['claim']['person']}")
    for path in rec["scored"]:
        val = get_path(ev, path)
        if path == "people":
            for p in val:
                has("people", p["name"])
        elif path in ("holder",):
            if val is not None:
                has(path, val)
        elif path in ("issued_on", "period.start", "period.end", "patent.applied_on", "patent.granted_on"):
            if val is None or not any(f.replace(" ", "") in text for f in all_forms(val)):
                out.append(f"{path}={val!r}")
        elif path == "hours_stated":
            has(path, _h(val))
        elif path in ("journal.year", "journal.volume", "journal.issue"):
            has(path, str(val))
        elif path == "journal.levels":
            if "cscd" not in val:
                out.append("levels")
            if ("national" in val or "provincial" in val) and "主管" not in text:
                out.append("levels without 主管")
        elif path in ("patent.kind", "award.kind", "award.level", "qualification.kind"):
            if val is None and path != "award.level":
                out.append(f"{path} null")
        elif path == "qualification.modules":
            for m in val:
                has(path, m)
        else:
            has(path, val)
    if not rec["scored"] and ev["evidence_type"] != "other":
        out.append("nothing scored")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind36.check")
    ap.add_argument("--seeds", type=int, nargs="*", default=[5, 31, 7, 17])
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
    print(f"{bad} records with misses")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
