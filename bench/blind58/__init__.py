"""Blind draw 58: proofs gathered for the audit of Dezhou (2017 notice) and Yantai (2020 notice).

Written apart from the extractors, from public conventions of real Chinese documents. Each document belongs to
one audited city, drawn first (`pools.Ctx.city`), and its claim carries that city's policy:

- Dezhou (`dezhou-2017`): dated 2016-2018, naming Shandong/Dezhou bodies as they were before the 2019 reform
  (德州市人力资源和社会保障局, 德州市卫生和计划生育委员会, 德州市食品药品监督管理局, 德州市国土资源局, 山东省农业厅 …) and
  the county bodies of 德城区, 陵城区, 禹城市, 乐陵市, 临邑县, 平原县, 夏津县, 武城县, 齐河县, 宁津县, 庆云县.
- Yantai (`yantai-2020`): dated 2019-2021, naming bodies after the reform (烟台市卫生健康委员会, 烟台市市场监督管理局,
  烟台市自然资源和规划局, 烟台市海洋发展和渔业局, 山东省农业农村厅 …) and the county bodies of 龙口市, 莱阳市, 莱州市,
  招远市, 栖霞市, 海阳市, 芝罘区, 福山区, 牟平区, 莱山区 and 蓬莱市 (蓬莱区 from 2020).

Professions: solar-thermal engineers, textile dyeing engineers, wheat/maize seed-breeding agronomists, food-safety
inspectors of braised-chicken makers, functional-sugar biochemists (禹城), furniture designers (宁津), jujube
orchard technicians (乐陵), marine-ranching aquaculture engineers, shipyard welding engineers, offshore-wind
electrical engineers, rehabilitation therapists, community pharmacists, special-education teachers, archive
managers, surveying and mapping engineers and bridge inspectors (the Dezhou-only and Yantai-only ones appear only
in their city). Proofs cover what both notices credit: trainings (公需 and 专业 subjects, online platforms of the
省级继续教育基地), papers, books and translations, patents, research awards, project results, degrees and
self-study exams, skill competitions and 技术比武 (Yantai), academic-conference papers (Dezhou), and under
`other` lectures, grassroots service (服务基层/下乡支医), technology extension, a unit's self-study log and the
Yantai 继续教育情况登记表.

Ten evidence types, six layout variants each (`pools.VARIANTS["t58.layout.<type>"]`); a document's layout is
`<family>58-<variant>` (families in `pools.FAMILIES`), the book cover being `book58-cover`. Variants rotate with
the document's index so every block of six documents of a type shows all six.

Truth conventions of this draw (on top of bench/generator/truth.py):
- holder: the one person a proof is issued to: a training certificate's trainee, a graduate or degree holder,
  the person an `other` proof certifies, an individual award's awardee, the 主持人/负责人 of a completed project,
  the addressee of an invitation letter (邀请函); a patent's holder is the 专利权人 only when that is one of its
  inventors (else null; it is not scored). Null for sign-in sheets, other notices, journal pages, books and an
  award certificate listing a whole team.
- people, in printed order with 1-based rank: a byline's authors (作者简介 and 通信作者 footnotes repeat authors and
  add nobody); inventors/designers after 发明人/设计人; a book's 主编, then 副主编, then 编委 as far as the pages
  drawn print them, or for a translation the original author (role author) then the translators; a project's
  leader (project_leader) then the members of its member table (project_member), while a certificate that
  prints only the leader lists only the leader; attendees of a sign-in sheet by 序号 (a two-column sheet numbers
  its left column first; handwritten-only names count); a notice's attendees from its 参训人员名单, 报名汇总表 or
  报名回执. Lecturers, experts of a 验收 committee, editors (责任编辑), signatories (校长, 局长) are not people.
  An individual award certificate carries one awardee ranked by its stated 第N完成人 (rank 1 where none).
- category_stated: set only where the proof prints exactly one of 公需科目/公需课 or 专业科目/专业课 (a course
  table whose 课程类别 column shows both gives null; so does a proof printing neither).
- dates: as printed, never invented. Month-only prints (a book's 2018年4月第1版, a degree dated 2020年6月, an
  award dated 二〇一九年十二月, a 自学考试 session) are YYYY-MM; Chinese numerals are converted. A period printed
  as 2017年6月12日至14日 ends on the 14th of the same month. A notice's issued_on is its signing date and its
  period the training dates; a sign-in sheet's period is its one day. A book cover states no date, ISBN or
  edition; every other book layout's issued_on is the YYYY-MM of its 版次. A patent's issued_on is its 授权公告日.
- hours_stated: the 学时 printed; a 学分 certificate prints its conversion (1学分折合10学时) and the 学时 total,
  which is the value; a course table's value is its 合计.
- award level follows the giver: 山东省人民政府 -> provincial, 德州市/烟台市人民政府 -> municipal, a county, county-level
  city or district 人民政府 -> county; a department, bureau, commission or mass organisation of a province or
  city (山东省总工会, 烟台市人力资源和社会保障局, 德州市科学技术协会, 烟台市教育局) -> bureau. Kinds: 科学技术进步奖 ->
  science_technology, 社会科学优秀成果奖 -> social_science, a 技能竞赛/技术比武/技能大赛 -> competition, 优秀论文 and
  教学成果奖 -> other. award.name is printed without the year; a competition's title is the competition itself,
  other awards' title is the project or paper.
- journals are real CSCD core rows of journals-cscd.csv with their ISSN and CN; levels are cscd plus pku_core and
  cssci where journals-cn.csv lists the name (check.py re-reads both). No 主管 line is printed, so no
  national/provincial level. A cover (本期要目) or 目录 page keeps the claimed article's title and authors in the
  truth but scores only the journal fields.
- every date and name a truth record states, and the year a credit is claimed for, is printed on the pages; the
  claim carries `policy` (dezhou-2017 or yantai-2020), `person` and `year` (the proof's own year).
"""

from bench.blind58.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
