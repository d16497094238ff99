"""Draw 34's context, layout families, date styles, people and organisation pools, and page helpers."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import isbn13_check, issn_check, patent_check
from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm

D = 34

VARIANTS: dict[str, list[str]] = {
    f"t{D}.layout.cert": ["panel", "wide", "platform", "blankform", "card", "booklet", "app"],
    f"t{D}.layout.sign": ["grid", "twosession", "twoblock", "boxes", "village", "continued", "record"],
    f"t{D}.layout.notice": ["redhead", "invite", "annex", "agenda", "portal", "receipt", "hanzi"],
    f"t{D}.layout.journal": ["firstpage", "contents", "cover", "bundle", "database", "footer", "reprint"],
    f"t{D}.layout.book": ["cover", "copyright", "titlepage", "board", "translation", "catalogue"],
    f"t{D}.layout.patent": ["invention", "utility", "ecert", "register", "query", "design", "copyset"],
    f"t{D}.layout.award": ["government", "team", "bureau", "society", "contest", "month", "province"],
    f"t{D}.layout.proj": ["certificate", "letter", "dossier", "closing", "system", "blankform", "teacher"],
    f"t{D}.layout.qual": ["diploma", "master", "courses", "selfstudy", "computer", "adult", "registry"],
    f"t{D}.layout.other": ["employer", "invoice", "approval", "appraisal", "service", "appoint"],
}
FAMILY = {
    "cert": "cert", "sign": "sign", "notice": "notice", "journal": "journal", "book": "book",
    "patent": "patent", "award": "award", "proj": "proj", "qual": "qual", "other": "other",
}  # fmt: skip

INK = (28, 46, 140)
RED = (190, 30, 30)
GREY = (110, 110, 110)


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
    shown: dict[str, list[str]] = field(default_factory=dict)

    def variant(self, family: str) -> str:
        """This document's layout variant: every variant once per len(variants) documents."""
        names = VARIANTS[f"t{D}.layout.{family}"]
        v = names[(self.k + self.offset) % len(names)]
        self.used.append(f"t{D}.layout.{family}#{v}")
        return v

    def pick(self, pool: str, options: list[Any]) -> Any:
        i = self.rng.randrange(len(options))
        self.used.append(f"t{D}.{pool}#{i}")
        return options[i]

    def show(self, key: str, printed: str) -> str:
        """Note that truth field `key` is printed as `printed` (for the self-check); returns it."""
        self.shown.setdefault(key, []).append(printed)
        return printed


def zl_check(digits12: str) -> str:
    return patent_check(digits12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


# ---- dates -----------------------------------------------------------------------------------
HZ = "〇一二三四五六七八九"
STYLES = ["cn", "pad", "dot", "dash", "han", "slash", "cnsp"]


def hz_num(n: int) -> str:
    if n < 10:
        return HZ[n]
    tens, one = divmod(n, 10)
    return ("" if tens == 1 else HZ[tens]) + "十" + (HZ[one] if one else "")


def hz_year(y: int) -> str:
    return "".join(HZ[int(c)] for c in str(y))


def fd(d: dt.date, style: str) -> str:
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "pad": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "dash": d.isoformat(),
        "han": f"{hz_year(d.year)}年{hz_num(d.month)}月{hz_num(d.day)}日",
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "cnsp": f"{d.year} 年 {d.month} 月 {d.day} 日",
    }[style]


def fm(y: int, m: int, style: str) -> str:
    return {
        "cn": f"{y}年{m}月",
        "pad": f"{y}年{m:02d}月",
        "dot": f"{y}.{m:02d}",
        "dash": f"{y}-{m:02d}",
        "han": f"{hz_year(y)}年{hz_num(m)}月",
        "slash": f"{y}/{m:02d}",
        "cnsp": f"{y} 年 {m} 月",
    }[style]


def day(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def later(d: dt.date, lo: int, hi: int, rng: random.Random) -> dt.date:
    return d + dt.timedelta(days=rng.randint(lo, hi))


# ---- people ----------------------------------------------------------------------------------
XING = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂焦"
)  # noqa: E501
FUXING = ["司徒", "欧阳", "端木", "上官", "尉迟", "闻人"]
MING = list(
    "国庆建华志强秀兰桂芝凤英玉梅春燕海涛红霞文博子豪雨桐浩宇俊杰晓丽永刚卫平金凤振宇淑芬爱民德明瑞雪思雨嘉怡新民振国立群秋菊冬梅光辉明远"
)  # noqa: E501
SHAO = ["古丽娜尔", "阿不都热合曼", "娜仁高娃", "扎西顿珠", "吉木格"]


def person_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        r = rng.random()
        if r < 0.03:
            n = rng.choice(SHAO)
        elif r < 0.08:
            n = rng.choice(FUXING) + rng.choice(MING)
        else:
            n = rng.choice(XING) + "".join(rng.choice(MING) for _ in range(rng.choice((1, 2, 2, 2))))
        if n not in taken and not any(n in t or t in n for t in taken):
            taken.add(n)
            return n


def people_names(rng: random.Random, k: int) -> list[str]:
    taken: set[str] = set()
    return [person_name(rng, taken) for _ in range(k)]


# ---- places and organisations ------------------------------------------------------------------
AREAS = {
    "开封": ["尉氏县", "兰考县", "杞县", "通许县", "祥符区", "鼓楼区", "龙亭区"],
    "泰安": ["新泰市", "肥城市", "宁阳县", "东平县", "岱岳区", "泰山区"],
}
PROV = {"开封": "河南", "泰安": "山东"}
SECTORS = {
    "med": ["{a}人民医院", "{a}中医院", "{a}妇幼保健院", "{a}第二人民医院", "{a}疾病预防控制中心"],
    "vet": ["{a}动物疫病预防控制中心", "{a}畜牧兽医服务中心", "{a}农业农村局畜牧站"],
    "grain": ["{a}粮食和物资储备中心", "{a}国家粮食储备库", "{a}市场监督管理局", "{a}食品药品检验检测中心"],
    "road": ["{a}公路事业发展中心", "{a}交通运输局公路养护站", "{c}市公路勘察设计院"],
    "mine": ["{a}能源集团某煤矿", "{a}应急管理局", "{a}煤矿安全技术服务中心"],
    "school": ["{a}实验小学", "{a}第一小学", "{a}城关镇中心小学", "{a}教育和体育局教研室"],
}
SECTOR_NAMES = list(SECTORS)


def city(rng: random.Random) -> str:
    return rng.choice(list(AREAS))


def workplace(rng: random.Random, c: str, sector: str) -> str:
    a = rng.choice(AREAS[c])
    return (
        rng.choice(SECTORS[sector])
        .format(a=a, c=c)
        .replace("某煤矿", rng.choice(["华丰煤矿", "孙村煤矿", "协庄煤矿", "翟镇煤矿"]))
    )  # noqa: E501


TOPICS = {
    "med": [
        "县域医共体慢性病规范化管理",
        "基层常见急危重症识别与转诊",
        "抗菌药物临床合理应用",
        "乡村医生心电图判读提升",
    ],
    "vet": [
        "非洲猪瘟常态化防控技术",
        "规模养殖场生物安全体系建设",
        "动物检疫规程与病死畜禽无害化处理",
        "牛羊布鲁氏菌病监测技术",
    ],
    "grain": [
        "储粮害虫综合防治与低温储粮技术",
        "粮油质量检验标准解读",
        "食品安全快速检测实务",
        "粮食仓储安全生产管理",
    ],
    "road": [
        "公路沥青路面预防性养护技术",
        "农村公路桥梁安全评估",
        "公路工程质量检测与试验",
        "交通工程施工安全管理",
    ],
    "mine": [
        "煤矿瓦斯防治与通风安全",
        "矿井水害防治技术",
        "煤矿安全风险分级管控与隐患排查",
        "采煤工作面顶板管理",
    ],
    "school": [
        "小学语文大单元教学设计",
        "义务教育数学新课标解读",
        "小学科学探究式课堂实践",
        "班主任心理健康教育能力提升",
    ],
}
PUBLIC_TOPICS = [
    "数字经济与创新驱动发展",
    "专业技术人员职业道德与诚信建设",
    "乡村振兴战略与县域发展",
    "总体国家安全观学习",
    "知识产权保护与运用",
]  # noqa: E501

TRAINERS = {
    "med": ["{p}省卫生健康委员会", "{c}市卫生健康委员会", "{c}市医学会", "{p}省基层卫生协会"],
    "vet": ["{p}省畜牧兽医学会", "{c}市农业农村局", "{p}省动物疫病预防控制中心"],
    "grain": ["{c}市发展和改革委员会", "{p}省粮食行业协会", "{c}市市场监督管理局"],
    "road": ["{p}省公路学会", "{c}市交通运输局", "{p}省交通运输厅干部学校"],
    "mine": ["{p}省煤矿安全培训中心", "{c}市应急管理局", "{p}省煤炭学会"],
    "school": ["{c}市教育局", "{p}省教育科学研究院", "{c}市教师发展中心"],
}
PUBLIC_TRAINERS = [
    "{c}市人力资源和社会保障局",
    "{p}省专业技术人员继续教育基地",
    "{c}市专业技术人员继续教育服务中心",
]  # noqa: E501
TITLES = {
    "med": ["主治医师", "副主任医师", "主管护师", "医师"],
    "vet": ["兽医师", "高级兽医师", "助理兽医师"],
    "grain": ["工程师", "高级工程师", "助理工程师"],
    "road": ["工程师", "高级工程师", "助理工程师"],
    "mine": ["工程师", "安全工程师", "高级工程师"],
    "school": ["一级教师", "二级教师", "高级教师"],
}


@dataclass
class Setting:
    city: str
    prov: str
    sector: str
    unit: str


def setting(ctx: Ctx) -> Setting:
    c = city(ctx.rng)
    s = ctx.rng.choice(SECTOR_NAMES)
    return Setting(c, PROV[c], s, workplace(ctx.rng, c, s))


def org(ctx: Ctx, st: Setting, pool: list[str]) -> str:
    return ctx.rng.choice(pool).format(c=st.city, p=st.prov)


# ---- page helpers ------------------------------------------------------------------------------
def hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 14.0, align: str = "l") -> float:
    """A handwritten fill-in in blue ink (the brush face, slightly off the line)."""
    dy = ctx.rng.uniform(-0.8, 0.4)
    return pg.text(x, y + dy, s, size, ctx.hand, align, INK)


def blank(
    pg: Page, ctx: Ctx, x: float, y: float, label: str, value: str, width: float, size: float = 12.5
) -> float:
    """`label ____` with the value written by hand on the rule; returns the x after the rule."""
    w = pg.text(x, y, label, size, ctx.body)
    x0 = x + w + 1
    pg.line(x0, y + size * 0.3528 * 1.2, x0 + width, y + size * 0.3528 * 1.2, 0.25)
    hand(pg, ctx, x0 + 2, y - 0.6, value, size + 1)
    return x0 + width + 2


def browser(pg: Page, ctx: Ctx, url: str, tab: str, stamp: str, page_no: str) -> None:
    """Header and footer of a page printed from a web browser."""
    pg.text(12, 6, stamp, 7.5, ctx.body, "l", GREY)
    pg.text(pg.w / 2, 6, tab, 7.5, ctx.body, "c", GREY)
    pg.text(12, pg.h - 9, url, 7.5, ctx.body, "l", GREY)
    pg.text(pg.w - 12, pg.h - 9, page_no, 7.5, ctx.body, "r", GREY)


def phone_frame(pg: Page, ctx: Ctx, clock: str, head: str) -> float:
    """A phone screenshot's status bar and title bar; returns the y below them."""
    pg.rect(0, 0, pg.w, 9, 0, fill=(245, 245, 245))
    pg.text(5, 2.2, clock, 8, ctx.body)
    pg.text(pg.w - 5, 2.2, "5G  87%", 8, ctx.body, "r")
    pg.rect(0, 9, pg.w, 21, 0, fill=(250, 250, 250))
    pg.text(5, 12.5, "<", 11, ctx.body)
    pg.text(pg.w / 2, 12.5, head, 11, ctx.bold, "c")
    pg.line(0, 21, pg.w, 21, 0.2, (200, 200, 200))
    return 27.0


def centre(
    pg: Page, ctx: Ctx, y: float, s: str, size: float, bold: bool = False, color: Any = (20, 20, 20)
) -> float:
    pg.text(pg.w / 2, y, s, size, ctx.bold if bold else ctx.body, "c", color)
    return y + size * 0.3528 * 1.7


def fit(s: str, font: str, size: float, width: float) -> float:
    """The largest size <= `size` at which `s` fits in `width` mm."""
    while size > 7 and width_mm(s, font, size) > width:
        size -= 0.5
    return size


def doc(
    ctx: Ctx, etype: str, family: str, v: str, pages: list[Page], fields: dict[str, Any], scored: list[str],
    claim: tuple[str, int], category: str | None = None,
) -> Doc:  # fmt: skip
    return Doc(
        etype, f"{family}{D}-{v}", pages, fields, scored, {"person": claim[0], "year": claim[1]}, category
    )


def period(a: dt.date | str, b: dt.date | str) -> dict[str, str]:
    return {
        "start": a if isinstance(a, str) else a.isoformat(),
        "end": b if isinstance(b, str) else b.isoformat(),
    }


def ym(y: int, m: int) -> str:
    return f"{y}-{m:02d}"
