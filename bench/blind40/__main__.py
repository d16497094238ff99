from bench.blind.drawn import main
from bench.blind40.corpus import DRAWN

main(DRAWN)
