"""Draw 40 builders: journal pages, books, patents, awards, project completions."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame, heading, sign_block
from bench.blind.page import Page
from bench.blind40.pools import (
    CITIES,
    PROF,
    PROF_KEYS,
    Ctx,
    address,
    city,
    day,
    dfmt,
    isbn_digit,
    journal_row,
    make,
    people,
    phone,
    style,
    supervisor_of,
    variant,
    web_frame,
    workplace,
    zl_check,
)  # fmt: skip
from bench.generator.truth import person as P

RED = (190, 20, 20)
INK = (25, 35, 110)
GREY = (110, 110, 110)


# ---- journal article ---------------------------------------------------------------------------
def _affils(ctx: Ctx, prof: str, c: str, n: int) -> list[str]:
    out: list[str] = []
    for _ in range(20):
        u = workplace(ctx.rng, prof, c)
        if u not in out:
            out.append(u)
        if len(out) == n:
            break
    return out


def _abstract(ctx: Ctx, prof: str, title: str) -> str:
    t = ctx.rng.sample(PROF[prof]["topics"], 2)
    return (f"目的 针对{t[0]}中存在的问题，开展{title.replace('研究', '')}相关工作。方法 结合现场调查与数据分析，"
            f"对比不同方案的实施效果。结果 所提方法在{t[1]}方面具有明显优势。结论 该方法可为同类工作提供参考。")


def journal_article(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "journal_article")
    r = ctx.rng
    c = city(ctx)
    prof = r.choice(PROF_KEYS)
    j = journal_row(r, prof)
    year = r.randint(2016, 2024)
    vol = str(year - r.randint(1975, 2005))
    iss = str(r.randint(1, 12))
    title = r.choice(PROF[prof]["papers"])
    n = r.randint(1, 5)
    authors = people(r, n)
    units = _affils(ctx, prof, c, min(n, r.randint(1, 2)))
    aff_of = [min(i, len(units) - 1) for i in range(n)] if len(units) > 1 else [0] * n
    levels = list(j.base_levels)
    B, H = ctx.body, ctx.bold
    sup_line: str | None = None
    if v in ("cover", "bundle"):
        sup, lvl = supervisor_of(r, j.cn)
        sup_line = sup
        levels.append(lvl)
    others = [(t, people(r, r.randint(1, 3))) for t in r.sample(
        [p for q in PROF.values() for p in q["papers"] if p != title], 5)]
    others = [(t, [a for a in a_s if a not in authors] or ["佚名"]) for t, a_s in others]
    page0 = r.randint(1, 180)
    ids = f"ISSN {j.issn}", f"CN {j.cn}"
    scored = ["title", "people", "journal.name", "journal.issn", "journal.cn", "journal.year", "journal.volume",
              "journal.issue", "journal.levels"]

    def first_page(english: bool = False) -> Page:
        pg = Page()
        if english:
            pg.text(20, 10, f"{j.name}", 9, B, "l", GREY)
            pg.text(190, 10, f"Vol.{vol}, No.{iss}  {year}", 9, B, "r", GREY)
        else:
            pg.text(20, 10, f"第{vol}卷 第{iss}期", 9, B, "l", GREY)
            pg.text(105, 10, j.name, 9, B, "c", GREY)
            pg.text(190, 10, f"Vol.{vol} No.{iss}", 9, B, "r", GREY)
            pg.text(190, 15, f"{year}年{r.randint(1, 12)}月", 8, B, "r", GREY)
        pg.line(20, 19, 190, 19, 0.4)
        pg.text(20, 22, f"DOI:10.{r.randint(11000, 19999)}/j.cnki.{r.randint(10, 99)}-{r.randint(1000, 9999)}."
                f"{year}.{int(iss):02d}.{r.randint(1, 40):03d}", 7.5, B, "l", GREY)
        y = pg.wrap(25, 32, 160, title, 17, H, 1.4)
        parts: list[tuple[str, bool]] = []
        for i, a in enumerate(authors):
            parts += [(a, False), (str(aff_of[i] + 1) if len(units) > 1 else "", True)]
            if i < n - 1:
                parts.append(("，", False))
        y = pg.runs(105, y + 3, [p for p in parts if p[0]], 12.5, B)
        aff = "；".join(f"{i + 1}. {u}，{c} {CITIES[c][2]}" if len(units) > 1 else f"{u}，{c} {CITIES[c][2]}"
                       for i, u in enumerate(units))
        y = pg.wrap(30, y, 150, f"（{aff}）", 9, B, 1.5) + 3
        y = pg.wrap(22, y, 166, "摘要：" + _abstract(ctx, prof, title), 9, B, 1.55) + 1
        pg.text(22, y, "关键词：" + "；".join(r.sample(PROF[prof]["topics"], 3)), 9, B)
        y += 6
        pg.text(22, y, f"中图分类号：{r.choice('TXSRF')}{r.randint(10, 99)}.{r.randint(1, 9)}    文献标志码：A    "
                f"文章编号：{j.issn}({year}){int(iss):02d}-{page0:04d}-0{r.randint(4, 9)}", 8.5, B)
        if english:
            y = pg.wrap(22, y + 7, 166, "Abstract: This paper examines " + PROF[prof]["topics"][0] +
                        " with field data and proposes practical measures. The results show the approach is "
                        "effective.", 8.5, B, 1.5)
        y += 8
        pg.line(20, y, 190, y, 0.3)
        for x in (20, 108):
            yy = y + 4
            for _ in range(9):
                yy = pg.wrap(x, yy, 82, "随着行业发展，" + r.choice(PROF[prof]["topics"]) + "受到广泛关注，相关"
                             "研究与实践不断深入，但仍存在标准不一、数据不足等问题。", 9, B, 1.55)
        pg.line(20, 262, 80, 262, 0.3)
        pg.text(20, 265, f"收稿日期：{dfmt(dt.date(year - 1, r.randint(1, 12), r.randint(1, 28)), 'iso')}", 7.5, B)
        pg.text(20, 270, f"作者简介：{authors[0]}（{r.randint(1965, 1995)}—），{r.choice(['男', '女'])}，"
                f"{r.choice(PROF[prof]['titles'])}。E-mail：{r.randint(10000, 999999)}@163.com", 7.5, B)
        pg.text(20, 280, f"{ids[0]}  {ids[1]}", 7.5, B, "l", GREY)
        pg.text(190, 285, str(page0), 9, B, "r")
        return pg

    def cover() -> Page:
        pg = Page(bg=(236, 242, 248))
        pg.rect(0, 0, 210, 70, 0, (0, 0, 0), (30, 70, 130))
        pg.text(105, 18, j.name, 34, H, "c", (255, 255, 255))
        pg.text(105, 48, f"{year}年 第{iss}期  Vol.{vol} No.{iss}", 13, B, "c", (255, 255, 255))
        pg.text(105, 80, "本期要目", 15, H, "c")
        items = others[:3] + [(title, authors)]
        r.shuffle(items)
        y = 92
        for t, a_s in items:
            pg.text(30, y, t, 11, B)
            pg.text(180, y + 6.5, "、".join(a_s), 9.5, B, "r", GREY)
            y += 16
        if sup_line:
            pg.text(30, 235, f"主管：{sup_line}", 10.5, B)
        pg.text(30, 243, f"主办：{j.name}{r.choice(['编辑部', '杂志社', '编辑委员会'])}", 10.5, B)
        pg.text(30, 255, f"{ids[0]}", 12, B)
        pg.text(30, 263, f"{ids[1]}", 12, B)
        pg.rect(150, 245, 180, 275, 0.3)
        pg.text(165, 277, "扫码关注", 7, B, "c", GREY)
        pg.text(105, 287, f"国内定价：{r.randint(15, 60)}.00元  邮发代号：{r.randint(2, 82)}-{r.randint(10, 999)}", 8.5, B,
                "c")
        return pg

    def contents() -> Page:
        pg = Page()
        pg.text(105, 14, f"{j.name}", 12, H, "c")
        pg.text(105, 22, f"{year}年第{iss}期（第{vol}卷）", 9.5, B, "c")
        pg.text(105, 32, "目    次", 18, H, "c")
        items = others + [(title, authors)]
        r.shuffle(items)
        y, p = 48, page0 - r.randint(0, 40) if page0 > 41 else 1
        for t, a_s in items:
            pg.text(22, y, t, 10.5, B)
            pg.text(188, y, "、".join(a_s) + f"（{p}）", 9.5, B, "r")
            y += 11
            p += r.randint(5, 12)
        pg.text(22, 270, f"期刊基本参数：{ids[1]}*{r.randint(1975, 2000)}*m*A4*{r.randint(80, 180)}*zh*P*￥30.00", 7.5, B,
                "l", GREY)
        pg.text(22, 276, f"{ids[0]}", 9, B)
        return pg

    if v == "firstpage":
        pages = [first_page()]
    elif v == "english":
        pages = [first_page(True)]
    elif v == "cover":
        pages = [cover()]
        scored = [s for s in scored if s not in ("title", "people")]
    elif v == "contents":
        pages = [contents()]
        scored = [s for s in scored if s not in ("title", "people")]
    elif v == "bundle":
        pages = [cover(), contents(), first_page()]
    else:  # webrecord
        pg = web_frame(ctx, "中国知网  CNKI", f"https://kns.cnki.net/kcms2/article/abstract?v={r.randint(10**9, 10**10)}")
        pg.text(148, 42, title, 16, H, "c")
        pg.text(148, 53, "  ".join(authors), 11, B, "c", (20, 80, 160))
        pg.text(148, 61, "  ".join(units), 9, B, "c", GREY)
        y = pg.wrap(20, 72, 190, "摘要：" + _abstract(ctx, prof, title), 9.5, B, 1.6)
        pg.text(20, y + 3, "关键词：" + "；".join(r.sample(PROF[prof]["topics"], 3)), 9.5, B)
        pg.text(20, y + 11, f"DOI：10.{r.randint(11000, 19999)}/j.cnki.{year}.{int(iss):02d}.0{r.randint(10, 99)}", 9, B)
        pg.rect(222, 40, 287, 110, 0.3, (200, 200, 200), (246, 248, 252))
        pg.text(226, 44, j.name, 10.5, H)
        pg.text(226, 54, f"{year}年{iss}期", 9.5, B)
        pg.text(226, 62, f"ISSN：{j.issn}", 9, B)
        pg.text(226, 70, f"CN：{j.cn}", 9, B)
        pg.text(226, 78, f"页码：{page0}-{page0 + r.randint(3, 8)}", 9, B)
        pg.text(226, 86, f"下载：{r.randint(20, 900)}  被引：{r.randint(0, 40)}", 8.5, B, "l", GREY)
        pg.text(148, 200, "© 中国学术期刊（光盘版）电子杂志社有限公司   京ICP证040431号", 7.5, B, "c", GREY)
        pages = [pg]
        scored = [s for s in scored if s != "journal.volume"]
    vol_v = None if v == "webrecord" else vol
    ppl = [P(a, i, "author") for i, a in enumerate(authors, 1)]
    fields = {"title": title, "people": ppl, "journal": {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year,
              "volume": vol_v, "issue": iss, "levels": levels}}  # fmt: skip
    return make("journal_article", layout, pages, fields, scored, authors[r.randrange(n)], year)


# ---- book --------------------------------------------------------------------------------------
PUBLISHERS = [
    ("湖南科学技术出版社", "5710", "长沙"), ("中国中医药出版社", "5132", "北京"), ("人民交通出版社", "114", "北京"),
    ("应急管理出版社", "5237", "北京"), ("中国农业出版社", "109", "北京"), ("中国时代经济出版社", "5119", "北京"),
    ("中国建筑工业出版社", "112", "北京"), ("文物出版社", "5010", "北京"), ("电子工业出版社", "121", "北京"),
    ("中国社会出版社", "5087", "北京"), ("山东科学技术出版社", "5723", "济南"), ("海洋出版社", "5210", "北京"),
    ("湖南大学出版社", "5667", "长沙"), ("中国海洋大学出版社", "5670", "青岛"),
]  # fmt: skip
FOREIGN = [("[英]", "约翰·哈里斯", "John Harris"), ("[美]", "玛丽·K.沃森", "Mary K. Watson"),
           ("[日]", "山田健一", "Yamada Kenichi"), ("[德]", "克劳斯·施密特", "Klaus Schmidt")]


def _isbn(r, code: str) -> str:  # noqa: ANN001
    item_len = 12 - 4 - len(code)
    item = str(r.randint(10 ** (item_len - 1), 10**item_len - 1))
    d12 = "9787" + code + item
    return f"978-7-{code}-{item}-{isbn_digit(d12)}"


def book(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "book")
    r = ctx.rng
    c = city(ctx)
    prof = r.choice(PROF_KEYS)
    pub, code, pcity = ctx.pick("publisher", PUBLISHERS)  # type: ignore[misc]
    topic = r.choice(PROF[prof]["topics"])
    title = ctx.pick("booktitle", [f"{topic}实务", f"{topic}理论与实践", f"{topic}操作指南", f"{topic}案例精选",
                                   f"{c}地区{topic}研究", f"{topic}读本"])  # type: ignore[assignment]
    y = r.randint(2014, 2024)
    m = r.randint(1, 12)
    ed_n = r.choice([1, 1, 1, 2])
    edition = f"{y}年{m}月第{ed_n}版"
    isbn = _isbn(r, code)
    B, H = ctx.body, ctx.bold
    translation = v == "translation"
    if translation:
        f_nat, f_name, f_en = r.choice(FOREIGN)
        trans = people(r, r.randint(1, 3))
        roster = [(f_name, "author")] + [(t, "translator") for t in trans]
    elif r.random() < 0.3 and v != "board":
        au = people(r, r.randint(1, 2))
        roster = [(a, "author") for a in au]
    else:
        ch = people(r, r.randint(1, 2) + r.randint(0, 3) + (r.randint(3, 7) if v == "board" else 0))
        n_ch = r.randint(1, 2)
        n_dep = r.randint(0, 2) if len(ch) > n_ch else 0
        roster = [(a, "editor_in_chief") for a in ch[:n_ch]] + [(a, "deputy_editor") for a in ch[n_ch:n_ch + n_dep]]
        if v == "board":
            roster += [(a, "editorial_board") for a in ch[n_ch + n_dep:]]
        else:
            roster = roster[: n_ch + n_dep]
    by_role: dict[str, list[str]] = {}
    for nm, role in roster:
        by_role.setdefault(role, []).append(nm)
    word = {"author": "著", "editor_in_chief": "主编", "deputy_editor": "副主编", "editorial_board": "编委",
            "translator": "译"}  # fmt: skip
    credit = "  ".join(("  ".join(names) if role != "author" or not translation else f"{f_nat}{names[0]}")  # type: ignore[possibly-undefined]
                       + " " + word[role] for role, names in by_role.items())
    cip_people = "；".join(f"{'、'.join(names)}{word[role]}" for role, names in by_role.items())

    def cover(pg: Page, x0: float, w: float) -> None:
        pg.rect(x0, 0, x0 + w, 60, 0, (0, 0, 0), (r.randint(20, 120), r.randint(60, 120), r.randint(90, 160)))
        cx = x0 + w / 2
        pg.text(cx, 80, title, 24 if len(title) < 9 else 18, H, "c")
        if translation:
            pg.text(cx, 96, f"{f_nat}{f_name} 著   " + "、".join(trans) + " 译", 12, B, "c")  # type: ignore[possibly-undefined]
        else:
            yy = 100
            for role, names in by_role.items():
                pg.text(cx, yy, word[role] + "  " + "  ".join(names), 12.5, B, "c")
                yy += 9
        pg.text(cx, 260, pub, 15, H, "c")

    def copyright(pg: Page, x0: float, w: float, y0: float = 30) -> float:
        yy = y0
        pg.text(x0, yy, "图书在版编目（CIP）数据", 11, H)
        yy += 8
        yy = pg.wrap(x0, yy, w, f"{title} / {cip_people}. —{pcity}：{pub}，{y}.{m}", 9.5, B, 1.6)
        pg.text(x0, yy, f"ISBN {isbn}", 9.5, B)
        yy += 6
        pg.text(x0, yy, f"Ⅰ.①{title[:2]}…  Ⅱ.①{roster[0][0]}…  Ⅲ.①{topic[:4]}", 9.5, B)
        yy += 6
        pg.text(x0, yy, f"中国版本图书馆CIP数据核字（{y}）第{r.randint(100000, 299999)}号", 9.5, B)
        yy += 6
        pg.line(x0, yy + 2, x0 + w, yy + 2, 0.3)
        yy += 7
        rows = [("书    名", title)] + ([("原 著 者", f"{f_nat}{f_name}（{f_en}）")] if translation else []) + [  # type: ignore[possibly-undefined]
            ("责任编辑", people(r, 1)[0] if r.random() < 0.7 else "—"), ("出版发行", pub),
            ("社    址", f"{pcity}市{r.choice(['北三环东路', '芙蓉中路', '朝阳区安定门外', '英雄山路'])}{r.randint(1, 300)}号"),
            ("邮    编", str(r.randint(100000, 410099))), ("印    刷", f"{pcity}{r.choice(['鸿运', '新华', '华印'])}印刷有限公司"),
            ("开    本", r.choice(["787mm×1092mm 1/16", "710mm×1000mm 1/16", "889mm×1194mm 1/32"])),
            ("印    张", f"{r.randint(10, 40)}.{r.choice([0, 5])}"), ("字    数", f"{r.randint(180, 650)}千字"),
            ("版    次", edition), ("印    次", f"{y + r.randint(0, 2)}年{r.randint(1, 12)}月第{r.randint(1, 3)}次印刷"),
            ("书    号", f"ISBN {isbn}"), ("定    价", f"{r.randint(38, 168)}.00元")]
        for a, b in rows:
            pg.text(x0, yy, a, 9.5, B)
            pg.text(x0 + 22, yy, b, 9.5, B)
            yy += 6
        pg.text(x0, yy + 4, f"版权所有  侵权必究   发行部电话：{r.randint(2000000, 89999999)}", 8, B, GREY)
        return yy

    scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    if v == "cover":
        pg = Page(185, 260)
        cover(pg, 0, 185)
        pages = [pg]
        scored = ["title", "people", "issuer", "book.publisher"]
    elif v == "copyright":
        pg = Page()
        copyright(pg, 30, 150, 120)
        pages = [pg]
    elif v == "titlepair":
        p1 = Page()
        p1.text(105, 70, title, 22, H, "c")
        p1.text(105, 100, credit, 12.5, B, "c")
        p1.text(105, 240, pub, 14, H, "c")
        p1.text(105, 250, pcity, 11, B, "c")
        p2 = Page()
        copyright(p2, 30, 150, 150)
        pages = [p1, p2]
    elif v == "board":
        pg = Page()
        pg.text(105, 22, f"《{title}》编委会", 16, H, "c")
        yy = 38
        for role, names in by_role.items():
            pg.text(40, yy, word[role] + "：", 11.5, H)
            pg.text(70, yy, "  ".join(names[:6]), 11.5, B)
            if len(names) > 6:
                yy += 8
                pg.text(70, yy, "  ".join(names[6:]), 11.5, B)
            yy += 10
        copyright(pg, 30, 150, yy + 10)
        pages = [pg]
    elif v == "translation":
        pg = Page()
        copyright(pg, 30, 150, 110)
        pg.text(30, 40, f"Original edition copyright © {y - r.randint(2, 6)} by {f_en}", 10, B)  # type: ignore
        pg.text(30, 50, f"Chinese translation copyright © {y} by {pub}", 9, B, GREY)
        pg.text(30, 58, f"著作权合同登记号：图字 01-{y - 1}-{r.randint(1000, 9999)}", 9, B)
        pg.text(30, 66, f"原著：{f_nat}{f_name} 著    译者：" + "、".join(trans), 10, B)  # type: ignore[possibly-undefined]
        pages = [pg]
    else:  # spread: cover and copyright page side by side
        pg = Page(380, 270)
        cover(pg, 0, 185)
        pg.line(190, 0, 190, 270, 0.4, (150, 150, 150))
        copyright(pg, 205, 165, 100)
        pages = [pg]
    ppl = [P(nm, i, role) for i, (nm, role) in enumerate(roster, 1)]
    cov = v == "cover"
    fields = {"title": title, "people": ppl, "issuer": pub, "issued_on": None if cov else f"{y}-{m:02d}",
              "book": {"isbn": None if cov else isbn, "publisher": pub, "edition": None if cov else edition}}
    claim = [nm for nm, role in roster if not (translation and role == "author")]
    return make("book", layout, pages, fields, scored, claim[r.randrange(len(claim))], y)


# ---- patent ------------------------------------------------------------------------------------
DEVICES = {
    "mine": ["矿用巷道顶板离层监测装置", "井下溜井堵塞疏通装置", "尾矿库浸润线自动观测装置"],
    "port": ["集装箱吊具防摇装置", "码头系缆桩应力监测装置", "门座起重机防风锚定装置"],
    "fish": ["海参育苗池增氧装置", "稻田养虾投饵装置", "网箱养殖死鱼收集装置"],
    "tcm": ["中药熏蒸治疗床", "艾灸温控理疗仪", "穴位贴敷定位装置"],
    "audit": ["审计凭证扫描归档装置", "财务数据采集终端", "工程量复核测量装置"],
    "plan": ["城市排水管网液位监测装置", "规划沙盘模型升降装置", "地下管线探测标识装置"],
    "museum": ["文物展柜恒湿调节装置", "纸质文物脱酸处理装置", "青铜器除锈清洗装置"],
    "social": ["老人防走失定位手环", "社区养老服务呼叫装置", "儿童安全座椅提醒装置"],
    "elec": ["铝电解电容器防爆盖板", "电容器老化测试夹具", "印制电路板分板装置"],
}
DESIGNS = ["智能电表外壳", "茶砖包装盒", "中药饮片包装袋", "渔用浮球", "展柜灯具", "手持终端", "安全帽"]
KIND_WORDS = {"invention": ("发明专利证书", "发明名称", "发明人", "1", "B"),
              "utility_model": ("实用新型专利证书", "实用新型名称", "发明人", "2", "U"),
              "design": ("外观设计专利证书", "外观设计名称", "设计人", "3", "S")}  # fmt: skip


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "patent_certificate")
    r = ctx.rng
    c = city(ctx)
    prof = r.choice(PROF_KEYS)
    kind = ctx.pick("patkind", ["invention", "utility_model", "utility_model", "design"])
    dev = r.choice(DEVICES[prof])
    if kind == "invention":
        title = r.choice([f"一种{dev}", f"一种{dev}及其使用方法", f"一种{dev}的控制方法"])
    elif kind == "utility_model":
        title = f"一种{dev}"
    else:
        title = r.choice(DESIGNS) + r.choice(["", "（一）", "（智能型）"])
    head, name_lab, inv_lab, kd, pub_letter = KIND_WORDS[kind]  # type: ignore[index]
    applied = day(r, 2013, 2022)
    lag = {"invention": r.randint(420, 1100), "utility_model": r.randint(150, 360), "design": r.randint(90, 240)}
    granted = applied + dt.timedelta(days=lag[kind])  # type: ignore[index]
    d12 = f"{applied.year}{kd}{r.randint(0, 9999999):07d}"
    number = f"ZL{d12}.{zl_check(d12)}"
    printed_no = f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{zl_check(d12)}"
    inv = people(r, r.randint(1, 5))
    owner = workplace(r, prof, c) if r.random() < 0.75 else inv[0]
    s1, s2 = style(ctx, ("cjk", "cjk0", "dot0", "iso")), style(ctx, ("cjk", "cjk0", "dot0", "iso"))
    ap_s, gr_s = dfmt(applied, s1), dfmt(granted, s2)
    cert_no = f"第{r.randint(100000, 6999999)}号"
    pubno = f"CN {r.randint(100000000, 219999999)} {pub_letter}"
    chief = r.choice(["申长雨", "田力普"]) if granted.year < 2023 else "申长雨"
    B, H = ctx.body, ctx.bold
    legal = ("本专利经国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发专利证书并在专利登记簿上"
             "予以登记。专利权自授权公告之日起生效。")
    term = {"invention": "二十年", "utility_model": "十年", "design": "十五年"}[kind]  # type: ignore[index]
    pairs = [(name_lab, title), (inv_lab, "；".join(inv)), ("专利号", printed_no), ("专利申请日", ap_s),
             ("专利权人", owner), ("地址", address(r, c)), ("授权公告号", pubno), ("授权公告日", gr_s)]

    def classic(pg: Page, x: float, y: float, w: float, size: float = 12.0) -> float:
        pg.text(x + w / 2, y, head, size * 2, H, "c")
        pg.text(x + w - 5, y + size * 0.9, f"证书号{cert_no}", size * 0.8, B, "r")
        y += size * 1.6
        for a, b in pairs:
            pg.text(x + 5, y, a + "：", size, B)
            y = pg.wrap(x + 5 + size * 2.9, y, w - size * 2.9 - 10, b, size, B, 1.8)
        y = pg.wrap(x + 5, y + 4, w - 10, legal + f"专利权期限为{term}，自申请日起算。", size * 0.85, B, 1.7, 8)
        pg.text(x + w - 40, y + 10, "局长", size, B)
        pg.text(x + w - 28, y + 8, chief, size * 1.3, ctx.hand, "l", INK)
        pg.seal(x + w - 30, y + 14, 16, "国家知识产权局", r.randint(0, 999))
        return y + 30

    if v == "classic":
        pg = Page()
        frame(pg, ctx, 2)
        classic(pg, 15, 25, 180)
        pages = [pg]
    elif v == "oldstyle":
        pg = Page()
        frame(pg, ctx, 1)
        heading(pg, ctx, head, 30, 24)
        pg.text(180, 48, f"证书号{cert_no}", 10, B, "r")
        y = 62
        for a, b in pairs[:5] + pairs[7:]:
            y = pg.wrap(25, y, 160, f"{a}：{b}", 12, B, 1.9)
        y = pg.wrap(25, y + 6, 160, legal, 11, B, 1.8, 8)
        pg.wrap(25, y + 4, 160, f"本专利的专利权期限为{term}，自申请日起算。专利权人应当依照专利法及其实施细则规定缴纳"
                f"年费。本专利的年费应当在每年{applied.month:02d}月{applied.day:02d}日前缴纳。", 10, B, 1.7, 8)
        pg.text(140, 250, "局长", 12, B)
        pg.text(153, 248, chief, 16, ctx.hand, "l", INK)
        pg.seal(158, 252, 17, "国家知识产权局", r.randint(0, 999))
        pages = [pg]
    elif v == "ecert":
        pg = Page()
        pg.text(105, 18, "国家知识产权局", 12, H, "c", RED)
        pg.text(105, 26, "China National Intellectual Property Administration", 8, B, "c", GREY)
        y = classic(pg, 15, 40, 180, 11)
        pg.rect(20, y + 5, 48, y + 33, 0.4)
        pg.text(34, y + 35, "扫码查验电子证书", 7, B, "c", GREY)
        pg.text(55, y + 15, f"电子证书生成时间：{dfmt(granted + dt.timedelta(days=r.randint(1, 40)), 'iso')}", 8, B, "l", GREY)
        pages = [pg]
    elif v == "grid":
        pg = Page()
        frame(pg, ctx, 3)
        heading(pg, ctx, head, 28, 24)
        pg.text(182, 46, f"证书号{cert_no}", 10, B, "r")
        rows = [[a, b] for a, b in pairs]
        y = pg.table(22, 54, [36, 130], rows, 10.5, B, 13)
        y = pg.wrap(24, y + 8, 162, legal, 10.5, B, 1.7, 8)
        pg.text(140, y + 12, "局长", 12, B)
        pg.text(153, y + 10, chief, 16, ctx.hand, "l", INK)
        pg.seal(158, y + 15, 17, "国家知识产权局", r.randint(0, 999))
        pages = [pg]
    elif v == "twopage":
        pg = Page()
        frame(pg, ctx, 1)
        classic(pg, 15, 25, 180)
        p2 = Page()
        p2.text(105, 20, "（ 第 2 页 ）", 10, B, "c")
        y = p2.wrap(25, 35, 160, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的"
                    "姓名或名称、国籍、地址变更等事项记载在专利登记簿上。", 11, B, 1.8, 8)
        p2.text(25, y + 8, f"缴费提示：第{r.randint(2, 6)}年度年费缴纳期限截止至"
                f"{dfmt(applied.replace(year=granted.year + 1), 'cjk')}。", 10.5, B)
        p2.text(25, y + 18, f"申请人联系电话：{phone(r, c)}", 10, B)
        pages = [pg, p2]
    else:  # desk: the certificate photographed lying on a desk
        pg = Page(240, 320, bg=(92, 70, 52))
        pg.rect(15, 12, 225, 308, 0, (0, 0, 0), (250, 249, 244))
        frame_pg = pg
        classic(frame_pg, 20, 30, 200, 12)
        pages = [pg]
    ppl = [P(a, i, "inventor") for i, a in enumerate(inv, 1)]
    fields = {"title": title, "people": ppl, "issuer": "国家知识产权局", "issued_on": granted.isoformat(),
              "patent": {"kind": kind, "number": number, "applied_on": applied.isoformat(),
                         "granted_on": granted.isoformat()}}
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]
    return make("patent_certificate", layout, pages, fields, scored, r.choice(inv), granted.year)


# ---- award -------------------------------------------------------------------------------------
GIVERS = {
    "益阳": [("益阳市人民政府", "municipal", "gov"), ("湖南省人民政府", "provincial", "gov"),
             ("沅江市人民政府", "county", "gov"), ("益阳市科学技术局", "bureau", "dept"),
             ("湖南省卫生健康委员会", "bureau", "dept"), ("湖南省中医药和中西医结合学会", None, "soc"),
             ("益阳市审计局", "bureau", "dept"), ("湖南省水产学会", None, "soc")],
    "烟台": [("烟台市人民政府", "municipal", "gov"), ("山东省人民政府", "provincial", "gov"),
             ("招远市人民政府", "county", "gov"), ("龙口市人民政府", "county", "gov"),
             ("烟台市科学技术局", "bureau", "dept"), ("山东省交通运输厅", "bureau", "dept"),
             ("中国航海学会", None, "soc"), ("山东港口烟台港集团有限公司", None, "soc")],
}  # fmt: skip
GRADES = ["一等奖", "二等奖", "三等奖", "特等奖", "优秀奖"]


def _award_name(giver: str, gkind: str, kind: str) -> str:
    place = giver.replace("人民政府", "") if gkind == "gov" else ""
    if kind == "social_science":
        return f"{place or giver}社会科学优秀成果奖" if gkind != "soc" else f"{giver}优秀学术成果奖"
    if kind == "other":
        return f"{giver}优秀成果奖" if gkind != "gov" else f"{place}优秀成果奖"
    if gkind == "gov":
        return f"{place}科学技术进步奖"
    if gkind == "dept":
        return f"{giver}科技创新成果奖"
    return f"{giver.replace('有限公司', '')}科学技术奖"


def award_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "award_certificate")
    r = ctx.rng
    c = city(ctx)
    prof = r.choice(PROF_KEYS)
    B, H = ctx.body, ctx.bold
    d = day(r)
    ds = style(ctx)
    giver, level, gk = ctx.pick("giver", GIVERS[c])  # type: ignore[misc]
    if v == "contest":
        kind = "competition"
        giver, level, gk = r.choice([(f"{c}市人力资源和社会保障局", "bureau", "dept"), (f"{c}市总工会", None, "soc"),
                                     (f"{CITIES[c][0]}省{r.choice(PROF[prof]['topics'])[:2]}行业协会", None, "soc")])
        sector = {"mine": "非煤矿山安全", "port": "港口行业", "fish": "水产技术", "tcm": "中医药", "audit": "审计系统",
                  "plan": "国土空间规划", "museum": "文博行业讲解", "social": "社会工作", "elec": "电子信息"}[prof]
        aname = f"{c}市{sector}{r.choice(['职业技能竞赛', '技术比武', '岗位练兵大赛'])}"
    elif v == "social":
        kind = "social_science"
        if gk == "dept":
            giver, level, gk = f"{c}市人民政府", "municipal", "gov"
        aname = _award_name(giver, gk, kind)
    else:
        kind = r.choice(["science_technology", "science_technology", "other"])
        aname = _award_name(giver, gk, kind)
    grade = r.choice(GRADES[:3] if v != "contest" else GRADES[:3] + GRADES[4:])
    title = r.choice(PROF[prof]["papers"]) if v != "contest" else r.choice(PROF[prof]["topics"]) + "实操项目"
    yr = d.year - 1 if v != "contest" else d.year
    prefix = ctx.pick("yearprefix", [f"{yr}年度", f"{yr}年", ""]) if v != "contest" else f"{yr}年"
    team = people(r, r.randint(2, 7))
    holder: str | None = None
    ppl: list[dict] = []
    date_s = dfmt(d, ds)
    pages: list[Page]
    stated_rank = r.randint(1, min(5, len(team)))
    if v in ("honour", "landscape", "folder", "contest"):
        holder = team[0]
        rank_txt = ctx.pick("ranktxt", [f"（第{stated_rank}完成人）", f"排名第{stated_rank}", ""]) if v != "contest" else ""
        rank = stated_rank if rank_txt else 1
        ppl = [P(holder, rank, "awardee")]
    if v == "honour":
        pg = Page()
        frame(pg, ctx, 3)
        heading(pg, ctx, "荣誉证书", 45, 32, True)
        hand_name = r.random() < 0.5
        pg.text(28, 90, holder, 16, ctx.hand if hand_name else B, "l", INK if hand_name else (20, 20, 20))
        pg.text(28 + len(holder) * 6.2, 90, "同志：", 14, B)
        y = pg.wrap(28, 106, 154, f"你参与完成的“{title}”项目荣获{prefix}{aname}{grade}{rank_txt}。", 14, B, 2.0, 10)
        pg.wrap(28, y + 2, 154, "特发此证，以资鼓励。", 14, B, 2.0, 10)
        pg.text(28, 245, f"证书编号：{d.year}-{r.choice(['KJ', 'JB', 'CG'])}-{r.randint(1, 300):03d}", 9.5, B)
        sign_block(pg, ctx, giver, date_s, 210, seed=r.randint(0, 999))
    elif v == "table":
        pg = Page()
        frame(pg, ctx, 2)
        heading(pg, ctx, "获 奖 证 书", 30, 26)
        pg.text(105, 48, f"{prefix}{aname}", 14, H, "c")
        rows = [["项目名称", title], ["奖励等级", grade], ["主要完成人", "、".join(team)],
                ["主要完成单位", workplace(r, prof, c)], ["证书号", f"{yr}{r.choice('JKS')}{r.randint(1000, 9999)}"]]
        y = pg.table(24, 62, [36, 126], rows, 11, B, 14)
        pg.wrap(26, y + 10, 160, "为表彰在科学技术工作中做出突出贡献者，特颁发此证书。", 12, B, 1.8, 8)
        sign_block(pg, ctx, giver, date_s, y + 40, seed=r.randint(0, 999))
        ppl = [P(a, i, "awardee") for i, a in enumerate(team, 1)]
    elif v == "contest":
        pg = Page(297, 210)
        frame(pg, ctx, 2)
        heading(pg, ctx, "荣 誉 证 书", 30, 30)
        pg.text(40, 70, f"{holder}：", 16, ctx.hand, "l", INK)
        y = pg.wrap(40, 88, 217, f"在{prefix}{aname}中，参赛项目“{title}”表现突出，荣获{grade}。", 15, B, 2.0, 10)
        pg.text(40, y + 6, "特发此证。", 15, B)
        sign_block(pg, ctx, giver, date_s, 150, x_right=260, seed=r.randint(0, 999))
        pg.text(40, 185, f"证书编号：JN{yr}{r.randint(1000, 9999)}", 9.5, B)
    elif v == "social":
        pg = Page()
        frame(pg, ctx, 1)
        heading(pg, ctx, f"{aname}|获奖证书", 35, 24)
        au = team[: r.randint(1, 3)]
        rows = [["成果名称", title], ["成果形式", r.choice(["论文", "研究报告", "专著"])], ["作    者", "、".join(au)],
                ["获奖等级", grade], ["评奖年度", prefix.replace("年度", "").replace("年", "") or str(yr)]]
        y = pg.table(24, 72, [34, 128], rows, 11.5, B, 14)
        sign_block(pg, ctx, giver, date_s, y + 30, seed=r.randint(0, 999))
        ppl = [P(a, i, "awardee") for i, a in enumerate(au, 1)]
        holder = au[0] if len(au) == 1 else None
        team = au
    elif v == "landscape":
        pg = Page(297, 210, bg=(253, 250, 240))
        frame(pg, ctx, 3)
        heading(pg, ctx, "荣誉证书", 28, 30, True)
        pg.text(40, 66, f"{holder}：", 16, B)
        y = pg.wrap(40, 82, 217, f"您在“{title}”项目中做出了重要贡献，该项目荣获{prefix}{aname}{grade}{rank_txt}。",
                    15, B, 2.0, 10)
        pg.text(40, y + 4, "特发此证，以资鼓励。", 15, B)
        sign_block(pg, ctx, giver, date_s, 150, x_right=260, seed=r.randint(0, 999))
    else:  # folder: a red folder opened, emblem left, text right
        pg = Page(297, 210, bg=(160, 30, 30))
        pg.rect(152, 10, 287, 200, 0, (0, 0, 0), (252, 248, 236))
        pg.text(76, 80, "荣誉证书", 30, H, "c", (235, 195, 90))
        pg.text(76, 110, "HONOR CERTIFICATE", 11, B, "c", (235, 195, 90))
        pg.text(160, 30, f"{holder}：", 15, ctx.hand, "l", INK)
        y = 45
        for s in (f"你参与的“{title}”", f"荣获{prefix}{aname}", f"{grade}{rank_txt}。", "特发此证。"):
            y = pg.wrap(160, y, 120, s, 12.5, B, 1.9)
        sign_block(pg, ctx, giver, date_s, 150, x_right=278, seed=r.randint(0, 999), size=11.5)
    pages = [pg]
    fields = {"holder": holder, "title": title, "people": ppl, "issuer": giver, "issued_on": d.isoformat(),
              "award": {"name": aname, "kind": kind, "level": level, "grade": grade}}
    scored = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.level",
              "award.grade"]
    if level is None:
        scored.remove("award.level")
    claim = holder or team[r.randrange(len(team))]
    return make("award_certificate", layout, pages, fields, scored, claim, d.year)


# ---- project completion ------------------------------------------------------------------------
FUNDERS = {"益阳": ["湖南省社会科学界联合会", "益阳市科学技术局", "湖南省教育厅", "湖南省卫生健康委员会",
                    "益阳市社会科学界联合会"],
           "烟台": ["烟台市科学技术局", "山东省教育厅", "烟台市社会科学界联合会", "山东省文化和旅游厅",
                    "烟台市科学技术协会"]}  # fmt: skip


def project_completion(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "project_completion")
    r = ctx.rng
    c = city(ctx)
    prof = r.choice(PROF_KEYS)
    B, H = ctx.body, ctx.bold
    funder = ctx.pick("funder", FUNDERS[c])
    title = r.choice([r.choice(PROF[prof]["papers"]),
                      r.choice(PROF[prof]["topics"]) + r.choice(["实践研究", "关键技术研究", "体系构建研究"])])
    pno = f"{r.choice(['XSP', 'YK', 'SDYT', 'JG'])}{r.randint(18, 23)}{r.choice(['YB', 'ZD', 'QN'])}{r.randint(10, 999):03d}"
    d = day(r, 2019, 2025)
    ds = style(ctx)
    date_s = dfmt(d, ds)
    team = people(r, 1 if v == "letter" else r.randint(2, 6))
    leader, members = team[0], team[1:]
    unit = workplace(r, prof, c)
    grade = r.choice(["优秀", "良好", "合格"])
    pages: list[Page]
    if v == "certificate":
        pg = Page()
        frame(pg, ctx, 2)
        heading(pg, ctx, "结 题 证 书", 40, 28)
        pg.text(180, 62, f"证书编号：JT{d.year}{r.randint(100, 999)}", 10, B, "r")
        rows = [("项目编号", pno), ("项目名称", title), ("项目负责人", leader), ("课题组成员", "、".join(members)),
                ("承担单位", unit)]
        y = 78
        for a, b in rows:
            pg.text(28, y, a + "：", 12.5, B)
            pg.text(62, y, b, 12.5, B)
            y += 12
        y = pg.wrap(28, y + 6, 154, f"该项目经专家鉴定，达到预期目标，鉴定等级为{grade}，准予结题。特发此证。", 12.5, B, 1.9, 9)
        sign_block(pg, ctx, funder, date_s, y + 25, seed=r.randint(0, 999))
        pages = [pg]
    elif v == "letter":
        pg = Page()
        pg.text(105, 30, "结题证明", 20, H, "c")
        y = pg.wrap(25, 55, 160, f"{unit}{leader}同志主持的{funder}{d.year - 2}年度立项课题“{title}”（立项编号：{pno}），"
                    f"已按计划完成研究任务，经审核，同意结题，结题等级为{grade}。", 13, B, 2.0, 9)
        y = pg.wrap(25, y + 4, 160, "特此证明。", 13, B, 2.0, 9)
        sign_block(pg, ctx, funder, date_s, y + 30, seed=r.randint(0, 999))
        pg.text(25, 268, f"联系人：{people(r, 1)[0]}   电话：{phone(r, c)}", 9, B)
        pages = [pg]
    elif v == "table":
        pg = Page()
        pg.text(105, 22, f"{funder}", 13, B, "c")
        pg.text(105, 32, "科研项目结题鉴定结果通知书", 16, H, "c")
        rows = [["项目编号", pno], ["项目名称", title], ["负责人", leader], ["参与人员", "、".join(members)],
                ["所在单位", unit], ["鉴定等级", grade], ["结题时间", date_s]]
        y = pg.table(22, 44, [34, 132], rows, 11, B, 13)
        pg.wrap(24, y + 8, 162, "请项目负责人按要求将成果材料报送归档。", 11, B, 1.8, 8)
        pg.text(150, y + 30, funder, 11, B, "c")
        pg.text(150, y + 38, f"（盖章）  {date_s}", 11, B, "c")
        pg.seal(150, y + 34, 17, funder, r.randint(0, 999))
        pages = [pg]
    elif v == "landscape":
        pg = Page(297, 210)
        frame(pg, ctx, 3)
        heading(pg, ctx, "结 题 证 书", 26, 28)
        pg.text(40, 60, f"{leader}  同志：", 15, ctx.hand, "l", INK)
        y = pg.wrap(40, 76, 217, f"你主持的“{title}”（编号{pno}）已完成研究任务，经专家组鉴定，准予结题。", 15, B, 2.0, 10)
        pg.text(40, y + 6, "课题组成员：" + "、".join(members), 12.5, B)
        sign_block(pg, ctx, funder, date_s, 150, x_right=260, seed=r.randint(0, 999))
        pages = [pg]
    elif v == "system":
        pg = web_frame(ctx, f"{funder}科研项目管理平台", f"https://kyxm.{'hunan' if c == '益阳' else 'yantai'}.gov.cn/"
                       f"project/detail?id={r.randint(10000, 99999)}")
        pg.text(14, 34, "首页 > 我的项目 > 项目详情", 8.5, B, "l", GREY)
        rows = [["项目名称", title, "项目编号", pno], ["负责人", leader, "依托单位", unit],
                ["项目成员", "、".join(members), "项目状态", "已结题"], ["结题日期", date_s, "结题等级", grade]]
        y = pg.table(20, 46, [30, 110, 30, 87], rows, 10, B, 13)
        pg.text(20, y + 8, f"打印时间：{dfmt(d + dt.timedelta(days=r.randint(30, 300)), 'iso')} "
                f"{r.randint(8, 18):02d}:{r.randint(0, 59):02d}", 8.5, B, "l", GREY)
        pg.text(148, 202, f"技术支持：{phone(r, c)}", 7.5, B, "c", GREY)
        pages = [pg]
    else:  # twopage: certificate and its list of outputs
        pg = Page()
        frame(pg, ctx, 1)
        heading(pg, ctx, "结题证书", 40, 28)
        y = pg.wrap(28, 75, 154, f"由{leader}主持，{'、'.join(members)}参与完成的{funder}项目“{title}”"
                    f"（项目编号：{pno}）已完成各项研究任务，经审核准予结题。", 13, B, 2.0, 9)
        sign_block(pg, ctx, funder, date_s, y + 30, seed=r.randint(0, 999))
        p2 = Page()
        p2.text(105, 20, "附：主要研究成果清单", 14, H, "c")
        rows = [["序号", "成果名称", "形式"]] + [[str(i), t, r.choice(["论文", "研究报告", "专利"])] for i, t in enumerate(
            r.sample(PROF[prof]["papers"], 3), 1)]
        p2.table(20, 32, [14, 130, 26], rows, 10, B, 12, header_font=H)
        pages = [pg, p2]
    ppl = [P(leader, 1, "project_leader")] + [P(m, i, "project_member") for i, m in enumerate(members, 2)]
    fields = {"holder": leader if not members else None, "title": title, "people": ppl, "issuer": funder,
              "issued_on": d.isoformat()}
    return make("project_completion", layout, pages, fields, ["holder", "title", "people", "issuer", "issued_on"],
                team[r.randrange(len(team))], d.year)
