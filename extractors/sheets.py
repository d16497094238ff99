"""Sign-in sheets (签到表): the training's name and date, and the attendees read from the name or signature column."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.categories import stated_category
from extractors.dates import find_dates
from extractors.fields import Draft, Hit, clean_value, labelled, ocr_factor, with_continuation
from extractors.generic import (
    ORG,
    all_dates,
    labelled_issuer,
    letterhead_issuer,
    period,
    posted_issuer,
    sealed_issuer,
)
from extractors.people import SURNAMES, people_from, person_name, split_names
from extractors.text import Row, cjk_punct, is_cjk
from extractors.training import labelled_title, organiser, training_title

_NAME_HEADER = re.compile(
    r"姓\s*名|(?:参会|参训|与会|参加)人员(?=\s|$)|(?:小组|课题组|项目组)成员(?=\s|$)|(?:主要)?完成人(?=\s|$)|"
    r"用户昵称(?=\s|$)"  # (a video meeting's export names each attendee by the name they joined with)
)
# A table's serial column (序号, or a team's 排名 / 排序 / 名次).
_SERIAL_HEADER = re.compile(r"序\s*号|排\s*名|排\s*序|名\s*次")
# ('本人签名': whoever signs)
_SIGN_HEADER = re.compile(r"(?:(?:本人|亲笔|学员|参会人|参训人)\s*)?签\s*[名字到]")
# Column headings: the serial's, the name's and the signature's above, and the table's other columns.
_HEADER_WORDS = re.compile(
    rf"{_SERIAL_HEADER.pattern}|{_NAME_HEADER.pattern}|{_SIGN_HEADER.pattern}|"
    r"性\s*别|单\s*位|工作单位|职\s*[称务]|科\s*室|联系电话|电\s*话|备\s*注|身份证号|"
    r"学\s*校|部\s*门|岗\s*位|手\s*机|联系方式|学\s*历|年\s*龄|乡\s*镇|所在单位|学\s*科|年\s*级|班\s*级|"
    r"入会时间|参会时长|完成单位|分\s*工|承担任务"
)
_SHEET_TITLE = re.compile(r"(.{2,60}?)\s*(?:签\s*到\s*[表册单簿]|考勤表|参会人员名单|签\s*到$)")
_SHEET_NOUN = re.compile(r"^\s*(?:签\s*到\s*[表册单簿]?|考\s*勤\s*表)\s*$")


def _column(header: Row, at: re.Match[str]) -> tuple[float, float]:
    """x-range of the header cell found at `at`: from halfway to the previous header to halfway to the next."""
    # (the heading itself among them, whichever pattern found it)
    heads = sorted(
        {m.start(): m for m in [*_HEADER_WORDS.finditer(header.text), at]}.values(), key=lambda m: m.start()
    )
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


def _whole_words(row: Row, cell: tuple[int, int]) -> tuple[int, int]:
    """The cell widened to the OCR words it cuts: a signature written wider than its column stays whole."""
    a, b = cell
    while b < len(row.text) and row.text[b] != " ":
        b += 1
    while a > 0 and row.text[a - 1] != " ":
        a -= 1
    # A last character written apart, just past the column's edge ('张晓 丽'), but not the next column's cell.
    if (
        b + 1 < len(row.text)
        and is_cjk(row.text[b + 1])
        and (b + 2 == len(row.text) or row.text[b + 2] == " ")
    ):
        height = row.boxes[b - 1][3] - row.boxes[b - 1][1]
        if row.boxes[b + 1][0] - row.boxes[b - 1][2] < height:
            b += 2
    return a, b


_NOISE = re.compile(r"[^\u4e00-\u9fff·]")


# A meeting app's nickname: the name with the workplace joined by a dash or in brackets.
_NICKNAME = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{2,20}\s*[-－—]\s*(?P<a>[\u4e00-\u9fff·]{2,4})|(?P<b>[\u4e00-\u9fff·]{2,4})\s*"
    r"(?:[-－—]\s*[\u4e00-\u9fff]{2,20}|[（(][\u4e00-\u9fff]{2,20}[)）]))\s*$"
)


def _nickname(row: Row, cell: tuple[int, int]) -> tuple[str, int, int, float] | None:
    m = _NICKNAME.match(row.text[cell[0] : cell[1]])
    g = ("a" if m["a"] else "b") if m else None
    if m is None or g is None:
        return None
    found = split_names(m[g])
    if len(found) != 1 or found[0].text != m[g]:
        return None
    return m[g], cell[0] + m.start(g), cell[0] + m.end(g), 0.8 * found[0].conf


def _cell_name(row: Row, cell: tuple[int, int]) -> tuple[str, int, int, float] | None:
    """The one name a cell holds. A brush name OCR split into boxes ('罗思 远', '黄 志 文') or dotted with stray
    marks is joined back: the most leading pieces that make a surname-led name, else 2-4 characters loosely."""
    text = row.text[cell[0] : cell[1]]
    if (nick := _nickname(row, cell)) is not None:
        return nick
    pieces = list(re.finditer(r"\S+", text))
    for k in range(len(pieces), 0, -1):
        chars = _NOISE.sub("", "".join(p.group(0) for p in pieces[:k]))
        if 2 <= len(chars) <= 4 and [n.text for n in split_names(chars)] == [chars]:
            joined = k == 1 and chars == pieces[0].group(0)
            return (
                chars,
                cell[0] + pieces[0].start(),
                cell[0] + pieces[k - 1].end(),
                0.9 * (1.0 if joined else 0.85),
            )
    chars = _NOISE.sub("", text)
    if 2 <= len(chars) <= 4 and [n.text for n in split_names(chars, loose=True)] == [chars]:
        return chars, cell[0], cell[1], 0.55
    names = split_names(text, loose=True)
    # A long minority name (图门吉日嘎拉, 那仁满都拉) alone in the cell, unless it cuts into names each led by a
    # common surname (OCR ran two cells together): no surname rule vouches for it, so it is unsure.
    alone = person_name(chars) if 5 <= len(chars) <= 6 and " " not in text.strip() else None
    if alone and not (len(names) > 1 and all(SURNAMES.find(n.text[0]) < 100 for n in names)):
        return alone[0], cell[0], cell[1], 0.5
    if not names:
        return None
    n = names[0]
    return n.text, cell[0] + n.start, cell[0] + n.end, n.conf


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
        if _header_row(row):
            header, blocks = row, _blocks(row)
            tables.append([[] for _ in blocks])
            continue
        if header is None or row.page != header.page:
            continue
        if re.fullmatch(
            r"\s*(?:第\s*\d+\s*页\s*)?(?:共\s*\d+\s*页)?\s*|\s*[(（]\s*续\s*表?\s*[)）]\s*", row.text
        ):
            continue  # a page's foot ('第1页共2页') or the table's continuation note, no row of it
        if re.search(r"[，。；,;]", row.text) and len(row.compact) > 20:
            header = None  # a sentence under the table ends it ('经组织专家验收，该项目…')
            continue
        # (or the one who kept or chaired it, '记录人：冯国英', '会务联系人：… 电话：…', '主持人：芮春怡', '主讲人：贾红铭 记录人：',
        # '负责人签字：孟广')
        if (
            re.search(
                r"(?:单位|盖章)\s*[)）]?\s*[:：]"
                r"|^\s*[\u4e00-\u9fff]{0,3}(?:记录|制表|填表|审核|统计|联系|经办|签到负责|主持|主讲|授课|负责|培训负责|带队)\s*人\s*(?:签字|签名|签章)?\s*[:：]"
                # (the head count: '应到11人，实到8人。', '共14人', '合计：14人')
                r"|^\s*(?:应到|实到|应参加|实参加|共计?|合\s*计|总\s*计)\s*[:：]?\s*\d{1,3}\s*人"
                # (the panel that signed under a team's table: '专家组组长: 高梅鹏', '专家组成员：…')
                r"|^\s*[\u4e00-\u9fff]{0,6}(?:组长|专家组成员|专家签[字名])\s*[:：]"
                r"|^\s*(?:会务|培训)?(?:联系电话|联系方式|咨询电话|电\s*话|地\s*址|邮\s*箱)\s*[:：]"  # (a footer)
                r"|^\s*[\u4e00-\u9fff（）()]{4,14}\s*[:：]\s*$",  # (the next section's heading: '项目完成情况摘要：')
                row.text,
            )
            or re.match(r"\s*(?:[一二三四五六七八九十]+\s*[、.．]|(?:备\s*注|注|说\s*明)\s*[:：])", row.text)
        ):
            # the signing block under the table ('主办单位（盖章）：…'), a note ('备注：…'), the next section ('二、…')
            header = None
            continue
        for cols, found in zip(blocks, tables[-1], strict=True):
            if merged := _merged_rows(row, cols, len(found)):
                found.extend(merged)
            elif any(_cell(row, span) for span in cols.values()):
                position = len(found) + 1
                people = _attendee(row, cols, position)
                found.append((people[0] if people else None, position, _serial(row, cols)))
    return _ranked([block for table in tables for block in table])


def _merged_rows(row: Row, cols: Columns, done: int) -> list[Slot]:
    """Several table rows OCR read as one ('7 8 9 金飞怡赵琳然韦建 金飞怡赵琳然韦建'): consecutive serials in the
    serial cell and as many names glued in the name cell, one slot each, less sure than a row read alone."""
    serial = _cell(row, cols["serial"]) if "serial" in cols else None
    name = _cell(row, cols["name"]) if "name" in cols else None
    if serial is None or name is None:
        return []
    cell = row.text[serial[0] : serial[1]]
    if not re.fullmatch(r"\s*\d{1,3}(?:\s+\d{1,3})+\s*", cell):
        return []
    numbers = [int(n) for n in cell.split()]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return []
    start, end = _whole_words(row, name)
    names = split_names(row.text[start:end])
    if len(names) != len(numbers) or any(len(n.text) > 4 for n in names):
        return []
    return [
        (
            (
                {"name": n.text, "rank": done + i + 1, "role": "attendee"},
                Hit(n.text, 0.7 * n.conf * ocr_factor(row), row, start + n.start, start + n.end),
            ),
            done + i + 1,
            number,
        )  # fmt: skip
        for i, (n, number) in enumerate(zip(names, numbers, strict=True))
    ]


def _header_row(row: Row) -> bool:
    """A table's header: two or more column headings, one of them 姓名 or 签名, each opening a cell or following
    another heading (a row of the table is no header for naming a 中等职业学校 and its 已签到)."""
    starts = {0, *(m.end() for m in re.finditer(r"\s+", row.text))}
    heads, end = [], -1
    for m in _HEADER_WORDS.finditer(row.text):
        if m.start() in starts or m.start() == end:
            heads.append(m.group(0))
        end = m.end()
    return (
        len(heads) >= 2
        and any(_NAME_HEADER.match(h) or _SIGN_HEADER.match(h) for h in heads)
        and not _form_row(row)
    )


def _form_row(row: Row) -> bool:
    """A form's row that fills its cells ('姓名 何晓 性别 女'), not a table's header: a name follows 姓名."""
    m = re.search(r"姓\s*名\s*[:：]?\s*([\u4e00-\u9fff·]{2,6})(?![\u4e00-\u9fff])", row.text)
    # (a heading in the cell after 姓名 is the next column's, '课题组分工', however name-like its length)
    return bool(m and not _HEADER_WORDS.search(m.group(1)) and person_name(m.group(1)))


def _ranked(blocks: list[list[Slot]]) -> list[Found]:
    # OCR misreads small serial digits (9 as 6): trust a serial only near the row's position, unless the
    # serials of blocks side by side are all there, each once ('1 贺芬 2 傅玉淑' / '3 马博 4 熊芝': numbered
    # across the row, not down each block).
    slots = [(found, serial) for block in blocks for found, _, serial in block if found is not None]
    serials = [serial for _, serial in slots]
    names = {found[0]["name"] for found, _ in slots}
    if (
        len(blocks) > 1
        and len(slots) > 1
        and len(names) == len(slots)  # (each name once: a name signed twice is placed as below)
        and sorted(s or 0 for s in serials) == list(range(1, len(slots) + 1))
    ):
        for found, serial in slots:
            found[0]["rank"] = serial
        return [found for found, _ in sorted(slots, key=lambda slot: slot[1] or 0)]
    out: list[Found] = []
    offset = 0
    for block in blocks:
        if not any(found for found, _, _ in block):
            continue  # a row taken for a header whose 'table' held no names holds no places either
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
    named = _attendee_in(row, cols, position, "name", 1.0)
    if not named or "sign" not in cols:
        return named or _attendee_in(row, cols, position, "sign", 0.8)
    # The name signed beside it, one character apart, led by a known surname where the printed one's is not
    # ('勒凤柏 … 鞠凤柏': OCR misread the print): the signature is the better reading, though unsure.
    signed = _attendee_in(row, cols, position, "sign", 0.8)
    name, other = str(named[0][0]["name"]), str(signed[0][0]["name"]) if signed else ""
    if (
        len(other) == len(name)
        and sum(a != b for a, b in zip(name, other, strict=True)) == 1
        and name[0] != other[0]
        and name[0] not in SURNAMES
        and other[0] in SURNAMES
    ):
        person, hit = signed[0]
        return [(person, hit.with_value(hit.value, 0.8 * hit.conf))]
    return named


def _attendee_in(
    row: Row, cols: dict[str, tuple[float, float]], position: int, key: str, weight: float
) -> list[tuple[dict[str, object], Hit]]:
    """The name in the row's `key` column ('name' or 'sign'), its confidence scaled by `weight`."""
    cell = _cell(row, cols[key]) if key in cols else None
    if cell is None:
        return []
    wide = _whole_words(row, cell)
    # The widened cell first; a name cut at the column's edge is less sure than one inside it.
    for span, edge in ((wide, 0.85 if wide != cell else 1.0), (cell, 0.8)):
        found = _cell_name(row, span)
        if found is not None:
            name, start, end, conf = found
            hit = Hit(name, weight * edge * conf * ocr_factor(row), row, start, end)
            return [({"name": name, "rank": position, "role": "attendee"}, hit)]
    # A photo taken at a slant shifts the lower rows against the header: the name may sit one cell to the
    # left of its column ('17 刘波 男 …' with 男 under 姓名), after the serial.
    before = re.match(r"\s*\d{1,3}\s+([\u4e00-\u9fff·]{2,4})\s+$", row.text[: wide[0]])
    if key == "name" and before is not None:
        found = _cell_name(row, (before.start(1), before.end(1)))
        if found is not None and found[3] >= 0.85:
            name, start, end, conf = found
            hit = Hit(name, 0.7 * conf * ocr_factor(row), row, start, end)
            return [({"name": name, "rank": position, "role": "attendee"}, hit)]
    return []


# Who signs, printed between the event's name and 签到表: '…讲座参会人员签到表', '…报告会学员签到表'.
# ('…培训学员签到册' keeps its 培训: the signers are its 学员; '…学术年会学员考勤签到表': what is signed for)
_SIGNERS = re.compile(
    r"(?:(?:(?:参会|参训|参加|与会|听课|出席)(?:人员|代表|学员|教师)|学员)\s*(?:考勤|报到)?|考勤)$"
)


def _labelled_event(rows: Sequence[Row]) -> Hit | None:
    """The event named by a label over the table ('活动名称：X', '活动：X'), whatever the heading says."""
    named = labelled_title(rows[:8])
    return named if named is not None and not _header_row(named.row) else None


def sheet_title(rows: Sequence[Row]) -> Hit | None:
    # a notebook's first row: the day, then what was held ('2022年3月20日 新课程标准背景下…课堂教学改进')
    first = find_dates(rows[0].text) if rows else []
    rest = rows[0].text[first[0].end :].strip() if first and first[0].start == 0 else ""
    if re.fullmatch(r"[\u4e00-\u9fff“”《》（）()]{8,50}", rest):
        return Hit(
            cjk_punct(rest),
            0.75 * ocr_factor(rows[0]),
            rows[0],
            len(rows[0].text) - len(rest),
            len(rows[0].text),
        )
    for row, under in zip(rows[:5], rows[1:6], strict=False):
        # '签到表' over '（2020年…培训班）': the event's name in brackets under the noun
        m = re.fullmatch(r"\s*[(（]\s*([^()（）:：]{4,50}?)\s*[)）]\s*", under.text)
        if _SHEET_NOUN.match(row.text) and under.page == row.page and m:
            value = cjk_punct(clean_value(m.group(1).replace(" ", "")))
            return Hit(value, 0.85 * ocr_factor(under), under, m.start(1), m.end(1))
    for i, row in enumerate(rows[1:6], 1):
        # The event's name as a heading of its own above a '签到表' row.
        above = rows[i - 1]
        if _SHEET_NOUN.match(row.text) and above.page == row.page and 4 <= len(above.compact) <= 50:
            if not re.search(r"[:：]|\d{1,2}\s*[:：]\d{2}", above.text):
                return Hit(
                    cjk_punct(clean_value(above.compact)), 0.85 * ocr_factor(above), above, 0, len(above.text)
                )
    for i, row in enumerate(rows[:6]):
        m = _SHEET_TITLE.search(row.text)
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        if nxt is not None and nxt.page == row.page and re.match(r"\s*到\s*[表册单]", nxt.text):
            # the heading wrapped inside 签到表 ('…研修班学员签' / '到表')
            m = re.match(r"(.{2,60}?)\s*签\s*$", row.text) or m
        if m and re.match(r"\s*[，,。！!？?]", row.text[m.end() :]):
            continue  # a chat's message about the sheet ('今天的签到表，大家核对一下'), no heading
        if m:
            value = cjk_punct(clean_value(m.group(1).replace(" ", "")))
            value = _SIGNERS.sub("", value) if len(_SIGNERS.sub("", value)) >= 4 else value
            if _SIGNERS.fullmatch(value) or len(value) < 4:
                # '会议签到表' over '会议名称 X': the labelled name
                named = labelled_title(rows)
                if named is not None:
                    return named
                # '参训人员签到表' under or over the event's name: the heading above names it, else the row below.
                heading = rows[i - 1] if i else None
                if heading is not None and heading.page == row.page and 4 <= len(heading.compact) <= 50:
                    if not re.search(r"[:：]", heading.text):
                        return Hit(
                            cjk_punct(clean_value(heading.compact)),
                            0.8 * ocr_factor(heading),
                            heading,
                            0,
                            len(heading.text),
                        )
                below = _name_below(rows, i)
                if below is not None:
                    return below
                continue
            return Hit(value, 0.9 * ocr_factor(row), row, m.start(1), m.start(1) + len(value))
    return training_title(rows)


def _name_below(rows: Sequence[Row], at: int) -> Hit | None:
    if at + 1 >= len(rows):
        return None
    below = rows[at + 1]
    text = below.compact
    if re.search(r"[:：]|序\s*号|姓\s*名|编\s*号", below.text) or not 4 <= len(text) <= 50:
        return None
    return Hit(cjk_punct(clean_value(text)), 0.8 * ocr_factor(below), below, 0, len(below.text))


# A sheet without a table: '参会人员签名：' and then rows of names set apart by blanks, read row by row.
_FREE_HEAD = re.compile(r"(?:签\s*[名到]|参会人员|参训人员|与会人员|人员名单|学员名单)\s*[:：]?\s*$")


def free_attendees(rows: Sequence[Row]) -> list[Found]:
    out: list[Found] = []
    for i, row in enumerate(rows):
        if not _FREE_HEAD.search(row.text):
            continue
        for below in rows[i + 1 :]:
            if below.page != row.page:
                break
            pieces = list(re.finditer(r"\S+", below.text))
            names = [(p, split_names(p.group(0), listed=True)) for p in pieces]
            if not pieces or any(len(n) != 1 or n[0].text != p.group(0) for p, n in names):
                break
            for p, (n,) in names:
                hit = Hit(n.text, n.conf * 0.9 * ocr_factor(below), below, p.start(), p.end())
                out.append(({"name": n.text, "rank": len(out) + 1, "role": "attendee"}, hit))
        if out:
            return out
    return out


# '1. 张丽 庆云县老城镇林业站', '3.隋春军 …', '2 常秋菊 信息技术组': a numbered list of signers with their
# workplaces, no table header
# ('3.熊思红 (宁津县)', or the bracket right after the name: '2.曾亮怡(宁津县）')
_NUMBERED = re.compile(r"^\s*(\d{1,3})\s*(?:[.、．]\s*|\s+)([\u4e00-\u9fff·]{2,6})(?:\s+\S.*|\s*[（(].*)?$")
_UNNUMBERED = re.compile(r"^\s*([\u4e00-\u9fff·]{2,6})\s+\S.*$")


def numbered_attendees(rows: Sequence[Row]) -> list[Found]:
    out: list[Found] = []
    for i, row in enumerate(rows):
        m = _NUMBERED.match(row.text)
        names = split_names(m.group(2)) if m else []
        if not (m and len(names) == 1 and names[0].text == m.group(2)):
            if out:
                break
            continue
        if not out and int(m.group(1)) == 2 and i and (first := _UNNUMBERED.match(rows[i - 1].text)):
            # the first row's serial lost ('曾德华 信息技术组' over '2 常秋菊 …')
            lead = split_names(first.group(1))
            if len(lead) == 1 and lead[0].text == first.group(1):
                hit = Hit(
                    first.group(1),
                    lead[0].conf * 0.7 * ocr_factor(rows[i - 1]),
                    rows[i - 1],
                    first.start(1),
                    first.end(1),
                )
                out.append(({"name": first.group(1), "rank": 1, "role": "attendee"}, hit))
        if int(m.group(1)) != len(out) + 1:
            if out:
                break
            continue
        hit = Hit(m.group(2), names[0].conf * 0.85 * ocr_factor(row), row, m.start(2), m.end(2))
        out.append(({"name": m.group(2), "rank": len(out) + 1, "role": "attendee"}, hit))
    return out if len(out) >= 2 else _gapped_serials(rows)


_GRID_CELL = re.compile(r"(\d{1,3})\s*[.、．]\s*([\u4e00-\u9fff·]{2,4})(?=\s|$)")


def numbered_grid(rows: Sequence[Row]) -> list[Found]:
    """Names signed in a grid, each after its number ('1. 徐华宏 2. 钟树庆 3. 雷雪嘉' / '4. 韦洁 …'), read in the
    numbers' order while they run on one by one."""
    out: list[Found] = []
    for row in rows:
        cells = list(_GRID_CELL.finditer(row.text))
        covered = "".join(row.text[c.start() : c.end()] for c in cells)
        if not cells or len(re.sub(r"\s", "", covered)) != len(row.compact):
            if out:
                break
            continue
        for c in cells:
            found = person_name(c.group(2))
            if int(c.group(1)) != len(out) + 1 or found is None or found[0] != c.group(2):
                return out if len(out) >= 3 else []
            hit = Hit(found[0], found[1] * 0.85 * ocr_factor(row), row, c.start(2), c.end(2))
            out.append(({"name": found[0], "rank": len(out) + 1, "role": "attendee"}, hit))
    return out if len(out) >= 3 else []


def listed_attendees(rows: Sequence[Row]) -> list[Found]:
    """A meeting's record naming who attended under a label ('参加人员：A、B、…'), the list wrapping on."""
    hits = list(labelled(rows, r"(?:参加|参会|出席|与会)人员", next_row=False))
    listed = with_continuation(rows, hits[:1])
    found = people_from(listed, "attendee", listed=True) if listed else []
    return found if len(found) >= 2 else []


def _gapped_serials(rows: Sequence[Row]) -> list[Found]:
    """Rows of a name and a workplace whose small serials OCR lost here and there ('白若茹 杞县…' / '5 郭可伟 …'):
    one list when every serial read is the row's place in it and at least half of the rows kept theirs."""
    for i in range(len(rows)):
        out: list[Found] = []
        numbered = 0
        for row in rows[i:]:
            m = _NUMBERED.match(row.text)
            if m is not None and int(m.group(1)) != len(out) + 1:
                break
            name, start = (m.group(2), m.start(2)) if m else (None, 0)
            if m is None and (bare := _UNNUMBERED.match(row.text)) is not None:
                name, start = bare.group(1), bare.start(1)
            names = split_names(name) if name and row.page == rows[i].page else []
            if not (len(names) == 1 and names[0].text == name):
                break
            numbered += m is not None
            hit = Hit(
                name, names[0].conf * (0.8 if m else 0.7) * ocr_factor(row), row, start, start + len(name)
            )
            out.append(({"name": name, "rank": len(out) + 1, "role": "attendee"}, hit))
        if len(out) >= 4 and numbered >= 3 and 2 * numbered >= len(out):
            return out
    return []


def dated_host(rows: Sequence[Row]) -> Hit | None:
    """The host under the sheet's heading, after the day: '2024.11.22 庆云县疾病预防控制中心' (a chat's
    screenshot prints the sender and a message above the heading)."""
    for row in rows[:8]:
        found = find_dates(row.text)
        rest = row.text[found[0].end :].strip() if found and found[0].start <= 1 else ""
        if rest and ORG.fullmatch(rest.replace(" ", "")):
            return Hit(
                cjk_punct(rest.replace(" ", "")), 0.75 * ocr_factor(row), row, found[0].end, len(row.text)
            )
        # or before it, set apart by a dot or a bar: '泰安市统计局·2021-06-20·201教室'
        before = re.match(r"^\s*(.{4,40}?)\s*[·・•|｜/]\s*$", row.text[: found[0].start]) if found else None
        if before and ORG.fullmatch(host := before.group(1).replace(" ", "")):
            return Hit(cjk_punct(host), 0.75 * ocr_factor(row), row, before.start(1), before.end(1))
    return None


def grid_attendees(rows: Sequence[Row]) -> list[Found]:
    """A book of signatures without a table ('签到簿', a line of who and when, then rows of names set apart by
    blanks): the names read row by row, from the first row made only of two or more names."""
    at = next(
        (
            i
            for i, r in enumerate(rows[:6])
            if _SHEET_NOUN.match(r.text) or re.fullmatch(r"\s*(?:参会|参训|与会)人员\s*签\s*到\s*", r.text)
        ),
        None,
    )
    if at is None:
        return []
    out: list[Found] = []
    skipped = 0
    for below in rows[at + 1 :]:
        if below.page != rows[at].page:
            break
        pieces = list(re.finditer(r"\S+", below.text))
        names = [(p, split_names(p.group(0), listed=True)) for p in pieces]
        sure = [len(n) == 1 and n[0].text == p.group(0) and n[0].conf >= 0.9 for p, n in names]
        # a row of three or more where one piece alone is led by no known surname ('尉霞 勒文琪 鞠春燕'):
        # that piece is a name misread, kept in its place, unsure
        odd = (
            len(pieces) >= 3
            and sum(sure) == len(pieces) - 1
            and all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", p.group(0)) for p in pieces)
        )
        if len(pieces) < 2 or not (all(sure) or odd):
            if out:
                break
            # (the line of who and when above the names; labelled lines of what, who and when do not count)
            skipped += not re.search(r"[:：]", below.text)
            if skipped > 2:
                break
            continue
        for (p, n), ok in zip(names, sure, strict=True):
            text, conf = (n[0].text, n[0].conf) if ok else (p.group(0), 0.5)
            hit = Hit(text, conf * 0.85 * ocr_factor(below), below, p.start(), p.end())
            out.append(({"name": text, "rank": len(out) + 1, "role": "attendee"}, hit))
    return out


# A sign-in app's export ('签到详情', '已签到9人'): each signer's row gives an avatar's character, the name and
# the time signed ('德 莫琪德 07:14'), the workplace on the row below.
_APP_HEADING = r"签到详情|签到记录|签到统计|签到情况"
_APP_MARK = re.compile(rf"{_APP_HEADING}|已签到\s*\d+\s*人")
# (the time may print its seconds; OCR may run the workplace above onto the row: 'XX林业发展中心孟国锋 08:57:05')
_APP_ROW = re.compile(
    # (an avatar's character, a serial '1.', or the workplace run onto the row may come first)
    r"^\s*(?:[\u4e00-\u9fff]\s+)?(?:\d{1,3}\s*[.、．]\s*)?(?:[\u4e00-\u9fff]{2,20}?(?:中心|站|局|院|学校|中学|小学|所|公司))?"
    # ('颜雅子 01-22 08:25': the day signed may come before the time)
    # (a late signer signed too: '吕凤英 08:40 迟到')
    r"(?P<n>[\u4e00-\u9fff·]{2,6})\s+(?:\d{1,2}\s*-\s*\d{1,2}\s+)?\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?\s*"
    r"(?:已\s*签\s*到|迟\s*到|补\s*签|正\s*常)?\s*$"
)


# ('俊 高俊 已签到' / '2022-11-21 07:57:44': the status after the name, the time on the row below; or the name
# alone over its avatar and status, '郭宏晶' / '晶 已签到')
# (a serial may open the row, '3.晏子健 已签到'; or the status wraps onto a row of its own, '4.韩伟' / '已签到')
_APP_STATUS = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]\s+)?(?:\d{1,3}\s*[.、．]\s*)?(?P<n>[\u4e00-\u9fff·]{2,6})\s+已\s*签\s*到\s*$"
)
_APP_AVATAR = re.compile(r"^\s*(?:[\u4e00-\u9fff]\s+)?已\s*签\s*到\s*$")
# ('08:20已签到' / '颜思强' / '龙口市人民医院', or '荆振洁' / '烟台毓璜顶医院 08:25已签到': the time signed on a row
# of its own, or after the workplace, beside the name's row)
# a sign-in time with its seconds on a row of its own, the name OCR set on the next ('07:46:07' / '于思')
_BARE_TIME = re.compile(r"\s*\d{1,2}\s*[:：]\s*\d{2}\s*[:：]\s*\d{2}\s*")
_APP_TIME = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{2,20}?(?:中心|站|局|院|学校|中学|小学|所|公司)\s*)?"
    r"\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?\s*已\s*签\s*到\s*$"
)


# ('滕俊立德州港务发展有限公司 07:24已签到': the workplace printed under the name, run onto its row after it)
_APP_UNIT_AFTER = re.compile(
    r"^\s*(?P<w>[\u4e00-\u9fff·（）()]{6,40})\s+\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?\s*(?:已\s*签\s*到)?\s*$"
)


def _name_before_unit(row: Row, units: set[str]) -> re.Match[str] | None:
    """The name of an `_APP_UNIT_AFTER` row, cut where the rest is a workplace another signer's row prints."""
    m = _APP_UNIT_AFTER.match(row.text)
    if m is None:
        return None
    for size in (3, 2, 4):
        name, unit = m["w"][:size], m["w"][size:]
        found = person_name(name)
        if unit in units and found is not None and found[1] >= 0.9:
            return re.match(rf"\s*(?P<n>{re.escape(name)})", row.text)
    return None


def app_attendees(rows: Sequence[Row]) -> list[Found]:
    if not any(_APP_MARK.search(r.text) for r in rows[:8]):
        return []
    out: list[Found] = []
    units = {r.compact for r in rows if ORG.fullmatch(r.compact)}
    for above, row, below in zip([None, *rows[:-1]], rows, [*rows[1:], None], strict=True):
        # (the first reading whose name is one: 'XX中心医院 08:02' reads no name before the time)
        m = next(
            (
                c
                for c in (
                    _APP_ROW.match(row.text),
                    _APP_STATUS.match(row.text),
                    _name_before_unit(row, units),
                )
                if c is not None and person_name(c["n"]) is not None
            ),
            None,
        )
        if m is None and below is not None and _APP_AVATAR.match(below.text):
            m = re.fullmatch(r"\s*(?:\d{1,3}\s*[.、．]\s*)?(?P<n>[\u4e00-\u9fff·]{2,6})\s*", row.text)
        if m is None and any(
            r is not None and (_APP_TIME.match(r.text) or _BARE_TIME.fullmatch(r.text))
            for r in (above, below)
        ):
            m = re.fullmatch(r"\s*(?P<n>[\u4e00-\u9fff·]{2,4})\s*", row.text)
        if m is None:
            continue
        start, name = _without_avatar(m.start("n"), m["n"])
        found = person_name(name)
        if found is not None and found[0] == name:
            hit = Hit(name, found[1] * 0.9 * ocr_factor(row), row, start, m.end("n"))
            out.append(({"name": name, "rank": len(out) + 1, "role": "attendee"}, hit))
    return out


def _without_avatar(start: int, name: str) -> tuple[int, str]:
    """The name without its avatar's character when OCR ran the two together ('英龚英' for '英' '龚英'): an
    avatar repeats the name's last or first character."""
    rest = name[1:]
    sure = person_name(rest) if len(name) >= 3 else None
    if sure is not None and sure[1] >= 0.9 and name[0] in (rest[-1], rest[0]):
        return start + 1, rest
    return start, name


def app_title(rows: Sequence[Row]) -> Hit | None:
    """The event named on the row under the export's heading ('签到详情' / 'XX高级研修班'), or before the heading's
    word on its row ('2022年储粮技术培训 签到情况')."""
    for row in rows[:6]:
        m = re.fullmatch(rf"\s*(?P<t>[^:：]{{4,50}}?)\s*(?:{_APP_HEADING})\s*", row.text)
        if m and not re.search(r"\d{1,2}\s*[:：]\s*\d{2}", m["t"]):
            value = cjk_punct(clean_value(m["t"].replace(" ", "")))
            return Hit(value, 0.8 * ocr_factor(row), row, m.start("t"), m.end("t"))
    for row, below in zip(rows[:6], rows[1:7], strict=False):
        if _APP_ROW.match(below.text) or re.search(r"\d{1,2}\s*[:：]\s*\d{2}", below.text):
            continue  # (a signer's row under the count, '已签到 4人' / '柏林 08:21 已签到', names no event)
        if (
            _APP_MARK.search(row.text)
            and not _APP_MARK.search(below.text)
            and 4 <= len(below.compact) <= 50
            and not re.search(r"[:：]", below.text)
            and not _header_row(below)
        ):
            return Hit(
                cjk_punct(clean_value(below.compact)), 0.8 * ocr_factor(below), below, 0, len(below.text)
            )
    return None


def _app_host(rows: Sequence[Row]) -> Hit | None:
    """An export's host on the row under the event ('签到统计' / 'XX培训班' / '山东省机械工程学会')."""
    title = app_title(rows)
    if title is None:
        return None
    at = next(i for i, r in enumerate(rows) if r is title.row)
    below = rows[at + 1] if at + 1 < len(rows) else None
    if below is not None and ORG.fullmatch(below.compact) and not _APP_MARK.search(below.text):
        return Hit(cjk_punct(below.compact), 0.75 * ocr_factor(below), below, 0, len(below.text))
    return None


def _own_unit(rows: Sequence[Row]) -> Hit | None:
    """A unit's own attendance book: '单位：XX中学' over the table names the unit that held the study."""
    for row in rows[:4]:
        m = re.match(r"\s*单\s*位\s*[:：]\s*([\u4e00-\u9fff（）()]{4,40})\s*$", row.text)
        if m and ORG.fullmatch(m.group(1)):
            return Hit(cjk_punct(m.group(1)), 0.75 * ocr_factor(row), row, m.start(1), m.end(1))
    return None


_CHAIN_TAG = re.compile(r"^\s*#?\s*接\s*龙\s*[:：]?\s*")


def _bracket_closed(rows: Sequence[Row], title: Hit | None) -> Hit | None:
    """A title whose bracket the row's end left open ('…公需课学习（数字经' / '济与数字化转型)'), closed by the
    short row under it."""
    if title is None or not isinstance(title.value, str):
        return title
    value = title.value
    if value.count("（") + value.count("(") <= value.count("）") + value.count(")"):
        return title
    at = next((i for i, r in enumerate(rows) if r is title.row), None)
    below = rows[at + 1] if at is not None and at + 1 < len(rows) else None
    if below is None or below.page != title.row.page or not re.fullmatch(r"[^:：]{1,30}[)）]", below.compact):
        return title
    return title.with_value(cjk_punct(value + below.compact), 0.9 * title.conf)


def sign_in_sheet(rows: Sequence[Row], draft: Draft) -> None:
    title = _labelled_event(rows) or app_title(rows) or sheet_title(rows)
    if title is not None and isinstance(title.value, str) and (tag := _CHAIN_TAG.match(title.value)):
        # (a chat's '#接龙' tag opens the call, not its name)
        title = title.with_value(title.value[tag.end() :])
    draft.put("title", _bracket_closed(rows, title))
    draft.put(
        "period",
        period(rows, r"培训时间|会议时间|活动时间|签到时间|签到日期|日\s*期|(?<![发布印证奖到成出])时\s*间")
        or _dated_columns(rows)
        or one_day(rows),
    )
    draft.people += (
        attendees(rows)
        or app_attendees(rows)
        or free_attendees(rows)
        or grid_attendees(rows)
        or numbered_attendees(rows)
        or numbered_grid(rows)
        or listed_attendees(rows)
    )
    draft.put(
        "issuer",
        labelled_issuer(rows)
        or organiser(rows)
        or posted_issuer(rows)
        or sealed_issuer(rows)
        or dated_host(rows)
        or letterhead_issuer(rows)
        or _own_unit(rows)
        or _app_host(rows),
    )
    draft.put("category_stated", stated_category(rows))


def _dated_columns(rows: Sequence[Row]) -> Hit | None:
    """A sheet signed once a day, a column per day ('姓名 单位 2022年10月27日 2022年10月28日'): the first day
    to the last."""
    for row in rows[:12]:
        if not _header_row(row):
            continue
        days = [d for d in find_dates(row.text) if not d.until and not d.month_only]
        if len(days) >= 2:
            first, last = min(days, key=lambda d: d.iso), max(days, key=lambda d: d.iso)
            return Hit(
                {"start": first.iso, "end": last.iso}, 0.8 * ocr_factor(row), row, first.start, last.end
            )
    return None


_PRINTED_AT = re.compile(r"(?:导出|打印|生成|下载|查询)\s*(?:时间|日期)\s*[:：]?\s*$")


def one_day(rows: Sequence[Row]) -> Hit | None:
    """A sheet for one session prints one date: the period starts and ends on it."""
    found = sorted(all_dates(rows[:8]), key=lambda h: h.value.month_only)  # a full date before a bare month
    for hit in found:
        if _PRINTED_AT.search(hit.row.text[: hit.start]):
            continue  # when the record was exported or printed, not when anyone signed
        d = hit.value
        return hit.with_value({"start": d.iso, "end": d.end_iso})
    return None
