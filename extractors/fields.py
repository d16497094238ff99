"""Found values with their confidence and source position, and the labelled-row lookups every extractor uses."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from extractors.text import Row, cjk_punct

# Field labels printed on proofs; a value runs until the next label on the same row.
# Tesseract slips are allowed where they are common (利 read as "fll"/"禾刂", 号 read as "s").
LABEL_WORDS = (
    r"专\s*(?:利|fll|FIl|禾刂|私)\s*号|专利权人|发明人|设计人|发\s*明\s*名\s*称|实用新型名称|外观设计名称|"
    r"专利申请日|申请日|授权公告日|授权公告号|证书号|"
    r"姓\s*名|性\s*别|身份证号|工作单位|单\s*位|职\s*称|职\s*务|培训内容|培训项目|项目名称|课程名称|"
    r"培训时间|培训地点|学\s*时|学\s*分|主办单位|承办单位|协办单位|发起单位|发起方|发证机关|发证单位|颁发单位|"
    r"获奖项目|获奖者|获奖人|完成人|完成单位|奖励等级|获奖等级|等\s*级|证书编号|编\s*号|"
    r"主\s*编|副\s*主\s*编|编\s*委|著|译|出版社|出版发行|出版日期|版\s*次|印\s*次|定\s*价|书\s*号|"
    r"作\s*者|作者单位|摘\s*要|关键词|中图分类号|文献标识码|文章编号|"
    r"主\s*管|主\s*办|主管单位|主办单位|出\s*版|刊\s*号|国际标准连续出版物号|国内统一连续出版物号|"
    r"专\s*业|考试科目|科\s*目|模\s*块|课程|层\s*次|学\s*制|打印时间|打印日期|日\s*期|时\s*间|地\s*点"
)
# Tesseract reads 利 as fll/Al and drops quotes or stray letters into labels: '专 Al 权 人', '发”明 人'.
LI = r"(?:利|fll|FIl|f1l|禾刂|私|Al|AI|A1|刹)"
LABEL_WORDS += rf"|专\s*{LI}\s*权\s*人|发\W{{0,2}}明\W{{0,2}}人"
_LABEL = re.compile(rf"(?:{LABEL_WORDS})\s*[:：]")
# On a form printed without colons ('学习项目 XX培训班 学习时间 2020-04-02'), a cell that opens with one of these
# labels after a blank ends the value before it.
CELL_LABELS = (
    r"学习时间|学习日期|培训时间|培训日期|培训地点|会议时间|会议地点|活动时间|活动地点|获得学时|取得学时|认定学时|折合学时|培训学时|学习学时|考核结果|考核成绩|工作单位|所在单位|"
    r"身份证号|证书编号|发证日期|发证机关|颁发单位|科目类别|课程类别|学时类别|培训类别|项目编号|课题编号|项目状态|管理部门|"
    r"结题时间|性\s*别|学\s*时|单\s*位|职\s*称"
)
_CELL = re.compile(rf"\s+(?:{CELL_LABELS})(?=\s|[:：]|\d|[\u4e00-\u9fff])")


def ocr_label(word: str) -> str:
    """A regex for a printed label that tolerates up to two stray marks or a stray letter between characters."""
    return r"(?:[\s\W_]|[A-Za-z](?![A-Za-z])){0,3}".join(map(re.escape, word))


# ('项目名称：X；学习时间：…': a semicolon before another label's colon ends a value)
_SEMI_LABEL = re.compile(r"[；;]\s*[\u4e00-\u9fff]{2,8}\s*[:：]")
# (a bilingual form's English label after the Chinese one: '姓名 Name: 杨玉航', '培训项目 Program: …')
_SEP = re.compile(r"^\s*(?:[A-Za-z][A-Za-z .]{0,20}?\s*[:：]|[:：])?\s*")


@dataclass(frozen=True)
class Hit:
    """A value found at row.text[start:end] with a 0..1 confidence."""

    value: Any
    conf: float
    row: Row
    start: int = 0
    end: int | None = None
    learned: str | None = None  # id of the learned fact the value came from (extractors.learned)

    def provenance(self) -> dict[str, Any]:
        box = self.row.bbox(self.start, self.end)
        text = self.row.source_text(self.start, self.end)
        found = {"page": self.row.page, "bbox": [round(v, 1) for v in box], "text": text}
        return {**found, "learned": self.learned} if self.learned else found

    def with_value(self, value: Any, conf: float | None = None) -> Hit:
        return Hit(value, self.conf if conf is None else conf, self.row, self.start, self.end)


def ocr_factor(row: Row) -> float:
    """Scale a rule's confidence by how sure the OCR engine was of the row."""
    return 0.6 + 0.4 * max(0.0, min(1.0, row.conf))


def labelled(rows: Sequence[Row], label: str, *, next_row: bool = True) -> Iterator[Hit]:
    """Values printed after `label` (a regex), up to the next known label; or on the next row if empty."""
    # ('培训单位（章）：' / 'XX学会': where the seal goes, between the label and its colon, is no value)
    # ('发明人（设计人）：…': the form's other name for the label is no value either)
    pattern = re.compile(
        rf"(?:{label})(?:\s*[(（]\s*(?:(?:盖\s*)?(?:公\s*)?章|设\s*计\s*人|发\s*明\s*人|签\s*[字名])\s*[)）])?\s*[:：]?"
    )
    for i, row in enumerate(rows):
        for m in pattern.finditer(row.text):
            start = m.end() + len(_SEP.match(row.text[m.end() :]).group(0))  # type: ignore[union-attr]
            nxt = _LABEL.search(row.text, start)
            cell = _CELL.search(row.text, start)
            end = min(nxt.start() if nxt else len(row.text), cell.start() if cell else len(row.text))
            # ('项目名称：X；学习时间：…': a semicolon before another label's colon ends the value)
            semi = _SEMI_LABEL.search(row.text, start)
            end = min(end, semi.start()) if semi else end
            value = row.text[start:end].strip()
            if value:
                yield Hit(value, ocr_factor(row), row, start, start + len(row.text[start:end].rstrip()))
            elif next_row and i + 1 < len(rows) and rows[i + 1].page == row.page:
                below = rows[i + 1]
                cut = _LABEL.search(below.text)
                if cut is None or cut.start() > 0:
                    stop = cut.start() if cut else len(below.text)
                    yield Hit(below.text[:stop].strip(), ocr_factor(below) * 0.9, below, 0, stop)


# The column headings of a one-person certificate printed as a table: a header row over the row of values
# ('姓名 工作单位 培训项目 培训时间 学时' / '屈兰 菏泽市… 小麦…培训班 二〇二一年… 6').
_COLUMN_HEAD = re.compile(
    r"姓\s*名|工作单位|所在单位|培训项目|培训名称|项目名称|课程名称|培训内容|培训时间|学习时间|培训日期|"
    r"获得学时|认定学时|学\s*时|考核结果|证书编号|科目类别|课程类别|类\s*别|科\s*目|起止日期|起止时间|施教机构|培训机构|主办单位\s*(?:[（(]\s*盖\s*章\s*[)）])?|"
    # a query result's columns ('序号 姓名 培训项目 … 发证日期')
    r"序\s*号|发证日期|颁发日期|发证时间|登记日期"
)


def table_as_labels(rows: Sequence[Row], headings: re.Pattern[str] = _COLUMN_HEAD) -> list[Row]:
    """`rows` with a header row and the value rows under it (a cell wrapping above or below its row) read as
    'heading：value' rows, each word taken by the heading nearest its centre; unchanged without such a table."""
    for i, header in enumerate(rows):
        heads = list(headings.finditer(header.text))
        if len(heads) < 3 or sum(len(m.group(0).replace(" ", "")) for m in heads) < 0.8 * len(header.compact):
            continue
        below: list[Row] = []
        for row in rows[i + 1 : i + 4]:
            if row.page != header.page or re.search(
                # (a query result's count and the page furniture under it: '共1条记录', a link, '1/1')
                r"[:：，。]|特此|特发|此证|盖\s*章|[（(]\s*章\s*[)）]|^\s*共\s*\d+\s*条|https?:|^\s*\d+\s*/\s*\d+\s*$",
                row.text,
            ):
                break
            below.append(row)
        if not below or sum(bool(re.match(r"\s*\d{1,3}\s", r.text)) for r in below) >= 2:
            return list(rows)  # a register of many people or papers, not one person's or one paper's record
        centres = [
            (header.bbox(m.start(), m.end())[0] + header.bbox(m.start(), m.end())[2]) / 2 for m in heads
        ]
        cells: list[list[tuple[str, tuple[Any, ...]]]] = [[] for _ in heads]
        filled: list[set[int]] = []
        for row in below:
            filled.append(set())
            for w in re.finditer(r"\S+", row.text):
                box = row.bbox(w.start(), w.end())
                col = min(range(len(heads)), key=lambda k: abs(centres[k] - (box[0] + box[2]) / 2))
                cells[col] += list(zip(w.group(0), row.boxes[w.start() : w.end()], strict=True))
                filled[-1].add(col)
        if sum(len(cols) >= 2 for cols in filled) >= 2:
            # two rows that each fill several columns are two records (a list of courses, '…（一） 4 合格' /
            # '…（二） 4 合格'), not one record's cells wrapping onto a second row
            return list(rows)
        made = []
        for m, cell in zip(heads, cells, strict=True):
            if not cell:
                continue
            label = m.group(0).replace(" ", "")
            lbox = header.bbox(m.start(), m.end())
            text = label + "：" + "".join(c for c, _ in cell)
            boxes = (*(lbox,) * (len(label) + 1), *(b for _, b in cell))
            made.append(Row(header.page, text, boxes, min(header.conf, *(r.conf for r in below))))
        return [*rows[:i], *made, *rows[i + 1 + len(below) :]]
    return list(rows)


_NAME_LIST = re.compile(
    r"[\u4e00-\u9fff·]{2,10}(?:\s*[、丶,，;；]\s*[\u4e00-\u9fff·]{2,10})*\s*[、丶,，;；]?"
)


# (each name may carry its place in brackets: '战志燕 (第1位) 毕建波 (第2位)')
_PLACE_NOTE = r"(?:\s*[（(]\s*第\s*\d{1,2}\s*[位名]\s*[)）])?"
_SPACED_NAMES = re.compile(
    rf"[\u4e00-\u9fff·]{{2,6}}{_PLACE_NOTE}(?:\s+[\u4e00-\u9fff·]{{2,6}}{_PLACE_NOTE})+"
)


def with_continuation(rows: Sequence[Row], hits: Sequence[Hit]) -> list[Hit]:
    """Labelled name lists and the rows they wrap onto: a following row with no label that is only names
    and separators, when the value ended on a separator or the row continues the list ('杨谦;王玲')."""
    out: list[Hit] = []
    for hit in hits:
        out.append(hit)
        at = next((i for i, r in enumerate(rows) if r is hit.row), None)
        ends_open = hit.value.rstrip()[-1:] in "、丶,，;；"
        while at is not None and at + 1 < len(rows):
            below = rows[at + 1]
            text = below.text.strip()
            if re.fullmatch(
                r"[\u4e00-\u9fff·]{2,4}(?:\s*[、丶,，;；]\s*[\u4e00-\u9fff·]{2,4})+\s*[。.]", text
            ):
                text = text[:-1]  # (a list of names closing its sentence: '房秀晓、冯庆华、耿天博。')
            split = _split_name(out[-1].value, text) if not ends_open else None
            if split is not None and below.page == hit.row.page and not _LABEL.search(below.text):
                # A name the wrap cut in two ('严玉' / '丽，周卫亮'): its tail joins it, less surely.
                out[-1] = out[-1].with_value(out[-1].value.rstrip() + text[:split], 0.85 * out[-1].conf)
                text = text[split:].lstrip(" 、,，;；")
                if not text:
                    break
                ends_open = True
            listy = (_NAME_LIST.fullmatch(text) and re.search(r"[、丶,，;；]", text)) or (
                # names set apart by blanks, under a row of names set apart so ('程天燕 龙婷 …' / '钱梦洁 熊豪')
                _SPACED_NAMES.fullmatch(text) and _SPACED_NAMES.fullmatch(out[-1].value.strip())
            )
            if (
                below.page != hit.row.page
                or _LABEL.search(below.text)
                or not (listy or (ends_open and _NAME_LIST.fullmatch(text)))
            ):
                break
            out.append(Hit(text, 0.9 * ocr_factor(below), below, 0, len(below.text)))
            ends_open = text[-1:] in "、丶,，;；"
            at += 1
    return out


def _split_name(value: str, below: str) -> int | None:
    """Where the tail of a list's last name ends on the row below, when the wrap cut that name."""
    m = re.match(r"([\u4e00-\u9fff])(?=\s*[、,，;；]\s*[\u4e00-\u9fff]{2,})", below)
    last = re.split(r"[、,，;；\s]", value.rstrip())[-1]
    if m is None and len(last) in (1, 2):
        # the list's last name cut: '…、丛涵' / '霞', '…、芦' / '雪'
        m = re.fullmatch(rf"\s*([\u4e00-\u9fff]{{1,{3 - len(last)}}})\s*", below)
        return m.end(1) if m is not None and re.search(r"[、,，;；]", value) else None
    if m is None or not re.search(r"[、,，;；]", value) or not 2 <= len(last) <= 3:
        return None
    return m.end(1)


def row_under(
    rows: Sequence[Row], banner: str, fits: Callable[[Row], bool], conf: float, within: int = 4
) -> Hit | None:
    """The whole row under a banner row that is `banner` and nothing else ('馆藏检索' / the book's title, '学时证明'
    / the training's name), when `fits` accepts it; among the first `within` + 1 rows of one page."""
    for row, below in zip(rows[:within], rows[1 : within + 1], strict=False):
        if re.fullmatch(banner, row.compact) and below.page == row.page and fits(below):
            return Hit(
                cjk_punct(clean_value(below.compact)), conf * ocr_factor(below), below, 0, len(below.text)
            )
    return None


def first_labelled(rows: Sequence[Row], label: str) -> Hit | None:
    return next(labelled(rows, label), None)


def search(rows: Sequence[Row], pattern: re.Pattern[str]) -> Iterator[tuple[Row, re.Match[str]]]:
    for row in rows:
        for m in pattern.finditer(row.text):
            yield row, m


def clean_value(text: str) -> str:
    """Trim punctuation and brackets OCR leaves around a value (a quote that closes inside it is its own)."""
    original = text
    # (and a form's tick box before a filled-in value, '☑枣树环剥刀')
    text = text.strip(" _:：,，;；.。、\"'“”《》<>[]【】☑☐☒□■✓✔")
    closing = re.search(r"[”\"]", text)
    at = original.find(text) if text else -1
    if closing and "“" not in text[: closing.start()] and at > 0 and original[at - 1] in '“"':
        text = "“" + text  # ('“双师型”教师培养专题培训': the name opens with a quoted word)
    while text[:1] in "(（" and not _closes(text):
        text = text[1:]
    while text[-1:] in ")）" and text.count(")") + text.count("）") > text.count("(") + text.count("（"):
        text = text[:-1]
    return text.strip()


def _closes(text: str) -> bool:
    return text.count(")") + text.count("）") >= text.count("(") + text.count("（")


@dataclass
class Draft:
    """What extractors found so far, by contract key ('title', 'patent.number', ...); first finding wins."""

    hits: dict[str, Hit] = field(default_factory=dict)
    people: list[tuple[dict[str, Any], Hit]] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)
    contents: list[dict[str, Any]] | None = (
        None  # the articles a contents page lists (bylines.contents_articles)
    )

    def put(self, key: str, hit: Hit | None) -> None:
        if hit is not None and hit.value not in (None, "", []) and key not in self.hits:
            self.hits[key] = hit

    def has(self, key: str) -> bool:
        return key in self.hits
