from bench.blind.drawn import main
from bench.blind43.corpus import DRAWN

main(DRAWN)
