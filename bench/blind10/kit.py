"""Drawing helpers for draw 10: pages, centred and ruled text, handwriting ink, seals, phone chrome, QR blocks."""

from __future__ import annotations

import random

from bench.blind.page import Page, width_mm
from bench.blind10.pools import Ctx

PT = 0.3528
INK = [(28, 40, 110), (20, 20, 30), (40, 55, 140)]
RED = (190, 30, 35)
GREY = (110, 110, 110)


def portrait() -> Page:
    return Page(210.0, 297.0)


def landscape() -> Page:
    return Page(297.0, 210.0)


def screen(h: float = 195.0) -> Page:
    """A phone screenshot's proportions (in mm, so text sizes stay legible when rendered); a tall one scrolls."""
    return Page(90.0, h, bg=(246, 246, 246))


def lh(size: float, lead: float = 1.7) -> float:
    return size * PT * lead


def centre(
    pg: Page, ctx: Ctx, y: float, s: str, size: float, bold: bool = False, color=(20, 20, 20)
) -> float:
    pg.text(pg.w / 2, y, s, size, ctx.bold if bold else ctx.body, "c", color)
    return y + lh(size)


def spaced(s: str, gap: str = " ") -> str:
    return gap.join(s)


def fit(s: str, font: str, size: float, width: float) -> float:
    """The largest size <= `size` at which `s` fits `width` mm."""
    while size > 7 and width_mm(s, font, size) > width:
        size -= 0.5
    return size


def prose(
    pg: Page, ctx: Ctx, x: float, y: float, width: float, s: str, size: float, indent: bool = True
) -> float:
    return pg.wrap(x, y, width, s, size, ctx.body, lead=1.75, indent=size * PT * 2 if indent else 0.0)


def pairs(
    pg: Page, ctx: Ctx, x: float, y: float, rows: list[tuple[str, str]], size: float, label_w: float,
    colon: str = "：", lead: float = 2.1,
) -> float:  # fmt: skip
    for lab, val in rows:
        pg.text(x, y, lab + colon if lab else "", size, ctx.body)
        pg.text(x + label_w, y, val, size, ctx.body)
        y += lh(size, lead)
    return y


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float, align: str = "l") -> float:
    """Handwritten ink in the brush face, nudged a little off the baseline."""
    rng = ctx.rng
    color = INK[rng.randrange(len(INK))]
    return pg.text(x + rng.uniform(-0.8, 0.8), y + rng.uniform(-0.6, 0.4), s, size, ctx.hand, align, color)


def blank(pg: Page, x0: float, x1: float, y: float) -> None:
    """An underline to write on."""
    pg.line(x0, y, x1, y, 0.25, (60, 60, 60))


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 20.0) -> None:
    pg.seal(cx, cy, r, org[:16], ctx.seed())


def qr(pg: Page, rng: random.Random, x: float, y: float, size: float, n: int = 21) -> None:
    """A QR-code-like block: finder squares at three corners and random modules."""
    cell = size / n
    pg.rect(x, y, x + size, y + size, 0.0, (255, 255, 255), (255, 255, 255))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        pg.rect(
            x + fx * cell, y + fy * cell, x + (fx + 7) * cell, y + (fy + 7) * cell, 0.0, (0, 0, 0), (0, 0, 0)
        )
        pg.rect(x + (fx + 1) * cell, y + (fy + 1) * cell, x + (fx + 6) * cell, y + (fy + 6) * cell, 0.0,
                (255, 255, 255), (255, 255, 255))  # fmt: skip
        pg.rect(x + (fx + 2) * cell, y + (fy + 2) * cell, x + (fx + 5) * cell, y + (fy + 5) * cell, 0.0, (0, 0, 0),
                (0, 0, 0))  # fmt: skip
    for i in range(n):
        for j in range(n):
            if (i < 8 and j < 8) or (i >= n - 8 and j < 8) or (i < 8 and j >= n - 8):
                continue
            if rng.random() < 0.45:
                pg.rect(x + i * cell, y + j * cell, x + (i + 1) * cell, y + (j + 1) * cell, 0.0, (0, 0, 0),
                        (0, 0, 0))  # fmt: skip


def status_bar(pg: Page, ctx: Ctx, title: str, clock: str) -> float:
    """A phone's status bar and an app title bar; returns the y below them."""
    pg.rect(0, 0, pg.w, 8, 0.0, (246, 246, 246), (246, 246, 246))
    pg.text(5, 2.2, clock, 7.5, ctx.body)
    pg.text(pg.w - 5, 2.2, f"5G  {ctx.rng.randint(31, 96)}%", 7.5, ctx.body, "r")
    pg.rect(0, 8, pg.w, 19, 0.0, (255, 255, 255), (255, 255, 255))
    pg.text(5, 11.5, "<", 10, ctx.body)
    pg.text(pg.w / 2, 11.2, title, 10.5, ctx.bold, "c")
    pg.text(pg.w - 5, 11.5, "···", 10, ctx.body, "r")
    pg.line(0, 19, pg.w, 19, 0.2, (220, 220, 220))
    return 23.0


def card(pg: Page, x0: float, y0: float, x1: float, y1: float) -> None:
    pg.rect(x0, y0, x1, y1, 0.2, (230, 230, 230), (255, 255, 255))


def red_head(pg: Page, ctx: Ctx, org: str, y: float, docno: str | None) -> float:
    """A red-letterhead: the organisation in large red type, a document number and a red rule."""
    size = fit(org + "文件", ctx.bold, 30, pg.w - 40)
    pg.text(pg.w / 2, y, org + "文件", size, ctx.bold, "c", RED)
    y += lh(size, 1.9)
    if docno:
        pg.text(pg.w / 2, y, docno, 12, ctx.body, "c")
        y += lh(12, 1.5)
    pg.line(22, y, pg.w - 22, y, 1.0, RED)
    pg.line(22, y + 1.2, pg.w - 22, y + 1.2, 0.3, RED)
    return y + 8


def border(pg: Page, style: int, color=(160, 120, 50)) -> None:
    m = 9.0
    if style == 0:
        pg.rect(m, m, pg.w - m, pg.h - m, 1.6, color)
        pg.rect(m + 2.5, m + 2.5, pg.w - m - 2.5, pg.h - m - 2.5, 0.35, color)
    elif style == 1:
        pg.rect(m, m, pg.w - m, pg.h - m, 3.0, (160, 35, 35))
    elif style == 2:
        for i in range(3):
            pg.rect(m + i * 1.6, m + i * 1.6, pg.w - m - i * 1.6, pg.h - m - i * 1.6, 0.3, color)
