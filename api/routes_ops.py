"""What operators and orchestrators call: liveness, readiness (database, Redis, store, a worker) and /metrics."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from redis import Redis
from rq import Queue, Worker
from rq.utils import now
from sqlalchemy import text

from api.metrics import registry_for
from ingest.runtime import Runtime

# Probes and the exporter are for orchestrators and Prometheus, not API clients: kept out of the OpenAPI
# schema (a 503 from /readyz is its answer, not a server error for the API's fuzz test to report).
router = APIRouter(tags=["operations"], include_in_schema=False)
CHECK_TIMEOUT = 2.0  # seconds a readiness probe waits for Redis


@router.get("/healthz", summary="Liveness: the process answers (checks nothing else)")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz", summary="Readiness: database, Redis, the file store and a live worker", response_model=None
)
def readyz(request: Request) -> JSONResponse:
    rt: Runtime = request.app.state.runtime
    checks = {name: _run_check(check, rt) for name, check in CHECKS.items()}
    failed = [name for name, result in checks.items() if not result["ok"]]
    if not failed:
        return JSONResponse({"status": "ready", "checks": checks})
    body = {"error": "not_ready", "message": f"not ready: {', '.join(failed)} failed", "failed": failed,
            "checks": checks}  # fmt: skip
    return JSONResponse(body, status_code=503)


@router.get("/metrics", summary="Prometheus metrics", response_class=Response)
def metrics(request: Request) -> Response:
    app = request.app
    if getattr(app.state, "metrics_registry", None) is None:
        app.state.metrics_registry = registry_for(app.state.runtime)
    return Response(generate_latest(app.state.metrics_registry), media_type=CONTENT_TYPE_LATEST)


def _run_check(check: Callable[[Runtime], dict[str, Any]], rt: Runtime) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        result = {"ok": True, **check(rt)}
    except Exception as exc:  # noqa: BLE001 - any failure makes the service not ready, and is named
        result = {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:300]}
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def _database(rt: Runtime) -> dict[str, Any]:
    with rt.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return {}


def _probe_redis(rt: Runtime) -> Redis:
    """A client with short timeouts, so a hung Redis makes the probe fail instead of hang."""
    url = rt.settings.redis_url
    if not url:
        raise RuntimeError("no REDIS_URL configured")
    return Redis.from_url(url, socket_timeout=CHECK_TIMEOUT, socket_connect_timeout=CHECK_TIMEOUT)


def _redis(rt: Runtime) -> dict[str, Any]:
    with _probe_redis(rt) as redis:
        redis.ping()
    return {}


def _store(rt: Runtime) -> dict[str, Any]:
    root = rt.store.root
    root.mkdir(parents=True, exist_ok=True)
    fd, path = tempfile.mkstemp(dir=root, prefix=".tmp-ready-")
    try:
        os.write(fd, b"ready")
    finally:
        os.close(fd)
        os.unlink(path)
    return {}


def _worker(rt: Runtime) -> dict[str, Any]:
    with _probe_redis(rt) as redis:
        workers = Worker.all(connection=redis, queue=Queue(rt.settings.queue_name, connection=redis))
        alive = [
            w
            for w in workers
            if w.last_heartbeat and (now() - w.last_heartbeat).total_seconds() < w.worker_ttl
        ]
    if not alive:
        raise RuntimeError(f"no worker with a live heartbeat listens to queue {rt.settings.queue_name}")
    return {"workers": len(alive)}


CHECKS: dict[str, Callable[[Runtime], dict[str, Any]]] = {
    "database": _database,
    "redis": _redis,
    "store": _store,
    "worker": _worker,
}
