"""Blind draw 65: Tai'an (taian-2022) and Yiyang (yiyang-2018), written apart from the extractors.

Cities and dates: Tai'an documents are dated in 2022 and name Shandong / Tai'an bodies (泰安市人力资源和社会保障局,
山东省…厅, bodies of 新泰市, 肥城市, 宁阳县, 东平县, 泰山区, 岱岳区, 泰安高新区); Yiyang documents are dated in 2018 and
name Hunan / Yiyang bodies (益阳市…局, 湖南省…厅, bodies of 沅江市, 南县, 桃江县, 安化县, 赫山区, 资阳区, 大通湖区),
with the 2018 names of bodies (卫生和计划生育委员会, 农业委员会, 食品药品监督管理局). A patent's application date
and a degree's study years fall earlier.

Professions: mountain-scenic safety, 泰山石刻, 泰山茶, 肥城桃, 安化黑茶, hybrid-rice seed production, fish disease
control, bamboo products, traditional Chinese pharmacy, pharmaceutical GMP, endocrinology, neurology nursing, neonatal
care, ultrasound, power transmission lines, cable manufacturing, lithium ore dressing, soil testing, surveying drones,
vocational automotive repair, rural roads, primary-school Chinese, special-needs education, library digitisation.
Journals are real CSCD core rows of journals-cscd.csv that fit the profession.

Layouts (id `<short>65-<variant>`, variant cycled by document number):
training certificate band / table / letter / twoline / ecert (the city's online platform); sign-in sheet grid /
twocol / meeting / daily / roster (names handwritten); notice redhead (文件 head, 附件 参训人员名单 page) / schedule
(日程安排 and 参训人员名单 on page 2) / invite (邀请函 to one expert) / receipt (报名回执 filled by hand) / forward
(转发 notice with a name list); journal firstpage (running head, superscript affiliation marks, 收稿日期 / 基金项目 /
作者简介 footnotes) / entitle / toc (目次 then the first page) / cover (cover, 目次, first page) / column; book cover /
cip / title (扉页 with 编委会, then the CIP page) / copyright / translation; patent invention / utility / design /
gazette (授权公告 first page) / spaced; award gov / dept / society / team / contest; project jieti / yanshou / table /
letter / members; qualification graduation / master / selfstudy / computer / pgcourses; other teaching / mentoring /
review / visiting / rural.

Truth conventions:
- holder: the person a certificate, award, qualification or other proof is issued to; a project's holder is its
  主持人/负责人; an invitation letter's holder is the invitee; null for sign-in sheets, articles, books, patents,
  team awards and notices that only list attendees.
- people in printed order: attendees by row or by printed serial (a two-column sheet runs down the left block, then
  the right); a sign-in sheet's attendees are the handwritten names; a notice's 参训人员名单 or filled-in 回执 gives
  attendees; authors by byline order; inventors / designers in printed order; a book's 主编, 副主编, 编委 ranked by
  overall printed order (only the 主编 where the page prints only the 主编); a translation's original author (author,
  rank 1) then its translators; an award's single awardee at the rank printed (第3完成人 / 第3名 -> 3, else 1); a team
  award's completers by their printed 排名; a project's leader (project_leader, 1) then members.
- category_stated only where the proof prints 公需科目 or 专业科目; otherwise null.
- hours_stated is the number printed with 学时; a notice states hours only where it prints a 学时认定 line.
- dates: every date printed is a full day except a self-study or 研究生课程 certificate dated by month only and every
  book's edition (YYYY-MM); a book cover has no date. A one-day sign-in sheet has start == end.
- a forwarded (转发) notice's issuer and issued_on are the forwarding body's and its date (the proof's issuer).
- award level: a 人民政府's award is at its level (provincial / municipal); a department's (厅 / 局 / 委, also a
  contest run by a city bureau) is bureau; a society's is at its geographic level (省 -> provincial, 市 ->
  municipal). Kind: 科学技术奖 / 科技进步奖 / 科技成果奖 -> science_technology, 职业技能竞赛 -> competition, other
  society prizes -> other. A contest's title is the entry (参赛项目).
- qualification: subject is the printed major / discipline (none for the computer exam); modules are the passed
  courses of a self-study certificate and the modules of a computer exam.
- journal levels: cscd, pku_core by name in journals-cn.csv, and national only where a cover prints its 主管 line.
- a claim names the city's policy, a person printed on the proof and the document's year.
"""

from bench.blind65.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
