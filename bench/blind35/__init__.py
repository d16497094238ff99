"""Blind evaluation corpus, draw 35: synthetic proofs of continuing education for professional and
technical staff (专业技术人员继续教育), with contract truth records.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`,
`api/`, `integration/`, the extractor and rules tests, the main generator's wording and layouts
(`bench/generator/values.py`, `layouts_*.py`), the held-out corpus, the first blind draw's certs and papers,
or any other draw's package, and never ran OCR, an extraction, `bench.eval` or the service on it. Its pools
(names, workplaces, issuers, publishers, topics, titles), label wording, sentences, date styles and layouts
were written afresh from public conventions of real Chinese documents (certificates, 签到表, red-head
notices, journal covers and first pages, CIP pages, CNIPA certificates, 结题证书, degree certificates and
their verification reports), pictured as one mixed year's folder of a hospital, a school district and an
engineering institute in Dezhou, Yantai, Tai'an, Kaifeng and Yiyang.

Shared with other draws: the rendering utilities (`bench.blind.page`, fonts, seals, degradations), the plan,
render and save machinery (`bench.blind.drawn`, `bench.blind.corpus.write_doc`, `bench.generator.corpus`),
the journal catalogue loader and check-digit helpers (`bench.blind.common`), the `Doc` record
(`bench.blind.doc`) and the truth helper (`bench.generator.truth`).

Generate: `python -m bench.blind35 --seed S --out DIR [--per-type N]`; see `corpus.generate`.
Check: `python -m bench.blind35.check` verifies that every scored truth value is printed.

Truth conventions beyond bench/generator/truth.py: `holder` is set when the document names exactly one
person it is issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation
addressed to one person, a notice the claimant annotated by hand), else null; people are ranked by printed
order unless a rank is stated (第N完成人, 排名第N); a book's editors are ranked by overall printed order
across 主编/副主编/编委 (first appearance); a translation ranks the original author first; award names
exclude a leading year (2021年度); for journal 目录/cover-only documents title and people are not scored (the
truth holds the claimed article's); journal levels add national/provincial only when a 主管 line is printed;
journal names, ISSN and CN are real catalogue rows, so levels are catalogue levels; month-only dates (a
book's edition month, a course certificate month, an award or 结题 certificate dated by month, an online
study term, an exam month) are `YYYY-MM`, never an invented day; a book cover shows no ISBN or edition, so
those are null and unscored; `category_stated` is public/professional only when the proof states one
category, else null. Each record's `claim` is `{person, year}`: a professional printed on the document (at
any rank) and the credit year. Award levels follow the giver: a people's government gives its own level
(provincial, municipal; a county-level city's government gives county), a government department or bureau
gives `bureau`, a learned society, association or company gives null. Only what the document shows is scored.
"""

from bench.blind35.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
