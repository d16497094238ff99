"""Draw 45 as a DrawnCorpus: its builders, its context and the plan every later draw shares."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind45 import certs, papers
from bench.blind45.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(45, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (DRAWN.plan, DRAWN.build, DRAWN.write, DRAWN.truth_only, DRAWN.generate)
