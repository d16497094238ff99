"""Draw 15: journal articles, books, patent certificates, award certificates, project completion proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import Journal, journals
from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind15 import pools as P
from bench.blind15.pools import GREY, Ctx, dfmt, hand, hz_num, iso, kv, mfmt, mm
from bench.generator.truth import SCORED, person

# ---- journal articles ----------------------------------------------------------------------------------
JA = "journal_article"
METHODS = ["改进YOLOv5", "随机森林", "灰色关联分析", "有限元数值模拟", "响应面法", "多源遥感数据", "主成分分析", "层次分析法",
           "Meta分析", "熵权TOPSIS模型", "高通量测序", "倾向性评分匹配"]  # fmt: skip
OBJECTS = ["黄河下游滩区土壤盐分", "冬小麦籽粒灌浆", "城市供水管网漏损", "钢筋混凝土框架节点", "区域生态安全格局", "基层医疗服务能力",
           "茶园土壤微生物群落", "高速公路边坡稳定性", "苹果园水肥一体化", "农村中小学教师专业发展", "老年慢性病患者用药依从性",
           "洞庭湖区湿地景观", "大樱桃果实品质", "县域农业面源污染"]  # fmt: skip
TASKS = ["识别", "综合评价", "参数优化", "预测", "特征分析", "时空演变", "影响因素"]
FUNDS = ["国家自然科学基金", "山东省自然科学基金", "河南省科技攻关项目", "湖南省自然科学基金", "国家重点研发计划",
         "泰山学者工程专项", "中原英才计划", "湖南省教育厅科学研究项目"]  # fmt: skip
REGION = {"11": "北京", "12": "天津", "13": "河北", "14": "山西", "21": "辽宁", "22": "吉林", "23": "黑龙江", "31": "上海",
          "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西", "37": "山东", "41": "河南", "42": "湖北",
          "43": "湖南", "44": "广东", "51": "四川", "52": "贵州", "53": "云南", "61": "陕西", "62": "甘肃"}  # fmt: skip
NATIONAL = [
    "中国科学技术协会",
    "中华人民共和国教育部",
    "中国科学院",
    "农业农村部",
    "国家卫生健康委员会",
    "水利部",
    "中国工程院",
]
PROVINCIAL = ["{p}省教育厅", "{p}省科学技术协会", "{p}省卫生健康委员会", "{p}省科学技术厅"]


def _art_title(ctx: Ctx) -> str:
    o, t = ctx.pick(OBJECTS), ctx.pick(TASKS)
    form = ctx.rng.randrange(3)
    if form == 0:
        return f"基于{ctx.pick(METHODS)}的{o}{t}研究"
    if form == 1:
        return f"{o}{t}——以{ctx.pick(P.FIVE)}市为例"
    return f"{o}的{t}及对策"


def _journal(ctx: Ctx) -> tuple[Journal, int, str | None, str]:
    j = ctx.pick(journals())
    year = ctx.rng.randint(2016, 2024)
    vol = str(year - ctx.rng.randint(1975, 2010)) if ctx.rng.random() < 0.75 else None
    return j, year, vol, str(ctx.rng.randint(1, 12))


def _supervisor(ctx: Ctx, j: Journal) -> tuple[str, str, str]:
    """(主管, 主办, level) consistent with the CN region."""
    reg = REGION.get(j.cn[:2])
    if j.cn[:2] in ("10", "11", "12", "31") or reg is None or ctx.rng.random() < 0.45:
        return ctx.pick(NATIONAL), f"《{j.name}》编辑部", "national"
    return ctx.pick(PROVINCIAL).format(p=reg), f"《{j.name}》编辑部", "provincial"


def _authors(ctx: Ctx, n0: int = 2, n1: int = 5) -> tuple[list[str], list[list[int]], list[str]]:
    n = ctx.rng.randint(n0, n1)
    names = ctx.people(n)
    c = P.city(ctx)
    affs = [ctx.pick(P.COLLEGES[c])]
    if ctx.rng.random() < 0.6:
        c2 = P.city(ctx)
        a2 = ctx.pick(P.COLLEGES[c2] + [P.workplace(ctx, c2)])
        if a2 not in affs:
            affs.append(a2)
    sup = [[1] if len(affs) == 1 or i < n // 2 or ctx.rng.random() < 0.3 else [2] for i in range(n)]
    return names, sup, affs


def _jfields(j: Journal, year: int, vol: str | None, iss: str, level: str | None, title: str,
             names: list[str]) -> dict:  # fmt: skip
    levels = list(j.base_levels) + ([level] if level else [])
    return {"title": title, "people": [person(n, i + 1, "author") for i, n in enumerate(names)],
            "journal": {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": vol, "issue": iss,
                        "levels": levels}}  # fmt: skip


def _jscored(vol: str | None, article: bool) -> list[str]:
    sc = [s for s in SCORED[JA] if s not in ("title", "people", "journal.volume")]
    return (["title", "people"] if article else []) + sc + (["journal.volume"] if vol else [])


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant(JA)
    j, year, vol, iss = _journal(ctx)
    title = _art_title(ctx)
    names, sup, affs = _authors(ctx)
    level = None
    if v == "firstpage":
        pages = [_first_page(ctx, j, year, vol, iss, title, names, sup, affs)]
    elif v == "bilingual":
        pages = [_first_page(ctx, j, year, vol, iss, title, names, sup, affs, english=True)]
    elif v == "cover":
        zg, zb, level = _supervisor(ctx, j)
        pages = [_cover(ctx, j, year, vol, iss, title, names, zg, zb)]
    elif v == "toc":
        zg, zb, level = _supervisor(ctx, j)
        if ctx.rng.random() < 0.4:
            zg = zb = ""
            level = None
        pages = [_toc(ctx, j, year, vol, iss, title, names, zg, zb)]
    elif v == "pair":
        zg, zb, level = _supervisor(ctx, j)
        pages = [_cover(ctx, j, year, vol, iss, title, names, zg, zb),
                 _first_page(ctx, j, year, vol, iss, title, names, sup, affs)]  # fmt: skip
    else:
        pages = [_spread(ctx, j, year, vol, iss, title, names, sup, affs)]
    article = v in ("firstpage", "bilingual", "pair", "spread")
    f = _jfields(j, year, vol, iss, level, title, names)
    claim = {"person": ctx.pick(names), "year": year}
    return Doc(JA, ctx.layout(JA, v), pages, f, _jscored(vol, article), claim)


def _volno(year: int, vol: str | None, iss: str) -> str:
    return f"第{vol}卷第{iss}期" if vol else f"{year}年第{iss}期"


def _article_block(pg: Page, ctx: Ctx, x: float, y: float, w: float, j: Journal, year: int, iss: str,
                   title: str, names: list[str], sup: list[list[int]], affs: list[str],
                   english: bool = False, size: float = 1.0) -> float:  # fmt: skip
    cx = x + w / 2
    y = _centre_wrap(pg, ctx, cx, y, w, title, 17 * size)
    parts: list[tuple[str, bool]] = []
    for i, (nm, s) in enumerate(zip(names, sup, strict=True)):
        parts.append((nm, False))
        if len(affs) > 1:
            parts.append(("".join(map(str, s)), True))
        if i == 0 and ctx.rng.random() < 0.3:
            parts.append(("*", True))
        if i < len(names) - 1:
            parts.append(("，", False))
    y = pg.runs(cx, y + 2, parts, 12 * size, ctx.body) + 0.5
    c = P.city(ctx)
    aff_s = "；".join(f"{i + 1}. {a}" if len(affs) > 1 else a for i, a in enumerate(affs))
    aff_s = f"（{aff_s}，{P.province(c)} {c} {P.CITIES[c][3]}）"
    y = _centre_wrap(pg, ctx, cx, y, w, aff_s, 9 * size, ctx.body)
    if english:
        y = _centre_wrap(pg, ctx, cx, y + 2, w, _en_title(title), 12 * size, ctx.bold)
        y = _centre_wrap(
            pg, ctx, cx, y, w, f"({'; '.join(_en_aff(a) for a in affs)}, China)", 8.5 * size, ctx.body
        )
    abst = (f"摘要：为明确{title.split('——')[0]}的主要特征，本文以{P.province(c)}省{c}市为研究区，综合运用"
            f"{ctx.pick(METHODS)}与实地调查数据开展分析。结果表明：研究区相关指标存在明显的空间差异，"
            f"关键因子贡献率达{ctx.rng.randint(40, 80)}.{ctx.rng.randint(0, 9)}%。研究结果可为当地生产与管理提供参考。")  # fmt: skip
    y = pg.wrap(x + 4, y + 3, w - 8, abst, 9 * size, ctx.body, lead=1.6)
    kw = "；".join(ctx.rng.sample(OBJECTS, 2) + ctx.rng.sample(METHODS, 2))
    y = pg.wrap(x + 4, y, w - 8, f"关键词：{kw}", 9 * size, ctx.body)
    pg.text(x + 4, y, f"中图分类号：{ctx.pick(['S', 'R', 'G', 'TU', 'X', 'TV'])}{ctx.rng.randint(100, 999)}   "
                      f"文献标志码：A   文章编号：{j.issn}({year}){int(iss):02d}-{ctx.rng.randint(1, 300):04d}-0{ctx.rng.randint(4, 9)}",
            8 * size, ctx.body)  # fmt: skip
    y += mm(8 * size) * 1.8
    if english:
        y = P.en_wrap(pg, x + 4, y + 1, w - 8, "Abstract: To clarify the main characteristics of the study object, field survey data "
                    "were analysed with statistical models. The results provide a reference for local practice.",
                    8.5 * size, ctx.body, lead=1.45)  # fmt: skip
    return y


def _centre_wrap(
    pg: Page, ctx: Ctx, cx: float, y: float, w: float, s: str, size: float, font: str | None = None
) -> float:
    font = font or ctx.bold
    lines, cur = [], ""
    for ch in s:
        if cur and width_mm(cur + ch, font, size) > w:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    for ln in lines:
        pg.text(cx, y, ln, size, font, "c")
        y += mm(size) * 1.55
    return y


EN_WORDS = {"识别": "Identification", "综合评价": "Comprehensive Evaluation", "参数优化": "Parameter Optimization",
            "预测": "Prediction", "特征分析": "Characteristics", "时空演变": "Spatio-temporal Evolution",
            "影响因素": "Influencing Factors"}  # fmt: skip


def _en_title(title: str) -> str:
    for zh, en in EN_WORDS.items():
        if zh in title:
            return f"Study on {en} of the Research Object"
    return "Study on the Research Object and Countermeasures"


def _en_aff(a: str) -> str:
    return {"山东农业大学": "Shandong Agricultural University", "河南大学": "Henan University", "鲁东大学": "Ludong University",
            "烟台大学": "Yantai University", "德州学院": "Dezhou University", "泰山学院": "Taishan University",
            "湖南城市学院": "Hunan City University"}.get(a, "Institute")  # fmt: skip


def _first_page(ctx: Ctx, j: Journal, year: int, vol: str | None, iss: str, title: str, names: list[str],
                sup: list[list[int]], affs: list[str], english: bool = False) -> Page:  # fmt: skip
    pg = Page()
    m = min(12, int(iss) + ctx.rng.randint(0, 1))
    head_l = f"第{vol}卷 第{iss}期" if vol else f"{year}年 第{iss}期"
    pg.text(16, 12, head_l, 9, ctx.body)
    pg.text(105, 12, j.name, 10, ctx.bold, "c")
    pg.text(194, 12, f"Vol.{vol} No.{iss}" if vol else f"No.{iss}", 9, ctx.body, "r")
    pg.text(194, 17, f"{year}年{m}月", 9, ctx.body, "r")
    pg.line(16, 22, 194, 22, 0.5)
    y = _article_block(pg, ctx, 16, 30, 178, j, year, iss, title, names, sup, affs, english)
    # two-column body start
    colw = 85.0
    txt = ("随着区域经济社会的快速发展，相关领域面临新的问题与挑战。已有研究多集中于单一因素，"
           "缺乏系统、定量的综合分析。为此，本研究在前期工作基础上，选择典型区域开展调查与试验，以期为相关决策提供依据。") * 2  # fmt: skip
    pg.text(16, y + 4, "0  引言", 11, ctx.bold)
    yb = pg.wrap(16, y + 11, colw, txt, 9.5, ctx.body, lead=1.6, indent=6.7)
    txt2 = ("1  材料与方法  1.1  研究区概况  研究区属暖温带季风气候，年均气温13.5℃，年降水量约600 mm，"
            "降水多集中于7—9月。1.2  数据来源  数据来源于实地调查、统计年鉴及相关部门监测资料，经整理与校核后用于分析。")  # fmt: skip
    pg.wrap(109, y + 4, colw, txt2, 9.5, ctx.body, lead=1.6)
    ft = max(yb + 6, 238)
    pg.line(16, ft, 70, ft, 0.3)
    born = ctx.rng.randint(1968, 1994)
    rec = dt.date(year - (1 if m < 3 else 0), ((m - 3) % 12) + 1, ctx.rng.randint(1, 28))
    notes = [f"收稿日期：{rec:%Y-%m-%d}",
             f"基金项目：{ctx.pick(FUNDS)}（{ctx.pick(['ZR', 'SD', 'HN', '2019', '2021'])}{ctx.rng.randint(10000, 99999)}）",
             f"作者简介：{names[0]}（{born}—），{ctx.pick(['男', '女'])}，{P.province(P.city(ctx))}人，{ctx.pick(['硕士', '博士', '本科'])}，"
             f"{ctx.pick(P.TITLES_PRO)}，主要从事{ctx.pick(OBJECTS)}研究。"]  # fmt: skip
    yy = ft + 2
    for s in notes:
        yy = pg.wrap(16, yy, 178, s, 8, ctx.body, lead=1.5)
    pg.text(105, 283, f"ISSN {j.issn}    CN {j.cn}", 8, ctx.body, "c", GREY)
    pg.text(
        16,
        289,
        f"DOI:10.{ctx.rng.randint(11000, 13999)}/j.issn.{j.issn}.{year}.{int(iss):02d}.{ctx.rng.randint(1, 40):03d}",
        7.5,
        ctx.body,
        color=GREY,
    )
    return pg


def _highlights(ctx: Ctx, title: str, names: list[str], n: int) -> list[tuple[str, list[str]]]:
    items = [(_art_title(ctx), ctx.people(ctx.rng.randint(1, 4), set(names))) for _ in range(n)]
    items = [it for it in items if it[0] != title]
    items.insert(ctx.rng.randrange(len(items) + 1), (title, names))
    return items


def _cover(ctx: Ctx, j: Journal, year: int, vol: str | None, iss: str, title: str, names: list[str],
           zg: str, zb: str) -> Page:  # fmt: skip
    pg = Page(bg=ctx.pick([(236, 244, 236), (238, 238, 246), (250, 244, 232)]))
    band = ctx.pick([(30, 90, 60), (40, 60, 130), (140, 50, 40)])
    pg.rect(0, 0, 210, 70, 0, fill=band)
    size = P.fit(j.name, ctx.bold, 44, 180)
    pg.text(105, 18, j.name, size, ctx.bold, "c", (255, 255, 255))
    pg.text(
        105,
        50,
        f"{year}年 第{iss}期" + (f"    Vol.{vol}  No.{iss}" if vol else ""),
        13,
        ctx.body,
        "c",
        (255, 255, 255),
    )
    pg.text(20, 82, "本期导读", 14, ctx.bold)
    y = 92
    for t, au in _highlights(ctx, title, names, ctx.rng.randint(3, 4)):
        y = pg.wrap(24, y, 162, t, 11.5, ctx.body, lead=1.5)
        pg.text(30, y, "，".join(au), 10, ctx.body, color=GREY)
        y += 9
    pg.rect(40, 190, 170, 240, 0, fill=(210, 214, 206))
    yy = 252
    if zg:
        pg.text(20, yy, f"主管：{zg}", 10.5, ctx.body)
        pg.text(20, yy + 6, f"编辑出版：{zb}", 10.5, ctx.body)
        yy += 14
    pg.text(20, yy, f"ISSN {j.issn}", 11, ctx.body)
    pg.text(20, yy + 6.5, f"CN {j.cn}", 11, ctx.body)
    for i in range(40):
        pg.rect(150 + i * 1.1, yy - 2, 150 + i * 1.1 + (0.4 if i % 3 else 0.8), yy + 12, 0, fill=(20, 20, 20))
    return pg


def _toc(ctx: Ctx, j: Journal, year: int, vol: str | None, iss: str, title: str, names: list[str],
         zg: str, zb: str) -> Page:  # fmt: skip
    pg = Page()
    pg.text(105, 14, j.name, 18, ctx.bold, "c")
    pg.text(105, 25, _volno(year, vol, iss) + f"（总第{ctx.rng.randint(120, 480)}期）", 10.5, ctx.body, "c")
    pg.text(105, 34, "目    次", 15, ctx.bold, "c")
    pg.line(16, 42, 194, 42, 0.6)
    x_w = 140 if zg else 178
    y = 48
    page_no = ctx.rng.randint(1, 20)
    for sec in range(2):
        pg.text(16, y, ctx.pick(["研究论文", "综述", "试验研究", "技术与方法", "调查研究"]), 11, ctx.bold)
        y += 7
        for t, au in (
            _highlights(ctx, title, names, ctx.rng.randint(3, 4))
            if sec == 0
            else [(_art_title(ctx), ctx.people(ctx.rng.randint(1, 4), set(names))) for _ in range(3)]
        ):
            y = pg.wrap(20, y, x_w - 24, t, 10.5, ctx.body, lead=1.45)
            pg.text(26, y, "  ".join(au), 9.5, ctx.body)
            pg.text(16 + x_w, y, f"（{page_no}）", 9.5, ctx.body, "r")
            page_no += ctx.rng.randint(5, 12)
            y += 8
    if zg:
        pg.line(160, 48, 160, 250, 0.3, GREY)
        kv(
            pg,
            163,
            50,
            [("主管", ""), ("", zg[:8]), ("", zg[8:]), ("编辑出版", ""), ("", zb[:8]), ("", zb[8:])],
            8.5,
            ctx.body,
            colon="",
        )
    pg.text(
        105,
        272,
        f"ISSN {j.issn}  CN {j.cn}  {ctx.pick(['月刊', '双月刊', '半月刊'])}  {year}年出版",
        9,
        ctx.body,
        "c",
    )
    return pg


def _spread(ctx: Ctx, j: Journal, year: int, vol: str | None, iss: str, title: str, names: list[str],
            sup: list[list[int]], affs: list[str]) -> Page:  # fmt: skip
    pg = Page(w=297, h=210, bg=(242, 242, 238))
    pg.line(148.5, 0, 148.5, 210, 1.5, (180, 180, 175))
    p0 = ctx.rng.randint(20, 90)
    pg.text(12, 8, f"{p0}", 8, ctx.body)
    pg.text(74, 8, j.name, 8, ctx.body, "c")
    pg.text(137, 8, _volno(year, vol, iss), 8, ctx.body, "r")
    pg.text(12, 16, "参考文献：", 9, ctx.bold)
    y = 22
    for i in range(9):
        au = "，".join(ctx.people(ctx.rng.randint(1, 3), set(names)))
        y = pg.wrap(12, y, 126, f"[{i + 1}] {au}. {_art_title(ctx)}[J]. {ctx.pick(journals()).name}，{ctx.rng.randint(2008, year)}，"
                    f"{ctx.rng.randint(1, 40)}({ctx.rng.randint(1, 12)})：{ctx.rng.randint(1, 200)}-{ctx.rng.randint(201, 400)}.",
                    7.5, ctx.body, lead=1.4)  # fmt: skip
    pg.text(160, 8, f"{j.name}", 8, ctx.body)
    pg.text(285, 8, f"{_volno(year, vol, iss)}  {p0 + 1}", 8, ctx.body, "r")
    yb = _article_block(pg, ctx, 156, 16, 132, j, year, iss, title, names, sup, affs, size=0.8)
    pg.wrap(
        160,
        yb + 3,
        124,
        "1  材料与方法  试验于研究区典型样地开展，设置3个处理，每处理重复3次，随机区组排列。" * 2,
        8,
        ctx.body,
    )
    pg.text(222, 200, f"ISSN {j.issn}  CN {j.cn}", 7, ctx.body, "c", GREY)
    return pg


# ---- books ------------------------------------------------------------------------------------------------
BK = "book"
BOOK_TITLES = ["黄河三角洲盐碱地改良与利用", "基层医院感染管理实务", "苹果病虫害绿色防控图谱", "中小学教师教育科研方法",
               "现代设施蔬菜栽培技术", "县域医共体建设理论与实践", "湘中丘陵区双季稻高产栽培", "豫东平原农田水利工程管理",
               "泰山药用植物资源", "安化黑茶文化与产业发展", "开封古城保护与城市更新", "胶东海洋牧场建设与管理",
               "常见急危重症护理规范", "高中数学核心素养教学设计", "农村公路养护技术手册"]  # fmt: skip
# publisher, city, ISBN publisher prefix (after 978-7-)
PUBLISHERS = [("中国农业出版社", "北京", "109"), ("中国农业科学技术出版社", "北京", "5116"), ("山东科学技术出版社", "济南", "5723"),
              ("山东大学出版社", "济南", "5607"), ("河南科学技术出版社", "郑州", "5725"), ("中原农民出版社", "郑州", "5542"),
              ("河南大学出版社", "开封", "5649"), ("湖南科学技术出版社", "长沙", "5710"), ("湖南师范大学出版社", "长沙", "5648"),
              ("人民卫生出版社", "北京", "117"), ("黄河水利出版社", "郑州", "5509"), ("中国水利水电出版社", "北京", "5226"),
              ("化学工业出版社", "北京", "122"), ("科学出版社", "北京", "03")]  # fmt: skip
FOREIGN = [("[美]", "约翰·威尔逊", "John Wilson"), ("[英]", "彼得·哈里斯", "Peter Harris"), ("[德]", "克劳斯·施密特", "Klaus Schmidt"),
           ("[日]", "山田浩二", "Koji Yamada"), ("[澳]", "大卫·布朗", "David Brown")]  # fmt: skip
EN_BOOK = ["Principles of Soil Management", "Infection Prevention in Practice", "Orchard Pest Control",
           "Research Methods in Education", "Water Resources Engineering"]  # fmt: skip


def _isbn(ctx: Ctx, prefix: str) -> str:
    rest = "".join(str(ctx.rng.randint(0, 9)) for _ in range(8 - len(prefix)))
    d12 = f"9787{prefix}{rest}"
    return f"978-7-{prefix}-{rest}-{P.isbn_digit(d12)}"


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant(BK)
    pub, pcity, prefix = ctx.pick(PUBLISHERS)
    title = ctx.pick(BOOK_TITLES)
    y, m = ctx.rng.randint(2016, 2024), ctx.rng.randint(1, 12)
    isbn = _isbn(ctx, prefix)
    edition = f"{y}年{m}月第1版"
    used: set[str] = set()
    chief = ctx.people(ctx.rng.choice([1, 1, 2]), used)
    deputy = ctx.people(ctx.rng.randint(0, 3), used)
    board = ctx.people(ctx.rng.randint(3, 8), used)
    roles = [(n, "editor_in_chief") for n in chief]
    scored = list(SCORED[BK])
    issued: str | None = P.ym(y, m)
    if v == "cover":
        roles += [(n, "deputy_editor") for n in deputy]
        pages = [_book_cover(ctx, title, chief, deputy, pub)]
        isbn_t, ed_t, issued = None, None, None
        scored = [s for s in scored if s not in ("book.isbn", "book.edition")]
    elif v == "cip":
        authored = ctx.rng.random() < 0.35
        if authored:
            roles = [(n, "author") for n in chief]
        pages = [_book_cip(ctx, title, chief, pub, pcity, isbn, y, m, authored)]
        isbn_t, ed_t = isbn, edition
    elif v == "board":
        roles += [(n, "deputy_editor") for n in deputy] + [(n, "editorial_board") for n in board]
        pages = [
            _book_board(ctx, title, chief, deputy, board),
            _book_plain(ctx, title, chief, pub, pcity, isbn, y, m),
        ]
        isbn_t, ed_t = isbn, edition
    elif v == "translation":
        fl, fzh, fen = ctx.pick(FOREIGN)
        tr = chief + deputy[:1]
        roles = [(fzh, "author")] + [(n, "translator") for n in tr]
        pages = [_book_translation(ctx, title, fl, fzh, fen, tr, pub, pcity, isbn, y, m)]
        isbn_t, ed_t = isbn, edition
    else:
        y = ctx.rng.randint(2016, 2018)
        edition, issued = f"{y}年{m}月第1版", P.ym(y, m)
        roles += [(n, "deputy_editor") for n in deputy]
        pages = [_book_boxed(ctx, title, chief, deputy, pub, pcity, isbn, y, m)]
        isbn_t, ed_t = isbn, edition
    ppl = [person(n, i + 1, r) for i, (n, r) in enumerate(roles)]
    f = {"title": title, "people": ppl, "issuer": pub, "issued_on": issued,
         "book": {"isbn": isbn_t, "publisher": pub, "edition": ed_t}}  # fmt: skip
    claim = {
        "person": ctx.pick([p["name"] for p in ppl if p["role"] != "author"] or [ppl[0]["name"]]),
        "year": y,
    }
    return Doc(BK, ctx.layout(BK, v), pages, f, scored, claim)


def _book_cover(ctx: Ctx, title: str, chief: list[str], deputy: list[str], pub: str) -> Page:
    pg = Page(w=185, h=260, bg=ctx.pick([(28, 70, 60), (240, 236, 222), (36, 52, 96)]))
    light = pg.bg[0] > 200
    col = (30, 30, 30) if light else (245, 240, 225)
    pg.rect(0, 150, 185, 215, 0, fill=(200, 170, 90) if light else (70, 110, 90))
    y = 40
    for i in range(0, len(title), 8):
        pg.text(92.5, y, title[i : i + 8], 28, ctx.bold, "c", col)
        y += 15
    pg.text(92.5, y + 10, "主编  " + "  ".join(chief), 13, ctx.body, "c", col)
    if deputy:
        pg.text(92.5, y + 19, "副主编  " + "  ".join(deputy), 11, ctx.body, "c", col)
    pg.text(92.5, 238, pub, 14, ctx.bold, "c", col)
    return pg


def _cip_lines(ctx: Ctx, title: str, who: str, pub: str, pcity: str, isbn: str, y: int, m: int) -> list[str]:
    return ["图书在版编目（CIP）数据", f"{title} / {who}. —{pcity}：{pub}，{y}.{m}", f"ISBN {isbn}",
            f"Ⅰ. ①{title[:2]}…  Ⅱ. ①{who.split('，')[0].split(' ')[0][:3]}…  Ⅲ. ①{title[-4:]}  Ⅳ. ①{ctx.pick(['S', 'R', 'G', 'TV', 'U'])}{ctx.rng.randint(1, 999)}",
            f"中国版本图书馆CIP数据核字（{y}）第{ctx.rng.randint(10000, 299999)}号"]  # fmt: skip


def _imprint(ctx: Ctx, pub: str, pcity: str, y: int, m: int, used: set[str]) -> list[tuple[str, str]]:
    m2 = min(12, m + ctx.rng.randint(0, 3))
    return [("责任编辑", ctx.person(used)), ("责任校对", ctx.person(used)), ("出版发行", pub),
            ("社    址", f"{pcity}市{ctx.pick(['文化路', '经五路', '建设大道', '科技路'])}{ctx.rng.randint(1, 300)}号"),
            ("印    刷", f"{pcity}{ctx.pick(['新华', '鸿文', '华泰'])}印刷有限公司"),
            ("开    本", ctx.pick(["787 mm×1092 mm  1/16", "710 mm×1000 mm  1/16", "880 mm×1230 mm  1/32"])),
            ("印    张", f"{ctx.rng.randint(8, 30)}.{ctx.pick(['0', '25', '5', '75'])}"), ("字    数", f"{ctx.rng.randint(150, 600)}千字"),
            ("版    次", f"{y}年{m}月第1版"), ("印    次", f"{y}年{m2}月第1次印刷"),
            ("定    价", f"{ctx.rng.randint(28, 128)}.00元")]  # fmt: skip


def _book_cip(ctx: Ctx, title: str, chief: list[str], pub: str, pcity: str, isbn: str, y: int, m: int,
              authored: bool) -> Page:  # fmt: skip
    pg = Page(w=170, h=240)
    who = "，".join(chief) + ("著" if authored else "主编")
    y0 = 40
    for i, s in enumerate(_cip_lines(ctx, title, who, pub, pcity, isbn, y, m)):
        y0 = pg.wrap(18, y0, 134, s, 10 if i else 11, ctx.bold if i == 0 else ctx.body, lead=1.5) + 2.5
    pg.line(18, y0 + 2, 152, y0 + 2, 0.3)
    kv(pg, 18, y0 + 10, _imprint(ctx, pub, pcity, y, m, set(chief)), 9, ctx.body, lab_w=20, lead=2.0)
    pg.text(85, 225, "版权所有  侵权必究", 9, ctx.body, "c")
    return pg


def _book_board(ctx: Ctx, title: str, chief: list[str], deputy: list[str], board: list[str]) -> Page:
    pg = Page(w=170, h=240)
    pg.text(85, 30, f"《{title}》", 14, ctx.bold, "c")
    pg.text(85, 42, "编 委 会", 16, ctx.bold, "c")
    y = 62
    groups = [("主  编", chief), ("副主编", deputy), ("编  委", board)]
    for lab, names in groups:
        if not names:
            continue
        pg.text(24, y, lab, 11, ctx.bold)
        for i in range(0, len(names), 4):
            pg.text(50, y, "    ".join(names[i : i + 4]), 11, ctx.body)
            y += 8
        y += 5
    if board:
        pg.text(50, y, "（编委按姓氏笔画排序）", 9, ctx.body, color=GREY)
    return pg


def _book_plain(
    ctx: Ctx, title: str, chief: list[str], pub: str, pcity: str, isbn: str, y: int, m: int
) -> Page:
    pg = Page(w=170, h=240)
    rows = [("书    名", title), ("主    编", "  ".join(chief))] + _imprint(ctx, pub, pcity, y, m, set(chief))
    rows.append(("书    号", f"ISBN {isbn}"))
    kv(pg, 22, 110, rows, 9.5, ctx.body, lab_w=22, lead=2.0)
    pg.text(85, 225, "如有印装质量问题，请与本社发行部联系调换", 8.5, ctx.body, "c")
    return pg


def _book_translation(ctx: Ctx, title: str, fl: str, fzh: str, fen: str, tr: list[str], pub: str, pcity: str,
                      isbn: str, y: int, m: int) -> Page:  # fmt: skip
    pg = Page(w=170, h=240)
    pg.text(18, 20, f"原书名：{ctx.pick(EN_BOOK)}", 9.5, ctx.body)
    pg.text(18, 27, f"原作者：{fen}", 9.5, ctx.body)
    pg.text(18, 34, f"著作权合同登记号  图字：01-{y - 1}-{ctx.rng.randint(1000, 9999)}", 9.5, ctx.body)
    who = f"{fl}{fzh}著；{'，'.join(tr)}译"
    y0 = 50
    for i, s in enumerate(_cip_lines(ctx, title, who, pub, pcity, isbn, y, m)):
        if i == 3:
            s = s.replace(f"Ⅱ. ①{who[:3]}", f"Ⅱ. ①{fzh[:2]}… ②{tr[0]}")
        y0 = pg.wrap(18, y0, 134, s, 10, ctx.bold if i == 0 else ctx.body, lead=1.5) + 2.5
    pg.line(18, y0 + 2, 152, y0 + 2, 0.3)
    kv(pg, 18, y0 + 10, _imprint(ctx, pub, pcity, y, m, set(tr) | {fzh}), 9, ctx.body, lab_w=20, lead=2.0)
    return pg


def _book_boxed(ctx: Ctx, title: str, chief: list[str], deputy: list[str], pub: str, pcity: str, isbn: str, y: int,
                m: int) -> Page:  # fmt: skip
    pg = Page(w=170, h=240, bg=(244, 240, 228))
    pg.rect(20, 120, 150, 215, 0.5)
    lines = [title, f"主编  {'  '.join(chief)}"] + ([f"副主编  {'  '.join(deputy)}"] if deputy else [])
    y0 = 126
    for i, s in enumerate(lines):
        pg.text(85, y0, s, 12 if i == 0 else 9.5, ctx.bold if i == 0 else ctx.body, "c")
        y0 += 8
    pg.line(26, y0, 144, y0, 0.2)
    m2 = min(12, m + ctx.rng.randint(0, 2))
    items = [f"{pub}出版发行", f"（{pcity}市{ctx.pick(['胜利路', '人民路', '解放路'])}{ctx.rng.randint(1, 99)}号  邮政编码 {ctx.rng.randint(100000, 499999)}）",
             f"{pcity}{ctx.pick(['新华', '金彩', '九州'])}印刷厂印刷  全国新华书店经销",
             f"开本 787×1092  1/16  印张 {ctx.rng.randint(10, 25)}  字数 {ctx.rng.randint(200, 500)} 千字",
             f"{y}年{m}月第1版  {y}年{m2}月第1次印刷", f"ISBN {isbn}", f"定价：{ctx.rng.randint(25, 88)}.00元"]  # fmt: skip
    y0 += 5
    for s in items:
        pg.text(85, y0, s, 8.5, ctx.body, "c")
        y0 += 7
    return pg


# ---- patents ---------------------------------------------------------------------------------------------
PT = "patent_certificate"
INVENTIONS = ["一种小麦宽幅精播施肥一体机", "一种用于护理床的防坠落装置", "一种桥梁伸缩缝快速修复结构", "一种茶叶揉捻机的进料机构",
              "一种基于物联网的温室环境调控系统", "一种苹果套袋辅助器", "一种多功能教学演示黑板", "一种医用输液架",
              "一种畜禽粪污发酵罐", "一种渠道衬砌防冻胀结构", "一种樱桃采摘分级装置", "一种中药饮片炮制炒锅"]  # fmt: skip
DESIGNS = ["茶叶包装盒（安化黑茶）", "教学用展示架", "输液瓶挂钩", "菊花茶礼盒", "护理推车"]
OWNERS_EXTRA = ["{c}市农业科学研究院", "{c}市{x}科技有限公司"]
KIND = {"invention": ("1", "发明"), "utility_model": ("2", "实用新型"), "design": ("3", "外观设计")}


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant(PT)
    kind = {"modern": "invention", "older": "utility_model", "design": "design", "gazette": ctx.pick(["invention", "utility_model"]),
            "copy": ctx.pick(["invention", "utility_model"])}[v]  # fmt: skip
    y0, y1 = (2015, 2017) if v == "older" else (2016, 2022)
    applied = P.day(ctx.rng, y0, y1)
    lag = {"invention": (500, 1100), "utility_model": (120, 360), "design": (90, 240)}[kind]
    granted = applied + dt.timedelta(days=ctx.rng.randint(*lag))
    d12 = f"{applied.year}{KIND[kind][0]}{ctx.rng.randint(0, 9999999):07d}"
    number = f"ZL{d12}.{P.zl_check(d12)}"
    title = ctx.pick(DESIGNS if kind == "design" else INVENTIONS)
    names = ctx.people(ctx.rng.randint(1, 6))
    c = P.city(ctx)
    owner = ctx.pick(
        P.COLLEGES[c]
        + [P.workplace(ctx, c), f"{c}市{ctx.pick(['丰源', '华瑞', '鲁信', '中原', '湘益'])}科技有限公司"]
    )
    pg = {
        "modern": _pt_cert,
        "older": _pt_cert,
        "design": _pt_cert,
        "gazette": _pt_gazette,
        "copy": _pt_cert,
    }[v](ctx, v, kind, number, title, names, owner, applied, granted, c)
    role = "inventor"
    f = {"title": title, "people": [person(n, i + 1, role) for i, n in enumerate(names)], "issuer": "国家知识产权局",
         "issued_on": iso(granted), "patent": {"kind": kind, "number": number, "applied_on": iso(applied), "granted_on": iso(granted)}}  # fmt: skip
    sc = list(SCORED[PT])
    return Doc(PT, ctx.layout(PT, v), [pg], f, sc, {"person": ctx.pick(names), "year": granted.year})


def _spaced_no(number: str) -> str:
    d = number[2:]
    return f"ZL {d[:4]} {d[4]} {d[5:12]}{d[12:]}"


def _pt_cert(ctx: Ctx, v: str, kind: str, number: str, title: str, names: list[str], owner: str, applied: dt.date,
             granted: dt.date, c: str) -> Page:  # fmt: skip
    copy = v == "copy"
    pg = Page(bg=(232, 232, 228) if copy else (255, 255, 255))
    P.border(pg, 3, (150, 120, 70))
    pg.text(105, 22, "中华人民共和国国家知识产权局", 12, ctx.body, "c")
    kn = KIND[kind][1]
    pg.text(105, 40, f"{kn}专利证书", 26, ctx.bold, "c")
    pg.text(105, 58, f"证书号第{ctx.rng.randint(1000000, 9999999)}号", 12, ctx.body, "c")
    label = {"invention": "发明名称", "utility_model": "实用新型名称", "design": "外观设计名称"}[kind]
    ppl_lab = "设计人" if kind == "design" else "发明人"
    sep = "；" if v in ("modern", "design") else ("、" if copy else " ")
    pad = v == "older"
    dd = (
        (lambda d: f"{d.year}年{d.month:02d}月{d.day:02d}日")
        if not pad
        else (lambda d: f"{d.year}年{d.month}月{d.day}日")
    )
    rows = [(f"{label}", title), (ppl_lab, sep.join(names)), ("专利号", _spaced_no(number)),
            ("专利申请日", dd(applied)), ("专利权人", owner),
            ("地址", f"{P.province(c)}省{c}市{ctx.pick(['岱宗大街', '长江路', '红旗大道', '桃花仑路', '东京大道'])}{ctx.rng.randint(1, 300)}号"),
            ("授权公告日", dd(granted))]  # fmt: skip
    if v != "older":
        rows.append(
            (
                "授权公告号",
                f"CN {ctx.rng.randint(105000000, 116999999) if kind == 'invention' else ctx.rng.randint(205000000, 216999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}",
            )
        )
    y = 74
    for lab, val in rows:
        w = pg.text(24, y, f"{lab}：", 12, ctx.body)
        y = pg.wrap(24 + w, y, 162 - w, val, 12, ctx.body, lead=1.85)
        y += 1.5
    term = {
        "invention": "二十年",
        "utility_model": "十年",
        "design": "十五年" if granted.year >= 2022 else "十年",
    }[kind]
    exam = "进行审查" if kind == "invention" else "进行初步审查"
    prose = (f"国家知识产权局依照中华人民共和国专利法{exam}，决定授予专利权，颁发{kn}专利证书并在专利登记簿上予以登记。"
             f"专利权自授权公告之日起生效。专利权期限为{term}，自申请日起算。")  # fmt: skip
    y = pg.wrap(24, y + 6, 162, prose, 11, ctx.body, lead=1.8, indent=7.8)
    y = pg.wrap(24, y + 2, 162, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、"
                "国籍、地址变更等事项记载在专利登记簿上。", 11, ctx.body, lead=1.8, indent=7.8)  # fmt: skip
    pg.text(130, y + 14, "局长", 12, ctx.body)
    pg.text(145, y + 12, ctx.person(set(names)), 16, ctx.hand)
    pg.seal(150, y + 10, 17, "国家知识产权局", ctx.seed())
    pg.text(105, 282, "第 1 页（共 1 页）", 9, ctx.body, "c", GREY)
    if copy:
        hand(pg, ctx, 30, y + 34, "复印件与原件一致", 17, color=(30, 30, 30))
        hand(pg, ctx, 40, y + 44, f"经办人：{ctx.person(set(names))}", 13, color=(30, 30, 30))
        pg.seal(80, 136, 19, owner, ctx.seed())
    return pg


def _pt_gazette(ctx: Ctx, v: str, kind: str, number: str, title: str, names: list[str], owner: str, applied: dt.date,
                granted: dt.date, c: str) -> Page:  # fmt: skip
    pg = Page()
    kn = KIND[kind][1]
    pg.text(16, 14, "(19)中华人民共和国国家知识产权局", 13, ctx.bold)
    pg.text(16, 26, f"(12){kn}专利", 16, ctx.bold)
    code = "B" if kind == "invention" else "U"
    pub = f"CN {ctx.rng.randint(105000000, 116999999) if kind == 'invention' else ctx.rng.randint(205000000, 216999999)} {code}"
    pg.text(110, 26, f"(10)授权公告号 {pub}", 11, ctx.body)
    pg.text(110, 33, f"(45)授权公告日 {granted:%Y.%m.%d}", 11, ctx.body)
    pg.line(16, 41, 194, 41, 0.6)
    used = set(names)
    agent = ctx.person(used)
    left = [f"(21)申请号 {number[2:]}", f"(22)申请日 {applied:%Y.%m.%d}", f"(73)专利权人 {owner}",
            f"地址 {P.CITIES[c][3]} {P.province(c)}省{c}市{ctx.pick(['迎宾大道', '滨海路', '龙山路'])}{ctx.rng.randint(1, 99)}号",
            f"(72)发明人 {' '.join(names)}",
            f"(74)专利代理机构 {c}{ctx.pick(['智诚', '信达', '明理'])}专利代理事务所（普通合伙） {ctx.rng.randint(37200, 43999)}",
            f"代理人 {agent}", f"(51)Int.Cl. {ctx.pick(['A01B', 'A61G', 'E01D', 'A23F', 'G05B'])} {ctx.rng.randint(1, 79)}/{ctx.rng.randint(2, 40):02d}(2006.01)"]  # fmt: skip
    y = 48
    for s in left:
        y = pg.wrap(16, y, 84, s, 9.5, ctx.body, lead=1.6) + 1.5
    pg.line(104, 48, 104, 150, 0.3, GREY)
    pg.text(108, 48, f"(54){'发明' if kind == 'invention' else '实用新型'}名称", 11, ctx.bold)
    yy = pg.wrap(108, 55, 86, title, 12, ctx.bold, lead=1.5)
    pg.text(108, yy + 4, "(57)摘要", 11, ctx.bold)
    abst = (f"本{kn}公开了{title}，包括机架、驱动组件和控制单元，所述驱动组件安装于机架上部，控制单元与驱动组件电连接。"
            f"本{kn}结构简单，操作方便，能够有效提高作业效率，降低劳动强度。")  # fmt: skip
    pg.wrap(108, yy + 11, 86, abst, 9.5, ctx.body, lead=1.6)
    pg.rect(40, 165, 170, 255, 0.3, GREY)
    for i in range(5):
        pg.line(60 + i * 20, 180, 70 + i * 18, 240, 0.5)
    pg.text(
        105,
        268,
        f"权利要求书1页  说明书{ctx.rng.randint(2, 6)}页  附图{ctx.rng.randint(1, 4)}页",
        9,
        ctx.body,
        "c",
    )
    pg.text(194, 285, pub.replace(" ", ""), 9, ctx.body, "r")
    return pg


# ---- awards ------------------------------------------------------------------------------------------------
AW = "award_certificate"
GRADES = ["一等奖", "二等奖", "三等奖"]
ORD = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
CONTESTS = [("中小学青年教师教学基本功大赛", ["《函数的单调性》", "《背影》", "《光的折射》", "《认识分数》"], "edu"),
            ("职业院校技能大赛教学能力比赛", ["《电气控制线路安装与调试》", "《果树嫁接技术》"], "edu"),
            ("卫生健康系统护理技能竞赛", ["《心肺复苏术》", "《静脉输液操作》"], "health"),
            ("农业技术推广优秀案例评选", ["《小麦一喷三防技术推广》", "《稻渔综合种养模式示范》"], "agri")]  # fmt: skip


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant(AW)
    return {"paper": _aw_paper, "scitech": _aw_scitech, "team": _aw_team, "contest": _aw_contest,
            "social": _aw_social, "bilingual": _aw_bilingual}[v](ctx, v)  # fmt: skip


def _aw_doc(ctx: Ctx, v: str, pg: Page, holder: str | None, title: str, ppl: list[tuple[str, int]], issuer: str,
            issued: str, name: str, kind: str, level: str, grade: str, year: int) -> Doc:  # fmt: skip
    f = {"holder": holder, "title": title, "people": [person(n, r, "awardee") for n, r in ppl], "issuer": issuer,
         "issued_on": issued, "award": {"name": name, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
    claim = {"person": holder or ctx.pick([n for n, _ in ppl]), "year": year}
    return Doc(AW, ctx.layout(AW, v), [pg], f, list(SCORED[AW]), claim)


def _aw_paper(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    who = ctx.person(set())
    kind_ = ctx.pick(["edu", "health", "agri"])
    issuer = P.department(ctx, c, kind_)
    field_ = {
        "edu": "中小学优秀教育教学论文",
        "health": "卫生健康系统优秀学术论文",
        "agri": "农业科技优秀论文",
    }[kind_]
    n = ctx.rng.randint(3, 12)
    name = f"{c}市第{hz_num(n)}届{field_}评选"
    d = P.day(ctx.rng)
    yearly = ctx.rng.random() < 0.5
    title = _art_title(ctx)
    grade = ctx.pick(GRADES)
    pg = Page()
    P.border(pg, 2, (180, 30, 30))
    pg.text(105, 40, "荣 誉 证 书", 34, ctx.bold, "c", (180, 30, 30))
    st = ctx.dstyle(["cjk", "hanzi"])
    pg.text(28, 78, f"{who}同志：", 16, ctx.body)
    body = f"您撰写的论文《{title}》在{f'{d.year}年度' if yearly else ''}{name}中荣获{grade}。"
    yy = pg.wrap(28, 92, 154, body, 16, ctx.body, lead=2.1, indent=11.3)
    pg.wrap(28, yy, 154, "特发此证，以资鼓励。", 16, ctx.body, indent=11.3)
    P.issuer_block(pg, ctx, [issuer, dfmt(d, st)], 200, seal=issuer, size=14)
    return _aw_doc(ctx, v, pg, who, title, [(who, 1)], issuer, iso(d), name, "other", "bureau", grade, d.year)


def _aw_scitech(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    prov = P.province(c)
    who = ctx.person(set())
    provincial = ctx.rng.random() < 0.35
    issuer = f"{prov}省人民政府" if provincial else f"{c}市人民政府"
    name = f"{prov}省科学技术进步奖" if provincial else f"{c}市科学技术进步奖"
    title = ctx.pick(INVENTIONS).replace("一种", "") + ctx.pick(
        ["研究与应用", "关键技术集成与示范", "推广应用"]
    )
    rank = ctx.rng.randint(1, 7)
    grade = ctx.pick(GRADES)
    d = P.day(ctx.rng)
    st = ctx.dstyle(["cjk", "hanzi", "hanzi_o"])
    pg = Page()
    P.border(pg, 1, (170, 130, 40))
    pg.text(105, 34, name, P.fit(name, ctx.bold, 24, 170), ctx.bold, "c", (170, 40, 30))
    pg.text(105, 50, "证  书", 28, ctx.bold, "c", (170, 40, 30))
    pg.wrap(
        30,
        74,
        150,
        "为表彰在促进科学技术进步工作中做出突出贡献者，特颁发此证书。",
        13,
        ctx.body,
        lead=1.9,
        indent=9.2,
    )
    gi = GRADES.index(grade)
    rows = [("项目名称", title), ("奖励等级", grade), ("获 奖 者", who), ("完成位次", f"第{rank}完成人"),
            ("证 书 号", f"{d.year}-{'J' if provincial else 'KJ'}-{gi + 1}-{ctx.rng.randint(1, 90):03d}-{rank:02d}")]  # fmt: skip
    y = 100
    for lab, val in rows:
        w = pg.text(36, y, f"{lab}：", 13, ctx.body)
        y = pg.wrap(36 + w, y, 138 - w, val, 13, ctx.body, lead=1.9) + 3
    P.issuer_block(pg, ctx, [issuer, dfmt(d, st)], 215, seal=issuer, size=14)
    level = "provincial" if provincial else "municipal"
    return _aw_doc(
        ctx,
        v,
        pg,
        who,
        title,
        [(who, rank)],
        issuer,
        iso(d),
        name,
        "science_technology",
        level,
        grade,
        d.year,
    )


def _aw_team(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    prov = P.province(c)
    issuer = f"{prov}省农业农村厅"
    name = f"{prov}省农牧渔业丰收奖"
    title = f"{ctx.pick(['小麦', '玉米', '双季稻', '苹果', '茶叶', '生猪'])}{ctx.pick(['绿色高效生产技术集成推广', '全程机械化技术示范推广', '提质增效关键技术推广'])}"
    names = ctx.people(ctx.rng.randint(4, 9))
    grade = ctx.pick(["一等奖", "二等奖", "三等奖", "农业技术推广成果奖一等奖"])
    d = P.day(ctx.rng)
    units = [P.workplace(ctx, c) for _ in range(ctx.rng.randint(1, 3))]
    pg = Page(w=297, h=210)
    P.border(pg, 1, (170, 130, 40))
    pg.text(148, 22, "获 奖 证 书", 28, ctx.bold, "c", (170, 40, 30))
    y = kv(pg, 30, 48, [("成果名称", title), ("奖励名称", name), ("奖励等级", grade)], 13, ctx.body)
    w = pg.text(30, y, "主要完成单位：", 13, ctx.body)
    y = pg.wrap(30 + w, y, 237 - w, "、".join(units), 13, ctx.body, lead=1.9) + 3
    w = pg.text(30, y, "主要完成人员：", 13, ctx.body)
    y = pg.wrap(30 + w, y, 237 - w, "、".join(names), 13, ctx.body, lead=1.9)
    st = ctx.dstyle(["cjk0", "hanzi"])
    P.issuer_block(pg, ctx, [issuer, dfmt(d, st)], 160, xr=262, seal=issuer, size=13)
    ppl = [(n, i + 1) for i, n in enumerate(names)]
    return _aw_doc(
        ctx, v, pg, None, title, ppl, issuer, iso(d), name, "science_technology", "bureau", grade, d.year
    )


def _aw_contest(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    who = ctx.person(set())
    cname, entries, dk = ctx.pick(CONTESTS)
    issuer = P.department(ctx, c, dk)
    name = f"{c}市{cname}"
    entry = ctx.pick(entries)
    title = entry.strip("《》")
    grade = ctx.pick(GRADES)
    d = P.day(ctx.rng)
    group = ctx.pick(["高中组", "初中组", "小学组", "专业组", "青年组"])
    pg = Page(w=260, h=185)
    pg.rect(0, 0, 260, 185, 0, fill=(252, 248, 236))
    P.border(pg, 2, (200, 150, 50))
    pg.text(130, 28, "获奖证书", 30, ctx.bold, "c", (180, 30, 30))
    pg.text(32, 58, who, 18, ctx.hand)
    pg.line(30, 68, 80, 68, 0.3)
    pg.text(82, 60, "同志：", 14, ctx.body)
    body = f"在{d.year}年{name}中，参赛作品{entry}荣获{group}{grade}。"
    yy = pg.wrap(32, 78, 196, body, 15, ctx.body, lead=2.0, indent=10.6)
    pg.wrap(32, yy, 196, "特发此证。", 15, ctx.body, indent=10.6)
    st = ctx.dstyle(["cjk", "cjk0", "hanzi"])
    P.issuer_block(pg, ctx, [issuer, dfmt(d, st)], 138, xr=232, seal=issuer, size=13)
    return _aw_doc(
        ctx, v, pg, who, title, [(who, 1)], issuer, iso(d), name, "competition", "bureau", grade, d.year
    )


def _aw_social(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    who = ctx.person(set())
    issuer = f"{c}市人民政府"
    n = ctx.rng.randint(8, 30)
    name = f"{c}市第{hz_num(n)}届社会科学优秀成果奖"
    title = ctx.pick(["乡村振兴背景下县域人才集聚机制研究", "黄河文化的当代价值与传承路径", "基层社会治理现代化的实践探索",
                      "城乡义务教育一体化发展研究", "红色文化资源融入思政课教学研究"])  # fmt: skip
    grade = ctx.pick(GRADES)
    y, m = ctx.rng.randint(2016, 2024), ctx.rng.randint(1, 12)
    st = ctx.dstyle(["hanzi", "hanzi_o"])
    pg = Page(w=297, h=210)
    P.border(pg, 3, (160, 40, 40))
    pg.text(148, 26, "荣 誉 证 书", 30, ctx.bold, "c", (160, 40, 40))
    body = f"{who}同志的成果《{title}》荣获{name}{grade}。"
    yy = pg.wrap(40, 64, 217, body, 17, ctx.body, lead=2.1, indent=12)
    pg.wrap(40, yy + 2, 217, "特颁此证。", 17, ctx.body, indent=12)
    pg.text(40, 130, f"证书编号：SK{y}{ctx.rng.randint(100, 999)}", 11, ctx.body)
    P.issuer_block(pg, ctx, [issuer, mfmt(y, m, st)], 150, xr=262, seal=issuer, size=14)
    return _aw_doc(
        ctx, v, pg, who, title, [(who, 1)], issuer, P.ym(y, m), name, "social_science", "municipal", grade, y
    )


def _aw_bilingual(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    x = ctx.pick([p for p in P.CITIES[c][1] if p.endswith(("市", "县"))] or P.CITIES[c][1])
    x = x if x.endswith(("市", "县")) else f"{c}市{x}"
    issuer = f"{x}人民政府"
    name = f"{x}科学技术进步奖"
    who = ctx.person(set())
    rank = ctx.rng.randint(1, 5)
    title = ctx.pick(INVENTIONS).replace("一种", "") + "研制与应用"
    grade = ctx.pick(GRADES)
    d = P.day(ctx.rng)
    pg = Page(w=297, h=210)
    P.border(pg, 1, (30, 70, 130))
    pg.text(148, 18, "荣誉证书", 26, ctx.bold, "c", (30, 70, 130))
    pg.text(148, 32, "CERTIFICATE OF HONOR", 12, ctx.body, "c", (30, 70, 130))
    left = [("项目名称", title), ("奖项", name), ("等级", grade), ("获奖人", who), ("排名", f"排名第{rank}")]
    y = 52
    for lab, val in left:
        w = pg.text(28, y, f"{lab}：", 12.5, ctx.body)
        y = pg.wrap(28 + w, y, 120 - w, val, 12.5, ctx.body, lead=1.85) + 3
    pg.line(156, 50, 156, 150, 0.3, GREY)
    en = ["Award: Science and Technology Progress Award", f"Grade: {['First', 'Second', 'Third'][GRADES.index(grade)]} Prize",
          f"Rank of Contributor: No.{rank}", f"Date: {d:%B} {d.year}"]  # fmt: skip
    y = 52
    for s in en:
        y = pg.wrap(164, y, 110, s, 10.5, ctx.body, lead=1.7) + 2
    P.issuer_block(pg, ctx, [issuer, dfmt(d, "cjk")], 160, xr=262, seal=issuer, size=13)
    return _aw_doc(
        ctx,
        v,
        pg,
        who,
        title,
        [(who, rank)],
        issuer,
        iso(d),
        name,
        "science_technology",
        "county",
        grade,
        d.year,
    )


# ---- project completion -------------------------------------------------------------------------------------
PC = "project_completion"
PROJ = ["基于核心素养的初中数学单元作业设计研究", "县域医共体分级诊疗运行机制研究", "黄河滩区土壤改良技术集成与示范",
        "农村留守儿童心理健康教育策略研究", "设施大樱桃提质增效关键技术研究", "安化黑茶品质提升工艺研究",
        "基层护理人员培训需求与对策研究", "中小学劳动教育课程实施路径研究", "洞庭湖区稻田综合种养模式研究",
        "城市老旧小区改造中的社区治理研究"]  # fmt: skip


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant(PC)
    return {"certificate": _pc_certificate, "proof": _pc_proof, "acceptance": _pc_acceptance,
            "handform": _pc_handform, "monthly": _pc_monthly, "roll": _pc_roll}[v](ctx, v)  # fmt: skip


def _pc_doc(ctx: Ctx, v: str, pages: list[Page], holder: str | None, title: str, leader: str, members: list[str],
            issuer: str, issued: str, year: int, scored: list[str] | None = None) -> Doc:  # fmt: skip
    ppl = [person(leader, 1, "project_leader")] + [
        person(n, i + 2, "project_member") for i, n in enumerate(members)
    ]
    f = {"holder": holder, "title": title, "people": ppl, "issuer": issuer, "issued_on": issued}
    claim = {"person": ctx.pick([leader] + members), "year": year}
    return Doc(PC, ctx.layout(PC, v), pages, f, scored or list(SCORED[PC]), claim)


def _planning_office(ctx: Ctx, c: str) -> str:
    prov = P.province(c)
    return ctx.pick([f"{prov}省教育科学规划领导小组办公室", f"{c}市社会科学界联合会", f"{c}市教育科学研究院",
                     f"{c}市科学技术局"])  # fmt: skip


def _pc_certificate(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    issuer = _planning_office(ctx, c)
    title = ctx.pick(PROJ)
    used: set[str] = set()
    leader = ctx.person(used)
    members = ctx.people(ctx.rng.randint(2, 6), used)
    d = P.day(ctx.rng)
    st = ctx.dstyle(["cjk", "cjk0", "hanzi"])
    pg = Page()
    P.border(pg, 1, (120, 30, 30))
    pg.text(105, 38, "结 题 证 书", 30, ctx.bold, "c", (150, 30, 30))
    pg.text(176, 58, f"编号：JT{d.year}{ctx.rng.randint(100, 999)}", 10.5, ctx.body, "r")
    rows = [("课题名称", title), ("课题编号", f"{c[:1]}{ctx.pick(['JK', 'SK', 'KJ'])}{d.year - ctx.rng.randint(1, 3)}{ctx.rng.randint(1, 300):03d}"),
            ("承担单位", P.workplace(ctx, c)), ("课题负责人", leader), ("课题组成员", "、".join(members)),
            ("鉴定等级", ctx.pick(["优秀", "良好", "合格"]))]  # fmt: skip
    y = 74
    for lab, val in rows:
        w = pg.text(32, y, f"{lab}：", 13, ctx.body)
        y = pg.wrap(32 + w, y, 146 - w, val, 13, ctx.body, lead=1.9) + 3
    pg.wrap(
        32,
        y + 8,
        146,
        "该课题已完成预定研究任务，经专家组鉴定，准予结题。特发此证。",
        13,
        ctx.body,
        lead=1.9,
        indent=9.2,
    )
    P.issuer_block(pg, ctx, [issuer, dfmt(d, st)], 215, seal=issuer, size=13)
    return _pc_doc(ctx, v, [pg], None, title, leader, members, issuer, iso(d), d.year)


def _pc_proof(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    issuer = _planning_office(ctx, c)
    title = ctx.pick(PROJ)
    leader = ctx.person(set())
    d = P.day(ctx.rng)
    st = ctx.dstyle(["cjk", "hanzi", "cjk0"])
    pg = Page()
    pg.text(105, 36, "结 题 证 明", 24, ctx.bold, "c")
    body = (f"兹证明，由{P.workplace(ctx, c)}{leader}同志主持的{d.year - ctx.rng.randint(1, 2)}年度{issuer.replace('办公室', '').replace('领导小组', '')}"
            f"立项课题《{title}》（课题编号：{ctx.rng.randint(2016, 2023)}{ctx.pick(['ZD', 'YB', 'QN'])}{ctx.rng.randint(1, 200):03d}），"
            f"已按计划完成研究任务，经专家组鉴定，同意结题。")  # fmt: skip
    yy = pg.wrap(24, 62, 162, body, 14, ctx.body, lead=2.0, indent=9.8)
    pg.wrap(24, yy + 2, 162, "特此证明。", 14, ctx.body, indent=9.8)
    P.issuer_block(pg, ctx, [issuer, dfmt(d, st)], yy + 36, seal=issuer, size=13)
    return _pc_doc(ctx, v, [pg], leader, title, leader, [], issuer, iso(d), d.year)


def _pc_acceptance(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    issuer = f"{c}市科学技术局"
    title = ctx.pick(PROJ[2:6] + PROJ[8:9])
    used: set[str] = set()
    leader = ctx.person(used)
    members = ctx.people(ctx.rng.randint(3, 8), used)
    d = P.day(ctx.rng)
    unit = P.workplace(ctx, c)
    p1 = Page()
    p1.text(105, 40, f"{c}市科技计划项目", 18, ctx.bold, "c")
    p1.text(105, 60, "验 收 证 书", 30, ctx.bold, "c")
    pairs = [("项目名称", title), ("项目编号", f"{d.year - 2}{ctx.rng.randint(10, 99)}{ctx.rng.randint(100, 999)}"), ("承担单位", unit),
             ("项目负责人", leader), ("组织验收单位", issuer), ("验收日期", dfmt(d, "cjk"))]  # fmt: skip
    y = 110
    for lab, val in pairs:
        p1.text(40, y, lab, 13, ctx.body)
        y2 = p1.wrap(78, y, 100, val, 13, ctx.body, lead=1.8)
        p1.line(76, y + 6.5, 180, y + 6.5, 0.3)
        y = max(y + 14, y2 + 6)
    p1.text(105, 260, f"{c}市科学技术局制", 12, ctx.body, "c")
    p2 = Page()
    p2.text(105, 16, "主要研究人员名单", 15, ctx.bold, "c")
    rows = [["序号", "姓名", "性别", "职称", "工作单位", "承担任务"]]
    for i, n in enumerate([leader] + members):
        rows.append([str(i + 1), n, ctx.pick(["男", "女"]), ctx.pick(P.TITLES_PRO), unit if i < 2 else P.workplace(ctx, c),
                     "项目主持" if i == 0 else ctx.pick(["试验实施", "数据分析", "技术推广", "示范基地建设"])])  # fmt: skip
    y = p2.table(
        14, 26, [12.0, 22.0, 12.0, 26.0, 66.0, 44.0], rows, 9, ctx.body, row_h=10, header_font=ctx.bold
    )
    p2.text(14, y + 8, "验收意见：", 12, ctx.bold)
    y = p2.wrap(14, y + 16, 182, "验收专家组听取了项目组汇报，审阅了相关资料，经质询讨论，认为该项目完成了任务书规定的各项指标，"
                "资料齐全，经费使用合理，同意通过验收。", 11.5, ctx.body, lead=1.8, indent=8)  # fmt: skip
    P.issuer_block(p2, ctx, [f"{issuer}（盖章）", dfmt(d, "cjk")], y + 16, seal=issuer, size=12)
    return _pc_doc(ctx, v, [p1, p2], None, title, leader, members, issuer, iso(d), d.year)


def _pc_handform(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    issuer = f"{c}市教育科学研究院"
    title = ctx.pick(PROJ)
    used: set[str] = set()
    leader = ctx.person(used)
    members = ctx.people(ctx.rng.randint(1, 4), used)
    d = P.day(ctx.rng, 2016, 2021)
    pg = Page()
    pg.text(105, 22, f"{c}市教育科学规划课题", 15, ctx.bold, "c")
    pg.text(105, 32, "结题审批表", 20, ctx.bold, "c")
    x0, lw, vw = 18.0, 36.0, 138.0
    rows = [("课题名称", title, 22), ("主 持 人", leader, 14), ("主要成员", "、".join(members), 14),
            ("所在单位", P.workplace(ctx, c), 14)]  # fmt: skip
    yy = 44
    for lab, val, h in rows:
        pg.rect(x0, yy, x0 + lw, yy + h, 0.4)
        pg.rect(x0 + lw, yy, x0 + lw + vw, yy + h, 0.4)
        pg.text(x0 + lw / 2, yy + h / 2 - 2.2, lab, 12, ctx.body, "c")
        s = P.fit(val, ctx.hand, 15, vw - 6)
        hand(pg, ctx, x0 + lw + 4, yy + h / 2 - 3, val, s)
        yy += h
    for lab, txt, sig in [("专家组意见", "研究过程规范，成果具有推广价值，建议结题。", "组长："),
                          ("审批意见", "同意结题。", "")]:  # fmt: skip
        pg.rect(x0, yy, x0 + lw, yy + 48, 0.4)
        pg.rect(x0 + lw, yy, x0 + lw + vw, yy + 48, 0.4)
        pg.text(x0 + lw / 2, yy + 22, lab, 12, ctx.body, "c")
        hand(pg, ctx, x0 + lw + 6, yy + 6, txt, 14)
        if sig:
            pg.text(x0 + lw + 70, yy + 34, sig, 11, ctx.body)
            hand(pg, ctx, x0 + lw + 84, yy + 32, ctx.person(used), 14)
        else:
            pg.text(x0 + lw + 40, yy + 26, f"{issuer}（盖章）", 11, ctx.body)
            hand(pg, ctx, x0 + lw + 62, yy + 36, f"{d.year}年{d.month}月{d.day}日", 14)
            pg.seal(x0 + lw + 90, yy + 26, 19, issuer, ctx.seed())
        yy += 48
    return _pc_doc(ctx, v, [pg], None, title, leader, members, issuer, iso(d), d.year)


def _pc_monthly(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    prov = P.province(c)
    issuer = ctx.pick(
        [f"{prov}省卫生健康委员会", f"{prov}省教育科学规划领导小组办公室", f"{c}市社会科学界联合会"]
    )
    title = ctx.pick(PROJ)
    used: set[str] = set()
    leader = ctx.person(used)
    members = ctx.people(ctx.rng.randint(0, 4), used)
    y, m = ctx.rng.randint(2016, 2024), ctx.rng.randint(1, 12)
    st = ctx.dstyle(["hanzi", "hanzi_o", "cjk"])
    pg = Page(w=297, h=210)
    P.border(pg, 2, (160, 120, 40))
    pg.text(148, 24, "结 题 证 书", 30, ctx.bold, "c", (160, 30, 30))
    mem = f"，课题组成员{'、'.join(members)}" if members else ""
    body = f"{leader}同志主持的课题《{title}》{mem}，经鉴定，已达到预期研究目标，准予结题。"
    yy = pg.wrap(40, 64, 217, body, 16, ctx.body, lead=2.1, indent=11.3)
    pg.text(40, yy + 10, f"立项编号：{prov[:1]}{y - 2}{ctx.rng.randint(100, 999)}", 11, ctx.body)
    P.issuer_block(pg, ctx, [issuer, mfmt(y, m, st)], 150, xr=262, seal=issuer, size=14)
    holder = leader if not members else None
    return _pc_doc(ctx, v, [pg], holder, title, leader, members, issuer, P.ym(y, m), y)


def _pc_roll(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    issuer = f"{c}市社会科学界联合会"
    d = P.day(ctx.rng)
    titles = ctx.rng.sample(PROJ, 7)
    used: set[str] = set()
    rows = [["序号", "课题编号", "课题名称", "负责人", "工作单位"]]
    leaders = []
    for i, t in enumerate(titles):
        ld = ctx.person(used)
        leaders.append(ld)
        rows.append([str(i + 1), f"{c[:1]}SK{d.year - 1}{i + 1:03d}", t, ld, P.workplace(ctx, c)])
    pick = ctx.rng.randrange(len(titles))
    st = ctx.dstyle(["cjk", "cjk0"])
    pg = Page()
    y = _centre_wrap(
        pg, ctx, 105, 24, 170, f"关于公布{d.year - 1}年度{c}市社会科学规划课题结题名单的通知", 16
    )
    y = pg.wrap(16, y + 6, 178, "各有关单位：", 12, ctx.body)
    y = pg.wrap(
        16,
        y,
        178,
        f"根据课题管理有关规定，经专家鉴定，以下{len(titles)}项课题准予结题，现予公布。",
        12,
        ctx.body,
        lead=1.9,
        indent=8.5,
    )
    y = pg.table(
        12, y + 4, [12.0, 28.0, 72.0, 20.0, 54.0], rows, 8.5, ctx.body, row_h=13, header_font=ctx.bold
    )
    P.issuer_block(pg, ctx, [issuer, dfmt(d, st)], y + 16, seal=issuer, size=12)
    return _pc_doc(ctx, v, [pg], None, titles[pick], leaders[pick], [], issuer, iso(d), d.year,
                   scored=["issuer", "issued_on"])  # fmt: skip
