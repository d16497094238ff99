"""One JSON object per log line, and one line per HTTP request carrying its ids, never a credential.

`configure()` is called by the `credproof` commands that run the service (serve, worker, run). The request
line is written by `RequestLog`, a pure ASGI middleware, after the answer: request id (X-Request-ID, echoed
back), method, path without the query string, route, status, duration, the caller's user or API key id, and
a document id from the path. Headers, cookies, query strings and bodies are never logged; the caller's id is
read from the signed session cookie, or from the API key's hash, never from the credential itself.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api import auth
from ingest.runtime import Runtime

log = logging.getLogger("credproof.request")
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")  # a caller's own id is kept only when it is this tame
# the standard LogRecord attributes; anything else set with `extra=` becomes a field of the line
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName", "color_message"}
_configured = False


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        line.update({k: v for k, v in vars(record).items() if k not in _STANDARD and not k.startswith("_")})
        if record.exc_info:
            line["exc"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def configure(level: int = logging.INFO) -> None:
    """JSON lines on stderr for everything: ours, rq's (it adds no handler of its own when root has one)
    and uvicorn's; uvicorn's access log is switched off because RequestLog writes the request lines."""
    global _configured
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    _configured = True
    quiet_uvicorn()


def quiet_uvicorn() -> None:
    """uvicorn sets up its own text handlers when it starts; hand its loggers back to ours."""
    if not _configured:
        return
    logging.getLogger("uvicorn.access").disabled = True
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).propagate = True


class RequestLog:
    """Writes one line per HTTP request when its answer has been sent (or the app raised)."""

    def __init__(self, app: ASGIApp, rt: Runtime) -> None:
        self.app = app
        self.rt = rt

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":  # uvicorn configured its logging just before this
            quiet_uvicorn()
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _request_id(scope)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", []).append((b"x-request-id", request_id.encode()))
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            fields = {"request_id": request_id, "method": scope["method"], "path": scope["path"],
                      "status": status, "ms": round((time.perf_counter() - started) * 1000, 1)}  # fmt: skip
            fields.update(await self._caller(scope))
            log.info("%s %s %s", scope["method"], scope["path"], status, extra=fields)

    async def _caller(self, scope: Scope) -> dict[str, Any]:
        request = Request(scope)
        found: dict[str, Any] = {}
        route = scope.get("route")
        if route is not None and getattr(route, "path", None):
            found["route"] = route.path
        params = scope.get("path_params") or {}
        if params.get("doc_id"):
            found["document_id"] = params["doc_id"]
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        try:
            if scheme.lower() == "bearer" and token.strip():
                found["api_key_id"] = await _key_id(self.rt, token.strip())
                if request.headers.get("x-on-behalf-of"):
                    found["user_id"] = request.headers["x-on-behalf-of"][:64]
            elif (data := auth._session_data(request)) is not None:
                found["user_id"] = data.get("u")
        except Exception:  # noqa: BLE001 - a log line never fails a request
            found["caller"] = "unknown"
        return found


def _request_id(scope: Scope) -> str:
    for name, value in scope.get("headers", []):
        if name == b"x-request-id":
            sent = value.decode("latin-1")
            if REQUEST_ID.match(sent):
                return sent
    return uuid.uuid4().hex


async def _key_id(rt: Runtime, token: str) -> str | None:
    """The id of the API key `token` (None if unknown), looked up by its hash as authentication does; known
    ids are remembered, so a busy integration costs one query per process, off the event loop."""
    from api import apikeys

    key_hash = apikeys.hash_key(token)
    if key_hash not in _key_ids:
        found = await run_in_threadpool(_lookup_key, rt, key_hash)
        if found is None:
            return None
        if len(_key_ids) >= 1024:
            _key_ids.clear()
        _key_ids[key_hash] = found
    return _key_ids[key_hash]


_key_ids: dict[str, str] = {}


def _lookup_key(rt: Runtime, key_hash: str) -> str | None:
    from models.tables_integration import ApiKey

    with rt.sessions() as session:
        return session.scalar(select(ApiKey.id).where(ApiKey.key_hash == key_hash))


def install(app: Any, rt: Runtime) -> None:
    app.add_middleware(RequestLog, rt=rt)
