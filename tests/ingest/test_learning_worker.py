"""Learning through the real worker: a reviewer's correction changes how the next similar proof is read,
only once confirmed, and a revoked fact stops applying at once (rq SimpleWorker, embedded Redis, RapidOCR)."""

from __future__ import annotations

from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from imaging import certificate_image, encode

from ingest.runtime import get_runtime
from models.tables_review import SuggestionRecord
from review import users

pytestmark = [pytest.mark.redis, pytest.mark.ocr]
PASSWORD = "correct horse 1"
ISSUER = "湘中农业科技协会"  # names no place: the rules cannot tell its awards' level


def award_png(project: str) -> bytes:
    lines = ["荣誉证书", "王建国同志：", f"你完成的“{project}”项目，", "荣获2020年度农业技术推广成果奖一等奖。",
             "特发此证，以资鼓励。", ISSUER, "2020年12月20日"]  # fmt: skip
    return encode(certificate_image(lines), "PNG")


@pytest.fixture(autouse=True)
def light_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def _login(
    app: Any, username: str, role: str, policies: list[str] | None = None, **profile: Any
) -> TestClient:
    with get_runtime().sessions.begin() as session:
        user = users.create_user(session, username, PASSWORD, role, users.Profile(**profile))
        if policies:
            users.assign(session, user, policies, users.SYSTEM)
    client = TestClient(app)
    answer = client.post("/api/v1/auth/login", json={"username": username, "password": PASSWORD})
    assert answer.status_code == 200, answer.text
    client.headers["X-CSRF-Token"] = answer.json()["csrf_token"]
    return client


@pytest.fixture
def people(client: TestClient) -> dict[str, TestClient]:
    app = client.app
    return {
        "pro": _login(
            app, "pro", "professional", name="王建国", policy_id="yiyang-2018", title_level="intermediate"
        ),
        "r1": _login(app, "r1", "reviewer", ["yiyang-2018"], name="审核甲"),
        "r2": _login(app, "r2", "reviewer", ["yiyang-2018"], name="审核乙"),
        "admin": _login(app, "boss", "admin", name="管理员"),
    }


def _process(people: dict[str, TestClient], run_jobs: Any, project: str) -> tuple[str, dict[str, Any]]:
    resp = people["pro"].post(
        "/api/v1/documents", files=[("files", (f"{project}.png", award_png(project), "image/png"))]
    )
    assert resp.status_code == 202, resp.text
    doc_id = resp.json()["documents"][0]["id"]
    run_jobs()
    evidence = people["pro"].get(f"/api/v1/documents/{doc_id}/evidence").json()
    assert evidence["evidence_type"] == "award_certificate", evidence
    return doc_id, evidence


def _suggestion(doc_id: str) -> SuggestionRecord:
    with get_runtime().sessions() as session:
        return session.query(SuggestionRecord).filter_by(document_id=doc_id).one()


def _correct_level(reviewer: TestClient, doc_id: str, evidence: dict[str, Any]) -> None:
    row = _suggestion(doc_id)
    award = {**evidence["award"], "level": "municipal", "kind": "science_technology"}
    resp = reviewer.post(f"/api/v1/review/{row.id}/evidence",
                         json={"version": row.version, "fields": {"award": award}, "reason": "市级协会"})  # fmt: skip
    assert resp.status_code == 200, resp.text


def test_a_correction_changes_the_extraction_of_a_similar_document_once_confirmed(people, run_jobs) -> None:  # type: ignore[no-untyped-def]
    first, ev1 = _process(people, run_jobs, "稻田综合种养技术示范")
    assert ev1["award"]["level"] is None and _suggestion(first).status == "needs_review"
    _correct_level(people["r1"], first, ev1)

    # One reviewer's correction is a suggestion: the next proof is read as before, with a hint only.
    second, ev2 = _process(people, run_jobs, "设施蔬菜绿色防控技术")
    assert ev2["award"]["level"] is None and "learned" not in ev2["provenance"]["award"]
    hints = ev2["extraction_notes"]["learned_hints"]
    assert {(h["key"], h["value"]) for h in hints} >= {("award.level", "municipal")}
    before = _suggestion(second)
    assert (before.status, before.hours) == ("needs_review", None)
    page = people["r1"].get(f"/review/{before.id}")
    assert page.status_code == 200 and "待确认的学习建议" in page.text and 'name="award_level"' in page.text

    # A second reviewer teaching the same fact confirms it: the third proof takes it, marked as learned.
    _correct_level(people["r2"], second, ev2)
    listed = people["admin"].get("/api/v1/admin/facts", params={"kind": "award.level"}).json()["facts"]
    assert [(f["value"], f["state"], f["support"]) for f in listed] == [("municipal", "confirmed", 2)]
    fact_id = listed[0]["id"]
    third, ev3 = _process(people, run_jobs, "优质水稻高产栽培技术")
    assert (ev3["award"]["level"], ev3["award"]["kind"]) == ("municipal", "science_technology")
    assert ev3["provenance"]["award.level"]["learned"] == fact_id
    assert ev3["provenance"]["award.level"]["text"].startswith("湘中")
    row = _suggestion(third)
    assert (row.status, row.rule) == ("suggested", "yiyang-2018/award-bureau") and (row.hours or 0) > 0

    # Revoked: the very next job no longer uses it (facts are read afresh for every job).
    revoked = people["admin"].post(f"/api/v1/admin/facts/{fact_id}/revoke", json={"reason": "误判"})
    assert revoked.status_code == 200 and revoked.json()["state"] == "revoked"
    fourth, ev4 = _process(people, run_jobs, "生态茶园病虫害绿色防控")
    assert ev4["award"]["level"] is None and "learned" not in ev4["provenance"].get("award", {})
    assert _suggestion(fourth).status == "needs_review"
    audit = people["admin"].get("/api/v1/audit", params={"subject": f"fact:{fact_id}"}).json()["entries"]
    assert [e["action"] for e in audit] == ["fact.learn", "fact.support", "fact.revoke"]
