"""A page as a list of drawing operations in millimetres, rendered to a PIL image or a text-layer PDF page."""

from __future__ import annotations

import functools
import io
import time
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, ImageDraw

from bench.generator.fonts import faces, pil_font, text_width_pt
from bench.generator.seals import seal_image, stamp

PT_MM = 25.4 / 72.0


def width_mm(text: str, font: str, size: float) -> float:
    return text_width_pt(text, font, size) * PT_MM


@dataclass
class Page:
    w: float = 210.0
    h: float = 297.0
    ops: list[tuple[Any, ...]] = field(default_factory=list)
    bg: tuple[int, int, int] = (255, 255, 255)

    # ---- primitives -------------------------------------------------------------------------
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float,
        font: str,
        align: str = "l",
        color: tuple[int, int, int] = (20, 20, 20),
    ) -> float:
        """Draw `s` with its top at y; x is the left, centre or right edge. Returns the width in mm."""
        if not s:
            return 0.0
        wd = width_mm(s, font, size)
        x0 = x - wd / 2 if align == "c" else x - wd if align == "r" else x
        self.ops.append(("text", x0, y, s, size, font, color))
        return wd

    def line(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        width: float = 0.3,
        color: tuple[int, int, int] = (30, 30, 30),
    ) -> None:
        self.ops.append(("line", x0, y0, x1, y1, width, color))

    def rect(
        self,
        x0: float,
        y0: float,
        x1: float,
        y1: float,
        width: float = 0.3,
        color: tuple[int, int, int] = (30, 30, 30),
        fill: tuple[int, int, int] | None = None,
    ) -> None:
        self.ops.append(("rect", x0, y0, x1, y1, width, color, fill))

    def seal(self, cx: float, cy: float, r: float, org: str, seed: int) -> None:
        self.ops.append(("seal", cx, cy, r, org, seed))

    # ---- helpers ----------------------------------------------------------------------------
    def wrap(
        self,
        x: float,
        y: float,
        width: float,
        s: str,
        size: float,
        font: str,
        lead: float = 1.6,
        indent: float = 0.0,
    ) -> float:
        """Flow `s` into lines of at most `width` mm (character by character); returns the y below it."""
        line_h = size * PT_MM * lead
        cur, first = "", True
        for ch in s:
            avail = width - (indent if first else 0.0)
            if cur and width_mm(cur + ch, font, size) > avail and ch not in "，。、；：）》”":
                self.text(x + (indent if first else 0.0), y, cur, size, font)
                y += line_h
                cur, first = ch, False
            else:
                cur += ch
        if cur:
            self.text(x + (indent if first else 0.0), y, cur, size, font)
            y += line_h
        return y

    def runs(
        self, x: float, y: float, parts: list[tuple[str, bool]], size: float, font: str, align: str = "c"
    ) -> float:
        """A line of text runs, each (text, superscript?); superscripts are smaller and raised."""
        sup = size * 0.58
        total = sum(width_mm(t, font, sup if s else size) for t, s in parts)
        cx = x - total / 2 if align == "c" else x
        for t, s in parts:
            if s:
                cx += self.text(cx, y - size * PT_MM * 0.12, t, sup, font)
            else:
                cx += self.text(cx, y, t, size, font)
        return y + size * PT_MM * 1.7

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        size: float,
        font: str,
        row_h: float = 9.0,
        fonts: dict[int, str] | None = None,
        header_font: str | None = None,
        lw: float = 0.3,
    ) -> float:
        """A ruled table; cell text centred (wrapped to two lines when too long). Returns the bottom y."""
        total = sum(widths)
        top = y
        for r, row in enumerate(rows):
            cx = x
            for c, cell in enumerate(row):
                f = header_font if r == 0 and header_font else (fonts or {}).get(c, font)
                w = widths[c]
                lines = _split_cell(cell, f, size, w - 2.0)
                lh = size * PT_MM * 1.25
                ty = y + (row_h - lh * len(lines)) / 2 + 0.2
                for ln in lines:
                    self.text(cx + w / 2, ty, ln, size, f, "c")
                    ty += lh
                cx += w
            y += row_h
            self.line(x, y, x + total, y, lw)
        self.line(x, top, x + total, top, lw)
        cx = x
        for w in [0.0] + widths:
            cx += w
            self.line(cx, top, cx, y, lw)
        return y

    def lines(self) -> list[str]:
        """The printed text grouped into lines by vertical position (for diagnostics)."""
        items = sorted((round(op[2] / 2.5), op[1], op[3]) for op in self.ops if op[0] == "text")
        out: list[str] = []
        key = None
        for k, _, s in items:
            if k == key:
                out[-1] += " " + s
            else:
                out.append(s)
                key = k
        return out


def _split_cell(text: str, font: str, size: float, width: float) -> list[str]:
    if width_mm(text, font, size) <= width or len(text) < 4:
        return [text]
    out, cur = [], ""
    for ch in text:
        if cur and width_mm(cur + ch, font, size) > width:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    return out + ([cur] if cur else [])


# ---- rendering ------------------------------------------------------------------------------
def render(page: Page, dpi: int) -> Image.Image:
    k = dpi / 25.4
    img = Image.new("RGB", (round(page.w * k), round(page.h * k)), page.bg)
    draw = ImageDraw.Draw(img)
    seals = []
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, size, font, color = op
            draw.text((x * k, y * k), s, font=pil_font(font, round(size / 72 * dpi)), fill=color)
        elif kind == "line":
            _, x0, y0, x1, y1, wd, color = op
            draw.line((x0 * k, y0 * k, x1 * k, y1 * k), fill=color, width=max(1, round(wd * k)))
        elif kind == "rect":
            _, x0, y0, x1, y1, wd, color, fill = op
            draw.rectangle(
                (x0 * k, y0 * k, x1 * k, y1 * k),
                outline=color if wd > 0 else None,
                width=max(1, round(wd * k)),
                fill=fill,
            )
        elif kind == "seal":
            seals.append(op)
    for _, cx, cy, r, org, seed in seals:
        stamp(img, seal_image(org, round(r * k), seed), cx * k, cy * k)
    return img


@functools.cache
def _pdf_font(key: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    face = faces()[key]
    name = f"blind-{key}"
    pdfmetrics.registerFont(TTFont(name, face.path, subfontIndex=face.index))
    return name


def render_pdf(pages: list[Page], seal_dpi: int = 150) -> bytes:
    """A PDF with a real text layer (embedded TrueType CJK fonts); seals are placed as images."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=(pages[0].w / PT_MM, pages[0].h / PT_MM), invariant=1)
    for page in pages:
        H = page.h / PT_MM
        pdf.setPageSize((page.w / PT_MM, H))

        def P(v: float) -> float:
            return v / PT_MM

        for op in page.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, size, font, color = op
                pdf.setFillColorRGB(*(c / 255 for c in color))
                pdf.setFont(_pdf_font(font), size)
                pdf.drawString(P(x), H - P(y) - size * 0.88, s)
            elif kind == "line":
                _, x0, y0, x1, y1, wd, color = op
                pdf.setStrokeColorRGB(*(c / 255 for c in color))
                pdf.setLineWidth(P(wd))
                pdf.line(P(x0), H - P(y0), P(x1), H - P(y1))
            elif kind == "rect":
                _, x0, y0, x1, y1, wd, color, fill = op
                pdf.setStrokeColorRGB(*(c / 255 for c in color))
                pdf.setLineWidth(P(max(wd, 0.01)))
                if fill:
                    pdf.setFillColorRGB(*(c / 255 for c in fill))
                pdf.rect(P(x0), H - P(y1), P(x1 - x0), P(y1 - y0), stroke=int(wd > 0), fill=int(bool(fill)))
            elif kind == "seal":
                _, cx, cy, r, org, seed = op
                k = seal_dpi / 25.4
                img = seal_image(org, round(r * k), seed)
                wmm = img.width / k
                pdf.drawImage(
                    ImageReader(img), P(cx - wmm / 2), H - P(cy + wmm / 2), P(wmm), P(wmm), mask="auto"
                )
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


# PIL stamps a PDF with the time it was written; a fixed date makes a corpus's bytes repeat per seed.
_FIXED = time.strptime("2026-01-01", "%Y-%m-%d")


def images_to_pdf(images: list[Image.Image], dpi: int, quality: int = 82) -> bytes:
    """A scanned PDF: one JPEG image per page, no text layer, fixed metadata dates."""
    buf = io.BytesIO()
    rgb = [im.convert("RGB") for im in images]
    rgb[0].save(
        buf,
        "PDF",
        save_all=True,
        append_images=rgb[1:],
        resolution=float(dpi),
        quality=quality,
        creationDate=_FIXED,
        modDate=_FIXED,
    )
    return buf.getvalue()
