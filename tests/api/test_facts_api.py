"""Learned facts over HTTP and the CLI: admin-only, filters, confirm, threshold, export -> import round trip."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from ingest.runtime import Runtime, get_runtime
from models.tables_documents import Document, EvidenceRecord
from models.tables_review import SuggestionRecord, User
from review import suggest, users

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse 1"
AWARD = {
    "evidence_type": "award_certificate", "holder": "王建国",
    "people": [{"name": "王建国", "rank": 1, "role": "awardee"}], "title": "稻田综合种养技术示范",
    "issuer": "湘中农业科技协会", "issued_on": "2020-12-20",
    "award": {"name": "农业技术推广成果奖", "kind": "other", "level": None, "grade": "一等奖"},
}  # fmt: skip


@pytest.fixture(autouse=True)
def light_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def _user(rt: Runtime, username: str, role: str, policies: list[str] | None = None, **profile: Any) -> str:
    with rt.sessions.begin() as session:
        user = users.create_user(session, username, PASSWORD, role, users.Profile(**profile))
        if policies:
            users.assign(session, user, policies, users.SYSTEM)
        return user.id


def _login(app: Any, username: str) -> TestClient:
    client = TestClient(app)
    answer = client.post("/api/v1/auth/login", json={"username": username, "password": PASSWORD})
    assert answer.status_code == 200, answer.text
    client.headers["X-CSRF-Token"] = answer.json()["csrf_token"]
    return client


def _seed(rt: Runtime, owner_id: str, record: dict[str, Any]) -> str:
    """A processed document with an extracted record, and the owner's year computed from it."""
    record = {**copy.deepcopy(record), "confidence": {"evidence_type": 0.9}}
    with rt.sessions.begin() as session:
        doc = Document(owner_id=owner_id, filename=f"{record['title']}.png", content_type="image/png", size=1,
                       sha256=str(abs(hash(json.dumps(record, sort_keys=True)))), status="processed")  # fmt: skip
        session.add(doc)
        session.flush()
        session.add(EvidenceRecord(document_id=doc.id, evidence_type=record["evidence_type"], record=record))
        session.flush()
        suggest.refresh_year(session, session.get_one(User, owner_id), 2020)
        return doc.id


def _correct(client: TestClient, rt: Runtime, doc_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    with rt.sessions() as session:
        row = session.query(SuggestionRecord).filter_by(document_id=doc_id).one()
    resp = client.post(f"/api/v1/review/{row.id}/evidence", json={"version": row.version, "fields": fields})
    assert resp.status_code == 200, resp.text
    return dict(resp.json())


@pytest.fixture
def world(client: TestClient) -> dict[str, Any]:
    rt = get_runtime()
    ids = {"pro": _user(rt, "pro", "professional", name="王建国", policy_id="yiyang-2018"),
           "r1": _user(rt, "r1", "reviewer", ["yiyang-2018"], name="审核甲"),
           "admin": _user(rt, "boss", "admin", name="管理员")}  # fmt: skip
    return {"rt": rt, "app": client.app, "ids": ids}


def _teach(world: dict[str, Any]) -> str:
    """Reviewer r1 corrects one award's level and kind: two facts, each a suggestion (one reviewer)."""
    rt = world["rt"]
    doc = _seed(rt, world["ids"]["pro"], AWARD)
    award = {**AWARD["award"], "level": "municipal", "kind": "science_technology"}
    _correct(_login(world["app"], "r1"), rt, doc, {"award": award})
    return doc


def test_facts_are_for_admins_only(world: dict[str, Any]) -> None:
    _teach(world)
    reviewer, pro, anonymous = (
        _login(world["app"], "r1"),
        _login(world["app"], "pro"),
        TestClient(world["app"]),
    )
    for client in (reviewer, pro):
        assert client.get("/api/v1/admin/facts").status_code == 403
        assert client.get("/api/v1/admin/facts/export").status_code == 403
        assert client.post("/api/v1/admin/facts/import", json={}).status_code == 403
    assert anonymous.get("/api/v1/admin/facts").status_code == 401
    facts = _login(world["app"], "boss").get("/api/v1/admin/facts").json()["facts"]
    assert reviewer.post(f"/api/v1/admin/facts/{facts[0]['id']}/revoke", json={}).status_code == 403
    assert reviewer.post(f"/api/v1/admin/facts/{facts[0]['id']}/confirm", json={}).status_code == 403


def test_a_correction_becomes_facts_with_their_provenance_listed_and_filtered(world: dict[str, Any]) -> None:
    doc = _teach(world)
    admin = _login(world["app"], "boss")
    body = admin.get("/api/v1/admin/facts").json()
    assert body["threshold"] == 2
    got = {(f["kind"], f["label"], f["value"], f["state"]) for f in body["facts"]}
    assert got == {("award.level", "湘中农业科技协会", "municipal", "suggested"),
                   ("award.kind", "农业技术推广成果奖", "science_technology", "suggested")}  # fmt: skip
    source = body["facts"][0]["sources"][0]
    assert (source["reviewer"], source["reviewer_name"], source["document"]) == (
        world["ids"]["r1"],
        "审核甲",
        doc,
    )
    assert source["at"]
    only = admin.get("/api/v1/admin/facts", params={"kind": "award.level", "state": "suggested", "q": "湘中"})
    assert [f["kind"] for f in only.json()["facts"]] == ["award.level"]
    assert admin.get("/api/v1/admin/facts", params={"state": "confirmed"}).json()["facts"] == []
    assert admin.get("/api/v1/admin/facts", params={"state": "nonsense"}).status_code == 422
    page = admin.get("/admin")
    assert page.status_code == 200 and "湘中农业科技协会" in page.text and "建议 1/2" in page.text


def test_a_fact_below_the_threshold_does_not_change_credits_and_an_admin_confirms_it(
    world: dict[str, Any],
) -> None:
    import extractors
    from extractors.learned import Learned
    from review import facts

    _teach(world)
    rt = world["rt"]
    second = _seed(rt, world["ids"]["pro"], {**AWARD, "title": "设施蔬菜绿色防控技术"})
    with rt.sessions() as session:
        row = session.query(SuggestionRecord).filter_by(document_id=second).one()
        assert (row.status, row.hours) == ("needs_review", None)  # the fact did not touch the other document
        learned = Learned.of(facts.current(session, 2))
    assert learned.find("award.level", "湘中农业科技协会").confirmed is False  # type: ignore[union-attr]
    admin = _login(world["app"], "boss")
    fact = admin.get("/api/v1/admin/facts", params={"kind": "award.level"}).json()["facts"][0]
    confirmed = admin.post(f"/api/v1/admin/facts/{fact['id']}/confirm", json={"reason": "协会为市级"}).json()
    assert (confirmed["state"], confirmed["confirmed_by"]) == ("confirmed", world["ids"]["admin"])
    with rt.sessions() as session:
        assert Learned.of(facts.current(session, 2)).find("award.level", "湘中农业科技协会").confirmed  # type: ignore[union-attr]
    assert isinstance(extractors.default_context().learned, Learned)  # the packaged context learns nothing
    audit = admin.get("/api/v1/audit", params={"subject": f"fact:{fact['id']}"}).json()["entries"]
    assert [e["action"] for e in audit] == ["fact.learn", "fact.confirm"] and audit[1][
        "reason"
    ] == "协会为市级"


def test_a_category_correction_teaches_the_provider_and_title_pattern(world: dict[str, Any]) -> None:
    rt = world["rt"]
    training = {"evidence_type": "training_certificate", "holder": "王建国", "people": [],
                "title": "2020年第3期专业技术人员能力提升培训班", "issuer": "湘中继续教育学院",
                "period": {"start": "2020-05-12", "end": "2020-05-14"}, "hours_stated": 24}  # fmt: skip
    doc = _seed(rt, world["ids"]["pro"], training)
    _correct(_login(world["app"], "r1"), rt, doc, {"category_stated": "public"})
    found = _login(world["app"], "boss").get("/api/v1/admin/facts").json()["facts"]
    assert {(f["kind"], f["key"], f["value"]) for f in found} == {
        ("category.title", "专业技术人员能力提升培训班", "public"), ("category.issuer", "湘中继续教育学院", "public")}  # fmt: skip


def test_export_then_import_round_trips_over_the_api(world: dict[str, Any], tmp_path: Path) -> None:
    _teach(world)
    admin = _login(world["app"], "boss")
    fact = admin.get("/api/v1/admin/facts", params={"kind": "award.kind"}).json()["facts"][0]
    admin.post(f"/api/v1/admin/facts/{fact['id']}/revoke", json={})
    exported = admin.get("/api/v1/admin/facts/export").json()
    assert exported["schema"] == "credproof.facts/1" and len(exported["facts"]) == 2
    assert admin.post("/api/v1/admin/facts/import", json=exported).json() == {
        "created": 0,
        "merged": 0,
        "unchanged": 2,
    }
    assert admin.post("/api/v1/admin/facts/import", json={"facts": []}).status_code == 422
    # Into another deployment: the same facts, sources and states come out again.
    with world["rt"].sessions.begin() as session:
        from review import facts

        session.query(facts.LearnedFact).delete()
    assert admin.post("/api/v1/admin/facts/import", json=exported).json()["created"] == 2
    again = admin.get("/api/v1/admin/facts/export").json()
    assert _comparable(again) == _comparable(exported)
    assert {f["kind"]: f["state"] for f in again["facts"]} == {
        "award.level": "suggested",
        "award.kind": "revoked",
    }


def _comparable(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [{k: v for k, v in f.items() if k != "created_at"} for f in data["facts"]]


def test_cli_facts_export_and_import(world: dict[str, Any], tmp_path: Path) -> None:
    import os

    _teach(world)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = tmp_path / "facts.json"
    done = subprocess.run([sys.executable, "-m", "api.cli", "facts", "export", "--out", str(out)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text("utf-8"))
    assert {f["kind"] for f in data["facts"]} == {"award.level", "award.kind"}
    other = tmp_path / "other"
    env2 = {
        **env,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'other.sqlite3'}",
        "CREDPROOF_DATA_DIR": str(other),
    }
    done = subprocess.run([sys.executable, "-m", "api.cli", "facts", "import", str(out)], cwd=ROOT, env=env2,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"created": 2, "merged": 0, "unchanged": 0}
    bad = tmp_path / "bad.json"
    bad.write_text("{}", "utf-8")
    done = subprocess.run([sys.executable, "-m", "api.cli", "facts", "import", str(bad)], cwd=ROOT, env=env2,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode != 0 and "credproof.facts/1" in done.stderr
