"""OCR-like pages built from plain text, for extractor tests (no OCR needed)."""

from __future__ import annotations

from models.pages import Line, PageText

CJK_W, ASCII_W, LINE_H, TITLE_H, COL_W, LEFT = 28, 14, 36, 64, 340, 60


def _width(text: str) -> int:
    return sum(ASCII_W if ord(ch) < 0x2E80 else CJK_W for ch in text)


def pages_from_text(text: str, engine: str = "fake", conf: float = 0.9) -> list[PageText]:
    """A page per '=== page ===' block; a line per text line, '# ' marks a tall title, ' | ' splits table cells."""
    pages: list[PageText] = []
    for number, block in enumerate(text.split("=== page ===\n"), 1):
        lines: list[Line] = []
        y = 40
        for raw in block.splitlines():
            if not raw.strip():
                y += LINE_H // 2
                continue
            height = TITLE_H if raw.startswith("# ") else LINE_H
            raw = raw[2:] if raw.startswith("# ") else raw
            cells = raw.split(" | ") if " | " in raw else [raw]
            for col, cell in enumerate(cells):
                x0 = LEFT + col * COL_W if len(cells) > 1 else LEFT
                lines.append(Line(cell, (x0, y, x0 + _width(cell), y + height), conf))
            y += height + 14
        width = max([1240, *(ln.bbox[2] + 60 for ln in lines)])
        pages.append(PageText(number, width, max(y + 40, 1754), tuple(lines), engine))
    return pages
