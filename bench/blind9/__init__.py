"""Blind evaluation corpus, draw 9: synthetic Chinese continuing-education proofs with contract truth.

Written apart from the extractors: its author never read `extractors/`, `rules/`, `ingest/`, `review/`,
the extractor tests, the main generator's wording (`bench/generator/values.py`, `layouts_*.py`), the
held-out corpus, or the wording and pools of the earlier blind draws (bench/blind, blind3 to blind8), and
never ran an extraction, OCR or the eval on it. Its name pools, workplaces, issuers, publishers, topics,
titles, label wording, sentences, date styles and layouts were written afresh from public conventions of
real documents. Journal names, ISSN and CN are real CSCD rows from /work/shared/data (through
`bench.blind.common.journals`), so a journal's levels are its catalogue levels.

Only the rendering utilities (`bench.blind.page`, `bench.blind.doc.Doc`, fonts, seals, degradations),
the catalogue loader and check-digit helpers, the truth helper and the corpus save/load are shared.

Generate: `python -m bench.blind9 --seed S --out DIR [--per-type N]`. Record ids are `9-NNNN`; the
manifest kind is `blind9`. Layouts are `<family>9-<variant>`; each record lists the variants it used
(`templates`), and every layout variant of a family is drawn once per `len(variants)` documents.

Truth conventions (the same as the earlier draws, beyond bench/generator/truth.py): `holder` is set when
the document names exactly one person it is issued to (a personal award certificate, a 结题证明 naming
only its 主持人, an invitation addressed to one person, a notice the claimant annotated by hand), else
null; people are ranked by printed order unless a rank is stated (第N完成人, 排名第N); a book's editors
are ranked by overall printed order across 主编/副主编/编委 (first appearance); a translation ranks the
original author first; award names exclude a leading year (2021年度); for journal 目录/cover-only
documents title and people are not scored (the truth holds the claimed article's); journal levels add
national/provincial only when a 主管 line is printed; month-only dates are `YYYY-MM`, never an invented
day; a book cover shows no ISBN or edition, so those are null and unscored; `category_stated` is
public/professional only when the proof states one category, else null. Each record's `claim` is
`{person, year}`: a professional on the document (at any rank) and the credit year; for a 目录 page it
is an author of one listed article.
"""

from bench.blind9.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
