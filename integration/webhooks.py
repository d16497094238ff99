"""Outbound webhooks per Standard Webhooks: signing, the SSRF guard, and the rq delivery job with its retries.

A delivery row (the outbox, written by models.outbox.emit) is sent by `deliver(id)`; the HTTP call runs
outside any database transaction. 2xx succeeds; 410 disables the endpoint; anything else, or no answer,
is retried after the endpoint's Retry-After or the next backoff interval, until the intervals run out.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import logging
import secrets
import socket
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import lru_cache
from urllib.parse import urlsplit

import httpx
from rq import Queue
from sqlalchemy import select
from sqlalchemy.orm import Session

from ingest.runtime import Runtime, get_runtime
from models import outbox
from models.db import utcnow
from models.errors import InputError, NotFound
from models.settings import Settings
from models.tables_integration import DeliveryAttempt, WebhookDelivery, WebhookEndpoint

log = logging.getLogger("credproof.webhooks")
SECRET_PREFIX = "whsec_"
USER_AGENT = "credproof-webhooks/1"


# --- signing (https://www.standardwebhooks.com) -------------------------------------------------------------


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    key = base64.b64decode(secret.removeprefix(SECRET_PREFIX))
    signed = f"{msg_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def live_secrets(endpoint: WebhookEndpoint, now: datetime) -> list[str]:
    """The current secret, plus the previous one while the rotation overlap lasts."""
    keep = [endpoint.secret]
    expires = endpoint.previous_secret_expires_at
    if endpoint.previous_secret and expires and _aware(expires) > now:
        keep.append(endpoint.previous_secret)
    return keep


def headers_for(endpoint: WebhookEndpoint, msg_id: str, body: bytes, now: datetime) -> dict[str, str]:
    timestamp = int(now.timestamp())
    signatures = " ".join(sign(s, msg_id, timestamp, body) for s in live_secrets(endpoint, now))
    return {"webhook-id": msg_id, "webhook-timestamp": str(timestamp), "webhook-signature": signatures,
            "content-type": "application/json", "user-agent": USER_AGENT}  # fmt: skip


def rotate_secret(endpoint: WebhookEndpoint, overlap_seconds: int) -> str:
    endpoint.previous_secret = endpoint.secret
    endpoint.previous_secret_expires_at = utcnow() + timedelta(seconds=overlap_seconds)
    endpoint.secret = new_secret()
    return endpoint.secret


# --- the SSRF guard ------------------------------------------------------------------------------------------


def _allowed(host: str, addresses: list[str], allow: list[str]) -> bool:
    for entry in allow:
        if entry.lower() == host.lower():
            return True
        try:
            net = ipaddress.ip_network(entry, strict=False)
        except ValueError:
            continue
        if addresses and all(ipaddress.ip_address(a) in net for a in addresses):
            return True
    return False


def check_url(url: str, allow_hosts: list[str]) -> None:
    """Refuse URLs that are not http(s), or whose host resolves to a private, loopback, link-local or
    otherwise non-public address, unless the host (or a CIDR holding its addresses) is allow-listed."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError("a webhook URL must be an absolute http:// or https:// URL", url=url)
    if parts.username or parts.password:
        raise InputError("a webhook URL must not carry credentials", url=url)
    host = parts.hostname
    try:
        infos = socket.getaddrinfo(
            host, parts.port or (443 if parts.scheme == "https" else 80), proto=socket.IPPROTO_TCP
        )
    except (socket.gaierror, UnicodeError, ValueError) as exc:
        raise InputError(f"cannot resolve the webhook host {host!r}", url=url) from exc
    addresses = sorted({str(info[4][0]).split("%")[0] for info in infos})
    if _allowed(host, addresses, allow_hosts):
        return
    if any(not ipaddress.ip_address(a).is_global for a in addresses):
        raise InputError(
            f"webhook host {host!r} resolves to a non-public address; refused (SSRF guard)", url=url
        )


# --- enqueueing after commit ---------------------------------------------------------------------------------


def enqueue(delivery_ids: list[str], delay: float = 0.0, queue: Queue | None = None) -> None:
    try:
        rt = get_runtime()
        queue = queue or rt.webhook_queue
        for delivery_id in delivery_ids:
            options = {"job_timeout": int(rt.settings.webhook_timeout_seconds) + 30, "result_ttl": 3600,
                       "failure_ttl": 7 * 24 * 3600, "description": f"webhook delivery {delivery_id}"}  # fmt: skip
            if delay > 0:
                queue.enqueue_in(
                    timedelta(seconds=delay), "integration.webhooks.deliver", delivery_id, **options
                )
            else:
                queue.enqueue("integration.webhooks.deliver", delivery_id, **options)
    except Exception:  # noqa: BLE001 - rows stay pending; recover_deliveries() enqueues them later
        log.warning("could not enqueue webhook deliveries %s now", delivery_ids, exc_info=True)


outbox.set_sender(enqueue)  # deliveries emitted in a transaction are enqueued once it commits


def recover_deliveries(rt: Runtime, older_than: float = 300.0) -> list[str]:
    """Re-enqueue pending deliveries whose job was lost (enqueue failed, Redis restarted empty)."""
    cutoff = utcnow() - timedelta(seconds=older_than)
    with rt.sessions() as session:
        ids = list(session.scalars(select(WebhookDelivery.id).where(
            WebhookDelivery.status.in_(("pending", "retrying")), WebhookDelivery.next_attempt_at < cutoff)))  # fmt: skip
    if ids:
        enqueue(ids, queue=rt.webhook_queue)
    return ids


# --- the delivery job ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    url: str
    headers: dict[str, str]
    body: bytes
    number: int  # this attempt's number in the delivery's log


@dataclass(frozen=True)
class Answer:
    status_code: int | None
    latency_ms: float
    error: str | None = None
    retry_after: float | None = None
    excerpt: str | None = None
    permanent: bool = False  # refused before sending (SSRF guard): retrying cannot help


def deliver(delivery_id: str) -> str:
    """rq entry point: one attempt at one delivery; schedules the next attempt itself when needed."""
    rt = get_runtime()
    request = _prepare(rt, delivery_id)
    if request is None:
        return "skipped"
    answer = _post(request, rt.settings)
    return _record(rt, delivery_id, request, answer)


def _prepare(rt: Runtime, delivery_id: str) -> Request | None:
    with rt.sessions.begin() as session:
        delivery = session.get(WebhookDelivery, delivery_id)
        if delivery is None or delivery.status in ("succeeded", "failed"):
            return None
        endpoint = session.get_one(WebhookEndpoint, delivery.endpoint_id)
        if not endpoint.enabled:
            delivery.status, delivery.last_error = "failed", f"endpoint disabled: {endpoint.disabled_reason}"
            return None
        body = json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":")).encode()
        number = len(delivery.attempt_log) + 1
        return Request(endpoint.url, headers_for(endpoint, delivery.id, body, utcnow()), body, number)


def _post(request: Request, settings: Settings) -> Answer:
    try:
        check_url(request.url, settings.webhook_allow_hosts)  # again at send time: DNS may have changed
    except InputError as exc:
        return Answer(None, 0.0, error=exc.message, permanent=True)
    client = _client(settings.webhook_timeout_seconds)
    started = time.perf_counter()
    try:
        response = client.post(request.url, content=request.body, headers=request.headers)
    except httpx.HTTPError as exc:
        return Answer(None, _ms(started), error=f"{type(exc).__name__}: {exc}"[:500])
    retry_after = parse_retry_after(response.headers.get("retry-after"), settings.webhook_max_retry_after)
    return Answer(response.status_code, _ms(started), retry_after=retry_after, excerpt=response.text[:500])


@lru_cache(maxsize=4)
def _client(timeout: float) -> httpx.Client:
    """One client per process: building one loads the CA bundle (~0.2 s), more than a delivery takes."""
    return httpx.Client(timeout=timeout, follow_redirects=False)


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def parse_retry_after(value: str | None, cap: float) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date), never negative, at most `cap`."""
    if not value:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        try:
            seconds = (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds()
        except (TypeError, ValueError):
            return None
    return min(max(seconds, 0.0), cap)


def _record(rt: Runtime, delivery_id: str, request: Request, answer: Answer) -> str:
    with rt.sessions.begin() as session:
        delivery = session.get_one(WebhookDelivery, delivery_id)
        endpoint = session.get_one(WebhookEndpoint, delivery.endpoint_id)
        session.add(DeliveryAttempt(delivery_id=delivery.id, number=request.number, status_code=answer.status_code,
                                    latency_ms=answer.latency_ms, error=answer.error, response_excerpt=answer.excerpt))  # fmt: skip
        delivery.attempts += 1
        delivery.last_status_code, delivery.last_error = answer.status_code, answer.error
        delivery.last_latency_ms = answer.latency_ms
        outcome, delay = _decide(delivery, endpoint, answer, rt.settings.webhook_retry_intervals)
    if outcome == "retrying":
        enqueue([delivery_id], delay=delay, queue=rt.webhook_queue)
    log.info("webhook %s to endpoint %s: attempt %d -> %s (%s)", delivery_id, delivery.endpoint_id,
             request.number, outcome, answer.status_code or answer.error)  # fmt: skip
    return outcome


def _decide(
    delivery: WebhookDelivery, endpoint: WebhookEndpoint, answer: Answer, intervals: list[float]
) -> tuple[str, float]:
    code = answer.status_code
    if code is not None and 200 <= code < 300:
        delivery.status, delivery.delivered_at, delivery.next_attempt_at = "succeeded", utcnow(), None
        return "succeeded", 0.0
    if code == 410:
        endpoint.enabled, endpoint.disabled_reason = False, "the endpoint answered 410 Gone"
        delivery.status, delivery.next_attempt_at = "failed", None
        return "disabled", 0.0
    if answer.permanent or delivery.attempts > len(intervals):
        delivery.status, delivery.next_attempt_at = "failed", None
        return "failed", 0.0
    delay = answer.retry_after if answer.retry_after is not None else intervals[delivery.attempts - 1]
    delivery.status, delivery.next_attempt_at = "retrying", utcnow() + timedelta(seconds=delay)
    return "retrying", delay


def replay(session: Session, delivery_id: str) -> WebhookDelivery:
    """Send a delivery again from the start of its retry schedule (the attempt log keeps growing)."""
    delivery = session.get(WebhookDelivery, delivery_id)
    if delivery is None:
        raise NotFound(f"no webhook delivery {delivery_id}")
    endpoint = session.get_one(WebhookEndpoint, delivery.endpoint_id)
    if not endpoint.enabled:
        raise InputError("the endpoint is disabled; enable it before replaying", endpoint_id=endpoint.id)
    delivery.status, delivery.attempts, delivery.next_attempt_at = "pending", 0, utcnow()
    outbox.after_commit(session, [delivery.id])
    return delivery


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo else when.replace(tzinfo=UTC)
