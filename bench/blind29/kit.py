"""Drawing helpers for draw 29: headings, label rows, prose, handwriting, seals, fax strips, phone screens."""

from __future__ import annotations

from bench.blind.page import Page, width_mm
from bench.blind29.pools import Ctx

INK = (28, 46, 128)
RED = (190, 30, 30)
GREY = (110, 110, 110)


def lh(size: float, lead: float = 1.7) -> float:
    return size * 0.3528 * lead


def center(pg: Page, ctx: Ctx, y: float, s: str, size: float, bold: bool = True, color=(20, 20, 20)) -> float:
    pg.text(pg.w / 2, y, s, size, ctx.bold if bold else ctx.body, "c", color)
    return y + lh(size)


def para(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float, indent: bool = True) -> float:
    return pg.wrap(x, y, w, s, size, ctx.body, 1.75, size * 0.3528 * 2 if indent else 0.0)


def rows(pg: Page, ctx: Ctx, x: float, y: float, pairs, size: float, sep: str = "：", col: float | None = None,
         gap: float = 2.0) -> float:  # fmt: skip
    for lab, val in pairs:
        if col is None:
            pg.text(x, y, f"{lab}{sep}{val}", size, ctx.body)
        else:
            pg.text(x, y, lab + sep, size, ctx.body)
            pg.text(x + col, y, val, size, ctx.body)
        y += lh(size, gap)
    return y


def ink(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float, align: str = "l") -> float:
    """Handwriting in blue-black ink (the brush face)."""
    return pg.text(x, y, s, size, ctx.hand, align, INK)


def blank(pg: Page, ctx: Ctx, x: float, y: float, label: str, val: str, size: float, w: float) -> float:
    """A printed label with an underlined blank filled by hand."""
    wl = pg.text(x, y, label, size, ctx.body)
    pg.line(x + wl + 1, y + lh(size, 1.25), x + wl + w, y + lh(size, 1.25), 0.25)
    ink(pg, ctx, x + wl + 3, y - 0.8, val, size + 1)
    return x + wl + w


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:16], ctx.rng.randrange(1_000_000))


def signoff(pg: Page, ctx: Ctx, y: float, lines: list[str], size: float = 12.5, xr: float | None = None,
            stamp: str | None = None) -> float:  # fmt: skip
    xr = pg.w - 25 if xr is None else xr
    wmax = max(width_mm(s, ctx.body, size) for s in lines)
    cx = xr - wmax / 2
    yy = y
    for s in lines:
        pg.text(cx, yy, s, size, ctx.body, "c")
        yy += lh(size, 1.9)
    if stamp:
        seal(pg, ctx, cx + ctx.rng.uniform(-6, 6), y + ctx.rng.uniform(0, 8), stamp)
    return yy


def fax_strip(pg: Page, ctx: Ctx, sender: str, stamp_s: str, page_no: int = 1) -> None:
    s = f"{stamp_s}  FROM:{sender}  FAX NO.:0{ctx.rng.randint(370, 379)}-{ctx.rng.randint(2000000, 8999999)}"
    pg.text(8, 4, s, 7.5, ctx.body, "l", GREY)
    pg.text(pg.w - 8, 4, f"P.{page_no:02d}", 7.5, ctx.body, "r", GREY)


def phone_bar(pg: Page, ctx: Ctx, title: str) -> float:
    """A phone screen's status bar and app title; returns the y below."""
    pg.rect(0, 0, pg.w, 9, 0, fill=(245, 245, 245))
    pg.text(5, 2.5, f"{ctx.rng.randint(8, 21)}:{ctx.rng.randint(10, 59)}", 8, ctx.body)
    pg.text(pg.w - 5, 2.5, f"5G  {ctx.rng.randint(21, 98)}%", 8, ctx.body, "r")
    pg.rect(0, 9, pg.w, 21, 0, fill=(32, 120, 210))
    pg.text(5, 12.5, "〈", 10, ctx.body, "l", (255, 255, 255))
    pg.text(pg.w / 2, 12.5, title, 10.5, ctx.body, "c", (255, 255, 255))
    return 26.0


def footer_no(pg: Page, ctx: Ctx, s: str) -> None:
    pg.text(pg.w / 2, pg.h - 14, s, 9, ctx.body, "c", GREY)


def fill_line(pg: Page, ctx: Ctx, x: float, y: float, parts: list[tuple[str, bool]], size: float,
              pad: float = 3.0) -> float:  # fmt: skip
    """A printed sentence whose `True` parts are handwritten over underlined blanks; returns the x after it."""
    for s, by_hand in parts:
        if by_hand:
            w = width_mm(s, ctx.hand, size + 1) + 2 * pad
            pg.line(x, y + lh(size, 1.25), x + w, y + lh(size, 1.25), 0.25)
            ink(pg, ctx, x + pad, y - 0.8, s, size + 1)
            x += w
        else:
            x += pg.text(x, y, s, size, ctx.body)
    return x


def screen_page(h: float = 205.0) -> Page:
    return Page(w=96.0, h=h, bg=(250, 250, 250))


def frame_rule(pg: Page, color: tuple[int, int, int], double: bool = False) -> None:
    m = 9.0
    pg.rect(m, m, pg.w - m, pg.h - m, 1.4, color)
    if double:
        pg.rect(m + 3.5, m + 3.5, pg.w - m - 3.5, pg.h - m - 3.5, 0.4, color)


def fax_time(d, rng) -> str:  # noqa: ANN001
    return f"{d.year}/{d.month:02d}/{d.day:02d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
