"""`python -m bench.blind53 --seed S --out DIR [--per-type N]`: render blind draw 53."""

from bench.blind.drawn import main
from bench.blind53.corpus import DRAWN

main(DRAWN)
