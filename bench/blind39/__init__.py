"""Blind draw 39: continuing-education proofs gathered for an audit in Kaifeng (河南) and Tai'an (山东).

The claimants are water-conservancy engineers and hydrologists, radiologists, clinical-laboratory
technicians, primary-school teachers, agricultural extension agents, cultural-relics conservators,
translators and landscape architects; their training comes from provincial departments, medical
associations, normal universities, county teacher-training schools, research institutes and online
platforms. Ten evidence types, six layout families each (`pools.FAMILIES`, named `<family>39-<variant>`):
portrait and landscape certificates, phone captures of apps, browser captures of web pages, multi-page
scans (notice + name list, cover + contents + first page, title page + board + CIP page, certificate +
continuation page), handwritten fields and signatures, seals, mixed Chinese/English.

Written apart from the extractors: its author never read `extractors/`, `rules/`, `ingest/`, `review/`,
`api/`, `integration/`, `models/` beyond `models/contract.py`, the tests other than
`tests/bench/test_blind_draws.py`, the main generator's wording and layouts, the held-out corpus, the other
draw packages, the eval and its scoring, or the repository's history. It builds only on the shared
rendering (`bench/blind/page.py`, `doc.py`, `common.py`, `drawn.py`, `corpus.py`) and the truth helper.

Truth conventions (beyond bench/generator/truth.py):
- `holder` is set only when the document names one person it is issued to (a personal certificate or
  award, a 结题证明 naming only its 主持人, an invitation, a notice or schedule the claimant annotated by
  hand); otherwise null. `other` papers keep their one person as holder but score nothing.
- People are ranked by printed order unless a rank is stated (第N完成人); book editors by overall order
  across 主编/副主编/编委; a translation ranks the original author first; a sign-in sheet ranks its
  attendees by row (by the printed 序号 in two-half sheets); a notice's people are the trainees it names.
- Award names drop a leading 年度 year; levels follow the giver (a people's government its own level, a
  county-level city's government county; 厅/局/委 bureau; societies, associations, unions null).
- Journals are CSCD catalogue rows; national/provincial is added only where a 主管 line is printed (the
  cover and cover+contents+first-page bundle). Cover-only and contents-only documents do not score title
  and people. Volumes are scored only where printed.
- Month-only dates are YYYY-MM (book editions, some degree certificates); a book cover has no ISBN or
  edition; a schedule without a notice date scores no `issued_on`.
- `category_stated` is set on training certificates stating 公需科目/公需课 or 专业科目/专业课, else null.

Generate: `python -m bench.blind39 --seed S --out DIR [--per-type N]`.
Self-check (every scored value and the claimed person printed): `python -m bench.blind39.check`.
"""

from bench.blind39.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
