"""A tiny page model for the held-out corpus: text, rules and seals placed by a cursor, rendered to PNG or PDF."""

from __future__ import annotations

import functools
import io
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from bench.generator.fonts import faces, pil_font, text_width_pt
from bench.generator.seals import seal_image, stamp

A4 = (595.0, 842.0)
A4_LANDSCAPE = (842.0, 595.0)
HAND = "ukai"
PDF_SAFE = ("zenhei", "uming", "microhei", "ukai")  # TrueType faces reportlab can embed


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # top of the glyph box, in points from the top edge
    text: str
    size: float
    font: str
    align: str = "l"  # l, c, r
    color: tuple[int, int, int] = (20, 20, 20)


@dataclass(frozen=True)
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.8


@dataclass(frozen=True)
class Stamp:
    cx: float
    cy: float
    r: float
    org: str
    seed: int


@dataclass
class Sheet:
    """One page being laid out top to bottom; `y` is the cursor."""

    font: str
    bold: str
    size: tuple[float, float] = A4
    margin: float = 60.0
    y: float = 60.0
    background: tuple[int, int, int] = (255, 255, 255)
    items: list[Text | Line | Stamp] = field(default_factory=list)

    @property
    def width(self) -> float:
        return self.size[0]

    def put(self, x: float, text: str, size: float = 12, font: str | None = None, align: str = "l") -> None:
        """Place text at the cursor's height without moving the cursor."""
        self.items.append(Text(x, self.y, text, size, font or self.font, align))

    def down(self, pts: float) -> None:
        self.y += pts

    def center(self, text: str, size: float = 12, bold: bool = False, gap: float = 1.7) -> None:
        self.put(self.width / 2, text, size, self.bold if bold else self.font, "c")
        self.down(size * gap)

    def left(self, text: str, size: float = 12, x: float | None = None, gap: float = 1.7) -> None:
        self.put(self.margin if x is None else x, text, size)
        self.down(size * gap)

    def right(self, text: str, size: float = 12, x: float | None = None, gap: float = 1.7) -> None:
        self.put(self.width - self.margin if x is None else x, text, size, align="r")
        self.down(size * gap)

    def para(
        self, text: str, size: float = 12, indent: int = 2, gap: float = 1.75, x0: float | None = None
    ) -> None:
        """Wrap `text` inside the margins, first line indented by `indent` characters."""
        left = self.margin if x0 is None else x0
        avail = self.width - self.margin - left
        line, first = "", True
        for ch in text:
            pad = size * indent if first else 0
            if text_width_pt(line + ch, self.font, size) + pad > avail:
                self.put(left + pad, line, size)
                self.down(size * gap)
                line, first = "", False
            line += ch
        if line:
            self.put(left + (size * indent if first else 0), line, size)
            self.down(size * gap)

    def rule(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.8) -> None:
        self.items.append(Line(x0, y0, x1, y1, width))

    def seal(self, org: str, cx: float, cy: float, r: float = 48, seed: int = 1) -> None:
        self.items.append(Stamp(cx, cy, r, org, seed))

    def table(self, widths: Sequence[float], rows: list[list[str]], size: float = 11, row_h: float = 24,
              fonts: dict[int, str] | None = None, x0: float | None = None) -> None:  # fmt: skip
        """A ruled grid; `fonts` maps a column index to a font (e.g. the handwriting face for signatures)."""
        x0 = self.margin if x0 is None else x0
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        top = self.y
        for r, row in enumerate(rows):
            y = top + r * row_h
            for c, cell in enumerate(row):
                font = (fonts or {}).get(c, self.font) if r else self.bold
                if cell:
                    self.items.append(
                        Text((xs[c] + xs[c + 1]) / 2, y + (row_h - size) / 2, cell, size, font, "c")
                    )
        bottom = top + len(rows) * row_h
        for r in range(len(rows) + 1):
            self.rule(xs[0], top + r * row_h, xs[-1], top + r * row_h)
        for x in xs:
            self.rule(x, top, x, bottom)
        self.y = bottom + row_h * 0.8

    def frame(self, inset: float = 22, width: float = 2.0) -> None:
        """A certificate border."""
        w, h = self.size
        for d, lw in ((inset, width), (inset + 5, 0.6)):
            self.rule(d, d, w - d, d, lw)
            self.rule(w - d, d, w - d, h - d, lw)
            self.rule(w - d, h - d, d, h - d, lw)
            self.rule(d, h - d, d, d, lw)

    def lines(self) -> list[str]:
        """The printed text runs, top to bottom then left to right (for truth.jsonl)."""
        texts = sorted((t for t in self.items if isinstance(t, Text)), key=lambda t: (round(t.y), t.x))
        return [t.text for t in texts]


def render_png(sheet: Sheet, dpi: int) -> Image.Image:
    k = dpi / 72.0
    img = Image.new("RGB", (round(sheet.size[0] * k), round(sheet.size[1] * k)), sheet.background)
    draw = ImageDraw.Draw(img)
    anchors = {"l": "la", "c": "ma", "r": "ra"}
    for it in sheet.items:
        if isinstance(it, Text):
            draw.text((it.x * k, it.y * k), it.text, font=pil_font(it.font, round(it.size * k)),
                      fill=it.color, anchor=anchors[it.align])  # fmt: skip
        elif isinstance(it, Line):
            draw.line(
                (it.x0 * k, it.y0 * k, it.x1 * k, it.y1 * k),
                fill=(30, 30, 30),
                width=max(1, round(it.width * k)),
            )
    for it in sheet.items:
        if isinstance(it, Stamp):
            stamp(img, seal_image(it.org, round(it.r * k), it.seed), it.cx * k, it.cy * k)
    return img


@functools.cache
def _pdf_font(key: str) -> str:
    face = faces()[key]
    pdfmetrics.registerFont(TTFont(f"ho-{key}", face.path, subfontIndex=face.index))
    return f"ho-{key}"


def render_pdf(sheets: list[Sheet], body: str) -> bytes:
    """A text-layer PDF; fonts reportlab cannot embed (CFF Noto) fall back to `body`."""
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=sheets[0].size, invariant=1)
    for sh in sheets:
        pdf.setPageSize(sh.size)
        h = sh.size[1]
        for it in sh.items:
            if isinstance(it, Text):
                key = it.font if it.font in PDF_SAFE and faces()[it.font].truetype else body
                pdf.setFillColorRGB(*(c / 255 for c in it.color))
                pdf.setFont(_pdf_font(key), it.size)
                draw = {"l": pdf.drawString, "c": pdf.drawCentredString, "r": pdf.drawRightString}[it.align]
                draw(it.x, h - it.y - it.size * 0.88, it.text)
            elif isinstance(it, Line):
                pdf.setLineWidth(it.width)
                pdf.line(it.x0, h - it.y0, it.x1, h - it.y1)
            elif isinstance(it, Stamp):
                seal = seal_image(it.org, round(it.r * 200 / 72), it.seed)
                side = seal.width * 72 / 200
                pdf.drawImage(
                    ImageReader(seal), it.cx - side / 2, h - it.cy - side / 2, side, side, mask="auto"
                )
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def images_to_pdf(images: list[Image.Image], dpi: int) -> bytes:
    """A scanned PDF (JPEG pages, no text layer) with fixed dates, so the same seed gives the same bytes."""
    buf = io.BytesIO()
    rgb = [im.convert("RGB") for im in images]
    fixed_time = time.gmtime(1704067200)
    rgb[0].save(buf, "PDF", save_all=True, append_images=rgb[1:], resolution=dpi, quality=80,
                creationDate=fixed_time, modDate=fixed_time)  # fmt: skip
    return buf.getvalue()
