"""Journal catalogue lookups: ISSN, CN, exact and OCR-damaged names, and which list answered."""

from __future__ import annotations

import pytest

from extractors.journals import JournalCatalogue, normalise_name


@pytest.fixture(scope="module")
def catalogue() -> JournalCatalogue:
    return JournalCatalogue.load_default()


def test_lookup_by_issn_joins_name_lists(catalogue: JournalCatalogue) -> None:
    m = catalogue.lookup(issn="0254-1769")
    assert m is not None and m.how == "issn" and m.name == "中华护理杂志"
    assert set(m.levels) == {"cscd", "pku_core"}
    assert any("CSCD" in s for s in m.sources)


def test_lookup_by_cn(catalogue: JournalCatalogue) -> None:
    m = catalogue.lookup(cn="11-1809/s")
    assert m is not None and m.how == "cn" and m.name == "作物学报"


@pytest.mark.parametrize("printed", ["《中华护理杂志》", "中华护理 杂志", "中华护理杂怎"])
def test_lookup_by_name_tolerates_brackets_and_one_slip(catalogue: JournalCatalogue, printed: str) -> None:
    m = catalogue.lookup(name=printed)
    assert m is not None and m.name == "中华护理杂志"
    assert m.conf < 0.95


def test_fuzzy_name_does_not_match_short_or_unknown_names(catalogue: JournalCatalogue) -> None:
    assert catalogue.lookup(name="农业") is None
    assert catalogue.lookup(name="本地区内部交流资料汇编") is None


def test_international_journal_is_foreign(catalogue: JournalCatalogue) -> None:
    m = catalogue.lookup(name="Nature")
    assert m is not None and m.foreign and "sci" in m.levels


def test_normalise_name() -> None:
    assert normalise_name("《东北大学学报（自然科学版）》") == normalise_name("东北大学学报(自然科学版)")
