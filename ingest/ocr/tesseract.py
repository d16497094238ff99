"""Tesseract engine through pytesseract, chi_sim+eng, words grouped by Tesseract's own block/par/line."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Any

from PIL import Image

from ingest.ocr.base import make_line
from models.errors import OcrError
from models.pages import Line, PageText, Word

LANG = "chi_sim+eng"
# psm 3 = automatic page segmentation without OSD (orientation is our job, done before OCR);
# preserve_interword_spaces keeps Tesseract from inventing spaces between CJK characters
# psm 4 = one column of lines of varying size, which is what certificates are; psm 3's page
# segmentation split a sparse certificate into fragments (CER 0.42 vs 0.03 on tests/fixtures)
CONFIG = "--oem 1 --psm 4"
# chi_sim's LSTM reads characters best at 40+ px; a 1500 px photo of an A4 certificate has ~30
MIN_LONG_SIDE = 2400
MAX_UPSCALE = 2.0
MIN_CONF = 0.0
# Tesseract boxes hug the ink, so full-width punctuation leaves wide gaps: only a missing character's
# worth of space between CJK glyphs (half beside Latin) is a real space
GAPS = (1.0, 0.5)
# chi_sim answers half-width punctuation inside Chinese text, where print uses the full-width forms
_FULLWIDTH = {":": "：", ",": "，", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"}
_CJK = r"[\u3400-\u9fff]"
_HALF_PUNCT = re.compile(rf"(?<={_CJK})\s*([:,;!?)])\s*|\s*([(])\s*(?={_CJK})")


class TesseractEngine:
    """Tesseract 5 LSTM; each call is a subprocess, so instances are cheap and thread-safe."""

    name = "tesseract"

    def __init__(self, lang: str = LANG, config: str = CONFIG, timeout: int = 120):
        self.lang = lang
        self.config = config
        self.timeout = timeout

    def recognize(self, image: Image.Image, page_number: int = 1) -> PageText:
        import pytesseract

        image = image if image.mode in ("L", "RGB") else image.convert("RGB")
        scale = min(MAX_UPSCALE, max(1.0, MIN_LONG_SIDE / max(image.size)))
        seen = (
            image
            if scale == 1.0
            else image.resize(
                (round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS
            )
        )
        try:
            data = pytesseract.image_to_data(
                seen,
                lang=self.lang,
                config=self.config,
                timeout=self.timeout,
                output_type=pytesseract.Output.DICT,
            )
        except (pytesseract.TesseractError, RuntimeError, OSError) as exc:
            raise OcrError(f"Tesseract failed on page {page_number}: {exc}", page=page_number) from exc
        return PageText(
            number=page_number,
            width=image.width,
            height=image.height,
            lines=lines_from_data(data, scale),
            engine=self.name,
        )


def lines_from_data(data: dict[str, list[Any]], scale: float = 1.0) -> tuple[Line, ...]:
    """Group image_to_data rows into Lines by (block, paragraph, line); confidences scaled to 0..1,
    boxes divided by the `scale` the image was enlarged by."""
    groups: dict[tuple[int, int, int], list[Word]] = defaultdict(list)
    for i, text in enumerate(data["text"]):
        conf = float(data["conf"][i])
        if not str(text).strip() or conf < MIN_CONF:
            continue  # conf -1 marks layout rows (blocks, lines) that carry no text
        left, top = int(data["left"][i]), int(data["top"][i])
        right, bottom = left + int(data["width"][i]), top + int(data["height"][i])
        box = (round(left / scale), round(top / scale), round(right / scale), round(bottom / scale))
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        groups[key].append(Word(str(text).strip(), box, round(conf / 100, 4)))
    lines = [make_line(sorted(words, key=lambda w: w.bbox[0]), GAPS) for words in groups.values()]
    lines = [replace(ln, text=fullwidth_punctuation(ln.text)) for ln in lines]
    return tuple(sorted(lines, key=lambda ln: (ln.bbox[1], ln.bbox[0])))


def fullwidth_punctuation(text: str) -> str:
    """'姓名: 张三' -> '姓名：张三': half-width marks touching Chinese become full-width (spaces go)."""
    return _HALF_PUNCT.sub(lambda m: _FULLWIDTH[m.group(1) or m.group(2)], text)
