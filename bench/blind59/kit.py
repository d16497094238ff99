"""Shared drawing and dating helpers of draw 59."""

from __future__ import annotations

import datetime as dt
import random

from bench.blind.doc import frame, heading, sign_block
from bench.blind.page import Page, width_mm
from bench.blind59.pools import CITIES, PROFESSIONS, Ctx

CN_DIGIT = "〇一二三四五六七八九"

__all__ = ["Page", "frame", "heading", "sign_block", "width_mm"]


def cn_num(n: int) -> str:
    if n < 10:
        return CN_DIGIT[n] if n else "〇"
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIGIT[t]) + "十" + (CN_DIGIT[u] if u else "")


def cn_year(y: int) -> str:
    return "".join(CN_DIGIT[int(c)] for c in str(y))


def fmt(d: dt.date, style: str) -> str:
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "dash":
        return d.isoformat()
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "num":
        return f"{cn_year(d.year)}年{cn_num(d.month)}月{cn_num(d.day)}日"
    raise ValueError(style)


def fmt_month(y: int, m: int, style: str) -> str:
    if style == "num":
        return f"{cn_year(y)}年{cn_num(m)}月"
    return f"{y}年{m}月" if style != "cn0" else f"{y}年{m:02d}月"


def all_forms(iso: str) -> list[str]:
    """Every printed form of an ISO date or month that check.py accepts."""
    p = [int(x) for x in iso.split("-")]
    if len(p) == 2:
        return [fmt_month(p[0], p[1], s) for s in ("cn", "cn0", "num")] + [
            f"{p[0]}.{p[1]:02d}",
            f"{p[0]}-{p[1]:02d}",
        ]
    d = dt.date(*p)
    return [fmt(d, s) for s in ("cn", "cn0", "dash", "dot", "num")] + [
        f"{d.year}年{d.month}月{d.day}",
        f"{d.month}月{d.day}日",
        f"{d.month:02d}月{d.day:02d}日",
    ]


def pick_city(ctx: Ctx) -> str:
    return "kaifeng" if (ctx.k + ctx.offset // 7) % 2 == 0 else "yiyang"


def profession(ctx: Ctx, city: str) -> tuple:
    ps = [p for p in PROFESSIONS if p[0] == city]
    return ctx.rng.choice(ps)


def rand_date(rng: random.Random, year: int) -> dt.date:
    return dt.date(year, rng.randint(1, 12), rng.randint(1, 28))


def year_of(ctx: Ctx, city: str) -> int:
    return ctx.rng.choice(CITIES[city]["years"])


def datestyle(ctx: Ctx) -> str:
    return ctx.rng.choice(("cn", "cn", "cn0", "num", "dash", "dot"))


def county_body(ctx: Ctx, city: str, suffix: str) -> str:
    return ctx.rng.choice(CITIES[city]["counties"]) + suffix


def fit(pg: Page, x: float, y: float, s: str, size: float, font: str, maxw: float, align: str = "l") -> float:
    """Text shrunk until it fits `maxw` mm."""
    while width_mm(s, font, size) > maxw and size > 6:
        size -= 0.5
    pg.text(x, y, s, size, font, align)
    return size


def wrap(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float, indent: bool = True) -> float:
    return pg.wrap(x, y, w, s, size, ctx.body, 1.7, size * 0.3528 * 2 if indent else 0.0)


def qr(pg: Page, x: float, y: float, s: float, rng: random.Random) -> None:
    """A verification block that looks like a QR code."""
    n = 21
    c = s / n
    pg.rect(x, y, x + s, y + s, 0.2)
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if corner:
                on = (
                    i in (0, 6, n - 7, n - 1)
                    or j in (0, 6, n - 7, n - 1)
                    or (2 <= i % (n - 7) <= 4 and 2 <= j % (n - 7) <= 4)
                )
            else:
                on = rng.random() < 0.45
            if on:
                pg.rect(x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c, 0, fill=(20, 20, 20))
