"""Draw 51 page furniture: QR codes, phone and browser chrome, footers, page numbers, ticks, noise."""

from __future__ import annotations

import random

from bench.blind.page import Page, width_mm

from .pools import Ctx

RED = (190, 30, 30)
GREY = (120, 120, 120)
BLUE = (30, 70, 160)


def qr(
    pg: Page, x: float, y: float, size: float, seed: int, caption: str | None = None, ctx: Ctx | None = None
) -> None:
    """A QR-like block of modules with finder squares; optional caption below."""
    r = random.Random(seed)
    n = 21
    m = size / n
    pg.rect(x, y, x + size, y + size, 0.2, (255, 255, 255), (255, 255, 255))
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                continue
            if r.random() < 0.45:
                pg.rect(x + i * m, y + j * m, x + (i + 1) * m, y + (j + 1) * m, 0, (0, 0, 0), (20, 20, 20))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        pg.rect(x + fx * m, y + fy * m, x + (fx + 7) * m, y + (fy + 7) * m, m, (20, 20, 20))
        pg.rect(
            x + (fx + 2) * m, y + (fy + 2) * m, x + (fx + 5) * m, y + (fy + 5) * m, 0, (0, 0, 0), (20, 20, 20)
        )
    if caption and ctx:
        pg.text(x + size / 2, y + size + 1.5, caption, 7.5, ctx.body, "c", GREY)


def phone_bar(pg: Page, ctx: Ctx, title: str, clock: str = "9:41", back: bool = True) -> float:
    """Status bar and an app title bar on a phone-sized page; returns the y below them."""
    pg.rect(0, 0, pg.w, 7, 0, (0, 0, 0), (245, 245, 245))
    pg.text(4, 1.6, clock, 8, ctx.body)
    pg.text(pg.w - 4, 1.6, "4G ▮▮▮ 86%", 7.5, ctx.body, "r")
    pg.rect(0, 7, pg.w, 18, 0, (0, 0, 0), (40, 120, 200))
    if back:
        pg.text(4, 9.6, "<", 13, ctx.body, "l", (255, 255, 255))
    pg.text(pg.w / 2, 10.0, title, 11, ctx.body, "c", (255, 255, 255))
    pg.text(pg.w - 4, 9.6, "···", 12, ctx.body, "r", (255, 255, 255))
    return 23.0


def chat_bar(pg: Page, ctx: Ctx, group: str) -> float:
    """A chat window header (a forwarded image inside a group chat)."""
    pg.bg = (237, 237, 237)
    pg.rect(0, 0, pg.w, 7, 0, (0, 0, 0), (237, 237, 237))
    pg.text(4, 1.6, "10:26", 8, ctx.body)
    pg.text(pg.w - 4, 1.6, "5G 73%", 7.5, ctx.body, "r")
    pg.text(4, 9.5, "<", 13, ctx.body)
    pg.text(pg.w / 2, 10, group, 10.5, ctx.body, "c")
    pg.line(0, 17.5, pg.w, 17.5, 0.2, (200, 200, 200))
    return 20.0


def browser_bar(pg: Page, ctx: Ctx, url: str, tab: str) -> float:
    """Browser print-out header: date/tab line on top, URL at the foot (as printed pages carry)."""
    pg.text(10, 5, tab, 8, ctx.body, "l", GREY)
    pg.line(10, 10, pg.w - 10, 10, 0.2, (180, 180, 180))
    pg.text(10, pg.h - 9, url, 7.5, ctx.body, "l", GREY)
    pg.text(pg.w - 10, pg.h - 9, "1/1", 7.5, ctx.body, "r", GREY)
    return 14.0


def footer(pg: Page, ctx: Ctx, text: str, page_no: str | None = None) -> None:
    pg.line(16, pg.h - 16, pg.w - 16, pg.h - 16, 0.2, GREY)
    pg.text(pg.w / 2, pg.h - 14.5, text, 7.5, ctx.body, "c", GREY)
    if page_no:
        pg.text(pg.w / 2, pg.h - 10, page_no, 8, ctx.body, "c", GREY)


def tick(
    pg: Page, x: float, y: float, size: float = 4.0, color: tuple[int, int, int] = (20, 40, 130)
) -> None:
    pg.line(x, y + size * 0.55, x + size * 0.35, y + size, 0.45, color)
    pg.line(x + size * 0.35, y + size, x + size, y, 0.45, color)


def punch_holes(pg: Page) -> None:
    for yy in (pg.h * 0.35, pg.h * 0.65):
        pg.rect(5, yy, 10, yy + 5, 0.3, (200, 200, 200), (235, 235, 235))


def scribble(
    pg: Page, ctx: Ctx, x: float, y: float, text: str, color: tuple[int, int, int] = (30, 50, 150)
) -> None:
    """A handwritten annotation in the brush face."""
    pg.text(x, y, text, 12, ctx.hand, "l", color)


def fits(text: str, font: str, size: float, width: float) -> float:
    """The largest size <= `size` at which `text` fits in `width` mm."""
    while size > 7 and width_mm(text, font, size) > width:
        size -= 0.5
    return size


def centre(
    pg: Page,
    ctx: Ctx,
    y: float,
    text: str,
    size: float,
    bold: bool = False,
    margin: float = 20,
    color: tuple[int, int, int] = (20, 20, 20),
) -> float:
    font = ctx.bold if bold else ctx.body
    s = fits(text, font, size, pg.w - 2 * margin)
    pg.text(pg.w / 2, y, text, s, font, "c", color)
    return y + s * 0.3528 * 1.7


def spaced(s: str, gap: str = " ") -> str:
    return gap.join(s)


def P_cn(n: int) -> str:
    from .pools import cn_number

    return cn_number(n)
