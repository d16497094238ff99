"""Draw 49 builders: journal articles, books, patents, awards and project completions (six layouts each)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from bench.blind.doc import Doc, frame
from bench.blind.page import PT_MM, Page, width_mm

from . import kit
from .certs import A4
from .kit import GREY, INK, RED, Flow, hand, make_doc, people, seal
from .pools import (
    FOREIGN,
    JOURNALS,
    NATIONAL_ZHUGUAN,
    PROF_PUBS,
    PUB_CITY,
    PUBLISHERS,
    Ctx,
    cn_num,
    fmt_date,
    fmt_month,
    isbn_digit,
    iso,
    pinyin_name,
    zl_check,
)  # fmt: skip

PAPER_EN = {
    "基于处方点评的门诊抗菌药物使用合理性分析": "Rationality of outpatient antibiotic use based on prescription review",
    "某三甲医院静脉用药调配中心差错原因分析及对策": "Causes of and countermeasures against errors in a hospital intravenous admixture service",
    "临床药师参与老年多重用药管理的实践与效果评价": "Clinical pharmacists in polypharmacy management for elderly patients: practice and evaluation",
    "HPLC法同时测定复方丹参片中4种成分的含量": "Simultaneous determination of four components in Compound Danshen Tablets by HPLC",
    "质子泵抑制剂超说明书用药情况调查与干预": "Investigation of and intervention in off-label use of proton pump inhibitors",
    "洞庭湖区堤防渗流稳定分析与加固措施研究": "Seepage stability and reinforcement of levees in the Dongting Lake area",
    "基于遥感的小流域水土流失动态监测": "Remote-sensing-based dynamic monitoring of soil erosion in small watersheds",
    "中小河流洪水预报模型参数率定方法比较": "Parameter calibration methods for flood forecasting models of small and medium rivers",
    "胶东地区地下水超采区治理效果评价": "Evaluation of groundwater over-exploitation control in the Jiaodong area",
    "病险水库除险加固工程防渗墙质量检测": "Quality testing of cut-off walls in the reinforcement of dangerous reservoirs",
    "规模猪场非洲猪瘟生物安全防控措施效果评估": "Biosecurity measures against African swine fever on large-scale pig farms",
    "某地区奶牛乳房炎病原菌分离鉴定及耐药性分析": "Isolation, identification and drug resistance of bovine mastitis pathogens",
    "鸡传染性支气管炎病毒流行株S1基因序列分析": "S1 gene sequences of prevalent infectious bronchitis virus strains",
    "肉鸭养殖场抗菌药物使用现状调查": "A survey of antimicrobial use on meat duck farms",
    "羊小反刍兽疫免疫抗体监测结果分析": "Antibody monitoring after peste des petits ruminants vaccination in sheep",
    "马尾松林松材线虫病疫木除治效果调查": "Effect of infested-wood removal on pine wilt disease in Pinus massoniana forests",
    "不同施肥处理对油茶幼林生长的影响": "Effects of fertilization on the growth of young Camellia oleifera stands",
    "杨树人工林林下植被多样性研究": "Understory vegetation diversity of poplar plantations",
    "昆嵛山黑松林火险等级区划研究": "Fire danger zoning of Pinus thunbergii forests in Kunyu Mountain",
    "楠竹林分结构与碳储量估算": "Stand structure and carbon storage of moso bamboo forests",
    "低剂量CT在肺结节筛查中的应用价值": "Value of low-dose CT in pulmonary nodule screening",
    "能谱CT对肝脏局灶性病变的鉴别诊断价值": "Spectral CT in the differential diagnosis of focal liver lesions",
    "膝关节半月板损伤MRI表现与关节镜对照分析": "MRI findings of knee meniscus injury compared with arthroscopy",
    "急性缺血性脑卒中CT灌注成像的临床应用": "CT perfusion imaging in acute ischemic stroke",
    "乳腺X线摄影质量控制与辐射剂量分析": "Quality control and radiation dose of mammography",
    "无人机倾斜摄影在农村宅基地确权中的精度分析": "Accuracy of UAV oblique photography in rural homestead right confirmation",
    "基于CORS的城市控制网改造与精度评定": "CORS-based renovation and accuracy assessment of an urban control network",
    "多源数据融合的实景三维建模方法": "A multi-source data fusion method for realistic 3D modelling",
    "InSAR技术在矿区地表沉降监测中的应用": "InSAR monitoring of surface subsidence in mining areas",
    "含分布式光伏的配电网电压越限治理策略": "Voltage violation mitigation for distribution networks with distributed photovoltaics",
    "基于改进粒子群算法的配电网无功优化": "Reactive power optimisation of distribution networks by an improved particle swarm algorithm",
    "10kV架空线路雷击跳闸原因分析及防治": "Causes and prevention of lightning trips on 10 kV overhead lines",
    "智能变电站二次回路状态监测方法": "Condition monitoring of secondary circuits in smart substations",
}  # fmt: skip
UNIT_EN = {
    "pharm": "Department of Pharmacy, {C} Central Hospital", "water": "{C} Water Conservancy Survey and Design Institute",
    "vet": "{C} Center for Animal Disease Control and Prevention", "forest": "{C} Forestry Research Institute",
    "radio": "Department of Radiology, {C} Central Hospital", "survey": "{C} Institute of Surveying and Mapping",
    "power": "State Grid {C} Power Supply Company",
}  # fmt: skip
CITY_EN = {"益阳": ("Yiyang", "Hunan"), "烟台": ("Yantai", "Shandong")}
CLC = {"pharm": "R 969.3", "water": "TV 698.2", "vet": "S 858.28", "forest": "S 763.1", "radio": "R 814.42",
       "survey": "P 231", "power": "TM 727"}  # fmt: skip
SECTIONS = {"pharm": "药事管理", "water": "水工结构", "vet": "预防兽医", "forest": "森林保护", "radio": "影像技术",
            "survey": "测绘应用", "power": "配电网"}  # fmt: skip
TRANS = {
    "pharm": ("临床药物治疗学原理", "Principles of Clinical Pharmacotherapy"), "water": ("水文学导论", "Introduction to Hydrology"),
    "vet": ("兽医临床病理学", "Veterinary Clinical Pathology"), "acct": ("管理会计实务", "Management Accounting in Practice"),
    "forest": ("森林生态学", "Forest Ecology"), "radio": ("医学影像物理学", "Physics of Medical Imaging"),
    "teach": ("儿童游戏与发展", "Play and Child Development"), "survey": ("摄影测量学原理", "Principles of Photogrammetry"),
    "power": ("电力系统分析", "Power System Analysis"), "relic": ("博物馆藏品保护", "Conservation of Museum Collections"),
}  # fmt: skip


# ================================================================================================
# journal_article
# ================================================================================================
def _article(ctx: Ctx) -> dict[str, Any]:
    reg = ctx.region()
    pkey, prof = ctx.prof("journals")
    jkey = ctx.choice(prof["journals"])
    j = JOURNALS[jkey]
    year = ctx.year(reg)
    freq = j[5]
    issue = ctx.rng.randrange(1, freq + 1)
    month = issue if freq == 12 else (issue + 1) // 2 if freq == 24 else issue * 2
    vol = j[4] + year - 2018
    other = ("洞庭", "楠竹") if reg["c"] == "烟台" else ("胶东", "昆嵛")
    title = ctx.choice([t for t in prof["papers"] if not any(w in t for w in other)])
    n = ctx.choice((1, 2, 3, 3, 4, 4, 5))
    names = ctx.names(n)
    claim = names[0] if ctx.chance(0.55) else ctx.choice(names)
    units = [ctx.fill(ctx.choice(prof["units"]), reg)]
    if n > 1 and ctx.chance(0.6):
        second = ctx.choice(reg["univ"]) + ctx.choice(("", "继续教育学院", "科研处"))
        if second not in units:
            units.append(second)
    aff = [[1]] + [[ctx.choice(range(1, len(units) + 1))] for _ in names[1:]]
    if len(units) > 1 and n > 2 and ctx.chance(0.4):
        aff[0] = [1, 2]
    p0 = ctx.rng.randrange(1, 1800)
    npg = ctx.rng.randrange(5, 11)
    recv = date(year, month, 1) - timedelta(days=ctx.rng.randrange(90, 300))
    return {"reg": reg, "pkey": pkey, "prof": prof, "jkey": jkey, "j": j, "year": year, "issue": issue, "month": month,
            "vol": vol, "title": title, "en": PAPER_EN.get(title, ""), "names": names, "claim": claim, "units": units,
            "aff": aff, "p0": p0, "npg": npg, "recv": recv}  # fmt: skip


def journal_article(ctx: Ctx, k: int) -> Doc:
    variant = ctx.layout("journal_article")
    a = _article(ctx)
    j = a["j"]
    zhuguan_printed = False
    if variant == "first-page":
        pages = [_first_page(ctx, a, "plain")]
    elif variant == "header-first":
        pages = [_first_page(ctx, a, "bilingual")]
    elif variant == "cover-toc":
        c, zhuguan_printed = _cover(ctx, a)
        pages = [c, _toc(ctx, a)]
    elif variant == "cover-toc-first":
        c, zhuguan_printed = _cover(ctx, a)
        pages = [c, _toc(ctx, a), _first_page(ctx, a, ctx.choice(("plain", "bilingual")))]
    elif variant == "db-print":
        pages = [_db_print(ctx, a)]
    else:
        m, zhuguan_printed = _masthead(ctx, a)
        pages = [m, _first_page(ctx, a, "plain")]
    levels = list(j[8]) + (["national"] if zhuguan_printed and j[6] in NATIONAL_ZHUGUAN else [])
    journal = {"name": j[0], "issn": j[1], "cn": j[2], "year": a["year"], "volume": str(a["vol"]),
               "issue": str(a["issue"]), "levels": levels}  # fmt: skip
    fields = {"holder": None, "people": people(a["names"], "author"), "title": a["title"], "journal": journal}
    drop = ("title", "people") if variant == "cover-toc" else ()
    return make_doc(
        ctx, "journal_article", variant, pages, fields, a["claim"], a["year"], a["reg"]["policy"], drop=drop
    )


def _abstract(a: dict[str, Any]) -> str:
    topic = a["prof"]["topics"][0]
    c = a["reg"]["city"]
    return (f"为了解{c}{topic}的实际情况，本文以{c}为研究区域，收集相关资料并开展现场调查与对比分析，"
            f"对影响因素进行了归纳。结果表明，规范化管理与技术改进对提升效果作用明显，相关指标较对照组均有改善。"
            f"研究结果可为同类工作提供参考。")  # fmt: skip


def _keywords(a: dict[str, Any]) -> str:
    words = [w for w in a["prof"]["topics"] if len(w) <= 8][:3] + [a["reg"]["c"]]
    return "；".join(words)


def _byline(
    pg: Page, ctx: Ctx, a: dict[str, Any], y: float, size: float = 13.0, english: bool = False
) -> float:
    parts: list[tuple[str, bool]] = []
    for i, (n, af) in enumerate(zip(a["names"], a["aff"], strict=True)):
        parts.append((pinyin_name(n) if english else n, False))
        if len(a["units"]) > 1:
            parts.append((",".join(str(x) for x in af), True))
        if i < len(a["names"]) - 1:
            parts.append((", " if english else "，", False))
    return pg.runs(pg.w / 2, y, parts, size, ctx.body)


def _affil(ctx: Ctx, a: dict[str, Any], english: bool = False) -> str:
    reg = a["reg"]
    if english:
        ce, pe = CITY_EN[reg["c"]]
        ue = UNIT_EN.get(a["pkey"], "{C}").format(C=ce)
        items = [f"{ue}, {ce} {reg['zip']}, China"]
        if len(a["units"]) > 1:
            items.append(f"{ce} Institute of Continuing Education, {pe} {reg['zip']}, China")
        return "(" + "; ".join(f"{i + 1}. {s}" if len(items) > 1 else s for i, s in enumerate(items)) + ")"
    items = [f"{u}，{reg['p']} {reg['c']} {reg['zip']}" for u in a["units"]]
    if len(items) == 1:
        return f"（{items[0]}）"
    return "（" + "；".join(f"{i + 1}. {s}" for i, s in enumerate(items)) + "）"


def _title_lines(ctx: Ctx, title: str, size: float, maxw: float) -> list[str]:
    if width_mm(title, ctx.bold, size) <= maxw:
        return [title]
    cut = len(title) // 2 + 1
    return [title[:cut], title[cut:]]


def _first_page(ctx: Ctx, a: dict[str, Any], style: str) -> Page:
    pg = Page(*A4)
    j = a["j"]
    c = ctx.colon()
    vol, iss, yr, mo = a["vol"], a["issue"], a["year"], a["month"]
    if style == "plain":
        pg.text(18, 12, f"第{vol}卷第{iss}期", 9, ctx.body)
        pg.text(pg.w / 2, 12, j[0], 10, ctx.bold, "c")
        pg.text(pg.w - 18, 12, f"{yr}年{mo}月", 9, ctx.body, "r")
        pg.text(18, 17.5, j[3], 8, ctx.body)
        pg.text(pg.w - 18, 17.5, f"Vol.{vol} No.{iss}", 8, ctx.body, "r")
        pg.line(18, 22.5, pg.w - 18, 22.5, 0.5)
        pg.text(pg.w - 18, 24.5, f"ISSN {j[1]}  CN {j[2]}", 8, ctx.body, "r", GREY)
        y = 32.0
    else:
        pg.rect(18, 10, pg.w - 18, 30, 0.3)
        pg.text(22, 12, f"第 {vol} 卷 第 {iss} 期", 9, ctx.body)
        pg.text(22, 18, f"{yr} 年 {mo} 月", 9, ctx.body)
        pg.text(pg.w / 2, 12, kit.spaced(j[0]), 16, ctx.bold, "c")
        pg.text(pg.w / 2, 21, j[3], 9, ctx.body, "c")
        pg.text(pg.w - 22, 12, f"Vol. {vol} No. {iss}", 9, ctx.body, "r")
        pg.text(pg.w - 22, 18, f"ISSN {j[1]}", 9, ctx.body, "r")
        pg.text(pg.w - 22, 24, f"CN {j[2]}", 9, ctx.body, "r")
        y = 34.0
    pg.text(18, y, f"文章编号{c}{j[1]}({yr}){iss:02d}-{a['p0']:04d}-{a['npg']:02d}", 8.5, ctx.body)
    pg.text(pg.w - 18, y, f"DOI{c}10.{ctx.rng.randrange(13000, 13999)}/j.cnki.{ctx.rng.randrange(1000, 9999)}.{yr}.{iss:02d}.{ctx.rng.randrange(1, 30):03d}",
            7.5, ctx.body, "r", GREY)  # fmt: skip
    y += 10
    for ln in _title_lines(ctx, a["title"], 18, 168):
        pg.text(pg.w / 2, y, ln, 18, ctx.bold, "c")
        y += 9.5
    y += 1
    y = _byline(pg, ctx, a, y, 12.5)
    aff = _affil(ctx, a)
    f = Flow(pg, ctx, 30, y, 150, 9)
    if width_mm(aff, ctx.body, 9) <= 150:
        f.center(aff, 9)
    else:
        f.para(aff, 9, indent=0, lead=1.5)
    f = Flow(pg, ctx, 24, f.y + 2, 162, 9.5)
    f.para("摘要：" + _abstract(a), 9.5, indent=0, lead=1.6)
    f.text(f"关键词{c}{_keywords(a)}", 9.5, lead=1.6)
    f.text(f"中图分类号{c}{CLC.get(a['pkey'], 'R 197')}        文献标识码{c}A", 9.5)
    if a["en"]:
        f.skip(2)
        for ln in _title_lines(ctx, a["en"], 12, 160):
            f.center(ln, 12, ctx.bold, lead=1.4)
        f.y = _byline(pg, ctx, a, f.y + 1, 9.5, english=True)
        f.para(_affil(ctx, a, True), 8.5, indent=0, lead=1.5)
    # two-column body, filled down to the footnote block
    y0 = f.y + 4
    yfoot = 240.0
    t = a["prof"]["topics"]
    c0 = a["reg"]["city"]
    paras = [
        ("0  引言", True),
        (
            f"近年来，{t[1]}工作受到广泛关注。{c0}在实践中积累了一定经验，但仍存在基础数据不足、技术手段单一、管理标准不统一等问题，"
            f"制约了{t[0]}水平的进一步提升，有必要开展系统研究。",
            False,
        ),
        (
            f"已有研究多集中于单一因素的定性描述，对{t[2]}与实际工作条件的关系讨论较少。本文在前期调查的基础上，结合现场资料，"
            "对主要影响因素进行定量分析，并提出相应的改进措施，以期为同类工作提供借鉴。",
            False,
        ),
        ("1  材料与方法", True),
        ("1.1  研究区概况与数据来源", True),
        (
            f"研究区位于{a['reg']['prov']}{c0}，资料时段为{a['year'] - 3}—{a['year'] - 1}年。数据来源于日常监测记录、"
            "现场抽样调查及相关部门统计资料，所有数据均经两人独立核对后录入。",
            False,
        ),
        ("1.2  分析方法", True),
        (
            "采用描述性统计与对比分析相结合的方法，计量资料以均值±标准差表示，组间比较采用t检验，以P<0.05为差异有统计学意义。",
            False,
        ),
        ("2  结果", True),
        ("2.1  基本情况", True),
        ("共纳入有效样本若干份，各组基线资料差异无统计学意义，具有可比性。", False),
        ("2.2  主要指标变化", True),
        (
            f"实施改进措施后，{t[0]}相关指标均较实施前有所改善，其中合格率提高较为明显，差异有统计学意义（P<0.05）。"
            "不同区域之间的改善幅度存在一定差别，与当地基础条件和人员配置有关。",
            False,
        ),
        ("2.3  影响因素分析", True),
        (
            "多因素分析显示，人员培训情况、设备条件和制度落实程度是主要影响因素。其中制度落实程度的影响最为显著，"
            "提示在今后工作中应重点加强过程管理与监督检查。",
            False,
        ),
        ("3  讨论", True),
        (
            f"本研究结果与国内同类报道基本一致。{c0}的实践表明，将{t[1]}纳入日常考核，并配合定期培训和技术指导，"
            "能够有效提升工作质量。",
            False,
        ),
    ]
    rest = kit.column(pg, ctx, 24, y0, 78, yfoot - 3, paras)
    kit.column(pg, ctx, 108, y0, 78, yfoot - 3, rest)
    # footnotes
    pg.line(24, yfoot, 84, yfoot, 0.3)
    first = a["names"][0]
    birth = a["year"] - ctx.rng.randrange(28, 52)
    sex = ctx.choice("男女")
    fund = ctx.choice([f"{a['reg']['prov']}自然科学基金项目（{a['year'] - 1}JJ{ctx.rng.randrange(10000, 99999)}）",
                       f"{a['reg']['city']}科技计划项目（{a['year'] - 1}{ctx.rng.randrange(100, 999)}）",
                       f"{a['reg']['prov']}重点研发计划（{a['year'] - 2}SK{ctx.rng.randrange(1000, 9999)}）"])  # fmt: skip
    notes = [f"收稿日期{c}{fmt_date(a['recv'], 'dash')}", f"基金项目{c}{fund}",
             f"作者简介{c}{first}（{birth}—），{sex}，{a['reg']['p']}{a['reg']['c']}人，{ctx.choice(a['prof']['titles'])}，"
             f"主要从事{a['prof']['topics'][0]}研究。E-mail：{pinyin_name(first, 1).replace(' ', '').lower()}{ctx.rng.randrange(10, 99)}@163.com"]  # fmt: skip
    if len(a["names"]) > 1:
        notes.append(f"通信作者{c}{a['names'][-1]}")
    yy = yfoot + 2
    for s in notes:
        yy = pg.wrap(24, yy, 162, s, 8, ctx.body, 1.5)
    pg.text(pg.w / 2, 284, str(a["p0"]), 9, ctx.body, "c")
    return pg


def _cover(ctx: Ctx, a: dict[str, Any]) -> tuple[Page, bool]:
    j = a["j"]
    col = ctx.choice([(24, 70, 140), (20, 110, 90), (140, 30, 40), (70, 70, 90)])
    pg = Page(*A4)
    pg.rect(0, 0, pg.w, 70, 0, col, col)
    pg.text(pg.w / 2, 18, j[0], kit.fit(j[0], ctx.bold, 46, 180), ctx.bold, "c", (255, 255, 255))
    pg.text(
        pg.w / 2, 46, j[3].upper(), kit.fit(j[3].upper(), ctx.body, 12, 180), ctx.body, "c", (235, 235, 235)
    )
    freq = {12: "月刊", 24: "半月刊", 6: "双月刊"}[j[5]]
    pg.text(pg.w / 2, 56, f"（{freq}）", 10, ctx.body, "c", (255, 255, 255))
    pg.text(24, 82, f"{a['year']}年 第{a['issue']}期", 20, ctx.bold, "l", col)
    pg.text(24, 94, f"第{a['vol']}卷  Vol.{a['vol']} No.{a['issue']}", 11, ctx.body, "l", col)
    pg.rect(24, 112, pg.w - 24, 200, 0, col, (225, 232, 240))
    pg.text(pg.w / 2, 150, "（封面图片）", 11, ctx.body, "c", GREY)
    printed = False
    y = 214
    if j[6] and ctx.chance(0.75):
        pg.text(24, y, f"主管：{j[6]}", 10.5, ctx.body)
        y += 6.5
        printed = True
    if j[7]:
        pg.text(24, y, f"主办：{j[7]}", 10.5, ctx.body)
        y += 6.5
    pg.rect(24, 246, 100, 266, 0.4)
    pg.text(28, 249, f"ISSN {j[1]}", 11, ctx.body)
    pg.text(28, 257, f"CN {j[2]}", 11, ctx.body)
    kit.barcode(pg, 140, 244, 44, 18, ctx, f"ISSN {j[1]}")
    pg.text(24, 276, "中国科学引文数据库（CSCD）来源期刊    中文核心期刊", 8.5, ctx.body, "l", col)
    return pg, printed


def _toc(ctx: Ctx, a: dict[str, Any]) -> Page:
    j = a["j"]
    pg = Page(*A4)
    pg.text(pg.w / 2, 16, "目    次", 20, ctx.bold, "c")
    pg.text(pg.w / 2, 27, f"{j[0]}  {a['year']}年第{a['issue']}期（第{a['vol']}卷）", 10, ctx.body, "c")
    pg.line(18, 33, pg.w - 18, 33, 0.6)
    others = [t for t in a["prof"]["papers"] if t != a["title"]]
    extra = [f"{x}研究进展" for x in a["prof"]["topics"]] + [
        f"{a['reg']['c']}地区{x}现状调查" for x in a["prof"]["topics"][:3]
    ]
    pool = others + extra
    n = ctx.rng.randrange(7, 10)
    pos = ctx.rng.randrange(1, n - 1)
    titles = ctx.sample(pool, n - 1)
    entries: list[tuple[str, list[str]]] = []
    for i in range(n):
        if i == pos:
            entries.append((a["title"], a["names"]))
        else:
            entries.append((titles[i - (i > pos)], ctx.names(ctx.choice((1, 2, 3, 4)))))
    y = 40.0
    page = a["p0"] - sum(ctx.rng.randrange(6, 10) for _ in range(pos))
    sec_at = {0, ctx.rng.randrange(3, n)}
    secs = [SECTIONS.get(a["pkey"], "研究论文"), "试验研究", "综述", "技术交流"]
    for i, (tt, au) in enumerate(entries):
        if i in sec_at:
            pg.text(22, y, f"·{ctx.choice(secs)}·", 10.5, ctx.bold)
            y += 7.5
        p = a["p0"] if i == pos else max(1, page)
        tsz = kit.fit(tt, ctx.body, 11, 150)
        pg.text(26, y, tt, tsz, ctx.body)
        pg.text(pg.w - 20, y, f"（{p}）", 10, ctx.body, "r")
        y += 6.2
        pg.text(34, y, "，".join(au), 9.5, ctx.body, "l", (60, 60, 60))
        y += 8.2
        page = p + ctx.rng.randrange(6, 10)
    pg.text(pg.w / 2, 284, f"ISSN {j[1]}  CN {j[2]}", 8, ctx.body, "c", GREY)
    return pg


def _masthead(ctx: Ctx, a: dict[str, Any]) -> tuple[Page, bool]:
    j = a["j"]
    pg = Page(*A4)
    freq = {12: "月刊", 24: "半月刊", 6: "双月刊"}[j[5]]
    f = Flow(pg, ctx, 24, 20, 162, 11)
    f.center(f"{j[0]}（{freq}）", 16, ctx.bold).center(j[3], 10)
    f.center(f"第{a['vol']}卷  第{a['issue']}期  {a['year']}年{a['month']}月", 11).skip(4)
    f.center("编 辑 委 员 会", 13, ctx.bold).skip(1)
    board = ctx.names(ctx.rng.randrange(12, 20))
    pg.text(24, f.y, "主  编", 10.5, ctx.bold)
    pg.text(50, f.y, board[0], 10.5, ctx.body)
    f.skip(7)
    pg.text(24, f.y, "副主编", 10.5, ctx.bold)
    pg.text(50, f.y, "  ".join(board[1:4]), 10.5, ctx.body)
    f.skip(7)
    pg.text(24, f.y, "委  员（按姓氏笔画排序）", 10.5, ctx.bold)
    f.skip(7)
    rest = board[4:]
    for i, n in enumerate(rest):
        pg.text(30 + (i % 5) * 31, f.y + (i // 5) * 7, n, 10.5, ctx.body)
    f.skip(((len(rest) + 4) // 5) * 7 + 6)
    f.rule(0.4, gap=5)
    printed = False
    rows: list[tuple[str, str]] = []
    if j[6]:
        rows.append(("主管单位", j[6]))
        printed = True
    if j[7]:
        rows.append(("主办单位", j[7]))
    rows += [("编辑出版", f"《{j[0]}》编辑部"), ("主    编", board[0]),
             ("国内统一连续出版物号", f"CN {j[2]}"), ("国际标准连续出版物号", f"ISSN {j[1]}"),
             ("国内发行", "中国邮政集团公司北京分公司"), ("出版日期", f"{a['year']}年{a['month']}月{ctx.choice((10, 15, 20, 25, 28))}日"),
             ("定    价", f"{ctx.choice((20, 25, 30, 40, 50))}.00元")]  # fmt: skip
    for lab, val in rows:
        pg.text(24, f.y, lab, 10, ctx.body)
        pg.text(78, f.y, val, kit.fit(val, ctx.body, 10, 108), ctx.body)
        f.skip(6.5)
    pg.text(pg.w / 2, 280, "版权所有  未经许可不得转载", 8.5, ctx.body, "c", GREY)
    return pg, printed


def _db_print(ctx: Ctx, a: dict[str, Any]) -> Page:
    j = a["j"]
    pg = Page(*A4)
    later = date(a["year"], a["month"], 1) + timedelta(days=ctx.rng.randrange(60, 600))
    kit.browser(pg, ctx, a["title"][:18], f"https://qk.{ctx.choice(('wenxianku', 'xueshuqk', 'cnpaper'))}.com/article/detail?id={ctx.rng.randrange(10**8, 10**9)}",
                f"{later.year}/{later.month}/{later.day} {ctx.rng.randrange(8, 22)}:{ctx.rng.randrange(60):02d}")  # fmt: skip
    y = kit.site_header(pg, ctx, "中文学术期刊数据服务平台", 14, (170, 50, 30))
    f = Flow(pg, ctx, 18, y + 2, 174, 10.5)
    for ln in _title_lines(ctx, a["title"], 16, 170):
        f.center(ln, 16, ctx.bold, lead=1.5)
    parts = []
    for n, af in zip(a["names"], a["aff"], strict=True):
        parts.append(n + ("".join(str(x) for x in af) if len(a["units"]) > 1 else ""))
    f.center("    ".join(parts), 11)
    for i, u in enumerate(a["units"]):
        f.center(f"{i + 1}. {u}" if len(a["units"]) > 1 else u, 9.5, color=GREY)
    f.skip(3)
    f.para("摘要：" + _abstract(a), 10, indent=0, lead=1.6)
    f.text(f"关键词：{_keywords(a)}", 10)
    f.text(f"分类号：{CLC.get(a['pkey'], 'R 197')}", 10)
    f.skip(4)
    box_y = f.y
    rows = [("刊名", j[0]), ("年，卷(期)", f"{a['year']}，{a['vol']}({a['issue']})"),
            ("页码", f"{a['p0']}-{a['p0'] + a['npg'] - 1}"), ("ISSN", j[1]), ("CN", j[2]),
            ("收录情况", "北大核心  CSCD")]  # fmt: skip
    pg.rect(18, box_y, 192, box_y + 8 + 7 * len(rows), 0.3, (190, 190, 190), (248, 248, 248))
    pg.text(22, box_y + 2, "期刊信息", 10.5, ctx.bold)
    yy = box_y + 9
    for lab, val in rows:
        pg.text(26, yy, f"{lab}：", 10, ctx.body)
        pg.text(62, yy, val, 10, ctx.body)
        yy += 7
    pg.text(18, yy + 6, "下载  |  在线阅读  |  引用  |  收藏", 9.5, ctx.body, "l", (30, 60, 180))
    return pg


# ================================================================================================
# book
# ================================================================================================
def _isbn(ctx: Ctx, code: str) -> str:
    item = "".join(str(ctx.rng.randrange(10)) for _ in range(12 - 4 - len(code)))
    d12 = "9787" + code + item
    return f"978-7-{code}-{item}-{isbn_digit(d12)}"


def book(ctx: Ctx, k: int) -> Doc:
    variant = ctx.layout("book")
    reg = ctx.region()
    pkey, prof = ctx.prof()
    pub = ctx.choice(PROF_PUBS[pkey])
    code = dict(PUBLISHERS)[pub]
    year = ctx.year(reg)
    month = ctx.rng.randrange(1, 13)
    ed = ctx.choice((1, 1, 1, 2))
    edition = f"{year}年{month}月第{ed}版"
    isbn = _isbn(ctx, code)
    if variant == "translation":
        title, en = TRANS[pkey]
        nat, fa = ctx.choice(FOREIGN)
        tr = ctx.names(ctx.choice((1, 2, 3)))
        roles = [(fa, "author")] + [(n, "translator") for n in tr]
        credit = {"foreign": (nat, fa), "translators": tr, "en": en}
    else:
        title = ctx.choice(prof["books"])
        mode = "board" if variant == "title-board" else ctx.choice(("editors", "editors", "author"))
        if mode == "author":
            au = ctx.names(ctx.choice((1, 2)))
            roles = [(n, "author") for n in au]
            credit = {"authors": au}
        else:
            chief = ctx.names(ctx.choice((1, 2)))
            dep = (
                ctx.names(ctx.rng.randrange(0 if mode == "editors" else 1, 4))
                if variant != "copyright"
                else []
            )
            board = ctx.names(ctx.rng.randrange(6, 13)) if mode == "board" else []
            roles = (
                [(n, "editor_in_chief") for n in chief]
                + [(n, "deputy_editor") for n in dep]
                + [(n, "editorial_board") for n in board]
            )
            credit = {"chief": chief, "deputy": dep, "board": board}
    b = {"reg": reg, "pkey": pkey, "prof": prof, "pub": pub, "year": year, "month": month, "ed": ed,
         "edition": edition, "isbn": isbn, "title": title, "credit": credit}  # fmt: skip
    if variant == "cover":
        pages = [_book_cover(ctx, b)]
    elif variant == "copyright":
        pages = [_book_copyright(ctx, b)]
    elif variant == "title-board":
        pages = [_book_title_page(ctx, b), _book_copyright(ctx, b), _book_board(ctx, b)]
    elif variant == "translation":
        pages = [_book_title_page(ctx, b), _book_copyright(ctx, b)]
    elif variant == "cover-copyright":
        pages = [_book_cover(ctx, b), _book_copyright(ctx, b)]
    else:
        pages = [_book_web(ctx, b)]
    names = [n for n, _ in roles]
    ppl = [{"name": n, "rank": i + 1, "role": r} for i, (n, r) in enumerate(roles)]
    cover_only = variant == "cover"
    fields = {"holder": None, "people": ppl, "title": title, "issuer": pub,
              "issued_on": None if cover_only else f"{year}-{month:02d}",
              "book": {"isbn": None if cover_only else isbn, "publisher": pub,
                       "edition": None if cover_only else edition}}  # fmt: skip
    person = ctx.choice(names[1:] if variant == "translation" else names)
    return make_doc(ctx, "book", variant, pages, fields, person, year, reg["policy"])


def _credit_lines(b: dict[str, Any], sep: str = "  ") -> list[tuple[str, str]]:
    c = b["credit"]
    if "foreign" in c:
        nat, fa = c["foreign"]
        return [(f"〔{nat}〕{fa}", "著"), (sep.join(c["translators"]), "译")]
    if "authors" in c:
        return [(sep.join(c["authors"]), "著" if len(c["authors"]) == 1 else "编著")]
    out = [(sep.join(c["chief"]), "主编")]
    if c["deputy"]:
        out.append((sep.join(c["deputy"]), "副主编"))
    return out


def _cip_resp(b: dict[str, Any]) -> str:
    c = b["credit"]
    if "foreign" in c:
        nat, fa = c["foreign"]
        return f"（{nat}）{fa}著；{'，'.join(c['translators'])}译"
    if "authors" in c:
        return "，".join(c["authors"]) + ("著" if len(c["authors"]) == 1 else "编著")
    s = "，".join(c["chief"]) + "主编"
    return s


def _book_cover(ctx: Ctx, b: dict[str, Any]) -> Page:
    col = ctx.choice([(30, 90, 60), (25, 60, 120), (150, 40, 40), (200, 140, 40), (80, 60, 110)])
    pg = Page(185.0, 260.0, bg=(250, 248, 242))
    pg.rect(0, 0, pg.w, 24, 0, col, col)
    pg.rect(0, 200, pg.w, pg.h, 0, col, col)
    title = b["title"]
    lines = [title] if len(title) <= 8 else [title[: (len(title) + 1) // 2], title[(len(title) + 1) // 2 :]]
    y = 54.0
    for ln in lines:
        sz = kit.fit(ln, ctx.bold, 34, 160)
        pg.text(pg.w / 2, y, ln, sz, ctx.bold, "c", col)
        y += sz * PT_MM * 1.5
    y += 12
    for who, role in _credit_lines(b):
        s = f"{who}  {role}"
        pg.text(pg.w / 2, y, s, kit.fit(s, ctx.body, 14, 160), ctx.body, "c")
        y += 9
    pg.rect(pg.w / 2 - 45, y + 10, pg.w / 2 + 45, 190, 0, col, (228, 232, 226))
    pg.rect(pg.w / 2 - 12, 224, pg.w / 2 - 4, 232, 0, col, (255, 255, 255))
    pg.text(pg.w / 2 + 2, 225, b["pub"], kit.fit(b["pub"], ctx.bold, 14, 80), ctx.bold, "l", (255, 255, 255))
    return pg


def _book_title_page(ctx: Ctx, b: dict[str, Any]) -> Page:
    pg = Page(185.0, 260.0)
    y = 60.0
    for ln in _title_lines(ctx, b["title"], 26, 150):
        pg.text(pg.w / 2, y, ln, 26, ctx.bold, "c")
        y += 14
    if "en" in b["credit"]:
        pg.text(pg.w / 2, y, b["credit"]["en"], 12, ctx.body, "c")
        y += 10
    y += 18
    for who, role in _credit_lines(b):
        s = f"{who}  {role}"
        pg.text(pg.w / 2, y, s, kit.fit(s, ctx.body, 13, 150), ctx.body, "c")
        y += 10
    pg.text(pg.w / 2, 226, b["pub"], 14, ctx.body, "c")
    return pg


def _book_copyright(ctx: Ctx, b: dict[str, Any]) -> Page:
    pg = Page(185.0, 260.0)
    reg = b["reg"]
    city = PUB_CITY.get(b["pub"], "北京")
    f = Flow(pg, ctx, 22, 26, 141, 10)
    f.text("图书在版编目（CIP）数据", 11, ctx.bold).skip(1)
    f.para(
        f"{b['title']}/{_cip_resp(b)}. —{city}：{b['pub']}，{b['year']}.{b['month']}", 10, indent=2, lead=1.6
    )
    f.text(f"ISBN {b['isbn']}", 10, dx=6)
    t0 = b["title"][:2]
    f.para(
        f"Ⅰ.①{t0}…  Ⅱ.①{_cip_resp(b)[:3]}…  Ⅲ.①{b['prof']['topics'][0][:4]}—研究  Ⅳ.①{ctx.choice(('S', 'R', 'TV', 'TM', 'F', 'G'))}{ctx.rng.randrange(10, 99)}",
        10,
        indent=2,
    )  # noqa: E501
    f.skip(2)
    f.text(f"中国版本图书馆CIP数据核字（{b['year']}）第{ctx.rng.randrange(100000, 299999)}号", 10)
    f.rule(0.3, gap=6)
    ed = ctx.name()
    rows = [("责任编辑", ed), ("责任校对", ctx.name()), ("出版发行", b["pub"]),
            ("地　　址", f"{city}市{ctx.choice(('东城区', '西城区', '朝阳区', '开福区', '历下区', '金水区'))}{ctx.choice(('文化路', '学院路', '建设路'))}{ctx.rng.randrange(1, 200)}号"),
            ("印　　刷", f"{ctx.choice(('北京中科印刷', '长沙鸿发印务', '济南鲁艺彩印', '三河市华东'))}有限公司"),
            ("开　　本", ctx.choice(("787mm×1092mm  1/16", "710mm×1000mm  1/16", "850mm×1168mm  1/32"))),
            ("印　　张", f"{ctx.rng.randrange(8, 30)}.{ctx.choice((0, 25, 5, 75))}"), ("字　　数", f"{ctx.rng.randrange(150, 600)}千字"),
            ("版　　次", b["edition"]),
            ("印　　次", f"{b['year']}年{b['month']}月第{ctx.choice((1, 1, 2))}次印刷"),
            ("书　　号", f"ISBN {b['isbn']}"), ("定　　价", f"{ctx.rng.randrange(28, 128)}.00元")]  # fmt: skip
    if "foreign" in b["credit"]:
        rows.insert(0, ("著作权合同登记号", f"图字：01-{b['year'] - 1}-{ctx.rng.randrange(1000, 9999)}"))
    for lab, val in rows:
        pg.text(28, f.y, lab, 10, ctx.body)
        pg.text(64 if len(lab) < 6 else 70, f.y, val, kit.fit(val, ctx.body, 10, 92), ctx.body)
        f.skip(6.5)
    f.skip(4)
    f.text("版权所有  侵权必究", 9.5, align="c")
    f.text("如有印装质量问题，请与本社发行部联系调换", 8.5, align="c", color=GREY)
    _ = reg
    return pg


def _book_board(ctx: Ctx, b: dict[str, Any]) -> Page:
    pg = Page(185.0, 260.0)
    c = b["credit"]
    pg.text(pg.w / 2, 30, "编  委  会", 20, ctx.bold, "c")
    y = 52.0
    for lab, ns in (("主　编", c["chief"]), ("副主编", c["deputy"])):
        if ns:
            pg.text(30, y, lab, 12, ctx.bold)
            pg.text(62, y, "　".join(ns), 12, ctx.body)
            y += 10
    y += 2
    pg.text(30, y, "编　委（按姓氏笔画排序）", 12, ctx.bold)
    y += 10
    for i, n in enumerate(c["board"]):
        pg.text(36 + (i % 4) * 30, y + (i // 4) * 9, n, 12, ctx.body)
    y += ((len(c["board"]) + 3) // 4) * 9 + 10
    pg.text(30, y, "编写单位", 11, ctx.bold)
    y += 8
    for u in ctx.sample(b["prof"]["units"], 2):
        pg.text(36, y, ctx.fill(u, b["reg"]), 11, ctx.body)
        y += 7
    return pg


def _book_web(ctx: Ctx, b: dict[str, Any]) -> Page:
    pg = Page(*A4)
    later = date(b["year"], b["month"], 1) + timedelta(days=ctx.rng.randrange(30, 500))
    kit.browser(pg, ctx, b["title"], f"https://www.{ctx.choice(('cbs-shop', 'bookmall', 'tushu-pub'))}.com/book/{b['isbn'].replace('-', '')}",
                f"{later.year}/{later.month}/{later.day} {ctx.rng.randrange(8, 22)}:{ctx.rng.randrange(60):02d}")  # fmt: skip
    y = kit.site_header(pg, ctx, f"{b['pub']} · 图书详情", 14, (40, 90, 60))
    pg.rect(18, y + 4, 70, y + 72, 0, INK, (215, 225, 215))
    pg.text(44, y + 32, "（封面）", 10, ctx.body, "c", GREY)
    f = Flow(pg, ctx, 78, y + 4, 114, 11)
    for ln in _title_lines(ctx, b["title"], 16, 112):
        f.text(ln, 16, ctx.bold, lead=1.5)
    f.skip(2)
    resp = "；".join(f"{w} {r}" for w, r in _credit_lines(b, "，"))
    f.kv("作者", resp, 22, colon="：").kv("出版社", b["pub"], 22, colon="：")
    f.kv("出版时间", f"{b['year']}-{b['month']:02d}", 22, colon="：").kv("版次", b["edition"], 22, colon="：")
    f.kv("ISBN", b["isbn"], 22, colon="：").kv("页数", str(ctx.rng.randrange(180, 520)), 22, colon="：")
    f.kv("定价", f"￥{ctx.rng.randrange(28, 128)}.00", 22, colon="：")
    g = Flow(pg, ctx, 18, max(f.y, y + 78) + 6, 174, 10.5)
    g.text("内容简介", 12, ctx.bold).rule(0.3, GREY, 3)
    g.para(f"本书围绕{b['prof']['topics'][0]}、{b['prof']['topics'][1]}等内容，系统介绍了基本原理、操作规范和典型案例，"
           "可供基层专业技术人员学习参考，也可作为继续教育培训教材。", 10.5, lead=1.7)  # fmt: skip
    g.skip(3).text("目录", 12, ctx.bold).rule(0.3, GREY, 3)
    for i, tp in enumerate(b["prof"]["topics"][:5]):
        g.text(f"第{cn_num(i + 1)}章  {tp}", 10.5, dx=4)
    return pg


# ================================================================================================
# patent_certificate
# ================================================================================================
KIND_WORD = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}
KIND_DIGIT = {"invention": "1", "utility_model": "2", "design": "3"}
TERM = {"invention": "二十", "utility_model": "十", "design": "十五"}


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    variant = ctx.layout("patent_certificate")
    reg = ctx.region()
    pkey, prof = ctx.prof("patents")
    kind = {"utility": "utility_model", "certified-copy": "design"}.get(
        variant, ctx.choice(("invention", "utility_model", "utility_model", "invention", "design"))
    )
    gyear = ctx.year(reg)
    granted = ctx.day(gyear)
    lag = {"invention": (420, 1000), "utility_model": (110, 300), "design": (90, 220)}[kind]
    applied = granted - timedelta(days=ctx.rng.randrange(*lag))
    d12 = f"{applied.year}{KIND_DIGIT[kind]}{ctx.rng.randrange(10**6, 10**7):07d}"
    number = f"ZL{d12}.{zl_check(d12)}"
    title = ctx.choice(prof["patents"])
    if kind == "design":
        title = title.removeprefix("一种") + ctx.choice(("", "（便携式）", ""))
    inv = ctx.names(ctx.choice((1, 2, 3, 3, 4, 5)))
    unit = re.sub(r"(医院|学院)(.+)$", r"\1", ctx.fill(ctx.choice(prof["units"]), reg))
    owner = unit if ctx.chance(0.7) else inv[0]
    p = {"reg": reg, "prof": prof, "kind": kind, "granted": granted, "applied": applied, "d12": d12, "number": number,
         "title": title, "inv": inv, "owner": owner, "cert": ctx.rng.randrange(10**6, 9 * 10**6)}  # fmt: skip
    builder = {
        "classic": _pt_classic, "utility": _pt_classic, "two-page": _pt_two, "e-cert": _pt_ecert,
        "register-query": _pt_query, "certified-copy": _pt_copy,
    }[variant]  # fmt: skip
    pages = builder(ctx, p, variant)
    fields = {"holder": None, "people": people(inv, "inventor"), "title": title, "issuer": "国家知识产权局",
              "issued_on": iso(granted),
              "patent": {"kind": kind, "number": number, "applied_on": iso(applied), "granted_on": iso(granted)}}  # fmt: skip
    return make_doc(ctx, "patent_certificate", variant, pages, fields, ctx.choice(inv), gyear, reg["policy"])


def _zl_spaced(p: dict[str, Any]) -> str:
    d = p["d12"]
    return f"ZL {d[:4]} {d[4]} {d[5:]}.{p['number'][-1]}"


def _pt_body(p: dict[str, Any]) -> str:
    kw = KIND_WORD[p["kind"]]
    return (f"本{kw}经过本局依照中华人民共和国专利法进行{'审查' if p['kind'] == 'invention' else '初步审查'}，决定授予专利权，"
            f"颁发{kw}专利证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。专利权期限为{TERM[p['kind']]}年，自申请日起算。")  # fmt: skip


def _pt_classic(ctx: Ctx, p: dict[str, Any], variant: str, total: int = 0) -> list[Page]:
    pg = Page(*A4, bg=(250, 250, 244))
    if variant == "utility":
        for i in range(0, 40):
            off = i * 2.2
            pg.rect(
                12 + off * 0.05,
                12 + off * 0.05,
                pg.w - 12 - off * 0.05,
                pg.h - 12 - off * 0.05,
                0.15,
                (190, 200, 170),
            )
            if i > 3:
                break
    else:
        frame(pg, ctx, 2)
    kw = KIND_WORD[p["kind"]]
    pg.text(pg.w / 2, 28, "★", 22, ctx.bold, "c", RED)
    pg.text(pg.w / 2, 42, f"{kw}专利证书", 26, ctx.bold, "c")
    pg.text(pg.w / 2, 58, f"证书号第{p['cert']}号", 12, ctx.body, "c")
    lab_name = {"invention": "发明名称", "utility_model": "实用新型名称", "design": "外观设计名称"}[p["kind"]]
    role = "设 计 人" if p["kind"] == "design" else "发 明 人"
    sep = ctx.choice(("；", ";", "  "))
    f = Flow(pg, ctx, 28, 74, 154, 12)
    c = ctx.colon()
    f.kv(lab_name, p["title"], 34, colon=c)
    f.kv(role, sep.join(p["inv"]), 34, colon=c)
    f.kv("专 利 号", _zl_spaced(p), 34, colon=c)
    f.kv("专利申请日", fmt_date(p["applied"], "cn0"), 34, colon=c)
    f.kv("专 利 权 人", p["owner"], 34, colon=c)
    f.kv(
        "地    址",
        f"{p['reg']['prov']}{p['reg']['city']}{ctx.choice(p['reg']['counties'])}{ctx.choice(p['reg']['roads'])}{ctx.rng.randrange(1, 300)}号",
        34,
        colon=c,
    )
    f.kv("授权公告日", fmt_date(p["granted"], "cn0"), 34, colon=c)
    f.skip(6)
    f.para(_pt_body(p), 12, lead=2.0)
    f.para(
        "本证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、国籍、地址变更等事项记载在专利登记簿上。",
        12,
        lead=2.0,
    )
    y = max(f.y + 12, 232)
    pg.text(150, y, "局长", 12, ctx.body, "c")
    kit.signature(pg, ctx, 150, y + 7, ctx.name(3), 18)
    seal(pg, ctx, 150, y + 8, "国家知识产权局", 19)
    pg.text(150, y + 20, "国家知识产权局", 12, ctx.body, "c")
    kit.barcode(pg, 28, y + 4, 40, 12, ctx)
    kit.page_no(pg, ctx, 1, total or (2 if variant == "utility" else 1), "第 {n} 页（共 {t} 页）")
    return [pg]


def _pt_two(ctx: Ctx, p: dict[str, Any], variant: str) -> list[Page]:
    p1 = _pt_classic(ctx, p, "classic", 2)[0]
    p2 = Page(*A4, bg=(250, 250, 244))
    frame(p2, ctx, 2)
    p2.text(28, 26, f"证书号第{p['cert']}号", 11, ctx.body)
    p2.text(p2.w - 28, 26, _zl_spaced(p), 11, ctx.body, "r")
    f = Flow(p2, ctx, 28, 42, 154, 11.5)
    f.para("专利权人应当依照专利法及其实施细则规定缴纳年费。本专利的年费应当在每年" + f"{p['applied'].month:02d}月{p['applied'].day:02d}日前缴纳。"
           "未按照规定缴纳年费的，专利权自应当缴纳年费期满之日起终止。", 11.5, lead=1.9)  # fmt: skip
    f.skip(4)
    f.para(
        f"申请日时本专利记载的申请人、{'设计人' if p['kind'] == 'design' else '发明人'}信息如下：",
        11.5,
        lead=1.9,
    )
    f.text(f"申请人：{p['owner']}", 11.5, dx=8)
    f.text(f"{'设计人' if p['kind'] == 'design' else '发明人'}：{'；'.join(p['inv'])}", 11.5, dx=8)
    f.skip(8)
    f.text("（以下空白）", 10, align="c", color=GREY)
    kit.page_no(p2, ctx, 2, 2, "第 {n} 页（共 {t} 页）")
    return [p1, p2]


def _pub_no(ctx: Ctx, p: dict[str, Any]) -> str:
    suffix = {"invention": "B", "utility_model": "U", "design": "S"}[p["kind"]]
    lead = {"invention": "1", "utility_model": "2", "design": "30"}[p["kind"]]
    return f"CN {lead}{ctx.rng.randrange(10 ** (9 - len(lead) - 1), 10 ** (9 - len(lead)))} {suffix}"


def _pt_ecert(ctx: Ctx, p: dict[str, Any], variant: str) -> list[Page]:
    pg = Page(*A4)
    pg.rect(14, 14, pg.w - 14, pg.h - 14, 0.6, (40, 90, 150))
    kw = KIND_WORD[p["kind"]]
    pg.text(pg.w / 2, 34, f"{kw}专利证书", 24, ctx.bold, "c", (20, 60, 130))
    pg.text(30, 52, f"证书号：第{p['cert']}号", 11, ctx.body)
    kit.qr(pg, pg.w - 52, 46, 26, ctx)
    f = Flow(pg, ctx, 30, 80, 150, 11.5)
    lab_name = {"invention": "发明名称", "utility_model": "实用新型名称", "design": "外观设计名称"}[p["kind"]]
    rows = [(lab_name, p["title"]), ("发明人" if p["kind"] != "design" else "设计人", "；".join(p["inv"])),
            ("专利号", p["number"]), ("专利申请日", fmt_date(p["applied"], "cn")), ("专利权人", p["owner"]),
            ("授权公告号", _pub_no(ctx, p)), ("授权公告日", fmt_date(p["granted"], "cn"))]  # fmt: skip
    for lab, val in rows:
        f.kv(lab, val, 32, colon="：", lead=2.1)
    f.skip(6)
    f.para(_pt_body(p), 11.5, lead=1.9)
    y = max(f.y + 10, 236)
    pg.text(150, y, "国家知识产权局", 13, ctx.body, "c")
    pg.text(150, y + 9, "局长", 11, ctx.body, "c")
    seal(pg, ctx, 150, y + 3, "国家知识产权局", 19)
    kit.signature(pg, ctx, 150, y + 15, ctx.name(3), 16)
    pg.text(30, 272, "扫描二维码可查验证书真伪", 8.5, ctx.body, "l", GREY)
    pg.text(pg.w - 30, 272, "电子专利证书", 8.5, ctx.body, "r", GREY)
    return [pg]


def _pt_query(ctx: Ctx, p: dict[str, Any], variant: str) -> list[Page]:
    pg = Page(*A4)
    later = p["granted"] + timedelta(days=ctx.rng.randrange(30, 400))
    kit.browser(pg, ctx, "专利详细信息", f"https://pss-zl.{ctx.choice(('cnipa-query', 'patsearch'))}.cn/detail?an={p['d12']}{p['number'][-1]}",
                f"{later.year}/{later.month}/{later.day} {ctx.rng.randrange(8, 22)}:{ctx.rng.randrange(60):02d}")  # fmt: skip
    y = kit.site_header(pg, ctx, "国家知识产权局 · 专利信息公共服务平台", 14, (30, 70, 140))
    pg.text(14, y, "检索结果 > 专利详细信息", 9, ctx.body, "l", GREY)
    kw = KIND_WORD[p["kind"]]
    rows = [["字段", "内容"], ["申请号/专利号", f"{p['d12']}.{p['number'][-1]}"], ["专利类型", f"{kw}专利"],
            ["名称", p["title"]], ["申请日", fmt_date(p["applied"], "dot")], ["授权公告日", fmt_date(p["granted"], "dot")],
            ["授权公告号", _pub_no(ctx, p)], ["发明人" if p["kind"] != "design" else "设计人", "；".join(p["inv"])],
            ["申请（专利权）人", p["owner"]], ["法律状态", "专利权维持"], ["代理机构", f"{p['reg']['city']}{ctx.choice(('知信', '华邦', '远航'))}专利代理事务所"]]  # fmt: skip
    y = pg.table(14, y + 8, [40, 142], rows, 10.5, ctx.body, row_h=10, header_font=ctx.bold)
    pg.text(14, y + 6, "数据来源：国家知识产权局", 9, ctx.body, "l", GREY)
    return [pg]


def _pt_copy(ctx: Ctx, p: dict[str, Any], variant: str) -> list[Page]:
    pg = Page(*A4, bg=(246, 246, 244))
    frame(pg, ctx, 1)
    pg.text(pg.w / 2, 30, "外观设计专利证书", 24, ctx.bold, "c")
    pg.text(pg.w / 2, 44, f"证书号第{p['cert']}号", 11, ctx.body, "c")
    f = Flow(pg, ctx, 28, 58, 154, 11.5)
    c = ctx.colon()
    f.kv("外观设计名称", p["title"], 36, colon=c)
    f.kv("设 计 人", "、".join(p["inv"]), 36, colon=c)
    f.kv("专 利 号", _zl_spaced(p), 36, colon=c)
    f.kv("专利申请日", fmt_date(p["applied"], "cn"), 36, colon=c)
    f.kv("专 利 权 人", p["owner"], 36, colon=c)
    f.kv("授权公告日", fmt_date(p["granted"], "cn"), 36, colon=c)
    pg.rect(60, f.y + 4, 150, f.y + 58, 0.3, GREY, (236, 236, 236))
    pg.rect(80, f.y + 14, 130, f.y + 48, 0.6, (90, 90, 90))
    pg.text(105, f.y + 50, "（外观设计图片或照片）", 8, ctx.body, "c", GREY)
    f.skip(64)
    f.para(_pt_body(p), 11.5, lead=1.9)
    y = max(f.y + 10, 236)
    pg.text(150, y, "国家知识产权局", 12, ctx.body, "c")
    seal(pg, ctx, 150, y - 2, "国家知识产权局", 19)
    unit = p["owner"] if len(p["owner"]) > 4 else ctx.fill(ctx.choice(p["prof"]["units"]), p["reg"])
    hand(pg, ctx, 30, 250, "复印件与原件一致", 15, RED)
    kit.signature(pg, ctx, 34, 260, p["inv"][0], 14)
    seal(pg, ctx, 62, 236, unit, 17)
    kit.scan_noise(pg, ctx)
    return [pg]


# ================================================================================================
# award_certificate
# ================================================================================================
def _award_spec(
    ctx: Ctx, variant: str, reg: dict[str, Any], prof: dict[str, Any], pkey: str, year: int
) -> dict[str, Any]:
    P, C = reg["prov"], reg["city"]
    grade = ctx.choice(("一等奖", "二等奖", "三等奖", "二等奖", "三等奖"))
    title = ctx.choice(prof["projects"])
    if variant == "province-sci":
        return {"name": f"{P}科学技术进步奖", "issuer": f"{P}人民政府", "level": "provincial", "kind": "science_technology",
                "grade": grade, "title": title}  # fmt: skip
    if variant == "city-landscape":
        return {"name": f"{C}科学技术进步奖", "issuer": f"{C}人民政府", "level": "municipal", "kind": "science_technology",
                "grade": grade, "title": title}  # fmt: skip
    if variant == "social-science":
        prov = ctx.chance(0.4)
        return {"name": f"{P if prov else C}社会科学优秀成果奖", "issuer": f"{P if prov else C}人民政府",
                "level": "provincial" if prov else "municipal", "kind": "social_science", "grade": grade,
                "title": ctx.choice(prof["projects"]) if pkey in ("acct", "teach", "relic") else f"{C}{prof['topics'][0]}现状与对策研究"}  # fmt: skip
    if variant == "competition":
        opts = {
            "teach": (
                f"{year}年{C}中等职业学校教师教学能力比赛",
                f"{C}教育局",
                "参赛作品",
                f"{ctx.choice(prof['topics'])}教学设计",
            ),
            "acct": (f"{year}年{P}会计知识竞赛", f"{P}财政厅", "参赛项目", "政府会计实务"),
            "vet": (f"{year}年{C}基层兽医技能竞赛", f"{C}农业农村局", "竞赛项目", "动物检疫与采样"),
            "survey": (f"{year}年{P}测绘地理信息职业技能竞赛", f"{P}自然资源厅", "竞赛项目", "数字测图"),
            "power": (f"{year}年{P}电力行业职业技能竞赛", f"{P}电力行业协会", "竞赛项目", "配电线路带电作业"),
        }
        key = pkey if pkey in opts else ctx.choice(list(opts))
        name, issuer, lab, t = opts[key]
        return {"name": name, "issuer": issuer, "level": "bureau", "kind": "competition", "grade": grade, "title": t,
                "label": lab}  # fmt: skip
    # team-list and booklet: a bureau (厅/局/学会) award, or a government award for the booklet
    bureau = {
        "pharm": (f"{P}医学科技奖", f"{P}医学会"),
        "radio": (f"{P}医学科技奖", f"{P}医学会"),
        "water": (f"{P}水利科技进步奖", f"{P}水利厅"),
        "vet": (f"{P}农业技术推广奖", f"{P}农业农村厅"),
        "forest": (f"{P}林业科学技术奖", f"{P}林学会"),
        "survey": (f"{P}测绘科技进步奖", f"{P}测绘地理信息学会"),
        "power": (f"{P}电力科学技术进步奖", f"{P}电机工程学会"),
        "acct": (f"{C}会计科研成果奖", f"{C}财政局"),
        "teach": (f"{C}教育科研成果奖", f"{C}教育局"),
        "relic": (f"{C}文物保护优秀成果奖", f"{C}文化和旅游局"),
    }[pkey]
    if variant == "booklet-2p" and ctx.chance(0.5):
        return {"name": f"{C}科学技术进步奖", "issuer": f"{C}人民政府", "level": "municipal", "kind": "science_technology",
                "grade": grade, "title": title}  # fmt: skip
    kind = "social_science" if pkey in ("acct", "teach", "relic") else "science_technology"
    return {
        "name": bureau[0],
        "issuer": bureau[1],
        "level": "bureau",
        "kind": kind,
        "grade": grade,
        "title": title,
    }


def award_certificate(ctx: Ctx, k: int) -> Doc:
    variant = ctx.layout("award_certificate")
    reg = ctx.region()
    pkey, prof = ctx.prof("patents" if variant in ("province-sci", "city-landscape") else None)
    year = ctx.year(reg)
    aw = _award_spec(ctx, variant, reg, prof, pkey, year)
    when = ctx.day(year, (6, 12))
    dstyle = ctx.pick("t49.date.award")
    month_only = variant in ("province-sci", "social-science") and ctx.chance(0.4)
    date_s = fmt_month(when.year, when.month, dstyle) if month_only else fmt_date(when, dstyle)
    issued = f"{when.year}-{when.month:02d}" if month_only else iso(when)
    holder = ctx.name()
    team = None
    rank = None
    if variant in ("team-list", "city-landscape"):
        team = ctx.names(ctx.rng.randrange(3, 8))
        rank = ctx.rng.randrange(1, len(team) + 1)
        team.insert(rank - 1, holder)
    elif variant in ("province-sci", "booklet-2p") or ctx.chance(0.3):
        rank = ctx.rng.randrange(1, 8)
    a = {"reg": reg, "prof": prof, "aw": aw, "date_s": date_s, "holder": holder, "team": team, "rank": rank, "year": year,
         "no": f"{year}-{ctx.choice(('J', 'KJ', 'SK'))}{ctx.rng.randrange(1, 4)}-{ctx.rng.randrange(1, 200):03d}"}  # fmt: skip
    builder = {
        "province-sci": _aw_province, "city-landscape": _aw_city, "social-science": _aw_social,
        "competition": _aw_competition, "team-list": _aw_team, "booklet-2p": _aw_booklet,
    }[variant]  # fmt: skip
    pages = builder(ctx, a)
    if team:
        ppl = people(team, "awardee")
    else:
        ppl = [{"name": holder, "rank": rank or 1, "role": "awardee"}]
    fields = {"holder": holder, "people": ppl, "title": aw["title"], "issuer": aw["issuer"], "issued_on": issued,
              "award": {"name": aw["name"], "kind": aw["kind"], "level": aw["level"], "grade": aw["grade"]}}  # fmt: skip
    return make_doc(ctx, "award_certificate", variant, pages, fields, holder, year, reg["policy"])


def _aw_sign(ctx: Ctx, pg: Page, a: dict[str, Any], cx: float, y: float, size: float = 14.0) -> None:
    iss = a["aw"]["issuer"]
    pg.text(cx, y, iss, kit.fit(iss, ctx.body, size, 100), ctx.body, "c")
    pg.text(cx, y + size * PT_MM * 1.9, a["date_s"], size, ctx.body, "c")
    seal(pg, ctx, cx, y + 4, iss, 20)


def _aw_province(ctx: Ctx, a: dict[str, Any]) -> list[Page]:
    aw = a["aw"]
    pg = Page(*A4, bg=(252, 249, 240))
    frame(pg, ctx, 3)
    pg.text(pg.w / 2, 40, aw["name"], kit.fit(aw["name"], ctx.bold, 24, 170), ctx.bold, "c", RED)
    pg.text(pg.w / 2, 56, "证    书", 30, ctx.bold, "c", RED)
    f = Flow(pg, ctx, 32, 88, 146, 14)
    f.para(ctx.choice(["为表彰在促进科学技术进步工作中作出重要贡献者，特颁发此证书，以资鼓励。",
                       "为表彰获奖者在科学技术进步工作中取得的成绩，特颁发此证书。"]), 14, lead=2.0)  # fmt: skip
    f.skip(6)
    c = ctx.colon()
    f.kv("项目名称", a_title(aw), 30, colon=c, lead=2.3)
    f.kv("奖励等级", aw["grade"], 30, colon=c, lead=2.3)
    if ctx.chance(0.6):
        f.kv("获 奖 者", f"{a['holder']}（第{a['rank']}完成人）", 30, colon=c, lead=2.3)
    else:
        f.kv("获 奖 者", a["holder"], 30, colon=c, lead=2.3)
        f.kv("排    名", f"第{a['rank']}完成人", 30, colon=c, lead=2.3)
    f.kv("证 书 号", a["no"] + f"-R{a['rank']:02d}", 30, colon=c, lead=2.3)
    _aw_sign(ctx, pg, a, 145, 222)
    return [pg]


def a_title(aw: dict[str, Any]) -> str:
    return aw["title"]


def _aw_city(ctx: Ctx, a: dict[str, Any]) -> list[Page]:
    aw = a["aw"]
    pg = Page(297.0, 210.0, bg=(253, 250, 242))
    frame(pg, ctx, 2)
    pg.text(pg.w / 2, 26, "荣  誉  证  书", 30, ctx.bold, "c", RED)
    f = Flow(pg, ctx, 40, 56, 217, 15)
    f.text(f"{a['holder']}同志：", 15)
    f.para(f"您参与完成的《{aw['title']}》项目荣获{a['year']}年度{aw['name']}{aw['grade']}（排名第{a['rank']}）。特发此证，以资鼓励。", 15,
           lead=2.0)  # fmt: skip
    f.skip(4)
    pg.text(40, f.y, "主要完成人员：", 12, ctx.body)
    f.skip(7)
    for i in range(0, len(a["team"]), 6):
        pg.text(52, f.y, "、".join(a["team"][i : i + 6]), 12, ctx.body)
        f.skip(7)
    pg.text(40, 178, f"证书编号：{a['no']}", 10, ctx.body)
    _aw_sign(ctx, pg, a, 225, 160)
    return [pg]


def _aw_social(ctx: Ctx, a: dict[str, Any]) -> list[Page]:
    aw = a["aw"]
    pg = Page(*A4)
    frame(pg, ctx, ctx.choice((1, 2)))
    f = Flow(pg, ctx, 30, 40, 150, 14)
    nm = aw["name"]
    if width_mm(nm, ctx.bold, 22) > 150:
        cut = nm.index("社会科学")
        f.center(nm[:cut], 20, ctx.bold).center(nm[cut:], 22, ctx.bold)
    else:
        f.center(nm, 22, ctx.bold)
    f.center("获 奖 证 书", 26, ctx.bold, color=RED).skip(14)
    c = ctx.colon()
    f.kv("成果名称", aw["title"], 30, colon=c, lead=2.4)
    f.kv("成果形式", ctx.choice(["论文", "研究报告", "专著"]), 30, colon=c, lead=2.4)
    f.kv("获奖等级", aw["grade"], 30, colon=c, lead=2.4)
    who = a["holder"] + (f"（第{a['rank']}作者）" if a["rank"] else "")
    f.kv("获 奖 者", who, 30, colon=c, lead=2.4)
    f.kv("证书编号", a["no"], 30, colon=c, lead=2.4)
    _aw_sign(ctx, pg, a, 140, 220)
    return [pg]


def _aw_competition(ctx: Ctx, a: dict[str, Any]) -> list[Page]:
    aw = a["aw"]
    pg = Page(297.0, 210.0, bg=(255, 252, 244))
    frame(pg, ctx, 3)
    pg.text(pg.w / 2, 30, "荣 誉 证 书", 32, ctx.bold, "c", (180, 120, 20))
    f = Flow(pg, ctx, 50, 62, 197, 15)
    pg.text(50, f.y, a["holder"], 18, ctx.hand if ctx.chance(0.4) else ctx.bold)
    pg.text(50 + width_mm(a["holder"], ctx.bold, 18) + 4, f.y + 2, "同志：", 15, ctx.body)
    f.skip(14)
    f.para(f"在{aw['name']}中，荣获{aw['grade']}。", 16, lead=2.0)
    f.text(f"{aw.get('label', '项目')}：{aw['title']}", 14, dx=10)
    f.text("特发此证，以资鼓励。", 15, dx=10)
    _aw_sign(ctx, pg, a, 222, 150)
    return [pg]


def _aw_team(ctx: Ctx, a: dict[str, Any]) -> list[Page]:
    aw = a["aw"]
    pg = Page(*A4)
    frame(pg, ctx, 2)
    pg.text(pg.w / 2, 34, "荣誉证书", 28, ctx.bold, "c", RED)
    f = Flow(pg, ctx, 30, 64, 150, 13)
    f.text(f"{a['holder']}  同志：", 14)
    f.para(f"您参与完成的项目荣获{aw['name']}{aw['grade']}，特发此证。", 14, lead=2.0)
    f.skip(6)
    c = ctx.colon()
    f.kv("项目名称", aw["title"], 28, colon=c, lead=2.2)
    pg.text(30, f.y, f"主要完成人{c}", 13, ctx.body)
    f.skip(8)
    for i, n in enumerate(a["team"]):
        pg.text(44 + (i % 3) * 44, f.y + (i // 3) * 8, f"{i + 1}. {n}", 12.5, ctx.body)
    f.skip(((len(a["team"]) + 2) // 3) * 8 + 4)
    f.kv("奖励年度", f"{a['year']}年度", 28, colon=c, lead=2.2)
    _aw_sign(ctx, pg, a, 140, max(f.y + 20, 215))
    return [pg]


def _aw_booklet(ctx: Ctx, a: dict[str, Any]) -> list[Page]:
    aw = a["aw"]
    cover = Page(150.0, 210.0, bg=(160, 25, 30))
    gold = (235, 200, 120)
    cover.rect(8, 8, 142, 202, 0.7, gold)
    cover.text(75, 70, "荣誉证书", 34, ctx.bold, "c", gold)
    cover.text(75, 96, "HONORARY CERTIFICATE", 10, ctx.body, "c", gold)
    inner = Page(210.0, 148.0)
    f = Flow(inner, ctx, 22, 22, 166, 13)
    f.text(f"{a['holder']}同志：", 14)
    f.para(
        f"您参与完成的“{aw['title']}”项目，荣获{aw['name']}{aw['grade']}（第{a['rank']}完成人）。特发此证。",
        14,
        lead=2.0,
    )
    f.skip(3).text(f"证书编号：{a['no']}", 10, color=GREY)
    _aw_sign(ctx, inner, a, 150, 108, 13)
    return [cover, inner]


# ================================================================================================
# project_completion
# ================================================================================================
def project_completion(ctx: Ctx, k: int) -> Doc:
    variant = ctx.layout("project_completion")
    reg = ctx.region()
    pkey, prof = ctx.prof()
    year = ctx.year(reg)
    C, P = reg["city"], reg["prov"]
    leader = ctx.name()
    members = ctx.names(ctx.rng.randrange(2, 6))
    title = ctx.choice(prof["projects"])
    issuer = ctx.choice({
        "pharm": [f"{C}卫生健康委员会", f"{C}科学技术局"], "radio": [f"{C}卫生健康委员会", f"{P}卫生健康委员会"],
        "acct": [f"{C}社会科学界联合会", f"{P}财政厅"], "teach": [f"{P}教育科学规划领导小组办公室", f"{C}教育科学研究院"],
        "relic": [f"{C}社会科学界联合会", f"{P}文物局"],
    }.get(pkey, [f"{C}科学技术局", f"{P}科学技术厅"]))  # fmt: skip
    done = ctx.day(year)
    unit = ctx.fill(ctx.choice(prof["units"]), reg)
    code = f"{reg['c'][0]}{ctx.choice(('KJ', 'SK', 'JK', 'WJ'))}{year - ctx.rng.randrange(1, 3)}{ctx.rng.randrange(1, 150):03d}"
    pj = {"reg": reg, "prof": prof, "leader": leader, "members": members, "title": title, "issuer": issuer, "done": done,
          "unit": unit, "code": code, "year": year}  # fmt: skip
    builder = {
        "certificate": _pc_cert, "approval-form": _pc_form, "letter": _pc_letter, "system-print": _pc_system,
        "landscape": _pc_landscape, "member-table": _pc_table,
    }[variant]  # fmt: skip
    pages = builder(ctx, pj)
    ppl = [{"name": leader, "rank": 1, "role": "project_leader"}] + [
        {"name": n, "rank": i + 2, "role": "project_member"} for i, n in enumerate(members)
    ]
    fields = {"holder": leader, "people": ppl, "title": title, "issuer": pj["issuer"], "issued_on": iso(done)}
    person = leader if ctx.chance(0.6) else ctx.choice(members)
    return make_doc(ctx, "project_completion", variant, pages, fields, person, year, reg["policy"])


def _pc_cert(ctx: Ctx, pj: dict[str, Any]) -> list[Page]:
    pg = Page(*A4)
    frame(pg, ctx, ctx.choice((1, 2, 3)))
    pg.text(pg.w - 26, 24, f"编号：{pj['code']}-JT", 10, ctx.body, "r")
    pg.text(pg.w / 2, 46, "结 题 证 书", 30, ctx.bold, "c", RED)
    f = Flow(pg, ctx, 30, 80, 150, 13)
    c = ctx.colon()
    lab = ctx.choice(("课题名称", "项目名称"))
    f.kv(lab, pj["title"], 30, colon=c, lead=2.3)
    f.kv("立项编号", pj["code"], 30, colon=c, lead=2.3)
    f.kv(ctx.choice(("课题负责人", "项目负责人")), pj["leader"], 34, colon=c, lead=2.3)
    f.kv("主要成员", "、".join(pj["members"]), 34, colon=c, lead=2.3)
    f.kv("承担单位", pj["unit"], 30, colon=c, lead=2.3)
    f.skip(6)
    f.para(f"该{lab[:2]}已按计划完成研究任务，经专家组鉴定，同意结题。特发此证。", 13, lead=2.0)
    y = max(f.y + 24, 220)
    pg.text(145, y, pj["issuer"], kit.fit(pj["issuer"], ctx.body, 13, 90), ctx.body, "c")
    pg.text(145, y + 9, fmt_date(pj["done"], ctx.pick("t49.date")), 13, ctx.body, "c")
    seal(pg, ctx, 145, y + 4, pj["issuer"])
    return [pg]


def _pc_form(ctx: Ctx, pj: dict[str, Any]) -> list[Page]:
    p1 = Page(*A4)
    p1.text(p1.w / 2, 22, "科研项目结题审批表", 18, ctx.bold, "c")
    start = date(pj["year"] - ctx.choice((1, 2)), ctx.rng.randrange(1, 13), 1)
    rows = [["项目名称", pj["title"]], ["项目编号", pj["code"]], ["项目负责人", pj["leader"]], ["承担单位", pj["unit"]],
            ["起止时间", f"{fmt_month(start.year, start.month, 'cn')}至{fmt_month(pj['done'].year, pj['done'].month, 'cn')}"],
            ["资助经费", f"{ctx.choice((2, 3, 5, 8, 10))}.0万元"]]  # fmt: skip
    y = p1.table(20, 34, [36, 134], rows, 11, ctx.body, row_h=11)
    p1.text(20, y + 6, "项目组成员", 12, ctx.bold)
    mrows = [
        ["序号", "姓名", "职称", "工作单位", "承担任务"],
        ["1", pj["leader"], ctx.choice(pj["prof"]["titles"]), pj["unit"][:12], "负责人"],
    ]
    tasks = ["方案设计", "数据采集", "统计分析", "现场试验", "报告撰写"]
    for i, n in enumerate(pj["members"]):
        mrows.append(
            [str(i + 2), n, ctx.choice(pj["prof"]["titles"]), pj["unit"][:12], tasks[i % len(tasks)]]
        )
    y = p1.table(20, y + 14, [14, 26, 30, 66, 34], mrows, 10.5, ctx.body, row_h=10, header_font=ctx.bold)
    f = Flow(p1, ctx, 20, y + 8, 170, 11)
    f.text("项目完成情况摘要：", 11, ctx.bold)
    f.para(
        "项目组按计划完成了调查、试验和总结工作，形成研究报告1份，发表论文2篇，相关成果已在本地推广应用。", 11
    )
    pstyle = ctx.pick("t49.pageno")
    kit.page_no(p1, ctx, 1, 2, pstyle)
    p2 = Page(*A4)
    p2.rect(20, 20, 190, 120, 0.4)
    g = Flow(p2, ctx, 24, 24, 162, 11)
    g.text("专家组意见：", 12, ctx.bold)
    g.para(
        "该项目研究目标明确，技术路线合理，完成了合同规定的各项任务，资料齐全，经费使用规范。专家组一致同意结题。",
        11.5,
        lead=1.9,
    )
    p2.text(110, 100, "专家组组长（签字）：", 11, ctx.body)
    kit.signature(p2, ctx, 152, 98, ctx.name(), 14)
    p2.text(150, 110, fmt_date(pj["done"] - timedelta(days=ctx.rng.randrange(5, 20)), "cn"), 10.5, ctx.body)
    p2.rect(20, 124, 190, 214, 0.4)
    p2.text(24, 128, "主管部门意见：", 12, ctx.bold)
    p2.text(40, 140, ctx.choice(["同意结题。", "同意专家组意见，准予结题。"]), 12, ctx.body)
    p2.text(
        140,
        184,
        f"（盖章）{pj['issuer']}",
        kit.fit(f"（盖章）{pj['issuer']}", ctx.body, 11, 90),
        ctx.body,
        "c",
    )
    p2.text(140, 194, fmt_date(pj["done"], ctx.choice(("cn", "cnsp"))), 11, ctx.body, "c")
    seal(p2, ctx, 150, 186, pj["issuer"])
    kit.page_no(p2, ctx, 2, 2, pstyle)
    return [p1, p2]


def _pc_letter(ctx: Ctx, pj: dict[str, Any]) -> list[Page]:
    reg = pj["reg"]
    org = re.sub(r"(医院|学院)(.+)$", r"\1", pj["unit"])
    pj["issuer"] = org
    pg = Page(*A4)
    pg.text(pg.w / 2, 40, "证    明", 24, ctx.bold, "c")
    f = Flow(pg, ctx, 28, 70, 154, 13)
    dept = ctx.choice(pj["prof"]["depts"])
    f.para(f"兹有我单位{dept}{pj['leader']}同志主持的科研课题《{pj['title']}》（课题编号：{pj['code']}），课题组成员有"
           f"{'、'.join(pj['members'])}等同志，已于{fmt_date(pj['done'], 'cn')}完成全部研究任务并通过结题验收。", 13, lead=2.1)  # fmt: skip
    f.para("特此证明。", 13, lead=2.1)
    y = f.y + 30
    pg.text(150, y, org, kit.fit(org, ctx.body, 13, 80), ctx.body, "c")
    letter = pj["done"] + timedelta(days=ctx.rng.randrange(0, 10))
    pg.text(150, y + 9, fmt_date(letter, ctx.choice(("cn", "cn0"))), 13, ctx.body, "c")
    seal(pg, ctx, 150, y + 4, org)
    pg.text(
        28, 260, f"（联系电话：{reg['tel']}-{ctx.rng.randrange(2000000, 8999999)}）", 10, ctx.body, "l", GREY
    )
    pj["done"] = letter  # the letter's own date is its issue date
    return [pg]


def _pc_system(ctx: Ctx, pj: dict[str, Any]) -> list[Page]:
    pg = Page(*A4)
    later = pj["done"] + timedelta(days=ctx.rng.randrange(10, 300))
    site = f"{pj['reg']['city']}科研项目管理信息系统"
    kit.browser(pg, ctx, "项目详情", f"http://kyxm.{ctx.choice(('yykj', 'ytkj', 'hnkj', 'sdkj'))}.gov.cn/project/view?pid={ctx.rng.randrange(10**5, 10**6)}",
                f"{later.year}/{later.month}/{later.day} {ctx.rng.randrange(8, 22)}:{ctx.rng.randrange(60):02d}")  # fmt: skip
    y = kit.site_header(pg, ctx, site, 14, (20, 100, 120))
    pg.text(14, y, "我的项目 > 已结题项目 > 项目详情", 9, ctx.body, "l", GREY)
    start = date(pj["year"] - ctx.choice((1, 2)), ctx.rng.randrange(1, 13), ctx.rng.randrange(1, 28))
    rows = [["项目名称", pj["title"]], ["项目编号", pj["code"]], ["项目类别", ctx.choice(("市级科技计划项目", "厅局级课题", "一般项目"))],
            ["负责人", pj["leader"]], ["项目组成员", "，".join(pj["members"])], ["承担单位", pj["unit"]],
            ["立项日期", fmt_date(start, "dash")], ["结题日期", fmt_date(pj["done"], "dash")],
            ["结题证书编号", f"{pj['code']}-JT"], ["项目状态", "已结题"], ["管理单位", pj["issuer"]]]  # fmt: skip
    y = pg.table(14, y + 8, [36, 146], rows, 10.5, ctx.body, row_h=10)
    pg.text(14, y + 6, "打印  |  导出PDF  |  返回列表", 9, ctx.body, "l", (30, 60, 180))
    return [pg]


def _pc_landscape(ctx: Ctx, pj: dict[str, Any]) -> list[Page]:
    pg = Page(297.0, 210.0, bg=(252, 250, 244))
    frame(pg, ctx, 3)
    pg.text(pg.w / 2, 28, "结  项  证  书", 30, ctx.bold, "c", RED)
    f = Flow(pg, ctx, 44, 60, 209, 14)
    f.para(f"由{pj['unit']}承担的课题《{pj['title']}》（批准号：{pj['code']}），经审核鉴定，"
           "已完成预期研究目标，准予结项。", 14, lead=2.0)  # fmt: skip
    f.skip(4)
    c = ctx.colon()
    f.kv("主 持 人", pj["leader"], 28, colon=c, lead=2.2)
    f.kv("主要参与人", "  ".join(pj["members"]), 32, colon=c, lead=2.2)
    f.kv("证书编号", f"JX{pj['year']}{ctx.rng.randrange(100, 999)}", 28, colon=c, lead=2.2)
    cx = 222
    pg.text(cx, 160, pj["issuer"], kit.fit(pj["issuer"], ctx.body, 14, 90), ctx.body, "c")
    pg.text(cx, 170, fmt_date(pj["done"], ctx.choice(("upper", "cn"))), 14, ctx.body, "c")
    seal(pg, ctx, cx, 163, pj["issuer"])
    return [pg]


def _pc_table(ctx: Ctx, pj: dict[str, Any]) -> list[Page]:
    pg = Page(*A4)
    frame(pg, ctx, 1)
    pg.text(pg.w / 2, 32, "课题结题证书", 26, ctx.bold, "c")
    f = Flow(pg, ctx, 28, 56, 154, 12.5)
    f.para(
        f"{pj['issuer']}立项课题《{pj['title']}》（立项编号：{pj['code']}），经专家鉴定，达到结题要求，准予结题。",
        12.5,
        lead=2.0,
    )
    f.skip(4)
    rows = [["序号", "姓名", "工作单位", "分工"], ["1", pj["leader"], pj["unit"][:14], "主持人"]]
    for i, n in enumerate(pj["members"]):
        rows.append([str(i + 2), n, pj["unit"][:14], "成员"])
    y = pg.table(28, f.y, [16, 30, 80, 28], rows, 11, ctx.body, row_h=10.5, header_font=ctx.bold)
    yy = max(y + 30, 215)
    pg.text(145, yy, pj["issuer"], kit.fit(pj["issuer"], ctx.body, 13, 90), ctx.body, "c")
    pg.text(145, yy + 9, fmt_date(pj["done"], ctx.pick("t49.date")), 13, ctx.body, "c")
    seal(pg, ctx, 145, yy + 4, pj["issuer"])
    return [pg]
