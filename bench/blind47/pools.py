"""Draw 47's own pools: people, workplaces, organisers, topics, date styles, layout families and the context
the builders draw from (the Yantai / Kaifeng continuing-education audit)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import cn_num, cn_year, isbn13_check, issn_check, patent_check
from bench.blind.doc import Doc
from bench.blind.page import Page

DRAW = 47


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

    def c(self, seq: Any) -> Any:
        return self.rng.choice(list(seq))


# ---- layout families ---------------------------------------------------------------------------
FAMILIES: dict[str, tuple[str, list[str]]] = {
    "training_certificate": ("cert", ["framed", "landscape", "platform", "hourslip", "miniapp", "copynote"]),
    "sign_in_sheet": ("sign", ["grid", "twin", "handfill", "chat", "twopage", "wide"]),
    "training_notice": ("notice", ["redhead", "timetable", "invite", "webpage", "wechat", "marked"]),
    "journal_article": ("journal", ["firstpage", "cover", "toc", "twocol", "detail", "bundle"]),
    "book": ("book", ["cover", "cip", "titlecip", "translated", "board", "shop"]),
    "patent_certificate": ("patent", ["invention", "utility", "design", "ecert", "copystamp", "withannex"]),
    "award_certificate": ("award", ["gov", "bureau", "society", "contest", "socsci", "county"]),
    "project_completion": ("proj", ["leader", "members", "form", "letter", "wide", "portal"]),
    "qualification_certificate": ("qual", ["diploma", "degree", "courses", "selfexam", "computer", "xuexin"]),
    "other": ("misc", ["invoice", "signup", "payment", "leave", "report", "employ"]),
}
VARIANTS: dict[str, list[str]] = {f"t{DRAW}.layout.{t}": v for t, (_, v) in FAMILIES.items()}


def variant(ctx: Ctx, etype: str) -> str:
    vs = FAMILIES[etype][1]
    v = vs[(ctx.k + ctx.offset) % len(vs)]
    ctx.used.append(f"t{DRAW}.layout.{etype}#{v}")
    return v


def make(ctx: Ctx, etype: str, v: str, pages: list[Page], fields: dict[str, Any], scored: list[str],
         claim: dict[str, Any], category: str | None = None) -> Doc:  # fmt: skip
    return Doc(etype, f"{FAMILIES[etype][0]}{DRAW}-{v}", pages, fields, scored, claim, category)


# ---- check digits (the test asks the pools for them) ----------------------------------------------
zl_check = patent_check
issn_digit = issn_check
isbn_digit = isbn13_check

# ---- dates ------------------------------------------------------------------------------------------
STYLES = ["iso", "cn", "cn_pad", "cn_num", "dot", "dot_pad", "slash_pad", "cn_num_o"]


def fd(d: dt.date, st: str) -> str:
    if st == "iso":
        return d.isoformat()
    if st == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if st == "cn_pad":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if st in ("cn_num", "cn_num_o"):
        z = "〇" if st == "cn_num" else "○"
        return f"{cn_year(d.year, z)}年{cn_num(d.month)}月{cn_num(d.day)}日"
    if st == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if st == "dot_pad":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if st == "slash_pad":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(st)


def fm(y: int, m: int, st: str) -> str:
    if st in ("cn_num", "cn_num_o"):
        return f"{cn_year(y, '〇' if st == 'cn_num' else '○')}年{cn_num(m)}月"
    if st == "iso":
        return f"{y}-{m:02d}"
    if st == "dot":
        return f"{y}.{m}"
    if st == "dot_pad":
        return f"{y}.{m:02d}"
    if st == "slash_pad":
        return f"{y}/{m:02d}"
    if st == "cn_pad":
        return f"{y}年{m:02d}月"
    return f"{y}年{m}月"


def frange(a: dt.date, b: dt.date, st: str, sep: str = "至") -> str:
    """A period as printed; Chinese-style dates drop the repeated year in the end date."""
    if st in ("cn", "cn_pad") and a.year == b.year:
        tail = fd(b, st).split("年", 1)[1]
        return fd(a, st) + sep + tail
    return fd(a, st) + sep + fd(b, st)


def date_forms(iso: str) -> set[str]:
    """Every way this draw may print a date (or month), including a range's yearless end."""
    if len(iso) == 7:
        y, m = int(iso[:4]), int(iso[5:])
        return {fm(y, m, st) for st in STYLES}
    d = dt.date.fromisoformat(iso)
    out = {fd(d, st) for st in STYLES}
    out |= {fd(d, st).split("年", 1)[1] for st in ("cn", "cn_pad")}
    return out


def rdate(rng: random.Random, y0: int = 2018, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def ds(ctx: Ctx) -> str:
    return ctx.c(STYLES)


# ---- people -------------------------------------------------------------------------------------
SURN = list(
    "王李张刘陈杨赵孙周吴郑徐马朱胡高林何郭罗梁宋韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
RARE = list("栾逄隋鞠宫矫衣初战曲牟臧邴毕冷靳娄翟耿屈谷庞逯苗岳齐仝禚郗訾宓")
COMPOUND = ["欧阳", "司徒", "上官", "端木", "东方", "令狐", "申屠", "闻人"]
GIV = list(
    "思雨晓佳俊子嘉睿泽宇浩一诺欣悦文博梦瑶雅静志远海涛立群振宇国庆秀兰玉梅春燕红霞建华德明世杰晨曦若汐明轩亦菲婉清书豪凤英桂芝淑敏家豪永刚学文艳萍丽娟"
)
DOUBLE_SURN = ["王李", "张陈", "刘杨", "赵钱"]


def person_name(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.05:
        return rng.choice(COMPOUND) + rng.choice(GIV) + rng.choice(GIV)
    if r < 0.08:
        return rng.choice(DOUBLE_SURN) + rng.choice(GIV) + rng.choice(GIV)
    if r < 0.12:
        return rng.choice(COMPOUND) + rng.choice(GIV)
    s = rng.choice(RARE) if r < 0.3 else rng.choice(SURN)
    return s + "".join(rng.choice(GIV) for _ in range(rng.choice([1, 2, 2, 2])))


def people_names(rng: random.Random, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        nm = person_name(rng)
        if nm not in out and not any(nm in o or o in nm for o in out):
            out.append(nm)
    return out


# ---- places, professions, organisers ------------------------------------------------------------
CITIES = {
    "烟台": {"prov": "山东", "districts": ["芝罘区", "莱山区", "福山区", "牟平区", "蓬莱区", "开发区"],
             "county_cities": ["龙口市", "莱阳市", "莱州市", "招远市", "栖霞市", "海阳市"], "zip": "264000",
             "tel": "0535"},
    "开封": {"prov": "河南", "districts": ["龙亭区", "鼓楼区", "禹王台区", "顺河回族区", "祥符区"],
             "county_cities": ["兰考县", "杞县", "通许县", "尉氏县"], "zip": "475000", "tel": "0371"},
}  # fmt: skip

PROFESSIONS: dict[str, dict[str, list[str]]] = {
    "bridge": {
        "units": ["{c}市公路事业发展中心", "{c}市交通规划设计院有限公司", "{c}市{d}交通运输局",
                  "{c}城市建设发展集团有限公司", "{c}市市政工程管理处"],
        "topics": ["公路桥梁养护与加固技术", "预应力混凝土桥梁施工质量控制", "桥梁结构健康监测新技术",
                   "装配式桥梁设计与施工", "在役桥梁检测评定规范解读", "钢结构桥梁防腐涂装技术"],
        "society": ["{p}省公路学会", "{p}省土木建筑学会"],
    },
    "nurse": {
        "units": ["{c}市妇幼保健院", "{c}市儿童医院", "{c}市{d}人民医院", "{c}市中心医院"],
        "topics": ["儿科危重症护理新进展", "新生儿复苏技术规范化培训", "儿童静脉输液治疗护理",
                   "小儿哮喘的规范化护理管理", "儿科护理安全与风险防范", "婴幼儿喂养指导与护理"],
        "society": ["{p}省护理学会", "{p}省妇幼保健协会"],
    },
    "pharmacist": {
        "units": ["{c}市中心医院药学部", "{c}市中医院药剂科", "{c}市第二人民医院", "{c}市传染病医院"],
        "topics": ["医院药学服务与合理用药", "抗菌药物临床合理应用", "处方审核与点评实务",
                   "临床药师药学监护实践", "特殊管理药品规范化管理", "静脉用药集中调配质量管理"],
        "society": ["{p}省药学会", "{p}省医院协会药事管理专业委员会"],
    },
    "music": {
        "units": ["{c}市第十四中学", "{c}市{d}实验小学", "{c}市艺术学校", "{c}市{d}第二中学"],
        "topics": ["中小学音乐课堂教学改革", "合唱指挥与排练技巧", "民族器乐进校园教学实践",
                   "新课标下的音乐审美教育", "音乐教师数字化教学能力提升", "戏曲进课堂教学研讨"],
        "society": ["{p}省音乐家协会", "{p}省教育学会音乐教育专业委员会"],
    },
    "forestry": {
        "units": ["{c}市昆嵛山林场", "{c}市林业发展服务中心", "{c}市{d}自然资源局", "{c}市黄河湿地保护中心"],
        "topics": ["森林防火与林业有害生物防治", "松材线虫病监测与防控技术", "国土绿化与生态修复",
                   "林木良种繁育技术", "湿地保护与可持续利用", "森林资源调查与数字化监测"],
        "society": ["{p}省林学会", "{p}省生态学会"],
    },
    "accountant": {
        "units": ["{c}市财政局", "{c}市{d}财政国库支付中心", "{c}港务集团有限公司财务部",
                  "{c}众信会计师事务所有限公司", "{c}市第一人民医院财务科"],
        "topics": ["政府会计制度实务", "新收入准则解读与应用", "管理会计与内部控制", "行政事业单位预算管理",
                   "增值税改革与纳税筹划", "企业财务数字化转型"],
        "society": ["{p}省会计学会", "{p}省总会计师协会"],
    },
    "archivist": {
        "units": ["{c}市档案馆", "{c}市{d}档案馆", "{c}市城建档案馆", "{c}市第一人民医院档案室"],
        "topics": ["电子档案管理与数字化", "档案法修订解读", "机关档案规范化管理", "声像档案整理与保护",
                   "档案开放审核实务", "科技档案归档与利用"],
        "society": ["{p}省档案学会", "{p}省档案馆学会"],
    },
    "vet": {
        "units": ["{c}市动物疫病预防控制中心", "{c}市{d}畜牧兽医服务中心", "{c}市农业综合执法支队",
                  "{c}市{d}动物卫生监督所"],
        "topics": ["非洲猪瘟防控技术", "动物疫病监测与流行病学调查", "兽药残留监控与合理用药",
                   "畜禽养殖场生物安全", "宠物诊疗规范与执业兽医管理", "人畜共患病防控"],
        "society": ["{p}省畜牧兽医学会", "{p}省兽医协会"],
    },
}  # fmt: skip

UNIVS = {"烟台": ["鲁东大学", "烟台大学", "滨州医学院烟台校区", "山东工商学院"],
         "开封": ["河南大学", "黄河水利职业技术学院", "开封大学"]}  # fmt: skip
PLATFORMS = ["专技天下学习平台", "鲁e学专技在线", "中原专技云课堂", "华医网继续教育平台",
             "财会继续教育在线", "知行学堂APP"]  # fmt: skip
SOE = {"烟台": ["山东港口烟台港集团培训中心", "烟台冰轮集团职工培训中心", "山东高速烟台发展有限公司培训部"],
       "开封": ["开封市发展投资集团培训中心", "中建七局开封分公司职工培训中心"]}  # fmt: skip
BUREAUS = {"bridge": "交通运输局", "accountant": "财政局", "nurse": "卫生健康委员会",
           "pharmacist": "卫生健康委员会", "music": "教育局", "forestry": "自然资源和规划局",
           "archivist": "档案局", "vet": "农业农村局"}  # fmt: skip


@dataclass
class Who:
    city: str
    prov: str
    district: str
    prof: str
    unit: str
    topic: str
    society: str


def who(ctx: Ctx, prof: str | None = None) -> Who:
    city = ctx.c(CITIES)
    info = CITIES[city]
    prof = prof or ctx.c(PROFESSIONS)
    pr = PROFESSIONS[prof]
    d = ctx.c(info["districts"])
    return Who(city, info["prov"], d, prof, ctx.c(pr["units"]).format(c=city, d=d), ctx.c(pr["topics"]),
               ctx.c(pr["society"]).format(p=info["prov"]))  # fmt: skip


def organiser(ctx: Ctx, w: Who) -> str:
    """Who organises a training: a society, a bureau, a university's school, a party school, an SOE, a platform."""
    r = ctx.rng.randrange(7)
    if r == 0:
        return w.society
    if r == 1:
        return f"{w.city}市{BUREAUS[w.prof]}"
    if r == 2:
        return ctx.c(UNIVS[w.city]) + "继续教育学院"
    if r == 3:
        return f"中共{w.city}市{w.district}委党校"
    if r == 4:
        return ctx.c(SOE[w.city])
    if r == 5:
        return ctx.c(PLATFORMS)
    return f"{w.city}市人力资源和社会保障局"


def serial(ctx: Ctx, prefix: str = "", n: int = 8) -> str:
    return prefix + "".join(str(ctx.rng.randrange(10)) for _ in range(n))


def phone_no(ctx: Ctx, w: Who | None = None) -> str:
    if w is not None and ctx.rng.random() < 0.5:
        return f"{CITIES[w.city]['tel']}-{ctx.rng.randint(2000000, 8999999)}"
    return f"1{ctx.c('358')}{ctx.rng.randint(100000000, 999999999)}"


def address(ctx: Ctx, w: Who) -> str:
    road = ctx.c(["迎宾路", "南大街", "滨海路", "东京大道", "鼓楼街", "金明大道", "观海路", "大梁路"])
    return f"{w.prov}省{w.city}市{w.district}{road}{ctx.rng.randint(1, 299)}号"
