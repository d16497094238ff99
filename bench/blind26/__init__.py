"""Blind evaluation draw 26: proofs as a county education bureau's personnel desk (Yiyang, Hunan or Kaifeng,
Henan) sees them when checking teachers' title applications.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`,
`api/`, `integration/`, the extractor and rules tests, the main generator's wording and layouts
(`bench/generator/values.py`, `layouts_*.py`), the held-out corpus, the first blind corpus's builders
(`bench/blind/certs.py`, `papers.py`) or any other draw package, and never ran OCR, an extraction, `bench.eval`
or the service on it. Its pools (names, schools, issuers, publishers, topics, titles), label wording, sentences,
date styles and layouts were written afresh from public conventions of real Chinese documents.

Shared with the other draws: the page model and renderer (`bench.blind.page`), the Doc record
(`bench.blind.doc`), plan/render/save (`bench.blind.drawn`, `bench.generator.corpus`), fonts, seals and
degradations (`bench.generator`), the journal catalogue loader and the check-digit helpers
(`bench.blind.common`), and the truth helper (`bench.generator.truth`).

Generate: `python -m bench.blind26 --seed S --out DIR [--per-type N]`, or `corpus.generate(out, seed)`.
Self-check (every scored value and the claimed person printed): `python -m bench.blind26.check`.

Truth conventions (beyond bench/generator/truth.py): `holder` is set when the document names exactly one
person it is issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation
addressed to one person, a notice the claimant annotated by hand), else null; people are ranked by printed
order unless a rank is stated (第N完成人, 排名第N); a book's editors are ranked by overall printed order
across 主编/副主编/编委 (first appearance); a translation ranks the original author first; award names exclude
a leading year (2021年度); for journal 目录/cover-only documents title and people are not scored (the truth
holds the claimed article's); journal levels add national/provincial only when a 主管 line is printed;
journal names, ISSN and CN are real catalogue rows, so levels are catalogue levels; month-only dates (a
book's edition month, a course certificate month, an award or 结题 certificate dated by month, an online
study term) are `YYYY-MM`, never an invented day; a book cover shows no ISBN or edition, so those are null
and unscored; `category_stated` is public/professional only when the proof states one category, else null.
Each record's `claim` is `{person, year}`: a professional printed on the document (at any rank) and the
credit year. Award levels follow the giver: a people's government gives its own level (a county-level
city's gives county), a government department or bureau gives `bureau`, a society, association or company
gives null. Only what the document shows is scored.
"""

from bench.blind26.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
