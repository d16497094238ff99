"""Accepting an upload: validate, store the bytes, create the document row. Runs inside the request; no OCR."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ingest.archives import ZipLimits, is_zip, is_zip_name, unpack
from ingest.files import Limits, safe_filename, validate_upload
from ingest.storage import FileStore, sha256_of
from models.errors import CredproofError, TypeMismatch
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


@dataclass(frozen=True)
class Outcome:
    """One file of an upload request, or one member of a ZIP in it: accepted, or refused with the reason."""

    filename: str
    member: str | None = None  # the path inside the ZIP
    accepted: Accepted | None = None
    error: CredproofError | None = None


def zip_limits_from(settings: Settings) -> ZipLimits:
    return ZipLimits(
        max_members=settings.zip_max_members,
        max_total_bytes=settings.zip_max_total_bytes,
        max_member_bytes=settings.max_file_bytes,
        max_ratio=settings.zip_max_ratio,
    )


def upload_limit(settings: Settings, filename: str) -> int:
    """How many bytes of this upload to read: a ZIP may be larger than a single proof."""
    return settings.zip_max_bytes if is_zip_name(filename or "") else settings.max_file_bytes


def accept_files(
    session: Session, store: FileStore, data: bytes, filename: str, owner_id: str, settings: Settings
) -> list[Outcome]:
    """One uploaded file, or each member of an uploaded ZIP, accepted like a single upload; never raises
    for a bad member. A ZIP refused as a whole gives one outcome with its error."""
    try:
        if not is_zip_name(filename):
            return [Outcome(filename, accepted=accept_upload(session, store, data, filename, owner_id,
                                                             limits_from(settings)))]  # fmt: skip
        name = safe_filename(filename)
        if not is_zip(data):
            raise TypeMismatch(f"文件 {name!r} 不是 ZIP / the file {name!r} is not a ZIP", filename=name)
        members, refused = unpack(data, zip_limits_from(settings))
    except CredproofError as exc:
        return [Outcome(filename, error=exc)]
    outcomes = [Outcome(name, member=r.name, error=r.error) for r in refused]
    for m in members:
        try:
            result = accept_upload(session, store, m.data, m.filename, owner_id, limits_from(settings))
        except CredproofError as exc:
            outcomes.append(Outcome(name, member=m.name, error=exc))
            continue
        outcomes.append(Outcome(name, member=m.name, accepted=result))
    return outcomes


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
