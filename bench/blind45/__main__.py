from bench.blind.drawn import main
from bench.blind45.corpus import DRAWN

main(DRAWN)
