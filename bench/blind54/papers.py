"""Draw 54's publications and results: journal pages, books, patents, awards and completed projects."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind54.kit import (
    World,
    border,
    doc,
    fdate,
    fmonth,
    para,
    put,
    qr,
    rand_date,
    seal,
    sign,
    spaced,
    table,
    world,
    wrap_words,
)  # fmt: skip
from bench.blind54.pools import (
    BOOK_PUBLISHER,
    CLC,
    FOREIGN_AUTHORS,
    JOURNAL_HOSTS,
    PROFESSIONS,
    PUBLISHERS,
    YANTAI,
    Ctx,
    bureau,
    english_name,
    isbn_digit,
    journal_row,
    zl_check,
)  # fmt: skip

SUP = "¹²³⁴⁵⁶"
MONTHS_EN = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]
PROVINCE_OF = {YANTAI: ("山东", "烟台", "264000"), None: ("湖南", "益阳", "413000")}


def _people(names: list[str], role: str, start: int = 1) -> list[dict]:
    return [{"name": n, "rank": i + start, "role": role} for i, n in enumerate(names)]


def _place(w: World) -> tuple[str, str, str]:
    return PROVINCE_OF.get(w.city, PROVINCE_OF[None]) if w.city is YANTAI else PROVINCE_OF[None]


# ---- journal articles --------------------------------------------------------------------------
def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("journal_article")
    w = world(ctx, "papers")
    jname = ctx.rng.choice(w.prof.journals)
    row = journal_row(jname)
    title, en_title = ctx.rng.choice(w.prof.papers)
    authors = ctx.people(ctx.rng.randint(2, 5))
    vol = str(w.year - ctx.rng.choice([1975, 1980, 1985, 1990, 1995]))
    issue = str(ctx.rng.randint(1, 12))
    month = int(issue) if int(issue) <= 12 else 12
    jr = {"name": jname, "issn": row["issn"], "cn": row["cn"], "year": w.year, "volume": vol, "issue": issue,
          "levels": list(row["levels"])}  # fmt: skip
    pages: list[Page]
    if v in ("toc", "covertoc"):
        pages = _toc(ctx, w, jr, title, authors, v == "covertoc", month)
        scored = ["journal.name", "journal.issn", "journal.cn", "journal.year", "journal.volume", "journal.issue",
                  "journal.levels"]  # fmt: skip
    else:
        pages = [_first_page(ctx, w, v, jr, title, en_title, authors, month)]
        scored = ["title", "people", "journal.name", "journal.issn", "journal.cn", "journal.year", "journal.volume",
                  "journal.issue", "journal.levels"]  # fmt: skip
    fields = {"title": title, "people": _people(authors, "author"), "journal": jr}
    return doc("journal_article", v, pages, fields, scored, w.claim(ctx.rng.choice(authors)))


def _masthead(ctx: Ctx, pg: Page, jr: dict, month: int) -> None:
    style = ctx.pick("t54.ja.mast", [0, 1, 2])
    y = 10
    if style == 0:
        put(pg, 18, y, f"第{jr['volume']}卷 第{jr['issue']}期", 9, ctx.body)
        put(pg, pg.w / 2, y, jr["name"], 10, ctx.bold, "c")
        put(pg, pg.w - 18, y, f"Vol.{jr['volume']}  No.{jr['issue']}", 9, ctx.body, "r")
        put(pg, 18, y + 5, f"{jr['year']}年{month}月", 9, ctx.body)
        put(pg, pg.w - 18, y + 5, f"{MONTHS_EN[month - 1]}  {jr['year']}", 9, ctx.body, "r")
    elif style == 1:
        put(pg, 18, y, f"{jr['name']}  {jr['year']}年第{jr['issue']}期（第{jr['volume']}卷）", 9.5, ctx.body)
        put(pg, pg.w - 18, y, f"ISSN {jr['issn']}  CN {jr['cn']}", 9, ctx.body, "r")
    else:
        put(pg, pg.w / 2, y, f"{jr['name']}, {jr['year']}, {jr['volume']}({jr['issue']})", 9.5, ctx.body, "c")
    pg.line(18, y + 10, pg.w - 18, y + 10, 0.4)
    if style != 1:
        put(pg, 18, pg.h - 14, f"ISSN {jr['issn']}", 8.5, ctx.body)
        put(pg, pg.w - 18, pg.h - 14, f"CN {jr['cn']}", 8.5, ctx.body, "r")


def _first_page(
    ctx: Ctx, w: World, v: str, jr: dict, title: str, en: str, authors: list[str], month: int
) -> Page:
    pg = Page()
    _masthead(ctx, pg, jr, month)
    prov, city, post = _place(w)
    units = [w.unit(ctx)]
    if ctx.chance(0.6):
        extra = ctx.rng.choice(
            ["鲁东大学", "烟台大学", "中国海洋大学"]
            if w.city is YANTAI
            else ["湖南城市学院", "中南大学", "湖南农业大学"]
        )
        units.append(extra)
    aff = [ctx.rng.randrange(len(units)) for _ in authors]
    aff[0] = 0
    put(
        pg,
        56,
        24,
        f"文章编号：{jr['issn']}({jr['year']}){int(jr['issue']):02d}-{ctx.rng.randint(10, 900):04d}-{ctx.rng.randint(5, 9):02d}",
        8,
        ctx.body,
    )
    y = pg.wrap(22, 34, pg.w - 44, title, 18, ctx.bold, 1.4) + 3
    marks = SUP if v != "letters" else "ᵃᵇᶜ"
    parts: list[tuple[str, bool]] = []
    sep = {"supnum": "  ", "letters": "  ", "comma": "，", "star": "、", "twocol": " "}[v]
    for i, a in enumerate(authors):
        if i:
            parts.append((sep, False))
        parts.append((a, False))
        if v != "comma" and (len(units) > 1 or v == "letters"):
            parts.append((marks[aff[i]], True))
        if v == "star" and i == len(authors) - 1:
            parts.append(("*", True))
    y = pg.runs(pg.w / 2, y, parts, 13, ctx.body)
    if v == "comma":
        ulist = "；".join(units)
        put(pg, pg.w / 2, y, f"（{ulist}，{prov} {city} {post}）", 9.5, ctx.body, "c")
    else:
        ulist = "；".join(
            f"{(marks[i] if v == 'letters' else str(i + 1) + '.')} {u}，{prov} {city} {post}"
            for i, u in enumerate(units)
        )
        put(pg, pg.w / 2, y, f"（{ulist}）", 9.5, ctx.body, "c")
    y += 9
    field = w.prof.field
    abstract = (f"摘要：针对{field}工作中存在的问题，本文结合{w.city.city}地区实测资料，对{title[:12]}进行了系统分析。"
                "结果表明，所提方法能够有效提高分析精度，可为同类工作提供参考。")  # fmt: skip
    y = para(pg, ctx, 22, y, pg.w - 44, abstract, 10, False)
    kws = "；".join([field, title[:4], title[-4:], "分析"])
    put(pg, 22, y, f"关键词：{kws}", 10, ctx.body)
    y += 6.5
    clc = CLC[w.prof.key] + ctx.rng.choice(["", ".1", ".2", ".4"])
    put(pg, 22, y, f"中图分类号：{clc}        文献标志码：A", 10, ctx.body)
    y += 9
    y = wrap_words(pg, 22, y, pg.w - 44, en, 11.5, ctx.bold, 1.4)
    st = ctx.rng.randrange(3)
    put(pg, pg.w / 2, y + 1, ", ".join(english_name(a, st) for a in authors), 9.5, ctx.body, "c")
    y += 8
    y = wrap_words(
        pg,
        22,
        y,
        pg.w - 44,
        "Abstract: Based on field data, this paper analyses the problem and proposes a "
        "practical method. The results provide a reference for similar work.",
        9,
        ctx.body,
        1.6,
    )
    pg.line(22, y + 2, pg.w - 22, y + 2, 0.3)
    y += 6
    body = (f"{field}是保障公共安全与服务质量的重要环节。近年来，随着相关规范的更新和技术手段的进步，"
            f"对专业技术人员提出了更高要求。本文以{w.city.city}为例，梳理了现状并提出改进措施。") * 3  # fmt: skip
    if v == "twocol":
        cw = (pg.w - 44 - 6) / 2
        half = len(body) // 2
        para(pg, ctx, 22, y, cw, "1  引言" + body[:half], 10)
        para(pg, ctx, 22 + cw + 6, y, cw, body[half:], 10)
    else:
        put(pg, 22, y, "0  引言", 11, ctx.bold)
        para(pg, ctx, 22, y + 7, pg.w - 44, body, 10)
    fy = pg.h - 48
    pg.line(22, fy, 80, fy, 0.3)
    recv = (
        rand_date(ctx, jr["year"] - (1 if month < 4 else 0), (1, 12))
        if month >= 4
        else rand_date(ctx, jr["year"] - 1, (6, 12))
    )
    fund = ctx.rng.choice([f"{w.city.province}自然科学基金项目（ZR{jr['year'] - 1}M{ctx.rng.randrange(1000, 9999)}）",
                           f"{w.city.city}科技发展计划项目（{jr['year'] - 1}{ctx.rng.randrange(100, 999)}）"])  # fmt: skip
    foot = [f"收稿日期：{fdate(recv, 'dash')}",
            f"基金项目：{fund}",
            f"作者简介：{authors[0]}（{jr['year'] - ctx.rng.randint(25, 50)}—），{ctx.rng.choice('男女')}，{prov}{city}人，"
            f"{ctx.rng.choice(['工程师', '高级工程师', '副主任护师', '一级教师', '馆员'])}，主要从事{field}研究。"]  # fmt: skip
    if v == "star":
        foot.append(
            f"*通信作者：{authors[-1]}，E-mail：{english_name(authors[-1], 1).replace(' ', '').lower()}@163.com"
        )
    yy = fy + 2
    for s in foot:
        yy = pg.wrap(22, yy, pg.w - 44, s, 8, ctx.body, 1.45)
    return pg


def _toc(ctx: Ctx, w: World, jr: dict, title: str, authors: list[str], cover: bool, month: int) -> list[Page]:
    pages = []
    if cover:
        cv = Page()
        cv.rect(0, 0, cv.w, 70, 0, (20, 70, 120), (20, 70, 120))
        put(
            cv,
            cv.w / 2,
            20,
            spaced(jr["name"]) if len(jr["name"]) <= 4 else jr["name"],
            40,
            ctx.bold,
            "c",
            (255, 255, 255),
        )
        put(cv, cv.w / 2, 82, f"{jr['year']}年  第{jr['issue']}期", 18, ctx.bold, "c")
        put(
            cv,
            cv.w / 2,
            94,
            f"第{jr['volume']}卷  （总第{int(jr['volume']) * 12 + int(jr['issue'])}期）",
            12,
            ctx.body,
            "c",
        )
        host, hcity = JOURNAL_HOSTS.get(jr["name"], ("", ""))
        if host:
            put(cv, cv.w / 2, cv.h - 46, f"主办：{host}", 12, ctx.body, "c")
        put(cv, cv.w / 2, cv.h - 34, f"ISSN {jr['issn']}    CN {jr['cn']}", 12, ctx.body, "c")
        put(
            cv,
            cv.w / 2,
            cv.h - 24,
            ctx.pick(
                "t54.ja.cvtag", ["中国科学引文数据库（CSCD）来源期刊", "中文核心期刊", "中国科技核心期刊"]
            ),
            10,
            ctx.body,
            "c",
        )
        pages.append(cv)
    pg = Page()
    put(pg, pg.w / 2, 14, f"{jr['name']}", 16, ctx.bold, "c")
    put(
        pg,
        pg.w / 2,
        24,
        f"第{jr['volume']}卷 第{jr['issue']}期（{jr['year']}年{month}月）",
        11,
        ctx.body,
        "c",
    )
    put(pg, pg.w / 2, 34, spaced("目次") if ctx.chance(0.5) else "目  录", 18, ctx.bold, "c")
    others = [t for p in PROFESSIONS for t, _ in p.papers if t != title]
    ctx.rng.shuffle(others)
    entries = [(t, ctx.people(ctx.rng.randint(1, 4))) for t in others[:7]]
    pos = ctx.rng.randrange(1, len(entries))
    entries.insert(pos, (title, authors))
    y = 48
    page_no = ctx.rng.randint(1, 20)
    for t, names in entries:
        sep = ctx.pick("t54.ja.tocsep", ["，", "  ", "、"]) if t == title else "，"
        put(pg, 22, y, t, 11, ctx.body)
        tw = width_mm(t, ctx.body, 11)
        pn = str(page_no)
        put(pg, pg.w - 22, y, pn, 11, ctx.body, "r")
        dots = "…" * int(max(0, (pg.w - 22 - 8 - 22 - tw) / width_mm("…", ctx.body, 11)))
        if tw + 30 < pg.w - 44:
            put(pg, 22 + tw + 1, y, dots[: max(0, len(dots) - 1)], 11, ctx.body)
        put(pg, 30, y + 6.5, sep.join(names), 10, ctx.body)
        y += 16
        page_no += ctx.rng.randint(6, 12)
    put(pg, pg.w / 2, pg.h - 16, f"ISSN {jr['issn']}  CN {jr['cn']}", 9, ctx.body, "c")
    pages.append(pg)
    return pages


# ---- books ------------------------------------------------------------------------------------
def _isbn(ctx: Ctx, prefix: str) -> str:
    digits = prefix.replace("-", "")
    rest = "".join(str(ctx.rng.randrange(10)) for _ in range(12 - len(digits)))
    body = digits + rest
    return f"{prefix}-{rest}-{isbn_digit(body)}"


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("book")
    w = world(ctx)
    title = ctx.rng.choice(w.prof.books)
    pub, prefix = PUBLISHERS[BOOK_PUBLISHER[w.prof.key]]
    if ctx.chance(0.3):
        pub, prefix = PUBLISHERS[6] if w.city is not YANTAI else PUBLISHERS[7]
    isbn = _isbn(ctx, prefix)
    m = ctx.rng.randint(1, 12)
    ed_no = ctx.rng.choice([1, 1, 1, 2])
    edition = f"{w.year}年{m}月第{ed_no}版"
    printing = f"{w.year}年{min(12, m + ctx.rng.choice([0, 0, 1]))}月第1次印刷"
    if ed_no == 2:
        title_full = title
    else:
        title_full = title
    people: list[dict] = []
    pages: list[Page] = []
    if v == "translated":
        nat, fa = ctx.rng.choice(FOREIGN_AUTHORS)
        tr = ctx.people(ctx.rng.randint(1, 3))
        people = [{"name": fa, "rank": 1, "role": "author"}] + _people(tr, "translator", 2)
        credit_line = f"〔{nat}〕{fa} 著    {'  '.join(tr)} 译"
        claim_name = ctx.rng.choice(tr)
        pages.append(_title_page(ctx, title_full, [f"〔{nat}〕{fa}  著", f"{'  '.join(tr)}  译"], pub))
    elif v == "monograph":
        au = ctx.people(ctx.rng.randint(1, 2))
        people = _people(au, "author")
        credit_line = f"{'  '.join(au)} 著"
        claim_name = ctx.rng.choice(au)
    else:
        chiefs = ctx.people(ctx.rng.randint(1, 2))
        deps = ctx.people(ctx.rng.randint(1, 3)) if v in ("board", "titlepage", "cover") else []
        board = ctx.people(ctx.rng.randint(6, 12)) if v == "board" else []
        people = (
            _people(chiefs, "editor_in_chief")
            + _people(deps, "deputy_editor", len(chiefs) + 1)
            + _people(board, "editorial_board", len(chiefs) + len(deps) + 1)
        )
        credit_line = f"{'  '.join(chiefs)} 主编"
        claim_name = ctx.rng.choice([p["name"] for p in people])
        if v == "board":
            pages.append(_board_page(ctx, title_full, chiefs, deps, board))
        if v == "titlepage":
            lines = [f"主  编  {'  '.join(chiefs)}"] + ([f"副主编  {'  '.join(deps)}"] if deps else [])
            pages.append(_title_page(ctx, title_full, lines, pub))
        if v == "cover":
            pages.append(_cover(ctx, w, title_full, chiefs, deps, pub, ed_no))
            pages.append(_preface(ctx, w, title_full, m))
    if v != "cover":
        pages.append(_copyright(ctx, w, title_full, credit_line, people, pub, isbn, edition, printing, m))
    fields = {"title": title_full, "people": people, "issuer": pub}
    if v == "cover":
        fields["book"] = {"isbn": None, "publisher": pub, "edition": None}
        scored = ["title", "people", "issuer", "book.publisher"]
    else:
        fields["issued_on"] = f"{w.year}-{m:02d}"
        fields["book"] = {"isbn": isbn, "publisher": pub, "edition": edition}
        scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    claim = w.claim(claim_name)
    return doc("book", v, pages, fields, scored, claim)


def _cover(ctx: Ctx, w: World, title: str, chiefs: list[str], deps: list[str], pub: str, ed_no: int) -> Page:
    pg = Page(185, 260)
    col = ctx.rng.choice([(30, 80, 120), (120, 40, 40), (40, 100, 60), (80, 60, 120)])
    pg.rect(0, 0, pg.w, pg.h, 0, col, (245, 242, 235))
    pg.rect(0, 60, pg.w, 130, 0, col, col)
    size = 26 if len(title) <= 8 else 20
    put(pg, pg.w / 2, 84, title, size, ctx.bold, "c", (255, 255, 255))
    if ed_no > 1:
        put(pg, pg.w / 2, 112, f"（第{ed_no}版）", 13, ctx.body, "c", (255, 255, 255))
    put(pg, pg.w / 2, 150, f"{'  '.join(chiefs)}  主编", 14, ctx.body, "c")
    if deps:
        put(pg, pg.w / 2, 161, f"{'  '.join(deps)}  副主编", 12, ctx.body, "c")
    put(pg, pg.w / 2, pg.h - 26, pub, 15, ctx.bold, "c")
    return pg


def _preface(ctx: Ctx, w: World, title: str, m: int) -> Page:
    """The 前言 a cover is copied with, signed by the editors with a month."""
    pg = Page(185, 260)
    put(pg, pg.w / 2, 30, "前  言", 18, ctx.bold, "c")
    f = w.prof.field
    text = [f"近年来，{f}领域的新技术、新规范不断出现，基层专业技术人员迫切需要一本系统、实用的参考书。",
            f"本书立足{w.city.province}{f}工作实际，结合编者多年的实践经验编写而成，力求内容新颖、通俗易懂。",
            "由于编者水平有限，书中难免存在疏漏和不足之处，恳请广大读者批评指正。"]  # fmt: skip
    y = 50
    for s in text:
        y = para(pg, ctx, 20, y, pg.w - 40, s, 11.5) + 2
    put(pg, pg.w - 30, y + 10, "编  者", 11.5, ctx.body, "r")
    put(pg, pg.w - 30, y + 19, f"{w.year}年{m}月", 11.5, ctx.body, "r")
    return pg


def _title_page(ctx: Ctx, title: str, lines: list[str], pub: str) -> Page:
    pg = Page(185, 260)
    put(pg, pg.w / 2, 70, title, 24 if len(title) <= 9 else 19, ctx.bold, "c")
    y = 110
    for s in lines:
        put(pg, pg.w / 2, y, s, 13, ctx.body, "c")
        y += 10
    put(pg, pg.w / 2, pg.h - 30, pub, 14, ctx.bold, "c")
    return pg


def _board_page(ctx: Ctx, title: str, chiefs: list[str], deps: list[str], board: list[str]) -> Page:
    pg = Page(185, 260)
    put(pg, pg.w / 2, 30, f"《{title}》编委会", 17, ctx.bold, "c")
    y = 56
    for lab, names in (("主    编", chiefs), ("副 主 编", deps)):
        if names:
            put(pg, 30, y, f"{lab}：{'  '.join(names)}", 12.5, ctx.body)
            y += 11
    put(pg, 30, y, "编    委（按姓氏笔画排序）：" if ctx.chance(0.5) else "编    委：", 12.5, ctx.body)
    y += 11
    per = 4
    for i in range(0, len(board), per):
        for j, nm in enumerate(board[i : i + per]):
            put(pg, 40 + j * 30, y, nm, 12.5, ctx.body)
        y += 9
    return pg


def _copyright(ctx, w, title, credit, people, pub, isbn, edition, printing, m) -> Page:  # noqa: ANN001
    pg = Page(185, 260)
    y = 40
    put(pg, 22, y, "图书在版编目（CIP）数据", 12, ctx.bold)
    y += 9
    city = {"人民交通出版社": "北京", "中国农业出版社": "北京", "人民卫生出版社": "北京", "气象出版社": "北京", "地质出版社": "北京",
            "国家图书馆出版社": "北京", "湖南科学技术出版社": "长沙", "山东科学技术出版社": "济南", "中国海洋大学出版社": "青岛",
            "法律出版社": "北京", "中国民航出版社": "北京", "湖南师范大学出版社": "长沙"}[pub]  # fmt: skip
    names = credit.replace("  ", "，")
    cip = f"{title} / {names}. —{city}：{pub}，{w.year}.{m}"
    y = pg.wrap(22, y, pg.w - 44, cip, 10.5, ctx.body, 1.6)
    put(pg, 22, y, f"ISBN {isbn}", 10.5, ctx.body)
    y += 6.5
    put(
        pg,
        22,
        y,
        f"Ⅰ.①{title[:2]}…  Ⅱ.①{people[0]['name'][:1]}…  Ⅲ.①{w.prof.field}  Ⅳ.①{ctx.rng.choice(['U44', 'R197', 'P45', 'S24', 'G25'])}",
        10.5,
        ctx.body,
    )
    y += 8
    put(
        pg,
        22,
        y,
        f"中国版本图书馆CIP数据核字（{w.year}）第{ctx.rng.randrange(10000, 290000):06d}号",
        10.5,
        ctx.body,
    )
    y += 12
    pg.line(22, y, pg.w - 22, y, 0.3)
    y += 8
    rows = [("书    名", title), ("著  作  者" if "著" in credit else "编  著  者", credit.replace(" 著", "").replace(" 主编", "").replace(" 译", "")),
            ("责任编辑", ctx.person()), ("出版发行", pub), ("印    刷", f"{city}{ctx.rng.choice(['华联', '新华', '长城', '金彩'])}印刷有限公司"),
            ("开    本", ctx.rng.choice(["787mm×1092mm  1/16", "710mm×1000mm  1/16", "850mm×1168mm  1/32"])),
            ("印    张", str(ctx.rng.randint(8, 30))), ("字    数", f"{ctx.rng.randint(150, 600)}千字"),
            ("版    次", edition), ("印    次", printing), ("书    号", f"ISBN {isbn}"),
            ("定    价", f"{ctx.rng.randint(28, 128)}.00元")]  # fmt: skip
    if "译" in credit:
        rows.insert(2, ("译    者", credit.split("著")[-1].replace(" 译", "").strip()))
    for lab, val in rows:
        y = pg.wrap(22, y, pg.w - 44, f"{lab}  {val}", 10.5, ctx.body, 1.7)
    put(pg, 22, y + 6, "版权所有  侵权必究", 10, ctx.body)
    return pg


# ---- patents ------------------------------------------------------------------------------------
PATENT_KIND = {"invention": ("发明专利证书", "发明名称", "发明人", "1", "二十年"),
               "utility_model": ("实用新型专利证书", "实用新型名称", "发明人", "2", "十年"),
               "design": ("外观设计专利证书", "外观设计名称", "设计人", "3", "十年")}  # fmt: skip


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("patent_certificate")
    w = world(ctx)
    if v == "eprint" and w.city is not YANTAI:
        w = World(
            YANTAI,
            ctx.rng.choice((2020, 2021)),
            ctx.rng.choice([p for p in PROFESSIONS if "yantai" in p.cities]),
        )
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        v
    ) or ctx.rng.choice(["invention", "utility_model", "utility_model", "design"])
    head, name_lab, who_lab, tdig, term = PATENT_KIND[kind]
    title = ctx.rng.choice(w.prof.designs if kind == "design" else w.prof.patents)
    granted = rand_date(ctx, w.year, (1, 12))
    lag = {"invention": (420, 1000), "utility_model": (110, 300), "design": (80, 220)}[kind]
    applied = granted - dt.timedelta(days=ctx.rng.randint(*lag))
    serial = f"{applied.year}{tdig}{ctx.rng.randrange(10**6, 10**7):07d}"
    number = f"ZL{serial}.{zl_check(serial)}"
    n = ctx.rng.randint(6, 9) if v == "longlist" else ctx.rng.randint(1, 5)
    inventors = ctx.people(n)
    if ctx.chance(0.25) and n >= 2:
        pass
    owner = w.unit(ctx)
    sep = ctx.pick("t54.pt.sep", ["；", "; ", "，", "、", "  "])
    nform = ctx.pick("t54.pt.num", ["spaced", "plain", "zlsp"])
    shown = {"spaced": f"ZL {serial[:4]} {serial[4]} {serial[5:]}.{number[-1]}", "plain": number,
             "zlsp": f"ZL {serial}.{number[-1]}"}[nform]  # fmt: skip
    df = ctx.pick("t54.pt.date", ["cn", "cn0"])
    pg = Page()
    cert_no = f"第{ctx.rng.randrange(100000, 4999999)}号"
    pub_no = f"CN {ctx.rng.randrange(100000000, 116000000)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"
    body = (f"本{'发明' if kind == 'invention' else '实用新型' if kind == 'utility_model' else '外观设计'}经过本局依照中华人民共和国专利法进行"
            f"{'审查' if kind == 'invention' else '初步审查'}，决定授予专利权，颁发本证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。"
            f"专利权期限为{term}，自申请日起算。")  # fmt: skip
    if v == "eprint":
        pg.rect(0, 0, pg.w, 26, 0, (200, 30, 30), (200, 30, 30))
        put(pg, pg.w / 2, 8, "国家知识产权局", 18, ctx.bold, "c", (255, 255, 255))
        put(pg, pg.w / 2, 36, head, 22, ctx.bold, "c")
        put(pg, pg.w / 2, 48, f"证书号 {cert_no}", 11, ctx.body, "c")
        rows = [[name_lab, title], [who_lab, sep.join(inventors)], ["专利号", shown], ["专利申请日", fdate(applied, df)],
                ["专利权人", owner], ["授权公告日", fdate(granted, df)], ["授权公告号", pub_no]]  # fmt: skip
        y = table(pg, ctx, 20, 60, [36, 134], rows, 11, 11)
        y = para(pg, ctx, 20, y + 8, pg.w - 40, body, 10.5)
        qr(pg, ctx, 20, y + 8, 24)
        put(
            pg,
            48,
            y + 12,
            "本证书为电子专利证书，可扫描二维码或登录国家知识产权局网站查询验证。",
            9,
            ctx.body,
        )
        seal(pg, ctx, pg.w - 50, y + 22, "国家知识产权局", 18)
    else:
        if v != "plain":
            border(pg, ctx, 2, (140, 110, 50))
        pg.rect(pg.w / 2 - 9, 20, pg.w / 2 + 9, 38, 0.6, (190, 150, 60))
        put(pg, pg.w / 2, 44, spaced(head) if len(head) <= 5 else head, 24, ctx.bold, "c")
        put(pg, pg.w / 2, 58, f"证书号{cert_no}", 11, ctx.body, "c")
        y = 74
        lines = [(name_lab, title), (who_lab, sep.join(inventors)), ("专 利 号", shown), ("专利申请日", fdate(applied, df)),
                 ("专 利 权 人", owner), ("地    址", f"{w.city.province}{w.city.city}{w.county(ctx)}"), ("授权公告号", pub_no),
                 ("授权公告日", fdate(granted, df))]  # fmt: skip
        for lab, val in lines:
            y = pg.wrap(28, y, pg.w - 56, f"{lab}：{val}", 12, ctx.body, 1.6) + 2
        y = para(pg, ctx, 28, y + 6, pg.w - 56, body, 11)
        y = para(
            pg,
            ctx,
            28,
            y + 2,
            pg.w - 56,
            "本专利的年费应当在每年"
            + f"{applied.month}月{applied.day}日前缴纳。未按照规定缴纳年费的，专利权自应当缴纳年费期满之日起终止。",
            11,
        )
        put(pg, pg.w - 36, min(y + 20, 262), "局长", 12, ctx.body, "r")
        put(pg, pg.w - 36, min(y + 20, 262) + 9, "国家知识产权局", 12, ctx.body, "r")
        seal(pg, ctx, pg.w - 50, min(y + 20, 262), "国家知识产权局", 18)
    fields = {"title": title, "issuer": "国家知识产权局", "issued_on": granted.isoformat(), "people": _people(inventors, "inventor"),
              "patent": {"kind": kind, "number": number, "applied_on": applied.isoformat(), "granted_on": granted.isoformat()}}  # fmt: skip
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
    return doc("patent_certificate", v, [pg], fields, scored, w.claim(ctx.rng.choice(inventors)))


# ---- awards -----------------------------------------------------------------------------------
GRADES = ["一等奖", "二等奖", "三等奖"]


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("award_certificate")
    w = world(ctx)
    if v == "teaching":
        w = World(w.city, w.year, next(p for p in PROFESSIONS if p.key == "math"))
    c = w.city
    grade = ctx.rng.choice(GRADES)
    level_pick = ctx.rng.choice(["prov", "city", "county"])
    gov = {"prov": f"{c.province}人民政府", "city": f"{c.city}人民政府", "county": f"{w.county(ctx)}人民政府"}
    lvl_name = {"prov": "provincial", "city": "municipal", "county": "county"}
    place = {"prov": c.province, "city": c.city, "county": gov["county"].replace("人民政府", "")}
    holder = ctx.person()
    team: list[str] = []
    if v in ("scitech", "team"):
        giver = gov[level_pick]
        name = f"{place[level_pick]}科学技术进步奖"
        kind, level = "science_technology", lvl_name[level_pick]
        title = ctx.rng.choice(w.prof.projects)
    elif v == "social":
        lp = ctx.rng.choice(["prov", "city"])
        giver, name = gov[lp], f"{place[lp]}社会科学优秀成果奖"
        kind, level = "social_science", lvl_name[lp]
        title = ctx.rng.choice([t for t, _ in w.prof.papers] or list(w.prof.books))
    elif v == "contest":
        giver = ctx.rng.choice(
            [c.hrss_city, bureau(c, w.prof, w.year, "city"), bureau(c, w.prof, w.year, "prov")]
        )
        name = f"{c.city if giver.startswith(c.city) else c.province}{w.prof.field}职业技能竞赛"
        kind, level = "competition", "bureau"
        title = name
    elif v == "paper":
        giver = bureau(c, w.prof, w.year, ctx.rng.choice(["city", "prov"]))
        name = f"{giver[:3]}{w.prof.field}优秀论文"
        kind, level = "other", "bureau"
        title = ctx.rng.choice([t for t, _ in w.prof.papers] or [f"基层{w.prof.field}工作的实践与思考"])
    else:
        lp = ctx.rng.choice(["prov", "city"])
        giver, name = gov[lp], f"{place[lp]}基础教育教学成果奖"
        kind, level = "other", lvl_name[lp]
        title = ctx.rng.choice(w.prof.projects)
    rank = ctx.rng.choice([1, 1, 2, 3, 4, 5]) if v in ("scitech", "social", "teaching") else 1
    month_only = ctx.chance(0.4)
    d = rand_date(ctx, w.year, (3, 12))
    issued = f"{w.year}-{d.month:02d}" if month_only else d.isoformat()
    ds = (
        fmonth(w.year, d.month, ctx.pick("t54.aw.month", ["num", "cn"]))
        if month_only
        else fdate(d, ctx.pick("t54.aw.date", ["num", "cn", "cn0"]))
    )
    pg = Page(297, 210)
    border(pg, ctx, ctx.rng.choice([2, 3]), (170, 30, 30))
    put(
        pg,
        pg.w / 2,
        26,
        ctx.pick("t54.aw.head", ["荣 誉 证 书", "获 奖 证 书", "证    书"]),
        30,
        ctx.bold,
        "c",
        (170, 30, 30),
    )
    y = 56
    if v == "team":
        team = ctx.people(ctx.rng.randint(4, 9))
        holder_out = None
        people = _people(team, "awardee")
        claim_name = ctx.rng.choice(team)
        put(pg, 40, y, f"项目名称：{title}", 14, ctx.body)
        put(pg, 40, y + 12, f"奖励类别：{name}    奖励等级：{grade}", 14, ctx.body)
        y = pg.wrap(40, y + 24, pg.w - 80, "主要完成人：" + "、".join(team), 14, ctx.body, 1.7)
        y = para(
            pg, ctx, 40, y + 4, pg.w - 80, "为表彰在科学技术进步工作中作出突出贡献者，特颁发此证书。", 14
        )
    else:
        holder_out = holder
        people = [{"name": holder, "rank": rank, "role": "awardee"}]
        claim_name = holder
        rank_s = (
            ctx.pick("t54.aw.rank", [f"（第{rank}完成人）", f"排名第{rank}", f"第{rank}完成人"])
            if rank > 1 or ctx.chance(0.4)
            else ""
        )
        if v == "contest":
            text = f"{holder}同志在{w.year}年{name}中荣获{grade}。"
        elif v == "paper":
            text = f"{holder}同志撰写的论文《{title}》在{name}评选中荣获{grade}。"
        else:
            text = f"{holder}同志{rank_s}完成的“{title}”荣获{w.year}年度{name}{grade}。"
            rank_s = ""
        y = para(pg, ctx, 40, y + 6, pg.w - 80, text, 16)
        if rank_s:
            put(pg, 40, y + 2, rank_s, 14, ctx.body)
            y += 9
        y = para(pg, ctx, 40, y + 4, pg.w - 80, "特发此证，以资鼓励。", 16)
        put(
            pg,
            40,
            178,
            f"证书编号：{w.year}-{ctx.rng.choice('JKSZ')}{GRADES.index(grade) + 1}-{ctx.rng.randrange(1, 200):03d}-{rank:02d}",
            10,
            ctx.body,
        )
    sign(pg, ctx, giver, ds, max(y + 14, 142), 14, pg.w - 42)
    fields = {"holder": holder_out, "title": title, "people": people, "issuer": giver, "issued_on": issued,
              "award": {"name": name, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
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
    return doc("award_certificate", v, [pg], fields, scored, w.claim(claim_name))


# ---- completed projects ----------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("project_completion")
    w = world(ctx)
    c = w.city
    giver = ctx.rng.choice([f"{c.city}科学技术局", f"{c.province}科学技术厅", bureau(c, w.prof, w.year, "city"),
                            f"{c.province}教育科学规划领导小组办公室" if w.prof.key == "math" else f"{c.city}科学技术局"])  # fmt: skip
    title = ctx.rng.choice(w.prof.projects)
    leader = ctx.person()
    members = ctx.people(ctx.rng.randint(2, 7))
    code = f"{ctx.rng.choice(['YT', 'SD', 'XJK', 'YYKJ', 'HN'])}{w.year - ctx.rng.choice([1, 2])}{ctx.rng.choice(['-', ''])}{ctx.rng.randrange(1, 300):03d}"
    start = dt.date(w.year - ctx.rng.choice([1, 2]), ctx.rng.randint(1, 12), 1)
    d = rand_date(ctx, w.year, (3, 12))
    df = ctx.pick("t54.pc.date", ["cn", "num", "cn0"])
    unit = w.unit(ctx)
    pg = Page()
    if v in ("jieti", "grid"):
        border(pg, ctx, ctx.rng.choice([1, 2]))
        put(
            pg,
            pg.w / 2,
            30,
            ctx.pick("t54.pc.head", ["结题证书", "结 题 证 书", "项目结题证书"]),
            26,
            ctx.bold,
            "c",
        )
        y = 58
        pairs = [
            ("项目编号", code),
            ("项目名称", title),
            ("承担单位", unit),
            ("项目主持人" if ctx.chance(0.5) else "项目负责人", leader),
        ]
        if v == "jieti":
            pairs.append(("项目组成员", "、".join(members)))
        for lab, val in pairs:
            y = pg.wrap(30, y, pg.w - 60, f"{lab}：{val}", 13, ctx.body, 1.7) + 2
        if v == "grid":
            rows = [["序号", "姓名", "单位", "职称", "分工"]] + [
                [str(i + 1), nm, w.unit(ctx), ctx.rng.choice(["工程师", "高级工程师", "主管护师", "一级教师", "馆员"]),
                 "负责人" if i == 0 else ctx.rng.choice(["数据采集", "试验分析", "调研", "报告撰写"])]
                for i, nm in enumerate([leader] + members)
            ]  # fmt: skip
            y = table(pg, ctx, 24, y + 4, [14, 24, 72, 28, 24], rows, 10, 8.5) + 4
        y = para(
            pg,
            ctx,
            30,
            y + 6,
            pg.w - 60,
            "该项目已按计划完成研究任务，经专家组评审，同意结题。特发此证。",
            13,
        )
        sign(pg, ctx, giver, fdate(d, df), y + 24, 13)
    elif v == "yanshou":
        put(pg, pg.w / 2, 24, f"{giver}", 14, ctx.body, "c")
        put(pg, pg.w / 2, 36, "科技计划项目验收证书", 22, ctx.bold, "c")
        put(pg, pg.w - 24, 52, f"验收证书编号：{code}-YS", 10, ctx.body, "r")
        rows = [["项目名称", title], ["项目编号", code], ["承担单位", unit], ["项目负责人", leader],
                ["主要参加人员", "、".join(members)], ["项目起止时间", f"{start.year}年{start.month}月至{w.year}年{d.month}月"],
                ["验收日期", fdate(d, df)], ["验收结论", "通过验收"]]  # fmt: skip
        y = table(pg, ctx, 20, 60, [40, 130], rows, 11, 13)
        sign(pg, ctx, giver, fdate(d, df), y + 20, 12.5, extra=["（盖章）"])
    elif v == "opinion":
        put(pg, pg.w / 2, 26, "项目验收意见", 22, ctx.bold, "c")
        text = (f"{fdate(d, df)}，{giver}组织专家对{unit}承担的“{title}”（项目编号：{code}）进行了验收。"
                f"专家组听取了项目负责人{leader}的汇报，审阅了相关资料，经质询和讨论，形成验收意见如下：")  # fmt: skip
        y = para(pg, ctx, 22, 46, pg.w - 44, text, 12.5)
        for i, s in enumerate(["项目提交的验收资料齐全，符合验收要求。", "项目完成了任务书规定的各项研究内容和考核指标。",
                               "项目成果具有较好的推广应用价值。"]):  # fmt: skip
            y = para(pg, ctx, 22, y + 1, pg.w - 44, f"{i + 1}. {s}", 12.5)
        y = para(pg, ctx, 22, y + 2, pg.w - 44, "专家组一致同意该项目通过验收。", 12.5)
        put(pg, 22, y + 6, "项目组主要成员：", 12.5, ctx.bold)
        rows = [["排序", "姓名", "职称", "工作单位"]] + [[str(i + 1), nm, ctx.rng.choice(["工程师", "高级工程师", "副主任护师", "馆员"]), w.unit(ctx)]
                                                   for i, nm in enumerate([leader] + members)]  # fmt: skip
        y = table(pg, ctx, 22, y + 14, [16, 26, 40, 84], rows, 10.5, 8) + 6
        experts = ctx.people(3)
        put(pg, 22, y + 4, "专家组组长：", 12, ctx.body)
        put(pg, 50, y + 2, experts[0], 15, ctx.hand)
        sign(pg, ctx, giver, fdate(d, df), y + 18, 12.5)
    elif v == "form":
        put(pg, pg.w / 2, 22, f"{giver}", 13, ctx.body, "c")
        put(pg, pg.w / 2, 33, "项目结题鉴定表", 22, ctx.bold, "c")
        rows = [["项目名称", title, "项目编号", code], ["负 责 人", leader, "所在单位", unit],
                ["成    员", "、".join(members), "", ""], ["结题时间", fdate(d, df), "结题等级", ctx.rng.choice(["优秀", "良好", "合格"])]]  # fmt: skip
        y = table(pg, ctx, 16, 48, [28, 72, 26, 52], rows, 10.5, 14)
        pg.rect(16, y, 194, y + 70, 0.3)
        put(pg, 20, y + 4, "鉴定意见：", 11, ctx.bold)
        para(pg, ctx, 20, y + 12, 168, "该项目研究思路清晰，方法科学，达到预期目标，同意结题。", 11)
        sign(pg, ctx, giver, fdate(d, df), y + 44, 12)
    else:
        put(pg, pg.w / 2, 36, ctx.pick("t54.pc.lhead", ["结题证明", "证    明"]), 22, ctx.bold, "c")
        text = (f"兹有{unit}{leader}同志主持的{giver}科研项目“{title}”（编号：{code}），"
                f"已于{fdate(d, df)}通过结题验收。项目组成员：{'，'.join(members)}。")  # fmt: skip
        y = para(pg, ctx, 26, 62, pg.w - 52, text, 14)
        y = para(pg, ctx, 26, y + 2, pg.w - 52, "特此证明。", 14)
        sign(pg, ctx, giver, fdate(d, df), y + 30, 13.5)
    people = [{"name": leader, "rank": 1, "role": "project_leader"}] + _people(members, "project_member", 2)
    fields = {"holder": leader, "title": title, "people": people, "issuer": giver, "issued_on": d.isoformat()}
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    return doc("project_completion", v, [pg], fields, scored, w.claim(ctx.rng.choice([leader] + members)))
