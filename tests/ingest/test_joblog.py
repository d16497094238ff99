"""The per-job log line (ingest.joblog.LoggedJob), from jobs that really ran in rq's SimpleWorker on a real Redis."""

from __future__ import annotations

import logging

import pytest
from rq import SimpleWorker
from sqlalchemy.exc import OperationalError

from ingest.joblog import LoggedJob
from models.errors import StorageError

pytestmark = pytest.mark.redis


def fail_like_the_database() -> None:
    raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))  # its .code is "e3q8"


def fail_like_the_store() -> None:
    raise StorageError("cannot write page 1")


def succeed() -> str:
    return "done"


@pytest.mark.parametrize(
    ("func", "outcome", "error"),
    [(succeed, "done", None), (fail_like_the_store, "error", "storage_error"),
     (fail_like_the_database, "error", "OperationalError")],
    ids=["ok", "credproof-error", "sqlalchemy-error"],
)  # fmt: skip
def test_each_job_logs_one_line_with_its_id_and_outcome(service_env, caplog, func, outcome, error):
    rt = service_env
    job = rt.queue.enqueue(func)
    with caplog.at_level(logging.INFO, logger="credproof.job"):
        SimpleWorker([rt.queue], connection=rt.redis, job_class=LoggedJob).work(
            burst=True, with_scheduler=False
        )
    (line,) = [r for r in caplog.records if r.name == "credproof.job"]
    assert line.job_id == job.id and line.outcome == outcome and line.func.endswith(func.__name__)
    assert getattr(line, "error", None) == error
