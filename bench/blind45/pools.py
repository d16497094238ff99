"""Draw 45's pools: people, workplaces, organisers, topics, date styles and layout families, all written for the
Tai'an / Yantai audit (mining safety, anaesthesia, paediatric nursing, English and history teaching, fruit
trees, construction cost, libraries, veterinary medicine)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.blind.common import isbn13_check, issn_check, patent_check

DRAW = 45


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


# ---- layout families: (family, variants) per evidence type ---------------------------------------
FAMILIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "training_certificate": ("cert", ("framed", "landscape", "platform", "phone", "table", "bilingual")),
    "sign_in_sheet": ("sign", ("ruled", "halfday", "twopage", "sidebyside", "lecture", "appexport")),
    "training_notice": ("notice", ("redhead", "invite", "schedule", "roster", "webpage", "annotated")),
    "journal_article": ("jour", ("firstpage", "twocol", "cover", "contents", "english", "cnki")),
    "book": ("book", ("cover", "copyright", "titlecip", "translation", "board", "shop")),
    "patent_certificate": ("pat", ("invention", "utility", "design", "twopage", "query", "folder")),
    "award_certificate": ("award", ("honour", "team", "contest", "socsci", "society", "merit")),
    "project_completion": ("proj", ("certificate", "leaderonly", "appraisal", "twopage", "letter", "ranked")),
    "qualification_certificate": ("qual", ("diploma", "degree", "courses", "selfstudy", "computer", "chsi")),
    "other": ("misc", ("receipt", "regform", "leave", "report", "payment", "employment")),
}
VARIANTS: dict[str, tuple[str, ...]] = {f"t{DRAW}.layout.{t}": v for t, (_, v) in FAMILIES.items()}


def variant(ctx: Ctx, etype: str) -> tuple[str, str]:
    """(layout name, variant) for this document: the variants cycle with k, shifted per seed."""
    fam, vs = FAMILIES[etype]
    v = vs[(ctx.k + ctx.offset) % len(vs)]
    ctx.used.append(f"t{DRAW}.layout.{etype}#{v}")
    return f"{fam}{DRAW}-{v}", v


def pick(ctx: Ctx, name: str, items: list | tuple):  # noqa: ANN201
    i = ctx.rng.randrange(len(items))
    ctx.used.append(f"t{DRAW}.{name}#{i}")
    return items[i]


# ---- check digits (the public algorithms) -----------------------------------------------------------
zl_check = patent_check
issn_digit = issn_check
isbn_digit = isbn13_check


# ---- dates ------------------------------------------------------------------------------------------
STYLES = ("iso", "cn", "cnpad", "cnnum", "dot", "dotshort", "slash")
_CD = "〇一二三四五六七八九"


def _cnn(n: int) -> str:
    if n < 10:
        return _CD[n]
    if n < 20:
        return "十" + (_CD[n % 10] if n % 10 else "")
    return _CD[n // 10] + "十" + (_CD[n % 10] if n % 10 else "")


def cn_year(y: int) -> str:
    return "".join(_CD[int(c)] for c in str(y))


def fd(d: dt.date, style: str) -> str:
    """A full date as printed."""
    return {
        "iso": d.isoformat(),
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cnpad": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "cnnum": f"{cn_year(d.year)}年{_cnn(d.month)}月{_cnn(d.day)}日",
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "dotshort": f"{d.year}.{d.month}.{d.day}",
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
    }[style]


def fm(y: int, m: int, style: str) -> str:
    """A month-only date as printed."""
    return {
        "iso": f"{y}-{m:02d}",
        "cn": f"{y}年{m}月",
        "cnpad": f"{y}年{m:02d}月",
        "cnnum": f"{cn_year(y)}年{_cnn(m)}月",
        "dot": f"{y}.{m:02d}",
        "dotshort": f"{y}.{m}",
        "slash": f"{y}/{m:02d}",
    }[style]


def date_forms(v: str) -> list[str]:
    """Every printed form of an ISO date or month this draw uses (for the self-check)."""
    parts = [int(x) for x in v.split("-")]
    if len(parts) == 2:
        return [fm(parts[0], parts[1], s) for s in STYLES]
    d = dt.date(*parts)
    return [fd(d, s) for s in STYLES]


def style(ctx: Ctx, allow: tuple[str, ...] = STYLES) -> str:
    return pick(ctx, "date", allow)


def day(ctx: Ctx, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(ctx.rng.randint(y0, y1), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))


def after(ctx: Ctx, d: dt.date, lo: int, hi: int) -> dt.date:
    return d + dt.timedelta(days=ctx.rng.randint(lo, hi))


def iso(d: dt.date) -> str:
    return d.isoformat()


# ---- people -----------------------------------------------------------------------------------------
SURNAMES = (
    "王张李刘孙赵于姜杨徐陈高马郭吕董韩周吴孟范邢房臧谭毕宋曲鞠栾衣矫逄牟初宫隋綦亓巩尉仉展战位车邵蔺丛"
    "冷迟柳慕郝霍芦卞车殷盛单修"
)
COMMON = "王张李刘孙赵于姜杨徐陈高马郭吕董韩周"
COMPOUNDS = ("欧阳", "上官", "司徒", "端木", "公冶", "诸葛", "皇甫", "东方")
GIVEN = (
    "建军海涛丽萍晓燕志强玉芳秀兰德华振宇立峰雪梅春晖俊杰文静新民永刚翠英晓东明辉淑娟洪波桂荣"
    "亚楠佳琪梦瑶子轩浩宇欣怡一鸣若曦思远嘉禾书瑶晨曦泽宇诗涵雨桐锦程"
    "鹏程传福庆芝爱玲延平学勤国栋继红宪章茂林秋菊凤霞恒"
)


def person_name(rng: random.Random, taken: set[str]) -> str:
    for _ in range(100):
        r = rng.random()
        if r < 0.07:
            n = rng.choice(COMPOUNDS) + rng.choice(GIVEN) + rng.choice(GIVEN)
        else:
            s = rng.choice(COMMON) if rng.random() < 0.55 else rng.choice(SURNAMES)
            n = s + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.72 else "")
        if n not in taken and not any(n in t or t in n for t in taken):
            taken.add(n)
            return n
    raise RuntimeError("no fresh name")


def people(ctx: Ctx, n: int) -> list[str]:
    taken: set[str] = set()
    return [person_name(ctx.rng, taken) for _ in range(n)]


# ---- places, workplaces, professions -----------------------------------------------------------------
CITIES = {
    "泰安": ("泰山区", "岱岳区", "新泰市", "肥城市", "宁阳县", "东平县"),
    "烟台": ("芝罘区", "莱山区", "福山区", "牟平区", "蓬莱区", "龙口市", "莱阳市", "莱州市", "招远市", "栖霞市", "海阳市"),
}
STREETS = ("东岳大街", "灵山大街", "泰山大街", "龙潭路", "南关大街", "青年路", "迎春大街", "观海路", "长江路", "港城东大街", "红旗中路", "岱宗大街")

# profession: (titles, workplaces {city}/{county}, topics, journal keywords)
PROFESSIONS = {
    "mining": (
        ("安全工程师", "采矿工程师", "通风工程师"),
        ("{county}宏泰煤业有限公司", "{city}鲁泰矿业集团安全监察处", "{county}金岭矿业有限公司", "{city}岱宗煤矿"),
        ("煤矿重大事故隐患判定标准解读", "矿井通风与瓦斯防治技术", "非煤矿山安全生产标准化建设", "冲击地压防治与监测预警",
         "金属矿山尾矿库安全管理", "矿山应急救援与自救互救"),
    ),
    "anaesthesia": (
        ("麻醉科主治医师", "麻醉科副主任医师", "麻醉医师"),
        ("{city}市中心医院麻醉科", "{county}人民医院麻醉科", "{city}市立医院麻醉手术科", "{city}市第一人民医院麻醉科"),
        ("超声引导下神经阻滞技术", "围术期气道管理新进展", "小儿麻醉安全与舒适化医疗", "老年患者术后谵妄防治",
         "日间手术麻醉管理规范", "困难气道处理专家共识解读"),
    ),
    "paednurse": (
        ("儿科主管护师", "护师", "儿科护士长"),
        ("{city}市妇幼保健院儿科", "{county}人民医院儿科", "{city}市儿童医院新生儿科", "{city}市中医医院儿科"),
        ("新生儿危重症护理", "儿童静脉输液治疗护理规范", "小儿急救与心肺复苏", "儿科护理质量与安全管理",
         "早产儿发育支持护理", "儿童哮喘居家护理指导"),
    ),
    "english": (
        ("中学英语一级教师", "英语高级教师", "小学英语教师"),
        ("{city}第一中学", "{county}实验中学", "{city}外国语学校", "{county}第二中学"),
        ("英语学科核心素养与单元整体教学", "高中英语读后续写教学策略", "初中英语分层作业设计", "英语学习活动观课堂实践",
         "新课标背景下的英语阅读教学", "信息技术与英语教学深度融合"),
    ),
    "history": (
        ("中学历史一级教师", "历史高级教师", "历史教研员"),
        ("{city}第二中学", "{county}第一中学", "{city}教育科学研究院", "{county}实验学校"),
        ("新课标下历史大单元教学设计", "史料实证素养培育路径", "乡土历史资源开发与利用", "统编历史教材教学研讨",
         "历史学科情境化命题研究", "齐鲁文化与历史课程思政"),
    ),
    "fruit": (
        ("农艺师", "高级农艺师", "果树技术推广员"),
        ("{county}果业发展服务中心", "{city}农业科学研究院果树研究所", "{county}农业技术推广中心", "{county}林果站"),
        ("苹果矮砧集约栽培技术", "大樱桃设施栽培与花果管理", "果园水肥一体化技术", "莱阳梨老果园更新改造",
         "肥城桃病虫害绿色防控", "果树高光效树形培养"),
    ),
    "cost": (
        ("一级造价工程师", "二级造价工程师", "工程师"),
        ("{city}华岳工程造价咨询有限公司", "{city}建设工程造价管理站", "{county}城乡建设服务中心", "{city}正信工程咨询有限公司"),
        ("建设工程工程量清单计价规范实务", "全过程工程咨询与造价管控", "BIM技术在工程计量中的应用", "山东省建筑工程消耗量定额解读",
         "工程结算审核与争议处理", "装配式建筑造价分析"),
    ),
    "library": (
        ("馆员", "副研究馆员", "图书馆员"),
        ("{city}图书馆", "{county}图书馆", "{city}职业学院图书馆", "{city}少年儿童图书馆"),
        ("公共图书馆阅读推广实务", "古籍保护与修复基础", "智慧图书馆建设与服务创新", "文献编目与RDA应用",
         "少儿阅读服务与绘本推广", "数字资源建设与版权管理"),
    ),
    "vet": (
        ("兽医师", "高级兽医师", "执业兽医师"),
        ("{county}畜牧兽医服务中心", "{city}动物疫病预防控制中心", "{county}动物卫生监督所", "{city}农业农村局畜牧站"),
        ("非洲猪瘟防控技术", "动物疫病监测与流行病学调查", "兽药安全使用与残留控制", "规模化奶牛场疫病防控",
         "宠物临床诊疗技术", "畜禽养殖废弃物资源化利用"),
    ),
}

# organisers: (name, kind) by profession; kind decides award level and wording
ORGANISERS = {
    "mining": ("{city}市应急管理局", "山东省煤炭学会", "{city}市安全生产协会", "鲁泰矿业集团培训中心", "山东省煤矿安全培训中心"),
    "anaesthesia": ("山东省医学会麻醉学分会", "山东第一医科大学第二附属医院", "{city}市医学会", "滨州医学院烟台附属医院", "{city}市卫生健康委员会"),
    "paednurse": ("{city}市护理学会", "山东省护理学会", "山东第一医科大学第二附属医院", "{city}市妇幼保健院", "{city}市卫生健康委员会"),
    "english": ("{city}市教育局", "{city}市教育科学研究院", "山东省教育学会", "泰山学院继续教育学院", "鲁东大学外国语学院"),
    "history": ("{city}市教育局", "{city}市教育科学研究院", "山东省历史学会", "泰山学院历史学院", "烟台市中小学教师发展中心"),
    "fruit": ("{city}市农业农村局", "山东省园艺学会", "{city}市果树学会", "烟台职业学院", "山东农业大学园艺科学与工程学院"),
    "cost": ("山东省建设工程造价管理协会", "{city}市住房和城乡建设局", "泰山职业技术学院", "{city}市建筑业协会", "华岳工程咨询集团培训中心"),
    "library": ("山东省图书馆学会", "{city}市文化和旅游局", "{city}图书馆", "{city}市总工会", "烟台职业学院图书馆"),
    "vet": ("{city}市农业农村局", "山东省畜牧兽医学会", "{city}市畜牧兽医学会", "山东农业大学动物医学院", "{city}市总工会"),
}
PLATFORMS = ("泰山继教云", "齐鲁专技学习网", "烟台专技在线", "山东专业技术人员继续教育平台", "好医生继续医学教育网", "国家中小学智慧教育平台")
PUBLIC_TOPICS = (
    "习近平新时代中国特色社会主义思想学习", "专业技术人员职业道德与诚信建设", "数字经济与数字化转型", "安全生产法律法规",
    "心理健康与压力管理", "知识产权保护与运用", "乡村振兴战略解读", "人工智能赋能高质量发展",
)


@dataclass
class Pro:
    """One professional and the world around them."""

    field: str
    city: str
    county: str
    title: str
    work: str
    topic: str
    organiser: str

    def org(self, s: str) -> str:
        return s.format(city=self.city, county=self.county)


def pro(ctx: Ctx, fieldname: str | None = None) -> Pro:
    f = fieldname or pick(ctx, "field", tuple(PROFESSIONS))
    city = pick(ctx, "city", tuple(CITIES))
    county = ctx.rng.choice(CITIES[city])
    titles, works, topics = PROFESSIONS[f]
    work = ctx.rng.choice(works).format(city=city, county=county)
    orgs = ORGANISERS[f]
    organiser = ctx.rng.choice(orgs).format(city=city, county=county)
    return Pro(f, city, county, ctx.rng.choice(titles), work, pick(ctx, f"topic.{f}", topics), organiser)


def phone(ctx: Ctx, city: str) -> str:
    area = {"泰安": "0538", "烟台": "0535"}[city]
    return f"{area}-{ctx.rng.randint(2, 8)}{ctx.rng.randint(100000, 999999)}"


def mobile(ctx: Ctx) -> str:
    return f"1{ctx.rng.choice('3578')}{ctx.rng.randint(0, 9)}****{ctx.rng.randint(1000, 9999)}"


def address(ctx: Ctx, city: str) -> str:
    return f"山东省{city}市{ctx.rng.choice(STREETS)}{ctx.rng.randint(1, 399)}号"


def serial(ctx: Ctx, prefix: str, n: int = 8) -> str:
    return prefix + "".join(str(ctx.rng.randint(0, 9)) for _ in range(n))


def hours(ctx: Ctx) -> float:
    return float(pick(ctx, "hours", (4, 6, 8, 12, 16, 24, 30, 32, 40, 48, 1.5, 2.5, 7.5)))


def hs(h: float) -> str:
    return f"{h:g}"
