"""Draw 38's corpus: its builders plugged into the shared DrawnCorpus plan, render and save."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind38 import certs, papers
from bench.blind38.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(38, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
