"""Draw 32's corpus: its builders and context on the shared plan/render/save driver."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind32 import certs, papers
from bench.blind32.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(32, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
