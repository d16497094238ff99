"""python -m bench.blind41 --seed S --out DIR [--per-type N] [--processes P]"""

from bench.blind.drawn import main
from bench.blind41.corpus import DRAWN

main(DRAWN)
