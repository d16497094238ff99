"""Blind draw 43: proofs gathered for the continuing-education audit of Yantai and Dezhou.

What it is. One hundred synthetic proofs per seed (ten evidence types, ten each) of marine-aquaculture
engineers, hospital pharmacists, ICU nurses, primary-school Chinese and mathematics teachers, port-machinery
engineers, power-grid engineers, urban planners and government auditors: certificates from nursing and pharmacy
societies, city hospitals, teachers' training institutes, a power-supply company's training centre, universities'
continuing-education colleges, municipal ocean and fisheries bureaus and online platforms; phone screenshots of
apps, chats and web pages, landscape certificates, two-page scans, a fax copy, hand-filled forms and sign-in
sheets signed by hand. Names, workplaces, organisers, topics, label wording, date styles and the layout families
(`pools.FAMILIES`, six or seven variants per type, named `<family>43-<variant>`) were all written for this draw.

Written apart from the extractors. Its author never read `extractors/`, `rules/`, `ingest/`, `review/`, `api/`,
`integration/`, `models/` beyond `models/contract.py`, the tests (except `tests/bench/test_blind_draws.py`), the
main generator's wording and layouts, the held-out corpus, the other blind draws, the eval and scoring code or
the repository's history, and never ran OCR, an extraction or the eval on it.

Truth conventions (beyond bench/generator/truth.py):
- `holder` is set when the document names exactly one person it is issued to (a personal certificate or award,
  a 结题证明/结题证书 naming only its 主持人, an invitation to one person, a notice the claimant annotated by hand);
  otherwise null. Other papers (`other`) name their owner as holder but score nothing.
- People keep printed order unless a rank is stated (第N完成人); book editors are ranked across 主编/副主编/编委; a
  translation ranks the original author first, then its translators; a sign-in sheet's people are its attendees
  in row (序号) order; a notice's people are the trainees it names.
- Award names drop a leading 20XX年度; levels follow the giver (city government municipal, county-level city's
  government county, 局/委 bureau, society/association/company null).
- Journals are CSCD core rows of ../shared/data via bench/blind/common.py; national/provincial is added only when
  a 主管 line is printed; for 目录 and cover-only documents title and people are not scored.
- Month-only dates are YYYY-MM (book editions, self-study certificates); book covers carry no ISBN or edition.
- `category_stated` is set only when the proof states one of 公需科目/公需课 or 专业科目/专业课.

Generate: `python -m bench.blind43 --seed S --out DIR [--per-type N]`.
Self-check: `python -m bench.blind43.check` (every scored value and the claimed person is printed).
"""

from bench.blind43.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
