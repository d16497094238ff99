"""Draw 41: journal pages, books, patent certificates, award certificates, project completion certificates."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import supervisor
from bench.blind.doc import Doc, frame, sign_block
from bench.blind.page import Page, width_mm
from bench.blind41 import kit
from bench.blind41.kit import GREY, INK, RED, centre, doc, fit, lh, pairs, para, put
from bench.blind41.pools import (
    CITIES,
    COUNTY_CITIES,
    Ctx,
    a_date,
    address,
    city,
    fd,
    fm,
    isbn_digit,
    journal_for,
    later,
    prof,
    serial,
    some_names,
    unit,
    variant,
    zl_check,
)
from bench.generator.truth import person

LEVEL_ORDER = ["sci", "ssci", "cssci", "cscd", "pku_core", "national", "provincial"]
ENGLISH = {
    "bridge": "Analysis and Countermeasures for Highway Bridge Maintenance",
    "dent": "Clinical Observation in Oral Treatment",
    "pt": "Effect of Rehabilitation Training: a Clinical Study",
    "teach": "Practice of Experimental Teaching in Senior High School",
    "seed": "Evaluation of Crop Varieties in the Huang-Huai-Hai Region",
    "gas": "Safety Risk Assessment of Urban Gas Pipelines",
    "hinsp": "Survey of Public Health Supervision",
    "tax": "Research on Tax Administration and Accounting Practice",
}
ABSTRACT = (
    "目的 探讨{t}的效果与适用条件。方法 选取{c}地区{n}个样本开展对照研究，采用统计学方法比较各组指标。"
    "结果 试验组主要指标优于对照组，差异有统计学意义。结论 该方法操作简便、效果可靠，值得推广应用。"
)
FILLER = (
    "近年来，随着行业技术标准的不断更新，相关工作对专业技术人员提出了更高要求。本文结合工作实际，"
    "对有关问题进行了分析，并提出了改进措施。"
)


def _authors(ctx: Ctx, n: int | None = None) -> list[str]:
    return some_names(ctx, n or ctx.rng.choice([1, 2, 2, 3, 3, 4, 5]))


def _article(ctx: Ctx) -> dict:
    p, c = prof(ctx), city(ctx)
    j = journal_for(ctx, p)
    year = ctx.rng.randint(2016, 2024)
    vol = str(year - ctx.rng.randint(1960, 2005)) if ctx.rng.random() < 0.75 else None
    if vol is not None and int(vol) < 1:
        vol = str(ctx.rng.randint(10, 45))
    issue = str(ctx.rng.randint(1, 12))
    authors = _authors(ctx)
    units = [unit(ctx, p, c) for _ in range(min(len(authors), ctx.rng.choice([1, 2])))]
    return {
        "p": p,
        "c": c,
        "j": j,
        "year": year,
        "vol": vol,
        "issue": issue,
        "authors": authors,
        "units": units,
        "title": ctx.rng.choice(p.papers),
    }


def _issue_line(a: dict, style: int) -> str:
    v, i, y = a["vol"], a["issue"], a["year"]
    if style == 0:
        return f"{y}年第{i}期" + (f"（第{v}卷）" if v else "")
    if style == 1:
        return (f"第{v}卷第{i}期" if v else f"第{i}期") + f" {y}年{int(i)}月"
    return f"Vol.{v} No.{i}  {y}" if v else f"No.{i}  {y}"


def _first_page(pg: Page, ctx: Ctx, a: dict, top: float, english: bool = False) -> None:
    j = a["j"]
    pg.text(18, top, f"{j.name}", 9, ctx.body)
    pg.text(pg.w - 18, top, _issue_line(a, ctx.rng.randrange(3)), 9, ctx.body, "r")
    pg.line(18, top + 5, pg.w - 18, top + 5, 0.4)
    pg.text(18, top + 6.5, f"ISSN {j.issn}  CN {j.cn}", 7.5, ctx.body, "l", GREY)
    pg.text(
        pg.w - 18,
        top + 6.5,
        f"DOI:10.{ctx.rng.randint(1000, 9999)}/j.cnki.{serial(ctx, '', 4)}.{a['year']}.{serial(ctx, '', 4)}",
        7.5,
        ctx.body,
        "r",
        GREY,
    )
    y = top + 16
    y = centre(pg, ctx, y, a["title"], 17, width=pg.w - 36)
    parts: list[tuple[str, bool]] = []
    multi = len(a["units"]) > 1
    for i, n in enumerate(a["authors"]):
        parts.append((n, False))
        if multi:
            parts.append((str(1 + (i % 2)), True))
        if i < len(a["authors"]) - 1:
            parts.append(("，", False))
    y = pg.runs(pg.w / 2, y + 1, parts, 12, ctx.body)
    aff = (
        "；".join(f"{i + 1}.{u}，{a['c']}" for i, u in enumerate(a["units"]))
        if multi
        else f"{a['units'][0]}，{a['c']}"
    )
    y = centre(pg, ctx, y, f"（{aff}）", 9, bold=False, width=pg.w - 36) + 3
    y = para(
        pg,
        ctx,
        22,
        y,
        pg.w - 44,
        "[摘要] " + ABSTRACT.format(t=a["title"][:10], c=a["c"], n=ctx.rng.randint(30, 200)),
        9,
        indent=False,
        lead=1.6,
    )
    y = put(
        pg, ctx, 22, y, "[关键词] " + "；".join([a["p"].field, a["title"][:4], a["title"][4:8], "对策"]), 9
    )
    y = put(
        pg,
        ctx,
        22,
        y,
        f"中图分类号：{ctx.rng.choice(['U445', 'R781', 'R493', 'G633.7', 'S512', 'TU996', 'R126', 'F812.42'])}"
        f"   文献标志码：A   文章编号：{j.issn.replace('-', '')}({a['year']}){int(a['issue']):02d}-0{ctx.rng.randint(10, 99)}-0{ctx.rng.randint(3, 9)}",
        8,
    )
    if english:
        y = put(pg, ctx, 22, y + 2, ENGLISH[a["p"].key], 11, bold=True)
        y = put(
            pg,
            ctx,
            22,
            y,
            f"({'Dezhou' if a['c'] == '德州' else 'Kaifeng'}, {'Shandong' if a['c'] == '德州' else 'Henan'}, China)",
            9,
        )
        y = para(
            pg,
            ctx,
            22,
            y,
            pg.w - 44,
            "Abstract: Objective To explore the effect of the method. Methods "
            "Samples were compared by statistical analysis. Results The main indexes improved. Conclusion "
            "The method is simple and reliable.",
            8.5,
            indent=False,
            lead=1.5,
        )
    y += 4
    colw = (pg.w - 44 - 8) / 2
    yy = [y, y]
    for col in range(2):
        x = 22 + col * (colw + 8)
        yc = yy[col]
        if col == 0:
            yc = put(pg, ctx, x, yc, "0  引言", 10.5, bold=True)
        for _ in range(3):
            yc = para(pg, ctx, x, yc, colw, FILLER * 2, 9.5, lead=1.6)
        yy[col] = yc
    fy = pg.h - 34
    pg.line(22, fy, 80, fy, 0.3)
    recv = dt.date(
        a["year"] - (1 if int(a["issue"]) < 4 else 0), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28)
    )
    pg.text(22, fy + 2, f"收稿日期：{fd(recv, 'iso')}", 7.5, ctx.body)
    pg.text(
        22,
        fy + 6.5,
        f"基金项目：{a['c']}市科技计划项目（{a['year'] - 1}{serial(ctx, '', 3)}）",
        7.5,
        ctx.body,
    )
    pg.text(
        22,
        fy + 11,
        f"作者简介：{a['authors'][0]}，{ctx.rng.randint(1975, 1995)}年生，{ctx.rng.choice(['硕士', '本科', '博士'])}，"
        f"研究方向为{a['p'].field}。E-mail：{serial(ctx, 'dz', 6)}@163.com",
        7.5,
        ctx.body,
    )


def _cover(pg: Page, ctx: Ctx, a: dict, sup: str) -> None:
    j = a["j"]
    pg.rect(0, 0, pg.w, 70, 0, fill=(30, 70, 120))
    size = fit(j.name, ctx.bold, 44, pg.w - 30)
    pg.text(pg.w / 2, 22, j.name, size, ctx.bold, "c", (255, 255, 255))
    pg.text(pg.w / 2, 76, _issue_line(a, 0), 16, ctx.body, "c")
    y = 100.0
    y = put(pg, ctx, 30, y, "本期要目", 13, bold=True, color=RED)
    y = put(pg, ctx, 30, y, f"{a['title']}", 11)
    y = put(pg, ctx, 36, y, "……" + "，".join(a["authors"]), 9.5, color=GREY)
    other = [t for t in a["p"].papers if t != a["title"]][:3]
    for t in other:
        y = put(pg, ctx, 30, y + 1, t, 11)
        y = put(pg, ctx, 36, y, "……" + "，".join(some_names(ctx, 2)), 9.5, color=GREY)
    pg.text(30, 240, f"主管单位：{sup}", 10.5, ctx.body)
    pg.text(
        30,
        247,
        f"主办单位：{a['units'][0] if ctx.rng.random() < 0.2 else a['p'].field + '期刊编辑部'}",
        10.5,
        ctx.body,
    )
    pg.text(30, 258, f"ISSN {j.issn}", 12, ctx.body)
    pg.text(30, 265, f"CN {j.cn}", 12, ctx.body)
    pg.text(pg.w - 30, 265, f"国内定价：{ctx.rng.choice([15, 20, 25, 30])}.00元", 10, ctx.body, "r")
    kit.qr(pg, pg.w - 52, 232, 22, ctx.rng.randint(0, 10**6))


def _toc(pg: Page, ctx: Ctx, a: dict) -> None:
    j = a["j"]
    y = centre(pg, ctx, 20, f"{j.name}", 16)
    y = centre(pg, ctx, y, _issue_line(a, ctx.rng.choice([0, 1])), 11, bold=False)
    y = centre(pg, ctx, y + 2, "目    次", 18) + 4
    entries = [(t, some_names(ctx, ctx.rng.randint(1, 3))) for t in a["p"].papers if t != a["title"]][:4]
    pos = ctx.rng.randint(0, len(entries))
    entries.insert(pos, (a["title"], a["authors"]))
    pgno = ctx.rng.randint(1, 30)
    for t, au in entries:
        pg.text(24, y, t, 11, ctx.body)
        pg.text(pg.w - 24, y, f"（{pgno}）", 10, ctx.body, "r")
        pg.text(30, y + 5.5, "，".join(au), 9, ctx.body, "l", GREY)
        y += 13
        pgno += ctx.rng.randint(4, 9)
    pg.line(20, 270, pg.w - 20, 270, 0.3)
    pg.text(24, 272, f"ISSN {j.issn}    CN {j.cn}    {_issue_line(a, 2)}", 9, ctx.body)


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "journal_article")
    a = _article(ctx)
    j = a["j"]
    levels = set(j.base_levels)
    pages: list[Page] = []
    full = [
        "title",
        "people",
        "journal.name",
        "journal.issn",
        "journal.cn",
        "journal.year",
        "journal.issue",
        "journal.levels",
    ]
    scored = list(full)
    if v in ("cover", "bundle"):
        sup, lvl = supervisor(ctx.rng, j)
        levels.add(lvl)
    if v == "first":
        pg = Page()
        _first_page(pg, ctx, a, 12)
        pages = [pg]
    elif v == "bilingual":
        pg = Page()
        _first_page(pg, ctx, a, 12, english=True)
        pages = [pg]
    elif v == "cover":
        pg = Page()
        _cover(pg, ctx, a, sup)
        pages = [pg]
        scored = [s for s in full if s not in ("title", "people")]
    elif v == "toc":
        pg = Page()
        _toc(pg, ctx, a)
        pages = [pg]
        scored = [s for s in full if s not in ("title", "people")]
    elif v == "bundle":
        p1, p2, p3 = Page(), Page(), Page()
        _cover(p1, ctx, a, sup)
        _toc(p2, ctx, a)
        _first_page(p3, ctx, a, 12)
        pages = [p1, p2, p3]
    else:  # record: a database's article page in a browser
        pg = Page(250, 170)
        y = kit.browser_chrome(
            pg,
            ctx,
            f"https://kns.cnki.net/kcms2/article/abstract?v={serial(ctx, '', 12)}",
            "中国知网",
            ["文献", "期刊", "博硕", "会议", "报纸"],
        )
        y = put(
            pg,
            ctx,
            20,
            y + 2,
            f"{j.name}. "
            + f"{a['year']}"
            + (f",{a['vol']}" if a["vol"] else "")
            + f"({int(a['issue']):02d})",
            9.5,
            color=(30, 90, 170),
        )
        tags = "  ".join(
            {"pku_core": "北大核心", "cscd": "CSCD", "sci": "SCI", "cssci": "CSSCI"}.get(x, x)
            for x in j.base_levels
        )
        pg.text(pg.w - 20, y - lh(9.5), tags, 8.5, ctx.body, "r", (190, 90, 20))
        y = centre(pg, ctx, y + 3, a["title"], 16, width=pg.w - 40)
        y = centre(pg, ctx, y, "    ".join(a["authors"]), 11, bold=False)
        y = centre(pg, ctx, y, "  ".join(a["units"]), 9, bold=False) + 3
        y = para(
            pg,
            ctx,
            20,
            y,
            pg.w - 40,
            "摘要：" + ABSTRACT.format(t=a["title"][:10], c=a["c"], n=40),
            9,
            indent=False,
        )
        y = put(pg, ctx, 20, y + 1, f"刊名：{j.name}    ISSN：{j.issn}    CN：{j.cn}", 9)
        y = put(
            pg,
            ctx,
            20,
            y,
            f"年，卷(期)：{a['year']}"
            + (f"，{a['vol']}" if a["vol"] else "")
            + f"({a['issue']})"
            + f"    下载：{ctx.rng.randint(20, 900)}  被引：{ctx.rng.randint(0, 40)}",
            9,
        )
        put(
            pg,
            ctx,
            20,
            y,
            f"在线公开时间：{fd(dt.date(a['year'], int(a['issue']), ctx.rng.randint(1, 28)), 'iso')}",
            8.5,
            color=GREY,
        )
        pages = [pg]
    if a["vol"]:
        scored.insert(scored.index("journal.issue"), "journal.volume")
    lv = [x for x in LEVEL_ORDER if x in levels]
    fields = {
        "title": a["title"],
        "people": [person(n, i + 1, "author") for i, n in enumerate(a["authors"])],
        "journal": {
            "name": j.name,
            "issn": j.issn,
            "cn": j.cn,
            "year": a["year"],
            "volume": a["vol"],
            "issue": a["issue"],
            "levels": lv,
        },
    }
    claim = ctx.rng.choice(a["authors"])
    return doc("journal_article", v, pages, fields, scored, {"person": claim, "year": a["year"]})


# ---- books ---------------------------------------------------------------------------------------
BOOKS = {
    "bridge": ["公路桥梁养护技术手册", "中小跨径桥梁检测与评定", "农村公路建设管理实务"],
    "dent": ["口腔种植临床操作指南", "根管治疗图解", "儿童口腔保健实用手册"],
    "pt": ["脑卒中康复治疗实用技术", "骨科康复评定与训练", "运动损伤物理治疗学"],
    "teach": ["高中物理实验创新设计", "中学化学探究教学案例", "物理核心素养与课堂教学"],
    "seed": ["黄淮海小麦玉米种子生产技术", "农作物种子检验实务", "大豆高产栽培新技术"],
    "gas": ["城镇燃气安全管理实务", "燃气管网运行与维护", "燃气泄漏应急处置"],
    "hinsp": ["公共场所卫生监督实务", "生活饮用水卫生监督", "卫生监督执法文书规范"],
    "tax": ["中小企业纳税实务与案例", "政府会计制度操作指南", "个人所得税实务问答"],
}
TRANSLATED = {
    "bridge": "桥梁工程耐久性设计",
    "dent": "现代口腔种植学",
    "pt": "康复治疗循证实践",
    "teach": "物理教学中的探究",
    "seed": "种子生物学",
    "gas": "燃气输配系统安全",
    "hinsp": "环境卫生监督导论",
    "tax": "管理会计实务",
}
PUBS = [
    ("山东科学技术出版社", "济南", "5331"),
    ("河南科学技术出版社", "郑州", "5349"),
    ("人民交通出版社", "北京", "114"),
    ("人民卫生出版社", "北京", "117"),
    ("中国农业科学技术出版社", "北京", "5116"),
    ("化学工业出版社", "北京", "122"),
    ("中国财政经济出版社", "北京", "5095"),
    ("山东教育出版社", "济南", "5328"),
    ("河南大学出版社", "开封", "5649"),
    ("中国建筑工业出版社", "北京", "112"),
]
PUB_FOR = {
    "bridge": [2, 9, 0],
    "dent": [3, 0, 1],
    "pt": [3, 1, 0],
    "teach": [7, 8, 0],
    "seed": [4, 0, 1],
    "gas": [9, 5, 1],
    "hinsp": [3, 1, 0],
    "tax": [6, 8, 0],
}
FOREIGN = [
    ("约翰·史密斯", "John Smith", "美"),
    ("彼得·沃森", "Peter Watson", "英"),
    ("汉斯·穆勒", "Hans Müller", "德"),
    ("田中健一", "Tanaka Kenichi", "日"),
    ("玛丽·琼斯", "Mary Jones", "澳"),
]


def _isbn(ctx: Ctx, pub: str) -> str:
    rest = 8 - len(pub)
    title = "".join(str(ctx.rng.randint(0, 9)) for _ in range(rest))
    d12 = "9787" + pub + title
    return f"978-7-{pub}-{title}-{isbn_digit(d12)}"


def _cip(pg: Page, ctx: Ctx, b: dict, top: float, x0: float = 25, width: float | None = None) -> None:
    w = width or pg.w - 2 * x0
    y = put(pg, ctx, x0, top, "图书在版编目（CIP）数据", 12, bold=True)
    resp = b["resp"]
    y = para(
        pg,
        ctx,
        x0,
        y + 1,
        w,
        f"{b['title']} / {resp}. —{b['city']}：{b['pub']}，{b['y']}.{b['m']}",
        10.5,
        lead=1.7,
    )
    y = put(pg, ctx, x0, y, f"ISBN {b['isbn']}", 10.5)
    y = para(
        pg,
        ctx,
        x0,
        y + 1,
        w,
        f"Ⅰ.①{b['title'][:4]}… Ⅱ.①{b['names'][0]}… Ⅲ.①{b['title'][-4:]}—研究",
        10,
        lead=1.7,
    )
    y = put(
        pg, ctx, x0, y + 1, f"中国版本图书馆CIP数据核字（{b['y']}）第{ctx.rng.randint(100000, 299999)}号", 10
    )
    pg.line(x0, y + 2, x0 + w, y + 2, 0.3)
    y += 6
    if b.get("contract"):
        y = put(pg, ctx, x0, y, b["contract"], 9.5)
    rows = [
        ("责任编辑", some_names(ctx, 1)[0]),
        ("出版发行", b["pub"]),
        (
            "地    址",
            f"{b['city']}市{ctx.rng.choice(['胜利大街', '金水路', '东城区东黄城根', '二环路'])}{ctx.rng.randint(1, 300)}号",
        ),
        ("邮    编", f"{ctx.rng.randint(100000, 499999)}"),
        (
            "印    刷",
            f"{ctx.rng.choice(['山东新华印刷厂', '河南瑞之光印刷股份有限公司', '北京建宏印刷有限公司'])}",
        ),
        ("开    本", "787 mm×1092 mm  1/16"),
        ("印    张", f"{ctx.rng.randint(10, 30)}.{ctx.rng.choice([0, 25, 5, 75])}"),
        ("字    数", f"{ctx.rng.randint(200, 600)}千字"),
        ("版    次", b["edition"]),
        ("印    次", f"{b['y']}年{b['m']}月第1次印刷"),
        ("定    价", f"{ctx.rng.randint(38, 128)}.00元"),
    ]
    y = pairs(pg, ctx, x0, y, rows, 10, 24, gap=1.9)
    put(pg, ctx, x0, y + 2, "如有印装质量问题，请与本社发行部联系调换", 8.5, color=GREY)


def book(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "book")
    p = prof(ctx)
    pub, pcity, pcode = PUBS[ctx.rng.choice(PUB_FOR[p.key])]
    title = ctx.rng.choice(BOOKS[p.key])
    y, m = ctx.rng.randint(2015, 2024), ctx.rng.randint(1, 12)
    ed = ctx.rng.choice([1, 1, 1, 2])
    edition = f"{y}年{m}月第{ed}版"
    ppl: list[dict] = []
    board = None
    if v == "translation":
        fa = ctx.rng.choice(FOREIGN)
        tr = some_names(ctx, ctx.rng.choice([1, 2]))
        names = [fa[0]] + tr
        resp = f"（{fa[2]}）{fa[0]}（{fa[1]}）著；{'，'.join(tr)}译"
        ppl = [person(fa[0], 1, "author")] + [person(n, i + 2, "translator") for i, n in enumerate(tr)]
        title = TRANSLATED[p.key]
    elif v == "board":
        chief = some_names(ctx, ctx.rng.choice([1, 2]) + 3 + ctx.rng.randint(3, 6))
        nc = ctx.rng.choice([1, 2])
        nd = ctx.rng.choice([2, 3])
        names = chief
        board = (chief[:nc], chief[nc : nc + nd], chief[nc + nd :])
        roles = (
            ["editor_in_chief"] * nc + ["deputy_editor"] * nd + ["editorial_board"] * (len(chief) - nc - nd)
        )
        ppl = [person(n, i + 1, r) for i, (n, r) in enumerate(zip(chief, roles, strict=True))]
        resp = f"{'，'.join(chief[:nc])}主编"
    else:
        names = some_names(ctx, ctx.rng.choice([1, 2, 3]))
        if ctx.rng.random() < 0.5:
            resp = f"{'，'.join(names)}主编"
            ppl = [person(n, i + 1, "editor_in_chief") for i, n in enumerate(names)]
        else:
            resp = f"{'，'.join(names)}著"
            ppl = [person(n, i + 1, "author") for i, n in enumerate(names)]
    isbn = _isbn(ctx, pcode)
    b = {
        "title": title,
        "resp": resp,
        "city": pcity,
        "pub": pub,
        "y": y,
        "m": m,
        "isbn": isbn,
        "edition": edition,
        "names": names,
    }
    if v == "translation":
        b["contract"] = (
            f"著作权合同登记号  图字：{ctx.rng.randint(1, 30):02d}-{y - 1}-{ctx.rng.randint(10, 300)}号"
        )
    pages: list[Page] = []

    def cover(pg: Page, x0: float, w: float) -> None:
        pg.rect(
            x0, 0, x0 + w, pg.h, 0, fill=ctx.rng.choice([(230, 238, 245), (245, 236, 220), (226, 240, 228)])
        )
        size = fit(title, ctx.bold, 30, w - 20)
        pg.text(x0 + w / 2, pg.h * 0.25, title, size, ctx.bold, "c")
        pg.text(
            x0 + w / 2,
            pg.h * 0.25 + 16,
            "实用技术丛书" if ctx.rng.random() < 0.4 else "",
            11,
            ctx.body,
            "c",
            GREY,
        )
        ry = pg.h * 0.5
        if board:
            pg.text(x0 + w / 2, ry, f"主编  {'  '.join(board[0])}", 13, ctx.body, "c")
            pg.text(x0 + w / 2, ry + 8, f"副主编  {'  '.join(board[1])}", 11, ctx.body, "c")
        else:
            pg.text(x0 + w / 2, ry, resp.replace("；", "  "), fit(resp, ctx.body, 13, w - 16), ctx.body, "c")
        pg.text(x0 + w / 2, pg.h * 0.88, pub, 14, ctx.bold, "c")

    if v == "cover":
        pg = Page()
        cover(pg, 0, pg.w)
        pages = [pg]
    elif v == "cip":
        pg = Page()
        _cip(pg, ctx, b, 40)
        pages = [pg]
    elif v == "titlepage":
        p1, p2 = Page(), Page()
        centre(p1, ctx, 70, title, 24)
        centre(p1, ctx, 120, resp, 13, bold=False)
        centre(p1, ctx, 240, pub, 14)
        _cip(p2, ctx, b, 40)
        pages = [p1, p2]
    elif v == "board":
        p1, p2 = Page(), Page()
        y0 = centre(p1, ctx, 40, f"《{title}》编委会", 18) + 8
        for lab, grp in zip(("主  编", "副主编", "编  委"), board, strict=True):
            p1.text(40, y0, lab, 12.5, ctx.bold)
            y0 = para(p1, ctx, 66, y0, p1.w - 106, "  ".join(grp), 12.5, indent=False, lead=1.9) + 3
        p1.text(40, y0 + 4, "（编委按姓氏笔画排序）", 10, ctx.body, "l", GREY)
        _cip(p2, ctx, b, 40)
        pages = [p1, p2]
    elif v == "translation":
        pg = Page()
        centre(pg, ctx, 22, f"{title}", 16)
        centre(
            pg,
            ctx,
            32,
            "Original English edition published by Springer. All rights reserved.",
            8.5,
            bold=False,
        )
        _cip(pg, ctx, b, 50)
        pages = [pg]
    else:  # spread: cover and copyright page photographed side by side
        pg = Page(297, 210)
        cover(pg, 0, 140)
        pg.rect(150, 0, 297, 210, 0, fill=(250, 250, 250))
        _cip(pg, ctx, b, 20, x0=158, width=130)
        pages = [pg]
    if v == "cover":
        fields = {
            "title": title,
            "people": ppl,
            "issuer": pub,
            "book": {"isbn": None, "publisher": pub, "edition": None},
        }
        scored = ["title", "people", "issuer", "book.publisher"]
    else:
        fields = {
            "title": title,
            "people": ppl,
            "issuer": pub,
            "issued_on": f"{y}-{m:02d}",
            "book": {"isbn": isbn, "publisher": pub, "edition": edition},
        }
        scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    claim = ctx.rng.choice([q["name"] for q in ppl if q["role"] != "author" or v != "translation"])
    return doc("book", v, pages, fields, scored, {"person": claim, "year": y})


# ---- patents -------------------------------------------------------------------------------------
INVENTIONS = {
    "bridge": ["一种桥梁伸缩缝快速更换装置", "一种装配式箱梁湿接缝施工方法", "一种公路桥梁支座检测装置"],
    "dent": ["一种口腔种植导板定位装置", "一种根管冲洗负压吸引器", "一种儿童开口器"],
    "pt": ["一种下肢康复训练器", "一种手指关节康复牵引装置", "一种平衡功能训练平台"],
    "teach": ["一种电磁感应演示装置", "一种中学化学气体制备实验装置", "一种平抛运动轨迹演示仪"],
    "seed": ["一种小麦种子包衣机", "一种玉米穗考种装置", "一种种子发芽试验箱"],
    "gas": ["一种燃气管道泄漏检测装置", "一种调压箱防冻保温装置", "一种燃气表箱安全锁"],
    "hinsp": ["一种公共场所空气采样器", "一种便携式水质余氯检测装置", "一种卫生监督现场取证箱"],
    "tax": ["一种财务凭证装订装置", "一种票据分类收纳盒", "一种会计档案防潮柜"],
}
DESIGNS = [
    "康复训练器（手部）",
    "实验演示箱",
    "采样器",
    "种子检验盘",
    "燃气报警器",
    "票据夹",
    "牙科器械托盘",
    "桥梁检测标识牌",
]
KIND_WORD = {
    "invention": ("发明专利证书", "发明名称", "发明人", "二十年", 1),
    "utility_model": ("实用新型专利证书", "实用新型名称", "发明人", "十年", 2),
    "design": ("外观设计专利证书", "外观设计名称", "设计人", "十五年", 3),
}
CNIPA = "国家知识产权局"


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "patent_certificate")
    p, c = prof(ctx), city(ctx)
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        v, ctx.rng.choice(["invention", "utility_model", "utility_model", "design"])
    )
    head, name_lab, inv_lab, term, digit = KIND_WORD[kind]
    title = ctx.rng.choice(INVENTIONS[p.key]) if kind != "design" else ctx.rng.choice(DESIGNS)
    if kind == "utility_model" and title.endswith("方法"):
        title = title[:-2] + "装置"
    applied = a_date(ctx, 2014, 2022)
    granted = later(applied, *((420, 1300) if kind == "invention" else (100, 320)), ctx)
    d12 = f"{applied.year}{digit}{ctx.rng.randint(0, 9999999):07d}"
    number = f"ZL{d12}.{zl_check(d12)}"
    spaced = f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{number[-1]}"
    printed_no = ctx.rng.choice([number, spaced])
    inventors = some_names(ctx, ctx.rng.choice([1, 2, 3, 3, 4, 5]))
    owner = unit(ctx, p, c)
    pub_no = f"CN {ctx.rng.randint(100000000, 219999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"
    cert_no = f"第{ctx.rng.randint(1000000, 6999999)}号"
    st = ctx.rng.choice(["cn", "cnpad"])
    seed = ctx.rng.randint(0, 10**6)
    sep = ctx.rng.choice(["；", "，", "  "])
    rows = [
        (f"{name_lab}：", title),
        (f"{inv_lab}：", sep.join(inventors)),
        ("专 利 号：", printed_no),
        ("专利申请日：", fd(applied, st)),
        ("专利权人：", owner),
        ("地    址：", address(ctx, c)),
        ("授权公告日：", fd(granted, st)),
        ("授权公告号：", pub_no),
    ]
    statement = (
        f"本{'发明' if kind == 'invention' else '实用新型' if kind == 'utility_model' else '外观设计'}经过本局依照中华人民共和国专利法进行"
        f"{'审查' if kind == 'invention' else '初步审查'}，决定授予专利权，颁发{head}并在专利登记簿上予以登记。"
        f"专利权自授权公告之日起生效。专利权期限为{term}，自申请日起算。"
    )
    director = some_names(ctx, 1)[0]

    def certificate(pg: Page, x0: float, w: float, size: float) -> None:
        pg.rect(x0 + 6, 6, x0 + w - 6, pg.h - 6, 1.0, (160, 120, 50))
        pg.text(x0 + w / 2, 22, "中华人民共和国国家知识产权局", size * 0.9, ctx.bold, "c", INK)
        pg.text(x0 + w / 2, 34, head, size * 1.9, ctx.bold, "c", INK)
        pg.text(x0 + w / 2, 52, f"证书号{cert_no}", size, ctx.body, "c")
        y = 66.0
        for lab, val in rows:
            lw = width_mm("专利申请日：", ctx.body, size) + 2
            pg.text(x0 + 20, y, lab, size, ctx.body)
            vs = fit(val, ctx.body, size, w - 44 - lw)
            pg.text(x0 + 20 + lw, y, val, vs, ctx.body)
            y += size * 0.3528 * 2.1
        y = para(pg, ctx, x0 + 20, y + 4, w - 40, statement, size * 0.92, lead=1.8)
        para(
            pg,
            ctx,
            x0 + 20,
            y + 2,
            w - 40,
            "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人"
            "的姓名或名称、国籍、地址变更等事项记载在专利登记簿上。",
            size * 0.85,
            lead=1.7,
        )
        pg.text(x0 + w - 60, pg.h - 40, "局长", size, ctx.body)
        pg.text(x0 + w - 48, pg.h - 42, director, size * 1.4, ctx.hand)
        pg.seal(x0 + w - 45, pg.h - 50, 17, CNIPA, seed)

    pages: list[Page] = []
    if v in ("invention", "utility", "design"):
        pg = Page()
        certificate(pg, 0, pg.w, 11.5)
        pg.text(24, pg.h - 16, f"第 1 页（共 {ctx.rng.choice([1, 2])} 页）", 9, ctx.body, "l", GREY)
        pages = [pg]
    elif v == "twopage":
        p1, p2 = Page(), Page()
        certificate(p1, 0, p1.w, 11.5)
        p1.text(24, p1.h - 16, "第 1 页（共 2 页）", 9, ctx.body, "l", GREY)
        y = put(p2, ctx, 25, 30, "其他事项参见续页", 12, bold=True) + 4
        y = para(
            p2,
            ctx,
            25,
            y,
            p2.w - 50,
            f"专利权人应当依照专利法及其实施细则规定缴纳年费。本专利的年费应当在每年"
            f"{applied.month}月{applied.day}日前缴纳。未按照规定缴纳年费的，专利权自应当缴纳年费期满之日起终止。",
            11,
        )
        y = put(p2, ctx, 25, y + 4, "申请日时本专利记载的申请人、发明人信息如下：", 11)
        y = put(p2, ctx, 25, y, f"申请人：{owner}", 11)
        y = put(p2, ctx, 25, y, f"发明人：{'；'.join(inventors)}", 11)
        p2.text(24, p2.h - 16, "第 2 页（共 2 页）", 9, ctx.body, "l", GREY)
        pages = [p1, p2]
    elif v == "ecert":
        pg = Page()
        pg.rect(0, 0, pg.w, 30, 0, fill=(200, 30, 40))
        pg.text(pg.w / 2, 8, "电子专利证书", 20, ctx.bold, "c", (255, 255, 255))
        y = centre(pg, ctx, 36, "中华人民共和国国家知识产权局", 12, bold=False)
        y = centre(pg, ctx, y + 1, head, 22)
        y = centre(pg, ctx, y, f"证书号{cert_no}", 11, bold=False) + 4
        tab = [[lab.rstrip("："), val] for lab, val in rows]
        y = pg.table(20, y, [38, 132], tab, 10.5, ctx.body, row_h=11)
        y = para(pg, ctx, 20, y + 6, pg.w - 40, statement, 10, lead=1.7)
        kit.qr(pg, 22, y + 6, 26, seed)
        pg.text(52, y + 12, "扫描二维码可查验证书真伪", 9, ctx.body, "l", GREY)
        pg.text(52, y + 18, f"证书生成日期：{fd(later(granted, 1, 40, ctx), 'iso')}", 9, ctx.body, "l", GREY)
        pg.text(pg.w - 50, y + 30, "局长", 11, ctx.body)
        pg.text(pg.w - 38, y + 28, director, 15, ctx.hand)
        pg.seal(pg.w - 40, y + 22, 17, CNIPA, seed)
        pages = [pg]
    else:  # register: certificate beside a copy of the register
        pg = Page(297, 210)
        certificate(pg, 0, 150, 8.5)
        pg.rect(156, 8, 290, 202, 0.4, (150, 150, 150), fill=(252, 252, 252))
        y = put(pg, ctx, 223, 14, "专利登记簿副本", 14, "c", bold=True)
        reg = [
            ("专利号", printed_no),
            ("申请日", fd(applied, st)),
            ("授权公告日", fd(granted, st)),
            ("专利权人", owner),
            ("法律状态", "专利权维持"),
            ("年费缴纳", f"{fd(later(granted, 300, 360, ctx), 'iso')} 已缴第2年度年费"),
        ]
        y = pairs(pg, ctx, 162, y + 4, reg, 9, 20, gap=2.3)
        pg.text(162, y + 4, f"出具日期：{fd(later(granted, 380, 900, ctx), 'cn')}", 9, ctx.body)
        pg.seal(255, y + 2, 14, "国家知识产权局专利局", seed + 1)
        pages = [pg]
    fields = {
        "title": title,
        "people": [person(n, i + 1, "inventor") for i, n in enumerate(inventors)],
        "issuer": CNIPA,
        "issued_on": granted.isoformat(),
        "patent": {
            "kind": kind,
            "number": number,
            "applied_on": applied.isoformat(),
            "granted_on": granted.isoformat(),
        },
    }
    scored = [
        "title",
        "people",
        "issuer",
        "issued_on",
        "patent.kind",
        "patent.number",
        "patent.applied_on",
        "patent.granted_on",
    ]
    return doc(
        "patent_certificate",
        v,
        pages,
        fields,
        scored,
        {"person": ctx.rng.choice(inventors), "year": granted.year},
    )


# ---- awards --------------------------------------------------------------------------------------
GRADES = ["一等奖", "二等奖", "三等奖"]


def _giver(ctx: Ctx, c: str, kind: str, p) -> tuple[str, str, str | None]:  # noqa: ANN001
    """(award name, giver, level) for an award kind."""
    prov = CITIES[c]["prov"]
    x = ctx.rng.choice(CITIES[c]["counties"])
    if kind == "science_technology":
        opts = [
            (f"{c}市科学技术进步奖", f"{c}市人民政府", "municipal"),
            (f"{prov}省科学技术进步奖", f"{prov}省人民政府", "provincial"),
            (
                f"{c}市卫生健康科技进步奖" if p.key in ("dent", "pt", "hinsp") else f"{c}市农业科技成果奖",
                f"{c}市卫生健康委员会" if p.key in ("dent", "pt", "hinsp") else f"{c}市农业农村局",
                "bureau",
            ),
            (
                f"{prov}省{'公路' if p.key == 'bridge' else '科技'}学会科学技术奖",
                f"{prov}省{'公路' if p.key == 'bridge' else '科技'}学会",
                None,
            ),
        ]
        if x in COUNTY_CITIES or x.endswith("县"):
            opts.append((f"{x}科学技术进步奖", f"{x}人民政府", "county"))
        return ctx.rng.choice(opts)
    if kind == "social_science":
        return ctx.rng.choice(
            [
                (f"{c}市社会科学优秀成果奖", f"{c}市人民政府", "municipal"),
                (f"{c}市社会科学优秀成果奖", f"{c}市社会科学界联合会", None),
                (f"{prov}省教育科学优秀成果奖", f"{prov}省教育厅", "bureau"),
            ]
        )
    if kind == "competition":
        opts = [
            (f"{c}市{p.field}青年岗位技能竞赛", f"{c}市人力资源和社会保障局", "bureau"),
            (f"{prov}省{p.field}职业技能大赛", f"{prov}省{p.field[:2]}协会", None),
        ]
        if p.key == "teach":
            opts.append(
                (
                    f"全市{ctx.rng.choice(['高中物理', '高中化学', '初中物理'])}优质课评选",
                    f"{c}市教育局",
                    "bureau",
                )
            )
        return ctx.rng.choice(opts)
    return ctx.rng.choice(
        [
            (f"{prov}省{p.field}学术年会优秀论文", f"{prov}省{p.field[:2]}学会", None),
            (f"{c}市自然科学优秀学术论文", f"{c}市科学技术协会", None),
        ]
    )


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "award_certificate")
    p, c = prof(ctx), city(ctx)
    kind = {"contest": "competition", "social": "social_science", "paper": "other"}.get(
        v, "science_technology"
    )
    name, giver, level = _giver(ctx, c, kind, p)
    grade = ctx.rng.choice(GRADES if kind != "other" else ["一等奖", "二等奖", "优秀奖"])
    date = a_date(ctx, 2017, 2024)
    yr = date.year - ctx.rng.choice([0, 1])
    if kind == "science_technology" or kind == "social_science":
        title = ctx.rng.choice(p.projects)
    elif kind == "competition":
        t = ctx.rng.choice(p.topics)
        title = (
            f"{t}{'教学设计' if p.key == 'teach' else ctx.rng.choice(['操作展示', '案例展示', '技能展示'])}"
        )
    else:
        title = ctx.rng.choice(p.papers)
    team = some_names(ctx, ctx.rng.randint(3, 7))
    unit_ = unit(ctx, p, c)
    ds = fd(date, ctx.rng.choice(["cn", "cnnum", "cnpad"]))
    no = serial(ctx, ctx.rng.choice(["证书号：", "编号：", "No."]), 8)
    seed = ctx.rng.randint(0, 10**6)
    holder = None
    prefix = ctx.rng.choice([f"{yr}年度", "", f"{yr}年"])
    full = f"{prefix}{name}"
    pages: list[Page] = []
    if v in ("honour", "contest", "paper") or (v == "social" and ctx.rng.random() < 0.5):
        holder = team[0] if v != "paper" else team[0]
        rank = ctx.rng.randint(1, 5) if v in ("honour", "social") else None
        ppl = [person(holder, rank or 1, "awardee")]
        pg = Page()
        frame(pg, ctx, ctx.rng.choice([2, 3]))
        y = centre(pg, ctx, 50, ctx.rng.choice(["荣 誉 证 书", "获 奖 证 书"]), 30, color=RED) + 20
        pg.text(30, y, f"{holder}", 16, ctx.hand if ctx.rng.random() < 0.5 else ctx.body, "l", INK)
        pg.text(32 + width_mm(holder, ctx.hand, 16) + 2, y + 0.5, "同志：", 14, ctx.body)
        y += 14
        if v == "contest":
            body = f"你在{full}中，参赛作品“{title}”荣获{grade}。"
        elif v == "paper":
            body = f"你撰写的论文“{title}”在{full}评选中荣获{grade}。"
        else:
            rk = f"（第{rank}完成人）" if rank and rank > 1 else ("（第一完成人）" if rank == 1 else "")
            body = f"你{'参与' if rank and rank > 1 else '主持'}完成的“{title}”项目{rk}荣获{full}{grade}。"
        y = para(pg, ctx, 30, y, pg.w - 60, body + "特发此证，以资鼓励。", 15, lead=2.0)
        if rank == 1:
            ppl = [person(holder, 1, "awardee")]
        sign_block(pg, ctx, giver, ds, max(y + 36, 200), seed=seed)
        pg.text(30, 268, no, 10, ctx.body, "l", GREY)
        pages = [pg]
    else:
        ppl = [person(nm, i + 1, "awardee") for i, nm in enumerate(team)]
        if v == "landscape":
            pg = Page(297, 210)
            frame(pg, ctx, 3)
            y = centre(pg, ctx, 24, full, 22) + 2
            y = centre(pg, ctx, y, "证  书", 28, color=RED) + 6
            rows = [
                ["项目名称", title],
                ["奖励等级", grade],
                ["主要完成人", "、".join(team)],
                ["主要完成单位", unit_],
            ]
            pg.table(40, y, [44, 176], rows, 12.5, ctx.body, row_h=13)
            sign_block(pg, ctx, giver, ds, 164, x_right=pg.w - 40, seed=seed)
            pg.text(40, 188, no, 10, ctx.body, "l", GREY)
        else:  # group / social with a team
            pg = Page()
            frame(pg, ctx, 2)
            y = centre(pg, ctx, 40, "获 奖 证 书", 28, color=RED) + 12
            y = (
                para(
                    pg,
                    ctx,
                    28,
                    y,
                    pg.w - 56,
                    f"为表彰在{'科学技术' if kind == 'science_technology' else '哲学社会科学'}"
                    f"工作中作出突出贡献者，特颁发此证书。",
                    13,
                    lead=2.0,
                )
                + 4
            )
            rows = [("项目名称：", title), ("奖励名称：", full), ("奖励等级：", grade), ("完成单位：", unit_)]
            y = pairs(pg, ctx, 28, y, rows, 13, 30)
            pg.text(28, y, "主要完成人：", 13, ctx.body)
            y = para(pg, ctx, 58, y, pg.w - 86, "  ".join(team), 13, indent=False, lead=1.9)
            sign_block(pg, ctx, giver, ds, max(y + 24, 200), seed=seed)
            pg.text(28, 268, no, 10, ctx.body, "l", GREY)
        pages = [pg]
    claim = holder or ctx.rng.choice(team[:5])
    fields = {
        "holder": holder,
        "title": title,
        "people": ppl,
        "issuer": giver,
        "issued_on": date.isoformat(),
        "award": {"name": name, "kind": kind, "level": level, "grade": grade},
    }
    scored = [
        "holder",
        "title",
        "people",
        "issuer",
        "issued_on",
        "award.name",
        "award.kind",
        "award.level",
        "award.grade",
    ]
    if level is None:  # a society's award has no level to score
        scored.remove("award.level")
    return doc("award_certificate", v, pages, fields, scored, {"person": claim, "year": date.year})


# ---- project completion --------------------------------------------------------------------------
def _pissuer(ctx: Ctx, c: str, p) -> str:  # noqa: ANN001
    prov = CITIES[c]["prov"]
    return ctx.rng.choice(
        [
            f"{c}市科学技术局",
            f"{c}市教育科学规划领导小组办公室" if p.key == "teach" else f"{c}市科学技术协会",
            f"{prov}省卫生健康委员会"
            if p.key in ("dent", "pt", "hinsp")
            else f"{prov}省交通运输厅"
            if p.key == "bridge"
            else f"{c}市社会科学界联合会",
            f"{prov}省软科学研究计划办公室",
        ]
    )


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "project_completion")
    p, c = prof(ctx), city(ctx)
    issuer = _pissuer(ctx, c, p)
    title = ctx.rng.choice(p.projects)
    team = some_names(ctx, ctx.rng.randint(3, 7))
    leader = team[0]
    date = a_date(ctx, 2017, 2024)
    start = dt.date(date.year - ctx.rng.choice([1, 2, 3]), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    proj_no = f"{c[0]}{ctx.rng.choice(['KJ', 'JK', 'SK', 'RK'])}{start.year}{serial(ctx, '', 3)}"
    ds = fd(date, ctx.rng.choice(["cn", "cnnum", "cnpad", "iso"]))
    grade = ctx.rng.choice(["优秀", "良好", "合格", "通过"])
    seed = ctx.rng.randint(0, 10**6)
    u = unit(ctx, p, c)
    only_leader = v in ("leader", "system")
    pages: list[Page] = []
    if v == "cert":
        pg = Page()
        frame(pg, ctx, 2)
        y = centre(pg, ctx, 40, "结 题 证 书", 28) + 14
        rows = [
            ("课题名称：", title),
            ("立项编号：", proj_no),
            ("课题负责人：", leader),
            ("课题组成员：", "、".join(team[1:])),
            ("承担单位：", u),
            ("鉴定等级：", grade),
        ]
        y = pairs(pg, ctx, 28, y, rows, 13, 34)
        y = para(pg, ctx, 28, y + 6, pg.w - 56, "该课题已完成研究任务，经专家鉴定，准予结题。特发此证。", 13)
        sign_block(pg, ctx, issuer, ds, max(y + 30, 210), seed=seed)
        pages = [pg]
    elif v == "leader":
        pg = Page()
        y = centre(pg, ctx, 40, "结 题 证 明", 22) + 12
        y = para(
            pg,
            ctx,
            25,
            y,
            pg.w - 50,
            f"由{u}{leader}同志主持的{issuer[:-2] if issuer.endswith('办公室') else issuer}"
            f"立项课题“{title}”（立项编号：{proj_no}），于{fm(start.year, start.month, 'cn')}立项，"
            f"经专家组评审，已于{ds}结题，鉴定等级为{grade}。",
            13.5,
            lead=2.1,
        )
        y = para(pg, ctx, 25, y + 2, pg.w - 50, "特此证明。", 13.5)
        sign_block(pg, ctx, issuer, ds, y + 26, seed=seed)
        pg.text(
            25,
            275,
            f"查询电话：{CITIES[c]['tel']}-{ctx.rng.randint(2000000, 8999999)}",
            9,
            ctx.body,
            "l",
            GREY,
        )
        pages = [pg]
    elif v == "table":
        p1, p2 = Page(), Page()
        y = centre(p1, ctx, 30, "科研项目结题验收证书", 20) + 8
        rows = [
            ["项目名称", title],
            ["项目编号", proj_no],
            ["承担单位", u],
            ["起止时间", f"{fd(start, 'dotpad')}—{fd(date, 'dotpad')}"],
            ["验收结论", f"通过验收（{grade}）"],
        ]
        y = p1.table(22, y, [34, 132], rows, 11.5, ctx.body, row_h=12)
        y = put(p1, ctx, 22, y + 6, "主要研究人员：", 12, bold=True)
        rows2 = [["排名", "姓名", "职称", "工作单位", "分工"]] + [
            [
                str(i + 1),
                nm,
                ctx.rng.choice(["高级", "中级", "副高", "正高"]),
                u[:14],
                "负责人" if i == 0 else "参与",
            ]
            for i, nm in enumerate(team)
        ]
        p1.table(22, y + 1, [14, 26, 20, 78, 28], rows2, 10, ctx.body, row_h=10)
        y2 = put(p2, ctx, 22, 30, "验收意见：", 12, bold=True)
        y2 = para(
            p2,
            ctx,
            22,
            y2,
            p2.w - 44,
            "该项目完成了合同规定的各项研究内容，技术路线合理，数据翔实，达到预期目标。"
            "验收组一致同意通过验收。",
            12,
            lead=2.0,
        )
        sign_block(p2, ctx, issuer, ds, y2 + 30, seed=seed)
        p2.text(22, 275, "第 2 页", 9, ctx.body, "l", GREY)
        pages = [p1, p2]
    elif v == "letter":
        pg = Page()
        y = centre(pg, ctx, 30, issuer, 18, color=RED)
        y = centre(pg, ctx, y + 4, f"关于“{title}”课题结题的证明", 14) + 8
        y = para(
            pg,
            ctx,
            25,
            y,
            pg.w - 50,
            f"由{leader}主持，{'、'.join(team[1:])}参与完成的课题“{title}”（编号：{proj_no}），"
            f"已按计划完成研究任务，经组织专家鉴定，同意结题，鉴定结论为{grade}。",
            13,
            lead=2.0,
        )
        y = para(pg, ctx, 25, y + 2, pg.w - 50, "特此证明。", 13)
        sign_block(pg, ctx, issuer, ds, y + 22, seed=seed)
        pg.text(25, 268, f"抄送：{u}科研管理部门", 10.5, ctx.body)
        pages = [pg]
    elif v == "landscape":
        pg = Page(297, 210)
        frame(pg, ctx, 3)
        y = centre(pg, ctx, 26, "结 项 证 书", 30, color=RED) + 10
        rows = [
            ["项目名称", title],
            ["项目编号", proj_no],
            ["项目主持人", leader],
            ["项目组成员", "、".join(team[1:])],
            ["结项等级", grade],
        ]
        pg.table(45, y, [44, 165], rows, 12.5, ctx.body, row_h=12.5)
        sign_block(pg, ctx, issuer, ds, 160, x_right=pg.w - 45, seed=seed)
        pages = [pg]
    else:  # system: a project-management site's record
        pg = Page(250, 170)
        y = kit.browser_chrome(
            pg,
            ctx,
            f"http://kjgl.{ctx.rng.choice(['dezhou', 'kaifeng'])}.gov.cn/project/{serial(ctx, '', 6)}",
            f"{issuer}项目管理系统",
            ["项目申报", "中期检查", "结题管理", "成果登记"],
        )
        y = put(pg, ctx, 20, y + 2, "结题管理 > 项目详情", 9, color=GREY) + 2
        rows = [
            ["项目名称", title],
            ["项目编号", proj_no],
            ["项目负责人", leader],
            ["依托单位", u],
            ["立项日期", fd(start, "iso")],
            ["结题日期", fd(date, "iso")],
            ["项目状态", f"已结题（{grade}）"],
        ]
        y = pg.table(20, y, [40, 170], rows, 10.5, ctx.body, row_h=10)
        pg.rect(20, y + 6, 60, y + 15, 0, fill=(30, 120, 220))
        pg.text(40, y + 7.5, "打印结题证明", 9, ctx.body, "c", (255, 255, 255))
        pg.text(
            pg.w - 20, y + 8, f"最近登录：{fd(later(date, 30, 400, ctx), 'iso')}", 8.5, ctx.body, "r", GREY
        )
        pages = [pg]
    if only_leader:
        ppl = [person(leader, 1, "project_leader")]
        holder, claim = leader, leader
    else:
        ppl = [person(leader, 1, "project_leader")] + [
            person(n, i + 2, "project_member") for i, n in enumerate(team[1:])
        ]
        holder, claim = None, ctx.rng.choice(team)
    fields = {
        "holder": holder,
        "title": title,
        "people": ppl,
        "issuer": issuer,
        "issued_on": date.isoformat(),
    }
    return doc(
        "project_completion",
        v,
        pages,
        fields,
        ["holder", "title", "people", "issuer", "issued_on"],
        {"person": claim, "year": date.year},
    )
