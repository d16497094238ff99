"""Learned facts over JSON, for admins: list and filter, confirm, revoke, export and import."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body, Depends, Query
from pydantic import BaseModel
from sqlalchemy.orm import Session

from api.auth import require_role
from api.deps import db_session, runtime
from api.principal import Principal
from ingest.runtime import Runtime
from review import facts

router = APIRouter(prefix="/api/v1/admin/facts", tags=["learned facts"])
Admin = Depends(require_role("admin"))


class Decision(BaseModel):
    reason: str | None = None


def _threshold(rt: Runtime) -> int:
    return rt.settings.learn_confirmations


@router.get("", summary="Learned facts, newest first; filter by kind, state and label text")
def list_facts(
    kind: str | None = None, state: str | None = None, q: str | None = None,
    limit: int = Query(500, ge=1, le=5000), rt: Runtime = Depends(runtime),
    session: Session = Depends(db_session), _: Principal = Admin,
) -> dict[str, Any]:  # fmt: skip
    found = facts.listing(session, _threshold(rt), kind, state, q, limit)
    return {"threshold": _threshold(rt), "facts": found}


@router.get("/export", summary="Every fact as JSON another deployment can import")
def export_facts(
    rt: Runtime = Depends(runtime), session: Session = Depends(db_session), _: Principal = Admin
) -> dict[str, Any]:
    return facts.export(session, _threshold(rt))


@router.post("/import", summary="Merge an export of another deployment's facts")
def import_facts(
    data: dict[str, Any] = Body(...), session: Session = Depends(db_session), who: Principal = Admin
) -> dict[str, Any]:
    return facts.import_facts(session, (who.user_id, who.name), data)


@router.post("/{fact_id}/confirm", summary="Confirm a fact: it applies to every extraction from now on")
def confirm_fact(
    fact_id: str, body: Decision | None = None, rt: Runtime = Depends(runtime),
    session: Session = Depends(db_session), who: Principal = Admin,
) -> dict[str, Any]:  # fmt: skip
    row = facts.confirm(session, (who.user_id, who.name), fact_id, body.reason if body else None)
    return facts.fact_json(row, _threshold(rt))


@router.post("/{fact_id}/revoke", summary="Revoke a fact: the next extraction no longer uses it")
def revoke_fact(
    fact_id: str, body: Decision | None = None, rt: Runtime = Depends(runtime),
    session: Session = Depends(db_session), who: Principal = Admin,
) -> dict[str, Any]:  # fmt: skip
    row = facts.revoke(session, (who.user_id, who.name), fact_id, body.reason if body else None)
    return facts.fact_json(row, _threshold(rt))
