"""Draw 60's wording pools (cities, bodies, professions, journals, publishers, names), its layout variants and
the context a builder gets."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# ---- layout variants: `<short>60-<variant>` ------------------------------------------------------------
VARIANTS: dict[str, list[str]] = {
    "t60.layout.training_certificate": ["jieye", "xueshi", "wangluo", "hengban", "ceye", "shengji"],
    "t60.layout.sign_in_sheet": ["biaoge", "shuanglan", "shouxie", "wuxia", "huiyi", "duori"],
    "t60.layout.training_notice": ["hongtou", "yaoqing", "richeng", "putong", "fujian"],
    "t60.layout.journal_article": ["shouye", "wenzhang", "mulu", "fengmian", "quantao", "yingwen"],
    "t60.layout.book": ["cover", "feiye", "banquan", "yizhu", "bianwei"],
    "t60.layout.patent_certificate": ["faming", "shiyong", "waiguan", "faming2", "geren"],
    "t60.layout.award_certificate": ["shizheng", "shengzheng", "xianzheng", "sheke", "jingsai", "bumen"],
    "t60.layout.project_completion": ["jieti", "zhengming", "yanshou", "jiaoke", "jianding"],
    "t60.layout.qualification_certificate": ["biye", "shuoshi", "boshi", "zikao", "yanjiusheng", "jisuanji"],
    "t60.layout.other": ["shouke", "daijiao", "pinshu", "jinxiu", "jiceng"],
}
SHORT = {
    "training_certificate": "cert", "sign_in_sheet": "sign", "training_notice": "notice",
    "journal_article": "jour", "book": "book", "patent_certificate": "pat", "award_certificate": "award",
    "project_completion": "proj", "qualification_certificate": "qual", "other": "other",
}  # fmt: skip


@dataclass
class Ctx:
    """What a builder gets: its random stream, fonts, draw and document number, and the variants it used."""

    rng: random.Random
    body: str
    bold: str
    hand: str
    pdf_text: bool
    draw: int
    k: int
    offset: int
    used: list[str] = field(default_factory=list)

    def variant(self, etype: str) -> str:
        """Layouts cycle with the document number (from a per-seed offset), so eight documents see them all."""
        vs = VARIANTS[f"t60.layout.{etype}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t60.layout.{etype}.{v}")
        return v

    def layout(self, etype: str, v: str) -> str:
        return f"{SHORT[etype]}60-{v}"

    def pick(self, name: str, options: list | tuple):  # noqa: ANN201
        i = self.rng.randrange(len(options))
        self.used.append(f"t60.{name}.{i}")
        return options[i]


# ---- check digits ---------------------------------------------------------------------------------------
def zl_check(twelve: str) -> str:
    """Check digit of a 12-digit CNIPA application number (weights 2..9, 2..5; mod 11; 10 -> X)."""
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    r = sum(int(c) * k for c, k in zip(twelve, w, strict=True)) % 11
    return "X" if r == 10 else str(r)


def issn_digit(seven: str) -> str:
    r = (11 - sum(int(c) * (8 - i) for i, c in enumerate(seven)) % 11) % 11
    return "X" if r == 10 else str(r)


def isbn_digit(twelve: str) -> str:
    return str((10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(twelve)) % 10) % 10)


# ---- cities ---------------------------------------------------------------------------------------------
CITIES = {
    "taian": {
        "policy": "taian-2022", "year": 2022, "city": "泰安市", "short": "泰", "prov": "山东省",
        "hrss": "泰安市人力资源和社会保障局", "gov": "泰安市人民政府",
        "counties": ["新泰市", "肥城市", "宁阳县", "东平县", "泰山区", "岱岳区"],
        "platform": ("泰安市专业技术人员继续教育平台", "sdta.yxlearning.com"),
        "road": ["东岳大街", "泰山大街", "灵山大街", "岱宗大街", "财源大街", "迎胜路"], "post": "271000",
        "doc": "泰人社字",
    },
    "yantai": {
        "policy": "yantai-2020", "year": 2020, "city": "烟台市", "short": "烟", "prov": "山东省",
        "hrss": "烟台市人力资源和社会保障局", "gov": "烟台市人民政府",
        "counties": ["龙口市", "莱阳市", "莱州市", "招远市", "栖霞市", "海阳市", "蓬莱区", "福山区", "牟平区",
                     "莱山区", "芝罘区"],
        "platform": ("鲁东大学继续教育网上学习平台", "sdld.yxlearning.com"),
        "road": ["南大街", "北马路", "港城东大街", "观海路", "红旗中路", "长江路"], "post": "264000",
        "doc": "烟人社字",
    },
}  # fmt: skip
TAIAN_YANTAI = ("taian", "yantai")

# ---- professions ----------------------------------------------------------------------------------------
# Each: the city bureau that runs it, workplaces (with {c} the county), trainings, papers, journals (keys of
# JOURNALS), patents (invention, utility model, design), projects, awards, books, degree majors, courses.
PROFS: list[dict] = [
    {
        "key": "apple", "cities": ("yantai", "taian"), "bureau": "农业农村局", "society": "园艺学会",
        "work": ["{c}果业发展服务中心", "{c}农业技术推广中心", "{c}苹果产业研究所"],
        "train": ["苹果矮砧集约栽培与省力化管理技术", "苹果园病虫害绿色防控技术", "老龄苹果园更新改造技术",
                  "苹果水肥一体化与土壤改良技术"],
        "paper": ["胶东半岛苹果园土壤酸化特征及改良效果", "矮砧苹果不同负载量对果实品质的影响",
                  "烟台苹果主产区腐烂病发生规律与防控", "生物有机肥替代化肥对红富士苹果产量的影响"],
        "journals": ["guoshu", "yuanyi", "nongke"],
        "inv": ["一种苹果腐烂病生防菌剂及其制备方法", "一种苹果砧木组培快繁方法"],
        "util": ["一种果园开沟施肥一体机", "一种苹果疏花疏果剪"], "design": ["苹果礼品包装箱", "果品分级筛"],
        "project": ["栖霞苹果老龄园更新改造关键技术集成与示范", "苹果园有机肥替代化肥技术推广"],
        "book": ["苹果矮砧集约栽培技术", "苹果病虫害绿色防控图谱"], "major": ("园艺", "农学"),
        "course": ["果树栽培学", "植物保护学"],
    },
    {
        "key": "seacuc", "cities": ("yantai",), "bureau": "海洋发展和渔业局", "society": "水产学会",
        "work": ["{c}海洋与渔业研究所", "{c}水产技术推广站", "烟台市海洋经济研究院"],
        "train": ["刺参池塘生态养殖与病害防控技术", "海参苗种繁育技术", "海洋牧场建设与增殖放流技术"],
        "paper": ["高温期刺参池塘底质改良与养殖效果", "刺参幼参不同饵料配比的生长比较",
                  "烟台近岸海洋牧场刺参增殖效果评估"],
        "journals": ["shuichan", "yuye", "haiyang"],
        "inv": ["一种刺参苗种中间培育方法", "一种海参腐皮综合征的检测方法"],
        "util": ["一种海参育苗用附着基", "一种池塘底质增氧装置"], "design": ["海参干品包装盒", "刺参附着网箱"],
        "project": ["刺参耐高温新品系选育与健康养殖示范", "海洋牧场刺参增殖技术研究"],
        "book": ["刺参健康养殖实用技术", "海参苗种繁育技术"], "major": ("水产养殖学", "农学"),
        "course": ["水产动物营养与饲料学", "海水养殖学"],
    },
    {
        "key": "wine", "cities": ("yantai",), "bureau": "葡萄与葡萄酒产业发展服务中心", "society": "食品科学技术学会",
        "work": ["{c}葡萄与葡萄酒研究所", "烟台张裕葡萄酿酒股份有限公司", "{c}酒庄联合会"],
        "train": ["酿酒葡萄标准化栽培技术", "干红葡萄酒酿造工艺与质量控制", "葡萄酒感官品评技术"],
        "paper": ["蓬莱产区赤霞珠葡萄酒酚类物质组成分析", "不同酵母对小芒森干白葡萄酒香气的影响"],
        "journals": ["shipin", "yuanyi"],
        "inv": ["一种低醇葡萄酒的酿造方法", "一种葡萄皮渣多酚的提取方法"],
        "util": ["一种葡萄酒发酵罐控温装置", "一种葡萄除梗破碎机"], "design": ["葡萄酒瓶", "醒酒器"],
        "project": ["蓬莱海岸葡萄酒产区风土特征研究", "酿酒葡萄抗寒栽培技术示范"],
        "book": ["葡萄酒酿造与品鉴", "酿酒葡萄栽培技术"], "major": ("葡萄与葡萄酒工程", "工学"),
        "course": ["食品微生物学", "发酵工程"],
    },
    {
        "key": "relic", "cities": ("taian",), "bureau": "文化和旅游局", "society": "文物保护技术协会",
        "work": ["泰山景区管理委员会文物保护中心", "泰安市博物馆", "{c}文物保护服务中心"],
        "train": ["泰山石刻文物保护与修复技术", "古建筑彩画保护技术", "馆藏文物预防性保护技术"],
        "paper": [], "journals": [],
        "inv": ["一种摩崖石刻表面生物病害清除方法"], "util": ["一种石刻拓片用固定架"], "design": ["文物展柜"],
        "project": ["泰山摩崖石刻风化机理与保护对策研究", "岱庙古建筑彩画病害调查"],
        "book": ["泰山石刻保护研究", "岱庙古建筑保护实录"], "major": ("文物保护技术", "历史学"),
        "course": ["中国古代史", "文物学概论"],
    },
    {
        "key": "gold", "cities": ("yantai",), "bureau": "应急管理局", "society": "金属学会",
        "work": ["山东招金集团有限公司", "{c}应急管理服务中心", "山东黄金矿业（莱州）有限公司"],
        "train": ["金属非金属地下矿山安全生产管理", "矿山井下通风与防尘技术", "尾矿库安全管理"],
        "paper": ["招远金矿深部开采岩爆倾向性评价", "地下金矿井下人员定位系统的应用"],
        "journals": ["caikuang", "anquan"],
        "inv": ["一种井下巷道顶板离层预警方法", "一种尾矿充填料浆的制备方法"],
        "util": ["一种矿用便携式气体检测装置", "一种竖井提升防坠装置"], "design": ["矿用安全帽"],
        "project": ["深井金矿岩爆监测预警技术研究", "地下矿山智能通风系统示范"],
        "book": ["金属矿山安全生产技术", "地下矿山通风与防尘"], "major": ("安全工程", "工学"),
        "course": ["安全系统工程", "矿山安全"],
    },
    {
        "key": "port", "cities": ("yantai",), "bureau": "交通运输局", "society": "物流与采购联合会",
        "work": ["山东港口烟台港集团有限公司", "{c}交通运输服务中心", "烟台港集装箱码头有限公司"],
        "train": ["港口智慧物流与多式联运", "集装箱码头作业安全管理", "危险货物港口作业管理"],
        "paper": ["烟台港集装箱海铁联运组织优化", "自动化码头岸桥作业调度模型"],
        "journals": ["jiaotong"],
        "inv": ["一种集装箱堆场翻箱优化方法"], "util": ["一种港口门机防风锚定装置"], "design": ["集装箱锁具"],
        "project": ["烟台港海铁联运信息平台建设研究", "港口危险货物智能监管技术"],
        "book": ["港口物流管理实务", "集装箱多式联运"], "major": ("物流工程", "工学"),
        "course": ["物流学概论", "运筹学"],
    },
    {
        "key": "weather", "cities": ("yantai", "taian"), "bureau": "气象局", "society": "气象学会",
        "work": ["{c}气象局", "烟台市海洋气象台", "{c}气象台"],
        "train": ["海洋气象预报与海雾监测技术", "强对流天气短时临近预报", "气象灾害风险预警服务"],
        "paper": ["黄渤海海雾生成的天气形势分型", "山东半岛冷流降雪过程的雷达特征",
                  "泰山站冰雹天气的环境条件分析"],
        "journals": ["qixiang", "yingqi"],
        "inv": ["一种海雾能见度短临预报方法"], "util": ["一种浮标式海洋气象观测装置"], "design": ["自动气象站机箱"],
        "project": ["渤海海峡海雾精细化预报技术研究", "泰山地区强对流天气预警指标研究"],
        "book": ["海洋气象预报技术", "山东天气预报手册"], "major": ("大气科学", "理学"),
        "course": ["天气学原理", "大气探测学"],
    },
    {
        "key": "nuclear", "cities": ("yantai",), "bureau": "发展和改革委员会", "society": "核学会",
        "work": ["山东核电有限公司", "海阳核电装备制造工业园区管理委员会", "{c}辐射环境监测站"],
        "train": ["核电厂设备预防性维修技术", "核电厂辐射防护与安全文化", "压水堆主设备在役检查"],
        "paper": ["AP1000核电机组主泵振动监测与分析", "核电厂检修期间集体剂量优化实践"],
        "journals": ["hedong", "yuanzi"],
        "inv": ["一种核电厂阀门在线泄漏检测方法"], "util": ["一种蒸汽发生器传热管检查工装"],
        "design": ["辐射剂量报警仪"],
        "project": ["海阳核电大修关键路径优化研究", "核电厂设备老化管理技术"],
        "book": ["核电厂维修技术", "压水堆核电厂辐射防护"], "major": ("核工程与核技术", "工学"),
        "course": ["核反应堆物理", "辐射防护"],
    },
    {
        "key": "pednurse", "cities": ("taian", "yantai"), "bureau": "卫生健康委员会", "society": "护理学会",
        "work": ["{c}人民医院", "{c}妇幼保健院", "泰安市中心医院", "烟台毓璜顶医院"],
        "train": ["儿科护理新进展与安全管理", "新生儿重症监护护理技术", "儿童静脉治疗护理规范"],
        "paper": ["早产儿袋鼠式护理对母乳喂养的影响", "儿童外周静脉留置针维护的质量改进",
                  "家庭参与式护理在新生儿病房的应用"],
        "journals": ["huli", "erke"],
        "inv": ["一种新生儿蓝光治疗防护方法"], "util": ["一种儿科输液固定护板", "一种婴儿鼻饲管固定贴"],
        "design": ["儿童雾化面罩"],
        "project": ["早产儿发育支持护理方案构建", "儿科护理不良事件预警研究"],
        "book": ["儿科护理学", "新生儿护理技术规范"], "major": ("护理学", "理学"),
        "course": ["儿科护理学（二）", "护理学基础"],
    },
    {
        "key": "rehab", "cities": ("taian", "yantai"), "bureau": "卫生健康委员会", "society": "康复医学会",
        "work": ["泰安市康复医院", "{c}中医医院", "烟台山医院"],
        "train": ["脑卒中早期康复技术", "儿童康复评定与训练", "运动损伤康复治疗"],
        "paper": ["镜像疗法对脑卒中偏瘫上肢功能的影响", "核心稳定训练在慢性腰痛康复中的应用"],
        "journals": ["kangfu", "kflilun"],
        "inv": ["一种手功能康复训练方法"], "util": ["一种下肢康复训练踏板", "一种可调式康复助行架"],
        "design": ["康复训练握力器"],
        "project": ["脑卒中社区康复模式研究", "老年髋部骨折术后康复路径"],
        "book": ["脑卒中康复治疗技术", "康复评定实用手册"], "major": ("康复治疗学", "理学"),
        "course": ["康复医学概论", "运动疗法"],
    },
    {
        "key": "survey", "cities": ("taian", "yantai"), "bureau": "自然资源和规划局", "society": "测绘学会",
        "work": ["{c}自然资源和规划局测绘中心", "泰安市勘察测绘院", "烟台市勘察设计研究院"],
        "train": ["不动产测绘与实景三维建设", "无人机倾斜摄影测量技术", "国土空间规划数据库建设"],
        "paper": ["基于无人机倾斜摄影的农村宅基地确权测量", "城市实景三维模型精度评价方法"],
        "journals": ["cehui", "cehuitong"],
        "inv": ["一种基于点云的建筑立面提取方法"], "util": ["一种全站仪对中支架"], "design": ["测量标志牌"],
        "project": ["泰安市实景三维城市建设技术研究", "海岸带地形测绘技术"],
        "book": ["不动产测绘实务", "无人机测绘技术"], "major": ("测绘工程", "工学"),
        "course": ["数字测图原理与方法", "大地测量学基础"],
    },
    {
        "key": "gas", "cities": ("taian", "yantai"), "bureau": "住房和城乡建设局", "society": "燃气协会",
        "work": ["泰安港华燃气有限公司", "烟台市燃气集团有限公司", "{c}城市管理服务中心"],
        "train": ["城镇燃气管网安全运行管理", "燃气管道泄漏检测与应急处置", "燃气用户安全检查"],
        "paper": ["城镇燃气中压管网泄漏风险评价", "老旧小区燃气管道改造技术路线"],
        "journals": ["tianran"],
        "inv": ["一种燃气管道泄漏定位方法"], "util": ["一种燃气表箱防盗锁", "一种管道带压开孔装置"],
        "design": ["燃气调压箱"],
        "project": ["城镇燃气管网智能巡检技术研究", "老旧燃气管网改造评估"],
        "book": ["城镇燃气安全技术", "燃气输配工程"], "major": ("油气储运工程", "工学"),
        "course": ["燃气输配", "工程流体力学"],
    },
    {
        "key": "chem", "cities": ("taian", "yantai"), "bureau": "教育局", "society": "教育学会",
        "work": ["{c}第一中学", "泰安第二中学", "烟台第一中学", "{c}实验中学"],
        "train": ["新课标下中学化学实验教学", "高中化学大单元教学设计", "化学学科核心素养评价"],
        "paper": [], "journals": [], "inv": [], "util": ["一种化学实验用气体收集装置"], "design": ["化学演示实验架"],
        "project": ["高中化学实验探究教学模式研究", "初中化学项目式学习实践"],
        "book": ["中学化学实验教学设计", "高中化学解题方法"], "major": ("化学", "理学"),
        "course": ["无机化学", "化学教学论"],
    },
    {
        "key": "kinder", "cities": ("taian", "yantai"), "bureau": "教育局", "society": "学前教育研究会",
        "work": ["{c}实验幼儿园", "{c}机关幼儿园", "泰安市实验幼儿园"],
        "train": ["幼儿园游戏化课程建设", "幼儿行为观察与评价", "幼小衔接科学实施"],
        "paper": [], "journals": [], "inv": [], "util": ["一种幼儿园户外攀爬游戏架"], "design": ["幼儿益智积木"],
        "project": ["幼儿园自主游戏支持策略研究", "乡村幼儿园课程资源开发"],
        "book": ["幼儿园游戏活动设计", "学前儿童观察与评价"], "major": ("学前教育", "教育学"),
        "course": ["学前教育学", "学前儿童心理学"],
    },
    {
        "key": "audit", "cities": ("taian", "yantai"), "bureau": "审计局", "society": "内部审计协会",
        "work": ["{c}审计局", "泰安市经济责任审计服务中心", "烟台市审计服务中心"],
        "train": ["大数据审计技术应用", "经济责任审计实务", "政府投资项目审计"],
        "paper": [], "journals": [], "inv": [], "util": [], "design": [],
        "project": ["县级财政资金大数据审计方法研究", "国有企业内部控制审计研究"],
        "book": ["大数据审计实务", "经济责任审计案例"], "major": ("审计学", "管理学"),
        "course": ["审计学原理", "财务管理学"],
    },
    {
        "key": "archive", "cities": ("taian", "yantai"), "bureau": "档案馆", "society": "档案学会",
        "work": ["{c}档案馆", "泰安市档案馆", "烟台市档案馆"],
        "train": ["电子档案管理与数字化", "档案安全与应急管理", "重大活动档案工作"],
        "paper": [], "journals": [], "inv": [], "util": ["一种档案密集架防潮装置"], "design": ["档案盒"],
        "project": ["县级综合档案馆数字档案馆建设研究", "民生档案跨馆利用服务研究"],
        "book": ["数字档案馆建设实务", "档案管理基础"], "major": ("档案学", "管理学"),
        "course": ["档案管理学", "文书学"],
    },
    {
        "key": "guide", "cities": ("taian", "yantai"), "bureau": "文化和旅游局", "society": "旅游协会",
        "work": ["泰山国际旅行社有限公司", "{c}旅游服务中心", "蓬莱阁旅游有限责任公司"],
        "train": ["导游讲解技能提升", "泰山文化与旅游讲解", "红色旅游讲解员培训"],
        "paper": [], "journals": [], "inv": [], "util": [], "design": ["旅游纪念品挂件"],
        "project": ["泰山研学旅行课程开发研究", "胶东红色文化旅游线路设计"],
        "book": ["泰山导游词精选", "胶东旅游文化读本"], "major": ("旅游管理", "管理学"),
        "course": ["导游业务", "旅游学概论"],
    },
]  # fmt: skip
PROF_BY_KEY = {p["key"]: p for p in PROFS}

# ---- journals: real rows of /tmp/shared/data/journals-cscd.csv (core) ----------------------------------
# vol22: the volume of 2022 (None: numbered by issue only); freq: issues a year; zg: the 主管 body as printed on
# the cover, with the level it implies (None: the cover leaves it out); pku: listed in journals-cn.csv.
JOURNALS: dict[str, dict] = {
    "guoshu": {"name": "果树学报", "en": "Journal of Fruit Science", "issn": "1009-9980", "cn": "41-1308/S",
               "vol22": 39, "freq": 12, "pku": True, "zg": ("中国农业科学院", "national"),
               "zb": "中国农业科学院郑州果树研究所", "city": "郑州"},
    "yuanyi": {"name": "园艺学报", "en": "Acta Horticulturae Sinica", "issn": "0513-353X", "cn": "11-1924/S",
               "vol22": 49, "freq": 12, "pku": True, "zg": ("中国科学技术协会", "national"),
               "zb": "中国园艺学会", "city": "北京"},
    "nongke": {"name": "中国农业科学", "en": "Scientia Agricultura Sinica", "issn": "0578-1752",
               "cn": "11-1328/S", "vol22": 55, "freq": 24, "pku": True,
               "zg": ("中华人民共和国农业农村部", "national"), "zb": "中国农业科学院", "city": "北京"},
    "shuichan": {"name": "水产学报", "en": "Journal of Fisheries of China", "issn": "1000-0615",
                 "cn": "31-1283/S", "vol22": 46, "freq": 12, "pku": True, "zg": ("中国科学技术协会", "national"),
                 "zb": "中国水产学会", "city": "上海"},
    "yuye": {"name": "渔业科学进展", "en": "Progress in Fishery Sciences", "issn": "2095-9869",
             "cn": "37-1466/S", "vol22": 43, "freq": 6, "pku": True,
             "zg": ("中华人民共和国农业农村部", "national"), "zb": "中国水产科学研究院黄海水产研究所",
             "city": "青岛"},
    "haiyang": {"name": "海洋与湖沼", "en": "Oceanologia et Limnologia Sinica", "issn": "0029-814X",
                "cn": "37-1149/P", "vol22": 53, "freq": 6, "pku": True, "zg": ("中国科学院", "national"),
                "zb": "中国海洋湖沼学会", "city": "青岛"},
    "shipin": {"name": "食品科学", "en": "Food Science", "issn": "1002-6630", "cn": "11-2206/TS",
               "vol22": 43, "freq": 24, "pku": True, "zg": None, "zb": "北京食品科学研究院", "city": "北京"},
    "caikuang": {"name": "采矿与安全工程学报", "en": "Journal of Mining & Safety Engineering",
                 "issn": "1673-3363", "cn": "32-1760/TD", "vol22": 39, "freq": 6, "pku": True,
                 "zg": ("中华人民共和国教育部", "national"), "zb": "中国矿业大学", "city": "徐州"},
    "anquan": {"name": "中国安全科学学报", "en": "China Safety Science Journal", "issn": "1003-3033",
               "cn": "11-2865/X", "vol22": 32, "freq": 12, "pku": True, "zg": ("中国科学技术协会", "national"),
               "zb": "中国职业安全健康协会", "city": "北京"},
    "jiaotong": {"name": "交通运输工程学报", "en": "Journal of Traffic and Transportation Engineering",
                 "issn": "1671-1637", "cn": "61-1369/U", "vol22": 22, "freq": 6, "pku": True,
                 "zg": ("中华人民共和国教育部", "national"), "zb": "长安大学", "city": "西安"},
    "qixiang": {"name": "气象", "en": "Meteorological Monthly", "issn": "1000-0526", "cn": "11-2282/P",
                "vol22": 48, "freq": 12, "pku": True, "zg": ("中国气象局", "national"), "zb": "国家气象中心",
                "city": "北京"},
    "yingqi": {"name": "应用气象学报", "en": "Journal of Applied Meteorological Science", "issn": "1001-7313",
               "cn": "11-2690/P", "vol22": 33, "freq": 6, "pku": True, "zg": ("中国气象局", "national"),
               "zb": "中国气象科学研究院", "city": "北京"},
    "hedong": {"name": "核动力工程", "en": "Nuclear Power Engineering", "issn": "0258-0926",
               "cn": "51-1158/TL", "vol22": 43, "freq": 6, "pku": True, "zg": None, "zb": "中国核动力研究设计院",
               "city": "成都"},
    "yuanzi": {"name": "原子能科学技术", "en": "Atomic Energy Science and Technology", "issn": "1000-6931",
               "cn": "11-2044/TL", "vol22": 56, "freq": 12, "pku": True, "zg": None, "zb": "中国原子能科学研究院",
               "city": "北京"},
    "huli": {"name": "中华护理杂志", "en": "Chinese Journal of Nursing", "issn": "0254-1769",
             "cn": "11-2234/R", "vol22": 57, "freq": 24, "pku": True, "zg": ("中国科学技术协会", "national"),
             "zb": "中华护理学会", "city": "北京"},
    "erke": {"name": "中国当代儿科杂志", "en": "Chinese Journal of Contemporary Pediatrics",
             "issn": "1008-8830", "cn": "43-1301/R", "vol22": 24, "freq": 12, "pku": True,
             "zg": ("中华人民共和国教育部", "national"), "zb": "中南大学", "city": "长沙"},
    "kangfu": {"name": "中国康复医学杂志", "en": "Chinese Journal of Rehabilitation Medicine",
               "issn": "1001-1242", "cn": "11-2540/R", "vol22": 37, "freq": 12, "pku": True,
               "zg": ("国家卫生健康委员会", "national"), "zb": "中国康复医学会", "city": "北京"},
    "kflilun": {"name": "中国康复理论与实践", "en": "Chinese Journal of Rehabilitation Theory and Practice",
                "issn": "1006-9771", "cn": "11-3759/R", "vol22": 28, "freq": 12, "pku": True, "zg": None,
                "zb": "中国康复研究中心", "city": "北京"},
    "cehui": {"name": "测绘学报", "en": "Acta Geodaetica et Cartographica Sinica", "issn": "1001-1595",
              "cn": "11-2089/P", "vol22": 51, "freq": 12, "pku": True, "zg": ("中国科学技术协会", "national"),
              "zb": "中国测绘学会", "city": "北京"},
    "cehuitong": {"name": "测绘通报", "en": "Bulletin of Surveying and Mapping", "issn": "0494-0911",
                  "cn": "11-2246/P", "vol22": None, "freq": 12, "pku": True,
                  "zg": ("中华人民共和国自然资源部", "national"), "zb": "测绘出版社", "city": "北京"},
    "tianran": {"name": "天然气工业", "en": "Natural Gas Industry", "issn": "1000-0976", "cn": "51-1179/TE",
                "vol22": 42, "freq": 12, "pku": True, "zg": None, "zb": "四川石油管理局", "city": "成都"},
}  # fmt: skip

# ---- publishers (real ISBN prefixes) ----------------------------------------------------------------------
PUBLISHERS: dict[str, list[tuple[str, str, str]]] = {
    # profession -> [(publisher, ISBN group-publisher prefix, city)]
    "apple": [("中国农业出版社", "978-7-109", "北京"), ("山东科学技术出版社", "978-7-5723", "济南")],
    "seacuc": [("中国农业出版社", "978-7-109", "北京"), ("海洋出版社", "978-7-5210", "北京")],
    "wine": [("中国轻工业出版社", "978-7-5184", "北京"), ("化学工业出版社", "978-7-122", "北京")],
    "relic": [("文物出版社", "978-7-5010", "北京"), ("山东人民出版社", "978-7-209", "济南")],
    "gold": [("应急管理出版社", "978-7-5020", "北京"), ("冶金工业出版社", "978-7-5024", "北京")],
    "port": [("人民交通出版社股份有限公司", "978-7-114", "北京")],
    "weather": [("气象出版社", "978-7-5029", "北京")],
    "nuclear": [("中国原子能出版社", "978-7-5221", "北京")],
    "pednurse": [("人民卫生出版社", "978-7-117", "北京"), ("山东科学技术出版社", "978-7-5723", "济南")],
    "rehab": [("人民卫生出版社", "978-7-117", "北京")],
    "survey": [("测绘出版社", "978-7-5030", "北京"), ("武汉大学出版社", "978-7-307", "武汉")],
    "gas": [("中国建筑工业出版社", "978-7-112", "北京")],
    "chem": [("山东教育出版社", "978-7-5701", "济南"), ("化学工业出版社", "978-7-122", "北京")],
    "kinder": [("山东教育出版社", "978-7-5701", "济南")],
    "audit": [("中国时代经济出版社", "978-7-5119", "北京")],
    "archive": [("中国档案出版社", "978-7-80166", "北京")],
    "guide": [("中国旅游出版社", "978-7-5032", "北京"), ("山东友谊出版社", "978-7-5516", "济南")],
}

# ---- names -----------------------------------------------------------------------------------------------
SURNAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
    "余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
GIVEN = list("建国华明丽静敏伟芳娜秀英军磊洋勇艳杰娟涛超霞平刚桂兰玉萍晨宇浩然思雨欣怡晓东海燕红梅志强永庆"
             "玲凯鹏飞婷颖立新春雷博文佳琪瑞雪振华岩松慧敬亮淑珍德福恒广成")  # fmt: skip
FOREIGN = ["约翰·史密斯", "玛丽·安德森", "彼得·马丁", "罗伯特·泰勒", "大卫·威尔逊", "安娜·科赫"]


def names(rng: random.Random, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        s = rng.choice(SURNAMES)
        g = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
        if s + g not in out and g[:1] != s:
            out.append(s + g)
    return out


def city(ctx: Ctx, prof: dict | None = None) -> dict:
    keys = prof["cities"] if prof else TAIAN_YANTAI
    return CITIES[keys[ctx.rng.randrange(len(keys))]]


def prof_for(ctx: Ctx, need: str | None = None) -> dict:
    pool = [p for p in PROFS if not need or p[need]]
    return pool[(ctx.k * 7 + ctx.offset + ctx.rng.randrange(3)) % len(pool)]


def workplace(ctx: Ctx, prof: dict, c: dict) -> str:
    w = ctx.rng.choice(prof["work"])
    if "{c}" in w:
        w = w.format(c=ctx.rng.choice([c["city"]] + c["counties"]))
    if c["city"] == "泰安市" and ("烟台" in w or "张裕" in w or "蓬莱" in w):
        w = f"{c['city']}{prof['bureau']}"
    if c["city"] == "烟台市" and "泰" in w:
        w = f"{c['city']}{prof['bureau']}"
    return w
