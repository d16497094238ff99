"""Drawing pieces draw 27's layouts share: pages, handwriting, phone and browser chrome, red headers."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind27.pools import GREY, INK, RED, Ctx

MM = 0.3528


def page(landscape: bool = False, tint: tuple[int, int, int] = (255, 255, 255)) -> Page:
    return Page(297.0, 210.0, bg=tint) if landscape else Page(210.0, 297.0, bg=tint)


def lh(size: float, lead: float = 1.7) -> float:
    return size * MM * lead


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 15.0, align: str = "l") -> float:
    return pg.text(x, y, s, size, ctx.hand, align, INK)


def para(
    pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float = 12.0, lead: float = 1.8
) -> float:
    return pg.wrap(x, y, w, s, size, ctx.body, lead, indent=width_mm("中中", ctx.body, size))


def centre(
    pg: Page, ctx: Ctx, y: float, s: str, size: float, bold: bool = True, color: Any = (20, 20, 20)
) -> float:
    pg.text(pg.w / 2, y, s, size, ctx.bold if bold else ctx.body, "c", color)
    return y + lh(size)


def fill_line(
    pg: Page, ctx: Ctx, x: float, y: float, label: str, value: str, w: float, size: float = 12.0
) -> float:
    """A printed label, an underline and a handwritten value on it; returns the x after the line."""
    lw = pg.text(x, y, label, size, ctx.body)
    x1 = x + lw + 1
    pg.line(x1, y + size * MM * 1.2, x1 + w, y + size * MM * 1.2, 0.25)
    hand(pg, ctx, x1 + 2, y - 1.2, value, size * 1.15)
    return x1 + w + 2


def status_bar(pg: Page, ctx: Ctx, clock: str, title: str) -> float:
    """A phone screenshot's top: clock and battery, then an app title bar. Returns y below it."""
    pg.rect(0, 0, pg.w, 14, 0, fill=(246, 246, 246))
    pg.text(8, 4, clock, 11, ctx.body)
    pg.text(pg.w - 8, 4, "5G  87%", 10, ctx.body, "r")
    pg.rect(0, 14, pg.w, 32, 0, fill=(236, 240, 246))
    pg.text(8, 19, "〈", 14, ctx.body)
    pg.text(pg.w / 2, 19, title, 14, ctx.bold, "c")
    pg.text(pg.w - 8, 19, "···", 14, ctx.body, "r")
    return 40.0


def browser(pg: Page, ctx: Ctx, url: str, tab: str, stamp: str) -> float:
    """A printed web page's header and footer (print date, address). Returns y below the header."""
    pg.text(10, 6, stamp, 8, ctx.body, color=GREY)
    pg.text(pg.w / 2, 6, tab, 8, ctx.body, "c", GREY)
    pg.text(10, pg.h - 9, url, 8, ctx.body, color=GREY)
    pg.text(pg.w - 10, pg.h - 9, "1/1", 8, ctx.body, "r", GREY)
    return 16.0


def red_head(pg: Page, ctx: Ctx, org_word: str, number: str) -> float:
    """A red-letter file head: the organ's name in large red type, the file number, a red rule."""
    size = 30 if len(org_word) <= 10 else 24
    pg.text(pg.w / 2, 28, org_word, size, ctx.bold, "c", RED)
    pg.text(pg.w / 2, 52, number, 12, ctx.body, "c")
    pg.line(22, 61, pg.w - 22, 61, 1.0, RED)
    pg.line(22, 62.6, pg.w - 22, 62.6, 0.3, RED)
    return 72.0


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:16], ctx.seed())


def doc(etype: str, layout: str, pages: list[Page], fields: dict[str, Any], scored: list[str],
        person: str, year: int, category: str | None = None) -> Doc:  # fmt: skip
    return Doc(etype, layout, pages, fields, scored, {"person": person, "year": year}, category)


def sup(ns: list[int]) -> str:
    return ",".join(str(n) for n in ns)
