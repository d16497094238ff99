"""Blind draw 53: proofs gathered for the audit of Kaifeng (2016 notice) and Tai'an (2022 notice).

Written apart from the extractors. Each document belongs to one audited city, fixed when first drawn:
Kaifeng documents are dated 2015-2017 and name Henan/Kaifeng bodies as they were then (河南省粮食局,
开封市公安消防支队, 开封市卫生和计划生育委员会 …); Tai'an documents are dated 2021-2023 and name Shandong/Tai'an
bodies after the 2018 reform (山东省粮食和物资储备局, 泰安市应急管理局, 泰安市自然资源和规划局 …). The
professions are dental technicians, grain-storage engineers, broadcasting engineers, special-education
teachers, aquaculture technicians, fire-safety engineers, urban-planning designers, rural doctors, inland-port
logistics engineers and sports coaches. Ten evidence types, six layout families each
(`pools.VARIANTS["t53.layout.<type>"]`; a document's layout is `<family>-<variant>`, families in
`pools.FAMILIES`).

Truth conventions of this draw (on top of bench/generator/truth.py):
- holder: the person a certificate is issued to (training, qualification, other papers, an individual award
  certificate, the 主持人/负责人 of a completed project); null for sign-in sheets, journal articles, books,
  patents and an award certificate listing a whole team (booklet_pair); an invitation letter (邀请函) names
  its addressee as holder, other notices name none.
- people rank is the printed order: authors as printed in the byline, inventors as listed after 发明人/设计人,
  book people over 主编, then 副主编, then 编委 (only those printed on the pages drawn), a project's leader
  first then its members, sign-in attendees by their 序号 (a two-column sheet numbers the left column first),
  a notice's attendees from its 参训人员名单 / 报名回执. An individual award certificate carries one person,
  ranked by its stated 第N完成人 (rank 1 where none is stated).
- award level follows the giver: ××省人民政府 / ××省… → provincial, ××市… → municipal, ××县人民政府 → county;
  the award name carries the same place word. Kinds: 科学技术进步奖 science_technology, 社会科学优秀成果奖
  social_science, 职业技能竞赛 competition, 案例评选 other. A competition's title is the competition itself.
- journals are real CSCD core rows of journals-cscd.csv; levels are cscd plus pku_core / cssci where
  journals-cn.csv lists the name (checked by check.py); no 主管 line is printed, so no national/provincial level.
  A cover or 目录 page keeps the claimed article's title and authors in the truth but scores only the journal.
- dates are never invented: a month-only print (a book's 2021年9月第1版, a degree's 2022年6月, an award's
  二〇二二年十二月) is YYYY-MM; a book cover scores no date and states its edition as printed (第2版).
- category_stated is set only where the proof prints exactly one of 公需科目/公需课 or 专业科目/专业课.
- every date and name a truth record states, and the year a credit is claimed for, is printed on the pages;
  the claim carries `policy` (kaifeng-2016 or taian-2022) besides person and year.
"""

from bench.blind53.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
