"""Drawing helpers of draw 24: text runs, handwriting in blue ink, fill-in blanks, fitted tables, phone frames."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind24.pools import Ctx

INK = (28, 48, 150)
RED = (190, 30, 35)
GREY = (110, 110, 110)
PT = 0.3528


def txt(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 12, bold: bool = False,
        align: str = "l", color: tuple[int, int, int] = (20, 20, 20)) -> float:  # fmt: skip
    return pg.text(x, y, s, size, ctx.bold if bold else ctx.body, align, color)


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 14, align: str = "l") -> float:
    return pg.text(x, y, s, size, ctx.hand, align, INK)


def para(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float = 12,
         indent: bool = True, lead: float = 1.85) -> float:  # fmt: skip
    return pg.wrap(x, y, w, s, size, ctx.body, lead, size * PT * 2 if indent else 0.0)


def kv(pg: Page, ctx: Ctx, x: float, y: float, pairs: list[tuple[str, str]], size: float = 12,
       colon: str = "：", lw: float | None = None, gap: float = 2.2) -> float:  # fmt: skip
    for lab, val in pairs:
        if lw is None:
            txt(pg, ctx, x, y, f"{lab}{colon}{val}", size)
        else:
            txt(pg, ctx, x, y, lab + colon, size)
            txt(pg, ctx, x + lw, y, val, size)
        y += size * PT * gap
    return y


def fill(pg: Page, ctx: Ctx, x: float, y: float, parts: list[Any], size: float = 13) -> float:
    """A printed line with handwritten blanks: str parts are printed, (value, width) tuples are handwritten
    over an underline of at least `width` mm. Returns the x after the line."""
    for p in parts:
        if isinstance(p, str):
            x += txt(pg, ctx, x, y, p, size)
        else:
            val, w = p
            wv = width_mm(val, ctx.hand, size + 1)
            w = max(w, wv + 4)
            pg.line(x, y + size * PT * 1.3, x + w, y + size * PT * 1.3, 0.25)
            hand(pg, ctx, x + (w - wv) / 2, y - 0.4, val, size + 1)
            x += w
    return x


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 19) -> None:
    pg.seal(cx, cy, r, org[:16], ctx.seed())


def fit_table(pg: Page, ctx: Ctx, x: float, y: float, rows: list[list[str]], avail: float,
              size: float = 10.5, row_h: float = 8.5, fixed: dict[int, float] | None = None,
              fonts: dict[int, str] | None = None) -> float:  # fmt: skip
    """A ruled table whose columns are as wide as their longest cell (shrinking the type to fit `avail`)."""
    while True:
        ws = []
        for c in range(len(rows[0])):
            if fixed and c in fixed:
                ws.append(fixed[c])
                continue
            f = (fonts or {}).get(c, ctx.body)
            ws.append(max(width_mm(r[c], f if i else ctx.body, size) for i, r in enumerate(rows)) + 4)
        if sum(ws) <= avail or size < 7:
            break
        size -= 0.5
    extra = (avail - sum(ws)) / len(ws) if sum(ws) < avail else 0
    ws = [w + extra for w in ws]
    return pg.table(x, y, ws, rows, size, ctx.body, row_h, fonts=fonts, header_font=ctx.bold)


def centre(pg: Page, ctx: Ctx, y: float, s: str, size: float, bold: bool = True,
           color: tuple[int, int, int] = (20, 20, 20), spaced: bool = False) -> float:  # fmt: skip
    if spaced:
        s = "  ".join(s)
    txt(pg, ctx, pg.w / 2, y, s, size, bold, "c", color)
    return y + size * PT * 1.7


def phone_page(ctx: Ctx, app: str, clock: str) -> tuple[Page, float]:
    """A tall screenshot: status bar, an app bar; returns the page and the y where content starts."""
    pg = Page(w=100.0, h=216.0, bg=(244, 245, 247))
    txt(pg, ctx, 6, 3, clock, 8.5, True)
    txt(pg, ctx, 94, 3, "5G  87%", 8, False, "r")
    pg.rect(0, 9, 100, 21, 0, fill=(255, 255, 255))
    txt(pg, ctx, 5, 12.5, "＜", 10)
    txt(pg, ctx, 50, 12.5, app, 10.5, True, "c")
    txt(pg, ctx, 95, 12.5, "···", 10, False, "r")
    pg.line(0, 21, 100, 21, 0.2, (210, 210, 210))
    return pg, 26.0


def frame(pg: Page, style: int, color: tuple[int, int, int] = (160, 120, 50)) -> None:
    m = 9.0
    if style == 0:
        pg.rect(m, m, pg.w - m, pg.h - m, 0.5)
    elif style == 1:
        pg.rect(m, m, pg.w - m, pg.h - m, 1.6, color)
        pg.rect(m + 3.5, m + 3.5, pg.w - m - 3.5, pg.h - m - 3.5, 0.35, color)
    else:
        pg.rect(m, m, pg.w - m, pg.h - m, 3.0, (175, 35, 40))


def doc(ctx: Ctx, etype: str, family: str, variant: str, pages: list[Page], fields: dict[str, Any],
        scored: list[str], person: str, year: int, category: str | None = None) -> Doc:  # fmt: skip
    return Doc(
        etype, f"{family}24-{variant}", pages, fields, scored, {"person": person, "year": year}, category
    )


def serial(ctx: Ctx, n: int) -> str:
    return "".join(str(ctx.rng.randrange(10)) for _ in range(n))
