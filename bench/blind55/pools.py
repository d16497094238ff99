"""Draw 55's own pools: cities and their bodies, professions, names, journals, publishers, layout variants."""

from __future__ import annotations

import csv
import functools
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

# ---- layout variants per evidence type (a document's layout is `<family>-<variant>`) -----------------
FAMILIES = {
    "training_certificate": "tc55",
    "sign_in_sheet": "sg55",
    "training_notice": "tn55",
    "journal_article": "ja55",
    "book": "book55",
    "patent_certificate": "pt55",
    "award_certificate": "aw55",
    "project_completion": "pc55",
    "qualification_certificate": "qc55",
    "other": "ot55",
}
VARIANTS: dict[str, list[str]] = {
    "t55.layout.training_certificate": ["jieye", "xueshi", "online", "table", "landscape", "credit"],
    "t55.layout.sign_in_sheet": ["basic", "twocol", "session", "register", "meeting", "spill"],
    "t55.layout.training_notice": ["wenhao", "huizhi", "yaoqing", "richeng", "county", "kebiao"],
    "t55.layout.journal_article": ["first", "star", "twocol", "cover", "toc", "pair"],
    "t55.layout.book": ["cover", "cip", "board", "translated", "titlepage", "monograph"],
    "t55.layout.patent_certificate": ["invention", "utility", "design", "register", "spread", "semicolon"],
    "t55.layout.award_certificate": ["gov", "team", "skill", "social", "paper", "teach"],
    "t55.layout.project_completion": ["jieti", "yanshou", "yijian", "members", "edu", "county"],
    "t55.layout.qualification_certificate": ["grad", "master", "doctor", "courses", "zikao", "computer"],
    "t55.layout.other": ["huiyi", "jiangzuo", "xiaxiang", "zixue", "chengguo", "chuguo"],
}


@dataclass
class Ctx:
    """What a builder needs: its random stream, fonts, draw number and the variants it used."""

    rng: random.Random
    body: str
    bold: str
    hand: str
    pdf_text: bool
    draw: int
    k: int
    offset: int
    used: list[str] = field(default_factory=list)

    def layout(self, etype: str) -> str:
        variants = VARIANTS[f"t55.layout.{etype}"]
        v = variants[(self.k + self.offset) % len(variants)]
        self.used.append(f"t55.layout.{etype}:{v}")
        return v

    def pick(self, key: str, options: list):  # noqa: ANN201
        i = self.rng.randrange(len(options))
        self.used.append(f"t55.{key}:{i}")
        return options[i]

    def city(self) -> City:
        return CITIES[(self.k + self.offset // 3) % 2]

    def prof(self) -> Profession:
        return self.rng.choice(PROFESSIONS)


# ---- cities -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class City:
    key: str
    policy: str
    name: str  # 德州市
    short: str  # 德
    province: str  # 山东省
    years: tuple[int, int]
    rs: str  # city HR bureau
    prov_rs: str
    counties: tuple[str, ...]
    gov: str
    prov_gov: str
    bases: tuple[str, ...]  # training bases / colleges
    platform: str  # online platform
    doc_no: str  # 文号 pattern with {y} and {n}
    publishers: tuple[str, ...]


CITIES = (
    City(
        "dezhou", "dezhou-2017", "德州市", "德", "山东省", (2016, 2018),
        "德州市人力资源和社会保障局", "山东省人力资源和社会保障厅",
        ("齐河县", "禹城市", "乐陵市", "临邑县", "平原县", "夏津县", "武城县", "庆云县", "宁津县", "陵城区", "德城区"),
        "德州市人民政府", "山东省人民政府",
        ("德州学院", "德州职业技术学院", "德州市技师学院", "山东华宇工学院"),
        "山东省专业技术人员继续教育公需科目培训平台", "德人社字〔{y}〕{n}号",
        ("山东科学技术出版社", "山东大学出版社", "中国海洋大学出版社", "化学工业出版社", "中国农业出版社",
         "人民交通出版社", "中国纺织出版社", "人民卫生出版社", "中国水利水电出版社"),
    ),
    City(
        "kaifeng", "kaifeng-2016", "开封市", "汴", "河南省", (2015, 2017),
        "开封市人力资源和社会保障局", "河南省人力资源和社会保障厅",
        ("杞县", "通许县", "尉氏县", "兰考县", "祥符区", "鼓楼区", "龙亭区"),
        "开封市人民政府", "河南省人民政府",
        ("开封大学", "开封市行政学院", "开封市文化艺术学院", "开封市建设学校"),
        "河南省专业技术人员继续教育培训平台", "汴人社〔{y}〕{n}号",
        ("河南科学技术出版社", "郑州大学出版社", "黄河水利出版社", "中原农民出版社", "河南大学出版社",
         "化学工业出版社", "中国农业出版社", "文物出版社", "中国旅游出版社"),
    ),
)  # fmt: skip

ISBN_PREFIX = {
    "山东科学技术出版社": "978-7-5331", "山东大学出版社": "978-7-5607", "中国海洋大学出版社": "978-7-5670",
    "化学工业出版社": "978-7-122", "中国农业出版社": "978-7-109", "人民交通出版社": "978-7-114",
    "中国纺织出版社": "978-7-5180", "人民卫生出版社": "978-7-117", "中国水利水电出版社": "978-7-5170",
    "河南科学技术出版社": "978-7-5349", "郑州大学出版社": "978-7-5645", "黄河水利出版社": "978-7-5509",
    "中原农民出版社": "978-7-5542", "河南大学出版社": "978-7-5649", "文物出版社": "978-7-5010",
    "中国旅游出版社": "978-7-5032",
}  # fmt: skip
PLACE = {
    "山东科学技术出版社": "济南", "山东大学出版社": "济南", "中国海洋大学出版社": "青岛", "化学工业出版社": "北京",
    "中国农业出版社": "北京", "人民交通出版社": "北京", "中国纺织出版社": "北京", "人民卫生出版社": "北京",
    "中国水利水电出版社": "北京", "河南科学技术出版社": "郑州", "郑州大学出版社": "郑州", "黄河水利出版社": "郑州",
    "中原农民出版社": "郑州", "河南大学出版社": "开封", "文物出版社": "北京", "中国旅游出版社": "北京",
}  # fmt: skip


# ---- professions ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Profession:
    key: str
    trade: str  # short word used in titles
    dept: str  # city-level bureau suffix, e.g. 交通运输局
    prov_dept: str  # provincial department suffix
    units: tuple[str, ...]  # employers; {c} city, {x} county
    courses: tuple[str, ...]
    papers: tuple[tuple[str, str], ...]  # (Chinese title, English title)
    journals: tuple[str, ...]
    patents: tuple[str, ...]
    projects: tuple[str, ...]
    books: tuple[str, ...]
    majors: tuple[str, ...]
    title_rank: tuple[str, ...]  # 职称 words


PROFESSIONS = (
    Profession(
        "highway", "公路养护", "交通运输局", "交通运输厅",
        ("{c}公路管理局", "{x}公路管理局", "{c}交通工程质量监督站"),
        ("沥青路面预防性养护技术", "公路桥梁定期检查与评定", "路面病害快速检测与修补工艺", "农村公路养护管理"),
        (("基于车载激光的沥青路面车辙检测方法", "Rut detection of asphalt pavement based on vehicle-mounted laser"),
         ("微表处在干线公路预防性养护中的应用效果", "Effect of micro-surfacing in preventive maintenance of trunk highways"),
         ("冻融循环下半刚性基层裂缝扩展规律", "Crack propagation of semi-rigid base under freeze-thaw cycles")),
        ("公路交通科技", "中国公路学报"),
        ("一种沥青路面裂缝灌缝装置", "一种公路护栏清洗车", "一种路面坑槽快速修补设备"),
        ("干线公路沥青路面预防性养护技术研究", "农村公路桥梁安全评估体系研究"),
        ("公路养护技术与管理", "沥青路面养护实用手册"),
        ("道路桥梁工程技术", "交通工程", "土木工程"),
        ("助理工程师", "工程师", "高级工程师"),
    ),
    Profession(
        "pednurse", "儿科护理", "卫生和计划生育委员会", "卫生和计划生育委员会",
        ("{c}人民医院", "{c}妇幼保健院", "{x}人民医院"),
        ("新生儿重症监护护理", "儿童静脉输液安全管理", "小儿危重症早期识别", "儿科护理人文关怀"),
        (("早产儿袋鼠式护理对体质量增长的影响", "Effect of kangaroo care on weight gain of premature infants"),
         ("小儿头皮静脉穿刺失败原因分析及对策", "Causes of failed scalp vein puncture in children and countermeasures"),
         ("家庭参与式护理在新生儿病房中的应用", "Family integrated care in the neonatal ward")),
        ("中华护理杂志", "临床儿科杂志", "中国实用儿科杂志"),
        ("一种儿科用输液固定架", "一种新生儿防护保温箱", "一种小儿雾化吸入面罩"),
        ("新生儿病房家庭参与式护理模式研究", "儿童静脉治疗风险管理研究"),
        ("儿科护理常规与技术操作规范", "新生儿护理实用手册"),
        ("护理学", "护理"),
        ("护士", "护师", "主管护师", "副主任护师"),
    ),
    Profession(
        "hydro", "水文监测", "水利局", "水利厅",
        ("{c}水文局", "{x}水利局", "{c}水文水资源勘测局"),
        ("水文站网测验新技术", "中小河流洪水预报", "地下水动态监测", "雷达测流技术应用"),
        (("漳卫河流域降水径流关系变化分析", "Variation of rainfall-runoff relationship in the Zhangwei River basin"),
         ("雷达波测流系统在平原河道的比测试验", "Comparison test of radar flow measurement in plain rivers"),
         ("基于集对分析的区域地下水水质评价", "Regional groundwater quality evaluation based on set pair analysis")),
        ("水利学报", "水利水电科技进展", "水文地质工程地质"),
        ("一种水文缆道测流装置", "一种地下水位自动监测井盖", "一种便携式泥沙采样器"),
        ("平原区中小河流洪水预报方案研究", "区域地下水超采治理效果评估"),
        ("水文测验实用技术", "平原河流水文分析计算"),
        ("水文与水资源工程", "水利水电工程"),
        ("助理工程师", "工程师", "高级工程师"),
    ),
    Profession(
        "chemteach", "初中化学", "教育局", "教育厅",
        ("{c}第一中学", "{x}实验中学", "{c}第九中学"),
        ("初中化学实验教学创新", "化学学科核心素养与课堂教学", "中考化学命题研究", "微型化学实验设计"),
        (("基于微型实验的初中化学探究教学设计", "Inquiry teaching design of junior middle school chemistry based on micro experiments"),
         ("初中化学概念转变教学的实践研究", "Practice of conceptual change teaching in junior middle school chemistry")),
        ("高等学校化学学报", "应用化学"),
        ("一种化学实验用多功能气体发生装置", "一种初中化学教学用电解水演示器"),
        ("初中化学微型实验的开发与应用研究", "农村初中化学分层作业设计研究"),
        ("初中化学实验创新设计", "中学化学教学设计与案例"),
        ("化学教育", "化学"),
        ("二级教师", "一级教师", "高级教师"),
    ),
    Profession(
        "cotton", "棉花育种", "农业局", "农业厅",
        ("{c}农业科学院", "{x}农业局", "{c}棉花研究所"),
        ("棉花高产栽培与轻简化技术", "转基因抗虫棉品种选育", "棉花病虫害综合防控", "棉花机械化采收技术"),
        (("黄河流域早熟棉品种产量与品质性状分析", "Yield and quality traits of early maturing cotton in the Yellow River valley"),
         ("盐碱地棉花一膜两用栽培效果研究", "Effect of one film for two crops cotton cultivation in saline land"),
         ("棉花纤维品质相关性状的QTL定位", "QTL mapping of fiber quality traits in upland cotton")),
        ("棉花学报", "作物学报", "中国农业科学"),
        ("一种棉花打顶装置", "一种棉种精选脱绒设备", "一种棉田化学除草喷雾装置"),
        ("早熟高产抗虫棉新品种选育", "盐碱地棉花轻简化栽培技术集成与示范"),
        ("棉花高产栽培技术", "棉花育种学实用教程"),
        ("农学", "作物遗传育种", "种子科学与工程"),
        ("农艺师", "高级农艺师", "助理农艺师"),
    ),
    Profession(
        "textile", "纺织工程", "经济和信息化委员会", "经济和信息化委员会",
        ("{c}棉纺织有限公司", "{x}纺织集团有限公司", "{c}纺织科学研究所"),
        ("新型纺纱技术", "功能性纺织品开发", "印染清洁生产技术", "纺织设备智能化改造"),
        (("紧密赛络纺竹纤维纱线性能研究", "Properties of compact siro spun bamboo fiber yarn"),
         ("涡流纺粘胶纱毛羽形成机理分析", "Formation mechanism of hairiness in vortex spun viscose yarn"),
         ("棉织物无盐活性染色工艺优化", "Optimization of salt-free reactive dyeing of cotton fabric")),
        ("纺织学报",),
        ("一种细纱机断头自动检测装置", "一种纺织用纱线张力调节器", "一种织物防皱整理烘干设备"),
        ("高支紧密纺纱线关键技术研发", "纺织印染废水回用技术研究"),
        ("现代纺纱技术", "纺织品检测实务"),
        ("纺织工程", "轻化工程"),
        ("助理工程师", "工程师", "高级工程师"),
    ),
    Profession(
        "labtech", "临床检验", "卫生和计划生育委员会", "卫生和计划生育委员会",
        ("{c}人民医院", "{c}中医院", "{x}人民医院"),
        ("临床实验室质量管理", "血细胞形态学识别", "微生物检验与耐药监测", "即时检验规范化管理"),
        (("血清降钙素原检测在儿童细菌感染中的诊断价值", "Diagnostic value of serum procalcitonin in bacterial infection in children"),
         ("全自动血细胞分析仪复检规则的建立与验证", "Establishment and verification of review rules for automated hematology analyzers")),
        ("中华检验医学杂志",),
        ("一种检验科用试管架", "一种血液标本离心防溅装置", "一种尿液标本收集杯"),
        ("基层医院检验结果互认质量控制研究", "血培养阳性报警时间与病原菌关系研究"),
        ("临床检验操作规程", "检验医学质量控制手册"),
        ("医学检验", "医学检验技术"),
        ("检验技师", "主管检验技师", "副主任技师"),
    ),
    Profession(
        "solar", "太阳能利用", "发展和改革委员会", "发展和改革委员会",
        ("{c}太阳能行业协会", "{c}新能源科技有限公司", "{x}光伏科技有限公司"),
        ("太阳能光热系统设计", "光伏电站运维技术", "太阳能建筑一体化", "清洁能源供暖技术"),
        (("真空管太阳能集热器热性能测试与分析", "Thermal performance test and analysis of evacuated tube solar collectors"),
         ("太阳能与空气源热泵联合供暖系统优化", "Optimization of solar and air source heat pump combined heating system"),
         ("分布式光伏电站灰尘遮挡损失研究", "Power loss caused by dust deposition on distributed photovoltaic plants")),
        ("可再生能源", "新能源进展"),
        ("一种太阳能热水器自动上水装置", "一种光伏板自动清扫机器人", "一种太阳能集热管防冻装置"),
        ("太阳能光热建筑一体化关键技术研究", "农村太阳能清洁供暖示范工程"),
        ("太阳能热利用技术", "光伏电站运行维护"),
        ("新能源科学与工程", "热能与动力工程"),
        ("助理工程师", "工程师", "高级工程师"),
    ),
    Profession(
        "flour", "面粉食品安全", "食品药品监督管理局", "食品药品监督管理局",
        ("{c}食品药品检验检测中心", "{x}食品药品监督管理局", "{c}粮油质量检测站"),
        ("小麦粉质量安全检测", "食品添加剂监督抽检", "真菌毒素快速检测技术", "食品安全风险监测"),
        (("小麦粉中呕吐毒素的快速检测方法比较", "Comparison of rapid detection methods of deoxynivalenol in wheat flour"),
         ("面制品中铝残留量的调查与分析", "Investigation of aluminium residue in flour products"),
         ("小麦粉增白剂过氧化苯甲酰检测方法改进", "Improved determination of benzoyl peroxide in wheat flour")),
        ("中国粮油学报", "食品科学", "中国食品卫生杂志", "麦类作物学报"),
        ("一种面粉样品快速前处理装置", "一种粮食扦样器", "一种面粉白度检测仪"),
        ("小麦粉真菌毒素风险监测与控制研究", "面制品添加剂使用情况调查研究"),
        ("粮油食品检验技术", "小麦粉质量安全控制"),
        ("食品质量与安全", "食品科学与工程"),
        ("助理工程师", "工程师", "高级工程师"),
    ),
    Profession(
        "flood", "黄河防汛", "水利局", "水利厅",
        ("{c}黄河河务局", "{x}黄河河务局", "{c}防汛抗旱指挥部办公室"),
        ("黄河防汛抢险技术", "堤防工程险情识别", "河道整治工程管理", "防汛物资储备与调度"),
        (("黄河下游游荡性河段河势演变分析", "River regime evolution of the wandering reach of the lower Yellow River"),
         ("堤防管涌险情抢护技术试验研究", "Experimental study on rescue technique of piping in levees"),
         ("黄河下游滩区洪水风险分析", "Flood risk analysis of the floodplain of the lower Yellow River")),
        ("泥沙研究", "水利学报", "水利水电科技进展"),
        ("一种堤防管涌抢险装置", "一种防汛抢险用土工袋充填机", "一种河道险工根石探测装置"),
        ("黄河下游险工根石加固技术研究", "黄河滩区防洪预警系统建设"),
        ("黄河防汛抢险实用技术", "堤防工程管理与维护"),
        ("水利水电工程", "港口航道与海岸工程"),
        ("助理工程师", "工程师", "高级工程师"),
    ),
    Profession(
        "relic", "文物修复", "文物局", "文物局",
        ("{c}文物管理处", "{c}博物馆", "{x}文物保护管理所"),
        ("古建筑木构件修缮技术", "彩画保护与修复", "砖石文物病害治理", "馆藏文物预防性保护"),
        (("开封古城墙砖体风化机理分析", "Weathering mechanism of bricks of the ancient city wall"),
         ("古建筑木构件糟朽病害无损检测", "Non-destructive detection of decay in timber members of ancient buildings")),
        ("建筑材料学报", "分析化学"),
        ("一种古建筑木柱墩接加固装置", "一种文物修复用恒温恒湿工作台", "一种砖石文物表面清洗装置"),
        ("宋代建筑彩画颜料分析与保护研究", "古城墙砖石病害调查与修复"),
        ("古建筑修缮技术", "彩画保护修复实务"),
        ("文物保护技术", "考古学", "历史建筑保护工程"),
        ("助理馆员", "馆员", "副研究馆员"),
    ),
    Profession(
        "tourism", "旅游规划", "旅游局", "旅游局",
        ("{c}旅游规划设计院", "{c}旅游局", "{x}旅游服务中心"),
        ("全域旅游规划编制", "乡村旅游开发与管理", "旅游景区质量等级评定", "文化旅游融合发展"),
        (("全域旅游视角下县域旅游空间结构研究", "Spatial structure of county tourism from the perspective of all-for-one tourism"),
         ("历史文化名城旅游流时空特征分析", "Spatio-temporal characteristics of tourist flows in historic cities"),
         ("乡村旅游地居民感知与态度研究", "Residents' perception and attitude in rural tourism destinations")),
        ("经济地理", "地理研究", "地理科学进展"),
        ("一种旅游景区导览标识牌", "一种景区客流计数装置", "一种便携式旅游导览终端"),
        ("全域旅游示范区创建路径研究", "历史街区文化旅游开发研究"),
        ("旅游规划原理与实务", "乡村旅游开发案例"),
        ("旅游管理", "人文地理与城乡规划"),
        ("助理经济师", "经济师", "高级经济师"),
    ),
    Profession(
        "chemproc", "化工工艺", "安全生产监督管理局", "安全生产监督管理局",
        ("{c}化工有限公司", "{x}化工集团有限公司", "{c}石化有限公司"),
        ("化工过程安全管理", "精细化工反应风险评估", "化工装置节能优化", "危险化学品储运安全"),
        (("合成氨装置变换工段节能改造分析", "Energy saving retrofit of the shift section of an ammonia plant"),
         ("硝化反应热危险性评估研究", "Thermal hazard assessment of nitration reaction"),
         ("煤化工废水深度处理工艺优化", "Optimization of advanced treatment process of coal chemical wastewater")),
        ("化工进展", "化工学报", "精细化工"),
        ("一种反应釜温度联锁控制装置", "一种化工尾气吸收塔", "一种防堵塞物料输送管道"),
        ("精细化工企业反应安全风险评估", "化工园区挥发性有机物治理技术"),
        ("化工工艺安全技术", "化工单元操作"),
        ("化学工程与工艺", "应用化学"),
        ("助理工程师", "工程师", "高级工程师"),
    ),
    Profession(
        "vet", "基层兽医", "畜牧局", "畜牧兽医局",
        ("{x}畜牧兽医局", "{c}动物疫病预防控制中心", "{x}动物卫生监督所"),
        ("重大动物疫病防控", "畜禽养殖场生物安全", "兽药规范使用", "动物检疫技术"),
        (("规模化猪场猪瘟抗体水平监测分析", "Monitoring of classical swine fever antibody levels in large pig farms"),
         ("基层奶牛乳房炎病原菌分离与耐药性", "Isolation and drug resistance of pathogens of bovine mastitis")),
        ("中国畜牧兽医", "畜牧兽医学报"),
        ("一种兽用保定架", "一种畜禽疫苗注射器", "一种动物尸体无害化处理装置"),
        ("基层动物疫病监测体系建设研究", "肉鸡养殖减抗技术示范"),
        ("基层兽医实用技术", "动物疫病防控手册"),
        ("动物医学", "畜牧兽医"),
        ("助理兽医师", "兽医师", "高级兽医师"),
    ),
)  # fmt: skip

# ---- names ------------------------------------------------------------------------------------
SURNAMES = tuple(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
)
COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容")
GIVEN = tuple(
    "建国明华军伟芳娜静丽强磊洋勇艳杰涛超秀兰霞平刚桂英梅鹏飞宇浩然志红玉凤海燕晓东亚楠振华春雨文博"
    "子涵欣怡思远佳琪雪松立新国栋淑珍云峰德胜永庆金凤秋菊彦军卫东爱民学良书香巧玲冬梅"
)


def person_name(rng: random.Random, taken: set[str]) -> str:
    """A Chinese name: mostly three characters, some two, a few four (compound surname)."""
    while True:
        r = rng.random()
        if r < 0.06:
            n = rng.choice(COMPOUND) + rng.choice(GIVEN) + rng.choice(GIVEN)
        elif r < 0.3:
            n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        else:
            n = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
        if n not in taken and len(set(n)) == len(n):
            taken.add(n)
            return n


def names(rng: random.Random, n: int, taken: set[str] | None = None) -> list[str]:
    taken = set() if taken is None else taken
    return [person_name(rng, taken) for _ in range(n)]


FOREIGN_AUTHORS = (
    "[美] 约翰·K. 沃森",
    "[英] 彼得·霍尔",
    "[德] 汉斯·穆勒",
    "[日] 田中一郎",
    "[美] 玛丽·安德森",
)

# ---- check digits -----------------------------------------------------------------------------
_ZL_W = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def zl_check(digits: str) -> str:
    """Check digit of a 12-digit Chinese patent application number (mod 11, 10 -> X)."""
    s = sum(int(d) * w for d, w in zip(digits, _ZL_W, strict=True)) % 11
    return "X" if s == 10 else str(s)


def issn_digit(seven: str) -> str:
    s = sum(int(d) * w for d, w in zip(seven, range(8, 1, -1), strict=True))
    c = (11 - s % 11) % 11
    return "X" if c == 10 else str(c)


def isbn_digit(twelve: str) -> str:
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(twelve))
    return str((10 - s % 10) % 10)


# ---- journals ---------------------------------------------------------------------------------
@functools.cache
def _cscd() -> dict[str, tuple[str, str]]:
    with (SHARED / "data" / "journals-cscd.csv").open(encoding="utf-8") as f:
        return {r["name"]: (r["issn"], r["cn"]) for r in csv.DictReader(f) if r["database"] == "core"}


@functools.cache
def _cn_levels() -> dict[str, tuple[str, ...]]:
    with (SHARED / "data" / "journals-cn.csv").open(encoding="utf-8") as f:
        return {r["name"]: tuple(r["levels"].split(";")) for r in csv.DictReader(f)}


@functools.cache
def _intl() -> dict[str, str]:
    out: dict[str, str] = {}
    with (SHARED / "data" / "journals-intl.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            for k in (r["issn"], r["eissn"]):
                if k:
                    out.setdefault(k, r["index"])
    return out


def journal_row(name: str) -> tuple[str, str, list[str]]:
    """(issn, cn, levels) of a CSCD core journal; levels from the catalogues only."""
    issn, cn = _cscd()[name]
    levels = ["cscd"]
    for lv in _cn_levels().get(name, ()):
        if lv in ("pku_core", "cssci") and lv not in levels:
            levels.append(lv)
    idx = _intl().get(issn)
    if idx in ("sci", "ssci"):
        levels.append(idx)
    return issn, cn, levels


def journal_volume(name: str, year: int) -> int:
    """A stable volume number per journal: years since a founding year drawn from its name."""
    base = 1955 + sum(map(ord, name)) % 40
    return max(1, year - base)


# ---- dates ------------------------------------------------------------------------------------
def rand_day(rng: random.Random, year: int, m0: int = 1, m1: int = 12) -> date:
    start = date(year, m0, 1)
    end = date(year, m1, 28)
    return start + timedelta(days=rng.randrange((end - start).days + 1))


KAIFENG_2016 = (
    "树立五大发展理念推进全面深化改革",
    "习近平关于科技创新论述摘编",
    "以文化+引领经济社会融合创新",
    "深入开展“两学一做”推动全面从严治党",
)


def public_course(city: City, year: int) -> str:
    """The public-subject (公需科目) course of the year in each city, as its notice names it."""
    if city.key == "dezhou":
        return {
            2016: "专业技术人员创新能力建设",
            2017: "信息化能力建设与网络安全",
            2018: "专业技术人员诚信建设",
        }[year]
    return {2015: "专业技术人员职业道德与诚信建设", 2016: "树立五大发展理念推进全面深化改革",
            2017: "以文化+引领经济社会融合创新"}[year]  # fmt: skip
