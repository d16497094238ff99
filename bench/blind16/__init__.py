"""Blind draw 16: synthetic proofs of continuing education for professional and technical staff, with truth.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`, `api/`,
`integration/`, `tests/extractors/`, `tests/rules/`, the main generator's wording and layouts
(`bench/generator/values.py`, `bench/generator/layouts_*.py`), `bench/heldout/`, the first blind draws' builders
(`bench/blind/certs.py`, `bench/blind/papers.py`), any other `bench/blindN/` package, the repository README or
past eval output, and never ran OCR, an extraction, `bench.eval` or the service on this draw. Its pools (names,
workplaces, issuers, publishers, topics, titles), label wording, sentences, date styles and layouts were written
afresh from public conventions of real documents a continuing-education desk in Shandong, Henan or Hunan
receives: platform printouts and phone screenshots, medical credit certificates, teacher-training certificates,
notices, invitations, agendas and reply slips, journal first pages, contents pages, covers and retrieval
reports, CIP pages and covers, CNIPA certificates, register copies and gazette printouts, award certificates,
project completion proofs, degree, diploma and examination certificates, and non-proofs.

Shared with other draws: the page model and renderer (`bench.blind.page`), the Doc record and plan/render/save
machinery (`bench.blind.doc`, `bench.blind.drawn`, `bench.blind.corpus`), fonts, seals and degradations from
`bench/generator/`, the truth helper (`bench.generator.truth`), check-digit helpers and the journal catalogue
rows (`bench.blind.common.journals`, from /work/shared/data).

Generate: `python -m bench.blind16 --seed S --out DIR [--per-type N]`; records are `16-0000`…, manifest kind
`blind16`, layouts `<family>16-<variant>`; every variant of a layout family (`pools.VARIANTS`) is drawn once per
len(variants) documents of its type.

Truth conventions beyond bench/generator/truth.py: `holder` is set when the document names exactly one person it
is issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation addressed to one
person, a notice the claimant annotated or filled in by hand), else null; people are ranked by printed order
unless a rank is stated (第N完成人, 排名第N); a book's editors are ranked by overall printed order across
主编/副主编/编委 (first appearance); a translation ranks the original author first; award names exclude a
leading year (2021年度); for journal contents-page and cover documents title and people are not scored (the
truth holds the claimed article's); journal levels add national/provincial only when a 主管 line is printed;
journal names, ISSN and CN are real catalogue rows, so levels are catalogue levels; month-only dates are
`YYYY-MM`, never an invented day; a book cover shows no ISBN or edition, so those are null and unscored;
`category_stated` is public/professional only when the proof states one category, else null; a prize given by
a people's government takes that government's level (a county-level city's government is county), a prize
given by a government department (局/厅/委) is `bureau`. Each record's `claim` is `{person, year}`: a
professional on the document (at any rank) and the credit year; for a contents page it is an author of one
listed article. Only what the document shows is scored.
"""

from bench.blind16.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
