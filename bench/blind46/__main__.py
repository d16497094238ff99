from bench.blind.drawn import main
from bench.blind46.corpus import DRAWN

main(DRAWN)
