"""Draw 54's own pools: people, places, bodies, professions, journals, wording, and the context a builder gets."""

from __future__ import annotations

import csv
import functools
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


@dataclass
class Ctx:
    """What a builder gets: its random stream, fonts, and the record of the variants it picked."""

    rng: random.Random
    body: str
    bold: str
    hand: str
    pdf_text: bool
    draw: int
    k: int
    offset: int = 0
    used: list[str] = field(default_factory=list)
    names: set[str] = field(default_factory=set)

    def pick(self, key: str, options: list[Any] | tuple[Any, ...]) -> Any:
        """One of `options`, recording the choice as a template `key=i`."""
        i = self.rng.randrange(len(options))
        self.used.append(f"{key}={i}")
        return options[i]

    def layout(self, etype: str) -> str:
        """The layout variant of this document: the k-th in turn (shifted per seed), so eight cover them all."""
        vs = VARIANTS[f"t54.layout.{etype}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t54.layout.{etype}={v}")
        return v

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def person(self, length: int | None = None) -> str:
        """A fresh name (unique within the document): two, three or, rarely, four characters."""
        while True:
            n = length or self.rng.choices((2, 3, 4), (18, 78, 4))[0]
            if n == 4:
                s = self.rng.choice(DOUBLE_SURNAMES) + "".join(self.rng.sample(GIVEN, 2))
            elif n == 2:
                s = self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)
            else:
                s = self.rng.choice(SURNAMES) + "".join(self.rng.sample(GIVEN, 2))
            if s not in self.names:
                self.names.add(s)
                return s

    def people(self, n: int) -> list[str]:
        return [self.person() for _ in range(n)]


FAMILIES = {
    "training_certificate": "tc54",
    "sign_in_sheet": "si54",
    "training_notice": "tn54",
    "journal_article": "ja54",
    "book": "book54",
    "patent_certificate": "pt54",
    "award_certificate": "aw54",
    "project_completion": "pc54",
    "qualification_certificate": "qc54",
    "other": "ot54",
}
VARIANTS: dict[str, list[str]] = {
    "t54.layout.training_certificate": ["frame", "table", "online", "numeral", "letter", "credit"],
    "t54.layout.sign_in_sheet": ["plain", "twocol", "session", "register", "blank", "unitwide"],
    "t54.layout.training_notice": ["wenhao", "schedule", "receipt", "invite", "roster", "meeting"],
    "t54.layout.journal_article": ["supnum", "letters", "comma", "star", "twocol", "toc", "covertoc"],
    "t54.layout.book": ["cover", "copyright", "board", "translated", "titlepage", "monograph"],
    "t54.layout.patent_certificate": ["invention", "utility", "design", "eprint", "longlist", "plain"],
    "t54.layout.award_certificate": ["scitech", "social", "contest", "paper", "teaching", "team"],
    "t54.layout.project_completion": ["jieti", "yanshou", "opinion", "form", "letter", "grid"],
    "t54.layout.qualification_certificate": [
        "graduation",
        "master",
        "doctor",
        "courses",
        "selfstudy",
        "computer",
    ],
    "t54.layout.other": ["conference", "lecture", "rural", "mentor", "promotion", "exchange"],
}


# ---- check digits ------------------------------------------------------------------------------
def zl_check(digits: str) -> str:
    """Check digit of a 12-digit Chinese patent application number (weights 2..9,2..5; mod 11, 10 -> X)."""
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(d) * w[i] for i, d in enumerate(digits)) % 11
    return "X" if s == 10 else str(s)


def issn_digit(seven: str) -> str:
    s = sum(int(d) * (8 - i) for i, d in enumerate(seven))
    c = (11 - s % 11) % 11
    return "X" if c == 10 else str(c)


def isbn_digit(twelve: str) -> str:
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(twelve))
    return str((10 - s % 10) % 10)


# ---- people ------------------------------------------------------------------------------------
SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷"
)
DOUBLE_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "皇甫", "东方", "慕容", "令狐", "尉迟", "公孙"]
GIVEN = list(
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂华建国志红玉兰文斌宇浩凯晨辉鹏飞海波琳雪婷倩颖慧淑珍"
    "德润泽庆春梅松柏岩峰立新振宏博远航俊亮锋毅诚瑞祥怡欣悦佳蕾薇丹彤曦睿哲琪瑶晗昊煜铭轩逸然嘉璐露晓"
    "卫东南湘益沅资荷茗蓉莉萍"
)
TITLES_SENIOR = ["高级工程师", "正高级工程师", "副主任护师", "主任护师", "高级讲师", "研究馆员", "副研究馆员"]
TITLES_OTHER = [
    "助理工程师",
    "工程师",
    "护师",
    "主管护师",
    "一级教师",
    "二级教师",
    "馆员",
    "助理馆员",
    "技术员",
]
FOREIGN_AUTHORS = [
    ("美", "约翰·威尔逊"), ("英", "彼得·哈里斯"), ("德", "托马斯·韦伯"), ("日", "佐藤健一"),
    ("美", "玛丽·安德森"), ("法", "让·杜邦"), ("澳", "大卫·布朗"), ("加", "琳达·米勒"),
]  # fmt: skip


# ---- cities ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class City:
    policy: str
    years: tuple[int, ...]
    province: str
    city: str
    short: str  # 文号 prefix
    counties: tuple[str, ...]
    hrss_city: str
    hrss_prov: str


YANTAI = City(
    "yantai-2020", (2019, 2020, 2021), "山东省", "烟台市", "烟",
    ("芝罘区", "莱山区", "福山区", "牟平区", "龙口市", "莱阳市", "莱州市", "招远市", "栖霞市", "海阳市"),
    "烟台市人力资源和社会保障局", "山东省人力资源和社会保障厅",
)  # fmt: skip
YIYANG = City(
    "yiyang-2018", (2017, 2018, 2019), "湖南省", "益阳市", "益",
    ("桃江县", "安化县", "南县", "沅江市", "赫山区", "资阳区"),
    "益阳市人力资源和社会保障局", "湖南省人力资源和社会保障厅",
)  # fmt: skip


def health_body(c: City, year: int, level: str) -> str:
    new = c is YANTAI or year >= 2019
    name = "卫生健康委员会" if new else "卫生和计划生育委员会"
    return (c.province if level == "prov" else c.city) + name


@dataclass(frozen=True)
class Profession:
    key: str
    field: str  # the trade as named in a training title
    cities: tuple[str, ...]
    bureau: tuple[str, str]  # (provincial department, city bureau) suffixes, after the place name
    units: dict[str, tuple[str, ...]]
    trainings: tuple[str, ...]
    papers: tuple[tuple[str, str], ...]
    journals: tuple[str, ...]
    patents: tuple[str, ...]
    designs: tuple[str, ...]
    projects: tuple[str, ...]
    books: tuple[str, ...]
    subjects: tuple[str, ...]
    society: str


P = Profession
PROFESSIONS: list[Profession] = [
    P("bridge", "桥梁检测", ("yantai", "yiyang"), ("交通运输厅", "交通运输局"),
      {"yantai": ("烟台市公路事业发展中心", "烟台市交通工程质量检测站", "烟台通衢桥隧检测有限公司"),
       "yiyang": ("益阳市公路管理局", "益阳市交通建设质量安全监督站", "湖南资江路桥检测有限公司")},
      ("公路桥梁定期检查与技术状况评定", "在役桥梁荷载试验技术", "桥梁结构无损检测新技术", "危旧桥梁加固设计与施工"),
      (("基于动载试验的中小跨径梁桥承载力评估", "Load capacity assessment of small and medium span girder bridges based on dynamic load test"),
       ("预应力混凝土连续箱梁腹板裂缝成因分析", "Analysis of web cracks in prestressed concrete continuous box girders"),
       ("钢筋锈蚀对拱桥吊杆耐久性的影响研究", "Influence of steel corrosion on durability of arch bridge hangers")),
      ("桥梁建设", "中国公路学报", "土木工程学报"),
      ("一种桥梁支座脱空检测装置", "一种用于梁底裂缝观测的可伸缩检测平台", "一种斜拉索索力快速测定装置"),
      ("桥梁巡检记录仪", "桥梁裂缝宽度观测仪"),
      ("干线公路危桥快速评估技术研究", "基于无人机影像的桥梁病害识别研究"),
      ("公路桥梁检测与评定实务", "中小跨径桥梁病害图集"),
      ("桥梁与隧道工程", "土木工程"), "公路学会"),
    P("infection", "医院感染防控", ("yantai", "yiyang"), ("卫健", "卫健"),
      {"yantai": ("烟台毓璜顶医院", "烟台山医院", "烟台市芝罘医院"),
       "yiyang": ("益阳市中心医院", "益阳市第一中医医院", "桃江县人民医院")},
      ("医院感染预防与控制能力提升", "多重耐药菌医院感染防控实践", "消毒供应中心质量管理", "新冠肺炎疫情常态化防控"),
      (("ICU多重耐药菌感染目标性监测及干预效果", "Targeted surveillance and intervention of multidrug-resistant organism infection in ICU"),
       ("手卫生依从性监测方式比较研究", "Comparison of methods for monitoring hand hygiene compliance"),
       ("基层医院导管相关血流感染防控实践", "Prevention and control of catheter-related bloodstream infection in a primary hospital")),
      ("中国感染控制杂志", "中华护理杂志", "中国护理管理"),
      ("一种医用织物分拣转运车", "一种带计时提醒功能的手消毒液架", "一种可拆卸式隔离病房传递窗"),
      ("医用消毒盒", "防护服穿脱镜"),
      ("基层医疗机构医院感染风险评估体系研究", "手术部位感染预警模型的建立与应用"),
      ("医院感染防控护理手册", "基层医疗机构感染预防与控制指引"),
      ("护理学", "公共卫生"), "护理学会"),
    P("meteo", "气象预报服务", ("yantai", "yiyang"), ("气象局", "气象局"),
      {"yantai": ("烟台市气象局", "烟台市气象台", "莱州市气象局"),
       "yiyang": ("益阳市气象局", "益阳市气象台", "安化县气象局")},
      ("短时临近预报技术", "强对流天气监测与预警", "气象灾害风险普查技术", "智能网格预报业务"),
      (("渤海海峡大风过程的统计特征及预报着眼点", "Statistical characteristics and forecasting clues of gale processes over the Bohai Strait"),
       ("湘中地区一次暴雨过程的中尺度特征分析", "Mesoscale characteristics of a rainstorm process in central Hunan"),
       ("基于多源资料融合的冰雹识别方法", "Hail identification method based on multi-source data fusion")),
      ("气象", "应用气象学报", "高原气象", "中国农业气象", "大气科学"),
      ("一种自动气象站防雷接地装置", "一种雨量筒防堵清洁装置", "一种便携式能见度校准装置"),
      ("气象观测百叶箱",),
      ("山区县精细化暴雨预警技术研究", "城市内涝气象风险预警技术研究"),
      ("地市级气象台预报业务手册", "强对流天气个例分析"),
      ("大气科学", "应用气象学"), "气象学会"),
    P("math", "小学数学教学", ("yantai", "yiyang"), ("教育厅", "教育局"),
      {"yantai": ("烟台市芝罘区新海阳小学", "烟台市莱山区实验小学", "龙口市东莱小学"),
       "yiyang": ("益阳市赫山区桃花仑小学", "益阳市资阳区长春小学", "沅江市琼湖小学")},
      ("小学数学核心素养与课堂教学", "小学数学大单元教学设计", "义务教育数学课程标准解读", "小学数学作业设计与评价"),
      (("小学高年级分数问题解决策略的实证研究", "An empirical study on problem-solving strategies of fractions in upper primary grades"),
       ("数学建模活动融入小学课堂的路径", "Approaches to integrating mathematical modeling activities into primary classrooms")),
      ("计算数学", "应用数学学报", "系统科学与数学"),
      ("一种小学数学几何教学演示教具", "一种分数认知教学用磁性拼板"),
      ("数学教具盒",),
      ("小学数学深度学习课堂建构研究", "农村小学数学作业分层设计研究"),
      ("小学数学课堂教学案例精选", "小学数学思维训练指导"),
      ("小学教育", "数学与应用数学"), "教育学会"),
    P("tea", "黑茶加工", ("yiyang",), ("农业委员会", "农业委员会"),
      {"yiyang": ("安化县茶叶产业发展中心", "安化县云台山茶业有限公司", "益阳市农业科学研究所")},
      ("安化黑茶加工工艺与质量控制", "茯砖茶发花技术", "黑茶标准化生产与品质评价", "千两茶传统制作技艺"),
      (("安化黑茶渥堆过程中主要品质成分的变化", "Changes of main quality components during pile-fermentation of Anhua dark tea"),
       ("茯砖茶发花工艺参数优化研究", "Optimization of fungal fermentation parameters of Fu brick tea")),
      ("茶叶科学",),
      ("一种黑毛茶渥堆翻堆装置", "一种茯砖茶发花房温湿度调控装置", "一种千两茶踩制辅助装置"),
      ("茶叶包装盒（天尖）", "茶砖压模"),
      ("安化黑茶加工关键技术集成与示范", "茯砖茶金花菌种选育研究"),
      ("安化黑茶加工技术", "黑茶审评与检验"),
      ("茶学", "食品科学与工程"), "茶叶学会"),
    P("fishery", "海洋渔业", ("yantai",), ("海洋局", "海洋发展和渔业局"),
      {"yantai": ("山东省海洋资源与环境研究院", "烟台市海洋经济研究院", "莱州市海洋发展和渔业局")},
      ("海洋牧场建设与管理", "刺参生态养殖技术", "渔业船舶安全管理", "近海渔业资源调查与评估"),
      (("烟台近岸海域人工鱼礁区渔业资源变化", "Changes of fishery resources in artificial reef areas off Yantai coast"),
       ("刺参池塘养殖高温期水质调控技术", "Water quality regulation for pond culture of sea cucumber in high temperature period"),
       ("海洋牧场底播贝类增殖效果评价", "Evaluation of stock enhancement effect of bottom-sown shellfish in marine ranching")),
      ("水产学报", "海洋渔业", "渔业科学进展", "中国水产科学"),
      ("一种刺参苗种分选装置", "一种海洋牧场水下监测浮标", "一种扇贝笼清洗装置"),
      ("渔获物分拣箱",),
      ("黄渤海海洋牧场生态效应评估", "刺参耐高温品系选育研究"),
      ("海洋牧场建设技术", "刺参健康养殖技术问答"),
      ("水产养殖学", "海洋渔业科学与技术"), "水产学会"),
    P("radio", "放射治疗物理", ("yantai", "yiyang"), ("卫健", "卫健"),
      {"yantai": ("烟台毓璜顶医院", "滨州医学院烟台附属医院", "烟台市烟台山医院"),
       "yiyang": ("益阳市中心医院", "益阳市第三人民医院", "沅江市人民医院")},
      ("放射治疗质量控制与质量保证", "调强放疗计划设计与验证", "医用直线加速器验收与质控", "放射防护与辐射安全"),
      (("宫颈癌调强放疗计划剂量学比较", "Dosimetric comparison of intensity-modulated radiotherapy plans for cervical cancer"),
       ("医用直线加速器多叶准直器到位精度检测", "Positioning accuracy test of multileaf collimator of medical linear accelerator"),
       ("鼻咽癌自适应放疗剂量累积评估", "Dose accumulation assessment of adaptive radiotherapy for nasopharyngeal carcinoma")),
      ("中华放射肿瘤学杂志", "中华放射医学与防护杂志", "辐射防护", "核技术"),
      ("一种放疗体位固定装置", "一种加速器等中心校验模体", "一种乳腺癌放疗托架"),
      ("放疗定位标记笔",),
      ("基于深度学习的放疗靶区自动勾画研究", "调强放疗剂量验证方法优化研究"),
      ("放射治疗物理学基础", "肿瘤放疗计划设计实例"),
      ("医学物理", "核技术及应用"), "医学会"),
    P("aviation", "航空器维修", ("yantai",), ("交通运输厅", "交通运输局"),
      {"yantai": ("烟台蓬莱国际机场", "山东太古飞机工程有限公司烟台分公司", "烟台航空器维修技术服务中心")},
      ("民用航空器维修人为因素", "航空器结构修理技术", "发动机孔探检查技术", "民航维修质量管理体系"),
      (("民用航空发动机孔探图像缺陷识别方法", "Defect recognition method for borescope images of civil aero-engines"),
       ("复合材料机身蒙皮修理工艺评估", "Evaluation of repair process for composite fuselage skin")),
      ("航空学报", "航空动力学报", "航空制造技术", "航空材料学报"),
      ("一种航空器轮胎拆装辅助装置", "一种发动机孔探镜导向装置", "一种飞机蒙皮铆钉检测工具"),
      ("航空工具箱",),
      ("航线维修差错风险评估研究", "支线客机发动机健康监测研究"),
      ("民用航空器维修基础", "航线维修实用手册"),
      ("飞行器动力工程", "航空器维修工程"), "航空学会"),
    P("agrimach", "农业机械化", ("yantai", "yiyang"), ("农业农村厅", "农业农村局"),
      {"yantai": ("烟台市农业技术推广中心", "莱阳市农业机械服务中心", "烟台市农业科学研究院"),
       "yiyang": ("益阳市农业机械化技术推广站", "南县农机事务中心", "赫山区农机化服务站")},
      ("农机安全生产与监理", "水稻机械化育插秧技术", "丘陵山区农机化技术", "植保无人机应用技术"),
      (("丘陵山区微耕机作业性能试验研究", "Experimental study on working performance of micro-tillers in hilly areas"),
       ("水稻钵苗移栽机取苗机构优化设计", "Optimal design of seedling picking mechanism of rice pot seedling transplanter"),
       ("苹果园自走式升降作业平台设计", "Design of self-propelled lifting platform for apple orchards")),
      ("农业机械学报", "农业工程学报"),
      ("一种水稻秧盘自动叠放装置", "一种丘陵地区履带式微耕机", "一种果园风送式喷雾机"),
      ("农机驾驶室",),
      ("丘陵山区水稻全程机械化技术集成", "果园生产机械化关键装备研究"),
      ("农业机械化技术推广实务", "现代农机操作与维护"),
      ("农业机械化及其自动化", "农业工程"), "农业机械学会"),
    P("forensic", "司法鉴定", ("yantai", "yiyang"), ("司法厅", "司法局"),
      {"yantai": ("烟台正衡司法鉴定所", "烟台市中信司法鉴定中心", "烟台毓璜顶医院司法鉴定所"),
       "yiyang": ("益阳明正司法鉴定所", "益阳市中心医院司法鉴定所", "湖南资阳法医司法鉴定所")},
      ("法医临床司法鉴定实务", "司法鉴定执业规范与职业道德", "人体损伤程度鉴定标准解读", "文书司法鉴定技术"),
      (("CT三维重建在肋骨骨折法医鉴定中的应用", "Application of CT three-dimensional reconstruction in forensic identification of rib fractures"),),
      ("中华放射学杂志",),
      ("一种法医现场勘查工具箱", "一种损伤测量比例尺"),
      ("鉴定文书档案盒",),
      ("道路交通事故损伤鉴定质量控制研究",),
      ("法医临床鉴定案例评析", "司法鉴定文书写作规范"),
      ("法医学", "法学"), "法学会"),
    P("library", "图书馆服务", ("yantai", "yiyang"), ("文化和旅游厅", "文化和旅游局"),
      {"yantai": ("烟台市图书馆", "烟台大学图书馆", "龙口市图书馆"),
       "yiyang": ("益阳市图书馆", "湖南城市学院图书馆", "桃江县图书馆")},
      ("公共图书馆阅读推广", "古籍保护与修复", "图书馆数字资源建设", "总分馆制建设与服务效能"),
      (),
      (),
      ("一种图书归还自动分拣装置", "一种古籍修复用压平装置"),
      ("图书推车",),
      ("县域公共图书馆总分馆服务模式研究", "地方文献数字化保护研究"),
      ("公共图书馆阅读推广案例", "地方文献工作实务"),
      ("图书馆学", "信息资源管理"), "图书馆学会"),
    P("geology", "地质勘查", ("yantai", "yiyang"), ("自然资源厅", "自然资源局"),
      {"yantai": ("山东省第三地质矿产勘查院", "烟台市自然资源和规划局地质环境监测站", "招远市黄金地质勘查院"),
       "yiyang": ("湖南省地质矿产勘查开发局四一八队", "益阳市地质环境监测站", "安化县地质灾害防治中心")},
      ("地质灾害调查与风险评价", "矿产资源储量核实技术", "地球物理勘查新方法", "绿色勘查技术规范"),
      (("胶东招远地区金矿控矿构造特征", "Ore-controlling structural characteristics of gold deposits in Zhaoyuan, Jiaodong"),
       ("湘中锑矿带成矿流体来源探讨", "Discussion on the source of ore-forming fluids of the antimony belt in central Hunan"),
       ("基于InSAR的山区滑坡隐患早期识别", "Early identification of landslide hazards in mountainous areas based on InSAR")),
      ("地质学报", "地质通报", "中国地质", "地质论评", "工程地质学报"),
      ("一种野外地质罗盘支架", "一种岩芯快速编录装置", "一种滑坡位移监测桩"),
      ("岩芯箱",),
      ("胶东深部金矿成矿预测研究", "资水流域地质灾害隐患识别研究"),
      ("区域地质调查野外工作方法", "地质灾害防治技术指南"),
      ("地质工程", "资源勘查工程"), "地质学会"),
]  # fmt: skip


def professions_for(city: City) -> list[Profession]:
    key = "yantai" if city is YANTAI else "yiyang"
    return [p for p in PROFESSIONS if key in p.cities]


def city_key(city: City) -> str:
    return "yantai" if city is YANTAI else "yiyang"


def bureau(city: City, prof: Profession, year: int, level: str) -> str:
    """The trade's provincial department (level 'prov') or city bureau (level 'city') of that year."""
    suffix = prof.bureau[0 if level == "prov" else 1]
    if suffix == "卫健":
        return health_body(city, year, level)
    if city is YIYANG:
        old = {"农业委员会": "农业委员会", "农业农村厅": "农业委员会", "农业农村局": "农业委员会",
               "自然资源厅": "国土资源厅", "自然资源局": "国土资源局", "文化和旅游厅": "文化厅",
               "文化和旅游局": "文化广电新闻出版局"}  # fmt: skip
        if year < 2019 and suffix in old:
            suffix = old[suffix]
        elif suffix == "农业委员会":
            suffix = "农业农村厅" if level == "prov" else "农业农村局"
        if suffix == "海洋局":
            suffix = "水利厅"
    if city is YANTAI and suffix == "海洋局" and level == "prov":
        return "山东省海洋局"
    return (city.province if level == "prov" else city.city) + suffix


# ---- journals ----------------------------------------------------------------------------------
def _norm(s: str) -> str:
    return re.sub(r"[\W_]", "", s)


@functools.cache
def journal_row(name: str) -> dict[str, Any]:
    """The CSCD core row of `name` with its levels: cscd, plus pku_core / cssci where journals-cn.csv lists the
    same punctuation-free name."""
    with (DATA / "journals-cscd.csv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["database"] == "core" and r["name"] == name]
    if not rows:
        raise KeyError(name)
    levels = ["cscd"]
    with (DATA / "journals-cn.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if _norm(r["name"]) == _norm(name):
                tags = set(r["levels"].split(";"))
                levels += [t for t in ("pku_core", "cssci") if t in tags]
    return {"name": name, "issn": rows[0]["issn"], "cn": rows[0]["cn"], "levels": levels}


JOURNAL_HOSTS = {
    "桥梁建设": ("中铁大桥局集团有限公司", "武汉"), "中国公路学报": ("中国公路学会", "西安"),
    "土木工程学报": ("中国土木工程学会", "北京"), "中国感染控制杂志": ("中南大学", "长沙"),
    "中华护理杂志": ("中华护理学会", "北京"), "中国护理管理": ("国家卫生健康委医院管理研究所", "北京"),
    "气象": ("国家气象中心", "北京"), "应用气象学报": ("中国气象科学研究院", "北京"),
    "高原气象": ("中国科学院西北生态环境资源研究院", "兰州"), "中国农业气象": ("中国农业科学院农业环境与可持续发展研究所", "北京"),
    "大气科学": ("中国科学院大气物理研究所", "北京"), "计算数学": ("中国科学院数学与系统科学研究院", "北京"),
    "应用数学学报": ("中国数学会", "北京"), "系统科学与数学": ("中国科学院数学与系统科学研究院", "北京"),
    "茶叶科学": ("中国茶叶学会", "杭州"), "水产学报": ("中国水产学会", "上海"),
    "海洋渔业": ("中国水产科学研究院东海水产研究所", "上海"), "渔业科学进展": ("中国水产科学研究院黄海水产研究所", "青岛"),
    "中国水产科学": ("中国水产科学研究院", "北京"), "中华放射肿瘤学杂志": ("中华医学会", "北京"),
    "中华放射医学与防护杂志": ("中华医学会", "北京"), "辐射防护": ("中国核学会", "太原"),
    "核技术": ("中国科学院上海应用物理研究所", "上海"), "航空学报": ("中国航空学会", "北京"),
    "航空动力学报": ("中国航空学会", "北京"), "航空制造技术": ("中国航空制造技术研究院", "北京"),
    "航空材料学报": ("中国航空学会", "北京"), "农业机械学报": ("中国农业机械学会", "北京"),
    "农业工程学报": ("中国农业工程学会", "北京"), "中华放射学杂志": ("中华医学会", "北京"),
    "地质学报": ("中国地质学会", "北京"), "地质通报": ("中国地质调查局", "北京"), "中国地质": ("中国地质调查局", "北京"),
    "地质论评": ("中国地质学会", "北京"), "工程地质学报": ("中国科学院地质与地球物理研究所", "北京"),
}  # fmt: skip

PUBLISHERS = [
    ("人民交通出版社", "978-7-114"), ("中国农业出版社", "978-7-109"), ("人民卫生出版社", "978-7-117"),
    ("气象出版社", "978-7-5029"), ("地质出版社", "978-7-116"), ("国家图书馆出版社", "978-7-5013"),
    ("湖南科学技术出版社", "978-7-5710"), ("山东科学技术出版社", "978-7-5723"), ("中国海洋大学出版社", "978-7-5670"),
    ("法律出版社", "978-7-5197"), ("中国民航出版社", "978-7-5128"), ("湖南师范大学出版社", "978-7-5648"),
]  # fmt: skip
BOOK_PUBLISHER = {
    "bridge": 0,
    "infection": 2,
    "meteo": 3,
    "math": 11,
    "tea": 6,
    "fishery": 8,
    "radio": 2,
    "aviation": 10,
    "agrimach": 1,
    "forensic": 9,
    "library": 5,
    "geology": 4,
}

CLC = {"bridge": "U446", "infection": "R197.3", "meteo": "P458", "math": "O241", "tea": "TS272", "fishery": "S931",
       "radio": "R815", "aviation": "V267", "agrimach": "S22", "forensic": "D919", "library": "G258",
       "geology": "P618"}  # fmt: skip
CN_DIGITS = "〇一二三四五六七八九"

# ---- pinyin of the name characters (for English bylines) ---------------------------------------
_PY = (
    "王wang李li张zhang刘liu陈chen杨yang黄huang赵zhao吴wu周zhou徐xu孙sun马ma朱zhu胡hu郭guo何he高gao林lin罗luo"
    "郑zheng梁liang谢xie宋song唐tang许xu韩han冯feng邓deng曹cao彭peng曾zeng肖xiao田tian董dong袁yuan潘pan于yu"
    "蒋jiang蔡cai余yu杜du叶ye程cheng苏su魏wei吕lv丁ding任ren沈shen姚yao卢lu姜jiang崔cui钟zhong谭tan陆lu汪wang"
    "范fan金jin石shi廖liao贾jia夏xia韦wei付fu方fang白bai邹zou孟meng熊xiong秦qin邱qiu江jiang尹yin薛xue闫yan"
    "段duan雷lei侯hou龙long史shi黎li贺he顾gu毛mao郝hao龚gong邵shao万wan钱qian覃qin武wu戴dai孔kong汤tang庞pang"
    "樊fan兰lan殷yin欧ou阳yang司si上shang官guan诸zhu葛ge皇huang甫fu东dong慕mu容rong令ling狐hu尉yu迟chi公gong"
    "伟wei芳fang娜na秀xiu英ying敏min静jing丽li强qiang磊lei军jun洋yang勇yong艳yan杰jie娟juan涛tao明ming超chao"
    "霞xia平ping刚gang桂gui华hua建jian国guo志zhi红hong玉yu文wen斌bin宇yu浩hao凯kai晨chen辉hui鹏peng飞fei"
    "海hai波bo琳lin雪xue婷ting倩qian颖ying慧hui淑shu珍zhen德de润run泽ze庆qing春chun梅mei松song柏bai岩yan"
    "峰feng立li新xin振zhen宏hong博bo远yuan航hang俊jun亮liang锋feng毅yi诚cheng瑞rui祥xiang怡yi欣xin悦yue"
    "佳jia蕾lei薇wei丹dan彤tong曦xi睿rui哲zhe琪qi瑶yao晗han昊hao煜yu铭ming轩xuan逸yi然ran嘉jia璐lu露lu"
    "晓xiao卫wei南nan湘xiang益yi沅yuan资zi荷he茗ming蓉rong莉li萍ping"
)
PINYIN: dict[str, str] = dict(re.findall(r"([^a-z])([a-z]+)", _PY))


def english_name(name: str, style: int) -> str:
    """WANG Jianguo / Wang Jianguo / Jianguo WANG, from the pinyin table (double surnames kept together)."""
    n = 2 if name[:2] in DOUBLE_SURNAMES else 1
    sur = "".join(PINYIN.get(c, "x") for c in name[:n])
    given = "".join(PINYIN.get(c, "x") for c in name[n:])
    if style == 0:
        return f"{sur.upper()} {given.capitalize()}"
    if style == 1:
        return f"{sur.capitalize()} {given.capitalize()}"
    return f"{given.capitalize()} {sur.upper()}"
