"""Plan, render and save blind draw 3: `per_type` documents of each evidence type for one seed
(bench.blind.drawn does the planning and rendering for every later draw, from this draw's builders)."""

from __future__ import annotations

from bench.blind.drawn import DrawnCorpus, builders
from bench.blind3 import certs, papers
from bench.blind3.pools import Ctx

VERSION = 3  # bump when wording, layout or truth changes
BUILDERS = builders(certs, papers)
DRAWN = DrawnCorpus(3, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
