"""`python -m bench.blind62 --seed S --out DIR [--per-type N]`: render blind draw 62."""

from bench.blind.drawn import main
from bench.blind62.corpus import DRAWN

main(DRAWN)
