"""Proofs split out of one file: one child document per proof, sharing the file's stored pages and bytes.

A file holding one proof keeps its evidence on itself, as before. A file holding several gets a child
document per proof (its page range and the reasons for it); each child has its own evidence record and so
its own suggestions, review and duplicate check. A re-run or a reviewer's regrouping keeps the children whose
page range is unchanged, adds the new ones and drops the others, unless a reviewer already decided one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

import extractors
from extractors.certnumbers import with_certificate_number
from extractors.split import Proof, extract_proof, regroup
from models.contract import Evidence
from models.errors import Conflict, InputError
from models.pages import PageText
from models.tables_documents import Document, EvidenceRecord, Page
from models.tables_review import SuggestionRecord
from review import audit
from review import suggest as suggestions


def store_proofs(
    session: Session, parent: Document, found: Sequence[tuple[Proof, Evidence]], strict: bool = False
) -> list[str]:
    """Make the file's children match `found` and return their ids in page order ([] for one proof).
    A child a reviewer already decided is kept as it is (`strict`: refused with Conflict instead)."""
    existing = {(c.page_first, c.page_last): c for c in parent.proofs}
    if len(found) <= 1:
        _drop(session, list(existing.values()), strict)
        return []
    wanted = {(p.first, p.last): (p, ev) for p, ev in found}
    _drop(session, [c for key, c in existing.items() if key not in wanted], strict)
    _retire_own_record(session, parent)
    ids = []
    for key, (proof, ev) in sorted(wanted.items()):
        child = existing.get(key) or _new_child(session, parent, proof)
        child.grouping = list(proof.reasons)
        record = {**ev.to_json(), "source": {"file": parent.filename, "pages": [proof.first, proof.last]}}
        _put_evidence(session, child, ev, record)
        ids.append(child.id)
    return ids


def put_own_evidence(session: Session, doc: Document, ev: Evidence) -> None:
    """The evidence of a file holding one proof, on the file itself."""
    _put_evidence(session, doc, ev, ev.to_json())


def _put_evidence(session: Session, doc: Document, ev: Evidence, record: dict[str, object]) -> None:
    row = session.get(EvidenceRecord, doc.id)
    if row is None:
        row = EvidenceRecord(document_id=doc.id)
        session.add(row)
    row.evidence_type = ev.evidence_type
    row.type_confidence = float(ev.confidence.get("evidence_type", 0.0))
    row.record = record  # a reviewer's corrections (row.corrected) are never dropped by a re-run


def _new_child(session: Session, parent: Document, proof: Proof) -> Document:
    digest = hashlib.sha256(f"{parent.sha256}:pages {proof.first}-{proof.last}".encode()).hexdigest()
    child = Document(
        owner_id=parent.owner_id, filename=f"{parent.filename} 第{proof.first}-{proof.last}页",
        content_type=parent.content_type, size=0, sha256=digest, status="processed", stage="extracted",
        progress=0.9, page_count=proof.last - proof.first + 1, parent_id=parent.id,
        page_first=proof.first, page_last=proof.last,
    )  # fmt: skip
    session.add(child)
    session.flush()
    pages = session.scalars(
        select(Page).where(Page.document_id == parent.id, Page.number.between(proof.first, proof.last))
    )
    for p in pages:  # the same stored images; numbers stay the file's, as the evidence's provenance says
        session.add(Page(document_id=child.id, number=p.number, image_path=p.image_path, width=p.width,
                         height=p.height, text=p.text, lines=p.lines, engine=p.engine,
                         from_text_layer=p.from_text_layer, rotation=p.rotation, mean_conf=p.mean_conf,
                         ocr_seconds=p.ocr_seconds))  # fmt: skip
    return child


def _reviewed(session: Session, doc_id: str) -> bool:
    return (
        session.scalar(
            select(SuggestionRecord.id).where(
                SuggestionRecord.document_id == doc_id, ~SuggestionRecord.is_open
            )
        )
        is not None
    )


def _drop(session: Session, children: Sequence[Document], strict: bool) -> None:
    for child in children:
        if _reviewed(session, child.id):
            if not strict:
                continue
            raise Conflict(
                f"第{child.page_first}-{child.page_last}页已审核，不能重新分组 / pages {child.page_first}-"
                f"{child.page_last} were already reviewed and cannot be regrouped",
                document=child.id,
            )
        session.delete(child)
    session.flush()


def _retire_own_record(session: Session, parent: Document) -> None:
    """A file now split into proofs no longer carries a record (or open suggestions) of its own."""
    session.execute(
        delete(SuggestionRecord).where(SuggestionRecord.document_id == parent.id, SuggestionRecord.is_open)
    )
    if parent.evidence is not None and not _reviewed(session, parent.id):
        session.delete(parent.evidence)
    session.flush()


def regroup_file(
    sessions: sessionmaker[Session],
    parent_id: str,
    ranges: Sequence[tuple[int, int]],
    actor: tuple[str | None, str],
) -> list[str]:
    """A reviewer's merge or split: the file's proofs become exactly `ranges`, each re-read from its stored
    pages; proofs whose pages are unchanged keep their decisions, a decided proof cannot be regrouped."""
    with sessions.begin() as session:
        parent = session.get_one(Document, parent_id)
        pages = [PageText.from_dict({"number": p.number, "width": p.width, "height": p.height, "lines": p.lines,
                                     "engine": p.engine, "from_text_layer": p.from_text_layer})
                 for p in parent.pages]  # fmt: skip
        try:
            proofs = regroup(pages, ranges, "审核人调整分组")
        except ValueError as exc:
            raise InputError(f"页码范围不对 / {exc}") from exc
        ctx = extractors.default_context()
        by_number = {p.number: p for p in pages}
        found = []
        for proof in proofs:
            own = [by_number[n] for n in proof.pages]
            found.append((proof, with_certificate_number(extract_proof(own, ctx), own)))
        before = [[c.page_first, c.page_last] for c in parent.proofs]
        ids = store_proofs(session, parent, found, strict=True)
        if not ids:
            put_own_evidence(session, parent, found[0][1])
        audit.record(session, actor, "document.regroup", f"document:{parent_id}",
                     before={"proofs": before}, after={"proofs": [list(r) for r in sorted(ranges)]})  # fmt: skip
    for doc_id in ids or [parent_id]:
        suggestions.compute(sessions, doc_id)
    with sessions.begin() as session:
        for doc_id in ids:
            session.get_one(Document, doc_id).stage = "suggested"
    return ids
