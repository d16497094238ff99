"""Draw 42's own pools: people, places, professions, organisers, date styles, layout families and page helpers.

Everything here was written for this draw (Tai'an and Yiyang audit); only the check-digit and journal
catalogue helpers come from bench/blind/common.py."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import (
    isbn13_check,
    issn_check,
    journals,
    patent_check,
)
from bench.blind.page import Page, width_mm

DRAW = 42


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
    hand: str = "ukai"
    pdf_text: bool = False
    draw: int = DRAW
    k: int = 0
    offset: int = 0
    used: list[str] = field(default_factory=list)

    def pick(self, name: str, seq: list[Any]) -> Any:
        i = self.rng.randrange(len(seq))
        self.used.append(f"t{DRAW}.{name}#{i}")
        return seq[i]


# ---- layout families ---------------------------------------------------------------------------
FAMILIES: dict[str, tuple[str, list[str]]] = {
    "training_certificate": ("tcert", ["classic", "landscape", "online", "phone", "letter", "bilingual"]),
    "sign_in_sheet": ("sign", ["grid", "hand", "landscape", "meeting", "phone", "halfday"]),
    "training_notice": ("notice", ["redhead", "schedule", "invite", "web", "twopage", "chat"]),
    "journal_article": ("jour", ["first", "firsten", "toc", "cover", "record", "twopage"]),
    "book": ("book", ["cover", "copyright", "title", "translation", "board", "twopage"]),
    "patent_certificate": ("pat", ["classic", "modern", "ecert", "design", "twopage", "annotated"]),
    "award_certificate": ("award", ["gov", "personal", "rank", "competition", "society", "landscape"]),
    "project_completion": ("proj", ["cert", "letter", "table", "landscape", "twopage", "web"]),
    "qualification_certificate": ("qual", ["graduation", "master", "doctor", "courses", "selfstudy", "computer"]),
    "other": ("misc", ["receipt", "register", "leave", "report", "employ", "payment"]),
}
VARIANTS: dict[str, list[str]] = {f"t{DRAW}.layout.{t}": v for t, (_, v) in FAMILIES.items()}


def variant(ctx: Ctx, etype: str) -> tuple[str, str]:
    """(layout name, variant) for this document: cycles through the type's variants."""
    fam, vs = FAMILIES[etype]
    v = vs[(ctx.k + ctx.offset) % len(vs)]
    ctx.used.append(f"t{DRAW}.layout.{etype}#{v}")
    return f"{fam}{DRAW}-{v}", v


# ---- dates ---------------------------------------------------------------------------------
CND = "〇一二三四五六七八九"


def cn_n(n: int) -> str:
    if n < 10:
        return CND[n]
    if n < 20:
        return "十" + (CND[n % 10] if n % 10 else "")
    return CND[n // 10] + "十" + (CND[n % 10] if n % 10 else "")


def cn_y(y: int, zero: str = "〇") -> str:
    return "".join(CND[int(c)] for c in str(y)).replace("〇", zero)


STYLES = ["iso", "cn", "cnpad", "cnnum", "dot", "dotpad", "slashpad", "cnnum_o"]


def fd(d: dt.date, st: str) -> str:
    """A date as printed in style `st`."""
    if st == "iso":
        return d.isoformat()
    if st == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if st == "cnpad":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if st in ("cnnum", "cnnum_o"):
        z = "〇" if st == "cnnum" else "○"
        return f"{cn_y(d.year, z)}年{cn_n(d.month)}月{cn_n(d.day)}日"
    if st == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if st == "dotpad":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if st == "slashpad":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(st)


def fm(y: int, m: int, st: str) -> str:
    """A month as printed in style `st`."""
    if st == "iso":
        return f"{y}-{m:02d}"
    if st in ("cnnum", "cnnum_o"):
        return f"{cn_y(y, '〇' if st == 'cnnum' else '○')}年{cn_n(m)}月"
    if st == "dot":
        return f"{y}.{m}"
    if st == "dotpad":
        return f"{y}.{m:02d}"
    if st == "slashpad":
        return f"{y}/{m:02d}"
    if st == "cnpad":
        return f"{y}年{m:02d}月"
    return f"{y}年{m}月"


def fr(a: dt.date, b: dt.date, st: str, sep: str = "至") -> str:
    """A period; in the 年月日 styles the end drops a repeated year (and month); one day prints once."""
    if a == b:
        return fd(a, st)
    if st == "cn" and a.year == b.year:
        tail = f"{b.month}月{b.day}日" if a.month != b.month else f"{b.day}日"
        return fd(a, st) + sep + tail
    return fd(a, st) + sep + fd(b, st)


def all_forms(d: dt.date) -> list[str]:
    return [fd(d, s) for s in STYLES]


def rdate(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def style(ctx: Ctx, allowed: list[str] | None = None) -> str:
    return ctx.pick("date", allowed or STYLES)


# ---- people --------------------------------------------------------------------------------
SURN = list(
    "王张李刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
RARE = list("亓禚逄郗仉聂巩蔺鞠栾隋牟展芦厉昝谯晏粟幸伍符喻阳麻")
COMP = ["欧阳", "上官", "司徒", "东方", "闻人", "申屠", "端木", "公冶"]
G1 = list("岩湘澜瑾珂桐峥昊璐蕾航骁柯檬媛棠钰琛铮黛岚彤霖舒芮嵩沅皓")
G2 = list("子雨思嘉晓梓一若欣俊宏家雅明文国立志春秋建海玉丽永德新泽书")
G3 = list("涵轩宁睿萱然琪辰航杰瑶琳宇婷峰华强平敏军红霞飞波倩颖鹏楠璇瑜")
FOUR = ["阿依努尔", "古丽米拉", "乌兰托娅", "扎西卓玛", "司马晓青", "欧阳明月", "娜仁高娃", "木合塔尔"]


def pname(rng: random.Random, used: set[str]) -> str:
    for _ in range(100):
        r = rng.random()
        if r < 0.04:
            n = rng.choice(FOUR)
        elif r < 0.10:
            n = rng.choice(COMP) + rng.choice(G1 + G3) + ("" if rng.random() < 0.4 else rng.choice(G3))
        else:
            s = rng.choice(RARE) if rng.random() < 0.12 else rng.choice(SURN)
            n = s + (rng.choice(G1) if rng.random() < 0.3 else rng.choice(G2) + rng.choice(G3))
        if n not in used:
            used.add(n)
            return n
    raise RuntimeError("names")


def pnames(rng: random.Random, k: int) -> list[str]:
    used: set[str] = set()
    return [pname(rng, used) for _ in range(k)]


def mask_phone(rng: random.Random) -> str:
    return f"1{rng.choice('35789')}{rng.randint(0, 9)}****{rng.randint(0, 9999):04d}"


def phone_no(rng: random.Random, city: str) -> str:
    area = {"泰安": "0538", "益阳": "0737", "济南": "0531", "长沙": "0731"}.get(city, "0538")
    return f"{area}-{rng.randint(2000000, 8999999)}"


def idno(rng: random.Random) -> str:
    pre = rng.choice(["370902", "370911", "370982", "430902", "430921", "430923"])
    return pre + f"{rng.randint(1965, 1998)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + "****"


# ---- places --------------------------------------------------------------------------------
CITIES = {
    "泰安": ("山东", ["泰山区", "岱岳区", "新泰市", "肥城市", "宁阳县", "东平县"]),
    "益阳": ("湖南", ["赫山区", "资阳区", "沅江市", "桃江县", "安化县", "南县"]),
}
STREETS = {
    "泰安": ["东岳大街", "泰山大街", "灵山大街", "岱宗大街", "擂鼓石大街", "青年路", "长城路"],
    "益阳": ["康富路", "桃花仑路", "龙洲路", "会龙路", "梓山路", "秀峰路", "银城大道"],
}


def city(ctx: Ctx) -> str:
    return ctx.pick("city", ["泰安", "益阳"])


def addr(rng: random.Random, c: str) -> str:
    return f"{CITIES[c][0]}省{c}市{rng.choice(CITIES[c][1])}{rng.choice(STREETS[c])}{rng.randint(3, 399)}号"


# ---- professions -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Prof:
    key: str
    titles: tuple[str, ...]
    units: tuple[str, ...]  # {c} city, {x} county
    trainings: tuple[str, ...]
    articles: tuple[str, ...]
    books: tuple[str, ...]
    patents: tuple[str, ...]
    projects: tuple[str, ...]
    journals: tuple[str, ...]
    subject: tuple[str, ...]  # degree/major names


PROFS = [
    Prof(
        "rail",
        ("工程师", "高级工程师", "助理工程师", "正高级工程师"),
        ("{c}市轨道交通建设有限公司", "中铁十四局集团{c}工程处", "{c}市交通运输局轨道办", "{c}城际铁路运营有限公司"),
        ("城市轨道交通盾构施工安全管理", "轨道交通信号系统运维技术", "高速铁路无砟轨道精调技术", "地铁车站深基坑监测与风险控制",
         "轨道交通BIM协同设计应用", "城轨供电系统检修规程"),
        ("城际铁路软土路基沉降预测模型研究", "地铁盾构隧道管片上浮控制技术", "基于BIM的轨道交通车站施工组织优化",
         "无砟轨道CRTSⅢ型板精调参数分析", "城市轨道交通接触网故障诊断方法"),
        ("城市轨道交通施工技术", "地铁车站结构设计与施工", "轨道工程精测精调实务", "城轨信号系统维护手册"),
        ("一种盾构管片拼装定位装置", "一种轨道扣件松动检测装置", "一种接触网吊弦快速安装工具", "一种地铁站台门防夹检测系统"),
        ("城际铁路穿越岩溶区路基处治技术研究", "地铁车站装配式结构关键技术研究", "轨道交通智能巡检系统研发"),
        ("铁道工程学报", "铁道学报", "中国铁道科学", "交通运输工程学报", "西南交通大学学报"),
        ("交通运输工程", "土木工程", "铁道工程"),
    ),
    Prof(
        "obst",
        ("主治医师", "副主任医师", "主任医师", "住院医师"),
        ("{c}市妇幼保健院", "{c}市中心医院", "{x}人民医院", "{c}市第一人民医院"),
        ("产科危急重症识别与救治", "产后出血规范化处置", "妊娠期高血压疾病诊治进展", "新生儿复苏技术",
         "助产适宜技术推广", "孕产妇死亡评审与质量改进"),
        ("瘢痕子宫再次妊娠阴道试产的临床分析", "妊娠期糖尿病孕妇血糖管理与母婴结局", "前置胎盘剖宫产术中出血的危险因素",
         "产后出血预警评分的临床应用", "早发型子痫前期期待治疗的结局分析"),
        ("实用产科急救手册", "妊娠期并发症诊疗规范", "助产技术与产房管理", "高危妊娠管理实务"),
        ("一种产后出血计量收集垫", "一种可调节式分娩辅助支架", "一种胎心监护带固定装置"),
        ("县域危重孕产妇转诊网络建设研究", "分娩镇痛对产程影响的多中心研究", "妊娠期糖尿病社区管理模式研究"),
        ("中华妇产科杂志",),
        ("妇产科学", "临床医学"),
    ),
    Prof(
        "ophth",
        ("主治医师", "副主任医师", "主任医师", "主管技师"),
        ("{c}市眼科医院", "{c}市中心医院", "{c}爱尔眼科医院", "{x}中医医院"),
        ("糖尿病视网膜病变筛查与分级诊疗", "儿童青少年近视防控适宜技术", "白内障超声乳化手术技巧", "眼底OCT影像判读",
         "青光眼诊疗新进展", "角膜塑形镜验配规范"),
        ("低浓度阿托品控制儿童近视进展的临床观察", "超广角眼底照相在糖尿病视网膜病变筛查中的应用",
         "飞秒激光辅助白内障手术的临床效果", "抗VEGF药物治疗湿性年龄相关性黄斑变性的疗效分析"),
        ("临床眼底病图谱", "近视防控实用技术", "眼科手术护理配合", "基层眼病筛查手册"),
        ("一种眼科手术用开睑器", "一种儿童视力筛查遮眼板", "一种眼药水定量滴注器"),
        ("区域儿童近视筛查与干预体系研究", "基层糖网远程筛查模式研究", "老年性白内障日间手术路径研究"),
        ("中华眼科杂志",),
        ("眼科学", "临床医学"),
    ),
    Prof(
        "music",
        ("一级教师", "二级教师", "高级教师", "正高级教师"),
        ("{c}市第一中学", "{c}市实验小学", "{x}第二中学", "{c}市艺术学校", "{c}职业技术学院"),
        ("中小学音乐课堂教学改革", "合唱指挥与排练技巧", "美术学科核心素养与单元教学设计", "民族器乐进课堂",
         "中小学书法与美术融合教学", "艺术素养测评与教学评价"),
        ("地方民歌资源融入初中音乐课堂的实践", "小学美术课堂中的非遗剪纸教学研究", "合唱教学中学生音准培养策略",
         "高中美术鉴赏课的项目式学习设计"),
        ("中小学音乐教学设计案例", "少儿合唱训练教程", "美术课堂教学艺术", "地方民歌教学曲集"),
        ("一种音乐教学用节拍演示装置", "一种美术教学用可调画架", "一种便携式陶艺拉坯教具"),
        ("地方戏曲进校园的课程化研究", "乡村学校美育资源整合研究", "初中音乐大单元教学实践研究"),
        (),
        ("音乐学", "美术学", "音乐与舞蹈学"),
    ),
    Prof(
        "tea",
        ("农艺师", "高级农艺师", "助理农艺师", "工程师"),
        ("{x}茶叶产业发展中心", "{c}市茶叶研究所", "安化县黑茶产业园管理委员会", "{c}市农业农村局经作站"),
        ("黑茶渥堆发酵工艺控制", "茶叶加工机械化与清洁化生产", "茶园绿色防控技术", "茯砖茶发花工艺与质量",
         "茶叶感官审评技术", "茶叶质量安全与标准化"),
        ("安化黑毛茶渥堆过程中微生物群落变化", "茯砖茶发花温湿度对品质的影响", "不同杀青方式对黑茶品质的影响",
         "千两茶加工工艺的标准化研究"),
        ("安化黑茶加工技术", "茶叶审评与检验", "茶园生态管理实务", "黑茶文化与品鉴"),
        ("一种黑茶渥堆翻堆装置", "一种茯砖茶发花房温湿度控制系统", "一种茶叶杀青滚筒"),
        ("安化黑茶加工关键技术集成与示范", "茶园有机肥替代化肥技术研究", "茯砖茶金花菌种选育研究"),
        ("茶叶科学", "食品科学"),
        ("茶学", "食品科学与工程"),
    ),
    Prof(
        "grain",
        ("工程师", "高级工程师", "助理工程师", "技师"),
        ("{c}市粮食和物资储备局", "中央储备粮{c}直属库有限公司", "{x}国家粮食储备库", "{c}市粮油质量检测中心"),
        ("绿色储粮技术应用", "粮库智能化管理系统操作", "粮食仓储安全生产规范", "低温储粮与控温技术",
         "粮油质量检验技术", "储粮害虫综合防治"),
        ("浅圆仓横向通风储粮效果试验", "氮气气调储粮对稻谷品质的影响", "粮仓温湿度监测数据的异常识别",
         "高大平房仓内环流控温技术应用"),
        ("粮油仓储技术实务", "储粮害虫防治技术", "粮食质量检验手册"),
        ("一种粮仓环流通风装置", "一种粮堆测温电缆收放装置", "一种储粮害虫诱捕器"),
        ("智能粮库温湿度预警系统研究", "稻谷低温储藏保鲜技术研究", "粮食产后减损技术集成示范"),
        ("中国粮油学报", "农业工程学报"),
        ("粮食工程", "食品科学与工程"),
    ),
    Prof(
        "tour",
        ("经济师", "高级经济师", "工程师", "高级工程师"),
        ("{c}市文化和旅游局", "{c}市旅游规划设计院", "泰山景区管理委员会", "{c}市城乡规划设计研究院"),
        ("全域旅游规划编制实务", "文旅融合与乡村旅游发展", "景区质量等级评定与提升", "红色旅游资源开发",
         "智慧旅游平台建设", "旅游安全与应急管理"),
        ("泰山景区游客时空行为特征分析", "洞庭湖区乡村旅游地空间格局研究", "山岳型景区旅游承载力测算",
         "黑茶文化旅游资源开发模式研究"),
        ("全域旅游规划理论与实践", "乡村旅游规划案例集", "景区运营管理实务"),
        ("一种景区导览标识牌", "一种景区客流计数装置"),
        ("泰山文化旅游品牌提升研究", "益阳乡村旅游高质量发展路径研究", "景区智慧化管理评价体系研究"),
        ("地理研究", "经济地理", "城市规划", "资源科学"),
        ("旅游管理", "城乡规划学", "人文地理学"),
    ),
    Prof(
        "law",
        ("律师", "一级律师", "二级律师", "三级律师"),
        ("山东岱宗律师事务所", "{c}市法律援助中心", "湖南银城律师事务所", "{x}法律援助工作站"),
        ("法律援助案件质量标准", "刑事辩护全覆盖实务", "民法典婚姻家庭编适用", "农民工欠薪案件代理",
         "未成年人法律援助实务", "公共法律服务体系建设"),
        ("法律援助值班律师制度的运行困境与完善", "农民工讨薪案件中法律援助的作用", "刑事案件律师辩护全覆盖的实践观察"),
        ("法律援助实务指南", "民法典案例解读", "基层公共法律服务手册"),
        (),
        ("县域公共法律服务均等化研究", "法律援助质量评估体系研究", "乡村法律顾问制度实施效果研究"),
        (),
        ("法学", "诉讼法学", "民商法学"),
    ),
]


def prof(ctx: Ctx, need: str | None = None) -> Prof:
    pool = [p for p in PROFS if not need or getattr(p, need)]
    return ctx.pick("prof", pool)


def unit(rng: random.Random, p: Prof, c: str) -> str:
    x = rng.choice(CITIES[c][1])
    x = x if x.endswith(("县", "市")) else c + "市" + x
    return rng.choice(p.units).format(c=c, x=x)


# organisers of trainings
def organiser(ctx: Ctx, p: Prof, c: str) -> str:
    prov = CITIES[c][0]
    by = {
        "rail": [f"{prov}省土木建筑学会", f"{c}市住房和城乡建设局", f"{prov}交通职业技术学院", f"{prov}省铁道学会"],
        "obst": [f"{prov}省卫生健康委员会", f"{c}市卫生健康委员会", f"{prov}省医学会围产医学分会", f"{c}市妇幼保健院"],
        "ophth": [f"{prov}省卫生健康委员会", f"{prov}省医师协会眼科医师分会", f"{c}市卫生健康委员会", f"{c}市眼科医院"],
        "music": [f"{prov}省教育厅", f"{c}市教育局", f"{c}市教育科学研究院", f"{prov}艺术职业学院"],
        "tea": [f"{prov}省茶叶学会", f"{c}市农业农村局", f"{prov}省农业科学院茶叶研究所", "安化县茶业协会"],
        "grain": [f"{prov}省粮食和物资储备局", f"{c}市粮食和物资储备局", f"{prov}省粮食行业协会", f"{prov}粮食职业学院"],
        "tour": [f"{c}市文化和旅游局", f"{prov}省旅游协会", f"{c}市商务局", f"{prov}旅游职业学院"],
        "law": [f"{c}市司法局", f"{prov}省律师协会", f"{c}市律师协会", f"{prov}省法律援助中心"],
    }[p.key]
    return ctx.pick("org", by)


PLATFORMS = ["专技天下继续教育平台", "泰安专业技术人员继续教育网", "益阳专技在线学习平台", "好医生继续教育平台",
             "国家智慧教育平台（教师研修）", "华医网继续教育平台"]
PUBLIC_TOPICS = ["数字经济与创新驱动发展", "专业技术人员职业道德与诚信建设", "习近平法治思想概论", "人工智能与数字政府",
                 "乡村振兴战略解读", "心理健康与压力管理"]
PUBLISHERS = ["人民卫生出版社", "中国铁道出版社有限公司", "湖南科学技术出版社", "山东科学技术出版社", "中国农业出版社",
              "中国旅游出版社", "法律出版社", "人民音乐出版社", "湖南美术出版社", "中国轻工业出版社", "化学工业出版社",
              "山东人民出版社"]
PUB_PREFIX = {"人民卫生出版社": "117", "中国铁道出版社有限公司": "113", "湖南科学技术出版社": "5710",
              "山东科学技术出版社": "5331", "中国农业出版社": "109", "中国旅游出版社": "5032", "法律出版社": "5118",
              "人民音乐出版社": "103", "湖南美术出版社": "5356", "中国轻工业出版社": "5184", "化学工业出版社": "122",
              "山东人民出版社": "209"}
PUB_CITY = {"人民卫生出版社": "北京", "中国铁道出版社有限公司": "北京", "湖南科学技术出版社": "长沙",
            "山东科学技术出版社": "济南", "中国农业出版社": "北京", "中国旅游出版社": "北京", "法律出版社": "北京",
            "人民音乐出版社": "北京", "湖南美术出版社": "长沙", "中国轻工业出版社": "北京", "化学工业出版社": "北京",
            "山东人民出版社": "济南"}


def journal_for(ctx: Ctx, p: Prof) -> Any:
    js = journals()
    names = set(p.journals)
    pool = [j for j in js if j.name in names] or list(js)
    return ctx.pick("journal", pool)


def isbn(rng: random.Random, pub: str) -> str:
    pre = PUB_PREFIX[pub]
    body = f"{rng.randint(0, 10 ** (8 - len(pre)) - 1):0{8 - len(pre)}d}"
    d12 = "9787" + pre + body
    return f"978-7-{pre}-{body}-{isbn13_check(d12)}"


def zl(rng: random.Random, year: int, kind: str) -> str:
    d12 = f"{year}{ {'invention': '1', 'utility_model': '2', 'design': '3'}[kind] }{rng.randint(0, 9999999):07d}"
    return f"ZL{d12}.{zl_check(d12)}"


def zl_print(num: str) -> str:
    d = num[2:]
    return f"ZL {d[:4]} {d[4]} {d[5:]}"


# ---- page helpers ----------------------------------------------------------------------------
MM = 0.3528


def lh(size: float, lead: float = 1.7) -> float:
    return size * MM * lead


def kv(pg: Page, ctx: Ctx, x: float, y: float, pairs: list[tuple[str, str]], size: float, colon: str = "：",
       lab_w: float | None = None, hand_vals: bool = False, gap: float = 2.1, rule: float | None = None) -> float:
    for lab, val in pairs:
        if lab_w is None:
            w = pg.text(x, y, lab + colon, size, ctx.body)
            vx = x + w
        else:
            pg.text(x, y, lab + colon, size, ctx.body)
            vx = x + lab_w
        font = ctx.hand if hand_vals else ctx.body
        pg.text(vx + (1.5 if hand_vals else 0), y - (0.6 if hand_vals else 0), val, size * (1.1 if hand_vals else 1),
                font, color=(25, 35, 110) if hand_vals else (20, 20, 20))
        if rule:
            pg.line(vx, y + size * MM * 1.3, rule, y + size * MM * 1.3, 0.2)
        y += lh(size, gap)
    return y


def qr(pg: Page, x: float, y: float, s: float, seed: int, caption: str = "", font: str = "zenhei") -> None:
    """A QR-like block with finder squares and a caption below."""
    r = random.Random(seed)
    n = 21
    c = s / n
    pg.rect(x, y, x + s, y + s, 0.2, (60, 60, 60))
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                ii = i if i < 7 else i - (n - 7)
                jj = j if j < 7 else j - (n - 7)
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = r.random() < 0.45
            if on:
                pg.rect(x + j * c, y + i * c, x + (j + 1) * c, y + (i + 1) * c, 0, fill=(25, 25, 25))
    if caption:
        pg.text(x + s / 2, y + s + 1.2, caption, 7, font, "c", (90, 90, 90))


def photo_box(pg: Page, x: float, y: float, w: float = 25, h: float = 33) -> None:
    pg.rect(x, y, x + w, y + h, 0.3, (120, 120, 120), fill=(226, 232, 240))
    pg.rect(x + w * 0.3, y + h * 0.18, x + w * 0.7, y + h * 0.5, 0, fill=(180, 188, 200))
    pg.rect(x + w * 0.15, y + h * 0.58, x + w * 0.85, y + h, 0, fill=(180, 188, 200))


def phone_page(ctx: Ctx, app: str, clock: str, h: float = 170.0) -> tuple[Page, float]:
    """A phone screenshot: status bar, app title bar. Returns (page, y below the bars)."""
    pg = Page(w=80.0, h=h, bg=(244, 245, 247))
    pg.rect(0, 0, 80, 7, 0, fill=(250, 250, 250))
    pg.text(4, 1.5, clock, 7, ctx.body)
    pg.text(76, 1.5, "5G  86%", 7, ctx.body, "r")
    pg.rect(0, 7, 80, 17, 0, fill=(255, 255, 255))
    pg.text(4, 10, "〈", 9, ctx.body)
    pg.text(40, 9.8, app, 9.5, ctx.body, "c")
    pg.text(76, 10, "···", 9, ctx.body, "r")
    pg.line(0, 17, 80, 17, 0.2, (210, 210, 210))
    return pg, 20.0


def browser_page(ctx: Ctx, url: str, site: str, landscape: bool = True) -> tuple[Page, float]:
    w, h = (297.0, 210.0) if landscape else (210.0, 297.0)
    pg = Page(w=w, h=h)
    pg.rect(0, 0, w, 9, 0, fill=(222, 225, 230))
    pg.rect(30, 1.8, w - 40, 7.2, 0.2, (200, 200, 200), fill=(255, 255, 255))
    pg.text(33, 2.6, url, 7.5, ctx.body, color=(70, 70, 70))
    pg.rect(0, 9, w, 24, 0, fill=(26, 82, 150))
    pg.text(12, 12.5, site, 15, ctx.bold, color=(255, 255, 255))
    return pg, 30.0


def wrap_lines(pg: Page, ctx: Ctx, x: float, y: float, width: float, paras: list[str], size: float,
               indent: bool = True, font: str | None = None, lead: float = 1.7) -> float:
    for p in paras:
        y = pg.wrap(x, y, width, p, size, font or ctx.body, lead, indent=size * MM * 2 if indent else 0.0)
    return y


def fit(text: str, font: str, size: float, width: float) -> float:
    """The largest size not above `size` at which `text` fits in `width` mm."""
    while size > 7 and width_mm(text, font, size) > width:
        size -= 0.5
    return size


def hours_s(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else str(h)
