"""A journal's contents page lists several articles: the claimant's is the one whose authors name them."""

from __future__ import annotations

import pytest

from models.contract import Evidence
from rules.confidence import person_confidence
from rules.engine import evaluate
from rules.loader import load_policy
from tests.rules.credits_factory import PERSON, paper

POLICIES = ("dezhou-2017", "yantai-2020", "kaifeng-2016", "taian-2022", "yiyang-2018")


def contents_only(*articles: tuple[str, ...]) -> Evidence:
    """A paper record with no byline of its own, only the articles its contents page lists."""
    rec = paper(2019, ["pku_core"], (), issued_on="2019-06-01").model_dump(by_alias=True)
    rec["contents"] = [
        {"title": f"第{i}篇", "people": [{"name": n, "rank": r, "role": "author"} for r, n in enumerate(a, 1)],
         "confidence": 0.8}
        for i, a in enumerate(articles, 1)
    ]  # fmt: skip
    return Evidence.model_validate(rec)


def _credit(policy: str, ev: Evidence) -> list[tuple[str, str, float | None]]:
    credits = evaluate(load_policy(policy), PERSON, 2019, [("e1", ev)])
    return [(s.category, s.status, s.hours) for s in credits.suggestions]


@pytest.mark.parametrize("policy", POLICIES)
def test_the_claimants_listed_article_credits_as_its_byline_would(policy: str) -> None:
    listed = contents_only(("李明", "张华"), ("赵丽", PERSON, "孙强"))
    bylined = paper(2019, ["pku_core"], ("赵丽", PERSON, "孙强"), issued_on="2019-06-01")
    assert _credit(policy, listed) == _credit(policy, bylined)


@pytest.mark.parametrize("policy", ("dezhou-2017", "yiyang-2018"))  # the notices that price a core paper
def test_a_listed_article_is_credited_where_the_notice_prices_it(policy: str) -> None:
    listed = contents_only(("李明", "张华"), ("赵丽", PERSON, "孙强"))
    assert [status for _, status, _ in _credit(policy, listed)] == ["suggested"]


def test_a_notice_that_divides_by_authors_counts_the_listed_articles_authors() -> None:
    listed = contents_only(("李明", "张华", "周强"), ("赵丽", PERSON, "孙强"))
    bylined = paper(2019, ["national"], ("赵丽", PERSON, "孙强"), issued_on="2019-06-01")
    listed = listed.model_copy(update={"journal": bylined.journal})
    assert _credit("taian-2022", listed) == _credit("taian-2022", bylined)
    assert _credit("taian-2022", listed)[0][2] == round(125 / 3, 2)


@pytest.mark.parametrize("policy", ("dezhou-2017", "yiyang-2018", "taian-2022"))
def test_a_person_no_listed_article_names_gets_nothing(policy: str) -> None:
    listed = contents_only(("李明", "张华"), ("赵丽", "孙强"))
    assert [status for _, status, _ in _credit(policy, listed)] == ["not_eligible"]


def test_where_the_notice_has_no_rule_for_papers_a_reviewer_decides_whoever_is_named() -> None:
    listed = contents_only(("李明", "张华"), ("赵丽", "孙强"))
    assert [status for _, status, _ in _credit("kaifeng-2016", listed)] == ["needs_review"]


def test_the_confidence_is_that_of_the_article_that_names_the_claimant() -> None:
    listed = contents_only(("李明", "张华"), ("赵丽", PERSON))
    assert person_confidence(listed, PERSON) == ("people", 0.8)


def test_a_record_without_contents_leaves_the_key_out_of_its_json() -> None:
    assert "contents" not in paper(2019, ["pku_core"], (PERSON,)).to_json()
    assert contents_only((PERSON,)).to_json()["contents"][0]["people"][0]["name"] == PERSON
