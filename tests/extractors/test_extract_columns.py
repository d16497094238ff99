"""Pages printed as two columns side by side (a journal's two-page spread) are read column by column; a table's
narrow cells are not taken for columns."""

from __future__ import annotations

from extractors import default_context, extract
from extractors.text import document_rows
from models.pages import Line, PageText, Word

PROSE = "近年来随着相关领域研究的不断深入该问题日益受到关注已有研究多集中于单一因素"


def _line(*words: tuple[str, int, int, int]) -> Line:
    """A line of words, each (text, x0, x1, y0); 30 px tall."""
    ws = tuple(Word(t, (x0, y, x1, y + 30), 0.99) for t, x0, x1, y in words)
    box = (min(w.bbox[0] for w in ws), min(w.bbox[1] for w in ws), max(w.bbox[2] for w in ws), ws[0].bbox[3])
    return Line("".join(w.text for w in ws), box, 0.99, ws)


def _spread() -> PageText:
    right = [
        "设施黄瓜连作障碍成因与土壤修复研究",
        "韩立新，苗雨桐，司马文涛",
        "（山东农业大学园艺学院，山东泰安）",
        "摘要：探讨设施黄瓜连作障碍的成因与修复。",
    ]
    lines = [
        _line(("2021年第54卷第9期", 60, 320, 40), ("中国农业科学 ISSN 0578-1752 CN 11-1328/S", 960, 1500, 40))
    ]
    for k in range(12):
        y = 100 + 36 * k
        words = [(PROSE[k:] + PROSE[:k], 60, 840, y)]
        if k < len(right):
            words.append((right[k], 960, 960 + 28 * len(right[k]), y + 4))
        lines.append(_line(*words))
    return PageText(1, 1800, 1200, tuple(lines), "rapidocr")


def test_a_spread_is_read_left_column_then_right() -> None:
    rows = document_rows([_spread()])
    texts = [r.text for r in rows]
    left = [i for i, t in enumerate(texts) if t.startswith(PROSE[:3]) or "第54卷" in t]
    right = [i for i, t in enumerate(texts) if "设施黄瓜" in t or "韩立新" in t]
    assert left and right and max(left) < min(right)  # every left row comes before the right page's
    assert not any(PROSE[:6] in t and "韩立新" in t for t in texts)  # no row runs across the gutter


def test_a_spread_gives_the_right_pages_title_and_authors() -> None:
    record = extract([_spread()], default_context()).to_json()
    assert record["evidence_type"] == "journal_article"
    assert record["title"] == "设施黄瓜连作障碍成因与土壤修复研究"
    assert [p["name"] for p in record["people"]] == ["韩立新", "苗雨桐", "司马文涛"]


def test_a_table_of_short_cells_is_one_column() -> None:
    header = _line(("序号", 100, 156, 100), ("姓名", 400, 456, 100), ("工作单位", 1000, 1112, 100))
    body = [
        _line(
            (str(k), 110, 124, 140 + 40 * k),
            (name, 400, 484, 140 + 40 * k),
            ("泰安市第一中学", 1000, 1196, 140 + 40 * k),
        )
        for k, name in enumerate(["岳丽华", "宫晓东", "栾海涛", "纪红梅", "甘立新", "邵海涛"], 1)
    ]
    page = PageText(1, 1800, 1200, (header, *body), "rapidocr")
    rows = document_rows([page])
    assert [r.text for r in rows][1] == "1 岳丽华 泰安市第一中学"
    assert len(rows) == 7
