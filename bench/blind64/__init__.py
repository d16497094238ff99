"""Blind draw 64: Dezhou (dezhou-2017) and Kaifeng (kaifeng-2016), written apart from the extractors.

Cities and dates: Dezhou documents are dated in 2017 and name Shandong / Dezhou bodies (德州市…局, 山东省…厅,
bodies of 乐陵市, 禹城市, 齐河县 …); Kaifeng documents are dated in 2016 and name Henan / Kaifeng bodies
(开封市…局, 河南省…厅, bodies of 尉氏县, 杞县, 兰考县, 祥符区 …). A patent's application date and a degree's
study years fall earlier. Dates are printed as 2017年3月5日, 二〇一七年三月五日, 2017.03.05, 2017-3-5, 2017/3/5
or 2017年03月05日; month-only dates (a book's edition, a master degree) as 2017年5月 / 二〇一七年五月.

Professions: chili pepper breeding, watermelon grafting, cotton spinning, glass-fibre materials, new-energy
batteries, bridge inspection, gas supply, food safety testing, environmental monitoring, ophthalmology,
dermatology, psychiatric nursing, geriatric nursing, chemical analysis; journals are CSCD core rows fitting each.

Layouts (`<short>64-<variant>`): certificates band / table / letter / twoline / card / online; sign-in grid /
twocol / meeting / daily / roster; notices redhead / schedule (2 pages) / invite / receipt / plain / forward;
journal first / english / twocol / toc / cover (2 pages); books cover / cip / title (2 pages) / copyright / translation;
patents invention / utility / design / register / ecert; awards government / department / society / team /
contest; projects jieti / yanshou / table / letter / members; qualifications graduation / master / selfstudy /
computer / postgrad; other teaching / mentoring / review / visiting / rural.

Truth conventions:
- holder: the person a certificate, qualification, award or project proof names as its subject (an award
  listing a whole team has holder null; an invitation letter's invitee is its holder); null for sign-in
  sheets, notices, journal pages, books and patents.
- people in printed order with rank = position, unless a rank is stated (第二完成人 / 排名第2 -> 2); sign-in
  sheets and notice name lists give attendees; a project gives its leader (rank 1) then members; books rank
  主编, 副主编, 编委 by overall printed order; a translation gives the foreign author then translators.
- category_stated is public / professional only where the proof prints 公需科目 / 专业科目, else null.
- hours_stated is the number printed with 学时; a notice without one has null (and is not scored).
- A journal's title and people are not scored on a contents page (toc, cover), which does not say whose article
  it is; levels are cscd plus pku_core / cssci by name from journals-cn.csv, plus national where a cover prints
  a national 主管 body.
- Award level follows the issuing body: 市人民政府 / 市社科联 / 市人社局 -> municipal, 县(市、区)人民政府 -> county,
  省…厅 / 省学会 -> provincial.
- issued_on of a book (not its cover) and of a master degree is YYYY-MM; a patent's issued_on is its grant date.
- The claim is the city's policy, a person printed on the proof and the document's year.
"""

from bench.blind64.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
