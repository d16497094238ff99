"""`python -m bench.blind54 --seed S --out DIR [--per-type N]`: render blind draw 54."""

from bench.blind.drawn import main
from bench.blind54.corpus import DRAWN

main(DRAWN)
