"""Draw 35's corpus: its builders and context bound to the shared plan, render and save machinery."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind35 import certs, papers
from bench.blind35.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(35, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
