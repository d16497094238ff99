"""Process-wide handles built once from settings: database sessions, file store, Redis queue."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from redis import Redis
from rq import Queue
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ingest.storage import FileStore
from models.db import make_engine, make_sessionmaker
from models.settings import Settings, get_settings


@dataclass(eq=False)  # hashable by identity: one Runtime per process
class Runtime:
    settings: Settings

    @cached_property
    def engine(self) -> Engine:
        s = self.settings
        return make_engine(s.db_url, pool_size=s.db_pool_size, busy_timeout=s.sqlite_busy_timeout_seconds)

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        return make_sessionmaker(self.engine)

    @cached_property
    def store(self) -> FileStore:
        return FileStore(self.settings.store_dir)

    @cached_property
    def redis(self) -> Redis:
        if not self.settings.redis_url:
            raise RuntimeError("no REDIS_URL: start the service with `credproof run` or set REDIS_URL")
        return Redis.from_url(self.settings.redis_url)

    @cached_property
    def queue(self) -> Queue:
        return Queue(self.settings.queue_name, connection=self.redis)

    @cached_property
    def webhook_queue(self) -> Queue:
        """Webhook deliveries have their own queue, so they never wait behind OCR jobs (see ingest.worker)."""
        return Queue(f"{self.settings.queue_name}-webhooks", connection=self.redis)

    def queues(self, serve: str = "all") -> list[Queue]:
        """The queues a worker serves: `documents`, `webhooks`, or `all` (webhooks first: they are quick)."""
        chosen = {"documents": [self.queue], "webhooks": [self.webhook_queue]}
        return chosen.get(serve, [self.webhook_queue, self.queue])


@lru_cache
def get_runtime() -> Runtime:
    return Runtime(get_settings())


def reset_runtime() -> None:
    """Forget cached settings and handles (tests change the environment between cases)."""
    get_settings.cache_clear()
    get_runtime.cache_clear()
