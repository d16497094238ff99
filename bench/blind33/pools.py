"""Draw 33's context, layout variants, date printing and value pools (written for this draw)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.blind import common

VARIANTS: dict[str, list[str]] = {
    "t33.layout.tc": [
        "online",
        "transcript",
        "classic",
        "landscape",
        "ledger",
        "appscreen",
        "handfill",
        "bilingual",
    ],
    "t33.layout.sign": ["table", "meetexport", "grid", "twosession", "longlist", "scanlog"],
    "t33.layout.notice": ["redhead", "chatforward", "invitation", "schedule", "email", "webpage"],
    "t33.layout.jour": ["firstpage", "tocmiddle", "cover", "enfirst", "masthead", "dbprint", "spread"],
    "t33.layout.book": ["cover", "cip", "titlecip", "translation", "volumes", "boxed", "series"],
    "t33.layout.pat": ["invention", "utility", "design", "ecert", "register", "gazette"],
    "t33.layout.award": ["govsci", "teamcomp", "bureau", "paper", "completers", "countycity", "honorbook"],
    "t33.layout.proj": ["office", "leaderonly", "approval", "namelist", "planning", "handform"],
    "t33.layout.qual": ["diploma", "degreeen", "postgrad", "selfstudy", "computer", "doctor"],
    "t33.layout.other": ["receipt", "leave", "notes", "employ", "minutes", "appoint"],
}


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

    def variant(self, family: str) -> str:
        vs = VARIANTS[f"t33.layout.{family}"]
        v = vs[(self.k + self.offset) % len(vs)]
        self.used.append(f"t33.layout.{family}#{v}")
        return v

    def layout(self, family: str, v: str) -> str:
        return f"{family}33-{v}"

    def pick(self, key: str, options: list) -> object:
        i = self.rng.randrange(len(options))
        self.used.append(f"t33.{key}#{i}")
        return options[i]


def zl_check(digits12: str) -> str:
    return common.patent_check(digits12)


def issn_digit(d7: str) -> str:
    return common.issn_check(d7)


def isbn_digit(d12: str) -> str:
    return common.isbn13_check(d12)


# ---- dates -----------------------------------------------------------------------------------
HAN = "〇一二三四五六七八九"
STYLES = ["cjk", "cjkpad", "dot", "dash", "han", "slash", "spaced", "dotshort"]


def han_num(n: int) -> str:
    if n < 10:
        return HAN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HAN[t]) + "十" + (HAN[u] if u else "")


def han_year(y: int) -> str:
    return "".join(HAN[int(c)] for c in str(y))


def day(d: dt.date, st: str) -> str:
    y, m, n = d.year, d.month, d.day
    return {
        "cjk": f"{y}年{m}月{n}日",
        "cjkpad": f"{y}年{m:02d}月{n:02d}日",
        "dot": f"{y}.{m:02d}.{n:02d}",
        "dash": f"{y}-{m:02d}-{n:02d}",
        "han": f"{han_year(y)}年{han_num(m)}月{han_num(n)}日",
        "slash": f"{y}/{m:02d}/{n:02d}",
        "spaced": f"{y} 年 {m} 月 {n} 日",
        "dotshort": f"{y}.{m}.{n}",
    }[st]


def month(y: int, m: int, st: str) -> str:
    return {
        "cjk": f"{y}年{m}月",
        "cjkpad": f"{y}年{m:02d}月",
        "dot": f"{y}.{m:02d}",
        "dash": f"{y}-{m:02d}",
        "han": f"{han_year(y)}年{han_num(m)}月",
        "slash": f"{y}/{m:02d}",
        "spaced": f"{y} 年 {m} 月",
        "dotshort": f"{y}.{m}",
    }[st]


def span(a: dt.date, b: dt.date, st: str, sep: str = "至") -> str:
    if st in ("cjk", "cjkpad") and a.year == b.year and sep in ("至", "—"):
        tail = day(b, st).split("年", 1)[1]
        if a.month == b.month and st == "cjk":
            tail = f"{b.day}日"
        return day(a, st) + sep + tail
    return day(a, st) + sep + day(b, st)


def iso(d: dt.date) -> str:
    return d.isoformat()


def ym(d: dt.date) -> str:
    return f"{d.year}-{d.month:02d}"


def some_day(rng: random.Random, y0: int = 2017, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def style(ctx: Ctx, allow: list[str] | None = None) -> str:
    return str(ctx.pick("date", allow or STYLES))


# ---- people ----------------------------------------------------------------------------------
FAMILY_NAMES = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文"
)
DOUBLE = ["欧阳", "司徒", "上官", "皇甫", "尉迟", "单于", "澹台", "宇文"]
GIVEN = list(
    "晓明志远海涛雪梅立群春燕国栋文静建平玉洁振宇红霞德林丽君永刚秀英子豪雨桐家乐思琪宏亮卫华淑敏俊杰嘉怡学文瑞祥海鸥书涵一鸣欣然佳琪"
    "浩宇启航锦程慧敏润泽秋实凌云若曦晨曦舒雅德才怀瑾"
)
MINORITY = ["阿依努尔", "古丽米拉", "巴图孟和", "卓玛央金", "吉日木图", "努尔艾力"]


def person_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        r = rng.random()
        if r < 0.03:
            n = rng.choice(MINORITY)
        elif r < 0.08:
            n = rng.choice(DOUBLE) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        else:
            n = rng.choice(FAMILY_NAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))
        if n not in taken:
            taken.add(n)
            return n


def people(rng: random.Random, k: int) -> list[str]:
    taken: set[str] = set()
    return [person_name(rng, taken) for _ in range(k)]


# ---- places, workplaces and organisations ----------------------------------------------------
CITIES = {
    "山东": ["烟台", "威海", "青岛", "潍坊", "济南", "日照"],
    "湖南": ["益阳", "常德", "岳阳", "长沙", "湘潭", "娄底"],
}
COUNTY_CITIES = {
    "烟台": ["龙口", "莱阳", "莱州", "招远", "栖霞", "海阳"],
    "益阳": ["沅江"],
    "常德": ["津市"],
    "岳阳": ["汨罗", "临湘"],
    "潍坊": ["寿光", "青州", "诸城"],
}
WORK = [
    "{c}港集团有限公司",
    "{c}市海洋经济研究院",
    "{c}市水产技术推广站",
    "{c}市第二人民医院",
    "{c}市中心医院",
    "{c}市中医院",
    "{c}市交通运输职业学校",
    "{c}船舶修造有限公司",
    "{c}市城乡规划设计院",
    "{c}市测绘院",
    "{c}市渔业技术服务中心",
    "{c}海事测绘中心",
    "{c}市药品检验所",
    "{c}市卫生职业技术学校",
    "{c}航务工程有限公司",
    "{c}市建筑勘察设计院有限公司",
]
FIELDS = {
    "port": ["港口工程", "航道整治", "船舶工程", "港口机械", "水运工程"],
    "fish": ["水产养殖", "渔业资源", "海水育苗", "水产品加工", "鱼病防治"],
    "nurse": ["临床护理", "重症护理", "护理管理", "社区护理"],
    "pharm": ["临床药学", "药品检验", "中药炮制", "医院药学"],
    "teach": ["职业教育", "专业教学", "实训教学", "课程建设"],
    "arch": ["建筑设计", "城乡规划", "工程测量", "地理信息"],
}
SOCIETIES = [
    "中国航海学会",
    "中国水产学会",
    "中华护理学会",
    "中国药学会",
    "中国测绘学会",
    "中国建筑学会",
    "中国职业技术教育学会",
    "中国水运建设行业协会",
]
PROV_SOCIETIES = [
    "{p}省航海学会",
    "{p}省水产学会",
    "{p}省护理学会",
    "{p}省药学会",
    "{p}省测绘地理信息学会",
    "{p}省土木建筑学会",
    "{p}省职业技术教育学会",
    "{p}省港口协会",
]
SCHOOLS = {
    "山东": [
        "鲁东大学继续教育学院",
        "烟台大学继续教育学院",
        "中国海洋大学继续教育学院",
        "山东交通学院继续教育学院",
        "滨州医学院继续教育学院",
    ],
    "湖南": [
        "湖南城市学院继续教育学院",
        "湖南大学继续教育学院",
        "湖南农业大学继续教育学院",
        "长沙理工大学继续教育学院",
        "益阳医学高等专科学校继续教育部",
    ],
}
UNIVS = {
    "山东": ["鲁东大学", "烟台大学", "中国海洋大学", "山东交通学院", "滨州医学院", "青岛理工大学"],
    "湖南": ["湖南城市学院", "湖南农业大学", "长沙理工大学", "湖南师范大学", "湘潭大学", "益阳职业技术学院"],
}
COMPANIES = [
    "{c}智汇远程教育科技有限公司",
    "{c}鸿学职业培训学校有限公司",
    "{c}启明继续教育咨询有限公司",
    "{c}博联人才发展服务有限公司",
    "{c}学海云课堂信息技术有限公司",
]
PLATFORMS = ["专技学堂", "继教云课堂", "学习通继教", "专技天下", "职学在线", "知行继教"]


def prov_city(rng: random.Random) -> tuple[str, str]:
    p = rng.choice(list(CITIES))
    return p, rng.choice(CITIES[p])


def workplace(rng: random.Random, city: str) -> str:
    return rng.choice(WORK).format(c=city)


def field_of(rng: random.Random) -> tuple[str, str]:
    f = rng.choice(list(FIELDS))
    return f, rng.choice(FIELDS[f])


def trainer(rng: random.Random, prov: str, city: str) -> str:
    r = rng.random()
    if r < 0.25:
        return rng.choice(PROV_SOCIETIES).format(p=prov)
    if r < 0.45:
        return rng.choice(SCHOOLS[prov])
    if r < 0.65:
        return rng.choice(COMPANIES).format(c=city)
    if r < 0.8:
        return rng.choice(SOCIETIES)
    return f"{city}市人力资源和社会保障局"


TOPICS = {
    "port": [
        "港口智慧化码头建设与运营",
        "航道疏浚工程质量控制",
        "港口装卸机械安全检测",
        "船舶防污染技术与管理",
        "水运工程BIM技术应用",
    ],
    "fish": [
        "海水鱼类工厂化养殖技术",
        "刺参健康养殖与病害防控",
        "淡水鱼类生态养殖模式",
        "水产苗种繁育新技术",
        "渔业资源增殖放流评估",
    ],
    "nurse": [
        "急危重症护理能力提升",
        "护理质量安全管理",
        "老年护理与安宁疗护",
        "静脉治疗护理规范",
        "伤口造口失禁护理",
    ],
    "pharm": [
        "合理用药与处方审核",
        "药品质量标准与检验",
        "中药饮片鉴别与调剂",
        "抗菌药物临床应用管理",
        "药物警戒与不良反应监测",
    ],
    "teach": [
        "职业院校教师教学能力提升",
        "新形态活页式教材开发",
        "岗课赛证融通课程改革",
        "“双师型”教师实践能力",
        "职业教育信息化教学设计",
    ],
    "arch": [
        "国土空间规划编制技术",
        "绿色建筑设计与评价",
        "无人机倾斜摄影测量",
        "建筑工程消防设计审查",
        "不动产测绘与数据建库",
    ],
}
PUBLIC_TOPICS = [
    "数字经济与数字化转型",
    "专业技术人员职业道德与诚信建设",
    "人工智能技术应用与发展",
    "知识产权保护与运用",
    "乡村振兴战略解读",
    "绿色低碳发展与“双碳”目标",
    "网络安全与个人信息保护",
    "新时代科技创新体系建设",
]


def topic(rng: random.Random, fld: str) -> str:
    return rng.choice(TOPICS[fld])


def cert_no(rng: random.Random, head: str = "", n: int = 10) -> str:
    return head + "".join(str(rng.randrange(10)) for _ in range(n))
