"""`python -m bench.blind56 --seed S --out DIR [--per-type N]`: render blind draw 56."""

from bench.blind.drawn import main
from bench.blind56.corpus import DRAWN

main(DRAWN)
