"""`credproof run` starts the whole service on embedded defaults: SQLite, file store, embedded Redis, a worker."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from imaging import certificate_image, encode
from servers import free_port, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.redis, pytest.mark.ocr]
ROOT = Path(__file__).resolve().parents[2]


def _up(base: str) -> bool:
    try:
        return httpx.get(f"{base}/openapi.json", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def test_run_starts_api_worker_and_embedded_redis(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DATABASE_URL")}
    env.update(CREDPROOF_DATA_DIR=str(tmp_path / "var"), CREDPROOF_ENV="development")
    log = (tmp_path / "run.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "api.cli", "run", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: _up(base) or proc.poll() is not None, timeout=90, what="the API to answer")
        assert proc.poll() is None, (tmp_path / "run.log").read_text(errors="replace")
        assert (tmp_path / "var" / "credproof.sqlite3").exists()
        assert (tmp_path / "var" / "redis" / "redis.sock").exists()
        client = httpx.Client(base_url=base, timeout=30)
        login_if_needed(client, tmp_path / "run.log")
        resp = client.post(
            "/api/v1/documents", files=[("files", ("c.png", encode(certificate_image(), "PNG"), "image/png"))]
        )
        assert resp.status_code == 202, resp.text
        doc_id = resp.json()["documents"][0]["id"]
        doc = wait_for(lambda: (d := client.get(f"/api/v1/documents/{doc_id}").json())["status"] in ("processed", "failed") and d,
                       timeout=180, what="the worker to process the upload")  # fmt: skip
        assert doc["status"] == "processed", doc["error"]
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def login_if_needed(client: httpx.Client, log_path: Path) -> None:
    """Uploads need a signed-in user once accounts exist: use the first-run admin password from the log."""
    if client.post("/api/v1/documents").status_code != 401:
        return
    import re

    text = log_path.read_text(errors="replace")
    match = re.search(r"username[:=]\s*(\S+).*?password[:=]\s*(\S+)", text, re.S | re.I)
    assert match, f"first-run admin credentials not printed:\n{text[-2000:]}"
    resp = client.post("/api/v1/auth/login", json={"username": match.group(1), "password": match.group(2)})
    assert resp.status_code == 200, resp.text
    client.headers["X-CSRF-Token"] = resp.json()["csrf_token"]
