"""Draw 20: small drawing helpers on top of the shared Page (ink, seals, label rows, paragraphs)."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind20.pools import Ctx
from bench.generator.truth import SCORED, get_path, person

INK = (28, 45, 130)  # blue ballpoint
RED = (185, 28, 28)
GREY = (110, 110, 110)
MM = 0.3528


def lh(size: float, lead: float = 1.7) -> float:
    return size * MM * lead


def put(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 12, align: str = "l", bold=False,
        color=(20, 20, 20)) -> float:  # fmt: skip
    return pg.text(x, y, s, size, ctx.bold if bold else ctx.body, align, color)


def centre(pg: Page, ctx: Ctx, y: float, s: str, size: float = 12, bold=False, color=(20, 20, 20)) -> float:
    pg.text(pg.w / 2, y, s, size, ctx.bold if bold else ctx.body, "c", color)
    return y + lh(size)


def ink(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 14, align: str = "l") -> float:
    """Handwriting in blue ink (brush-like face)."""
    return pg.text(x, y, s, size, ctx.hand, align, INK)


def para(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float = 12, lead: float = 1.9,
         indent: bool = True) -> float:  # fmt: skip
    return pg.wrap(x, y, w, s, size, ctx.body, lead, width_mm("汉汉", ctx.body, size) if indent else 0.0)


def blank(pg: Page, ctx: Ctx, x: float, y: float, label: str, value: str, size: float = 12,
          w: float = 60, hand: bool = False) -> float:  # fmt: skip
    """`label` then an underlined blank holding `value` (typed or handwritten); returns the x after it."""
    x += put(pg, ctx, x, y, label, size) + 1
    if hand:
        ink(pg, ctx, x + 2, y - 1.2, value, size + 2)
    else:
        put(pg, ctx, x + 2, y, value, size)
    pg.line(x, y + lh(size, 1.25), x + w, y + lh(size, 1.25), 0.25)
    return x + w + 2


def stamp(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:16], ctx.rng.randrange(10_000))


def rows(pg: Page, ctx: Ctx, x: float, y: float, pairs: list[tuple[str, str]], size: float = 12,
         col: float | None = None, lead: float = 2.1, sep: str = "：") -> float:  # fmt: skip
    for lab, val in pairs:
        if col is None:
            put(pg, ctx, x, y, f"{lab}{sep}{val}", size)
        else:
            put(pg, ctx, x, y, lab + sep, size)
            put(pg, ctx, x + col, y, val, size)
        y += lh(size, lead)
    return y


def spaced(s: str, gap: str = " ") -> str:
    return gap.join(s)


def border(pg: Page, colour=(160, 30, 30), inset: float = 9.0, double: bool = True) -> None:
    pg.rect(inset, inset, pg.w - inset, pg.h - inset, 1.4, colour)
    if double:
        pg.rect(inset + 2.5, inset + 2.5, pg.w - inset - 2.5, pg.h - inset - 2.5, 0.35, colour)


def redhead(pg: Page, ctx: Ctx, org: str, number: str, y: float = 22) -> float:
    """A red-letter header: the organ's name + 文件, the document number and a red rule."""
    size = 26 if len(org) <= 10 else 21
    pg.text(pg.w / 2, y, org + "文件", size, ctx.bold, "c", RED)
    y += lh(size, 1.5) + 6
    put(pg, ctx, pg.w / 2, y, number, 12, "c")
    y += 8
    pg.line(20, y, pg.w - 20, y, 0.9, RED)
    return y + 8


def make(etype: str, layout: str, pages: list[Page], who: str, year: int, category: str | None = None,
         skip: tuple[str, ...] = (), **fields) -> Doc:  # fmt: skip
    """A Doc whose scored fields are those the builder set (minus `skip`); holder is always scored."""
    scored = []
    for path in SCORED[etype]:
        if path in skip:
            continue
        if path in ("holder", "journal.levels"):
            if path == "holder" or fields.get("journal"):
                scored.append(path)
        elif path == "people":
            if fields.get("people"):
                scored.append(path)
        elif get_path(fields, path) is not None:
            scored.append(path)
    return Doc(etype, layout, pages, fields, scored, {"person": who, "year": year}, category)


def ranked(names: list[str], role: str, start: int = 1) -> list[dict]:
    return [person(n, i + start, role) for i, n in enumerate(names)]


def fit(pg: Page, ctx: Ctx, y: float, s: str, size: float, width: float, bold: bool = True,
        color=(20, 20, 20)) -> float:  # fmt: skip
    """A centred heading shrunk to fit `width` mm; returns the y below it."""
    font = ctx.bold if bold else ctx.body
    while size > 9 and width_mm(s, font, size) > width:
        size -= 0.5
    pg.text(pg.w / 2, y, s, size, font, "c", color)
    return y + lh(size, 1.6)


SHORT = {"开封": "汴", "益阳": "益", "郑州": "郑", "常德": "常", "河南": "豫", "湖南": "湘"}


def docno(issuer: str, city: str, prov: str, year: int, rng) -> str:
    key = SHORT[city] if issuer.startswith(city) else SHORT[prov] if issuer.startswith(prov) else SHORT[city]
    kind = "水" if "水利" in issuer else "农" if "农" in issuer else "人社" if "人力" in issuer else "建"
    return f"{key}{kind}〔{year}〕{rng.randint(3, 160)}号"
