"""rq-dashboard at /admin/queue: refused to anonymous and non-admin callers, an admin sees a failed job and
requeues it (real Redis, a real job that really failed in rq's SimpleWorker)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from rq import SimpleWorker

from api import apikeys
from api.app import create_app
from ingest.runtime import Runtime
from review import users

pytestmark = pytest.mark.redis
ORIGIN = {"Origin": "http://testserver"}


def login_as_new_user(client: TestClient, rt: Runtime, username: str, role: str) -> None:
    with rt.sessions.begin() as session:
        policy = "yiyang-2018" if role == "professional" else None
        users.create_user(
            session, username, "correct horse 1", role, users.Profile(name=username, policy_id=policy)
        )
    answer = client.post("/api/v1/auth/login", json={"username": username, "password": "correct horse 1"})
    assert answer.status_code == 200, answer.text


def failed_job(rt: Runtime) -> str:
    """A job that fails for real: json.loads of something that is no JSON."""
    job = rt.queue.enqueue("json.loads", "no json here", description="a job that fails")
    SimpleWorker([rt.queue], connection=rt.redis).work(burst=True, with_scheduler=False)
    assert job.id in rt.queue.failed_job_registry.get_job_ids()
    return job.id


def test_anonymous_callers_are_refused(client):
    assert client.get("/admin/queue/").status_code == 401
    assert client.get("/admin/queue/0/data/queues.json").status_code == 401
    page = client.get("/admin/queue/", headers={"Accept": "text/html"}, follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/login?next=/admin/queue/"
    assert client.post("/admin/queue/job/x/requeue", headers=ORIGIN).status_code == 401


@pytest.mark.parametrize("role", ["professional", "reviewer"])
def test_non_admins_are_refused(client, service_env, role):
    job_id = failed_job(service_env)
    login_as_new_user(client, service_env, username=role, role=role)
    answer = client.get("/admin/queue/")
    assert answer.status_code == 403 and answer.json()["error"] == "forbidden"
    assert client.post(f"/admin/queue/job/{job_id}/requeue", headers=ORIGIN).status_code == 403
    assert job_id in service_env.queue.failed_job_registry.get_job_ids()


def test_an_api_key_never_opens_the_dashboard(client, service_env):
    with service_env.sessions.begin() as session:
        key = apikeys.create_key(session, "ops", ["webhooks:manage"], "test").key
    assert client.get("/admin/queue/", headers={"Authorization": f"Bearer {key}"}).status_code == 401


def test_an_admin_sees_the_failed_job_and_requeues_it(client, service_env):
    rt = service_env
    job_id = failed_job(rt)
    login_as_new_user(client, rt, username="boss", role="admin")
    assert client.get("/admin/queue/").status_code == 200
    queues = client.get("/admin/queue/0/data/queues.json").json()["queues"]
    mine = next(q for q in queues if q["name"] == rt.settings.queue_name)
    assert mine["failed_job_registry_count"] == 1
    listed = client.get(f"/admin/queue/0/data/jobs/{rt.settings.queue_name}/failed/8/asc/1.json").json()
    (job,) = listed["jobs"]
    assert job["id"] == job_id and "JSONDecodeError" in job["exc_info"]

    refused = client.post(f"/admin/queue/job/{job_id}/requeue")  # no Origin: could be another site's form
    assert refused.status_code == 403 and refused.json()["reason"] == "origin"
    assert client.get(f"/admin/queue/requeue/{rt.settings.queue_name}").status_code == 403
    elsewhere = client.post(f"/admin/queue/job/{job_id}/requeue", headers={"Origin": "https://evil.example"})
    assert elsewhere.status_code == 403

    answer = client.post(f"/admin/queue/job/{job_id}/requeue", headers=ORIGIN)
    assert answer.status_code == 200 and answer.json() == {"status": "OK"}
    assert rt.queue.failed_job_registry.get_job_ids() == []
    assert rt.queue.get_job_ids() == [job_id]


def test_no_dashboard_without_redis(monkeypatch, tmp_path):
    from ingest.runtime import get_runtime, reset_runtime

    monkeypatch.setenv("CREDPROOF_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("REDIS_URL", raising=False)
    reset_runtime()
    (tmp_path).mkdir(exist_ok=True)
    with TestClient(create_app(get_runtime())) as client:
        assert client.get("/admin/queue/").status_code == 404
    reset_runtime()


def test_the_dashboard_pages_find_their_scripts_and_styles(client, service_env):
    import re

    login_as_new_user(client, service_env, username="boss", role="admin")
    page = client.get("/admin/queue/").text
    assets = re.findall(r'(?:href|src)="(/admin/queue/static/[^"]+)"', page)
    assert len(assets) >= 5
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
