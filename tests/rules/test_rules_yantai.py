"""Golden cases for 烟人社字〔2020〕95号 (Yantai 2020): 一（二） competitions, 二 training, 二（二）3 referrals."""

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

POLICY, YEAR = "yantai-2020", 2020
Y = "烟人社字〔2020〕95号"

CASES = [
    Case("competition-gives-public-5-and-professional-30", [award("municipal", "competition", "2020-10-01")],
         [(U, OK, 5.0), (P, OK, 30.0)], f"{Y} 一（二）"),
    Case("second-competition-past-the-ceilings", [award("municipal", "competition", "2020-10-01"),
                                                   award("provincial", "competition", "2020-11-01")],
         [(U, OK, 5.0), (P, OK, 30.0), (U, NE, 0.0), (P, NE, 0.0)], f"{Y} 一（二）", cited=2),
    Case("paper-referred-to-unloaded-32", [paper(2020, ["pku_core"], (PERSON,))], [(P, NR, None)], f"{Y} 二（二）3"),
    Case("patent-referred", [patent("invention", "2020-03-01", (PERSON,))], [(P, NR, None)], f"{Y} 二（二）3"),
    Case("award-referred", [award("provincial", "science_technology", "2020-03-01")], [(P, NR, None)],
         f"{Y} 二（二）3"),
    Case("book-referred", [book("2020-03-01", "editor_in_chief", 1)], [(P, NR, None)], f"{Y} 二（二）3"),
    Case("project-referred", [project("烟台市科学技术局", "2020-03-01", 1)], [(P, NR, None)], f"{Y} 二（二）3"),
    Case("qualification-referred", [qualification("graduation", "2020-07-01")], [(P, NR, None)], f"{Y} 二（二）3"),
    Case("public-course-certificate", [training("2020年公需科目", None, None, 30, issued_on="2020-09-30")],
         [(U, OK, 30.0)], f"{Y} 二（一）"),
    Case("professional-training-two-days", [training("农业技术培训", "2020-10-12", "2020-10-13")],
         [(P, OK, 16.0)], f"{Y} 二（二）"),
    Case("training-after-2020", [training("农业技术培训", "2020-12-30", "2021-01-02")], [(P, NE, 0.0)],
         f"{Y} 二（二）"),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_yantai_case(case: Case) -> None:
    run_case(POLICY, YEAR, case)


def test_every_yantai_rule_is_exercised() -> None:
    assert {r.id for r in load_policy(POLICY).rules} <= rules_seen(POLICY, YEAR, CASES)


def test_competition_figures_are_marked_as_ceilings() -> None:
    credits = run_case(POLICY, YEAR, CASES[0])
    assert all("上限" in s.explanation for s in credits.suggestions)


def test_paper_names_the_missing_document() -> None:
    credits = run_case(POLICY, YEAR, CASES[2])
    assert "烟人社发〔2019〕32号" in credits.suggestions[0].explanation
