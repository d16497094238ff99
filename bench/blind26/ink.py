"""Draw 26's drawing helpers: headings, prose, handwriting, seals, borders, phone screens, boards, notebooks."""

from __future__ import annotations

import re

from bench.blind.page import PT_MM, Page, width_mm
from bench.blind26.pools import BLUE_INK, GREY, RED, Ctx

TOKEN = re.compile(r"[A-Za-z0-9.:/\-]+|.")
CLOSING = set("，。、；：）》”！？")


def lh(size: float, lead: float = 1.7) -> float:
    return size * PT_MM * lead


def centre(pg: Page, ctx: Ctx, y: float, s: str, size: float, bold: bool = True, color=(20, 20, 20)) -> float:
    pg.text(pg.w / 2, y, s, size, ctx.bold if bold else ctx.body, "c", color)
    return y + lh(size, 1.6)


def spaced(s: str, gap: str = " ") -> str:
    return gap.join(s)


def para(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float, indent: bool = True) -> float:
    """Flow prose into lines of `w` mm; a run of digits or Latin letters is never split across lines."""
    step, ind = lh(size, 1.75), (2 * size * PT_MM if indent else 0.0)
    cur, first = "", True
    for tok in TOKEN.findall(s):
        avail = w - (ind if first else 0.0)
        if cur and width_mm(cur + tok, ctx.body, size) > avail and tok not in CLOSING:
            pg.text(x + (ind if first else 0.0), y, cur, size, ctx.body)
            y += step
            cur, first = tok, False
        else:
            cur += tok
    if cur:
        pg.text(x + (ind if first else 0.0), y, cur, size, ctx.body)
        y += step
    return y


def hand(
    pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float, align: str = "l", color=BLUE_INK
) -> float:
    return pg.text(x, y, s, size, ctx.hand, align, color)


def kv(
    pg: Page, ctx: Ctx, x: float, y: float, pairs: list[tuple[str, str]], size: float, lab_w: float,
    sep: str = "：", rule: bool = False, handed: bool = False,
) -> float:  # fmt: skip
    for lab, val in pairs:
        pg.text(x, y, lab + sep, size, ctx.body)
        if handed:
            hand(pg, ctx, x + lab_w, y - 0.6, val, size + 1)
        else:
            pg.text(x + lab_w, y, val, size, ctx.body)
        if rule:
            pg.line(x + lab_w - 1, y + lh(size, 1.25), pg.w - x, y + lh(size, 1.25), 0.2, GREY)
        y += lh(size, 2.1)
    return y


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:18], ctx.rng.randrange(1 << 30))


def sign(
    pg: Page, ctx: Ctx, xr: float, y: float, lines: list[str], size: float, org: str | None = None
) -> float:
    """Right-side signature block (centred on itself), a seal over the first line."""
    w = max(width_mm(s, ctx.body, size) for s in lines)
    cx = xr - w / 2
    top = y
    for s in lines:
        pg.text(cx, y, s, size, ctx.body, "c")
        y += lh(size, 1.9)
    if org:
        seal(pg, ctx, cx + ctx.rng.uniform(-6, 6), top + ctx.rng.uniform(0, 6), org)
    return y


def border(pg: Page, kind: int, color=(160, 120, 50)) -> None:
    m = 8.0
    if kind == 1:
        pg.rect(m, m, pg.w - m, pg.h - m, 0.6, color)
    elif kind == 2:
        pg.rect(m, m, pg.w - m, pg.h - m, 1.6, color)
        pg.rect(m + 2.5, m + 2.5, pg.w - m - 2.5, pg.h - m - 2.5, 0.3, color)
    elif kind == 3:
        pg.rect(m, m, pg.w - m, pg.h - m, 0, color, fill=(250, 240, 215))
        pg.rect(m + 5, m + 5, pg.w - m - 5, pg.h - m - 5, 0.8, color, fill=(255, 252, 245))
    elif kind == 4:
        for i in range(4):
            pg.rect(m + i * 1.2, m + i * 1.2, pg.w - m - i * 1.2, pg.h - m - i * 1.2, 0.25, (180, 40, 40))


def phone(ctx: Ctx, app: str, clock: str = "10:26") -> tuple[Page, float]:
    """A phone screenshot: status bar, an app bar with a back arrow; returns the page and the y below."""
    pg = Page(w=76.0, h=165.0, bg=(244, 245, 247))
    pg.text(5, 2.5, clock, 7.5, ctx.body)
    pg.text(pg.w - 5, 2.5, "5G  86%", 7, ctx.body, "r")
    pg.rect(0, 8, pg.w, 18, 0, fill=(255, 255, 255))
    pg.text(4, 10.5, "<", 10, ctx.body)
    pg.text(pg.w / 2, 10.8, app, 8.5, ctx.bold, "c")
    pg.text(pg.w - 4, 10.8, "···", 9, ctx.body, "r")
    return pg, 22.0


def card(pg: Page, y0: float, y1: float) -> None:
    pg.rect(3, y0, pg.w - 3, y1, 0, fill=(255, 255, 255))


def board(ctx: Ctx) -> Page:
    """A whiteboard photographed flat: frame, a faint glare band, marker tray."""
    pg = Page(w=297.0, h=190.0, bg=(226, 229, 226))
    pg.rect(8, 8, pg.w - 8, pg.h - 14, 2.0, (150, 150, 155), fill=(246, 248, 247))
    pg.rect(60, 8.5, 110, pg.h - 14.5, 0, fill=(252, 253, 253))
    pg.rect(30, pg.h - 12, pg.w - 30, pg.h - 8, 0, fill=(170, 170, 175))
    return pg


def notebook(ctx: Ctx, rows: int = 24) -> tuple[Page, float, float]:
    """A bound sign-in book page: cream paper, ruled lines; returns the page, the first rule y and the step."""
    pg = Page(w=185.0, h=260.0, bg=(246, 241, 226))
    top, step = 38.0, 8.6
    for i in range(rows):
        pg.line(12, top + i * step, pg.w - 10, top + i * step, 0.2, (120, 150, 190))
    pg.line(24, 28, 24, top + (rows - 1) * step, 0.3, (200, 90, 90))
    return pg, top, step


def red_rule(pg: Page, y: float, m: float = 20.0) -> None:
    pg.line(m, y, pg.w - m, y, 0.9, RED)
    pg.line(m, y + 1.2, pg.w - m, y + 1.2, 0.3, RED)
