"""Draw 37 as a DrawnCorpus: its builders and context."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind37 import certs, papers
from bench.blind37.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(37, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
