"""API keys: created by admins and shown once, stored hashed, scoped, revocable, never logged."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from integration_support import bearer, login, make_key, make_user

from ingest.runtime import Runtime
from models.tables_integration import ApiKey

HOOK = {"url": "http://127.0.0.1:9/hook", "event_types": ["credit.confirmed"]}


@pytest.fixture
def admin(api: TestClient, rt: Runtime) -> TestClient:
    make_user(rt, "boss", "admin", name="管理员")
    return login(api.app, "boss")


def test_key_is_shown_once_and_never_again(api: TestClient, rt: Runtime, admin: TestClient,
                                           caplog: pytest.LogCaptureFixture) -> None:  # fmt: skip
    caplog.set_level(logging.DEBUG)
    created = admin.post("/api/v1/api-keys", json={"name": "烟台平台", "scopes": ["credits:read"]})
    assert created.status_code == 201, created.text
    key = created.json()["key"]
    assert key.startswith("cp_live_") and len(key) > 40
    used = api.get("/api/v1/credits", headers=bearer(key))
    assert used.status_code == 200
    api.get("/api/v1/me", headers=bearer(key))
    api.post("/api/v1/webhooks/endpoints", json=HOOK, headers=bearer(key))  # 403: logged paths, still no key
    revoked = admin.post(f"/api/v1/api-keys/{created.json()['id']}/revoke")
    listed = admin.get("/api/v1/api-keys")
    later = [listed, revoked, used, api.get("/api/v1/me", headers=bearer(key))]
    assert all(key not in r.text and key[8:] not in r.text for r in later)
    assert [k["prefix"] for k in listed.json()["keys"]] == [key[:12]]
    assert key not in caplog.text and key[8:] not in caplog.text
    assert caplog.records  # the capture did see the app's logging
    database = Path(rt.settings.db_url.removeprefix("sqlite:///"))
    stored = b"".join(p.read_bytes() for p in database.parent.glob(database.name + "*"))
    assert key.encode() not in stored  # only its sha256 is kept


def test_wrong_scope_gets_403(api: TestClient, rt: Runtime) -> None:
    key = make_key(rt, ["credits:read"])
    answer = api.post("/api/v1/webhooks/endpoints", json=HOOK, headers=bearer(key))
    assert answer.status_code == 403
    assert answer.json()["scope"] == "webhooks:manage"
    assert api.get("/api/v1/credits", headers=bearer(key)).status_code == 200


def test_revoked_key_is_refused_at_once(api: TestClient, rt: Runtime, admin: TestClient) -> None:
    created = admin.post("/api/v1/api-keys", json={"name": "hr", "scopes": ["webhooks:manage"]}).json()
    assert api.get("/api/v1/webhooks/endpoints", headers=bearer(created["key"])).status_code == 200
    assert admin.post(f"/api/v1/api-keys/{created['id']}/revoke").status_code == 200
    answer = api.get("/api/v1/webhooks/endpoints", headers=bearer(created["key"]))
    assert answer.status_code == 401


def test_unknown_key_gets_401(api: TestClient) -> None:
    assert api.get("/api/v1/credits", headers=bearer("cp_live_not-a-key")).status_code == 401


def test_only_admins_manage_keys(api: TestClient, rt: Runtime) -> None:
    make_user(rt, "li", "professional", name="李明", policy_id="yantai-2020")
    professional = login(api.app, "li")
    assert (
        professional.post("/api/v1/api-keys", json={"name": "x", "scopes": ["credits:read"]}).status_code
        == 403
    )
    key = make_key(
        rt, ["webhooks:manage", "credits:read", "documents:write", "evidence:read", "review:write"]
    )
    assert api.get("/api/v1/api-keys", headers=bearer(key)).status_code == 403
    with rt.sessions() as session:
        assert session.query(ApiKey).count() == 1


def test_unknown_scope_is_refused(admin: TestClient) -> None:
    assert admin.post("/api/v1/api-keys", json={"name": "x", "scopes": ["everything"]}).status_code == 422


def test_on_behalf_of_names_a_professional(api: TestClient, rt: Runtime) -> None:
    li = make_user(rt, "li", "professional", name="李明", policy_id="yantai-2020")
    reviewer = make_user(rt, "rev", "reviewer", name="审核")
    key = make_key(rt, ["documents:write", "credits:read"])
    acting = api.get("/api/v1/me", headers=bearer(key, **{"X-On-Behalf-Of": "li"}))
    assert acting.status_code == 200
    mine = api.get(f"/api/v1/people/{li}/transcript?year=2020", headers=bearer(key, **{"X-On-Behalf-Of": li}))
    assert mine.status_code == 200 and mine.json()["user"] == li
    refused = api.get("/api/v1/credits", headers=bearer(key, **{"X-On-Behalf-Of": reviewer}))
    assert refused.status_code == 403


def test_last_used_is_recorded(api: TestClient, rt: Runtime) -> None:
    key = make_key(rt, ["credits:read"])
    api.get("/api/v1/credits", headers=bearer(key))
    with rt.sessions() as session:
        assert session.query(ApiKey).one().last_used_at is not None
