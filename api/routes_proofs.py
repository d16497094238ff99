"""Proofs split out of a file: a reviewer merges or splits them (the grouping extractors.split proposed)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from api.auth import may_read_document, require_scope
from api.deps import db_session, runtime
from api.principal import Principal
from api.routes_documents import document_json
from ingest.proofs import regroup_file
from ingest.runtime import Runtime
from models.errors import NotFound, PermissionDenied
from models.tables_documents import Document

router = APIRouter(prefix="/api/v1", tags=["documents"])
Reviewer = Depends(require_scope("review:write"))


class Grouping(BaseModel):
    pages: list[tuple[int, int]] = Field(
        min_length=1, max_length=500, description="each proof's [first, last] page; together every page once"
    )


@router.post("/documents/{doc_id}/proofs", summary="Merge or split a file's proofs (reviewers)")
def regroup_proofs(
    doc_id: str, body: Grouping, rt: Runtime = Depends(runtime), session: Session = Depends(db_session),
    who: Principal = Reviewer,
) -> dict[str, Any]:  # fmt: skip
    """The file's proofs become exactly the page ranges given, each re-read from its pages and suggested
    again; a proof whose pages are unchanged keeps its review, a reviewed proof cannot be regrouped (409)."""
    doc = session.get(Document, doc_id)
    if doc is None or doc.parent_id is not None or not may_read_document(session, who, doc):
        raise NotFound(f"没有这个文件 / no file {doc_id}")
    if who.role not in ("reviewer", "admin"):
        raise PermissionDenied("只有审核人可以调整分组 / only reviewers regroup a file's proofs")
    session.rollback()  # the regrouping runs in its own transactions
    regroup_file(rt.sessions, doc_id, body.pages, (who.user_id, who.name))
    session.expire_all()
    return document_json(session.get_one(Document, doc_id))
