"""Draw 51 pools: context, layout variants, names, organisers, dates, numbers and journals.

Everything here was written for this draw (Dezhou 2017 / Yiyang 2018 audit)."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DRAW = 51

VARIANTS: dict[str, list[str]] = {
    "t51.layout.training_certificate": ["landscape", "booklet", "phone", "webprint", "table", "chatfwd"],
    "t51.layout.sign_in_sheet": ["grid", "twocol", "photo", "morning", "register", "meeting"],
    "t51.layout.training_notice": ["redhead", "invite", "schedule", "webpost", "wechat", "twopage"],
    "t51.layout.journal_article": ["firstpage", "cover", "toc", "enbyline", "cnki", "twopage"],
    "t51.layout.book": ["cover", "copyright", "titlepage", "board", "translation", "scan2"],
    "t51.layout.patent_certificate": ["classic", "spaced", "utility", "design", "phone", "listing"],
    "t51.layout.award_certificate": ["red", "landscape", "honor", "competition", "booklet", "notice"],
    "t51.layout.project_completion": ["certificate", "proof", "table", "landscape", "letter", "webquery"],
    "t51.layout.qualification_certificate": [
        "degree",
        "diploma",
        "phone",
        "selfstudy",
        "computer",
        "courses",
    ],
    "t51.layout.other": ["receipt", "record", "leave", "attendance", "reply", "screenshot"],
    "t51.date": ["cn", "cn0", "dot", "dash", "iso", "slash"],
    "t51.colon": ["：", ":", "： "],
    "t51.frame": ["0", "1", "2", "3"],
}
FAMILIES = {k.split(".")[-1]: v for k, v in VARIANTS.items() if k.startswith("t51.layout.")}


@dataclass
class Ctx:
    rng: random.Random
    body: str
    bold: str
    hand: str
    pdf_text: bool
    draw: int = DRAW
    k: int = 0
    offset: int = 0
    used: list[str] = field(default_factory=list)

    def pick(self, name: str) -> str:
        v = self.rng.choice(VARIANTS[name])
        self.used.append(f"{name}={v}")
        return v

    def layout(self, etype: str) -> str:
        opts = VARIANTS[f"t51.layout.{etype}"]
        v = opts[(self.k + self.offset) % len(opts)]
        self.used.append(f"t51.layout.{etype}={v}")
        return v

    def choice(self, seq: Any) -> Any:
        return self.rng.choice(list(seq))

    def seed(self) -> int:
        return self.rng.randrange(1, 10**6)


# ---- names ----------------------------------------------------------------------------------
SURNAMES = list(
    "王李张刘陈杨黄赵周吴徐孙马胡朱郭何罗高林郑梁谢唐许冯宋韩邓彭曹曾田萧潘袁蒋蔡余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文"
)
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "皇甫", "慕容"]
GIVEN = list(
    "建国立华明军丽娟红霞伟强敏静磊洋勇艳杰涛超秀英芳平刚桂兰玉梅志飞鹏辉斌琳晨宇博浩然欣怡子涵思远文彬海燕春雨晓东亚楠振宁德胜泽林宏伟淑珍凤云永福兆丰新民卫东金凤庆祥瑞雪承志雅婷锦程佳琪俊熙秋月冬梅"
)


def name(rng: random.Random, taken: set[str] | None = None, length: int | None = None) -> str:
    taken = taken if taken is not None else set()
    while True:
        n = length or rng.choice([2, 3, 3, 3, 3, 2, 4])
        if n == 4 or (n == 3 and rng.random() < 0.06):
            sur = rng.choice(COMPOUND)
        else:
            sur = rng.choice(SURNAMES)
        given_len = max(1, n - len(sur))
        given = "".join(rng.choice(GIVEN) for _ in range(given_len))
        s = sur + given
        if s not in taken and len(set(s)) == len(s):
            taken.add(s)
            return s


def names(rng: random.Random, n: int) -> list[str]:
    taken: set[str] = set()
    return [name(rng, taken) for _ in range(n)]


# ---- audit contexts: city, year, organisers, professions --------------------------------------
CITIES = {
    "dezhou": {
        "policy": "dezhou-2017",
        "year": 2017,
        "city": "德州市",
        "prov": "山东省",
        "short": "德",
        "counties": [
            "德城区",
            "陵城区",
            "禹城市",
            "乐陵市",
            "临邑县",
            "平原县",
            "夏津县",
            "武城县",
            "齐河县",
            "庆云县",
        ],
        "orgs": [
            "德州市水利局",
            "德州市林业局",
            "德州市财政局",
            "德州市人力资源和社会保障局",
            "德州市卫生和计划生育委员会",
            "德州学院继续教育学院",
            "中共德州市委党校",
            "德州市人民医院",
            "国网山东省电力公司德州供电公司",
            "山东省药学会",
            "德州市畜牧兽医学会",
            "德州市测绘地理信息协会",
            "德州市文物考古研究所",
            "德州市会计学会",
            "德州市教育和体育局",
            "齐鲁专技云课堂",
        ],
    },
    "yiyang": {
        "policy": "yiyang-2018",
        "year": 2018,
        "city": "益阳市",
        "prov": "湖南省",
        "short": "益",
        "counties": ["资阳区", "赫山区", "南县", "桃江县", "安化县", "沅江市", "大通湖区"],
        "orgs": [
            "益阳市水利局",
            "益阳市林业局",
            "益阳市财政局",
            "益阳市人力资源和社会保障局",
            "益阳市卫生健康委员会",
            "湖南城市学院继续教育学院",
            "中共益阳市委党校",
            "益阳市中心医院",
            "国网湖南省电力有限公司益阳供电分公司",
            "湖南省药学会",
            "益阳市畜牧水产学会",
            "益阳市测绘学会",
            "益阳市博物馆",
            "益阳市会计学会",
            "益阳市教育局",
            "湘学通专技在线",
        ],
    },
}

# profession -> (unit templates, professional course titles)
PROFESSIONS: dict[str, dict[str, list[str]]] = {
    "pharmacist": {
        "units": [
            "{city}第二人民医院药剂科",
            "{county}人民医院药学部",
            "{county}中医医院药剂科",
            "{city}妇幼保健院药剂科",
        ],
        "courses": [
            "临床合理用药与处方点评",
            "抗菌药物临床应用管理",
            "医院静脉用药集中调配规范",
            "中药饮片鉴别与临床应用",
            "药物警戒与不良反应监测实务",
        ],
    },
    "water": {
        "units": ["{county}水利局", "{city}水文水资源勘测局", "{county}河道管理站", "{city}水利勘测设计院"],
        "courses": [
            "河湖长制与水生态保护",
            "小型水库安全运行管理",
            "农田水利工程建设质量控制",
            "水利工程标准化管理",
            "山洪灾害防御与预警",
        ],
    },
    "vet": {
        "units": [
            "{county}畜牧兽医站",
            "{city}动物疫病预防控制中心",
            "{county}动物卫生监督所",
            "{county}农业农村局",
        ],
        "courses": [
            "非洲猪瘟防控技术",
            "动物疫病监测与流行病学调查",
            "兽用抗菌药减量化使用",
            "畜禽屠宰检疫规范",
        ],
    },
    "accountant": {
        "units": [
            "{city}财政局国库科",
            "{county}财政局",
            "{city}城市建设投资有限公司财务部",
            "{county}教育局计财股",
        ],
        "courses": [
            "政府会计制度实务",
            "管理会计应用指引解读",
            "增值税改革与纳税实务",
            "行政事业单位内部控制",
        ],
    },
    "forestry": {
        "units": ["{county}林业局", "{city}国有林场", "{county}林业技术推广站", "{city}森林病虫害防治检疫站"],
        "courses": ["森林资源二类调查技术", "松材线虫病防治", "林木良种选育与苗木培育", "森林防火与应急处置"],
    },
    "radiology": {
        "units": ["{city}人民医院放射科", "{county}人民医院影像科", "{city}中医医院医学影像科"],
        "courses": [
            "CT检查辐射防护与剂量管理",
            "磁共振新技术临床应用",
            "胸部影像诊断进展",
            "放射诊疗质量控制",
        ],
    },
    "teacher": {
        "units": ["{county}实验幼儿园", "{city}机关幼儿园", "{city}职业中等专业学校", "{county}职业技术学校"],
        "courses": [
            "幼儿园游戏活动设计与指导",
            "职业院校课程思政建设",
            "“1+X”证书制度与专业教学",
            "学前儿童行为观察与评价",
        ],
    },
    "surveyor": {
        "units": ["{city}测绘院", "{county}自然资源局测绘队", "{city}勘察测绘研究院"],
        "courses": [
            "不动产测绘与数据建库",
            "无人机倾斜摄影测量",
            "北斗CORS系统应用",
            "第三次国土调查技术规程",
        ],
    },
    "grid": {
        "units": ["{county}供电公司运维检修部", "{city}供电公司调度控制中心", "{county}供电公司营销部"],
        "courses": ["配电网自动化运维", "智能变电站二次系统调试", "电力安全工作规程", "新能源并网与电网调度"],
    },
    "museum": {
        "units": ["{city}博物馆", "{city}文物管理所", "{county}文物保护中心"],
        "courses": ["馆藏青铜器保护修复", "可移动文物普查数据管理", "纸质文物修复技术", "博物馆预防性保护"],
    },
}

PUBLIC_COURSES = [
    "专业技术人员信息化能力建设",
    "“一带一路”倡议与创新发展",
    "专业技术人员职业道德与诚信建设",
    "网络安全与信息化",
    "专业技术人员创新能力培养与提高",
    "知识产权与科研诚信",
    "习近平新时代中国特色社会主义思想概论",
]


def city(ctx: Ctx) -> dict[str, Any]:
    key = "dezhou" if ctx.rng.random() < 0.5 else "yiyang"
    return CITIES[key]


def profession(ctx: Ctx) -> str:
    return ctx.choice(PROFESSIONS)


def unit(ctx: Ctx, c: dict[str, Any], prof: str) -> str:
    return ctx.choice(PROFESSIONS[prof]["units"]).format(city=c["city"], county=ctx.choice(c["counties"]))


# ---- dates ------------------------------------------------------------------------------------
CN_DIGITS = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def upper_date(d: dt.date) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(d.year)) + f"年{cn_number(d.month)}月{cn_number(d.day)}日"


def fmt(d: dt.date, style: str) -> str:
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "dash": f"{d.year}-{d.month}-{d.day}",
        "iso": d.isoformat(),
        "slash": f"{d.year}/{d.month}/{d.day}",
        "upper": upper_date(d),
    }[style]


def month_forms(y: int, m: int) -> list[str]:
    return [f"{y}年{m}月", f"{y}年{m:02d}月", f"{y}.{m:02d}", f"{y}-{m:02d}", f"{y}.{m}"]


def all_date_forms(iso: str) -> list[str]:
    """Every printed form this draw may use for an ISO date or YYYY-MM month."""
    if re.fullmatch(r"\d{4}-\d{2}", iso):
        y, m = map(int, iso.split("-"))
        return month_forms(y, m)
    d = dt.date.fromisoformat(iso)
    out = [fmt(d, s) for s in ("cn", "cn0", "dot", "dash", "iso", "slash", "upper")]
    out += [f"{d.year}年{d.month}月{d.day}", f"{d.month}月{d.day}日", f"{d.year}.{d.month}.{d.day}"]
    return out


def day_in(ctx: Ctx, year: int, m0: int = 1, m1: int = 12) -> dt.date:
    start = dt.date(year, m0, 1)
    end = dt.date(year, m1, 28)
    return start + dt.timedelta(days=ctx.rng.randrange((end - start).days + 1))


def iso(d: dt.date) -> str:
    return d.isoformat()


# ---- numbers and check digits ----------------------------------------------------------------
def zl_check(digits12: str) -> str:
    """Check digit of a 12-digit Chinese patent application number."""
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    r = sum(int(c) * w[i] for i, c in enumerate(digits12)) % 11
    return "X" if r == 10 else str(r)


def issn_digit(digits7: str) -> str:
    s = sum(int(c) * (8 - i) for i, c in enumerate(digits7))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


def isbn_digit(digits12: str) -> str:
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits12))
    return str((10 - s % 10) % 10)


def serial(ctx: Ctx, n: int) -> str:
    return "".join(str(ctx.rng.randrange(10)) for _ in range(n))


# ---- journals (real CSCD core rows) ----------------------------------------------------------
DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
WANTED_JOURNALS = {
    "pharmacist": ["药学学报", "中国药学杂志"],
    "water": ["水利学报", "水科学进展", "南水北调与水利科技（中英文）"],
    "vet": ["畜牧兽医学报"],
    "accountant": ["农业工程学报"],
    "forestry": ["林业科学", "林业科学研究", "北京林业大学学报"],
    "radiology": ["中华放射学杂志", "放射学实践"],
    "teacher": ["农业工程学报"],
    "surveyor": ["测绘学报", "测绘通报"],
    "grid": ["电网技术", "电力系统自动化", "中国电机工程学报"],
    "museum": ["测绘通报"],
}


def _plain(s: str) -> str:
    return re.sub(r"[\s《》（）()“”\"·.,，、:：\-]", "", s)


@functools.cache
def journals() -> dict[str, dict[str, Any]]:
    with open(DATA / "journals-cscd.csv", encoding="utf-8") as f:
        cscd = {r["name"]: r for r in csv.DictReader(f) if r["database"] == "core"}
    with open(DATA / "journals-cn.csv", encoding="utf-8") as f:
        cn_levels = {_plain(r["name"]): (r["levels"] or "").split(";") for r in csv.DictReader(f)}
    with open(DATA / "journals-intl.csv", encoding="utf-8") as f:
        intl: dict[str, set[str]] = {}
        for r in csv.DictReader(f):
            for k in (r["issn"], r["eissn"]):
                if k:
                    intl.setdefault(k, set()).add(r["index"])
    out = {}
    for names_ in WANTED_JOURNALS.values():
        for n in names_:
            r = cscd[n]
            lv = ["cscd"]
            for extra in ("pku_core", "cssci"):
                if extra in cn_levels.get(_plain(n), []):
                    lv.append(extra)
            for extra in ("sci", "ssci"):
                if extra in intl.get(r["issn"], set()):
                    lv.append(extra)
            out[n] = {"name": n, "issn": r["issn"], "cn": r["cn"], "levels": lv}
    return out


def journal_for(ctx: Ctx, prof: str) -> dict[str, Any]:
    return dict(journals()[ctx.choice(WANTED_JOURNALS[prof])])
