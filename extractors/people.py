"""Person names on labelled rows (authors, inventors, 完成人, editors, attendees, holders) with rank and role."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from extractors.fields import Hit, ocr_factor
from extractors.learned import learned_name
from extractors.text import Row

# Common single surnames (about 99% of the population) and the compound ones still in use.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆"
    "乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平"
    "计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公"
    "哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "傅洪萧阎钮宦禄赖綦逄逢矫郗邴禚仉訾"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙",
                     "宇文", "司徒", "夏侯", "端木", "西门", "南宫", "独孤", "澹台", "轩辕", "呼延", "百里",
                     "万俟", "闻人", "申屠", "钟离", "宗政", "濮阳", "公冶", "太叔", "仲孙", "赫连", "拓跋",
                     "左丘", "乐正", "东郭", "第五", "单于")  # fmt: skip
# A compound surname as OCR misreads it (俟 and 侯, 侯 and 候 look alike), put right: none is a surname itself.
LOOKALIKE_SURNAMES = {"万侯": "万俟", "夏候": "夏侯", "上宫": "上官", "欧杨": "欧阳", "司徙": "司徒"}
# Words printed next to names that must never become part of one.
HONORIFICS = (
    "同志", "先生", "女士", "教授", "副教授", "讲师", "博士", "硕士", "老师", "主任", "副主任", "院长", "主任医师",
    "副主任医师", "主治医师", "医师", "护师", "主管护师", "研究员", "副研究员", "工程师", "高级工程师", "助理",
    "等", "著", "编", "主编", "副主编", "编委", "译", "校", "审", "执笔", "签名", "签字", "学员", "学生", "考生", "本人",
)  # fmt: skip
_CHUNK = re.compile(r"[^、丶,，;；/|\s]+")  # OCR reads 、 as the look-alike radical 丶
_HONORIFIC_RE = re.compile(
    "(?:"
    + "|".join(sorted(map(re.escape, HONORIFICS), key=len, reverse=True))
    + r")$|^(?:学员|学生|考生|兹有|兹证明)"
)
_RANK_NOTE = re.compile(
    r"[(（]?\s*第\s*([0-9一二三四五六七八九十]{1,3})\s*(?:完成人|获奖人|作者|发明人|设计人|名|位)?\s*[)）]?"
)
_NAME = re.compile(rf"^(?:{'|'.join(COMPOUND_SURNAMES)}|[{SURNAMES}])[\u4e00-\u9fff]{{1,2}}$")
_ANY_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_NOT_NAME = re.compile(
    r"大学|学院|医院|公司|中心|研究|协会|学会|委员会|政府|局|厅|部|省|市|县|区|单位|科室|职称|合计|总计|以下|空白|"
    r"签到|姓名|序号|备注|书名|审核|审批|摘要|情况|记录|成绩|联系|电话|手机|邮箱|传真|地址|[男女]$|培训|会议|课程|专业|证书|项目|名称|发明|实用|学时|奖励|等级|获奖|特发|此证|鼓励|"
    r"编辑|校对|责任|策划|排版|印刷|发行|时间|导出|打印|准予|结题|验收|鉴定|编目|在版|版权|数据|位次|排名|排序|盖章|主办|名单|"
    r"^字段$|^内容$|刊名|题名|年份|卷期|^附\s*[件表]|回执|地点|^共人$|^(?:上午|中午|下午|晚上)$"
)
# 年/月/日 are given-name characters too (曾华月, 蒋月艳, 图门吉日嘎拉); they rule a piece out only where they
# read as part of a date: after a numeral, at the piece's start ('年创刊'), or in 年度/月份.
_DATE_PART = re.compile(r"[\d〇零一二三四五六七八九十两]\s*[年月日]|^[年月日]|年度|[年月]份|日期")


def _not_name(text: str, listed: bool = False) -> bool:
    return bool(_NOT_NAME.search(text) or (not listed and _DATE_PART.search(text)))


_CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


@dataclass(frozen=True)
class Name:
    text: str
    start: int
    end: int
    conf: float
    rank: int | None = None
    skip: int = 0  # unreadable names printed just before this one


@lru_cache(maxsize=1)
def nlp() -> Any:
    """Blank Chinese spaCy pipeline, jieba segmenter, an EntityRuler for names and the titles around them."""
    import jieba
    import spacy

    jieba.setLogLevel(
        logging.WARNING
    )  # jieba sets DEBUG on its logger at import; its chatter is not for users

    pipeline = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    ruler: Any = pipeline.add_pipe("entity_ruler", config={"overwrite_ents": True})
    surname = rf"^(?:{'|'.join(COMPOUND_SURNAMES)}|[{SURNAMES}])$"
    given = {"REGEX": r"^[\u4e00-\u9fff]{1,2}$", "NOT_IN": list(HONORIFICS)}
    ruler.add_patterns(
        [{"label": "TITLE", "pattern": h} for h in HONORIFICS]
        + [
            {"label": "PERSON", "pattern": [{"TEXT": {"REGEX": _NAME.pattern, "NOT_IN": list(HONORIFICS)}}]},
            {"label": "PERSON", "pattern": [{"TEXT": {"REGEX": surname}}, {"TEXT": given}]},
        ]
    )
    return pipeline


def _rank(note: str) -> int | None:
    m = _RANK_NOTE.search(note)
    if not m:
        return None
    n = m.group(1)
    if n.isdigit():
        return int(n) or None
    tens, _, ones = n.partition("十")
    if "十" not in n:
        return _CN_NUM.get(n)
    return (_CN_NUM.get(tens, 1) if tens else 1) * 10 + (_CN_NUM.get(ones, 0) if ones else 0)


def _strip(chunk: str, offset: int) -> tuple[str, int]:
    """Drop honorifics around a name chunk; keep the offset of what remains."""
    while True:
        m = _HONORIFIC_RE.search(chunk)
        if chunk in HONORIFICS:
            return "", offset
        if not m:
            return chunk, offset
        if m.start() == 0:
            chunk, offset = chunk[m.end() :], offset + m.end()
        else:
            chunk = chunk[: m.start()]


def _chunks(value: str) -> list[tuple[str, int]]:
    """Separator-delimited pieces; a lone surname and a one- or two-character piece after a space join up."""
    out: list[tuple[str, int]] = []
    for m in _CHUNK.finditer(value):
        gap = value[out[-1][1] + len(out[-1][0]) : m.start()] if out else ""
        if (
            out
            and gap.isspace()
            and (
                out[-1][0].endswith("·")
                or m.group(0).startswith("·")
                or re.search(r"·[A-Z][.．]$", out[-1][0])
            )
        ):
            # '阿依古丽 · 买买提' is one name, and so is '彼得·J. 哈里森' (an initial before the surname)
            out[-1] = (value[out[-1][1] : m.end()], out[-1][1])
            continue
        if out and gap == " ":
            prev, at = out[-1]
            # (or a compound surname: '令狐 佳秋')
            if (re.fullmatch(f"[{SURNAMES}]", prev) or prev in COMPOUND_SURNAMES) and re.match(
                r"[\u4e00-\u9fff]{1,2}(?![\u4e00-\u9fff])", m.group(0)
            ):
                out[-1] = (value[at : m.end()], at)
                continue
        out.append((m.group(0), m.start()))
    return out


_JUNK = re.compile(r"^(?=.*[A-Za-z]|\d+$)[^\u4e00-\u9fff]{2,}$")


def split_names(value: str, *, loose: bool = False, listed: bool | None = None) -> list[Name]:
    """Names in a labelled value such as '李明、王建国（第2完成人）、张三 教授 等'.

    `loose` also accepts 2-4 characters without a known surname (a table's name column), at low confidence.
    In a list with an explicit separator ('程娟;包朝乐萌;王亚楠'), a piece of up to six characters led by a
    surname, or one with a middle dot, is one name (four-character and minority names are common);
    `listed` says so for a value already cut into pieces.
    """
    if listed is None:
        # Separators, or three or more names of two characters or more set apart by spaces ('唐芳 其其格 李敏').
        spaced = len(re.findall(r"[\u4e00-\u9fff·]{2,}", value)) >= 3 and re.search(
            r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", value
        )
        listed = bool(_LIST_SEP.search(value) or spaced)
    names: list[Name] = []
    pending: int | None = None
    unread = 0
    for piece, at in _chunks(value):
        if _JUNK.match(piece) or (listed and len(piece) == 1 and piece in SURNAMES):
            # An unreadable name ('88', 'Beep') or a name cut to its surname ('王') still holds its place.
            unread += 1
            continue
        if _FIFTH_SURNAME.fullmatch(piece):
            # '范俊传；第五承锦；牟星林': 第五 is a surname where no rank word or bracket marks it as a place
            names += _names_in_chunk(piece, at, pending, loose, listed)
            pending = None
            continue
        rank = _rank(piece) or pending
        blanked = _RANK_NOTE.sub(lambda r: " " * len(r.group(0)), piece)
        found: list[Name] = []
        for run in re.finditer(
            r"[\u4e00-\u9fff·]+(?:\s*·\s*[\u4e00-\u9fff]+|(?<=·)[A-Z]\s*[.．]\s*[\u4e00-\u9fff]+)*"
            r"(?: [\u4e00-\u9fff]{1,2}(?![\u4e00-\u9fff]))?",
            blanked,
        ):
            text, off = _strip(run.group(0).replace(" ", ""), at + run.start())
            found += _names_in_chunk(text, off, rank, loose, listed)
        if not found and rank and names and names[-1].rank is None and _RANK_NOTE.fullmatch(piece.strip()):
            # a note set apart after the name it ranks: '廖永琳 (第4获奖人)'
            names[-1] = replace(names[-1], rank=rank)
            continue
        pending = rank if not found else None
        if found and unread:
            found[0] = replace(found[0], skip=unread)
            unread = 0
        names += found
    return names


_FIFTH_SURNAME = re.compile(r"第五(?![名位章节条届期版次批组轮个项款篇部层级类])[\u4e00-\u9fff]{1,2}")
_COMMON = 100  # the hundred commonest surnames lead about 85% of names
_LIST_SEP = re.compile(r"[、丶,，;；]")
_LISTED_NAME = re.compile(
    rf"^(?:[{SURNAMES}][\u4e00-\u9fff]{{1,5}}|[\u4e00-\u9fff]{{2,6}}·[\u4e00-\u9fff]{{2,6}})$"
)


def _names_in_chunk(
    text: str, offset: int, rank: int | None, loose: bool = False, listed: bool = False
) -> list[Name]:
    if text and learned_name(text) is not None:  # a name reviewers taught (rare surname, odd length)
        return [Name(text, offset, offset + len(text), 0.9, rank)]
    if 3 <= len(text) <= 4 and text[:2] in LOOKALIKE_SURNAMES:
        fixed = LOOKALIKE_SURNAMES[text[:2]] + text[2:]
        return [replace(n, conf=0.9 * n.conf) for n in _names_in_chunk(fixed, offset, rank, loose, listed)]
    # In a list, 年/月/日 are given-name characters (图门吉日嘎拉, 曾华月), not a date's.
    if not text or _not_name(text, listed):
        return []
    if _NAME.match(text):
        return [Name(text, offset, offset + len(text), 0.95, rank)]
    if _DOTTED.match(text):  # a transliterated foreign or minority name: 玛丽·琼斯, 阿依古丽·买买提
        return [Name(text, offset, offset + len(text), 0.85, rank)]
    if listed and _LISTED_NAME.match(text):
        # A separator-delimited piece: one long name (包朝乐萌), unless it cuts into names that each start
        # with a common surname (吕丽姚华: OCR lost the separator), which is likelier. Either way, unsure.
        # Five or six characters are more often two names run together than one name: a wider surname list.
        top = _COMMON if len(text) <= 4 else 2 * _COMMON
        common = [c for c in _cuts(text, 0) if all(SURNAMES.find(text[i]) < top for i in c) and len(c) > 1]
        if "·" not in text and common:
            ends = [*common[0][1:], len(text)]
            return [
                Name(text[a:b], offset + a, offset + b, 0.7, rank)
                for a, b in zip(common[0], ends, strict=True)
            ]
        return [Name(text, offset, offset + len(text), 0.7, rank)]
    if (
        listed
        and 7 <= len(text) <= 16
        and re.fullmatch(r"[\u4e00-\u9fff]+", text)
        and not _ROLE_WORD.search(text)
    ):
        # a list's names OCR ran together past any one name's length ('傅宇彦李德涛康珂石岱'): cut where every
        # piece opens with a common surname, unsure
        common = [c for c in _cuts(text, 0) if all(SURNAMES.find(text[i]) < 2 * _COMMON for i in c)]
        if common:
            ends = [*common[0][1:], len(text)]
            return [
                Name(text[a:b], offset + a, offset + b, 0.6, rank if a == 0 else None)
                for a, b in zip(common[0], ends, strict=True)
            ]
    if listed and 2 <= len(text) <= 6 and not _spacy_cut(text) and not _ROLE_WORD.search(text):
        # A list's piece led by no known surname (其其格, 图门吉日嘎拉, 2 characters: a surname this list
        # lacks): a name by its place, unsure; dropping it would move every later name up a rank.
        return [Name(text, offset, offset + len(text), 0.55 if len(text) > 2 else 0.5, rank)]
    if len(text) > 4:
        return _spacy_names(text, offset, rank)
    if (
        loose
        and len(text) == 4
        and all(-1 < SURNAMES.find(text[i]) < _COMMON for i in (0, 2))
        and text[:2] not in COMPOUND_SURNAMES
    ):
        # two two-character names run together ('李涛樊岩'), each led by a common surname (a minority name such as
        # 哈斯巴根 is not cut)
        return [
            Name(text[:2], offset, offset + 2, 0.6, rank),
            Name(text[2:], offset + 2, offset + 4, 0.6, None),
        ]
    if loose and _ANY_NAME.match(text):
        return [Name(text, offset, offset + len(text), 0.55, rank)]
    return []


# (a Latin initial may stand after the dot: 约翰·W.霍华德)
_DOTTED = re.compile(
    r"^[\u4e00-\u9fff]{1,6}·(?:[A-Z]\s*[.．]\s*)?[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})?$"
)
_ROLE_WORD = re.compile(r"主持|负责|组长|成员|完成|参与|作者|编委|排名|联系|执笔|第")


def _spacy_cut(text: str) -> bool:
    """Whether the text cuts into surname-led names (OCR ran several names together)."""
    return bool(_cuts(text, 0)) and len(text) > 4


def _spacy_names(text: str, offset: int, rank: int | None) -> list[Name]:
    """Names printed without separators ('莫淑兰杜卫何丽红', OCR merged the gaps).

    Every way to cut the text into surname-led names of 2-3 characters (4 with a compound surname) is tried;
    the one whose cuts agree best with the jieba tokens and the ruler's PERSON spans wins.
    """
    doc = nlp()(text)
    bounds = {t.idx for t in doc} | {e.start_char for e in doc.ents if e.label_ == "PERSON"}
    best = max(_cuts(text, 0), key=lambda cuts: _cut_score(text, cuts, bounds), default=None)
    if best is None:
        found = [
            Name(e.text, offset + e.start_char, offset + e.end_char, 0.6, rank)
            for e in doc.ents
            if e.label_ == "PERSON" and 2 <= len(e.text) <= 4
        ]
        if len(text) == 5 and (not found or (len(found) == 1 and found[0].start == offset)):
            # no cut into surname-led names, and no name found past the start: one five-character (minority)
            # name, '哈斯其木格', rather than its first two characters
            return [Name(text, offset, offset + len(text), 0.55, rank)]
        return found
    ends = [*best[1:], len(text)]
    return [Name(text[a:b], offset + a, offset + b, 0.75, rank) for a, b in zip(best, ends, strict=True)]


def _cut_score(text: str, cuts: list[int], bounds: set[int]) -> tuple[int, int, int]:
    # Commoner surnames first (SURNAMES is by frequency; jieba often splits a name before a common given-name
    # character such as 海), then agreement with the tokenizer, then fewer names.
    rarity = sum(SURNAMES.find(text[c]) // 40 if text[c] in SURNAMES else 0 for c in cuts)
    return -rarity, sum(c in bounds for c in cuts), -len(cuts)


def _cuts(text: str, at: int, depth: int = 0) -> list[list[int]]:
    """Start offsets of every split of text[at:] into plausible names (bounded, names are short)."""
    if at == len(text):
        return [[]]
    if depth > 12:
        return []
    out = []
    for size in (2, 3, 4):
        piece = text[at : at + size]
        if len(piece) == size and (
            (_NAME.match(piece) and not _not_name(piece)) or learned_name(piece) is not None
        ):
            out += [[at, *rest] for rest in _cuts(text, at + size, depth + 1)]
    return out[:64]


def people_from(
    hits: Sequence[Hit], role: str, first_rank: int = 1, listed: bool | None = None
) -> list[tuple[dict[str, Any], Hit]]:
    """Person records (name, rank, role) from labelled values, in printed order; stated ranks win.
    `listed`: the values are pieces of a list already cut at its separators (see split_names)."""
    out: list[tuple[dict[str, Any], Hit]] = []
    rank = first_rank
    seen: set[str] = set()
    for hit in hits:
        names = split_names(hit.value, listed=listed)
        lone = hit.value.strip()
        if not names and re.fullmatch(r"[\u4e00-\u9fff·]{2,6}", lone) and not _NOT_A_NAME.search(lone):
            # one name alone behind its label whose surname is outside the common ones ('发明人：荀熠明'), or
            # a long minority name no surname rule vouches for ('发明人：扎西顿珠'): the label vouches for it,
            # less surely
            at = hit.value.find(lone)
            names = [Name(lone, at, at + len(lone), 0.6, None)] if person_name(lone) else []
        for name in names:
            if name.text in seen:
                continue
            seen.add(name.text)
            r = name.rank or rank + name.skip
            rank = r + 1
            # A rank counted past unreadable names is a guess.
            conf = name.conf * hit.conf * (0.7 if name.skip and not name.rank else 1.0)
            sub = Hit(name.text, conf, hit.row, hit.start + name.start, hit.start + name.end)
            out.append(({"name": name.text, "rank": r, "role": role}, sub))
    return out


_NOT_ADDRESSEE = re.compile(r"各位|全体|各|有关|诸位|您|贵|我的|我们|本人")


def person_name(text: str) -> tuple[str, float] | None:
    """One person's name standing alone (an addressee, a note), with how sure it is a name: a known surname
    leading 2-3 characters is sure; a longer run (达瓦卓玛, 乌云其木格) or an unknown surname, less so."""
    text = text.replace(" ", "")
    # 月 and 日 rule out a date in a list of names, but are given names too (曾华月) where one name stands alone.
    if _NOT_NAME.search(text) or _NOT_ADDRESSEE.search(text) or _HONORIFIC_RE.search(text):
        return None
    if _NAME.match(text):
        return text, 0.95
    if 3 <= len(text) <= 4 and text[:2] in LOOKALIKE_SURNAMES:
        return LOOKALIKE_SURNAMES[text[:2]] + text[2:], 0.9
    if "·" in text or 4 <= len(text) <= 5:
        return text, 0.7
    if len(text) == 6 and not _cuts(text, 0):  # 图门吉日嘎拉; six characters that cut into names are two
        return text, 0.6
    if _ANY_NAME.match(text):
        return text, 0.6
    return None


# Labels a certificate prints before the name of the person it is issued to.
HOLDER_LABEL = (
    r"学\s*员\s*姓\s*名|姓\s*名|^\s*名(?=\s*[:：])|持\s*证\s*人|(?:证书)?持有人|获证人|参\s*训\s*人(?:员)?|培\s*训\s*对\s*象|受\s*训\s*人(?:员)?|"
    r"参\s*加\s*人(?:员)?|学\s*习\s*者|培训学员|学\s*员(?!单位)"
)


# A table header's next heading after 姓名 ('姓名 性别 单位 职称'), which no name is.
COLUMN_WORD = (
    r"(?:性\s*别|单\s*位|职\s*[称务]|民\s*族|年\s*龄|学\s*历|电\s*话|手\s*机|科\s*室|部\s*门|分\s*工|排\s*名|签\s*名)"
    r"(?![\u4e00-\u9fff])"
)


# A post or a rank printed between a workplace and a name ('教师', '主管护师', '高级工程师').
_POST = (
    r"(?:正高级|副高级|高级|副主任|主任|主治|主管|助理|中级|初级)?"
    r"(?:教师|老师|医师|护师|护士|药师|技师|工程师|农艺师|畜牧师|兽医师|会计师|经济师|讲师|教授|研究员|馆员|记者|编辑)"
)


# How a workplace's name ends, where a name follows it with nothing between ('…投资集团龚红同志').
_WORK_END = (
    r"(?:医院|学校|中学|小学|幼儿园|中心|局|站|公司|集团|大学|学院|研究院|设计院|研究所|委员会|厅|协会|学会|银行|"
    r"馆|厂|场|处|社|队)"
)


_WORKPLACE_FIRST = (
    # '兹有泰安电力勘察设计院有限公司高卫金，于…': the workplace, then the name before 于
    r"兹有\s*[\u4e00-\u9fff（）()]{2,30}?" + _WORK_END + r"\s*(?P<n>[\u4e00-\u9fff]{2,4}?)\s*[，,]\s*于",
    # '你单位宋博同志（药师）于…': the unit addressed, then the name
    r"(?:你|贵|我|本)\s*单\s*位\s*(?P<n>[\u4e00-\u9fff]{2,4}?)\s*(?:同志|老师)",
    # '尉迟庆华（排名第3）完成的“…”': the name opening the sentence, its place in brackets
    # (or '张国（第2完成人）完成的…')
    r"^\s*(?P<n>[\u4e00-\u9fff]{2,4}?)\s*[（(]\s*(?:排名|排序)?\s*第\s*\d{1,2}\s*(?:[名位]|完成人|获奖人|作者)?\s*[)）]\s*"
    r"(?:完成|主持|参与|撰写)",
    # '武城县疾病预防控制中心林润同志于…': a row opening with the workplace, then the name and 同志 before 于
    r"^\s*[\u4e00-\u9fff（）()]{2,30}"
    + _WORK_END
    + r"\s*(?P<n>[\u4e00-\u9fff]{2,4}?)\s*同志\s*(?:于|在|自|参加)",
    # '任梅，男，资阳区中心医院…': a row opening with the name and the sex (under '兹证明：' on a row of its own)
    r"^\s*(?P<n>[\u4e00-\u9fff]{2,4}?)\s*[，,、]\s*(?:性别\s*[:：]?\s*)?[男女]\s*[，,、]",
)
# '开封市铁路高级中学魏永婷老师：在…': a prize's greeting, the workplace before the name
_GREETED_AT_WORK = (
    r"^[\u4e00-\u9fff（）()]{2,30}?(?:医院|学校|中学|小学|幼儿园|中心|局|站|公司|大学|学院|研究院|研究所)"
    r"\s*(?P<n>[\u4e00-\u9fff]{2,4}?)\s*(?:同志|老师|医生|医师)\s*(?:[:：]|执教|指导|撰写|主讲)"
)


def holder_in(rows: Sequence[Row]) -> Hit | None:
    """The person a certificate is issued to: '姓名：X', 'X 同志：', '兹证明 X 同志…', '学生 X，性别…'."""
    patterns = (
        # ('学员吕刚于2024年6月…': the name before 于 and a date)
        rf"(?:{HOLDER_LABEL})\s*(?:[A-Za-z][A-Za-z ]{{1,12}}?\s*(?=[:：]|[\u4e00-\u9fff]))?[:：]?\s*(?!{COLUMN_WORD})(?P<n>[\u4e00-\u9fff]{{2,4}}?)"
        r"(?:(?![\u4e00-\u9fff])|(?=于\s*(?:19|20)\d{2}))",
        # ('宋玲轩（安化县人民医院）：': the workplace in brackets before the colon)
        r"^(?P<n>[\u4e00-\u9fff]{2,4}?)\s*(?:同志|先生|女士|老师|学员|同学)?\s*(?:[（(][^()（）]{2,30}[)）])?\s*[:：]",
        r"^(?P<n>[\u4e00-\u9fff]{2,4}?)\s*[（(]\s*(?:准考证号|身份证号|考号|证件号)",
        r"(?:兹证明|兹有|证明|学员|学生|考生|授予|获奖者)\s*[:：]?\s*(?P<n>[\u4e00-\u9fff]{2,4}?)\s*(?:同志|先生|女士|[,，:：（(]|\s|性别|于|在|参加|自|$)",
        # '段庆晶，四平市市政工程处职工，…在我处参加': a letter opening with the name and the workplace
        r"^(?P<n>[\u4e00-\u9fff]{2,4}?)\s*[，,]\s*[\u4e00-\u9fff（）()]{2,30}?(?:职工|员工|教师|医师|护士|干部|工作人员|技术人员)\s*[，,]",
        # ('阚宇老师执教的“…”在…比赛中荣获三等奖': what the one named did, before the prize)
        r"^(?P<n>[\u4e00-\u9fff]{2,4}?)\s*(?:同志|先生|女士|老师)\s*(?:于|在|参加|自|[,，（(]|(?:执教|指导|撰写|主讲|设计|完成|主持)的)",
        # '马晶霞（资阳区湖口镇卫生院）于2023.05.11…': the name, the workplace in brackets, then 于 and the date
        r"^(?P<n>[\u4e00-\u9fff]{2,4}?)\s*[（(][^()（）]{2,30}[)）]\s*于\s*(?:(?:19|20)\d{2}|[〇一二][〇O0零一二三四五六七八九]{3}年)",
        # '汪强军于2023年7月19日至20日参加…': the name opens the sentence, a date follows 于
        r"^(?P<n>[\u4e00-\u9fff]{2,4}?)\s*于\s*(?:(?:19|20)\d{2}|[〇一二][〇O0零一二三四五六七八九]{3}年)",
        # '兹证明枣庄市口腔医院翁茂同志于…', '兹有开封市儿童医院郑悦同志参加…': the workplace before the name (the
        # workplace read greedily, within the first person named: '…中心医院卢英同志', not '…中心' and '医院卢英')
        r"(?:兹证明|兹有)\s*(?:(?!同志)[\u4e00-\u9fff（）()]){2,30}"
        + _WORK_END
        +
        # (and the post or rank before the name: '…实验学校教师赵敏同志', '…中心高级农艺师鞠丽华同志')
        rf"\s*(?:{_POST})?\s*(?P<n>[\u4e00-\u9fff]{{2,4}}?)\s*同志",
        rf"(?P<n>(?:{'|'.join(COMPOUND_SURNAMES)})[\u4e00-\u9fff]{{1,2}}|[\u4e00-\u9fff]{{2,3}})\s*(?:同志|先生|女士)",
    )
    # each pattern's weight falls with its place in the list; the named workplace's forms hold their own
    # weight, the first two tried before the bare 'X同志' that would misread them
    weighted = [(p, 0.95 - 0.05 * i) for i, p in enumerate(patterns)]
    ordered = [*weighted[:-1], *((p, 0.8) for p in _WORKPLACE_FIRST), weighted[-1], (_GREETED_AT_WORK, 0.8)]
    for pattern, weight in ordered:
        if pattern is weighted[-1][0] and (long := _long_opening(rows)) is not None:
            return long  # ('阿卜杜拉同志于…': not the 卜杜拉 a bare 'X同志' would read)
        for row in rows:
            for m in re.finditer(pattern, row.text):
                found = _names_in_chunk(m["n"], m.start("n"), None)
                if found and len(found[0].text) == len(m["n"]) and found[0].conf >= 0.9 * 0.95:
                    n = found[0]
                    return Hit(n.text, n.conf * weight * ocr_factor(row), row, n.start, n.end)
    return _label_over_name(rows) or _long_holder(rows) or _vouched_holder(rows) or _name_above_sentence(rows)


def _long_opening(rows: Sequence[Row]) -> Hit | None:
    """A `_LONG_OPENING` row that starts a paragraph (under a heading or a finished sentence, not a wrapped
    line whose first characters end the row above: '…口腔医' / '院翁茂同志于…')."""
    for above, row in zip([None, *rows[:11]], rows[:12], strict=False):
        m = _LONG_OPENING.match(row.text)
        if m is None or _LABEL_LIKE.search(m["n"]):
            continue
        if (
            above is not None
            and above.page == row.page
            and not (
                re.search(r"[。:：！!]\s*$", above.text)
                or len(above.text.strip()) < 0.7 * len(row.text.strip())
            )
        ):
            continue
        found = person_name(m["n"])
        if found is not None and found[0] == m["n"]:
            return Hit(found[0], found[1] * 0.9 * ocr_factor(row), row, m.start("n"), m.end("n"))
    return None


def labelled_holder(rows: Sequence[Row]) -> Hit | None:
    """A name behind a holder's label only ('学员：翁卫永 学号：…', '姓名' / 'X'), for proofs whose other holder
    patterns (salutations, 同志) would misread them."""
    # (not the first of a list: '参训人员：庞胜兴、董俊利、…' names no one holder)
    pattern = re.compile(
        rf"(?:{HOLDER_LABEL})\s*[:：]?\s*(?P<n>[\u4e00-\u9fff]{{2,4}})(?![\u4e00-\u9fff、，,])"
    )
    for row in rows:
        for m in pattern.finditer(row.text):
            found = _names_in_chunk(m["n"], m.start("n"), None)
            if found and found[0].text == m["n"] and found[0].conf >= 0.9:
                return Hit(
                    found[0].text, found[0].conf * 0.9 * ocr_factor(row), row, m.start("n"), m.end("n")
                )
    return _label_over_name(rows)


def _label_over_name(rows: Sequence[Row]) -> Hit | None:
    """A label alone on its row and the name alone on the next, as a phone's certificate page prints them
    ('持证人' / '游彬')."""
    label = re.compile(rf"^\s*(?:{HOLDER_LABEL})\s*[:：]?\s*$")
    for row, below in zip(rows[:14], rows[1:15], strict=False):
        if below.page != row.page or not label.match(row.text):
            continue
        text = below.text.strip()
        found = person_name(text) if 2 <= len(text) <= 6 and not _NOT_A_NAME.search(text) else None
        if found is not None and found[0] == text:
            return Hit(found[0], found[1] * 0.9 * ocr_factor(below), below, 0, len(below.text))
    return None


# A certificate that prints its holder's name on a row of its own, the sentence below going on without it:
# '贾华' / '已完成……在线课程的全部学习内容'.
_SENTENCE_AFTER_NAME = re.compile(
    r"^\s*(?:同志)?\s*[:：,，]?\s*(?:已|于|在|参加|完成|自|经|荣获|获得|通过|修完)"
    # (an e-certificate's name on its own row, the sentence addressing its holder: '您参与完成的“X”项目，荣获…')
    r"|^\s*[您你]\s*(?:参与|主持|完成|参加|在|于|荣获|获得|所)"
)


def _name_above_sentence(rows: Sequence[Row]) -> Hit | None:
    for row, below in zip(rows[:10], rows[1:11], strict=False):
        text = re.sub(r"\s*(?:同志|先生|女士)?\s*[:：]?\s*$", "", row.text.strip())
        if below.page != row.page or not _SENTENCE_AFTER_NAME.match(below.text):
            continue
        found = person_name(text)
        if found is not None and found[1] >= 0.9:
            start = row.text.find(found[0])
            return Hit(found[0], found[1] * 0.85 * ocr_factor(row), row, start, start + len(found[0]))
    return None


# A name of four or five characters (斯琴高娃, 乌云其木格) where a label or a salutation row says a name stands.
_LONG = r"[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{4,6}"
_LONG_LAZY = r"[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{4,6}?"
_LONG_HOLDER = (
    # '樊天国 (益阳市中心医院)': a certificate's first line, the name and the workplace in brackets
    re.compile(r"^\s*(?P<n>[\u4e00-\u9fff]{2,4})\s*[（(][^()（）]{4,30}[)）]\s*$"),
    # '名 丁亮立': a form row whose 姓 the OCR lost
    re.compile(r"^\s*名\s+(?P<n>[\u4e00-\u9fff]{2,4})\s*$"),
    re.compile(rf"(?:{HOLDER_LABEL})\s*[:：]?\s*(?P<n>{_LONG})(?![\u4e00-\u9fff])"),
    # ('吐尔逊江同志：': the salutation's word is not part of the name)
    re.compile(rf"^\s*(?P<n>{_LONG_LAZY})\s*(?:同志|先生|女士|老师)?\s*[:：]\s*$"),
    re.compile(rf"^\s*(?P<n>{_LONG})\s*于\s*(?:19|20)\d{{2}}"),
    re.compile(r"^\s*(?:学生|研究生|学员|考生)\s*(?P<n>[\u4e00-\u9fff]{2,4}?)\s*[，,]\s*(?:性别)?\s*[男女]"),
)
# '斯日古楞同志于2011年9月至…': a long (minority) name opening the certificate's sentence.
_LONG_OPENING = re.compile(
    rf"^\s*(?P<n>{_LONG_LAZY})\s*(?:同志|先生|女士|老师)\s*(?:于|在|自)\s*"
    r"(?:(?:19|20)\d{2}|[〇一二][〇O0零一二三四五六七八九]{3}年)"
)


_LABEL_LIKE = re.compile(
    r"类别|科目|编号|单位|名称|时间|日期|地点|证号|说明|备注|附件|有关|各位|完成人|负责人|主持人|获奖人|成员|人员|作者|发明人|设计人"
)


def _long_holder(rows: Sequence[Row]) -> Hit | None:
    """A long (minority) name: surname rules cannot vouch for it, so it is less sure than a common one."""
    for pattern in _LONG_HOLDER:
        for row in rows[:10]:
            m = pattern.search(row.text)
            if not m or _LABEL_LIKE.search(m["n"]):
                continue
            found = person_name(m["n"])
            if found is not None:
                return Hit(found[0], found[1] * 0.9 * ocr_factor(row), row, m.start("n"), m.end("n"))
    return None


# What a 姓名 label may stand before that is no name: the next label of a form row ('姓名 性别 …').
_NOT_A_NAME = re.compile(
    _LABEL_LIKE.pattern
    + r"|性别|民族|出生|身份|职[称务]|部门|科室|学历|学位|年龄|籍贯|照片|电话|本人|签[名字]"
)


def _vouched_holder(rows: Sequence[Row]) -> Hit | None:
    """A name behind a 姓名 label whose surname is outside the common ones ('姓 名 凤建'): the label vouches for
    the name, not the surname list, so it is less sure than a common one and the reviewer is told so."""
    pattern = re.compile(rf"(?:{HOLDER_LABEL})\s*[:：]?\s*(?P<n>[\u4e00-\u9fff]{{2,3}})(?![\u4e00-\u9fff])")
    for row in rows[:12]:
        m = pattern.search(row.text)
        if not m or _NOT_A_NAME.search(m["n"]):
            continue
        found = person_name(m["n"])
        if found is not None and found[0] == m["n"]:
            return Hit(found[0], found[1] * 0.9 * ocr_factor(row), row, m.start("n"), m.end("n"))
    return None
