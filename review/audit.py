"""The append-only audit log: who did what to which subject, when, with the state before and after."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.tables_review import AuditEntry


def record(
    session: Session, actor: tuple[str | None, str], action: str, subject: str,
    before: dict[str, Any] | None = None, after: dict[str, Any] | None = None, reason: str | None = None,
) -> AuditEntry:  # fmt: skip
    """Add one entry in the caller's transaction, so the action and its record commit together."""
    entry = AuditEntry(actor_id=actor[0], actor_name=actor[1], action=action, subject=subject,
                       before=before, after=after, reason=reason)  # fmt: skip
    session.add(entry)
    return entry


def entries(session: Session, subject: str | None = None, limit: int = 200) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.id)
    if subject:
        query = query.where(AuditEntry.subject == subject)
    return list(session.scalars(query.limit(limit)))


def entry_json(entry: AuditEntry) -> dict[str, Any]:
    return {
        "id": entry.id, "at": entry.at.isoformat(), "actor": entry.actor_id, "actor_name": entry.actor_name,
        "action": entry.action, "subject": entry.subject, "before": entry.before, "after": entry.after,
        "reason": entry.reason,
    }  # fmt: skip
