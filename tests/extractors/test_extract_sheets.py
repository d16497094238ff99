"""Sign-in sheet cells as OCR boxes them: signatures wider than their column, names split into boxes."""

from __future__ import annotations

from extractors import default_context, extract
from models.pages import Line, PageText


def _sheet(cells: list[tuple[str, tuple[int, int, int, int]]]) -> PageText:
    lines = [
        Line("2023年安全生产培训签到表", (300, 40, 900, 90), 0.95),
        Line("培训时间：2023年5月8日", (60, 110, 420, 140), 0.95),
        Line("序号", (60, 170, 116, 200), 0.95),
        Line("单位", (300, 170, 356, 200), 0.95),
        Line("签名", (640, 170, 696, 200), 0.95),
        *(Line(text, box, 0.7) for text, box in cells),
    ]
    return PageText(1, 1240, 1754, tuple(lines), "rapidocr")


def test_a_signature_wider_than_its_column_keeps_its_last_character() -> None:
    # The brush name runs far right: its last character's centre lies past the column the header implies.
    page = _sheet(
        [("1", (60, 220, 80, 260)), ("应急管理局", (300, 220, 440, 260)), ("曹文轩", (600, 215, 1100, 265))]
    )
    record = extract([page], default_context()).to_json()
    assert [p["name"] for p in record["people"]] == ["曹文轩"]
    assert record["confidence"]["people"] < 0.9  # read past the column's edge


def test_a_name_split_into_two_boxes_is_joined() -> None:
    page = _sheet([
        ("1", (60, 220, 80, 260)), ("应急管理局", (300, 220, 440, 260)),
        ("欧阳", (630, 220, 700, 260)), ("明远", (730, 222, 800, 262)),
        ("2", (60, 280, 80, 320)), ("消防救援支队", (300, 280, 470, 320)), ("韩雪梅", (640, 280, 740, 320)),
    ])  # fmt: skip
    record = extract([page], default_context()).to_json()
    assert [(p["name"], p["rank"]) for p in record["people"]] == [("欧阳明远", 1), ("韩雪梅", 2)]


def test_a_last_character_written_apart_past_the_column_edge_is_kept() -> None:
    page = _sheet([
        ("1", (60, 220, 80, 260)), ("应急管理局", (300, 220, 440, 260)),
        ("张晓", (600, 210, 800, 290)), ("丽", (860, 212, 940, 292)),  # 丽's centre lies past the column
    ])  # fmt: skip
    record = extract([page], default_context()).to_json()
    assert [p["name"] for p in record["people"]] == ["张晓丽"]


def test_the_next_columns_cell_is_not_taken_into_a_name() -> None:
    lines = [
        Line("培训签到表", (300, 40, 600, 90), 0.95),
        Line("序号", (60, 170, 116, 200), 0.95), Line("姓名", (300, 170, 356, 200), 0.95),
        Line("性别", (640, 170, 696, 200), 0.95),
        Line("1", (60, 220, 80, 260), 0.9), Line("张晓", (300, 220, 356, 260), 0.9), Line("男", (650, 220, 678, 260), 0.9),
    ]  # fmt: skip
    record = extract([PageText(1, 1240, 1754, tuple(lines), "rapidocr")], default_context()).to_json()
    assert [p["name"] for p in record["people"]] == ["张晓"]
