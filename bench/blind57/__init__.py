"""Blind draw 57: proofs gathered for the audit of Yiyang (2018 notice) and Tai'an (2022 notice).

Written apart from the extractors. Each document belongs to one audited city, drawn with it: Yiyang documents
are dated 2017-2019 and name Hunan/Yiyang bodies as they were then (益阳市人力资源和社会保障局, 湖南省…厅,
益阳市…局, bodies of 桃江县, 安化县, 南县, 沅江市, 赫山区, 资阳区, 大通湖区); Tai'an documents are dated 2021-2023
and name Shandong/Tai'an bodies after the 2018 reform (泰安市人力资源和社会保障局, 山东省…厅, 泰安市…局, bodies of
新泰市, 肥城市, 宁阳县, 东平县, 泰山区, 岱岳区). Professions: bamboo-processing engineers, lotus-seed agronomists,
dam-safety engineers, stomatologists, high-school physics teachers, rural-road engineers, pharmacovigilance
pharmacists, fire-protection engineers, silkworm technicians, rehabilitation therapists, statistics officers,
tea growers, psychological counsellors and power-substation engineers. Ten evidence types, five or six layout
variants each (`pools.VARIANTS["t57.layout.<type>"]`; a layout is `<family>-<variant>`, families in
`pools.FAMILIES`).

Truth conventions of this draw (on top of bench/generator/truth.py):
- holder: the person a certificate is issued to (training certificate, qualification, other proofs, an award
  certificate naming one person, a project's 主持人/负责人); the addressee of an invitation letter (邀请函); null
  for sign-in sheets, other notices, journal pages, books, patents and an award certificate listing a team.
- people rank is the printed order: byline authors (the 作者简介 footnote adds nobody), inventors/designers as
  listed, attendees by 序号 (a two-column sheet numbers the left column first), a notice's 报名回执 rows (a notice
  without one names its 抄送 addressee as its only attendee), book people over 主编 then 副主编 then 编委 as printed
  on the 编委会 page, a translation's original author first then its translators, a project's leader first then
  its members. A single-person award carries its stated 第N完成人 as rank (1 where none is stated).
- hours_stated is the number printed before 学时/课时/小时 (a total where a course table is printed); a notice
  without a 学时认定 line states none.
- category_stated is set only where the proof prints exactly one of 公需科目/公需课 or 专业科目/专业课.
- dates: day dates are printed as 2018年6月12日, 2018年06月12日, 2018-06-12, 2018.06.12, 2018/06/12 or in Chinese
  numerals (二〇一八年六月十二日); a degree or diploma printing only 2018年6月 is YYYY-MM; a book's issued_on is the
  month of its 版次 (YYYY-MM) and its edition the 版次 statement (2018年6月第1版); a book cover states only 第N版
  and scores no date. A sign-in sheet's period is its one day; a notice's issued_on is its 落款 date and its period
  the training dates. A patent's issued_on is its 授权公告日.
- award level follows the giver: 省人民政府 / 省…厅 → provincial, 市人民政府 / 市…局 / 市科学技术协会 → municipal,
  县（市、区）人民政府 → county. Kinds: 科学技术进步奖 science_technology, 社会科学优秀成果奖 social_science,
  职业技能竞赛 competition (its title is the competition), 优秀学术论文 and 教学成果奖 other.
- journals are real CSCD core rows of journals-cscd.csv with ISSN and CN as listed; levels are cscd plus pku_core /
  cssci where journals-cn.csv lists the name (bracketed parts and punctuation ignored); no 主管 line is printed.
  A cover or 目录 page keeps the article's title and authors in the truth but scores only the journal.
- every date and name a truth record states and the claimed year are printed; the claim carries `policy`
  (yiyang-2018 or taian-2022), person and year (the year of the issue / grant / training date).
"""

from bench.blind57.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
