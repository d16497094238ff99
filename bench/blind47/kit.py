"""Drawing helpers of draw 47: QR blocks, phone screens, browser windows, page headers, handwritten notes."""

from __future__ import annotations

import random

from bench.blind.page import Page, width_mm
from bench.blind47.pools import Ctx

PT = 0.3528


def lh(size: float, lead: float = 1.7) -> float:
    return size * PT * lead


def qr(pg: Page, x: float, y: float, s: float, seed: int, caption: str = "", ctx: Ctx | None = None) -> None:
    """A QR-like block of s mm with its three finder squares and an optional caption below."""
    rng = random.Random(seed)
    n = 21
    c = s / n
    pg.rect(x, y, x + s, y + s, 0.2, (60, 60, 60))
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                ii, jj = i % 14 if i < 7 else i - (n - 7), j if j < 7 else j - (n - 7)
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rng.random() < 0.5
            if on:
                pg.rect(x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c, 0, (20, 20, 20), (20, 20, 20))
    if caption and ctx is not None:
        pg.text(x + s / 2, y + s + 1.5, caption, 7.5, ctx.body, "c", (90, 90, 90))


def phone_page(ctx: Ctx, app: str, clock: str, bg: tuple[int, int, int] = (244, 244, 246)) -> tuple[Page, float]:
    """A phone screenshot: status bar, an app bar with its title; returns the page and the y below the bar."""
    pg = Page(75.0, 162.0, bg=bg)
    pg.text(5, 3, clock, 8, ctx.body)
    pg.text(70, 3, "5G  86%", 7, ctx.body, "r")
    pg.rect(0, 9, 75, 20, 0, (255, 255, 255), (255, 255, 255))
    pg.text(5, 12, "＜", 9, ctx.body)
    pg.text(37.5, 12, app, 9.5, ctx.bold, "c")
    pg.text(70, 12, "···", 9, ctx.body, "r")
    pg.line(0, 20, 75, 20, 0.2, (200, 200, 200))
    return pg, 24.0


def browser_page(ctx: Ctx, url: str, site: str, landscape: bool = True) -> tuple[Page, float]:
    """A desktop web-page capture with a tab, an address bar and the site's banner."""
    pg = Page(297.0, 190.0) if landscape else Page(210.0, 270.0)
    pg.rect(0, 0, pg.w, 16, 0, (225, 228, 232), (225, 228, 232))
    pg.rect(6, 3, 70, 9, 0, (255, 255, 255), (255, 255, 255))
    pg.text(9, 4, site[:14], 7, ctx.body)
    pg.rect(30, 10, pg.w - 30, 15, 0, (255, 255, 255), (255, 255, 255))
    pg.text(33, 10.5, url, 7.5, ctx.body, color=(70, 70, 70))
    pg.rect(0, 16, pg.w, 32, 0, (28, 86, 160), (28, 86, 160))
    pg.text(12, 20, site, 14, ctx.bold, color=(255, 255, 255))
    return pg, 40.0


def header_rule(pg: Page, ctx: Ctx, left: str, right: str, y: float = 12.0, size: float = 8.0) -> None:
    pg.text(18, y, left, size, ctx.body, color=(80, 80, 80))
    pg.text(pg.w - 18, y, right, size, ctx.body, "r", (80, 80, 80))
    pg.line(18, y + size * PT * 1.5, pg.w - 18, y + size * PT * 1.5, 0.3)


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 14.0, align: str = "l",
         blue: bool = True) -> float:  # fmt: skip
    return pg.text(x, y, s, size, ctx.hand, align, (25, 45, 140) if blue else (30, 30, 30))


def fill(pg: Page, ctx: Ctx, x: float, y: float, label: str, value: str, size: float, w: float,
         handwritten: bool = False) -> float:  # fmt: skip
    """A form line `label ____` with the value on the rule (typed or handwritten)."""
    lw = pg.text(x, y, label, size, ctx.body)
    pg.line(x + lw + 1, y + lh(size, 1.3), x + lw + w, y + lh(size, 1.3), 0.25)
    if handwritten:
        hand(pg, ctx, x + lw + 3, y - 1.2, value, size + 2)
    else:
        pg.text(x + lw + 3, y, value, size, ctx.body)
    return x + lw + w


def centre_wrap(pg: Page, ctx: Ctx, y: float, s: str, size: float, width: float, font: str | None = None) -> float:
    """Centred lines of at most `width` mm."""
    f = font or ctx.body
    cur = ""
    for ch in s:
        if cur and width_mm(cur + ch, f, size) > width:
            pg.text(pg.w / 2, y, cur, size, f, "c")
            y += lh(size, 1.5)
            cur = ch
        else:
            cur += ch
    if cur:
        pg.text(pg.w / 2, y, cur, size, f, "c")
        y += lh(size, 1.5)
    return y
