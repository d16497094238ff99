"""Draw 42's corpus: the shared DrawnCorpus plan and render, with this draw's builders and context."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind42 import certs, papers
from bench.blind42.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(42, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (DRAWN.plan, DRAWN.build, DRAWN.write, DRAWN.truth_only, DRAWN.generate)
