"""Plan, build and render draw 25 from its own builders and context."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind25 import certs, papers
from bench.blind25.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(25, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
