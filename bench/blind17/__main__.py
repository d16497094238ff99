"""python -m bench.blind17 --seed S --out DIR [--per-type N]"""

from bench.blind.drawn import main
from bench.blind17.corpus import DRAWN

if __name__ == "__main__":
    main(DRAWN)
