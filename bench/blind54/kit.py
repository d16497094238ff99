"""Draw 54's drawing helpers: date wording, fitted text, seals, tables and the claim/city of a document."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import PT_MM, Page, width_mm
from bench.blind54.pools import (
    CN_DIGITS,
    FAMILIES,
    YANTAI,
    YIYANG,
    City,
    Ctx,
    Profession,
    city_key,
    professions_for,
)

# ---- dates ---------------------------------------------------------------------------------------
DAY_STYLES = ("cn", "cn0", "dot", "dash", "slash", "num")
MONTH_STYLES = ("cn", "num", "dot")
RANGE_STYLES = ("cn_to", "cn_dash", "dot_dash", "cn_full", "num_to", "dash_to")


def cn_num(n: int) -> str:
    """十, 十二, 二十三 …: Chinese numerals for a month or day."""
    if n < 10:
        return CN_DIGITS[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIGITS[t]) + "十" + ("" if u == 0 else CN_DIGITS[u])


def cn_year(y: int) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(y))


def fdate(d: dt.date, style: str) -> str:
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
    return f"{cn_year(d.year)}年{cn_num(d.month)}月{cn_num(d.day)}日"


def fmonth(y: int, m: int, style: str) -> str:
    if style == "cn":
        return f"{y}年{m}月"
    if style == "num":
        return f"{cn_year(y)}年{cn_num(m)}月"
    return f"{y}.{m:02d}"


def frange(a: dt.date, b: dt.date, style: str) -> str:
    if a == b:
        return fdate(a, "num" if style == "num_to" else "cn")
    same_m = (a.year, a.month) == (b.year, b.month)
    if style == "cn_to":
        tail = f"{b.day}日" if same_m else f"{b.month}月{b.day}日"
        return (
            f"{a.year}年{a.month}月{a.day}日至{tail}"
            if a.year == b.year
            else f"{fdate(a, 'cn')}至{fdate(b, 'cn')}"
        )
    if style == "cn_dash":
        tail = f"{b.day}日" if same_m else f"{b.month}月{b.day}日"
        return (
            f"{a.year}年{a.month}月{a.day}日—{tail}"
            if a.year == b.year
            else f"{fdate(a, 'cn')}—{fdate(b, 'cn')}"
        )
    if style == "dot_dash":
        return f"{fdate(a, 'dot')}-{fdate(b, 'dot')}"
    if style == "cn_full":
        return f"{fdate(a, 'cn')}至{fdate(b, 'cn')}"
    if style == "num_to":
        return f"{fdate(a, 'num')}至{fdate(b, 'num')}"
    return f"{a.isoformat()} 至 {b.isoformat()}"


def date_forms(iso: str) -> set[str]:
    """Every way this draw may print a truth date (day or month-only)."""
    if len(iso) == 7:
        y, m = int(iso[:4]), int(iso[5:])
        return {fmonth(y, m, s) for s in MONTH_STYLES} | {f"{y}年{m:02d}月"}
    d = dt.date.fromisoformat(iso)
    return {fdate(d, s) for s in DAY_STYLES}


def range_forms(a: str, b: str) -> set[str]:
    if len(a) != 10 or len(b) != 10:
        return set()
    da, db = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return {frange(da, db, s).replace(" ", "") for s in RANGE_STYLES}


def rand_date(ctx: Ctx, year: int, months: tuple[int, int] = (1, 12)) -> dt.date:
    m = ctx.rng.randint(*months)
    return dt.date(year, m, ctx.rng.randint(1, 28))


def later(d: dt.date, lo: int, hi: int, ctx: Ctx) -> dt.date:
    return d + dt.timedelta(days=ctx.rng.randint(lo, hi))


# ---- the document's world ------------------------------------------------------------------------
@dataclass
class World:
    """The city, year and trade of one document, and the claim it will support."""

    city: City
    year: int
    prof: Profession

    @property
    def key(self) -> str:
        return city_key(self.city)

    def claim(self, person: str, year: int | None = None) -> dict[str, Any]:
        return {"policy": self.city.policy, "person": person, "year": year or self.year}

    def unit(self, ctx: Ctx) -> str:
        return ctx.rng.choice(self.prof.units[self.key])

    def county(self, ctx: Ctx) -> str:
        return ctx.rng.choice(self.city.counties)


def world(ctx: Ctx, need: str | None = None) -> World:
    """Pick a city (alternating with k, shuffled by the seed's offset), a year of its range and a trade
    that has `need` (a Profession attribute that must be non-empty)."""
    city = (YANTAI, YIYANG)[(ctx.k + ctx.offset // 2) % 2 if ctx.rng.random() < 0.8 else ctx.rng.randrange(2)]
    profs = [p for p in professions_for(city) if not need or getattr(p, need)]
    prof = ctx.rng.choice(profs)
    ctx.used.append(f"t54.prof={prof.key}")
    return World(city, ctx.rng.choice(city.years), prof)


def doc(
    etype: str,
    variant: str,
    pages: list[Page],
    fields: dict[str, Any],
    scored: list[str],
    claim: dict[str, Any],
    category: str | None = None,
) -> Doc:
    return Doc(etype, f"{FAMILIES[etype]}-{variant}", pages, fields, scored, claim, stated_category(pages))


PUBLIC_WORDS = re.compile("公需科目|公需课")
PROFESSIONAL_WORDS = re.compile("专业科目|专业课")


def stated_category(pages: list[Page]) -> str | None:
    """public / professional where the pages print exactly one of the two category words, else None."""
    text = "".join(op[3] for pg in pages for op in pg.ops if op[0] == "text").replace(" ", "")
    pub, pro = bool(PUBLIC_WORDS.search(text)), bool(PROFESSIONAL_WORDS.search(text))
    return "public" if pub and not pro else "professional" if pro and not pub else None


def period(a: dt.date, b: dt.date) -> dict[str, str]:
    return {"start": a.isoformat(), "end": b.isoformat()}


# ---- drawing ---------------------------------------------------------------------------------------
def put(
    pg: Page,
    x: float,
    y: float,
    s: str,
    size: float,
    font: str,
    align: str = "l",
    color: tuple[int, int, int] = (20, 20, 20),
    margin: float = 8.0,
) -> float:
    """Text shrunk, if need be, to fit between the page margins; returns its width."""
    if align == "c":
        room = 2 * min(x - margin, pg.w - margin - x)
    elif align == "r":
        room = x - margin
    else:
        room = pg.w - margin - x
    w = width_mm(s, font, size)
    if w > room > 0:
        size = size * room / w * 0.98
    return pg.text(x, y, s, size, font, align, color)


def lh(size: float, lead: float = 1.7) -> float:
    return size * PT_MM * lead


def para(
    pg: Page, ctx: Ctx, x: float, y: float, width: float, s: str, size: float, indent: bool = True
) -> float:
    return pg.wrap(
        x, y, width, s, size, ctx.body, 1.75, 2 * width_mm("国", ctx.body, size) if indent else 0.0
    )


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:16], ctx.rng.randrange(10**6))


def sign(
    pg: Page, ctx: Ctx, issuer: str, date_s: str, y: float, size: float = 12.5, xr: float | None = None,
    stamp: bool = True, extra: list[str] | None = None,
) -> float:  # fmt: skip
    """Issuer (with an optional 盖章 note) and date right-aligned as a centred block, sealed."""
    lines = [issuer] + (extra or []) + [date_s]
    xr = pg.w - 22 if xr is None else xr
    wmax = max(width_mm(s, ctx.body, size) for s in lines)
    cx = max(xr - wmax / 2, wmax / 2 + 10)
    yy = y
    for s in lines:
        put(pg, cx, yy, s, size, ctx.body, "c")
        yy += lh(size, 1.9)
    if stamp:
        seal(pg, ctx, cx, y + 5, issuer)
    return yy


def table(
    pg: Page, ctx: Ctx, x: float, y: float, widths: list[float], rows: list[list[str]], size: float,
    row_h: float = 8.5, fonts: dict[int, str] | None = None,
) -> float:  # fmt: skip
    return pg.table(x, y, widths, rows, size, ctx.body, row_h, fonts, ctx.bold)


def qr(pg: Page, ctx: Ctx, x: float, y: float, s: float = 22.0) -> None:
    """A QR-like block of random modules with three finder squares."""
    n = 21
    c = s / n
    pg.rect(x, y, x + s, y + s, 0.2, (40, 40, 40))
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                edge = (
                    i % (n - 7) in (0, 6)
                    or j % (n - 7) in (0, 6)
                    or (2 <= i % (n - 7) <= 4 and 2 <= j % (n - 7) <= 4)
                )
                on = edge
            else:
                on = ctx.rng.random() < 0.45
            if on:
                pg.rect(x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c, 0, (20, 20, 20), (20, 20, 20))


def border(pg: Page, ctx: Ctx, style: int, color: tuple[int, int, int] = (160, 40, 40)) -> None:
    m = 9.0
    if style == 0:
        return
    if style == 1:
        pg.rect(m, m, pg.w - m, pg.h - m, 0.6, (60, 60, 60))
    elif style == 2:
        pg.rect(m, m, pg.w - m, pg.h - m, 1.6, color)
        pg.rect(m + 2.5, m + 2.5, pg.w - m - 2.5, pg.h - m - 2.5, 0.35, color)
    else:
        pg.rect(m, m, pg.w - m, pg.h - m, 0, color, (250, 244, 228))
        pg.rect(m + 4, m + 4, pg.w - m - 4, pg.h - m - 4, 0.8, (180, 140, 60))
        for cx, cy in (
            (m + 4, m + 4),
            (pg.w - m - 4, m + 4),
            (m + 4, pg.h - m - 4),
            (pg.w - m - 4, pg.h - m - 4),
        ):
            pg.rect(cx - 2.5, cy - 2.5, cx + 2.5, cy + 2.5, 0.5, (180, 140, 60), (180, 140, 60))


def spaced(s: str) -> str:
    return " ".join(s) if len(s) <= 5 else s


def hours_text(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else str(h)


def wrap_words(
    pg: Page, x: float, y: float, width: float, s: str, size: float, font: str, lead: float = 1.5
) -> float:
    """Flow English text by words; returns the y below it."""
    cur = ""
    for word in s.split(" "):
        trial = f"{cur} {word}".strip()
        if cur and width_mm(trial, font, size) > width:
            pg.text(x, y, cur, size, font)
            y += lh(size, lead)
            cur = word
        else:
            cur = trial
    if cur:
        pg.text(x, y, cur, size, font)
        y += lh(size, lead)
    return y
