"""Blind evaluation corpus, draw 12: synthetic proofs of continuing education with contract truth records.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`,
`api/`, `integration/`, the extractor and rule tests, the main generator's wording and layouts
(`bench/generator/values.py`, `layouts_*.py`), the held-out corpus, the first blind draw's builders or any
other later draw, and never ran OCR, an extraction, `bench.eval` or the service on it. Its pools (names,
workplaces, issuers, publishers, topics, titles), label wording, sentences, date styles and layouts were
written afresh from public conventions of real Chinese documents.

Shared with the other draws: the rendering utilities (`bench.blind.page`, fonts, seals, degradations), the
plan/render/save machinery (`bench.blind.drawn`, `bench.generator.corpus`), the journal catalogue loader
and check-digit helpers (`bench.blind.common`) and the truth helper (`bench.generator.truth`).

Generate: `python -m bench.blind12 --seed S --out DIR [--per-type N]` (or `bench.blind12.generate`).
Record ids are `12-0000`, the manifest kind `blind12`, layouts `<family>12-<variant>`; each record lists
the variants and word choices it used (`templates`).

Truth conventions beyond bench/generator/truth.py:
- `holder` is set when the document names exactly one person it is issued to (a personal award, a 结题证明
  naming only its 主持人, an invitation or timetable addressed to one person, a notice the claimant
  annotated by hand), else null.
- People are ranked by printed order unless a rank is stated (第N完成人, 排名第N); a book's editors by
  overall printed order across 主编/副主编/编委 (first appearance); a translation ranks the original author
  first.
- Award names exclude a leading year (2021年度).
- For a journal cover or 目录 page, title and people are not scored (the truth holds the claimed article's);
  journal names, ISSN and CN are real catalogue rows, levels are catalogue levels, plus national/provincial
  only where a 主管 line is printed.
- Month-only dates (a book's edition month, a certificate, award or 结题 dated by month, an online study
  term, a degree month) are `YYYY-MM`, never an invented day; a book cover shows no ISBN or edition, so
  those are null and unscored.
- `category_stated` is public/professional only when the proof states one category, else null.
- A record's `claim` is `{person, year}`: a professional on the document (at any rank) and the credit year.
- Only what the document shows is scored (`scored`).
"""

from bench.blind12.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
