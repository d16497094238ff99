"""Draw 58's papers and results: journal pages, books, patent certificates, award certificates and project
completion proofs, for Dezhou (2016-2018) and Yantai (2019-2021)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind58 import kit
from bench.blind58.kit import ds, finish, fit, iso, para, person, signoff
from bench.blind58.pools import (
    CITY,
    FOREIGN_AUTHORS,
    PROFS,
    PUBLISHERS,
    Ctx,
    Prof,
    auth,
    county,
    isbn_digit,
    journal_rows,
    names,
    prof,
    unit,
    zl_check,
)  # fmt: skip

PINYIN = {
    "王": "WANG",
    "李": "LI",
    "张": "ZHANG",
    "刘": "LIU",
    "陈": "CHEN",
    "杨": "YANG",
    "赵": "ZHAO",
    "孙": "SUN",
    "周": "ZHOU",
    "吴": "WU",
    "徐": "XU",
    "马": "MA",
    "朱": "ZHU",
    "胡": "HU",
    "郭": "GUO",
    "高": "GAO",
}


def _en(name: str, i: int) -> str:
    sur = PINYIN.get(name[0], "ZHAO" if i % 2 else "SUN")
    return (
        f"{sur} {'Jian' if i % 3 == 0 else 'Ming' if i % 3 == 1 else 'Hua'}{'guo' if len(name) > 2 else ''}"
    )


# ---- journal articles -------------------------------------------------------------------------------
def journal_article(ctx: Ctx, k: int) -> Doc:
    var = kit.variant(ctx, "journal_article")
    year = ctx.year()
    rows = journal_rows()
    p = prof(ctx)
    jname = ctx.rng.choice([j for j in p.journals if j in rows])
    issn, cn, levels = rows[jname]
    vol = year - ctx.rng.choice((1979, 1985, 1990, 1995, 2002))
    issue = ctx.rng.randint(1, 12)
    title, etitle = ctx.rng.choice(p.papers)
    authors = names(ctx, ctx.rng.randint(2, 5))
    units = list(
        dict.fromkeys(
            [
                unit(ctx, p),
                unit(ctx, p),
                ctx.rng.choice(
                    ("山东大学", "中国海洋大学", "山东农业大学", "鲁东大学", "德州学院", "烟台大学")
                ),
            ]
        )
    )
    aff = [ctx.rng.randrange(len(units)) for _ in authors]
    aff[0] = 0
    pages_: list[Page] = []
    vol_s = f"第{vol}卷 第{issue}期"
    head_s = ctx.pick(
        "jr.head",
        (
            f"{jname}  {year}年{vol_s}",
            f"{jname}  Vol.{vol} No.{issue}  {year}",
            f"第{vol}卷第{issue}期  {jname}  {year}年{issue}月",
        ),
    )
    first = ctx.rng.randint(1, 160)

    def cover() -> Page:
        pg = Page()
        pg.rect(0, 0, pg.w, 78, 0, fill=(30, 70, 120))
        pg.text(pg.w / 2, 22, jname, 40, ctx.bold, "c", (255, 255, 255))
        pg.text(
            pg.w / 2, 54, f"{year}年 第{issue}期    Vol.{vol} No.{issue}", 14, ctx.body, "c", (255, 255, 255)
        )
        pg.text(18, 92, "本期要目", 16, ctx.bold)
        y = 104.0
        others = [t for t, _ in ctx.rng.sample(_peers(p, jname, title), 2)]
        entries = others[:1] + [title] + others[1:]
        for t in dict.fromkeys(entries):
            fit(pg, 22, y, t, 12, ctx.body, pg.w - 44)
            who = "  ".join(authors) if t == title else "  ".join(names(ctx, 2))
            fit(pg, 30, y + 7, who, 10.5, ctx.body, pg.w - 50)
            y += 19
        pg.text(18, pg.h - 30, f"ISSN {issn}", 12, ctx.body)
        pg.text(18, pg.h - 22, f"CN {cn}", 12, ctx.body)
        pg.text(pg.w - 18, pg.h - 22, f"{year}年{issue}月出版", 11, ctx.body, "r")
        return pg

    def toc() -> Page:
        pg = Page()
        pg.text(pg.w / 2, 18, f"{jname}", 18, ctx.bold, "c")
        pg.text(pg.w / 2, 28, f"（{year}年 第{vol}卷 第{issue}期）", 11, ctx.body, "c")
        pg.text(pg.w / 2, 38, "目    次", 16, ctx.bold, "c")
        y = 52.0
        items = [
            (t, names(ctx, ctx.rng.randint(2, 4))) for t, _ in ctx.rng.sample(_peers(p, jname, title), 3)
        ]
        at = ctx.rng.randint(0, 3)
        items.insert(at, (title, authors))
        pnos = [first + 9 * (i - at) + ctx.rng.randint(0, 3) * (i != at) for i in range(len(items))]
        for (t, au), pno in zip(items, pnos, strict=True):
            if pno < 1:
                continue
            fit(pg, 20, y, t, 11.5, ctx.body, pg.w - 60)
            pg.text(pg.w - 20, y, f"（{pno}）", 11, ctx.body, "r")
            pg.text(26, y + 6.5, "，".join(au), 10, ctx.body)
            y += 17
        pg.text(20, pg.h - 30, f"ISSN {issn}    CN {cn}", 10.5, ctx.body)
        return pg

    def first_page() -> Page:
        pg = Page()
        pg.text(18, 12, head_s, 9, ctx.body)
        pg.text(pg.w - 18, 12, f"{year}年{issue}月", 9, ctx.body, "r")
        pg.line(18, 18, pg.w - 18, 18, 0.4)
        pg.text(
            18,
            20,
            f"文章编号：{issn}({year}){issue:02d}-{first:04d}-{ctx.rng.randint(5, 9):02d}",
            8,
            ctx.body,
        )
        y = 32.0
        for ln in _lines(title, ctx.bold, 19, pg.w - 40):
            pg.text(pg.w / 2, y, ln, 19, ctx.bold, "c")
            y += 10
        y += 2
        mark = {"sup_num": "num", "sup_letter": "letter", "star": "star"}.get(var, "num")
        sep = ctx.pick("jr.sep", ("  ", "，", "、", " "))
        parts: list[tuple[str, bool]] = []
        for i, a in enumerate(authors):
            if i:
                parts.append((sep, False))
            parts.append((a, False))
            sup = str(aff[i] + 1) if mark != "letter" else "abc"[aff[i]]
            if i == 0 and len(units) > 1 and max(aff) >= 1 and ctx.rng.random() < 0.35:
                sup += ",2" if mark != "letter" else ",b"  # the first author holds two affiliations
            if mark == "star" and i == len(authors) - 1:
                sup += ",*"
            parts.append((sup, True))
        y = pg.runs(pg.w / 2, y, parts, 13, ctx.body)
        aff_s = "；".join(
            f"{(i + 1) if mark != 'letter' else 'abc'[i]}. {u}，山东 {CITY[ctx.city][:-1]} "
            f"{ctx.rng.randint(253000, 265999)}"
            for i, u in enumerate(units[: max(aff) + 1])
        )
        y = pg.wrap(30, y, pg.w - 60, f"（{aff_s}）", 9.5, ctx.body, 1.6)
        y += 3
        abstract = (
            f"摘要：针对{p.label.replace('人员', '')}实践中的问题，以{CITY[ctx.city]}为例，开展了系统的试验与分析。"
            f"结果表明，所提方法可有效提高相关指标，为{ctx.rng.choice(p.courses)}提供了参考依据。"
        )
        y = pg.wrap(24, y, pg.w - 48, abstract, 10, ctx.body, 1.6)
        kw = "；".join(ctx.rng.sample(p.courses, 2) + [CITY[ctx.city][:-1]])
        pg.text(24, y, f"关键词：{kw}", 10, ctx.body)
        y += 7
        pg.text(
            24, y, f"中图分类号：{cn.split('/')[1]}{ctx.rng.randint(1, 999)}    文献标志码：A", 10, ctx.body
        )
        y += 10
        y = pg.wrap(24, y, pg.w - 48, etitle, 12, ctx.bold, 1.5)
        en_auth = ", ".join(_en(a, i) for i, a in enumerate(authors))
        y = pg.wrap(24, y + 1, pg.w - 48, en_auth, 10, ctx.body, 1.5) + 4
        # two body columns of filler lines
        for col in (0, 1):
            x0 = 18 + col * 90
            yy = y
            for _ in range(10):
                pg.line(x0, yy + 2, x0 + 84, yy + 2, 0.15, (170, 170, 170))
                yy += 6
        y += 66
        recv = dt.date(
            year - 1 if issue < 4 else year, max(1, issue - 3) if issue >= 4 else 10, ctx.rng.randint(1, 28)
        )
        pg.line(18, y, 80, y, 0.3)
        y += 3
        notes = [
            f"收稿日期：{recv.isoformat()}",
            f"基金项目：{CITY[ctx.city]}科技发展计划项目（{year - 1}{ctx.rng.randint(10, 99)}）",
            f"作者简介：{authors[0]}（{ctx.rng.randint(1975, 1992)}—），{ctx.rng.choice('男女')}，"
            f"{ctx.rng.choice(('工程师', '高级工程师', '硕士', '副研究员'))}，主要从事{ctx.rng.choice(p.courses)}研究。",
        ]
        if mark == "star":
            notes.append(
                f"*通信作者：{authors[-1]}，E-mail：{ctx.rng.choice(('zh', 'ly', 'wq'))}"
                f"{ctx.rng.randint(10, 99)}@163.com"
            )
        for s in notes:
            y = pg.wrap(18, y, pg.w - 36, s, 8.5, ctx.body, 1.5)
        pg.text(pg.w / 2, pg.h - 12, str(first), 9, ctx.body, "c")
        pg.text(
            18,
            pg.h - 12,
            ctx.pick("jr.foot", (f"ISSN {issn}  CN {cn}", f"CN {cn}", f"刊号：CN {cn}")),
            8,
            ctx.body,
        )
        return pg

    unscored: tuple[str, ...] = ()
    if var == "cover":
        pages_ = [cover()]
        unscored = ("title", "people")
    elif var == "toc":
        pages_ = [toc()]
        unscored = ("title", "people")
    elif var == "three_page":
        pages_ = [cover(), toc(), first_page()]
    else:
        pages_ = [first_page()]
    fields = {
        "title": title,
        "people": [person(a, i + 1, "author") for i, a in enumerate(authors)],
        "journal": {
            "name": jname,
            "issn": issn,
            "cn": cn,
            "year": year,
            "volume": str(vol),
            "issue": str(issue),
            "levels": list(levels),
        },
    }
    return finish(
        ctx, "journal_article", var, pages_, fields, ctx.rng.choice(authors), year, unscored=unscored
    )


def _peers(p: Prof, jname: str, title: str) -> list[tuple[str, str]]:
    """Other papers a journal's cover or contents might list: from professions publishing there, or on the
    profession's own subjects."""
    near = [pp for q in PROFS if jname in q.journals for pp in q.papers if pp[0] != title]
    own = [(f"{c}{s}", "") for c in p.courses for s in ("研究进展", "的试验研究", "现状与展望")]
    return list(dict.fromkeys(near + own))


def _lines(s: str, font: str, size: float, w: float) -> list[str]:
    if width_mm(s, font, size) <= w:
        return [s]
    cut = len(s) // 2 + (len(s) % 2)
    return [s[:cut], s[cut:]]


# ---- books ----------------------------------------------------------------------------------------
def _isbn(ctx: Ctx, group: str) -> str:
    body = f"9787{group}"
    left = 12 - len(body)
    item = "".join(str(ctx.rng.randint(0, 9)) for _ in range(left))
    d = isbn_digit(body + item)
    return f"978-7-{group}-{item}-{d}"


PUB_BY = {
    "solar": ("中国电力出版社", "化学工业出版社", "机械工业出版社"),
    "dye": ("中国纺织出版社", "化学工业出版社"),
    "seed": ("中国农业出版社", "山东科学技术出版社"),
    "chicken": ("中国轻工业出版社", "山东科学技术出版社"),
    "sugar": ("中国轻工业出版社", "化学工业出版社"),
    "furniture": ("中国林业出版社", "机械工业出版社"),
    "jujube": ("中国农业出版社", "中国林业出版社", "山东科学技术出版社"),
    "ranch": ("海洋出版社", "中国海洋大学出版社", "中国农业出版社"),
    "weld": ("机械工业出版社", "化学工业出版社"),
    "wind": ("中国电力出版社", "机械工业出版社"),
    "rehab": ("人民卫生出版社",),
    "pharm": ("人民卫生出版社", "化学工业出版社"),
    "sped": ("华东师范大学出版社", "山东人民出版社"),
    "archive": ("山东人民出版社", "华东师范大学出版社"),
    "survey": ("测绘出版社",),
    "bridge": ("人民交通出版社",),
}


def book(ctx: Ctx, k: int) -> Doc:
    var = kit.variant(ctx, "book")
    year = ctx.year()
    p = prof(ctx)
    fits = [row for row in PUBLISHERS if row[0] in PUB_BY.get(p.code, ())]
    pub, group, pcity = ctx.rng.choice(fits or list(PUBLISHERS))
    title = ctx.rng.choice(p.books)
    if var == "series":
        title = f"{ctx.rng.choice(('现代', '实用', ''))}{title}".strip()
    month = ctx.rng.randint(1, 12)
    ed_n = ctx.rng.choice((1, 1, 1, 2))
    edition = f"{year}年{month}月第{ed_n}版"
    isbn = _isbn(ctx, group)
    people: list[tuple[str, str]] = []
    chief = names(ctx, ctx.rng.randint(1, 2))
    deputy = names(ctx, ctx.rng.randint(1, 3))
    board = names(ctx, ctx.rng.randint(4, 12))
    pages: list[Page] = []
    foreign = None
    if var == "translated":
        foreign = ctx.rng.choice(FOREIGN_AUTHORS)
        trans = names(ctx, ctx.rng.randint(1, 3))
        people = [(foreign[1], "author")] + [(t, "translator") for t in trans]
        by_line = f"{foreign[0]}{foreign[1]} 著    " + "  ".join(trans) + " 译"
    elif var in ("board", "series"):
        people = (
            [(n, "editor_in_chief") for n in chief]
            + [(n, "deputy_editor") for n in deputy]
            + [(n, "editorial_board") for n in board]
        )
        by_line = "  ".join(chief) + " 主编"
    else:
        people = [(n, "editor_in_chief") for n in chief] + [(n, "deputy_editor") for n in deputy]
        by_line = "  ".join(chief) + " 主编    " + "  ".join(deputy) + " 副主编"

    def cover_page() -> Page:
        pg = Page(185, 260)
        pg.rect(0, 0, pg.w, pg.h, 0, fill=ctx.rng.choice(((232, 240, 228), (240, 232, 220), (226, 234, 246))))
        pg.rect(0, 150, pg.w, 200, 0, fill=(60, 100, 80))
        y = 50.0
        for ln in _lines(title, ctx.bold, 28, pg.w - 30):
            pg.text(pg.w / 2, y, ln, 28, ctx.bold, "c")
            y += 15
        fit(pg, pg.w / 2, y + 14, by_line, 13, ctx.body, pg.w - 24, "c")
        if var == "series":
            pg.text(pg.w / 2, 28, f"{p.label.replace('人员', '')}继续教育系列教材", 12, ctx.body, "c")
        pg.text(pg.w / 2, 225, pub, 15, ctx.bold, "c")
        pg.text(pg.w / 2, 235, str(year), 11, ctx.body, "c")
        return pg

    def cip_page() -> Page:
        pg = Page(185, 260)
        y = 30.0
        pg.text(20, y, "图书在版编目（CIP）数据", 12, ctx.bold)
        y += 10
        resp = by_line.replace("    ", "；")
        y = pg.wrap(
            20, y, pg.w - 40, f"{title} / {resp}. —{pcity}：{pub}，{year}.{month}", 10.5, ctx.body, 1.6
        )
        y = pg.wrap(20, y, pg.w - 40, f"ISBN {isbn}", 10.5, ctx.body, 1.6)
        y = pg.wrap(
            20,
            y + 2,
            pg.w - 40,
            f"Ⅰ.①{title[:4]}…  Ⅱ.①{people[0][0]}…  Ⅲ.①{p.courses[0][:6]}  Ⅳ.①"
            f"{ctx.rng.choice(('TK', 'TS', 'S', 'R', 'P', 'U', 'G2'))}{ctx.rng.randint(10, 999)}",
            10.5,
            ctx.body,
            1.6,
        )
        y += 2
        pg.text(
            20,
            y,
            f"中国版本图书馆CIP数据核字（{year}）第{ctx.rng.randint(10000, 299999):06d}号",
            10.5,
            ctx.body,
        )
        y += 10
        pg.line(20, y, pg.w - 20, y, 0.4)
        y += 8
        edit = names(ctx, 1)[0]
        rows = [
            ("责任编辑", edit),
            ("出版发行", pub),
            ("印    刷", f"{pcity}{ctx.rng.choice(('新华', '华艺', '金星'))}印刷有限公司"),
            ("开    本", ctx.rng.choice(("787mm×1092mm  1/16", "710mm×1000mm  1/16", "889mm×1194mm  1/32"))),
            ("印    张", str(ctx.rng.randint(10, 30))),
            ("字    数", f"{ctx.rng.randint(180, 620)}千字"),
            ("版    次", edition),
            ("印    次", f"{year}年{month}月第{ctx.rng.choice((1, 1, 2))}次印刷"),
            ("书    号", f"ISBN {isbn}"),
            ("定    价", f"{ctx.rng.randint(28, 98)}.00元"),
        ]
        for lab, val in rows:
            pg.text(30, y, lab, 10.5, ctx.body)
            fit(pg, 56, y, val, 10.5, ctx.body, pg.w - 76)
            y += 7.5
        pg.text(20, y + 6, "版权所有  侵权必究", 10, ctx.body)
        return pg

    def board_page() -> Page:
        pg = Page(185, 260)
        pg.text(pg.w / 2, 26, "编 委 会", 18, ctx.bold, "c")
        y = 44.0
        for lab, grp in (("主  编", chief), ("副主编", deputy), ("编  委", board)):
            pg.text(22, y, f"{lab}：", 12, ctx.bold)
            cols = 4
            for i, n in enumerate(grp):
                pg.text(50 + (i % cols) * 30, y + (i // cols) * 9, n, 12, ctx.body)
            y += 9 * ((len(grp) - 1) // cols + 1) + 6
        if len(board) > 3:
            pg.text(50, y, "（编委按姓氏笔画排序）", 10, ctx.body)
        return pg

    def title_page() -> Page:
        pg = Page(185, 260)
        y = 70.0
        for ln in _lines(title, ctx.bold, 24, pg.w - 30):
            pg.text(pg.w / 2, y, ln, 24, ctx.bold, "c")
            y += 13
        if foreign:
            pg.text(pg.w / 2, y + 6, f"{foreign[0]} {foreign[1]}  著", 13, ctx.body, "c")
            pg.text(
                pg.w / 2,
                y + 16,
                "  ".join(n for n, r in people if r == "translator") + "  译",
                13,
                ctx.body,
                "c",
            )
        else:
            fit(pg, pg.w / 2, y + 8, by_line, 13, ctx.body, pg.w - 24, "c")
        pg.text(pg.w / 2, 220, pub, 14, ctx.bold, "c")
        pg.text(pg.w / 2, 230, f"·{pcity}·", 11, ctx.body, "c")
        return pg

    if var == "cover":
        pages = [cover_page()]
    elif var == "cip":
        pages = [cip_page()]
    elif var == "board":
        pages = [board_page(), cip_page()]
    elif var == "translated":
        pages = [title_page(), cip_page()]
    elif var == "title_cip":
        pages = [title_page(), cip_page()]
    else:
        pages = [cover_page(), board_page(), cip_page()]
    cover_only = var == "cover"
    fields = {
        "title": title,
        "issuer": pub,
        "people": [person(n, i + 1, r) for i, (n, r) in enumerate(people)],
        "issued_on": None if cover_only else f"{year}-{month:02d}",
        "book": {
            "isbn": None if cover_only else isbn,
            "publisher": pub,
            "edition": None if cover_only else edition,
        },
    }
    names_claim = [n for n, r in people if r != "author"]
    return finish(ctx, "book", var, pages, fields, ctx.rng.choice(names_claim), year)


# ---- patent certificates ---------------------------------------------------------------------------
KIND = {
    "invention": ("1", "发明专利证书", "发明名称", "发明人", "B"),
    "utility_model": ("2", "实用新型专利证书", "实用新型名称", "发明人", "U"),
    "design": ("3", "外观设计专利证书", "外观设计名称", "设计人", "S"),
}


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    var = kit.variant(ctx, "patent_certificate")
    year = ctx.year()
    p = prof(ctx)
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        var, ctx.rng.choice(("invention", "utility_model", "utility_model", "design"))
    )
    code, head, name_lab, who_lab, pub_letter = KIND[kind]
    designs = [t for t in p.patents if "（" in t or not t.startswith("一种")]
    title = (
        ctx.rng.choice(designs or [t.replace("一种", "") for t in p.patents])
        if kind == "design"
        else ctx.rng.choice([t for t in p.patents if t.startswith("一种")])
    )
    granted = kit.day(ctx, year, 1, 12)
    lag = {"invention": (420, 1000), "utility_model": (150, 330), "design": (100, 240)}[kind]
    applied = granted - dt.timedelta(days=ctx.rng.randint(*lag))
    digits = f"{applied.year}{code}{ctx.rng.randint(0, 9999999):07d}"
    number = f"ZL{digits}.{zl_check(digits)}"
    printed_no = ctx.pick("pt.no", (f"ZL {digits[:4]} {digits[4]} {digits[5:]}.{zl_check(digits)}", number))
    inventors = names(ctx, ctx.rng.randint(1, 6))
    sep = {"list_semi": "；"}.get(var) or ctx.pick("pt.sep", ("；", "，", "、", "  "))
    patentee = ctx.rng.choice((unit(ctx, p), unit(ctx, p), inventors[0]))
    st = ctx.pick("date.pt", ("cn", "cn0"))
    cert_no = f"第{ctx.rng.randint(100000, 5999999)}号"
    pubno = f"CN {ctx.rng.randint(100000000, 214999999)} {pub_letter}"
    pg = Page()
    kit.border(pg, ctx, 2 if var != "eprint" else 1)
    y = 28.0
    if var == "eprint":
        pg.text(pg.w / 2, 18, "（电子证书打印件）", 10, ctx.body, "c")
        kit.qr(pg, pg.w - 48, 20, 26, ctx)
    pg.text(pg.w / 2, y + 8, head, 26, ctx.bold, "c")
    y += 24
    pg.text(pg.w / 2, y, f"证书号{cert_no}", 12, ctx.body, "c")
    y += 16
    rows = [
        (name_lab, title),
        (who_lab, sep.join(inventors)),
        ("专利号", printed_no),
        ("专利申请日", ds(applied, st)),
        ("专利权人", patentee),
        ("授权公告日", ds(granted, st)),
    ]
    if kind == "design":
        rows[0] = ("使用外观设计的产品名称", title)
    if var == "old_style":
        rows.insert(5, ("地址", f"山东省{CITY[ctx.city]}{county(ctx, year)}"))
        rows.insert(6, ("授权公告号", pubno))
    for lab, val in rows:
        pg.text(28, y, f"{lab}：", 12, ctx.body)
        x = 28 + width_mm(f"{lab}：", ctx.body, 12) + 2
        y = pg.wrap(x, y, pg.w - 28 - x, val, 12, ctx.body, 1.6) + 3
    y += 4
    law = {"invention": "发明专利", "utility_model": "实用新型专利", "design": "外观设计专利"}[kind]
    txt = (
        f"国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{law}证书并在专利登记簿上予以登记。"
        f"专利权自授权公告之日起生效。专利权期限为{20 if kind == 'invention' else 15 if kind == 'design' and applied >= dt.date(2021, 6, 1) else 10}年，"
        f"自申请日起算。"
    )
    y = para(pg, 28, y, pg.w - 56, txt, 11, ctx.body, 1.8)
    y = para(
        pg,
        28,
        y + 2,
        pg.w - 56,
        "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人"
        "的姓名或名称、国籍、地址变更等事项记载在专利登记簿上。",
        11,
        ctx.body,
        1.8,
    )
    pg.text(pg.w - 70, pg.h - 50, "局长", 12, ctx.body)
    pg.text(pg.w - 58, pg.h - 52, "申长雨", 18, ctx.hand)
    kit.seal(pg, pg.w - 60, pg.h - 46, "国家知识产权局", ctx, 18)
    pg.text(28, pg.h - 22, f"第 1 页（共 {ctx.rng.choice((1, 2))} 页）", 9, ctx.body)
    fields = {
        "holder": patentee if patentee in inventors else None,
        "title": title,
        "issuer": "国家知识产权局",
        "issued_on": iso(granted),
        "people": [person(n, i + 1, "inventor") for i, n in enumerate(inventors)],
        "patent": {"kind": kind, "number": number, "applied_on": iso(applied), "granted_on": iso(granted)},
    }
    return finish(ctx, "patent_certificate", var, [pg], fields, ctx.rng.choice(inventors), year)


# ---- award certificates ----------------------------------------------------------------------------
def award_certificate(ctx: Ctx, k: int) -> Doc:
    var = kit.variant(ctx, "award_certificate")
    year = ctx.year()
    p = prof(ctx)
    grade = ctx.rng.choice(("一等奖", "二等奖", "三等奖"))
    city = CITY[ctx.city]
    st = kit.date_style(ctx, "award", ("cn", "han", "cn0"))
    month_only = ctx.rng.random() < 0.3
    d = kit.day(ctx, year, 3, 12)
    if var == "teaching" and ctx.city == "dz":
        year, d = 2018, dt.date(2018, ctx.rng.choice((9, 10, 12)), ctx.rng.randint(1, 28))
    date_s = kit.ms(d.year, d.month, st if st == "han" else "cn") if month_only else ds(d, st)
    issued = f"{d.year}-{d.month:02d}" if month_only else iso(d)
    holder: str | None
    team: list[str]
    ranked = None
    if var == "sci_gov":
        tier = ctx.rng.choice(("provincial", "municipal", "county"))
        giver = {
            "provincial": "山东省人民政府",
            "municipal": f"{city}人民政府",
            "county": f"{county(ctx, year)}人民政府",
        }[tier]
        place = {"provincial": "山东省", "municipal": city, "county": giver.replace("人民政府", "")}[tier]
        aname, kind, level = f"{place}科学技术进步奖", "science_technology", tier
        title = ctx.rng.choice(p.projects)
        holder = names(ctx, 1)[0]
        ranked = ctx.rng.randint(1, 7)
        team = [holder]
    elif var == "social":
        giver = f"{city}人民政府" if ctx.rng.random() < 0.5 else "山东省人民政府"
        level = "municipal" if giver.startswith(city) else "provincial"
        place = city if level == "municipal" else "山东省"
        aname, kind = f"{place}社会科学优秀成果奖", "social_science"
        trade = p.label.replace("人员", "")
        title = ctx.pick(
            "aw.soc",
            (
                f"{place}{trade}人才队伍建设现状与对策研究",
                f"新旧动能转换背景下{place}{trade}发展路径研究",
                f"{trade}职业发展与继续教育需求调查报告",
            ),
        )
        holder = names(ctx, 1)[0]
        ranked = ctx.rng.choice((None, 1, 2, 3))
        team = [holder]
    elif var == "contest":
        giver = ctx.rng.choice((f"{city}人力资源和社会保障局", auth(ctx, p.auth), "山东省总工会"))
        level = "bureau"
        trade = p.label.replace("工程技术人员", "").replace("技术人员", "").replace("人员", "")
        aname = ctx.pick(
            "aw.contest",
            (f"{city[:-1]}{trade}职业技能竞赛", f"{trade}技术比武", f"{city}{trade}岗位练兵技能大赛"),
        )
        kind, title = "competition", aname
        holder = names(ctx, 1)[0]
        team = [holder]
    elif var == "team":
        giver = f"{city}人民政府"
        level, kind = "municipal", "science_technology"
        aname = f"{city}科学技术进步奖"
        title = ctx.rng.choice(p.projects)
        team = names(ctx, ctx.rng.randint(3, 7))
        holder = None
    elif var == "paper_prize":
        giver = ctx.rng.choice((auth(ctx, p.auth), f"{city}科学技术协会"))
        level, kind = "bureau", "other"
        aname = ctx.pick(
            "aw.paper", (f"{city}自然科学优秀学术论文奖", "优秀论文奖", f"{year}年度优秀科技论文")
        )
        title = ctx.rng.choice(p.papers)[0]
        holder = names(ctx, 1)[0]
        ranked = ctx.rng.choice((None, 1, 2))
        team = [holder]
    else:  # teaching
        if ctx.city == "dz":
            giver, level, aname = "山东省人民政府", "provincial", "山东省省级教学成果奖"
        else:
            giver, level, aname = auth(ctx, "edu"), "bureau", f"{city}基础教育教学成果奖"
        kind = "other"
        title = ctx.rng.choice(
            (
                "特殊教育学校送教上门课程体系的构建与实践",
                "职业教育产教融合实训模式探索",
                "基于融合教育的随班就读支持体系实践",
            )
        )
        holder = names(ctx, 1)[0]
        ranked = ctx.rng.randint(1, 5)
        team = [holder]
    pg = Page(297, 210)
    kit.border(pg, ctx, ctx.rng.choice((2, 3)))
    head = ctx.pick("aw.head", ("荣 誉 证 书", "获 奖 证 书", "证  书"))
    pg.text(pg.w / 2, 28, head, 32, ctx.bold, "c", (175, 30, 30))
    y = 58.0
    if var == "team":
        pg.text(40, y, f"项目名称：{title}", 14, ctx.body)
        y += 11
        pg.text(40, y, f"奖励等级：{grade}", 14, ctx.body)
        y += 11
        y = pg.wrap(40, y, pg.w - 80, "主要完成人：" + "、".join(team), 14, ctx.body, 1.8) + 4
        y = para(
            pg,
            40,
            y,
            pg.w - 80,
            f"上述项目荣获{year}年度{aname}{grade}，特发此证，以资鼓励。",
            14,
            ctx.body,
            1.9,
        )
    elif var == "contest":
        s = f"{holder}同志在{year}年{aname}中，成绩优异，荣获{grade}。"
        y = pg.wrap(40, y, pg.w - 80, f"{holder}同志：", 16, ctx.body, 2.0)
        y = para(pg, 40, y, pg.w - 80, s.replace(f"{holder}同志", "您"), 16, ctx.body, 2.0)
        pg.text(60, y + 2, "特发此证，以资鼓励。", 16, ctx.body)
        y += 14
    else:
        rank_s = f"（第{han_rank(ranked)}完成人）" if ranked else ""
        if var == "sci_gov":
            pg.text(pg.w / 2, y - 6, aname, 18, ctx.bold, "c")
            y += 8
        labs = [
            ("项目名称" if var != "paper_prize" else "论文题目", title),
            ("获 奖 者", f"{holder}{rank_s}"),
            ("奖励等级", grade),
        ]
        if var != "sci_gov":
            labs.insert(0, ("奖项名称", aname))
        for lab, val in labs:
            pg.text(50, y, f"{lab}：", 14, ctx.body)
            fit(pg, 50 + width_mm(f"{lab}：", ctx.body, 14) + 1, y, val, 14, ctx.body, pg.w - 140)
            y += 11
        y = para(
            pg,
            50,
            y + 2,
            pg.w - 100,
            ctx.pick(
                "aw.body",
                (
                    "为表彰在科学技术进步工作中作出突出贡献者，特颁发此证书。"
                    if kind == "science_technology"
                    else "经评审委员会评审、社会公示，予以表彰。",
                    "特发此证，以资鼓励。",
                    "经评审委员会评审，予以表彰。",
                ),
            ),
            13,
            ctx.body,
            1.8,
        )
    pg.text(
        40, pg.h - 30, f"证书编号：{year}-{ctx.rng.randint(1, 3)}-{ctx.rng.randint(10, 199)}", 10, ctx.body
    )
    signoff(pg, ctx, [giver, date_s], max(y + 14, 150), 14, xr=pg.w - 36, stamp=giver)
    people = [person(n, (ranked or 1) if holder else i + 1, "awardee") for i, n in enumerate(team)]
    fields = {
        "holder": holder,
        "title": title,
        "issuer": giver,
        "issued_on": issued,
        "people": people,
        "award": {"name": aname, "kind": kind, "level": level, "grade": grade},
    }
    return finish(ctx, "award_certificate", var, [pg], fields, ctx.rng.choice(team), d.year)


def han_rank(n: int) -> str:
    return kit.han_num(n)


# ---- project completion -----------------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    var = kit.variant(ctx, "project_completion")
    year = ctx.year()
    p = prof(ctx)
    title = ctx.rng.choice(p.projects)
    giver = ctx.rng.choice((auth(ctx, "sci"), auth(ctx, "sci", prov=True), auth(ctx, p.auth)))
    st = kit.date_style(ctx, "proj", ("cn", "cn0", "han", "dash"))
    d = kit.day(ctx, year, 3, 12)
    leader = names(ctx, 1)[0]
    members = names(ctx, ctx.rng.randint(2, 6))
    host = unit(ctx, p)
    code = f"{year - ctx.rng.randint(1, 3)}{ctx.rng.choice(('GSF', 'GNC', 'ZDYF', 'KJ', 'RKX'))}{ctx.rng.randint(1000, 99999)}"
    label_lead = ctx.pick("pj.lead", ("项目负责人", "主持人", "负责人"))
    pg = Page()
    people_list = [leader] + members
    show_members = var in ("yanshou", "members", "opinion", "online")
    if var in ("jieti", "letter"):
        if var == "jieti":
            pg = Page(297, 210)
            kit.border(pg, ctx, 2)
            pg.text(
                pg.w / 2,
                30,
                ctx.pick("pj.head", ("结 题 证 书", "项目结题证书")),
                30,
                ctx.bold,
                "c",
                (160, 30, 30),
            )
            y = 62.0
            for lab, val in (
                ("项目编号", code),
                ("项目名称", title),
                (label_lead, leader),
                ("承担单位", host),
            ):
                pg.text(50, y, f"{lab}：", 14, ctx.body)
                fit(pg, 82, y, val, 14, ctx.body, pg.w - 130)
                y += 11
            y = para(
                pg,
                50,
                y + 4,
                pg.w - 100,
                "该项目经专家组评审，已完成计划任务书规定的研究内容，准予结题。特发此证。",
                14,
                ctx.body,
                1.9,
            )
            signoff(pg, ctx, [giver, ds(d, st)], max(y + 14, 150), 14, xr=pg.w - 40, stamp=giver)
        else:
            y = kit.title_block(pg, ctx, "结题证明", 40, 24, spaced=True) + 16
            s = (
                f"由{host}{leader}同志主持承担的{giver.replace('山东省', '省').replace(CITY[ctx.city], '市')}"
                f"计划项目“{title}”（项目编号：{code}），已按计划完成研究任务，经审核同意结题。"
            )
            y = para(pg, 28, y, pg.w - 56, s, 13, ctx.body, 2.1)
            pg.text(37, y + 4, "特此证明。", 13, ctx.body)
            signoff(pg, ctx, [giver, ds(d, st)], y + 40, 13, stamp=giver)
    else:
        head = {
            "yanshou": "科技计划项目验收证书",
            "opinion": "项目验收意见",
            "members": "项目结题验收证书",
            "online": "项目验收结论书",
        }[var]
        y = kit.title_block(pg, ctx, head, 26, 20) + 4
        if var == "online":
            pg.text(pg.w - 20, 12, f"打印时间：{ds(d, 'dash')}", 8, ctx.body, "r")
            kit.qr(pg, pg.w - 44, 18, 22, ctx)
        info = [["项目编号", code, "项目名称", title], ["承担单位", host, label_lead, leader]]
        y = pg.table(18, y, [24, 62, 24, 64], info, 10, ctx.body, 12) + 6
        if var == "opinion":
            experts = names(ctx, 5)
            para_s = (
                f"{ctx.rng.choice(('受', '根据'))}{giver}安排，验收专家组（{'、'.join(experts[:3])}等5人）听取了项目组汇报，"
                f"审阅了相关材料。经质询讨论，专家组认为该项目完成了合同规定的各项任务指标，同意通过验收。"
            )
            y = para(pg, 22, y, pg.w - 44, para_s, 11.5, ctx.body, 1.9) + 4
            pg.text(pg.w - 50, y, "专家组组长：", 11, ctx.body, "r")
            pg.text(pg.w - 48, y - 1, experts[0], 15, ctx.hand)
            y += 12
        pg.text(22, y, "项目组主要成员：", 12, ctx.bold)
        y += 8
        rows = [["序号", "姓名", "职称", "工作单位", "分工"]]
        roles = ("主持", "方案设计", "试验实施", "数据分析", "示范推广", "资料整理", "技术指导")
        rows += [
            [
                str(i + 1),
                n,
                ctx.rng.choice(("高级工程师", "工程师", "研究员", "助理研究员", "副教授")),
                host if i < 2 else unit(ctx, p),
                roles[min(i, len(roles) - 1)],
            ]
            for i, n in enumerate(people_list)
        ]
        y = pg.table(18, y, [14, 26, 30, 74, 30], rows, 9.5, ctx.body, 9, header_font=ctx.bold) + 10
        lab = ctx.pick("pj.date", ("验收日期", "验收时间", "结题日期"))
        pg.text(22, y, f"{lab}：{ds(d, st)}", 12, ctx.body)
        signoff(pg, ctx, [f"{giver}（盖章）"], y + 18, 12, stamp=giver)
    fields = {
        "holder": leader,
        "title": title,
        "issuer": giver,
        "issued_on": iso(d),
        "people": [
            person(n, i + 1, "project_leader" if i == 0 else "project_member")
            for i, n in enumerate(people_list if show_members else [leader])
        ],
    }
    return finish(
        ctx,
        "project_completion",
        var,
        [pg],
        fields,
        leader if not show_members else ctx.rng.choice(people_list),
        year,
    )
