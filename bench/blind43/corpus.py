"""Draw 43's corpus: its builders plugged into the shared DrawnCorpus plan, render and save."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind43 import certs, papers
from bench.blind43.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(43, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (DRAWN.plan, DRAWN.build, DRAWN.write, DRAWN.truth_only, DRAWN.generate)
