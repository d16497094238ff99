"""Draw 37's own pools: context, layout families, names, workplaces, organisers, topics, date styles and the
screen / paper furniture its builders share. Everything here was written for this draw alone."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import isbn13_check, issn_check, journals, patent_check
from bench.blind.page import Page, width_mm

DRAW = 37


# ---- check digits (the test asks the pools for them) -------------------------------------------
def zl_check(digits12: str) -> str:
    return patent_check(digits12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


# ---- layout families ----------------------------------------------------------------------------
FAMILIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "training_certificate": ("xuexi", ("paper", "landscape", "tablecard", "appcard", "hospital", "webrecord")),
    "sign_in_sheet": ("qiandao", ("ruled", "handonly", "split", "lecture", "multiday", "export")),
    "training_notice": ("tongzhi", ("redhead", "invite", "schedule", "society", "webpost", "wechat")),
    "journal_article": ("qikan", ("firstpage", "bilingual", "contents", "cover", "bundle", "spread")),
    "book": ("book", ("cover", "copyright", "titlecip", "translation", "board", "textbook")),
    "patent_certificate": ("zhuanli", ("invention", "utility", "design", "einvent", "eutility", "twopage")),
    "award_certificate": ("huojiang", ("govlist", "govsingle", "bureaucomp", "society", "socsci", "appshot")),
    "project_completion": ("jieti", ("certificate", "letter", "twopage", "landscape", "eduplan", "health")),
    "qualification_certificate": ("xueli", ("graduation", "master", "doctor", "pgcourse", "selfstudy",
                                           "computer")),
    "other": ("zawu", ("receipt", "signup", "payshot", "leave", "idcopy", "workproof")),
}  # fmt: skip
VARIANTS: dict[str, list[str]] = {f"t{DRAW}.layout.{t}": list(v) for t, (_, v) in FAMILIES.items()}


@dataclass
class Ctx:
    rng: random.Random
    body: str
    bold: str
    hand: str = "ukai"
    pdf_text: bool = False
    draw: int = DRAW
    k: int = 0
    offset: int = 0
    used: list[str] = field(default_factory=list)

    def variant(self, etype: str) -> tuple[str, str]:
        """(layout name, variant) for the k-th document of a type: the variants in turn from the offset."""
        fam, vs = FAMILIES[etype]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t{DRAW}.layout.{etype}#{v}")
        return f"{fam}{DRAW}-{v}", v

    def pick(self, name: str, seq: Any) -> Any:
        i = self.rng.randrange(len(seq))
        self.used.append(f"t{DRAW}.{name}#{i}")
        return seq[i]


def variant(ctx: Ctx, etype: str) -> tuple[str, str]:
    return ctx.variant(etype)


# ---- names --------------------------------------------------------------------------------------
SURNAMES = list(
    "王李张刘陈杨赵黄周吴孙徐马胡朱郭何罗高林郑梁谢唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段"
)
RARE_SURNAMES = list("亓禚逄巩訾谌粟匡瞿晏伍仝逯牛籍扈栾隋綦鞠蔺鄢")
COMPOUND = ["欧阳", "司马", "上官", "端木", "诸葛", "东方", "皇甫"]
GIVEN = list(
    "子一晓雨嘉思梦志国建立春秋文武海天宏伟俊杰丽娜慧敏琳琪静怡婉欣浩宇泽轩博涵鑫磊淼焱森林桂香凤兰玉霞红燕伟强军勇刚毅诚信德仁义礼智学书明亮光辉晨曦若彤佩瑶锦程景行"
)
FOUR = ["欧阳晓岚", "司马文静", "上官子墨", "尼玛次仁", "格桑卓嘎", "吐尔逊江", "端木秋雨", "阿依努尔"]


def person_name(rng: random.Random, used: set[str]) -> str:
    while True:
        r = rng.random()
        if r < 0.05:
            n = rng.choice(FOUR)
        elif r < 0.10:
            n = rng.choice(COMPOUND) + rng.choice(GIVEN)
        else:
            sur = rng.choice(RARE_SURNAMES) if r < 0.22 else rng.choice(SURNAMES)
            n = sur + "".join(rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.3 else 2))
        if n not in used and len(set(n)) == len(n):
            used.add(n)
            return n


def people_names(rng: random.Random, k: int) -> list[str]:
    used: set[str] = set()
    return [person_name(rng, used) for _ in range(k)]


# ---- places, professions, workplaces, organisers ------------------------------------------------
CITIES = {
    "德州": ("山东", ["德城区", "陵城区", "禹城市", "乐陵市", "齐河县", "平原县", "夏津县", "武城县", "宁津县", "庆云县", "临邑县"]),
    "益阳": ("湖南", ["赫山区", "资阳区", "沅江市", "南县", "桃江县", "安化县", "大通湖区"]),
}  # fmt: skip
PHONE_AREA = {"德州": "0534", "益阳": "0737"}
ZIPS = {"德州": "253000", "益阳": "413000"}

# profession -> (workplaces, training topics, societies/associations)
PROF: dict[str, dict[str, list[str]]] = {
    "survey": {
        "work": ["{c}市国土空间规划测绘院", "{d}自然资源和规划局测绘队", "{c}市不动产登记中心", "{c}市勘察测绘研究院有限公司"],
        "topic": ["实景三维{c}建设与倾斜摄影测量", "不动产权籍调查与测绘成果质量检查", "北斗CORS基准站网运维与应用",
                  "第三次国土调查成果更新与数据库建设", "无人机航测外业规范与安全作业"],
        "soc": ["{p}省测绘地理信息学会", "{p}省地理信息产业协会"],
        "kw": ["测绘", "遥感", "地理"],
    },
    "supervise": {
        "work": ["{c}市建设工程监理有限公司", "{d}建设工程质量安全服务中心", "{c}市城投项目管理咨询有限公司"],
        "topic": ["建设工程监理规范与旁站监理要点", "危险性较大的分部分项工程安全管理", "装配式建筑施工质量监理",
                  "全过程工程咨询与监理转型", "房屋市政工程质量通病防治"],
        "soc": ["{p}省建设监理协会", "{p}省建筑业协会"],
        "kw": ["建筑", "土木", "工程"],
    },
    "vet": {
        "work": ["{d}畜牧兽医服务中心", "{c}市动物疫病预防控制中心", "{d}农业农村局动物卫生监督所"],
        "topic": ["非洲猪瘟常态化防控技术", "兽用抗菌药使用减量化行动", "执业兽医与乡村兽医规范诊疗",
                  "重大动物疫病监测与流行病学调查", "畜禽养殖场生物安全体系建设"],
        "soc": ["{p}省畜牧兽医学会", "{p}省兽医协会"],
        "kw": ["畜牧", "兽医"],
    },
    "pharm": {
        "work": ["{c}市人民医院药学部", "{c}市中心医院药剂科", "{c}市中医医院药学部", "{d}人民医院药剂科"],
        "topic": ["处方审核与合理用药", "抗菌药物临床应用管理", "临床药师药学门诊服务实务", "静脉用药集中调配质量管理",
                  "医疗机构药品不良反应监测"],
        "soc": ["{p}省药学会", "{p}省医院协会药事管理专业委员会"],
        "kw": ["药"],
    },
    "archive": {
        "work": ["{c}市档案馆", "{d}档案馆", "{c}市城市建设档案馆", "{c}市人民医院档案室"],
        "topic": ["电子文件单套制归档与电子档案管理", "档案数字化加工质量控制", "新修订档案法贯彻实施",
                  "机关档案规范化管理实务", "声像档案整理与著录"],
        "soc": ["{p}省档案学会", "{p}省档案事业发展中心"],
        "kw": ["档案", "图书", "情报", "信息"],
    },
    "broadcast": {
        "work": ["{c}市广播电视台", "{d}融媒体中心", "{c}市广播电视监测中心", "{c}市应急广播中心"],
        "topic": ["应急广播体系建设与运维", "超高清电视制播技术", "地面数字电视发射机维护", "融媒体中心技术平台建设",
                  "广播电视安全播出管理"],
        "soc": ["{p}省广播电视协会", "{p}省电影电视工程学会"],
        "kw": ["电视", "通信", "电子", "声学"],
    },
    "forest": {
        "work": ["{d}林业局", "{c}市林业科学研究所", "{d}国有林场", "{c}市自然资源局林业保护发展中心"],
        "topic": ["松材线虫病疫情防控技术", "森林防火与扑火安全", "油茶低产林改造技术", "林长制与森林资源监测",
                  "国家储备林建设与经营"],
        "soc": ["{p}省林学会", "{p}省林业有害生物防治协会"],
        "kw": ["林"],
    },
    "vocational": {
        "work": ["{c}市职业中等专业学校", "{d}职业中专", "{c}市工业学校", "{c}市第一中等职业学校", "{d}职教中心"],
        "topic": ["中职教师教学能力比赛备赛", "职业教育课程思政建设", "1+X证书制度与书证融通", "中职数控专业实训教学",
                  "新版中职专业教学标准解读"],
        "soc": ["{p}省职业技术教育学会", "{p}省教育学会职业教育专业委员会"],
        "kw": ["教育", "计算机", "机械"],
    },
}  # fmt: skip
PUBLIC_TOPICS = [
    "专业技术人员职业道德与诚信建设", "数字经济与数字政府建设", "人工智能技术与产业发展", "专业技术人员知识产权保护",
    "新质生产力与高质量发展", "公文写作与政务信息化", "心理健康与压力管理",
]  # fmt: skip
BUREAUS = {
    "德州": ["德州市人力资源和社会保障局", "德州市自然资源和规划局", "德州市住房和城乡建设局", "德州市农业农村局",
             "德州市卫生健康委员会", "德州市档案馆", "德州市文化和旅游局", "德州市教育和体育局"],
    "益阳": ["益阳市人力资源和社会保障局", "益阳市自然资源和规划局", "益阳市住房和城乡建设局", "益阳市农业农村局",
             "益阳市卫生健康委员会", "益阳市档案馆", "益阳市林业局", "益阳市教育局", "益阳市文化旅游广电局"],
}  # fmt: skip
COLLEGES = {
    "德州": ["德州学院继续教育学院", "山东建筑大学继续教育学院", "山东农业大学继续教育学院", "齐鲁工业大学继续教育学院"],
    "益阳": ["湖南城市学院继续教育学院", "湖南农业大学继续教育学院", "湖南师范大学继续教育学院", "中南林业科技大学继续教育学院"],
}  # fmt: skip
HOSPITALS = {
    "德州": ["德州市人民医院", "德州市第二人民医院", "德州市中医院"],
    "益阳": ["益阳市中心医院", "益阳市第一中医医院", "益阳市人民医院"],
}
BUREAU_OF = {"survey": ["自然资源"], "supervise": ["住房"], "vet": ["农业"], "pharm": ["卫生"], "archive": ["档案"],
             "broadcast": ["文化", "广电"], "forest": ["林业", "自然资源"], "vocational": ["教育"]}  # fmt: skip
PLATFORMS = ["专技云课堂", "技能通在线学院", "知行继续教育平台", "学时宝", "远程专技学堂"]
DOMAINS = {"专技云课堂": "zjyun.cn", "技能通在线学院": "jnt-edu.com", "知行继续教育平台": "zhixing-cme.cn",
           "学时宝": "xueshibao.net", "远程专技学堂": "ycxt.org.cn"}  # fmt: skip
UNIVS = {
    "德州": ["德州学院", "山东农业大学", "山东建筑大学", "山东师范大学", "山东第一医科大学", "聊城大学"],
    "益阳": [
        "湖南城市学院",
        "湖南农业大学",
        "中南林业科技大学",
        "湖南师范大学",
        "湖南中医药大学",
        "长沙理工大学",
    ],
}
PROF_TITLES = {
    "survey": ["测绘工程师", "高级工程师", "助理工程师"], "supervise": ["工程师", "高级工程师", "注册监理工程师"],
    "vet": ["兽医师", "高级兽医师", "助理兽医师"], "pharm": ["药师", "主管药师", "副主任药师"],
    "archive": ["馆员", "副研究馆员", "助理馆员"], "broadcast": ["工程师", "高级工程师", "助理工程师"],
    "forest": ["林业工程师", "高级工程师", "助理工程师"], "vocational": ["讲师", "高级讲师", "助理讲师"],
}  # fmt: skip
TITLES = ["工程师", "高级工程师", "助理工程师", "主管药师", "副主任药师", "兽医师", "高级兽医师", "馆员", "副研究馆员",
          "讲师", "高级讲师", "林业工程师", "技术员"]  # fmt: skip


@dataclass
class Scene:
    """Who and where: a city, a county, a profession, its workplace, topic and organisers."""

    city: str
    prov: str
    county: str
    prof: str
    work: str
    topic: str
    soc: str
    bureau: str


def scene(ctx: Ctx, prof: str | None = None) -> Scene:
    rng = ctx.rng
    city = ctx.pick("city", list(CITIES))
    prov, counties = CITIES[city]
    county = rng.choice(counties)
    if prof is None:
        prof = ctx.pick("prof", list(PROF))
    p = PROF[prof]
    fmt = {"c": city, "d": county, "p": prov}
    work = rng.choice(p["work"]).format(**fmt)
    topic = rng.choice(p["topic"]).format(**fmt)
    soc = rng.choice(p["soc"]).format(**fmt)
    own = [x for x in BUREAUS[city] if any(w in x for w in BUREAU_OF[prof])]
    bureau = rng.choice(BUREAUS[city][:1] + own) if own else BUREAUS[city][0]
    return Scene(city, prov, county, prof, work, topic, soc, bureau)


def phone(rng: random.Random, city: str | None = None) -> str:
    if city and rng.random() < 0.5:
        return f"{PHONE_AREA[city]}-{rng.randint(2000000, 8999999)}"
    return f"1{rng.choice('3578')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"


def id_number(rng: random.Random, city: str, born: dt.date, female: bool) -> str:
    area = {"德州": "3714", "益阳": "4309"}[city] + f"{rng.randint(1, 28):02d}"
    seq = rng.randint(10, 99) * 10 + (rng.choice([0, 2, 4, 6, 8]) if female else rng.choice([1, 3, 5, 7, 9]))
    body = f"{area}{born:%Y%m%d}{seq:03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = "10X98765432"[sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11]
    return body + c


def serial(rng: random.Random, prefix: str = "", n: int = 8) -> str:
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(n))


def pick_journal(ctx: Ctx, prof: str) -> Any:
    js = journals()
    kws = PROF[prof]["kw"]
    fit = [j for j in js if any(w in j.name for w in kws)]
    return ctx.rng.choice(fit or list(js))


# ---- dates --------------------------------------------------------------------------------------
CN = "〇一二三四五六七八九"
STYLES = ("cn", "cnpad", "cnnum", "dot", "dotshort", "slash", "iso", "slashpad")


def cnnum(n: int) -> str:
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def cnyear(y: int) -> str:
    return "".join(CN[int(c)] for c in str(y))


def fd(d: dt.date, style: str) -> str:
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cnpad": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "cnnum": f"{cnyear(d.year)}年{cnnum(d.month)}月{cnnum(d.day)}日",
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "dotshort": f"{d.year}.{d.month}.{d.day}",
        "slash": f"{d.year}/{d.month}/{d.day}",
        "slashpad": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "iso": d.isoformat(),
    }[style]


def fm(y: int, m: int, style: str) -> str:
    return {
        "cnnum": f"{cnyear(y)}年{cnnum(m)}月",
        "dot": f"{y}.{m:02d}",
        "dotshort": f"{y}.{m}",
        "slash": f"{y}/{m}",
        "slashpad": f"{y}/{m:02d}",
        "iso": f"{y}-{m:02d}",
        "cnpad": f"{y}年{m:02d}月",
    }.get(style, f"{y}年{m}月")


def frange(a: dt.date, b: dt.date, style: str, sep: str = "至") -> str:
    """A period as printed; the Chinese styles drop a repeated year (and month) from the end."""
    if a == b:
        return fd(a, style)
    if style in ("cn", "cnpad") and a.year == b.year:
        if a == b:
            return fd(a, style)
        pad = style == "cnpad"
        tail = (
            (f"{b.month:02d}月{b.day:02d}日" if pad else f"{b.month}月{b.day}日")
            if a.month != b.month
            else (f"{b.day:02d}日" if pad else f"{b.day}日")
        )
        return fd(a, style) + sep + tail
    return fd(a, style) + sep + fd(b, style)


def date_forms(iso: str) -> list[str]:
    """Every printed form a truth date may take in this draw (for the self-check)."""
    parts = [int(x) for x in iso.split("-")]
    if len(parts) == 2:
        return list({fm(parts[0], parts[1], s) for s in STYLES + ("plain",)})
    d = dt.date(*parts)
    out = {fd(d, s) for s in STYLES}
    out |= {f"{d.month}月{d.day}日", f"{d.month:02d}月{d.day:02d}日", f"{d.day}日", f"{d.day:02d}日"}
    return list(out)


def some_date(rng: random.Random, y0: int = 2018, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def plus(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


# ---- furniture ----------------------------------------------------------------------------------
def fit_size(text: str, font: str, size: float, width: float, floor: float = 8.0) -> float:
    while size > floor and width_mm(text, font, size) > width:
        size -= 0.5
    return size


def phone_page(ctx: Ctx, title: str, clock: str, app_bg: tuple[int, int, int] = (245, 246, 248)) -> Page:
    """A phone screenshot: status bar, app header with a back arrow, a light background."""
    pg = Page(w=90.0, h=190.0, bg=app_bg)
    pg.rect(0, 0, 90, 7, 0, fill=(250, 250, 250))
    pg.text(4, 1.6, clock, 7.5, ctx.body)
    pg.text(86, 1.6, f"5G  {ctx.rng.randint(21, 98)}%", 7.5, ctx.body, "r")
    pg.rect(0, 7, 90, 17, 0, fill=(255, 255, 255))
    pg.text(4, 9.6, "<", 11, ctx.body)
    pg.text(45, 9.8, title, fit_size(title, ctx.bold, 10.5, 62), ctx.bold, "c")
    pg.text(86, 9.8, "···", 10, ctx.body, "r")
    pg.line(0, 17, 90, 17, 0.2, (220, 220, 220))
    return pg


def web_page(ctx: Ctx, url: str, tab: str, w: float = 280.0, h: float = 180.0) -> Page:
    """A desktop browser screenshot: tab strip, address bar."""
    pg = Page(w=w, h=h)
    pg.rect(0, 0, w, 9, 0, fill=(222, 225, 230))
    pg.rect(4, 2, 70, 9, 0, fill=(255, 255, 255))
    pg.text(7, 3.6, tab[:16], 7.5, ctx.body)
    pg.rect(0, 9, w, 18, 0, fill=(248, 248, 250))
    pg.rect(22, 10.5, w - 30, 16.5, 0.2, (200, 200, 200), (255, 255, 255))
    pg.text(6, 11.3, "← → ⟳", 8, ctx.body)
    pg.text(26, 11.6, url, 8, ctx.body, color=(70, 70, 70))
    return pg


def qr(
    pg: Page,
    x: float,
    y: float,
    s: float,
    rng: random.Random,
    caption: str | None = None,
    size: float = 7.0,
    font: str = "noto_sans",
) -> None:
    """A QR-code-like block with an optional caption under it."""
    n = 11
    c = s / n
    pg.rect(x, y, x + s, y + s, 0.2)
    for i in range(n):
        for j in range(n):
            corner = (i < 3 and j < 3) or (i < 3 and j >= n - 3) or (i >= n - 3 and j < 3)
            if corner or rng.random() < 0.45:
                pg.rect(x + i * c, y + j * c, x + (i + 1) * c, y + (j + 1) * c, 0, fill=(25, 25, 25))
    if caption:
        pg.text(x + s / 2, y + s + 1.5, caption, size, font, "c")


def photo_box(pg: Page, x: float, y: float, w: float, h: float, font: str) -> None:
    pg.rect(x, y, x + w, y + h, 0.3, (120, 120, 120), (236, 238, 242))
    pg.text(x + w / 2, y + h / 2 - 2, "照片", 9, font, "c", (140, 140, 140))


def hours_s(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else str(h)
