"""Blind draw 41: continuing-education proofs gathered for the audit of Dezhou (德州) and Kaifeng (开封).

What it is. Ten evidence types, ten documents each per seed (the plan is DrawnCorpus's), from the proofs
of bridge and highway engineers, dentists, physical therapists, secondary-school physics and chemistry
teachers, seed-industry agronomists, gas-supply safety engineers, public-health inspectors and tax
accountants: certificates from societies, hospitals' education offices, normal colleges, transport
bureaus, county party schools, enterprises' training centres and online platforms; sign-in sheets (printed,
two-panel, handwritten, morning/afternoon, multi-page, app check-in lists); notices (红头 files with a
trainee list, schedules, invitations, web pages, hand-annotated notices, chat screenshots); journal first
pages, covers, 目录, bundles and database records; books (cover, CIP page, title page, editorial board,
translation, cover-and-copyright photo); CNIPA certificates (three kinds, two-page, electronic, beside a
register copy); awards; 结题 certificates; diplomas, degrees and exam certificates; and `other` papers a
professional might upload by mistake (receipts, registration forms, leave forms, work reports, ID copies,
payment screenshots, employment letters). Layouts are `<family>41-<variant>` (see `pools.FAMILIES`).

What its author never read: `extractors/`, `rules/`, `ingest/`, `review/`, `api/`, `integration/`,
`models/` beyond `models/contract.py`, the tests beyond `tests/bench/test_blind_draws.py`, the main
generator's wording and layouts (`bench/generator/values.py`, `layouts_*.py`), `bench/heldout/`,
`bench/blind/certs.py`, `bench/blind/papers.py`, the other draw packages, `bench/out/`, the eval and scoring
code, the repository's history and the README's figures. Every pool here (names, workplaces, organisers,
topics, titles, wording, date styles, layouts) was written afresh; only rendering and plumbing are shared.

Truth conventions (beyond bench/generator/truth.py):
- `holder` is set when the document names exactly one person it is issued to (personal certificates and
  awards, a 结题证明 or project record naming only its 主持人, an invitation to one person, a notice the
  claimant annotated by hand or a chat message addressed to one person, an `other` paper about one person);
  else null.
- People are ranked by printed order unless a rank is stated (第N完成人); a book's editors by overall order
  across 主编/副主编/编委; a translation ranks the original author first; a sign-in sheet's people are its
  attendees in row order (序号); a notice's people are the trainees it lists.
- Award names drop a leading year (2021年度); levels follow the giver (a people's government its own level,
  a county-level city's government county, a 厅/局/委 bureau, a society or association null).
- Journals are real CSCD catalogue rows; levels are catalogue levels plus national/provincial when a 主管
  line is printed (covers, bundles). For a cover or 目录 alone, title and people are not scored.
- Month-only dates are `YYYY-MM` (a degree dated by month, a book's 第N版); a book cover has no ISBN or edition.
- `category_stated` is set only when the proof prints one category (公需科目/公需课/专业科目/专业课).
- `claim` is a professional printed on the document and the year the credit is claimed for.

Generate: `python -m bench.blind41 --seed S --out DIR [--per-type N]`.
Self-check: `python -m bench.blind41.check` (every scored value and claimed person printed on the pages).
"""

from bench.blind41.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
