"""Drawing helpers for draw 43: the document record, phone and browser chrome, QR captions, serial lines."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind43.pools import Ctx, layout, variant
from bench.generator.truth import person


def doc(
    ctx: Ctx,
    etype: str,
    v: str,
    pages: list[Page],
    fields: dict[str, Any],
    scored: list[str],
    claim_person: str,
    year: int,
    category: str | None = None,
) -> Doc:
    return Doc(etype, layout(etype, v), pages, fields, scored, {"person": claim_person, "year": year}, category)


def ppl(names: list[str], role: str, ranks: list[int] | None = None) -> list[dict[str, Any]]:
    return [person(n, (ranks[i] if ranks else i + 1), role) for i, n in enumerate(names)]


def portrait() -> Page:
    return Page()


def landscape() -> Page:
    return Page(w=297.0, h=210.0)


def phone_page(ctx: Ctx, app_title: str, dark: bool = False) -> tuple[Page, float]:
    """A phone screen capture: status bar, app title bar; returns the page and the y where content starts."""
    pg = Page(w=82.0, h=172.0, bg=(246, 246, 246))
    rng = ctx.rng
    bar = (30, 30, 30) if dark else (237, 237, 237)
    fg = (240, 240, 240) if dark else (20, 20, 20)
    pg.rect(0, 0, pg.w, 15.5, 0, bar, bar)
    pg.text(4, 1.6, f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}", 7, ctx.body, "l", fg)
    pg.text(pg.w - 4, 1.6, f"{rng.choice(('5G', '4G', 'WiFi'))}  {rng.randint(12, 99)}%", 7, ctx.body, "r", fg)
    pg.text(4, 7.6, "<", 9, ctx.body, "l", fg)
    pg.text(pg.w / 2, 7.8, app_title, 8, ctx.bold, "c", fg)
    pg.text(pg.w - 4, 7.6, "···", 9, ctx.body, "r", fg)
    return pg, 19.0


def browser_page(ctx: Ctx, url: str, tab: str) -> tuple[Page, float]:
    pg = Page(w=297.0, h=180.0)
    pg.rect(0, 0, pg.w, 9, 0, (222, 225, 230), (222, 225, 230))
    pg.rect(4, 1.5, 70, 9, 0, (255, 255, 255), (255, 255, 255))
    pg.text(7, 3, tab, 7.5, ctx.body)
    pg.rect(0, 9, pg.w, 18, 0, (245, 245, 245), (245, 245, 245))
    pg.rect(22, 10.5, 230, 16.5, 0.2, (200, 200, 200), (255, 255, 255))
    pg.text(25, 11.7, url, 7.5, ctx.body, "l", (80, 80, 80))
    pg.text(6, 11, "←  →  C", 8, ctx.body, "l", (90, 90, 90))
    return pg, 24.0


def qr(pg: Page, ctx: Ctx, x: float, y: float, size: float, caption: str) -> None:
    """A QR code block (a pseudo-random module grid) with its caption underneath."""
    n = 21
    cell = size / n
    rng = ctx.rng
    pg.rect(x, y, x + size, y + size, 0.2, (40, 40, 40), (255, 255, 255))
    for cy in range(n):
        for cx in range(n):
            lx = cx - (n - 7) if cx >= n - 7 else cx
            ly = cy - (n - 7) if cy >= n - 7 else cy
            if 0 <= lx < 7 and 0 <= ly < 7 and not (cx >= n - 7 and cy >= n - 7):
                on = lx in (0, 6) or ly in (0, 6) or (2 <= lx <= 4 and 2 <= ly <= 4)
            else:
                on = rng.random() < 0.45
            if on:
                pg.rect(x + cx * cell, y + cy * cell, x + (cx + 1) * cell, y + (cy + 1) * cell, 0, (20, 20, 20),
                        (20, 20, 20))  # fmt: skip
    if caption:
        pg.text(x + size / 2, y + size + 1.5, caption, 6.5, ctx.body, "c", (70, 70, 70))


def photo_box(pg: Page, ctx: Ctx, x: float, y: float, w: float = 25.0, h: float = 35.0) -> None:
    pg.rect(x, y, x + w, y + h, 0.3, (120, 120, 120), (214, 222, 232))
    pg.rect(x + w * 0.3, y + h * 0.18, x + w * 0.7, y + h * 0.5, 0, (160, 170, 185), (160, 170, 185))
    pg.rect(x + w * 0.15, y + h * 0.56, x + w * 0.85, y + h, 0, (160, 170, 185), (160, 170, 185))


def fit(text: str, font: str, size: float, width: float) -> float:
    """The size (≤ size) at which text fits in width mm."""
    while size > 6 and width_mm(text, font, size) > width:
        size -= 0.5
    return size


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 14.0, align: str = "l") -> None:
    pg.text(x, y, s, size, ctx.hand, align, (25, 35, 110))


def footer(pg: Page, ctx: Ctx, s: str, y: float | None = None) -> None:
    pg.text(pg.w / 2, pg.h - 12 if y is None else y, s, 7.5, ctx.body, "c", (90, 90, 90))


def pick_variant(ctx: Ctx, etype: str) -> str:
    return variant(ctx, etype)
