"""Schemathesis against the running app (uvicorn on 127.0.0.1): no request it generates may get a 5xx."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from integration_support import make_key, make_user
from servers import free_port

from api.app import create_app
from api.principal import SCOPES
from ingest.runtime import Runtime

ROOT = Path(__file__).resolve().parents[2]
MAX_EXAMPLES = int(os.environ.get("CREDPROOF_FUZZ_EXAMPLES", "10"))
MAX_SECONDS = int(os.environ.get("CREDPROOF_FUZZ_SECONDS", "75"))


@pytest.fixture
def served(service_env: Runtime) -> Iterator[str]:
    server = uvicorn.Server(
        uvicorn.Config(create_app(service_env), host="127.0.0.1", port=free_port(), log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.config.port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not server.started:
        time.sleep(0.05)
    assert httpx.get(f"{base}/openapi.json").status_code == 200
    yield base
    server.should_exit = True
    thread.join(timeout=10)


def test_every_route_is_described_with_examples(served: str) -> None:
    schema = httpx.get(f"{served}/openapi.json").json()
    tags = {"api keys", "webhooks", "pull", "exports"}  # this layer's routers
    ours = [
        (p, m, op)
        for p, ops in schema["paths"].items()
        for m, op in ops.items()
        if tags & set(op.get("tags", []))
    ]
    assert len(ours) >= 15
    for path, method, op in ours:
        if True:
            assert op.get("summary"), f"{method} {path} has no summary"
            examples = [
                c.get("example") for r in op["responses"].values() for c in r.get("content", {}).values()
            ]
            assert any(e is not None for e in examples) or "registration-form" in path, (
                f"{method} {path}: no example"
            )
            if method == "post":
                assert any(p["name"] == "Idempotency-Key" for p in op.get("parameters", []))


@pytest.mark.slow
@pytest.mark.redis
def test_schemathesis_finds_no_server_error(served: str, service_env: Runtime, tmp_path: Path) -> None:
    make_user(
        service_env, "wang", "professional", name="王建国", policy_id="yantai-2020", employer="烟台市农科院"
    )
    key = make_key(service_env, list(SCOPES), name="fuzz")
    command = [
        str(Path(sys.executable).parent / "schemathesis"), "run", f"{served}/openapi.json",
        "--checks", "not_a_server_error", "--max-examples", str(MAX_EXAMPLES), "--max-time", str(MAX_SECONDS),
        "--phases", "examples,coverage,fuzzing", "--seed", "20261123", "--workers", "1", "--no-shrink",
        "--request-timeout", "30", "-H", f"Authorization: Bearer {key}", "--output-sanitize", "true",
        "--exclude-path-regex", "^/api/v1/auth/logout$",
        "--report", "junit", "--report-dir", str(tmp_path),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=MAX_SECONDS + 120)
    tail = "\n".join(done.stdout.splitlines()[-400:])
    assert done.returncode == 0, f"schemathesis found failures:\n{tail}\n{done.stderr[-2000:]}"
