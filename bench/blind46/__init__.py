"""Blind draw 46: proofs gathered for the continuing-education audit of Dezhou and Yiyang.

Solar-energy engineers, psychiatrists, clinical-laboratory technicians, information-technology teachers,
cotton agronomists, environmental-monitoring engineers, newspaper journalists and social workers, trained by
provincial associations, municipal CDCs, normal colleges, city bureaus, the party school and online platforms.
Ten evidence types with six layout families each (`<family>46-<variant>`), written from the contract, the
shared rendering plumbing and the public conventions of such papers only.

Written apart from the extractors: its author never read `extractors/`, `rules/`, `ingest/`, `review/`,
`api/`, `integration/`, the tests (but tests/bench/test_blind_draws.py), the main generator's wording and
layouts, the held-out and other blind draws, the eval and scoring code, nor the repository's history.

Truth conventions (beyond bench/generator/truth.py):
- `holder` only when the paper names exactly one person it is issued to (personal certificates and awards,
  a 结题证明 naming only its 主持人, an invitation, a notice the claimant annotated by hand);
- people in printed order unless a rank is printed (第N完成人); book editors ranked across 主编/副主编/编委,
  a translation's original author first; sign-in sheets rank attendees by 序号 / row, never the lecturer;
  a notice's people are the trainees its roster names;
- award names drop a leading 年度 year; levels follow the giver (people's government -> its level, a
  county-level city -> county, 厅/局/委 -> bureau, societies and associations -> null);
- journals are real CSCD catalogue rows; national/provincial is added only when a 主管 line is printed;
  a cover or 目录 does not score title and people;
- month-only dates are YYYY-MM; a book cover scores no ISBN or edition; category_stated only when the
  proof states one category.

Generate: `python -m bench.blind46 --seed 5 --out /tmp/b46 --per-type 10`.
Self-check: `python -m bench.blind46.check` (every scored value and each claimed person is printed).
"""

from bench.blind46.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
