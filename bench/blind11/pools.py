"""Draw 11's context, layout variants, date printing and the pools its documents draw from."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind import common

VARIANTS: dict[str, list[str]] = {
    "t11.layout.cert": ["prose", "platform", "ledger", "blanks", "mobile", "ornate"],
    "t11.layout.sign": ["grid", "halves", "infobox", "ampm", "sparse", "booklet"],
    "t11.layout.notice": ["redhead", "invite", "agenda", "webpage", "reply", "conference"],
    "t11.layout.journal": ["firstpage", "contents", "cover", "citeline", "coverplus", "contents2"],
    "t11.layout.book": ["copyright", "cover", "titleplus", "translated", "board", "monograph"],
    "t11.layout.patent": ["classic", "ecert", "register", "gazette", "spaced"],
    "t11.layout.award": ["personal", "team", "social", "contest", "banner", "grid"],
    "t11.layout.project": ["certificate", "leader", "appraisal", "wide", "acceptance", "blanks"],
    "t11.layout.qual": ["diploma", "degree", "courses", "selfexam", "computer", "registry"],
    "t11.layout.other": ["appoint", "accepted", "titlecert", "employment", "logsheet", "receipt"],
}


def zl_check(digits12: str) -> str:
    return common.patent_check(digits12)


def issn_digit(d7: str) -> str:
    return common.issn_check(d7)


def isbn_digit(d12: str) -> str:
    return common.isbn13_check(d12)


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
        """This document's layout variant: every variant once per len(variants) documents."""
        vs = VARIANTS[f"t11.layout.{family}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t11.layout.{family}#{v}")
        return v

    def pick(self, tag: str, options: list[Any]) -> Any:
        i = self.rng.randrange(len(options))
        self.used.append(f"t11.{tag}#{i}")
        return options[i]

    def seed(self) -> int:
        return self.rng.randrange(1, 10**6)


# ---- dates ---------------------------------------------------------------------------------
HAN = "〇一二三四五六七八九"
DATE_FORMS = ["han", "pad", "plain", "dots", "iso", "slash", "airy", "hanzero"]


def han_num(n: int) -> str:
    if n < 10:
        return HAN[n]
    tens, unit = divmod(n, 10)
    return ("" if tens == 1 else HAN[tens]) + "十" + (HAN[unit] if unit else "")


def han_year(y: int, zero: str = "〇") -> str:
    return "".join(HAN[int(c)] for c in str(y)).replace("〇", zero)


def fdate(d: dt.date, form: str) -> str:
    if form in ("han", "hanzero"):
        z = "〇" if form == "han" else "○"
        return f"{han_year(d.year, z)}年{han_num(d.month)}月{han_num(d.day)}日"
    return {
        "pad": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "plain": f"{d.year}年{d.month}月{d.day}日",
        "dots": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "iso": d.isoformat(),
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "airy": f"{d.year} 年 {d.month} 月 {d.day} 日",
    }[form]


def fmonth(y: int, m: int, form: str) -> str:
    if form in ("han", "hanzero"):
        return f"{han_year(y, '〇' if form == 'han' else '○')}年{han_num(m)}月"
    return {
        "pad": f"{y}年{m:02d}月",
        "plain": f"{y}年{m}月",
        "dots": f"{y}.{m:02d}",
        "iso": f"{y}-{m:02d}",
        "slash": f"{y}/{m:02d}",
        "airy": f"{y} 年 {m} 月",
    }[form]


def fspan(a: dt.date, b: dt.date, form: str, joiner: str = "至") -> str:
    """A period; in the 年月日 forms a repeated year (and month) is left off the end."""
    if form in ("plain", "pad") and a.year == b.year:
        p = (lambda n: f"{n:02d}") if form == "pad" else str
        tail = f"{p(b.month)}月{p(b.day)}日" if a.month != b.month else f"{p(b.day)}日"
        return fdate(a, form) + joiner + tail
    return fdate(a, form) + joiner + fdate(b, form)


def iso(d: dt.date) -> str:
    return d.isoformat()


def ym(y: int, m: int) -> str:
    return f"{y}-{m:02d}"


def day(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def shift(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


# ---- people ----------------------------------------------------------------------------------
FAMILY = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶"
    "阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺"
    "赖龚庞樊殷施陶洪翟安颜倪严牛季俞章鲁葛伍韦申毕聂焦柳邢岳齐梅莫庄辛管祝左涂谷祁耿詹关苗凌费纪靳"
    "盛童甄项曲游裴卫屈鲍覃霍翁隋甘景单包柏宁柯阮桂闵"
)
DOUBLE = ["欧阳", "上官", "司徒", "端木", "尉迟", "长孙", "宇文", "南宫"]
GIVEN2 = (
    "晓梅 建华 文静 振宇 春燕 海涛 丽娟 国庆 雅琴 志强 晨曦 宏亮 思远 佳琪 立军 秀兰 俊杰 雪松 玉洁 明辉 "
    "天翔 红霞 学峰 凤英 子墨 家豪 若彤 广林 德华 少华 新民 翠萍 桂芝 永刚 亚楠 浩宇 一鸣 书瑶 金凤 长青 "
    "兆林 瑞雪 世杰 美玲 庆华 爱民 慧敏 婉清 泽宇 嘉怡 梦琪 宗翰 守仁 铁军 文博 昭阳 向东 艳玲 丽萍 "
    "卫国 秋菊 雨桐 可欣 锦程 铭轩 冬梅 春华 建新 益民 素琴 宝山 恩泽 心怡 晓光 伟林 灵芝 月华 秀芳"
).split()
GIVEN2 = [g for g in GIVEN2 if all("\u4e00" <= c <= "\u9fff" for c in g)]
GIVEN1 = list("磊静敏超勇丹娟鑫琳昊彬莉悦航锋蕾楠翔玮璐辉萌骁菲婧晗")
MINORITY = [
    "阿不都热依木",
    "格桑旺姆",
    "乌兰图雅",
    "努尔古丽",
    "朝鲁门",
    "扎西次仁",
    "阿依努尔",
    "哈斯其木格",
]
FOREIGN = [
    ("美", "约翰·W.霍华德"),
    ("英", "彼得·柯林斯"),
    ("德", "托马斯·施密特"),
    ("日", "佐藤健一"),
    ("美", "玛丽·E.卡特"),
    ("法", "让-皮埃尔·杜邦"),
    ("澳", "大卫·麦克唐纳"),
    ("加", "琳达·米勒"),
]


def person_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        r = rng.random()
        if r < 0.04:
            n = rng.choice(MINORITY)
        else:
            fam = rng.choice(DOUBLE) if r < 0.09 else rng.choice(FAMILY)
            n = fam + (rng.choice(GIVEN1) if rng.random() < 0.3 else rng.choice(GIVEN2))
        if n not in taken:
            taken.add(n)
            return n


def crowd(rng: random.Random, n: int) -> list[str]:
    taken: set[str] = set()
    return [person_name(rng, taken) for _ in range(n)]


# ---- places and organisations ----------------------------------------------------------------
REGIONS = {
    "山东": ["德州", "烟台", "泰安", "济宁", "聊城", "滨州", "日照", "潍坊"],
    "河南": ["开封", "洛阳", "许昌", "商丘", "周口", "焦作"],
    "湖南": ["益阳", "常德", "郴州", "衡阳", "邵阳", "娄底"],
}
COUNTIES = {
    "德州": ["齐河", "平原", "夏津"],
    "烟台": ["栖霞", "海阳", "长岛"],
    "泰安": ["宁阳", "东平"],
    "济宁": ["微山", "鱼台", "金乡", "嘉祥"],
    "聊城": ["阳谷", "莘县", "冠县"],
    "开封": ["杞县", "通许", "尉氏", "兰考"],
    "洛阳": ["孟津", "新安", "栾川", "嵩县"],
    "益阳": ["桃江", "安化", "南县"],
    "常德": ["汉寿", "澧县", "临澧", "桃源"],
    "郴州": ["桂阳", "宜章", "永兴", "嘉禾"],
}
WORKPLACES = [
    "{c}市中心医院",
    "{c}市第三人民医院",
    "{c}市农业技术推广中心",
    "{c}市实验中学",
    "{c}市城乡规划设计研究院",
    "{c}市生态环境监测中心",
    "{c}市气象局",
    "{c}市公路事业发展中心",
    "{c}市第二实验小学",
    "{c}市动物疫病预防控制中心",
    "{c}市水文中心",
    "{c}市食品药品检验检测中心",
    "{c}市园林绿化服务中心",
    "{c}市中医院",
    "{c}市工程质量安全监督站",
    "{c}市第一职业中学",
    "{c}市自然资源勘测中心",
    "{c}市儿童医院",
]
COUNTY_WORKPLACES = [
    "{x}县人民医院",
    "{x}县第一中学",
    "{x}县农业农村局",
    "{x}县林业发展中心",
    "{x}县疾控中心",
]
UNIVERSITIES = {
    "山东": ["山东建筑大学", "聊城大学", "临沂大学", "济南大学", "山东理工大学", "滨州医学院", "潍坊医学院"],
    "河南": ["河南工业大学", "河南理工大学", "许昌学院", "洛阳师范学院", "河南中医药大学", "商丘师范学院"],
    "湖南": ["湖南科技大学", "湖南工业大学", "长沙理工大学", "吉首大学", "湖南文理学院", "南华大学"],
}


@dataclass(frozen=True)
class Place:
    prov: str
    city: str


def somewhere(rng: random.Random) -> Place:
    prov = rng.choice(list(REGIONS))
    return Place(prov, rng.choice(REGIONS[prov]))


def workplace(rng: random.Random, pl: Place) -> str:
    if pl.city in COUNTIES and rng.random() < 0.25:
        return rng.choice(COUNTY_WORKPLACES).format(x=rng.choice(COUNTIES[pl.city]))
    return rng.choice(WORKPLACES).format(c=pl.city)


def university(rng: random.Random, pl: Place) -> str:
    return rng.choice(UNIVERSITIES[pl.prov])


# ---- training topics -------------------------------------------------------------------------
TOPICS = [
    "乡村振兴战略与农业农村现代化",
    "数字政府建设与数据安全",
    "心理健康与压力管理",
    "新发传染病防控与院感管理",
    "基层医疗机构合理用药",
    "装配式建筑施工技术",
    "BIM技术在市政工程中的应用",
    "智慧水利与防汛抗旱",
    "农作物病虫害绿色防控",
    "中小学教师信息技术应用能力提升",
    "新课标下的大单元教学设计",
    "生态环境监测质量管理",
    "畜禽养殖废弃物资源化利用",
    "特种设备安全技术规范解读",
    "工程造价与全过程咨询",
    "急危重症护理技能",
    "土壤污染状况调查与修复",
    "人工智能赋能制造业",
    "知识产权保护与科技成果转化",
    "碳达峰碳中和与绿色发展",
    "法治政府建设与依法行政",
    "医疗纠纷预防与处理",
]
COURSE_FORMS = [
    "{t}培训班",
    "{t}专题培训",
    "{y}年{t}研修班",
    "{t}高级研修班",
    "{t}能力提升培训",
    "{t}继续教育培训",
]
TRAINERS = [
    "{c}市人力资源和社会保障局",
    "{c}市卫生健康委员会",
    "{c}市住房和城乡建设局",
    "{c}市农业农村局",
    "{c}市教育和体育局",
    "{c}市科学技术协会",
    "{c}市水利局",
    "{c}市生态环境局",
    "{p}省医学会",
    "{p}省护理学会",
    "{p}省土木建筑学会",
    "{u}继续教育学院",
]


def course(rng: random.Random, year: int) -> str:
    return rng.choice(COURSE_FORMS).format(t=rng.choice(TOPICS), y=year)


def trainer(rng: random.Random, pl: Place) -> str:
    return rng.choice(TRAINERS).format(c=pl.city, p=pl.prov, u=university(rng, pl))


# ---- research subjects -----------------------------------------------------------------------
DOMAINS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "agri": (
        ["冬小麦", "设施蔬菜", "夏玉米", "油茶林", "生猪养殖场", "茶园", "设施番茄", "肉牛"],
        ["产量形成影响因素分析", "病虫害绿色防控效果评价", "水肥一体化优化", "品质性状研究", "高效栽培模式"],
        ["田间试验", "主成分分析", "随机森林", "灰色关联分析"],
    ),
    "med": (
        ["高血压患者", "2型糖尿病患者", "老年慢性病患者", "县域医共体", "社区居家护理", "脑卒中患者"],
        ["健康管理模式", "干预效果评价", "危险因素分析", "护理质量控制", "随访管理"],
        ["Meta分析", "倾向性评分匹配", "Logistic回归", "德尔菲法"],
    ),
    "eng": (
        ["再生混凝土", "黄土边坡", "装配式框架节点", "城市供水管网", "钢结构桥梁", "深基坑支护"],
        ["力学性能试验研究", "稳定性分析", "优化设计", "风险评估", "变形监测"],
        ["有限元模拟", "机器学习", "数字孪生", "BIM"],
    ),
    "env": (
        ["黄河下游湿地", "城市绿地土壤", "农村生活污水", "流域水质", "城市大气颗粒物"],
        ["时空变化特征", "重金属污染评价", "综合治理", "生态风险评估", "来源解析"],
        ["遥感反演", "正定矩阵因子分解", "地理探测器", "层次分析法"],
    ),
    "edu": (
        ["初中数学课堂", "小学语文阅读", "高职院校实训教学", "乡村小学英语", "中职护理专业教学"],
        ["教学模式", "评价体系构建", "实践研究", "作业设计"],
        ["行动研究", "问卷调查", "课堂观察", "结构方程模型"],
    ),
}
DOMAIN_WORDS = [("agri", "农作畜牧兽园艺植物土壤林茶草"), ("med", "医药护理卫生临床中华"), ("env", "环境生态水资源湖泊大气气象"),
                ("edu", "教育教学课程")]  # fmt: skip
OBJECTS = [o for v in DOMAINS.values() for o in v[0]]
PAPER_FORMS = ["基于{m}的{o}{t}", "{o}{t}研究", "{p}地区{o}{t}", "{o}{t}研究进展", "{m}在{o}{t}中的应用"]


def domain_of(journal_name: str) -> str:
    for dom, chars in DOMAIN_WORDS:
        if any(c in journal_name for c in chars):
            return dom
    return "eng"


def subject(rng: random.Random, domain: str | None = None) -> tuple[str, str, str]:
    """(object, task, method) from one field of study."""
    objs, tasks, methods = DOMAINS[domain or rng.choice(list(DOMAINS))]
    return rng.choice(objs), rng.choice(tasks), rng.choice(methods)


def research_title(rng: random.Random, pl: Place | None = None, domain: str | None = None) -> str:
    o, t, m = subject(rng, domain)
    return (
        rng.choice(PAPER_FORMS)
        .format(m=m, o=o, t=t, p=(pl or somewhere(rng)).city)
        .replace("研究研究", "研究")
        .replace("教学教学", "教学")
    )


PROJECT_FORMS = [
    "{o}{t}研究",
    "新时代背景下{o}{t}的实践探索",
    "{c}市{o}{t}与示范",
    "{o}{t}关键技术集成",
]


def project_title(rng: random.Random, pl: Place) -> str:
    o, t, _ = subject(rng)
    return (
        rng.choice(PROJECT_FORMS)
        .format(o=o, t=t, c=pl.city)
        .replace("研究研究", "研究")
        .replace("教学教学", "教学")
    )


def journal(rng: random.Random) -> common.Journal:
    return rng.choice(common.journals())


NATIONAL_OWNERS = [
    "中国科学技术协会",
    "教育部",
    "中国科学院",
    "国家卫生健康委员会",
    "农业农村部",
    "水利部",
    "自然资源部",
]
PROVINCIAL_OWNERS = ["{p}省教育厅", "{p}省科学技术协会", "{p}省科学技术厅", "{p}省卫生健康委员会"]
PROVINCES_BY_CN = {
    "13": "河北", "14": "山西", "21": "辽宁", "22": "吉林", "23": "黑龙江", "32": "江苏", "33": "浙江",
    "34": "安徽", "35": "福建", "36": "江西", "37": "山东", "41": "河南", "42": "湖北", "43": "湖南",
    "44": "广东", "46": "海南", "51": "四川", "52": "贵州", "53": "云南", "61": "陕西", "62": "甘肃",
    "63": "青海",
}  # fmt: skip


def owner(rng: random.Random, j: common.Journal) -> tuple[str, str]:
    """The printed 主管 line for a journal, and the level it gives (a province only for its own CN code)."""
    prov = PROVINCES_BY_CN.get(j.cn[:2])
    if prov and rng.random() < 0.65:
        return rng.choice(PROVINCIAL_OWNERS).format(p=prov), "provincial"
    return rng.choice(NATIONAL_OWNERS), "national"
