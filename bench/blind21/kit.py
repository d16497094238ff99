"""Drawing pieces for draw 21: text, handwriting, paragraphs, seals, label tables, phone screens, the Doc."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind21.pools import INK, RED, Ctx
from bench.generator.truth import SCORED

MM = 25.4 / 72.0


def portrait() -> Page:
    return Page(210.0, 297.0)


def landscape() -> Page:
    return Page(297.0, 210.0)


def t(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 12, align: str = "l", bold: bool = False,
      color: tuple[int, int, int] = (20, 20, 20)) -> float:  # fmt: skip
    return pg.text(x, y, s, size, ctx.bold if bold else ctx.body, align, color)


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 14, align: str = "l") -> float:
    """Ink filled in by hand (brush-like face, ballpoint colour); y is nudged a little."""
    dy = ctx.rng.uniform(-0.8, 0.6)
    return pg.text(x, y + dy, s, size, ctx.hand, align, INK)


def para(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float = 12, indent: bool = True,
         lead: float = 1.8) -> float:  # fmt: skip
    return pg.wrap(x, y, w, s, size, ctx.body, lead, width_mm("国国", ctx.body, size) if indent else 0.0)


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 20.0) -> None:
    pg.seal(cx, cy, r, org[:18], ctx.seed())


def kv_grid(pg: Page, ctx: Ctx, x: float, y: float, w: float, rows: list[tuple[str, str]], size: float = 11,
            lab_w: float = 34.0, row_h: float = 10.0) -> float:  # fmt: skip
    """A ruled two-column form: label cell, value cell (value left-aligned)."""
    top = y
    for lab, val in rows:
        t(pg, ctx, x + lab_w / 2, y + (row_h - size * MM) / 2, lab, size, "c")
        t(pg, ctx, x + lab_w + 3, y + (row_h - size * MM) / 2, val, size)
        y += row_h
        pg.line(x, y, x + w, y, 0.3)
    pg.line(x, top, x + w, top, 0.3)
    for xx in (x, x + lab_w, x + w):
        pg.line(xx, top, xx, y, 0.3)
    return y


def right_block(pg: Page, ctx: Ctx, xr: float, y: float, lines: list[str], size: float = 12,
                seal_org: str | None = None, lead: float = 2.0) -> float:  # fmt: skip
    """Right-aligned signature lines (organisation, date), centred on each other, a seal across them."""
    wmax = max(width_mm(s, ctx.body, size) for s in lines)
    cx = xr - wmax / 2
    yy = y
    for s in lines:
        t(pg, ctx, cx, yy, s, size, "c")
        yy += size * MM * lead
    if seal_org:
        seal(pg, ctx, cx + ctx.rng.uniform(-6, 6), y + ctx.rng.uniform(0, 6), seal_org)
    return yy


def phone_screen(ctx: Ctx, bar: str, bar_color: tuple[int, int, int] = (24, 110, 210)) -> tuple[Page, float]:
    """A phone screenshot: status bar, a coloured title bar; returns the page and the y below the bar."""
    pg = Page(80.0, 172.0, bg=(244, 245, 247))
    t(pg, ctx, 5, 2.5, f"{ctx.rng.randint(8, 21)}:{ctx.rng.randint(0, 59):02d}", 7)
    t(pg, ctx, 75, 2.5, f"5G  {ctx.rng.randint(20, 99)}%", 7, "r")
    pg.rect(0, 8, 80, 19, 0, bar_color, bar_color)
    t(pg, ctx, 40, 10.8, bar, 9.5, "c", True, (255, 255, 255))
    t(pg, ctx, 4, 10.8, "<", 10, "l", False, (255, 255, 255))
    return pg, 23.0


def card(pg: Page, x0: float, y0: float, x1: float, y1: float) -> None:
    pg.rect(x0, y0, x1, y1, 0.15, (215, 215, 220), (255, 255, 255))


def red_title(pg: Page, ctx: Ctx, y: float, s: str, size: float = 26) -> float:
    t(pg, ctx, pg.w / 2, y, s, size, "c", True, RED)
    return y + size * MM * 1.6


def make(ctx: Ctx, etype: str, fam: str, var: str, pages: list[Page], fields: dict[str, Any], person: str,
         year: int, unscored: tuple[str, ...] = (), category: str | None = None) -> Doc:  # fmt: skip
    """The Doc: every scoreable field the builder set (and did not mark unscored) is scored."""
    scored = []
    for path in SCORED[etype]:
        head, _, leaf = path.partition(".")
        v = fields.get(head)
        if leaf:
            v = v.get(leaf) if isinstance(v, dict) else None
        if path in unscored or v is None or v == []:
            if path == "journal.levels" and path not in unscored and fields.get("journal"):
                scored.append(path)
            continue
        scored.append(path)
    return Doc(etype, f"{fam}21-{var}", pages, fields, scored, {"person": person, "year": year}, category)


def ppl(names: list[str], role: str, start: int = 1) -> list[dict[str, Any]]:
    return [{"name": n, "rank": i + start, "role": role} for i, n in enumerate(names)]
