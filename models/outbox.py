"""The event outbox: domain events (document.processed, credit.confirmed, ...) written in the caller's transaction.

It lives in the shared leaf so that `ingest/` and `review/` can announce events without importing `integration/`.
Delivery is someone else's job: `integration.webhooks` registers the function that enqueues delivery jobs
(`set_sender`), and it is called only once the caller's transaction has committed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from models.db import new_id, utcnow
from models.tables_integration import WebhookDelivery, WebhookEndpoint

PENDING_KEY = "credproof.webhook_deliveries"  # session.info slot: ids to enqueue once the commit succeeded
_sender: list[Callable[[list[str]], None]] = []  # at most one: integration.webhooks.enqueue

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

    Nothing is sent here. The delivery jobs are enqueued after the commit (`after_commit` below),
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
    after_commit(session, ids)
    return ids


def set_sender(send: Callable[[list[str]], None]) -> None:
    """Register the function that enqueues delivery jobs (integration.webhooks does, when imported)."""
    _sender[:] = [send]


def after_commit(session: Session, delivery_ids: list[str]) -> None:
    """Enqueue these deliveries once the caller's transaction commits; a rollback drops them with the rows.

    With no sender registered (a process that never imported integration), the rows stay pending and the
    workers' recovery sweep (integration.webhooks.recover_deliveries) enqueues them.
    """
    session.info.setdefault(PENDING_KEY, []).extend(delivery_ids)
    if not event.contains(session, "after_commit", _enqueue_pending):
        event.listen(session, "after_commit", _enqueue_pending)
        event.listen(session, "after_rollback", _drop_pending)


def _enqueue_pending(session: Session) -> None:
    ids = session.info.pop(PENDING_KEY, [])
    if ids and _sender:
        _sender[0](ids)


def _drop_pending(session: Session) -> None:
    session.info.pop(PENDING_KEY, None)
