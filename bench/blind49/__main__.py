"""`python -m bench.blind49 --seed S --out DIR [--per-type N] [--processes P]`."""

from bench.blind.drawn import main
from bench.blind49.corpus import DRAWN

if __name__ == "__main__":
    main(DRAWN)
