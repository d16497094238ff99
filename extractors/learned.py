"""Learned facts as the extractors see them: an immutable lookup built by the caller, applied after the catalogues.

The caller (ingest) reads the deployment's current facts for every job and passes them in through
`ExtractContext.learned`; nothing here reads a database. A confirmed fact is applied and marked in the
record's provenance as `learned: <fact id>`; a fact that is still a suggestion (too few reviewers agree) is
never applied, only listed in `extraction_notes.learned_hints` for the reviewer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from extractors.fields import Draft, Hit
from extractors.text import Row
from models.tables_learning import fact_key

TRAINING = ("training_certificate", "sign_in_sheet", "training_notice")


@dataclass(frozen=True)
class Fact:
    id: str
    kind: str
    key: str
    value: Any
    confirmed: bool
    support: int = 1  # distinct reviewers who taught it


def _empty() -> Mapping[tuple[str, str], tuple[Fact, ...]]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Learned:
    """(kind, key) -> facts, best first: confirmed before suggested, then by support."""

    by_key: Mapping[tuple[str, str], tuple[Fact, ...]] = field(default_factory=_empty)

    @classmethod
    def of(cls, facts: Iterable[Fact | Mapping[str, Any]]) -> Learned:
        grouped: dict[tuple[str, str], list[Fact]] = {}
        for f in facts:
            fact = (
                f if isinstance(f, Fact) else Fact(**{k: f[k] for k in Fact.__dataclass_fields__ if k in f})
            )
            grouped.setdefault((fact.kind, fact.key), []).append(fact)
        ordered = {
            k: tuple(sorted(v, key=lambda f: (not f.confirmed, -f.support, f.id))) for k, v in grouped.items()
        }
        return cls(MappingProxyType(ordered))

    def __bool__(self) -> bool:
        return bool(self.by_key)

    def find(self, kind: str, text: str | None) -> Fact | None:
        """The best fact of `kind` for printed `text` (confirmed or not), or None."""
        if not text:
            return None
        found = self.by_key.get((kind, fact_key(kind, text)))
        return found[0] if found else None

    def names(self) -> Mapping[str, Fact]:
        """Confirmed person names, by the name."""
        return {
            k: fs[0] for (kind, k), fs in self.by_key.items() if kind == "person.name" and fs[0].confirmed
        }


NONE = Learned()
_NAMES: ContextVar[Mapping[str, Fact]] = ContextVar("learned_names", default=MappingProxyType({}))


@contextmanager
def names_in_use(learned: Learned) -> Iterator[None]:
    """Make the confirmed learned names visible to the name finder (extractors.people) for one extraction."""
    token = _NAMES.set(learned.names())
    try:
        yield
    finally:
        _NAMES.reset(token)


def learned_name(text: str) -> Fact | None:
    return _NAMES.get().get(fact_key("person.name", text))


def apply(draft: Draft, learned: Learned, evidence_type: str, rows: Sequence[Row] = ()) -> None:
    """Fill or correct fields from confirmed facts after the type's extractor ran (catalogues first).

    A fact is matched on the value the extractor read (the ISSN, the issuer, the title); where the extractor
    read none, on a row of the document that prints the fact's name or pattern (`printed`).
    """
    if not learned:
        return
    if evidence_type == "journal_article":
        _journal(draft, learned, rows)
    elif evidence_type == "award_certificate":
        _award(draft, learned, rows)
    elif evidence_type in TRAINING:
        _category(draft, learned, rows)
    _people(draft, learned)


MIN_PRINTED = 5  # shorter names and patterns are matched on an extracted value only, never found in the text


def printed(learned: Learned, kind: str, rows: Sequence[Row]) -> tuple[Fact, Hit] | None:
    """The best fact of `kind` whose key a row of the document contains, with that row as its anchor."""
    keys = [k for (fk, k) in learned.by_key if fk == kind and len(k) >= MIN_PRINTED]
    if not keys:
        return None
    for row in rows:
        text = fact_key(kind, row.text)
        found = [k for k in keys if k in text]
        if found:
            best = learned.by_key[(kind, max(found, key=len))][0]
            return best, Hit(row.text, 0.9, row, 0, len(row.text))
    return None


def _use_printed(draft: Draft, key: str, learned: Learned, kind: str, rows: Sequence[Row]) -> bool:
    found = printed(learned, kind, rows)
    return found is not None and _use(draft, key, found[1], found[0], 0.85)  # found, not read off a field


def _use(draft: Draft, key: str, anchor: Hit, fact: Fact | None, scale: float = 0.95) -> bool:
    """Put the fact's value on `key` when it is confirmed; note it as a hint when it is not."""
    if fact is None:
        return False
    if not fact.confirmed:
        hints = draft.notes.setdefault("learned_hints", [])
        hints.append({"key": key, "value": fact.value, "fact": fact.id, "support": fact.support})
        return False
    current = draft.hits.get(key)
    if current is not None and current.value == fact.value:
        draft.hits[key] = replace(current, learned=fact.id)
    else:
        draft.hits[key] = replace(
            anchor.with_value(fact.value, round(scale * anchor_factor(anchor), 3)), learned=fact.id
        )
    draft.notes.setdefault("learned", []).append({"key": key, "value": fact.value, "fact": fact.id})
    return True


def anchor_factor(anchor: Hit) -> float:
    """How sure the OCR was of the text the fact was matched on."""
    return 0.6 + 0.4 * max(0.0, min(1.0, anchor.row.conf))


def _journal(draft: Draft, learned: Learned, rows: Sequence[Row]) -> None:
    if "journal_catalogue" in draft.notes:
        return  # a shipped catalogue matched: it decides the levels
    for kind in ("journal.issn", "journal.cn", "journal.name"):
        anchor = draft.hits.get(kind)
        if anchor is None or (kind == "journal.issn" and anchor.conf <= 0.5):
            continue
        if _use(draft, "journal.levels", anchor, learned.find(kind, anchor.value)):
            return
    if not draft.has("journal.name"):
        _use_printed(draft, "journal.levels", learned, "journal.name", rows)


def _award(draft: Draft, learned: Learned, rows: Sequence[Row]) -> None:
    issuer = draft.hits.get("issuer")
    if issuer is not None:
        _use(draft, "award.level", issuer, learned.find("award.level", issuer.value))
    else:
        _use_printed(draft, "award.level", learned, "award.level", rows)
    name = draft.hits.get("award.name")
    if name is not None:
        _use(draft, "award.kind", name, learned.find("award.kind", name.value))


def _category(draft: Draft, learned: Learned, rows: Sequence[Row]) -> None:
    if draft.has("category_stated"):
        return  # the proof states its category itself
    for kind, key in (("category.title", "title"), ("category.issuer", "issuer")):
        anchor = draft.hits.get(key)
        if anchor is not None and _use(draft, "category_stated", anchor, learned.find(kind, anchor.value)):
            return
    for kind, key in (("category.title", "title"), ("category.issuer", "issuer")):
        if not draft.has(key) and _use_printed(draft, "category_stated", learned, kind, rows):
            return


def _people(draft: Draft, learned: Learned) -> None:
    names = learned.names()
    if not names:
        return
    for i, (person, hit) in enumerate(draft.people):
        fact = names.get(fact_key("person.name", person["name"]))
        if fact is not None:
            draft.people[i] = (person, replace(hit, learned=fact.id))
    holder = draft.hits.get("holder")
    fact = names.get(fact_key("person.name", holder.value)) if holder is not None else None
    if holder is not None and fact is not None:
        draft.hits["holder"] = replace(holder, learned=fact.id)
