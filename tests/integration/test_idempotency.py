"""Idempotency-Key on POST: replays with no new rows, 422 on a different body, one winner under concurrency."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from integration_support import bearer, make_key, make_user

from ingest.runtime import Runtime, get_runtime
from models.db import utcnow
from models.tables_documents import Document
from models.tables_integration import IdempotencyRecord, WebhookEndpoint

PNG = Path(__file__).resolve().parent.parent / "fixtures" / "patent_clean.png"
HOOK = {"url": "http://127.0.0.1:9/hook", "event_types": ["credit.confirmed"]}


def count(rt: Runtime, table: type) -> int:
    with rt.sessions() as session:
        return session.query(table).count()


@pytest.fixture
def manager(rt: Runtime) -> str:
    return make_key(rt, ["webhooks:manage", "documents:write"])


def test_same_key_same_body_replays_the_first_answer(api: TestClient, rt: Runtime, manager: str) -> None:
    headers = bearer(manager, **{"Idempotency-Key": "k-1"})
    first = api.post("/api/v1/webhooks/endpoints", json=HOOK, headers=headers)
    second = api.post("/api/v1/webhooks/endpoints", json=HOOK, headers=headers)
    assert first.status_code == second.status_code == 201
    assert second.json() == first.json()  # the same id and the same secret: nothing new was created
    assert second.headers.get("idempotent-replayed") == "true"
    assert "idempotent-replayed" not in first.headers
    assert count(rt, WebhookEndpoint) == 1


def test_an_error_answer_is_replayed_with_its_status(api: TestClient, rt: Runtime, manager: str) -> None:
    headers = bearer(manager, **{"Idempotency-Key": "k-err"})
    bad = {"url": "http://10.0.0.1/x", "event_types": ["credit.confirmed"]}
    first = api.post("/api/v1/webhooks/endpoints", json=bad, headers=headers)
    second = api.post("/api/v1/webhooks/endpoints", json=bad, headers=headers)
    assert first.status_code == second.status_code == 422
    assert second.json() == first.json() and second.headers.get("idempotent-replayed") == "true"


def test_same_key_different_body_is_refused(api: TestClient, rt: Runtime, manager: str) -> None:
    headers = bearer(manager, **{"Idempotency-Key": "k-2"})
    assert api.post("/api/v1/webhooks/endpoints", json=HOOK, headers=headers).status_code == 201
    other = {**HOOK, "description": "另一个"}
    answer = api.post("/api/v1/webhooks/endpoints", json=other, headers=headers)
    assert answer.status_code == 422
    assert answer.json()["error"] == "idempotency_key_reused"
    assert count(rt, WebhookEndpoint) == 1


def test_keys_belong_to_their_caller(api: TestClient, rt: Runtime, manager: str) -> None:
    other = make_key(rt, ["webhooks:manage"], name="other platform")
    a = api.post(
        "/api/v1/webhooks/endpoints", json=HOOK, headers=bearer(manager, **{"Idempotency-Key": "same"})
    )
    b = api.post(
        "/api/v1/webhooks/endpoints", json=HOOK, headers=bearer(other, **{"Idempotency-Key": "same"})
    )
    assert a.status_code == b.status_code == 201
    assert (
        a.json()["id"] != b.json()["id"]
    )  # another caller's key is another key: no leak of the first answer
    assert count(rt, WebhookEndpoint) == 2


def test_without_a_key_every_post_acts(api: TestClient, rt: Runtime, manager: str) -> None:
    for _ in range(2):
        assert api.post("/api/v1/webhooks/endpoints", json=HOOK, headers=bearer(manager)).status_code == 201
    assert count(rt, WebhookEndpoint) == 2
    assert count(rt, IdempotencyRecord) == 0


def test_a_malformed_key_is_refused(api: TestClient, manager: str) -> None:
    answer = api.post(
        "/api/v1/webhooks/endpoints", json=HOOK, headers=bearer(manager, **{"Idempotency-Key": "x" * 300})
    )
    assert answer.status_code == 422


def test_an_upload_replayed_creates_no_second_document(api: TestClient, rt: Runtime, manager: str) -> None:
    files = {"files": ("patent.png", PNG.read_bytes(), "image/png")}
    headers = bearer(manager, **{"Idempotency-Key": "upload-1"})
    first = api.post(
        "/api/v1/documents", files=files, headers=headers
    )  # a fresh multipart boundary each time
    second = api.post("/api/v1/documents", files=files, headers=headers)
    assert first.status_code == second.status_code == 202, first.text
    assert second.json() == first.json()
    assert second.json()["documents"][0]["duplicate"] is False  # replayed, not re-run (a re-run says True)
    assert count(rt, Document) == 1


def test_concurrent_requests_with_one_key_create_exactly_one(api_db: TestClient) -> None:
    api, rt = api_db, get_runtime()
    owner = make_user(rt, "wang", "professional", name="王建国", policy_id="yantai-2020")
    key = make_key(rt, ["documents:write"])
    headers = bearer(key, **{"Idempotency-Key": "race-1", "X-On-Behalf-Of": owner})
    files = {"files": ("patent.png", PNG.read_bytes(), "image/png")}
    start, answers = threading.Barrier(6), []

    def send() -> None:
        start.wait()
        answers.append(api.post("/api/v1/documents", files=files, headers=headers))

    threads = [threading.Thread(target=send) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    codes = sorted(a.status_code for a in answers)
    assert set(codes) <= {202, 409} and 202 in codes, codes
    bodies = [a.json() for a in answers if a.status_code == 202]
    assert all(b == bodies[0] for b in bodies) and bodies[0]["documents"][0]["duplicate"] is False
    assert all(a.json()["error"] == "idempotency_in_flight" for a in answers if a.status_code == 409)
    with rt.sessions() as session:
        docs = session.query(Document).all()
    assert [d.owner_id for d in docs] == [owner]  # exactly one, and it belongs to the professional
    retry = api.post("/api/v1/documents", files=files, headers=headers)
    assert retry.status_code == 202 and retry.json() == bodies[0]


def test_an_oversized_body_with_a_key_is_refused_before_it_is_held(
    api: TestClient, rt: Runtime, manager: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rt.settings, "max_file_bytes", 1000)
    files = {"files": ("patent.png", PNG.read_bytes(), "image/png")}  # far more than 10 x 1000 bytes
    answer = api.post("/api/v1/documents", files=files, headers=bearer(manager, **{"Idempotency-Key": "big"}))
    assert answer.status_code == 413
    assert count(rt, Document) == 0 and count(rt, IdempotencyRecord) == 0


def test_after_24_hours_the_key_acts_again(api: TestClient, rt: Runtime, manager: str) -> None:
    headers = bearer(manager, **{"Idempotency-Key": "k-old"})
    first = api.post("/api/v1/webhooks/endpoints", json=HOOK, headers=headers)
    with rt.sessions.begin() as session:
        record = session.query(IdempotencyRecord).one()
        assert (record.expires_at - record.created_at).total_seconds() == 24 * 3600
        record.expires_at = utcnow() - timedelta(seconds=1)
    second = api.post("/api/v1/webhooks/endpoints", json=HOOK, headers=headers)
    assert second.status_code == 201 and second.json()["id"] != first.json()["id"]
    assert count(rt, WebhookEndpoint) == 2 and count(rt, IdempotencyRecord) == 1


def test_expired_answers_are_purged(
    api: TestClient, rt: Runtime, manager: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    api.post("/api/v1/webhooks/endpoints", json=HOOK, headers=bearer(manager, **{"Idempotency-Key": "old"}))
    with rt.sessions.begin() as session:
        session.query(IdempotencyRecord).one().expires_at = utcnow() - timedelta(seconds=1)
    monkeypatch.setattr("api.idempotency.PURGE_CHANCE", 1.0)
    answer = api.post(
        "/api/v1/webhooks/endpoints", json=HOOK, headers=bearer(manager, **{"Idempotency-Key": "new"})
    )
    assert answer.status_code == 201
    with rt.sessions() as session:
        assert [r.key for r in session.query(IdempotencyRecord)] == ["new"]
