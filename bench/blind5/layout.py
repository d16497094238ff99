"""Draw 5's layout helpers: date wording, borders, centred lines, signature blocks, QR codes, photos."""

from __future__ import annotations

import datetime as dt
import random

from bench.blind.common import cn_num, cn_year
from bench.blind.page import Page, width_mm
from bench.blind5.pools import Ctx

MM = 0.3528  # mm per point
RED = (190, 30, 30)
GOLD = (160, 120, 50)


# ---- dates ---------------------------------------------------------------------------------------
def cn_date(d: dt.date, zero: str = "〇") -> str:
    return f"{cn_year(d.year, zero)}年{cn_num(d.month)}月{cn_num(d.day)}日"


def fdate(d: dt.date, style: str) -> str:
    return {
        "ymd": f"{d.year}年{d.month}月{d.day}日",
        "ymd0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "han": cn_date(d),
        "han0": cn_date(d, "零"),
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "dash": d.isoformat(),
        "slash": f"{d.year}/{d.month}/{d.day}",
    }[style]


def fmonth(y: int, m: int, style: str) -> str:
    return {
        "ymd": f"{y}年{m}月",
        "ymd0": f"{y}年{m:02d}月",
        "han": f"{cn_year(y)}年{cn_num(m)}月",
        "han0": f"{cn_year(y, '零')}年{cn_num(m)}月",
        "dot": f"{y}.{m:02d}",
        "dash": f"{y}-{m:02d}",
        "slash": f"{y}/{m}",
    }[style]


def frange(a: dt.date, b: dt.date, style: str) -> str:
    """A date range as printed; the same year or month is not repeated in the Chinese styles."""
    if style in ("ymd", "ymd0") and a.year == b.year:
        tail = f"{b.month}月{b.day}日" if style == "ymd" else f"{b.month:02d}月{b.day:02d}日"
        if a.month == b.month and style == "ymd":
            tail = f"{b.day}日"
        return f"{fdate(a, style)}至{tail}"
    sep = "—" if style in ("dot", "dash", "slash") else "至"
    return f"{fdate(a, style)}{sep}{fdate(b, style)}"


def date_style(ctx: Ctx, formal: bool = False) -> str:
    opts = ("ymd", "ymd0", "han", "han0") if formal else ("ymd", "ymd0", "han", "dot", "dash", "slash", "ymd")
    return ctx.pick("date.style", opts)


# ---- drawing ---------------------------------------------------------------------------------------
def border(pg: Page, style: int, color: tuple[int, int, int] = GOLD) -> None:
    m = 9.0
    if style == 1:
        pg.rect(m, m, pg.w - m, pg.h - m, 0.6)
    elif style == 2:
        pg.rect(m, m, pg.w - m, pg.h - m, 1.6, color)
        pg.rect(m + 3.5, m + 3.5, pg.w - m - 3.5, pg.h - m - 3.5, 0.35, color)
    elif style == 3:
        pg.rect(m, m, pg.w - m, pg.h - m, 4.0, color)
        for cx, cy in (
            (m + 7, m + 7),
            (pg.w - m - 7, m + 7),
            (m + 7, pg.h - m - 7),
            (pg.w - m - 7, pg.h - m - 7),
        ):
            pg.rect(cx - 3, cy - 3, cx + 3, cy + 3, 0.5, color, color)


def center(pg: Page, y: float, s: str, size: float, font: str, color: tuple[int, int, int] = (20, 20, 20),
           gap: float = 1.6, x: float | None = None) -> float:  # fmt: skip
    pg.text(pg.w / 2 if x is None else x, y, s, size, font, "c", color)
    return y + size * MM * gap


def spaced(s: str, n: int = 1) -> str:
    return (" " * n).join(s)


def para(pg: Page, x: float, y: float, width: float, s: str, size: float, font: str, lead: float = 1.8,
         indent: bool = True) -> float:  # fmt: skip
    return pg.wrap(x, y, width, s, size, font, lead, indent=2 * size * MM if indent else 0.0)


def kv(pg: Page, x: float, y: float, pairs: list[tuple[str, str]], size: float, font: str, label_w: float,
       gap: float = 2.1, colon: str = "：", vfont: str | None = None) -> float:  # fmt: skip
    for lab, val in pairs:
        pg.text(x, y, lab + colon if lab else "", size, font)
        pg.text(x + label_w, y, val, size, vfont or font)
        y += size * MM * gap
    return y


def sign(pg: Page, ctx: Ctx, lines: list[str], y: float, xr: float, size: float = 12.5, seal: str | None = None,
         seed: int = 0, r: float = 19.0) -> float:  # fmt: skip
    """Right-hand issuer block (lines centred on one column) with a seal over its middle."""
    wmax = max(width_mm(s, ctx.body, size) for s in lines)
    cx = xr - wmax / 2
    yy = y
    for s in lines:
        pg.text(cx, yy, s, size, ctx.body, "c")
        yy += size * MM * 1.9
    if seal:
        pg.seal(cx + ctx.rng.uniform(-4, 4), (y + yy) / 2 - 2, r, seal[:16], seed)
    return yy


def qr(pg: Page, x: float, y: float, side: float, rng: random.Random) -> None:
    """A QR-like square: three finder patterns and random modules."""
    n = 25
    cell = side / n
    pg.rect(x - 1, y - 1, x + side + 1, y + side + 1, 0, (255, 255, 255), (255, 255, 255))
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                a, b = i % (n - 7) if i >= 7 else i, j % (n - 7) if j >= 7 else j
                on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
            else:
                on = rng.random() < 0.48
            if on:
                pg.rect(
                    x + j * cell,
                    y + i * cell,
                    x + (j + 1) * cell,
                    y + (i + 1) * cell,
                    0,
                    (0, 0, 0),
                    (0, 0, 0),
                )


def photo(pg: Page, x: float, y: float, w: float, h: float) -> None:
    """An ID photo: a blue backdrop and a grey head-and-shoulders silhouette."""
    pg.rect(x, y, x + w, y + h, 0.3, (90, 90, 90), (120, 160, 215))
    pg.rect(x + w * 0.33, y + h * 0.15, x + w * 0.67, y + h * 0.55, 0, (70, 70, 80), (70, 70, 80))
    pg.rect(x + w * 0.12, y + h * 0.62, x + w * 0.88, y + h, 0, (50, 50, 60), (50, 50, 60))


def red_head(pg: Page, ctx: Ctx, org: str, y: float, number: str | None) -> float:
    """A 红头 masthead: the organ's name in large red type, the document number and a red rule."""
    size = 30.0 if len(org) <= 10 else 24.0 if len(org) <= 13 else 19.0
    pg.text(pg.w / 2, y, org + "文件" if ctx.chance(0.6) else org, size, ctx.bold, "c", RED)
    y += size * MM * 1.9
    if number:
        pg.text(pg.w / 2, y, number, 12.5, ctx.body, "c")
        y += 7
    pg.line(22, y, pg.w - 22, y, 0.9, RED)
    return y + 8


def hand_note(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 15.0) -> None:
    pg.text(x, y, s, size, ctx.hand, "l", (25, 45, 140))


def center_wrap(pg: Page, y: float, s: str, size: float, font: str, maxw: float,
                color: tuple[int, int, int] = (20, 20, 20), gap: float = 1.5) -> float:  # fmt: skip
    """Centred lines of at most `maxw` mm; breaks are balanced so the last line is not a stub."""
    total = width_mm(s, font, size)
    n = max(1, int(total // maxw) + (total % maxw > 0))
    per = len(s) / n
    cuts = [round(per * i) for i in range(n + 1)]
    for a, b in zip(cuts, cuts[1:], strict=False):
        y = center(pg, y, s[a:b], size, font, color, gap)
    return y
