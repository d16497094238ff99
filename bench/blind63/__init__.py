"""Blind draw 63: Yantai (yantai-2020, documents dated 2020, Shandong / Yantai bodies) and Yiyang
(yiyang-2018, documents dated 2018, Hunan / Yiyang bodies); patents may be applied for earlier and degrees
studied for earlier.

Professions: apple orchards, sea-cucumber aquaculture, wine making, gold-mining geology, port logistics,
shipbuilding welding, nuclear-power safety, obstetrics, radiology, urban planning, middle-school physics and
tax accounting (Yantai); dark-tea processing, ramie textiles, lake wetlands, embankments, schistosomiasis
control, anaesthesiology, clinical laboratory, kindergarten art, sports coaching, broadcasting engineering and
property appraisal (Yiyang). Journals are CSCD core rows of journals-cscd.csv fitting the profession.

Layouts (ids `<short>63-<variant>`, listed in pools.VARIANTS): training certificates band / table / letter /
twoline / card / online e-certificate; sign-in sheets grid / twocol / meeting / daily / roster (handwritten
names); notices redhead 文件 / schedule (附件 second page with 日程 and 参训人员名单) / invite / receipt (报名回执)
/ plain / forward (转发); journals first page / english / toc (目次) / covertoc (cover + 目次) / brief; books
cover / cip / titlepage / copyright / translation; patents invention / utility / design / ecert / spaced;
awards government / department / society / team / contest; projects jieti / yanshou / table / letter /
members; qualifications graduation / master / selfstudy / computer / pgcourses; other teaching / mentoring /
review / visiting / rural.

Truth conventions:
- holder: the named recipient of a certificate, award, qualification, other proof or invitation letter; the
  project leader (主持人/负责人) of a completion certificate; null for sign-in sheets, notices, journal pages,
  books, patents and team award certificates.
- people in printed order, rank = printed position unless a rank is stated (第2完成人 / 排名第2位); a single
  awardee certificate lists only its holder with the stated rank; sign-in sheets and notices list attendees by
  row; a project lists its leader (project_leader, rank 1) then members; book editors by overall order, a
  translation lists the original author (author, rank 1) then translators.
- A 目次 page's title and people are the claimant's article but are not scored (only the journal fields are).
- category_stated: public / professional only where 公需科目 / 专业科目 is printed, else null.
- hours_stated: the number printed with 学时/课时. Month-only dates (degree dates, book editions) are YYYY-MM.
- Notices: issued_on is the notice date, period the training dates; a forwarded (转发) notice's issuer is the
  forwarding bureau and is not scored.
- Award level follows the issuing body: a 人民政府 gives its own level (municipal / provincial); a government
  department (局/委/厅) gives bureau; a society or trade union gives the level of its area (省 -> provincial,
  市 -> municipal). 竞赛 -> competition, 社会科学优秀成果奖 -> social_science, 优秀学术成果奖 -> other.
- Journal levels: cscd, plus pku_core / cssci from journals-cn.csv by name, plus national where a cover prints
  a national 主管 body.
- The claim names the city's policy, a person printed on the proof (a leading author / inventor / member for
  group proofs) and the document's year.
"""

from bench.blind63.corpus import TYPES, VERSION, generate

__all__ = ["TYPES", "VERSION", "generate"]
