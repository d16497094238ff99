"""Accounts over JSON: log in and out, who am I, change password; admins manage users and assignments."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth import current_principal, end_session, require_role, start_session
from api.deps import db_session
from api.principal import Principal
from models.errors import AuthError, NotFound
from models.tables_review import TITLE_LEVELS, User
from review import users

router = APIRouter(prefix="/api/v1", tags=["accounts"])
Admin = Depends(require_role("admin"))


class Login(BaseModel):
    username: str
    password: str


class NewPassword(BaseModel):
    old_password: str
    new_password: str = Field(min_length=users.MIN_PASSWORD)


class NewUser(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=users.MIN_PASSWORD)
    role: str = Field(pattern="^(professional|reviewer|admin)$")
    name: str = ""
    employer: str | None = None
    title_level: str | None = Field(default=None, pattern="^(" + "|".join(TITLE_LEVELS) + ")$")
    policy: str | None = None
    policies: list[str] = Field(default_factory=list, description="a reviewer's assigned policy ids")


class Assignments(BaseModel):
    policies: list[str]


def me_json(session: Session, user: User) -> dict[str, Any]:
    return {**users.user_json(user), "policies": users.assignments(session, user.id)}


@router.post("/auth/login", summary="Log in; sets the session cookie and returns the CSRF token")
def login(
    body: Login,
    request: Request,
    response: Response,
    session: Session = Depends(db_session, scope="function"),
) -> dict[str, Any]:
    user = users.authenticate(session, body.username, body.password)
    if user is None:
        raise AuthError("用户名或密码错误 / wrong username or password")
    csrf = start_session(request, response, user)
    return {"user": me_json(session, user), "csrf_token": csrf}


@router.post("/auth/logout", summary="End the session")
def logout(response: Response) -> dict[str, Any]:
    end_session(response)
    return {"ok": True}


@router.get("/me", summary="The logged-in user")
def me(
    session: Session = Depends(db_session, scope="function"), who: Principal = Depends(current_principal)
) -> dict[str, Any]:
    user = session.get(User, who.user_id)
    if user is None:  # an API key is no user
        return {
            "id": who.user_id,
            "role": who.role,
            "name": who.name,
            "via": who.via,
            "scopes": sorted(who.scopes),
        }
    return me_json(session, user)


@router.post("/me/password", summary="Change your password (ends your other sessions)")
def change_password(
    body: NewPassword, request: Request, response: Response,
    session: Session = Depends(db_session, scope="function"), who: Principal = Depends(current_principal),
) -> dict[str, Any]:  # fmt: skip
    user = session.get(User, who.user_id)
    if user is None or not users.check_password(user, body.old_password):
        raise AuthError("原密码错误 / the old password is wrong")
    users.set_password(session, user, body.new_password, (who.user_id, who.name))
    return {"csrf_token": start_session(request, response, user)}


@router.get("/admin/users", summary="Every user")
def list_users(
    session: Session = Depends(db_session, scope="function"), _: Principal = Admin
) -> dict[str, Any]:
    found = session.scalars(select(User).order_by(User.role, User.username))
    return {"users": [me_json(session, u) for u in found]}


def create_from(session: Session, body: NewUser, who: Principal) -> User:
    profile = users.Profile(
        name=body.name, employer=body.employer, title_level=body.title_level, policy_id=body.policy
    )
    user = users.create_user(
        session, body.username, body.password, body.role, profile, (who.user_id, who.name)
    )
    if body.role == "reviewer" and body.policies:
        users.assign(session, user, body.policies, (who.user_id, who.name))
    return user


@router.post("/admin/users", status_code=201, summary="Create a user")
def create_user(
    body: NewUser, session: Session = Depends(db_session, scope="function"), who: Principal = Admin
) -> dict[str, Any]:
    return me_json(session, create_from(session, body, who))


@router.post(
    "/admin/users/{user_id}/deactivate", summary="Deactivate a user: no login, sessions and keys end"
)
def deactivate_user(
    user_id: str, session: Session = Depends(db_session, scope="function"), who: Principal = Admin
) -> dict[str, Any]:
    return me_json(session, _set_active(session, user_id, False, who))


@router.post("/admin/users/{user_id}/activate", summary="Reactivate a deactivated user")
def activate_user(
    user_id: str, session: Session = Depends(db_session, scope="function"), who: Principal = Admin
) -> dict[str, Any]:
    return me_json(session, _set_active(session, user_id, True, who))


def _set_active(session: Session, user_id: str, active: bool, who: Principal) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"no user {user_id}")
    users.set_active(session, user, active, (who.user_id, who.name))
    return user


@router.put("/admin/users/{user_id}/assignments", summary="Set a reviewer's policies")
def set_assignments(
    user_id: str,
    body: Assignments,
    session: Session = Depends(db_session, scope="function"),
    who: Principal = Admin,
) -> dict[str, Any]:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"no user {user_id}")
    users.assign(session, user, body.policies, (who.user_id, who.name))
    return me_json(session, user)
