"""Training notices (通知, 邀请函, 日程): the event, its period, organiser, and who the notice names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extractors.categories import stated_category
from extractors.dates import document_year, find_dates
from extractors.fields import Draft, Hit, clean_value, first_labelled, labelled, ocr_factor
from extractors.generic import ORG, common, period
from extractors.people import COLUMN_WORD, SURNAMES, labelled_holder, people_from, person_name, split_names
from extractors.sheets import attendees, numbered_attendees
from extractors.text import Row, cjk_punct, flows
from extractors.text import flow as joined_rows
from extractors.training import flow_title, organiser, quoted_event, training_title

# Who a notice was sent to or kept by: an invitation's salutation ('尊敬的X专家：'), or a note written on the
# notice ('X 参加', '参训人：X').
_SALUTATION = re.compile(
    r"^\s*(?:尊敬的|致)\s*(?P<n>[\u4e00-\u9fff·]{2,6}?)[\s_＿]*"  # (a name filled in a blank: '肖轩宇__同志')
    r"(?:(?:专家|教授|研究员|女士|先生|同志|老师|医生|医师|主任|院长|博士|同学|经理|总工|所长|校长|局长|科长|书记|"
    r"(?:高级|助理|副)?(?:工程师|实验师|会计师|经济师|统计师|农艺师|畜牧师|兽医师|技师|讲师|护师|药师)|"
    r"(?:正高级|高级|一级|二级|三级)教师|"
    # (the salutation alone on its row: the OCR may lose its colon, '尊敬的 汤华鹏')
    r"(?:副)?主任医师|主治医师)(?:\s*/\s*(?:女士|先生))?)?\s*(?:[:：,，]|$)"
)
_GREETING = re.compile(r"^\s*(?P<n>[\u4e00-\u9fff·]{2,4}?)\s*(?:同志|老师|女士|先生|学员)\s*[:：]\s*$")
_NOTE = (
    re.compile(
        r"^\s*(?P<n>[\u4e00-\u9fff·]{2,6}?)\s*(?:已|拟|同意|确认)?\s*(?:全程|按时)?\s*(?:(?:参加|参训|报名|出席|参会|完成|学完)\s*){1,2}[。.]?\s*$"
    ),
    # '参训人：X', '参训：X', '拟参会：X', '已报名：X'; a status or the day after it ('参训：X 已报名10.23')
    re.compile(
        r"^\s*(?:拟|已)?\s*(?:参训|参加|参会|报名|出席)(?:人员|人)?\s*[:：]\s*(?P<n>[\u4e00-\u9fff·]{2,6}?)"
        r"(?:\s+(?:已|拟)?\s*(?:报名|参加|参训|参会)?\s*(?:\d{1,2}\s*[./月]\s*\d{1,2}\s*日?)?)?\s*$"
    ),
    # a superior's note on the notice: '请崔民同志参加'
    re.compile(
        r"^\s*请\s*(?P<n>[\u4e00-\u9fff·]{2,4}?)\s*(?:同志|老师)?\s*(?:参加|参训|参会|出席)\s*[。.]?\s*$"
    ),
    # a group chat's notice naming one member: '@常娟 请您准时参加'
    re.compile(r"^\s*@\s*(?P<n>[\u4e00-\u9fff·]{2,4}?)\s*(?=请|您|，|,|\s)"),
    # '…印发日期：…  王雅 已参训': a note written at the end of the last row
    re.compile(r"^.*?\s(?P<n>[\u4e00-\u9fff·]{2,4})\s+(?:已|拟)\s*(?:参训|参加|参会|报名|出席)\s*$"),
    # '抄送：杜娟': the one person (no office) the notice was copied to
    re.compile(
        r"^\s*(?:抄\s*送|送\s*达)\s*[:：]\s*(?P<n>[\u4e00-\u9fff·]{2,4}?)\s*(?:同志|老师)?\s*[。.]?\s*$"
    ),
    # '孙永晶存档': the one who kept the notice on file
    re.compile(r"^\s*(?P<n>[\u4e00-\u9fff·]{2,4}?)\s*(?:已)?\s*(?:存档|留存|备查|收存)\s*$"),
    # '本人曲颖蕾已全程参加此次培训。': the note in the first person, naming the signer
    re.compile(
        r"^\s*本人\s*(?P<n>[\u4e00-\u9fff·]{2,4}?)\s*(?:已|确已)\s*(?:全程|按时)?\s*(?:参加|参训|参会|学完|完成)"
    ),
    # '已参会 X', '本人已参加 X': the note, then the name signed after it
    re.compile(
        # ('本人已参加此次培训 X': what was attended may be said)
        r"^\s*(?:本人\s*(?:已|拟)?|已|拟)\s*(?:全程|按时)?\s*(?:(?:参训|参加|参会|报名|出席|学完|完成)\s*){1,2}"
        r"(?:(?:此次|本次|该次|本期)\s*(?:培训|学习|研修|会议|活动)\s+)?"
        # (and the day it was written: '已参加侯红 2.11')
        r"\s*[。.，,]?\s*[—\-–_]*\s*(?P<n>[\u4e00-\u9fff·]{2,6})(?:\s+\d{1,2}\s*[./月]\s*\d{1,2}\s*日?)?\s*$"
    ),
)


# An invitation addressed by name and professional title: '王洪历史高级教师：', '高霞晨 高级兽医师：' (the subject
# taught may come between).
_TITLED = re.compile(
    r"^\s*(?P<w>[\u4e00-\u9fff·]{2,12}?)\s*(?P<t>(?:正高级|副高级|高级|一级|二级|三级|中级|助理|副|主任|副主任|主治|主管)?"
    r"(?:教师|医师|兽医师|药师|护师|技师|工程师|农艺师|畜牧师|会计师|经济师|统计师|审计师|实验师|馆员|编辑|记者|研究员|讲师|教授))"
    r"\s*[:：]\s*$"
)


def _titled_greeting(row: Row) -> Hit | None:
    """The name of a `_TITLED` greeting: the longest sure name its words open with, the rest (if any) a word
    of two or more characters (历史 before 高级教师), not a given name's last character cut off."""
    m = _TITLED.match(row.text)
    if m is None:
        return None
    words = m["w"]
    for size in (4, 3, 2):
        name, rest = words[:size].strip(), words[size:].strip()
        if len(name) != size or (rest and len(rest) < 2):
            continue
        found = person_name(name)
        if found is not None and found[1] >= 0.9:
            at = m.start("w")
            return Hit(found[0], found[1] * 0.85 * ocr_factor(row), row, at, at + size)
    return None


def attendee(rows: Sequence[Row]) -> Hit | None:
    """The person a notice names as its addressee or attendee; none for '尊敬的各位专家：' or '各有关单位：'."""
    for row in rows[:6]:
        # ('韩辰同志：' opening an e-mailed notice, with no 尊敬的 before it)
        m = _SALUTATION.match(row.text) or _GREETING.match(row.text)
        if m and (found := person_name(m["n"])) is not None:
            return Hit(found[0], found[1] * 0.9 * ocr_factor(row), row, m.start("n"), m.end("n"))
        titled = _titled_greeting(row)
        if titled is not None:
            return titled
    for pattern in _NOTE:
        for row in rows:
            m = pattern.match(row.text)
            # ('准时参加。' ends a sentence: a rare surname's 'name' is no note's signer)
            if m and (found := person_name(m["n"])) is not None and found[1] >= 0.9:
                # A handwritten note: OCR of handwriting is shakier than print.
                return Hit(found[0], found[1] * 0.8 * ocr_factor(row), row, m.start("n"), m.end("n"))
    return None


# A notice's heading names the event: '关于举办X的通知', '关于组织参加X的通知', '关于召开X的预通知'.
_NOTICE_HEADING = re.compile(
    r"关于\s*(?:(?:举办|召开|开展|组织|举行|参加|做好)\s*){1,2}(?P<t>[^，,。；;：:]{4,60}?)\s*"
    r"(?:(?:参训|报名|参会|选派)(?:工作|人员)?)?\s*(?:的|有关事项的|相关事宜的)?\s*(?:预通知|通知|邀请函|函|通告|安排)"
)


_EVENT_END = r"(?:培训班|研修班|学习班|进修班|培训|讲座|研讨会|论坛|会议|年会|交流会|报告会)"
# A post's heading after its tag: '【通知】XX专题培训班报名开始啦'.
_TAGGED_HEADING = re.compile(
    rf"^\s*[【「\[]?\s*(?:会议|培训)?通\s*知\s*[】」\]]\s*(?P<t>[^，,。；;：:]{{4,50}}?{_EVENT_END})"
)
# ... or the tag alone on its row over the event's name ('【会议通知】' / '泰安市城乡规划学会2022年学术年会')
_TAG_ALONE = re.compile(r"^\s*[【「\[]\s*(?:会议|培训)?通\s*知\s*[】」\]]\s*$")
_EVENT_ROW = re.compile(rf"^\s*(?P<t>[^，,。；;：:]{{4,50}}?{_EVENT_END})\s*$")


# An e-mail's subject line: '主 题：会议通知：配电网自动化运维技术专题培训班'.
_MAIL_SUBJECT = re.compile(
    r"^\s*主\s*题\s*[:：]\s*(?:会议|培训)?通知\s*[:：]\s*(?P<t>[^，,。；;：:]{4,50}?(?:培训班|研修班|学习班|进修班|培训|讲座|研讨会|论坛|会议))\s*$"
)


_PRINT_HEADER = re.compile(
    r"^\s*(?:19|20)\d{2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{1,2}\s+\d{1,2}\s*[:：]\s*\d{2}"
)


def _notice_heading(rows: Sequence[Row]) -> Hit | None:
    """The event named in a notice's heading, which may wrap onto a second row ('…2.0培' / '训的通知')."""
    head = [r for r in rows[:8] if r.page == rows[0].page]
    for k, tagged in enumerate(head[:6]):
        row = tagged
        m = _TAGGED_HEADING.match(row.text) or _MAIL_SUBJECT.match(row.text)
        if m is None and _TAG_ALONE.match(tagged.text) and k + 1 < len(head):
            row = head[k + 1]
            m = _EVENT_ROW.match(row.text)
        if m:
            value = cjk_punct(clean_value(m["t"].replace(" ", "")))
            return Hit(value, 0.85 * ocr_factor(row), row, m.start("t"), m.end("t"))
    for i, row in enumerate(head):
        # (not a browser's print header, the page's name cut short: '2016/04/11 09:13 关于举办…培训的通….')
        if not re.search(r"关\s*于", row.text) or _PRINT_HEADER.match(row.text):
            continue
        for n in (1, 2):
            joined = joined_rows(head[i : i + n])
            m = _NOTICE_HEADING.search(joined.text)
            if m and not re.search(r"…|\.\.", m["t"]):
                # ('关于组织开展“X”内部培训的通知': the quoted name, not the kind of event after it)
                value = quoted_event(m["t"]) or cjk_punct(clean_value(m["t"].replace(" ", "")))
                conf = (0.9 if n == 1 else 0.8) * ocr_factor(joined)
                return Hit(value, conf, joined, m.start("t"), m.end("t"))
    return None


_LISTED = r"参训人员|参会人员|参加人员|报名人员|参训学员|参训人|参会人|(?:已报名|本期|本班|报名)学员"


def _only_names(value: str, listed: bool | None = True) -> bool:
    """Whether the value is names and separators only, every character of it read into a name."""
    names = split_names(value, listed=listed)
    return bool(names) and "".join(n.text for n in names) == re.sub(r"[\s、丶,，;；]", "", value)


def listed_attendees(rows: Sequence[Row]) -> list[tuple[dict[str, object], Hit]]:
    """Attendees a notice names in a labelled list ('参训人员：孟家昊、吴雅岚'), when the value is only names;
    the audience described in words ('参训人员：各单位业务骨干') names no one."""
    for hit in labelled(rows, _LISTED, next_row=False):
        # ('一、参会人员：吕永森、袁丽平、戴辉。', '参训人员：A、B。请相关人员准时参加。')
        value = re.split(r"[。；;]", hit.value.strip())[0]
        # ('请参训人员填写报名回执': the label inside a sentence, with no colon and no list after it, names no one)
        colon = re.search(r"[:：]\s*$", hit.row.text[: hit.start])
        if (colon or re.search(r"[、，,]", value)) and _only_names(value, listed=None):
            return people_from([hit.with_value(value)], "attendee")
    return _list_below(rows) or sentence_list(rows)


_LIST_INTRO = re.compile(
    r"(?:(?:名单|人员)[\u4e00-\u9fff]{0,3}?\s*(?:如下|是)|(?:下列|以下)\s*(?:同志|人员|学员)[\u4e00-\u9fff]{0,12})\s*[:：]\s*$"
    # ('附：第一批参训学员名单' over rows of names set apart by blanks)
    r"|^\s*附\s*件?\s*[:：]?\s*[\u4e00-\u9fff]{0,10}(?:学员|人员|参训|参会)(?:名单)?\s*$"
    # ('首批报名人员：', '已报名学员（第一批）' over rows of names set apart by blanks)
    r"|^\s*(?:首批|第[一二三四五六七八九十]批|已)?\s*(?:报名|参训|参会|录取|确定)\s*(?:人员|学员)(?:名单)?\s*"
    r"(?:[（(][^()（）]{1,8}[)）])?\s*[:：]?\s*$"
)


_GLUED_LIST = re.compile(
    # (or with no 名单: '附：首批确定参训学员战丽琪、孔霞、…')
    # (or in brackets after it: '附件：第一批参训人员名单（A、B、C）')
    r"(?:(?:学员|人员|参训|报名|参会)[\u4e00-\u9fff]{0,4}名单|(?:参训|参会|报名)(?:学员|人员))\s*[:：]?\s*[（(]?\s*"
    # (the last piece may be a surname the wrap cut from its name: '…、白' / '泰')
    r"((?:[\u4e00-\u9fff·]{2,6}\s*[、，,]\s*)+(?:[\u4e00-\u9fff·]{1,6})?)\s*[)）]?\s*[。.]?\s*$"
)


# '确定以下同志参加本期培训：莫亚楠（娄底市…中心）、格桑旺姆（…）…。': a list inside the sentence, each name with
# its workplace in brackets, wrapping as the sentence does.
_IN_SENTENCE = re.compile(
    r"(?:以下|下列)\s*(?:同志|人员|学员|专家|代表)[^：:。；;]{0,16}[:：]\s*(?P<l>[^。；;：:]{4,600})"
)
_BRACKETED = re.compile(r"[（(][^（()）]{0,40}[）)]")
# '经研究，决定选派阎颖、金志敏、邱春杰等3名同志参加': the people a unit sends, named in the sentence.
_SENT = re.compile(
    # (each name as short as will do: '推荐孔永宇、秦庆洋同志参加' ends with 秦庆洋, not 秦庆洋同志)
    r"(?:选派|推荐|安排|确定|委派|派)\s*(?P<l>[\u4e00-\u9fff·]{2,6}?(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,6}?)+)"
    r"\s*(?:等\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:名|位|人)\s*)?(?:同志|人员|学员)?\s*(?:参加|参训|前往|出席)"
)


# '经各单位推荐，确定烟台港集装箱码头有限公司袁凤金、龙口港集团有限公司蔡一同志参加。': each one sent named after
# their workplace, the list wrapping as the sentence does.
_SENT_TAIL = (
    r"\s*(?:等\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:名|位|人)\s*)?(?:同志|人员|学员)\s*"
    r"(?:按时|准时|届时|务必)?\s*(?:参加|参训|前往|出席)"
)
_SENT_UNITS = re.compile(r"(?:选派|推荐|安排|确定|委派)(?![，,、\s])(?P<l>[^。；;：:]{4,600}?)" + _SENT_TAIL)
# '四、参训人员：请开封市中心医院雷杰刚、姚兰怡同志按时参加': the people a notice asks to come, named in the
# sentence after one workplace they share (or each after their own).
_ASKED_UNITS = re.compile(r"(?:^|[:：，,。])\s*请(?![，,、\s])(?P<l>[^。；;：:，,]{4,600}?)" + _SENT_TAIL)


def unit_then_name(piece: str) -> tuple[int, str] | None:
    """'德州市湖滨北路小学上官建' → (offset, '上官建'): a workplace the ORG pattern reads whole, then a name led by
    a known surname; None when the piece is not so cut (a column printed beside the list ran into it)."""
    for size in (3, 2, 4):
        name, unit = piece[-size:], piece[:-size].replace(" ", "")
        named = person_name(name) if len(piece) > size and not re.search(r"\s", name) else None
        if named is not None and named[1] >= 0.9 and ORG.fullmatch(unit):
            return len(piece) - size, named[0]
    return None


def _units_and_names(flow: Row, m: re.Match[str]) -> list[tuple[dict[str, object], Hit]]:
    """The people of a `_SENT_UNITS` list: every piece cut into workplace and name; those that do not cut are
    passed over, at a lower confidence for the rest (their order on the page is no longer sure)."""
    hits: list[Hit] = []
    cut = at = 0
    pieces = re.split(r"([、，,])", m["l"])
    for piece in pieces[::2]:
        start = m.start("l") + at
        at += len(piece) + 1
        found = unit_then_name(piece.strip())
        # a bare name after one that was cut shares that one's workplace ('中心医院雷杰刚、姚兰怡')
        alone = person_name(piece.strip()) if hits and found is None else None
        if alone is not None and alone[1] >= 0.9 and alone[0] == piece.strip():
            found = (0, alone[0])
        cut += found is not None or not piece.strip()
        if found is None:
            continue
        offset = start + (len(piece) - len(piece.lstrip())) + found[0]
        hits.append(Hit(found[1], 0.85 * ocr_factor(flow), flow, offset, offset + len(found[1])))
    whole = cut == len(pieces[::2])
    if not hits:
        return []
    return people_from(
        [h if whole else h.with_value(h.value, 0.8 * h.conf) for h in hits], "attendee", listed=True
    )


# '经各单位推荐，参训人员为：毛志昊、靳胜涛、苏云。': the list the sentence names, wrapping as it does.
_NAMED_AS = re.compile(
    r"(?:参训|参会|参加|报名|培训)\s*(?:人员|学员)\s*(?:为|是|有)\s*[:：]?\s*"
    r"(?P<l>[\u4e00-\u9fff·]{2,6}(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,6})+)\s*(?:等\s*\d{0,3}\s*[名位人]?)?\s*[。；;]"
)


def sentence_list(rows: Sequence[Row]) -> list[tuple[dict[str, object], Hit]]:
    for flow in flows(rows):
        named = _NAMED_AS.search(flow.text)
        if named is not None and _only_names(named["l"]):
            hit = Hit(named["l"], 0.85 * ocr_factor(flow), flow, named.start("l"), named.end("l"))
            return people_from([hit], "attendee", listed=True)
        sent = _SENT.search(flow.text)
        if sent is not None and _only_names(sent["l"]):
            hit = Hit(sent["l"], 0.85 * ocr_factor(flow), flow, sent.start("l"), sent.end("l"))
            return people_from([hit], "attendee", listed=True)
        for pattern in (_SENT_UNITS, _ASKED_UNITS):
            units = pattern.search(flow.text)
            if units is not None and (found := _units_and_names(flow, units)):
                return found
        m = _IN_SENTENCE.search(flow.text)
        if m is None:
            continue
        # brackets blanked, not cut, so each name keeps its place on the page
        value = _BRACKETED.sub(lambda b: " " * len(b.group(0)), m["l"])
        # the list ends with the row its last separator is on, when nothing closes it ('…、任祎、钟轩' / 'XX委员会')
        last = max(value.rfind(c) for c in "、,，")
        ends = [b - m.start("l") for b in flow.parts if b - m.start("l") > last >= 0]
        closed = flow.text[m.end("l") : m.end("l") + 1] in ("。", "；", ";")
        if ends and not closed:
            value = value[: ends[0]]
        pieces = [x for x in re.split(r"\s*[、,，]\s*", value.strip()) if x.strip()]
        names = [split_names(x.strip(), listed=True) for x in pieces]
        if len(pieces) >= 2 and all(
            len(n) == 1 and n[0].text == x.strip() for n, x in zip(names, pieces, strict=True)
        ):
            hit = Hit(value, 0.85 * ocr_factor(flow), flow, m.start("l"), m.end("l"))
            return people_from([hit], "attendee", listed=True)
    return []


def _list_below(rows: Sequence[Row]) -> list[tuple[dict[str, object], Hit]]:
    """'…确定参训人员名单如下：' / '梁军、陶山磊、余艳敏。': the names on the rows under the sentence, or right
    after 名单 on its own row ('附：首批报名学员名单郑岚、张佳超、…'), the list wrapping after a separator."""
    for i, row in enumerate(rows):
        glued = _GLUED_LIST.search(row.text)
        if glued:
            first = Hit(glued.group(1), 0.85 * ocr_factor(row), row, glued.start(1), glued.end(1))
            found = people_from(_name_rows(rows, i + 1, [first], 2), "attendee", listed=True)
            if len(found) >= 2:
                return found
    for i, row in enumerate(rows[:-1]):
        before = rows[i - 1].text if i and rows[i - 1].page == row.page else ""
        if (
            not (_LIST_INTRO.search(before + row.text) or _LIST_INTRO.search(row.text))
            or rows[i + 1].page != row.page
        ):
            continue  # (the sentence may wrap: '…名单公' / '布如下：')
        hits = _name_rows(rows, i + 1, [], 3)
        if hits:
            return people_from(hits, "attendee", listed=True)
        # one numbered name a row ('1.高军' / '2.叶庆红'), each serial its place
        numbered = numbered_attendees(rows[i + 1 :])
        if numbered:
            return numbered
        listed = _name_workplace_rows(rows, i + 1)
        if listed:
            return listed
    return []


def _name_workplace_rows(rows: Sequence[Row], at: int) -> list[tuple[dict[str, object], Hit]]:
    """An annex listing one person a row with the workplace after the name ('闫志 德州市立医院')."""
    out: list[tuple[dict[str, object], Hit]] = []
    for row in rows[at:]:
        # ('闫志 德州市立医院', '1.韩立静（东平县王果铺镇农业综合服务中心）')
        m = re.fullmatch(
            r"\s*(?:\d{1,3}\s*[.、．]\s*)?([\u4e00-\u9fff·]{2,6})\s*(?:[（(]([^()（）]{4,30})[)）]|\s([\u4e00-\u9fff（）()]{4,30}))\s*",
            row.text,
        )
        names = split_names(m.group(1)) if m else []
        if row.page != rows[at - 1].page or not m or len(names) != 1 or names[0].text != m.group(1):
            break
        unit = m.group(2) or m.group(3)
        if not (ORG.fullmatch(unit) or re.search(r"[院局站校所厂队会部处室心]$", unit)):
            break
        hit = Hit(m.group(1), names[0].conf * 0.85 * ocr_factor(row), row, m.start(1), m.end(1))
        out.append(({"name": m.group(1), "rank": len(out) + 1, "role": "attendee"}, hit))
    return out


def _name_rows(rows: Sequence[Row], at: int, hits: list[Hit], most: int) -> list[Hit]:
    """`hits` and up to `most` rows from `at` on that hold only names, while the list ends on a separator."""
    page = rows[at - 1].page if at else None
    for k, below in enumerate(rows[at:]):
        # (a list grouped by place or unit, each group on its row: '尉氏县：石红军 付丽娟 郭振海', as many as
        # there are groups)
        group = _GROUP_LABEL.match(below.text.strip())
        if k >= most and not (group and hits and hits[-1].start > 0):
            break
        off = group.end() if group else 0
        value = re.sub(r"[。.]\s*$", "", below.text.strip()[off:])
        # (the last may be a surname the wrap cut from its name)
        blanks = r"[\u4e00-\u9fff·]{2,12}(?:\s+[\u4e00-\u9fff·]{2,12})+(?:\s+[\u4e00-\u9fff])?"
        # names set apart by blanks, or a row of them OCR ran together over a row set apart so
        spaced = bool(hits) and (
            re.fullmatch(blanks, hits[-1].value.strip())
            or (
                re.fullmatch(r"[\u4e00-\u9fff·]{4,24}", hits[-1].value.strip())
                and re.fullmatch(blanks, value)
            )
        )
        if hits and below.page == page and not spaced and not re.search(r"[、,，;；]\s*$", hits[-1].value):
            # a name cut by the wrap ('…、尉迟华' / '燕、汪梅辉…'): its end opens the next row before a separator
            cut = re.match(r"[\u4e00-\u9fff]{1,2}\s*(?:[、,，;；]|$)", value)
            rest = value[cut.end() :] if cut else ""
            if cut is None or (rest and not _only_names(rest)):
                break
            last = hits[-1]
            both = joined_rows([last.row, below])
            hits[-1] = Hit(last.value + value, 0.8 * last.conf, both, last.start, len(both.text))
            continue
        if below.page != page or not value:
            break
        # (a row may end on the surname of a name the wrap cut: '…、单振睿、柯' / '子平', '…石岱 尚' / '英森 庞松')
        whole = re.sub(r"([、,，;；]|\s)\s*[\u4e00-\u9fff]$", r"\1", value)
        if not _only_names(whole):
            break
        tail_cut = re.search(r"\s([\u4e00-\u9fff])$", hits[-1].value) if hits else None
        opening = re.match(r"[\u4e00-\u9fff]{1,2}(?=\s|$)", value)
        if tail_cut and opening and tail_cut.group(1) in SURNAMES and below.page == hits[-1].row.page:
            # the surname left at the end of the row above opens the name this row goes on with
            last = hits[-1]
            hits[-1] = last.with_value(last.value[: tail_cut.start()])
            value = tail_cut.group(1) + value
        hits.append(Hit(value, 0.85 * ocr_factor(below), below, off, len(below.text.strip())))
    return hits


_GROUP_LABEL = re.compile(
    r"^[\u4e00-\u9fff（）()]{1,20}?(?:县|区|市|镇|乡|街道|局|院|站|所|校|中心|公司|单位|组)\s*[:：]\s*(?=\S)"
)


_SLIP = re.compile(r"回\s*执|报\s*名\s*[表单]|参\s*会\s*回\s*执")


def reply_slip(rows: Sequence[Row]) -> Hit | None:
    """The one person a notice's filled-in reply slip (报名回执: 姓名 X 性别 …) names."""
    for i, row in enumerate(rows):
        if not _SLIP.search(row.text) or len(row.compact) > 12:
            continue
        # a slip printed as a table (姓名 性别 工作单位 … over one filled-in row)
        table = attendees(rows[i + 1 : i + 6])
        if len(table) == 1:
            sender = table[0][1]
            return sender.with_value(sender.value, 0.85 * sender.conf)
        hit = first_labelled(rows[i + 1 : i + 6], r"姓\s*名")
        if hit is None or not hit.value.split():
            continue
        cell = hit.value.split()[0]
        found = person_name(cell)  # (a four-character name, 古丽娜尔, as well as a common one)
        if found is not None and found[0] == cell and not re.fullmatch(COLUMN_WORD, cell):
            return Hit(cell, 0.85 * found[1] * hit.conf, hit.row, hit.start, hit.start + len(cell))
    return None


_RECIPIENT = re.compile(r"([\u4e00-\u9fff·]{2,4})\s*<[^<>]{0,60}(?:>|$)")


def recipients(rows: Sequence[Row]) -> list[tuple[dict[str, object], Hit]]:
    """An e-mailed notice's addressees: '收件人：何书思<…>；孙实<…>；…', the list wrapping onto the next rows."""
    at = next((i for i, r in enumerate(rows[:8]) if re.match(r"\s*收\s*件\s*人\s*[:：]", r.text)), None)
    if at is None:
        return []
    found: list[tuple[dict[str, object], Hit]] = []
    for row in rows[at : at + 4]:
        if row is not rows[at] and re.match(r"\s*[\u4e00-\u9fff\s]{1,6}[:：]", row.text):
            break  # the next header field ('主 题：…')
        for m in _RECIPIENT.finditer(row.text):
            named = person_name(m.group(1))
            if named is not None and named[0] == m.group(1):
                hit = Hit(m.group(1), named[1] * 0.85 * ocr_factor(row), row, m.start(1), m.end(1))
                found.append(({"name": m.group(1), "rank": len(found) + 1, "role": "attendee"}, hit))
    return found


# A hand note written at the end of a printed row, the heading's often: '…培训日程安排 √ 已参加 雷长玉'.
_TRAILING_NOTE = re.compile(
    r"\s+[√✓✔]?\s*(?:已|拟)\s*(?:参训|参加|参会|报名|出席)\s*[—\-–_]*\s*(?P<n>[\u4e00-\u9fff·]{2,4})\s*$"
)


def trailing_note(rows: Sequence[Row]) -> tuple[Hit | None, list[Row]]:
    """The signer of a hand note at the end of a printed row, and the rows with such notes cut off (the
    note is no part of the heading it was written beside)."""
    found: Hit | None = None
    out: list[Row] = []
    for row in rows:
        m = _TRAILING_NOTE.search(row.text)
        name = person_name(m["n"]) if m and m.start() > 0 else None
        if m is None or name is None or name[1] < 0.9:
            out.append(row)
            continue
        if found is None:
            found = Hit(name[0], name[1] * 0.8 * ocr_factor(row), row, m.start("n"), m.end("n"))
        cut = m.start()
        out.append(
            replace(
                row, text=row.text[:cut], boxes=row.boxes[:cut], parts=tuple(p for p in row.parts if p < cut)
            )
        )
    return found, out


_GROUP_HEAD = re.compile(r"组\s*别.{0,8}(?:组\s*长|组\s*员|成\s*员)")
_GROUP_ROW = re.compile(r"^\s*第\s*[一二三四五六七八九十\d]{1,3}\s*[组队班]\s*[:：]?\s*(?P<l>\S.*)$")


def grouped_attendees(rows: Sequence[Row]) -> list[tuple[dict[str, object], Hit]]:
    """The trainees a schedule splits into groups ('组别 组长 组员' / '第一组 陈民 史朝芳 …'): group by group,
    each group's names in printed order."""
    for i, head in enumerate(rows):
        if not _GROUP_HEAD.search(head.text):
            continue
        hits: list[Hit] = []
        for row in rows[i + 1 :]:
            m = _GROUP_ROW.match(row.text)
            if m is None or row.page != head.page or not _only_names(m["l"]):
                break
            hits.append(Hit(m["l"], 0.85 * ocr_factor(row), row, m.start("l"), m.end("l")))
        if hits:
            return people_from(hits, "attendee", listed=True)
    return []


def training_notice(rows: Sequence[Row], draft: Draft) -> None:
    note, rows = trailing_note(rows)
    listed = listed_attendees(rows) or recipients(rows)
    draft.put("holder", (attendee(rows) or note) if len(listed) != 1 else listed[0][1])
    slip = reply_slip(rows)
    draft.put("holder", slip or labelled_holder(rows))
    # an attached list (附件：参训人员名单 | 序号 姓名 单位), or one in the letter; a filled-in reply slip's one
    # row is its sender, not a list
    table = attendees(rows)
    if slip is not None and len(table) == 1 and table[0][1].row is slip.row:
        table = []
    draft.people += table or (listed if len(listed) > 1 else []) or grouped_attendees(rows)
    # The heading first: a notice's 培训内容 section describes the content, it does not name the event.
    draft.put("title", _notice_heading(rows) or flow_title(rows) or training_title(rows))
    draft.put("period", period(rows) or schedule_period(rows) or planned_month(rows))
    common(_letter(rows), draft)
    common(rows, draft)
    draft.put("issuer", organiser(rows) or _announcer(rows))
    draft.put("issued_on", _stamped_date(rows))
    draft.put("category_stated", stated_category(rows))


# A notice posted in a chat under its sender's name: '【通知】开封市林业局：关于举办…培训班的通知'.
_ANNOUNCED = re.compile(r"^\s*(?:【[^】]{1,6}】)?\s*(?P<org>[\u4e00-\u9fff（）()]{4,30}?)\s*[:：]\s*关\s*于")


def _announcer(rows: Sequence[Row]) -> Hit | None:
    for row in rows[:12]:
        m = _ANNOUNCED.match(row.text)
        if m is not None and ORG.fullmatch(m["org"]):
            return Hit(cjk_punct(m["org"]), 0.75 * ocr_factor(row), row, m.start("org"), m.end("org"))
    return None


# A chat's time stamp over the message that carries the notice: '2019年3月27日09:12' alone on its row.
_STAMP = re.compile(
    r"^\s*(?P<d>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*\d{1,2}\s*[:：]\s*\d{2}\s*$"
)


def _stamped_date(rows: Sequence[Row]) -> Hit | None:
    for row in rows[:6]:
        m = _STAMP.match(row.text)
        found = find_dates(m["d"]) if m else []
        if m is not None and len(found) == 1:
            d = found[0]
            return Hit(
                d.iso, 0.7 * d.conf * ocr_factor(row), row, m.start("d") + d.start, m.start("d") + d.end
            )
    return None


_SCHEDULE_HEAD = re.compile(r"日\s*期.*(?:时\s*间|内\s*容|安\s*排)|时\s*间.*内\s*容")


_PLANNED = re.compile(
    r"(?:拟于|定于|将于|计划于)\s*((?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月|[.\-/]\s*\d{1,2}))(?![\d.\-/日号])"
)


def planned_month(rows: Sequence[Row]) -> Hit | None:
    """A notice planning the training for a month ('拟于2021.10举办…，具体时间另行通知'): that month, no day."""
    for flow in flows(rows):
        m = _PLANNED.search(flow.text)
        found = find_dates(m.group(1)) if m else []
        if m and len(found) == 1 and len(found[0].iso) == 7:
            month = found[0].iso
            return Hit({"start": month, "end": month}, 0.7 * ocr_factor(flow), flow, m.start(1), m.end(1))
    return None


def schedule_period(rows: Sequence[Row]) -> Hit | None:
    """A schedule's first to last day: the dates in the rows of a 日期 | 时间 | 内容 table."""
    for i, row in enumerate(rows):
        if not _SCHEDULE_HEAD.search(row.text):
            continue
        year = document_year(rows)
        table = []
        for r in rows[i + 1 : i + 40]:  # the table's rows open with a day or a time of day
            if r.page != row.page or not re.match(
                r"\s*(?:\d{1,2}\s*[:：]\d{2}|[\d〇一二三四五六七八九十]+\s*[年月.\-/])", r.text
            ):
                break
            table.append(r)
        days = [(d, r) for r in table for d in find_dates(r.text, year)]
        if days:
            first, first_row = min(days, key=lambda x: x[0].iso)
            last = max(d.end_iso if d.until else d.iso for d, _ in days)
            return Hit({"start": first.iso, "end": last}, 0.8 * first.conf * ocr_factor(first_row), first_row)
    return None


def _letter(rows: Sequence[Row]) -> Sequence[Row]:
    """The notice itself, without attachments on pages of their own (附件 / 课程安排表): its sender and date
    close the letter, not the last page."""
    for i in range(1, len(rows)):
        if rows[i].page != rows[i - 1].page and re.match(r"\s*附\s*件", rows[i].text):
            return rows[:i]
        # ('…研究院' / '2019年1月3日' / '附：首批报名成功人员' / names): a list after the letter's date
        dates = find_dates(rows[i - 1].text)
        closing = (
            dates and len(rows[i - 1].compact) <= dates[0].end - dates[0].start + 2
        )  # a row that is a date
        # ('附件：…' / '附：…' / '附件 日程安排' / '附件2'): the annex after the letter's date
        if closing and re.match(
            r"\s*附\s*(?:[:：]|件\s*(?:[\d一二三四五六七八九]{1,2}\s*)?(?:[:：\s]|$))", rows[i].text
        ):
            return rows[:i]
        # a note written under the letter's date ('本人X已参加…' / 'X 2021.6.10'): its date is the writer's
        if closing and any(p.match(rows[i].text) for p in _NOTE):
            return rows[:i]
    return rows
