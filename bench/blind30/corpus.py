"""Draw 30: its builders and context, planned and rendered by the shared `bench.blind.drawn` machinery."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind30 import certs, papers
from bench.blind30.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(30, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
