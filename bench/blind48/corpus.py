"""Blind draw 48: plan, build, render and save through the shared DrawnCorpus."""

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind48 import certs, papers
from bench.blind48.pools import Ctx

VERSION = 1
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(48, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (DRAWN.plan, DRAWN.build, DRAWN.write, DRAWN.truth_only, DRAWN.generate)
