"""Draw 48's own pools: context, layout families, people, workplaces, organisers, topics, dates, check digits."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.blind.common import journals

DRAW = 48

# ---- layout families: type -> (family, variants) ------------------------------------------------
FAMILIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "training_certificate": ("tcert", ("classic", "landscape", "appshot", "hourtable", "booklet", "webprint")),
    "sign_in_sheet": ("sign", ("grid", "twinhalf", "twopage", "ampm", "photo", "export")),
    "training_notice": ("notice", ("redhead", "invite", "schedule", "webpage", "meeting", "annotated")),
    "journal_article": ("jour", ("firstpage", "twocol", "cover", "toc", "bilingual", "cnki")),
    "book": ("book", ("cover", "cip", "titlecip", "editors", "translation", "spread")),
    "patent_certificate": ("pat", ("classic", "ecert", "twopage", "gazette", "design", "copynote")),
    "award_certificate": ("award", ("single", "team", "contest", "social", "booklet", "society")),
    "project_completion": ("proj", ("cert", "letter", "landscape", "dossier", "form", "query")),
    "qualification_certificate": ("qual", ("diploma", "degree", "pgcourse", "selfstudy", "computer", "chsi")),
    "other": ("other", ("invoice", "regform", "payshot", "leave", "employ", "idcopy")),
}
VARIANTS: dict[str, list[str]] = {f"t{DRAW}.layout.{t}": list(v) for t, (_, v) in FAMILIES.items()}


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

    def variant(self, etype: str) -> tuple[str, str]:
        """(layout name, variant): the type's variants cycle with k; records the choice in `used`."""
        fam, vs = FAMILIES[etype]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t{DRAW}.layout.{etype}#{v}")
        return f"{fam}{DRAW}-{v}", v

    def pick(self, name: str, seq: list | tuple):  # noqa: ANN201
        i = self.rng.randrange(len(seq))
        self.used.append(f"t{DRAW}.{name}#{i}")
        return seq[i]


# ---- check digits ---------------------------------------------------------------------------------
def zl_check(d12: str) -> str:
    s = sum(int(d) * w for d, w in zip(d12, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5], strict=True)) % 11
    return "X" if s == 10 else str(s)


def issn_digit(d7: str) -> str:
    c = (11 - sum(int(d) * (8 - i) for i, d in enumerate(d7)) % 11) % 11
    return "X" if c == 10 else str(c)


def isbn_digit(d12: str) -> str:
    return str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(d12)) % 10) % 10)


# ---- dates ------------------------------------------------------------------------------------------
CNUM = "〇一二三四五六七八九"


def _cn_small(n: int) -> str:
    if n < 10:
        return CNUM[n]
    if n < 20:
        return "十" + (CNUM[n % 10] if n % 10 else "")
    return CNUM[n // 10] + "十" + (CNUM[n % 10] if n % 10 else "")


def cn_year(y: int) -> str:
    return "".join(CNUM[int(c)] for c in str(y))


DATE_STYLES = ("cn", "cnpad", "cnnum", "iso", "dot", "dotshort", "slashpad", "cnsp")


def fd(d: dt.date, style: str) -> str:
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cnpad":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "cnnum":
        return f"{cn_year(d.year)}年{_cn_small(d.month)}月{_cn_small(d.day)}日"
    if style == "iso":
        return d.isoformat()
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dotshort":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "slashpad":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "cnsp":
        return f"{d.year} 年 {d.month} 月 {d.day} 日"
    raise ValueError(style)


def fm(y: int, m: int, style: str) -> str:
    if style == "cnnum":
        return f"{cn_year(y)}年{_cn_small(m)}月"
    if style in ("dot", "dotshort"):
        return f"{y}.{m:02d}" if style == "dot" else f"{y}.{m}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "slashpad":
        return f"{y}/{m:02d}"
    if style == "cnpad":
        return f"{y}年{m:02d}月"
    return f"{y}年{m}月"


def all_date_forms(iso: str) -> list[str]:
    """Every way this draw prints a date (or a month), spaces removed; range ends also as 月日 / 日."""
    if len(iso) == 7:
        y, m = int(iso[:4]), int(iso[5:7])
        return [fm(y, m, s).replace(" ", "") for s in DATE_STYLES]
    d = dt.date.fromisoformat(iso)
    return [fd(d, s).replace(" ", "") for s in DATE_STYLES]


def frange(a: dt.date, b: dt.date, style: str, sep: str = "至") -> str:
    if a == b:
        return fd(a, style)
    if style in ("cn", "cnpad") and a.year == b.year:
        tail = f"{b.month}月{b.day}日" if style == "cn" else f"{b.month:02d}月{b.day:02d}日"
        return fd(a, style) + sep + tail
    return fd(a, style) + sep + fd(b, style)


def rdate(rng: random.Random, y0: int = 2019, y1: int = 2025) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


# ---- people -------------------------------------------------------------------------------------------
SURN = list(
    "王李张刘陈杨赵孙周吴徐朱马胡郭高林何郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
RARE_SURN = list("亓岳宫鹿逯巩隋栾甄燕訾仉展慕邢聂房牟鞠扈满衣初芦寇伊荆")
COMPOUND = ["公冶", "东郭", "端木", "闻人", "左丘", "第五", "宇文", "申屠"]
GIVEN = list(
    "泽宁晗蕊锦程卓远沐霖思齐若溪景行雅楠书瑶俊熙振岳岱川鲁豫庆民兆峰秀岩云鹏德厚承志雨桐知远星辰慧敏金凤长青立峰梦瑶"
    "浩宇子墨一鸣欣然海峰玉洁丽娟红霞建军春燕永强晓光桂芝传林茂林国栋守信广田"
)
FOUR = ["阿卜杜拉", "扎西次仁", "格桑卓嘎", "帕尔哈提", "迪丽努尔", "乌兰图雅"]


def pname(rng: random.Random, used: set[str]) -> str:
    for _ in range(80):
        r = rng.random()
        if r < 0.04:
            n = rng.choice(FOUR)
        elif r < 0.09:
            n = rng.choice(COMPOUND) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))
        else:
            s = rng.choice(RARE_SURN) if rng.random() < 0.18 else rng.choice(SURN)
            n = s + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2, 2])))
        if n not in used:
            used.add(n)
            return n
    raise RuntimeError("names")


def pnames(rng: random.Random, k: int) -> list[str]:
    used: set[str] = set()
    return [pname(rng, used) for _ in range(k)]


# ---- places, professions, organisers ------------------------------------------------------------------
CITIES = {
    "泰安": ["泰山区", "岱岳区", "新泰市", "肥城市", "宁阳县", "东平县"],
    "德州": ["德城区", "陵城区", "禹城市", "乐陵市", "宁津县", "庆云县", "临邑县", "齐河县", "平原县", "夏津县", "武城县"],
}
COUNTY_CITIES = ["新泰市", "肥城市", "禹城市", "乐陵市"]
ADDR = {"泰安": ["泰山区东岳大街", "岱岳区长城路", "泰山区财源大街", "高新区南天门大街"],
        "德州": ["德城区东风中路", "德城区三八东路", "经济开发区天衢路", "德城区湖滨北路"]}  # fmt: skip
PHONE_AREA = {"泰安": "0538", "德州": "0534"}

PROFS: dict[str, dict] = {
    "highway": {
        "title": ["工程师", "高级工程师", "助理工程师"],
        "units": ["{c}市公路事业发展中心", "{d}公路事业发展中心", "{c}市交通运输局", "山东省路桥集团有限公司"],
        "topics": ["公路桥梁预防性养护技术", "沥青路面再生利用技术", "公路工程试验检测新规范", "智慧公路建设与运营管理",
                   "隧道施工安全风险管控"],
        "orgs": ["山东省公路学会", "{c}市交通运输局", "山东交通学院继续教育学院", "{c}市公路事业发展中心"],
        "articles": ["{c}地区高速公路沥青路面车辙成因分析", "基于无人机巡检的公路桥梁病害识别方法", "冷再生混合料路用性能试验研究",
                     "装配式桥梁湿接缝施工质量控制"],
        "patents": ["一种沥青路面裂缝灌缝装置", "一种桥梁伸缩缝清理设备", "一种公路边坡防护网固定结构", "一种路面压实度快速检测仪"],
        "designs": ["交通锥", "路面标线机外壳"],
        "projects": ["{c}市农村公路养护长效机制研究", "钢渣沥青混合料在干线公路中的应用研究", "公路桥梁健康监测系统开发"],
        "books": ["公路养护技术实务", "沥青路面施工质量控制", "桥梁检测与评定"],
        "major": ["道路与桥梁工程", "交通运输工程", "土木工程"],
    },
    "obstetrics": {
        "title": ["主治医师", "副主任医师", "主任医师"],
        "units": ["{c}市妇幼保健院", "{d}人民医院", "山东第一医科大学第二附属医院", "{c}市中心医院"],
        "topics": ["危重孕产妇救治能力提升", "产后出血防治新进展", "新生儿复苏技术", "助产适宜技术推广", "妊娠期糖尿病规范化管理"],
        "orgs": ["山东省医师协会", "山东第一医科大学继续教育学院", "{c}市卫生健康委员会", "{c}市妇幼保健院"],
        "articles": ["妊娠期高血压疾病孕妇血清胎盘生长因子水平的临床意义", "{c}市2020—2022年孕产妇死亡原因分析",
                     "分娩镇痛对初产妇产程及母婴结局的影响", "瘢痕子宫再次妊娠阴道试产的临床观察"],
        "patents": ["一种产科用会阴冲洗装置", "一种新生儿保暖转运箱", "一种产后康复腹带", "一种胎心监护固定带"],
        "designs": ["胎心监护仪外壳", "产科护理推车"],
        "projects": ["基层医院产后出血预警模型的建立与应用", "{c}市出生缺陷综合防治策略研究", "孕期营养干预对妊娠结局的影响"],
        "books": ["产科急危重症处理", "实用助产技术", "围产期保健手册"],
        "major": ["妇产科学", "临床医学", "护理学"],
    },
    "rehab": {
        "title": ["康复治疗师", "主管治疗师", "副主任治疗师"],
        "units": ["{c}市中医医院", "{d}中医医院", "{c}市康复医院", "{d}人民医院"],
        "topics": ["神经康复评定与治疗技术", "脑卒中早期康复", "儿童康复治疗技术", "运动损伤康复", "心肺康复规范化诊疗"],
        "orgs": ["山东省康复医学会", "{c}市中医医院", "{c}市卫生健康委员会", "山东中医药大学继续教育学院"],
        "articles": ["镜像疗法对脑卒中患者上肢功能的影响", "核心稳定训练治疗慢性下腰痛的疗效观察",
                     "{c}市社区老年人跌倒风险评估与康复干预", "经颅磁刺激联合吞咽训练治疗卒中后吞咽障碍"],
        "patents": ["一种下肢康复训练器", "一种手指关节康复支具", "一种可调节平衡训练板", "一种吞咽功能训练装置"],
        "designs": ["康复训练踏板", "握力训练器"],
        "projects": ["社区脑卒中患者居家康复模式研究", "虚拟现实技术在儿童脑瘫康复中的应用", "老年髋部骨折术后康复路径研究"],
        "books": ["康复评定学实训指导", "神经康复治疗技术", "社区康复实务"],
        "major": ["康复治疗学", "运动康复", "中医康复学"],
    },
    "chemistry": {
        "title": ["一级教师", "高级教师", "二级教师"],
        "units": ["{c}第一中学", "{d}第一中学", "{d}实验中学", "{c}市第二中学"],
        "topics": ["高中化学新课程标准解读", "化学实验创新与安全管理", "化学大单元教学设计", "新高考化学命题研究",
                   "基于核心素养的化学课堂评价"],
        "orgs": ["{c}市教育局", "{c}市教育科学研究院", "山东省化学化工学会", "山东师范大学化学化工与材料科学学院"],
        "articles": ["基于证据推理的高中化学概念教学实践", "微型化学实验在{c}市农村中学的推广", "高三化学复习中的思维建模策略",
                     "手持技术数字化实验在电化学教学中的应用"],
        "patents": ["一种化学实验用尾气吸收装置", "一种多功能滴定台", "一种试管清洗架", "一种教学用电解演示仪"],
        "designs": ["化学分子模型盒", "实验试剂架"],
        "projects": ["高中化学跨学科实践活动设计研究", "{c}市初高中化学衔接教学研究", "化学实验绿色化改进研究"],
        "books": ["高中化学实验创新设计", "化学教学设计案例精选", "中学化学实验安全指南"],
        "major": ["化学", "应用化学", "学科教学（化学）"],
    },
    "agronomy": {
        "title": ["农艺师", "高级农艺师", "助理农艺师"],
        "units": ["{c}市农业科学研究院", "{d}农业农村局", "{d}农业技术推广中心", "山东省果树研究所"],
        "topics": ["茶树栽培与病虫害绿色防控", "苹果矮砧密植栽培技术", "设施果树高效栽培", "北方茶园越冬防护技术", "果园水肥一体化技术"],
        "orgs": ["山东省果树研究所", "{c}市农业农村局", "山东农业大学园艺科学与工程学院", "{c}市农业科学研究院"],
        "articles": ["泰山绿茶不同采摘期品质成分比较", "{c}地区甜樱桃裂果影响因素分析", "苹果矮砧集约栽培园土壤养分状况调查",
                     "北方茶园冬季冻害防控技术研究"],
        "patents": ["一种茶叶揉捻机", "一种果园用疏花器", "一种果树枝条牵引装置", "一种茶园防冻覆盖装置"],
        "designs": ["茶叶包装盒", "果品礼盒"],
        "projects": ["泰山茶良种繁育与标准化栽培技术研究", "{c}市梨园绿色防控技术集成与示范", "设施葡萄优质高效栽培模式研究"],
        "books": ["北方茶树栽培技术", "苹果病虫害绿色防控", "果园生产管理手册"],
        "major": ["茶学", "果树学", "园艺"],
    },
    "statistics": {
        "title": ["统计师", "高级统计师", "助理统计师"],
        "units": ["{c}市统计局", "国家统计局{c}调查队", "{d}统计局", "{d}社会经济调查中心"],
        "topics": ["统计法治与统计督察", "经济普查业务", "统计数据质量管理", "统计建模与数据分析", "住户收支与生活状况调查"],
        "orgs": ["{c}市统计局", "山东省统计学会", "国家统计局{c}调查队", "{c}市统计局统计教育培训中心"],
        "articles": ["{c}市县域经济高质量发展统计测度研究", "基于灰色模型的居民消费价格指数预测", "大数据背景下基层统计数据质量控制",
                     "人口老龄化对{c}市劳动力供给的影响"],
        "patents": ["一种统计数据采集终端", "一种便携式调查记录装置", "一种统计报表自动装订装置", "一种普查入户登记用平板支架"],
        "designs": ["数据采集终端外壳", "调查员工作包"],
        "projects": ["{c}市数字经济核算方法研究", "县级GDP统一核算数据质量评估", "{c}市新型城镇化统计监测体系研究"],
        "books": ["基层统计实务", "统计调查方法与实践", "区域经济统计分析"],
        "major": ["统计学", "应用统计学", "经济统计学"],
    },
    "library": {
        "title": ["馆员", "副研究馆员", "研究馆员"],
        "units": ["{c}市图书馆", "泰山学院图书馆", "德州学院图书馆", "{d}图书馆"],
        "topics": ["公共图书馆阅读推广", "古籍保护与修复", "图书馆数字资源建设", "智慧图书馆建设", "少儿阅读服务"],
        "orgs": ["{c}市文化和旅游局", "山东省图书馆学会", "{c}市图书馆", "山东省图书馆"],
        "articles": ["县级公共图书馆总分馆制建设实践", "{c}地方文献数字化保护路径探析", "高校图书馆阅读推广品牌建设研究",
                     "智慧图书馆背景下馆员能力提升策略"],
        "patents": ["一种图书消毒柜", "一种古籍修复用压平装置", "一种智能还书分拣架", "一种图书馆书架防倾倒装置"],
        "designs": ["自助借还书机", "阅读桌"],
        "projects": ["{c}市公共文化服务效能评估研究", "运河文化地方文献整理与开发", "全民阅读背景下乡镇图书馆服务模式研究"],
        "books": ["公共图书馆服务实务", "地方文献工作指南", "阅读推广案例集"],
        "major": ["图书馆学", "信息资源管理", "档案学"],
    },
    "food": {
        "title": ["工程师", "高级工程师", "助理工程师"],
        "units": ["{c}市食品药品检验检测中心", "{d}市场监督管理局", "{c}市检验检测中心", "{d}食品安全检测中心"],
        "topics": ["食品安全抽样检验规范", "食品快速检测技术", "餐饮服务食品安全监管", "特殊食品监督管理", "食品生产许可审查"],
        "orgs": ["{c}市市场监督管理局", "山东省食品科学技术学会", "山东省食品药品检验研究院", "{c}市市场监督管理局执法支队"],
        "articles": ["{c}市市售蔬菜农药残留状况分析", "QuEChERS-气相色谱法测定果蔬中有机磷农药残留", "校园食堂食品安全风险因素分析",
                     "快速检测技术在农贸市场监管中的应用"],
        "patents": ["一种食品快速检测装置", "一种农残检测样品前处理装置", "一种便携式食品采样箱", "一种肉类水分快速测定仪"],
        "designs": ["快检试剂盒", "采样箱"],
        "projects": ["{c}市食用农产品快检结果溯源体系研究", "餐饮业食品安全信用评价研究", "小作坊食品安全监管模式研究"],
        "books": ["食品安全监管实务", "食品快速检测技术", "食品抽样检验指南"],
        "major": ["食品质量与安全", "食品科学与工程", "生物工程"],
    },
}  # fmt: skip
PROF_KEYS = tuple(PROFS)
PUBLIC_TOPICS = ["习近平新时代中国特色社会主义思想学习", "专业技术人员职业道德与诚信建设", "数字经济与创新驱动发展",
                 "人工智能与数字化转型", "乡村振兴战略解读", "知识产权保护与运用"]  # fmt: skip
PUBLIC_ORGS = ["中共{c}市委党校", "{c}市人力资源和社会保障局", "山东省专业技术人员继续教育公共服务平台", "{c}市专业技术人员继续教育基地"]


@dataclass
class Who:
    """A professional: name, city, district, unit, profession key, job title."""

    name: str
    city: str
    dist: str
    unit: str
    prof: str
    jt: str


def setting(ctx: Ctx) -> tuple[str, str, str]:
    prof = ctx.rng.choice(PROF_KEYS)
    city = ctx.rng.choice(list(CITIES))
    return prof, city, ctx.rng.choice(CITIES[city])


def fill(s: str, city: str, dist: str) -> str:
    return s.format(c=city, d=dist)


def who(ctx: Ctx, prof: str, city: str, name: str) -> Who:
    p = PROFS[prof]
    dist = ctx.rng.choice(CITIES[city])
    return Who(name, city, dist, fill(ctx.rng.choice(p["units"]), city, dist), prof, ctx.rng.choice(p["title"]))


def phone_no(rng: random.Random, city: str) -> str:
    return f"{PHONE_AREA[city]}-{rng.randint(6000000, 8999999)}"


def mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3578')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"


def serial(rng: random.Random, prefix: str, n: int = 8) -> str:
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(n))


def journal(rng: random.Random):  # noqa: ANN201
    return rng.choice(journals())
