"""Blind draw 60: Tai'an (taian-2022) and Yantai (yantai-2020) proofs, written apart from the extractors.

Its author read only the contract, the five policy notices, the journal catalogues, the shared rendering and
truth helpers and draw 53's package shape; never the reading code, earlier draws' wording or their tests.

Cities and dates. A document belongs to one city: Tai'an documents are dated 2022 and name 泰安市 bodies
(泰安市人力资源和社会保障局, 泰安市…局, 泰安市人民政府, bodies of 新泰市, 肥城市, 宁阳县, 东平县, 泰山区, 岱岳区)
and 山东省 bodies; Yantai documents are dated 2020 and name 烟台市 bodies (烟台市人力资源和社会保障局, 鲁东大学 as
the province's base, 烟台市农业科学研究院, bodies of 龙口市, 莱阳市, 莱州市, 招远市, 栖霞市, 海阳市, 蓬莱区, 福山区,
牟平区, 莱山区, 芝罘区). Earlier dates appear only where a real proof has them (a patent's application, a paper's
收稿日期, a degree's years of study).

Professions: apple orchards, sea cucumber aquaculture, grape & wine, Mount Tai relic conservation, gold-mine
safety, port logistics, marine weather forecasting, nuclear power maintenance, paediatric nursing,
rehabilitation, land surveying, urban gas, secondary-school chemistry, kindergartens, auditing, archives and
tourist guiding. Journals are real CSCD core rows of /tmp/shared/data fitting them (果树学报, 园艺学报,
水产学报, 渔业科学进展, 气象, 核动力工程, 中华护理杂志, 测绘学报, 天然气工业, …).

Layouts (`<short>60-<variant>`, pools.VARIANTS): 结业/合格证书 in running text, a 学时证明 table, online
公需/专业科目 certificates of the city platforms, a landscape two-line 培训合格证书, a booklet 继续教育证书 with photo
box, the province's uniform annual certificate; sign-in sheets as a plain table, two-column, signatures only,
上午/下午, a 会议签到表 with its header table, a three-day sheet; notices as 红头 with 文号 and 报名回执, 邀请函,
日程安排, a plain 通知, a 通知 with 附件1 课程安排 and 附件2 报名回执; a journal first page (with superscript
affiliation marks, 摘要, 中图分类号/文章编号 and 收稿日期/基金项目/作者简介/通信作者 footnotes), with a DOI line,
with an English abstract, 目录 + first page, cover + first page, cover + 目录 + first page; books as a cover,
扉页 + 版权页 (CIP), 版权页 alone, a translation's 版权页, 编委会 page + 版权页; CNIPA 发明 (two forms),
实用新型 (company and individual patentee) and 外观设计 certificates; awards of a city, the province and a
county-level people's government (科学技术进步奖), a city's 社会科学优秀成果奖, a skills competition of the
city's 人社局 and a department's award; 结题证书 (社科联), 结题证明 in running text, a 科技计划项目验收证书, an
教育科学规划课题 结题证书, a 结题鉴定书 with its members' table; 毕业证书, 硕士/博士学位证书, 自学考试单科合格证书,
研究生课程进修班结业证书, 计算机应用能力考试合格证; other proofs: 授课证明, 指导青年专业技术人员证明, 聘书,
进修结业证明, 服务基层活动证明. Dates print as 2022年3月5日, 2022年03月05日, 二〇二二年三月五日, 2022.03.05,
2022-3-5, 2022-03-05 and month-only 2022年6月 / 二〇二二年六月; names are handwritten (HAND font) in signature
columns, filled 报名回执 rows and the 邀请函's addressee.

Truth conventions.
- Claim: `policy` is the document's city's policy, `year` its year (2022 / 2020), `person` someone on the proof:
  the holder where there is one, else one of `people`.
- Training certificate: `holder` is the person certified; `people` is that person alone (attendee, rank 1);
  `title` is the training or course as printed, without quotes; `issuer` is the organiser / issuing body (the
  province's annual certificate: 山东省人力资源和社会保障厅, its 发证机关, not the city bureau printed as 审核单位;
  online certificates: 泰安市人力资源和社会保障局 or 鲁东大学); `issued_on` the certificate's date (打印日期 online);
  `period` the training or 学习时间 dates (YYYY-MM where a platform prints months only; none on the annual
  certificate); `hours_stated` the number printed with 学时, 课时 or 小时 (the 合计 on the annual certificate).
- category_stated: 公需科目/公需课 printed -> public, 专业科目/专业课 -> professional, neither or both (the annual
  certificate) -> null. Notices take it from their 学时认定 line or schedule; other types never state one.
- Sign-in sheet: `holder` null; `people` every attendee in 序号 order (the two-column sheet runs down its left
  half, then its right), named by the 姓名 column or, where there is none, the signature; `period` start = end
  for one day, the first and last day of a three-day sheet; `title` the training without 签到表.
- Training notice: `title` the training's name as the notice gives it (year prefix kept, without 关于举办/的通知);
  `issued_on` the notice's date (null on a 日程安排, which has none); `period` the training days, not the 报到
  day; `hours_stated` the 学时 it promises (null on the 邀请函); `people` the attendees the copy names (filled
  报名回执 rows in order, the 邀请函's addressee, the 学员 written on a schedule), `holder` null.
- Journal article: `people` the byline in order (role author), `holder` null; `journal.volume` and `issue` as
  strings without leading zeros (测绘通报 has no volume: null); `levels` = cscd (every journal is a CSCD core
  row) + pku_core / cssci where journals-cn.csv lists the name (bracketed former names ignored) + sci/ssci by
  ISSN in journals-intl.csv + national when a cover prints a 主管 line naming a national body. With a 目录 page,
  `contents` lists its entries (title, authors) in printed order.
- Book: editors ranked by overall printed order across 主编, 副主编, 编委 (扉页 or 编委会 page); the 版权页-alone
  layout names only the 主编 of its CIP line; a translation ranks the original author first (author) and then
  the translators; `issuer` = `book.publisher`; `edition` like 2022年3月第1版 and `issued_on` its YYYY-MM; the
  cover layout has no ISBN, edition or date.
- Patent: `issuer` 国家知识产权局, `issued_on` = `granted_on` = 授权公告日, `applied_on` = 专利申请日; `number` ZL +
  12 digits + check digit, without spaces; `people` the 发明人/设计人 in order (role inventor); `holder` the
  专利权人 when it is a person, else null.
- Award: a personal certificate names one 获奖者 with a stated place (第三完成人, 排名第4): `holder` is that
  person and `people` holds them alone at the stated rank; a team certificate (主要完成人 list) has `holder` null
  and `people` in printed order; role awardee. `title` the project / 成果 name (for a competition, the event);
  `award.name` the award as printed, without year (泰安市科学技术进步奖, 烟台市…职业技能竞赛); `level` from the
  issuer: 山东省人民政府 provincial, a city's people's government municipal, a county or county-level city's
  people's government county, any department (人社局, 卫健委, 农业农村局, 自然资源和规划局) bureau; `kind`
  science_technology for 科学技术进步奖 / 科技创新 / 技术推广成果奖, social_science for 社会科学优秀成果奖,
  competition for skills competitions; `grade` as printed (一等奖).
- Project completion: `holder` the 主持人 / 项目负责人, whom the certificate is issued to; `people` the leader
  (rank 1, project_leader) then the members in printed order (project_member).
- Qualification: `holder` the graduate or candidate, `people` empty; `subject` the 专业 (毕业证书, 研究生课程),
  the 学科（专业） of a degree (not its field such as 农学), the course of a 自学考试 certificate, null for the
  computer exam; `modules` the computer exam's modules in table order, else null; `issued_on` YYYY-MM where only a
  month is printed (some degrees, 自学考试, 研究生课程).
- Other: nothing is scored; the truth still gives `holder`, `title` (the heading), `issuer`, `issued_on` and a
  `period` where printed (YYYY-MM for a mentoring year).
"""

from bench.blind60.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
