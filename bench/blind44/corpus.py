"""Draw 44's corpus: its builders and context plugged into the shared DrawnCorpus."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind44 import certs, papers
from bench.blind44.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(44, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (DRAWN.plan, DRAWN.build, DRAWN.write, DRAWN.truth_only, DRAWN.generate)
