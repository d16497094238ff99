"""Draw 13's corpus: its builders per evidence type, planned, rendered and saved by the shared drawn corpus."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind13 import certs, papers
from bench.blind13.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(13, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
