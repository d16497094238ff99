"""Draw 43's own pools: people, workplaces, organisers, topics, date styles and layout families, written afresh
for the continuing-education audit of Yantai and Dezhou (Jiaodong and Lubei professionals)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import cn_num, cn_year, isbn13_check, issn_check, patent_check

DRAW = 43


# ---- layout families ------------------------------------------------------------------------
FAMILIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "training_certificate": ("cert", ("classic", "landscape", "app", "hourtable", "bilingual", "fillin", "web")),
    "sign_in_sheet": ("sign", ("grid", "twosession", "twoblock", "lecture", "app", "twopage")),
    "training_notice": ("notice", ("redhead", "schedule", "invite", "wechat", "sidebyside", "annotated", "roster")),
    "journal_article": ("jour", ("firstpage", "bilingual", "toc", "cover", "classic", "bundle")),
    "book": ("book", ("cover", "cip", "translation", "titlecopy", "colophon", "reader")),
    "patent_certificate": ("pat", ("invention", "utility", "design", "ecert", "twopage", "fax")),
    "award_certificate": ("award", ("citygov", "countygov", "bureau", "society", "socsci", "roster", "company")),
    "project_completion": ("proj", ("members", "leader", "form", "landscape", "letter", "twopage")),
    "qualification_certificate": ("qual", ("diploma", "master", "courses", "selfstudy", "computer", "chsi",
                                           "doctor")),
    "other": ("misc", ("receipt", "signup", "leave", "report", "idcard", "employ", "payshot")),
}  # fmt: skip
VARIANTS: dict[str, list[str]] = {f"t{DRAW}.layout.{t}": list(v) for t, (_, v) in FAMILIES.items()}


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

    def variant(self, etype: str) -> str:
        return variant(self, etype)


def variant(ctx: Ctx, etype: str) -> str:
    """The layout variant for document k of a type: cycles through the family from a per-seed offset."""
    _, vs = FAMILIES[etype]
    v = vs[(ctx.k + ctx.offset) % len(vs)]
    ctx.used.append(f"t{DRAW}.layout.{etype}#{v}")
    return v


def layout(etype: str, v: str) -> str:
    return f"{FAMILIES[etype][0]}{DRAW}-{v}"


def pick(ctx: Ctx, name: str, seq: list[Any] | tuple[Any, ...]) -> Any:
    i = ctx.rng.randrange(len(seq))
    ctx.used.append(f"t{DRAW}.{name}#{i}")
    return seq[i]


# ---- check digits (re-exported for the tests) -------------------------------------------------
def zl_check(d12: str) -> str:
    return patent_check(d12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


# ---- dates ------------------------------------------------------------------------------------
DATE_STYLES = ("iso", "cn", "cnpad", "cnnum", "dot", "dotshort", "slash", "cnspace")
RANGE_SEPS = ("至", "—", "-", "～", " 至 ", "~")


def fd(d: dt.date, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cnpad":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "cnnum":
        return f"{cn_year(d.year)}年{cn_num(d.month)}月{cn_num(d.day)}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dotshort":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "cnspace":
        return f"{d.year} 年 {d.month} 月 {d.day} 日"
    raise ValueError(style)


def fm(y: int, m: int, style: str) -> str:
    if style == "cnnum":
        return f"{cn_year(y)}年{cn_num(m)}月"
    if style in ("dot", "iso", "slash"):
        return f"{y}.{m:02d}" if style == "dot" else f"{y}-{m:02d}" if style == "iso" else f"{y}/{m:02d}"
    if style == "dotshort":
        return f"{y}.{m}"
    if style == "cnpad":
        return f"{y}年{m:02d}月"
    return f"{y}年{m}月"


def fr(a: dt.date, b: dt.date, style: str, sep: str) -> str:
    """A printed period; the Chinese styles drop a repeated year and month from the end."""
    if style in ("cn", "cnpad") and a.year == b.year:
        p = style == "cnpad"
        if a.month == b.month:
            tail = f"{b.day:02d}日" if p else f"{b.day}日"
        else:
            tail = f"{b.month:02d}月{b.day:02d}日" if p else f"{b.month}月{b.day}日"
        return fd(a, style) + sep + tail
    return fd(a, style) + sep + fd(b, style)


def date_forms(iso: str) -> set[str]:
    if len(iso) == 7:
        y, m = int(iso[:4]), int(iso[5:])
        return {fm(y, m, s).replace(" ", "") for s in DATE_STYLES}
    d = dt.date.fromisoformat(iso)
    return {fd(d, s).replace(" ", "") for s in DATE_STYLES}


def range_forms(a: str, b: str) -> set[str]:
    da, db = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return {fr(da, db, s, sep).replace(" ", "") for s in DATE_STYLES for sep in RANGE_SEPS}


def rdate(rng: random.Random, y0: int = 2018, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def hours_s(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else f"{h:g}"


# ---- people -----------------------------------------------------------------------------------
SURNAMES = list(
    "王李张刘陈杨赵孙周吴徐马朱胡郭高林郑谢宋韩冯曹彭董袁于蒋蔡杜程苏吕丁任姜崔谭陆范石贾夏付方邹孟秦邱尹薛段雷侯史郝邵孔"
) + list("隋栾鞠逄宫修初曲衣盖矫慕柳臧战滕牟毕荆单柴仇乔")
COMPOUND = ["欧阳", "司徒", "上官", "端木", "东方", "诸葛", "皇甫", "令狐"]
GIVEN = list(
    "晓海波涛静怡慧敏俊峰晨曦子轩雨桐浩宇若琳嘉欣振国文博立志永刚红霞丽萍建华玉洁秀兰卫民晓燕春雷一鸣梦瑶思远婉清新民德海"
    "昊天雅琴佳琪铭泽金凤凤鸣胜利秋实玲"
)
FOUR = ["欧阳雪梅", "司徒振宇", "上官婉儿", "阿不都热依木", "热孜万古丽", "诺敏其其格", "斯日古楞", "端木晓晨"]


def person_name(rng: random.Random, used: set[str]) -> str:
    for _ in range(80):
        r = rng.random()
        if r < 0.05:
            n = rng.choice(FOUR)
        elif r < 0.1:
            n = rng.choice(COMPOUND) + rng.choice(GIVEN) * 1
        else:
            n = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))
        if n not in used:
            used.add(n)
            return n
    raise RuntimeError("names exhausted")


def people_names(rng: random.Random, k: int) -> list[str]:
    used: set[str] = set()
    return [person_name(rng, used) for _ in range(k)]


def phone(rng: random.Random) -> str:
    return rng.choice(("135", "138", "139", "152", "158", "177", "187")) + f"{rng.randrange(10**8):08d}"


def landline(rng: random.Random, city: str) -> str:
    return f"0{'535' if city == '烟台' else '534'}-{rng.randint(2000000, 8999999)}"


# ---- professions: workplaces, organisers, topics ---------------------------------------------
PROFILES: list[dict[str, Any]] = [
    {
        "key": "aqua", "job": "水产养殖工程师", "degree": ("水产养殖学", "农学"),
        "units": ["烟台市海洋经济研究院", "莱州市明波水产有限公司", "长岛综合试验区海洋牧场服务中心",
                  "山东省海洋资源与环境研究院", "蓬莱区水产技术推广站", "海阳市黄海水产有限公司"],
        "orgs": ["烟台市海洋发展和渔业局", "山东省水产学会", "鲁东大学继续教育学院", "烟台市水产技术推广站"],
        "topics": ["刺参池塘生态养殖技术", "海洋牧场建设与管理", "深远海智能网箱养殖", "水产苗种疫病防控",
                   "贝类工厂化育苗技术", "海水鱼类循环水养殖"],
        "papers": ["刺参池塘底质改良对养殖效果的影响", "烟台海域许氏平鲉人工鱼礁增殖效果评估",
                   "循环水系统中红鳍东方鲀的生长特性", "长岛海洋牧场大型藻类固碳能力分析"],
        "patents": ["一种刺参苗种附着基", "一种贝类筏式养殖浮球", "一种深水网箱投饵装置", "一种海藻采收机"],
        "books": ["刺参健康养殖实用技术", "海洋牧场工程设计", "胶东海水鱼类养殖"],
        "projects": ["黄渤海刺参耐高温品系选育", "海洋牧场生态效益监测体系研究"],
    },
    {
        "key": "pharm", "job": "主管药师", "degree": ("药学", "理学"),
        "units": ["烟台毓璜顶医院", "烟台山医院", "德州市人民医院", "德州市中医院", "烟台市福山区人民医院",
                  "滨州医学院烟台附属医院"],
        "orgs": ["山东省药学会", "烟台市药学会", "德州市人民医院", "山东省医院协会药事管理专业委员会"],
        "topics": ["抗菌药物临床合理应用", "静脉用药集中调配质量管理", "药物警戒与不良反应监测",
                   "临床药师处方审核能力提升", "特殊管理药品规范化管理", "儿童用药安全"],
        "papers": ["某三甲医院门诊处方前置审核效果分析", "德州地区质子泵抑制剂使用合理性评价",
                   "静脉用药调配中心差错原因分析与对策", "临床药师参与抗凝治疗管理的实践"],
        "patents": ["一种药品分装盒", "一种静脉配液用防护罩", "一种可计时的服药提醒药盒"],
        "books": ["医院药学服务实践", "临床常用药物配伍手册", "基层医院合理用药指南"],
        "projects": ["基于信息化的处方前置审核模式研究", "老年多重用药风险干预研究"],
    },
    {
        "key": "icu", "job": "重症监护护士", "degree": ("护理学", "医学"),
        "units": ["烟台毓璜顶医院重症医学科", "德州市人民医院ICU", "烟台市烟台山医院", "德州联合医院",
                  "青岛大学附属烟台毓璜顶医院", "禹城市人民医院"],
        "orgs": ["山东省护理学会", "德州市护理学会", "烟台市护理学会", "烟台毓璜顶医院护理部"],
        "topics": ["重症患者早期康复护理", "ECMO患者护理管理", "呼吸机相关性肺炎预防与控制",
                   "危重症患者营养支持护理", "中心静脉导管维护规范", "重症护理专科护士能力提升"],
        "papers": ["集束化护理预防ICU患者压力性损伤的效果", "ICU护士职业倦怠现状及影响因素",
                   "早期活动对机械通气患者谵妄的影响", "俯卧位通气护理流程的优化与应用"],
        "patents": ["一种重症监护用翻身垫", "一种气管插管固定装置", "一种便携式输液加温器"],
        "books": ["重症监护护理技术规范", "ICU护士临床实用手册", "危重症护理评估"],
        "projects": ["ICU患者早期活动方案的构建与应用", "重症护理质量敏感指标研究"],
    },
    {
        "key": "chn", "job": "小学语文教师", "degree": ("汉语言文学", "文学"),
        "units": ["烟台市芝罘区格迈纳尔小学", "德州市德城区第二实验小学", "烟台经济技术开发区实验小学",
                  "德州市实验小学", "龙口市东莱街道中心小学", "乐陵市实验小学"],
        "orgs": ["烟台市教育科学研究院", "德州市教师发展中心", "德州学院继续教育学院", "烟台市芝罘区教师进修学校"],
        "topics": ["小学语文整本书阅读教学", "统编教材习作单元教学策略", "小学语文大单元教学设计",
                   "古诗文诵读与传统文化教育", "新课标背景下的语文学习任务群"],
        "papers": ["统编教材背景下小学低段识字教学策略", "整本书阅读在小学高年级的实施路径",
                   "小学语文作业设计的分层实践"],
        "patents": ["一种小学语文教学用识字卡片展示架", "一种汉字书写练习板"],
        "books": ["小学语文大单元教学设计案例", "儿童阅读指导二十讲"],
        "projects": ["小学语文整本书阅读课程化实践研究", "双减背景下小学语文作业设计研究"],
    },
    {
        "key": "math", "job": "小学数学教师", "degree": ("数学与应用数学", "理学"),
        "units": ["烟台市莱山区实验小学", "德州市湖滨北路小学", "烟台市福山区实验小学", "禹城市实验小学",
                  "德州经济技术开发区宋官屯小学", "招远市金都小学"],
        "orgs": ["德州市教师发展中心", "烟台市教育科学研究院", "山东省教育厅", "鲁东大学继续教育学院"],
        "topics": ["小学数学核心素养与课堂教学", "小学数学跨学科主题学习", "数学思维可视化教学",
                   "小学数学单元整体教学", "义务教育数学课程标准解读"],
        "papers": ["小学数学量感培养的教学实践", "借助几何直观发展小学生推理能力",
                   "小学数学单元作业设计的实践探索"],
        "patents": ["一种小学数学教学用几何演示教具", "一种分数认识教学模型"],
        "books": ["小学数学思维训练课例", "图解小学数学概念教学"],
        "projects": ["小学数学单元整体教学的实践研究", "基于学习任务单的小学数学课堂研究"],
    },
    {
        "key": "port", "job": "港口机械工程师", "degree": ("机械设计制造及其自动化", "工学"),
        "units": ["山东港口烟台港集团有限公司", "烟台港股份有限公司芝罘湾港埠分公司", "龙口港集团有限公司",
                  "烟台港集装箱码头有限公司", "德州港务发展有限公司"],
        "orgs": ["烟台大学继续教育学院", "山东港口烟台港集团培训中心", "山东省机械工程学会", "烟台市交通运输局"],
        "topics": ["岸边集装箱起重机智能化改造", "门座起重机安全管理与检验", "港口机械状态监测与故障诊断",
                   "自动化码头装卸设备运维", "港口机械液压系统维护"],
        "papers": ["门座起重机变幅机构疲劳寿命分析", "岸桥起升系统振动监测方法研究",
                   "基于数字孪生的港口机械运维平台设计"],
        "patents": ["一种门座起重机抓斗防摇装置", "一种集装箱吊具导板", "一种港口皮带机托辊检测装置"],
        "books": ["港口起重机械维修技术", "集装箱码头设备管理"],
        "projects": ["港口门机远程智能控制技术研究", "散货码头装卸设备节能改造研究"],
    },
    {
        "key": "grid", "job": "电网工程师", "degree": ("电气工程及其自动化", "工学"),
        "units": ["国网烟台供电公司", "国网德州供电公司", "国网龙口市供电公司", "国网齐河县供电公司",
                  "国网莱阳市供电公司", "国网乐陵市供电公司"],
        "orgs": ["国网山东省电力公司技术技能培训中心", "国网烟台供电公司培训中心", "山东电机工程学会",
                 "山东大学继续教育学院"],
        "topics": ["配电网自动化运维", "新型电力系统与分布式光伏接入", "继电保护现场作业安全",
                   "变电站智能巡检技术", "电力营销数字化转型", "带电作业技术规范"],
        "papers": ["分布式光伏接入对配电网电压的影响分析", "基于无人机的输电线路巡检图像识别",
                   "配电自动化终端故障定位方法研究"],
        "patents": ["一种配电柜散热装置", "一种输电线路异物清除器", "一种变电站巡检机器人充电桩"],
        "books": ["配电网运维实用技术", "新型电力系统概论"],
        "projects": ["高比例分布式光伏配电网协调控制研究", "智能变电站二次设备状态评价研究"],
    },
    {
        "key": "plan", "job": "城乡规划师", "degree": ("城乡规划", "工学"),
        "units": ["烟台市规划设计研究院有限公司", "德州市自然资源和规划局", "德州市规划设计研究院",
                  "烟台市国土空间规划服务中心", "蓬莱区自然资源局"],
        "orgs": ["德州市自然资源和规划局", "山东省城市规划协会", "山东建筑大学继续教育学院", "烟台市自然资源和规划局"],
        "topics": ["国土空间总体规划编制技术", "城市更新与历史街区保护", "村庄规划编制实务",
                   "城市设计与风貌管控", "海岸带空间规划"],
        "papers": ["烟台滨海岸线空间管控策略研究", "德州老城区城市更新路径探索", "县域村庄布局规划方法"],
        "patents": ["一种规划测绘用便携式标尺", "一种城市规划模型展示台"],
        "books": ["国土空间规划实务", "城市更新案例解析"],
        "projects": ["德州市城区十五分钟生活圈规划研究", "烟台海岸带生态修复规划研究"],
    },
    {
        "key": "audit", "job": "审计师", "degree": ("审计学", "管理学"),
        "units": ["烟台市审计局", "德州市审计局", "莱州市审计局", "德州市德城区审计局", "烟台市芝罘区审计局"],
        "orgs": ["山东省审计厅", "烟台市审计局", "德州市审计局", "山东财经大学继续教育学院"],
        "topics": ["大数据审计方法与实务", "政府投资项目审计", "经济责任审计实务", "预算执行审计",
                   "自然资源资产离任审计"],
        "papers": ["大数据环境下财政审计的路径研究", "政府投资项目跟踪审计风险防控", "县级经济责任审计问题分析"],
        "patents": ["一种审计凭证整理装置", "一种财务票据装订机"],
        "books": ["政府审计实务", "大数据审计案例"],
        "projects": ["县级财政资金绩效审计评价研究", "自然资源资产审计指标体系研究"],
    },
]  # fmt: skip

ONLINE_BY = {"aqua": ["山东省专业技术人员继续教育公共服务平台", "中国水产科学研究院网络学院"],
             "pharm": ["华医网", "好医生继续医学教育平台"], "icu": ["华医网", "好医生继续医学教育平台"],
             "chn": ["国家中小学智慧教育平台", "山东省教师教育网"], "math": ["国家中小学智慧教育平台", "山东省教师教育网"],
             "port": ["山东省专业技术人员继续教育公共服务平台"], "grid": ["中国电力教育培训网", "国网学堂"],
             "plan": ["山东省专业技术人员继续教育公共服务平台"], "audit": ["审计署审计干部教育学院网络学院"]}  # fmt: skip
ONLINE = ["山东省专业技术人员继续教育公共服务平台", "华医网", "好医生继续医学教育平台", "国家中小学智慧教育平台",
          "中国电力教育培训网", "审计署审计干部教育学院网络学院"]  # fmt: skip
PUBLISHERS = ["人民卫生出版社", "中国农业出版社", "中国电力出版社", "人民交通出版社", "中国建筑工业出版社",
              "中国审计出版社", "山东教育出版社", "科学出版社", "化学工业出版社", "海洋出版社", "中国海洋大学出版社",
              "山东科学技术出版社"]  # fmt: skip
PUB_PREFIX = {"人民卫生出版社": "978-7-117", "中国农业出版社": "978-7-109", "中国电力出版社": "978-7-5198",
              "人民交通出版社": "978-7-114", "中国建筑工业出版社": "978-7-112", "中国审计出版社": "978-7-5130",
              "山东教育出版社": "978-7-5701", "科学出版社": "978-7-03", "化学工业出版社": "978-7-122",
              "海洋出版社": "978-7-5210", "中国海洋大学出版社": "978-7-5670", "山东科学技术出版社": "978-7-5723"}  # fmt: skip
ADDRESSES = {"烟台": ["烟台市莱山区观海路30号", "烟台市芝罘区南大街128号", "烟台市福山区福海路66号"],
             "德州": ["德州市德城区东风中路1166号", "德州市经济技术开发区大学东路566号", "德州市德城区天衢路88号"]}  # fmt: skip


def profile(ctx: Ctx) -> dict[str, Any]:
    return pick(ctx, "profile", PROFILES)


DEZHOU_WORDS = ("德州", "禹城", "乐陵", "齐河", "德城", "宋官屯", "湖滨")


def city_of(unit: str) -> str:
    return "德州" if any(w in unit for w in DEZHOU_WORDS) else "烟台"


def city(ctx: Ctx) -> str:
    return ctx.rng.choice(("烟台", "德州"))


def make_isbn(rng: random.Random, publisher: str) -> str:
    pre = PUB_PREFIX[publisher]
    body_len = 12 - len(pre.replace("-", ""))
    body = f"{rng.randrange(10 ** body_len):0{body_len}d}"
    digits = pre.replace("-", "") + body
    return f"{pre}-{body}-{isbn13_check(digits)}"


def make_zl(rng: random.Random, year: int, kind: str) -> str:
    code = {"invention": "1", "utility_model": "2", "design": "3"}[kind]
    d12 = f"{year}{code}{rng.randrange(10**7):07d}"
    return f"ZL{d12}.{zl_check(d12)}"
