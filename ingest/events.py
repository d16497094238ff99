"""Domain events (document.processed, credit.confirmed, ...) written to the webhook outbox in the caller's transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ingest import webhooks
from models.db import new_id, utcnow
from models.tables_integration import WebhookDelivery, WebhookEndpoint

EVENT_TYPES = (
    "document.processed",
    "document.failed",
    "suggestion.created",
    "credit.confirmed",
    "credit.adjusted",
    "credit.rejected",
    "transcript.requirement_met",
)


def payload(event_type: str, data: dict[str, Any]) -> dict[str, Any]:
    """Thin by design: ids and the changed status; receivers read the details through the API."""
    return {"type": event_type, "timestamp": utcnow().isoformat().replace("+00:00", "Z"), "data": data}


def emit(session: Session, event_type: str, data: dict[str, Any]) -> list[str]:
    """Record an event in the caller's transaction: one outbox row per subscribed, enabled endpoint.

    Nothing is sent here. The delivery jobs are enqueued after the commit (ingest.webhooks.after_commit),
    so a rolled-back transaction never announces anything. Returns the delivery ids.
    """
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown event type {event_type}")
    endpoints = session.scalars(select(WebhookEndpoint).where(WebhookEndpoint.enabled.is_(True))).all()
    wanted = [e for e in endpoints if event_type in e.event_types]
    if not wanted:
        return []
    body, event_id = payload(event_type, data), "evt_" + new_id()
    ids = []
    for endpoint in wanted:
        delivery = WebhookDelivery(id="msg_" + new_id(), event_id=event_id, event_type=event_type,
                                   endpoint_id=endpoint.id, payload=body)  # fmt: skip
        session.add(delivery)
        ids.append(delivery.id)
    webhooks.after_commit(session, ids)
    return ids
