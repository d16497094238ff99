"""Real jobs on a real Redis: an upload is OCR'd by an rq worker; a worker killed mid-job loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from imaging import certificate_image, encode, scanned_pdf
from servers import wait_for

from ingest.runtime import get_runtime
from models.tables_documents import Document

pytestmark = [pytest.mark.redis, pytest.mark.ocr]
ROOT = Path(__file__).resolve().parents[2]


def _upload(pro_client, name: str, data: bytes) -> str:  # type: ignore[no-untyped-def]
    resp = pro_client.post("/api/v1/documents", files=[("files", (name, data, "application/octet-stream"))])
    assert resp.status_code == 202, resp.text
    return str(resp.json()["documents"][0]["id"])


def _status(doc_id: str) -> Document:
    with get_runtime().sessions() as s:
        doc = s.get(Document, doc_id)
        assert doc is not None
        return doc


def test_upload_is_processed_by_a_worker_into_pages_with_boxes(pro_client, run_jobs) -> None:  # type: ignore[no-untyped-def]
    doc_id = _upload(pro_client, "cert.jpg", encode(certificate_image(), "JPEG", quality=90))
    run_jobs()
    doc = pro_client.get(f"/api/v1/documents/{doc_id}").json()
    assert doc["status"] == "processed", doc["error"]
    assert doc["progress"] == 1.0 and doc["page_count"] == 1
    pages = pro_client.get(f"/api/v1/documents/{doc_id}/pages").json()["pages"]
    text = pages[0]["text"].replace(" ", "")
    assert "结业证书" in text and "24学时" in text
    word = pages[0]["words"][0]
    x0, y0, x1, y1 = word["bbox"]
    assert 0 <= x0 < x1 <= pages[0]["width"] and 0 <= y0 < y1 <= pages[0]["height"]
    assert 0 < word["conf"] <= 1
    image = pro_client.get(pages[0]["image_url"])
    # a photo is stored as it came, JPEG (a PNG of it costs 20 times the CPU and 7 times the bytes)
    assert image.status_code == 200 and image.headers["content-type"] == "image/jpeg"
    assert image.content.startswith(b"\xff\xd8\xff")
    evidence = pro_client.get(f"/api/v1/documents/{doc_id}/evidence")
    assert evidence.status_code == 200 and evidence.json()["schema"] == "credproof.evidence/1"


def test_processing_twice_replaces_pages_instead_of_duplicating(pro_client, run_jobs) -> None:  # type: ignore[no-untyped-def]
    from ingest.jobs import process_document

    doc_id = _upload(pro_client, "two.pdf", scanned_pdf(2))
    run_jobs()
    assert _status(doc_id).status == "processed"
    with get_runtime().sessions.begin() as s:  # pretend the first run was lost after writing pages
        s.get_one(Document, doc_id).status = "processing"
    assert process_document(doc_id) == "processed"
    pages = pro_client.get(f"/api/v1/documents/{doc_id}/pages").json()["pages"]
    assert [p["number"] for p in pages] == [1, 2]


def _start_worker(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "api.cli", "worker"], cwd=ROOT, env=env, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def _kill_tree(pid: int) -> None:
    import psutil

    parent = psutil.Process(pid)
    for proc in [*parent.children(recursive=True), parent]:
        proc.kill()


@pytest.mark.slow
def test_worker_killed_mid_job_does_not_lose_the_document(pro_client) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "CREDPROOF_STALE_AFTER_SECONDS": "3"}
    doc_id = _upload(pro_client, "long.pdf", scanned_pdf(4))  # four OCR'd pages: long enough to kill mid-way
    first = _start_worker(env)
    try:
        wait_for(lambda: _status(doc_id).status == "processing", timeout=120, what="the job to start")
        time.sleep(1.0)
        _kill_tree(first.pid)  # the worker and its work-horse (rq puts the horse in its own session)
        first.wait(timeout=10)
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
    time.sleep(2.0)  # a surviving horse would move the document on; a dead one leaves it as it was
    killed = _status(doc_id)
    assert killed.attempts == 1
    assert killed.status == "processing", "the kill must land mid-job for this test to mean anything"
    second = _start_worker(env)
    try:
        doc = wait_for(lambda: (d := _status(doc_id)).status in ("processed", "failed") and d, timeout=300,
                       what="the document to finish after a new worker started")  # fmt: skip
    finally:
        os.killpg(second.pid, signal.SIGTERM)
        second.wait(timeout=30)
    assert doc.status == "processed", doc.error
    assert doc.attempts >= 2
    pages = pro_client.get(f"/api/v1/documents/{doc_id}/pages").json()["pages"]
    assert [p["number"] for p in pages] == [1, 2, 3, 4]
