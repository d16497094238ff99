"""Blind draw 17: synthetic Chinese continuing-education proofs with contract truth, written apart from the extractors.

Its author never read `extractors/`, `rules/`, `ingest/`, `review/`, `api/`, `integration/`, the extractor and
rules tests, the main generator's wording (`bench/generator/values.py`, `layouts_*.py`), the held-out corpus,
`bench/blind/certs.py`, `bench/blind/papers.py`, any other blind draw package or worktree, and never ran OCR, an
extraction, `bench.eval` or the service on it. Its pools (names, workplaces, issuers, publishers, topics,
titles), label wording, sentences, date styles and layouts were written afresh from public conventions of real
documents a continuing-education desk in Shandong, Henan or Hunan receives: platform printouts and phone
screenshots, hospital credit cards, teacher-training certificates, invitations, schedules and reply slips,
journal first pages, covers and contents pages, CIP pages and covers, CNIPA certificates and register copies,
award certificates, project completion documents, degree/diploma/exam certificates, and non-proofs.

Shared: the page/rendering utilities (`bench.blind.page`, `bench.blind.doc`), fonts, seals and degradations of
`bench.generator`, the truth helper (`bench.generator.truth`), the journal rows of /work/shared/data and check
digits (`bench.blind.common`), and the plan/save machinery (`bench.blind.drawn`).

Generate: `python -m bench.blind17 --seed S --out DIR [--per-type N]`; see `corpus.generate`.

Truth conventions beyond bench/generator/truth.py: `holder` is set when the document names exactly one person it
is issued to (a personal award certificate, a 结题证明 naming only its 主持人, an invitation addressed to one
person, a notice the claimant annotated by hand), else null; people are ranked by printed order unless a rank is
stated (第N完成人); a book's editors are ranked by overall printed order across 主编/副主编/编委; a translation
ranks the original author first; award names exclude a leading year (2021年度); for journal 目录/cover-only
documents title and people are not scored (the truth holds the claimed article's); journal levels add
national/provincial only when a 主管 line is printed; journal names, ISSN and CN are real catalogue rows;
month-only dates are `YYYY-MM`; a book cover shows no ISBN or edition, so those are null and unscored;
`category_stated` is public/professional only when the proof states one category, else null; a prize given by a
people's government takes that government's level (a county-level city's is county), one given by a government
department is `bureau`, a learned society's own prize has level null. Each record's `claim` is a professional on
the document and the credit year.
"""

from bench.blind17.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
