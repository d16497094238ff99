"""Draw 39 builders: journal pages, books, patents, awards and project completions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.common import supervisor
from bench.blind.doc import Doc, frame
from bench.blind.page import Page, width_mm
from bench.blind39 import pools as P
from bench.blind39.pools import Ctx
from bench.generator.truth import person

EN_KW = {"water": "runoff simulation; Lower Yellow River; groundwater", "radio": "computed tomography; diagnosis",
         "lab": "laboratory medicine; quality control", "teacher": "teaching design; primary school",
         "agri": "winter wheat; maize; yield", "relic": "conservation; cultural relics", "trans": "translation; publicity",
         "land": "urban green space; landscape"}  # fmt: skip
FILLER = ["本文以{u}近年监测与实践资料为基础，", "采用对比分析与统计检验相结合的方法，", "对{t}的关键环节进行了系统梳理，",
          "结果表明所提方法具有较好的适用性，", "可为同类工作提供参考。", "研究区位于黄河下游冲积平原，",
          "数据经质量控制后参与计算，", "各指标间差异具有统计学意义（P<0.05），", "讨论了存在的不足与改进方向。"]  # fmt: skip


def _filler(ctx: Ctx, w: P.Who, t: str, n: int) -> str:
    return "".join(ctx.pick(FILLER) for _ in range(n)).format(u=w.city, t=t[:8])


# ---------------------------------------------------------------------------------------------
def journal_article(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "journal_article")
    w = P.who(ctx)
    j = P.journal_for(ctx, w)
    body, bold, hand = ctx.body, ctx.bold, ctx.hand
    year = ctx.rng.randint(2018, 2024)
    issue = ctx.rng.randint(1, 12)
    vol = year - ctx.rng.randint(1960, 2005) if ctx.rng.random() < 0.6 else None
    title = P.topic(ctx, w, "paper")
    used: set[str] = set()
    n = ctx.pick([1, 2, 3, 3, 4, 5])
    authors = P.pnames(ctx, n, used)
    claim = authors[ctx.rng.randrange(n)]
    units = list(dict.fromkeys([w.unit] + [w.fill(ctx.pick(P.PROFS[w.prof]["units"])) for _ in range(ctx.pick([0, 1, 2]))]))
    aff = [ctx.rng.randrange(len(units)) + 1 for _ in authors]
    levels = list(j.base_levels)
    sup_org, sup_level = supervisor(ctx.rng, j)
    show_sup = v in ("cover", "bundle")
    if show_sup:
        levels.append(sup_level)
    vi = f"第{vol}卷第{issue}期" if vol else f"第{issue}期"
    ven = f"Vol.{vol} No.{issue}" if vol else f"No.{issue}"
    pages: list[Page] = []

    def first_page(english: bool) -> Page:
        pg = Page()
        pg.text(15, 12, f"{vi}　{j.name}", 9, body)
        pg.text(pg.w - 15, 12, f"{ven}　{year}年{ctx.rng.randint(1, 12)}月", 9, body, "r")
        pg.line(15, 18, pg.w - 15, 18, 0.4)
        pg.text(15, 20, f"ISSN {j.issn}　CN {j.cn}", 8, body, "l", (90, 90, 90))
        pg.text(pg.w - 15, 20, f"DOI:10.{P.serial(ctx, 5)}/j.issn.{j.issn}.{year}.{issue:02d}.{P.serial(ctx, 3)}", 8, body, "r", (90, 90, 90))
        if width_mm(title, bold, 18) > pg.w - 40:
            y = pg.wrap(20, 32, pg.w - 40, title, 18, bold, 1.4)
        else:
            pg.text(pg.w / 2, 32, title, 18, bold, "c")
            y = 42.0
        parts: list[tuple[str, bool]] = []
        for i, (a, f) in enumerate(zip(authors, aff)):
            parts.append((a, False))
            if len(units) > 1:
                parts.append((str(f), True))
            if i < n - 1:
                parts.append(("，", False))
        y = pg.runs(pg.w / 2, y + 2, parts, 12, body)
        aff_s = "（" + "；".join(f"{i + 1}. {u}，{w.prov}省{w.city} {ctx.pick(['475000', '271000', '475004', '271018'])}" if len(units) > 1 else f"{u}，{w.prov}省{w.city}" for i, u in enumerate(units)) + "）"
        y = pg.wrap(25, y, pg.w - 50, aff_s, 9, body, 1.5)
        y = pg.wrap(20, y + 3, pg.w - 40, "摘要：" + _filler(ctx, w, title, 6), 9.5, body, 1.6)
        kws = "；".join(ctx.rng.sample([title[:4], title[4:8], w.city, "对比分析", "应用效果", "影响因素"], 4))
        pg.text(20, y, "关键词：" + kws, 9.5, body)
        y += 6
        pg.text(20, y, f"中图分类号：{ctx.pick(['TV', 'R', 'S', 'G', 'K', 'TU', 'H'])}{ctx.rng.randint(11, 899)}　　文献标志码：A　　文章编号：{j.issn}({year}){issue:02d}-{ctx.rng.randint(1, 300):04d}-0{ctx.rng.randint(4, 9)}", 8.5, body)
        y += 8
        if english:
            y = pg.wrap(20, y, pg.w - 40, "Abstract: Based on field data, this paper analyses the key factors and proposes an improved method; the results provide a reference for similar work.", 9, body, 1.5)
            y = pg.wrap(20, y, pg.w - 40, "Key words: " + EN_KW[w.prof], 9, body, 1.5)
            y += 2
        pg.line(20, y, pg.w - 20, y, 0.2)
        col = (pg.w - 46) / 2
        yl = yr = y + 5
        for _ in range(4):
            yl = pg.wrap(20, yl, col, _filler(ctx, w, title, 5), 9.5, body, 1.6, 7)
            yr = pg.wrap(26 + col, yr, col, _filler(ctx, w, title, 5), 9.5, body, 1.6, 7)
            if max(yl, yr) > pg.h - 50:
                break
        pg.line(20, pg.h - 38, 80, pg.h - 38, 0.2)
        rec = dt.date(year - 1, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
        pg.text(20, pg.h - 35, f"收稿日期：{P.ds(rec, 'iso')}；修回日期：{P.ds(P.plus(rec, 60), 'iso')}", 8, body)
        pg.text(20, pg.h - 30, f"基金项目：{w.prov}省{ctx.pick(['自然科学基金', '科技攻关计划', '软科学研究计划'])}项目（{P.serial(ctx, 12)}）", 8, body)
        pg.text(20, pg.h - 25, f"作者简介：{authors[0]}（{ctx.rng.randint(1975, 1995)}—），{ctx.pick(['男', '女'])}，{w.prov}{w.city}人，{ctx.pick(['工程师', '副主任技师', '一级教师', '高级农艺师', '馆员'])}。", 8, body)
        pg.text(pg.w / 2, pg.h - 14, str(ctx.rng.randint(1, 300)), 9, body, "c")
        return pg

    def cover() -> Page:
        pg = Page()
        pg.rect(0, 0, pg.w, 70, 0, fill=ctx.pick([(20, 70, 130), (120, 30, 40), (30, 100, 70)]))
        pg.text(pg.w / 2, 22, j.name, P.fits(j.name, bold, 40, pg.w - 20), bold, "c", (255, 255, 255))
        pg.text(pg.w / 2, 52, "中国科学引文数据库（CSCD）来源期刊", 11, body, "c", (255, 255, 255))
        pg.text(pg.w / 2, 100, f"{year}年　第{issue}期", 22, bold, "c")
        if vol:
            pg.text(pg.w / 2, 114, f"第{vol}卷（总第{vol * 12 + issue - 30}期）", 12, body, "c")
        pg.text(30, 140, "本期要目", 13, bold, "l", (150, 30, 30))
        pg.line(30, 147, pg.w - 30, 147, 0.3, (150, 30, 30))
        pg.text(30, 151, title, P.fits(title, body, 12, pg.w - 60), body)
        pg.text(36, 158, "，".join(authors), 10, body, "l", (70, 70, 70))
        pg.text(30, 167, P.topic(ctx, P.who(ctx, w.prof), "paper"), 12, body)
        pg.text(30, 236, f"主管：{sup_org}", 11, body)
        pg.text(30, 244, f"主办：{ctx.pick([w.prov + '省科学技术情报研究院', j.name + '编辑部', '中国科学技术协会'])}", 11, body)
        pg.text(30, 256, f"ISSN {j.issn}", 12, body)
        pg.text(30, 264, f"CN {j.cn}", 12, body)
        pg.text(pg.w - 30, 264, f"邮发代号：{ctx.rng.randint(2, 82)}-{ctx.rng.randint(10, 999)}　定价：{ctx.rng.randint(15, 60)}.00元", 10, body, "r")
        return pg

    def toc() -> Page:
        pg = Page()
        head = f"{j.name}　{year}年{'第' + str(vol) + '卷' if vol else ''}第{issue}期　目　次"
        pg.text(pg.w / 2, 18, head, P.fits(head, bold, 14, pg.w - 30), bold, "c")
        pg.line(18, 27, pg.w - 18, 27, 0.5)
        y = 33
        others = [P.topic(ctx, P.who(ctx, w.prof), "paper") for _ in range(6)]
        entries = list(dict.fromkeys(others))
        entries = [e for e in entries if e != title][:5]
        entries.insert(ctx.rng.randrange(len(entries) + 1), title)
        pno = ctx.rng.randint(1, 40)
        for e in entries:
            auth = "，".join(authors) if e == title else "，".join(P.pnames(ctx, ctx.pick([1, 2, 3]), used))
            pg.text(20, y, e, 11, body)
            pg.text(pg.w - 20, y, f"（{pno}）", 10, body, "r")
            pg.text(26, y + 6.5, auth, 9.5, body, "l", (70, 70, 70))
            y += 16
            pno += ctx.rng.randint(5, 12)
        pg.text(20, pg.h - 20, f"ISSN {j.issn}　　CN {j.cn}　　期刊基本参数：CN {j.cn}*{year}*M*A4*{ctx.rng.randint(90, 200)}*zh*P*¥ 30.00", 8, body)
        return pg

    if v == "first":
        pages.append(first_page(False))
    elif v == "firsten":
        pages.append(first_page(True))
    elif v == "cover":
        pages.append(cover())
    elif v == "toc":
        pages.append(toc())
    elif v == "dbpage":
        pg, y = P.browser_page(ctx, f"https://kns.example-db.cn/detail?dbcode=CJFD&filename={P.serial(ctx, 10)}", "学术期刊数据库")
        pg.text(20, y, title, P.fits(title, bold, 16, 190), bold)
        pg.text(20, y + 11, "　".join(f"{a}{aff_i if len(units) > 1 else ''}" for a, aff_i in zip(authors, aff)), 11, body, "l", (20, 80, 160))
        pg.text(20, y + 19, "　".join(f"{i + 1}.{u}" for i, u in enumerate(units)), 9.5, body, "l", (20, 80, 160))
        yy = pg.wrap(20, y + 28, 190, "摘要：" + _filler(ctx, w, title, 7), 9.5, body, 1.6)
        pg.text(20, yy + 2, f"关键词：{title[:4]}；{w.city}；应用", 9.5, body)
        pg.text(20, yy + 10, f"DOI：10.{P.serial(ctx, 5)}/j.cnki.{P.serial(ctx, 4)}.{year}.{issue:02d}.{P.serial(ctx, 3)}　　下载：{ctx.rng.randint(20, 900)}　　页码：{ctx.rng.randint(1, 90)}-{ctx.rng.randint(91, 120)}", 9, body)
        pg.rect(222, y - 2, 285, y + 60, 0.3, (200, 200, 200), (247, 249, 252))
        pg.text(226, y + 2, j.name, P.fits(j.name, bold, 11, 55), bold)
        info = [f"{year}年{issue:02d}期", f"ISSN：{j.issn}", f"CN：{j.cn}", "出版周期：月刊"] + ([f"卷：{vol}"] if vol else [])
        for i, s in enumerate(info):
            pg.text(226, y + 11 + i * 7, s, 9, body)
        pages.append(pg)
    else:  # bundle: cover, contents, first page
        pages += [cover(), toc(), first_page(ctx.rng.random() < 0.5)]
    journal = {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": str(vol) if vol else None,
               "issue": str(issue), "levels": levels}
    ppl = [person(a, i + 1, "author") for i, a in enumerate(authors)]
    fields = {"title": title, "people": ppl, "journal": journal}
    scored = ["journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue", "journal.levels"]
    if vol:
        scored.append("journal.volume")
    if v not in ("cover", "toc"):
        scored = ["title", "people"] + scored
    return Doc("journal_article", layout, pages, fields, scored, {"person": claim, "year": year})


# ---------------------------------------------------------------------------------------------
FOREIGN = [("约翰·米勒", "John Miller", "美"), ("安娜·施密特", "Anna Schmidt", "德"), ("皮埃尔·勒克莱尔", "Pierre Leclerc", "法"),
           ("山田健一", "Yamada Kenichi", "日"), ("戴维·琼斯", "David Jones", "英")]  # fmt: skip


def book(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "book")
    w = P.who(ctx)
    body, bold, hand = ctx.body, ctx.bold, ctx.hand
    pub = ctx.pick(P.PROFS[w.prof]["pub"])
    title = P.topic(ctx, w, "book")
    used: set[str] = set()
    y, m = ctx.rng.randint(2016, 2024), ctx.rng.randint(1, 12)
    ed_n = ctx.pick([1, 1, 1, 2])
    edition = f"{y}年{m}月第{ed_n}版"
    pre = P.ISBN_PREFIX[pub]
    rest = P.serial(ctx, 8 - len(pre))
    d12 = "9787" + pre + rest
    isbn = f"978-7-{pre}-{rest}-{P.isbn_digit(d12)}"
    translated = v == "translated"
    pages: list[Page] = []
    if translated:
        fz, fe, fc = ctx.pick(FOREIGN)
        trs = P.pnames(ctx, ctx.pick([1, 2]), used)
        people = [person(fz, 1, "author")] + [person(t, i + 2, "translator") for i, t in enumerate(trs)]
        credit = f"[{fc}] {fz}（{fe}） 著　　" + "　".join(trs) + " 译"
    elif v == "board":
        chief = P.pnames(ctx, ctx.pick([1, 2]), used)
        deputy = P.pnames(ctx, ctx.pick([2, 3]), used)
        board = P.pnames(ctx, ctx.pick([4, 5, 6]), used)
        people = ([person(a, i + 1, "editor_in_chief") for i, a in enumerate(chief)]
                  + [person(a, len(chief) + i + 1, "deputy_editor") for i, a in enumerate(deputy)]
                  + [person(a, len(chief) + len(deputy) + i + 1, "editorial_board") for i, a in enumerate(board)])
        credit = "　".join(chief) + "　主编"
    else:
        mode = ctx.pick(["author", "editor"])
        names = P.pnames(ctx, ctx.pick([1, 2, 3]), used)
        role = "author" if mode == "author" else "editor_in_chief"
        people = [person(a, i + 1, role) for i, a in enumerate(names)]
        credit = "　".join(names) + ("　著" if mode == "author" else "　主编")
    lead = people[0]["name"] if not translated else people[1]["name"]
    claim = ctx.pick([p["name"] for p in people if p["role"] != "author" or not translated] or [lead])
    cip_no = f"中国版本图书馆CIP数据核字（{y}）第{ctx.rng.randint(10000, 299999)}号"
    addr = P.PUB_ADDR.get(pub) or ("郑州市金水区经五路66号" if pub.startswith("河南") else "济南市市中区英雄山路189号"
                                   if pub.startswith("山东") else "北京市海淀区西三环北路19号")

    def cip(pg: Page, x: float, y0: float, width: float, size: float = 9.5) -> float:
        pg.text(x, y0, "图书在版编目（CIP）数据", size + 1, bold)
        resp = "，".join(p["name"] for p in people if p["role"] in ("author", "editor_in_chief", "translator"))
        yy = pg.wrap(x, y0 + 8, width, f"{title} / {resp}{'主编' if people[0]['role'] == 'editor_in_chief' else '著'}. —{addr[:2]}：{pub}，{y}.{m}", size, body, 1.6)
        pg.text(x, yy, f"ISBN {isbn}", size, body)
        yy += size * 0.6
        pg.text(x, yy, f"Ⅰ.①{title[:3]}…　Ⅱ.①{people[0]['name']}…　Ⅲ.①{ctx.pick(['水文', '影像', '检验', '教学', '农业', '文物', '翻译', '园林'])}—研究", size, body)
        yy += size * 0.6
        pg.text(x, yy, cip_no, size, body)
        yy += size * 0.9
        for s in (f"责任编辑：{P.pname(ctx, set(used))}", f"出版发行：{pub}", f"地　　址：{addr}", f"邮政编码：{ctx.pick(['450003', '100021', '250002', '100044'])}",
                  f"印　　刷：{w.city}市{ctx.pick(['新华', '彩虹', '鸿达'])}印务有限公司", f"开　　本：787 mm×1092 mm　1/16", f"印　　张：{ctx.rng.randint(10, 30)}.5",
                  f"字　　数：{ctx.rng.randint(180, 600)}千字", f"版　　次：{edition}　{y}年{m}月第1次印刷", f"定　　价：{ctx.rng.randint(38, 128)}.00元"):  # fmt: skip
            pg.text(x, yy, s, size, body)
            yy += size * 0.55
        return yy

    def title_page(pg: Page, cx: float, top: float) -> None:
        pg.text(cx, top, title, P.fits(title, bold, 24, 120), bold, "c")
        pg.text(cx, top + 24, credit, P.fits(credit, body, 13, 125), body, "c")
        pg.text(cx, top + 120, pub, 14, bold, "c")
        if translated:
            pg.text(cx, top + 34, fe and f"Original title: {ctx.pick(['Principles', 'A Practical Guide', 'Handbook'])}", 10, body, "c", (90, 90, 90))

    if v == "cover":
        pg = Page()
        pg.rect(0, 0, pg.w, pg.h, 0, fill=ctx.pick([(230, 240, 246), (246, 238, 226), (236, 244, 234)]))
        pg.rect(0, 90, pg.w, 150, 0, fill=ctx.pick([(30, 90, 140), (140, 60, 40), (40, 110, 70)]))
        pg.text(pg.w / 2, 108, title, P.fits(title, bold, 30, pg.w - 24), bold, "c", (255, 255, 255))
        pg.text(pg.w / 2, 170, credit, P.fits(credit, body, 15, pg.w - 30), body, "c")
        pg.text(pg.w / 2, 265, pub, 16, bold, "c")
        pages.append(pg)
    elif v == "cip":
        pg = Page()
        cip(pg, 30, 40, pg.w - 60, 10.5)
        pages.append(pg)
    elif v == "board":
        p1 = Page()
        title_page(p1, p1.w / 2, 70)
        p2 = Page()
        p2.text(p2.w / 2, 30, "编 委 会", 18, bold, "c")
        yy = 50
        for lab, role in (("主　编", "editor_in_chief"), ("副主编", "deputy_editor"), ("编　委", "editorial_board")):
            ns = [p["name"] for p in people if p["role"] == role]
            p2.text(40, yy, lab, 12, bold)
            yy = p2.wrap(65, yy, 110, "　".join(ns), 12, body, 1.8) + 4
        p2.text(40, yy + 6, "（编委按姓氏笔画排序）", 10, body)
        p3 = Page()
        cip(p3, 30, 40, p3.w - 60)
        pages += [p1, p2, p3]
    elif v == "translated":
        p1 = Page()
        title_page(p1, p1.w / 2, 70)
        p2 = Page()
        yy = cip(p2, 30, 40, p2.w - 60)
        p2.text(30, yy + 6, f"著作权合同登记号：图字：{ctx.rng.randint(1, 41):02d}-{y - 1}-{ctx.rng.randint(100, 9999)}号", 9.5, body)
        p2.text(30, yy + 13, f"Copyright © {y - 2} by {fe}. All rights reserved.", 9, body)
        pages += [p1, p2]
    elif v == "spread":
        pg = Page(w=297, h=210)
        pg.line(pg.w / 2, 0, pg.w / 2, pg.h, 0.6, (180, 180, 180))
        title_page(pg, pg.w / 4, 45)
        cip(pg, pg.w / 2 + 12, 30, pg.w / 2 - 24, 9)
        pages.append(pg)
    else:  # shop
        pg, yy = P.browser_page(ctx, f"https://www.{ctx.pick(['wsbook', 'waterpub', 'ccap', 'wenwu'])}.com.cn/book/{P.serial(ctx, 7)}", pub)
        pg.rect(20, yy, 80, yy + 85, 0.3, (180, 180, 180), (225, 232, 240))
        pg.text(50, yy + 38, "封面", 12, body, "c", (120, 120, 120))
        pg.text(95, yy, title, P.fits(title, bold, 18, 180), bold)
        rows = [("作　　者", credit), ("出 版 社", pub), ("出版时间", P.ms(y, m, "iso")), ("版　　次", edition),
                ("I S B N", isbn), ("开　　本", "16开"), ("定　　价", f"¥{ctx.rng.randint(38, 128)}.00")]  # fmt: skip
        for i, (lab, val) in enumerate(rows):
            pg.text(95, yy + 14 + i * 9, f"{lab}：{val}", 10.5, body)
        pg.rect(95, yy + 82, 135, yy + 91, 0, fill=(220, 60, 40))
        pg.text(115, yy + 83.5, "加入购物车", 10, body, "c", (255, 255, 255))
        pages.append(pg)
    cover_only = v == "cover"
    fields = {"title": title, "people": people, "issuer": pub,
              "issued_on": None if cover_only else f"{y}-{m:02d}",
              "book": {"isbn": None if cover_only else isbn, "publisher": pub, "edition": None if cover_only else edition}}  # fmt: skip
    scored = ["title", "people", "issuer", "book.publisher"]
    if not cover_only:
        scored += ["book.isbn", "book.edition"]
    year = y
    return Doc("book", layout, pages, fields, scored, {"person": claim, "year": year})


# ---------------------------------------------------------------------------------------------
KIND = {"invention": ("发明", "1", "发明人", "B", 20), "utility_model": ("实用新型", "2", "发明人", "U", 10),
        "design": ("外观设计", "3", "设计人", "S", 15)}  # fmt: skip


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "patent_certificate")
    w = P.who(ctx)
    body, bold, hand = ctx.body, ctx.bold, ctx.hand
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(v) or ctx.pick(["invention", "utility_model", "utility_model", "design"])
    word, digit, who_lab, suffix, years = KIND[kind]
    title = P.topic(ctx, w, "patent")
    if kind == "design":
        title = title.replace("一种", "") + ctx.pick(["", "（便携式）", "外壳"])
    applied = P.rdate(ctx, 2016, 2022)
    months = {"invention": (16, 34), "utility_model": (4, 11), "design": (3, 8)}[kind]
    granted = P.plus(applied, 30 * ctx.rng.randint(*months) + ctx.rng.randint(0, 20))
    d12 = f"{applied.year}{digit}{P.serial(ctx, 7)}"
    number = f"ZL{d12}.{P.zl_check(d12)}"
    printed_no = ctx.pick([f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{number[-1]}", number, f"ZL{d12[:4]}{d12[4:]}.{number[-1]}"])
    used: set[str] = set()
    inv = P.pnames(ctx, ctx.pick([1, 2, 3, 4, 5]), used)
    owner = w.unit if ctx.rng.random() < 0.8 else inv[0]
    st = ctx.pick(["cn", "cnpad", "cnpad"])
    cert_no = f"第{ctx.rng.randint(100000, 6999999)}号"
    pub_no = f"CN {ctx.rng.randint(200000000, 219999999)} {suffix}" if kind == "invention" else f"CN {ctx.rng.randint(210000000, 221999999)} {suffix}"
    text = (f"本{word}经过本局依照中华人民共和国专利法进行{'审查' if kind == 'invention' else '初步审查'}，决定授予专利权，颁发{word}专利证书"
            f"并在专利登记簿上予以登记。专利权自授权公告之日起生效。专利权期限为{ '二十' if years == 20 else '十五' if years == 15 else '十'}年，自申请日起算。")
    labels = [(f"{word}名称", title), (who_lab, "；".join(inv)), ("专利号", printed_no), ("专利申请日", P.ds(applied, st)),
              ("专利权人", owner), ("地址", ctx.pick(P.ADDR[w.city]) + f"{ctx.rng.randint(1, 300)}号"),
              ("授权公告日", P.ds(granted, st)), ("授权公告号", pub_no)]  # fmt: skip
    pages: list[Page] = []

    def classic(pg: Page, x: float, top: float, width: float, lab_w: float) -> float:
        pg.text(pg.w / 2, top, f"{word}专利证书", 26, bold, "c")
        pg.text(pg.w - x, top + 16, f"证书号{cert_no}", 10, body, "r")
        y = top + 28
        for lab, val in labels:
            pg.text(x, y, f"{lab}：", 11.5, body)
            y = pg.wrap(x + lab_w, y, width - lab_w, val, 11.5, body, 1.6) + 3
        y = pg.wrap(x, y + 4, width, text, 10.5, body, 1.8, 8)
        return y

    if v in ("invention", "design", "twopage"):
        pg = Page()
        frame(pg, ctx, 2)
        pg.text(pg.w / 2, 22, "中华人民共和国国家知识产权局", 11, body, "c")
        y = classic(pg, 28, 34, pg.w - 56, 30)
        pg.text(pg.w - 70, y + 12, "局长", 11, body)
        pg.text(pg.w - 56, y + 10, "申长雨", 16, hand)
        pg.seal(pg.w - 55, y + 14, 19, "国家知识产权局", ctx.rng.randint(0, 999))
        pg.text(pg.w / 2, pg.h - 20, f"第 1 页（共 {2 if v == 'twopage' else 1} 页）", 9, body, "c")
        pages.append(pg)
        if v == "twopage":
            p2 = Page()
            frame(p2, ctx, 2)
            p2.text(30, 30, "其他事项参见续页。", 11, body)
            y = p2.wrap(30, 42, p2.w - 60, f"专利权人应当依照专利法及其实施细则规定缴纳年费。本专利的年费应当在每年{applied.month:02d}月{applied.day:02d}日前缴纳。未按照规定缴纳年费的，专利权自应当缴纳年费期满之日起终止。", 11, body, 1.8, 8)
            y = p2.wrap(30, y + 4, p2.w - 60, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、国籍、地址变更等事项记载在专利登记簿上。", 11, body, 1.8, 8)
            p2.text(30, y + 10, f"申请日时本专利记载的申请人：{owner}", 11, body)
            p2.text(30, y + 18, f"发明人：{'；'.join(inv)}" if kind != "design" else f"设计人：{'；'.join(inv)}", 11, body)
            p2.text(p2.w / 2, p2.h - 20, "第 2 页（共 2 页）", 9, body, "c")
            pages.append(p2)
    elif v == "utility":
        pg = Page()
        pg.text(pg.w / 2, 16, "中华人民共和国国家知识产权局", 11, body, "c")
        pg.text(pg.w / 2, 26, "证书号" + cert_no, 10, body, "c")
        pg.text(pg.w / 2, 38, f"{word}专利证书", 26, bold, "c", (20, 60, 120))
        rows = [[lab, val] for lab, val in labels]
        y = pg.table(22, 56, [36, 130], rows, 10.5, body, 12)
        y = pg.wrap(22, y + 8, pg.w - 44, text, 10.5, body, 1.8, 8)
        pg.text(pg.w - 70, y + 14, "局长", 11, body)
        pg.text(pg.w - 56, y + 12, "申长雨", 16, hand)
        pg.seal(pg.w - 55, y + 16, 19, "国家知识产权局", ctx.rng.randint(0, 999))
        pages.append(pg)
    elif v == "ecert":
        pg = Page(w=297, h=210)
        frame(pg, ctx, 1)
        pg.text(22, 16, "电子专利证书　国家知识产权局", 10, body, "l", (90, 90, 90))
        pg.text(pg.w / 2, 22, f"{word}专利证书", 24, bold, "c")
        pg.text(pg.w - 22, 16, "证书号" + cert_no, 10, body, "r")
        y = 42
        for lab, val in labels:
            pg.text(30, y, f"{lab}：{val}", 11, body)
            y += 9
        y = pg.wrap(30, y + 4, 200, text, 10, body, 1.7, 8)
        pg.rect(pg.w - 60, 110, pg.w - 28, 142, 0.5)
        pg.text(pg.w - 44, 145, "扫码查验真伪", 8, body, "c")
        pg.text(pg.w - 70, pg.h - 32, "局长 申长雨", 12, body, "c")
        pg.seal(pg.w - 60, pg.h - 40, 18, "国家知识产权局", ctx.rng.randint(0, 999))
        pages.append(pg)
    else:  # labels: a photographed certificate without the frame, fields in two blocks
        pg = Page(bg=(250, 246, 236))
        pg.text(pg.w / 2, 18, "国家知识产权局", 12, body, "c")
        pg.text(pg.w / 2, 30, f"{word}专利证书", 24, bold, "c")
        pg.text(pg.w / 2, 44, "证书号" + cert_no, 10, body, "c")
        y = 60
        for lab, val in labels[:5]:
            pg.text(30, y, f"{lab}", 11, bold)
            y = pg.wrap(62, y, 120, val, 11, body, 1.6) + 3
        pg.line(30, y + 2, pg.w - 30, y + 2, 0.2)
        y += 8
        for lab, val in labels[5:]:
            pg.text(30, y, f"{lab}", 11, bold)
            y = pg.wrap(62, y, 120, val, 11, body, 1.6) + 3
        y = pg.wrap(30, y + 4, pg.w - 60, text, 10.5, body, 1.8, 8)
        pg.text(pg.w - 56, y + 12, "局长　申长雨", 12, body, "c")
        pg.seal(pg.w - 55, y + 16, 19, "国家知识产权局", ctx.rng.randint(0, 999))
        pages.append(pg)
    people = [person(a, i + 1, "inventor") for i, a in enumerate(inv)]
    fields = {"title": title, "people": people, "issuer": "国家知识产权局", "issued_on": granted.isoformat(),
              "patent": {"kind": kind, "number": number, "applied_on": applied.isoformat(), "granted_on": granted.isoformat()}}
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on", "patent.granted_on"]
    return Doc("patent_certificate", layout, pages, fields, scored, {"person": ctx.pick(inv), "year": granted.year})


# ---------------------------------------------------------------------------------------------
GRADES = ["一等奖", "二等奖", "三等奖", "特等奖", "优秀奖"]


def award_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "award_certificate")
    w = P.who(ctx, "agri" if v == "namelist" else None)
    body, bold, hand = ctx.body, ctx.bold, ctx.hand
    used: set[str] = set()
    year = ctx.rng.randint(2017, 2024)
    d = dt.date(year, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    grade = ctx.pick(GRADES[:3])
    project: str | None = P.topic(ctx, w, "project")
    kind = "science_technology"
    if v == "gov":
        issuer, level = ctx.pick([(f"{w.city}市人民政府", "municipal"), (f"{w.prov}省人民政府", "provincial"),
                                  ("新泰市人民政府" if w.city == "泰安" else "兰考县人民政府", "county")])  # fmt: skip
        aname = issuer.replace("人民政府", "") + "科学技术进步奖"
    elif v == "namelist":
        issuer, level = f"{w.prov}省农业农村厅", "bureau"
        aname = f"{w.prov}省农牧渔业丰收奖"
    elif v == "bureau":
        issuer, aname = ctx.pick([(f"{w.prov}省水利厅", f"{w.prov}省水利科技进步奖"), (f"{w.prov}省卫生健康委员会", f"{w.prov}省医学科技奖"),
                                  (f"{w.city}市科学技术局", f"{w.city}市自然科学优秀学术论文奖"), (f"{w.prov}省文物局", f"{w.prov}省文物保护优秀成果奖")])  # fmt: skip
        level = "bureau"
        if "文物" in issuer:
            kind = "other"
    elif v == "society":
        issuer, aname = ctx.pick([(f"{w.prov}省医学会", f"{w.prov}省医学会医学科学技术奖"), ("中国水利学会", "大禹水利科学技术奖"),
                                  (f"{w.prov}省风景园林学会", f"{w.prov}省风景园林学会科学技术奖"), (f"{w.prov}省农学会", f"{w.prov}省农业科技推广奖")])  # fmt: skip
        level = None
    elif v == "contest":
        issuer, aname, level = ctx.pick([(f"{w.city}市教育局", f"{w.city}市小学优质课评选", "bureau"), ("中国翻译协会", "全国口译大赛", None),
                                         (f"{w.city}市卫生健康委员会", f"{w.city}市医学检验技能竞赛", "bureau"),
                                         (f"{w.prov}省总工会", f"{w.prov}省农业技术推广职业技能竞赛", None)])  # fmt: skip
        kind = "competition"
        project = ctx.pick([None, f"{P.topic(ctx, P.who(ctx, 'teacher'), 'paper')}"]) if "优质课" in aname else None
    else:  # socsci
        issuer, level = ctx.pick([(f"{w.city}市人民政府", "municipal"), (f"{w.prov}省人民政府", "provincial")])
        aname = issuer.replace("人民政府", "") + "社会科学优秀成果奖"
        kind = "social_science"
        project = P.topic(ctx, w, "paper")
    multi = v == "namelist"
    names = P.pnames(ctx, ctx.pick([3, 4, 5, 6]) if multi else 1, used)
    rank = ctx.rng.randint(1, 7) if not multi and v in ("gov", "bureau", "socsci") and ctx.rng.random() < 0.7 else None
    printed_name = f"{year}年度{aname}" if ctx.rng.random() < 0.6 else aname
    st = ctx.pick(P.STYLES)
    dtxt = P.ds(d, st)
    no = f"{ctx.pick(['KJ', 'SK', 'JS', ''])}{year}-{ctx.rng.randint(1, 3)}-{ctx.rng.randint(1, 120):03d}"
    pages: list[Page] = []
    landscape = v in ("socsci", "namelist", "contest") and ctx.rng.random() < 0.7
    pg = Page(w=297, h=210) if landscape else Page()
    frame(pg, ctx, ctx.pick([2, 3]))
    cx = pg.w / 2
    top = 28 if landscape else 45
    pg.text(cx, top, ctx.pick(["荣 誉 证 书", "获 奖 证 书", "证　　书"]), 28, bold, "c", (170, 30, 30))
    y = top + 22
    xl, wd = (36, pg.w - 72)
    if multi:
        pg.text(xl, y, "为表彰在农业技术推广工作中作出突出贡献的人员，特颁发此证书。", 12.5, body)
        y += 11
        y = pg.wrap(xl, y, wd, f"经评审，下列项目荣获{printed_name}{grade}。", 12.5, body, 1.8)
        rows = [("获奖项目", project), ("奖励等级", grade), ("证书编号", no)]
        for lab, val in rows:
            pg.text(xl, y, f"{lab}：{val}", 12.5, body)
            y += 9
        pg.text(xl, y, "主要完成人：", 12.5, body)
        pg.text(xl + 30, y, "、".join(names), 12.5, body)
        y += 9
        pg.text(xl, y, f"完成单位：{w.unit}", 12.5, body)
        y += 9
    else:
        nm = names[0]
        if v == "contest":
            sent = f"{nm}同志在{printed_name}中荣获{grade}" + (f"（参赛课题：{project}）" if project else "") + "。特发此证，以资鼓励。"
            y = pg.wrap(xl, y, wd, sent, 13.5, body, 2.0, 9)
        else:
            pg.text(xl, y, f"{nm}{'同志' if ctx.rng.random() < 0.5 else ''}：", 14, hand)
            y += 12
            label = "获奖成果" if kind == "social_science" else "项目名称"
            y = pg.wrap(xl, y, wd, f"{label}：{project}", 12.5, body, 1.8)
            y = pg.wrap(xl, y, wd, f"荣获{printed_name}{grade}" + (f"（第{P._cn_small(rank) if ctx.rng.random() < 0.5 else rank}完成人）" if rank else "") + "。", 12.5, body, 1.8)
            y = pg.wrap(xl, y, wd, ctx.pick(["特发此证，以资鼓励。", "特颁此证。", "为表彰先进，特发此证。"]), 12.5, body, 1.8)
            pg.text(xl, y + 2, f"证书号：{no}", 10, body)
            y += 8
    pg.text(pg.w - 62, y + 16, issuer, 12.5, body, "c")
    pg.text(pg.w - 62, y + 26, dtxt, 12.5, body, "c")
    pg.seal(pg.w - 62, y + 20, 19, issuer[:16], ctx.rng.randint(0, 999))
    pages.append(pg)
    if multi:
        people = [person(a, i + 1, "awardee") for i, a in enumerate(names)]
        holder = None
    else:
        people = [person(names[0], rank or 1, "awardee")]
        holder = names[0]
    fields = {"holder": holder, "title": project, "people": people, "issuer": issuer, "issued_on": d.isoformat(),
              "award": {"name": aname, "kind": kind, "level": level, "grade": grade}}
    scored = ["holder", "people", "issuer", "issued_on", "award.name", "award.kind", "award.level", "award.grade"]
    if project:
        scored.insert(1, "title")
    if level is None:  # a society's or union's award has no level; the tests score only printed values
        scored.remove("award.level")
    return Doc("award_certificate", layout, pages, fields, scored, {"person": ctx.pick(names), "year": year})


# ---------------------------------------------------------------------------------------------
PROJ_ISSUER = {"water": ["{p}省水利厅", "{c}市科学技术局"], "radio": ["{p}省卫生健康委员会", "{p}省医学科学院"],
               "lab": ["{p}省卫生健康委员会", "{c}市科学技术局"], "teacher": ["{p}省教育科学规划领导小组办公室", "{c}市教育科学研究所", "{p}省基础教育教研室"],
               "agri": ["{p}省农业农村厅", "{c}市科学技术局"], "relic": ["{p}省文物局", "{p}省社会科学界联合会"],
               "trans": ["{p}省社会科学界联合会", "{c}市社会科学界联合会"], "land": ["{p}省住房和城乡建设厅", "{c}市科学技术局"]}  # fmt: skip


def project_completion(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "project_completion")
    w = P.who(ctx)
    body, bold, hand = ctx.body, ctx.bold, ctx.hand
    issuer = w.fill(ctx.pick(PROJ_ISSUER[w.prof]))
    title = P.topic(ctx, w, "project")
    used: set[str] = set()
    leader = P.pname(ctx, used)
    members = P.pnames(ctx, ctx.pick([2, 3, 4, 5]), used) if v != "letter" else []
    d = P.rdate(ctx, 2019, 2024)
    a = dt.date(d.year - ctx.pick([1, 2]), ctx.pick([3, 6, 9]), 1)
    st = ctx.pick(P.STYLES)
    dtxt = P.ds(d, st)
    code = f"{ctx.pick(['JKY', 'SL', 'WS', 'NK', 'WW', 'SK'])}{d.year - 1}{ctx.pick(['-', ''])}{ctx.rng.randint(1, 999):03d}"
    grade = ctx.pick(["优秀", "良好", "合格"])
    pages: list[Page] = []
    if v in ("cert", "landscape", "handfill"):
        pg = Page(w=297, h=210) if v == "landscape" else Page()
        frame(pg, ctx, ctx.pick([1, 2, 3]))
        top = 28 if v == "landscape" else 46
        pg.text(pg.w / 2, top, "结 题 证 书", 28, bold, "c")
        pg.text(pg.w - 30, top + 16, f"证书编号：{P.serial(ctx, 8)}", 9.5, body, "r")
        y = top + 28
        xl = 36
        f_val = hand if v == "handfill" else body
        for lab, val in (("课题名称", title), ("课题编号", code), ("课题负责人", leader), ("课题组成员", "、".join(members)),
                         ("鉴定等级", grade)):  # fmt: skip
            pg.text(xl, y, f"{lab}：", 12.5, body)
            lw = width_mm(f"{lab}：", body, 12.5)
            y = pg.wrap(xl + lw, y - (0.6 if f_val == hand else 0), pg.w - 2 * xl - lw, val, 13 if f_val == hand else 12.5, f_val, 1.7) + 3
            if v == "handfill":
                pg.line(xl + lw, y - 2.5, pg.w - xl, y - 2.5, 0.2)
        y = pg.wrap(xl, y + 4, pg.w - 2 * xl, "该课题已完成研究任务，经专家组鉴定，准予结题。特发此证。", 12.5, body, 1.8, 9)
        pg.text(pg.w - 64, y + 16, issuer, 12.5, body, "c")
        pg.text(pg.w - 64, y + 26, dtxt, 12.5, body, "c")
        pg.seal(pg.w - 64, y + 20, 19, issuer[:16], ctx.rng.randint(0, 999))
        pages.append(pg)
    elif v == "letter":
        pg = Page()
        pg.text(pg.w / 2, 34, "结 题 证 明", 22, bold, "c")
        sent = (f"由{w.unit}{leader}同志主持的{ctx.pick(['市级', '省级', '年度'])}课题“{title}”（课题编号：{code}），"
                f"于{P.ms(a.year, a.month, 'cn')}立项，经课题组研究，已按计划完成各项研究任务，成果鉴定等级为{grade}，同意结题。")
        y = pg.wrap(25, 56, pg.w - 50, sent, 13, body, 2.0, 9)
        y = pg.wrap(25, y, pg.w - 50, "特此证明。", 13, body, 2.0, 9)
        pg.text(pg.w - 60, y + 22, issuer, 12.5, body, "c")
        pg.text(pg.w - 60, y + 32, dtxt, 12.5, body, "c")
        pg.seal(pg.w - 60, y + 26, 19, issuer[:16], ctx.rng.randint(0, 999))
        pg.text(25, pg.h - 28, f"（本证明仅用于职称评审及继续教育学时认定）　联系电话：{P.phone(ctx)}", 9, body)
        pages.append(pg)
    elif v == "approval":
        pg = Page()
        pg.text(pg.w / 2, 22, f"{issuer}", 12, body, "c")
        pg.text(pg.w / 2, 32, "科研项目结题验收意见表", 18, bold, "c")
        rows = [["项目名称", title], ["项目编号", code], ["主持人", leader], ["起止时间", f"{P.ds(a, st)}—{dtxt}"],
                ["承担单位", w.unit]]  # fmt: skip
        y = pg.table(20, 44, [34, 136], rows, 10.5, body, 11)
        mrows = [["序号", "姓名", "单位", "分工"]] + [[str(i + 1), m, w.unit, ctx.pick(["数据采集", "方案设计", "统计分析", "实验实施"])] for i, m in enumerate(members)]
        y = pg.table(20, y + 6, [16, 30, 90, 34], [["课题组成员", "", "", ""]] + mrows, 10, body, 10)
        y = pg.wrap(22, y + 6, pg.w - 44, f"验收意见：该项目完成了合同规定的研究内容，资料齐全，同意通过结题验收，验收结论：{grade}。", 11, body, 1.8)
        pg.text(pg.w - 60, y + 14, f"{issuer}（盖章）", 11, body, "c")
        pg.text(pg.w - 60, y + 24, dtxt, 11, body, "c")
        pg.seal(pg.w - 60, y + 18, 19, issuer[:16], ctx.rng.randint(0, 999))
        pages.append(pg)
    else:  # twopage
        p1 = Page()
        frame(p1, ctx, 2)
        p1.text(p1.w / 2, 50, "结 题 证 书", 28, bold, "c")
        y = p1.wrap(36, 80, p1.w - 72, f"{leader}同志主持的“{title}”（{code}）研究任务已完成，经审核，准予结题。", 13, body, 2.0, 9)
        p1.text(36, y + 4, "课题组成员见附页。", 12, body)
        p1.text(p1.w - 64, y + 30, issuer, 12.5, body, "c")
        p1.text(p1.w - 64, y + 40, dtxt, 12.5, body, "c")
        p1.seal(p1.w - 64, y + 34, 19, issuer[:16], ctx.rng.randint(0, 999))
        p2 = Page()
        p2.text(p2.w / 2, 30, "附页：课题组成员名单", 15, bold, "c")
        rows = [["排名", "姓名", "工作单位", "职称"]] + [[str(i + 1), m, w.unit, ctx.pick(["工程师", "副研究员", "一级教师", "主管技师", "馆员"])] for i, m in enumerate([leader] + members)]
        p2.table(20, 44, [16, 30, 90, 34], rows, 10.5, body, 11)
        pages += [p1, p2]
    ppl = [person(leader, 1, "project_leader")] + [person(m, i + 2, "project_member") for i, m in enumerate(members)]
    holder = leader if not members else None
    fields = {"holder": holder, "title": title, "people": ppl, "issuer": issuer, "issued_on": d.isoformat()}
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    return Doc("project_completion", layout, pages, fields, scored, {"person": ctx.pick([leader] + members), "year": d.year})
