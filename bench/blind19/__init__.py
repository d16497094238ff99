"""Blind evaluation corpus, draw 19: synthetic proofs of Chinese continuing education with contract truth.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`,
`api/`, `integration/`, the extractor and rules tests, the main generator's wording and layouts
(`bench/generator/values.py`, `layouts_*.py`), the held-out corpus, the first blind draw's certificate and
paper builders, or any other later draw, and never ran OCR, an extraction, `bench.eval` or the service on
this corpus. Its pools (names, workplaces, issuers, publishers, topics, titles), label wording, sentences,
date styles and layouts were written afresh from public conventions of real Chinese documents (certificates,
portal printouts and app screens, 红头 notices, journal first pages, contents pages and covers, CIP pages,
CNIPA certificates and gazette pages, 结题 certificates, diplomas and registry printouts).

Shared with the other draws: rendering utilities (`bench.blind.page`, `bench.blind.doc`, fonts, seals and
degradations from `bench.generator`), the plan/render/save machinery (`bench.blind.drawn`), the journal
catalogue loader and check digits (`bench.blind.common`), and the truth helper (`bench.generator.truth`).

Generate: `python -m bench.blind19 --seed S --out DIR [--per-type N]`, or `generate(out, seed, per_type=N)`.
Record ids are `19-0000`, the manifest kind `blind19`, layouts `<family>19-<variant>`; every variant of a
layout family is drawn once per len(variants) documents of its type (`pools.VARIANTS`).
`python -m bench.blind19.check` confirms that every scored truth value is printed on its pages.

Truth conventions (beyond bench/generator/truth.py): `holder` is set when the document names exactly one
person it is issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation
addressed to one person, a notice the claimant annotated or a reply slip they filled in by hand), else null;
people are ranked by printed order unless a rank is stated (第N完成人, 排名第N); a book's editors are ranked
by overall printed order across 主编/副主编/编委 (first appearance); a translation ranks the original author
first; award names exclude a leading year (2021年度); for journal 目录/cover-only documents title and people
are not scored (the truth holds the claimed article's); journal levels add national/provincial only when a
主管 line is printed; journal names, ISSN and CN are real rows of /work/shared/data, so levels are catalogue
levels; month-only dates (a book's edition month, a certificate dated by month, an online study term) are
`YYYY-MM`, never an invented day; a book cover shows no ISBN or edition, so those are null and unscored;
`category_stated` is public/professional only when the proof states one category, else null. Each record's
`claim` is `{person, year}`: a professional on the document (at any rank) and the credit year; for a 目录
page it is an author of one listed article. Award levels follow the giver: a people's government gives its
own level (provincial, municipal, county; a county-level city's government gives county); a government
department or bureau gives `bureau`; a learned society, association or company gives null. Only what the
document shows is scored.
"""

from bench.blind19.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
