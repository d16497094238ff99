"""The built-in OCR engines, listed explicitly, and one cached instance of each per process."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial

from ingest.ocr.base import OcrEngine
from ingest.ocr.fake import FakeEngine
from ingest.ocr.rapid import DEFAULT_MODELS, RapidOcrEngine
from ingest.ocr.tesseract import TesseractEngine
from models.errors import InputError

# PP-OCR engines are named by model, not by package: PP-OCRv4 comes from rapidocr-onnxruntime, PP-OCRv6
# small from rapidocr 3.x. The default is chosen by `make bench` (python -m bench.ocr_profile); see README.
ENGINES: dict[str, Callable[[], OcrEngine]] = {
    "ppocr-v4": partial(RapidOcrEngine, "ppocr-v4"),
    "ppocr-v6": partial(RapidOcrEngine, "ppocr-v6"),
    "tesseract": TesseractEngine,
    "fake": FakeEngine,
}
# settings written before the engines were named by model keep working
ALIASES = {"rapidocr": DEFAULT_MODELS}

_instances: dict[str, OcrEngine] = {}
_lock = threading.Lock()


def get_engine(name: str) -> OcrEngine:
    """The process-wide instance of engine `name` (or its alias), so models load once per worker."""
    name = ALIASES.get(name, name)
    if name not in ENGINES:
        raise InputError(
            f"unknown OCR engine {name!r}; choose one of {', '.join(sorted([*ENGINES, *ALIASES]))}",
            engine=name,
        )
    with _lock:
        if name not in _instances:
            _instances[name] = ENGINES[name]()
        return _instances[name]
