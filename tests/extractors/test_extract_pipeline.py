"""extract() end to end on odd input: no pages, empty pages, several pages, the public interface."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

import extractors
from extractors import ExtractContext, JournalCatalogue, default_context, extract
from extractors.orgs import repair
from models.contract import Evidence
from models.pages import PageText

_SCHEMA = json.loads(
    (Path(__file__).resolve().parents[3] / "shared" / "contract" / "evidence.schema.json").read_text(
        encoding="utf-8"
    )
)


def _pages_from_text(text: str) -> list[PageText]:
    from extract_pages import pages_from_text  # hypothesis tests cannot take function fixtures

    return pages_from_text(text)


def test_public_interface() -> None:
    ctx = default_context()
    assert isinstance(ctx, ExtractContext) and isinstance(ctx.catalogue, JournalCatalogue)
    assert default_context() is ctx  # loaded once
    assert set(extractors.__all__) >= {"ExtractContext", "JournalCatalogue", "default_context", "extract"}


def test_no_text_gives_a_valid_other_record(ctx, evidence_schema) -> None:
    record = extract([PageText(1, 100, 100, (), "fake")], ctx)
    assert isinstance(record, Evidence)
    data = record.to_json()
    jsonschema.validate(data, evidence_schema)
    assert data["evidence_type"] == "other" and data["pages"] == 1
    assert data["confidence"]["evidence_type"] < 0.7


def test_pages_counted_and_fields_found_on_page_two(make_pages, ctx) -> None:
    pages = make_pages("封面\n=== page ===\n# 发明专利证书\n专利号：ZL 2017 1 0123456.0")
    data = extract(pages, ctx).to_json()
    assert data["pages"] == 2
    assert data["patent"]["number"] == "ZL201710123456.0"
    assert data["provenance"]["patent.number"]["page"] == 2


def test_low_ocr_confidence_lowers_field_confidence(make_pages, ctx) -> None:
    text = "# 发明专利证书\n专利号：ZL 2017 1 0123456.0"
    sure = extract(make_pages(text, conf=0.99), ctx).to_json()["confidence"]["patent.number"]
    unsure = extract(make_pages(text, conf=0.3), ctx).to_json()["confidence"]["patent.number"]
    assert unsure < sure


def test_org_repair_fixes_a_department_and_a_place_printed_elsewhere() -> None:
    assert repair("青岛市力资源和社会保障局")[0] == "青岛市人力资源和社会保障局"
    assert repair("早原县人民政府", ["荣获平原县科学技术进步奖"])[0] == "平原县人民政府"
    assert repair("山东农业大学") == ("山东农业大学", 0)


ALPHABET = (
    "证书专利号ZL年月日至学时共计主编ISBN978-0123456789.:：、，第完成人李王张明华同志签到表通知目次CN/ "
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=40), max_size=12))
def test_any_text_gives_a_valid_record(lines: list[str]) -> None:
    """Whatever OCR hands over, extraction returns a record that satisfies the contract; it never raises."""
    pages = _pages_from_text("\n".join(lines))
    data = extract(pages, default_context()).to_json()
    jsonschema.validate(data, _SCHEMA)
    assert 0 <= data["confidence"]["evidence_type"] <= 1


def test_people_confidence_is_the_shakiest_reading_and_each_person_has_one(make_pages, ctx) -> None:
    text = "# 发明专利证书\n发明人：李明;包朝乐萌;王建国\n专利号：ZL201910345678.6\n"
    record = extract(make_pages(text), ctx).to_json()
    confs = [record["confidence"][f"people.{i}"] for i in range(3)]
    assert record["confidence"]["people"] == min(confs)
    assert confs[0] >= 0.9 and confs[1] < 0.8  # a four-character name could be two names run together


def test_mangled_patent_reads_the_same_under_tesseract_row_building(make_pages, ctx) -> None:
    text = (Path(__file__).parent / "golden" / "patent_tesseract_mangled_labels.txt").read_text(
        encoding="utf-8"
    )
    record = extract(make_pages(text, engine="tesseract"), ctx).to_json()
    assert [p["name"] for p in record["people"]] == ["程娟", "包朝乐萌", "王亚楠", "何定红", "杨谦", "王玲"]
    assert record["patent"]["kind"] == "invention" and record["patent"]["number"] == "ZL201910345678.6"
    assert (record["patent"]["applied_on"], record["patent"]["granted_on"]) == ("2019-04-23", "2022-07-15")
