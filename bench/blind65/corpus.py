"""Plan, render and save blind draw 65 (shared machinery in bench/blind/drawn.py)."""

from __future__ import annotations

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind65 import certs, papers
from bench.blind65.pools import Ctx

VERSION = 1  # bump when wording, layout or truth changes

DRAWN = DrawnCorpus(65, VERSION, builders(certs, papers), Ctx, __name__)
TYPES = DRAWN.types
plan = DRAWN.plan
build = DRAWN.build
write = DRAWN.write
truth_only = DRAWN.truth_only
generate = DRAWN.generate
