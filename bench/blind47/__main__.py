from bench.blind.drawn import main
from bench.blind47.corpus import DRAWN

main(DRAWN)
