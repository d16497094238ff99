"""`python -m bench.blind58 --seed S --out DIR [--per-type N]`: render blind draw 58."""

from bench.blind.drawn import main
from bench.blind58.corpus import DRAWN

main(DRAWN)
