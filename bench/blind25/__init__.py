"""Blind evaluation corpus, draw 25: Chinese continuing-education proofs of engineers and technicians of large
state-owned groups in Shandong (Yantai, Tai'an), with contract truth records.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`, `api/`,
`integration/`, the extractor and rules tests, the main generator's wording and layouts
(`bench/generator/values.py`, `layouts_*.py`), the held-out corpus, the first blind draws' wording
(`bench/blind/certs.py`, `papers.py`) or any other later draw, and never ran OCR, an extraction, `bench.eval`
or the service on it. Its pools (names, workplaces, issuers, publishers, topics, titles), label wording,
sentences, date styles and layouts were written afresh from public conventions of real documents.

Shared with the other draws: the page model and renderers (`bench.blind.page`, `bench.blind.doc` frame),
fonts, seals and degradations (`bench.generator`), the journal catalogue loader and check-digit helpers
(`bench.blind.common`), the truth helper (`bench.generator.truth`), planning and save/load
(`bench.blind.drawn`, `bench.generator.corpus`).

Generate: `python -m bench.blind25 --seed S --out DIR [--per-type N]`, or `generate(out, seed, per_type=N)`.
Record ids are `25-0000`, the manifest kind `blind25`, layouts `<family>25-<variant>`; `check` verifies that
every scored truth value is printed on its pages.

Truth conventions (beyond bench/generator/truth.py): `holder` is set when the document names exactly one person
it is issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation addressed to one
person, a notice the claimant annotated by hand), else null; people are ranked by printed order unless a rank
is stated (第N完成人, 排名第N); a book's editors are ranked by overall printed order across 主编/副主编/编委; a
translation ranks the original author first; award names exclude a leading year (2021年度); for journal
目录/cover-only documents title and people are not scored (the truth holds the claimed article's); journal
levels add national/provincial only when a 主管 line is printed; journal names, ISSN and CN are real catalogue
rows, so levels are catalogue levels; month-only dates are `YYYY-MM`, never an invented day; a book cover shows
no ISBN or edition, so those are null and unscored; `category_stated` is public/professional only when the
proof states one category, else null. Each `claim` is `{person, year}`: a professional printed on the document
(at any rank) and the credit year. Award levels follow the giver: a people's government gives its own level (a
county-level city's gives county), a government department or bureau gives `bureau`, a society, association or
company gives null (then unscored).
"""

from bench.blind25.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
