"""Journal proofs of draw 27: first page, contents page, cover with highlights, database record, two-column first
page, and a cover + contents + first-page bundle. Journals are real catalogue rows."""

from __future__ import annotations

from bench.blind.common import journals
from bench.blind.doc import Doc
from bench.blind27 import kit
from bench.blind27.pools import GREY, Ctx, people, workplace
from bench.generator.truth import person

TOPICS = ["基于多模态影像的{x}早期识别研究", "{x}患者术后康复护理效果观察", "黄河下游{x}时空分布特征分析",
          "{x}在县域医共体中的应用与评价", "双减背景下{x}的实践路径", "{x}对冬小麦产量形成的影响",
          "装配式结构中{x}的力学性能试验", "{x}关键技术及其工程应用", "开封地区{x}现状调查", "{x}的风险因素及干预对策"]  # fmt: skip
FILL = ["脓毒症", "慢性阻塞性肺疾病", "土壤重金属", "智慧药房", "作业设计", "氮肥后移", "灌浆套筒连接", "盾构隧道注浆",
        "儿童龋齿", "老年跌倒", "地下水硝酸盐", "项目式学习", "秸秆还田", "高强钢筋"]  # fmt: skip
REGION = {"11": "北京", "12": "天津", "13": "河北", "14": "山西", "21": "辽宁", "22": "吉林", "23": "黑龙江",
          "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西", "37": "山东", "41": "河南",
          "42": "湖北", "43": "湖南", "44": "广东", "46": "海南", "51": "四川", "52": "贵州", "53": "云南",
          "61": "陕西", "62": "甘肃", "63": "青海"}  # fmt: skip
NATIONAL = [
    "中国科学技术协会",
    "教育部",
    "中国科学院",
    "国家卫生健康委员会",
    "农业农村部",
    "水利部",
    "工业和信息化部",
]
PROVINCIAL = ["{p}省科学技术协会", "{p}省教育厅", "{p}省卫生健康委员会", "{p}省科学院"]


def _title(ctx: Ctx) -> str:
    return ctx.pick(TOPICS).format(x=ctx.pick(FILL))


def _issue(ctx: Ctx) -> dict:
    j = ctx.pick(journals())
    year = ctx.rng.randint(2016, 2024)
    vol = str(year - ctx.rng.randint(1960, 2005)) if ctx.rng.random() < 0.65 else None
    iss = str(ctx.rng.randint(1, 12))
    region = REGION.get(j.cn[:2])
    if j.cn[:2] in ("10", "11") or region is None or ctx.rng.random() < 0.4:
        sup, lvl = ctx.pick(NATIONAL), "national"
    else:
        sup, lvl = ctx.pick(PROVINCIAL).format(p=region), "provincial"
    return {"j": j, "year": year, "vol": vol, "iss": iss, "sup": sup, "lvl": lvl,
            "host": f"{ctx.pick(['中国', '']) if lvl == 'national' else ''}{j.name}编辑部"}  # fmt: skip


def _jfield(s: dict, with_sup: bool) -> dict:
    j = s["j"]
    levels = list(j.base_levels) + ([s["lvl"]] if with_sup else [])
    return {"name": j.name, "issn": j.issn, "cn": j.cn, "year": s["year"], "volume": s["vol"], "issue": s["iss"],
            "levels": levels}  # fmt: skip


def _cn_issue(s: dict) -> str:
    return f"{s['year']}年" + (f"第{s['vol']}卷" if s["vol"] else "") + f"第{s['iss']}期"


def _en_issue(s: dict) -> str:
    return (f"Vol.{s['vol']} " if s["vol"] else "") + f"No.{s['iss']}  {s['year']}"


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("journal")
    return {"firstpage": _firstpage, "contents": _contents, "cover": _cover, "dbrecord": _dbrecord,
            "twocol": _twocol, "bundle": _bundle}[v](ctx, f"journal27-{v}")  # fmt: skip


def _article(ctx: Ctx) -> tuple[str, list[str], list[str]]:
    authors = people(ctx.rng, ctx.rng.randint(1, 5))
    units = list(dict.fromkeys(workplace(ctx.rng) for _ in range(ctx.rng.randint(1, 2))))
    return _title(ctx), authors, units


def _finish(layout: str, pages: list, s: dict, title: str, authors: list[str], with_sup: bool, scored_people: bool,
            ctx: Ctx) -> Doc:  # fmt: skip
    f = {"title": title, "people": [person(n, i + 1, "author") for i, n in enumerate(authors)],
         "journal": _jfield(s, with_sup)}  # fmt: skip
    sc = (["title", "people"] if scored_people else []) + ["journal.name", "journal.issn", "journal.cn",
                                                            "journal.year", "journal.issue", "journal.levels"]  # fmt: skip
    if s["vol"]:
        sc.append("journal.volume")
    return kit.doc("journal_article", layout, pages, f, sc, ctx.pick(authors), s["year"])


def _first(pg, ctx: Ctx, s: dict, title: str, authors: list[str], units: list[str], y: float, x: float = 20,
           w: float = 170) -> float:  # fmt: skip
    y = pg.wrap(x, y, w, title, 18, ctx.bold, 1.45)
    idx = [(i % len(units)) + 1 for i in range(len(authors))]
    parts: list[tuple[str, bool]] = []
    for i, (n, u) in enumerate(zip(authors, idx, strict=False)):
        parts += [(n, False), (str(u), True)] + ([("，", False)] if i < len(authors) - 1 else [])
    y = pg.runs(x + w / 2, y + 2, parts, 13, ctx.body)
    aff = "；".join(f"{i + 1}.{u}，河南 开封 475000" for i, u in enumerate(units))
    pg.text(x + w / 2, y, f"（{aff}）", 9.5, ctx.body, "c")
    y += 10
    abstract = (f"摘要：目的  探讨{title}的相关问题。方法  选取{s['year'] - 1}年1月至12月的样本资料进行回顾性分析，"
                "比较不同处理条件下各项指标的差异。结果  试验组主要指标均优于对照组，差异有统计学意义（P<0.05）。"
                "结论  该方法简便可行，值得在基层推广应用。")  # fmt: skip
    y = pg.wrap(x + 4, y, w - 8, abstract, 10, ctx.body, 1.6)
    pg.text(x + 4, y + 1, f"关键词：{ctx.pick(FILL)}；{ctx.pick(FILL)}；效果评价", 10, ctx.body)
    pg.text(x + 4, y + 8, f"中图分类号：R{ctx.rng.randint(100, 999)}    文献标志码：A", 10, ctx.body)
    return y + 18


def _firstpage(ctx: Ctx, layout: str) -> Doc:
    s = _issue(ctx)
    title, authors, units = _article(ctx)
    j = s["j"]
    pg = kit.page()
    pg.text(20, 12, f"{j.name}", 10, ctx.body)
    pg.text(190, 12, _cn_issue(s), 10, ctx.body, "r")
    pg.line(20, 18, 190, 18, 0.4)
    start = ctx.rng.randint(1, 180)
    pg.text(
        20,
        22,
        f"DOI:10.{ctx.rng.randint(11000, 19999)}/j.cnki.{ctx.rng.randint(1000, 9999)}.{s['year']}.{int(s['iss']):02d}.{ctx.rng.randint(1, 40):03d}",
        8.5,
        ctx.body,
        color=GREY,
    )
    y = _first(pg, ctx, s, title, authors, units, 34)
    pg.line(20, y, 190, y, 0.2)
    for _ in range(8):
        y = kit.para(
            pg,
            ctx,
            20,
            y + 2,
            170,
            "近年来，随着相关研究的不断深入，"
            + title
            + "逐渐受到关注。本研究结合本地实际开展观察，现报道如下。",
            10.5,
            1.7,
        )
    pg.line(20, 262, 80, 262, 0.3)
    pg.text(
        20,
        265,
        f"收稿日期：{s['year'] - 1}-{ctx.rng.randint(10, 12)}-{ctx.rng.randint(10, 28)}",
        8.5,
        ctx.body,
    )
    pg.text(
        20,
        270,
        f"作者简介：{authors[0]}，{ctx.pick(['男', '女'])}，{ctx.pick(['主治医师', '讲师', '工程师', '硕士'])}，研究方向为{ctx.pick(FILL)}。",
        8.5,
        ctx.body,
    )
    pg.text(20, 280, f"ISSN {j.issn}  CN {j.cn}    {_en_issue(s)}    {start}", 8.5, ctx.body)
    return _finish(layout, [pg], s, title, authors, False, True, ctx)


def _toc_rows(ctx: Ctx, claimed: tuple[str, list[str]]) -> list[tuple[str, list[str], int]]:
    items = [(_title(ctx), people(ctx.rng, ctx.rng.randint(1, 4))) for _ in range(ctx.rng.randint(6, 9))]
    items.insert(ctx.rng.randrange(len(items)), claimed)
    page, out = 1, []
    for t, a in items:
        out.append((t, a, page))
        page += ctx.rng.randint(4, 8)
    return out


def _contents(ctx: Ctx, layout: str) -> Doc:
    s = _issue(ctx)
    title, authors, units = _article(ctx)
    j = s["j"]
    pg = kit.page()
    kit.centre(pg, ctx, 16, j.name, 22)
    kit.centre(pg, ctx, 28, f"{_cn_issue(s)}（总第{ctx.rng.randint(100, 600)}期）", 11, bold=False)
    pg.text(105, 36, f"ISSN {j.issn}    CN {j.cn}", 10, ctx.body, "c")
    kit.centre(pg, ctx, 46, "目    次", 16)
    y = 60.0
    for t, a, p in _toc_rows(ctx, (title, authors)):
        pg.text(22, y, t, 11.5, ctx.body)
        pg.text(188, y, str(p), 11, ctx.body, "r")
        pg.text(30, y + 6.5, "  ".join(a), 10, ctx.body, color=(60, 60, 60))
        y += 16
    return _finish(layout, [pg], s, title, authors, False, False, ctx)


def _cover_page(ctx: Ctx, s: dict, highlights: list[tuple[str, list[str]]]) -> object:
    j = s["j"]
    pg = kit.page(tint=(236, 242, 250))
    pg.rect(0, 0, 210, 70, 0, fill=(30, 70, 130))
    pg.text(105, 22, j.name, 34 if len(j.name) <= 8 else 26, ctx.bold, "c", (255, 255, 255))
    pg.text(105, 52, _en_issue(s), 12, ctx.body, "c", (220, 230, 245))
    pg.text(20, 80, f"{s['year']}年第{s['iss']}期", 16, ctx.bold)
    if highlights:
        pg.rect(20, 100, 190, 100 + 14 * len(highlights) + 12, 0.4, (30, 70, 130))
        pg.text(26, 104, "本期要目", 13, ctx.bold, color=(30, 70, 130))
        y = 116.0
        for t, a in highlights:
            pg.text(28, y, f"{t}……{'，'.join(a)}", 10.5, ctx.body)
            y += 14
    pg.text(20, 240, f"主管单位：{s['sup']}", 11, ctx.body)
    pg.text(20, 248, f"主办单位：{s['host'].replace('编辑部', '编辑委员会')}", 11, ctx.body)
    pg.text(20, 262, f"ISSN {j.issn}", 12, ctx.bold)
    pg.text(20, 270, f"CN {j.cn}", 12, ctx.bold)
    pg.rect(140, 250, 190, 275, 0, fill=(20, 20, 20))
    pg.rect(143, 252, 187, 270, 0, fill=(255, 255, 255))
    return pg


def _cover(ctx: Ctx, layout: str) -> Doc:
    s = _issue(ctx)
    title, authors, units = _article(ctx)
    hl = [(_title(ctx), people(ctx.rng, 2)) for _ in range(ctx.rng.randint(2, 4))]
    hl.insert(ctx.rng.randrange(len(hl) + 1), (title, authors))
    pg = _cover_page(ctx, s, hl)
    return _finish(layout, [pg], s, title, authors, True, False, ctx)


def _dbrecord(ctx: Ctx, layout: str) -> Doc:
    """A printed record page of a full-text database: fields in reading order, no supervisor line."""
    s = _issue(ctx)
    title, authors, units = _article(ctx)
    j = s["j"]
    pg = kit.page()
    kit.browser(pg, ctx, f"https://kns.example-db.cn/detail?dbcode=CJFD&filename={j.cn[:2]}{s['year']}{int(s['iss']):02d}{ctx.rng.randint(100, 999)}",
                "文献详情", f"{s['year'] + 1}/0{ctx.rng.randint(1, 9)}/1{ctx.rng.randint(0, 9)} 15:2{ctx.rng.randint(0, 9)}")  # fmt: skip
    pg.text(16, 18, f"{j.name} . {_cn_issue(s).replace('年', '年 ')}", 10, ctx.body, color=(30, 90, 170))
    y = pg.wrap(16, 28, 178, title, 17, ctx.bold, 1.4)
    pg.text(16, y + 2, "   ".join(authors), 12, ctx.body, color=(30, 90, 170))
    pg.text(16, y + 10, "   ".join(units), 10, ctx.body, color=GREY)
    y += 22
    y = kit.para(
        pg,
        ctx,
        16,
        y,
        178,
        f"摘要：为明确{title}的主要影响因素，本文结合实测资料进行了分析，提出了相应的改进建议。",
        10.5,
        1.7,
    )
    rows = [("关键词", f"{ctx.pick(FILL)}; {ctx.pick(FILL)}"), ("刊名", j.name), ("出版年/期", f"{s['year']}/{s['iss']}"),
            ("卷", s["vol"] or "—"), ("ISSN", j.issn), ("CN", j.cn), ("页码", f"{ctx.rng.randint(10, 90)}-{ctx.rng.randint(91, 120)}"),
            ("下载", str(ctx.rng.randint(20, 900)))]  # fmt: skip
    for lab, val in rows:
        pg.text(16, y + 2, f"{lab}：", 10.5, ctx.bold)
        pg.text(44, y + 2, val, 10.5, ctx.body)
        y += 8
    return _finish(layout, [pg], s, title, authors, False, True, ctx)


def _twocol(ctx: Ctx, layout: str) -> Doc:
    s = _issue(ctx)
    title, authors, units = _article(ctx)
    j = s["j"]
    pg = kit.page()
    pg.text(20, 10, _en_issue(s), 9, ctx.body)
    pg.text(190, 10, j.name, 9, ctx.body, "r")
    pg.line(20, 15, 190, 15, 0.5)
    pg.line(20, 16.2, 190, 16.2, 0.2)
    pg.text(
        20,
        19,
        f"文章编号：{j.issn}({s['year']}){int(s['iss']):02d}-{ctx.rng.randint(1, 200):04d}-0{ctx.rng.randint(4, 8)}",
        8.5,
        ctx.body,
    )
    y = _first(pg, ctx, s, title, authors, units, 30)
    pg.line(20, y - 4, 190, y - 4, 0.2)
    para = f"{title}是当前研究的热点问题之一。已有研究多集中于单一因素，系统性分析相对较少。本文在前人工作的基础上，结合开封地区的实际情况开展研究。"
    for col in range(2):
        yy = y
        for _ in range(5):
            yy = kit.para(pg, ctx, 20 + col * 88, yy, 82, para, 9.5, 1.6)
    pg.text(105, 284, f"CN {j.cn}    ISSN {j.issn}", 9, ctx.body, "c")
    return _finish(layout, [pg], s, title, authors, False, True, ctx)


def _bundle(ctx: Ctx, layout: str) -> Doc:
    s = _issue(ctx)
    title, authors, units = _article(ctx)
    j = s["j"]
    p1 = _cover_page(ctx, s, [])
    p2 = kit.page(tint=(245, 245, 242))
    kit.centre(p2, ctx, 18, f"{j.name}    {_cn_issue(s)}", 14)
    kit.centre(p2, ctx, 30, "目  录", 15)
    y = 44.0
    for t, a, p in _toc_rows(ctx, (title, authors)):
        p2.text(22, y, f"{t}  {'，'.join(a)}", 10.5, ctx.body)
        p2.text(190, y, f"（{p}）", 10, ctx.body, "r")
        y += 11
    p3 = kit.page(tint=(245, 245, 242))
    p3.text(20, 12, f"第{s['iss']}期", 10, ctx.body)
    p3.text(190, 12, f"{j.name}", 10, ctx.body, "r")
    p3.line(20, 18, 190, 18, 0.4)
    yy = _first(p3, ctx, s, title, authors, units, 28)
    p3.text(20, yy + 4, "（正文略）", 10, ctx.body, color=GREY)
    p3.text(20, 280, f"ISSN {j.issn}  CN {j.cn}", 8.5, ctx.body)
    return _finish(layout, [p1, p2, p3], s, title, authors, True, True, ctx)
