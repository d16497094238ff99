"""Blind draw 45: proofs gathered for the continuing-education audit of Tai'an and Yantai.

Mining-safety engineers, anaesthetists, paediatric nurses, English and history teachers, fruit-tree
horticulturists, construction cost engineers, librarians and veterinarians; their training is run by learned
societies, an affiliated hospital, vocational colleges, city bureaus, trade unions, enterprise training centres
and online platforms. Ten evidence types, six layout variants each (pools.FAMILIES), printed as framed
certificates, landscape pages, tables, two-page PDFs, browser screenshots and phone captures, with seals,
handwriting and the usual noise (serial numbers, QR captions, phone numbers, 抄送 lines, footers).

Written apart from the extractors: its author never read extractors/, rules/, ingest/, review/, api/,
integration/, models/ (beyond models/contract.py), the tests (beyond tests/bench/test_blind_draws.py), the main
generator's wording and layouts, bench/heldout/, the other blind draws, the eval and scoring code, bench/out/,
the repository's history, nor the README's figures.

Truth conventions (beyond bench/generator/truth.py):
- `holder` is set only when the document is issued to exactly one person (personal certificates and awards,
  a 结题证明 or 结题通知书 naming only its 主持人, an invitation to one person, a notice the claimant annotated
  by hand, a qualification); team awards, sign-in sheets, articles, books and patents have none.
- People rank by printed order (an award's 第N完成人 is stated); a book's editors rank across 主编/副主编/编委;
  a translation ranks the original author first; a sign-in sheet's people are attendees in 序号 order (never
  the lecturer or checker); a notice's people are the trainees it names.
- Award names drop the leading 2021年度/2021年; levels follow the giver (a 人民政府 its own level, a county-level
  city's or district's government county, 厅/局/委 bureau, societies null).
- Journals are real CSCD rows from ../shared/data; national/provincial only when a 主管 line is printed (covers);
  covers and 目次 pages do not score title or people.
- Month-only dates are YYYY-MM (book editions, some degrees); a book cover has no ISBN, edition or date.
- category_stated is set only when the proof prints exactly one of 公需科目/公需课 or 专业科目/专业课.
- Fields a layout does not print are left out of `scored`.

Generate: `python -m bench.blind45 --seed 5 --out DIR [--per-type 10]`.
Self-check (truth only, no rendering): `python -m bench.blind45.check`.
"""

from bench.blind45.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
