"""The one job wrapper: rq runs `process_document(id)`; errors become retries or a `failed` status here only."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from rq import get_current_job

from ingest import metrics
from ingest.intake import limits_from
from ingest.ocr.registry import get_engine
from ingest.pipeline import Deps, Run, run_stages
from ingest.queue import give_up
from ingest.runtime import Runtime, get_runtime
from models.db import utcnow
from models.errors import CredproofError, InputError
from models.outbox import emit
from models.tables_documents import Document

log = logging.getLogger("credproof.jobs")


@lru_cache
def _deps_for(rt: Runtime) -> Deps:
    s = rt.settings
    return Deps(sessions=rt.sessions, store=rt.store, engine=get_engine(s.ocr_engine), limits=limits_from(s),
                dpi=s.ocr_dpi, extras={"default_policy": s.default_policy, "split": s.split_documents,
                                       "learn_confirmations": s.learn_confirmations})  # fmt: skip


def process_document(document_id: str) -> str:
    """Entry point for rq. Takes an id, never an ORM object; safe to run twice for the same document."""
    rt = get_runtime()
    deps = _deps_for(rt)
    if not _claim(rt, document_id):
        return "skipped"
    try:
        with _heartbeat(rt, document_id, interval=max(1.0, rt.settings.stale_after_seconds / 4)):
            run = run_stages(Run(document_id=document_id, deps=deps))
    except InputError as exc:  # the file itself is bad: retrying cannot help
        _finish(rt, document_id, "failed", exc.message)
        metrics.count_failure(rt.redis, rt.settings.queue_name, exc.code)
        return "failed"
    except Exception as exc:
        message = exc.message if isinstance(exc, CredproofError) else f"{type(exc).__name__}: {exc}"
        job = get_current_job()
        retries_left = bool(job and job.retries_left)
        retryable = not isinstance(exc, CredproofError) or exc.retryable
        if retryable and retries_left:
            _finish(rt, document_id, "queued", f"retrying after: {message}")
            raise
        log.exception("document %s failed", document_id)
        _finish(rt, document_id, "failed", message)
        code = exc.code if isinstance(exc, CredproofError) else type(exc).__name__  # not SQLAlchemy's .code
        metrics.count_failure(rt.redis, rt.settings.queue_name, code)
        return "failed"
    _finish(rt, document_id, "processed", None)
    metrics.observe_stages(rt.redis, rt.settings.queue_name, run.timings)
    return "processed"


def _claim(rt: Runtime, document_id: str) -> bool:
    with rt.sessions.begin() as session:
        doc = session.get(Document, document_id, with_for_update=True)
        if doc is None or doc.status in ("processed", "failed"):
            return False
        if doc.attempts >= rt.settings.max_attempts:  # every earlier attempt died with its work-horse
            give_up(session, doc)
            return False
        doc.status, doc.stage, doc.progress = "processing", "ocr", 0.05
        doc.attempts += 1
        doc.heartbeat_at = utcnow()
        job = get_current_job()
        doc.job_id = job.id if job else doc.job_id
    return True


def _finish(rt: Runtime, document_id: str, status: str, error: str | None) -> None:
    with rt.sessions.begin() as session:
        doc = session.get_one(Document, document_id)
        doc.status, doc.error = status, error
        if status == "processed":
            doc.progress, doc.processed_at = 1.0, utcnow()
        elif status == "failed":
            doc.stage = "failed"
        if status in ("processed", "failed"):  # same transaction: the event exists iff the status does
            emit(session, f"document.{status}", {"id": doc.id, "status": status, "owner": doc.owner_id})


@contextmanager
def _heartbeat(rt: Runtime, document_id: str, interval: float) -> Iterator[None]:
    """Refresh the document's heartbeat while the job runs, so a killed worker is noticed (ingest.queue)."""
    stop = threading.Event()

    def beat() -> None:
        while not stop.wait(interval):
            try:
                with rt.sessions.begin() as session:
                    doc = session.get(Document, document_id)
                    if doc is not None:
                        doc.heartbeat_at = utcnow()
            except Exception:  # noqa: BLE001 - a missed beat only delays recovery
                log.warning("heartbeat for %s failed", document_id, exc_info=True)

    thread = threading.Thread(target=beat, name=f"heartbeat-{document_id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=interval + 1)
