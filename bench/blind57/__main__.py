"""`python -m bench.blind57 --seed S --out DIR [--per-type N]`: render blind draw 57."""

from bench.blind.drawn import main
from bench.blind57.corpus import DRAWN

main(DRAWN)
