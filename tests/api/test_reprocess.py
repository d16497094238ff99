"""A failed document can run again: the reprocess action (API, documents page) and a re-upload of its bytes."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from imaging import encode
from live import sign_in as login_as_new_user
from PIL import Image

from api.app import create_app
from ingest.runtime import Runtime
from models.tables_documents import Document
from models.tables_review import AuditEntry

pytestmark = [pytest.mark.redis]
PNG = encode(Image.new("RGB", (200, 120), "white"), "PNG")


@pytest.fixture
def failed(pro_client, service_env: Runtime, run_jobs) -> str:  # type: ignore[no-untyped-def]
    """A document that failed for a passing reason (as after a full disk)."""
    service_env.settings.ocr_engine = "fake"
    answer = pro_client.post("/api/v1/documents", files=[("files", ("a.png", PNG, "image/png"))])
    doc_id = str(answer.json()["documents"][0]["id"])
    with service_env.sessions.begin() as s:
        doc = s.get_one(Document, doc_id)
        doc.status, doc.stage, doc.attempts = "failed", "failed", 4
        doc.error = "StorageError: cannot write 001.png: [Errno 28] No space left on device"
    run_jobs()  # the job queued at upload finds it failed and leaves it
    return doc_id


def _status(rt: Runtime, doc_id: str) -> Document:
    with rt.sessions() as s:
        return s.get_one(Document, doc_id)


def test_owner_reprocesses_a_failed_document(pro_client, service_env: Runtime, failed: str, run_jobs) -> None:  # type: ignore[no-untyped-def]
    answer = pro_client.post(f"/api/v1/documents/{failed}/reprocess")
    assert answer.status_code == 202, answer.text
    assert answer.json()["status"] == "queued" and answer.json()["error"] is None
    run_jobs()
    assert _status(service_env, failed).status == "processed"
    with service_env.sessions() as s:
        assert (
            s.query(AuditEntry).filter_by(action="document.reprocess", subject=f"document:{failed}").count()
            == 1
        )
    again = pro_client.post(f"/api/v1/documents/{failed}/reprocess")
    assert again.status_code == 409  # only failed documents


def test_re_uploading_a_failed_document_queues_it_again(
    pro_client, service_env: Runtime, failed: str, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    answer = pro_client.post("/api/v1/documents", files=[("files", ("a.png", PNG, "image/png"))])
    assert answer.status_code == 202, answer.text
    doc = answer.json()["documents"][0]
    assert doc["id"] == failed and doc["duplicate"] and doc["status"] == "queued"
    run_jobs()
    assert _status(service_env, failed).status == "processed"


def test_others_cannot_reprocess_but_admins_can(
    pro_client, service_env: Runtime, failed: str, run_jobs
) -> None:  # type: ignore[no-untyped-def]
    with TestClient(create_app(service_env)) as other:
        login_as_new_user(other, service_env, "other")
        assert other.post(f"/api/v1/documents/{failed}/reprocess").status_code == 404
    with TestClient(create_app(service_env)) as reviewer:
        login_as_new_user(reviewer, service_env, "rev", role="reviewer")
        assert reviewer.post(f"/api/v1/documents/{failed}/reprocess").status_code == 403
    with TestClient(create_app(service_env)) as admin:
        login_as_new_user(admin, service_env, "boss", role="admin")
        owner = _status(service_env, failed).owner_id
        page = admin.get("/documents", params={"owner": owner})
        assert page.status_code == 200 and "重新处理" in page.text
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
        del admin.headers["X-CSRF-Token"]  # as a browser posts the page's form
        pressed = admin.post(
            f"/documents/{failed}/reprocess", data={"csrf_token": csrf}, follow_redirects=False
        )
        assert pressed.status_code == 303, pressed.text
    assert _status(service_env, failed).status == "queued"
    run_jobs()
    assert _status(service_env, failed).status == "processed"
