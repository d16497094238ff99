"""The generator's truth: deterministic per seed, valid against the contract, consistent with what is printed."""

from __future__ import annotations

import json
import random
from pathlib import Path

import jsonschema
import pytest

from bench.generator import LAYOUTS, build
from bench.generator import values as V
from bench.generator.truth import SCORED, get_path

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT.parent / "shared" / "contract" / "evidence.schema.json").read_text())
TYPES = sorted(LAYOUTS)


def _text(doc) -> str:
    return "".join("".join(p.lines()) for p in doc.pages).replace(" ", "")


@pytest.mark.parametrize("evidence_type", TYPES, ids=TYPES)
def test_same_seed_gives_same_document(evidence_type: str) -> None:
    a, b = build(evidence_type, random.Random("s:3")), build(evidence_type, random.Random("s:3"))
    assert a.evidence == b.evidence
    assert [p.lines() for p in a.pages] == [p.lines() for p in b.pages]
    c = build(evidence_type, random.Random("s:4"))
    assert [p.lines() for p in c.pages] != [p.lines() for p in a.pages]


@pytest.mark.parametrize("evidence_type", TYPES, ids=TYPES)
def test_truth_validates_against_contract_schema(evidence_type: str) -> None:
    for seed in range(12):
        doc = build(evidence_type, random.Random(seed))
        jsonschema.validate(doc.evidence, SCHEMA)
        assert doc.evidence["evidence_type"] == evidence_type
        assert doc.evidence["pages"] == len(doc.pages)
        assert set(doc.scored) <= set(SCORED[evidence_type])


@pytest.mark.parametrize("evidence_type", TYPES, ids=TYPES)
def test_scored_text_fields_are_printed(evidence_type: str) -> None:
    """Every scored name/title/issuer in the truth can be read off the page (ignoring line wraps and spaces)."""
    for seed in range(12):
        doc = build(evidence_type, random.Random(seed))
        printed = _text(doc)
        for field in ("holder", "title", "award.grade", "qualification.subject", "book.publisher", "journal.name",
                      "journal.issn", "journal.cn"):  # fmt: skip
            value = get_path(doc.evidence, field)
            if field in doc.scored and isinstance(value, str):
                assert value.replace(" ", "") in printed, (field, value)
        for p in doc.evidence["people"] if "people" in doc.scored else []:
            assert p["name"] in printed
        if "issuer" in doc.scored and evidence_type != "patent_certificate":
            assert doc.evidence["issuer"] in printed


@pytest.mark.parametrize("evidence_type", TYPES, ids=TYPES)
def test_each_type_has_several_layouts(evidence_type: str) -> None:
    layouts = {build(evidence_type, random.Random(seed)).layout for seed in range(40)}
    assert len(layouts) >= 2, layouts


def _zl_ok(number: str) -> bool:
    digits, check = number[2:].split(".")
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return "0123456789X"[sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11] == check


def _issn_ok(issn: str) -> bool:
    d = issn.replace("-", "")
    total = sum((10 if c == "X" else int(c)) * w for c, w in zip(d, range(8, 0, -1), strict=False))
    return total % 11 == 0


def _isbn_ok(isbn: str) -> bool:
    d = [int(c) for c in isbn.replace("-", "")]
    return len(d) == 13 and sum(x * (3 if i % 2 else 1) for i, x in enumerate(d)) % 10 == 0


def test_check_digit_helpers_agree_with_known_numbers() -> None:
    assert V.zl_check("202021798230") == "4"  # ZL 2020 2 1798230.4, from the issue
    assert _issn_ok("0028-0836") and not _issn_ok("0028-0837")
    assert _isbn_ok("978-0-306-40615-7") and not _isbn_ok("978-0-306-40615-8")
    assert V.isbn13_check("978030640615") == "7"
    assert V.issn_check("0028083") == "6"


def test_generated_numbers_have_valid_check_digits() -> None:
    rng = random.Random(11)
    for _ in range(200):
        kind = rng.choice(["invention", "utility_model", "design"])
        number = V.zl_number(rng, rng.randint(2004, 2024), kind)
        assert _zl_ok(number), number
        assert number[6] == {"invention": "1", "utility_model": "2", "design": "3"}[kind]
        assert _isbn_ok(V.isbn(rng, rng.choice(list(V.PUBLISHERS))))
    for row in V.journals():
        assert _issn_ok(row["issn"]), row


@pytest.mark.parametrize("evidence_type", ["patent_certificate", "journal_article", "book"])
def test_documents_print_valid_numbers(evidence_type: str) -> None:
    for seed in range(15):
        ev = build(evidence_type, random.Random(seed)).evidence
        if ev["patent"]:
            assert _zl_ok(ev["patent"]["number"])
        if ev["journal"]:
            assert _issn_ok(ev["journal"]["issn"])
        if ev["book"]:
            assert _isbn_ok(ev["book"]["isbn"])


def test_dates_print_in_every_style() -> None:
    import datetime as dt

    d = dt.date(2018, 6, 6)
    printed = {s: V.fmt_date(d, s) for s in V.DATE_STYLES}
    assert printed["cnnum"] == "二〇一八年六月六日"
    assert (
        printed["cjk"] == "2018年6月6日" and printed["dot"] == "2018.06.06" and printed["dash"] == "2018-6-6"
    )
    assert V.fmt_date(dt.date(2020, 12, 31), "cnnum") == "二〇二〇年十二月三十一日"
    assert V.fmt_date(dt.date(2019, 10, 20), "cnnum") == "二〇一九年十月二十日"
