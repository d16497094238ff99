"""Draw 38's own pools: people, workplaces and organisers of Tai'an and Dezhou, topics, date styles and the
layout families; the context the builders share; check digits."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import Journal, cn_num, cn_year, isbn13_check, issn_check, journals, patent_check

DRAW = 38


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

    def pick(self, name: str, items: list[Any] | tuple[Any, ...]) -> Any:
        i = self.rng.randrange(len(items))
        self.used.append(f"t{DRAW}.{name}#{i}")
        return items[i]


# ---- layout families: evidence type -> (family, variants) ---------------------------------------
FAMILIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "training_certificate": ("cert", ("redframe", "platform", "landscape", "hourproof", "partyschool", "bilingual")),
    "sign_in_sheet": ("sign", ("grid", "landscape", "twopage", "meeting", "dept", "phoneshot")),
    "training_notice": ("notice", ("redhead", "schedule", "invite", "webpage", "twopage", "annotated")),
    "journal_article": ("jour", ("firstpage", "toc", "cover", "twocol", "cnki", "english")),
    "book": ("book", ("cover", "cip", "titlepage", "translation", "twopage", "copyright")),
    "patent_certificate": ("pat", ("invention", "utility", "design", "scanpair", "econtract", "landscape")),
    "award_certificate": ("award", ("govsci", "bureau", "society", "contest", "landscape", "company")),
    "project_completion": ("proj", ("certificate", "letter", "table", "twopage", "society", "enterprise")),
    "qualification_certificate": ("qual", ("graduation", "master", "courses", "selfstudy", "computer", "doctor")),
    "other": ("misc", ("receipt", "leave", "regform", "employ", "idcopy", "report")),
}  # fmt: skip
VARIANTS: dict[str, list[str]] = {f"t{DRAW}.layout.{t}": list(v) for t, (_, v) in FAMILIES.items()}


def variant(ctx: Ctx, etype: str) -> tuple[str, str]:
    """(layout name, variant) for this document: the variants cycle with k from a per-seed offset."""
    fam, vs = FAMILIES[etype]
    v = vs[(ctx.k + ctx.offset) % len(vs)]
    ctx.used.append(f"t{DRAW}.layout.{etype}#{v}")
    return f"{fam}{DRAW}-{v}", v


# ---- check digits (the test asks the pools for them) -------------------------------------------
def zl_check(d12: str) -> str:
    return patent_check(d12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


# ---- dates --------------------------------------------------------------------------------------
STYLES = ("iso", "cn", "cn_pad", "cnnum", "dot", "dot_short", "slash")


def date_s(d: dt.date, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn_pad":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "cnnum":
        return f"{cn_year(d.year)}年{cn_num(d.month)}月{cn_num(d.day)}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dot_short":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


def month_s(y: int, m: int, style: str) -> str:
    if style == "cnnum":
        return f"{cn_year(y)}年{cn_num(m)}月"
    if style in ("dot", "dot_short"):
        return f"{y}.{m:02d}" if style == "dot" else f"{y}.{m}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "slash":
        return f"{y}/{m:02d}"
    if style == "cn_pad":
        return f"{y}年{m:02d}月"
    return f"{y}年{m}月"


def all_forms(iso: str) -> list[str]:
    """Every printed form a date may take here (for the self-check)."""
    if len(iso) == 7:
        y, m = int(iso[:4]), int(iso[5:7])
        return [month_s(y, m, s) for s in STYLES]
    d = dt.date.fromisoformat(iso)
    return [date_s(d, s) for s in STYLES]


def rdate(rng: random.Random, y0: int = 2018, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def style(ctx: Ctx) -> str:
    return ctx.pick("date", STYLES)


# ---- people -------------------------------------------------------------------------------------
SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
    "亓禚訾逯宫尉邴郗晁栾逄隋仉门房鹿满初展綦相左牟"
)
COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "端木", "公孙", "闻人")
GIVEN1 = "振宁秀慧凤霞建桂春晓文志海红玉宏立永德淑国明小雅梓思欣子浩家俊一嘉诗若婉佳承睿"
GIVEN2 = "华英兰芳敏静丽军强涛平伟杰娟燕琳婷洁雯鑫鹏博涵萱宇轩怡然辰晨悦峰磊岩琦璐彤珂蕾倩莹"
SINGLE = "磊静鹏涛敏勇娜楠晶昊森毅琛颖炜璇蕊"


def person_name(rng: random.Random, used: set[str]) -> str:
    for _ in range(80):
        r = rng.random()
        if r < 0.06:
            n = rng.choice(COMPOUND) + rng.choice(GIVEN1) + rng.choice(GIVEN2)
        elif r < 0.3:
            n = rng.choice(SURNAMES) + rng.choice(SINGLE)
        else:
            n = rng.choice(SURNAMES) + rng.choice(GIVEN1) + rng.choice(GIVEN2)
        if n not in used:
            used.add(n)
            return n
    raise RuntimeError("names exhausted")


def people(rng: random.Random, n: int) -> list[str]:
    used: set[str] = set()
    return [person_name(rng, used) for _ in range(n)]


# ---- places, workplaces, professions ------------------------------------------------------------
CITIES = {
    "泰安": ("泰山区", "岱岳区", "新泰市", "肥城市", "宁阳县", "东平县"),
    "德州": ("德城区", "陵城区", "乐陵市", "禹城市", "齐河县", "平原县", "临邑县", "夏津县"),
}
# profession -> (workplace patterns, professional topics, society)
PROFESSIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "nurse": (
        ("{c}市中心医院", "{c}市人民医院", "{d}人民医院", "{c}市妇幼保健院", "{d}中医医院"),
        (
            "危重症患者护理新进展",
            "静脉治疗护理技术规范与实践",
            "老年护理与安宁疗护",
            "医院感染预防与控制",
            "手术室护理质量管理",
            "新生儿护理安全管理",
        ),
        "山东省护理学会",
    ),
    "accountant": (
        ("{c}市财政局国库支付中心", "{d}会计核算中心", "{c}市第一中学", "{c}泰和会计师事务所有限公司"),
        (
            "政府会计制度实务操作",
            "新收入准则与合同会计处理",
            "行政事业单位内部控制建设",
            "管理会计应用指引解读",
            "全面数字化电子发票政策与实务",
            "预算绩效管理实务",
        ),
        "山东省会计学会",
    ),
    "envmon": (
        ("{c}市生态环境监测中心", "山东省{c}生态环境监测中心", "{d}环境监控中心"),
        (
            "环境空气自动监测质量控制",
            "地表水水质监测技术规范",
            "挥发性有机物监测技术",
            "土壤污染状况调查与评估",
            "排污许可与执法监测",
            "噪声监测与评价",
        ),
        "山东省环境科学学会",
    ),
    "meteo": (
        ("{c}市气象局", "{d}气象局", "{c}市气象台"),
        (
            "短时临近预报技术",
            "多普勒天气雷达资料应用",
            "气象灾害风险预警服务",
            "数值预报产品释用",
            "农业气象服务技术",
            "强对流天气识别与预警",
        ),
        "山东省气象学会",
    ),
    "librarian": (
        ("{c}市图书馆", "{d}图书馆", "泰山学院图书馆", "德州学院图书馆"),
        (
            "公共图书馆服务与全民阅读推广",
            "古籍保护与修复技术",
            "智慧图书馆建设实践",
            "少儿阅读服务",
            "地方文献资源建设",
            "数字资源版权与管理",
        ),
        "山东省图书馆学会",
    ),
    "coach": (
        ("{c}市体育运动学校", "{c}市体育中心", "{d}业余体校"),
        (
            "青少年体能训练方法",
            "运动损伤预防与康复",
            "田径教练员岗位培训",
            "游泳项目训练与安全",
            "运动队科学选材",
            "反兴奋剂教育",
        ),
        "山东省体育科学学会",
    ),
    "grid": (
        ("国网{c}供电公司", "国网{d}供电公司", "国网山东省电力公司{c}供电公司"),
        (
            "配电网自动化运维技术",
            "继电保护装置调试与检验",
            "新型电力系统与分布式光伏接入",
            "输电线路无人机巡检",
            "变电站智能巡检",
            "电力安全工作规程",
        ),
        "山东电机工程学会",
    ),
    "food": (
        ("{c}市食品药品检验检测中心", "{c}市市场监督管理局", "{d}市场监督管理局检验检测所"),
        (
            "食品安全抽样检验工作规范",
            "食品快速检测技术",
            "HACCP体系与食品生产许可审查",
            "农药残留检测技术",
            "食品标签标识审查",
            "餐饮服务食品安全监管",
        ),
        "山东省食品科学技术学会",
    ),
}
PUBLIC_TOPICS = (
    "专业技术人员职业道德与诚信建设",
    "数字经济与数字化转型",
    "人工智能技术应用与发展",
    "专业技术人员心理健康与压力管理",
    "知识产权保护与运用",
    "乡村振兴战略专题",
    "创新思维与科研方法",
    "应急管理与安全生产",
)
# profession -> provincial / municipal organisers of professional training
ORGANISERS: dict[str, tuple[str, ...]] = {
    "nurse": (
        "山东省卫生健康委员会",
        "{c}市卫生健康委员会",
        "山东省护理学会",
        "山东第一医科大学第二附属医院",
    ),
    "accountant": ("山东省财政厅", "{c}市财政局", "山东省会计学会", "{c}市会计学会"),
    "envmon": ("山东省生态环境厅", "{c}市生态环境局", "山东省环境科学学会", "中国环境监测总站"),
    "meteo": ("山东省气象局", "中国气象局气象干部培训学院山东分院", "山东省气象学会", "{c}市气象局"),
    "librarian": ("山东省文化和旅游厅", "山东省图书馆", "山东省图书馆学会", "{c}市文化和旅游局"),
    "coach": ("山东省体育局", "{c}市体育局", "山东省体育科学学会", "山东体育学院"),
    "grid": ("国网山东省电力公司技术培训中心", "国网技术学院", "国网{c}供电公司", "山东电机工程学会"),
    "food": (
        "山东省市场监督管理局",
        "{c}市市场监督管理局",
        "山东省食品科学技术学会",
        "山东省食品药品检验研究院",
    ),
}
PUBLIC_ORGS = (
    "中共{c}市委党校",
    "中共{d2}委党校",
    "{c}市人力资源和社会保障局",
    "山东省人力资源和社会保障厅",
    "山东省专业技术人员继续教育公共服务平台",
    "{c}市专业技术人员继续教育基地",
)
ONLINE = ("山东省专业技术人员继续教育公共服务平台", "华医网", "山东省会计人员继续教育平台", "泰安市专业技术人员继续教育平台",
          "德州专技在线学习平台")  # fmt: skip
PHONE = ("0538-8226{:03d}", "0534-2628{:03d}", "0538-6021{:03d}", "0534-5221{:03d}")
STREETS = {"泰安": ("东岳大街", "灵山大街", "泰山大街", "岱宗大街", "长城路"),
           "德州": ("东方红路", "三八路", "湖滨大道", "天衢路", "新湖大街")}  # fmt: skip


@dataclass
class World:
    """The setting one document draws: city, district, profession, workplace."""

    city: str
    district: str
    prof: str
    unit: str

    def org(self, pattern: str) -> str:
        d2 = self.district if self.district.endswith(("县", "市")) else self.city + "市" + self.district
        return pattern.format(c=self.city, d=self.district, d2=d2)


def world(ctx: Ctx, prof: str | None = None) -> World:
    city = ctx.pick("city", tuple(CITIES))
    district = ctx.rng.choice(CITIES[city])
    prof = prof or ctx.pick("prof", tuple(PROFESSIONS))
    w = World(city, district, prof, "")
    w.unit = w.org(ctx.rng.choice(PROFESSIONS[prof][0]))
    return w


def topic(ctx: Ctx, w: World) -> str:
    return ctx.pick(f"topic.{w.prof}", PROFESSIONS[w.prof][1])


def organiser(ctx: Ctx, w: World) -> str:
    return w.org(ctx.pick(f"org.{w.prof}", ORGANISERS[w.prof]))


def phone(ctx: Ctx, w: World) -> str:
    pat = PHONE[0] if w.city == "泰安" else PHONE[1]
    return pat.format(ctx.rng.randrange(1000))


def address(ctx: Ctx, w: World) -> str:
    return f"{w.city}市{ctx.rng.choice(STREETS[w.city])}{ctx.rng.randint(1, 399)}号"


def serial(ctx: Ctx, prefix: str = "", n: int = 8) -> str:
    return prefix + "".join(str(ctx.rng.randrange(10)) for _ in range(n))


def hours_s(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else str(h)


def journal(ctx: Ctx) -> Journal:
    js = journals()
    return js[ctx.rng.randrange(len(js))]
