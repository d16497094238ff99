"""Draw 48's page furniture: document assembly, phone-screen frames, browser print headers, noise lines."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind48.pools import Ctx


def doc(etype: str, layout: str, pages: list[Page], fields: dict[str, Any], scored: list[str], person: str,
        year: int, category: str | None = None) -> Doc:  # fmt: skip
    return Doc(etype, layout, pages, fields, scored, {"person": person, "year": year}, category)


def people(names: list[str], role: str, start: int = 1) -> list[dict[str, Any]]:
    return [{"name": n, "rank": start + i, "role": role} for i, n in enumerate(names)]


def phone_page(ctx: Ctx, app: str, clock: str, w: float = 82.0, h: float = 176.0) -> tuple[Page, float]:
    """A phone screenshot: status bar, app title bar; returns the page and the y where content starts."""
    pg = Page(w, h, bg=(244, 245, 247))
    pg.rect(0, 0, w, 7, 0, fill=(250, 250, 250))
    pg.text(4, 1.6, clock, 7, ctx.body)
    pg.text(w - 4, 1.6, f"5G {ctx.rng.randint(21, 98)}%", 7, ctx.body, "r")
    pg.rect(0, 7, w, 17, 0, fill=(255, 255, 255))
    pg.text(4, 9.6, "<", 10, ctx.body)
    pg.text(w / 2, 9.6, app, 9.5, ctx.bold, "c")
    pg.text(w - 4, 9.6, "···", 10, ctx.body, "r")
    pg.line(0, 17, w, 17, 0.2, (220, 220, 220))
    return pg, 21.0


def browser_head(pg: Page, ctx: Ctx, url: str, stamp: str, title: str) -> float:
    """What a browser prints at the top of a page: date-time, page title, and the URL at the foot."""
    pg.text(10, 6, stamp, 7.5, ctx.body)
    pg.text(pg.w / 2, 6, title, 7.5, ctx.body, "c")
    pg.text(10, pg.h - 9, url, 7.5, ctx.body)
    pg.text(pg.w - 10, pg.h - 9, "1/1", 7.5, ctx.body, "r")
    return 14.0


def centre_wrap(pg: Page, x: float, y: float, width: float, s: str, size: float, font: str) -> float:
    """A short line centred, or wrapped flush-left when it is wider than `width`."""
    if width_mm(s, font, size) <= width:
        pg.text(x + width / 2, y, s, size, font, "c")
        return y + size * 0.3528 * 1.7
    return pg.wrap(x, y, width, s, size, font, 1.6)


def fit(s: str, font: str, size: float, width: float) -> float:
    """The largest size <= `size` at which `s` fits in `width` mm."""
    while size > 6 and width_mm(s, font, size) > width:
        size -= 0.5
    return size


def tick(pg: Page, ctx: Ctx, x: float, y: float, size: float = 14.0) -> None:
    pg.text(x, y, "√", size, ctx.hand, color=(30, 60, 160))
