"""/healthz, /readyz and /metrics against a real Redis (stopped mid-test), a real worker process and real jobs."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from imaging import certificate_image, encode
from prometheus_client.parser import text_string_to_metric_families
from servers import wait_for

from api import apikeys
from api.app import create_app
from ingest.embedded_redis import EmbeddedRedis
from ingest.runtime import Runtime, get_runtime, reset_runtime
from models.tables_documents import Document
from review import users

pytestmark = pytest.mark.redis
ROOT = Path(__file__).resolve().parents[2]


def test_healthz_answers_with_every_dependency_missing(monkeypatch, tmp_path):
    monkeypatch.setenv("CREDPROOF_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("REDIS_URL", f"unix://{tmp_path}/no-such.sock")
    reset_runtime()
    with TestClient(create_app(get_runtime())) as client:
        answer = client.get("/healthz")
    reset_runtime()
    assert answer.status_code == 200 and answer.json() == {"status": "ok"}


def test_readyz_names_the_missing_worker(client):
    answer = client.get("/readyz")
    assert answer.status_code == 503
    body = answer.json()
    assert body["error"] == "not_ready" and body["failed"] == ["worker"]
    assert (
        body["checks"]["database"]["ok"] and body["checks"]["redis"]["ok"] and body["checks"]["store"]["ok"]
    )


@pytest.fixture
def own_redis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[EmbeddedRedis, Runtime]]:
    """A Redis server of this test's own (so it can be stopped) and the service's settings pointed at it."""
    server = EmbeddedRedis(tmp_path / "redis")
    monkeypatch.setenv("REDIS_URL", server.start())
    monkeypatch.setenv("CREDPROOF_ENV", "test")
    monkeypatch.setenv("CREDPROOF_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'data.sqlite3'}")
    monkeypatch.setenv("CREDPROOF_QUEUE_NAME", f"test-{uuid.uuid4().hex[:8]}")
    reset_runtime()
    yield server, get_runtime()
    server.stop()
    reset_runtime()


@pytest.fixture
def worker_process(own_redis: tuple[EmbeddedRedis, Runtime]) -> Iterator[subprocess.Popen[bytes]]:
    """A real `credproof worker` process running this worktree's code."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    probe = "import api, sys; sys.stdout.write(api.__file__)"
    assert subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True,
                          cwd=ROOT).stdout.startswith(str(ROOT))  # fmt: skip
    process = subprocess.Popen([sys.executable, "-m", "api.cli", "worker"], env=env, cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    yield process
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()


def test_readyz_is_ready_with_a_worker_and_503_while_redis_is_down(own_redis, worker_process):
    server, rt = own_redis
    with TestClient(create_app(rt)) as client:

        def ready() -> dict[str, Any] | None:
            answer = client.get("/readyz")
            return answer.json() if answer.status_code == 200 else None

        body = wait_for(ready, timeout=60, interval=0.5, what="the worker to register")
        assert body["status"] == "ready" and body["checks"]["worker"]["workers"] == 1

        server.stop()
        answer = client.get("/readyz")
        assert answer.status_code == 503
        body = answer.json()
        assert body["error"] == "not_ready" and "redis" in body["failed"] and "worker" in body["failed"]
        assert "database" not in body["failed"] and "store" not in body["failed"]
        assert "redis" in body["message"]
        assert client.get("/healthz").status_code == 200
        scraped = client.get("/metrics")
        assert scraped.status_code == 200
        assert samples(scraped.text)[("credproof_redis_up", ())] == 0.0


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a scrape, keyed by (name, sorted labels)."""
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


@pytest.fixture
def webhook_receiver() -> Iterator[list[bytes]]:
    got: list[bytes] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            got.append(self.rfile.read(int(self.headers.get("content-length", "0"))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    got.append(f"http://127.0.0.1:{server.server_address[1]}/hooks".encode())  # first item: the URL
    yield got
    server.shutdown()
    server.server_close()


@pytest.mark.ocr
def test_metrics_after_real_work(monkeypatch, service_env, webhook_receiver, run_jobs):
    monkeypatch.setenv("CREDPROOF_WEBHOOK_ALLOW_HOSTS", '["127.0.0.1"]')
    reset_runtime()
    rt = get_runtime()
    with TestClient(create_app(rt)) as client:
        with rt.sessions.begin() as session:
            key = apikeys.create_key(session, "platform", ["webhooks:manage"], "test").key
        url = webhook_receiver[0].decode()
        made = client.post("/api/v1/webhooks/endpoints", json={"url": url, "event_types": ["document.processed"]},
                           headers={"Authorization": f"Bearer {key}"})  # fmt: skip
        assert made.status_code == 201, made.text
        with rt.sessions.begin() as session:
            users.create_user(session, "pro", "correct horse 1", "professional",
                              users.Profile(name="王建国", policy_id="yiyang-2018"))  # fmt: skip
        pro = client
        login = pro.post("/api/v1/auth/login", json={"username": "pro", "password": "correct horse 1"})
        assert login.status_code == 200, login.text
        pro.headers["X-CSRF-Token"] = login.json()["csrf_token"]

        good, broken = (encode(certificate_image(lines), "PNG") for lines in (None, ["损坏的文件"]))
        ids = [upload(pro, name, data) for name, data in (("证书.png", good), ("坏.png", broken))]
        with rt.sessions() as session:  # the stored bytes of the second go bad before its job runs
            rt.store.blob_path(session.get_one(Document, ids[1]).sha256).write_bytes(broken[:200])
        run_jobs()
        run_jobs()  # the webhook delivery that the first document's event queued
        upload(pro, "再一份.png", encode(certificate_image(["再一份证书"]), "PNG"))  # stays queued
        time.sleep(1.1)
        got = samples(client.get("/metrics").text)

    assert got[("credproof_documents", (("status", "processed"),))] == 1
    assert got[("credproof_documents", (("status", "failed"),))] == 1
    assert got[("credproof_documents", (("status", "queued"),))] == 1
    assert got[("credproof_document_failures_total", (("code", "corrupt_document"),))] == 1
    ocr = (("stage", "ocr"),)
    assert got[("credproof_stage_duration_seconds_count", ocr)] == 1
    assert got[("credproof_stage_duration_seconds_sum", ocr)] > 0
    assert got[("credproof_stage_duration_seconds_bucket", (("le", "+Inf"), ("stage", "ocr")))] == 1
    assert got[("credproof_webhook_attempts_total", (("outcome", "2xx"),))] == 1
    assert got[("credproof_webhook_deliveries", (("status", "succeeded"),))] == 1
    queue = (("queue", rt.settings.queue_name),)
    assert got[("credproof_queue_depth", queue)] == 1
    assert got[("credproof_queue_oldest_job_age_seconds", queue)] >= 1.0
    assert got[("credproof_redis_up", ())] == 1.0
    assert len(webhook_receiver) == 2  # the URL and one delivery


def upload(client: TestClient, name: str, data: bytes) -> str:
    answer = client.post("/api/v1/documents", files=[("files", (name, data, "image/png"))])
    assert answer.status_code == 202, answer.text
    return str(answer.json()["documents"][0]["id"])
