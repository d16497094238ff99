"""Draw 27's corpus: its builders and context handed to the shared draw machinery."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind27 import certs, papers
from bench.blind27.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(27, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
