"""Stripe-style Idempotency-Key on every POST: the first answer is stored and replayed for 24 h.

A unique (caller, key) row is inserted before the request runs, so of two concurrent requests with one key
exactly one runs; the other gets 409 `idempotency_in_flight` and a later retry replays the stored answer.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from models.db import utcnow
from models.errors import CredproofError, FileTooLarge, IdempotencyMismatch, InputError, RequestInFlight
from models.tables_integration import IdempotencyRecord

HEADER = "idempotency-key"
KEY_PATTERN = re.compile(r"^[\x21-\x7e]{1,255}$")  # printable ASCII, as Stripe accepts
ABANDONED_AFTER = timedelta(minutes=10)  # an in-flight row this old lost its process; the key may run again
NOT_REPLAYED = {"set-cookie", "date", "server"}
PURGE_CHANCE = 0.01  # one stored answer in a hundred also deletes the expired ones
BODY_FILES = 10  # the body is held in memory to hash it: at most this many files of the largest size


@dataclass(frozen=True)
class Claim:
    outcome: str  # new | replay | mismatch | in_flight
    record: IdempotencyRecord | None = None


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def fingerprint(method: str, path: str, query: bytes, content_type: str, body: bytes) -> str:
    """A digest of what the request asks for; a multipart boundary is random per try, so it is masked."""
    match = re.search(r"boundary=\"?([^\";]+)", content_type)
    if match:
        body = body.replace(match.group(1).encode(), b"BOUNDARY")
    media = content_type.split(";")[0].strip().lower()
    digest = hashlib.sha256()
    for part in (method.encode(), path.encode(), query, media.encode(), body):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def caller_of(headers: Headers, client: tuple[str, int] | None) -> str:
    """Keys are scoped to the credential that sent them (hashed: the credential itself is never stored)."""
    credential = (
        headers.get("authorization") or headers.get("cookie") or f"anonymous:{client[0] if client else ''}"
    )
    return hashlib.sha256(credential.encode()).hexdigest()


def claim(sessions: sessionmaker[Session], caller: str, key: str, digest: str, ttl: int) -> Claim:
    with sessions() as session:
        row = _find(session, caller, key)
        if row is not None and _stale(row):
            session.delete(row)
            session.commit()
            row = None
        if row is None:
            now = utcnow()
            session.add(IdempotencyRecord(caller=caller, key=key, request_hash=digest, created_at=now,
                                          expires_at=now + timedelta(seconds=ttl)))  # fmt: skip
            try:
                session.commit()
                return Claim("new")
            except IntegrityError:  # another request with this key got there first
                session.rollback()
                row = _find(session, caller, key)
        if row is None:
            return Claim("in_flight")
        if row.request_hash != digest:
            return Claim("mismatch", row)
        return Claim("replay", row) if row.state == "done" else Claim("in_flight", row)


def _find(session: Session, caller: str, key: str) -> IdempotencyRecord | None:
    query = select(IdempotencyRecord).where(IdempotencyRecord.caller == caller, IdempotencyRecord.key == key)
    return session.scalar(query)


def _stale(row: IdempotencyRecord) -> bool:
    now = utcnow()
    if _aware(row.expires_at) <= now:
        return True
    return row.state == "in_flight" and now - _aware(row.created_at) > ABANDONED_AFTER


def finish(
    sessions: sessionmaker[Session], caller: str, key: str, status: int, headers: list[list[str]], body: bytes
) -> None:
    with sessions.begin() as session:
        row = _find(session, caller, key)
        if row is None:
            return
        if status >= 500:  # a server fault is not the answer to keep: the client may retry and succeed
            session.delete(row)
            return
        row.state, row.status_code, row.headers, row.body = "done", status, headers, body
        if random.random() < PURGE_CHANCE:  # amortised cleanup, no scheduler needed
            expired = delete(IdempotencyRecord).where(IdempotencyRecord.expires_at < utcnow())
            session.execute(expired.execution_options(synchronize_session=False))


def release(sessions: sessionmaker[Session], caller: str, key: str) -> None:
    with sessions.begin() as session:
        session.execute(
            delete(IdempotencyRecord).where(IdempotencyRecord.caller == caller, IdempotencyRecord.key == key)
        )


class IdempotencyMiddleware:
    """Pure ASGI middleware (it must see and keep the raw body and the whole answer)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        key = headers.get(HEADER)
        if key is None:
            await self.app(scope, receive, send)
            return
        if not KEY_PATTERN.match(key):
            await _send_error(send, InputError("Idempotency-Key must be 1-255 printable ASCII characters"))
            return
        await self._idempotent(scope, receive, send, headers, key)

    async def _idempotent(
        self, scope: Scope, receive: Receive, send: Send, headers: Headers, key: str
    ) -> None:
        rt = scope["app"].state.runtime
        limit = rt.settings.max_file_bytes * BODY_FILES
        body = await _read_body(receive, limit)
        if body is None:
            await _send_error(
                send,
                FileTooLarge(f"a request with an Idempotency-Key is limited to {limit} bytes", limit=limit),
            )
            return
        caller = caller_of(headers, scope.get("client"))
        digest = fingerprint(
            "POST", scope["path"], scope.get("query_string", b""), headers.get("content-type", ""), body
        )
        found = await run_in_threadpool(
            claim, rt.sessions, caller, key, digest, rt.settings.idempotency_ttl_seconds
        )
        if found.outcome == "mismatch":
            await _send_error(send, IdempotencyMismatch(
                "这个 Idempotency-Key 已用于另一个请求 / this Idempotency-Key was used with a different request",
                idempotency_key=key))  # fmt: skip
        elif found.outcome == "in_flight":
            await _send_error(
                send,
                RequestInFlight(
                    "the first request with this Idempotency-Key is still running; retry shortly",
                    idempotency_key=key,
                ),
            )
        elif found.outcome == "replay" and found.record is not None:
            await _replay(send, found.record)
        else:
            await self._run_and_keep(scope, receive, send, rt.sessions, caller, key, body)

    async def _run_and_keep(self, scope: Scope, receive: Receive, send: Send, sessions: Any, caller: str,
                            key: str, body: bytes) -> None:  # fmt: skip
        """Run the request, store its answer, and only then send it: a retry right after replays it."""
        captured: dict[str, Any] = {"status": 500, "headers": [], "body": []}
        held: list[Message] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                captured["status"] = message["status"]
                captured["headers"] = [
                    [k.decode("latin-1"), v.decode("latin-1")] for k, v in message.get("headers", [])
                ]
            elif message["type"] == "http.response.body":
                captured["body"].append(message.get("body", b""))
            held.append(message)

        try:
            await self.app(scope, _replaying(body, receive), capture)
        except BaseException:
            await run_in_threadpool(release, sessions, caller, key)
            raise
        kept = [h for h in captured["headers"] if h[0].lower() not in NOT_REPLAYED]
        try:
            await run_in_threadpool(
                finish, sessions, caller, key, captured["status"], kept, b"".join(captured["body"])
            )
        except BaseException:
            await run_in_threadpool(release, sessions, caller, key)
            raise
        for message in held:
            await send(message)


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole body (it is hashed and replayed to the app), or None past `limit` bytes."""
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        size += len(chunks[-1])
        if size > limit:
            return None
        if not message.get("more_body"):
            break
    return b"".join(chunks)


def _replaying(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def _receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return _receive


async def _replay(send: Send, row: IdempotencyRecord) -> None:
    headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in row.headers]
    headers.append((b"idempotent-replayed", b"true"))
    await send({"type": "http.response.start", "status": row.status_code or 200, "headers": headers})
    await send({"type": "http.response.body", "body": row.body or b""})


async def _send_error(send: Send, exc: CredproofError) -> None:
    body = json.dumps(exc.to_dict(), ensure_ascii=False).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if exc.retryable:
        headers.append((b"retry-after", b"1"))
    await send({"type": "http.response.start", "status": exc.http_status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def install(app: FastAPI) -> None:
    """Add the middleware and document the Idempotency-Key header on every POST in the OpenAPI document."""
    app.add_middleware(IdempotencyMiddleware)
    plain = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = plain()
        for path in schema.get("paths", {}).values():
            if "post" in path:
                path["post"].setdefault("parameters", []).append(PARAMETER)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


PARAMETER = {
    "name": "Idempotency-Key", "in": "header", "required": False,
    "description": "Any unique string (a UUID is best). The same key with the same body within 24 h replays the "
                   "first answer, status code included, and creates nothing; with another body it gets 422.",
    "schema": {"type": "string", "minLength": 1, "maxLength": 255, "pattern": "^[\\x21-\\x7e]+$"},
    "example": "6f1c0b1e-2f7a-4f7e-9a53-3f0a3a1d9c11",
}  # fmt: skip
