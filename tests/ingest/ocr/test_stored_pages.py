"""How page images are stored for reviewers: photos and scans as JPEG, the rest as PNG."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from ingest.files import validate_upload
from ingest.ocr.fake import FakeEngine
from ingest.ocr.reader import read_document


def _encoded(image: Image.Image, fmt: str) -> bytes:
    buf = io.BytesIO()
    image.save(buf, fmt)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("filename", "fmt", "stored", "suffix"),
    [
        ("IMG_0001.jpg", "JPEG", "JPEG", "jpg"),
        ("scan.png", "PNG", "PNG", "png"),
        ("fax.tiff", "TIFF", "PNG", "png"),
    ],
    ids=["jpeg-photo", "png", "tiff"],
)
def test_pages_from_photos_are_stored_as_jpeg_and_the_rest_as_png(filename, fmt, stored, suffix):
    image = Image.new("RGB", (640, 480), (250, 250, 245))
    image.paste((200, 30, 40), (100, 100, 200, 200))
    data = _encoded(image, fmt)
    (page,) = read_document(data, validate_upload(data, filename), FakeEngine())
    assert page.suffix == suffix
    back = Image.open(io.BytesIO(page.encoded()))
    assert back.format == stored and back.size == (640, 480)
    r, g, b = np.asarray(back.convert("RGB"))[150, 150].astype(int)
    assert r > 180 and g < 70 and b < 70  # colours kept for reviewers
