"""Blind draw 48: continuing-education proofs gathered for the audit of Tai'an and Dezhou.

Highway engineers, obstetricians, rehabilitation therapists, chemistry teachers, tea and fruit agronomists,
statisticians, librarians and food-safety inspectors, trained by provincial associations, market-supervision
bureaus, medical colleges, bureaus of statistics and culture, the municipal party school, enterprises and online
platforms. Ten evidence types, six layout families each (`pools.FAMILIES`, named `<family>48-<variant>`):
portrait and landscape certificates, booklets, phone-app and chat-style screenshots, browser print-outs,
multi-page scans, tables, seals, handwritten names, ticks and annotations, and the noise real papers carry.

Written apart from the extractors: its author never read `extractors/`, `rules/`, `ingest/`, `review/`, `api/`,
`integration/`, `models/` beyond the contract, the tests (but the blind-draw test), the main generator's wording
and layouts, the held-out corpus, the other blind draws, the eval and scoring code, or the repository history.
All pools (names, workplaces, organisers, topics, titles, wording, date styles, layouts) are written afresh.

Truth conventions beyond bench/generator/truth.py:
- `holder` is set when the document names exactly one person it is issued to (a personal certificate or award,
  a 结题证明 or query result naming only its 主持人, an invitation to one person, a notice the claimant
  annotated by hand), else null; an `other` paper keeps the person it names as holder but scores nothing.
- People by printed order unless a rank is stated (第N完成人); book editors by overall order across
  主编/副主编/编委; a translation ranks the original author (without the [国别] mark) first; sign-in sheets rank
  attendees by row; a notice's people are the trainees its attached list names.
- Award names drop the leading 年度; levels follow the giver (省/市人民政府 -> provincial/municipal, a
  county-level city's government -> county, 局/委/厅 -> bureau, 学会/协会/联合会 -> null).
- Journals are real CSCD rows; national/provincial added only where a 主管 line is printed; a cover or 目录
  does not score title and people (the truth holds the claimed article's).
- Month-only dates are YYYY-MM (book editions, 研究生课程进修班 certificates); a book cover has no ISBN/edition.
- category_stated is set only where one category (公需科目/公需课, 专业科目/专业课) is printed.
- A 学信网 备案表 screenshot scores holder, kind and subject only; a patent gazette print-out does not score issuer.

Generate: `python -m bench.blind48 --seed S --out DIR [--per-type N]`.
Self-check (truth only, every scored value printed): `python -m bench.blind48.check`.
"""

from bench.blind48.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
