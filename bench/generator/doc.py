"""Page specs in PDF points: positioned text lines, rules and seals, shared by the PNG and PDF renderers."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from bench.generator.fonts import text_width_pt

A4 = (595.0, 842.0)
A4_LANDSCAPE = (842.0, 595.0)
INK = (25, 25, 25)
RED = (190, 30, 35)


@dataclass(frozen=True)
class Text:
    """One rendered line; `y` is the top of the line box, `align` anchors x at left, centre or right."""

    text: str
    x: float
    y: float
    size: float
    font: str
    align: str = "l"
    color: tuple[int, int, int] = INK


@dataclass(frozen=True)
class Rule:
    """A straight line (table grid, border, underline)."""

    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.8
    color: tuple[int, int, int] = INK


@dataclass(frozen=True)
class Seal:
    """A round red official seal stamped at (cx, cy), partly over text."""

    cx: float
    cy: float
    r: float
    org: str
    seed: int


@dataclass
class Page:
    width: float
    height: float
    items: list[Text | Rule | Seal] = field(default_factory=list)
    background: tuple[int, int, int] = (255, 255, 255)

    def lines(self) -> list[str]:
        """The exact text lines printed, in reading order (seal text excluded: it is curved)."""
        return [it.text for it in self.items if isinstance(it, Text)]


@dataclass
class Doc:
    """A rendered document's spec plus its truth (contract evidence fields and which of them are scored)."""

    evidence_type: str
    layout: str
    pages: list[Page]
    evidence: dict[str, Any]
    scored: tuple[str, ...]
    font: str


class Sheet:
    """Builds one page top-down with a cursor; every call adds items in reading order."""

    def __init__(self, size: tuple[float, float], font: str, bold: str, rng: random.Random) -> None:
        self.page = Page(*size)
        self.font, self.bold, self.rng = font, bold, rng
        self.margin = 60.0 if size[0] < size[1] else 80.0
        self.y = self.margin

    @property
    def width(self) -> float:
        return self.page.width

    def add(self, item: Text | Rule | Seal) -> None:
        self.page.items.append(item)

    def line(self, text: str, size: float = 14, align: str = "l", x: float | None = None,
             font: str | None = None, color: tuple[int, int, int] = INK, gap: float = 1.7) -> Text:  # fmt: skip
        """Print one line at the cursor and move the cursor down."""
        if x is None:
            x = {"l": self.margin, "c": self.width / 2, "r": self.width - self.margin}[align]
        item = Text(text, x, self.y, size, font or self.font, align, color)
        self.add(item)
        self.y += size * gap
        return item

    def title(self, text: str, size: float = 30, color: tuple[int, int, int] = INK) -> None:
        self.line(text, size, "c", font=self.bold, color=color, gap=1.9)

    def para(self, text: str, size: float = 14, indent: int = 2, x0: float | None = None,
             x1: float | None = None, gap: float = 1.8) -> None:  # fmt: skip
        """Wrap `text` between x0 and x1 (first line indented by `indent` characters), preferring breaks after punctuation."""
        x0 = self.margin if x0 is None else x0
        x1 = self.width - self.margin if x1 is None else x1
        first = True
        while text:
            left = x0 + (indent * size if first else 0)
            n = _fit(text, self.font, size, x1 - left)
            self.line(text[:n], size, x=left, gap=gap)
            text, first = text[n:], False

    def skip(self, points: float) -> None:
        self.y += points

    def border(self, color: tuple[int, int, int] = RED, inset: float = 24) -> None:
        w, h = self.page.width, self.page.height
        for k, width in ((0, 3.0), (7, 1.0)):
            a, b = inset + k, inset + k
            c, d = w - inset - k, h - inset - k
            for seg in ((a, b, c, b), (c, b, c, d), (c, d, a, d), (a, d, a, b)):
                self.add(Rule(*seg, width=width, color=color))

    def seal(self, cx: float, cy: float, org: str, r: float = 58) -> None:
        self.add(Seal(cx, cy, r, org, self.rng.randint(0, 2**31)))


def _fit(text: str, font: str, size: float, width: float) -> int:
    """How many leading characters fit in `width`; break after punctuation when it is near the end."""
    lo, hi = 1, len(text)
    while lo < hi:  # largest n whose prefix fits
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if text_width_pt(text[:mid], font, size) <= width else (lo, mid - 1)
    n = lo
    if n < len(text):
        for k in range(n, max(n - 6, 1), -1):
            if text[k - 1] in "，。；：、）":
                return k
    return n
