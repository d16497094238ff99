"""Golden cases for the Tai'an 2022 notice: 二（一） requirement, 二（二） training, 二（三）1-4 conversions."""

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
    paper,
    patent,
    qualification,
    rules_seen,
    run_case,
    training,
)

from rules.loader import load_policy

POLICY, YEAR = "taian-2022", 2022
C = "泰安2022通知 二（三）"

CASES = [
    Case("paper-national-three-authors", [paper(2022, ["national"], ("甲", PERSON, "乙"))], [(P, OK, 41.67)], f"{C}3"),
    Case("paper-foreign-two-authors", [paper(2022, ["foreign", "sci"], (PERSON, "甲"))], [(P, OK, 112.5)], f"{C}3"),
    Case("paper-provincial-one-author", [paper(2022, ["provincial"], (PERSON,))], [(P, OK, 50.0)], f"{C}3"),
    Case("paper-municipal-four-authors", [paper(2022, ["municipal"], ("甲", "乙", "丙", PERSON))], [(P, OK, 6.25)],
         f"{C}3"),
    Case("paper-national-and-provincial-takes-national", [paper(2022, ["provincial", "national"], (PERSON,))],
         [(P, OK, 125.0)], f"{C}3"),
    Case("paper-index-only-level-unknown", [paper(2022, ["sci"], (PERSON,))], [(P, NR, None)], f"{C}3"),
    Case("paper-no-level", [paper(2022, [], (PERSON,))], [(P, NR, None)], f"{C}3"),
    Case("paper-2021-wrong-year", [paper(2021, ["national"], (PERSON,))], [(P, NE, 0.0)], f"{C}3"),
    Case("award-national-any-rank", [award("national", "science_technology", "2022-01-09", rank=9)],
         [(P, OK, 150.0)], f"{C}2"),
    Case("award-provincial", [award("provincial", "science_technology", "2022-05-01", rank=1)], [(P, OK, 125.0)],
         f"{C}2"),
    Case("award-municipal", [award("municipal", "science_technology", "2022-05-01", rank=2)], [(P, OK, 75.0)],
         f"{C}2"),
    Case("award-county", [award("county", "science_technology", "2022-05-01", rank=None)], [(P, OK, 50.0)], f"{C}2"),
    Case("award-bureau-level-not-listed", [award("bureau", "science_technology", "2022-05-01")], [(P, NR, None)],
         f"{C}2"),
    Case("award-social-science-by-level-too", [award("provincial", "social_science", "2022-05-01")],
         [(P, OK, 125.0)], f"{C}2"),
    Case("award-level-unknown", [award(None, "science_technology", "2022-05-01")], [(P, NR, None)], f"{C}2"),
    Case("book-editor-in-chief", [book("2022-03-01", "editor_in_chief", 1)], [(P, OK, 100.0)], f"{C}4"),
    Case("book-deputy-editor", [book("2022-03-01", "deputy_editor", 2)], [(P, OK, 85.0)], f"{C}4"),
    Case("book-editorial-board", [book("2022-03-01", "editorial_board", 5)], [(P, OK, 20.0)], f"{C}4"),
    Case("book-translator-no-figure", [book("2022-03-01", "translator", 1)], [(P, NR, None)], f"{C}4"),
    Case("graduation-100-a-year", [qualification("graduation", "2022-07-01")], [(P, OK, 100.0)], f"{C}1"),
    Case("self-study-exam-25-a-course", [qualification("self_study_exam", "2022-04-20")], [(P, OK, 25.0)], f"{C}1"),
    Case("postgraduate-courses-150", [qualification("postgraduate_courses", "2022-06-30")], [(P, OK, 150.0)],
         f"{C}1"),
    Case("master-degree-200", [qualification("master_degree", "2022-06-30")], [(P, OK, 200.0)], f"{C}1"),
    Case("doctor-degree-300", [qualification("doctor_degree", "2022-06-30")], [(P, OK, 300.0)], f"{C}1"),
    Case("computer-exam-no-rule", [qualification("computer_exam", "2022-06-30", ["Word"])], [(P, NR, None)],
         "泰安"),
    Case("patent-no-rule", [patent("invention", "2022-06-30", (PERSON,))], [(P, NR, None)], "泰安"),
    Case("public-course-online", [training("2022年公需科目：黄河流域生态保护", None, None, 30, issued_on="2022-08-01")],
         [(U, OK, 30.0)], "泰安2022通知 二（二）"),
    Case("professional-course-three-days", [training("乡村振兴专业课", "2022-09-05", "2022-09-07")],
         [(P, OK, 24.0)], "泰安2022通知 二（二）"),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_taian_case(case: Case) -> None:
    run_case(POLICY, YEAR, case)


def test_every_taian_rule_is_exercised() -> None:
    assert {r.id for r in load_policy(POLICY).rules} <= rules_seen(POLICY, YEAR, CASES)


def test_enterprise_staff_have_no_hard_requirement() -> None:
    """二（一）: 对企业专业技术人员继续教育学时不作硬性要求."""
    case = Case("enterprise", CASES[0].items, CASES[0].want, CASES[0].clause, employer_kind="enterprise")
    credits = run_case(POLICY, YEAR, case)
    assert credits.requirement.model_dump() == {"public": None, "professional": None, "total": None}
    assert credits.shortfall.model_dump() == {"public": None, "professional": None, "total": None}
    assert any("企业" in note and "不作硬性要求" in note for note in credits.notes)


def test_other_staff_keep_90_hours_and_are_told_about_enterprises() -> None:
    """二（一）: 每年累计应不少于90学时，其中公需课不少于30学时，专业课不少于60学时."""
    credits = run_case(POLICY, YEAR, CASES[0])
    assert credits.requirement.model_dump() == {"public": 30.0, "professional": 60.0, "total": 90.0}
    assert credits.shortfall.model_dump() == {"public": 30.0, "professional": 18.33, "total": 48.33}
    assert any("企业" in note for note in credits.notes)
    assert PERSON == credits.person
