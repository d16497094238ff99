"""Blind draw 54: proofs gathered for the audit of Yantai (2020 notice) and Yiyang (2018 notice).

Written apart from the extractors. Each document belongs to one audited city, fixed when first drawn: Yantai
documents are dated 2019-2021 and name Shandong/Yantai bodies (烟台市人力资源和社会保障局, 山东省…厅, 烟台市…局,
烟台市海洋发展和渔业局 …); Yiyang documents are dated 2017-2019 and name Hunan/Yiyang bodies as they were then
(益阳市人力资源和社会保障局, 湖南省…厅, 益阳市卫生和计划生育委员会 before 2019, county bodies of 桃江县, 安化县,
南县, 沅江市, 赫山区, 资阳区). The trades are bridge inspection, hospital infection control, meteorology,
primary-school mathematics, Anhua dark-tea processing (Yiyang only), marine fishery (Yantai only), radiotherapy
physics, civil-aviation maintenance (Yantai only), agricultural machinery, forensic appraisal, libraries and
geological survey. Ten evidence types, six or seven layout variants each (`pools.VARIANTS["t54.layout.<type>"]`;
a document's layout is `<family>-<variant>`, families in `pools.FAMILIES`). The claim carries `policy`
(yantai-2020 or yiyang-2018), `person` and `year`; the year is the year of the document's own dates.

Truth conventions of this draw (on top of bench/generator/truth.py):
- holder: the person a certificate or letter is issued to (training certificate, qualification, other
  proofs, an award certificate naming one awardee, the 主持人/负责人 of a completed project) and the addressee
  of an invitation letter (邀请函); null for sign-in sheets, other notices, journal pages, books, patents and
  an award certificate listing a whole team.
- people rank is the printed order: byline authors; inventors/designers after 发明人/设计人; attendees by 序号
  (a two-column sheet numbers its left column first; blank rows are skipped); a notice's attendees from its
  参训人员名单 or 报名回执 (lecturers in a schedule are not people); a project's leader first (project_leader)
  then its members in printed order (project_member), experts who sign an opinion are not people; a book's
  主编 then 副主编 then 编委 as printed on the 编委会 page (editor_in_chief, deputy_editor, editorial_board),
  a monograph's 著者 as author, and a translation's foreign original author as rank 1 (author) followed by
  its translators (translator). The 作者简介/通信作者 footnote names authors already in the byline. An
  individual award certificate carries one awardee ranked by its stated 第N完成人/排名第N (1 where none).
- category_stated is computed from the printed pages: public where 公需科目/公需课 is printed and neither 专业科目
  nor 专业课 is, professional the other way round, null when neither or both are printed (a 学时证明 whose
  课程类别 column mixes both is null).
- hours_stated is the number printed with 学时, 课时 or 小时; a 学分 certificate states its conversion and the
  学时 total it gives, which is the value.
- dates: ISO where a day is printed (Arabic or Chinese numerals); YYYY-MM where only a month is printed (a
  book's 2020年5月第1版, a degree or award dated 二〇二〇年六月), never an invented day. A sign-in sheet's
  period is its one day. A notice's issued_on is its signing date, its period the training dates. Every
  truth date and the claim year are printed on the pages (check.py verifies it).
- award level follows the giver: ××省人民政府 → provincial, ××市人民政府 → municipal, a 县/县级市/区 人民政府 →
  county; an award given by a department (××省…厅/局, ××市…局, 人力资源和社会保障局) → bureau. Kinds:
  科学技术进步奖 science_technology, 社会科学优秀成果奖 social_science, 职业技能竞赛 competition, 优秀论文 and
  教学成果奖 other. award.name carries the place word and no year; a competition's title is the competition
  name, a paper award's title the paper, other awards' title the project or 成果 name.
- journals are real CSCD core rows of journals-cscd.csv with ISSN and CN as listed; levels are cscd plus
  pku_core / cssci where journals-cn.csv lists the same punctuation-free name (no 主管 line is printed, so no
  national/provincial level). A 目录 page (with or without the cover before it) keeps the claimed article's
  title and authors in the truth but scores only the journal fields.
- a book cover scores title, people, issuer and publisher only (no ISBN, edition or date on it).
- patents: issuer 国家知识产权局, issued_on = granted_on, number normalised to ZL + 12 digits + check digit.
"""

from bench.blind54.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
