"""Small drawing helpers for draw 14's layouts: text, handwriting, seals, phone screens, labelled rows."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind14.pools import Ctx

INK = (28, 44, 128)  # ballpoint blue
RED = (176, 30, 36)
GREY = (110, 110, 110)
MM = 0.3528


def doc(
    ctx: Ctx,
    etype: str,
    family: str,
    variant: str,
    pages: list[Page],
    fields: dict[str, Any],
    scored: list[str],
    claim: tuple[str, int],
    category: str | None = None,
) -> Doc:
    return Doc(
        evidence_type=etype,
        layout=f"{family}14-{variant}",
        pages=pages,
        fields=fields,
        scored=scored,
        claim={"person": claim[0], "year": claim[1]},
        category=category,
    )


def t(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float, bold: bool = False, align: str = "l",
      color: tuple[int, int, int] = (20, 20, 20)) -> float:  # fmt: skip
    """Text with its top at y; returns the y of the next line."""
    pg.text(x, y, s, size, ctx.bold if bold else ctx.body, align, color)
    return y + size * MM * 1.75


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 15, align: str = "l") -> float:
    pg.text(x, y, s, size, ctx.hand, align, INK)
    return y + size * MM * 1.6


def para(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float, lead: float = 1.75,
         indent: bool = True) -> float:  # fmt: skip
    return pg.wrap(x, y, w, s, size, ctx.body, lead, indent=size * MM * 2 if indent else 0.0)


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:18], ctx.rng.randrange(1 << 30))


def wmm(ctx: Ctx, s: str, size: float, bold: bool = False) -> float:
    return width_mm(s, ctx.bold if bold else ctx.body, size)


def spaced(s: str, gap: str = " ") -> str:
    return gap.join(s)


def rows(pg: Page, ctx: Ctx, x: float, y: float, pairs: list[tuple[str, str]], size: float, lab_w: float,
         colon: str = "：", gap: float = 2.0, rule: float | None = None) -> float:  # fmt: skip
    """Label/value rows with the values in a column (optionally underlined to x=rule)."""
    for lab, val in pairs:
        pg.text(x, y, lab + colon, size, ctx.body)
        pg.text(x + lab_w, y, val, size, ctx.body)
        if rule:
            yy = y + size * MM * 1.3
            pg.line(x + lab_w - 1, yy, rule, yy, 0.2, GREY)
        y += size * MM * gap
    return y


def phone(ctx: Ctx, header: str, clock: str, back: bool = True) -> tuple[Page, float]:
    """A phone screenshot: status bar, an app title bar; returns the page and the content top."""
    pg = Page(w=78.0, h=168.0, bg=(244, 245, 247))
    pg.rect(0, 0, pg.w, 7.5, 0, fill=(250, 250, 250))
    pg.text(4, 1.8, clock, 7.5, ctx.body)
    pg.text(pg.w - 4, 1.8, f"{ctx.rng.randint(21, 98)}%", 7, ctx.body, "r")
    pg.text(pg.w - 14, 1.8, "5G", 7, ctx.body, "r")
    pg.rect(0, 7.5, pg.w, 17, 0, fill=(255, 255, 255))
    if back:
        pg.text(4, 9.6, "〈", 10, ctx.body)
    pg.text(pg.w / 2, 9.6, header, 10, ctx.bold, "c")
    pg.text(pg.w - 4, 9.6, "···", 10, ctx.body, "r")
    pg.line(0, 17, pg.w, 17, 0.15, (220, 220, 220))
    return pg, 20.0


def card(pg: Page, x0: float, y0: float, x1: float, y1: float) -> None:
    pg.rect(x0, y0, x1, y1, 0.1, (230, 230, 230), fill=(255, 255, 255))


def tick(pg: Page, x: float, y: float, s: float = 4.0) -> None:
    """A pen tick mark drawn with two strokes, its box from (x, y) to (x + s, y + s)."""
    pg.line(x, y + s * 0.55, x + s * 0.38, y + s, 0.45, INK)
    pg.line(x + s * 0.38, y + s, x + s * 1.05, y - s * 0.1, 0.45, INK)
