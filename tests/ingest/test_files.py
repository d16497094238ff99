"""Upload validation: every kind we accept is sniffed from its bytes, every bad input gets its own error."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image
from reportlab.lib import pdfencrypt
from reportlab.pdfgen import canvas

from ingest.files import Limits, safe_filename, sniff_kind, validate_upload
from models import errors

# Pillow warns on opening the bomb fixtures before our own check refuses them; the warning is expected
pytestmark = pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")

CJK = re.compile(r"[\u4e00-\u9fff]")


def png_bytes(size: tuple[int, int] = (64, 48), mode: str = "RGB") -> bytes:
    buf = io.BytesIO()
    Image.new(mode, size, "white").save(buf, "PNG")
    return buf.getvalue()


def image_bytes(fmt: str, frames: int = 1, size: tuple[int, int] = (80, 60)) -> bytes:
    imgs = [Image.new("RGB", size, (i * 40 % 255, 255, 255)) for i in range(frames)]
    buf = io.BytesIO()
    if frames > 1:
        imgs[0].save(buf, fmt, save_all=True, append_images=imgs[1:])
    else:
        imgs[0].save(buf, fmt)
    return buf.getvalue()


def noisy_png_cut(keep: float = 0.6) -> bytes:
    """A 600x600 noise PNG (incompressible) cut short inside its image data."""
    buf = io.BytesIO()
    Image.effect_noise((600, 600), 60).save(buf, "PNG")
    data = buf.getvalue()
    return data[: int(len(data) * keep)]


def pdf_bytes(pages: int = 1, size: tuple[float, float] = (595, 842), encrypt: object = None) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, encrypt=encrypt)
    for i in range(pages):
        c.drawString(72, 72, f"page {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data_fn", "name", "kind", "pages"),
    [
        (lambda: pdf_bytes(3), "证书.pdf", "pdf", 3),
        (lambda: png_bytes(), "scan.PNG", "png", 1),
        (lambda: image_bytes("JPEG"), "photo.jpg", "jpeg", 1),
        (lambda: image_bytes("JPEG"), "photo.jpeg", "jpeg", 1),
        (lambda: image_bytes("TIFF", frames=3), "fax.tif", "tiff", 3),
        (lambda: image_bytes("HEIF"), "IMG_0001.HEIC", "heic", 1),
        (lambda: png_bytes(), "no-extension", "png", 1),
    ],
    ids=["pdf", "png", "jpg", "jpeg", "tiff-3-frames", "heic", "no-extension"],
)
def test_accepted_kinds_are_sniffed_with_page_counts(data_fn, name, kind, pages):
    sniffed = validate_upload(data_fn(), name, Limits())
    assert (sniffed.kind, sniffed.page_count) == (kind, pages)
    assert sniffed.content_type.endswith(kind if kind != "jpeg" else "jpeg")


def test_owner_password_only_pdf_opens_without_a_password():
    data = pdf_bytes(encrypt=pdfencrypt.StandardEncryption("", ownerPassword="owner", canPrint=1))
    assert validate_upload(data, "ok.pdf").page_count == 1


@pytest.mark.parametrize(
    ("data_fn", "name", "limits", "error"),
    [
        (lambda: b"", "empty.pdf", Limits(), errors.EmptyFile),
        (lambda: png_bytes(), "really-png.pdf", Limits(), errors.TypeMismatch),
        (lambda: pdf_bytes(), "really-pdf.jpg", Limits(), errors.TypeMismatch),
        (lambda: png_bytes(), "notes.txt", Limits(), errors.TypeMismatch),
        (lambda: "培训记录 hello".encode(), "notes.pdf", Limits(), errors.UnsupportedType),
        (lambda: b"PK\x03\x04" + b"\0" * 100, "archive.zip", Limits(), errors.UnsupportedType),
        (lambda: pdf_bytes(), "big.pdf", Limits(max_bytes=100), errors.FileTooLarge),
        (lambda: pdf_bytes(4), "long.pdf", Limits(max_pages=3), errors.TooManyPages),
        (lambda: image_bytes("TIFF", frames=4), "long.tiff", Limits(max_pages=3), errors.TooManyPages),
        (
            lambda: b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage",
            "broken.pdf",
            Limits(),
            errors.CorruptDocument,
        ),
        (lambda: pdf_bytes()[:400], "truncated.pdf", Limits(), errors.CorruptDocument),
        (lambda: png_bytes()[:60], "truncated.png", Limits(), errors.CorruptDocument),
        (noisy_png_cut, "cut-in-idat.png", Limits(), errors.CorruptDocument),
        (
            lambda: image_bytes("JPEG", size=(400, 300))[:300],
            "truncated.jpg",
            Limits(),
            errors.CorruptDocument,
        ),
        (lambda: pdf_bytes(encrypt="secret"), "locked.pdf", Limits(), errors.EncryptedDocument),
        (lambda: png_bytes((12000, 12000), "1"), "bomb.png", Limits(), errors.DecompressionBomb),
        (
            lambda: png_bytes((3000, 3000), "1"),
            "bomb-small-limit.png",
            Limits(max_pixels=1_000_000),
            errors.DecompressionBomb,
        ),
        (lambda: pdf_bytes(size=(14400, 14400)), "huge-page.pdf", Limits(), errors.DecompressionBomb),
        (lambda: png_bytes(), "../../etc/passwd.png", Limits(), errors.BadFilename),
    ],
    ids=[
        "empty",
        "png-named-pdf",
        "pdf-named-jpg",
        "png-named-txt",
        "text-named-pdf",
        "zip",
        "oversized",
        "too-many-pdf-pages",
        "too-many-tiff-frames",
        "corrupt-pdf",
        "truncated-pdf",
        "truncated-png",
        "png-cut-in-image-data",
        "truncated-jpeg",
        "encrypted-pdf",
        "png-bomb",
        "png-over-configured-limit",
        "pdf-absurd-page",
        "path-in-filename",
    ],
)
def test_bad_input_raises_its_error_with_a_bilingual_message(data_fn, name, limits, error):
    with pytest.raises(error) as caught:
        validate_upload(data_fn(), name, limits)
    exc = caught.value
    assert 400 <= exc.http_status < 500
    assert CJK.search(exc.message) and re.search(r"[a-z]{3}", exc.message)
    assert exc.to_dict()["error"] == exc.code


def test_bomb_check_leaves_pillows_process_wide_limit_alone():
    before = Image.MAX_IMAGE_PIXELS
    with pytest.raises(errors.DecompressionBomb):
        validate_upload(png_bytes((3000, 3000), "1"), "b.png", Limits(max_pixels=1_000_000))
    assert Image.MAX_IMAGE_PIXELS == before  # other threads decode with it; ours is checked per frame


def test_pillows_own_bomb_error_becomes_ours():
    # far past Pillow's hard limit (2 x MAX_IMAGE_PIXELS): it refuses inside Image.open, before our check
    with pytest.raises(errors.DecompressionBomb):
        validate_upload(png_bytes((20000, 20000), "1"), "huge.png", Limits(max_pixels=10**12))


@pytest.mark.parametrize(
    "name",
    [
        "",
        "   ",
        "..",
        "a/b.pdf",
        "..\\secret.pdf",
        "C:\\Users\\x.png",
        "/abs.pdf",
        "a\x00.pdf",
        "line\nbreak.pdf",
        "x" * 300 + ".pdf",
    ],
    ids=[
        "empty",
        "blank",
        "dotdot",
        "slash",
        "backslash",
        "windows-path",
        "absolute",
        "nul",
        "newline",
        "too-long",
    ],
)
def test_safe_filename_refuses_paths_and_control_characters(name):
    with pytest.raises(errors.BadFilename):
        safe_filename(name)


def test_safe_filename_keeps_chinese_names_and_trims_spaces():
    assert safe_filename("  2023年 继续教育证书(1).pdf ") == "2023年 继续教育证书(1).pdf"


def test_sniffing_ignores_the_name_and_finds_a_late_pdf_header():
    assert sniff_kind(b"\r\n\r\n" + pdf_bytes()) == "pdf"
    assert sniff_kind(b"GIF89a" + b"\0" * 20) is None
