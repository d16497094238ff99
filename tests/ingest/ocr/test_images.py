"""Every image mode a file can be saved in comes out as readable black-on-white RGB before OCR."""

from __future__ import annotations

import io
from collections.abc import Callable

import numpy as np
import pytest
from imaging import CERT_LINES, certificate_image
from PIL import Image

from ingest.files import validate_upload
from ingest.ocr.images import load_frame
from ingest.ocr.reader import read_document
from ingest.ocr.registry import get_engine

MAX_PIXELS = 80_000_000


@pytest.fixture(scope="module")
def grey() -> np.ndarray:
    """The 8-bit render every mode is compared against (anti-aliased black text on white)."""
    return np.asarray(certificate_image(size=(900, 900)).convert("L"))


def _save(image: Image.Image, fmt: str, **kw) -> bytes:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    image.save(buf, format=fmt, **kw)
    return buf.getvalue()


def i16(a: np.ndarray) -> bytes:
    return _save(Image.fromarray(a.astype(np.uint16) * 257), "PNG")  # a 16-bit greyscale PNG


def i16b(a: np.ndarray) -> bytes:
    return _save(Image.fromarray((a.astype(np.uint16) * 257).astype(">u2")), "TIFF")


def i32_16bit_values(a: np.ndarray) -> bytes:  # older Pillow and some scanners: 16-bit values in an I image
    return _save(Image.fromarray(a.astype(np.int32) * 257), "TIFF")


def i32_full_range(a: np.ndarray) -> bytes:
    return _save(Image.fromarray(a.astype(np.int32) * 8_421_504), "TIFF")


def float_unit(a: np.ndarray) -> bytes:
    return _save(Image.fromarray((a / 255.0).astype(np.float32)), "TIFF")


def float_8bit(a: np.ndarray) -> bytes:
    return _save(Image.fromarray(a.astype(np.float32)), "TIFF")


def la_black_transparent(a: np.ndarray) -> bytes:
    """Black ink whose shape is only in the alpha channel: the colour under the background is black too."""
    la = Image.merge("LA", (Image.new("L", (a.shape[1], a.shape[0]), 0), Image.fromarray(255 - a)))
    return _save(la, "PNG")


def l_with_transparent_value(a: np.ndarray) -> bytes:
    b = a.copy()
    b[a == 255] = 7  # dark background marked transparent (tRNS)
    return _save(Image.fromarray(b), "PNG", transparency=7)


def p_with_transparency(a: np.ndarray) -> bytes:
    p = Image.frombytes("P", (a.shape[1], a.shape[0]), a.tobytes())
    palette = [v for i in range(256) for v in (i, i, i)]
    palette[255 * 3 : 256 * 3] = [0, 0, 0]  # the background index is black, but transparent
    p.putpalette(palette)
    return _save(p, "PNG", transparency=255)


def rgba_black_transparent(a: np.ndarray) -> bytes:
    h, w = a.shape
    rgba = np.zeros((h, w, 4), np.uint8)
    rgba[..., 3] = 255 - a
    return _save(Image.fromarray(rgba, "RGBA"), "PNG")


def cmyk_jpeg(a: np.ndarray) -> bytes:  # Adobe CMYK JPEGs are stored inverted
    return _save(Image.fromarray(a).convert("CMYK"), "JPEG", quality=95)


def cmyk_tiff(a: np.ndarray) -> bytes:
    return _save(Image.fromarray(a).convert("CMYK"), "TIFF")


def bilevel(a: np.ndarray) -> bytes:
    return _save(Image.fromarray(a).point(lambda v: 255 if v >= 128 else 0).convert("1"), "PNG")


MODES: list[tuple[str, str, Callable[[np.ndarray], bytes], float]] = [
    # (id, the mode Pillow opens it in, writer, largest mean absolute difference from the 8-bit render)
    ("I;16-png", "I;16", i16, 0.5),
    ("I;16B-tiff", "I;16B", i16b, 0.5),
    ("I-16bit-values", "I", i32_16bit_values, 0.5),
    ("I-32bit-range", "I", i32_full_range, 0.5),
    ("F-0..1", "F", float_unit, 0.5),
    ("F-0..255", "F", float_8bit, 0.5),
    ("LA", "LA", la_black_transparent, 0.5),
    ("L-transparent-value", "L", l_with_transparent_value, 0.5),
    ("P-transparent", "P", p_with_transparency, 0.5),
    ("RGBA", "RGBA", rgba_black_transparent, 0.5),
    ("CMYK-jpeg", "CMYK", cmyk_jpeg, 2.0),
    ("CMYK-tiff", "CMYK", cmyk_tiff, 0.5),
    ("1", "1", bilevel, 6.0),  # thresholding drops the anti-aliasing, nothing more
]


@pytest.mark.parametrize(("mode", "writer", "max_mad"), [m[1:] for m in MODES], ids=[m[0] for m in MODES])
def test_every_mode_is_normalised_to_the_8bit_render(grey, mode, writer, max_mad):
    data = writer(grey)
    with Image.open(io.BytesIO(data)) as opened:
        assert opened.mode == mode  # the file really is in the mode under test
    image, _ = load_frame(data, 0, MAX_PIXELS)
    assert image.mode == "RGB"
    got = np.asarray(image.convert("L"), dtype=np.float64)
    mad = float(np.abs(got - grey).mean())
    assert mad <= max_mad, f"{mode}: mean absolute difference {mad:.2f} from the 8-bit render"
    ink = grey < 100
    assert got[ink].mean() < 80 and got[~ink].mean() > 230  # text still dark on white paper


@pytest.mark.ocr
def test_a_16bit_greyscale_png_certificate_gives_its_text():
    """A scanner's 16-bit output: grey ink on off-white paper, so no pixel is 0 (Pillow alone blanks it)."""
    scan = 60 + np.asarray(certificate_image().convert("L"), dtype=np.float64) * (175 / 255)
    data = _save(Image.fromarray(np.rint(scan * 257).astype(np.uint16)), "PNG")
    (page,) = read_document(data, validate_upload(data, "scan16.png"), get_engine("rapidocr"))
    text = "".join(page.text.text.split())
    for line in ("结业证书", "参加专业技术人员继续教育培训", "共计24学时"):
        assert line in text, text
    assert len(text) >= 0.9 * len("".join(CERT_LINES))
