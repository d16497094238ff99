"""RapidOCR engines: PP-OCR detection, angle classification and recognition, PP-OCRv4 from the
rapidocr-onnxruntime wheel or PP-OCRv6 small from the rapidocr 3.x wheel (ingest.ocr.rapid_v6)."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PIL import Image

from ingest.ocr.base import group_lines
from ingest.ocr.sessions import with_memory_arena
from models.errors import OcrError
from models.pages import PageText, Word

# Detection cost grows with pixels; 12 pt text on an A4 page at 200 dpi is still found at 1024 px on the
# long side (CER unchanged from 1280, 25% less time), while recognition crops are cut from the larger
# image so small characters keep their strokes.
DET_MAX_SIDE = 1024
REC_MAX_SIDE = 2400
MIN_SCORE = 0.5
# Recognition crops per batch at most (the package default). A batch is padded to its widest crop, and the
# package batches crops in width order regardless of the jump between them; recognize_crops starts a new
# batch where the next crop is more than REC_WIDTH_STEP wider (after the model's 320 px minimum), so that
# padding stays small: about a third less recognition CPU on the profile's pages.
REC_BATCH = 6
REC_WIDTH_STEP = 0.1
# PP-OCR recognition input: 48 px high, padded to at least 320 px wide (the shape it was trained on)
REC_HEIGHT, REC_MIN_WIDTH = 48, 320


# PP-OCR reads a full stop ending a line as a degree sign when the crop is padded little (as width_batches
# pads it); a degree sign follows a digit, never a Chinese character
_MISREAD_STOP = re.compile(r"(?<=[\u3400-\u9fff])°")

MODELS = ("ppocr-v4", "ppocr-v6")
DEFAULT_MODELS = "ppocr-v6"


@lru_cache(maxsize=4)
def load_rapidocr(threads: int = 0, models: str = DEFAULT_MODELS) -> Any:
    """One model set per thread setting (0 = the cores this process may run on); loading takes ~1 s."""
    # onnxruntime counts the machine's cores, not the process's affinity: pinned to one core it would
    # still start a thread per core and spin them against each other (CPU per page nearly doubled)
    n = threads if threads > 0 else len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else -1
    if models == "ppocr-v6":
        from ingest.ocr.rapid_v6 import PpOcrV6

        return PpOcrV6(n, DET_MAX_SIDE, REC_BATCH)
    if models != "ppocr-v4":
        raise ValueError(f"unknown PP-OCR model set {models!r}; expected one of {MODELS}")
    import rapidocr_onnxruntime
    from rapidocr_onnxruntime import RapidOCR

    # limit_type "max": detect at the size we hand over; the default "min" upscales wide strips to a
    # 736 px short side, which made a 1200x400 photo cost 4 s
    rapid = RapidOCR(
        intra_op_num_threads=n,
        inter_op_num_threads=n,
        det_limit_type="max",
        det_limit_side_len=DET_MAX_SIDE,
        rec_batch_num=REC_BATCH,
    )
    det_model = Path(rapidocr_onnxruntime.__file__).parent / "models" / "ch_PP-OCRv4_det_infer.onnx"
    rapid.text_det.infer.session = with_memory_arena(rapid.text_det.infer.session, det_model)
    return rapid


def to_bgr(image: Image.Image, max_side: int) -> tuple[np.ndarray, float]:
    """RGB PIL image -> BGR array no larger than max_side, and the factor that maps back to the original."""
    scale = min(1.0, max_side / max(image.size))
    if scale < 1.0:
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        # bilinear with reducing_gap is ~5x faster than LANCZOS and finds the same boxes
        image = image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    # OpenCV makes the three channels: on a grey page half the CPU of PIL's convert plus a numpy flip
    arr = np.asarray(image if image.mode in ("L", "RGB") else image.convert("RGB"))
    return cv2.cvtColor(arr, cv2.COLOR_GRAY2BGR if arr.ndim == 2 else cv2.COLOR_RGB2BGR), 1.0 / scale


class _BoxMemo:
    """The boxes orientation detection already found on the image it hands to OCR, so the detector,
    the costliest model, runs once per upright page instead of twice."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._image: Image.Image | None = None  # held strongly so its id() cannot be reused meanwhile
        self._quads: np.ndarray | None = None

    def put(self, image: Image.Image, quads: np.ndarray) -> None:
        with self._lock:
            self._image, self._quads = image, quads

    def take(self, image: Image.Image) -> np.ndarray | None:
        with self._lock:
            if self._image is not image:
                return None
            quads, self._image, self._quads = self._quads, None, None
            return quads


BOX_MEMO = _BoxMemo()


def detect_boxes(rapid: Any, image: Image.Image, max_side: int = DET_MAX_SIDE) -> np.ndarray:
    """Text quadrilaterals (N, 4, 2) in the pixel space of `image`, detected on a reduced copy."""
    arr, back = to_bgr(image, max_side)
    boxes, _ = rapid.text_det(arr)
    if boxes is None or len(boxes) == 0:
        return np.zeros((0, 4, 2), dtype=np.float32)
    return np.asarray(boxes, dtype=np.float32) * back


# Two CJK characters read this many character pitches apart have a blank between them: names printed
# '其其格  曾生秀' are read as one run of characters, and only the recognizer's columns keep the gap.
GAP = 1.5
_CJK = re.compile(r"[\u4e00-\u9fff]")


def spaced(text: str, columns: list[int]) -> str:
    """The recognized text with a space where the decoder's columns show a blank between CJK characters.
    `columns` has one entry per character, or one per character that is not a space (rapidocr 3.x)."""
    if not columns or not text.strip():
        return text  # (a crop read as blanks alone has no columns to place them by)
    if len(columns) != len(text):
        kept = [i for i, ch in enumerate(text) if not ch.isspace()]
        if len(columns) != len(kept) or " " not in text:
            return text
        # one column per non-space character: a space keeps its own place, next to its neighbour's column
        full, at = [], 0
        for ch in text:
            full.append(columns[min(at, len(columns) - 1)])
            at += not ch.isspace()
        columns = full
    if len(text) < 4:
        return text
    steps = [
        b - a
        for a, b, x, y in zip(columns, columns[1:], text, text[1:], strict=False)
        if _CJK.match(x) and _CJK.match(y)
    ]
    if len(steps) < 3:
        return text
    pitch = sorted(steps)[len(steps) // 2]
    if pitch < 3:  # too few columns per character to tell a blank from a wide glyph
        return text
    out = [text[0]]
    for i in range(1, len(text)):
        a, b = text[i - 1], text[i]
        if _CJK.match(a) and _CJK.match(b) and columns[i] - columns[i - 1] >= GAP * pitch:
            out.append(" ")
        out.append(b)
    return "".join(out)


def width_batches(
    crops: Sequence[np.ndarray], step: float = REC_WIDTH_STEP, size: int = REC_BATCH
) -> list[list[int]]:
    """Indices of `crops` in batches of similar padded width (narrow to wide), none larger than `size`."""
    ratios = [max(REC_MIN_WIDTH / REC_HEIGHT, c.shape[1] / max(1, c.shape[0])) for c in crops]
    batches: list[list[int]] = []
    for i in sorted(range(len(crops)), key=ratios.__getitem__):
        last = batches[-1] if batches else None
        if last is None or len(last) >= size or ratios[i] > ratios[last[0]] * (1 + step):
            batches.append([i])
        else:
            last.append(i)
    return batches


def recognize_crops(rapid: Any, crops: Sequence[np.ndarray]) -> list[tuple[str, float]]:
    """(text, score) for each crop, in order, run in width_batches (each one batch of the model); a blank the
    decoder's columns show between two CJK characters becomes a space (`spaced`)."""
    results: list[tuple[str, float]] = [("", 0.0)] * len(crops)
    for batch in width_batches(crops):
        texts, _ = rapid.text_rec([crops[i] for i in batch], True)
        for i, result in zip(batch, texts, strict=True):
            text = str(result[0])
            if len(result) > 2 and result[2]:
                text = spaced(text, [c for word in result[2][2] for c in word])
            results[i] = (text, float(result[1]))
    return results


def fix_misreads(text: str) -> str:
    """Undo the model's known confusions in one recognised crop: '°' after a Chinese character is '。'."""
    return _MISREAD_STOP.sub("。", text.strip())


def quad_to_bbox(quad: np.ndarray, width: int, height: int) -> tuple[int, int, int, int]:
    x0, y0 = np.floor(quad.min(axis=0)).astype(int)
    x1, y1 = np.ceil(quad.max(axis=0)).astype(int)
    return (max(0, int(x0)), max(0, int(y0)), min(width, int(x1)), min(height, int(y1)))


class RapidOcrEngine:
    """PP-OCR through onnxruntime; one instance per process, one page at a time so that threads of one
    worker do not oversubscribe the cores onnxruntime already spreads each page over."""

    def __init__(
        self,
        models: str = DEFAULT_MODELS,
        threads: int = 0,
        det_max_side: int = DET_MAX_SIDE,
        rec_max_side: int = REC_MAX_SIDE,
    ):
        if models not in MODELS:
            raise ValueError(f"unknown PP-OCR model set {models!r}; expected one of {MODELS}")
        self.name = models
        self.models = models
        self.threads = threads
        self.det_max_side = det_max_side
        self.rec_max_side = rec_max_side
        self._lock = threading.Lock()

    @property
    def rapid(self) -> Any:
        return load_rapidocr(self.threads, self.models)

    def recognize(self, image: Image.Image, page_number: int = 1) -> PageText:
        # the same object keeps BOX_MEMO valid; to_bgr makes colour channels where needed
        image = image if image.mode in ("L", "RGB") else image.convert("RGB")
        try:
            with self._lock:
                words = self._words(image)
        except Exception as exc:  # onnxruntime and cv2 raise bare RuntimeError/cv2.error
            raise OcrError(f"RapidOCR failed on page {page_number}: {exc}", page=page_number) from exc
        return PageText(
            number=page_number,
            width=image.width,
            height=image.height,
            lines=group_lines(words),
            engine=self.name,
        )

    def _words(self, image: Image.Image) -> list[Word]:
        quads = BOX_MEMO.take(image)
        if quads is None:
            quads = detect_boxes(self.rapid, image, self.det_max_side)
        if len(quads) == 0:
            return []
        arr, back = to_bgr(image, self.rec_max_side)
        crops = self.rapid.get_crop_img_list(arr, list((quads / back).astype(np.float32)))
        # No per-line angle classifier here: the page is already upright (ingest.ocr.orientation votes over all
        # lines), and on long lines the classifier alone sometimes says 180 and the line is read as nothing.
        results = recognize_crops(self.rapid, crops)
        words = []
        for quad, (text, score) in zip(quads, results, strict=True):
            if text.strip() and score >= MIN_SCORE:
                bbox = quad_to_bbox(quad, image.width, image.height)
                words.append(Word(fix_misreads(text), bbox, round(score, 4)))
        return words
