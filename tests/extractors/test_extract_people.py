"""Names on labelled rows: separators, honorifics, stated ranks, names run together."""

from __future__ import annotations

import pytest

from extractors.people import split_names

CASES = [
    ("李明、王建国、张华", ["李明", "王建国", "张华"]),
    ("李明；王建国；张华", ["李明", "王建国", "张华"]),
    ("张三丰同志", ["张三丰"]),
    ("王建国 教授 等", ["王建国"]),
    ("李明教授、王建国副教授等", ["李明", "王建国"]),
    ("欧阳建华,司马光", ["欧阳建华", "司马光"]),
    ("刘 洋; 陈晓东", ["刘洋", "陈晓东"]),
    ("李明1  王建国2*  张 华1", ["李明", "王建国", "张华"]),
    ("李明王建国等", ["李明", "王建国"]),
    ("程娟;包朝乐萌;王亚楠", ["程娟", "包朝乐萌", "王亚楠"]),  # a four-character name in a delimited list
    ("乌力吉巴图、张晓丽", ["乌力吉巴图", "张晓丽"]),
    ("阿依古丽 · 买买提、王玲", ["阿依古丽·买买提", "王玲"]),
    ("郭艳杰、吕丽姚华", ["郭艳杰", "吕丽", "姚华"]),  # a lost separator between two common-surname names
    ("山东农业大学", []),
    ("特发此证，以资鼓励", []),
]


@pytest.mark.parametrize(("value", "names"), CASES, ids=[v for v, _ in CASES])
def test_split_names(value: str, names: list[str]) -> None:
    assert [n.text for n in split_names(value)] == names


@pytest.mark.parametrize(
    ("value", "rank"),
    [("王五（第3完成人）", 3), ("王五（第三完成人）", 3), ("第十二完成人 王五", 12), ("王五", None)],
)
def test_stated_rank(value: str, rank: int | None) -> None:
    found = split_names(value)
    assert [n.text for n in found] == ["王五"]
    assert found[0].rank == rank


def test_loose_mode_accepts_unknown_surname_with_low_confidence() -> None:
    assert split_names("那英") and split_names("阿依古丽", loose=True)
    assert split_names("阿依古丽", loose=True)[0].conf < 0.7
    assert split_names("阿依古丽") == []


def test_offsets_point_at_the_name() -> None:
    value = "发明人：李明；王建国"
    for n in split_names(value):
        assert value[n.start : n.end] == n.text


def test_unreadable_name_keeps_its_place_in_the_order() -> None:
    from extractors.fields import Hit
    from extractors.people import people_from
    from extractors.text import Row

    value = "设计人:88; 雷国永;龙远云"
    row = Row(1, value, tuple((float(i), 0.0, float(i + 1), 1.0) for i in range(len(value))), 0.9)
    found = people_from([Hit(value[4:], 0.9, row, 4, len(value))], "inventor")
    assert [(p["name"], p["rank"]) for p, _ in found] == [("雷国永", 2), ("龙远云", 3)]


def test_a_name_cut_to_its_surname_keeps_its_place() -> None:
    names = split_names("李明、王、张华")
    assert [n.text for n in names] == ["李明", "张华"]
    assert names[1].skip == 1  # 张华 is third, and less sure of it
