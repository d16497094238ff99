"""python -m bench.blind34 --seed S --out DIR [--per-type N]"""

from bench.blind.drawn import main
from bench.blind34.corpus import DRAWN

if __name__ == "__main__":
    main(DRAWN)
