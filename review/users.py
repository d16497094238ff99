"""User accounts: creation, argon2 password hashing, login checks, reviewer assignments, the first admin."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from models.errors import Conflict, InputError, UnknownPolicy
from models.tables_review import TITLE_LEVELS, USER_ROLES, ReviewerAssignment, User
from review import audit

_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("not-a-real-password")  # keeps a login for an unknown name as slow as a real one
MIN_PASSWORD = 8
SYSTEM = (None, "system")


@dataclass(frozen=True)
class Profile:
    """What a professional's record carries besides the login."""

    name: str = ""
    employer: str | None = None
    title_level: str | None = None
    policy_id: str | None = None


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise InputError(f"密码至少 {MIN_PASSWORD} 位 / a password needs at least {MIN_PASSWORD} characters")
    return _hasher.hash(password)


def check_password(user: User | None, password: str) -> bool:
    try:
        return _hasher.verify(user.password_hash if user else _DUMMY_HASH, password) and user is not None
    except (VerificationError, InvalidHashError):
        return False


def _known_policies() -> list[str]:
    from rules.loader import policy_ids  # the rules package is pure; imported late to keep this module light

    return policy_ids()


def _validate(role: str, profile: Profile) -> None:
    if role not in USER_ROLES:
        raise InputError(f"unknown role {role!r}; one of {', '.join(USER_ROLES)}")
    if profile.title_level is not None and profile.title_level not in TITLE_LEVELS:
        raise InputError(f"unknown title level {profile.title_level!r}; one of {', '.join(TITLE_LEVELS)}")
    if profile.policy_id is not None and profile.policy_id not in _known_policies():
        raise UnknownPolicy(f"no policy pack {profile.policy_id!r}", policy=profile.policy_id)
    if role == "professional" and not (profile.name and profile.policy_id):
        raise InputError("a professional needs a name and a policy / 专业技术人员需要姓名和适用政策")


def create_user(
    session: Session, username: str, password: str, role: str, profile: Profile = Profile(),
    actor: tuple[str | None, str] = SYSTEM, must_change_password: bool = False,
) -> User:  # fmt: skip
    username = username.strip()
    if not username:
        raise InputError("a username is required")
    _validate(role, profile)
    if session.scalar(select(User.id).where(User.username == username)):
        raise Conflict(f"用户名已存在 / the username {username!r} is taken", username=username)
    user = User(username=username, password_hash=hash_password(password), role=role, name=profile.name or username,
                employer=profile.employer, title_level=profile.title_level, policy_id=profile.policy_id,
                must_change_password=must_change_password)  # fmt: skip
    session.add(user)
    session.flush()
    audit.record(session, actor, "user.create", f"user:{user.id}", after=user_json(user))
    return user


def authenticate(session: Session, username: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.username == username.strip()))
    if not check_password(user, password) or user is None or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user


def set_password(session: Session, user: User, password: str, actor: tuple[str | None, str]) -> None:
    user.password_hash = hash_password(password)
    user.must_change_password = False
    audit.record(session, actor, "user.password", f"user:{user.id}")


def set_active(session: Session, user: User, active: bool, actor: tuple[str | None, str]) -> None:
    """Deactivate (or reactivate) an account: a deactivated user cannot log in, their sessions end at the
    next request (auth checks `active`), and API keys they created are refused."""
    if user.id == actor[0] and not active:
        raise Conflict("不能停用自己的账户 / you cannot deactivate your own account")
    before = user.active
    user.active = active
    audit.record(session, actor, "user.activate" if active else "user.deactivate", f"user:{user.id}",
                 before={"active": before}, after={"active": active})  # fmt: skip


def assignments(session: Session, user_id: str) -> list[str]:
    rows = session.scalars(select(ReviewerAssignment.policy_id).where(ReviewerAssignment.user_id == user_id))
    return sorted(rows)


def assign(session: Session, user: User, policy_ids: list[str], actor: tuple[str | None, str]) -> None:
    """Replace a reviewer's policies with `policy_ids`."""
    unknown = set(policy_ids) - set(_known_policies())
    if unknown:
        raise UnknownPolicy(f"no policy pack {sorted(unknown)[0]!r}", policy=sorted(unknown)[0])
    before = assignments(session, user.id)
    session.execute(delete(ReviewerAssignment).where(ReviewerAssignment.user_id == user.id))
    session.add_all(ReviewerAssignment(user_id=user.id, policy_id=p) for p in sorted(set(policy_ids)))
    audit.record(session, actor, "user.assign", f"user:{user.id}", before={"policies": before},
                 after={"policies": sorted(set(policy_ids))})  # fmt: skip


def ensure_first_admin(session: Session) -> str | None:
    """With no users at all, create `admin` with a random one-time password and return it (else None)."""
    if session.scalar(select(func.count()).select_from(User)):
        return None
    password = secrets.token_urlsafe(12)
    create_user(session, "admin", password, "admin", Profile(name="管理员"), must_change_password=True)
    return password


def user_json(user: User) -> dict[str, Any]:
    return {
        "id": user.id, "username": user.username, "role": user.role, "name": user.name,
        "employer": user.employer, "title_level": user.title_level, "policy": user.policy_id,
        "active": user.active, "must_change_password": user.must_change_password,
    }  # fmt: skip
