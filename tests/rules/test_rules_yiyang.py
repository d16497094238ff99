"""Golden cases for 益人社函〔2018〕47号 (Yiyang 2018): every clause of 附件5 and the 附件4 proof rule."""

from __future__ import annotations

import pytest
from credits_factory import (
    NE,
    NR,
    OK,
    PERSON,
    Case,
    P,
    U,
    award,
    book,
    ev,
    notice,
    paper,
    patent,
    project,
    qualification,
    rules_seen,
    run_case,
    sheet,
    training,
)

from rules.loader import load_policy

POLICY, YEAR = "yiyang-2018", 2018
A5 = "益人社函〔2018〕47号 附件5"

CASES = [
    Case("patent-invention-rank2", [patent("invention", "2018-06-12", ("李明", PERSON))], [(P, OK, 60.0)], f"{A5} 第5条"),
    Case("patent-invention-rank4-not-eligible", [patent("invention", "2018-06-12", ("甲", "乙", "丙", PERSON))],
         [(P, NE, 0.0)], f"{A5} 第5条"),
    Case("patent-utility-rank1", [patent("utility_model", "2018-02-01", (PERSON,))], [(P, OK, 30.0)], f"{A5} 第5条"),
    Case("patent-design-rank3", [patent("design", "2018-02-01", ("甲", "乙", PERSON))], [(P, OK, 30.0)], f"{A5} 第5条"),
    Case("patent-granted-2017-wrong-year", [patent("invention", "2017-12-31", (PERSON,))], [(P, NE, 0.0)],
         f"{A5} 第5条"),
    Case("paper-sci-first-author", [paper(2018, ["sci"], (PERSON, "李明"))], [(P, OK, 60.0)], f"{A5} 第4条(2)"),
    Case("paper-ei-second-author", [paper(2018, ["ei"], ("李明", PERSON))], [(P, OK, 5.0)], f"{A5} 第4条(2)"),
    Case("paper-pku-core-first-author", [paper(2018, ["pku_core"], (PERSON,))], [(P, OK, 30.0)], f"{A5} 第4条(2)"),
    Case("paper-domestic-public-first-author", [paper(2018, [], (PERSON,), cn="43-1234/N")], [(P, OK, 10.0)],
         f"{A5} 第4条(2)"),
    Case("paper-municipal-journal", [paper(2018, ["municipal"], (PERSON,))], [(P, NE, 0.0)], f"{A5} 第4条(2)"),
    Case("paper-unknown-journal", [paper(2018, [], (PERSON,), cn=None)], [(P, NR, None)], f"{A5} 第4条(2)"),
    Case("only-one-paper-a-year-the-best", [paper(2018, ["sci"], ("李明", PERSON)), paper(2018, ["cscd"], (PERSON,))],
         [(P, NE, 0.0), (P, OK, 30.0)], f"{A5} 第4条(2)"),
    Case("award-national-rank5", [award("national", "science_technology", "2018-01-10", rank=5)], [(P, OK, 60.0)],
         f"{A5} 第6条"),
    Case("award-national-rank6", [award("national", "social_science", "2018-01-10", rank=6)], [(P, OK, 10.0)],
         f"{A5} 第6条"),
    Case("award-provincial-rank3", [award("provincial", "science_technology", "2018-03-01", rank=3)],
         [(P, OK, 60.0)], f"{A5} 第6条"),
    Case("award-provincial-rank4", [award("provincial", "science_technology", "2018-03-01", rank=4)],
         [(P, OK, 10.0)], f"{A5} 第6条"),
    Case("award-city-is-bureau-rank2", [award("municipal", "science_technology", "2018-03-01", rank=2)],
         [(P, OK, 30.0)], f"{A5} 第6条"),
    Case("award-without-rank", [award("provincial", "science_technology", "2018-03-01", rank=None)],
         [(P, NR, None)], f"{A5} 第6条"),
    Case("project-national-rank5", [project("国家自然科学基金委员会", "2018-09-01", 5)], [(P, OK, 60.0)],
         f"{A5} 第3条"),
    Case("project-provincial-rank4", [project("湖南省科学技术厅", "2018-09-01", 4)], [(P, OK, 10.0)], f"{A5} 第3条"),
    Case("project-municipal-rank3", [project("益阳市科学技术局", "2018-09-01", 3)], [(P, OK, 40.0)], f"{A5} 第3条"),
    Case("book-first-author", [book("2018-05-01", "editor_in_chief", 1)], [(P, OK, 60.0)], f"{A5} 第4条(1)"),
    Case("book-other-author", [book("2018-05-01", "deputy_editor", 2)], [(P, OK, 30.0)], f"{A5} 第4条(1)"),
    # a translation's first translator is its first author, the original author listed before them or not
    Case("translation-first-translator-after-original-author",
         [ev("book", title="某译著", book={"isbn": "978-7-111-11111-1", "publisher": "某出版社", "edition": None},
             issued_on="2018-05-01", people=[{"name": "大卫·威尔逊", "rank": 1, "role": "author"},
                                             {"name": PERSON, "rank": 2, "role": "translator"},
                                             {"name": "石涛", "rank": 3, "role": "translator"}])],
         [(P, OK, 60.0)], f"{A5} 第4条(1)"),
    Case("translation-second-translator",
         [ev("book", title="某译著", book={"isbn": "978-7-111-11111-1", "publisher": "某出版社", "edition": None},
             issued_on="2018-05-01", people=[{"name": "大卫·威尔逊", "rank": 1, "role": "author"},
                                             {"name": "石涛", "rank": 2, "role": "translator"},
                                             {"name": PERSON, "rank": 3, "role": "translator"}])],
         [(P, OK, 30.0)], f"{A5} 第4条(1)"),
    Case("computer-exam-three-modules", [qualification("computer_exam", "2018-04-01", ["Word", "Excel", "PPT"])],
         [(P, OK, 30.0)], f"{A5} 第7条"),
    Case("bachelor-not-counted", [qualification("graduation", "2018-07-01", subject="本科")], [(P, NE, 0.0)],
         f"{A5} 第9条"),
    Case("master-degree-not-counted", [qualification("master_degree", "2018-07-01")], [(P, NE, 0.0)], f"{A5} 第9条"),
    Case("doctorate-needs-review", [qualification("doctor_degree", "2018-07-01")], [(P, NR, None)],
         "益人社函〔2018〕47号 附件4 第11项"),
    Case("training-two-days-no-hours", [training("专业培训", "2018-03-01", "2018-03-02")], [(P, OK, 16.0)],
         f"{A5} 第1、2条"),
    Case("public-course-stated-hours", [training("2018年公需科目培训", "2018-05-01", "2018-05-03", 24)],
         [(U, OK, 24.0)], f"{A5} 第1、2条"),
    Case("sign-in-sheet-alone-needs-review", [sheet("专业培训", "2018-03-01", "2018-03-02")], [(P, NR, None)],
         "益人社函〔2018〕47号 附件4"),
    Case("sign-in-sheet-with-notice-counts", [sheet("专业培训", "2018-03-01", "2018-03-02"),
                                              notice("专业 培训", "2018-03-01", "2018-03-02")],
         [(P, OK, 16.0), (P, OK, 0.0)], f"{A5} 第1、2条"),
    Case("certificate-and-sheet-counted-once", [sheet("专业培训", "2018-03-01", "2018-03-02"),
                                                training("专业培训", None, None, 12, issued_on="2018-03-02")],
         [(P, OK, 0.0), (P, OK, 12.0)], f"{A5} 第1、2条", cited=1),
    Case("person-not-named", [patent("invention", "2018-06-12", ("李明", "赵四"))], [(P, NE, 0.0)], f"{A5} 第5条"),
    Case("name-compared-without-spaces", [patent("invention", "2018-06-12", ("王 建 国",))], [(P, OK, 60.0)],
         f"{A5} 第5条"),
    Case("award-level-unknown-points-to-award-rules", [award(None, "science_technology", "2018-03-01")],
         [(P, NR, None)], f"{A5} 第6条"),
    Case("patent-kind-unknown-points-to-patent-rules", [patent(None, "2018-06-12", (PERSON,))], [(P, NR, None)],
         f"{A5} 第5条"),
    Case("competition-has-no-rule", [award("municipal", "competition", "2018-03-01")], [(P, NR, None)],
         "益人社函〔2018〕47号"),
    Case("other-document-has-no-rule", [ev("other", holder=PERSON, issued_on="2018-01-01")], [(P, NR, None)],
         "益人社函〔2018〕47号"),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_yiyang_case(case: Case) -> None:
    run_case(POLICY, YEAR, case)


def test_every_yiyang_rule_is_exercised() -> None:
    assert {r.id for r in load_policy(POLICY).rules} <= rules_seen(POLICY, YEAR, CASES)


def test_sign_in_sheet_names_what_is_missing() -> None:
    credits = run_case(POLICY, YEAR, CASES[[c.id for c in CASES].index("sign-in-sheet-alone-needs-review")])
    assert (
        "结业证书" in credits.suggestions[0].explanation and "培训通知" in credits.suggestions[0].explanation
    )


def test_yiyang_requirement_and_shortfall() -> None:
    credits = run_case(POLICY, YEAR, CASES[0])
    assert credits.requirement.model_dump() == {"public": 30.0, "professional": 60.0, "total": 90.0}
    assert credits.shortfall.model_dump() == {"public": 30.0, "professional": 0.0, "total": 30.0}
