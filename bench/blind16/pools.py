"""Draw 16's context, layout variants, date printing, check digits and the pools its documents draw from."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import isbn13_check, issn_check, journals, patent_check

# ---- layout families: every variant of a family is drawn once per len(variants) documents ------------
VARIANTS: dict[str, list[str]] = {
    "t16.layout.cert": ["portal", "mobile", "cme", "teacher", "hege", "booklet"],
    "t16.layout.sign": ["grid", "handlist", "session", "export", "briefing", "roster"],
    "t16.layout.notice": ["redhead", "invite", "agenda", "reply", "webpost", "wechat"],
    "t16.layout.journal": ["first", "toc", "cover", "retrieval", "twocol", "masthead"],
    "t16.layout.book": ["cip", "cover", "titlepage", "translation", "board", "labeled"],
    "t16.layout.patent": ["invention", "utility", "design", "register", "ecert", "gazette"],
    "t16.layout.award": ["provgov", "citygov", "dept", "social", "contest", "countygov"],
    "t16.layout.project": ["cert", "members", "letter", "form", "portal"],
    "t16.layout.qual": ["diploma", "master", "doctor", "courses", "selfstudy", "computer"],
    "t16.layout.other": ["receipt", "appoint", "travel", "payslip", "titlecert", "ticket"],
}


@dataclass
class Ctx:
    rng: random.Random
    body: str
    bold: str
    hand: str = "ukai"
    pdf_text: bool = False
    draw: int = 16
    k: int = 0
    offset: int = 0
    used: list[str] = field(default_factory=list)

    def variant(self, family: str) -> str:
        """This document's variant of `family`: each variant once per len(variants) documents."""
        vs = VARIANTS[f"t16.layout.{family}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t16.layout.{family}#{v}")
        return v

    def pick(self, name: str, options: list[Any]) -> Any:
        """A random wording choice, recorded by its index."""
        i = self.rng.randrange(len(options))
        self.used.append(f"t16.{name}#{i}")
        return options[i]

    def seed(self) -> int:
        return self.rng.randrange(1 << 30)


def zl_check(digits12: str) -> str:
    return patent_check(digits12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


# ---- dates -------------------------------------------------------------------------------------------
HAN = "〇一二三四五六七八九"
STYLES = ["zh", "zh0", "han", "han_o", "hyphen", "dotz", "slashz", "zhsp"]


def _hn(n: int) -> str:
    if n < 10:
        return HAN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HAN[t]) + "十" + (HAN[u] if u else "")


def _hy(y: int, zero: str) -> str:
    return "".join(HAN[int(c)] for c in str(y)).replace("〇", zero)


def day(d: dt.date, style: str) -> str:
    """A full date as printed in `style`."""
    if style == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "zh0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style in ("han", "han_o"):
        return f"{_hy(d.year, '〇' if style == 'han' else '○')}年{_hn(d.month)}月{_hn(d.day)}日"
    if style == "hyphen":
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if style == "dotz":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "slashz":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "zhsp":
        return f"{d.year} 年 {d.month:02d} 月 {d.day:02d} 日"
    raise ValueError(style)


def month(y: int, m: int, style: str) -> str:
    """A month-only date as printed in `style`."""
    if style in ("han", "han_o"):
        return f"{_hy(y, '〇' if style == 'han' else '○')}年{_hn(m)}月"
    if style == "hyphen":
        return f"{y}-{m:02d}"
    if style == "dotz":
        return f"{y}.{m:02d}"
    if style == "slashz":
        return f"{y}/{m:02d}"
    if style == "zh0":
        return f"{y}年{m:02d}月"
    if style == "zhsp":
        return f"{y} 年 {m:02d} 月"
    return f"{y}年{m}月"


def span(a: dt.date, b: dt.date, style: str, joint: str = "至") -> str:
    """A date range; in the 年月日 styles the end drops a repeated year."""
    if style == "zh" and a.year == b.year:
        return f"{day(a, style)}{joint}{b.month}月{b.day}日"
    return f"{day(a, style)}{joint}{day(b, style)}"


def pick_style(ctx: Ctx, allowed: list[str] | None = None) -> str:
    return ctx.pick("date", allowed or STYLES)


def some_day(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def iso(d: dt.date) -> str:
    return d.isoformat()


# ---- people ------------------------------------------------------------------------------------------
FAMILY = list(
    "张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴"
    "夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文庞樊兰殷施陶洪翟"
    "安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂焦向柳邢岳齐梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵解强柴华车冉房边"
)
DOUBLE = ["司马", "欧阳", "端木", "上官", "东方", "皇甫", "尉迟", "长孙", "宇文", "南宫"]
GIVEN1 = list("志国建红文明华玉秀英海春晓立庆永俊丽云金宏新德兴淑凤长振学桂荣")
GIVEN2 = list("伟敏静强磊洋艳勇军杰娟涛超霞平刚芳燕鹏辉婷雪琳颖浩宇晨阳斌峰娜蕾璐莹楠倩瑶昊轩涵琪欣怡彤博")
ETHNIC = [
    "阿布都热西提",
    "格桑卓玛",
    "乌兰图雅",
    "扎西次仁",
    "古丽米拉",
    "宝音德力格尔",
    "努尔艾力",
    "央金拉姆",
]


def person_name(rng: random.Random, taken: set[str]) -> str:
    for _ in range(80):
        r = rng.random()
        if r < 0.03:
            n = rng.choice(ETHNIC)
        else:
            fam = rng.choice(DOUBLE) if r < 0.09 else rng.choice(FAMILY)
            n = fam + (rng.choice(GIVEN1) + rng.choice(GIVEN2) if rng.random() < 0.72 else rng.choice(GIVEN2))
        if n not in taken and not any(n in t or t in n for t in taken):
            taken.add(n)
            return n
    raise RuntimeError("no fresh name")


def people_names(rng: random.Random, n: int, taken: set[str] | None = None) -> list[str]:
    taken = set() if taken is None else taken
    return [person_name(rng, taken) for _ in range(n)]


def spaced(n: str) -> str:
    """Two-character names are printed with a gap on forms (张  伟)."""
    return f"{n[0]}\u3000{n[1]}" if len(n) == 2 else n


# ---- places and workplaces ---------------------------------------------------------------------------
CITIES: dict[str, list[tuple[str, list[str]]]] = {
    "山东": [("聊城", ["临清", "茌平"]), ("菏泽", ["曹县", "郓城"]), ("枣庄", ["滕州", "山亭"]),
             ("日照", ["五莲", "莒县"]), ("滨州", ["邹平", "博兴"]), ("东营", ["广饶", "利津"]),
             ("潍坊", ["寿光", "青州"]), ("济宁", ["曲阜", "邹城"]), ("泰安", ["新泰", "肥城"])],
    "河南": [("周口", ["项城", "淮阳"]), ("信阳", ["固始", "光山"]), ("驻马店", ["确山", "遂平"]),
             ("许昌", ["禹州", "长葛"]), ("平顶山", ["汝州", "舞钢"]), ("焦作", ["沁阳", "孟州"]),
             ("商丘", ["永城", "夏邑"]), ("漯河", ["临颍", "舞阳"])],
    "湖南": [("衡阳", ["耒阳", "常宁"]), ("郴州", ["资兴", "桂阳"]), ("邵阳", ["武冈", "邵东"]),
             ("娄底", ["涟源", "冷水江"]), ("怀化", ["洪江", "溆浦"]), ("永州", ["祁阳", "道县"]),
             ("张家界", ["慈利", "桑植"])],
}  # fmt: skip
COUNTY_CITIES = {"临清", "滕州", "邹平", "寿光", "青州", "曲阜", "邹城", "新泰", "肥城", "项城", "禹州", "长葛",
                 "汝州", "舞钢", "沁阳", "孟州", "永城", "耒阳", "常宁", "资兴", "武冈", "邵东", "涟源", "冷水江",
                 "洪江"}  # fmt: skip


def county_suffix(c: str) -> str:
    return c + ("市" if c in COUNTY_CITIES else "区" if c == "山亭" else "县")


@dataclass(frozen=True)
class Place:
    prov: str
    city: str  # prefecture, without 市
    county: str  # county or county-level city, without suffix


def where(rng: random.Random) -> Place:
    prov = rng.choice(list(CITIES))
    city, counties = rng.choice(CITIES[prov])
    return Place(prov, city, rng.choice(counties))


WORKPLACES = [
    "{c}市第三人民医院", "{c}市中心医院", "{c}市妇幼保健计划生育服务中心", "{x}人民医院", "{x}中医院",
    "{c}市第六中学", "{x}第一高级中学", "{c}市实验幼儿园", "{x}职业中等专业学校", "{c}市农业技术推广中心",
    "{x}农业农村局农技站", "{c}市公路事业发展中心", "{c}市城乡规划设计院", "{c}市环境监测站",
    "{c}市计量测试所", "{x}水利局", "{c}市自然资源和规划局", "{c}市动物疫病预防控制中心", "{c}技师学院",
    "{c}市第二实验小学", "{x}疾病预防控制中心", "{c}市市政工程设计研究院",
]  # fmt: skip


def workplace(rng: random.Random, pl: Place) -> str:
    return rng.choice(WORKPLACES).format(c=pl.city, x=county_suffix(pl.county))


COLLEGES = {
    "山东": ["聊城大学", "菏泽学院", "枣庄学院", "潍坊医学院", "济宁医学院", "滨州医学院", "齐鲁工业大学", "临沂大学"],
    "河南": ["周口师范学院", "信阳师范大学", "许昌学院", "河南理工大学", "商丘师范学院", "新乡医学院", "黄淮学院"],
    "湖南": ["南华大学", "湘南学院", "邵阳学院", "怀化学院", "湖南人文科技学院", "吉首大学", "长沙理工大学"],
}  # fmt: skip
DEPTS = ["化学化工学院", "生命科学学院", "医学院", "教育科学学院", "土木工程学院", "农学院", "信息工程学院",
         "护理学院", "机械工程学院", "资源环境学院", "药学院", "数学与统计学院"]  # fmt: skip


def college(rng: random.Random, prov: str) -> str:
    return rng.choice(COLLEGES[prov])


TITLES_PRO = ["主治医师", "副主任医师", "主管护师", "一级教师", "高级教师", "工程师", "高级工程师", "农艺师",
              "高级农艺师", "助理工程师", "主管药师", "讲师", "副教授", "经济师", "畜牧师"]  # fmt: skip
ZIPS = {"聊城": "252000", "菏泽": "274000", "枣庄": "277100", "日照": "276800", "滨州": "256600", "东营": "257000",
        "潍坊": "261000", "济宁": "272000", "泰安": "271000", "周口": "466000", "信阳": "464000",
        "驻马店": "463000", "许昌": "461000", "平顶山": "467000", "焦作": "454000", "商丘": "476000",
        "漯河": "462000", "衡阳": "421000", "郴州": "423000", "邵阳": "422000", "娄底": "417000", "怀化": "418000",
        "永州": "425000", "张家界": "427000"}  # fmt: skip


def phone_no(rng: random.Random) -> str:
    return rng.choice(["135", "138", "139", "150", "152", "158", "177", "181", "187"]) + "".join(
        str(rng.randrange(10)) for _ in range(8)
    )


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def journal_rows() -> tuple[Any, ...]:
    return journals()
