"""Counters the workers keep in Redis for /metrics: stage durations and failures by error code.

The pipeline runs in rq work-horses: one forked process per job, on any machine that reaches Redis. An
in-process prometheus_client registry would die with each work-horse, and its multiprocess mode needs one
shared directory on one machine and leaves a file per work-horse pid behind. So each job adds its figures
to one Redis hash per queue with HINCRBY/HINCRBYFLOAT (atomic across processes and machines), and the API
turns the hash into Prometheus samples when scraped. Recording never fails a job.
"""

from __future__ import annotations

import logging

from redis import Redis
from redis.exceptions import RedisError

log = logging.getLogger("credproof.metrics")

# seconds; a page's OCR takes 1-6 s here, a long PDF a few minutes
STAGE_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)


def metrics_key(queue_name: str) -> str:
    return f"credproof:metrics:{queue_name}"


def observe_stages(redis: Redis, queue_name: str, timings: dict[str, float]) -> None:
    """Add one document's stage durations (ingest.pipeline.Run.timings) to the cumulative histogram."""
    pipe = redis.pipeline(transaction=False)
    key = metrics_key(queue_name)
    for stage, seconds in timings.items():
        for bound in STAGE_BUCKETS:
            if seconds <= bound:
                pipe.hincrby(key, f"stage:{stage}:le:{bound}", 1)
        pipe.hincrby(key, f"stage:{stage}:count", 1)
        pipe.hincrbyfloat(key, f"stage:{stage}:sum", seconds)
    _run(pipe)


def count_failure(redis: Redis, queue_name: str, code: str) -> None:
    """A document ended `failed`; `code` is its CredproofError code (or the exception's class name)."""
    _run(redis.pipeline(transaction=False).hincrby(metrics_key(queue_name), f"failure:{code}", 1))


def _run(pipe) -> None:  # type: ignore[no-untyped-def]
    try:
        pipe.execute()
    except RedisError:
        log.warning("could not record metrics in Redis", exc_info=True)


def read(redis: Redis, queue_name: str) -> dict[str, float]:
    """Every recorded figure, field name -> value."""
    raw = redis.hgetall(metrics_key(queue_name))
    return {k.decode(): float(v) for k, v in raw.items()}  # type: ignore[union-attr]
