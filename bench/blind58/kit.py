"""Draw 58's drawing helpers: dates in the ways Chinese proofs print them, fitted text, seals, QR-like
blocks, frames, and the step that turns a built page set into a Doc with its truth and claim."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import PT_MM, Page, width_mm
from bench.blind58.pools import FAMILIES, VARIANTS, Ctx
from bench.generator.truth import SCORED, get_path

HAN = "〇一二三四五六七八九"


def han_year(y: int) -> str:
    return "".join(HAN[int(c)] for c in str(y))


def han_num(n: int) -> str:
    if n < 10:
        return HAN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else HAN[tens]) + "十" + (HAN[ones] if ones else "")


def variant(ctx: Ctx, etype: str) -> str:
    """Layout variants rotate with k (offset per seed), so every block of documents shows every one."""
    vs = VARIANTS[f"t58.layout.{etype}"]
    return vs[(ctx.k + ctx.offset) % len(vs)]


def day(ctx: Ctx, year: int, m0: int = 2, m1: int = 11) -> dt.date:
    return dt.date(year, ctx.rng.randint(m0, m1), ctx.rng.randint(1, 28))


def later(ctx: Ctx, d: dt.date, lo: int, hi: int) -> dt.date:
    out = d + dt.timedelta(days=ctx.rng.randint(lo, hi))
    return out if out.year == d.year else dt.date(d.year, 12, ctx.rng.randint(20, 30))


def iso(d: dt.date) -> str:
    return d.isoformat()


def ds(d: dt.date, style: str) -> str:
    """A date as printed: cn 2017年6月2日, cn0 2017年06月02日, han 二〇一七年六月二日, dot 2017.06.02, dash."""
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "han":
        return f"{han_year(d.year)}年{han_num(d.month)}月{han_num(d.day)}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash":
        return d.isoformat()
    return f"{d.year}年{d.month}月{d.day}日"


def ms(y: int, m: int, style: str) -> str:
    if style == "han":
        return f"{han_year(y)}年{han_num(m)}月"
    if style == "dot":
        return f"{y}.{m:02d}"
    return f"{y}年{m}月"


def span(d1: dt.date, d2: dt.date, style: str, short_end: bool = False) -> str:
    """A period as printed; short_end prints only the day of the end when the month is the same."""
    if d1 == d2:
        return ds(d1, style)
    if short_end and style == "cn" and (d1.year, d1.month) == (d2.year, d2.month):
        return f"{ds(d1, 'cn')}至{d2.day}日"
    sep = "—" if style in ("dot", "dash") else "至"
    return f"{ds(d1, style)}{sep}{ds(d2, style)}"


def date_style(ctx: Ctx, key: str, styles: tuple[str, ...] = ("cn", "cn0", "han", "dot", "dash")) -> str:
    return ctx.pick(f"date.{key}", styles)


# ---- drawing ----------------------------------------------------------------------------------
def fit(
    pg: Page,
    x: float,
    y: float,
    s: str,
    size: float,
    font: str,
    maxw: float,
    align: str = "l",
    color: tuple[int, int, int] = (20, 20, 20),
) -> float:
    """Text shrunk until it fits maxw mm; returns the size used."""
    while size > 6 and width_mm(s, font, size) > maxw:
        size -= 0.5
    pg.text(x, y, s, size, font, align, color)
    return size


def para(
    pg: Page,
    x: float,
    y: float,
    w: float,
    s: str,
    size: float,
    font: str,
    lead: float = 1.75,
    indent: bool = True,
) -> float:
    return pg.wrap(x, y, w, s, size, font, lead, indent=2 * size * PT_MM if indent else 0.0)


def lh(size: float, lead: float = 1.8) -> float:
    return size * PT_MM * lead


def qr(pg: Page, x: float, y: float, side: float, ctx: Ctx) -> None:
    """A QR-like verification block: finder squares in three corners, random modules elsewhere."""
    n = 25
    c = side / n
    pg.rect(x - 1, y - 1, x + side + 1, y + side + 1, 0.2, (120, 120, 120))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        pg.rect(x + fx * c, y + fy * c, x + (fx + 7) * c, y + (fy + 7) * c, 0, fill=(20, 20, 20))
        pg.rect(
            x + (fx + 1) * c, y + (fy + 1) * c, x + (fx + 6) * c, y + (fy + 6) * c, 0, fill=(255, 255, 255)
        )
        pg.rect(x + (fx + 2) * c, y + (fy + 2) * c, x + (fx + 5) * c, y + (fy + 5) * c, 0, fill=(20, 20, 20))
    for i in range(n):
        for j in range(n):
            if (i < 8 and j < 8) or (i >= n - 8 and j < 8) or (i < 8 and j >= n - 8):
                continue
            if ctx.rng.random() < 0.48:
                pg.rect(x + i * c, y + j * c, x + (i + 1) * c, y + (j + 1) * c, 0, fill=(20, 20, 20))


def border(pg: Page, ctx: Ctx, style: int) -> None:
    m = 9.0
    if style == 1:
        pg.rect(m, m, pg.w - m, pg.h - m, 0.6)
    elif style == 2:
        col = (160, 120, 50)
        pg.rect(m, m, pg.w - m, pg.h - m, 1.6, col)
        pg.rect(m + 2.5, m + 2.5, pg.w - m - 2.5, pg.h - m - 2.5, 0.3, col)
    elif style == 3:
        col = (175, 35, 35)
        pg.rect(m, m, pg.w - m, pg.h - m, 3.0, col)
        for cx, cy in (
            (m + 6, m + 6),
            (pg.w - m - 6, m + 6),
            (m + 6, pg.h - m - 6),
            (pg.w - m - 6, pg.h - m - 6),
        ):
            pg.rect(cx - 2.5, cy - 2.5, cx + 2.5, cy + 2.5, 0.4, col)
    elif style == 4:
        col = (30, 80, 140)
        pg.rect(0, 0, pg.w, 16, 0, fill=(225, 235, 248))
        pg.rect(0, pg.h - 12, pg.w, pg.h, 0, fill=(225, 235, 248))
        pg.line(0, 16, pg.w, 16, 0.8, col)


def seal(pg: Page, cx: float, cy: float, org: str, ctx: Ctx, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:16], ctx.rng.randrange(10**6))


def signoff(
    pg: Page,
    ctx: Ctx,
    lines: list[str],
    y: float,
    size: float,
    xr: float | None = None,
    stamp: str | None = None,
) -> float:
    """Issuer and date lines, centred on a column at the right, with a seal over the issuer."""
    xr = pg.w - 24 if xr is None else xr
    wmax = max(width_mm(s, ctx.body, size) for s in lines)
    cx = xr - wmax / 2
    yy = y
    for s in lines:
        pg.text(cx, yy, s, size, ctx.body, "c")
        yy += lh(size)
    if stamp:
        seal(pg, cx, y + 3, stamp, ctx)
    return yy


def title_block(
    pg: Page,
    ctx: Ctx,
    text: str,
    y: float,
    size: float,
    spaced: bool = False,
    color: tuple[int, int, int] = (20, 20, 20),
) -> float:
    """A centred heading; `|` splits it over two lines."""
    parts = text.split("|")
    for i, ln in enumerate(parts):
        s = "  ".join(ln) if spaced and len(ln) <= 5 else ln
        sz = size * 0.72 if len(parts) > 1 and i < len(parts) - 1 and len(ln) > len(parts[-1]) else size
        fit(pg, pg.w / 2, y, s, sz, ctx.bold, pg.w - 36, "c", color)
        y += lh(sz, 1.6)
    return y


# ---- truth ------------------------------------------------------------------------------------------
def person(name: str, rank: int, role: str) -> dict[str, Any]:
    return {"name": name, "rank": rank, "role": role}


def finish(
    ctx: Ctx,
    etype: str,
    var: str,
    pages: list[Page],
    fields: dict[str, Any],
    who: str,
    year: int,
    category: str | None = None,
    unscored: tuple[str, ...] = (),
) -> Doc:
    """The Doc: layout name, the scored fields (those the truth states, less `unscored`) and the claim."""
    keep = ("holder", "people", "journal.levels")
    probe = dict(fields)
    scored = [p for p in SCORED[etype] if p not in unscored and (p in keep or get_path(probe, p) is not None)]
    if not fields.get("people") and "people" in scored and etype not in ("award_certificate",):
        scored.remove("people")
    claim = {"policy": ctx.policy, "person": who, "year": year}
    return Doc(etype, f"{FAMILIES[etype]}-{var}", pages, fields, scored, claim, category)
