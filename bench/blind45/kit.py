"""Draw 45's drawing helpers: headings, label lines, paragraphs, seals, QR boxes, phone and browser frames."""

from __future__ import annotations

from bench.blind.page import Page, width_mm
from bench.blind45.pools import Ctx

PT = 0.3528


def lh(size: float, lead: float = 1.7) -> float:
    return size * PT * lead


def head(pg: Page, ctx: Ctx, y: float, s: str, size: float = 24, color=(20, 20, 20), x: float | None = None) -> float:
    pg.text(pg.w / 2 if x is None else x, y, s, size, ctx.bold, "c", color)
    return y + lh(size, 1.6)


def line(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 11, font: str | None = None,
         align: str = "l", color=(20, 20, 20)) -> float:  # fmt: skip
    pg.text(x, y, s, size, font or ctx.body, align, color)
    return y + lh(size)


def kv(pg: Page, ctx: Ctx, x: float, y: float, pairs: list[tuple[str, str]], size: float = 11,
       label_w: float | None = None, colon: str = "：", hand: set[str] | None = None, gap: float = 1.9,
       rule: float | None = None) -> float:  # fmt: skip
    """label：value lines; values whose label is in `hand` are written in the hand font."""
    for lab, val in pairs:
        font = ctx.hand if hand and lab in hand else ctx.body
        if label_w is None:
            w = pg.text(x, y, lab + colon, size, ctx.body)
            pg.text(x + w + 1, y, val, size + (1 if font == ctx.hand else 0), font)
        else:
            pg.text(x, y, lab + colon, size, ctx.body)
            pg.text(x + label_w, y, val, size + (1 if font == ctx.hand else 0), font)
            if rule:
                pg.line(x + label_w - 1, y + size * PT * 1.3, x + rule, y + size * PT * 1.3, 0.2)
        y += lh(size, gap)
    return y


def para(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float = 11, indent: bool = True,
         lead: float = 1.75, font: str | None = None) -> float:  # fmt: skip
    return pg.wrap(x, y, w, s, size, font or ctx.body, lead, size * PT * 2 if indent else 0.0)


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 18) -> None:
    pg.seal(cx, cy, r, org[:16], ctx.rng.randrange(10**6))


def sign(pg: Page, ctx: Ctx, xr: float, y: float, org: str, date_s: str, size: float = 12,
         stamp: bool = True, extra: list[str] | None = None) -> float:  # fmt: skip
    """Issuer and date right-aligned at xr, a seal over the issuer."""
    rows = [org] + (extra or []) + [date_s]
    w = max(width_mm(s, ctx.body, size) for s in rows)
    cx = xr - w / 2
    yy = y
    for s in rows:
        pg.text(cx, yy, s, size, ctx.body, "c")
        yy += lh(size, 1.9)
    if stamp:
        seal(pg, ctx, cx, y + 3, org)
    return yy


def qr(pg: Page, ctx: Ctx, x: float, y: float, s: float = 18, caption: str = "") -> None:
    """A QR-like square of modules with its caption below."""
    n = 21
    m = s / n
    pg.rect(x, y, x + s, y + s, 0.2, (40, 40, 40))
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if corner:
                on = i in (0, 6, n - 7, n - 1) or j in (0, 6, n - 7, n - 1) or (2 <= i % (n - 7) <= 4 and 2 <= j % (n - 7) <= 4)
                on = on and not (i in (1, 5, n - 6, n - 2) and 0 < j % (n - 7) < 6 and not (2 <= j % (n - 7) <= 4))
            else:
                on = ctx.rng.random() < 0.45
            if on:
                pg.rect(x + j * m, y + i * m, x + (j + 1) * m, y + (i + 1) * m, 0, fill=(25, 25, 25))
    if caption:
        pg.text(x + s / 2, y + s + 1.5, caption, 7, ctx.body, "c", (70, 70, 70))


def photo_box(pg: Page, ctx: Ctx, x: float, y: float, w: float = 25, h: float = 33) -> None:
    pg.rect(x, y, x + w, y + h, 0.3, (120, 120, 120), (236, 238, 242))
    pg.text(x + w / 2, y + h / 2 - 2, "照片", 9, ctx.body, "c", (150, 150, 150))


def phone_page(ctx: Ctx, app: str, clock: str = "9:41", bg=(246, 246, 246), bar=(255, 255, 255)) -> tuple[Page, float]:
    """A phone screen capture: status bar, app title bar; returns the page and the y to start at."""
    pg = Page(w=75.0, h=160.0, bg=bg)
    pg.rect(0, 0, pg.w, 13.5, 0, fill=bar)
    pg.text(4, 1.2, clock, 7, ctx.body)
    pg.text(pg.w - 4, 1.2, f"5G {ctx.rng.randint(21, 99)}%", 7, ctx.body, "r")
    pg.text(4, 6.8, "<", 10, ctx.body)
    pg.text(pg.w / 2, 6.8, app, 9, ctx.bold, "c")
    pg.text(pg.w - 4, 6.8, "···", 9, ctx.body, "r")
    pg.line(0, 13.5, pg.w, 13.5, 0.15, (210, 210, 210))
    return pg, 17.0


def web_page(ctx: Ctx, site: str, url: str, w: float = 260.0, h: float = 180.0) -> tuple[Page, float]:
    """A browser screenshot: tab strip, address bar, site banner; returns the page and a start y."""
    pg = Page(w=w, h=h)
    pg.rect(0, 0, w, 8, 0, fill=(222, 225, 230))
    pg.rect(4, 1.5, 70, 8, 0, fill=(255, 255, 255))
    pg.text(7, 2.6, site[:18], 7.5, ctx.body)
    pg.rect(0, 8, w, 16, 0, fill=(255, 255, 255))
    pg.rect(22, 9.5, w - 30, 14.5, 0.2, (200, 200, 200), (241, 243, 244))
    pg.text(26, 10.6, url, 7.5, ctx.body, "l", (60, 60, 60))
    pg.text(5, 10, "<  >  C", 8, ctx.body, "l", (90, 90, 90))
    pg.rect(0, 16, w, 32, 0, fill=(24, 86, 160))
    pg.text(14, 20, site, 16, ctx.bold, "l", (255, 255, 255))
    return pg, 38.0


def words(pg: Page, ctx: Ctx, x: float, y: float, width: float, s: str, size: float = 11) -> float:
    """Flow English text into lines at word boundaries; returns the y below it."""
    cur = ""
    for w in s.split(" "):
        nxt = f"{cur} {w}" if cur else w
        if cur and width_mm(nxt, ctx.body, size) > width:
            pg.text(x, y, cur, size, ctx.body)
            y += lh(size)
            cur = w
        else:
            cur = nxt
    if cur:
        pg.text(x, y, cur, size, ctx.body)
        y += lh(size)
    return y
