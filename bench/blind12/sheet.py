"""Drawing helpers of draw 12: text runs, paragraphs, handwriting, seals, sign-offs, phone screens."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind12.pools import Ctx
from bench.generator.truth import person

PT = 25.4 / 72.0
INK_BLUE = (28, 42, 125)
INK_BLACK = (35, 35, 40)
RED = (190, 28, 30)
GREY = (110, 110, 110)


def a4(landscape: bool = False) -> Page:
    return Page(297.0, 210.0) if landscape else Page(210.0, 297.0)


def screen() -> Page:
    """A phone screenshot's proportions (mm, as if printed)."""
    return Page(96.0, 208.0, bg=(246, 246, 246))


def t(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float, align: str = "l", bold: bool = False,
      color: tuple[int, int, int] = (20, 20, 20)) -> float:  # fmt: skip
    return pg.text(x, y, s, size, ctx.bold if bold else ctx.body, align, color)


def lh(size: float, lead: float = 1.7) -> float:
    return size * PT * lead


def para(pg: Page, ctx: Ctx, x: float, y: float, width: float, s: str, size: float, indent: bool = True,
         lead: float = 1.75) -> float:  # fmt: skip
    ind = width_mm("　　", ctx.body, size) if indent else 0.0
    return pg.wrap(x, y, width, s, size, ctx.body, lead, ind)


def ink(
    pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float, align: str = "l", blue: bool = True
) -> float:
    """Handwriting in pen: the brush face, blue or black ink, a little off the baseline."""
    dy = ctx.rng.uniform(-0.8, 0.6)
    return pg.text(x, y + dy, s, size, ctx.hand, align, INK_BLUE if blue else INK_BLACK)


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:17], ctx.rng.randrange(1 << 30))


def signoff(pg: Page, ctx: Ctx, lines: list[str], y: float, x_right: float, size: float = 12.5,
            stamp: str | None = None, dx: float = 0.0) -> float:  # fmt: skip
    """Lines centred on a common axis near the right margin; a seal over them when `stamp` names an org."""
    wmax = max(width_mm(s, ctx.body, size) for s in lines)
    cx = x_right - wmax / 2
    yy = y
    for s in lines:
        t(pg, ctx, cx, yy, s, size, "c")
        yy += lh(size, 1.8)
    if stamp:
        seal(pg, ctx, cx + dx, y + 3.5, stamp)
    return yy


def pairs(pg: Page, ctx: Ctx, x: float, y: float, items: list[tuple[str, str]], size: float, colon: str = "：",
          col: float | None = None, gap: float = 2.1, rule: float | None = None, hand: bool = False) -> float:  # fmt: skip
    """label/value rows; values in a column at x+col when given, optionally on a rule, optionally inked."""
    for lab, val in items:
        if col is None:
            w = t(pg, ctx, x, y, lab + colon, size)
            vx = x + w
        else:
            t(pg, ctx, x, y, lab + colon, size)
            vx = x + col
        if hand:
            ink(pg, ctx, vx + 1.5, y - 0.6, val, size + 1.5)
        else:
            t(pg, ctx, vx, y, val, size)
        if rule is not None:
            pg.line(vx, y + size * PT * 1.3, rule, y + size * PT * 1.3, 0.2)
        y += lh(size, gap)
    return y


def status_bar(pg: Page, ctx: Ctx, clock: str, title: str, back: bool = True) -> float:
    """The top of a phone screenshot: clock and battery, then a navigation bar with the page title."""
    pg.rect(0, 0, pg.w, 7.5, 0, fill=(250, 250, 250))
    pg.text(4, 1.6, clock, 8.5, ctx.bold)
    pg.rect(pg.w - 11, 2.2, pg.w - 4.5, 5.2, 0.3, (40, 40, 40))
    pg.rect(pg.w - 10.4, 2.8, pg.w - 6.5, 4.6, 0, fill=(40, 40, 40))
    pg.text(pg.w - 22, 1.8, "5G", 7.5, ctx.body)
    pg.rect(0, 7.5, pg.w, 17.5, 0, fill=(255, 255, 255))
    if back:
        pg.text(3.5, 10.2, "＜", 11, ctx.body)
    pg.text(pg.w / 2, 10.3, title, 11, ctx.bold, "c")
    pg.line(0, 17.5, pg.w, 17.5, 0.2, (215, 215, 215))
    return 21.0


def card(pg: Page, x0: float, y0: float, x1: float, y1: float) -> None:
    pg.rect(x0, y0, x1, y1, 0.15, (225, 225, 225), fill=(255, 255, 255))


def ranked(names: list[str], role: str, start: int = 1) -> list[dict[str, Any]]:
    return [person(n, i + start, role) for i, n in enumerate(names)]


def build(ctx: Ctx, etype: str, family: str, variant: str, pages: list[Page], fields: dict[str, Any],
          scored: list[str], claim: tuple[str, int], category: str | None = None) -> Doc:  # fmt: skip
    return Doc(etype, f"{family}12-{variant}", pages, fields, scored, {"person": claim[0], "year": claim[1]},
               category)  # fmt: skip


def masked_id(ctx: Ctx, province: str = "") -> str:
    r = ctx.rng
    pl_code = {"山东": "37", "河南": "41", "湖南": "43"}.get(province) or r.choice(("37", "41", "43"))
    return f"{pl_code}{r.randint(1000, 9999)}{r.randint(1970, 1995)}********{r.randint(0, 9)}{r.choice('0123456789X')}"
