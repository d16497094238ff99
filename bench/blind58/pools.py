"""Draw 58's own pools: people, bodies of Dezhou (2016-2018) and Yantai (2019-2021), professions, journals,
publishers, the layout variants of each type, and the check digits of patent numbers, ISSNs and ISBNs."""

from __future__ import annotations

import csv
import functools
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

# ---- layout variants per evidence type (a document's layout is `<family>58-<variant>`) -----------------
FAMILIES: dict[str, str] = {
    "training_certificate": "cert58",
    "sign_in_sheet": "sign58",
    "training_notice": "notice58",
    "journal_article": "paper58",
    "book": "book58",
    "patent_certificate": "patent58",
    "award_certificate": "award58",
    "project_completion": "proj58",
    "qualification_certificate": "qual58",
    "other": "misc58",
}
VARIANTS: dict[str, list[str]] = {
    "t58.layout.training_certificate": ["jieye", "xueshi", "ecert", "booklet", "course_table", "credit"],
    "t58.layout.sign_in_sheet": ["plain", "twocol", "sessions", "hand_only", "booklet", "meeting"],
    "t58.layout.training_notice": ["wenhao", "schedule", "huizhi", "invite", "roster", "online"],
    "journal_article": [],
    "t58.layout.journal_article": ["sup_num", "sup_letter", "star", "toc", "cover", "three_page"],
    "t58.layout.book": ["cover", "cip", "board", "translated", "title_cip", "series"],
    "t58.layout.patent_certificate": ["invention", "utility", "design", "eprint", "old_style", "list_semi"],
    "t58.layout.award_certificate": ["sci_gov", "social", "contest", "team", "paper_prize", "teaching"],
    "t58.layout.project_completion": ["jieti", "yanshou", "opinion", "members", "letter", "online"],
    "t58.layout.qualification_certificate": [
        "diploma",
        "master",
        "doctor",
        "courses",
        "selfstudy",
        "computer",
    ],
    "t58.layout.other": ["conference", "lecture", "grassroots", "extension", "selfstudy_log", "register"],
}
del VARIANTS["journal_article"]


@dataclass
class Ctx:
    """What a builder needs: the document's random stream, fonts, and the audited city it belongs to."""

    rng: random.Random
    body: str
    bold: str
    hand: str
    pdf_text: bool
    draw: int
    k: int
    offset: int
    used: list[str] = field(default_factory=list)
    city: str = ""
    taken: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.city = "dz" if self.rng.random() < 0.5 else "yt"

    @property
    def policy(self) -> str:
        return "dezhou-2017" if self.city == "dz" else "yantai-2020"

    def pick(self, key: str, seq: Any) -> Any:
        """A wording choice, recorded in the document's templates."""
        i = self.rng.randrange(len(seq))
        self.used.append(f"t58.{key}.{i}")
        return seq[i]

    def year(self) -> int:
        return self.rng.choice((2016, 2017, 2017, 2018) if self.city == "dz" else (2019, 2020, 2020, 2021))


# ---- people ------------------------------------------------------------------------------------
SURNAMES = (
    "王李张刘陈杨赵孙周吴徐马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭肖田董袁潘于蒋蔡杜程苏魏吕丁任沈姚卢姜崔"
    "谭陆范金石贾夏付方白邹孟秦邱尹薛闫段侯史郝邵武孔曲隋鞠栾衣宫臧初逯綦邢甄庞牟滕盖"
)
DOUBLE_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "宇文")
GIVEN = (
    "建国志强海燕丽娟国栋秀英振华晓东玉兰德胜爱华文静红梅春雨立新新华世杰宏伟桂芳明远思琪子涵浩然雅婷"
    "俊杰晓燕淑珍光辉庆丰凤霞金山永刚素芬学军昊天欣怡佳慧一鸣鹏程家豪梦瑶晨曦瑞祥彦博雪松云飞书恒"
)


def person_name(rng: random.Random) -> str:
    r = rng.random()
    sur = rng.choice(DOUBLE_SURNAMES) if r < 0.06 else rng.choice(SURNAMES)
    if r < 0.06:
        return sur + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.4 else "")
    if r < 0.22:
        return sur + rng.choice(GIVEN)
    return sur + rng.choice(GIVEN) + rng.choice(GIVEN)


def names(ctx: Ctx, n: int) -> list[str]:
    """n names, distinct from each other and from every name already used in the document."""
    out: list[str] = []
    while len(out) < n:
        s = person_name(ctx.rng)
        if s not in ctx.taken and len(set(s)) == len(s):
            ctx.taken.add(s)
            out.append(s)
    return out


# ---- bodies ------------------------------------------------------------------------------------
CITY = {"dz": "德州市", "yt": "烟台市"}
COUNTIES = {
    "dz": (
        "德城区",
        "陵城区",
        "禹城市",
        "乐陵市",
        "临邑县",
        "平原县",
        "夏津县",
        "武城县",
        "齐河县",
        "宁津县",
        "庆云县",
    ),
    "yt": (
        "龙口市",
        "莱阳市",
        "莱州市",
        "招远市",
        "栖霞市",
        "海阳市",
        "芝罘区",
        "福山区",
        "牟平区",
        "莱山区",
    ),
}


def county(ctx: Ctx, year: int) -> str:
    c = ctx.rng.choice(COUNTIES[ctx.city] + (("蓬莱区" if year >= 2020 else "蓬莱市"),) * (ctx.city == "yt"))
    return c


HRSS = {"dz": "德州市人力资源和社会保障局", "yt": "烟台市人力资源和社会保障局"}
PROV_HRSS = "山东省人力资源和社会保障厅"
WENHAO = {"dz": "德人社字", "yt": "烟人社函"}
# a profession's authorities: (Dezhou 2016-2018 name, Yantai 2019-2021 name)
AUTH = {
    "sci": ("德州市科学技术局", "烟台市科学技术局"),
    "agri": ("德州市农业局", "烟台市农业农村局"),
    "health": ("德州市卫生和计划生育委员会", "烟台市卫生健康委员会"),
    "food": ("德州市食品药品监督管理局", "烟台市市场监督管理局"),
    "edu": ("德州市教育局", "烟台市教育局"),
    "land": ("德州市国土资源局", "烟台市自然资源和规划局"),
    "archive": ("德州市档案局", "烟台市档案馆"),
    "industry": ("德州市经济和信息化委员会", "烟台市工业和信息化局"),
    "build": ("德州市住房和城乡建设局", "烟台市住房和城乡建设局"),
    "transport": ("德州市交通运输局", "烟台市交通运输局"),
    "ocean": ("德州市畜牧兽医局", "烟台市海洋发展和渔业局"),
    "energy": ("德州市发展和改革委员会", "烟台市发展和改革委员会"),
}
PROV_AUTH = {
    "sci": ("山东省科学技术厅", "山东省科学技术厅"),
    "agri": ("山东省农业厅", "山东省农业农村厅"),
    "health": ("山东省卫生和计划生育委员会", "山东省卫生健康委员会"),
    "food": ("山东省食品药品监督管理局", "山东省市场监督管理局"),
    "edu": ("山东省教育厅", "山东省教育厅"),
    "land": ("山东省国土资源厅", "山东省自然资源厅"),
    "archive": ("山东省档案局", "山东省档案馆"),
    "industry": ("山东省经济和信息化委员会", "山东省工业和信息化厅"),
    "build": ("山东省住房和城乡建设厅", "山东省住房和城乡建设厅"),
    "transport": ("山东省交通运输厅", "山东省交通运输厅"),
    "ocean": ("山东省海洋与渔业厅", "山东省海洋局"),
    "energy": ("山东省能源局", "山东省能源局"),
}


def auth(ctx: Ctx, key: str, prov: bool = False) -> str:
    return (PROV_AUTH if prov else AUTH)[key][ctx.city == "yt"]


# ---- professions -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Prof:
    code: str
    label: str  # the profession as a notice would name it
    cities: str  # "dz", "yt" or "dzyt"
    auth: str
    units_dz: tuple[str, ...]
    units_yt: tuple[str, ...]
    courses: tuple[str, ...]
    papers: tuple[tuple[str, str], ...]  # (Chinese title, English title)
    patents: tuple[str, ...]
    projects: tuple[str, ...]
    books: tuple[str, ...]
    journals: tuple[str, ...]
    major: str
    society: str


PROFS: tuple[Prof, ...] = (
    Prof(
        "solar",
        "太阳能光热工程技术人员",
        "dzyt",
        "energy",
        ("德州皇明太阳能集团有限公司", "山东力诺瑞特新能源有限公司", "德州市太阳能行业协会"),
        ("烟台清洁能源研究院", "山东蓝海新能源科技有限公司"),
        ("太阳能光热建筑一体化技术", "平板集热器热性能检测与评价", "太阳能中高温集热系统设计"),
        (
            (
                "真空管集热器在寒冷地区的冬季热性能实测分析",
                "Field measurement of winter thermal performance of evacuated tube collectors in cold regions",
            ),
            (
                "槽式太阳能集热场跟踪误差对集热效率的影响",
                "Influence of tracking error on the efficiency of a parabolic trough solar collector field",
            ),
        ),
        ("一种防冻型平板太阳能集热器", "一种太阳能热水系统的智能控温装置", "一种可拆卸式真空管联箱"),
        ("太阳能与空气源热泵耦合供暖系统示范", "光热建筑一体化围护结构节能研究"),
        ("太阳能热利用工程设计与施工", "建筑太阳能热水系统运行维护手册"),
        ("工程热物理学报", "中国电机工程学报", "农业工程学报"),
        "热能工程",
        "德州市太阳能学会",
    ),
    Prof(
        "dye",
        "纺织印染工程技术人员",
        "dz",
        "industry",
        ("德州华源生态科技有限公司", "山东德棉集团有限公司", "夏津县恒泰纺织有限公司"),
        (),
        ("活性染料低盐染色工艺", "印染废水深度处理与回用", "功能性纺织品后整理技术"),
        (
            (
                "棉织物活性染料无盐轧染工艺优化",
                "Optimization of salt-free pad dyeing of cotton fabric with reactive dyes",
            ),
            (
                "基于色差模型的印染配色误差分析",
                "Analysis of color matching error in dyeing based on a color difference model",
            ),
        ),
        ("一种筒子纱染色机的循环泵", "一种印染废水余热回收装置"),
        ("棉针织物低温漂白关键技术研究", "印染企业清洁生产技术集成"),
        ("纺织品染整工艺学实训教程", "活性染料染色疑难问题解析"),
        ("纺织学报", "化工学报"),
        "纺织工程",
        "德州市纺织工程学会",
    ),
    Prof(
        "seed",
        "小麦玉米良种繁育技术人员",
        "dzyt",
        "agri",
        ("德州市农业科学研究院", "山东登海种业德州分公司", "禹城市种子公司"),
        ("烟台市农业科学研究院", "莱州市登海种业有限公司"),
        ("小麦良种繁育与种子质量控制", "玉米杂交制种关键技术", "主要农作物品种审定与DUS测试"),
        (
            (
                "黄淮海冬小麦新品种籽粒灌浆特性比较",
                "Comparison of grain filling characteristics of new winter wheat cultivars in Huang-Huai-Hai",
            ),
            (
                "密植条件下夏玉米杂交种产量构成分析",
                "Yield components of summer maize hybrids under dense planting",
            ),
        ),
        ("一种小麦育种用单穗脱粒机", "一种玉米制种田去雄装置"),
        ("鲁西北节水高产小麦新品种选育", "耐密抗倒玉米新品种示范推广"),
        ("小麦良种繁育技术规程解读", "玉米杂交种子生产技术"),
        ("麦类作物学报", "玉米科学", "作物学报"),
        "作物遗传育种",
        "山东省作物学会",
    ),
    Prof(
        "chicken",
        "德州扒鸡食品安全检验人员",
        "dz",
        "food",
        ("山东德州扒鸡股份有限公司", "德州市食品药品检验检测中心", "德州市德城区食品药品监督管理局"),
        (),
        ("熟肉制品生产许可审查细则", "食品中亚硝酸盐快速检测技术", "酱卤肉制品HACCP体系建立"),
        (
            (
                "德州扒鸡加工过程中亚硝酸盐含量变化规律",
                "Changes of nitrite content during the processing of Dezhou braised chicken",
            ),
            (
                "真空包装扒鸡贮藏期菌落总数预测模型",
                "A prediction model of total bacterial count in vacuum-packed braised chicken during storage",
            ),
        ),
        ("一种扒鸡卤制用恒温卤锅", "一种熟肉制品快速冷却装置"),
        ("传统酱卤肉制品品质提升关键技术", "扒鸡生产过程微生物风险评估"),
        ("酱卤肉制品加工与质量安全", "德州扒鸡传统制作技艺"),
        ("食品科学", "中国食品学报"),
        "食品科学与工程",
        "德州市食品科学技术学会",
    ),
    Prof(
        "sugar",
        "功能糖生物化工技术人员",
        "dz",
        "industry",
        ("山东龙力生物科技股份有限公司", "禹城市福田药业有限公司", "山东百龙创园生物科技股份有限公司"),
        (),
        ("低聚木糖酶法制备技术", "功能糖产品质量标准与检测", "玉米芯综合利用生物炼制"),
        (
            (
                "玉米芯低聚木糖酶解工艺条件优化",
                "Optimization of enzymatic hydrolysis for xylo-oligosaccharides from corncob",
            ),
            (
                "抗性糊精的制备及其理化性质研究",
                "Preparation and physicochemical properties of resistant dextrin",
            ),
        ),
        ("一种低聚果糖连续色谱分离装置", "一种木糖母液脱色系统"),
        ("功能性低聚糖绿色制造技术", "禹城功能糖产业技术创新示范"),
        ("功能糖生产工艺与应用", "低聚糖的酶法制备"),
        ("食品与发酵工业", "生物工程学报"),
        "发酵工程",
        "禹城市功能糖产业协会",
    ),
    Prof(
        "furniture",
        "家具设计人员",
        "dz",
        "industry",
        ("宁津县华日家具有限公司", "宁津县家具行业协会", "德州市工业设计中心"),
        (),
        ("实木家具结构设计与榫卯工艺", "家具人机工程学", "定制家具数字化设计"),
        (
            (
                "宁津实木家具榫卯节点抗弯性能试验",
                "Bending performance test of mortise-tenon joints of Ningjin solid wood furniture",
            ),
            ("板式家具表面涂饰缺陷的成因分析", "Causes of finishing defects on panel furniture surfaces"),
        ),
        ("椅子（榆木圈椅）", "茶几（新中式）", "一种可折叠书桌的连接件"),
        ("宁津传统家具工艺数字化保护", "环保型水性涂料在实木家具中的应用"),
        ("实木家具设计与制作", "新中式家具设计图集"),
        ("林业科学",),
        "家具设计与工程",
        "宁津县家具行业协会",
    ),
    Prof(
        "jujube",
        "金丝小枣栽培技术人员",
        "dz",
        "agri",
        ("乐陵市林业局果树站", "乐陵市枣业协会", "乐陵市金丝小枣研究所"),
        (),
        ("金丝小枣提质增效栽培", "枣树病虫害绿色防控", "枣园水肥一体化技术"),
        (
            (
                "乐陵金丝小枣裂果发生规律及防控",
                "Occurrence of fruit cracking in Leling golden-silk jujube and its control",
            ),
            ("环剥对金丝小枣坐果率的影响", "Effect of girdling on fruit setting of golden-silk jujube"),
        ),
        ("一种枣树环剥刀", "一种鲜枣分级机"),
        ("金丝小枣优质高效栽培技术示范", "枣疯病综合防控技术研究"),
        ("金丝小枣栽培技术问答", "枣树病虫害识别与防治"),
        ("园艺学报", "果树学报"),
        "果树学",
        "德州市园艺学会",
    ),
    Prof(
        "ranch",
        "海洋牧场养殖工程技术人员",
        "yt",
        "ocean",
        (),
        (
            "烟台市海洋经济研究院",
            "山东东方海洋科技股份有限公司",
            "莱州明波水产有限公司",
            "长岛海洋牧场管理中心",
        ),
        ("海洋牧场人工鱼礁建设", "刺参健康养殖与病害防控", "海洋牧场智能化监测"),
        (
            (
                "人工鱼礁区刺参资源量变化及其影响因素",
                "Variation of sea cucumber stock in artificial reef areas and its influencing factors",
            ),
            (
                "夏季高温对池塘养殖刺参存活的影响",
                "Effect of summer high temperature on survival of pond-cultured sea cucumber",
            ),
        ),
        ("一种刺参育苗附着基", "一种海洋牧场水质在线监测浮标"),
        ("国家级海洋牧场示范区生态效应评估", "刺参耐高温新品种选育"),
        ("海洋牧场建设技术与管理", "刺参生态养殖技术"),
        ("水产学报", "海洋与湖沼", "渔业科学进展"),
        "水产养殖",
        "烟台市水产学会",
    ),
    Prof(
        "weld",
        "船舶焊接工程技术人员",
        "yt",
        "industry",
        (),
        ("中集来福士海洋工程有限公司", "烟台打捞局船舶修造厂", "蓬莱巨涛海洋工程重工有限公司"),
        ("船体结构焊接工艺评定", "海洋平台厚板焊接变形控制", "焊缝无损检测技术"),
        (
            (
                "海洋平台用高强钢厚板多层多道焊残余应力分析",
                "Residual stress of multi-pass welding of high-strength thick plate for offshore platforms",
            ),
            (
                "船用铝合金搅拌摩擦焊接头性能研究",
                "Properties of friction stir welded joints of marine aluminum alloy",
            ),
        ),
        ("一种船体分段焊接用定位工装", "一种管道全位置自动焊小车"),
        ("半潜式平台关键节点焊接技术研究", "船舶焊接机器人工艺开发"),
        ("船舶焊接工艺与质量控制", "海洋工程焊接技术"),
        ("焊接学报", "中国造船"),
        "材料加工工程",
        "烟台市焊接学会",
    ),
    Prof(
        "wind",
        "海上风电电气工程技术人员",
        "yt",
        "energy",
        (),
        ("国家电投山东半岛南海上风电公司", "国网烟台供电公司", "烟台东方电子信息产业股份有限公司"),
        ("海上风电场集电系统设计", "风电机组并网与电能质量", "海底电缆运维与故障定位"),
        (
            (
                "海上风电场集电线路拓扑的可靠性评估",
                "Reliability assessment of collector system topologies for offshore wind farms",
            ),
            (
                "考虑尾流效应的海上风电场功率预测",
                "Power forecasting of offshore wind farms considering wake effect",
            ),
        ),
        ("一种海上升压站用防腐接地装置", "一种风电机组变桨系统故障诊断装置"),
        ("海上风电柔性直流送出关键技术", "风电场储能协调控制研究"),
        ("海上风电场电气设计", "风力发电机组运行维护"),
        ("电力系统自动化", "电网技术", "电工技术学报"),
        "电气工程",
        "烟台市电机工程学会",
    ),
    Prof(
        "rehab",
        "康复治疗师",
        "dzyt",
        "health",
        ("德州市人民医院康复医学科", "德州市中医院", "齐河县人民医院"),
        ("烟台毓璜顶医院康复医学科", "烟台山医院", "滨州医学院烟台附属医院"),
        ("脑卒中后运动功能康复", "儿童脑瘫康复评定", "骨科术后康复治疗技术"),
        (
            (
                "镜像疗法对脑卒中偏瘫患者上肢功能的影响",
                "Effect of mirror therapy on upper limb function in stroke patients with hemiplegia",
            ),
            (
                "核心稳定训练在痉挛型脑瘫儿童中的应用",
                "Core stability training in children with spastic cerebral palsy",
            ),
        ),
        ("一种上肢康复训练器", "一种可调式平衡训练板"),
        ("社区脑卒中患者居家康复模式研究", "虚拟现实技术在康复训练中的应用"),
        ("康复治疗技术操作规范", "神经康复评定与治疗"),
        ("中国康复医学杂志", "中国康复理论与实践"),
        "康复医学与理疗学",
        "山东省康复医学会",
    ),
    Prof(
        "pharm",
        "社区药师",
        "dzyt",
        "health",
        ("德州市德城区新湖街道社区卫生服务中心", "德州市第二人民医院药学部"),
        ("烟台市芝罘区向阳街道社区卫生服务中心", "烟台市莱山区黄海路社区卫生服务中心"),
        ("社区合理用药与处方审核", "慢性病药物治疗管理", "药品不良反应监测与报告"),
        (
            (
                "社区老年高血压患者用药依从性干预效果",
                "Effect of intervention on medication adherence of elderly hypertensive patients in community",
            ),
            (
                "社区卫生服务中心处方点评结果分析",
                "Analysis of prescription review results in a community health service center",
            ),
        ),
        ("一种分装药盒", "一种社区药房用智能发药柜"),
        ("社区家庭药师服务模式探索", "基层医疗机构抗菌药物合理使用干预"),
        ("社区药学服务实务", "基层合理用药手册"),
        ("中国药学杂志", "药学学报"),
        "药学",
        "山东省药学会",
    ),
    Prof(
        "sped",
        "特殊教育教师",
        "dzyt",
        "edu",
        ("德州市特殊教育学校", "乐陵市特殊教育学校", "平原县特殊教育中心"),
        ("烟台市特殊教育学校", "莱州市特殊教育学校", "烟台市福山区特殊教育学校"),
        ("孤独症儿童融合教育策略", "培智学校生活语文教学", "特殊儿童康复与个别化教育计划"),
        (
            (
                "孤独症儿童社交注意的眼动研究",
                "An eye-tracking study of social attention in children with autism",
            ),
            (
                "听障学生汉字识别的认知加工特点",
                "Cognitive processing of Chinese character recognition in hearing-impaired students",
            ),
        ),
        ("一种特殊儿童感统训练用平衡台", "一种盲文点字教学板"),
        ("培智学校送教上门课程建设研究", "随班就读学生个别化支持体系研究"),
        ("特殊教育学校课程实施指南", "孤独症儿童融合教育个案集"),
        ("心理学报", "中国康复理论与实践"),
        "特殊教育学",
        "山东省特殊教育研究会",
    ),
    Prof(
        "archive",
        "档案管理人员",
        "dzyt",
        "archive",
        ("德州市档案馆", "德州学院档案馆", "禹城市档案局"),
        ("烟台市档案馆", "鲁东大学档案馆", "烟台市城市建设档案馆"),
        ("数字档案馆建设与管理", "电子文件归档与管理规范", "档案信息安全与保密"),
        (
            (
                "高校数字档案馆元数据方案的构建",
                "Construction of a metadata scheme for university digital archives",
            ),
            (
                "电子会计档案单套制归档的实践探索",
                "Practice of single-track archiving of electronic accounting records",
            ),
        ),
        ("一种档案密集架防潮装置", "一种档案袋封装机"),
        ("地方政府电子文件长期保存策略研究", "城建档案数字化质量控制"),
        ("数字档案管理实务", "档案工作规范汇编"),
        ("科研管理",),
        "档案学",
        "山东省档案学会",
    ),
    Prof(
        "survey",
        "测绘工程技术人员",
        "dzyt",
        "land",
        ("德州市勘察测绘研究院", "山东省第二地质矿产勘查院测绘所"),
        ("烟台市勘察测绘研究院", "山东省第三地质矿产勘查院"),
        ("不动产权籍调查技术", "无人机倾斜摄影测量", "CORS系统应用与维护"),
        (
            (
                "无人机倾斜摄影在农村房地一体确权中的精度分析",
                "Accuracy of UAV oblique photogrammetry in rural housing and land registration",
            ),
            ("基于CORS的地面沉降监测数据处理", "Data processing of land subsidence monitoring based on CORS"),
        ),
        ("一种测绘用全站仪对中支架", "一种无人机像控点标志"),
        ("城市三维实景模型构建技术", "基础测绘成果更新方法研究"),
        ("数字测图技术与应用", "不动产测绘实务"),
        ("测绘学报", "测绘科学"),
        "测绘工程",
        "山东省测绘学会",
    ),
    Prof(
        "bridge",
        "桥梁检测工程技术人员",
        "dzyt",
        "transport",
        ("德州市公路工程质量检测中心", "德州市交通规划设计院"),
        ("烟台市公路事业发展中心", "烟台市交通工程质量检测中心"),
        ("公路桥梁技术状况评定标准", "桥梁荷载试验与承载能力评定", "混凝土结构无损检测"),
        (
            (
                "基于动载试验的简支T梁桥承载能力评定",
                "Load capacity assessment of simply supported T-beam bridges based on dynamic load tests",
            ),
            (
                "沿海地区混凝土桥梁氯离子侵蚀检测分析",
                "Detection of chloride ion corrosion of concrete bridges in coastal areas",
            ),
        ),
        ("一种桥梁支座病害检测装置", "一种桥梁裂缝宽度测量仪"),
        ("在役桥梁快速检测评估技术研究", "跨海桥梁耐久性监测方法"),
        ("公路桥梁检测技术", "桥梁病害图集"),
        ("桥梁建设", "中国公路学报"),
        "桥梁与隧道工程",
        "山东省公路学会",
    ),
)


def prof(ctx: Ctx) -> Prof:
    return ctx.rng.choice([p for p in PROFS if ctx.city in p.cities])


def unit(ctx: Ctx, p: Prof) -> str:
    return ctx.rng.choice(p.units_dz if ctx.city == "dz" else p.units_yt)


UNIVERSITIES = {
    "dz": (
        "德州学院",
        "山东大学",
        "山东农业大学",
        "齐鲁工业大学",
        "山东建筑大学",
        "山东师范大学",
        "山东中医药大学",
    ),
    "yt": ("鲁东大学", "烟台大学", "中国海洋大学", "山东科技大学", "滨州医学院", "山东大学", "山东工商学院"),
}

# (publisher, ISBN registrant group "7-xxxx", city)
PUBLISHERS = (
    ("山东科学技术出版社", "5331", "济南"),
    ("中国农业出版社", "109", "北京"),
    ("中国纺织出版社", "5180", "北京"),
    ("化学工业出版社", "122", "北京"),
    ("人民卫生出版社", "117", "北京"),
    ("测绘出版社", "5030", "北京"),
    ("人民交通出版社", "114", "北京"),
    ("中国电力出版社", "5198", "北京"),
    ("海洋出版社", "5027", "北京"),
    ("中国轻工业出版社", "5184", "北京"),
    ("中国林业出版社", "5219", "北京"),
    ("中国海洋大学出版社", "5670", "青岛"),
    ("机械工业出版社", "111", "北京"),
    ("山东人民出版社", "209", "济南"),
    ("华东师范大学出版社", "5675", "上海"),
)
FOREIGN_AUTHORS = (
    ("〔美〕", "约翰·哈里森"),
    ("〔德〕", "克劳斯·施密特"),
    ("〔日〕", "山本健一"),
    ("〔英〕", "彼得·沃森"),
    ("〔澳〕", "马克·汤普森"),
    ("〔荷〕", "扬·德弗里斯"),
)


# ---- journals --------------------------------------------------------------------------------------
@functools.cache
def journal_rows() -> dict[str, tuple[str, str, list[str]]]:
    """name -> (issn, cn, levels) for CSCD core rows, levels from the two catalogues."""
    cn_levels: dict[str, set[str]] = {}
    with open(SHARED / "data" / "journals-cn.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            cn_levels[row["name"]] = set((row["levels"] or "").split(";"))
    out = {}
    with open(SHARED / "data" / "journals-cscd.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["database"] != "core":
                continue
            lv = cn_levels.get(row["name"], set())
            levels = ["cscd"] + [x for x in ("pku_core", "cssci") if x in lv]
            out[row["name"]] = (row["issn"], row["cn"], levels)
    return out


# ---- check digits -------------------------------------------------------------------------------
def zl_check(digits12: str) -> str:
    """Check digit of a 12-digit Chinese patent application number (weights 2..9,2..5, mod 11, 10 -> X)."""
    w = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    s = sum(int(d) * w[i] for i, d in enumerate(digits12)) % 11
    return "X" if s == 10 else str(s)


def issn_digit(digits7: str) -> str:
    s = sum(int(d) * (8 - i) for i, d in enumerate(digits7))
    c = (11 - s % 11) % 11
    return "X" if c == 10 else str(c)


def isbn_digit(digits12: str) -> str:
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits12))
    return str((10 - s % 10) % 10)
