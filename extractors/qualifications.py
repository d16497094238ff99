"""Qualification certificates: diplomas, degrees, postgraduate courses, self-study exams, computer exams."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.dates import find_dates
from extractors.fields import Draft, Hit, clean_value, ocr_factor, table_as_labels
from extractors.generic import ORG, common, footer_date, footer_issuer, holder
from extractors.people import person_name, split_names
from extractors.text import Row, cjk_punct, flows

_KINDS = (
    # (or the national 计算机等级考试 (NCRE) and a province's 计算机水平考试: a computer exam as well)
    (r"计算机应用能力|职称计算机|计算机(?:等级|水平)考试", "computer_exam"),
    (r"自学考试|单科合格", "self_study_exam"),
    (r"研究生课程|课程进修班", "postgraduate_courses"),
    # Phone photos lose characters or read 士 as 土: 硕 学位, 博土学位, 毕 证书, 准予毕亚.
    (r"博[士土]?学位|博[士土]", "doctor_degree"),
    (r"硕[士土]?学位|硕[士土]", "master_degree"),
    # ('毕（结）业日期', a 学历证书's record: the schooling's record is a diploma's)
    (r"毕业证书|准予毕业|毕\s*业|毕.?证书|准予毕|毕\s*[（(]\s*结\s*[)）]\s*业|学历证书", "graduation"),
    # A bachelor's degree has no kind of its own in the contract: it is the undergraduate schooling's record,
    # read as graduation and less surely (学士 is not among the clean kinds below).
    (r"学[士土]\s*学\s*位", "graduation"),
)
_SUBJECTS = (
    # '在本单位内科学学科完成', '在我校参加市政工程专业研究生课程进修班', '参加我校举办的X专业…'
    re.compile(
        r"(?:在\s*)?(?:本校|我校|本单位|我单位|本院|我院|本所|我所)\s*(?:参加|攻读|学习)?\s*"
        # ('参加我校举办的电子与通信工程专业研究生课程进修班': who held it is not the subject)
        r"(?:(?:举办|开办|主办|组织)的\s*)?([^，,。]{2,20}?)\s*(?:学科|专业)"
    ),
    re.compile(r"在\s*[\u4e00-\u9fff]{2,20}?(?:大学|学院|研究院|研究所)\s*([^，,。]{2,20}?)\s*(?:学科|专业)"),
    # '在作物学学科（专业）完成', '于…在临床医学专业学习': the subject right after 在, before 学科 or 专业
    re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[年月日]))在\s*([\u4e00-\u9fff]{2,20}?)\s*(?:学科|专业)"),
    re.compile(r"自学考试\s*([^，,。:：]{2,30}?)\s*课程"),
    re.compile(r"自学考试\s*([\u4e00-\u9fff]{2,20}?)\s*专业"),
    re.compile(r"专\s*业\s*[:：]\s*([^，,。\s]{2,20})"),
    # ('考生X报考纺织工程专业': the subject applied for, not the verb)
    re.compile(r"(?:报考|攻读|就读于?)\s*([\u4e00-\u9fff]{2,20}?)\s*专业"),
    re.compile(r"([\u4e00-\u9fff]{2,20}?)专业"),
)
# ('专业 护理' on a register's form row: the value after a blank, alone on the row)
_SUBJECT_LABEL = re.compile(
    r"^\s*(?:报考|获\s*学\s*位|所\s*学|学\s*位|学\s*科\s*[、丶/,，]?\s*)?专\s*业\s*(?:名称)?\s*(?:[:：]\s*([^，,。\s]{2,20})|\s+([^，,。\s:：]{2,20})\s*$)"
)
# ('姓名：崔杰俊 准考证号：… 专业：学前教育': the label among a form row's others, the value ending the row;
# or before the next label, with no colons: '专业 物理学 课程代码 13718')
_SUBJECT_IN_ROW = re.compile(
    r"(?<![\u4e00-\u9fff])专\s*业\s*[:：]\s*([^，,。\s:：]{2,20})\s*$"
    r"|(?<![\u4e00-\u9fff])专\s*业\s+([\u4e00-\u9fff（）()]{2,20})\s+"
    r"(?=课程代码|课程名称|专业代码|准考证号|考籍号|层\s*次|学\s*制|身份证号|证件号)"
)
_MODULE_HEAD = re.compile(
    r"所修课程|修完课程|已修课程|考试科目|考试模块|合格模块|科目名称|合格课程|考试课程|合格科目|课程名称|模\s*块|科\s*目|"
    r"^\s*课\s*程(?=\s+(?:成\s*绩|学\s*分))"  # (a bare '课程 成绩' header)
)
# A row that opens the next field ends a module list even without a colon ('考试时间 2019/12/22').
_AFTER_MODULES = re.compile(
    r"^\s*(?:考试时间|考试日期|考试成绩|考试结果|成\s*绩|证书编号|编\s*号|发证|日\s*期|准考证号|身份证号|姓\s*名|性\s*别)"
    r"|.*(?:监制|印制)\s*$"  # ('人力资源和社会保障部人事考试中心监制': the form's maker, under the table)
    r"|^\s*[\u4e00-\u9fff]{4,30}考试\s*$"  # ('全国专业技术人员计算机应用能力考试': the exam's name under the table)
)
_HOLDER = re.compile(r"^(?:学生|研究生|学员|考生)?\s*([\u4e00-\u9fff]{2,4}?)\s*[，,]\s*(?:性别)?\s*[男女]")


_CLEAN_KIND = re.compile(r"计算机|自学考试|单科合格|研究生课程|课程进修班|博士|硕士|毕业")


_DIPLOMA_HEADING = re.compile(r"毕.?证书")


def qual_kind(rows: Sequence[Row]) -> Hit | None:
    # The certificate's own heading decides first: a 硕士研究生毕业证书 is a diploma, not a degree.
    for row in rows[:3]:
        if "自学考试" in "".join(r.compact for r in rows[:3]):
            break  # '高等教育自学考试' over '毕业证书': the self-study exam's diploma, read below
        if _DIPLOMA_HEADING.search(row.compact) and "学位" not in row.compact:
            conf = 0.95 if "毕业证书" in row.compact else 0.76
            return Hit("graduation", conf * ocr_factor(row), row, 0, len(row.text))
        # ('硕士学位证书' over '…学完硕士研究生课程，…授予…硕士专业学位': the degree, not the courses it took)
        degree = re.search(r"(硕|博)士学位证书", row.compact)
        if degree is not None:
            kind = "master_degree" if degree.group(1) == "硕" else "doctor_degree"
            return Hit(kind, 0.95 * ocr_factor(row), row, 0, len(row.text))
    for pattern, kind in _KINDS:
        for i, row in enumerate(rows):
            m = re.search(pattern, row.compact)
            if m:
                # A kind read from a damaged word (博土, 硕 学位) is a guess the reviewer should see.
                conf = (0.95 if i < 5 else 0.8) * (1.0 if _CLEAN_KIND.search(m.group(0)) else 0.8)
                return Hit(kind, conf * ocr_factor(row), row, 0, len(row.text))
    return None


_ONE_COURSE = re.compile(r"^\s*课\s*程\s*名\s*称\s*[:：]\s*([^，,。\s:：]{2,30})\s*$")


def subject(rows: Sequence[Row]) -> Hit | None:
    # A labelled 专业 row first: in the page's flow the value runs on into the next row's text.
    for row in rows:
        m = _SUBJECT_LABEL.search(row.text) or _SUBJECT_IN_ROW.search(row.text)
        if m:
            g = m.lastindex or 1
            value = cjk_punct(clean_value(m.group(g)))
            return Hit(value, 0.9 * ocr_factor(row), row, m.start(g), m.end(g))
    # a single course's pass certificate ('单科合格证书' / '课程名称：测量学'): the course is its subject
    if any("单科合格" in r.compact for r in rows[:4]):
        for row in rows:
            m = _ONE_COURSE.match(row.text)
            if m:
                return Hit(cjk_punct(m.group(1)), 0.85 * ocr_factor(row), row, m.start(1), m.end(1))
    for pattern in _SUBJECTS:
        for flow in flows(rows):
            m = pattern.search(flow.text)
            if m:
                value = cjk_punct(clean_value(m.group(1).replace(" ", "")))
                return Hit(value, 0.85 * ocr_factor(flow), flow, m.start(1), m.end(1))
    return None


_NUMBERED_SUBJECT = re.compile(r"^\s*考试科目\s*[一二三四五六七八九]\s*[:：]\s*(\S.*?)\s*$")


def numbered_modules(rows: Sequence[Row]) -> Hit | None:
    """'考试科目一：Windows7操作系统' / '考试科目二：…': one labelled row per module."""
    found = [(r, m) for r in rows if (m := _NUMBERED_SUBJECT.match(r.text))]
    if not found:
        return None
    values = [_spaced(cjk_punct(clean_value(m.group(1)))) for _, m in found]
    row, m = found[0]
    return Hit(values, 0.85 * ocr_factor(row), row, m.start(1), m.end(1))


def modules(rows: Sequence[Row]) -> Hit | None:
    """The module list printed under 考试科目（模块）, one per row, up to the issuer block."""
    for i, row in enumerate(rows):
        if not _MODULE_HEAD.search(row.text):
            continue
        if i + 1 < len(rows) and _TABLE_HEAD.search(rows[i + 1].text):
            continue  # '…下列科目成绩合格：' over a table's own header row: the table's rows hold the modules
        if _TABLE_HEAD.search(row.text):
            found = []  # a header row ('序号 科目名称 考试日期') names columns, not modules
        else:
            tail = row.text[_MODULE_HEAD.search(row.text).end() :]  # type: ignore[union-attr]
            # ('课程名称：（03708）中国近现代史纲要': the course's code in brackets before its name)
            tail = re.sub(r"^[\s:：]*[(（]\s*\d{4,6}\s*[)）]", "", tail)
            tail = _MODULE_NOISE.sub("", re.sub(r"^[\s()（）模块名称:：]*", "", tail)).strip(" :：")
            found = _module_names(tail)
        for below in rows[i + 1 : i + 9]:
            text = _SERIAL.sub("", _MODULE_NOISE.sub("", below.text)).strip()
            if (
                not text
                or ORG.fullmatch(below.compact)
                or re.search(r"[:：]", below.text)
                or _AFTER_MODULES.match(below.text)
                or re.search(
                    r"[。]|特发此证|该同志|兹证明", below.text
                )  # (the certificate's sentence under the table)
            ):
                break
            found += _module_names(text)
        if found:
            return Hit(found, 0.8 * ocr_factor(row), row, 0, len(row.text))
    return None


# What a module row may print besides the module: a result and a date ('Excel 2003中文电子表格 合格 2012年5月').
_MODULE_NOISE = re.compile(
    r"(?:合格|通过|成绩|优秀|良好)|(?<![\d.])\d{1,3}(?:\.\d)?\s*分|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|"
    r"(?<=[\u4e00-\u9fff)）])\s*\d{2,3}(?:\.\d)?(?![\d.])(?=\s|$)|"  # (a bare score after the module: '森林生态学 78')
    r"[〇零一二][〇零○O一二三四五六七八九]{3}\s*年\s*[一二三四五六七八九十]{1,2}\s*月(?:\s*[一二三四五六七八九十]{1,3}\s*日)?|(?:19|20)\d{2}[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?"
)


# A module table's header row, and the serial that opens each of its rows ('1 Word 2003中文字处理').
_TABLE_HEAD = re.compile(
    r"(?:序\s*号|科目名称|模块名称|考试科目|考试模块).*(?:日\s*期|时\s*间|成\s*绩|结\s*果|科目名称|模块名称)|"
    r"^\s*课\s*程\s+(?:成\s*绩|学\s*分)\s*$"
)
_SERIAL = re.compile(r"^\s*\d{1,2}\s*[.、．]?\s+")


def _module_names(text: str) -> list[str]:
    # Several modules on one line are separated by 、 or ；, never by a space (names contain spaces).
    # (OCR reads Excel's last letter as a one: 'Exce1 2016中文电子表格')
    text = re.sub(r"(?<![A-Za-z])Exce[1lI|](?=\s|\d|[\u4e00-\u9fff]|$)", "Excel", text)
    return [_spaced(cjk_punct(v)) for v in (clean_value(p) for p in re.split(r"[、;；,，]", text)) if v]


def _spaced(name: str) -> str:
    """A module's software and its version as the exam's catalogue prints them: 'Word2016…' is 'Word 2016…'."""
    # (a year after any name, AutoCAD 2008; a digit after a word, Windows 7; but Photoshop CS4 stays whole)
    return re.sub(r"(?<=[A-Za-z])(?=(?:19|20)\d{2}(?!\d))|(?<=[a-z])(?=\d)", " ", name)


# A transcript's table: '课程代码 课程名称 成绩 考试时间' over rows such as '03706 思想道德修养与法律基础 72 2017.04'.
_COURSE_HEADER = re.compile(r"课\s*程\s*名\s*称")
_COURSE_OTHER = re.compile(r"课程代码|课程编号|成\s*绩|学\s*分|考试时间|考试日期|合格时间")
_COURSE_NOISE = re.compile(
    r"[A-Z]?\d{3,6}|\d{1,3}(?:\.\d+)?分?|(?:19|20)\d{2}(?:[.\-/年]\d{1,2}月?){1,2}日?|合格|通过|优秀|良好|及格|免考"
)


# A one-course certificate's form row: the course after its label, then another label with its figure.
_FILLED_COURSE = re.compile(
    r"课\s*程\s*名\s*称\s*[:：]?\s*([^\s:：]{2,30})\s+(?:成\s*绩|学\s*分)\s*[:：]?\s*\d{1,3}(?!\d)"
)


def course_table(rows: Sequence[Row]) -> Hit | None:
    """The course names of a transcript table, one per row, while rows still print a code, mark or date."""
    for i, row in enumerate(rows):
        if not (_COURSE_HEADER.search(row.text) and _COURSE_OTHER.search(row.text)):
            continue
        filled = _FILLED_COURSE.search(row.text)
        if filled is not None:  # a form's row, not a header: '课程名称 茶叶审评与检验 成绩 85'
            value = cjk_punct(clean_value(filled.group(1)))
            return Hit([value], 0.8 * ocr_factor(row), row, filled.start(1), filled.end(1))
        found = []
        for below in rows[i + 1 : i + 41]:
            name = _course_name(below.text)
            if name is None:
                break
            found.append(name)
        if found:
            return Hit(found, 0.8 * ocr_factor(row), row, 0, len(row.text))
    return None


def _course_name(text: str) -> str | None:
    """What a table row prints besides its code, mark and date; None when it prints none of those."""
    tokens = text.split()
    kept = [t for t in tokens if not _COURSE_NOISE.fullmatch(t)]
    if len(kept) == len(tokens) or not kept:
        return None
    name = cjk_punct(clean_value("".join(kept)))
    return name if re.search(r"[\u4e00-\u9fff]", name) else None


def qual_holder(rows: Sequence[Row]) -> Hit | None:
    for row in rows:
        m = _HOLDER.search(row.text) or re.search(
            r"(?:学生|研究生|考生)\s*([\u4e00-\u9fff]{2,4}?)\s*[，,]", row.text
        )
        if m:
            names = split_names(m.group(1))
            if names and names[0].text == m.group(1):
                return Hit(m.group(1), 0.85 * ocr_factor(row), row, m.start(1), m.end(1))
    for row in rows:
        # a four- or five-character name (吉木乃依，女，…) no surname rule vouches for
        m = re.search(
            r"^(?:学生|研究生|学员|考生)?\s*([\u4e00-\u9fff·]{4,6})\s*[，,]\s*(?:性别)?\s*[男女]", row.text
        )
        found = person_name(m.group(1)) if m else None
        if m and found is not None:
            return Hit(found[0], found[1] * 0.85 * ocr_factor(row), row, m.start(1), m.end(1))
    for row in rows:
        # a name of a surname the list does not know, vouched for by the sentence that opens a diploma or degree
        # ('沿丹丹，男，1972年2月8日生'): less sure, and a reviewer sees why
        m = re.search(
            r"^(?:学生|研究生|考生)?\s*([\u4e00-\u9fff]{2,3})\s*[，,]\s*(?:性别)?\s*[男女]\s*[，,]\s*(?:19|20)\d{2}\s*年",
            row.text,
        )
        if m and not re.search(r"[年月日省市县区校院]", m.group(1)):
            return Hit(m.group(1), 0.6 * ocr_factor(row), row, m.start(1), m.end(1))
    return None


def _name_under_heading(rows: Sequence[Row]) -> Hit | None:
    """A name printed alone on a row just under the certificate's heading, its label lost (less sure)."""
    for row in rows[1:4]:
        found = person_name(row.text.strip())
        if found is not None and found[0] == row.text.strip() and found[1] >= 0.9:
            return Hit(found[0], 0.7 * ocr_factor(row), row, 0, len(row.text))
    return None


_PHOTO_CAPTION = re.compile(r"^\s*(?:照\s*片|相\s*片)\s+(?=\S)")


def _main_rows(rows: Sequence[Row]) -> list[Row]:
    # Signatures (校长：…, 主席：…) sit in the body but name the signer, not the graduate; the photo box's
    # caption read into the row beside it ('照片 学专业四年制本科学习') is no part of the sentence.
    out = []
    for r in rows:
        if re.search(r"校\s*长|主\s*席|院\s*长", r.text):
            continue
        cut = _PHOTO_CAPTION.match(r.text)
        out.append(Row(r.page, r.text[cut.end() :], r.boxes[cut.end() :], r.conf) if cut else r)
    return out


# A query result's columns over the one diploma's row ('姓名 学历 专业 毕业院校 毕业日期 证书编号').
_ONE_RECORD_HEADS = re.compile(
    r"姓\s*名|性\s*别|学\s*历|学\s*位(?:类别|级别)?|层\s*次|专\s*业|毕业院校|院校名称|学位授予单位|毕业日期|授予日期|"
    r"入学日期|学习形式|证书编号"
)


def qualification_certificate(rows: Sequence[Row], draft: Draft) -> None:
    rows = table_as_labels(rows, _ONE_RECORD_HEADS)
    kind = qual_kind(rows)
    body = _main_rows(rows)
    draft.put("qualification.kind", kind)
    draft.put("holder", qual_holder(body))
    holder(body, draft)
    draft.put("holder", _name_under_heading(body))
    if kind is None or kind.value != "computer_exam":
        draft.put("qualification.subject", subject(body))
    if kind is not None and kind.value == "computer_exam":
        draft.put("qualification.modules", numbered_modules(body) or modules(body))
    if kind is not None and kind.value == "self_study_exam":
        # a transcript table, else courses listed one a row under 合格课程 with their marks
        draft.put("qualification.modules", course_table(body) or modules(body))
    if kind is not None and kind.value == "postgraduate_courses":
        # '修完下列全部课程' over a table of them, or listed after 所修课程：
        draft.put("qualification.modules", course_table(body) or modules(body))
    draft.put("issuer", signer_school(rows) or numbered_school(rows))
    signed = footer_date(rows)
    if signed is not None and re.search(r"主席|校长|院长", signed.row.text) and not draft.has("issued_on"):
        draft.put("issued_on", signed)  # dated on the signer's row: '…主席 成华婉 二〇二三年十二月十日'
    common(body, draft)
    footer = footer_issuer(rows)  # (a row the body left out: 'XX大学 学位评定委员会主席')
    draft.put("issuer", footer if footer and not re.search(r"主席|校长|院长", footer.value) else None)
    draft.put("issuer", school_in_text(body))


_SIGNER = re.compile(r"(?:校\s*[(（]?\s*院?\s*[)）]?\s*长|主\s*席|院\s*长)\s*[:：]")
_SCHOOL_CELL = re.compile(r"([\u4e00-\u9fff]{2,20}(?:大学|学院|研究院|研究所|党校|学校))\s*$")


def signer_school(rows: Sequence[Row]) -> Hit | None:
    """The school printed after the signer ('校（院）长：王强 湖南城市学院'): the seal's owner, the issuer."""
    for row in rows:
        sign = _SIGNER.search(row.text)
        if sign is None:
            continue
        tail = row.text[sign.end() :]
        for d in reversed(find_dates(tail)):
            tail = tail[: d.start]
        m = _SCHOOL_CELL.search(tail.rstrip())
        if m and " " in tail.strip():  # a cell of its own, after the signer's name
            at = sign.end() + m.start(1)
            return Hit(m.group(1), 0.85 * ocr_factor(row), row, at, at + len(m.group(1)))
    return None


_NUMBERED = re.compile(r"编\s*号\s*[:：]?\s*[A-Za-z0-9\-]{6,}\s+")


def numbered_school(rows: Sequence[Row]) -> Hit | None:
    """The school printed after the certificate's number ('证书编号：1569… 山东大学'): the seal's owner."""
    for row in rows:
        num = _NUMBERED.search(row.text)
        tail = row.text[num.end() :] if num else ""
        for d in reversed(find_dates(tail)):
            tail = tail[: d.start]
        m = _SCHOOL_CELL.fullmatch(tail.strip())
        if num and m:
            at = num.end() + tail.index(m.group(1))
            return Hit(m.group(1), 0.85 * ocr_factor(row), row, at, at + len(m.group(1)))
    return None


_SCHOOL = re.compile(r"在\s*([\u4e00-\u9fff]{2,20}?(?:大学|学院|研究院|研究所|党校))")


def school_in_text(rows: Sequence[Row]) -> Hit | None:
    """The school named in the body ('在华中农业大学…学科'), when no issuer is printed under the seal."""
    for flow in flows(rows):
        m = _SCHOOL.search(flow.text)
        if m:
            return Hit(m.group(1).replace(" ", ""), 0.7 * ocr_factor(flow), flow, m.start(1), m.end(1))
    return None
