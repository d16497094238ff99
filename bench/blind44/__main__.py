from bench.blind.drawn import main
from bench.blind44.corpus import DRAWN

main(DRAWN)
