"""Draw 46 builders: journal pages, books, patents, awards and project completion papers."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page
from bench.blind46.pools import (
    CITIES, COUNTY_CITY, Ctx, address, browser_page, city, date_style, fd, field_of, fit, fm, isbn_digit,
    journal_levels, journal_pick, later, names, organiser, para, phone_no, pick, qr, rdate, serial, variant,
    workplace, zl_check,
)  # fmt: skip
from bench.generator.truth import person

RED = (190, 30, 30)


# ---- journal articles -------------------------------------------------------------------------
def journal_article(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "journal_article")
    fk, fdct = field_of(ctx)
    c = city(ctx)
    j = journal_pick(ctx)
    title = ctx.rng.choice(fdct["paper"])
    authors = names(ctx, ctx.rng.randint(1, 5))
    year = ctx.rng.randint(2018, 2024)
    issue = ctx.rng.randint(1, 12)
    volume = str(ctx.rng.randint(20, 45)) if ctx.rng.random() < 0.7 else None
    show_sup = v in ("cover", "bundle")
    levels, sup = journal_levels(ctx, j, show_sup)
    vol_s = f"第{volume}卷 " if volume else ""
    vol_e = f"Vol.{volume} " if volume else ""
    works = [workplace(ctx, fdct, c), workplace(ctx, fdct, c)]
    pages: list[Page] = []
    others = [ctx.rng.choice(f["paper"]) for f in (fdct,)] + ["基于多源数据的区域综合评价方法", "若干典型案例的对比分析",
                                                               "关于进一步规范行业标准的思考", "新形势下的问题与对策"]

    def first_page(two_col: bool) -> Page:
        pg = Page()
        pg.text(20, 12, f"{j.name}", 9, ctx.body)
        pg.text(190, 12, f"{vol_s}第{issue}期  {year}年{issue}月", 9, ctx.body, "r")
        pg.text(20, 17, f"ISSN {j.issn}  CN {j.cn}", 8, ctx.body)
        pg.text(190, 17, f"{vol_e}No.{issue} {year}", 8, ctx.body, "r")
        pg.line(20, 22, 190, 22, 0.4)
        pg.text(20, 26, f"文章编号：{j.issn}({year}){issue:02d}-{ctx.rng.randint(1, 200):04d}-0{ctx.rng.randint(5, 9)}",
                7.5, ctx.body)
        pg.text(105, 36, title, fit(title, ctx.bold, 17, 170), ctx.bold, "c")
        parts: list[tuple[str, bool]] = []
        for i, a in enumerate(authors):
            parts.append((a, False))
            parts.append(("1" if i % 2 == 0 or len(works) == 1 else "2", True))
            if i < len(authors) - 1:
                parts.append(("，", False))
        y = pg.runs(105, 50, parts, 12, ctx.body)
        pg.text(105, y, f"（1. {works[0]}，{CITIES[c][0]} {c} ；2. {works[1]}）", 9, ctx.body, "c")
        y += 9
        abstract = (f"摘要：为探讨{title}中的关键问题，选取{c}市{ctx.rng.randint(3, 12)}个典型样本开展调查与分析。"
                    f"结果表明，相关指标差异具有统计学意义（P<0.05）。研究可为同类工作提供参考。")
        y = pg.wrap(24, y, 162, abstract, 9.5, ctx.body)
        pg.text(24, y + 1, "关键词：" + "；".join(ctx.rng.sample(["监测", "评价", "对策", "影响因素", "应用", "技术"], 3)),
                9.5, ctx.body)
        pg.text(24, y + 7, f"中图分类号：{ctx.rng.choice(['R749', 'X830', 'S562', 'G633.67', 'TM615', 'G212', 'C916', 'R446'])}"
                f"    文献标志码：A", 9.5, ctx.body)
        y += 16
        body = "随着行业的发展，相关技术规范不断完善，基层实践中仍存在不少问题。" * 6
        if two_col:
            y1 = pg.wrap(20, y, 82, body, 10, ctx.body)
            pg.wrap(108, y, 82, body, 10, ctx.body)
            y = y1
        else:
            y = pg.wrap(20, y, 170, body, 10, ctx.body)
        pg.line(20, 258, 80, 258, 0.3)
        rec = dt.date(year - (1 if issue < 3 else 0), max(1, issue - 2), ctx.rng.randint(1, 28))
        pg.text(20, 261, f"收稿日期：{fd(rec, 'iso')}", 8, ctx.body)
        pg.text(20, 266, f"基金项目：{CITIES[c][0]}省自然科学基金项目（ZR{year - 1}M{ctx.rng.randint(100, 999)}）", 8, ctx.body)
        pg.text(20, 271, f"作者简介：{authors[0]}（{ctx.rng.randint(1975, 1995)}—），{ctx.rng.choice(fdct['job'])}，"
                f"研究方向：{fdct['major'][0]}。", 8, ctx.body)
        return pg

    def cover() -> Page:
        pg = Page(bg=(238, 244, 250))
        pg.rect(0, 0, 210, 70, 0, fill=(30, 80, 150))
        pg.text(105, 20, j.name, fit(j.name, ctx.bold, 40, 180), ctx.bold, "c", (255, 255, 255))
        pg.text(105, 52, f"{year}年 第{issue}期  {vol_e}No.{issue}", 14, ctx.body, "c", (255, 255, 255))
        pg.text(20, 86, "本期要目", 13, ctx.bold, (30, 80, 150))
        yy = 96.0
        feats = [(title, authors)] + [(t, names(ctx, ctx.rng.randint(1, 2))) for t in others[1:3]]
        ctx.rng.shuffle(feats)
        for t, au in feats:
            pg.text(24, yy, t, fit(t, ctx.body, 11, 165), ctx.body)
            pg.text(186, yy + 6.5, "，".join(au), 9.5, ctx.body, "r", (70, 70, 70))
            yy += 16
        pg.text(20, 240, f"主管：{sup}", 11, ctx.body)
        pg.text(20, 247, f"主办：{ctx.rng.choice(['编辑部', '学会', '研究院'])}", 11, ctx.body)
        pg.text(20, 256, f"ISSN {j.issn}", 12, ctx.body)
        pg.text(20, 263, f"CN {j.cn}", 12, ctx.body)
        pg.text(190, 256, "中国科学引文数据库（CSCD）来源期刊", 9, ctx.body, "r")
        pg.text(190, 263, f"定价：{ctx.rng.randint(15, 40)}.00元", 9, ctx.body, "r")
        return pg

    def toc() -> Page:
        pg = Page()
        pg.text(105, 14, f"{j.name}  {year}年第{issue}期", 12, ctx.body, "c")
        pg.text(105, 24, "目　次", 18, ctx.bold, "c")
        pg.text(105, 34, f"ISSN {j.issn}　CN {j.cn}　{vol_e}No.{issue}", 9, ctx.body, "c")
        y = 46.0
        entries = [(t, names(ctx, ctx.rng.randint(1, 3))) for t in others[1:]]
        pos = ctx.rng.randint(0, len(entries))
        entries.insert(pos, (title, authors))
        p = ctx.rng.randint(1, 30)
        for t, au in entries:
            pg.text(22, y, t, fit(t, ctx.body, 11, 130), ctx.body)
            pg.text(188, y, str(p), 11, ctx.body, "r")
            pg.text(30, y + 6, "，".join(au), 9.5, ctx.body, color=(80, 80, 80))
            p += ctx.rng.randint(5, 9)
            y += 15
        return pg

    scored = ["title", "people", "journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue",
              "journal.levels"]
    if volume:
        scored.append("journal.volume")
    if v == "firstpage":
        pages = [first_page(False)]
    elif v == "twocol":
        pages = [first_page(True)]
    elif v == "cover":
        pages = [cover()]
        scored = [s for s in scored if s not in ("title", "people")]
    elif v == "toc":
        pages = [toc()]
        scored = [s for s in scored if s not in ("title", "people")]
    elif v == "bundle":
        pages = [cover(), toc(), first_page(ctx.rng.random() < 0.5)]
    else:  # cnki
        pg, y = browser_page(ctx, f"https://kns.cnki.net/kcms2/article/abstract?v={serial(ctx)}", "中国知网 CNKI")
        pg.text(140, y + 4, title, fit(title, ctx.bold, 16, 250), ctx.bold, "c")
        pg.text(140, y + 16, "  ".join(authors), 11, ctx.body, "c", (20, 80, 170))
        pg.text(140, y + 23, f"{works[0]}", 9.5, ctx.body, "c")
        yy = para(pg, ctx, 24, y + 32, 232, "摘要：本文围绕" + title + "展开研究，结合实际数据提出改进建议。", 10.5, indent=False)
        lines = [f"刊名：{j.name}", f"年，卷(期)：{year}，{volume + '(' if volume else ''}{issue}{')' if volume else '期'}",
                 f"ISSN：{j.issn}    CN：{j.cn}", f"来源数据库：{'、'.join(x.upper() for x in j.base_levels)}",
                 f"下载：{ctx.rng.randint(20, 900)}  页码：{ctx.rng.randint(1, 120)}-{ctx.rng.randint(121, 200)}"]
        for s in lines:
            pg.text(24, yy + 3, s, 10.5, ctx.body)
            yy += 7
        pages = [pg]
    fields = {"title": title, "people": [person(a, i + 1, "author") for i, a in enumerate(authors)],
              "journal": {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": volume,
                          "issue": str(issue), "levels": levels},
              "issued_on": f"{year}-{issue:02d}"}
    claimant = authors[ctx.rng.randrange(len(authors))]
    return Doc("journal_article", layout, pages, fields, scored, {"person": claimant, "year": year})


# ---- books ------------------------------------------------------------------------------------
PUBLISHERS = {
    "solar": ["中国电力出版社", "化学工业出版社", "机械工业出版社"],
    "psych": ["人民卫生出版社", "中国协和医科大学出版社", "山东科学技术出版社"],
    "lab": ["人民卫生出版社", "科学出版社", "湖南科学技术出版社"],
    "itedu": ["电子工业出版社", "清华大学出版社", "湖南师范大学出版社"],
    "cotton": ["中国农业出版社", "中国农业科学技术出版社", "山东科学技术出版社"],
    "env": ["中国环境出版集团", "化学工业出版社", "科学出版社"],
    "news": ["中国传媒大学出版社", "人民日报出版社", "湖南人民出版社"],
    "social": ["中国社会出版社", "社会科学文献出版社", "华东理工大学出版社"],
}
PREFIX = {"中国电力出版社": "5198", "化学工业出版社": "122", "机械工业出版社": "111", "人民卫生出版社": "117",
          "中国协和医科大学出版社": "5679", "山东科学技术出版社": "5723", "科学出版社": "03", "湖南科学技术出版社": "5710",
          "电子工业出版社": "121", "清华大学出版社": "302", "湖南师范大学出版社": "5648", "中国农业出版社": "109",
          "中国农业科学技术出版社": "5116", "中国环境出版集团": "5111", "中国传媒大学出版社": "5657",
          "人民日报出版社": "5115", "湖南人民出版社": "5561", "中国社会出版社": "5087", "社会科学文献出版社": "5201",
          "华东理工大学出版社": "5628"}
FOREIGN = ["约翰·W.桑托克", "戴维·迈尔斯", "马尔科姆·派恩", "彼得·沃瑟姆", "安德鲁·R.布朗"]


def book(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "book")
    fk, fdct = field_of(ctx)
    title = ctx.rng.choice(fdct["book"])
    pub = ctx.rng.choice(PUBLISHERS[fk])
    y = ctx.rng.randint(2016, 2024)
    m = ctx.rng.randint(1, 12)
    ed = ctx.rng.choice([1, 1, 1, 2, 3])
    st = date_style(ctx)
    edition = f"{y}年{m}月第{ed}版"
    pre = PREFIX[pub]
    body = "".join(str(ctx.rng.randint(0, 9)) for _ in range(8 - len(pre)))
    d12 = "9787" + pre + body
    isbn = f"978-7-{pre}-{body}-{isbn_digit(d12)}"
    translation = v == "translation"
    if translation:
        orig = ctx.rng.choice(FOREIGN)
        trans = names(ctx, ctx.rng.randint(1, 3))
        people = [person(orig, 1, "author")] + [person(t, i + 2, "translator") for i, t in enumerate(trans)]
        title = ctx.rng.choice(["心理咨询与治疗理论", "社会工作实务手册", "社会心理学", "环境与健康"])
    else:
        chief = names(ctx, ctx.rng.randint(1, 2))
        deputy = names(ctx, ctx.rng.randint(0, 3) if v != "board" else 3)
        board = names(ctx, ctx.rng.randint(3, 8)) if v in ("board", "titlepage", "copyright") else []
        seen: list[str] = []
        for n in chief + deputy + board:
            if n not in seen:
                seen.append(n)
        chief = [n for n in chief]
        deputy = [n for n in deputy if n not in chief]
        board = [n for n in board if n not in chief and n not in deputy]
        people = ([person(n, i + 1, "editor_in_chief") for i, n in enumerate(chief)]
                  + [person(n, len(chief) + i + 1, "deputy_editor") for i, n in enumerate(deputy)]
                  + [person(n, len(chief) + len(deputy) + i + 1, "editorial_board") for i, n in enumerate(board)])
    pnames = [p["name"] for p in people]
    credit = ("　著" if translation else "")

    def cover() -> Page:
        pg = Page(w=170, h=240, bg=ctx.rng.choice([(240, 236, 226), (226, 238, 232), (232, 232, 244)]))
        pg.rect(0, 150, 170, 240, 0, fill=(60, 90, 130))
        pg.text(85, 50, title, fit(title, ctx.bold, 28, 150), ctx.bold, "c")
        yy = 80.0
        if translation:
            pg.text(85, yy, f"〔美〕{people[0]['name']}　著", 12, ctx.body, "c")
            pg.text(85, yy + 8, "　".join(pnames[1:]) + "　译", 12, ctx.body, "c")
        else:
            roles = [("主编", [p["name"] for p in people if p["role"] == "editor_in_chief"]),
                     ("副主编", [p["name"] for p in people if p["role"] == "deputy_editor"])]
            for lab, ns in roles:
                if ns:
                    pg.text(85, yy, f"{lab}　" + "　".join(ns), 12, ctx.body, "c")
                    yy += 8
        pg.text(85, 220, pub, 14, ctx.bold, "c", (255, 255, 255))
        return pg

    place = "长沙" if "湖南" in pub else "济南" if "山东" in pub else "上海" if "华东" in pub else "北京"

    def copyright_page() -> Page:
        pg = Page(w=170, h=240)
        pg.text(20, 30, "图书在版编目（CIP）数据", 11, ctx.bold)
        who = ("〔美〕" + pnames[0] + "著；" + "，".join(pnames[1:]) + "译") if translation else (
            "，".join(p["name"] for p in people if p["role"] == "editor_in_chief") + "主编")
        yy = pg.wrap(20, 38, 130, f"{title}／{who}．—{place}："
                     f"{pub}，{y}．{m}", 10, ctx.body)
        pg.text(20, yy + 1, f"ISBN {isbn}", 10, ctx.body)
        pg.text(20, yy + 7, f"Ⅰ．①{title[:2]}…　Ⅱ．①{pnames[0][:1]}…", 10, ctx.body)
        pg.text(20, yy + 14, f"中国版本图书馆CIP数据核字（{y}）第{ctx.rng.randint(10000, 99999):06d}号", 9.5, ctx.body)
        pg.line(20, 120, 150, 120, 0.3)
        rows = [f"书　　名　{title}", f"出版发行　{pub}", f"地　　址　{place}市{ctx.rng.choice(['高新区', '经济开发区', '文化路'])}"
                f"{ctx.rng.randint(1, 99)}号　邮编　100{ctx.rng.randint(100, 999)}",
                f"印　　刷　{ctx.rng.choice(['北京盛通印刷股份有限公司', '三河市宏达印刷有限公司', '山东新华印务有限公司'])}",
                f"开　　本　787mm×1092mm　1/16　印张　{ctx.rng.randint(10, 30)}.5",
                f"字　　数　{ctx.rng.randint(200, 600)}千字", f"版　　次　{edition}",
                f"印　　次　{y}年{m}月第1次印刷", f"书　　号　ISBN {isbn}", f"定　　价　{ctx.rng.randint(35, 128)}.00元"]
        yy = 126.0
        for s in rows:
            pg.text(20, yy, s, 9.5, ctx.body)
            yy += 6.5
        pg.text(20, yy + 4, "版权所有　侵权必究", 9, ctx.body)
        if not translation and any(p["role"] == "editorial_board" for p in people):
            pass
        return pg

    def names_page(board_heading: bool) -> Page:
        pg = Page(w=170, h=240)
        if not board_heading:
            pg.text(85, 40, title, fit(title, ctx.bold, 22, 150), ctx.bold, "c")
            yy = 64.0
        else:
            pg.text(85, 30, "编 委 会", 18, ctx.bold, "c")
            yy = 46.0
        groups = [("主　编", "editor_in_chief"), ("副主编", "deputy_editor"), ("编　委", "editorial_board")]
        if translation:
            groups = [("原　著", "author"), ("译　者", "translator")]
        for lab, role in groups:
            ns = [p["name"] for p in people if p["role"] == role]
            if not ns:
                continue
            if role == "editorial_board":
                pg.text(20, yy, f"{lab}（按姓氏笔画排序）", 11, ctx.body)
                yy += 7
                for i in range(0, len(ns), 4):
                    pg.text(30, yy, "　".join(ns[i:i + 4]), 11, ctx.body)
                    yy += 7
            else:
                pg.text(20, yy, f"{lab}　" + "　".join(ns), 11, ctx.body)
                yy += 8
        pg.text(85, 205, pub, 13, ctx.bold, "c")
        pg.text(85, 214, place, 11, ctx.body, "c")
        pg.text(85, 222, fm(y, m, st), 11, ctx.body, "c")
        return pg

    scored = ["title", "people", "issuer", "book.publisher"]
    if v == "cover":
        pages = [cover()]
        bookf = {"isbn": None, "publisher": pub, "edition": None}
        issued = None
        shown = [p for p in people if p["role"] in ("editor_in_chief", "deputy_editor", "author", "translator")]
        people = shown
    else:
        if v == "copyright":
            pages = [names_page(True), copyright_page()] if ctx.rng.random() < 0.5 else [copyright_page()]
            if len(pages) == 1:  # the CIP block names only the chief editors
                people = [p for p in people if p["role"] in ("editor_in_chief", "author", "translator")]
        elif v == "titlepage":
            pages = [names_page(False), copyright_page()]
        elif v == "translation":
            pages = [names_page(False), copyright_page()]
        elif v == "board":
            pages = [names_page(True), copyright_page()]
        else:  # twopage
            pages = [cover(), copyright_page()]
            people = [p for p in people if p["role"] in ("editor_in_chief", "deputy_editor")]
        bookf = {"isbn": isbn, "publisher": pub, "edition": edition}
        issued = f"{y}-{m:02d}"
        scored += ["book.isbn", "book.edition"]
    fields = {"title": title, "issuer": pub, "people": people, "book": bookf, "issued_on": issued}
    claimant = people[ctx.rng.randrange(len(people))]["name"]
    return Doc("book", layout, pages, fields, scored, {"person": claimant, "year": y})


# ---- patents ----------------------------------------------------------------------------------
KIND = {"invention": ("发明专利证书", "发明名称", "1"), "utility_model": ("实用新型专利证书", "实用新型名称", "2"),
        "design": ("外观设计专利证书", "外观设计名称", "3")}


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "patent_certificate")
    fk, fdct = field_of(ctx)
    c = city(ctx)
    kind = {"utility": "utility_model", "design": "design"}.get(v) or ctx.rng.choice(["invention", "utility_model"])
    head, label, kd = KIND[kind]
    title = ctx.rng.choice(fdct["patent"])
    if kind == "design":
        title = ctx.rng.choice(["检测仪外壳", "光伏接线盒", "教学平板支架", "采样箱", "便携式呼叫器"])
    inventors = names(ctx, ctx.rng.randint(1, 6))
    applied = rdate(ctx, 2016, 2022)
    granted = later(applied, 150 if kind != "invention" else 500, 300 if kind != "invention" else 1000, ctx.rng)
    d12 = f"{applied.year}{kd}{ctx.rng.randint(0, 9999999):07d}"
    number = f"ZL{d12}.{zl_check(d12)}"
    spaced = f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{number[-1]}"
    st = date_style(ctx)
    owner = workplace(ctx, fdct, c)
    certno = f"第{ctx.rng.randint(1000000, 9999999)}号"
    pages: list[Page] = []
    inv_s = "；".join(inventors)

    def classic(landscape: bool) -> Page:
        pg = Page(w=297, h=210) if landscape else Page()
        frame(pg, ctx, 2)
        W = pg.w
        pg.text(W / 2, 22, head, 24, ctx.bold, "c")
        pg.text(W - 30, 40, f"证书号{certno}", 10.5, ctx.body, "r")
        x = 30
        pairs = [(label, title), ("发 明 人" if kind == "invention" else "设 计 人" if kind == "design" else "发 明 人", inv_s),
                 ("专 利 号", spaced), ("专利申请日", fd(applied, st)), ("专 利 权 人", owner),
                 ("地　　址", address(ctx, c)), ("授权公告日", fd(granted, st))]
        y = label_lines(pg, ctx, x, 50, pairs, 12, "：", gap=2.4)
        y = para(pg, ctx, x, y + 4, W - 60, "国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发本证书并在专利登记簿上予以登记。"
                 "专利权自授权公告之日起生效。专利权期限自申请日起算。", 10.5)
        pg.text(x, y + 4, "局长", 11, ctx.body)
        pg.text(x + 14, y + 2, names(ctx, 1)[0], 16, ctx.hand)
        pg.seal(W - 60, y + 4, 18, "国家知识产权局", k + 51)
        pg.text(W - 60, y + 14, "国家知识产权局", 11, ctx.body, "c")
        return pg

    if v in ("classic", "design", "twopage"):
        pages.append(classic(False))
        if v == "twopage":
            p2 = Page()
            p2.text(105, 20, "专利证书（第2页）", 12, ctx.body, "c")
            p2.text(20, 34, f"证书号{certno}", 10.5, ctx.body)
            y = para(p2, ctx, 20, 46, 170, "专利权人应当依照专利法及其实施细则规定缴纳年费。本专利的年费应当在每年"
                     f"{applied.month}月{applied.day}日前缴纳。未按照规定缴纳年费的，专利权自应当缴纳年费期满之日起终止。", 10.5)
            para(p2, ctx, 20, y + 4, 170, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的"
                 "姓名或名称、国籍、地址变更等事项记载在专利登记簿上。", 10.5)
            pages.append(p2)
    elif v == "utility":
        pages.append(classic(True))
    elif v == "query":
        pg, y = browser_page(ctx, "https://cpquery.cponline.cnipa.gov.cn/detail/index", "中国及多国专利审查信息查询")
        rows = [["申请号/专利号", f"{d12}.{number[-1]}"], [label, title], ["发明人/设计人", inv_s],
                ["申请人", owner], ["申请日", fd(applied, "iso")], ["授权公告日", fd(granted, "iso")],
                ["案件状态", "专利权维持"], ["主分类号", f"{ctx.rng.choice('ABGH')}{ctx.rng.randint(1, 60):02d}X"]]
        pg.table(24, y + 6, [50, 182], rows, 10.5, ctx.body, row_h=11)
        pg.text(24, 180, f"查询时间：{fd(later(granted, 60, 900, ctx.rng), 'iso')} {ctx.rng.randint(8, 20)}:{ctx.rng.randint(10, 59)}",
                9, ctx.body, color=(110, 110, 110))
        pages.append(pg)
        number_p = f"ZL{d12}.{number[-1]}"
        pg.text(140, y, f"专利号：{number_p}", 11, ctx.bold, "c")
    else:  # electronic
        pg = Page()
        pg.rect(12, 12, 198, 285, 0.6, (30, 90, 160))
        pg.text(105, 24, head, 22, ctx.bold, "c", (30, 70, 140))
        pg.text(105, 36, "（电子证书）", 11, ctx.body, "c")
        rows = [[label, title], ["发明人" if kind != "design" else "设计人", inv_s], ["专利号", number],
                ["专利申请日", fd(applied, st)], ["专利权人", owner], ["授权公告日", fd(granted, st)],
                ["授权公告号", f"CN{ctx.rng.randint(100000000, 999999999)}{'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"]]
        y = pg.table(24, 48, [40, 122], rows, 10.5, ctx.body, row_h=12)
        qr(pg, 150, y + 10, 26, k + 3, "扫描二维码验证证书", ctx)
        pg.seal(70, y + 30, 18, "国家知识产权局", k + 53)
        pg.text(70, y + 42, "国家知识产权局", 11, ctx.body, "c")
        pages.append(pg)
    fields = {"title": title, "people": [person(n, i + 1, "inventor") for i, n in enumerate(inventors)],
              "issuer": "国家知识产权局", "issued_on": granted.isoformat(),
              "patent": {"kind": kind, "number": number, "applied_on": applied.isoformat(),
                         "granted_on": granted.isoformat()}}
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]
    if v == "query":
        scored.remove("issuer")
        fields["issuer"] = "国家知识产权局"
    claimant = inventors[ctx.rng.randrange(len(inventors))]
    return Doc("patent_certificate", layout, pages, fields, scored, {"person": claimant, "year": granted.year})


# ---- awards -----------------------------------------------------------------------------------
GRADES = ["一等奖", "二等奖", "三等奖"]


def award_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "award_certificate")
    fk, fdct = field_of(ctx)
    c = city(ctx)
    p = CITIES[c][0]
    st = date_style(ctx)
    grade = ctx.rng.choice(GRADES)
    year = ctx.rng.randint(2018, 2024)
    d = dt.date(year, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    proj = ctx.rng.choice(fdct["project"] + fdct["paper"])
    if v == "contest":
        proj = ctx.rng.choice(["《循环结构的程序实现》", "《数据与编码》", "《走进人工智能》", "《网络安全防护》"]).strip("《》")
        issuer = ctx.rng.choice([f"{c}市教育局", f"{p}省教育厅", f"{c}市人力资源和社会保障局"])
        aname = ctx.rng.choice(["中小学信息技术优质课评比", "青年教师教学基本功比赛", "教师信息化教学能力大赛"])
        level, kind = "bureau", "competition"
    elif v == "government":
        gov = ctx.rng.choice([f"{c}市人民政府", f"{ctx.rng.choice(COUNTY_CITY[c])}人民政府", f"{p}省人民政府"])
        issuer = gov
        level = "provincial" if "省" in gov else "county" if gov[:3] in COUNTY_CITY[c] else "municipal"
        unit = gov.replace("人民政府", "")
        if fk in ("news", "social"):
            aname, kind = f"{unit}社会科学优秀成果奖", "social_science"
        else:
            aname, kind = f"{unit}科学技术进步奖", "science_technology"
    elif v == "society":
        issuer = ctx.rng.choice([f"{p}省农学会", f"{p}省医学会", f"{p}省环境科学学会", f"{p}省新闻工作者协会",
                                 f"{p}省社会工作联合会", f"{p}省太阳能行业协会"])
        aname = issuer.replace(p + "省", p + "省") + ("科学技术奖" if "新闻" not in issuer else "新闻奖")
        kind = "other" if "新闻" in issuer else "science_technology"
        level = None
    else:
        issuer = ctx.rng.choice([f"{c}市人民政府", f"{c}市卫生健康委员会", f"{c}市生态环境局", f"{c}市农业农村局",
                                 f"{c}市科学技术局"])
        level = "municipal" if "政府" in issuer else "bureau"
        if "政府" in issuer:
            aname = f"{c}市{'社会科学优秀成果奖' if fk in ('news', 'social') else '科学技术进步奖'}"
            kind = "social_science" if fk in ("news", "social") else "science_technology"
        else:
            aname = f"{c}市{ctx.rng.choice(['优秀科技成果奖', '科技创新成果奖'])}"
            kind = "science_technology"
    team = names(ctx, ctx.rng.randint(2, 7))
    holder = None
    pg = Page(w=297, h=210) if v in ("landscape", "team", "government") else Page()
    W = pg.w
    frame(pg, ctx, ctx.rng.choice([2, 3]))
    pg.text(W / 2, 24, pick(ctx, "awardhead", ["荣 誉 证 书", "获 奖 证 书", "证　书"]), 26, ctx.bold, "c", RED)  # type: ignore[arg-type]
    yr = f"{year}年度" if ctx.rng.random() < 0.6 else ""
    if v in ("personal", "contest"):
        holder = team[0]
        rank = ctx.rng.randint(1, 5) if v == "personal" else 1
        people = [person(holder, rank, "awardee")]
        if v == "personal":
            txt = (f"{holder}同志：你参与完成的“{proj}”项目，荣获{yr}{aname}{grade}（第{rank}完成人）。特发此证，以资鼓励。")
        else:
            txt = f"{holder}老师执教的“{proj}”在{yr}{aname}中荣获{grade}。特发此证。"
        y = para(pg, ctx, 30, 50, W - 60, txt, 14, lead=2.0)
        pg.text(30, y + 6, f"证书编号：{serial(ctx)}", 9.5, ctx.body)
        sign_block(pg, ctx, issuer, fd(d, st), y + 24, seed=k + 61)
    else:
        people = [person(n, i + 1, "awardee") for i, n in enumerate(team)]
        pairs = [("项目名称", proj), ("奖励类别", f"{yr}{aname}"), ("奖励等级", grade), ("完成人", "、".join(team)),
                 ("完成单位", workplace(ctx, fdct, c))]
        y = label_lines(pg, ctx, 34, 48, pairs, 13, "：", gap=2.4)
        pg.text(34, y + 4, "为表彰在科学技术进步工作中作出突出贡献者，特颁发此证书。" if kind != "other" else "特发此证，以资鼓励。",
                12, ctx.body)
        pg.text(34, y + 14, f"证书号：{year}-{ctx.rng.randint(1, 3)}-{ctx.rng.randint(1, 99):02d}", 10, ctx.body)
        sign_block(pg, ctx, issuer, fd(d, st), y + 26, x_right=W - 30, seed=k + 63)
    fields = {"holder": holder, "title": proj, "people": people, "issuer": issuer, "issued_on": d.isoformat(),
              "award": {"name": aname, "kind": kind, "level": level, "grade": grade}}
    scored = ["title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.level", "award.grade"]
    if holder:
        scored.append("holder")
    claimant = people[ctx.rng.randrange(len(people))]["name"]
    return Doc("award_certificate", layout, [pg], fields, scored, {"person": claimant, "year": year})


# ---- project completion -----------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "project_completion")
    fk, fdct = field_of(ctx)
    c = city(ctx)
    p = CITIES[c][0]
    st = date_style(ctx)
    title = ctx.rng.choice(fdct["project"])
    issuer = ctx.rng.choice([f"{p}省教育科学规划领导小组办公室", f"{c}市社会科学界联合会", f"{c}市科学技术局",
                             f"{p}省卫生健康委员会", f"{c}市哲学社会科学规划办公室", "德州学院" if c == "德州" else "湖南城市学院"])
    team = names(ctx, ctx.rng.randint(3, 7))
    leader, members = team[0], team[1:]
    d = rdate(ctx, 2019, 2024)
    code = f"{p[0]}{d.year - 2}{ctx.rng.choice(['GH', 'YB', 'ZD', 'KJ'])}{ctx.rng.randint(1, 300):03d}"
    only_leader = v == "letter"
    pages: list[Page] = []
    pg = Page(w=297, h=210) if v == "landscape" else Page()
    W = pg.w
    if v in ("certificate", "landscape", "handfilled", "twopage"):
        frame(pg, ctx, ctx.rng.choice([1, 2, 3]))
        pg.text(W / 2, 26, "结 题 证 书", 26, ctx.bold, "c", RED)
        pg.text(W - 30, 44, f"编号：{code}", 10, ctx.body, "r")
        f = ctx.hand if v == "handfilled" else ctx.body
        yy = 56.0
        rows = [("课题名称", title), ("课题编号", code), ("课题主持人", leader)]
        if v != "twopage":
            rows.append(("课题组成员", "、".join(members)))
        for lab, val in rows:
            pg.text(30, yy, lab + "：", 12.5, ctx.body)
            pg.text(62, yy - (0.8 if f == ctx.hand else 0), val, 14 if f == ctx.hand else 12.5, f)
            pg.line(61, yy + 6, W - 30, yy + 6, 0.2)
            yy += 12
        yy = para(pg, ctx, 30, yy + 4, W - 60, "该课题经专家组鉴定，已完成研究任务，达到预期目标，准予结题。特发此证。", 12.5)
        sign_block(pg, ctx, issuer, fd(d, st), yy + 16, x_right=W - 30, seed=k + 71)
        pages.append(pg)
        if v == "twopage":
            p2 = Page()
            p2.text(105, 22, "课题组成员名单", 16, ctx.bold, "c")
            rows2 = [["排序", "姓名", "工作单位", "分工"]] + [[str(i + 1), n, workplace(ctx, fdct, c)[:14],
                                                          "主持" if i == 0 else ctx.rng.choice(["调研", "数据分析", "撰写报告"])]
                                                         for i, n in enumerate(team)]
            p2.table(20, 34, [18, 30, 82, 40], rows2, 10.5, ctx.body, row_h=10)
            pages.append(p2)
    elif v == "letter":
        pg.text(105, 26, "结 题 证 明", 22, ctx.bold, "c")
        txt = (f"{workplace(ctx, fdct, c)}{leader}同志主持的{issuer.replace('办公室', '')}课题“{title}”（课题编号：{code}），"
               f"已按计划完成研究任务，经审核鉴定，同意结题。特此证明。")
        y = para(pg, ctx, 24, 48, 162, txt, 13, lead=2.0)
        sign_block(pg, ctx, issuer, fd(d, st), y + 24, seed=k + 73)
        pg.text(24, 270, f"联系电话：{phone_no(ctx, c)}", 9, ctx.body)
        pages.append(pg)
    else:  # form
        pg.text(105, 20, "课题结题鉴定意见书", 18, ctx.bold, "c")
        rows = [["课题名称", title], ["课题编号", code], ["主持人", leader], ["主要成员", "、".join(members)],
                ["鉴定方式", "会议鉴定"], ["鉴定结论", "同意结题（良好）"]]
        y = pg.table(20, 34, [34, 136], rows, 10.5, ctx.body, row_h=13)
        y = para(pg, ctx, 22, y + 6, 166, "专家组意见：该课题研究思路清晰，方法科学，成果具有一定推广价值。", 11)
        pg.text(120, y + 6, "专家组组长：", 11, ctx.body)
        pg.text(148, y + 4, names(ctx, 1)[0], 15, ctx.hand)
        sign_block(pg, ctx, issuer, fd(d, st), y + 24, seed=k + 75)
        pages.append(pg)
    people = [person(leader, 1, "project_leader")]
    if not only_leader:
        people += [person(n, i + 2, "project_member") for i, n in enumerate(members)]
    fields = {"holder": leader if only_leader else None, "title": title, "people": people, "issuer": issuer,
              "issued_on": d.isoformat()}
    scored = ["title", "people", "issuer", "issued_on"] + (["holder"] if only_leader else [])
    claimant = people[ctx.rng.randrange(len(people))]["name"]
    return Doc("project_completion", layout, pages, fields, scored, {"person": claimant, "year": d.year})
