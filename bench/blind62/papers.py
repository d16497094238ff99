"""Draw 62's builders for journal pages, books, patents, awards and project completions."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page, width_mm
from bench.blind62 import kit
from bench.blind62.kit import fmt_date
from bench.blind62.pools import PROFS, City, Ctx, J, Prof, isbn, patent_number
from bench.generator.truth import person

RED = (180, 30, 30)
PINYIN = {"王": "WANG", "李": "LI", "张": "ZHANG", "刘": "LIU", "陈": "CHEN", "杨": "YANG", "赵": "ZHAO"}
CLASS = {"S": "S565.2", "R": "R473.72", "P": "P237", "TD": "TD712", "TK": "TK223", "TM": "TM621", "TU": "TU991",
         "TS": "TS193", "Q": "S763.3", "B": "B844.1", "G3": "F239.4", "X": "X936"}  # fmt: skip


# ---- journal articles -----------------------------------------------------------------------------------------
def _affils(ctx: Ctx, city: City, prof: Prof, n: int) -> list[str]:
    out = [ctx.unit(city, prof), ctx.pick("j.univ", city.universities)]
    return out[:n]


def _first_page(ctx: Ctx, pg: Page, j: tuple[str, str, str, list[str]], meta: dict[str, Any], english: bool,
                twocol: bool) -> None:  # fmt: skip
    rng, city = ctx.rng, meta["city"]
    name, issn, cn, _ = j
    y = 14
    vol, iss, year = meta["volume"], meta["issue"], meta["year"]
    hform = ctx.pick("j.head", ("a", "b", "c"))
    if hform == "a":
        pg.text(18, y, f"第{vol}卷 第{iss}期", 9, ctx.body)
        pg.text(105, y, name, 9, ctx.body, "c")
        pg.text(192, y, f"Vol.{vol} No.{iss}", 9, ctx.body, "r")
        pg.text(18, y + 5, f"{year}年{meta['month']}月", 9, ctx.body)
        pg.text(192, y + 5, f"ISSN {issn}  CN {cn}", 9, ctx.body, "r")
    elif hform == "b":
        pg.text(18, y, f"{name}  {year}年第{vol}卷第{iss}期", 9, ctx.body)
        pg.text(192, y, f"ISSN {issn}  CN {cn}", 9, ctx.body, "r")
    else:
        pg.text(18, y, f"ISSN {issn}", 9, ctx.body)
        pg.text(
            105, y, f"{name}，{year}，{vol}（{iss}）：{meta['page']}-{meta['page'] + 5}", 9, ctx.body, "c"
        )
        pg.text(192, y, f"CN {cn}", 9, ctx.body, "r")
    pg.line(18, y + 10, 192, y + 10, 0.4)
    y = pg.wrap(24, y + 18, 162, meta["title"], 17, ctx.bold, 1.45)
    authors = meta["authors"]
    marks = meta["marks"]
    parts: list[tuple[str, bool]] = []
    for i, (a, m) in enumerate(zip(authors, marks, strict=True)):
        parts.append((a, False))
        parts.append((m + ("*" if i == 0 and meta["corr"] else ""), True))
        if i < len(authors) - 1:
            parts.append(("，", False))
    y = pg.runs(105, y + 3, parts, 12.5, ctx.body)
    aff = "；".join(f"{i + 1}.{u}，{city.province} {city.city[:-1]} {city.post[:4]}{i + 1}{i}" for i, u in
                    enumerate(meta["affils"]))  # fmt: skip
    y = pg.wrap(30, y, 150, f"（{aff}）", 9, ctx.body, 1.5) + 2
    abstract = (f"摘要：{ctx.pick('j.abs', ('【目的】', '目的', '[目的]'))}探讨{meta['title']}的相关规律。"
                f"方法  以{city.city}{ctx.rng.choice(city.counties)}为研究区域，开展对比试验与统计分析。"
                "结果  处理组各项指标较对照组均有显著改善（P<0.05）。结论  该方法可为生产实践提供参考。")  # fmt: skip
    y = pg.wrap(24, y, 162, abstract, 9.5, ctx.body, 1.55)
    y = pg.wrap(
        24, y, 162, f"关键词：{meta['prof'].field}；{meta['prof'].trainings[0][:6]}；影响因素", 9.5, ctx.body
    )
    code = CLASS.get(cn.split("/")[1], "S5")
    y = pg.wrap(24, y + 1, 162, f"中图分类号：{code}    文献标志码：A    文章编号：{issn}（{year}）{int(iss):02d}-"
                f"{meta['page']:04d}-06", 8.5, ctx.body)  # fmt: skip
    if english:
        py = " ".join(PINYIN.get(a[0], "ZHOU") + " " + "Xiaoming"[: len(a) + 3] for a in authors)
        y = pg.wrap(
            24, y + 3, 162, "Study on the Key Factors and Practice in Field Production", 12, ctx.bold, 1.4
        )
        y = pg.wrap(24, y, 162, py, 9.5, ctx.body)
        y = pg.wrap(24, y, 162, "Abstract: [Objective] The study aimed to explore the key factors. [Method] A "
                    "field experiment was carried out. [Result] The treatment improved all indexes.", 9, ctx.body,
                    1.45)  # fmt: skip
        y = pg.wrap(24, y, 162, "Key words: field experiment; practice; influencing factor", 9, ctx.body)
    _body_text(ctx, pg, y + 5, twocol, meta)
    fy = 240
    pg.line(18, fy, 80, fy, 0.3)
    a0 = authors[0]
    notes = [f"收稿日期：{fmt_date(meta['received'], ctx.pick('j.rec', ('iso', 'ymd', 'dash')))}"
             + (f"；修回日期：{fmt_date(meta['revised'], 'iso')}" if rng.random() < 0.5 else ""),
             f"基金项目：{city.city}科技发展计划项目（{year - 1}{rng.choice(('NS', 'SF', 'ZC'))}{rng.randint(100, 999)}）",
             f"作者简介：{a0}（{rng.randint(1972, 1992)}—），{rng.choice('男女')}，{city.province}{rng.choice(city.counties)}人，"
             f"{rng.choice(('硕士', '本科', '博士'))}，{rng.choice(('高级农艺师', '副主任医师', '高级工程师', '讲师', '馆员'))}，"
             f"主要从事{meta['prof'].field}研究。"]  # fmt: skip
    if meta["corr"]:
        notes.append(
            f"*通信作者：{authors[-1]}，E-mail：{rng.choice(('ta', 'kf', 'hn', 'sd'))}{rng.randint(100, 999)}@163.com"
        )
    fy += 2
    for n in notes:
        fy = pg.wrap(18, fy, 174, n, 8, ctx.body, 1.45)
    pg.text(105, 284, str(meta["page"]), 9, ctx.body, "c")


SENTENCES = (
    "{f}是当前生产实践中的重要环节，其技术水平直接关系到产品质量和经济效益。",
    "近年来，{c}在{f}方面开展了大量工作，取得了一定成效，但仍存在标准化程度不高、技术推广不足等问题。",
    "已有研究多集中于单一因素的分析，对多因素协同作用的系统研究较少。",
    "为此，本研究于{y}年在{c}{x}设置试验，比较不同处理的效果，以期为{f}提供技术参考。",
    "1  材料与方法",
    "1.1  试验地概况  试验地位于{x}，属暖温带半湿润季风气候，年平均气温13.9 ℃，年降水量约680 mm。",
    "1.2  试验设计  试验共设4个处理，每处理3次重复，随机区组排列。",
    "1.3  测定项目与方法  各指标均按相关国家标准或行业标准测定，数据采用SPSS 22.0进行方差分析。",
    "2  结果与分析",
    "2.1  不同处理对主要指标的影响  由表1可知，各处理间差异达显著水平，其中处理3表现最优，较对照提高12.6%。",
    "2.2  综合效益分析  从投入产出看，处理3的综合效益最高，处理2次之，对照最低，表明优化措施具有较好的推广价值。",
)


def _body_text(ctx: Ctx, pg: Page, y: float, twocol: bool, meta: dict[str, Any]) -> None:
    """The article's opening sections, in one column or two, down to the footnote rule."""
    city = meta["city"]
    x = ctx.rng.choice(city.counties)
    paras = [s.format(f=meta["prof"].field, c=city.city, x=x, y=meta["year"] - 1) for s in SENTENCES]
    cols = [(18.0, 84.0), (108.0, 84.0)] if twocol else [(18.0, 174.0)]
    ci, yy = 0, y
    for para in paras:
        if yy > 226:
            ci += 1
            yy = y
            if ci >= len(cols):
                return
        x0, w = cols[ci]
        head = para[0].isdigit()
        yy = pg.wrap(x0, yy, w, para, 10, ctx.bold if head else ctx.body, 1.6, 0 if head else 7)
        if yy > 232:
            return


def _toc(ctx: Ctx, pg: Page, j: tuple[str, str, str, list[str]], meta: dict[str, Any]) -> None:
    rng = ctx.rng
    name, issn, cn, _ = j
    pg.text(105, 18, name, 16, ctx.bold, "c")
    pg.text(105, 27, f"{meta['year']}年第{meta['issue']}期（第{meta['volume']}卷）", 11, ctx.body, "c")
    pg.text(105, 36, "目    次", 18, ctx.bold, "c")
    y = 50
    own = rng.randint(1, 5)
    page_no = meta["page"] - rng.randint(20, 40)
    cls = cn.split("/")[1]
    pool = [t for p in PROFS for t in p.papers if any(J[k][2].endswith("/" + cls) for k in p.journals)]
    pool = [t for t in pool if t != meta["title"]]
    rng.shuffle(pool)
    extra = [f"{meta['prof'].field}{w}" for w in ("研究现状与展望", "中若干问题的探讨", "新技术应用进展",
                                                  "标准化建设的实践", "质量控制要点分析", "信息化管理探索",
                                                  "人才队伍建设的思考", "典型案例分析")]  # fmt: skip
    rng.shuffle(extra)
    pool += extra
    for i in range(8):
        if i == own:
            t, au, pn = meta["title"], meta["authors"], meta["page"]
        else:
            t = pool.pop(0)
            au = ctx.names(rng.randint(1, 4))
            pn = page_no
        t_size = 10.5 if width_mm(t, ctx.body, 10.5) < 150 else 9
        pg.text(20, y, t, t_size, ctx.body)
        pg.text(190, y, str(pn), 10.5, ctx.body, "r")
        pg.text(26, y + 5.5, "  ".join(au), 9, ctx.body)
        y += 14
        page_no = max(page_no, pn) + rng.randint(5, 9)
    pg.text(105, 270, f"ISSN {issn}    CN {cn}", 10, ctx.body, "c")


def _cover(ctx: Ctx, pg: Page, j: tuple[str, str, str, list[str]], meta: dict[str, Any]) -> bool:
    name, issn, cn, _ = j
    pg.rect(0, 0, 210, 297, 0, fill=(235, 240, 228))
    pg.rect(0, 30, 210, 80, 0, fill=(40, 90, 60))
    size = 34 if len(name) <= 6 else 26
    pg.text(105, 45, name, size, ctx.bold, "c", (255, 255, 255))
    pg.text(105, 95, f"{meta['year']}年 第{meta['issue']}期", 14, ctx.body, "c", (40, 90, 60))
    pg.text(
        105,
        210,
        f"第{meta['volume']}卷  总第{int(meta['volume']) * 12 - 12 + int(meta['issue'])}期",
        12,
        ctx.body,
        "c",
    )
    national = cn.startswith("11-")
    if national:
        pg.text(105, 250, "主管单位：中国科学技术协会", 11, ctx.body, "c")
    pg.text(105, 258, f"编辑出版：《{name}》编辑部", 11, ctx.body, "c")
    pg.text(105, 270, f"ISSN {issn}", 12, ctx.body, "c")
    pg.text(105, 278, f"CN {cn}", 12, ctx.body, "c")
    return national


def journal_article(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("journal_article")
    city, prof = ctx.city(), ctx.prof(papers=True)
    jkey = ctx.pick("j.journal", prof.journals)
    j = J[jkey]
    n = rng.randint(1, 5)
    authors = ctx.names(n)
    n_aff = 1 if n == 1 else rng.choice((1, 2))
    marks = ["1"] * n if n_aff == 1 else [rng.choice(("1", "1,2", "2")) for _ in range(n)]
    if n_aff == 2:
        marks[0] = "1"
        marks[-1] = "2"
    month = rng.randint(1, 12)
    meta = {"city": city, "prof": prof, "title": ctx.pick("j.title", prof.papers), "authors": authors, "marks": marks,
            "corr": n > 2 and rng.random() < 0.5, "affils": _affils(ctx, city, prof, n_aff), "year": city.year,
            "volume": str(rng.randint(22, 52)), "issue": str(month if rng.random() < 0.6 else (month + 1) // 2),
            "month": month, "page": rng.randint(12, 2400)}  # fmt: skip
    meta["received"] = kit.day_in(rng, city.year - 1, 1, 10)
    meta["revised"] = kit.shift(meta["received"], rng.randint(30, 90))
    levels = list(j[3])
    pages: list[Page] = []
    if v == "cover":
        pages.append(Page())
        if _cover(ctx, pages[0], j, meta):
            levels.append("national")
    if v in ("toc", "cover"):
        pages.append(Page())
        _toc(ctx, pages[-1], j, meta)
    pg = Page()
    _first_page(ctx, pg, j, meta, english=v == "entitle", twocol=v == "twocol")
    pages.append(pg)
    people = [person(a, i + 1, "author") for i, a in enumerate(authors)]
    journal = {"name": j[0], "issn": j[1], "cn": j[2], "year": city.year, "volume": meta["volume"],
               "issue": meta["issue"], "levels": levels}  # fmt: skip
    fields = {"title": meta["title"], "people": people, "journal": journal, "issued_on": None}
    who = rng.choice(authors)
    return kit.finish(ctx, "journal_article", v, pages, fields, who, city.policy, city.year)


# ---- books ----------------------------------------------------------------------------------------------------
FOREIGN = ("〔美〕戴维·史密斯", "〔英〕约翰·布朗", "〔日〕田中一郎", "〔德〕汉斯·施密特", "〔澳〕彼得·威尔逊")


def _editors(ctx: Ctx) -> list[tuple[str, str]]:
    rng = ctx.rng
    out = [(nm, "editor_in_chief") for nm in ctx.names(rng.randint(1, 2))]
    out += [(nm, "deputy_editor") for nm in ctx.names(rng.randint(0, 3))]
    out += [(nm, "editorial_board") for nm in ctx.names(rng.choice((0, 4, 6)))]
    return out


ROLE_WORD = {
    "editor_in_chief": "主  编",
    "deputy_editor": "副主编",
    "editorial_board": "编  委",
    "translator": "译",
}


def _role_lines(eds: list[tuple[str, str]]) -> list[str]:
    out = []
    for role in ("editor_in_chief", "deputy_editor", "editorial_board"):
        group = [n for n, r in eds if r == role]
        if group:
            out.append(f"{ROLE_WORD[role]}：" + "  ".join(group))
    return out


def book(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("book")
    city, prof = ctx.city(), ctx.prof()
    pub, prefix, place = ctx.pick("book.pub", city.publishers)
    m = rng.randint(1, 12)
    ed_no = rng.choice((1, 1, 1, 2))
    edition = f"{city.year}年{m}月第{ed_no}版"
    num = isbn(rng, prefix)
    title = prof.book if v != "translation" else f"{prof.field}原理与实践"
    if v == "translation":
        author = ctx.pick("book.foreign", FOREIGN)
        trans = ctx.names(rng.randint(1, 3))
        plist = [(author.split("〕")[1], "author")] + [(t, "translator") for t in trans]
    else:
        plist = _editors(ctx)
    pages: list[Page] = []
    W, H = 148, 210
    if v in ("cover", "title"):
        pg = Page(W, H)
        if v == "cover":
            pg.rect(0, 0, W, H, 0, fill=(225, 236, 245))
            pg.rect(0, 40, W, 95, 0, fill=(30, 90, 140))
            color = (255, 255, 255)
        else:
            color = (20, 20, 20)
        size = 22 if width_mm(title, ctx.bold, 22) < 130 else 16
        pg.text(W / 2, 55, title, size, ctx.bold, "c", color)
        y = 110 if v == "cover" else 90
        for ln in _role_lines(plist):
            y = pg.wrap(18, y, 112, ln, 11, ctx.body, 1.6)
        if v == "cover":
            series = ctx.pick("book.series", (f"{city.province}省{city.year}年度专业技术人员继续教育推荐用书",
                                              f"{city.city}{prof.field}技术丛书（{city.year}）"))  # fmt: skip
            pg.text(W / 2, 24, series, 9.5, ctx.body, "c", (30, 90, 140))
        pg.text(W / 2, 188, pub, 13, ctx.bold, "c")
        if v == "title":
            pg.text(W / 2, 196, f"·{place}·", 10, ctx.body, "c")
        pages.append(pg)
    if v != "cover":
        pg = Page(W, H)
        y = 22
        if v == "copyright":
            pg.text(W / 2, y, "编 委 会", 15, ctx.bold, "c")
            y += 12
            for ln in _role_lines(plist):
                y = pg.wrap(20, y, 108, ln, 10.5, ctx.body, 1.7)
            y += 10
        if v in ("cip", "translation", "title"):
            pg.text(16, y, "图书在版编目（CIP）数据", 11, ctx.bold)
            y += 7
            who = "，".join(n for n, r in plist if r == "editor_in_chief") + "主编"
            if v == "translation":
                who = (f"{author}著；"
                       + "，".join(n for n, r in plist if r == "translator") + "译")  # fmt: skip
            y = pg.wrap(16, y, 116, f"{title}/{who}. —{place}：{pub}，{city.year}.{m}", 9.5, ctx.body, 1.55)
            y = pg.wrap(16, y, 116, f"ISBN {num}", 9.5, ctx.body)
            y = pg.wrap(16, y, 116, f"Ⅰ.①{title[:2]}…  Ⅱ.①{plist[0][0][:1]}…  Ⅲ.①{prof.field}  Ⅳ.①S", 9.5,
                        ctx.body)  # fmt: skip
            y = pg.wrap(16, y + 2, 116, f"中国版本图书馆CIP数据核字（{city.year}）第{rng.randrange(10**6):06d}号", 9.5,
                        ctx.body)  # fmt: skip
            pg.line(16, y + 3, 132, y + 3, 0.3)
            y += 9
        if v == "translation":
            y = pg.wrap(16, y, 116, f"著作权合同登记号：图字 {rng.randint(10, 16)}-{city.year - 1}-{rng.randint(10, 99)}号",
                        9, ctx.body)  # fmt: skip
        rows = [("书    名", title), ("责任编辑", ctx.name()), ("出版发行", pub),
                ("印    刷", f"{city.city}{rng.choice(('印务', '彩印', '新华印刷'))}有限公司"),
                ("开    本", "787 mm×1092 mm  1/16"), ("印    张", f"{rng.randint(10, 28)}.{rng.choice((0, 5))}"),
                ("字    数", f"{rng.randint(180, 520)}千字"), ("版    次", edition),
                ("印    次", f"{city.year}年{m}月第1次印刷"), ("书    号", f"ISBN {num}"),
                ("定    价", f"{rng.randint(28, 88)}.00元")]  # fmt: skip
        for lab, val in rows:
            sz = 9.5 if width_mm(val, ctx.body, 9.5) < 90 else 8
            pg.text(20, y, lab, 9.5, ctx.body)
            pg.text(42, y, val, sz, ctx.body)
            y += 6.2
        pg.text(W / 2, 196, "版权所有  侵权必究", 9, ctx.body, "c")
        pages.append(pg)
    if v == "cip":  # the CIP block names the chief editors only
        plist = [(n, r) for n, r in plist if r == "editor_in_chief"]
    people = [person(n, i + 1, r) for i, (n, r) in enumerate(plist)]
    fields: dict[str, Any] = {"title": title, "people": people, "issuer": pub}
    if v == "cover":
        fields["book"] = {"isbn": None, "publisher": pub, "edition": None}
    else:
        fields["book"] = {"isbn": num, "publisher": pub, "edition": edition}
        fields["issued_on"] = f"{city.year}-{m:02d}"
    who = next(n for n, r in plist if r != "author")
    return kit.finish(ctx, "book", v, pages, fields, who, city.policy, city.year)


# ---- patents --------------------------------------------------------------------------------------------------
def _zl_print(number: str, style: int) -> str:
    app, chk = number[2:14], number[-1]
    if style == 0:
        return number
    if style == 1:
        return f"ZL {app}.{chk}"
    return f"ZL {app[:4]} {app[4]} {app[5:]}.{chk}"


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("patent_certificate")
    city, prof = ctx.city(), ctx.prof()
    kind = {"invention": "invention", "invold": "invention", "utility": "utility_model", "utilold": "utility_model",
            "design": "design"}[v]  # fmt: skip
    granted = kit.day_in(rng, city.year, 1, 12)
    lag = {
        "invention": rng.randint(420, 1000),
        "utility_model": rng.randint(100, 300),
        "design": rng.randint(80, 220),
    }
    applied = kit.shift(granted, -lag[kind])
    digit = {"invention": "1", "utility_model": "2", "design": "3"}[kind]
    number = patent_number(rng, int(applied[:4]), digit)
    title = {"invention": prof.invention, "utility_model": prof.utility, "design": prof.design}[kind]
    inventors = ctx.names(rng.randint(1, 6))
    owner = ctx.unit(city, prof) if rng.random() < 0.8 else inventors[0]
    word = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}[kind]
    who_lab = "设计人" if kind == "design" else "发明人"
    name_lab = "使用外观设计的产品名称" if kind == "design" and city.year >= 2021 else f"{word}名称"
    form = ctx.pick("patent.date", ("ymd", "ymd0", "ymd0"))
    style = ctx.pick("patent.num", (0, 1, 2))
    term = {
        "invention": "二十年",
        "utility_model": "十年",
        "design": "十五年" if city.year >= 2022 else "十年",
    }[kind]
    pub_no = f"CN {rng.randint(102000000, 115999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"
    old = v in ("invold", "utilold")
    pg = Page(297, 210) if not old else Page()
    if not old:
        frame(pg, ctx, 2)
        pg.text(148.5, 24, "中华人民共和国国家知识产权局", 12, ctx.body, "c")
        pg.text(148.5, 36, f"{word}专利证书", 26, ctx.bold, "c")
        pg.text(148.5, 52, f"证书号第{rng.randint(1000000, 5999999)}号", 12, ctx.body, "c")
        x, y = 40, 66
        sep = "："
    else:
        pg.text(105, 40, f"{word}专利证书", 26, ctx.bold, "c")
        pg.text(170, 56, f"证书号第{rng.randint(100000, 2999999)}号", 11, ctx.body, "r")
        x, y = 28, 72
        sep = ctx.pick("patent.sep", ("：", ":"))
    rows = [(name_lab, title), (who_lab, "；".join(inventors)), ("专利号", _zl_print(number, style)),
            ("专利申请日", fmt_date(applied, form)), ("专利权人", owner),
            ("授权公告日", fmt_date(granted, form))]  # fmt: skip
    if not old:
        rows.append(("授权公告号", pub_no))
    if kind == "design" and v == "design":
        rows.insert(2, ("外观设计分类", f"{rng.randint(1, 32):02d}-{rng.randint(1, 9):02d}"))
    y = label_lines(pg, ctx, x, y, rows, 12, sep, 2.15)
    review = "进行审查" if kind == "invention" else "经过初步审查"
    text = (f"国家知识产权局依照中华人民共和国专利法{review}，决定授予专利权，颁发{word}专利证书并在专利登记簿上予以登记。"
            f"专利权自授权公告之日起生效。专利权期限为{term}，自申请日起算。")  # fmt: skip
    wid = 217 if not old else 154
    y = pg.wrap(x, y + 3, wid, text, 10.5, ctx.body, 1.65, 7.5)
    if old:
        y = pg.wrap(x, y + 2, wid, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人"
                    "的姓名或名称、国籍、地址变更等事项记载在专利登记簿上。", 10, ctx.body, 1.6, 7)  # fmt: skip
    pg.text(x + wid - 26, y + 10, "局长", 12, ctx.body, "r")
    pg.text(x + wid, y + 10, "申长雨", 14, ctx.hand, "r")
    pg.seal(x + wid - 30, y + 12, 18, "国家知识产权局", rng.randrange(999))
    people = [person(n, i + 1, "inventor") for i, n in enumerate(inventors)]
    fields = {"title": title, "people": people, "issuer": "国家知识产权局", "issued_on": granted,
              "patent": {"kind": kind, "number": number, "applied_on": applied, "granted_on": granted}}  # fmt: skip
    return kit.finish(ctx, "patent_certificate", v, [pg], fields, rng.choice(inventors), city.policy,
                      int(granted[:4]))  # fmt: skip


# ---- awards ---------------------------------------------------------------------------------------------------
SOCIETY = {"agri": "农学会", "health": "医学会", "edu": "教育学会", "forest": "林学会", "tour": "旅游学会",
           "relic": "文物保护学会", "safety": "安全生产协会", "water": "水利学会", "archive": "档案学会",
           "finance": "会计学会", "land": "测绘地理信息学会", "industry": "机械工程学会", "fish": "水产学会"}  # fmt: skip
SOCIAL_DEPTS = ("edu", "tour", "relic", "archive", "finance")


def award_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("award_certificate")
    city, prof = ctx.city(), ctx.prof()
    grade = ctx.pick("award.grade", ("一等奖", "二等奖", "三等奖", "二等奖"))
    project = prof.award
    form = ctx.pick("award.date", ("ymd", "cn", "ymd0", "cn"))
    issued = kit.day_in(rng, city.year, 3, 12)
    holder: str | None
    team = ctx.names(rng.randint(3, 7))
    rank = rng.randint(1, len(team))
    holder = team[rank - 1]
    people = [person(holder, rank, "awardee")]
    social = prof.dept in SOCIAL_DEPTS
    title = project
    pg = Page(297, 210)
    frame(pg, ctx, rng.choice((2, 3)))
    if v == "government":
        gov, level = (city.gov, "municipal") if rng.random() < 0.6 else (city.prov_gov, "provincial")
        place = city.city if level == "municipal" else f"{city.province}省"
        if social:
            name, kind = f"{place}社会科学优秀成果奖", "social_science"
        else:
            name, kind = f"{place}科学技术进步奖", "science_technology"
        issuer = gov
        heading(pg, ctx, f"{name}|证 书", 28, 28)
        intro = (
            "为表彰在促进科学技术进步工作中做出重要贡献者，特颁发此证书。"
            if not social
            else "为表彰优秀社会科学研究成果，特颁发此证书。"
        )
        y = pg.wrap(50, 66, 197, intro, 13, ctx.body, 1.8, 9)
        y = label_lines(pg, ctx, 60, y + 6, [("项目名称", project), ("奖励等级", grade),
                                             ("获 奖 者", f"{holder}（第{kit.cn_number(rank)}完成人）" if rng.random() < 0.5 else f"{holder}（排名第{rank}）"),
                                             ("证 书 号", f"{city.year}-J-{rng.randint(100, 999)}-{rank}-{rng.randint(1, 9):02d}-R{rank:02d}")],
                        13, "：", 2.1)  # fmt: skip
    elif v == "department":
        dept = city.prov_depts[prof.dept] if rng.random() < 0.6 else city.depts[prof.dept]
        level = "bureau"
        name = f"{dept}{'优秀社会科学成果奖' if social else '科技成果奖'}"
        kind = "social_science" if social else "science_technology"
        issuer = dept
        heading(pg, ctx, "荣 誉 证 书", 30, 30)
        body = f"{holder}同志（排名第{rank}）完成的《{project}》荣获{city.year}年度{name}{grade}。特发此证，以资鼓励。"
        y = pg.wrap(44, 70, 209, body, 15, ctx.body, 2.0, 11)
        title = project
    elif v == "society":
        social_body = rng.random() < 0.4
        if social_body:
            issuer, level, kind = city.social[1], "municipal", "social_science"
            name = f"{city.city}社会科学优秀成果奖"
        else:
            issuer = f"{city.province}省{SOCIETY[prof.dept]}"
            level, kind = "provincial", "science_technology"
            name = f"{issuer}科学技术奖"
        heading(pg, ctx, "获 奖 证 书", 30, 30)
        body = f"{holder}：\u3000您参与完成的“{project}”获{name}{grade}（第{rank}完成人）。"
        y = pg.wrap(44, 72, 209, body, 15, ctx.body, 2.0, 11)
        y = pg.wrap(44, y + 2, 209, "特发此证。", 15, ctx.body, 2.0, 11)
    elif v == "team":
        county = rng.choice(city.counties)
        issuer, level = f"{county}人民政府", "county"
        name, kind = f"{county}科学技术进步奖", "science_technology"
        heading(pg, ctx, f"{name}|证书", 28, 26)
        y = label_lines(pg, ctx, 50, 70, [("项目名称", project), ("完成单位", ctx.unit(city, prof)),
                                          ("奖励等级", grade)], 13, "：", 2.2)  # fmt: skip
        y = pg.wrap(50, y, 197, "主要完成人：" + "、".join(team), 13, ctx.body, 1.9)
        holder = None
        people = [person(n, i + 1, "awardee") for i, n in enumerate(team)]
    else:  # contest
        contest = ctx.pick("award.contest", (f"{city.year}年{city.city}{prof.field}职业技能竞赛",
                                             f"{city.city}第{rng.randint(3, 9)}届{prof.field}青年岗位能手大赛",
                                             f"{city.year}年全市{prof.field}技能大比武"))  # fmt: skip
        issuer = ctx.pick("award.cissuer", (f"{city.city}总工会", city.hrss, city.depts[prof.dept]))
        level = "municipal" if "总工会" in issuer else "bureau"
        name, kind, title = contest, "competition", contest
        heading(pg, ctx, "荣 誉 证 书", 30, 30)
        body = f"{holder}同志在{contest}中，成绩优异，荣获{grade}。特发此证，以资鼓励。"
        y = pg.wrap(44, 72, 209, body, 15, ctx.body, 2.0, 11)
        people = [person(holder, 1, "awardee")]
    sign_block(
        pg, ctx, issuer, fmt_date(issued, form), max(y + 12, 150), x_right=262, seed=rng.randrange(999)
    )
    fields = {"holder": holder, "title": title, "people": people, "issuer": issuer, "issued_on": issued,
              "award": {"name": name, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
    who = holder or team[rng.randrange(len(team))]
    return kit.finish(ctx, "award_certificate", v, [pg], fields, who, city.policy, city.year)


# ---- project completion ---------------------------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("project_completion")
    city, prof = ctx.city(), ctx.prof()
    social = prof.dept in SOCIAL_DEPTS
    issuer = ctx.pick("proj.issuer", (city.science, city.prov_depts[prof.dept], city.social[1] if social else city.science,
                                      city.depts[prof.dept]))  # fmt: skip
    title = prof.project
    leader = ctx.name()
    members = ctx.names(rng.randint(2, 6))
    unit = ctx.unit(city, prof)
    code = f"{city.year - rng.randint(1, 2)}{rng.choice(('NY', 'SF', 'YY', 'JY'))}{rng.randint(10, 299):03d}"
    issued = kit.day_in(rng, city.year, 3, 12)
    form = ctx.pick("proj.date", kit.DAY_FORMS)
    people = [person(leader, 1, "project_leader")] + [
        person(m, i + 2, "project_member") for i, m in enumerate(members)
    ]
    holder = leader
    pg = Page()
    if v == "jieti":
        frame(pg, ctx, 2)
        heading(pg, ctx, "结 题 证 书", 40, 26)
        pg.text(186, 58, f"证书编号：JT{city.year}{rng.randint(1000, 9999)}", 10, ctx.body, "r")
        y = label_lines(pg, ctx, 28, 72, [("项目名称", title), ("项目编号", code), ("承担单位", unit),
                                          ("项目负责人", leader), ("主要成员", "、".join(members))], 12, "：", 2.4, 30)  # fmt: skip
        y = pg.wrap(
            28,
            y + 6,
            154,
            "该项目已按计划完成研究任务，经专家组鉴定，准予结题。特发此证。",
            12.5,
            ctx.body,
            1.9,
            9,
        )
    elif v == "yanshou":
        heading(pg, ctx, "科技计划项目|验 收 证 书", 30, 24)
        y = label_lines(pg, ctx, 26, 62, [("项目名称", title), ("计划编号", code), ("承担单位", unit),
                                          ("项目负责人", leader)], 12, "：", 2.3, 30)  # fmt: skip
        y = pg.wrap(26, y + 4, 158, "验收意见：", 12.5, ctx.bold)
        y = pg.wrap(26, y, 158, "验收专家组听取了项目组汇报，审查了相关资料，认为该项目完成了合同规定的各项任务指标，"
                    "资料齐全，同意通过验收。", 12, ctx.body, 1.8, 8.5)  # fmt: skip
        y = pg.wrap(26, y + 4, 158, "项目组成员：" + "，".join(members), 12, ctx.body, 1.8)
    elif v == "table":
        heading(pg, ctx, f"{city.city}科研项目结题鉴定表", 26, 18)
        rows = [["项目名称", title], ["项目编号", code], ["负责人", leader], ["工作单位", unit]]
        rows += [["课题组成员", "、".join(members)], ["鉴定结论", "同意结题（良好）"]]
        y = pg.table(20, 42, [34, 136], rows, 10.5, ctx.body, 13)
        y += 8
    elif v == "letter":
        heading(pg, ctx, "结 题 证 明", 40, 24)
        body = (f"兹证明由{unit}{leader}同志主持的{city.city}科技计划项目“{title}”（项目编号：{code}），已按计划完成各项研究任务，"
                f"于{fmt_date(kit.shift(issued, -rng.randint(5, 30)), form)}通过专家组结题验收。项目组主要成员：{'、'.join(members)}。")  # fmt: skip
        y = pg.wrap(26, 70, 158, body, 13, ctx.body, 2.0, 10)
        y = pg.wrap(26, y + 4, 158, "特此证明。", 13, ctx.body, 2.0, 10)
    else:  # members: addressed to one member
        frame(pg, ctx, 1)
        heading(pg, ctx, "结题证书", 40, 26)
        idx = rng.randrange(len(members))
        holder = members[idx]
        body = (f"{holder}同志：\u3000您作为第{idx + 2}参与人参加的{issuer}立项课题“{title}”（编号：{code}）已完成研究任务，"
                f"经审核准予结题。")  # fmt: skip
        y = pg.wrap(26, 70, 158, body, 13, ctx.body, 2.0)
        y = pg.table(26, y + 8, [20, 40, 98], [["排序", "姓名", "工作单位"]] + [[str(i + 1), p["name"], unit] for i, p in
                                                                         enumerate(people)], 10.5, ctx.body, 9)  # fmt: skip
    sign_block(pg, ctx, issuer, fmt_date(issued, form), y + 18, seed=rng.randrange(999))
    fields = {"holder": holder, "title": title, "people": people, "issuer": issuer, "issued_on": issued}
    return kit.finish(ctx, "project_completion", v, [pg], fields, holder, city.policy, city.year)
