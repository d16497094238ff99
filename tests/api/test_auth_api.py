"""Accounts and sessions: argon2 hashes, cookie flags, CSRF, roles, first admin, `credproof users create`."""

from __future__ import annotations

import re
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy import select

from api import cli
from ingest.runtime import Runtime, get_runtime
from models.tables_review import User
from review import users

PASSWORD = "correct horse 1"


@pytest.fixture(autouse=True)
def light_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Still argon2id, with test-sized cost: the default costs ~0.5 s a hash on the CI's two cores."""
    monkeypatch.setattr(users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def make_user(rt: Runtime, username: str, role: str, **profile: Any) -> str:
    with rt.sessions.begin() as session:
        return users.create_user(session, username, PASSWORD, role, users.Profile(**profile)).id


def api_login(client: TestClient, username: str, password: str = PASSWORD) -> Any:
    return client.post("/api/v1/auth/login", json={"username": username, "password": password})


@pytest.fixture
def rt(client: TestClient) -> Runtime:
    runtime = get_runtime()
    make_user(runtime, "li", "professional", name="李明", policy_id="yantai-2020", title_level="senior")
    make_user(runtime, "boss", "admin", name="管理员")
    return runtime


def test_passwords_are_stored_as_argon2_hashes_and_checked(rt: Runtime, client: TestClient) -> None:
    with rt.sessions() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "li"))
    assert stored is not None and stored.startswith("$argon2id$") and PASSWORD not in stored
    assert api_login(client, "li", "wrong password").status_code == 401
    assert api_login(client, "nobody", PASSWORD).status_code == 401
    assert api_login(client, "li").status_code == 200


def test_session_cookie_is_httponly_lax_and_secure_over_https(rt: Runtime, client: TestClient) -> None:
    cookie = api_login(client, "li").headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" not in cookie
    with TestClient(client.app, base_url="https://testserver") as secure:
        assert "Secure" in api_login(secure, "li").headers["set-cookie"]


def test_unsafe_requests_need_the_sessions_csrf_token(rt: Runtime, client: TestClient) -> None:
    token = api_login(client, "boss").json()["csrf_token"]
    body = {
        "username": "wang",
        "password": PASSWORD,
        "role": "professional",
        "name": "王建国",
        "policy": "yiyang-2018",
    }
    assert client.post("/api/v1/admin/users", json=body).status_code == 403
    assert (
        client.post("/api/v1/admin/users", json=body, headers={"X-CSRF-Token": "forged"}).status_code == 403
    )
    made = client.post("/api/v1/admin/users", json=body, headers={"X-CSRF-Token": token})
    assert made.status_code == 201 and made.json()["policy"] == "yiyang-2018"
    assert client.get("/api/v1/admin/users").status_code == 200  # reads need no token
    form = client.post("/admin/users", data={"username": "x", "password": PASSWORD, "role": "reviewer"},
                       follow_redirects=False)  # fmt: skip
    assert form.status_code == 403


def test_without_a_session_the_api_says_401_and_pages_send_to_login(rt: Runtime, client: TestClient) -> None:
    assert client.get("/api/v1/documents").status_code == 401
    assert client.get("/api/v1/review/queue").status_code == 401
    page = client.get("/queue", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")
    client.cookies.set("credproof_session", "eyJ1IjoiYWRtaW4ifQ.forged.signature")
    assert client.get("/api/v1/me").status_code == 401
    assert client.get("/api/v1/me", headers={"Authorization": "Bearer not-a-key"}).status_code == 401


def test_roles_guard_the_api_and_the_pages(rt: Runtime, client: TestClient) -> None:
    api_login(client, "li")
    assert client.get("/api/v1/admin/users").status_code == 403
    assert client.get("/api/v1/review/queue").status_code == 403
    assert client.get("/admin").status_code == 403
    assert client.get("/upload").status_code == 200
    assert client.get("/api/v1/me").json()["title_level"] == "senior"


def test_the_login_form_checks_its_csrf_cookie_and_lands_on_the_role_home(
    rt: Runtime, client: TestClient
) -> None:
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    forged = client.post(
        "/login", data={"username": "li", "password": PASSWORD, "csrf_token": "x"}, follow_redirects=False
    )
    assert forged.status_code == 303 and "error" in forged.headers["location"]
    ok = client.post(
        "/login", data={"username": "li", "password": PASSWORD, "csrf_token": token}, follow_redirects=False
    )
    assert ok.status_code == 303 and ok.headers["location"] == "/"
    assert client.get("/", follow_redirects=False).headers["location"] == "/upload"


def test_changing_the_password_ends_other_sessions(rt: Runtime, client: TestClient) -> None:
    other = TestClient(client.app)
    assert api_login(other, "li").status_code == 200
    token = api_login(client, "li").json()["csrf_token"]
    changed = client.post("/api/v1/me/password", json={"old_password": PASSWORD, "new_password": "another pass 2"},
                          headers={"X-CSRF-Token": token})  # fmt: skip
    assert changed.status_code == 200
    assert other.get("/api/v1/me").status_code == 401
    assert client.get("/api/v1/me").status_code == 200
    assert api_login(TestClient(client.app), "li", "another pass 2").status_code == 200


def test_first_run_creates_one_admin_with_a_one_time_password(client: TestClient) -> None:
    rt = get_runtime()
    with rt.sessions.begin() as session:
        password = users.ensure_first_admin(session)
    with rt.sessions.begin() as session:
        assert users.ensure_first_admin(session) is None
    assert password and len(password) >= 12
    logged = api_login(client, "admin", password)
    assert logged.status_code == 200 and logged.json()["user"]["must_change_password"] is True
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    form = client.post(
        "/login",
        data={"username": "admin", "password": password, "csrf_token": token},
        follow_redirects=False,
    )
    assert form.headers["location"] == "/password"


def test_users_create_from_the_shell(client: TestClient, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["users", "create", "--username", "zhao", "--password", PASSWORD, "--role", "reviewer", "--name", "赵审核",
            "--assign", "yantai-2020", "--assign", "taian-2022"]  # fmt: skip
    assert cli.main(args) == 0
    assert '"policies": ["taian-2022", "yantai-2020"]' in capsys.readouterr().out
    assert cli.main(args) != 0  # the name is taken
    assert "taken" in capsys.readouterr().err
    bad = ["users", "create", "--username", "q", "--password", PASSWORD, "--role", "professional", "--name", "钱",
           "--policy", "atlantis-2020"]  # fmt: skip
    assert cli.main(bad) != 0
    assert api_login(client, "zhao").json()["user"]["policies"] == ["taian-2022", "yantai-2020"]
