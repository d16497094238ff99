"""Draw 29's context, layout variants, check digits, and its own pools of people, places and date styles."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.blind.common import isbn13_check, issn_check, patent_check

FAMILIES = {
    "tcert": ["jieye", "platform", "wide", "unitletter", "screen", "blankform", "faxed", "booklet"],
    "sign": ["ruled", "splitcols", "minutes", "wide", "twoday", "inked", "paged"],
    "notice": ["redhead", "invite", "agenda", "wechat", "annotated", "faxlist", "monthplan"],
    "journal": ["firstpage", "cover", "contents", "bundle", "masthead", "bilingual", "footerline"],
    "book": ["cover", "cip", "titlecip", "translated", "board", "reprint", "solo"],
    "patent": ["invention", "utility", "design", "withfee", "register", "lookup", "olddate"],
    "award": [
        "citygov",
        "bureau",
        "society",
        "contest",
        "countygov",
        "sociallandscape",
        "province",
        "blankform",
    ],
    "project": ["jieti", "expert", "approval", "proofletter", "portal", "acceptance", "schoolcert"],
    "qual": ["diploma", "master", "doctor", "pgclass", "selfexam", "computer", "oldstyle"],
    "other": ["titlecert", "onjob", "receipt", "appraisal", "hireletter", "leave"],
}
VARIANTS: dict[str, list[str]] = {f"t29.layout.{k}": v for k, v in FAMILIES.items()}


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
        vs = FAMILIES[family]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"{family}29-{v}")
        return v

    def pick(self, tag: str, seq: list) -> object:  # type: ignore[type-arg]
        i = self.rng.randrange(len(seq))
        self.used.append(f"{tag}#{i}")
        return seq[i]


def zl_check(digits12: str) -> str:
    return patent_check(digits12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


# ---- dates ----------------------------------------------------------------------------------
HAN = "〇一二三四五六七八九"
DSTYLES = ["nian", "nian0", "hanzi", "hanzi_o", "dotted", "dotted0", "iso", "slash0"]


def han_n(n: int) -> str:
    if n < 10:
        return HAN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HAN[t]) + "十" + (HAN[u] if u else "")


def han_y(y: int, zero: str = "〇") -> str:
    return "".join(HAN[int(c)] for c in str(y)).replace("〇", zero)


def day(d: dt.date, st: str) -> str:
    if st == "nian":
        return f"{d.year}年{d.month}月{d.day}日"
    if st == "nian0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if st in ("hanzi", "hanzi_o"):
        z = "〇" if st == "hanzi" else "○"
        return f"{han_y(d.year, z)}年{han_n(d.month)}月{han_n(d.day)}日"
    if st == "dotted":
        return f"{d.year}.{d.month}.{d.day}"
    if st == "dotted0":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if st == "iso":
        return d.isoformat()
    if st == "slash0":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(st)


def month(y: int, m: int, st: str) -> str:
    if st in ("hanzi", "hanzi_o"):
        return f"{han_y(y, '〇' if st == 'hanzi' else '○')}年{han_n(m)}月"
    if st == "nian0":
        return f"{y}年{m:02d}月"
    if st in ("dotted", "dotted0"):
        return f"{y}.{m:02d}"
    if st == "iso":
        return f"{y}-{m:02d}"
    return f"{y}年{m}月"


def span(a: dt.date, b: dt.date, st: str, sep: str = "至") -> str:
    if st in ("nian", "nian0") and a.year == b.year:
        pad = st == "nian0"
        if a.month == b.month:
            tail = f"{b.day:02d}日" if pad else f"{b.day}日"
        else:
            tail = f"{b.month:02d}月{b.day:02d}日" if pad else f"{b.month}月{b.day}日"
        return day(a, st) + sep + tail
    return day(a, st) + sep + day(b, st)


def a_date(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def later(d: dt.date, lo: int, hi: int, rng: random.Random) -> dt.date:
    return d + dt.timedelta(days=rng.randint(lo, hi))


# ---- people ---------------------------------------------------------------------------------
XING = list(
    "王张李刘杨赵陈黄周吴孙朱马胡郭何高罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
FUXING = ["欧阳", "司徒", "端木", "尉迟", "南宫"]
MING = list(
    "卫红建新志军国庆海英秀兰桂芝玉梅丽霞春燕晓明宏亮俊杰文博雅琴淑华德成永强立伟振东丹凤慧敏佳宁浩宇思远梦瑶若曦一鸣子轩欣怡雨萱嘉豪铭泽锦程晨曦书瑶安琪睿航泓毅"
)


def person_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        x = rng.choice(FUXING) if rng.random() < 0.04 else rng.choice(XING)
        n = x + "".join(rng.choice(MING) for _ in range(rng.choice((1, 2, 2, 2))))
        if n not in taken and len(n) >= 2:
            taken.add(n)
            return n


def crowd(rng: random.Random, k: int) -> list[str]:
    taken: set[str] = set()
    return [person_name(rng, taken) for _ in range(k)]


def id_masked(rng: random.Random) -> str:
    pre = rng.choice(
        ["410221", "410222", "410223", "410225", "430902", "430903", "430921", "430981", "430922"]
    )
    return pre + "********" + f"{rng.randint(0, 999):03d}" + rng.choice("0123456789X")


# ---- places and organisations ---------------------------------------------------------------
KAIFENG = ["兰考县", "杞县", "通许县", "尉氏县", "祥符区", "鼓楼区", "龙亭区", "禹王台区", "顺河回族区"]
YIYANG = ["赫山区", "资阳区", "南县", "桃江县", "安化县", "沅江市", "大通湖区"]
CITY_OF = {c: ("开封市", "河南省") for c in KAIFENG} | {c: ("益阳市", "湖南省") for c in YIYANG}

UNIT_FORMS = [
    "{c}人民医院", "{c}中医院", "{c}妇幼保健院", "{c}第一高级中学", "{c}实验学校", "{c}水利局灌溉试验站",
    "{c}农业技术推广中心", "{c}畜牧兽医服务中心", "{c}疾病预防控制中心", "{c}林业技术推广站",
    "{c}第二初级中学", "{c}乡镇卫生院", "{c}城乡规划设计院", "{c}水利工程建设管理站",
]  # fmt: skip
FIRMS = [
    "河南汴宇建设工程有限公司", "开封市黄河路桥建设有限公司", "益阳中恒建工集团有限公司", "湖南资江水利水电工程有限公司",
    "兰考县嘉禾农业科技有限公司", "桃江县竹海新材料有限公司", "河南大宋生物科技有限公司", "安化县黑茶产业发展有限公司",
]  # fmt: skip


def county(rng: random.Random) -> str:
    return rng.choice(KAIFENG + YIYANG)


def workplace(rng: random.Random, c: str | None = None) -> str:
    c = c or county(rng)
    if rng.random() < 0.15:
        return rng.choice(FIRMS)
    return rng.choice(UNIT_FORMS).format(c=c)


def city_prov(c: str) -> tuple[str, str]:
    return CITY_OF[c]
