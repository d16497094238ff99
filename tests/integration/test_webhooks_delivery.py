"""Signed webhook deliveries to a real receiver on 127.0.0.1, run as rq jobs against a real Redis."""

from __future__ import annotations

import time
from datetime import UTC, timedelta

import pytest
from fastapi.testclient import TestClient
from integration_support import Receiver, bearer, body_json, make_key, verify, work
from rq.registry import ScheduledJobRegistry

from ingest.runtime import Runtime, get_runtime
from integration import webhooks
from models.outbox import emit
from models.tables_documents import Document
from models.tables_integration import DeliveryAttempt, WebhookDelivery, WebhookEndpoint

pytestmark = pytest.mark.redis


def register(api: TestClient, key: str, url: str, events: list[str]) -> dict:  # type: ignore[type-arg]
    answer = api.post(
        "/api/v1/webhooks/endpoints", json={"url": url, "event_types": events}, headers=bearer(key)
    )
    assert answer.status_code == 201, answer.text
    return answer.json()  # type: ignore[no-any-return]


def fire(rt: Runtime, event_type: str = "credit.confirmed", data: dict | None = None) -> list[str]:  # type: ignore[type-arg]
    with rt.sessions.begin() as session:
        return emit(session, event_type, data or {"id": "s1", "status": "confirmed"})


def delivery(rt: Runtime, delivery_id: str) -> WebhookDelivery:
    with rt.sessions() as session:
        row = session.get_one(WebhookDelivery, delivery_id)
        _ = row.attempt_log  # load before the session closes
        return row


@pytest.fixture
def manager(rt: Runtime) -> str:
    return make_key(rt, ["webhooks:manage"])


def test_delivery_is_signed_per_standard_webhooks(
    api: TestClient, rt: Runtime, manager: str, receiver: Receiver
) -> None:
    endpoint = register(api, manager, receiver.url, ["credit.confirmed"])
    assert endpoint["secret"].startswith("whsec_")
    before = int(time.time())
    [delivery_id] = fire(rt, data={"id": "s1", "status": "confirmed"})
    work(rt)
    after = time.time()
    [got] = receiver.received
    assert verify(endpoint["secret"], got.headers, got.body)
    assert not verify("whsec_" + "A" * 44, got.headers, got.body)  # a wrong secret does not verify
    assert got.headers["webhook-id"] == delivery_id
    # signed at delivery: within the test's own window (not against a later reading of a clock that may step)
    assert before <= int(got.headers["webhook-timestamp"]) <= after
    assert body_json(got)["type"] == "credit.confirmed"
    assert body_json(got)["data"] == {"id": "s1", "status": "confirmed"}
    row = delivery(rt, delivery_id)
    assert row.status == "succeeded" and row.attempts == 1 and row.last_latency_ms is not None


def test_only_subscribed_endpoints_get_an_event(
    api: TestClient, rt: Runtime, manager: str, receiver: Receiver
) -> None:
    register(api, manager, receiver.url, ["document.failed"])
    assert fire(rt, "credit.confirmed") == []
    work(rt)
    assert receiver.received == []


def test_failing_twice_then_200_arrives_on_the_third_attempt(api_db: TestClient, receiver: Receiver) -> None:
    api, rt = api_db, get_runtime()
    manager = make_key(rt, ["webhooks:manage"])
    endpoint = register(api, manager, receiver.url, ["credit.confirmed"])
    receiver.script = [(500, {}), (503, {})]
    [delivery_id] = fire(rt)
    work(rt)
    assert len(receiver.received) == 3
    assert len({r.headers["webhook-id"] for r in receiver.received}) == 1  # one message, three tries
    assert all(verify(endpoint["secret"], r.headers, r.body) for r in receiver.received)
    row = delivery(rt, delivery_id)
    assert row.status == "succeeded" and row.attempts == 3
    assert [a.status_code for a in row.attempt_log] == [500, 503, 200]
    assert all(a.latency_ms >= 0 for a in row.attempt_log)
    log = api.get(f"/api/v1/webhooks/deliveries/{delivery_id}", headers=bearer(manager)).json()
    assert [a["status_code"] for a in log["attempt_log"]] == [500, 503, 200]


def test_gives_up_after_the_last_interval(
    api: TestClient, rt: Runtime, manager: str, receiver: Receiver
) -> None:
    register(api, manager, receiver.url, ["credit.confirmed"])
    receiver.script = [(500, {})] * 10
    [delivery_id] = fire(rt)
    work(rt)
    assert len(receiver.received) == 4  # the first try and three retries (intervals [0, 0, 0])
    assert delivery(rt, delivery_id).status == "failed"


def test_retry_after_is_honoured(api: TestClient, rt: Runtime, manager: str, receiver: Receiver) -> None:
    register(api, manager, receiver.url, ["credit.confirmed"])
    receiver.script = [(429, {"Retry-After": "2"})]
    [delivery_id] = fire(rt)
    work(rt)
    assert len(receiver.received) == 1  # not retried at once, although the backoff interval is 0
    row = delivery(rt, delivery_id)
    attempted = row.attempt_log[0].started_at.replace(tzinfo=UTC)
    assert row.status == "retrying"
    assert timedelta(seconds=1.5) < row.next_attempt_at.replace(tzinfo=UTC) - attempted < timedelta(seconds=4)
    assert len(ScheduledJobRegistry(queue=rt.webhook_queue)) == 1
    time.sleep(2.2)
    work(rt, scheduler=True)  # the scheduler moves the due job to the queue, then the worker runs it
    work(rt)
    assert len(receiver.received) == 2
    assert delivery(rt, delivery_id).status == "succeeded"


def test_a_410_disables_the_endpoint(api: TestClient, rt: Runtime, manager: str, receiver: Receiver) -> None:
    endpoint = register(api, manager, receiver.url, ["credit.confirmed"])
    receiver.script = [(410, {})]
    [delivery_id] = fire(rt)
    work(rt)
    assert len(receiver.received) == 1  # no retry after 410
    assert delivery(rt, delivery_id).status == "failed"
    listed = api.get("/api/v1/webhooks/endpoints", headers=bearer(manager)).json()["endpoints"]
    assert [(e["id"], e["enabled"]) for e in listed] == [(endpoint["id"], False)]
    assert fire(rt) == []  # a disabled endpoint gets no new deliveries
    again = api.post(f"/api/v1/webhooks/deliveries/{delivery_id}/replay", headers=bearer(manager))
    assert again.status_code == 422


def test_replay_sends_the_same_message_again(
    api: TestClient, rt: Runtime, manager: str, receiver: Receiver
) -> None:
    endpoint = register(api, manager, receiver.url, ["credit.confirmed"])
    [delivery_id] = fire(rt)
    work(rt)
    answer = api.post(f"/api/v1/webhooks/deliveries/{delivery_id}/replay", headers=bearer(manager))
    assert answer.status_code == 202, answer.text
    assert answer.json()["status"] == "pending"
    work(rt)
    first, second = receiver.received
    assert second.headers["webhook-id"] == first.headers["webhook-id"] == delivery_id
    assert second.body == first.body and verify(endpoint["secret"], second.headers, second.body)
    row = delivery(rt, delivery_id)
    assert row.status == "succeeded" and [a.number for a in row.attempt_log] == [1, 2]


def test_rotation_keeps_both_signatures_valid(
    api: TestClient, rt: Runtime, manager: str, receiver: Receiver
) -> None:
    endpoint = register(api, manager, receiver.url, ["credit.confirmed"])
    rotated = api.post(
        f"/api/v1/webhooks/endpoints/{endpoint['id']}/rotate-secret", headers=bearer(manager)
    ).json()
    assert rotated["secret"] != endpoint["secret"] and rotated["previous_secret_expires_at"]
    fire(rt)
    work(rt)
    [got] = receiver.received
    assert len(got.headers["webhook-signature"].split(" ")) == 2
    assert verify(endpoint["secret"], got.headers, got.body)  # receivers not yet switched still verify
    assert verify(rotated["secret"], got.headers, got.body)
    with rt.sessions.begin() as session:  # the overlap ends: only the new secret signs
        session.get_one(WebhookEndpoint, endpoint["id"]).previous_secret_expires_at = (
            webhooks.utcnow() - timedelta(seconds=1)
        )
    fire(rt)
    work(rt)
    later = receiver.received[1]
    assert verify(rotated["secret"], later.headers, later.body)
    assert not verify(endpoint["secret"], later.headers, later.body)


def test_a_rolled_back_event_is_never_sent(
    api: TestClient, rt: Runtime, manager: str, receiver: Receiver
) -> None:
    register(api, manager, receiver.url, ["credit.confirmed"])
    session = rt.sessions()
    emit(session, "credit.confirmed", {"id": "s9", "status": "confirmed"})
    session.rollback()
    session.close()
    work(rt)
    assert receiver.received == []
    with rt.sessions() as s:
        assert s.query(WebhookDelivery).count() == 0


def test_the_pipeline_announces_a_failed_document(
    api: TestClient, rt: Runtime, manager: str, receiver: Receiver
) -> None:
    register(api, manager, receiver.url, ["document.processed", "document.failed"])
    from ingest.jobs import _finish

    with rt.sessions.begin() as session:
        doc = Document(owner_id="p1", filename="a.png", content_type="image/png", size=1, sha256="0" * 64)
        session.add(doc)
    _finish(rt, doc.id, "failed", "unreadable")
    work(rt)
    [got] = receiver.received
    assert body_json(got)["type"] == "document.failed"
    assert body_json(got)["data"]["id"] == doc.id and body_json(got)["data"]["status"] == "failed"


@pytest.mark.parametrize("url", ["http://10.0.0.5/hook", "http://127.0.0.2:9/hook", "http://[::1]/hook",
                                 "http://169.254.169.254/latest/meta-data", "ftp://example.org/x", "http://192.168.1.1/"])  # fmt: skip
def test_ssrf_guard_refuses_private_targets(api: TestClient, rt: Runtime, manager: str, url: str) -> None:
    answer = api.post("/api/v1/webhooks/endpoints", json={"url": url, "event_types": ["credit.confirmed"]},
                      headers=bearer(manager))  # fmt: skip
    assert answer.status_code == 422, answer.text
    with rt.sessions() as session:
        assert session.query(WebhookEndpoint).count() == 0


def test_ssrf_guard_without_allow_list_refuses_loopback_and_allows_public() -> None:
    for url in (
        "http://127.0.0.1:8080/x",
        "http://localhost/x",
        "http://[::ffff:10.0.0.1]/x",
        "http://0.0.0.0/",
    ):
        with pytest.raises(webhooks.InputError):
            webhooks.check_url(url, [])
    webhooks.check_url("https://93.184.216.34/hook", [])  # a public address literal: no DNS needed
    webhooks.check_url("http://10.1.2.3/hook", ["10.0.0.0/8"])  # an allow-listed private network


def test_delivery_time_guard_refuses_an_endpoint_no_longer_allowed(
    api: TestClient, rt: Runtime, manager: str, receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(api, manager, receiver.url, ["credit.confirmed"])
    [delivery_id] = fire(rt)
    monkeypatch.setattr(rt.settings, "webhook_allow_hosts", [])
    work(rt)
    assert receiver.received == []
    row = delivery(rt, delivery_id)
    assert row.status == "failed" and "SSRF" in (row.last_error or "")
    with rt.sessions() as session:
        assert session.query(DeliveryAttempt).count() == 1


def test_deliveries_have_their_own_queue_and_do_not_wait_behind_ocr(
    api: TestClient, rt: Runtime, manager: str, receiver: Receiver
) -> None:
    from rq import SimpleWorker

    from ingest.queue import enqueue_document

    register(api, manager, receiver.url, ["credit.confirmed"])
    backlog = [enqueue_document(rt.queue, f"doc-{n}") for n in range(5)]  # OCR work nobody has taken yet
    [delivery_id] = fire(rt)
    assert rt.queue.job_ids == backlog  # nothing of the webhook's on the OCR queue
    SimpleWorker(rt.queues("webhooks"), connection=rt.redis).work(burst=True, with_scheduler=False)
    assert delivery(rt, delivery_id).status == "succeeded"
    assert len(receiver.received) == 1
    assert rt.queue.count == 5  # the webhook worker never touched OCR jobs
