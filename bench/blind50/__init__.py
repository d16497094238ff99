"""Blind draw 50: proofs gathered for the audit of Kaifeng (2016 notice) and Tai'an (2022 notice).

Written apart from the extractors. Sixteen professions (retail and hospital pharmacists, water-conservancy
engineers, veterinarians, accountants, forestry technicians, radiologists, kindergarten / vocational / primary
science teachers, surveyors, power-grid engineers, museum conservators and archivists, ophthalmologists, seed
agronomists, environmental monitors, meteorologists, elderly-care nurses, civil-engineering supervisors and
bridge inspectors) trained by municipal bureaus of the audit years (开封市卫生和计划生育委员会 in 2015-16,
泰安市卫生健康委员会 in 2021-22, …), provincial societies, universities, the municipal party schools,
hospitals and invented online platforms. Kaifeng documents fall in 2015-2016, Tai'an ones in 2021-2022; pools
marked ★ (things from 2017 on) are only drawn for Tai'an.

Ten evidence types, six layout families each (`FAMILIES` in pools.py; layouts are `<prefix>50-<family>`).

Truth conventions of this draw (beyond bench/generator/truth.py):
- holder: the person a certificate is issued to; a sign-in sheet, notice or journal article has none, except an
  邀请函 addressed to one person (holder = addressee). A patent's holder is its 专利权人 when that is a person,
  else null. A project completion's holder is its 主持人/负责人. An award certificate naming several
  awardees (a social-science award with co-authors) has holder null; a booklet naming its 证书持有人 and the
  whole team keeps that holder.
- people ranks: printed order (1-based), or the stated rank for a certificate naming one completer with
  第N完成人 / 排名第N; project leaders rank 1, members follow as printed; book editors are ranked across
  主编/副主编/编委 in printed order; a translation ranks the original author first, then the translators.
- notices list attendees (a 名单 attachment, a list in the text, a handwritten 回执) as `attendee` people.
- contents pages (cover + 目录, 目录 alone) score only the journal fields; the claimant's article is the truth
  title/people (unscored) and every listed article is in `contents`.
- journal levels: cscd (every journal is a real CSCD 2025-2026 core row), pku_core (all are in
  journals-cn.csv by name), and national/provincial only where the 主管 line is printed (cover, 版权 block);
  a journal with no known 主管 (电网技术) never gets one.
- award level by the giver: ××省人民政府 -> provincial, ××市人民政府 -> municipal, a county / county-level
  city / district 人民政府 -> county, a provincial department's own award (厅, 委, 省气象局) -> bureau;
  competitions take the level of the area they are named for (××市… municipal, ××省… provincial).
  award.name is printed without the year; title is the project (for competitions the 参赛项目).
- dates: ISO; Chinese-numeral dates converted; month-only prints (degree 二〇二二年六月, award
  二〇一六年十二月, a book's 2021年9月第1版, 进修班 periods) are YYYY-MM, never with an invented day. A book's
  issued_on is the month of its edition statement; a cover alone has no date, ISBN or edition.
- category_stated only where the proof prints one category (公需科目/公需课 or 专业科目/专业课); a course table
  with both, or a register listing both, states none.
- a training booklet row (no issue date printed) scores no issued_on; hours are 学时 only (never 学分).
"""

from bench.blind50.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
