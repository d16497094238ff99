"""Draw 55's drawing and wording helpers: dates as printed, fitted text, frames, seals, QR-like blocks."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind55.pools import FAMILIES, Ctx

HAN = "〇一二三四五六七八九"
PT = 0.3528


def han_num(n: int) -> str:
    if n < 10:
        return HAN[n]
    if n < 20:
        return "十" + (HAN[n % 10] if n % 10 else "")
    return HAN[n // 10] + "十" + (HAN[n % 10] if n % 10 else "")


def han_year(y: int) -> str:
    return "".join(HAN[int(c)] for c in str(y))


def dstr(d: date, style: str) -> str:
    """A full date in one printed style."""
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "han":
        return f"{han_year(d.year)}年{han_num(d.month)}月{han_num(d.day)}日"
    raise ValueError(style)


def mstr(y: int, m: int, style: str) -> str:
    """A month-only date."""
    return {"cn": f"{y}年{m}月", "han": f"{han_year(y)}年{han_num(m)}月", "dot": f"{y}.{m:02d}",
            "cn0": f"{y}年{m:02d}月"}[style]  # fmt: skip


def span(a: date, b: date, style: str) -> str:
    """A period as printed; the end may drop its year when the style allows."""
    if style == "cn_short" and a.year == b.year:
        return f"{dstr(a, 'cn')}至{b.month}月{b.day}日"
    if style == "cn_dash" and a.year == b.year:
        return f"{dstr(a, 'cn')}—{b.month}月{b.day}日"
    if style == "dot":
        return f"{dstr(a, 'dot')}—{dstr(b, 'dot')}"
    if style == "han":
        return f"{dstr(a, 'han')}至{dstr(b, 'han')}"
    return f"{dstr(a, 'cn')}至{dstr(b, 'cn')}"


def iso(d: date) -> str:
    return d.isoformat()


# ---- text -------------------------------------------------------------------------------------
def fit(pg: Page, x: float, y: float, s: str, size: float, font: str, maxw: float, align: str = "l",
        color: tuple[int, int, int] = (20, 20, 20)) -> float:  # fmt: skip
    """Text shrunk until it is at most `maxw` mm wide; returns the size used."""
    while size > 5 and width_mm(s, font, size) > maxw:
        size -= 0.5
    pg.text(x, y, s, size, font, align, color)
    return size


def centre(pg: Page, y: float, s: str, size: float, font: str, margin: float = 22.0,
           color: tuple[int, int, int] = (20, 20, 20)) -> float:  # fmt: skip
    """A centred line fitted between the margins; returns the y below it."""
    used = fit(pg, pg.w / 2, y, s, size, font, pg.w - 2 * margin, "c", color)
    return y + used * PT * 1.7


def para(pg: Page, ctx: Ctx, x: float, y: float, width: float, s: str, size: float = 12.0,
         lead: float = 1.75, indent: bool = True) -> float:  # fmt: skip
    """A paragraph with a two-character first-line indent."""
    ind = width_mm("国国", ctx.body, size) if indent else 0.0
    return pg.wrap(x, y, width, s, size, ctx.body, lead=lead, indent=ind)


def frame(pg: Page, style: int, color: tuple[int, int, int] = (160, 40, 40)) -> None:
    m = 9.0
    if style == 1:
        pg.rect(m, m, pg.w - m, pg.h - m, 0.6)
    elif style == 2:
        pg.rect(m, m, pg.w - m, pg.h - m, 1.6, color)
        pg.rect(m + 3.5, m + 3.5, pg.w - m - 3.5, pg.h - m - 3.5, 0.4, color)
    elif style == 3:
        for i in range(4):
            pg.rect(m + i * 1.2, m + i * 1.2, pg.w - m - i * 1.2, pg.h - m - i * 1.2, 0.3, (180, 140, 60))


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 18.0) -> None:
    pg.seal(cx, cy, r, org[:16], ctx.rng.randrange(10_000))


def sign(pg: Page, ctx: Ctx, lines: list[str], y: float, xr: float | None = None, size: float = 12.5,
         stamp: str | None = None) -> float:  # fmt: skip
    """Issuer lines and a date, centred on a column near the right edge, a seal over the first line."""
    xr = pg.w - 24 if xr is None else xr
    wmax = max(width_mm(s, ctx.body, size) for s in lines)
    cx = xr - wmax / 2
    yy = y
    for s in lines:
        pg.text(cx, yy, s, size, ctx.body, "c")
        yy += size * PT * 1.9
    if stamp:
        seal(pg, ctx, cx, y + 5, stamp)
    return yy


def qr(pg: Page, rng: random.Random, x: float, y: float, side: float = 22.0, n: int = 21) -> None:
    """A QR-like block: three finder squares and a random module field."""
    cell = side / n
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        pg.rect(x + fx * cell, y + fy * cell, x + (fx + 7) * cell, y + (fy + 7) * cell, 0.0, fill=(0, 0, 0))
        pg.rect(x + (fx + 1) * cell, y + (fy + 1) * cell, x + (fx + 6) * cell, y + (fy + 6) * cell, 0.0,
                fill=(255, 255, 255))  # fmt: skip
        pg.rect(x + (fx + 2) * cell, y + (fy + 2) * cell, x + (fx + 5) * cell, y + (fy + 5) * cell, 0.0,
                fill=(0, 0, 0))  # fmt: skip
    for i in range(n):
        for j in range(n):
            if (i < 8 and j < 8) or (i >= n - 8 and j < 8) or (i < 8 and j >= n - 8):
                continue
            if rng.random() < 0.45:
                pg.rect(
                    x + i * cell, y + j * cell, x + (i + 1) * cell, y + (j + 1) * cell, 0.0, fill=(0, 0, 0)
                )


def serial(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def doc(ctx: Ctx, etype: str, variant: str, pages: list[Page], fields: dict[str, Any], scored: list[str],
        claim: dict[str, Any], category: str | None = None) -> Doc:  # fmt: skip
    return Doc(etype, f"{FAMILIES[etype]}-{variant}", pages, fields, scored, claim, category)


def claim(city: Any, person: str, year: int) -> dict[str, Any]:
    return {"policy": city.policy, "person": person, "year": year}


def landscape() -> Page:
    return Page(w=297.0, h=210.0)


def tone(ctx: Ctx) -> tuple[int, int, int]:
    return ctx.rng.choice(((255, 255, 255), (253, 250, 240), (250, 246, 236), (255, 253, 248)))
