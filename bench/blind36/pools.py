"""Draw 36's context, layout variants, date printing, people, workplaces, organisers and topics."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.blind.common import isbn13_check, issn_check, patent_check

D = 36
FAMILIES = {
    "training_certificate": ["grid", "prose", "online", "bilingual", "hoursproof", "trad", "stub", "month"],
    "sign_in_sheet": ["table", "inkonly", "twinland", "ampm", "twopage", "screen", "headgrid"],
    "training_notice": ["redhead", "invite", "agenda", "annotated", "screen", "reply", "term"],
    "journal_article": ["firstpage", "toc", "cover", "twocol", "spread", "cite"],
    "book": ["cover", "cip", "titlecip", "board", "translation", "textbook"],
    "patent_certificate": ["invention", "utility", "design", "register", "bilingual", "twopage"],
    "award_certificate": ["personal", "team", "contest", "govland", "society", "trad", "social"],
    "project_completion": ["cert", "letter", "form", "month", "land", "screen"],
    "qualification_certificate": ["diploma", "master", "courses", "selfexam", "computer", "doctor"],
    "other": ["signup", "receipt", "timetable", "meeting", "ticket", "errand"],
}
VARIANTS: dict[str, list[str]] = {f"t{D}.layout.{k}": v for k, v in FAMILIES.items()}


def zl_check(digits12: str) -> str:
    return patent_check(digits12)


def issn_digit(d7: str) -> str:
    return issn_check(d7)


def isbn_digit(d12: str) -> str:
    return isbn13_check(d12)


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

    def variant(self, etype: str) -> str:
        vs = FAMILIES[etype]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t{D}.layout.{etype}#{v}")
        return v

    def pick(self, seq):  # noqa: ANN001, ANN201
        return self.rng.choice(list(seq))

    def seed(self) -> int:
        return self.rng.randrange(1 << 30)


# ---- dates ------------------------------------------------------------------------------------
CNUM = "〇一二三四五六七八九"
STYLES = ("ymd", "pad", "dot", "dotpad", "cn", "cno", "iso", "ymds")


def _cn_small(n: int) -> str:
    if n < 10:
        return CNUM[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CNUM[tens]) + "十" + (CNUM[ones] if ones else "")


def cn_year(y: int, zero: str = "〇") -> str:
    return "".join(CNUM[int(c)] for c in str(y)).replace("〇", zero)


def fdate(d: dt.date, style: str) -> str:
    """A full date as printed."""
    y, m, dd = d.year, d.month, d.day
    return {
        "ymd": f"{y}年{m}月{dd}日",
        "pad": f"{y}年{m:02d}月{dd:02d}日",
        "dot": f"{y}.{m}.{dd}",
        "dotpad": f"{y}.{m:02d}.{dd:02d}",
        "cn": f"{cn_year(y)}年{_cn_small(m)}月{_cn_small(dd)}日",
        "cno": f"{cn_year(y, '○')}年{_cn_small(m)}月{_cn_small(dd)}日",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "ymds": f"{y} 年 {m} 月 {dd} 日",
        "us": f"{m}/{dd}/{y}",
    }[style]


def fmonth(y: int, m: int, style: str) -> str:
    if style in ("cn", "cno"):
        return f"{cn_year(y, '〇' if style == 'cn' else '○')}年{_cn_small(m)}月"
    if style in ("dot", "dotpad"):
        return f"{y}.{m}" if style == "dot" else f"{y}.{m:02d}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "pad":
        return f"{y}年{m:02d}月"
    return f"{y}年{m}月"


def all_forms(iso: str) -> list[str]:
    """Every way this package may print an ISO date or month (for the self-check)."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 2:
        return [fmonth(parts[0], parts[1], s) for s in STYLES]
    d = dt.date(*parts)
    return [fdate(d, s) for s in (*STYLES, "us")]


def day(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def later(d: dt.date, lo: int, hi: int, rng: random.Random) -> dt.date:
    return d + dt.timedelta(days=rng.randint(lo, hi))


# ---- people -----------------------------------------------------------------------------------
FAMILY = list(
    "王张李刘陈杨赵黄周吴孙徐胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
    "余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文"
    "栾鞠隋衣宫牟逄滕臧仇岳牛"
)
DOUBLE = ["欧阳", "端木", "闻人", "宇文", "尉迟", "淳于", "东郭", "申屠"]
GIVEN1 = list("峰淼蕾琛翔玮璐昊璇琪琰瑶楠桐岚珂栋铮彬婧頔晗曦钰颖蔚骁韬")
GIVEN2 = [
    "文博",
    "雨桐",
    "振宇",
    "婉清",
    "嘉懿",
    "浩宇",
    "思琪",
    "建军",
    "秀兰",
    "桂芝",
    "立伟",
    "海霞",
    "晓燕",
    "国栋",
    "春梅",
    "红霞",
    "卫国",
    "光明",
    "志强",
    "玉凤",
    "德顺",
    "金凤",
    "庆华",
    "丽君",
    "兆丰",
    "维民",
    "明远",
    "丛林",
    "书香",
    "晓岚",
    "景润",
    "乃文",
    "鹤年",
    "润泽",
    "若楠",
    "瑞雪",
    "新民",
    "连城",
    "守业",
    "长青",
    "宏图",
    "学勤",
    "爱华",
    "福生",
]
MINORITY = ["买买提·艾力", "努尔古丽", "扎西平措", "乌日娜", "格桑曲珍", "哈斯巴根", "阿力木江", "马海龙"]


def person(rng: random.Random, used: set[str]) -> str:
    while True:
        r = rng.random()
        if r < 0.04:
            n = rng.choice(MINORITY)
        elif r < 0.09:
            n = rng.choice(DOUBLE) + rng.choice(GIVEN1 + GIVEN2)
        elif r < 0.45:
            n = rng.choice(FAMILY) + rng.choice(GIVEN1)
        else:
            n = rng.choice(FAMILY) + rng.choice(GIVEN2)
        if n not in used:
            used.add(n)
            return n


def people(rng: random.Random, k: int) -> list[str]:
    used: set[str] = set()
    return [person(rng, used) for _ in range(k)]


# ---- places, trades, workplaces ------------------------------------------------------------------
CITIES = {
    "烟台": ("山东", ["芝罘区", "福山区", "莱山区", "牟平区", "蓬莱区", "龙口市", "莱阳市", "莱州市", "招远市",
                     "栖霞市", "海阳市"]),
    "开封": ("河南", ["鼓楼区", "龙亭区", "禹王台区", "祥符区", "杞县", "通许县", "尉氏县", "兰考县"]),
}  # fmt: skip

# trade -> (workplace patterns, topics, provincial society, city bureau, professional titles)
TRADES: dict[str, dict[str, list[str]]] = {
    "agrimach": {
        "units": ["{x}农业机械技术推广站", "{c}市农机安全监理所", "{x}农业机械化服务中心"],
        "topics": ["保护性耕作与智能农机装备应用", "玉米籽粒机收减损技术", "北斗导航自动驾驶农机作业规范",
                   "丘陵山区小型农机具选型与维护", "植保无人机安全作业技术"],
        "soc": ["{p}省农业机械学会", "{p}省农业工程学会"],
        "bureau": ["{c}市农业农村局"],
        "titles": ["农业机械工程师", "助理农艺师", "高级工程师"],
    },
    "seed": {
        "units": ["{x}种子管理站", "{c}市种子管理总站", "{x}农业技术推广中心"],
        "topics": ["农作物品种区域试验与DUS测试", "种子质量检验规程解读", "花生良种繁育技术",
                   "小麦新品种展示示范与推广", "种子市场监管执法实务"],
        "soc": ["{p}省种子协会", "{p}省作物学会"],
        "bureau": ["{c}市农业农村局", "{c}市市场监督管理局"],
        "titles": ["农艺师", "高级农艺师", "助理农艺师"],
    },
    "water": {
        "units": ["{c}市自来水有限公司", "{x}供水总公司", "{c}市城市供水服务中心"],
        "topics": ["城镇供水管网漏损控制", "饮用水水质检测与净水工艺", "二次供水设施卫生管理",
                   "农村供水工程运行维护", "供水调度信息化建设"],
        "soc": ["{p}省城镇供水排水协会", "{p}省水利学会"],
        "bureau": ["{c}市水务局", "{c}市城市管理局"],
        "titles": ["给排水工程师", "助理工程师", "高级工程师"],
    },
    "credit": {
        "units": ["{x}农村信用合作联社", "{c}农村商业银行股份有限公司", "{x}农信社营业部"],
        "topics": ["普惠金融与乡村振兴信贷支持", "农户小额信用贷款风险防控", "反洗钱法规与案例分析",
                   "农村金融消费者权益保护", "信贷资产质量分类管理"],
        "soc": ["{p}省农村金融学会", "{p}省金融学会"],
        "bureau": ["{c}市地方金融监督管理局"],
        "titles": ["经济师", "助理经济师", "高级经济师"],
    },
    "stats": {
        "units": ["{c}市统计局", "{x}统计局", "{c}市社情民意调查中心"],
        "topics": ["统计法治与防范统计造假", "经济普查数据质量控制", "统计调查方法与抽样设计",
                   "统计数据分析与可视化", "联网直报系统操作实务"],
        "soc": ["{p}省统计学会"],
        "bureau": ["{c}市统计局"],
        "titles": ["统计师", "助理统计师", "高级统计师"],
    },
    "tcm": {
        "units": ["{c}市中医医院", "{x}中医院", "{c}市中医药研究所"],
        "topics": ["经方临床应用与辨证思维", "针灸治疗颈肩腰腿痛", "中医治未病与体质辨识",
                   "中药饮片调剂与合理用药", "膏方制备与临床应用"],
        "soc": ["{p}省中医药学会", "{p}省针灸学会", "{p}省中西医结合学会"],
        "bureau": ["{c}市卫生健康委员会"],
        "titles": ["中医主治医师", "副主任中医师", "中药师"],
    },
    "rehab": {
        "units": ["{c}市康复医院", "{c}市人民医院康复医学科", "{x}残疾人康复中心"],
        "topics": ["脑卒中后运动功能康复评定", "儿童孤独症康复训练", "神经肌肉本体感觉促进技术",
                   "骨科术后康复与物理因子治疗", "吞咽障碍评估与治疗"],
        "soc": ["{p}省康复医学会", "{p}省残疾人康复协会"],
        "bureau": ["{c}市卫生健康委员会", "{c}市残疾人联合会"],
        "titles": ["康复治疗师", "主管治疗师", "副主任治疗师"],
    },
    "kinder": {
        "units": ["{c}市实验幼儿园", "{x}中心幼儿园", "{c}市机关幼儿园"],
        "topics": ["幼儿园游戏化课程设计", "3-6岁儿童学习与发展指南解读", "幼小衔接科学实施",
                   "幼儿园安全管理与应急处置", "学前儿童心理健康教育"],
        "soc": ["{p}省学前教育研究会", "{p}省教育学会"],
        "bureau": ["{c}市教育局"],
        "titles": ["幼儿园一级教师", "幼儿园二级教师", "幼儿园高级教师"],
    },
}  # fmt: skip
PUBLIC_TOPICS = ["习近平新时代中国特色社会主义思想专题", "数字经济与创新驱动发展", "专业技术人员职业道德与诚信建设",
                 "知识产权保护与运用", "乡村振兴战略实务", "心理健康与压力管理", "人工智能技术与应用前景"]  # fmt: skip
PLATFORMS = ["齐鲁专技继教网", "胶东专业技术人才学习平台", "中原继续教育在线", "汴梁专技学习网"]


@dataclass
class Who:
    """One professional and the setting of a proof: city, county, trade, workplace and organisers."""

    name: str
    city: str
    prov: str
    county: str
    trade: str
    unit: str
    title: str
    sex: str

    def society(self, rng: random.Random) -> str:
        return rng.choice(TRADES[self.trade]["soc"]).format(p=self.prov)

    def bureau(self, rng: random.Random) -> str:
        return rng.choice(TRADES[self.trade]["bureau"]).format(c=self.city)

    def topic(self, rng: random.Random) -> str:
        return rng.choice(TRADES[self.trade]["topics"])

    def school(self) -> str:
        return f"中共{self.city + '市' if self.county.endswith('区') else ''}{self.county}委党校"

    def organiser(self, rng: random.Random) -> str:
        r = rng.random()
        if r < 0.35:
            return self.society(rng)
        if r < 0.7:
            return self.bureau(rng)
        if r < 0.85:
            return self.school()
        return f"{self.city}市人力资源和社会保障局"


def who(
    rng: random.Random, name: str | None = None, trade: str | None = None, city: str | None = None
) -> Who:
    city = city or rng.choice(list(CITIES))
    prov, counties = CITIES[city]
    county = rng.choice(counties)
    trade = trade or rng.choice(list(TRADES))
    unit = rng.choice(TRADES[trade]["units"]).format(
        c=city, x=(city + "市" if county.endswith("区") else "") + county
    )
    return Who(
        name or person(rng, set()), city, prov, county, trade, unit,
        rng.choice(TRADES[trade]["titles"]), rng.choice("男女"),
    )  # fmt: skip
