"""Blind evaluation draw 13: synthetic Chinese continuing-education proofs with contract truth records.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`,
`api/`, `integration/`, the extractor and rules tests, the main generator's wording and layouts
(`bench/generator/values.py`, `layouts_*.py`), the held-out corpus, the first blind draws' builders
(`bench/blind/certs.py`, `papers.py`), any other later draw, or the repository README; and never ran OCR,
an extraction, `bench.eval` or the service on this draw. Its pools (names, workplaces, issuers, publishers,
topics, titles), label wording, sentences, date styles and layouts were written afresh from public
conventions of real documents: provincial platform printouts and app screenshots, 继续医学教育 credit
cards and project sign-in sheets, teachers' 学分 certificates, hand-filled certificates, host units'
证明 letters, red-headed 文件 with attached trainee lists, 会议通知 with 回执, 邀请函, 日程安排, journal
covers, two-column 目次, 版权页 and database printouts, CIP pages with 编委会 grids, translations' title
pages, CNIPA paper and electronic certificates and 登记簿副本, award certificates and booklets with photos
and steel seals, 结题/结项/鉴定/验收 documents, 科技成果登记证书, diplomas, degrees, exam certificates and
学历 filing records, and a few `other` papers (approval forms, receipts, acceptance letters, 研修日志,
badges).

Shared with the other draws, not written here: the page model and renderers (`bench.blind.page`), the
degradations and seals (`bench.generator.degrade`, `seals`), fonts, the journal catalogue loader and check
digits (`bench.blind.common`), the truth helper (`bench.generator.truth`), and planning, rendering and
saving (`bench.blind.drawn`, `bench.blind.corpus`, `bench.generator.corpus`).

Generate: `python -m bench.blind13 --seed S --out DIR [--per-type N]`, or `generate(out, seed, per_type=N)`.
Records have ids `13-0000`, manifest kind `blind13`, layouts `<family>13-<variant>`; every variant of a
family is drawn once per len(variants) documents (`pools.VARIANTS`).

Truth conventions, beyond bench/generator/truth.py: `holder` is set when the document names exactly one
person it is issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation
addressed to one person, a notice the claimant annotated or filled in by hand), else null; people are
ranked by printed order unless a rank is stated (第N完成人, 排名第N); a book's editors are ranked by overall
printed order across 主编/副主编/编委 (first appearance); a translation ranks the original author first;
award names exclude a leading year; for journal 目录/cover-only documents title and people are not scored
(the truth holds the claimed article's); journal levels add national/provincial only when a 主管 line is
printed; journal names, ISSN and CN are real catalogue rows, so levels are catalogue levels; month-only
dates (a book's edition month, a certificate dated by month, an online study term) are `YYYY-MM`, never an
invented day; a book cover shows no ISBN or edition, so those are null and unscored; `category_stated` is
public/professional only when the proof states one category, else null. Each record's `claim` is
`{person, year}`: a professional on the document (at any rank) and the credit year; for a 目录 page it is
an author of one listed article. Only what the document shows is scored.
"""

from bench.blind13.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
