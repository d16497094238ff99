"""Draw 44's own pools: context, layout families, names, places, organisers, topics, dates and page helpers.

Everything here was written for this draw (Kaifeng and Yiyang audit proofs); only the check-digit helpers and the
journal catalogue loader come from bench/blind/common.py.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.blind.common import cn_num, cn_year, isbn13_check, issn_check, journals, patent_check
from bench.blind.page import Page, width_mm

DRAW = 44


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


# ---- layout families --------------------------------------------------------------------------
FAMILIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "training_certificate": ("tcert", ("hall", "letter", "online", "appcard", "desk", "booklet", "cme")),
    "sign_in_sheet": ("sign", ("grid", "wide", "phone", "roster", "applog", "twopage")),
    "training_notice": ("notice", ("redhead", "invite", "timetable", "webpage", "chat", "annexed")),
    "journal_article": ("jart", ("first", "twocol", "toc", "cover", "bundle", "english")),
    "book": ("book", ("cover", "cip", "translated", "titlecip", "deskcip", "backcip")),
    "patent_certificate": ("patent", ("invention", "utility", "design", "ecert", "photo", "register")),
    "award_certificate": ("award", ("gov", "team", "contest", "society", "landscape", "socsci")),
    "project_completion": ("proj", ("jieti", "leaderonly", "form", "landscape", "appraisal", "phone")),
    "qualification_certificate": ("qual", ("diploma", "degree", "courses", "zikao", "computer", "doctor")),
    "other": ("misc", ("receipt", "regform", "leave", "idcopy", "employ", "report", "payscreen")),
}
VARIANTS: dict[str, list[str]] = {f"t{DRAW}.layout.{t}": list(v) for t, (_, v) in FAMILIES.items()}


def variant(ctx: Ctx, etype: str) -> tuple[str, str]:
    """(layout name, variant) for this document: cycles through the type's variants by k."""
    fam, vs = FAMILIES[etype]
    v = vs[(ctx.k + ctx.offset) % len(vs)]
    ctx.used.append(f"t{DRAW}.layout.{etype}#{v}")
    return f"{fam}{DRAW}-{v}", v


def zl_check(d12: str) -> str:
    return patent_check(d12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


# ---- names ------------------------------------------------------------------------------------
SURN = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
RARE = list("滕芮禹亓缪宓訾逯郗晏栾蒯佘敖仝冉靳阚詹岑苟鄢商皮凌满聂牛")
COMP = ["欧阳", "司徒", "上官", "诸葛", "端木", "东方", "尉迟", "公孙"]
GIV1 = list("建国志强秀英桂兰海涛晓红文静丽娟永刚春燕立新卫民玉梅俊杰雪松浩宇子豪思琪雨涵梦瑶嘉怡明轩宏伟德华淑芬金凤光辉振宇晨曦若兰泽楠婧琪欣然锦程书瑶一鸣伟")
FOUR = ["欧阳晓岚", "司徒静怡", "上官文博", "诸葛明远", "端木思源", "热依拉木", "阿卜杜拉", "买尔旦江"]


def person_name(rng: random.Random, used: set[str]) -> str:
    for _ in range(200):
        r = rng.random()
        if r < 0.05:
            n = rng.choice(FOUR)
        elif r < 0.1:
            n = rng.choice(COMP) + rng.choice(GIV1)
        else:
            s = rng.choice(RARE) if r < 0.22 else rng.choice(SURN)
            n = s + "".join(rng.choice(GIV1) for _ in range(rng.choice((1, 2, 2, 2))))
        if n not in used and not any(n in u or u in n for u in used):
            used.add(n)
            return n
    raise RuntimeError("names")


def people_names(rng: random.Random, k: int) -> list[str]:
    used: set[str] = set()
    return [person_name(rng, used) for _ in range(k)]


# ---- places, workplaces, organisers ------------------------------------------------------------
CITIES = {
    "开封": ("河南", ["兰考县", "杞县", "通许县", "尉氏县", "祥符区", "鼓楼区", "龙亭区", "禹王台区"], "475000"),
    "益阳": ("湖南", ["桃江县", "安化县", "南县", "沅江市", "赫山区", "资阳区"], "413000"),
}
PROFS = {
    "water": ("水利工程", ["{c}市水利局", "{x}水利局", "{c}市水利勘测设计院", "{x}水利工程建设服务中心",
                        "{c}市河道管理处"]),
    "tcm": ("中医", ["{c}市中医院", "{x}中医院", "{x}人民医院中医科", "{c}市第二人民医院"]),
    "radio": ("放射医学", ["{x}人民医院放射科", "{c}市中心医院影像科", "{c}市第一人民医院"]),
    "kg": ("学前教育", ["{x}实验幼儿园", "{c}市机关幼儿园", "{x}第二幼儿园"]),
    "pe": ("体育教育", ["{x}第一中学", "{c}市第五中学", "{x}实验小学"]),
    "forest": ("林业", ["{c}市林业局", "{x}林业局", "{x}国有林场", "{c}市林业科学研究所"]),
    "bamboo": ("竹材加工", ["{x}竹业科技有限公司", "{c}市竹韵新材料有限公司", "{x}楠竹产业发展中心"]),
    "archive": ("档案", ["{c}市档案馆", "{x}档案馆", "{x}人民政府办公室"]),
    "stat": ("统计", ["{c}市统计局", "{x}统计局", "{c}市调查队"]),
}
TOPICS = {
    "water": ["中小河流治理工程质量管理", "灌区续建配套与节水改造", "水利工程标准化管理", "病险水库除险加固技术",
              "农村饮水安全工程运行维护", "水土保持监测与评价", "引黄灌区泥沙处理技术"],
    "tcm": ["中医经典临床应用", "针灸推拿适宜技术推广", "中药饮片合理使用", "中医治未病健康管理",
            "经方辨治脾胃病", "中医护理技术规范"],
    "radio": ["医学影像诊断新进展", "CT低剂量扫描技术", "放射防护与质量控制", "磁共振检查规范化操作",
              "乳腺影像诊断", "急诊影像诊断要点"],
    "kg": ["幼儿园保育教育质量评估", "幼儿游戏活动设计与指导", "学前儿童安全教育", "幼小衔接实践",
           "幼儿园班级管理"],
    "pe": ["中小学体育课堂教学改革", "学生体质健康监测", "校园足球教学训练", "体育中考项目训练方法",
           "学校运动伤害预防"],
    "forest": ["林业有害生物防治", "森林防火与应急处置", "油茶低产林改造技术", "林木种苗培育",
               "国储林项目建设管理", "森林资源监测"],
    "bamboo": ["竹材重组加工技术", "竹木复合材料开发", "竹产业标准化生产", "竹笋加工与保鲜",
               "竹材防霉防腐处理"],
    "archive": ["数字档案馆建设", "档案信息化与电子档案管理", "档案安全保护技术", "文书档案整理规范"],
    "stat": ["统计法治与数据质量", "经济普查业务", "统计调查方法与实践", "大数据与统计分析"],
}
PUBLIC_TOPICS = ["专业技术人员职业道德与诚信建设", "数字经济与创新驱动发展", "乡村振兴战略解读",
                 "专业技术人员心理健康与压力管理", "法治政府建设与依法行政", "黄河流域生态保护和高质量发展",
                 "知识产权保护与运用"]


def city_of(rng: random.Random) -> tuple[str, str, str]:
    """(province, city, county)."""
    c = rng.choice(list(CITIES))
    prov, counties, _ = CITIES[c]
    return prov, c, rng.choice(counties)


def workplace(rng: random.Random, prof: str, c: str, x: str) -> str:
    return rng.choice(PROFS[prof][1]).format(c=c, x=x)


def organiser(rng: random.Random, prof: str, prov: str, c: str, x: str) -> str:
    society = {
        "water": f"{prov}省水利学会", "tcm": f"{prov}省中医药学会", "radio": f"{prov}省医学会放射学分会",
        "kg": f"{prov}省学前教育研究会", "pe": f"{prov}省体育科学学会", "forest": f"{prov}省林学会",
        "bamboo": f"{prov}省竹产业协会", "archive": f"{prov}省档案学会", "stat": f"{prov}省统计学会",
    }[prof]
    normal = "河南师范大学教师培训中心" if prov == "河南" else "湖南第一师范学院继续教育学院"
    bureau = {"water": f"{c}市水利局", "forest": f"{c}市林业局", "stat": f"{c}市统计局",
              "archive": f"{c}市档案局", "kg": f"{c}市教育局", "pe": f"{c}市教育局",
              "tcm": f"{c}市卫生健康委员会", "radio": f"{c}市卫生健康委员会", "bamboo": f"{c}市工业和信息化局"}[prof]
    opts = [society, bureau, f"{x}人民医院" if prof in ("tcm", "radio") else normal,
            f"中共{x}委党校" if not x.endswith("区") else f"中共{c}市委党校"]
    if prof == "bamboo":
        opts.append(f"{c}市竹韵新材料有限公司")
    return rng.choice(opts)


def topic(rng: random.Random, prof: str) -> str:
    return rng.choice(TOPICS[prof])


# ---- dates ------------------------------------------------------------------------------------
STYLES = ("iso", "cn", "cnpad", "han", "dot", "dotpad", "slash")


def rdate(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def fd(d: dt.date, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cnpad":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "han":
        return f"{cn_year(d.year)}年{cn_num(d.month)}月{cn_num(d.day)}日"
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "dotpad":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


def fm(y: int, m: int, style: str) -> str:
    if style == "han":
        return f"{cn_year(y)}年{cn_num(m)}月"
    if style in ("dot", "dotpad"):
        return f"{y}.{m:02d}"
    if style in ("iso", "slash"):
        return f"{y}-{m:02d}" if style == "iso" else f"{y}/{m:02d}"
    return f"{y}年{m}月"


def frange(a: dt.date, b: dt.date, style: str, sep: str = "至") -> str:
    if style in ("cn", "cnpad") and a.year == b.year:
        pad = style == "cnpad"
        if a.month == b.month:
            tail = f"{b.day:02d}日" if pad else f"{b.day}日"
        else:
            tail = f"{b.month:02d}月{b.day:02d}日" if pad else f"{b.month}月{b.day}日"
        return fd(a, style) + sep + tail
    return fd(a, style) + sep + fd(b, style)


def date_forms(iso: str) -> list[str]:
    """Every way this draw prints a date (or a month)."""
    if len(iso) == 7:
        y, m = int(iso[:4]), int(iso[5:])
        return sorted({fm(y, m, s) for s in STYLES})
    d = dt.date.fromisoformat(iso)
    return sorted({fd(d, s) for s in STYLES})


def tail_forms(iso: str) -> list[str]:
    d = dt.date.fromisoformat(iso)
    out = [f"{d.month}月{d.day}日", f"{d.month:02d}月{d.day:02d}日"]
    for sep in ("至", "—", "-", "～"):
        out += [f"{sep}{d.day}日", f"{sep}{d.day:02d}日"]
    return out


def iso(d: dt.date) -> str:
    return d.isoformat()


# ---- page helpers ------------------------------------------------------------------------------
def fit(s: str, font: str, size: float, width: float) -> float:
    """The largest size <= size at which s fits width."""
    while size > 6 and width_mm(s, font, size) > width:
        size -= 0.5
    return size


def ctext(pg: Page, y: float, s: str, size: float, font: str, width: float | None = None,
          color: tuple[int, int, int] = (20, 20, 20), x: float | None = None) -> float:
    size = fit(s, font, size, width or pg.w - 36)
    pg.text(pg.w / 2 if x is None else x, y, s, size, font, "c", color)
    return y + size * 0.3528 * 1.7


def qr(pg: Page, x: float, y: float, s: float, rng: random.Random) -> None:
    """A QR-code-like block of squares."""
    pg.rect(x, y, x + s, y + s, 0.4)
    n = 17
    c = s / n
    for i in range(n):
        for j in range(n):
            corner = (i < 4 and j < 4) or (i < 4 and j > n - 5) or (i > n - 5 and j < 4)
            if corner:
                edge = i in (0, 3, n - 1, n - 4) or j in (0, 3, n - 1, n - 4)
                mid = (1 <= i <= 2 or n - 3 <= i <= n - 2) and (1 <= j <= 2 or n - 3 <= j <= n - 2)
                if edge or mid:
                    pg.rect(x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c, 0, fill=(25, 25, 25))
            elif rng.random() < 0.45:
                pg.rect(x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c, 0, fill=(25, 25, 25))


def phone_frame(pg: Page, ctx: Ctx, app: str, clock: str) -> float:
    """A phone status bar and app title bar; returns the y below."""
    pg.bg = (244, 245, 247)
    pg.rect(0, 0, pg.w, 9, 0, fill=(250, 250, 250))
    pg.text(5, 2.2, clock, 8, ctx.body)
    pg.text(pg.w - 5, 2.2, "5G  87%", 8, ctx.body, "r")
    pg.rect(0, 9, pg.w, 21, 0, fill=(255, 255, 255))
    pg.text(5, 12.5, "<", 12, ctx.body)
    pg.text(pg.w / 2, 12.8, app, 11, ctx.bold, "c")
    pg.text(pg.w - 5, 12.5, "···", 11, ctx.body, "r")
    pg.line(0, 21, pg.w, 21, 0.2, (220, 220, 220))
    return 26.0


def desk(pg: Page, rng: random.Random) -> tuple[float, float, float, float]:
    """A wooden desk with other papers; returns the sheet's box (x0, y0, x1, y1)."""
    pg.bg = (150, 112, 78)
    for i in range(0, int(pg.h), 7):
        pg.line(0, i + rng.uniform(0, 3), pg.w, i + rng.uniform(0, 3), 0.4, (135, 98, 66))
    pg.rect(pg.w * 0.62, -5, pg.w + 10, pg.h * 0.35, 0, fill=(236, 234, 226))
    for i in range(6):
        pg.line(pg.w * 0.65, 8 + i * 6, pg.w - 2, 8 + i * 6, 0.5, (170, 170, 170))
    pg.rect(-5, pg.h * 0.78, pg.w * 0.4, pg.h + 5, 0, fill=(228, 226, 240))
    x0, y0 = 16 + rng.uniform(0, 6), 20 + rng.uniform(0, 6)
    box = (x0, y0, pg.w - 22 - rng.uniform(0, 6), pg.h - 26 - rng.uniform(0, 6))
    pg.rect(box[0] + 1.5, box[1] + 1.5, box[2] + 1.5, box[3] + 1.5, 0, fill=(95, 70, 50))
    pg.rect(*box, 0, fill=(252, 251, 246))
    return box


def serial(rng: random.Random, prefix: str, n: int = 8) -> str:
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone_no(rng: random.Random) -> str:
    return "1" + rng.choice("35789") + "".join(str(rng.randint(0, 9)) for _ in range(9))


def landline(rng: random.Random, city: str) -> str:
    return ("0371-" if city == "开封" else "0737-") + "".join(str(rng.randint(0, 9)) for _ in range(7))


def addr(rng: random.Random, c: str, x: str) -> str:
    road = rng.choice(["迎宾路", "建设路", "滨江大道", "金明大道", "桃花江路", "五一西路", "黄河大街", "龙亭北路"])
    return f"{CITIES[c][0]}省{c}市{x}{road}{rng.randint(1, 399)}号"


JOURNAL_WORDS = {"water": "水利|水资源|水电|灌溉|泥沙|水土保持|水科学", "tcm": "中医|中药|中草药|针灸",
                 "radio": "放射学|影像|医学杂志", "kg": "教育|心理|儿童", "pe": "体育|运动", "forest": "林业|森林|林学|植物",
                 "bamboo": "林产|木材|林业|竹", "archive": "档案|情报|地理信息|地理研究", "stat": "统计|数理|经济"}


def pick_journal(rng: random.Random, prof: str):  # noqa: ANN201
    import re

    pool = [j for j in journals() if re.search(JOURNAL_WORDS[prof], j.name)] or list(journals())
    return rng.choice(pool)
