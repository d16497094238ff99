"""Draw 31 journal proofs: first pages, contents pages, covers, mastheads, two-column pages and photocopies."""

from __future__ import annotations

from bench.blind.common import CN_REGION, Journal, journals
from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind31.kit import GREY_PAPER, centre, doc, fits, line_at, margin_note, para, ranked
from bench.blind31.pools import Ctx
from bench.blind31.scene import Scene, scene
from bench.blind31.topics import PAPERS

EXTRA = {
    "health": ["乡村医生签约服务质量评价", "基层医疗机构抗菌药物使用调查"],
    "teacher": ["农村小学劳动教育课程开发", "乡村教师专业发展困境与对策"],
    "forest": ["桃江楠竹林碳储量估算", "林下中药材复合经营模式"],
    "water": ["灌区渠系水利用系数测定", "河道生态护坡材料比选"],
    "road": ["乡村公路路面病害分类与养护", "装配式小箱梁预制质量控制"],
    "acct": ["县级公立医院全面预算管理", "小微企业税收优惠政策落实评价"],
    "econ": ["黄河滩区产业转型的实证分析", "洞庭湖区农业规模经营效益"],
}
NATIONAL = [
    "中国科学技术协会",
    "中国科学院",
    "教育部",
    "农业农村部",
    "国家林业和草原局",
    "水利部",
    "交通运输部",
]
PROV = ["{r}省科学技术协会", "{r}省教育厅", "{r}省科学院"]
ARTICLE_FULL = [
    "journal.name",
    "journal.issn",
    "journal.cn",
    "journal.year",
    "journal.issue",
    "journal.levels",
]


def _sup(ctx: Ctx, j: Journal) -> tuple[str, str]:
    r = CN_REGION.get(j.cn[:2], "")
    if j.cn[:2] in ("10", "11") or r in (
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
        return ctx.rng.choice(NATIONAL), "national"
    return ctx.rng.choice(PROV).format(r=r), "provincial"


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("journal")
    sc = scene(ctx, 14)
    j = ctx.rng.choice(journals())
    year = ctx.rng.randint(2017, 2024)
    vol = str(year - ctx.rng.randint(1975, 2005)) if ctx.rng.random() < 0.7 else None
    issue = str(ctx.rng.randint(1, 12))
    title = ctx.rng.choice(PAPERS[sc.sector] + EXTRA[sc.sector])
    n = ctx.rng.randint(2, 5)
    authors = sc.names[:n]
    claim = authors[ctx.rng.randrange(n)]
    return BUILD[v](ctx, v, sc, j, year, vol, issue, title, authors, claim)


def _rec(ctx, v, sc, pages, j, year, vol, issue, title, authors, claim, sup_level=None, toc=False):  # noqa: ANN001, ANN202
    levels = list(j.base_levels) + ([sup_level] if sup_level else [])
    jr = {
        "name": j.name,
        "issn": j.issn,
        "cn": j.cn,
        "year": year,
        "volume": vol,
        "issue": issue,
        "levels": levels,
    }
    f = {"title": title, "people": ranked(authors, "author"), "journal": jr}
    scored = ([] if toc else ["title", "people"]) + ARTICLE_FULL + (["journal.volume"] if vol else [])
    return doc(ctx, "journal_article", "journal", v, pages, f, scored, claim, year)


def _vi(year: int, vol: str | None, issue: str) -> str:
    return f"{year}年" + (f"第{vol}卷" if vol else "") + f"第{issue}期"


def _first_page(
    pg: Page, ctx: Ctx, sc: Scene, j: Journal, year, vol, issue, title, authors, y0: float = 14
) -> float:  # noqa: ANN001
    pg.text(14, y0, f"{j.name}  {_vi(year, vol, issue)}", 9.5, ctx.body)
    pg.text(196, y0, f"ISSN {j.issn}  CN {j.cn}", 9.5, ctx.body, "r")
    pg.line(14, y0 + 5, 196, y0 + 5, 0.4)
    y = centre(pg, ctx, y0 + 14, title, fits(title, ctx, 18, 180), True)
    aff = [sc.unit(ctx), sc.f("{p}省{c}市") + "农业科学研究院"]
    parts: list[tuple[str, bool]] = []
    for i, a in enumerate(authors):
        parts += [(("，" if i else "") + a, False), (str(1 + i % 2), True)]
    y = pg.runs(105, y + 2, parts, 12.5, ctx.body)
    y = centre(pg, ctx, y, f"（1. {aff[0]}，{sc.p} {sc.c}；2. {aff[1]}，{sc.p} {sc.c}）", 9)
    abs_ = (f"摘要：以{sc.x}为研究区域，围绕{title}开展调查与试验，分析了主要影响因素，提出了适合基层推广的技术措施。"
            "结果表明，相关措施可操作性强，效果明显，可为同类地区提供参考。")  # fmt: skip
    y = pg.wrap(22, y + 3, 166, abs_, 10, ctx.body, 1.6)
    y = line_at(pg, ctx, 22, y + 1, f"关键词：{sc.x}；基层；{sc.town}；对策", 10)
    y = line_at(
        pg,
        ctx,
        22,
        y,
        f"中图分类号：S{ctx.rng.randint(100, 899)}    文献标志码：A    文章编号：{j.issn[:4]}-{j.issn[5:]}({year}){int(issue):02d}-0{ctx.rng.randint(10, 99)}-05",
        9,
    )
    return y


def _footnote(pg: Page, ctx: Ctx, sc: Scene, year: int, first: str) -> None:
    pg.line(14, 262, 80, 262, 0.3)
    pg.text(
        14,
        265,
        f"收稿日期：{year - 1}-{ctx.rng.randint(1, 12):02d}-{ctx.rng.randint(1, 28):02d}",
        8.5,
        ctx.body,
    )
    pg.text(
        14,
        271,
        f"作者简介：{first}（{ctx.rng.randint(1968, 1994)}—），{ctx.rng.choice(['男', '女'])}，{sc.p}{sc.x}人，主要从事基层技术推广工作。",
        8.5,
        ctx.body,
    )


def _filler(pg: Page, ctx: Ctx, y: float, x: float = 22, w: float = 166, n: int = 6) -> float:
    s = "基层单位在长期实践中积累了较为丰富的经验，但也存在技术力量薄弱、资料记录不完整等问题。"
    for i in range(n):
        y = para(pg, ctx, x, y + 1, w, f"{i + 1} " + s if i % 3 == 0 else s, 10.5, 1.7)
    return y


def _first(ctx, v, sc, j, year, vol, issue, title, authors, claim):  # noqa: ANN001, ANN202
    pg = Page()
    y = _first_page(pg, ctx, sc, j, year, vol, issue, title, authors)
    _filler(pg, ctx, y + 4)
    _footnote(pg, ctx, sc, year, authors[0])
    return _rec(ctx, v, sc, [pg], j, year, vol, issue, title, authors, claim)


def _contents(ctx, v, sc, j, year, vol, issue, title, authors, claim):  # noqa: ANN001, ANN202
    pg = Page()
    sup, lvl = _sup(ctx, j) if ctx.rng.random() < 0.6 else (None, None)
    y = centre(pg, ctx, 16, j.name, 22, True)
    y = centre(pg, ctx, y, _vi(year, vol, issue), 12)
    y = centre(pg, ctx, y + 2, "目    次", 16, True)
    others = [t for t in PAPERS[sc.sector] + EXTRA[sc.sector] if t != title]
    entries = [(t, sc.names[6 + i : 8 + i]) for i, t in enumerate(ctx.rng.sample(others, 4))]
    entries.insert(ctx.rng.randrange(5), (title, authors))
    page = ctx.rng.randint(1, 30)
    for t, who in entries:
        pg.text(20, y + 2, t, 11.5, ctx.body)
        pg.text(190, y + 2, f"（{page}）", 10.5, ctx.body, "r")
        y = line_at(pg, ctx, 28, y + 8, "  ".join(who), 10)
        page += ctx.rng.randint(4, 9)
    y += 10
    if sup:
        y = line_at(pg, ctx, 20, y, f"主管单位：{sup}", 10.5)
    line_at(pg, ctx, 20, y, f"国际标准连续出版物号：ISSN {j.issn}    国内统一连续出版物号：CN {j.cn}", 10.5)
    return _rec(ctx, v, sc, [pg], j, year, vol, issue, title, authors, claim, lvl, toc=True)


def _cover(ctx, v, sc, j, year, vol, issue, title, authors, claim):  # noqa: ANN001, ANN202
    pg = Page()
    col = ctx.rng.choice([(20, 70, 120), (120, 30, 40), (30, 100, 60)])
    pg.rect(0, 0, 210, 80, 0, fill=col)
    pg.text(105, 20, j.name, fits(j.name, ctx, 40, 190), ctx.bold, "c", (255, 255, 255))
    pg.text(105, 58, f"{year}  第{issue}期", 18, ctx.bold, "c", (255, 255, 255))
    y = 100.0
    pg.text(20, y, "本期要目", 15, ctx.bold, "l", col)
    y += 10
    pg.text(24, y, title, fits(title, ctx, 12.5, 160), ctx.body)
    y = line_at(pg, ctx, 30, y + 7, "  ".join(authors), 10.5)
    other = [t for t in EXTRA[sc.sector] if t != title][0]
    pg.text(24, y, other, 12.5, ctx.body)
    line_at(pg, ctx, 30, y + 7, sc.names[10], 10.5)
    sup, lvl = _sup(ctx, j)
    pg.text(20, 250, f"主管：{sup}", 11, ctx.body)
    if vol:
        pg.text(20, 258, f"月刊  第{vol}卷", 11, ctx.body)
    pg.text(20, 266, f"ISSN {j.issn}", 12, ctx.bold)
    pg.text(20, 274, f"CN {j.cn}", 12, ctx.bold)
    pg.rect(140, 245, 190, 278, 0.3)
    for i in range(28):
        pg.line(143 + i * 1.6, 248, 143 + i * 1.6, 272, 0.3 + (i % 3) * 0.25)
    return _rec(ctx, v, sc, [pg], j, year, vol, issue, title, authors, claim, lvl, toc=True)


def _masthead(ctx, v, sc, j, year, vol, issue, title, authors, claim):  # noqa: ANN001, ANN202
    p1 = Page()
    sup, lvl = _sup(ctx, j)
    y = centre(p1, ctx, 30, j.name, 20, True)
    y = centre(p1, ctx, y, f"（{'月刊' if ctx.rng.random() < 0.5 else '双月刊'}）", 11)
    rows = [["主管单位", sup], ["主办单位", f"{sc.p}省{ctx.rng.choice(['农业科学院', '科学技术情报研究所', '工程学会'])}"],
            ["主    编", sc.names[12]], ["出版日期", f"{year}年{int(issue) if int(issue) <= 12 else 12}月"],
            ["卷    期", _vi(year, vol, issue)], ["国际标准连续出版物号", f"ISSN {j.issn}"],
            ["国内统一连续出版物号", f"CN {j.cn}"], ["定    价", f"{ctx.rng.randint(15, 40)}.00元"]]  # fmt: skip
    p1.table(30, y + 10, [55, 95], rows, 11, ctx.body, 11)
    p2 = Page()
    yy = _first_page(p2, ctx, sc, j, year, vol, issue, title, authors)
    _filler(p2, ctx, yy + 4)
    _footnote(p2, ctx, sc, year, authors[0])
    return _rec(ctx, v, sc, [p1, p2], j, year, vol, issue, title, authors, claim, lvl)


def _twocol(ctx, v, sc, j, year, vol, issue, title, authors, claim):  # noqa: ANN001, ANN202
    pg = Page()
    pg.text(14, 10, f"第{issue}期", 9, ctx.body)
    pg.text(105, 10, f"{authors[0]}等：{title[:8]}…", 9, ctx.body, "c")
    pg.text(196, 10, str(ctx.rng.randint(11, 99)), 9, ctx.body, "r")
    pg.line(14, 15, 196, 15, 0.3)
    y = centre(pg, ctx, 24, title, fits(title, ctx, 17, 180), True)
    y = centre(pg, ctx, y + 1, "    ".join(authors), 12)
    y = centre(pg, ctx, y, f"（{sc.unit(ctx)}，{sc.p}{sc.c} {ctx.rng.randint(410000, 479999)}）", 9)
    y = pg.wrap(
        20,
        y + 3,
        170,
        "[摘 要] 针对基层实际，总结了" + title + "的主要做法和成效，并提出改进建议。",
        10,
        ctx.body,
        1.6,
    )
    y = line_at(pg, ctx, 20, y, "[关键词] 基层；实践；对策", 10)
    ya = yb = y + 4
    ya = _filler(pg, ctx, ya, 14, 86, 8)
    yb = _filler(pg, ctx, yb + 1.25, 110, 86, 8)
    pg.line(14, 278, 196, 278, 0.3)
    pg.text(14, 281, f"{j.name}  {_vi(year, vol, issue)}  ISSN {j.issn}  CN {j.cn}", 8.5, ctx.body)
    return _rec(ctx, v, sc, [pg], j, year, vol, issue, title, authors, claim)


def _copy(ctx, v, sc, j, year, vol, issue, title, authors, claim):  # noqa: ANN001, ANN202
    pg = Page()
    pg.bg = (214, 212, 206)
    y = _first_page(pg, ctx, sc, j, year, vol, issue, title, authors, y0=10)
    _filler(pg, ctx, y + 4, n=8)
    _footnote(pg, ctx, sc, year, authors[0])
    rank = authors.index(claim) + 1
    margin_note(pg, ctx, f"本人第{rank}作者", 150, 288)
    return _rec(ctx, v, sc, [pg], j, year, vol, issue, title, authors, claim)


def _pair(ctx, v, sc, j, year, vol, issue, title, authors, claim):  # noqa: ANN001, ANN202
    c = Page()
    c.bg = GREY_PAPER
    sup, lvl = _sup(ctx, j)
    c.text(105, 40, j.name, fits(j.name, ctx, 36, 180), ctx.bold, "c", (30, 30, 90))
    c.text(105, 80, _vi(year, vol, issue), 16, ctx.body, "c")
    c.text(105, 236, f"主管  {sup}", 12, ctx.body, "c")
    c.text(105, 248, f"ISSN {j.issn}    CN {j.cn}", 13, ctx.bold, "c")
    p = Page()
    y = _first_page(p, ctx, sc, j, year, vol, issue, title, authors)
    _filler(p, ctx, y + 4)
    _footnote(p, ctx, sc, year, authors[0])
    return _rec(ctx, v, sc, [c, p], j, year, vol, issue, title, authors, claim, lvl)


BUILD = {
    "first": _first,
    "contents": _contents,
    "cover": _cover,
    "masthead": _masthead,
    "twocol": _twocol,
    "copy": _copy,
    "pair": _pair,
}
