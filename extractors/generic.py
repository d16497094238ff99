"""Fields most proofs share: stated hours, the issuer and date block, a training period, the holder."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.dates import (
    DateHit,
    cn_number,
    dates_in_rows,
    document_year,
    find_dates,
    find_partial_date,
    years_in,
)
from extractors.fields import Draft, Hit, clean_value, labelled, ocr_factor
from extractors.orgs import PROVINCES, repair
from extractors.people import holder_in, person_name
from extractors.text import Row, cjk_punct, flows
from extractors.text import flow as joined_rows

_HOURS = (
    # '已获学时合计：21': the total of a platform's record
    (re.compile(r"学\s*[时吋]\s*(?:合\s*计|总\s*计|累\s*计)\s*[:：]?\s*(\d{1,3}(?:\.\d)?)(?![\d.])"), 0.92),
    # A total row under a table of courses: '合计 25', '总计：32学时'.
    (
        re.compile(r"^\s*(?:合\s*计|总\s*计|共\s*计)\s*[:：]?\s*(\d{1,3}(?:\.\d)?)\s*(?:学\s*[时吋])?\s*$"),
        0.9,
    ),
    (
        re.compile(
            r"(?:共计|合计|累计|总计|总学时|共|计)\s*[:：]?\s*(\d{1,3}(?:\.\d)?)\s*(?:个)?\s*学\s*[时吋]"
        ),
        0.95,
    ),
    # (a bilingual label: '学时 Hours：32'; '课时：32')
    (re.compile(r"[学课]\s*[时吋]\s*(?:数)?\s*(?:[A-Za-z]{2,12}\s*)?[:：]\s*(\d{1,3}(?:\.\d)?)"), 0.9),
    # A form cell: '学时 | 46', '获得学时 16.0', '培训课时 32' (a number alone after the label, not a year or a
    # date).
    (
        re.compile(
            r"(?:^|[\s，,；;])[学课]\s*[时吋]\s*(?:数)?\s*(\d{1,3}(?:\.\d)?)(?![\d.年月/\-])"
            r"|(?:获得|取得|认定|授予|折合|登记|累计|共计|合计|总|培训|学习|研修)[学课]\s*[时吋]\s*(?:数)?\s*(\d{1,3}(?:\.\d)?)(?![\d.年月/\-])"
            # ('小时数 12': a form's cell counting clock hours)
            r"|(?:^|[\s，,；;])小\s*时\s*数\s*[:：]?\s*(\d{1,3}(?:\.\d)?)(?![\d.年月/\-])"
        ),
        0.85,
    ),
    # '18个继续教育学时', '12个专业科目学时': the kind of hour may come between the figure and its unit.
    (
        re.compile(
            # (not a date's tail: a print-out's '2017/6/28 继续教育学时查询')
            r"(?<![\d./\-])(\d{1,3}(?:\.\d)?)\s*(?:个)?\s*(?:继续教育|专业科目|公需科目|专业课|公需课)?\s*(?:学\s*[时吋]|课\s*时)"
        ),
        0.8,
    ),
    (
        re.compile(
            r"(?:时长|学习时间|培训时长)\s*[:：]?\s*(?:共计?)?\s*(\d{1,3}(?:\.\d)?)\s*(?:小时|学时|课时)"
        ),
        0.7,
    ),
    (re.compile(r"([一二三四五六七八九十百]{1,4})\s*(?:个)?\s*学\s*时"), 0.75),
    # '时：40': a form's 学时 row whose first character OCR lost
    (re.compile(r"^\s*[时吋]\s*[:：]\s*(\d{1,3}(?:\.\d)?)\s*$"), 0.6),
)
ORG = re.compile(
    r"[\u4e00-\u9fff()（）eE]{2,40}?(?:委员会|办公室|教研室|研究室|人民政府|图书馆|博物馆|文化馆|档案馆|纪念馆|科技馆|美术馆|支队|大队|总队|国务院|管理局|知识产权局|局|厅|委|中心|基地|学会|协会|"
    r"大学|学院|学校|党校|中学|小学|幼儿园|医院|(?:保健|卫生|疗养|康复|科学)院|研究院|研究生院|设计院|站|研究所|公司|出版社|部|考试院|领导小组办公室|分会|联合会|研究会|促进会|工会|平台|(?:管理|服务|学习)系统|(?:科学技术|科技|社科|科研|教务|人事)处|"
    r"(?:教育|学习|培训)网|网校|云课堂|课堂|学堂|(?:专技|继续教育|教育|培训|学习)在线|机场)"
)
_ISSUE_DATE_LABEL = (
    # (登记日期: the day a booklet's row of study was registered)
    r"发证日期|颁发日期|证书生成日期|发文日期|签发日期|发证时间|颁证日期|发布时间|发布日期|印发日期|获证时间|获证日期|授奖时间|登记日期|"
    r"毕\s*[(（]?\s*结?\s*[)）]?\s*业\s*日\s*期"
)
_ISSUER_LABEL = r"(?:主办|承办|培训|发证)单位\s*(?:审核)?意见|施教机构|颁发机构|组织部门|发起单位|发起方|发\s*起(?=\s*[:：])|颁\s*发(?=\s*[:：])|管理单位|组织验收单位|组织鉴定单位|(?<!组织)(?:鉴定|验收)单位(?!\s*意见)|(?:结题|项目)?审核单位|来\s*源(?=\s*[:：])|发布单位|发布机构|授奖单位|颁奖单位|学校名称|院校名称|毕业院校|(?<!院)校\s*名|发证单位|发证机关|颁发单位|培养单位|学位授予单位|授予单位|发证机构|培训机构|培训单位|主办单位|主办方|主\s*办(?!\s*[的了和、及并])|组\s*织(?=\s*[:：])|举办单位|组织单位|出版单位|单位名称(?=.*盖章)|承办单位|承\s*办(?=\s*[:：])|证明单位|出具单位|(?<![规划])管理部门(?!\s*意见)"


_UNSTATED = re.compile(
    r"(?:不少于|不低于|至少|不超过|最多|须完成|应完成"
    r"|(?:每|[1一])\s*(?:个)?\s*学\s*分\s*(?:可|应|均)?\s*(?:折合|折算为?|换算为?|相当于|计|=|＝))\s*$"
)


def hours(rows: Sequence[Row]) -> Hit | None:
    # A figure cut by a line break ('…教育3' / '2学时') would read as its last digits on the second row.
    split = _wrapped_hours(rows, in_figure=True)
    if split is not None:
        return split
    # a phone page's label on its own row and the figure alone on the next ('学时' / '12')
    for row, below in zip(rows, rows[1:], strict=False):
        if (
            re.fullmatch(r"\s*(?:获得|培训|学习)?学\s*[时吋]\s*[:：]?\s*", row.text)
            and below.page == row.page
        ):
            m = re.fullmatch(r"\s*(\d{1,3}(?:\.\d)?)\s*(?:学\s*[时吋])?\s*", below.text)
            if m:
                return Hit(float(m.group(1)), 0.85 * ocr_factor(below), below, m.start(1), m.end(1))
    for pattern, conf in _HOURS:
        for row in rows:
            # (a filled-in blank, '共计_8_学时', reads as spaces)
            # a requirement ('不少于30学时') states no hours, nor a rate of conversion ('1学分折合10学时')
            m = next(
                (
                    m
                    for m in pattern.finditer(row.text.replace("_", " "))
                    if not _UNSTATED.search(row.text, 0, m.start())
                ),
                None,
            )
            if m:
                g = m.lastindex or 1  # the alternative that matched holds the figure
                value = m.group(g)
                number = float(value) if value[0].isdigit() else float(cn_number(value))
                return Hit(number, conf * ocr_factor(row), row, m.start(g), m.end(g))
    # ('…共计8学' / '时。' over a table of courses: the sentence's total, not a course's hours)
    return _wrapped_hours(rows) or _clock_total(rows) or column_hours(rows)


_ANY_HOURS = re.compile(
    r"(?<![\d.])\d{1,3}(?:\.\d)?\s*(?:个)?\s*(?:学\s*[时吋]|课\s*时|小\s*时)|(?:学|课|小)\s*时\D{0,10}?\d{1,3}(?![\d年月./\-])"
)


def unread_hours(rows: Sequence[Row]) -> str | None:
    """A row that prints a figure beside 学时 / 课时 / 小时 though no hours were read from it: the hours may
    be there, misread, and credit counted from the days instead is unsure."""
    for row in rows:
        m = _ANY_HOURS.search(row.text)
        if m and not _UNSTATED.search(row.text, 0, m.start()):
            return row.text.strip()
    return None


# '共计40小时': a total in clock hours, taken as the hours stated where no 学时 is printed (not '每天8小时', a
# day's length)
_CLOCK_TOTAL = re.compile(
    r"(?:共计|合计|累计|总计|共|(?<![统设审估会])计)\s*[:：]?\s*(\d{1,3}(?:\.\d)?)\s*(?:个)?\s*小\s*时"
)


def _clock_total(rows: Sequence[Row]) -> Hit | None:
    for flow in flows(rows):  # (the total may wrap: '…共计' / '30小时')
        m = _CLOCK_TOTAL.search(flow.text)
        if m and not _UNSTATED.search(flow.text, 0, m.start()):
            return Hit(float(m.group(1)), 0.8 * ocr_factor(flow), flow, m.start(1), m.end(1))
    return None


def _wrapped_hours(rows: Sequence[Row], in_figure: bool = False) -> Hit | None:
    """Hours in a sentence that wraps inside the figure or its unit ('…获得继续教育40学' / '时，特此证明',
    '累计32' / '课时。')."""
    for flow in flows(rows):
        for at in flow.parts[1:]:
            off = max(at - 12, 0)
            before = flow.text[off:at].rstrip()  # the glue a wrap between digits got ('3 2学时')
            cut = len(before)
            for m in re.finditer(
                r"(?<![\d.])(\d{1,3}(?:\.\d)?)\s*(?:个)?\s*(?:学\s*[时吋]|课\s*时)",
                before + flow.text[at : at + 6],
            ):
                if not m.start(1) < cut < (m.end(1) if in_figure else m.end()):
                    continue  # (a figure before the break, '1学分折合10学时，计30' / '学时')
                # Joined across a line break: a shakier reading than one printed on one row.
                return Hit(float(m.group(1)), 0.7 * ocr_factor(flow), flow, off + m.start(1), off + m.end(1))
    return None


_HEAD_CELLS = re.compile(r"课程类别|课程名称|考核结果|考核|成\s*绩|序\s*号|科\s*目|类\s*别")
_HOURS_HEAD = re.compile(r"学\s*[时吋]")


_TOTAL_HEAD = re.compile(r"(?<!\S)(?:合\s*计|总\s*学\s*[时吋]|学\s*[时吋]\s*合\s*计)")


def column_hours(rows: Sequence[Row]) -> Hit | None:
    """The number under a 学时 column heading, in a table of one data row ('课程类别 学时 考核结果'); where the
    table splits the hours ('公需科目学时 专业科目学时 合计'), the number under the total."""
    for i, row in enumerate(rows[:-1]):
        head = _TOTAL_HEAD.search(row.text) if _HOURS_HEAD.search(row.text) else None
        head = head or _HOURS_HEAD.search(row.text)
        if head is None or not _HEAD_CELLS.search(row.text):
            continue
        total = _total_row(rows, i)
        if total is not None:
            return total
        below = rows[i + 1]
        x0, _, x1, _ = row.bbox(head.start(), head.end())
        pad = x1 - x0
        span = (x0 - pad, x1 + pad)
        found = _same_cell(row, head, below) or _figure_under(below, span)
        after = rows[i + 2] if i + 2 < len(rows) and rows[i + 2].page == below.page else None
        if (
            found is not None
            and after is not None
            and (_same_cell(row, head, after) or _figure_under(after, span))
        ):
            return None  # several courses with hours each and no total: no one figure states the hours
        return found
    return None


def _figure_under(row: Row, span: tuple[float, float]) -> Hit | None:
    """The first figure on `row` whose centre falls within the heading's `span` (x from, x to)."""
    for m in re.finditer(r"(?<![\d.])(\d{1,3}(?:\.\d)?)(?![\d.年月/\-])", row.text):
        bx0, _, bx1, _ = row.bbox(m.start(1), m.end(1))
        if span[0] <= (bx0 + bx1) / 2 <= span[1]:
            return Hit(float(m.group(1)), 0.8 * ocr_factor(row), row, m.start(1), m.end(1))
    return None


def _total_row(rows: Sequence[Row], at: int) -> Hit | None:
    """A table of several rows under the 学时 heading closed by its total ('专题讲座 6 合格' … '合计 18 合格'): the
    total, not the first row's hours."""
    for k, row in enumerate(rows[at + 1 : at + 16], 1):
        if row.page != rows[at].page:
            return None
        m = re.match(
            r"\s*(?:合\s*计|总\s*计|共\s*计)\s*[:：]?\s*(\d{1,3}(?:\.\d)?)\s*(?:学\s*时|课\s*时|小\s*时)?(?![\d.])",
            row.text,
        )
        if m:
            return (
                Hit(float(m.group(1)), 0.8 * ocr_factor(row), row, m.start(1), m.end(1)) if k >= 3 else None
            )
    return None


def _same_cell(header: Row, head: re.Match[str], below: Row) -> Hit | None:
    """The figure in the heading's own cell when the two rows print as many cells ('年度 公需科目学时 … 合计'
    over '2023 30 60 90 合格'): surer than a position the OCR box only estimates."""
    heads = list(re.finditer(r"\S+", header.text))
    cells = list(re.finditer(r"\S+", below.text))
    at = next((k for k, m in enumerate(heads) if m.start() <= head.start() < m.end()), None)
    if at is None or len(heads) != len(cells) or len(heads) < 3:
        return None
    cell = cells[at]
    if not re.fullmatch(r"\d{1,3}(?:\.\d)?", cell.group(0)):
        return None
    return Hit(float(cell.group(0)), 0.85 * ocr_factor(below), below, cell.start(), cell.end())


def _bottom_rows(rows: Sequence[Row], n: int = 6) -> list[Row]:
    """The last page's lowest rows, top to bottom (on a page read as two columns, from both)."""
    last_page = rows[-1].page if rows else 1
    page = [r for r in rows if r.page == last_page]
    if _reordered(page):
        page = sorted(page, key=lambda r: (r.bbox()[1] + r.bbox()[3]) / 2)
    return page[-n:]


def _reordered(page: Sequence[Row]) -> bool:
    """Whether the rows are out of top-to-bottom order by more than a row's height (two columns read in turn)."""
    tops = [(r.bbox()[1] + r.bbox()[3]) / 2 for r in page]
    height = max((r.bbox()[3] - r.bbox()[1] for r in page), default=0.0)
    return any(b < a - 2 * height for a, b in zip(tops, tops[1:], strict=False))


def _earlier_bottoms(rows: Sequence[Row], n: int) -> list[list[Row]]:
    """The bottom rows of each page before the last, last first: where a notice signs off when an annex or a
    schedule follows on pages of its own."""
    pages = list(dict.fromkeys(r.page for r in rows))[:-1]
    return [[r for r in rows if r.page == p][-n:] for p in reversed(pages)]


# A date labelled as something else than the issue: '考试时间：二〇一一年十月' near the foot is the exam's.
_PRINTED = re.compile(r"(?:打印|导出)\s*(?:时间|日期)\s*[:：]?\s*$")
_OTHER_DATE_LABEL = re.compile(
    r"(?:考试|培训|学习|会议|入学|出生|申请|立项|验收|报到|填表)\s*(?:时间|日期)\s*[:：]?\s*$"
)


# A signer's office and name before the date on its row: '学位评定委员会主席 成华婉 二〇二三年十二月十日'.
_SIGNED = re.compile(
    # (the signature's name may be absent from the print: '学位评定委员会主席 2017.12')
    r"\s*[\u4e00-\u9fff()（）]{0,20}?(?:主席|校长|院长|主任|局长|负责人)\s*[:：]?\s*(?:[\u4e00-\u9fff]{2,4})?\s*"
)


_COPY_NOTE = re.compile(r"复印件?(?:与|和|同)原件(?:一致|相符|相同)|与原件核对无误|经核对与原件")


def footer_date(rows: Sequence[Row]) -> Hit | None:
    """The issue date: a row near the bottom that is (almost) only a date; on an earlier page's bottom when the
    last page (an annex, a schedule) has none."""
    printed: Hit | None = None  # '打印时间：…': when the page was printed, the issue date only if none other
    for factor, bottom in ((1.0, _bottom_rows(rows, 8)), *((0.9, b) for b in _earlier_bottoms(rows, 8))):
        note = next((i for i, r in enumerate(bottom) if _COPY_NOTE.search(r.compact)), None)
        if note is not None and note > 0:
            bottom = bottom[:note]  # ('此复印件与原件一致' / '尹远 2021.4.7': the day a copy was attested)
        for row in reversed(bottom):
            found = find_dates(row.text)
            # (or the date with the issuer after it: '校(院)长：汤秀永 2015年06月24日湖南师范大学')
            after = re.sub(r"\s", "", row.text[found[-1].end :]) if found else ""
            if (
                found
                and not found[0].until
                and (
                    len(row.compact) <= len(row.text[found[0].start : found[0].end]) + 6
                    or (len(found) == 1 and ORG.fullmatch(after) is not None)
                    # (or before it, the seal's name and the day run together: 'XX继续教育学院2022/08/09')
                    or (
                        len(found) == 1
                        and not after
                        and ORG.fullmatch(re.sub(r"\s", "", row.text[: found[0].start])) is not None
                    )
                    or (
                        len(found) == 1
                        and not after
                        and _SIGNED.fullmatch(row.text[: found[0].start]) is not None
                    )
                    # (or set apart at the end of a note's row: '本证书由平台自动生成，可登录平台核验真伪。 2018-5-16')
                    or (
                        len(found) == 1
                        and not after
                        and re.search(r"[。！!]\s+$", row.text[: found[0].start])
                    )
                )
                and not _OTHER_DATE_LABEL.search(row.text[: found[0].start])
            ):
                d = found[0]
                hit = Hit(d.iso, factor * d.conf * ocr_factor(row), row, d.start, d.end)
                if _PRINTED.search(row.text[: d.start]):
                    printed = printed or hit
                    continue
                return hit
        if printed is not None:
            return printed
        if factor == 1.0:
            trailing = _trailing_date(rows)
            if trailing is not None:
                return trailing
            years = years_in([r.text for r in rows])
            for row in reversed(_bottom_rows(rows, 4)):
                partial = find_partial_date(row.text, years)
                if partial is not None:
                    return Hit(partial.iso, partial.conf * ocr_factor(row), row, partial.start, partial.end)
                # '2022:03': a month under the seal whose dot OCR read as a colon
                m = re.fullmatch(r"\s*((?:19|20)\d{2})\s*[:：]\s*(0?[1-9]|1[0-2])\s*", row.text)
                if m:
                    return Hit(f"{m[1]}-{int(m[2]):02d}", 0.6 * ocr_factor(row), row, m.start(1), m.end(2))
    return None


# A cell printed before the date on the bottom row: the certificate's number, or a signature.
_BEFORE_DATE = re.compile(
    r"(?:(?:证书|证|登记|学位证书|毕业证书)?\s*编\s*号|证\s*号|No\.?)\s*[:：]?\s*[A-Za-z0-9\-]{4,}\s*$"
    r"|(?:校\s*[(（]?\s*院?\s*[)）]?\s*长|主\s*席|院\s*长)\s*[:：]\s*\S+(?:\s+\S+)?\s*$"
)


def _trailing_date(rows: Sequence[Row]) -> Hit | None:
    """The issue date as the last cell of a bottom row ('证书编号：1058… 2014年6月')."""
    for row in reversed(_bottom_rows(rows, 4)):
        found = find_dates(row.text)
        if not found:
            continue
        d = found[-1]
        if not d.until and not row.text[d.end :].strip() and _BEFORE_DATE.search(row.text[: d.start]):
            # Shared with another cell, so the date is less plainly the issue date than one alone on its row.
            return Hit(d.iso, 0.85 * d.conf * ocr_factor(row), row, d.start, d.end)
    return None


def labelled_date(rows: Sequence[Row], label: str) -> Hit | None:
    """The first date printed after `label` (a value without a date is passed over)."""
    for hit in labelled(rows, label):
        found = find_dates(hit.row.text[hit.start :])
        if found:
            d = found[0]
            return Hit(d.iso, d.conf * hit.conf, hit.row, hit.start + d.start, hit.start + d.end)
    return None


def issue_date(rows: Sequence[Row]) -> Hit | None:
    """发证日期 and its kin before a bare 日期 (which may be the training's), then the footer date."""
    return (
        labelled_date(rows, _ISSUE_DATE_LABEL)
        # not 立项/完成/申请/填表/更新日期, nor 验收日期 (the meeting, before the certificate is signed)
        or labelled_date(rows, r"(?<![培训学习会议考试开结生项成请表报新收办止])日\s*期")
        or footer_date(rows)
        or sealed_date(rows)
        or posted_date(rows)
        or noted_date(rows)
        or labelled_date(rows, r"(?:验收|鉴定|结题|评审)\s*(?:日\s*期|时\s*间)")
        # an exam's certificate dated by the exam alone
        or labelled_date(rows, r"考\s*试\s*(?:日\s*期|时\s*间)")
    )


# When a schedule was issued, noted beside its organiser ('主办：XX局（2022.06.18发布）') or by its maker
# ('制表：XX培训部 2019年4月26日').
# ('（中国测绘学会，2024年7月4日）': a forwarded notice's source and date in brackets at its end)
_NOTED_DATE = re.compile(
    r"[(（]\s*(?P<d>[^()（）]{6,20}?)\s*(?:发布|印发|公布)\s*[)）]|^\s*制\s*表\s*[:：](?P<t>.+)$"
    r"|^\s*[(（]\s*[\u4e00-\u9fff]{4,30}\s*[，,]\s*(?P<s>[^()（）]{6,20}?)\s*[)）]\s*$"
)


def noted_date(rows: Sequence[Row]) -> Hit | None:
    for row in rows:
        m = _NOTED_DATE.search(row.text)
        if m is None:
            continue
        group = "d" if m["d"] else "t" if m["t"] else "s"
        found = find_dates(m[group])
        if len(found) == 1 and not found[0].until:
            d = found[0]
            at = m.start(group)
            return Hit(d.iso, 0.8 * d.conf * ocr_factor(row), row, at + d.start, at + d.end)
    return None


# A byline under a heading: who posted or organised and when, on one row ('XX委员会2021-06-03', 'XX研究院
# 2018年7月22日') or on two (a WeChat account's name, then '2022-07-05 20:46 湖南').
# ('(聊城市住房和城乡建设局 2018年8月9日印发)': a schedule's note of who issued it and when)
_BYLINE_ORG = re.compile(
    r"^\s*[(（]?\s*(?:公众号)?\s*(?P<org>[\u4e00-\u9fff][\u4e00-\u9fff（）()]{3,39}?)\s*(?P<rest>(?:19|20)\d{2}\D.*|[〇一二][〇O0零一二三四五六七八九]{3}年.*)?$"
)
# what may follow the date: a time and a place, or 印发/发布 and the closing bracket
_BYLINE_TAIL = re.compile(r"^\s*(?:\d{1,2}\s*[:：]\s*\d{2})?\s*(?:[\u4e00-\u9fff]{2,3})?\s*[)）]?\s*$")


def _byline(rows: Sequence[Row]) -> tuple[Hit, Hit] | None:
    """(organisation, date) of a byline in the top rows."""
    top = [r for r in rows[:8] if rows and r.page == rows[0].page]
    for i, row in enumerate(top):
        m = _BYLINE_ORG.match(row.text)
        if m is None or not ORG.fullmatch(m["org"]):
            continue
        date_row, text, at = (row, m["rest"], m.start("rest")) if m["rest"] else (None, "", 0)
        if date_row is None and i + 1 < len(top):
            date_row, text, at = top[i + 1], top[i + 1].text, 0
        found = find_dates(text) if date_row is not None else []
        if not found or found[0].start > 1 or not _BYLINE_TAIL.match(text[found[0].end :]):
            continue
        d = found[0]
        org = Hit(cjk_punct(m["org"]), 0.75 * ocr_factor(row), row, m.start("org"), m.end("org"))
        assert date_row is not None
        date = Hit(d.iso, 0.75 * d.conf * ocr_factor(date_row), date_row, at + d.start, at + d.end)
        return org, date
    return None


_SEAL = re.compile(r"[(（]\s*(?:盖\s*章|签\s*章|公\s*章)\s*[)）]\s*[:：]?\s*$")


def sealed_date(rows: Sequence[Row]) -> Hit | None:
    """The date that closes the row under a seal's line ('登记单位（盖章）' over '单位：XX中心 2017-07-24'), where a
    booklet's two pages share their rows."""
    for row, below in zip(rows, rows[1:], strict=False):
        if not _SEAL.search(row.text) or below.page != row.page:
            continue
        found = find_dates(below.text)
        if len(found) == 1 and not found[0].until and not below.text[found[0].end :].strip():
            d = found[0]
            return Hit(d.iso, 0.7 * d.conf * ocr_factor(below), below, d.start, d.end)
    return None


def posted_date(rows: Sequence[Row]) -> Hit | None:
    """A web post's byline under its heading: the day it posted."""
    found = _byline(rows)
    return found[1] if found else None


def posted_issuer(rows: Sequence[Row]) -> Hit | None:
    """The account or organiser a byline names, when nothing signs the proof."""
    found = _byline(rows)
    return found[0] if found else None


def _issuer_text(row: Row) -> str:
    return _without_seal_or_date(row.text)


def _without_seal_or_date(text: str) -> str:
    # '开封市继续教育中心 (盖章)': the note where the seal goes is no part of the name.
    text = re.sub(r"[(（]\s*(?:盖\s*章|公\s*章|签\s*章|章|签\s*到)\s*[)）]", "", text)
    text = re.sub(r"\s+", "", text)
    # a web page's footer ('主办：XX学会 版权所有'), a notice's 'XX局 发布'
    text = re.sub(r"版权所有$|(?<=[局厅委会院校心站])(?:发布|印发)$", "", text)
    # a web page's byline: '来源：XX委员会 浏览次数：…' (the counter OCR lost, its label left)
    text = re.sub(r"(?:浏览|阅读|点击|访问)(?:次数|量|数)\s*[:：]?\s*\d*$", "", text)
    # the signer's office printed after the name: '中国海洋大学 学位评定委员会主席'
    text = re.sub(r"(?<=[大学院校])(?:学位评定委员会)?(?:主席|校长|院长)$", "", text)
    # (a degree's committee signs for its university: 'XX学院学位评定委员会' is the 学院's)
    text = re.sub(r"(?<=[学院校])学位评定委员会$", "", text)
    # '单位（盖章）：XX中心': the label of where the seal goes is no part of the name either
    text = re.sub(r"^(?:盖章|发证|培训|颁发|填报)?单位\s*[:：]?(?=[\u4e00-\u9fff]{4})", "", text)
    # a form's '主办单位意见 XX委员会': the cell's label ends in 意见, the unit signs it
    text = re.sub(r"^(?:审核)?意见\s*[:：]?(?=[\u4e00-\u9fff]{4})", "", text)
    for d in reversed(find_dates(text)):  # the seal can pull the date onto the issuer's row
        text = text[: d.start] + text[d.end :]
    # ('主办：XX局（2022.06.18发布）': the note of when it was issued, its date gone, is no part of the name)
    return re.sub(r"[(（]\s*(?:发布|印发|公布)?\s*[)）]$", "", text)


_FRAGMENT = re.compile(r"[\u4e00-\u9fff]{2,8}")
_NOT_FRAGMENT = re.compile(r"此证|证明|证书|特发|盖章|鼓励|签字|签名|日期")
_PLACED = re.compile(rf"^(?:{'|'.join(PROVINCES)}|中国|国家|[\u4e00-\u9fff]{{1,4}}?(?:省|市|县|区|自治区))")


def footer_issuer(rows: Sequence[Row]) -> Hit | None:
    """The organisation printed just above the date at the bottom (where the seal goes); a name wrapped under
    the seal ('华中农' / '业大学') is joined from two rows, at lower confidence."""
    for factor, bottom in ((1.0, _bottom_rows(rows, 8)), *((0.9, b) for b in _earlier_bottoms(rows, 8))):
        found = _footer_issuer_in(rows, bottom)
        if found is not None:
            return found.with_value(found.value, factor * found.conf)
    return None


_SEAL_NOTE = re.compile(r"[(（]\s*(?:盖\s*章|公\s*章)\s*[)）]\s*$")


def sealed_issuer(rows: Sequence[Row]) -> Hit | None:
    """An organisation printed at the bottom with the note where its seal goes: '青岛市实验中学（盖章）'."""
    for row in reversed(_bottom_rows(rows, 8)):
        if not _SEAL_NOTE.search(row.text):
            continue
        text = _issuer_text(row)
        fixed, edits = repair(text, (r.text for r in rows))
        if ORG.fullmatch(fixed):
            return Hit(cjk_punct(fixed), (0.85 - 0.1 * edits) * ocr_factor(row), row, 0, len(row.text))
    return None


# Form rows naming the holder's or the project's own unit, which are no issuer: '工作单位 益阳市气象局'.
_OWN_UNIT = re.compile(
    r"(?:^|\s)\s*(?:工作|所在|依托|承担|完成|申报|推荐)\s*单\s*位|姓\s*名\s*[:：]?\s*[\u4e00-\u9fff]"
)


def _footer_issuer_in(rows: Sequence[Row], bottom: list[Row]) -> Hit | None:
    for k in range(len(bottom) - 1, -1, -1):
        row = bottom[k]
        if _OWN_UNIT.match(row.text) or (
            re.match(r"\s*单\s*位\s*[:：]", row.text) and not re.search(r"[盖公]\s*章", row.text)
        ):
            continue  # ('单位：XX中学' names the holder's unit; '单位（盖章）：XX中心' the issuer's)
        if re.search(r"(?:监制|印制)\s*$", row.text):
            continue  # the form's maker under the seal ('…人事考试中心监制'), not who issued it
        dates = find_dates(row.text)
        after = re.sub(r"\s", "", row.text[dates[-1].end :]) if dates else ""
        if len(dates) == 1 and ORG.fullmatch(after) and re.search(r"[:：]", row.text[: dates[0].start]):
            # a signer's label and name, the date, then the issuer: '校(院)长：汤秀永 2015年06月24日湖南师范大学'
            fixed, edits = repair(after, (r.text for r in rows))
            return Hit(
                cjk_punct(fixed), (0.8 - 0.1 * edits) * ocr_factor(row), row, dates[0].end, len(row.text)
            )
        numbered = re.match(
            r"\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*[\w\-*]{4,30}\s+([\u4e00-\u9fff()（）]{4,40})\s*$", row.text
        )
        if numbered is not None and ORG.fullmatch(numbered.group(1)):
            # a labelled number, then the issuer beside it: '管理号：20174137838875 河南省人力资源和社会保障厅'
            # (a degree's signer: 'XX大学学位评定委员会' signs for the university)
            unit = re.sub(r"(?<=[学院校])学位评定委员会$", "", numbered.group(1))
            fixed, edits = repair(unit, (r.text for r in rows))
            if ORG.fullmatch(fixed):
                return Hit(
                    cjk_punct(fixed),
                    (0.8 - 0.1 * edits) * ocr_factor(row),
                    row,
                    numbered.start(1),
                    len(row.text),
                )
        if re.match(r"\d{1,3}\s", row.text):
            continue  # a numbered table row, not the issuer block
        first = re.match(r"\s*([\u4e00-\u9fff·]{2,4})\s+\S", row.text)
        if (
            first
            and (named := person_name(first.group(1))) is not None
            and named[0] == first.group(1)
            and named[1] >= 0.9
        ):
            continue  # a person and their workplace ('闫志 德州市立医院'), a list's row, not the issuer
        text = _issuer_text(row)
        above = _issuer_text(bottom[k - 1]) if k > 0 else ""
        # Joined only when the row alone does not already start with a place (a seal's stray text above a
        # full name, '房和城' over '益阳市住房和城乡建设局', is no part of it).
        wrapped = (
            _FRAGMENT.fullmatch(above)
            and not _NOT_FRAGMENT.search(above)
            and not ORG.fullmatch(above)
            and not _PLACED.match(text)
            # a signer's name over a name complete on its own ('汪秋' / '青岛科技大学') is no part of it
            and not (ORG.fullmatch(text) and (signer := person_name(above)) is not None and signer[1] >= 0.9)
        )
        for value, conf in ((above + text, 0.7), (text, 0.85)) if wrapped else ((text, 0.85),):
            if len(value) > 40 or not re.fullmatch(r"[\u4e00-\u9fff()（）]{4,40}", value):
                continue
            fixed, edits = repair(value, (r.text for r in rows))
            if ORG.fullmatch(fixed):
                return Hit(cjk_punct(fixed), (conf - 0.1 * edits) * ocr_factor(row), row, 0, len(row.text))
    return None


# A value that reads as a sentence or a table header is not an organisation: '由主办单位颁发结业证书，…'.
_NOT_ISSUER = re.compile(
    r"[，,。；;！!？?]|浏览|阅读|点击|^(?:颁发|发放|发证|盖章|负责|统一|组织|审核|出具|提供|将|并|对|为|以)|^本(?:站|网|刊|单位)$|单位|机构|时间|地点|日期"
    # (a note naming the label in a sentence: '本证明须加盖主办单位公章方为有效')
    r"|^(?:公章|印章|签章|章)|有效$"
    # (a sentence naming the label, cut by the row's end: '由主办单位颁' / '发培训证书'; no body's name is one
    # character)
    r"|^颁|^.$"
    # (a web page's 来源 naming the section that posted it, '来源：训练竞赛科', not the body that issues)
    r"|^[\u4e00-\u9fff]{2,8}(?:科|股|室)$"
)


def labelled_issuer(rows: Sequence[Row]) -> Hit | None:
    """The value of an issuer label, unless it reads as a sentence or a header; on a form row whose cells
    carry no colons ('主办单位 XX局 承办单位 YY站') the first cell after the label."""
    for hit in labelled(rows, _ISSUER_LABEL):
        # ('组织单位：东营市农业农村局 二〇二二年一月二十五日': the date printed beside the name is not of it)
        # (the row's next label ends the value: '主办单位：XX协会 主讲：上官凤燕')
        if hit.start == 0 and len(hit.value.split()) >= 4 and re.match(r"\s*\d{1,3}\s", hit.value):
            continue  # a table's first row under a header that ends with 主办单位: a row of cells, no issuer
        value = re.split(r"\s+[\u4e00-\u9fff]{1,6}\s*[:：]", hit.value)[0]
        # (the seal's name printed beside the typed one: '主办单位：河南省园艺学会 河南省园艺学会')
        value = re.sub(r"^\s*(\S{4,30})\s+\1\s*$", r"\1", value)
        whole = clean_value(_without_seal_or_date(value))
        cell = clean_value(hit.value.split()[0]) if hit.value.split() else ""
        tries = [(whole, False), (cell, True)]
        if ORG.fullmatch(cell) and not ORG.fullmatch(whole):
            tries.reverse()  # ('发起方:XX学会 导出时间:…': the org, not the next label's first characters)
        for value, must_be_org in tries:
            if not value or _NOT_ISSUER.search(value):
                continue
            fixed, edits = repair(value, (r.text for r in rows))
            if must_be_org and not ORG.fullmatch(fixed):
                continue
            return hit.with_value(cjk_punct(fixed), hit.conf - 0.1 * edits)
    return None


# (not 发布时间, 印发时间: when a notice was posted, not when the training is)
_PERIOD_LABEL = r"培训时间|学习时间|会议时间|培训日期|学习日期|培训期间|学习期间|学习周期|培训周期|研修时间|(?<![发布印证奖到成出])时\s*间"


def period(rows: Sequence[Row], label: str = _PERIOD_LABEL) -> Hit | None:
    """A training period: a labelled date or range, else the first range printed anywhere."""
    year = document_year(rows)
    # (not an e-mail's header, '时 间：2024年12月22日（星期日）18:38': when it was sent)
    mail = any(re.match(r"\s*发\s*件\s*人", r.text) for r in rows[:4])
    hit = next(
        (
            h
            for h in labelled(rows, label)
            if not _SENT_STAMP.search(h.value)
            # (an e-mail's header row '时间：2021-06-11 9:30' is when it was sent)
            and not (mail and re.match(r"\s*(?:时\s*间|日\s*期)\s*[:：]", h.row.text))
        ),
        None,
    )
    if hit is not None:
        found = find_dates(hit.row.text[hit.start :], year)
        days = _listed_days(hit.row.text[hit.start :], found)
        if days is not None:
            return hit.with_value(days, 0.85 * found[0].conf * hit.conf)
        if found and not found[0].until:
            # '培训时间：2019年01月30日' / '-2019年02月02日。': the range wraps onto the next row
            at = next((i for i, r in enumerate(rows) if r is hit.row), None)
            below = rows[at + 1] if at is not None and at + 1 < len(rows) else None
            rest = hit.row.text[hit.start + found[0].end :]
            # ('学习周期' / '2018年07月11日' / '至' / '2018年07月17日': a connector alone on the row between)
            after = rows[at + 2] if at is not None and at + 2 < len(rows) else None
            if (
                below is not None
                and after is not None
                and not rest.strip()
                and re.fullmatch(r"\s*(?:-|—|–|~|～|至|到)\s*", below.text)
                and after.page == hit.row.page
            ):
                spanned = joined_rows([hit.row, below, after])
                ranged = find_dates(spanned.text[hit.start :], year)
                if ranged and ranged[0].until:
                    return _period_hit(ranged[0], spanned, hit.start, 0.85 * hit.conf)
            if (
                below is not None
                and below.page == hit.row.page
                and re.fullmatch(r"\s*(?:(?:-|—|–|~|～|至|到)[^，,。；;:：]*)?[\s。.，,]*", rest)
                # the range's end, or what the wrap cut from it ('…六月' / '四日')
                and re.match(_RANGE_GOES_ON, below.text)
            ):
                both = joined_rows([hit.row, below])
                wrapped = find_dates(both.text[hit.start :], year)
                if wrapped and wrapped[0].until:
                    return _period_hit(wrapped[0], both, hit.start, 0.9 * hit.conf)
        if found:
            return _period_hit(found[0], hit.row, hit.start, hit.conf)
    # an app's page: '培训开始 2022-06-27' / '培训结束 2022-06-29'
    # (not a registration window: 报名开始 / 报名结束)
    begin = labelled_date(rows, r"(?<!名)(?:培训|学习|活动)?开始(?:时间|日期)?")
    end = labelled_date(rows, r"(?<!名)(?:培训|学习|活动)?结束(?:时间|日期)?")
    if begin is not None and end is not None and begin.value <= end.value:
        return begin.with_value({"start": begin.value, "end": end.value}, 0.9 * min(begin.conf, end.conf))
    for flow in flows(rows):
        for d in find_dates(flow.text, year):
            if d.until:
                return _period_hit(d, flow, 0, ocr_factor(flow))
    for flow in flows(rows):
        # '于2016年11月10日参加…': a one-day event.
        for d in find_dates(flow.text, year):
            if flow.text[max(d.start - 2, 0) : d.start].endswith(("于", "于 ")) and re.match(
                r"\s*(?:参加|在)", flow.text[d.end :]
            ):
                return _period_hit(d, flow, 0, 0.9 * ocr_factor(flow))
    return None


def _listed_days(text: str, found: list[DateHit]) -> dict[str, str] | None:
    """Days listed one by one ('2022.06.03（第一天）、2022.06.05（第二天）'): the first to the last."""
    if len(found) < 2 or any(d.until for d in found):
        return None
    joins = [text[a.end : b.start] for a, b in zip(found, found[1:], strict=False)]
    if not all(re.fullmatch(r"\s*(?:[（(][^（()）]{0,8}[)）])?\s*[、,，和及]\s*", j) for j in joins):
        return None
    return {"start": found[0].iso, "end": max(d.iso for d in found)}


# (a sending time, not a meeting's hours: '（星期六）8:30—17:30' is when it sits)
_SENT_STAMP = re.compile(
    r"[（(]\s*(?:星期|周)[一二三四五六日天]\s*[)）]\s*\d{1,2}\s*[:：]\s*\d{2}(?!\s*[-—–~～至到]\s*\d{1,2}\s*[:：]\s*\d{2})"
)
_RANGE_GOES_ON = r"\s*(?:-|—|–|~|～|至|到|(?:19|20)\d{2}|[〇零一二][〇零一二三四五六七八九]{3}|[\d〇一二三四五六七八九十]{1,3}\s*[日月]|[年月]\s*[\d〇一二三四五六七八九十])"


def _period_hit(d: DateHit, row: Row, offset: int, conf: float) -> Hit:
    # '2023年1月5日至2023 继续 日': a range whose end OCR lost has no known end.
    cut_off = not d.until and re.match(r"\s*(?:至|到|-|—)", row.text[offset + d.end :])
    value = {"start": d.iso, "end": None if cut_off else d.end_iso}
    return Hit(value, d.conf * conf * (0.7 if cut_off else 1.0), row, offset + d.start, offset + d.end)


def common(rows: Sequence[Row], draft: Draft) -> None:
    """Fill what any certificate-like proof shows, after the type's own extractor had its say."""
    draft.put("hours_stated", hours(rows))
    if not draft.has("hours_stated") and (figure := unread_hours(rows)) is not None:
        draft.notes["hours_unread"] = figure  # (the rules then trust hours counted from the days less)
    draft.put(
        "issuer",
        labelled_issuer(rows) or footer_issuer(rows) or letterhead_issuer(rows) or posted_issuer(rows),
    )
    draft.put("issued_on", issue_date(rows))


def other(rows: Sequence[Row], draft: Draft) -> None:
    """A proof of no listed type (a visiting scholar's stay, an employer's letter …): who it is issued to, by
    whom and when, so a reviewer sees the claimant on it."""
    holder(rows, draft)
    common(rows, draft)


def letterhead_issuer(rows: Sequence[Row]) -> Hit | None:
    """An organisation printed alone above the proof's heading ('XX继续教育网络学院' / '继续教育学时证明') or just
    under it, when nothing signs at the bottom."""
    top = [r for r in rows[:6] if r.page == rows[0].page] if rows else []
    for i, row in enumerate(top[:4]):  # (under a phone's status bar, '8:56' / '5G 61%')
        # (a management system's printout names the office before the system: 'XX办公室课题管理系统')
        # (and an English rendering of the heading beside it: '潇湘专技在线 CERTIFICATE OF COMPLETION')
        bare = re.sub(r"\s+[A-Z][A-Z .,&-]{5,}$", "", row.text)
        text = re.sub(
            r"(?:科技|科研)?(?:课题|项目)?管理(?:信息)?系统(?:退出登录)?$", "", re.sub(r"\s", "", bare)
        )
        # above the heading, or right under it as a booklet's cover prints it ('培训证书' / 'XX学院培训中心')
        near = [*top[i + 1 : i + 3], *top[max(i - 1, 0) : i]]
        heading = any(
            re.search(
                r"证\s*[书明]|通\s*知|(?:审批|鉴定|登记|申报)\s*[表书]$|签\s*到\s*[表册单]|(?:结题|结项)信息$|"
                r"(?:学习|学时)(?:档案|记录)$|项目详情$",
                r.text,
            )
            for r in near
        )
        if (
            # (a platform may write a letter into its name: 'XX专技e学堂')
            not re.fullmatch(
                r"[\u4e00-\u9fff()（）]{4,40}|[\u4e00-\u9fff]{2,20}[eE][\u4e00-\u9fff]{2,20}", text
            )
            or not heading
            or re.search(r"[奖赛]$", text)
        ):
            continue  # (a prize's name over 证书 is no organisation, however like 科学技术局 it reads)
        fixed, edits = repair(text, (r.text for r in rows))
        if ORG.fullmatch(fixed) and not _GENERIC_ORG.fullmatch(fixed):
            return Hit(cjk_punct(fixed), (0.75 - 0.1 * edits) * ocr_factor(row), row, 0, len(row.text))
    return None


# A kind of institution printed as a heading ('普通高等学校' over '毕业证书'), not one institution.
_GENERIC_ORG = re.compile(r"(?:普通|成人)?(?:高等|中等)?(?:学校|院校)|(?:高等教育)?自学考试委员会")


def holder(rows: Sequence[Row], draft: Draft) -> None:
    draft.put("holder", holder_in(rows))


def all_dates(rows: Sequence[Row]) -> list[Hit]:
    return dates_in_rows(rows, document_year(rows))
