"""Date forms printed on proofs, including Chinese numerals, ranges and Tesseract slips."""

from __future__ import annotations

import pytest

from extractors.dates import find_dates

SINGLE = [
    ("2018年6月6日", "2018-06-06"),
    ("2018年06月06日", "2018-06-06"),
    ("2018.06.06", "2018-06-06"),
    ("2018-6-6", "2018-06-06"),
    ("2018/06/06", "2018-06-06"),
    ("2018 年 6 月 6 日", "2018-06-06"),
    ("二〇一八年六月六日", "2018-06-06"),
    ("二O一八年十二月三十一日", "2018-12-31"),
    ("二〇二〇年十月二十日", "2020-10-20"),
    ("二 O 一六 年 十 一月二十六日", "2016-11-26"),
    ("2O18年6月6日", "2018-06-06"),
]
RANGES = [
    ("2018年5月12日至14日", "2018-05-12", "2018-05-14"),
    ("2018年5月12日—5月14日", "2018-05-12", "2018-05-14"),
    ("2018年5月12日至2018年5月14日", "2018-05-12", "2018-05-14"),
    ("2018.05.12-2018.05.14", "2018-05-12", "2018-05-14"),
    ("2018年5月30日至6月2日", "2018-05-30", "2018-06-02"),
    ("5月12日—5月14日", "2018-05-12", "2018-05-14"),  # year from the document
]


@pytest.mark.parametrize(("text", "iso"), SINGLE, ids=[t for t, _ in SINGLE])
def test_single_date(text: str, iso: str) -> None:
    hits = find_dates(f"发证日期：{text}")
    assert [h.iso for h in hits] == [iso]
    assert hits[0].until is None


@pytest.mark.parametrize(("text", "start", "end"), RANGES, ids=[t for t, _, _ in RANGES])
def test_range(text: str, start: str, end: str) -> None:
    hits = find_dates(f"于{text}参加培训", default_year=2018)
    assert len(hits) == 1
    assert (hits[0].iso, hits[0].until.isoformat() if hits[0].until else None) == (start, end)


def test_tesseract_slip_is_recovered_with_lower_confidence() -> None:
    clean = find_dates("授权公告日：2020年08月24日")[0]
    slip = find_dates("授权公告日：2020年08 A 244A")[0]
    assert slip.iso == clean.iso == "2020-08-24"
    assert slip.conf < clean.conf


@pytest.mark.parametrize(
    "text", ["2018年13月1日", "2018.02.30", "ISSN 2096-6326", "CN 11-2234/R", "第38卷第6期"]
)
def test_not_a_date(text: str) -> None:
    assert find_dates(text) == []


def test_range_end_before_start_is_not_a_range() -> None:
    hits = find_dates("2018年5月14日至12日")
    assert hits and hits[0].until is None


MONTHS = [
    ("2021年9月第1版", "2021-09", "2021-09"),
    ("2020年6月", "2020-06", "2020-06"),
    ("二〇一九年十二月", "2019-12", "2019-12"),
    ("二○二二年十月", "2022-10", "2022-10"),
    ("2021年9月—2021年12月", "2021-09", "2021-12"),
    ("2021 年 3 月至 6 月", "2021-03", "2021-06"),
]


@pytest.mark.parametrize(("text", "start", "end"), MONTHS, ids=[t for t, _, _ in MONTHS])
def test_month_only_gives_year_and_month(text: str, start: str, end: str) -> None:
    hits = find_dates(text)
    assert [(h.iso, h.end_iso) for h in hits] == [(start, end)]
    assert hits[0].month_only and hits[0].conf < 0.9  # a day may have been lost, never invented


def test_full_date_is_not_read_as_a_month() -> None:
    assert [h.iso for h in find_dates("2021年9月15日")] == ["2021-09-15"]
    assert find_dates("2019年度") == []
