"""Draw 8's page furniture: date printing, borders, red headers, seals, QR blocks, photo boxes, paragraphs."""

from __future__ import annotations

import datetime as dt
import random

from bench.blind.common import cn_num, cn_year
from bench.blind.page import Page, width_mm
from bench.blind8.pools import Ctx

RED = (190, 25, 25)
MM = 0.3528


def date_s(d: dt.date, style: str) -> str:
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "han":
        return f"{cn_year(d.year)}年{cn_num(d.month)}月{cn_num(d.day)}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash":
        return d.isoformat()
    return f"{d.year}/{d.month}/{d.day}"


def month_s(y: int, m: int, style: str) -> str:
    if style == "han":
        return f"{cn_year(y)}年{cn_num(m)}月"
    if style in ("dot", "dash", "slash"):
        return f"{y}.{m:02d}" if style == "dot" else f"{y}年{m:02d}月"
    return f"{y}年{m}月"


def span_s(a: dt.date, b: dt.date, style: str, ctx: Ctx) -> str:
    """A date range; same-year and same-month ranges are often shortened."""
    if style in ("cn", "cn0", "han", "slash") and a.year == b.year and ctx.rng.random() < 0.5:
        tail = f"{b.month}月{b.day}日" if a.month != b.month else f"{b.day}日"
        sep = ctx.rng.choice(["—", "至", "-"])
        return f"{a.year}年{a.month}月{a.day}日{sep}{tail}"
    st = style if style != "han" else "cn"
    return f"{date_s(a, st)}{ctx.rng.choice(['至', '—', ' 至 ', '～'])}{date_s(b, st)}"


def para(
    pg: Page, ctx: Ctx, x: float, y: float, w: float, text: str, size: float, lead: float = 1.75
) -> float:
    return pg.wrap(x, y, w, text, size, ctx.body, lead=lead, indent=size * MM * 2)


def kv(
    pg: Page, ctx: Ctx, x: float, y: float, pairs: list[tuple[str, str]], size: float, lw: float | None = None,
    gap: float = 2.1, colon: str = "：", rule: float | None = None,
) -> float:  # fmt: skip
    for lab, val in pairs:
        if lw is None:
            pg.text(x, y, f"{lab}{colon}{val}", size, ctx.body)
        else:
            pg.text(x, y, lab + colon, size, ctx.bold)
            pg.text(x + lw, y, val, size, ctx.body)
            if rule:
                pg.line(x + lw - 1, y + size * MM * 1.3, rule, y + size * MM * 1.3, 0.2)
        y += size * MM * gap
    return y


def border(pg: Page, style: int, color: tuple[int, int, int] = (160, 120, 40)) -> None:
    m = 9.0
    if style == 1:
        pg.rect(m, m, pg.w - m, pg.h - m, 0.6, color)
    elif style == 2:
        pg.rect(m, m, pg.w - m, pg.h - m, 1.6, color)
        pg.rect(m + 3.5, m + 3.5, pg.w - m - 3.5, pg.h - m - 3.5, 0.35, color)
    elif style == 3:
        for i in range(4):
            pg.rect(m + i * 1.2, m + i * 1.2, pg.w - m - i * 1.2, pg.h - m - i * 1.2, 0.4, color)
        for cx, cy in (
            (m + 8, m + 8),
            (pg.w - m - 8, m + 8),
            (m + 8, pg.h - m - 8),
            (pg.w - m - 8, pg.h - m - 8),
        ):
            pg.rect(cx - 3, cy - 3, cx + 3, cy + 3, 0.5, color)


def spaced(s: str) -> str:
    return " ".join(s) if len(s) <= 5 else s


def title(pg: Page, ctx: Ctx, s: str, y: float, size: float, color: tuple[int, int, int] = (20, 20, 20),
          gap: bool = False) -> float:  # fmt: skip
    pg.text(pg.w / 2, y, spaced(s) if gap else s, size, ctx.bold, "c", color)
    return y + size * MM * 1.9


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:18], ctx.seed())


def sign(pg: Page, ctx: Ctx, org: str, date: str, y: float, size: float = 13.0, xr: float | None = None,
         stamp: bool = True, extra: list[str] | None = None) -> float:  # fmt: skip
    """Issuer and date right-aligned as a block, seal over them; returns the y below."""
    xr = pg.w - 26 if xr is None else xr
    lines = [org, *(extra or []), date]
    w = max(width_mm(s, ctx.body, size) for s in lines)
    cx = xr - w / 2
    yy = y
    for s in lines:
        pg.text(cx, yy, s, size, ctx.body, "c")
        yy += size * MM * 1.9
    if stamp:
        seal(pg, ctx, cx + ctx.rng.uniform(-6, 6), y + ctx.rng.uniform(0, 6), org)
    return yy


def redhead(pg: Page, ctx: Ctx, org: str, docno: str | None, y: float = 24.0) -> float:
    """A 红头 masthead: the organ's name in red, the document number, a red rule."""
    name = org + "文件"
    size = min(30.0, (pg.w - 40) / max(1, len(name)) / MM * 0.95)
    pg.text(pg.w / 2, y, name, size, ctx.bold, "c", RED)
    y += size * MM * 1.6 + 6
    if docno:
        pg.text(pg.w / 2, y, docno, 12.5, ctx.body, "c")
        y += 8
    pg.line(22, y, pg.w - 22, y, 0.9, RED)
    return y + 9


def qr(pg: Page, x: float, y: float, size: float, rng: random.Random, n: int = 21) -> None:
    """A QR-like block: finder squares and a seeded module pattern."""
    cell = size / n
    pg.rect(x - 1, y - 1, x + size + 1, y + size + 1, 0.2, (120, 120, 120), (255, 255, 255))
    finders = ((0, 0), (n - 7, 0), (0, n - 7))
    for fx, fy in finders:
        pg.rect(
            x + fx * cell, y + fy * cell, x + (fx + 7) * cell, y + (fy + 7) * cell, 0, (0, 0, 0), (0, 0, 0)
        )
        pg.rect(x + (fx + 1) * cell, y + (fy + 1) * cell, x + (fx + 6) * cell, y + (fy + 6) * cell, 0,
                (255, 255, 255), (255, 255, 255))  # fmt: skip
        pg.rect(x + (fx + 2) * cell, y + (fy + 2) * cell, x + (fx + 5) * cell, y + (fy + 5) * cell, 0,
                (0, 0, 0), (0, 0, 0))  # fmt: skip
    for i in range(n):
        for j in range(n):
            if any(fx - 1 <= i <= fx + 7 and fy - 1 <= j <= fy + 7 for fx, fy in finders):
                continue
            if rng.random() < 0.45:
                pg.rect(
                    x + i * cell,
                    y + j * cell,
                    x + (i + 1) * cell,
                    y + (j + 1) * cell,
                    0,
                    (0, 0, 0),
                    (0, 0, 0),
                )


def photo(pg: Page, x: float, y: float, w: float = 26.0, h: float = 35.0) -> None:
    """A pasted ID photo: a tinted box with a head-and-shoulders silhouette."""
    pg.rect(x, y, x + w, y + h, 0.3, (90, 90, 90), (200, 215, 235))
    pg.rect(x + w * 0.33, y + h * 0.18, x + w * 0.67, y + h * 0.52, 0, (70, 70, 80), (70, 70, 80))
    pg.rect(x + w * 0.16, y + h * 0.58, x + w * 0.84, y + h, 0, (40, 40, 60), (40, 40, 60))


def cert_no(rng: random.Random, prefix: str = "", n: int = 10) -> str:
    return prefix + "".join(str(rng.randrange(10)) for _ in range(n))
