"""Draw 42 builders: journal pages, books, patents, awards and project completion certificates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.common import supervisor
from bench.blind.doc import Doc, frame
from bench.blind.page import Page
from bench.blind42.pools import (
    CITIES,
    PROFS,
    PUB_CITY,
    PUBLISHERS,
    Ctx,
    addr,
    browser_page,
    city,
    fd,
    fit,
    fm,
    isbn,
    journal_for,
    kv,
    phone_no,
    phone_page,
    pnames,
    prof,
    qr,
    rdate,
    style,
    unit,
    variant,
    wrap_lines,
    zl,
    zl_print,
)
from bench.generator.truth import person

RED = (185, 30, 30)
INK = (25, 35, 110)
GREY = (100, 100, 100)
FILLER = ("本研究采用回顾性分析方法，收集相关资料并进行统计学处理，结果显示差异具有统计学意义。"
          "在此基础上结合工程与临床实践对影响因素进行了讨论，并提出了改进建议，为同类工作提供参考。")


# =============================================================================================
def journal_article(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "journal_article")
    r = ctx.rng
    c = city(ctx)
    p = prof(ctx)
    j = journal_for(ctx, p)
    year = r.randint(2016, 2024)
    vol = str(year - r.randint(1950, 1990)) if r.random() < 0.75 else None
    issue = str(r.randint(1, 12))
    title = r.choice(p.articles)
    n = r.randint(1, 5)
    authors = pnames(r, n)
    wps = [unit(r, p, c) for _ in range(2)]
    levels = list(j.base_levels)
    sup = None
    if v in ("cover", "twopage"):
        sup, lv = supervisor(r, j)
        levels.append(lv)
    vi = (f"第{vol}卷" if vol else "") + f"第{issue}期"
    vi_short = (f"{vol}({issue})" if vol else f"({issue})")
    pages: list[Page] = []
    scored = ["title", "people", "journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue",
              "journal.levels"] + (["journal.volume"] if vol else [])
    page0 = r.randint(10, 900)

    def first_page(en: bool) -> Page:
        pg = Page()
        pg.text(20, 12, f"{j.name}　{year}年{vi}", 9, ctx.body, color=GREY)
        pg.text(190, 12, f"ISSN {j.issn}　CN {j.cn}", 9, ctx.body, "r", GREY)
        pg.line(20, 17, 190, 17, 0.4)
        pg.text(20, 20, f"DOI：10.{r.randint(3000, 9999)}/j.issn.{j.issn}.{year}.{int(issue):02d}.{r.randint(1, 30):03d}",
                7.5, ctx.body, color=GREY)
        y = 30
        ts = fit(title, ctx.bold, 17, 170)
        pg.text(105, y, title, ts, ctx.bold, "c")
        y += 11
        parts: list[tuple[str, bool]] = []
        for i, a in enumerate(authors):
            parts.append((a, False))
            parts.append(("1" if i % 2 == 0 or len(wps) < 2 else "2", True))
            if i < n - 1:
                parts.append(("，", False))
        y = pg.runs(105, y, parts, 12, ctx.body)
        aff = f"（1.{wps[0]}，{CITIES[c][0]} {c}；2.{wps[1]}，{CITIES[c][0]} {c}）"
        pg.text(105, y, aff, fit(aff, ctx.body, 9, 175), ctx.body, "c")
        y += 8
        y = wrap_lines(pg, ctx, 24, y, 162, ["摘要：目的 " + FILLER + "结论 该方法可行。"], 9, indent=False)
        pg.text(24, y, f"关键词：{title[:4]}；{title[4:8]}；对策", 9, ctx.body)
        y += 6
        pg.text(24, y, f"中图分类号：{j.cn.split('/')[-1]}{r.randint(100, 999)}　文献标志码：A　文章编号：{j.issn}({year}){int(issue):02d}-{page0:04d}-0{r.randint(4, 9)}",
                8, ctx.body)
        y += 8
        if en:
            y = wrap_lines(pg, ctx, 24, y, 162, ["Abstract: Objective To evaluate the method in practice. "
                                                 "Methods Data were collected and analysed. Results The outcome "
                                                 "improved significantly. Conclusion The approach is feasible."],
                           8.5, indent=False)
            pg.text(24, y, "Key words: practice; evaluation; strategy", 8.5, ctx.body)
            y += 8
        pg.line(20, y, 190, y, 0.3)
        y += 4
        for col in range(2):
            x = 20 + col * 87
            wrap_lines(pg, ctx, x, y, 83, [FILLER * 3, FILLER * 2], 9)
        pg.line(20, 262, 80, 262, 0.3)
        pg.text(20, 264, f"收稿日期：{fd(dt.date(year - 1, r.randint(1, 12), r.randint(1, 28)), 'iso')}　"
                f"修回日期：{fd(dt.date(year, 1, r.randint(1, 28)), 'iso')}", 7.5, ctx.body)
        pg.text(20, 269, f"作者简介：{authors[0]}，{p.titles[1]}，研究方向：{title[:6]}。E-mail："
                f"author{r.randint(10, 99)}@163.com", 7.5, ctx.body)
        pg.text(105, 282, str(page0), 9, ctx.body, "c")
        return pg

    if v in ("first", "firsten"):
        pages.append(first_page(v == "firsten"))
    elif v == "toc":
        scored = [s for s in scored if s not in ("title", "people")]
        pg = Page()
        pg.text(105, 18, j.name, 22, ctx.bold, "c")
        pg.text(105, 30, f"{year}年{vi}　（月刊）", 11, ctx.body, "c")
        pg.text(105, 38, "目　　次", 15, ctx.bold, "c")
        others = [t for t in p.articles if t != title][:3]
        used = set(authors)
        items = []
        for t in others:
            au = [x for x in pnames(r, r.randint(1, 4)) if x not in used]
            used.update(au)
            items.append((t, au or ["编辑部"]))
        pos = r.randint(0, len(items))
        items.insert(pos, (title, authors))
        y = 50
        pgn = page0
        for t, au in items:
            pg.text(22, y, t, fit(t, ctx.body, 11, 140), ctx.body)
            pg.text(188, y, str(pgn), 11, ctx.body, "r")
            pg.text(30, y + 6.5, "　".join(au), 10, ctx.body, color=(60, 60, 60))
            y += 16
            pgn += r.randint(4, 9)
        pg.text(22, 250, f"ISSN {j.issn}", 10, ctx.body)
        pg.text(22, 257, f"CN {j.cn}", 10, ctx.body)
        pg.text(188, 257, f"国内定价：{r.randint(15, 40)}.00元", 10, ctx.body, "r")
        pages.append(pg)
    elif v == "cover":
        scored = [s for s in scored if s not in ("title", "people")]
        pg = Page(bg=(236, 242, 248))
        pg.rect(0, 0, 210, 70, 0, fill=(20, 70, 130))
        pg.text(105, 22, j.name, 34, ctx.bold, "c", (255, 255, 255))
        pg.text(105, 52, f"{year}年{vi}", 13, ctx.body, "c", (255, 255, 255))
        pg.text(20, 90, "本期要目", 14, ctx.bold, color=(20, 70, 130))
        pg.text(20, 102, title, fit(title, ctx.body, 12, 170), ctx.body)
        pg.text(26, 110, "　".join(authors), 10.5, ctx.body)
        pg.text(20, 122, r.choice(p.articles[:2]) + "（综述）", 11, ctx.body)
        pg.text(20, 240, f"主管：{sup}", 10, ctx.body)
        pg.text(20, 247, f"国际标准连续出版物号：ISSN {j.issn}", 10, ctx.body)
        pg.text(20, 254, f"国内统一连续出版物号：CN {j.cn}", 10, ctx.body)
        pages.append(pg)
    elif v == "record":
        pg, y = browser_page(ctx, f"https://kns.example.cn/detail?dbcode=CJFD&filename={j.issn.replace('-', '')}{year}"
                             f"{int(issue):02d}0{r.randint(10, 99)}", "学术文献总库")
        pg.text(148.5, y + 4, title, fit(title, ctx.bold, 16, 250), ctx.bold, "c")
        pg.text(148.5, y + 15, "  ".join(authors), 11.5, ctx.body, "c", (20, 80, 170))
        pg.text(148.5, y + 23, f"{wps[0]}", 9.5, ctx.body, "c", GREY)
        y = wrap_lines(pg, ctx, 30, y + 34, 237, ["摘要：" + FILLER], 10, indent=False)
        y = kv(pg, ctx, 30, y + 4, [("来源期刊", f"{j.name}　{year}年{vi}"), ("ISSN", j.issn), ("CN", j.cn),
                                      ("页码", f"{page0}-{page0 + r.randint(4, 8)}"), ("下载", str(r.randint(20, 900)))],
               10)
        pg.text(30, y + 6, "PDF下载　　CAJ下载　　引用　　收藏", 10, ctx.body, color=(20, 80, 170))
        pages.append(pg)
    else:  # twopage: first page + copyright page
        pages.append(first_page(False))
        pg = Page()
        pg.text(105, 20, j.name, 18, ctx.bold, "c")
        pg.text(105, 30, f"（{'月刊' if r.random() < 0.5 else '双月刊'}，{r.randint(1955, 1995)}年创刊）", 10, ctx.body, "c")
        rows = [["卷期", f"{year}年{vi}"], ["主管", sup or ""], ["主办", f"{CITIES[c][0]}省有关学会"],
                ["编辑出版", f"《{j.name}》编辑部"], ["地址", addr(r, c)], ["电话", phone_no(r, c)],
                ["国际标准连续出版物号", f"ISSN {j.issn}"], ["国内统一连续出版物号", f"CN {j.cn}"],
                ["定价", f"每期{r.randint(15, 40)}.00元"]]
        pg.table(35, 45, [50, 90], rows, 10, ctx.body, row_h=10)
        pages.append(pg)
    jr = {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": vol, "issue": issue, "levels": levels}
    fields = {"title": title, "people": [person(a, i + 1, "author") for i, a in enumerate(authors)], "journal": jr}
    return Doc("journal_article", layout, pages, fields, scored, {"person": r.choice(authors), "year": year})


# =============================================================================================
def book(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "book")
    r = ctx.rng
    c, p = city(ctx), prof(ctx)
    pub = ctx.pick("pub", PUB_BY[p.key])
    title = r.choice(p.books)
    y, m = r.randint(2015, 2024), r.randint(1, 12)
    st = style(ctx, ["cn", "cnpad", "dot"])
    number = isbn(r, pub)
    edition = f"{y}年{m}月第1版"
    people: list[dict[str, Any]] = []
    names_ = pnames(r, 9)
    if v == "translation":
        orig = r.choice(["约翰·史密斯", "玛丽·威尔逊", "大卫·米勒", "田中健一", "汉斯·穆勒"])
        land = {"约翰·史密斯": "美", "玛丽·威尔逊": "英", "大卫·米勒": "美", "田中健一": "日", "汉斯·穆勒": "德"}[orig]
        trans = names_[:r.randint(1, 2)]
        people = [person(orig, 1, "author")] + [person(t, i + 2, "translator") for i, t in enumerate(trans)]
        credit = f"〔{land}〕{orig}　著　　" + "　".join(trans) + "　译"
    elif v == "board":
        chief = names_[:r.randint(1, 2)]
        dep = names_[len(chief):len(chief) + r.randint(1, 3)]
        board = names_[len(chief) + len(dep):len(chief) + len(dep) + r.randint(3, 5)]
        order = [(x, "editor_in_chief") for x in chief] + [(x, "deputy_editor") for x in dep] + \
                [(x, "editorial_board") for x in board]
        people = [person(x, i + 1, role) for i, (x, role) in enumerate(order)]
        credit = "　".join(chief) + "　主编"
    else:
        chief = names_[:r.randint(1, 2)]
        dep = names_[len(chief):len(chief) + r.randint(0, 2)]
        order = [(x, "editor_in_chief") for x in chief] + [(x, "deputy_editor") for x in dep]
        people = [person(x, i + 1, role) for i, (x, role) in enumerate(order)]
        credit = "　".join(chief) + "　主编" + ("　　" + "　".join(dep) + "　副主编" if dep else "")
    pages: list[Page] = []

    def cover() -> Page:
        pg = Page(w=170, h=240, bg=r.choice([(232, 222, 200), (210, 226, 236), (240, 238, 232)]))
        pg.rect(0, 40, 170, 110, 0, fill=r.choice([(130, 40, 40), (30, 70, 120), (40, 100, 70)]))
        pg.text(85, 62, title, fit(title, ctx.bold, 24, 150), ctx.bold, "c", (255, 255, 255))
        pg.text(85, 125, credit, fit(credit, ctx.body, 12, 150), ctx.body, "c")
        pg.text(85, 215, pub, 13, ctx.bold, "c")
        return pg

    def copyright_() -> Page:
        pg = Page(w=170, h=240)
        pg.text(15, 30, "图书在版编目（CIP）数据", 11, ctx.bold)
        cip_credit = "、".join(x["name"] for x in people if x["role"] in ("editor_in_chief", "author")) + (
            "著" if v == "translation" else "主编")
        cip = f"{title}/{cip_credit}. —{PUB_CITY[pub]}：{pub}，{y}.{m}"
        yy = wrap_lines(pg, ctx, 15, 40, 140, [cip, f"ISBN {number}"], 9.5)
        pg.text(15, yy + 2, f"Ⅰ.①{title[:4]}…　Ⅱ.①{names_[0]}…　Ⅲ.①{title[:2]}", 9, ctx.body)
        pg.text(15, yy + 9, f"中国版本图书馆CIP数据核字（{y}）第{r.randint(10000, 299999)}号", 9, ctx.body)
        pg.line(15, yy + 18, 155, yy + 18, 0.3)
        rows = [("书　　名", title), ("作　　者", credit.replace("　　", "；")), ("出版发行", pub),
                ("地　　址", f"{PUB_CITY[pub]}市某区出版路{r.randint(1, 99)}号"), ("印　　刷", f"{c}市新华印刷厂"),
                ("开　　本", f"787mm×1092mm　1/16"), ("印　　张", f"{r.randint(10, 40)}.5"),
                ("字　　数", f"{r.randint(200, 800)}千字"), ("版　　次", edition),
                ("印　　次", f"{y}年{m}月第1次印刷"), ("书　　号", f"ISBN {number}"), ("定　　价", f"{r.randint(38, 168)}.00元")]
        yy = kv(pg, ctx, 15, yy + 24, rows, 9, gap=1.9)
        pg.text(15, yy + 6, "版权所有　侵权必究", 9, ctx.body)
        pg.text(15, yy + 12, "如有印装质量问题，请与本社发行部联系调换", 8, ctx.body, color=GREY)
        return pg

    def board_page() -> Page:
        pg = Page(w=170, h=240)
        pg.text(85, 28, "编 委 会", 16, ctx.bold, "c")
        yy = 44
        groups = [("主　编", [x["name"] for x in people if x["role"] == "editor_in_chief"]),
                  ("副主编", [x["name"] for x in people if x["role"] == "deputy_editor"]),
                  ("编　委", [x["name"] for x in people if x["role"] == "editorial_board"])]
        for lab, ns in groups:
            if not ns:
                continue
            pg.text(20, yy, lab, 11, ctx.bold)
            for i, x in enumerate(ns):
                pg.text(45, yy + i * 7, x, 11, ctx.body)
                pg.text(80, yy + i * 7, f"（{unit(r, p, c)}）", 9, ctx.body, color=GREY)
            yy += 7 * len(ns) + 6
        return pg

    def title_page() -> Page:
        pg = Page(w=170, h=240)
        pg.text(85, 60, title, fit(title, ctx.bold, 22, 150), ctx.bold, "c")
        pg.text(85, 90, credit, fit(credit, ctx.body, 12, 150), ctx.body, "c")
        pg.text(85, 200, pub, 13, ctx.body, "c")
        pg.text(85, 210, f"·{PUB_CITY[pub]}·", 11, ctx.body, "c")
        return pg

    scored = ["title", "people", "issuer", "book.publisher"]
    issued: str | None = f"{y}-{m:02d}"
    if v == "cover":
        pages = [cover()]
        rec_isbn, rec_ed, issued = None, None, None
    else:
        rec_isbn, rec_ed = number, edition
        scored += ["book.isbn", "book.edition"]
        if v == "copyright":
            pages = [copyright_()]
        elif v == "title":
            pages = [title_page(), copyright_()]
        elif v == "translation":
            pages = [title_page(), copyright_()]
        elif v == "board":
            pages = [board_page(), copyright_()]
        else:
            pages = [cover(), copyright_()]
    if v == "board":
        credit_people = people
    else:
        credit_people = people
    fields = {"title": title, "people": credit_people, "issuer": pub, "issued_on": issued,
              "book": {"isbn": rec_isbn, "publisher": pub, "edition": rec_ed}}
    claim_p = r.choice([x["name"] for x in people if x["role"] != "author"] or [people[0]["name"]])
    _ = st
    return Doc("book", layout, pages, fields, scored, {"person": claim_p, "year": y})


# =============================================================================================
KIND_CN = {"invention": "发明专利", "utility_model": "实用新型专利", "design": "外观设计专利"}
KIND_NAME = {"invention": "发明名称", "utility_model": "实用新型名称", "design": "外观设计名称"}


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "patent_certificate")
    r = ctx.rng
    c = city(ctx)
    p = prof(ctx, "patents")
    kind = "design" if v == "design" else r.choice(["invention", "utility_model", "utility_model"])
    title = r.choice(p.patents)
    if kind == "design":
        title = title.replace("一种", "") if r.random() < 0.6 else title.replace("一种", "") + "（便携式）"
    applied = rdate(r, 2015, 2022)
    lag = {"invention": (500, 1100), "utility_model": (120, 330), "design": (90, 240)}[kind]
    granted = applied + dt.timedelta(days=r.randint(*lag))
    number = zl(r, applied.year, kind)
    inventors = pnames(r, r.randint(1, 5))
    owner = unit(r, p, c)
    st = style(ctx, ["cn", "cnpad", "dotpad", "iso"])
    issuer = "国家知识产权局"
    cert_no = f"第{r.randint(1000000, 7999999)}号"
    pages: list[Page] = []

    def classic(modern: bool) -> Page:
        pg = Page()
        frame(pg, ctx, 2 if not modern else 1)
        pg.text(105, 28, "证书号" + cert_no, 11, ctx.body, "c")
        pg.text(105, 40, KIND_CN[kind][:-2] + "专利证书", 26, ctx.bold, "c")
        pairs = [(KIND_NAME[kind], title), ("发 明 人" if kind != "design" else "设 计 人", "；".join(inventors)),
                 ("专 利 号", zl_print(number)), ("专利申请日", fd(applied, st)), ("专 利 权 人", owner),
                 ("地　　址", addr(r, c)), ("授权公告日", fd(granted, st))]
        if modern:
            pairs.insert(6, ("授权公告号", f"CN {r.randint(100000000, 219999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"))
        y = kv(pg, ctx, 25, 62, pairs, 11.5, gap=2.2)
        law = {"invention": "中华人民共和国专利法", "utility_model": "中华人民共和国专利法", "design": "中华人民共和国专利法"}[kind]
        txt = (f"国家知识产权局依照{law}进行审查，决定授予专利权，颁发本证书并在专利登记簿上予以登记。"
               "专利权自授权公告之日起生效。专利权期限为" + ("二十年" if kind == "invention" else "十年" if kind == "utility_model" else "十五年")
               + "，自申请日起算。")
        y = wrap_lines(pg, ctx, 25, y + 6, 160, [txt, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止等事项记载在专利登记簿上。"],
                       10.5)
        pg.text(150, 245, "局长", 11, ctx.body)
        pg.text(163, 243, pnames(r, 1)[0], 15, ctx.hand, "l", INK)
        pg.text(150, 255, issuer, 11, ctx.body, "c")
        pg.seal(150, 245, 19, issuer, r.randrange(10**6))
        if modern:
            qr(pg, 25, 238, 20, r.randrange(10**6), "扫码查验")
        pg.text(105, 280, "第 1 页（共 " + ("2" if v == "twopage" else "1") + " 页）", 9, ctx.body, "c")
        return pg

    if v in ("classic", "design", "annotated"):
        pg = classic(False)
        if v == "annotated":
            pg.text(140, 20, f"第{r.randint(1, len(inventors))}发明人已核", 12, ctx.hand, "l", INK)
        pages.append(pg)
    elif v == "modern":
        pages.append(classic(True))
    elif v == "ecert":
        pg = Page(bg=(250, 248, 240))
        pg.rect(10, 10, 200, 287, 1.0, (170, 140, 60))
        pg.text(105, 22, "国家知识产权局", 12, ctx.bold, "c", RED)
        pg.text(105, 34, "电子专利证书", 22, ctx.bold, "c")
        pg.text(105, 48, f"证书号：{cert_no}", 10, ctx.body, "c")
        rows = [["专利类型", KIND_CN[kind]], [KIND_NAME[kind], title], ["发明人/设计人", "、".join(inventors)],
                ["专利号", zl_print(number)], ["申请日", fd(applied, st)], ["授权公告日", fd(granted, st)],
                ["专利权人", owner]]
        y = pg.table(20, 58, [45, 125], rows, 10.5, ctx.body, row_h=12)
        wrap_lines(pg, ctx, 22, y + 8, 166, ["本电子证书与纸质证书具有同等法律效力，可通过专利业务办理系统校验真伪。"], 10)
        qr(pg, 22, 230, 24, r.randrange(10**6), f"校验码 {r.randint(10**7, 10**8 - 1)}")
        pg.text(160, 255, issuer, 12, ctx.body, "c")
        pg.seal(160, 250, 19, issuer, r.randrange(10**6))
        pages.append(pg)
    else:  # twopage
        pages.append(classic(False))
        pg = Page()
        pg.text(105, 20, "专利证书（续页）", 14, ctx.bold, "c")
        pg.text(25, 34, f"专利号：{zl_print(number)}", 11, ctx.body)
        rows = [["事项", "内容", "日期"], ["年费缴纳", "第1年度年费已缴纳", fd(granted, "iso")],
                ["著录项目变更", "无", ""], ["专利权质押", "无", ""]]
        pg.table(25, 44, [40, 80, 40], rows, 10, ctx.body, row_h=10)
        pg.text(105, 280, "第 2 页（共 2 页）", 9, ctx.body, "c")
        pages.append(pg)
    fields = {"title": title, "people": [person(x, i + 1, "inventor") for i, x in enumerate(inventors)],
              "issuer": issuer, "issued_on": granted.isoformat(),
              "patent": {"kind": kind, "number": number, "applied_on": applied.isoformat(),
                         "granted_on": granted.isoformat()}}
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]
    return Doc("patent_certificate", layout, pages, fields, scored, {"person": r.choice(inventors), "year": granted.year})


# =============================================================================================
PUB_BY = {
    "rail": ["中国铁道出版社有限公司", "化学工业出版社", "山东科学技术出版社"],
    "obst": ["人民卫生出版社", "湖南科学技术出版社", "山东科学技术出版社"],
    "ophth": ["人民卫生出版社", "山东科学技术出版社", "湖南科学技术出版社"],
    "music": ["人民音乐出版社", "湖南美术出版社", "山东人民出版社"],
    "tea": ["中国农业出版社", "中国轻工业出版社", "湖南科学技术出版社"],
    "grain": ["中国轻工业出版社", "中国农业出版社", "化学工业出版社"],
    "tour": ["中国旅游出版社", "山东人民出版社", "湖南美术出版社"],
    "law": ["法律出版社", "山东人民出版社"],
}
assert all(x in PUBLISHERS for v in PUB_BY.values() for x in v)

GRADES = ["一等奖", "二等奖", "三等奖"]


def award_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "award_certificate")
    r = ctx.rng
    c, p = city(ctx), prof(ctx)
    prov = CITIES[c][0]
    county = r.choice([x for x in CITIES[c][1] if x.endswith("市")])
    d = rdate(r, 2017, 2024)
    st = style(ctx)
    grade = r.choice(GRADES)
    title: str | None = r.choice(p.projects)
    names_ = pnames(r, r.randint(2, 7))
    holder: str | None = None
    pages: list[Page] = []
    yr = d.year - r.randint(0, 1)
    if v == "gov":
        giver, level = r.choice([(f"{c}市人民政府", "municipal"), (f"{prov}省人民政府", "provincial"),
                                 (f"{county}人民政府", "county")])
        aname = f"{giver.replace('人民政府', '')}科学技术进步奖"
        kind = "science_technology"
    elif v == "society":
        giver = {"rail": f"{prov}省土木建筑学会", "obst": f"{prov}省医学会", "ophth": f"{prov}省医学会",
                 "music": f"{prov}省教育学会", "tea": f"{prov}省茶叶学会", "grain": "中国粮油学会",
                 "tour": f"{prov}省旅游协会", "law": f"{prov}省法学会"}[p.key]
        level = None
        aname = f"{giver}科学技术奖"
        kind = "science_technology"
    elif v == "competition":
        aname = r.choice([{"rail": f"{c}市城市轨道交通行业职业技能竞赛", "obst": f"{c}市助产技能竞赛",
                           "ophth": f"{c}市眼科青年医师手术技能大赛", "music": f"{c}市中小学音乐美术课堂教学竞赛",
                           "tea": f"{c}市茶叶加工职业技能竞赛", "grain": f"{prov}省粮食行业职业技能竞赛",
                           "tour": f"{c}市乡村旅游规划设计大赛", "law": f"{c}市法律援助优秀案例评选"}[p.key],
                          f"{prov}省青年岗位技能大赛"])
        giver, level = {"rail": (f"{c}市总工会", None), "obst": (f"{c}市卫生健康委员会", "bureau"),
                        "ophth": (f"{c}市卫生健康委员会", "bureau"), "music": (f"{c}市教育局", "bureau"),
                        "tea": (f"{c}市农业农村局", "bureau"), "grain": (f"{prov}省粮食和物资储备局", "bureau"),
                        "tour": (f"{c}市文化和旅游局", "bureau"), "law": (f"{c}市司法局", "bureau")}[p.key]
        if aname.endswith("青年岗位技能大赛"):
            giver, level = f"{prov}省人力资源和社会保障厅", "bureau"
        kind = "competition"
        title = None
        names_ = names_[:1]
    elif v == "landscape":
        giver, level = r.choice([(f"{c}市社会科学界联合会", None), (f"{c}市人民政府", "municipal"),
                                 (f"{prov}省社会科学界联合会", None)])
        aname = f"{c + '市' if giver.startswith(c) else prov + '省'}社会科学优秀成果奖"
        kind = "social_science"
    elif v == "rank":
        giver, level = r.choice([(f"{c}市人民政府", "municipal"), (f"{prov}省人民政府", "provincial")])
        aname = f"{giver.replace('人民政府', '')}科学技术进步奖"
        kind = "science_technology"
    else:  # personal
        giver, level = {"rail": (f"{c}市交通运输局", "bureau"), "obst": (f"{c}市卫生健康委员会", "bureau"),
                        "ophth": (f"{c}市卫生健康委员会", "bureau"), "music": (f"{c}市教育局", "bureau"),
                        "tea": (f"{c}市农业农村局", "bureau"), "grain": (f"{prov}省粮食和物资储备局", "bureau"),
                        "tour": (f"{c}市文化和旅游局", "bureau"), "law": (f"{c}市司法局", "bureau")}[p.key]
        aname = r.choice(["优秀论文奖"] if p.key in ("law", "tour", "music") else ["优秀科技成果奖", "优秀论文奖",
                                                                                "科技创新成果奖"])
        aname = f"{giver.replace('委员会', '委').replace('和物资储备', '')}{aname}"
        kind = "other" if "论文" in aname else "science_technology"
        names_ = names_[:1]
    full = f"{yr}年度{aname}" if v != "competition" else f"{yr}年{aname}"
    if v == "competition":
        full = aname
    people = [person(x, i + 1, "awardee") for i, x in enumerate(names_)]
    if v == "gov":
        pg = Page()
        frame(pg, ctx, 3)
        pg.text(105, 36, "获 奖 证 书", 28, ctx.bold, "c", RED)
        pg.text(105, 52, f"证书号：{yr}-{r.choice(['J', 'KJ'])}-{r.randint(1, 3)}-{r.randint(10, 99):03d}", 10, ctx.body, "c")
        body = f"为表彰{full}获得者，特颁发此证书。"
        y = wrap_lines(pg, ctx, 28, 70, 154, [body], 13)
        y = kv(pg, ctx, 28, y + 6, [("项目名称", title or ""), ("奖励等级", grade), ("获 奖 者", "、".join(names_))], 12.5,
               lab_w=28, gap=2.3)
        pg.text(150, 215, giver, 13, ctx.body, "c")
        pg.text(150, 224, fd(d, st), 13, ctx.body, "c")
        pg.seal(150, 219, 19, giver, r.randrange(10**6))
        pages.append(pg)
    elif v == "rank":
        me = r.randrange(len(names_))
        holder = names_[me]
        people = [person(holder, me + 1, "awardee")]
        pg = Page(w=297, h=210)
        frame(pg, ctx, 2)
        pg.text(148.5, 26, "荣 誉 证 书", 28, ctx.bold, "c", RED)
        body = (f"{holder}同志（第{me + 1}完成人）参加完成的“{title}”项目荣获{full}{grade}。")
        wrap_lines(pg, ctx, 45, 64, 207, [body, "特发此证，以资鼓励。"], 15, lead=2.2)
        pg.text(220, 150, giver, 14, ctx.body, "c")
        pg.text(220, 160, fd(d, st), 14, ctx.body, "c")
        pg.seal(220, 155, 20, giver, r.randrange(10**6))
        pg.text(45, 185, f"编号：{c[0]}科奖字〔{yr}〕第{r.randint(1, 300)}号", 10, ctx.body)
        pages.append(pg)
    elif v == "competition":
        holder = names_[0]
        pg = Page(w=297, h=210)
        frame(pg, ctx, 3)
        pg.text(148.5, 30, "荣誉证书", 30, ctx.bold, "c", (180, 130, 30))
        pg.text(45, 70, f"{holder}：", 16, ctx.hand, "l", INK)
        body = f"在{full}中，表现优异，荣获{grade}。"
        wrap_lines(pg, ctx, 45, 88, 207, [body, "特发此证，以资鼓励。"], 16, lead=2.2)
        pg.text(220, 150, giver, 14, ctx.body, "c")
        pg.text(220, 160, fd(d, st), 14, ctx.body, "c")
        pg.seal(220, 155, 20, giver[:16], r.randrange(10**6))
        pages.append(pg)
    elif v == "society":
        pg = Page()
        frame(pg, ctx, 2)
        pg.text(105, 34, "证　书", 28, ctx.bold, "c")
        pg.text(105, 50, "CERTIFICATE", 11, ctx.body, "c", (140, 100, 40))
        rows = [["奖项名称", full], ["项目名称", title or ""], ["获奖等级", grade]] + \
               [[f"第{i + 1}完成人", x] for i, x in enumerate(names_)]
        y = pg.table(25, 66, [40, 120], rows, 11, ctx.body, row_h=11)
        pg.text(150, y + 24, giver, 13, ctx.body, "c")
        pg.text(150, y + 33, fd(d, st), 13, ctx.body, "c")
        pg.seal(150, y + 28, 19, giver, r.randrange(10**6))
        pg.text(25, 270, f"证书编号：{r.randint(10**6, 10**7 - 1)}", 9.5, ctx.body)
        pages.append(pg)
    elif v == "landscape":
        pg = Page(w=297, h=210)
        frame(pg, ctx, 3)
        pg.text(148.5, 28, "获奖证书", 28, ctx.bold, "c", RED)
        pg.text(148.5, 50, full, fit(full, ctx.bold, 16, 240), ctx.bold, "c")
        y = kv(pg, ctx, 50, 70, [("成果名称", f"《{title}》"), ("获奖等级", grade), ("作　　者", "　".join(names_))], 13,
               lab_w=30, gap=2.4)
        pg.text(225, 160, giver, 13, ctx.body, "c")
        pg.text(225, 169, fd(d, st), 13, ctx.body, "c")
        pg.seal(225, 165, 20, giver[:16], r.randrange(10**6))
        pages.append(pg)
    else:  # personal
        holder = names_[0]
        pg = Page()
        frame(pg, ctx, 1)
        pg.text(105, 40, "荣 誉 证 书", 26, ctx.bold, "c", RED)
        body = f"{holder}同志的“{title}”荣获{full}{grade}。"
        wrap_lines(pg, ctx, 28, 80, 154, [body, "特发此证。"], 15, lead=2.2)
        pg.text(150, 200, giver, 13, ctx.body, "c")
        pg.text(150, 209, fd(d, st), 13, ctx.body, "c")
        pg.seal(150, 204, 19, giver[:16], r.randrange(10**6))
        pages.append(pg)
    fields = {"holder": holder, "title": title, "people": people, "issuer": giver, "issued_on": d.isoformat(),
              "award": {"name": aname, "kind": kind, "level": level, "grade": grade}}
    scored = ["holder", "people", "issuer", "issued_on", "award.name", "award.kind", "award.grade"] + \
             (["title"] if title else []) + (["award.level"] if level else [])
    claim = holder or r.choice(names_)
    return Doc("award_certificate", layout, pages, fields, scored, {"person": claim, "year": d.year})


# =============================================================================================
def project_completion(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "project_completion")
    r = ctx.rng
    c, p = city(ctx), prof(ctx)
    prov = CITIES[c][0]
    title = r.choice(p.projects)
    orgs = {"health": [f"{prov}省卫生健康委员会", f"{c}市科学技术局", f"{c}市卫生健康委员会"],
            "edu": [f"{prov}省教育科学规划领导小组办公室", f"{c}市教育科学研究院", f"{c}市社会科学界联合会"],
            "soc": [f"{c}市社会科学界联合会", f"{prov}省哲学社会科学工作办公室", f"{c}市法学会"],
            "tech": [f"{c}市科学技术局", f"{c}市科学技术协会", f"{prov}省科学技术厅"]}
    group = {"obst": "health", "ophth": "health", "music": "edu", "law": "soc", "tour": "soc"}.get(p.key, "tech")
    issuer = ctx.pick("projorg", orgs[group])
    team = pnames(r, r.randint(2, 6))
    leader = team[0]
    d = rdate(r, 2018, 2024)
    st = style(ctx)
    set_year = d.year - r.randint(1, 3)
    code = f"{set_year}{r.choice(['KJ', 'YB', 'ZD', 'SK'])}{r.randint(1, 999):03d}"
    only_leader = v in ("letter", "web")
    members = [] if only_leader else team[1:]
    pages: list[Page] = []
    grade = r.choice(["优秀", "良好", "合格"])
    if v == "cert":
        pg = Page()
        frame(pg, ctx, 2)
        pg.text(105, 36, "结 题 证 书", 26, ctx.bold, "c")
        y = kv(pg, ctx, 30, 66, [("项目编号", code), ("项目名称", title), ("项目主持人", leader),
                                   ("主要成员", "、".join(members)), ("鉴定等级", grade)], 12.5, lab_w=32, gap=2.3)
        wrap_lines(pg, ctx, 30, y + 8, 150, ["该项目已完成研究任务，经专家鉴定，准予结题。特发此证。"], 12.5)
        pg.text(150, 215, issuer, 12.5, ctx.body, "c")
        pg.text(150, 224, fd(d, st), 12.5, ctx.body, "c")
        pg.seal(150, 219, 19, issuer[:16], r.randrange(10**6))
        pages.append(pg)
    elif v == "letter":
        pg = Page()
        pg.text(105, 30, "结 题 证 明", 20, ctx.bold, "c")
        body = (f"由{unit(r, p, c)}{leader}同志主持的{set_year}年度立项课题“{title}”（立项编号：{code}），"
                f"已按计划完成研究任务，经专家组评审，同意结题，结题等级为{grade}。")
        y = wrap_lines(pg, ctx, 25, 52, 160, [body, "特此证明。"], 13, lead=2.0)
        pg.text(160, y + 30, issuer, 13, ctx.body, "c")
        pg.text(160, y + 40, fd(d, st), 13, ctx.body, "c")
        pg.seal(160, y + 35, 19, issuer[:16], r.randrange(10**6))
        pg.text(25, 262, f"抄送：{unit(r, p, c)}科研管理部门", 9.5, ctx.body)
        pages.append(pg)
    elif v == "table":
        pg = Page()
        pg.text(105, 22, "科研项目结题验收证明", 17, ctx.bold, "c")
        rows = [["项目名称", title], ["项目编号", code], ["承担单位", unit(r, p, c)], ["项目负责人", leader],
                ["参加人员", "、".join(members)], ["验收结论", f"通过验收（{grade}）"], ["验收日期", fd(d, st)]]
        y = pg.table(20, 36, [36, 134], rows, 10.5, ctx.body, row_h=13)
        pg.text(24, y + 8, "专家组意见：", 11, ctx.body)
        pg.text(30, y + 18, "研究资料齐全，达到预期目标，同意验收。", 13, ctx.hand, "l", INK)
        pg.text(150, y + 50, issuer, 12, ctx.body, "c")
        pg.text(150, y + 58, "（盖章）", 11, ctx.body, "c")
        pg.seal(150, y + 54, 19, issuer[:16], r.randrange(10**6))
        pages.append(pg)
    elif v == "landscape":
        pg = Page(w=297, h=210)
        frame(pg, ctx, 3)
        pg.text(148.5, 30, "结题证书", 28, ctx.bold, "c", RED)
        body = (f"{title}（编号：{code}），课题负责人：{leader}，课题组成员：{'、'.join(members)}。"
                "该课题已完成研究任务，经审核准予结题。")
        wrap_lines(pg, ctx, 40, 62, 217, [body], 14, lead=2.1)
        pg.text(225, 150, issuer, 13, ctx.body, "c")
        pg.text(225, 159, fd(d, st), 13, ctx.body, "c")
        pg.seal(225, 155, 20, issuer[:16], r.randrange(10**6))
        pages.append(pg)
    elif v == "twopage":
        pg = Page()
        pg.text(105, 30, "结题证明", 20, ctx.bold, "c")
        body = (f"“{title}”（项目编号：{code}），负责人{leader}，已于{fd(d, st)}通过结题评审，"
                "课题组成员名单见附页。")
        y = wrap_lines(pg, ctx, 25, 52, 160, [body, "特此证明。"], 13, lead=2.0)
        pg.text(160, y + 30, issuer, 13, ctx.body, "c")
        pg.text(160, y + 40, fd(d, st), 13, ctx.body, "c")
        pg.seal(160, y + 35, 19, issuer[:16], r.randrange(10**6))
        pages.append(pg)
        pg2 = Page()
        pg2.text(105, 20, "附页：课题组成员", 14, ctx.bold, "c")
        rows = [["序号", "姓名", "职称", "分工"]] + [[str(i + 1), x, r.choice(p.titles), "负责人" if i == 0 else "参与研究"]
                                                for i, x in enumerate(team)]
        pg2.table(25, 32, [16, 40, 44, 60], rows, 10.5, ctx.body, row_h=10)
        pages.append(pg2)
    else:  # web
        pg, y = browser_page(ctx, f"http://xmgl.{'taian' if c == '泰安' else 'yiyang'}.gov.cn/xmcx?code={code}",
                             f"{issuer}项目管理系统")
        pg.text(20, y, "项目查询 > 结题信息", 9, ctx.body, color=GREY)
        rows = [["项目编号", code], ["项目名称", title], ["负责人", leader], ["项目状态", "已结题"],
                ["结题时间", fd(d, st)], ["结题等级", grade], ["管理单位", issuer]]
        pg.table(40, y + 10, [45, 170], rows, 11, ctx.body, row_h=12)
        pg.text(40, 190, f"技术支持：{c}市大数据中心　咨询电话：{phone_no(r, c)}", 8.5, ctx.body, color=GREY)
        pages.append(pg)
    people = [person(leader, 1, "project_leader")] + [person(x, i + 2, "project_member") for i, x in enumerate(members)]
    fields = {"holder": leader if only_leader else None, "title": title, "people": people, "issuer": issuer,
              "issued_on": d.isoformat()}
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    return Doc("project_completion", layout, pages, fields, scored,
               {"person": r.choice([leader] + members), "year": d.year})


_ = (PROFS, qr, phone_page, fm)
