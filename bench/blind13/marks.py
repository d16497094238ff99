"""Marks drawn on draw 13's pages besides print: handwriting, steel seals, photos, QR boxes, fill-in rules."""

from __future__ import annotations

import math
import random

from bench.blind.page import Page, width_mm
from bench.blind13.pools import Ctx

INK = (28, 44, 128)  # blue-black ballpoint
GREY = (120, 120, 120)


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 15.0, align: str = "l") -> float:
    """Handwritten text in ink, slightly off the baseline."""
    dy = ctx.rng.uniform(-0.8, 0.6)
    return pg.text(x, y + dy, s, size, ctx.hand, align, INK)


def blank(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float = 14.0) -> float:
    """A printed fill-in rule with handwriting on it; returns x after the rule."""
    pg.line(x, y + size * 0.3528 * 1.3, x + w, y + size * 0.3528 * 1.3, 0.25)
    tw = width_mm(s, ctx.hand, size)
    hand(pg, ctx, x + max(0.5, (w - tw) / 2), y - 0.4, s, size)
    return x + w


def circle(
    pg: Page, cx: float, cy: float, r: float, width: float, color: tuple[int, int, int], n: int = 72
) -> None:
    pts = [
        (cx + r * math.cos(2 * math.pi * i / n), cy + r * math.sin(2 * math.pi * i / n)) for i in range(n + 1)
    ]
    for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
        pg.line(x0, y0, x1, y1, width, color)


def steel_seal(pg: Page, ctx: Ctx, cx: float, cy: float, r: float, org: str) -> None:
    """An embossed (钢印) seal: pale relief rings and ridges; its lettering is too faint to read."""
    col = (208, 208, 202)
    circle(pg, cx, cy, r, 0.7, col)
    circle(pg, cx, cy, r * 0.93, 0.3, col)
    circle(pg, cx, cy, r * 0.45, 0.4, col)
    n = 10 + len(org) % 6
    for i in range(n * 2):
        a = math.radians(200) + math.radians(220) * i / (n * 2)
        r0, r1 = r * 0.6, r * 0.86
        pg.line(
            cx + r0 * math.cos(a),
            cy + r0 * math.sin(a),
            cx + r1 * math.cos(a),
            cy + r1 * math.sin(a),
            0.5,
            col,
        )


def photo(pg: Page, x: float, y: float, w: float = 26.0, h: float = 35.0) -> None:
    """A pasted one-inch photo: pale backdrop, head and shoulders."""
    pg.rect(x, y, x + w, y + h, 0.3, (90, 90, 90), (176, 200, 228))
    cx = x + w / 2
    pg.rect(cx - w * 0.17, y + h * 0.18, cx + w * 0.17, y + h * 0.55, 0, (70, 60, 55), (92, 78, 70))
    pg.rect(x + w * 0.12, y + h * 0.62, x + w * 0.88, y + h, 0, (40, 40, 60), (48, 52, 78))


def qr(pg: Page, x: float, y: float, size: float, seed: int) -> None:
    """A QR-like square of modules with three finder patterns."""
    rng = random.Random(seed)
    n = 21
    c = size / n
    pg.rect(x, y, x + size, y + size, 0, (255, 255, 255), (255, 255, 255))
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                ii, jj = i % (n - 7) if i >= 7 else i, j % (n - 7) if j >= 7 else j
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rng.random() < 0.48
            if on:
                pg.rect(x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c, 0, (0, 0, 0), (10, 10, 10))


def barcode(pg: Page, x: float, y: float, w: float, h: float, seed: int) -> None:
    rng = random.Random(seed)
    cx = x
    while cx < x + w:
        bw = rng.choice((0.25, 0.25, 0.5, 0.75))
        if rng.random() < 0.55:
            pg.rect(cx, y, cx + bw, y + h, 0, (0, 0, 0), (0, 0, 0))
        cx += bw


def dotted(pg: Page, x0: float, x1: float, y: float) -> None:
    """A leader of dots between a contents title and its page number."""
    x = x0
    while x < x1:
        pg.rect(x, y, x + 0.35, y + 0.35, 0, (60, 60, 60), (60, 60, 60))
        x += 1.4
