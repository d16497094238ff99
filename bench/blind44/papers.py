"""Draw 44 builders: journal pages, books, patents, awards and project completion proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import supervisor
from bench.blind.doc import Doc, frame
from bench.blind.page import Page
from bench.blind44.certs import GREY, INK, RED, _scene, fit_size
from bench.blind44.pools import (
    CITIES,
    Ctx,
    addr,
    ctext,
    desk,
    fd,
    isbn_digit,
    iso,
    people_names,
    pick_journal,
    qr,
    rdate,
    serial,
    topic,
    variant,
    zl_check,
)
from bench.generator.truth import person

LOREM = ("本文结合工程实际，采用现场调查、试验分析与数值模拟相结合的方法，对相关问题进行了系统研究。结果表明，"
         "所提出的方法能够有效提高工作效率和质量，具有一定的推广应用价值。")


def _paper_title(rng, prof: str) -> str:  # noqa: ANN001
    t = topic(rng, prof)
    return rng.choice([f"{t}的实践与思考", f"基于现场数据的{t}研究", f"{t}中存在的问题及对策",
                       f"浅析{t}", f"{t}效果分析——以开封、益阳为例", f"{t}关键技术探讨"])


# ============================================================================ journal articles
def journal_article(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    layout, v = variant(ctx, "journal_article")
    s = _scene(ctx, rng.randint(1, 5))
    authors = s["names"]
    j = pick_journal(rng, s["prof"])
    year = rng.randint(2016, 2024)
    issue = str(rng.randint(1, 12))
    vol = str(year - rng.randint(1960, 2005)) if rng.random() < 0.7 else None
    title = _paper_title(rng, s["prof"])
    sup_org, sup_level = supervisor(rng, j)
    show_sup = v in ("cover", "bundle") or (v in ("first", "twocol", "english") and rng.random() < 0.3)
    levels = list(j.base_levels) + ([sup_level] if show_sup else [])
    host = rng.choice([f"{CITIES[s['c']][0]}省科学技术情报研究所", "中国科学技术信息研究所", f"{s['c']}市科学技术协会"])
    vol_s = f"第{vol}卷 " if vol else ""
    head = f"{j.name}  {year}年{vol_s and ('第' + vol + '卷')}第{issue}期"
    ident = f"ISSN {j.issn}  CN {j.cn}"
    affs = [s["unit"], f"{CITIES[s['c']][0]}省{s['c']}市{s['x']}{s['unit'][-3:]}"]
    pages: list[Page] = []

    def first_page(two_col: bool, english: bool) -> Page:
        pg = Page()
        pg.text(20, 12, head, 9, ctx.body, "l", GREY)
        pg.text(190, 12, ident, 9, ctx.body, "r", GREY)
        pg.line(20, 18, 190, 18, 0.4)
        y = ctext(pg, 26, title, 17, ctx.bold, width=165)
        parts: list[tuple[str, bool]] = []
        for i, a in enumerate(authors):
            parts.append((a, False))
            parts.append(("1" if i % 2 == 0 else "2", True))
            if i < len(authors) - 1:
                parts.append(("，", False))
        y = pg.runs(105, y + 1, parts, 12, ctx.body) + 1
        y = ctext(pg, y, f"（1. {affs[0]}；2. {affs[1]}）", 9, ctx.body, width=170)
        if english:
            y = ctext(pg, y + 2, "Practice and Reflection on Water Resources, Health and Forestry Work", 11, ctx.body) + 1
        y = pg.wrap(24, y + 3, 162, "摘  要：" + LOREM, 9.5, ctx.body, lead=1.6)
        y = pg.wrap(24, y + 1, 162, f"关键词：{topic(rng, s['prof'])}；质量管理；{s['c']}市", 9.5, ctx.body)
        pg.text(24, y + 1, f"中图分类号：{rng.choice(['TV', 'R2', 'R81', 'G61', 'G80', 'S7', 'TS6', 'G27', 'C8'])}{rng.randint(11, 99)}   "
                f"文献标志码：A   文章编号：{j.issn.replace('-', '')}({year}){int(issue):02d}-{rng.randint(1, 200):04d}-0{rng.randint(4, 8)}",
                8.5, ctx.body)
        y += 9
        if english:
            y = pg.wrap(24, y, 162, "Abstract: Based on field investigation in Kaifeng and Yiyang, the paper discusses "
                        "technical problems and management measures, and puts forward suggestions.", 9, ctx.body) + 2
        body = ("0  引言  " + LOREM * 3)
        if two_col:
            pg.wrap(20, y + 2, 82, body, 9.5, ctx.body, lead=1.7)
            pg.wrap(108, y + 2, 82, LOREM * 4, 9.5, ctx.body, lead=1.7)
        else:
            pg.wrap(20, y + 2, 170, body, 10, ctx.body, lead=1.8, indent=7)
        pg.line(20, 256, 80, 256, 0.3)
        pg.text(20, 258, f"收稿日期：{fd(dt.date(year - 1, rng.randint(1, 12), rng.randint(1, 28)), 'iso')}", 8, ctx.body)
        pg.text(20, 263, f"基金项目：{s['c']}市科技攻关项目（{serial(rng, str(year - 2), 3)}）", 8, ctx.body)
        pg.text(20, 268, f"作者简介：{authors[0]}（{rng.randint(1970, 1995)}—），{rng.choice('男女')}，{s['unit']}，"
                f"{rng.choice(['工程师', '主治医师', '副主任医师', '高级教师', '高级工程师'])}。", 8, ctx.body)
        if show_sup and v != "bundle":
            pg.text(20, 276, f"主管单位：{sup_org}   主办单位：{host}", 8, ctx.body, "l", GREY)
        return pg

    def toc_page() -> Page:
        pg = Page()
        ctext(pg, 14, j.name, 16, ctx.bold)
        ctext(pg, 24, f"{year}年{'第' + vol + '卷' if vol else ''}第{issue}期（总第{rng.randint(100, 600)}期）", 10, ctx.body)
        ctext(pg, 32, "目    次", 14, ctx.bold)
        y = 44
        others = people_names(rng, 12)
        pos = rng.randint(1, 5)
        for i in range(8):
            if i == pos:
                t, au = title, authors
            else:
                t, au = _paper_title(rng, rng.choice(["water", "forest", "tcm", "stat"])), others[i % 6:i % 6 + rng.randint(1, 3)]
            w = fit_size(t, ctx.body, 11, 140)
            pg.text(22, y, t, w, ctx.body)
            pg.text(188, y, str(1 + i * 6), 10, ctx.body, "r")
            pg.text(30, y + 6, "  ".join(au), 9, ctx.body, "l", GREY)
            y += 15
        pg.text(22, 272, ident, 9, ctx.body)
        return pg

    def cover_page() -> Page:
        pg = Page()
        pg.bg = (236, 244, 238)
        pg.rect(0, 0, 210, 70, 0, fill=(30, 90, 70))
        pg.text(105, 18, j.name, fit_size(j.name, ctx.bold, 40, 180), ctx.bold, "c", (255, 255, 255))
        pg.text(105, 50, f"{year}年 第{issue}期" + (f"  Vol.{vol}" if vol else ""), 14, ctx.body, "c", (255, 255, 255))
        pg.text(20, 84, "本期要目", 13, ctx.bold)
        y = 94
        for t, au in [(title, authors), (_paper_title(rng, s["prof"]), people_names(rng, 2))]:
            pg.text(24, y, t, fit_size(t, ctx.body, 11, 160), ctx.body)
            pg.text(30, y + 6, "  ".join(au), 9, ctx.body, "l", GREY)
            y += 15
        pg.text(20, 250, f"主管：{sup_org}", 10, ctx.body)
        pg.text(20, 257, f"主办：{host}", 10, ctx.body)
        pg.text(20, 268, ident, 11, ctx.bold)
        pg.text(190, 268, f"定价：{rng.randint(10, 30)}.00元", 10, ctx.body, "r")
        return pg

    if v in ("first", "twocol", "english"):
        pages.append(first_page(v == "twocol", v == "english"))
    elif v == "toc":
        pages.append(toc_page())
    elif v == "cover":
        pages.append(cover_page())
    else:
        pages += [cover_page(), toc_page(), first_page(rng.random() < 0.5, False)]
    fields = {"title": title, "people": [person(a, i + 1, "author") for i, a in enumerate(authors)],
              "journal": {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": vol, "issue": issue,
                          "levels": levels}}
    scored = ["title", "people"] if v not in ("toc", "cover") else []
    scored += ["journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue", "journal.levels"]
    if vol:
        scored.append("journal.volume")
    claim = authors[rng.randrange(len(authors))]
    return Doc("journal_article", layout, pages, fields, scored, {"person": claim, "year": year})


# ============================================================================ books
PUBLISHERS = [("黄河水利出版社", "5509", "郑州"), ("中国水利水电出版社", "5226", "北京"), ("中国中医药出版社", "5132", "北京"),
              ("人民卫生出版社", "117", "北京"), ("中国林业出版社", "5219", "北京"), ("湖南科学技术出版社", "5710", "长沙"),
              ("河南科学技术出版社", "5725", "郑州"), ("湖南师范大学出版社", "5648", "长沙"), ("中国统计出版社", "5230", "北京")]
BOOK_PROF = {"water": "水利", "tcm": "中医", "radio": "影像", "kg": "幼儿", "pe": "体育", "forest": "林业",
             "bamboo": "竹材", "archive": "档案", "stat": "统计"}


def book(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    layout, v = variant(ctx, "book")
    s = _scene(ctx, 9)
    pub, pre, pcity = rng.choice(PUBLISHERS)
    t = topic(rng, s["prof"])
    title = rng.choice([f"{t}实务", f"{t}指南", f"{t}理论与实践", f"基层{t}手册", f"{t}案例选编"])
    y, m = rng.randint(2015, 2024), rng.randint(1, 12)
    edition = f"{y}年{m}月第1版"
    price = f"{rng.randint(38, 128)}.00元"
    item = "".join(str(rng.randint(0, 9)) for _ in range(8 - len(pre)))
    d12 = "9787" + pre + item
    isbn = f"978-7-{pre}-{item}-{isbn_digit(d12)}"
    names = s["names"]
    translated = v == "translated"
    people: list[dict] = []
    credit_lines: list[str] = []
    if translated:
        orig = rng.choice(["约翰·史密斯", "玛丽·约翰逊", "山田太郎", "汉斯·穆勒"])
        trans = names[:rng.randint(1, 2)]
        people = [person(orig, 1, "author")] + [person(n, i + 2, "translator") for i, n in enumerate(trans)]
        credit_lines = [f"［{rng.choice(['美', '英', '日', '德'])}］{orig} 著", "  ".join(trans) + " 译"]
        title = f"{t}国际经验"
    else:
        n_chief, n_dep, n_board = rng.randint(1, 2), rng.randint(0, 2), rng.randint(0, 4)
        chiefs, deps, board = names[:n_chief], names[n_chief:n_chief + n_dep], names[n_chief + n_dep:n_chief + n_dep + n_board]
        r = 1
        for grp, role in ((chiefs, "editor_in_chief"), (deps, "deputy_editor"), (board, "editorial_board")):
            for n in grp:
                people.append(person(n, r, role))
                r += 1
        credit_lines = ["主编  " + "  ".join(chiefs)]
        if deps:
            credit_lines.append("副主编  " + "  ".join(deps))
        if board:
            credit_lines.append("编  委  " + "  ".join(board))
    if translated:
        cip_head = f"{title} / {credit_lines[0].replace(' 著', '著')}；{credit_lines[1].replace('  ', '，').replace(' 译', '译')}"
    else:
        cip_head = f"{title} / {credit_lines[0].replace('主编  ', '').replace('  ', '，')}主编"

    def cover() -> Page:
        pg = Page(170, 240)
        pg.bg = rng.choice([(28, 70, 120), (120, 40, 40), (40, 95, 60)])
        pg.rect(0, 150, 170, 240, 0, fill=(235, 232, 220))
        pg.text(85, 50, title, fit_size(title, ctx.bold, 26, 150), ctx.bold, "c", (255, 255, 255))
        yy = 90
        for ln in credit_lines:
            pg.text(85, yy, ln, fit_size(ln, ctx.body, 12, 150), ctx.body, "c", (255, 255, 255))
            yy += 9
        pg.text(85, 215, pub, 13, ctx.bold, "c")
        return pg

    def cip() -> Page:
        pg = Page(170, 240)
        y0 = 30
        if not translated:
            pg.text(85, 14, "本书编写人员", 10, ctx.bold, "c")
            yb = 21
            for ln in credit_lines:
                yb = pg.wrap(30, yb, 115, ln, 9, ctx.body, lead=1.5)
            y0 = max(y0, yb + 6)
        pg.text(20, y0, "图书在版编目（CIP）数据", 11, ctx.bold)
        yy = pg.wrap(20, y0 + 9, 130, f"{cip_head}. —{pcity}：{pub}，{y}.{m}", 9.5, ctx.body)
        pg.text(20, yy, f"ISBN {isbn}", 9.5, ctx.body)
        pg.text(20, yy + 6, f"Ⅰ.①{title[:2]}…  Ⅱ.①{names[0][:1]}…  Ⅲ.①{t[:4]}  Ⅳ.①{rng.choice(['TV', 'R2', 'S7', 'G2', 'C8'])}{rng.randint(1, 99)}", 9, ctx.body)
        pg.text(20, yy + 14, f"中国版本图书馆CIP数据核字（{y}）第{rng.randint(10000, 299999)}号", 9, ctx.body)
        pg.line(20, yy + 24, 150, yy + 24, 0.3)
        lines = [f"责任编辑：{names[-1]}", f"封面设计：{names[-2]}", f"出版发行：{pub}",
                 f"地址：{pcity}市{rng.choice(['金水路', '车公庄西路', '芙蓉中路', '西城区'])}{rng.randint(1, 200)}号  邮编：{rng.randint(100000, 450099)}",
                 f"印刷：{s['c']}市{rng.choice(['华艺', '新华', '鑫源'])}印务有限公司",
                 f"开本：787 mm×1092 mm  1/16   印张：{rng.randint(10, 30)}   字数：{rng.randint(200, 600)}千字",
                 f"版次：{edition}    印次：{y}年{m}月第1次印刷", f"定价：{price}"]
        yy += 30
        for ln in lines:
            pg.text(20, yy, ln, 9, ctx.body)
            yy += 7
        pg.text(20, yy + 6, "版权所有  侵权必究", 9, ctx.body)
        return pg

    def title_page() -> Page:
        pg = Page(170, 240)
        pg.text(85, 50, title, fit_size(title, ctx.bold, 22, 150), ctx.bold, "c")
        yy = 80
        for ln in credit_lines:
            pg.text(85, yy, ln, fit_size(ln, ctx.body, 12, 150), ctx.body, "c")
            yy += 9
        pg.text(85, 205, pub, 12, ctx.body, "c")
        pg.text(85, 213, f"·{pcity}·", 10, ctx.body, "c")
        return pg

    def back() -> Page:
        pg = Page(170, 240)
        pg.bg = (235, 232, 220)
        pg.rect(100, 190, 160, 225, 0, fill=(255, 255, 255))
        for i in range(50):
            if rng.random() < 0.6:
                pg.rect(104 + i, 193, 104.5 + i + rng.random(), 216, 0, fill=(0, 0, 0))
        pg.text(130, 218, f"ISBN {isbn}", 7, ctx.body, "c")
        pg.text(20, 215, f"定价：{price}", 10, ctx.body)
        return pg

    if v == "cover":
        pages = [cover()]
    elif v in ("cip", "translated"):
        pages = [cip()]
    elif v == "titlecip":
        pages = [title_page(), cip()]
    elif v == "backcip":
        pages = [cip(), back()]
    else:  # deskcip
        inner = cip()
        pg = Page(210, 280)
        x0, y0, x1, y1 = desk(pg, rng)
        for op in inner.ops:
            if op[0] == "text":
                pg.ops.append(("text", op[1] + x0 + 4, op[2] + y0 + 4) + op[3:])
            elif op[0] == "line":
                pg.ops.append(("line", op[1] + x0 + 4, op[2] + y0 + 4, op[3] + x0 + 4, op[4] + y0 + 4) + op[5:])
        pages = [pg]
    fields = {"title": title, "people": people, "issuer": pub,
              "book": {"isbn": None if v == "cover" else isbn, "publisher": pub,
                       "edition": None if v == "cover" else edition},
              "issued_on": None if v == "cover" else f"{y}-{m:02d}"}
    scored = ["title", "people", "issuer", "book.publisher"]
    if v != "cover":
        scored += ["book.isbn", "book.edition"]
    pool = [p["name"] for p in people if p["role"] != "author" or not translated]
    return Doc("book", layout, pages, fields, scored, {"person": rng.choice(pool), "year": y})


# ============================================================================ patents
P_KIND = {"invention": ("发明专利证书", "发明名称", "发明人", "1", "B"),
          "utility_model": ("实用新型专利证书", "实用新型名称", "发明人", "2", "U"),
          "design": ("外观设计专利证书", "外观设计名称", "设计人", "3", "S")}


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    layout, v = variant(ctx, "patent_certificate")
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        v, rng.choice(["invention", "utility_model", "design"]))
    s = _scene(ctx, rng.randint(1, 6))
    head, nlab, plab, kd, suffix = P_KIND[kind]
    applied = rdate(rng, 2015, 2022)
    granted = applied + dt.timedelta(days=rng.randint(200, 400) if kind != "invention" else rng.randint(500, 1100))
    d12 = f"{applied.year}{kd}{rng.randint(0, 9999999):07d}"
    number = f"ZL{d12}.{zl_check(d12)}"
    printed_no = f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{zl_check(d12)}"
    base = {"water": "一种水利渠道", "forest": "一种林木", "bamboo": "一种竹材", "tcm": "一种中药", "radio": "一种影像检查用",
            "kg": "一种幼儿", "pe": "一种体育训练用", "archive": "一种档案", "stat": "一种统计数据采集"}[s["prof"]]
    obj = rng.choice(["清淤装置", "固定支架", "防护装置", "收纳柜", "烘干设备", "检测装置", "辅助器具"])
    title = (base + obj) if kind != "design" else rng.choice(["竹编收纳篮", "档案密集柜", "中药煎药壶", "幼儿平衡车", "量水堰板"])
    inventors = s["names"]
    owner = s["unit"]
    style = rng.choice(["cnpad", "cn"])
    cert_no = f"第{rng.randint(1000000, 6999999)}号"

    def cert(pg: Page, ox: float = 0, oy: float = 0, wmax: float = 170) -> None:
        pg.text(ox + 105, oy + 22, "证书号" + cert_no, 10, ctx.body, "c")
        pg.text(ox + 105, oy + 36, head, 24, ctx.bold, "c")
        rows = [(nlab, title), (plab, "；".join(inventors)), ("专利号", printed_no),
                ("专利申请日", fd(applied, style)), ("专利权人", owner), ("地址", addr(rng, s["c"], s["x"])),
                ("授权公告号", f"CN {kd}{rng.randint(10000000, 99999999)} {suffix}"), ("授权公告日", fd(granted, style))]
        yy = oy + 58
        for lab, val in rows:
            yy = pg.wrap(ox + 28, yy, wmax - 20, f"{lab}：{val}", 11, ctx.body, lead=1.6) + 2.5
        yy = pg.wrap(ox + 28, yy + 4, wmax - 20,
                     "国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发本证书并在专利登记簿上予以登记。"
                     "专利权自授权公告之日起生效。", 10, ctx.body, lead=1.7, indent=7)
        yy = pg.wrap(ox + 28, yy + 2, wmax - 20, "本专利的专利权期限为" + ("二十年" if kind == "invention" else "十年" if kind == "utility_model" else "十五年") +
                     "，自申请日起算。", 10, ctx.body, lead=1.7, indent=7)
        pg.text(ox + 150, yy + 14, "局长", 11, ctx.body, "c")
        pg.text(ox + 150, yy + 21, "申长雨", 14, ctx.hand, "c")
        pg.seal(ox + 150, yy + 18, 17, "国家知识产权局", rng.randrange(10**6))

    pages: list[Page] = []
    if v in ("invention", "utility", "design"):
        pg = Page()
        frame(pg, ctx, rng.choice([1, 2]))
        cert(pg)
        pg.text(105, 280, "第1页（共2页）", 8, ctx.body, "c", GREY)
        pages.append(pg)
    elif v == "ecert":
        pg = Page()
        pg.rect(10, 10, 200, 287, 0.6, (30, 60, 130))
        pg.text(190, 14, "电子专利证书", 9, ctx.body, "r", (30, 60, 130))
        cert(pg)
        qr(pg, 24, 250, 24, rng)
        pg.text(52, 262, "扫描二维码查询电子证书真伪", 8, ctx.body, "l", GREY)
        pages.append(pg)
    elif v == "photo":
        pg = Page(230, 310)
        x0, y0, _, _ = desk(pg, rng)
        cert(pg, x0 - 4, y0 - 8, 170)
        pages.append(pg)
    else:  # register
        pg = Page()
        frame(pg, ctx, 1)
        cert(pg)
        p2 = Page()
        ctext(p2, 20, "专利登记簿副本", 16, ctx.bold)
        rows = [["著录项目", "内容"], ["专利号", printed_no], ["名称", title], ["专利权人", owner],
                ["授权公告日", fd(granted, "iso")], ["法律状态", "专利权维持"],
                ["年费缴纳", f"已缴纳第{rng.randint(2, 6)}年度年费"]]
        y = p2.table(22, 36, [40, 126], rows, 10, ctx.body, row_h=11)
        p2.text(22, y + 8, f"打印日期：{fd(rdate(rng, 2024, 2025), 'iso')}", 9, ctx.body, "l", GREY)
        pages += [pg, p2]
    fields = {"title": title, "people": [person(n, i + 1, "inventor") for i, n in enumerate(inventors)],
              "issuer": "国家知识产权局", "issued_on": iso(granted),
              "patent": {"kind": kind, "number": number, "applied_on": iso(applied), "granted_on": iso(granted)}}
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]
    claim = inventors[rng.randrange(len(inventors))]
    return Doc("patent_certificate", layout, pages, fields, scored, {"person": claim, "year": granted.year})


# ============================================================================ awards
CN_RANK = "一二三四五六七八九"


def award_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    layout, v = variant(ctx, "award_certificate")
    s = _scene(ctx, rng.randint(3, 7))
    prov, c, x = s["prov"], s["c"], s["x"]
    d = rdate(rng, 2017, 2024)
    year = d.year - 1
    grade = rng.choice(["一等奖", "二等奖", "三等奖"])
    style = rng.choice(["cn", "han", "cnpad"])
    people_n = s["names"]
    title = _paper_title(rng, s["prof"]) if v == "socsci" else f"{topic(rng, s['prof'])}{rng.choice(['关键技术研究与应用', '集成示范', '推广应用'])}"
    level: str | None
    if v in ("gov", "team", "landscape"):
        issuer, level = rng.choice([(f"{prov}省人民政府", "provincial"), (f"{c}市人民政府", "municipal"),
                                    (f"{x}人民政府", "county" if not x.endswith("区") else "county")])
        if x.endswith("区") and issuer.startswith(x):
            issuer = f"{c}市{x}人民政府"
        aname = f"{issuer.replace('人民政府', '')}科学技术进步奖"
        kind = "science_technology"
    elif v == "contest":
        issuer, level = rng.choice([(f"{c}市教育局", "bureau"), (f"{c}市卫生健康委员会", "bureau"),
                                    (f"{prov}省林业局", "bureau"), (f"{c}市水利局", "bureau")])
        aname = rng.choice([f"{c}市专业技术人员职业技能竞赛", f"{c}市青年岗位能手技能大赛",
                                                             f"{c}市中小学青年教师教学技能大赛", f"{c}市基层业务技能比赛"])
        kind = "competition"
        title = f"{topic(rng, s['prof'])}{rng.choice(['说课', '示范课', '实操展示', '案例展示'])}"
    elif v == "society":
        issuer = rng.choice([f"{prov}省水利学会", f"{prov}省林学会", f"{prov}省中医药学会", f"{prov}省统计学会"])
        level = None
        aname = f"{issuer}科学技术奖"
        kind = "science_technology"
    else:  # socsci
        issuer, level = rng.choice([(f"{c}市人民政府", "municipal"), (f"{c}市社会科学界联合会", None)])
        aname = f"{c}市社会科学优秀成果奖"
        kind = "social_science"
    single = v in ("gov", "landscape", "contest", "society") or (v == "socsci" and rng.random() < 0.5)
    ranked = 1
    if single:
        ranked = rng.randint(1, len(people_n))
        holder = people_n[ranked - 1]
        people = [person(holder, ranked, "awardee")]
    else:
        holder = None
        people = [person(n, i + 1, "awardee") for i, n in enumerate(people_n)]
    pages: list[Page] = []
    landscape = v in ("landscape", "team", "contest")
    pg = Page(297, 210) if landscape else Page()
    frame(pg, ctx, rng.choice([2, 3]))
    cx = pg.w / 2
    y = ctext(pg, 30 if landscape else 40, "荣 誉 证 书" if v == "contest" else "获 奖 证 书", 30, ctx.bold, color=RED)
    y += 10
    L = 40 if landscape else 28
    W = pg.w - 2 * L
    if v == "contest":
        y = pg.wrap(L, y, W, f"{holder}（{s['unit']}）：", 15, ctx.body, lead=1.9)
        y = pg.wrap(L, y, W, f"在{year}年{aname}中，参赛作品《{title}》荣获{grade}。", 15, ctx.body, lead=1.9, indent=10)
        y = pg.wrap(L, y, W, "特发此证，以资鼓励。", 15, ctx.body, lead=1.9, indent=10)
    elif single:
        y = pg.wrap(L, y, W, f"为表彰在{year}年度{aname}中作出突出贡献的人员，特颁发此证书。", 14, ctx.body, lead=1.9, indent=9)
        y += 4
        rows = [("项目名称", title), ("奖励等级", grade), ("获奖者", f"{holder}（第{ranked}完成人）" if rng.random() < 0.5 else f"{holder}（排名第{ranked}）"),
                ("证书编号", serial(rng, f"{year}-", 5))]
        for lab, val in rows:
            y = pg.wrap(L + 6, y, W - 6, f"{lab}：{val}", 13, ctx.body, lead=1.9)
    else:
        y = pg.wrap(L, y, W, f"{title}", 15, ctx.bold, lead=1.8)
        y = pg.wrap(L, y + 2, W, f"荣获{year}年度{aname}{grade}。", 14, ctx.body, lead=1.9)
        y = pg.wrap(L, y + 2, W, "主要完成人：" + "、".join(people_n), 13, ctx.body, lead=1.9)
        y = pg.wrap(L, y + 2, W, f"主要完成单位：{s['unit']}", 12, ctx.body, lead=1.9)
    sy = pg.h - 55
    pg.text(cx + pg.w * 0.22, sy, issuer, 14, ctx.body, "c")
    pg.text(cx + pg.w * 0.22, sy + 10, fd(d, style), 14, ctx.body, "c")
    pg.seal(cx + pg.w * 0.22, sy + 4, 19, issuer[:16], rng.randrange(10**6))
    pages.append(pg)
    fields = {"holder": holder, "title": title, "people": people, "issuer": issuer, "issued_on": iso(d),
              "award": {"name": aname, "kind": kind, "level": level, "grade": grade}}
    scored = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.grade"]
    if level:
        scored.append("award.level")
    claim = holder or people_n[rng.randrange(len(people_n))]
    return Doc("award_certificate", layout, pages, fields, scored, {"person": claim, "year": d.year})


# ============================================================================ project completion
def project_completion(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    layout, v = variant(ctx, "project_completion")
    s = _scene(ctx, rng.randint(3, 6))
    prov, c = s["prov"], s["c"]
    issuer = rng.choice({
        "water": [f"{c}市水利局", f"{prov}省水利厅", f"{c}市科学技术局"],
        "tcm": [f"{prov}省中医药管理局", f"{c}市卫生健康委员会", f"{c}市科学技术局"],
        "radio": [f"{prov}省卫生健康委员会", f"{c}市卫生健康委员会", f"{c}市科学技术局"],
        "kg": [f"{prov}省教育科学规划领导小组办公室", f"{c}市教育科学研究所", f"{c}市教育局"],
        "pe": [f"{prov}省教育科学规划领导小组办公室", f"{c}市教育局", f"{prov}省体育局"],
        "forest": [f"{prov}省林业局", f"{c}市林业局", f"{c}市科学技术局"],
        "bamboo": [f"{c}市科学技术局", f"{prov}省林业局", f"{c}市工业和信息化局"],
        "archive": [f"{prov}省档案局", f"{c}市社会科学界联合会", f"{c}市档案局"],
        "stat": [f"{prov}省统计局", f"{c}市社会科学界联合会", f"{c}市统计局"],
    }[s["prof"]])
    title = f"{topic(rng, s['prof'])}{rng.choice(['研究', '的实践研究', '关键技术研究', '推广与应用研究', '模式探索研究'])}"
    d = rdate(rng, 2017, 2024)
    style = rng.choice(["cn", "han", "cnpad", "dotpad"])
    leader, members = s["names"][0], s["names"][1:]
    code = f"{rng.choice(['XJK', 'KF', 'YYSK', 'ZYY'])}{d.year - 2}{rng.choice(['B', 'C', 'Y'])}{rng.randint(10, 999):03d}"
    only = v in ("leaderonly", "phone")
    pages: list[Page] = []
    if v in ("jieti", "landscape", "leaderonly"):
        pg = Page(297, 210) if v == "landscape" else Page()
        frame(pg, ctx, rng.choice([1, 2, 3]))
        y = ctext(pg, 30 if v == "landscape" else 40, "结 题 证 书" if v != "leaderonly" else "结 题 证 明", 28, ctx.bold,
                  color=RED if v == "landscape" else (20, 20, 20)) + 10
        L = 40 if v == "landscape" else 28
        W = pg.w - 2 * L
        rows = [("课题名称", title), ("课题编号", code), ("课题主持人", leader)]
        if not only:
            rows.append(("课题组成员", "、".join(members)))
        rows.append(("所在单位", s["unit"]))
        for lab, val in rows:
            y = pg.wrap(L, y, W, f"{lab}：{val}", 13, ctx.body, lead=1.9)
        y = pg.wrap(L, y + 4, W, "该课题已完成研究任务，经审核，准予结题。" if not only else
                    f"经专家组评审，{leader}同志主持的上述课题已达到预期研究目标，同意结题。特此证明。", 13, ctx.body, lead=1.9, indent=9)
        pg.text(pg.w * 0.72, pg.h - 60, issuer, 13, ctx.body, "c")
        pg.text(pg.w * 0.72, pg.h - 51, fd(d, style), 13, ctx.body, "c")
        pg.seal(pg.w * 0.72, pg.h - 56, 18, issuer[:16], rng.randrange(10**6))
        pg.text(L, pg.h - 22, f"证书编号：{serial(rng, 'JT', 8)}", 9, ctx.body, "l", GREY)
        pages.append(pg)
    elif v in ("form", "appraisal"):
        p1 = Page()
        ctext(p1, 20, "科研项目结题鉴定书" if v == "form" else "科技项目验收证书", 20, ctx.bold)
        p1.text(22, 36, f"项目编号：{code}", 11, ctx.body)
        rows = [["项目名称", title], ["承担单位", s["unit"]], ["项目负责人", leader], ["主管部门", issuer],
                ["验收日期" if v == "appraisal" else "鉴定日期", fd(d, style)]]
        y = p1.table(22, 44, [36, 130], rows, 11, ctx.body, row_h=12)
        p1.text(22, y + 8, "主要研究人员", 12, ctx.bold)
        rows = [["序号", "姓名", "职称", "承担任务"]] + [[str(i + 1), n, rng.choice(["高级工程师", "工程师", "主任医师", "馆员", "高级教师"]),
                                                    "总体设计" if i == 0 else "试验与分析"] for i, n in enumerate(s["names"])]
        p1.table(22, y + 16, [16, 34, 50, 66], rows, 10.5, ctx.body, row_h=10)
        p2 = Page()
        p2.text(22, 24, "鉴定（验收）意见：", 12, ctx.bold)
        y = p2.wrap(22, 34, 166, "该项目完成了合同规定的各项研究任务，技术资料齐全，经费使用合理，"
                    "研究成果具有较好的应用价值，专家组一致同意通过" + ("鉴定" if v == "form" else "验收") + "。", 12, ctx.body, lead=1.9, indent=8)
        p2.text(120, y + 10, f"专家组组长：{people_names(rng, 1)[0]}", 12, ctx.hand, "l", INK)
        p2.text(150, y + 40, issuer, 12, ctx.body, "c")
        p2.text(150, y + 48, fd(d, style), 12, ctx.body, "c")
        p2.seal(150, y + 44, 18, issuer[:16], rng.randrange(10**6))
        p2.text(105, 285, "第2页", 9, ctx.body, "c", GREY)
        pages += [p1, p2]
    else:  # phone
        pg = Page(200, 270)
        x0, y0, x1, y1 = desk(pg, rng)
        cx = (x0 + x1) / 2
        pg.text(cx, y0 + 20, "结 题 证 明", 22, ctx.bold, "c")
        yy = y0 + 44
        for lab, val in [("课题名称", title), ("课题编号", code), ("主持人", leader), ("工作单位", s["unit"])]:
            yy = pg.wrap(x0 + 12, yy, x1 - x0 - 24, f"{lab}：{val}", 11.5, ctx.body, lead=1.9)
        yy = pg.wrap(x0 + 12, yy + 4, x1 - x0 - 24, "上述课题已按计划完成研究，同意结题。", 11.5, ctx.body, lead=1.9, indent=8)
        pg.text(cx + 25, y1 - 50, issuer, fit_size(issuer, ctx.body, 11.5, (x1 - cx) - 2), ctx.body, "c")
        pg.text(cx + 25, y1 - 42, fd(d, style), 11.5, ctx.body, "c")
        pg.seal(cx + 25, y1 - 46, 16, issuer[:16], rng.randrange(10**6))
        pages.append(pg)
    if only:
        people = [person(leader, 1, "project_leader")]
        holder = leader
    else:
        people = [person(leader, 1, "project_leader")] + [person(n, i + 2, "project_member") for i, n in enumerate(members)]
        holder = None
    fields = {"holder": holder, "title": title, "people": people, "issuer": issuer, "issued_on": iso(d)}
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    claim = leader if only else rng.choice([p["name"] for p in people])
    return Doc("project_completion", layout, pages, fields, scored, {"person": claim, "year": d.year})
