"""Small drawing helpers for draw 23: headings, handwriting, form rows, phone frames."""

from __future__ import annotations

from bench.blind.page import Page, width_mm
from bench.blind23.pools import INK, RED, Ctx


def centre(pg: Page, ctx: Ctx, y: float, s: str, size: float, bold: bool = True, color=(20, 20, 20)) -> float:
    pg.text(pg.w / 2, y, s, size, ctx.bold if bold else ctx.body, "c", color)
    return y + size * 0.3528 * 1.9


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 15.0, align: str = "l") -> float:
    """Handwritten ink (brush-like face, ballpoint blue)."""
    return pg.text(x, y, s, size, ctx.hand, align, INK)


def fill(pg: Page, ctx: Ctx, x: float, y: float, label: str, value: str, size: float, x_end: float,
         handwritten: bool = True) -> float:  # fmt: skip
    """A printed label followed by a ruled blank holding the value; returns the next row's y."""
    w = pg.text(x, y, label, size, ctx.body)
    vx = x + w + 2
    pg.line(vx, y + size * 0.3528 * 1.3, x_end, y + size * 0.3528 * 1.3, 0.25)
    if handwritten:
        hand(pg, ctx, vx + 3, y - 1.2, value, size + 2)
    else:
        pg.text(vx + 3, y, value, size, ctx.body)
    return y + size * 0.3528 * 2.6


def para(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float, width: float | None = None,
         indent: bool = True) -> float:  # fmt: skip
    w = width if width is not None else pg.w - 2 * x
    return pg.wrap(x, y, w, s, size, ctx.body, 1.75, size * 0.3528 * 2 if indent else 0.0)


def signoff(pg: Page, ctx: Ctx, org: str, date: str, y: float, size: float = 13.0, seal: bool = True,
            xr: float | None = None, seed: int = 1, dx: float = 0.0) -> float:  # fmt: skip
    xr = pg.w - 25 if xr is None else xr
    wm = max(width_mm(org, ctx.body, size), width_mm(date, ctx.body, size))
    cx = xr - wm / 2
    pg.text(cx, y, org, size, ctx.body, "c")
    pg.text(cx, y + size * 0.3528 * 1.9, date, size, ctx.body, "c")
    if seal:
        pg.seal(cx + dx, y + 3, 18, org[:16], seed)
    return y + size * 0.3528 * 4


def phone_frame(pg: Page, ctx: Ctx, title: str, clock: str) -> float:
    """Status bar and app title bar of a phone screenshot; returns the content top."""
    pg.rect(0, 0, pg.w, 9, 0, fill=(245, 245, 245))
    pg.text(4, 2.2, clock, 8, ctx.body)
    pg.text(pg.w - 4, 2.2, "5G  78%", 8, ctx.body, "r")
    pg.rect(0, 9, pg.w, 21, 0, fill=(38, 110, 200))
    pg.text(5, 12.5, "<", 11, ctx.body, "l", (255, 255, 255))
    pg.text(pg.w / 2, 12.3, title, 11, ctx.bold, "c", (255, 255, 255))
    return 26.0


def redline(pg: Page, y: float, x0: float = 20, x1: float | None = None) -> None:
    pg.line(x0, y, pg.w - 20 if x1 is None else x1, y, 0.9, RED)
