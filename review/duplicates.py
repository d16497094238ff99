"""Duplicate claims: the same proof handed in again by the same person, whatever the bytes. Pure functions.

A proof's fingerprints are the keys that name it regardless of how it was scanned: its certificate number,
patent number, ISBN, journal issue + paper title, or title + issuer + date + holder. Two claims are the same
proof when they belong to the same owner and share a fingerprint. Co-inventors and co-authors claiming one
patent or paper are different owners, so they never match; nor do two people on one sign-in sheet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from models.contract import Evidence

# Evidence whose title + issuer + date says which proof it is; a sign-in sheet or notice supports other claims
# and carries no holder, so it is matched only by a certificate number.
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)
REASONS = {
    "cert": "证书编号相同",
    "patent": "专利号相同",
    "isbn": "ISBN 相同",
    "journal": "同一期刊同一期的同一篇文章",
    "title": "名称、发证单位、日期和持证人相同",
}


@dataclass(frozen=True)
class Claim:
    """One evidence record in someone's claims: its document id, whose it is, and the record."""

    id: str
    owner: str
    evidence: Evidence


@dataclass(frozen=True)
class Match:
    earlier: str  # the earlier document's id
    key: str  # the shared fingerprint
    reason: str  # why, in words for the reviewer


def norm(value: Any) -> str:
    """NFKC, lower case, without spaces or punctuation: what survives a re-scan."""
    return _PUNCT.sub("", unicodedata.normalize("NFKC", str(value or ""))).lower()


def isbn_digits(isbn: str | None) -> str | None:
    """ISBN as 13 digits (an ISBN-10 is converted), else None."""
    raw = re.sub(r"[^0-9Xx]", "", isbn or "").upper()
    if len(raw) == 10:
        core = "978" + raw[:9]
        check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(core)) % 10) % 10
        return core + str(check)
    return raw if len(raw) == 13 else None


def fingerprints(ev: Evidence) -> frozenset[str]:
    """The keys naming this proof; an empty set when the record says too little to tell."""
    keys: set[str] = set()
    number = (ev.model_extra or {}).get("certificate_number")
    if number:
        keys.add(f"cert:{ev.evidence_type}:{norm(number)}")
    if ev.patent and ev.patent.number:
        keys.add(f"patent:{norm(ev.patent.number)}")
    if ev.book and (isbn := isbn_digits(ev.book.isbn)):
        keys.add(f"isbn:{isbn}")
    keys |= _journal_key(ev)
    keys |= _title_key(ev)
    return frozenset(keys)


def _journal_key(ev: Evidence) -> set[str]:
    j = ev.journal
    if ev.evidence_type != "journal_article" or j is None or not (j.issue and j.year):
        return set()
    journal = norm(j.issn or j.cn or j.name)
    # a cover + 目录 without the paper's first page names the issue only
    return {f"journal:{journal}:{j.year}:{norm(j.issue)}:{norm(ev.title)}"} if journal else set()


def _title_key(ev: Evidence) -> set[str]:
    date = ev.issued_on or (ev.period.start if ev.period else None)
    title = ev.title or _named(ev)
    if not (title and ev.holder and date) or ev.evidence_type in ("sign_in_sheet", "training_notice"):
        return set()
    parts = (ev.evidence_type, norm(title), norm(ev.issuer), date, norm(ev.holder))
    return {"title:" + ":".join(parts)}


def _named(ev: Evidence) -> str | None:
    """What a proof without a title is called: an award's name, a qualification's kind and subject."""
    if ev.award and ev.award.name:
        return ev.award.name
    if ev.qualification and ev.qualification.kind:
        return f"{ev.qualification.kind}:{ev.qualification.subject or ''}"
    return None


def duplicate_of(claim: Claim, earlier: Iterable[Claim]) -> Match | None:
    """The first of `earlier` (oldest first) that is the same proof as `claim`, for the same owner."""
    mine = fingerprints(claim.evidence)
    if not mine:
        return None
    for other in earlier:
        if other.id == claim.id or other.owner != claim.owner:
            continue
        shared = sorted(mine & fingerprints(other.evidence))
        if shared:
            return Match(earlier=other.id, key=shared[0], reason=REASONS[shared[0].split(":", 1)[0]])
    return None


def duplicates(claims: Sequence[Claim]) -> dict[str, Match]:
    """For claims in the order they were made: each one that repeats an earlier one, by id."""
    found = {}
    for i, claim in enumerate(claims):
        match = duplicate_of(claim, claims[:i])
        if match is not None:
            found[claim.id] = match
    return found
