"""Draw 21's context, layout families, people and organisation pools, and date printing."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import isbn13_check, issn_check, journals, patent_check

VARIANTS: dict[str, list[str]] = {
    "t21.layout.tc": [
        "jieye",
        "platform",
        "landscape",
        "hourtable",
        "fillin",
        "society",
        "export",
        "monthcert",
    ],
    "t21.layout.sign": ["grid", "twopanel", "halfday", "nameboard", "appexport", "continued", "sealed"],
    "t21.layout.notice": ["redhead", "invite", "agenda", "wechat", "timetable", "memo", "withform"],
    "t21.layout.journal": ["firstpage", "cover", "toc", "twocol", "cnki", "coverpage"],
    "t21.layout.book": ["cover", "cip", "titleleaf", "board", "translated", "spread", "plainback"],
    "t21.layout.patent": ["invention", "utility", "design", "ecert", "register", "query", "copyseal"],
    "t21.layout.award": ["person", "team", "society", "contest", "honour", "social", "countycity"],
    "t21.layout.proj": ["leaderonly", "members", "acceptance", "wide", "company", "portal"],
    "t21.layout.qual": ["diploma", "master", "doctor", "pgcourse", "selfstudy", "computer", "chsi"],
    "t21.layout.other": ["titlecert", "appoint", "jobproof", "member", "expert", "minutes"],
}


def zl_check(digits12: str) -> str:
    return patent_check(digits12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


INK = (28, 38, 110)  # blue-black ballpoint
RED = (190, 30, 35)


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
    seen: set[str] = field(default_factory=set)

    def variant(self, fam: str) -> str:
        vs = VARIANTS[f"t21.layout.{fam}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"{fam}21-{v}")
        return v

    def pick(self, seq: Any) -> Any:
        return self.rng.choice(list(seq))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def seed(self) -> int:
        return self.rng.randrange(1 << 30)

    def person(self) -> str:
        for _ in range(80):
            r = self.rng.random()
            if r < 0.04:
                n = self.pick(MINORITY)
            elif r < 0.09:
                n = self.pick(DOUBLE) + self.pick(GIVEN)
            else:
                n = self.pick(SURNAME) + "".join(self.pick(GIVEN) for _ in range(self.pick((1, 2, 2, 2))))
            if n not in self.seen:
                self.seen.add(n)
                return n
        raise RuntimeError("no fresh name")

    def people(self, n: int) -> list[str]:
        return [self.person() for _ in range(n)]

    def day(self, y0: int = 2019, y1: int = 2024) -> dt.date:
        return dt.date(self.rng.randint(y0, y1), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def city(self) -> str:
        return self.pick(CITIES)

    def firm(self, city: str | None = None) -> str:
        c = city or self.city()
        return self.pick(FIRMS[c])

    def job_title(self) -> str:
        return self.pick(JOB_TITLES)


# ---- people ---------------------------------------------------------------------------------
SURNAME = list(
    "王李张刘陈杨赵孙周吴徐朱马胡郭林何高梁郑罗宋谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
    "余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
    "庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂丛焦向柳邢岳齐"
)
GIVEN = list(
    "振兴海涛春雷晓光玉霞建军卫华志强宏伟德明广利承泽俊峰新民学东文博雅琪梦瑶一鸣子豪嘉怡思琪宇航"
    "庆林秀芬永刚桂香红霞立军玉洁长青国栋守信春燕兆丰鹏程世杰景山洪波云飞瑞雪长胜丽萍晓燕浩宇"
)
DOUBLE = ["欧阳", "司徒", "上官", "东方", "尉迟", "闻人", "公冶", "呼延"]
MINORITY = ["哈斯巴根", "古丽娜尔", "阿卜杜拉", "乌兰图雅", "扎西顿珠", "吉木萨"]
FOREIGN = [
    "汉斯·穆勒",
    "约翰·史密斯",
    "田中宏",
    "彼得·施密特",
    "玛丽·约翰逊",
    "佐藤健一",
    "卡尔·韦伯",
    "迈克尔·布朗",
]
FOREIGN_TAG = {
    "汉斯·穆勒": "德",
    "彼得·施密特": "德",
    "卡尔·韦伯": "德",
    "约翰·史密斯": "英",
    "玛丽·约翰逊": "美",
    "迈克尔·布朗": "美",
    "田中宏": "日",
    "佐藤健一": "日",
}
JOB_TITLES = ["工程师", "高级工程师", "助理工程师", "正高级工程师", "高级经济师", "技师", "实验师", "研究员"]
DEPTS = [
    "技术中心",
    "设备部",
    "安全环保部",
    "质量管理部",
    "工艺研究所",
    "生产技术科",
    "工程管理部",
    "研发中心",
]

# ---- places and organisations ---------------------------------------------------------------
CITIES = ["烟台", "德州", "泰安"]
COUNTY_CITIES = {
    "烟台": ["龙口", "莱阳", "莱州", "招远", "栖霞", "海阳"],
    "德州": ["乐陵", "禹城"],
    "泰安": ["新泰", "肥城"],
}
FIRMS = {
    "烟台": [
        "烟台万华聚氨酯股份有限公司",
        "烟台港集团有限公司",
        "烟台中集来福士海洋工程有限公司",
        "烟台杰瑞石油装备技术有限公司",
        "烟台冰轮环境技术股份有限公司",
        "烟台张裕葡萄酿酒股份有限公司",
        "烟台市建筑设计研究股份有限公司",
        "龙口市南山铝业有限公司",
        "烟台恒邦冶炼股份有限公司",
        "烟台经济技术开发区建设工程有限公司",
    ],
    "德州": [
        "德州华源生态科技有限公司",
        "德州金能化工股份有限公司",
        "德州皇明太阳能集团有限公司",
        "德州市公路工程总公司",
        "德州恒丰纺织有限公司",
        "山东齐鲁乙烯化工有限公司德州分公司",
        "德州市交通规划设计院",
        "禹城保龄宝生物股份有限公司",
    ],
    "泰安": [
        "泰山钢铁集团有限公司",
        "泰安市泰山重工机械有限公司",
        "肥城矿业集团有限责任公司",
        "泰开电气集团有限公司",
        "新泰市建筑安装工程公司",
        "泰安市水利工程建设有限公司",
        "山东泰山石膏有限公司",
        "泰安航天特种车有限公司",
    ],
}
INSTITUTES = [
    "烟台市特种设备检验研究院",
    "德州市建筑科学研究院",
    "泰安市产品质量检验所",
    "山东省化工研究院",
    "烟台市港航工程设计院",
    "德州市水利勘测设计院",
    "泰安市环境监测站",
    "山东省冶金科学研究院",
]
SOCIETIES = [
    "山东省化工学会",
    "山东省机械工程学会",
    "山东土木建筑学会",
    "山东省港口协会",
    "烟台市科学技术协会",
    "德州市建筑业协会",
    "泰安市机械工程学会",
    "山东省安全生产协会",
    "山东省焊接协会",
    "中国化工学会",
    "中国机械工程学会",
    "山东省腐蚀与防护学会",
]
TRAINERS = [
    "{c}市人力资源和社会保障局",
    "{c}市专业技术人员继续教育基地",
    "{c}市应急管理局",
    "{c}市住房和城乡建设局",
    "{c}市工业和信息化局",
    "{c}市科学技术协会",
]
ONLINE = [
    ("山东省专业技术人员继续教育公共服务平台", "山东省专业技术人员继续教育公共服务平台"),
    ("专业技术人员继续教育网络学院", "{c}市人力资源和社会保障局"),
    ("国家专业技术人员继续教育网络平台", "{c}市专业技术人员继续教育基地"),
]
UNIVS = [
    ("中国石油大学（华东）", "青岛"),
    ("山东科技大学", "青岛"),
    ("山东大学", "济南"),
    ("烟台大学", "烟台"),
    ("鲁东大学", "烟台"),
    ("山东农业大学", "泰安"),
    ("德州学院", "德州"),
    ("青岛科技大学", "青岛"),
    ("齐鲁工业大学", "济南"),
    ("山东建筑大学", "济南"),
]

# ---- topics ---------------------------------------------------------------------------------
COURSES_PRO = [
    "化工过程安全管理与HAZOP分析",
    "压力容器设计与检验新规范解读",
    "港口机械设备状态监测与故障诊断",
    "装配式建筑施工技术与质量控制",
    "焊接工艺评定与焊接质量管理",
    "工业机器人应用与智能制造",
    "建筑工程BIM技术应用",
    "危险化学品储运安全技术",
    "钢结构工程施工质量验收规范",
    "电气设备预防性试验技术",
    "精细化工反应风险评估",
    "码头结构检测与加固技术",
    "数控机床维护与精度检测",
    "环境影响评价与污染治理技术",
]
COURSES_PUB = [
    "专业技术人员职业道德与诚信建设",
    "数字经济与创新驱动发展",
    "专业技术人员心理健康与压力管理",
    "知识产权保护与运用",
    "安全生产法律法规解读",
    "人工智能与数字化转型",
    "碳达峰碳中和政策解读",
]
ARTICLES = [
    "聚氨酯泡沫塑料阻燃改性研究进展",
    "基于有限元的岸桥结构疲劳寿命分析",
    "高含硫废水湿式氧化处理工艺优化",
    "超高强钢激光-电弧复合焊接接头组织与性能",
    "软土地基深基坑支护变形监测与数值模拟",
    "大型储罐底板腐蚀声发射检测方法",
    "冷轧带钢表面缺陷的深度学习识别",
    "氨制冷系统泄漏风险定量评价",
    "装配式混凝土叠合板连接节点受力性能试验",
    "离心压缩机喘振预警模型研究",
    "铝合金型材挤压模具失效分析",
    "含盐有机废液焚烧过程二噁英控制",
    "港口集装箱码头自动化堆场调度优化",
    "再生骨料混凝土抗冻耐久性试验研究",
    "乙烯裂解炉管渗碳损伤评估",
]
PATENTS = {
    "invention": [
        "一种异氰酸酯生产尾气的回收处理方法",
        "一种港口门座起重机臂架健康监测系统及方法",
        "一种高强度耐候钢的热处理工艺",
        "一种含酚废水的萃取脱酚装置及方法",
        "一种基于机器视觉的焊缝缺陷检测方法",
        "一种大体积混凝土温控养护方法",
    ],
    "utility_model": [
        "一种管道法兰防泄漏夹具",
        "一种塔式起重机防碰撞报警装置",
        "一种反应釜用搅拌轴密封结构",
        "一种钢筋笼快速定位支架",
        "一种皮带输送机托辊更换工具",
        "一种便携式有毒气体检测仪固定座",
    ],
    "design": ["电气控制柜", "防爆接线盒", "集装箱锁具", "测温探头外壳", "液压扳手"],
}
PROJECTS = [
    "MDI装置精馏系统节能降耗技术研究",
    "港口散货堆场粉尘综合治理关键技术",
    "大型钢结构厂房整体提升施工工法研究",
    "煤化工废水零排放集成技术开发",
    "石油钻机智能控制系统研发",
    "海洋平台导管架焊接变形控制技术",
    "农村公路沥青路面就地冷再生技术应用",
    "高端轴承钢连铸坯质量控制技术研究",
    "化工园区危险源在线监测预警平台建设",
    "超低温冷链装备关键部件国产化研究",
]
BOOKS = [
    "化工安全技术实用手册",
    "港口起重机械维修与管理",
    "压力管道焊接技术",
    "建筑施工安全管理实务",
    "现代煤化工工艺与设备",
    "钢结构工程施工技术",
    "工业废水处理工程设计",
    "智能制造系统工程导论",
    "机械设备故障诊断技术",
]
TRANSLATED = ["化工过程安全基础", "焊接冶金学", "港口工程规划与设计", "结构动力学原理", "腐蚀工程"]
PUBLISHERS = [  # name, city, ISBN prefix after 978-7-
    ("化学工业出版社", "北京", "122"),
    ("机械工业出版社", "北京", "111"),
    ("中国建筑工业出版社", "北京", "112"),
    ("人民交通出版社股份有限公司", "北京", "114"),
    ("冶金工业出版社", "北京", "5024"),
    ("中国石化出版社", "北京", "5114"),
    ("山东科学技术出版社", "济南", "5331"),
    ("中国电力出版社", "北京", "5198"),
    ("石油工业出版社", "北京", "5183"),
]

NATIONAL_SUP = [
    "中国科学技术协会",
    "中国石油和化学工业联合会",
    "中国钢铁工业协会",
    "教育部",
    "中国科学院",
    "交通运输部",
]
REGION = {
    "11": "北京", "12": "天津", "13": "河北", "14": "山西", "21": "辽宁", "22": "吉林", "23": "黑龙江",
    "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西", "37": "山东", "41": "河南",
    "42": "湖北", "43": "湖南", "44": "广东", "51": "四川", "52": "贵州", "53": "云南", "61": "陕西",
    "62": "甘肃",
}  # fmt: skip
ENGINEERING = re.compile(
    r"化工|机械|材料|港|建筑|土木|工程|电力|石油|钢铁|焊接|腐蚀|海洋|船舶|岩土|安全|环境|仪器|自动化|金属|冶金|力学|热|煤"
)


def journal_pool() -> list[Any]:
    js = [j for j in journals() if ENGINEERING.search(j.name)]
    return js or list(journals())


def supervisor(ctx: Ctx, cn: str) -> tuple[str, str]:
    region = REGION.get(cn[:2])
    if region and cn[:2] not in ("11", "12") and ctx.chance(0.5):
        return ctx.pick([f"{region}省科学技术协会", f"{region}省教育厅", f"{region}省科学院"]), "provincial"
    return ctx.pick(NATIONAL_SUP), "national"


# ---- dates: styles are letters so the printed form is chosen per document -----------------
HZ = "〇一二三四五六七八九"
DAY_STYLES = ["cjk", "cjkpad", "dot", "dash", "hanzi", "slash", "dotshort", "hanzi_o"]


def hz_year(y: int, zero: str = "〇") -> str:
    return "".join(HZ[int(c)] for c in str(y)).replace("〇", zero)


def hz_num(n: int) -> str:
    if n < 10:
        return HZ[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else HZ[tens]) + "十" + (HZ[ones] if ones else "")


def ds(d: dt.date, style: str) -> str:
    """A full date as printed."""
    y, m, dd = d.year, d.month, d.day
    return {
        "cjk": f"{y}年{m}月{dd}日",
        "cjkpad": f"{y}年{m:02d}月{dd:02d}日",
        "dot": f"{y}.{m:02d}.{dd:02d}",
        "dash": f"{y}-{m:02d}-{dd:02d}",
        "hanzi": f"{hz_year(y)}年{hz_num(m)}月{hz_num(dd)}日",
        "hanzi_o": f"{hz_year(y, '○')}年{hz_num(m)}月{hz_num(dd)}日",
        "slash": f"{y}/{m:02d}/{dd:02d}",
        "dotshort": f"{y}.{m}.{dd}",
    }[style]


def ms(y: int, m: int, style: str) -> str:
    """A month as printed."""
    if style.startswith("hanzi"):
        return f"{hz_year(y, '○' if style == 'hanzi_o' else '〇')}年{hz_num(m)}月"
    return {
        "dot": f"{y}.{m:02d}",
        "dash": f"{y}-{m:02d}",
        "slash": f"{y}/{m:02d}",
        "dotshort": f"{y}.{m}",
    }.get(style, f"{y}年{m}月")


def span(a: dt.date, b: dt.date, style: str, sep: str = "至") -> str:
    """A period; in the CJK styles the end drops what repeats (2023年5月6日至8日)."""
    if style in ("cjk", "hanzi") and a.year == b.year:
        if style == "cjk":
            tail = f"{b.day}日" if a.month == b.month else f"{b.month}月{b.day}日"
        else:
            tail = f"{hz_num(b.day)}日" if a.month == b.month else f"{hz_num(b.month)}月{hz_num(b.day)}日"
        return ds(a, style) + sep + tail
    return ds(a, style) + sep + ds(b, style)


def iso(d: dt.date) -> str:
    return d.isoformat()


def ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def later(ctx: Ctx, d: dt.date, lo: int, hi: int) -> dt.date:
    return d + dt.timedelta(days=ctx.rng.randint(lo, hi))


def masked_id(ctx: Ctx) -> str:
    return f"37{ctx.rng.randint(10, 99)}{ctx.rng.randint(10, 99)}" + "*" * 10 + f"{ctx.rng.randint(10, 99)}"


def phone_no(ctx: Ctx) -> str:
    return "1" + ctx.pick("35789") + "".join(str(ctx.rng.randint(0, 9)) for _ in range(9))
