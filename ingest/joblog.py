"""One JSON-ready log line per rq job: its id, the document (or delivery) it worked on, the owner, the outcome.

rq's workers build jobs with this class (ingest.worker), so `perform` runs in the work-horse around the job
function itself. Only ids are logged: job arguments are ids by design (ingest.queue), never file contents.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from rq.job import Job

from models.errors import CredproofError

log = logging.getLogger("credproof.job")
# the job functions whose first argument names what they work on
SUBJECTS = {"ingest.jobs.process_document": "document_id", "integration.webhooks.deliver": "delivery_id"}


class LoggedJob(Job):
    def perform(self) -> Any:
        started = time.perf_counter()
        fields: dict[str, Any] = {"job_id": self.id, "queue": self.origin, "func": self.func_name}
        subject = SUBJECTS.get(self.func_name or "")
        if subject and self.args:
            fields[subject] = str(self.args[0])
        if subject == "document_id":
            fields["user_id"] = _owner_of(fields["document_id"])
        try:
            result = super().perform()
        except Exception as exc:
            # SQLAlchemy errors carry a .code of their own (a docs link id), so only ours are read by it
            code = exc.code if isinstance(exc, CredproofError) else type(exc).__name__
            fields.update(outcome="error", error=code, seconds=_since(started))
            log.warning("job %s raised %s", self.id, fields["error"], extra=fields)
            raise
        fields.update(outcome=result if isinstance(result, str) else "ok", seconds=_since(started))
        log.info("job %s %s", self.id, fields["outcome"], extra=fields)
        return result


def _since(started: float) -> float:
    return round(time.perf_counter() - started, 3)


def _owner_of(document_id: str) -> str | None:
    from ingest.runtime import get_runtime
    from models.tables_documents import Document

    try:
        with get_runtime().sessions() as session:
            doc = session.get(Document, document_id)
            return doc.owner_id if doc else None
    except Exception:  # noqa: BLE001 - a log line never fails a job
        return None
