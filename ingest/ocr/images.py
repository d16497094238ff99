"""Image intake: cheap inspection for validation, and decoding every frame upright (EXIF) for OCR."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager

import cv2
import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from models.errors import CorruptDocument, DecompressionBomb, TooManyPages, UnsupportedType

try:  # phone photos; the wheel exists for our platforms, but a missing one must not break PNG/PDF intake
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIC_SUPPORTED = True
except ImportError:  # pragma: no cover - depends on the platform's wheels
    HEIC_SUPPORTED = False

# EXIF Orientation tag values -> degrees clockwise that exif_transpose turns the image
EXIF_ROTATION = {1: 0, 2: 0, 3: 180, 4: 180, 5: 90, 6: 90, 7: 270, 8: 270}
EXIF_ORIENTATION_TAG = 0x0112
# A 48 Mpx phone photo holds no more text than at 4000 px: larger only slows OCR and bloats stored pages
MAX_PAGE_SIDE = 4000


@contextmanager
def bomb_guard(max_pixels: int) -> Iterator[None]:
    """Turn Pillow's own decompression-bomb error into ours.

    Our limit is enforced by check_pixels on every frame before decoding; Image.MAX_IMAGE_PIXELS and
    the warnings filters are process-global, and upload requests run in threads, so we leave them be.
    """
    try:
        yield
    except Image.DecompressionBombError as exc:
        raise DecompressionBomb(_bomb_message(max_pixels), max_pixels=max_pixels) from exc


def _bomb_message(max_pixels: int) -> str:
    mpx = max_pixels // 1_000_000
    return f"图像像素过多（超过 {mpx} 百万像素），疑似解压炸弹 / the image would expand past {mpx} megapixels"


def check_pixels(image: Image.Image, max_pixels: int) -> None:
    if image.width * image.height > max_pixels:
        raise DecompressionBomb(_bomb_message(max_pixels), width=image.width, height=image.height)


def frame_count(image: Image.Image) -> int:
    return int(getattr(image, "n_frames", 1) or 1)


def _probe_decode(image: Image.Image) -> None:
    """Catch truncated or broken data cheaply: PNG by its chunk checksums, JPEG decoded at 1/8 scale,
    the rest (TIFF scans, HEIC) decoded in full; this runs inside the upload request."""
    if image.format == "PNG":
        image.verify()
        return
    if image.format == "JPEG":
        image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
    image.load()


def inspect_image(data: bytes, kind: str, max_pages: int, max_pixels: int) -> int:
    """Number of frames, after checking every frame's size and that the first one decodes."""
    if kind == "heic" and not HEIC_SUPPORTED:
        raise UnsupportedType(
            "此服务器不支持 HEIC 照片，请转换为 JPEG / HEIC photos are not supported here; send a JPEG"
        )
    try:
        with bomb_guard(max_pixels), Image.open(io.BytesIO(data)) as image:
            frames = frame_count(image)
            if frames > max_pages:
                raise TooManyPages(
                    f"图像有 {frames} 页，超过 {max_pages} 页上限 / the image has {frames} pages, over the {max_pages} limit",
                    pages=frames,
                    max_pages=max_pages,
                )
            for index in range(frames):
                image.seek(index)
                check_pixels(image, max_pixels)
            image.seek(0)
            _probe_decode(image)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise CorruptDocument(
            f"图像已损坏或无法读取 / the {kind.upper()} image is damaged or unreadable: {exc}", kind=kind
        ) from exc
    return frames


def exif_rotation(image: Image.Image) -> int:
    """Degrees clockwise the EXIF Orientation tag asks for (mirroring aside)."""
    try:
        return EXIF_ROTATION.get(int(image.getexif().get(EXIF_ORIENTATION_TAG, 1)), 0)
    except (TypeError, ValueError):
        return 0


def load_frame(data: bytes, index: int, max_pixels: int) -> tuple[Image.Image, int]:
    """Frame `index` as an RGB image with EXIF orientation applied, and the degrees that turned it."""
    try:
        with bomb_guard(max_pixels), Image.open(io.BytesIO(data)) as image:
            image.seek(index)
            check_pixels(image, max_pixels)
            rotation = exif_rotation(image)
            if image.format == "JPEG":  # decode at a reduced DCT scale when the photo is huge
                image.draft("RGB", (MAX_PAGE_SIDE, MAX_PAGE_SIDE))
            return _limit_side(_flatten(ImageOps.exif_transpose(image))), rotation
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise CorruptDocument(f"图像已损坏或无法读取 / the image is damaged or unreadable: {exc}") from exc


def count_frames(data: bytes, max_pixels: int) -> int:
    with bomb_guard(max_pixels), Image.open(io.BytesIO(data)) as image:
        return frame_count(image)


def load_frames(data: bytes, max_pixels: int) -> Iterator[tuple[Image.Image, int]]:
    """Frames one at a time, so a long TIFF never sits decoded in memory all at once."""
    for index in range(count_frames(data, max_pixels)):
        yield load_frame(data, index, max_pixels)


def _limit_side(image: Image.Image) -> Image.Image:
    if max(image.size) > MAX_PAGE_SIDE:
        image.thumbnail((MAX_PAGE_SIDE, MAX_PAGE_SIDE), Image.Resampling.LANCZOS, reducing_gap=2.0)
    return image


def _flatten(image: Image.Image) -> Image.Image:
    """8-bit RGB on white, whatever the mode the file was saved in.

    Pillow's own convert("RGB") clips 16- and 32-bit greyscale at 255 (a 16-bit scan turns all white),
    drops transparency (transparent backgrounds turn black) and ignores a palette's or a grey image's
    transparent colour; each of these is handled here before OCR sees the page.
    """
    if image.mode in WIDE_GREY_MODES:
        image = _grey_to_8bit(image)
    if image.mode == "1":
        image = image.convert("L")
    if image.mode in {"RGBA", "LA", "PA", "La", "RGBa"} or "transparency" in image.info:
        rgba = image.convert("RGBA")
        canvas = Image.new("RGB", rgba.size, (255, 255, 255))
        canvas.paste(rgba, mask=rgba.getchannel("A"))
        return canvas
    return image.convert("RGB")  # CMYK (Adobe-inverted JPEGs are undone by the decoder), YCbCr, P, L


# Greyscale modes wider than 8 bits: 16-bit PNG/TIFF (I;16*), 32-bit integer (I) and float (F)
WIDE_GREY_MODES = {"I;16", "I;16L", "I;16B", "I;16N", "I", "F"}


def _grey_to_8bit(image: Image.Image) -> Image.Image:
    """Scale a wide greyscale image to 0..255 by the range its values were written in.

    The range is inferred from the largest value: 0..1 (float images), 0..255, 0..65535 (16-bit, also
    when stored in an I image), or else the values' own min..max; a 12-bit scan in a 16-bit file comes
    out darker than paper white but still black on light, which is what OCR needs.
    """
    values = np.asarray(image, dtype=np.float64)
    top = float(values.max()) if values.size else 0.0
    low = 0.0
    if image.mode == "F" and top <= 1.0:
        high = 1.0
    elif top <= 255:
        high = 255.0
    elif top <= 65535:
        high = 65535.0
    else:  # 32-bit data with no nominal range
        low, high = float(values.min()), top
    scaled = (values - low) * (255.0 / max(high - low, 1e-9))
    grey = Image.fromarray(np.clip(np.rint(scaled), 0, 255).astype(np.uint8))
    if isinstance(image.info.get("transparency"), int | float):  # a transparent grey value
        transparent = np.asarray(image) == image.info["transparency"]
        alpha = Image.fromarray(np.where(transparent, 0, 255).astype(np.uint8))
        grey = grey.convert("LA")
        grey.putalpha(alpha)
    return grey


# Red-ink pixels (red well above green and blue) are re-levelled on their red channel: seal ink,
# bright there, goes to paper white, while black print under the seal, dark there, stays readable.
# Chosen on the bench corpus + fixtures: CER clean/scan/phone 6.5/4.4/8.7% unfaded, 3.3/1.6/1.7%
# with plain max(luminance, red), 0.7/0.3/0.6% with this window.
RED_CHROMA = 50
RED_INK_DARK, RED_INK_LIGHT = 90, 200
_RED_LEVELS = np.clip((np.arange(256) - RED_INK_DARK) * 255 // (RED_INK_LIGHT - RED_INK_DARK), 0, 255).astype(
    np.uint8
)


def without_red_ink(image: Image.Image) -> Image.Image:
    """Grey view in which red seals and borders fade to paper while black and blue text stays dark.

    Chinese certificates carry a red seal over the issuer and date; left in, its strokes cross the
    very lines we need (the date under the seal was lost entirely) and its own arc text is read.
    """
    # uint8 throughout with OpenCV (saturating subtract, a lookup table for the re-levelling): a tenth of the
    # CPU of the int32 numpy form on a 12 MP photo, and no 150 MB of temporaries
    rgb = np.asarray(image.convert("RGB"))
    r, g, b = cv2.split(rgb)
    # luminance rounded by OpenCV, not truncated as before: at most one grey level apart
    grey = cv2.max(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), r)
    red = cv2.compare(cv2.subtract(r, cv2.max(g, b)), RED_CHROMA, cv2.CMP_GT)  # type: ignore[call-overload]
    cv2.copyTo(cv2.LUT(r, _RED_LEVELS), red, grey)
    return Image.fromarray(grey)  # 2-D uint8: mode "L"
