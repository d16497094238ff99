"""From validated upload bytes to upright page images and their text: text layer when real, OCR otherwise."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image

from ingest.files import Limits, SniffedFile, validate_upload
from ingest.ocr import images, orientation, pdf
from ingest.ocr.base import OcrEngine
from ingest.ocr.orientation import make_upright
from ingest.ocr.registry import get_engine
from models.pages import PageText

Progress = Callable[[int, int], None]
# Stored page images. A page that reached us as a photograph or a scan (a JPEG or HEIC upload, a PDF page with no
# text layer) is stored as JPEG: on a 12 MP phone photo 0.03 s of CPU and 1.3 MB, against 0.6 s and 9.7 MB as PNG,
# and the source was lossy already. Other pages (PNG and TIFF uploads, text-layer PDF pages) stay PNG, at zlib
# level 1: a quarter of the CPU of Pillow's default 6 for a file about a quarter larger.
PNG_COMPRESS_LEVEL = 1
JPEG_QUALITY = 90
SUFFIXES = {"png": "png", "jpeg": "jpg"}
LOSSY_KINDS = frozenset({"jpeg", "heic"})


@dataclass(frozen=True)
class RenderedPage:
    number: int
    image: Image.Image  # as the text was read: upright, deskewed
    text: PageText
    image_format: str = "png"  # how the page is stored: "png" or "jpeg"

    @property
    def suffix(self) -> str:
        return SUFFIXES[self.image_format]

    def encoded(self) -> bytes:
        """The page image as stored for reviewers, in `image_format`."""
        buf = io.BytesIO()
        if self.image_format == "jpeg":
            self.image.convert("RGB").save(buf, format="JPEG", quality=JPEG_QUALITY)
        else:
            self.image.save(buf, format="PNG", optimize=False, compress_level=PNG_COMPRESS_LEVEL)
        return buf.getvalue()


def ocr_page(
    image: Image.Image, engine: OcrEngine, number: int, prior_rotation: int = 0, image_format: str = "png"
) -> RenderedPage:
    """Upright, deskew, OCR; the recorded rotation includes what EXIF already turned.

    The engine reads a view with red seals faded out; the page keeps its colours (reviewers check the
    seal) with exactly the same geometry, so the word boxes fit both.
    """
    if not getattr(engine, "needs_upright", True):  # the fake engine reads nothing, so skip the detector
        text = replace(engine.recognize(image, number), rotation=prior_rotation)
        return RenderedPage(number, image, text, image_format)
    # the engine's own detector finds the boxes orientation looks at and OCR then reads (see rapid.BOX_MEMO)
    upright = make_upright(images.without_red_ink(image), getattr(engine, "rapid", None))
    text = engine.recognize(upright.image, page_number=number)
    meta = {**text.meta, "deskew_degrees": upright.skew}
    text = replace(text, rotation=(prior_rotation + upright.rotation) % 360, meta=meta)
    return RenderedPage(number, orientation.apply(image, upright.rotation, upright.skew), text, image_format)


def _pdf_pages(data: bytes, engine: OcrEngine, dpi: int) -> Iterator[RenderedPage]:
    doc = pdf.open_pdf(data)
    try:
        with pdf.text_layers(data) as layers:
            for index in range(len(doc)):
                image = pdf.render_page(doc, index, dpi)  # rendered either way: the reviewer sees the page
                words, size = layers.page(index)
                if words:
                    yield RenderedPage(index + 1, image, pdf.page_from_layer(words, size, image, index + 1))
                else:
                    yield ocr_page(image, engine, index + 1, image_format="jpeg")  # a scanned page
    finally:
        doc.close()


def _image_pages(data: bytes, kind: str, engine: OcrEngine, max_pixels: int) -> Iterator[RenderedPage]:
    stored_as = "jpeg" if kind in LOSSY_KINDS else "png"
    for index, (image, exif_rotation) in enumerate(images.load_frames(data, max_pixels)):
        yield ocr_page(image, engine, index + 1, prior_rotation=exif_rotation, image_format=stored_as)


def read_document(
    data: bytes,
    sniffed: SniffedFile,
    engine: OcrEngine,
    dpi: int = 200,
    on_page: Progress | None = None,
    max_pixels: int = Limits.max_pixels,
) -> list[RenderedPage]:
    """Every page of a validated document, in order; on_page(done, total) after each one."""
    pages_iter = (
        _pdf_pages(data, engine, dpi)
        if sniffed.kind == "pdf"
        else _image_pages(data, sniffed.kind, engine, max_pixels)
    )
    pages: list[RenderedPage] = []
    for page in pages_iter:
        pages.append(page)
        if on_page is not None:
            on_page(len(pages), sniffed.page_count)
    return pages


def ocr_file(path: str | Path, engine: str = "rapidocr", dpi: int = 200) -> list[PageText]:
    """Validate and read one file from disk (for the CLI and benchmarks)."""
    path = Path(path)
    data = path.read_bytes()
    sniffed = validate_upload(data, path.name, Limits(dpi=dpi))
    return [page.text for page in read_document(data, sniffed, get_engine(engine), dpi=dpi)]
