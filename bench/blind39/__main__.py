from bench.blind.drawn import main
from bench.blind39.corpus import DRAWN

main(DRAWN)
