"""Suggestions as records: computing them for a document, recomputing a person's year, and the transcript.

Rules look across a person's evidence of one year (sign-in sheets support certificates, caps cut the
latest items), so any change to one document recomputes the owner's whole year. Rows are matched by
(document, position): open rows are updated in place (their version bumps when they change), new ones
are inserted, and reviewed rows are never touched.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from models.contract import Evidence, Suggestion
from models.errors import NotFound
from models.outbox import emit
from models.tables_documents import Document, EvidenceRecord
from models.tables_review import SuggestionRecord, User
from review.duplicates import Claim, Match, duplicates, fingerprints
from rules.activities import activity_of, year_of
from rules.confidence import review_by_policy, suggestion_trust
from rules.engine import EvalOptions, evaluate, requirement_for
from rules.loader import load_policy, policy_hash

COUNTED = ("confirmed", "adjusted")
CATEGORIES = ("public", "professional")
# Fields whose change makes an open suggestion a new version.
_CONTENT = ("year", "policy_hash", "evidence", "category", "activity", "suggested_hours", "suggested_status",
            "hours", "status", "rule", "citation", "explanation", "confidence", "evidence_type",
            "duplicate_of")  # fmt: skip


def current_evidence(record: EvidenceRecord) -> Evidence:
    """The reviewer's corrected record when there is one, else the extracted one."""
    return Evidence.model_validate(record.corrected or record.record)


def evidence_year(ev: Evidence, fallback: int) -> int:
    """The year the rules count the evidence in; `fallback` (upload year) when the proof shows none."""
    year, _ = year_of(ev, activity_of(ev))
    return year if year is not None else fallback


def compute(sessions: sessionmaker[Session], document_id: str) -> None:
    """Suggestions for the document's owner under their policy (the pipeline's `suggest` stage calls this)."""
    with sessions.begin() as session:
        doc = session.get_one(Document, document_id)
        owner = session.get(User, doc.owner_id)
        if owner is None or not owner.policy_id or doc.evidence is None:
            return  # an upload without a professional's profile has no policy to suggest under
        ev = current_evidence(doc.evidence)
        years = {evidence_year(ev, doc.created_at.year)}
        years |= set(
            session.scalars(select(SuggestionRecord.year).where(SuggestionRecord.document_id == doc.id))
        )
        keys = fingerprints(ev)  # a later claim of the same proof, in another year, is flagged now too
        years |= {evidence_year(e, d.created_at.year) for d, e in _owner_evidence(session, owner)
                  if d.id != doc.id and keys & fingerprints(e)}  # fmt: skip
        for year in sorted(years):
            refresh_year(session, owner, year)


def _owner_evidence(session: Session, owner: User) -> list[tuple[Document, Evidence]]:
    """All the owner's documents with evidence, oldest first."""
    docs = session.scalars(
        select(Document)
        .join(EvidenceRecord)
        .where(Document.owner_id == owner.id)
        .order_by(Document.created_at, Document.id)
    )
    return [(doc, current_evidence(doc.evidence)) for doc in docs if doc.evidence is not None]


def refresh_year(session: Session, owner: User, year: int) -> list[SuggestionRecord]:
    """Recompute the owner's year from their current evidence; returns the rows inserted or changed.
    A proof the owner already handed in (any year) is left out of the year's figures and goes to review,
    naming the earlier document."""
    if not owner.policy_id:
        return []
    policy = load_policy(owner.policy_id)
    claims = _owner_evidence(session, owner)
    repeats = duplicates([Claim(d.id, owner.id, ev) for d, ev in claims])
    items = [(d, ev) for d, ev in claims if evidence_year(ev, d.created_at.year) == year]
    fresh = [(d.id, ev) for d, ev in items if d.id not in repeats]
    options = EvalOptions(title_level=owner.title_level)  # type: ignore[arg-type]
    credits = evaluate(policy, owner.name, year, fresh, options)  # type: ignore[arg-type]
    by_doc: dict[str, list[Suggestion]] = defaultdict(list)
    for s in credits.suggestions:
        by_doc[str(s.evidence)].append(s)
    docs = {d.id: d for d, _ in claims}
    for d, ev in items:
        if d.id in repeats:
            alone = evaluate(policy, owner.name, year, [(d.id, ev)], options).suggestions  # type: ignore[list-item]
            by_doc[d.id] = [_as_repeat(s, repeats[d.id], docs[repeats[d.id].earlier]) for s in alone]
    base = {"owner_id": owner.id, "person": owner.name, "policy_id": policy.id,
            "policy_hash": policy_hash(policy), "year": year}  # fmt: skip
    changed = []
    for doc, ev in items:
        earlier = repeats[doc.id].earlier if doc.id in repeats else None
        changed += _upsert(session, doc, ev, by_doc.get(doc.id, []), {**base, "duplicate_of": earlier})
    return changed


def _as_repeat(s: Suggestion, match: Match, earlier: Document) -> Suggestion:
    """A suggestion for a proof handed in before: no hours until a reviewer has compared the two."""
    said = (f"与此前提交的材料《{earlier.filename}》（{earlier.id}，{earlier.created_at:%Y-%m-%d}）为同一证明"
            f"（{match.reason}），请对照两份材料后决定；规则原本给出：{s.explanation}")  # fmt: skip
    return s.model_copy(update={"status": "needs_review", "hours": None, "explanation": said})


def _values(ev: Evidence, s: Suggestion, base: dict[str, Any]) -> dict[str, Any]:
    policy_review = review_by_policy(load_policy(base["policy_id"]), s.activity, s.status, s.rule)
    trust = suggestion_trust(ev, base["person"], s.status, policy_review)
    return {**base, "confidence_field": trust.field, "confidence_reason": trust.reason[:255], "evidence": ev.to_json(), "evidence_type": ev.evidence_type, "category": s.category,
            "activity": s.activity, "suggested_hours": s.hours, "suggested_status": s.status, "hours": s.hours,
            "status": s.status, "rule": s.rule, "citation": s.citation, "explanation": s.explanation,
            "confidence": trust.value}  # fmt: skip


def _upsert(
    session: Session, doc: Document, ev: Evidence, new: list[Suggestion], base: dict[str, Any]
) -> list[SuggestionRecord]:
    existing = {
        r.position: r
        for r in session.scalars(select(SuggestionRecord).where(SuggestionRecord.document_id == doc.id))
    }
    changed = []
    for position, suggestion in enumerate(new):
        values = _values(ev, suggestion, base)
        row = existing.get(position)
        if row is None:
            row = SuggestionRecord(document_id=doc.id, position=position, is_open=True, version=1, **values)
            session.add(row)
            session.flush()
            emit(session, "suggestion.created", event_data(row))
            changed.append(row)
        elif row.is_open and any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            row.version += 1
            changed.append(row)
    for position, row in existing.items():
        if position >= len(new) and row.is_open:
            session.delete(row)  # the rules no longer split this evidence that way
    return changed


def event_data(row: SuggestionRecord) -> dict[str, Any]:
    """The thin payload of suggestion/credit events: ids and the status; receivers read details via the API."""
    return {"id": row.id, "document": row.document_id, "owner": row.owner_id, "policy": row.policy_id,
            "year": row.year, "status": row.status, "version": row.version}  # fmt: skip


def _gap(need: float | None, have: float) -> float | None:
    return None if need is None else round(max(0.0, need - have), 2)


def transcript(session: Session, user_id: str, year: int) -> dict[str, Any]:
    """Confirmed and adjusted credits of one person's year against the policy's requirement."""
    user = session.get(User, user_id)
    if user is None or not user.policy_id:
        raise NotFound(f"no professional {user_id}")
    policy = load_policy(user.policy_id)
    requirement, notes = requirement_for(policy, EvalOptions(title_level=user.title_level))  # type: ignore[arg-type]
    rows = list(
        session.scalars(
            select(SuggestionRecord)
            .where(SuggestionRecord.owner_id == user_id, SuggestionRecord.year == year)
            .order_by(SuggestionRecord.created_at)
        )
    )
    counted = [r for r in rows if r.status in COUNTED]
    totals = {c: round(sum(r.hours or 0.0 for r in counted if r.category == c), 2) for c in CATEGORIES}
    totals["total"] = round(totals["public"] + totals["professional"], 2)
    pending = {c: round(sum(r.hours or 0.0 for r in rows if r.is_open and r.status == "suggested"
                            and r.category == c), 2) for c in CATEGORIES}  # fmt: skip
    need = {
        "public": requirement.public,
        "professional": requirement.professional,
        "total": requirement.total,
    }
    shortfall = {k: _gap(v, totals[k]) for k, v in need.items()}
    return {
        "user": user.id, "person": user.name, "policy": policy.id, "policy_title": policy.title, "year": year,
        "totals": totals, "requirement": need, "shortfall": shortfall, "pending": pending,
        "met": all(v in (None, 0.0) for v in shortfall.values()) and any(v is not None for v in need.values()),
        "counted_statuses": list(COUNTED), "citation": requirement.citation, "notes": notes,
        "credits": [credit_json(r) for r in counted], "evidence_ids": sorted({r.document_id for r in counted}),
        "open": len([r for r in rows if r.is_open]), "rejected": len([r for r in rows if r.status == "rejected"]),
    }  # fmt: skip


def credit_json(row: SuggestionRecord) -> dict[str, Any]:
    return {"suggestion": row.id, "evidence": row.document_id, "category": row.category,
            "activity": row.activity, "hours": row.hours, "status": row.status, "rule": row.rule,
            "citation": row.citation, "explanation": row.explanation, "evidence_type": row.evidence_type,
            "title": (row.evidence or {}).get("title")}  # fmt: skip
