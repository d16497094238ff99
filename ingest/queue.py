"""Putting document jobs on the rq queue, and finding documents whose job was lost."""

from __future__ import annotations

from datetime import timedelta

from rq import Queue, Retry
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.db import utcnow
from models.outbox import emit
from models.tables_documents import Document

RETRY_INTERVALS = [5, 30, 120]  # seconds between attempts: quick, then patient


def enqueue_document(queue: Queue, document_id: str, *, retries: int = 3, timeout: int = 600) -> str:
    job = queue.enqueue(
        "ingest.jobs.process_document",
        document_id,
        retry=Retry(max=retries, interval=RETRY_INTERVALS[:retries]) if retries > 0 else None,
        job_timeout=timeout,
        result_ttl=24 * 3600,
        failure_ttl=7 * 24 * 3600,
        description=f"process document {document_id}",
    )
    return job.id


def _job_alive(queue: Queue, job_id: str | None) -> bool:
    if not job_id:
        return False
    try:
        status = Job.fetch(job_id, connection=queue.connection).get_status()
    except NoSuchJobError:
        return False
    return status in (JobStatus.QUEUED, JobStatus.STARTED, JobStatus.SCHEDULED, JobStatus.DEFERRED)


def give_up(session: Session, doc: Document) -> None:
    """A poison document: every attempt so far lost its worker (killed, out of memory, a crash in OCR)."""
    doc.status, doc.stage = "failed", "failed"
    doc.error = (
        f"处理 {doc.attempts} 次均中断，已停止重试 / gave up after {doc.attempts} attempts: the worker "
        "processing this document stopped every time"
    )
    emit(session, "document.failed", {"id": doc.id, "status": "failed", "owner": doc.owner_id})


def requeue_lost(
    session: Session,
    queue: Queue,
    stale_after: float,
    *,
    retries: int = 3,
    timeout: int = 600,
    max_attempts: int = 5,
) -> list[str]:
    """Re-enqueue documents that no live job will finish.

    A `processing` document whose heartbeat is older than `stale_after` seconds lost its worker (killed,
    machine gone); a `queued` document whose job is missing from Redis lost its job (Redis restarted empty,
    enqueue failed after the commit). Both get a fresh job; the job itself is idempotent. A lost document
    that has had `max_attempts` attempts already is given up on (`failed`, with the reason) instead.
    """
    cutoff = utcnow() - timedelta(seconds=stale_after)
    stalled = select(Document).where(
        or_(
            (Document.status == "processing")
            & or_(Document.heartbeat_at.is_(None), Document.heartbeat_at < cutoff),
            Document.status == "queued",
        )
    )
    requeued = []
    for doc in session.scalars(stalled):
        if doc.status == "queued" and _job_alive(queue, doc.job_id):
            continue
        if doc.status == "processing" and doc.attempts >= max_attempts:
            give_up(session, doc)
            continue
        doc.status, doc.stage = "queued", "queued"
        doc.job_id = enqueue_document(queue, doc.id, retries=retries, timeout=timeout)
        requeued.append(doc.id)
    session.commit()
    return requeued
