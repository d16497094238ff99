"""Learned facts from reviewers' corrections: what generalises, how support adds up, confirm, revoke, export.

A correction generalises when it states something about a journal, an issuer, a training or a name that
holds beyond the one document (`candidates`). Each such statement becomes a fact, or one more source of an
existing one. A fact applies to new extractions once confirmed: by an admin, or when `threshold` distinct
reviewers taught it (`Settings.learn_confirmations`, default 2). Every change is in the audit log.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.db import utcnow
from models.errors import Conflict, InputError, NotFound
from models.tables_learning import FACT_KINDS, FACT_STATES, LearnedFact, fact_key, fact_value
from review import audit

EXPORT_SCHEMA = "credproof.facts/1"
Actor = tuple[str | None, str]  # (user id, name) as the audit log takes it
_PERSON = re.compile(r"^[\u4e00-\u9fff·]{2,6}$")


def candidates(
    base: dict[str, Any], corrected: dict[str, Any], fields: Iterable[str]
) -> list[tuple[str, str, Any]]:
    """(kind, label, value) statements a correction of `fields` from `base` to `corrected` makes."""
    fields = set(fields)
    out: list[tuple[str, str, Any]] = []
    if "journal" in fields:
        out += _journal(base.get("journal") or {}, corrected.get("journal") or {})
    if "award" in fields:
        out += _award(base.get("award") or {}, corrected.get("award") or {}, corrected.get("issuer"))
    category = corrected.get("category_stated")
    if "category_stated" in fields and category and category != base.get("category_stated"):
        for kind, label in (
            ("category.title", corrected.get("title")),
            ("category.issuer", corrected.get("issuer")),
        ):
            if label and len(fact_key(kind, label)) >= 4:
                out.append((kind, label, category))
    if fields & {"people", "holder"}:
        before = _names(base)
        out += [("person.name", n, True) for n in sorted(_names(corrected) - before) if _PERSON.match(n)]
    return out


def _journal(before: dict[str, Any], after: dict[str, Any]) -> list[tuple[str, str, Any]]:
    levels = sorted(set(after.get("levels") or []))
    if not levels or levels == sorted(set(before.get("levels") or [])):
        return []
    return [(f"journal.{k}", after[k], levels) for k in ("issn", "cn", "name") if after.get(k)]


def _award(before: dict[str, Any], after: dict[str, Any], issuer: str | None) -> list[tuple[str, str, Any]]:
    out: list[tuple[str, str, Any]] = []
    if after.get("level") and after["level"] != before.get("level") and issuer:
        out.append(("award.level", issuer, after["level"]))
    if after.get("kind") and after["kind"] != before.get("kind") and after.get("name"):
        out.append(("award.kind", after["name"], after["kind"]))
    return out


def _names(record: dict[str, Any]) -> set[str]:
    names = {p.get("name") for p in record.get("people") or [] if isinstance(p, dict)}
    return {n for n in names | {record.get("holder")} if n}


def learn(
    session: Session, by: Actor, base: dict[str, Any], corrected: dict[str, Any], fields: Iterable[str],
    document_id: str, suggestion_id: str | None = None, now: datetime | None = None,
) -> list[LearnedFact]:  # fmt: skip
    """Record what a reviewer's correction teaches, in the caller's transaction; returns the facts touched."""
    now = now or utcnow()
    source = {"reviewer": by[0], "reviewer_name": by[1], "document": document_id, "suggestion": suggestion_id,
              "at": now.isoformat()}  # fmt: skip
    touched = []
    for kind, label, value in candidates(base, corrected, fields):
        key = fact_key(kind, label)
        if not key or len(key) > 255 or len(label) > 255:
            continue
        touched.append(_add_source(session, by, kind, key, label, value, source))
    return touched


def _find(session: Session, kind: str, key: str, value: Any) -> LearnedFact | None:
    return session.scalar(
        select(LearnedFact).where(LearnedFact.kind == kind, LearnedFact.key == key,
                                  LearnedFact.value == fact_value(value))
    )  # fmt: skip


def _add_source(
    session: Session, by: Actor, kind: str, key: str, label: str, value: Any, source: dict[str, Any]
) -> LearnedFact:  # fmt: skip
    row = _find(session, kind, key, value) or _create(session, kind, key, label, value, source)
    if row is None:  # another reviewer created it a moment ago: add this correction as a source
        row = _find(session, kind, key, value)
        if row is None:
            raise Conflict("学习到的规则正被同时修改，请重试 / the learned fact changed meanwhile; retry")
    elif row.sources == [source]:
        audit.record(session, by, "fact.learn", f"fact:{row.id}", after=_audit_view(row),
                     reason=f"correction of document {source['document']}")  # fmt: skip
        return row
    seen = {(s.get("reviewer"), s.get("document")) for s in row.sources or []}
    if (source["reviewer"], source["document"]) not in seen:
        before = _audit_view(row)
        row.sources = [*(row.sources or []), source]  # a new list, so the JSON column sees the change
        audit.record(session, by, "fact.support", f"fact:{row.id}", before=before, after=_audit_view(row),
                     reason=f"correction of document {source['document']}")  # fmt: skip
    return row


def _create(
    session: Session, kind: str, key: str, label: str, value: Any, source: dict[str, Any]
) -> LearnedFact | None:  # fmt: skip
    """A new fact with its first source, or None when a concurrent transaction inserted it first."""
    row = LearnedFact(kind=kind, key=key, label=label, value=fact_value(value), sources=[source])
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        return None
    return row


def _audit_view(row: LearnedFact) -> dict[str, Any]:
    return {"kind": row.kind, "label": row.label, "value": row.decoded, "reviewers": sorted(row.reviewers()),
            "confirmed": row.confirmed_at is not None, "revoked": row.revoked_at is not None}  # fmt: skip


def get(session: Session, fact_id: str) -> LearnedFact:
    row = session.get(LearnedFact, fact_id)
    if row is None:
        raise NotFound(f"没有这条学习到的规则 / no learned fact {fact_id}")
    return row


def confirm(session: Session, by: Actor, fact_id: str, reason: str | None = None) -> LearnedFact:
    """An admin's confirmation: the fact applies whatever its support; a revoked fact is restored."""
    row = get(session, fact_id)
    before = _audit_view(row)
    row.confirmed_by, row.confirmed_at = by[0] or by[1], utcnow()
    row.revoked_by, row.revoked_at = None, None
    audit.record(
        session, by, "fact.confirm", f"fact:{row.id}", before=before, after=_audit_view(row), reason=reason
    )
    return row


def revoke(session: Session, by: Actor, fact_id: str, reason: str | None = None) -> LearnedFact:
    """The fact stops applying from the next extraction on (jobs read the facts afresh each time)."""
    row = get(session, fact_id)
    before = _audit_view(row)
    row.revoked_by, row.revoked_at = by[0] or by[1], utcnow()
    row.confirmed_by, row.confirmed_at = None, None
    audit.record(
        session, by, "fact.revoke", f"fact:{row.id}", before=before, after=_audit_view(row), reason=reason
    )
    return row


def current(session: Session, threshold: int) -> list[dict[str, Any]]:
    """Every fact not revoked, as plain values for `extractors.learned.Learned.of` (read once per job)."""
    rows = session.scalars(select(LearnedFact).where(LearnedFact.revoked_at.is_(None)))
    return [{"id": r.id, "kind": r.kind, "key": r.key, "value": r.decoded, "support": len(r.reviewers()),
             "confirmed": r.state(threshold) == "confirmed"} for r in rows]  # fmt: skip


def listing(
    session: Session, threshold: int, kind: str | None = None, state: str | None = None,
    q: str | None = None, limit: int = 500,
) -> list[dict[str, Any]]:  # fmt: skip
    """Facts for the admin page, newest first, filtered by kind, state and a text in the label."""
    if kind and kind not in FACT_KINDS:
        raise InputError(f"unknown fact kind {kind!r}; one of {', '.join(FACT_KINDS)}")
    if state and state not in FACT_STATES:
        raise InputError(f"unknown state {state!r}; one of {', '.join(FACT_STATES)}")
    query = select(LearnedFact).order_by(LearnedFact.created_at.desc(), LearnedFact.id)
    if kind:
        query = query.where(LearnedFact.kind == kind)
    if q:
        query = query.where(LearnedFact.label.contains(q.strip()))
    found = [fact_json(r, threshold) for r in session.scalars(query)]
    return [f for f in found if not state or f["state"] == state][:limit]


def _iso(dt: datetime | None) -> str | None:
    return dt.isoformat() if dt is not None else None


def fact_json(row: LearnedFact, threshold: int) -> dict[str, Any]:
    return {
        "id": row.id, "kind": row.kind, "label": row.label, "key": row.key, "value": row.decoded,
        "state": row.state(threshold), "support": len(row.reviewers()), "threshold": threshold,
        "sources": row.sources or [], "confirmed_by": row.confirmed_by, "confirmed_at": _iso(row.confirmed_at),
        "revoked_by": row.revoked_by, "revoked_at": _iso(row.revoked_at), "created_at": _iso(row.created_at),
    }  # fmt: skip


def export(session: Session, threshold: int) -> dict[str, Any]:
    """Every fact of the deployment, revoked ones included, as JSON another deployment can import."""
    rows = session.scalars(select(LearnedFact).order_by(LearnedFact.kind, LearnedFact.key, LearnedFact.value))
    keep = ("kind", "label", "value", "state", "sources", "confirmed_by", "confirmed_at", "revoked_by",
            "revoked_at", "created_at")  # fmt: skip
    return {"schema": EXPORT_SCHEMA, "exported_at": utcnow().isoformat(),
            "facts": [{k: v for k, v in fact_json(r, threshold).items() if k in keep} for r in rows]}  # fmt: skip


def import_facts(session: Session, by: Actor, data: dict[str, Any]) -> dict[str, int]:
    """Merge an export: new facts arrive as they were (sources, admin confirmation, revocation); for known
    ones the sources are merged and an exported confirmation is taken, but a local revocation stays."""
    if (
        not isinstance(data, dict)
        or data.get("schema") != EXPORT_SCHEMA
        or not isinstance(data.get("facts"), list)
    ):
        raise InputError(f"not a learned-facts export (expected schema {EXPORT_SCHEMA!r})")
    counts = {"created": 0, "merged": 0, "unchanged": 0}
    for i, item in enumerate(data["facts"]):
        kind, label, value = _checked(item, i)
        key = fact_key(kind, label)
        row = _find(session, kind, key, value)
        if row is None:
            row = LearnedFact(kind=kind, key=key, label=label, value=fact_value(value),
                              sources=list(item.get("sources") or []), confirmed_by=item.get("confirmed_by"),
                              confirmed_at=_when(item.get("confirmed_at")), revoked_by=item.get("revoked_by"),
                              revoked_at=_when(item.get("revoked_at")))  # fmt: skip
            session.add(row)
            session.flush()
            audit.record(session, by, "fact.import", f"fact:{row.id}", after=_audit_view(row))
            counts["created"] += 1
            continue
        before = _audit_view(row)
        seen = {(s.get("reviewer"), s.get("document")) for s in row.sources or []}
        extra = [s for s in item.get("sources") or [] if (s.get("reviewer"), s.get("document")) not in seen]
        confirm_now = item.get("confirmed_at") and row.confirmed_at is None and row.revoked_at is None
        if not extra and not confirm_now:
            counts["unchanged"] += 1
            continue
        row.sources = [*(row.sources or []), *extra]
        if confirm_now:
            row.confirmed_by, row.confirmed_at = item.get("confirmed_by"), _when(item["confirmed_at"])
        audit.record(session, by, "fact.import", f"fact:{row.id}", before=before, after=_audit_view(row))
        counts["merged"] += 1
    return counts


def _checked(item: Any, i: int) -> tuple[str, str, Any]:
    if not isinstance(item, dict) or item.get("kind") not in FACT_KINDS or not item.get("label"):
        raise InputError(f"fact {i}: needs a known kind and a label", index=i)
    return item["kind"], str(item["label"]), item.get("value")


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
