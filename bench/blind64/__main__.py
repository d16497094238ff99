"""`python -m bench.blind64 --seed S --out DIR [--per-type N]`: render blind draw 64."""

from bench.blind.drawn import main
from bench.blind64.corpus import DRAWN

main(DRAWN)
