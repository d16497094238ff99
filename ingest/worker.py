"""Running rq workers: the `credproof worker` command and the one started by `credproof run`."""

from __future__ import annotations

import logging
import threading

from rq import SimpleWorker, Worker

from ingest.queue import requeue_lost
from ingest.runtime import Runtime, get_runtime
from ingest.webhooks import recover_deliveries
from models.migrate import upgrade

log = logging.getLogger("credproof.worker")


def recover(rt: Runtime) -> list[str]:
    """Give lost documents and lost webhook deliveries a new job (ingest.queue, ingest.webhooks)."""
    s = rt.settings
    with rt.sessions() as session:
        ids = requeue_lost(
            session, rt.queue, s.stale_after_seconds, retries=s.job_retries, timeout=s.job_timeout
        )
    if ids:
        log.warning("re-queued %d lost document(s): %s", len(ids), ", ".join(ids))
    deliveries = recover_deliveries(rt)
    if deliveries:
        log.warning("re-queued %d lost webhook deliveries", len(deliveries))
    return ids


def _recover_forever(rt: Runtime, stop: threading.Event) -> None:
    interval = max(5.0, rt.settings.stale_after_seconds / 2)
    while not stop.wait(interval):
        try:
            recover(rt)
        except Exception:  # noqa: BLE001 - recovery is best effort; the next sweep tries again
            log.warning("recovery sweep failed", exc_info=True)


def run_worker(*, burst: bool = False, simple: bool = False, migrate: bool = True) -> bool:
    rt = get_runtime()
    if migrate:
        upgrade(rt.settings.db_url)
    recover(rt)
    stop = threading.Event()
    threading.Thread(target=_recover_forever, args=(rt, stop), daemon=True, name="recover").start()
    cls = SimpleWorker if simple else Worker
    worker = cls([rt.queue], connection=rt.redis)
    try:
        return worker.work(burst=burst, with_scheduler=True, logging_level="INFO")
    finally:
        stop.set()
