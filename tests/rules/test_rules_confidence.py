"""Suggestion confidence comes from the fields the credit depends on, and names the one that set it."""

from __future__ import annotations

import pytest

from models.contract import Evidence
from rules import confidence
from rules.confidence import ABSENT, UNDECIDED, suggestion_trust


@pytest.fixture(autouse=True)
def raw_confidences(monkeypatch: pytest.MonkeyPatch) -> None:
    """These cases are about which field decides; the shipped calibration table is tested on its own."""
    monkeypatch.setattr(confidence, "_table", lambda: {})


def patent(**confidence: float) -> Evidence:
    return Evidence.model_validate({
        "evidence_type": "patent_certificate", "title": "一种装置",
        "people": [{"name": "程娟", "rank": 1, "role": "inventor"}, {"name": "王玲", "rank": 2, "role": "inventor"}],
        "patent": {"kind": "invention", "number": "ZL201710123456.7", "granted_on": "2018-06-12"},
        "issued_on": "2018-06-12", "confidence": confidence,
    })  # fmt: skip


def test_the_weakest_field_the_credit_depends_on_sets_it_and_is_named() -> None:
    ev = patent(evidence_type=0.97, people=0.95, **{"patent.kind": 0.7, "patent.granted_on": 0.99})
    trust = suggestion_trust(ev, "王玲", "suggested")
    assert (trust.value, trust.field) == (0.7, "patent.kind")
    assert "patent.kind" in trust.reason


def test_a_field_the_credit_does_not_use_does_not_lower_it() -> None:
    ev = patent(
        evidence_type=0.97, people=0.95, title=0.2, **{"patent.kind": 0.96, "patent.granted_on": 0.99}
    )
    assert suggestion_trust(ev, "程娟", "suggested").value == 0.95


def test_needs_review_is_never_trusted_highly() -> None:
    ev = patent(evidence_type=0.99, people=0.99, **{"patent.kind": 0.99, "patent.granted_on": 0.99})
    trust = suggestion_trust(ev, "程娟", "needs_review")
    assert (trust.value, trust.field) == (UNDECIDED, "policy")


def test_a_claimant_missing_from_their_own_proof_points_at_the_names() -> None:
    ev = patent(evidence_type=0.99, people=0.99, **{"patent.kind": 0.99, "patent.granted_on": 0.99})
    trust = suggestion_trust(ev, "包朝乐萌", "not_eligible")
    assert (trust.value, trust.field) == (ABSENT, "people")
    assert "包朝乐萌" in trust.reason


def test_training_depends_on_its_dates_hours_and_category() -> None:
    ev = Evidence.model_validate({
        "evidence_type": "training_certificate", "holder": "李明", "title": "公需科目培训", "hours_stated": 30,
        "period": {"start": "2021-03-01", "end": "2021-03-05"}, "category_stated": "public",
        "confidence": {"evidence_type": 0.98, "holder": 0.97, "period": 0.96, "hours_stated": 0.6,
                       "category_stated": 0.95, "title": 0.5},
    })  # fmt: skip
    trust = suggestion_trust(ev, "李明", "suggested")
    assert (trust.value, trust.field) == (0.6, "hours_stated")


def test_a_review_the_notice_itself_decides_keeps_the_evidence_confidence() -> None:
    from rules.confidence import review_by_policy
    from rules.loader import load_policy

    ev = patent(evidence_type=0.97, people=0.99, **{"patent.kind": 0.99, "patent.granted_on": 0.99})
    kaifeng = load_policy("kaifeng-2016")  # no conversion rules for patents at all
    assert review_by_policy(kaifeng, "patent", "needs_review", None)
    assert suggestion_trust(ev, "程娟", "needs_review", policy_review=True).value == 0.97
    yiyang = load_policy("yiyang-2018")  # has patent rules: a needs_review there means something was missing
    assert not review_by_policy(yiyang, "patent", "needs_review", None)


def test_a_review_forced_by_a_missing_year_is_not_the_policys_own() -> None:
    from rules.confidence import review_by_policy
    from rules.loader import load_policy

    yiyang = load_policy("yiyang-2018")
    rule = next(r for r in yiyang.rules if r.activity == "patent" and r.status == "suggested")
    assert not review_by_policy(yiyang, "patent", "needs_review", rule.id)  # matched, but no year was read
    yantai = load_policy("yantai-2020")
    own = next((r for r in yantai.rules if r.status == "needs_review"), None)
    assert own is not None and review_by_policy(yantai, own.activity, "needs_review", own.id)


def _days_counted(notes: dict) -> Evidence:
    return Evidence.model_validate({
        "evidence_type": "training_certificate", "holder": "雷凯岩", "title": "儿童静脉治疗护理规范培训班",
        "period": {"start": "2022-05-01", "end": "2022-05-02"}, "extraction_notes": notes,
        "confidence": {"evidence_type": 0.98, "holder": 0.97, "period": 0.96, "title": 0.97},
    })  # fmt: skip


def test_hours_counted_from_days_beside_an_unread_figure_are_unsure() -> None:
    ev = _days_counted({"hours_unread": "证书编号：泰202206503 培训课时 32"})
    trust = suggestion_trust(ev, "雷凯岩", "suggested")
    assert (trust.value, trust.field) == (confidence.UNREAD_HOURS, "hours_stated")
    assert "培训课时 32" in trust.reason


def test_hours_counted_from_days_on_a_proof_printing_none_keep_the_dates_trust() -> None:
    trust = suggestion_trust(_days_counted({}), "雷凯岩", "suggested")
    assert (trust.value, trust.field) == (0.96, "period")
