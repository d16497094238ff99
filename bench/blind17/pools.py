"""Draw 17's context, layout variants, name/place pools, date printing and check digits."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.blind import common

VARIANTS: dict[str, list[str]] = {
    "t17.layout.training": ["portal", "credcard", "teacher", "appshot", "ledger", "wide"],
    "t17.layout.signin": ["grid", "split", "inout", "register", "twoday"],
    "t17.layout.notice": ["redhead", "invite", "agenda", "reply", "feed", "marked"],
    "t17.layout.journal": ["opening", "contents", "cover", "bilingual", "twocol", "portal"],
    "t17.layout.book": ["cip", "cover", "titlecip", "translated", "board", "plain"],
    "t17.layout.patent": ["invention", "utility", "design", "register", "ecert"],
    "t17.layout.award": ["citygov", "dept", "society", "countycity", "contest", "socsci"],
    "t17.layout.project": ["cert", "letter", "review", "accept", "sysprint"],
    "t17.layout.qual": ["diploma", "master", "pgcourse", "zikao", "computer", "doctor"],
    "t17.layout.other": ["receipt", "regform", "leave", "mealticket", "evalform"],
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
        vs = VARIANTS[f"t17.layout.{family}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t17.layout.{family}#{v}")
        return v

    def pick(self, name: str, options: list[str]) -> str:
        i = self.rng.randrange(len(options))
        self.used.append(f"t17.{name}#{i}")
        return options[i]


def zl_check(digits12: str) -> str:
    return common.patent_check(digits12)


def issn_digit(d7: str) -> str:
    return common.issn_check(d7)


def isbn_digit(d12: str) -> str:
    return common.isbn13_check(d12)


# ---- people -------------------------------------------------------------------------------
FAMILY = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
GIVEN = list(
    "振宁晓洁春燕国庆文静玉洁建军红霞海涛金凤志强秀英德华丽萍雅琴俊杰新民卫红怀远书瑶若曦一鸣子豪嘉欣梦琪诗涵浩宇天翼世杰雨萱博文润泽慧敏翠兰桂芝永红长青"
)


def person(rng: random.Random, seen: set[str]) -> str:
    while True:
        n = rng.choice(FAMILY) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))
        if n not in seen:
            seen.add(n)
            return n


def people(rng: random.Random, n: int) -> list[str]:
    seen: set[str] = set()
    return [person(rng, seen) for _ in range(n)]


# ---- places and workplaces ------------------------------------------------------------------
CITIES = {
    "山东": [
        "济南",
        "淄博",
        "枣庄",
        "东营",
        "烟台",
        "潍坊",
        "济宁",
        "泰安",
        "日照",
        "临沂",
        "德州",
        "聊城",
        "滨州",
        "菏泽",
    ],
    "河南": [
        "郑州",
        "开封",
        "洛阳",
        "平顶山",
        "安阳",
        "新乡",
        "焦作",
        "许昌",
        "漯河",
        "商丘",
        "信阳",
        "周口",
    ],
    "湖南": ["长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "益阳", "郴州", "永州", "怀化", "娄底"],
}
COUNTY_CITIES = {
    "山东": ["滕州", "邹城", "曲阜", "寿光", "青州", "诸城", "龙口", "莱州", "新泰", "肥城", "乐陵", "禹城"],
    "河南": ["巩义", "新郑", "登封", "偃师", "禹州", "长葛", "林州", "辉县", "永城", "项城"],
    "湖南": ["浏阳", "宁乡", "醴陵", "湘乡", "韶山", "耒阳", "汨罗", "临湘", "沅江", "津市"],
}
WORKPLACES = [
    "{c}市中心医院",
    "{c}市第三人民医院",
    "{c}市中西医结合医院",
    "{c}市口腔医院",
    "{c}市第五中学",
    "{c}市育才小学",
    "{c}市特殊教育学校",
    "{c}市农业技术推广站",
    "{c}市工程勘察院",
    "{c}市环境监测站",
    "{c}市公路事业发展中心",
    "{c}市动物疫病预防控制中心",
    "{c}市气象局",
    "{c}市第二实验幼儿园",
    "{c}市城乡规划设计研究院",
    "{c}市水文水资源勘测局",
    "{c}市食品药品检验所",
    "{c}市图书馆",
    "{c}市中医院",
    "{c}市职业中等专业学校",
]
COLLEGES = {
    "山东": [
        "山东建筑大学",
        "齐鲁工业大学",
        "聊城大学",
        "临沂大学",
        "潍坊医学院",
        "滨州医学院",
        "山东理工大学",
    ],
    "河南": [
        "河南工业大学",
        "华北水利水电大学",
        "新乡医学院",
        "信阳师范学院",
        "周口师范学院",
        "河南理工大学",
    ],
    "湖南": ["湖南科技大学", "长沙理工大学", "吉首大学", "衡阳师范学院", "湖南工业大学", "南华大学"],
}


def where(rng: random.Random) -> tuple[str, str]:
    p = rng.choice(list(CITIES))
    return p, rng.choice(CITIES[p])


def workplace(rng: random.Random, city: str | None = None) -> str:
    return rng.choice(WORKPLACES).format(c=city or where(rng)[1])


def college(rng: random.Random, prov: str | None = None) -> str:
    return rng.choice(COLLEGES[prov or rng.choice(list(COLLEGES))])


# ---- dates ----------------------------------------------------------------------------------
DATE_STYLES = ["ymd", "pad", "cn", "dot", "dash", "slash", "cnO"]
CN = "〇一二三四五六七八九"


def _cnnum(n: int) -> str:
    if n < 10:
        return CN[n]
    return ("" if n < 20 else CN[n // 10]) + "十" + (CN[n % 10] if n % 10 else "")


def _cnyear(y: int, z: str) -> str:
    return "".join(CN[int(c)] for c in str(y)).replace("〇", z)


def day(d: dt.date, st: str) -> str:
    return {
        "ymd": f"{d.year}年{d.month}月{d.day}日",
        "pad": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "cn": f"{_cnyear(d.year, '〇')}年{_cnnum(d.month)}月{_cnnum(d.day)}日",
        "cnO": f"{_cnyear(d.year, '○')}年{_cnnum(d.month)}月{_cnnum(d.day)}日",
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "dash": d.isoformat(),
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
    }[st]


def month(y: int, m: int, st: str) -> str:
    if st in ("cn", "cnO"):
        return f"{_cnyear(y, '〇' if st == 'cn' else '○')}年{_cnnum(m)}月"
    if st in ("dot", "dash", "slash"):
        return f"{y}{ {'dot': '.', 'dash': '-', 'slash': '/'}[st] }{m:02d}".replace(" ", "")
    return f"{y}年{m}月" if st == "ymd" else f"{y}年{m:02d}月"


def span(a: dt.date, b: dt.date, st: str) -> str:
    if st == "ymd" and a.year == b.year:
        tail = f"{b.month}月{b.day}日" if a.month != b.month else f"{b.day}日"
        return f"{day(a, st)}至{tail}"
    return f"{day(a, st)}—{day(b, st)}" if st not in ("dash", "slash") else f"{day(a, st)} 至 {day(b, st)}"


def a_date(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def style(ctx: Ctx) -> str:
    return ctx.pick("date", DATE_STYLES)
