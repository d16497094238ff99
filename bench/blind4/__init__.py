"""Blind evaluation corpus, draw 4: synthetic Chinese continuing-education proofs with contract truth.

Written apart from the extractors: its author never read `extractors/`, `rules/`, the extractor tests,
the main generator's wording (`bench/generator/values.py`, `layouts_*.py`), the held-out corpus or the
wording of the earlier blind corpora (`bench/blind/certs.py`, `papers.py`, `bench/blind3/certs.py`,
`papers.py`, `pools.py`), and never ran an extraction on it. Its pools (names with compound surnames
and four-character minority names, foreign authors of translations, workplaces, colleges, issuers,
publishers with their ISBN prefixes, topics, titles), its title and label wording, layouts and date
styles were written afresh from public conventions of real documents: CNIPA paper, booklet and
electronic patent certificates, CIP/版权页 pages with 编委会 grids, translations, journal first pages
with running heads, superscript bylines, English blocks and footnote blocks, covers with mastheads and
目录 pages, government science/social-science award certificates, competition and teaching-achievement
certificates, 结题/结项/验收 certificates, letters and forms, online-platform 学时 certificates and
学时登记表, 红头文件 notices, invitations, schedules and phone screenshots, degree, graduation,
course, self-study and computer-exam certificates, and non-proofs (invoices, receipts, letters, minutes,
title certificates). Journal names, ISSN and CN are real CSCD core rows from /work/shared/data (via
`bench.blind.common.journals`), so a journal's levels are its catalogue levels.

Only the rendering utilities (`bench.blind.page`, `bench.blind.doc.Doc`, fonts, seals, degradations),
the catalogue loader, the truth helper and the corpus save/load are shared with the other corpora.

Generate: `python -m bench.blind4 --seed S --out DIR [--per-type N]`; see `corpus.generate`. Record ids
are `4-NNNN`; the manifest kind is `blind4`. Each record lists the variants it used (`templates`);
layouts are `<family>4-<variant>` and every variant is drawn once per `len(variants)` documents.
Scanned PDFs carry fixed metadata dates so the bytes repeat per seed.

Truth conventions (the same as bench/blind3, beyond bench/generator/truth.py): `holder` is set when the
document names exactly one person it is issued to (a personal award certificate, a 结题证明 naming
only its 主持人, an invitation addressed to one person, a notice the claimant annotated by hand), else
null; people are ranked by printed order unless a rank is stated (第N完成人, 排名第N); a book's
editors are ranked by overall printed order across 主编/副主编/编委 (first appearance); a translation
ranks the original author first; award names exclude a leading year (2021年度); for journal
目录/cover-only documents title and people are not scored (the truth holds the claimed article's);
journal levels add national/provincial only when a 主管 line is printed; month-only dates (a book's
edition month, a self-study or course certificate month, an award or 结题 certificate dated by month,
an online study term) are `YYYY-MM`, never an invented day; a book cover shows no ISBN or edition, so
those are null and unscored; `category_stated` is public/professional only when the proof states one
category (title, a 科目 line or a category column naming only one), else null. Each record's `claim`
is `{person, year}`: a professional on the document (at any rank, not always first) and the credit
year; for a 目录 page it is an author of one listed article.
"""

from bench.blind4.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
