"""Draw 22's context, layout variants, date printing and word pools (Kaifeng and Yiyang desks)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import isbn13_check, issn_check, journals, patent_check

FAMILIES = {
    "train": ["cme", "phone", "school", "fillin", "ledger", "month", "wide"],
    "signin": ["grid", "inked", "paired", "wide", "dept", "twopage"],
    "notice": ["redhead", "invite", "agenda", "wechat", "roster", "term"],
    "journal": ["first", "twocol", "toc", "cover", "masthead", "dbpage"],
    "book": ["cover", "cip", "titlecip", "board", "translated", "proof"],
    "patent": ["invention", "utility", "design", "register", "ecert", "wide"],
    "award": ["gov", "lesson", "society", "paper", "county", "fillin", "wide"],
    "project": ["cert", "letter", "sheet", "month", "twopage", "wide"],
    "qual": ["grad", "degree", "selfstudy", "computer", "pgcourse", "chsi"],
    "other": ["leave", "receipt", "appoint", "scores", "app", "thanks"],
}
VARIANTS: dict[str, list[str]] = {f"t22.layout.{k}": v for k, v in FAMILIES.items()}


def zl_check(digits12: str) -> str:
    return patent_check(digits12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


# ---- dates -------------------------------------------------------------------------------
HZ = "〇一二三四五六七八九"
STYLES = ["cn", "pad", "dot", "dash", "hz", "slash", "sp", "hzo"]


def hz_num(n: int) -> str:
    if n < 10:
        return HZ[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else HZ[tens]) + "十" + (HZ[ones] if ones else "")


def hz_year(y: int, zero: str = "〇") -> str:
    return "".join(HZ[int(c)] for c in str(y)).replace("〇", zero)


def day(d: dt.date, style: str) -> str:
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "pad":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "sp":
        return f"{d.year} 年 {d.month} 月 {d.day} 日"
    zero = "○" if style == "hzo" else "〇"
    return f"{hz_year(d.year, zero)}年{hz_num(d.month)}月{hz_num(d.day)}日"


def month(y: int, m: int, style: str) -> str:
    if style in ("hz", "hzo"):
        return f"{hz_year(y, '○' if style == 'hzo' else '〇')}年{hz_num(m)}月"
    if style == "dot":
        return f"{y}.{m:02d}"
    if style == "dash":
        return f"{y}-{m:02d}"
    if style == "slash":
        return f"{y}/{m:02d}"
    if style == "pad":
        return f"{y}年{m:02d}月"
    return f"{y}年{m}月"


def span(a: dt.date, b: dt.date, style: str, sep: str = "至") -> str:
    """A period; the CJK styles drop a repeated year (and month) from the end."""
    if style in ("cn", "pad") and a.year == b.year:
        f = "{:02d}" if style == "pad" else "{}"
        tail = (
            (f + "月" + f + "日").format(b.month, b.day) if a.month != b.month else (f + "日").format(b.day)
        )
        return day(a, style) + sep + tail
    if style == "dot" and a.year == b.year:
        return day(a, style) + sep + f"{b.month:02d}.{b.day:02d}"
    return day(a, style) + sep + day(b, style)


# ---- people and places ----------------------------------------------------------------------
SURN = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜夏钟汪"
    "田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文符卜晏瞿"
)
GIV = list(
    "淑秀丽红艳颖慧琴霞燕晶莉倩雯璐瑶欣蕾敏建志国军海峰斌涛磊浩宇鑫博昊睿俊凯帅锋晓春冬梅兰菊丹芬娜萍玲静"
    "婧媛璇卓航铭轩杉楠彤岚萱妍怡琦晗翔琛骁湘沅资豫汴"
)
RARE = ["欧阳", "司徒", "上官", "皇甫", "令狐"]


def person_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        sur = rng.choice(RARE) if rng.random() < 0.05 else rng.choice(SURN)
        n = sur + "".join(rng.choice(GIV) for _ in range(rng.choice([1, 2, 2, 2])))
        if n not in taken and not any(n in t or t in n for t in taken):
            taken.add(n)
            return n


REGIONS = {
    "kf": {
        "prov": "河南",
        "city": "开封",
        "counties": ["兰考县", "杞县", "通许县", "尉氏县", "祥符区"],
        "towns": ["朱仙镇", "葛岗镇", "堌阳镇", "玉皇庙镇", "大营镇", "高阳镇"],
    },
    "yy": {
        "prov": "湖南",
        "city": "益阳",
        "counties": ["桃江县", "安化县", "南县", "沅江市", "赫山区", "资阳区"],
        "towns": ["东坪镇", "泉交河镇", "长春镇", "灰山港镇", "茈湖口镇", "梅城镇"],
    },
}
HOSP = ["人民医院", "中医医院", "妇幼保健院", "第二人民医院", "疾病预防控制中心"]
SCHOOL = ["第一中学", "第二中学", "实验小学", "第三初级中学", "职业中等专业学校"]


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
    taken: set[str] = field(default_factory=set)
    region: str = ""

    def __post_init__(self) -> None:
        self.region = self.rng.choice(["kf", "yy"])

    def variant(self, fam: str) -> str:
        vs = FAMILIES[fam]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"{fam}22-{v}")
        return v

    def pick(self, seq: list[Any] | tuple[Any, ...]) -> Any:
        return self.rng.choice(list(seq))

    def name(self) -> str:
        return person_name(self.rng, self.taken)

    def names(self, n: int) -> list[str]:
        return [self.name() for _ in range(n)]

    def style(self, allowed: list[str] | None = None) -> str:
        return self.pick(allowed or STYLES)

    @property
    def R(self) -> dict[str, Any]:  # noqa: N802
        return REGIONS[self.region]

    def city(self) -> str:
        return self.R["city"] + "市"

    def county(self) -> str:
        return self.pick(self.R["counties"])

    def hospital(self) -> str:
        r = self.rng.random()
        if r < 0.35:
            return self.city() + self.pick(["中心医院", "第一人民医院", "中医院", "妇幼保健院", "儿童医院"])
        if r < 0.8:
            return self.county() + self.pick(HOSP)
        return self.county() + self.pick(self.R["towns"]) + "卫生院"

    def school(self) -> str:
        if self.rng.random() < 0.4:
            return self.city() + self.pick(["第一中学", "第六中学", "实验中学", "第二十五中学", "逸夫小学"])
        if self.rng.random() < 0.6:
            return self.county() + self.pick(SCHOOL)
        return self.county() + self.pick(self.R["towns"]) + "中心学校"

    def date(self, y0: int = 2018, y1: int = 2024) -> dt.date:
        return dt.date(self.rng.randint(y0, y1), self.rng.randint(1, 12), self.rng.randint(1, 28))


def later(d: dt.date, lo: int, hi: int, rng: random.Random) -> dt.date:
    return d + dt.timedelta(days=rng.randint(lo, hi))


def med_journals() -> list[Any]:
    js = [j for j in journals() if j.cn.endswith("/R")]
    return js or list(journals())


SUPER_PROV = {"41": "河南", "43": "湖南", "42": "湖北", "44": "广东", "32": "江苏", "33": "浙江", "37": "山东",
              "51": "四川", "21": "辽宁", "22": "吉林", "23": "黑龙江", "61": "陕西", "13": "河北", "14": "山西",
              "34": "安徽", "35": "福建", "36": "江西", "62": "甘肃", "53": "云南", "52": "贵州"}  # fmt: skip
NAT_SUPER = ["国家卫生健康委员会", "中国科学技术协会", "国家中医药管理局", "教育部", "中国科学院"]


def supervisor(rng: random.Random, cn: str) -> tuple[str, str]:
    prov = SUPER_PROV.get(cn[:2])
    if prov and rng.random() < 0.6:
        return rng.choice(
            [f"{prov}省卫生健康委员会", f"{prov}省科学技术协会", f"{prov}省教育厅"]
        ), "provincial"
    return rng.choice(NAT_SUPER), "national"


# ---- topics -------------------------------------------------------------------------------
MED_TOPICS = [
    "基层医疗机构医院感染防控", "急危重症护理新进展", "慢性阻塞性肺疾病规范化诊疗", "合理用药与处方点评",
    "心肺复苏与院前急救技能", "2型糖尿病基层健康管理", "儿童常见病中医适宜技术推广", "老年住院患者跌倒预防",
    "抗菌药物临床应用管理", "基层高血压防治指南解读", "静脉治疗护理技术规范", "孕产期保健与高危妊娠管理",
    "医疗纠纷防范与医患沟通", "临床药师药学监护实践", "脑卒中早期识别与溶栓绿色通道", "伤口造口失禁护理",
]  # fmt: skip
EDU_TOPICS = [
    "大单元教学设计与实施", "中小学教师信息技术应用能力提升", "班主任工作能力", "课堂观察与听评课",
    "中小学生心理健康教育", "作业设计与减负提质", "乡村教师课堂教学能力提升", "义务教育新课程标准解读",
    "初中语文整本书阅读教学", "小学数学核心素养培育",
]  # fmt: skip
PUB_TOPICS = [
    "数字经济与创新驱动发展", "专业技术人员职业道德与诚信建设", "法治政府建设与依法执业",
    "乡村振兴战略专题", "网络安全与个人信息保护", "专业技术人员心理健康与压力调适", "全面推进健康中国建设",
]  # fmt: skip
