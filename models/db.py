"""SQLAlchemy base, engine and session factory; the tables live in models/tables_*.py."""

from __future__ import annotations

import os
import uuid
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Engine, MetaData, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: DateTime(timezone=True)}


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return uuid.uuid4().hex


def _forget_pool_after_fork(engine: Engine) -> None:
    """A forked child (an rq work-horse) must open its own connections, never reuse the parent's.

    SQLAlchemy's documented pattern: `dispose(close=False)` in the child drops the inherited pool without
    closing the parent's sockets (psycopg would otherwise share server sessions and prepared statements).
    """
    ref = weakref.ref(engine)

    def in_child() -> None:
        alive = ref()
        if alive is not None:
            alive.dispose(close=False)

    os.register_at_fork(after_in_child=in_child)


def make_engine(url: str, pool_size: int = 40, busy_timeout: float = 30.0, **kwargs: Any) -> Engine:
    """An engine whose pool covers the API's threadpool (anyio's default is 40 threads); see api.app."""
    if "poolclass" not in kwargs and url not in ("sqlite://", "sqlite:///:memory:"):
        kwargs.setdefault("pool_size", pool_size)
        kwargs.setdefault("max_overflow", pool_size // 4)
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": busy_timeout}, **kwargs
        )
        _forget_pool_after_fork(engine)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
            cur.close()

        return engine
    engine = create_engine(url, pool_pre_ping=True, **kwargs)
    _forget_pool_after_fork(engine)
    return engine


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
