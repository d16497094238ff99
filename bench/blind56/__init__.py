"""Blind draw 56: proofs gathered for the audit of Tai'an (taian-2022) and Yantai (yantai-2020).

Written apart from the extractors. Each document belongs to one city, drawn first: Tai'an documents are
dated 2021-2023 and name Shandong/Tai'an bodies after the 2018 reform (泰安市人力资源和社会保障局, 泰安市…局,
county bodies of 新泰市, 肥城市, 宁阳县, 东平县, 泰山区, 岱岳区); Yantai documents are dated 2019-2021 and name
Shandong/Yantai bodies (烟台市人力资源和社会保障局, 烟台市…局, county bodies of 龙口市, 莱阳市, 莱州市, 招远市,
栖霞市, 海阳市, 芝罘区, 福山区, 牟平区, 莱山区). Professions: apple-orchard horticulturists, wine-making engineers,
gold-mine safety engineers, port-crane engineers, forest rangers, TCM pharmacists, nuclear-power operators,
kindergarten teachers, water-supply engineers, emergency doctors, occupational-health inspectors, e-commerce
engineers, stone-carving craftsmen, vocational automotive teachers. Ten evidence types, five or six layout
variants each (`pools.VARIANTS["t56.layout.<type>"]`; a layout is `<short>56-<variant>`).

Truth conventions:
- holder: the person a certificate, proof, qualification or individual award is issued to; a project's
  主持人/负责人; an invitation letter's addressee. Null for sign-in sheets, ordinary notices, journal pages,
  books, patents and a team award certificate.
- people rank is printed order: byline authors, inventors after 发明人/设计人, book people 主编 then 副主编
  then 编委 (a translation lists its 译者 as translators; the foreign author is not a person), project leader
  then members, sign-in attendees by 序号 (two-column sheets number the left column first), an ordinary
  notice's one named 参训人员. An individual award carries one person ranked by its 第N完成人 (1 if none).
- category_stated only where the proof prints exactly one of 公需科目 or 专业科目.
- dates: ISO; month-only prints (degree dates, a book's edition) are YYYY-MM; Chinese-numeral dates are
  converted. hours_stated is only set (and scored) when hours are printed as 学时.
- award level follows the giver: 山东省人民政府 provincial, ××市人民政府 municipal, county governments county;
  bureau-given 优秀论文 / 教学成果 awards are bureau; a 职业技能竞赛 follows its place word. The award name keeps
  its place word; a competition's title is the competition itself.
- journals are CSCD core rows of journals-cscd.csv with Chinese names; levels are cscd plus cssci/pku_core
  where journals-cn.csv lists the exact name. No 主管 line is printed. Covers and 目录 pages score only the
  journal fields.
- a book cover scores no ISBN, date or edition.
- the claim carries policy, person and year; the year is printed on the page.
"""

from bench.blind56.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
