"""Small drawing and truth helpers shared by draw 41's builders."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind41.pools import Ctx, layout

MM = 0.3528
INK = (20, 20, 20)
BLUE = (25, 40, 120)
RED = (185, 30, 30)
GREY = (110, 110, 110)


def doc(
    etype: str,
    v: str,
    pages: list[Page],
    fields: dict[str, Any],
    scored: list[str],
    claim: dict[str, Any],
    category: str | None = None,
) -> Doc:
    return Doc(etype, layout(etype, v), pages, fields, scored, claim, category)


def lh(size: float, lead: float = 1.7) -> float:
    return size * MM * lead


def put(
    pg: Page,
    ctx: Ctx,
    x: float,
    y: float,
    s: str,
    size: float,
    align: str = "l",
    bold: bool = False,
    color: tuple[int, int, int] = INK,
    hand: bool = False,
) -> float:
    """One line of text; returns the y below it."""
    font = ctx.hand if hand else ctx.bold if bold else ctx.body
    pg.text(x, y, s, size, font, align, color)
    return y + lh(size)


def fit(s: str, font: str, size: float, width: float) -> float:
    """The largest size not above `size` at which `s` fits in `width` mm."""
    while size > 6 and width_mm(s, font, size) > width:
        size -= 0.5
    return size


def centre(
    pg: Page,
    ctx: Ctx,
    y: float,
    s: str,
    size: float,
    bold: bool = True,
    width: float | None = None,
    color: tuple[int, int, int] = INK,
) -> float:
    font = ctx.bold if bold else ctx.body
    size = fit(s, font, size, width or pg.w - 30)
    pg.text(pg.w / 2, y, s, size, font, "c", color)
    return y + lh(size)


def para(
    pg: Page,
    ctx: Ctx,
    x: float,
    y: float,
    width: float,
    s: str,
    size: float,
    indent: bool = True,
    lead: float = 1.75,
) -> float:
    return pg.wrap(x, y, width, s, size, ctx.body, lead, indent=size * MM * 2 if indent else 0.0)


def pairs(
    pg: Page,
    ctx: Ctx,
    x: float,
    y: float,
    rows: list[tuple[str, str]],
    size: float,
    label_w: float,
    hand_rows: tuple[int, ...] = (),
    underline: float = 0.0,
    gap: float = 2.1,
) -> float:
    for i, (lab, val) in enumerate(rows):
        pg.text(x, y, lab, size, ctx.body)
        hand = i in hand_rows
        vs = size * (1.15 if hand else 1.0)
        pg.text(
            x + label_w,
            y - (0.6 if hand else 0),
            val,
            vs,
            ctx.hand if hand else ctx.body,
            "l",
            BLUE if hand else INK,
        )
        if underline:
            pg.line(x + label_w - 1, y + size * MM * 1.3, x + label_w + underline, y + size * MM * 1.3, 0.2)
        y += size * MM * gap
    return y


def phone_chrome(pg: Page, ctx: Ctx, title: str, clock: str, dark: bool = False) -> float:
    """A phone screen's status and title bars; returns the y below them."""
    bar = (245, 245, 245) if not dark else (40, 40, 46)
    pg.rect(0, 0, pg.w, 20, 0, fill=bar)
    col = INK if not dark else (240, 240, 240)
    pg.text(5, 2.2, clock, 8, ctx.body, "l", col)
    pg.text(pg.w - 5, 2.2, "5G  76%", 7, ctx.body, "r", col)
    pg.text(6, 10, "〈", 11, ctx.body, "l", col)
    size = fit(title, ctx.bold, 11, pg.w - 30)
    pg.text(pg.w / 2, 10.3, title, size, ctx.bold, "c", col)
    pg.text(pg.w - 6, 10, "···", 11, ctx.body, "r", col)
    pg.line(0, 20, pg.w, 20, 0.2, (200, 200, 200))
    return 25.0


def browser_chrome(pg: Page, ctx: Ctx, url: str, site: str, nav: list[str]) -> float:
    pg.rect(0, 0, pg.w, 11, 0, fill=(222, 225, 230))
    pg.rect(30, 2.2, pg.w - 30, 8.8, 0.2, (170, 170, 170), fill=(255, 255, 255))
    pg.text(33, 3.4, url, 8, ctx.body, "l", GREY)
    pg.text(8, 3.2, "<  >  C", 8, ctx.body, "l", GREY)
    pg.rect(0, 11, pg.w, 30, 0, fill=(20, 80, 150))
    pg.text(14, 14.5, site, 18, ctx.bold, "l", (255, 255, 255))
    pg.rect(0, 30, pg.w, 38, 0, fill=(12, 60, 120))
    x = 14.0
    for n in nav:
        x += pg.text(x, 31.6, n, 9, ctx.body, "l", (235, 235, 235)) + 9
    return 44.0


def qr(pg: Page, x: float, y: float, s: float, seed: int) -> None:
    """A QR-code-like square pattern (no data)."""
    import random

    r = random.Random(seed)
    n = 21
    c = s / n
    pg.rect(x, y, x + s, y + s, 0.2)
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            on = (
                corner
                and (
                    i in (0, 6, n - 7, n - 1)
                    or j in (0, 6, n - 7, n - 1)
                    or (2 <= i % (n - 7) <= 4 and 2 <= j % (n - 7) <= 4)
                )
            ) or (not corner and r.random() < 0.45)
            if on:
                pg.rect(x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c, 0, fill=(15, 15, 15))


def photo_box(pg: Page, x: float, y: float, w: float, h: float, ctx: Ctx) -> None:
    pg.rect(x, y, x + w, y + h, 0.3, (120, 120, 120), fill=(214, 226, 240))
    pg.rect(x + w * 0.3, y + h * 0.18, x + w * 0.7, y + h * 0.55, 0, fill=(160, 175, 195))
    pg.rect(x + w * 0.15, y + h * 0.6, x + w * 0.85, y + h, 0, fill=(120, 135, 160))


def redhead(pg: Page, ctx: Ctx, org: str, y: float, doc_no: str | None = None) -> float:
    """A 红头文件 masthead: the organisation in red, a red rule, the document number."""
    size = fit(org + "文件", ctx.bold, 26, pg.w - 40)
    pg.text(pg.w / 2, y, org + "文件", size, ctx.bold, "c", RED)
    y += lh(size) + 4
    if doc_no:
        pg.text(pg.w / 2, y, doc_no, 12, ctx.body, "c")
        y += lh(12)
    pg.line(22, y + 1, pg.w - 22, y + 1, 0.9, RED)
    return y + 7
