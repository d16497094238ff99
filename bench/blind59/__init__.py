"""Blind draw 59: proofs gathered for the audit of Kaifeng (kaifeng-2016) and Yiyang (yiyang-2018).

Written apart from the extractors. Each document belongs to one audited city: Kaifeng documents are dated
2015-2017 and name Henan/Kaifeng bodies of the time (开封市人力资源和社会保障局, 河南省人力资源和社会保障厅,
开封市…局, county bodies of 杞县, 通许县, 尉氏县, 兰考县, 祥符区, 鼓楼区, 龙亭区, 顺河回族区, 禹王台区);
Yiyang documents are dated 2017-2019 and name Hunan/Yiyang bodies (益阳市人力资源和社会保障局, 湖南省…厅,
益阳市…局, county bodies of 沅江市, 南县, 桃江县, 安化县, 赫山区, 资阳区, 大通湖区). Professions: dark-tea
processing, bamboo products, lotus/aquatic crops, Dongting wetland ecology, ramie textiles, peanut breeding,
chrysanthemum horticulture, Song-dynasty architecture conservation, Yellow-River irrigation, tuberculosis
clinics, radiology, primary-school music, fire safety, tax accounting, rural-road bridges, broadcast television.
Ten evidence types, five or six layout variants each (`pools.VARIANTS["t59.layout.<type>"]`; a layout is
`<short>59-<variant>`, the book cover is `book59-cover`).

Truth conventions of this draw (on top of bench/generator/truth.py):
- holder: the person a certificate is addressed to (training certificate, qualification, other proofs, an
  individual award certificate, the 项目负责人/主持人 of a completed project, the addressee of a 邀请函); null for
  sign-in sheets, ordinary notices, journal pages, books, patents (the 专利权人 is a unit) and a team award
  certificate listing all 主要完成人.
- people: printed order, 1-based. Authors as in the byline (the 作者简介 footnote names an author again, not an
  extra person); inventors/designers as listed after 发明人/设计人; book people 主编, then 副主编, then 编委 in the
  order printed (a translation: the original author first with role author, then 译者 as translator); a
  project's leader first (project_leader) then its members (project_member); sign-in attendees by 序号 (a
  two-column sheet numbers the left column first); a notice's attendees from its 参训人员名单 / 报名回执. An
  individual award certificate carries one awardee ranked by its stated 第N完成人 (1 where none is stated);
  a team award lists the completers in printed order.
- category_stated: only where the proof prints exactly one of 公需科目/公需课 or 专业科目/专业课 (a course table
  listing both gives null); a sign-in sheet states public only when its title says 公需科目.
- dates: ISO as printed, Chinese numerals converted; a month-only print (a degree's 2017年6月, a book's
  2018年5月第1版, an award dated 二〇一八年十二月) is YYYY-MM, never an invented day. A book cover states no date
  and no edition. A notice's issued_on is its 落款 date, its period the training dates in the body. Every truth
  date and the claimed year are printed on the pages (check.py).
- hours_stated: the number printed before 学时 / 课时 / 小时, taken as credit hours.
- award level follows the giver: ××省人民政府 provincial, ××市人民政府 municipal, ××县/区/市(县级)人民政府
  county; a department or society giver (人社局, 科学技术协会, 教育厅/局) is bureau. Kinds: 科学技术进步奖
  science_technology, 社会科学优秀成果奖 social_science, 职业技能竞赛 competition (its title is the competition),
  优秀学术论文 and 教学成果奖 other. award.name is printed without the grade.
- journals are real CSCD core rows of journals-cscd.csv with ISSN and CN as listed; levels are cscd plus
  pku_core / cssci where journals-cn.csv lists the name (check.py compares); no 主管 line is printed, so no
  national/provincial level. A cover scores only the journal fields (its 要目 still prints the claimed
  article's title and authors, kept in the truth); a 目录 page scores title and people too.
- qualification: graduation/master/doctor give the 专业/学科 as subject; 研究生课程进修班 the 专业; 自学考试 the
  专业 and passed courses as modules; the computer exam no subject and its passed 模块 as modules.
- the claim carries `policy` (kaifeng-2016 or yiyang-2018), a person on the proof (holder or in people) and the
  year of the proof.
"""

from bench.blind59.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
