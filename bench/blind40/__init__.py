"""Blind draw 40: proofs gathered for the continuing-education audit of Yiyang (益阳) and Yantai (烟台).

The professionals are mine-safety engineers, port and shipping engineers, fisheries technicians, doctors of
traditional Chinese medicine, auditors, urban planners, museum curators, social workers and electronics
engineers; their training is organised by provincial associations, municipal human-resources bureaus,
enterprises' technical centres, industry chambers, universities' schools of continuing education and online
platforms. Ten evidence types, six layout families each (`<family>40-<variant>`, see `pools.FAMILIES`): framed,
landscape, booklet and bilingual certificates, phone captures of apps, browser captures, red-header notices
with handwritten notes, multi-page sign-in sheets and notices with attached name lists, journal covers,
contents pages and first pages, book covers, copyright pages and spreads, patent certificates on a desk, award
folders, project-system pages, diplomas, degrees and registration records.

Written apart from the extractors: its author never read `extractors/`, `rules/`, `ingest/`, `review/`,
`api/`, `integration/`, `models/` (beyond `models/contract.py`), the tests (beyond
`tests/bench/test_blind_draws.py`), the main generator's wording and layouts, `bench/heldout/`, the other
draws' builders (`bench/blind/certs.py`, `bench/blind/papers.py`, `bench/blind3/` … `bench/blind36/`), the
eval and scoring code, the repository's history or the README's figures; no OCR or extraction was ever run
on it.

Truth conventions (beyond bench/generator/truth.py):
- `holder` is the one person a document is issued to (a personal certificate or award, a 结题证明 naming only
  its 主持人, an invitation to one person, a notice the claimant annotated by hand or a registration card),
  else null; `other` papers set it to the person they name but score nothing.
- people are ranked by printed order unless a rank is stated (第N完成人, 排名第N, which then gives the rank);
  a book's editors by overall order across 主编/副主编/编委; a translation ranks the original author first;
  a sign-in sheet's people are its attendees by row (序号), never its lecturer or recorder; a notice's people
  are the trainees it names.
- award names drop a leading year (2021年度, 2021年); levels follow the giver: a people's government its own
  level (a county-level city's: county), a 厅/局/委: bureau, a society, association, trade union or company:
  null.
- journals are real catalogue rows (bench/blind/common.py); national/provincial is added only where a 主管
  line is printed (covers); a cover or contents page does not score title or people; a web record prints no
  volume, so volume is null there.
- month-only dates (a degree's 2020年6月, a book's edition month) are `YYYY-MM`; a book cover has no ISBN,
  edition or date.
- `category_stated` is set only where one category (公需科目/公需课, 专业科目/专业课) is printed.
- each `claim` is a person printed on the document and the year of its date (a period's start).

Generate: `python -m bench.blind40 --seed 5 --out /tmp/b40 [--per-type 10]`.
Self-check (truth only, no rendering): `python -m bench.blind40.check`.
"""

from bench.blind40.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
