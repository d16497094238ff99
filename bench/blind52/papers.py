"""Builders for journal articles, books, patents, awards and project completions (blind draw 52)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.page import PT_MM, Page, width_mm
from bench.blind52 import kit
from bench.blind52.kit import GREY, RED, lh, make_doc
from bench.blind52.pools import (
    BOOK_PUBS, CONTESTS, DATE_STYLES, FOREIGN_AUTHORS, JOURNALS, PROFESSIONS, PUBLISHERS, Ctx, fmt_date, fmt_month, make_isbn, make_zl,
    names, person_name, pinyin_name, rand_date,
)  # fmt: skip
from bench.generator.truth import person

DAY = dt.timedelta(days=1)
POST = {"开封": "475000", "泰安": "271000"}


def _claim(city: dict[str, Any], name: str) -> dict[str, Any]:
    return {"person": name, "year": city["year"], "policy": city["policy"]}


# ==== journal articles ============================================================================
def _article(ctx: Ctx) -> dict[str, Any]:
    rng = ctx.rng
    city, prof = ctx.city(), ctx.prof()
    jname = rng.choice(prof["journals"])
    j = JOURNALS[jname]
    year = city["year"]
    n = rng.choice((1, 2, 2, 3, 3, 4, 5))
    authors = names(rng, n)
    works = [ctx.work(prof, city) for _ in range(rng.choice((1, 1, 2)))]
    marks = [[1] if len(works) == 1 else sorted(rng.sample((1, 2), rng.choice((1, 1, 2)))) for _ in authors]
    issue = rng.randrange(1, 13)
    vol = str(year - rng.choice((1979, 1985, 1991, 1986)))
    p0 = rng.randrange(20, 180)
    return {
        "city": city, "prof": prof, "jname": jname, "j": j, "year": year, "authors": authors, "works": works,
        "marks": marks, "issue": str(issue), "vol": vol, "p0": p0, "p1": p0 + rng.randrange(4, 9),
        "title": rng.choice(prof["paper"]), "claim": rng.choice(authors),
        "received": rand_date(rng, year - 1, 1, 12), "fund": rng.choice((
            f"{city['prov']}科技攻关项目（{year - 1}02110{rng.randrange(100, 999)}）",
            f"{city['city']}科技发展计划项目（{city['abbr']}科{year - 1}{rng.randrange(10, 99)}）",
            f"{city['prov']}自然科学基金（ZR{year - 2}MC{rng.randrange(100, 999)}）")),
    }  # fmt: skip


def _byline(
    pg: Page, ctx: Ctx, a: dict[str, Any], x: float, y: float, size: float, align: str = "c"
) -> float:
    parts: list[tuple[str, bool]] = []
    for i, nm in enumerate(a["authors"]):
        parts.append((nm, False))
        if len(a["works"]) > 1:
            parts.append((",".join(str(m) for m in a["marks"][i]), True))
        if i < len(a["authors"]) - 1:
            parts.append(("，", False))
    return pg.runs(x, y, parts, size, ctx.body, align)


def _affil(a: dict[str, Any]) -> str:
    city = a["city"]
    post = POST[city["c"]]
    if len(a["works"]) == 1:
        return f"（{a['works'][0]}，{city['p']} {city['c']} {post}）"
    return (
        "（"
        + "；".join(f"{i + 1}. {w}，{city['p']} {city['c']} {post}" for i, w in enumerate(a["works"]))
        + "）"
    )


def _first_page(
    pg: Page, ctx: Ctx, a: dict[str, Any], x0: float, x1: float, s: float = 1.0, one_line_title: bool = False
) -> None:
    """An article's first page within [x0, x1]; `s` scales the type."""
    rng = ctx.rng
    w = x1 - x0
    cx = (x0 + x1) / 2
    j = a["j"]
    pg.text(x0 + 2, 12, f"第{a['vol']}卷第{a['issue']}期", 8 * s, ctx.body)
    pg.text(cx, 12, a["jname"], 8 * s, ctx.body, "c")
    pg.text(x1 - 2, 12, f"{a['year']}年{a['issue']}月", 8 * s, ctx.body, "r")
    pg.line(x0 + 2, 12 + 8 * s * PT_MM * 1.5, x1 - 2, 12 + 8 * s * PT_MM * 1.5, 0.3)
    pg.text(x0 + 2, 19, f"ISSN {j['issn']}  CN {j['cn']}", 7 * s, ctx.body, "l", GREY)
    pg.text(
        x1 - 2,
        19,
        f"文章编号：{j['issn']}({a['year']}){int(a['issue']):02d}-{a['p0']:04d}-{a['p1'] - a['p0']:02d}",
        7 * s,
        ctx.body,
        "r",
        GREY,
    )
    y = 30.0
    if one_line_title:
        kit.fit(pg, cx, y, a["title"], 16 * s, ctx.bold, w - 8, "c")
        y += lh(16 * s, 1.7)
    else:
        y = kit.title_lines(pg, ctx, a["title"], y, 17 * s, w - 16, x=cx)
    y = _byline(pg, ctx, a, cx, y + 1, 11 * s)
    y = pg.wrap(x0 + 8, y, w - 16, _affil(a), 8 * s, ctx.body, 1.5)
    absx = "、".join(rng.sample(a["prof"]["paper"], 2))
    y = pg.wrap(x0 + 6, y + 3, w - 12, f"摘要：针对{absx}中存在的问题，结合{a['city']['city']}实际开展试验与调查。结果表明，"
                f"所提出的方法效果明显，可为同类工作提供参考。", 8.5 * s, ctx.body, 1.6)  # fmt: skip
    y = pg.wrap(x0 + 6, y + 1, w - 12, "关键词：" + "；".join(rng.sample(a["prof"]["modules"], 2) + [a["prof"]["job"][:4]]),
                8.5 * s, ctx.body, 1.6)  # fmt: skip
    pg.text(
        x0 + 6,
        y + 1,
        f"中图分类号：{rng.choice('STXRUB')}{rng.randrange(100, 999)}    文献标志码：A",
        8 * s,
        ctx.body,
    )
    y += lh(8 * s, 2.2)
    y = pg.wrap(
        x0 + 6, y + 2, w - 12, ", ".join(pinyin_name(nm) for nm in a["authors"]), 8 * s, ctx.body, 1.5
    )
    pg.line(x0 + 6, y + 2, x1 - 6, y + 2, 0.2, GREY)
    y += 6
    body_end = pg.h - 62 * (1 if s >= 1 else s * 1.1)
    for _ in range(40):
        if y > body_end:
            break
        pg.line(x0 + 6, y + 1.5, x1 - 6 - rng.uniform(0, 20) * s, y + 1.5, 1.2 * s, (205, 205, 205))
        y += 5 * s
    fy = pg.h - 50 * (1 if s >= 1 else s * 1.1)
    pg.line(x0 + 6, fy, x0 + 6 + w * 0.3, fy, 0.3)
    first = a["authors"][0]
    notes = [f"收稿日期：{fmt_date(a['received'], 'iso')}", f"基金项目：{a['fund']}",
             f"作者简介：{first}（{rng.randrange(1968, 1994)}—），{rng.choice('男女')}，{a['prof']['titles'][-1]}，"
             f"研究方向为{a['prof']['job'][:-2] if a['prof']['job'].endswith(('师', '员')) else a['prof']['job']}。"]  # fmt: skip
    if len(a["authors"]) > 1:
        notes.append(f"通信作者：{a['authors'][-1]}，E-mail：{rng.randrange(10**7, 10**9)}@163.com")
    yy = fy + 2
    for s_ in notes:
        yy = pg.wrap(x0 + 6, yy, w - 12, s_, 7 * s, ctx.body, 1.45)
    pg.text(cx, pg.h - 12, str(a["p0"]), 8 * s, ctx.body, "c")


def _cover(pg: Page, ctx: Ctx, a: dict[str, Any], with_digest: bool) -> bool:
    """A journal cover; returns whether a 主管 line (national) is printed."""
    rng = ctx.rng
    j = a["j"]
    band = rng.choice(((30, 80, 140), (20, 110, 90), (140, 40, 40), (90, 60, 120)))
    pg.rect(0, 0, pg.w, 70, 0.0, band, band)
    kit.fit(pg, pg.w / 2, 22, a["jname"], 40, ctx.bold, pg.w - 30, "c", (255, 255, 255))
    pg.text(
        pg.w / 2, 52, f"{a['year']}年 第{a['issue']}期  第{a['vol']}卷", 13, ctx.body, "c", (255, 255, 255)
    )
    chief = j["chief"] is not None
    y = 82.0
    if with_digest:
        pg.text(20, y, "本 期 要 目", 13, ctx.bold, "l", band)
        y += 9
        others = [p for pf in PROFESSIONS for p in pf["paper"] if p != a["title"]]
        items = rng.sample(others, 4)
        pos = rng.randrange(5)
        items.insert(pos, None)
        for it in items:
            if it is None:
                kit.fit(pg, 22, y, a["title"], 11, ctx.body, pg.w - 44)
                pg.text(pg.w - 22, y + 5.5, "、".join(a["authors"]), 9, ctx.body, "r", GREY)
            else:
                kit.fit(pg, 22, y, it, 11, ctx.body, pg.w - 44)
                pg.text(
                    pg.w - 22, y + 5.5, "、".join(names(rng, rng.randrange(1, 4))), 9, ctx.body, "r", GREY
                )
            y += 13
    fy = pg.h - 50
    lines = []
    if chief:
        lines.append(f"主管：{j['chief']}")
    if j["sponsor"]:
        lines.append(f"主办：{j['sponsor']}")
    lines += [f"国际标准连续出版物号  ISSN {j['issn']}", f"国内统一连续出版物号  CN {j['cn']}"]
    for s in lines:
        pg.text(24, fy, s, 10, ctx.body)
        fy += 6.5
    kit.qr(pg, pg.w - 46, pg.h - 52, 24, rng.randrange(9999))
    return chief


def journal_article(ctx: Ctx, k: int):  # noqa: ANN201
    fam = ctx.layout("journal_article")
    rng = ctx.rng
    a = _article(ctx)
    j = a["j"]
    levels = list(j["lv"])
    unscored: tuple[str, ...] = ()
    pages: list[Page]
    if fam == "first-page":
        pg = kit.portrait()
        _first_page(pg, ctx, a, 0, pg.w)
        kit.noise(pg, rng)
        pages = [pg]
    elif fam == "cover-digest":
        pg = kit.portrait()
        if _cover(pg, ctx, a, True):
            levels.append("national")
        unscored = ("title",)
        pages = [pg]
    elif fam == "contents":
        pg = kit.portrait()
        pg.text(105, 18, f"{a['jname']}", 18, ctx.bold, "c")
        pg.text(105, 28, f"{a['year']}年第{a['issue']}期（第{a['vol']}卷）", 11, ctx.body, "c")
        pg.text(105, 38, "目    次", 15, ctx.bold, "c")
        y = 50.0
        others = [p for pf in PROFESSIONS for p in pf["paper"] if p != a["title"]]
        items: list[Any] = rng.sample(others, 9)
        pos = rng.randrange(1, 9)
        items.insert(pos, None)
        page = a["p0"] - sum(rng.randrange(5, 9) for _ in range(pos))
        page = max(1, page)
        for it in items:
            if it is None:
                t, au, pp = a["title"], a["authors"], a["p0"]
            else:
                t, au, pp = it, names(rng, rng.randrange(1, 5)), page
            kit.fit(pg, 22, y, t, 10.5, ctx.body, 140)
            pg.text(188, y, f"（{pp}）", 10, ctx.body, "r")
            pg.text(30, y + 5.8, "  ".join(au), 9, ctx.body, "l", (70, 70, 70))
            if it is None:
                kit.tick(pg, 12, y, 5, RED)
                pg.line(22, y + 11.5, 120, y + 11.5, 0.4, RED)
            y += 15
            page = (pp if it is None else page) + rng.randrange(5, 9)
        pg.text(105, pg.h - 22, f"ISSN {j['issn']}    CN {j['cn']}", 9.5, ctx.body, "c")
        unscored = ("title",)
        pages = [pg]
    elif fam == "database-print":
        pg = kit.portrait()
        y = kit.browser_frame(pg, ctx, f"{a['year'] + rng.choice((0, 1))}/{rng.randrange(1, 13):02d}/{rng.randrange(1, 28):02d}"
                              f" 15:{rng.randrange(60):02d}", a["title"][:14] + "… - 文献详情",
                              f"https://www.wanxiang-lib.cn/detail?id={rng.randrange(10**8, 10**9)}")  # fmt: skip
        y = kit.site_banner(pg, ctx, "万象学术文献库", y, (200, 90, 20))
        y = kit.title_lines(pg, ctx, a["title"], y + 4, 15, 170)
        pg.text(105, y, "  ".join(a["authors"]), 10.5, ctx.body, "c", (30, 70, 150))
        y += 8
        y = pg.wrap(20, y, 170, "作者单位：" + "；".join(a["works"]), 9.5, ctx.body, 1.7)
        y = pg.wrap(
            20,
            y + 2,
            170,
            "摘要：本文结合基层实践，分析了相关技术要点与应用效果，提出改进建议。",
            9.5,
            ctx.body,
            1.7,
        )
        rows = [("刊名", a["jname"]), ("年，卷(期)", f"{a['year']}，{a['vol']}({int(a['issue']):02d})"),
                ("页码", f"{a['p0']}-{a['p1']}"), ("ISSN", j["issn"]), ("CN", j["cn"]),
                ("基金", a["fund"]), ("收录", " ".join({"cscd": "CSCD", "pku_core": "北大核心", "cssci": "CSSCI"}[x]
                                                     for x in j["lv"]))]  # fmt: skip
        kit.pairs_table(pg, ctx, 20, y + 4, 170, rows, 9.5, 30, 8.5)
        pages = [pg]
    elif fam == "cover-and-first":
        p1, p2 = kit.portrait(), kit.portrait()
        if _cover(p1, ctx, a, False):
            levels.append("national")
        _first_page(p2, ctx, a, 0, p2.w)
        pages = [p1, p2]
    else:  # open-spread
        pg = kit.landscape()
        pg.line(148.5, 0, 148.5, pg.h, 0.8, (170, 170, 170))
        pg.text(8, 12, f"{a['jname']}", 7, ctx.body, "l", GREY)
        refs = [f"[{i + 1}] {'，'.join(names(rng, rng.randrange(1, 4)))}. {rng.choice([p for pf in PROFESSIONS for p in pf['paper']])}"
                f"[J]. {rng.choice(list(JOURNALS))}，{a['year'] - rng.randrange(1, 6)}，{rng.randrange(5, 40)}"
                f"({rng.randrange(1, 12)})：{rng.randrange(10, 99)}-{rng.randrange(100, 150)}." for i in range(8)]  # fmt: skip
        pg.text(10, 132, "参考文献：", 8, ctx.bold)
        yy = 138.0
        for r in refs:
            yy = pg.wrap(10, yy, 130, r, 6.5, ctx.body, 1.4)
        for i in range(24):
            pg.line(10, 24 + i * 4.3, 138 - rng.uniform(0, 20), 24 + i * 4.3, 0.9, (205, 205, 205))
        pg.text(74, pg.h - 10, str(a["p0"] - 1), 7, ctx.body, "c")
        _first_page(pg, ctx, a, 150.5, 295, 0.72, one_line_title=True)
        pages = [pg]
    fields = {"holder": None, "people": [person(nm, i + 1, "author") for i, nm in enumerate(a["authors"])],
              "title": a["title"], "issuer": None, "issued_on": None, "period": None, "hours_stated": None,
              "journal": {"name": a["jname"], "issn": j["issn"], "cn": j["cn"], "year": a["year"], "volume": a["vol"],
                          "issue": a["issue"], "levels": levels}}  # fmt: skip
    return make_doc("journal_article", fam, pages, fields, _claim(a["city"], a["claim"]), unscored=unscored)


# ==== books =======================================================================================
def book(ctx: Ctx, k: int):  # noqa: ANN201
    fam = ctx.layout("book")
    rng = ctx.rng
    city, prof = ctx.city(), ctx.prof()
    year = city["year"] - rng.choice((0, 0, 1))
    title = rng.choice(prof["book"])
    pub = rng.choice(BOOK_PUBS[prof["key"]])
    prefix = dict(PUBLISHERS)[pub]
    isbn = make_isbn(rng, prefix)
    month = rng.randrange(1, 13)
    ed_no = rng.choice((1, 1, 1, 2))
    edition = f"{year}年{month}月第{ed_no}版"
    pub_city = {"中国农业出版社": "北京", "化学工业出版社": "北京", "人民卫生出版社": "北京", "中国建筑工业出版社": "北京",
                "河南科学技术出版社": "郑州", "山东科学技术出版社": "济南", "华东师范大学出版社": "上海",
                "人民交通出版社股份有限公司": "北京", "中国轻工业出版社": "北京", "应急管理出版社": "北京",
                "人民体育出版社": "北京", "河南大学出版社": "开封", "中国广播影视出版社": "北京"}[pub]  # fmt: skip
    if fam == "translation":
        chief, deputy, board = [], [], []
        translators = names(rng, rng.randrange(1, 4))
    else:
        chief = names(rng, rng.choice((1, 1, 2)))
        rest = names(rng, 12)
        rest = [r for r in rest if r not in chief and not any(r in c or c in r for c in chief)]
        deputy = rest[: rng.randrange(1, 4)]
        board = rest[len(deputy) : len(deputy) + rng.randrange(4, 9)] if fam == "board-grid" else []
        translators = []
    people = ([person(n, 0, "editor_in_chief") for n in chief] + [person(n, 0, "deputy_editor") for n in deputy]
              + [person(n, 0, "editorial_board") for n in board] + [person(n, 0, "translator") for n in translators])  # fmt: skip
    for i, p in enumerate(people):
        p["rank"] = i + 1
    claim = rng.choice([p["name"] for p in people])
    author = rng.choice(FOREIGN_AUTHORS)

    def cover(pg: Page, x0: float, w: float, s: float = 1.0) -> None:
        band = rng.choice(((30, 90, 60), (40, 70, 140), (150, 70, 30)))
        pg.rect(x0, 0, x0 + w, pg.h, 0.0, band, (250, 248, 240))
        pg.rect(x0, pg.h * 0.18, x0 + w, pg.h * 0.45, 0.0, band, band)
        kit.title_lines(pg, ctx, title, pg.h * 0.24, 30 * s, w - 24 * s, x=x0 + w / 2, color=(255, 255, 255))
        y = pg.h * 0.55
        pg.text(x0 + w / 2, y, "主编  " + "  ".join(chief), 13 * s, ctx.body, "c")
        if deputy:
            pg.text(x0 + w / 2, y + 9 * s, "副主编  " + "  ".join(deputy), 11 * s, ctx.body, "c")
        pg.text(x0 + w / 2, pg.h - 26 * s, pub, 13 * s, ctx.bold, "c")

    def copyright(pg: Page, x0: float, w: float, s: float = 1.0) -> None:
        y = 40 * s if s < 1 else 60.0
        pg.text(x0 + 14 * s, y, "图书在版编目（CIP）数据", 11 * s, ctx.bold)
        resp = "，".join(chief) + "主编" if chief else f"{author}著；{'，'.join(translators)}译"
        y = pg.wrap(x0 + 14 * s, y + 9 * s, w - 28 * s, f"{title}/{resp}. —{pub_city}：{pub}，{year}.{month}", 9.5 * s,
                    ctx.body, 1.7)  # fmt: skip
        y = pg.wrap(x0 + 14 * s, y, w - 28 * s, f"ISBN {isbn}", 9.5 * s, ctx.body, 1.7)
        pg.text(
            x0 + 14 * s,
            y + 1,
            f"中国版本图书馆CIP数据核字（{year}）第{rng.randrange(100000, 299999)}号",
            8.5 * s,
            ctx.body,
        )
        pg.line(x0 + 10 * s, y + 9 * s, x0 + w - 10 * s, y + 9 * s, 0.3)
        y += 14 * s
        editor = person_name(rng)
        rows = [f"责任编辑：{editor}", f"出版发行：{pub}", f"开本：787 mm×1092 mm  1/16", f"印张：{rng.randrange(10, 30)}.5",
                f"字数：{rng.randrange(200, 600)}千字", f"版次：{edition}", f"印次：{year}年{month}月第1次印刷",
                f"书号：ISBN {isbn}", f"定价：{rng.randrange(28, 98)}.00元"]  # fmt: skip
        if translators:
            rows.insert(0, f"著作权合同登记号：图字01-{year - 1}-{rng.randrange(1000, 9999)}")
        for r in rows:
            pg.text(x0 + 14 * s, y, r, 9.5 * s, ctx.body)
            y += 6.6 * s
        pg.text(x0 + w / 2, pg.h - 20 * s, "版权所有  侵权必究", 8 * s, ctx.body, "c", GREY)

    pages: list[Page]
    if fam == "cover":
        pg = kit.portrait()
        cover(pg, 0, pg.w)
        pages = [pg]
    elif fam == "title-copyright":
        p1, p2 = kit.portrait(), kit.portrait()
        y = kit.title_lines(p1, ctx, title, 60, 24, 150)
        p1.text(105, y + 20, "主  编   " + "  ".join(chief), 13, ctx.body, "c")
        p1.text(105, y + 30, "副主编   " + "  ".join(deputy), 12, ctx.body, "c")
        p1.text(105, 250, pub, 13, ctx.bold, "c")
        p1.text(105, 259, pub_city, 10, ctx.body, "c")
        copyright(p2, 0, p2.w)
        pages = [p1, p2]
    elif fam == "copyright-cip":
        pg = kit.portrait()
        copyright(pg, 0, pg.w)
        if deputy:
            pg.text(24, 40, "副主编：" + "、".join(deputy), 10, ctx.body)
            pg.text(24, 32, "主  编：" + "、".join(chief), 10, ctx.body)
        kit.noise(pg, rng)
        pages = [pg]
    elif fam == "board-grid":
        p1, p2 = kit.portrait(), kit.portrait()
        p1.text(105, 30, "编  委  会", 18, ctx.bold, "c")
        y = 48.0
        for lab, grp in (("主    编", chief), ("副 主 编", deputy)):
            p1.text(40, y, lab, 12, ctx.bold)
            p1.text(72, y, "    ".join(grp), 12, ctx.body)
            y += 11
        p1.text(40, y, "编    委", 12, ctx.bold)
        p1.text(72, y + 0.5, "（按姓氏笔画排序）", 9, ctx.body, "l", GREY)
        y += 10
        for i, nm in enumerate(board):
            p1.text(72 + (i % 4) * 28, y + (i // 4) * 9, nm, 12, ctx.body)
        copyright(p2, 0, p2.w)
        pages = [p1, p2]
    elif fam == "translation":
        pg = kit.portrait()
        kit.title_lines(pg, ctx, title, 24, 16, 160)
        pg.text(105, 40, f"{author}  著", 11, ctx.body, "c")
        pg.text(105, 48, "  ".join(translators) + "  译", 11, ctx.body, "c")
        copyright(pg, 0, pg.w)
        pages = [pg]
    else:  # scan-spread
        pg = kit.landscape()
        cover(pg, 0, 148, 0.7)
        pg.rect(148.5, 0, 297, pg.h, 0.0, (252, 252, 250), (252, 252, 250))
        copyright(pg, 148.5, 148.5, 0.72)
        pages = [pg]
    fields = {"holder": None, "people": people, "title": title, "issuer": pub,
              "issued_on": None if fam == "cover" else f"{year}-{month:02d}", "period": None, "hours_stated": None,
              "book": {"isbn": None if fam == "cover" else isbn, "publisher": pub,
                       "edition": None if fam == "cover" else edition}}  # fmt: skip
    return make_doc("book", fam, pages, fields, _claim(city, claim))


# ==== patents =====================================================================================
def _spaced_zl(zl: str) -> str:
    d = zl[2:]
    return f"ZL {d[:4]} {d[4]} {d[5:12]}{d[12:]}"


def patent_certificate(ctx: Ctx, k: int):  # noqa: ANN201
    fam = ctx.layout("patent_certificate")
    rng = ctx.rng
    city, prof = ctx.city(), ctx.prof()
    year = city["year"]
    kind = "design" if fam == "design-cert" else rng.choice(("invention", "utility_model", "utility_model"))
    title = rng.choice(prof["patent"])
    if kind == "design":
        title = title.replace("一种", "").replace("装置", "") + rng.choice(("（测温型）", "", "（便携式）"))
    granted = rand_date(rng, year, 1, 12)
    applied = granted - rng.randrange(*((500, 1100) if kind == "invention" else (150, 360))) * DAY
    zl = make_zl(rng, applied.year, kind)
    n = rng.randrange(1, 5)
    inventors = names(rng, n, tuple(rng.choice((2, 3, 3, 4)) for _ in range(n)))
    owner = ctx.work(prof, city)
    kw = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}[kind]
    pub_no = f"CN {rng.randrange(100000000, 119999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"
    ds = ctx.choice(("cn0", "cn", "cn0"))
    term = (
        "二十年"
        if kind == "invention"
        else ("十五年" if kind == "design" and applied >= dt.date(2021, 6, 1) else "十年")
    )
    exam = "审查" if kind == "invention" else "初步审查"
    body = (f"本{kw}经过本局依照中华人民共和国专利法进行{exam}，决定授予专利权，颁发{kw}专利证书并在专利登记簿上予以登记。"
            f"专利权自授权公告之日起生效。专利权期限为{term}，自申请日起算。")  # fmt: skip
    name_lab = {"invention": "发明名称", "utility_model": "实用新型名称", "design": "外观设计名称"}[kind]
    who_lab = "设 计 人" if kind == "design" else "发 明 人"
    issuer = "国家知识产权局"

    def certificate(pg: Page, e_cert: bool = False) -> None:
        kit.emblem(pg, 105, 28, 9)
        pg.text(105, 39, "中华人民共和国国家知识产权局", 9, ctx.body, "c", RED)
        pg.text(105, 46, f"{kw}专利证书", 24, ctx.bold, "c")
        pg.text(105, 60, f"证书号第{rng.randrange(1000000, 9999999)}号", 11, ctx.body, "c")
        if e_cert:
            kit.qr(pg, 164, 18, 22, rng.randrange(9999), "扫码验证", ctx)
        y = 78.0
        rows = [(kit.spaced(name_lab) if len(name_lab) <= 4 else name_lab, title), (who_lab, "；".join(inventors)),
                ("专 利 号", _spaced_zl(zl) if not e_cert else zl), ("专利申请日", fmt_date(applied, ds)),
                ("专 利 权 人", owner), ("地    址", f"{city['prov']}{city['city']}{rng.choice(city['road'])}{rng.randrange(1, 300)}号"),
                ("授权公告号", pub_no), ("授权公告日", fmt_date(granted, ds))]  # fmt: skip
        for lab, val in rows:
            pg.text(28, y, f"{lab}：", 11.5, ctx.body)
            kit.fit(pg, 64, y, val, 11.5, ctx.body, 120)
            y += 9
        y = pg.wrap(28, y + 6, 154, body, 11, ctx.body, 1.9, indent=8)
        pg.wrap(28, y + 2, 154, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的"
                "姓名或名称、国籍、地址变更等事项记载在专利登记簿上。", 9.5, ctx.body, 1.7, indent=8)  # fmt: skip
        pg.text(150, 250, "局长", 12, ctx.body)
        kit.hand(pg, ctx, 163, 246, person_name(rng), 18, "l", (20, 20, 20))
        pg.seal(160, 246, 19, issuer, rng.randrange(9999))
        pg.text(
            105,
            275,
            "第 1 页 （共 2 页）" if fam == "with-abstract" else "第 1 页 （共 1 页）",
            9,
            ctx.body,
            "c",
            GREY,
        )

    pages: list[Page]
    if fam in ("classic", "design-cert", "e-certificate", "with-abstract"):
        pg = kit.portrait()
        pg.rect(10, 10, 200, 287, 1.0, (120, 100, 60))
        certificate(pg, fam == "e-certificate")
        if fam == "e-certificate":
            pg.text(105, 283, "本电子证书由国家知识产权局专利业务办理系统生成", 7.5, ctx.body, "c", GREY)
        pages = [pg]
        if fam == "with-abstract":
            p2 = kit.portrait()
            p2.text(105, 24, f"证书号第{rng.randrange(1000000, 9999999)}号", 10, ctx.body, "c")
            y = p2.wrap(28, 40, 154, f"专利权人应当依照专利法及其实施细则规定缴纳年费。本专利的年费应当在每年{applied.month:02d}月"
                        f"{applied.day:02d}日前缴纳。未按照规定缴纳年费的，专利权自应当缴纳年费期满之日起终止。", 10.5, ctx.body, 1.9)  # fmt: skip
            p2.text(28, y + 8, "申请日时本专利记载的申请人、发明人信息如下：", 10.5, ctx.body)
            p2.text(28, y + 18, f"申请人：{owner}", 10.5, ctx.body)
            p2.text(28, y + 27, f"{who_lab.replace(' ', '')}：" + "；".join(inventors), 10.5, ctx.body)
            p2.text(105, 275, "第 2 页 （共 2 页）", 9, ctx.body, "c", GREY)
            pages = [pg, p2]
    elif fam == "phone-query":
        pg = kit.phone_page()
        y = kit.phone_frame(pg, ctx, "专利检索助手", f"{rng.randrange(8, 22)}:{rng.randrange(60):02d}")
        kit.card(pg, 4, y, pg.w - 4, y + 120)
        yy = pg.wrap(7, y + 3, pg.w - 14, title, 9.5, ctx.bold, 1.45)
        pg.rect(7, yy + 0.5, 27, yy + 5.5, 0.0, (230, 240, 250), (230, 240, 250))
        pg.text(17, yy + 1.2, f"{kw}{'授权' if kind == 'invention' else ''}", 6, ctx.body, "c", (22, 88, 160))
        pg.text(31, yy + 1.2, "有效", 6, ctx.body, "l", (20, 140, 60))
        yy += 9
        for lab, val in (("申请号", zl[2:]), ("申请日", fmt_date(applied, "iso")), ("授权公告号", pub_no),
                         ("授权公告日", fmt_date(granted, "iso")), ("发明人" if kind != "design" else "设计人", "；".join(inventors)),
                         ("专利权人", owner), ("法律状态", "专利权维持")):  # fmt: skip
            pg.text(7, yy, lab, 7, ctx.body, "l", GREY)
            yy = pg.wrap(26, yy, pg.w - 33, val, 7, ctx.body, 1.55) + 1.2
        pg.text(pg.w / 2, y + 124, f"数据来源：{issuer}", 6.5, ctx.body, "c", GREY)
        pages = [pg]
    else:  # gazette-print
        pg = kit.portrait()
        y = kit.browser_frame(
            pg,
            ctx,
            f"{fmt_date(granted + rng.randrange(20, 200) * DAY, 'slash')} 11:{rng.randrange(60):02d}",
            "专利公布公告",
            "http://epub.cnipa.example.cn/patent/" + zl[2:14],
        )
        pg.text(20, y + 4, "(19) 国家知识产权局", 14, ctx.bold)
        pg.text(190, y + 4, f"(12) {kw}专利", 13, ctx.bold, "r")
        pg.text(190, y + 14, f"(10) 授权公告号 {pub_no}", 10, ctx.body, "r")
        pg.text(190, y + 21, f"(45) 授权公告日 {fmt_date(granted, 'dot')}", 10, ctx.body, "r")
        pg.line(20, y + 29, 190, y + 29, 0.6)
        yy = y + 35
        for code, lab, val in (("21", "申请号", f"{zl[2:]}"), ("22", "申请日", fmt_date(applied, "dot")),
                               ("73", "专利权人", owner), ("72", "发明人" if kind != "design" else "设计人", "  ".join(inventors)),
                               ("51", "Int.Cl.", f"{rng.choice('ABEFG')}{rng.randrange(1, 99):02d}{rng.choice('BCDFH')} "
                                                  f"{rng.randrange(1, 99)}/{rng.randrange(10, 99)} (2006.01)"),
                               ("54", "名称" if kind == "design" else ("发明名称" if kind == "invention" else "实用新型名称"), title)):  # fmt: skip
            pg.text(20, yy, f"({code}) {lab}", 10, ctx.body)
            kit.fit(pg, 62, yy, val, 10, ctx.body, 60)
            yy += 9
        pg.text(110, y + 35, "(57) 摘要", 10, ctx.bold)
        pg.wrap(110, y + 43, 80, f"本{kw}公开了{title}，结构简单，使用方便，能够有效提高{prof['job'][:-2]}工作效率，"
                "具有较好的推广价值。", 9.5, ctx.body, 1.7)  # fmt: skip
        pg.rect(110, y + 80, 190, y + 150, 0.3, GREY, (245, 245, 245))
        pages = [pg]
    fields = {"holder": None, "people": [person(n, i + 1, "inventor") for i, n in enumerate(inventors)],
              "title": title, "issuer": issuer, "issued_on": granted.isoformat(), "period": None, "hours_stated": None,
              "patent": {"kind": kind, "number": zl, "applied_on": applied.isoformat(), "granted_on": granted.isoformat()}}  # fmt: skip
    return make_doc("patent_certificate", fam, pages, fields, _claim(city, rng.choice(inventors)))


# ==== awards ======================================================================================
GRADES = ("一等奖", "二等奖", "三等奖", "二等奖", "三等奖", "特等奖")


def _award(ctx: Ctx, fam: str, city: dict[str, Any], prof: dict[str, Any]) -> dict[str, Any]:
    rng = ctx.rng
    year = city["year"]
    if fam == "contest":
        scope = rng.choice(("municipal", "provincial"))
        place = city["city"] if scope == "municipal" else city["prov"]
        giver = (
            f"{place}{rng.choice(('人力资源和社会保障局', '总工会'))}"
            if scope == "municipal"
            else f"{place}人力资源和社会保障厅"
        )
        event, items = CONTESTS[prof["key"]]
        name = f"{place}{event}"
        title = rng.choice(items)
        return {"kind": "competition", "level": scope, "giver": giver, "name": name, "title": title,
                "grade": rng.choice(("一等奖", "二等奖", "三等奖"))}  # fmt: skip
    if fam == "social-science":
        scope = rng.choice(("municipal", "provincial"))
        place = city["city"] if scope == "municipal" else city["prov"]
        giver = f"{place}人民政府" if rng.random() < 0.5 else f"{place}社会科学界联合会"
        return {"kind": "social_science", "level": scope, "giver": giver, "name": f"{place}社会科学优秀成果奖",
                "title": rng.choice(prof["paper"]), "grade": rng.choice(("一等奖", "二等奖", "三等奖"))}  # fmt: skip
    scope = rng.choice(("provincial", "municipal", "municipal", "county"))
    place = {"provincial": city["prov"], "municipal": city["city"], "county": rng.choice(city["counties"])}[
        scope
    ]
    return {"kind": "science_technology", "level": scope, "giver": f"{place}人民政府", "name": f"{place}科学技术进步奖",
            "title": rng.choice(prof["project"] + prof["paper"][:1]), "grade": rng.choice(GRADES[:3] if scope != "provincial" else GRADES)}  # fmt: skip


def award_certificate(ctx: Ctx, k: int):  # noqa: ANN201
    fam = ctx.layout("award_certificate")
    rng = ctx.rng
    city, prof = ctx.city(), ctx.prof()
    year = city["year"]
    aw = _award(ctx, fam, city, prof)
    word = ctx.pick("t52.award.word")
    issued = rand_date(rng, year, 3, 12)
    dtxt = fmt_date(issued, ctx.choice(("han", "han", "cn")))
    co = ctx.pick("t52.colon")
    no = f"{year}-{'J' if aw['kind'] == 'science_technology' else 'S'}-{rng.randrange(1, 4)}-{rng.randrange(1, 80):03d}"
    if fam == "team-list":
        team = names(rng, rng.randrange(3, 8))
        holder = None
        people = [person(n, i + 1, "awardee") for i, n in enumerate(team)]
        claim = rng.choice(team)
    elif fam in ("contest",):
        holder = person_name(rng)
        people = [person(holder, 1, "awardee")]
        claim = holder
    elif fam == "social-science":
        coauth = names(rng, rng.randrange(1, 4))
        holder = coauth[0]
        people = [person(n, i + 1, "awardee") for i, n in enumerate(coauth)]
        claim = holder
    else:
        holder = person_name(rng)
        rank = rng.randrange(1, 8)
        people = [person(holder, rank, "awardee")]
        claim = holder
    rank_txt = (
        f"（第{people[0]['rank']}完成人）"
        if fam in ("portrait-honor", "landscape-red", "booklet-spread")
        else ""
    )
    full = f"{year}年度{aw['name']}" if aw["kind"] != "competition" else f"{year}年{aw['name']}"
    pages: list[Page]

    def sign(pg: Page, xr: float, y: float, size: float = 13.0) -> None:
        pg.text(xr, y, aw["giver"], size, ctx.body, "r")
        pg.text(xr, y + size * 0.62, dtxt, size, ctx.body, "r")
        pg.seal(
            xr - width_mm(aw["giver"], ctx.body, size) / 2, y + 3, 19, aw["giver"][:16], rng.randrange(9999)
        )

    if fam == "portrait-honor":
        pg = kit.portrait()
        from bench.blind.doc import frame

        frame(pg, ctx, rng.choice((2, 3)))
        pg.text(105, 52, word, 32, ctx.bold, "c", (170, 30, 30))
        y = pg.wrap(
            30,
            92,
            150,
            f"为表彰在科学技术进步工作中做出突出贡献的人员，特颁发此证书。",
            13,
            ctx.body,
            1.9,
            indent=9,
        )
        rows = [("项目名称", aw["title"]), ("奖励名称", full), ("奖励等级", aw["grade"]), ("获 奖 者", f"{holder}{rank_txt}"),
                ("证 书 号", no)]  # fmt: skip
        y += 8
        for lab, val in rows:
            pg.text(34, y, f"{lab}{co}", 12.5, ctx.body)
            kit.fit(pg, 64, y, val, 12.5, ctx.body, 118)
            y += 11
        sign(pg, 180, 236)
        pages = [pg]
    elif fam in ("landscape-red", "contest"):
        pg = kit.landscape()
        pg.rect(10, 10, 287, 200, 3.0, (170, 30, 30))
        pg.rect(15, 15, 282, 195, 0.5, (200, 160, 60))
        pg.text(148, 34, kit.spaced(word.replace(" ", ""), "  "), 30, ctx.bold, "c", (170, 30, 30))
        if fam == "contest":
            txt = f"{holder}同志在{full}中，参赛项目“{aw['title']}”荣获{aw['grade']}。"
        else:
            txt = f"{holder}同志：你参与完成的“{aw['title']}”项目，荣获{full}{aw['grade']}{rank_txt}。特发此证，以资鼓励。"
        pg.wrap(40, 72, 217, txt, 16, ctx.body, 2.0, indent=11)
        pg.text(40, 170, f"证书编号{co}{no}", 10, ctx.body)
        sign(pg, 255, 150, 14)
        pages = [pg]
    elif fam == "team-list":
        pg = kit.portrait()
        pg.rect(12, 12, 198, 285, 1.2, (180, 140, 60))
        pg.text(105, 40, word, 28, ctx.bold, "c", (160, 30, 30))
        y = 72.0
        rows = [("获奖项目", aw["title"]), ("奖励类别", full), ("奖励等级", aw["grade"]),
                ("完成单位", ctx.work(prof, city)), ("证书编号", no)]  # fmt: skip
        for lab, val in rows:
            pg.text(30, y, f"{lab}{co}", 12, ctx.body)
            kit.fit(pg, 60, y, val, 12, ctx.body, 125)
            y += 11
        pg.text(30, y, f"主要完成人{co}", 12, ctx.body)
        for i, n in enumerate(team):
            pg.text(60 + (i % 4) * 30, y + (i // 4) * 9, n, 12, ctx.body)
        sign(pg, 180, 228)
        pages = [pg]
    elif fam == "social-science":
        pg = kit.portrait()
        pg.rect(14, 14, 196, 283, 0.8, (40, 80, 140))
        pg.text(105, 42, word, 28, ctx.bold, "c", (40, 60, 120))
        pg.text(105, 62, full, 13, ctx.body, "c")
        y = 84.0
        rows = [("成果名称", f"《{aw['title']}》"), ("成果形式", "论文"), ("作    者", "、".join(p["name"] for p in people)),
                ("获奖等级", aw["grade"]), ("证书编号", no)]  # fmt: skip
        for lab, val in rows:
            pg.text(30, y, f"{lab}{co}", 12, ctx.body)
            kit.fit(pg, 60, y, val, 12, ctx.body, 125)
            y += 12
        sign(pg, 180, 222)
        pages = [pg]
    else:  # booklet-spread
        pg = kit.landscape()
        pg.rect(0, 0, 148, pg.h, 0.0, (160, 30, 30), (160, 30, 30))
        kit.emblem(pg, 74, 34, 12, (230, 190, 90))
        pg.text(74, 60, word.replace(" ", ""), 30, ctx.bold, "c", (235, 200, 110))
        pg.line(148.5, 0, 148.5, pg.h, 0.6, GREY)
        txt = f"{holder}同志：你参与完成的“{aw['title']}”项目，荣获{full}{aw['grade']}{rank_txt}。"
        y = pg.wrap(160, 86, 124, txt, 13, ctx.body, 1.9, indent=9)
        y = pg.wrap(160, y, 124, "特发此证。", 13, ctx.body, 1.9, indent=9)
        pg.text(160, y + 6, f"证书编号{co}{no}", 9.5, ctx.body)
        sign(pg, 280, 168, 12)
        pages = [pg]
    fields = {"holder": holder, "people": people, "title": aw["title"], "issuer": aw["giver"],
              "issued_on": issued.isoformat(), "period": None, "hours_stated": None,
              "award": {"name": aw["name"], "kind": aw["kind"], "level": aw["level"], "grade": aw["grade"]}}  # fmt: skip
    return make_doc("award_certificate", fam, pages, fields, _claim(city, claim))


# ==== project completion ==========================================================================
def project_completion(ctx: Ctx, k: int):  # noqa: ANN201
    fam = ctx.layout("project_completion")
    rng = ctx.rng
    city, prof = ctx.city(), ctx.prof()
    year = city["year"]
    title = rng.choice(prof["project"])
    issuer = rng.choice((f"{city['city']}科学技术局", f"{city['prov']}科学技术厅", f"{city['city']}社会科学界联合会",
                         f"{city['prov']}教育科学规划领导小组办公室" if prof["key"] == "special_ed"
                         else f"{city['city']}{'卫生健康委员会' if prof['key'] == 'rural_doc' else '科学技术协会'}"))  # fmt: skip
    team = names(rng, rng.randrange(2, 7))
    leader, members = team[0], team[1:]
    code = f"{city['abbr']}{rng.choice(('KJ', 'SK', 'JK'))}{year - rng.randrange(1, 3)}{rng.randrange(1, 400):03d}"
    issued = rand_date(rng, year, 3, 12)
    ds = ctx.choice(DATE_STYLES)
    word = ctx.pick("t52.pc.word")
    co = ctx.pick("t52.colon")
    unit = ctx.work(prof, city)
    grade = rng.choice(("优秀", "良好", "合格"))
    shown = list(team)
    pages: list[Page]
    if fam == "cert-portrait":
        pg = kit.portrait()
        pg.rect(12, 12, 198, 285, 1.0, (40, 90, 60))
        pg.text(105, 44, kit.spaced(word, "  "), 28, ctx.bold, "c")
        pg.text(190, 22, f"编号{co}{code}-JT", 9, ctx.body, "r")
        y = 76.0
        for lab, val in (("项目名称", title), ("项目编号", code), ("主 持 人", leader), ("主要成员", "、".join(members)),
                         ("承担单位", unit), ("结题等级", grade)):  # fmt: skip
            pg.text(30, y, f"{lab}{co}", 12.5, ctx.body)
            kit.fit(pg, 62, y, val, 12.5, ctx.body, 120)
            y += 11
        pg.wrap(
            30,
            y + 8,
            150,
            "经专家组审核鉴定，该项目已完成预定研究任务，准予结题。",
            13,
            ctx.body,
            1.9,
            indent=9,
        )
        pg.text(180, 222, issuer, 13, ctx.body, "r")
        pg.text(180, 231, fmt_date(issued, ctx.choice((ds, "han"))), 13, ctx.body, "r")
        pg.seal(180 - width_mm(issuer, ctx.body, 13) / 2, 225, 19, issuer[:16], rng.randrange(9999))
        pages = [pg]
    elif fam == "approval-form":
        pg = kit.portrait()
        pg.text(105, 22, f"{city['city']}科研项目结题鉴定表", 16, ctx.bold, "c")
        rows = [("课题名称", title), ("课题编号", code), ("负 责 人", leader), ("工作单位", unit),
                ("课题组成员", "、".join(members)), ("鉴定等级", grade), ("结题时间", fmt_date(issued, ds))]  # fmt: skip
        y = kit.pairs_table(pg, ctx, 20, 34, 170, rows, 11, 34, 12)
        pg.rect(20, y, 190, y + 60, 0.3)
        pg.text(24, y + 4, "鉴定意见：", 11, ctx.bold)
        pg.wrap(
            24,
            y + 12,
            160,
            "该课题研究目标明确，方法得当，资料翔实，成果具有较强的实践指导意义，同意结题。",
            11,
            ctx.body,
            1.8,
            indent=8,
        )
        pg.text(186, y + 42, issuer, 11, ctx.body, "r")
        pg.text(186, y + 50, f"（盖章）  {fmt_date(issued, 'cn')}", 11, ctx.body, "r")
        pg.seal(186 - width_mm(issuer, ctx.body, 11) / 2 - 8, y + 44, 18, issuer[:16], rng.randrange(9999))
        kit.noise(pg, rng)
        pages = [pg]
    elif fam == "list-print":
        shown = [leader]
        pg = kit.portrait()
        y = kit.browser_frame(
            pg,
            ctx,
            f"{fmt_date(issued + 3 * DAY, 'slash')} 16:{rng.randrange(60):02d}",
            "结项名单公布",
            f"http://www.{rng.choice(('kfkj', 'taskl', 'sdjk'))}.gov.cn/art/{year}/{rng.randrange(1000, 9999)}.html",
        )
        y = kit.site_banner(pg, ctx, issuer, y, (30, 110, 70))
        y = kit.title_lines(pg, ctx, f"关于公布{year}年度科研项目结项名单的通知", y + 2, 14, 170)
        pg.text(105, y, f"发布日期：{fmt_date(issued, 'iso')}", 8, ctx.body, "c", GREY)
        y = pg.wrap(
            20,
            y + 8,
            170,
            "经专家鉴定，下列项目准予结项，结项证书请到所在单位领取。",
            10,
            ctx.body,
            1.8,
            indent=7,
        )
        others = [p for pf in PROFESSIONS for p in pf["project"] if p != title]
        rows = [["序号", "项目编号", "项目名称", "负责人", "结项等级"]]
        pos = rng.randrange(6)
        lst = rng.sample(others, 6)
        lst.insert(pos, title)
        for i, t in enumerate(lst):
            who = leader if t == title else person_name(rng)
            rows.append(
                [
                    str(i + 1),
                    code if t == title else f"{city['abbr']}KJ{year - 1}{rng.randrange(400, 800)}",
                    t,
                    who,
                    grade if t == title else rng.choice(("良好", "合格", "优秀")),
                ]
            )
        kit.table(pg, ctx, 16, y + 4, [12, 32, 90, 22, 22], rows, 8.5, 9)
        pg.text(186, y + 90, issuer, 10.5, ctx.body, "r")
        pg.text(186, y + 97, fmt_date(issued, "cn"), 10.5, ctx.body, "r")
        pages = [pg]
    elif fam == "landscape-members":
        pg = kit.landscape()
        pg.rect(10, 10, 287, 200, 1.6, (30, 70, 130))
        pg.text(148, 30, word, 26, ctx.bold, "c", (30, 70, 130))
        y = pg.wrap(
            34,
            54,
            229,
            f"由{unit}{leader}同志主持完成的“{title}”（项目编号：{code}），经专家评审，准予结题。",
            14,
            ctx.body,
            2.0,
            indent=10,
        )
        pg.text(34, y + 6, "课题组成员：", 13, ctx.bold)
        for i, n in enumerate(members):
            pg.text(70 + (i % 5) * 30, y + 6 + (i // 5) * 9, n, 13, ctx.body)
        pg.text(255, 160, issuer, 13, ctx.body, "r")
        pg.text(255, 169, fmt_date(issued, ctx.choice(("han", "cn"))), 13, ctx.body, "r")
        pg.seal(255 - width_mm(issuer, ctx.body, 13) / 2, 163, 19, issuer[:16], rng.randrange(9999))
        pages = [pg]
    elif fam == "phone-ecert":
        pg = kit.phone_page()
        y = kit.phone_frame(pg, ctx, "项目管理", f"{rng.randrange(8, 22)}:{rng.randrange(60):02d}")
        kit.card(pg, 4, y, pg.w - 4, y + 112)
        pg.rect(7, y + 3, pg.w - 7, y + 109, 0.6, (40, 90, 60))
        pg.text(pg.w / 2, y + 8, f"电子{word}", 11, ctx.bold, "c")
        yy = y + 20
        for lab, val in (("项目名称", title), ("项目编号", code), ("主持人", leader), ("成员", "、".join(members)),
                         ("结题时间", fmt_date(issued, "iso"))):  # fmt: skip
            yy = pg.wrap(11, yy, pg.w - 22, f"{lab}：{val}", 7.2, ctx.body, 1.6) + 1
        pg.text(pg.w - 11, y + 90, issuer, 6.8, ctx.body, "r")
        pg.seal(pg.w - 11 - width_mm(issuer, ctx.body, 6.8) / 2, y + 91, 9, issuer[:16], rng.randrange(9999))
        kit.qr(pg, pg.w / 2 - 10, y + 118, 20, rng.randrange(9999), "扫码核验", ctx)
        pages = [pg]
    else:  # two-page
        p1, p2 = kit.portrait(), kit.portrait()
        p1.rect(12, 12, 198, 285, 1.0, (120, 40, 40))
        p1.text(105, 46, word, 28, ctx.bold, "c", (120, 40, 40))
        y = p1.wrap(28, 80, 154, f"{leader}同志主持的{issuer}立项课题“{title}”（课题编号：{code}）已完成研究任务，经鉴定，"
                    f"结题等级为{grade}，准予结题。", 13.5, ctx.body, 2.0, indent=10)  # fmt: skip
        p1.text(28, y + 6, "（课题组成员见附页）", 11, ctx.body, "l", GREY)
        p1.text(180, 222, issuer, 13, ctx.body, "r")
        p1.text(180, 231, fmt_date(issued, ctx.choice((ds, "han"))), 13, ctx.body, "r")
        p1.seal(180 - width_mm(issuer, ctx.body, 13) / 2, 225, 19, issuer[:16], rng.randrange(9999))
        p2.text(105, 24, "课题组成员名单", 15, ctx.bold, "c")
        rows = [["排名", "姓名", "工作单位", "职称", "分工"]]
        for i, n in enumerate(team):
            rows.append(
                [f"第{i + 1}完成人", n, unit, rng.choice(prof["titles"]), "主持" if i == 0 else "参与"]
            )
        kit.table(p2, ctx, 18, 36, [24, 26, 74, 26, 24], rows, 9.5, 10)
        p2.text(105, 280, "附页", 9, ctx.body, "c", GREY)
        pages = [p1, p2]
    people = [person(n, i + 1, "project_leader" if i == 0 else "project_member") for i, n in enumerate(shown)]
    fields = {
        "holder": leader,
        "people": people,
        "title": title,
        "issuer": issuer,
        "issued_on": issued.isoformat(),
        "period": None,
        "hours_stated": None,
    }
    return make_doc("project_completion", fam, pages, fields, _claim(city, rng.choice(shown)))
