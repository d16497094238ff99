"""OCR pages as normalised visual rows whose every character keeps a pixel box, for matching and provenance."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from models.pages import Line, PageText, Word

Box = tuple[float, float, float, float]

_CJK = re.compile(r"[\u3400-\u9fff\u3007]")
# NFKC folds full-width ASCII; these dashes and tildes are what OCR prints for range marks and CN hyphens.
_DASHES = str.maketrans(
    {"—": "-", "–": "-", "－": "-", "―": "-", "~": "-", "～": "-", "〜": "-", "‐": "-", "‑": "-"}
)
_KEEP = set("〇")


def norm_char(ch: str) -> str:
    """One source character in the form we match on (full-width folded, dashes unified)."""
    if ch in _KEEP:
        return ch
    return unicodedata.normalize("NFKC", ch).translate(_DASHES)


def is_cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


@dataclass(frozen=True)
class Row:
    """One visual row: normalised text, the box of each character, OCR confidence and page number."""

    page: int
    text: str
    boxes: tuple[Box, ...]
    conf: float
    parts: tuple[int, ...] = (0,)  # offsets where each joined source row starts (a flow of several rows)

    def bbox(self, start: int = 0, end: int | None = None) -> Box:
        """Union of the character boxes of text[start:end] (the whole row by default)."""
        chosen = self.boxes[start:end] or self.boxes
        return (
            min(b[0] for b in chosen),
            min(b[1] for b in chosen),
            max(b[2] for b in chosen),
            max(b[3] for b in chosen),
        )

    def source_text(self, start: int = 0, end: int | None = None) -> str:
        """The source row(s) a span lies on, for provenance: a reviewer reads the whole printed line."""
        end = len(self.text) if end is None else end
        bounds = [*self.parts, len(self.text)]
        pieces = [
            self.text[a:b]
            for a, b in zip(bounds, bounds[1:], strict=False)
            if a < max(end, start + 1) and b > start
        ]
        return "".join(pieces).strip() or self.text

    @property
    def compact(self) -> str:
        return self.text.replace(" ", "")


def _char_boxes(text: str, bbox: Sequence[float]) -> list[Box]:
    # Engines give a box per word or line, not per character: share the width out evenly.
    x0, y0, x1, y1 = (float(v) for v in bbox)
    n = max(len(text), 1)
    step = (x1 - x0) / n
    return [(x0 + i * step, y0, x0 + (i + 1) * step, y1) for i in range(len(text))]


def _char_spaced(piece: str) -> bool:
    """Tesseract prints CJK text one character per word: 'ZL 专 利 号'. Such spaces carry no meaning."""
    gaps = len(re.findall(r"(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])", piece))
    return gaps >= 2 and gaps >= 0.4 * len(_CJK.findall(piece))


_GAP_AS_TICK = re.compile(r"(?<=[\u3400-\u9fff])\s*☑\s*(?=[\u3400-\u9fff])")


def _append(
    chars: list[str], boxes: list[Box], piece: str, bbox: Sequence[float], cjk_glue: bool = False
) -> None:
    # PP-OCRv6 reads the wide blank of a character-spaced label as a ticked box ('主☑编', '印☑刷'): between two
    # CJK characters it is that blank, not a tick before an option ('☑公需科目').
    piece = _GAP_AS_TICK.sub(" ", piece)
    drop_cjk_spaces = cjk_glue or _char_spaced(piece)
    for ch, box in zip(piece, _char_boxes(piece, bbox), strict=True):
        if ch.isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                boxes.append(box)
            continue
        for out in norm_char(ch):
            if out == " " and chars and chars[-1] == " ":
                continue
            if drop_cjk_spaces and len(chars) > 1 and chars[-1] == " " and is_cjk(chars[-2]) and is_cjk(out):
                chars.pop()
                boxes.pop()
            chars.append(out)
            boxes.append(box)


def _pieces(line: Line) -> Iterator[tuple[str, Sequence[float]]]:
    words: Sequence[Word] = line.words
    if words and "".join(w.text for w in words).replace(" ", "") == line.text.replace(" ", ""):
        for w in sorted(words, key=lambda w: w.bbox[0]):
            yield w.text, w.bbox
    else:
        yield line.text, line.bbox


def _joins(
    chars: list[str], boxes: list[Box], piece: str, bbox: Sequence[float], cjk_glue: bool = False
) -> bool:
    """Whether the next piece continues the previous word: CJK on both sides and a gap under half a glyph."""
    if not chars or not piece or not (is_cjk(chars[-1]) and is_cjk(norm_char(piece[0])[:1] or " ")):
        return False
    height = max(bbox[3] - bbox[1], 1)
    return cjk_glue or bbox[0] - boxes[-1][2] < 0.5 * height


def _build_row(page: int, lines: Sequence[Line], cjk_glue: bool = False) -> Row | None:
    """One row from its lines; `cjk_glue` drops every space between CJK characters (Tesseract's habit)."""
    chars: list[str] = []
    boxes: list[Box] = []
    for line in sorted(lines, key=lambda ln: ln.bbox[0]):
        for text, bbox in _pieces(line):
            text = text.strip()
            if chars and chars[-1] != " " and not _joins(chars, boxes, text, bbox, cjk_glue):
                chars.append(" ")
                boxes.append(boxes[-1])
            _append(chars, boxes, text, bbox, cjk_glue)
    while chars and chars[-1] == " ":
        chars.pop()
        boxes.pop()
    if not chars:
        return None
    conf = min(ln.conf for ln in lines)
    return Row(page, "".join(chars), tuple(boxes), conf)


def _same_row(a: Sequence[int], b: Sequence[int]) -> bool:
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    return overlap > 0.5 * min(a[3] - a[1], b[3] - b[1])


def group_rows(page: PageText) -> list[Row]:
    """Join the page's lines into visual rows (RapidOCR reports table cells as separate lines); a page printed
    in two columns side by side gives the left column's rows, then the right's."""
    out: list[Row] = []
    for lines in _columns(page):
        groups: list[list[Line]] = []
        for line in sorted(lines, key=lambda ln: (ln.bbox[1] + ln.bbox[3]) / 2):
            if not line.text.strip():
                continue
            for group in groups[-3:]:
                if _same_row(group[0].bbox, line.bbox) and not any(
                    _overlaps_x(g.bbox, line.bbox) for g in group
                ):
                    group.append(line)
                    break
            else:
                groups.append([line])
        # Tesseract spaces Chinese words apart ('关于 举办 2023 年 生猪健康 养殖培训 班的通知'); names it runs
        # together are cut apart again by people.split_names.
        glue = page.engine == "tesseract"
        out += [r for r in (_build_row(page.number, g, glue) for g in groups) if r is not None]
    return out


def _columns(page: PageText) -> list[Sequence[Line]]:
    """The page's lines as one column, or cut at the gutter of a page printed as two columns of running text
    side by side (a journal's two-page spread): a blank strip near the middle that no word crosses, with long
    lines of text on both sides of it (a table's narrow cells are no columns)."""
    words = [w for ln in page.lines for w in (ln.words or (Word(ln.text, ln.bbox, ln.conf),))]
    if len(words) < 16 or page.width <= 0:
        return [page.lines]
    heights = sorted(w.bbox[3] - w.bbox[1] for w in words)
    glyph = heights[len(heights) // 2]
    lo, hi = 0.3 * page.width, 0.7 * page.width
    spans = sorted((w.bbox[0], w.bbox[2]) for w in words)
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        gap = (reach, x0)
        reach = max(reach, x1)
        if gap[1] - gap[0] < 1.5 * glyph or not (lo <= (gap[0] + gap[1]) / 2 <= hi):
            continue
        left = [w for w in words if w.bbox[2] <= gap[0]]
        right = [w for w in words if w.bbox[0] >= gap[1]]
        left_width = gap[0] - min(w.bbox[0] for w in left)
        right_width = max(w.bbox[2] for w in right) - gap[1]
        # (a line of running text: most of its column's width, and longer than any table cell)
        long_left = sum(w.bbox[2] - w.bbox[0] >= 0.6 * left_width and len(w.text) >= 15 for w in left)
        long_right = sum(w.bbox[2] - w.bbox[0] >= 0.6 * right_width and len(w.text) >= 15 for w in right)
        if long_left >= 3 and long_right >= 3:
            return [_side(page.lines, float("-inf"), gap[0]), _side(page.lines, gap[1], float("inf"))]
    return [page.lines]


def _side(lines: Sequence[Line], lo: float, hi: float) -> list[Line]:
    """Each line's words lying between `lo` and `hi` (one side of the gutter), as a line of their own."""
    out = []
    for line in lines:
        kept = tuple(
            w
            for w in (line.words or (Word(line.text, line.bbox, line.conf),))
            if w.bbox[0] >= lo and w.bbox[2] <= hi
        )
        if kept:
            box = (min(w.bbox[0] for w in kept), min(w.bbox[1] for w in kept), max(w.bbox[2] for w in kept),
                   max(w.bbox[3] for w in kept))  # fmt: skip
            out.append(Line("".join(w.text for w in kept), box, min(w.conf for w in kept), kept))
    return out


def _overlaps_x(a: Sequence[int], b: Sequence[int]) -> bool:
    return min(a[2], b[2]) - max(a[0], b[0]) > 0.3 * min(a[2] - a[0], b[2] - b[0])


def document_rows(pages: Sequence[PageText]) -> list[Row]:
    return [row for page in pages for row in group_rows(page)]


def _glue(left: str, right: str) -> str:
    # A paragraph wraps mid-sentence; Chinese needs no space at the wrap, Latin words do.
    if (
        left
        and right
        and (is_cjk(left[-1]) or not left[-1].isalnum())
        and (is_cjk(right[0]) or not right[0].isalnum())
    ):
        return ""
    # a figure of a Chinese sentence cut by the wrap ('于2020年1' / '2月10日', '至202' / '2.04.11', a range's
    # second date '2021.03.19-202' / '1.03.23', a day '至2023.03.1' / '6在…') is one figure
    if re.search(
        r"(?:[\u4e00-\u9fff]|\d\s*[-~]|(?:19|20)\d{2}[.\-/]\d{1,2}[.\-/])\d{1,3}$", left
    ) and re.match(r"\d{1,3}(?:[\u4e00-\u9fff]|[.\-/]\d)", right):
        return ""
    return " "


def flow(rows: Sequence[Row]) -> Row:
    """The rows of one page joined into one text, so sentence patterns can cross line wraps."""
    text, boxes, parts = "", list[Box](), list[int]()
    for row in rows:
        glue = _glue(text, row.text) if text else ""
        if glue:
            boxes.append(boxes[-1])
        text += glue
        parts.append(len(text))
        text += row.text
        boxes += row.boxes
    conf = min((r.conf for r in rows), default=0.0)
    return Row(rows[0].page if rows else 1, text, tuple(boxes), conf, tuple(parts))


def flows(rows: Sequence[Row]) -> list[Row]:
    """One flow per page."""
    pages: dict[int, list[Row]] = {}
    for row in rows:
        pages.setdefault(row.page, []).append(row)
    return [flow(group) for group in pages.values()]


def squeezed(row: Row) -> Row:
    """The row without the spaces OCR leaves between Chinese characters ('科学技术 进步奖'), boxes kept."""
    keep = [
        i
        for i, ch in enumerate(row.text)
        if not (
            ch == " " and 0 < i < len(row.text) - 1 and is_cjk(row.text[i - 1]) and is_cjk(row.text[i + 1])
        )
    ]
    if len(keep) == len(row.text):
        return row
    where = {old: new for new, old in enumerate(keep)}
    parts = tuple(sorted({where.get(p, where.get(p + 1, 0)) for p in row.parts}))
    text = "".join(row.text[i] for i in keep)
    return Row(row.page, text, tuple(row.boxes[i] for i in keep), row.conf, parts)


_TO_FULL = {"(": "（", ")": "）", ":": "：", ",": "，", ";": "；", "?": "？", "!": "！"}


def cjk_punct(value: str) -> str:
    """Print ASCII punctuation next to Chinese text in its full-width form, as Chinese documents do; a straight
    quote OCR read for a curly one closes the quote opened before it ('“岗课赛证"融通' → '“岗课赛证”融通')."""
    out = list(value)
    opened = 0
    for i, ch in enumerate(out):
        if ch in _TO_FULL:
            near = value[max(i - 1, 0) : i] + value[i + 1 : i + 2]
            if any(is_cjk(c) for c in near):
                out[i] = _TO_FULL[ch]
        elif ch == '"' and opened > 0:
            out[i] = "”"
        opened += (out[i] == "“") - (out[i] == "”")
    return "".join(out)
