"""The OcrEngine protocol and the layout helpers every engine shares (words -> reading-order lines)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

from PIL import Image

from models.pages import BBox, Line, PageText, Word


@runtime_checkable
class OcrEngine(Protocol):
    """Turns one upright page image into positioned text; implementations load their models once."""

    name: str

    def recognize(self, image: Image.Image, page_number: int = 1) -> PageText: ...


# A space is kept only where both neighbours are Latin letters or digits: CJK text has none.
_LATIN_END = re.compile(r"[A-Za-z0-9.,;:%)]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9(]")


def join_words(
    texts: Iterable[str], gaps: Iterable[float] | None = None, thresholds: tuple[float, float] = (0.4, 0.2)
) -> str:
    """Join word texts left to right: no space inside CJK runs, one between Latin words, and one
    where `gaps` (gap before each word / line height) passes `thresholds` (between CJK, beside Latin):
    a visible space, e.g. a field boundary on a form."""
    ratios = list(gaps) if gaps is not None else None
    out = ""
    for i, text in enumerate(texts):
        text = text.strip()
        if not text:
            continue
        prev_latin, next_latin = bool(_LATIN_END.search(out)), bool(_LATIN_START.match(text))
        gap = ratios[i] if ratios is not None else 0.0
        wide = gap > (thresholds[1] if prev_latin or next_latin else thresholds[0])
        if out and ((prev_latin and next_latin) or wide):
            out += " "
        out += text
    return out


def union_bbox(boxes: Iterable[BBox]) -> BBox:
    xs0, ys0, xs1, ys1 = zip(*boxes, strict=True)
    return (min(xs0), min(ys0), max(xs1), max(ys1))


def _vertical_overlap(a: BBox, b: BBox) -> float:
    """Overlap of two boxes' vertical spans, as a share of the shorter one."""
    inter = min(a[3], b[3]) - max(a[1], b[1])
    shorter = max(1, min(a[3] - a[1], b[3] - b[1]))
    return inter / shorter


def group_lines(words: Sequence[Word], min_overlap: float = 0.5) -> tuple[Line, ...]:
    """Group words into visual lines (vertical overlap), lines top to bottom, words left to right."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.bbox[1] + w.bbox[3]) / 2):
        row = next(
            (r for r in rows if _vertical_overlap(union_bbox(x.bbox for x in r), word.bbox) >= min_overlap),
            None,
        )
        if row is None:
            rows.append([word])
        else:
            row.append(word)
    lines = [make_line(sorted(r, key=lambda w: w.bbox[0])) for r in rows]
    return tuple(sorted(lines, key=lambda ln: (ln.bbox[1], ln.bbox[0])))


def make_line(words: Sequence[Word], thresholds: tuple[float, float] = (0.4, 0.2)) -> Line:
    """One Line from words already in left-to-right order (see join_words for the gap thresholds)."""
    height = max(1, max(w.bbox[3] - w.bbox[1] for w in words)) if words else 1
    gaps = [(w.bbox[0] - words[i - 1].bbox[2]) / height if i else 0.0 for i, w in enumerate(words)]
    conf = sum(w.conf * len(w.text) for w in words) / max(1, sum(len(w.text) for w in words))
    return Line(
        text=join_words((w.text for w in words), gaps, thresholds),
        bbox=union_bbox(w.bbox for w in words),
        conf=round(conf, 4),
        words=tuple(words),
    )
