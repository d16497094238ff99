"""Draw 22: its builders and context, planned, rendered and saved by the shared `bench.blind.drawn`."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind22 import certs, papers
from bench.blind22.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(22, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
