"""Tables for people and review: users, reviewer assignments, stored credit suggestions, the audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column

from models.db import Base, new_id, utcnow

USER_ROLES = ("professional", "reviewer", "admin")
TITLE_LEVELS = ("junior", "intermediate", "senior")
# A suggestion is "open" (in the queue) until a reviewer decides it.
OPEN_STATUSES = ("suggested", "needs_review", "not_eligible")
REVIEWED_STATUSES = ("confirmed", "adjusted", "rejected")


class User(Base):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100), default="")
    employer: Mapped[str | None] = mapped_column(String(200), default=None)
    title_level: Mapped[str | None] = mapped_column(String(16), default=None)
    policy_id: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ReviewerAssignment(Base):
    __tablename__ = "reviewer_assignments"

    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    policy_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SuggestionRecord(Base):
    """One suggested credit for one evidence record, as the rules gave it and as a reviewer decided it."""

    __tablename__ = "suggestions"
    __table_args__ = (
        UniqueConstraint("document_id", "position", name="uq_suggestions_document_position"),
        # The queue's default order walks this index: open items, lowest confidence first, then oldest.
        Index("ix_suggestions_queue", "is_open", "confidence", "created_at", "id"),
        Index("ix_suggestions_policy_queue", "policy_id", "is_open", "confidence", "created_at", "id"),
        Index(
            "ix_suggestions_policy_type_queue",
            "policy_id",
            "evidence_type",
            "is_open",
            "confidence",
            "created_at",
            "id",
        ),
        Index("ix_suggestions_owner_year", "owner_id", "year"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)  # order within the document's suggestions
    owner_id: Mapped[str] = mapped_column(String(64))
    person: Mapped[str] = mapped_column(String(100))
    policy_id: Mapped[str] = mapped_column(String(64))
    policy_hash: Mapped[str] = mapped_column(String(64))
    year: Mapped[int] = mapped_column(Integer)
    evidence_type: Mapped[str] = mapped_column(String(40))
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON)  # snapshot the suggestion was computed from
    category: Mapped[str] = mapped_column(String(16))
    activity: Mapped[str] = mapped_column(String(32))
    suggested_hours: Mapped[float | None] = mapped_column(Float, default=None)  # as the rules gave it
    suggested_status: Mapped[str] = mapped_column(String(16))
    hours: Mapped[float | None] = mapped_column(Float, default=None)  # as it stands (adjusted hours)
    status: Mapped[str] = mapped_column(String(16))
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    rule: Mapped[str | None] = mapped_column(String(120), default=None)
    citation: Mapped[str | None] = mapped_column(String(255), default=None)
    explanation: Mapped[str] = mapped_column(Text, default="")
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    # The evidence key that set the confidence (rules.confidence), and why, for the review page.
    confidence_field: Mapped[str | None] = mapped_column(String(40), default=None)
    confidence_reason: Mapped[str | None] = mapped_column(String(255), default=None)
    # The earlier document holding the same proof (review.duplicates); set, the suggestion awaits review.
    duplicate_of: Mapped[str | None] = mapped_column(String(32), default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)
    claimed_by: Mapped[str | None] = mapped_column(String(32), default=None)
    claim_expires_at: Mapped[datetime | None] = mapped_column(default=None)
    reviewed_by: Mapped[str | None] = mapped_column(String(32), default=None)
    reviewed_at: Mapped[datetime | None] = mapped_column(default=None)
    reason: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class AuditEntry(Base):
    """Append-only: rows are inserted, never updated or deleted (enforced below for the ORM)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_subject_at", "subject", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[str | None] = mapped_column(String(64), default=None)
    actor_name: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(80))  # "suggestion:<id>", "user:<id>", "document:<id>"
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    reason: Mapped[str | None] = mapped_column(Text, default=None)


@event.listens_for(AuditEntry, "before_update")
@event.listens_for(AuditEntry, "before_delete")
def _audit_is_append_only(_mapper, _conn, target) -> None:  # type: ignore[no-untyped-def]
    raise RuntimeError(f"the audit log is append-only (entry {target.id})")
