"""Plan, render and save blind draw 62 (shared machinery in bench/blind/drawn.py)."""

from __future__ import annotations

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind62 import certs, papers
from bench.blind62.pools import Ctx

VERSION = 1  # bump when wording, layout or truth changes

DRAWN = DrawnCorpus(62, VERSION, builders(certs, papers), Ctx, __name__)
TYPES = DRAWN.types
plan = DRAWN.plan
build = DRAWN.build
write = DRAWN.write
truth_only = DRAWN.truth_only
generate = DRAWN.generate
