"""Draw 4's layout helpers on top of bench.blind.page: borders, titles, paragraphs, labelled fields, seals."""

from __future__ import annotations

from bench.blind.page import PT_MM, Page, width_mm
from bench.blind4.pools import Ctx

RED = (190, 30, 30)
GOLD = (160, 120, 50)
BLUE = (30, 60, 130)


def lh(size: float, lead: float = 1.7) -> float:
    return size * PT_MM * lead


def border(pg: Page, ctx: Ctx, style: str) -> None:
    if style == "none":
        return
    m = 8.0 if style != "wide" else 14.0
    if style == "gold":
        pg.rect(m, m, pg.w - m, pg.h - m, 2.0, GOLD)
        pg.rect(m + 2.5, m + 2.5, pg.w - m - 2.5, pg.h - m - 2.5, 0.4, GOLD)
        for cx, cy in ((m + 2.5, m + 2.5), (pg.w - m - 2.5, m + 2.5), (m + 2.5, pg.h - m - 2.5),
                       (pg.w - m - 2.5, pg.h - m - 2.5)):  # fmt: skip
            pg.rect(cx - 3, cy - 3, cx + 3, cy + 3, 0.5, GOLD, (235, 215, 170))
    elif style == "red":
        pg.rect(m, m, pg.w - m, pg.h - m, 3.0, RED)
        pg.rect(m + 5, m + 5, pg.w - m - 5, pg.h - m - 5, 0.3, RED)
    elif style == "blue":
        pg.rect(m, m, pg.w - m, pg.h - m, 1.0, BLUE)
        pg.rect(m + 1.6, m + 1.6, pg.w - m - 1.6, pg.h - m - 1.6, 1.0, BLUE)
    elif style == "band":
        pg.rect(0, 0, pg.w, 16, 0, RED, (200, 40, 40))
        pg.rect(0, pg.h - 10, pg.w, pg.h, 0, RED, (200, 40, 40))
    else:  # thin / wide
        pg.rect(m, m, pg.w - m, pg.h - m, 0.5)


def centre(pg: Page, font: str, text: str, y: float, size: float, color: tuple[int, int, int] = (20, 20, 20),
           x: float | None = None) -> float:  # fmt: skip
    pg.text(pg.w / 2 if x is None else x, y, text, size, font, "c", color)
    return y + lh(size, 1.6)


def spaced(text: str, gap: str = " ") -> str:
    return gap.join(text)


def para(pg: Page, ctx: Ctx, x: float, y: float, w: float, text: str, size: float, indent: bool = True,
         lead: float = 1.8, font: str | None = None) -> float:  # fmt: skip
    return pg.wrap(x, y, w, text, size, font or ctx.body, lead, indent=size * PT_MM * 2 if indent else 0.0)


def fields(pg: Page, ctx: Ctx, x: float, y: float, pairs: list[tuple[str, str]], size: float, colon: str = "：",
           label_w: float | None = None, gap: float = 2.1, rule: bool = False, width: float | None = None) -> float:  # fmt: skip
    """Labelled lines; long values wrap under the value column."""
    for lab, val in pairs:
        if label_w is None:
            lw = width_mm(lab + colon, ctx.body, size)
            pg.text(x, y, lab + colon, size, ctx.body)
        else:
            lw = label_w
            pg.text(x, y, lab + colon if colon else lab, size, ctx.body)
        avail = (width or (pg.w - 2 * x)) - lw
        y0 = y
        y = pg.wrap(x + lw, y, avail, val, size, ctx.body, gap * 0.8)
        if rule:
            pg.line(x + lw - 1, y0 + size * PT_MM * 1.3, x + lw + avail, y0 + size * PT_MM * 1.3, 0.2)
        y = max(y, y0 + lh(size, gap))
    return y


def stamp(pg: Page, ctx: Ctx, org: str, cx: float, cy: float, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:16], ctx.rng.randrange(10_000))


def signoff(pg: Page, ctx: Ctx, lines: list[str], y: float, xr: float, size: float = 13.0, seal: str | None = None,
            align: str = "c", dx: float = 0.0) -> float:  # fmt: skip
    """Right-side issuer/date block, lines centred on a common axis; the seal overlaps the issuer and date."""
    wmax = max(width_mm(s, ctx.body, size) for s in lines)
    cx = xr - wmax / 2
    yy = y
    for s in lines:
        if align == "c":
            pg.text(cx, yy, s, size, ctx.body, "c")
        else:
            pg.text(xr, yy, s, size, ctx.body, "r")
        yy += lh(size, 1.8)
    if seal:
        stamp(pg, ctx, seal, cx + dx, (y + yy) / 2 - 2)
    return yy


def photo(pg: Page, x: float, y: float, w: float = 25.0, h: float = 35.0) -> None:
    pg.rect(x, y, x + w, y + h, 0.3, (120, 120, 120), (226, 232, 240))
    pg.rect(x + w * 0.3, y + h * 0.18, x + w * 0.7, y + h * 0.5, 0, (0, 0, 0), (180, 190, 205))
    pg.rect(x + w * 0.15, y + h * 0.58, x + w * 0.85, y + h, 0, (0, 0, 0), (180, 190, 205))


def qr(pg: Page, ctx: Ctx, x: float, y: float, s: float = 20.0) -> None:
    """A QR-code-like block of squares."""
    n = 17
    c = s / n
    pg.rect(x, y, x + s, y + s, 0.2, (0, 0, 0))
    for i in range(n):
        for j in range(n):
            corner = (i < 5 and j < 5) or (i < 5 and j > n - 6) or (i > n - 6 and j < 5)
            if corner:
                edge = i in (0, 4, n - 5, n - 1) or j in (0, 4, n - 5, n - 1) or (1 < i % (n - 5) < 3)
                if not (edge or (i in (2,) or j in (2,))):
                    continue
            elif ctx.rng.random() < 0.55:
                continue
            pg.rect(x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c, 0, (0, 0, 0), (15, 15, 15))
