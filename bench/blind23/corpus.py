"""Draw 23's corpus: its builders on the shared plan, render and save."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind23 import certs, papers
from bench.blind23.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(23, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
