"""Blind draw 47 of credproof's evaluation corpus: the proofs gathered for the continuing-education audit of
Yantai and Kaifeng (bridge engineers, paediatric nurses, hospital pharmacists, music teachers, forestry engineers,
accountants, archivists and veterinarians), trained by provincial societies, municipal bureaus and health
commissions, universities' continuing-education schools, a district party school, state-owned enterprises'
training centres and online platforms.

Written apart from the extractors: its author never read extractors/, rules/, ingest/, review/, api/,
integration/, models/ beyond models/contract.py, the tests other than tests/bench/test_blind_draws.py, the main
generator's wording and layouts (bench/generator/values.py, layouts_*.py), bench/heldout/, bench/blind/certs.py,
bench/blind/papers.py, the other draw packages, bench/out/, the eval and scoring code, nor the repository's
history; nothing here was ever run through OCR or an extraction.

Truth conventions (beyond bench/generator/truth.py):
- `holder` only where the document names exactly one person it is issued to (personal certificates and awards,
  a 结题证明 naming only its 主持人, an invitation to one person, a notice the claimant annotated by hand).
- People in printed order unless a rank is stated (第N完成人); book editors across 主编/副主编/编委; a
  translation ranks the original author first; sign-in sheets rank attendees by row; notices name trainees.
- Award names drop a leading 年度 year; levels follow the giver (people's government -> its own level, a county
  or county-level city -> county, 局/委 -> bureau, a society, union or association -> null).
- Journals are real CSCD catalogue rows; national/provincial added only when a 主管 line is printed; a cover or
  目录 does not score title and people.
- Month-only dates are YYYY-MM; a book cover has no ISBN or edition; category_stated only when the proof states
  one category.

Generate: `python -m bench.blind47 --seed 5 --out DIR [--per-type N]`.
Self-check (truth only, no rendering): `python -m bench.blind47.check`.
"""

from bench.blind47.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
