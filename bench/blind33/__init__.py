"""Blind draw 33: synthetic continuing-education proofs (专业技术人员继续教育) with contract truth records.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`, `api/`,
`integration/`, the extractor and rules tests, the main generator's wording (`bench/generator/values.py`,
`layouts_*.py`), the held-out corpus, the first blind draws' builders or any other draw, and never ran OCR, an
extraction, `bench.eval` or the service on it. Its pools (names, workplaces, issuers, publishers, topics,
titles), label wording, sentences, date styles and layouts were written afresh for this draw from public
conventions of real Chinese documents, pictured for the audits of Yantai (Shandong) and Yiyang (Hunan).

Shared with other draws: the rendering utilities (`bench.blind.page`, fonts, degradations, seals), the plan /
render / save machinery (`bench.blind.drawn`, `bench.generator.corpus`), the journal catalogue loader and the
check digits (`bench.blind.common`), and the truth helper (`bench.generator.truth`).

Generate: `python -m bench.blind33 --seed S --out DIR [--per-type N]`. Records are `33-0000`, the manifest
kind is `blind33`, layouts are `<family>33-<variant>`; `bench.blind33.check` verifies that every scored truth
value and the claimed person are printed on the pages.

Truth conventions (beyond bench/generator/truth.py): `holder` is set when the document names exactly one person
it is issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation addressed to one
person, a notice the claimant annotated by hand), else null; people are ranked by printed order unless a rank is
stated (第N完成人, 排名第N); a book's editors are ranked by overall printed order across 主编/副主编/编委; a
translation ranks the original author first; award names exclude a leading year (2021年度); for journal 目录 /
cover-only documents title and people are not scored (the truth holds the claimed article's); journal levels add
national/provincial only when a 主管 line is printed; journal names, ISSN and CN are real catalogue rows, so
levels are catalogue levels; month-only dates (a book's edition month, a course certificate month, an award or
结题 certificate dated by month, an online study term) are `YYYY-MM`, never an invented day; a book cover shows
no ISBN or edition, so those are null and unscored; `category_stated` is public/professional only when the proof
states one category, else null. Each record's `claim` is `{person, year}`: a professional printed on the
document (at any rank) and the credit year. Award levels follow the giver: a people's government gives its own
level (a county-level city's gives county), a government department or bureau gives `bureau`, a learned
society, association, committee or company gives null. Only what the document shows is scored.
"""

from bench.blind33.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
