"""Draw 11 publications: journal pages, books and patents (awards and projects live in awards.py)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind11 import pools as P
from bench.blind11.awards import award_certificate, project_completion
from bench.blind11.ink import GREY, RED, center, fits, form, hand, lh, make, seal
from bench.blind11.pools import Ctx
from bench.generator.truth import person

__all__ = ["journal_article", "book", "patent_certificate", "award_certificate", "project_completion"]

ZIPS = {"德州": "253000", "烟台": "264000", "泰安": "271000", "济宁": "272000", "聊城": "252000", "滨州": "256600",
        "日照": "276800", "潍坊": "261000", "开封": "475000", "洛阳": "471000", "许昌": "461000", "商丘": "476000",
        "周口": "466000", "焦作": "454000", "益阳": "413000", "常德": "415000", "郴州": "423000", "衡阳": "421000",
        "邵阳": "422000", "娄底": "417000"}  # fmt: skip
SOCIETY_FIELDS = {"agri": "农学", "med": "医学", "eng": "土木工程", "env": "环境科学", "edu": "教育"}
FILLER = (
    "为明确{o}{t}的主要特征，本研究以{c}市为研究区，综合采用野外调查、定位观测与统计分析方法，"
    "对近年来的相关数据进行了系统整理。结果表明：研究对象在不同年份间差异显著，关键指标呈先升后降趋势；"
    "模型拟合精度较高，可为同类地区的管理决策提供参考。"
)
INTRO = (
    "近年来，随着相关产业和公共服务的快速发展，{o}问题日益受到关注。已有研究多集中于单一指标或短期观测，"
    "缺乏对区域尺度长期变化规律的系统认识。{c}市地处典型区域，具有较好的代表性。本文在前人工作基础上，"
    "结合实地调查与数据分析，探讨其主要特征及影响机制，以期为相关管理和技术推广提供科学依据。"
)
METHOD_TEXT = (
    "研究数据来源于实地调查和定点监测，样本按分层随机抽样方法选取，所有数据经双人录入核对。"
    "采用SPSS 26.0软件进行统计分析，计量资料以均值±标准差表示，组间比较采用方差分析，P<0.05为差异具有统计学意义。"
)
CLC = ["S512.1", "R473", "TU375", "X522", "G633.6", "S858", "TV213", "R587.1", "S157"]


def _paper(ctx: Ctx) -> dict:
    rng = ctx.rng
    j = P.journal(rng)
    pl = P.somewhere(rng)
    year = rng.randint(2017, 2024)
    monthly = rng.random() < 0.6
    issue = rng.randint(1, 12 if monthly else 6)
    month = issue if monthly else issue * 2
    vol = str(year - rng.randint(1975, 2012)) if rng.random() < 0.65 else None
    names = P.crowd(rng, rng.randint(1, 5))
    units = list(dict.fromkeys(P.workplace(rng, pl) if rng.random() < 0.5 else P.university(rng, pl)
                               for _ in range(rng.randint(1, min(3, len(names))))))  # fmt: skip
    aff = [rng.randrange(len(units)) if i else 0 for i in range(len(names))]
    p0 = rng.randint(1, 180)
    return dict(j=j, pl=pl, year=year, issue=issue, month=month, vol=vol, names=names, units=units, aff=aff,
                title=P.research_title(rng, pl, P.domain_of(j.name)), p0=p0, p1=p0 + rng.randint(4, 10), claim=rng.choice(names))  # fmt: skip


def _journal_fields(d: dict, levels: list[str]) -> dict:
    j = d["j"]
    return dict(
        title=d["title"],
        people=[person(n, i + 1, "author") for i, n in enumerate(d["names"])],
        journal={
            "name": j.name,
            "issn": j.issn,
            "cn": j.cn,
            "year": d["year"],
            "volume": d["vol"],
            "issue": str(d["issue"]),
            "levels": levels,
        },  # fmt: skip
    )


J_META = ["journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue", "journal.levels"]


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("journal")
    d = _paper(ctx)
    levels = list(d["j"].base_levels)
    owner, lvl = P.owner(ctx.rng, d["j"])
    d["owner"] = owner
    pages: list[Page]
    if v == "firstpage":
        pages, whole = [_first_page(ctx, d)], True
    elif v == "citeline":
        pages, whole = [_cite_page(ctx, d)], True
    elif v == "coverplus":
        pages, whole = [_cover(ctx, d, others=False), _first_page(ctx, d)], True
        levels.append(lvl)
    elif v == "cover":
        pages, whole = [_cover(ctx, d, others=True)], False
        levels.append(lvl)
    else:
        pages, whole = [_contents(ctx, d, v == "contents2")], False
    scored = (["title", "people"] if whole else []) + J_META
    if d["vol"] is not None:
        scored.insert(scored.index("journal.issue"), "journal.volume")
    return make(
        "journal_article", "journal", v, pages, _journal_fields(d, levels), scored, d["claim"], d["year"]
    )


def _issue_label(d: dict) -> str:
    return f"第{d['vol']}卷 第{d['issue']}期" if d["vol"] else f"{d['year']}年 第{d['issue']}期"


def _byline(pg: Page, ctx: Ctx, y: float, d: dict, sup: bool) -> float:
    parts: list[tuple[str, bool]] = []
    for i, n in enumerate(d["names"]):
        parts.append((("，" if i else "") + n, False))
        if sup and len(d["units"]) > 1:
            parts.append((str(d["aff"][i] + 1), True))
    y = pg.runs(pg.w / 2, y, parts, 13, ctx.body)
    aff = "；".join(
        (f"{i + 1}. " if len(d["units"]) > 1 else "")
        + f"{u}，{d['pl'].prov}{d['pl'].city} {ZIPS[d['pl'].city]}"
        for i, u in enumerate(d["units"])
    )
    s = f"（{aff}）"
    return center(pg, y, s, fits(s, ctx.body, 9.5, pg.w - 36), ctx.body) + 2


def _abstract(pg: Page, ctx: Ctx, y: float, d: dict) -> float:
    rng = ctx.rng
    o, t, m = P.subject(rng, P.domain_of(d["j"].name))
    text = FILLER.format(o=o, t=t, c=d["pl"].city)
    y = pg.wrap(22, y, pg.w - 44, "摘要：" + text, 10, ctx.body, lead=1.6)
    kw = "；".join([o, t, m, d["pl"].city])
    y = pg.wrap(22, y + 1, pg.w - 44, f"关键词：{kw}", 10, ctx.body)
    pg.text(22, y + 1, f"中图分类号：{rng.choice(CLC)}    文献标志码：A", 10, ctx.body)
    return y + 8


def _footnote(pg: Page, ctx: Ctx, d: dict) -> None:
    rng = ctx.rng
    y = pg.h - 36
    pg.line(22, y, 90, y, 0.3)
    rec = dt.date(
        d["year"] - (1 if d["month"] < 4 else 0), max(1, (d["month"] - 3) % 12 or 12), rng.randint(1, 28)
    )
    a = d["names"][0]
    pg.text(22, y + 2, f"收稿日期：{rec.isoformat()}", 8.5, ctx.body)
    pg.text(22, y + 7, f"基金项目：{d['pl'].prov}省自然科学基金项目（ZR{d['year'] - 2}{rng.choice('MQL')}"
            f"{rng.choice('CDE')}{rng.randint(100, 999)}）", 8.5, ctx.body)  # fmt: skip
    bio = (f"作者简介：{a}（{rng.randint(1970, 1995)}—），{rng.choice(['男', '女'])}，{d['pl'].prov}{d['pl'].city}人，"
           f"{rng.choice(['硕士', '博士', '学士'])}，{rng.choice(['高级工程师', '副教授', '副主任医师', '农艺师', '讲师'])}，"
           f"主要从事{'与'.join(P.subject(rng, P.domain_of(d['j'].name))[:2])}研究。")  # fmt: skip
    pg.wrap(22, y + 12, pg.w - 44, bio, 8.5, ctx.body, lead=1.5)


def _first_page(ctx: Ctx, d: dict) -> Page:
    j = d["j"]
    pg = Page()
    pg.text(22, 10, f"ISSN {j.issn}  CN {j.cn}", 8.5, ctx.body, color=GREY)
    pg.text(22, 15, _issue_label(d), 9.5, ctx.body)
    pg.text(pg.w / 2, 15, j.name, 10.5, ctx.bold, "c")
    vv = f"Vol.{d['vol']} No.{d['issue']}" if d["vol"] else f"No.{d['issue']} {d['year']}"
    pg.text(pg.w - 22, 15, vv, 9.5, ctx.body, "r")
    pg.text(22, 20, f"{d['year']}年{d['month']}月", 9.5, ctx.body)
    pg.line(22, 25, pg.w - 22, 25, 0.5)
    y = center(pg, 36, d["title"], fits(d["title"], ctx.bold, 18, pg.w - 40), ctx.bold) + 2
    y = _byline(pg, ctx, y, d, sup=True)
    y = _abstract(pg, ctx, y + 2, d)
    pg.text(22, y + 2, "0  引言", 12, ctx.bold)
    y += 10
    y = pg.wrap(
        22, y, pg.w - 44, INTRO.format(o=d["title"][:8], c=d["pl"].city), 10.5, ctx.body, lead=1.7, indent=7.5
    )
    pg.text(22, y + 2, "1  材料与方法", 12, ctx.bold)
    y += 10
    while y < pg.h - 62:
        y = pg.wrap(22, y, pg.w - 44, METHOD_TEXT, 10.5, ctx.body, lead=1.7, indent=7.5)
    _footnote(pg, ctx, d)
    pg.text(pg.w / 2, pg.h - 8, str(d["p0"]), 9, ctx.body, "c")
    return pg


def _cite_page(ctx: Ctx, d: dict) -> Page:
    rng = ctx.rng
    j = d["j"]
    pg = Page()
    pg.text(22, 10, f"第{d['issue']}期", 9.5, ctx.body)
    pg.text(pg.w - 22, 10, f"{j.name}  {d['year']}", 9.5, ctx.body, "r")
    pg.line(22, 15, pg.w - 22, 15, 0.3)
    pg.line(22, 16, pg.w - 22, 16, 0.3)
    pg.text(22, 19, f"DOI:10.{rng.randint(13000, 16999)}/j.cnki.{rng.choice('abcdefghk')}{rng.randint(10, 99)}-"
            f"{j.cn[3:7]}.{d['year']}.{d['issue']:02d}.{rng.randint(1, 40):03d}", 8, ctx.body, color=GREY)  # fmt: skip
    y = center(pg, 30, d["title"], fits(d["title"], ctx.bold, 17, pg.w - 40), ctx.bold) + 1
    y = _byline(pg, ctx, y, d, sup=False)
    y = _abstract(pg, ctx, y + 2, d)
    who = d["names"] if len(d["names"]) <= 3 else d["names"][:3] + ["等"]
    vol = f"{d['vol']}({d['issue']})" if d["vol"] else f"({d['issue']})"
    cite = f"引用格式：{', '.join(who)}. {d['title']}[J]. {j.name}, {d['year']}, {vol}: {d['p0']}-{d['p1']}."
    y = pg.wrap(22, y + 2, pg.w - 44, cite, 9.5, ctx.body, lead=1.5)
    y = pg.wrap(22, y + 2, pg.w - 44, f"本刊信息：ISSN {j.issn}；CN {j.cn}", 9.5, ctx.body)
    pg.text(22, y + 6, "1  引言", 12, ctx.bold)
    pg.wrap(22, y + 14, pg.w - 44, FILLER.format(o=d["title"][:6], t="", c=d["pl"].city) * 2,
            10.5, ctx.body, lead=1.7, indent=7.5)  # fmt: skip
    _footnote(pg, ctx, d)
    return pg


def _sponsor(d: dict) -> str:
    f = SOCIETY_FIELDS[P.domain_of(d["j"].name)]
    return f"中国{f}学会" if "省" not in d["owner"] else d["owner"].split("省")[0] + f"省{f}学会"


def _cover(ctx: Ctx, d: dict, others: bool) -> Page:
    rng = ctx.rng
    j = d["j"]
    pg = Page(bg=(250, 248, 240))
    band = rng.choice([(28, 70, 120), (120, 30, 40), (30, 100, 70)])
    pg.rect(0, 0, pg.w, 78, 0, fill=band)
    pg.text(pg.w / 2, 18, j.name, fits(j.name, ctx.bold, 46, pg.w - 24), ctx.bold, "c", (255, 255, 255))
    lab = _issue_label(d) if d["vol"] else f"第{d['issue']}期"
    pg.text(pg.w / 2, 52, f"{d['year']}年  {lab}", 16, ctx.body, "c", (255, 255, 255))
    freq = "月刊" if d["month"] == d["issue"] else "双月刊"
    pg.text(pg.w - 16, 66, freq, 11, ctx.body, "r", (230, 230, 230))
    y = 92
    if others:
        pg.text(24, y, "本期要目", 15, ctx.bold, color=band)
        y += 10
        rows = [(d["title"], d["names"])]
        taken = set(d["names"])
        for _ in range(rng.randint(3, 4)):
            rows.append(
                (
                    P.research_title(rng, None, P.domain_of(j.name)),
                    [P.person_name(rng, taken) for _ in range(rng.randint(1, 3))],
                )
            )
        rng.shuffle(rows)
        for t, ns in rows:
            size = fits(t, ctx.body, 12.5, pg.w - 48)
            pg.text(24, y, t, size, ctx.body)
            pg.text(pg.w - 24, y + 6.5, "　".join(ns), 10.5, ctx.body, "r", GREY)
            y += 15
    y = max(y, 200)
    pg.line(24, y, pg.w - 24, y, 0.3, band)
    y = pg.wrap(24, y + 4, pg.w - 48, f"主管：{d['owner']}", 11.5, ctx.body)
    y = pg.wrap(24, y, pg.w - 48, f"主办：{_sponsor(d)}", 11.5, ctx.body)
    pg.text(24, y + 2, f"ISSN {j.issn}", 12, ctx.bold)
    pg.text(24, y + 9, f"CN {j.cn}", 12, ctx.bold)
    x0 = pg.w - 70
    for i in range(46):
        w = 0.3 if i % 3 else 0.7
        pg.line(x0 + i * 1.0, y + 1, x0 + i * 1.0, y + 16, w)
    return pg


def _contents(ctx: Ctx, d: dict, sections: bool) -> Page:
    rng = ctx.rng
    j = d["j"]
    pg = Page()
    center(pg, 16, j.name, 20, ctx.bold)
    total = rng.randint(120, 420)
    lab = _issue_label(d) if d["vol"] else f"第{d['issue']}期"
    sub = f"{d['year']}年 {lab}（总第{total}期）"
    center(pg, 28, sub, 11, ctx.body)
    y = center(pg, 36, "目    次" if not sections else "本 期 目 录", 16, ctx.bold) + 3
    entries = []
    taken = set(d["names"])
    for _ in range(rng.randint(6, 8)):
        ns = [P.person_name(rng, taken) for _ in range(rng.randint(1, 4))]
        entries.append((P.research_title(rng, None, P.domain_of(j.name)), ns))
    entries.insert(rng.randint(0, len(entries)), (d["title"], d["names"]))
    page = rng.randint(1, 9)
    heads = ["·研究论文·", "·综述·", "·技术与方法·"]
    for i, (t, ns) in enumerate(entries):
        if sections and i in (0, 4, 7):
            pg.text(24, y, heads[[0, 4, 7].index(i)], 11.5, ctx.bold)
            y += 8
        if sections:
            line = f"{t}／{'，'.join(ns)}"
            pg.text(24, y, line, fits(line, ctx.body, 11, pg.w - 62), ctx.body)
            pg.text(pg.w - 24, y, f"（{page}）", 11, ctx.body, "r")
            y += 9
        else:
            pg.text(24, y, t, fits(t, ctx.body, 12, pg.w - 66), ctx.body)
            pg.text(pg.w - 24, y, str(page), 12, ctx.body, "r")
            pg.text(30, y + 6.2, "  ".join(ns), 10, ctx.body, color=GREY)
            y += 15
        page += rng.randint(5, 11)
    y = max(y + 6, pg.h - 34)
    pg.line(24, y, pg.w - 24, y, 0.3)
    pg.text(
        24, y + 4, f"期刊基本参数：ISSN {j.issn}  CN {j.cn}  {d['year']}  A4  {page - 1}页", 9.5, ctx.body
    )
    return pg


# ---- books -------------------------------------------------------------------------------------
PUBLISHERS = [("人民卫生出版社", "北京", "117"), ("科学出版社", "北京", "03"), ("化学工业出版社", "北京", "122"),
              ("机械工业出版社", "北京", "111"), ("中国农业出版社", "北京", "109"), ("中国建筑工业出版社", "北京", "112"),
              ("高等教育出版社", "北京", "04"), ("中国水利水电出版社", "北京", "5170"), ("湖南科学技术出版社", "长沙", "5710"),
              ("河南科学技术出版社", "郑州", "5725"), ("山东科学技术出版社", "济南", "5723"), ("中国林业出版社", "北京", "5219"),
              ("山东大学出版社", "济南", "5607"), ("郑州大学出版社", "郑州", "5645")]  # fmt: skip
DISTRICTS = {"北京": ["海淀区", "西城区", "朝阳区", "东城区"], "长沙": ["开福区", "岳麓区"], "郑州": ["金水区", "二七区"],
             "济南": ["历下区", "市中区"]}  # fmt: skip
BOOK_FORMS = [
    "{o}{t}理论与实践",
    "{o}{t}实用手册",
    "{o}{t}技术指南",
    "{o}{t}案例精选",
    "{o}{t}",
    "{o}{t}培训读本",
]
EN_TITLES = ["Principles of Field Crop Management", "Handbook of Community Nursing", "Urban Water Systems",
             "Soil Ecology and Remediation", "Modern Concrete Structures", "Teaching in the Digital Classroom"]  # fmt: skip


def _book(ctx: Ctx) -> dict:
    rng = ctx.rng
    pub, city, pre = rng.choice(PUBLISHERS)
    body = "".join(str(rng.randint(0, 9)) for _ in range(8 - len(pre)))
    d12 = "9787" + pre + body
    isbn = f"978-7-{pre}-{body}-{P.isbn_digit(d12)}"
    y, m = rng.randint(2016, 2024), rng.randint(1, 12)
    ed = 1 if rng.random() < 0.75 else 2
    o, t, _ = P.subject(rng)
    title = rng.choice(BOOK_FORMS).format(o=o, t=t)
    return dict(pub=pub, city=city, isbn=isbn, y=y, m=m, ed=ed, edition=f"{y}年{m}月第{ed}版", title=title,
                pl=P.somewhere(rng), form=rng.choice(["dots", "plain"]))  # fmt: skip


def _book_doc(v: str, pages: list[Page], b: dict, people: list[dict], claim: str, cover: bool = False) -> Doc:
    fields = dict(title=b["title"], people=people, issuer=b["pub"],
                  issued_on=None if cover else P.ym(b["y"], b["m"]),
                  book={"isbn": None if cover else b["isbn"], "publisher": b["pub"],
                        "edition": None if cover else b["edition"]})  # fmt: skip
    scored = ["title", "people", "issuer", "book.publisher"] + (
        [] if cover else ["book.isbn", "book.edition"]
    )
    return make("book", "book", v, pages, fields, scored, claim, b["y"])


def _cip(pg: Page, ctx: Ctx, y: float, b: dict, resp: str, first: str) -> float:
    rng = ctx.rng
    pg.text(24, y, "图书在版编目（CIP）数据", 12, ctx.bold)
    y += 8
    line = f"{b['title']}/{resp}. —{b['city']}：{b['pub']}，{b['y']}.{b['m']}"
    y = pg.wrap(24, y, pg.w - 48, line, 10.5, ctx.body, lead=1.6, indent=7)
    y = pg.wrap(24, y, pg.w - 48, f"ISBN {b['isbn']}", 10.5, ctx.body, indent=7)
    subj = b["title"][:4]
    y = pg.wrap(24, y + 1, pg.w - 48, f"Ⅰ.①{subj}…  Ⅱ.①{first}…  Ⅲ.①{subj}—研究  Ⅳ.①{rng.choice(CLC)}",
                10.5, ctx.body, indent=7)  # fmt: skip
    y = pg.wrap(24, y + 2, pg.w - 48, f"中国版本图书馆CIP数据核字（{b['y']}）第{rng.randint(100000, 299999)}号",
                10.5, ctx.body)  # fmt: skip
    return y + 4


def _imprint(pg: Page, ctx: Ctx, y: float, b: dict, short: bool = False) -> float:
    rng = ctx.rng
    pg.line(24, y, pg.w - 24, y, 0.3)
    y += 5
    p = P.crowd(rng, 2)
    rows = [] if short else [("责任编辑", p[0]), ("封面设计", p[1])]
    rows += [
        ("出版发行", b["pub"]),
        (
            "地　　址",
            f"{b['city']}市{rng.choice(DISTRICTS[b['city']])}"
            f"{rng.choice(['学院路', '文化路', '建设路'])}{rng.randint(1, 199)}号",
        ),
        ("印　　刷", f"{b['city']}{rng.choice(['华夏', '新华', '宏图', '金彩'])}印刷有限公司"),
        ("开　　本", f"787mm×1092mm  1/{rng.choice([16, 32])}"),
        ("字　　数", f"{rng.randint(180, 620)}千字"),
        ("版　　次", f"{b['edition']}  {b['y']}年{b['m']}月第1次印刷"),
        ("书　　号", f"ISBN {b['isbn']}"),
        ("定　　价", f"{rng.randint(28, 168)}.00元"),
    ]
    for lab, val in rows:
        pg.text(24, y, lab, 10.5, ctx.body)
        pg.text(50, y, val, 10.5, ctx.body)
        y += 6.6
    return y


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    rng = ctx.rng
    b = _book(ctx)
    if v == "translated":
        nat, foreign = rng.choice(P.FOREIGN)
        trans = P.crowd(rng, rng.randint(1, 3))
        pg = Page()
        y = center(pg, 40, b["title"], fits(b["title"], ctx.bold, 20, pg.w - 40), ctx.bold)
        en = rng.choice(EN_TITLES)
        y = center(pg, y + 2, en, 11, ctx.body, GREY)
        y = center(pg, y + 6, f"〔{nat}〕{foreign}　著", 13, ctx.body)
        y = center(pg, y + 1, "　".join(trans) + "　译", 13, ctx.body) + 26
        y = _cip(pg, ctx, y, b, f"（{nat}）{foreign}著；{'，'.join(trans)}译", foreign)
        pg.text(24, y, f"书名原文：{en}", 10.5, ctx.body)
        pg.text(
            24, y + 6.5, f"著作权合同登记号：图字01-{b['y'] - 1}-{rng.randint(1000, 7999)}号", 10.5, ctx.body
        )
        _imprint(pg, ctx, y + 16, b)
        people = [person(foreign, 1, "author")] + [
            person(t, i + 2, "translator") for i, t in enumerate(trans)
        ]
        return _book_doc(v, [pg], b, people, rng.choice(trans))
    pool = P.crowd(rng, 14)
    nc, nd = rng.randint(1, 2), rng.randint(0, 3)
    chiefs, deputies, members = pool[:nc], pool[nc : nc + nd], pool[nc + nd : nc + nd + rng.randint(3, 7)]
    if v == "monograph":
        pg = Page()
        y = center(pg, 40, b["title"], fits(b["title"], ctx.bold, 22, pg.w - 40), ctx.bold) + 4
        y = center(pg, y, "　".join(chiefs) + "　著", 14, ctx.body) + 40
        y = _cip(pg, ctx, y, b, "，".join(chiefs) + "著", chiefs[0])
        _imprint(pg, ctx, y + 4, b)
        people = [person(n, i + 1, "author") for i, n in enumerate(chiefs)]
        return _book_doc(v, [pg], b, people, rng.choice(chiefs))
    people = ([person(n, i + 1, "editor_in_chief") for i, n in enumerate(chiefs)]
              + [person(n, len(chiefs) + i + 1, "deputy_editor") for i, n in enumerate(deputies)])  # fmt: skip
    with_board = v in ("titleplus", "board")
    if with_board:
        base = len(people)
        people += [person(n, base + i + 1, "editorial_board") for i, n in enumerate(members)]
    claim = rng.choice([p["name"] for p in people])
    if v == "cover":
        return _book_doc(v, [_book_cover(ctx, b, chiefs, deputies)], b, people, claim, cover=True)
    if v == "copyright":
        pg = Page()
        y = 36
        pg.text(60, y, "主　编", 13, ctx.body)
        pg.text(84, y, "　".join(chiefs), 13, ctx.body)
        if deputies:
            y += 9
            pg.text(60, y, "副主编", 13, ctx.body)
            pg.text(84, y, "　".join(deputies), 13, ctx.body)
        y = _cip(pg, ctx, y + 60, b, "，".join(chiefs) + "主编", chiefs[0])
        _imprint(pg, ctx, y + 4, b)
        return _book_doc(v, [pg], b, people, claim)
    if v == "titleplus":
        p1 = Page()
        y = center(p1, 60, b["title"], fits(b["title"], ctx.bold, 24, p1.w - 40), ctx.bold) + 24
        y = _roster(p1, ctx, y, chiefs, deputies, members, "编　委（按姓氏笔画排序）")
        center(p1, 250, b["pub"], 14, ctx.bold)
        p2 = Page()
        y = _cip(p2, ctx, 40, b, "，".join(chiefs) + "主编", chiefs[0])
        _imprint(p2, ctx, y + 6, b)
        return _book_doc(v, [p1, p2], b, people, claim)
    pg = Page()
    y = center(pg, 26, f"《{b['title']}》编委会", fits(b["title"], ctx.bold, 17, pg.w - 60), ctx.bold) + 8
    y = _roster(pg, ctx, y, chiefs, deputies, members, "编　委")
    _imprint(pg, ctx, max(y + 20, 170), b, short=True)
    return _book_doc(v, [pg], b, people, claim)


def _roster(pg: Page, ctx: Ctx, y: float, chiefs: list, deputies: list, members: list, lab: str) -> float:
    rows = [("主　编", chiefs)] + ([("副主编", deputies)] if deputies else [])
    for lab_, ns in rows:
        pg.text(46, y, lab_, 13, ctx.body)
        pg.text(76, y, "　".join(ns), 13, ctx.body)
        y += 10
    pg.text(46, y, lab, 13, ctx.body)
    y += 9
    for i in range(0, len(members), 4):
        pg.text(62, y, "　".join(members[i : i + 4]), 13, ctx.body)
        y += 9
    return y


def _book_cover(ctx: Ctx, b: dict, chiefs: list, deputies: list) -> Page:
    rng = ctx.rng
    color = rng.choice([(24, 80, 140), (140, 40, 40), (36, 110, 70), (90, 60, 120)])
    pg = Page(w=185, h=260, bg=(246, 244, 236))
    pg.rect(0, 30, pg.w, 120, 0, fill=color)
    t = b["title"]
    size = fits(t, ctx.bold, 26, pg.w - 24)
    pg.text(pg.w / 2, 62, t, size, ctx.bold, "c", (255, 255, 255))
    pg.text(pg.w / 2, 84, rng.choice(["专业技术人员参考用书", "基层技术人员培训教材", "实用技术丛书"]), 11, ctx.body, "c",
            (230, 230, 230))  # fmt: skip
    y = 140
    pg.text(pg.w / 2, y, "　".join(chiefs) + "　主编", 13, ctx.body, "c")
    if deputies:
        pg.text(pg.w / 2, y + 9, "　".join(deputies) + "　副主编", 12, ctx.body, "c")
    pg.text(pg.w / 2, pg.h - 24, b["pub"], 14, ctx.bold, "c", color)
    return pg


# ---- patents -----------------------------------------------------------------------------------
KINDS = {
    "invention": ("发明", "1", "B"),
    "utility_model": ("实用新型", "2", "U"),
    "design": ("外观设计", "3", "S"),
}
DEVICES = ["秸秆粉碎还田装置", "温室大棚智能通风装置", "预制构件吊装定位装置", "病床床头输液架", "土壤取样钻", "鱼塘增氧设备",
           "混凝土试块养护箱", "中药饮片切制装置", "教学用几何演示教具", "果树修剪器"]  # fmt: skip
METHOD_TITLES = ["一种{x}的制备方法", "一种{x}的检测方法", "一种基于{m}的{o}预测方法"]
MATERIALS = [
    "缓释复合肥",
    "生物有机肥",
    "再生骨料透水砖",
    "壳聚糖抗菌敷料",
    "玉米秸秆基吸附材料",
    "中药提取物颗粒",
]
PRODUCTS = [
    ("茶具", "青瓷"),
    ("包装盒", "月饼"),
    ("手提灯", "LED"),
    ("座椅", "候诊"),
    ("花盆", "自吸水"),
    ("标识牌", "园林"),
]
COMMISSIONERS = ["申长雨"]
LAW = {"invention": "二十", "utility_model": "十", "design": "十五"}


def _patent(ctx: Ctx) -> dict:
    rng = ctx.rng
    kind = rng.choice(["invention", "invention", "utility_model", "utility_model", "design"])
    kc, kd, suffix = KINDS[kind]
    applied = P.day(rng, 2015, 2022)
    gap = {
        "invention": rng.randint(420, 1000),
        "utility_model": rng.randint(150, 330),
        "design": rng.randint(90, 240),
    }
    granted = P.shift(applied, gap[kind])
    d12 = f"{applied.year}{kd}{rng.randint(0, 9999999):07d}"
    number = f"ZL{d12}.{P.zl_check(d12)}"
    if kind == "design":
        prod, style = rng.choice(PRODUCTS)
        title = f"{prod}（{style}）"
    elif kind == "invention" and rng.random() < 0.5:
        o, _, m = P.subject(rng)
        title = rng.choice(METHOD_TITLES).format(x=rng.choice(MATERIALS), m=m, o=o)
    else:
        title = "一种" + rng.choice(DEVICES)
    pl = P.somewhere(rng)
    names = P.crowd(rng, rng.randint(1, 6))
    owner = P.university(rng, pl) if rng.random() < 0.7 else names[0]
    pub = f"CN {rng.choice({'B': ['11', '10'], 'U': ['21', '20'], 'S': ['30']}[suffix])}{rng.randint(1000000, 9999999)} {suffix}"
    return dict(kind=kind, kc=kc, applied=applied, granted=granted, number=number, d12=d12, title=title, names=names,
                owner=owner, pl=pl, pub=pub, cert=f"{rng.randint(1000000, 6999999)}")  # fmt: skip


def _spaced_number(p: dict) -> str:
    d = p["d12"]
    return f"ZL {d[:4]} {d[4]} {d[5:]}.{p['number'][-1]}"


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent")
    p = _patent(ctx)
    pages = {"classic": _pat_classic, "ecert": _pat_ecert, "register": _pat_register, "gazette": _pat_gazette,
             "spaced": _pat_spaced}[v](ctx, p)  # fmt: skip
    role = "inventor"
    fields = dict(title=p["title"], people=[person(n, i + 1, role) for i, n in enumerate(p["names"])],
                  issuer="国家知识产权局", issued_on=P.iso(p["granted"]),
                  patent={"kind": p["kind"], "number": p["number"], "applied_on": P.iso(p["applied"]),
                          "granted_on": P.iso(p["granted"])})  # fmt: skip
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    return make(
        "patent_certificate",
        "patent",
        v,
        pages,
        fields,
        scored,
        ctx.rng.choice(p["names"]),
        p["granted"].year,
    )


def _who_label(p: dict) -> str:
    return "设计人" if p["kind"] == "design" else "发明人"


def _law(p: dict) -> str:
    return (f"本{p['kc']}经过本局依照中华人民共和国专利法进行初步审查，决定授予专利权，颁发{p['kc']}专利证书"
            if p["kind"] != "invention" else "本发明经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发发明专利证书") + (
        f"并在专利登记簿上予以登记。专利权自授权公告之日起生效。专利权期限为{LAW[p['kind']]}年，自申请日起算。")  # fmt: skip


def _pat_classic(ctx: Ctx, p: dict) -> list[Page]:
    pg = Page(bg=(253, 251, 244))
    pg.rect(12, 12, pg.w - 12, pg.h - 12, 1.0, (120, 100, 60))
    y = center(pg, 34, f"{p['kc']}专利证书", 26, ctx.bold) + 2
    y = center(pg, y, f"证书号第{p['cert']}号", 12, ctx.body) + 10
    rows = [
        (f"{p['kc']}名称", p["title"]),
        (_who_label(p), "；".join(p["names"])),
        ("专利号", p["number"][:2] + " " + p["number"][2:]),
        ("专利申请日", P.fdate(p["applied"], "pad")),
        ("专利权人", p["owner"]),
        (
            "地址",
            f"{p['pl'].prov}省{p['pl'].city}市{ctx.rng.choice(['高新区', '经济开发区', '城区'])}{ctx.rng.randint(1, 300)}号",
        ),
        ("授权公告日", P.fdate(p["granted"], "pad")),
        ("授权公告号", p["pub"]),
    ]
    for lab, val in rows:
        y = pg.wrap(28, y, pg.w - 56, f"{lab}：{val}", 12.5, ctx.body, lead=1.7) + 2.5
    y = pg.wrap(28, y + 6, pg.w - 56, _law(p), 11.5, ctx.body, lead=1.8, indent=8)
    pg.wrap(28, y + 2, pg.w - 56, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的"
            "姓名或名称、国籍、地址变更等事项记载在专利登记簿上。", 11.5, ctx.body, lead=1.8, indent=8)  # fmt: skip
    pg.text(pg.w - 70, 250, "局长", 12, ctx.body)
    hand(pg, ctx, pg.w - 56, 248, COMMISSIONERS[0], 15)
    seal(pg, ctx, pg.w - 50, 246, "国家知识产权局", 18)
    return [pg]


def _pat_ecert(ctx: Ctx, p: dict) -> list[Page]:
    rng = ctx.rng
    pg = Page()
    pg.rect(0, 0, pg.w, 30, 0, fill=(176, 30, 36))
    pg.text(pg.w / 2, 9, "国家知识产权局", 20, ctx.bold, "c", (255, 255, 255))
    y = center(pg, 42, f"{p['kc']}专利证书", 24, ctx.bold)
    pg.rect(pg.w - 52, 36, pg.w - 26, 62, 0.4)
    for i in range(6):
        for jj in range(6):
            if (i * 7 + jj * 3 + int(p["cert"][-1])) % 3 == 0:
                pg.rect(pg.w - 50 + i * 4, 38 + jj * 4, pg.w - 47 + i * 4, 41 + jj * 4, 0, fill=(20, 20, 20))
    y += 14
    rows = [
        ("专利号", p["number"]),
        (f"{p['kc']}名称", p["title"]),
        (_who_label(p), "，".join(p["names"])),
        ("专利权人", p["owner"]),
        ("申请日", P.fdate(p["applied"], "plain")),
        ("授权公告日", P.fdate(p["granted"], "plain")),
        ("授权公告号", p["pub"]),
        ("证书号", f"第{p['cert']}号"),
    ]
    size = min(fits(p["title"], ctx.body, 12, 125), fits("，".join(p["names"]), ctx.body, 12, 125))
    y = form(pg, ctx, 22, y, 38, 128, rows, size, 12) + 10
    y = pg.wrap(22, y, pg.w - 44, _law(p), 11, ctx.body, lead=1.8, indent=8) + 10
    pg.text(
        22,
        y,
        f"本证书电子签章日期：{P.fdate(P.shift(p['granted'], rng.randint(0, 3)), 'iso')}",
        10,
        ctx.body,
        color=GREY,
    )
    seal(pg, ctx, pg.w - 50, y + 10, "国家知识产权局", 17)
    return [pg]


def _pat_register(ctx: Ctx, p: dict) -> list[Page]:
    rng = ctx.rng
    pg = Page()
    y = center(pg, 24, "专利登记簿副本", 22, ctx.bold) + 6
    rows = [
        ("专利号", p["number"]),
        ("专利类型", p["kc"]),
        ("申请日", P.fdate(p["applied"], "dots")),
        ("授权公告日", P.fdate(p["granted"], "dots")),
        ("发明创造名称", p["title"]),
        (_who_label(p), "、".join(p["names"])),
        ("专利权人", p["owner"]),
        ("法律状态", "专利权维持"),
        ("年费缴纳", f"已缴至第{rng.randint(2, 6)}年度"),
    ]
    size = min(fits(p["title"], ctx.body, 12, 118), fits("、".join(p["names"]), ctx.body, 12, 118))
    y = form(pg, ctx, 22, y, 44, 122, rows, size, 12) + 10
    asof = P.shift(p["granted"], rng.randint(100, 900))
    pg.wrap(
        22, y, pg.w - 44, f"以上内容为截至{P.fdate(asof, 'plain')}专利登记簿中记载的信息。", 11.5, ctx.body
    )
    pg.text(pg.w - 30, y + 30, "国家知识产权局专利局", 12.5, ctx.body, "r")
    pg.text(pg.w - 30, y + 39, P.fdate(asof, "plain"), 12.5, ctx.body, "r")
    seal(pg, ctx, pg.w - 55, y + 34, "国家知识产权局专利局")
    return [pg]


def _pat_gazette(ctx: Ctx, p: dict) -> list[Page]:
    rng = ctx.rng
    pg = Page()
    pg.text(22, 14, "(19)中华人民共和国国家知识产权局", 13, ctx.bold)
    pg.text(22, 26, f"(12){p['kc']}专利", 17, ctx.bold)
    pg.text(118, 22, f"(10)授权公告号 {p['pub']}", 11, ctx.body)
    pg.text(118, 29, f"(45)授权公告日 {P.fdate(p['granted'], 'dots')}", 11, ctx.body)
    pg.line(22, 36, pg.w - 22, 36, 0.6)
    left = [
        f"(21)申请号 {p['d12']}.{p['number'][-1]}",
        f"(22)申请日 {P.fdate(p['applied'], 'dots')}",
        f"(73)专利权人 {p['owner']}",
        f"地址 {ZIPS[p['pl'].city]} {p['pl'].prov}省{p['pl'].city}市",
        *[
            ("" if i else f"(72){_who_label(p)} ") + " ".join(p["names"][i : i + 2])
            for i in range(0, len(p["names"]), 2)
        ],
        f"(51)Int.Cl. {rng.choice(['A01B', 'E04G', 'A61G', 'G01N', 'C05G', 'A01K'])} {rng.randint(1, 79)}/{rng.randint(0, 30):02d}"
        "(2006.01)",
    ]
    y = 42
    for s in left:
        y = pg.wrap(22, y, 82, s, 10.5, ctx.body, lead=1.6) + 2
    t = f"(54){'发明名称' if p['kind'] == 'invention' else '实用新型名称' if p['kind'] == 'utility_model' else '使用外观设计的产品名称'}"
    pg.text(112, 42, t, 10.5, ctx.body)
    yy = pg.wrap(112, 49, pg.w - 134, p["title"], 12.5, ctx.bold, lead=1.6) + 4
    pg.text(112, yy, "(57)摘要" if p["kind"] != "design" else "(57)简要说明", 10.5, ctx.body)
    text = (f"本{p['kc'][:2] if p['kind'] != 'design' else '外观设计'}公开了{p['title']}，" if p["kind"] != "design"
            else f"1.本外观设计产品的名称：{p['title']}。2.本外观设计产品的用途：") + (
        "包括机架、驱动组件和执行组件，结构简单，操作方便，能够有效提高工作效率，降低劳动强度，具有较好的推广应用价值。")  # fmt: skip
    pg.wrap(112, yy + 7, pg.w - 134, text, 10.5, ctx.body, lead=1.7, indent=7)
    base = max(y, yy + 60) + 6
    pg.line(22, base, pg.w - 22, base, 0.3)
    cx, cy = pg.w / 2, base + 60
    pg.rect(cx - 40, cy - 30, cx + 40, cy + 30, 0.5)
    pg.rect(cx - 25, cy - 18, cx + 10, cy + 18, 0.4)
    for i, (dx, dy) in enumerate([(-25, -18), (10, -18), (10, 18), (40, 30)]):
        pg.line(cx + dx, cy + dy, cx + dx + 22, cy + dy - 14, 0.2)
        pg.text(cx + dx + 23, cy + dy - 18, str(i + 1), 9, ctx.body)
    pg.text(pg.w - 22, pg.h - 14, f"{p['pub'].replace(' ', '')}", 10, ctx.body, "r")
    return [pg]


def _pat_spaced(ctx: Ctx, p: dict) -> list[Page]:
    """An older certificate: labels without colons, spaced number, dates with spaces, seal over the text."""
    pg = Page()
    frame_c = (90, 110, 150)
    pg.rect(14, 14, pg.w - 14, pg.h - 14, 1.6, frame_c)
    pg.rect(17, 17, pg.w - 17, pg.h - 17, 0.3, frame_c)
    y = center(pg, 40, "  ".join(f"{p['kc']}专利证书"), 24, ctx.bold) + 12
    rows = [
        (f"{p['kc']}名称", p["title"]),
        (_who_label(p), "  ".join(p["names"])),
        ("专 利 号", _spaced_number(p)),
        ("专利申请日", P.fdate(p["applied"], "airy")),
        ("专利权人", p["owner"]),
        ("授权公告日", P.fdate(p["granted"], "airy")),
    ]
    for lab, val in rows:
        pg.text(30, y, lab, 12.5, ctx.bold)
        y = pg.wrap(68, y, pg.w - 98, val, 12.5, ctx.body, lead=1.7) + 4
    y = pg.wrap(30, y + 8, pg.w - 60, _law(p), 11.5, ctx.body, lead=1.8, indent=8)
    pg.text(30, y + 12, f"证书号  第{p['cert']}号", 11.5, ctx.body)
    seal(pg, ctx, pg.w / 2 + 20, y - 10, "国家知识产权局", 19)
    pg.text(pg.w - 40, 252, "国家知识产权局", 13, ctx.body, "r")
    return [pg]


_ = (RED, lh)
