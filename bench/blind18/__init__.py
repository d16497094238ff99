"""Blind evaluation draw 18, written apart from the extractors.

Its author never read the extractors, rules, ingest, review, api or integration code, their tests, the
generator's value pools and layouts, the held-out set, the first blind draw's builders or any other later
draw, and never ran an OCR, an extraction, an evaluation or the service on it. Its pools (names,
workplaces, issuers, publishers, topics, titles), label wording, sentences, date styles and layouts were
written afresh from public conventions of real documents a continuing-education desk in Shandong, Henan
or Hunan receives.

Shared with other draws: the page, document and rendering helpers of `bench.blind` (page, doc, drawn,
corpus, common: check digits, date numerals, the journal catalogue rows and 主管 choice), the truth
helpers of `bench.generator.truth`, fonts, seals and degradation.

Generate: `python -m bench.blind18 --seed S --out DIR [--per-type N]`.

Truth conventions: `holder` is set when the document names exactly one person it is issued to (a
personal award, a 结题证明 naming only its 主持人, an invitation to one person, a notice the claimant
annotated by hand), else null; people are ranked by printed order unless a rank is stated (第N完成人); a
book's editors are ranked by overall printed order across 主编/副主编/编委; a translation ranks the
original author first; award names exclude a leading year; for journal 目录/cover-only documents title
and people are not scored; journal levels add national/provincial only when a 主管 line is printed;
journals are real catalogue rows; month-only dates are YYYY-MM; a book cover shows no ISBN or edition,
so those are null and unscored; `category_stated` is set only when the proof states one category;
award levels follow the giver (a people's government its own level, a county-level city county, a
government department bureau, a learned society null). Each record's `claim` is a professional on the
document and the credit year; only what the document shows is scored.
"""

from bench.blind18.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
