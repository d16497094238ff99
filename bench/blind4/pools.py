"""Draw 4's own pools: people, places, workplaces, issuers, topics, date styles and check digits."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import Journal, journals

VARIANTS: dict[str, list[str]] = {}  # registry of the layout variants each builder draws from


@dataclass
class Ctx:
    rng: random.Random
    body: str
    bold: str
    hand: str = "ukai"
    pdf_text: bool = False
    draw: int = 4
    k: int = 0
    offset: int = 0
    used: list[str] = field(default_factory=list)

    def choose(self, name: str, options: list[Any]) -> Any:
        """A choice among wording/style options, recorded in `used`."""
        i = self.rng.randrange(len(options))
        self.used.append(f"{name}#{i}")
        return options[i]

    def variant(self, etype: str, names: list[str]) -> str:
        """A layout variant: cycles with k (offset per seed) so every variant is drawn."""
        VARIANTS.setdefault(f"t4.layout.{etype}", list(names))
        v = names[(self.k + self.offset) % len(names)]
        self.used.append(f"t4.layout.{etype}:{v}")
        return v


# ---- dates ---------------------------------------------------------------------------------
CN_D = "〇一二三四五六七八九"


def cn_year(y: int, zero: str = "〇") -> str:
    return "".join(CN_D[int(c)] for c in str(y)).replace("〇", zero)


def cn_small(n: int) -> str:
    if n < 10:
        return CN_D[n]
    if n < 20:
        return "十" + (CN_D[n % 10] if n % 10 else "")
    return CN_D[n // 10] + "十" + (CN_D[n % 10] if n % 10 else "")


STYLES = ["cn", "cn0", "cnnum", "cnnumO", "dot", "dot1", "slash", "dash", "gap", "fwdot"]


def dstr(d: dt.date, style: str) -> str:
    y, m, dd = d.year, d.month, d.day
    return {
        "cn": f"{y}年{m}月{dd}日",
        "cn0": f"{y}年{m:02d}月{dd:02d}日",
        "cnnum": f"{cn_year(y)}年{cn_small(m)}月{cn_small(dd)}日",
        "cnnumO": f"{cn_year(y, '○')}年{cn_small(m)}月{cn_small(dd)}日",
        "dot": f"{y}.{m:02d}.{dd:02d}",
        "dot1": f"{y}.{m}.{dd}",
        "slash": f"{y}/{m:02d}/{dd:02d}",
        "dash": f"{y}-{m:02d}-{dd:02d}",
        "gap": f"{y} 年 {m} 月 {dd} 日",
        "fwdot": f"{y}．{m}．{dd}",
    }[style]


def mstr(y: int, m: int, style: str) -> str:
    return {
        "cn": f"{y}年{m}月",
        "cn0": f"{y}年{m:02d}月",
        "cnnum": f"{cn_year(y)}年{cn_small(m)}月",
        "cnnumO": f"{cn_year(y, '○')}年{cn_small(m)}月",
        "dot": f"{y}.{m:02d}",
        "dot1": f"{y}.{m}",
        "slash": f"{y}/{m:02d}",
        "dash": f"{y}-{m:02d}",
        "gap": f"{y} 年 {m} 月",
        "fwdot": f"{y}．{m}",
    }[style]


def rstr(a: dt.date, b: dt.date, style: str, sep: str = "至") -> str:
    """A period; Chinese-character styles drop a repeated year (and month) in the end date."""
    if style in ("cn", "cn0", "gap") and a.year == b.year:
        p = "02d" if style == "cn0" else "d"
        g = " " if style == "gap" else ""
        tail = f"{b.month:{p}}{g}月{g}{b.day:{p}}{g}日" if a.month != b.month else f"{b.day:{p}}{g}日"
        return dstr(a, style) + sep + tail
    return dstr(a, style) + sep + dstr(b, style)


def day(rng: random.Random, y0: int = 2017, y1: int = 2025) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def iso(d: dt.date) -> str:
    return d.isoformat()


def ym(y: int, m: int) -> str:
    return f"{y}-{m:02d}"


# ---- people ---------------------------------------------------------------------------------
SUR = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂丛焦向柳邢路岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵解强柴华车冉房边"
)
SUR = [s for s in SUR if s not in "漕沿"]
DOUBLE = ["欧阳", "司徒", "尉迟", "宇文", "长孙", "端木", "南宫", "万俟", "闻人", "澹台", "呼延", "申屠"]
GIV = list(
    "嘉懿煜城懿轩烨伟苑博伟泽熠彤鸿煊博涛烨霖烨华煜祺智宸正豪昊然明杰立诚立轩立辉峻熙弘文熠彤鸿涛瑾瑜皓轩擎苍擎宇志泽子轩睿渊弘博雨泽楷瑞建辉致远俊驰雨泽烨磊晟睿天佑文昊修洁黎昕远航旭尧鸿涛伟祺荣轩越泽浩宇瑾瑜皓轩浦泽绍辉绍祺升荣圣杰晟睿思聪淑慧雅静梦洁梦璐惠茜漫妮语嫣桑榆曼玉歆瑶凌薇美琳欢馨优璇雨嘉娅楠明美可馨惠茜漫妮香茹月婵嫦曦瑶曦晨紫萱玉洁秀英桂芝翠兰淑芬丽娟建平国庆永红卫华春燕海鹰"
)
MINORITY = [
    "乌兰图雅",
    "额尔德尼",
    "萨仁高娃",
    "扎西顿珠",
    "格桑卓玛",
    "阿尔斯楞",
    "苏和巴特",
    "吉木乃依",
    "达瓦次仁",
    "孟和巴雅尔",
    "娜仁其其格",
    "哈斯朝鲁",
    "古丽米拉",
    "布仁吉雅",
]
FOREIGN = [
    ("美", "约翰·K.米勒"),
    ("英", "戴维·汤普森"),
    ("德", "汉斯·韦伯"),
    ("日", "佐藤健一"),
    ("美", "琳达·S.霍夫曼"),
    ("法", "皮埃尔·勒布朗"),
    ("澳", "彼得·坎贝尔"),
    ("加", "艾伦·麦克唐纳"),
]


def person_name(rng: random.Random, used: set[str]) -> str:
    for _ in range(80):
        r = rng.random()
        if r < 0.06:
            n = rng.choice(MINORITY)
        elif r < 0.12:
            n = rng.choice(DOUBLE) + "".join(rng.choice(GIV) for _ in range(rng.choice((1, 2))))
        else:
            n = rng.choice(SUR) + "".join(rng.choice(GIV) for _ in range(rng.choice((1, 2, 2, 2))))
        if n not in used:
            used.add(n)
            return n
    raise RuntimeError("name pool exhausted")


def people_names(rng: random.Random, k: int) -> list[str]:
    used: set[str] = set()
    return [person_name(rng, used) for _ in range(k)]


def sex(rng: random.Random) -> str:
    return rng.choice(["男", "女"])


# ---- places and organisations -----------------------------------------------------------------
CITIES = {
    "山东": ["德州", "烟台", "泰安", "聊城", "滨州", "日照", "枣庄", "东营"],
    "河南": ["开封", "商丘", "许昌", "周口", "信阳", "漯河"],
    "湖南": ["益阳", "衡阳", "邵阳", "郴州", "怀化", "娄底"],
    "河北": ["邯郸", "保定", "沧州", "邢台"],
    "江苏": ["盐城", "淮安", "宿迁", "连云港"],
}
COUNTIES = ["平原", "夏津", "武城", "乐陵", "宁阳", "东平", "杞县", "尉氏", "兰考", "桃江", "安化", "南县"]
WORKPLACES = [
    "{c}市第三人民医院",
    "{c}市中心血站",
    "{c}市农业技术推广中心",
    "{c}市第四中学",
    "{c}市实验中学",
    "{c}市园林绿化服务中心",
    "{c}市水文中心",
    "{c}市公路事业发展中心",
    "{c}市气象局",
    "{c}市动物疫病预防控制中心",
    "{c}市中心医院",
    "{c}市城乡规划设计研究院",
    "{c}技师学院",
    "{c}市土壤肥料工作站",
    "{c}市环境监测站",
    "{c}市档案馆",
    "{c}市口腔医院",
    "{c}市工程质量监督站",
]
COLLEGES = {
    "山东": [
        "聊城大学",
        "山东理工大学",
        "齐鲁工业大学",
        "山东建筑大学",
        "滨州医学院",
        "潍坊医学院",
        "临沂大学",
    ],
    "河南": ["河南工业大学", "河南理工大学", "信阳师范大学", "许昌学院", "商丘师范学院", "黄淮学院"],
    "湖南": ["湖南科技大学", "湖南工业大学", "南华大学", "衡阳师范学院", "湖南文理学院", "吉首大学"],
    "河北": ["河北农业大学", "河北工程大学", "燕山大学", "河北师范大学"],
    "江苏": ["扬州大学", "江苏大学", "南京林业大学", "盐城工学院"],
}


def city(rng: random.Random) -> tuple[str, str]:
    prov = rng.choice(list(CITIES))
    return prov, rng.choice(CITIES[prov])


def workplace(rng: random.Random, c: str | None = None) -> str:
    return rng.choice(WORKPLACES).format(c=c or city(rng)[1])


def college(rng: random.Random, prov: str | None = None) -> str:
    return rng.choice(COLLEGES[prov or rng.choice(list(COLLEGES))])


RANKS = ["助理工程师", "工程师", "高级工程师", "主治医师", "副主任医师", "一级教师", "高级教师", "讲师", "副教授",
         "农艺师", "高级农艺师", "会计师", "主管护师", "经济师"]  # fmt: skip

# training subjects: (topic, stated category word in a title or None)
PUBLIC_TOPICS = [
    "数字经济与创新驱动发展",
    "习近平法治思想",
    "专业技术人员职业道德与诚信建设",
    "乡村振兴战略解读",
    "人工智能与数字化转型",
    "知识产权保护与运用",
    "心理健康与压力管理",
    "碳达峰碳中和政策解读",
    "安全生产与应急管理",
    "总体国家安全观",
]
PRO_TOPICS = [
    "设施蔬菜绿色高效栽培技术",
    "基层医疗机构院感防控",
    "新课程标准下的大单元教学设计",
    "装配式建筑施工质量控制",
    "智慧水利与水文监测",
    "慢性病规范化管理",
    "畜禽养殖废弃物资源化利用",
    "BIM技术在工程管理中的应用",
    "中小学信息技术与学科融合",
    "急危重症护理新进展",
    "土壤改良与耕地质量提升",
    "财政预算绩效管理实务",
    "临床合理用药",
    "高标准农田建设管理",
]
PLATFORMS = [
    ("山东省专业技术人员继续教育公共服务平台", "山东省人力资源和社会保障厅"),
    ("河南专业技术人员公共服务平台", "河南省人力资源和社会保障厅"),
    ("湖南省专业技术人员继续教育网", "湖南省人力资源和社会保障厅"),
    ("国家中小学智慧教育平台", "教育部教育技术与资源发展中心"),
    ("华医网", "国家卫生健康委能力建设和继续教育中心"),
    ("中国农技推广信息平台", "全国农业技术推广服务中心"),
]


def hrss(c: str) -> str:
    return f"{c}市人力资源和社会保障局"


def training_org(rng: random.Random, prov: str, c: str) -> str:
    return rng.choice(
        [
            hrss(c),
            f"{c}市卫生健康委员会",
            f"{c}市教育局",
            f"{c}市农业农村局",
            f"{c}市住房和城乡建设局",
            f"{prov}省继续教育协会",
            f"{c}市专业技术人员继续教育基地",
            f"{college(rng, prov)}继续教育学院",
            f"{c}市科学技术协会",
            f"{prov}省医学会",
        ]
    )


# ---- research topics (article / patent / project / book titles) -----------------------------
ARTICLE_TITLES = {
    "agri": [
        "黄淮海平原冬小麦氮肥减施对籽粒产量与品质的影响",
        "盐碱地玉米秸秆深翻还田对土壤团聚体的调控效应",
        "基于无人机多光谱的夏玉米叶面积指数反演",
        "设施番茄根区温度对养分吸收的影响机制",
        "鲁西北地区棉花轻简化栽培技术集成与示范",
        "不同轮作模式下稻田甲烷排放特征研究",
        "生物炭配施有机肥对黄瓜连作障碍的缓解作用",
        "花生品种耐旱性鉴定及评价指标筛选",
    ],
    "med": [
        "血清胱抑素C与老年2型糖尿病肾病的相关性分析",
        "加速康复外科理念在腹腔镜胆囊切除术中的应用",
        "基层社区高血压患者用药依从性影响因素调查",
        "超声引导下神经阻滞在髋关节置换术中的效果观察",
        "新生儿黄疸光疗护理干预的临床研究",
        "中药复方治疗慢性萎缩性胃炎的网络药理学分析",
    ],
    "eng": [
        "基于改进YOLOv5的输电线路绝缘子缺陷检测方法",
        "装配式混凝土框架节点抗震性能试验研究",
        "黄河下游河道冲淤演变的数值模拟",
        "城市地下综合管廊沉降监测与预警模型",
        "高寒地区沥青路面低温开裂机理分析",
        "基于数字孪生的泵站运行优化调度",
        "锂离子电池热失控传播特性实验研究",
        "深基坑支护结构变形的有限元分析",
    ],
    "edu": [
        "核心素养导向的高中物理实验教学改革探索",
        "乡村小学教师专业发展困境与对策研究",
        "混合式教学在高职护理专业中的实践",
        "新时代高校劳动教育课程体系构建",
    ],
}
EN_TITLE = {
    "agri": "Effects of Reduced Nitrogen Application on Yield and Quality",
    "med": "Clinical Analysis of Related Factors in Elderly Patients",
    "eng": "Experimental Study and Numerical Simulation",
    "edu": "Exploration of Teaching Reform Oriented by Core Literacy",
}
KEYWORDS = {
    "agri": ["冬小麦", "氮肥", "产量", "土壤", "秸秆还田", "品质", "玉米", "养分"],
    "med": ["糖尿病", "护理", "临床疗效", "危险因素", "回顾性研究", "预后"],
    "eng": ["数值模拟", "有限元", "监测", "深度学习", "抗震性能", "优化"],
    "edu": ["核心素养", "教学改革", "课程体系", "教师发展", "混合式教学"],
}
CLC = {"agri": ["S512.1", "S147.2", "S513", "S641.2"], "med": ["R587.1", "R473.72", "R657.4"],
       "eng": ["TU375", "TM75", "TV147", "TP391.4"], "edu": ["G633.7", "G451", "G642.0"]}  # fmt: skip


def field_of(j: Journal) -> str:
    n = j.name
    if any(w in n for w in ("农", "作物", "土壤", "园艺", "植物", "畜牧", "林", "草", "种子", "茶", "水产")):
        return "agri"
    if any(w in n for w in ("医", "药", "卫生", "护理", "临床", "中华", "肿瘤", "病")):
        return "med"
    if any(w in n for w in ("教育", "师范", "社会科学")):
        return "edu"
    return "eng"


def pick_journal(rng: random.Random) -> Journal:
    return rng.choice(journals())


PATENT_TITLES = {
    "invention": [
        "一种用于盐碱地改良的复合菌剂及其制备方法",
        "一种基于机器视觉的果实成熟度检测方法",
        "一种降解聚乙烯地膜的微生物菌株及其应用",
        "一种输电线路覆冰厚度在线监测方法及系统",
        "一种含黄芩苷的口腔护理组合物及其制备方法",
        "一种装配式建筑构件吊装定位方法",
    ],
    "utility_model": [
        "一种可调节高度的输液架",
        "一种农田灌溉用移动式喷灌装置",
        "一种教学用多功能演示黑板",
        "一种混凝土试块养护架",
        "一种便携式土壤取样器",
        "一种病房用防跌倒护栏",
        "一种水文监测用浮标",
    ],
    "design": ["智能血压计", "播种机导种管", "教学模型展示架", "节水灌溉控制箱", "便携式检测仪外壳"],
}
PROJECT_TITLES = [
    "县域义务教育阶段课后服务质量提升路径研究",
    "基于大数据的基层慢性病管理模式构建与应用",
    "黄河滩区高效节水灌溉技术集成与示范",
    "农村集体经济组织财务规范化管理研究",
    "智慧工地安全监测关键技术研究",
    "设施果蔬病虫害绿色防控技术示范推广",
    "新时代乡村教师队伍建设机制研究",
    "城市老旧小区改造中的社区治理创新研究",
    "老年慢性心衰患者延续性护理模式研究",
    "高职院校产教融合实训基地建设研究",
]
BOOK_TITLES = [
    "现代设施农业技术",
    "基层卫生适宜技术手册",
    "建筑工程质量通病防治",
    "中小学心理健康教育实务",
    "农田水利工程规划与设计",
    "常见慢性病社区管理指南",
    "畜禽疫病防控技术问答",
    "水质监测与评价",
    "智慧城市建设理论与实践",
    "中学数学思想方法教程",
]
FOREIGN_BOOKS = ["作物生理学导论", "循证护理实践", "结构动力学基础", "学习科学与教学设计"]
PUBLISHERS = [
    ("中国农业出版社", "北京", "109"),
    ("化学工业出版社", "北京", "122"),
    ("人民卫生出版社", "北京", "117"),
    ("中国建筑工业出版社", "北京", "112"),
    ("科学出版社", "北京", "03"),
    ("机械工业出版社", "北京", "111"),
    ("中国水利水电出版社", "北京", "5226"),
    ("山东科学技术出版社", "济南", "5331"),
    ("河南科学技术出版社", "郑州", "5349"),
    ("湖南科学技术出版社", "长沙", "5710"),
    ("中国林业出版社", "北京", "5219"),
    ("电子工业出版社", "北京", "121"),
    ("东北师范大学出版社", "长春", "5681"),
    ("吉林大学出版社", "长春", "5692"),
]


# ---- check digits ---------------------------------------------------------------------------
def zl_check(d12: str) -> str:
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(int(a) * b for a, b in zip(d12, w, strict=True)) % 11
    return "X" if s == 10 else str(s)


def isbn_digit(d12: str) -> str:
    return str((10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12)) % 10) % 10)


def issn_digit(d7: str) -> str:
    c = (11 - sum(int(d) * (8 - i) for i, d in enumerate(d7)) % 11) % 11
    return "X" if c == 10 else str(c)


def isbn(rng: random.Random, prefix: str) -> str:
    """Hyphenated ISBN-13 978-7-<publisher>-<title>-<check>, 9 digits after the 978-7 group."""
    n = 9 - len(prefix)
    title = "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    d12 = "9787" + prefix + title
    return f"978-7-{prefix}-{title}-{isbn_digit(d12)}"


def id_card_masked(rng: random.Random, birth: dt.date) -> str:
    area = rng.choice(["371402", "370902", "410202", "430902", "371425", "410221"])
    return area + "********" + f"{rng.randint(0, 999):03d}" + rng.choice("0123456789X")


# composed article titles, so a contents page lists many distinct articles
TITLE_PARTS = {
    "agri": (["深松耕作", "滴灌施肥", "有机肥替代化肥", "减量施磷", "覆膜栽培", "间作套种", "秸秆覆盖", "微生物菌剂"],
             ["夏玉米产量", "土壤微生物群落", "冬小麦水分利用效率", "设施辣椒品质", "花生根系形态", "大豆结瘤固氮"]),
    "med": (["早期康复训练", "个体化营养支持", "中西医结合治疗", "微创手术", "延续性护理", "多学科协作模式"],
            ["老年髋部骨折患者预后", "脑卒中患者神经功能", "妊娠期糖尿病结局", "慢阻肺患者生活质量", "术后疼痛评分"]),
    "eng": (["纤维掺量", "温度荷载", "冻融循环", "参数优化", "孔隙结构", "加载速率"],
            ["再生混凝土力学性能", "钢管桩承载特性", "沥青混合料疲劳寿命", "边坡稳定性", "渠道衬砌抗冻性"]),
    "edu": (["项目式学习", "信息化教学", "家校协同", "分层作业设计", "思政元素融入"],
            ["初中数学学习兴趣", "学生核心素养发展", "课堂教学质量", "职业院校学生就业能力"]),
}  # fmt: skip
TITLE_FORMS = ["{a}对{b}的影响", "{a}对{b}影响的试验研究", "{a}改善{b}的效果分析", "{a}与{b}的关系研究"]


def article_title(rng: random.Random, fld: str) -> str:
    if rng.random() < 0.4:
        return rng.choice(ARTICLE_TITLES[fld])
    a, b = TITLE_PARTS[fld]
    return rng.choice(TITLE_FORMS).format(a=rng.choice(a), b=rng.choice(b))
