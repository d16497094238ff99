"""Journal bylines as printed and as OCR reads them: affiliation digits and letters, stars, spacing."""

from __future__ import annotations

import pytest

from extractors.bylines import byline_row, contents_pages
from extractors.text import document_rows

BYLINES = [
    ("王丽¹，陈建国²，刘洋¹", ["王丽", "陈建国", "刘洋"]),
    ("王丽1，陈建国2，刘洋1", ["王丽", "陈建国", "刘洋"]),
    ("王丽1,2  陈建国2*  刘洋1", ["王丽", "陈建国", "刘洋"]),
    ("王丽1,2、陈建国2、刘 洋1", ["王丽", "陈建国", "刘洋"]),
    ("王丽 a,b，陈建国 b，刘洋 a", ["王丽", "陈建国", "刘洋"]),
    ("王丽a 陈建国b*", ["王丽", "陈建国"]),
    ("马 骏1,2  周 文 静1*  卢  涛2", ["马骏", "周文静", "卢涛"]),
    ("文/王丽  陈建国", ["王丽", "陈建国"]),
    ("韩雪梅，马骏（山西农业大学农学院，太谷 030801）", ["韩雪梅", "马骏"]),
]
NOT_BYLINES = [
    "Wang Li, Chen Jianguo",
    "设施番茄水肥一体化灌溉制度优化研究",
    "作者简介：王丽（1986—），女",
    "园艺学报",
]


@pytest.mark.parametrize(("text", "names"), BYLINES, ids=[t for t, _ in BYLINES])
def test_byline_names(text: str, names: list[str], make_pages) -> None:
    row = document_rows(make_pages(text))[0]
    assert [found[0] for found in byline_row(row) or []] == names


@pytest.mark.parametrize("text", NOT_BYLINES, ids=NOT_BYLINES)
def test_not_a_byline(text: str, make_pages) -> None:
    assert byline_row(document_rows(make_pages(text))[0]) is None


def test_contents_pages_are_told_apart_from_a_first_page(make_pages) -> None:
    text = "# 目  次\n小麦栽培研究……………王丽（1）\n=== page ===\n# 小麦栽培研究\n王丽1，陈建国2\n摘要：……\n"
    assert contents_pages(document_rows(make_pages(text))) == {1}
