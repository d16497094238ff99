"""Upload intake: sniff the real type from the bytes, check it against the name and the limits, cheaply."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import PurePosixPath

from ingest.ocr import images, pdf
from models.errors import BadFilename, EmptyFile, FileTooLarge, TypeMismatch, UnsupportedType


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 25 * 1024 * 1024
    max_pages: int = 50
    max_pixels: int = 80_000_000
    dpi: int = 200  # PDF pages are checked at the resolution they will be rendered at


@dataclass(frozen=True)
class SniffedFile:
    kind: str  # "pdf" | "png" | "jpeg" | "tiff" | "heic"
    content_type: str
    page_count: int


CONTENT_TYPES = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpeg": "image/jpeg",
    "tiff": "image/tiff",
    "heic": "image/heic",
}
EXTENSIONS = {
    ".pdf": "pdf",
    ".png": "png",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".jpe": "jpeg",
    ".jfif": "jpeg",
    ".tif": "tiff",
    ".tiff": "tiff",
    ".heic": "heic",
    ".heif": "heic",
}
HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
MAX_NAME_CHARS = 255


def safe_filename(name: str) -> str:
    """The name as given, if it is a plain file name; refuse paths, control characters and empties."""
    stripped = (name or "").strip()
    if not stripped or stripped in {".", ".."}:
        raise BadFilename("文件名为空 / the file name is empty")
    if "/" in stripped or "\\" in stripped or PurePosixPath(stripped).name != stripped:
        raise BadFilename(f"文件名不能包含路径 / the file name must not contain a path: {stripped!r}")
    if any(unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"} for ch in stripped):
        raise BadFilename("文件名包含控制字符 / the file name contains control characters")
    if len(stripped) > MAX_NAME_CHARS:
        raise BadFilename(f"文件名过长 / the file name is longer than {MAX_NAME_CHARS} characters")
    return unicodedata.normalize("NFC", stripped)


def sniff_kind(data: bytes) -> str | None:
    """The type the bytes really are, from their magic numbers, or None."""
    head = data[:32]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head[4:8] == b"ftyp" and head[8:12] in HEIC_BRANDS:
        return "heic"
    # the PDF spec lets the header sit anywhere in the first 1024 bytes
    if b"%PDF-" in data[:1024]:
        return "pdf"
    return None


def kind_from_name(filename: str) -> str | None:
    """The type the extension claims; '' when there is no extension, None when it is one we refuse."""
    suffix = PurePosixPath(filename).suffix.lower()
    return EXTENSIONS.get(suffix) if suffix else ""


def check_type(data: bytes, filename: str) -> str:
    kind = sniff_kind(data)
    claimed = kind_from_name(filename)
    if kind is None:
        raise UnsupportedType(
            "不支持的文件类型，请上传 PDF、PNG、JPEG、TIFF 或 HEIC / "
            "unsupported file type; upload a PDF, PNG, JPEG, TIFF or HEIC file",
            filename=filename,
        )
    if claimed is None or (claimed and claimed != kind):
        raise TypeMismatch(
            f"文件内容是 {kind.upper()}，与文件名 {filename!r} 不符 / "
            f"the file is really a {kind.upper()}, which its name {filename!r} contradicts",
            filename=filename,
            detected=kind,
        )
    return kind


def validate_upload(data: bytes, filename: str, limits: Limits | None = None) -> SniffedFile:
    """Refuse what we cannot or will not process, before anything is stored; never OCRs or rasterises."""
    limits = limits or Limits()
    filename = safe_filename(filename)
    if not data:
        raise EmptyFile("文件为空 / the file is empty", filename=filename)
    if len(data) > limits.max_bytes:
        raise FileTooLarge(
            f"文件超过 {limits.max_bytes // (1024 * 1024)} MB / the file is larger than "
            f"{limits.max_bytes // (1024 * 1024)} MB",
            filename=filename,
            size=len(data),
            max_bytes=limits.max_bytes,
        )
    kind = check_type(data, filename)
    if kind == "pdf":
        pages = pdf.inspect_pdf(data, limits.max_pages, limits.max_pixels, limits.dpi)
    else:
        pages = images.inspect_image(data, kind, limits.max_pages, limits.max_pixels)
    return SniffedFile(kind=kind, content_type=CONTENT_TYPES[kind], page_count=pages)
