"""python -m bench.blind7 --seed S --out DIR [--per-type N]"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

from bench.blind7.corpus import generate


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.blind7", description=__doc__)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--per-type", type=int, default=10)
    ap.add_argument("--processes", type=int, default=2)
    a = ap.parse_args()
    recs = generate(a.out, a.seed, 7, a.per_type, a.processes)
    by = collections.Counter((r["evidence_type"], r["degradation"]) for r in recs)
    print(f"{len(recs)} documents in {a.out} (seed {a.seed}, draw 7)")
    for t in sorted({k[0] for k in by}):
        print(f"  {t:28s} " + "  ".join(f"{d}={by[(t, d)]}" for d in ("clean", "scan", "phone")))


if __name__ == "__main__":
    main()
