from bench.blind.drawn import main
from bench.blind37.corpus import DRAWN

main(DRAWN)
