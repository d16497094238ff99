"""Draw 40's own pools: context, layout families, people, workplaces, organisers, topics, date styles, check digits.

Everything here was written for this draw (Yiyang and Yantai audit); only the journal catalogue comes from
bench/blind/common.py (real rows from ../shared/data)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.blind.common import journals as _catalogue
from bench.blind.page import Page

DRAW = 40


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

    def pick(self, name: str, items: list) -> object:
        i = self.rng.randrange(len(items))
        self.used.append(f"t{DRAW}.{name}#{i}")
        return items[i]


# ---- layout families ---------------------------------------------------------------------------
FAMILIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "training_certificate": ("cert", ("framed", "landscape", "platform", "hrtable", "bilingual", "booklet")),
    "sign_in_sheet": ("sign", ("classic", "halfday", "twincol", "appscreen", "twopage", "meeting")),
    "training_notice": ("notice", ("redhead", "invite", "schedule", "webpage", "withlist", "wechat")),
    "journal_article": ("jour", ("firstpage", "cover", "contents", "english", "bundle", "webrecord")),
    "book": ("book", ("cover", "copyright", "titlepair", "board", "translation", "spread")),
    "patent_certificate": ("pat", ("classic", "oldstyle", "ecert", "grid", "twopage", "desk")),
    "award_certificate": ("award", ("honour", "table", "contest", "social", "landscape", "folder")),
    "project_completion": ("proj", ("certificate", "letter", "table", "landscape", "system", "twopage")),
    "qualification_certificate": ("qual", ("diploma", "degree", "pgcourse", "selfstudy", "computer", "chsi")),
    "other": ("misc", ("receipt", "signup", "leave", "employ", "payment", "appraisal")),
}
VARIANTS: dict[str, list[str]] = {f"t{DRAW}.layout.{t}": list(v) for t, (_, v) in FAMILIES.items()}


def variant(ctx: Ctx, etype: str) -> tuple[str, str]:
    """(layout name, variant): cycles through the type's variants by document number."""
    fam, vs = FAMILIES[etype]
    v = vs[(ctx.k + ctx.offset) % len(vs)]
    ctx.used.append(f"t{DRAW}.layout.{etype}#{v}")
    return f"{fam}{DRAW}-{v}", v


# ---- check digits ------------------------------------------------------------------------------
def zl_check(d12: str) -> str:
    w = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    s = sum(int(a) * b for a, b in zip(d12, w, strict=True)) % 11
    return "X" if s == 10 else str(s)


def issn_digit(d7: str) -> str:
    s = sum(int(c) * (8 - i) for i, c in enumerate(d7))
    r = (11 - s % 11) % 11
    return "X" if r == 10 else str(r)


def isbn_digit(d12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


# ---- dates -------------------------------------------------------------------------------------
CN = "〇一二三四五六七八九"


def cn_small(n: int) -> str:
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def cn_year(y: int) -> str:
    return "".join(CN[int(c)] for c in str(y))


STYLES = ("iso", "cjk", "cjk0", "upper", "dot", "slash0", "dot0", "dash1")


def dfmt(d: dt.date, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "cjk":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cjk0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "upper":
        return f"{cn_year(d.year)}年{cn_small(d.month)}月{cn_small(d.day)}日"
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "slash0":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dot0":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash1":
        return f"{d.year}-{d.month}-{d.day}"
    raise ValueError(style)


def mfmt(y: int, m: int, style: str) -> str:
    if style == "upper":
        return f"{cn_year(y)}年{cn_small(m)}月"
    if style in ("dot", "dot0"):
        return f"{y}.{m:02d}" if style == "dot0" else f"{y}.{m}"
    if style in ("iso", "dash1"):
        return f"{y}-{m:02d}"
    if style == "slash0":
        return f"{y}/{m:02d}"
    if style == "cjk0":
        return f"{y}年{m:02d}月"
    return f"{y}年{m}月"


def rfmt(a: dt.date, b: dt.date, style: str, sep: str = "至") -> str:
    """A period as printed; the Chinese styles drop a repeated year (and month) at the end."""
    if style in ("cjk", "cjk0") and a.year == b.year:
        z = style == "cjk0"
        if a.month == b.month:
            tail = f"{b.day:02d}日" if z else f"{b.day}日"
        else:
            tail = f"{b.month:02d}月{b.day:02d}日" if z else f"{b.month}月{b.day}日"
        return dfmt(a, style) + sep + tail
    return dfmt(a, style) + sep + dfmt(b, style)


def date_forms(iso: str) -> list[str]:
    """Every way this draw prints a date or a month (for the self-check)."""
    if len(iso) == 7:
        y, m = int(iso[:4]), int(iso[5:7])
        return [mfmt(y, m, s) for s in STYLES]
    d = dt.date.fromisoformat(iso)
    return [dfmt(d, s) for s in STYLES]


def range_forms(a: str, b: str) -> list[str]:
    da, db = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return [rfmt(da, db, s, sep) for s in STYLES for sep in SEPS]


SEPS = ("至", "—", "-", "~", "－", "到")


def day(rng: random.Random, y0: int = 2018, y1: int = 2024) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def style(ctx: Ctx, allowed: tuple[str, ...] = STYLES) -> str:
    return ctx.pick("datestyle", list(allowed))  # type: ignore[return-value]


# ---- people ------------------------------------------------------------------------------------
SURN = list(
    "王张刘李孙于姜曲鞠衣隋宫初栾逄战谭曾彭贺龙文邓符匡聂伍卜皮汤罗夏胡周钟蒋黎廖喻熊刘杨赵陈郭宋吕慕曹"
) + ["欧阳", "司徒", "上官", "端木", "皇甫"]
GIV = list("蕴涵砚秋沛霖珂颖峤岚澍骁缙槐枫栎琪瑾睿渟邈宸舸桅澜渔涛航锚舟屿芷蘅苓艾椿荞漪岑珩璐昕皓昀")
GIV2 = list("志国建文晓海春立卫永德学红玉秀丽金明家子雨思若嘉一俊")
FOUR = ["欧阳紫岚", "司徒海澜", "上官若芷", "阿依努尔", "乌兰图雅", "端木俊航", "皇甫嘉澍", "巴音朝鲁"]


def person_name(rng: random.Random, taken: set[str]) -> str:
    for _ in range(80):
        r = rng.random()
        if r < 0.06:
            n = rng.choice(FOUR)
        else:
            s = rng.choice(SURN)
            if len(s) == 2:
                n = s + rng.choice(GIV) + (rng.choice(GIV) if rng.random() < 0.5 else "")
            elif rng.random() < 0.3:
                n = s + rng.choice(GIV)
            else:
                n = s + rng.choice(GIV2 + GIV) + rng.choice(GIV)
        if n not in taken:
            taken.add(n)
            return n
    raise RuntimeError("no fresh name")


def people(rng: random.Random, k: int) -> list[str]:
    t: set[str] = set()
    return [person_name(rng, t) for _ in range(k)]


# ---- places, workplaces, professions ----------------------------------------------------------
CITIES = {
    "益阳": ("湖南", ["赫山区", "资阳区", "沅江市", "桃江县", "安化县", "南县", "大通湖区"], "413000"),
    "烟台": ("山东", ["芝罘区", "莱山区", "福山区", "牟平区", "蓬莱区", "龙口市", "莱州市", "招远市", "栖霞市"],
             "264000"),
}  # fmt: skip
ROADS = ["康富路", "梓山路", "银城大道", "会龙路", "迎宾路", "南昌路", "港城东大街", "观海路", "青年南路", "长江路"]

# profession -> (workplaces by city, training topics, journal-ish article titles, project topics)
PROF: dict[str, dict[str, list[str]]] = {
    "mine": {
        "units": ["{c}市应急管理局矿山安全监察支队", "{d}金翔矿业有限公司", "{d}锑业有限责任公司安全环保部",
                  "{c}矿山救护大队"],
        "topics": ["非煤矿山安全生产标准化", "尾矿库风险辨识与监测预警", "金属矿山井下通风系统优化",
                   "矿山重大事故隐患判定标准解读", "地下矿山应急救援实务"],
        "papers": ["深部金属矿山采空区稳定性的数值分析", "基于微震监测的巷道冒顶预警方法",
                   "锑矿井下粉尘浓度分布规律研究", "尾矿坝浸润线动态监测系统设计"],
        "titles": ["高级工程师", "工程师", "注册安全工程师"],
    },
    "port": {
        "units": ["山东港口烟台港集团有限公司", "{c}港航事务中心", "{d}港务有限公司", "{c}市港航管理局"],
        "topics": ["港口危险货物安全管理", "集装箱码头自动化装卸工艺", "内河航道养护与通航安全",
                   "船舶防污染技术规范", "港口岸线资源规划与利用"],
        "papers": ["高桩码头桩基腐蚀检测与修复技术", "资江航道枯水期通航保障措施研究",
                   "自动化集装箱码头堆场调度优化", "港口门机远程操控系统的应用"],
        "titles": ["高级工程师", "工程师", "助理工程师"],
    },
    "fish": {
        "units": ["{c}市海洋经济研究院", "{d}水产技术推广站", "{c}市农业农村局渔业科", "{d}海洋牧场发展中心"],
        "topics": ["稻渔综合种养技术", "海参池塘生态养殖", "水产养殖用药减量行动", "大水面生态渔业",
                   "海洋牧场建设与管理"],
        "papers": ["洞庭湖区稻虾共作模式的效益分析", "刺参夏眠期水质调控技术",
                   "黄颡鱼池塘主养病害防控要点", "人工鱼礁区渔业资源增殖效果评估"],
        "titles": ["高级农艺师", "水产养殖工程师", "推广研究员"],
    },
    "tcm": {
        "units": ["{c}市中医医院", "{d}中医医院", "{c}市中西医结合医院", "{d}人民医院中医科"],
        "topics": ["经方临床应用", "中医适宜技术推广", "针灸治疗颈肩腰腿痛", "中医体质辨识与慢病管理",
                   "膏方临床规范"],
        "papers": ["温针灸联合推拿治疗膝骨关节炎临床观察", "益气活血法治疗慢性心力衰竭的疗效",
                   "中药穴位贴敷防治小儿反复呼吸道感染", "针刺配合耳穴压豆治疗失眠42例"],
        "titles": ["主任中医师", "副主任中医师", "主治中医师"],
    },
    "audit": {
        "units": ["{c}市审计局", "{d}审计局", "{c}市财政投资评审中心", "{c}正源会计师事务所有限公司"],
        "topics": ["政府投资项目审计", "大数据审计方法", "内部控制评价实务", "经济责任审计",
                   "政策落实跟踪审计"],
        "papers": ["大数据环境下县级财政预算执行审计路径", "国有企业内部审计质量控制研究",
                   "乡村振兴资金绩效审计评价指标构建", "政府投资项目全过程跟踪审计实践"],
        "titles": ["高级审计师", "审计师", "注册会计师"],
    },
    "plan": {
        "units": ["{c}市规划设计研究院", "{c}市自然资源和规划局", "{d}国土空间规划服务中心",
                  "{c}市城乡建设发展集团"],
        "topics": ["国土空间总体规划编制", "城市更新与历史街区保护", "村庄规划编制技术",
                   "城市体检评估", "海岸带综合保护利用规划"],
        "papers": ["滨海城市蓝绿空间格局优化研究", "县级国土空间规划中的城镇开发边界划定",
                   "老旧小区更新中的公共空间营造", "基于多源数据的城市体检指标体系"],
        "titles": ["高级工程师", "注册城乡规划师", "工程师"],
    },
    "museum": {
        "units": ["{c}市博物馆", "{d}文物保护中心", "{c}市文化和旅游局文物科", "{d}黑茶博物馆"],
        "topics": ["馆藏文物预防性保护", "博物馆陈列展览策划", "可移动文物数字化采集", "文物藏品定级",
                   "博物馆社会教育"],
        "papers": ["胶东地区出土青铜器的锈蚀与保护", "中小博物馆陈列改造的实践与思考",
                   "馆藏纸质文物微环境控制研究", "地方博物馆研学课程的设计"],
        "titles": ["副研究馆员", "馆员", "研究馆员"],
    },
    "social": {
        "units": ["{d}社会工作服务中心", "{c}市民政局", "{c}市社会福利院", "{d}春晖社会工作服务社"],
        "topics": ["社区社会工作实务", "儿童保护与个案管理", "老年社会工作", "社会救助经办服务",
                   "社工督导能力建设"],
        "papers": ["农村留守老人互助养老的社会工作介入", "困境儿童个案管理的本土实践",
                   "社区矫正中的社会工作服务模式", "社工站建设中的多元主体协同"],
        "titles": ["中级社会工作师", "高级社会工作师", "助理社会工作师"],
    },
    "elec": {
        "units": ["{d}艾立电子科技有限公司", "{c}市电子信息产业园技术中心", "{c}东润电子集团有限公司",
                  "{d}新元智能装备有限公司"],
        "topics": ["铝电解电容器可靠性设计", "嵌入式系统开发", "印制电路板电磁兼容设计",
                   "工业物联网网关技术", "功率半导体器件应用"],
        "papers": ["高压铝电解电容器寿命加速试验方法", "基于STM32的电力终端低功耗设计",
                   "多层印制板信号完整性仿真分析", "智能电表通信模块抗干扰设计"],
        "titles": ["高级工程师", "工程师", "正高级工程师"],
    },
}
PROF_KEYS = list(PROF)


def city(ctx: Ctx) -> str:
    return ctx.pick("city", list(CITIES))  # type: ignore[return-value]


def workplace(rng: random.Random, prof: str, c: str) -> str:
    d = rng.choice(CITIES[c][1])
    pat = rng.choice(PROF[prof]["units"])
    return pat.format(c=c, d=d if d.endswith("市") else f"{c}市{d}")


def address(rng: random.Random, c: str) -> str:
    prov, ds, _ = CITIES[c]
    return f"{prov}省{c}市{rng.choice(ds)}{rng.choice(ROADS)}{rng.randint(3, 688)}号"


def phone(rng: random.Random, c: str) -> str:
    area = "0737" if c == "益阳" else "0535"
    return f"{area}-{rng.randint(2000000, 8999999)}"


def mobile(rng: random.Random) -> str:
    return f"1{rng.choice('35789')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"


def masked_mobile(rng: random.Random) -> str:
    m = mobile(rng)
    return m[:3] + "****" + m[7:]


def id_masked(rng: random.Random, c: str) -> str:
    pre = "4309" if c == "益阳" else "3706"
    return f"{pre}{rng.randint(10, 99)}********{rng.randint(1000, 9999)}"


# organisers: (name, kind) per city
ORGS = {
    "益阳": [
        ("益阳市人力资源和社会保障局", "bureau"), ("湖南城市学院继续教育学院", "univ"),
        ("湖南省安全生产协会", "assoc"), ("湖南省中医药和中西医结合学会", "assoc"), ("益阳市审计学会", "assoc"),
        ("湖南省水产学会", "assoc"), ("益阳市社会工作联合会", "assoc"), ("益阳市电子信息产业商会", "chamber"),
        ("益阳职业技术学院继续教育学院", "univ"), ("湖南省博物馆学会", "assoc"),
    ],
    "烟台": [
        ("烟台市人力资源和社会保障局", "bureau"), ("鲁东大学继续教育学院", "univ"), ("烟台大学继续教育学院", "univ"),
        ("山东省港口协会", "assoc"), ("山东省水产学会", "assoc"), ("烟台市中医药学会", "assoc"),
        ("山东省内部审计师协会", "assoc"), ("烟台市城市规划学会", "assoc"), ("烟台市电子信息行业协会", "chamber"),
        ("山东省社会工作协会", "assoc"),
    ],
}
PLATFORMS = ["专技云学堂", "学航在线", "益学通继续教育平台", "胶东专技e学", "华医网", "融学继续教育网"]


def organiser(ctx: Ctx, c: str) -> str:
    return ctx.pick("org", [o for o, _ in ORGS[c]])  # type: ignore[return-value]


# ---- journal catalogue ------------------------------------------------------------------------
JOURNAL_WORDS = {"mine": "矿 安全 岩 煤 金属", "port": "港 水运 海洋工程 交通 船 航海", "fish": "水产 渔 海洋 水生 鱼",
                 "tcm": "中医 中药 针灸 中草药 中西医", "audit": "会计 审计 经济 管理科学 管理工程 科研管理",
                 "plan": "规划 城市 地理 建筑 资源", "museum": "腐蚀 文物 考古 光谱",
                 "social": "社会 人口 心理", "elec": "电子 电工 电力 仪器 半导体 通信"}  # fmt: skip


def journal_row(rng: random.Random, prof: str | None = None):  # noqa: ANN201
    """A real catalogue row, of the profession's field where the catalogue has one."""
    rows = _catalogue()
    if prof:
        words = JOURNAL_WORDS[prof].split()
        fit = [j for j in rows if any(w in j.name for w in words) and "航空" not in j.name and "护理" not in j.name]
        rows = tuple(fit) or rows
    return rows[rng.randrange(len(rows))]


REGION = {"11": "北京", "10": "北京", "13": "河北", "14": "山西", "21": "辽宁", "22": "吉林", "23": "黑龙江",
          "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西", "37": "山东", "41": "河南",
          "42": "湖北", "43": "湖南", "44": "广东", "46": "海南", "51": "四川", "52": "贵州", "53": "云南",
          "61": "陕西", "62": "甘肃", "63": "青海"}  # fmt: skip
NAT_SUP = ["中国科学技术协会", "中国科学院", "教育部", "工业和信息化部", "自然资源部", "交通运输部"]


def supervisor_of(rng: random.Random, cn: str) -> tuple[str, str]:
    reg = REGION.get(cn[:2])
    if reg is None or cn[:2] in ("10", "11") or rng.random() < 0.45:
        return rng.choice(NAT_SUP), "national"
    return rng.choice([f"{reg}省科学技术协会", f"{reg}省教育厅", f"{reg}省科学院"]), "provincial"


# ---- drawing helpers ---------------------------------------------------------------------------
def hand_fill(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 15.0, w: float | None = None) -> None:
    """A handwritten value on an underline."""
    from bench.blind.page import width_mm

    wd = w or width_mm(s, ctx.hand, size) + 8
    pg.text(x + 3, y - 1.0, s, size, ctx.hand, "l", (25, 35, 110))
    pg.line(x, y + size * 0.3528 * 1.05, x + wd, y + size * 0.3528 * 1.05, 0.25)


def phone_frame(ctx: Ctx, title: str, bar: tuple[int, int, int] = (30, 110, 200), h: float = 200.0) -> Page:
    """A phone screen capture: status bar, app title bar; content starts at y=30."""
    pg = Page(95.0, h, bg=(246, 246, 248))
    pg.rect(0, 0, pg.w, 9, 0, (0, 0, 0), bar)
    r = ctx.rng
    pg.text(4, 2.2, f"{r.randint(7, 22)}:{r.randint(0, 59):02d}", 7.5, ctx.body, "l", (255, 255, 255))
    pg.text(pg.w - 4, 2.2, f"5G  {r.randint(20, 99)}%", 7.5, ctx.body, "r", (255, 255, 255))
    pg.rect(0, 9, pg.w, 21, 0, (0, 0, 0), bar)
    pg.text(5, 12.5, "<", 11, ctx.body, "l", (255, 255, 255))
    pg.text(pg.w / 2, 12.8, title, 10.5, ctx.bold, "c", (255, 255, 255))
    pg.text(pg.w - 5, 12.5, "···", 11, ctx.body, "r", (255, 255, 255))
    return pg


def web_frame(ctx: Ctx, site: str, url: str) -> Page:
    """A browser capture, landscape: address bar, site banner; content starts at y=40."""
    pg = Page(297.0, 210.0, bg=(255, 255, 255))
    pg.rect(0, 0, pg.w, 10, 0, (0, 0, 0), (222, 225, 230))
    pg.rect(30, 2, 200, 8, 0.2, (160, 160, 160), (255, 255, 255))
    pg.text(33, 3.2, url, 7.5, ctx.body, "l", (60, 60, 60))
    pg.rect(0, 10, pg.w, 30, 0, (0, 0, 0), (20, 80, 150))
    pg.text(14, 15, site, 17, ctx.bold, "l", (255, 255, 255))
    return pg


def make(etype: str, layout: str, pages: list[Page], fields: dict, scored: list[str], person: str, year: int,
         category: str | None = None):  # noqa: ANN201
    from bench.blind.doc import Doc

    return Doc(etype, layout, pages, fields, scored, {"person": person, "year": year}, category)


def hours_text(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else str(h)


def short_org(org: str) -> str:
    return org.replace("继续教育学院", "").replace("有限公司", "")
