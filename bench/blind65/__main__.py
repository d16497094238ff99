"""`python -m bench.blind65 --seed S --out DIR [--per-type N]`: render blind draw 65."""

from bench.blind.drawn import main
from bench.blind65.corpus import DRAWN

main(DRAWN)
