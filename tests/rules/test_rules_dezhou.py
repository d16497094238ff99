"""Golden cases for 德人社字〔2017〕51号 (Dezhou 2017): 二 public course, 三.1-3 conversions and their caps."""

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
    project,
    qualification,
    rules_seen,
    run_case,
    training,
)

from rules.loader import load_policy

POLICY, YEAR = "dezhou-2017", 2017
D = "德人社字〔2017〕51号"

CASES = [
    Case("public-course-online-30", [training("公需科目：信息化能力建设与网络安全", None, None, None,
                                              issued_on="2017-06-20")], [(U, OK, 30.0)], f"{D} 二"),
    Case("stated-hours-capped-8-a-day", [training("专题讲座", "2017-05-01", "2017-05-02", 20)], [(P, OK, 16.0)],
         f"{D} 三、1"),
    Case("stated-hours-under-cap", [training("专题讲座", "2017-05-01", "2017-05-02", 12)], [(P, OK, 12.0)],
         f"{D} 三、1"),
    Case("three-days-no-hours", [training("岗位培训", "2017-08-01", "2017-08-03")], [(P, OK, 24.0)], f"{D} 三、1"),
    Case("conversions-10-each-capped-30-latest-cut", [
        award("provincial", "science_technology", "2017-11-01"),  # latest: cut to 0
        paper(2017, ["national"], ("甲", PERSON), issued_on="2017-06-01"),
        patent("utility_model", "2017-03-01", (PERSON,)),
        book("2017-01-15", "translator", 1),
    ], [(P, NE, 0.0), (P, OK, 10.0), (P, OK, 10.0), (P, OK, 10.0)], f"{D} 三、3"),
    Case("paper-dated-by-journal-year-only-counts-as-year-end", [
        paper(2017, ["national"], (PERSON,)),
        patent("invention", "2017-02-01", (PERSON,)),
        patent("invention", "2017-12-01", (PERSON,)),
        patent("invention", "2017-04-01", (PERSON,)),
    ], [(P, NE, 0.0), (P, OK, 10.0), (P, OK, 10.0), (P, OK, 10.0)], f"{D} 三、3"),
    Case("cap-cuts-the-latest-whatever-the-order", [
        patent("invention", "2017-02-01", (PERSON,)),
        patent("invention", "2017-09-01", (PERSON,)),
        patent("invention", "2017-01-01", (PERSON,)),
        patent("invention", "2017-04-01", (PERSON,)),
    ], [(P, OK, 10.0), (P, NE, 0.0), (P, OK, 10.0), (P, OK, 10.0)], f"{D} 三、3", cited=1),
    Case("any-award-10", [award("municipal", "other", "2017-05-01")], [(P, OK, 10.0)], f"{D} 三、3"),
    Case("award-of-2016", [award("municipal", "science_technology", "2016-05-01")], [(P, NE, 0.0)], f"{D} 三、3"),
    Case("project-needs-employer", [project("德州市科学技术局", "2017-06-01", 1)], [(P, NR, None)], f"{D} 三、3"),
    Case("self-study-needs-employer-file", [qualification("self_study_exam", "2017-04-01")], [(P, NR, None)],
         f"{D} 三、2"),
    Case("computer-exam-no-rule", [qualification("computer_exam", "2017-04-01", ["Word"])], [(P, NR, None)], D),
    Case("fourteen-days-no-hours", [training("脱产进修", "2017-08-01", "2017-08-14")], [(P, OK, 112.0)],
         f"{D} 三、1"),
    # two months from first to last day are not sixty full days of training: a reviewer counts them
    Case("two-months-no-hours-is-reviewed", [training("进修", "2017-03-01", "2017-04-30")], [(P, NR, None)],
         f"{D} 三、1"),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_dezhou_case(case: Case) -> None:
    run_case(POLICY, YEAR, case)


def test_every_dezhou_rule_is_exercised() -> None:
    assert {r.id for r in load_policy(POLICY).rules} <= rules_seen(POLICY, YEAR, CASES)


def test_cut_item_says_so() -> None:
    """三、3: 折算学时每年累计不超过30学时; the cut item keeps its explanation and names the cap."""
    credits = run_case(POLICY, YEAR, CASES[4])
    cut = credits.suggestions[0]
    assert (
        cut.explanation.startswith("成果类")
        and "不超过30学时" in cut.explanation
        and "削减" in cut.explanation
    )
    assert credits.totals.professional == 30.0 and credits.person == PERSON
