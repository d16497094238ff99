"""The processing pipeline of one document: its stages, in order, in this one place.

    load -> ocr -> store_pages -> extract -> (later stages appended below: suggest, notify)

Each stage is a function of the `Run`; it reads what earlier stages left on it and adds its own result.
Stages never call each other. Progress is written to the document between stages.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

import extractors
from ingest.files import Limits, SniffedFile, validate_upload
from ingest.ocr.base import OcrEngine
from ingest.ocr.reader import RenderedPage, read_document
from ingest.storage import FileStore
from models.contract import Evidence
from models.db import utcnow
from models.errors import ProcessingError
from models.tables_documents import Document, EvidenceRecord, Page
from review import suggest as suggestions


@dataclass(frozen=True)
class Deps:
    """What the stages need from outside, built once per worker process."""

    sessions: sessionmaker[Session]
    store: FileStore
    engine: OcrEngine
    limits: Limits
    dpi: int = 200
    extras: dict[str, Any] = field(default_factory=dict)  # values later stages need (policy defaults...)


@dataclass
class Run:
    """The state of one document passing through the stages."""

    document_id: str
    deps: Deps
    data: bytes = b""
    sniffed: SniffedFile | None = None
    pages: list[RenderedPage] = field(default_factory=list)
    evidence: Evidence | None = None
    timings: dict[str, float] = field(default_factory=dict)

    def progress(self, stage: str, fraction: float) -> None:
        with self.deps.sessions.begin() as session:
            doc = session.get_one(Document, self.document_id)
            doc.stage, doc.progress, doc.heartbeat_at = stage, round(fraction, 3), utcnow()


def load(run: Run) -> None:
    with run.deps.sessions() as session:
        doc = session.get_one(Document, run.document_id)
        sha = doc.sha256
        filename = doc.filename
    run.data = run.deps.store.get_blob(sha)
    run.sniffed = validate_upload(run.data, filename, run.deps.limits)


def ocr(run: Run) -> None:
    def on_page(done: int, total: int) -> None:
        run.progress("ocr", 0.1 + 0.6 * done / max(total, 1))

    sniffed = run.sniffed
    if sniffed is None:
        raise ProcessingError("the file was not loaded before OCR")
    run.progress("ocr", 0.1)
    run.pages = read_document(run.data, sniffed, run.deps.engine, dpi=run.deps.dpi, on_page=on_page)


def store_pages(run: Run) -> None:
    store = run.deps.store
    rows = []
    for page in run.pages:
        key = store.put(store.page_key(run.document_id, page.number), page.png())
        rows.append(_page_row(run.document_id, key, page))
    with run.deps.sessions.begin() as session:
        session.execute(
            delete(Page).where(Page.document_id == run.document_id)
        )  # a re-run replaces, never duplicates
        session.add_all(rows)
        doc = session.get_one(Document, run.document_id)
        doc.page_count = len(rows)


def _page_row(document_id: str, key: str, page: RenderedPage) -> Page:
    text = page.text
    confs = [ln.conf for ln in text.lines]
    lines = text.to_dict()["lines"]
    return Page(
        document_id=document_id, number=page.number, image_path=key, width=text.width, height=text.height,
        text=text.text, lines=lines, engine=text.engine, from_text_layer=text.from_text_layer,
        rotation=text.rotation, mean_conf=(sum(confs) / len(confs)) if confs else None,
        ocr_seconds=text.meta.get("seconds"),
    )  # fmt: skip


def extract(run: Run) -> None:
    run.evidence = extractors.extract([p.text for p in run.pages], extractors.default_context())
    record = run.evidence.to_json()
    with run.deps.sessions.begin() as session:
        row = session.get(EvidenceRecord, run.document_id)
        if row is None:
            row = EvidenceRecord(document_id=run.document_id)
            session.add(row)
        row.evidence_type = run.evidence.evidence_type
        row.type_confidence = float(run.evidence.confidence.get("evidence_type", 0.0))
        row.record = record  # a reviewer's corrections (row.corrected) are never dropped by a re-run
    run.progress("extracted", 0.85)


def suggest(run: Run) -> None:
    """Suggested hours for the owner's year under their policy (review.suggest), stage -> `suggested`."""
    suggestions.compute(run.deps.sessions, run.document_id)
    run.progress("suggested", 0.95)


Stage = Callable[[Run], None]

# The order of work. Later issues append their stages here, nowhere else.
STAGES: list[tuple[str, Stage]] = [
    ("load", load),
    ("ocr", ocr),
    ("store_pages", store_pages),
    ("extract", extract),
    ("suggest", suggest),
]


def run_stages(run: Run, stages: list[tuple[str, Stage]] | None = None) -> Run:
    for name, stage in stages or STAGES:
        started = time.perf_counter()
        stage(run)
        run.timings[name] = round(time.perf_counter() - started, 4)
    return run
