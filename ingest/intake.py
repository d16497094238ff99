"""Accepting an upload: validate, store the bytes, create the document row. Runs inside the request; no OCR."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ingest.files import Limits, safe_filename, validate_upload
from ingest.storage import FileStore, sha256_of
from models.settings import Settings
from models.tables_documents import Document


@dataclass(frozen=True)
class Accepted:
    document: Document
    created: bool  # False: the same owner sent the same bytes before; that document is returned
    requeued: bool = False  # that earlier document had failed and is queued again: it needs a job


def queue_again(doc: Document) -> None:
    """Reset a failed document so a new job processes it from the start (a passing fault, e.g. a full disk,
    may have failed it); the caller commits, then enqueues."""
    doc.status, doc.stage, doc.progress = "queued", "queued", 0.0
    doc.error, doc.attempts, doc.job_id, doc.heartbeat_at = None, 0, None, None


def limits_from(settings: Settings) -> Limits:
    return Limits(
        max_bytes=settings.max_file_bytes,
        max_pages=settings.max_pages,
        max_pixels=settings.max_image_pixels,
        dpi=settings.ocr_dpi,
    )


def accept_upload(
    session: Session, store: FileStore, data: bytes, filename: str, owner_id: str, limits: Limits
) -> Accepted:
    """Validate first, then store and insert; a refused upload leaves no row and no file behind."""
    name = safe_filename(filename)
    sniffed = validate_upload(data, name, limits)
    digest = sha256_of(data)
    existing = _find(session, owner_id, digest)
    if existing is not None:
        if existing.status != "failed":
            return Accepted(existing, created=False)
        store.put_blob(data)  # the failure may have been the store itself
        queue_again(existing)
        return Accepted(existing, created=False, requeued=True)
    store.put_blob(data)
    doc = Document(
        owner_id=owner_id, filename=name, content_type=sniffed.content_type, size=len(data),
        sha256=digest, status="queued", stage="queued", page_count=sniffed.page_count,
    )  # fmt: skip
    try:
        with session.begin_nested():
            session.add(doc)
    except IntegrityError:  # a concurrent upload of the same bytes by the same owner won the race
        found = _find(session, owner_id, digest)
        if found is None:
            raise
        return Accepted(found, created=False)
    return Accepted(doc, created=True)


def _find(session: Session, owner_id: str, digest: str) -> Document | None:
    return session.scalar(select(Document).where(Document.owner_id == owner_id, Document.sha256 == digest))
