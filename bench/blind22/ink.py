"""Drawing helpers for draw 22: handwriting, phone screens, labelled rows, seals and page shapes."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind22.pools import Ctx

BLUE = (25, 40, 120)
RED = (185, 25, 30)
GREY = (110, 110, 110)


def portrait() -> Page:
    return Page(210.0, 297.0)


def landscape() -> Page:
    return Page(297.0, 210.0)


def screen(ctx: Ctx, title: str, clock: str) -> tuple[Page, float]:
    """A phone screenshot: status bar, a title bar; returns the page and the y where content starts."""
    pg = Page(80.0, 172.0, bg=(246, 246, 246))
    pg.rect(0, 0, 80, 7, 0, fill=(236, 236, 236))
    pg.text(4, 1.6, clock, 7.5, ctx.body)
    pg.text(76, 1.6, ctx.pick(["5G", "4G", "WiFi"]) + " 86%", 7, ctx.body, "r")
    pg.rect(0, 7, 80, 16, 0, fill=(255, 255, 255))
    pg.text(3, 9.4, "＜", 9, ctx.body)
    pg.text(40, 9.6, title, 8.5, ctx.bold, "c")
    pg.line(0, 16, 80, 16, 0.15, (210, 210, 210))
    return pg, 20.0


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 15.0, align: str = "l") -> float:
    return pg.text(x, y - 0.8, s, size, ctx.hand, align, BLUE)


def blank(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float = 15.0) -> float:
    """A hand-filled value on an underline of width w."""
    pg.line(x, y + size * 0.3528 * 1.15, x + w, y + size * 0.3528 * 1.15, 0.25)
    hand(pg, ctx, x + w / 2, y, s, size, "c")
    return x + w


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:16], ctx.rng.randrange(10**6))


def rows(
    pg: Page, ctx: Ctx, x: float, y: float, pairs: list[tuple[str, str]], size: float = 12.0,
    colon: str = "：", gap: float = 2.1, label_w: float | None = None,
) -> float:  # fmt: skip
    lh = size * 0.3528 * gap
    for lab, val in pairs:
        if label_w is None:
            pg.text(x, y, f"{lab}{colon}{val}", size, ctx.body)
        else:
            pg.text(x, y, lab + colon, size, ctx.body)
            pg.text(x + label_w, y, val, size, ctx.body)
        y += lh
    return y


def spaced(s: str) -> str:
    return " ".join(s)


def centre(pg: Page, ctx: Ctx, y: float, s: str, size: float, bold: bool = True, color: Any = None) -> float:
    pg.text(pg.w / 2, y, s, size, ctx.bold if bold else ctx.body, "c", color or (20, 20, 20))
    return y + size * 0.3528 * 1.7


def fits(s: str, ctx: Ctx, size: float, width: float) -> float:
    """The largest size <= size at which s fits in width mm."""
    while size > 7 and width_mm(s, ctx.body, size) > width:
        size -= 0.5
    return size


def doc(
    etype: str, fam: str, v: str, pages: list[Page], fields: dict[str, Any], scored: list[str],
    claim: tuple[str, int], category: str | None = None,
) -> Doc:  # fmt: skip
    return Doc(
        evidence_type=etype,
        layout=f"{fam}22-{v}",
        pages=pages,
        fields=fields,
        scored=scored,
        claim={"person": claim[0], "year": claim[1]},
        category=category,
    )
