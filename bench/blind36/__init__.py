"""Blind draw 36: synthetic proofs of continuing education (专业技术人员继续教育) with contract truth records.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`, `api/`,
`integration/`, the extractor and rules tests, the main generator's wording and layouts
(`bench/generator/values.py`, `layouts_*.py`), the held-out corpus, the first blind draw's builders
(`bench/blind/certs.py`, `papers.py`) or any other draw package, and never ran OCR, an extraction, the eval or
the service on this corpus. Its pools (names, workplaces, organisers, publishers, topics, titles), label wording,
sentences, date styles and layouts were written afresh from public conventions of real Chinese documents: the
continuing-education audit of Yantai and Kaifeng, with proofs from agricultural machinery, seed management,
water supply, rural credit, statistics, traditional Chinese medicine, rehabilitation and kindergarten staff,
organised by provincial societies, city bureaus, county party schools and online platforms. Layout families are
`pools.VARIANTS`; every variant of a family is drawn once per len(variants) documents; layouts are named
`<family>36-<variant>`, record ids `36-0000`, the manifest kind `blind36`.

Shared with other draws: the rendering utilities (`bench.blind.page`, fonts, seals, degradations), the journal
catalogue loader and check digits (`bench.blind.common`), the truth helper (`bench.generator.truth`), the
plan/render/save machinery (`bench.blind.drawn`, `bench.generator.corpus`) and the Doc record.

Generate: `python -m bench.blind36 --seed S --out DIR [--per-type N]`, or `bench.blind36.generate(out, seed)`.
Self-check (every scored value and the claimed person printed on the pages): `python -m bench.blind36.check`.

Truth conventions beyond bench/generator/truth.py: `holder` is set when the document names exactly one person it
is issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation addressed to one
person, a notice the claimant annotated by hand), else null; people are ranked by printed order unless a rank is
stated (第N完成人, 排名第N); a book's editors are ranked by overall printed order across 主编/副主编/编委; a
translation ranks the original author first; award names exclude a leading year (2021年度); for journal
目录/cover-only documents title and people are not scored (the truth holds the claimed article's); journal levels
add national/provincial only when a 主管 line is printed; journal names, ISSN and CN are real catalogue rows, so
levels are catalogue levels; month-only dates (a book's edition month, a course certificate month, an award or 结题
certificate dated by month, an online study term, a degree dated by month) are `YYYY-MM`, never an invented day; a
book cover shows no ISBN or edition, so those are null and unscored; `category_stated` is public/professional only
when the proof states one category, else null. Each record's `claim` is `{person, year}`: a professional printed on
the document (at any rank) and the credit year. Award levels follow the giver: a people's government gives its own
level (a county-level city's government gives county), a department or bureau gives `bureau`, a learned society,
association or company gives null. Only what the document shows is scored.
"""

from bench.blind36.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
