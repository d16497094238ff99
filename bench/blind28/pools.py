"""Draw 28's context, layout variants, word pools, date printing and check digits."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind import common
from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm

DRAW = 28

VARIANTS: dict[str, list[str]] = {
    "t28.layout.cert": [
        "platform",
        "bilingual",
        "landscape",
        "screen",
        "handfill",
        "letter",
        "transcript",
        "booklet",
    ],
    "t28.layout.signin": ["grid", "twinblock", "typed", "continued", "export", "handonly", "landscape"],
    "t28.layout.notice": ["redhead", "invite", "agenda", "wechat", "annotated", "receipt", "timetable"],
    "t28.layout.journal": ["firstpage", "contents", "cover", "spread", "bilingual", "masthead", "dbprint"],
    "t28.layout.book": ["cover", "cip", "titlecip", "spread", "translation", "board", "photo"],
    "t28.layout.patent": ["classic", "annexed", "design", "electronic", "photo", "sealover"],
    "t28.layout.award": ["personal", "team", "decision", "contest", "bureau", "monthly", "county"],
    "t28.layout.project": ["certificate", "proof", "acceptance", "landscape", "roster", "monthly", "twopage"],
    "t28.layout.qual": ["diploma", "master", "doctor", "courses", "selfstudy", "computer", "chsi"],
    "t28.layout.other": ["ledger", "invoice", "unitproof", "appointment", "photos", "transcript"],
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
    shown: list[tuple[str, str, Any]] = field(default_factory=list)

    def variant(self, family: str) -> str:
        vs = VARIANTS[f"t28.layout.{family}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"{family}:{v}")
        return v

    def pick(self, seq: Any) -> Any:
        return self.rng.choice(list(seq))

    def show(self, path: str, text: str, value: Any = None) -> str:
        """Record that `text` is printed for the scored field `path` (checked by bench.blind28.check)."""
        self.shown.append((path, text, value))
        return text


def make(ctx: Ctx, etype: str, family: str, variant: str, pages: list[Page], fields: dict[str, Any],
         scored: list[str], claim: dict[str, Any], category: str | None = None) -> Doc:  # fmt: skip
    doc = Doc(etype, f"{family}28-{variant}", pages, fields, scored, claim, category)
    doc.shown = list(ctx.shown)  # type: ignore[attr-defined]
    return doc


# ---- check digits (wrapping the shared helpers) ---------------------------------------------
def zl_check(digits12: str) -> str:
    return common.patent_check(digits12)


def issn_digit(d7: str) -> str:
    return common.issn_check(d7)


def isbn_digit(d12: str) -> str:
    return common.isbn13_check(d12)


# ---- dates ------------------------------------------------------------------------------------
HAN = "〇一二三四五六七八九"
STYLES = ["nian", "nian0", "dot", "iso", "han", "han_o", "dot1", "slash", "gap"]


def _han_n(n: int) -> str:
    if n < 10:
        return HAN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HAN[t]) + "十" + (HAN[u] if u else "")


def han_year(y: int, o: str = "〇") -> str:
    return "".join(HAN[int(c)] for c in str(y)).replace("〇", o)


def day(d: dt.date, style: str) -> str:
    y, m, dd = d.year, d.month, d.day
    return {
        "nian": f"{y}年{m}月{dd}日",
        "nian0": f"{y}年{m:02d}月{dd:02d}日",
        "dot": f"{y}.{m:02d}.{dd:02d}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "han": f"{han_year(y)}年{_han_n(m)}月{_han_n(dd)}日",
        "han_o": f"{han_year(y, '○')}年{_han_n(m)}月{_han_n(dd)}日",
        "dot1": f"{y}.{m}.{dd}",
        "slash": f"{y}/{m:02d}/{dd:02d}",
        "gap": f"{y} 年 {m} 月 {dd} 日",
    }[style]


def month(y: int, m: int, style: str) -> str:
    if style in ("han", "han_o"):
        return f"{han_year(y, '〇' if style == 'han' else '○')}年{_han_n(m)}月"
    if style in ("dot", "dot1"):
        return f"{y}.{m:02d}" if style == "dot" else f"{y}.{m}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "slash":
        return f"{y}/{m:02d}"
    if style == "gap":
        return f"{y} 年 {m} 月"
    return f"{y}年{m:02d}月" if style == "nian0" else f"{y}年{m}月"


def a_date(rng: random.Random, y0: int = 2018, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def later(d: dt.date, a: int, b: int, rng: random.Random) -> dt.date:
    return d + dt.timedelta(days=rng.randint(a, b))


# ---- people ------------------------------------------------------------------------------------
XING = list(
    "王李张刘孙赵高马杨陈徐董于郭宋曲邢房鞠栾隋衣孔颜田崔韩魏姜吕秦贾牟初邵解侯石程盖逄臧翟丛宫聂綦滕"
)
XING2 = ["欧阳", "司马", "东方", "上官"]
MING = list(
    "振兴秀云海涛洪波春雨雪梅建新立志鹏晓燕玉凤金成德顺忠国庆红霞倩静丹丽磊鑫浩宇文博蕾琳瑞颖婕晗茜帅凯强军斌彬楠萌菲晶岩峰松柏桐"
)


class People:
    """Distinct names within one document."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.seen = rng, set()

    def one(self) -> str:
        for _ in range(80):
            r = self.rng.random()
            sur = self.rng.choice(XING2) if r < 0.04 else self.rng.choice(XING)
            n = sur + "".join(self.rng.choice(MING) for _ in range(self.rng.choice((1, 2, 2, 2))))
            if n not in self.seen and not any(n in s or s in n for s in self.seen):
                self.seen.add(n)
                return n
        raise RuntimeError("no name")

    def many(self, k: int) -> list[str]:
        return [self.one() for _ in range(k)]


def gender(rng: random.Random) -> str:
    return rng.choice("男女")


# ---- places, workplaces, issuers ---------------------------------------------------------------
DISTRICTS = {
    "德州": ["德城区", "陵城区", "宁津县", "庆云县", "临邑县", "齐河县", "平原县", "夏津县", "武城县"],
    "烟台": ["芝罘区", "福山区", "牟平区", "莱山区", "蓬莱区"],
}
CITIES_CL = [
    "禹城市",
    "乐陵市",
    "龙口市",
    "莱阳市",
    "莱州市",
    "招远市",
    "栖霞市",
    "海阳市",
]  # county-level cities
UNIT_TAIL = ["人民医院", "中医院", "农业农村局", "第一中学", "实验小学", "水利局", "畜牧兽医事业发展中心", "住房和城乡建设局",
             "农业技术推广中心", "疾病预防控制中心", "妇幼保健院", "职业中等专业学校", "第二实验中学", "林业发展中心",
             "自然资源局", "公路事业发展中心"]  # fmt: skip


def workplace(rng: random.Random) -> str:
    if rng.random() < 0.35:
        return rng.choice(CITIES_CL) + rng.choice(UNIT_TAIL)
    city = rng.choice(list(DISTRICTS))
    if rng.random() < 0.3:
        return f"{city}市" + rng.choice(UNIT_TAIL)
    return f"{city}市{rng.choice(DISTRICTS[city])}" + rng.choice(UNIT_TAIL)


TRAIN_ORGS = ["德州市人力资源和社会保障局", "烟台市人力资源和社会保障局", "山东省农业技术推广中心", "山东省医学会", "烟台市医学会",
              "德州市教育和体育局", "烟台市教育科学研究院", "山东省水利科学研究院", "山东农业大学继续教育学院", "鲁东大学继续教育学院",
              "德州学院继续教育学院", "中国农业技术推广协会", "山东省土木建筑学会", "山东省畜牧兽医学会", "烟台市农业科学研究院",
              "德州市卫生健康委员会", "山东省护理学会", "烟台职业学院", "山东省建设教育协会"]  # fmt: skip
PLATFORMS = ["山东省专业技术人员继续教育公共服务平台", "齐鲁专技学堂", "国家专业技术人员继续教育网络学院", "山东继教在线学习平台",
             "鲁医继教云课堂", "农技耘在线学院"]  # fmt: skip

TOPICS = {
    "agri": ["小麦绿色高产高效栽培技术", "玉米大豆带状复合种植技术", "设施蔬菜病虫害绿色防控", "苹果矮砧密植栽培与管理",
             "盐碱地改良与测土配方施肥", "高标准农田建设与管护", "畜禽养殖废弃物资源化利用", "农产品质量安全监管"],
    "eng": ["建设工程质量安全管理", "BIM技术在工程设计中的应用", "装配式建筑施工技术", "水利工程建设标准与质量控制",
            "城市道路养护新技术", "建筑节能与绿色建筑评价", "地下管网检测与修复"],
    "med": ["基层慢性病规范化管理", "急诊急救技能提升", "抗菌药物临床合理应用", "医院感染预防与控制", "中医适宜技术推广应用",
            "基层儿童保健规范", "心血管疾病介入诊疗进展"],
    "edu": ["新课标背景下的大单元教学设计", "信息技术与学科教学深度融合", "中小学生心理健康教育", "作业设计与学业评价改革",
            "县域普通高中课堂教学改革", "劳动教育课程建设与实施"],
}  # fmt: skip
PUBLIC = ["数字经济与数字化转型", "专业技术人员职业道德与诚信建设", "乡村振兴战略与实践", "知识产权保护与运用",
          "人工智能发展与应用", "专业技术人员心理健康与压力管理", "法治素养与依法履职", "碳达峰碳中和概论"]  # fmt: skip
TITLES_PRO = {"agri": "农艺师", "eng": "工程师", "med": "主治医师", "edu": "一级教师"}


def field_of(rng: random.Random) -> str:
    return rng.choice(list(TOPICS))


def course(rng: random.Random, fld: str | None = None) -> str:
    return rng.choice(TOPICS[fld or field_of(rng)])


# ---- drawing helpers --------------------------------------------------------------------------
INK = (28, 48, 128)
RED = (190, 30, 35)
GREY = (110, 110, 110)


def ink(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 14, align: str = "l") -> float:
    """A handwritten fill-in in blue ink."""
    return pg.text(x, y, s, size, ctx.hand, align, INK)


def blank(pg: Page, x0: float, x1: float, y: float) -> None:
    pg.line(x0, y, x1, y, 0.25, (60, 60, 60))


def para(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float = 12, lead: float = 1.75,
         indent: bool = True) -> float:  # fmt: skip
    return pg.wrap(x, y, w, s, size, ctx.body, lead, indent=2 * size * 0.3528 if indent else 0.0)


def centre(pg: Page, ctx: Ctx, y: float, s: str, size: float, bold: bool = True, color=(20, 20, 20)) -> float:
    pg.text(pg.w / 2, y, s, size, ctx.bold if bold else ctx.body, "c", color)
    return y + size * 0.3528 * 1.7


def spaced(s: str, gap: str = " ") -> str:
    return gap.join(s)


def fits(s: str, font: str, size: float, w: float) -> float:
    """The size at most `size` at which `s` fits in `w` mm."""
    while size > 7 and width_mm(s, font, size) > w:
        size -= 0.5
    return size


def qr(pg: Page, x: float, y: float, s: float, rng: random.Random) -> None:
    """A QR-code-like block."""
    n, dark = 21, (25, 25, 25)
    c = s / n
    for i in range(n):
        for j in range(n):
            if (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8):
                continue
            if rng.random() < 0.5:
                pg.rect(x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c, 0, fill=dark)
    for ci, cj in ((0, 0), (0, n - 7), (n - 7, 0)):
        x0, y0 = x + cj * c, y + ci * c
        pg.rect(x0, y0, x0 + 7 * c, y0 + 7 * c, 0, fill=dark)
        pg.rect(x0 + c, y0 + c, x0 + 6 * c, y0 + 6 * c, 0, fill=(255, 255, 255))
        pg.rect(x0 + 2 * c, y0 + 2 * c, x0 + 5 * c, y0 + 5 * c, 0, fill=dark)


def photo_box(pg: Page, x: float, y: float, w: float = 26, h: float = 35) -> None:
    pg.rect(x, y, x + w, y + h, 0.3, (120, 120, 120), (228, 232, 238))
    pg.rect(x + w * 0.3, y + h * 0.18, x + w * 0.7, y + h * 0.5, 0, fill=(190, 196, 205))
    pg.rect(x + w * 0.15, y + h * 0.58, x + w * 0.85, y + h, 0, fill=(190, 196, 205))


def masked_id(rng: random.Random) -> str:
    area = rng.choice(["371402", "371403", "371482", "371425", "370602", "370681", "370683", "370611"])
    return f"{area}{rng.randint(1970, 1998)}******{rng.randint(10, 99)}"


def serial(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))
