"""Domain events (document.processed, credit.confirmed, ...) recorded for webhook delivery."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

EVENT_TYPES = (
    "document.processed",
    "document.failed",
    "suggestion.created",
    "credit.confirmed",
    "credit.adjusted",
    "credit.rejected",
    "transcript.requirement_met",
)


def emit(session: Session, event_type: str, data: dict[str, Any]) -> None:
    """Record an event in the caller's transaction; delivery happens after commit (see ingest/webhooks.py)."""
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown event type {event_type}")
    # Outbox table and delivery are built with the integration layer (issue 6).
