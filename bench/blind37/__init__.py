"""Blind draw 37 of credproof's evaluation corpus: the proofs gathered for the continuing-education audit of
Dezhou and Yiyang (surveyors and mappers, construction supervisors, veterinarians, hospital pharmacists,
archivists, broadcasting engineers, foresters, secondary vocational-school teachers), ten documents of each
evidence type per draw, in six layouts per type (`pools.FAMILIES`).

Written apart from the extractors: its author never read `extractors/`, `rules/`, `ingest/`, `review/`, `api/`,
`integration/`, `models/` beyond `models/contract.py`, the tests other than `tests/bench/test_blind_draws.py`,
the main generator's wording and layouts, `bench/heldout/`, the other blind draws' builders, the eval and
scoring code, the rendered outputs or the repository's history. Every pool (names, workplaces, organisers,
topics, wording, date styles, layouts) is this draw's own.

Truth conventions (beyond bench/generator/truth.py):
- `holder` is set only when the document names exactly one person it is issued to (a personal certificate or
  award, a 结题证明 naming only its 主持人, an invitation, a notice the claimant annotated by hand).
- People are ranked by printed order unless a rank is printed (第N完成人); book editors by overall order across
  主编/副主编/编委; a translation ranks its original author first; a sign-in sheet lists attendees in row order
  (the left half before the right half of a split sheet); a notice's people are the trainees it names.
- Award names drop a leading year (2021年度); levels follow the giver (a people's government its own level, a
  county-level city county, a 局/委 bureau, a society none).
- Journals are real CSCD catalogue rows; national/provincial is added only where a 主管 line is printed (covers,
  bundles and cover spreads). A contents page or a cover scores neither title nor people.
- Month-only dates (degrees, book editions) are YYYY-MM; a book cover has no ISBN or edition.
- `category_stated` is set only where a training certificate prints one category (公需 / 专业).
- `claim` is a person printed on the document and the year the credit is claimed for.

Generate: `python -m bench.blind37 --seed 5 --out DIR [--per-type 10]`.
Self-check (truth only, no rendering): `python -m bench.blind37.check`.
"""

from bench.blind37.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
