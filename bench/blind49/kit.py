"""Page furniture for draw 49: a vertical text flow, phone and browser chrome, QR codes, barcodes, photo boxes,
handwritten notes, page numbers, scan noise, and the Doc assembly (scored fields from what is set)."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import PT_MM, Page, width_mm
from bench.generator.truth import SCORED

from .pools import Ctx

INK = (20, 20, 20)
GREY = (110, 110, 110)
RED = (190, 30, 30)
BLUE = (30, 60, 150)
PEN = (25, 45, 120)  # ballpoint blue


def lh(size: float, lead: float = 1.7) -> float:
    return size * PT_MM * lead


def fit(text: str, font: str, size: float, maxw: float, floor: float = 6.0) -> float:
    """The largest size <= `size` at which `text` fits in `maxw` mm."""
    while size > floor and width_mm(text, font, size) > maxw:
        size -= 0.5
    return size


def spaced(s: str, sep: str = " ") -> str:
    return sep.join(s)


def pad_name(name: str) -> str:
    """Two-character names are often printed with a full-width space between the characters."""
    return name[0] + "\u3000" + name[1] if len(name) == 2 else name


class Flow:
    """Text flowing down a column from (x, y), `w` mm wide."""

    def __init__(self, pg: Page, ctx: Ctx, x: float, y: float, w: float | None = None, size: float = 11.0):
        self.pg, self.ctx, self.x, self.y = pg, ctx, x, y
        self.w = w if w is not None else pg.w - 2 * x
        self.size = size

    def text(self, s: str, size: float | None = None, font: str | None = None, align: str = "l",
             color: tuple[int, int, int] = INK, lead: float = 1.7, dx: float = 0.0) -> Flow:  # fmt: skip
        size = size or self.size
        font = font or self.ctx.body
        size = fit(s, font, size, self.w - dx)
        x = self.x + dx if align == "l" else self.x + self.w / 2 if align == "c" else self.x + self.w
        self.pg.text(x, self.y, s, size, font, align, color)
        self.y += lh(size, lead)
        return self

    def center(self, s: str, size: float | None = None, font: str | None = None, **kw: Any) -> Flow:
        return self.text(s, size, font, "c", **kw)

    def para(self, s: str, size: float | None = None, indent: int = 2, lead: float = 1.75,
             font: str | None = None) -> Flow:  # fmt: skip
        size = size or self.size
        font = font or self.ctx.body
        self.y = self.pg.wrap(self.x, self.y, self.w, s, size, font, lead, indent * size * PT_MM)
        return self

    def kv(self, label: str, value: str, label_w: float | None = None, size: float | None = None,
           colon: str | None = None, lead: float = 2.0, vfont: str | None = None) -> Flow:  # fmt: skip
        size = size or self.size
        colon = self.ctx.colon() if colon is None else colon
        lab = label + colon
        if label_w is None:
            label_w = width_mm(lab, self.ctx.body, size) + 1.0
        self.pg.text(self.x, self.y, lab, size, self.ctx.body)
        vf = vfont or self.ctx.body
        vs = fit(value, vf, size, self.w - label_w)
        self.pg.text(self.x + label_w, self.y, value, vs, vf)
        self.y += lh(size, lead)
        return self

    def skip(self, mm: float) -> Flow:
        self.y += mm
        return self

    def rule(self, width: float = 0.3, color: tuple[int, int, int] = INK, gap: float = 2.0) -> Flow:
        self.pg.line(self.x, self.y, self.x + self.w, self.y, width, color)
        self.y += gap
        return self


# ---- marks ------------------------------------------------------------------------------------------------
def qr(pg: Page, x: float, y: float, s: float, ctx: Ctx, n: int = 25) -> None:
    """A QR-looking block: three finder squares and random modules (runs merged per row)."""
    cell = s / n
    rng = ctx.rng
    dark = [[rng.random() < 0.47 for _ in range(n)] for _ in range(n)]
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for i in range(-1, 8):
            for j in range(-1, 8):
                if 0 <= fx + i < n and 0 <= fy + j < n:
                    ring = max(abs(i - 3), abs(j - 3))
                    dark[fy + j][fx + i] = ring in (0, 1, 3)
    for r in range(n):
        c = 0
        while c < n:
            if dark[r][c]:
                c0 = c
                while c < n and dark[r][c]:
                    c += 1
                pg.rect(x + c0 * cell, y + r * cell, x + c * cell, y + (r + 1) * cell, 0, INK, INK)
            else:
                c += 1


def barcode(pg: Page, x: float, y: float, w: float, h: float, ctx: Ctx, digits: str = "") -> None:
    cx = x
    while cx < x + w - 1.0:
        bw = ctx.choice((0.25, 0.35, 0.5, 0.7))
        pg.rect(cx, y, cx + bw, y + h, 0, INK, INK)
        cx += bw + ctx.choice((0.25, 0.35, 0.5))
    if digits:
        size = fit(digits, ctx.body, 8, w)
        pg.text(x + w / 2, y + h + 0.8, digits, size, ctx.body, "c")


def photo(pg: Page, x: float, y: float, w: float, h: float) -> None:
    """A 1-inch photo: pale backdrop, head and shoulders as grey blocks."""
    pg.rect(x, y, x + w, y + h, 0.3, (120, 120, 120), (196, 214, 236))
    cx = x + w / 2
    pg.rect(cx - w * 0.2, y + h * 0.16, cx + w * 0.2, y + h * 0.5, 0, INK, (120, 104, 96))
    pg.rect(cx - w * 0.38, y + h * 0.56, cx + w * 0.38, y + h, 0, INK, (60, 64, 80))


def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 14.0, color: tuple[int, int, int] = PEN,
         align: str = "l") -> float:  # fmt: skip
    """Handwriting (brush/ballpoint style font), slightly jittered."""
    j = ctx.rng.uniform(-0.6, 0.6)
    return pg.text(x, y + j, s, size, ctx.hand, align, color)


def signature(pg: Page, ctx: Ctx, x: float, y: float, name: str, size: float = 16.0) -> None:
    hand(pg, ctx, x, y, name, size, (15, 15, 15))


def seal(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:16], ctx.seed())


def page_no(pg: Page, ctx: Ctx, n: int, total: int, style: str | None = None) -> None:
    style = style or ctx.pick("t49.pageno")
    pg.text(pg.w / 2, pg.h - 9.5, style.format(n=n, t=total), 9, ctx.body, "c", GREY)


def scan_noise(pg: Page, ctx: Ctx) -> None:
    """Things a photocopy carries: punch holes, a staple, a dark edge band."""
    r = ctx.rng.random()
    if r < 0.3:
        for yy in (pg.h * 0.38, pg.h * 0.62):
            pg.rect(5, yy, 10, yy + 5, 0, INK, (70, 70, 70))
    elif r < 0.55:
        pg.line(12, 8, 24, 8, 0.9, (90, 90, 90))
    elif r < 0.75:
        pg.rect(0, 0, 3.5, pg.h, 0, INK, (150, 150, 150))


def corner_note(pg: Page, ctx: Ctx, text: str, x: float | None = None, y: float | None = None,
                color: tuple[int, int, int] = PEN) -> None:  # fmt: skip
    """A handwritten annotation in a margin (与原件一致, 已核, 复印件)."""
    x = pg.w - 16 if x is None else x
    y = pg.h - 26 if y is None else y
    hand(pg, ctx, x, y, text, 13, color, "r")


# ---- chrome -----------------------------------------------------------------------------------------------
def phone_page() -> Page:
    return Page(w=110.0, h=238.0)


def status_bar(pg: Page, ctx: Ctx, dark: bool = False) -> float:
    col = (250, 250, 250) if dark else INK
    h = ctx.choice(range(7, 23))
    pg.text(6, 3, f"{h}:{ctx.rng.randrange(60):02d}", 10, ctx.body, "l", col)
    right = f"{ctx.choice(('4G', '5G', 'WiFi'))}  {ctx.rng.randrange(18, 100)}%"
    pg.text(pg.w - 6, 3, right, 9, ctx.body, "r", col)
    return 10.0


def app_bar(pg: Page, ctx: Ctx, title: str, y: float, bg: tuple[int, int, int] = (245, 245, 245),
            fg: tuple[int, int, int] = INK) -> float:  # fmt: skip
    pg.rect(0, y, pg.w, y + 12, 0, bg, bg)
    pg.text(6, y + 3, "<", 13, ctx.body, "l", fg)
    size = fit(title, ctx.bold, 13, pg.w - 34)
    pg.text(pg.w / 2, y + 3.2, title, size, ctx.bold, "c", fg)
    pg.text(pg.w - 6, y + 3, "···", 12, ctx.body, "r", fg)
    return y + 12


def browser(pg: Page, ctx: Ctx, tab: str, url: str, stamp: str, n: int = 1, total: int = 1) -> float:
    """Print-out furniture: print time and tab title at the top, URL and n/t at the bottom."""
    pg.text(10, 6, stamp, 8, ctx.body, "l", GREY)
    pg.text(pg.w / 2 + 10, 6, tab[:30], 8, ctx.body, "c", GREY)
    size = fit(url, ctx.body, 8, pg.w - 40)
    pg.text(10, pg.h - 9, url, size, ctx.body, "l", GREY)
    pg.text(pg.w - 10, pg.h - 9, f"{n}/{total}", 8, ctx.body, "r", GREY)
    return 14.0


def site_header(
    pg: Page, ctx: Ctx, site: str, y: float, color: tuple[int, int, int] = (20, 80, 160)
) -> float:
    pg.rect(12, y, pg.w - 12, y + 14, 0, color, color)
    size = fit(site, ctx.bold, 16, pg.w - 60)
    pg.text(18, y + 3.5, site, size, ctx.bold, "l", (255, 255, 255))
    pg.text(pg.w - 18, y + 5, "登录 | 帮助", 8, ctx.body, "r", (230, 230, 230))
    return y + 18


# ---- documents --------------------------------------------------------------------------------------------
def make_doc(
    ctx: Ctx,
    etype: str,
    variant: str,
    pages: list[Page],
    fields: dict[str, Any],
    person: str,
    year: int,
    policy: str,
    category: str | None = None,
    drop: tuple[str, ...] = (),
) -> Doc:
    """Assemble a Doc; scored = every SCORED field of the type that is set and not dropped."""
    from .pools import PREFIX

    scored = []
    for path in SCORED[etype]:
        if path in drop:
            continue
        if path == "people":
            if fields.get("people"):
                scored.append(path)
            continue
        cur: Any = fields
        for part in path.split("."):
            cur = cur.get(part) if isinstance(cur, dict) else None
        if cur is not None and cur != []:
            scored.append(path)
    return Doc(
        evidence_type=etype,
        layout=f"{PREFIX[etype]}{ctx.draw}-{variant}",
        pages=pages,
        fields=fields,
        scored=scored,
        claim={"person": person, "year": year, "policy": policy},
        category=category,
    )


def people(names: list[str], role: str, ranks: list[int] | None = None) -> list[dict[str, Any]]:
    ranks = ranks or list(range(1, len(names) + 1))
    return [{"name": n, "rank": r, "role": role} for n, r in zip(names, ranks, strict=True)]


def column(pg: Page, ctx: Ctx, x: float, y: float, w: float, ymax: float, paras: list[tuple[str, bool]],
           size: float = 9.5, lead: float = 1.6) -> list[tuple[str, bool]]:  # fmt: skip
    """Flow (text, is_heading) paragraphs into one column down to `ymax`; returns what did not fit."""
    line_h = size * PT_MM * lead
    rest = list(paras)
    while rest:
        s, head = rest[0]
        font = ctx.bold if head else ctx.body
        cur, first = "", True
        i = 0
        while i < len(s):
            if y + line_h > ymax:
                rest[0] = (s[i - len(cur) :], head)
                return rest
            ch = s[i]
            ind = 0.0 if head or not first else 2 * size * PT_MM
            if cur and width_mm(cur + ch, font, size) > w - ind and ch not in "，。、；：）》”":
                pg.text(x + ind, y, cur, size, font)
                y += line_h
                cur, first = "", False
                continue
            cur += ch
            i += 1
        if y + line_h > ymax:
            rest[0] = (cur, head)
            return rest
        pg.text(x + (0.0 if head or not first else 2 * size * PT_MM), y, cur, size, font)
        y += line_h
        rest.pop(0)
    return rest
