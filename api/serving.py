"""ASGI guards in front of the app: requests in flight are capped (so the database pool always suffices),
and request bodies are read only from known senders and only up to a size cap."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from models.errors import AuthError, CredproofError, FileTooLarge

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
Authenticated = Callable[[Request], bool]


class InFlightLimit:
    """At most `limit` HTTP requests run at once; the rest wait on the event loop, holding no thread or
    database connection. Without it a burst beyond the pool makes threads wait for connections that
    requests waiting for a thread hold, and everything stalls until the pool timeout."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit
        self._slots: asyncio.Semaphore | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self._slots is None:  # created in the server's event loop, not at import
            self._slots = asyncio.Semaphore(self.limit)
        async with self._slots:
            await self.app(scope, receive, send)


class GuardedBodies:
    """No request body is read before its sender is known, and none grows past a cap.

    An unsafe request (POST, PUT, PATCH, DELETE) must carry a valid session cookie or API key before a
    byte of its body is read, except the few anonymous forms (log in, log out), which get a small cap.
    A declared Content-Length over the cap is refused at once; a streamed body is counted as it arrives.
    """

    def __init__(
        self, app: ASGIApp, authenticated: Authenticated, cap: int, anonymous: dict[str, int]
    ) -> None:
        self.app = app
        self.authenticated = authenticated
        self.cap = cap
        self.anonymous = anonymous

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in UNSAFE:
            await self.app(scope, receive, send)
            return
        cap = self.anonymous.get(scope["path"])
        if cap is None:
            cap = self.cap
            if not await run_in_threadpool(self.authenticated, Request(scope)):
                await _refuse_anonymous(scope, send)
                return
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > cap:
            await _send(send, FileTooLarge(f"the request body is larger than {cap} bytes", limit=cap))
            return
        await self._counted(scope, receive, send, cap)

    async def _counted(self, scope: Scope, receive: Receive, send: Send, cap: int) -> None:
        seen, started, exceeded = 0, False, False

        async def counting_receive() -> Message:
            nonlocal seen, exceeded
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > cap:
                    exceeded = True
                    raise _TooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if exceeded and not started:
                return  # the app's answer to a cut-off body is replaced by the 413 below
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except Exception:
            if not exceeded or started:
                raise
        if exceeded and not started:
            await _send(send, FileTooLarge(f"the request body is larger than {cap} bytes", limit=cap))


class _TooLarge(Exception):
    pass


async def _refuse_anonymous(scope: Scope, send: Send) -> None:
    """A browser asking for a page is sent to log in; an API call or any other client gets the JSON 401."""
    if scope["path"].startswith("/api/") or "text/html" not in Headers(scope=scope).get("accept", ""):
        await _send(send, AuthError("请先登录 / please log in (no valid session or API key)"))
        return
    await send({"type": "http.response.start", "status": 303,
                "headers": [(b"location", b"/login"), (b"content-length", b"0")]})  # fmt: skip
    await send({"type": "http.response.body", "body": b""})


async def _send(send: Send, exc: CredproofError) -> None:
    body = json.dumps(exc.to_dict(), ensure_ascii=False).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               (b"connection", b"close")]  # fmt: skip
    await send({"type": "http.response.start", "status": exc.http_status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
