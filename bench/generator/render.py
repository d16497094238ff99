"""Render page specs to images (PIL) and to text-layer PDFs (reportlab, TrueType CJK fonts embedded)."""

from __future__ import annotations

import functools
import io
import time

from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from bench.generator.doc import Page, Rule, Seal, Text
from bench.generator.fonts import HAND, PDF_FAMILIES, faces, pil_font
from bench.generator.seals import seal_image, stamp

ANCHORS = {"l": "la", "c": "ma", "r": "ra"}


def render_page(page: Page, dpi: int = 150) -> Image.Image:
    """Rasterise one page at `dpi` (RGB)."""
    k = dpi / 72.0
    img = Image.new("RGB", (round(page.width * k), round(page.height * k)), page.background)
    draw = ImageDraw.Draw(img)
    for item in page.items:
        if isinstance(item, Text):
            font = pil_font(item.font, round(item.size * k))
            draw.text(
                (item.x * k, item.y * k), item.text, font=font, fill=item.color, anchor=ANCHORS[item.align]
            )
        elif isinstance(item, Rule):
            draw.line((item.x0 * k, item.y0 * k, item.x1 * k, item.y1 * k), fill=item.color,
                      width=max(1, round(item.width * k)))  # fmt: skip
    for item in page.items:  # seals last: ink lies over the printed text
        if isinstance(item, Seal):
            stamp(img, seal_image(item.org, round(item.r * k), item.seed), item.cx * k, item.cy * k)
    return img


@functools.cache
def _pdf_font(key: str) -> str:
    face = faces()[key]
    name = f"cp-{key}"
    pdfmetrics.registerFont(TTFont(name, face.path, subfontIndex=face.index))
    return name


def pdf_font_for(key: str, body: str) -> str:
    """Map a raster font key to an embeddable TrueType face (CFF-flavoured Noto cannot be embedded)."""
    if key == HAND:
        return _pdf_font(HAND)
    if faces()[key].truetype:
        return _pdf_font(key)
    return _pdf_font(body)


def render_pdf(pages: list[Page], body: str = "zenhei") -> bytes:
    """A PDF with a real text layer: each Text becomes a text run in an embedded CJK TrueType font."""
    if body not in PDF_FAMILIES:
        raise ValueError(f"PDF body font must be one of {PDF_FAMILIES}, not {body!r}")
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=(pages[0].width, pages[0].height), invariant=1)  # same bytes per seed
    for page in pages:
        pdf.setPageSize((page.width, page.height))
        _draw_pdf_page(pdf, page, body)
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _draw_pdf_page(pdf: canvas.Canvas, page: Page, body: str) -> None:
    h = page.height
    for item in page.items:
        if isinstance(item, Text):
            pdf.setFillColorRGB(*(c / 255 for c in item.color))
            pdf.setFont(pdf_font_for(item.font, body), item.size)
            base = h - item.y - item.size * 0.88
            draw = {"l": pdf.drawString, "c": pdf.drawCentredString, "r": pdf.drawRightString}[item.align]
            draw(item.x, base, item.text)
        elif isinstance(item, Rule):
            pdf.setStrokeColorRGB(*(c / 255 for c in item.color))
            pdf.setLineWidth(item.width)
            pdf.line(item.x0, h - item.y0, item.x1, h - item.y1)
        elif isinstance(item, Seal):
            seal = seal_image(item.org, round(item.r * 200 / 72), item.seed)
            side = seal.width * 72 / 200
            pdf.drawImage(
                ImageReader(seal), item.cx - side / 2, h - item.cy - side / 2, side, side, mask="auto"
            )


def images_to_pdf(images: list[Image.Image], dpi: int = 150, quality: int = 80) -> bytes:
    """A scanned PDF: each image becomes a full page (JPEG inside), no text layer."""
    buf = io.BytesIO()
    rgb = [im.convert("RGB") for im in images]
    fixed_time = time.gmtime(1704067200)  # fixed dates: the same seed gives the same bytes
    rgb[0].save(buf, "PDF", save_all=True, append_images=rgb[1:], resolution=dpi, quality=quality,
                creationDate=fixed_time, modDate=fixed_time)  # fmt: skip
    return buf.getvalue()
