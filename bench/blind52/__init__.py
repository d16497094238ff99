"""Blind draw 52: continuing-education proofs gathered for the audit of Kaifeng (kaifeng-2016) and Tai'an
(taian-2022), written apart from the extractors.

Professions: grain-storage engineers, dental technicians, broadcasting engineers, special-education teachers,
aquaculture technicians, fire-safety engineers, urban-planning designers, rural doctors, logistics engineers and
sports coaches, trained by provincial/municipal bureaus (粮食和物资储备局, 应急管理局, 自然资源和规划局, 教育局,
体育局, 人社局 …), societies, universities, the municipal party schools, hospitals and invented online platforms.
Ten evidence types x six layout families (pools.FAMILIES); layouts are named `<short>52-<family>`, e.g.
`tc52-phone-ecert`, `book52-cover`.

Truth conventions of this draw (on top of bench/generator/truth.py):
- claim: {"person", "year", "policy"}; Kaifeng proofs are dated 2016, Tai'an proofs 2022 (a book may be the
  year before).
- holder: the person a certificate is addressed to (training / qualification / other proofs; the 主持人 of a
  project completion; the named awardee of an award). A team award certificate listing 主要完成人 without an
  addressee has holder null. Sign-in sheets, notices, journals, books and patents have holder null.
- people ranks: printed order; a stated 第N完成人 gives N (a single-awardee certificate carries only that person
  with the stated rank); sign-in sheets rank attendees by their printed 序号 (a twin-column sheet runs down the
  left table, then the right); book people are 主编, then 副主编, then 编委 (grid read row by row), or the
  translators; a results list (project list-print) names only the 负责人 as people. A training notice's people is
  the attendee who wrote their name on it (参训人), unscored.
- category_stated only where the proof prints exactly one of 公需科目/公需课 or 专业科目/专业课 (Tai'an wording
  公需课/专业课, Kaifeng 公需科目/专业科目).
- Dates: ISO; Chinese-numeral dates are converted; where only a month is printed (book editions 2021年9月第1版,
  some degree dates, self-study exam 2022年4月) the value is YYYY-MM; no day is ever invented. A schedule-table
  notice prints no notice date (issued_on null) and its period is the first to the last printed day.
- award level follows the giver: 省人民政府/省人社厅/省社科联 -> provincial, 市… -> municipal, 县/区人民政府 ->
  county; the award name carries the place (开封市科学技术进步奖). title is the project (or 参赛项目 / 成果) name.
- journals are real CSCD core rows (journals-cscd.csv); levels = cscd plus pku_core/cssci from journals-cn.csv
  by exact name, plus national only where a cover prints 主管：中国科学技术协会. On covers and contents pages the
  article title is not scored.
- patents: issuer 国家知识产权局, issued_on = granted_on; numbers carry a valid check digit (pools.zl_check);
  a design patent's 设计人 are people with role inventor.
- book issuer = publisher; a cover shows no ISBN or edition (nulls); every other book layout prints a
  copyright page with 版次 and the ISBN.
"""

from bench.blind52.corpus import DRAWN, TYPES, VERSION, generate

__all__ = ["DRAWN", "TYPES", "VERSION", "generate"]
