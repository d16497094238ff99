"""Integration over HTTP: API-key admin, webhook endpoints and deliveries, the pull API and exports."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Response
from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api import apikeys
from api.auth import require_role, require_scope
from api.deps import db_session, runtime
from api.principal import SCOPES, Principal
from ingest.runtime import Runtime
from integration import exports, webhooks
from models.db import utcnow
from models.errors import NotFound, PermissionDenied
from models.outbox import EVENT_TYPES
from models.tables_integration import WebhookDelivery, WebhookEndpoint
from models.tables_review import OPEN_STATUSES, REVIEWED_STATUSES, SuggestionRecord, User
from review.suggest import credit_json, transcript

router = APIRouter(prefix="/api/v1")
Admin = Depends(require_role("admin"))
Manager = Depends(require_scope("webhooks:manage"))
Reader = Depends(require_scope("credits:read"))
ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "no or bad credentials", "content": {"application/json": {"example": {
        "error": "unauthenticated", "message": "API key not valid / API 密钥无效"}}}},
    403: {"description": "the credential lacks the scope", "content": {"application/json": {"example": {
        "error": "forbidden", "message": "this needs the scope credits:read", "scope": "credits:read"}}}},
    404: {"description": "no such object, or not yours", "content": {"application/json": {"example": {
        "error": "not_found", "message": "no professional 0f3c…"}}}},
}  # fmt: skip
MAX_OFFSET = 10**9  # beyond what any table here holds; larger numbers overflow the databases' integers
YEAR = Query(None, ge=1990, le=2100, description="calendar year; defaults to this year", examples=[2020])


# --- API keys (admins only) --------------------------------------------------------------------------------


class NewKey(BaseModel):
    name: str = Field(min_length=1, max_length=100, examples=["烟台市继续教育平台"])
    scopes: list[Literal[SCOPES]] = Field(min_length=1, examples=[["documents:write", "credits:read"]])  # type: ignore[valid-type]


KEY_EXAMPLE = {"id": "5d0c6f1a9e2b4c7d8f0a1b2c3d4e5f60", "name": "烟台市继续教育平台", "prefix": "cp_live_Q2xa",
               "scopes": ["credits:read", "documents:write"], "created_by": "admin-id",
               "created_at": "2026-11-23T05:00:00+00:00", "revoked_at": None, "last_used_at": None}  # fmt: skip


@router.post("/api-keys", status_code=201, tags=["api keys"], summary="Create an API key (shown once)",
             responses={201: {"content": {"application/json": {"example": {**KEY_EXAMPLE, "key": "cp_live_…"}}}}, **ERRORS})  # fmt: skip
def create_api_key(
    body: NewKey, session: Session = Depends(db_session, scope="function"), who: Principal = Admin
) -> dict[str, Any]:
    """The clear key is in this answer only; it is stored as a sha256 and cannot be shown again."""
    new = apikeys.create_key(session, body.name, list(body.scopes), who.user_id)
    return {**apikeys.key_json(new.row), "key": new.key}


@router.get("/api-keys", tags=["api keys"], summary="List API keys (never the keys themselves)",
            responses={200: {"content": {"application/json": {"example": {"keys": [KEY_EXAMPLE]}}}}, **ERRORS})  # fmt: skip
def list_api_keys(
    session: Session = Depends(db_session, scope="function"), who: Principal = Admin
) -> dict[str, Any]:
    return {"keys": [apikeys.key_json(k) for k in apikeys.list_keys(session)]}


@router.post("/api-keys/{key_id}/revoke", tags=["api keys"], summary="Revoke an API key; refused at once",
             responses={200: {"content": {"application/json": {"example": {**KEY_EXAMPLE, "revoked_at": "2026-11-23T06:00:00+00:00"}}}}, **ERRORS})  # fmt: skip
def revoke_api_key(
    key_id: str, session: Session = Depends(db_session, scope="function"), who: Principal = Admin
) -> dict[str, Any]:
    return apikeys.key_json(apikeys.revoke_key(session, key_id))


# --- webhook endpoints -------------------------------------------------------------------------------------

EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
ENDPOINT_EXAMPLE = {"id": "a1b2c3d4e5f60718293a4b5c6d7e8f90", "url": "https://hr.example.cn/hooks/credproof",
                    "description": "职称评审系统", "event_types": ["credit.confirmed", "credit.adjusted"],
                    "enabled": True, "disabled_reason": None, "created_at": "2026-11-23T05:00:00+00:00",
                    "previous_secret_expires_at": None}  # fmt: skip


class NewEndpoint(BaseModel):
    url: str = Field(min_length=8, max_length=2000, examples=["https://hr.example.cn/hooks/credproof"])
    event_types: list[EventType] = Field(min_length=1, examples=[["credit.confirmed", "credit.adjusted"]])
    description: str = Field("", max_length=200, examples=["职称评审系统"])


class EndpointChange(BaseModel):
    url: str | None = Field(None, min_length=8, max_length=2000)
    event_types: list[EventType] | None = Field(None, min_length=1)
    description: str | None = Field(None, max_length=200)
    enabled: bool | None = Field(None, description="true re-enables an endpoint disabled after a 410")


def endpoint_json(e: WebhookEndpoint) -> dict[str, Any]:
    return {"id": e.id, "url": e.url, "description": e.description, "event_types": e.event_types,
            "enabled": e.enabled, "disabled_reason": e.disabled_reason, "created_at": e.created_at.isoformat(),
            "previous_secret_expires_at": e.previous_secret_expires_at.isoformat() if e.previous_secret_expires_at else None}  # fmt: skip


def _endpoint(session: Session, endpoint_id: str) -> WebhookEndpoint:
    endpoint = session.get(WebhookEndpoint, endpoint_id)
    if endpoint is None:
        raise NotFound(f"no webhook endpoint {endpoint_id}")
    return endpoint


@router.post("/webhooks/endpoints", status_code=201, tags=["webhooks"], summary="Register an endpoint (secret shown once)",
             responses={201: {"content": {"application/json": {"example": {**ENDPOINT_EXAMPLE, "secret": "whsec_…"}}}}, **ERRORS})  # fmt: skip
def create_endpoint(body: NewEndpoint, rt: Runtime = Depends(runtime), session: Session = Depends(db_session, scope="function"),
                    who: Principal = Manager) -> dict[str, Any]:  # fmt: skip
    """Deliveries are signed per Standard Webhooks with the `whsec_` secret in this answer. Private and
    loopback addresses are refused unless allow-listed in the server's settings."""
    webhooks.check_url(body.url, rt.settings.webhook_allow_hosts)
    endpoint = WebhookEndpoint(url=body.url, event_types=sorted(set(body.event_types)), description=body.description,
                               secret=webhooks.new_secret(), created_by=who.user_id)  # fmt: skip
    session.add(endpoint)
    session.flush()
    return {**endpoint_json(endpoint), "secret": endpoint.secret}


@router.get("/webhooks/endpoints", tags=["webhooks"], summary="Registered endpoints",
            responses={200: {"content": {"application/json": {"example": {"endpoints": [ENDPOINT_EXAMPLE]}}}}, **ERRORS})  # fmt: skip
def list_endpoints(
    session: Session = Depends(db_session, scope="function"), who: Principal = Manager
) -> dict[str, Any]:
    rows = session.scalars(select(WebhookEndpoint).order_by(WebhookEndpoint.created_at))
    return {"endpoints": [endpoint_json(e) for e in rows]}


@router.patch("/webhooks/endpoints/{endpoint_id}", tags=["webhooks"], summary="Change or re-enable an endpoint",
              responses={200: {"content": {"application/json": {"example": ENDPOINT_EXAMPLE}}}, **ERRORS})  # fmt: skip
def change_endpoint(endpoint_id: str, body: EndpointChange, rt: Runtime = Depends(runtime),
                    session: Session = Depends(db_session, scope="function"), who: Principal = Manager) -> dict[str, Any]:  # fmt: skip
    endpoint = _endpoint(session, endpoint_id)
    if body.url is not None:
        webhooks.check_url(body.url, rt.settings.webhook_allow_hosts)
        endpoint.url = body.url
    if body.event_types is not None:
        endpoint.event_types = sorted(set(body.event_types))
    if body.description is not None:
        endpoint.description = body.description
    if body.enabled is not None:
        endpoint.enabled, endpoint.disabled_reason = (
            body.enabled,
            None if body.enabled else "disabled by a user",
        )
    return endpoint_json(endpoint)


@router.delete("/webhooks/endpoints/{endpoint_id}", status_code=204, tags=["webhooks"], summary="Remove an endpoint",
               responses=ERRORS)  # fmt: skip
def delete_endpoint(
    endpoint_id: str, session: Session = Depends(db_session, scope="function"), who: Principal = Manager
) -> Response:
    session.delete(_endpoint(session, endpoint_id))
    return Response(status_code=204)


@router.post("/webhooks/endpoints/{endpoint_id}/rotate-secret", tags=["webhooks"],
             summary="New signing secret; the old one keeps signing during the overlap",
             responses={200: {"content": {"application/json": {"example": {**ENDPOINT_EXAMPLE, "secret": "whsec_…",
                        "previous_secret_expires_at": "2026-11-24T05:00:00+00:00"}}}}, **ERRORS})  # fmt: skip
def rotate_endpoint_secret(endpoint_id: str, rt: Runtime = Depends(runtime), session: Session = Depends(db_session, scope="function"),
                           who: Principal = Manager) -> dict[str, Any]:  # fmt: skip
    """Until `previous_secret_expires_at`, every delivery carries two signatures (old and new secret), so a
    receiver can switch secrets without missing an event."""
    endpoint = _endpoint(session, endpoint_id)
    secret = webhooks.rotate_secret(endpoint, rt.settings.webhook_secret_overlap_seconds)
    return {**endpoint_json(endpoint), "secret": secret}


# --- deliveries ----------------------------------------------------------------------------------------------

DELIVERY_EXAMPLE = {"id": "msg_2f0c…", "event_id": "evt_91ab…", "event_type": "credit.confirmed",
                    "endpoint_id": "a1b2c3…", "status": "succeeded", "attempts": 3, "last_status_code": 200,
                    "last_error": None, "last_latency_ms": 41.5, "next_attempt_at": None,
                    "created_at": "2026-11-23T05:00:00+00:00", "delivered_at": "2026-11-23T05:00:12+00:00",
                    "payload": {"type": "credit.confirmed", "timestamp": "2026-11-23T05:00:00Z",
                                "data": {"id": "7c1e…", "document": "a3f9…", "status": "confirmed", "version": 2}},
                    "attempt_log": [{"number": 1, "status_code": 503, "latency_ms": 20.3, "error": None,
                                     "started_at": "2026-11-23T05:00:00+00:00"}]}  # fmt: skip


def delivery_json(d: WebhookDelivery, with_log: bool = True) -> dict[str, Any]:
    data = {"id": d.id, "event_id": d.event_id, "event_type": d.event_type, "endpoint_id": d.endpoint_id,
            "status": d.status, "attempts": d.attempts, "last_status_code": d.last_status_code,
            "last_error": d.last_error, "last_latency_ms": d.last_latency_ms,
            "next_attempt_at": d.next_attempt_at.isoformat() if d.next_attempt_at else None,
            "created_at": d.created_at.isoformat(),
            "delivered_at": d.delivered_at.isoformat() if d.delivered_at else None, "payload": d.payload}  # fmt: skip
    if with_log:
        data["attempt_log"] = [{"number": a.number, "status_code": a.status_code, "latency_ms": a.latency_ms,
                                "error": a.error, "started_at": a.started_at.isoformat()} for a in d.attempt_log]  # fmt: skip
    return data


@router.get("/webhooks/deliveries", tags=["webhooks"], summary="The delivery log, newest first",
            responses={200: {"content": {"application/json": {"example": {"total": 1, "limit": 50, "offset": 0,
                       "deliveries": [DELIVERY_EXAMPLE]}}}}, **ERRORS})  # fmt: skip
def list_deliveries(
    endpoint: str | None = None, status: Literal["pending", "retrying", "succeeded", "failed"] | None = None,
    limit: int = Query(50, ge=1, le=200), offset: int = Query(0, ge=0, le=MAX_OFFSET),
    session: Session = Depends(db_session, scope="function"), who: Principal = Manager,
) -> dict[str, Any]:  # fmt: skip
    query = select(WebhookDelivery)
    if endpoint:
        query = query.where(WebhookDelivery.endpoint_id == endpoint)
    if status:
        query = query.where(WebhookDelivery.status == status)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(
        query.order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id).limit(limit).offset(offset)
    )
    return {"total": total, "limit": limit, "offset": offset, "deliveries": [delivery_json(d) for d in rows]}


@router.get("/webhooks/deliveries/{delivery_id}", tags=["webhooks"], summary="One delivery with every attempt",
            responses={200: {"content": {"application/json": {"example": DELIVERY_EXAMPLE}}}, **ERRORS})  # fmt: skip
def read_delivery(
    delivery_id: str, session: Session = Depends(db_session, scope="function"), who: Principal = Manager
) -> dict[str, Any]:
    delivery = session.get(WebhookDelivery, delivery_id)
    if delivery is None:
        raise NotFound(f"no webhook delivery {delivery_id}")
    return delivery_json(delivery)


@router.post("/webhooks/deliveries/{delivery_id}/replay", status_code=202, tags=["webhooks"],
             summary="Send a delivery again (same webhook-id, fresh signature)",
             responses={202: {"content": {"application/json": {"example": {**DELIVERY_EXAMPLE, "status": "pending"}}}}, **ERRORS})  # fmt: skip
def replay_delivery(
    delivery_id: str, session: Session = Depends(db_session, scope="function"), who: Principal = Manager
) -> dict[str, Any]:
    return delivery_json(webhooks.replay(session, delivery_id))


# --- the pull API --------------------------------------------------------------------------------------------


def readable_person(session: Session, who: Principal, user_id: str) -> User:
    """Professionals and keys acting for one read only that person; reviewers their policies; admins and
    system keys everyone. Anyone else's id answers 404, as if it did not exist."""
    user = session.get(User, user_id)
    allowed = user is not None and user.role == "professional" and (
        user.id == who.owner_id if (who.role == "professional" or who.acting_for) else
        who.role != "reviewer" or user.policy_id in who.policies)  # fmt: skip
    if not allowed or user is None:
        raise NotFound(f"no professional {user_id}")
    return user


TRANSCRIPT_EXAMPLE = {"user": "0f3c…", "person": "王建国", "policy": "yantai-2020", "year": 2020,
                      "totals": {"public": 30.0, "professional": 72.0, "total": 102.0},
                      "requirement": {"public": 30.0, "professional": 60.0, "total": 90.0},
                      "shortfall": {"public": 0.0, "professional": 0.0, "total": 0.0}, "met": True,
                      "credits": [{"suggestion": "7c1e…", "evidence": "a3f9…", "category": "professional",
                                   "activity": "patent", "hours": 60.0, "status": "confirmed"}],
                      "evidence_ids": ["a3f9…"]}  # fmt: skip


@router.get("/people/{user_id}/transcript", tags=["pull"], summary="A professional's confirmed credits of a year",
            responses={200: {"content": {"application/json": {"example": TRANSCRIPT_EXAMPLE}}}, **ERRORS})  # fmt: skip
def person_transcript(user_id: str, year: int | None = YEAR, session: Session = Depends(db_session, scope="function"),
                      who: Principal = Reader) -> dict[str, Any]:  # fmt: skip
    """Confirmed and adjusted credits, totals against the policy's requirement, and the evidence ids."""
    user = readable_person(session, who, user_id)
    return transcript(session, user.id, year or utcnow().year)


CREDIT_STATUSES = (*OPEN_STATUSES, *REVIEWED_STATUSES)
CREDITS_EXAMPLE = {"total": 1, "limit": 100, "offset": 0, "next_offset": None, "credits": [
    {"suggestion": "7c1e…", "evidence": "a3f9…", "category": "professional", "activity": "patent", "hours": 60.0,
     "status": "confirmed", "person": "王建国", "user": "0f3c…", "unit": "烟台市农业科学研究院", "year": 2020,
     "policy": "yantai-2020", "reviewed_at": "2026-11-23T05:00:00+00:00"}]}  # fmt: skip


@router.get("/credits", tags=["pull"], summary="Credits for batch pulls, paginated",
            responses={200: {"content": {"application/json": {"example": CREDITS_EXAMPLE}}}, **ERRORS})  # fmt: skip
def list_credits(
    unit: str | None = Query(None, max_length=200, description="the professionals' employer (所在单位)"),
    year: int | None = Query(None, ge=1990, le=2100),
    status: Literal[CREDIT_STATUSES] | None = Query(None, description="default: confirmed and adjusted"),  # type: ignore[valid-type]
    limit: int = Query(100, ge=1, le=500), offset: int = Query(0, ge=0, le=MAX_OFFSET),
    session: Session = Depends(db_session, scope="function"), who: Principal = Reader,
) -> dict[str, Any]:  # fmt: skip
    query = select(SuggestionRecord, User).join(User, User.id == SuggestionRecord.owner_id)
    query = query.where(SuggestionRecord.status == status) if status else query.where(
        SuggestionRecord.status.in_(exports.COUNTED))  # fmt: skip
    if unit is not None:
        query = query.where(User.employer == unit)
    if year is not None:
        query = query.where(SuggestionRecord.year == year)
    query = _visible(query, who)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = session.execute(
        query.order_by(SuggestionRecord.created_at, SuggestionRecord.id).limit(limit).offset(offset)
    )
    items = [{**credit_json(r), "person": u.name, "user": u.id, "unit": u.employer, "year": r.year,
              "policy": r.policy_id, "reviewed_at": r.reviewed_at.isoformat() if r.reviewed_at else None}
             for r, u in page]  # fmt: skip
    more = offset + len(items) < total
    return {"total": total, "limit": limit, "offset": offset, "next_offset": offset + limit if more else None,
            "credits": items}  # fmt: skip


def _visible(query: Any, who: Principal) -> Any:
    if who.role == "professional" or who.acting_for:
        return query.where(SuggestionRecord.owner_id == who.owner_id)
    if who.role == "reviewer":
        return query.where(SuggestionRecord.policy_id.in_(sorted(who.policies)))
    return query


# --- exports -------------------------------------------------------------------------------------------------

MEDIA = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


@router.get("/people/{user_id}/registration-form", tags=["exports"],
            summary="《专业技术人员继续教育情况登记表》 (烟台 附件2) as XLSX or PDF",
            responses={200: {"content": {MEDIA["xlsx"]: {}, MEDIA["pdf"]: {}}, "description": "the form"}, **ERRORS},
            response_class=Response)  # fmt: skip
def registration_form(user_id: str, year: int | None = YEAR,
                      format: Literal["xlsx", "pdf"] = Query("xlsx", examples=["pdf"]),
                      session: Session = Depends(db_session, scope="function"), who: Principal = Reader) -> Response:  # fmt: skip
    """Sections 公需科目 / 培训进修类 / 自学类 / 折算类 / 其他类 filled from confirmed credits, with the year's total."""
    user = readable_person(session, who, user_id)
    form = exports.build_form(session, user.id, year or utcnow().year)
    data = exports.registration_xlsx(form) if format == "xlsx" else exports.registration_pdf(form)
    name = f"registration-{form.year}-{user.id}.{format}"
    return Response(
        data, media_type=MEDIA[format], headers={"content-disposition": f'attachment; filename="{name}"'}
    )


@router.get("/units/{unit}/credits.csv", tags=["exports"], summary="A unit's confirmed credits as CSV",
            responses={200: {"content": {"text/csv": {"example": ",".join(exports.CSV_HEADS)}}}, **ERRORS},
            response_class=Response)  # fmt: skip
def unit_credits_csv(unit: str = Path(..., max_length=200, examples=["烟台市农业科学研究院"]), year: int | None = YEAR,
                     session: Session = Depends(db_session, scope="function"), who: Principal = Reader) -> Response:  # fmt: skip
    if who.role == "professional" or who.acting_for:
        raise PermissionDenied("a unit's CSV is for reviewers, admins and system keys", unit=unit)
    rows = [(u, r) for u, r in exports.unit_rows(session, unit, year)
            if who.role != "reviewer" or r.policy_id in who.policies]  # fmt: skip
    return Response(
        exports.unit_csv(rows),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="credits.csv"'},
    )
