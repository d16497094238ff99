"""Plan, render and save blind draw 9: `per_type` documents of each evidence type for one seed
(bench.blind.drawn plans and renders; this draw supplies its builders and context)."""

from __future__ import annotations

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind9 import certs, papers
from bench.blind9.pools import Ctx

VERSION = 2  # bump when wording, layout or truth changes
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(9, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
