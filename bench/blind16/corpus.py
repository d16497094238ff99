"""Draw 16 as a DrawnCorpus: its builders, context and version."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind16 import certs, papers
from bench.blind16.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(16, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
