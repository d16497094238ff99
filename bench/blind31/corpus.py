"""Draw 31: its builders, its context and the shared plan/render/save machinery of later blind draws."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind31 import certs, papers
from bench.blind31.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(31, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
