"""Blind draw 38: proofs gathered for the continuing-education audit of Tai'an and Dezhou.

What it is. Ten evidence types, ten documents each per draw (DrawnCorpus's plan), issued to nurses,
accountants, environmental-monitoring engineers, meteorologists, librarians, sports coaches, power-grid
engineers and food-safety inspectors, by provincial and municipal commissions and bureaus, state-owned
companies' training centres, county party schools, professional societies and online platforms. Six layout
families per type (`pools.FAMILIES`, layouts named `<family>38-<variant>`): red-framed and landscape
certificates, platform printouts with QR codes, sign-in grids, landscape half-day sign-in sheets, multi-page
sheets, phone-screen captures of an app, red-headed notices with a trainee list, schedules, invitations, web
pages, journal first pages, contents pages, covers and CNKI screenshots, CIP and copyright pages, patent
certificates (portrait, open booklet, with a register page), award certificates from governments, bureaus,
societies and companies, completion certificates, letters and acceptance tables, diplomas, degrees, course
certificates, self-study and computer exam certificates, and stray papers (receipts, leave notes,
registration forms, employment letters, ID-card copies, work reports).

Written apart from the extractors: its author never read `extractors/`, `rules/`, `ingest/`, `review/`,
`api/`, `integration/`, `models/` beyond `models/contract.py`, the tests other than
`tests/bench/test_blind_draws.py`, the main generator's wording and layouts, `bench/heldout/`, the other
blind draws' wording (`bench/blind/certs.py`, `papers.py`, `bench/blind3` … `bench/blind37`), the eval and
scoring code, the repository's history, or the README's figures. Every pool here was written afresh; only the
rendering and plumbing (`bench/blind/page.py`, `doc.py`, `common.py`, `drawn.py`, `corpus.py`) are shared.

Truth conventions (beyond bench/generator/truth.py): `holder` is set when the document names exactly one
person it is issued to (a personal certificate or award, a 结题证明 naming only its 主持人, an invitation to
one person, a notice the claimant annotated or whose reply slip was filled in by hand), else null. People are
ranked by printed order unless a rank is stated (第N完成人); a book's editors by overall printed order across
主编/副主编/编委; a translation ranks the original author first; a sign-in sheet's people are its attendees in
row order (by the printed 序号 where the sheet runs in two halves); a notice's people are the trainees it
names. Award names exclude a leading year; levels follow the giver (a people's government its own level, a
county-level city's government county, a 厅/局/委 bureau, a society, union or company null, and then the
level is not scored). Journal levels are catalogue levels plus national/provincial where a 主管 line is
printed; a contents page or cover scores neither title nor people. Month-only dates are YYYY-MM. A book
cover has no ISBN, edition or date. `category_stated` is set only when the proof states one category.
`other` documents score nothing; their holder is the one person they name.

Generate: `python -m bench.blind38 --seed S --out DIR [--per-type N]`.
Self-check: `python -m bench.blind38.check` (every scored value and the claimed person printed on the pages).
"""

from bench.blind38.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
