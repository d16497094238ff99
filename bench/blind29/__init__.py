"""Blind draw 29: synthetic proofs of Chinese continuing education with contract truth records.

Draw 29 was written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`,
`review/`, `api/`, `integration/`, the extractor and rules tests, `bench/generator/values.py`,
`bench/generator/layouts_*.py`, `bench/heldout/`, `bench/blind/certs.py`, `bench/blind/papers.py`, any
other `bench/blindN/` draw, other branches or worktrees, or git history; and never ran OCR, an extraction,
`bench.eval` or the service on it. Its pools (names, workplaces, issuers, publishers, topics, titles), label
wording, sentences, date styles and layouts were written afresh from public conventions of real documents
(county hospitals, schools, water-conservancy and agricultural stations, construction firms of Kaifeng and
Yiyang; CNIPA certificates, CIP pages, journal first pages, 结题证书, degree certificates, ...).

Shared with the other draws: the rendering utilities (`bench.blind.page`, fonts, seals, degradations), the
journal catalogue loader and check digits (`bench.blind.common`), the truth helper
(`bench.generator.truth`), the plan/save/load machinery (`bench.blind.drawn`, `bench.generator.corpus`).

Generate: `python -m bench.blind29 --seed S --out DIR [--per-type N]`, or `generate(out, seed, per_type=N)`.
Check that the truth is printed: `python -m bench.blind29.check`.

Truth conventions (beyond bench/generator/truth.py): `holder` is set when the document names exactly one
person it is issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation
addressed to one person, a notice the claimant annotated by hand), else null; people are ranked by printed
order unless a rank is stated (第N完成人, 排名第N, a 序号 column); a book's editors are ranked by overall
printed order across 主编/副主编/编委; a translation ranks the original author first; award names exclude a
leading year; for journal 目录/cover-only documents title and people are not scored (the truth holds the
claimed article's); journal levels add national/provincial only when a 主管 line is printed; journals are
real catalogue rows; month-only dates are `YYYY-MM`; a book cover has no ISBN or edition (null, unscored);
`category_stated` is public/professional only when the proof states one category, else null; each record's
claim is a professional printed on the document and the credit year; award levels follow the giver
(people's government: its own level, a county-level city: county, a department or bureau: bureau, a society
or company: null). Only what the document shows is scored.
"""

from bench.blind29.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
