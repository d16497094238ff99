"""`credproof run` under real signals: SIGTERM stops everything it started, as SIGINT does; a second start
on a data dir in use is refused; a crashed embedded Redis is restarted and uploads still get processed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil
import pytest
from imaging import encode
from PIL import Image
from servers import free_port, wait_for
from test_service_run import login_if_needed

pytestmark = [pytest.mark.slow, pytest.mark.redis]
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Service:
    proc: subprocess.Popen[bytes]
    base: str
    data: Path
    log: Path

    def children(self) -> list[psutil.Process]:
        return psutil.Process(self.proc.pid).children(recursive=True)

    def redis_server(self) -> psutil.Process:
        return next(p for p in self.children() if "redis-server" in p.name())


def _env(data: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DATABASE_URL")}
    env.update(CREDPROOF_DATA_DIR=str(data), CREDPROOF_ENV="development", CREDPROOF_OCR_ENGINE="fake",
               PYTHONPATH=str(ROOT), **extra)  # fmt: skip
    return env


def _start(tmp_path: Path, name: str, **extra: str) -> Service:
    port = free_port()
    log = tmp_path / f"{name}.log"
    proc = subprocess.Popen([sys.executable, "-m", "api.cli", "run", "--port", str(port)], cwd=ROOT,
                            env=_env(tmp_path / "var", **extra), stdout=log.open("wb"), stderr=subprocess.STDOUT,
                            start_new_session=True)  # fmt: skip
    return Service(proc, f"http://127.0.0.1:{port}", tmp_path / "var", log)


def _up(service: Service) -> bool:
    try:
        return httpx.get(f"{service.base}/openapi.json", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Service]:
    running = _start(tmp_path, "run", CREDPROOF_STALE_AFTER_SECONDS="4")
    try:
        wait_for(lambda: _up(running) or running.proc.poll() is not None, timeout=90, what="the API")
        assert running.proc.poll() is None, running.log.read_text(errors="replace")
        wait_for(lambda: any("api.cli" in " ".join(p.cmdline()) and "worker" in p.cmdline() for p in running.children()),
                 timeout=30, what="the worker to start")  # fmt: skip
        started = running.children()
        yield running
    finally:
        family = (running.children() if running.proc.poll() is None else []) + started
        if running.proc.poll() is None:
            os.killpg(running.proc.pid, signal.SIGKILL)
        for p in family:
            try:
                p.kill()
            except psutil.NoSuchProcess:
                pass


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_stops_every_process_it_started(service: Service, sig: signal.Signals) -> None:
    family = service.children()
    assert any("redis-server" in p.name() for p in family)
    os.kill(service.proc.pid, sig)  # to the main process only, as `docker stop` does
    service.proc.wait(timeout=60)
    _, alive = psutil.wait_procs(family, timeout=20)
    assert [p.pid for p in alive] == [], [(p.pid, p.cmdline()) for p in alive]
    assert not (service.data / "redis" / "redis.sock").exists()


def test_a_second_start_on_the_same_data_dir_is_refused(service: Service, tmp_path: Path) -> None:
    second = _start(tmp_path, "second")
    try:
        code = second.proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        code = None
        for child in [
            *psutil.Process(second.proc.pid).children(recursive=True),
            psutil.Process(second.proc.pid),
        ]:
            child.kill()
    assert code not in (None, 0), second.log.read_text(errors="replace")[-2000:]
    assert "already runs on" in second.log.read_text(errors="replace")
    assert (service.data / "redis" / "redis.sock").exists()
    redis_servers = [p for p in psutil.process_iter(["name", "cmdline"]) if p.info["name"] == "redis-server"
                     and str(service.data) in " ".join(p.info["cmdline"] or [])]  # fmt: skip
    assert len(redis_servers) == 1


def _png(n: int) -> bytes:
    img = Image.new("RGB", (200, 120), "white")
    img.putpixel((n, 0), (n, 0, 0))
    return encode(img, "PNG")


def test_a_killed_embedded_redis_is_restarted_and_uploads_still_get_processed(service: Service) -> None:
    client = httpx.Client(base_url=service.base, timeout=30)
    login_if_needed(client, service.log)
    first = service.redis_server()
    first.kill()
    wait_for(
        lambda: not first.is_running() or first.status() == psutil.STATUS_ZOMBIE, timeout=10, what="the kill"
    )
    answer = client.post("/api/v1/documents", files=[("files", ("a.png", _png(1), "image/png"))])
    assert answer.status_code == 202, answer.text
    doc_id = answer.json()["documents"][0]["id"]
    time.sleep(0.5)
    wait_for(
        lambda: any("redis-server" in p.name() and p.pid != first.pid for p in service.children()),
        timeout=30,
        what="a new Redis",
    )
    doc = wait_for(lambda: (d := client.get(f"/api/v1/documents/{doc_id}").json())["status"] in ("processed", "failed") and d,
                   timeout=120, interval=0.5, what="the upload to be processed")  # fmt: skip
    assert doc["status"] == "processed", doc
    later = client.post("/api/v1/documents", files=[("files", ("b.png", _png(2), "image/png"))])
    later_id = later.json()["documents"][0]["id"]
    doc = wait_for(lambda: (d := client.get(f"/api/v1/documents/{later_id}").json())["status"] in ("processed", "failed") and d,
                   timeout=120, interval=0.5, what="a later upload to be processed")  # fmt: skip
    assert doc["status"] == "processed", doc


def test_run_serves_documents_and_webhooks_with_separate_workers(service: Service) -> None:
    from redis import Redis
    from rq import Worker

    connection = Redis(unix_socket_path=str(service.data / "redis" / "redis.sock"))
    workers = wait_for(lambda: (w := Worker.all(connection=connection)) and len(w) >= 2 and w, timeout=30,
                       what="both workers to register")  # fmt: skip
    assert sorted(tuple(w.queue_names()) for w in workers) == [("credproof",), ("credproof-webhooks",)]
