"""`python -m bench.blind59 --seed S --out DIR [--per-type N]`: render blind draw 59."""

from bench.blind.drawn import main
from bench.blind59.corpus import DRAWN

main(DRAWN)
