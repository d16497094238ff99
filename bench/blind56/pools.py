"""Draw 56 pools: people, bodies, titles, journals and the check-digit helpers."""

from __future__ import annotations

import csv
import functools
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"
if not SHARED.exists():
    SHARED = Path("/tmp/shared")


@dataclass
class Ctx:
    rng: random.Random
    body: str
    bold: str
    hand: str
    pdf_text: bool
    draw: int
    k: int
    offset: int = 0
    used: list[str] = field(default_factory=list)

    def pick(self, name: str, items: list):  # noqa: ANN201
        i = self.rng.randrange(len(items))
        self.used.append(f"{name}:{i}")
        return items[i]


TYPES_SHORT = {
    "training_certificate": "tc", "sign_in_sheet": "sis", "training_notice": "tn", "journal_article": "ja",
    "book": "book", "patent_certificate": "pat", "award_certificate": "aw", "project_completion": "pc",
    "qualification_certificate": "qc", "other": "oth",
}  # fmt: skip

VARIANTS: dict[str, list[str]] = {
    "t56.layout.training_certificate": ["jieye", "xueshi", "online", "table", "twoline", "hanzi"],
    "t56.layout.sign_in_sheet": ["plain", "twocol", "ampm", "spill", "booklet"],
    "t56.layout.training_notice": ["wenhao", "fujian", "huizhi", "yaoqing", "richeng"],
    "t56.layout.journal_article": ["first", "firstab", "foot", "cover", "toc"],
    "book": [],
    "t56.layout.book": ["cover", "cip", "bianwei", "yiben", "cipbw"],
    "t56.layout.patent_certificate": ["invention", "utility", "design", "eprint", "semi"],
    "t56.layout.award_certificate": ["kjj", "skj", "jingsai", "lunwen", "jiaoxue", "team"],
    "t56.layout.project_completion": ["jieti", "yanshou", "yijian", "zhengming", "table"],
    "t56.layout.qualification_certificate": ["biye", "shuoshi", "boshi", "jinxiu", "zikao", "jisuanji"],
    "t56.layout.other": ["huiyi", "jiangzuo", "zhiyi", "jiaoliu", "xiaxiang"],
}
del VARIANTS["book"]
FAMILIES = {t: f"{s}56" for t, s in TYPES_SHORT.items()}

SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
)
SURNAMES2 = ["欧阳", "司马", "上官", "诸葛"]
GIVEN = list("建国志强海燕丽娟文博晓明春梅秀英宏伟立新玉兰振华永刚淑芬德胜桂芝雪峰静怡子涵浩然欣悦俊杰思远")


def name(rng: random.Random, taken: set[str] | None = None) -> str:
    while True:
        r = rng.random()
        if r < 0.06:
            n = rng.choice(SURNAMES2) + rng.choice(GIVEN) + rng.choice(GIVEN)
        elif r < 0.3:
            n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        else:
            n = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        if taken is None or n not in taken:
            if taken is not None:
                taken.add(n)
            return n


def names(rng: random.Random, n: int) -> list[str]:
    taken: set[str] = set()
    return [name(rng, taken) for _ in range(n)]


CITIES = {
    "taian-2022": {
        "years": (2021, 2023), "city": "泰安市", "hrss": "泰安市人力资源和社会保障局",
        "counties": ["新泰市", "肥城市", "宁阳县", "东平县", "泰山区", "岱岳区"], "wh": "泰人社字",
    },
    "yantai-2020": {
        "years": (2019, 2021), "city": "烟台市", "hrss": "烟台市人力资源和社会保障局",
        "counties": ["龙口市", "莱阳市", "莱州市", "招远市", "栖霞市", "海阳市", "芝罘区", "福山区", "牟平区", "莱山区"],
        "wh": "烟人社函",
    },
}  # fmt: skip

# profession: (unit word, city bureau suffix, course topic, professional subject)
PROFESSIONS = [
    ("苹果园艺", "农业农村局", "苹果矮砧密植栽培与病虫害绿色防控", "果树栽培", "农业技术推广中心"),
    ("葡萄酒酿造", "工业和信息化局", "葡萄酒酿造工艺与品质控制", "发酵工程", "葡萄酒产业发展服务中心"),
    ("金矿安全", "应急管理局", "金属非金属矿山安全生产技术", "采矿安全", "矿山安全技术服务中心"),
    ("港口起重机械", "交通运输局", "港口门座起重机维护与检验", "起重机械", "港口机械检测站"),
    ("森林防火", "林业局", "泰山景区森林防火与林业有害生物防治", "森林保护", "林场"),
    ("中药调剂", "卫生健康委员会", "中药饮片调剂与临床合理用药", "中药学", "中医医院"),
    ("核电运行", "发展和改革委员会", "压水堆核电机组运行与安全管理", "核工程", "核电职工培训中心"),
    ("学前教育", "教育局", "幼儿园游戏活动设计与指导", "学前教育", "实验幼儿园"),
    ("城镇供水", "城市管理局", "城镇供水水质检测与管网漏损控制", "给水排水", "供排水中心"),
    ("急诊医学", "卫生健康委员会", "急危重症救治与心肺复苏新进展", "急诊医学", "人民医院"),
    ("职业卫生", "卫生健康委员会", "工作场所职业病危害因素检测与评价", "职业卫生", "疾病预防控制中心"),
    ("电子商务", "商务局", "跨境电子商务平台运营与数据分析", "电子商务", "电子商务公共服务中心"),
    ("石雕工艺", "文化和旅游局", "泰山石雕刻技艺传承与创新", "工艺美术", "泰山石文化研究会"),
    ("汽车维修教学", "教育局", "新能源汽车维修技术与一体化教学", "汽车运用与维修", "职业中等专业学校"),
]
PUBLIC_TOPICS = [
    "专业技术人员职业道德与诚信建设", "数字经济与创新驱动发展", "专业技术人员心理健康与压力管理",
    "知识产权保护与运用", "乡村振兴战略解读", "黄河流域生态保护和高质量发展",
]  # fmt: skip
PATENT_TITLES = [
    "一种苹果园用多功能疏花装置", "一种葡萄酒发酵罐温控系统", "一种矿井提升机防坠安全装置",
    "一种门座起重机钢丝绳检测装置", "一种林区防火隔离带清理机", "一种中药饮片自动调剂柜",
    "一种核电站蒸汽发生器水位监测装置", "一种幼儿园户外游戏组合器械", "一种供水管网漏损定位装置",
    "一种急诊用便携式心肺复苏辅助器", "一种粉尘浓度在线监测仪", "一种电商仓储智能分拣装置",
    "一种石材浮雕辅助雕刻机", "一种新能源汽车电池拆装教学台",
]  # fmt: skip
DESIGN_TITLES = ["泰山石摆件（观日）", "葡萄酒瓶（海岸）", "幼儿教具（积木车）", "中药包装盒（四时）"]


def load_cn_levels() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    with open(SHARED / "data" / "journals-cn.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            nm = row["name"].strip()
            lv = {x for x in row["levels"].split(";") if x in ("cssci", "pku_core")}
            for key in (nm, nm.replace("《", "").replace("》", "")):
                out.setdefault(key, set()).update(lv)
    return out


@functools.cache
def journals() -> list[tuple[str, str, str, list[str]]]:
    cn = load_cn_levels()
    rows = []
    with open(SHARED / "data" / "journals-cscd.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            nm = row["name"].strip()
            if row["database"] != "core" or not re.fullmatch(r"[\u4e00-\u9fff（）]{4,14}", nm):
                continue
            if not re.fullmatch(r"\d{4}-\d{3}[\dX]", row["issn"]) or not re.fullmatch(
                r"\d{2}-\d{4}/[A-Z0-9]+", row["cn"]
            ):
                continue
            if issn_digit(row["issn"][:4] + row["issn"][5:8]) != row["issn"][-1]:
                continue
            levels = ["cscd"] + sorted(cn.get(nm, set()))
            rows.append((nm, row["issn"], row["cn"], levels))
    return rows


def zl_check(digits: str) -> str:
    s = sum(int(d) * w for d, w in zip(digits, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5], strict=False))
    r = s % 11
    return "X" if r == 10 else str(r)


def issn_digit(seven: str) -> str:
    s = sum(int(d) * (8 - i) for i, d in enumerate(seven))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


def isbn_digit(twelve: str) -> str:
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(twelve))
    return str((10 - s % 10) % 10)


PUBLISHERS = [
    ("中国农业出版社", "978-7-109"), ("中国轻工业出版社", "978-7-5184"), ("应急管理出版社", "978-7-5020"),
    ("人民交通出版社", "978-7-114"), ("中国林业出版社", "978-7-5219"), ("中国中医药出版社", "978-7-5132"),
    ("原子能出版社", "978-7-5221"), ("山东人民出版社", "978-7-209"), ("中国建筑工业出版社", "978-7-112"),
    ("人民卫生出版社", "978-7-117"), ("山东科学技术出版社", "978-7-5723"), ("电子工业出版社", "978-7-121"),
    ("山东美术出版社", "978-7-5330"), ("机械工业出版社", "978-7-111"),
]  # fmt: skip
