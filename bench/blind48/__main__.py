"""python -m bench.blind48 --seed S --out DIR [--per-type N] [--processes P]"""

from bench.blind.drawn import main
from bench.blind48.corpus import DRAWN

main(DRAWN)
