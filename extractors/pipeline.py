"""extract(): OCR'd pages -> rows -> evidence type -> that type's extractor -> a contract evidence record."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from extractors import learned
from extractors.classify import classify
from extractors.context import ExtractContext
from extractors.fields import Draft, Hit
from extractors.registry import EXTRACTORS
from extractors.text import document_rows
from models.contract import Award, Book, Evidence, Journal, Patent, Period, Qualification
from models.pages import PageText

SCALARS = ("holder", "title", "issuer", "issued_on", "hours_stated", "category_stated")
OBJECTS = {"journal": Journal, "patent": Patent, "award": Award, "book": Book, "qualification": Qualification}


def extract(pages: Sequence[PageText], ctx: ExtractContext) -> Evidence:
    """The evidence record for one document's pages (in page order)."""
    rows = document_rows(pages)
    found = classify(rows)
    draft = Draft()
    if rows:
        with learned.names_in_use(ctx.learned):
            EXTRACTORS[found.evidence_type](rows, draft, ctx)
        learned.apply(draft, ctx.learned, found.evidence_type, rows)  # after the catalogues and the rules
    record = assemble(draft, len(pages) or 1)
    record["evidence_type"] = found.evidence_type
    record["confidence"]["evidence_type"] = found.confidence
    if found.title_row is not None:
        record["provenance"]["evidence_type"] = Hit(found.evidence_type, 1.0, found.title_row).provenance()
    record["extraction_notes"] = {
        "type_scores": {
            t: round(s, 2) for t, s in sorted(found.scores.items(), key=lambda x: -x[1]) if s > 0
        },
        **draft.notes,
    }
    return Evidence.model_validate(record)


def _note(record: dict[str, Any], key: str, hit: Hit) -> None:
    record["confidence"][key] = round(max(0.0, min(1.0, hit.conf)), 3)
    record["provenance"][key] = hit.provenance()


def assemble(draft: Draft, pages: int) -> dict[str, Any]:
    record: dict[str, Any] = {"pages": pages, "confidence": {}, "provenance": {}, "people": []}
    for key in SCALARS:
        if key in draft.hits:
            record[key] = draft.hits[key].value
            _note(record, key, draft.hits[key])
    if "period" in draft.hits and _valid(Period, draft.hits["period"].value):
        record["period"] = draft.hits["period"].value
        _note(record, "period", draft.hits["period"])
    for name, model in OBJECTS.items():
        _object(record, draft, name, model)
    _people(record, draft)
    if draft.contents is not None:
        record["contents"] = draft.contents
    return record


def _valid(model: Any, value: dict[str, Any]) -> bool:
    try:
        model.model_validate(value)
    except ValidationError:
        return False
    return True


def _object(record: dict[str, Any], draft: Draft, name: str, model: Any) -> None:
    """Gather 'patent.number'-style hits into one sub-object; a value the contract refuses is dropped."""
    parts = {k.split(".", 1)[1]: h for k, h in draft.hits.items() if k.startswith(name + ".")}
    value: dict[str, Any] = {}
    for key, hit in parts.items():
        if _valid(model, {key: hit.value}):
            value[key] = hit.value
            _note(record, f"{name}.{key}", hit)
    if value:
        record[name] = model.model_validate(value).model_dump(mode="json")
        record["confidence"][name] = min(record["confidence"][f"{name}.{k}"] for k in value)
        first = next(iter(value))
        record["provenance"][name] = record["provenance"][f"{name}.{first}"]


def _people(record: dict[str, Any], draft: Draft) -> None:
    if not draft.people:
        return
    record["people"] = [person for person, _ in draft.people]
    # The list is as sure as its shakiest reading (any name may be the claimant's); each person's own
    # confidence is kept beside it, so a consumer who knows the claimant can use theirs.
    record["confidence"]["people"] = round(min(hit.conf for _, hit in draft.people), 3)
    record["provenance"]["people"] = draft.people[0][1].provenance()
    for i, (_, hit) in enumerate(draft.people):
        _note(record, f"people.{i}", hit)
