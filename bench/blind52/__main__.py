"""`python -m bench.blind52 --seed S --out DIR [--per-type N]`: render blind draw 52."""

from bench.blind.drawn import main
from bench.blind52.corpus import DRAWN

if __name__ == "__main__":
    main(DRAWN)
