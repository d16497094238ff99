from bench.blind.drawn import main
from bench.blind42.corpus import DRAWN

main(DRAWN)
