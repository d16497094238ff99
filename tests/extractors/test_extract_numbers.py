"""Check digits and normalisation: ZL patent numbers, ISSN, ISBN, CN."""

from __future__ import annotations

import pytest

from extractors.books import isbn_ok
from extractors.journals import issn_ok
from extractors.patents import normalise_zl, patent_number, zl_check
from extractors.text import Row

ZL_PRINTED = [
    ("专利号：ZL 2020 2 1798230.4", "ZL202021798230.4", True),
    ("专 fll 号: ZL 2020 2 1798230.4", "ZL202021798230.4", True),
    ("专利号:ZL202021798230.4", "ZL202021798230.4", True),
    ("专利号：Z1 2020 2 1798230,4", "ZL202021798230.4", True),
    ("专利号：ZL 2020 2 1798230.5", "ZL202021798230.5", False),
    ("专利号：ZL 98 1 23456.X", "ZL98123456.X", False),
    ("专利号：ZL 2020 2 17982", None, None),
]


def _row(text: str) -> Row:
    return Row(1, text, tuple((float(i * 10), 0.0, float(i * 10 + 10), 20.0) for i in range(len(text))), 0.95)


@pytest.mark.parametrize(("text", "number", "valid"), ZL_PRINTED, ids=[t for t, _, _ in ZL_PRINTED])
def test_zl_number(text: str, number: str | None, valid: bool | None) -> None:
    hit = patent_number([_row(text)])
    if number is None:
        assert hit is None
        return
    assert hit is not None and hit.value == number
    assert (hit.conf > 0.8) is valid


def test_zl_check_digit_old_8_digit_numbers() -> None:
    # 8-digit numbers before 2003 use the same weights over 8 digits.
    digits = "98123456"
    number, ok = normalise_zl(digits, zl_check(digits))  # type: ignore[misc]
    assert ok and number == f"ZL{digits}.{zl_check(digits)}"


@pytest.mark.parametrize(
    ("issn", "ok"), [("0254-1769", True), ("2190-572X", True), ("0254-1768", False), ("2096-6326", True)]
)
def test_issn_check_digit(issn: str, ok: bool) -> None:
    assert issn_ok(issn) is ok


@pytest.mark.parametrize(
    ("isbn", "ok"),
    [
        ("978-7-109-24567-9", True),
        ("978-7-109-24567-0", False),
        ("7-03-012345-7", False),
        ("0-306-40615-2", True),
    ],
)
def test_isbn_check_digit(isbn: str, ok: bool) -> None:
    assert isbn_ok(isbn) is ok


UNREAD_HOURS = [
    ("学时数（按小时计）：32", True),  # a figure beside the unit's label, whatever was read from it
    ("培训课时 32", True),
    ("共计40小时", True),
    ("培训时间 2017年3月4日—2017年3月6日 小时数 20", True),
    ("每学年须完成不少于90学时", False),  # a requirement states no hours
    ("1学分折合10学时", False),  # nor a rate of conversion
    ("培训时间 2022年5月1日至2022年5月2日", False),
]


@pytest.mark.parametrize(("text", "printed"), UNREAD_HOURS, ids=[t for t, _ in UNREAD_HOURS])
def test_a_printed_figure_of_hours_is_noticed(text: str, printed: bool) -> None:
    """`unread_hours` names the row where hours may be printed; the rules then distrust hours from the days."""
    from extractors.generic import unread_hours

    assert unread_hours([_row(text)]) == (text if printed else None)
