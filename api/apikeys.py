"""API keys: creation (shown once, stored as a sha256), revocation, and turning a Bearer token into a Principal."""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from api.principal import SCOPES, Principal
from models.db import utcnow
from models.errors import AuthError, InputError, NotFound, PermissionDenied
from models.tables_integration import ApiKey
from models.tables_review import User

log = logging.getLogger("credproof.apikeys")
KEY_PREFIX = "cp_live_"
LAST_USED_RESOLUTION = timedelta(minutes=1)  # don't write a row on every request of a busy integration


@dataclass(frozen=True)
class NewKey:
    row: ApiKey
    key: str  # the only time the clear key exists outside the caller's hands


def hash_key(key: str) -> str:
    # Keys carry 256 random bits, so a fast hash is enough: nothing to brute-force, unlike passwords.
    return hashlib.sha256(key.encode()).hexdigest()


def _check_scopes(scopes: list[str]) -> list[str]:
    unknown = sorted(set(scopes) - set(SCOPES))
    if unknown or not scopes:
        raise InputError(
            f"unknown or missing scopes {unknown}; choose from {', '.join(SCOPES)}", scopes=unknown
        )
    return sorted(set(scopes))


def create_key(session: Session, name: str, scopes: list[str], created_by: str) -> NewKey:
    if not name.strip():
        raise InputError("an API key needs a name")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    row = ApiKey(name=name.strip(), prefix=key[: len(KEY_PREFIX) + 4], key_hash=hash_key(key),
                 scopes=_check_scopes(scopes), created_by=created_by)  # fmt: skip
    session.add(row)
    session.flush()
    return NewKey(row=row, key=key)


def revoke_key(session: Session, key_id: str) -> ApiKey:
    row = session.get(ApiKey, key_id)
    if row is None:
        raise NotFound(f"no API key {key_id}")
    row.revoked_at = row.revoked_at or utcnow()
    return row


def list_keys(session: Session) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).order_by(ApiKey.created_at.desc())))


def principal_from_bearer(session: Session, token: str, on_behalf_of: str | None = None) -> Principal | None:
    """The key's principal, or None for a token that is no key of ours; a revoked key raises AuthError.

    `on_behalf_of` (the X-On-Behalf-Of header) names the professional the key acts for: uploads become
    theirs and reads are limited to them.
    """
    if not token.startswith(KEY_PREFIX):
        return None
    row = session.scalar(select(ApiKey).where(ApiKey.key_hash == hash_key(token)))
    if row is None:
        return None
    if row.revoked_at is not None:
        raise AuthError("this API key has been revoked", key_id=row.id)
    creator = session.get(User, row.created_by) if row.created_by else None
    if creator is not None and not creator.active:
        raise AuthError("the account that created this API key is deactivated", key_id=row.id)
    _touch(session, row)
    acting_for = _professional(session, on_behalf_of) if on_behalf_of else None
    return Principal(user_id=row.id, role="integration", name=row.name, via="api_key",
                     scopes=frozenset(row.scopes), acting_for=acting_for)  # fmt: skip


def _touch(session: Session, row: ApiKey) -> None:
    """Record last use in its own short transaction: best effort, and it must not turn the request's own
    read transaction into a write (SQLite refuses that upgrade under concurrent writers)."""
    now = utcnow()
    if row.last_used_at is not None and now - _aware(row.last_used_at) < LAST_USED_RESOLUTION:
        return
    try:
        with session.connection().engine.connect() as conn:
            conn.execute(update(ApiKey).where(ApiKey.id == row.id).values(last_used_at=now))
            conn.commit()
    except OperationalError:
        log.info("could not record the last use of API key %s now", row.id)


def _professional(session: Session, ref: str) -> str:
    """X-On-Behalf-Of takes a user id or a username; only professionals can be acted for."""
    user = session.get(User, ref) or session.scalar(select(User).where(User.username == ref))
    if user is None or user.role != "professional" or not user.active:
        raise PermissionDenied(f"X-On-Behalf-Of: no active professional {ref!r}")
    return user.id


def _aware(when: datetime) -> datetime:
    # SQLite hands back naive datetimes even for timezone=True columns; they were written in UTC.
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def key_json(row: ApiKey) -> dict[str, object]:
    """The public view of a key: never the key, never its hash."""
    return {
        "id": row.id, "name": row.name, "prefix": row.prefix, "scopes": row.scopes, "created_by": row.created_by,
        "created_at": row.created_at.isoformat(),
        "revoked_at": row.revoked_at.isoformat() if row.revoked_at else None,
        "last_used_at": row.last_used_at.isoformat() if row.last_used_at else None,
    }  # fmt: skip
