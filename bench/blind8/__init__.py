"""Blind evaluation corpus, draw 8: synthetic Chinese continuing-education proofs with contract truth.

Written apart from the extractors: its author never read `extractors/`, `rules/`, `ingest/`, `review/`, the
extractor tests, the main generator's wording (`bench/generator/values.py`, `layouts_*.py`), the held-out
corpus, or the builders and pools of the earlier blind draws (bench/blind, blind3 to blind7), and never ran an
extraction, the eval or OCR on it. Its people, workplaces, colleges, issuers, publishers (with their real ISBN
registrant prefixes), topics, titles, wording, layouts and date styles were written afresh from the public
conventions of real documents. Journal names, ISSN and CN are real CSCD core rows from /work/shared/data (via
`bench.blind.common.journals`), so a journal's levels are its catalogue levels.

Only the rendering utilities (`bench.blind.page`, `bench.blind.doc.Doc`, fonts, seals, degradations), the
catalogue loader and check-digit helpers, the truth helper and the corpus save/load and planning
(`bench.blind.drawn`) are shared with the other corpora.

Generate: `python -m bench.blind8 --seed S --out DIR [--per-type N]`. Record ids are `8-NNNN`; the manifest
kind is `blind8`. Each record lists the variants it used (`templates`); layouts are `<family>8-<variant>`
and every layout variant is drawn once per `len(variants)` documents of its type.

Truth conventions (the same as the earlier draws, beyond bench/generator/truth.py): `holder` is set when the
document names exactly one person it is issued to (a personal award certificate, a 结题证明 naming only its
主持人, an invitation addressed to one person, a notice the claimant annotated by hand), else null; people
are ranked by printed order unless a rank is stated (第N完成人, 排名第N); a book's editors are ranked by
overall printed order across 主编/副主编/编委 (first appearance); a translation ranks the original author
first; award names exclude a leading year (2021年度); for journal 目录/cover-only documents title and people
are not scored (the truth holds the claimed article's); journal levels add national/provincial only when a
主管 line is printed; month-only dates (a book's edition month, a certificate dated by month, an online study
term) are `YYYY-MM`, never an invented day; a book cover shows no ISBN or edition, so those are null and
unscored; `category_stated` is public/professional only when the proof states one category, else null. Each
record's `claim` is `{person, year}`: a professional on the document (at any rank) and the credit year; for a
目录 page it is an author of one listed article.
"""

from bench.blind8.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
