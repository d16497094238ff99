"""Draw 10's context, layout variants, date printing, check digits and the pools its documents are filled from."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.blind import common

# ---- layout families: every variant of a family is drawn once per len(variants) documents ----------------
VARIANTS: dict[str, list[str]] = {
    "t10.layout.train": ["landscape", "e-cert", "hours-form", "booklet", "phone", "fill-in"],
    "t10.layout.sign": ["grid", "split", "two-day", "am-pm", "lined", "attendance"],
    "t10.layout.notice": ["red-head", "invite", "agenda", "web", "reply", "wechat"],
    "t10.layout.journal": ["first-page", "toc", "cover", "bundle", "two-col", "masthead"],
    "t10.layout.book": ["cover", "cip", "title-cip", "translated", "committee", "old-copyright"],
    "t10.layout.patent": ["invention", "utility", "design", "e-cert", "register"],
    "t10.layout.award": ["personal", "team", "social", "contest", "county", "booklet"],
    "t10.layout.project": ["cert", "letter", "acceptance", "landscape", "report"],
    "t10.layout.qual": ["diploma", "degree", "self-exam", "pg-course", "computer", "diploma-wide"],
    "t10.layout.other": ["invoice", "employment", "appoint", "similarity", "appraisal"],
}

CATS = (None, "public", "professional")


@dataclass
class Ctx:
    """What one document's builder draws with: its random stream, fonts and position in the draw."""

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
        """This document's layout variant of `family`, cycling so each is drawn once per len(variants)."""
        vs = VARIANTS[f"t10.layout.{family}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"{family}10-{v}")
        return v

    def pick(self, tag: str, options: list[str] | tuple[str, ...]) -> str:
        """A wording choice, recorded in `used`."""
        i = self.rng.randrange(len(options))
        self.used.append(f"{tag}#{i}")
        return options[i]

    def category(self) -> str | None:
        """A category to print, cycling through none / public / professional."""
        return CATS[(2 * self.k + self.offset // 7) % 3]

    def seed(self) -> int:
        return self.rng.randrange(1 << 30)


# ---- check digits (shared helpers) -----------------------------------------------------------------------
def zl_check(digits12: str) -> str:
    return common.patent_check(digits12)


def issn_digit(d7: str) -> str:
    return common.issn_check(d7)


def isbn_digit(d12: str) -> str:
    return common.isbn13_check(d12)


# ---- dates -----------------------------------------------------------------------------------------------
HAN = "〇一二三四五六七八九"
STYLES = ("nian", "nian0", "dot", "dash", "han", "slash", "dot1")


def han_year(y: int) -> str:
    return "".join(HAN[int(c)] for c in str(y))


def han_num(n: int) -> str:
    if n < 10:
        return HAN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else HAN[tens]) + "十" + (HAN[ones] if ones else "")


def day(d: dt.date, style: str) -> str:
    y, m, dd = d.year, d.month, d.day
    return {
        "nian": f"{y}年{m}月{dd}日",
        "nian0": f"{y}年{m:02d}月{dd:02d}日",
        "dot": f"{y}.{m:02d}.{dd:02d}",
        "dash": f"{y}-{m:02d}-{dd:02d}",
        "han": f"{han_year(y)}年{han_num(m)}月{han_num(dd)}日",
        "slash": f"{y}/{m:02d}/{dd:02d}",
        "dot1": f"{y}.{m}.{dd}",
    }[style]


def month(y: int, m: int, style: str) -> str:
    return {
        "nian": f"{y}年{m}月",
        "nian0": f"{y}年{m:02d}月",
        "dot": f"{y}.{m:02d}",
        "dash": f"{y}-{m:02d}",
        "han": f"{han_year(y)}年{han_num(m)}月",
        "slash": f"{y}/{m:02d}",
        "dot1": f"{y}.{m}",
    }[style]


def span(a: dt.date, b: dt.date, style: str, sep: str = "至") -> str:
    """A date range; the Chinese-character styles drop a repeated year on the end."""
    if style in ("nian", "nian0") and a.year == b.year:
        end = day(b, style).split("年", 1)[1]
        return f"{day(a, style)}{sep}{end}"
    return f"{day(a, style)}{sep}{day(b, style)}"


def iso(d: dt.date) -> str:
    return d.isoformat()


def ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def when(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def later(d: dt.date, lo: int, hi: int, rng: random.Random) -> dt.date:
    return d + dt.timedelta(days=rng.randint(lo, hi))


# ---- people ----------------------------------------------------------------------------------------------
FAMILY = list(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏窦章云苏潘葛范彭郎鲁韦昌马苗凤花方"
    "俞任袁柳鲍史唐费薛雷贺倪汤滕殷罗毕郝安常乐于傅齐康伍余顾孟黄穆萧尹姚邵汪祁毛狄米贝明臧计成戴宋庞熊纪舒屈项"
    "祝董梁杜阮蓝闵季贾路江童颜郭梅盛林钟徐邱骆高夏蔡田胡凌霍虞万柯卢莫房解应丁宣邓单杭洪包左石崔龚程邢裴陆荣翁"
)
DOUBLE = ["欧阳", "司徒", "端木", "上官", "尉迟", "长孙", "宇文", "呼延", "南宫", "独孤"]
GIVEN1 = list("建晓志永海春红秀国文德明庆玉丽宏新俊家子慧雅思嘉浩振书雨景学立广云金美佳兆学林")
GIVEN2 = list("华军平英娟峰斌涛敏琳霞静杰婷鑫磊勇辉颖宁刚琴彬凯蕾瑶璐晗宸睿昊航芸倩蓉莉茹")
LONG = ["木拉提·阿不都", "古丽娜尔", "阿力木江", "格桑曲珍", "乌兰图雅", "哈斯巴根", "次仁央宗", "吉木斯"]


def person(rng: random.Random, taken: set[str]) -> str:
    for _ in range(100):
        r = rng.random()
        if r < 0.04:
            n = rng.choice(LONG)
        elif r < 0.1:
            n = (
                rng.choice(DOUBLE)
                + rng.choice(GIVEN1 + GIVEN2)
                + (rng.choice(GIVEN2) if rng.random() < 0.5 else "")
            )
        elif r < 0.35:
            n = rng.choice(FAMILY) + rng.choice(GIVEN2)
        else:
            n = rng.choice(FAMILY) + rng.choice(GIVEN1) + rng.choice(GIVEN2)
        if n not in taken:
            taken.add(n)
            return n
    raise RuntimeError("no fresh name")


def people(rng: random.Random, k: int, taken: set[str] | None = None) -> list[str]:
    taken = set() if taken is None else taken
    return [person(rng, taken) for _ in range(k)]


def id_masked(rng: random.Random) -> str:
    area = rng.choice(["371402", "370602", "410203", "370902", "430902", "371428", "410225", "430921"])
    return f"{area}{'*' * 8}{rng.randint(0, 999):03d}{rng.choice('0123456789X')}"


def phone_no(rng: random.Random) -> str:
    return f"1{rng.choice('3578')}{rng.randint(0, 9)}{'*' * 4}{rng.randint(0, 9999):04d}"


# ---- places and organisations ----------------------------------------------------------------------------
CITIES = {
    "山东": ["德州", "烟台", "泰安", "聊城", "滨州", "日照", "菏泽", "枣庄", "东营"],
    "河南": ["开封", "许昌", "周口", "商丘", "平顶山", "漯河", "信阳"],
    "湖南": ["益阳", "衡阳", "郴州", "邵阳", "娄底", "永州", "怀化"],
}
COUNTIES = {
    "德州": ["齐河县", "平原县", "夏津县", "禹城市"],
    "烟台": ["莱州市", "招远市", "海阳市"],
    "泰安": ["宁阳县", "东平县", "肥城市"],
    "聊城": ["阳谷县", "莘县", "冠县", "临清市"],
    "滨州": ["惠民县", "博兴县", "阳信县"],
    "日照": ["莒县", "五莲县"],
    "菏泽": ["曹县", "单县", "郓城县"],
    "枣庄": ["滕州市"],
    "东营": ["广饶县", "利津县"],
    "开封": ["兰考县", "杞县", "尉氏县"],
    "许昌": ["鄢陵县", "襄城县", "禹州市"],
    "周口": ["太康县", "鹿邑县", "项城市"],
    "商丘": ["夏邑县", "柘城县", "永城市"],
    "平顶山": ["宝丰县", "郏县", "汝州市"],
    "漯河": ["舞阳县", "临颍县"],
    "信阳": ["固始县", "潢川县", "光山县"],
    "益阳": ["桃江县", "安化县", "南县"],
    "衡阳": ["祁东县", "衡山县", "耒阳市"],
    "郴州": ["桂阳县", "宜章县", "资兴市"],
    "邵阳": ["隆回县", "新邵县", "武冈市"],
    "娄底": ["双峰县", "新化县", "涟源市"],
    "永州": ["道县", "宁远县", "祁阳市"],
    "怀化": ["沅陵县", "溆浦县", "洪江市"],
}
COLLEGES = {
    "山东": ["聊城大学", "滨州医学院", "潍坊医学院", "齐鲁工业大学", "山东建筑大学", "青岛科技大学", "山东理工大学",
             "临沂大学", "山东科技大学", "济南大学"],
    "河南": ["河南工业大学", "河南理工大学", "周口师范学院", "许昌学院", "中原工学院", "黄淮学院", "信阳师范大学",
             "商丘师范学院"],
    "湖南": ["长沙理工大学", "湖南科技大学", "吉首大学", "湖南工程学院", "衡阳师范学院", "南华大学", "湖南文理学院",
             "邵阳学院"],
}  # fmt: skip
WORKPLACES = [
    "{c}市中心医院", "{c}市第三人民医院", "{c}市农业技术推广中心", "{c}市第四中学", "{c}市城乡规划设计研究院",
    "{c}市动物疫病预防控制中心", "{c}市气象局", "{c}市公路事业发展中心", "{c}市生态环境监测站", "{c}市实验幼儿园",
    "{c}市中心血站", "{c}市测绘院", "{c}市口腔医院", "{c}市植保站", "{c}市第十一中学", "{c}市园林绿化服务中心",
    "{c}市水文站", "{c}市市场监督管理局检验检测中心", "{c}市中医院", "{c}市职业中等专业学校", "{c}市种子管理站",
    "{c}市政工程设计院有限公司", "{k}人民医院", "{k}第一中学", "{k}农业农村局", "{k}林业站",
    "{k}畜牧兽医中心", "{k}实验小学", "{k}水利局",
]  # fmt: skip


@dataclass(frozen=True)
class Place:
    prov: str
    city: str
    county: str

    def unit(self, rng: random.Random) -> str:
        return rng.choice(WORKPLACES).format(c=self.city, k=self.county)

    def college(self, rng: random.Random) -> str:
        return rng.choice(COLLEGES[self.prov])


def place(rng: random.Random) -> Place:
    prov = rng.choice(list(CITIES))
    city = rng.choice(CITIES[prov])
    return Place(prov, city, rng.choice(COUNTIES[city]))


def units(rng: random.Random, pl: Place, n: int) -> list[str]:
    seen: list[str] = []
    while len(seen) < n:
        u = pl.unit(rng) if rng.random() < 0.75 else pl.college(rng)
        if u not in seen or len(seen) >= 6:
            seen.append(u)
    return seen


TRAIN_ISSUERS = [
    "{c}市人力资源和社会保障局", "{c}市专业技术人员继续教育基地", "{p}省医学会", "{u}继续教育学院",
    "{c}市卫生健康委员会", "{p}省农业技术推广总站", "{c}市教育科学研究院", "{p}省土木建筑学会",
    "{c}市科学技术协会", "{u}培训中心", "{c}市农业农村局", "{p}省护理学会",
]  # fmt: skip
ONLINE = [
    "{c}市专业技术人员继续教育网络学院", "{p}省专技人员在线学习中心", "{c}市继续教育网络培训平台",
    "{p}省干部网络学院专技分院",
]  # fmt: skip


def train_issuer(rng: random.Random, pl: Place, online: bool = False) -> str:
    pat = rng.choice(ONLINE if online else TRAIN_ISSUERS)
    return pat.format(c=pl.city, p=pl.prov, u=pl.college(rng))


# ---- topics ----------------------------------------------------------------------------------------------
COURSES_PUBLIC = [
    "数字经济与创新驱动发展", "专业技术人员职业道德与诚信建设", "黄河流域生态保护和高质量发展", "网络安全与个人信息保护",
    "知识产权保护与运用", "乡村振兴战略解读", "人工智能赋能产业发展", "专业技术人员心理健康与压力调适",
    "法治政府建设与依法行政", "碳达峰碳中和政策解读",
]  # fmt: skip
COURSES_FIELD = [
    "基层常见慢性病规范化管理", "设施蔬菜病虫害绿色防控技术", "装配式建筑施工质量控制", "新课标背景下的单元整体教学",
    "畜禽养殖废弃物资源化利用", "护理风险识别与不良事件管理", "水土保持监测技术规范", "中医适宜技术推广应用",
    "BIM技术在市政工程中的应用", "小麦玉米一体化高产栽培", "危重症患者早期识别与处置", "中小学心理健康教育实务",
    "公路桥梁养护与检测", "大气污染源排放清单编制", "果树提质增效关键技术", "医学影像诊断新进展",
]  # fmt: skip
TRAIN_FORMS = ["培训班", "专题培训班", "研修班", "高级研修班", "继续教育培训班", "专项培训"]


def course(rng: random.Random, cat: str | None) -> str:
    pool = (
        COURSES_PUBLIC
        if cat == "public"
        else COURSES_FIELD
        if cat == "professional"
        else (COURSES_PUBLIC + COURSES_FIELD)
    )
    return rng.choice(pool)


ARTICLE_PARTS = [
    ("{a}条件下{b}的{c}研究", ["低温胁迫", "连作", "高盐", "干旱", "弱光", "重金属污染"],
     ["冬小麦", "设施番茄", "夏玉米", "花生", "茶树", "水稻幼苗"], ["生理响应", "产量形成", "根系特征", "养分吸收"]),
    ("基于{a}的{b}{c}", ["改进YOLOv5", "随机森林", "图神经网络", "多源遥感", "深度强化学习", "注意力机制"],
     ["输电线路", "城市道路", "桥梁裂缝", "农田土壤墒情", "滑坡隐患", "光伏组件"], ["识别方法", "预测模型", "监测研究", "检测算法"]),
    ("{a}患者{b}与{c}的相关性分析", ["2型糖尿病", "老年高血压", "慢性心力衰竭", "脑卒中", "慢性肾病"],
     ["血清炎症因子", "睡眠质量", "营养状况", "肠道菌群"], ["预后", "认知功能", "并发症", "生活质量"]),
    ("{a}地区{b}的{c}", ["黄河下游", "鲁西北", "豫东平原", "洞庭湖", "湘中丘陵"],
     ["地下水", "农田土壤", "湿地植被", "城市热岛", "降水"], ["时空演变特征", "污染评价", "影响因素分析"]),
    ("{a}对{b}{c}的影响", ["秸秆还田", "有机肥替代", "微生物菌剂", "纳米二氧化硅", "养护温度"],
     ["土壤团聚体", "混凝土", "果实品质", "肉鸡"], ["稳定性", "力学性能", "抗氧化能力", "生长性能"]),
]  # fmt: skip


def article_title(rng: random.Random) -> str:
    pat, a, b, c = rng.choice(ARTICLE_PARTS)
    return pat.format(a=rng.choice(a), b=rng.choice(b), c=rng.choice(c))


FILLER_TITLES = [
    "一种改进的多目标粒子群优化算法", "城市更新中历史街区保护策略探讨", "高校实验室安全管理体系构建",
    "某特大桥主塔施工监控分析", "胃癌根治术后快速康复护理效果观察", "县域医共体建设的实践与思考",
    "稻田综合种养模式效益评价", "深基坑支护结构变形规律研究", "数字化转型背景下的企业财务风险", "黄土边坡降雨入渗数值模拟",
    "小学数学大单元教学设计研究", "新型冠状病毒疫苗接种不良反应调查", "再生骨料透水混凝土配合比试验", "羊肚菌栽培技术要点",
]  # fmt: skip

BOOKS = [
    "基层医疗卫生机构慢病管理实务", "现代设施农业技术", "土木工程施工组织与管理", "中小学教师专业发展导论",
    "畜禽疫病诊断与防治图谱", "城市道路工程检测技术", "临床护理操作规范", "农产品质量安全检测",
    "水资源规划与管理", "中医体质辨识与调养", "智慧园区规划设计", "果树修剪与花果管理",
    "建设工程造价案例分析", "儿童常见病中西医结合诊疗",
]  # fmt: skip
TRANSLATED = [
    ("精益医疗：改善患者体验", "美", ["马克·格雷班", "约翰·托森"]),
    ("土壤物理学", "英", ["艾伦·里德"]),
    ("设计思维工具箱", "德", ["迈克尔·勒威克", "帕特里克·林克"]),
    ("可视化学习：教师版", "新西兰", ["约翰·哈蒂"]),
    ("作物生理学原理", "加", ["唐纳德·史密斯"]),
    ("韧性城市", "日", ["中村圭介"]),
]  # fmt: skip
PUBLISHERS = [
    ("中国农业出版社", "7-109"), ("人民卫生出版社", "7-117"), ("中国建筑工业出版社", "7-112"),
    ("化学工业出版社", "7-122"), ("科学出版社", "7-03"), ("山东科学技术出版社", "7-5331"),
    ("河南科学技术出版社", "7-5349"), ("湖南科学技术出版社", "7-5710"), ("中国水利水电出版社", "7-5226"),
    ("东北师范大学出版社", "7-5681"), ("中国中医药出版社", "7-5132"), ("机械工业出版社", "7-111"),
]  # fmt: skip
PUB_CITY = {
    "中国农业出版社": "北京", "人民卫生出版社": "北京", "中国建筑工业出版社": "北京", "化学工业出版社": "北京",
    "科学出版社": "北京", "山东科学技术出版社": "济南", "河南科学技术出版社": "郑州", "湖南科学技术出版社": "长沙",
    "中国水利水电出版社": "北京", "东北师范大学出版社": "长春", "中国中医药出版社": "北京", "机械工业出版社": "北京",
}  # fmt: skip


def isbn(rng: random.Random, prefix: str) -> str:
    """A hyphenated ISBN-13 with the publisher's group and registrant prefix."""
    reg = prefix.split("-")[1]
    item = "".join(str(rng.randint(0, 9)) for _ in range(9 - len(reg) - 1))
    d12 = "978" + "7" + reg + item
    return f"978-7-{reg}-{item}-{isbn_digit(d12)}"


PATENT_INVENTIONS = [
    "一种秸秆粉碎还田联合作业装置", "一种基于机器视觉的苹果分级方法", "一种医用输液加温装置及其控制方法",
    "一种装配式混凝土叠合板连接结构", "一种土壤重金属钝化剂及其制备方法", "一种桥梁支座病害检测系统",
    "一种防止误吸的鼻饲喂养装置", "一种畜禽粪污好氧发酵除臭方法", "一种光伏板自动清洁机器人",
    "一种小麦赤霉病抗性鉴定方法", "一种教学用多功能几何演示教具", "一种道路积水监测预警装置",
]  # fmt: skip
PATENT_DESIGNS = [
    "智能输液监护仪",
    "教学用电子白板支架",
    "便携式土壤采样器",
    "护理床头柜",
    "温室补光灯",
    "药品分装盒",
]

AWARD_PROJECTS = [
    "黄淮海冬小麦节水稳产关键技术集成与推广", "基层医院急性胸痛救治体系构建与应用", "城市老旧管网非开挖修复技术研究",
    "设施蔬菜连作障碍综合防控技术", "县域中小学课后服务模式创新实践", "生猪健康养殖与疫病综合防控技术推广",
    "高速公路沥青路面预防性养护技术", "中西医结合治疗慢性阻塞性肺疾病的临床研究", "丘陵山区林果提质增效技术应用",
    "农村人居环境整治长效机制研究",
]  # fmt: skip
SOCIAL_WORKS = [
    "新时代乡村治理现代化路径研究", "黄河文化传承与文旅融合发展研究", "县域基础教育均衡发展实证研究",
    "城乡居民基本医疗保险制度优化研究", "数字乡村建设的地方实践与经验", "传统村落保护利用的制度供给研究",
]  # fmt: skip
CONTEST_WORKS = [
    "《分数的初步认识》", "《静脉留置针规范维护》", "《土壤酸碱度测定》", "《二次函数的图像与性质》",
    "《桥梁预应力张拉工艺》", "《新生儿复苏流程》", "《植物细胞的结构》",
]  # fmt: skip
PROJECTS = [
    "基于核心素养的初中物理实验教学改进研究", "县域医共体分级诊疗运行机制研究", "小麦条锈病流行监测与预警技术研究",
    "城市雨水花园植物配置优化研究", "乡村振兴背景下农村职业教育发展路径研究", "老年慢病患者延续性护理模式构建",
    "高速公路边坡生态防护技术研究", "智慧课堂环境下的小学语文阅读教学研究", "设施农业物联网监测系统开发与应用",
    "基层疾控机构传染病监测能力提升研究", "中药材规范化种植技术集成示范",
]  # fmt: skip
MAJORS = [
    "临床医学", "护理学", "农学", "园艺", "土木工程", "给排水科学与工程", "汉语言文学", "数学与应用数学",
    "动物医学", "环境工程", "计算机科学与技术", "会计学", "中医学", "水利水电工程",
]  # fmt: skip
MASTER_FIELDS = [
    ("农学", "作物栽培学与耕作学"), ("工学", "结构工程"), ("医学", "内科学"), ("教育学", "课程与教学论"),
    ("工学", "环境工程"), ("农学", "预防兽医学"), ("理学", "生态学"), ("管理学", "会计学"), ("医学", "护理学"),
]  # fmt: skip
SELF_COURSES = [
    ("03708", "中国近现代史纲要"), ("03709", "马克思主义基本原理概论"), ("00015", "英语（二）"),
    ("02197", "概率论与数理统计（二）"), ("03179", "生物化学（三）"), ("02864", "微生物学与免疫学基础"),
    ("00054", "管理学原理"), ("02331", "数据结构"), ("00067", "财务管理学"), ("02996", "护理伦理学"),
]  # fmt: skip
COMPUTER_MODULES = [
    "Word 2016中文字处理", "Excel 2016中文电子表格", "PowerPoint 2016中文演示文稿", "Windows 7操作系统",
    "Photoshop CS5图像处理", "AutoCAD 2014制图", "Internet应用", "Access 2016数据库应用",
]  # fmt: skip
