"""Straight-through credit scoring (bench/straight.py) with the real rules engine."""

from __future__ import annotations

import copy
from typing import Any

from bench import straight
from bench.generator.truth import evidence, person


def record() -> dict[str, Any]:
    ev = evidence(
        "patent_certificate", title="一种秸秆还田装置", issuer="国家知识产权局", issued_on="2018-06-12",
        people=[person("李明", 1, "inventor"), person("王建国", 2, "inventor"), person("赵敏", 3, "inventor")],
        patent={"kind": "invention", "number": "ZL201710123456.7", "applied_on": "2017-03-02",
                "granted_on": "2018-06-12"},
    )  # fmt: skip
    return {"id": "0001", "evidence_type": "patent_certificate", "degradation": "scan", "evidence": ev,
            "claim": {"person": "赵敏", "year": 2018}}  # fmt: skip


def test_identical_evidence_agrees_under_every_policy() -> None:
    rec = record()
    pred = copy.deepcopy(rec["evidence"]) | {"confidence": {"evidence_type": 0.99, "people": 0.95}}
    doc = straight.score_document(rec, pred)
    assert len(doc.policies) == 5 and doc.agree_all
    assert all(p.truth and p.truth == p.pred for p in doc.policies)


def test_a_slid_rank_is_a_disagreement_where_the_rank_matters() -> None:
    rec = record()
    pred = copy.deepcopy(rec["evidence"])
    pred["people"] = [person("作者简介", 1, "inventor")] + [
        {**p, "rank": p["rank"] + 1} for p in pred["people"]
    ]  # a footnote word taken as the first inventor pushes the claimant out of the first three
    doc = straight.score_document(rec, pred)
    assert not doc.agree_all
    summary = straight.summarise([doc])
    assert summary["pairs"]["n"] == 5 and summary["pairs"]["agree"] < 1.0
    assert {d["policy"] for d in straight.disagreements([doc])} == {"yiyang-2018"}
    yiyang = next(p for p in doc.policies if p.policy == "yiyang-2018")
    assert yiyang.truth == [("suggested", 60.0, "professional")] and yiyang.pred[0][0] == "not_eligible"
    assert summary["decided"]["n"] == 2  # dezhou and yiyang decide patents; the others send them to review


def test_an_unreadable_document_disagrees() -> None:
    doc = straight.score_document(record(), None)
    assert not any(p.agree for p in doc.policies)


def test_claim_defaults_to_the_holder_or_first_person_and_the_rules_year() -> None:
    rec = record()
    del rec["claim"]
    assert straight.claim_of(rec) == ("李明", 2018)
