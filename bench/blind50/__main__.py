"""`python -m bench.blind50 --seed S --out DIR [--per-type N] [--processes P]`: render blind draw 50."""

from bench.blind.drawn import main
from bench.blind50.corpus import DRAWN

if __name__ == "__main__":
    main(DRAWN)
