"""Rows from OCR lines: table cells joined, Tesseract's CJK spaces dropped, boxes kept per character."""

from __future__ import annotations

from extractors.text import cjk_punct, document_rows, flow
from models.pages import Line, PageText, Word


def _page(lines: list[Line]) -> PageText:
    return PageText(1, 1000, 1000, tuple(lines), "fake")


def test_cells_on_one_visual_row_are_joined_left_to_right() -> None:
    rows = document_rows(
        [_page([Line("签名", (500, 100, 560, 130), 0.9), Line("姓名", (100, 102, 160, 128), 0.9)])]
    )
    assert [r.text for r in rows] == ["姓名 签名"]


def test_tesseract_character_spacing_is_removed_but_name_gaps_stay() -> None:
    rows = document_rows(
        [_page([Line("专 利 证 书", (0, 0, 280, 40), 0.9), Line("李明 王建国", (0, 60, 300, 100), 0.9)])]
    )
    assert [r.text for r in rows] == ["专利证书", "李明 王建国"]


def test_fullwidth_punctuation_is_folded() -> None:
    rows = document_rows([_page([Line("专利号：ZL２０２０", (0, 0, 400, 40), 0.9)])])
    assert rows[0].text == "专利号:ZL2020"


def test_word_boxes_give_narrow_provenance() -> None:
    words = (Word("授权公告日:", (0, 0, 300, 40), 0.9), Word("2018年6月12日", (320, 0, 620, 40), 0.9))
    rows = document_rows([_page([Line("授权公告日: 2018年6月12日", (0, 0, 620, 40), 0.9, words)])])
    row = rows[0]
    start = row.text.index("2018")
    x0, _, x1, _ = row.bbox(start, len(row.text))
    assert x0 >= 300 and x1 <= 620


def test_flow_joins_wrapped_chinese_without_space() -> None:
    rows = document_rows(
        [
            _page(
                [
                    Line("参加由某局举办的玉米", (0, 0, 300, 40), 0.9),
                    Line("培训班，共计8学时", (0, 50, 300, 90), 0.9),
                ]
            )
        ]
    )
    assert "玉米培训班" in flow(rows).text


def test_cjk_punct_only_next_to_chinese() -> None:
    assert cjk_punct("高等数学(工本)") == "高等数学（工本）"
    assert cjk_punct("Word 2003 (SP1)") == "Word 2003 (SP1)"


def test_tesseract_word_spaces_between_chinese_are_dropped() -> None:
    line = Line("关于 举办 2023 年 生猪健康 养殖培训 班的通知", (0, 0, 900, 40), 0.9)
    tess = document_rows([PageText(1, 1000, 1000, (line,), "tesseract")])[0].text
    rapid = document_rows([PageText(1, 1000, 1000, (line,), "rapidocr")])[0].text
    assert "关于举办" in tess and "养殖培训班的通知" in tess
    assert "关于 举办" in rapid  # other engines keep spaces: they separate names in lists
