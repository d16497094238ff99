"""The review API: the queue, claim and decisions on suggestions, evidence corrections, audit, transcripts."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth import current_principal, require_scope
from api.deps import db_session, runtime
from api.principal import Principal
from ingest.runtime import Runtime
from models.db import utcnow
from models.errors import NotFound, PermissionDenied
from models.tables_review import SuggestionRecord, User
from review import audit
from review import queue as reviewing
from review.suggest import transcript

router = APIRouter(prefix="/api/v1", tags=["review"])
Reviewer = Depends(require_scope("review:write"))
MAX_OFFSET = 1_000_000


class Versioned(BaseModel):
    version: int = Field(ge=1, le=2**31 - 1, description="the version you read; a stale one gets 409")


class Confirm(Versioned):
    reason: str | None = None


class Adjust(Versioned):
    hours: float = Field(ge=0)
    reason: str = Field(min_length=1)


class Reject(Versioned):
    reason: str = Field(min_length=1)


class Correction(Versioned):
    fields: dict[str, Any] = Field(description='evidence keys to replace, e.g. {"holder": "王建国"}')
    reason: str | None = None


@router.get("/review/queue", summary="Open suggestions, lowest confidence first, then oldest")
def review_queue(
    policy: str | None = None, status: str | None = None, type: str | None = Query(None, alias="type"),
    limit: int = Query(50, ge=1, le=200), offset: int = Query(0, ge=0, le=MAX_OFFSET),
    session: Session = Depends(db_session, scope="function"), who: Principal = Reviewer,
) -> dict[str, Any]:  # fmt: skip
    f = reviewing.QueueFilter(policy=policy, status=status, evidence_type=type, limit=limit, offset=offset)
    return reviewing.queue(session, who, f)


@router.get("/review/{suggestion_id}", summary="One suggestion with its evidence and the person's year")
def review_item(
    suggestion_id: str, session: Session = Depends(db_session, scope="function"), who: Principal = Reviewer
) -> dict[str, Any]:
    row = reviewing.get_item(session, who, suggestion_id)
    others = session.scalars(select(SuggestionRecord).where(
        SuggestionRecord.owner_id == row.owner_id, SuggestionRecord.year == row.year,
        SuggestionRecord.id != row.id).order_by(SuggestionRecord.created_at))  # fmt: skip
    return {
        **reviewing.item_json(row),
        "evidence": row.evidence,
        "same_year": [reviewing.item_json(o) for o in others],
    }


@router.post("/review/{suggestion_id}/claim", summary="Hold an item (expires by itself)")
def claim_item(
    suggestion_id: str, rt: Runtime = Depends(runtime), session: Session = Depends(db_session, scope="function"),
    who: Principal = Reviewer,
) -> dict[str, Any]:  # fmt: skip
    return reviewing.item_json(
        reviewing.claim(session, who, suggestion_id, rt.settings.claim_timeout_seconds)
    )


@router.post("/review/{suggestion_id}/release", summary="Give up your hold on an item")
def release_item(
    suggestion_id: str, session: Session = Depends(db_session, scope="function"), who: Principal = Reviewer
) -> dict[str, Any]:
    return reviewing.item_json(reviewing.release(session, who, suggestion_id))


@router.post("/review/{suggestion_id}/confirm", summary="Confirm the suggested hours")
def confirm_item(suggestion_id: str, body: Confirm, session: Session = Depends(db_session, scope="function"),
                 who: Principal = Reviewer) -> dict[str, Any]:  # fmt: skip
    return reviewing.item_json(
        reviewing.decide(session, who, suggestion_id, body.version, "confirmed", reason=body.reason)
    )


@router.post("/review/{suggestion_id}/adjust", summary="Set other hours (a reason is required)")
def adjust_item(suggestion_id: str, body: Adjust, session: Session = Depends(db_session, scope="function"),
                who: Principal = Reviewer) -> dict[str, Any]:  # fmt: skip
    row = reviewing.decide(
        session, who, suggestion_id, body.version, "adjusted", hours=body.hours, reason=body.reason
    )
    return reviewing.item_json(row)


@router.post("/review/{suggestion_id}/reject", summary="Reject (a reason is required)")
def reject_item(suggestion_id: str, body: Reject, session: Session = Depends(db_session, scope="function"),
                who: Principal = Reviewer) -> dict[str, Any]:  # fmt: skip
    return reviewing.item_json(
        reviewing.decide(session, who, suggestion_id, body.version, "rejected", reason=body.reason)
    )


@router.post(
    "/review/{suggestion_id}/evidence", summary="Correct extracted fields; the suggestion is recomputed"
)
def correct_item(suggestion_id: str, body: Correction, session: Session = Depends(db_session, scope="function"),
                 who: Principal = Reviewer) -> dict[str, Any]:  # fmt: skip
    row = reviewing.correct_evidence(session, who, suggestion_id, body.version, body.fields, body.reason)
    return {**reviewing.item_json(row), "evidence": row.evidence}


@router.get("/audit", summary="The append-only audit log, oldest first; filter by subject")
def read_audit(
    subject: str | None = Query(None, description="e.g. suggestion:<id> or user:<id>"),
    limit: int = Query(200, ge=1, le=1000),
    session: Session = Depends(db_session, scope="function"), who: Principal = Depends(current_principal),
) -> dict[str, Any]:  # fmt: skip
    if who.role == "reviewer":
        _reviewer_may_read(session, who, subject)
    elif who.role != "admin":
        raise PermissionDenied("只有审核人员和管理员可以查看审计日志 / reviewers and admins only")
    found = audit.entries(session, subject, max(1, min(limit, 1000)))
    return {"subject": subject, "entries": [audit.entry_json(e) for e in found]}


def _reviewer_may_read(session: Session, who: Principal, subject: str | None) -> None:
    kind, _, ident = (subject or "").partition(":")
    if kind != "suggestion":
        raise PermissionDenied("审核人员只能按建议查看审计 / reviewers read the audit of suggestions")
    reviewing.get_item(session, who, ident)  # 404 / 403 as for the item itself


@router.get("/transcript", summary="A professional's year: confirmed hours against the requirement")
def read_transcript(
    year: int | None = Query(None, ge=1900, le=2100), user: str | None = None,
    session: Session = Depends(db_session, scope="function"), who: Principal = Depends(require_scope("credits:read")),
) -> dict[str, Any]:  # fmt: skip
    user_id = user or who.owner_id
    if user_id != who.owner_id:
        target = session.get(User, user_id)
        if target is None:
            raise NotFound(f"no professional {user_id}")
        if who.role != "admin" and not (who.role == "reviewer" and target.policy_id in who.policies):
            raise NotFound(f"no professional {user_id}")
    return transcript(session, user_id, year or utcnow().year)
