"""Drawing helpers for draw 11: handwriting, fill-in blanks, seals, phone frames and label rows."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import PT_MM, Page, width_mm
from bench.blind11.pools import Ctx

INK = (28, 44, 128)
RED = (178, 30, 34)
GREY = (110, 110, 110)


def lh(size: float, lead: float = 1.7) -> float:
    return size * PT_MM * lead


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float, align: str = "l") -> float:
    """Ballpoint fill-in: the brush face in blue ink, a little off the line."""
    dy = ctx.rng.uniform(-0.8, 0.6)
    dx = ctx.rng.uniform(-0.8, 0.8)
    return pg.text(x + dx, y + dy, s, size, ctx.hand, align, INK)


def blank(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float) -> float:
    """A printed underline of `w` mm with `s` handwritten on it; returns its right end."""
    base = y + size * PT_MM * 1.15
    pg.line(x, base, x + w, base, 0.25)
    hand(pg, ctx, x + w / 2, y - size * PT_MM * 0.1, s, size * 1.05, "c")
    return x + w


def runs(pg: Page, ctx: Ctx, x: float, y: float, parts: list[tuple[str, Any]], size: float) -> float:
    """A printed line with fill-ins: each part is printed text, or (text, blank width) in hand."""
    for p in parts:
        if isinstance(p, tuple):
            x = blank(pg, ctx, x + 0.6, y, p[1], p[0], size) + 0.6
        else:
            x += pg.text(x, y, p, size, ctx.body)
    return x


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:18], ctx.seed())


def center(
    pg: Page, y: float, s: str, size: float, font: str, color: tuple[int, int, int] = (20, 20, 20)
) -> float:
    pg.text(pg.w / 2, y, s, size, font, "c", color)
    return y + lh(size, 1.6)


def spaced(s: str, gap: str = " ") -> str:
    return gap.join(s)


def pairs(
    pg: Page, ctx: Ctx, x: float, y: float, rows: list[tuple[str, str]], size: float, colon: str = "：",
    pad: float | None = None, lead: float = 2.0,
) -> float:  # fmt: skip
    """Label/value lines; with `pad` the values start in a column `pad` mm right of x."""
    for lab, val in rows:
        if pad is None:
            pg.text(x, y, f"{lab}{colon}{val}", size, ctx.body)
        else:
            pg.text(x, y, lab + colon, size, ctx.body)
            pg.text(x + pad, y, val, size, ctx.body)
        y += lh(size, lead)
    return y


def form(
    pg: Page, ctx: Ctx, x: float, y: float, w_lab: float, w_val: float, rows: list[tuple[str, str]],
    size: float, row_h: float = 10.0,
) -> float:  # fmt: skip
    """A ruled two-column form (label cell, value cell) with the value left-aligned."""
    top = y
    for lab, val in rows:
        pg.text(x + w_lab / 2, y + (row_h - size * PT_MM) / 2, lab, size, ctx.body, "c")
        pg.text(x + w_lab + 3, y + (row_h - size * PT_MM) / 2, val, size, ctx.body)
        y += row_h
        pg.line(x, y, x + w_lab + w_val, y, 0.3)
    pg.line(x, top, x + w_lab + w_val, top, 0.3)
    for cx in (x, x + w_lab, x + w_lab + w_val):
        pg.line(cx, top, cx, y, 0.3)
    return y


def phone_frame(pg: Page, ctx: Ctx, clock: str, bar: str) -> float:
    """The top of a phone screenshot: status bar and a navigation bar. Returns the y below it."""
    pg.rect(0, 0, pg.w, 7.5, 0, fill=(246, 246, 246))
    pg.text(5, 1.8, clock, 8.5, ctx.body)
    pg.text(pg.w - 5, 1.8, "4G  ▮▮▮▯  78%", 7.5, ctx.body, "r")
    pg.rect(0, 7.5, pg.w, 19, 0, fill=(36, 110, 200))
    pg.text(5, 10.6, "〈", 11, ctx.body, color=(255, 255, 255))
    pg.text(pg.w / 2, 10.6, bar, 11.5, ctx.bold, "c", (255, 255, 255))
    pg.text(pg.w - 5, 10.6, "···", 11, ctx.body, "r", (255, 255, 255))
    return 24.0


def fits(s: str, font: str, size: float, width: float) -> float:
    """The largest size up to `size` at which `s` fits in `width` mm."""
    while size > 7 and width_mm(s, font, size) > width:
        size -= 0.5
    return size


def make(
    etype: str, family: str, variant: str, pages: list[Page], fields: dict[str, Any], scored: list[str],
    person: str, year: int, category: str | None = None,
) -> Doc:  # fmt: skip
    return Doc(
        evidence_type=etype,
        layout=f"{family}11-{variant}",
        pages=pages,
        fields=fields,
        scored=scored,
        claim={"person": person, "year": year},
        category=category,
    )
