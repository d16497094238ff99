"""What OCR hands to extraction: pages of positioned text (plain frozen dataclasses)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

BBox = tuple[int, int, int, int]  # x0, y0, x1, y1 in pixels of the page image


@dataclass(frozen=True)
class Word:
    """The finest unit an engine reports (a Tesseract word, a RapidOCR text box, a pdfplumber word)."""

    text: str
    bbox: BBox
    conf: float  # 0..1


@dataclass(frozen=True)
class Line:
    """One visual line of text, left to right, with the words it was joined from."""

    text: str
    bbox: BBox
    conf: float
    words: tuple[Word, ...] = ()


@dataclass(frozen=True)
class PageText:
    """One page as OCR (or the PDF text layer) saw it; `number` is 1-based."""

    number: int
    width: int
    height: int
    lines: tuple[Line, ...]
    engine: str  # "rapidocr", "tesseract", "pdf-text", "fake"
    from_text_layer: bool = False
    rotation: int = 0  # degrees clockwise applied to make the page upright
    meta: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def words(self) -> tuple[Word, ...]:
        return tuple(
            w for line in self.lines for w in (line.words or (Word(line.text, line.bbox, line.conf),))
        )

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["text"] = self.text
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PageText:
        lines = tuple(
            Line(
                text=ln["text"],
                bbox=tuple(ln["bbox"]),  # type: ignore[arg-type]
                conf=float(ln["conf"]),
                words=tuple(Word(w["text"], tuple(w["bbox"]), float(w["conf"])) for w in ln.get("words", ())),  # type: ignore[arg-type]
            )
            for ln in d["lines"]
        )
        return cls(
            number=int(d["number"]),
            width=int(d["width"]),
            height=int(d["height"]),
            lines=lines,
            engine=d["engine"],
            from_text_layer=bool(d.get("from_text_layer", False)),
            rotation=int(d.get("rotation", 0)),
        )
