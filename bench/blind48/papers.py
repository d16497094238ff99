"""Draw 48 builders: journal pages, books, patents, awards and project completion certificates."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import supervisor
from bench.blind.doc import Doc, frame, sign_block
from bench.blind.page import Page, width_mm
from bench.blind48.certs import _style
from bench.blind48.kit import browser_head, centre_wrap, doc, fit, people, phone_page, tick
from bench.blind48.pools import (
    CITIES, COUNTY_CITIES, PROFS, Ctx, cn_year, fd, fill, fm, isbn_digit, journal, pnames, plus, rdate, serial,
    setting, who, zl_check,
)  # fmt: skip


def _title(ctx: Ctx, key: str, prof: str, city: str, dist: str) -> str:
    return fill(ctx.pick(f"{key}.{prof}", PROFS[prof][key]), city, dist)


def _others(ctx: Ctx, title: str, n: int, city: str, dist: str) -> list[str]:
    """n other article titles for a contents list, none equal to the claimed one nor to each other."""
    pool = sorted({fill(t, city, dist) for p in PROFS.values() for t in p["articles"]} - {title})
    return ctx.rng.sample(pool, n)


# ---- journal article -------------------------------------------------------------------------------------
FILLER = ("本文以实地调查与文献分析相结合的方法，系统梳理了相关因素，并结合典型案例提出改进建议。结果表明，"
          "规范化管理与技术创新相互促进，对提升基层工作质量具有明显作用。")  # fmt: skip


def journal_article(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("journal_article")
    rng = ctx.rng
    prof, city, dist = setting(ctx)
    j = journal(rng)
    year = rng.randint(2019, 2025)
    has_vol = rng.random() < 0.6
    vol = str(year - rng.choice([1970, 1978, 1985, 1990])) if has_vol else None
    iss = str(rng.randint(1, 12))
    title = _title(ctx, "articles", prof, city, dist)
    authors = pnames(rng, rng.randint(1, 5))
    ws = [who(ctx, prof, city, a) for a in authors]
    units = list(dict.fromkeys(w.unit for w in ws))
    levels = list(j.base_levels)
    b, bo = ctx.body, ctx.bold
    st = _style(ctx)
    sup_org, sup_level = supervisor(rng, j)
    printed_sup = v in ("cover", "firstpage") and rng.random() < 0.6 or v == "cover"
    if printed_sup:
        levels.append(sup_level)
    volx = f"第{vol}卷 " if vol else ""
    volen = f"Vol.{vol} " if vol else ""
    scored = ["title", "people", "journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue",
              "journal.levels"] + (["journal.volume"] if vol else [])  # fmt: skip
    pages: list[Page] = []
    recv = plus(dt.date(year, int(iss), 1), -rng.randint(60, 300))

    def byline(pg: Page, y: float) -> float:
        parts: list[tuple[str, bool]] = []
        for i, w in enumerate(ws):
            parts.append((w.name, False))
            parts.append((str(units.index(w.unit) + 1), True))
            if i < len(ws) - 1:
                parts.append(("，", False))
        y = pg.runs(105 if pg.w < 250 else pg.w / 2, y, parts, 12, ctx.body)
        for i, u in enumerate(units):
            pg.text(pg.w / 2, y, f"（{i + 1}. {u}，山东 {city} {'271000' if city == '泰安' else '253000'}）", 9, b, "c")
            y += 5
        return y

    def article_head(pg: Page, y: float) -> float:
        y = centre_wrap(pg, 20, y, 170, title, 17, bo) + 2
        y = byline(pg, y) + 3
        y = pg.wrap(20, y, 170, f"摘要：{FILLER}", 9.5, b, 1.6)
        y = pg.wrap(20, y + 1, 170, "关键词：" + "；".join(title[i:i + 4] for i in range(0, 12, 4)), 9.5, b, 1.6)
        pg.text(20, y + 1, f"中图分类号：{rng.choice(['U416', 'R714', 'R49', 'G633.8', 'S571', 'C81', 'G258', 'TS207'])}"
                f"    文献标志码：A    文章编号：{j.issn}({year}){iss.zfill(2)}-{rng.randint(1, 300):04d}-0{rng.randint(4, 9)}", 8.5, b)  # fmt: skip
        return y + 8

    def footnote(pg: Page) -> None:
        pg.line(20, 262, 90, 262, 0.3)
        pg.text(20, 264, f"收稿日期：{fd(recv, 'iso')}", 8, b)
        pg.text(20, 269, f"基金项目：{city}市科技创新发展项目（{year - 1}NS{rng.randint(100, 999)}）", 8, b)
        pg.text(20, 274, f"作者简介：{ws[0].name}（{rng.randint(1972, 1995)}—），{ws[0].jt}，研究方向为{PROFS[prof]['major'][0]}。", 8, b)

    def header(pg: Page) -> None:
        pg.text(20, 10, f"{j.name}", 9, b)
        pg.text(190, 10, f"{year}年{volx}第{iss}期", 9, b, "r")
        pg.line(20, 15, 190, 15, 0.4)
        pg.text(20, 17, f"ISSN {j.issn}", 8, b)
        pg.text(190, 17, f"CN {j.cn}", 8, b, "r")

    if v in ("firstpage", "twocol", "bilingual"):
        pg = Page()
        header(pg)
        y = 30
        if v == "firstpage" and printed_sup:
            pg.text(105, 22, f"主管：{sup_org}", 8, b, "c")
        if v == "bilingual":
            pg.text(105, 24, f"{volen}No.{iss}  {year}", 8, b, "c")
        y = article_head(pg, y)
        if v == "bilingual":
            pg.text(20, y, "Research on the topic of this paper (English title)", 11, bo)
            y = pg.wrap(20, y + 7, 170, "Abstract: Field survey and literature analysis were combined to examine the main "
                        "factors; improvement suggestions are proposed for grassroots practice.", 9, b, 1.5)  # fmt: skip
            y = pg.wrap(20, y + 1, 170, "Key words: practice; quality; management", 9, b, 1.5) + 3
        if v == "twocol":
            for x0 in (20, 108):
                yy = y
                for _ in range(4):
                    yy = pg.wrap(x0, yy, 82, FILLER, 9.5, b, 1.6) + 1
                    if yy > 250:
                        break
        else:
            yy = y
            for _ in range(3):
                if yy > 240:
                    break
                yy = pg.wrap(20, yy, 170, FILLER, 10, b, 1.7, 7) + 1
        footnote(pg)
        pages.append(pg)
    elif v == "cover":
        pg = Page(bg=(232, 238, 246))
        pg.rect(0, 0, 210, 70, 0, fill=(40, 70, 130))
        pg.text(105, 20, j.name, fit(j.name, bo, 40, 190), bo, "c", (255, 255, 255))
        pg.text(105, 52, f"{year}年 {volx}第{iss}期", 14, b, "c", (255, 255, 255))
        pg.text(25, 90, "本期要目", 14, bo)
        others = _others(ctx, title, 3, city, dist)
        lst = others[:1] + [title] + others[1:]
        yy = 102
        for t in lst:
            pg.text(25, yy, t, fit(t, b, 11, 160), b)
            names = "，".join(authors) if t == title else "，".join(pnames(rng, 2))
            pg.text(185, yy + 6, names, 9, b, "r")
            yy += 16
        pg.text(25, 240, f"主管：{sup_org}", 10, b)
        pg.text(25, 247, f"主办：{rng.choice(['中国科学院', '学会编辑部', '期刊社'])}", 10, b)
        pg.text(25, 256, f"ISSN {j.issn}    CN {j.cn}", 11, bo)
        pg.text(185, 256, f"定价：{rng.randint(15, 40)}.00元", 10, b, "r")
        pages.append(pg)
        scored = [s for s in scored if s not in ("title", "people")]
    elif v == "toc":
        pg = Page()
        pg.text(105, 16, f"{j.name}", 15, bo, "c")
        pg.text(105, 26, f"{year}年{volx}第{iss}期（总第{rng.randint(100, 400)}期）", 10, b, "c")
        pg.text(105, 36, "目    次", 16, bo, "c")
        n_ = rng.randint(7, 10)
        at = rng.randrange(n_)
        yy = 48
        page_no = rng.randint(1, 20)
        others = _others(ctx, title, n_, city, dist)
        for i in range(n_):
            if i == at:
                t, a = title, "，".join(authors)
            else:
                t = others[i]
                a = "，".join(pnames(rng, rng.randint(1, 3)))
            pg.text(20, yy, t, fit(t, b, 10.5, 140), b)
            pg.text(190, yy, str(page_no), 10, b, "r")
            pg.text(30, yy + 5.5, a, 9, b)
            page_no += rng.randint(5, 10)
            yy += 14
        pg.text(20, 276, f"ISSN {j.issn}  CN {j.cn}  邮发代号 {rng.randint(2, 80)}-{rng.randint(10, 999)}", 8.5, b)
        pages.append(pg)
        scored = [s for s in scored if s not in ("title", "people")]
    else:  # cnki
        pg = Page()
        y = browser_head(pg, ctx, f"https://kns.cnki.net/kcms2/article/abstract?v={serial(rng, '', 16)}",
                         fd(plus(dt.date(year, int(iss), 1), rng.randint(40, 900)), "slashpad"), title[:18] + " - 中国知网")  # fmt: skip
        pg.text(15, y + 2, "中国知网  CNKI", 12, bo, color=(20, 80, 160))
        pg.line(10, y + 10, 200, y + 10, 0.3)
        pg.text(15, y + 14, f"{j.name} . {year} , {f'{vol}' + ' ' if vol else ''}({iss})", 9, b, color=(90, 90, 90))
        y = centre_wrap(pg, 15, y + 24, 180, title, 15, bo)
        pg.text(105, y, "  ".join(authors), 11, b, "c", (20, 80, 160))
        pg.text(105, y + 7, "  ".join(units), fit("  ".join(units), b, 9, 180), b, "c")
        y = pg.wrap(15, y + 16, 180, f"摘要：{FILLER}", 9.5, b, 1.6)
        y = pg.wrap(15, y + 2, 180, f"基金资助：{city}市科技创新发展项目；", 9.5, b, 1.6)
        pg.text(15, y + 2, f"刊名：{j.name}    年，卷（期）：{year}，{vol + '，' if vol else ''}{iss}", 9.5, b)
        pg.text(15, y + 10, f"ISSN：{j.issn}    CN：{j.cn}", 9.5, b)
        pg.text(15, y + 18, f"下载：{rng.randint(10, 900)}  页码：{rng.randint(1, 120)}-{rng.randint(121, 130)}", 9.5, b)
        pages.append(pg)
    fields = {"title": title, "people": people(authors, "author"),
              "journal": {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": vol, "issue": iss,
                          "levels": levels}}  # fmt: skip
    return doc("journal_article", layout, pages, fields, scored, rng.choice(authors), year)


# ---- book --------------------------------------------------------------------------------------------------
PUBS = {
    "highway": [("人民交通出版社", "114", "北京"), ("山东科学技术出版社", "5331", "济南")],
    "obstetrics": [("人民卫生出版社", "117", "北京"), ("山东科学技术出版社", "5331", "济南")],
    "rehab": [("人民卫生出版社", "117", "北京"), ("中国中医药出版社", "5132", "北京")],
    "chemistry": [("化学工业出版社", "122", "北京"), ("山东教育出版社", "5328", "济南")],
    "agronomy": [("中国农业出版社", "109", "北京"), ("山东科学技术出版社", "5331", "济南")],
    "statistics": [("中国统计出版社", "5037", "北京"), ("山东人民出版社", "209", "济南")],
    "library": [("国家图书馆出版社", "5013", "北京"), ("山东大学出版社", "5607", "济南")],
    "food": [("中国轻工业出版社", "5184", "北京"), ("化学工业出版社", "122", "北京")],
}
FOREIGN = [("美", "琳达·卡特"), ("英", "彼得·霍尔"), ("德", "汉斯·韦伯"), ("日", "佐藤健一"), ("澳", "玛丽·斯通")]


def book(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("book")
    rng = ctx.rng
    prof, city, dist = setting(ctx)
    pub, code, pcity = rng.choice(PUBS[prof])
    title = _title(ctx, "books", prof, city, dist)
    b, bo, hd = ctx.body, ctx.bold, ctx.hand
    y, m = rng.randint(2016, 2025), rng.randint(1, 12)
    item = "".join(str(rng.randint(0, 9)) for _ in range(8 - len(code)))
    d12 = "9787" + code + item
    isbn = f"978-7-{code}-{item}-{isbn_digit(d12)}"
    edition = f"{y}年{m}月第1版"
    mode = rng.choice(["author", "editors"]) if v not in ("editors", "translation") else v
    extra: list[str] = []
    if v == "translation":
        nat, orig = rng.choice(FOREIGN)
        trs = pnames(rng, rng.randint(1, 3))
        ppl = [{"name": orig, "rank": 1, "role": "author"}] + people(trs, "translator", 2)
        byline = f"[{nat}] {orig} 著    {'  '.join(trs)} 译"
        cipnames = f"（{nat}）{orig}著；{'，'.join(trs)}译"
    elif mode == "editors":
        ce, de, eb = pnames(rng, 1 + rng.randint(0, 1)), None, None
        ns = pnames(rng, 9)
        ns = [x for x in ns if x not in ce]
        de, eb = ns[: rng.randint(1, 3)], ns[3: 3 + rng.randint(3, 5)]
        ppl = people(ce, "editor_in_chief") + people(de, "deputy_editor", len(ce) + 1) + people(
            eb, "editorial_board", len(ce) + len(de) + 1)  # fmt: skip
        byline = f"主编  {'  '.join(ce)}"
        cipnames = f"{'，'.join(ce)}主编"
        extra = [f"副主编  {'  '.join(de)}", f"编委  {' '.join(eb)}"]
    else:
        au = pnames(rng, rng.randint(1, 3))
        ppl = people(au, "author")
        byline = f"{'  '.join(au)}  著"
        cipnames = f"{'，'.join(au)}著"
    names_all = [p["name"] for p in ppl]

    def cip_block(pg: Page, x: float, y0: float, w: float) -> float:
        pg.text(x, y0, "图书在版编目（CIP）数据", 10.5, bo)
        yy = pg.wrap(x, y0 + 7, w, f"{title}/{cipnames}.—{pcity}：{pub}，{y}.{m}", 9.5, b, 1.6)
        pg.text(x, yy, f"ISBN {isbn}", 9.5, b)
        pg.text(x, yy + 5.5, f"Ⅰ.①{title[:2]}…  Ⅱ.①{names_all[0]}…  Ⅲ.①{title[-2:]}—研究", 9.5, b)
        pg.text(x, yy + 11, f"中国版本图书馆CIP数据核字（{y}）第{rng.randint(100000, 299999)}号", 9.5, b)
        pg.line(x, yy + 18, x + w, yy + 18, 0.3)
        yy += 22
        rowsx = [f"责任编辑：{pnames(rng, 1)[0]}", f"出版发行：{pub}", f"地址：{pcity}市{rng.choice(['东城区', '朝阳区', '历下区', '市中区'])}",
                 f"印刷：{city}{rng.choice(['新华印刷厂', '彩印有限公司'])}", f"开本：787mm×1092mm 1/16",
                 f"印张：{rng.randint(10, 30)}.{rng.choice([0, 5])}    字数：{rng.randint(200, 600)}千字",
                 f"版次：{edition}", f"印次：{y}年{m}月第1次印刷", f"书号：ISBN {isbn}", f"定价：{rng.randint(38, 128)}.00元"]  # fmt: skip
        for s in rowsx:
            pg.text(x, yy, s, 9.5, b)
            yy += 5.6
        return yy

    def title_page(pg: Page, cx: float, w: float) -> None:
        pg.text(cx, 60, title, fit(title, bo, 24, w - 20), bo, "c")
        pg.text(cx, 100, byline, fit(byline, b, 13, w - 20), b, "c")
        for i, s in enumerate(extra):
            pg.text(cx, 110 + 8 * i, s, fit(s, b, 11, w - 20), b, "c")
        pg.text(cx, pg.h - 40, pub, 14, bo, "c")

    pages: list[Page] = []
    if v == "cover":
        pg = Page(185, 260, bg=rng.choice([(214, 228, 214), (232, 222, 204), (205, 220, 236)]))
        pg.rect(0, 30, 185, 110, 0, fill=(255, 255, 255))
        pg.text(92.5, 55, title, fit(title, bo, 30, 170), bo, "c")
        pg.text(92.5, 125, byline, fit(byline, b, 14, 170), b, "c")
        for i, s in enumerate(extra):
            pg.text(92.5, 135 + 8 * i, s, fit(s, b, 11, 170), b, "c")
        pg.text(92.5, 235, pub, 15, bo, "c")
        pages.append(pg)
    elif v in ("cip", "editors", "titlecip", "translation"):
        if v in ("titlecip", "translation"):
            p1 = Page()
            title_page(p1, 105, 210)
            if v == "translation":
                p1.text(105, 112, f"原书名：{rng.choice(['Practice Guide', 'Field Handbook', 'Essentials'])}", 10, b, "c")
            pages.append(p1)
        if v == "editors":
            p1 = Page()
            p1.text(105, 30, "编 委 会", 18, bo, "c")
            yy = 50
            for lab, grp in (("主  编", ce), ("副主编", de), ("编  委", eb)):
                p1.text(40, yy, lab, 12, bo)
                p1.text(70, yy, "  ".join(grp), 12, b)
                yy += 14
            p1.text(70, yy, "（按姓氏笔画排序）", 9, b)
            pages.append(p1)
        pg = Page()
        if v == "cip":
            pg.text(105, 30, title, fit(title, bo, 18, 170), bo, "c")
            pg.text(105, 45, byline, fit(byline, b, 11, 170), b, "c")
            for i, s in enumerate(extra):
                pg.text(105, 53 + 7 * i, s, fit(s, b, 10, 170), b, "c")
        if v == "translation":
            pg.text(25, 40, f"著作权合同登记号  图字：01-{y - 1}-{rng.randint(1000, 9999)}号", 9, b)
        cip_block(pg, 25, 120, 160)
        pages.append(pg)
    else:  # spread
        pg = Page(297, 210, bg=(248, 246, 240))
        pg.line(148.5, 0, 148.5, 210, 0.5, (190, 190, 190))
        title_page(pg, 74, 148)
        cip_block(pg, 160, 40, 125)
        pages.append(pg)
    cover = v == "cover"
    fields = {"title": title, "people": ppl, "issuer": pub, "issued_on": None if cover else f"{y}-{m:02d}",
              "book": {"isbn": None if cover else isbn, "publisher": pub, "edition": None if cover else edition}}  # fmt: skip
    scored = ["title", "people", "issuer", "book.publisher"] + ([] if cover else ["book.isbn", "book.edition"])
    claim = rng.choice([p["name"] for p in ppl if p["role"] != "author" or v != "translation"])
    return doc("book", layout, pages, fields, scored, claim, y)


# ---- patent certificate ----------------------------------------------------------------------------------------
KIND = {"invention": ("发明专利证书", "发明名称", "发明人", "1", "二十年"),
        "utility_model": ("实用新型专利证书", "实用新型名称", "发明人", "2", "十年"),
        "design": ("外观设计专利证书", "外观设计名称", "设计人", "3", "十五年")}  # fmt: skip


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("patent_certificate")
    rng = ctx.rng
    prof, city, dist = setting(ctx)
    kind = "design" if v == "design" else rng.choice(["invention", "utility_model", "utility_model"])
    head, name_lab, inv_lab, kd, term = KIND[kind]
    title = _title(ctx, "designs" if kind == "design" else "patents", prof, city, dist)
    inv = pnames(rng, rng.randint(1, 5))
    applied = rdate(rng, 2015, 2023)
    granted = plus(applied, rng.randint(420, 1000) if kind == "invention" else rng.randint(100, 300))
    d12 = f"{applied.year}{kd}{rng.randint(0, 9999999):07d}"
    number = f"ZL{d12}.{zl_check(d12)}"
    printed_no = f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{zl_check(d12)}"
    owner = who(ctx, prof, city, inv[0]).unit
    b, bo, hd = ctx.body, ctx.bold, ctx.hand
    st = rng.choice(["cnpad", "cn"])
    cert_no = f"第{rng.randint(1000000, 6999999)}号"
    pub_no = f"CN {rng.randint(200000000, 220000000)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"

    def certificate(pg: Page, ecert: bool = False) -> None:
        frame(pg, ctx, 2)
        pg.text(105, 22, "中华人民共和国国家知识产权局" if ecert else "", 10, b, "c")
        pg.text(105, 34, head, 24, bo, "c")
        pg.text(105, 50, f"证书号{cert_no}", 11, b, "c")
        yy = 66
        for lab, val in [(name_lab, title), (inv_lab, "；".join(inv)), ("专利号", printed_no),
                         ("专利申请日", fd(applied, st)), ("专利权人", owner), ("地址", f"山东省{city}市{rng.choice(CITIES[city])}"),
                         ("授权公告号", pub_no), ("授权公告日", fd(granted, st))]:  # fmt: skip
            pg.text(24, yy, f"{lab}：", 11, b)
            pg.text(24 + width_mm(f"{lab}：", b, 11), yy, val, fit(val, b, 11, 150), b)
            yy += 9
        yy = pg.wrap(24, yy + 6, 162, f"国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{head}并在专利登记簿上"
                     f"予以登记。专利权自授权公告之日起生效。专利权期限为{term}，自申请日起算。", 10.5, b, 1.8, 8)  # fmt: skip
        pg.wrap(24, yy + 2, 162, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、"
                "国籍、地址变更等事项记载在专利登记簿上。", 10.5, b, 1.8, 8)  # fmt: skip
        pg.text(140, 246, "局长", 12, b)
        pg.text(154, 244, "申长雨", 16, hd)
        pg.seal(160, 240, 20, "国家知识产权局", rng.randrange(10**6))
        if ecert:
            pg.rect(24, 232, 50, 258, 0.4)
            pg.text(24, 260, "扫码验证证书", 7.5, b)
            pg.text(105, 276, "本证书为电子专利证书，与纸质证书具有同等法律效力", 8, b, "c")
        else:
            pg.text(105, 276, f"第 1 页（共 {2 if v == 'twopage' else 1} 页）", 8, b, "c")

    pages: list[Page] = []
    if v in ("classic", "ecert", "design", "copynote", "twopage"):
        pg = Page()
        certificate(pg, v == "ecert")
        if v == "copynote":
            pg.text(120, 262, "复印件与原件一致", 15, hd, color=(30, 50, 150))
            pg.text(150, 270, inv[0], 14, hd, color=(30, 50, 150))
        pages.append(pg)
        if v == "twopage":
            p2 = Page()
            p2.text(105, 30, "专利证书（第2页）", 14, bo, "c")
            p2.text(24, 48, f"专利号：{printed_no}", 11, b)
            p2.wrap(24, 60, 162, f"专利权人应当依照专利法及其实施细则规定缴纳年费。本专利的年费应当在每年{applied.month:02d}月"
                    f"{applied.day:02d}日前缴纳。未按照规定缴纳年费的，专利权自应当缴纳年费期满之日起终止。", 10.5, b, 1.8, 8)  # fmt: skip
            p2.text(105, 276, "第 2 页（共 2 页）", 8, b, "c")
            pages.append(p2)
    else:  # gazette
        pg = Page()
        y = browser_head(pg, ctx, "http://epub.cnipa.gov.cn/", fd(plus(granted, rng.randint(20, 400)), "slashpad"), "中国专利公布公告")
        pg.text(15, y + 2, "中国专利公布公告", 14, bo, color=(20, 70, 150))
        pg.text(15, y + 12, "首页 > 查询结果 > 详细信息", 8.5, b, color=(90, 90, 90))
        yy = y + 24
        for lab, val in [("授权公告号", pub_no), ("授权公告日", fd(granted, "dot")), ("专利号", number),
                         ("申请日", fd(applied, "dot")), ("专利权人", owner), (inv_lab, "；".join(inv)),
                         ("名称", title), ("类型", head.replace("证书", ""))]:  # fmt: skip
            pg.text(20, yy, lab, 10, b, color=(90, 90, 90))
            pg.text(52, yy, val, fit(val, b, 10, 140), b)
            yy += 9
        pg.wrap(20, yy + 4, 170, f"摘要：本{'发明' if kind == 'invention' else '实用新型'}公开了{title}，结构简单，使用方便。", 10, b)
        pages.append(pg)
    fields = {"title": title, "people": people(inv, "inventor"), "issuer": "国家知识产权局",
              "issued_on": granted.isoformat(),
              "patent": {"kind": kind, "number": number, "applied_on": applied.isoformat(), "granted_on": granted.isoformat()}}  # fmt: skip
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    if v == "gazette":
        scored.remove("issuer")
    return doc("patent_certificate", layout, pages, fields, scored, rng.choice(inv), granted.year)


# ---- award certificate -------------------------------------------------------------------------------------------
SOCIETY = {"highway": "山东省公路学会", "obstetrics": "山东省医师协会", "rehab": "山东省康复医学会",
           "chemistry": "山东省化学化工学会", "agronomy": "山东省园艺学会", "statistics": "山东省统计学会",
           "library": "山东省图书馆学会", "food": "山东省食品科学技术学会"}  # fmt: skip
BUREAU = {"highway": "{c}市交通运输局", "obstetrics": "{c}市卫生健康委员会", "rehab": "{c}市卫生健康委员会",
          "chemistry": "{c}市教育局", "agronomy": "{c}市农业农村局", "statistics": "{c}市统计局",
          "library": "{c}市文化和旅游局", "food": "{c}市市场监督管理局"}  # fmt: skip
GRADES = ["一等奖", "二等奖", "三等奖"]


def _giver(ctx: Ctx, v: str, prof: str, city: str) -> tuple[str, str, str, str | None]:
    """(award name, kind, giver, level)."""
    rng = ctx.rng
    if v == "contest":
        g = fill(BUREAU[prof], city, "")
        if rng.random() < 0.3:
            return f"{SOCIETY[prof][:-2]}青年技能竞赛", "competition", SOCIETY[prof], None
        return f"{city}市{PROFS[prof]['major'][0][:2]}业务技能竞赛", "competition", g, "bureau"
    if v == "social":
        r = rng.random()
        if r < 0.4:
            return "山东省社会科学优秀成果奖", "social_science", "山东省人民政府", "provincial"
        if r < 0.75:
            return f"{city}市社会科学优秀成果奖", "social_science", f"{city}市人民政府", "municipal"
        return f"{city}市社会科学优秀成果奖", "social_science", f"{city}市社会科学界联合会", None
    if v == "society":
        if rng.random() < 0.5:
            return f"{SOCIETY[prof]}优秀论文奖", "other", SOCIETY[prof], None
        return f"{SOCIETY[prof]}科学技术奖", "science_technology", SOCIETY[prof], None
    r = rng.random()
    if r < 0.25:
        return "山东省科学技术进步奖", "science_technology", "山东省人民政府", "provincial"
    if r < 0.55:
        return f"{city}市科学技术进步奖", "science_technology", f"{city}市人民政府", "municipal"
    if r < 0.75:
        cc = [c for c in COUNTY_CITIES if c in CITIES[city]]
        c = rng.choice(cc)
        return f"{c}科学技术奖", "science_technology", f"{c}人民政府", "county"
    g = fill(BUREAU[prof], city, "")
    return f"{g[:-1] if g.endswith('局') else g}科技创新成果奖", "science_technology", g, "bureau"


def award_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("award_certificate")
    rng = ctx.rng
    prof, city, dist = setting(ctx)
    aname, akind, giver, level = _giver(ctx, v, prof, city)
    grade = rng.choice(GRADES + (["优秀奖"] if akind in ("competition", "other") else []))
    if v == "contest":
        title = f"{ctx.pick(f'topic.{prof}', PROFS[prof]['topics'])}实操项目"
    elif v in ("social", "society") and akind != "science_technology":
        title = _title(ctx, "articles", prof, city, dist)
    else:
        title = _title(ctx, "projects", prof, city, dist)
    d = rdate(rng, 2019, 2025)
    yr = d.year - rng.choice([0, 1])
    st = _style(ctx)
    b, bo, hd = ctx.body, ctx.bold, ctx.hand
    n = {"single": rng.randint(3, 9), "team": rng.randint(3, 8), "contest": 1, "social": rng.randint(1, 3),
         "booklet": rng.randint(3, 7), "society": 1}[v]  # fmt: skip
    ns = pnames(rng, n)
    holder = None
    ppl = people(ns, "awardee")
    no = serial(rng, f"{yr}-{rng.choice(['KJ', 'SK', 'JS', 'HJ'])}-", 4)
    yearword = f"{yr}年度"
    pages: list[Page] = []
    if v == "single":
        r = rng.randint(1, n)
        holder = ns[r - 1]
        ppl = [{"name": holder, "rank": r, "role": "awardee"}]
        pg = Page()
        frame(pg, ctx, 3)
        pg.text(105, 44, "荣 誉 证 书", 30, bo, "c", (170, 30, 30))
        pg.text(28, 86, holder, 18, hd)
        pg.text(28 + width_mm(holder, hd, 18) + 2, 87, "同志：", 14, b)
        y = pg.wrap(28, 102, 154, f"你参加完成的“{title}”项目，荣获{yearword}{aname}{grade}（第{r}完成人）。特发此证，以资鼓励。",
                    14, b, 1.9, 10)  # fmt: skip
        sign_block(pg, ctx, giver, fd(d, st), max(y + 30, 190), seed=rng.randrange(10**6))
        pg.text(28, 262, f"证书编号：{no}", 9.5, b)
        pages.append(pg)
    elif v in ("team", "booklet"):
        pg = Page(297, 210, bg=(252, 248, 238))
        if v == "team":
            frame(pg, ctx, 2)
            pg.text(148.5, 26, "获 奖 证 书", 26, bo, "c")
            pg.text(148.5, 42, f"{yearword}{aname}", 13, b, "c")
            yy = 60
            for lab, val in [("项目名称", title), ("奖励等级", grade), ("主要完成人", "、".join(ns)), ("证书编号", no)]:
                pg.text(40, yy, f"{lab}：", 12, b)
                pg.text(75, yy, val, fit(val, b, 12, 190), b)
                yy += 13
            sign_block(pg, ctx, giver, fd(d, st), 150, x_right=262, seed=rng.randrange(10**6))
        else:
            pg.line(148.5, 8, 148.5, 202, 0.4, (180, 180, 180))
            pg.text(20, 24, f"证书号：{no}", 10, b)
            pg.text(20, 40, "获奖项目：", 11, b)
            pg.wrap(20, 48, 118, title, 12, b)
            pg.text(20, 70, "主要完成人：", 11, b)
            for i, x in enumerate(ns):
                pg.text(25 + (i % 3) * 38, 80 + (i // 3) * 9, f"{i + 1}. {x}", 11, b)
            r = rng.randint(1, n)
            holder = ns[r - 1]
            pg.text(222, 30, "荣誉证书", 24, bo, "c", (170, 30, 30))
            pg.text(165, 56, holder, 16, hd)
            pg.text(165 + width_mm(holder, hd, 16) + 2, 57, "：", 13, b)
            y = 70
            for s in (f"在{yearword}{aname}评审中，", f"你作为第{r}完成人的项目荣获{grade}。", "特发此证。"):
                pg.text(165, y, s, fit(s, b, 13, 115), b)
                y += 9
            sign_block(pg, ctx, giver, fd(d, st), max(y + 24, 140), x_right=272, seed=rng.randrange(10**6))
        pages.append(pg)
    elif v == "contest":
        holder = ns[0]
        w = who(ctx, prof, city, holder)
        pg = Page()
        frame(pg, ctx, rng.choice([1, 2]))
        pg.text(105, 42, "荣誉证书", 28, bo, "c", (170, 30, 30))
        pg.text(30, 80, holder, 18, hd)
        pg.text(30 + width_mm(holder, hd, 18) + 2, 81, f"（{w.unit}）：", 13, b)
        y = pg.wrap(30, 96, 150, f"在{yearword}{aname}中，参赛项目“{title}”荣获{grade}。", 14, b, 1.9, 10)
        pg.text(40, y + 6, "特发此证，以资鼓励。", 14, b)
        sign_block(pg, ctx, giver, fd(d, st), y + 50, seed=rng.randrange(10**6))
        pages.append(pg)
    elif v == "social":
        if n == 1:
            holder = ns[0]
        pg = Page(297, 210)
        frame(pg, ctx, 3)
        pg.text(148.5, 30, aname, fit(aname, bo, 22, 240), bo, "c", (170, 30, 30))
        pg.text(148.5, 48, "证  书", 20, bo, "c")
        y = pg.wrap(40, 70, 217, f"{'、'.join(ns)}的成果“{title}”，荣获{yearword}{aname}{grade}。", 14, b, 1.9, 10)
        pg.text(40, y + 4, f"成果形式：{rng.choice(['论文', '研究报告', '著作'])}    证书编号：{no}", 11, b)
        sign_block(pg, ctx, giver, fd(d, st), 150, x_right=255, seed=rng.randrange(10**6))
        pages.append(pg)
    else:  # society
        holder = ns[0]
        pg = Page()
        frame(pg, ctx, 2)
        pg.text(105, 36, "证  书", 26, bo, "c")
        pg.text(105, 50, "Award Certificate", 12, b, "c")
        pg.text(30, 76, holder, 18, hd)
        pg.text(30 + width_mm(holder, hd, 18) + 2, 77, "：", 14, b)
        y = pg.wrap(30, 92, 150, f"您的{'论文' if akind == 'other' else '项目'}“{title}”获{yearword}{aname}{grade}。", 14, b, 1.9, 10)
        pg.text(30, y + 8, f"No. {no}", 10, b)
        sign_block(pg, ctx, giver, fd(d, st), y + 40, seed=rng.randrange(10**6))
        pg.text(105, 268, f"地址：济南市历下区{rng.choice(['经十路', '解放路', '山大路'])}{rng.randint(1, 300)}号  电话：0531-{rng.randint(80000000, 89999999)}",
                8.5, b, "c")  # fmt: skip
        pages.append(pg)
    fields = {"holder": holder, "title": title, "people": ppl, "issuer": giver, "issued_on": d.isoformat(),
              "award": {"name": aname, "kind": akind, "level": level, "grade": grade}}  # fmt: skip
    scored = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.level",
              "award.grade"]  # fmt: skip
    if level is None:
        scored.remove("award.level")  # a society's or company's award has no level to score
    claim = holder or rng.choice(ns)
    return doc("award_certificate", layout, pages, fields, scored, claim, d.year)


# ---- project completion --------------------------------------------------------------------------------------------
PROJ_ORG = {"highway": ["{c}市交通运输局", "山东省交通运输厅"], "obstetrics": ["山东省卫生健康委员会", "{c}市科学技术局"],
            "rehab": ["山东省中医药管理局", "{c}市卫生健康委员会"], "chemistry": ["山东省教育科学规划领导小组办公室", "{c}市教育科学研究院"],
            "agronomy": ["山东省农业农村厅", "{c}市科学技术局"], "statistics": ["山东省统计局", "{c}市社会科学界联合会"],
            "library": ["山东省文化和旅游厅", "{c}市社会科学界联合会"], "food": ["山东省市场监督管理局", "{c}市科学技术局"]}  # fmt: skip


def project_completion(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("project_completion")
    rng = ctx.rng
    prof, city, dist = setting(ctx)
    title = _title(ctx, "projects", prof, city, dist)
    issuer = fill(rng.choice(PROJ_ORG[prof]), city, dist)
    ns = pnames(rng, rng.randint(3, 7))
    leader, members = ns[0], ns[1:]
    only_leader = v in ("letter", "query")
    if only_leader:
        members = []
    d = rdate(rng, 2019, 2025)
    st = _style(ctx)
    b, bo, hd = ctx.body, ctx.bold, ctx.hand
    code = f"{rng.choice(['TA', 'DZ', 'SD', 'LQ'])}{d.year - rng.randint(1, 3)}{rng.choice(['KT', 'YB', 'ZD', 'GH'])}{rng.randint(10, 999):03d}"
    unit = who(ctx, prof, city, leader).unit
    rating = rng.choice(["优秀", "良好", "合格"])
    pages: list[Page] = []
    if v in ("cert", "landscape"):
        pg = Page() if v == "cert" else Page(297, 210)
        frame(pg, ctx, rng.choice([2, 3]))
        pg.text(pg.w / 2, 36 if v == "cert" else 26, "结 题 证 书", 26, bo, "c")
        yy = 64 if v == "cert" else 48
        x0 = 28 if v == "cert" else 45
        wv = pg.w - x0 - 60
        for lab, val in [("课题编号", code), ("课题名称", title), ("承担单位", unit), ("课题负责人", leader),
                         ("课题组成员", "、".join(members)), ("鉴定等级", rating)]:  # fmt: skip
            pg.text(x0, yy, f"{lab}：", 12, b)
            pg.text(x0 + 30, yy, val, fit(val, b, 12, wv), b)
            yy += 12
        pg.wrap(x0, yy + 4, pg.w - 2 * x0, "该课题经专家组鉴定，已完成预期研究任务，准予结题。特发此证。", 12, b, 1.8, 8)
        sign_block(pg, ctx, issuer, fd(d, st), yy + 34, x_right=pg.w - 35, seed=rng.randrange(10**6))
        pages.append(pg)
    elif v == "letter":
        pg = Page()
        pg.text(105, 40, "结 题 证 明", 22, bo, "c")
        y = pg.wrap(25, 70, 160, f"由{unit}{leader}同志主持的{issuer}立项课题“{title}”（立项编号：{code}），已按计划完成研究任务，"
                    f"经组织专家评审，同意结题，鉴定等级为{rating}。", 13, b, 2.0, 9)  # fmt: skip
        pg.text(35, y + 4, "特此证明。", 13, b)
        sign_block(pg, ctx, issuer, fd(d, st), y + 30, seed=rng.randrange(10**6))
        pg.text(25, 262, f"联系人：{pnames(rng, 1)[0]}    电话：{'0538' if city == '泰安' else '0534'}-{rng.randint(6000000, 8999999)}", 9, b)
        pages.append(pg)
    elif v == "dossier":
        p1 = Page()
        p1.text(105, 50, "课题结题鉴定书", 24, bo, "c")
        yy = 110
        for lab, val in [("课题名称", title), ("课题编号", code), ("负 责 人", leader), ("主要研究人员", "、".join(members)),
                         ("承担单位", unit), ("填表日期", fd(plus(d, -rng.randint(20, 90)), st))]:  # fmt: skip
            p1.text(30, yy, f"{lab}：", 12, b)
            p1.text(66, yy, val, fit(val, b, 12, 120), b)
            p1.line(65, yy + 6, 188, yy + 6, 0.2)
            yy += 14
        p1.text(105, 250, issuer, 13, b, "c")
        pages.append(p1)
        p2 = Page()
        p2.text(105, 24, "专家鉴定意见", 15, bo, "c")
        p2.rect(20, 34, 190, 150, 0.3)
        p2.wrap(25, 40, 160, "课题选题具有现实意义，研究方法科学，资料翔实，结论可信，达到了预期目标。专家组一致同意结题。", 12, b, 1.9, 8)
        p2.text(110, 120, "专家组组长（签字）：", 11, b)
        p2.text(152, 118, pnames(rng, 1)[0], 15, hd)
        p2.rect(20, 150, 190, 230, 0.3)
        p2.text(25, 156, "主管部门意见：", 12, b)
        p2.text(60, 170, "同意结题。", 14, hd)
        sign_block(p2, ctx, issuer, fd(d, st), 195, seed=rng.randrange(10**6))
        pages.append(p2)
    elif v == "form":
        pg = Page()
        pg.text(105, 22, "科研项目结题验收意见表", 17, bo, "c")
        pg.text(190, 33, f"编号：{code}", 9.5, b, "r")
        y0 = 40
        for lab, val, h in [("项目名称", title, 14), ("承担单位", unit, 12), ("项目负责人", leader, 12),
                            ("项目组成员", "、".join(members), 14), ("验收意见", "", 60), ("主管部门意见", "", 50)]:  # fmt: skip
            pg.rect(20, y0, 190, y0 + h, 0.3)
            pg.line(52, y0, 52, y0 + h, 0.3)
            pg.text(36, y0 + 3, lab, 10.5, b, "c")
            if val:
                pg.text(55, y0 + 3.5, val, fit(val, b, 10.5, 132), b)
            if lab == "验收意见":
                pg.wrap(55, y0 + 4, 130, f"该项目完成了合同规定的研究内容，验收等级：{rating}。", 10.5, b)
                pg.text(120, y0 + 44, "组长签字：", 10.5, b)
                pg.text(142, y0 + 42, pnames(rng, 1)[0], 14, hd)
            if lab == "主管部门意见":
                pg.text(60, y0 + 8, "同意验收", 14, hd)
                sign_block(pg, ctx, issuer, fd(d, st), y0 + 22, seed=rng.randrange(10**6))
            y0 += h
        pages.append(pg)
    else:  # query
        pg, y = phone_page(ctx, "结题证书查询", f"{rng.randint(8, 22)}:{rng.randint(10, 59)}")
        pg.rect(5, y, pg.w - 5, y + 96, 0, fill=(255, 255, 255))
        pg.text(9, y + 4, "查询结果（1条）", 8.5, bo)
        yy = y + 14
        for lab, val in [("项目名称", title), ("立项编号", code), ("负责人", leader), ("所在单位", unit), ("结题等级", rating),
                         ("结题时间", fd(d, st)), ("发布单位", issuer)]:  # fmt: skip
            pg.text(9, yy, lab, 7.5, b, color=(120, 120, 120))
            yy = pg.wrap(27, yy, pg.w - 36, val, 7.5, b, 1.5) + 2
        tick(pg, ctx, pg.w - 16, y + 3, 10)
        pages.append(pg)
    holder = leader if only_leader else None
    fields = {"holder": holder, "title": title, "issuer": issuer, "issued_on": d.isoformat(),
              "people": people([leader], "project_leader") + people(members, "project_member", 2)}  # fmt: skip
    return doc("project_completion", layout, pages, fields, ["holder", "title", "people", "issuer", "issued_on"],
               rng.choice(ns if not only_leader else [leader]), d.year)  # fmt: skip
