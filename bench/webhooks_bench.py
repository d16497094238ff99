"""Webhook delivery throughput and latency, the cost of emit(), and the Idempotency-Key overhead; prints figures.

    python -m bench.webhooks_bench [--events 300] [--posts 200]

Runs against a temp SQLite database, the embedded Redis and a receiver on 127.0.0.1 (all in this process).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _Ok(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        self.rfile.read(int(self.headers.get("content-length", "0")))
        self.send_response(200)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def _env(tmp: Path) -> None:
    from ingest.embedded_redis import EmbeddedRedis

    os.environ.update({"CREDPROOF_DATA_DIR": str(tmp / "data"), "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}",
                       "REDIS_URL": EmbeddedRedis(tmp).start(), "CREDPROOF_WEBHOOK_ALLOW_HOSTS": '["127.0.0.1"]',
                       "CREDPROOF_ENV": "test"})  # fmt: skip


def _pct(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


def bench_deliveries(n: int, url: str) -> None:
    from rq import SimpleWorker

    from ingest.runtime import get_runtime
    from integration import webhooks
    from models.outbox import emit
    from models.tables_integration import DeliveryAttempt, WebhookEndpoint

    rt = get_runtime()
    with rt.sessions.begin() as session:
        session.add(
            WebhookEndpoint(
                url=url, event_types=["credit.confirmed"], secret=webhooks.new_secret(), created_by="bench"
            )
        )
    started = time.perf_counter()
    for i in range(n):
        with rt.sessions.begin() as session:
            emit(session, "credit.confirmed", {"id": f"s{i}", "status": "confirmed"})
    emitted = time.perf_counter() - started
    started = time.perf_counter()
    SimpleWorker(rt.queues(), connection=rt.redis).work(burst=True)
    delivered = time.perf_counter() - started
    with rt.sessions() as session:
        latencies = [a.latency_ms for a in session.query(DeliveryAttempt)]
    print(f"emit() + commit + enqueue: {emitted / n * 1000:.2f} ms per event ({n} events)")
    print(f"delivery by one SimpleWorker: {n / delivered:.1f} deliveries/s; {len(latencies)} attempts logged")
    print(f"HTTP latency per attempt: p50 {_pct(latencies, 0.5):.1f} ms, p95 {_pct(latencies, 0.95):.1f} ms")


def bench_idempotency(posts: int) -> None:
    from fastapi.testclient import TestClient

    from api import apikeys
    from api.app import create_app
    from ingest.runtime import get_runtime

    rt = get_runtime()
    with rt.sessions.begin() as session:
        key = apikeys.create_key(session, "bench", ["credits:read", "webhooks:manage"], "bench").key
    client = TestClient(create_app(rt))
    body = {"policy": "yantai-2020", "person": "王建国", "year": 2020, "evidence": []}
    for label, with_key in (
        ("without Idempotency-Key", False),
        ("with a fresh Idempotency-Key", True),
        ("replayed", None),
    ):
        times = []
        for i in range(posts):
            headers = {"Authorization": f"Bearer {key}"}
            if with_key is not False:
                headers["Idempotency-Key"] = f"k{i}"
            started = time.perf_counter()
            client.post("/api/v1/credits/evaluate", json=body, headers=headers)
            times.append((time.perf_counter() - started) * 1000)
        print(f"POST /credits/evaluate {label}: median {statistics.median(times):.2f} ms ({posts} requests)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=300)
    parser.add_argument("--posts", type=int, default=200)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Ok)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with tempfile.TemporaryDirectory() as tmp:
        _env(Path(tmp))
        from models.migrate import upgrade
        from models.settings import get_settings

        upgrade(get_settings().db_url)
        bench_deliveries(args.events, f"http://127.0.0.1:{server.server_address[1]}/hook")
        bench_idempotency(args.posts)
    server.shutdown()


if __name__ == "__main__":
    main()
