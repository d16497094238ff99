"""Shared pieces: draw-split choice lists, date printing, names, organisations, check digits, journals."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REGISTRY: dict[str, list[Any]] = {}


class Words:
    """A list of variants; variant i belongs to draw 1 + i % 2, so the two draws never share one."""

    def __init__(self, name: str, variants: list[Any]) -> None:
        assert len(variants) >= 2, name
        assert name not in REGISTRY, name
        self.name, self.variants = name, list(variants)
        REGISTRY[name] = self.variants

    def half(self, draw: int) -> list[tuple[int, Any]]:
        return [(i, v) for i, v in enumerate(self.variants) if i % 2 == draw - 1]

    def pick(self, ctx: Ctx) -> Any:
        i, v = ctx.rng.choice(self.half(ctx.draw))
        ctx.used.append(f"{self.name}#{i}")
        return v


@dataclass
class Ctx:
    rng: random.Random
    draw: int
    body: str  # body font key
    bold: str  # heading font key
    hand: str = "ukai"
    pdf_text: bool = False
    used: list[str] = field(default_factory=list)

    def p(self, words: Words) -> Any:
        return words.pick(self)


# ---- dates ---------------------------------------------------------------------------------
CN_DIG = "〇一二三四五六七八九"


def cn_year(y: int, zero: str = "〇") -> str:
    return "".join(CN_DIG[int(c)] for c in str(y)).replace("〇", zero)


def cn_num(n: int) -> str:
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def _cn(d: dt.date, zero: str) -> str:
    return f"{cn_year(d.year, zero)}年{cn_num(d.month)}月{cn_num(d.day)}日"


# index parity = draw; each style prints a full date, a month, and a same-year range end
DATE_STYLES = Words(
    "date_style",
    [
        "ymd_cn",  # 2021年9月8日
        "ymd_cn_pad",  # 2021年09月08日
        "dot",  # 2021.09.08
        "dash",  # 2021-09-08
        "cn_num",  # 二〇二一年九月八日
        "cn_num_o",  # 二○二一年九月八日
        "dot_short",  # 2021.9.8
        "slash",  # 2021/9/8
        "ymd_cn_spaced",  # 2021 年 9 月 8 日
        "dot_fw",  # 2021．09．08
    ],
)


def fmt_date(d: dt.date, style: str) -> str:
    if style == "ymd_cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "ymd_cn_pad":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash":
        return d.isoformat()
    if style == "cn_num":
        return _cn(d, "〇")
    if style == "cn_num_o":
        return _cn(d, "○")
    if style == "dot_short":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "ymd_cn_spaced":
        return f"{d.year} 年 {d.month} 月 {d.day} 日"
    if style == "dot_fw":
        return f"{d.year}．{d.month:02d}．{d.day:02d}"
    raise ValueError(style)


def fmt_month(y: int, m: int, style: str) -> str:
    if style in ("cn_num", "cn_num_o"):
        return f"{cn_year(y, '〇' if style == 'cn_num' else '○')}年{cn_num(m)}月"
    if style in ("dot", "dot_short"):
        return f"{y}.{m:02d}" if style == "dot" else f"{y}.{m}"
    if style == "dash":
        return f"{y}-{m:02d}"
    if style == "slash":
        return f"{y}/{m}"
    if style == "ymd_cn_pad":
        return f"{y}年{m:02d}月"
    if style == "ymd_cn_spaced":
        return f"{y} 年 {m} 月"
    if style == "dot_fw":
        return f"{y}．{m:02d}"
    return f"{y}年{m}月"


def fmt_range(a: dt.date, b: dt.date, style: str, sep: str) -> str:
    """A period as printed: the end drops the year (and month) when it repeats, in the CJK styles."""
    if style in ("ymd_cn", "ymd_cn_pad") and a.year == b.year:
        pad = style == "ymd_cn_pad"
        tail = (
            (f"{b.month:02d}月{b.day:02d}日" if pad else f"{b.month}月{b.day}日")
            if a.month != b.month
            else (f"{b.day:02d}日" if pad else f"{b.day}日")
        )
        return fmt_date(a, style) + sep + tail
    return fmt_date(a, style) + sep + fmt_date(b, style)


def rand_date(rng: random.Random, y0: int = 2016, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


# ---- people ---------------------------------------------------------------------------------
SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "公孙", "夏侯"]
GIVEN = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国红梅鹏飞宇辉晨阳文斌亮志刚海燕雪琳婷凯浩然思源佳怡子涵梓萱欣悦晓东春生秋月立新卫东振华庆丰永胜淑珍玉珍凤琴德胜学军宏伟"
)
FOUR = [
    "包朝乐萌",
    "乌云其木格",
    "阿依古丽",
    "巴特尔",
    "热依汗古丽",
    "斯琴高娃",
    "额尔敦",
    "其其格",
    "达瓦卓玛",
    "图门吉日嘎拉",
    "那仁花",
    "买买提江",
]


def name(rng: random.Random, used: set[str] | None = None) -> str:
    for _ in range(50):
        r = rng.random()
        if r < 0.05:
            n = rng.choice(FOUR)
        elif r < 0.12:
            n = rng.choice(COMPOUND) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))
        else:
            n = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))
        if used is None or n not in used:
            if used is not None:
                used.add(n)
            return n
    raise RuntimeError("names exhausted")


def names(rng: random.Random, k: int) -> list[str]:
    used: set[str] = set()
    return [name(rng, used) for _ in range(k)]


# ---- places and organisations ---------------------------------------------------------------
PROVINCES = {
    "山东": ["济南", "青岛", "烟台", "潍坊", "德州", "泰安", "临沂", "淄博", "济宁", "威海"],
    "河南": ["郑州", "开封", "洛阳", "新乡", "安阳", "南阳"],
    "湖南": ["长沙", "益阳", "株洲", "湘潭", "岳阳", "常德"],
}
ZIP = {
    "济南": "250014",
    "青岛": "266071",
    "烟台": "264005",
    "潍坊": "261061",
    "德州": "253023",
    "泰安": "271018",
    "临沂": "276000",
    "淄博": "255049",
    "济宁": "272067",
    "威海": "264209",
    "郑州": "450001",
    "开封": "475004",
    "洛阳": "471023",
    "新乡": "453003",
    "安阳": "455000",
    "南阳": "473004",
    "长沙": "410081",
    "益阳": "413000",
    "株洲": "412007",
    "湘潭": "411105",
    "岳阳": "414006",
    "常德": "415000",
}
UNIV = {
    "山东": [
        "山东大学",
        "山东农业大学",
        "山东师范大学",
        "鲁东大学",
        "烟台大学",
        "德州学院",
        "泰山学院",
        "山东第一医科大学",
        "青岛农业大学",
        "曲阜师范大学",
    ],
    "河南": ["河南大学", "郑州大学", "河南农业大学", "河南师范大学", "河南科技大学"],
    "湖南": ["湖南大学", "湖南师范大学", "湖南农业大学", "湖南城市学院", "湘潭大学", "中南大学"],
}
UNIT_PATTERNS = [
    "{c}市人民医院",
    "{c}市中医医院",
    "{c}市第一中学",
    "{c}市实验小学",
    "{c}市农业科学研究院",
    "{c}职业技术学院",
    "{c}市疾病预防控制中心",
    "{c}市建筑设计研究院",
    "{c}市畜牧兽医站",
    "{c}市水利勘测设计院",
    "{c}市妇幼保健院",
    "{c}市特种设备检验研究院",
    "{c}市第二中学",
    "{c}市林业科学研究所",
    "{c}市质量技术监督检验所",
]


def place(rng: random.Random) -> tuple[str, str]:
    prov = rng.choice(list(PROVINCES))
    return prov, rng.choice(PROVINCES[prov])


def unit(rng: random.Random, city: str | None = None) -> str:
    if city is None:
        city = place(rng)[1]
    return rng.choice(UNIT_PATTERNS).format(c=city)


def univ(rng: random.Random, prov: str | None = None) -> str:
    return rng.choice(UNIV[prov or rng.choice(list(UNIV))])


# ---- check digits ---------------------------------------------------------------------------
def patent_check(digits12: str) -> str:
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(d) * k for d, k in zip(digits12, w, strict=True)) % 11
    return "X" if s == 10 else str(s)


def issn_check(d7: str) -> str:
    s = sum(int(d) * (8 - i) for i, d in enumerate(d7))
    c = (11 - s % 11) % 11
    return "X" if c == 10 else str(c)


def isbn13_check(d12: str) -> str:
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(d12))
    return str((10 - s % 10) % 10)


# ---- journals -------------------------------------------------------------------------------
DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
PUNCT = re.compile(r"[\s《》〈〉（）()\[\]【】“”\"'‘’·・:：,，.。、;；\-—_/&]+")


def _norm(s: str) -> str:
    return PUNCT.sub("", s)


@dataclass(frozen=True)
class Journal:
    name: str
    issn: str
    cn: str
    base_levels: tuple[str, ...]  # from catalogues only (cscd, pku_core, cssci, sci, ssci)


@functools.cache
def journals() -> tuple[Journal, ...]:
    """CSCD core journals with a Chinese name whose ISSN checks and whose other-list membership is unambiguous."""
    cn_rows: dict[str, set[str]] = {}
    bracket: set[str] = set()
    with (DATA / "journals-cn.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            lv = {x for x in (row["levels"] or "").split(";") if x}
            cn_rows.setdefault(_norm(row["name"]), set()).update(lv)
            stripped = re.sub(r"[（(][^）)]*[）)]", "", row["name"])
            if stripped != row["name"]:
                bracket.add(_norm(stripped))
    intl: dict[str, set[str]] = {}
    with (DATA / "journals-intl.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for k in ("issn", "eissn"):
                if row[k]:
                    intl.setdefault(row[k], set()).add(row["index"])
    out = []
    with (DATA / "journals-cscd.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            nm, issn, cn = row["name"].strip(), row["issn"].strip(), row["cn"].strip()
            if row["database"] != "core" or not re.fullmatch(r"[\u4e00-\u9fff]{3,14}", nm):
                continue
            if not re.fullmatch(r"\d{4}-\d{3}[\dX]", issn) or issn_check(issn[:4] + issn[5:8]) != issn[-1]:
                continue
            if not re.fullmatch(r"\d{2}-\d{4}/[A-Z0-9]+", cn):
                continue
            key = _norm(nm)
            if key in bracket and key not in cn_rows:
                continue  # only a bracketed variant lists it: membership unclear, skip
            lv = (
                {"cscd"}
                | (cn_rows.get(key, set()) & {"pku_core", "cssci"})
                | (intl.get(issn, set()) & {"sci", "ssci"})
            )
            order = ["sci", "ssci", "cssci", "cscd", "pku_core"]
            out.append(Journal(nm, issn, cn, tuple(x for x in order if x in lv)))
    return tuple(out)


CN_REGION = {
    "11": "北京",
    "10": "北京",
    "12": "天津",
    "13": "河北",
    "14": "山西",
    "15": "内蒙古",
    "21": "辽宁",
    "22": "吉林",
    "23": "黑龙江",
    "31": "上海",
    "32": "江苏",
    "33": "浙江",
    "34": "安徽",
    "35": "福建",
    "36": "江西",
    "37": "山东",
    "41": "河南",
    "42": "湖北",
    "43": "湖南",
    "44": "广东",
    "45": "广西",
    "46": "海南",
    "50": "重庆",
    "51": "四川",
    "52": "贵州",
    "53": "云南",
    "54": "西藏",
    "61": "陕西",
    "62": "甘肃",
    "63": "青海",
    "64": "宁夏",
    "65": "新疆",
}
NATIONAL_SUPERVISORS = [
    "中国科学技术协会",
    "中国科学院",
    "教育部",
    "国家卫生健康委员会",
    "农业农村部",
    "中国工程院",
]
PROVINCIAL_SUPERVISORS = ["{p}省科学技术协会", "{p}省教育厅", "{p}省科学院", "{p}省卫生健康委员会"]


def supervisor(rng: random.Random, j: Journal) -> tuple[str, str]:
    """(printed 主管 organisation, its level) consistent with the CN region code."""
    region = CN_REGION.get(j.cn[:2], "")
    if (
        j.cn[:2] in ("10", "11")
        or not region
        or region in ("上海", "天津", "重庆", "内蒙古", "广西", "宁夏", "新疆", "西藏")
        or rng.random() < 0.4
    ):
        return rng.choice(NATIONAL_SUPERVISORS), "national"
    return rng.choice(PROVINCIAL_SUPERVISORS).format(p=region), "provincial"
