"""Draw 14's context, layout variants, check digits, dates and value pools (names, units, issuers, topics)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import isbn13_check, issn_check, journals, patent_check

FAMILIES = {
    "train": ["portal", "appcard", "banner", "cmecard", "grid", "penform"],
    "sign": ["roster", "wide", "inkonly", "twopage", "halfday"],
    "notice": ["redhead", "invite", "agenda", "appsignup", "congress"],
    "jour": ["firstpage", "bilingual", "cover", "contents", "issue3"],
    "book": ["cip", "cover", "frontcip", "translated", "oldstyle"],
    "pat": ["invention", "utility", "design", "register", "ecert"],
    "award": ["govsci", "citysci", "social", "contest", "society", "decision"],
    "proj": ["closing", "letter", "acceptance", "appraisal", "monthcert"],
    "qual": ["diploma", "degree", "selfstudy", "computer", "pgcourse", "chsi"],
    "other": ["receipt", "employment", "approval", "offnotice", "paidscreen"],
}
VARIANTS: dict[str, list[str]] = {f"t14.layout.{k}": v for k, v in FAMILIES.items()}


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
        self.used.append(f"t14.layout.{family}#{v}")
        return v

    def pick(self, seq: Any) -> Any:
        return self.rng.choice(list(seq))

    def style(self, allowed: tuple[str, ...] = ()) -> str:
        s = self.pick(allowed or DATE_STYLES)
        self.used.append(f"t14.date#{s}")
        return s


# ---- dates -----------------------------------------------------------------------------------------
DATE_STYLES = ("cn", "cn0", "han", "dot", "dash", "slash")
HAN = "〇一二三四五六七八九"


def han_num(n: int) -> str:
    if n < 10:
        return HAN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HAN[t]) + "十" + (HAN[u] if u else "")


def han_year(y: int) -> str:
    return "".join(HAN[int(c)] for c in str(y))


def fd(d: dt.date, style: str) -> str:
    """A full date as printed in `style`."""
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "han": f"{han_year(d.year)}年{han_num(d.month)}月{han_num(d.day)}日",
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "dash": d.isoformat(),
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
    }[style]


def fm(y: int, m: int, style: str) -> str:
    """A month as printed in `style`."""
    if style == "han":
        return f"{han_year(y)}年{han_num(m)}月"
    if style in ("dot", "dash", "slash"):
        sep = {"dot": ".", "dash": "-", "slash": "/"}[style]
        return f"{y}{sep}{m:02d}"
    return f"{y}年{m:02d}月" if style == "cn0" else f"{y}年{m}月"


def span(a: dt.date, b: dt.date, style: str, sep: str = "至") -> str:
    """A period; the CJK styles drop the repeated year (and month) of the end."""
    if style in ("cn", "cn0") and a.year == b.year:
        tail = f"{b.month}月{b.day}日" if style == "cn" else f"{b.month:02d}月{b.day:02d}日"
        if a.month == b.month:
            tail = f"{b.day}日" if style == "cn" else f"{b.day:02d}日"
        return fd(a, style) + sep + tail
    return fd(a, style) + sep + fd(b, style)


def day(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def iso_m(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


# ---- people ----------------------------------------------------------------------------------------
XING = list(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏窦章云苏潘葛范彭郎鲁韦昌马苗凤花方俞"
    "任袁柳鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元顾孟平黄和穆萧尹姚邵汪祁毛狄米贝明臧计伏成戴宋庞熊纪舒屈项祝董梁杜阮蓝闵季贾路江童颜郭梅盛林钟徐邱骆高夏蔡田胡凌霍虞万柯管卢莫房丁邓洪包左石崔龚程邢裴陆荣翁荀"
)
FUXING = ["欧阳", "端木", "上官", "司徒", "尉迟", "长孙", "宇文", "南宫"]
MING = list(
    "嘉懿煜城懿轩烨伟苑博伟泽熠彤鸿煊博涛烨霖烨华煜祺智宸正豪昊然明杰立诚立轩立辉峻熙弘文熠彤鸿涛伟诚炎彬鹤轩越彬风华靖琪明辉伟泽"
    "雅静梦洁梦璐惠茜漫妮语嫣桑榆曼玉歆瑶凌菲靖瑶瑾萱佑怡祎檀溪笑怡玥婷婉清雨婷琪晗若溪书瑶静婉芷若雪丽华秀兰桂芝玉凤淑英建平"
    "卫红志强永刚海波春燕晓峰国庆俊杰文静丽娟德明学斌光辉红霞振宇庆华"
)
MINORITY = ["阿不都热依木", "古丽娜尔", "乌日娜", "格桑央金", "扎西顿珠", "吉木色", "敖登格日勒", "努尔艾力"]


def person_name(rng: random.Random, used: set[str]) -> str:
    while True:
        r = rng.random()
        if r < 0.04:
            n = rng.choice(MINORITY)
        elif r < 0.1:
            n = rng.choice(FUXING) + "".join(rng.choice(MING) for _ in range(rng.choice((1, 2))))
        else:
            n = rng.choice(XING) + "".join(rng.choice(MING) for _ in range(rng.choice((1, 2, 2, 2))))
        if n not in used:
            used.add(n)
            return n


def people(rng: random.Random, n: int) -> list[str]:
    used: set[str] = set()
    return [person_name(rng, used) for _ in range(n)]


# ---- places, units, issuers ------------------------------------------------------------------------
CITIES = {
    "泰安": ("山东", ["肥城", "新泰", "宁阳", "东平"]),
    "烟台": ("山东", ["莱州", "龙口", "招远", "栖霞", "海阳"]),
    "德州": ("山东", ["乐陵", "禹城", "齐河", "平原", "夏津"]),
    "开封": ("河南", ["兰考", "杞县", "尉氏", "通许"]),
    "益阳": ("湖南", ["沅江", "桃江", "安化", "南县"]),
}
CITY_UNITS = [
    "{c}市中心医院", "{c}市第二人民医院", "{c}市妇幼保健院", "{c}市中医院", "{c}市实验中学", "{c}市第一中学",
    "{c}市教育科学研究院", "{c}市农业技术推广中心", "{c}市城乡规划设计研究院", "{c}市动物疫病预防控制中心",
    "{c}市公路事业发展中心", "{c}市水文水资源勘测中心", "{c}市特种设备检验所", "{c}市疾病预防控制中心",
    "{c}市林业保护发展服务中心", "{c}市第三中学", "{c}市精神卫生中心", "{c}职业技术学院",
]  # fmt: skip
ZIP = {"泰安": "271000", "烟台": "264000", "德州": "253000", "开封": "475000", "益阳": "413000"}
COUNTY_UNITS = [
    "{x}县人民医院",
    "{x}县第一高级中学",
    "{x}县农业农村局农技站",
    "{x}县中医医院",
    "{x}县实验小学",
]
COUNTY_CITY = {
    "肥城",
    "新泰",
    "莱州",
    "龙口",
    "招远",
    "栖霞",
    "海阳",
    "乐陵",
    "禹城",
    "沅江",
}  # county-level cities
UNIVERSITIES = {
    "山东": ["山东农业大学", "泰山学院", "鲁东大学", "烟台大学", "德州学院", "滨州医学院", "山东第一医科大学", "山东师范大学"],
    "河南": ["河南大学", "郑州大学", "河南师范大学", "河南农业大学", "黄河科技学院"],
    "湖南": ["湖南城市学院", "湖南农业大学", "湖南师范大学", "中南大学", "湘潭大学"],
}  # fmt: skip


def city(rng: random.Random) -> tuple[str, str]:
    c = rng.choice(list(CITIES))
    return c, CITIES[c][0]


def workplace(rng: random.Random, c: str) -> str:
    if rng.random() < 0.25:
        x = rng.choice(CITIES[c][1])
        if x in COUNTY_CITY:
            return rng.choice(CITY_UNITS).format(c=x)
        return rng.choice(COUNTY_UNITS).format(x=x.removesuffix("县"))
    return rng.choice(CITY_UNITS).format(c=c)


def university(rng: random.Random, prov: str) -> str:
    return rng.choice(UNIVERSITIES[prov])


# ---- topics ----------------------------------------------------------------------------------------
PUBLIC_TOPICS = [
    "数字经济与创新驱动发展", "专业技术人员职业道德与诚信建设", "黄河流域生态保护和高质量发展",
    "人工智能赋能产业转型", "知识产权保护与科技成果转化", "乡村振兴战略与县域经济", "数据安全与个人信息保护",
    "碳达峰碳中和政策解读", "专业技术人员心理健康与压力调适", "法治政府建设与依法行政",
]  # fmt: skip
PRO_TOPICS = {
    "med": ["急危重症识别与早期处置", "院内感染防控实务", "慢性病社区综合管理", "超声引导下区域麻醉技术",
            "儿童常见病合理用药", "护理质量安全管理", "心血管疾病介入诊疗进展", "基层中医适宜技术推广"],
    "edu": ["新课标背景下单元整体教学设计", "中小学心理健康教育与危机干预", "大单元作业设计与评价",
            "信息技术与学科教学深度融合", "班主任专业能力提升", "职业院校课程思政建设"],
    "agr": ["高标准农田建设与土壤改良", "设施蔬菜绿色高效栽培", "畜禽养殖废弃物资源化利用",
            "小麦玉米病虫害绿色防控", "林果提质增效关键技术"],
    "eng": ["装配式建筑施工质量控制", "特种设备安全检验新规范", "智慧水利与水资源监测", "公路桥梁养护与加固",
            "国土空间规划编制实务", "建筑节能与绿色建材应用"],
}  # fmt: skip
FIELD_HOST = {
    "med": ["{c}市卫生健康委员会", "{c}市医学会", "{c}市护理学会"],
    "edu": ["{c}市教育局", "{c}市教育科学研究院", "{c}市教师发展中心"],
    "agr": ["{c}市农业农村局", "{c}市农学会", "{c}市科学技术协会"],
    "eng": ["{c}市住房和城乡建设局", "{c}市土木建筑学会", "{c}市市场监督管理局"],
}
PUBLIC_HOST = ["{c}市人力资源和社会保障局", "{c}市专业技术人员继续教育基地", "{c}市委党校"]


def topic(rng: random.Random, fld: str | None = None) -> tuple[str, str]:
    """(field, topic); field 'pub' for a public-subject topic."""
    if fld is None:
        fld = rng.choice(["pub", "med", "edu", "agr", "eng"])
    if fld == "pub":
        return fld, rng.choice(PUBLIC_TOPICS)
    return fld, rng.choice(PRO_TOPICS[fld])


def host(rng: random.Random, fld: str, c: str) -> str:
    return rng.choice(PUBLIC_HOST if fld == "pub" else FIELD_HOST[fld]).format(c=c)


PAPER_A = [
    "滴灌施肥", "复合微生物菌剂", "深度卷积网络", "改进YOLOv5模型", "多源遥感数据", "响应面法", "高效液相色谱法",
    "层次分析法", "有限元数值模拟", "Logistic回归模型", "随机森林算法", "网络药理学", "超声造影", "磁共振弥散加权成像",
    "纳米二氧化钛", "生物炭添加", "项目式学习", "混合式教学", "灰色关联分析",
]  # fmt: skip
PAPER_B = [
    "冬小麦水分利用效率", "设施土壤次生盐渍化", "桥梁裂缝识别", "苹果叶部病害检测", "黄河三角洲湿地植被",
    "大豆异黄酮提取工艺", "城市内涝风险评估", "盾构隧道管片受力", "老年慢性心力衰竭再入院", "骨关节炎作用机制",
    "甲状腺结节良恶性鉴别", "急性脑梗死早期诊断", "污水中四环素降解", "初中物理核心素养培养", "高职院校实训课程",
    "县域耕地质量", "玉米秸秆还田腐解",
]  # fmt: skip
PAPER_FORMS = [
    "基于{a}的{b}研究",
    "{a}在{b}中的应用",
    "{a}对{b}的影响",
    "{b}的{a}分析",
    "{a}用于{b}的试验研究",
]


def paper_title(rng: random.Random) -> str:
    return rng.choice(PAPER_FORMS).format(a=rng.choice(PAPER_A), b=rng.choice(PAPER_B))


def journal(rng: random.Random) -> Any:
    return rng.choice(journals())


REGION = {
    "11": "北京", "10": "北京", "12": "天津", "13": "河北", "14": "山西", "21": "辽宁", "22": "吉林", "23": "黑龙江",
    "31": "上海", "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西", "37": "山东", "41": "河南",
    "42": "湖北", "43": "湖南", "44": "广东", "46": "海南", "50": "重庆", "51": "四川", "52": "贵州", "53": "云南",
    "61": "陕西", "62": "甘肃", "63": "青海",
}  # fmt: skip
NAT_SUP = [
    "中国科学技术协会",
    "中华人民共和国教育部",
    "中国科学院",
    "农业农村部",
    "国家卫生健康委员会",
    "中国工程院",
]
PROV_SUP = ["{p}省教育厅", "{p}省科学技术协会", "{p}省科学技术厅", "{p}省农业科学院"]
NAT_HOST = ["中国农学会", "中国土木工程学会", "中华医学会", "中国地理学会", "中国化学会", "中国机械工程学会"]


def sponsor(rng: random.Random, cn: str) -> tuple[str, str, str]:
    """(主管 line, 主办 line, level) consistent with the CN region; municipalities and 10/11 codes are national."""
    reg = REGION.get(cn[:2])
    if reg and reg not in ("北京", "天津", "上海", "重庆") and rng.random() < 0.55:
        uni = rng.choice(["大学", "理工大学", "农业大学", "师范大学"])
        return rng.choice(PROV_SUP).format(p=reg), f"{reg}{uni}", "provincial"
    return rng.choice(NAT_SUP), rng.choice(NAT_HOST), "national"


PUBLISHERS = [
    ("科学出版社", "北京", "03"), ("人民卫生出版社", "北京", "117"), ("中国农业出版社", "北京", "109"),
    ("化学工业出版社", "北京", "122"), ("机械工业出版社", "北京", "111"), ("高等教育出版社", "北京", "04"),
    ("清华大学出版社", "北京", "302"), ("山东科学技术出版社", "济南", "5723"), ("河南科学技术出版社", "郑州", "5725"),
    ("湖南科学技术出版社", "长沙", "5710"), ("中国建筑工业出版社", "北京", "112"), ("电子工业出版社", "北京", "121"),
    ("中国水利水电出版社", "北京", "5170"), ("北京师范大学出版社", "北京", "303"), ("中国中医药出版社", "北京", "5132"),
]  # fmt: skip
BOOK_TITLES = [
    "基层医院急诊急救手册", "黄淮海平原小麦高产栽培技术", "中小学教师课堂观察与诊断", "建筑工程质量通病防治",
    "现代果园生态管理", "临床常见病护理规范", "县域经济发展与乡村治理", "水利工程运行管理实务", "儿科常见病中西医结合诊疗",
    "初中数学问题解决教学研究", "畜禽疫病防控技术图解", "城市地下管网检测与修复", "特种设备检验技术与案例",
    "土壤污染修复原理与实践",
]  # fmt: skip
FOREIGN = [
    ("美", "约翰·W.克雷斯威尔", "Research Design"), ("英", "安东尼·吉登斯", "Sociology"),
    ("美", "琳达·达林-哈蒙德", "Powerful Teacher Education"), ("德", "克劳斯·施瓦布", "Shaping the Future"),
    ("日", "佐藤学", "The Challenge of School Reform"), ("美", "艾伦·R.纳尔逊", "Soil Microbiology"),
]  # fmt: skip
FOREIGN_TITLES = {
    "Research Design": "研究设计：质性、量化与混合方法",
    "Sociology": "社会学基础教程",
    "Powerful Teacher Education": "有力的教师教育",
    "Shaping the Future": "塑造未来的技术变革",
    "The Challenge of School Reform": "学校的挑战：创建学习共同体",
    "Soil Microbiology": "土壤微生物学导论",
}
