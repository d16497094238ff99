"""The log output of a real `credproof serve` and a real `credproof worker`: every line is JSON, requests and jobs
carry their ids, and no credential (API key, password, cookie, webhook secret) appears anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from imaging import certificate_image, encode
from servers import free_port, wait_for

from api import apikeys
from models.db import make_engine, make_sessionmaker
from review import users

pytestmark = pytest.mark.redis
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "a long password 1"


@pytest.fixture
def service(tmp_path: Path, redis_server: str) -> Iterator[dict[str, Any]]:
    port = free_port()
    db = f"sqlite:///{tmp_path / 'data.sqlite3'}"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CREDPROOF_ENV": "test", "CREDPROOF_DATA_DIR": str(tmp_path / "d"),
           "DATABASE_URL": db, "REDIS_URL": redis_server, "CREDPROOF_QUEUE_NAME": f"logs-{port}",
           "CREDPROOF_OCR_ENGINE": "fake", "CREDPROOF_WEBHOOK_ALLOW_HOSTS": '["127.0.0.1"]'}  # fmt: skip
    run = [sys.executable, "-m", "api.cli"]
    subprocess.run([*run, "migrate"], env=env, cwd=ROOT, check=True, capture_output=True)
    sessions = make_sessionmaker(make_engine(db))
    with sessions.begin() as session:
        users.create_user(
            session, "wang", PASSWORD, "professional", users.Profile(name="王建国", policy_id="yiyang-2018")
        )
        key = apikeys.create_key(
            session, "platform", ["documents:write", "evidence:read", "webhooks:manage"], "t"
        )
    logs = {name: tmp_path / f"{name}.log" for name in ("serve", "worker")}
    files = {name: path.open("wb") for name, path in logs.items()}
    procs = [
        subprocess.Popen([*run, "serve", "--host", "127.0.0.1", "--port", str(port)], env=env, cwd=ROOT,
                         stdout=files["serve"], stderr=subprocess.STDOUT),
        subprocess.Popen([*run, "worker"], env=env, cwd=ROOT, stdout=files["worker"], stderr=subprocess.STDOUT),
    ]  # fmt: skip
    base = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            return httpx.get(base + "/healthz", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        wait_for(up, timeout=60, what="the server to answer")
        yield {"base": base, "key": key.key, "key_id": key.row.id, "logs": logs, "procs": procs}
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=15)
        for fh in files.values():
            fh.close()


def test_requests_and_jobs_log_json_lines_with_ids_and_no_secret(service):
    base, key = service["base"], service["key"]
    # the worker runs this worktree's code (PYTHONPATH): check the import path the child would use
    probe = subprocess.run([sys.executable, "-c", "import api; print(api.__file__)"], capture_output=True, text=True,
                           cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout  # fmt: skip
    assert probe.startswith(str(ROOT))
    bearer = {"Authorization": f"Bearer {key}"}
    png = encode(certificate_image(), "PNG")
    sent = httpx.post(base + "/api/v1/documents", files=[("files", ("证书.png", png, "image/png"))],
                      headers={**bearer, "X-Request-ID": "req-upload-0001"})  # fmt: skip
    assert sent.status_code == 202, sent.text
    assert sent.headers["x-request-id"] == "req-upload-0001"
    doc_id = sent.json()["documents"][0]["id"]

    def processed() -> dict[str, Any] | None:
        doc = httpx.get(f"{base}/api/v1/documents/{doc_id}", headers=bearer).json()
        return doc if doc["status"] in ("processed", "failed") else None

    assert (
        wait_for(processed, timeout=60, interval=0.3, what="the document to be processed")["status"]
        == "processed"
    )
    hook = httpx.post(base + "/api/v1/webhooks/endpoints", headers=bearer,
                      json={"url": "http://127.0.0.1:9/hooks", "event_types": ["document.processed"]})  # fmt: skip
    assert hook.status_code == 201, hook.text
    webhook_secret = hook.json()["secret"]
    with httpx.Client(base_url=base) as browser:
        login = browser.post("/api/v1/auth/login", json={"username": "wang", "password": PASSWORD})
        assert login.status_code == 200
        cookie = browser.cookies["credproof_session"]
        me = browser.get("/api/v1/me").json()
        assert (
            browser.post(
                "/api/v1/auth/login", json={"username": "wang", "password": "wrong " + PASSWORD}
            ).status_code
            == 401
        )
    for proc in service["procs"]:
        proc.terminate()
        proc.wait(timeout=15)

    lines = {name: path.read_text("utf-8").splitlines() for name, path in service["logs"].items()}
    records = {name: [parse(line) for line in found if line.strip()] for name, found in lines.items()}
    requests = [r for r in records["serve"] if r["logger"] == "credproof.request"]
    upload = next(r for r in requests if r["method"] == "POST" and r["path"] == "/api/v1/documents")
    assert upload["request_id"] == "req-upload-0001" and upload["api_key_id"] == service["key_id"]
    assert upload["status"] == 202 and upload["ms"] > 0
    status = [r for r in requests if r.get("document_id") == doc_id]
    assert status and all(r["route"] == "/api/v1/documents/{doc_id}" for r in status)
    assert all(len(r["request_id"]) == 32 for r in status)  # ids of our own when the caller sent none
    mine = [r for r in requests if r["path"] == "/api/v1/me"]
    assert mine and mine[0]["user_id"] == me["id"]
    assert not [r for r in records["serve"] if r["logger"] == "uvicorn.access"]

    jobs = [r for r in records["worker"] if r["logger"] == "credproof.job"]
    job = next(r for r in jobs if r.get("document_id") == doc_id)
    assert job["job_id"] and job["outcome"] == "processed" and job["user_id"] == service["key_id"]
    assert any(r["logger"].startswith("rq.") for r in records["worker"])  # rq's own lines are JSON too

    everything = "\n".join(lines["serve"] + lines["worker"])
    for secret in (key, PASSWORD, cookie, webhook_secret, "Bearer"):
        assert secret not in everything


def parse(line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except ValueError:
        pytest.fail(f"a log line that is not JSON: {line!r}")
    assert isinstance(record, dict) and {"ts", "level", "logger", "msg"} <= set(record)
    return record
