"""Learned facts: what reviewers' corrections taught the deployment (journal levels, award levels and kinds,
training categories, person names), with where each came from; and the matching key every side agrees on.

A fact is one (kind, key) -> value statement. Its `sources` list who corrected which document to teach it;
it applies once confirmed (by an admin, or by enough distinct reviewers: `Settings.learn_confirmations`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.db import Base, new_id, utcnow

# kind -> what its key is and what its value is (the value is stored as canonical JSON text).
FACT_KINDS: dict[str, str] = {
    "journal.issn": "journal ISSN -> journal levels",
    "journal.cn": "journal CN -> journal levels",
    "journal.name": "journal name -> journal levels",
    "award.level": "award issuer -> award level",
    "award.kind": "award name -> award kind",
    "category.issuer": "training provider -> category (public/professional)",
    "category.title": "training title pattern -> category (public/professional)",
    "person.name": "a person name the name finder keeps whole",
}
FACT_STATES = ("suggested", "confirmed", "revoked")

_MARKS = re.compile(r"[\s《》〈〉<>“”\"'‘’「」·.,，:：;；、\-_—()（）\[\]【】]")
# Parts of a training title that change from one session to the next: years, dates, numbers, 第N期/届.
_VARYING = re.compile(
    r"(?:19|20)\d{2}\s*年度?|\d{1,2}\s*月(?:份)?|第\s*[0-9一二三四五六七八九十百]+\s*[期届次批轮]|"
    r"[（(][^）)]{0,12}[）)]|\d+"
)


def fact_key(kind: str, text: str) -> str:
    """The matching key of `text` for facts of `kind`: NFKC, no spaces or marks; titles without their dates."""
    value = unicodedata.normalize("NFKC", str(text)).strip()
    if kind in ("journal.issn", "journal.cn"):
        return re.sub(r"\s", "", value).upper()
    if kind == "category.title":
        value = _VARYING.sub("", value)
    return _MARKS.sub("", value).lower()


def fact_value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class LearnedFact(Base):
    __tablename__ = "learned_facts"
    __table_args__ = (
        UniqueConstraint("kind", "key", "value", name="uq_learned_facts_kind_key_value"),
        Index("ix_learned_facts_state", "revoked_at", "kind"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(255))  # fact_key(kind, label)
    label: Mapped[str] = mapped_column(String(255))  # the key as the correction printed it
    value: Mapped[str] = mapped_column(String(255))  # fact_value(...): canonical JSON
    # [{"reviewer", "reviewer_name", "document", "suggestion", "at"}] one per correction that taught it
    sources: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    confirmed_by: Mapped[str | None] = mapped_column(String(64), default=None)
    confirmed_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_by: Mapped[str | None] = mapped_column(String(64), default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    @property
    def decoded(self) -> Any:
        return json.loads(self.value)

    def reviewers(self) -> set[str]:
        return {str(s.get("reviewer")) for s in self.sources or [] if s.get("reviewer")}

    def state(self, threshold: int) -> str:
        """revoked; confirmed (by an admin, or by `threshold` distinct reviewers); else suggested."""
        if self.revoked_at is not None:
            return "revoked"
        if self.confirmed_at is not None or len(self.reviewers()) >= max(1, threshold):
            return "confirmed"
        return "suggested"
