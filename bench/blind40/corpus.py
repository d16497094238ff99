"""Draw 40's corpus: its builders plugged into DrawnCorpus."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind40 import certs, papers
from bench.blind40.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(40, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (DRAWN.plan, DRAWN.build, DRAWN.write, DRAWN.truth_only, DRAWN.generate)
