"""python -m bench.blind20 --seed S --out DIR [--per-type N]"""

from bench.blind.drawn import main
from bench.blind20.corpus import DRAWN

if __name__ == "__main__":
    main(DRAWN)
