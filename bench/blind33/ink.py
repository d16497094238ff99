"""Drawing helpers of draw 33: handwriting in blue ink, QR-like codes, photo boxes, phone chrome, seals."""

from __future__ import annotations

import random

from bench.blind.page import Page, width_mm
from bench.blind33.pools import Ctx

BLUE = (30, 50, 140)
RED = (180, 30, 30)
GREY = (110, 110, 110)


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 15.0, align: str = "l") -> float:
    """A handwritten fill-in: the brush face in blue-black ink, slightly off the line."""
    dy = ctx.rng.uniform(-0.8, 0.6)
    return pg.text(x, y + dy, s, size, ctx.hand, align, BLUE)


def blank(pg: Page, x0: float, x1: float, y: float) -> None:
    pg.line(x0, y, x1, y, 0.25, (60, 60, 60))


def qr(pg: Page, x: float, y: float, size: float, seed: int) -> None:
    """A QR-like square: three finder patterns and random modules."""
    rng = random.Random(seed)
    n = 21
    cell = size / n
    pg.rect(x - 1, y - 1, x + size + 1, y + size + 1, 0, fill=(255, 255, 255))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        pg.rect(x + fx * cell, y + fy * cell, x + (fx + 7) * cell, y + (fy + 7) * cell, 0, fill=(0, 0, 0))
        pg.rect(
            x + (fx + 1) * cell,
            y + (fy + 1) * cell,
            x + (fx + 6) * cell,
            y + (fy + 6) * cell,
            0,
            fill=(255, 255, 255),
        )
        pg.rect(
            x + (fx + 2) * cell,
            y + (fy + 2) * cell,
            x + (fx + 5) * cell,
            y + (fy + 5) * cell,
            0,
            fill=(0, 0, 0),
        )
    for i in range(n):
        for j in range(n):
            if (i < 8 and j < 8) or (i >= n - 8 and j < 8) or (i < 8 and j >= n - 8):
                continue
            if rng.random() < 0.5:
                pg.rect(x + i * cell, y + j * cell, x + (i + 1) * cell, y + (j + 1) * cell, 0, fill=(0, 0, 0))


def photo(pg: Page, ctx: Ctx, x: float, y: float, w: float = 26, h: float = 35) -> None:
    pg.rect(x, y, x + w, y + h, 0.3, (120, 120, 120), (232, 236, 242))
    pg.text(x + w / 2, y + h / 2 - 2, "照片", 9, ctx.body, "c", GREY)


def status_bar(
    pg: Page, ctx: Ctx, clock: str, title: str, dark: tuple[int, int, int] = (245, 245, 245)
) -> float:
    """The top of a phone screenshot: clock, battery, a title bar. Returns the y below it."""
    pg.rect(0, 0, pg.w, 9, 0, fill=dark)
    pg.text(5, 2.2, clock, 8, ctx.body)
    pg.text(pg.w - 5, 2.2, "5G 87%", 7, ctx.body, "r")
    pg.rect(0, 9, pg.w, 21, 0, fill=(250, 250, 250))
    pg.text(5, 12.5, "〈", 11, ctx.body)
    pg.text(pg.w / 2, 12.5, title, 11, ctx.bold, "c")
    pg.line(0, 21, pg.w, 21, 0.2, (210, 210, 210))
    return 26.0


def centred(
    pg: Page, y: float, s: str, size: float, font: str, color: tuple[int, int, int] = (20, 20, 20)
) -> float:
    pg.text(pg.w / 2, y, s, size, font, "c", color)
    return y + size * 0.3528 * 1.7


def fit(s: str, font: str, size: float, width: float) -> float:
    """The largest size <= `size` at which `s` fits in `width` mm."""
    while size > 7 and width_mm(s, font, size) > width:
        size -= 0.5
    return size


def para(
    pg: Page,
    ctx: Ctx,
    x: float,
    y: float,
    w: float,
    s: str,
    size: float = 12.0,
    indent: bool = True,
    lead: float = 1.75,
) -> float:
    return pg.wrap(x, y, w, s, size, ctx.body, lead, indent=size * 0.3528 * 2 if indent else 0.0)


def kv(
    pg: Page,
    ctx: Ctx,
    x: float,
    y: float,
    pairs: list[tuple[str, str]],
    size: float = 12.0,
    lw: float | None = None,
    colon: str = "：",
    gap: float = 2.1,
) -> float:
    for lab, val in pairs:
        if lw is None:
            pg.text(x, y, f"{lab}{colon}{val}", size, ctx.body)
        else:
            pg.text(x, y, lab + colon, size, ctx.body)
            pg.text(x + lw, y, val, size, ctx.body)
        y += size * 0.3528 * gap
    return y


def seal_over(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:16], ctx.rng.randrange(10**6))
