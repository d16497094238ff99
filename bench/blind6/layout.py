"""Drawing helpers for draw 6: borders, headings, issuer blocks with seals, label rows, QR codes,
photo boxes, 红头 mastheads, handwritten notes and the Doc wrapper."""

from __future__ import annotations

import re
from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind6.pools import Ctx

MM = 0.3528  # mm per point
RED = (200, 30, 30)
BLUE = (30, 50, 160)


def make_doc(
    ctx: Ctx,
    etype: str,
    family: str,
    variant: str,
    pages: list[Page],
    fields: dict[str, Any],
    scored: list[str],
    claim: tuple[str, int],
    category: str | None = None,
) -> Doc:
    return Doc(etype, f"{family}6-{variant}", pages, fields, scored,
               {"person": claim[0], "year": claim[1]}, category)  # fmt: skip


def lh(size: float, lead: float = 1.7) -> float:
    return size * MM * lead


def border(pg: Page, style: int, color: tuple[int, int, int] = (160, 120, 50)) -> None:
    """No border, a single rule, a double rule, a thick coloured band, or corner ornaments."""
    m = 9.0
    w, h = pg.w, pg.h
    if style == 1:
        pg.rect(m, m, w - m, h - m, 0.4)
    elif style == 2:
        pg.rect(m, m, w - m, h - m, 1.4, color)
        pg.rect(m + 2.5, m + 2.5, w - m - 2.5, h - m - 2.5, 0.35, color)
    elif style == 3:
        pg.rect(m, m, w - m, h - m, 3.0, (150, 30, 30))
        pg.rect(m + 4.5, m + 4.5, w - m - 4.5, h - m - 4.5, 0.5, (150, 30, 30))
    elif style == 4:
        for x, y, dx, dy in ((m, m, 1, 1), (w - m, m, -1, 1), (m, h - m, 1, -1), (w - m, h - m, -1, -1)):
            pg.line(x, y, x + 22 * dx, y, 1.2, color)
            pg.line(x, y, x, y + 22 * dy, 1.2, color)
            pg.line(x + 3 * dx, y + 3 * dy, x + 14 * dx, y + 3 * dy, 0.4, color)
            pg.line(x + 3 * dx, y + 3 * dy, x + 3 * dx, y + 14 * dy, 0.4, color)


def heading(
    pg: Page,
    ctx: Ctx,
    text: str,
    y: float,
    size: float = 24.0,
    spaced: bool = False,
    color: tuple[int, int, int] = (20, 20, 20),
    x: float | None = None,
) -> float:
    """A centred heading (letters spread when `spaced`), returning the y below it."""
    if spaced:
        text = "\u3000".join(text) if len(text) <= 4 else " ".join(text)
    pg.text(pg.w / 2 if x is None else x, y, text, size, ctx.bold, "c", color)
    return y + lh(size, 1.75)


def fit(s: str, font: str, size: float, width: float) -> float:
    """The largest size <= `size` at which `s` fits in `width` mm."""
    while size > 7 and width_mm(s, font, size) > width:
        size -= 0.5
    return size


def centered_fit(pg: Page, ctx: Ctx, s: str, y: float, size: float, width: float, bold: bool = True) -> float:
    font = ctx.bold if bold else ctx.body
    sz = fit(s, font, size, width)
    pg.text(pg.w / 2, y, s, sz, font, "c")
    return y + lh(sz, 1.8)


TOKEN = re.compile(r"[0-9A-Za-z.@/:_\-]+|.", re.S)
NO_START = "，。、；：）》”！？"


def flow(
    pg: Page,
    x: float,
    y: float,
    width: float,
    s: str,
    size: float,
    font: str,
    lead: float = 1.6,
    indent: float = 0.0,
) -> float:
    """Flow text into lines like a word processor: Chinese breaks between characters, but numbers, dates
    and Latin words stay whole and no line starts with closing punctuation. Returns the y below it."""
    line_h = size * MM * lead
    cur, first = "", True
    for tok in TOKEN.findall(s):
        avail = width - (indent if first else 0.0)
        if cur and width_mm(cur + tok, font, size) > avail and tok[0] not in NO_START:
            pg.text(x + (indent if first else 0.0), y, cur, size, font)
            y += line_h
            cur, first = tok, False
        else:
            cur += tok
    if cur:
        pg.text(x + (indent if first else 0.0), y, cur, size, font)
        y += line_h
    return y


def para(
    pg: Page,
    ctx: Ctx,
    x: float,
    y: float,
    width: float,
    s: str,
    size: float,
    lead: float = 1.8,
    indent: int = 2,
) -> float:
    return flow(pg, x, y, width, s, size, ctx.body, lead, indent * size * MM)


def pairs(
    pg: Page,
    ctx: Ctx,
    x: float,
    y: float,
    rows: list[tuple[str, str]],
    size: float,
    colon: str = "：",
    label_w: float | None = None,
    gap: float = 2.1,
    rule_to: float | None = None,
    value_w: float | None = None,
) -> float:
    """`label：value` rows; labels in a column when label_w is given, values underlined up to rule_to."""
    for lab, val in rows:
        if label_w is None:
            pg.text(x, y, f"{lab}{colon}{val}", size, ctx.body)
        else:
            pg.text(x, y, lab + (colon if colon.strip() else ""), size, ctx.body)
            vs = size if value_w is None else fit(val, ctx.body, size, value_w)
            pg.text(x + label_w, y, val, vs, ctx.body)
            if rule_to is not None:
                yy = y + size * MM * 1.3
                pg.line(x + label_w - 1, yy, rule_to, yy, 0.25)
        y += lh(size, gap)
    return y


def sign(
    pg: Page,
    ctx: Ctx,
    lines: list[str],
    y: float,
    x_right: float | None = None,
    size: float = 13.0,
    seal: str | None = None,
    seal_r: float = 19.0,
) -> float:
    """Right-aligned issuer/date lines, centred on each other, with an optional red seal over them."""
    xr = pg.w - 24 if x_right is None else x_right
    wd = max(width_mm(s, ctx.body, size) for s in lines)
    cx = xr - wd / 2
    yy = y
    for s in lines:
        pg.text(cx, yy, s, size, ctx.body, "c")
        yy += lh(size, 1.8)
    if seal:
        pg.seal(cx, y + (yy - y) / 2 - 2, seal_r, seal[:18], ctx.seed())
    return yy


def qr(pg: Page, ctx: Ctx, x: float, y: float, s: float = 22.0) -> None:
    """A QR-code-like square: three finder squares and a seeded module pattern."""
    n = 21
    c = s / n
    rng = ctx.rng
    pg.rect(x, y, x + s, y + s, 0.0, (255, 255, 255), (255, 255, 255))
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                a, b = i % 14 if i < 7 else i - (n - 7), j % 14 if j < 7 else j - (n - 7)
                on = a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4)
            else:
                on = rng.random() < 0.48
            if on:
                pg.rect(x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c, 0.0, (0, 0, 0), (15, 15, 15))


def photo(pg: Page, x: float, y: float, w: float = 28.0, h: float = 38.0) -> None:
    """A pasted ID photo: a blue backdrop with a head-and-shoulders silhouette."""
    pg.rect(x, y, x + w, y + h, 0.3, (90, 90, 90), (70, 130, 200))
    cx = x + w / 2
    pg.rect(cx - w * 0.18, y + h * 0.18, cx + w * 0.18, y + h * 0.55, 0.0, (230, 200, 180), (232, 200, 178))
    pg.rect(x + w * 0.12, y + h * 0.62, x + w * 0.88, y + h, 0.0, (40, 40, 50), (45, 45, 60))


def redhead(pg: Page, ctx: Ctx, org: str, docno: str | None, y: float, suffix: str = "文件") -> float:
    """A 红头 masthead: the organisation in large red type, the document number, a red rule."""
    sz = fit(org + suffix, ctx.bold, 30, pg.w - 40)
    pg.text(pg.w / 2, y, org + suffix, sz, ctx.bold, "c", RED)
    y += lh(sz, 1.9)
    if docno:
        pg.text(pg.w / 2, y, docno, 12.5, ctx.body, "c")
        y += lh(12.5, 1.7)
    pg.line(22, y, pg.w - 22, y, 0.9, RED)
    pg.line(22, y + 1.2, pg.w - 22, y + 1.2, 0.3, RED)
    return y + 8


def hand_note(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 15.0) -> None:
    pg.text(x, y, s, size, ctx.hand, "l", BLUE)


def filler(ctx: Ctx, topic: str, n: int) -> str:
    """Body text of an article: n generic sentences about the topic."""
    parts = [
        f"近年来，{topic}受到越来越多的关注，相关研究不断深入。",
        "本文在梳理已有研究成果的基础上，结合实地调查数据开展了系统分析。",
        "结果表明，所提出的方法在准确性和稳定性方面均优于传统做法。",
        "试验共设置3个处理，每个处理重复3次，数据采用SPSS 22.0软件进行方差分析。",
        "从实际应用情况看，该模式具有投入少、见效快、易推广的特点。",
        "针对存在的问题，提出了加强组织保障、完善技术标准和强化人才支撑等建议。",
        "研究区域位于华北平原南部，属暖温带半湿润季风气候，年均降水量约为560 mm。",
        "样本数据来源于2019—2021年的统计年鉴和问卷调查，有效问卷共计412份。",
        "为进一步验证模型的适用性，选取典型案例进行了对比分析。",
        "同时也应看到，现阶段仍存在基础数据不足、协同机制不健全等短板。",
    ]
    out: list[str] = []
    while len(out) < n:
        batch = parts[:]
        ctx.rng.shuffle(batch)
        out += batch
    return "".join(out[:n])


def hand_column(
    pg: Page,
    ctx: Ctx,
    x_mid: float,
    y_top: float,
    row_h: float,
    names: list[str],
    size: float = 14.0,
    width: float = 30.0,
) -> None:
    """Handwritten entries down one table column (row 0 is the header), a little off-centre and tilted
    in colour like real ink."""
    ink = ctx.choice([(20, 20, 30), (25, 40, 130), (30, 30, 90)])
    for i, nm in enumerate(names):
        if not nm:
            continue
        sz = fit(nm, ctx.hand, size + ctx.rng.uniform(-1.5, 1.5), width - 3)
        slack = max(0.0, (width - 3 - width_mm(nm, ctx.hand, sz)) / 2)
        x = x_mid + ctx.rng.uniform(-min(3.0, slack), min(3.0, slack))
        y = y_top + row_h * (i + 1) + (row_h - sz * MM) / 2 + ctx.rng.uniform(-1.0, 0.8)
        pg.text(x, y, nm, sz, ctx.hand, "c", ink)


def wrap_words(
    pg: Page, x: float, y: float, width: float, s: str, size: float, font: str, lead: float = 1.5
) -> float:
    """Flow English text into lines at word boundaries; returns the y below it."""
    cur = ""
    for word in s.split(" "):
        trial = f"{cur} {word}" if cur else word
        if cur and width_mm(trial, font, size) > width:
            pg.text(x, y, cur, size, font)
            y += size * MM * lead
            cur = word
        else:
            cur = trial
    if cur:
        pg.text(x, y, cur, size, font)
        y += size * MM * lead
    return y


def name_grid(
    pg: Page, ctx: Ctx, x: float, y: float, names: list[str], size: float, col_w: float, per_row: int
) -> float:
    """Names in fixed columns, `per_row` to a line (no name is ever broken); returns the y below."""
    for i, nm in enumerate(names):
        if i and i % per_row == 0:
            y += lh(size, 1.9)
        pg.text(x + (i % per_row) * col_w, y, nm, size, ctx.body)
    return y + lh(size, 1.9)
