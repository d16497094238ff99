"""Blind draw 62: Kaifeng 2016 and Tai'an 2022, written apart from the extractors.

Cities and dates
    Each document belongs to one city: Kaifeng (policy kaifeng-2016, dated in 2016, Henan / Kaifeng bodies:
    开封市人力资源和社会保障局, 河南省…厅, bodies of 尉氏县, 杞县, 通许县, 兰考县, 祥符区, 龙亭区, 鼓楼区,
    顺河回族区, 禹王台区; 文号 汴…/豫…) or Tai'an (taian-2022, dated in 2022, Shandong / Tai'an bodies:
    泰安市人力资源和社会保障局, 山东省…厅, bodies of 新泰市, 肥城市, 宁阳县, 东平县, 泰山区, 岱岳区; 文号
    泰…/鲁…). A patent's application date, a degree's study years and a journal's 收稿日期 may fall earlier.
    Dates are printed as 2016年3月5日, 二〇一六年三月五日, 2016.03.05, 2016-3-5, 2016/3/5 or 2016年03月05日;
    month-only dates as 2016年6月 or 二〇一六年六月.

Professions
    Peanut breeding, garlic cultivation, scenic-area management, cultural relics protection, tea processing, mine
    safety, power-plant boilers, paediatric nursing, rehabilitation therapy, TCM acupuncture, preschool education,
    primary-school maths teaching, archives, surveying and mapping, municipal water supply, chemical fertiliser,
    textile dyeing, forestry pest control, Yellow River carp farming, accounting/auditing. Journals are CSCD core
    rows of journals-cscd.csv fitting each profession (professions without one are not drawn for journal pages).

Layouts (layout id `<short>62-<variant>`), one variant per document, every variant walked by each seed
    training_certificate  band (red band, landscape) / table (学时证明 grid) / letter (证明 with ID number) /
                          twoline (booklet: photo panel + text panel) / card (online platform 学时证书)
    sign_in_sheet         grid (typed names + handwritten signatures) / twocol (two numbered columns) /
                          meeting (会议签到表 with info table) / daily (a column per half-day, landscape) /
                          roster (handwritten names only)
    training_notice       redhead (红头 + 文号, named trainees) / schedule (notice + 附件 page: 日程安排 and
                          参训人员名单) / invitation (邀请函 to one person) / receipt (notice + filled 报名回执) /
                          plain (named trainees in the text)
    journal_article       first (running head, superscript affiliations, 收稿日期/基金项目/作者简介 footnotes) /
                          entitle (English title and abstract) / toc (目次 with neighbouring articles + first page)
                          / cover (cover + 目次 + first page) / twocol (two-column body)
    book                  cover / cip (CIP block + imprint) / title (扉页 + CIP page) / copyright (编委会 +
                          imprint) / translation (foreign author, translators, 著作权合同登记号)
    patent_certificate    invention / utility / design (landscape CNIPA certificates with 授权公告号) /
                          invold / utilold (portrait, older wording); ZL numbers printed with or without spaces
    award_certificate     government (市/省人民政府 science or social-science award, rank printed) / department
                          (厅/局 荣誉证书) / society (学会 or 社科联 获奖证书) / team (县 award listing all
                          completers) / contest (skills contest)
    project_completion    jieti (结题证书) / yanshou (验收证书 with 验收意见) / table (结题鉴定表) / letter
                          (结题证明) / members (结题证书 addressed to one member, with the ranked member table)
    qualification         graduation / master (degree) / selfstudy (单科合格, course table) / computer (Kaifeng:
                          专业技术人员计算机应用能力考试; Tai'an: 全国计算机等级考试) / courses (研究生课程进修班)
    other                 teaching (授课证明) / mentoring (指导青年专业技术人员) / review (评审专家聘书) /
                          visiting (访问学者结业) / rural (科技特派员基层服务证明)

Truth conventions
    - holder: the one person the proof is addressed or issued to (certificate holder, awardee, graduate, the
      member a project certificate is addressed to, the addressee of an invitation, the person a teaching or
      service proof is about); null for sign-in sheets, notices other than invitations, journal pages, books,
      patents and a team award listing several completers. A project certificate naming a 负责人 and members is
      held by the 负责人 unless it is addressed to a member.
    - people: in printed order, rank = printed position, or the stated rank (第3完成人, 排名第3, 第4参与人);
      roles: attendee (sign-in rows, trainees named in a notice, the person filling a 回执), author, inventor,
      awardee, editor_in_chief/deputy_editor/editorial_board ranked across the roles in printed order
      (a CIP page names only the 主编, so only they are listed), translator (the foreign author of a translation
      is an author ranked first), project_leader then project_member. Certificates for one person list no people
      except awards (the awardee).
    - title: the training, meeting, paper, patent, project or book name as printed, without 《》/“” and without a
      trailing 签到表; for a notice the training's name (not 关于举办…的通知); for a government, department, society
      or team award the project name, for a contest the contest's name.
    - issuer: the body that issued the proof or organised the activity (主办单位, 发证机关, the university, the
      publisher for books, 国家知识产权局 for patents).
    - issued_on: the printed issue / notice / award / grant date; YYYY-MM where only a month is printed (books'
      第1版 line, some degrees, exam certificates). Book covers print no date: null. Journal pages: null.
    - period: training or study dates; a one-day sign-in sheet has start == end; a degree's study years are
      month-only (YYYY-MM).
    - hours_stated: the number printed before 学时/课时 (certificates, notices that state it, teaching proofs).
    - category_stated: public where the proof prints 公需科目, professional where it prints 专业科目, else null.
    - award: level from the issuing body: 人民政府 at its own level (national/provincial/municipal/county);
      a government department (厅/局/委) gives bureau; a society, 社科联 or 总工会 gives the level of its
      area (provincial/municipal). kind: science_technology (科技进步奖, 学会科学技术奖, 科技成果奖),
      social_science (社会科学优秀成果奖), competition (contests). grade as printed (一等奖).
    - journal.levels: cscd, plus pku_core / cssci by name in journals-cn.csv, plus national where the cover prints
      主管单位：中国科学技术协会.
    - qualification: kind per certificate; subject = the printed 专业/学科 (null on computer certificates);
      modules = the courses or exam subjects printed (self-study, computer, postgraduate courses).
    - claim: the city's policy, a person printed on the proof (holder, or one of the people) and the
      document's year (the grant year for patents, the issue year for qualifications).
"""

from bench.blind62.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
