"""Blind draw 49: continuing-education proofs gathered for the audit of Yiyang (益人社函〔2018〕47号) and Yantai
(烟人社字〔2020〕95号) - pharmacists, water-conservancy engineers, veterinarians, accountants, forestry technicians,
radiologists, kindergarten and vocational teachers, surveyors, power-grid engineers and museum conservators,
trained by provincial/municipal associations, bureaus, universities, the municipal party schools, hospitals,
enterprises and (invented) online platforms. Written apart from the extractors: only the contract, the
policies, the journal catalogues and the shared rendering infrastructure were read.

Ten evidence types, six layout families each (pools.FAMILIES; layout ids `<prefix>49-<family>`, the family
chosen by (k + offset) % 6 so every family appears in any eight consecutive documents of a type).

Truth conventions of this draw (on top of bench/generator/truth.py):
- holder: the person the proof is issued to - the certificate holder, the graduate, the named awardee, the
  project's 负责人/主持人 on a completion proof, the addressee of an invitation, the name hand-written on a
  schedule; null for sign-in sheets, journal articles, books and patents.
- people: printed order. Sign-in sheets rank attendees by their 序号 (a two-block sheet runs down the left block,
  then the right); a lecture's 主讲人 is not an attendee. Notices list the named 参训人员 as attendees.
  Awards: one awardee ranked by the stated 第N完成人/排名第N (rank 1 when none is stated); where the
  certificate prints the 主要完成人 list, everyone in it by position. Projects: leader rank 1 (project_leader),
  then members in printed order. Books: overall printed order across 主编/副主编/编委 (or 著/编著 authors; a
  translation's original author first, as author, then the translators). Editorial boards of journals and
  责任编辑 of books are not people of the record.
- title: the training/course name (a notice's title is the training it announces, not 关于举办…的通知); for
  awards the project/entry name; never the surrounding 《》/“”.
- A journal contents page alone (`journal49-cover-toc`) does not say which entry is the claimant's: its record
  carries the claimed article's title and authors but neither is scored.
- journal.levels: only real CSCD core rows are drawn (cscd), pku_core by exact name in journals-cn.csv, and
  `national` only where the page prints a 主管 line naming a national body (中国科学技术协会, 教育部,
  国家林业和草原局); the article's first page alone prints no 主管, so no national level there.
- award.level by giver: a 人民政府 gives its own level (省 -> provincial, 市 -> municipal); a department,
  society or association (厅, 局, 学会, 协会, 医学会) gives `bureau` whatever its province or city.
- Dates: Chinese numerals converted; month-only printed dates (book 版次 2021年9月第1版, a degree's
  二〇一四年六月, an award's 二〇一八年十二月) are YYYY-MM, never an invented day. A period end printed as
  至10日 / —3月10日 takes its year and month from the start.
- category_stated: set only when the proof prints exactly one of 公需科目/公需课 or 专业科目/专业课 (a table
  mixing both rows gives null); check.py confirms this against the printed text.
- A book cover (`book49-cover`) prints no ISBN, edition or date: those are null and not scored.
- A patent's issuer is 国家知识产权局, issued_on = granted_on; numbers are 12 digits with a verified check digit,
  printed as ZL 2017 1 0123456.7, ZL201710123456.7 or (query print-outs) 201710123456.7.
- claim: {"person", "year", "policy"}: someone named on the proof, the year of its main date, and the audit
  the proof was gathered for (yiyang-2018 for Hunan proofs, yantai-2020 for Shandong ones).
"""

from __future__ import annotations

from .corpus import DRAWN, TYPES, VERSION, generate

__all__ = ["DRAWN", "TYPES", "VERSION", "generate"]
