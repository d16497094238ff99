"""Draw 20: the context, the layout families and the pools (people, workplaces, issuers, topics)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.blind import common

VARIANTS: dict[str, list[str]] = {
    "t20.layout.cert": ["prose", "grid", "platform", "app", "wide", "filled", "seal", "month"],
    "t20.layout.sign": ["grid", "split", "wide", "pages", "online", "book", "sessions"],
    "t20.layout.notice": ["redhead", "invite", "agenda", "marked", "wechat", "roster", "meeting"],
    "t20.layout.qual": ["diploma", "degree", "courses", "single", "computer", "record", "wide"],
    "t20.layout.misc": ["receipt", "appoint", "appraisal", "accept", "service", "contract"],
    "t20.layout.article": ["first", "twocol", "cover", "toc", "cnki", "masthead", "search"],
    "t20.layout.book": ["cover", "cip", "title", "board", "transl", "spread", "colophon"],
    "t20.layout.patent": ["classic", "utility", "design", "gazette", "query", "ecert", "copy"],
    "t20.layout.award": ["classic", "honour", "wide", "decision", "team", "contest", "month"],
    "t20.layout.project": ["cert", "letter", "accept", "form", "wide", "online", "notice"],
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
        vs = VARIANTS[f"t20.layout.{family}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"{family}20-{v}")
        return v

    def pick(self, label: str, seq: list) -> object:
        i = self.rng.randrange(len(seq))
        self.used.append(f"{label}#{i}")
        return seq[i]


def zl_check(digits12: str) -> str:
    return common.patent_check(digits12)


def issn_digit(d7: str) -> str:
    return common.issn_check(d7)


def isbn_digit(d12: str) -> str:
    return common.isbn13_check(d12)


# ---- dates ---------------------------------------------------------------------------------
HAN = "〇一二三四五六七八九"


def han_year(y: int) -> str:
    return "".join(HAN[int(c)] for c in str(y))


def han_num(n: int) -> str:
    if n < 10:
        return HAN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else HAN[tens]) + "十" + (HAN[ones] if ones else "")


DATE_STYLES = ["cn", "cn0", "dot", "dash", "han", "dots", "slash"]


def day(d: dt.date, style: str) -> str:
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash":
        return d.isoformat()
    if style == "han":
        return f"{han_year(d.year)}年{han_num(d.month)}月{han_num(d.day)}日"
    if style == "dots":
        return f"{d.year}.{d.month}.{d.day}"
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def month(y: int, m: int, style: str) -> str:
    if style == "han":
        return f"{han_year(y)}年{han_num(m)}月"
    if style in ("dot", "slash"):
        return f"{y}.{m:02d}"
    if style == "dots":
        return f"{y}.{m}"
    if style == "dash":
        return f"{y}-{m:02d}"
    if style == "cn0":
        return f"{y}年{m:02d}月"
    return f"{y}年{m}月"


def span(a: dt.date, b: dt.date, style: str, joint: str = "至") -> str:
    """A period as printed; the Chinese styles drop a repeated year (and month) from the end."""
    if style in ("cn", "cn0", "han") and a.year == b.year:
        full = day(b, style)
        cut = full.split("年", 1)[1]
        if a.month == b.month:
            cut = cut.split("月", 1)[1]
        return day(a, style) + joint + cut
    return day(a, style) + joint + day(b, style)


def iso_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def some_day(rng: random.Random, y0: int = 2018, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def later(d: dt.date, lo: int, hi: int, rng: random.Random) -> dt.date:
    return d + dt.timedelta(days=rng.randint(lo, hi))


# ---- people --------------------------------------------------------------------------------
FAMILY = list(
    "王张李刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
DOUBLE = ["欧阳", "司徒", "尉迟", "上官", "皇甫", "令狐"]
GIVEN1 = list("志建国永红文明晓海春玉新立金宏振德俊家子世秀丽慧静雅思")
GIVEN2 = list("强军平华勇涛斌杰鹏峰磊超辉刚芳敏燕娟霞萍琴莉婷颖琳琪宇航帆森林波浩然锋坤")


def person(rng: random.Random, taken: set[str]) -> str:
    for _ in range(80):
        fam = rng.choice(DOUBLE) if rng.random() < 0.05 else rng.choice(FAMILY)
        if rng.random() < 0.3:
            nm = fam + rng.choice(GIVEN2)
        else:
            nm = fam + rng.choice(GIVEN1) + rng.choice(GIVEN2)
        if nm not in taken:
            taken.add(nm)
            return nm
    raise RuntimeError("no fresh name")


def people(rng: random.Random, n: int) -> list[str]:
    taken: set[str] = set()
    return [person(rng, taken) for _ in range(n)]


# ---- places and workplaces -----------------------------------------------------------------
HENAN = {"开封": ["杞县", "通许县", "尉氏县", "兰考县", "祥符区"], "郑州": ["中牟县", "新郑市"]}
HUNAN = {"益阳": ["桃江县", "安化县", "南县", "沅江市", "赫山区", "资阳区"], "常德": ["汉寿县", "澧县"]}
PROV = {"河南": HENAN, "湖南": HUNAN}
DESKS = [
    "{x}农业农村局",
    "{x}水利局",
    "{x}住房和城乡建设局",
    "{x}农业技术推广中心",
    "{x}水利工程管理站",
    "{x}畜牧兽医服务中心",
    "{x}土壤肥料工作站",
    "{x}植保植检站",
    "{x}建设工程质量监督站",
    "{x}农机化技术推广站",
    "{x}水土保持工作站",
    "{x}林业发展中心",
]


def locale(rng: random.Random) -> tuple[str, str, str]:
    prov = rng.choice(list(PROV))
    city = rng.choice(list(PROV[prov]))
    return prov, city, rng.choice(PROV[prov][city])


def workplace(rng: random.Random, county: str) -> str:
    return rng.choice(DESKS).format(x=county)


UNIS = {
    "河南": ["河南农业大学", "河南大学", "华北水利水电大学", "黄河水利职业技术学院", "河南工业大学"],
    "湖南": ["湖南农业大学", "长沙理工大学", "湖南水利水电职业技术学院", "湖南城市学院", "中南林业科技大学"],
}
TRAINERS = {
    "河南": [
        "{c}市人力资源和社会保障局",
        "{c}市水利局",
        "{c}市农业农村局",
        "河南省水利厅",
        "河南农业大学继续教育学院",
        "华北水利水电大学继续教育学院",
        "{c}市农林科学研究院",
        "河南省农业广播电视学校",
    ],
    "湖南": [
        "{c}市人力资源和社会保障局",
        "{c}市水利局",
        "{c}市农业农村局",
        "湖南省水利厅",
        "湖南农业大学继续教育学院",
        "湖南水利水电职业技术学院",
        "{c}市住房和城乡建设局",
        "湖南省农业广播电视学校",
    ],
}


def trainer(rng: random.Random, prov: str, city: str) -> str:
    return rng.choice(TRAINERS[prov]).format(c=city)


# ---- topics --------------------------------------------------------------------------------
PUBLIC = [
    "专业技术人员职业道德与诚信建设",
    "数字经济与数字化转型",
    "全面推进乡村振兴战略",
    "专业技术人员心理健康与压力调适",
    "知识产权保护与运用",
    "生态文明建设与绿色发展",
    "网络安全与个人信息保护",
    "科技创新与成果转化",
]
PROFESSIONAL = [
    "高标准农田建设与管护技术",
    "小型水库安全运行与管理",
    "农村供水工程运行维护",
    "水稻绿色高质高效栽培技术",
    "建设工程质量安全管理",
    "河湖长制与水生态修复",
    "测土配方施肥与耕地质量提升",
    "农作物重大病虫害绿色防控",
    "农产品质量安全检测技术",
    "BIM技术在水利工程中的应用",
    "装配式建筑施工与验收",
    "节水灌溉工程设计与施工",
    "堤防工程防汛抢险技术",
    "畜禽养殖废弃物资源化利用",
]

CROPS = ["小麦", "玉米", "水稻", "油菜", "花生", "大豆", "茶叶", "柑橘", "黑茶", "莲藕", "大蒜"]
STUDY = [
    "{r}{c}高产栽培技术研究",
    "{r}{c}田间水肥一体化应用效果",
    "不同施氮水平对{c}产量及品质的影响",
    "{r}土壤养分空间变异特征分析",
    "基于无人机遥感的{c}长势监测",
    "{r}小型灌区渠系水利用系数测定",
    "{c}主要病虫害发生规律与绿色防控",
    "{r}农村供水水质状况调查与评价",
    "秸秆还田对{c}田土壤有机碳的影响",
    "{r}中小河流堤防渗流稳定分析",
    "{r}水库大坝安全监测资料分析",
    "有机肥替代化肥对{c}生长的影响",
]
REGIONS = [
    "豫东平原",
    "开封市",
    "黄河下游",
    "洞庭湖区",
    "益阳市",
    "资水流域",
    "湘中丘陵区",
    "兰考县",
    "安化县",
]


def study_title(rng: random.Random) -> str:
    return rng.choice(STUDY).format(r=rng.choice(REGIONS), c=rng.choice(CROPS))


GADGETS = [
    "一种可调节式农田灌溉喷头",
    "一种水利渠道防渗衬砌结构",
    "一种便携式土壤墒情检测装置",
    "一种秸秆粉碎还田装置",
    "一种大棚蔬菜滴灌施肥系统",
    "一种堤坝渗漏检测预警装置",
    "一种混凝土试块养护箱",
    "一种农作物种子包衣机",
    "一种河道漂浮垃圾拦截装置",
    "一种建筑施工用钢筋弯曲机",
    "一种茶叶杀青机",
    "一种稻田智能排灌闸门",
]
DESIGNS = ["灌溉控制箱", "水质检测仪", "育苗盘", "施肥器", "测流仪", "植保无人机喷头"]
