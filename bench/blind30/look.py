"""Drawing pieces draw 30's layouts share: phone and browser chrome, handwriting, red headers, key-value rows."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind30.pools import Ctx

INK = (25, 45, 150)
RED = (190, 30, 30)
GREY = (110, 110, 110)
MM = 0.3528


def portrait() -> Page:
    return Page(210.0, 297.0)


def landscape() -> Page:
    return Page(297.0, 210.0)


def phone() -> Page:
    return Page(90.0, 195.0, bg=(244, 245, 247))


def doc(
    etype: str, family: str, variant: str, pages: list[Page], fields: dict[str, Any], scored: list[str],
    claim: tuple[str, int], category: str | None = None,
) -> Doc:  # fmt: skip
    return Doc(
        etype,
        f"{family}30-{variant}",
        pages,
        fields,
        scored,
        {"person": claim[0], "year": claim[1]},
        category,
    )


def status_bar(pg: Page, ctx: Ctx, title: str, clock: str = "9:41", back: bool = True) -> float:
    """A phone's status bar and an app's title bar; returns the y below them."""
    pg.rect(0, 0, pg.w, 8, 0, fill=(250, 250, 250))
    pg.text(5, 2, clock, 6.5, ctx.body)
    pg.text(pg.w - 5, 2, "5G  86%", 6.0, ctx.body, "r")
    pg.rect(0, 8, pg.w, 19, 0, fill=(255, 255, 255))
    if back:
        pg.text(4, 10.5, "〈", 9, ctx.body)
    pg.text(pg.w / 2, 10.8, title, 8.5, ctx.bold, "c")
    pg.text(pg.w - 4, 10.8, "···", 8.5, ctx.body, "r")
    pg.line(0, 19, pg.w, 19, 0.2, (220, 220, 220))
    return 22.0


def card(pg: Page, y0: float, y1: float, fill: tuple[int, int, int] = (255, 255, 255)) -> None:
    pg.rect(4, y0, pg.w - 4, y1, 0.15, (225, 225, 225), fill)


def browser(pg: Page, ctx: Ctx, url: str, site: str) -> float:
    """A browser's address bar and a site banner across a landscape page; returns the y below them."""
    pg.rect(0, 0, pg.w, 12, 0, fill=(232, 234, 237))
    pg.rect(30, 3, pg.w - 30, 9.5, 0.2, (200, 200, 200), (255, 255, 255))
    pg.text(33, 4.3, url, 7.5, ctx.body, color=(70, 70, 70))
    pg.rect(0, 12, pg.w, 26, 0, fill=(24, 84, 160))
    pg.text(14, 15.5, site, 14, ctx.bold, color=(255, 255, 255))
    return 32.0


def hand(
    pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 14.0, align: str = "l", jitter: bool = True
) -> float:
    """Handwritten ink (brush face, blue-black), a little off the line unless `jitter` is off."""
    return pg.text(x, y + (ctx.rng.uniform(-0.6, 0.6) if jitter else 0.0), s, size, ctx.hand, align, INK)


def red_head(pg: Page, ctx: Ctx, org_name: str, doc_no: str, y: float = 28.0) -> float:
    """A red-header document: organisation in red, a document number, a red rule; returns the y below."""
    size = 26.0 if len(org_name) <= 12 else 20.0
    pg.text(pg.w / 2, y, org_name + "文件" if len(org_name) <= 12 else org_name, size, ctx.bold, "c", RED)
    y += size * MM * 1.9
    if doc_no:
        pg.text(pg.w / 2, y, doc_no, 11.5, ctx.body, "c")
        y += 8
    pg.line(22, y, pg.w - 22, y, 0.9, RED)
    return y + 8


def para(pg: Page, ctx: Ctx, y: float, s: str, size: float = 12.0, x: float = 25.0, right: float = 25.0,
         indent: bool = True, lead: float = 1.75) -> float:  # fmt: skip
    return pg.wrap(x, y, pg.w - x - right, s, size, ctx.body, lead, size * MM * 2 if indent else 0.0)


def rows(pg: Page, ctx: Ctx, x: float, y: float, pairs: list[tuple[str, str]], size: float = 12.0,
         colon: str = "：", lab_w: float | None = None, gap: float = 2.1, rule: bool = False) -> float:  # fmt: skip
    lh = size * MM * gap
    for lab, val in pairs:
        if lab_w is None:
            pg.text(x, y, f"{lab}{colon}{val}", size, ctx.body)
        else:
            pg.text(x, y, lab + colon, size, ctx.body)
            pg.text(x + lab_w, y, val, size, ctx.body)
            if rule:
                pg.line(x + lab_w - 1, y + size * MM * 1.3, pg.w - x, y + size * MM * 1.3, 0.2)
        y += lh
    return y


def fit(s: str, font: str, size: float, width: float) -> float:
    """The largest size <= `size` at which `s` fits in `width` mm."""
    while size > 6 and width_mm(s, font, size) > width:
        size -= 0.5
    return size


def centre(pg: Page, ctx: Ctx, y: float, s: str, size: float, bold: bool = False, width: float | None = None,
           color: tuple[int, int, int] = (20, 20, 20)) -> float:  # fmt: skip
    f = ctx.bold if bold else ctx.body
    size = fit(s, f, size, width or pg.w - 30)
    pg.text(pg.w / 2, y, s, size, f, "c", color)
    return y + size * MM * 1.8


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org_name: str, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org_name[:16], ctx.seed())


def qr(pg: Page, ctx: Ctx, x: float, y: float, s: float = 18.0) -> None:
    """A QR-like block (decoration only)."""
    n = 11
    c = s / n
    pg.rect(x, y, x + s, y + s, 0.2)
    for i in range(n):
        for j in range(n):
            corner = (i < 3 and j < 3) or (i < 3 and j > n - 4) or (i > n - 4 and j < 3)
            if corner or ctx.rng.random() < 0.45:
                pg.rect(x + i * c, y + j * c, x + (i + 1) * c, y + (j + 1) * c, 0, fill=(20, 20, 20))
