"""Blind evaluation draw 31: synthetic continuing-education proofs from Yiyang (Hunan) and Kaifeng (Henan).

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`,
`api/`, `integration/`, the extractor and rules tests, the main generator's wording and layouts
(`bench/generator/values.py`, `layouts_*.py`), the held-out corpus, the first blind draws' builders
(`bench/blind/certs.py`, `papers.py`) or any other draw package, and never ran OCR, an extraction, the eval
or the service on this draw. Its pools (names, units, organisers, publishers, topics, titles), label
wording, sentences, date styles and layouts were written afresh from public conventions of real Chinese
documents: unit study registers and attendance books, platform printouts, red-headed notices, invitations,
programme books, journal issues, copyright pages, CNIPA certificates, government and society prizes,
science-bureau project documents, diplomas and exam certificates.

Shared with the other draws: the page model and renderers (`bench.blind.page`, `bench.blind.doc`), the plan,
render and save machinery (`bench.blind.drawn`, `bench.generator.corpus`), fonts, seals and degradations
(`bench.generator`), the journal catalogue loader and check digits (`bench.blind.common`) and the truth
helper (`bench.generator.truth`).

Generate: `python -m bench.blind31 --seed S --out DIR [--per-type N]`, or `bench.blind31.generate(...)`.
Check that the truth is printed: `python -m bench.blind31.check [--seed S] [--per-type N]`.

Truth conventions (beyond bench/generator/truth.py): `holder` is set when the document names exactly one
person it is issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation
addressed to one person, a notice the claimant annotated by hand), else null; people are ranked by printed
order unless a rank is stated (第N完成人, 排名第N); a book's editors are ranked by overall printed order
across 主编/副主编/编委 (first appearance); a translation ranks the original author first; award names
exclude a leading year; for journal 目录/cover-only documents title and people are not scored (the truth
holds the claimed article's); journal levels add national/provincial only when a 主管 line is printed;
journal names, ISSN and CN are real catalogue rows, so levels are catalogue levels; month-only dates are
`YYYY-MM`, never an invented day; a book cover shows no ISBN or edition, so those are null and unscored;
`category_stated` is public/professional only when the proof states one category, else null. Each record's
`claim` is `{person, year}`: a professional printed on the document (at any rank) and the credit year.
Award levels follow the giver: a people's government gives its own level (a county-level city's gives
county), a government department or bureau gives `bureau`, a society, association or company gives null.
Only what the document shows is scored.
"""

from bench.blind31.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
