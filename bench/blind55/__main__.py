"""`python -m bench.blind55 --seed S --out DIR [--per-type N]`: render blind draw 55."""

from bench.blind.drawn import main
from bench.blind55.corpus import DRAWN

main(DRAWN)
