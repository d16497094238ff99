"""Blind evaluation corpus, draw 3: synthetic Chinese continuing-education proofs with contract truth.

Written apart from the extractors: its author never read `extractors/`, `rules/`, the extractor tests,
the main generator's wording (`bench/generator/values.py`, `layouts_*.py`) or the held-out corpus, and
never ran an extraction on it. It does not reuse the wording, title templates, label wording or layout
families of draws 1-2 (`bench/blind`): its own pools of names (including compound surnames and
four-character ethnic-minority names), workplaces, colleges, publishers, research topics and date
styles were written afresh from public conventions of real documents: CNIPA patent certificates
(paper, two-page and electronic), CIP/版权页 pages and 编委会 lists, journal first pages with mastheads,
bylines with superscript affiliation marks, English bylines and footnote blocks, 目录 pages behind a
cover, provincial/municipal government award certificates, competition certificates, 结项/验收/结题
certificates and letters, online-platform 学时 certificates, 红头文件 notices, phone screenshots of
notices, degree and self-study certificates, and non-proofs (invoices, receipts, letters, forms).
Journal names, ISSN and CN come from /work/shared/data (CSCD core rows whose name is also in
journals-cn.csv).

Only the rendering utilities (`bench.blind.page`, `bench.blind.doc.Doc`, fonts, seals, degradations),
the truth helper and the corpus save/load are shared with the other corpora.

Generate: `python -m bench.blind3 --seed S --out DIR [--per-type N]`; see `corpus.generate`. Record ids
are `3-NNNN`; the manifest kind is `blind3`. Each record lists the variants it used (`templates`).

Truth conventions beyond bench/generator/truth.py: `holder` is set when the document names exactly one
person it is issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation
addressed to one person, a notice the claimant annotated by hand), else null; people are ranked by
printed order unless a rank is stated (第N完成人, 排名第N); a book's editors are ranked by overall printed
order across 主编/副主编/编委 (first appearance); a translation ranks the original author first; award
names exclude a leading year (2021年度); for journal 目录/cover-only documents title and people are not
scored; journal levels add national/provincial only when a 主管 line is printed; month-only dates
(a book's edition month, a self-study certificate month, an award or 结题 certificate dated by month, an
online study term) are `YYYY-MM`, never an invented day; a book cover shows no ISBN or edition, so those
are null and unscored;
`category_stated` is public/professional only when the proof states one category (title, a 科目 line or
a category column naming only one), else null.
"""

from bench.blind3.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
