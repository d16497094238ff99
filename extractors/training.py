"""Training proofs: certificates (结业证书, 学时证明): title, organiser, period; the title readers notices share."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.categories import both_stated, stated_category
from extractors.dates import find_dates
from extractors.fields import Draft, Hit, clean_value, labelled, ocr_factor, row_under, table_as_labels
from extractors.generic import ORG, common, holder, period
from extractors.text import Row, cjk_punct, flows
from extractors.text import flow as joined_rows

_TITLE_LABEL = (
    r"培\s*训\s*项\s*目|培\s*训\s*名\s*称|培训班名称|项目名称|课程名称|培训内容|会议名称|会议主题|活动主题|会议\s*[（(]\s*培训\s*[)）]\s*名称|培训主题|活动名称|讲座名称|(?:讲座|报告)(?:题目|主题)|培训班次|班次名称|"
    r"学习项目|学习内容|(?:学习|培训)课程(?=\s*(?:[A-Za-z]{2,12}\s*)?[:：])|研修项目|研修主题|证书名称|^\s*课\s*程(?=\s*[:：]|\s*$|\s+[\u4e00-\u9fff])|(?<![\u4e00-\u9fff])(?:项\s*目|活\s*动)(?=\s*[:：])|^\s*项\s*目(?=\s+[\u4e00-\u9fff])(?!\s+(?:内\s*容|名\s*称|时\s*间|情\s*况)\s*$)"
)
_FLOW_TITLES = (
    # '在…报告厅举办“建筑工程质量安全管理专题培训班”', '在开封市召开“X年会”': the quoted name of what is held
    # (before a paper's 《title》 the invitation names)
    # ('举办“一带一路”倡议与创新发展，诚邀…': a name that opens with a quoted word runs on past the quote, unless
    # what follows only says the kind of event, '“X”培训班')
    (
        re.compile(
            # (a short quoted word, '“一带一路”', '“双碳”': not a whole event's name in quotes)
            r"(?:举办|召开|举行)\s*([“\"][^”\"，。；;]{2,8}(?<![班会座训])[”\"]"
            r"(?!(?:内部|专题|线上|线下|网络)?(?:培训|研修|学习|讲座)?(?:班|会)?\s*[，,。；;(（])"
            r"[^，,。；;“”\"（(]{3,40}?)\s*[，,。；;]"
        ),
        0.85,
    ),
    (re.compile(r"(?:举办|召开|举行)\s*[“\"]([^”\"，。；;]{4,50})[”\"]"), 0.9),
    # '由X主办、Y承办的“湖南省实景三维建设专题研修班”定于…': the quoted name of what they hold
    (re.compile(r"(?:主办|承办|协办|组织)的\s*[“\"]([^”\"，。；;]{4,50})[”\"]\s*(?:定于|将于|于|在)"), 0.9),
    (re.compile(r"《([^》]{4,50})》"), 0.9),
    # '参加了由XX委员会组织的“XX专题培训班”学习': the quoted name, whoever organised it
    (re.compile(r"参加了?由[^“”\"，。]{2,40}?(?:组织|举办|主办|承办)的\s*[“\"]([^”\"]{4,50})[”\"]"), 0.9),
    # '参加“双师型”教师培养专题培训学习，': a name that opens with a quoted word (not '“X”专题培训', X's kind)
    (
        re.compile(
            r"参加了?\s*([“\"][^”\"，。]{2,20}[”\"]"
            r"(?!(?:内部|专题|线上|线下|网络)?(?:培训|研修|学习)(?:班|会)?\s*(?:学习)?\s*[，,])"
            r"[^，,。；;“”\"]{2,40}?(?:培训班|研修班|培训|课程|讲座|研修))\s*(?:学习)?\s*[，,]"
        ),
        0.8,
    ),
    # '参加2024年度…公需科目“数字经济与数字化转型”线上学习', '参加了XX局主办的“…培训班”': the first quoted name
    # in the sentence that says what was attended
    (re.compile(r"参加了?[^“”\"，。；;]{0,40}?[“\"]([^”\"，。；;]{4,50})[”\"]"), 0.85),
    # '完成“公共图书馆阅读推广实务”课程学习': an online course's quoted name
    (
        re.compile(
            r"完成了?\s*[“\"]([^”\"，。；;]{4,50})[”\"]\s*(?:课程|培训|专题|项目)?\s*的?\s*(?:在线|网络|线上|远程)?\s*学习"
        ),
        0.85,
    ),
    # '参加由XX局组织的全面推进…研修班，修完…', '参加了我单位组织的2023年…培训，'
    (
        re.compile(
            # ('…举办的' / 'X专题培训班' / '学习期满，成绩合格': the stay's end is no part of the name)
            r"(?:举办|组织|主办|承办)的[“\"]?([^，,。；;“”\"]{4,50}?)[”\"]?(?:的?学习(?:期满|结束|完毕)?|期满)?(?:[，,。；;]|$)"
        ),
        0.9,
    ),
    # '参加X学习，修完全部课程': the name runs up to the generic 学习 the next clause follows; a 培训 there is
    # the name's own last word ('…能力提升培训，修完').
    (
        re.compile(
            r"(?:参加|完成)了?[“\"]?(?!关于)([^，,。；;由“”\"]{4,50}?)[”\"]?的?(?:学习|(?<=培训|项目))"
            r"\s*[，,]\s*(?:修完|完成|学完|经考核|考核|成绩|共计|累计|计|获得|取得)"
        ),
        0.85,
    ),
    (
        re.compile(
            # (not what a notice calls the event it is about: '参加本次培训（会议）可按规定折算…学时')
            r"(?:参加|完成)了?[“\"]?(?!关于|本次|此次|上述)((?:\d{4}年)?[^，,。；;由“”\"]{4,50}?(?:培训班|研修班|培训|课程|讲座|会议|论坛|进修班|学习班))"
        ),
        0.85,
    ),
    # '参加X继续教育，学习12学时': whatever the name ends on, the clause after it states the hours.
    (
        re.compile(
            r"(?:参加|完成)了?[“\"]?(?!关于)((?:\d{4}年)?[^，,。；;由“”\"\d]{4,50}?"
            r"(?:培训班|研修班|培训|课程|讲座|会议|论坛|进修班|学习班|继续教育|研修|年会|项目))[”\"]?\s*[，,]\s*"
            r"(?:学习|共计|累计|计|获得|取得|完成)?\s*\d{1,3}(?:\.\d)?\s*(?:个)?\s*(?:学\s*时|课\s*时)"
        ),
        0.8,
    ),
    # '参加管理会计应用指引解读，共40学时': any name, when the clause after it gives the hours
    (
        re.compile(
            # (not a condition for the hours: '全程参加培训并考核合格的，计24学时')
            r"(?:参加|完成)了?[“\"]?(?!关于|本次|此次|该|上述|线上|线下|相关|培训|学习)(?![^，,。]*?(?:考核|合格|结业|考试))"
            r"([^，,。；;由“”\"\d]{4,50}?)(?<!的)[”\"]?\s*[，,]\s*"
            r"(?:共\s*计|累\s*计|共|计)\s*\d{1,3}(?:\.\d)?\s*(?:个)?\s*(?:学\s*时|课\s*时)"
        ),
        0.75,
    ),
    # a filled-in form: '参加 X' in the blank, then '共计 _6 学时' (the form's words around the fill-ins)
    (re.compile(r"参\s*加\s+([^，,。；;\s_]{4,50}?)\s*(?:共\s*计|累\s*计)\s*_*\s*\d{1,3}"), 0.75),
    (re.compile(r"关于(?:举办|召开|开展|组织)(.{4,50}?)的(?:通知|邀请函)"), 0.9),
    (
        re.compile(
            # (the days between written out in words: '定于二〇二〇年九月二十八日至…在…培训中心举办X')
            r"(?:决定|定于|将于|拟于)[^，,。；;]{0,64}?(?:举办|召开|开展|组织)([^，,。；;·]{4,50}?)(?:[，,。；;·]|$)"
        ),
        0.85,
    ),
)
_ORGANISER = re.compile(
    r"由\s*([^，,。；;]{3,40}?)\s*(?:举办|主办|组织|承办)|参加(?!了?\s*由)了?\s*([^，,。；;“”\"]{3,40}?)\s*(?:举办|主办|组织|承办)的"
)


# A schedule or course table headed by the training's name: 'XX培训日程安排', 'XX研修班课程表'.
_TABLE_HEADING = re.compile(r"^(.{4,50}?)\s*(?:日程安排|日程表|课程安排|课程表|会议议程|议程安排)(?:表)?$")


# A table's header row ('序号 课程名称 课程类别 学时 考核结果') labels columns, not the training.
_TABLE_HEAD = re.compile(r"序\s*号|课程类别|学\s*时|考核结果|成\s*绩|学\s*分|考核方式|完成时间")
# Where a training's name ends; a labelled name ending otherwise may carry on to the next row.
_TITLE_END = re.compile(r"(?:班|培训|课程|讲座|会议|论坛|学习|研修|专题|项目|活动|[)）”\"》])$")


# The caption of the photo's box, read into the row beside it: '照片 第二期…培训班'.
_PHOTO_BOX = re.compile(
    r"^(?:[(（]?\s*(?:贴|粘贴)?\s*(?:一寸|二寸|免冠)?\s*(?:照片|相片)\s*(?:处)?\s*[)）]?)\s*"
)


def training_title(rows: Sequence[Row]) -> Hit | None:
    hit = (
        labelled_title(rows)
        or flow_title(rows)
        or _heading_title(rows)
        or _tall_title(rows)
        or _detail_title(rows)
        or _title_under_noun(rows)
    )
    cut = _PHOTO_BOX.match(hit.value) if hit is not None and isinstance(hit.value, str) else None
    if hit is not None and cut and len(hit.value) - cut.end() >= 4:
        return hit.with_value(hit.value[cut.end() :])
    return hit


def _title_under_noun(rows: Sequence[Row]) -> Hit | None:
    """A card's training name on the row under the certificate's noun ('学时证明' / '2023年…培训班')."""
    return row_under(
        rows,
        r"(?:继续教育)?(?:学时|培训|结业|合格|学习)?(?:证书|证明)",
        lambda r: (
            6 <= len(r.compact) <= 50
            and not re.search(r"[:：]", r.text)
            and bool(re.search(r"(?:培训班|研修班|培训|课程|讲座|研修|进修|学习班|项目)$", r.compact))
        ),
        0.75,
    )


def _detail_title(rows: Sequence[Row]) -> Hit | None:
    """An app's page: the training named on the row under '培训详情'."""
    for row, below in zip(rows[:6], rows[1:7], strict=False):
        if (
            re.fullmatch(r"\s*<?\s*(?:培训|课程|活动|项目)详情\s*", row.text)
            and 4 <= len(below.compact) <= 50
        ):
            if not re.search(r"[:：]|\d{4}", below.text):
                return Hit(
                    cjk_punct(clean_value(below.compact)), 0.75 * ocr_factor(below), below, 0, len(below.text)
                )
    return None


def labelled_title(rows: Sequence[Row]) -> Hit | None:
    """A training's name after its label (培训项目, 会议名称, …), carried on when it wraps."""
    for hit in labelled(rows, _TITLE_LABEL):
        if len(_TABLE_HEAD.findall(re.sub(r"\d\s*学\s*时", "", hit.row.text))) >= 2:
            continue  # (a header row names columns; '18学时' is a value, not a heading)
        dated = find_dates(hit.value)
        if dated and dated[-1].start >= 4 and not hit.value[dated[-1].end :].strip():
            # ('会议名称：X 2020-08-06': the day printed after the name is not part of it)
            hit = hit.with_value(hit.value[: dated[-1].start])
        value = cjk_punct(clean_value(hit.value.replace(" ", "")))
        if _TABLE_HEAD.search(value):
            continue
        return _wrapped(rows, hit, value)
    return None


_CERT_NOUN = re.compile(r"(?:结\s*业|培\s*训|合\s*格|学\s*时)?\s*(?:证\s*书|证\s*明)$")
# The certificate's kind, not a training's name: '专业技术人员继续教育证书'.
_GENERIC_HEADING = re.compile(r"(?:专业技术人员)?(?:继续教育)?(?:培训|学习|学时|网络学习|在线学习)?")
_TRAINING_WORDS = re.compile(r"培训|研修|进修|学习|继续教育|讲座|专题|班$")


def _tall_title(rows: Sequence[Row]) -> Hit | None:
    """A training's name printed as the heading above the certificate's noun, over one or two rows."""
    heights = sorted(r.bbox()[3] - r.bbox()[1] for r in rows[:12])
    body = heights[len(heights) // 2] if heights else 0.0
    parts: list[Row] = []
    for row in rows[:4]:
        if row.bbox()[3] - row.bbox()[1] <= 1.2 * body or re.search(r"[:：]", row.text):
            break
        parts.append(row)
    text = _CERT_NOUN.sub("", "".join(p.compact for p in parts))
    if not parts or len(text) < 8 or not _TRAINING_WORDS.search(text) or _GENERIC_HEADING.fullmatch(text):
        return None
    conf = 0.75 if len(parts) == 1 else 0.7
    return Hit(cjk_punct(clean_value(text)), conf * ocr_factor(parts[0]), parts[0], 0, len(parts[0].text))


def _wrapped(rows: Sequence[Row], hit: Hit, value: str) -> Hit:
    """A labelled name printed on two rows: the next row, when it has no label, date or table cells of its own."""
    at = next((i for i, r in enumerate(rows) if r is hit.row), None)
    if at is None or at + 1 >= len(rows) or _TITLE_END.search(value) or len(value) < 6:
        return hit.with_value(value)
    if hit.start == 0:
        return hit.with_value(
            value
        )  # a value on a row of its own under its label: the next row is the next label
    below = rows[at + 1]
    text = below.compact
    if (
        below.page != hit.row.page
        or re.search(r"[:：|]|\d{4}\s*[年.\-/]", below.text)
        or _TABLE_HEAD.search(text)
        or re.search(r"姓\s*名|签\s*到", below.text)  # (a sign-in table's header under the label)
        or not 2 <= len(text) <= 24
        # rows of labels and values ('课程名称 X' over '课程类型 公需课'): the row below is the next label's
        or (
            re.fullmatch(r"\s*[\u4e00-\u9fff]{2,8}\s+", hit.row.text[: hit.start])
            and re.match(r"\s*[\u4e00-\u9fff]{2,6}\s+\S", below.text)
        )
    ):
        return hit.with_value(value)
    return hit.with_value(cjk_punct(clean_value(value + text)), 0.9 * hit.conf)


_TABLE_NOUN = re.compile(r"^\s*(?:培训)?(?:日程安排|日程|课程安排|课程|会议议程|议程安排|议程)\s*表?\s*$")


def quoted_event(text: str) -> str | None:
    """The quoted name of an event printed with its kind after the quotes ('“X”内部培训', '“X”培训班')."""
    m = re.fullmatch(
        r"[“\"]([^”\"]{4,50})[”\"]\s*(?:内部|专题)?(?:培训|研修|学习)?(?:班|会)?", re.sub(r"\s", "", text)
    )
    return cjk_punct(m.group(1)) if m else None


def _heading_title(rows: Sequence[Row]) -> Hit | None:
    for i, row in enumerate(rows[:3]):
        m = _TABLE_HEADING.match(row.text)
        if m:
            # ('“数控机床维护与精度检测”培训课程安排表': the quoted name, without the kind of event after it)
            value = quoted_event(m.group(1)) or cjk_punct(clean_value(m.group(1).replace(" ", "")))
            return Hit(value, 0.85 * ocr_factor(row), row, m.start(1), m.end(1))
        # the training's name as a heading of its own over a '课程安排表' row
        below = rows[i + 1] if i + 1 < len(rows) else None
        if below is not None and below.page == row.page and _TABLE_NOUN.match(below.text):
            if 4 <= len(row.compact) <= 50 and not re.search(r"[:：]", row.text):
                above = rows[i - 1] if i else None
                if (
                    above is not None
                    and above.page == row.page
                    and 4 <= len(above.compact) <= 30
                    and not re.search(r"[:：。，,]|\d{1,2}\s*[:：]\d{2}", above.text)
                    # (nor a hand note over the heading: '曹晓光 报名')
                    and not re.search(r"报名|参加|参训|参会|已|√|✓", above.text)
                    and abs(above.bbox()[3] - above.bbox()[1] - (row.bbox()[3] - row.bbox()[1]))
                    <= 0.2 * (row.bbox()[3] - row.bbox()[1])
                ):
                    # the name wrapped over two heading rows of one size ('2015年度全市不动产' / '权籍调查…培训')
                    both = joined_rows([above, row])
                    return Hit(
                        cjk_punct(clean_value(both.compact)), 0.75 * ocr_factor(both), both, 0, len(both.text)
                    )
                return Hit(cjk_punct(clean_value(row.compact)), 0.8 * ocr_factor(row), row, 0, len(row.text))
    return None


def flow_title(rows: Sequence[Row]) -> Hit | None:
    for pattern, conf in _FLOW_TITLES:
        for flow in flows(rows):
            m = pattern.search(flow.text)
            if m:
                value = cjk_punct(clean_value(m.group(1).replace(" ", "")))
                # a blank filled in before the form's own noun ('参加 ___ 培训' holding '…能力提升培训')
                # ('…应用培训班' filled in before the form's '培训，共计…': the class's name, not the form's noun)
                value = re.sub(
                    r"(培训|研修班|培训班|讲座)\1$|(?<=班)培训$", lambda m: m.group(1) or "", value
                )
                # the category in brackets after the name ('非洲猪瘟防控技术（专业课）') is no part of it
                value = re.sub(r"(?<=.{4})[（(]\s*(?:公需|专业)\s*(?:科目|课程|课)?\s*[)）]$", "", value)
                return Hit(value, conf * ocr_factor(flow), flow, m.start(1), m.end(1))
    return None


def organiser(rows: Sequence[Row]) -> Hit | None:
    for flow in flows(rows):
        m = _ORGANISER.search(flow.text)
        g = (m.lastindex or 1) if m else 1
        if m and ORG.fullmatch(m.group(g).replace(" ", "")):
            return Hit(
                cjk_punct(m.group(g).replace(" ", "")), 0.85 * ocr_factor(flow), flow, m.start(g), m.end(g)
            )
    return None


def training_certificate(rows: Sequence[Row], draft: Draft) -> None:
    rows = table_as_labels(rows)
    holder(rows, draft)
    draft.put("title", training_title(rows))
    draft.put("issuer", organiser(rows))
    draft.put("period", period(rows))
    common(rows, draft)
    draft.put("category_stated", stated_category(rows))
    _unsure_fallbacks(rows, draft)


def _unsure_fallbacks(rows: Sequence[Row], draft: Draft) -> None:
    """Where the proof prints a field the reading missed, what stands in for it is unsure: the course's days for
    hours under a 学时 heading left unread, the title's words for a category whose printed options (公需科目
    专业科目, the tick lost) name both."""
    if (
        not draft.has("hours_stated")
        and draft.has("period")
        and any(_HOURS_HEADING.search(r.text) for r in rows)
    ):
        hit = draft.hits["period"]
        draft.hits["period"] = hit.with_value(hit.value, min(hit.conf, 0.6))
    if not draft.has("category_stated") and draft.has("title") and both_stated(rows):
        hit = draft.hits["title"]
        draft.hits["title"] = hit.with_value(hit.value, min(hit.conf, 0.6))


_HOURS_HEADING = re.compile(r"(?<![\d一二三四五六七八九十])学\s*时(?!\s*\d)")
