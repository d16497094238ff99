"""Real-world wording the golden documents do not all show: form cells, sentences that name a label, tables."""

from __future__ import annotations

import pytest

from extractors.generic import hours, issue_date, labelled_issuer
from extractors.qualifications import _course_name
from extractors.text import Row, document_rows


def _row(text: str) -> Row:
    return Row(1, text, tuple((float(i * 10), 0.0, float(i * 10 + 10), 20.0) for i in range(len(text))), 0.95)


HOURS = [
    ("学时 46", 46.0),
    ("获得学时 16.0", 16.0),
    ("学时数：16", 16.0),
    ("培训结束，共 16 学时。", 16.0),
    ("学时 2023年3月", None),
    ("继续教育学时 2023.05.06", None),
]


@pytest.mark.parametrize(("text", "value"), HOURS, ids=[t for t, _ in HOURS])
def test_hours_in_form_cells(text: str, value: float | None) -> None:
    hit = hours([_row(text)])
    assert (hit.value if hit else None) == value


ISSUERS = [
    (["由主办单位颁发结业证书，计继续教育学时。", "主办单位 泰安市人民医院"], "泰安市人民医院"),
    (["培训机构  泰安市农业科学研究院"], "泰安市农业科学研究院"),
    (["主办单位 | 承办单位 | 培训地点"], None),
    (["由主办单位统一颁发证书"], None),
]


@pytest.mark.parametrize(("texts", "value"), ISSUERS, ids=[t[0] for t, _ in ISSUERS])
def test_labelled_issuer_skips_sentences_and_headers(texts: list[str], value: str | None, make_pages) -> None:
    rows = document_rows(make_pages("\n".join(texts)))
    hit = labelled_issuer(rows)
    assert (hit.value if hit else None) == value


def test_issue_date_prefers_the_issue_label_to_an_earlier_training_date(make_pages) -> None:
    text = "出生日期：1985年2月3日\n培训日期：2021年3月1日\n发证日期：二〇二一年十二月二十日\n"
    assert issue_date(document_rows(make_pages(text))).value == "2021-12-20"  # type: ignore[union-attr]


def test_bare_date_label_is_not_a_birth_date(make_pages) -> None:
    text = "出生日期：1985年2月3日\n日期：2021年6月1日\n"
    assert issue_date(document_rows(make_pages(text))).value == "2021-06-01"  # type: ignore[union-attr]


COURSE_ROWS = [
    ("03706 思想道德修养与法律基础 72 2017.04", "思想道德修养与法律基础"),
    ("00529 文学概论（一） 65", "文学概论（一）"),
    ("02142 数据结构导论 合格 2018年4月", "数据结构导论"),
    ("山东省高等教育自学考试委员会", None),
    ("03706 72 2017.04", None),
]


@pytest.mark.parametrize(("text", "name"), COURSE_ROWS, ids=[t for t, _ in COURSE_ROWS])
def test_course_name_of_a_transcript_row(text: str, name: str | None) -> None:
    assert _course_name(text) == name


def test_two_block_sheet_without_serials_ranks_left_block_first(make_pages, ctx) -> None:
    from extractors import extract

    text = (
        "# 2021年农机安全培训签到表\n"
        "姓名 | 单位 | 姓名 | 单位\n"
        "马超 | 城关镇 | 林芳 | 河口镇\n"
        "许磊 | 新城镇 | 何静 | 大王镇\n"
    )
    record = extract(make_pages(text), ctx)
    assert [(p.name, p.rank) for p in record.people] == [("马超", 1), ("许磊", 2), ("林芳", 3), ("何静", 4)]


def test_leader_sentence_without_lead_in_word(make_pages, ctx) -> None:
    from extractors import extract

    text = (
        "# 结 题 证 书\n"
        "经审核，孙志强主持完成的“设施蔬菜连作障碍治理技术研究”项目准予结题。\n"
        "主要成员：王晓、李娟\n"
        "淄博市科学技术局\n"
        "2020年6月1日\n"
    )
    record = extract(make_pages(text), ctx)
    assert [(p.name, p.rank, p.role) for p in record.people] == [
        ("孙志强", 1, "project_leader"),
        ("王晓", 2, "project_member"),
        ("李娟", 3, "project_member"),
    ]


def test_issuer_cell_on_a_form_row_without_colons(make_pages) -> None:
    rows = document_rows(make_pages("主办单位 | 泰安市农业农村局 | 承办单位 | 泰安市农业技术推广站"))
    hit = labelled_issuer(rows)
    assert hit is not None and hit.value == "泰安市农业农村局"
