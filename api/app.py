"""The FastAPI application factory: routers are listed here, in one place."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI

from api import (
    admin_queue,
    idempotency,
    logs,
    routes_admin,
    routes_credits,
    routes_documents,
    routes_integration,
    routes_learning,
    routes_ops,
    routes_pages,
    routes_proofs,
    routes_review,
)
from api.auth import authenticated
from api.errors import install_error_handlers
from api.serving import GuardedBodies, InFlightLimit
from ingest.runtime import Runtime, get_runtime
from models.migrate import upgrade

# Every router of the service. Add yours here.
ROUTERS: list[APIRouter] = [
    routes_documents.router,
    routes_proofs.router,
    routes_credits.router,
    routes_review.router,
    routes_admin.router,
    routes_integration.router,
    routes_learning.router,
    routes_pages.router,
    routes_ops.router,
]

DESCRIPTION = """
credproof turns uploaded proofs of continuing education (certificates, sign-in sheets, journal pages,
patent and award certificates) into evidence records and suggested credit hours under a city's policy.

Errors always have the shape `{"error": code, "message": text, ...}`.
"""


# Unsafe requests that may come without credentials, and how large their bodies may be.
ANONYMOUS_FORMS = {p: 64 * 1024 for p in ("/api/v1/auth/login", "/login", "/api/v1/auth/logout", "/logout")}


def body_cap(rt: Runtime) -> int:
    """An upload takes up to `BODY_FILES` files of the largest size, plus room for the multipart framing."""
    return rt.settings.max_file_bytes * idempotency.BODY_FILES + 1024 * 1024


def create_app(rt: Runtime | None = None, *, migrate: bool = True) -> FastAPI:
    rt = rt or get_runtime()
    if migrate:
        upgrade(rt.settings.db_url)
    app = FastAPI(title="credproof", version="1.0", description=DESCRIPTION)
    app.state.runtime = rt
    install_error_handlers(app)
    idempotency.install(app)
    app.add_middleware(
        GuardedBodies, authenticated=authenticated, cap=body_cap(rt), anonymous=ANONYMOUS_FORMS
    )
    app.add_middleware(InFlightLimit, limit=rt.settings.requests_in_flight)  # outermost: added last
    for router in ROUTERS:
        app.include_router(router)
    routes_pages.install(app)  # static CSS/JS of the pages
    admin_queue.install(app, rt)  # rq-dashboard at /admin/queue, admins only
    logs.install(app, rt)  # outermost: one JSON line per request, with its ids
    return app
