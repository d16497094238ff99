"""Learned facts in extraction: applied after the catalogues when confirmed, marked in provenance, else hints."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

import extractors
from extractors.learned import Learned
from models.tables_learning import fact_key

AWARD = """# 荣誉证书
禤国维同志：
你完成的“高产玉米栽培技术推广”项目，荣获2020年度农业技术推广成果奖一等奖。
特发此证，以资鼓励。
湘中农业科技协会
2020年12月20日
"""
JOURNAL = """# 现代农机通讯
2021年第3期
ISSN 1234-5679
CN 43-1234/S
主办：湖南省农业机械学会
"""
TRAINING = """# 结业证书
学员王建国同志于2021年5月12日至14日
参加了2021年第2期专业技术人员能力提升培训班
共计24学时，考核合格，特发此证。
湘中继续教育学院
2021年5月15日
"""


def fact(fid: str, kind: str, label: str, value: Any, confirmed: bool = True) -> dict[str, Any]:
    return {"id": fid, "kind": kind, "key": fact_key(kind, label), "value": value, "confirmed": confirmed}


def run(text: str, make_pages, ctx, *facts: dict[str, Any]) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return extractors.extract(make_pages(text), replace(ctx, learned=Learned.of(facts))).to_json()


def test_without_facts_nothing_changes(make_pages, ctx) -> None:  # type: ignore[no-untyped-def]
    assert run(AWARD, make_pages, ctx) == extractors.extract(make_pages(AWARD), ctx).to_json()


def test_a_confirmed_issuer_fact_gives_the_award_level_with_learned_provenance(make_pages, ctx) -> None:  # type: ignore[no-untyped-def]
    before = run(AWARD, make_pages, ctx)
    assert before["award"]["level"] is None and before["award"]["kind"] == "other"
    assert before["issuer"] == "湘中农业科技协会"  # as printed, and as a reviewer then sees it
    ev = run(AWARD, make_pages, ctx, fact("f1", "award.level", "湘中农业科技协会", "municipal"),
             fact("f2", "award.kind", "农业技术推广成果奖", "science_technology"))  # fmt: skip
    assert (ev["award"]["level"], ev["award"]["kind"]) == ("municipal", "science_technology")
    assert (
        ev["provenance"]["award.level"]["learned"] == "f1"
        and ev["provenance"]["award.kind"]["learned"] == "f2"
    )
    assert ev["provenance"]["award.level"]["text"] == "湘中农业科技协会"
    assert 0.9 <= ev["confidence"]["award.level"] <= 0.95
    assert [n["fact"] for n in ev["extraction_notes"]["learned"]] == ["f1", "f2"]
    assert "learned" not in ev["provenance"]["issuer"]


def test_an_unconfirmed_fact_is_only_a_hint(make_pages, ctx) -> None:  # type: ignore[no-untyped-def]
    ev = run(
        AWARD,
        make_pages,
        ctx,
        fact("f1", "award.level", "湘中农业科技协会", "municipal", confirmed=False),
    )
    assert ev["award"]["level"] is None
    assert ev["extraction_notes"]["learned_hints"] == [
        {"key": "award.level", "value": "municipal", "fact": "f1", "support": 1}
    ]


def test_journal_levels_come_from_a_fact_only_where_no_catalogue_lists_the_journal(make_pages, ctx) -> None:  # type: ignore[no-untyped-def]
    ev = run(JOURNAL, make_pages, ctx, fact("j1", "journal.issn", "1234-5679", ["pku_core"]))
    assert ev["journal"]["levels"] == ["pku_core"] and ev["provenance"]["journal.levels"]["learned"] == "j1"
    listed = JOURNAL.replace("现代农机通讯", "农业工程学报").replace("1234-5679", "1002-6819")
    ev = run(listed, make_pages, ctx, fact("j2", "journal.issn", "1002-6819", ["national"]))
    assert "national" not in ev["journal"]["levels"] and "learned" not in ev["provenance"]["journal.levels"]


def test_a_training_provider_or_title_pattern_gives_the_category(make_pages, ctx) -> None:  # type: ignore[no-untyped-def]
    assert run(TRAINING, make_pages, ctx).get("category_stated") is None
    by_title = run(
        TRAINING,
        make_pages,
        ctx,
        fact("t1", "category.title", "2020年第5期专业技术人员能力提升培训班", "public"),
    )
    assert (
        by_title["category_stated"] == "public"
        and by_title["provenance"]["category_stated"]["learned"] == "t1"
    )
    by_issuer = run(
        TRAINING, make_pages, ctx, fact("t2", "category.issuer", "湘中继续教育学院", "professional")
    )
    assert by_issuer["category_stated"] == "professional"


@pytest.mark.parametrize("name", ["禤国维", "乜乜"], ids=["rare-surname", "two-characters-rare"])
def test_a_learned_name_is_kept_whole(name: str, make_pages, ctx) -> None:  # type: ignore[no-untyped-def]
    text = AWARD.replace("禤国维", name)
    assert run(text, make_pages, ctx)["holder"] != name
    ev = run(text, make_pages, ctx, fact("p1", "person.name", name, True))
    assert ev["holder"] == name and ev["provenance"]["holder"]["learned"] == "p1"
    assert ev["people"][0]["name"] == name


def test_merged_names_are_cut_around_a_learned_name(make_pages, ctx) -> None:  # type: ignore[no-untyped-def]
    sheet = "# 作者\n作者：禤国维李明\n"
    ev = extractors.extract(
        make_pages(JOURNAL + sheet),
        replace(ctx, learned=Learned.of([fact("p1", "person.name", "禤国维", True)])),
    )
    assert [p.name for p in ev.people] == ["禤国维", "李明"]


def test_where_the_extractor_read_no_provider_a_printed_one_still_matches(make_pages, ctx) -> None:  # type: ignore[no-untyped-def]
    text = TRAINING.replace("湘中继续教育学院", "湘中专业技术人员公共服务平台 网址 www.example.cn")
    assert run(text, make_pages, ctx).get("issuer") is None
    ev = run(
        text, make_pages, ctx, fact("t3", "category.issuer", "湘中专业技术人员公共服务平台", "professional")
    )
    assert ev["category_stated"] == "professional" and ev["provenance"]["category_stated"]["learned"] == "t3"
    assert ev["confidence"]["category_stated"] < 0.9
    short = run(text, make_pages, ctx, fact("t4", "category.issuer", "湘中", "public"))
    assert short.get("category_stated") is None  # too short a name to look for in the text
