"""OCR engines on rendered Chinese text, the layout helpers they share, the fake engine and the registry."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ingest.files import validate_upload
from ingest.ocr.base import OcrEngine, group_lines, join_words
from ingest.ocr.fake import FakeEngine
from ingest.ocr.images import without_red_ink
from ingest.ocr.reader import ocr_file, read_document
from ingest.ocr.registry import ALIASES, ENGINES, get_engine
from ingest.ocr.tesseract import fullwidth_punctuation, lines_from_data
from models import errors
from models.pages import Word

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
LINES = [
    "专业技术人员继续教育证书",
    "姓名：王五  证书编号：YY2023-00123",
    "培训时间：2023年5月10日至5月12日",
    "培训学时：24学时  考核结果：合格",
]


def render(lines: list[str], size: tuple[int, int] = (1400, 700), px: int = 40) -> Image.Image:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, px)
    for i, text in enumerate(lines):
        draw.text((80, 80 + int(px * 2.5) * i), text, font=font, fill="black")
    return image


def cer(got: str, want: str) -> float:
    """Character error rate, ignoring whitespace (engines disagree on spaces, readers do not care)."""
    a, b = "".join(got.split()), "".join(want.split())
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[len(b)] / max(1, len(b))


def test_cer_counts_edits():
    assert cer("培训学时", "培训学时") == 0.0
    assert cer("培川学时", "培训学时") == 0.25
    assert cer("", "ab") == 1.0


def test_join_words_spaces_latin_words_only_or_at_wide_gaps():
    assert join_words(["培训", "学时", "24"]) == "培训学时24"
    assert join_words(["Training", "hours:", "24"]) == "Training hours: 24"
    assert join_words(["张三", "身份证号"], gaps=[0.0, 1.2]) == "张三 身份证号"
    assert join_words(["张", "三"], gaps=[0.0, 0.1]) == "张三"


def test_group_lines_orders_rows_top_down_and_words_left_to_right():
    words = [
        Word("学时", (300, 105, 380, 140), 0.9),
        Word("姓名", (10, 10, 90, 50), 0.9),
        Word("培训", (10, 100, 90, 138), 0.8),
        Word("张三", (120, 12, 200, 48), 1.0),
    ]
    lines = group_lines(words)
    assert [ln.text for ln in lines] == ["姓名 张三", "培训 学时"]
    assert lines[0].bbox == (10, 10, 200, 50)
    assert 0.8 < lines[1].conf < 0.9


def test_tesseract_rows_group_by_block_paragraph_line():
    data = {
        "text": ["", "姓名", ":", "张", "三", "Hours", "24"],
        "conf": [-1, 91, 90, 95, 93, 88, 97],
        "left": [0, 10, 92, 110, 150, 10, 130],
        "top": [0, 10, 12, 10, 10, 60, 60],
        "width": [0, 80, 6, 38, 38, 110, 40],
        "height": [0, 40, 30, 40, 40, 40, 40],
        "block_num": [1, 1, 1, 1, 1, 1, 1],
        "par_num": [1, 1, 1, 1, 1, 1, 1],
        "line_num": [1, 1, 1, 1, 1, 2, 2],
    }
    lines = lines_from_data(data)
    assert [ln.text for ln in lines] == ["姓名：张三", "Hours 24"]
    assert lines[0].words[0].conf == pytest.approx(0.91)


def test_fullwidth_punctuation_only_touches_marks_beside_chinese():
    assert fullwidth_punctuation("姓名: 张三 (男)") == "姓名：张三（男）"
    assert fullwidth_punctuation("Hours: 24 (total)") == "Hours: 24 (total)"


def test_fake_engine_returns_its_text_on_the_page_it_was_given():
    page = FakeEngine(text="第一行\n第二行").recognize(Image.new("RGB", (300, 200)), page_number=4)
    assert (page.number, page.width, page.height, page.engine) == (4, 300, 200, "fake")
    assert page.text == "第一行\n第二行"
    assert all(
        0 <= ln.bbox[0] < ln.bbox[2] <= 300 and 0 <= ln.bbox[1] < ln.bbox[3] <= 200 for ln in page.lines
    )


def test_registry_lists_the_engines_and_caches_one_instance_each():
    assert set(ENGINES) == {"ppocr-v4", "ppocr-v6", "tesseract", "fake"}
    assert get_engine("fake") is get_engine("fake")
    assert get_engine("rapidocr") is get_engine(ALIASES["rapidocr"])  # old settings name the default
    assert isinstance(get_engine("fake"), OcrEngine)
    with pytest.raises(errors.InputError):
        get_engine("paddle")


def test_multipage_tiff_gives_every_frame_in_order():
    frames = [Image.new("RGB", (200, 100), "white") for _ in range(3)]
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    data, progress = buf.getvalue(), []
    pages = read_document(
        data, validate_upload(data, "fax.tiff"), FakeEngine(), on_page=lambda d, t: progress.append(d)
    )
    assert [p.number for p in pages] == [1, 2, 3] and [p.text.number for p in pages] == [1, 2, 3]
    assert progress == [1, 2, 3]


@pytest.mark.ocr
@pytest.mark.parametrize(("engine", "max_cer"), [("ppocr-v4", 0.03), ("ppocr-v6", 0.03), ("tesseract", 0.10)])
def test_engine_reads_rendered_chinese(engine, max_cer):
    image = render(LINES)
    page = get_engine(engine).recognize(image, page_number=2)
    assert (page.number, page.engine, page.width, page.height) == (2, engine, 1400, 700)
    assert cer(page.text, "\n".join(LINES)) <= max_cer, page.text
    assert len(page.lines) == len(LINES)
    tops = [ln.bbox[1] for ln in page.lines]
    assert tops == sorted(tops)
    for i, line in enumerate(page.lines):  # each line sits where it was drawn
        assert abs(line.bbox[1] - (80 + 100 * i)) < 30 and abs(line.bbox[0] - 80) < 20
        assert all(0.0 <= w.conf <= 1.0 for w in line.words)


@pytest.mark.ocr
@pytest.mark.slow
def test_heic_phone_photo_and_ocr_file(tmp_path):
    import pillow_heif

    pillow_heif.register_heif_opener()
    path = tmp_path / "IMG_0042.HEIC"
    render(LINES[:2], size=(1200, 400)).save(path, "HEIF", quality=90)
    pages = ocr_file(path, engine="rapidocr")
    assert len(pages) == 1
    assert cer(pages[0].text, "\n".join(LINES[:2])) <= 0.05, pages[0].text


def test_huge_phone_photo_is_reduced_and_exif_turned():
    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, shown portrait
    buf = io.BytesIO()
    Image.new("RGB", (8000, 6000), "white").save(buf, "JPEG", exif=exif)
    data = buf.getvalue()
    (page,) = read_document(data, validate_upload(data, "IMG_9999.JPG"), FakeEngine())
    assert page.image.size == (3000, 4000)
    assert (page.text.width, page.text.height, page.text.rotation) == (3000, 4000, 90)


def test_red_ink_fades_and_black_ink_stays():
    image = Image.new("RGB", (50, 10), (250, 250, 245))
    image.paste((40, 220, 40), (40, 0, 50, 10))  # green: its luminance, as any non-red colour
    image.paste((200, 30, 40), (0, 0, 10, 10))  # seal red
    image.paste((20, 20, 20), (10, 0, 20, 10))  # black text
    image.paste((30, 40, 160), (20, 0, 30, 10))  # blue ballpoint
    grey = without_red_ink(image).convert("L")
    assert grey.getpixel((5, 5)) >= 190
    assert grey.getpixel((15, 5)) <= 30
    assert grey.getpixel((25, 5)) <= 70
    assert grey.getpixel((35, 5)) >= 240  # paper
    assert abs(grey.getpixel((45, 5)) - (40 * 299 + 220 * 587 + 40 * 114) / 1000) <= 2


FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.mark.ocr
@pytest.mark.slow
@pytest.mark.parametrize(
    "name", ["training_cert_clean.png", "training_cert_phone.jpg"], ids=["clean", "phone"]
)
def test_lines_under_a_red_seal_are_read_and_the_page_keeps_its_colours(name):
    """Both certificates carry a red 公章 over the issuer and date; unfaded, the date was lost."""
    data = (FIXTURES / name).read_bytes()
    truth = json.loads((FIXTURES / name).with_suffix(".truth.json").read_text(encoding="utf-8"))
    (page,) = read_document(data, validate_upload(data, name), get_engine("rapidocr"))
    read = ["".join(line.text.split()) for line in page.text.lines]
    for want in truth["lines"][0]:
        want = "".join(want.split())
        assert any(want in got for got in read), (want, read)
    r, g, b = np.asarray(page.image.convert("RGB")).astype(int).transpose(2, 0, 1)
    assert ((r > g + 60) & (r > b + 60)).sum() > 100  # the seal is kept for reviewers
