"""Drawing helpers for draw 36: printed and handwritten text, form grids, phone screens, borders, seals."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind36.pools import Ctx

INK = (28, 42, 120)
BLACK = (22, 22, 22)
GREY = (110, 110, 110)
RED = (180, 30, 30)


def txt(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 12, a: str = "l", bold: bool = False,
        color: tuple[int, int, int] = BLACK) -> float:  # fmt: skip
    return pg.text(x, y, s, size, ctx.bold if bold else ctx.body, a, color)


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 14, a: str = "l") -> float:
    """A fill-in by pen (brush face, blue-black ink, a little off the line)."""
    dy = ctx.rng.uniform(-0.8, 0.8)
    return pg.text(x, y + dy, s, size, ctx.hand, a, INK)


def para(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float = 12, lead: float = 1.8,
         indent: bool = True) -> float:  # fmt: skip
    return pg.wrap(x, y, w, s, size, ctx.body, lead, indent=size * 0.3528 * 2 if indent else 0.0)


def fits(s: str, ctx: Ctx, size: float) -> float:
    return width_mm(s, ctx.body, size)


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:18], ctx.seed())


def border(pg: Page, style: str, color: tuple[int, int, int] = (160, 40, 40)) -> None:
    m = 9.0
    if style == "double":
        pg.rect(m, m, pg.w - m, pg.h - m, 1.6, color)
        pg.rect(m + 2.6, m + 2.6, pg.w - m - 2.6, pg.h - m - 2.6, 0.35, color)
    elif style == "corner":
        for cx, cy, sx, sy in (
            (m, m, 1, 1),
            (pg.w - m, m, -1, 1),
            (m, pg.h - m, 1, -1),
            (pg.w - m, pg.h - m, -1, -1),
        ):
            pg.line(cx, cy, cx + 24 * sx, cy, 1.4, color)
            pg.line(cx, cy, cx, cy + 24 * sy, 1.4, color)
        pg.rect(m + 4, m + 4, pg.w - m - 4, pg.h - m - 4, 0.3, color)
    elif style == "band":
        pg.rect(0, 0, pg.w, 16, 0, color, color)
        pg.rect(0, pg.h - 10, pg.w, pg.h, 0, color, color)
    elif style == "thin":
        pg.rect(m, m, pg.w - m, pg.h - m, 0.4, BLACK)


def grid(pg: Page, ctx: Ctx, x: float, y: float, rows: list[list[tuple[str, float, str]]], row_h: float = 11.0,
         size: float = 11.5) -> float:  # fmt: skip
    """A form grid. Each row: cells (text, width mm, kind) with kind l=label, v=printed value, h=handwritten,
    p=left-aligned value. Returns the bottom y."""
    for row in rows:
        cx = x
        for text, w, kind in row:
            pg.rect(cx, y, cx + w, y + row_h, 0.35, BLACK, (244, 244, 240) if kind == "l" else None)
            ty = y + (row_h - size * 0.3528) / 2 - 0.3
            if kind == "h":
                hand(pg, ctx, cx + w / 2, ty - 0.6, text, size + 2, "c")
            elif kind == "p":
                txt(pg, ctx, cx + 2.2, ty, text, size)
            else:
                txt(pg, ctx, cx + w / 2, ty, text, size, "c", bold=kind == "l")
            cx += w
        y += row_h
    return y


def phone(pg: Page, ctx: Ctx, title: str, color: tuple[int, int, int] = (30, 110, 200)) -> float:
    """A phone screen's status bar and title bar; returns the y where content starts."""
    pg.bg = (246, 246, 246)
    pg.rect(0, 0, pg.w, 9, 0, color, color)
    hh = f"{ctx.rng.randint(8, 21)}:{ctx.rng.randint(0, 59):02d}"
    pg.text(5, 2.2, hh, 8, ctx.body, "l", (255, 255, 255))
    pg.text(pg.w - 5, 2.2, f"{ctx.rng.randint(20, 99)}%", 8, ctx.body, "r", (255, 255, 255))
    pg.rect(0, 9, pg.w, 21, 0, color, color)
    pg.text(6, 12.4, "〈", 12, ctx.body, "l", (255, 255, 255))
    pg.text(pg.w / 2, 12.6, title, 11.5, ctx.bold, "c", (255, 255, 255))
    pg.text(pg.w - 6, 12.4, "···", 11, ctx.body, "r", (255, 255, 255))
    return 26.0


def card(pg: Page, y0: float, y1: float, m: float = 4.0) -> None:
    pg.rect(m, y0, pg.w - m, y1, 0.2, (225, 225, 225), (255, 255, 255))


def doc(etype: str, variant: str, pages: list[Page], fields: dict[str, Any], scored: list[str], person: str,
        year: int, category: str | None = None) -> Doc:  # fmt: skip
    """A Doc; the category is what the printed text states (one of 公需/专业科目 alone), whatever was intended."""
    text = "".join(s for pg in pages for s in pg.lines()).replace(" ", "")
    pub, pro = "公需" in text, ("专业科目" in text or "专业课" in text)
    category = "public" if pub and not pro else "professional" if pro and not pub else None
    return Doc(etype, f"{etype_family(etype)}36-{variant}", pages, fields, scored, {"person": person, "year": year},
               category)  # fmt: skip


def etype_family(etype: str) -> str:
    return {
        "training_certificate": "cert", "sign_in_sheet": "signin", "training_notice": "notice",
        "journal_article": "journal", "book": "book", "patent_certificate": "patent", "award_certificate": "award",
        "project_completion": "project", "qualification_certificate": "qual", "other": "other",
    }[etype]  # fmt: skip
