"""Draw 49 as a DrawnCorpus: plan, build, write and truth for the Yiyang/Yantai audit proofs."""

from __future__ import annotations

from bench.blind.drawn import DrawnCorpus, builders

from . import certs, papers
from .pools import Ctx

VERSION = 1  # bump when wording, layout or truth changes

DRAWN = DrawnCorpus(49, VERSION, builders(certs, papers), Ctx, __name__)
TYPES = DRAWN.types
plan = DRAWN.plan
build = DRAWN.build
write = DRAWN.write
truth_only = DRAWN.truth_only
generate = DRAWN.generate
