"""Small drawing and record helpers shared by draw 31's builders: documents, handwriting, people."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind31.pools import Ctx
from bench.generator.truth import person

INK = (28, 48, 140)
RED = (190, 30, 30)
GREY_PAPER = (236, 233, 224)


def doc(
    ctx: Ctx,
    etype: str,
    family: str,
    variant: str,
    pages: list[Page],
    fields: dict[str, Any],
    scored: list[str],
    claim: str,
    year: int,
    category: str | None = None,
) -> Doc:
    return Doc(
        etype, f"{family}31-{variant}", pages, fields, scored, {"person": claim, "year": year}, category
    )


def ranked(names: list[str], role: str, start: int = 1) -> list[dict[str, Any]]:
    return [person(n, i + start, role) for i, n in enumerate(names)]


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 15.0, align: str = "l") -> float:
    """Handwritten ink, a touch off the line."""
    dy = ctx.rng.uniform(-0.8, 0.6)
    return pg.text(x, y + dy, s, size, ctx.hand, align, INK)


def centre(
    pg: Page, ctx: Ctx, y: float, s: str, size: float, bold: bool = False, color=(20, 20, 20)
) -> float:
    pg.text(pg.w / 2, y, s, size, ctx.bold if bold else ctx.body, "c", color)
    return y + size * 0.3528 * 1.7


def line_at(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 12.0) -> float:
    pg.text(x, y, s, size, ctx.body)
    return y + size * 0.3528 * 1.9


def para(
    pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float = 12.5, lead: float = 1.9
) -> float:
    return pg.wrap(x, y, w, s, size, ctx.body, lead, indent=width_mm("国国", ctx.body, size))


def fits(s: str, ctx: Ctx, size: float, w: float) -> float:
    """The largest size <= `size` at which `s` fits in `w` mm (titles stay on one printed line)."""
    while size > 8 and width_mm(s, ctx.body, size) > w:
        size -= 0.5
    return size


def margin_note(pg: Page, ctx: Ctx, s: str, x: float | None = None, y: float | None = None) -> None:
    hand(
        pg,
        ctx,
        x if x is not None else pg.w - 14 - width_mm(s, ctx.hand, 12),
        y if y is not None else 8,
        s,
        12,
    )
