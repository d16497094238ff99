"""Draw 32's page helpers: handwriting, stamps, desk photos, phone frames, label rows and the Doc builder."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind32.pools import Ctx

INK = (25, 45, 150)
RED = (190, 30, 30)
GREY = (110, 110, 110)
LH = 0.3528  # mm per point


def portrait() -> Page:
    return Page(210.0, 297.0)


def landscape() -> Page:
    return Page(297.0, 210.0)


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 14.0, align: str = "l") -> float:
    """Handwritten ink: the brush face in blue, a little off the line."""
    return pg.text(x, y + ctx.rng.uniform(-0.8, 0.8), s, size, ctx.hand, align, INK)


def strike(pg: Page, x: float, y: float, w: float, size: float) -> None:
    yy = y + size * LH * 0.55
    pg.line(x - 1, yy + 0.6, x + w + 1, yy - 0.6, 0.5, INK)


def stamp(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:16], ctx.rng.randrange(10**6))


def sign_off(pg: Page, ctx: Ctx, lines: list[str], y: float, size: float = 13.0, xr: float | None = None,
             seal: str | None = None) -> float:  # fmt: skip
    """Issuer and date lines centred on one column near the right edge, a seal over them."""
    xr = pg.w - 25 if xr is None else xr
    wmax = max(width_mm(s, ctx.body, size) for s in lines)
    cx = xr - wmax / 2
    yy = y
    for s in lines:
        pg.text(cx, yy, s, size, ctx.body, "c")
        yy += size * LH * 1.8
    if seal:
        stamp(pg, ctx, cx + ctx.rng.uniform(-6, 6), y + size * LH * 1.5, seal)
    return yy


def pairs(pg: Page, ctx: Ctx, x: float, y: float, rows: list[tuple[str, str]], size: float, lab_w: float,
          colon: str = "：", gap: float = 2.1, rule: bool = False) -> float:  # fmt: skip
    """Label / value rows, the values in a column (optionally on an underline)."""
    for lab, val in rows:
        pg.text(x, y, lab + colon, size, ctx.body)
        yb = pg.wrap(x + lab_w, y, pg.w - x - lab_w - 18, val, size, ctx.body, 1.45)
        if rule:
            pg.line(x + lab_w - 1, y + size * LH * 1.3, pg.w - x, y + size * LH * 1.3, 0.2, GREY)
        y = max(yb + size * LH * (gap - 1.45), y + size * LH * gap)
    return y


def centre(pg: Page, ctx: Ctx, y: float, s: str, size: float, bold: bool = True, color=(20, 20, 20)) -> float:  # noqa: ANN001
    pg.text(pg.w / 2, y, s, size, ctx.bold if bold else ctx.body, "c", color)
    return y + size * LH * 1.7


def spaced(s: str, gap: str = " ") -> str:
    return gap.join(s)


def desk(pg: Page, ctx: Ctx, x0: float, y0: float, x1: float, y1: float) -> None:
    """A sheet lying on a wooden desk: brown background, a cast shadow, the white sheet, a darker corner."""
    pg.bg = ctx.pick([(150, 110, 72), (120, 90, 60), (176, 140, 100), (95, 80, 70)])
    d = ctx.rng.uniform(3, 6)
    pg.rect(x0 + d, y0 + d, x1 + d, y1 + d, 0, (60, 45, 35), (60, 45, 35))
    pg.rect(x0, y0, x1, y1, 0, (250, 248, 240), (250, 248, 240))
    sx = ctx.rng.uniform(0.45, 0.7)
    pg.rect(x0 + (x1 - x0) * sx, y0, x1, y0 + (y1 - y0) * 0.35, 0, (214, 211, 203), (214, 211, 203))


def phone_bar(pg: Page, ctx: Ctx, title: str, clock: str) -> float:
    """A phone screen's status bar and navigation bar; returns the y below them."""
    pg.rect(0, 0, pg.w, 22, 0, (245, 245, 245), (245, 245, 245))
    pg.text(5, 2.5, clock, 8, ctx.body)
    pg.text(pg.w - 5, 2.5, "5G  86%", 7, ctx.body, "r")
    pg.text(5, 11, "〈", 10, ctx.body)
    pg.text(pg.w / 2, 11, title, 9.5, ctx.bold, "c")
    pg.text(pg.w - 5, 11, "···", 10, ctx.body, "r")
    pg.line(0, 22, pg.w, 22, 0.2, (200, 200, 200))
    return 28.0


def make(etype: str, family: str, variant: str, pages: list[Page], fields: dict[str, Any], scored: list[str],
         person: str, year: int, category: str | None = None) -> Doc:  # fmt: skip
    return Doc(
        etype, f"{family}32-{variant}", pages, fields, scored, {"person": person, "year": year}, category
    )


def fmt_h(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else str(h)


def who(names: list[str], role: str, start: int = 1) -> list[dict[str, Any]]:
    return [{"name": n, "rank": i + start, "role": role} for i, n in enumerate(names)]
