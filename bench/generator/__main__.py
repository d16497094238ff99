"""`python -m bench.generator --out DIR --n N --seed S`: write (or reuse) a rendered corpus with truth.jsonl."""

from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

from bench.generator.corpus import generate


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path("bench/out/corpus"))
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--processes", type=int, default=2)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    records = generate(args.out, args.n, args.seed, args.processes)
    counts = collections.Counter((r["degradation"], r["format"]) for r in records)
    print(f"{len(records)} documents in {args.out} ({time.perf_counter() - t0:.1f} s)")
    for (deg, fmt), k in sorted(counts.items()):
        print(f"  {deg:6s} {fmt:9s} {k}")


if __name__ == "__main__":
    main()
