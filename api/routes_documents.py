"""Document intake and read-back: upload, status and progress, OCR'd pages, page images, evidence."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, Depends, File, Query, UploadFile
from fastapi.responses import FileResponse, JSONResponse
from redis.exceptions import RedisError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.auth import may_read_document, require_scope
from api.deps import db_session, runtime
from api.principal import Principal
from ingest.intake import accept_files, queue_again, upload_limit
from ingest.queue import enqueue_document
from ingest.runtime import Runtime
from models.errors import Conflict, CredproofError, FileTooLarge, NotFound
from models.tables_documents import Document, Page
from review import audit

log = logging.getLogger("credproof.api")
router = APIRouter(prefix="/api/v1", tags=["documents"])


WRITER = require_scope("documents:write")
READER = require_scope("evidence:read")
# stored page images (ingest.ocr.reader): PNG, or JPEG for pages that came as photos or scans
PAGE_MEDIA_TYPES = {".png": "image/png", ".jpg": "image/jpeg"}


def owner_id(principal: Principal = Depends(WRITER)) -> str:
    """Who owns uploads made in this request: the logged-in professional, or whom an API key acts for."""
    return principal.owner_id


def reader_id(principal: Principal = Depends(READER)) -> str:
    """Whose document list this request reads."""
    return principal.owner_id


def document_json(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id, "filename": doc.filename, "owner": doc.owner_id, "content_type": doc.content_type,
        "size": doc.size, "sha256": doc.sha256, "status": doc.status, "stage": doc.stage,
        "progress": doc.progress, "error": doc.error, "page_count": doc.page_count, "attempts": doc.attempts,
        "evidence_type": doc.evidence.evidence_type if doc.evidence else None,
        "created_at": doc.created_at.isoformat(), "updated_at": doc.updated_at.isoformat(),
        "processed_at": doc.processed_at.isoformat() if doc.processed_at else None,
        "parent": doc.parent_id, "source_pages": [doc.page_first, doc.page_last] if doc.parent_id else None,
        "grouping": doc.grouping, "proofs": [proof_json(p) for p in doc.proofs],
    }  # fmt: skip


def proof_json(doc: Document) -> dict[str, Any]:
    """One proof split out of a file: its own document, its pages in the file, and why they were grouped."""
    return {"id": doc.id, "pages": [doc.page_first, doc.page_last], "status": doc.status, "stage": doc.stage,
            "evidence_type": doc.evidence.evidence_type if doc.evidence else None, "grouping": doc.grouping}  # fmt: skip


def _read_limited(upload: UploadFile, max_bytes: int) -> bytes:
    data = upload.file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FileTooLarge(f"文件超过 {max_bytes // (1024 * 1024)} MB / the file is larger than {max_bytes} bytes",
                           filename=upload.filename, limit=max_bytes)  # fmt: skip
    return data


@router.post("/documents", status_code=202, summary="Upload one or many proofs; answers at once with ids")
def upload_documents(
    files: list[UploadFile] = File(
        ...,
        description="one or more PDF, PNG, JPEG, TIFF or HEIC files, or ZIPs of them (each member is one file)",
    ),
    rt: Runtime = Depends(runtime),
    session: Session = Depends(db_session, scope="function"),
    owner: str = Depends(owner_id),
) -> JSONResponse:
    """Each file is validated and stored, then queued for OCR. A file that fails validation leaves nothing
    behind and is reported in `errors`; when every file fails, the answer is that file's 4xx. Each member of
    a ZIP is a file of its own (its `member` path is given beside the ZIP's `filename`); a nested archive, a
    path that climbs out, or a zip bomb is refused by name while the other members go in."""
    accepted, errors, new_ids = [], [], []
    for upload in files:
        name = upload.filename or ""
        try:
            data = _read_limited(upload, upload_limit(rt.settings, name))
        except CredproofError as exc:
            errors.append({"filename": name, "status": exc.http_status, **exc.to_dict()})
            continue
        for out in accept_files(session, rt.store, data, name, owner, rt.settings):
            member = {"member": out.member} if out.member is not None else {}
            if out.error is not None:
                errors.append(
                    {"status": out.error.http_status, **out.error.to_dict(), "filename": name, **member}
                )
            elif out.accepted is not None:
                if out.accepted.created or out.accepted.requeued:  # a re-upload of a failed file runs again
                    new_ids.append(out.accepted.document.id)
                archive = {"archive": name, **member} if member else {}
                accepted.append({**document_json(out.accepted.document), **archive,
                                 "duplicate": not out.accepted.created})  # fmt: skip
    session.commit()
    enqueue(rt, session, new_ids)
    if not accepted:
        first = errors[0]
        return JSONResponse(status_code=first["status"], content={**first, "errors": errors})
    return JSONResponse(status_code=202, content={"documents": accepted, "errors": errors})


def enqueue(rt: Runtime, session: Session, ids: list[str]) -> None:
    for doc_id in ids:
        try:
            job_id = enqueue_document(
                rt.queue, doc_id, retries=rt.settings.job_retries, timeout=rt.settings.job_timeout
            )
        except (
            RedisError
        ):  # Redis is down: the document stays `queued`; the workers' recovery sweep enqueues it
            log.warning("could not enqueue %s now; recovery will", doc_id, exc_info=True)
            continue
        session.get_one(Document, doc_id).job_id = job_id
    session.commit()


@router.post("/documents/{doc_id}/reprocess", status_code=202, summary="Queue a failed document again")
def reprocess_document(
    doc_id: str, rt: Runtime = Depends(runtime), session: Session = Depends(db_session, scope="function"),
    who: Principal = Depends(WRITER),
) -> JSONResponse:  # fmt: skip
    """For the document's owner and for admins: after a passing fault a failed document can run again."""
    doc = reprocess(session, doc_id, who)
    session.commit()
    enqueue(rt, session, [doc.id])
    return JSONResponse(status_code=202, content=document_json(doc))


def reprocess(session: Session, doc_id: str, who: Principal) -> Document:
    doc = session.get(Document, doc_id)
    if doc is None or not (doc.owner_id == who.owner_id or (who.role == "admin" and who.via == "session")):
        raise NotFound(f"没有这个文件 / no document {doc_id}")
    if doc.status != "failed":
        raise Conflict(f"只有失败的材料可以重新处理 / only a failed document can be reprocessed; it is {doc.status}",
                       status=doc.status)  # fmt: skip
    before = {"status": doc.status, "error": doc.error, "attempts": doc.attempts}
    queue_again(doc)
    audit.record(session, (who.user_id, who.name), "document.reprocess", f"document:{doc.id}", before=before,
                 after={"status": doc.status})  # fmt: skip
    return doc


def get_document(session: Session, doc_id: str, owner: str | Principal) -> Document:
    doc = session.get(Document, doc_id)
    if doc is None or not may_read_document(session, owner, doc):
        raise NotFound(f"没有这个文件 / no document {doc_id}")
    return doc


@router.get("/documents", summary="The caller's documents, newest first")
def list_documents(
    limit: int = Query(50, ge=1, le=200),
    offset: int = Query(0, ge=0, le=10**9),
    session: Session = Depends(db_session, scope="function"),
    owner: str = Depends(reader_id),
) -> dict[str, Any]:
    query = select(Document).where(
        Document.owner_id == owner, Document.parent_id.is_(None)
    )  # proofs: in `proofs`
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    docs = session.scalars(query.order_by(Document.created_at.desc()).limit(limit).offset(offset))
    return {"total": total, "limit": limit, "offset": offset, "documents": [document_json(d) for d in docs]}


@router.get("/documents/{doc_id}", summary="Status and progress of one document")
def read_document(
    doc_id: str, session: Session = Depends(db_session, scope="function"), owner: Principal = Depends(READER)
) -> dict[str, Any]:
    return document_json(get_document(session, doc_id, owner))


@router.get("/documents/{doc_id}/pages", summary="OCR'd pages with text and word boxes")
def read_pages(
    doc_id: str, session: Session = Depends(db_session, scope="function"), owner: Principal = Depends(READER)
) -> dict[str, Any]:
    doc = get_document(session, doc_id, owner)
    return {"document": doc.id, "status": doc.status, "pages": [page_json(p) for p in doc.pages]}


def page_json(page: Page) -> dict[str, Any]:
    words = [w for line in page.lines for w in (line.get("words") or [line])]
    return {
        "number": page.number, "width": page.width, "height": page.height, "text": page.text,
        "engine": page.engine, "from_text_layer": page.from_text_layer, "rotation": page.rotation,
        "mean_conf": page.mean_conf, "lines": page.lines,
        "words": [{"text": w["text"], "bbox": w["bbox"], "conf": w["conf"]} for w in words],
        "image_url": f"/api/v1/documents/{page.document_id}/pages/{page.number}/image",
    }  # fmt: skip


@router.get(
    "/documents/{doc_id}/pages/{number}/image",
    summary="A page image (PNG, or JPEG for photos and scans) as OCR saw it",
)
def read_page_image(
    doc_id: str, number: int, rt: Runtime = Depends(runtime),
    session: Session = Depends(db_session, scope="function"), owner: Principal = Depends(READER),
) -> FileResponse:  # fmt: skip
    doc = get_document(session, doc_id, owner)
    page = next((p for p in doc.pages if p.number == number), None)
    if page is None:
        raise NotFound(f"document {doc_id} has no page {number}")
    path = rt.store.path(page.image_path)
    return FileResponse(path, media_type=PAGE_MEDIA_TYPES.get(path.suffix, "image/png"))


@router.get("/documents/{doc_id}/evidence", summary="The evidence record extracted from a document")
def read_evidence(
    doc_id: str, session: Session = Depends(db_session, scope="function"), owner: Principal = Depends(READER)
) -> dict[str, Any]:
    doc = get_document(session, doc_id, owner)
    if doc.evidence is None and doc.proofs:
        raise Conflict(
            f"这个文件包含 {len(doc.proofs)} 份证明，请分别读取 / the file holds {len(doc.proofs)} proofs; "
            "read each one's evidence", proofs=[p.id for p in doc.proofs],
        )  # fmt: skip
    if doc.evidence is None:
        raise Conflict(
            f"evidence is not ready; the document is {doc.status}", status=doc.status, stage=doc.stage
        )
    return doc.evidence.corrected or doc.evidence.record
