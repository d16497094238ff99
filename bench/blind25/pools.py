"""Draw 25's context, layout variants, people, organisations, dates and check digits."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import isbn13_check, issn_check, patent_check

FAMILIES = {
    "tc": ["prose", "landscape", "platform", "phone", "handfill", "booklet", "assoc", "inhouse"],
    "sign": ["grid", "twocol", "wide", "inkonly", "meeting", "twopage", "ampm"],
    "notice": ["redhead", "invite", "schedule", "phone", "roster", "annotated", "bulletin"],
    "jour": ["firstpage", "covertoc", "toc", "twocol", "citebox", "covermenu", "twopage"],
    "book": ["cover", "cip", "titlecip", "translation", "monograph", "boardcip", "labelled"],
    "pat": ["cert", "wide", "register", "gazette", "phone", "ecert", "design"],
    "award": ["personal", "team", "wide", "govt", "bureau", "contest", "booklet", "month"],
    "proj": ["cert", "leader", "table", "reply", "twopage", "wide", "system"],
    "qual": ["diploma", "master", "doctor", "pgcourse", "selfstudy", "computer", "registry"],
    "other": ["standard", "appoint", "receipt", "minutes", "expert", "report"],
}
VARIANTS: dict[str, list[str]] = {f"t25.layout.{k}": v for k, v in FAMILIES.items()}


def zl_check(digits12: str) -> str:
    return patent_check(digits12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


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
        self.used.append(f"t25.layout.{family}:{v}")
        return v

    def pick(self, name: str, options: list[Any]) -> Any:
        i = self.rng.randrange(len(options))
        self.used.append(f"t25.{name}#{i}")
        return options[i]


# ---- people --------------------------------------------------------------------------------
FAMILY_NAMES = list(
    dict.fromkeys(
        "王李张刘孙于曲姜迟宫隋鞠栾衣赵周吴郑冯卫蒋沈韩杨朱秦许何吕施孔曹严华金魏陶谢邹柏窦章苏潘葛范彭鲁马"
        "苗方俞任袁柳鲍史唐薛雷贺倪汤滕殷罗毕郝安常傅齐康伍余顾孟黄穆尹姚邵汪祁毛米臧成戴宋庞熊纪舒屈项祝董梁"
        "杜阮季贾路江童颜郭梅盛林钟徐邱高夏蔡田胡凌霍万管卢房丁邓单包左石崔龚程邢裴陆荣翁惠牟谷车侯"
    )
)
DOUBLE_FAMILY = ["欧阳", "上官", "司徒", "东郭", "公孙", "宇文", "长孙", "尉迟"]
GIVEN_CHARS = list(
    "建华志勇国强德明文军海涛立新振宇学成永刚晓峰春雷金龙爱民庆林宝山传波振东红霞秀梅丽君玉洁淑华晓燕凤英翠萍"
    "俊杰浩宇子墨梓涵一鸣思远嘉懿雨泽锦程若曦书瑶星辰明轩承志广智继业延平守信崇德恒远兆丰鸿飞"
)
MINORITY = ["阿不都热合曼", "娜仁图雅", "扎西多吉", "古丽米拉", "朝鲁门", "白音仓"]


def person_name(rng: random.Random, taken: set[str]) -> str:
    for _ in range(80):
        r = rng.random()
        if r < 0.03:
            n = rng.choice(MINORITY)
        elif r < 0.08:
            n = rng.choice(DOUBLE_FAMILY) + rng.choice(GIVEN_CHARS)
        else:
            n = rng.choice(FAMILY_NAMES) + "".join(
                rng.choice(GIVEN_CHARS) for _ in range(rng.choice((1, 2, 2, 2)))
            )
        if n not in taken:
            taken.add(n)
            return n
    raise RuntimeError("no fresh name")


def crowd(rng: random.Random, n: int) -> list[str]:
    taken: set[str] = set()
    return [person_name(rng, taken) for _ in range(n)]


# ---- organisations ---------------------------------------------------------------------------
GROUPS = [
    ("烟台", "烟台渤海装备集团有限公司"),
    ("烟台", "鲁东港航控股集团有限公司"),
    ("泰安", "泰山能源化工集团有限公司"),
    ("泰安", "泰安岱岳电力工程集团有限公司"),
    ("烟台", "胶东机械重工集团有限公司"),
    ("泰安", "鲁中建材矿业集团有限公司"),
]
BRANCHES = [
    "技术中心",
    "设备检修分公司",
    "第二热电厂",
    "安全环保部",
    "工程技术研究院",
    "质量检测中心",
    "动力分厂",
    "信息中心",
    "铸锻事业部",
    "物流运营分公司",
    "矿山机械厂",
    "规划设计院",
]
TITLES = [
    "工程师",
    "高级工程师",
    "助理工程师",
    "正高级工程师",
    "技术员",
    "高级经济师",
    "工程师",
    "高级工程师",
]
TOPICS = [
    ("压力容器定期检验与缺陷评定", "专业"),
    ("起重机械安全技术", "专业"),
    ("智能制造与工业互联网应用", "专业"),
    ("焊接工艺评定与质量控制", "专业"),
    ("电力设备状态检修", "专业"),
    ("危险化学品安全管理", "专业"),
    ("矿井通风与瓦斯防治", "专业"),
    ("大型铸锻件无损检测", "专业"),
    ("港口机械故障诊断", "专业"),
    ("工程项目成本管控", "专业"),
    ("数字化转型与数据治理", "专业"),
    ("碳达峰碳中和路径与节能技术", "专业"),
    ("专业技术人员职业道德与诚信建设", "公需"),
    ("知识产权保护与运用", "公需"),
    ("网络安全与信息素养", "公需"),
    ("黄河流域生态保护和高质量发展", "公需"),
]
ASSOCS = [
    "山东省机械工程学会",
    "山东省电机工程学会",
    "烟台市安全生产协会",
    "山东省特种设备协会",
    "泰安市科学技术协会",
    "山东省焊接协会",
    "中国港口协会",
    "山东省煤炭学会",
    "山东省质量协会",
    "烟台市工程师学会",
]
PLATFORMS = [
    "山东省专业技术人员继续教育公共服务平台",
    "烟台市专业技术人员继续教育网络学习平台",
    "泰安市专业技术人员继续教育在线学习平台",
]
PUBLISHERS = [
    "机械工业出版社",
    "化学工业出版社",
    "中国电力出版社",
    "冶金工业出版社",
    "煤炭工业出版社",
    "人民交通出版社",
    "山东科学技术出版社",
    "中国石化出版社",
    "中国质量标准出版传媒有限公司",
    "应急管理出版社",
]
PUB_CITY = {
    "机械工业出版社": "北京",
    "化学工业出版社": "北京",
    "中国电力出版社": "北京",
    "冶金工业出版社": "北京",
    "煤炭工业出版社": "北京",
    "人民交通出版社": "北京",
    "山东科学技术出版社": "济南",
    "中国石化出版社": "北京",
    "中国质量标准出版传媒有限公司": "北京",
    "应急管理出版社": "北京",
}
PUB_PREFIX = {
    "机械工业出版社": "978-7-111",
    "化学工业出版社": "978-7-122",
    "中国电力出版社": "978-7-5198",
    "冶金工业出版社": "978-7-5024",
    "煤炭工业出版社": "978-7-5020",
    "人民交通出版社": "978-7-114",
    "山东科学技术出版社": "978-7-5723",
    "中国石化出版社": "978-7-5114",
    "中国质量标准出版传媒有限公司": "978-7-5026",
    "应急管理出版社": "978-7-5237",
}
SCHOOLS = [
    ("山东科技大学", "青岛"),
    ("中国石油大学（华东）", "青岛"),
    ("山东建筑大学", "济南"),
    ("烟台大学", "烟台"),
    ("山东农业大学", "泰安"),
    ("山东理工大学", "淄博"),
    ("鲁东大学", "烟台"),
    ("齐鲁工业大学", "济南"),
]
MAJORS = [
    "机械设计制造及其自动化",
    "电气工程及其自动化",
    "材料成型及控制工程",
    "安全工程",
    "化学工程与工艺",
    "采矿工程",
    "土木工程",
    "测控技术与仪器",
    "热能与动力工程",
    "港口航道与海岸工程",
]


def workplace(rng: random.Random) -> tuple[str, str]:
    """(city, '<group><branch>')."""
    city, group = rng.choice(GROUPS)
    return city, group + rng.choice(BRANCHES)


def isbn(rng: random.Random, publisher: str) -> str:
    pre = PUB_PREFIX[publisher]
    free = 12 - len(pre.replace("-", ""))
    body = "".join(str(rng.randrange(10)) for _ in range(free))
    cut = max(1, free - 1)
    digits = pre.replace("-", "") + body
    return (
        f"{pre}-{body[:cut]}-{body[cut:]}-{isbn_digit(digits)}"
        if cut < free
        else f"{pre}-{body}-{isbn_digit(digits)}"
    )


# ---- dates -----------------------------------------------------------------------------------
HAN = "〇一二三四五六七八九"


def han_year(y: int) -> str:
    return "".join(HAN[int(c)] for c in str(y))


def han_n(n: int) -> str:
    if n < 10:
        return HAN[n]
    return ("" if n < 20 else HAN[n // 10]) + "十" + (HAN[n % 10] if n % 10 else "")


STYLES = ["cjk", "cjk0", "dot", "iso", "han", "slash"]


def day(d: dt.date, style: str) -> str:
    if style == "cjk":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cjk0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "han":
        return f"{han_year(d.year)}年{han_n(d.month)}月{han_n(d.day)}日"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


def month(y: int, m: int, style: str) -> str:
    if style == "han":
        return f"{han_year(y)}年{han_n(m)}月"
    if style in ("dot", "slash"):
        return f"{y}.{m:02d}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "cjk0":
        return f"{y}年{m:02d}月"
    return f"{y}年{m}月"


def span(a: dt.date, b: dt.date, style: str) -> str:
    if style in ("cjk", "cjk0") and a.year == b.year:
        tail = f"{b.month}月{b.day}日" if a.month != b.month else f"{b.day}日"
        return day(a, style) + "至" + tail
    return day(a, style) + ("—" if style in ("dot", "iso", "slash") else "至") + day(b, style)


def some_day(rng: random.Random, y0: int = 2019, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def iso_month(y: int, m: int) -> str:
    return f"{y}-{m:02d}"
