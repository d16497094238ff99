"""Draw 39's own pools: people, workplaces and organisers of Kaifeng and Tai'an, topics per profession, date
styles, layout families, and the small drawing helpers (phone and browser frames) its builders share."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bench.blind.common import isbn13_check, issn_check, journals, patent_check
from bench.blind.page import Page, width_mm

DRAW = 39


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

    def pick(self, seq: Any) -> Any:
        return self.rng.choice(list(seq))


# ---- check digits (re-exported for the tests) --------------------------------------------------
def zl_check(d12: str) -> str:
    return patent_check(d12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


# ---- layout families ------------------------------------------------------------------------
FAMILIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "training_certificate": ("cert", ("portrait", "landscape", "appshot", "hourproof", "bilingual", "cmeform")),
    "sign_in_sheet": ("sign", ("grid", "halves", "blankhand", "ampm", "appshot", "lecture")),
    "training_notice": ("notice", ("redhead", "agenda", "invite", "webpage", "annotated", "timetable")),
    "journal_article": ("jour", ("first", "firsten", "cover", "toc", "dbpage", "bundle")),
    "book": ("book", ("cover", "cip", "board", "translated", "spread", "shop")),
    "patent_certificate": ("pat", ("invention", "utility", "design", "ecert", "twopage", "labels")),
    "award_certificate": ("award", ("gov", "namelist", "bureau", "society", "contest", "socsci")),
    "project_completion": ("proj", ("cert", "letter", "approval", "landscape", "twopage", "handfill")),
    "qualification_certificate": ("qual", ("diploma", "degree", "courses", "selfstudy", "computer", "chsi")),
    "other": ("misc", ("invoice", "signup", "payshot", "leave", "idcopy", "employ")),
}  # fmt: skip
VARIANTS: dict[str, list[str]] = {f"t{DRAW}.layout.{t}": list(v) for t, (_, v) in FAMILIES.items()}


def variant(ctx: Ctx, etype: str) -> tuple[str, str]:
    """(layout name, variant): the variants cycle with k from a per-seed offset."""
    fam, vs = FAMILIES[etype]
    v = vs[(ctx.k + ctx.offset) % len(vs)]
    ctx.used.append(f"t{DRAW}.layout.{etype}#{v}")
    return f"{fam}{DRAW}-{v}", v


# ---- dates ----------------------------------------------------------------------------------
CNUM = "〇一二三四五六七八九"


def _cn_small(n: int) -> str:
    if n < 10:
        return CNUM[n]
    if n < 20:
        return "十" + (CNUM[n % 10] if n % 10 else "")
    return CNUM[n // 10] + "十" + (CNUM[n % 10] if n % 10 else "")


def cn_year(y: int) -> str:
    return "".join(CNUM[int(c)] for c in str(y))


STYLES = ("cn", "cnpad", "hanzi", "dot", "dotshort", "slash", "iso", "slashpad")


def ds(d: dt.date, style: str) -> str:
    """A full date in one printed style."""
    y, m, dd = d.year, d.month, d.day
    return {
        "cn": f"{y}年{m}月{dd}日",
        "cnpad": f"{y}年{m:02d}月{dd:02d}日",
        "hanzi": f"{cn_year(y)}年{_cn_small(m)}月{_cn_small(dd)}日",
        "dot": f"{y}.{m:02d}.{dd:02d}",
        "dotshort": f"{y}.{m}.{dd}",
        "slash": f"{y}/{m}/{dd}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "slashpad": f"{y}/{m:02d}/{dd:02d}",
    }[style]


def ms(y: int, m: int, style: str) -> str:
    """A month-only date in one printed style."""
    return {
        "cn": f"{y}年{m}月",
        "cnpad": f"{y}年{m:02d}月",
        "hanzi": f"{cn_year(y)}年{_cn_small(m)}月",
        "dot": f"{y}.{m:02d}",
        "dotshort": f"{y}.{m}",
        "slash": f"{y}/{m}",
        "iso": f"{y}-{m:02d}",
        "slashpad": f"{y}/{m:02d}",
    }[style]


def rng_range(a: dt.date, b: dt.date, style: str, sep: str = "至") -> str:
    """A period; in the 年月日 styles the end drops a repeated year (and month)."""
    if style in ("cn", "cnpad") and a.year == b.year and a != b:
        pad = style == "cnpad"
        if a.month == b.month:
            tail = f"{b.day:02d}日" if pad else f"{b.day}日"
        else:
            tail = f"{b.month:02d}月{b.day:02d}日" if pad else f"{b.month}月{b.day}日"
        return ds(a, style) + sep + tail
    if a == b:
        return ds(a, style)
    return ds(a, style) + sep + ds(b, style)


def date_forms(iso: str) -> list[str]:
    """Every printed form of an ISO date (or YYYY-MM) this draw uses (for the self-check)."""
    if len(iso) == 7:
        y, m = int(iso[:4]), int(iso[5:])
        return [ms(y, m, s) for s in STYLES]
    d = dt.date.fromisoformat(iso)
    return [ds(d, s) for s in STYLES]


def end_forms(iso: str) -> list[str]:
    """Forms of a period end printed after its start (year, or year and month, dropped)."""
    d = dt.date.fromisoformat(iso)
    tails = [f"{d.month}月{d.day}日", f"{d.month:02d}月{d.day:02d}日"]
    tails += [f"{sep}{dd}日" for sep in ("至", "—", "-") for dd in (d.day, f"{d.day:02d}")]
    return date_forms(iso) + tails


def rdate(ctx: Ctx, y0: int = 2019, y1: int = 2024) -> dt.date:
    return dt.date(ctx.rng.randint(y0, y1), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))


def plus(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def hours_s(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else f"{h:g}"


# ---- people ---------------------------------------------------------------------------------
SURN_COMMON = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")  # noqa: E501
SURN_RARE = list("亓逯禚郗訾仝靳巩蔺栾隋展牛申尚宫阚芦楚鲍甄房芮嵇樊扈牟")
SURN_TWO = ["欧阳", "司马", "上官", "端木", "皇甫", "东方", "南宫", "公孙", "令狐", "呼延"]
G1 = list("娜敏磊军洋勇艳杰涛超霞刚华兰萍鹏宇辉晨斌亮婷凯琳雯瑶倩昊睿博铮岩峥琛璐瑾楠菁蕾珂")
G2 = ["建华", "志强", "秀英", "桂芳", "海燕", "晓光", "振宇", "文静", "俊杰", "雅琴", "梦瑶", "思远", "子轩",
      "宏图", "玉洁", "立群", "新民", "春燕", "学良", "晓丽", "国栋", "丽娟", "浩宇", "欣然", "家豪", "佳琪",
      "明哲", "若曦", "永军", "红霞", "德才", "金凤", "宝山", "雪梅", "书恒", "广利", "怀远", "兆峰", "庆芝",
      "一鸣", "嘉禾", "沐阳", "雨桐", "可馨", "延平", "守仁", "静怡", "泽林"]  # fmt: skip
ETHNIC = ["阿不都热合曼", "古丽米拉", "乌兰图雅", "央金卓玛", "白音仓", "塔娜", "那木汗"]


def pname(ctx: Ctx, used: set[str]) -> str:
    rng = ctx.rng
    for _ in range(80):
        r = rng.random()
        if r < 0.04:
            n = rng.choice(ETHNIC)
        elif r < 0.10:
            n = rng.choice(SURN_TWO) + rng.choice(G2 + G1)
        else:
            s = rng.choice(SURN_RARE) if rng.random() < 0.15 else rng.choice(SURN_COMMON)
            n = s + (rng.choice(G1) if rng.random() < 0.3 else rng.choice(G2))
        if n not in used:
            used.add(n)
            return n
    raise RuntimeError("no name")


def pnames(ctx: Ctx, n: int, used: set[str] | None = None) -> list[str]:
    used = set() if used is None else used
    return [pname(ctx, used) for _ in range(n)]


def phone(ctx: Ctx) -> str:
    return "1" + ctx.pick("3589") + "".join(str(ctx.rng.randint(0, 9)) for _ in range(9))


def serial(ctx: Ctx, n: int) -> str:
    return "".join(str(ctx.rng.randint(0, 9)) for _ in range(n))


# ---- places, professions, organisers ----------------------------------------------------------
CITIES = {
    "开封": ("河南", ["兰考县", "杞县", "通许县", "尉氏县", "祥符区", "鼓楼区", "龙亭区", "顺河回族区"], "豫"),
    "泰安": ("山东", ["新泰市", "肥城市", "宁阳县", "东平县", "泰山区", "岱岳区"], "鲁"),
}
ADDR = {"开封": ["开封市鼓楼区自由路", "开封市龙亭区北门大街", "开封市城乡一体化示范区郑开大道"],
        "泰安": ["泰安市泰山区东岳大街", "泰安市岱岳区长城路", "泰安市泰山区迎胜东路"]}  # fmt: skip

PROFS: dict[str, dict[str, Any]] = {
    "water": {
        "units": ["{c}市水利局", "{county}水利局", "{c}市水文水资源勘测中心", "{county}河道管理所",
                  "{c}市水利建筑勘测设计院", "{county}灌区管理服务中心"],
        "train": ["水旱灾害防御业务", "河湖长制与河湖管理", "水文监测新技术", "农村供水工程运行管护",
                  "小型水库安全运行管理", "水利工程质量与安全监督", "数字孪生流域建设"],
        "org": ["{p}省水利厅", "{p}省水利学会", "{c}市水利局", "黄河水利职业技术学院", "{p}省水文水资源测报中心"],
        "paper": ["引黄灌区地下水位动态变化特征分析", "基于改进SWAT模型的径流模拟研究", "黄河下游河道冲淤演变规律探讨",
                  "中小河流洪水预报误差校正方法", "平原水库渗流监测数据异常识别", "大汶河流域降水径流关系变化研究"],
        "patent": ["一种水文缆道自动测流装置", "一种渠道闸门防冻结构", "一种河道水位遥测浮子", "一种水库坝体渗压监测系统"],
        "project": ["引黄灌区节水改造效益评估", "大汶河流域生态流量保障研究", "平原河网水质监测体系优化"],
        "book": ["黄河下游水文测验技术", "农村供水工程运行管理实务", "中小河流治理工程设计指南"],
        "jkw": ["水", "泥沙", "湖泊", "地理"], "subj": ["水利工程", "水文学及水资源", "农业水土工程"],
        "pub": ["黄河水利出版社", "中国水利水电出版社"],
    },
    "radio": {
        "units": ["{c}市中心医院", "{c}市第二人民医院", "{county}人民医院", "{c}市肿瘤医院", "{county}中医院"],
        "train": ["医学影像诊断新进展", "CT低剂量扫描技术规范", "放射防护与辐射安全", "MRI检查技术规范化",
                  "胸部影像诊断", "介入放射学技术"],
        "org": ["{p}省医学会", "{p}省医师协会放射医师分会", "{c}市医学会", "{p}省放射影像质量控制中心", "{u}"],
        "paper": ["能谱CT在肺小结节鉴别诊断中的价值", "双低剂量CT血管成像的图像质量评价", "MRI扩散加权成像对早期脑梗死的诊断价值",
                  "乳腺X线摄影联合超声筛查的效果分析"],
        "patent": ["一种放射科患者体位固定装置", "一种CT检查用铅防护围裙", "一种便携式造影剂加温器"],
        "project": ["基层医院影像质控体系建设研究", "人工智能辅助肺结节检出的应用研究"],
        "book": ["基层放射诊断手册", "医学影像检查技术规范"],
        "jkw": ["放射", "影像", "中华"], "subj": ["影像医学与核医学", "医学影像学"],
        "pub": ["人民卫生出版社", "河南科学技术出版社"],
    },
    "lab": {
        "units": ["{c}市人民医院检验科", "{c}市妇幼保健院", "{county}疾病预防控制中心", "{c}市中心血站", "{county}人民医院"],
        "train": ["临床检验质量管理", "临床微生物检验技术", "实验室生物安全", "分子诊断技术规范化",
                  "血细胞形态学识别", "POCT管理与应用"],
        "org": ["{p}省临床检验中心", "{p}省医学会检验医学分会", "{c}市医学会", "{u}"],
        "paper": ["血清降钙素原在脓毒症早期诊断中的应用", "糖化血红蛋白检测的室内质控分析", "肺炎克雷伯菌耐药性监测结果分析"],
        "patent": ["一种检验科用试管分拣架", "一种采血管防溅开盖器", "一种微生物培养皿恒温转运箱"],
        "project": ["县域医共体检验结果互认研究", "基层医院血培养阳性率提升策略研究"],
        "book": ["临床检验操作规程", "检验科生物安全管理手册"],
        "jkw": ["检验", "医学", "临床"], "subj": ["临床检验诊断学", "医学检验技术"],
        "pub": ["人民卫生出版社", "山东科学技术出版社"],
    },
    "teacher": {
        "units": ["{c}市实验小学", "{county}第二实验小学", "{c}市{dist}第一小学", "{county}城关镇中心小学", "{c}市育才小学"],
        "train": ["小学语文统编教材教学", "义务教育新课程标准解读", "小学数学核心素养", "班主任专业能力提升",
                  "中小学教师信息技术应用能力提升工程2.0", "小学英语课堂教学"],
        "org": ["{c}市教育局", "{county}教师进修学校", "{p}省教育厅", "河南大学", "泰山学院", "{c}市教育科学研究所"],
        "paper": ["小学数学单元整体教学设计的实践探索", "统编教材背景下小学语文群文阅读教学", "双减背景下小学作业设计研究"],
        "patent": ["一种小学数学教学用几何演示教具", "一种多功能教学用磁性黑板"],
        "project": ["小学语文大单元教学实践研究", "农村小学课后服务质量提升研究", "小学科学探究式学习模式研究"],
        "book": ["小学语文阅读教学案例精选", "小学数学课堂教学设计"],
        "jkw": ["心理"], "subj": ["小学教育", "课程与教学论", "学科教学（语文）"],
        "pub": ["河南大学出版社", "山东教育出版社"],
    },
    "agri": {
        "units": ["{county}农业技术推广中心", "{c}市农业科学院", "{county}植保植检站", "{county}土壤肥料工作站", "{county}乡镇农业综合服务站"],
        "train": ["高素质农民培育师资", "小麦玉米绿色高产高效技术", "农作物病虫害绿色防控", "测土配方施肥技术",
                  "设施蔬菜标准化生产", "基层农技推广体系改革与建设"],
        "org": ["{p}省农业农村厅", "{c}市农业农村局", "{p}省农业技术推广总站", "河南农业大学", "山东农业大学"],
        "paper": ["黄淮海地区冬小麦节水栽培技术研究", "不同施氮水平对夏玉米产量的影响", "大蒜主要病害绿色防控技术集成"],
        "patent": ["一种小麦精量播种机开沟器", "一种大棚蔬菜滴灌施肥装置", "一种农田土壤取样器"],
        "project": ["花生连作障碍综合防控技术示范", "小麦赤霉病防控技术集成与推广"],
        "book": ["小麦绿色高产栽培技术", "农作物病虫害识别与防治图谱"],
        "jkw": ["农", "作物", "植物", "土壤"], "subj": ["作物栽培学与耕作学", "农业推广", "植物保护"],
        "pub": ["中国农业出版社", "中国农业科学技术出版社"],
    },
    "relic": {
        "units": ["{c}市博物馆", "{c}市文物保护研究中心", "{county}文物保护管理所", "岱庙博物馆", "开封市考古研究院"],
        "train": ["可移动文物预防性保护", "古建筑保护修缮技术", "馆藏金属文物保护修复", "田野考古发掘规范",
                  "石质文物保护", "文物数字化保护"],
        "org": ["{p}省文物局", "{p}省文物考古研究院", "国家文物局培训中心", "{p}省古建筑保护研究院"],
        "paper": ["开封地区出土宋代瓷器的保护修复", "岱庙碑刻风化病害调查与分析", "馆藏青铜器锈蚀产物分析"],
        "patent": ["一种石质文物表面清洗装置", "一种馆藏文物微环境调控展柜"],
        "project": ["泰山石刻风化机理与保护研究", "开封城墙遗址本体保护研究"],
        "book": ["馆藏文物预防性保护实务", "古建筑彩画保护技术"],
        "jkw": ["分析", "化学"], "subj": ["考古学", "文物与博物馆", "文物保护技术"],
        "pub": ["文物出版社", "科学出版社"],
    },
    "trans": {
        "units": ["{c}市外事办公室", "{c}市文化广电和旅游局", "泰山景区管理委员会", "{c}市对外友好协会"],
        "train": ["翻译技术与本地化", "涉外会议口译实务", "文旅外宣翻译", "国际传播能力建设"],
        "org": ["中国翻译协会", "{p}省翻译协会", "{p}省人民政府外事办公室", "河南大学外语学院"],
        "paper": ["文旅外宣文本英译策略研究", "机器翻译译后编辑质量评估"],
        "patent": ["一种便携式同声传译接收装置"],
        "project": ["黄河文化对外传播话语体系研究", "泰山文化典籍外译研究"],
        "book": ["旅游外宣翻译实务", "会议口译入门"],
        "jkw": ["心理", "地理"], "subj": ["英语笔译", "翻译学", "外国语言学及应用语言学"],
        "pub": ["外语教学与研究出版社", "中国对外翻译出版公司"],
    },
    "land": {
        "units": ["{c}市园林绿化中心", "{c}市规划设计研究院", "{county}住房和城乡建设局", "{c}市城市管理局", "泰山风景名胜区管理服务中心"],
        "train": ["城市园林绿化养护管理", "国土空间规划与风景园林", "海绵城市建设技术", "古树名木保护"],
        "org": ["{p}省住房和城乡建设厅", "{p}省风景园林学会", "{c}市城市管理局", "北京林业大学继续教育学院"],
        "paper": ["城市公园绿地降温效应研究", "泰山古树名木健康评价", "黄河故道生态廊道植物配置研究"],
        "patent": ["一种园林绿化带自动喷灌装置", "一种树木支撑防护架"],
        "project": ["城市绿地生态服务功能评价", "乡土植物在城市绿化中的应用研究"],
        "book": ["园林植物养护技术", "城市绿地规划设计"],
        "jkw": ["生态", "林"], "subj": ["风景园林学", "城乡规划学", "园林植物与观赏园艺"],
        "pub": ["中国建筑工业出版社", "中国林业出版社"],
    },
}  # fmt: skip
ISBN_PREFIX = {
    "黄河水利出版社": "5509", "中国水利水电出版社": "5226", "人民卫生出版社": "117", "河南科学技术出版社": "5725",
    "山东科学技术出版社": "5723", "河南大学出版社": "5649", "山东教育出版社": "5701", "中国农业出版社": "109",
    "中国农业科学技术出版社": "5116", "文物出版社": "5010", "科学出版社": "03", "外语教学与研究出版社": "5213",
    "中国对外翻译出版公司": "5001", "中国建筑工业出版社": "112", "中国林业出版社": "5219",
}  # fmt: skip
PUB_ADDR = {"黄河水利出版社": "郑州市顺河路49号", "人民卫生出版社": "北京市朝阳区潘家园南里19号",
            "中国农业出版社": "北京市朝阳区麦子店街18号楼", "文物出版社": "北京市东城区东直门内北小街2号楼"}  # fmt: skip
PLATFORMS = ["河南专技在线", "泰安市专业技术人员继续教育公共服务平台", "好医生继续医学教育平台", "山东省教师教育网",
             "华医网", "国家智慧教育公共服务平台", "中国农技推广APP"]  # fmt: skip


@dataclass
class Who:
    """One professional context: profession, city, county, unit, organiser."""

    prof: str
    city: str
    prov: str
    county: str
    unit: str
    short: str  # 豫 / 鲁

    def fill(self, s: str, unit: str | None = None) -> str:
        dist = CITIES[self.city][1][-1]
        return s.format(c=self.city, p=self.prov, county=self.city + "市" + self.county if self.county.endswith(("县", "区")) else self.county, dist=dist, u=unit or self.unit)  # noqa: E501


def who(ctx: Ctx, prof: str | None = None) -> Who:
    prof = prof or ctx.pick(PROFS)
    city = ctx.pick(CITIES)
    prov, counties, short = CITIES[city]
    county = ctx.pick(counties)
    w = Who(prof, city, prov, county, "", short)
    w.unit = w.fill(ctx.pick(PROFS[prof]["units"]))
    return w


def org(ctx: Ctx, w: Who) -> str:
    return w.fill(ctx.pick(PROFS[w.prof]["org"]))


def topic(ctx: Ctx, w: Who, key: str) -> str:
    return ctx.pick(PROFS[w.prof][key])


def journal_for(ctx: Ctx, w: Who) -> Any:
    js = journals()
    kws = PROFS[w.prof]["jkw"]
    fit = [j for j in js if any(k in j.name for k in kws)]
    return ctx.pick(fit or js)


# ---- frames -----------------------------------------------------------------------------------
def phone_page(ctx: Ctx, title: str, app: str | None = None) -> tuple[Page, float]:
    """A phone screenshot: status bar, an app title bar; returns the page and the y content starts at."""
    pg = Page(w=110, h=238)
    pg.rect(0, 0, pg.w, 8, 0, fill=(246, 246, 246))
    pg.text(5, 1.8, f"{ctx.rng.randint(7, 22)}:{ctx.rng.randint(0, 59):02d}", 8, ctx.body)
    pg.text(pg.w - 5, 1.8, f"5G  {ctx.rng.randint(21, 99)}%", 8, ctx.body, "r")
    pg.rect(0, 8, pg.w, 20, 0, fill=(250, 250, 250))
    pg.text(5, 10.8, "<", 12, ctx.body)
    pg.text(pg.w / 2, 10.8, title, 12, ctx.bold, "c")
    pg.text(pg.w - 5, 10.8, "···", 12, ctx.body, "r")
    pg.line(0, 20, pg.w, 20, 0.2, (200, 200, 200))
    if app:
        pg.text(pg.w / 2, pg.h - 9, app, 7.5, ctx.body, "c", (140, 140, 140))
    return pg, 25.0


def browser_page(ctx: Ctx, url: str, site: str) -> tuple[Page, float]:
    """A landscape web-page capture: tab strip, address bar and the site's banner."""
    pg = Page(w=297, h=210)
    pg.rect(0, 0, pg.w, 9, 0, fill=(222, 225, 230))
    pg.rect(4, 1.5, 70, 9, 0, fill=(255, 255, 255))
    pg.text(7, 3.2, site[:14], 8, ctx.body)
    pg.rect(0, 9, pg.w, 18, 0, fill=(248, 248, 250))
    pg.rect(20, 10.5, pg.w - 20, 16.5, 0.2, (180, 180, 180), (255, 255, 255))
    pg.text(24, 11.6, url, 8.5, ctx.body, "l", (60, 60, 60))
    pg.rect(0, 18, pg.w, 34, 0, fill=(22, 82, 150))
    pg.text(14, 21.5, site, 17, ctx.bold, "l", (255, 255, 255))
    return pg, 42.0


def fits(text: str, font: str, size: float, width: float) -> float:
    """The largest size <= `size` at which `text` fits in `width` mm."""
    while size > 7 and width_mm(text, font, size) > width:
        size -= 0.5
    return size
