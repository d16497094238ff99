"""Draw 27's context, layout variants, people, workplaces, dates and check digits (a Kaifeng batch)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import cn_num, cn_year, isbn13_check, issn_check, patent_check

VARIANTS: dict[str, list[str]] = {
    "t27.layout.tc": ["award", "appcard", "stub", "unitproof", "letter", "blankform", "cme"],
    "t27.layout.sign": ["grid", "pairs", "halfday", "lecture", "continued", "export"],
    "t27.layout.notice": ["redhead", "invite", "agenda", "webpage", "feed", "receipt"],
    "t27.layout.journal": ["firstpage", "contents", "cover", "dbrecord", "twocol", "bundle"],
    "t27.layout.book": ["cover", "cip", "titlecip", "translated", "board", "spread"],
    "t27.layout.patent": ["invention", "utility", "design", "register", "search", "letter"],
    "t27.layout.award": ["province", "team", "bureau", "society", "banner", "county", "sheet"],
    "t27.layout.project": ["jieti", "leader", "form", "acceptance", "query", "overstamp"],
    "t27.layout.qual": ["diploma", "degree", "courses", "selfstudy", "computer", "registry"],
    "t27.layout.other": ["employ", "receipt", "leave", "infoform", "chat", "summary"],
}
INK = (28, 42, 120)
GREY = (110, 110, 110)
RED = (190, 30, 30)


@dataclass
class Ctx:
    rng: random.Random
    body: str
    bold: str
    hand: str
    pdf_text: bool
    draw: int
    k: int
    offset: int
    used: list[str] = field(default_factory=list)

    def variant(self, family: str) -> str:
        vs = VARIANTS[f"t27.layout.{family}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"{family}27-{v}")
        return v

    def pick(self, seq: list[Any] | tuple[Any, ...], tag: str | None = None) -> Any:
        i = self.rng.randrange(len(seq))
        if tag:
            self.used.append(f"{tag}#{i}")
        return seq[i]

    def seed(self) -> int:
        return self.rng.randrange(1 << 30)


def zl_check(digits12: str) -> str:
    return patent_check(digits12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


# ---- people ----------------------------------------------------------------------------------
FAMILY = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文牛申翟"
)
FAMILY2 = ["欧阳", "司徒", "上官", "端木", "南宫", "闻人"]
GIVEN1 = list("志国建明永俊海晓玉春秀金雪红丽丹宏新佳慧思雨梦子浩天一嘉文晨书瑞欣若梓可芳")
GIVEN2 = list("华军平强林英敏燕伟辉涛静霞娟鹏磊超杰琳婷洁颖宁博源豪泽然涵萱彤琪怡航轩楠茹蕾勇峰")


def person_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        fam = rng.choice(FAMILY2) if rng.random() < 0.05 else rng.choice(FAMILY)
        r = rng.random()
        given = rng.choice(GIVEN2) if r < 0.3 else rng.choice(GIVEN1) + rng.choice(GIVEN2)
        n = fam + given
        if n not in taken:
            taken.add(n)
            return n


def people(rng: random.Random, k: int) -> list[str]:
    taken: set[str] = set()
    return [person_name(rng, taken) for _ in range(k)]


# ---- places and organisations ----------------------------------------------------------------
COUNTIES = ["兰考县", "杞县", "通许县", "尉氏县", "祥符区", "鼓楼区", "龙亭区", "顺河回族区", "禹王台区"]
HOSPITALS = ["开封市中心医院", "开封市第二人民医院", "开封市儿童医院", "开封市中医院", "兰考县人民医院",
             "尉氏县中医院", "杞县妇幼保健院", "通许县人民医院", "开封市祥符区第一人民医院", "开封市传染病医院"]  # fmt: skip
SCHOOLS = ["开封市第五中学", "开封市铁路高级中学", "尉氏县第二高级中学", "兰考县第三高级中学", "杞县实验小学",
           "开封市鼓楼区财政厅东街小学", "通许县职业中等专业学校", "开封市第二十五中学", "开封文化艺术职业学院"]  # fmt: skip
FIRMS = ["开封黄河空分设备有限公司", "开封市市政工程设计院", "开封仪表智能装备有限公司", "开封市自来水有限公司",
         "河南汴京路桥建设有限公司", "开封市城乡规划测绘院", "兰考县农业技术推广中心", "杞县大蒜产业研究所"]  # fmt: skip
TITLES_PRO = ["主治医师", "副主任医师", "主管护师", "一级教师", "高级教师", "工程师", "高级工程师", "农艺师",
              "主管药师", "讲师", "助理工程师", "护师"]  # fmt: skip


def workplace(rng: random.Random, sector: str | None = None) -> str:
    pool = {"med": HOSPITALS, "edu": SCHOOLS, "eng": FIRMS}.get(sector or "", HOSPITALS + SCHOOLS + FIRMS)
    return rng.choice(pool)


def sector_of(unit: str) -> str:
    if unit in HOSPITALS:
        return "med"
    if unit in SCHOOLS:
        return "edu"
    return "eng"


# ---- dates -----------------------------------------------------------------------------------
STYLES = ["ymd", "pad", "cn", "dot", "dash", "slash", "spaced", "cnO"]


def rnd_date(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def d_str(d: dt.date, style: str) -> str:
    if style == "ymd":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "pad":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style in ("cn", "cnO"):
        zero = "〇" if style == "cn" else "○"
        return f"{cn_year(d.year, zero)}年{cn_num(d.month)}月{cn_num(d.day)}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "spaced":
        return f"{d.year} 年 {d.month} 月 {d.day} 日"
    raise ValueError(style)


def m_str(y: int, m: int, style: str) -> str:
    if style in ("cn", "cnO"):
        zero = "〇" if style == "cn" else "○"
        return f"{cn_year(y, zero)}年{cn_num(m)}月"
    if style == "dot":
        return f"{y}.{m:02d}"
    if style == "dash":
        return f"{y}-{m:02d}"
    if style == "slash":
        return f"{y}/{m:02d}"
    if style == "pad":
        return f"{y}年{m:02d}月"
    if style == "spaced":
        return f"{y} 年 {m} 月"
    return f"{y}年{m}月"


def printed_forms(iso: str) -> list[str]:
    """Every way draw 27 may print a date or month (for the self-check)."""
    parts = [int(x) for x in iso.split("-")]
    if len(parts) == 2:
        return [m_str(parts[0], parts[1], s).replace(" ", "") for s in STYLES]
    d = dt.date(*parts)
    return [d_str(d, s).replace(" ", "") for s in STYLES]


def hours_forms(h: float) -> list[str]:
    n = int(h) if float(h).is_integer() else h
    out = [str(n)]
    if isinstance(n, int):
        out.append(cn_num(n) if n < 100 else str(n))
    return out


def iso_month(y: int, m: int) -> str:
    return f"{y}-{m:02d}"


def mask_id(rng: random.Random) -> str:
    return f"4102{rng.randint(10, 29)}{rng.randint(1965, 1996)}****{rng.randint(10, 99)}{rng.choice('0123456789X')}"


def phone_no(rng: random.Random) -> str:
    return f"1{rng.choice('358')}{rng.randint(0, 9)}****{rng.randint(1000, 9999)}"
