"""PDF reading: real text layers skip OCR and give pixel boxes; scanned pages are rendered and OCR'd."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from ingest.files import validate_upload
from ingest.ocr.fake import FakeEngine
from ingest.ocr.reader import read_document
from ingest.ocr.registry import get_engine

FONT_TTC = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"  # TrueType outlines, so reportlab can embed it
LINES = ["专业技术人员继续教育培训证书", "姓名：张三", "培训学时：24学时"]
DPI = 200


def _font() -> str:
    if "wqy" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("wqy", FONT_TTC, subfontIndex=0))
    return "wqy"


def scan_image(lines: list[str], size: tuple[int, int] = (1654, 1169)) -> Image.Image:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT_TTC, 48)
    for i, text in enumerate(lines):
        draw.text((150, 150 + 110 * i), text, font=font, fill="black")
    return image


def make_pdf(pages: list[str]) -> bytes:
    """Each entry is 'text' (a text-layer page with LINES at 72pt from the top-left) or 'scan' (an image)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for kind in pages:
        if kind == "text":
            c.setFont(_font(), 14)
            for i, text in enumerate(LINES):
                c.drawString(72, A4[1] - 72 - 14 - 30 * i, text)
        else:
            c.drawImage(ImageReader(scan_image(LINES)), 0, A4[1] / 2, A4[0], A4[1] / 2)
        c.showPage()
    c.save()
    return buf.getvalue()


def read(data: bytes, engine, **kw):
    return read_document(data, validate_upload(data, "doc.pdf"), engine, dpi=DPI, **kw)


def test_text_layer_page_skips_ocr_and_keeps_the_words():
    engine = FakeEngine()
    (page,) = read(make_pdf(["text"]), engine)
    assert engine.calls == 0
    assert page.text.engine == "pdf-text" and page.text.from_text_layer
    assert page.text.text.splitlines() == LINES


def test_text_layer_boxes_are_in_rendered_image_pixels():
    (page,) = read(make_pdf(["text"]), FakeEngine())
    assert (
        page.image.size
        == (page.text.width, page.text.height)
        == (round(A4[0] * DPI / 72), round(A4[1] * DPI / 72))
    )
    x0, y0, x1, y1 = page.text.lines[0].bbox
    scale = DPI / 72
    assert abs(x0 - 72 * scale) <= 3  # drawn at x = 72 pt
    assert abs(y1 - (72 + 14) * scale) <= 14  # baseline 86 pt below the top; descent hangs a little lower
    assert x1 - x0 == pytest.approx(14 * len(LINES[0]) * scale, rel=0.05)  # 14 full-width glyphs of 14 pt
    # the box really covers ink on the rendered page
    crop = page.image.convert("L").crop((x0, y0, x1, y1))
    assert crop.getextrema()[0] < 100


def test_scanned_page_is_rendered_and_sent_to_the_engine():
    engine = FakeEngine(text="扫描页")
    (page,) = read(make_pdf(["scan"]), engine)
    assert engine.calls == 1
    assert not page.text.from_text_layer and page.text.engine == "fake"
    assert page.text.text == "扫描页"
    assert page.image.size == (1654, 2339)


def test_mixed_document_reports_progress_per_page():
    engine, progress = FakeEngine(), []
    pages = read(
        make_pdf(["text", "scan", "text"]), engine, on_page=lambda done, total: progress.append((done, total))
    )
    assert [p.number for p in pages] == [1, 2, 3]
    assert [p.text.from_text_layer for p in pages] == [True, False, True]
    assert engine.calls == 1
    assert progress == [(1, 3), (2, 3), (3, 3)]


@pytest.mark.ocr
@pytest.mark.slow
def test_scanned_pdf_is_ocrd_by_rapidocr():
    (page,) = read(make_pdf(["scan"]), get_engine("rapidocr"))
    assert page.text.engine == get_engine("rapidocr").name and not page.text.from_text_layer
    assert [line.text for line in page.text.lines] == LINES
    # scan image fills the top half of the page: text boxes land there
    assert all(line.bbox[3] < page.text.height / 2 for line in page.text.lines)
