"""python -m bench.blind38 --seed S --out DIR [--per-type N]"""

from bench.blind.drawn import main
from bench.blind38.corpus import DRAWN

if __name__ == "__main__":
    main(DRAWN)
