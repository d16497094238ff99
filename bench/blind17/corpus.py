"""Draw 17's corpus: its builders and context on the shared drawn-corpus plan."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind17 import certs, papers
from bench.blind17.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(17, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
