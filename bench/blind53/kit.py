"""Page furniture for draw 53: borders, seals, QR codes, barcodes, phone and browser chrome, handwriting,
ticks, footers, page numbers and the small noise real papers carry."""

from __future__ import annotations

from bench.blind.page import Page, width_mm
from bench.blind53.pools import Ctx

PT = 0.3528  # mm per point
RED = (190, 30, 30)
BLUE_INK = (25, 45, 120)
GREY = (120, 120, 120)


def portrait() -> Page:
    return Page(210.0, 297.0)


def landscape() -> Page:
    return Page(297.0, 210.0)


def phone_page() -> Page:
    return Page(82.0, 172.0, bg=(246, 246, 246))


def lh(size: float, lead: float = 1.6) -> float:
    return size * PT * lead


def spaced(s: str, gap: str = " ") -> str:
    """Characters with spaces between them (发 明 人), as certificate labels are often printed."""
    return gap.join(s)


def ctext(pg: Page, ctx: Ctx, y: float, s: str, size: float, bold: bool = False, color=(20, 20, 20)) -> float:
    pg.text(pg.w / 2, y, s, size, ctx.bold if bold else ctx.body, "c", color)
    return y + lh(size)


def fit(s: str, font: str, size: float, width: float) -> float:
    """The largest size (down to 55%) at which `s` fits in `width` mm."""
    sz = size
    while sz > size * 0.55 and width_mm(s, font, sz) > width:
        sz -= 0.5
    return sz


def title_lines(pg: Page, ctx: Ctx, y: float, s: str, size: float, width: float, bold: bool = True) -> float:
    """A centred title, broken over two lines when it does not fit (each half alone on its row)."""
    font = ctx.bold if bold else ctx.body
    if width_mm(s, font, size) <= width:
        pg.text(pg.w / 2, y, s, size, font, "c")
        return y + lh(size, 1.7)
    cut = len(s) // 2
    for sep in "与和及中的":
        i = s.find(sep, len(s) // 3)
        if 0 < i < len(s) * 2 // 3:
            cut = i + 1
            break
    a, b = s[:cut], s[cut:]
    sz = min(fit(a, font, size, width), fit(b, font, size, width))
    pg.text(pg.w / 2, y, a, sz, font, "c")
    pg.text(pg.w / 2, y + lh(sz, 1.6), b, sz, font, "c")
    return y + lh(sz, 1.6) * 2 + 1


def border(pg: Page, style: str, color=(160, 120, 50)) -> None:
    m = 9.0
    if style == "1":
        pg.rect(m, m, pg.w - m, pg.h - m, 0.6, color)
    elif style == "2":
        pg.rect(m, m, pg.w - m, pg.h - m, 1.6, color)
        pg.rect(m + 3.5, m + 3.5, pg.w - m - 3.5, pg.h - m - 3.5, 0.35, color)
    elif style == "3":
        pg.rect(m, m, pg.w - m, pg.h - m, 3.0, (150, 30, 30))
        pg.rect(m + 5, m + 5, pg.w - m - 5, pg.h - m - 5, 0.5, (180, 140, 60))
        for cx, cy in (
            (m + 5, m + 5),
            (pg.w - m - 5, m + 5),
            (m + 5, pg.h - m - 5),
            (pg.w - m - 5, pg.h - m - 5),
        ):
            pg.rect(cx - 3, cy - 3, cx + 3, cy + 3, 0.5, (180, 140, 60), (240, 225, 190))


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:16], ctx.seed())


def qr(
    pg: Page, ctx: Ctx, x: float, y: float, size: float, caption: str | None = None, cap_size: float = 7.5
):
    """A QR-code-like block (random modules with the three finder squares) and an optional caption below."""
    n = 21
    c = size / n
    pg.rect(x - 1, y - 1, x + size + 1, y + size + 1, 0.0, (255, 255, 255), (255, 255, 255))
    for i in range(n):
        for j in range(n):
            finder = any(
                (i - a) in range(7) and (j - b) in range(7) for a, b in ((0, 0), (0, n - 7), (n - 7, 0))
            )
            if finder:
                ii = i if i < 7 else i - (n - 7)
                jj = j if j < 7 else j - (n - 7)
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = ctx.rng.random() < 0.48
            if on:
                pg.rect(
                    x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c, 0.0, (10, 10, 10), (10, 10, 10)
                )
    if caption:
        pg.text(x + size / 2, y + size + 1.5, caption, cap_size, ctx.body, "c", (60, 60, 60))


def barcode(pg: Page, ctx: Ctx, x: float, y: float, w: float, h: float, digits: str | None = None) -> None:
    cx = x
    while cx < x + w:
        bw = ctx.rng.choice((0.25, 0.35, 0.5, 0.7))
        pg.rect(cx, y, cx + bw, y + h, 0.0, (0, 0, 0), (0, 0, 0))
        cx += bw + ctx.rng.choice((0.25, 0.4, 0.6))
    if digits:
        pg.text(x + w / 2, y + h + 0.8, digits, 7.5, ctx.body, "c")


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 15.0, color=BLUE_INK) -> float:
    """Handwriting: the brush face, each character nudged a little off the line."""
    cx = x
    base = round(y / 2.5) * 2.5  # the characters of one handwritten word stay on one printed line
    for ch in s:
        dy = ctx.rng.uniform(-0.6, 0.6)
        cx += pg.text(cx, base + dy, ch, size * ctx.rng.uniform(0.93, 1.07), ctx.hand, "l", color)
        cx += ctx.rng.uniform(0.0, 0.8)
    return cx - x


def tick(pg: Page, x: float, y: float, s: float = 4.0, color=BLUE_INK) -> None:
    pg.line(x, y + s * 0.55, x + s * 0.35, y + s, 0.45, color)
    pg.line(x + s * 0.35, y + s, x + s, y, 0.45, color)


def footer(pg: Page, ctx: Ctx, s: str, size: float = 7.5) -> None:
    pg.text(pg.w / 2, pg.h - 21, s, size, ctx.body, "c", GREY)


def page_no(pg: Page, ctx: Ctx, n: int, total: int, style: str = "slash") -> None:
    s = {"slash": f"{n}/{total}", "di": f"第{n}页 共{total}页", "dash": f"- {n} -"}[style]
    pg.text(pg.w / 2, pg.h - 9, s, 8, ctx.body, "c", GREY)


def status_bar(pg: Page, ctx: Ctx, clock: str, title: str, back: bool = True) -> float:
    """A phone's status bar and an app title bar; returns the y where content starts."""
    pg.rect(0, 0, pg.w, 7, 0.0, (250, 250, 250), (250, 250, 250))
    pg.text(4, 1.6, clock, 7, ctx.body)
    pg.text(pg.w - 4, 1.6, ctx.choice(("5G 86%", "4G 62%", "WiFi 73%", "5G 41%")), 6.5, ctx.body, "r")
    pg.rect(0, 7, pg.w, 17, 0.0, (255, 255, 255), (255, 255, 255))
    if back:
        pg.text(3, 9.6, "<", 10, ctx.body)
    pg.text(pg.w / 2, 10.0, title, 9.5, ctx.bold, "c")
    pg.line(0, 17, pg.w, 17, 0.2, (220, 220, 220))
    return 21.0


def browser_print(pg: Page, ctx: Ctx, stamp: str, tab: str, url: str, n: int = 1, total: int = 1) -> float:
    """The header and footer a browser prints (date and tab title on top, address and page count below)."""
    pg.text(8, 6, stamp, 7.5, ctx.body, "l", (70, 70, 70))
    pg.text(pg.w / 2 + 10, 6, tab, 7.5, ctx.body, "c", (70, 70, 70))
    pg.text(8, pg.h - 8, url, 7.5, ctx.body, "l", (70, 70, 70))
    pg.text(pg.w - 8, pg.h - 8, f"{n}/{total}", 7.5, ctx.body, "r", (70, 70, 70))
    return 14.0


def noise(pg: Page, ctx: Ctx, kind: str, note: str = "与原件核对一致") -> None:
    """Fold lines, punch holes, a stain or a reviewer's handwritten note in a free corner."""
    if kind == "fold":
        pg.line(
            0,
            pg.h / 2 + ctx.rng.uniform(-3, 3),
            pg.w,
            pg.h / 2 + ctx.rng.uniform(-3, 3),
            0.25,
            (205, 205, 205),
        )
    elif kind == "punch":
        for yy in (pg.h / 2 - 40, pg.h / 2 + 40):
            pg.rect(3.5, yy - 2.5, 8.5, yy + 2.5, 0.3, (170, 170, 170), (225, 225, 225))
    elif kind == "stain":
        x, y = ctx.rng.uniform(15, pg.w - 50), ctx.rng.uniform(pg.h * 0.7, pg.h - 35)
        pg.rect(x, y, x + 30, y + 18, 0.0, (240, 232, 210), (244, 238, 222))
    elif kind == "handnote":
        hand(pg, ctx, 14, pg.h - 19, note, 12, (30, 60, 150))


def kv(
    pg: Page,
    ctx: Ctx,
    x: float,
    y: float,
    pairs: list[tuple[str, str]],
    size: float,
    colon: str,
    label_w: float | None = None,
    lead: float = 2.0,
    line_to: float | None = None,
) -> float:
    """`label：value` lines; with label_w the values line up in a column (and may be underlined)."""
    for lab, val in pairs:
        if label_w is None:
            pg.text(x, y, f"{lab}{colon}{val}", size, ctx.body)
        else:
            pg.text(x, y, lab + colon, size, ctx.body)
            pg.text(x + label_w, y, val, size, ctx.body)
            if line_to:
                pg.line(x + label_w - 1, y + size * PT * 1.3, line_to, y + size * PT * 1.3, 0.2)
        y += lh(size, lead)
    return y
