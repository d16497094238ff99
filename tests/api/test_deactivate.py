"""Deactivating a user: audited; no login; their sessions and the API keys they created stop working."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from live import PASSWORD as TEST_PASSWORD
from live import sign_in as login_as_new_user

from api.app import create_app
from ingest.runtime import Runtime
from models.tables_review import AuditEntry, User


def _user_id(rt: Runtime, username: str) -> str:
    with rt.sessions() as s:
        return s.query(User).filter_by(username=username).one().id


def test_deactivated_user_is_locked_out_and_can_be_reactivated(service_env: Runtime) -> None:
    app = create_app(service_env)
    with TestClient(app) as admin, TestClient(app) as pro, TestClient(app) as keyholder:
        login_as_new_user(admin, service_env, "boss", role="admin")
        login_as_new_user(pro, service_env, "pro")
        login_as_new_user(keyholder, service_env, "ops", role="admin")
        key = keyholder.post("/api/v1/api-keys", json={"name": "hr", "scopes": ["credits:read"]}).json()[
            "key"
        ]
        bearer = {"Authorization": f"Bearer {key}"}
        assert pro.get("/api/v1/me").status_code == 200
        assert admin.get("/api/v1/credits", headers=bearer).status_code == 200

        for username in ("pro", "ops"):
            answer = admin.post(f"/api/v1/admin/users/{_user_id(service_env, username)}/deactivate")
            assert answer.status_code == 200 and answer.json()["active"] is False, answer.text
        assert pro.get("/api/v1/me").status_code == 401  # the open session ends
        assert admin.get("/api/v1/credits", headers=bearer).status_code == 401  # the key they created
        login = {"username": "pro", "password": TEST_PASSWORD}
        assert TestClient(app).post("/api/v1/auth/login", json=login).status_code == 401

        page = admin.get("/admin")
        assert "启用" in page.text
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
        del admin.headers["X-CSRF-Token"]  # the admin page's button posts a form
        pressed = admin.post(f"/admin/users/{_user_id(service_env, 'pro')}/activate", data={"csrf_token": csrf},
                             follow_redirects=False)  # fmt: skip
        assert pressed.status_code == 303
        assert TestClient(app).post("/api/v1/auth/login", json=login).status_code == 200
    with service_env.sessions() as s:
        actions = [e.action for e in s.query(AuditEntry).filter(AuditEntry.action.like("user.%activate"))]
    assert actions == ["user.deactivate", "user.deactivate", "user.activate"]
