"""A person the record does not name: not_eligible only where a rule applies and grants nothing (contract §2)."""

from __future__ import annotations

from rules.engine import evaluate
from rules.loader import load_policy
from tests.rules.credits_factory import PERSON, ev, paper


def _statuses(policy: str, record, year: int = 2020) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.status for s in evaluate(load_policy(policy), PERSON, year, [("e1", record)]).suggestions]


def someone_elses_project():  # type: ignore[no-untyped-def]
    leader = [{"name": "李明", "rank": 1, "role": "project_leader"}]
    return ev("project_completion", title="某课题", issuer="湖南省教育科学规划领导小组办公室",
              issued_on="2020-06-01", people=leader)  # fmt: skip


def test_a_notice_that_prices_projects_refuses_a_person_the_record_does_not_name() -> None:
    assert _statuses("yiyang-2018", someone_elses_project()) == ["not_eligible"]


def test_a_notice_that_leaves_projects_to_a_reviewer_refuses_no_one_for_a_name() -> None:
    # Dezhou 2017 has a project rule whose outcome is a reviewer's decision: an unread name changes nothing.
    assert _statuses("dezhou-2017", someone_elses_project()) == ["needs_review"]


def test_a_notice_silent_on_an_activity_still_dates_it_outside_the_year() -> None:
    record = paper(2018, ["national"], ("李明",), issued_on="2018-05-01")
    assert _statuses("kaifeng-2016", record, year=2020) == ["not_eligible"]
    assert _statuses("kaifeng-2016", record, year=2018) == ["needs_review"]
