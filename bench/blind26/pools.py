"""Draw 26's context, layout variants, date styles and value pools (a county education bureau's desk)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind import common
from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.generator.truth import get_path

# ---- layout families (every variant of a family is drawn once per len(variants) documents) ----------
VARIANTS: dict[str, list[str]] = {
    "t26.layout.tcert": ["schoolproof", "platform", "landscape", "screen", "handform", "guopei", "twopage", "booklet"],
    "t26.layout.sign": ["ledger", "notebook", "twoblock", "sessions", "longlist", "export", "roster"],
    "t26.layout.notice": ["redhead", "invite", "agenda", "chat", "tour", "board", "receipt"],
    "t26.layout.journal": ["firstpage", "contents", "cover", "copyright", "twocol", "dbprint", "spread"],
    "t26.layout.book": ["cover", "cip", "titlecip", "translation", "board", "spread", "photo"],
    "t26.layout.patent": ["invention", "utility", "design", "register", "landscape", "epatent"],
    "t26.layout.award": ["lesson", "scitech", "honor", "countycity", "namelist", "booklet", "socsci", "phone"],
    "t26.layout.project": ["cert", "members", "review", "monthly", "landscape", "handfill", "schoollevel"],
    "t26.layout.qual": ["diploma", "master", "courses", "selfstudy", "computer", "adult", "doctor"],
    "t26.layout.other": ["teacherqual", "putonghua", "whiteboard", "lessonlog", "appoint", "titlecert"],
}  # fmt: skip

DATE_STYLES = ["ymd", "ymd0", "cn", "cno", "dot", "dash", "slash", "dotshort", "spaced"]


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
        names = VARIANTS[f"t26.layout.{family}"]
        v = names[(self.k + self.offset) % len(names)]
        self.used.append(f"t26.layout.{family}#{v}")
        return v

    def pick(self, pool: list[Any] | tuple[Any, ...], tag: str | None = None) -> Any:
        i = self.rng.randrange(len(pool))
        if tag:
            self.used.append(f"t26.{tag}#{i}")
        return pool[i]

    def style(self, allowed: list[str] | None = None) -> str:
        return self.pick(allowed or DATE_STYLES, "date")

    def chance(self, p: float) -> bool:
        return self.rng.random() < p


def make(
    ctx: Ctx,
    etype: str,
    family: str,
    variant: str,
    pages: list[Page],
    fields: dict[str, Any],
    scored: list[str],
    person: str,
    year: int,
    category: str | None = None,
) -> Doc:
    doc = Doc(
        etype, f"{family}26-{variant}", pages, fields, scored, {"person": person, "year": year}, category
    )
    rec = doc.record()
    doc.scored = [
        p for p in scored if p in ("holder", "people", "journal.levels") or get_path(rec, p) is not None
    ]
    return doc


# ---- check digits (wrapping the shared helpers) ------------------------------------------------------
def zl_check(digits12: str) -> str:
    return common.patent_check(digits12)


def issn_digit(d7: str) -> str:
    return common.issn_check(d7)


def isbn_digit(d12: str) -> str:
    return common.isbn13_check(d12)


# ---- dates ------------------------------------------------------------------------------------------
DIG = "〇一二三四五六七八九"


def cn_small(n: int) -> str:
    if n < 10:
        return DIG[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else DIG[tens]) + "十" + (DIG[ones] if ones else "")


def cn_year(y: int, zero: str = "〇") -> str:
    return "".join(DIG[int(c)] for c in str(y)).replace("〇", zero)


def dstr(d: dt.date, st: str) -> str:
    y, m, n = d.year, d.month, d.day
    return {
        "ymd": f"{y}年{m}月{n}日",
        "ymd0": f"{y}年{m:02d}月{n:02d}日",
        "cn": f"{cn_year(y)}年{cn_small(m)}月{cn_small(n)}日",
        "cno": f"{cn_year(y, '○')}年{cn_small(m)}月{cn_small(n)}日",
        "dot": f"{y}.{m:02d}.{n:02d}",
        "dash": f"{y}-{m:02d}-{n:02d}",
        "slash": f"{y}/{m:02d}/{n:02d}",
        "dotshort": f"{y}.{m}.{n}",
        "spaced": f"{y} 年 {m} 月 {n} 日",
    }[st]


def mstr(y: int, m: int, st: str) -> str:
    return {
        "ymd": f"{y}年{m}月",
        "ymd0": f"{y}年{m:02d}月",
        "cn": f"{cn_year(y)}年{cn_small(m)}月",
        "cno": f"{cn_year(y, '○')}年{cn_small(m)}月",
        "dot": f"{y}.{m:02d}",
        "dash": f"{y}-{m:02d}",
        "slash": f"{y}/{m:02d}",
        "dotshort": f"{y}.{m}",
        "spaced": f"{y} 年 {m} 月",
    }[st]


def rstr(a: dt.date, b: dt.date, st: str, sep: str = "至") -> str:
    """A span; Chinese-character styles drop the repeated year (and month) of the end."""
    if a == b:
        return dstr(a, st)
    if st in ("ymd", "ymd0") and a.year == b.year:
        f = "{:02d}" if st == "ymd0" else "{}"
        tail = (
            (f + "日").format(b.day) if a.month == b.month else (f + "月" + f + "日").format(b.month, b.day)
        )
        return dstr(a, st) + sep + tail
    return dstr(a, st) + sep + dstr(b, st)


def day(rng: random.Random, y0: int = 2018, y1: int = 2024, months: tuple[int, int] = (1, 12)) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(*months), rng.randint(1, 28))


def later(d: dt.date, lo: int, hi: int, rng: random.Random) -> dt.date:
    return d + dt.timedelta(days=rng.randint(lo, hi))


def iso(d: dt.date) -> str:
    return d.isoformat()


def ym(d: dt.date) -> str:
    return f"{d.year}-{d.month:02d}"


# ---- people -----------------------------------------------------------------------------------------
FAMILY = list(
    "刘李王张陈杨周黄曾彭谭邓罗胡肖龙蒋贺熊文夏袁谢汤龚符卜喻莫皮钟段向姚孟郭赵孙朱吕牛范耿娄翟冯宋贾秦任"
    "史郝魏闫常申葛崔聂岳"
)
GIVEN2 = [
    "建华", "湘云", "志勇", "丽君", "少波", "海英", "春燕", "梦瑶", "子轩", "雨涵", "卫红", "晓峰", "一鸣",
    "新民", "桂香", "俊杰", "艳萍", "文静", "思远", "利军", "国庆", "秋菊", "德华", "美玲", "锦程", "亚楠",
    "振宇", "慧敏", "红霞", "家豪", "雅琴", "明辉", "清泉", "紫薇", "向阳", "玉梅", "宏图", "书琴", "永强",
    "晓丽", "金凤", "立平", "光辉", "素娟", "振东", "安琪", "凌云", "昊天", "双喜", "月娥",
]  # fmt: skip
GIVEN1 = list("敏芳静磊伟娟琼岚浩斌婷辉勇莉欢颖超军萍洁")
RARE = ["欧阳晓岚", "司马俊", "上官文婷", "诸葛明", "阿依努尔", "马玉兰", "白玛央宗", "慕容雪"]


def person_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        r = rng.random()
        if r < 0.05:
            n = rng.choice(RARE)
        elif r < 0.3:
            n = rng.choice(FAMILY) + rng.choice(GIVEN1)
        else:
            n = rng.choice(FAMILY) + rng.choice(GIVEN2)
        if n not in taken:
            taken.add(n)
            return n


def people(ctx: Ctx, n: int) -> list[str]:
    taken: set[str] = set()
    return [person_name(ctx.rng, taken) for _ in range(n)]


# ---- places, schools, organisations ------------------------------------------------------------------
# (city, province, counties/districts, county-level cities)
REGIONS = {
    "益阳": ("湖南", ["赫山区", "资阳区", "桃江县", "安化县", "南县"], ["沅江市"]),
    "开封": ("河南", ["龙亭区", "鼓楼区", "祥符区", "杞县", "通许县", "尉氏县"], ["兰考县"]),
}
TOWNS = [
    "城关镇",
    "梅城镇",
    "灰山港镇",
    "泥江口镇",
    "高桥镇",
    "阳堌镇",
    "邸阁镇",
    "朱仙镇",
    "新河口乡",
    "茶乡镇",
]
SCHOOL_FORMS = [
    "{c}第一中学", "{c}第二中学", "{c}第四中学", "{c}实验学校", "{c}实验小学", "{c}职业中等专业学校",
    "{c}{t}中心小学", "{c}{t}初级中学", "{c}{t}中心幼儿园", "{c}特殊教育学校", "{c}育才中学",
]  # fmt: skip
CITY_SCHOOLS = {
    "益阳": ["益阳市第一中学", "益阳市第六中学", "益阳市箴言中学", "益阳市桃花仑小学", "益阳市朝阳实验小学"],
    "开封": [
        "开封高级中学",
        "开封市第二十五中学",
        "开封市金明中学",
        "开封市第一师范附属小学",
        "开封市县街小学",
    ],
}
UNIVS = {
    "湖南": ["湖南师范大学", "湖南城市学院", "湖南第一师范学院", "湖南理工学院", "益阳师范高等专科学校"],
    "河南": ["河南大学", "河南师范大学", "郑州大学", "开封大学", "信阳师范学院"],
}


@dataclass(frozen=True)
class Place:
    city: str
    prov: str
    county: str
    school: str

    @property
    def county_full(self) -> str:
        return self.county if self.county.endswith(("县", "区", "市")) else self.county + "县"


def place(ctx: Ctx) -> Place:
    city = ctx.rng.choice(list(REGIONS))
    prov, counties, cities = REGIONS[city]
    county = ctx.rng.choice(counties + cities)
    if ctx.chance(0.25):
        school = ctx.rng.choice(CITY_SCHOOLS[city])
    else:
        stem = county if not county.endswith("区") else city + "市" + county
        school = ctx.rng.choice(SCHOOL_FORMS).format(c=stem, t=ctx.rng.choice(TOWNS))
    return Place(city, prov, county, school)


def county_org(pl: Place, kind: str) -> str:
    stem = pl.county if not pl.county.endswith("区") else pl.city + "市" + pl.county
    return {
        "jyj": f"{stem}教育局",
        "fz": f"{stem}教师发展中心",
        "jx": f"{stem}教师进修学校",
        "yx": f"{stem}教育研究室",
        "gov": f"{stem}人民政府",
    }[kind]


def city_org(pl: Place, kind: str) -> str:
    return {
        "jyj": f"{pl.city}市教育局",
        "jky": f"{pl.city}市教育科学研究院",
        "rs": f"{pl.city}市人力资源和社会保障局",
        "gov": f"{pl.city}市人民政府",
        "kj": f"{pl.city}市科学技术局",
        "xh": f"{pl.city}市教育学会",
        "gh": f"{pl.city}市教育科学规划领导小组办公室",
        "sk": f"{pl.city}市社会科学界联合会",
    }[kind]


def prov_org(pl: Place, kind: str) -> str:
    return {
        "jyt": f"{pl.prov}省教育厅",
        "gov": f"{pl.prov}省人民政府",
        "fz": f"{pl.prov}省中小学教师发展中心",
        "xh": f"{pl.prov}省教育学会",
        "gh": f"{pl.prov}省教育科学规划领导小组办公室",
        "rs": f"{pl.prov}省人力资源和社会保障厅",
    }[kind]


SUBJECTS = [
    "语文",
    "数学",
    "英语",
    "物理",
    "化学",
    "生物",
    "地理",
    "历史",
    "道德与法治",
    "音乐",
    "美术",
    "体育",
    "信息技术",
]
STAGES = ["小学", "初中", "高中"]

# ---- topics -----------------------------------------------------------------------------------------
TRAIN_TOPICS = [
    "{s}学科大单元教学设计专题研修", "新课程标准背景下{s}课堂教学改进", "{s}骨干教师能力提升培训",
    "乡村教师{s}学科素养提升研修", "“双减”背景下{s}作业设计与实施", "中小学班主任专业能力提升培训",
    "中小学心理健康教育教师培训", "师德师风建设专题培训", "信息技术应用能力提升工程2.0校本研修",
    "{s}学科命题与评价能力研修", "新入职教师岗前培训", "跨学科主题学习设计与实践研修",
]  # fmt: skip
PUBLIC_TOPICS = [
    "专业技术人员公需科目培训", "数字经济与数字化转型（公需科目）", "公需科目：人工智能与教育变革",
    "公需科目“法治素养与依法执教”专题",
]  # fmt: skip
RESEARCH_TOPICS = [
    "农村初中{s}分层作业设计的实践研究", "基于核心素养的{s}单元整体教学研究", "小学{s}课堂提问有效性研究",
    "乡村寄宿制学校留守儿童心理健康教育策略研究", "“双减”背景下{s}课后服务课程开发研究",
    "信息技术与{s}教学深度融合的实践研究", "初中{s}项目式学习的设计与评价研究", "县域高中{s}选科走班教学管理研究",
]  # fmt: skip
LESSONS = {
    "语文": ["《荷塘月色》", "《背影》", "《小蝌蚪找妈妈》"], "数学": ["《勾股定理》", "《分数的初步认识》", "《圆的面积》"],
    "物理": ["《光的折射》", "《浮力》"], "地理": ["《中国的气候》", "《地球的运动》"], "化学": ["《燃烧和灭火》"],
    "生物": ["《细胞的分裂》", "《植物的光合作用》"], "历史": ["《秦统一中国》", "《辛亥革命》"], "英语": ["《Hobbies》"],
}  # fmt: skip


def topic(ctx: Ctx, pool: list[str], subject: str) -> str:
    return ctx.pick(pool, "topic").format(s=subject)


# ---- ink and paper ------------------------------------------------------------------------------------
BLUE_INK = (28, 48, 140)
BLACK_INK = (25, 25, 30)
RED = (190, 30, 35)
GREY = (110, 110, 110)
