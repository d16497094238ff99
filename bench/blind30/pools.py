"""Draw 30's context, layout variants, date printing and value pools (people, workplaces, issuers, topics)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind import common

# ---- layout families: every variant of a family is drawn once per len(variants) documents ----------
VARIANTS: dict[str, list[str]] = {
    "t30.layout.tcert": ["appcard", "landscape", "formtable", "monthonly", "letter", "handfill", "pdfexport"],
    "t30.layout.sign": ["ruled", "multiday", "twinhalves", "appscreen", "twopage", "handonly"],
    "t30.layout.notice": ["redhead", "replyslip", "invitation", "agenda", "wechat", "annotated", "namelist"],
    "t30.layout.journal": ["firstpage", "dbrecord", "contents", "cover", "twocol", "imprint"],
    "t30.layout.book": ["cover", "cip", "board", "translation", "opac", "writers"],
    "t30.layout.patent": ["invention", "utility", "design", "register", "portal", "gazette"],
    "t30.layout.award": ["personal", "team", "ranked", "contest", "society", "socsci", "county"],
    "t30.layout.project": ["certificate", "members", "acceptance", "sysrecord", "proof", "landscape"],
    "t30.layout.qual": ["diploma", "master", "courses", "selfexam", "computer", "doctor", "chsi"],
    "t30.layout.other": ["badge", "approval", "invoice", "reflection", "register", "duty"],
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
        vs = VARIANTS[f"t30.layout.{family}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"{family}:{v}")
        return v

    def pick(self, tag: str, options: list[Any]) -> Any:
        i = self.rng.randrange(len(options))
        self.used.append(f"{tag}#{i}")
        return options[i]

    def style(self, allowed: tuple[str, ...] | None = None) -> str:
        return self.pick("date", list(allowed or DATE_STYLES))

    def seed(self) -> int:
        return self.rng.randrange(1 << 30)


# ---- check digits (shared helpers) ------------------------------------------------------------------
def zl_check(digits12: str) -> str:
    return common.patent_check(digits12)


def issn_digit(d7: str) -> str:
    return common.issn_check(d7)


def isbn_digit(d12: str) -> str:
    return common.isbn13_check(d12)


# ---- dates --------------------------------------------------------------------------------------------
DATE_STYLES = ("ymd", "pad", "dot", "iso", "hanzi", "slash", "spaced", "hanzi_o")
HZ = "〇一二三四五六七八九"


def hz_year(y: int, zero: str = "〇") -> str:
    return "".join(HZ[int(c)] for c in str(y)).replace("〇", zero)


def hz_num(n: int) -> str:
    if n < 10:
        return HZ[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else HZ[tens]) + "十" + (HZ[ones] if ones else "")


def dstr(d: dt.date, style: str) -> str:
    y, m, n = d.year, d.month, d.day
    return {
        "ymd": f"{y}年{m}月{n}日",
        "pad": f"{y}年{m:02d}月{n:02d}日",
        "dot": f"{y}.{m:02d}.{n:02d}",
        "iso": f"{y}-{m:02d}-{n:02d}",
        "hanzi": f"{hz_year(y)}年{hz_num(m)}月{hz_num(n)}日",
        "hanzi_o": f"{hz_year(y, '○')}年{hz_num(m)}月{hz_num(n)}日",
        "slash": f"{y}/{m:02d}/{n:02d}",
        "spaced": f"{y} 年 {m} 月 {n} 日",
    }[style]


def mstr(y: int, m: int, style: str) -> str:
    return {
        "ymd": f"{y}年{m}月",
        "pad": f"{y}年{m:02d}月",
        "dot": f"{y}.{m:02d}",
        "iso": f"{y}-{m:02d}",
        "hanzi": f"{hz_year(y)}年{hz_num(m)}月",
        "hanzi_o": f"{hz_year(y, '○')}年{hz_num(m)}月",
        "slash": f"{y}/{m:02d}",
        "spaced": f"{y} 年 {m} 月",
    }[style]


def span(a: dt.date, b: dt.date, style: str, sep: str = "至") -> str:
    """A period as printed; Chinese styles drop a repeated year (and month) at the end."""
    if style in ("ymd", "pad", "spaced") and a.year == b.year:
        p = "02d" if style == "pad" else "d"
        sp = " " if style == "spaced" else ""
        tail = f"{b.day:{p}}{sp}日" if a.month == b.month else f"{b.month:{p}}{sp}月{sp}{b.day:{p}}{sp}日"
        return dstr(a, style) + sep + tail
    return dstr(a, style) + sep + dstr(b, style)


def day(rng: random.Random, y0: int = 2019, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def later(rng: random.Random, d: dt.date, lo: int, hi: int) -> dt.date:
    return d + dt.timedelta(days=rng.randint(lo, hi))


# ---- people --------------------------------------------------------------------------------------------
FAMILY = list("王张李刘孙赵徐高杨陈马朱于董吕郭宋邢田姜曲鞠隋衣栾修矫初宫战慕逄臧丛迟孔颜毕亓荆尉万宁房")
FAMILY2 = ["司马", "欧阳", "东郭", "公冶", "上官", "令狐"]
GIVEN1 = list("晓志海红丽春建玉秀俊文金宏立振德庆雪晨子一思雨佳国永明")
GIVEN2 = list("梅强燕涛磊静娜平军芳霞波勇敏杰琳婧昊洁颖峰琪鑫鹏超慧宁霖蕾")


def person_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        fam = rng.choice(FAMILY2) if rng.random() < 0.06 else rng.choice(FAMILY)
        r = rng.random()
        giv = rng.choice(GIVEN2) if r < 0.25 else rng.choice(GIVEN1) + rng.choice(GIVEN2)
        n = fam + giv
        if n not in taken:
            taken.add(n)
            return n


def people(rng: random.Random, k: int) -> list[str]:
    taken: set[str] = set()
    return [person_name(rng, taken) for _ in range(k)]


FOREIGN = ["约翰·布朗", "玛丽·克拉克", "彼得·霍夫曼", "安娜·施密特", "大卫·米勒", "佐藤健一", "伊丽莎白·格林"]
FOREIGN_TAG = {"约翰·布朗": "美", "玛丽·克拉克": "英", "彼得·霍夫曼": "德", "安娜·施密特": "德",
               "大卫·米勒": "美", "佐藤健一": "日", "伊丽莎白·格林": "英"}  # fmt: skip

# ---- places, workplaces, issuers ------------------------------------------------------------------------
CITIES = ["泰安", "烟台"]
COUNTY = {"泰安": ["新泰", "肥城"], "烟台": ["龙口", "莱州", "招远", "莱阳", "海阳", "栖霞"]}
HOSPITALS = {
    "泰安": ["泰安市中心医院", "泰安市中医医院", "泰安市妇幼保健院", "新泰市人民医院", "肥城市人民医院",
             "泰安市第一人民医院", "泰安市肿瘤防治院"],
    "烟台": ["烟台毓璜顶医院", "烟台山医院", "烟台市中医医院", "烟台市莱阳中心医院", "龙口市人民医院",
             "烟台市奇山医院", "莱州市人民医院"],
}  # fmt: skip
FIRMS = {
    "泰安": ["国网泰安供电公司", "泰安市城市建设投资集团有限公司", "山东泰开电力建设工程有限公司",
             "泰安市水利勘测设计研究院", "中铁十四局集团泰安工程有限公司"],
    "烟台": ["国网烟台供电公司", "烟台港集团有限公司", "烟台市市政工程设计研究院",
             "山东高速烟台发展有限公司", "烟台市自来水有限公司"],
}  # fmt: skip
INSTITUTES = {
    "泰安": ["泰安市农业科学院", "泰安市林业科学研究院", "泰安市环境保护科学研究所", "泰安市疾病预防控制中心"],
    "烟台": ["烟台市农业科学研究院", "烟台市海洋经济研究院", "烟台市疾病预防控制中心", "烟台市果树工作站"],
}  # fmt: skip
COLLEGES = {
    "泰安": ["泰山职业技术学院", "山东服装职业学院", "泰安技师学院", "泰山护理职业学院"],
    "烟台": ["烟台职业学院", "烟台汽车工程职业学院", "山东商务职业学院", "烟台工程职业技术学院"],
}  # fmt: skip
UNIVERSITIES = ["山东农业大学", "山东第一医科大学", "泰山学院", "鲁东大学", "烟台大学", "滨州医学院",
                "青岛大学", "山东师范大学", "中国海洋大学", "山东科技大学"]  # fmt: skip
SECTORS = ("med", "eng", "res", "edu")


def workplace(rng: random.Random, city: str, sector: str) -> str:
    pool = {"med": HOSPITALS, "eng": FIRMS, "res": INSTITUTES, "edu": COLLEGES}[sector]
    return rng.choice(pool[city])


TOPICS = {
    "med": ["急危重症护理新进展", "基层慢性病规范化管理", "院内感染防控实务", "临床合理用药",
            "老年综合评估与照护", "心肺复苏与急救技能", "围手术期疼痛管理", "糖尿病足综合防治"],
    "eng": ["智能变电站运维技术", "建设工程质量安全管理", "城市供水管网漏损控制", "装配式建筑施工技术",
            "BIM技术在市政工程中的应用", "电力安全工作规程", "海绵城市建设技术标准"],
    "res": ["设施农业绿色生产技术", "果树病虫害综合防控", "海洋生态修复技术", "科研项目申报与管理",
            "苹果矮砧集约栽培", "小麦玉米周年高产技术", "实验室质量控制与检测技术"],
    "edu": ["职业院校教师教学能力提升", "课程思政建设与实践", "专业群建设与产教融合", "信息化教学设计",
            "“双师型”教师培养", "1+X证书制度与课证融通", "技能大赛指导与教学转化"],
}  # fmt: skip
PUBLIC_TOPICS = ["习近平新时代中国特色社会主义思想专题", "专业技术人员职业道德与诚信建设", "数字经济与创新驱动发展",
                 "知识产权保护与运用", "专业技术人员心理健康与压力管理", "人工智能与数字化转型"]  # fmt: skip
TRAIN_ORGS = {
    "med": ["{c}市卫生健康委员会", "{c}市医学会", "{c}市护理学会", "{c}市医师协会"],
    "eng": ["{c}市住房和城乡建设局", "{c}市土木建筑学会", "{c}市电机工程学会", "{c}市水利学会"],
    "res": ["{c}市农业农村局", "{c}市科学技术协会", "{c}市农学会", "{c}市科学技术局"],
    "edu": ["{c}市教育局", "{c}市职业教育研究会", "山东省教育厅", "山东省职业教育教学研究中心"],
}  # fmt: skip
HRSS = ["{c}市人力资源和社会保障局", "{c}市专业技术人员继续教育基地", "山东省专业技术人员继续教育网络平台"]
TITLES_PRO = {
    "med": ["主治医师", "副主任医师", "主管护师", "护师", "主任医师", "副主任护师"],
    "eng": ["工程师", "高级工程师", "助理工程师", "正高级工程师"],
    "res": ["助理研究员", "副研究员", "农艺师", "高级农艺师", "研究员"],
    "edu": ["讲师", "副教授", "助教", "教授", "高级讲师"],
}  # fmt: skip


def pro_title(rng: random.Random, sector: str) -> str:
    return rng.choice(TITLES_PRO[sector])


def org(rng: random.Random, sector: str, city: str) -> str:
    return rng.choice(TRAIN_ORGS[sector]).format(c=city)


def hours(rng: random.Random) -> float:
    return float(rng.choice([4, 6, 8, 12, 16, 20, 24, 30, 32, 40, 48, 60, 7.5, 10.5, 2.5]))


def hstr(h: float) -> str:
    return str(int(h)) if h == int(h) else f"{h:g}"


def cert_no(rng: random.Random, prefix: str = "") -> str:
    return prefix + "".join(rng.choice("0123456789") for _ in range(rng.choice([8, 10, 12])))
