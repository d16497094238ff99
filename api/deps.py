"""FastAPI dependencies shared by the routers: the runtime and a database session per request."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from fastapi import Request
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ingest.runtime import Runtime
from models.errors import Unavailable

log = logging.getLogger("credproof.api")


def runtime(request: Request) -> Runtime:
    return request.app.state.runtime  # type: ignore[no-any-return]


def db_session(request: Request) -> Iterator[Session]:
    """One session per request, committed before the answer is sent; rolled back when the route raises.

    Routers depend on it with `scope="function"`, so the commit runs before FastAPI sends the response and
    a failed commit becomes an error answer instead of a 2xx for something that was never stored.
    """
    session: Session = request.app.state.runtime.sessions()
    try:
        yield session
        try:
            session.commit()
        except SQLAlchemyError as exc:
            log.error("commit failed on %s: %s", request.url.path, exc)
            raise Unavailable("保存失败，请重试 / the change could not be saved; try again") from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
