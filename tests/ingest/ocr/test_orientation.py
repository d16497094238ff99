"""Orientation: sideways and upside-down pages come back upright, small skews are levelled, EXIF is honoured."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ingest.files import validate_upload
from ingest.ocr.orientation import is_sideways, make_upright, rotate_cw, skew_angle
from ingest.ocr.rapid import BOX_MEMO, detect_boxes, load_rapidocr
from ingest.ocr.reader import read_document
from ingest.ocr.registry import get_engine

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
LINES = [
    "继续教育培训合格证书",
    "姓名：李四  工作单位：益阳市中心医院",
    "培训内容：专业科目",
    "学时：十二学时",
]


def page(size: tuple[int, int] = (1240, 1754)) -> Image.Image:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 44)
    for i, text in enumerate(LINES):
        draw.text((120, 200 + 100 * i), text, font=font, fill="black")
    return image


def box(x0, y0, x1, y1):
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]


def test_tall_boxes_mean_sideways_and_wide_boxes_do_not():
    wide = np.array([box(0, 0, 400, 40), box(0, 60, 300, 100)], dtype=np.float32)
    tall = np.array([box(0, 0, 40, 400), box(60, 0, 100, 300), box(0, 500, 200, 540)], dtype=np.float32)
    assert not is_sideways(wide)
    assert is_sideways(tall)


def test_skew_angle_reads_the_slope_of_wide_boxes():
    rising = np.array(
        [[[0, 100], [400, 100 - 400 * np.tan(np.radians(3))], [400, 140], [0, 140]]], dtype=np.float32
    )
    assert skew_angle(rising) == pytest.approx(3.0, abs=0.05)


@pytest.mark.ocr
@pytest.mark.parametrize("turned", [0, 90, 180, 270], ids=["upright", "cw90", "cw180", "cw270"])
def test_turned_page_comes_back_upright(turned):
    result = make_upright(rotate_cw(page(), turned))
    assert (turned + result.rotation) % 360 == 0
    assert result.image.height > result.image.width  # portrait again
    assert result.skew == 0.0


@pytest.mark.ocr
@pytest.mark.parametrize("tilt", [-4.0, 2.0], ids=["cw4", "ccw2"])
def test_small_skew_is_levelled(tilt):
    tilted = page().rotate(tilt, expand=True, fillcolor="white", resample=Image.Resampling.BICUBIC)
    result = make_upright(tilted)
    assert result.rotation == 0
    assert result.skew == pytest.approx(-tilt, abs=0.5)


@pytest.mark.ocr
def test_blank_page_is_left_alone():
    result = make_upright(Image.new("RGB", (600, 800), "white"))
    assert (result.rotation, result.skew, result.image.size) == (0, 0.0, (600, 800))


@pytest.mark.ocr
@pytest.mark.slow
def test_exif_rotated_phone_photo_is_read_upright():
    # the sensor stored the page sideways (turned 90 degrees counter-clockwise); EXIF 6 says: turn it clockwise
    stored = rotate_cw(page((1000, 1400)), 270)
    exif = Image.Exif()
    exif[0x0112] = 6
    buf = io.BytesIO()
    stored.save(buf, "JPEG", quality=92, exif=exif)
    data = buf.getvalue()
    (result,) = read_document(data, validate_upload(data, "IMG_2024.jpg"), get_engine("rapidocr"))
    assert result.text.rotation == 90
    assert result.image.size == (1000, 1400)
    assert result.text.lines[0].text == LINES[0]


@pytest.mark.ocr
@pytest.mark.parametrize(
    ("turned", "tilt"), [(180, 0.0), (0, 3.0), (180, -2.0)], ids=["cw180", "tilt3", "cw180-tilt-2"]
)
def test_boxes_handed_to_ocr_match_a_fresh_detection(turned, tilt):
    """The detector runs once per page: the boxes orientation found, carried through its turns, must be
    where a fresh detection on the final image puts them."""
    source = rotate_cw(page().rotate(tilt, expand=True, fillcolor="white"), turned)
    result = make_upright(source)
    carried = BOX_MEMO.take(result.image)
    fresh = detect_boxes(load_rapidocr(), result.image)
    assert carried is not None and len(carried) == len(fresh) == len(LINES)
    centres = lambda quads: np.sort(quads.mean(axis=1), axis=0)  # noqa: E731
    assert np.abs(centres(carried) - centres(fresh)).max() < 12
    assert BOX_MEMO.take(result.image) is None  # handed over once, then forgotten


class _ClassifierSaysTurned:
    """The real model set, except that its 0/180 classifier calls every line upside down (as it wrongly did
    on a photographed certificate of few long lines)."""

    def __init__(self, rapid):
        self._rapid = rapid

    def __getattr__(self, name):
        return getattr(self._rapid, name)

    def text_cls(self, crops):
        return crops, [("180", 0.99) for _ in crops], 0.0


@pytest.mark.ocr
@pytest.mark.parametrize("turned", [0, 180], ids=["upright", "cw180"])
def test_a_wrong_classifier_vote_does_not_turn_the_page_over(turned):
    """Before a page is turned over, the recognizer reads its widest lines both ways: a misled classifier
    leaves an upright page as it is and still turns an upside-down one."""
    rapid = _ClassifierSaysTurned(load_rapidocr())
    result = make_upright(rotate_cw(page(), turned), rapid)
    assert (turned + result.rotation) % 360 == 0
