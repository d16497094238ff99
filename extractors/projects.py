"""Project completion proofs (结题证书/结题证明): the project, its leader and members."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.fields import (
    Draft,
    Hit,
    clean_value,
    first_labelled,
    labelled,
    ocr_factor,
    table_as_labels,
    with_continuation,
)
from extractors.generic import common
from extractors.people import COMPOUND_SURNAMES, holder_in, people_from, person_name, split_names
from extractors.sheets import attendees
from extractors.text import Row, cjk_punct, flows

_LEADER = re.compile(
    # ('李文霞同志（海阳市妇幼保健院）主持的': the workplace in brackets between the name and 主持)
    r"([\u4e00-\u9fff]{2,8}?)\s*(?:同志|教授|老师|研究员)?\s*(?:[（(][^（()）]{2,30}[)）]\s*)?(?:主持|负责|牵头)(?:完成了|完成的|承担的|实施的|申报的|研究的|的)"
)
# Words that introduce the leader's name in a sentence: '经审核，由张三同志主持的…'.
_LEAD_IN = re.compile(r"^.*(?:由|系|兹证明|证明|经|单位)")  # (also 你单位、本单位: the unit, then the leader)
_TITLE = re.compile(r"(?:课题|项目)\s*[《“\"]([^》”\"]{4,60})[》”\"]|[《“\"]([^》”\"]{4,60})[》”\"]")


def project_title(rows: Sequence[Row]) -> Hit | None:
    hit = first_labelled(rows, r"课题名称|项目名称|成果名称")
    if hit is not None:
        return hit.with_value(cjk_punct(clean_value(hit.value.replace(" ", ""))))
    for flow in flows(rows):
        m = _TITLE.search(flow.text)
        if m:
            g = 1 if m.group(1) else 2
            return Hit(
                cjk_punct(m.group(g).replace(" ", "")), 0.88 * ocr_factor(flow), flow, m.start(g), m.end(g)
            )
    return None


def leader(rows: Sequence[Row]) -> Hit | None:
    hit = first_labelled(
        rows,
        r"课题负责人|项目负责人|课题主持人|项目主持人|(?<![（(])负\s*责\s*人|(?<![（(])主\s*持\s*人|课题组长|项目组长|牵\s*头\s*人",
    )
    if hit is not None and re.match(
        r"\s*[，,、；;]|\s*(?:第\s*)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s", hit.value
    ):
        # a table cell's '项目负责人，总体设计' says a member's task, not who the leader is; nor does the
        # task column's '项目负责人' ending a row, whose 'value' is the next row of the table ('2 衣春博 …',
        # '第2 蔡雨芳 主要成员')
        hit = None
    if hit is not None:
        # the label inside a sentence: '听取了项目负责人何博泽的汇报' names 何博泽, not 何博泽的汇报
        told = re.match(r"\s*([\u4e00-\u9fff·]{2,4}?)(?:同志)?(?:的|带领)", hit.value)
        if told is not None and re.search(r"[，,。]", hit.value):
            hit = Hit(told.group(1), hit.conf, hit.row, hit.start + told.start(1), hit.start + told.end(1))
        names = split_names(hit.value)
        if names:
            n = names[0]
            return Hit(n.text, n.conf * hit.conf, hit.row, hit.start + n.start, hit.start + n.end)
        # One name the surname list does not know (额尔敦, 阿依努尔): the label vouches for it, less surely.
        token = re.match(r"\s*([\u4e00-\u9fff·]{2,12})(?![\u4e00-\u9fff])", hit.value)
        alone = person_name(token.group(1)) if token else None
        if token and alone:
            return Hit(
                alone[0], alone[1] * hit.conf, hit.row, hit.start + token.start(1), hit.start + token.end(1)
            )
    for flow in flows(rows):
        joined = _LED_AND_JOINED.search(flow.text)
        names = split_names(joined["lead"]) if joined else []
        if joined and names and names[0].text == joined["lead"]:
            return Hit(
                joined["lead"], 0.85 * ocr_factor(flow), flow, joined.start("lead"), joined.end("lead")
            )
        for m in _LEADER.finditer(flow.text):
            found = _sentence_leader(flow, m)
            if found is not None:
                return found
    return None


def _sentence_leader(flow: Row, m: re.Match[str]) -> Hit | None:
    """The name just before 主持的: what follows a lead-in word, else the last two to four characters."""
    words = m.group(1)
    # (or the workplace just before the name: '由…城关镇中心小学訾丽娟同志主持的')
    cut = _LEAD_IN.match(words) or re.match(
        r"^.*(?:小学|中学|学校|医院|中心|局|站|所|院|园|公司)(?=[\u4e00-\u9fff]{2,4}$)", words
    )
    # A compound surname's name (欧阳浩振) is whole; '阳浩振' from its tail would be a name too.
    whole = [0] if re.match(rf"^(?:{'|'.join(COMPOUND_SURNAMES)})", words) else []
    # (and one at the end, after the workplace: '…实验幼儿园诸葛燕雅', not its tail '葛燕雅')
    tail = re.search(rf"(?:{'|'.join(COMPOUND_SURNAMES)})[\u4e00-\u9fff]{{1,2}}$", words)
    whole += [tail.start()] if tail else []
    starts = ([cut.end()] if cut else []) + whole + [max(len(words) - n, 0) for n in (3, 2, 4)]
    for at in starts:
        names = split_names(words[at:])
        if names and names[0].text == words[at:]:
            start = m.start(1) + at
            return Hit(names[0].text, 0.85 * ocr_factor(flow), flow, start, m.end(1))
    return None


# '课题组成员：张三（主持人）、李四': the leader marked inside the member list.
_MARKED_LEADER = re.compile(
    r"([\u4e00-\u9fff]{2,4})\s*[（(]\s*(?:主持人|负责人|组长|项目负责人|课题负责人|首席专家)\s*[)）]"
)


def marked_leader(rows: Sequence[Row]) -> Hit | None:
    for row in rows:
        for m in _MARKED_LEADER.finditer(row.text):
            names = split_names(m.group(1))
            if names and names[0].text == m.group(1):
                return Hit(m.group(1), 0.85 * ocr_factor(row), row, m.start(1), m.end(1))
    return None


_MEMBERS = (
    r"课题组(?:主要)?成员|项目组(?:主要)?成员|主要成员|参加人员|参与人员|主要参与人|参\s*与\s*人|"
    r"主要完成人员|主要完成人|主要研究人员|研究人员|主要参加(?:者|人员|人)|参\s*加\s*者|成\s*员|"
    r"(?<![第\d一二三四五六七八九十])完\s*成\s*人"  # (a 成果登记证书's 完成人, not 第3完成人)
)
_SENTENCE_MEMBERS = re.compile(rf"(?:{_MEMBERS})(?:有|为|包括)?\s*[:：]?\s*")
_PIECE = re.compile(r"([\u4e00-\u9fff·]{2,8})(\s*[、，,；;]\s*|\s+|(?=[。.；;）)]|$))")


# '由吕希梅主持，韩雪、臧淑军参与研究的课题《…》': the leader, then the members before 参与 (or '由周书华同志主持，
# 胡梦、萧金凤等同志参加的课题').
# (or after the leader's workplace: '益阳职业技术学院廖丽同志主持，张建国、杨玉等同志参与的研究课题')
_LED_AND_JOINED = re.compile(
    r"(?:由|医院|学院|学校|中学|小学|中心|研究院|研究所|大学|公司|局|站)\s*(?P<lead>[\u4e00-\u9fff·]{2,6}?)\s*(?:同志)?\s*主持\s*[，,、]\s*"
    r"(?P<l>[\u4e00-\u9fff·]{2,6}?(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,6}?)*)\s*等?\s*(?:同志)?\s*(?:共同)?(?:参与|参加)"
)


def sentence_members(rows: Sequence[Row]) -> list[Hit]:
    """Members named in running text, '…，课题组成员郝杰、买买提江、郭怡华，已按计划完成…', where the list
    wraps across rows and ends at the first piece that is not a name; [] for a form or no such sentence."""
    for flow in flows(rows):
        joined = _LED_AND_JOINED.search(flow.text)
        if joined is not None:
            names = split_names(joined["l"], listed=True)
            if names and "".join(n.text for n in names) == re.sub(r"[\s、，,]", "", joined["l"]):
                return [
                    Hit(
                        n.text,
                        0.9 * ocr_factor(flow),
                        flow,
                        joined.start("l") + n.start,
                        joined.start("l") + n.end,
                    )
                    for n in names
                ]
    for flow in flows(rows):
        m = _SENTENCE_MEMBERS.search(flow.text)
        # in running text: the label does not open a row of its own (a form's '课题组成员：…' does); it follows
        # a clause or a sentence ('…准予结题。课题组主要成员：A、B、乔玉' / '霞、谢永。')
        if (
            m is None
            or m.start() in flow.parts
            or not flow.text[: m.start()].rstrip().endswith(("，", ",", "）", ")", "；", ";", "。"))
        ):
            continue
        out: list[Hit] = []
        at = m.end()
        while True:
            piece = _PIECE.match(flow.text, at)
            if piece is None:
                break
            names = split_names(piece.group(1), listed=True)
            if len(names) != 1 or names[0].text != piece.group(1):
                break
            out.append(Hit(piece.group(1), 0.9 * ocr_factor(flow), flow, piece.start(1), piece.end(1)))
            at = piece.end()
            if not re.search(r"[、，,；;]|\s", piece.group(2)):
                break
        if len(out) >= 1:
            return out
    return []


_LEADS = re.compile(r"主\s*持|负\s*责\s*人|组\s*长|首席专家|(?:项目|课题)\s*负\s*责")


def member_table(rows: Sequence[Row]) -> list[tuple[dict[str, object], Hit]]:
    """The team as a table ('排名 姓名 工作单位 职称 承担任务'), in rank order; a row whose task or role says
    主持/负责 is the leader's."""
    out: list[tuple[dict[str, object], Hit]] = []
    for person, hit in attendees(rows):
        leads = bool(_LEADS.search(hit.row.text)) and not any(p["role"] == "project_leader" for p, _ in out)
        out.append(({**person, "role": "project_leader" if leads else "project_member"}, hit))
    return out


_LIST_HEAD = re.compile(r"(?:课题|项目)\s*名\s*称")
_LIST_LEAD = re.compile(r"负\s*责\s*人|主\s*持\s*人")
_LIST_TEAM = re.compile(r"^(?:主要|课题组|项目组)?\s*(?:成\s*员|参与人员?|参加人员?)$")


def listed_projects(rows: Sequence[Row]) -> list[dict[str, object]] | None:
    """A bulletin of projects approved or completed ('课题编号 课题名称 负责人 承担单位' over one row per
    project): each project's title and leader, as contents entries (which one is the claimant's the list does
    not say); None when the document prints no such table."""
    for i, header in enumerate(rows):
        if not (_LIST_HEAD.search(header.text) and _LIST_LEAD.search(header.text)):
            continue
        heads = header.text.split()
        title_col = next((k for k, h in enumerate(heads) if _LIST_HEAD.search(h)), None)
        lead_col = next((k for k, h in enumerate(heads) if _LIST_LEAD.search(h)), None)
        if title_col is None or lead_col is None:
            continue
        # the team's column right after the leader's ('主持人 主要成员'), its names set apart by 、
        team = lead_col == len(heads) - 2 and bool(_LIST_TEAM.match(heads[-1]))
        out: list[dict[str, object]] = []
        for row in rows[i + 1 :]:
            cells = row.text.split()
            if row.page != header.page:
                break
            # a row that lost its serial or its code (the cells that open it) is short by as many cells
            shift = max(len(heads) - len(cells), 0)
            members: list[dict[str, object]] = []
            if team and len(cells) >= 3 and (listed := split_names(cells[-1], listed=True)):
                if "".join(n.text for n in listed) != re.sub(r"[、丶,，;；]", "", cells[-1]):
                    continue  # the last cell is no list of names
                members = [
                    {"name": n.text, "rank": k, "role": "project_member"} for k, n in enumerate(listed, 2)
                ]
                shift = max(len(heads) - len(cells), 0)
            elif team:
                shift = max(len(heads) - 1 - len(cells), 0)  # no members printed for this project
            at, title_at = lead_col - shift, title_col - shift
            if not (0 <= title_at < len(cells) and 0 <= at < len(cells)) or title_at == at:
                continue
            names = split_names(cells[at], listed=True)
            if len(names) != 1 or names[0].text != cells[at] or len(cells[title_at]) < 6:
                continue
            out.append(
                {
                    "title": cjk_punct(clean_value(cells[title_at])),
                    "people": [{"name": names[0].text, "rank": 1, "role": "project_leader"}, *members],
                    "confidence": round(min(names[0].conf, 0.9) * ocr_factor(row), 3),
                }
            )
        if len(out) >= 2:
            return out
    return None


# A query result's columns over the one project's row ('项目编号 项目名称 课题负责人 成员 结题日期 等级').
_ONE_PROJECT_HEADS = re.compile(
    r"(?:项目|课题)\s*编\s*号|(?:项目|课题)\s*名\s*称|(?:课题|项目)?\s*负\s*责\s*人|(?:课题|项目)?\s*主\s*持\s*人|"
    r"(?:主要|课题组|项目组)?\s*成\s*员|(?:结题|验收)\s*(?:日\s*期|时\s*间)|(?:结题|鉴定)?\s*等\s*级|承担单位|序\s*号"
)


def project_completion(rows: Sequence[Row], draft: Draft) -> None:
    bulletin = listed_projects(rows)
    if bulletin is not None:
        draft.contents = bulletin  # a bulletin: no one project is the document's own
        common(rows, draft)
        return
    rows = table_as_labels(rows, _ONE_PROJECT_HEADS)
    draft.put("title", project_title(rows))
    lead = leader(rows) or marked_leader(rows)
    if lead is not None:
        draft.people.append(({"name": lead.value, "rank": 1, "role": "project_leader"}, lead))
    first = 2 if lead is not None else 1
    in_text = sentence_members(rows)
    # a labelled list of the team ('主要参加人员：A、B') before any table: the table may be the experts' panel
    named = [
        h
        for h in ([] if in_text else labelled(rows, _MEMBERS))
        if re.search(r"[:：]\s*$", h.row.text[: h.start]) and split_names(h.value, listed=True)
    ]
    table = [] if in_text or named else member_table(rows)
    if table and lead is not None:
        # a form's leader above the team's table ('主持人 张三' / '序号 姓名 工作单位 承担任务'): members follow
        kept = [({**p, "role": "project_member"}, h) for p, h in table if p["name"] != lead.value]
    elif table:
        kept = table
    else:
        listed = in_text or with_continuation(rows, named or list(labelled(rows, _MEMBERS)))
        found = people_from(listed, "project_member", first_rank=first, listed=True if in_text else None)
        found = found or numbered_below(rows)
        kept = [(p, h) for p, h in found if lead is None or p["name"] != lead.value]
    if lead is not None or not table:
        for i, (person, _) in enumerate(kept):
            person["rank"] = first + i  # the leader listed among the members does not hold a member's place
    if lead is None and kept and any(re.search(r"成果(?:登记|鉴定)", r.compact) for r in rows[:3]):
        # an achievement's people in rank order: the first is its principal
        kept[0][0]["role"] = "project_leader"
    elif (
        lead is None
        and table
        and kept[0][0]["rank"] == 1
        and all(p["role"] != "project_leader" for p, _ in kept)
    ):
        # the team's table in rank order ('排序 姓名 工作单位') naming no leader anywhere: the first is the one who
        # led it, as a 课题组's ranking puts its 主持人 first; less sure than a leader named as such
        person, hit = kept[0]
        kept[0] = ({**person, "role": "project_leader"}, hit.with_value(hit.value, 0.85 * hit.conf))
    draft.people += kept
    if lead is None and not kept:
        kept = addressed_member(rows)
        draft.people += kept
        draft.put("holder", kept[0][1] if kept else None)
    if not kept:  # a proof for the leader alone is issued to them; one for a team, to no one person
        draft.put("holder", lead)
    common(rows, draft)


# '项目组成员（按贡献排序）：' alone on its row, then a member a row: '2. 李淑志' / '3. 车若晖'.
_MEMBERS_HEAD = re.compile(rf"(?:{_MEMBERS})\s*(?:[（(][^（()）]{{0,12}}[)）])?\s*[:：]\s*$")
_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[.、．]\s*([\u4e00-\u9fff·]{2,6})\s*$")


def numbered_below(rows: Sequence[Row]) -> list[tuple[dict[str, object], Hit]]:
    at = next((i for i, r in enumerate(rows) if _MEMBERS_HEAD.search(r.text)), None)
    out: list[tuple[dict[str, object], Hit]] = []
    for row in rows[at + 1 :] if at is not None else []:
        m = _NUMBERED.match(row.text)
        found = person_name(m.group(2)) if m else None
        if m is None or found is None or found[0] != m.group(2):
            break
        hit = Hit(m.group(2), found[1] * 0.85 * ocr_factor(row), row, m.start(2), m.end(2))
        out.append(({"name": m.group(2), "rank": int(m.group(1)), "role": "project_member"}, hit))
    return out


_PLACE_IN_TEAM = re.compile(
    r"(?:课题组|项目组|团队)?中?\s*(?:排名|排序|位列)\s*第\s*(\d{1,2})|第\s*(\d{1,2})\s*(?:完成人|参与人|名)"
)


def addressed_member(rows: Sequence[Row]) -> list[tuple[dict[str, object], Hit]]:
    """A certificate addressed to one member ('X同志：您参与研究的课题…您在课题组中排名第4'): that
    person, at the place the letter states (else first), as the leader when it says they led it."""
    found = holder_in(rows)
    if found is None:
        return []
    text = "".join(f.text for f in flows(rows))
    m = _PLACE_IN_TEAM.search(text)
    rank = int(m.group(1) or m.group(2)) if m else 1
    leads = re.search(r"您(?:主持|负责|牵头)", text) is not None
    role = "project_leader" if leads else "project_member"
    return [
        ({"name": found.value, "rank": rank, "role": role}, found.with_value(found.value, 0.9 * found.conf))
    ]
