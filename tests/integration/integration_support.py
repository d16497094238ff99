"""Helpers for the integration tests: a scripted webhook receiver, an independent signature check, users, keys."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
from dataclasses import dataclass, field
from typing import Any

from fastapi.testclient import TestClient

from api import apikeys
from ingest.runtime import Runtime
from review import users

PASSWORD = "correct horse 1"


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """Answers each POST with the next scripted (status, headers); 200 once the script runs out."""

    url: str = ""
    script: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_answer(self, request: Received) -> tuple[int, dict[str, str]]:
        with self.lock:
            self.received.append(request)
            return self.script.pop(0) if self.script else (200, {})


def verify(secret: str, headers: dict[str, str], body: bytes) -> bool:
    """The Standard Webhooks check, written here independently of integration.webhooks."""
    key = base64.b64decode(secret.split("_", 1)[1])
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.{body.decode()}".encode()
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    offered = [s.split(",", 1)[1] for s in headers["webhook-signature"].split(" ") if s.startswith("v1,")]
    return any(hmac.compare_digest(expected, s) for s in offered)


def make_user(rt: Runtime, username: str, role: str, **profile: Any) -> str:
    with rt.sessions.begin() as session:
        return users.create_user(session, username, PASSWORD, role, users.Profile(**profile)).id


def make_key(rt: Runtime, scopes: list[str], name: str = "platform") -> str:
    with rt.sessions.begin() as session:
        return apikeys.create_key(session, name, scopes, "test").key


def bearer(key: str, **extra: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}", **extra}


def login(app: Any, username: str) -> TestClient:
    client = TestClient(app)
    answer = client.post("/api/v1/auth/login", json={"username": username, "password": PASSWORD})
    assert answer.status_code == 200, answer.text
    client.headers["X-CSRF-Token"] = answer.json()["csrf_token"]
    return client


def work(rt: Runtime, scheduler: bool = False) -> None:
    from rq import SimpleWorker

    SimpleWorker(rt.queues(), connection=rt.redis).work(burst=True, with_scheduler=scheduler)


def body_json(received: Received) -> dict[str, Any]:
    return json.loads(received.body)  # type: ignore[no-any-return]
