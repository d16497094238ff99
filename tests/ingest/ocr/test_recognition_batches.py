"""Recognition in batches of similar width, and the known misread it undoes."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from ingest.ocr import rapid
from ingest.ocr.images import without_red_ink
from ingest.ocr.orientation import make_upright
from ingest.ocr.rapid import (
    BOX_MEMO,
    REC_BATCH,
    REC_HEIGHT,
    REC_MIN_WIDTH,
    REC_WIDTH_STEP,
    fix_misreads,
    load_rapidocr,
    recognize_crops,
    to_bgr,
    width_batches,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def crop(width: int, height: int = REC_HEIGHT) -> np.ndarray:
    return np.zeros((height, width, 3), dtype=np.uint8)


def padded(c: np.ndarray) -> float:
    return max(REC_MIN_WIDTH / REC_HEIGHT, c.shape[1] / c.shape[0])


def test_width_batches_cover_every_crop_once_in_width_order_with_little_padding():
    widths = [2000, 60, 400, 410, 90, 1500, 300, 1000, 980, 1020, 420, 430, 440, 405, 415, 401, 120]
    crops = [crop(w) for w in widths]
    batches = width_batches(crops)
    assert sorted(i for b in batches for i in b) == list(range(len(crops)))
    flat = [padded(crops[i]) for b in batches for i in b]
    assert flat == sorted(flat)
    for batch in batches:
        ratios = [padded(crops[i]) for i in batch]
        assert len(batch) <= REC_BATCH
        assert max(ratios) <= min(ratios) * (1 + REC_WIDTH_STEP)
    # crops narrower than the model's minimum width are padded to it anyway: they share batches
    narrow = [i for i, w in enumerate(widths) if w <= REC_MIN_WIDTH]
    assert sorted(batches[0]) == narrow
    # the widest crop is not padded into anyone's batch, nor is anyone padded to it
    assert [0] in batches


def test_width_batches_compare_heights_too():
    # same pixel width, twice the height: half the width once scaled to the model's 48 px
    batches = width_batches([crop(960, 48), crop(960, 96), crop(480, 48)])
    assert sorted(map(sorted, batches)) == [[0], [1, 2]]


def test_recognize_crops_returns_results_in_the_crops_order():
    class Recorder:
        def __init__(self) -> None:
            self.batches: list[list[int]] = []

        def text_rec(
            self, crops: list[np.ndarray], return_word_box: bool = False
        ) -> tuple[list[tuple[str, float]], float]:
            self.batches.append([c.shape[1] for c in crops])
            return [(f"w{c.shape[1]}", 0.9) for c in crops], 0.0

    widths = [900, 100, 500, 2000, 120]
    recorder = Recorder()
    results = recognize_crops(recorder, [crop(w) for w in widths])
    assert results == [(f"w{w}", 0.9) for w in widths]
    assert recorder.batches == [[100, 120], [500], [900], [2000]]


def test_fix_misreads_turns_a_degree_sign_after_chinese_into_a_full_stop():
    assert fix_misreads("特此证明°") == "特此证明。"
    assert fix_misreads(" 特发此证，以资鼓励° ") == "特发此证，以资鼓励。"
    assert fix_misreads("倾角30°，温度25°C") == "倾角30°，温度25°C"
    assert fix_misreads("°C") == "°C"


@pytest.mark.ocr
@pytest.mark.parametrize(
    "name",
    ["training_cert_clean.png", "award_scan.jpg", "training_cert_phone.jpg"],
    ids=["clean", "scan", "phone"],
)
def test_width_batches_read_the_same_text_as_one_crop_at_a_time(name):
    """Each crop padded to its batch's widest (at most REC_WIDTH_STEP wider) reads as it does alone."""
    model = load_rapidocr(1)
    image = Image.open(FIXTURES / name).convert("RGB")
    upright = make_upright(without_red_ink(image), model)
    quads = BOX_MEMO.take(upright.image)
    arr, back = to_bgr(upright.image, rapid.REC_MAX_SIDE)
    crops = model.get_crop_img_list(arr, list((quads / back).astype(np.float32)))
    assert len(crops) >= 5
    alone = [recognize_crops(model, [c])[0][0] for c in crops]  # one crop a batch
    batched = [text for text, _ in recognize_crops(model, crops)]
    same = sum(a == b for a, b in zip(alone, batched, strict=True))
    assert same >= len(crops) - 1, [(a, b) for a, b in zip(alone, batched, strict=True) if a != b]
