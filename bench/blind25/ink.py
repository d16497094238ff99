"""Drawing helpers for draw 25: handwriting, phone screens, stamps, documents."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind25.pools import Ctx

BLUE = (28, 48, 150)
BLACK = (20, 20, 20)
RED = (185, 30, 30)
GREY = (110, 110, 110)
MM = 0.3528


def hand(
    pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 15.0, align: str = "l", jitter: bool = True
) -> float:
    """Ballpoint fill-in in the brush face, slightly off the baseline."""
    dy = ctx.rng.uniform(-0.8, 0.8) if jitter else 0.0
    return pg.text(x, y + dy, s, size, ctx.hand, align, BLUE)


def centre(pg: Page, ctx: Ctx, y: float, s: str, size: float, bold: bool = False, color=BLACK) -> float:
    pg.text(pg.w / 2, y, s, size, ctx.bold if bold else ctx.body, "c", color)
    return y + size * MM * 1.7


def para(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float, lead: float = 1.8) -> float:
    return pg.wrap(x, y, w, s, size, ctx.body, lead, indent=size * MM * 2)


def fit(s: str, font: str, size: float, width: float) -> float:
    """The largest size not above `size` at which `s` fits in `width` mm."""
    while size > 7 and width_mm(s, font, size) > width:
        size -= 0.5
    return size


def phone(status: str = "9:41") -> Page:
    """A phone screenshot: narrow, tall, grey background, a status bar."""
    pg = Page(w=76.0, h=164.0, bg=(242, 243, 247))
    pg.rect(0, 0, 76, 7, 0, fill=(250, 250, 250))
    pg.text(4, 1.6, status, 7.5, "zenhei")  # (embeddable: a phone page may be saved as a PDF text layer)
    pg.text(72, 1.6, "5G  86%", 7.0, "zenhei", "r")
    return pg


def card(pg: Page, x0: float, y0: float, x1: float, y1: float) -> None:
    pg.rect(x0, y0, x1, y1, 0.15, (225, 225, 230), (255, 255, 255))


def rows(pg: Page, ctx: Ctx, x: float, y: float, pairs: list[tuple[str, str]], size: float, gap: float,
         lab_w: float | None = None, colon: str = "：") -> float:  # fmt: skip
    for lab, val in pairs:
        if lab_w is None:
            pg.text(x, y, f"{lab}{colon}{val}", size, ctx.body)
        else:
            pg.text(x, y, lab + colon, size, ctx.body)
            pg.text(x + lab_w, y, val, size, ctx.body)
        y += gap
    return y


def doc(
    etype: str,
    fam: str,
    var: str,
    pages: list[Page],
    fields: dict[str, Any],
    scored: list[str],
    claim: dict[str, Any],
    category: str | None = None,
) -> Doc:
    return Doc(etype, f"{fam}25-{var}", pages, fields, scored, claim, category)
