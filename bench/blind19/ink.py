"""Drawing helpers for draw 19: handwriting, phone and web chrome, red headers, fill-in lines, Doc assembly."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind19.pools import Ctx
from bench.generator.truth import SCORED, get_path

BLUE_INK = (30, 50, 140)
BLACK_INK = (25, 25, 35)
RED = (200, 30, 30)
GREY = (110, 110, 110)
PT = 0.3528

FAMILY = {
    "training_certificate": "cert", "sign_in_sheet": "signin", "training_notice": "notice",
    "journal_article": "journal", "book": "book", "patent_certificate": "patent", "award_certificate": "award",
    "project_completion": "project", "qualification_certificate": "qual", "other": "other",
}  # fmt: skip


def finish(
    ctx: Ctx,
    etype: str,
    variant: str,
    pages: list[Page],
    fields: dict[str, Any],
    claim: dict[str, Any],
    category: str | None = None,
    drop: tuple[str, ...] = (),
) -> Doc:
    """A Doc whose scored fields are those the pages show (every set field, minus `drop`)."""
    scored = []
    for path in SCORED[etype]:
        if path in drop:
            continue
        if path == "people":
            if fields.get("people"):
                scored.append(path)
        elif path in ("holder", "journal.levels") or get_path(fields, path) is not None:
            scored.append(path)
    return Doc(etype, f"{FAMILY[etype]}19-{variant}", pages, fields, scored, claim, category)


def hand(
    pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 15.0, color=BLUE_INK, align="l"
) -> float:
    """Handwritten fill-in (brush face, ink colour), sitting a little above the line."""
    return pg.text(x, y - 1.0, s, size, ctx.hand, align, color)


def fill_line(
    pg: Page,
    ctx: Ctx,
    x: float,
    y: float,
    label: str,
    value: str,
    size: float,
    width: float,
    handwritten: bool = False,
    after: str = "",
) -> float:
    """`label ______ after` with the value written on the rule; returns the width used."""
    lw = pg.text(x, y, label, size, ctx.body)
    x1 = x + lw + 1
    pg.line(x1, y + size * PT * 1.2, x1 + width, y + size * PT * 1.2, 0.25)
    if handwritten:
        pg.text(x1 + 2, y, value, size + 1.5, ctx.hand, "l", BLUE_INK)
    else:
        pg.text(x1 + 2, y, value, size, ctx.body)
    if after:
        pg.text(x1 + width + 1, y, after, size, ctx.body)
    return lw + width + 1 + (width_mm(after, ctx.body, size) if after else 0)


def red_header(pg: Page, ctx: Ctx, org: str, doc_no: str | None, y: float = 28.0) -> float:
    """A 红头 title line with the document number and a red rule; returns the y below it."""
    size = 30 if len(org) <= 12 else 24
    pg.text(pg.w / 2, y, org, size, ctx.bold, "c", RED)
    y += size * PT * 1.6 + 4
    if doc_no:
        pg.text(pg.w / 2, y, doc_no, 13, ctx.body, "c")
        y += 8
    pg.rect(22, y, pg.w - 22, y + 0.9, 0.0, RED, RED)
    return y + 8


def phone_chrome(pg: Page, ctx: Ctx, clock: str, title: str, back: str = "〈") -> float:
    """Status bar and an app title bar across the top of a phone-sized page; returns the content top."""
    pg.rect(0, 0, pg.w, 9, 0.0, (245, 245, 245), (245, 245, 245))
    pg.text(6, 2.2, clock, 9, ctx.body)
    pg.text(pg.w - 6, 2.2, "5G  86%", 8, ctx.body, "r")
    pg.rect(0, 9, pg.w, 21, 0.0, (250, 250, 250), (250, 250, 250))
    pg.text(5, 12, back, 12, ctx.body)
    pg.text(pg.w / 2, 12, title, 12, ctx.bold, "c")
    pg.line(0, 21, pg.w, 21, 0.2, (210, 210, 210))
    return 27.0


def web_chrome(pg: Page, ctx: Ctx, site: str, url: str, stamp: str) -> float:
    """A browser printout: print header (time, page title), site banner and the URL footer."""
    pg.text(10, 5, stamp, 8, ctx.body, "l", GREY)
    pg.text(pg.w - 10, 5, site, 8, ctx.body, "r", GREY)
    pg.rect(10, 11, pg.w - 10, 27, 0.0, (20, 80, 150), (20, 80, 150))
    pg.text(16, 15.5, site, 15, ctx.bold, "l", (255, 255, 255))
    pg.text(10, pg.h - 9, url, 8, ctx.body, "l", GREY)
    pg.text(pg.w - 10, pg.h - 9, "1/1", 8, ctx.body, "r", GREY)
    return 34.0


def signature(pg: Page, ctx: Ctx, x: float, y: float, name: str, size: float = 18.0) -> None:
    hand(pg, ctx, x, y, name, size, BLACK_INK)


def para(
    pg: Page,
    ctx: Ctx,
    x: float,
    y: float,
    w: float,
    s: str,
    size: float,
    lead: float = 1.8,
    indent: bool = True,
) -> float:
    return pg.wrap(x, y, w, s, size, ctx.body, lead, size * PT * 2 if indent else 0.0)


def photo_box(pg: Page, ctx: Ctx, x: float, y: float, w: float = 25, h: float = 33) -> None:
    pg.rect(x, y, x + w, y + h, 0.3, GREY, (232, 236, 242))
    pg.rect(x + w * 0.3, y + h * 0.18, x + w * 0.7, y + h * 0.5, 0.0, (190, 196, 205), (190, 196, 205))
    pg.rect(x + w * 0.15, y + h * 0.58, x + w * 0.85, y + h, 0.0, (190, 196, 205), (190, 196, 205))


def qr_box(pg: Page, x: float, y: float, s: float, seed: int) -> None:
    """A QR-code-like square of dark modules."""
    import random

    rng = random.Random(seed)
    n = 21
    c = s / n
    pg.rect(x, y, x + s, y + s, 0.2, (40, 40, 40))
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if corner:
                on = (
                    i in (0, 6, n - 7, n - 1)
                    or j in (0, 6, n - 7, n - 1)
                    or (2 <= i % (n - 7) <= 4 and 2 <= j % (n - 7) <= 4)
                )
                if i >= n - 7:
                    on = i in (n - 7, n - 1) or j in (0, 6) or (n - 5 <= i <= n - 3 and 2 <= j <= 4)
                if j >= n - 7 and i < 7:
                    on = i in (0, 6) or j in (n - 7, n - 1) or (2 <= i <= 4 and n - 5 <= j <= n - 3)
            else:
                on = rng.random() < 0.45
            if on:
                pg.rect(
                    x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c, 0.0, (30, 30, 30), (30, 30, 30)
                )
