"""`python -m bench.blind61 --seed S --out DIR [--per-type N]`: render blind draw 61."""

from bench.blind.drawn import main
from bench.blind61.corpus import DRAWN

main(DRAWN)
