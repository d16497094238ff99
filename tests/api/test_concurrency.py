"""Concurrent clients against a real uvicorn: no freeze, no 5xx, every accepted upload is stored."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from imaging import encode
from live import live_server
from PIL import Image

from api.app import create_app
from ingest.runtime import Runtime
from review import users

PASSWORD = "correct horse 1"
GETS, UPLOADS = 40, 20


def _png(n: int) -> bytes:
    img = Image.new("RGB", (200, 120), "white")
    img.putpixel((n, 0), (n, 0, 0))
    return encode(img, "PNG")


def _session_headers(base: str) -> tuple[dict[str, str], dict[str, str]]:
    with httpx.Client(base_url=base, timeout=60) as c:
        answer = c.post("/api/v1/auth/login", json={"username": "pro", "password": PASSWORD})
        assert answer.status_code == 200, answer.text
        return dict(c.cookies), {"X-CSRF-Token": answer.json()["csrf_token"]}


@pytest.mark.redis
def test_forty_gets_and_twenty_uploads_at_once(service_env_db: Runtime) -> None:
    app = create_app(service_env_db)
    with service_env_db.sessions.begin() as session:
        users.create_user(session, "pro", PASSWORD, "professional",
                          users.Profile(name="王建国", policy_id="yiyang-2018"))  # fmt: skip
    with live_server(app) as base:
        cookies, headers = _session_headers(base)

        def get(_: int) -> int:
            with httpx.Client(base_url=base, cookies=cookies, headers=headers, timeout=60) as c:
                return c.get("/api/v1/documents").status_code

        def upload(n: int) -> tuple[int, str | None]:
            files = [("files", (f"p{n}.png", _png(n), "image/png"))]
            with httpx.Client(base_url=base, cookies=cookies, headers=headers, timeout=60) as c:
                answer = c.post("/api/v1/documents", files=files)
                body = answer.json()
                return answer.status_code, body["documents"][0]["id"] if answer.status_code == 202 else None

        with ThreadPoolExecutor(GETS + UPLOADS) as pool:
            uploads = [pool.submit(upload, n) for n in range(UPLOADS)]
            gets = [pool.submit(get, n) for n in range(GETS)]
            got = [f.result() for f in gets]
            sent = [f.result() for f in uploads]
        assert got == [200] * GETS
        assert [status for status, _ in sent] == [202] * UPLOADS
        with httpx.Client(base_url=base, cookies=cookies, timeout=60) as c:
            listed = {d["id"] for d in c.get("/api/v1/documents", params={"limit": 200}).json()["documents"]}
        assert {doc_id for _, doc_id in sent} <= listed


def test_an_unexpected_error_is_a_json_500(service_env: Runtime) -> None:
    app = create_app(service_env)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("a bug")

    with live_server(app) as base:
        answer = httpx.get(f"{base}/boom", timeout=30)
    assert answer.status_code == 500
    assert answer.headers["content-type"].startswith("application/json")
    assert answer.json() == {"error": "internal_error", "message": "服务器内部错误 / internal server error"}
