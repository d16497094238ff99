"""Draw 64's context, layout variants, cities, professions, journals and check digits."""

from __future__ import annotations

import csv
import functools
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.blind64 import kit

DATA = Path("/tmp/shared/data")

VARIANTS: dict[str, tuple[str, ...]] = {
    "t64.layout.training_certificate": ("band", "table", "letter", "twoline", "card", "online"),
    "t64.layout.sign_in_sheet": ("grid", "twocol", "meeting", "daily", "roster"),
    "t64.layout.training_notice": ("redhead", "schedule", "invite", "receipt", "plain", "forward"),
    "t64.layout.journal_article": ("first", "english", "twocol", "toc", "cover"),
    "t64.layout.book": ("cover", "cip", "title", "copyright", "translation"),
    "t64.layout.patent_certificate": ("invention", "utility", "design", "register", "ecert"),
    "t64.layout.award_certificate": ("government", "department", "society", "team", "contest"),
    "t64.layout.project_completion": ("jieti", "yanshou", "table", "letter", "members"),
    "t64.layout.qualification_certificate": ("graduation", "master", "selfstudy", "computer", "postgrad"),
    "t64.layout.other": ("teaching", "mentoring", "review", "visiting", "rural"),
}
SHORT = {
    "training_certificate": "tc", "sign_in_sheet": "sign", "training_notice": "notice", "journal_article": "jour",
    "book": "book", "patent_certificate": "pat", "award_certificate": "award", "project_completion": "proj",
    "qualification_certificate": "qual", "other": "other",
}  # fmt: skip


@dataclass(frozen=True)
class City:
    policy: str
    year: int
    province: str  # 山东省
    city: str  # 德州市
    short: str  # 德
    counties: tuple[str, ...]
    schools: tuple[str, ...]


CITIES = (
    City("dezhou-2017", 2017, "山东省", "德州市", "德",
         ("乐陵市", "禹城市", "齐河县", "平原县", "夏津县", "武城县", "庆云县", "临邑县", "宁津县", "德城区", "陵城区"),
         ("德州学院", "德州职业技术学院", "山东华宇工学院")),
    City("kaifeng-2016", 2016, "河南省", "开封市", "汴",
         ("尉氏县", "杞县", "通许县", "兰考县", "祥符区", "龙亭区", "鼓楼区", "顺河回族区", "禹王台区"),
         ("开封大学", "河南大学", "开封市行政学院")),
)  # fmt: skip


@dataclass(frozen=True)
class Prof:
    field: str  # the profession
    bureau: str  # 主管部门 suffix, e.g. 农业局
    society: str  # 学会 name without the place
    journal: str
    topics: tuple[str, ...]
    papers: tuple[str, ...]
    patents: tuple[str, ...]
    designs: tuple[str, ...]
    books: tuple[str, ...]
    projects: tuple[str, ...]
    subject: str
    unit: str  # a typical employer suffix


PROFS = (
    Prof("辣椒育种", "农业局", "园艺学会", "园艺学报",
         ("辣椒杂交制种与病毒病防控", "设施辣椒高产栽培技术"),
         ("线椒雄性不育系的选育与配合力分析", "辣椒疫病抗性鉴定方法比较研究"),
         ("一种辣椒人工授粉器", "一种辣椒种子低温干燥装置"), ("辣椒采摘筐",),
         ("辣椒育种实用技术", "辣椒病虫害绿色防控"), ("优质抗病线椒新品种选育", "辣椒胞质雄性不育系创制"),
         "园艺", "农业科学研究院"),
    Prof("西瓜嫁接", "农业局", "园艺学会", "园艺学报",
         ("西瓜嫁接育苗关键技术", "小型西瓜设施栽培"),
         ("葫芦砧木对嫁接西瓜品质的影响", "西瓜嫁接苗愈合期温湿度调控研究"),
         ("一种西瓜嫁接夹", "一种西瓜嫁接苗愈合室"), ("嫁接刀",),
         ("西瓜嫁接育苗技术手册",), ("西瓜集约化嫁接育苗技术示范",),
         "设施农业科学与工程", "农业技术推广中心"),
    Prof("棉纺织", "工业和信息化局", "纺织工程学会", "纺织学报",
         ("紧密纺纱工艺优化", "棉纺企业质量管理"),
         ("紧密赛络纺纱线毛羽形成机理分析", "棉粘混纺纱条干不匀影响因素研究"),
         ("一种细纱机断头自动检测装置", "一种棉条筒自动更换机构"), ("纺纱管",),
         ("棉纺工艺学",), ("高支精梳棉纱节能生产工艺研究",),
         "纺织工程", "纺织有限公司"),
    Prof("玻璃纤维材料", "工业和信息化局", "硅酸盐学会", "硅酸盐学报",
         ("玻璃纤维池窑拉丝技术", "复合材料成型工艺"),
         ("无碱玻璃纤维配方对析晶温度的影响", "玄武岩—玻璃混杂纤维增强复合材料性能研究"),
         ("一种玻璃纤维拉丝漏板", "一种玻纤纱线浸润剂涂覆装置"), ("玻纤格栅板",),
         ("玻璃纤维生产技术",), ("高模量玻璃纤维配方开发",),
         "材料科学与工程", "玻纤股份有限公司"),
    Prof("新能源电池", "发展和改革委员会", "电工技术学会", "储能科学与技术",
         ("锂离子电池安全与检测", "储能电池系统集成技术"),
         ("磷酸铁锂电池低温性能改善研究", "动力电池包热管理结构优化设计"),
         ("一种电池模组均温装置", "一种锂电池极片辊压机"), ("电池箱",),
         ("锂离子电池制造工艺",), ("动力电池梯次利用关键技术研究",),
         "电气工程", "新能源科技有限公司"),
    Prof("桥梁检测", "交通运输局", "土木建筑学会", "桥梁建设",
         ("在役桥梁检测与评定", "桥梁荷载试验技术"),
         ("基于无人机影像的桥梁裂缝识别方法", "预应力混凝土箱梁桥病害成因分析"),
         ("一种桥梁支座检测装置", "一种桥梁裂缝宽度测量仪"), ("桥梁检测车护栏",),
         ("公路桥梁检测技术",), ("中小跨径桥梁快速检测技术研究",),
         "土木工程", "公路管理局"),
    Prof("燃气供应", "住房和城乡建设局", "土木建筑学会", "天然气工业",
         ("城镇燃气安全运行管理", "燃气管网泄漏检测"),
         ("城镇燃气管网泄漏风险评价方法研究", "LNG气化站冷能利用工艺分析"),
         ("一种燃气调压箱", "一种燃气管道带压开孔装置"), ("燃气表箱",),
         ("城镇燃气输配技术",), ("老旧燃气管网安全评估研究",),
         "油气储运工程", "燃气有限公司"),
    Prof("食品安全检测", "市场监督管理局", "食品科学技术学会", "食品科学",
         ("食品快速检测技术", "食品中农药残留检测方法"),
         ("QuEChERS-液相色谱法测定蔬菜中多种农药残留", "食用植物油中苯并芘检测方法比较"),
         ("一种食品快检前处理装置", "一种食品样品均质器"), ("快检试剂盒",),
         ("食品安全快速检测",), ("农贸市场食品安全快检体系建设研究",),
         "食品科学与工程", "食品药品检验检测中心"),
    Prof("环境监测", "环境保护局", "环境科学学会", "中国环境监测",
         ("环境空气自动监测运维", "水质在线监测质量控制"),
         ("城市大气PM2.5组分特征及来源解析", "地表水自动监测站数据有效性评估"),
         ("一种水质采样器", "一种大气颗粒物采样切割器"), ("采样箱",),
         ("环境监测技术规范解读",), ("区域大气污染源解析研究",),
         "环境科学", "环境监测站"),
    Prof("眼科", "卫生和计划生育委员会", "医学会", "中华眼科杂志",
         ("糖尿病视网膜病变筛查", "白内障超声乳化手术技术"),
         ("玻璃体腔注药治疗糖尿病黄斑水肿的临床观察", "儿童屈光不正患病率调查"),
         ("一种眼科开睑器", "一种眼科手术头部固定架"), ("视力表灯箱",),
         ("基层眼病防治手册",), ("老年性白内障筛查模式研究",),
         "眼科学", "人民医院"),
    Prof("皮肤科", "卫生和计划生育委员会", "医学会", "中华皮肤科杂志",
         ("皮肤镜诊断技术", "银屑病规范化治疗"),
         ("窄谱中波紫外线联合阿维A治疗斑块型银屑病", "皮肤镜在基底细胞癌诊断中的应用"),
         ("一种皮肤科用药涂抹器", "一种皮损面积测量尺"), ("药膏盒",),
         ("常见皮肤病诊疗",), ("慢性荨麻疹发病相关因素研究",),
         "皮肤病与性病学", "中医院"),
    Prof("精神科护理", "卫生和计划生育委员会", "护理学会", "中华护理杂志",
         ("精神科护理风险管理", "精神障碍患者康复护理"),
         ("精神分裂症患者服药依从性护理干预研究", "精神科封闭病房护士职业倦怠调查"),
         ("一种精神科病房防护约束带", "一种防自伤病床护栏"), ("病房呼叫器",),
         ("精神科护理学",), ("社区精神障碍患者延续护理模式研究",),
         "护理学", "精神卫生中心"),
    Prof("老年护理", "卫生和计划生育委员会", "护理学会", "中华老年医学杂志",
         ("老年综合评估与照护", "失能老人长期照护技术"),
         ("养老机构老年人跌倒风险因素分析", "社区高龄老人衰弱状况调查"),
         ("一种老年人助行器", "一种防褥疮翻身垫"), ("助浴椅",),
         ("老年护理实务",), ("医养结合养老服务模式研究",),
         "护理学", "社会福利院"),
    Prof("化学分析检验", "质量技术监督局", "化学会", "分析化学",
         ("仪器分析质量控制", "实验室资质认定内审"),
         ("电感耦合等离子体质谱法测定土壤中重金属", "离子色谱法测定地下水中阴离子"),
         ("一种化学滴定自动搅拌装置", "一种实验室废液收集器"), ("试剂架",),
         ("化学分析检验技术",), ("检验检测实验室能力验证研究",),
         "应用化学", "产品质量监督检验所"),
)  # fmt: skip


@dataclass
class Ctx:
    """The context one document is built with (fonts, random stream, draw, index) and what it used."""

    rng: random.Random
    body: str
    bold: str
    hand: str
    pdf_text: bool
    draw: int
    k: int
    offset: int
    used: list[str] = field(default_factory=list)
    taken: set[str] = field(default_factory=set)

    def layout(self, etype: str) -> str:
        key = f"t64.layout.{etype}"
        variants = VARIANTS[key]
        v = variants[(self.k + self.offset) % len(variants)]
        self.used.append(f"{key}:{v}")
        return v

    def pick(self, what: str, seq: Any) -> Any:
        self.used.append(f"t64.{what}")
        return self.rng.choice(seq)

    def city(self) -> City:
        return CITIES[(self.k + self.offset // 7) % 2]

    def prof(self) -> Prof:
        return self.rng.choice(PROFS)

    def name(self) -> str:
        return kit.name(self.rng, self.taken)

    def names(self, n: int) -> list[str]:
        return kit.names(self.rng, self.taken, n)

    def form(self) -> str:
        return self.rng.choice(kit.FORMS)


# ---- check digits -------------------------------------------------------------------------------
def zl_check(d12: str) -> str:
    w = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    r = sum(int(c) * x for c, x in zip(d12, w, strict=True)) % 11
    return "X" if r == 10 else str(r)


def issn_digit(d7: str) -> str:
    r = (11 - sum(int(c) * (8 - i) for i, c in enumerate(d7)) % 11) % 11
    return "X" if r == 10 else str(r)


def isbn_digit(d12: str) -> str:
    return str((10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12)) % 10) % 10)


# ---- journal catalogues ---------------------------------------------------------------------------
def _plain(s: str) -> str:
    return re.sub(r"[\s《》()（）\[\]·.、:：,，\-—]", "", s)


@functools.cache
def cscd_core() -> dict[str, tuple[str, str]]:
    with (DATA / "journals-cscd.csv").open(encoding="utf-8") as fh:
        return {r["name"]: (r["issn"], r["cn"]) for r in csv.DictReader(fh) if r["database"] == "core"}


@functools.cache
def cn_levels() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    with (DATA / "journals-cn.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            lv = {x for x in r["levels"].split(";") if x in ("pku_core", "cssci")}
            out.setdefault(_plain(r["name"]), set()).update(lv)
    return out


def levels(name: str) -> list[str]:
    """cscd (every journal we draw is a CSCD core row) plus pku_core / cssci by punctuation-free name."""
    return ["cscd"] + sorted(cn_levels().get(_plain(name), set()))
