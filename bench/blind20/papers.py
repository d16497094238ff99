"""Draw 20: journal articles and books (patents, awards and projects in awards.py)."""

from __future__ import annotations

import functools
import re

from bench.blind.common import journals
from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind20 import pools as P
from bench.blind20.awards import award_certificate, patent_certificate, project_completion
from bench.blind20.kit import GREY, centre, fit, lh, make, para, put, ranked, stamp
from bench.blind20.pools import Ctx

__all__ = ["journal_article", "book", "patent_certificate", "award_certificate", "project_completion"]

TOPICAL = re.compile(r"农|水|土|作物|灌|植物|园艺|畜|环境|建筑|土木|林|生态|地理|资源|工程")


@functools.cache
def journal_pool() -> tuple:
    pool = tuple(j for j in journals() if TOPICAL.search(j.name))
    return pool or journals()


REGION = {"41": "河南", "43": "湖南", "42": "湖北", "32": "江苏", "37": "山东", "51": "四川", "61": "陕西",
          "44": "广东", "33": "浙江", "34": "安徽", "36": "江西", "13": "河北", "14": "山西", "23": "黑龙江",
          "22": "吉林", "21": "辽宁", "35": "福建", "53": "云南", "52": "贵州", "62": "甘肃", "46": "海南"}  # fmt: skip
NATIONAL = ["中国科学技术协会", "农业农村部", "水利部", "中国科学院", "教育部", "住房和城乡建设部"]
PROVINCIAL = ["{p}省科学技术协会", "{p}省科学技术厅", "{p}省水利厅", "{p}省农业科学院"]
FILLER = (
    "试验于当地主要生产区布设，采用随机区组设计，设置3次重复。田间管理按当地常规方式进行，"
    "定期测定相关指标并进行统计分析。结果表明，处理间差异达显著水平，综合效益明显提高，"
    "可为区域生产实践提供参考。"
)


def _paper(ctx: Ctx) -> dict:
    rng = ctx.rng
    j = rng.choice(journal_pool())
    year = rng.randint(2017, 2024)
    vol = str(year - rng.randint(1975, 2005)) if rng.random() < 0.7 else None
    issue = str(rng.randint(1, 12))
    prov, city, county = P.locale(rng)
    n = rng.randint(2, 5)
    names = P.people(rng, n)
    units = [P.workplace(rng, county), rng.choice(P.UNIS[prov])]
    aff = [1 if i == 0 or rng.random() < 0.5 else 2 for i in range(n)]
    zipc = {"开封": "475000", "郑州": "450000", "益阳": "413000", "常德": "415000"}[city]
    return {"j": j, "year": year, "vol": vol, "issue": issue, "prov": prov, "city": city, "county": county,
            "names": names, "units": units, "aff": aff, "zip": zipc, "title": P.study_title(rng),
            "claim": rng.choice(names), "page": rng.randint(10, 160)}  # fmt: skip


def _sup(ctx: Ctx, p: dict) -> tuple[str, str]:
    """(printed 主管 line, its level) from the journal's CN region."""
    region = REGION.get(p["j"].cn[:2])
    if region is None or ctx.rng.random() < 0.5:
        return ctx.rng.choice(NATIONAL), "national"
    return ctx.rng.choice(PROVINCIAL).format(p=region), "provincial"


def _art_doc(ctx: Ctx, v: str, pages: list[Page], p: dict, extra: tuple[str, ...] = (),
             skip: tuple[str, ...] = ()) -> Doc:  # fmt: skip
    j = p["j"]
    levels = list(j.base_levels) + list(extra)
    return make("journal_article", f"article20-{v}", pages, p["claim"], p["year"], skip=skip, title=p["title"],
                people=ranked(p["names"], "author"),
                journal={"name": j.name, "issn": j.issn, "cn": j.cn, "year": p["year"], "volume": p["vol"],
                         "issue": p["issue"], "levels": levels})  # fmt: skip


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("article")
    return globals()[f"_art_{v}"](ctx, v, _paper(ctx))


def _volno(p: dict, style: int) -> str:
    if style == 0:
        return (f"第{p['vol']}卷" if p["vol"] else "") + f"第{p['issue']}期"
    if style == 1:
        return f"{p['year']}年第{p['issue']}期" + (f"（第{p['vol']}卷）" if p["vol"] else "")
    return f"{p['year']}, " + (f"{p['vol']}({p['issue']})" if p["vol"] else f"({p['issue']})")


def _byline(pg: Page, ctx: Ctx, p: dict, y: float, size: float = 13) -> float:
    parts = []
    for i, nm in enumerate(p["names"]):
        parts += [(nm, False), (str(p["aff"][i]), True)]
        if i < len(p["names"]) - 1:
            parts.append(("，", False))
    pg.runs(pg.w / 2, y, parts, size, ctx.body)
    y += lh(size)
    aff = "；".join(f"{i + 1}. {u}，{p['prov']} {p['city']} {p['zip']}" for i, u in enumerate(p["units"]))
    w = width_mm(f"（{aff}）", ctx.body, 9.5)
    if w < pg.w - 40:
        put(pg, ctx, pg.w / 2, y, f"（{aff}）", 9.5, "c")
        return y + 8
    return pg.wrap(22, y, pg.w - 44, f"（{aff}）", 9.5, ctx.body, 1.5) + 3


def _art_first(ctx: Ctx, v: str, p: dict) -> Doc:
    j = p["j"]
    pg = Page()
    put(pg, ctx, 18, 12, f"{j.name}", 9)
    put(pg, ctx, 192, 12, _volno(p, 0) + f"  {p['year']}年{ctx.rng.randint(1, 12)}月", 9, "r")
    put(pg, ctx, 192, 17, f"ISSN {j.issn}  CN {j.cn}", 8, "r")
    pg.line(18, 22, 192, 22, 0.4)
    y = fit(pg, ctx, 32, p["title"], 18, 170)
    y = _byline(pg, ctx, p, y + 2)
    y = para(pg, ctx, 22, y + 2, 166, "摘要：" + FILLER, 10, 1.6, False)
    put(pg, ctx, 22, y, "关键词：" + "；".join(ctx.rng.sample(P.CROPS, 2) + ["栽培", "产量"]), 10)
    put(pg, ctx, 22, y + 6, f"中图分类号：S{ctx.rng.randint(100, 899)}    文献标志码：A", 10)
    y += 16
    for _ in range(3):
        y = para(pg, ctx, 18, y, 174, FILLER * 2, 10.5, 1.7)
    pg.line(18, 262, 80, 262, 0.3)
    put(
        pg,
        ctx,
        18,
        265,
        f"收稿日期：{p['year'] - 1}-{ctx.rng.randint(1, 12):02d}-{ctx.rng.randint(1, 28):02d}",
        8,
    )
    put(pg, ctx, 18, 270, f"作者简介：{p['names'][0]}，硕士，主要从事农业技术推广工作。", 8)
    return _art_doc(ctx, v, [pg], p)


def _art_twocol(ctx: Ctx, v: str, p: dict) -> Doc:
    j = p["j"]
    pg = Page()
    put(pg, ctx, 18, 12, f"第{p['issue']}期" if not p["vol"] else f"第{p['vol']}卷 第{p['issue']}期", 9)
    put(pg, ctx, 105, 12, j.name, 9, "c")
    put(pg, ctx, 192, 12, f"{p['year']}年", 9, "r")
    pg.line(18, 17, 192, 17, 0.3)
    put(
        pg,
        ctx,
        18,
        19,
        f"DOI:10.{ctx.rng.randint(13000, 16999)}/j.cnki.{ctx.rng.randrange(10**4):04d}",
        7.5,
        color=GREY,
    )
    y = fit(pg, ctx, 30, p["title"], 17, 170)
    y = _byline(pg, ctx, p, y + 1, 12)
    y = para(pg, ctx, 24, y, 162, "[摘 要] " + FILLER, 9.5, 1.5, False) + 2
    pg.line(18, y, 192, y, 0.3)
    y += 4
    for col in (0, 1):
        x = 18 + col * 89
        yy = y
        for _ in range(4):
            yy = pg.wrap(x, yy, 85, FILLER, 9.5, ctx.body, 1.6, 6)
    put(pg, ctx, 18, 278, f"ISSN {j.issn}", 8)
    put(pg, ctx, 192, 278, f"CN {j.cn}", 8, "r")
    put(pg, ctx, 105, 284, str(p["page"]), 8, "c")
    return _art_doc(ctx, v, [pg], p)


def _art_cover(ctx: Ctx, v: str, p: dict) -> Doc:
    j = p["j"]
    sup, lvl = _sup(ctx, p)
    pg = Page(bg=(236, 242, 236))
    pg.rect(0, 0, 210, 70, 0, fill=(30, 90, 60))
    fit(pg, ctx, 22, j.name, 46, 180, True, (255, 255, 255))
    put(pg, ctx, 105, 56, f"{p['year']}年 第{p['issue']}期" + (f"  第{p['vol']}卷" if p["vol"] else ""), 14, "c",
        color=(255, 255, 255))  # fmt: skip
    pg.rect(25, 90, 185, 200, 0, fill=(200, 215, 200))
    put(pg, ctx, 105, 140, "（封面图片）", 12, "c", color=GREY)
    y = 225
    for s in (f"主管：{sup}", f"主办：{p['units'][1] if ctx.rng.random() < 0.5 else sup + '学会'}",
              f"ISSN {j.issn}", f"CN {j.cn}", "中国科技核心期刊  中国科学引文数据库来源期刊"):  # fmt: skip
        put(pg, ctx, 105, y, s, 11, "c")
        y += 7
    return _art_doc(ctx, v, [pg], p, (lvl,), ("title", "people"))


def _others(ctx: Ctx, n: int) -> list[tuple[str, list[str]]]:
    return [(P.study_title(ctx.rng), P.people(ctx.rng, ctx.rng.randint(1, 4))) for _ in range(n)]


def _art_toc(ctx: Ctx, v: str, p: dict) -> Doc:
    j = p["j"]
    pg = Page()
    put(pg, ctx, 105, 16, j.name, 20, "c", True)
    put(pg, ctx, 105, 27, _volno(p, 1) + f"    ISSN {j.issn}    CN {j.cn}", 10, "c")
    y = centre(pg, ctx, 36, "目    次", 16, True) + 4
    items = _others(ctx, 9)
    pos = ctx.rng.randrange(len(items))
    items[pos] = (p["title"], p["names"])
    page = ctx.rng.randint(1, 40)
    for t, au in items:
        put(pg, ctx, 20, y, t, 11)
        put(pg, ctx, 190, y, str(page), 11, "r")
        put(pg, ctx, 26, y + 6, "，".join(au) + (" 等" if len(au) > 3 else ""), 9.5, color=(70, 70, 70))
        page += ctx.rng.randint(4, 9)
        y += 16
    if len(p["names"]) > 3:
        pass
    return _art_doc(ctx, v, [pg], p, skip=("title", "people"))


def _art_cnki(ctx: Ctx, v: str, p: dict) -> Doc:
    j = p["j"]
    pg = Page(bg=(252, 252, 252))
    pg.rect(0, 0, 210, 16, 0, fill=(20, 70, 150))
    put(pg, ctx, 14, 4, "中国知网  CNKI", 12, color=(255, 255, 255), bold=True)
    put(pg, ctx, 14, 22, f"{j.name}. {_volno(p, 2)}", 10, color=(20, 70, 150))
    y = fit(pg, ctx, 32, p["title"], 17, 180)
    put(pg, ctx, 105, y, "  ".join(p["names"]), 12, "c")
    y += 7
    put(pg, ctx, 105, y, "  ".join(f"{i + 1}.{u}" for i, u in enumerate(p["units"])), 10, "c", color=GREY)
    y += 12
    y = para(pg, ctx, 18, y, 174, "摘要：" + FILLER + FILLER, 10.5, 1.7, False)
    put(pg, ctx, 18, y + 2, "关键词：" + "；".join(ctx.rng.sample(P.CROPS, 3)), 10.5)
    put(pg, ctx, 18, y + 10, f"分类号：S{ctx.rng.randint(100, 899)}", 10.5)
    pg.rect(130, 200, 195, 250, 0.3, (180, 180, 180))
    yy = 204
    for s in (j.name, f"ISSN：{j.issn}", f"CN：{j.cn}", f"出版年期：{p['year']}年{p['issue']}期"):
        put(pg, ctx, 134, yy, s, 9.5)
        yy += 9
    put(
        pg,
        ctx,
        18,
        280,
        f"下载次数：{ctx.rng.randint(20, 400)}    页码：{p['page']}-{p['page'] + 5}",
        9,
        color=GREY,
    )
    return _art_doc(ctx, v, [pg], p)


def _art_masthead(ctx: Ctx, v: str, p: dict) -> Doc:
    j = p["j"]
    sup, lvl = _sup(ctx, p)
    p1 = Page()
    y = centre(p1, ctx, 30, j.name, 22, True)
    y = centre(p1, ctx, y, f"（{p['year']}年第{p['issue']}期）", 12)
    y += 8
    board = P.people(ctx.rng, 12)
    rows_ = [("主    管", sup), ("主    办", p["units"][1]), ("编辑出版", f"《{j.name}》编辑部"),
             ("主    编", board[0]), ("副 主 编", "  ".join(board[1:3])), ("编    委", "  ".join(board[3:9])),
             ("国际标准连续出版物号", f"ISSN {j.issn}"), ("国内统一连续出版物号", f"CN {j.cn}"),
             ("出版日期", f"{p['year']}年{ctx.rng.randint(1, 12)}月")]  # fmt: skip
    for lab, val in rows_:
        put(p1, ctx, 40, y, lab, 11)
        put(p1, ctx, 96, y, val, 11)
        y += 10
    p2 = Page()
    put(p2, ctx, 18, 12, f"{j.name}  {_volno(p, 0)}", 9)
    p2.line(18, 18, 192, 18, 0.3)
    y = fit(p2, ctx, 28, p["title"], 18, 170)
    y = _byline(p2, ctx, p, y + 2)
    for _ in range(4):
        y = para(p2, ctx, 18, y, 174, FILLER * 2, 10.5, 1.7)
    return _art_doc(ctx, v, [p1, p2], p, (lvl,))


def _art_search(ctx: Ctx, v: str, p: dict) -> Doc:
    j = p["j"]
    lib = ctx.rng.choice(P.UNIS[p["prov"]]) + "图书馆"
    pg = Page(w=297, h=210)
    y = centre(pg, ctx, 18, "文献收录检索证明", 22, True) + 4
    claimant = p["claim"]
    y = para(
        pg,
        ctx,
        24,
        y,
        250,
        f"委托人：{claimant}    检索范围：中国科学引文数据库（CSCD）{p['year']}年",
        11,
        1.8,
        False,
    )
    y = (
        para(pg, ctx, 24, y, 250, "经检索，委托人提供的以下论文被上述数据库收录，特此证明。", 11, 1.8, False)
        + 2
    )
    tab = [["序号", "题名", "作者", "来源期刊", "年/卷/期", "ISSN", "CN"],
           ["1", p["title"], "，".join(p["names"]), j.name,
            f"{p['year']}/{p['vol'] or '-'}/{p['issue']}", j.issn, j.cn]]  # fmt: skip
    y = pg.table(14, y, [12, 78, 50, 40, 30, 28, 30], tab, 9.5, ctx.body, 16, header_font=ctx.bold)
    put(pg, ctx, 260, y + 20, f"{lib}（盖章）", 12, "r")
    put(pg, ctx, 260, y + 30, "检索人：" + P.people(ctx.rng, 1)[0], 12, "r")
    stamp(pg, ctx, 235, y + 24, lib, 19)
    return _art_doc(ctx, v, [pg], p)


# ---- books ----------------------------------------------------------------------------------
PRESSES = [
    ("中国农业出版社", "北京", "109"), ("中国水利水电出版社", "北京", "5170"), ("黄河水利出版社", "郑州", "5509"),
    ("河南科学技术出版社", "郑州", "5349"), ("湖南科学技术出版社", "长沙", "5710"), ("中国建筑工业出版社", "北京", "112"),
    ("化学工业出版社", "北京", "122"), ("中国农业科学技术出版社", "北京", "5116"),
]  # fmt: skip
BOOKS = ["{t}技术手册", "{t}实用技术", "{t}理论与实践", "{t}问答", "基层{t}工作指南", "{t}研究"]
FOREIGN = [
    ("[美]", "David R. Miller"),
    ("[英]", "Helen Carter"),
    ("[澳]", "Peter J. Grant"),
    ("[日]", "佐藤健一"),
]


def _book(ctx: Ctx) -> dict:
    rng = ctx.rng
    press, city, pre = rng.choice(PRESSES)
    body = "".join(str(rng.randrange(10)) for _ in range(8 - len(pre)))
    d12 = f"9787{pre}{body}"
    isbn = f"978-7-{pre}-{body}-{P.isbn_digit(d12)}"
    y, m = rng.randint(2015, 2024), rng.randint(1, 12)
    topic = rng.choice(P.PROFESSIONAL)
    return {"press": press, "city": city, "isbn": isbn, "y": y, "m": m, "edition": f"{y}年{m}月第1版",
            "title": rng.choice(BOOKS).format(t=topic), "names": P.people(rng, 12)}  # fmt: skip


def _book_doc(ctx: Ctx, v: str, pages: list[Page], b: dict, people: list[dict], cover: bool = False) -> Doc:
    who = ctx.rng.choice([p["name"] for p in people if re.search(r"[\u4e00-\u9fff]{2}", p["name"])])
    year = b["y"]
    return make("book", f"book20-{v}", pages, who, year, title=b["title"], people=people, issuer=b["press"],
                issued_on=None if cover else P.iso_month(b["y"], b["m"]),
                book={"isbn": None if cover else b["isbn"], "publisher": b["press"],
                      "edition": None if cover else b["edition"]})  # fmt: skip


def _editors(
    b: dict, n_chief: int, n_dep: int, n_board: int
) -> tuple[list[str], list[str], list[str], list[dict]]:
    ns = b["names"]
    chief, dep, board = (
        ns[:n_chief],
        ns[n_chief : n_chief + n_dep],
        ns[n_chief + n_dep : n_chief + n_dep + n_board],
    )
    people = ranked(chief, "editor_in_chief") + ranked(dep, "deputy_editor", n_chief + 1)
    people += ranked(board, "editorial_board", n_chief + n_dep + 1)
    return chief, dep, board, people


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    return globals()[f"_book_{v}"](ctx, v, _book(ctx))


def _book_cover(ctx: Ctx, v: str, b: dict) -> Doc:
    pg = Page(bg=(246, 240, 226))
    pg.rect(0, 40, 210, 120, 0, fill=(60, 110, 80))
    fit(pg, ctx, 66, b["title"], 34, 190, True, (255, 255, 255))
    chief, dep, _, people = _editors(b, ctx.rng.randint(1, 2), ctx.rng.randint(0, 2), 0)
    y = 150
    put(pg, ctx, 105, y, "  ".join(chief) + "  主编", 15, "c")
    if dep:
        put(pg, ctx, 105, y + 10, "  ".join(dep) + "  副主编", 13, "c")
    put(pg, ctx, 105, 262, b["press"], 16, "c", True)
    return _book_doc(ctx, v, [pg], b, people, cover=True)


def _cip_block(pg: Page, ctx: Ctx, b: dict, who: str, y: float, x: float = 24, w: float = 162) -> float:
    put(pg, ctx, x, y, "图书在版编目（CIP）数据", 11, bold=True)
    y += 8
    y = pg.wrap(
        x, y, w, f"{b['title']}/{who}. —{b['city']}：{b['press']}，{b['y']}.{b['m']}", 10, ctx.body, 1.6
    )
    put(pg, ctx, x, y, f"ISBN {b['isbn']}", 10)
    y += 6
    put(pg, ctx, x, y, f"Ⅰ.①{b['title'][:2]}…  Ⅱ.①{who[:2]}…  Ⅲ.①{b['title'][2:4]}…  Ⅳ.①S2", 10)
    y += 8
    put(pg, ctx, x, y, f"中国版本图书馆CIP数据核字（{b['y']}）第{ctx.rng.randint(10000, 299999):06d}号", 10)
    return y + 8


def _colophon(pg: Page, ctx: Ctx, b: dict, y: float, x: float = 24) -> float:
    lines = [f"出版发行：{b['press']}", "开本：787mm×1092mm  1/16", f"印张：{ctx.rng.randint(8, 22)}",
             f"字数：{ctx.rng.randint(180, 520)}千字", f"版次：{b['edition']}",
             f"印次：{b['y']}年{b['m']}月第1次印刷", f"定价：{ctx.rng.randint(28, 98)}.00元"]  # fmt: skip
    for s in lines:
        put(pg, ctx, x, y, s, 10)
        y += 6.5
    return y


def _book_cip(ctx: Ctx, v: str, b: dict) -> Doc:
    chief, dep, _, people = _editors(b, ctx.rng.randint(1, 2), ctx.rng.randint(0, 3), 0)
    pg = Page()
    y = _cip_block(pg, ctx, b, "、".join(chief) + "主编", 120)
    pg.line(24, y, 186, y, 0.3)
    y = rows_(
        pg, ctx, y + 4, [f"主　编：{'  '.join(chief)}"] + ([f"副主编：{'  '.join(dep)}"] if dep else [])
    )
    _colophon(pg, ctx, b, y + 4)
    put(pg, ctx, 105, 275, "版权所有  侵权必究", 9, "c")
    return _book_doc(ctx, v, [pg], b, people)


def rows_(pg: Page, ctx: Ctx, y: float, lines: list[str]) -> float:
    for s in lines:
        put(pg, ctx, 24, y, s, 10)
        y += 6.5
    return y


def _book_title(ctx: Ctx, v: str, b: dict) -> Doc:
    n = ctx.rng.randint(1, 3)
    authors = b["names"][:n]
    p1 = Page()
    fit(p1, ctx, 80, b["title"], 28, 180)
    put(p1, ctx, 105, 130, "  ".join(authors) + "  著", 15, "c")
    put(p1, ctx, 105, 250, b["press"], 14, "c")
    put(p1, ctx, 105, 258, f"·{b['city']}·", 11, "c")
    p2 = Page()
    y = rows_(p2, ctx, 150, [f"书　　名：{b['title']}", f"作　　者：{'　'.join(authors)}", f"出　　版：{b['press']}",
                             f"书　　号：ISBN {b['isbn']}"])  # fmt: skip
    _colophon(p2, ctx, b, y + 2)
    return _book_doc(ctx, v, [p1, p2], b, ranked(authors, "author"))


def _book_board(ctx: Ctx, v: str, b: dict) -> Doc:
    chief, dep, board, people = _editors(
        b, ctx.rng.randint(1, 2), ctx.rng.randint(1, 3), ctx.rng.randint(4, 6)
    )
    p1 = Page()
    y = centre(p1, ctx, 50, "编 委 会", 20, True) + 10
    for lab, ns in (("主　编", chief), ("副主编", dep), ("编　委", board)):
        put(p1, ctx, 40, y, lab, 13)
        x = 70
        for nm in ns:
            if x > 165:
                x, y = 70, y + 10
            put(p1, ctx, x, y, nm, 13)
            x += 30
        y += 16
    if board:
        put(p1, ctx, 105, y + 4, "（编委按姓氏笔画排序）", 10, "c", color=GREY)
    p2 = Page()
    y = _cip_block(p2, ctx, b, "、".join(chief) + "主编", 110)
    _colophon(p2, ctx, b, y + 4)
    return _book_doc(ctx, v, [p1, p2], b, people)


def _book_transl(ctx: Ctx, v: str, b: dict) -> Doc:
    nat, orig = ctx.rng.choice(FOREIGN)
    n = ctx.rng.randint(1, 2)
    tr = b["names"][:n]
    pg = Page()
    put(pg, ctx, 24, 40, f"著作权合同登记号  图字：01-{b['y'] - 1}-{ctx.rng.randint(1000, 7999)}", 10)
    y = _cip_block(pg, ctx, b, f"{nat}{orig}著；{'，'.join(tr)}译", 110)
    put(
        pg,
        ctx,
        24,
        y,
        f"原书名：{b['title']}（英文版）" if nat != "[日]" else f"原书名：{b['title']}（日文版）",
        10,
    )
    y = rows_(pg, ctx, y + 8, [f"著　者：{nat}{orig}", f"译　者：{'  '.join(tr)}"])
    _colophon(pg, ctx, b, y + 4)
    people = [{"name": orig, "rank": 1, "role": "author"}] + ranked(tr, "translator", 2)
    return _book_doc(ctx, v, [pg], b, people)


def _book_spread(ctx: Ctx, v: str, b: dict) -> Doc:
    chief, dep, _, people = _editors(b, ctx.rng.randint(1, 2), ctx.rng.randint(0, 2), 0)
    pg = Page(w=297, h=210, bg=(240, 240, 238))
    pg.rect(10, 10, 143, 200, 0.4, fill=(250, 250, 250))
    pg.rect(154, 10, 287, 200, 0.4, fill=(250, 250, 250))
    size = 22
    while width_mm(b["title"], ctx.bold, size) > 120:
        size -= 1
    pg.text(76, 60, b["title"], size, ctx.bold, "c")
    put(pg, ctx, 76, 100, "  ".join(chief) + "  主编", 12, "c")
    if dep:
        put(pg, ctx, 76, 109, "  ".join(dep) + "  副主编", 11, "c")
    put(pg, ctx, 76, 180, b["press"], 12, "c")
    y = _cip_block(pg, ctx, b, "、".join(chief) + "主编", 60, 160, 122)
    _colophon(pg, ctx, b, y + 2, 160)
    return _book_doc(ctx, v, [pg], b, people)


def _book_colophon(ctx: Ctx, v: str, b: dict) -> Doc:
    n = ctx.rng.randint(1, 2)
    authors = b["names"][:n]
    pg = Page()
    for _ in range(1):
        para(pg, ctx, 24, 24, 162, "……" + FILLER, 11, 1.8)
    pg.rect(45, 170, 165, 262, 0.5)
    y = 176
    put(pg, ctx, 105, y, b["title"], 13, "c", True)
    y += 9
    for s in (f"{'、'.join(authors)}  编著", f"{b['press']}出版发行", f"（{b['city']}市）",
              f"{b['edition']}  {b['y']}年{b['m']}月第1次印刷", f"ISBN {b['isbn']}",
              f"定价：{ctx.rng.randint(25, 80)}.00元"):  # fmt: skip
        put(pg, ctx, 105, y, s, 10.5, "c")
        y += 7.5
    return _book_doc(ctx, v, [pg], b, ranked(authors, "author"))


_ = (stamp,)
