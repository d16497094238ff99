"""Drawing pieces draw 16's layouts share: headings, seals, handwriting, QR squares, photo boxes, phone chrome."""

from __future__ import annotations

import random

from bench.blind.page import Page, width_mm
from bench.blind16.pools import Ctx

BLACK = (25, 25, 25)
GREY = (110, 110, 110)
RED = (180, 30, 30)
BLUE_INK = (30, 50, 140)
GOLD = (160, 120, 50)
PT = 25.4 / 72


def lh(size: float, lead: float = 1.7) -> float:
    return size * PT * lead


def bold(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float, align: str = "c", color=BLACK) -> float:
    pg.text(x, y, s, size, ctx.bold, align, color)
    return y + lh(size)


def body(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float, align: str = "l", color=BLACK) -> float:
    pg.text(x, y, s, size, ctx.body, align, color)
    return y + lh(size)


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 13, color=BLUE_INK, align="l") -> None:
    pg.text(x, y, s, size, ctx.hand, align, color)


def para(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float, indent: bool = True) -> float:
    return pg.wrap(x, y, w, s, size, ctx.body, 1.75, size * PT * 2 if indent else 0.0)


def spread(pg: Page, ctx: Ctx, y: float, s: str, size: float, font: str | None = None, color=BLACK) -> float:
    """A short heading with its characters spaced out, centred."""
    f = font or ctx.bold
    gap = size * PT * 0.9
    total = sum(width_mm(ch, f, size) for ch in s) + gap * (len(s) - 1)
    x = pg.w / 2 - total / 2
    for ch in s:
        x += pg.text(x, y, ch, size, f, "l", color) + gap
    return y + lh(size, 1.9)


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:18], ctx.seed())


def qr(pg: Page, x: float, y: float, size: float, rng: random.Random, n: int = 17) -> None:
    """A square of random modules with three finder boxes, like a verification code."""
    c = size / n
    fill = (20, 20, 20)
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        pg.rect(x + fx * c, y + fy * c, x + (fx + 7) * c, y + (fy + 7) * c, c, fill)
        pg.rect(x + (fx + 2) * c, y + (fy + 2) * c, x + (fx + 5) * c, y + (fy + 5) * c, 0, fill, fill)
    for i in range(n):
        for j in range(n):
            if (i < 8 and j < 8) or (i > n - 9 and j < 8) or (i < 8 and j > n - 9):
                continue
            if rng.random() < 0.45:
                pg.rect(x + i * c, y + j * c, x + (i + 1) * c, y + (j + 1) * c, 0, fill, fill)


def photo(pg: Page, x: float, y: float, w: float = 25.0, h: float = 35.0) -> None:
    """A passport photo: pale backdrop, head and shoulders."""
    pg.rect(x, y, x + w, y + h, 0.3, (120, 120, 120), (196, 214, 236))
    cx = x + w / 2
    pg.rect(cx - w * 0.18, y + h * 0.18, cx + w * 0.18, y + h * 0.52, 0, (0, 0, 0), (225, 196, 170))
    pg.rect(cx - w * 0.2, y + h * 0.12, cx + w * 0.2, y + h * 0.24, 0, (0, 0, 0), (40, 35, 35))
    pg.rect(x + w * 0.12, y + h * 0.6, x + w * 0.88, y + h, 0, (0, 0, 0), (45, 50, 70))


def border(pg: Page, kind: str) -> None:
    m = 8.0
    if kind == "gold":
        pg.rect(m, m, pg.w - m, pg.h - m, 1.6, GOLD)
        pg.rect(m + 2.5, m + 2.5, pg.w - m - 2.5, pg.h - m - 2.5, 0.4, GOLD)
    elif kind == "red":
        pg.rect(m, m, pg.w - m, pg.h - m, 3.0, (165, 35, 35))
    elif kind == "green":
        pg.rect(m, m, pg.w - m, pg.h - m, 1.0, (40, 110, 70))
        pg.rect(m + 1.6, m + 1.6, pg.w - m - 1.6, pg.h - m - 1.6, 2.2, (40, 110, 70))
    elif kind == "thin":
        pg.rect(m, m, pg.w - m, pg.h - m, 0.4)


def status_bar(pg: Page, ctx: Ctx, clock: str) -> float:
    """Phone chrome: the clock and signal line, then returns the y below."""
    pg.rect(0, 0, pg.w, 8, 0, BLACK, (248, 248, 248))
    pg.text(5, 2, clock, 8, ctx.body)
    pg.text(pg.w - 5, 2, "5G  86%", 7.5, ctx.body, "r")
    return 9.0


def title_bar(pg: Page, ctx: Ctx, y: float, s: str, color=(255, 255, 255), fill=(36, 110, 200)) -> float:
    pg.rect(0, y, pg.w, y + 11, 0, fill, fill)
    pg.text(5, y + 3, "〈", 10, ctx.body, "l", color)
    pg.text(pg.w / 2, y + 3, s, 10.5, ctx.bold, "c", color)
    return y + 14


def rule(pg: Page, y: float, x0: float = 15.0, x1: float | None = None, w: float = 0.3, color=BLACK) -> None:
    pg.line(x0, y, pg.w - x0 if x1 is None else x1, y, w, color)


def pairs(
    pg: Page,
    ctx: Ctx,
    x: float,
    y: float,
    rows: list[tuple[str, str]],
    size: float,
    lab_w: float,
    colon: str = "：",
    lead: float = 2.0,
    line_to: float | None = None,
) -> float:
    """Label and value columns; an optional underline under each value (a filled-in form)."""
    for lab, val in rows:
        pg.text(x, y, lab + colon if lab else "", size, ctx.body)
        pg.text(x + lab_w, y, val, size, ctx.body)
        if line_to:
            pg.line(x + lab_w - 1, y + size * PT * 1.3, line_to, y + size * PT * 1.3, 0.2)
        y += lh(size, lead)
    return y
