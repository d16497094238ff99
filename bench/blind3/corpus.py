"""Plan, render and save blind draw 3: `per_type` documents of each evidence type for one seed
(bench.blind.drawn does the planning and rendering for every later draw, from this draw's builders)."""

from __future__ import annotations

from bench.blind.drawn import DrawnCorpus
from bench.blind3 import certs, papers
from bench.blind3.pools import Ctx

VERSION = 3  # bump when wording, layout or truth changes
BUILDERS = {
    "training_certificate": certs.training_certificate,
    "sign_in_sheet": certs.sign_in_sheet,
    "training_notice": certs.training_notice,
    "journal_article": papers.journal_article,
    "book": papers.book,
    "patent_certificate": papers.patent_certificate,
    "award_certificate": papers.award_certificate,
    "project_completion": papers.project_completion,
    "qualification_certificate": certs.qualification_certificate,
    "other": certs.other,
}
DRAWN = DrawnCorpus(3, VERSION, BUILDERS, Ctx, __name__)
TYPES = DRAWN.types
plan, build, write, truth_only, generate = (
    DRAWN.plan,
    DRAWN.build,
    DRAWN.write,
    DRAWN.truth_only,
    DRAWN.generate,
)
