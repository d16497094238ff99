"""Blind evaluation corpus, draw 28: synthetic Chinese continuing-education proofs with contract truth.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`, `api/`,
`integration/`, the extractor and rules tests, the main generator's wording (`bench/generator/values.py`,
`layouts_*.py`), the held-out corpus, the first blind draw's builders (`bench/blind/certs.py`, `papers.py`), any
other draw package, the repository README or its history, and never ran OCR, an extraction, `bench.eval` or the
service on this corpus. Its pools (names, workplaces, issuers, publishers, topics, titles), label wording,
sentences, date styles and layouts were written afresh from public conventions of real Chinese documents
(course certificates, sign-in sheets, notices, journal pages, copyright pages, patent certificates, award
decisions, completion certificates, diplomas), set in the continuing-education audit of Dezhou and Yantai.

Shared with the other draws: the rendering utilities (`bench.blind.page`, fonts, seals, degradations), the
journal catalogue loader and check digits (`bench.blind.common`), the truth helper
(`bench.generator.truth`), the plan/render/save machinery (`bench.blind.drawn`, `bench.generator.corpus`).

Generate: `python -m bench.blind28 --seed S --out DIR [--per-type N]` (records `28-0000` …, manifest kind
`blind28`, layouts `<family>28-<variant>`). `python -m bench.blind28.check` checks that every scored truth
value and the claimed person is printed on the pages.

Truth conventions beyond bench/generator/truth.py: `holder` is set when the document names exactly one person
it is issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation addressed to one
person, a notice the claimant annotated or filled in by hand), else null; people are ranked by printed order
unless a rank is stated (第N完成人, 排名第N); a book's editors are ranked by overall printed order across
主编/副主编/编委; a translation ranks the original author first; award names exclude a leading year
(2021年度); for journal 目录/cover documents title and people are not scored (the truth holds the claimed
article's); journal levels are catalogue levels plus national/provincial only when a 主管 line is printed;
month-only dates are `YYYY-MM`, never an invented day; a book cover shows no ISBN or edition (null, unscored);
`category_stated` is public/professional only when the proof states one category, else null; the claim is a
professional printed on the document and the credit year; award levels follow the giver (a people's
government its own level, a county-level city's government county, a department or bureau `bureau`, a
society, association or company null). Only what the document shows is scored.
"""

from bench.blind28.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
