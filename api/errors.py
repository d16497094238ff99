"""The one place where errors become HTTP answers."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from models.errors import CredproofError

log = logging.getLogger("credproof.api")


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(CredproofError)
    async def _credproof_error(request: Request, exc: CredproofError) -> JSONResponse:
        if exc.http_status >= 500:
            log.error("%s on %s: %s", exc.code, request.url.path, exc.message)
        headers = {"Retry-After": "1"} if exc.retryable else None
        return JSONResponse(status_code=exc.http_status, content=exc.to_dict(), headers=headers)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # Starlette's ServerErrorMiddleware calls this, then re-raises for the server's log.
        log.error("unexpected %s on %s: %s", type(exc).__name__, request.url.path, exc)
        return JSONResponse(
            status_code=500,
            content={"error": "internal_error", "message": "服务器内部错误 / internal server error"},
        )

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        return JSONResponse(
            status_code=422,
            content={
                "error": "invalid_request",
                "message": "the request does not match the API",
                "details": details,
            },
        )
