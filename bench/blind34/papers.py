"""Draw 34 builders: journal articles and books (patents, awards and projects are in `works`)."""

from __future__ import annotations

from bench.blind.common import journals, supervisor
from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind34 import works
from bench.blind34.pools import (
    GREY,
    TOPICS,
    Ctx,
    browser,
    centre,
    day,
    doc,
    fd,
    fit,
    fm,
    people_names,
    setting,
    workplace,
)  # fmt: skip

patent_certificate = works.patent_certificate
award_certificate = works.award_certificate
project_completion = works.project_completion

ART = ["{t}的应用研究", "基于{t}的实践分析", "{t}现状与对策", "县域{t}效果评价", "{t}中的问题及改进措施"]
OTHER_ART = ["某地区夏季气象因子变化特征", "一种新型传感器标定方法", "农村饮用水安全监测结果分析", "基层档案数字化管理探讨",
             "土壤重金属分布规律初探", "城镇污水处理工艺比较", "小型水库除险加固技术"]  # fmt: skip


def _art_title(ctx: Ctx, sector: str) -> str:
    t = ctx.rng.choice(TOPICS[sector])
    return ctx.pick("art", ART).format(t=t)


def journal_article(ctx: Ctx, k: int) -> Doc:  # noqa: PLR0915
    v = ctx.variant("journal")
    r = ctx.rng
    S = ctx.show
    st = setting(ctx)
    j = r.choice(journals())
    year = r.randint(2016, 2024)
    vol = str(year - r.randint(1960, 2005))
    iss = str(r.randint(1, 12))
    title = _art_title(ctx, st.sector)
    authors = people_names(r, r.randint(2, 5))
    claim = authors[r.randrange(len(authors))]
    levels = list(j.base_levels)
    sup_line = None
    if v in ("cover", "bundle", "footer") or r.random() < 0.3:
        sup, lev = supervisor(r, j)
        sup_line = sup
        levels.append(lev)
    p0 = r.randint(10, 180)
    pages: list[Page] = []
    show_vol = v != "database"
    scored_tp = v not in ("contents", "cover")
    for a in authors:
        S("people", a)
    S("journal.name", j.name)
    S("journal.issn", j.issn)
    S("journal.cn", j.cn)
    S("journal.year", str(year))
    if show_vol:
        S("journal.volume", vol)
    S("journal.issue", iss)
    S("title", title)
    others = [(r.choice(OTHER_ART), people_names(r, 2)) for _ in range(6)]

    def first_page(footer: bool = False) -> Page:
        pg = Page()
        head = f"第{vol}卷 第{iss}期{' ' * 4}{j.name}{' ' * 4}Vol.{vol} No.{iss}"
        top = f"{year}年{r.randint(1, 12)}月"
        if not footer:
            pg.text(16, 10, head, 9, ctx.body)
            pg.text(194, 10, top, 9, ctx.body, "r")
            pg.line(16, 15, 194, 15, 0.4)
            pg.text(16, 18, f"ISSN {j.issn}  CN {j.cn}", 8, ctx.body, "l", GREY)
        else:
            pg.line(16, 280, 194, 280, 0.4)
            pg.text(
                16, 282, f"{j.name}  {year}年第{vol}卷第{iss}期   ISSN {j.issn}   CN {j.cn}", 8.5, ctx.body
            )
            pg.text(194, 282, str(p0), 8.5, ctx.body, "r")
            pg.text(
                16,
                12,
                f"文章编号：{j.issn[:4]}-{j.issn[5:]}({year}){int(iss):02d}-{p0:04d}-0{r.randint(4, 8)}",
                8,
                ctx.body,
            )  # noqa: E501
        y = centre(pg, ctx, 28, title, fit(title, ctx.bold, 18, 176), True)
        ws = []
        for i, a in enumerate(authors):
            ws.append((a, False))
            ws.append((str(1 + (i % 2)) + ("*" if i == len(authors) - 1 and v == "reprint" else ""), True))
            if i < len(authors) - 1:
                ws.append(("，", False))
        y = pg.runs(105, y + 2, ws, 12.5, ctx.body)
        units = [workplace(r, st.city, st.sector), workplace(r, st.city, st.sector)]
        pg.text(
            105,
            y,
            f"（1. {units[0]}，{st.prov}{st.city}；2. {units[1]}，{st.prov}{st.city}）",
            9.5,
            ctx.body,
            "c",
        )
        y += 10
        ab = (
            "摘要："
            + "为了解"
            + title[:10]
            + "的实际情况，本文选取"
            + st.city
            + "市部分单位为对象，采用调查与对比分析方法，" * 2
            + "结果表明相关措施具有推广价值。"
        )  # noqa: E501
        y = pg.wrap(24, y, 162, ab, 10, ctx.body, 1.7)
        y = pg.wrap(
            24, y + 1, 162, "关键词：" + "；".join([title[:4], st.city, "基层", "对策"]), 10, ctx.body
        )
        pg.text(24, y + 1, f"中图分类号：S{r.randint(100, 899)}    文献标志码：A", 9.5, ctx.body)
        y += 10
        pg.text(16, y + 4, "0 引言", 11, ctx.bold)
        y += 7
        body = "近年来，" + title[:8] + "受到广泛关注。" * 8
        y = pg.wrap(16, y + 4, 178, body, 10.5, ctx.body, 1.7, 7)
        fy = 255 if not footer else 262
        pg.line(16, fy - 2, 80, fy - 2, 0.3)
        pg.text(16, fy, f"收稿日期：{fd(day(r, year - 1, year - 1), 'dash')}", 8, ctx.body)
        corr = authors[-1] if v == "reprint" else authors[0]
        pg.text(
            16,
            fy + 5,
            f"作者简介：{authors[0]}，{st.sector and '工程师'}，研究方向为基层技术推广。",
            8,
            ctx.body,
        )
        if v == "reprint":
            pg.text(16, fy + 10, f"*通信作者：{corr}，E-mail：{r.randint(10000, 99999)}@163.com", 8, ctx.body)
        return pg

    def contents() -> Page:
        pg = Page()
        centre(pg, ctx, 14, j.name, 18, True)
        centre(pg, ctx, 24, f"{year}年 第{vol}卷 第{iss}期（总第{r.randint(100, 400)}期）", 11)
        centre(pg, ctx, 32, "目    次", 15, True)
        entries = others[:3] + [(title, authors)] + others[3:]
        y = 46.0
        pg_no = p0 - 30
        for t, au in entries:
            pno = p0 if t == title else pg_no
            pg.text(20, y, t, 11.5, ctx.body)
            pg.text(190, y, f"（{pno}）", 11, ctx.body, "r")
            pg.text(28, y + 6.5, "……" + "  ".join(au), 10, ctx.body, "l", GREY)
            y += 16
            pg_no += r.randint(5, 9)
        pg.text(20, 262, f"ISSN {j.issn}", 10, ctx.body)
        pg.text(20, 268, f"CN {j.cn}", 10, ctx.body)
        if sup_line:
            pg.text(190, 262, f"主管：{sup_line}", 10, ctx.body, "r")
        return pg

    def cover() -> Page:
        pg = Page(bg=(236, 242, 248))
        pg.rect(0, 0, 210, 60, 0, fill=(30, 70, 120))
        pg.text(105, 16, j.name, fit(j.name, ctx.bold, 40, 190), ctx.bold, "c", (255, 255, 255))
        pg.text(105, 45, f"{year}年 第{iss}期  第{vol}卷", 13, ctx.body, "c", (255, 255, 255))
        pg.text(20, 80, "本期要目", 14, ctx.bold)
        y = 92.0
        for t, au in [others[0], (title, authors), others[1]]:
            y = pg.wrap(24, y, 160, f"{t}  {'，'.join(au)}", 11, ctx.body)
            y += 3
        pg.text(20, 240, f"主管：{sup_line}", 10.5, ctx.body)
        pg.text(20, 247, f"主办：{workplace(r, st.city, st.sector)}", 10.5, ctx.body)
        pg.text(20, 258, f"国际标准连续出版物号 ISSN {j.issn}", 10.5, ctx.body)
        pg.text(20, 265, f"国内统一连续出版物号 CN {j.cn}", 10.5, ctx.body)
        return pg

    if v in ("firstpage", "reprint"):
        pages = [first_page()]
        if sup_line:
            pages[0].text(194, 18, f"主管：{sup_line}", 8, ctx.body, "r", GREY)
    elif v == "footer":
        pages = [first_page(footer=True)]
        pages[0].text(194, 18, f"主管单位：{sup_line}", 8, ctx.body, "r", GREY)
    elif v == "contents":
        pages = [contents()]
    elif v == "cover":
        pages = [cover()]
    elif v == "bundle":
        pages = [cover(), contents(), first_page()]
    else:  # database record printed from a literature database
        pg = Page()
        browser(
            pg,
            ctx,
            f"https://kns.cnki.net/kcms2/article/abstract?v={r.randint(10**9, 10**10)}",
            title,
            fd(day(r, year, year), "slash"),
            "1/1",
        )
        y = centre(pg, ctx, 20, title, fit(title, ctx.bold, 17, 180), True)
        y = centre(pg, ctx, y, "  ".join(authors), 12)
        y = centre(pg, ctx, y, f"{workplace(r, st.city, st.sector)}", 10)
        rows = [["刊名", f"《{j.name}》"], ["出版年/期", f"{year}年第{int(iss):02d}期"], ["ISSN", j.issn], ["CN", j.cn],
                ["页码", f"{p0}-{p0 + 5}"], ["下载/被引", f"{r.randint(20, 900)} / {r.randint(0, 30)}"]]  # fmt: skip
        S("journal.issue", f"{int(iss):02d}")
        y = pg.table(24, y + 6, [34, 128], rows, 10.5, ctx.body, 9)
        y = pg.wrap(
            24, y + 6, 162, "摘要：本文围绕" + title + "开展了调查研究，提出了改进建议。", 10.5, ctx.body
        )
        if sup_line:
            pg.text(24, y + 4, f"期刊主管单位：{sup_line}", 10, ctx.body)
        pages = [pg]
    jr = {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": vol if show_vol else None,
          "issue": iss, "levels": levels}  # fmt: skip
    people = [{"name": a, "rank": i + 1, "role": "author"} for i, a in enumerate(authors)]
    f = {"people": people, "title": title, "journal": jr}
    sc = ["journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue", "journal.levels"]
    if show_vol:
        sc.append("journal.volume")
    if scored_tp:
        sc = ["title", "people"] + sc
    return doc(ctx, "journal_article", "journal", v, pages, f, sc, (claim, year))


# ---- books -------------------------------------------------------------------------------------------
PRESSES = ["中国农业出版社", "人民卫生出版社", "人民交通出版社", "应急管理出版社", "中国轻工业出版社", "河南科学技术出版社",
           "山东科学技术出版社", "黄河水利出版社", "化学工业出版社", "北京师范大学出版社"]  # fmt: skip
PRESS_PFX = {"中国农业出版社": "109", "人民卫生出版社": "117", "人民交通出版社": "114", "应急管理出版社": "5020",
             "中国轻工业出版社": "5184", "河南科学技术出版社": "5349", "山东科学技术出版社": "5331",
             "黄河水利出版社": "5509", "化学工业出版社": "122", "北京师范大学出版社": "303"}  # fmt: skip
BOOK = ["{t}", "{t}实用手册", "{t}技术指南", "基层{t}百问百答", "{t}案例精选"]
FOREIGN = ["Robert Miller", "Susan Clarke", "James Howard", "Linda Becker", "Peter Walsh"]


def _isbn(r, press: str) -> str:  # noqa: ANN001
    from bench.blind34.pools import isbn_digit

    pfx = PRESS_PFX[press]
    rest = "".join(str(r.randint(0, 9)) for _ in range(8 - len(pfx)))
    d12 = "9787" + pfx + rest
    return f"978-7-{pfx}-{rest}-{isbn_digit(d12)}"


def book(ctx: Ctx, k: int) -> Doc:  # noqa: PLR0915
    v = ctx.variant("book")
    r = ctx.rng
    S = ctx.show
    st = setting(ctx)
    title = ctx.pick("book", BOOK).format(t=r.choice(TOPICS[st.sector]))
    press = r.choice(PRESSES)
    isbn = _isbn(r, press)
    y, m = r.randint(2015, 2024), r.randint(1, 12)
    ed_n = r.choice([1, 1, 1, 2])
    edition = f"{y}年{m}月第{ed_n}版"
    nm = people_names(r, 9)
    chief, deputy, board = nm[: r.randint(1, 2)], nm[2 : r.randint(3, 5)], nm[5:9]
    people: list[dict] = []
    pg = Page()
    pages = [pg]
    S("title", title)
    S("issuer", press)
    S("book.publisher", press)

    def add(names: list[str], role: str) -> None:
        for n in names:
            if n not in [p["name"] for p in people]:
                people.append({"name": n, "rank": len(people) + 1, "role": role})

    def cip(page: Page, names_line: str) -> None:
        page.text(24, 40, "图书在版编目（CIP）数据", 12, ctx.bold)
        page.wrap(24, 50, 162, f"{title}/{names_line}．—{press[:2]}：{press}，{y}.{m}", 11, ctx.body)
        page.text(24, 64, f"ISBN {isbn}", 11, ctx.body)
        page.text(24, 78, f"中国版本图书馆CIP数据核字（{y}）第{r.randint(100000, 299999)}号", 11, ctx.body)
        page.line(24, 90, 186, 90, 0.3)
        rows = [("书    名", title), ("出版发行", press), ("地    址", f"{r.choice(['北京市', '郑州市', '济南市'])}{r.choice(['朝阳区', '金水区', '历下区'])}{r.choice(['东路', '北路'])}{r.randint(1, 99)}号"),  # noqa: E501
                ("印    刷", f"{st.city}市{r.choice(['新华', '华鑫', '鸿运'])}印务有限公司"), ("开    本", "787mm×1092mm 1/16"),
                ("字    数", f"{r.randint(180, 560)}千字"), ("版    次", edition), ("印    次", f"{y}年{m}月第1次印刷"),
                ("书    号", f"ISBN {isbn}"), ("定    价", f"{r.randint(28, 98)}.00元")]  # fmt: skip
        yy = 98.0
        for lab, val in rows:
            page.text(40, yy, f"{lab}  {val}", 11, ctx.body)
            yy += 8

    f_book = {"isbn": isbn, "publisher": press, "edition": edition}
    issued = f"{y}-{m:02d}"
    if v == "cover":
        pg.bg = (r.randint(170, 230), r.randint(190, 230), r.randint(150, 220))
        pg.text(105, 70, title, fit(title, ctx.bold, 30, 180), ctx.bold, "c")
        pg.text(105, 140, "  ".join(chief) + "  主编", 14, ctx.body, "c")
        if deputy:
            pg.text(105, 150, "  ".join(deputy) + "  副主编", 12, ctx.body, "c")
        pg.text(105, 260, press, 14, ctx.bold, "c")
        add(chief, "editor_in_chief")
        add(deputy, "deputy_editor")
        f_book, issued = {"isbn": None, "publisher": press, "edition": None}, None
        sc = ["title", "people", "issuer", "book.publisher"]
    elif v == "copyright":
        cip(pg, f"{'，'.join(chief)}主编")
        add(chief, "editor_in_chief")
        sc = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    elif v in ("titlepage", "board"):
        tp = Page()
        if v == "titlepage":
            centre(tp, ctx, 60, title, fit(title, ctx.bold, 24, 180), True)
            yy = 110.0
            for lab, group in (("主  编", chief), ("副主编", deputy), ("编  委", board)):
                tp.text(50, yy, lab, 13, ctx.body)
                tp.wrap(80, yy, 100, "  ".join(group), 13, ctx.body)
                yy += 14
            tp.text(105, 250, press, 13, ctx.body, "c")
            add(chief, "editor_in_chief")
            add(deputy, "deputy_editor")
            add(board, "editorial_board")
            cip(pg, f"{'，'.join(chief)}主编")
            pages = [tp, pg]
        else:
            cip(pg, f"{'，'.join(chief)}主编")
            centre(tp, ctx, 30, "编 写 人 员", 18, True)
            yy = 56.0
            for lab, group in (
                ("主    编", chief),
                ("副 主 编", deputy),
                ("编    委（以姓氏笔画为序）", board),
            ):
                tp.text(30, yy, lab, 12.5, ctx.bold)
                tp.wrap(40, yy + 9, 140, "    ".join(group), 12.5, ctx.body)
                yy += 26
            add(chief, "editor_in_chief")
            add(deputy, "deputy_editor")
            add(board, "editorial_board")
            pages = [pg, tp]
        sc = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    elif v == "translation":
        orig = r.choice(FOREIGN)
        tr = nm[:2]
        cip(pg, f"（美）{orig}著；{'，'.join(tr)}译")
        pg.text(
            40,
            180,
            f"原书名：Practical Guide ({r.randint(2, 5)}nd Edition)  著作权合同登记号：图字01-{y - 1}-{r.randint(1000, 9999)}",
            9.5,
            ctx.body,
        )  # noqa: E501
        people.append({"name": orig, "rank": 1, "role": "author"})
        for i, t in enumerate(tr):
            people.append({"name": t, "rank": i + 2, "role": "translator"})
        sc = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    else:  # catalogue: a library catalogue record printed from the web
        browser(
            pg,
            ctx,
            f"http://opac.{r.choice(['kfu', 'tsu', 'sdlib', 'henanlib'])}.edu.cn/opac/item.php?marc_no={r.randint(10**9, 10**10)}",  # noqa: E501
            "书目检索系统",
            fd(day(r, 2024, 2025), "slash"),
            "1/1",
        )
        centre(pg, ctx, 20, "书目详细信息", 16, True)
        edition = f"第{ed_n}版"
        f_book["edition"] = edition
        rows = [["题名/责任者", f"{title}/{'，'.join(chief)}主编；{'，'.join(deputy)}副主编"],
                ["出版发行项", f"{press[:2]}：{press}，{y}.{m:02d}"], ["ISBN及定价", f"{isbn}/CNY{r.randint(28, 98)}.00"],
                ["版本说明", edition], ["载体形态项", f"{r.randint(150, 420)}页；26cm"],
                ["中图法分类号", f"S{r.randint(100, 899)}"], ["馆藏", "自然科学书库（3册可借）"]]  # fmt: skip
        yy = 34.0
        for lab, val in rows:
            pg.text(16, yy, lab, 10.5, ctx.bold)
            yy = pg.wrap(50, yy, 144, val, 10.5, ctx.body, 1.7) + 3
            pg.line(16, yy - 1.5, 194, yy - 1.5, 0.2, GREY)
        add(chief, "editor_in_chief")
        add(deputy, "deputy_editor")
        sc = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    if f_book["isbn"]:
        S("book.isbn", isbn)
        S("book.edition", f_book["edition"])
    for p in people:
        S("people", p["name"])
    f = {"people": people, "title": title, "issuer": press, "book": f_book, "issued_on": issued}
    claimant = (
        people[r.randrange(len(people))]["name"]
        if v != "translation"
        else people[1 + r.randrange(len(people) - 1)]["name"]
    )  # noqa: E501
    return doc(ctx, "book", "book", v, pages, f, sc, (claimant, y))


__all__ = ["award_certificate", "book", "fm", "journal_article", "patent_certificate", "project_completion"]
