"""bench/learn_eval.py: a fixed split, corrections made of the truth, and what counts as sharing."""

from __future__ import annotations

from bench import learn_eval


def test_split_is_every_other_document_in_id_order() -> None:
    records = [{"id": f"d{i}"} for i in (3, 0, 2, 1)]
    corrected, held = learn_eval.split(records)
    assert [r["id"] for r in corrected] == ["d0", "d2"] and [r["id"] for r in held] == ["d1", "d3"]


def test_a_correction_changes_exactly_the_fields_extraction_got_wrong() -> None:
    truth = {"evidence_type": "award_certificate", "holder": "王建国", "issuer": "湘中农业科技协会",
             "award": {"name": "成果奖", "kind": "other", "level": "municipal", "grade": "一等奖"}}  # fmt: skip
    pred = {**truth, "award": {**truth["award"], "level": None}, "confidence": {"holder": 0.9}}
    fixed, fields = learn_eval.correction(truth, pred)
    assert fields == ["award"] and fixed["award"]["level"] == "municipal" and fixed["holder"] == "王建国"


def test_documents_share_a_journal_or_an_issuer() -> None:
    a = {"evidence": {"issuer": "湘中 农业科技协会", "journal": None}}
    b = {"evidence": {"issuer": None, "journal": {"name": "现代农机", "issn": "1234-5679", "cn": None}}}
    assert learn_eval.shared_keys(a) == {("issuer", "湘中农业科技协会")}
    assert learn_eval.shared_keys(b) == {("journal.issn", "1234-5679"), ("journal.name", "现代农机")}
