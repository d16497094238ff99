"""Golden cases for the Kaifeng 2016 opinion: 三 hours-based assessment and its title-level public minimums."""

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
    paper,
    patent,
    rules_seen,
    run_case,
    training,
)

from rules.engine import EvalOptions, requirement_for
from rules.loader import load_policy

POLICY, YEAR = "kaifeng-2016", 2016
K = "开封2016意见"

CASES = [
    Case("public-course-stated-hours", [training("2016年公需科目面授培训", "2016-07-10", "2016-07-13", 26)],
         [(U, OK, 26.0)], f"{K} 二、三"),
    Case("professional-five-days", [training("建设行业专业科目培训", "2016-09-05", "2016-09-09")], [(P, OK, 40.0)],
         f"{K} 一（一）、三"),
    Case("no-hours-no-period", [training("专业科目培训", None, None, None, issued_on="2016-09-09")], [(P, NR, None)],
         f"{K} 一（一）、三"),
    Case("training-of-2015", [training("专业科目培训", "2015-09-05", "2015-09-09")], [(P, NE, 0.0)], f"{K} 一（一）、三"),
    Case("paper-has-no-conversion", [paper(2016, ["national"], (PERSON,))], [(P, NR, None)], "开封"),
    Case("patent-has-no-conversion", [patent("invention", "2016-05-01", (PERSON,))], [(P, NR, None)], "开封"),
    Case("award-has-no-conversion", [award("provincial", "science_technology", "2016-05-01")], [(P, NR, None)],
         "开封"),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_kaifeng_case(case: Case) -> None:
    run_case(POLICY, YEAR, case)


def test_every_kaifeng_rule_is_exercised() -> None:
    assert {r.id for r in load_policy(POLICY).rules} <= rules_seen(POLICY, YEAR, CASES)


@pytest.mark.parametrize(
    ("title_level", "public"),
    [("senior", 26.0), ("intermediate", 26.0), ("junior", 22.0), (None, None)],
    ids=["senior-26", "intermediate-26", "junior-22", "unknown-level"],
)
def test_public_minimum_by_title_level(title_level: str | None, public: float | None) -> None:
    """三: 高、中级职称公需科目不少于26学时；初级职称不少于22学时；每年累计不得少于90学时."""
    requirement, notes = requirement_for(load_policy(POLICY), EvalOptions(title_level=title_level))  # type: ignore[arg-type]
    assert (requirement.public, requirement.professional, requirement.total) == (public, None, 90.0)
    assert any("18学时" in n for n in notes)


def test_junior_shortfall() -> None:
    case = Case("junior", CASES[0].items, CASES[0].want, CASES[0].clause, title_level="junior")
    credits = run_case(POLICY, YEAR, case)
    assert credits.shortfall.model_dump() == {"public": 0.0, "professional": None, "total": 64.0}
