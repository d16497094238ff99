"""Training proofs: certificates (结业证书, 学时证明), notices (通知, 邀请函, 日程) and sign-in sheets (签到表)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.categories import stated_category
from extractors.fields import Draft, Hit, clean_value, labelled, ocr_factor
from extractors.generic import ORG, all_dates, common, holder, labelled_issuer, period
from extractors.people import split_names
from extractors.text import Row, cjk_punct, flows

_TITLE_LABEL = (
    r"培训项目|培训名称|培训班名称|项目名称|课程名称|培训内容|会议名称|培训主题|活动名称|讲座名称|培训班次"
)
_FLOW_TITLES = (
    (re.compile(r"《([^》]{4,50})》"), 0.9),
    (re.compile(r"举办的[“\"]?([^，,。；;“”\"]{4,50}?)[”\"]?(?:[，,。；;]|$)"), 0.9),
    (
        re.compile(
            r"(?:参加|完成)了?[“\"]?((?:\d{4}年)?[^，,。；;由“”\"]{4,50}?(?:培训班|研修班|培训|课程|讲座|会议|论坛|进修班|学习班))"
        ),
        0.85,
    ),
    (re.compile(r"关于(?:举办|召开|开展|组织)(.{4,50}?)的(?:通知|邀请函)"), 0.9),
    (
        re.compile(
            r"(?:决定|定于|将于|拟于)[^，,。；;]{0,40}?(?:举办|召开|开展|组织)([^，,。；;]{4,50}?)(?:[，,。；;]|$)"
        ),
        0.85,
    ),
)
_ORGANISER = re.compile(r"由\s*([^，,。；;]{3,40}?)\s*(?:举办|主办|组织|承办)")


# A schedule or course table headed by the training's name: 'XX培训日程安排', 'XX研修班课程表'.
_TABLE_HEADING = re.compile(r"^(.{4,50}?)\s*(?:日程安排|日程表|课程安排|课程表|会议议程|议程安排)(?:表)?$")


# A table's header row ('序号 课程名称 课程类别 学时 考核结果') labels columns, not the training.
_TABLE_HEAD = re.compile(r"序\s*号|课程类别|学\s*时|考核结果|成\s*绩|学\s*分|考核方式|完成时间")
# Where a training's name ends; a labelled name ending otherwise may carry on to the next row.
_TITLE_END = re.compile(r"(?:班|培训|课程|讲座|会议|论坛|学习|研修|专题|项目|活动|[)）”\"》])$")


def training_title(rows: Sequence[Row]) -> Hit | None:
    for hit in labelled(rows, _TITLE_LABEL):
        if len(_TABLE_HEAD.findall(hit.row.text)) >= 2:
            continue
        value = cjk_punct(clean_value(hit.value.replace(" ", "")))
        if _TABLE_HEAD.search(value):
            continue
        return _wrapped(rows, hit, value)
    return _flow_title(rows) or _heading_title(rows)


def _wrapped(rows: Sequence[Row], hit: Hit, value: str) -> Hit:
    """A labelled name printed on two rows: the next row, when it has no label, date or table cells of its own."""
    at = next((i for i, r in enumerate(rows) if r is hit.row), None)
    if at is None or at + 1 >= len(rows) or _TITLE_END.search(value) or len(value) < 6:
        return hit.with_value(value)
    below = rows[at + 1]
    text = below.compact
    if (
        below.page != hit.row.page
        or re.search(r"[:：|]|\d{4}\s*[年.\-/]", below.text)
        or _TABLE_HEAD.search(text)
        or not 2 <= len(text) <= 24
    ):
        return hit.with_value(value)
    return hit.with_value(cjk_punct(clean_value(value + text)), 0.9 * hit.conf)


def _heading_title(rows: Sequence[Row]) -> Hit | None:
    for row in rows[:3]:
        m = _TABLE_HEADING.match(row.text)
        if m:
            value = cjk_punct(clean_value(m.group(1).replace(" ", "")))
            return Hit(value, 0.85 * ocr_factor(row), row, m.start(1), m.end(1))
    return None


def _flow_title(rows: Sequence[Row]) -> Hit | None:
    for pattern, conf in _FLOW_TITLES:
        for flow in flows(rows):
            m = pattern.search(flow.text)
            if m:
                value = cjk_punct(clean_value(m.group(1).replace(" ", "")))
                return Hit(value, conf * ocr_factor(flow), flow, m.start(1), m.end(1))
    return None


def organiser(rows: Sequence[Row]) -> Hit | None:
    for flow in flows(rows):
        m = _ORGANISER.search(flow.text)
        if m and ORG.fullmatch(m.group(1).replace(" ", "")):
            return Hit(
                cjk_punct(m.group(1).replace(" ", "")), 0.85 * ocr_factor(flow), flow, m.start(1), m.end(1)
            )
    return None


def training_certificate(rows: Sequence[Row], draft: Draft) -> None:
    holder(rows, draft)
    draft.put("title", training_title(rows))
    draft.put("issuer", organiser(rows))
    draft.put("period", period(rows))
    common(rows, draft)
    draft.put("category_stated", stated_category(rows))


def training_notice(rows: Sequence[Row], draft: Draft) -> None:
    draft.put("title", training_title(rows))
    draft.put("period", period(rows))
    common(rows, draft)
    draft.put("issuer", organiser(rows))
    draft.put("category_stated", stated_category(rows))


# ---- sign-in sheets -------------------------------------------------------------------------------------

_NAME_HEADER = re.compile(r"姓\s*名")
_SIGN_HEADER = re.compile(r"签\s*[名字到]")
_HEADER_WORDS = re.compile(
    r"序\s*号|姓\s*名|性\s*别|单\s*位|工作单位|职\s*[称务]|科\s*室|签\s*[名字到]|联系电话|电\s*话|备\s*注|身份证号"
)
_SHEET_TITLE = re.compile(r"(.{2,60}?)\s*(?:签\s*到\s*[表册单]|考勤表|参会人员名单)")


def _column(header: Row, at: re.Match[str]) -> tuple[float, float]:
    """x-range of the header cell found at `at`: from halfway to the previous header to halfway to the next."""
    heads = [m for m in _HEADER_WORDS.finditer(header.text)]
    idx = next(i for i, m in enumerate(heads) if m.start() == at.start())
    x0 = header.bbox(at.start(), at.end())[0]
    x1 = header.bbox(at.start(), at.end())[2]
    left = header.bbox(heads[idx - 1].start(), heads[idx - 1].end())[2] if idx > 0 else x0 - (x1 - x0)
    right = (
        header.bbox(heads[idx + 1].start(), heads[idx + 1].end())[0]
        if idx + 1 < len(heads)
        else x1 + 3 * (x1 - x0)
    )
    return (x0 + left) / 2, (x1 + right) / 2


def _cell(row: Row, span: tuple[float, float]) -> tuple[int, int] | None:
    inside = [
        i for i, b in enumerate(row.boxes) if span[0] <= (b[0] + b[2]) / 2 <= span[1] and row.text[i] != " "
    ]
    return (inside[0], inside[-1] + 1) if inside else None


_SERIAL_HEADER = re.compile(r"序\s*号")


Columns = dict[str, tuple[float, float]]
Found = tuple[dict[str, object], Hit]
Slot = tuple[Found | None, int, int | None]  # a table row's attendee (if read), its position and its 序号


def _blocks(header: Row) -> list[Columns]:
    """x-ranges of the serial, name and signature columns of each block of a header row.

    A wide sheet prints two tables side by side ('序号 姓名 单位 | 序号 姓名 单位'): one block per 姓名
    (else per 签名) heading, each taking the 序号 and 签名 headings between it and its neighbours.
    """
    anchor = _NAME_HEADER if _NAME_HEADER.search(header.text) else _SIGN_HEADER
    starts = [m.start() for m in anchor.finditer(header.text)]
    bounds = [0, *starts[1:], len(header.text)]
    blocks: list[Columns] = []
    for i, at in enumerate(starts):
        lo, hi = (bounds[i] if i else 0), bounds[i + 1]
        # A block's 序号 sits just before its 姓名, so it belongs to the block on the right.
        serial = [m for m in _SERIAL_HEADER.finditer(header.text) if lo <= m.start() < at]
        if i + 1 < len(starts):
            hi = max((m.start() for m in _SERIAL_HEADER.finditer(header.text, at, hi)), default=hi)
            bounds[i + 1] = hi
        cols = {}
        for key, m in (
            ("serial", serial[-1] if serial else None),
            ("name" if anchor is _NAME_HEADER else "sign", anchor.search(header.text, at)),
            ("sign", _SIGN_HEADER.search(header.text, at, hi) if anchor is _NAME_HEADER else None),
        ):
            if m is not None:
                cols[key] = _column(header, m)
        blocks.append(cols)
    return blocks


def attendees(rows: Sequence[Row]) -> list[Found]:
    """Names from the 姓名 column (else the 签名 column) of every table block, ranked by 序号 or by row.

    Blocks are read in printed order: a page's left block, then its right block, then the next table.
    """
    tables: list[list[list[Slot]]] = []
    header: Row | None = None
    blocks: list[Columns] = []
    for row in rows:
        if len(_HEADER_WORDS.findall(row.text)) >= 2 and (
            _NAME_HEADER.search(row.text) or _SIGN_HEADER.search(row.text)
        ):
            header, blocks = row, _blocks(row)
            tables.append([[] for _ in blocks])
            continue
        if header is None or row.page != header.page:
            continue
        for cols, found in zip(blocks, tables[-1], strict=True):
            if any(_cell(row, span) for span in cols.values()):
                position = len(found) + 1
                people = _attendee(row, cols, position)
                found.append((people[0] if people else None, position, _serial(row, cols)))
    return _ranked([block for table in tables for block in table])


def _ranked(blocks: list[list[Slot]]) -> list[Found]:
    # OCR misreads small serial digits (9 as 6): trust a serial only near the row's position.
    out: list[Found] = []
    offset = 0
    for block in blocks:
        for found, position, serial in block:
            if found is None or found[0]["name"] in {p["name"] for p, _ in out}:
                continue
            rank = offset + position
            if serial and abs(serial - rank) <= 2 and serial not in {p["rank"] for p, _ in out}:
                rank = serial
            found[0]["rank"] = rank
            out.append(found)
        offset += len(block)
    return out


def _serial(row: Row, cols: dict[str, tuple[float, float]]) -> int | None:
    cell = _cell(row, cols["serial"]) if "serial" in cols else None
    digits = re.sub(r"\D", "", row.text[cell[0] : cell[1]]) if cell else ""
    return int(digits) if digits and 0 < int(digits) < 1000 else None


def _attendee(
    row: Row, cols: dict[str, tuple[float, float]], position: int
) -> list[tuple[dict[str, object], Hit]]:
    # A printed name first; a handwritten signature (brush script, harder to read) when the name cell is empty.
    for key, weight in (("name", 1.0), ("sign", 0.8)):
        cell = _cell(row, cols[key]) if key in cols else None
        names = split_names(row.text[cell[0] : cell[1]], loose=True) if cell else []
        if cell and names:
            n = names[0]
            hit = Hit(n.text, weight * n.conf * ocr_factor(row), row, cell[0] + n.start, cell[0] + n.end)
            return [({"name": n.text, "rank": position, "role": "attendee"}, hit)]
    return []


def sheet_title(rows: Sequence[Row]) -> Hit | None:
    for row in rows[:6]:
        m = _SHEET_TITLE.search(row.text)
        if m:
            value = cjk_punct(clean_value(m.group(1).replace(" ", "")))
            return Hit(value, 0.9 * ocr_factor(row), row, m.start(1), m.end(1))
    return training_title(rows)


def sign_in_sheet(rows: Sequence[Row], draft: Draft) -> None:
    draft.put("title", sheet_title(rows))
    draft.put("period", period(rows, r"培训时间|会议时间|活动时间|签到时间|日\s*期|时\s*间") or one_day(rows))
    draft.people += attendees(rows)
    draft.put("issuer", labelled_issuer(rows) or organiser(rows))
    draft.put("category_stated", stated_category(rows))


def one_day(rows: Sequence[Row]) -> Hit | None:
    """A sheet for one session prints one date: the period starts and ends on it."""
    found = sorted(all_dates(rows[:8]), key=lambda h: h.value.month_only)  # a full date before a bare month
    for hit in found:
        d = hit.value
        return hit.with_value({"start": d.iso, "end": d.end_iso})
    return None
