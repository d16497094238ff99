"""The FastAPI application factory: routers are listed here, in one place."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI

from api import (
    idempotency,
    routes_admin,
    routes_credits,
    routes_documents,
    routes_integration,
    routes_pages,
    routes_proofs,
    routes_review,
)
from api.errors import install_error_handlers
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
    routes_pages.router,
]

DESCRIPTION = """
credproof turns uploaded proofs of continuing education (certificates, sign-in sheets, journal pages,
patent and award certificates) into evidence records and suggested credit hours under a city's policy.

Errors always have the shape `{"error": code, "message": text, ...}`.
"""


def create_app(rt: Runtime | None = None, *, migrate: bool = True) -> FastAPI:
    rt = rt or get_runtime()
    if migrate:
        upgrade(rt.settings.db_url)
    app = FastAPI(title="credproof", version="1.0", description=DESCRIPTION)
    app.state.runtime = rt
    install_error_handlers(app)
    idempotency.install(app)
    for router in ROUTERS:
        app.include_router(router)
    routes_pages.install(app)  # static CSS/JS of the pages
    return app
