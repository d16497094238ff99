"""The category a proof states (category_stated) beats the title heuristic; month-only dates count by year."""

from __future__ import annotations

import pytest
from credits_factory import PERSON, book, notice, training

from models.contract import Evidence
from rules import activities as act
from rules.engine import evaluate
from rules.loader import load_policy

POLICIES = {
    "dezhou-2017": 2017,
    "kaifeng-2016": 2016,
    "taian-2022": 2022,
    "yantai-2020": 2020,
    "yiyang-2018": 2018,
}
PUBLIC_RULE = {"dezhou-2017": "dezhou-2017/public-course"}


def _one(policy_id: str, record: Evidence, year: int | None = None) -> object:
    policy = load_policy(policy_id)
    credits = evaluate(policy, PERSON, year or POLICIES[policy_id], [("e1", record)])
    return credits.suggestions[0]


def _public_rule(policy_id: str) -> str:
    return PUBLIC_RULE.get(policy_id, f"{policy_id}/training-public")


@pytest.mark.parametrize("policy_id", sorted(POLICIES))
def test_stated_public_wins_over_a_cut_title(policy_id: str) -> None:
    # The title lost its second line (…公需科目培训); the proof's 科目 line still says 公需科目.
    y = POLICIES[policy_id]
    record = training(
        f"{y}年度专业技术人员继续教育", f"{y}-05-10", f"{y}-05-12", 12, category_stated="public"
    )
    found = _one(policy_id, record)
    assert found.category == "public"
    assert found.rule == _public_rule(policy_id)


@pytest.mark.parametrize("policy_id", sorted(POLICIES))
def test_stated_professional_wins_over_a_public_word_in_the_title(policy_id: str) -> None:
    y = POLICIES[policy_id]
    record = training(
        "公需与专业科目衔接研修班", f"{y}-05-10", f"{y}-05-12", 12, category_stated="professional"
    )
    found = _one(policy_id, record)
    assert found.category == "professional"
    assert found.rule != _public_rule(policy_id)


@pytest.mark.parametrize("policy_id", sorted(POLICIES))
def test_no_stated_category_falls_back_to_the_title(policy_id: str) -> None:
    y = POLICIES[policy_id]
    public = _one(policy_id, training("公需科目：网络安全", f"{y}-05-10", f"{y}-05-12", 12))
    professional = _one(policy_id, training("果树栽培技术培训", f"{y}-05-10", f"{y}-05-12", 12))
    assert (public.category, professional.category) == ("public", "professional")


@pytest.mark.parametrize("policy_id", sorted(POLICIES))
def test_month_only_issue_date_counts_in_its_year(policy_id: str) -> None:
    y = POLICIES[policy_id]
    record = book(f"{y}-09", "editor_in_chief", 1)
    assert "无法确定年度" not in _one(policy_id, record).explanation
    other = _one(policy_id, record, year=y + 1)
    assert other.status == "not_eligible" and f"{y}年度" in other.explanation


@pytest.mark.parametrize("policy_id", sorted(POLICIES))
def test_month_only_period_keeps_its_year_and_stated_hours(policy_id: str) -> None:
    y = POLICIES[policy_id]
    found = _one(policy_id, training("果树栽培技术培训", f"{y}-09", f"{y}-10", 12))
    assert found.status == "suggested" and found.hours is not None and found.hours > 0
    late = _one(policy_id, training("果树栽培技术培训", f"{y}-12", f"{y + 1}-01", 12))
    assert late.status == "not_eligible"


def test_year_and_days_of_month_only_dates() -> None:
    record = training("果树栽培技术培训", "2021-09", "2021-10")
    assert act.year_of(record, "training")[0] == 2021
    assert act.days_in(record) is None  # the days between two months are not known
    assert act.days_in(training("x", "2021-09-01", "2021-09-03")) == 3
    assert act.year_of(book("2021-09", "editor_in_chief", 1), "book")[0] == 2021


def test_month_only_sorts_after_dated_days_of_that_month() -> None:
    month = book("2021-09", "editor_in_chief", 1)
    dated = book("2021-09-30", "editor_in_chief", 1)
    assert act.date_of(dated, "book") < act.date_of(month, "book") < "2021-10-01"


@pytest.mark.parametrize("policy_id", sorted(POLICIES))
def test_a_companion_notice_states_the_category_for_the_certificate(policy_id: str) -> None:
    y = POLICIES[policy_id]
    title = f"{y}年度专业技术人员继续教育培训班"
    cert = training(title, f"{y}-05-10", f"{y}-05-12", 12)
    note = notice(title, f"{y}-05-10", f"{y}-05-12", category_stated="public")
    credits = evaluate(load_policy(policy_id), PERSON, y, [("e1", cert), ("e2", note)])
    assert credits.suggestions[0].category == "public"
