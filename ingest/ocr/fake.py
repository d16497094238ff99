"""A fake OCR engine for pipeline tests: a fixed text, laid out as lines, returned instantly."""

from __future__ import annotations

from PIL import Image

from ingest.ocr.base import make_line
from models.pages import Line, PageText, Word

DEFAULT_TEXT = "继续教育培训证书\n姓名：张三\n培训学时：24学时"


class FakeEngine:
    """Returns `text` (one Line per text line, boxes stacked down the page) whatever the image shows."""

    name = "fake"
    needs_upright = False  # reader skips orientation detection: the text is fixed anyway

    def __init__(self, text: str = DEFAULT_TEXT, conf: float = 0.99):
        self.text = text
        self.conf = conf
        self.calls = 0

    def recognize(self, image: Image.Image, page_number: int = 1) -> PageText:
        self.calls += 1
        return PageText(
            number=page_number,
            width=image.width,
            height=image.height,
            lines=self._lines(image.width, image.height),
            engine=self.name,
        )

    def _lines(self, width: int, height: int) -> tuple[Line, ...]:
        rows = [row for row in self.text.splitlines() if row.strip()]
        step = max(1, height // (len(rows) + 1)) if rows else 1
        lines = []
        for i, row in enumerate(rows):
            top = i * step
            box = (0, top, max(1, min(width, 20 * len(row))), min(height, top + max(1, step // 2)))
            lines.append(make_line([Word(row, box, self.conf)]))
        return tuple(lines)
