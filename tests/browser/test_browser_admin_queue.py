"""In Chromium: an admin logs in, opens rq-dashboard at /admin/queue, sees a failed job and requeues it.

The real server (`credproof serve`, this worktree's code) runs as a subprocess on 127.0.0.1 against a real Redis;
the failed job failed for real in rq's SimpleWorker. This is what proves that the dashboard's own JavaScript
passes the gate's same-origin check.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from redis import Redis
from rq import Queue, SimpleWorker
from servers import free_port, wait_for

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "browser-pass-1"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]  # fmt: skip

pytestmark = [pytest.mark.browser, pytest.mark.redis]


@pytest.fixture
def server(tmp_path: Path, redis_server: str) -> Iterator[tuple[str, Queue]]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CREDPROOF_ENV": "test", "CREDPROOF_DATA_DIR": str(tmp_path / "d"),
           "DATABASE_URL": f"sqlite:///{tmp_path / 'data.sqlite3'}", "REDIS_URL": redis_server,
           "CREDPROOF_QUEUE_NAME": f"dash-{port}"}  # fmt: skip
    run = [sys.executable, "-m", "api.cli"]
    subprocess.run([*run, "users", "create", "--username", "boss", "--password", PASSWORD, "--role", "admin"],
                   env=env, cwd=ROOT, check=True, capture_output=True)  # fmt: skip
    log = (tmp_path / "server.log").open("wb")
    process = subprocess.Popen([*run, "serve", "--host", "127.0.0.1", "--port", str(port)], env=env, cwd=ROOT,
                               stdout=log, stderr=subprocess.STDOUT)  # fmt: skip
    base = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            return httpx.get(base + "/healthz", timeout=2).status_code == 200
        except httpx.HTTPError:
            return process.poll() is not None and pytest.fail("the server exited; see server.log")  # type: ignore[func-returns-value]

    try:
        wait_for(up, timeout=60, what="the server to answer")
        yield base, Queue(env["CREDPROOF_QUEUE_NAME"], connection=Redis.from_url(redis_server))
    finally:
        process.terminate()
        process.wait(timeout=15)
        log.close()


def test_admin_requeues_a_failed_job_in_chromium(server):  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    base, queue = server
    job = queue.enqueue("json.loads", "no json here", description="a job that fails")
    SimpleWorker([queue], connection=queue.connection).work(burst=True, with_scheduler=False)
    assert queue.failed_job_registry.get_job_ids() == [job.id]

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(base + "/admin/queue/")
        assert "/login" in page.url  # anonymous: sent to the login page
        page.fill('input[name="username"]', "boss")
        page.fill('input[name="password"]', PASSWORD)
        with page.expect_navigation():
            page.click('button[type="submit"]')
        page.goto(f"{base}/admin/queue/0/view/jobs/{queue.name}/failed/8/asc/1")
        row = page.locator(f'tr[data-job-id="{job.id}"]')
        row.wait_for(timeout=15_000)
        assert "a job that fails" in row.inner_text() and "JSONDecodeError" in row.inner_text()
        row.locator("[data-role=requeue-job-btn]").click()
        wait_for(lambda: queue.get_job_ids() == [job.id], timeout=10, what="the job to be back in the queue")
        browser.close()
    assert queue.failed_job_registry.get_job_ids() == []
