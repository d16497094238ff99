"""The pull API and the exports: transcript, paginated credits, 附件2 registration form (XLSX, PDF), unit CSV."""

from __future__ import annotations

import csv
import hashlib
import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from fastapi.testclient import TestClient
from integration_support import bearer, login, make_key, make_user

from ingest.runtime import Runtime, get_runtime
from models.db import utcnow
from models.tables_documents import Document
from models.tables_review import SuggestionRecord

UNIT = "烟台市农业科学研究院"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
# (category, activity, status, hours, title, issuer/extra): what a reviewer decided for 王建国's 2020
CREDITS = [
    (
        "public",
        "training",
        "confirmed",
        30.0,
        "习近平新时代中国特色社会主义思想专题",
        "鲁东大学继续教育学院",
        {},
    ),
    ("professional", "training", "confirmed", 24.0, "设施蔬菜栽培新技术培训班", "烟台市农业农村局", {}),
    ("professional", "training", "adjusted", 8.5, "果树病虫害绿色防控讲座", "烟台市植保站", {}),
    (
        "professional",
        "paper",
        "confirmed",
        20.0,
        "苹果矮化砧木栽培试验研究",
        "",
        {"journal": {"levels": ["pku_core"]}},
    ),
    ("professional", "patent", "confirmed", 40.0, "一种秸秆还田装置", "国家知识产权局", {}),
    ("professional", "qualification", "confirmed", 12.0, "农业推广硕士课程", "山东农业大学", {}),
    ("professional", "competition", "confirmed", 5.0, "全市农业技能竞赛", "烟台市人社局", {}),
    ("professional", "training", "rejected", 0.0, "不算的培训", "某机构", {}),
    ("professional", "award", "suggested", 50.0, "尚未审核的奖项", "", {}),
]


def seed_credit(rt: Runtime, owner: str, person: str, n: int, item: tuple, year: int = 2020) -> str:  # type: ignore[type-arg]
    category, activity, status, hours, title, issuer, extra = item
    digest = hashlib.sha256(f"{owner}{n}{year}".encode()).hexdigest()
    with rt.sessions.begin() as session:
        doc = Document(owner_id=owner, filename=f"{n}.png", content_type="image/png", size=1, sha256=digest,
                       status="processed")  # fmt: skip
        session.add(doc)
        session.flush()
        evidence = {"title": title, "issuer": issuer or None, "issued_on": f"{year}-06-{n + 1:02d}", **extra}
        session.add(SuggestionRecord(
            document_id=doc.id, position=0, owner_id=owner, person=person, policy_id="yantai-2020",
            policy_hash="x", year=year, evidence_type="training_certificate", evidence=evidence,
            category=category, activity=activity, suggested_hours=hours, suggested_status="suggested",
            hours=hours, status=status, is_open=status == "suggested", explanation="",
            reviewed_at=None if status == "suggested" else utcnow()))  # fmt: skip
        return doc.id


@pytest.fixture
def world(api: TestClient, rt: Runtime) -> dict[str, Any]:
    return build_world(rt)


@pytest.fixture
def world_db(api_db: TestClient) -> tuple[TestClient, dict[str, Any]]:
    """The same people and credits, once on SQLite and once on PostgreSQL."""
    return api_db, build_world(get_runtime())


def build_world(rt: Runtime) -> dict[str, Any]:
    wang = make_user(rt, "wang", "professional", name="王建国", policy_id="yantai-2020", employer=UNIT)
    zhao = make_user(rt, "zhao", "professional", name="赵丽", policy_id="yantai-2020", employer="别的单位")
    docs = [seed_credit(rt, wang, "王建国", n, item) for n, item in enumerate(CREDITS)]
    seed_credit(rt, wang, "王建国", 50, CREDITS[1], year=2019)
    seed_credit(
        rt, zhao, "赵丽", 60, ("professional", "training", "confirmed", 90.0, '=HYPERLINK("x")', "", {})
    )
    return {"wang": wang, "zhao": zhao, "docs": docs, "key": make_key(rt, ["credits:read"])}


def test_transcript_counts_confirmed_credits_against_the_requirement(
    api: TestClient, world: dict[str, Any]
) -> None:
    answer = api.get(f"/api/v1/people/{world['wang']}/transcript?year=2020", headers=bearer(world["key"]))
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["totals"] == {"public": 30.0, "professional": 109.5, "total": 139.5}
    assert body["requirement"]["total"] == 90.0 and body["met"] is True
    assert sorted(body["evidence_ids"]) == sorted(world["docs"][:7])  # not the rejected, not the open one


def test_a_professional_reads_only_their_own_transcript(
    api: TestClient, rt: Runtime, world: dict[str, Any]
) -> None:
    client = login(api.app, "zhao")
    assert client.get(f"/api/v1/people/{world['zhao']}/transcript?year=2020").status_code == 200
    assert client.get(f"/api/v1/people/{world['wang']}/transcript?year=2020").status_code == 404


def test_credits_are_paginated_and_filtered(world_db: tuple[TestClient, dict[str, Any]]) -> None:
    api, world = world_db
    seen, offset = [], 0
    while offset is not None:
        page = api.get(
            f"/api/v1/credits?unit={UNIT}&year=2020&limit=3&offset={offset}", headers=bearer(world["key"])
        )
        assert page.status_code == 200, page.text
        body = page.json()
        assert body["total"] == 7 and len(body["credits"]) <= 3
        seen += body["credits"]
        offset = body["next_offset"]
    assert len({c["suggestion"] for c in seen}) == 7
    assert {c["status"] for c in seen} == {"confirmed", "adjusted"} and {c["unit"] for c in seen} == {UNIT}
    assert round(sum(c["hours"] for c in seen), 2) == 139.5
    rejected = api.get("/api/v1/credits?status=rejected", headers=bearer(world["key"])).json()
    assert [c["title"] for c in rejected["credits"]] == ["不算的培训"]
    every_year = api.get(f"/api/v1/credits?unit={UNIT}", headers=bearer(world["key"])).json()
    assert every_year["total"] == 8


def _sections(path_or_bytes: bytes) -> tuple[dict[str, list[tuple[str, float]]], dict[str, float], list[Any]]:
    """Walk the sheet: the category column opens a section; numbered rows are items; 小计 closes it."""
    ws = openpyxl.load_workbook(io.BytesIO(path_or_bytes)).active
    items: dict[str, list[tuple[str, float]]] = {}
    subtotals: dict[str, float] = {}
    current = ""
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    for row in rows:
        if row[0] and row[0] != "年度总学时":
            current = " ".join(str(v) for v in row[:2] if v)
        elif row[3] == "小计":
            subtotals[current] = row[9]
        elif row[2] and str(row[2]).isdigit():
            items.setdefault(current, []).append((row[3], row[9]))
    return items, subtotals, rows


def test_registration_form_xlsx_has_the_figures_in_the_right_sections(
    api: TestClient, world: dict[str, Any]
) -> None:
    answer = api.get(
        f"/api/v1/people/{world['wang']}/registration-form?year=2020&format=xlsx",
        headers=bearer(world["key"]),
    )
    assert answer.status_code == 200, answer.text
    items, subtotals, rows = _sections(answer.content)
    public = next(k for k in items if k.startswith("公需科目"))
    training = next(k for k in items if "培训进修类" in k)
    self_study = next(k for k in items if "自学类" in k)
    achievements = next(k for k in items if "成果、论文著作类" in k)
    other = next(k for k in items if k.startswith("其他类"))
    assert items[public] == [("习近平新时代中国特色社会主义思想专题", 30.0)]
    assert items[training] == [("设施蔬菜栽培新技术培训班", 24.0), ("果树病虫害绿色防控讲座", 8.5)]
    assert items[self_study] == [("农业推广硕士课程", 12.0)]
    assert items[achievements] == [("苹果矮化砧木栽培试验研究", 20.0), ("一种秸秆还田装置", 40.0)]
    assert items[other] == [("全市农业技能竞赛", 5.0)]
    assert subtotals[training] == 32.5 and subtotals[achievements] == 60.0
    assert not any("不算的培训" in str(r) or "尚未审核" in str(r) for r in rows)
    total_row = next(r for r in rows if r[0] == "年度总学时")
    assert total_row[3] == "139.5 学时" and "公需科目 30 学时" in total_row[4]
    ws = openpyxl.load_workbook(io.BytesIO(answer.content)).active
    assert "王建国" in ws["A2"].value and UNIT in ws["A2"].value and "2020年度" in ws["A1"].value


def test_registration_form_pdf_renders_with_the_figures(api: TestClient, world: dict[str, Any]) -> None:
    answer = api.get(
        f"/api/v1/people/{world['wang']}/registration-form?year=2020&format=pdf", headers=bearer(world["key"])
    )
    assert answer.status_code == 200 and answer.content.startswith(b"%PDF")
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = ARTIFACTS / "registration-form-2020.pdf"
    pdf.write_bytes(answer.content)
    assert shutil.which("pdftoppm"), "poppler-utils is needed (make test installs it)"
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]  # after the header and its underline
    assert rows, fonts
    # columns: name type encoding emb sub uni object-id; an official form renders the same everywhere
    assert all(row.split()[-5] == "yes" for row in rows), fonts
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(ARTIFACTS / "registration-form-2020")],
                   check=True)  # fmt: skip
    png = ARTIFACTS / "registration-form-2020.png"
    from PIL import Image

    with Image.open(png) as image:
        assert image.width > image.height  # landscape A4
        dark = sum(1 for p in image.convert("L").getdata() if p < 128)
    assert dark > 5000  # the grid and text are drawn, not a blank page
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for figure in (
        "139.5",
        "32.5",
        "60",
        "30",
        "12",
        "8.5",
        "王建国",
        "公需科目",
        "培训进修类",
        "折算类",
        "自学类",
        "其他类",
    ):
        assert figure in text, figure


def test_unit_csv_lists_the_units_confirmed_credits(world_db: tuple[TestClient, dict[str, Any]]) -> None:
    api, world = world_db
    answer = api.get(f"/api/v1/units/{UNIT}/credits.csv?year=2020", headers=bearer(world["key"]))
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    assert answer.content.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert len(rows) == 7 and {r["person"] for r in rows} == {"王建国"}
    assert round(sum(float(r["hours"]) for r in rows), 2) == 139.5
    other = api.get("/api/v1/units/别的单位/credits.csv", headers=bearer(world["key"])).content.decode(
        "utf-8-sig"
    )
    assert "'=HYPERLINK" in other  # a formula in a title is defused


def test_a_professional_cannot_pull_a_units_csv(api: TestClient, world: dict[str, Any]) -> None:
    assert login(api.app, "wang").get(f"/api/v1/units/{UNIT}/credits.csv").status_code == 403
