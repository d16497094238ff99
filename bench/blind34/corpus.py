"""Draw 34: its builders, context and the shared plan / render / save machinery."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind34 import certs, papers
from bench.blind34.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(34, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
