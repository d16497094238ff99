"""`python -m bench.blind60 --seed S --out DIR [--per-type N]`: render blind draw 60."""

from bench.blind.drawn import main
from bench.blind60.corpus import DRAWN

main(DRAWN)
