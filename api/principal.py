"""Who is making a request: a logged-in user (session cookie) or an API key acting for a system or a person."""

from __future__ import annotations

from dataclasses import dataclass, field

ROLES = ("professional", "reviewer", "admin")
SCOPES = ("documents:write", "evidence:read", "credits:read", "review:write", "webhooks:manage")


@dataclass(frozen=True)
class Principal:
    user_id: str  # for an API key: the key's id; documents it uploads belong to `acting_for` or the key
    role: str  # professional | reviewer | admin | integration
    name: str
    via: str = "session"  # session | api_key
    scopes: frozenset[str] = field(default_factory=frozenset)
    policies: frozenset[str] = field(default_factory=frozenset)  # a reviewer's assigned policy ids
    acting_for: str | None = None  # X-On-Behalf-Of: the professional's user id

    @property
    def owner_id(self) -> str:
        """Whose documents this request reads and writes."""
        return self.acting_for or self.user_id
