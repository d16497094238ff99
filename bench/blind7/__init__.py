"""Blind evaluation corpus, draw 7: synthetic Chinese continuing-education proofs with contract truth.

Written apart from the extractors: its author never opened `extractors/`, `rules/`, the extractor tests,
`ingest/`, `review/`, the main generator's wording (`bench/generator/values.py`, `layouts_*.py`), the held-out
corpus, the wording or pools of the earlier blind draws (`bench/blind/certs.py`, `papers.py`, the pools of
`bench/blind/common.py`, `bench/blind3`, `bench/blind4` beyond its package interface, `bench/blind5`,
`bench/blind6`), and never ran an extraction, OCR or the eval on it. Its pools (names with pinyin for English
bylines, compound surnames, transliterated foreign authors, places, workplaces per profession, issuers,
platforms, publishers with ISBN registrant prefixes, universities, topics and titles), its wording, labels,
layouts and date styles were written afresh for this draw from the public conventions of real documents.
Journal names, ISSN and CN are real CSCD core rows from /work/shared/data (via
`bench.blind.common.journals`), so a journal's levels are its catalogue levels.

Only the rendering utilities (`bench.blind.page`, `bench.blind.doc.Doc`, fonts, seals, degradations), the
draw runner (`bench.blind.drawn`), the catalogue loader, the truth helper and corpus save/load are shared.

Generate: `python -m bench.blind7 --seed S --out DIR [--per-type N]`; see `corpus.generate`. Record ids are
`7-NNNN`; the manifest kind is `blind7`. Each record lists the variants it used (`templates`); layouts are
`<family>7-<variant>` and every layout variant is drawn once per `len(variants)` documents of its type.

Truth conventions (the same as the earlier draws, beyond bench/generator/truth.py): `holder` is set when the
document names exactly one person it is issued to (a personal award certificate, a 结题证明 naming only its
主持人, an invitation addressed to one person, a notice the claimant annotated by hand), else null; people are
ranked by printed order unless a rank is stated (第N完成人, 排名第N); a book's editors are ranked by overall
printed order across 主编/副主编/编委 (first appearance); a translation ranks the original author first; award
names exclude a leading year (2021年度); for journal 目录/cover-only documents title and people are not scored
(the truth holds the claimed article's); journal levels add national/provincial only when a 主管 line is
printed; month-only dates (a book's edition month, a certificate dated by month, an online study term) are
`YYYY-MM`, never an invented day; a book cover shows no ISBN or edition, so those are null and unscored;
`category_stated` is public/professional only when the proof states one category (title, a 科目 line or a
category column naming only one), else null. Each record's `claim` is `{person, year}`: a professional on the
document (at any rank, not always first) and the credit year; for a 目录 page it is an author of one listed
article.
"""

from bench.blind7.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
