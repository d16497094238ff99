"""Duplicate claims as a pure function: the same proof by the same owner, whatever the bytes or the year."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from models.contract import Evidence
from review.duplicates import Claim, duplicate_of, duplicates, fingerprints, isbn_digits

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def truth(name: str, **changes: Any) -> Evidence:
    record = copy.deepcopy(json.loads((FIXTURES / f"{name}.truth.json").read_text("utf-8"))["evidence"])
    return Evidence.model_validate({**record, **changes})


def test_a_rescan_with_other_confidences_and_boxes_is_the_same_proof() -> None:
    first = truth("training_cert_clean", certificate_number="KA2020-0123")
    rescan = truth("training_cert_clean", certificate_number="ka 2020-0123",
                   confidence={"title": 0.4}, provenance={})  # fmt: skip
    match = duplicate_of(Claim("b", "u1", rescan), [Claim("a", "u1", first)])
    assert match is not None and match.earlier == "a" and match.key.startswith("cert:")


def test_the_same_patent_in_another_year_is_the_same_proof() -> None:
    earlier = truth("patent_clean")
    later = truth("patent_clean", issued_on="2021-05-29", title="一种秸杆还田装置")  # OCR misread, new year
    match = duplicate_of(Claim("b", "u1", later), [Claim("a", "u1", earlier)])
    assert match is not None and match.key.startswith("patent:") and match.reason == "专利号相同"


def test_co_inventors_each_claiming_a_patent_are_not_duplicates() -> None:
    patent = truth("patent_clean")
    claims = [Claim("a", "dingchao", patent), Claim("b", "lixin", truth("patent_clean"))]
    assert duplicates(claims) == {}


def test_two_people_on_one_sign_in_sheet_are_not_duplicates() -> None:
    sheet = Evidence.model_validate({"evidence_type": "sign_in_sheet", "title": "培训", "issuer": "局",
                                     "issued_on": "2020-01-02", "people": [{"name": "甲", "rank": 1, "role": "attendee"}]})  # fmt: skip
    assert duplicates([Claim("a", "甲", sheet), Claim("b", "乙", sheet)]) == {}
    assert not fingerprints(sheet), "a sheet alone says nothing of whose proof it is"


def test_title_issuer_date_holder_match_without_numbers() -> None:
    base = {"evidence_type": "training_certificate", "title": "现代农业 技术推广培训", "issuer": "益阳市人社局",
            "issued_on": "2018-05-15", "holder": "王建国"}  # fmt: skip
    again = {**base, "title": "现代农业技术推广培训。"}
    claims = [Claim("a", "u", Evidence.model_validate(base)), Claim("b", "u", Evidence.model_validate(again))]
    assert duplicates(claims)["b"].earlier == "a"
    other_date = Evidence.model_validate({**base, "issued_on": "2019-05-15"})
    assert duplicate_of(Claim("c", "u", other_date), claims) is None


def test_journal_issue_and_title() -> None:
    j = {
        "name": "农业工程",
        "issn": "1000-8055",
        "cn": None,
        "year": 2021,
        "volume": "12",
        "issue": "3",
        "levels": [],
    }
    paper = {"evidence_type": "journal_article", "title": "秸秆还田研究", "journal": j}
    same = Evidence.model_validate(paper)
    other_paper = Evidence.model_validate({**paper, "title": "另一篇文章"})
    other_issue = Evidence.model_validate({**paper, "journal": {**j, "issue": "4"}})
    earlier = [Claim("a", "u", Evidence.model_validate(paper))]
    assert duplicate_of(Claim("b", "u", same), earlier) is not None
    assert duplicate_of(Claim("c", "u", other_paper), earlier) is None
    assert duplicate_of(Claim("d", "u", other_issue), earlier) is None


@pytest.mark.parametrize(("raw", "digits"), [("ISBN 978-7-5046-1234-5", "9787504612345"),
                                              ("7-5046-1234-X", "9787504612342"), ("123", None)])  # fmt: skip
def test_isbn_forms(raw: str, digits: str | None) -> None:
    assert isbn_digits(raw) == digits


def test_a_certificate_and_its_sign_in_sheet_are_not_duplicates() -> None:
    cert = truth("training_cert_clean")
    sheet = Evidence.model_validate({**cert.to_json(), "evidence_type": "sign_in_sheet", "holder": None})
    assert duplicates([Claim("a", "u", cert), Claim("b", "u", sheet)]) == {}
