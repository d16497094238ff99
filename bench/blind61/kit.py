"""Helpers of blind draw 61: people, dates in printed forms (Chinese numerals too), claims, layouts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind61.pools import CITIES, GIVEN, PROFS, SHORT, SURNAMES, VARIANTS, Ctx

CN_DIGIT = "〇一二三四五六七八九"
STYLES = ("cn", "cn0", "dot", "dash", "slash", "pad")


def cn_num(n: int) -> str:
    if n < 10:
        return CN_DIGIT[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else CN_DIGIT[t]) + "十" + (CN_DIGIT[o] if o else "")


def fmt_date(d: dt.date, style: str) -> str:
    if style == "cn0":
        return "".join(CN_DIGIT[int(c)] for c in str(d.year)) + f"年{cn_num(d.month)}月{cn_num(d.day)}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash":
        return f"{d.year}-{d.month}-{d.day}"
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "pad":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    return f"{d.year}年{d.month}月{d.day}日"


def date_forms(iso: str) -> list[str]:
    """Every printed form this draw may use for an ISO date or a YYYY-MM month."""
    if len(iso) == 7:
        y, m = int(iso[:4]), int(iso[5:])
        yc = "".join(CN_DIGIT[int(c)] for c in str(y))
        return [f"{y}年{m}月", f"{y}年{m:02d}月", f"{yc}年{cn_num(m)}月", f"{y}.{m:02d}"]
    d = dt.date.fromisoformat(iso)
    return [fmt_date(d, s) for s in STYLES] + [f"{d.month}月{d.day}日"]


def name(ctx: Ctx, avoid: set[str] | None = None) -> str:
    avoid = avoid if avoid is not None else set()
    while True:
        n = ctx.rng.choice(SURNAMES) + ctx.rng.choice(GIVEN)
        if ctx.rng.random() < 0.25:
            n = n[:2]
        if n not in avoid:
            avoid.add(n)
            return n


def names(ctx: Ctx, n: int) -> list[str]:
    seen: set[str] = set()
    return [name(ctx, seen) for _ in range(n)]


def variant(ctx: Ctx, etype: str) -> tuple[str, str]:
    vs = VARIANTS[f"t61.layout.{etype}"]
    v = vs[(ctx.k + ctx.offset) % len(vs)]
    ctx.used.append(f"t61.layout.{etype}.{v}")
    return v, f"{SHORT[etype]}61-{v}"


def city(ctx: Ctx) -> dict[str, Any]:
    return CITIES[ctx.rng.choice(sorted(CITIES))]


def prof(ctx: Ctx) -> tuple[str, dict[str, Any]]:
    key = ctx.rng.choice(sorted(PROFS))
    return key, PROFS[key]


def day(ctx: Ctx, year: int, lo: int = 1, hi: int = 12) -> dt.date:
    return dt.date(year, ctx.rng.randint(lo, hi), ctx.rng.randint(1, 28))


def style(ctx: Ctx) -> str:
    s = ctx.rng.choice(STYLES)
    ctx.used.append(f"t61.date.{s}")
    return s


def claim(c: dict[str, Any], person: str, year: int) -> dict[str, Any]:
    return {"policy": c["policy"], "person": person, "year": year}


def local_body(ctx: Ctx, c: dict[str, Any], p: dict[str, Any]) -> str:
    """A city or county bureau of the profession's line."""
    if ctx.rng.random() < 0.5:
        return c["city"] + p["dept"]
    return ctx.rng.choice(c["counties"]) + p["dept"]


def cert_no(ctx: Ctx, c: dict[str, Any], prefix: str) -> str:
    head = "DZ" if c["city"] == "德州市" else "YY"
    return f"{head}{prefix}{c['year']}{ctx.rng.randint(10000, 99999)}"
