"""Draw 23's context, layout families, pools of people and places, and date printing."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind import common
from bench.blind.doc import Doc

VARIANTS: dict[str, list[str]] = {
    "t23.layout.tc": ["booklet", "online", "phone", "handfill", "form", "letter", "band"],
    "t23.layout.sign": ["grid", "handonly", "landscape", "meeting", "clipboard", "twoday"],
    "t23.layout.notice": ["redhead", "invite", "schedule", "screen", "county", "handnote"],
    "t23.layout.journal": ["first", "toc", "cover", "masthead", "twocol", "cnki"],
    "t23.layout.book": ["cover", "cip", "editors", "translation", "spread", "oldcip"],
    "t23.layout.patent": ["invention", "utility", "design", "ecert", "register", "gazette"],
    "t23.layout.award": ["county", "bureau", "society", "contest", "booklet", "handfill", "social"],
    "t23.layout.project": ["cert", "letter", "table", "month", "wide", "system"],
    "t23.layout.qual": ["diploma", "degree", "selfstudy", "computer", "postgrad", "zhongzhuan"],
    "t23.layout.other": ["appraisal", "receipt", "title", "travel", "minutes", "contract"],
}

INK = (28, 42, 120)  # ballpoint blue
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

    def variant(self, fam: str) -> str:
        vs = VARIANTS[f"t23.layout.{fam}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t23.layout.{fam}#{v}")
        return v

    def pick(self, tag: str, options: list[Any]) -> Any:
        i = self.rng.randrange(len(options))
        self.used.append(f"t23.{tag}#{i}")
        return options[i]


def zl_check(digits12: str) -> str:
    return common.patent_check(digits12)


def issn_digit(d7: str) -> str:
    return common.issn_check(d7)


def isbn_digit(d12: str) -> str:
    return common.isbn13_check(d12)


def doc(etype: str, fam: str, v: str, pages: list, fields: dict, scored: list, person: str, year: int,
        category: str | None = None) -> Doc:  # fmt: skip
    return Doc(etype, f"{fam}23-{v}", pages, fields, scored, {"person": person, "year": year}, category)


# ---- dates ------------------------------------------------------------------------------------
STYLES = ("ymd", "pad", "dot", "cn", "dash", "slash", "spaced", "cno")
DIG = "〇一二三四五六七八九"


def cn_n(n: int) -> str:
    if n < 10:
        return DIG[n]
    return ("" if n < 20 else DIG[n // 10]) + "十" + (DIG[n % 10] if n % 10 else "")


def cn_y(y: int, zero: str = "〇") -> str:
    return "".join(DIG[int(c)] for c in str(y)).replace("〇", zero)


def d_(d: dt.date, st: str) -> str:
    """A full date in one printed style."""
    return {
        "ymd": f"{d.year}年{d.month}月{d.day}日",
        "pad": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "cn": f"{cn_y(d.year)}年{cn_n(d.month)}月{cn_n(d.day)}日",
        "cno": f"{cn_y(d.year, '○')}年{cn_n(d.month)}月{cn_n(d.day)}日",
        "dash": d.isoformat(),
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "spaced": f"{d.year} 年 {d.month} 月 {d.day} 日",
    }[st]


def m_(y: int, m: int, st: str) -> str:
    """A month-only date in one printed style."""
    if st in ("cn", "cno"):
        return f"{cn_y(y, '〇' if st == 'cn' else '○')}年{cn_n(m)}月"
    return {"dot": f"{y}.{m:02d}", "dash": f"{y}-{m:02d}", "slash": f"{y}/{m:02d}",
            "pad": f"{y}年{m:02d}月", "spaced": f"{y} 年 {m} 月"}.get(st, f"{y}年{m}月")  # fmt: skip


def forms(iso: str) -> list[str]:
    """Every printed form a truth date may take (for the self-check)."""
    p = [int(x) for x in iso.split("-")]
    if len(p) == 2:
        return [m_(p[0], p[1], s) for s in STYLES] + [f"{p[0]}.{p[1]}"]
    d = dt.date(*p)
    return [d_(d, s) for s in STYLES] + [f"{d.year}.{d.month}.{d.day}", f"{d.year}年{d.month}月{d.day}"]


def day(rng: random.Random, y0: int = 2018, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def later(d: dt.date, a: int, b: int, rng: random.Random) -> dt.date:
    return d + dt.timedelta(days=rng.randint(a, b))


# ---- people -----------------------------------------------------------------------------------
SUR = list(
    "王张李刘孙赵杨陈高马徐董郭田崔宋魏吕于任韩邢路许曹朱孟侯秦周牛贾姜苏翟范郝付程鲁颜尹庞靳商袁褚隋丛阎"
)
GIV = list(
    "秀兰桂芝玉英淑霞丽红凤梅爱华建国志强卫东振海洪涛立新庆山春燕晓光金生明亮宝成德胜文静士杰广才来福学军承信彦"
)
GIV2 = ["","秀","玉","立","春","建","宝","士","兆","传","广","庆","文"]  # fmt: skip


def person(rng: random.Random, taken: set[str]) -> str:
    while True:
        s = rng.choice(SUR)
        g = rng.choice(GIV2) + rng.choice(GIV) if rng.random() < 0.75 else rng.choice(GIV)
        n = s + g
        if n not in taken and len(set(n)) == len(n):
            taken.add(n)
            return n


def people(rng: random.Random, n: int) -> list[str]:
    t: set[str] = set()
    return [person(rng, t) for _ in range(n)]


# ---- places and workplaces --------------------------------------------------------------------
COUNTIES = {
    "德州": [
        "宁津县",
        "庆云县",
        "临邑县",
        "齐河县",
        "平原县",
        "夏津县",
        "武城县",
        "乐陵市",
        "禹城市",
        "陵城区",
    ],
    "泰安": ["宁阳县", "东平县", "新泰市", "肥城市"],
}
TOWNS = ["柴胡店镇", "大柳镇", "张大庄镇", "保店镇", "相衙镇", "刘营伍乡", "王杲铺镇", "恩城镇", "老城镇",
         "郑家寨镇", "伏山镇", "堽城镇", "接山镇", "彭集街道", "石横镇", "汶阳镇", "羊流镇", "西张庄镇"]  # fmt: skip
STATIONS = ["卫生院", "农业技术推广站", "畜牧兽医站", "林业站", "水利站", "农业综合服务中心", "中心卫生院"]
TITLES_PRO = [
    "主治医师",
    "助理农艺师",
    "农艺师",
    "兽医师",
    "助理工程师",
    "林业工程师",
    "主管护师",
    "医师",
    "高级农艺师",
]


def county(rng: random.Random) -> tuple[str, str]:
    city = rng.choice(list(COUNTIES))
    return city, rng.choice(COUNTIES[city])


def workplace(rng: random.Random, cty: str) -> str:
    return cty + rng.choice(TOWNS) + rng.choice(STATIONS)


def county_bureau(cty: str, rng: random.Random) -> str:
    return cty + rng.choice(["人力资源和社会保障局", "卫生健康局", "农业农村局", "自然资源局", "水利局"])


def gov_short(cty: str) -> str:
    """宁津县 -> 宁津, 乐陵市 -> 乐陵."""
    return cty[:-1]


def hours_s(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else str(h)
