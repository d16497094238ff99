"""Shared drawing and drawing-of-lots helpers for draw 57's builders."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.page import PT_MM, Page, width_mm
from bench.blind57 import pools as P


def city(ctx: P.Ctx) -> tuple[str, dict[str, Any]]:
    """The audited city this document belongs to (fixed per document)."""
    pol = ("yiyang-2018", "taian-2022")[(ctx.k + ctx.offset // 2 + ctx.rng.randrange(2)) % 2]
    return pol, P.CITIES[pol]


def prof(ctx: P.Ctx) -> tuple:
    return ctx.pick("t57.prof", P.PROFESSIONS)


def bureau(pr: tuple, pol: str) -> str:
    return pr[1] if pol.startswith("yiyang") else pr[2]


def unit(ctx: P.Ctx, pr: tuple, pol: str) -> str:
    return pr[3][0] if pol.startswith("yiyang") else pr[3][1]


def day(ctx: P.Ctx, c: dict[str, Any], year: int | None = None) -> dt.date:
    y = year or ctx.rng.choice(c["years"])
    return dt.date(y, 1, 1) + dt.timedelta(days=ctx.rng.randrange(20, 340))


def iso(d: dt.date) -> str:
    return d.isoformat()


def month(d: dt.date) -> str:
    return f"{d.year}-{d.month:02d}"


def fits(pg: Page, x: float, s: str, size: float, font: str, margin: float = 12.0) -> float:
    """Largest size <= size at which `s` from x fits before the right margin."""
    while size > 7 and x + width_mm(s, font, size) > pg.w - margin:
        size -= 0.5
    return size


def ctext(pg: Page, y: float, s: str, size: float, font: str, color=(20, 20, 20)) -> float:
    while size > 7 and width_mm(s, font, size) > pg.w - 30:
        size -= 0.5
    pg.text(pg.w / 2, y, s, size, font, "c", color)
    return y + size * PT_MM * 1.8


def para(pg: Page, ctx: P.Ctx, x: float, y: float, s: str, size: float, width: float | None = None) -> float:
    return pg.wrap(x, y, width or (pg.w - 2 * x), s, size, ctx.body, 1.7, indent=size * PT_MM * 2)


def border(pg: Page, style: int, color=(160, 40, 40)) -> None:
    m = 9.0
    if style == 1:
        pg.rect(m, m, pg.w - m, pg.h - m, 0.6, (60, 60, 60))
    elif style == 2:
        pg.rect(m, m, pg.w - m, pg.h - m, 1.6, color)
        pg.rect(m + 2.5, m + 2.5, pg.w - m - 2.5, pg.h - m - 2.5, 0.3, color)
    elif style == 3:
        pg.rect(m, m, pg.w - m, m + 8, 0, color, color)
        pg.rect(m, pg.h - m - 8, pg.w - m, pg.h - m, 0, color, color)
    elif style == 4:
        for i in range(3):
            pg.rect(m + i * 1.5, m + i * 1.5, pg.w - m - i * 1.5, pg.h - m - i * 1.5, 0.4, (30, 90, 150))


def sign(
    pg: Page,
    ctx: P.Ctx,
    x_right: float,
    y: float,
    issuer: str,
    date_s: str,
    size: float = 12.5,
    extra: list[str] | None = None,
    seal: bool = True,
) -> float:
    lines = [issuer, *(extra or []), date_s]
    wmax = max(width_mm(s, ctx.body, size) for s in lines)
    cx = min(x_right - wmax / 2, pg.w - 12 - wmax / 2)
    yy = y
    for s in lines:
        pg.text(cx, yy, s, size, ctx.body, "c")
        yy += size * PT_MM * 1.9
    if seal:
        pg.seal(cx, y + 3, 18, issuer[:16], ctx.rng.randrange(10**6))
    return yy


def pairs(
    pg: Page,
    ctx: P.Ctx,
    x: float,
    y: float,
    items: list[tuple[str, str]],
    size: float,
    colon: str = "：",
    lead: float = 2.1,
    label_w: float | None = None,
) -> float:
    for lab, val in items:
        if label_w:
            pg.text(x, y, lab + colon, size, ctx.body)
            s = fits(pg, x + label_w, val, size, ctx.body)
            pg.text(x + label_w, y, val, s, ctx.body)
        else:
            s = fits(pg, x, lab + colon + val, size, ctx.body)
            pg.text(x, y, lab + colon + val, s, ctx.body)
        y += size * PT_MM * lead
    return y


def qr(pg: Page, ctx: P.Ctx, x: float, y: float, s: float = 22.0) -> None:
    """A QR-like verification block (finder squares and random modules)."""
    n = 21
    c = s / n
    pg.rect(x, y, x + s, y + s, 0.2, (0, 0, 0))
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                edge = i in (0, 6, n - 7, n - 1) or j in (0, 6, n - 7, n - 1)
                core = (2 <= i % (n - 7) <= 4 or 2 <= i <= 4) and (2 <= j % (n - 7) <= 4 or 2 <= j <= 4)
                on = edge or core
            else:
                on = ctx.rng.random() < 0.45
            if on:
                pg.rect(x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c, 0, (0, 0, 0), (0, 0, 0))
