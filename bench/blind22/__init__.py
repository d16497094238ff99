"""Blind draw 22: continuing-education proofs from a Kaifeng (Henan) and Yiyang (Hunan) desk.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`,
`api/`, `integration/`, the extractor and rules tests, the main generator's wording and layouts
(`bench/generator/values.py`, `layouts_*.py`), the held-out corpus, `bench/blind/certs.py`,
`bench/blind/papers.py` or any other draw package, and never ran OCR, an extraction, `bench.eval` or the
service on it. Its pools (names, workplaces, issuers, publishers, topics, titles), label wording,
sentences, date styles and layouts were written afresh from public conventions of real Chinese
documents (CME credit certificates, school-based training records, red-headed notices, invitations,
agendas, app and article screenshots, journal first pages, contents pages and mastheads, CIP pages,
CNIPA certificates and register copies, award and 结题 certificates, diplomas and exam passes).

Shared with the other draws: the rendering utilities (`bench.blind.page`, fonts, degradations, seals),
the plan/render/save driver (`bench.blind.drawn`, `bench.generator.corpus`), the journal catalogue loader
and check digits (`bench.blind.common`), and the truth helper (`bench.generator.truth`).

Generate: `python -m bench.blind22 --seed S --out DIR [--per-type N]`, or `generate(out, seed, per_type=N)`.
`python -m bench.blind22.check` checks that every scored truth value and the claimed person are printed.

Truth conventions beyond bench/generator/truth.py: `holder` is set when the document names exactly one
person it is issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation to
one person, a notice the claimant annotated by hand), else null; people are ranked by printed order
unless a rank is stated (第N完成人, 排名第N); a book's editors are ranked by overall printed order across
主编/副主编/编委; a translation ranks the original author first; award names exclude a leading year;
for journal 目录/cover-only documents title and people are not scored (the truth holds the claimed
article's); journal levels are catalogue levels, plus national/provincial only when a 主管 line is
printed; journal names, ISSN and CN are real catalogue rows; month-only dates are `YYYY-MM`; a book
cover shows no ISBN or edition, so those are null and unscored; `category_stated` is public/professional
only when the proof states one category, else null. Each record's `claim` is `{person, year}`: a
professional printed on the document and the credit year. Award levels follow the giver: a people's
government gives its own level (a county-level city's gives county), a government department or bureau
gives `bureau`, a learned society, association or union gives null. Only what a document shows is scored.
"""

from bench.blind22.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
