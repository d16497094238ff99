"""Blind draw 61: Dezhou (dezhou-2017) and Yiyang (yiyang-2018), written apart from the code that reads documents.

Its author read only the evidence contract, the five city notices, the journal catalogues, the house style, the
shared rendering helpers (bench/blind/doc.py, page.py, drawn.py), the truth helper and the draw-53 package shape.

Cities and dates. Each document draws one city. Dezhou documents are dated in 2017 and name Shandong / Dezhou
bodies (德州市人力资源和社会保障局, 山东省人力资源和社会保障厅, 山东省人民政府, 德州市…局, bodies of 乐陵市, 禹城市,
齐河县, 平原县, 夏津县, 武城县, 庆云县, 临邑县, 宁津县, 德城区, 陵城区); Yiyang documents are dated in 2018 and name
Hunan / Yiyang bodies (益阳市人力资源和社会保障局, 湖南省…厅, 益阳市…局, bodies of 沅江市, 南县, 桃江县, 安化县, 赫山区,
资阳区). A patent's application date and a degree's study years may fall earlier; the grant / issue date does not.

Professions: solar water heaters, central air conditioning, cotton fibre inspection, wheat / soybean seed
breeding, bearings and auto parts, rural drinking water, grid dispatching, emergency medicine, hospital infection
control, stomatology, pharmacy, vocational mechatronics teaching, special education, library science, statistics,
civil-engineering supervision, highway maintenance, rice-fish farming, bamboo shoots, camellia oil, veterinary
epidemic prevention. Journals are real core rows of journals-cscd.csv fitting each profession.

Layouts (`<short>61-<variant>`, listed in pools.VARIANTS): certificates band / table / letter / twoline / card;
sign-in sheets grid / twocol / meeting / daily / roster (handwritten names in the HAND font); notices redhead /
schedule (second page 附件 日程安排 plus 参训人员名单) / invite / receipt (报名回执) / plain; journal first / firstfund /
enfirst first pages (running head, superscript affiliation marks, 收稿日期 / 基金项目 / 作者简介 footnotes), toc
(目次 page with neighbouring articles) and covertoc (cover + 目次); books cover / cip / title / copyright /
translation; patents invention / invention2 / utility / utility2 / design (CNIPA wording, number printed with or
without spaces); awards gov / dept / society / team / contest; projects jieti / yanshou / table / letter / members;
qualifications graduation / master / selfstudy / computer / courses; other teach / mentor / expert / visit / rural.
Dates print as 2018年3月5日, 二〇一八年三月五日, 2018.03.05, 2018-3-5, 2018/3/5 or 2018年03月05日.

Truth conventions.
- holder: the one person a certificate is issued to (training / qualification certificate, a personal award
  certificate, the 主持人 / 负责人 of a 结题 / 验收 certificate, the person an other-proof certifies); null on sign-in
  sheets, notices, journal pages, books, patents and a team award certificate that lists 主要完成人.
- people, in printed order: sign-in attendees by row; notice attendees from the 报名回执 / 参训人员名单 (role attendee,
  not scored); journal authors; book 主编 then 副主编 ranked across both (translators of a translation, role
  translator; the foreign original author is not listed); patent 发明人 / 设计人; award: the awardee with the stated
  rank (第N完成人 gives N; a contest certificate rank 1), or the team in printed order; project: the leader rank 1
  (project_leader), then members in printed order (project_member).
- category_stated: public where the certificate says 公需科目 (its title or a 科目 line), professional where it
  says 专业科目, else null; every notice promises 专业科目 学时 in its body, so notices are professional.
- dates: ISO; period of a training certificate / notice is the printed training dates; a sign-in sheet's period is
  its one day; a notice's issued_on is its signing date; a book's issued_on is the YYYY-MM of its edition
  statement (the cover prints none: issued_on, isbn and edition are null); a graduation certificate and a
  研究生课程 certificate print only a month: YYYY-MM.
- hours_stated: the number printed with 学时 / 课时 / 小时 on a certificate (公需科目 30), or the 学时 a notice
  promises.
- award: name is the prize without the year; kind science_technology (科学技术进步奖 / 农业技术推广奖 / 县科学技术奖),
  social_science (社会科学优秀成果奖), competition (职业技能竞赛); level from the issuer: 市人民政府 / 市人社局 / 市社科联
  municipal, 省农业农村厅 provincial, 县（市、区）人民政府 county; grade as printed.
- journal levels: cscd (every journal here is a CSCD core row) plus pku_core / cssci from journals-cn.csv by name;
  no 主管 line is printed, so no national / provincial level. On toc / covertoc pages title and people (the claimed
  article) are true but not scored.
- qualification: graduation and master_degree give subject = the 专业 / 学科专业, modules null; self_study_exam gives
  the 报考专业 and the passed 课程名称 as modules; computer_exam gives subject null and the passed 模块 as modules;
  postgraduate_courses gives the 专业, modules null.
- claim: the city's policy, a person printed on the proof (holder, attendee, author, inventor, editor, team member,
  project leader or member) and the document's year.
"""

from bench.blind61.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
