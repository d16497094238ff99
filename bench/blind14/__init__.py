"""Blind evaluation corpus, draw 14.

Written apart from the extractors: the author of this draw never read `extractors/`, `rules/`, `ingest/`,
`review/`, `api/`, `integration/`, the extractor and rules tests, the main generator's wording and layouts
(`bench/generator/values.py`, `layouts_*.py`), the held-out corpus, `bench/blind/certs.py`,
`bench/blind/papers.py`, any other blind draw package or worktree, the repository README or any
evaluation output; and never ran OCR, an extraction, `bench.eval` or the service on this draw. Its pools
(names, workplaces, issuers, publishers, topics, titles), label wording, sentences, date styles and layouts
were written afresh from public conventions of real Chinese documents (platform printouts and phone
screenshots, CME credit cards, teacher-training certificates, red-header notices with reply slips,
invitations, schedules, journal first pages, covers and contents pages, CIP pages, CNIPA certificates and
register copies, government and society award certificates and decisions, 结题/验收/鉴定 documents,
diplomas, degrees, exam certificates and non-proofs).

Shared with the other draws: the page model and renderer (`bench.blind.page`, `bench.blind.doc`), the
plan/render/save driver (`bench.blind.drawn`), the CSCD journal catalogue loader and the check digits
(`bench.blind.common`), the truth helper (`bench.generator.truth`), fonts, seals, degradations and the
corpus save/load (`bench.generator`).

Generate: `python -m bench.blind14 --seed S --out DIR [--per-type N]` (or `bench.blind14.generate`).
Records are `14-0000` style, the manifest kind is `blind14`, layouts are `<family>14-<variant>`.

Truth conventions beyond bench/generator/truth.py:
- `holder` is set when the document names exactly one person it is issued to (a personal award
  certificate, a 结题证明 naming only its 主持人, an invitation addressed to one person, a reply slip or a
  notice the claimant filled in or annotated by hand, a registration screen naming one trainee), else null.
- People are ranked by printed order unless a rank is stated (第N完成人, 排名第N); a book's editors are
  ranked by overall printed order across 主编/副主编/编委 (first appearance); a translation ranks the
  original author first.
- Award names exclude a leading year (2021年度). Award levels: a prize given by a people's government is
  that government's level; a prize given by a government department (局/厅/委员会) is `bureau`; a prize
  given by a learned society has no level (null, not scored).
- For journal 目录/cover-only documents title and people are not scored (the truth holds the claimed
  article's); journal names, ISSN and CN are real CSCD rows, levels are catalogue levels, plus
  national/provincial only when a 主管 line is printed.
- Month-only dates (a book's edition month, a course or certificate month, an award or 结题 certificate
  dated by month, an online study term) are `YYYY-MM`, never an invented day; a book cover shows no ISBN
  or edition, so those are null and unscored.
- `category_stated` is public/professional only when the proof states exactly one category, else null.
- A record's `claim` is {person, year}: a professional on the document (at any rank) and the credit year;
  for a contents page it is an author of one listed article.
"""

from bench.blind14.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
