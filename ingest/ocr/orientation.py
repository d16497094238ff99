"""Turn a page image upright (90/180/270) and deskew small angles, from detected text boxes.

Tesseract OSD needs dense text and often refuses sparse certificates, so we read orientation from the
PP-OCR text detector instead: text lines are wide boxes, so a sideways page shows tall boxes, and the
PP-OCR angle classifier, voting over the widest lines, tells upright from upside down.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from ingest.ocr.rapid import BOX_MEMO, DET_MAX_SIDE, detect_boxes, load_rapidocr, recognize_crops, to_bgr

PROBE_SIDE = DET_MAX_SIDE  # the probe's boxes are handed on to RapidOCR, so detect as OCR would
MAX_VOTERS = 12  # the widest lines decide; more adds time, not accuracy
CONFIRM_LINES = 3  # lines read both ways before a page is turned over
MIN_SKEW = 0.3  # degrees; below this rotating only blurs
MAX_SKEW = 10.0  # beyond this the boxes are more likely tilted stamps than a skewed scan

_CW_TRANSPOSE = {
    90: Image.Transpose.ROTATE_270,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


@dataclass(frozen=True)
class Upright:
    image: Image.Image
    rotation: int  # degrees clockwise applied (0, 90, 180, 270)
    skew: float  # degrees counter-clockwise applied to level the lines


def rotate_cw(image: Image.Image, degrees: int) -> Image.Image:
    degrees %= 360
    return image.transpose(_CW_TRANSPOSE[degrees]) if degrees else image


def _edges(quads: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Lengths of each quadrilateral's top edge and left edge (points run clockwise from top-left)."""
    widths = np.linalg.norm(quads[:, 1] - quads[:, 0], axis=1)
    heights = np.linalg.norm(quads[:, 3] - quads[:, 0], axis=1)
    return widths, heights


def is_sideways(quads: np.ndarray) -> bool:
    """True when most text area lies in boxes taller than wide (lines running top to bottom)."""
    # axis-aligned extents: they do not depend on which corner the detector listed first
    widths = quads[:, :, 0].max(axis=1) - quads[:, :, 0].min(axis=1)
    heights = quads[:, :, 1].max(axis=1) - quads[:, :, 1].min(axis=1)
    area = widths * heights
    tall = area[heights > 1.5 * widths].sum()
    wide = area[widths > 1.5 * heights].sum()
    return bool(tall > wide)


def is_upside_down(image: Image.Image, quads: np.ndarray, rapid: Any = None) -> bool:
    """Let the PP-OCR 0/180 classifier vote over the widest detected lines, weighted by width."""
    widths, heights = _edges(quads)
    order = np.argsort(-widths)
    voters = [i for i in order if widths[i] > 2 * heights[i]][:MAX_VOTERS]
    if not voters:
        return False
    rapid = rapid if rapid is not None else load_rapidocr()
    arr, back = to_bgr(image, PROBE_SIDE * 2)
    crops = rapid.get_crop_img_list(arr, [quads[i] / back for i in voters])
    _, votes, _ = rapid.text_cls(crops)
    flipped = sum(
        widths[i] * score for i, (label, score) in zip(voters, votes, strict=True) if label == "180"
    )
    upright = sum(widths[i] * score for i, (label, score) in zip(voters, votes, strict=True) if label == "0")
    if flipped <= upright:
        return False
    # The classifier is unsure on long lines and on pages of few lines: before turning the page over, the
    # recognizer must read the widest lines better turned than as they stand.
    return _reads_better_turned(rapid, crops[:CONFIRM_LINES])


def _reads_better_turned(rapid: Any, crops: list[np.ndarray]) -> bool:
    as_is = recognize_crops(rapid, crops)
    turned = recognize_crops(rapid, [np.ascontiguousarray(np.rot90(c, 2)) for c in crops])

    def score(results: list[tuple[str, float]]) -> float:
        return sum(conf * len(text.strip()) for text, conf in results)

    return score(turned) > score(as_is)


def skew_angle(quads: np.ndarray) -> float:
    """Median slope, in degrees (positive = lines rise to the right), of the wide text boxes."""
    widths, heights = _edges(quads)
    wide = quads[widths > 3 * heights]
    if len(wide) == 0:
        return 0.0
    dx = wide[:, 1, 0] - wide[:, 0, 0]
    dy = wide[:, 1, 1] - wide[:, 0, 1]
    return float(-np.median(np.degrees(np.arctan2(dy, dx))))


def rotate_expand(image: Image.Image, ccw: float) -> Image.Image:
    """PIL's rotate(ccw, BILINEAR, expand=True) on white, the same canvas and geometry (turn_small maps boxes
    into it), done by OpenCV's warpAffine: a quarter of the CPU on a 12 MP page."""
    w, h = image.size
    a = -math.radians(ccw)
    m = [
        round(math.cos(a), 15),
        round(math.sin(a), 15),
        0.0,
        round(-math.sin(a), 15),
        round(math.cos(a), 15),
        0.0,
    ]

    def at(x: float, y: float) -> tuple[float, float]:
        return m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5]

    # the output -> input map PIL builds, step by step, so the canvas size rounds the same way
    m[2], m[5] = at(-w / 2.0, -h / 2.0)
    m[2] += w / 2.0
    m[5] += h / 2.0
    xs, ys = zip(*(at(x, y) for x, y in ((0, 0), (w, 0), (w, h), (0, h))), strict=True)
    nw, nh = math.ceil(max(xs)) - math.floor(min(xs)), math.ceil(max(ys)) - math.floor(min(ys))
    m[2], m[5] = at(-(nw - w) / 2.0, -(nh - h) / 2.0)
    # PIL samples at pixel centres (+0.5), OpenCV at integer coordinates: shift by half a pixel each side
    affine = np.array(
        [[m[0], m[1], m[2] + 0.5 * (m[0] + m[1]) - 0.5], [m[3], m[4], m[5] + 0.5 * (m[3] + m[4]) - 0.5]]
    )
    arr = np.asarray(image)
    white = 255 if arr.ndim == 2 else (255, 255, 255)
    flags = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
    out = cv2.warpAffine(
        arr, affine, (nw, nh), flags=flags, borderMode=cv2.BORDER_CONSTANT, borderValue=white
    )
    return Image.fromarray(out)


def deskew(image: Image.Image, angle: float) -> tuple[Image.Image, float]:
    """Level lines that rise by `angle` degrees; returns the image and the counter-clockwise turn applied."""
    if not MIN_SKEW <= abs(angle) <= MAX_SKEW:
        return image, 0.0
    # rotation is counter-clockwise; lines rising to the right need a clockwise turn, hence -angle
    return rotate_expand(image, -angle), round(-angle, 2)


def apply(image: Image.Image, rotation: int, skew: float) -> Image.Image:
    """Give another image of the same page (the colour original) the turns make_upright chose."""
    image = rotate_cw(image.convert("RGB"), rotation)
    return rotate_expand(image, skew) if skew else image


def turn_180(quads: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """Boxes after rotating the page 180 degrees; the old bottom-right corner becomes the top-left."""
    turned = np.array(size, dtype=np.float32) - quads
    return turned[:, [2, 3, 0, 1]]


def turn_small(quads: np.ndarray, old: tuple[int, int], new: tuple[int, int], ccw: float) -> np.ndarray:
    """Boxes after PIL's rotate(ccw, expand=True): about the centre, into the enlarged canvas."""
    a = np.radians(ccw)
    d = quads - np.array(old, dtype=np.float32) / 2
    x = d[..., 0] * np.cos(a) + d[..., 1] * np.sin(a)
    y = -d[..., 0] * np.sin(a) + d[..., 1] * np.cos(a)
    return (np.stack([x, y], axis=-1) + np.array(new) / 2).astype(np.float32)


def make_upright(image: Image.Image, rapid: Any = None) -> Upright:
    """Rotate by a multiple of 90 degrees so text reads left to right, then level small skews; `rapid` is
    the OCR engine's model set (its boxes are handed on to it), PP-OCRv4 when none is given."""
    # grey stays grey: every turn below costs a third of the RGB one
    image = image if image.mode in ("L", "RGB") else image.convert("RGB")
    rapid = rapid if rapid is not None else load_rapidocr()
    quads = detect_boxes(rapid, image, PROBE_SIDE)
    if len(quads) == 0:
        BOX_MEMO.put(image, quads)
        return Upright(image, 0, 0.0)
    rotation = 0
    if is_sideways(quads):
        rotation = 90
        image = rotate_cw(image, 90)
        quads = detect_boxes(rapid, image, PROBE_SIDE)
    if len(quads) and is_upside_down(image, quads, rapid):
        rotation = (rotation + 180) % 360
        quads = turn_180(quads, image.size)
        image = rotate_cw(image, 180)
    leveled, skew = deskew(image, skew_angle(quads))
    if skew:
        quads = turn_small(quads, image.size, leveled.size, skew)
    BOX_MEMO.put(leveled, quads)
    return Upright(leveled, rotation, skew)
