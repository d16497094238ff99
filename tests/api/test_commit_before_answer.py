"""A 2xx means it is stored: the request's transaction commits before the answer goes out (real uvicorn)."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from live import live_server

from api.app import create_app
from ingest.runtime import Runtime
from review import users

PASSWORD = "correct horse 1"
ROUNDS = 30


@pytest.fixture
def admin(service_env: Runtime) -> Iterator[httpx.Client]:
    """An admin logged in over HTTP to a real uvicorn serving the app (SQLite waits 2 s for a lock)."""
    service_env.settings.sqlite_busy_timeout_seconds = 2.0  # before the engine exists
    app = create_app(service_env)
    with service_env.sessions.begin() as session:
        users.create_user(session, "boss", PASSWORD, "admin", users.Profile(name="管理员"))
    with live_server(app) as base, httpx.Client(base_url=base, timeout=60) as client:
        answer = client.post("/api/v1/auth/login", json={"username": "boss", "password": PASSWORD})
        assert answer.status_code == 200, answer.text
        client.headers["X-CSRF-Token"] = answer.json()["csrf_token"]
        yield client


def _key(admin: httpx.Client) -> dict[str, str]:
    created = admin.post("/api/v1/api-keys", json={"name": "hr", "scopes": ["credits:read"]})
    assert created.status_code == 201, created.text
    return created.json()  # type: ignore[no-any-return]


def test_new_key_works_and_revoked_key_fails_on_the_very_next_request(admin: httpx.Client) -> None:
    outcomes = []
    with httpx.Client(base_url=str(admin.base_url), timeout=60) as other:
        for _ in range(ROUNDS):
            key = _key(admin)
            bearer = {"Authorization": f"Bearer {key['key']}"}
            first = other.get("/api/v1/credits", headers=bearer).status_code
            assert admin.post(f"/api/v1/api-keys/{key['id']}/revoke").status_code == 200
            after = other.get("/api/v1/credits", headers=bearer).status_code
            outcomes.append((first, after))
    assert outcomes == [(200, 401)] * ROUNDS


def test_failed_commit_answers_an_error_and_nothing_changed(
    admin: httpx.Client, service_env: Runtime
) -> None:
    key = _key(admin)
    bearer = {"Authorization": f"Bearer {key['key']}"}
    assert admin.get("/api/v1/credits", headers=bearer).status_code == 200
    database = Path(service_env.settings.db_url.removeprefix("sqlite:///"))
    locker = sqlite3.connect(database, timeout=0, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")  # another process holds SQLite's write lock
    try:
        answer = admin.post(f"/api/v1/api-keys/{key['id']}/revoke")
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert answer.status_code >= 500, answer.text
    assert set(answer.json()) >= {"error", "message"}
    assert admin.get("/api/v1/credits", headers=bearer).status_code == 200  # the key was not revoked
    listed = {k["id"]: k for k in admin.get("/api/v1/api-keys").json()["keys"]}
    assert listed[key["id"]]["revoked_at"] is None


def test_idempotent_retry_replays_the_stored_answer_at_once(admin: httpx.Client) -> None:
    answers = []
    for _ in range(ROUNDS):
        headers = {"Idempotency-Key": uuid.uuid4().hex}
        body = {"name": "hr", "scopes": ["credits:read"]}
        first = admin.post("/api/v1/api-keys", json=body, headers=headers)
        again = admin.post("/api/v1/api-keys", json=body, headers=headers)
        answers.append((first.status_code, again.status_code, again.headers.get("idempotent-replayed")))
        assert again.content == first.content
    assert answers == [(201, 201, "true")] * ROUNDS
