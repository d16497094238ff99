"""Draw 10's corpus: its builders per evidence type and context, planned, rendered and saved by bench.blind.drawn."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind10 import certs, papers
from bench.blind10.pools import Ctx

VERSION = 1  # bump when wording, layout or truth changes
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(10, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
