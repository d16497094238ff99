"""Blind evaluation corpus, draw 27: a mixed batch of proofs as a Kaifeng title-review office receives them.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`, `api/`,
`integration/`, the extractor and rules tests, the main generator's wording and layouts
(`bench/generator/values.py`, `layouts_*.py`), the held-out corpus, the first blind draws' builders or any
other later draw, and never ran an extraction, OCR, an eval or the service on this draw. Its pools (names,
workplaces, issuers, publishers, topics, titles), label wording, sentences, date styles and layouts were written
afresh from public conventions of real Chinese documents (certificates, red-letter notices, programme tables,
copyright pages, patent certificates and register extracts, 结题 certificates, web and app printouts).

Shared with the other draws: the rendering utilities (`bench.blind.page`, fonts, seals, degradations), the
journal catalogue loader and check digits (`bench.blind.common`), the truth helper
(`bench.generator.truth`), the draw machinery and save/load (`bench.blind.drawn`, `bench.generator.corpus`).

Generate: `python -m bench.blind27 --seed S --out DIR [--per-type N]`; `python -m bench.blind27.check` checks
that every scored truth value and each claim is printed on its pages.

Truth conventions beyond bench/generator/truth.py: `holder` is set when the document names exactly one person it
is issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation addressed to one
person, a notice the claimant annotated by hand or a reply slip one person filled in), else null; people are
ranked by printed order unless a rank is stated (第N完成人, 排名第N); a book's editors are ranked by overall
printed order across 主编/副主编/编委 (first appearance); a translation ranks the original author first; award
names exclude a leading year (2021年度); for journal 目录/cover-only documents title and people are not scored
(the truth holds the claimed article's); journal levels add national/provincial only when a 主管 line is
printed; journals are real catalogue rows, so levels are catalogue levels; month-only dates (a book's edition
month, a course certificate month, an award or 结题 certificate dated by month, an online study term) are
`YYYY-MM`; a book cover shows no ISBN or edition, so those are null and unscored; `category_stated` is set only
when the proof states one category. Each record's claim is a professional printed on the document and the
credit year. Award levels follow the giver: a people's government gives its own level (a county-level city's
gives county), a government department or bureau gives `bureau`, a society, federation or company gives null.
"""

from bench.blind27.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
