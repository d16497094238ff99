"""The review API over HTTP: suggestions as records, queue order, claims, races, 403/404, audit, transcript."""

from __future__ import annotations

import copy
import hashlib
import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from ingest.runtime import Runtime, get_runtime
from models.tables_documents import Document, EvidenceRecord
from models.tables_review import AuditEntry, SuggestionRecord, User
from review import suggest, users
from rules.loader import load_policy, policy_hash

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PASSWORD = "correct horse 1"


def truth(name: str) -> dict[str, Any]:
    return copy.deepcopy(json.loads((FIXTURES / f"{name}.truth.json").read_text("utf-8"))["evidence"])


def make_user(
    rt: Runtime, username: str, role: str, policies: list[str] | None = None, **profile: Any
) -> str:
    with rt.sessions.begin() as session:
        user = users.create_user(session, username, PASSWORD, role, users.Profile(**profile))
        if policies:
            users.assign(session, user, policies, users.SYSTEM)
        return user.id


def seed(
    rt: Runtime, owner_id: str, record: dict[str, Any], confidence: dict[str, float] | None = None
) -> str:
    """A processed document with an extracted evidence record, then the owner's year recomputed."""
    record = {**record, "confidence": confidence or {"evidence_type": 0.9}}
    digest = hashlib.sha256(json.dumps(record, sort_keys=True).encode() + owner_id.encode()).hexdigest()
    with rt.sessions.begin() as session:
        doc = Document(owner_id=owner_id, filename=f"{digest[:8]}.png", content_type="image/png", size=1,
                       sha256=digest, status="processed", stage="extracted")  # fmt: skip
        session.add(doc)
        session.flush()
        session.add(EvidenceRecord(document_id=doc.id, evidence_type=record["evidence_type"], record=record))
        session.flush()
        owner = session.get_one(User, owner_id)
        year = suggest.evidence_year(suggest.current_evidence(doc.evidence), 2020)  # type: ignore[arg-type]
        suggest.refresh_year(session, owner, year)
        return doc.id


def login(app: Any, username: str) -> TestClient:
    client = TestClient(app)
    answer = client.post("/api/v1/auth/login", json={"username": username, "password": PASSWORD})
    assert answer.status_code == 200, answer.text
    client.headers["X-CSRF-Token"] = answer.json()["csrf_token"]
    return client


def suggestion_of(rt: Runtime, doc_id: str) -> SuggestionRecord:
    with rt.sessions() as session:
        return session.query(SuggestionRecord).filter_by(document_id=doc_id).one()


@pytest.fixture(autouse=True)
def raw_confidences(monkeypatch: pytest.MonkeyPatch) -> None:
    """The queue order below is about the stored confidences; the calibration table has tests of its own."""
    from rules import confidence

    monkeypatch.setattr(confidence, "_table", lambda: {})


@pytest.fixture(autouse=True)
def light_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Still argon2id, with test-sized cost: the default costs ~0.5 s a hash on the CI's two cores."""
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def world(client: TestClient) -> dict[str, Any]:
    return build_world(client)


@pytest.fixture
def world_db(client_db: TestClient) -> dict[str, Any]:
    """The same world on SQLite and on PostgreSQL."""
    return build_world(client_db)


def build_world(client: TestClient) -> dict[str, Any]:
    """Two professionals under yiyang-2018, two reviewers on it, one reviewer elsewhere, an admin."""
    rt = get_runtime()
    ids = {
        "li": make_user(
            rt, "li", "professional", name="丁超", policy_id="yiyang-2018", title_level="intermediate"
        ),
        "jin": make_user(rt, "jin", "professional", name="金勇超", policy_id="yiyang-2018"),
        "r1": make_user(rt, "r1", "reviewer", ["yiyang-2018"], name="审核甲"),
        "r2": make_user(rt, "r2", "reviewer", ["yiyang-2018", "dezhou-2017"], name="审核乙"),
        "far": make_user(rt, "far", "reviewer", ["dezhou-2017"], name="外地审核"),
        "admin": make_user(rt, "boss", "admin", name="管理员"),
    }
    patent = seed(rt, ids["li"], truth("patent_clean"), {"evidence_type": 0.95, "people": 0.6})
    training = seed(rt, ids["jin"], truth("training_cert_clean"), {"evidence_type": 0.9, "holder": 0.8})
    return {"rt": rt, "app": client.app, "ids": ids, "patent": patent, "training": training}


def test_suggestion_is_stored_with_snapshot_policy_hash_version_and_confidence(world: dict[str, Any]) -> None:
    row = suggestion_of(world["rt"], world["patent"])
    assert (row.status, row.hours, row.category) == ("suggested", 60.0, "professional")
    assert row.rule == "yiyang-2018/patent-invention" and row.citation
    assert row.policy_hash == policy_hash(load_policy("yiyang-2018"))
    assert row.evidence["patent"]["number"] == "ZL201910297740.9"
    # The suggestion's confidence is the calibrated weakest credit field: the claimant's entry read at 0.6.
    from models.contract import Evidence
    from rules.confidence import suggestion_trust

    trust = suggestion_trust(Evidence.model_validate(row.evidence), "丁超", "suggested")
    assert trust.field == "people"
    assert (row.version, row.is_open, row.confidence, row.year) == (1, True, trust.value, 2020)
    assert row.confidence_field == "people" and "people" in (row.confidence_reason or "")


def test_queue_is_lowest_confidence_first_then_oldest_and_filters(world: dict[str, Any]) -> None:
    rt, ids = world["rt"], world["ids"]
    later_low = seed(
        rt, ids["jin"], {**truth("training_cert_clean"), "title": "另一期研修班"}, {"holder": 0.6}
    )
    r1 = login(world["app"], "r1")
    items = r1.get("/api/v1/review/queue").json()["items"]
    assert [i["document"] for i in items] == [world["patent"], later_low, world["training"]]
    confidences = [i["confidence"] for i in items]
    assert confidences == sorted(confidences)
    only = r1.get("/api/v1/review/queue", params={"type": "patent_certificate"}).json()
    assert [i["document"] for i in only["items"]] == [world["patent"]] and only["total"] == 1
    page = r1.get("/api/v1/review/queue", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == 3 and [i["document"] for i in page["items"]] == [later_low]
    assert r1.get("/api/v1/review/queue", params={"status": "confirmed"}).json()["items"] == []


def test_two_reviewers_race_to_confirm_exactly_one_wins(world_db: dict[str, Any]) -> None:
    world = world_db
    r1, r2 = login(world["app"], "r1"), login(world["app"], "r2")
    sid = suggestion_of(world["rt"], world["patent"]).id
    version = r1.get(f"/api/v1/review/{sid}").json()["version"]
    barrier, codes = threading.Barrier(2), []

    def confirm(client: TestClient) -> None:
        barrier.wait()
        codes.append(client.post(f"/api/v1/review/{sid}/confirm", json={"version": version}).status_code)

    threads = [threading.Thread(target=confirm, args=(c,)) for c in (r1, r2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(codes) == [200, 409]
    row = suggestion_of(world["rt"], world["patent"])
    assert (row.status, row.version) == ("confirmed", version + 1)
    again = r2.post(f"/api/v1/review/{sid}/confirm", json={"version": version})
    assert again.status_code == 409 and again.json()["current_version"] == version + 1


def test_claim_hides_the_item_from_others_and_expires_by_itself(world: dict[str, Any]) -> None:
    world["rt"].settings.claim_timeout_seconds = 1
    r1, r2 = login(world["app"], "r1"), login(world["app"], "r2")
    sid = suggestion_of(world["rt"], world["patent"]).id
    held = r1.post(f"/api/v1/review/{sid}/claim")
    assert held.status_code == 200 and held.json()["claimed_by"] == world["ids"]["r1"]
    assert sid not in [i["id"] for i in r2.get("/api/v1/review/queue").json()["items"]]
    assert sid in [i["id"] for i in r1.get("/api/v1/review/queue").json()["items"]]
    assert r2.post(f"/api/v1/review/{sid}/claim").status_code == 409
    assert r2.post(f"/api/v1/review/{sid}/confirm", json={"version": 1}).status_code == 409
    time.sleep(1.2)
    assert sid in [i["id"] for i in r2.get("/api/v1/review/queue").json()["items"]]
    assert r2.post(f"/api/v1/review/{sid}/claim").status_code == 200
    assert r1.post(f"/api/v1/review/{sid}/confirm", json={"version": 1}).status_code == 409


def test_professional_reading_another_professionals_document_gets_404(world: dict[str, Any]) -> None:
    li = login(world["app"], "li")
    assert li.get(f"/api/v1/documents/{world['patent']}").status_code == 200
    for path in ("", "/evidence", "/pages", "/pages/1/image"):
        assert li.get(f"/api/v1/documents/{world['training']}{path}").status_code == 404, path
    assert world["training"] not in [d["id"] for d in li.get("/api/v1/documents").json()["documents"]]
    assert li.get("/api/v1/review/queue").status_code == 403


def test_reviewer_outside_the_policy_gets_403(world: dict[str, Any]) -> None:
    far = login(world["app"], "far")
    sid = suggestion_of(world["rt"], world["patent"]).id
    assert far.get(f"/api/v1/review/{sid}").status_code == 403
    assert far.post(f"/api/v1/review/{sid}/claim").status_code == 403
    assert far.post(f"/api/v1/review/{sid}/confirm", json={"version": 1}).status_code == 403
    assert far.get("/api/v1/review/queue", params={"policy": "yiyang-2018"}).status_code == 403
    assert far.get("/api/v1/review/queue").json()["items"] == []
    assert far.get(f"/api/v1/documents/{world['patent']}").status_code == 404
    assert login(world["app"], "r1").get(f"/api/v1/documents/{world['patent']}").status_code == 200


def test_adjust_and_reject_need_a_reason(world: dict[str, Any]) -> None:
    r1 = login(world["app"], "r1")
    sid = suggestion_of(world["rt"], world["patent"]).id
    assert r1.post(f"/api/v1/review/{sid}/adjust", json={"version": 1, "hours": 30}).status_code == 422
    assert (
        r1.post(f"/api/v1/review/{sid}/adjust", json={"version": 1, "hours": 30, "reason": " "}).status_code
        == 422
    )
    assert r1.post(f"/api/v1/review/{sid}/reject", json={"version": 1}).status_code == 422
    assert suggestion_of(world["rt"], world["patent"]).status == "suggested"


def test_audit_log_holds_every_action(world: dict[str, Any]) -> None:
    r1, admin = login(world["app"], "r1"), login(world["app"], "boss")
    patent = suggestion_of(world["rt"], world["patent"]).id
    training = suggestion_of(world["rt"], world["training"]).id
    assert r1.post(f"/api/v1/review/{patent}/claim").status_code == 200
    adjusted = r1.post(
        f"/api/v1/review/{patent}/adjust", json={"version": 1, "hours": 30, "reason": "第二发明人"}
    )
    assert adjusted.status_code == 200 and adjusted.json()["hours"] == 30.0
    assert (
        r1.post(f"/api/v1/review/{training}/reject", json={"version": 1, "reason": "证书模糊"}).status_code
        == 200
    )
    log = r1.get("/api/v1/audit", params={"subject": f"suggestion:{patent}"}).json()["entries"]
    assert [e["action"] for e in log] == ["claim", "adjusted"]
    assert log[1]["before"]["hours"] == 60.0 and log[1]["after"]["hours"] == 30.0
    assert log[1]["actor"] == world["ids"]["r1"] and log[1]["reason"] == "第二发明人" and log[1]["at"]
    everything = admin.get("/api/v1/audit").json()["entries"]
    actions = [(e["action"], e["subject"]) for e in everything]
    assert ("rejected", f"suggestion:{training}") in actions
    assert ("user.create", f"user:{world['ids']['li']}") in actions and (
        "user.assign",
        f"user:{world['ids']['r1']}",
    ) in actions
    with world["rt"].sessions() as session:
        entry = session.query(AuditEntry).first()
        entry.action = "forged"  # type: ignore[union-attr]
        with pytest.raises(RuntimeError, match="append-only"):
            session.flush()


def test_correcting_a_field_recomputes_the_suggestion(world: dict[str, Any]) -> None:
    rt, ids = world["rt"], world["ids"]
    misread = {**truth("training_cert_clean"), "holder": "金勇趄"}
    doc = seed(rt, ids["jin"], {**misread, "title": "OCR误读的研修班"})
    row = suggestion_of(rt, doc)
    assert (row.status, row.hours) == ("not_eligible", 0.0)
    r1 = login(world["app"], "r1")
    fixed = r1.post(f"/api/v1/review/{row.id}/evidence",
                    json={"version": row.version, "fields": {"holder": "金勇超"}, "reason": "OCR 误读姓名"})  # fmt: skip
    assert fixed.status_code == 200, fixed.text
    body = fixed.json()
    assert (body["status"], body["hours"], body["evidence"]["holder"]) == ("suggested", 72.0, "金勇超")
    assert body["version"] > row.version
    jin = login(world["app"], "jin")
    assert jin.get(f"/api/v1/documents/{doc}/evidence").json()["holder"] == "金勇超"
    bad = r1.post(
        f"/api/v1/review/{row.id}/evidence",
        json={"version": body["version"], "fields": {"issued_on": "26/12"}},
    )
    assert bad.status_code == 422


def test_recomputing_a_year_keeps_reviewed_suggestions(world: dict[str, Any]) -> None:
    rt, ids = world["rt"], world["ids"]
    r1 = login(world["app"], "r1")
    sid = suggestion_of(rt, world["training"]).id
    assert (
        r1.post(
            f"/api/v1/review/{sid}/adjust", json={"version": 1, "hours": 40, "reason": "只认40"}
        ).status_code
        == 200
    )
    with rt.sessions.begin() as session:
        record = session.get_one(EvidenceRecord, world["training"])
        record.record = {**record.record, "hours_stated": 10.0}
        suggest.refresh_year(session, session.get_one(User, ids["jin"]), 2021)
    row = suggestion_of(rt, world["training"])
    assert (row.id, row.status, row.hours, row.version) == (sid, "adjusted", 40.0, 2)


def test_transcript_counts_confirmed_and_adjusted_hours_against_the_requirement(
    world: dict[str, Any],
) -> None:
    rt = world["rt"]
    r1, jin = login(world["app"], "r1"), login(world["app"], "jin")
    before = jin.get("/api/v1/transcript", params={"year": 2021}).json()
    assert before["totals"]["professional"] == 0.0 and before["pending"]["professional"] == 72.0
    sid = suggestion_of(rt, world["training"]).id
    assert r1.post(f"/api/v1/review/{sid}/confirm", json={"version": 1}).status_code == 200
    after = jin.get("/api/v1/transcript", params={"year": 2021}).json()
    assert after["totals"] == {"public": 0.0, "professional": 72.0, "total": 72.0}
    assert after["shortfall"] == {"public": 30.0, "professional": 0.0, "total": 18.0}
    assert after["evidence_ids"] == [world["training"]] and after["met"] is False
    assert jin.get("/api/v1/transcript", params={"year": 2021, "user": world["ids"]["li"]}).status_code == 404
    assert r1.get("/api/v1/transcript", params={"year": 2021, "user": world["ids"]["jin"]}).status_code == 200


def test_the_pipelines_suggest_stage_stores_suggestions_for_the_uploader(
    client: TestClient, run_jobs: Any
) -> None:
    import io

    from PIL import Image

    rt = get_runtime()
    rt.settings.ocr_engine = "fake"  # the fake engine reads 张三's 24-hour training certificate off any image
    zhang = make_user(rt, "zhang", "professional", name="张三", policy_id="yiyang-2018")
    me = login(client.app, "zhang")
    buf = io.BytesIO()
    Image.new("RGB", (600, 400), "white").save(buf, format="PNG")
    sent = me.post("/api/v1/documents", files=[("files", ("证书.png", buf.getvalue(), "image/png"))])
    assert sent.status_code == 202, sent.text
    doc_id = sent.json()["documents"][0]["id"]
    run_jobs()
    doc = me.get(f"/api/v1/documents/{doc_id}").json()
    assert (doc["status"], doc["stage"]) == ("processed", "suggested")
    evidence = me.get(f"/api/v1/documents/{doc_id}/evidence").json()
    row = suggestion_of(rt, doc_id)
    assert (row.owner_id, row.person, row.policy_id) == (zhang, "张三", "yiyang-2018")
    assert row.evidence == evidence and row.evidence_type == evidence["evidence_type"]
    assert row.is_open and row.version == 1 and row.status in ("suggested", "needs_review", "not_eligible")


def test_a_new_notice_recomputes_the_sign_in_sheet_of_the_same_year(world: dict[str, Any]) -> None:
    """Yiyang counts a sign-in sheet only with its notice: the sheet's open suggestion changes when one arrives."""
    rt, li = world["rt"], world["ids"]["li"]
    common = {"title": "2020年农业技术推广培训班", "issuer": "益阳市农业农村局",
              "period": {"start": "2020-06-01", "end": "2020-06-03"}}  # fmt: skip
    sheet = {**truth("training_cert_clean"), **common, "evidence_type": "sign_in_sheet", "holder": None,
             "hours_stated": None, "issued_on": None,
             "people": [{"name": "丁超", "rank": 1, "role": "attendee"}, {"name": "黎欣", "rank": 2, "role": "attendee"}]}  # fmt: skip
    sheet_doc = seed(rt, li, sheet)
    alone = suggestion_of(rt, sheet_doc)
    assert alone.status == "needs_review" and alone.hours is None
    notice = {**sheet, "evidence_type": "training_notice", "people": [], "hours_stated": 24.0}
    seed(rt, li, notice)
    paired = suggestion_of(rt, sheet_doc)
    assert paired.id == alone.id and paired.version == alone.version + 1
    assert paired.status == "suggested" and paired.hours


def test_pages_render_the_queue_the_review_and_the_transcript(world: dict[str, Any]) -> None:
    r1 = login(world["app"], "r1")
    queue = r1.get("/queue")
    sid = suggestion_of(world["rt"], world["patent"]).id
    assert queue.status_code == 200 and f'data-id="{sid}"' in queue.text and "专利证书" in queue.text
    page = r1.get(f"/review/{sid}")
    assert page.status_code == 200 and "yiyang-2018/patent-invention" in page.text and "发明" in page.text
    assert (
        'id="btn-confirm"' in page.text and "财务共享服务高级研修班" not in page.text
    )  # another person's year
    assert login(world["app"], "far").get(f"/review/{sid}").status_code == 403
    jin = login(world["app"], "jin")
    assert "72" not in jin.get("/transcript?year=2021").text.split("已计入的学时")[1]
    assert (
        r1.post(
            f"/api/v1/review/{suggestion_of(world['rt'], world['training']).id}/confirm", json={"version": 1}
        ).status_code
        == 200
    )
    counted = jin.get("/transcript?year=2021").text.split("已计入的学时")[1]
    assert "财务共享服务高级研修班" in counted and ">72<" in counted


def test_decisions_emit_events_in_the_same_transaction(world: dict[str, Any]) -> None:
    from models.tables_integration import WebhookDelivery, WebhookEndpoint

    rt, jin = world["rt"], world["ids"]["jin"]
    with rt.sessions.begin() as session:
        session.add(WebhookEndpoint(url="http://127.0.0.1:9/hook", secret="s" * 32, created_by="test",
                                    event_types=["suggestion.created", "credit.confirmed", "credit.rejected",
                                                 "transcript.requirement_met"]))  # fmt: skip
    public = {
        **truth("training_cert_clean"),
        "title": "2021年度专业技术人员公需科目培训",
        "hours_stated": 30.0,
    }
    public_doc = seed(rt, jin, public)
    r1 = login(world["app"], "r1")
    for doc in (world["training"], public_doc):
        row = suggestion_of(rt, doc)
        assert row.hours, row.explanation
        assert r1.post(f"/api/v1/review/{row.id}/confirm", json={"version": row.version}).status_code == 200
    assert r1.post(f"/api/v1/review/{suggestion_of(rt, world['patent']).id}/reject",
                   json={"version": 1, "reason": "x"}).status_code == 200  # fmt: skip
    with rt.sessions() as session:
        events = [
            (d.event_type, d.payload["data"])
            for d in session.query(WebhookDelivery).order_by(WebhookDelivery.created_at)
        ]
    kinds = [k for k, _ in events]
    assert kinds.count("suggestion.created") == 1  # only the one made after the endpoint existed
    assert kinds.count("credit.confirmed") == 2 and kinds.count("credit.rejected") == 1
    met = [data for kind, data in events if kind == "transcript.requirement_met"]
    assert len(met) == 1 and met[0]["owner"] == jin and met[0]["year"] == 2021
    confirmed = [data for kind, data in events if kind == "credit.confirmed"]
    assert {d["document"] for d in confirmed} == {world["training"], public_doc} and all(
        d["status"] == "confirmed" for d in confirmed
    )
