"""Server-rendered pages (Jinja2, plain JS): login, upload, documents, transcript, queue, review, admin."""

from __future__ import annotations

import hmac
from datetime import UTC
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from api import auth, routes_documents
from api.deps import db_session, runtime
from api.principal import Principal
from ingest.runtime import Runtime
from models.db import utcnow
from models.errors import CredproofError, NotFound
from models.tables_documents import Document
from models.tables_learning import FACT_KINDS
from models.tables_review import SuggestionRecord, User
from review import facts, users
from review import queue as reviewing
from review.suggest import transcript
from rules.loader import list_policies

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(include_in_schema=False)
HOME = {"professional": "/upload", "reviewer": "/queue", "admin": "/admin"}
STAGE_ZH = {
    "queued": "排队中",
    "ocr": "识别中",
    "extracted": "已提取",
    "suggested": "已给出建议",
    "failed": "失败",
}
STATUS_ZH = {"suggested": "待审核", "needs_review": "需人工判断", "not_eligible": "不符合", "confirmed": "已确认",
             "adjusted": "已调整", "rejected": "已驳回"}  # fmt: skip
TYPE_ZH = {"training_certificate": "培训证书", "sign_in_sheet": "签到表", "training_notice": "培训通知",
           "journal_article": "期刊论文", "book": "著作", "patent_certificate": "专利证书",
           "award_certificate": "获奖证书", "project_completion": "结题证书",
           "qualification_certificate": "学历/资格证书", "other": "其他"}  # fmt: skip
FIELD_ZH = {"evidence_type": "材料类型", "holder": "持证人", "people": "署名人员", "title": "名称", "issuer": "发证单位",
            "issued_on": "发证日期", "period": "培训时间", "hours_stated": "证书学时", "journal": "期刊",
            "patent": "专利", "award": "奖项", "book": "著作", "qualification": "学历/资格"}  # fmt: skip
CATEGORY_ZH = {"public": "公需科目", "professional": "专业科目", "total": "合计"}
LEVEL_ZH = {"junior": "初级", "intermediate": "中级", "senior": "高级"}
ROLE_ZH = {"professional": "专业技术人员", "reviewer": "审核人员", "admin": "管理员"}
SUB_ZH = {"kind": "类型", "number": "号码", "applied_on": "申请日", "granted_on": "授权日", "name": "名称",
          "year": "年", "volume": "卷", "issue": "期", "levels": "收录/级别", "level": "级别", "grade": "等级",
          "publisher": "出版社", "edition": "版次", "subject": "专业", "modules": "科目"}  # fmt: skip
VALUE_ZH = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计", "national": "国家级",
            "provincial": "省级", "municipal": "市级", "county": "县级", "bureau": "厅局级", "pku_core": "北大核心",
            "foreign": "国外", "science_technology": "科技奖", "social_science": "社科奖", "competition": "竞赛",
            "other": "其他", "graduation": "毕业", "master_degree": "硕士学位", "doctor_degree": "博士学位",
            "postgraduate_courses": "研究生课程", "self_study_exam": "自学考试", "computer_exam": "计算机考试"}  # fmt: skip
templates.env.globals.update(STAGE_ZH=STAGE_ZH, STATUS_ZH=STATUS_ZH, TYPE_ZH=TYPE_ZH, FIELD_ZH=FIELD_ZH,
                             CATEGORY_ZH=CATEGORY_ZH, LEVEL_ZH=LEVEL_ZH, ROLE_ZH=ROLE_ZH, SUB_ZH=SUB_ZH, VALUE_ZH=VALUE_ZH)  # fmt: skip


def install(app: FastAPI) -> None:
    """Static files for the pages (CSS and the little JS they use)."""
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")


def render(request: Request, name: str, who: Principal | None, status: int = 200, **ctx: Any) -> HTMLResponse:
    csrf = auth.csrf_token(request) if who else None
    return templates.TemplateResponse(request, name, {"who": who, "csrf": csrf, **ctx}, status_code=status)


def _guard(request: Request, who: Principal | None, *roles: str) -> Response | None:
    if who is None:
        return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)
    if roles and who.role not in roles:
        return render(request, "error.html", who, status=403, message="您没有访问此页面的权限。")
    return None


@router.get("/")
def home(who: Principal | None = Depends(auth.optional_principal)) -> Response:
    return RedirectResponse(HOME.get(who.role, "/login") if who else "/login", status_code=303)


@router.get("/login")
def login_page(request: Request, next: str = "/", error: str | None = None) -> Response:
    token = auth.new_login_csrf()
    response = render(request, "login.html", None, login_csrf=token, next=next, error=error)
    response.set_cookie(auth.LOGIN_CSRF_COOKIE, token, httponly=True, samesite="lax", path="/login",
                        secure=auth.secure_cookies(request))  # fmt: skip
    return response


@router.post("/login")
def login_submit(
    request: Request, username: str = Form(...), password: str = Form(...), csrf_token: str = Form(""),
    next: str = Form("/"), session: Session = Depends(db_session, scope="function"),
) -> Response:  # fmt: skip
    expected = request.cookies.get(auth.LOGIN_CSRF_COOKIE, "")
    if not expected or not hmac.compare_digest(expected, csrf_token):
        return RedirectResponse("/login?error=" + quote("页面已过期，请重试"), status_code=303)
    user = users.authenticate(session, username, password)
    if user is None:
        return RedirectResponse("/login?error=" + quote("用户名或密码错误"), status_code=303)
    target = (
        "/password"
        if user.must_change_password
        else (next if next.startswith("/") and not next.startswith("//") else "/")
    )
    response = RedirectResponse(target, status_code=303)
    auth.start_session(request, response, user)
    response.delete_cookie(auth.LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout_submit(who: Principal | None = Depends(auth.optional_principal)) -> Response:
    response = RedirectResponse("/login", status_code=303)
    auth.end_session(response)
    return response


@router.get("/password")
def password_page(request: Request, who: Principal | None = Depends(auth.optional_principal)) -> Response:
    return _guard(request, who) or render(request, "password.html", who)


@router.post("/password")
def password_submit(
    request: Request, old_password: str = Form(...), new_password: str = Form(...),
    session: Session = Depends(db_session, scope="function"), who: Principal | None = Depends(auth.optional_principal),
) -> Response:  # fmt: skip
    if (blocked := _guard(request, who)) or who is None:
        return blocked  # type: ignore[return-value]
    user = session.get_one(User, who.user_id)
    if not users.check_password(user, old_password):
        return render(request, "password.html", who, status=400, error="原密码错误")
    try:
        users.set_password(session, user, new_password, (who.user_id, who.name))
    except CredproofError as exc:
        return render(request, "password.html", who, status=400, error=exc.message)
    response = RedirectResponse(HOME.get(who.role, "/"), status_code=303)
    auth.start_session(request, response, user)
    return response


@router.get("/upload")
def upload_page(request: Request, who: Principal | None = Depends(auth.optional_principal)) -> Response:
    return _guard(request, who, "professional") or render(request, "upload.html", who)


@router.get("/documents")
def documents_page(
    request: Request,
    session: Session = Depends(db_session, scope="function"),
    who: Principal | None = Depends(auth.optional_principal),
) -> Response:
    if (blocked := _guard(request, who, "professional", "admin")) or who is None:
        return blocked  # type: ignore[return-value]
    owner = (request.query_params.get("owner") if who.role == "admin" else None) or who.owner_id
    docs = list(session.scalars(select(Document).where(Document.owner_id == owner, Document.parent_id.is_(None))
                                .order_by(Document.created_at.desc()).limit(200)))  # fmt: skip
    rows = session.scalars(select(SuggestionRecord).where(SuggestionRecord.owner_id == owner))
    by_doc: dict[str, list[SuggestionRecord]] = {}
    for row in rows:
        by_doc.setdefault(row.document_id, []).append(row)
    return render(request, "documents.html", who, docs=docs, by_doc=by_doc, owner=owner,
                  message=request.query_params.get("message"))  # fmt: skip


@router.post("/documents/{doc_id}/reprocess")
def documents_reprocess(
    request: Request, doc_id: str, rt: Runtime = Depends(runtime),
    session: Session = Depends(db_session, scope="function"),
    who: Principal | None = Depends(auth.optional_principal),
) -> Response:  # fmt: skip
    """The documents page's 重新处理 button (owners and admins)."""
    if (blocked := _guard(request, who, "professional", "admin")) or who is None:
        return blocked  # type: ignore[return-value]
    doc = routes_documents.reprocess(session, doc_id, who)
    session.commit()
    routes_documents.enqueue(rt, session, [doc.id])
    back = "/documents" + (f"?owner={quote(doc.owner_id)}&" if doc.owner_id != who.owner_id else "?")
    return RedirectResponse(back + "message=" + quote(f"已重新排队 {doc.filename}"), status_code=303)


def _years(session: Session, user_id: str) -> list[int]:
    found = session.scalars(
        select(SuggestionRecord.year).where(SuggestionRecord.owner_id == user_id).distinct()
    )
    return sorted(set(found), reverse=True)


@router.get("/transcript")
def transcript_page(
    request: Request, year: int | None = None, session: Session = Depends(db_session, scope="function"),
    who: Principal | None = Depends(auth.optional_principal),
) -> Response:  # fmt: skip
    if (blocked := _guard(request, who, "professional")) or who is None:
        return blocked  # type: ignore[return-value]
    years = _years(session, who.owner_id)
    year = year if year and 1900 <= year <= 2100 else (years[0] if years else utcnow().year)
    return render(
        request, "transcript.html", who, t=transcript(session, who.owner_id, year), years=years, year=year
    )


@router.get("/queue")
def queue_page(
    request: Request, policy: str | None = None, status: str | None = None, type: str | None = None,
    offset: int = 0, session: Session = Depends(db_session, scope="function"), who: Principal | None = Depends(auth.optional_principal),
) -> Response:  # fmt: skip
    if (blocked := _guard(request, who, "reviewer", "admin")) or who is None:
        return blocked  # type: ignore[return-value]
    f = reviewing.QueueFilter(
        policy=policy or None,
        status=status or None,
        evidence_type=type or None,
        offset=min(max(offset, 0), 10**6),
    )
    try:
        page = reviewing.queue(session, who, f)
    except CredproofError as exc:
        return render(request, "error.html", who, status=exc.http_status, message=exc.message)
    policies = sorted(who.policies) if who.role == "reviewer" else [p.id for p in list_policies()]
    return render(request, "queue.html", who, page=page, f=f, policies=policies, qs=request.url.query)


def _neighbours(
    session: Session, who: Principal, current: str, query: dict[str, str]
) -> tuple[str | None, str | None]:
    f = reviewing.QueueFilter(policy=query.get("policy") or None, status=query.get("status") or None,
                           evidence_type=query.get("type") or None, limit=200)  # fmt: skip
    ids = [i["id"] for i in reviewing.queue(session, who, f)["items"]]
    if current not in ids:
        return None, ids[0] if ids else None
    at = ids.index(current)
    return (ids[at - 1] if at > 0 else None), (ids[at + 1] if at + 1 < len(ids) else None)


@router.get("/review/{suggestion_id}")
def review_page(
    request: Request, suggestion_id: str, session: Session = Depends(db_session, scope="function"),
    who: Principal | None = Depends(auth.optional_principal),
) -> Response:  # fmt: skip
    if (blocked := _guard(request, who, "reviewer", "admin")) or who is None:
        return blocked  # type: ignore[return-value]
    try:
        row = reviewing.get_item(session, who, suggestion_id)
    except CredproofError as exc:
        return render(request, "error.html", who, status=exc.http_status, message=exc.message)
    doc = session.get_one(Document, row.document_id)
    others = session.scalars(select(SuggestionRecord).where(
        SuggestionRecord.owner_id == row.owner_id, SuggestionRecord.year == row.year,
        SuggestionRecord.id != row.id).order_by(SuggestionRecord.created_at))  # fmt: skip
    prev_id, next_id = _neighbours(session, who, row.id, dict(request.query_params))
    owner = session.get(User, row.owner_id)
    earlier = session.get(Document, row.duplicate_of) if row.duplicate_of else None  # shown side by side
    parent = session.get(Document, doc.parent_id) if doc.parent_id else None  # a proof split out of a file
    return render(request, "review.html", who, item=reviewing.item_json(row), ev=row.evidence, doc=doc,
                  pages=doc.pages, others=[reviewing.item_json(o) for o in others], owner=owner, earlier=earlier, parent=parent,
                  prev_id=prev_id, next_id=next_id, qs=request.url.query,
                  boxed={k.split(".")[0] for k in (row.evidence or {}).get("provenance") or {}})  # fmt: skip


def _api_keys(session: Session) -> list[Any] | None:
    try:
        from api import apikeys
    except ImportError:
        return None
    return apikeys.list_keys(session)


@router.get("/admin")
def admin_page(
    request: Request, session: Session = Depends(db_session, scope="function"), who: Principal | None = Depends(auth.optional_principal),
    message: str | None = None, error: str | None = None,
    fact_kind: str | None = None, fact_state: str | None = None, fact_q: str | None = None,
) -> Response:  # fmt: skip
    if (blocked := _guard(request, who, "admin")) or who is None:
        return blocked  # type: ignore[return-value]
    threshold = request.app.state.runtime.settings.learn_confirmations
    try:
        learned = facts.listing(
            session, threshold, fact_kind or None, fact_state or None, fact_q or None, 200
        )
    except CredproofError as exc:
        learned, error = [], exc.message
    people = list(session.scalars(select(User).order_by(User.role, User.username)))
    assigned = {u.id: users.assignments(session, u.id) for u in people if u.role == "reviewer"}
    open_counts = dict(session.execute(select(SuggestionRecord.policy_id, func.count())
                                       .where(SuggestionRecord.is_open.is_(True)).group_by(SuggestionRecord.policy_id)).all())  # type: ignore[arg-type]  # fmt: skip
    return render(request, "admin.html", who, people=people, assigned=assigned, policies=list_policies(),
                  keys=_api_keys(session), open_counts=open_counts, message=message, error=error, utc=UTC,
                  facts=learned, fact_kinds=FACT_KINDS, threshold=threshold,
                  fact_filter={"kind": fact_kind or "", "state": fact_state or "", "q": fact_q or ""})  # fmt: skip


@router.post("/admin/users")
def admin_create_user(
    request: Request, username: str = Form(...), password: str = Form(...), role: str = Form(...),
    name: str = Form(""), employer: str = Form(""), title_level: str = Form(""), policy: str = Form(""),
    session: Session = Depends(db_session, scope="function"), who: Principal | None = Depends(auth.optional_principal),
) -> Response:  # fmt: skip
    if (blocked := _guard(request, who, "admin")) or who is None:
        return blocked  # type: ignore[return-value]
    profile = users.Profile(name=name.strip(), employer=employer.strip() or None, title_level=title_level or None,
                            policy_id=policy or None)  # fmt: skip
    try:
        with session.begin_nested():
            users.create_user(session, username, password, role, profile, (who.user_id, who.name))
    except CredproofError as exc:
        return RedirectResponse("/admin?error=" + quote(exc.message), status_code=303)
    return RedirectResponse("/admin?message=" + quote(f"已创建用户 {username}"), status_code=303)


@router.post("/admin/users/{user_id}/deactivate")
@router.post("/admin/users/{user_id}/activate")
def admin_set_active(
    request: Request, user_id: str, session: Session = Depends(db_session, scope="function"),
    who: Principal | None = Depends(auth.optional_principal),
) -> Response:  # fmt: skip
    """The admin page's 停用 / 启用 buttons."""
    if (blocked := _guard(request, who, "admin")) or who is None:
        return blocked  # type: ignore[return-value]
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"no user {user_id}")
    try:
        with session.begin_nested():
            users.set_active(session, user, request.url.path.endswith("/activate"), (who.user_id, who.name))
    except CredproofError as exc:
        return RedirectResponse("/admin?error=" + quote(exc.message), status_code=303)
    done = "已启用" if user.active else "已停用"
    return RedirectResponse("/admin?message=" + quote(f"{done} {user.username}"), status_code=303)


async def _form(request: Request) -> FormData:
    return await request.form()


@router.post("/admin/users/{user_id}/assignments")
def admin_assign(
    request: Request, user_id: str, session: Session = Depends(db_session, scope="function"),
    who: Principal | None = Depends(auth.optional_principal), form: FormData = Depends(_form),
) -> Response:  # fmt: skip
    if (blocked := _guard(request, who, "admin")) or who is None:
        return blocked  # type: ignore[return-value]
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"no user {user_id}")
    users.assign(session, user, [str(p) for p in form.getlist("policy")], (who.user_id, who.name))
    return RedirectResponse("/admin?message=" + quote(f"已更新 {user.username} 的审核范围"), status_code=303)
