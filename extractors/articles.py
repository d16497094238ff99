"""Journal covers, contents pages and first pages: journal identity and level, paper title and authors."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extractors.bylines import authors, byline_row, contents_articles, contents_entries, contents_pages
from extractors.context import ExtractContext
from extractors.fields import Draft, Hit, clean_value, first_labelled, labelled, ocr_factor, table_as_labels
from extractors.generic import ORG
from extractors.journals import Match, issn_ok
from extractors.people import person_name
from extractors.text import Row, cjk_punct

_ISSN = re.compile(
    r"I\s*S\s*(S\s*)?N\s*[:：】\]]?\s*([0-9OoIlSB]{4})\s*[-‐]?\s*([0-9OoIlSB]{3}[0-9XxOoIlSB])"
)
_CN = re.compile(
    r"C\s*N\s*[:：】\]]?\s*(\d{2})\s*-\s*(\d{4})\s*[/|lI]\s*([A-Z][A-Z0-9]{0,3}|[a-z](?![a-z])|\d{1,4})"
)
_DIGIT_FIX = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "S": "5", "B": "8", "x": "X"})
_VOLUME = re.compile(
    r"第\s*(\d{1,4})\s*卷|Vo[l1I]\s*\.?\s*(\d{1,4})|(?:19|20)\d{2}\s*,\s*(\d{1,4})\s*\(\s*\d{1,3}\s*\)"
    r"|(?:19|20)\d{2}\s*年\s*(\d{1,3})\s*卷",  # a database's '2018年21卷11期'
    re.IGNORECASE,
)
# 文章编号 'ISSN(year)issue-first page-pages': '1000-8055(2023)02-0123-08'.
_ARTICLE_NO = re.compile(
    r"文\s*章\s*编\s*号\s*[:：]?\s*(\d{4})\s*-\s*(\d{3}[\dXx])\s*\(\s*(?:19|20)\d{2}\s*\)"
)
_ISSUE = re.compile(
    r"第\s*(\d{1,3})\s*期"
    r"|No\s*\.?\s*(\d{1,2})(?=(?:19|20)\d{2}(?!\d))"  # 'Vol.21No.82019': the issue run into the year
    r"|No\s*\.?\s*(\d{1,4})|\d{4}\s*,\s*\d{1,4}\s*\(\s*(\d{1,3})\s*\)"
    r"|(?<![\d\-])(?:19|20)\d{2}\s*[(（]\s*(\d{1,2})\s*[)）]"  # a running head's '2020 (12)': year (issue)
    r"|(?<![\d\-])(?:19|20)\d{2}\s*年\s*(?:\d{1,3}\s*卷\s*)?(\d{1,2})\s*期"  # a database's '2018年03期'
    # a database's '【年，卷（期）】2020，（3）', a cover's '201806' (year and issue run together, alone on a row)
    r"|(?<![\d\-])(?:19|20)\d{2}\s*[,，]\s*(?:\d{1,4}\s*)?[(（]\s*(\d{1,2})\s*[)）]"
    r"|^\s*(?:19|20)\d{2}(0[1-9]|1[0-2])\s*$",
    re.IGNORECASE,
)
# ('2017年Vol.13No.7第13卷第7期': a cover's year before the volume in English)
_YEAR = re.compile(
    r"(?<![\d\-])((?:19|20)\d{2})\s*(?:年\s*(?:第|\d{1,2}\s*[月期]|\d{1,3}\s*卷|Vo[l1I]|No)|,\s*(?:Vol|No\.?\s*\d|\d{1,4}\s*\()|\s*第\s*\d+\s*期"
    r"|\s*[,，]\s*第\s*\d+\s*[卷期]"
    r"|[(（]\s*\d{1,2}\s*[)）]|\s*[,，]\s*(?:\d{1,4}\s*)?[(（]\s*\d{1,2}\s*[)）]|(?:0[1-9]|1[0-2])\s*$)"
    r"|(?<![\d\-])((?:19|20)\d{2})\s*(?=第\s*\d{1,4}\s*卷)"  # a cover's '2024第34卷第4期'
    r"|No\s*\.?\s*\d{1,2}\s*((?:19|20)\d{2})(?!\d)"  # 'Vol.21No.82019', 'Vol.22 No.10 2019'
    r"|\d{4}\s*-\s*\d{3}[\dXx]\s*[(（]\s*((?:19|20)\d{2})\s*[)）]",  # 文章编号 '1671-7600(2019)10-0005-05'
    re.IGNORECASE,
)
# An entry of a reference list ('[3]李静，张云.…[J].中国公路学报，2018（3）：76-135.'): another paper's journal,
# year and issue, never this one's (a two-page spread prints the references beside the first page).
_CITATION = re.compile(
    r"[\[［【]\s*\d{1,3}\s*[\]］】].{0,120}?(?:19|20)\d{2}\s*(?:[,，]\s*\d{1,4}\s*)?(?:[(（]\s*\d{1,2}\s*[)）])?"
    r"\s*[:：]\s*(?:\d+\s*(?:[-–]\s*\d+)?\s*[.。]?)?"
)


# The tail of an entry wrapped onto the next row: '报，2011，33（2）：148-227.'
_CITATION_TAIL = re.compile(
    r"^\s*[^\s\[［【]{0,20}?(?:19|20)\d{2}\s*[,，][^:：\s]{0,12}[:：]\s*[\d\s\-–]+[.。]?"
)


def _without_citations(rows: Sequence[Row]) -> list[Row]:
    """The rows with reference-list entries blanked out (so positions still match the character boxes)."""
    out = []
    cited = False  # whether the row above held an entry, whose tail this row may carry
    for row in rows:
        text = _CITATION.sub(lambda m: " " * len(m.group(0)), row.text)
        if cited:
            text = _CITATION_TAIL.sub(lambda m: " " * len(m.group(0)), text)
        cited = text != row.text or bool(re.match(r"\s*[\[［【]\s*\d{1,3}\s*[\]］】]", row.text))
        out.append(row if text == row.text else replace(row, text=text))
    return out


# A running head ending on the year after the journal's name: '第3期 汽车安全与节能学报2019'.
# ('第39卷第1期2017年': the year after the issue)
_HEAD_YEAR = re.compile(
    r"(?:第\s*\d{1,3}\s*期|No\s*\.?\s*\d{1,3})(?:.*?[\u4e00-\u9fff])?\s*((?:19|20)\d{2})\s*年?\s*$"
    r"|((?:19|20)\d{2})\s*年\s*出版"  # a contents page's foot: '…半月刊2024年出版'
)
_NAME_HINT = re.compile(
    r"《([^》]{2,30})》|([\u4e00-\u9fff]{2,20}(?:学报|杂志|期刊|月刊|季刊|研究|科学|通报|论坛|工程|技术))"
)
_NATIONAL = re.compile(
    r"国家|中华|中国|全国|国务院|科学院|工程院|[^省市县辑]部$|总局|科协|科学技术协会"
)  # 编辑部 is no ministry
_SPONSOR_LABEL = r"主\s*管\s*单\s*位|主\s*管\s*部\s*门|(?<![\u4e00-\u9fff])主\s*管(?=\s*[:：]|\s+[\u4e00-\u9fff])"  # (not 主管护师)


def issn(rows: Sequence[Row]) -> Hit | None:
    for row in rows:
        for m in _ISSN.finditer(row.text):
            value = f"{m.group(2)}-{m.group(3)}".translate(_DIGIT_FIX)
            fixed = value != f"{m.group(2)}-{m.group(3)}".upper()
            if m.group(1) is None and not issn_ok(value):
                continue  # 'ISN 0253-2654': a label OCR cut short, trusted when the check digit holds
            if re.fullmatch(r"\d{4}-\d{3}[\dX]", value):
                conf = (0.97 if issn_ok(value) else 0.3) * (0.8 if fixed else 1.0)
                return Hit(value, conf * ocr_factor(row), row, m.start(), m.end())
    return _article_issn(rows)


def _article_issn(rows: Sequence[Row]) -> Hit | None:
    """The ISSN at the head of a 文章编号, trusted only when its check digit holds."""
    for row in rows:
        m = _ARTICLE_NO.search(row.text)
        if m and issn_ok(value := f"{m.group(1)}-{m.group(2).upper()}"):
            return Hit(value, 0.9 * ocr_factor(row), row, m.start(1), m.end(2))
    return None


def cn(rows: Sequence[Row]) -> Hit | None:
    for row in rows:
        m = _CN.search(row.text)
        if m:
            suffix = m.group(3).upper()
            # The suffix is a classification code led by a letter (O3, TP, R): a leading 0 is OCR's O.
            fixed = "O" + suffix[1:] if suffix[0] == "0" else suffix
            value = f"{m.group(1)}-{m.group(2)}/{fixed}"
            conf = 0.93 if fixed == suffix else 0.8
            return Hit(value, conf * ocr_factor(row), row, m.start(), m.end())
    return None


def _first(rows: Sequence[Row], pattern: re.Pattern[str]) -> Hit | None:
    for row in rows:
        m = pattern.search(row.text)
        if m:
            g = next(i for i in range(1, (m.lastindex or 1) + 1) if m.group(i))
            return Hit(m.group(g), 0.88 * ocr_factor(row), row, m.start(g), m.end(g))
    return None


def sponsor_level(rows: Sequence[Row]) -> Hit | None:
    """national / provincial / municipal from the 主管 organisation printed on the journal (the body it answers
    to; its 主办 sponsor, often a society or the journal's own 杂志社, says nothing of its level)."""
    hit = first_labelled(rows, _SPONSOR_LABEL)
    if hit is None:
        return None
    # the first word, joined to the next where OCR spaced one name apart ('四川 省教育厅')
    words = hit.value.split() or [hit.value]
    org = words[0]
    for word in words[1:]:
        if ORG.fullmatch(org) or not ORG.fullmatch(org + word):
            break
        org += word
    org = clean_value(org)
    if re.match(r"(?:北京|上海|天津|重庆)市", org) or re.search(r"省|自治区", org):
        level = "provincial"
    elif re.search(r"市", org):
        level = "municipal"
    elif _NATIONAL.search(org):
        level = "national"
    else:
        return None
    return hit.with_value(level, 0.85 * hit.conf)


def journal_name(rows: Sequence[Row], match: Match | None) -> Hit | None:
    # the first rows read, then the page's top rows (a spread's running head over its right-hand column)
    first = [r for r in rows if r.page == rows[0].page] if rows else []
    top = sorted(first, key=lambda r: r.bbox()[1])[:3]
    for row in [*rows[:12], *top]:
        m = _NAME_HINT.search(row.text)
        if m:
            g = 1 if m.group(1) else 2
            return Hit(
                cjk_punct(m.group(g).replace(" ", "")), 0.75 * ocr_factor(row), row, m.start(g), m.end(g)
            )
    return None


# A paper's record as a table row (a library's 检索证明, a database export): '序号 题名 作者 来源期刊 年/卷/期 ISSN CN'.
_RECORD_HEADS = re.compile(
    r"序\s*号|题\s*名|篇\s*名|论文题目|论文名称|作\s*者|来源期刊|期刊名称|刊\s*名|年\s*/\s*卷\s*/\s*期|ISSN|CN"
)
_YEAR_VOLUME_ISSUE = re.compile(r"((?:19|20)\d{2})\s*/\s*(\d{1,4})\s*/\s*(\d{1,3})")


def _record_table(rows: Sequence[Row], draft: Draft) -> None:
    """Title, journal and year/volume/issue from a record's labelled cells ('题名：…', '年/卷/期：2024/33/2')."""
    title = first_labelled(rows, r"题\s*名|篇\s*名|论文题目|论文名称")
    draft.put("title", title.with_value(cjk_punct(title.value.replace(" ", ""))) if title else None)
    for hit in labelled(rows, r"年\s*/\s*卷\s*/\s*期"):
        m = _YEAR_VOLUME_ISSUE.match(hit.value)
        if m:
            draft.put("journal.year", hit.with_value(int(m.group(1))))
            draft.put("journal.volume", hit.with_value(str(int(m.group(2)))))
            draft.put("journal.issue", hit.with_value(str(int(m.group(3)))))
    # a record's '年份 2016' / '卷期 25(5)'
    year = first_labelled(rows, r"^\s*(?:年\s*份|出版年)")
    found = re.match(r"\s*((?:19|20)\d{2})\b", year.value) if year else None
    draft.put("journal.year", year.with_value(int(found.group(1))) if year and found else None)
    issue = first_labelled(rows, r"^\s*卷\s*期")
    found = re.match(r"\s*(\d{1,4})\s*[(（]\s*(\d{1,3})\s*[)）]", issue.value) if issue else None
    if issue and found:
        draft.put("journal.volume", issue.with_value(str(int(found.group(1)))))
        draft.put("journal.issue", issue.with_value(str(int(found.group(2)))))


def _labelled_journal(rows: Sequence[Row]) -> Hit | None:
    hit = first_labelled(rows, r"来源期刊|期刊名称|刊\s*名")
    return (
        hit.with_value(cjk_punct(hit.value.replace(" ", "")).strip("《》"), 0.85 * hit.conf) if hit else None
    )


def journal_article(rows: Sequence[Row], draft: Draft, ctx: ExtractContext) -> None:
    rows = table_as_labels(rows, _RECORD_HEADS)
    _record_table(rows, draft)
    every, rows = rows, _without_citations(rows)  # the journal's own details, not its references'
    found_issn, found_cn = issn(rows), cn(rows)
    draft.put("journal.issn", found_issn)
    draft.put("journal.cn", found_cn)
    printed = _labelled_journal(rows) or journal_name(rows, None)
    match = ctx.catalogue.lookup(
        issn=found_issn.value if found_issn and found_issn.conf > 0.5 else None,
        cn=found_cn.value if found_cn else None,
        name=printed.value if printed else None,
    )
    if match is not None and found_cn is not None:
        # 'CN44-1110/S2023A455页': a code run into what follows is read as far as the catalogue's own code
        listed = next((e.cn for e in match.entries if e.cn and found_cn.value.startswith(e.cn)), None)
        if listed is not None and listed != found_cn.value:
            draft.hits["journal.cn"] = found_cn.with_value(listed, 0.9 * found_cn.conf)
    _name_and_levels(rows, draft, match, printed, found_cn is not None)
    draft.put("journal.volume", _first(rows, _VOLUME))
    issue = _first(rows, _ISSUE)
    draft.put(
        "journal.issue", issue.with_value(str(int(issue.value))) if issue and issue.value.isdigit() else issue
    )
    year = _first(rows, _YEAR) or _first([*rows[:3], *rows[-3:]], _HEAD_YEAR)
    draft.put("journal.year", year.with_value(int(year.value)) if year else None)
    rows = every
    toc = contents_pages(rows)
    if toc:
        # Several articles' titles and authors: which is the claimant's a contents page does not say.
        toc_rows = [r for r in rows if r.page in toc]
        draft.notes["contents_entries"] = contents_entries(toc_rows)
        draft.contents = contents_articles(toc_rows)
    name = draft.hits.get("journal.name")
    # (a web page's site menu, 'XX文献库 首页 通知公告 …', is no row of the title nor of the byline)
    people, title = authors(
        [r for r in rows if r.page not in toc and not _MENU.search(r.text)], name.value if name else None
    )
    # (a database page prints the journal's name beside the byline: it is no author)
    draft.people += [(p, h) for p, h in people if not (name and p["name"] == name.value)]
    portal = _portal_title(rows, name.value if name else None)
    if portal is not None and title is not None and _BANNER.search(title.value):
        title = None  # (the portal's banner read as a title's first row: '中国知网·文献检索' / '磁共振…')
    draft.put("title", title)
    draft.put("title", portal)
    if portal is not None and not draft.people:
        draft.people += _portal_byline(rows, portal.row)
    if not draft.people and not toc:
        draft.people += _profiled_author(rows)


# '作者简介：娄利军（1990—），男，…': the footnote's profile of the first author
_PROFILE = re.compile(r"作\s*者\s*简\s*介\s*[:：]\s*([\u4e00-\u9fff·]{2,6}?)\s*[（(]\s*(?:19|20)\d{2}")


def _profiled_author(rows: Sequence[Row]) -> list[tuple[dict[str, object], Hit]]:
    """Where no byline could be read (a spread's columns run together), the author the footnote profiles, taken
    as the first, unsurely: a reviewer should see the byline."""
    for row in rows:
        m = _PROFILE.search(row.text)
        found = person_name(m.group(1)) if m else None
        if m and found is not None and found[0] == m.group(1):
            hit = Hit(m.group(1), 0.6 * found[1] * ocr_factor(row), row, m.start(1), m.end(1))
            return [({"name": m.group(1), "rank": 1, "role": "author"}, hit)]
    return []


# A record page's side panel run onto the title's or the byline's row: '…的临床观察 刊名：磁共振成像'.
_SIDE_ITEM = r"(?:刊\s*名|出\s*版|来\s*源|ISSN|CN|下\s*载|被\s*引|页\s*码)\s*[:：]"
_SIDE_LABEL = re.compile(rf"\s+{_SIDE_ITEM}.*$")
# A record page's byline may carry the issue or the ISSN beside it ('逢蕴 2022年4期').
_BESIDE_BYLINE = re.compile(
    r"\s(?:(?:19|20)\d{2}\s*年\s*(?:第\s*)?\d{1,2}\s*期|ISSN\s*[:：]?\s*[\dXx\-]{8,9})\s*$"
)


def _portal_byline(rows: Sequence[Row], title_row: Row) -> list[tuple[dict[str, object], Hit]]:
    """The authors on the row under a record page's title, with the issue or ISSN printed beside them."""
    at = next((i for i, r in enumerate(rows) if r is title_row), None)
    # (past a side panel's rows between them: '刊名：地球科学进展')
    while at is not None and at + 1 < len(rows) and re.match(rf"\s*{_SIDE_ITEM}", rows[at + 1].text):
        at += 1
    if at is None or at + 1 >= len(rows) or rows[at + 1].page != title_row.page:
        return []
    row = rows[at + 1]
    tail = _BESIDE_BYLINE.search(row.text) or _SIDE_LABEL.search(row.text)
    text = row.text[: tail.start()] + " " * (len(row.text) - tail.start()) if tail else row.text
    found = byline_row(replace(row, text=text))
    return [
        (
            {"name": name, "rank": k, "role": "author"},
            Hit(name, 0.8 * conf * ocr_factor(row), row, start, end),
        )
        for k, (name, start, end, conf) in enumerate(found or [], 1)
    ]


_MENU = re.compile(r"首\s*页(?:\s*[\u4e00-\u9fff]{2,6}){2,}\s*$")


_BANNER = re.compile(r"知网|万方|维普|文献详情|知网节|数据库")
_PORTAL_NAME = re.compile(
    r"[\u4e00-\u9fff]{0,12}(?:文献|期刊|学术)[\u4e00-\u9fff]{0,8}(?:平台|数据库|系统|网)"
)


def _portal_title(rows: Sequence[Row], journal: str | None = None) -> Hit | None:
    """A database's record page: the paper's title on the row under the portal's banner ('中国知网 文献知网节'),
    without the journal's name printed beside it ('针刺治疗失眠42例 中国针灸')."""
    for i, row in enumerate(rows[:3]):
        if i + 1 >= len(rows):
            break
        below = rows[i + 1]
        # (the journal's source line may come first: '植物生态学报.2022,32（05) 北大核心')
        if i + 2 < len(rows) and re.search(r"(?:19|20)\d{2}\s*[,，]\s*\d{1,3}\s*[(（]", below.text):
            below = rows[i + 2]
        # (or the portal's own name under a browser's print header: '学术期刊文献服务平台')
        if i + 2 < len(rows) and _PORTAL_NAME.fullmatch(below.compact):
            below = rows[i + 2]
        text = _SIDE_LABEL.sub("", below.text)
        compact = text.replace(" ", "")
        if (
            _BANNER.search(row.text)
            and below.page == row.page
            and re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z，、：:—\-（）()“”]{6,60}", compact)
            and not re.search(r"[:：【】]", text)
        ):
            value = compact
            if journal and value.endswith(journal) and len(value) >= len(journal) + 6 and " " in below.text:
                value = value[: -len(journal)]
            return Hit(cjk_punct(value), 0.75 * ocr_factor(below), below, 0, len(text))
    return None


def _name_and_levels(
    rows: Sequence[Row], draft: Draft, match: Match | None, printed: Hit | None, has_cn: bool
) -> None:
    anchor = draft.hits.get("journal.issn") or draft.hits.get("journal.cn") or printed
    if match is not None and anchor is not None:
        draft.put("journal.name", anchor.with_value(match.name, match.conf))
        draft.notes["journal_catalogue"] = {"matched_by": match.how, "sources": match.sources}
    else:
        draft.put("journal.name", printed)
    levels = match.levels if match else []
    if match is not None and match.foreign and not has_cn:
        levels.append("foreign")
    levels = sorted(levels)  # list levels first, in a stable order, then the sponsor's level
    sponsor = sponsor_level(rows)
    if sponsor is not None and sponsor.value not in levels:
        levels.append(sponsor.value)
    if levels and (anchor or sponsor):
        src = anchor or sponsor
        conf = min(match.conf if match else 0.85, sponsor.conf if sponsor else 1.0)
        draft.put("journal.levels", src.with_value(levels, conf))  # type: ignore[union-attr]
