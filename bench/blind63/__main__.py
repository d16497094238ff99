"""`python -m bench.blind63 --seed S --out DIR [--per-type N]`: render blind draw 63."""

from bench.blind.drawn import main
from bench.blind63.corpus import DRAWN

main(DRAWN)
