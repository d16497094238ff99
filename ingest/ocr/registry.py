"""The built-in OCR engines, listed explicitly, and one cached instance of each per process."""

from __future__ import annotations

import threading
from collections.abc import Callable

from ingest.ocr.base import OcrEngine
from ingest.ocr.fake import FakeEngine
from ingest.ocr.rapid import RapidOcrEngine
from ingest.ocr.tesseract import TesseractEngine
from models.errors import InputError

ENGINES: dict[str, Callable[[], OcrEngine]] = {
    "rapidocr": RapidOcrEngine,
    "tesseract": TesseractEngine,
    "fake": FakeEngine,
}

_instances: dict[str, OcrEngine] = {}
_lock = threading.Lock()


def get_engine(name: str) -> OcrEngine:
    """The process-wide instance of engine `name`, so models load once per worker."""
    if name not in ENGINES:
        raise InputError(
            f"unknown OCR engine {name!r}; choose one of {', '.join(sorted(ENGINES))}", engine=name
        )
    with _lock:
        if name not in _instances:
            _instances[name] = ENGINES[name]()
        return _instances[name]
