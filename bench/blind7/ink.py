"""Draw 7's drawing helpers on top of `bench.blind.page.Page`: borders, centred titles, label/value blocks,
paragraphs, seals with signatures, QR codes, photos and red document heads."""

from __future__ import annotations

import datetime as dt

from bench.blind.page import Page, width_mm
from bench.blind7.pools import VARIANTS, Ctx, fmt_date, fmt_month

MM = 0.3528  # mm per pt
RED = (200, 30, 30)
GOLD = (160, 120, 50)
BLUE = (30, 60, 140)


def lh(size: float, lead: float = 1.7) -> float:
    return size * MM * lead


def date_style(ctx: Ctx, allow: tuple[str, ...] | None = None) -> str:
    styles = list(allow or VARIANTS["t7.date"])
    return ctx.pick("t7.date", styles)


def date(ctx: Ctx, d: dt.date, style: str | None = None) -> str:
    return fmt_date(d, style or date_style(ctx))


def month(ctx: Ctx, y: int, m: int, style: str | None = None) -> str:
    return fmt_month(y, m, style or date_style(ctx, ("cn", "hz", "dot")))


def border(pg: Page, ctx: Ctx, style: int, color: tuple[int, int, int] = GOLD) -> None:
    m = 9.0
    if style == 1:
        pg.rect(m, m, pg.w - m, pg.h - m, 0.6, color)
    elif style == 2:
        pg.rect(m, m, pg.w - m, pg.h - m, 1.6, color)
        pg.rect(m + 2.5, m + 2.5, pg.w - m - 2.5, pg.h - m - 2.5, 0.35, color)
    elif style == 3:
        pg.rect(m, m, pg.w - m, pg.h - m, 3.0, color)
        for cx, cy in (
            (m + 6, m + 6),
            (pg.w - m - 6, m + 6),
            (m + 6, pg.h - m - 6),
            (pg.w - m - 6, pg.h - m - 6),
        ):
            pg.rect(cx - 2.5, cy - 2.5, cx + 2.5, cy + 2.5, 0.4, color, color)
    elif style == 4:
        pg.rect(0, 0, pg.w, 14, 0, color, color)
        pg.rect(0, pg.h - 10, pg.w, pg.h, 0, color, color)


def centre(pg: Page, y: float, s: str, size: float, font: str, color: tuple[int, int, int] = (20, 20, 20),
           spaced: bool = False) -> float:  # fmt: skip
    if spaced:
        s = "  ".join(s)
    pg.text(pg.w / 2, y, s, size, font, "c", color)
    return y + lh(size, 1.6)


def para(pg: Page, ctx: Ctx, x: float, y: float, width: float, s: str, size: float, indent: bool = True,
         lead: float = 1.75, font: str | None = None) -> float:  # fmt: skip
    return pg.wrap(x, y, width, s, size, font or ctx.body, lead, size * MM * 2 if indent else 0.0)


def pairs(pg: Page, ctx: Ctx, x: float, y: float, items: list[tuple[str, str]], size: float, colon: str = "：",
          label_w: float | None = None, gap: float = 2.1, rule_to: float | None = None,
          font: str | None = None, max_w: float | None = None) -> float:  # fmt: skip
    """`label：value` lines; labels in a column when label_w is set; long values wrap."""
    f = font or ctx.body
    for lab, val in items:
        if label_w is not None:
            pg.text(x, y, lab + colon if lab else "", size, f)
            vx = x + label_w
        else:
            vx = x + pg.text(x, y, lab + colon, size, f)
        avail = (max_w if max_w else (pg.w - 18 - vx)) - (vx - x if max_w else 0)
        yy = (
            pg.wrap(vx, y, max(avail, 20), val, size, f, gap * 0.85)
            if width_mm(val, f, size) > avail
            else None
        )
        if yy is None:
            pg.text(vx, y, val, size, f)
            yy = y + lh(size, gap)
        else:
            yy = max(yy, y + lh(size, gap))
        if rule_to is not None:
            pg.line(vx - 1, y + size * MM * 1.3, rule_to, y + size * MM * 1.3, 0.25, (90, 90, 90))
        y = yy
    return y


def signoff(pg: Page, ctx: Ctx, lines: list[str], y: float, x_right: float | None = None, size: float = 12.5,
            seal: str | None = None, seal_r: float = 19.0, seal_dy: float = 2.0) -> float:  # fmt: skip
    """Right-hand issuer/date lines, centred on each other, with an optional red seal over them."""
    xr = x_right if x_right is not None else pg.w - 26
    wmax = max(width_mm(s, ctx.body, size) for s in lines)
    cx = xr - wmax / 2
    yy = y
    for s in lines:
        pg.text(cx, yy, s, size, ctx.body, "c")
        yy += lh(size, 1.8)
    if seal:
        pg.seal(
            cx + ctx.rng.uniform(-6, 6), y + seal_dy + ctx.rng.uniform(-2, 3), seal_r, seal[:18], ctx.seed()
        )
    return yy


def qr(pg: Page, ctx: Ctx, x: float, y: float, s: float) -> None:
    n = 21
    c = s / n
    pg.rect(x - 1, y - 1, x + s + 1, y + s + 1, 0, (255, 255, 255), (255, 255, 255))
    for i in range(n):
        for j in range(n):
            finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, 14), (14, 0)))
            if finder:
                ii, jj = i - 14 if i >= 14 else i, j - 14 if j >= 14 else j
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = ctx.rng.random() < 0.5
            if on:
                pg.rect(x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c, 0, (0, 0, 0), (0, 0, 0))


def photo(pg: Page, x: float, y: float, w: float, h: float, tone: int = 0) -> None:
    bgs = [(200, 220, 245), (235, 235, 235), (225, 60, 60)]
    bg = bgs[tone % 3]
    pg.rect(x, y, x + w, y + h, 0.3, (120, 120, 120), bg)
    pg.rect(x + w * 0.33, y + h * 0.18, x + w * 0.67, y + h * 0.55, 0, (70, 60, 55), (70, 60, 55))
    pg.rect(x + w * 0.15, y + h * 0.62, x + w * 0.85, y + h, 0, (40, 45, 60), (40, 45, 60))


def redhead(pg: Page, ctx: Ctx, org: str, docno: str, y: float, size: float = 26.0) -> float:
    """A 红头 heading: the issuing organ in red, its 文号 and a red rule."""
    head = org if org.endswith("文件") else org + ctx.pick("t7.redhead", ["文件", ""])
    fit = size
    while width_mm(head, ctx.bold, fit) > pg.w - 40:
        fit -= 1
    pg.text(pg.w / 2, y, head, fit, ctx.bold, "c", RED)
    y += lh(fit, 1.5) + 4
    pg.text(pg.w / 2, y, docno, 12, ctx.body, "c")
    y += lh(12, 1.3) + 1
    pg.line(22, y, pg.w - 22, y, 0.9, RED)
    return y + 7


def fit_size(s: str, font: str, size: float, width: float) -> float:
    while size > 8 and width_mm(s, font, size) > width:
        size -= 0.5
    return size


def wrap_centre(pg: Page, y: float, s: str, size: float, font: str, width: float, lead: float = 1.5) -> float:
    """A centred title broken into lines of at most `width` mm."""
    lines, cur = [], ""
    for ch in s:
        if cur and width_mm(cur + ch, font, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    for ln in lines:
        pg.text(pg.w / 2, y, ln, size, font, "c")
        y += lh(size, lead)
    return y


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 14.0, align: str = "l") -> None:
    ink = ctx.pick("t7.ink", [(25, 25, 110), (20, 20, 20), (40, 40, 90)])
    pg.text(x + ctx.rng.uniform(-0.8, 0.8), y + ctx.rng.uniform(-0.5, 0.5), s, size, ctx.hand, align, ink)


def wrap_words(pg: Page, x: float, y: float, width: float, s: str, size: float, font: str,
               lead: float = 1.5) -> float:  # fmt: skip
    """Latin text broken between words."""
    cur = ""
    for word in s.split(" "):
        trial = f"{cur} {word}" if cur else word
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
