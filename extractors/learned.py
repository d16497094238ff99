"""Learned facts as the extractors see them: an immutable lookup built by the caller, applied after the catalogues.

The caller (ingest) reads the deployment's current facts for every job and passes them in through
`ExtractContext.learned`; nothing here reads a database. A confirmed fact is applied and marked in the
record's provenance as `learned: <fact id>`; a fact that is still a suggestion (too few reviewers agree) is
never applied, only listed in `extraction_notes.learned_hints` for the reviewer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from extractors.fields import Draft, Hit
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


def apply(draft: Draft, learned: Learned, evidence_type: str) -> None:
    """Fill or correct fields from confirmed facts after the type's extractor ran (catalogues first)."""
    if not learned:
        return
    if evidence_type == "journal_article":
        _journal(draft, learned)
    elif evidence_type == "award_certificate":
        _award(draft, learned)
    elif evidence_type in TRAINING:
        _category(draft, learned)
    _people(draft, learned)


def _use(draft: Draft, key: str, anchor: Hit, fact: Fact | None) -> bool:
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
            anchor.with_value(fact.value, round(0.95 * anchor_factor(anchor), 3)), learned=fact.id
        )
    draft.notes.setdefault("learned", []).append({"key": key, "value": fact.value, "fact": fact.id})
    return True


def anchor_factor(anchor: Hit) -> float:
    """How sure the OCR was of the text the fact was matched on."""
    return 0.6 + 0.4 * max(0.0, min(1.0, anchor.row.conf))


def _journal(draft: Draft, learned: Learned) -> None:
    if "journal_catalogue" in draft.notes:
        return  # a shipped catalogue matched: it decides the levels
    for kind, key in (
        ("journal.issn", "journal.issn"),
        ("journal.cn", "journal.cn"),
        ("journal.name", "journal.name"),
    ):
        anchor = draft.hits.get(key)
        if anchor is None or (kind == "journal.issn" and anchor.conf <= 0.5):
            continue
        if _use(draft, "journal.levels", anchor, learned.find(kind, anchor.value)):
            return


def _award(draft: Draft, learned: Learned) -> None:
    issuer = draft.hits.get("issuer")
    if issuer is not None:
        _use(draft, "award.level", issuer, learned.find("award.level", issuer.value))
    name = draft.hits.get("award.name")
    if name is not None:
        _use(draft, "award.kind", name, learned.find("award.kind", name.value))


def _category(draft: Draft, learned: Learned) -> None:
    if draft.has("category_stated"):
        return  # the proof states its category itself
    for kind, key in (("category.title", "title"), ("category.issuer", "issuer")):
        anchor = draft.hits.get(key)
        if anchor is not None and _use(draft, "category_stated", anchor, learned.find(kind, anchor.value)):
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
