"""A real `credproof worker` (rq forks a work-horse per job) processes document after document on PostgreSQL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from imaging import encode
from PIL import Image
from servers import wait_for

from ingest.runtime import Runtime
from models.tables_documents import Document

pytestmark = [pytest.mark.redis, pytest.mark.postgres, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]


def distinct_png(n: int) -> bytes:
    """A small valid PNG whose bytes differ per n (uploads are deduplicated by content)."""
    img = Image.new("RGB", (320, 200), "white")
    img.putpixel((n % 320, n // 320), (n % 256, 0, 0))
    return encode(img, "PNG")


def start_worker(env: dict[str, str]) -> subprocess.Popen[bytes]:
    """`credproof worker` from this checkout, with forked work-horses (not --simple)."""
    env = {**env, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "api.cli", "worker"], cwd=ROOT, env=env,
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip


def stop_worker(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def statuses(rt: Runtime, ids: list[str]) -> dict[str, tuple[str, str | None]]:
    with rt.sessions() as s:
        return {d.id: (d.status, d.error) for d in s.query(Document).filter(Document.id.in_(ids))}


def test_forked_workhorses_on_postgres_process_documents_in_a_row(
    pro_client_pg, service_env_pg: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CREDPROOF_OCR_ENGINE", "fake")
    ids = []
    for n in range(5):
        resp = pro_client_pg.post(
            "/api/v1/documents", files=[("files", (f"d{n}.png", distinct_png(n), "image/png"))]
        )
        assert resp.status_code == 202, resp.text
        ids.append(resp.json()["documents"][0]["id"])
    worker = start_worker(dict(os.environ))
    try:
        done = wait_for(lambda: (s := statuses(service_env_pg, ids)) and all(v[0] in ("processed", "failed") for v in s.values()) and s,
                        timeout=240, interval=0.5, what="the worker to finish every document")  # fmt: skip
    finally:
        stop_worker(worker)
    assert {v for v in done.values()} == {("processed", None)}, done
