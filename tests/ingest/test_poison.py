"""A poison document, whose work-horse dies on every attempt, ends `failed` with a reason instead of looping."""

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

pytestmark = [pytest.mark.redis, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]

# A real `credproof worker` whose forked work-horses die hard in the middle of every job.
DYING_WORKER = """
import os, sys
import ingest.jobs
ingest.jobs.run_stages = lambda run: os._exit(70)
from api.cli import main
sys.exit(main(["worker"]))
"""


def test_a_document_whose_workhorse_always_dies_is_given_up(pro_client, service_env: Runtime) -> None:  # type: ignore[no-untyped-def]
    img = Image.new("RGB", (200, 120), "white")
    resp = pro_client.post("/api/v1/documents", files=[("files", ("p.png", encode(img, "PNG"), "image/png"))])
    assert resp.status_code == 202, resp.text
    doc_id = resp.json()["documents"][0]["id"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CREDPROOF_STALE_AFTER_SECONDS": "2",
           "CREDPROOF_MAX_ATTEMPTS": "3", "CREDPROOF_OCR_ENGINE": "fake"}  # fmt: skip
    worker = subprocess.Popen([sys.executable, "-c", DYING_WORKER], cwd=ROOT, env=env, start_new_session=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip

    def finished() -> Document | None:
        with service_env.sessions() as s:
            doc = s.get_one(Document, doc_id)
            return doc if doc.status in ("processed", "failed") else None

    try:
        doc = wait_for(finished, timeout=150, interval=0.5, what="the poison document to be given up")
    finally:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(timeout=10)
    assert doc.status == "failed"
    assert doc.attempts == 3
    assert "gave up after 3 attempts" in (doc.error or "")
