"""Who is calling: signed session cookies with a CSRF token, API keys (Bearer), and role/scope checks.

A session cookie carries the user id, a fingerprint of the password hash (a password change ends every
session) and the session's CSRF token; it is signed with itsdangerous and expires after SESSION_MAX_AGE.
Unsafe requests made with a session must echo the CSRF token (header X-CSRF-Token or form field
csrf_token); requests with an API key carry no ambient credential and need none.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from typing import Any

from fastapi import Depends, Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy.orm import Session

from api.deps import db_session
from api.principal import SCOPES, Principal
from models.errors import AuthError, CredproofError, PermissionDenied
from models.tables_documents import Document
from models.tables_review import User
from review.users import assignments

SESSION_COOKIE = "credproof_session"
LOGIN_CSRF_COOKIE = "credproof_login_csrf"
SESSION_MAX_AGE = 12 * 3600
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
ROLE_SCOPES: dict[str, frozenset[str]] = {
    "professional": frozenset({"documents:write", "evidence:read", "credits:read"}),
    "reviewer": frozenset({"evidence:read", "credits:read", "review:write"}),
    "admin": frozenset(SCOPES),
}


def _serializer(request: Request) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(request.app.state.runtime.settings.secret_key, salt="credproof.session")


def _fingerprint(user: User) -> str:
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:16]


def secure_cookies(request: Request) -> bool:
    """Secure everywhere except plain-http development on this machine."""
    settings = request.app.state.runtime.settings
    return request.url.scheme == "https" or settings.env == "production"


def start_session(request: Request, response: Response, user: User) -> str:
    """Set the session cookie for `user`; returns the new session's CSRF token."""
    csrf = secrets.token_urlsafe(24)
    token = _serializer(request).dumps({"u": user.id, "f": _fingerprint(user), "c": csrf})
    response.set_cookie(SESSION_COOKIE, token, max_age=SESSION_MAX_AGE, httponly=True, samesite="lax",
                        secure=secure_cookies(request), path="/")  # fmt: skip
    return csrf


def end_session(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/")


def _session_data(request: Request) -> dict[str, Any] | None:
    raw = request.cookies.get(SESSION_COOKIE)
    if not raw:
        return None
    try:
        data = _serializer(request).loads(raw, max_age=SESSION_MAX_AGE)
    except BadSignature:
        return None
    return data if isinstance(data, dict) else None


def csrf_token(request: Request) -> str | None:
    data = _session_data(request)
    return str(data["c"]) if data else None


def principal_for(session: Session, user: User) -> Principal:
    policies = frozenset(assignments(session, user.id)) if user.role == "reviewer" else frozenset()
    return Principal(user_id=user.id, role=user.role, name=user.name, via="session",
                     scopes=ROLE_SCOPES.get(user.role, frozenset()), policies=policies)  # fmt: skip


def _user_from_cookie(request: Request, session: Session) -> tuple[User, str] | None:
    data = _session_data(request)
    if not data:
        return None
    user = session.get(User, data.get("u"))
    if user is None or not user.active or not hmac.compare_digest(str(data.get("f")), _fingerprint(user)):
        return None
    return user, str(data.get("c"))


async def form_csrf(request: Request) -> str | None:
    """The csrf_token field of an HTML form post; only awaits the (size-capped, authenticated) body."""
    if request.method not in UNSAFE or request.headers.get("x-csrf-token") is not None:
        return None
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return None
    return str((await request.form()).get("csrf_token") or "")


def _check_csrf(request: Request, expected: str, form_token: str | None) -> None:
    if request.method not in UNSAFE:
        return
    sent = request.headers.get("x-csrf-token") or form_token
    if not sent or not hmac.compare_digest(sent, expected):
        raise PermissionDenied("CSRF 校验失败，请刷新页面 / missing or wrong CSRF token", reason="csrf")


def _bearer(session: Session, header: str, on_behalf_of: str | None) -> Principal | None:
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    try:
        from api import apikeys  # the integration layer's module; absent until it lands
    except ImportError:
        return None
    return apikeys.principal_from_bearer(session, token.strip(), on_behalf_of)


def optional_principal(
    request: Request,
    session: Session = Depends(db_session, scope="function"),
    form_token: str | None = Depends(form_csrf),
) -> Principal | None:
    """A plain `def`: it queries the database, so FastAPI runs it in the threadpool, off the event loop."""
    header = request.headers.get("authorization")
    if header:
        principal = _bearer(session, header, request.headers.get("x-on-behalf-of"))
        if principal is None:
            raise AuthError("API key not valid / API 密钥无效")
        return principal
    found = _user_from_cookie(request, session)
    if found is None:
        return None
    user, csrf = found
    _check_csrf(request, csrf, form_token)
    return principal_for(session, user)


def authenticated(request: Request) -> bool:
    """Whether the request carries a valid API key or session cookie (checked before its body is read)."""
    with request.app.state.runtime.sessions() as session:
        header = request.headers.get("authorization")
        if header:
            try:
                return _bearer(session, header, None) is not None
            except CredproofError:
                return False
        return _user_from_cookie(request, session) is not None


def current_principal(principal: Principal | None = Depends(optional_principal)) -> Principal:
    if principal is None:
        raise AuthError("请先登录 / please log in")
    return principal


def require_role(*roles: str) -> Callable[..., Principal]:
    def dependency(principal: Principal = Depends(current_principal)) -> Principal:
        if principal.role not in roles:
            raise PermissionDenied(f"需要角色 {'/'.join(roles)} / this needs the role {' or '.join(roles)}")
        return principal

    return dependency


def require_scope(scope: str) -> Callable[..., Principal]:
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope}")

    def dependency(principal: Principal = Depends(current_principal)) -> Principal:
        allowed = (
            principal.scopes if principal.via != "session" else ROLE_SCOPES.get(principal.role, frozenset())
        )
        if scope not in allowed:
            raise PermissionDenied(f"缺少权限 {scope} / this needs the scope {scope}", scope=scope)
        return principal

    return dependency


def new_login_csrf() -> str:
    return secrets.token_urlsafe(24)


def may_read_document(session: Session, reader: Principal | str, doc: Document) -> bool:
    """Owners read their own documents; admins all; reviewers those of people under their policies."""
    if isinstance(reader, str):
        return doc.owner_id == reader
    if doc.owner_id == reader.owner_id or (reader.role == "admin" and reader.via == "session"):
        return True
    if reader.role == "reviewer" and reader.acting_for is None:
        owner = session.get(User, doc.owner_id)
        return owner is not None and owner.policy_id in reader.policies
    return False
