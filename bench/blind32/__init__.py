"""Blind draw 32: synthetic continuing-education proofs (Dezhou and Tai'an, Shandong) with contract truth.

Written apart from the extractors: its author never read `extractors/`, `rules/`, `ingest/`, `review/`, `api/`,
`integration/`, the extractor and rule tests, the main generator's wording and layouts
(`bench/generator/values.py`, `layouts_*.py`), the held-out corpus, the first blind draws' builders
(`bench/blind/certs.py`, `papers.py`) or any other later draw, and never ran OCR, an extraction or `bench.eval`
on it. Its pools (names, workplaces, issuers, publishers, topics, titles), label wording, sentences, date styles
and layouts were written afresh from public conventions of real Chinese documents.

Shared with other draws: the page model and renderers (`bench.blind.page`), the Doc record
(`bench.blind.doc`), the plan/render/save driver (`bench.blind.drawn`), the journal catalogue loader and check
digits (`bench.blind.common`), the truth helper (`bench.generator.truth`), fonts, seals, degradations and the
corpus save/load (`bench.generator`).

Generate: `python -m bench.blind32 --seed S --out DIR [--per-type N]`, or `generate(out, seed, per_type=N)`.
Check: `python -m bench.blind32.check` (every scored truth value and the claimed person are printed).

Truth conventions beyond bench/generator/truth.py: `holder` is set when the document names exactly one person it is
issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation addressed to one person,
a notice the claimant annotated by hand), else null; people are ranked by printed order unless a rank is stated
(第N完成人, 排名第N); crossed-out sign-in rows are not attendees; a book's editors are ranked by overall printed
order across 主编/副主编/编委 (first appearance); a translation ranks the original author first; award names
exclude a leading year (2021年度); for journal 目录/cover-only documents title and people are not scored (the truth
holds the claimed article's); journal levels add national/provincial only when a 主管 line is printed; journal
names, ISSN and CN are real catalogue rows (levels are catalogue levels); month-only dates are `YYYY-MM`, never an
invented day; a book cover shows no ISBN or edition (null, unscored); `category_stated` is public/professional
only when the proof states one category, else null; each `claim` is a professional printed on the document and the
credit year; award levels follow the giver (a people's government its own level, a county-level city's government
county, a department or bureau `bureau`, a society, association or company null); only what the document shows is
scored.
"""

from bench.blind32.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
