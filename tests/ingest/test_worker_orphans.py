"""A worker killed with SIGKILL leaves no process behind: rq's scheduler (and any work-horse) goes with it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import psutil
import pytest
from servers import wait_for

from ingest.runtime import Runtime

pytestmark = [pytest.mark.redis]
ROOT = Path(__file__).resolve().parents[2]


def test_killing_the_worker_leaves_no_scheduler(service_env: Runtime) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    worker = subprocess.Popen([sys.executable, "-m", "api.cli", "worker"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    children: list[psutil.Process] = []
    try:
        children = wait_for(lambda: psutil.Process(worker.pid).children(recursive=True), timeout=60,
                            what="rq to fork its scheduler")  # fmt: skip
        worker.kill()
        worker.wait(timeout=10)
        _, alive = psutil.wait_procs(children, timeout=15)
        assert [p.pid for p in alive] == []
    finally:
        for p in children:
            try:
                p.kill()
            except psutil.NoSuchProcess:
                pass
        if worker.poll() is None:
            os.kill(worker.pid, signal.SIGKILL)
