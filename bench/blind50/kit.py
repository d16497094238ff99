"""Page furniture for draw 50: fitted text, paragraphs, label columns, seals, QR codes, phone and browser
chrome, chat frames, handwriting, ticks, annotations, page numbers and the noise real paper carries."""

from __future__ import annotations

import random
from typing import Any

from bench.blind.page import PT_MM, Page, width_mm
from bench.blind50.pools import Ctx

INK = (22, 22, 22)
GREY = (110, 110, 110)
LIGHT = (200, 200, 200)
RED = (196, 28, 28)
BLUE = (30, 70, 170)
PEN = (25, 45, 120)  # ballpoint blue


def lh(size: float, lead: float = 1.6) -> float:
    """Line height in mm of text at `size` pt."""
    return size * PT_MM * lead


def fit(
    pg: Page,
    x: float,
    y: float,
    s: str,
    size: float,
    font: str,
    maxw: float,
    align: str = "l",
    color: tuple[int, int, int] = INK,
) -> float:
    """Text shrunk (never below 5 pt) until it fits `maxw` mm; returns the size used."""
    while size > 5 and width_mm(s, font, size) > maxw:
        size -= 0.5
    pg.text(x, y, s, size, font, align, color)
    return size


def para(
    pg: Page,
    x: float,
    y: float,
    w: float,
    s: str,
    size: float,
    font: str,
    lead: float = 1.75,
    indent: bool = True,
) -> float:
    """A paragraph with a two-character first-line indent; returns the y below it."""
    return pg.wrap(x, y, w, s, size, font, lead, indent=2 * size * PT_MM if indent else 0.0)


def spaced(s: str, gap: str = " ") -> str:
    """发 明 人: a label with spaces between its characters."""
    return gap.join(s)


def kv(
    pg: Page,
    ctx: Ctx,
    x: float,
    y: float,
    pairs: list[tuple[str, str]],
    size: float,
    label_w: float,
    colon: str = "：",
    gap: float = 2.0,
    maxw: float | None = None,
    font: str | None = None,
    rule: bool = False,
) -> float:
    """`label：value` rows with values in a column; long values wrap under their column."""
    f = font or ctx.body
    right = maxw if maxw is not None else pg.w - x - label_w - 15
    for lab, val in pairs:
        pg.text(x, y, lab + colon, size, f)
        y2 = pg.wrap(x + label_w, y, right, val, size, f, 1.5)
        if rule:
            pg.line(x + label_w - 1, y + lh(size, 1.25), x + label_w + right, y + lh(size, 1.25), 0.2, GREY)
        y = max(y + lh(size, gap), y2 + lh(size, gap - 1.5))
    return y


def title_lines(title: str, maxlen: int) -> list[str]:
    """A long title broken into two lines at a natural point (after 的/与/及/中/在, else the middle)."""
    if len(title) <= maxlen:
        return [title]
    mid = len(title) // 2
    best = mid
    for d in range(0, mid - 2):
        for i in (mid - d, mid + d):
            if 2 < i < len(title) - 2 and title[i - 1] in "的与及中在和对下—：":
                return [title[:i], title[i:]]
    return [title[:best], title[best:]]


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 20.0) -> None:
    pg.seal(cx, cy, r, org[:18], ctx.rng.randrange(10**6))


def qr(pg: Page, ctx: Ctx, x: float, y: float, size: float, caption: str | None = None) -> None:
    """A QR-code-like block: three finder squares and random modules."""
    n = 25
    cell = size / n
    rng = random.Random(ctx.rng.randrange(10**9))
    pg.rect(x - 1, y - 1, x + size + 1, y + size + 1, 0, (255, 255, 255), (255, 255, 255))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        pg.rect(x + fx * cell, y + fy * cell, x + (fx + 7) * cell, y + (fy + 7) * cell, 0, INK, INK)
        pg.rect(x + (fx + 1) * cell, y + (fy + 1) * cell, x + (fx + 6) * cell, y + (fy + 6) * cell, 0,
                (255, 255, 255), (255, 255, 255))  # fmt: skip
        pg.rect(
            x + (fx + 2) * cell, y + (fy + 2) * cell, x + (fx + 5) * cell, y + (fy + 5) * cell, 0, INK, INK
        )
    for i in range(n):
        for j in range(n):
            if (i < 8 and j < 8) or (i >= n - 8 and j < 8) or (i < 8 and j >= n - 8):
                continue
            if rng.random() < 0.48:
                pg.rect(x + i * cell, y + j * cell, x + (i + 1) * cell, y + (j + 1) * cell, 0, INK, INK)
    if caption:
        fit(pg, x + size / 2, y + size + 1.5, caption, 7, ctx.body, size + 20, "c", GREY)


def scribble(pg: Page, ctx: Ctx, x: float, y: float, w: float, color: tuple[int, int, int] = PEN) -> None:
    """A signature-like squiggle (strokes, no text)."""
    px, py = x, y + 3
    steps = 9
    for i in range(steps):
        nx = x + w * (i + 1) / steps
        ny = y + ctx.rng.uniform(0, 6)
        pg.line(px, py, nx, ny, 0.45, color)
        px, py = nx, ny


def hand(
    pg: Page,
    ctx: Ctx,
    x: float,
    y: float,
    s: str,
    size: float = 13,
    color: tuple[int, int, int] = PEN,
    align: str = "l",
) -> None:
    """Handwriting: the brush face, slightly off the line."""
    pg.text(x + ctx.rng.uniform(-0.8, 0.8), y + ctx.rng.uniform(-0.5, 0.4), s, size, ctx.hand, align, color)


def tick(pg: Page, ctx: Ctx, cx: float, cy: float, color: tuple[int, int, int] = PEN) -> None:
    """A pen tick drawn with two strokes."""
    a = ctx.rng.uniform(-0.6, 0.6)
    pg.line(cx - 2.2, cy + a, cx - 0.6, cy + 2.0, 0.5, color)
    pg.line(cx - 0.6, cy + 2.0, cx + 2.6, cy - 2.4 + a, 0.5, color)


def note(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 12) -> None:
    """A reviewer's red-pen annotation with a scribbled initial."""
    hand(pg, ctx, x, y, s, size, RED)
    scribble(pg, ctx, x + width_mm(s, ctx.hand, size) + 2, y - 1, 12, RED)


def page_no(pg: Page, ctx: Ctx, n: int, total: int, style: int) -> None:
    s = [f"第 {n} 页  共 {total} 页", f"- {n} -", f"{n}/{total}", f"第{n}页"][style % 4]
    pg.text(pg.w / 2, pg.h - 12, s, 8.5, ctx.body, "c", GREY)


def noise(pg: Page, ctx: Ctx, kinds: tuple[str, ...] = ("holes", "fold", "edge", "staple", "smudge")) -> None:
    """What real paper carries: punch holes, a fold line, a scanner edge, a staple, a faint smudge."""
    rng = ctx.rng
    for kind in kinds:
        if rng.random() < 0.55:
            continue
        if kind == "holes":
            for cy in (pg.h / 2 - 40, pg.h / 2 + 40):
                pg.rect(5, cy - 3, 11, cy + 3, 0.3, (170, 170, 170), (235, 235, 235))
        elif kind == "fold":
            y = pg.h * rng.uniform(0.45, 0.55)
            pg.line(0, y, pg.w, y + rng.uniform(-1, 1), 0.25, (222, 222, 222))
        elif kind == "edge":
            pg.rect(pg.w - 3, 0, pg.w, pg.h, 0, (90, 90, 90), (90, 90, 90))
        elif kind == "staple":
            x = rng.uniform(8, 18)
            pg.line(x, 8, x + 9, 6.5, 0.7, (140, 140, 150))
        elif kind == "smudge":
            x, y = rng.uniform(20, pg.w - 40), rng.uniform(pg.h * 0.7, pg.h - 30)
            pg.rect(x, y, x + rng.uniform(8, 20), y + rng.uniform(3, 8), 0, (238, 236, 228), (238, 236, 228))


def frame(pg: Page, style: int, color: tuple[int, int, int] = (160, 120, 40), m: float = 9.0) -> None:
    """Certificate borders: a thin rule, a double rule, a heavy band with an inner rule, corner brackets."""
    if style == 0:
        pg.rect(m, m, pg.w - m, pg.h - m, 0.6, color)
    elif style == 1:
        pg.rect(m, m, pg.w - m, pg.h - m, 1.4, color)
        pg.rect(m + 2.5, m + 2.5, pg.w - m - 2.5, pg.h - m - 2.5, 0.35, color)
    elif style == 2:
        pg.rect(m, m, pg.w - m, pg.h - m, 3.0, color)
        pg.rect(m + 4.5, m + 4.5, pg.w - m - 4.5, pg.h - m - 4.5, 0.5, color)
    else:
        L = 18
        for cx, cy, dx, dy in (
            (m, m, 1, 1),
            (pg.w - m, m, -1, 1),
            (m, pg.h - m, 1, -1),
            (pg.w - m, pg.h - m, -1, -1),
        ):
            pg.line(cx, cy, cx + dx * L, cy, 1.2, color)
            pg.line(cx, cy, cx, cy + dy * L, 1.2, color)


# ---- phone, chat and browser chrome -------------------------------------------------------------------
def phone_page(ctx: Ctx, h: float = 190.0) -> Page:
    return Page(w=88.0, h=h, bg=(246, 246, 246))


def status_bar(pg: Page, ctx: Ctx, clock: str, dark: bool = False) -> float:
    """The phone's status bar: clock, signal, battery. Returns the y below it."""
    bg = (30, 30, 30) if dark else (250, 250, 250)
    fg = (240, 240, 240) if dark else INK
    pg.rect(0, 0, pg.w, 8, 0, bg, bg)
    pg.text(5, 1.6, clock, 8, ctx.sans, "l", fg)
    bat = ctx.rng.randint(18, 97)
    pg.text(pg.w - 5, 1.6, f"{bat}%", 7.5, ctx.sans, "r", fg)
    for i in range(4):
        pg.rect(pg.w - 24 + i * 1.6, 5.5 - i * 0.9, pg.w - 23.2 + i * 1.6, 6.2, 0, fg, fg)
    pg.text(pg.w - 34, 1.8, "5G" if ctx.rng.random() < 0.6 else "4G", 7, ctx.sans, "l", fg)
    return 8.0


def app_bar(
    pg: Page,
    ctx: Ctx,
    y: float,
    title: str,
    color: tuple[int, int, int] = (250, 250, 250),
    fg: tuple[int, int, int] = INK,
) -> float:
    pg.rect(0, y, pg.w, y + 11, 0, color, color)
    pg.text(5, y + 2.8, "<", 12, ctx.sans, "l", fg)
    fit(pg, pg.w / 2, y + 3.3, title, 10.5, ctx.sans, pg.w - 30, "c", fg)
    pg.text(pg.w - 5, y + 2.6, "···", 11, ctx.sans, "r", fg)
    pg.line(0, y + 11, pg.w, y + 11, 0.2, LIGHT)
    return y + 11


def chat_header(pg: Page, ctx: Ctx, contact: str, clock: str) -> float:
    y = status_bar(pg, ctx, clock)
    y = app_bar(pg, ctx, y, contact, (237, 237, 237))
    return y + 4


def bubble(pg: Page, ctx: Ctx, y: float, text: str, mine: bool, size: float = 9.5) -> float:
    """A chat message bubble with an avatar square; returns the y below it."""
    w = min(pg.w - 32, width_mm(text, ctx.sans, size) + 6)
    av = (pg.w - 11, y, pg.w - 4, y + 7) if mine else (4, y, 11, y + 7)
    pg.rect(*av, 0, (120, 150, 190), (120, 150, 190))
    x0 = pg.w - 13 - w if mine else 13
    lines = max(1, int(width_mm(text, ctx.sans, size) // (pg.w - 38)) + 1)
    hgt = lines * lh(size, 1.5) + 3.5
    fill = (149, 236, 105) if mine else (255, 255, 255)
    pg.rect(x0, y, x0 + w, y + hgt, 0, fill, fill)
    pg.wrap(x0 + 3, y + 1.8, w - 5, text, size, ctx.sans, 1.5)
    return y + hgt + 4


def browser_print(
    pg: Page, ctx: Ctx, stamp: str, page_title: str, url: str, n: int = 1, total: int = 1
) -> None:
    """A browser's print header and footer: date and page title at the top, address and page count below."""
    pg.text(10, 6, stamp, 7.5, ctx.sans, "l", GREY)
    fit(pg, pg.w / 2 + 10, 6, page_title, 7.5, ctx.sans, pg.w / 2 - 20, "c", GREY)
    fit(pg, 10, pg.h - 9, url, 7.5, ctx.sans, pg.w - 40, "l", GREY)
    pg.text(pg.w - 10, pg.h - 9, f"{n}/{total}", 7.5, ctx.sans, "r", GREY)


def web_banner(pg: Page, ctx: Ctx, y: float, site: str, nav: list[str], color: tuple[int, int, int]) -> float:
    pg.rect(10, y, pg.w - 10, y + 16, 0, color, color)
    fit(pg, 15, y + 4.5, site, 15, ctx.bold, pg.w - 40, "l", (255, 255, 255))
    y += 16
    pg.rect(10, y, pg.w - 10, y + 7, 0, (235, 238, 243), (235, 238, 243))
    x = 15.0
    for item in nav:
        x += pg.text(x, y + 1.6, item, 8.5, ctx.sans, "l", (60, 60, 60)) + 7
        if x > pg.w - 30:
            break
    return y + 10


def shade(
    pg: Page, x0: float, y0: float, x1: float, y1: float, c: tuple[int, int, int] = (242, 242, 242)
) -> None:
    pg.rect(x0, y0, x1, y1, 0, c, c)


def names_line(names: list[str], sep: str) -> str:
    return sep.join(names)


def rows_of(items: list[Any], n: int) -> list[list[Any]]:
    return [items[i : i + n] for i in range(0, len(items), n)]


class Flow:
    """Text flowing down A4 pages: `need(h)` starts a new page when `h` mm no longer fit."""

    def __init__(
        self, ctx: Ctx, top: float = 25.0, bottom: float = 272.0, w: float = 210.0, h: float = 297.0
    ):
        self.ctx, self.top, self.bottom, self.w, self.h = ctx, top, bottom, w, h
        self.pages: list[Page] = [Page(w, h)]
        self.y = top

    @property
    def pg(self) -> Page:
        return self.pages[-1]

    def need(self, h: float) -> Page:
        if self.y + h > self.bottom:
            self.pages.append(Page(self.w, self.h))
            self.y = self.top
        return self.pg

    def para(
        self,
        s: str,
        size: float,
        x: float = 25.0,
        w: float = 160.0,
        lead: float = 1.8,
        indent: bool = True,
        font: str | None = None,
    ) -> None:
        """A paragraph, split across pages line by line when it runs over."""
        f = font or self.ctx.body
        line_h = lh(size, lead)
        cur, first, lines = "", True, []
        for ch in s:
            avail = w - (2 * size * PT_MM if first and indent else 0.0)
            if cur and width_mm(cur + ch, f, size) > avail and ch not in "，。、；：）》”":
                lines.append((cur, first))
                cur, first = ch, False
            else:
                cur += ch
        if cur:
            lines.append((cur, first))
        for text, is_first in lines:
            pg = self.need(line_h)
            pg.text(x + (2 * size * PT_MM if is_first and indent else 0.0), self.y, text, size, f)
            self.y += line_h

    def line(
        self,
        s: str,
        size: float,
        x: float = 25.0,
        font: str | None = None,
        align: str = "l",
        color: tuple[int, int, int] = INK,
        gap: float = 1.8,
    ) -> None:
        pg = self.need(lh(size, gap))
        fit(
            pg,
            x,
            self.y,
            s,
            size,
            font or self.ctx.body,
            self.w - 2 * 25 if align != "r" else self.w,
            align,
            color,
        )
        self.y += lh(size, gap)
