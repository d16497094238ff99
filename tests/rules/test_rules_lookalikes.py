"""A claimant whose rare surname OCR read as its lookalike (逄 as 逢) keeps the credit, at a confidence that
sends it to a reviewer; a name that differs otherwise is still not theirs."""

from __future__ import annotations

import pytest

from rules import activities, confidence
from rules.activities import misread_as, place_of
from rules.confidence import LOOKALIKE, suggestion_trust
from rules.engine import evaluate
from rules.loader import load_policy
from tests.rules.credits_factory import OK, ev, patent


@pytest.fixture
def table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(activities, "lookalikes", lambda: {"逄": frozenset("逢"), "仝": frozenset("全")})


@pytest.mark.parametrize(
    ("person", "read", "want"),
    [
        ("逄永宸", "逢永宸", True),  # the surname read as its lookalike
        ("张仝", "张全", True),  # in the given name too: the table is per character
        ("逢永宸", "逄永宸", False),  # the other way round is not a misreading the table knows
        ("逄永宸", "逢永晨", False),  # a second character differs
        ("逄永宸", "逢永", False),  # a character lost
        ("逄永宸", "冯永宸", False),  # differs by a character that is not the lookalike
        ("逄", "逢", False),  # one character is too little to go on
        ("逄永宸", None, False),
    ],
)
def test_a_misreading_is_one_lookalike_character_and_nothing_else(
    table: None, person: str, read: str | None, want: bool
) -> None:
    assert misread_as(person, read) is want


def test_the_shipped_table_knows_the_misreadings_the_models_make_most() -> None:
    table = activities.lookalikes()
    assert "逢" in table["逄"] and "元" in table["亓"] and "全" in table["仝"]
    assert all(len(k) == 1 and v and all(len(c) == 1 for c in v) for k, v in table.items())


def test_the_exact_name_is_preferred_to_a_lookalike(table: None) -> None:
    record = patent("invention", "2020-05-12", ("逢永宸", "逄永宸"))
    place = place_of("逄永宸", record)
    assert place.entry is not None and place.entry.rank == 2 and place.misread is None


def test_a_lookalike_of_the_holder_places_the_claimant(table: None) -> None:
    record = ev("training_certificate", holder="逢永宸", title="公需科目培训")
    assert place_of("逄永宸", record).misread == "逢永宸"
    assert not place_of("冯永宸", record).named


def test_a_misread_inventor_keeps_the_credit_for_a_reviewer_to_check(
    table: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(confidence, "_table", lambda: {})
    read = {"evidence_type": 0.99, "people": 0.98, "patent.kind": 0.99, "patent.granted_on": 0.99}
    record = patent("invention", "2020-05-12", ("刘洋", "逢永宸")).model_copy(update={"confidence": read})
    misread = evaluate(load_policy("dezhou-2017"), "逄永宸", 2020, [("e1", record)]).suggestions
    exact = evaluate(load_policy("dezhou-2017"), "逢永宸", 2020, [("e1", record)]).suggestions
    assert [(s.status, s.hours) for s in misread] == [(s.status, s.hours) for s in exact]
    assert misread[0].status == OK and misread[0].hours
    trust = suggestion_trust(record, "逄永宸", OK)
    assert (trust.value, trust.field) == (LOOKALIKE, "people")
    assert "逢永宸" in trust.reason
    assert suggestion_trust(record, "逢永宸", OK).value == 0.98
