"""Blind evaluation corpus, draw 34: synthetic proofs of continuing education of professional and
technical staff, as an auditor in Kaifeng (Henan) or Tai'an (Shandong) would receive them, with
contract truth records.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`,
`api/`, `integration/`, the extractor and rule tests, the main generator's wording and layouts
(`bench/generator/values.py`, `layouts_*.py`), the held-out corpus, the first blind draw's builders or any
other later draw, and never ran OCR, an extraction, the eval or the service on this corpus (it was only
rendered and looked at). Its pools (names, workplaces, issuers, publishers, topics, titles), label wording,
sentences, date styles and layout variants were written afresh from public conventions of real documents.

Shared with the other draws: the page model and renderers (`bench/blind/page.py`, fonts, seals and
degradations from `bench/generator/`), the plan / build / save machinery (`bench/blind/drawn.py`,
`bench/blind/corpus.write_doc`), the journal catalogue loader and the 主管 line helper
(`bench.blind.common.journals`, `supervisor`), the check-digit helpers, the truth helper
(`bench/generator/truth.py`) and the corpus save/load (`bench/generator/corpus.py`).

Generate: `python -m bench.blind34 --seed S --out DIR [--per-type N]` (or `corpus.generate`). Record ids
are `34-0000`, the manifest kind is `blind34`, layouts are `<family>34-<variant>`; `pools.VARIANTS` lists
the variants of each family, every one drawn once per len(variants) documents of its type.
`python -m bench.blind34.check` checks that every scored truth value is printed on its pages.

Truth conventions beyond bench/generator/truth.py:
- `holder` is set when the document names exactly one person it is issued to (a personal award
  certificate, a 结题证明 naming only its 主持人, an invitation addressed to one person, a notice the
  claimant annotated by hand or a registration receipt), else null.
- People are ranked by printed order unless a rank is stated (第N完成人, 排名第N); a book's editors by
  overall printed order across 主编/副主编/编委 (first appearance); a translation ranks the original
  author first.
- Award names exclude a leading year (2021年度); award levels follow the giver: a people's government
  gives its own level (a county-level city's gives county), a department or bureau gives `bureau`, a
  society or company gives null.
- For journal 目录 and cover documents title and people are not scored (the truth holds the claimed
  article's); journal levels add national/provincial only when a 主管 line is printed; journals are real
  rows of /work/shared/data.
- Month-only dates (a book's edition month, a certificate or award dated by month, an online study term)
  are `YYYY-MM`; a book cover shows no ISBN or edition (null, unscored).
- `category_stated` is public/professional only when the proof states one category, else null.
- Each record's `claim` is {person, year}: a professional printed on the document (at any rank) and the
  credit year. Only what the document shows is scored.
"""

from bench.blind34.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
