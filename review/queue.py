"""The review queue and a reviewer's actions: claim, confirm, adjust, reject, correct evidence.

Every action is one conditional UPDATE (`WHERE version = :read AND not claimed by someone else`), so two
reviewers racing on one item cannot both win, on SQLite or PostgreSQL; the loser gets Conflict (409).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from pydantic import ValidationError
from sqlalchemy import func, or_, select, union_all, update
from sqlalchemy.orm import Session

from models.contract import Evidence
from models.db import utcnow
from models.errors import Conflict, InputError, InvalidEvidence, NotFound, PermissionDenied
from models.outbox import emit
from models.tables_documents import Document
from models.tables_review import OPEN_STATUSES, REVIEWED_STATUSES, SuggestionRecord, User
from review import audit, facts
from review.suggest import current_evidence, event_data, evidence_year, refresh_year, transcript

S = SuggestionRecord
EVENT_OF = {"confirmed": "credit.confirmed", "adjusted": "credit.adjusted", "rejected": "credit.rejected"}
# Fields a reviewer may correct on an evidence record (the rest is the extractor's provenance).
CORRECTABLE = ("holder", "people", "title", "issuer", "issued_on", "period", "hours_stated", "category_stated",
               "journal", "patent", "award", "book", "qualification", "evidence_type")  # fmt: skip


class Actor(Protocol):
    """Who acts (api.principal.Principal fits)."""

    @property
    def user_id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def policies(self) -> frozenset[str]: ...


@dataclass(frozen=True)
class QueueFilter:
    policy: str | None = None
    status: str | None = None  # None: every open item
    evidence_type: str | None = None
    limit: int = 50
    offset: int = 0


def aware(dt: datetime | None) -> datetime | None:
    """SQLite hands datetimes back naive; they were stored as UTC."""
    return dt.replace(tzinfo=UTC) if dt is not None and dt.tzinfo is None else dt


def visible_policies(actor: Actor, wanted: str | None) -> list[str] | None:
    """The policies an actor may review (None: all, for admins); asking for another policy is 403."""
    if actor.role == "admin":
        return [wanted] if wanted else None
    if actor.role != "reviewer":
        raise PermissionDenied("只有审核人员可以查看审核队列 / only reviewers work the queue")
    if wanted and wanted not in actor.policies:
        raise PermissionDenied(f"未分配政策 {wanted} / you are not assigned to {wanted}", policy=wanted)
    return [wanted] if wanted else sorted(actor.policies)


def _free_for(actor: Actor, now: datetime) -> Any:
    return or_(S.claimed_by.is_(None), S.claimed_by == actor.user_id, S.claim_expires_at < now)


COUNT_CAP = 10_000  # the queue says "10,000+" beyond this rather than count every row on each page view


def _conditions(f: QueueFilter) -> list[Any]:
    if f.status in (None, "", "open"):
        found: list[Any] = [S.is_open.is_(True)]
    elif f.status in OPEN_STATUSES + REVIEWED_STATUSES:
        found = [S.is_open.is_(f.status in OPEN_STATUSES), S.status == f.status]
    else:
        raise InputError(f"unknown status {f.status!r}")
    return found + ([S.evidence_type == f.evidence_type] if f.evidence_type else [])


def _page_ids(
    session: Session, where: list[Any], policies: list[str] | None, limit: int, offset: int
) -> list[str]:
    """Ids of one page, walking the queue indexes in order.

    With several policies, one ordered index walk per policy (UNION ALL of each one's first offset+limit)
    beats `policy_id IN (...)`, which makes both SQLite and PostgreSQL sort every open item of those policies.
    """
    order = (S.confidence, S.created_at, S.id)
    if policies is None or len(policies) == 1:
        scoped = where + ([S.policy_id == policies[0]] if policies else [])
        return list(session.scalars(select(S.id).where(*scoped).order_by(*order).limit(limit).offset(offset)))
    if not policies:
        return []
    parts = [select(S.id, S.confidence, S.created_at).where(*where, S.policy_id == p).order_by(*order)
             .limit(offset + limit).subquery().select() for p in policies]  # fmt: skip
    merged = union_all(*parts).subquery()
    page = (
        select(merged.c.id)
        .order_by(merged.c.confidence, merged.c.created_at, merged.c.id)
        .limit(limit)
        .offset(offset)
    )
    return list(session.scalars(page))


def queue(session: Session, actor: Actor, f: QueueFilter, now: datetime | None = None) -> dict[str, Any]:
    """A page of the queue: lowest confidence first, then oldest; items others hold are left out.

    `total` counts every matching item, held ones included, up to COUNT_CAP (`total_capped` says so).
    """
    now = now or utcnow()
    policies = visible_policies(actor, f.policy)
    where = _conditions(f)
    limit, offset = max(1, min(f.limit, 200)), max(0, f.offset)
    ids = _page_ids(session, [*where, _free_for(actor, now)], policies, limit, offset)
    rows = {r.id: r for r in session.scalars(select(S).where(S.id.in_(ids)))} if ids else {}
    counted = select(S.id).where(*where, *([S.policy_id.in_(policies)] if policies is not None else []))
    total = session.scalar(select(func.count()).select_from(counted.limit(COUNT_CAP + 1).subquery())) or 0
    return {"total": min(total, COUNT_CAP), "total_capped": total > COUNT_CAP, "limit": limit, "offset": offset,
            "items": [item_json(rows[i], now) for i in ids if i in rows]}  # fmt: skip


def get_item(session: Session, actor: Actor, suggestion_id: str) -> SuggestionRecord:
    row = session.get(S, suggestion_id)
    if row is None:
        raise NotFound(f"没有这条建议 / no suggestion {suggestion_id}")
    if actor.role != "admin" and not (actor.role == "reviewer" and row.policy_id in actor.policies):
        raise PermissionDenied(f"未分配政策 {row.policy_id} / you are not assigned to {row.policy_id}",
                               policy=row.policy_id)  # fmt: skip
    return row


def claim(
    session: Session, actor: Actor, suggestion_id: str, timeout: int, now: datetime | None = None
) -> SuggestionRecord:
    """Hold an item for `timeout` seconds; the hold lapses by itself, and re-claiming extends your own."""
    now = now or utcnow()
    row = get_item(session, actor, suggestion_id)
    result = session.execute(
        update(S).where(S.id == row.id, S.is_open.is_(True), _free_for(actor, now))
        .values(claimed_by=actor.user_id, claim_expires_at=now + timedelta(seconds=timeout))
        .execution_options(synchronize_session=False)
    )  # fmt: skip
    session.refresh(row)
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise _why_not(row, actor, now, None)
    audit.record(session, (actor.user_id, actor.name), "claim", f"suggestion:{row.id}",
                 after={"claimed_by": actor.user_id, "until": aware(row.claim_expires_at).isoformat()})  # type: ignore[union-attr]  # fmt: skip
    return row


def release(session: Session, actor: Actor, suggestion_id: str) -> SuggestionRecord:
    row = get_item(session, actor, suggestion_id)
    if row.claimed_by == actor.user_id:
        row.claimed_by, row.claim_expires_at = None, None
        audit.record(session, (actor.user_id, actor.name), "release", f"suggestion:{row.id}")
    return row


def _why_not(row: SuggestionRecord, actor: Actor, now: datetime, version: int | None) -> Conflict:
    if version is not None and row.version != version:
        return Conflict(f"已被他人修改，请刷新 / stale version {version}; the item is at {row.version}",
                        current_version=row.version, status=row.status)  # fmt: skip
    if not row.is_open and version is None:
        return Conflict(f"该项已审核 / the item is already {row.status}", status=row.status)
    until = aware(row.claim_expires_at)
    return Conflict("已被其他审核人领取 / another reviewer holds this item", claimed_by=row.claimed_by,
                    claimed_until=until.isoformat() if until else None)  # fmt: skip


def _snapshot(row: SuggestionRecord) -> dict[str, Any]:
    return {"status": row.status, "hours": row.hours, "version": row.version, "reason": row.reason}


def decide(
    session: Session, actor: Actor, suggestion_id: str, version: int, status: str,
    hours: float | None = None, reason: str | None = None, now: datetime | None = None,
) -> SuggestionRecord:  # fmt: skip
    """confirmed / adjusted (new hours + reason) / rejected (reason), if `version` is still current."""
    now = now or utcnow()
    row = get_item(session, actor, suggestion_id)
    values = _decision(row, status, hours, reason)
    before, was_met = _snapshot(row), transcript(session, row.owner_id, row.year)["met"]
    result = session.execute(
        update(S).where(S.id == row.id, S.version == version, _free_for(actor, now))
        .values(**values, is_open=False, reviewed_by=actor.user_id, reviewed_at=now, version=S.version + 1,
                claimed_by=None, claim_expires_at=None)
        .execution_options(synchronize_session=False)
    )  # fmt: skip
    session.refresh(row)
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise _why_not(row, actor, now, version)
    audit.record(session, (actor.user_id, actor.name), status, f"suggestion:{row.id}", before=before,
                 after=_snapshot(row), reason=reason)  # fmt: skip
    emit(session, EVENT_OF[status], {**event_data(row), "reviewer": actor.user_id})
    after = transcript(session, row.owner_id, row.year)
    if after["met"] and not was_met:
        emit(session, "transcript.requirement_met", {"owner": row.owner_id, "year": row.year,
                                                     "policy": row.policy_id, "totals": after["totals"]})  # fmt: skip
    return row


def _decision(row: SuggestionRecord, status: str, hours: float | None, reason: str | None) -> dict[str, Any]:
    reason = (reason or "").strip() or None
    if status == "confirmed":
        if row.hours is None:
            raise InputError("该项没有建议学时，请用“调整”填写学时 / nothing to confirm: adjust with hours")
        return {"status": status, "reason": reason}
    if status == "adjusted":
        if hours is None or hours < 0 or not reason:
            raise InputError("调整需要学时（≥0）和理由 / adjusting needs hours (>= 0) and a reason")
        return {"status": status, "hours": round(float(hours), 2), "reason": reason}
    if status == "rejected":
        if not reason:
            raise InputError("驳回需要理由 / rejecting needs a reason")
        return {"status": status, "reason": reason}
    raise InputError(f"unknown decision {status!r}")


def correct_evidence(
    session: Session, actor: Actor, suggestion_id: str, version: int, fields: dict[str, Any],
    reason: str | None = None, now: datetime | None = None,
) -> SuggestionRecord:  # fmt: skip
    """Store the reviewer's corrected evidence and recompute the owner's year from it."""
    now = now or utcnow()
    row = get_item(session, actor, suggestion_id)
    unknown = set(fields) - set(CORRECTABLE)
    if unknown:
        raise InputError(f"these fields cannot be corrected: {', '.join(sorted(unknown))}")
    locked = session.execute(
        update(S).where(S.id == row.id, S.version == version, S.is_open.is_(True), _free_for(actor, now))
        .values(version=S.version + 1).execution_options(synchronize_session=False)
    )  # fmt: skip
    session.refresh(row)
    if locked.rowcount != 1:  # type: ignore[attr-defined]
        raise _why_not(row, actor, now, version) if row.is_open else Conflict("该项已审核 / already decided")
    record = session.get_one(Document, row.document_id).evidence
    if record is None:
        raise NotFound(f"document {row.document_id} has no evidence")
    base = record.corrected or record.record
    try:
        corrected = Evidence.model_validate({**base, **fields}).to_json()
    except ValidationError as exc:
        raise InvalidEvidence(f"更正后的字段不合规 / corrected evidence is invalid: {exc.errors()[0]['msg']}",
                              field=".".join(map(str, exc.errors()[0]["loc"]))) from exc  # fmt: skip
    record.corrected = corrected
    record.evidence_type = corrected["evidence_type"]
    audit.record(session, (actor.user_id, actor.name), "evidence.correct", f"suggestion:{row.id}",
                 before={k: base.get(k) for k in fields}, after={k: corrected.get(k) for k in fields},
                 reason=reason)  # fmt: skip
    facts.learn(session, (actor.user_id, actor.name), base, corrected, fields, row.document_id, row.id, now)
    session.flush()
    owner = session.get_one(User, row.owner_id)
    moved_to = evidence_year(current_evidence(record), row.created_at.year)
    for year in sorted({row.year, moved_to, *_years_of(session, row.document_id)}):
        refresh_year(session, owner, year)
    session.flush()
    session.refresh(row)
    return row


def _years_of(session: Session, document_id: str) -> set[int]:
    return set(session.scalars(select(S.year).where(S.document_id == document_id)))


def item_json(row: SuggestionRecord, now: datetime | None = None) -> dict[str, Any]:
    now = now or utcnow()
    created, until = aware(row.created_at), aware(row.claim_expires_at)
    held = row.claimed_by if until is not None and until > now else None
    ev = row.evidence or {}
    return {
        "id": row.id, "document": row.document_id, "owner": row.owner_id, "person": row.person,
        "policy": row.policy_id, "policy_hash": row.policy_hash, "year": row.year,
        "evidence_type": row.evidence_type, "title": ev.get("title"), "category": row.category,
        "activity": row.activity, "suggested_hours": row.suggested_hours, "suggested_status": row.suggested_status,
        "hours": row.hours, "status": row.status, "open": row.is_open, "rule": row.rule, "citation": row.citation,
        "explanation": row.explanation, "confidence": row.confidence,
        "confidence_field": row.confidence_field, "confidence_reason": row.confidence_reason, "version": row.version,
        "claimed_by": held, "claim_expires_at": until.isoformat() if held and until else None,
        "reviewed_by": row.reviewed_by, "reason": row.reason, "duplicate_of": row.duplicate_of,
        "reviewed_at": aware(row.reviewed_at).isoformat() if row.reviewed_at else None,  # type: ignore[union-attr]
        "created_at": created.isoformat() if created else None,
        "age_seconds": int((now - created).total_seconds()) if created else None,
    }  # fmt: skip
