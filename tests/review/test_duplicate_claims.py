"""Duplicate claims in the service: a proof handed in again goes to review naming the earlier document."""

from __future__ import annotations

import copy
import hashlib
import json
import random
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from ingest.runtime import Runtime, get_runtime
from models.tables_documents import Document, EvidenceRecord
from models.tables_review import SuggestionRecord, User
from review import suggest, users

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PASSWORD = "correct horse 1"
pytestmark = pytest.mark.redis


@pytest.fixture(autouse=True)
def light_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def truth(name: str) -> dict[str, Any]:
    return copy.deepcopy(json.loads((FIXTURES / f"{name}.truth.json").read_text("utf-8"))["evidence"])


def make_user(
    rt: Runtime, username: str, role: str, policies: list[str] | None = None, **profile: Any
) -> str:
    with rt.sessions.begin() as session:
        user = users.create_user(session, username, PASSWORD, role, users.Profile(**profile))
        if policies:
            users.assign(session, user, policies, users.SYSTEM)
        return user.id


def seed(rt: Runtime, owner_id: str, record: dict[str, Any], uploaded: datetime, salt: str = "") -> str:
    """A processed document (its own bytes: `salt`) uploaded at `uploaded`, then the owner's years recomputed."""
    digest = hashlib.sha256(f"{owner_id}{salt}{uploaded}".encode()).hexdigest()
    with rt.sessions.begin() as session:
        doc = Document(owner_id=owner_id, filename=f"{salt or 'scan'}.png", content_type="image/png", size=1,
                       sha256=digest, status="processed", stage="extracted", created_at=uploaded)  # fmt: skip
        session.add(doc)
        session.flush()
        session.add(EvidenceRecord(document_id=doc.id, evidence_type=record["evidence_type"], record=record))
        doc_id = doc.id
    suggest.compute(rt.sessions, doc_id)
    return doc_id


def rows_of(rt: Runtime, doc_id: str) -> list[SuggestionRecord]:
    with rt.sessions() as session:
        return list(
            session.query(SuggestionRecord).filter_by(document_id=doc_id).order_by(SuggestionRecord.position)
        )


@pytest.fixture
def people(client: TestClient) -> dict[str, str]:
    rt = get_runtime()
    return {
        "ding": make_user(rt, "ding", "professional", name="丁超", policy_id="yiyang-2018", title_level="intermediate"),
        "li": make_user(rt, "lixin", "professional", name="黎欣", policy_id="yiyang-2018"),
        "r1": make_user(rt, "r1", "reviewer", ["yiyang-2018"], name="审核甲"),
    }  # fmt: skip


def test_the_same_patent_claimed_the_next_year_is_flagged(client: TestClient, people: dict[str, str]) -> None:
    rt = get_runtime()
    first = seed(rt, people["ding"], truth("patent_clean"), datetime(2020, 12, 20), "专利证书")
    again = {**truth("patent_clean"), "title": "一种秸杆还田装置"}  # another scan, one character misread
    second = seed(rt, people["ding"], again, datetime(2021, 12, 18), "专利证书-2021")
    [earlier] = rows_of(rt, first)
    assert (earlier.status, earlier.hours, earlier.duplicate_of) == ("suggested", 60.0, None)
    [repeat] = rows_of(rt, second)
    assert (repeat.status, repeat.hours, repeat.duplicate_of) == ("needs_review", None, first)
    assert "专利证书.png" in repeat.explanation and "专利号相同" in repeat.explanation
    assert repeat.suggested_status == "needs_review"


def test_a_co_inventors_claim_is_not_flagged(client: TestClient, people: dict[str, str]) -> None:
    rt = get_runtime()
    seed(rt, people["ding"], truth("patent_clean"), datetime(2020, 12, 20), "丁超的专利")
    theirs = seed(rt, people["li"], truth("patent_clean"), datetime(2020, 12, 21), "黎欣的专利")
    [row] = rows_of(rt, theirs)
    assert row.duplicate_of is None and row.status == "suggested" and row.hours == 60.0


def test_the_earlier_claim_processed_last_still_flags_the_later(
    client: TestClient, people: dict[str, str]
) -> None:
    """Upload order decides which is the repeat, not the order the worker finished them in."""
    rt = get_runtime()
    later = seed(
        rt, people["ding"], {**truth("patent_clean"), "issued_on": "2021-05-29"}, datetime(2021, 3, 1), "b"
    )
    assert rows_of(rt, later)[0].duplicate_of is None
    earlier = seed(rt, people["ding"], truth("patent_clean"), datetime(2020, 6, 1), "a")
    assert rows_of(rt, later)[0].duplicate_of == earlier and rows_of(rt, earlier)[0].duplicate_of is None


def test_the_reviewer_sees_both_documents_side_by_side(client: TestClient, people: dict[str, str]) -> None:
    rt = get_runtime()
    first = seed(rt, people["ding"], truth("patent_clean"), datetime(2020, 12, 20), "专利证书")
    second = seed(rt, people["ding"], truth("patent_clean"), datetime(2021, 12, 18), "重扫")
    sid = rows_of(rt, second)[0].id
    answer = client.post("/api/v1/auth/login", json={"username": "r1", "password": PASSWORD})
    assert answer.status_code == 200
    item = client.get(f"/api/v1/review/{sid}").json()
    assert item["duplicate_of"] == first
    page = client.get(f"/review/{sid}")
    assert page.status_code == 200
    assert (
        'id="earlier"' in page.text
        and f'data-document="{first}"' in page.text
        and "专利证书.png" in page.text
    )
    assert "with-earlier" in page.text


@pytest.mark.ocr
def test_a_rescan_of_the_same_certificate_is_flagged_through_the_worker(client: TestClient, run_jobs) -> None:  # type: ignore[no-untyped-def]
    """The golden training certificate, then the same paper scanned again (other pixels, other bytes)."""
    import io

    from bench.generator.degrade import scan
    from bench.generator.fixtures import _find
    from bench.generator.render import render_page

    rt = get_runtime()
    make_user(rt, "pro", "professional", name="金勇超", policy_id="yiyang-2018")
    answer = client.post("/api/v1/auth/login", json={"username": "pro", "password": PASSWORD})
    client.headers["X-CSRF-Token"] = answer.json()["csrf_token"]
    _, doc = _find("training_certificate", "jieye")
    rescan = io.BytesIO()
    scan(render_page(doc.pages[0], 170), random.Random("rescan")).save(rescan, "JPEG", quality=70)
    ids = []
    for name, data in (("结业证书.png", (FIXTURES / "training_cert_clean.png").read_bytes()),
                       ("结业证书-重扫.jpg", rescan.getvalue())):  # fmt: skip
        resp = client.post("/api/v1/documents", files=[("files", (name, data, "application/octet-stream"))])
        assert resp.status_code == 202, resp.text
        ids.append(resp.json()["documents"][0]["id"])
        run_jobs()
    with rt.sessions() as session:
        numbers = [session.get_one(EvidenceRecord, i).record.get("certificate_number") for i in ids]
        owner = session.scalar(session.query(User.id).filter_by(username="pro").statement)
    assert numbers[0] and numbers[0] == numbers[1], numbers
    first, again = rows_of(rt, ids[0]), rows_of(rt, ids[1])
    assert first and all(r.duplicate_of is None and r.owner_id == owner for r in first)
    assert again and all(r.duplicate_of == ids[0] and r.status == "needs_review" for r in again)
