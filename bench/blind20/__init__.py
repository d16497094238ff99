"""Blind evaluation corpus, draw 20: synthetic proofs of continuing education with contract truth records.

Written apart from the extractors. The author of this draw never read `extractors/`, `rules/`, `ingest/`,
`review/`, `api/`, `integration/`, the extractor and rules tests, the main generator's wording
(`bench/generator/values.py`, `layouts_*.py`), the held-out corpus, the first blind draw's builders or any
other later draw, and never ran OCR, an extraction, `bench.eval` or the service on this corpus. Its pools
(names, workplaces, issuers, publishers, topics, titles), label wording, sentences, date styles and layouts
were written afresh from public conventions of real Chinese documents (county bureau paperwork in Henan and
Hunan: stamped letters and certificates, hand-filled forms, tables, photocopies, online printouts).

Shared with the other draws: the page and rendering utilities (`bench.blind.page`, fonts, seals,
degradations), the plan/render/save machinery (`bench.blind.drawn`, `bench.generator.corpus`), the journal
catalogue loader and check digits (`bench.blind.common`), and the truth helper (`bench.generator.truth`).

Generate: `python -m bench.blind20 --seed S --out DIR [--per-type N]`, or `generate(out, seed)`.
Every layout family (`pools.VARIANTS`) draws each of its variants once per len(variants) documents.
`python -m bench.blind20.check` checks that every scored truth value is printed on its pages.

Truth conventions beyond bench/generator/truth.py: `holder` is set when the document names exactly one
person it is issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation
addressed to one person, a notice the claimant annotated by hand), else null; people are ranked by printed
order unless a rank is stated (第N完成人, 排名第N); a book's editors are ranked by overall printed order
across 主编/副主编/编委; a translation ranks the original author first; award names exclude a leading year;
for journal 目录/cover-only documents title and people are not scored (the truth holds the claimed
article's); journal levels add national/provincial only when a 主管 line is printed; journals are real
catalogue rows, so levels are catalogue levels; month-only dates are `YYYY-MM`, never an invented day; a
book cover shows no ISBN or edition, so those are null and unscored; `category_stated` is public or
professional only when the proof states one category, else null. Each record's `claim` is a professional
on the document (at any rank) and the credit year. Award levels follow the giver: a people's government
gives its own level (a county-level city's gives county), a government department gives `bureau`, a
learned society, association or company gives null. Only what the document shows is scored.
"""

from bench.blind20.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
