"""Books (cover, title page, copyright page): ISBN with its check digit, publisher, edition, editors by role."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extractors.dates import find_dates
from extractors.fields import Draft, Hit, clean_value, first_labelled, ocr_factor, row_under
from extractors.generic import footer_date, labelled_date
from extractors.people import SURNAMES, Name, holder_in, person_name, split_names
from extractors.text import Row, cjk_punct, flows
from extractors.text import flow as joined_rows

# (or under 书号 alone, the letters not printed: '书 号: 978-7-5648-4345-8')
_ISBN = re.compile(
    r"(?:I\s*S\s*B\s*N\s*[:：]?|书\s*号\s*[:：]\s*(?=97[89]))\s*((?:97[89][\s\-]*)?\d[\d\s\-]{7,15}[\dXx])"
)
_PUBLISHER = re.compile(
    # (a publisher that is a company prints its company form: '人民交通出版社股份有限公司')
    r"([\u4e00-\u9fff]{2,16}(?:出版社(?:股份有限公司|有限责任公司|有限公司)?|书社|书局|出版(?:有限)?公司|出版集团))"
)  # (齐鲁书社, 中华书局)
_CN_NUMERAL = "〇零○O一二三四五六七八九十"
# '2021年9月第1版' or in Chinese numerals, '二零一八年六月第1版'
_EDITION = re.compile(
    rf"((?:(?:19|20)\d{{2}}|[{_CN_NUMERAL}]{{4}})\s*年\s*(?:\d{{1,2}}|[{_CN_NUMERAL}]{{1,3}})\s*月\s*"
    rf"第\s*(?:\d{{1,2}}|[{_CN_NUMERAL}]{{1,3}})\s*版)"
)
_EDITION_ONLY = re.compile(rf"版\s*次\s*[:：]?\s*(第\s*(?:\d{{1,2}}|[{_CN_NUMERAL}]{{1,3}})\s*版)")
_EDITION_NO = rf"第\s*(?:\d{{1,2}}|[{_CN_NUMERAL}]{{1,3}})\s*版"
# a cover prints the edition alone on its row ('第2版') or after the title in brackets ('…指导（第2版）')
_COVER_EDITION = re.compile(rf"(?:^\s*[(（]?|[(（])\s*({_EDITION_NO})\s*[)）]?\s*$")
_TITLE_EDITION = re.compile(rf"\s*[(（]\s*{_EDITION_NO}\s*[)）]\s*$")
# Role words after (张三 主编) or before (主编：张三) the names; ordered longest first so 副主编 is not 主编.
_ROLES = (("副主编", "deputy_editor"), ("主编", "editor_in_chief"), ("编委", "editorial_board"),
          ("参编", "editorial_board"), ("编写", "editorial_board"), ("编者", "editorial_board"),
          ("编著", "author"), ("译者", "translator"), ("翻译", "translator"), ("译", "translator"),
          ("原著", "author"), ("著", "author"), ("作者", "author"))  # fmt: skip
_ROLE_RE = re.compile(
    r"(副\s*主\s*编|主\s*编|编\s*委(?:会)?(?:成员)?|参\s*编(?:人员|者)?|编\s*写(?:人员|组成员)|编\s*者(?![\u4e00-\u9fff])|"
    # (not a preface's '结合编者多年的经验', '由于编者水平有限': 编者 in a sentence names no one)
    r"编\s*著|译\s*者|翻\s*译|译|原\s*著|(?<![显昭卓原])著(?!\s*作)|"  # (not 著作权合同登记号, nor 显著 in a sentence)
    # (an imprint's label opening its row, '作者：文永强', unless a role follows the names: '作者：A主编；B副主编')
    r"^\s*作\s*者(?=\s*[:：])(?!.*(?:编|著|译)))"
)
# '书名/张三主编', '书名/（日）佐藤健一著；李四译': a translation marks the author's country in brackets.
_NATIONALITY = r"[（(\[【〔]\s*[\u4e00-\u9fff]{1,2}\s*[)）\]】〕]"
_CIP_TITLE = re.compile(rf"^([^/／]{{2,40}}?)\s*[/／]\s*(?:{_NATIONALITY})?\s*[\u4e00-\u9fffA-Z]")
# A foreign author's name in Latin letters after the country's mark: '[英]Helen Carter著'.
_LATIN_NAME = re.compile(
    r"[A-Z][a-zA-Z'\-]*\.?(?:\s+(?:[A-Z][a-zA-Z'\-]*\.?|de|van|von|der|den|la|le|du|da|di)){1,4}"
)


def isbn_ok(isbn: str) -> bool:
    digits = re.sub(r"[\s\-]", "", isbn).upper()
    if re.fullmatch(r"\d{13}", digits):
        total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
        return (10 - total % 10) % 10 == int(digits[12])
    if re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - i) * (10 if d == "X" else int(d)) for i, d in enumerate(digits))
        return total % 11 == 0
    return False


def isbn(rows: Sequence[Row]) -> Hit | None:
    """The first ISBN whose check digit holds (a 书号 line beats a CIP line that runs on into its
    '1.①…' numbering); else one cut to its 13 digits that then holds; else the first printed, at low trust."""
    found = [(row, m) for row in rows for m in _ISBN.finditer(row.text)]
    for row, m in found:
        value = re.sub(r"\s", "", m.group(1)).upper().strip("-")
        if isbn_ok(value):
            return Hit(value, 0.97 * ocr_factor(row), row, m.start(1), m.end(1))
    for row, m in found:
        printed = re.sub(r"\s", "", m.group(1))
        thirteenth = [i for i, ch in enumerate(printed) if ch.isdigit()][12:13]
        cut = printed[: thirteenth[0] + 1] if thirteenth else printed
        if cut.startswith(("978", "979")) and cut != printed and isbn_ok(cut):
            # Cut short of the digits that ran on: a guess the check digit backs, not a clean reading.
            return Hit(cut, 0.8 * ocr_factor(row), row, m.start(1), m.end(1))
    if found:
        row, m = found[0]
        value = re.sub(r"\s", "", m.group(1)).upper().strip("-")
        return Hit(value, 0.3 * ocr_factor(row), row, m.start(1), m.end(1))
    return None


def _simple(rows: Sequence[Row], pattern: re.Pattern[str], conf: float) -> Hit | None:
    for row in rows:
        m = pattern.search(row.text)
        if m:
            return Hit(re.sub(r"\s", "", m.group(1)), conf * ocr_factor(row), row, m.start(1), m.end(1))
    return None


def _cover_edition(rows: Sequence[Row]) -> Hit | None:
    for row in rows:
        m = _COVER_EDITION.search(row.text)
        if m:
            return Hit(re.sub(r"\s", "", m.group(1)), 0.8 * ocr_factor(row), row, m.start(1), m.end(1))
    return None


def _role_of(word: str) -> str:
    word = re.sub(r"\s", "", word)
    return next(role for key, role in _ROLES if word.startswith(key))


def editors(rows: Sequence[Row]) -> list[tuple[dict[str, object], Hit]]:
    """People next to a role word, ranked in printed order across 主编, 副主编 and 编委.

    A board wraps: rows made only of names, right after a role's row, carry on that role, and a name the wrap
    cut in two ('…方珍 吴' / '梓 孟静志', '…龙国' / '帆 崔新萍') is joined back, less surely.
    """
    out: list[tuple[dict[str, object], Hit]] = []
    seen: set[str] = set()
    role: str | None = None
    board = False
    prev: Row | None = None
    listed_elsewhere = _listed_names(rows)
    for row in (part for r in rows for part in _spread_parts(r)):
        colophon = _COLOPHON.search(row.text)
        if colophon is not None and not row.text[: colophon.start()].strip():
            continue  # an imprint's line ('印刷 XX公司'), set beside the board on a spread: the board goes on
        if colophon is not None:  # '副主编 A B 出版发行 XX出版社': the names end where the imprint begins
            row = _blanked(row, 0, colophon.start())
        board = board or bool(_BOARD.search(row.compact))
        segs = (_board_segments(row) if board else []) or _role_segments(row)
        head = _WRAPPED_TAIL.match(row.text) if role is not None and not segs and prev is not None else None
        cont = head is not None and (not row.text[head.end() :].strip() or _names_only(row, head.end()))
        if head and cont and role and prev is not None:
            joined = _join_cut_name(prev, row, head, out, seen, role)
            segs = [(head.end(), len(row.text), role)] if joined and row.text[head.end() :].strip() else []
            if not joined:
                role = None
        elif segs:
            role = segs[-1][2]
        elif role is not None and _names_only(Row(row.page, _segment_text(row.text), row.boxes, row.conf)):
            # (a board's names one a row, each with its workplace in brackets: '沈秀 (益阳市中医院)')
            segs = [(0, len(row.text), role)]
        else:
            role = None
        prev = row
        for seg_start, seg_end, seg_role in segs:
            seg = _segment_text(row.text[seg_start:seg_end])
            # names set apart by blanks or separators are a list: '哈斯巴根 顾泽斌 主编'
            listed = (
                True if re.search(r"[\u4e00-\u9fff·]\s+[\u4e00-\u9fff]|[、,，;；]", seg.strip()) else None
            )
            # a foreign author's name (（日）佐藤健一) is led by no Chinese surname
            foreign = bool(re.match(rf"\s*{_NATIONALITY}", row.text[seg_start:seg_end]))
            # '主 编： 吐尔逊江', or a cover's '主编  扎西顿珠': the role word opening the row labels the names
            lead = _ROLE_RE.match(row.text, len(row.text) - len(row.text.lstrip()))
            labelled_role = bool(re.match(r"\s*[:：]", row.text[seg_start:seg_end])) or (
                lead is not None
                and lead.end() == seg_start
                and re.fullmatch(r"(?:副\s*)?主\s*编|编\s*委", lead.group(1)) is not None
            )
            # (a CIP statement's names right after its slash, '书名／塔娜主编', are names whatever their surname)
            cip = row.text[:seg_start].rstrip().endswith(("/", "／"))
            loose = foreign or labelled_role or cip or not _ROLE_RE.search(row.text)
            latin = _LATIN_NAME.search(seg) if foreign else None
            if latin is not None and latin.group(0) not in seen:
                seen.add(latin.group(0))
                hit = Hit(
                    latin.group(0),
                    0.8 * ocr_factor(row),
                    row,
                    seg_start + latin.start(),
                    seg_start + latin.end(),
                )
                out.append(({"name": latin.group(0), "rank": len(out) + 1, "role": seg_role}, hit))
                continue
            # (a colophon repeating the board, its names run together: '编委：东方磊诸葛建' after '东方磊 诸葛建')
            if _tiled_by(re.sub(r"[^\u4e00-\u9fff·]", "", seg), seen):
                continue
            names = split_names(seg, loose=loose, listed=listed)
            run = seg.strip()
            cut = _tiling(run, listed_elsewhere) if re.fullmatch(r"[\u4e00-\u9fff·]+", run) else None
            if cut is not None and [n.text for n in names] != cut:
                # names run together on the board that the CIP line lists one by one: cut where it does
                at = seg.find(run)
                names = []
                for text in cut:
                    names.append(Name(text, at, at + len(text), 0.85, None))
                    at += len(text)
            for n in names:
                if n.text in seen:
                    continue
                seen.add(n.text)
                conf = n.conf * ocr_factor(row) * (0.9 if not _ROLE_RE.search(row.text) else 1.0)
                hit = Hit(n.text, conf, row, seg_start + n.start, seg_start + n.end)
                out.append(({"name": n.text, "rank": len(out) + 1, "role": seg_role}, hit))
    return out


def _tiling(text: str, names: set[str]) -> list[str] | None:
    """`text` cut into two or more of `names` run together, in printed order; None when they do not tile it."""
    if len(text) < 4:
        return None
    best: list[list[str] | None] = [[]] + [None] * len(text)  # best[i]: a cut of text[:i] into names
    for i in range(len(text)):
        if best[i] is None:
            continue
        for n in names:
            # (the whole text as one name is no cut into two or more)
            if n and n != text and text.startswith(n, i) and best[i + len(n)] is None:
                best[i + len(n)] = [*best[i], n]  # type: ignore[misc]
    return best[-1]


def _listed_names(rows: Sequence[Row]) -> set[str]:
    """Names a CIP statement lists one by one after its slash ('…/宫明佳主编；赵钱文晓，冯子海，刘杨宇英副主编'):
    where the board prints the same names run together, these say where each ends."""
    out: set[str] = set()
    for row in rows:
        m = re.search(r"[/／]", row.text)
        if m is None or not _LIST_SEPARATOR.search(row.text[m.end() :]):
            continue
        for piece in re.split(r"[、,，;；]", row.text[m.end() :]):
            piece = _ROLE_RE.split(piece)[0]
            piece = re.sub(rf"^\s*(?:{_NATIONALITY})?", "", piece).strip()
            if re.fullmatch(r"[\u4e00-\u9fff·]{2,6}", piece) and person_name(piece) is not None:
                out.add(piece)
    return out


_LIST_SEPARATOR = re.compile(r"[、,，;；]")


def _tiled_by(text: str, names: set[str]) -> bool:
    """Whether `text` is two or more of `names` run together, in some order."""
    return _tiling(text, names) is not None


def _blanked(row: Row, start: int, end: int) -> Row:
    """The row with only text[start:end] kept, the rest blanked (offsets still match the boxes)."""
    text = " " * start + row.text[start:end] + " " * (len(row.text) - end)
    return replace(row, text=text)


def _spread_parts(row: Row) -> list[Row]:
    """A spread's row running a board's line into the CIP line beside it ('主 编 A B 书名/A，B主编．…'): the two
    read apart, the board's names first."""
    m = re.search(r"\s(\S{2,40}?)\s*[/／]\s*\S", row.text)
    if m is None or not _ROLE_RE.search(row.text[: m.start()]) or _ROLE_RE.search(m.group(1)):
        return [row]
    return [_blanked(row, 0, m.start()), _blanked(row, m.start(1), len(row.text))]


# The imprint's labels (版权页), none of them an author's role, and the CIP subject entries ('Ⅰ.①黄河…'):
# where a row's names end.
_COLOPHON = re.compile(
    # (a label opening the row or set apart by a blank, not a word inside a sentence: '（书号：ISBN…）由我社出版')
    r"(?:^|(?<=\s))(?:"
    r"(?<![\w.])(?:I{1,3}|IV|1)\s*[.．·]\s*[1①]\s*(?=[\u4e00-\u9fffA-Z])|出\s*版\s*发\s*行|出\s*版\s*人|社\s*址|责\s*任\s*(?:编\s*辑|校\s*对|印\s*制)|策\s*划\s*编\s*辑|封\s*面\s*设\s*计|地\s*址|"
    r"开\s*本|印\s*张|字\s*数|版\s*次|印\s*次|书\s*号|定\s*价|"
    r"(?<![\u4e00-\u9fff])(?:印\s*刷|邮\s*编|网\s*址|经\s*销)(?![\u4e00-\u9fff]{2})"
    r")"
)
_WRAPPED_TAIL = re.compile(r"^\s*([\u4e00-\u9fff])(?:\s+|$)")


def _join_cut_name(
    prev: Row,
    row: Row,
    head: re.Match[str],
    out: list[tuple[dict[str, object], Hit]],
    seen: set[str],
    role: str,
) -> bool:
    """Join a character opening a board's row to the cut name that ended the row above."""
    last = prev.text.rstrip().rsplit(" ", 1)[-1]
    if len(last) == 1 and last in SURNAMES:  # '…方珍 吴' / '梓 …': the surname stood alone at the end
        name = last + head.group(1)
        if name in seen:
            return False
        seen.add(name)
        hit = Hit(name, 0.7 * ocr_factor(row), row, head.start(1), head.end(1))
        out.append(({"name": name, "rank": len(out) + 1, "role": role}, hit))
        return True
    if out and len(str(out[-1][0]["name"])) == 2 and last.endswith(str(out[-1][0]["name"])):
        person, hit = out[-1]  # '…龙国' / '帆 …': a two-character reading of a three-character name
        seen.discard(str(person["name"]))
        person["name"] = f"{person['name']}{head.group(1)}"
        seen.add(str(person["name"]))
        out[-1] = (person, hit.with_value(person["name"], 0.85 * hit.conf))
        return True
    return False


# Under an 编委会 heading the board's own offices name its members: 主任, 副主任, 委员, 成员.
_BOARD = re.compile(r"编委会|编写委员会|编审委员会|编辑委员会")
_BOARD_ROLE = re.compile(r"(?<![\u4e00-\u9fff])(副\s*主\s*任|主\s*任|委\s*员|成\s*员)\s*[:：]")


def _board_segments(row: Row) -> list[tuple[int, int, str]]:
    marks = list(_BOARD_ROLE.finditer(row.text))
    if not marks:
        return []
    ends = [m.start() for m in marks[1:]] + [len(row.text)]
    return [(m.end(), end, "editorial_board") for m, end in zip(marks, ends, strict=True)]


_NOTE = re.compile(r"[(（][^)）]{0,20}[)）]|[:：]")


def _segment_text(text: str) -> str:
    # '（按姓氏笔画排序）：王丽…': the ordering note and the colon hold no names; offsets are kept.
    return _NOTE.sub(lambda m: " " * len(m.group(0)), text)


def _names_only(row: Row, start: int = 0) -> bool:
    text = row.text[start:]
    names = split_names(text, loose=True)
    cjk = re.sub(r"[^\u4e00-\u9fff]", "", text)
    # (a CIP statement's publisher wrapping onto the next row, '版社，2021.9', holds no names)
    return (
        bool(names)
        and "".join(n.text for n in names) == cjk
        and not _PUBLISHER.search(text)
        and not re.search(r"\d|版社", text)
    )


# Where a CIP statement's names end: its '. —北京：…' (OCR may read the dash as 一).
_CIP_END = re.compile(r"[.．。]\s*[—一–-]")


def _role_segments(row: Row) -> list[tuple[int, int, str]]:
    """(start, end, role): '主编：A B' gives the text after the label; 'A B 主编' the text before it."""
    marks = list(_ROLE_RE.finditer(row.text))
    # A row that opens with a role word, or a CIP statement whose names start with one ('书名/主编A B副主编C'),
    # puts every role before its names: '主编 A B 副主编 C 编委 D E'.
    lead = row.text[: marks[0].start()].strip() if marks else ""
    before_all = not lead or lead.endswith(("/", "／"))
    segs = []
    for i, m in enumerate(marks):
        after_end = marks[i + 1].start() if i + 1 < len(marks) else len(row.text)
        tail = _CIP_END.search(row.text, m.end(), after_end) if before_all else None
        after_end = tail.start() if tail else after_end
        after = row.text[m.end() : after_end]
        # ('主编：A B', or a proof letter's '该书主编为A、B')
        if re.match(r"\s*[:：]|为(?=[\u4e00-\u9fff])", after) or (i == 0 and m.start() == 0) or before_all:
            segs.append((m.end() + after.startswith("为"), after_end, _role_of(m.group(1))))
        elif (i == 0 or marks[i - 1].end() <= m.start()) and not re.search(
            r"[》>」]\s*$", row.text[: m.start()]
        ):
            # ('《…》编委会' names the book's board, not people)
            before_start = marks[i - 1].end() if i > 0 else 0
            # CIP data: '书名/张三，李四主编. —北京：…' — the names start after the slash.
            slash = max(
                row.text.rfind("/", before_start, m.start()), row.text.rfind("／", before_start, m.start())
            )
            start = max(before_start, slash + 1)
            if not row.text[start : m.start()].strip() and re.search(r"[\u4e00-\u9fff]{2}", after):
                # ('汪彬主编 副主编 曹晓燕，苏红霞': nothing between the two roles, the names follow the second)
                segs.append((m.end(), after_end, _role_of(m.group(1))))
                continue
            segs.append((start, m.start(), _role_of(m.group(1))))
    return segs


def _cip_joined(rows: Sequence[Row]) -> list[Row]:
    """Rows with a CIP statement that wraps after a separator ('…著；王丽，李强，' / '张伟译. —北京：…')
    joined to the row it runs onto, so the names on both rows keep their role."""
    out: list[Row] = []
    skip = False
    for i, row in enumerate(rows):
        if skip:
            skip = False
            continue
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        if (
            nxt is not None
            and nxt.page == row.page
            and re.search(r"[/／]", row.text)
            and row.text.rstrip()[-1:] in "，,、；;"
        ):
            out.append(joined_rows([row, nxt]))
            skip = True
            continue
        out.append(row)
    return out


def book_title(rows: Sequence[Row]) -> Hit | None:
    # a publisher's proof letter ('出版证明' / '兹证明，《X》（书号：…）由我社正式出版'): the book it names
    if any(re.fullmatch(r"(?:出版|用书|著作|出书)证明", r.compact) for r in rows[:3]):
        for flow in flows(rows):
            m = re.search(r"《([^》]{2,40})》", flow.text)
            if m:
                return Hit(cjk_punct(m.group(1)), 0.85 * ocr_factor(flow), flow, m.start(1), m.end(1))
    # a library record's '题名/责任者 X/张三主编': the title before the slash
    record = first_labelled(rows, r"题\s*名\s*/\s*责\s*任\s*者")
    if record is not None and re.search(r"[/／]", record.value):
        value = cjk_punct(clean_value(re.split(r"[/／]", record.value)[0].replace(" ", "")))
        if len(value) >= 2:
            return record.with_value(value, 0.85 * record.conf)
    labelled_title = first_labelled(rows, r"^\s*书\s*名(?!\s*原文)")  # (书名原文 is the original's)
    if labelled_title is not None and len(clean_value(labelled_title.value)) >= 2:
        value = cjk_punct(clean_value(labelled_title.value.replace(" ", "")))
        return labelled_title.with_value(value, 0.9 * labelled_title.conf)
    for row in rows:
        m = _CIP_TITLE.search(row.text)
        if m and not re.search(r"ISBN|\d{4}", m.group(1)):
            # ('主 编 A B 书名/A，B主编': a spread's board line run into the CIP line, the title its last word)
            value = m.group(1).split()[-1] if _ROLE_RE.search(m.group(1)) else m.group(1).replace(" ", "")
            half = len(value) // 2
            return Hit(
                # (a spread's title page beside its CIP line: 'X X/张三主编' prints the title twice)
                cjk_punct(clean_value(value[:half] if value == value[:half] * 2 else value)),
                0.85 * ocr_factor(row),
                row,
                m.start(1),
                m.end(1),
            )
    # a library catalogue's record: the title on the row under its banner ('馆藏检索' / 'XX技术')
    catalogued = row_under(
        rows,
        r"(?:馆藏检索|馆藏详情|书目详情|书目信息|图书详情|检索结果)",
        lambda r: 2 <= len(r.compact) <= 40 and not re.search(r"[:：]|ISBN|\d{4}", r.text),
        0.75,
    )
    if catalogued is not None:
        return catalogued
    for row in rows[:3]:  # '《城市供水管网优化设计培训读本》编委会': the board's heading names the book
        m = re.match(r"^\s*《([^》]{2,40})》\s*(?:编\s*委\s*会|编写委员会|编审委员会)", row.text)
        if m:
            return Hit(cjk_punct(clean_value(m.group(1))), 0.85 * ocr_factor(row), row, m.start(1), m.end(1))
    for row, below in zip(rows[:2], rows[1:3], strict=False):
        # the book's name on the row over the board's heading ('XX实用手册' / '编委会'), though no taller than
        # the names under it
        if (
            re.fullmatch(r"编\s*委\s*会|编写委员会|编审委员会|编\s*委\s*会\s*名\s*单", below.compact)
            and 4 <= len(row.compact) <= 40
            and not re.search(r"[:：。；;]|ISBN", row.text)
            and not _ROLE_RE.search(row.text)
            and not _PUBLISHER.search(row.text)
        ):
            return Hit(cjk_punct(clean_value(row.compact)), 0.8 * ocr_factor(row), row, 0, len(row.text))
    heights = sorted(r.bbox()[3] - r.bbox()[1] for r in rows[:12])
    # (the lower median: a cover of four rows, two of them its title, has as many rows of body size)
    body = heights[(len(heights) - 1) // 2] if heights else 0.0
    # A cover's title is printed larger than the rest, and is no labelled line or board heading.
    tall = [
        r
        for r in rows[:8]
        if not _ROLE_RE.search(r.text)
        and not _PUBLISHER.search(r.text)
        and not _BOARD.search(r.compact)
        and not re.search(r"[:：]", r.text)
        # (a summary's sentence, which a skewed photo makes as tall as a title, is none)
        and not (re.search(r"[。；;]", r.text) or len(r.compact) > 40)
        and not re.fullmatch(r"内容(?:提要|简介)|前言|序言?|目录|版权页?", r.compact)
        and len(r.compact) >= 2
        and r.bbox()[3] - r.bbox()[1] > 1.2 * body
    ]
    if tall:
        best = max(tall, key=lambda r: r.bbox()[3] - r.bbox()[1])
        # a title set over two rows of the same size ('基层兽医实' / '用技术手册'): both, in order
        at = rows.index(best)
        size = best.bbox()[3] - best.bbox()[1]
        pair = next(
            (
                [a, b]
                for a, b in (
                    (rows[at - 1], best) if at else (None, None),
                    (best, rows[at + 1]) if at + 1 < len(rows) else (None, None),
                )
                if a is not None
                and b is not None
                and a in tall
                and b in tall
                and a.page == b.page
                and abs((a.bbox()[3] - a.bbox()[1]) - (b.bbox()[3] - b.bbox()[1])) <= 0.15 * size
            ),
            None,
        )
        if pair is not None:
            both = joined_rows(pair)
            return Hit(cjk_punct(clean_value(both.compact)), 0.65 * ocr_factor(both), both, 0, len(both.text))
        return Hit(cjk_punct(clean_value(best.compact)), 0.7 * ocr_factor(best), best, 0, len(best.text))
    # A colophon's title on the row above its authors ('…实用技术' / '贺德鹏、江玉琳 编著')
    for above, row in zip(rows, rows[1:], strict=False):
        segs = _role_segments(row)
        if (
            above.page == row.page
            and len(segs) == 1
            # ('贺德鹏、江玉琳 编著', or a cover's '主编 房梅')
            and (
                (segs[0][0] == 0 and re.search(rf"(?:{_ROLE_RE.pattern})\s*$", row.text))
                or (segs[0][1] == len(row.text) and re.match(rf"\s*(?:{_ROLE_RE.pattern})", row.text))
            )
            and re.search(r"[\u4e00-\u9fff]{2}", row.text[segs[0][0] : segs[0][1]])  # names, not a role alone
            and re.fullmatch(r"[\u4e00-\u9fff：:——\-]{4,40}", above.compact)
            and not re.search(r"[:：]", above.text)
            and not _PUBLISHER.search(above.text)
            and not _ROLE_RE.search(above.text)
        ):
            return Hit(
                cjk_punct(clean_value(above.compact)), 0.75 * ocr_factor(above), above, 0, len(above.text)
            )
    return None


def publication_date(rows: Sequence[Row], edition: Hit | None) -> Hit | None:
    """The date of the edition (2021年9月第1版 gives 2021-09), else 出版日期, else the date under the imprint."""
    if edition is not None:
        found = find_dates(edition.row.text[edition.start :])
        if found:
            d = found[0]
            return Hit(
                d.iso, d.conf * edition.conf, edition.row, edition.start + d.start, edition.start + d.end
            )
    # (a library record's '出版发行项 山东：XX出版社，2016.12': the imprint's date)
    labelled_on = labelled_date(rows, r"出版日期|出版时间|出\s*版\s*(?:发\s*行\s*)?项")
    if labelled_on is not None:
        return labelled_on
    footer = footer_date(rows)
    if footer is not None and any(r.page == footer.row.page and _PREFACE.fullmatch(r.compact) for r in rows):
        return None  # when a preface was signed ('编者' / '2020年6月'), not when the book came out
    return footer


_PREFACE = re.compile(r"前言|序言?|自序|后记|编写说明|出版说明|编者的话")


def book(rows: Sequence[Row], draft: Draft) -> None:
    draft.put("book.isbn", isbn(rows))
    # the imprint's labelled publisher first: a CIP line may wrap inside the name ('…长沙：湖南' / '科学技术出版社')
    labelled_publisher = first_labelled(rows, r"出\s*版\s*发\s*行|出\s*版\s*者|出版单位")
    named = _PUBLISHER.fullmatch(labelled_publisher.value.replace(" ", "")) if labelled_publisher else None
    publisher = (
        labelled_publisher.with_value(named.group(1), 0.9 * labelled_publisher.conf)
        if labelled_publisher is not None and named
        else _simple(rows, _PUBLISHER, 0.9)
    )
    if publisher is not None:
        # 'XX出版社' printed alone elsewhere, when the labelled value ran a name into it ('责任编辑 姜晓化学工业出版社')
        alone = {m.group(1) for r in rows for m in _PUBLISHER.finditer(r.compact)}
        shorter = [
            a
            for a in alone
            if a != publisher.value
            and publisher.value.endswith(a)
            and len(a) >= 5
            and re.search(r"编\s*辑|校\s*对|设\s*计|发\s*行", publisher.value[: -len(a)])
        ]
        if shorter:
            publisher = publisher.with_value(max(shorter, key=len), 0.9 * publisher.conf)
    draft.put("book.publisher", publisher)
    draft.put("issuer", publisher)
    # ('版次 第1版': a catalogue's record prints the edition without its month)
    edition = _simple(rows, _EDITION, 0.9) or _simple(rows, _EDITION_ONLY, 0.85) or _cover_edition(rows)
    draft.put("book.edition", edition)
    draft.put("issued_on", publication_date(rows, edition))
    proof = _publishers_proof(rows)
    if proof is not None:
        # a publisher's letter that one person helped write the book: that person, the role and rank it states
        person, title = proof
        draft.put("title", title)
        draft.put("holder", person[1])
        draft.people.append(person)
        return
    title = book_title(rows)
    if title is not None and isinstance(title.value, str):
        # (the edition a cover prints after the name, '…指导（第2版）', is the edition's, not the title's)
        # — unless the CIP record names the book with it ('森林火险（第二版）/郭燕德主编'): then it is the title's
        bare = _TITLE_EDITION.sub("", title.value)
        if bare and bare != title.value and not _cip_names(rows, title.value):
            title = title.with_value(bare)
    draft.put("title", title)
    draft.people += _unglued(editors(_cip_joined(rows)))


def _cip_names(rows: Sequence[Row], title: str) -> bool:
    """Whether a CIP record's line opens the book's entry with `title` ('title/author…')."""

    def bare(text: str) -> str:
        return re.sub(r"[\s()（）]", "", text)

    return any((m := _CIP_TITLE.search(row.text)) and bare(m.group(1)) == bare(title) for row in rows)


def _unglued(found: list[tuple[dict[str, object], Hit]]) -> list[tuple[dict[str, object], Hit]]:
    """Two names OCR ran together on the board ('主编丛文马桐') put apart where the CIP line lists them one by
    one in the same role ('丛文，马桐主编'), in the board's place; ranks renumbered in printed order."""
    out = list(found)
    i = 0
    while i < len(out):
        person, rest = out[i][0], out[i + 1 :]
        match = next(
            (
                k
                for k in range(len(rest) - 1)
                if rest[k][0]["role"] == rest[k + 1][0]["role"] == person["role"]
                and f"{rest[k][0]['name']}{rest[k + 1][0]['name']}" == person["name"]
            ),
            None,
        )
        if match is None:
            i += 1
            continue
        out = [*out[:i], *rest[match : match + 2], *rest[:match], *rest[match + 2 :]]
        i += 2
    if out == found or not all(p["rank"] == k for k, (p, _) in enumerate(found, 1)):
        return out
    return [({**p, "rank": k}, h) for k, (p, h) in enumerate(out, 1)]


# '兹证明…吴蕾同志参与编写我社出版的《…》一书…，担任编委（排名第4）'
_SERVED_AS = re.compile(
    r"担任\s*(副\s*主\s*编|主\s*编|编\s*委|参\s*编|编\s*者|编\s*著|译\s*者)\s*(?:[（(]\s*排\s*名\s*第\s*(\d{1,2})\s*[)）])?"
)


def _publishers_proof(rows: Sequence[Row]) -> tuple[tuple[dict[str, object], Hit], Hit | None] | None:
    for flow in flows(rows):
        served = _SERVED_AS.search(flow.text)
        if served is None or "证明" not in flow.text:
            continue
        named = holder_in(rows)
        if named is None:
            return None
        work = re.search(r"《([^》]{2,40})》", flow.text)
        title = (
            Hit(
                cjk_punct(work.group(1).replace(" ", "")),
                0.85 * ocr_factor(flow),
                flow,
                work.start(1),
                work.end(1),
            )
            if work
            else None
        )
        rank = int(served.group(2)) if served.group(2) else 1
        person = {"name": named.value, "rank": rank, "role": _role_of(served.group(1))}
        return (person, named), title
    return None
