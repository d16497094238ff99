"""Blind evaluation corpus, draw 24: synthetic proofs of continuing education for professional and technical
staff, as a city desk in Yiyang (Hunan) or Kaifeng (Henan) receives them, with contract truth records.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`, `api/`,
`integration/`, the extractor and rules tests, the main generator's wording and layouts
(`bench/generator/values.py`, `layouts_*.py`), the held-out corpus, `bench/blind/certs.py`, `bench/blind/papers.py`
or any other draw package, and never ran OCR, an extraction, `bench.eval` or the service on this corpus. Its pools
(names, workplaces, issuers, publishers, topics, titles), label wording, sentences, date styles and layouts were
written afresh from public conventions of real Chinese documents.

Shared with other draws: the rendering utilities (`bench.blind.page`, fonts, seals, degradations), the plan and
save/load machinery (`bench.blind.drawn`, `bench.blind.corpus`, `bench.generator.corpus`), the journal catalogue
loader and the check-digit helpers (`bench.blind.common`), and the truth helper (`bench.generator.truth`).

Generate: `python -m bench.blind24 --seed S --out DIR [--per-type N]`, or `generate(out, seed, per_type=N)`.
Record ids are `24-0000`, the manifest kind `blind24`, layouts `<family>24-<variant>`. `python -m
bench.blind24.selfcheck` checks that every scored truth value and the claimed person are printed.

Truth conventions beyond bench/generator/truth.py:
- `holder` is set when the document names exactly one person it is issued to (a personal award certificate, a
  结题证明 naming only its 主持人, an invitation addressed to one person, a notice the claimant annotated by
  hand), else null.
- People are ranked by printed order unless a rank is stated (第N完成人, 排名第N); a book's editors are ranked
  by overall printed order across 主编/副主编/编委 (first appearance); a translation ranks the original author
  first.
- Award names exclude a leading year (2021年度); award levels follow the giver: a people's government gives its
  own level (a county-level city's gives county), a government department or bureau gives `bureau`, a learned
  society, association or company gives null.
- For journal 目录/cover-only documents title and people are not scored (the truth holds the claimed article's);
  journal names, ISSN and CN are real catalogue rows, levels are catalogue levels, plus national/provincial
  only when a 主管 line is printed.
- Month-only dates (a book's edition month, a course certificate month, an award or 结题 certificate dated by
  month, an online study term) are `YYYY-MM`, never an invented day; a book cover shows no ISBN or edition, so
  those are null and unscored.
- `category_stated` is public/professional only when the proof states one category, else null.
- Each record's `claim` is `{person, year}`: a professional printed on the document (at any rank) and the
  credit year; for a 目录 page or a cover's contents it is an author of one listed article.
- Only what the document shows is scored.
"""

from bench.blind24.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
