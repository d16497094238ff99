"""Draw 14's corpus: its builders per evidence type, planned, rendered and saved by bench.blind.drawn."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind14 import certs, papers
from bench.blind14.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(14, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
