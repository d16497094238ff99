"""Draw 35's context, layout variants, date printing, people, workplaces and small drawing helpers."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from typing import Any

from bench.blind import common
from bench.blind.page import Page, width_mm

FAMILIES = {
    "train": ["award", "screen", "hrtable", "handform", "landscape", "stapled", "letter", "monthcard"],
    "sign": ["ruled", "twocol", "landscape", "grid", "export", "twopage", "dept"],
    "notice": ["redhead", "board", "invite", "schedule", "wechat", "annotated", "receipt"],
    "journal": ["firstpage", "cover", "marked", "coverpage", "twocol", "record", "issuepage"],
    "book": ["cover", "titlecopy", "board", "translation", "colophon", "proof", "cip"],
    "patent": ["invention", "utility", "design", "feereceipt", "register", "desk", "older"],
    "award": ["personal", "team", "ranked", "contest", "landscape", "screenshot", "county", "society"],
    "project": ["certificate", "leaderonly", "signatures", "acceptance", "reply", "cnnum", "screen"],
    "qual": ["diploma", "degree", "verified", "courses", "selfstudy", "computer", "xuexin"],
    "other": ["travel", "appoint", "observe", "reimburse", "review", "leave"],
}
VARIANTS: dict[str, list[str]] = {f"t35.layout.{k}": v for k, v in FAMILIES.items()}


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
    sector: str = "h"

    def variant(self, family: str) -> str:
        vs = FAMILIES[family]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t35.layout.{family}#{v}")
        return v

    def pick(self, name: str, options: list[Any]) -> Any:
        i = self.rng.randrange(len(options))
        self.used.append(f"t35.{name}#{i}")
        return options[i]

    @property
    def ink(self) -> str:
        """Handwriting face (the body face in text PDFs, which are typed)."""
        return self.body if self.pdf_text else self.hand


def zl_check(digits12: str) -> str:
    return common.patent_check(digits12)


def issn_digit(d7: str) -> str:
    return common.issn_check(d7)


def isbn_digit(d12: str) -> str:
    return common.isbn13_check(d12)


# ---- dates -----------------------------------------------------------------------------------
NUM = "〇一二三四五六七八九"


def cn_n(n: int) -> str:
    if n < 10:
        return NUM[n]
    if n < 20:
        return "十" + (NUM[n % 10] if n % 10 else "")
    return NUM[n // 10] + "十" + (NUM[n % 10] if n % 10 else "")


def cn_y(y: int, zero: str = "〇") -> str:
    return "".join(NUM[int(c)] for c in str(y)).replace("〇", zero)


STYLES = ["cjk", "cjk0", "dot", "iso", "han", "hano", "dotshort", "slash", "sp", "fwdot"]


def d(x: dt.date, st: str) -> str:
    """A day as printed in style `st`."""
    y, m, dd = x.year, x.month, x.day
    return {
        "cjk": f"{y}年{m}月{dd}日",
        "cjk0": f"{y}年{m:02d}月{dd:02d}日",
        "dot": f"{y}.{m:02d}.{dd:02d}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "han": f"{cn_y(y)}年{cn_n(m)}月{cn_n(dd)}日",
        "hano": f"{cn_y(y, '○')}年{cn_n(m)}月{cn_n(dd)}日",
        "dotshort": f"{y}.{m}.{dd}",
        "slash": f"{y}/{m:02d}/{dd:02d}",
        "sp": f"{y} 年 {m} 月 {dd} 日",
        "fwdot": f"{y}．{m}．{dd}",
    }[st]


def mo(y: int, m: int, st: str) -> str:
    """A month as printed in style `st`."""
    return {
        "cjk": f"{y}年{m}月",
        "cjk0": f"{y}年{m:02d}月",
        "dot": f"{y}.{m:02d}",
        "iso": f"{y}-{m:02d}",
        "han": f"{cn_y(y)}年{cn_n(m)}月",
        "hano": f"{cn_y(y, '○')}年{cn_n(m)}月",
        "dotshort": f"{y}.{m}",
        "slash": f"{y}/{m:02d}",
        "sp": f"{y} 年 {m} 月",
        "fwdot": f"{y}．{m}",
    }[st]


def rng_span(a: dt.date, b: dt.date, st: str, sep: str = "至") -> str:
    """A period; in the 年月日 styles the end drops a repeated year."""
    if st in ("cjk", "cjk0") and a.year == b.year:
        tail = d(b, st).split("年", 1)[1]
        return d(a, st) + sep + tail
    return d(a, st) + sep + d(b, st)


def day(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def iso(x: dt.date) -> str:
    return x.isoformat()


def ym(y: int, m: int) -> str:
    return f"{y}-{m:02d}"


# ---- people ----------------------------------------------------------------------------------
FAMILY_NAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂焦向柳邢岳齐栾臧"
)
GIVEN_CHARS = list(
    "子怡梓涵浩宇俊杰欣妍雨泽一诺思远晓光立群桂芝秀英振国海峰志强文静丽娟春燕玉梅国庆建军宏亮金凤淑华慧敏婉清书瑶嘉琪明轩若曦雪莹德华永康凤霞红霞德明卫国晓燕丽萍新民树林泽宁晨曦乐天锦程家豪婧祎冰洁瑞雪昊天沐阳知远清扬晗冬青松学勤守正延庆兆丰荣华"
)
SPECIAL = [
    "欧阳明哲",
    "司徒静怡",
    "上官云飞",
    "诸葛文韬",
    "皇甫佳琪",
    "呼延平",
    "巴图孟和",
    "阿不都热合曼",
    "格桑卓玛",
    "乌兰图雅",
]


def person_name(rng: random.Random, taken: set[str]) -> str:
    for _ in range(80):
        r = rng.random()
        if r < 0.04:
            n = rng.choice(SPECIAL)
        else:
            n = rng.choice(FAMILY_NAMES) + "".join(
                rng.choice(GIVEN_CHARS) for _ in range(rng.choice([1, 2, 2, 2]))
            )
        if n not in taken:
            taken.add(n)
            return n
    raise RuntimeError("no fresh name")


def people_names(rng: random.Random, n: int) -> list[str]:
    taken: set[str] = set()
    return [person_name(rng, taken) for _ in range(n)]


# ---- places and workplaces -------------------------------------------------------------------
CITIES = {
    "德州": ("山东", ["乐陵", "禹城"], ["德城区", "陵城区"]),
    "烟台": ("山东", ["龙口", "莱阳", "招远"], ["芝罘区", "莱山区", "福山区"]),
    "泰安": ("山东", ["新泰", "肥城"], ["泰山区", "岱岳区"]),
    "开封": ("河南", [], ["鼓楼区", "龙亭区", "祥符区"]),
    "益阳": ("湖南", ["沅江"], ["赫山区", "资阳区"]),
}
HOSPITAL = [
    "{c}市人民医院",
    "{c}市中心医院",
    "{c}市中医院",
    "{c}市第二人民医院",
    "{c}市妇幼保健院",
    "{c}市立医院",
]
SCHOOL = ["{c}市第一中学", "{c}市实验中学", "{d}实验小学", "{d}第三中学", "{c}市第五中学", "{d}教师进修学校"]
INSTITUTE = [
    "{c}市建筑设计研究院有限公司",
    "{c}市水利勘测设计院",
    "{c}市市政工程设计研究院",
    "{c}市交通规划设计院",
    "{c}市城乡规划设计研究院",
]


def city(rng: random.Random) -> str:
    return rng.choice(list(CITIES))


def workplace(rng: random.Random, c: str, sector: str | None = None) -> str:
    sector = sector or rng.choice(["h", "s", "e"])
    pool = {"h": HOSPITAL, "s": SCHOOL, "e": INSTITUTE}[sector]
    return rng.choice(pool).format(c=c, d=rng.choice(CITIES[c][2]))


# ---- drawing helpers -------------------------------------------------------------------------
PT = 0.3528


def lh(size: float, lead: float = 1.7) -> float:
    return size * PT * lead


def centre(
    pg: Page, ctx: Ctx, y: float, s: str, size: float, bold: bool = False, color: tuple = (20, 20, 20)
) -> float:
    pg.text(pg.w / 2, y, s, size, ctx.bold if bold else ctx.body, "c", color)
    return y + lh(size)


def spaced(s: str, gap: str = " ") -> str:
    return gap.join(s)


def fill(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float, w: float | None = None) -> float:
    """Handwritten ink over an underline (a filled-in blank); returns the x after it."""
    wd = width_mm(s, ctx.ink, size)
    w = max(w or 0.0, wd + 6)
    pg.line(x, y + lh(size, 1.25), x + w, y + lh(size, 1.25), 0.25)
    pg.text(x + (w - wd) / 2, y - 0.6, s, size, ctx.ink, "l", (25, 45, 130))
    return x + w


def status_bar(pg: Page, ctx: Ctx, clock: str, dark: bool = False) -> float:
    bg = (30, 30, 32) if dark else (246, 246, 246)
    fg = (240, 240, 240) if dark else (30, 30, 30)
    pg.rect(0, 0, pg.w, 9, 0, bg, bg)
    pg.text(6, 2, clock, 9, ctx.body, "l", fg)
    pg.text(pg.w - 6, 2, "5G  87%", 8, ctx.body, "r", fg)
    return 9.0


def stamp(pg: Page, ctx: Ctx, cx: float, cy: float, org: str, r: float = 19.0) -> None:
    pg.seal(cx, cy, r, org[:16], ctx.rng.randrange(10**6))


ZIPS = {"德州": "253000", "烟台": "264000", "泰安": "271000", "开封": "475000", "益阳": "413000"}


ATOM = re.compile(r"[0-9A-Za-z.\-/:]+[年月日期卷号时]?|[一二三特]等奖|.", re.S)


def wrap(
    pg: Page, x: float, y: float, width: float, s: str, size: float, font: str, lead: float = 1.6
) -> float:
    """Flow `s` into lines of at most `width` mm, never breaking a number, a date part or a grade; returns
    the y below it."""
    cur = ""
    for atom in ATOM.findall(s):
        if cur and width_mm(cur + atom, font, size) > width and atom not in "，。、；：）》”":
            pg.text(x, y, cur, size, font)
            y += size * PT * lead
            cur = atom
        else:
            cur += atom
    if cur:
        pg.text(x, y, cur, size, font)
        y += size * PT * lead
    return y
