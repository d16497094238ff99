"""Draw 46 as a DrawnCorpus."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind46 import certs, papers
from bench.blind46.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(46, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (DRAWN.plan, DRAWN.build, DRAWN.write, DRAWN.truth_only, DRAWN.generate)
