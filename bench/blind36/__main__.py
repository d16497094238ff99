"""python -m bench.blind36 --seed S --out DIR [--per-type N]"""

from bench.blind.drawn import main
from bench.blind36.corpus import DRAWN

if __name__ == "__main__":
    main(DRAWN)
