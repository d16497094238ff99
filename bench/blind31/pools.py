"""Draw 31's context, layout families, people and places of Yiyang and Kaifeng, and date printing."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import isbn13_check, issn_check, patent_check

VARIANTS: dict[str, list[str]] = {
    "t31.layout.cert": ["prose", "platform", "stub", "blanks", "unitproof", "card", "app", "hanzi"],
    "t31.layout.sign": ["grid", "book", "split", "twopage", "days", "export"],
    "t31.layout.notice": ["redhead", "invite", "programme", "timetable", "feed", "portal", "receipt"],
    "t31.layout.journal": ["first", "contents", "cover", "masthead", "twocol", "copy", "pair"],
    "t31.layout.book": ["cip", "cover", "titleleaf", "translated", "textbook", "spread", "boxed"],
    "t31.layout.patent": ["invention", "utility", "design", "register", "hanzi", "copy", "electronic"],
    "t31.layout.award": ["city", "county", "bureau", "society", "team", "contest", "social"],
    "t31.layout.project": ["bureau", "leader", "opinion", "edu", "appraisal", "wide"],
    "t31.layout.qual": ["college", "adult", "master", "selfexam", "computer", "course", "record"],
    "t31.layout.other": ["minutes", "approval", "register", "receipt", "leave", "appraise"],
}


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
        vs = VARIANTS[f"t31.layout.{family}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t31.layout.{family}#{v}")
        return v

    def pick(self, label: str, options: list[Any]) -> Any:
        i = self.rng.randrange(len(options))
        self.used.append(f"t31.{label}#{i}")
        return options[i]


def zl_check(digits12: str) -> str:
    return patent_check(digits12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


# ---- dates ---------------------------------------------------------------------------------
HZ = "〇一二三四五六七八九"
STYLES = ["cn", "pad", "dot", "dash", "hanzi", "slash", "dotshort"]


def hz_num(n: int) -> str:
    if n < 10:
        return HZ[n]
    return ("" if n < 20 else HZ[n // 10]) + "十" + (HZ[n % 10] if n % 10 else "")


def hz_year(y: int) -> str:
    return "".join(HZ[int(c)] for c in str(y))


def fmt(d: dt.date, style: str) -> str:
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "pad":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash":
        return d.isoformat()
    if style == "hanzi":
        return f"{hz_year(d.year)}年{hz_num(d.month)}月{hz_num(d.day)}日"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    return f"{d.year}.{d.month}.{d.day}"


def fmt_m(y: int, m: int, style: str) -> str:
    if style == "hanzi":
        return f"{hz_year(y)}年{hz_num(m)}月"
    if style in ("dot", "dotshort"):
        return f"{y}.{m:02d}"
    if style == "dash":
        return f"{y}-{m:02d}"
    if style == "slash":
        return f"{y}/{m:02d}"
    if style == "pad":
        return f"{y}年{m:02d}月"
    return f"{y}年{m}月"


def fmt_span(a: dt.date, b: dt.date, style: str, sep: str = "至") -> str:
    if a == b:
        return fmt(a, style)
    if style == "cn" and a.year == b.year:
        tail = f"{b.month}月{b.day}日" if a.month != b.month else f"{b.day}日"
        return fmt(a, style) + sep + tail
    return fmt(a, style) + sep + fmt(b, style)


def iso_m(y: int, m: int) -> str:
    return f"{y}-{m:02d}"


def day(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def after(d: dt.date, lo: int, hi: int, rng: random.Random) -> dt.date:
    return d + dt.timedelta(days=rng.randint(lo, hi))


# ---- people --------------------------------------------------------------------------------
FAMILY = list(
    "刘李王张陈杨周曾彭谭罗胡邓文龚蔡夏符卜皮贺莫熊汤姚黎郭孙赵朱马冯吕牛范宋郑翟娄侯靳贾"
    "袁段尚闫任鲁申岳史齐苗付涂晏喻蒋谢肖易邹戴钟欧康左雷鄢"
)
DOUBLE = ["欧阳", "司徒", "上官", "皇甫", "东方"]
GIVEN = list(
    "建平红英志强丽华海军春梅国庆新民秋菊玉兰德胜晓燕卫红金花振宇永刚俊杰雨婷思远"
    "世军泽林冬生桂香湘怡豫辉中原卫国利民兴旺明亮福生秀珍慧敏晨曦博文嘉怡"
)
FOREIGN = ["约翰·史密斯", "玛丽·布朗", "彼得·德鲁克", "托马斯·穆勒", "安娜·卡尔森", "罗伯特·格林"]


def one_name(rng: random.Random, seen: set[str]) -> str:
    while True:
        r = rng.random()
        fam = rng.choice(DOUBLE) if r < 0.05 else rng.choice(FAMILY)
        n = fam + "".join(rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.3 else 2))
        if n not in seen and not any(n in s or s in n for s in seen):
            seen.add(n)
            return n


def people_names(rng: random.Random, k: int) -> list[str]:
    seen: set[str] = set()
    return [one_name(rng, seen) for _ in range(k)]


# ---- places and units ----------------------------------------------------------------------
CITIES = {
    "益阳": ("湖南", ["赫山区", "资阳区", "桃江县", "安化县", "南县"], "沅江市"),
    "开封": ("河南", ["祥符区", "龙亭区", "杞县", "通许县", "尉氏县"], "兰考县"),
}
TOWNS = [
    "沧水铺镇",
    "兰溪镇",
    "马迹塘镇",
    "东坪镇",
    "茅草街镇",
    "朱仙镇",
    "傅集镇",
    "邸阁乡",
    "大营镇",
    "固阳镇",
]
UNIT_KINDS = [
    "{x}{t}卫生院",
    "{c}{x}{t}中心小学",
    "{c}{x}林业站",
    "{c}{x}水利水电工程站",
    "{c}市公路桥梁建设有限公司",
    "{c}{x}农业农村局",
    "{c}市中心医院",
    "{c}{x}第一中学",
    "{c}华信会计师事务所有限公司",
    "{c}{x}财政局",
]


def city(rng: random.Random) -> tuple[str, str, str]:
    """(city, province, county) of the audit's two cities."""
    c = rng.choice(list(CITIES))
    prov, counties, _ = CITIES[c]
    return c, prov, rng.choice(counties)


def unit(rng: random.Random, c: str, x: str) -> str:
    return rng.choice(UNIT_KINDS).format(c=c, x=x, t=rng.choice(TOWNS))


def hours_s(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else str(h)
