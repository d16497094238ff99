"""Draw 50's journal articles: first pages with footnote blocks, covers with contents, contents pages, database
records printed from a browser, a cover with the first page behind it, and a two-column first page with its
citation block."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind50 import kit
from bench.blind50.kit import GREY, INK, fit, lh, para
from bench.blind50.pools import (
    JOURNALS,
    City,
    Ctx,
    Profession,
    era,
    fmt_date,
    journal_levels,
    names,
    pinyin,
    unit,
    zhuguan,
)  # fmt: skip
from bench.blind50.training import claim, make_doc
from bench.generator.truth import person

JA = "journal_article"
FILLER = ("针对当前工作中存在的突出问题，本文在系统梳理国内外研究进展的基础上，结合{c}地区多年实测资料，"
          "采用现场调查、室内试验与统计分析相结合的方法开展研究。结果表明，所提方法能够较好地反映实际情况，"
          "相关指标较传统方法提高{a}%以上，可为同类工作提供参考。")  # fmt: skip
INTRO = (
    "近年来，随着相关行业的快速发展，{t}问题日益受到重视。", "已有研究多集中于大中城市或典型区域，针对县域及基层的系统研究相对较少。",
    "国内学者围绕该问题开展了大量工作，在监测手段、评价指标和技术规范等方面取得了一定进展。",
    "然而，受资料条件和地域差异影响，现有方法在基层推广应用中仍存在适用性不足、操作复杂等问题。",
    "为此，本文以{c}为例，在实地调查的基础上，对上述问题进行了系统分析。",
    "研究区位于黄河下游冲积平原，属暖温带大陆性季风气候，年均气温14 °C左右，年均降水量约650 mm。",
    "试验于{y}年3—10月进行，共设置样点{n}个，每个样点重复3次。",
    "数据采用Excel 2016和SPSS 22.0进行整理与统计分析，差异显著性采用LSD法检验。",
    "本文旨在为同类地区的实际工作提供技术参考，也为相关管理部门制定政策提供依据。",
)  # fmt: skip
FUNDS = ("河南省科技攻关项目", "山东省自然科学基金项目", "国家重点研发计划项目", "国家自然科学基金项目",
         "河南省高等学校重点科研项目", "泰安市科技创新发展项目", "开封市科技发展计划项目")  # fmt: skip
CLC = {"pharm": "R95", "water": "TV93", "vet": "S852", "forest": "S718", "radio": "R445", "survey": "P231",
       "power": "TM73", "eye": "R778", "seed": "S512", "env": "X83", "met": "P458", "nurse": "R473",
       "civil": "U445"}  # fmt: skip


@dataclass
class Article:
    c: City
    p: Profession
    key: str
    name: str
    issn: str
    cn: str
    en: str
    year: int
    volume: int
    issue: int
    month: int
    title: str
    authors: list[str]
    claimant: str
    affs: list[str]
    marks: list[list[int]]
    first: int
    pages: int


def _article(ctx: Ctx) -> Article:
    rng = ctx.rng
    c = ctx.city()
    y = ctx.year(c)
    p = ctx.profession("journals")
    key = rng.choice(p.journals)
    j = JOURNALS[key]
    per_year = j[8]
    issue = rng.randint(1, per_year)
    month = issue if per_year == 12 else (issue * 2 if per_year == 6 else (issue + 1) // 2)
    n = rng.choice((1, 2, 2, 3, 3, 4, 5))
    authors = names(rng, n)
    claimant = rng.choice(authors)
    affs = [unit(p, c, rng)]
    if n > 1 and rng.random() < 0.7:
        affs.append(
            rng.choice(c.universities)
            + rng.choice(
                (
                    "水利与环境学院",
                    "生命科学学院",
                    "医学院",
                    "农学院",
                    "土木建筑学院",
                    "资源与环境学院",
                    "信息工程学院",
                )
            )
        )
    if n > 2 and rng.random() < 0.4:
        third = unit(p, c, rng)
        if third not in affs:
            affs.append(third)
    marks = [[1]] * n if len(affs) == 1 else [[rng.randint(1, len(affs))] for _ in range(n)]
    for a in range(len(affs)):
        if not any(a + 1 in m for m in marks):
            marks[min(a, n - 1)] = sorted(set(marks[min(a, n - 1)] + [a + 1]))
    first = rng.randint(1, 180) * 8 + 1
    return Article(c, p, key, j[0], j[1], j[2], j[3], y, y - j[7], issue, month, rng.choice(era(p.articles, c)),
                   authors, claimant, affs, marks, first, rng.randint(6, 12))  # fmt: skip


def _fields(a: Article, zhuguan_printed: bool, with_article: bool = True) -> tuple[dict, list[str]]:
    fields = {
        "title": a.title,
        "people": [person(n, i, "author") for i, n in enumerate(a.authors, 1)],
        "journal": {"name": a.name, "issn": a.issn, "cn": a.cn, "year": a.year, "volume": str(a.volume),
                    "issue": str(a.issue), "levels": journal_levels(a.key, a.year, zhuguan_printed)},
    }  # fmt: skip
    scored = ["journal.name", "journal.issn", "journal.cn", "journal.year", "journal.volume", "journal.issue",
              "journal.levels"]  # fmt: skip
    if with_article:
        scored = ["title", "people"] + scored
    return fields, scored


def journal_article(ctx: Ctx, k: int) -> Doc:
    layout = ctx.layout(JA)
    return {
        "first_page": _first_page, "cover_toc": _cover_toc, "toc_only": _toc_only, "db_record": _db_record,
        "cover_first": _cover_first, "twocol_cite": _twocol,
    }[layout](ctx, layout)  # fmt: skip


def _byline(pg: Page, ctx: Ctx, a: Article, y: float, size: float = 12.5, sep: str = "，") -> float:
    parts: list[tuple[str, bool]] = []
    for i, (n, m) in enumerate(zip(a.authors, a.marks, strict=True)):
        parts.append((n, False))
        if len(a.affs) > 1 or ctx.rng.random() < 0.5:
            parts.append((",".join(map(str, m)), True))
        if i < len(a.authors) - 1:
            parts.append((sep, False))
    return pg.runs(pg.w / 2, y, parts, size, ctx.body)


def _affs_line(a: Article) -> str:
    pc = {"kaifeng": ("河南", "开封", "4750"), "taian": ("山东", "泰安", "2710")}[a.c.key]
    items = [f"{i}. {af}，{pc[0]} {pc[1]} {pc[2]}{i * 2 + 1:02d}" for i, af in enumerate(a.affs, 1)]
    if len(items) == 1:
        items = [items[0][3:]]
    return "（" + "；".join(items) + "）"


def _footnote(a: Article, ctx: Ctx) -> list[str]:
    rng = ctx.rng
    got = dt.date(a.year - (1 if a.month < 5 else 0), (a.month + 6) % 12 + 1, rng.randint(1, 28))
    lead = a.authors[0]
    born = rng.randint(1972, 1992)
    out = [f"收稿日期：{fmt_date(got, 'iso')}" + (f"；修回日期：{fmt_date(got + dt.timedelta(days=rng.randint(30, 80)), 'iso')}"
                                             if rng.random() < 0.6 else "")]  # fmt: skip
    if rng.random() < 0.8:
        out.append(f"基金项目：{rng.choice(FUNDS)}（{rng.randint(1, 9)}{rng.randint(10**9, 10**10 - 1)}）")
    out.append(f"作者简介：{lead}（{born}—），{rng.choice(('男', '女'))}，{a.c.prov_short}{a.c.short}人，"
               f"{rng.choice(a.p.titles)}，主要从事{a.p.who.replace('人员', '').replace('技术', '')}相关研究。"
               f"E-mail：{pinyin(lead).split()[0].lower()}{rng.randint(10, 99)}@163.com")  # fmt: skip
    if len(a.authors) > 1 and rng.random() < 0.5:
        out.append(f"通信作者：{a.authors[-1]}")
    return out


def _first_page_body(pg: Page, ctx: Ctx, a: Article, y: float, cols: int = 1) -> None:
    """Title, byline, affiliations, abstract, keywords, English byline, the start of the text and the footnote."""
    rng = ctx.rng
    for ln in kit.title_lines(a.title, 22):
        fit(pg, pg.w / 2, y, ln, 18, ctx.bold, pg.w - 36, "c")
        y += lh(18, 1.5)
    y += 2
    y = _byline(pg, ctx, a, y)
    y = kit.para(pg, 22, y, pg.w - 44, _affs_line(a), 8.5, ctx.body, 1.5, indent=False) + 2
    abstract = "摘要：" + FILLER.format(c=a.c.short, a=rng.randint(8, 35))
    y = kit.para(pg, 22, y, pg.w - 44, abstract, 9, ctx.body, 1.6, indent=False)
    kws = "关键词：" + "；".join(
        rng.sample(("基层", a.c.short, "评价", "监测", "模型", "技术规程", "质量控制", "县域"), 4)
    )
    pg.text(22, y, kws, 9, ctx.body)
    y += lh(9, 1.7)
    pg.text(22, y, f"中图分类号：{CLC.get(a.p.key, 'R')}    文献标志码：A", 9, ctx.body)
    y += lh(9, 2.0)
    parts: list[tuple[str, bool]] = []
    for i, (n, m) in enumerate(zip(a.authors, a.marks, strict=True)):
        parts.append((pinyin(n), False))
        if len(a.affs) > 1:
            parts.append((",".join(map(str, m)), True))
        if i < len(a.authors) - 1:
            parts.append((", ", False))
    y = pg.runs(pg.w / 2, y, parts, 9.5, ctx.body) + 2
    pg.line(22, y, pg.w - 22, y, 0.3)
    y += 4
    foot = _footnote(a, ctx)
    foot_h = len(foot) * lh(8, 1.6) + 10 + 8
    bottom = pg.h - 18 - foot_h
    heading = "0  引言"
    if cols == 1:
        pg.text(22, y, heading, 11, ctx.bold)
        y += lh(11, 1.8)
        text = _intro(ctx, a)
        line_h = lh(10, 1.7)
        lines_fit = int((bottom - y) // line_h)
        _fill(pg, ctx, 22, y, pg.w - 44, text, 10, lines_fit)
    else:
        colw = (pg.w - 44 - 6) / 2
        for ci in range(2):
            x = 22 + ci * (colw + 6)
            yy = y
            if ci == 0:
                pg.text(x, yy, heading, 10.5, ctx.bold)
                yy += lh(10.5, 1.8)
            text = _intro(ctx, a)
            _fill(pg, ctx, x, yy, colw, text[ci * 40 :], 9.5, int((bottom - yy) // lh(9.5, 1.7)))
    yf = pg.h - 18 - foot_h + 6
    pg.line(22, yf, 80, yf, 0.3)
    yf += 2.5
    for s in foot:
        yf = kit.para(pg, 22, yf, pg.w - 44, s, 7.5, ctx.body, 1.5, indent=False)


def _intro(ctx: Ctx, a: Article) -> str:
    parts = list(INTRO[:5])
    rest = list(INTRO[5:])
    ctx.rng.shuffle(rest)
    topic = a.title[:10].rstrip("的与及中在和对")
    return "".join(parts + rest).format(t=topic, c=a.c.name, y=a.year - 1, n=ctx.rng.randint(12, 60)) * 2


def _fill(pg: Page, ctx: Ctx, x: float, y: float, w: float, text: str, size: float, max_lines: int) -> None:
    cur, n = "", 0
    for ch in text:
        if n >= max_lines:
            return
        if cur and width_mm(cur + ch, ctx.body, size) > w and ch not in "，。、；：）”％%":
            pg.text(x, y, cur, size, ctx.body)
            y += lh(size, 1.7)
            n += 1
            cur = ch
        else:
            cur += ch
    if cur and n < max_lines:
        pg.text(x, y, cur, size, ctx.body)


def _running_head(pg: Page, ctx: Ctx, a: Article, style: int) -> None:
    if style == 0:
        pg.text(22, 12, f"第{a.volume}卷 第{a.issue}期", 8.5, ctx.body)
        pg.text(pg.w / 2, 12, a.name, 9.5, ctx.bold, "c")
        pg.text(pg.w - 22, 12, f"{a.year}年{a.month}月", 8.5, ctx.body, "r")
        pg.text(22, 17, f"Vol.{a.volume} No.{a.issue}", 7.5, ctx.body, "l", GREY)
        pg.text(pg.w / 2, 17, a.en, 7.5, ctx.body, "c", GREY)
        pg.text(pg.w - 22, 17, f"ISSN {a.issn}  CN {a.cn}", 7.5, ctx.body, "r", GREY)
        pg.line(22, 22, pg.w - 22, 22, 0.4)
    else:
        pg.text(
            22,
            12,
            f"{a.name}  {a.year}，{a.volume}（{a.issue}）：{a.first}-{a.first + a.pages - 1}",
            8.5,
            ctx.body,
        )
        pg.text(pg.w - 22, 12, f"CN {a.cn}", 8.5, ctx.body, "r")
        pg.text(22, 17, f"{a.en}", 7.5, ctx.body, "l", GREY)
        pg.text(pg.w - 22, 17, f"ISSN {a.issn}", 7.5, ctx.body, "r", GREY)
        pg.line(22, 22, pg.w - 22, 22, 0.4)


def _first_page(ctx: Ctx, layout: str) -> Doc:
    a = _article(ctx)
    pg = Page()
    _running_head(pg, ctx, a, ctx.rng.randrange(2))
    pg.text(
        22,
        27,
        f"文章编号：{a.issn}({a.year}){a.issue:02d}-{a.first:04d}-{a.pages:02d}",
        8,
        ctx.body,
        "l",
        GREY,
    )
    if ctx.rng.random() < 0.5:
        pg.text(pg.w - 22, 27, f"DOI：10.{ctx.rng.randint(11000, 13999)}/j.issn.{a.issn}.{a.year}.{a.issue:02d}.{ctx.rng.randint(1, 30):03d}",
                8, ctx.body, "r", GREY)  # fmt: skip
    _first_page_body(pg, ctx, a, 36)
    pg.text(pg.w / 2, pg.h - 10, str(a.first), 8.5, ctx.body, "c")
    fields, scored = _fields(a, False)
    return make_doc(JA, layout, [pg], fields, scored, claim(a.claimant, a.year, a.c))


def _cover(ctx: Ctx, a: Article) -> Page:
    rng = ctx.rng
    pg = Page()
    band = rng.choice(((20, 70, 130), (120, 30, 40), (30, 100, 70), (60, 60, 60)))
    pg.rect(0, 0, pg.w, 80, 0, band, band)
    fit(pg, pg.w / 2, 22, a.name, 48 if len(a.name) <= 4 else 36, ctx.bold, pg.w - 30, "c", (255, 255, 255))
    fit(pg, pg.w / 2, 60, a.en.upper(), 12, ctx.body, pg.w - 30, "c", (230, 230, 230))
    freq = "月刊" if JOURNALS[a.key][8] == 12 else ("双月刊" if JOURNALS[a.key][8] == 6 else "半月刊")
    pg.text(pg.w / 2, 92, f"{a.year}年  第{a.volume}卷  第{a.issue}期（{freq}）", 15, ctx.body, "c")
    pg.text(pg.w / 2, 103, f"Vol.{a.volume}  No.{a.issue}  {a.year}", 10, ctx.body, "c", GREY)
    pg.rect(25, 120, pg.w - 25, 215, 0, (235, 235, 235), (235, 235, 235))
    pg.text(pg.w / 2, 163, rng.choice(("中国科学引文数据库（CSCD）来源期刊", "中文核心期刊", "中国科技核心期刊")), 12,
            ctx.body, "c", GREY)  # fmt: skip
    zg = zhuguan(a.key, a.year)
    y = 228.0
    if zg:
        pg.text(30, y, f"主管：{zg}", 10.5, ctx.body)
        y += 7
    pg.text(30, y, f"主办：{JOURNALS[a.key][6]}", 10.5, ctx.body)
    pg.text(pg.w - 30, 228, f"ISSN {a.issn}", 11, ctx.body, "r")
    pg.text(pg.w - 30, 236, f"CN {a.cn}", 11, ctx.body, "r")
    kit.qr(pg, ctx, pg.w - 45, 250, 18)
    return pg


def _toc_rows(ctx: Ctx, a: Article) -> tuple[list[tuple[str, list[str], int]], int]:
    """The contents: (title, authors, page) entries with the claimant's article among neighbours."""
    rng = ctx.rng
    pool = [t for q in ctx_pool(a) for t in era(q.articles, a.c) if t != a.title]
    suffix = ("研究", "的应用研究", "现状与对策", "效果评价", "关键问题探讨")
    pool += [t + rng.choice(suffix) for q in ctx_pool(a) for t in era(q.topics, a.c)]
    pool = list(dict.fromkeys(pool))
    rng.shuffle(pool)
    n = rng.randint(6, 9)
    at = rng.randrange(n)
    rows, page = [], rng.randint(1, 40)
    taken = set(a.authors)
    for i in range(n):
        if i == at:
            rows.append((a.title, a.authors, page))
            a.first = page
        else:
            rows.append((pool[i % len(pool)], names(rng, rng.randint(1, 4), taken), page))
        page += rng.randint(6, 12)
    return rows, at


def ctx_pool(a: Article) -> list[Profession]:
    from bench.blind50.pools import PROFESSIONS

    return [q for q in PROFESSIONS if a.key in q.journals] or [a.p]


def _draw_toc(pg: Page, ctx: Ctx, a: Article, y: float, rows: list[tuple[str, list[str], int]]) -> float:
    pg.text(pg.w / 2, y, "目    次", 18, ctx.bold, "c")
    y += lh(18, 1.5)
    pg.text(pg.w / 2, y, "CONTENTS", 9, ctx.body, "c", GREY)
    y += lh(9, 2.2)
    sec = ctx.rng.choice(("研究论文", "试验研究", "综述", "技术与方法"))
    pg.text(24, y, f"·{sec}·", 11, ctx.bold)
    y += lh(11, 1.9)
    for title, auth, page in rows:
        size = 10.5
        tl = kit.title_lines(title, 30)
        for j, ln in enumerate(tl):
            fit(pg, 28, y, ln, size, ctx.body, 140)
            if j == len(tl) - 1:
                pg.text(pg.w - 24, y, f"（{page}）", size, ctx.body, "r")
            y += lh(size, 1.45)
        pg.text(34, y, "  ".join(auth), 9.5, ctx.body, "l", (70, 70, 70))
        y += lh(9.5, 2.0)
    return y


def _toc_fields(a: Article, rows: list, zhuguan_printed: bool) -> tuple[dict, list[str]]:
    fields, scored = _fields(a, zhuguan_printed, with_article=False)
    fields["contents"] = [
        {"title": t, "people": [person(n, i, "author") for i, n in enumerate(au, 1)]} for t, au, _ in rows
    ]
    return fields, scored


def _cover_toc(ctx: Ctx, layout: str) -> Doc:
    a = _article(ctx)
    cover = _cover(ctx, a)
    toc = Page()
    toc.text(
        24, 14, f"{a.name}    第{a.volume}卷第{a.issue}期    {a.year}年{a.month}月", 9, ctx.body, "l", GREY
    )
    toc.line(24, 20, toc.w - 24, 20, 0.3)
    rows, _ = _toc_rows(ctx, a)
    _draw_toc(toc, ctx, a, 28, rows)
    fields, scored = _toc_fields(a, rows, zhuguan(a.key, a.year) is not None)
    return make_doc(JA, layout, [cover, toc], fields, scored, claim(a.claimant, a.year, a.c))


def _toc_only(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    a = _article(ctx)
    pg = Page()
    freq = "月刊" if JOURNALS[a.key][8] == 12 else ("双月刊" if JOURNALS[a.key][8] == 6 else "半月刊")
    pg.text(24, 14, a.name, 16, ctx.bold)
    pg.text(24 + width_mm(a.name, ctx.bold, 16) + 4, 17, f"（{freq}）", 9, ctx.body)
    pg.text(pg.w - 24, 14, f"{a.year}年第{a.volume}卷第{a.issue}期", 10, ctx.body, "r")
    pg.text(pg.w - 24, 20, f"ISSN {a.issn}    CN {a.cn}", 8.5, ctx.body, "r", GREY)
    pg.line(24, 26, pg.w - 24, 26, 0.8)
    rows, _ = _toc_rows(ctx, a)
    y = _draw_toc(pg, ctx, a, 32, rows)
    printed = False
    zg = zhuguan(a.key, a.year)
    if zg and rng.random() < 0.5 and y < pg.h - 45:
        printed = True
        yb = pg.h - 40
        kit.shade(pg, 22, yb - 3, pg.w - 22, yb + 22)
        pg.text(26, yb, f"主管单位：{zg}", 8.5, ctx.body)
        pg.text(26, yb + 6, f"主办单位：{JOURNALS[a.key][6]}", 8.5, ctx.body)
        pg.text(26, yb + 12, f"编辑出版：《{a.name}》编辑部", 8.5, ctx.body)
        pg.text(pg.w - 26, yb, f"国际标准连续出版物号：ISSN {a.issn}", 8.5, ctx.body, "r")
        pg.text(pg.w - 26, yb + 6, f"国内统一连续出版物号：CN {a.cn}", 8.5, ctx.body, "r")
    fields, scored = _toc_fields(a, rows, printed)
    return make_doc(JA, layout, [pg], fields, scored, claim(a.claimant, a.year, a.c))


def _db_record(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    a = _article(ctx)
    pg = Page()
    site = rng.choice(("知源学术期刊总库", "万维科技文献服务平台", "华文期刊知识库"))
    now = dt.date(a.year + rng.choice((0, 1)), rng.randint(1, 12), rng.randint(1, 28))
    kit.browser_print(pg, ctx, f"{now.year}/{now.month}/{now.day} {rng.randint(8, 22)}:{rng.randint(10, 59)}",
                      f"{a.title} - {site}", f"https://kns.{rng.choice(('zhiyuan', 'wwkj', 'huawen'))}.cn/detail/"
                      f"{a.issn.replace('-', '')}{a.year}{a.issue:02d}{rng.randint(100, 999)}")  # fmt: skip
    pg.rect(10, 12, pg.w - 10, 26, 0, (25, 80, 160), (25, 80, 160))
    pg.text(16, 15.5, site, 13, ctx.bold, "l", (255, 255, 255))
    pg.rect(100, 15, pg.w - 35, 23, 0, (255, 255, 255), (255, 255, 255))
    pg.text(pg.w - 14, 16.5, "检索", 9, ctx.sans, "r", (255, 255, 255))
    y = 34.0
    src = f"《{a.name}》{a.year}年第{a.volume}卷第{a.issue:02d}期  P{a.first}-{a.first + a.pages - 1}"
    pg.text(16, y, src, 9, ctx.sans, "l", (25, 80, 160))
    y += 9
    for ln in kit.title_lines(a.title, 26):
        fit(pg, pg.w / 2, y, ln, 15, ctx.bold, pg.w - 40, "c")
        y += lh(15, 1.5)
    y += 1
    fit(pg, pg.w / 2, y, "    ".join(f"{n}{''.join(map(str, m)) if len(a.affs) > 1 else ''}" for n, m in
                                    zip(a.authors, a.marks, strict=True)), 11, ctx.body, pg.w - 40, "c")  # fmt: skip
    y += lh(11, 1.8)
    affs = "    ".join(f"{i}. {af}" for i, af in enumerate(a.affs, 1)) if len(a.affs) > 1 else a.affs[0]
    y = kit.para(pg, 20, y, pg.w - 40, affs, 9, ctx.body, 1.5, indent=False) + 3
    items = [
        ("摘要", FILLER.format(c=a.c.short, a=rng.randint(8, 30))),
        ("关键词", "；".join(rng.sample(("基层", "评价", "监测", "模型", "规范", "县域", a.c.short), 4))),
        ("基金资助", rng.choice(FUNDS) + f"（{rng.randint(10**6, 10**7)}）"),
        ("刊名", a.name), ("ISSN", a.issn), ("CN", a.cn),
        ("年，卷（期）", f"{a.year}，{a.volume}（{a.issue}）"),
        ("分类号", CLC.get(a.p.key, "R")), ("页码", f"{a.first}-{a.first + a.pages - 1}"),
        ("核心收录", rng.choice(("北大核心  CSCD", "CSCD  北大核心  JST"))),
    ]  # fmt: skip
    for lab, val in items:
        pg.text(20, y, f"{lab}：", 9.5, ctx.bold)
        y = kit.para(pg, 20 + width_mm(f"{lab}：", ctx.bold, 9.5) + 1, y, pg.w - 60, val, 9.5, ctx.body, 1.55,
                     indent=False) + 1.5  # fmt: skip
    pg.rect(20, y + 4, 48, y + 12, 0, (230, 90, 30), (230, 90, 30))
    pg.text(34, y + 5.6, "PDF下载", 9, ctx.sans, "c", (255, 255, 255))
    pg.rect(52, y + 4, 80, y + 12, 0.3, (25, 80, 160))
    pg.text(66, y + 5.6, "引用", 9, ctx.sans, "c", (25, 80, 160))
    fields, scored = _fields(a, False)
    return make_doc(JA, layout, [pg], fields, scored, claim(a.claimant, a.year, a.c))


def _cover_first(ctx: Ctx, layout: str) -> Doc:
    a = _article(ctx)
    cover = _cover(ctx, a)
    pg = Page()
    _running_head(pg, ctx, a, 0)
    _first_page_body(pg, ctx, a, 32)
    pg.text(pg.w / 2, pg.h - 10, str(a.first), 8.5, ctx.body, "c")
    kit.noise(cover, ctx, ("edge", "staple"))
    kit.noise(pg, ctx, ("edge", "holes"))
    fields, scored = _fields(a, zhuguan(a.key, a.year) is not None)
    return make_doc(JA, layout, [cover, pg], fields, scored, claim(a.claimant, a.year, a.c))


def _twocol(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    a = _article(ctx)
    pg = Page()
    _running_head(pg, ctx, a, 1)
    y = 28.0
    sep = rng.choice((", ", "，"))
    cite = (
        f"引用格式：{sep.join(a.authors)}. {a.title}[J]. {a.name}，{a.year}，{a.volume}({a.issue})："
        f"{a.first}-{a.first + a.pages - 1}."
    )
    kit.shade(pg, 20, y - 2, pg.w - 20, y + 18)
    y2 = kit.para(pg, 23, y, pg.w - 46, cite, 8, ctx.body, 1.5, indent=False)
    if rng.random() < 0.5:
        y2 = kit.para(pg, 23, y2, pg.w - 46, f"DOI：10.{rng.randint(11000, 13999)}/j.issn.{a.issn}.{a.year}.{a.issue:02d}."
                      f"{rng.randint(1, 30):03d}", 7.5, ctx.body, 1.5, indent=False)  # fmt: skip
    _first_page_body(pg, ctx, a, max(y + 24, y2 + 5), cols=2)
    pg.text(pg.w - 22, pg.h - 10, str(a.first), 8.5, ctx.body, "r")
    fields, scored = _fields(a, False)
    return make_doc(JA, layout, [pg], fields, scored, claim(a.claimant, a.year, a.c))


_ = INK, para
