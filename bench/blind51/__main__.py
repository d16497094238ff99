from bench.blind.drawn import main

from .corpus import DRAWN

main(DRAWN)
