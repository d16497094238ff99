"""Draw 36's corpus: its builders and context handed to the shared DrawnCorpus (plan, render, save)."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind36 import certs, papers
from bench.blind36.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(36, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
