"""Draw 62's pools: the build context, the two cities, the professions with their journals, check digits."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind62 import kit

VARIANTS: dict[str, tuple[str, ...]] = {
    "t62.layout.training_certificate": ("band", "table", "letter", "twoline", "card"),
    "t62.layout.sign_in_sheet": ("grid", "twocol", "meeting", "daily", "roster"),
    "t62.layout.training_notice": ("redhead", "schedule", "invitation", "receipt", "plain"),
    "t62.layout.journal_article": ("first", "entitle", "toc", "cover", "twocol"),
    "t62.layout.book": ("cover", "cip", "title", "copyright", "translation"),
    "t62.layout.patent_certificate": ("invention", "utility", "design", "invold", "utilold"),
    "t62.layout.award_certificate": ("government", "department", "society", "team", "contest"),
    "t62.layout.project_completion": ("jieti", "yanshou", "table", "letter", "members"),
    "t62.layout.qualification_certificate": ("graduation", "master", "selfstudy", "computer", "courses"),
    "t62.layout.other": ("teaching", "mentoring", "review", "visiting", "rural"),
}
SHORT = {
    "training_certificate": "tc", "sign_in_sheet": "sign", "training_notice": "notice",
    "journal_article": "journal", "book": "book", "patent_certificate": "patent",
    "award_certificate": "award", "project_completion": "project", "qualification_certificate": "qual",
    "other": "other",
}  # fmt: skip


@dataclass
class City:
    key: str
    policy: str
    year: int
    province: str  # 河南 / 山东
    city: str  # 开封市 / 泰安市
    hrss: str
    prov_hrss: str
    counties: tuple[str, ...]
    depts: dict[str, str]
    prov_depts: dict[str, str]
    schools: tuple[str, ...]  # continuing-education bases / training venues
    hospital: tuple[str, ...]
    universities: tuple[str, ...]
    publishers: tuple[tuple[str, str, str], ...]  # (name, ISBN publisher prefix, place)
    post: str
    science: str  # 市科学技术局
    gov: str
    prov_gov: str
    social: tuple[str, str]  # provincial and city 社科联
    ji: str  # provincial abbreviation


KAIFENG = City(
    "kaifeng",
    "kaifeng-2016",
    2016,
    "河南",
    "开封市",
    "开封市人力资源和社会保障局",
    "河南省人力资源和社会保障厅",
    ("尉氏县", "杞县", "通许县", "兰考县", "祥符区", "龙亭区", "鼓楼区", "顺河回族区", "禹王台区"),
    {
        "agri": "开封市农业局",
        "forest": "开封市林业局",
        "health": "开封市卫生和计划生育委员会",
        "edu": "开封市教育局",
        "tour": "开封市旅游局",
        "relic": "开封市文物局",
        "safety": "开封市安全生产监督管理局",
        "water": "开封市水务局",
        "archive": "开封市档案局",
        "finance": "开封市财政局",
        "land": "开封市国土资源局",
        "industry": "开封市工业和信息化委员会",
        "fish": "开封市畜牧局",
    },
    {
        "agri": "河南省农业厅",
        "forest": "河南省林业厅",
        "health": "河南省卫生和计划生育委员会",
        "edu": "河南省教育厅",
        "tour": "河南省旅游局",
        "relic": "河南省文物局",
        "safety": "河南省安全生产监督管理局",
        "water": "河南省水利厅",
        "archive": "河南省档案局",
        "finance": "河南省财政厅",
        "land": "河南省国土资源厅",
        "industry": "河南省工业和信息化委员会",
        "fish": "河南省畜牧局",
    },
    ("开封市行政学院", "开封大学", "开封市文化艺术学院", "开封市建设学校"),
    ("开封市中心医院", "开封市儿童医院", "开封市中医院", "开封市第二人民医院"),
    ("河南大学", "河南农业大学", "开封大学"),
    (
        ("中原农民出版社", "5542", "郑州"),
        ("河南科学技术出版社", "5349", "郑州"),
        ("河南大学出版社", "5649", "开封"),
    ),
    "475000",
    "开封市科学技术局",
    "开封市人民政府",
    "河南省人民政府",
    ("河南省社会科学界联合会", "开封市社会科学界联合会"),
    "豫",
)
TAIAN = City(
    "taian",
    "taian-2022",
    2022,
    "山东",
    "泰安市",
    "泰安市人力资源和社会保障局",
    "山东省人力资源和社会保障厅",
    ("新泰市", "肥城市", "宁阳县", "东平县", "泰山区", "岱岳区"),
    {
        "agri": "泰安市农业农村局",
        "forest": "泰安市自然资源和规划局",
        "health": "泰安市卫生健康委员会",
        "edu": "泰安市教育局",
        "tour": "泰安市文化和旅游局",
        "relic": "泰安市文化和旅游局",
        "safety": "泰安市应急管理局",
        "water": "泰安市水务局",
        "archive": "泰安市档案馆",
        "finance": "泰安市财政局",
        "land": "泰安市自然资源和规划局",
        "industry": "泰安市工业和信息化局",
        "fish": "泰安市农业农村局",
    },
    {
        "agri": "山东省农业农村厅",
        "forest": "山东省林业局",
        "health": "山东省卫生健康委员会",
        "edu": "山东省教育厅",
        "tour": "山东省文化和旅游厅",
        "relic": "山东省文物局",
        "safety": "山东省应急管理厅",
        "water": "山东省水利厅",
        "archive": "山东省档案馆",
        "finance": "山东省财政厅",
        "land": "山东省自然资源厅",
        "industry": "山东省工业和信息化厅",
        "fish": "山东省海洋局",
    },
    ("泰山学院", "泰安市技师学院", "山东服装职业学院", "泰山职业技术学院"),
    ("泰安市中心医院", "泰安市妇幼保健院", "泰安市中医医院", "山东第一医科大学第二附属医院"),
    ("山东农业大学", "山东第一医科大学", "泰山学院"),
    (
        ("山东科学技术出版社", "5331", "济南"),
        ("中国农业出版社", "109", "北京"),
        ("山东大学出版社", "5607", "济南"),
    ),
    "271000",
    "泰安市科学技术局",
    "泰安市人民政府",
    "山东省人民政府",
    ("山东省社会科学界联合会", "泰安市社会科学界联合会"),
    "鲁",
)
CITIES = (KAIFENG, TAIAN)

# journal rows copied from /work/shared/data/journals-cscd.csv (core); levels checked by check.py
J = {
    "oil": ("中国油料作物学报", "1007-9084", "42-1429/S", ["cscd", "pku_core"]),
    "crop": ("作物学报", "0496-3490", "11-1809/S", ["cscd", "pku_core"]),
    "hort": ("园艺学报", "0513-353X", "11-1924/S", ["cscd", "pku_core"]),
    "agsci": ("中国农业科学", "0578-1752", "11-1328/S", ["cscd", "pku_core"]),
    "geo": ("地理学报", "0375-5444", "11-1856/P", ["cscd"]),
    "tea": ("茶叶科学", "1000-369X", "33-1115/S", ["cscd", "pku_core"]),
    "coal": ("煤炭学报", "0253-9993", "11-2190/TD", ["cscd", "pku_core"]),
    "mine": ("采矿与安全工程学报", "1673-3363", "32-1760/TD", ["cscd"]),
    "safety": ("中国安全科学学报", "1003-3033", "11-2865/X", ["cscd", "pku_core"]),
    "power": ("动力工程学报", "1674-7607", "31-2041/TK", ["cscd"]),
    "thermal": ("热力发电", "1002-3364", "61-1111/TM", ["cscd", "pku_core"]),
    "nurse": ("中华护理杂志", "0254-1769", "11-2234/R", ["cscd", "pku_core"]),
    "peds": ("中国实用儿科杂志", "1005-2224", "21-1333/R", ["cscd", "pku_core"]),
    "rehab": ("中国康复医学杂志", "1001-1242", "11-2540/R", ["cscd", "pku_core"]),
    "rehab2": ("中国康复理论与实践", "1006-9771", "11-3759/R", ["cscd", "pku_core"]),
    "acu": ("中国针灸", "0255-2930", "11-2024/R", ["cscd", "pku_core"]),
    "tcm": ("中医杂志", "1001-1668", "11-2166/R", ["cscd", "pku_core"]),
    "survey": ("测绘学报", "1001-1595", "11-2089/P", ["cscd", "pku_core"]),
    "survey2": ("测绘通报", "0494-0911", "11-2246/P", ["cscd"]),
    "water": ("中国给水排水", "1000-4602", "12-1073/TU", ["cscd", "pku_core"]),
    "water2": ("给水排水", "1002-8471", "11-4972/TU", ["cscd", "pku_core"]),
    "fert": ("植物营养与肥料学报", "1008-505X", "11-3996/S", ["cscd", "pku_core"]),
    "soil": ("中国土壤与肥料", "1673-6257", "11-5498/S", ["cscd"]),
    "textile": ("纺织学报", "0253-9721", "11-5167/TS", ["cscd", "pku_core"]),
    "forest": ("林业科学", "1001-7488", "11-1908/S", ["cscd", "pku_core"]),
    "insect": ("应用昆虫学报", "2095-1353", "11-6020/Q", ["cscd"]),
    "fish": ("水产学报", "1000-0615", "31-1283/S", ["cscd", "pku_core"]),
    "fish2": ("中国水产科学", "1005-8737", "11-3446/S", ["cscd"]),
    "psy": ("心理学报", "0439-755X", "11-1911/B", ["cscd", "cssci", "pku_core"]),
    "mgmt": ("管理科学学报", "1007-9807", "12-1275/G3", ["cscd", "cssci", "pku_core"]),
}


@dataclass(frozen=True)
class Prof:
    key: str
    field: str  # the field as named in a training title
    dept: str  # key of City.depts
    unit: str  # an employing unit pattern, {c} = city, {x} = county
    trainings: tuple[str, ...]
    papers: tuple[str, ...]
    invention: str
    utility: str
    design: str
    book: str
    project: str
    award: str
    journals: tuple[str, ...]
    degree: tuple[str, str]  # (学科/专业, 学位门类)
    modules: tuple[str, ...]  # self-study exam courses


PROFS = (
    Prof("peanut", "花生育种", "agri", "{c}农林科学院", ("花生新品种选育与高产栽培技术", "高油酸花生育种技术"),
         ("高油酸花生新品种农艺性状与产量稳定性分析", "花生单粒精播对群体质量及产量的影响"),
         "一种花生种子活力快速检测方法", "一种花生播种覆膜一体机", "花生种子包装袋",
         "花生绿色高产高效栽培技术", "高油酸花生新品种选育及配套栽培技术研究", "高油酸花生新品种选育与推广",
         ("oil", "crop"), ("作物遗传育种", "农学"), ("作物育种学", "植物保护学", "土壤肥料学")),
    Prof("garlic", "大蒜栽培", "agri", "{x}农业技术推广中心", ("大蒜标准化生产与病虫害绿色防控", "大蒜机械化种植技术"),
         ("不同施氮水平对大蒜鳞茎膨大及品质的影响", "大蒜叶枯病田间发生规律与防治"),
         "一种大蒜鳞茎分瓣方法", "一种大蒜播种定向装置", "蒜片烘干筛盘",
         "大蒜优质高效生产技术", "大蒜连作障碍综合治理技术研究", "大蒜产业化关键技术集成与示范",
         ("hort", "agsci"), ("蔬菜学", "农学"), ("蔬菜栽培学", "园艺植物病理学", "设施园艺学")),
    Prof("tour", "旅游景区管理", "tour", "{c}文化旅游投资集团", ("A级旅游景区服务质量提升", "智慧景区建设与游客管理"),
         ("黄河文化旅游带景区游客时空分布特征", "历史文化名城旅游流网络结构研究"),
         "一种景区游客流量预警方法", "一种景区导览标识牌", "景区文创书签",
         "旅游景区服务与管理实务", "智慧景区游客承载量动态监测研究", "全域旅游背景下景区提质增效研究",
         ("geo",), ("旅游管理", "管理学"), ("旅游学概论", "旅游资源开发与管理", "旅游市场营销")),
    Prof("relic", "文物保护", "relic", "{c}博物馆", ("馆藏文物预防性保护", "古建筑修缮与保护技术"),
         ("北宋东京城遗址出土陶瓷的保护修复", "馆藏青铜器病害调查与保护对策"),
         "一种出土木质文物脱水加固方法", "一种文物展柜恒湿装置", "文物拓片展示框",
         "馆藏文物保护与修复", "古城墙砖石风化机理及保护研究", "古建筑彩画保护修复技术研究",
         (), ("文物与博物馆", "历史学"), ("中国古代史", "文物学概论", "博物馆学概论")),
    Prof("tea", "茶叶加工", "agri", "{x}茶叶技术推广站", ("名优绿茶加工工艺", "北方茶园管理与茶叶加工"),
         ("北方绿茶摊放工艺对香气品质的影响", "泰山女儿茶加工关键工序优化"),
         "一种绿茶杀青温度控制方法", "一种茶叶理条机", "茶叶礼品盒",
         "北方茶树栽培与加工", "北方茶区越冬防冻技术研究", "北方绿茶提质增效加工技术",
         ("tea",), ("茶学", "农学"), ("茶树栽培学", "茶叶加工学", "茶叶审评与检验")),
    Prof("mine", "矿山安全", "safety", "{x}煤矿", ("煤矿安全生产管理", "矿井通风与瓦斯防治"),
         ("深部开采巷道围岩变形监测与支护优化", "煤矿井下粉尘浓度分布规律研究"),
         "一种矿井巷道顶板离层监测方法", "一种井下便携式瓦斯检测仪支架", "矿用安全帽",
         "煤矿安全生产技术与管理", "薄煤层综采工作面安全开采技术研究", "矿井水害综合防治技术",
         ("coal", "mine", "safety"), ("安全工程", "工学"), ("安全系统工程", "矿井通风与安全", "采矿学")),
    Prof("boiler", "电厂锅炉", "industry", "{c}热电有限公司", ("电站锅炉燃烧调整与节能", "锅炉压力容器安全运行"),
         ("超低排放改造后燃煤锅炉燃烧特性试验", "循环流化床锅炉受热面磨损机理分析"),
         "一种锅炉水冷壁泄漏诊断方法", "一种锅炉吹灰器密封装置", "锅炉控制面板",
         "电站锅炉运行与检修", "燃煤机组深度调峰锅炉稳燃技术研究", "电站锅炉节能降耗技术改造",
         ("power", "thermal"), ("热能工程", "工学"), ("工程热力学", "锅炉原理", "传热学")),
    Prof("pedsnurse", "儿科护理", "health", "{c}儿童医院", ("儿科专科护理技术", "新生儿危重症护理"),
         ("早产儿袋鼠式护理对母乳喂养的影响", "儿童静脉留置针护理质量改进研究"),
         "一种婴儿输液肢体固定方法", "一种儿科输液固定护板", "儿童雾化面罩",
         "儿科护理常规与技术", "儿童重症监护病房家属参与式护理研究", "新生儿科护理质量持续改进",
         ("nurse", "peds"), ("护理学", "医学"), ("儿科护理学", "护理管理学", "内科护理学")),
    Prof("rehab", "康复治疗", "health", "{c}中心医院", ("脑卒中康复评定与治疗", "神经康复新技术"),
         ("镜像疗法对脑卒中偏瘫患者上肢功能的影响", "核心稳定训练在慢性腰痛康复中的应用"),
         "一种上肢康复训练评估方法", "一种手指康复训练器", "康复训练握力球",
         "康复治疗技术实训", "社区脑卒中患者居家康复模式研究", "脑卒中早期康复规范化推广",
         ("rehab", "rehab2"), ("康复医学与理疗学", "医学"), ("康复评定学", "运动治疗学", "物理因子治疗学")),
    Prof("acu", "中医针灸", "health", "{c}中医院", ("针灸临床技能提高", "经典针法传承与应用"),
         ("温针灸治疗膝骨关节炎的临床疗效观察", "电针对失眠患者睡眠质量的影响"),
         "一种艾灸温度监测方法", "一种便携式艾灸盒", "针灸针收纳盒",
         "针灸临床实用手册", "温针灸治疗膝骨关节炎的临床研究", "针刺治疗中风后吞咽障碍的推广应用",
         ("acu", "tcm"), ("针灸推拿学", "医学"), ("经络腧穴学", "刺法灸法学", "针灸治疗学")),
    Prof("preschool", "学前教育", "edu", "{x}实验幼儿园", ("幼儿园游戏活动设计与指导", "幼儿园教师专业能力提升"),
         ("学前儿童执行功能与同伴交往的关系", "幼儿园区域活动中教师支持策略"),
         "一种幼儿数学认知评价方法", "一种幼儿园益智教具", "儿童积木桌",
         "幼儿园游戏课程设计", "农村幼儿园游戏化课程建设研究", "幼儿园自主游戏的观察与指导研究",
         ("psy",), ("学前教育", "教育学"), ("学前教育原理", "学前儿童发展", "幼儿园课程")),
    Prof("math", "小学数学教学", "edu", "{x}实验小学", ("小学数学核心素养与课堂教学", "小学数学单元整体教学设计"),
         ("小学生数学问题解决能力的影响因素", "小学数学作业分层设计的实践研究"),
         "一种小学数学教学评价方法", "一种分数教学演示板", "数学教具盒",
         "小学数学课堂教学设计", "小学数学单元整体教学实践研究", "双减背景下小学数学作业设计研究",
         ("psy",), ("小学教育", "教育学"), ("小学数学教学论", "教育心理学", "初等数论")),
    Prof("archive", "档案管理", "archive", "{c}档案馆", ("数字档案馆建设与档案信息化", "档案规范化管理"),
         ("机关档案数字化质量控制研究", "档案信息资源共享服务模式研究"),
         "一种纸质档案除酸方法", "一种档案密集架防潮装置", "档案盒",
         "档案管理实务", "县级数字档案馆建设研究", "档案信息化管理系统应用研究",
         (), ("档案学", "管理学"), ("档案管理学", "文书学", "档案文献编纂学")),
    Prof("survey", "测绘地理信息", "land", "{c}测绘院", ("不动产测绘与数据建库", "无人机倾斜摄影测量"),
         ("无人机倾斜摄影在农村不动产测绘中的精度分析", "基于CORS的县域控制网复测与精度评定"),
         "一种倾斜摄影像控点快速布设方法", "一种测量仪器三脚架", "测绘标志牌",
         "不动产测绘实务", "县域实景三维建设关键技术研究", "第三次国土调查技术应用研究",
         ("survey", "survey2"), ("测绘工程", "工学"), ("数字测图原理", "误差理论与测量平差", "地理信息系统")),
    Prof("water", "城镇供水", "water", "{c}自来水有限公司", ("城镇供水水质管理", "供水管网漏损控制"),
         ("城镇供水管网漏损分区计量与控制", "水厂混凝沉淀工艺优化运行研究"),
         "一种供水管网漏损定位方法", "一种水表井防冻保温装置", "供水检修井盖",
         "城镇供水运行管理", "城镇供水管网漏损控制技术研究", "农村饮水安全工程提质增效",
         ("water", "water2"), ("市政工程", "工学"), ("给水工程", "水质工程学", "泵与泵站")),
    Prof("fert", "化肥生产", "industry", "{c}化肥有限公司", ("复合肥生产工艺与质量控制", "新型缓控释肥料应用"),
         ("缓释复合肥对冬小麦氮素利用率的影响", "腐植酸复合肥对土壤养分的影响"),
         "一种缓释肥料包膜方法", "一种复合肥造粒冷却装置", "肥料包装袋",
         "新型肥料生产与施用", "缓控释肥料研发与示范研究", "测土配方施肥技术推广",
         ("fert", "soil"), ("植物营养学", "农学"), ("植物营养学", "肥料学", "土壤学")),
    Prof("dye", "纺织印染", "industry", "{c}纺织印染有限公司", ("纺织品清洁染整技术", "印染废水治理与节能减排"),
         ("棉织物低温活性染料染色工艺研究", "数码印花织物色牢度影响因素分析"),
         "一种棉织物短流程染色方法", "一种印染布匹展平装置", "印花面料",
         "纺织染整工艺与设备", "棉织物低温节能染色技术研究", "印染废水回用技术改造",
         ("textile",), ("纺织工程", "工学"), ("染整工艺原理", "纺织材料学", "纺织化学")),
    Prof("pest", "林业有害生物防治", "forest", "{x}林业技术推广站", ("林业有害生物监测与防控", "美国白蛾综合防治技术"),
         ("美国白蛾越冬代成虫发生规律与诱捕效果", "杨树溃疡病发生与林分因子的关系"),
         "一种美国白蛾幼虫网幕识别方法", "一种林间诱虫灯支架", "诱捕器外壳",
         "林业有害生物防治技术", "美国白蛾生物防治技术研究", "杨树食叶害虫绿色防控示范",
         ("forest", "insect"), ("森林保护", "农学"), ("森林昆虫学", "林木病理学", "林学概论")),
    Prof("carp", "鲤鱼养殖", "fish", "{x}水产技术推广站", ("黄河鲤健康养殖技术", "池塘工程化循环水养殖"),
         ("黄河鲤池塘主养模式下水质变化规律", "饲料蛋白水平对黄河鲤生长的影响"),
         "一种鲤鱼苗种培育方法", "一种池塘增氧投饵装置", "鱼苗运输箱",
         "黄河鲤健康养殖技术", "黄河鲤良种繁育技术研究", "黄河鲤生态健康养殖示范",
         ("fish", "fish2"), ("水产养殖", "农学"), ("鱼类增养殖学", "水产动物营养与饲料学", "水化学")),
    Prof("audit", "会计审计", "finance", "{c}审计事务所", ("政府会计制度与内部控制", "财政资金绩效审计实务"),
         ("政府会计制度下行政事业单位内部控制研究", "财政专项资金绩效审计评价指标构建"),
         "一种财务凭证自动归档方法", "一种会计凭证装订机", "凭证盒",
         "行政事业单位会计实务", "政府财务报告编制研究", "行政事业单位内部控制建设研究",
         ("mgmt",), ("会计学", "管理学"), ("中级财务会计", "审计学", "财务管理学")),
)  # fmt: skip
PAPER_PROFS = tuple(p for p in PROFS if p.journals)


@dataclass
class Ctx:
    """What a builder gets: its random stream, fonts, the draw and its picks so far (`used`)."""

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

    def variant(self, etype: str) -> str:
        """The layout variant of this document: each seed walks all variants across its documents."""
        key = f"t62.layout.{etype}"
        vs = VARIANTS[key]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"{key}={v}")
        return v

    def pick(self, key: str, seq: Any) -> Any:
        seq = list(seq)
        i = self.rng.randrange(len(seq))
        self.used.append(f"t62.{key}={i}")
        return seq[i]

    def city(self) -> City:
        return CITIES[(self.k + self.offset // 5 + self.rng.randrange(2)) % 2]

    def prof(self, papers: bool = False) -> Prof:
        return self.pick("prof", PAPER_PROFS if papers else PROFS)

    def names(self, n: int) -> list[str]:
        return kit.names(self.rng, n, self.taken)

    def name(self) -> str:
        return self.names(1)[0]

    def unit(self, city: City, prof: Prof) -> str:
        x = self.rng.choice(city.counties)
        if self.rng.random() < 0.35:  # the same kind of unit in another place of the city
            pattern = (
                prof.unit.replace("{c}", "{x}") if "{c}" in prof.unit else prof.unit.replace("{x}", "{c}")
            )
        else:
            pattern = prof.unit
        return pattern.format(c=city.city, x=x)


def zl_check(twelve: str) -> str:
    """Check digit of a 12-digit CNIPA application number."""
    w = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    r = sum(int(d) * x for d, x in zip(twelve, w, strict=True)) % 11
    return "X" if r == 10 else str(r)


def issn_digit(seven: str) -> str:
    r = (11 - sum(int(d) * (8 - i) for i, d in enumerate(seven)) % 11) % 11
    return "X" if r == 10 else str(r)


def isbn_digit(twelve: str) -> str:
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(twelve))
    return str((10 - s % 10) % 10)


def isbn(rng: random.Random, prefix: str) -> str:
    """A hyphenated ISBN-13 in group 7 with the publisher's prefix."""
    title_len = 8 - len(prefix)
    title = f"{rng.randrange(10**title_len):0{title_len}d}"
    digits = "9787" + prefix + title
    return f"978-7-{prefix}-{title}-{isbn_digit(digits)}"


def patent_number(rng: random.Random, year: int, kind_digit: str) -> str:
    app = f"{year}{kind_digit}{rng.randrange(10**7):07d}"
    return f"ZL{app}.{zl_check(app)}"
