"""rq-dashboard (a Flask app) mounted at /admin/queue behind the admin login: failed jobs, requeue, workers.

The dashboard knows no users, so every request to it passes this gate first: a signed session cookie of an
active admin (api.auth), or nothing. An API key never opens it. The dashboard's own POSTs (requeue, delete)
carry no CSRF token of ours; the session cookie is SameSite=Lax, which browsers do not send on cross-site
POSTs, and the gate also refuses a changing request (unsafe methods, and the dashboard's GET /requeue/...)
unless its Origin (or Referer) is this site.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import rq_dashboard
from a2wsgi import WSGIMiddleware
from flask import Flask
from rq_dashboard.web import setup_rq_connection
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from api import auth
from ingest.runtime import Runtime
from models.errors import AuthError, PermissionDenied

PREFIX = "/admin/queue"


def dashboard_app(rt: Runtime) -> Flask:
    """rq-dashboard's blueprint in a Flask app of its own, on the service's Redis."""
    static = Path(rq_dashboard.__file__).parent / "static"  # its templates link the app's own static files
    app = Flask("credproof_queue_dashboard", static_folder=str(static), static_url_path="/static")
    app.config.update(
        RQ_DASHBOARD_REDIS_URL=[rt.settings.redis_url or ""],
        RQ_DASHBOARD_POLL_INTERVAL=5000,
        RQ_DASHBOARD_DISABLE_DELETE=False,
        SECRET_KEY=rt.settings.secret_key,
    )
    app.register_blueprint(rq_dashboard.blueprint)
    setup_rq_connection(app)
    return app


class AdminGate:
    """ASGI wrapper: passes a request to `inner` only for a logged-in admin."""

    def __init__(self, inner: ASGIApp, rt: Runtime) -> None:
        self.inner = inner
        self.rt = rt

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.inner(scope, receive, send)
            return
        refusal = await run_in_threadpool(self._refusal, Request(scope))
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        await self.inner(scope, receive, send)

    def _refusal(self, request: Request) -> Response | None:
        with self.rt.sessions() as session:
            found = auth._user_from_cookie(request, session)
        if found is None:
            if "text/html" in request.headers.get("accept", ""):
                return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)
            return _error(AuthError("请先登录 / please log in"))
        user, _ = found
        if user.role != "admin":
            return _error(PermissionDenied("需要管理员 / the queue dashboard is for admins only"))
        changes = request.method in auth.UNSAFE or "/requeue/" in request.url.path  # its GET requeues too
        if changes and not _same_origin(request):
            return _error(PermissionDenied("跨站请求被拒绝 / cross-site request refused", reason="origin"))
        return None


def _same_origin(request: Request) -> bool:
    sent = request.headers.get("origin") or request.headers.get("referer")
    if not sent:
        return False
    return urlsplit(sent).netloc == request.headers.get("host", "")


def _error(exc: AuthError | PermissionDenied) -> JSONResponse:
    return JSONResponse(exc.to_dict(), status_code=exc.http_status)


def install(app: Any, rt: Runtime) -> None:
    if not rt.settings.redis_url:  # `credproof serve` without REDIS_URL has no queue to show
        return
    app.mount(PREFIX, AdminGate(WSGIMiddleware(dashboard_app(rt)), rt))  # type: ignore[arg-type]
