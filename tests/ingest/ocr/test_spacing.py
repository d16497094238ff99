"""Blanks between names: the recognizer's character columns keep the gap that the text it decodes loses."""

from __future__ import annotations

import pytest

from ingest.ocr.rapid import spaced
from ingest.ocr.reader import ocr_file
from tests.imaging import certificate_image, encode


def test_a_blank_of_half_a_character_or_more_becomes_a_space():
    text = "完成人其其格曾生秀上官国"
    cols = [0, 4, 8, 12, 16, 20, 26, 30, 34, 41, 45, 49]  # pitch 4; blanks before 曾 (6) and 上 (7)
    assert spaced(text, cols) == "完成人其其格 曾生秀 上官国"


def test_evenly_set_text_is_left_as_read():
    text = "国家知识产权局依照专利法"
    assert spaced(text, [4 * i for i in range(len(text))]) == text


def test_digits_and_latin_are_never_split():
    text = "ZL2018218455876号"
    cols = [0, 2, 4, 6, 9, 11, 14, 16, 18, 20, 23, 25, 27, 30, 32, 35, 38]
    assert spaced(text, cols) == text


def test_columns_given_only_for_characters_that_are_not_spaces():
    # rapidocr 3.x lists no column for a space the model read itself
    text = "完成人 其其格曾生秀"
    cols = [0, 4, 8, 14, 18, 22, 28, 32, 36]
    assert spaced(text, cols) == "完成人 其其格 曾生秀"


def test_a_crop_read_as_blanks_alone_is_returned_as_read():
    # a scanned book page's crop decoded as spaces only, with no columns: this raised IndexError and lost the
    # whole document's OCR
    assert spaced("  ", []) == "  "
    assert spaced(" ", [3]) == " "


def test_too_few_columns_or_a_length_mismatch_changes_nothing():
    assert spaced("王丽李强", [0, 1, 3, 4]) == "王丽李强"  # under 3 columns a character: no telling
    assert spaced("王丽李强张三", [0, 4, 8]) == "王丽李强张三"


@pytest.mark.parametrize("engine", ["ppocr-v4", "ppocr-v6"])
def test_real_ocr_keeps_the_gaps_between_names_printed_apart(tmp_path, engine):
    img = certificate_image(["获 奖 证 书", "主要完成人：蒋月艳　顾娜　邹思学　郑梅芳", "湖南省人民政府"])
    path = tmp_path / "award.png"
    path.write_bytes(encode(img, "PNG"))
    pages = ocr_file(path, engine=engine)
    row = next(line.text for line in pages[0].lines if "完成人" in line.text)
    assert row.split("：")[-1].split() == ["蒋月艳", "顾娜", "邹思学", "郑梅芳"], row
