"""ASGI guards in front of the app: a cap on requests in flight (so the database pool always suffices)."""

from __future__ import annotations

import asyncio

from starlette.types import ASGIApp, Receive, Scope, Send


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
