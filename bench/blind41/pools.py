"""Draw 41's own pools: context, layout families, names, workplaces, organisers, topics and date styles.

Picture: proofs gathered for the continuing-education audit of Dezhou (德州) and Kaifeng (开封)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.blind.common import isbn13_check, issn_check, journals, patent_check

DRAW = 41


@dataclass
class Ctx:
    rng: random.Random
    body: str
    bold: str
    hand: str = "ukai"
    pdf_text: bool = False
    draw: int = DRAW
    k: int = 0
    offset: int = 0
    used: list[str] = field(default_factory=list)

    def pick(self, pool: str, seq: list) -> object:  # a wording choice, recorded
        i = self.rng.randrange(len(seq))
        self.used.append(f"t{DRAW}.{pool}#{i}")
        return seq[i]


# ---- layout families ----------------------------------------------------------------------------
FAMILIES: dict[str, tuple[str, list[str]]] = {
    "training_certificate": ("tcert", ["classic", "landscape", "online", "letter", "card", "opened"]),
    "sign_in_sheet": ("sign", ["table", "twopanel", "handfill", "ampm", "multipage", "app"]),
    "training_notice": ("notice", ["redhead", "schedule", "invite", "web", "annotated", "chat"]),
    "journal_article": ("jour", ["first", "cover", "toc", "bilingual", "bundle", "record"]),
    "book": ("book", ["cover", "cip", "titlepage", "board", "translation", "spread"]),
    "patent_certificate": ("pat", ["invention", "utility", "design", "twopage", "ecert", "register"]),
    "award_certificate": ("award", ["honour", "group", "landscape", "contest", "social", "paper"]),
    "project_completion": ("proj", ["cert", "leader", "table", "letter", "landscape", "system"]),
    "qualification_certificate": (
        "qual",
        ["diploma", "degree", "pgcourse", "selfstudy", "computer", "xuexin"],
    ),
    "other": ("misc", ["receipt", "register", "leave", "report", "idcard", "payment", "employ"]),
}
VARIANTS: dict[str, list[str]] = {f"t{DRAW}.layout.{t}": v for t, (_, v) in FAMILIES.items()}


def variant(ctx: Ctx, etype: str) -> str:
    """The layout variant for this document: cycles through the type's variants (k plus a per-seed offset)."""
    vs = FAMILIES[etype][1]
    v = vs[(ctx.k + ctx.offset) % len(vs)]
    ctx.used.append(f"t{DRAW}.layout.{etype}#{v}")
    return v


def layout(etype: str, v: str) -> str:
    return f"{FAMILIES[etype][0]}{DRAW}-{v}"


# ---- check digits (the shared ones) -------------------------------------------------------------
def zl_check(d12: str) -> str:
    return patent_check(d12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


# ---- dates ---------------------------------------------------------------------------------------
CN = "〇一二三四五六七八九"


def cn_n(n: int) -> str:
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def cn_y(y: int) -> str:
    return "".join(CN[int(c)] for c in str(y))


STYLES = ["iso", "cn", "cnpad", "cnnum", "dot", "dotpad", "slash"]


def fd(d: dt.date, style: str) -> str:
    return {
        "iso": d.isoformat(),
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cnpad": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "cnnum": f"{cn_y(d.year)}年{cn_n(d.month)}月{cn_n(d.day)}日",
        "dot": f"{d.year}.{d.month}.{d.day}",
        "dotpad": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
    }[style]


def fm(y: int, m: int, style: str) -> str:
    """A month-only date as printed."""
    return {
        "iso": f"{y}-{m:02d}",
        "cn": f"{y}年{m}月",
        "cnpad": f"{y}年{m:02d}月",
        "cnnum": f"{cn_y(y)}年{cn_n(m)}月",
        "dot": f"{y}.{m}",
        "dotpad": f"{y}.{m:02d}",
        "slash": f"{y}/{m:02d}",
    }[style]


SEPS = ["至", "—", "-", "~", " 至 ", "－"]


def fr(a: dt.date, b: dt.date, style: str, sep: str) -> str:
    """A period: the CJK styles drop the repeated year (and month) from the end."""
    if a == b:
        return fd(a, style)
    if style == "iso" and sep.strip() in ("-", "－"):
        sep = "至"
    if style in ("cn", "cnpad") and a.year == b.year:
        pad = style == "cnpad"
        if a.month == b.month:
            tail = f"{b.day:02d}日" if pad else f"{b.day}日"
        else:
            tail = f"{b.month:02d}月{b.day:02d}日" if pad else f"{b.month}月{b.day}日"
        return fd(a, style) + sep + tail
    return fd(a, style) + sep + fd(b, style)


def date_forms(d: dt.date) -> list[str]:
    return [fd(d, s) for s in STYLES]


def month_forms(y: int, m: int) -> list[str]:
    return [fm(y, m, s) for s in STYLES]


def range_forms(a: dt.date, b: dt.date) -> list[str]:
    return [fr(a, b, s, sep) for s in STYLES for sep in SEPS]


def style(ctx: Ctx, allow: list[str] | None = None) -> str:
    return str(ctx.pick("date_style", allow or STYLES))


def a_date(ctx: Ctx, y0: int = 2018, y1: int = 2024) -> dt.date:
    return dt.date(ctx.rng.randint(y0, y1), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))


def later(d: dt.date, lo: int, hi: int, ctx: Ctx) -> dt.date:
    return d + dt.timedelta(days=ctx.rng.randint(lo, hi))


def hrs(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else str(h)


# ---- people --------------------------------------------------------------------------------------
SURN_COMMON = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦史顾侯邵孟万段钱汤尹黎常武乔贺龚"
)
SURN_RARE = list("禚逄鞠隋栾綦仉亓宓昝靳扈甄牛訾邢臧庞岳娄冀郜智蔺屈寇")
SURN_TWO = ["欧阳", "司马", "诸葛", "上官", "尉迟", "东方", "公孙"]
GIVEN = list(
    "宏志海建秀丽雪梅晓明文博浩宇子轩思雨嘉怡俊杰国庆振兴春燕凤霞晨曦一鸣婧璇玮琦彦斐昊瑾珂琳岚峥蕾锋毅鑫磊淼茜冉睿洁楠婉钰铮欣悦帆舟卫红立新永胜桂芝玉兰德全长青"
)
FOURS = ["阿依努尔", "古丽娜尔", "乌兰托娅", "格桑卓玛", "巴图孟和", "其木格娃"]


def a_name(ctx: Ctx, used: set[str]) -> str:
    rng = ctx.rng
    for _ in range(100):
        r = rng.random()
        if r < 0.04:
            n = rng.choice(FOURS)
        elif r < 0.10:
            n = rng.choice(SURN_TWO) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))
        else:
            s = rng.choice(SURN_RARE) if r < 0.22 else rng.choice(SURN_COMMON)
            n = s + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2, 2])))
        if n not in used and not any(n in u or u in n for u in used):
            used.add(n)
            return n
    raise RuntimeError("names exhausted")


def some_names(ctx: Ctx, k: int) -> list[str]:
    used: set[str] = set()
    return [a_name(ctx, used) for _ in range(k)]


# ---- places and professions ---------------------------------------------------------------------
CITIES = {
    "德州": {
        "prov": "山东",
        "counties": [
            "德城区",
            "陵城区",
            "禹城市",
            "乐陵市",
            "宁津县",
            "庆云县",
            "临邑县",
            "齐河县",
            "平原县",
            "夏津县",
            "武城县",
        ],
        "zip": "253000",
        "tel": "0534",
        "roads": ["东风中路", "三八东路", "湖滨北大道", "天衢东路", "新湖大街"],
    },
    "开封": {
        "prov": "河南",
        "counties": [
            "鼓楼区",
            "龙亭区",
            "顺河回族区",
            "禹王台区",
            "祥符区",
            "杞县",
            "通许县",
            "尉氏县",
            "兰考县",
        ],
        "zip": "475000",
        "tel": "0371",
        "roads": ["金明大道", "宋城路", "晋安路", "夷山大街", "东京大道"],
    },
}
COUNTY_CITIES = {"禹城市", "乐陵市"}


@dataclass(frozen=True)
class Prof:
    key: str
    field: str  # 专业 as printed
    units: tuple[str, ...]  # {c} city, {x} county
    topics: tuple[str, ...]
    societies: tuple[str, ...]  # {p} province, {c} city
    jkeys: tuple[str, ...]
    papers: tuple[str, ...]
    projects: tuple[str, ...]
    degree: str


PROFS = [
    Prof(
        "bridge",
        "桥梁与隧道工程",
        (
            "{c}市公路事业发展中心",
            "{c}市交通规划勘察设计院",
            "{x}交通运输局公路站",
            "{c}市路桥建设集团有限公司",
        ),
        (
            "公路桥梁预防性养护技术",
            "装配式桥梁施工质量控制",
            "沥青路面就地热再生技术",
            "桥梁定期检测与荷载试验",
            "农村公路安全生命防护工程",
            "高速公路改扩建交通组织设计",
        ),
        ("{p}省公路学会", "{c}市交通运输局", "{p}省交通运输厅干部培训中心", "{c}市公路学会"),
        ("公路", "桥梁", "交通"),
        (
            "装配式空心板桥铰缝病害成因及加固对策",
            "基于有限元的连续箱梁桥温度效应分析",
            "寒区沥青路面低温开裂防治技术研究",
            "旧桥拓宽工程新旧结构连接受力分析",
            "农村公路小跨径桥梁快速检测方法",
        ),
        ("平原区高速公路桥梁伸缩缝耐久性研究", "黄泛区软土路基处治技术研究", "中小跨径桥梁智能监测系统研发"),
        "土木工程",
    ),
    Prof(
        "dent",
        "口腔医学",
        ("{c}市口腔医院", "{c}市人民医院口腔科", "{x}人民医院口腔科", "{c}市中心医院口腔颌面外科"),
        (
            "根管治疗规范化操作",
            "口腔种植修复新进展",
            "儿童龋病防治适宜技术",
            "牙周病基础治疗与维护",
            "口腔诊疗感染防控",
            "数字化口腔修复技术",
        ),
        ("{p}省口腔医学会", "{c}市口腔医学会", "{c}市人民医院继续医学教育办公室", "{c}市卫生健康委员会"),
        ("口腔",),
        (
            "锥形束CT在上颌磨牙根管治疗中的应用",
            "即刻种植即刻修复的临床效果观察",
            "窝沟封闭预防学龄儿童龋病的效果评价",
            "牙周基础治疗对2型糖尿病患者血糖的影响",
            "数字化导板引导下种植体植入精度分析",
        ),
        ("学龄儿童龋病综合干预模式研究", "老年牙列缺损种植修复疗效评价", "口腔门诊感染防控规范化管理研究"),
        "口腔医学",
    ),
    Prof(
        "pt",
        "康复治疗学",
        ("{c}市第二人民医院康复医学科", "{c}市中医院康复科", "{x}中医院康复科", "{c}市残疾人康复中心"),
        (
            "脑卒中后运动功能康复",
            "骨科术后康复评定与训练",
            "运动损伤的物理治疗",
            "儿童脑性瘫痪康复训练",
            "神经肌肉电刺激技术应用",
            "慢性腰痛的运动疗法",
        ),
        ("{p}省康复医学会", "{c}市康复医学会", "{c}市中心医院科教科", "{p}省残疾人康复协会"),
        ("康复",),
        (
            "核心稳定训练对慢性非特异性腰痛的疗效观察",
            "镜像疗法改善脑卒中偏瘫患者上肢功能的研究",
            "早期康复训练在膝关节置换术后的应用",
            "体外冲击波治疗跟痛症的临床观察",
            "悬吊训练对痉挛型脑瘫儿童步行能力的影响",
        ),
        (
            "社区脑卒中患者居家康复模式研究",
            "运动疗法干预老年肌少症的效果研究",
            "儿童脑瘫家庭康复指导方案研究",
        ),
        "康复治疗学",
    ),
    Prof(
        "teach",
        "中学物理",
        ("{c}市第一中学", "{c}高级中学", "{x}第一中学", "{c}市实验中学", "{x}第二高级中学"),
        (
            "高中物理大单元教学设计",
            "化学实验探究教学策略",
            "物理学科核心素养的培育",
            "中学化学微型实验开发",
            "初高中物理衔接教学",
            "新高考背景下化学复习备考",
        ),
        (
            "德州学院继续教育学院",
            "河南大学教育学部",
            "{c}市教育和体育局",
            "{c}市教育局",
            "{p}省教育科学研究院",
        ),
        ("物理", "化学"),
        (
            "基于核心素养的高中物理实验教学改进",
            "高中化学微型实验的设计与实践",
            "楞次定律教学中的科学思维培养",
            "新高考背景下化学选择性必修教学策略",
            "DIS实验在高中物理教学中的应用",
        ),
        ("县域高中物理实验教学资源开发研究", "基于项目式学习的高中化学教学研究", "高中物理分层作业设计研究"),
        "物理学",
    ),
    Prof(
        "seed",
        "作物遗传育种",
        ("{c}市农业科学研究院", "{c}市农林科学研究院", "{x}农业农村局种子管理站", "{x}农业技术推广中心"),
        (
            "玉米新品种区域试验技术",
            "小麦种子质量检验",
            "农作物种子生产经营管理",
            "大豆高产栽培技术",
            "种业知识产权保护",
            "小麦赤霉病综合防控",
        ),
        ("{p}省种子协会", "{c}市农业农村局", "{p}省农业科学院", "{c}市农学会"),
        ("作物", "麦"),
        (
            "黄淮海地区夏玉米品种耐密性评价",
            "不同播期对冬小麦产量构成的影响",
            "小麦种子活力快速检测方法比较",
            "鲁西北盐碱地大豆品种筛选试验",
            "玉米单粒精播技术示范效果分析",
        ),
        ("耐盐碱小麦新品种选育", "夏玉米机收籽粒品种筛选与配套技术", "高油酸花生品种区域适应性研究"),
        "作物学",
    ),
    Prof(
        "gas",
        "燃气工程",
        (
            "{c}市燃气热力有限公司",
            "{c}市安泰燃气有限公司",
            "{x}城乡燃气服务中心",
            "{c}市汴源燃气集团有限公司",
        ),
        (
            "城镇燃气管网安全运行",
            "燃气泄漏检测与应急处置",
            "液化石油气站安全管理",
            "燃气用户安全检查规范",
            "压力管道定期检验",
            "燃气场站双重预防机制建设",
        ),
        ("{c}市住房和城乡建设局", "{c}市城市管理局", "{p}省燃气协会", "{c}市安泰燃气有限公司培训中心"),
        ("安全", "天然气"),
        (
            "城镇老旧燃气管网风险评估方法研究",
            "基于物联网的燃气泄漏监测预警系统",
            "液化石油气储罐区火灾风险分析",
            "居民用户燃气安全隐患排查对策",
            "中压燃气管道第三方破坏防护技术",
        ),
        ("城镇燃气管网泄漏智能监测技术研究", "燃气场站安全风险分级管控研究", "老旧小区燃气管道改造技术研究"),
        "油气储运工程",
    ),
    Prof(
        "hinsp",
        "卫生监督",
        (
            "{c}市卫生健康综合执法支队",
            "{c}市卫生健康监督所",
            "{x}卫生健康综合执法大队",
            "{c}市疾病预防控制中心",
        ),
        (
            "公共场所卫生监督执法",
            "生活饮用水卫生监测",
            "医疗机构传染病防治监督",
            "学校卫生监督检查要点",
            "职业卫生监督执法实务",
            "消毒产品卫生监督",
        ),
        ("{p}省预防医学会", "{c}市卫生健康委员会", "{p}省卫生监督协会", "{c}市预防医学会"),
        ("卫生", "预防"),
        (
            "农村集中式供水水质卫生状况调查",
            "公共场所集中空调通风系统卫生学评价",
            "医疗机构传染病防治监督检查结果分析",
            "中小学校教学环境卫生监测分析",
            "餐饮具集中消毒单位卫生状况调查",
        ),
        ("农村饮用水卫生安全监测体系研究", "公共场所卫生信用监管模式研究", "学校传染病防控监督机制研究"),
        "预防医学",
    ),
    Prof(
        "tax",
        "会计",
        ("{c}正信税务师事务所有限公司", "{c}市财政局", "{x}税务局", "{c}汴通会计师事务所有限公司"),
        (
            "增值税留抵退税政策解读",
            "个人所得税综合所得汇算",
            "企业所得税纳税申报实务",
            "政府会计制度实务",
            "新收入准则应用",
            "管理会计工具与应用",
        ),
        ("{p}省税务师协会", "{c}市财政局", "{p}省会计学会", "{c}市注册会计师协会"),
        ("经济",),
        (
            "县域中小企业增值税留抵退税效应分析",
            "政府会计制度下行政事业单位成本核算",
            "数字经济背景下个人所得税征管研究",
            "新收入准则对制造业企业财务报表的影响",
            "业财融合视角下管理会计应用研究",
        ),
        ("县域中小企业税收营商环境优化研究", "行政事业单位内部控制评价研究", "数字化转型下企业财务共享研究"),
        "会计学",
    ),
]

PUBLIC_TOPICS = [
    "数字经济与创新驱动发展",
    "专业技术人员职业道德与诚信建设",
    "人工智能与数字化转型",
    "乡村振兴战略专题",
    "心理健康与压力管理",
    "知识产权保护与运用",
    "法治素养与依法履职",
]
PARTY_SCHOOLS = ["中共{x}委党校", "中共{c}市委党校"]
PLATFORMS = ["{c}市专业技术人员继续教育网络学院", "{p}专技在线学习平台", "华育云课堂继续教育平台"]


def prof(ctx: Ctx) -> Prof:
    return PROFS[ctx.rng.randrange(len(PROFS))]


def city(ctx: Ctx) -> str:
    return ctx.rng.choice(list(CITIES))


def fill(s: str, c: str, ctx: Ctx) -> str:
    x = ctx.rng.choice(CITIES[c]["counties"])
    if x.endswith("区"):
        x = f"{c}市{x}"
    return s.format(c=c, p=CITIES[c]["prov"], x=x)


def unit(ctx: Ctx, p: Prof, c: str) -> str:
    return fill(ctx.rng.choice(p.units), c, ctx)


def society(ctx: Ctx, p: Prof, c: str) -> str:
    return fill(ctx.rng.choice(p.societies), c, ctx)


def topic(ctx: Ctx, p: Prof) -> str:
    return ctx.rng.choice(p.topics)


def phone_no(ctx: Ctx, c: str) -> str:
    return f"{CITIES[c]['tel']}-{ctx.rng.randint(2000000, 8999999)}"


def mobile(ctx: Ctx) -> str:
    return f"1{ctx.rng.choice('35789')}{ctx.rng.randint(0, 9)}{ctx.rng.randint(10000000, 99999999)}"


def address(ctx: Ctx, c: str) -> str:
    return f"{CITIES[c]['prov']}省{c}市{ctx.rng.choice(CITIES[c]['roads'])}{ctx.rng.randint(1, 899)}号"


def serial(ctx: Ctx, prefix: str = "", n: int = 8) -> str:
    return prefix + "".join(str(ctx.rng.randint(0, 9)) for _ in range(n))


def journal_for(ctx: Ctx, p: Prof):  # noqa: ANN201
    js = [j for j in journals() if any(k in j.name for k in p.jkeys)]
    return ctx.rng.choice(js or list(journals()))
