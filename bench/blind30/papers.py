"""Draw 30's journal articles and books (patents, awards and completions are re-exported from grants)."""

from __future__ import annotations

from bench.blind import common
from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind30 import look as L
from bench.blind30 import pools as P
from bench.blind30.grants import award_certificate, patent_certificate, project_completion
from bench.generator.truth import person

__all__ = ["journal_article", "book", "patent_certificate", "award_certificate", "project_completion"]

ART = {
    "med": ["{a}在{b}患者中的应用效果观察", "{b}患者术后{c}的危险因素分析", "基于{a}的{b}护理干预研究",
            "{a}联合常规治疗对{b}的疗效评价"],
    "eng": ["{a}在{b}中的应用研究", "基于{a}的{b}故障诊断方法", "{b}施工过程{c}控制技术探讨",
            "考虑{c}的{b}优化设计"],
    "res": ["不同{a}对{b}产量及品质的影响", "{b}{c}的田间试验研究", "基于{a}的{b}适宜性评价",
            "{b}主要病害{c}规律研究"],
    "edu": ["{a}视域下职业院校{b}改革探索", "基于{a}的{b}课程教学设计", "高职院校{b}{c}路径研究",
            "{a}背景下{b}建设的实践"],
}  # fmt: skip
BITS = {
    "med": (["早期康复训练", "快速康复外科理念", "延续性护理", "量化评估工具", "多学科协作模式"],
            ["老年髋部骨折", "脑卒中", "2型糖尿病", "慢性阻塞性肺疾病", "冠心病"], ["谵妄", "压力性损伤", "感染", "跌倒"]),
    "eng": (["深度学习", "无人机巡检", "数字孪生", "有限元分析", "物联网"],
            ["配电网", "城市综合管廊", "深基坑", "装配式桥梁", "供水管网"], ["沉降", "温度应力", "裂缝", "振动"]),
    "res": (["施氮水平", "生物炭", "遥感", "水肥一体化", "覆盖方式"],
            ["冬小麦", "苹果", "大樱桃", "海参", "夏玉米"], ["发生", "动态变化", "时空分布", "抗性"]),
    "edu": (["产教融合", "课程思政", "数字化转型", "岗课赛证", "工作过程系统化"],
            ["专业群", "实训教学", "护理专业", "机电一体化专业", "电子商务专业"], ["协同育人", "评价体系", "教学质量"]),
}  # fmt: skip
PUBLISHERS = [("人民卫生出版社", "117", "北京"), ("中国农业出版社", "109", "北京"), ("化学工业出版社", "5122", "北京"),
              ("机械工业出版社", "111", "北京"), ("山东科学技术出版社", "5331", "济南"), ("山东大学出版社", "5607", "济南"),
              ("中国电力出版社", "5198", "北京"), ("中国建筑工业出版社", "112", "北京"), ("科学出版社", "03", "北京"),
              ("高等教育出版社", "04", "北京"), ("中国海洋大学出版社", "5670", "青岛"), ("电子工业出版社", "121", "北京")]  # fmt: skip
BOOKS = {
    "med": ["临床护理技术操作规范", "基层医院急诊急救手册", "老年慢性病健康管理", "社区护理实践指导", "常见病中西医结合诊疗"],
    "eng": ["配电网运行与检修", "建筑工程施工质量控制", "城市供水管网运行管理", "电力工程安全技术", "市政工程BIM应用实务"],
    "res": ["苹果优质高效栽培技术", "设施蔬菜病虫害绿色防控", "海水养殖实用技术", "小麦玉米轮作栽培", "果树修剪图解"],
    "edu": ["职业院校教学能力提升指南", "高职课程思政案例集", "服装结构设计", "电工电子技术基础", "护理学基础实训教程"],
}  # fmt: skip


def _title(ctx: P.Ctx, sector: str) -> str:
    a, b, c = BITS[sector]
    return ctx.rng.choice(ART[sector]).format(a=ctx.rng.choice(a), b=ctx.rng.choice(b), c=ctx.rng.choice(c))


def _supervisor(ctx: P.Ctx, j: common.Journal) -> tuple[str, str]:
    region = common.CN_REGION.get(j.cn[:2], "")
    if j.cn[:2] in ("10", "11") or region in (
        "",
        "上海",
        "天津",
        "重庆",
        "内蒙古",
        "广西",
        "宁夏",
        "新疆",
        "西藏",
    ):
        return ctx.pick(
            "sup", ["中国科学技术协会", "教育部", "中国科学院", "国家卫生健康委员会", "工业和信息化部"]
        ), "national"
    return ctx.pick("psup", ["{p}省科学技术协会", "{p}省教育厅", "{p}省科学院"]).format(
        p=region
    ), "provincial"


# ---- journal articles -----------------------------------------------------------------------------
def journal_article(ctx: P.Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("journal")
    sector, city = rng.choice(P.SECTORS), rng.choice(P.CITIES)
    j = rng.choice(common.journals())
    year = rng.randint(2018, 2024)
    issue = rng.randint(1, 12)
    vol = None if v == "twocol" or (v == "contents" and rng.random() < 0.6) else str(rng.randint(18, 48))
    authors = P.people(rng, rng.randint(2, 6))
    units = [P.workplace(rng, city, sector), rng.choice(P.UNIVERSITIES)]
    title = _title(ctx, sector)
    x = dict(j=j, year=year, issue=issue, vol=vol, authors=authors, units=units, title=title, sector=sector,
             city=city, page=rng.randint(12, 180))  # fmt: skip
    levels = list(j.base_levels)
    pages, sup_level, claim = {
        "firstpage": _j_first, "dbrecord": _j_db, "contents": _j_contents, "cover": _j_cover,
        "twocol": _j_twocol, "imprint": _j_imprint,
    }[v](ctx, x)  # fmt: skip
    if sup_level:
        levels.append(sup_level)
    f = {"title": title, "people": [person(a, i + 1, "author") for i, a in enumerate(authors)],
         "journal": {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": vol, "issue": str(issue),
                     "levels": levels}}  # fmt: skip
    scored = ["journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue", "journal.levels"]
    if vol:
        scored.append("journal.volume")
    if v not in ("contents", "cover"):
        scored = ["title", "people"] + scored
    return L.doc(
        "journal_article",
        "journal",
        v,
        pages,
        f,
        scored,
        (claim or authors[rng.randrange(len(authors))], year),
    )


def _byline(pg: Page, ctx: P.Ctx, y: float, x: dict, size: float = 12.0) -> float:
    parts: list[tuple[str, bool]] = []
    for i, a in enumerate(x["authors"]):
        parts += [(("，" if i else "") + a, False), ("1" if i % 3 != 2 else "1,2", True)]
    y = pg.runs(pg.w / 2, y, parts, size, ctx.body)
    aff = f"（1.{x['units'][0]}，山东 {x['city']}；2.{x['units'][1]}，山东）"
    return L.centre(pg, ctx, y, aff, 9.5, width=pg.w - 40)


def _abstract(pg: Page, ctx: P.Ctx, y: float, x: dict, x0: float = 22.0, right: float = 22.0) -> float:
    s = (
        "摘要：目的 探讨"
        + x["title"]
        + "的相关问题。方法 选取研究对象，按随机数字表法分组，比较两组各项指标。"
        "结果 观察组主要指标优于对照组，差异有统计学意义（P<0.05）。结论 该方法效果确切，值得推广。"
    )
    y = pg.wrap(x0, y, pg.w - x0 - right, s, 9.5, ctx.body, 1.6)
    a, b, c = BITS[x["sector"]]
    y = pg.wrap(x0, y + 1, pg.w - x0 - right, f"关键词：{a[0]}；{b[1]}；{c[0]}", 9.5, ctx.body, 1.6)
    return pg.wrap(x0, y + 1, pg.w - x0 - right, "中图分类号：R473　　文献标志码：A", 9.5, ctx.body, 1.6)


def _masthead(x: dict) -> str:
    v = f"第{x['vol']}卷第{x['issue']}期" if x["vol"] else f"第{x['issue']}期"
    return f"{x['j'].name}　{x['year']}年{v}"


def _j_first(ctx: P.Ctx, x: dict) -> tuple[list[Page], None, None]:
    pg = L.portrait()
    j = x["j"]
    pg.text(20, 12, _masthead(x), 9, ctx.body)
    pg.text(190, 12, f"ISSN {j.issn}　CN {j.cn}", 9, ctx.body, "r")
    pg.line(20, 18, 190, 18, 0.4)
    pg.text(20, 21, f"DOI：10.{ctx.rng.randint(11000, 13999)}/j.issn.{j.issn}.{x['year']}.{x['issue']:02d}.0{ctx.rng.randint(10, 99)}",
            7.5, ctx.body, color=L.GREY)  # fmt: skip
    y = L.centre(pg, ctx, 34, x["title"], 17, True, 170)
    y = _byline(pg, ctx, y + 2, x)
    y = _abstract(pg, ctx, y + 4, x)
    pg.line(20, 262, 90, 262, 0.3)
    d = P.day(ctx.rng, x["year"] - 1, x["year"] - 1)
    foot = [f"收稿日期：{P.dstr(d, 'iso')}", f"基金项目：{x['city']}市科技发展计划项目（{x['year'] - 1}{ctx.rng.randint(10, 99)}）",
            f"作者简介：{x['authors'][0]}（{ctx.rng.randint(1975, 1992)}—），{P.pro_title(ctx.rng, x['sector'])}，研究方向为{BITS[x['sector']][1][0]}。"]  # fmt: skip
    y = 265.0
    for s in foot:
        y = pg.wrap(20, y, 170, s, 8, ctx.body, 1.5)
    pg.text(105, 288, str(x["page"]), 9, ctx.body, "c")
    return [pg], None, None


def _j_db(ctx: P.Ctx, x: dict) -> tuple[list[Page], None, None]:
    pg = L.landscape()
    j = x["j"]
    y = L.browser(pg, ctx, "https://kns.example-db.cn/detail?dbcode=CJFD&filename=" + j.issn.replace("-", "") + str(x["year"]),
                  "学术期刊数据库")  # fmt: skip
    src = f"{j.name}　{x['year']}," + (f"{x['vol']}" if x["vol"] else "") + f"({x['issue']:02d})"
    pg.text(20, y + 2, src, 10, ctx.body, color=(24, 84, 160))
    tags = [
        t
        for t in (
            "北大核心" if "pku_core" in j.base_levels else "",
            "CSCD",
            "CSSCI" if "cssci" in j.base_levels else "",
        )
        if t
    ]
    xx = 20 + L.MM * 0
    for t in tags:
        w = pg.text(xx + 120, y + 2, t, 8, ctx.body, color=(200, 80, 30)) + 4
        xx += w
    y = L.centre(pg, ctx, y + 12, x["title"], 16, True, 200)
    y = L.centre(pg, ctx, y, "　".join(x["authors"]), 11, width=200)
    y = L.centre(pg, ctx, y, f"{x['units'][0]}　{x['units'][1]}", 9.5, width=200)
    y = _abstract(pg, ctx, y + 3, x, 30, 90)
    pg.rect(215, 44, 285, 110, 0.3, (200, 200, 200), (248, 248, 248))
    pg.text(220, 48, "期刊信息", 10, ctx.bold)
    L.rows(pg, ctx, 220, 57, [("刊名", j.name), ("ISSN", j.issn), ("CN", j.cn), ("年期", f"{x['year']}年第{x['issue']}期")]
           + ([("卷", x["vol"])] if x["vol"] else []), 8.5, "：", gap=2.3)  # fmt: skip
    pg.text(30, y + 6, f"下载 {ctx.rng.randint(40, 900)}　被引 {ctx.rng.randint(0, 40)}　页码：{x['page']}-{x['page'] + 5}",
            9, ctx.body, color=L.GREY)  # fmt: skip
    return [pg], None, None


def _toc_rows(ctx: P.Ctx, x: dict, n: int) -> tuple[list[tuple[str, str, int]], int]:
    rows = []
    pos = ctx.rng.randrange(n)
    page = ctx.rng.randint(1, 10)
    for i in range(n):
        if i == pos:
            t, au = x["title"], "，".join(x["authors"])
        else:
            t = _title(ctx, ctx.rng.choice(P.SECTORS))
            au = "，".join(P.people(ctx.rng, ctx.rng.randint(1, 4)))
        rows.append((t, au, page))
        page += ctx.rng.randint(4, 9)
    return rows, pos


def _j_contents(ctx: P.Ctx, x: dict) -> tuple[list[Page], None, str]:
    pg = L.portrait()
    j = x["j"]
    L.centre(pg, ctx, 18, j.name, 20, True)
    L.centre(
        pg, ctx, 30, f"{x['year']}年" + (f"第{x['vol']}卷　" if x["vol"] else "") + f"第{x['issue']}期", 11
    )
    L.centre(pg, ctx, 40, "目　次", 16, True)
    rows, pos = _toc_rows(ctx, x, ctx.rng.randint(9, 12))
    y = 54.0
    for t, au, page in rows:
        y0 = y
        y = pg.wrap(22, y, 140, t, 10.5, ctx.body, 1.45)
        pg.text(188, y0, f"（{page}）", 10, ctx.body, "r")
        pg.text(34, y, au, 9.5, ctx.body, color=(60, 60, 60))
        y += 8
    pg.text(105, 280, f"ISSN {j.issn}　　CN {j.cn}", 10, ctx.body, "c")
    return [pg], None, x["authors"][ctx.rng.randrange(len(x["authors"]))]


def _j_cover(ctx: P.Ctx, x: dict) -> tuple[list[Page], str, str]:
    pg = L.portrait()
    j = x["j"]
    pg.rect(0, 0, 210, 80, 0, fill=(30, 70, 120))
    pg.text(105, 26, j.name, L.fit(j.name, ctx.bold, 40, 185), ctx.bold, "c", (255, 255, 255))
    pg.text(105, 58, f"{x['year']}年第{x['issue']}期" + (f"　第{x['vol']}卷" if x["vol"] else ""), 14, ctx.body, "c",
            (255, 255, 255))  # fmt: skip
    sup, lev = _supervisor(ctx, j)
    pg.text(20, 92, "本期要目", 14, ctx.bold)
    rows, _ = _toc_rows(ctx, x, 4)
    y = 102.0
    for t, au, _page in rows:
        y = pg.wrap(24, y, 160, t, 11, ctx.body, 1.45)
        pg.text(30, y, au, 9.5, ctx.body, color=(60, 60, 60))
        y += 8
    y = max(y + 8, 220.0)
    y = L.rows(pg, ctx, 20, y, [("主管", sup), ("主办", x["units"][1] if lev == "provincial" else "中国学术期刊研究会"),
                                ("国际标准连续出版物号", f"ISSN {j.issn}"), ("国内统一连续出版物号", f"CN {j.cn}")], 10, "：")  # fmt: skip
    return [pg], lev, x["authors"][ctx.rng.randrange(len(x["authors"]))]


def _j_twocol(ctx: P.Ctx, x: dict) -> tuple[list[Page], None, None]:
    pg = L.portrait()
    j = x["j"]
    pg.text(20, 12, f"第{x['issue']}期", 9, ctx.body)
    pg.text(105, 12, j.name, 9, ctx.body, "c")
    pg.text(190, 12, f"{x['year']}年", 9, ctx.body, "r")
    pg.line(20, 17.5, 190, 17.5, 0.3)
    pg.line(20, 18.5, 190, 18.5, 0.3)
    pg.text(20, 21, f"文章编号：{j.issn}({x['year']}){x['issue']:02d}-{x['page']:04d}-06", 8, ctx.body)
    y = L.centre(pg, ctx, 32, x["title"], 16, True, 170)
    y = L.centre(pg, ctx, y + 1, "　".join(x["authors"]), 12)
    y = L.centre(pg, ctx, y, f"（{x['units'][0]}，山东 {x['city']}）", 9.5, width=170)
    y = _abstract(pg, ctx, y + 3, x, 28, 28)
    y += 4
    body = "引言　" + "近年来，相关领域的研究不断深入，已有研究多集中于单一因素分析，缺少系统评价。" * 6
    pg.wrap(20, y, 81, body, 9.5, ctx.body, 1.6)
    pg.wrap(109, y, 81, "1　材料与方法　" + "试验于当地示范基地开展，设置处理与对照，重复三次，记录各项指标。" * 6, 9.5,
            ctx.body, 1.6)  # fmt: skip
    pg.line(20, 266, 80, 266, 0.3)
    pg.text(20, 269, f"ISSN {j.issn}　CN {j.cn}", 8, ctx.body)
    pg.text(20, 274, f"通信作者：{x['authors'][-1]}", 8, ctx.body)
    return [pg], None, None


def _j_imprint(ctx: P.Ctx, x: dict) -> tuple[list[Page], str, None]:
    j = x["j"]
    p1 = L.portrait()
    sup, lev = _supervisor(ctx, j)
    L.centre(p1, ctx, 30, j.name, 22, True)
    L.centre(
        p1,
        ctx,
        44,
        f"（月刊　{x['year']}年第{x['issue']}期" + (f"　第{x['vol']}卷" if x["vol"] else "") + "）",
        11,
    )
    L.rows(p1, ctx, 40, 64, [("主管单位", sup), ("主办单位", x["units"][1]), ("主　　编", P.people(ctx.rng, 1)[0]),
                                 ("编辑出版", f"《{j.name}》编辑部"), ("出版日期", f"{x['year']}年{x['issue']}月25日"),
                                 ("国际标准连续出版物号", j.issn), ("国内统一连续出版物号", j.cn),
                                 ("定　　价", f"{ctx.rng.choice([15, 20, 25, 30])}.00元")], 11, "：", lab_w=52, gap=2.5)  # fmt: skip
    pg, _, _ = _j_first(ctx, x)
    return [p1, pg[0]], lev, None


# ---- books -----------------------------------------------------------------------------------------
def _isbn(ctx: P.Ctx, prefix: str) -> str:
    title = "".join(str(ctx.rng.randint(0, 9)) for _ in range(8 - len(prefix)))
    d12 = "9787" + prefix + title
    return f"978-7-{prefix}-{title}-{P.isbn_digit(d12)}"


def book(ctx: P.Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("book")
    sector, city = rng.choice(P.SECTORS), rng.choice(P.CITIES)
    pub, prefix, pcity = rng.choice(PUBLISHERS)
    title = rng.choice(BOOKS[sector])
    names = P.people(rng, rng.randint(7, 11))
    y, m = rng.randint(2017, 2024), rng.randint(1, 12)
    roles = ["editor_in_chief"] + ["deputy_editor"] * rng.randint(1, 2)
    roles += ["editorial_board"] * (len(names) - len(roles))
    if v in ("cover", "cip", "opac"):
        n_chief = rng.randint(1, 2)
        names, roles = names[: n_chief + 2], ["editor_in_chief"] * n_chief + ["deputy_editor"] * 2
        if v == "cip":
            names, roles = names[:n_chief], roles[:n_chief]
    if v == "writers":
        names, roles = names[:8], roles[:8]
    if v == "translation":
        orig = rng.choice(P.FOREIGN)
        names, roles = [orig] + names[:2], ["author", "translator", "translator"]
    x = dict(title=title, pub=pub, isbn=_isbn(ctx, prefix), pcity=pcity, y=y, m=m, names=names, roles=roles,
             sector=sector, city=city, st=ctx.style(("ymd", "pad")))  # fmt: skip
    edition = P.mstr(y, m, x["st"]) + "第1版" if v != "opac" else "第1版"
    pages = {"cover": _b_cover, "cip": _b_cip, "board": _b_board, "translation": _b_trans, "opac": _b_opac,
             "writers": _b_writers}[v](ctx, x)  # fmt: skip
    f = {"title": title, "issuer": pub, "people": [person(nm, i + 1, r) for i, (nm, r) in enumerate(zip(names, roles, strict=True))],
         "book": {"isbn": x["isbn"], "publisher": pub, "edition": edition}, "issued_on": f"{y}-{m:02d}"}  # fmt: skip
    scored = ["title", "people", "issuer", "book.publisher", "book.isbn", "book.edition"]
    if v == "cover":
        f["book"].update(isbn=None, edition=None)
        f["issued_on"] = None
        scored = scored[:4]
    claim = names[1] if v == "translation" else names[rng.randrange(len(names))]
    return L.doc("book", "book", v, pages, f, scored, (claim, y))


ROLE_WORD = {"editor_in_chief": "主编", "deputy_editor": "副主编", "editorial_board": "编委"}


def _grouped(x: dict) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for nm, r in zip(x["names"], x["roles"], strict=True):
        if out and out[-1][0] == ROLE_WORD[r]:
            out[-1][1].append(nm)
        else:
            out.append((ROLE_WORD[r], [nm]))
    return out


def _b_cover(ctx: P.Ctx, x: dict) -> list[Page]:
    pg = Page(185.0, 260.0, bg=ctx.pick("cover", [(236, 244, 250), (250, 240, 228), (238, 246, 236)]))
    pg.rect(0, 40, 185, 44, 0, fill=(60, 100, 150))
    pg.text(92.5, 70, x["title"], L.fit(x["title"], ctx.bold, 30, 165), ctx.bold, "c")
    y = 130.0
    for word, group in _grouped(x):
        pg.text(92.5, y, f"{word}　" + "　".join(group), 13, ctx.body, "c")
        y += 10
    pg.text(92.5, 235, x["pub"], 14, ctx.bold, "c")
    return [pg]


def _cip(x: dict, resp: str) -> str:
    return f"{x['title']}/{resp}. —{x['pcity']}：{x['pub']}，{x['y']}.{x['m']}"


def _imprint(pg: Page, ctx: P.Ctx, y: float, x: dict, resp: str, extra: list[str] | None = None) -> float:
    y = L.centre(pg, ctx, y, "图书在版编目（CIP）数据", 11, True)
    y = pg.wrap(30, y + 2, 150, _cip(x, resp), 10.5, ctx.body, 1.7)
    y = pg.wrap(30, y, 150, "ISBN " + x["isbn"], 10.5, ctx.body, 1.7)
    y = pg.wrap(
        30,
        y + 1,
        150,
        f"Ⅰ.①{x['title'][:4]}…　Ⅱ.①{x['names'][0]}…　Ⅲ.①{x['title'][-4:]}　Ⅳ.R47",
        10,
        ctx.body,
        1.7,
    )
    y = pg.wrap(
        30,
        y + 1,
        150,
        f"中国版本图书馆CIP数据核字（{x['y']}）第{ctx.rng.randint(10000, 299999)}号",
        10,
        ctx.body,
        1.7,
    )
    pg.line(30, y + 3, 180, y + 3, 0.3)
    d = x["st"]
    pairs = (extra or []) + [f"出版发行　{x['pub']}", f"地　　址　{x['pcity']}市", "开　　本　787mm×1092mm　1/16",
                             f"印　　张　{ctx.rng.randint(10, 30)}.{ctx.rng.choice([0, 5])}",
                             f"字　　数　{ctx.rng.randint(200, 600)}千字",
                             f"版　　次　{P.mstr(x['y'], x['m'], d)}第1版", f"印　　次　{P.mstr(x['y'], x['m'], d)}第1次印刷",
                             f"书　　号　ISBN {x['isbn']}", f"定　　价　{ctx.rng.randint(35, 128)}.00元"]  # fmt: skip
    y += 8
    for s in pairs:
        pg.text(30, y, s, 10.5, ctx.body)
        y += 7
    return y


def _b_cip(ctx: P.Ctx, x: dict) -> list[Page]:
    pg = L.portrait()
    resp = "，".join(x["names"]) + "主编"
    _imprint(pg, ctx, 110, x, resp, [f"责任编辑　{P.people(ctx.rng, 1)[0]}"])
    return [pg]


def _b_board(ctx: P.Ctx, x: dict) -> list[Page]:
    p1 = L.portrait()
    L.centre(p1, ctx, 40, "编 委 会", 20, True)
    y = 62.0
    for word, group in _grouped(x):
        p1.text(40, y, word, 13, ctx.bold)
        yy = y
        for i in range(0, len(group), 4):
            p1.text(70, yy, "　".join(group[i : i + 4]), 13, ctx.body)
            yy += 9
        y = yy + 6
    p2 = L.portrait()
    _imprint(p2, ctx, 120, x, x["names"][0] + "主编")
    return [p1, p2]


def _b_trans(ctx: P.Ctx, x: dict) -> list[Page]:
    pg = L.portrait()
    orig = x["names"][0]
    tag = P.FOREIGN_TAG[orig]
    resp = f"（{tag}）{orig}著；{x['names'][1]}，{x['names'][2]}译"
    pg.text(30, 100, f"著作权合同登记号　图字：01-{x['y'] - 1}-{ctx.rng.randint(1000, 9999)}号", 10, ctx.body)
    _imprint(
        pg, ctx, 112, x, resp, [f"原　　著　[{tag}]{orig}", f"译　　者　{x['names'][1]}　{x['names'][2]}"]
    )
    return [pg]


def _b_opac(ctx: P.Ctx, x: dict) -> list[Page]:
    pg = L.phone()
    y = L.status_bar(pg, ctx, "馆藏检索")
    L.card(pg, y, y + 120)
    y = pg.wrap(8, y + 4, pg.w - 16, x["title"], 11, ctx.bold, 1.4)
    resp = "，".join(x["names"][: x["roles"].count("editor_in_chief")]) + "主编；" + "，".join(
        x["names"][x["roles"].count("editor_in_chief"):]) + "副主编"  # fmt: skip
    pairs = [("责任者", resp), ("出版社", x["pub"]), ("出版时间", f"{x['y']}-{x['m']:02d}"), ("版次", "第1版"),
             ("ISBN", x["isbn"]), ("页数", f"{ctx.rng.randint(180, 520)}页"), ("索书号", f"R47/{ctx.rng.randint(10, 99)}")]  # fmt: skip
    for lab, val in pairs:
        pg.text(8, y + 2, lab, 7, ctx.body, color=L.GREY)
        y = pg.wrap(26, y + 2, pg.w - 34, val, 7.3, ctx.body, 1.45) + 1.5
    pg.rect(8, y + 4, pg.w - 8, y + 13, 0, fill=(230, 240, 255))
    pg.text(pg.w / 2, y + 6, f"可借 {ctx.rng.randint(1, 4)} 册", 8, ctx.body, "c", (40, 90, 170))
    return [pg]


def _b_writers(ctx: P.Ctx, x: dict) -> list[Page]:
    pg = L.portrait()
    L.centre(pg, ctx, 26, x["title"], 18, True)
    L.centre(pg, ctx, 38, "编写人员", 14, True)
    rows = [["职务", "姓名", "工作单位", "编写分工"]]
    for i, (nm, r) in enumerate(zip(x["names"], x["roles"], strict=True)):
        rows.append(
            [ROLE_WORD[r], nm, P.workplace(ctx.rng, x["city"], x["sector"]), f"第{P.hz_num(i + 1)}章"]
        )
    y = pg.table(22, 48, [24, 24, 86, 32], rows, 10, ctx.body, 9, header_font=ctx.bold)
    _imprint(pg, ctx, y + 14, x, x["names"][0] + "主编")
    return [pg]
