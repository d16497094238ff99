"""PDF intake: open/inspect with pdfium, read real text layers with pdfplumber, rasterise scanned pages."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pypdfium2 as pdfium
from PIL import Image

from ingest.ocr.base import group_lines
from models.errors import CorruptDocument, DecompressionBomb, EncryptedDocument, TooManyPages
from models.pages import PageText, Word

PDFIUM_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
MIN_LAYER_CHARS = 8  # fewer real characters than this is a stray page number, not a text layer
MAX_CID_SHARE = 0.3  # "(cid:123)" glyphs have no Unicode mapping: such a layer is unreadable
SCAN_IMAGE_SHARE = 0.6  # an image this large under a thin text layer means the page is a scan
THIN_LAYER_CHARS = 50


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    """A pdfium document, or our error saying why it cannot be opened."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == PDFIUM_PASSWORD_ERROR:
            raise EncryptedDocument("PDF 已加密，请上传未加密的文件 / the PDF is password-protected") from exc
        raise CorruptDocument(
            f"PDF 已损坏，无法打开 / the PDF is damaged and cannot be opened: {exc}"
        ) from exc


def inspect_pdf(data: bytes, max_pages: int, max_pixels: int, dpi: int) -> int:
    """Page count, after refusing encrypted, broken, too long or absurdly large documents."""
    doc = open_pdf(data)
    try:
        pages = len(doc)
        if pages == 0:
            raise CorruptDocument("PDF 没有页面 / the PDF has no pages")
        if pages > max_pages:
            raise TooManyPages(
                f"PDF 有 {pages} 页，超过 {max_pages} 页上限 / the PDF has {pages} pages, over the {max_pages} limit",
                pages=pages,
                max_pages=max_pages,
            )
        for index in range(pages):
            check_page_size(doc.get_page_size(index), dpi, max_pixels, index + 1)
        doc[0].close()  # parsing the first page's objects catches most broken files cheaply
    except pdfium.PdfiumError as exc:
        raise CorruptDocument(f"PDF 已损坏 / the PDF is damaged: {exc}") from exc
    finally:
        doc.close()
    return pages


def check_page_size(size: tuple[float, float], dpi: int, max_pixels: int, number: int) -> None:
    width, height = (side * dpi / 72 for side in size)
    if width * height > max_pixels:
        raise DecompressionBomb(
            f"PDF 第 {number} 页尺寸异常（{size[0]:.0f}×{size[1]:.0f} pt）/ page {number} is absurdly large "
            f"({size[0]:.0f}x{size[1]:.0f} pt) and would render past {max_pixels // 1_000_000} megapixels",
            page=number,
        )


def render_page(doc: pdfium.PdfDocument, index: int, dpi: int) -> Image.Image:
    page = doc[index]
    try:
        bitmap = page.render(scale=dpi / 72, may_draw_forms=True)
        return bitmap.to_pil().convert("RGB")
    finally:
        page.close()


class TextLayers:
    """pdfplumber's view of a document; any page it cannot read simply has no text layer (gets OCR)."""

    def __init__(self, data: bytes) -> None:
        import pdfplumber

        try:
            self._plumber: Any = pdfplumber.open(io.BytesIO(data))
        except Exception:  # pdfminer is stricter than pdfium: a file pdfium repairs may not parse here
            self._plumber = None

    def page(self, index: int) -> tuple[list[dict[str, Any]], tuple[float, float]]:
        """Words of page `index` with the page's size in points, or ([], ...) for no usable layer."""
        if self._plumber is None or index >= len(self._plumber.pages):
            return [], (1.0, 1.0)
        page = self._plumber.pages[index]
        try:
            return layer_words(page), (float(page.width), float(page.height))
        except Exception:  # a broken font or content stream in pdfminer: fall back to OCR, never fail
            return [], (1.0, 1.0)
        finally:
            page.close()  # pdfplumber caches every parsed object per page

    def close(self) -> None:
        if self._plumber is not None:
            self._plumber.close()


@contextmanager
def text_layers(data: bytes) -> Iterator[TextLayers]:
    layers = TextLayers(data)
    try:
        yield layers
    finally:
        layers.close()


def layer_words(page: Any) -> list[dict[str, Any]]:
    """The page's text-layer words, or [] when the layer is absent, unreadable, or covers a scan."""
    if page.rotation % 360:
        return []  # pdfplumber keeps unrotated coordinates; OCR of the rendered page is simpler and right
    words: list[dict[str, Any]] = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    text = "".join(w["text"] for w in words)
    cid_chars = sum(len(w["text"]) for w in words if "(cid:" in w["text"])
    if len(text) < MIN_LAYER_CHARS or cid_chars > MAX_CID_SHARE * len(text):
        return []
    if len(text) < THIN_LAYER_CHARS and _scan_share(page) >= SCAN_IMAGE_SHARE:
        return []
    return words


def _scan_share(page: Any) -> float:
    area = float(page.width * page.height) or 1.0
    return max(
        (float((im["x1"] - im["x0"]) * (im["bottom"] - im["top"])) / area for im in page.images), default=0.0
    )


def page_from_layer(
    words: list[dict[str, Any]], page_size: tuple[float, float], image: Image.Image, number: int
) -> PageText:
    """PageText from text-layer words, boxes scaled from PDF points to the rendered image's pixels."""
    sx, sy = image.width / page_size[0], image.height / page_size[1]
    boxes = [
        Word(
            w["text"],
            (
                max(0, round(w["x0"] * sx)),
                max(0, round(w["top"] * sy)),
                min(image.width, round(w["x1"] * sx)),
                min(image.height, round(w["bottom"] * sy)),
            ),
            1.0,
        )
        for w in words
    ]
    return PageText(
        number=number,
        width=image.width,
        height=image.height,
        lines=group_lines(boxes),
        engine="pdf-text",
        from_text_layer=True,
    )
