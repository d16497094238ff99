"""Journal bylines: the author row under a paper's title (affiliation marks removed), and contents pages."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from extractors.fields import Hit, first_labelled, ocr_factor
from extractors.people import Name, people_from, split_names
from extractors.text import Row, cjk_punct, is_cjk

# Where a first page's head ends: the abstract, or the footnote block (作者简介, 基金项目, 收稿日期, …).
_HEAD_END = re.compile(
    r"^\s*[\[【(（]?\s*(?:摘\s*要|Abstract|关\s*键\s*词|Key\s*words|中图分类号|文献标[识志]码|"
    r"作者简介|基金项目|收稿日期|修回日期|修订日期|接受日期|通[信讯]作者|联系方式|第一作者)",
    re.IGNORECASE,
)
# Affiliation marks after a name: digits (王丽1,2), a letter (王丽 a), a star or dagger for the corresponding author.
# OCR reads small superscript digits as quote-like glyphs or a question mark (王丽”，李强’，顾洋?), which mark an
# affiliation the same way, or as a small circle (潘润昊。郝建卫).
# A database's record page may print the marks in brackets (程凤(1) 段胜红(2)).
_MARKS = re.compile(
    r"(?<=[\u4e00-\u9fff])\s*[(（]\s*\d{1,2}(?:\s*[,，]\s*\d{1,2})*\s*[)）]"
    r"|(?<=[\u4e00-\u9fff])\s*(?:[\d,，*#†‡¹²³⁴⁵⁶⁷⁸⁹⁰'\"‘’“”′″`?？。]+|[a-hA-H](?![A-Za-z]))"
    r"(?:\s*[,，.．·]\s*(?:\d|[a-hA-H](?![A-Za-z])))*|[*#†‡]"  # (marks set apart by dots: '董超1.2')
)
# 作者：… but not 作者简介, 作者单位, 通信作者, 第一作者.
_AUTHOR_LABEL = r"(?<![信讯一者])作\s*者(?!\s*(?:简介|单位|信息|介绍|贡献))"
_CONTENTS = re.compile(
    # ('航空制造技术 目次': the journal's name may head its own contents)
    r"^\s*(?:[\u4e00-\u9fff]{2,16}\s+(?=目\s*[录次]))?(?:CONTENTS|Contents)?\s*(?:本期)?(?:目\s*[录次]|要\s*目|CONTENTS|Contents|要文速览|要文导读|导\s*读|"
    r"重点文章|本期推荐|精彩内容)\s*(?:CONTENTS|Contents)?\s*$"
)
# An entry's printed page at the end of its title row: '(12)', '…(27)', '／ 38'.
_PAGE_REF = re.compile(r"[.…·\s]*[(（]?\s*\d{1,4}\s*[)）]\s*$|(?:\.{3,}|…{2,}|·{3,})\s*\d{1,4}\s*$")
_LEADER = re.compile(r"(?:\.{4,}|·{4,}|-{4,})")


def contents_pages(rows: Sequence[Row]) -> set[int]:
    """Pages that are contents pages: a 目录/目次 heading near the top, or several entries with leader dots."""
    pages: dict[int, list[Row]] = {}
    for row in rows:
        pages.setdefault(row.page, []).append(row)
    return {n for n, page in pages.items() if _is_contents(page)}


def _is_contents(rows: Sequence[Row]) -> bool:
    if any(_CONTENTS.match(r.text) for r in rows[:12]):
        return True
    if sum(bool(_LEADER.search(r.text) and re.search(r"\d{1,4}\s*[)）]?\s*$", r.text)) for r in rows) >= 3:
        return True
    # Rows of title, authors and page ('…方法研究 慕俊，柴浩，徐轩晓（80)') under a heading OCR misread ('目☑次').
    if sum(bool(_INLINE.match(r.text) and _PAGE_REF.search(r.text)) for r in rows) >= 3:
        return True
    # Titles each followed by their page and a row of authors, however the leaders are printed.
    return (
        sum(
            bool(_PAGE_REF.search(r.text)) and byline_row(b) is not None
            for r, b in zip(rows, rows[1:], strict=False)
        )
        >= 3
    )


def contents_entries(rows: Sequence[Row]) -> list[str]:
    """The entries of a contents page as printed (for the reviewer; which one is the claimant's is unknown)."""
    return [cjk_punct(r.text) for r in rows if _LEADER.search(r.text) or _PAGE_REF.search(r.text)][:30]


# '一类方程解的存在性研究 …… 彭红梅，贺志强 (12)': title, authors and page on one row, the authors set apart
# from the title by leaders, a slash or a wide blank.
_INLINE = re.compile(
    r"^(?P<title>.{6,60}?)(?:\s*(?:\.{2,}|…+|·{2,}|[/／])\s*|\s{1,})"
    r"(?P<names>[\u4e00-\u9fff·]{2,}(?:\s*[,，、\s]\s*[\u4e00-\u9fff·]{2,}){0,9})"
    r"\s*(?:\.{2,}|…+|·{2,})?\s*[(（]?\s*\d{1,4}\s*[)）]?\s*$"
)


# Words a paper's title commonly ends on: where a contents row that glued title and authors together is cut.
_TITLE_END = re.compile(
    r"(?:研究|分析|探讨|探究|探析|浅析|初探|应用|影响|模拟|设计|实践|策略|对策|机制|机理|模型|方法|评价|评估|"
    r"构建|优化|进展|综述|观察|效果|作用|关系|特性|特征|性能|现状|思考|启示|路径|体系|技术|问题|调查|比较|"
    r"测定|检测|预测|试验|实验|控制|治理|管理|建设|改革|创新|监测|预警|识别|规律|演变|响应|诊断|治疗|护理|"
    r"疗效|分布|因素|建议|意义|价值|途径|模式|对比|报告|解析|认识|展望|措施)"
)
_NAMES_TAIL = re.compile(r"[\u4e00-\u9fff·]+(?:[\s,，、]+[\u4e00-\u9fff·]+)*")


def _glued_entry(text: str, row: Row) -> dict[str, Any] | None:
    """'…的关系研究欧阳宇管苑宸 (44)': no blank between title and authors, so the cut goes after the last
    title-ending word whose remainder reads wholly as names (a shakier reading than a printed gap)."""
    body = _BARE_PAGE.sub("", _PAGE_REF.sub("", text)).rstrip()
    # an entry prints its page, or a cover's 本期要目 its authors set apart by commas ('…改进措施顾明，吴博刚')
    paged = body != text.rstrip()
    if not paged and re.search(r"\s", body.strip()):
        return None  # (a blank between title and authors: the plain reading, not a glued one)
    for m in reversed(list(_TITLE_END.finditer(body))):
        rest = body[m.end() :]
        if m.end() < 6 or not rest.strip() or not _NAMES_TAIL.fullmatch(rest.strip()):
            continue
        if not paged and not re.search(r"[，,、]", rest):
            continue
        if _TITLE_END.fullmatch(rest.strip()):
            continue  # the title's own last word ('…识别' / '方法'), not an author
        names = split_names(rest.strip(), listed=True)
        if (
            not names
            or "".join(n.text for n in names) != re.sub(r"[\s,，、]", "", rest)
            or min(n.conf for n in names) < 0.7  # each led by a known surname: a title's tail ('探析') is not
        ):
            continue
        title = cjk_punct(re.sub(r"\s", "", body[: m.end()])).strip(" .。·:：")
        people = [{"name": n.text, "rank": k, "role": "author"} for k, n in enumerate(names, 1)]
        conf = min(n.conf for n in names) * ocr_factor(row) * 0.8
        return {"title": title, "people": people, "confidence": round(conf, 3)}
    return None


# A cover's 本期要目 prints no pages: the title, a blank, then the authors set apart by commas.
_INLINE_NO_PAGE = re.compile(
    r"^(?P<title>[^，,、]{6,60}?)\s+(?P<names>[\u4e00-\u9fff·]{2,5}(?:\s*[，,、]\s*[\u4e00-\u9fff·]{2,5}){1,9})\s*$"
)
# …or the title, leaders (OCR may read them as '·：'), then the authors set apart by blanks or commas.
_LEADERS_NO_PAGE = re.compile(
    r"^(?P<title>.{6,60}?)\s*(?:\.{2,}|…+|·{2,}|[·.…]?\s*[:：])\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,5}(?:\s*[\s，,、]\s*[\u4e00-\u9fff·]{2,5}){0,9})\s*$"
)


# …or the title (no blank inside), then names set apart by blanks only: '…腐蚀防护技术 滕立广  秦涛波'
_SPACED_NO_PAGE = re.compile(
    r"^(?P<title>[^\s，,、]{6,60})\s+(?P<names>[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,9})\s*$"
)


def _inline_entry(row: Row) -> dict[str, Any] | None:
    glued = _glued_entry(row.text, row)
    if glued is not None:
        return glued
    m = _INLINE.match(row.text) or _INLINE_NO_PAGE.match(row.text) or _LEADERS_NO_PAGE.match(row.text)
    if m is None:
        spaced = _SPACED_NO_PAGE.match(row.text)
        pieces = spaced["names"].split() if spaced else []
        # each piece one name led by a known surname: a title's last words are not taken for authors
        if spaced and all(
            len(ns := split_names(p)) == 1 and ns[0].text == p and ns[0].conf >= 0.9 for p in pieces
        ):
            m = spaced
    if m is None:
        return None
    names = [n for n in split_names(m["names"], listed=True)]
    if not names or "".join(n.text for n in names) != re.sub(r"[\s,，、]", "", m["names"]):
        return None
    title = cjk_punct(re.sub(r"\s", "", m["title"])).strip(" .。·:：")
    first = _glued_first_author(title)
    if first is not None:
        # ('…的实践与思考郑建杰 刘伟怡 陈杰娟': the gap before the first author lost, the others set apart)
        title, names = title[: -len(first.text)], [first, *names]
    people = [{"name": n.text, "rank": k, "role": "author"} for k, n in enumerate(names, 1)]
    conf = min(n.conf for n in names) * ocr_factor(row) * 0.9  # the cut between title and names is a guess
    return {"title": title, "people": people, "confidence": round(conf, 3)}


def _glued_first_author(title: str) -> Name | None:
    """A name of two to four characters, led by a known surname, glued after the title's last word."""
    for m in reversed(list(_TITLE_END.finditer(title))):
        rest = title[m.end() :]
        if m.end() < 6 or not 2 <= len(rest) <= 4 or _TITLE_END.search(rest):
            continue
        found = split_names(rest)
        if len(found) == 1 and found[0].text == rest and found[0].conf >= 0.9:
            return found[0]
        return None
    return None


_LEAD_PAGE = re.compile(r"^\s*\d{1,4}\s+(?=[\u4e00-\u9fff])")  # '12 设施番茄…': the page before the title


def _has_page(text: str) -> bool:
    return bool(_PAGE_REF.search(text) or _LEAD_PAGE.match(text))


_SECTION = re.compile(r"^\W*[\u4e00-\u9fff]{2,8}\W*$")  # a column heading: '·综述·', '临床研究'


# A masthead printed in a column beside the contents ('主 管：…', 'ISSN 1671-833X', '定价：25.00元'), which OCR
# runs into the entries' rows: one or more of its items at a row's start.
_MASTHEAD_ITEM = (
    r"(?:(?:19|20)\d{2}\s*年\s*(?:第\s*\d{1,3}\s*卷\s*)?第\s*\d{1,3}\s*期|"
    r"(?:主\s*管|主\s*办|主\s*编|编辑出版|出\s*版|编\s*辑|发\s*行|社\s*长)\s*[:：]\s*\S+?(?=\s|主\s*[管办编]\s*[:：]|$)|"
    r"国际标准连续出版物号|国内统一连续出版物号|ISSN\s*[\dX\-]{8,9}|CN\s*\d{2}\s*-\s*\d{4}\s*/\s*[A-Z0-9]{1,4}|"
    r"定\s*价\s*[:：]\s*[\d.]+\s*元|[(（][^)）]{0,8}刊[，,][^)）]{0,12}创刊[)）])"
)
_MASTHEAD = re.compile(rf"^\s*(?:{_MASTHEAD_ITEM}\s*)+\s")


def _without_masthead(row: Row) -> Row:
    m = _MASTHEAD.match(row.text)
    if m is None or not re.search(r"[\u4e00-\u9fff]", row.text[m.end() :]):
        return row
    return Row(row.page, row.text[m.end() :], row.boxes[m.end() :], row.conf)


def contents_articles(rows: Sequence[Row]) -> list[dict[str, Any]]:
    """Each article a contents page lists: the title row (its leaders and page cut off) and the row of authors
    printed under it, as contract people; `confidence` is the shakiest reading among them."""
    rows = [_without_masthead(r) for r in rows]
    # (a title row over a row of names is that entry's title whole, not a title and its authors: '…预测方法比较
    # (35)' over '武汴 邓怡 夏勇梅', not the title '…预测' by one 方法比较)
    inline = [
        ({i}, entry)
        for i, row in enumerate(rows)
        if (entry := _inline_entry(row)) is not None
        and not (i + 1 < len(rows) and rows[i + 1].page == row.page and byline_row(rows[i + 1]) is not None)
    ]
    below = _entries_over_bylines(rows)
    # the reading that finds more entries, then the other's entries on rows it left unread (a page may print
    # some entries with their authors on the title's row and others with them below)
    first, second = (inline, below) if len(inline) >= len(below) else (below, inline)
    used = set().union(*(at for at, _ in first))
    both = first + [(at, e) for at, e in second if not at & used]
    return [e for _, e in sorted(both, key=lambda x: min(x[0]))]


_BARE_PAGE = re.compile(r"(?<=[\u4e00-\u9fff）)》])\s+\d{1,4}\s*$")  # '…教学设计研究 7': a page, no leaders


def _entries_over_bylines(rows: Sequence[Row]) -> list[tuple[set[int], dict[str, Any]]]:
    """Entries whose authors are printed on the row under the title, with the rows each was read from."""
    out: list[tuple[set[int], dict[str, Any]]] = []
    for i in range(1, len(rows)):
        above, row = rows[i - 1], rows[i]
        if above.page != row.page:
            continue
        names = byline_row(row)
        if not names or byline_row(above) is not None:
            continue  # (a row of names is no title: the names below are the next entry's)
        text = above.text
        before = rows[i - 2] if i >= 2 else None
        if (
            before is not None
            and before.page == row.page
            and not _has_page(above.text)
            and _has_page(before.text)
            and byline_row(before) is None
        ):
            text = before.text + above.text  # a title wrapped onto a second row
            at = {i - 2, i - 1, i}
        else:
            at = {i - 1, i}
        title = _LEAD_PAGE.sub("", _BARE_PAGE.sub("", _PAGE_REF.sub("", text)))
        title = re.sub(r"(?:\.{2,}|…+|·{2,})", "", title)
        title = cjk_punct(re.sub(r"\s", "", title)).strip(" .。·:：")
        if len(title) < 6 or (_SECTION.match(text) and not _has_page(text)):
            continue
        people = [{"name": n, "rank": k, "role": "author"} for k, (n, _, _, _) in enumerate(names, 1)]
        conf = min(c for *_, c in names) * min(ocr_factor(row), ocr_factor(above))
        out.append((at, {"title": title, "people": people, "confidence": round(conf, 3)}))
    return out


_AFFILIATION_TAIL = re.compile(r"[(（][^)）]*(?:大学|学院|研究|医院|中心|公司|[省市县])[^)）]*(?:[)）]|$)")


_BYLINE_LEAD = re.compile(r"^\s*(?:文|作者|撰文|整理|撰稿)\s*[/／|:：]\s*")


def _blanked(text: str) -> str:
    # Marks, a lead-in ('文/王丽'), an affiliation on the byline's own row ('（山东农业大学…）'), a full stop
    # closing the row and a contents page's leaders opening it ('….尉迟红 夏文桂') hold no names.
    text = re.sub(r"[。.]\s*$", lambda m: " " * len(m.group(0)), text)
    text = re.sub(r"^\s*[.…·]+", lambda m: " " * len(m.group(0)), text)
    # a contents entry's '…，司徒宏涛等': the list names its first authors, 等 is none of them
    text = (
        re.sub(r"(?<=[\u4e00-\u9fff]{2})等\s*$", lambda m: " " * len(m.group(0)), text)
        if re.search(r"[,，、]", text)
        else text
    )
    text = _BYLINE_LEAD.sub(lambda m: " " * len(m.group(0)), text)
    # a database page's side panel run into the byline's row ('… 木合塔尔 期刊信息')
    text = re.sub(r"\s(?:期刊信息|期刊导航|文献信息)\s*$", lambda m: " " * len(m.group(0)), text)
    text = _AFFILIATION_TAIL.sub(lambda m: " " * len(m.group(0)), text)
    return _MARKS.sub(lambda m: " " * len(m.group(0)), text)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Name candidates: pieces between separators, with OCR-spaced single characters (周 文 静) joined up."""
    out: list[tuple[str, int, int]] = []  # (text, start, end)
    for m in re.finditer(r"[^\s,，、;；]+", text):
        piece = m.group(0)
        if out and text[out[-1][2] : m.start()] == " " and _joinable(out[-1][0], piece):
            prev, start, _ = out[-1]
            out[-1] = (prev + piece, start, m.end())
            continue
        out.append((piece, m.start(), m.end()))
    return out


def _joinable(prev: str, piece: str) -> bool:
    # '马 骏', '周 文 静', '欧阳 明': single characters (or a lone surname) the OCR spaced apart.
    single = len(piece) == 1 and is_cjk(piece)
    return is_cjk(prev[-1]) and (len(prev) == 1 or (single and len(prev) < 3)) and len(prev + piece) <= 4


def byline_row(row: Row) -> list[tuple[str, int, int, float]] | None:
    """(name, start, end, confidence) of every author on a row made only of names and marks, else None."""
    if re.search(r"\d{3,}", _AFFILIATION_TAIL.sub("", row.text)):
        return None  # a year, a page, an ISSN: a superscript mark is one or two digits
    if re.search(r"知网|万方|维普|文献|详情|检索|导航", row.text):
        return None  # a database portal's banner ('中国知网 文献详情')
    text = _blanked(row.text)
    if re.search(r"[A-Za-z]{2,}|[:：]", text):
        return None
    cjk = [ch for ch in text if is_cjk(ch)]
    found = []
    tokens = _tokens(text)
    for token, start, end in tokens:
        # Each piece between marks or separators is one author, however long, unless OCR ran all together.
        names = split_names(token, listed=len(tokens) > 1)
        if "".join(n.text for n in names) != token:
            return None
        if len(names) == 1:
            found.append((token, start, end, names[0].conf))
        else:  # names OCR ran together ('莫淑兰杜卫何丽红'): cut by surname, less sure
            found += [(n.text, start + n.start, start + n.end, n.conf) for n in names]
    return found if found and sum(len(f[0]) for f in found) == len(cjk) else None


def _byline_rows(head: Sequence[Row], i: int) -> list[Row]:
    """The byline's row and the rows it wraps onto (a long author list), while they are names only."""
    out = [head[i]]
    for row in head[i + 1 : i + 3]:
        if row.page != head[i].page or byline_row(row) is None:
            break
        out.append(row)
    return out


def _title_before(rows: Sequence[Row], at: int) -> Hit | None:
    """The paper's title: the row above the byline, with the row above it when the title wraps."""
    if at < 1:
        return None
    title = rows[at - 1]
    parts = [title]
    height = title.bbox()[3] - title.bbox()[1]
    if at >= 2:
        above = rows[at - 2]
        if abs((above.bbox()[3] - above.bbox()[1]) - height) < 0.15 * height and _plain_title(above.text):
            parts.insert(0, above)
    text = "".join(re.sub(r"\s", "", p.text) for p in parts)
    conf = 0.8 if len(parts) == 1 else 0.7
    return Hit(cjk_punct(text.strip(" :：,，.。")), conf * ocr_factor(title), title, 0, len(title.text))


def _plain_title(text: str) -> bool:
    # A header row (卷/期, ISSN, 文章编号, a date) is not the first line of a wrapped title.
    return not re.search(r"\d|ISSN|CN|文章编号|学报|卷|期|Vol|No", text) and len(text) >= 4


_AFFILIATION_ROW = re.compile(r"^\s*[(（][^)）]*(?:大学|学院|研究|医院|中心|公司|学校|[省市县])")


def _lone_author(head: Sequence[Row], i: int) -> list[tuple[str, int, int, float]] | None:
    """One author whose name no surname vouches for (阿依古丽), between the title and the affiliation row."""
    if not 0 < i < len(head) - 1 or not _AFFILIATION_ROW.match(head[i + 1].text):
        return None
    m = re.fullmatch(r"\s*([\u4e00-\u9fff·]{2,8})\s*", _blanked(head[i].text))
    if m is None or not _plain_title(head[i - 1].text):
        return None
    names = split_names(m.group(1), listed=True)
    if len(names) != 1 or names[0].text != m.group(1):
        return None
    return [(names[0].text, m.start(1), m.end(1), min(names[0].conf, 0.6))]


def authors(
    rows: Sequence[Row], journal: str | None = None
) -> tuple[list[tuple[dict[str, Any], Hit]], Hit | None]:
    """Authors and the title above them from a first page's byline; else a strict 作者 label.

    Only the head of the page is searched, so no name from the footnote block (作者简介, 通信作者) is taken.
    """
    pages: dict[int, list[Row]] = {}
    for row in rows:
        pages.setdefault(row.page, []).append(row)
    # An article's first page (it has an abstract or keywords) before a cover listing several papers.
    ordered = sorted(pages.values(), key=lambda page: not any(_HEAD_END.match(r.text) for r in page))
    for page in ordered:
        found = _page_authors(page, journal)
        if found[0]:
            return found
    return [], None


def _page_authors(
    rows: Sequence[Row], journal: str | None = None
) -> tuple[list[tuple[dict[str, Any], Hit]], Hit | None]:
    head: list[Row] = []
    for row in rows:
        if _HEAD_END.match(row.text):
            break
        head.append(row)
    for i, row in enumerate(head[:20]):
        if journal and re.sub(r"\s", "", row.text) in journal:
            continue  # the masthead ('化学 进展') is the journal's name, not two authors
        found = byline_row(row) or _lone_author(head, i)
        if found and (i > 0 or len(found) >= 2):
            people: list[tuple[dict[str, Any], Hit]] = []
            for k, line in enumerate(_byline_rows(head, i)):
                for name, start, end, conf in found if k == 0 else byline_row(line) or []:
                    hit = Hit(name, min(conf + 0.05, 0.95) * ocr_factor(line), line, start, end)
                    people.append(({"name": name, "rank": len(people) + 1, "role": "author"}, hit))
            return people, _title_before(head, i)
    label = first_labelled(head, _AUTHOR_LABEL)
    if label is not None:
        return people_from([label], "author"), None
    return [], None
