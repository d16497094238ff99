"""Small glue shared by draw 7's builders: the Doc record with its scored paths."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind7.pools import Ctx
from bench.generator.truth import SCORED


def _get(d: dict[str, Any], path: str) -> Any:
    cur: Any = d
    for p in path.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(p)
    return cur


def finish(
    ctx: Ctx,
    etype: str,
    family: str,
    variant: str,
    pages: list[Page],
    fields: dict[str, Any],
    person: str,
    year: int,
    category: str | None = None,
    skip: tuple[str, ...] = (),
) -> Doc:
    """A Doc scoring every field the type allows that the page shows (holder and people always)."""
    scored = [
        p
        for p in SCORED[etype]
        if p not in skip and (p in ("holder", "people", "journal.levels") or _get(fields, p) is not None)
    ]
    if etype not in ("training_certificate", "award_certificate", "project_completion",
                     "qualification_certificate"):  # fmt: skip
        scored = [p for p in scored if p != "holder"]
    if "people" in scored and not fields.get("people"):
        scored.remove("people")
    return Doc(
        etype, f"{family}7-{variant}", pages, fields, scored, {"person": person, "year": year}, category
    )


def ppl(names: list[str], role: str, start: int = 1) -> list[dict[str, Any]]:
    return [{"name": n, "rank": i + start, "role": role} for i, n in enumerate(names)]
