"""Fixtures for the integration layer: a real webhook receiver on 127.0.0.1 and the app set up for it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from fastapi.testclient import TestClient
from integration_support import Received, Receiver

from ingest.runtime import Runtime, get_runtime


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            status, extra = state.next_answer(Received({k.lower(): v for k, v in self.headers.items()}, body))
            self.send_response(status)
            for name, value in extra.items():
                self.send_header(name, value)
            self.send_header("content-length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> TestClient:
    """The app with loopback webhooks allowed and retries without waiting (backoff intervals of 0 s)."""
    _webhook_env(monkeypatch)
    return request.getfixturevalue("client")  # type: ignore[no-any-return]


@pytest.fixture
def api_db(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest, db_url: str) -> TestClient:
    """Like `api`, once on SQLite and once on PostgreSQL (db_url is parametrized by the root conftest)."""
    _webhook_env(monkeypatch)
    return request.getfixturevalue("client_db")  # type: ignore[no-any-return]


def _webhook_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CREDPROOF_WEBHOOK_ALLOW_HOSTS", '["127.0.0.1"]')
    monkeypatch.setenv("CREDPROOF_WEBHOOK_RETRY_INTERVALS", "[0, 0, 0]")
    monkeypatch.setenv("CREDPROOF_WEBHOOK_TIMEOUT_SECONDS", "3")


@pytest.fixture
def rt(api: TestClient) -> Runtime:
    return get_runtime()
