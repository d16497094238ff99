"""The processing pipeline of one document: its stages, in order, in this one place.

    load -> ocr -> store_pages -> extract (split into proofs) -> suggest (per proof)

Each stage is a function of the `Run`; it reads what earlier stages left on it and adds its own result.
Stages never call each other. Progress is written to the document between stages.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

import extractors
from extractors.certnumbers import with_certificate_number
from extractors.learned import Learned
from extractors.split import Proof, extract_proofs
from ingest.files import Limits, SniffedFile, validate_upload
from ingest.ocr.base import OcrEngine
from ingest.ocr.reader import RenderedPage, read_document
from ingest.proofs import put_own_evidence, store_proofs
from ingest.storage import FileStore
from models.contract import Evidence
from models.db import utcnow
from models.errors import ProcessingError
from models.tables_documents import Document, Page
from review import facts as learned_facts
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
    evidence: Evidence | None = None  # the file's record when it holds one proof
    proofs: list[str] = field(default_factory=list)  # child document ids when it holds several
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
        key = store.put(store.page_key(run.document_id, page.number, page.suffix), page.encoded())
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
    """The file's evidence record; a file holding several proofs (extractors.split) gets one per proof,
    each on a child document of its own (ingest.proofs). Learned facts come in through the context."""
    texts = [p.text for p in run.pages]
    ctx = _context(run.deps)
    if run.deps.extras.get("split", True) and len(texts) > 1:
        found = extract_proofs(texts, ctx)
    else:
        found = [(Proof(1, max(len(texts), 1), ""), extractors.extract(texts, ctx))]
    numbered = {p.number: p for p in texts}
    found = [(proof, with_certificate_number(ev, [numbered[n] for n in proof.pages if n in numbered]))
             for proof, ev in found]  # fmt: skip
    with run.deps.sessions.begin() as session:
        doc = session.get_one(Document, run.document_id)
        run.proofs = store_proofs(session, doc, found)
        run.evidence = found[0][1] if not run.proofs else None
        if run.evidence is not None:
            put_own_evidence(session, doc, run.evidence)
    run.progress("extracted", 0.85)


def _context(deps: Deps) -> extractors.ExtractContext:
    """The packaged catalogues plus the deployment's facts as they stand now: read for every job, never
    cached, so a fact revoked a moment ago no longer applies."""
    with deps.sessions() as session:
        current = learned_facts.current(session, int(deps.extras.get("learn_confirmations", 2)))
    return replace(extractors.default_context(), learned=Learned.of(current))


def suggest(run: Run) -> None:
    """Suggested hours for the owner's year under their policy (review.suggest), stage -> `suggested`;
    for a split file, for each of its proofs."""
    for doc_id in run.proofs or [run.document_id]:
        suggestions.compute(run.deps.sessions, doc_id)
    if run.proofs:
        with run.deps.sessions.begin() as session:
            for doc_id in run.proofs:
                child = session.get_one(Document, doc_id)
                child.stage, child.progress, child.processed_at = "suggested", 1.0, utcnow()
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
