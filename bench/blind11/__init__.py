"""Blind draw 11: synthetic Chinese continuing-education proofs with contract truth records.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`,
`api/`, `integration/`, the extractor and rules tests, the main generator's wording and layouts
(`bench/generator/values.py`, `layouts_*.py`), the held-out corpus, the builders of the earlier blind
draws (`bench/blind/certs.py`, `papers.py`, `bench/blind3` … `bench/blind10`) or any other worktree, and
never ran OCR, an extraction, `bench.eval` or the service on this corpus. Its pools (names, workplaces,
issuers, publishers, topics, titles), label wording, sentences, date styles and layouts were written afresh
from public conventions of real Chinese documents.

Shared with the other draws: the rendering utilities (`bench.blind.page`, fonts, seals, degradations), the
journal catalogue loader and check-digit helpers (`bench.blind.common`), the truth helper
(`bench.generator.truth`), the Doc record (`bench.blind.doc`), and the plan/save/load machinery
(`bench.blind.drawn`, `bench.generator.corpus`).

Generate: `python -m bench.blind11 --seed S --out DIR [--per-type N]` (or `generate(out, seed, per_type=N)`).
Record ids are `11-0000`, the manifest kind is `blind11`, layouts are `<family>11-<variant>`; every variant of
a family is drawn once per len(variants) documents.

Truth conventions beyond bench/generator/truth.py: `holder` is set when the document names exactly one
person it is issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation
addressed to one person, a notice the claimant annotated by hand), else null; people are ranked by printed
order unless a rank is stated (第N完成人, 排名第N); a book's editors are ranked by overall printed order
across 主编/副主编/编委 (first appearance); a translation ranks the original author first; award names
exclude a leading year (2021年度); for journal 目录/cover-only documents title and people are not scored
(the truth holds the claimed article's); journal levels add national/provincial only when a 主管 line is
printed; journal names, ISSN and CN are real catalogue rows, so levels are catalogue levels; month-only dates
(a book's edition month, a course certificate month, an award or 结题 certificate dated by month, an online
study term) are `YYYY-MM`, never an invented day; a book cover shows no ISBN or edition, so those are null
and unscored; `category_stated` is public/professional only when the proof states one category, else null.
Each record's `claim` is `{person, year}`: a professional on the document (at any rank) and the credit year;
for a 目录 page it is an author of one listed article. Only what the document shows is scored.
"""

from bench.blind11.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
