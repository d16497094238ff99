"""Draw 9's layout helpers: borders, headings, seals with signatures, QR-like codes, photo boxes, red heads."""

from __future__ import annotations

import random

from bench.blind.page import Page, width_mm
from bench.blind9.pools import Ctx

RED = (190, 30, 30)
GOLD = (160, 120, 40)
MM = 0.3528


def border(pg: Page, style: int, color: tuple[int, int, int] = GOLD) -> None:
    m = 9.0
    if style == 1:
        pg.rect(m, m, pg.w - m, pg.h - m, 0.6, color)
    elif style == 2:
        pg.rect(m, m, pg.w - m, pg.h - m, 1.6, color)
        pg.rect(m + 3.5, m + 3.5, pg.w - m - 3.5, pg.h - m - 3.5, 0.35, color)
    elif style == 3:
        pg.rect(m, m, pg.w - m, pg.h - m, 0.4, color)
        for x, y in ((m, m), (pg.w - m - 12, m), (m, pg.h - m - 12), (pg.w - m - 12, pg.h - m - 12)):
            pg.rect(x, y, x + 12, y + 12, 0.0, color, color)


def title(pg: Page, ctx: Ctx, s: str, y: float, size: float = 24.0, spread: bool = False,
          color: tuple[int, int, int] = (20, 20, 20)) -> float:  # fmt: skip
    if spread and len(s) <= 5:
        s = "  ".join(s)
    pg.text(pg.w / 2, y, s, size, ctx.bold, "c", color)
    return y + size * MM * 1.8


def para(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float = 12.0, lead: float = 1.8,
         indent: bool = True) -> float:  # fmt: skip
    return pg.wrap(x, y, w, s, size, ctx.body, lead, indent=size * MM * 2 if indent else 0.0)


def signoff(pg: Page, ctx: Ctx, lines: list[str], y: float, xr: float | None = None, size: float = 12.0,
            seal: str | None = None, seed: int = 0) -> float:  # fmt: skip
    """Right-hand issuer block with a seal over it; returns the y below."""
    xr = pg.w - 25 if xr is None else xr
    wmax = max(width_mm(s, ctx.body, size) for s in lines)
    cx = xr - wmax / 2
    yy = y
    for s in lines:
        pg.text(cx, yy, s, size, ctx.body, "c")
        yy += size * MM * 1.9
    if seal:
        pg.seal(cx, (y + yy) / 2 - 2, 20, seal[:18], seed)
    return yy


def qr(pg: Page, x: float, y: float, size: float, rng: random.Random) -> None:
    n = 21
    c = size / n
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if corner:
                ii, jj = i % 14 if i < 7 else i - (n - 7), j if j < 7 else j - (n - 7)
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rng.random() < 0.5
            if on:
                pg.rect(x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c, 0.0, (0, 0, 0), (0, 0, 0))


def photo(pg: Page, x: float, y: float, w: float = 25.0, h: float = 35.0) -> None:
    pg.rect(x, y, x + w, y + h, 0.3, (120, 120, 120), (200, 215, 235))
    cx = x + w / 2
    pg.rect(cx - w * 0.18, y + h * 0.2, cx + w * 0.18, y + h * 0.55, 0.0, (90, 90, 100), (90, 90, 100))
    pg.rect(x + w * 0.15, y + h * 0.62, x + w * 0.85, y + h, 0.0, (60, 60, 80), (60, 60, 80))


def redhead(pg: Page, ctx: Ctx, org: str, y: float = 22.0) -> float:
    size = 30.0 if len(org) <= 12 else 24.0
    pg.text(pg.w / 2, y, org, size, ctx.bold, "c", RED)
    return y + size * MM * 1.6


def red_rule(pg: Page, y: float, star: bool = False) -> None:
    pg.line(22, y, pg.w - 22, y, 0.9, RED)
    if star:
        pg.line(22, y + 1.2, pg.w - 22, y + 1.2, 0.3, RED)


def fields(pg: Page, ctx: Ctx, x: float, y: float, pairs: list[tuple[str, str]], size: float = 12.0,
           lab_w: float | None = None, gap: float = 2.3, rule: bool = False) -> float:  # fmt: skip
    lh = size * MM * gap
    for lab, val in pairs:
        if lab_w is None:
            pg.text(x, y, f"{lab}{val}", size, ctx.body)
        else:
            pg.text(x, y, lab, size, ctx.body)
            pg.text(x + lab_w, y, val, size, ctx.body)
            if rule:
                yy = y + size * MM * 1.3
                pg.line(x + lab_w - 1, yy, x + lab_w + max(40, width_mm(val, ctx.body, size) + 4), yy, 0.2)
        y += lh
    return y


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 15.0, align: str = "l",
         color: tuple[int, int, int] = (25, 35, 110)) -> float:  # fmt: skip
    return pg.text(x, y, s, size, ctx.hand, align, color)
