"""Draw 32's context, layout variants, people, places, workplaces and topics, date printing and check digits."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.blind import common

VARIANTS: dict[str, list[str]] = {
    "t32.layout.tc": ["frame", "landscape", "platform", "email", "desk", "handform", "card", "online"],
    "t32.layout.sign": ["grid", "crossed", "twocol", "pages", "meeting", "handhead", "scan"],
    "t32.layout.notice": ["redhead", "invite", "schedule", "wechat", "mail", "second", "memo"],
    "t32.layout.jour": ["first", "toc", "cover", "citeline", "twocol", "portal", "offprint"],
    "t32.layout.book": ["cover", "cip", "titlepage", "translation", "board", "monograph", "spread"],
    "t32.layout.pat": ["invention", "utility", "design", "electronic", "desk", "landscape"],
    "t32.layout.award": [
        "personal",
        "ranked",
        "contest",
        "province",
        "society",
        "cityc",
        "municipal",
        "company",
    ],
    "t32.layout.proj": ["cert", "host", "appraisal", "eduland", "accept", "card"],
    "t32.layout.qual": ["diploma", "master", "selfstudy", "courses", "computer", "doctor"],
    "t32.layout.other": ["title", "license", "taskbook", "poster", "safety", "accept"],
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
        """The layout variant of this document: each variant once per len(variants) documents."""
        vs = VARIANTS[f"t32.layout.{family}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t32.layout.{family}#{v}")
        return v

    def style(self, choices: tuple[str, ...] = ()) -> str:
        s = self.rng.choice(choices or DATE_STYLES)
        self.used.append(f"t32.date#{s}")
        return s

    def pick(self, seq: list | tuple):  # noqa: ANN201
        return self.rng.choice(seq)


# ---- check digits (shared helpers) ------------------------------------------------------------
def zl_check(digits12: str) -> str:
    return common.patent_check(digits12)


def issn_digit(d7: str) -> str:
    return common.issn_check(d7)


def isbn_digit(d12: str) -> str:
    return common.isbn13_check(d12)


# ---- dates ------------------------------------------------------------------------------------
DATE_STYLES = ("cjk", "cjk0", "dot", "iso", "han", "dots", "slash", "spaced")
HAN = "〇一二三四五六七八九"


def han_year(y: int) -> str:
    return "".join(HAN[int(c)] for c in str(y))


def han_n(n: int) -> str:
    if n < 10:
        return HAN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else HAN[tens]) + "十" + (HAN[ones] if ones else "")


def day(d: dt.date, st: str) -> str:
    return {
        "cjk": f"{d.year}年{d.month}月{d.day}日",
        "cjk0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "iso": d.isoformat(),
        "han": f"{han_year(d.year)}年{han_n(d.month)}月{han_n(d.day)}日",
        "dots": f"{d.year}.{d.month}.{d.day}",
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "spaced": f"{d.year} 年 {d.month} 月 {d.day} 日",
    }[st]


def month(y: int, m: int, st: str) -> str:
    return {
        "cjk": f"{y}年{m}月",
        "cjk0": f"{y}年{m:02d}月",
        "dot": f"{y}.{m:02d}",
        "iso": f"{y}-{m:02d}",
        "han": f"{han_year(y)}年{han_n(m)}月",
        "dots": f"{y}.{m}",
        "slash": f"{y}/{m:02d}",
        "spaced": f"{y} 年 {m} 月",
    }[st]


def span(a: dt.date, b: dt.date, st: str, sep: str = "至") -> str:
    if a == b:
        return day(a, st)
    if st in ("cjk", "spaced") and a.year == b.year:
        tail = f"{b.month}月{b.day}日" if a.month != b.month else f"{b.day}日"
        return day(a, st) + sep + (tail if st == "cjk" else tail.replace("月", " 月 ").replace("日", " 日"))
    return day(a, st) + sep + day(b, st)


def all_forms(d: str) -> list[str]:
    """Every way this draw prints an ISO day or month (spaces removed), for the self-check."""
    parts = [int(x) for x in d.split("-")]
    if len(parts) == 2:
        return [month(parts[0], parts[1], s).replace(" ", "") for s in DATE_STYLES]
    dd = dt.date(*parts)
    out = [day(dd, s).replace(" ", "") for s in DATE_STYLES]
    out += [f"{dd.month}月{dd.day}日", f"{dd.day}日"]
    return out


def a_day(rng: random.Random, y0: int = 2019, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


WEEK = "一二三四五六日"


# ---- people -----------------------------------------------------------------------------------
FAMILY = list(
    "王张李刘孙杨赵陈魏高马郑徐宋韩邢耿冯吕于崔鲁侯岳尚牛翟田贾郝仇甄丛宁谷鞠尹相段庞阎付姜纪董任袁颜葛毕房"
)
DOUBLE = ["东方", "司徒", "欧阳", "上官", "公孙", "宇文"]
CHARS = list(
    "振华庆民秀英红霞建新立峰永刚淑梅海燕志强文静丽娜春雷晓光玉兰德胜广才凤芝金生丙辰会芳成林卫东瑞雪书恒泽宇梦琪"
    "若涵子轩一鸣佳琦晨曦雅楠浩博昊天宏亮爱军桂香学文守信新华"
)
FOREIGN = [
    "约翰·米勒",
    "戴维·布朗",
    "玛丽·安德森",
    "彼得·霍夫曼",
    "托马斯·克劳斯",
    "苏珊·卡特",
    "理查德·格林",
]


def person(rng: random.Random, taken: set[str]) -> str:
    while True:
        fam = rng.choice(DOUBLE) if rng.random() < 0.05 else rng.choice(FAMILY)
        nm = fam + "".join(rng.choice(CHARS) for _ in range(rng.choice((1, 2, 2, 2))))
        if nm not in taken and not any(nm in t or t in nm for t in taken):
            taken.add(nm)
            return nm


def people(rng: random.Random, n: int, taken: set[str] | None = None) -> list[str]:
    taken = set() if taken is None else taken
    return [person(rng, taken) for _ in range(n)]


# ---- places and workplaces --------------------------------------------------------------------
COUNTIES = {
    "德州": [
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
    "泰安": ["泰山区", "岱岳区", "新泰市", "肥城市", "宁阳县", "东平县"],
}
SECTORS = ("agri", "vet", "pharm", "mine", "grid", "env", "school")
WORKPLACE = {
    "agri": ["{c}农业技术推广中心", "{c}农业农村局植保站", "{m}市农业科学研究院", "{c}土壤肥料工作站"],
    "vet": ["{c}畜牧兽医事业发展中心", "{c}动物疫病预防控制中心", "{m}市畜牧兽医技术服务中心"],
    "pharm": ["{m}市人民医院药学部", "{c}人民医院药剂科", "{m}市中医医院临床药学室", "{m}市妇幼保健院药剂科"],
    "mine": ["{m}鲁泰煤业有限公司", "{c}华岳矿业有限公司", "{m}泰丰矿山安全技术服务中心"],
    "grid": ["国网{m}供电公司", "国网{c}供电公司", "{m}电力勘察设计院有限公司"],
    "env": ["{m}市生态环境监测中心", "{c}生态环境监控中心", "{m}市环境科学研究所"],
    "school": ["{m}市第一中学", "{c}第二中学", "{c}实验中学", "{m}市第二实验中学", "{c}职业教育中心学校"],
}
BUREAU = {
    "agri": "{m}市农业农村局", "vet": "{m}市畜牧兽医事务中心", "pharm": "{m}市卫生健康委员会",
    "mine": "{m}市应急管理局", "grid": "国网{m}供电公司", "env": "{m}市生态环境局", "school": "{m}市教育和体育局",
}  # fmt: skip
SOCIETY = {
    "agri": "山东省农学会", "vet": "山东畜牧兽医学会", "pharm": "山东省药学会", "mine": "山东煤炭学会",
    "grid": "山东电机工程学会", "env": "山东省环境科学学会", "school": "山东省教育学会",
}  # fmt: skip


def city_county(rng: random.Random) -> tuple[str, str]:
    m = rng.choice(list(COUNTIES))
    return m, rng.choice(COUNTIES[m])


def workplace(rng: random.Random, sector: str, m: str, c: str) -> str:
    return rng.choice(WORKPLACE[sector]).format(m=m, c=c)


# ---- topics -----------------------------------------------------------------------------------
COURSES = {
    "agri": ["小麦玉米绿色高质高效技术", "设施蔬菜病虫害绿色防控技术", "耕地质量提升与化肥减量增效",
             "基层农技推广人员知识更新", "盐碱地综合利用与特色作物栽培"],
    "vet": ["非洲猪瘟等重大动物疫病防控", "官方兽医动物检疫规程", "畜禽养殖废弃物资源化利用",
            "执业兽医临床诊疗新技术", "兽用抗菌药减量使用技术"],
    "pharm": ["临床合理用药与处方审核", "抗菌药物临床应用管理", "医院药学服务能力提升",
              "静脉用药集中调配质量管理", "药物警戒与不良反应监测"],
    "mine": ["煤矿安全生产管理人员安全知识", "冲击地压防治技术", "矿井通风与瓦斯灾害防治",
             "非煤矿山安全风险分级管控", "矿山应急救援能力建设"],
    "grid": ["配电网自动化运维技术", "继电保护专业技能提升", "新能源并网与储能技术",
             "变电站智能巡检技术", "电力安全工作规程"],
    "env": ["环境监测质量保证与质量控制", "挥发性有机物监测技术", "水质自动监测站运行维护",
            "土壤污染状况调查与监测", "生态环境监测人员持证上岗"],
    "school": ["新课程新教材实施", "信息技术应用能力提升工程2.0", "中学班主任专业能力提升",
               "初中数学核心素养与教学设计", "高中物理实验教学创新"],
}  # fmt: skip
PUBLIC = ["数字经济与数字化转型", "黄河流域生态保护和高质量发展", "专业技术人员职业道德与诚信建设",
          "知识产权保护与创新驱动", "人工智能与新质生产力", "乡村振兴战略解读"]  # fmt: skip
COURSE_FORMS = ["培训班", "专题培训班", "研修班", "高级研修班", "能力提升培训班"]

PAPERS = {
    "agri": ["滨海盐碱地冬小麦节水栽培模式比较", "不同秸秆还田方式对玉米产量及土壤养分的影响",
             "鲁西北设施番茄根结线虫发生规律与防治", "氮肥后移对强筋小麦品质的调控效应",
             "鲁西北地区夏玉米籽粒机收适宜品种筛选", "生物有机肥替代部分化肥对大蒜产量的影响"],
    "vet": ["山东部分地区猪圆环病毒3型流行病学调查", "肉鸡源大肠杆菌耐药性监测与分析",
            "奶牛乳房炎主要病原菌分离鉴定及药敏试验", "规模化羊场布鲁氏菌病净化效果评价",
            "非洲猪瘟病毒环境样品检测方法比较", "鸭坦布苏病毒流行株的遗传进化分析"],
    "pharm": ["某三甲医院门诊处方前置审核效果分析", "基于PDCA循环的抗菌药物专项管理实践",
              "静脉用药调配中心差错分析及对策", "老年多重用药患者药物相互作用风险评估",
              "临床药师参与重症感染患者抗感染治疗的效果", "质子泵抑制剂超说明书用药调查"],
    "mine": ["深部煤层冲击地压微震监测预警研究", "综放工作面采空区自然发火预测方法",
             "高瓦斯矿井抽采钻孔封孔工艺优化", "厚煤层沿空留巷围岩控制技术",
             "矿井突水水源快速判别模型", "煤矿井下人员定位系统可靠性分析"],
    "grid": ["含分布式光伏的配电网电压越限治理", "基于图像识别的变电站设备缺陷检测",
             "10kV配电线路雷击故障特征分析", "储能电站参与电网调峰的经济性评估",
             "输电线路覆冰在线监测数据修正方法", "智能电能表故障分类与寿命预测"],
    "env": ["德州市夏季臭氧污染特征及前体物来源", "泰山景区大气PM2.5中水溶性离子组成",
            "卫运河德州段水体氮磷时空分布", "城市污水处理厂出水中抗生素的检出特征",
            "土壤重金属快速检测方法的比对研究", "挥发性有机物走航监测在园区中的应用"],
    "school": ["大单元教学视角下高中化学作业设计", "初中数学课堂中的深度学习策略",
               "项目式学习在高中地理教学中的应用", "信息技术支持下的初中英语分层阅读",
               "高中物理实验探究能力的评价研究", "双减背景下初中语文作业优化实践"],
}  # fmt: skip
INVENTIONS = {
    "agri": ["一种小麦宽幅精播施肥一体机", "一种玉米秸秆粉碎还田装置", "一种大棚蔬菜水肥一体化滴灌系统"],
    "vet": ["一种猪用保定装置", "一种畜禽舍消毒喷雾装置", "一种动物血样快速采集器"],
    "pharm": ["一种静脉输液配药防护台", "一种口服药品分装盒", "一种药房用可调式药架"],
    "mine": ["一种矿用钻孔封孔器", "一种巷道支护锚杆检测装置", "一种井下粉尘浓度监测报警器"],
    "grid": ["一种配电线路带电作业绝缘工具", "一种变压器油位监测装置", "一种电缆沟防小动物封堵装置"],
    "env": ["一种地表水自动采样装置", "一种大气颗粒物采样切割器清洗装置", "一种土壤分层取样器"],
    "school": ["一种物理教学用力学演示装置", "一种化学实验废液收集装置", "一种多功能地理教具"],
}  # fmt: skip
PROJECTS = {
    "agri": ["鲁西北小麦玉米周年丰产增效技术集成与示范", "设施蔬菜连作障碍综合治理技术研究"],
    "vet": ["规模猪场主要疫病综合防控技术示范", "肉羊高效繁育关键技术推广"],
    "pharm": ["基于信息化的住院患者用药安全监测体系构建", "县域医共体药学服务同质化模式研究"],
    "mine": ["深部开采冲击地压综合防治技术研究", "矿井智能通风系统关键技术研究与应用"],
    "grid": ["县域配电网分布式光伏承载力评估与提升", "变电站巡检机器人应用关键技术研究"],
    "env": ["德州市大气臭氧污染成因与协同控制研究", "泰安市重点流域水环境质量监测网络优化"],
    "school": ["核心素养导向的初中数学单元教学实践研究", "县域高中学生生涯规划教育实践研究"],
}  # fmt: skip
PUBLISHERS = ["中国农业出版社", "山东科学技术出版社", "中国农业科学技术出版社", "化学工业出版社",
              "人民卫生出版社", "中国医药科技出版社", "煤炭工业出版社", "中国电力出版社",
              "中国环境出版集团", "山东教育出版社", "北京师范大学出版社", "科学出版社"]  # fmt: skip
BOOKS = {
    "agri": ["小麦绿色高效生产技术", "鲁西北盐碱地改良与利用", "设施蔬菜栽培实用技术"],
    "vet": ["猪病诊断与防治图谱", "基层兽医实用手册", "肉羊健康养殖技术"],
    "pharm": ["临床药物治疗学案例解析", "医院药学服务实践", "基层合理用药指导"],
    "mine": ["煤矿冲击地压防治技术", "矿井通风与安全", "矿山安全管理实务"],
    "grid": ["配电网运维技术问答", "继电保护原理与实践", "新能源并网技术"],
    "env": ["环境监测质量管理实务", "大气污染物监测技术", "水环境监测与评价"],
    "school": ["初中数学单元教学设计", "高中化学实验创新", "班主任工作艺术"],
}  # fmt: skip
