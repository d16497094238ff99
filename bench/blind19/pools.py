"""Draw 19's context, layout variants, people/place/organisation pools, date printing and check digits."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.blind.common import Journal, isbn13_check, issn_check, journals, patent_check

# ---- layout families: variant = variants[(k + offset) % len] -----------------------------------
VARIANTS: dict[str, list[str]] = {
    "t19.layout.training_certificate": [
        "framed", "portal", "app_card", "landscape_grid", "hand_form", "cn_numeral", "two_page", "seal_over",
    ],
    "t19.layout.sign_in_sheet": [
        "ruled", "landscape_split", "hand_column", "half_day", "app_export", "two_page", "booklet",
    ],
    "t19.layout.training_notice": [
        "red_header", "invitation", "agenda", "web_notice", "annotated", "wechat", "reply_slip",
    ],
    "t19.layout.journal_article": [
        "first_page", "two_column", "contents", "cover_contents", "cover_to_article", "database_page", "spread",
    ],
    "t19.layout.book": [
        "cover", "cip", "title_and_cip", "translation", "board_and_cip", "spread", "monograph",
    ],
    "t19.layout.patent_certificate": [
        "invention", "utility_spaced", "design", "electronic", "gazette", "with_back",
    ],
    "t19.layout.award_certificate": [
        "gov_rank", "bureau_team", "society", "social_science", "contest", "county_city", "province_month",
    ],
    "t19.layout.project_completion": [
        "members", "letter", "appraisal_table", "landscape_month", "two_page", "hand_form",
    ],
    "t19.layout.qualification_certificate": [
        "diploma", "master", "course_class", "single_subject", "computer", "doctor", "registry",
    ],
    "t19.layout.other": [
        "title_cert", "employment", "invoice", "payment", "appraisal_form", "engagement",
    ],
    "t19.date": ["ymd", "pad", "dot", "dash", "cn", "slash", "dot_short"],
}  # fmt: skip


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

    def variant(self, etype: str) -> str:
        family = f"t19.layout.{etype}"
        vs = VARIANTS[family]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"{family}#{v}")
        return v

    def date_style(self, allow: tuple[str, ...] | None = None) -> str:
        vs = [s for s in VARIANTS["t19.date"] if allow is None or s in allow]
        s = self.rng.choice(vs)
        self.used.append(f"t19.date#{s}")
        return s

    def seed(self) -> int:
        return self.rng.randrange(1 << 30)


# ---- check digits (wrapping the shared helpers) -------------------------------------------------
def zl_check(digits12: str) -> str:
    return patent_check(digits12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


# ---- dates ------------------------------------------------------------------------------------
CN_D = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(CN_D[int(c)] for c in str(y))


def cn_small(n: int) -> str:
    if n < 10:
        return CN_D[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_D[tens]) + "十" + (CN_D[ones] if ones else "")


def day(d: dt.date, style: str) -> str:
    if style == "ymd":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "pad":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash":
        return d.isoformat()
    if style == "cn":
        return f"{cn_year(d.year)}年{cn_small(d.month)}月{cn_small(d.day)}日"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dot_short":
        return f"{d.year}.{d.month}.{d.day}"
    raise ValueError(style)


def month(y: int, m: int, style: str) -> str:
    if style == "cn":
        return f"{cn_year(y)}年{cn_small(m)}月"
    if style in ("dot", "dot_short"):
        return f"{y}.{m:02d}"
    if style == "dash":
        return f"{y}-{m:02d}"
    if style == "slash":
        return f"{y}/{m:02d}"
    if style == "pad":
        return f"{y}年{m:02d}月"
    return f"{y}年{m}月"


def span(a: dt.date, b: dt.date, style: str, sep: str = "至") -> str:
    return day(a, style) + sep + day(b, style)


def any_day(rng: random.Random, y0: int = 2018, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def iso_month(y: int, m: int) -> str:
    return f"{y}-{m:02d}"


# ---- people -----------------------------------------------------------------------------------
FAMILY = list(
    "王张李刘孙赵杨陈高徐马董丁于田吕宋郭韩邢鲍段尚孟姜崔仇隋初房栾牟衣曲宫逄鞠臧荆"
    "范邹侯魏冯贾时邱卜毕谷庞闫解郝翟修盛纪苗程薛葛"
)
TWO_FAMILY = ["欧阳", "司徒", "东方", "公孙", "单于"]
GIVEN_1 = list("振红秀玉桂春晓海建志文立庆永淑艳丽雪雅梦子思浩宏俊凤美德兆继希")
GIVEN_2 = list("华英兰芳梅霞峰刚军强涛波明亮娜静琳宁颖悦然婷晶鑫磊博辉杰楠蕾帅凯燕萍")


def person_name(rng: random.Random, taken: set[str]) -> str:
    for _ in range(80):
        fam = rng.choice(TWO_FAMILY) if rng.random() < 0.04 else rng.choice(FAMILY)
        if rng.random() < 0.3:
            n = fam + rng.choice(GIVEN_1 + GIVEN_2)
        else:
            n = fam + rng.choice(GIVEN_1) + rng.choice(GIVEN_2)
        if n not in taken and not any(n in t or t in n for t in taken):
            taken.add(n)
            return n
    raise RuntimeError("no fresh name")


def people_names(rng: random.Random, n: int) -> list[str]:
    taken: set[str] = set()
    return [person_name(rng, taken) for _ in range(n)]


FOREIGN_AUTHORS = [
    ("美", "理查德·米勒"), ("英", "安德鲁·哈里斯"), ("德", "托马斯·韦伯"), ("日", "佐藤健一"),
    ("美", "苏珊·克拉克"), ("法", "皮埃尔·杜邦"), ("加", "大卫·汤普森"), ("澳", "彼得·威尔逊"),
]  # fmt: skip

# ---- places and workplaces (Shandong desk: Dezhou, Yantai, Tai'an and neighbours) ----------------
CITIES = {
    "德州": ["乐陵", "禹城", "齐河", "平原", "夏津", "临邑"],
    "烟台": ["龙口", "莱阳", "莱州", "招远", "蓬莱", "海阳"],
    "泰安": ["新泰", "肥城", "宁阳", "东平"],
}
COUNTY_CITIES = {
    "德州": ["乐陵", "禹城"],
    "烟台": ["龙口", "莱阳", "莱州", "招远", "海阳"],
    "泰安": ["新泰", "肥城"],
}
WORK_PATTERNS = [
    "{c}市人民医院", "{c}市立医院", "{c}市中医医院", "{c}市妇幼保健院", "{c}市第二人民医院",
    "{c}市实验中学", "{c}市第一中学", "{c}市实验小学", "{c}市育才小学", "{c}市职业中等专业学校",
    "{c}市疾病预防控制中心", "{c}市农业技术推广中心", "{c}市水利事业服务中心", "{c}市自然资源和规划局测绘院",
]  # fmt: skip
DEPTS = ["心内科", "急诊科", "护理部", "检验科", "影像科", "儿科", "骨科", "药剂科", "教务处", "语文组", "数学组", "信息中心"]  # fmt: skip
TITLES = ["主治医师", "副主任医师", "主管护师", "护师", "一级教师", "高级教师", "工程师", "高级工程师", "农艺师", "主管药师"]  # fmt: skip


def city(rng: random.Random) -> str:
    return rng.choice(list(CITIES))


def workplace(rng: random.Random, c: str | None = None) -> str:
    c = c or city(rng)
    return rng.choice(WORK_PATTERNS).format(c=c)


# ---- training topics --------------------------------------------------------------------------
PUBLIC_TOPICS = [
    "黄河流域生态保护和高质量发展", "数字经济与数字化转型", "专业技术人员职业道德与诚信建设",
    "网络安全与个人信息保护", "知识产权保护与运用", "乡村振兴战略解读", "习近平新时代中国特色社会主义思想专题",
    "人工智能与未来产业", "安全生产与应急管理",
]  # fmt: skip
PRO_TOPICS = [
    "急危重症护理技术", "慢性伤口规范化处理", "基层高血压规范管理", "儿童哮喘诊疗进展", "院感防控实务",
    "新课标背景下的单元整体教学", "初中数学大概念教学", "小学整本书阅读指导", "中小学心理健康教育",
    "设施蔬菜病虫害绿色防控", "小麦玉米一体化高产栽培", "建筑工程质量安全管理", "测绘新技术应用",
    "临床合理用药", "超声规范化操作", "信息技术与学科教学融合",
]  # fmt: skip
TRAIN_FORMS = ["培训班", "研修班", "专题培训班", "高级研修班", "继续教育项目"]

PLATFORMS = [
    ("山东省专业技术人员继续教育公共服务平台", "sdjxjy"), ("泰安市专业技术人员继续教育学习平台", "tajxjy"),
    ("德州市专业技术人员继续教育网", "dzzjpx"), ("烟台市专业技术人员继续教育在线", "ytzjjy"),
]  # fmt: skip


def training_issuer(rng: random.Random, c: str) -> str:
    return rng.choice(
        [
            f"{c}市卫生健康委员会", f"{c}市人力资源和社会保障局", f"{c}市教育和体育局",
            f"{c}市医学会", f"{c}市护理学会", f"{c}市农业农村局", f"{c}市继续医学教育委员会",
            f"{c}职业学院继续教育学院", f"{c}市教育科学研究院",
        ]
    )  # fmt: skip


def venue(rng: random.Random, c: str) -> str:
    return rng.choice(
        [f"{c}市人民医院门诊楼六楼学术报告厅", f"{c}市会议中心三号会议室", f"{c}市教育培训中心二楼报告厅",
         f"{c}宾馆多功能厅", f"{c}市图书馆一楼报告厅", f"{c}市农业科学院培训楼"]
    )  # fmt: skip


# ---- journals ---------------------------------------------------------------------------------
REGION = {
    "37": "山东", "32": "江苏", "33": "浙江", "42": "湖北", "43": "湖南", "44": "广东", "51": "四川",
    "61": "陕西", "41": "河南", "13": "河北", "21": "辽宁", "22": "吉林", "23": "黑龙江", "34": "安徽",
    "35": "福建", "36": "江西", "14": "山西", "53": "云南", "52": "贵州", "62": "甘肃",
}  # fmt: skip
NATIONAL_BODIES = [
    "中国科学技术协会",
    "中国科学院",
    "教育部",
    "国家卫生健康委员会",
    "农业农村部",
    "工业和信息化部",
]
PROVINCIAL_BODIES = ["{p}省科学技术协会", "{p}省教育厅", "{p}省卫生健康委员会", "{p}省科学院"]

TOPICS_BY_CLASS = {
    "R": ["老年髋部骨折术后谵妄的危险因素分析", "基于列线图的2型糖尿病肾病风险预测", "快速康复外科护理在腹腔镜胆囊切除术中的应用",
          "社区高血压患者服药依从性调查", "血清炎症指标对脓毒症预后的评估价值"],
    "S": ["鲁西北地区冬小麦节水灌溉模式比较", "设施番茄土壤次生盐渍化改良效果", "玉米秸秆还田对土壤有机碳的影响",
          "苹果园生草栽培对果实品质的影响"],
    "G": ["基于核心素养的初中物理实验教学改进", "县域高中教师专业发展的困境与路径", "小学数学作业设计的实践探索"],
    "X": ["黄河下游湿地土壤重金属空间分布特征", "城市污水处理厂尾水深度处理工艺比较", "鲁中山区植被覆盖变化及驱动因素"],
    "O": ["一类非线性方程组的迭代解法", "二维材料表面吸附行为的第一性原理研究", "稀土掺杂荧光材料的制备与发光性能"],
    "T": ["基于改进YOLO的输电线路缺陷检测方法", "装配式混凝土结构节点抗震性能试验", "多源数据融合的城市道路交通状态识别",
          "高含水油田注水井智能调配技术"],
}  # fmt: skip


def topic_class(cn: str) -> str:
    tail = cn.split("/")[1]
    if tail.startswith("R"):
        return "R"
    if tail.startswith(("S", "Q")):
        return "S"
    if tail.startswith(("G", "C", "F", "D", "B", "K", "H", "I", "J")):
        return "G"
    if tail.startswith(("X", "P")):
        return "X"
    if tail.startswith(("O", "N")):
        return "O"
    return "T"


def pick_journal(rng: random.Random) -> Journal:
    return rng.choice(journals())


def supervisor_line(rng: random.Random, j: Journal) -> tuple[str, str]:
    """(the 主管 body printed, its level): provincial only for a journal registered in that province."""
    region = REGION.get(j.cn[:2])
    if region and rng.random() < 0.55:
        return rng.choice(PROVINCIAL_BODIES).format(p=region), "provincial"
    return rng.choice(NATIONAL_BODIES), "national"


def article_title(rng: random.Random, j: Journal) -> str:
    return rng.choice(TOPICS_BY_CLASS[topic_class(j.cn)])


# ---- publishers -------------------------------------------------------------------------------
PUBLISHERS = [
    ("山东科学技术出版社", "济南", "5331"), ("山东教育出版社", "济南", "5328"), ("山东人民出版社", "济南", "209"),
    ("人民卫生出版社", "北京", "117"), ("中国农业出版社", "北京", "109"), ("科学出版社", "北京", "03"),
    ("中国轻工业出版社", "北京", "5184"), ("华东师范大学出版社", "上海", "5760"), ("化学工业出版社", "北京", "122"),
    ("中国海洋大学出版社", "青岛", "5670"), ("山东大学出版社", "济南", "5607"),
]  # fmt: skip
BOOK_TITLES = [
    "基层医院护理质量管理实务", "县域医共体建设理论与实践", "常见慢性病社区管理手册", "临床检验质量控制指南",
    "初中语文群文阅读教学设计", "小学数学思维训练与教学案例", "班主任工作艺术与方法", "信息化教学设计与实践",
    "黄河三角洲盐碱地改良技术", "设施蔬菜高效栽培技术", "现代果园管理技术问答", "农村饮水安全工程运行管理",
    "建筑施工安全技术与管理", "中西医结合内科诊疗常规",
]  # fmt: skip
TRANSLATED = ["循证护理实践指南", "教学的勇气", "土壤健康管理", "医学影像诊断思维", "可见的学习：教师版"]


def isbn(rng: random.Random, pub_code: str) -> str:
    """A hyphenated ISBN-13 under the publisher's prefix."""
    title_len = 8 - len(pub_code)
    t = "".join(str(rng.randrange(10)) for _ in range(title_len))
    d12 = "9787" + pub_code + t
    return f"978-7-{pub_code}-{t}-{isbn_digit(d12)}"
