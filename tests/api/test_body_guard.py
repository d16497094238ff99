"""Bodies are read only from known senders and only up to a cap (real uvicorn, raw sockets)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest
from live import live_server
from sqlalchemy import func, select

from api.app import create_app
from ingest.runtime import Runtime
from models.tables_integration import IdempotencyRecord
from review import users

PASSWORD = "correct horse 1"
HUGE = 200 * 1024 * 1024


@pytest.fixture
def base(service_env: Runtime) -> Iterator[str]:
    service_env.settings.max_file_bytes = 100_000  # cap = 10 files of 100 kB + 1 MB of framing
    app = create_app(service_env)
    with service_env.sessions.begin() as session:
        users.create_user(
            session, "pro", PASSWORD, "professional", users.Profile(name="王建国", policy_id="yiyang-2018")
        )
    with live_server(app) as url:
        yield url


def _head_only(base: str, headers: dict[str, str], path: str = "/api/v1/documents") -> bytes:
    """Send a request head that announces a body, send none of it, and return what the server answers."""
    url = urlsplit(base)
    lines = [
        f"POST {path} HTTP/1.1",
        f"Host: {url.netloc}",
        *(f"{k}: {v}" for k, v in headers.items()),
        "",
        "",
    ]
    with socket.create_connection((url.hostname, url.port), timeout=10) as sock:
        sock.sendall("\r\n".join(lines).encode())
        answer = b""
        try:
            while chunk := sock.recv(65536):  # the server closes after its answer (connection: close)
                answer += chunk
        except TimeoutError:
            return answer or b"(no answer within 10 s: the server is waiting for the body)"
        return answer


def _idempotency_rows(rt: Runtime) -> int:
    with rt.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(IdempotencyRecord)) or 0)


def _login(base: str) -> tuple[dict[str, str], str]:
    with httpx.Client(base_url=base, timeout=30) as c:
        answer = c.post("/api/v1/auth/login", json={"username": "pro", "password": PASSWORD})
        assert answer.status_code == 200, answer.text
        return dict(c.cookies), answer.json()["csrf_token"]


@pytest.mark.parametrize(
    "credential", [{}, {"Authorization": "Bearer cp_live_not-a-key"}], ids=["none", "bad-key"]
)
def test_anonymous_large_post_is_refused_before_the_body(
    base: str, service_env: Runtime, credential: dict[str, str]
) -> None:
    head = {"Content-Type": "multipart/form-data; boundary=x", "Content-Length": str(HUGE),
            "Idempotency-Key": "k-1", **credential}  # fmt: skip
    answer = _head_only(base, head)
    assert answer.startswith(b"HTTP/1.1 401"), answer[:200]
    assert b'"error":"unauthenticated"' in answer.replace(b" ", b"")
    assert _idempotency_rows(service_env) == 0


def test_declared_oversize_body_is_refused_at_once(base: str) -> None:
    cookies, csrf = _login(base)
    cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
    head = {"Content-Type": "multipart/form-data; boundary=x", "Content-Length": str(HUGE), "Cookie": cookie,
            "X-CSRF-Token": csrf, "Idempotency-Key": "k-2"}  # fmt: skip
    answer = _head_only(base, head)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]


def test_streamed_oversize_body_is_cut_off(base: str) -> None:
    cookies, csrf = _login(base)

    def chunks() -> Iterator[bytes]:
        yield b'--x\r\nContent-Disposition: form-data; name="files"; filename="a.png"\r\n\r\n'
        for _ in range(40):  # 4 MB, past the 2 MB cap, with no Content-Length
            yield b"\0" * 100_000

    with httpx.Client(base_url=base, cookies=cookies, timeout=30) as c:
        answer = c.post("/api/v1/documents", content=chunks(),
                        headers={"Content-Type": "multipart/form-data; boundary=x", "X-CSRF-Token": csrf})  # fmt: skip
    assert answer.status_code == 413, answer.text
    assert answer.json()["error"] == "file_too_large"
