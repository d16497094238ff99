"""What a correction generalises into (review.facts.candidates) and the keys facts are matched on."""

from __future__ import annotations

import pytest

from models.tables_learning import fact_key
from review.facts import candidates

BASE = {"issuer": "湘中农业科技协会", "title": "2020年第3期能力提升培训班", "holder": "王建囯",
        "people": [{"name": "王建囯", "rank": 1, "role": "awardee"}],
        "award": {"name": "农业技术推广成果奖", "kind": "other", "level": None, "grade": "一等奖"},
        "journal": {"name": "现代农机通讯", "issn": "1234-5679", "cn": None, "levels": ["provincial"]}}  # fmt: skip


def test_award_level_and_kind_corrections_teach_the_issuer_and_the_award_name() -> None:
    fixed = {**BASE, "award": {**BASE["award"], "level": "municipal", "kind": "science_technology"}}
    assert candidates(BASE, fixed, ["award"]) == [
        ("award.level", "湘中农业科技协会", "municipal"), ("award.kind", "农业技术推广成果奖", "science_technology")]  # fmt: skip


def test_journal_levels_are_learned_for_every_identifier_the_correction_shows() -> None:
    fixed = {**BASE, "journal": {**BASE["journal"], "levels": ["pku_core", "provincial"]}}
    assert candidates(BASE, fixed, ["journal"]) == [
        ("journal.issn", "1234-5679", ["pku_core", "provincial"]), ("journal.name", "现代农机通讯", ["pku_core", "provincial"])]  # fmt: skip


def test_names_a_reviewer_adds_are_learned() -> None:
    fixed = {**BASE, "holder": "王建国", "people": [{"name": "王建国", "rank": 1, "role": "awardee"}]}
    assert candidates(BASE, fixed, ["holder", "people"]) == [("person.name", "王建国", True)]


@pytest.mark.parametrize(
    "fields, fixed",
    [
        (["title"], {**BASE, "title": "另一个题目"}),
        (["award"], BASE),
        (["journal"], {**BASE, "journal": {**BASE["journal"], "levels": []}}),
    ],
    ids=["title-only", "unchanged-award", "levels-removed"],
)
def test_corrections_that_do_not_generalise_teach_nothing(fields, fixed) -> None:  # type: ignore[no-untyped-def]
    assert candidates(BASE, fixed, fields) == []


def test_title_keys_drop_what_changes_between_sessions() -> None:
    assert fact_key("category.title", "2020年第3期 能力提升培训班") == fact_key(
        "category.title", "2021年度第十二期能力提升培训班（线上）"
    )
    assert fact_key("journal.cn", "43-1234/s ") == "43-1234/S"
