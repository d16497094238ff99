"""The documents worker loads the OCR models before rq forks, and a forked work-horse reads with them."""

from __future__ import annotations

import os

import pytest
from PIL import Image, ImageDraw, ImageFont

from ingest.ocr.rapid import load_rapidocr
from ingest.ocr.registry import get_engine
from ingest.worker import preload_ocr

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


@pytest.fixture
def engine():  # type: ignore[no-untyped-def]
    engine = get_engine("ppocr-v4")
    threads = engine.threads
    yield engine
    engine.threads = threads  # the registry's instance is process-wide


@pytest.mark.ocr
def test_preloaded_one_thread_models_read_in_a_forked_child(engine):  # type: ignore[no-untyped-def]
    preload_ocr("ppocr-v4")
    assert engine.threads == 1 and engine.rapid is load_rapidocr(1, "ppocr-v4")
    image = Image.new("RGB", (900, 200), "white")
    ImageDraw.Draw(image).text((40, 60), "培训学时：24学时", font=ImageFont.truetype(FONT, 48), fill="black")
    pid = os.fork()
    if pid == 0:  # the work-horse: no model loading of its own, one thread, no pool lost in the fork
        try:
            loaded = load_rapidocr.cache_info().currsize
            text = engine.recognize(image).text.replace(" ", "")
            os._exit(0 if "24学时" in text and load_rapidocr.cache_info().currsize == loaded else 1)
        finally:
            os._exit(2)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
