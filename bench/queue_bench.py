"""Time the first page of the review queue over 100,000 stored suggestions, in SQLite and PostgreSQL; prints ms.

    python -m bench.queue_bench [--rows 100000] [--repeat 30] [--skip-postgres]

PostgreSQL is apt's server started on a loopback port in a temp dir (tests/servers.py's helper).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert, text

from models.db import make_engine, make_sessionmaker
from models.migrate import upgrade
from models.tables_documents import Document
from models.tables_review import SuggestionRecord
from review.queue import QueueFilter, queue

POLICIES = ("dezhou-2017", "kaifeng-2016", "taian-2022", "yantai-2020", "yiyang-2018")
TYPES = (
    "training_certificate",
    "sign_in_sheet",
    "journal_article",
    "patent_certificate",
    "award_certificate",
)
BATCH = 5_000


@dataclass(frozen=True)
class Actor:
    user_id: str
    name: str
    role: str
    policies: frozenset[str] = field(default_factory=frozenset)


CASES: list[tuple[str, Actor, QueueFilter]] = [
    ("admin, every policy", Actor("a", "admin", "admin"), QueueFilter()),
    ("reviewer of 2 policies", Actor("r2", "r", "reviewer", frozenset(POLICIES[:2])), QueueFilter()),
    ("reviewer, 1 policy + type filter", Actor("r1", "r", "reviewer", frozenset(POLICIES[4:])),
     QueueFilter(policy=POLICIES[4], evidence_type="patent_certificate")),
    ("admin, page 20 (offset 950)", Actor("a", "admin", "admin"), QueueFilter(offset=950)),
]  # fmt: skip


def _rows(n: int, rng: random.Random) -> tuple[list[dict], list[dict]]:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    docs, sugs = [], []
    for i in range(n):
        doc_id = f"d{i:031d}"
        created = start + timedelta(seconds=rng.randint(0, 300 * 86400))
        docs.append({"id": doc_id, "owner_id": f"u{i % 5000}", "filename": f"{i}.png", "content_type": "image/png",
                     "size": 1, "sha256": f"{i:064d}", "status": "processed", "stage": "suggested", "progress": 1.0,
                     "attempts": 1, "created_at": created, "updated_at": created})  # fmt: skip
        status = rng.choice(["suggested"] * 6 + ["needs_review", "not_eligible", "confirmed", "adjusted"])
        sugs.append({"id": f"s{i:031d}", "document_id": doc_id, "position": 0, "owner_id": f"u{i % 5000}",
                     "person": "王建国", "policy_id": rng.choice(POLICIES), "policy_hash": "0" * 64, "year": 2026,
                     "evidence_type": rng.choice(TYPES), "evidence": {"title": f"培训班{i}"}, "category": "professional",
                     "activity": "training", "suggested_hours": 24.0, "suggested_status": "suggested", "hours": 24.0,
                     "status": status, "is_open": status not in ("confirmed", "adjusted"), "explanation": "",
                     "confidence": round(rng.random(), 4), "version": 1, "created_at": created,
                     "updated_at": created})  # fmt: skip
    return docs, sugs


def fill(engine: Engine, n: int) -> float:
    docs, sugs = _rows(n, random.Random(7))
    started = time.perf_counter()
    with engine.begin() as conn:
        for i in range(0, n, BATCH):
            conn.execute(insert(Document), docs[i : i + BATCH])
            conn.execute(insert(SuggestionRecord), sugs[i : i + BATCH])
        conn.execute(text("ANALYZE"))
    return time.perf_counter() - started


def time_cases(engine: Engine, repeat: int) -> list[tuple[str, float, float, int]]:
    sessions = make_sessionmaker(engine)
    results = []
    for name, actor, f in CASES:
        times = []
        for _ in range(repeat):
            with sessions() as session:
                t0 = time.perf_counter()
                page = queue(session, actor, f)
                times.append((time.perf_counter() - t0) * 1000)
        results.append((name, statistics.median(times), max(times), page["total"]))
    return results


def run(label: str, url: str, rows: int, repeat: int) -> None:
    upgrade(url)
    engine = make_engine(url)
    seconds = fill(engine, rows)
    print(
        f"\n{label}: {rows:,} suggestions inserted in {seconds:.1f} s; first queue page (50 items + total):"
    )
    for name, median, worst, total in time_cases(engine, repeat):
        print(f"  {name:<36} median {median:7.1f} ms   max {worst:7.1f} ms   ({total:,} matching)")
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run("SQLite", f"sqlite:///{Path(tmp) / 'queue.sqlite3'}", args.rows, args.repeat)
    if args.skip_postgres:
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from servers import PostgresServer

    server = PostgresServer()
    server.start()
    try:
        run("PostgreSQL", server.create_database("queue_bench"), args.rows, args.repeat)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
