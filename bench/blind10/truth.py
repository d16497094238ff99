"""Draw 10's truth assembly: which fields a document scores (only what it shows) and its Doc."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.generator.truth import SCORED

ALWAYS = ("holder", "people", "journal.levels")


def _get(fields: dict[str, Any], path: str) -> Any:
    cur: Any = fields
    for part in path.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    return cur


def doc(
    etype: str,
    family: str,
    variant: str,
    pages: list[Page],
    fields: dict[str, Any],
    claim: tuple[str, int],
    category: str | None = None,
    skip: tuple[str, ...] = (),
) -> Doc:
    """A Doc scoring every field of its type the document prints (non-null), minus `skip`."""
    scored = [p for p in SCORED[etype] if p not in skip and (p in ALWAYS or _get(fields, p) is not None)]
    return Doc(
        evidence_type=etype,
        layout=f"{family}10-{variant}",
        pages=pages,
        fields=fields,
        scored=scored,
        claim={"person": claim[0], "year": claim[1]},
        category=category,
    )


def period(start: str | None, end: str | None) -> dict[str, str | None]:
    return {"start": start, "end": end}


def who(names: list[str], role: str, ranks: list[int] | None = None) -> list[dict[str, Any]]:
    ranks = ranks or list(range(1, len(names) + 1))
    return [{"name": n, "rank": r, "role": role} for n, r in zip(names, ranks, strict=True)]
