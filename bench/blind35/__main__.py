"""python -m bench.blind35 --seed S --out DIR [--per-type N]"""

from bench.blind.drawn import main
from bench.blind35.corpus import DRAWN

if __name__ == "__main__":
    main(DRAWN)
