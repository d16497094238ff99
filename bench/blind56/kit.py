"""Draw 56 drawing helpers: dates, the city a document belongs to, and recurring blocks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.page import Page, width_mm
from bench.blind56.pools import CITIES, PROFESSIONS, Ctx

HZ = "〇一二三四五六七八九"


def hz_num(n: int) -> str:
    if n < 10:
        return HZ[n]
    if n < 20:
        return "十" + (HZ[n % 10] if n % 10 else "")
    return HZ[n // 10] + "十" + (HZ[n % 10] if n % 10 else "")


def hz_year(y: int) -> str:
    return "".join(HZ[int(c)] for c in str(y))


def fdate(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{d.year}年{d.month}月{d.day}日"
    if style == 1:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == 2:
        return f"{hz_year(d.year)}年{hz_num(d.month)}月{hz_num(d.day)}日"
    if style == 3:
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    return f"{d.year}-{d.month:02d}-{d.day:02d}"


def fmonth(y: int, m: int, style: int = 0) -> str:
    return f"{hz_year(y)}年{hz_num(m)}月" if style == 2 else f"{y}年{m}月"


def all_forms(iso: str) -> list[str]:
    y, m = int(iso[:4]), int(iso[5:7])
    if len(iso) == 7:
        return [fmonth(y, m, 0), fmonth(y, m, 2), f"{y}.{m:02d}", f"{y}年{m:02d}月"]
    d = dt.date.fromisoformat(iso)
    return [fdate(d, s) for s in range(5)] + [f"{d.year}年{d.month}月{d.day}", f"{d.month}月{d.day}日"]


def setting(ctx: Ctx) -> dict[str, Any]:
    pol = ctx.pick("city", list(CITIES))
    c = CITIES[pol]
    year = ctx.rng.randint(*c["years"])
    prof = ctx.pick("prof", PROFESSIONS)
    county = ctx.rng.choice(c["counties"])
    if pol == "yantai-2020" and county == "蓬莱区":
        county = "蓬莱区" if year >= 2020 else "蓬莱市"
    return {"policy": pol, "city": c["city"], "hrss": c["hrss"], "year": year, "prof": prof, "county": county,
            "wh": c["wh"]}  # fmt: skip


def rdate(ctx: Ctx, year: int, lo: int = 1, hi: int = 12) -> dt.date:
    return dt.date(year, ctx.rng.randint(lo, hi), ctx.rng.randint(1, 28))


def fit(pg: Page, x: float, y: float, s: str, size: float, font: str, maxw: float, align: str = "l") -> float:
    """Text shrunk until it fits maxw mm."""
    while width_mm(s, font, size) > maxw and size > 6:
        size -= 0.5
    pg.text(x, y, s, size, font, align)
    return size


def para(pg: Page, ctx: Ctx, y: float, s: str, size: float = 12.0, x: float = 25.0) -> float:
    return pg.wrap(x, y, pg.w - 2 * x, s, size, ctx.body, 1.7, size * 0.3528 * 2)


def claim(st: dict[str, Any], person: str, year: int | None = None) -> dict[str, Any]:
    return {"policy": st["policy"], "person": person, "year": year or st["year"]}
