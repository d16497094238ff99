"""Blind draw 55: continuing-education proofs gathered for audits under the Dezhou (2017) and Kaifeng (2016)
notices.

I wrote this package apart from the extractors. I did not read their code or any other draw's wording. What I
did read: the contract, the two city notices, the journal catalogues and the shared rendering plumbing
(bench/blind/doc.py, page.py, drawn.py). Generate with `python -m bench.blind55 --seed S --out DIR
[--per-type N]`; run the self-check with `python -m bench.blind55.check`.

Setting. When a document is first drawn, it is given one of the two cities. The claim names that city's policy
(`dezhou-2017` or `kaifeng-2016`), the person and the year.
- Dezhou documents are dated 2016-2018. They name Shandong and Dezhou bodies as they were then:
  德州市人力资源和社会保障局, 山东省…厅, 德州市…局/委员会, and the county bodies of 齐河县, 禹城市, 乐陵市,
  临邑县, 平原县, 夏津县, 武城县, 庆云县, 宁津县, 陵城区 and 德城区.
- Kaifeng documents are dated 2015-2017. They name Henan and Kaifeng bodies: 开封市人力资源和社会保障局,
  河南省…厅, 开封市…局, the county bodies of 杞县, 通许县, 尉氏县, 兰考县, 祥符区, 鼓楼区 and 龙亭区, the
  face-to-face training bases the notice names (开封市行政学院, 开封大学 …) and the provincial online platform.
- The professions are highway-maintenance engineers, pediatric nurses, hydrologists, middle-school chemistry
  teachers, cotton-breeding agronomists, textile engineers, clinical laboratory technicians, solar-energy
  engineers, wheat-flour food-safety inspectors, Yellow-River flood-control engineers, cultural-relic
  restorers, tourism planners, chemical-process engineers and rural veterinarians.
- Dezhou credits some unusual proofs, and the draw includes them: academic-conference exchange papers
  (学术会议交流证明), translated books, study abroad (出国（境）培训证明), a unit-kept self-study record
  (自学学习档案), results the employer recognises (重要成果认定证明), self-study exams and in-service degrees.
  These all sit under `other` or `qualification_certificate`.

Layouts. There are ten evidence types with six layout variants each (`pools.VARIANTS["t55.layout.<type>"]`).
A document's layout is `<family>55-<variant>`; the families are in `pools.FAMILIES`. A book cover is
`book55-cover`.

Truth conventions (on top of bench/generator/truth.py):
- holder is the person a proof is issued to:
  - the trainee on a training certificate;
  - the graduate or examinee on a qualification;
  - the awardee on an award certificate that names one person;
  - the 主持人/负责人 of a completed project;
  - the person an `other` proof names;
  - the addressee of an invitation letter (邀请函).
  It is null for sign-in sheets, other training notices, journal pages, books and patents, and for an award
  certificate that lists a whole team (aw55-team).
- people are ranked by printed order unless a rank is stated:
  - authors in byline order;
  - inventors/designers in the order listed after 发明人/设计人;
  - sign-in attendees by 序号 (a two-column sheet numbers its left column first);
  - a notice's attendees by the order of its 参训人员名单, 报名回执 or 参训学员 line;
  - a project's leader as rank 1 (project_leader), then its members in order (project_member);
  - a book's people over 主编 (editor_in_chief), then 副主编 (deputy_editor), then 编委 (editorial_board);
  - 编著/著 people are authors;
  - a translation ranks its original author first (role author, the name without the [国] tag and without
    spaces), then its translators (translator).
  An individual award certificate carries one awardee, ranked by its stated 第N完成人 (Chinese or Arabic
  numeral), or by the 排名第N it prints; where it states none, the rank is 1. A team certificate ranks its
  主要完成人 in printed order.
- title:
  - a training certificate, sign-in sheet or notice gives the training's name as printed, without quotes,
    签到表 or 关于举办…的通知;
  - an award gives the project, paper or result that won, and for a competition the competition itself;
  - a patent gives its 发明名称 (a design's product name with its bracketed use);
  - an `other` proof gives the paper, lecture, service or study it attests.
- category_stated is set only where the proof prints exactly one of 公需科目 or 专业科目, whether in its
  title, a 课程类别 column, a 科目/类别 line or its body. A course table that mixes both gives null. It is
  set on training certificates, notices and sign-in sheets, and never elsewhere.
- hours_stated is the number printed with 学时 or 课时. A table's 合计 row counts too. A proof in 学分 states
  its conversion and the 学时 figure, and that 学时 figure is the truth.
- Dates are never invented:
  - a month-only print is YYYY-MM: a book's 2017年5月第1版 (the copyright page's edition and issued_on), a
    degree's 2016年6月 or 二〇一六年六月, an award's 二〇一七年十二月, a graduate's study period 2013年9月至2016年7月;
  - Chinese-numeral dates are converted;
  - a period end may print as M月D日 after a full start date in the same year;
  - a notice's issued_on is the notice date, and its period is the training dates;
  - a project's issued_on is its 验收/结题 date as printed (the one date on the proof);
  - a sign-in sheet's period is its single day;
  - a patent's issued_on is its 授权公告日.
- A book cover prints no date and no ISBN. Its issued_on and isbn are null. Its edition is 第2版 where the
  cover prints (第2版), and null otherwise.
- Award level follows the giver:
  - a people's government gives its tier: 山东省/河南省人民政府 → provincial, 德州市/开封市人民政府 →
    municipal, a county, district or county-level city (禹城市, 乐陵市) 人民政府 → county;
  - any other giver (a 厅, 局, 委员会 or 科学技术协会) → bureau.
  The award name carries its place word and leaves out the year and the grade, e.g. 德州市科学技术进步奖. Kinds:
  科学技术进步奖 → science_technology, 社会科学优秀成果奖 → social_science, 职业技能竞赛/技能大赛/技能比武/
  教学技能大赛 → competition, 优秀学术论文奖 and 教学成果奖 → other.
- Journals are real CSCD core rows of journals-cscd.csv, printed with that row's ISSN and CN. Their levels are
  cscd plus pku_core/cssci where journals-cn.csv lists the name, plus sci/ssci where journals-intl.csv lists
  the ISSN. No 主管/主办 line is printed, so the truth has no national/provincial level. A page that prints only
  the year and issue (2017年第5期) has volume null. A cover (本期要目) or 目录 page keeps the claimed article's
  title and authors in the truth, but only the journal is scored. The 作者简介 and 通信作者 lines name people
  who are already authors; no one else is added.
- Every scored value, every truth date (in some printed form), every person, the holder, the claimed person
  and the claimed year are printed on the pages. bench.blind55.check verifies all of this.
"""

from bench.blind55.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
