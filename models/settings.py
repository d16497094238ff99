"""Runtime configuration: one pydantic-settings object, env prefix CREDPROOF_, plus DATABASE_URL/REDIS_URL."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import AliasChoices, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_SECRETS = {"", "change-me", "changeme", "dev-secret", "secret"}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CREDPROOF_", env_file=".env", extra="ignore")

    env: str = "development"  # development | test | production
    data_dir: Path = Path("var")
    database_url: str | None = Field(
        default=None, validation_alias=AliasChoices("DATABASE_URL", "CREDPROOF_DATABASE_URL")
    )
    redis_url: str | None = Field(
        default=None, validation_alias=AliasChoices("REDIS_URL", "CREDPROOF_REDIS_URL")
    )
    secret_key: str = "dev-secret"
    host: str = "127.0.0.1"
    port: int = 8000

    # serving: the pool covers anyio's threadpool (40 threads); each request in flight holds at most two
    # connections (its session, and a key's last-use stamp), so at most half the pool runs at once
    db_pool_size: Annotated[int, Field(ge=1)] = 40
    requests_in_flight: Annotated[int, Field(ge=1)] = 20
    sqlite_busy_timeout_seconds: Annotated[float, Field(gt=0)] = 30.0

    # intake limits
    max_file_bytes: Annotated[int, Field(ge=1)] = 25 * 1024 * 1024
    max_pages: Annotated[int, Field(ge=1)] = 50
    max_image_pixels: int = 80_000_000  # a phone photo is ~12-50 Mpx; beyond this we call it a bomb
    # ZIP batches: each member is then checked like a single upload (max_file_bytes, max_pages, ...)
    zip_max_bytes: int = 200 * 1024 * 1024  # the ZIP as uploaded
    zip_max_members: int = 200
    zip_max_total_bytes: int = 500 * 1024 * 1024  # all members uncompressed
    zip_max_ratio: float = 200.0  # uncompressed / compressed per member; beyond this we call it a bomb

    # a PDF or TIFF holding several proofs becomes one document per proof (extractors.split)
    split_documents: bool = True

    # OCR
    ocr_engine: str = "rapidocr"  # chosen by `make bench`; see README
    ocr_dpi: Annotated[int, Field(ge=50, le=1200)] = 200
    queue_name: str = "credproof"
    job_timeout: Annotated[int, Field(ge=1)] = 600
    job_retries: Annotated[int, Field(ge=0)] = 3  # 0: a job that fails for a passing reason is not retried
    # a document whose work-horse died this many times is `failed` (poison)
    max_attempts: Annotated[int, Field(ge=1)] = 5
    # a `processing` document without heartbeat this long is re-queued
    stale_after_seconds: Annotated[float, Field(gt=0)] = 120.0

    # review
    claim_timeout_seconds: int = 15 * 60
    default_policy: str = "yiyang-2018"
    # learned facts: distinct reviewers whose corrections must agree before a fact applies (an admin's
    # confirmation always does); below it a fact is only a hint on the record (extraction_notes)
    learn_confirmations: int = Field(default=2, ge=1)

    # webhooks: SSRF guard; hosts/CIDRs allowed even though private (tests allow 127.0.0.1)
    webhook_allow_hosts: list[str] = Field(default_factory=list)
    webhook_timeout_seconds: float = 10.0
    webhook_retry_intervals: list[float] = Field(
        default_factory=lambda: [10.0, 60.0, 300.0, 1800.0, 7200.0, 21600.0]
    )
    webhook_max_retry_after: float = 6 * 3600  # a Retry-After beyond this is cut down to it
    webhook_secret_overlap_seconds: int = 24 * 3600  # after rotation the old secret also signs this long
    idempotency_ttl_seconds: int = 24 * 3600

    @model_validator(mode="after")
    def _refuse_placeholder_secret(self) -> Settings:
        if self.env == "production" and self.secret_key in PLACEHOLDER_SECRETS:
            raise ValueError("CREDPROOF_SECRET_KEY must be set to a real secret in production")
        return self

    @model_validator(mode="after")
    def _pool_covers_requests(self) -> Settings:
        if self.requests_in_flight > self.db_pool_size:
            raise ValueError("CREDPROOF_REQUESTS_IN_FLIGHT must not exceed CREDPROOF_DB_POOL_SIZE")
        return self

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'credproof.sqlite3').resolve()}"

    @property
    def store_dir(self) -> Path:
        return self.data_dir / "store"


@lru_cache
def get_settings() -> Settings:
    return Settings()
