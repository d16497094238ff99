"""Page furniture for blind draw 52: pages, fitted text, phone and browser frames, QR blocks, handwriting,
ticks, annotations, footers and paper noise."""

from __future__ import annotations

import random

from bench.blind.page import PT_MM, Page, width_mm
from bench.blind52.pools import Ctx

RED = (190, 30, 30)
BLUE_INK = (30, 50, 140)
GREY = (110, 110, 110)
LIGHT = (225, 225, 225)


def portrait() -> Page:
    return Page(210.0, 297.0)


def landscape() -> Page:
    return Page(297.0, 210.0)


def phone_page() -> Page:
    return Page(82.0, 172.0, bg=(246, 246, 246))


def lh(size: float, lead: float = 1.6) -> float:
    return size * PT_MM * lead


def fit(
    pg: Page,
    x: float,
    y: float,
    s: str,
    size: float,
    font: str,
    max_w: float,
    align: str = "l",
    color: tuple[int, int, int] = (20, 20, 20),
) -> float:
    """Text shrunk until it fits `max_w`; returns the size used."""
    while size > 5 and width_mm(s, font, size) > max_w:
        size -= 0.5
    pg.text(x, y, s, size, font, align, color)
    return size


def spaced(s: str, gap: str = " ") -> str:
    return gap.join(s)


def title_lines(
    pg: Page,
    ctx: Ctx,
    s: str,
    y: float,
    size: float,
    max_w: float,
    x: float | None = None,
    font: str | None = None,
    color: tuple[int, int, int] = (20, 20, 20),
) -> float:
    """A title centred at x, broken into two lines when too wide (at a natural break if there is one)."""
    font = font or ctx.bold
    x = pg.w / 2 if x is None else x
    if width_mm(s, font, size) <= max_w:
        pg.text(x, y, s, size, font, "c", color)
        return y + lh(size, 1.5)
    cut = len(s) // 2
    for mark in ("与", "的", "及", "和", "中", "在"):
        i = s.find(mark, len(s) // 3)
        if 0 < i < 2 * len(s) // 3:
            cut = i + (0 if mark in "与及和" else 1)
            break
    a, b = s[:cut], s[cut:]
    fs = size
    while fs > 6 and max(width_mm(a, font, fs), width_mm(b, font, fs)) > max_w:
        fs -= 0.5
    pg.text(x, y, a, fs, font, "c", color)
    pg.text(x, y + lh(fs, 1.45), b, fs, font, "c", color)
    return y + lh(fs, 1.45) * 2


def hand(
    pg: Page,
    ctx: Ctx,
    x: float,
    y: float,
    s: str,
    size: float = 13.0,
    align: str = "l",
    color: tuple[int, int, int] = BLUE_INK,
) -> float:
    return pg.text(x, y, s, size, ctx.hand, align, color)


def tick(pg: Page, x: float, y: float, size: float = 3.0, color: tuple[int, int, int] = BLUE_INK) -> None:
    pg.line(x, y + size * 0.55, x + size * 0.35, y + size, 0.45, color)
    pg.line(x + size * 0.35, y + size, x + size, y, 0.45, color)


def qr(
    pg: Page,
    x: float,
    y: float,
    size: float,
    seed: int,
    caption: str | None = None,
    ctx: Ctx | None = None,
    cap_size: float = 7.0,
) -> float:
    """A QR-like block of modules with finder squares; returns the y below it (and its caption)."""
    rng = random.Random(seed)
    n = 21
    m = size / n
    pg.rect(x - 1, y - 1, x + size + 1, y + size + 1, 0.0, (255, 255, 255), (255, 255, 255))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        pg.rect(x + fx * m, y + fy * m, x + (fx + 7) * m, y + (fy + 7) * m, 0.0, (0, 0, 0), (0, 0, 0))
        pg.rect(
            x + (fx + 1) * m,
            y + (fy + 1) * m,
            x + (fx + 6) * m,
            y + (fy + 6) * m,
            0.0,
            (255,) * 3,
            (255,) * 3,
        )
        pg.rect(
            x + (fx + 2) * m, y + (fy + 2) * m, x + (fx + 5) * m, y + (fy + 5) * m, 0.0, (0, 0, 0), (0, 0, 0)
        )
    for i in range(n):
        for j in range(n):
            if (i < 8 and j < 8) or (i > n - 9 and j < 8) or (i < 8 and j > n - 9):
                continue
            if rng.random() < 0.48:
                pg.rect(x + i * m, y + j * m, x + (i + 1) * m, y + (j + 1) * m, 0.0, (0, 0, 0), (0, 0, 0))
    y2 = y + size + 1.5
    if caption and ctx is not None:
        pg.text(x + size / 2, y2, caption, cap_size, ctx.body, "c", GREY)
        y2 += lh(cap_size, 1.3)
    return y2


def photo_box(pg: Page, ctx: Ctx, x: float, y: float, w: float = 25.0, h: float = 33.0) -> None:
    """An ID-photo area: a grey silhouette in a frame."""
    pg.rect(x, y, x + w, y + h, 0.3, GREY, (214, 222, 232))
    pg.rect(x + w * 0.32, y + h * 0.16, x + w * 0.68, y + h * 0.5, 0.0, (150, 158, 170), (150, 158, 170))
    pg.rect(x + w * 0.16, y + h * 0.58, x + w * 0.84, y + h, 0.0, (120, 128, 140), (120, 128, 140))


def emblem(pg: Page, cx: float, cy: float, r: float, color: tuple[int, int, int] = RED) -> None:
    """A plain emblem placeholder: concentric squares and a star-like cross."""
    pg.rect(cx - r, cy - r, cx + r, cy + r, 0.6, color)
    pg.rect(cx - r * 0.7, cy - r * 0.7, cx + r * 0.7, cy + r * 0.7, 0.4, color)
    pg.line(cx - r * 0.5, cy, cx + r * 0.5, cy, 0.5, color)
    pg.line(cx, cy - r * 0.5, cx, cy + r * 0.5, 0.5, color)


def phone_frame(pg: Page, ctx: Ctx, title: str, clock: str, back: str = "‹") -> float:
    """Status bar and a navigation bar of an app screen; returns the content top."""
    pg.rect(0, 0, pg.w, 7, 0.0, (246, 246, 246), (246, 246, 246))
    pg.text(4, 1.6, clock, 7, ctx.body)
    pg.text(pg.w - 4, 1.6, "5G ▮▮▮ 86%", 6.5, ctx.body, "r")
    pg.rect(0, 7, pg.w, 17, 0.0, (255, 255, 255), (255, 255, 255))
    pg.text(4, 9.5, back, 12, ctx.body)
    fit(pg, pg.w / 2, 9.8, title, 9.5, ctx.bold, pg.w - 24, "c")
    pg.text(pg.w - 4, 9.8, "···", 9, ctx.body, "r")
    pg.line(0, 17, pg.w, 17, 0.2, LIGHT)
    return 20.0


def card(pg: Page, x0: float, y0: float, x1: float, y1: float) -> None:
    pg.rect(x0, y0, x1, y1, 0.2, (230, 230, 230), (255, 255, 255))


def browser_frame(pg: Page, ctx: Ctx, stamp: str, tab: str, url: str, page_no: str = "1/1") -> float:
    """The header and footer a browser prints on each sheet; returns the content top."""
    pg.text(12, 7, stamp, 7.5, ctx.body, "l", GREY)
    pg.text(pg.w / 2, 7, tab, 7.5, ctx.body, "c", GREY)
    pg.text(12, pg.h - 10, url, 7.5, ctx.body, "l", GREY)
    pg.text(pg.w - 12, pg.h - 10, page_no, 7.5, ctx.body, "r", GREY)
    return 16.0


def site_banner(
    pg: Page, ctx: Ctx, name: str, y: float, color: tuple[int, int, int] = (22, 88, 160)
) -> float:
    pg.rect(12, y, pg.w - 12, y + 14, 0.0, color, color)
    pg.text(18, y + 3.6, name, 13, ctx.bold, "l", (255, 255, 255))
    items = "首页  通知公告  政策文件  在线学习  证书查询"
    pg.text(pg.w - 18, y + 5, items, 7.5, ctx.body, "r", (230, 236, 246))
    return y + 20


def footer(pg: Page, ctx: Ctx, kind: str, text: str = "", n: int = 1, total: int = 1) -> None:
    if kind == "pageno":
        pg.text(
            pg.w / 2, pg.h - 12, f"— {n} —" if total == 1 else f"第{n}页 共{total}页", 8, ctx.body, "c", GREY
        )
    elif kind == "printed" and text:
        pg.text(pg.w - 14, pg.h - 11, text, 7, ctx.body, "r", GREY)
    elif kind == "url" and text:
        pg.text(14, pg.h - 11, text, 7, ctx.body, "l", GREY)


def annotate(
    pg: Page, ctx: Ctx, x: float, y: float, who: str | None = None, text: str = "与原件一致"
) -> None:
    """A hand-written verification note in red ink, e.g. 与原件一致 + a checker's name."""
    hand(pg, ctx, x, y, text, 12, "l", RED)
    if who:
        hand(pg, ctx, x + 4, y + 6.5, who, 11, "l", RED)


def noise(pg: Page, rng: random.Random, n: int = 3) -> None:
    """Light marks real paper carries: a staple shadow, a fold line, a pencil stroke."""
    if rng.random() < 0.5:
        pg.line(8, 10, 16, 8, 0.9, (150, 150, 150))
    if rng.random() < 0.4:
        y = pg.h * rng.uniform(0.45, 0.55)
        pg.line(0, y, pg.w, y + rng.uniform(-1, 1), 0.15, (215, 215, 215))
    for _ in range(rng.randrange(n)):
        x, y = rng.uniform(10, pg.w - 30), rng.uniform(pg.h * 0.8, pg.h - 15)
        pg.line(x, y, x + rng.uniform(6, 18), y + rng.uniform(-2, 2), 0.2, (190, 190, 200))


def cert_no(rng: random.Random, prefix: str, digits: int = 8) -> str:
    return prefix + "".join(str(rng.randrange(10)) for _ in range(digits))


def table(
    pg: Page,
    ctx: Ctx,
    x: float,
    y: float,
    widths: list[float],
    rows: list[list[str]],
    size: float,
    row_h: float = 8.5,
    hand_cols: tuple[int, ...] = (),
    head_bold: bool = True,
    align_left: tuple[int, ...] = (),
    lw: float = 0.3,
    head_fill: tuple[int, int, int] | None = None,
) -> float:
    """A ruled table whose cells shrink to fit (never wrap, so a value stays in one piece); returns bottom y."""
    total = sum(widths)
    top = y
    for r, row in enumerate(rows):
        if r == 0 and head_fill:
            pg.rect(x, y, x + total, y + row_h, 0.0, head_fill, head_fill)
        cx = x
        for c, cell in enumerate(row):
            w = widths[c]
            if cell:
                hand_cell = c in hand_cols and r > 0
                font = ctx.hand if hand_cell else (ctx.bold if r == 0 and head_bold else ctx.body)
                fs = size * (1.15 if hand_cell else 1.0)
                while fs > 5 and width_mm(cell, font, fs) > w - 2:
                    fs -= 0.5
                ty = y + (row_h - fs * PT_MM * 1.1) / 2
                color = BLUE_INK if hand_cell else (20, 20, 20)
                if c in align_left and r > 0:
                    pg.text(cx + 1.5, ty, cell, fs, font, "l", color)
                else:
                    pg.text(cx + w / 2, ty, cell, fs, font, "c", color)
            cx += w
        y += row_h
        pg.line(x, y, x + total, y, lw)
    pg.line(x, top, x + total, top, lw)
    cx = x
    for w in [0.0, *widths]:
        cx += w
        pg.line(cx, top, cx, y, lw)
    return y


def pairs_table(
    pg: Page,
    ctx: Ctx,
    x: float,
    y: float,
    width: float,
    rows: list[tuple[str, str]],
    size: float,
    label_w: float = 30.0,
    row_h: float = 10.0,
) -> float:
    """Two-column form without a header row: label cell | value cell (value left-aligned, fitted)."""
    total_rows = [list(r) for r in rows]
    top = y
    for lab, val in total_rows:
        fit(pg, x + label_w / 2, y + (row_h - size * PT_MM * 1.1) / 2, lab, size, ctx.bold, label_w - 2, "c")
        fit(
            pg,
            x + label_w + 2,
            y + (row_h - size * PT_MM * 1.1) / 2,
            val,
            size,
            ctx.body,
            width - label_w - 4,
        )
        y += row_h
        pg.line(x, y, x + width, y, 0.3)
    pg.line(x, top, x + width, top, 0.3)
    for cx in (x, x + label_w, x + width):
        pg.line(cx, top, cx, y, 0.3)
    return y


def make_doc(
    etype: str,
    fam: str,
    pages: list[Page],
    fields: dict,
    claim: dict,
    category: str | None = None,
    unscored: tuple[str, ...] = (),
):  # noqa: ANN201
    """A Doc whose scored fields are the type's scored fields that the proof actually shows."""
    from bench.blind.doc import Doc
    from bench.blind52.pools import SHORT
    from bench.generator.truth import SCORED, get_path

    scored = []
    for path in SCORED[etype]:
        if path in unscored:
            continue
        if path == "people":
            if fields.get("people"):
                scored.append(path)
        elif path == "journal.levels" or get_path(fields, path) is not None:
            scored.append(path)
    return Doc(etype, f"{SHORT[etype]}52-{fam}", pages, fields, scored, claim, category)
