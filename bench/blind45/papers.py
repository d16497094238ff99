"""Draw 45's journal pages, books, patents, awards and project completion certificates."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import journals, supervisor
from bench.blind.doc import Doc, frame
from bench.blind.page import Page, width_mm
from bench.blind45 import kit
from bench.blind45.kit import head, kv, para, sign
from bench.blind45.pools import (
    Ctx,
    address,
    after,
    day,
    fd,
    fm,
    isbn_digit,
    iso,
    people,
    pick,
    pro,
    serial,
    style,
    variant,
    zl_check,
)  # fmt: skip
from bench.generator.truth import person

RED = (190, 30, 35)
GREY = (95, 95, 95)


def _claim(name: str, year: int) -> dict:
    return {"person": name, "year": year}


def _ppl(names: list[str], role: str, start: int = 1) -> list[dict]:
    return [person(n, i + start, role) for i, n in enumerate(names)]


# ---- journal articles -------------------------------------------------------------------------------
JKEYS = {"mining": ("煤", "矿", "安全", "岩"), "anaesthesia": ("医", "麻醉", "临床"), "paednurse": ("护理", "医", "儿"),
         "english": ("外语", "教育", "语言"), "history": ("史", "教育", "文"), "fruit": ("园艺", "果", "农", "植物"),
         "cost": ("建筑", "工程", "土木"), "library": ("图书", "情报", "档案"), "vet": ("畜牧", "兽医", "动物")}  # fmt: skip
ASUFFIX = ("的临床观察", "的实践与思考", "效果分析", "研究进展", "的应用研究", "现状调查与对策", "的探索")
ZIPS = {"泰安": "271000", "烟台": "264000"}


def _journal(ctx: Ctx, field: str):  # noqa: ANN202
    js = journals()
    fit = [j for j in js if any(w in j.name for w in JKEYS[field])]
    return ctx.rng.choice(fit or list(js))


def _authors_line(pg: Page, ctx: Ctx, y: float, names: list[str], size: float = 12) -> float:
    parts: list[tuple[str, bool]] = []
    for i, n in enumerate(names):
        parts += [(n, False), (str(min(i + 1, 2)), True)]
        if i < len(names) - 1:
            parts.append(("，", False))
    return pg.runs(pg.w / 2, y, parts, size, ctx.body)


def _others(ctx: Ctx, field: str, n: int, taken: list[str]) -> list[tuple[str, str]]:
    """Other articles of the issue: (title, authors)."""
    from bench.blind45.pools import PROFESSIONS

    out = []
    pool = people(ctx, 3 * n + len(taken) + 4)
    pool = [x for x in pool if not any(x in t or t in x for t in taken)]
    topics = PROFESSIONS[field][2]
    for i in range(n):
        out.append((ctx.rng.choice(topics) + ctx.rng.choice(ASUFFIX), "，".join(pool[2 * i: 2 * i + ctx.rng.randint(1, 2)])))
    return out


def journal_article(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "journal_article")
    p = pro(ctx)
    j = _journal(ctx, p.field)
    names = people(ctx, ctx.rng.randint(1, 5))
    title = p.topic.replace("解读", "") + pick(ctx, "asuffix", ASUFFIX)
    year = ctx.rng.randint(2017, 2024)
    issue = ctx.rng.randint(1, 12)
    vol = year - ctx.rng.randint(1975, 2005)
    show_vol = v in ("firstpage", "twocol", "cover") and ctx.rng.random() < 0.7
    levels = list(j.base_levels)
    scored = ["title", "people", "journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue",
              "journal.levels"]  # fmt: skip
    if show_vol:
        scored.append("journal.volume")
    volstr = f"第{vol}卷" if show_vol else ""
    aid = f"{j.issn}({year}){issue:02d}-{ctx.rng.randint(1, 180):04d}-{ctx.rng.randint(3, 8):02d}"
    recv = dt.date(year - (1 if issue < 3 else 0), max(1, issue - 2) if issue >= 3 else 10, ctx.rng.randint(1, 28))
    abstract = (f"目的 探讨{p.topic.replace('解读', '')}在{p.city}地区的应用效果。方法 选取{year - 1}年1月至12月"
                f"{p.work}相关资料进行回顾性分析。结果 干预后各项指标均有改善（P<0.05）。结论 该方法值得推广。")  # fmt: skip
    pages: list[Page] = []

    def header(pg: Page) -> None:
        pg.text(18, 12, f"{j.name}  {volstr}{'  ' if volstr else ''}{year}年第{issue}期", 9, ctx.body)
        pg.text(pg.w - 18, 12, f"ISSN {j.issn}  CN {j.cn}", 9, ctx.body, "r")
        pg.line(18, 17, pg.w - 18, 17, 0.4)

    def front(pg: Page, y: float, with_en: bool = False) -> float:
        y = para(pg, ctx, 24, y, pg.w - 48, title, 17, indent=False, font=ctx.bold)
        y = _authors_line(pg, ctx, y + 2, names)
        aff = f"（1.{p.work}，山东 {p.city} {ZIPS[p.city]}"
        aff += f"；2.{p.city}市{pick(ctx, 'aff2', ('疾病预防控制中心', '教育科学研究院', '农业技术推广站', '应急管理服务中心'))}）" if len(names) > 1 else "）"
        y = para(pg, ctx, 24, y, pg.w - 48, aff, 9, indent=False)
        y = para(pg, ctx, 24, y + 2, pg.w - 48, "[摘要] " + abstract, 9.5, indent=False)
        y = kit.line(pg, ctx, 24, y, f"[关键词] {p.topic[:6]}；{p.city}；效果评价", 9.5)
        y = kit.line(pg, ctx, 24, y, f"中图分类号：{pick(ctx, 'clc', ('R614', 'R473.72', 'TD76', 'G633.41', 'S661.1', 'TU723.3', 'G258.2', 'S858'))}    文献标识码：A    文章编号：{aid}", 8.5)  # fmt: skip
        if with_en:
            y = kit.words(pg, ctx, 24, y + 2, pg.w - 48, f"Abstract: Objective To explore the effect of the practice in {p.city} area. "
                          "Methods A retrospective analysis was carried out. Results All indicators improved. "
                          "Conclusion The method is worth popularising.", 9)  # fmt: skip
            y = kit.line(pg, ctx, 24, y, "Key words: continuing practice; evaluation; Shandong", 9)
        return y

    def foot(pg: Page) -> None:
        pg.line(18, 262, 80, 262, 0.3)
        pg.text(18, 264, f"收稿日期：{fd(recv, 'iso')}", 8, ctx.body)
        pg.text(18, 269, f"基金项目：{p.city}市科技发展计划项目（{serial(ctx, str(year - 1), 4)}）", 8, ctx.body)
        pg.text(18, 274, f"作者简介：{names[0]}（{year - ctx.rng.randint(28, 50)}—），{p.title}，研究方向：{p.topic[:8]}。", 8, ctx.body)

    body_txt = (f"近年来，{p.topic.replace('解读', '')}日益受到关注。{p.city}地区相关工作起步较早，但仍存在基础薄弱、"
                "规范不一等问题。本文结合工作实践，对相关做法进行总结分析，以期为同行提供参考。") * 4  # fmt: skip
    if v in ("firstpage", "english"):
        pg = Page()
        header(pg)
        y = front(pg, 26, with_en=v == "english")
        para(pg, ctx, 18, y + 4, pg.w - 36, body_txt, 10)
        foot(pg)
        pg.text(pg.w / 2, 284, str(ctx.rng.randint(10, 150)), 9, ctx.body, "c")
        pages = [pg]
    elif v == "twocol":
        pg = Page()
        header(pg)
        y = front(pg, 26)
        colw = (pg.w - 36 - 8) / 2
        para(pg, ctx, 18, y + 4, colw, body_txt[: len(body_txt) // 2], 9.5)
        para(pg, ctx, 18 + colw + 8, y + 4, colw, body_txt[len(body_txt) // 2:], 9.5)
        foot(pg)
        pages = [pg]
    elif v in ("cover", "contents"):
        scored = [s for s in scored if s not in ("title", "people")]
        others = _others(ctx, p.field, ctx.rng.randint(4, 7), names)
        entries = others[:]
        entries.insert(ctx.rng.randint(0, len(entries)), (title, "，".join(names)))
        pg = Page()
        if v == "cover":
            sup, slevel = supervisor(ctx.rng, j)
            levels.append(slevel)
            pg.rect(0, 0, pg.w, 70, 0, fill=(28, 70, 120))
            pg.text(pg.w / 2, 20, j.name, 40 if len(j.name) <= 6 else 28, ctx.bold, "c", (255, 255, 255))
            pg.text(pg.w / 2, 56, f"{year}年 第{issue}期" + (f"  第{vol}卷" if show_vol else ""), 14, ctx.body, "c", (255, 255, 255))
            y = kit.line(pg, ctx, 24, 84, "本期要目", 14, font=ctx.bold)
            for t, au in entries:
                y = kit.line(pg, ctx, 28, y + 1, t, 11)
                y = kit.line(pg, ctx, 40, y, au, 10, color=GREY)
            pg.text(24, 250, f"主管：{sup}", 10, ctx.body)
            pg.text(24, 256, f"主办：{j.name}编辑部", 10, ctx.body)
            pg.text(24, 264, f"ISSN {j.issn}", 11, ctx.body)
            pg.text(24, 270, f"CN {j.cn}", 11, ctx.body)
            pg.text(pg.w - 24, 270, f"定价：{ctx.rng.randint(15, 40)}.00元", 10, ctx.body, "r")
            pg.rect(pg.w - 70, 244, pg.w - 24, 262, 0.3)
            pg.text(pg.w - 47, 251, f"9 77{j.issn.replace('-', '')[:7]} 0{issue:02d}", 7, ctx.body, "c")
        else:
            head(pg, ctx, 18, f"{j.name}", 16)
            pg.text(pg.w / 2, 28, f"{year}年第{issue}期  目  次", 12, ctx.body, "c")
            y = 40
            pno = ctx.rng.randint(1, 20)
            for t, au in entries:
                pg.text(22, y, t, 10.5, ctx.body)
                pg.text(pg.w - 22, y, f"（{pno}）", 10, ctx.body, "r")
                y = kit.line(pg, ctx, 30, y + 5.5, au, 9.5, color=GREY) + 2
                pno += ctx.rng.randint(3, 8)
            pg.line(20, 270, pg.w - 20, 270, 0.3)
            pg.text(pg.w / 2, 273, f"ISSN {j.issn}    CN {j.cn}    {fm(year, issue, 'cn')}出版", 9, ctx.body, "c")
        pages = [pg]
    else:  # cnki
        pg, y = kit.web_page(ctx, "中国知网", "https://kns.cnki.net/kcms2/article/abstract?v=" + serial(ctx, "", 12), 250, 170)
        y = para(pg, ctx, 20, y + 2, 160, title, 14, indent=False, font=ctx.bold)
        y = kit.line(pg, ctx, 20, y + 1, "  ".join(names), 10.5, color=(24, 86, 160))
        y = kit.line(pg, ctx, 20, y, f"1.{p.work}", 9, color=GREY)
        y = para(pg, ctx, 20, y + 3, 160, "摘要：" + abstract, 9.5, indent=False)
        y = kit.line(pg, ctx, 20, y + 2, f"关键词：{p.topic[:6]}；{p.city}；", 9.5)
        pg.rect(190, 40, 244, 110, 0.2, (200, 200, 200), (248, 249, 251))
        kv(pg, ctx, 193, 44, [("刊名", j.name), ("出版", f"{year}年{issue:02d}期"), ("ISSN", j.issn), ("CN", j.cn),
                              ("下载", str(ctx.rng.randint(20, 900)))], 8.5)  # fmt: skip
        pg.text(20, pg.h - 10, "© 中国学术期刊（光盘版）电子杂志社有限公司  KDN版", 7.5, ctx.body, "l", GREY)
        pages = [pg]
    fields = {"title": title, "people": _ppl(names, "author"),
              "journal": {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": str(vol) if show_vol else None,
                          "issue": str(issue), "levels": levels}}  # fmt: skip
    return Doc("journal_article", layout, pages, fields, scored, _claim(ctx.rng.choice(names), year))


# ---- books -----------------------------------------------------------------------------------------
PUBLISHERS = {
    "mining": (("应急管理出版社", "5020"), ("中国矿业大学出版社", "5646")),
    "anaesthesia": (("人民卫生出版社", "117"), ("山东科学技术出版社", "5331")),
    "paednurse": (("人民卫生出版社", "117"), ("山东科学技术出版社", "5331")),
    "english": (("外语教学与研究出版社", "5213"), ("山东教育出版社", "5701")),
    "history": (("齐鲁书社", "5333"), ("山东人民出版社", "209")),
    "fruit": (("中国农业出版社", "109"), ("中国农业科学技术出版社", "5116")),
    "cost": (("中国建筑工业出版社", "112"), ("中国计划出版社", "5182")),
    "library": (("国家图书馆出版社", "5013"), ("山东大学出版社", "5607")),
    "vet": (("中国农业出版社", "109"), ("山东科学技术出版社", "5331")),
}
PUB_CITY = {"人民卫生出版社": "北京", "山东科学技术出版社": "济南", "外语教学与研究出版社": "北京", "山东教育出版社": "济南",
            "齐鲁书社": "济南", "山东人民出版社": "济南", "中国农业出版社": "北京", "中国农业科学技术出版社": "北京",
            "中国建筑工业出版社": "北京", "中国计划出版社": "北京", "国家图书馆出版社": "北京", "山东大学出版社": "济南",
            "应急管理出版社": "北京", "中国矿业大学出版社": "徐州"}  # fmt: skip
FOREIGN = ("[美] 约翰·T. 米勒", "[英] 苏珊·布朗", "[日] 佐藤健一", "[德] 卡尔·施密特", "[澳] 大卫·库珀")


def _isbn(ctx: Ctx, code: str) -> str:
    item = "".join(str(ctx.rng.randint(0, 9)) for _ in range(12 - 4 - len(code)))
    d12 = "9787" + code + item
    return f"978-7-{code}-{item}-{isbn_digit(d12)}"


def book(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "book")
    p = pro(ctx)
    pub, code = ctx.rng.choice(PUBLISHERS[p.field])
    title = p.topic.replace("解读", "") + pick(ctx, "bsuffix", ("", "实用手册", "指南", "案例精选", "理论与实践", "培训教程"))
    y, m = ctx.rng.randint(2016, 2024), ctx.rng.randint(1, 12)
    style(ctx, ("cn", "cnpad"))  # the date style is drawn but the book pages print fixed forms
    isbn = _isbn(ctx, code)
    edn = ctx.rng.choice((1, 1, 1, 2))
    edition = f"{y}年{m}月第{edn}版"
    n_chief, n_dep, n_board = ctx.rng.randint(1, 2), ctx.rng.randint(0, 3), ctx.rng.randint(0, 6)
    allnames = people(ctx, n_chief + n_dep + n_board + 2)
    chief, dep, board = allnames[:n_chief], allnames[n_chief:n_chief + n_dep], allnames[n_chief + n_dep:n_chief + n_dep + n_board]
    ed_name = allnames[-1]
    roles = [(n, "editor_in_chief") for n in chief] + [(n, "deputy_editor") for n in dep] + [(n, "editorial_board") for n in board]
    scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    issued: str | None = f"{y}-{m:02d}"
    translator = None
    if v == "translation":
        orig = ctx.rng.choice(FOREIGN)
        translator = allnames[:ctx.rng.randint(1, 2)]
        roles = [(orig, "author")] + [(n, "translator") for n in translator]
    if v == "copyright":
        roles = [(n, "editor_in_chief") for n in chief]

    def copyright_page(pg: Page, y0: float = 30) -> None:
        yy = kit.line(pg, ctx, 24, y0, "图书在版编目（CIP）数据", 12, font=ctx.bold)
        if translator:
            who = f"{roles[0][0]}著；{'，'.join(translator)}译"
        else:
            who = "，".join(chief) + "主编"
        yy = para(pg, ctx, 24, yy + 2, pg.w - 48, f"{title} / {who}. —{PUB_CITY[pub]}：{pub}，{y}.{m}", 10.5)
        yy = kit.line(pg, ctx, 30, yy, f"ISBN {isbn}", 10.5)
        yy = kit.line(pg, ctx, 30, yy, f"Ⅰ. ①{title[:4]}…  Ⅱ. ①{roles[0][0][-3:]}…  Ⅲ. ①{p.topic[:2]}  Ⅳ. ①{pick(ctx, 'clc2', ('R614', 'S66', 'TD7', 'G633', 'TU723', 'G25', 'S85'))}", 10.5)  # fmt: skip
        yy = kit.line(pg, ctx, 24, yy + 2, f"中国版本图书馆CIP数据核字（{y}）第{ctx.rng.randint(100000, 299999)}号", 10.5)
        pg.line(24, yy + 3, pg.w - 24, yy + 3, 0.3)
        kv(pg, ctx, 24, yy + 8, [("责任编辑", ed_name), ("出版发行", pub), ("地    址", f"{PUB_CITY[pub]}市{ctx.rng.choice(('西城区', '朝阳区', '市中区', '历下区'))}"),
                                ("印    刷", f"{ctx.rng.choice(('山东新华', '北京华联', '济南精致'))}印刷有限公司"),
                                ("开    本", "787mm×1092mm  1/16"), ("印    张", f"{ctx.rng.randint(10, 30)}.5"),
                                ("字    数", f"{ctx.rng.randint(180, 600)}千字"), ("版    次", edition),
                                ("印    次", f"{y}年{m}月第1次印刷"), ("书    号", f"ISBN {isbn}"),
                                ("定    价", f"{ctx.rng.randint(28, 128)}.00元")], 10.5, label_w=24, gap=1.85)  # fmt: skip

    def title_page(pg: Page) -> None:
        y0 = head(pg, ctx, 70, title, 22 if len(title) <= 12 else 17)
        if translator:
            y0 = kit.line(pg, ctx, pg.w / 2, y0 + 20, f"{roles[0][0]}  著", 14, align="c")
            kit.line(pg, ctx, pg.w / 2, y0 + 4, f"{'  '.join(translator)}  译", 14, align="c")
        else:
            y0 = kit.line(pg, ctx, pg.w / 2, y0 + 20, f"主  编  {'  '.join(chief)}", 13, align="c")
            if dep:
                y0 = kit.line(pg, ctx, pg.w / 2, y0 + 2, f"副主编  {'  '.join(dep)}", 12, align="c")
            if board:
                y0 = kit.line(pg, ctx, pg.w / 2, y0 + 2, f"编  委  {'  '.join(board)}", 11, align="c")
        pg.text(pg.w / 2, 250, pub, 14, ctx.body, "c")

    if v == "cover":
        scored = ["title", "people", "issuer", "book.publisher"]
        isbn = edition = None  # type: ignore[assignment]
        issued = None
        pg = Page(bg=(ctx.rng.randint(200, 240), ctx.rng.randint(215, 240), ctx.rng.randint(200, 235)))
        pg.rect(0, 40, pg.w, 120, 0, fill=(40, 80, 60))
        para(pg, ctx, 20, 60, pg.w - 40, title, 28, indent=False, font=ctx.bold)
        yy = 150
        for lab, grp in (("主编", chief), ("副主编", dep), ("编委", board)):
            if grp:
                yy = kit.line(pg, ctx, pg.w / 2, yy, f"{lab}  {'  '.join(grp)}", 12, align="c")
        kit.line(pg, ctx, pg.w / 2, 262, pub, 15, font=ctx.bold, align="c")
        pages = [pg]
    elif v == "copyright":
        pg = Page()
        copyright_page(pg, 120)
        pages = [pg]
    elif v in ("titlecip", "translation"):
        pg1 = Page()
        title_page(pg1)
        if translator:
            pg1.text(pg1.w / 2, 52, "（原书第2版）" if ctx.rng.random() < 0.3 else "", 11, ctx.body, "c")
        pg2 = Page()
        copyright_page(pg2, 110)
        if translator:
            pg2.text(24, 90, f"著作权合同登记号：图字01-{y - 1}-{ctx.rng.randint(1000, 9999)}", 10, ctx.body)
        pages = [pg1, pg2]
    elif v == "board":
        pg1 = Page()
        y0 = head(pg1, ctx, 40, "编  委  会", 18)
        y0 = kv(pg1, ctx, 50, y0 + 12, [("主    编", "  ".join(chief))] + ([("副 主 编", "  ".join(dep))] if dep else [])
                + ([("编    委", "  ".join(board[:3]))] if board else []), 13, label_w=30)  # fmt: skip
        if len(board) > 3:
            kit.line(pg1, ctx, 80, y0 - 2, "  ".join(board[3:]), 13)
        pg1.text(50, 150, "（编委按姓氏笔画排序）", 10, ctx.body, "l", GREY)
        pg2 = Page()
        copyright_page(pg2, 100)
        pages = [pg1, pg2]
    else:  # shop
        isbn = isbn.replace("-", "")
        edition = f"第{edn}版"
        pg, yy = kit.web_page(ctx, "新华书店网上商城", "https://item.example-books.cn/" + serial(ctx, "", 9), 240, 150)
        pg.rect(16, 40, 76, 120, 0.2, (180, 180, 180), (225, 232, 228))
        pg.text(46, 70, title[:5], 10, ctx.bold, "c")
        yy = para(pg, ctx, 86, 42, 140, title, 14, indent=False, font=ctx.bold)
        auth = "，".join(chief) + " 主编" + ("；" + "，".join(dep) + " 副主编" if dep else "")
        roles = [(n, "editor_in_chief") for n in chief] + [(n, "deputy_editor") for n in dep]
        kv(pg, ctx, 86, yy + 2, [("作者", auth), ("出版社", pub), ("出版时间", fm(y, m, "iso")), ("版次", edition), ("ISBN", isbn),
                                 ("开本", "16开"), ("定价", f"¥{ctx.rng.randint(28, 128)}.00")], 10)  # fmt: skip
        pg.rect(86, 128, 130, 138, 0, fill=(220, 40, 40))
        pg.text(108, 130, "加入购物车", 9, ctx.body, "c", (255, 255, 255))
        pages = [pg]
    fields = {"title": title, "issuer": pub, "issued_on": issued, "people": [person(n, i + 1, r) for i, (n, r) in enumerate(roles)],
              "book": {"isbn": isbn, "publisher": pub, "edition": edition}}  # fmt: skip
    claim = ctx.rng.choice(translator or [n for n, _ in roles])
    return Doc("book", layout, pages, fields, scored, _claim(claim, y))


# ---- patents ---------------------------------------------------------------------------------------
THINGS = {
    "mining": ("矿用瓦斯浓度监测报警装置", "煤矿巷道支护锚杆", "井下人员定位识别卡", "尾矿库坝体位移监测装置"),
    "anaesthesia": ("麻醉用可视喉镜", "神经阻滞穿刺针固定架", "麻醉面罩防漏气结构", "术后镇痛泵保护套"),
    "paednurse": ("儿科输液固定装置", "新生儿保暖包被", "小儿雾化吸入面罩", "儿童静脉留置针保护罩"),
    "english": ("英语教学用单词卡片展示架", "英语听力训练装置", "多功能英语教学白板", "英语口语练习辅助器"),
    "history": ("历史教学用时间轴演示装置", "历史文物模型展示台", "历史地图教学挂架", "多媒体历史教学柜"),
    "fruit": ("果树修剪用高枝剪", "苹果套袋辅助器", "果园水肥一体化滴灌装置", "大樱桃防雨棚支架"),
    "cost": ("工程造价预算用计算装置", "建筑工程量测量尺", "造价资料归档柜", "工程图纸展示架"),
    "library": ("图书馆用图书消毒柜", "图书自助借还架", "古籍修复用压平装置", "书架层板调节结构"),
    "vet": ("兽用保定架", "畜禽疫苗注射器", "动物采血固定装置", "兽用灌药器"),
}
KIND_DIGIT = {"invention": "1", "utility_model": "2", "design": "3"}
KIND_WORD = {"invention": ("发明专利证书", "发明名称", "发明人"), "utility_model": ("实用新型专利证书", "实用新型名称", "发明人"),
             "design": ("外观设计专利证书", "外观设计名称", "设计人")}  # fmt: skip


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "patent_certificate")
    p = pro(ctx)
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(v) or pick(
        ctx, "patkind", ("invention", "utility_model", "design"))
    thing = ctx.rng.choice(THINGS[p.field])
    title = ("一种" + thing) if kind != "design" else thing.replace("装置", "").replace("结构", "") or thing
    applied = day(ctx, 2015, 2022)
    granted = after(ctx, applied, 500, 1100) if kind == "invention" else after(ctx, applied, 150, 360)
    digits = f"{applied.year}{KIND_DIGIT[kind]}{ctx.rng.randint(0, 9999999):07d}"
    number = f"ZL{digits}.{zl_check(digits)}"
    spaced = f"ZL {digits[:4]} {digits[4]} {digits[5:]}.{number[-1]}"
    inv = people(ctx, ctx.rng.randint(1, 6))
    owner = p.work
    st = style(ctx, ("cn", "cnpad", "dot", "iso"))
    heading, namelab, invlab = KIND_WORD[kind]
    certno = f"第{ctx.rng.randint(1000000, 6999999)}号"
    director = people(ctx, 1)[0]
    while any(director in n or n in director for n in inv):
        director = people(ctx, 1)[0]
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    pubno = f"CN {ctx.rng.randint(100000000, 119999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"
    lawtext = {"invention": "本发明经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发发明专利证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。专利权期限为二十年，自申请日起算。",
               "utility_model": "本实用新型经过本局依照中华人民共和国专利法进行初步审查，决定授予专利权，颁发实用新型专利证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。专利权期限为十年，自申请日起算。",
               "design": "本外观设计经过本局依照中华人民共和国专利法进行初步审查，决定授予专利权，颁发外观设计专利证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。专利权期限为十五年，自申请日起算。"}[kind]  # fmt: skip

    def cert(pg: Page, x0: float = 24, y0: float = 30, w: float | None = None) -> float:
        w = w or pg.w - 2 * x0
        cx = x0 + w / 2
        pg.text(cx, y0 - 10, "中华人民共和国国家知识产权局", 10, ctx.body, "c", GREY)
        pg.text(cx, y0, heading, 24, ctx.bold, "c")
        pg.text(cx, y0 + 14, certno, 12, ctx.body, "c")
        yy = kv(pg, ctx, x0 + 4, y0 + 28, [(namelab, title), (invlab, "；".join(inv)), ("专利号", spaced),
                                           ("专利申请日", fd(applied, st)), ("专利权人", owner),
                                           ("地址", address(ctx, p.city)), ("授权公告日", fd(granted, st)),
                                           ("授权公告号", pubno)], 11.5, gap=2.0)  # fmt: skip
        yy = para(pg, ctx, x0 + 4, yy + 4, w - 8, lawtext, 11, lead=1.9)
        yy = para(pg, ctx, x0 + 4, yy + 2, w - 8, "本证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、国籍、地址变更等事项记载在专利登记簿上。", 11, lead=1.9)  # fmt: skip
        pg.text(x0 + w - 60, yy + 12, "局长", 12, ctx.body)
        pg.text(x0 + w - 46, yy + 10, director, 16, ctx.hand)
        kit.seal(pg, ctx, x0 + w - 40, yy + 14, "国家知识产权局", 18)
        return yy + 30

    if v in ("invention", "utility", "design"):
        pg = Page()
        frame(pg, ctx, 2)
        cert(pg)
        pg.text(24, 280, "第 1 页（共 2 页）" if ctx.rng.random() < 0.3 else "", 9, ctx.body, "l", GREY)
        pages = [pg]
    elif v == "twopage":
        pg = Page()
        frame(pg, ctx, 2)
        cert(pg)
        pg.text(pg.w / 2, 282, "第 1 页（共 2 页）", 9, ctx.body, "c", GREY)
        pg2 = Page()
        frame(pg2, ctx, 2)
        yy = kit.line(pg2, ctx, 26, 30, f"专利号：{spaced}", 11)
        yy = para(pg2, ctx, 26, yy + 2, pg2.w - 52, "专利权人应当依照专利法及其实施细则规定缴纳年费。本专利的年费应当在每年"
                  f"{applied.month:02d}月{applied.day:02d}日前缴纳。未按照规定缴纳年费的，专利权自应当缴纳年费期满之日起终止。", 10.5)
        yy = para(pg2, ctx, 26, yy, pg2.w - 52, "申请日时本专利记载的申请人、发明人信息如下：", 10.5)
        yy = kit.line(pg2, ctx, 26, yy, f"申请人：{owner}", 10.5)
        kit.line(pg2, ctx, 26, yy, f"{invlab}：{'，'.join(inv)}", 10.5)
        pg2.text(pg2.w / 2, 282, "第 2 页（共 2 页）", 9, ctx.body, "c", GREY)
        pages = [pg, pg2]
    elif v == "query":
        pg, yy = kit.web_page(ctx, "中国及多国专利审查信息查询", "https://cpquery.cponline.cnipa.gov.cn/detail/index?zhuanlisqh=" + digits, 250, 150)
        rows = [["申请号/专利号", number[2:], "申请日", fd(applied, "iso")], ["发明名称", title, "案件状态", "专利权维持"],
                ["申请人", owner, "授权公告日", fd(granted, "iso")], [invlab, "、".join(inv), "专利类型", heading[:-4]]]  # fmt: skip
        pg.table(14, yy, [34, 110, 30, 46], rows, 9.5, ctx.body, 12)
        pg.text(14, yy + 56, "数据来源：国家知识产权局  仅供参考，以专利证书及登记簿记载为准", 8, ctx.body, "l", GREY)
        pages = [pg]
    else:  # folder
        pg = Page(bg=(120, 22, 28))
        pg.rect(16, 14, pg.w - 16, pg.h - 14, 0, fill=(250, 248, 240))
        cert(pg, 22, 24, pg.w - 44)
        pages = [pg]
    fields = {"title": title, "people": _ppl(inv, "inventor"), "issuer": "国家知识产权局", "issued_on": iso(granted),
              "patent": {"kind": kind, "number": number, "applied_on": iso(applied), "granted_on": iso(granted)}}  # fmt: skip
    return Doc("patent_certificate", layout, pages, fields, scored, _claim(ctx.rng.choice(inv), granted.year))


# ---- awards ----------------------------------------------------------------------------------------
GRADES = ("一等奖", "二等奖", "三等奖")
SOCIETY_AWARDS = {"mining": ("山东煤炭学会", "山东省煤炭工业科学技术奖"), "anaesthesia": ("山东省医学会", "山东医学科技奖"),
                  "paednurse": ("山东省护理学会", "山东护理科技奖"), "english": ("山东省教育学会", "山东省教育学会教育科研成果奖"),
                  "history": ("山东省历史学会", "山东省历史学会优秀成果奖"), "fruit": ("山东省园艺学会", "山东省园艺学会科学技术奖"),
                  "cost": ("山东省建设工程造价管理协会", "山东省工程造价优秀成果奖"), "library": ("山东省图书馆学会", "山东省图书馆学会优秀成果奖"),
                  "vet": ("山东省畜牧兽医学会", "山东省畜牧兽医科学技术奖")}  # fmt: skip
BUREAU = {"mining": "{c}市应急管理局", "anaesthesia": "{c}市卫生健康委员会", "paednurse": "{c}市卫生健康委员会",
          "english": "{c}市教育局", "history": "{c}市教育局", "fruit": "{c}市农业农村局", "cost": "{c}市住房和城乡建设局",
          "library": "{c}市文化和旅游局", "vet": "{c}市农业农村局"}  # fmt: skip


def award_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "award_certificate")
    p = pro(ctx)
    year = ctx.rng.randint(2017, 2024)
    issued = dt.date(year + ctx.rng.choice((0, 1)), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    st = style(ctx)
    grade = ctx.rng.choice(GRADES)
    proj = p.topic.replace("解读", "") + pick(ctx, "awsuffix", ("关键技术研究与应用", "集成创新与推广", "研究", "体系构建与实践"))
    n = ctx.rng.randint(2, 7)
    team = people(ctx, n)
    rank = ctx.rng.randint(1, min(n, 5))
    who = team[rank - 1]
    holder: str | None = who
    ppl = [person(who, rank, "awardee")]
    certno = serial(ctx, f"{year}-", 5)
    yeartag = f"{year}年度"
    scored = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.level", "award.grade"]
    if v in ("honour", "team"):
        r = ctx.rng.random()
        if r < 0.35:
            issuer, level, aname = f"{p.city}市人民政府", "municipal", f"{p.city}市科学技术进步奖"
        elif r < 0.6:
            issuer, level, aname = f"{p.county}人民政府", "county", f"{p.county}科学技术进步奖"
        elif r < 0.8:
            issuer, level, aname = "山东省人民政府", "provincial", "山东省科学技术进步奖"
        else:
            issuer, level, aname = "山东省农业农村厅", "bureau", "山东省农牧渔业丰收奖"
        kind = "science_technology"
    elif v == "contest":
        issuer, level, kind = BUREAU[p.field].format(c=p.city), "bureau", "competition"
        aname = f"{p.city}市{pick(ctx, 'contest', ('专业技术人员职业技能竞赛', '青年岗位能手技能大赛', '业务技能比武', '教学能力大赛'))}"
        grade = ctx.rng.choice(("特等奖",) + GRADES)
        yeartag = f"{year}年"
        proj = f"{p.topic.replace('解读', '')}" + pick(ctx, "entry", ("展示", "案例", "实操项目", "教学设计"))
        ppl = [person(who, 1, "awardee")]
    elif v == "socsci":
        who2 = team[:ctx.rng.randint(1, 2)]
        gov = ctx.rng.choice(((f"{p.city}市人民政府", "municipal", f"{p.city}市社会科学优秀成果奖"),
                              ("山东省人民政府", "provincial", "山东省社会科学优秀成果奖"),
                              (f"{p.county}人民政府", "county", f"{p.county}社会科学优秀成果奖")))  # fmt: skip
        issuer, level, aname = gov
        kind = "social_science"
        proj = f"{p.city}{p.topic.replace('解读', '')[:8]}的调查与思考"
        ppl = _ppl(who2, "awardee")
        who = ctx.rng.choice(who2)
        holder = who2[0] if len(who2) == 1 else None
    elif v == "society":
        issuer, aname = SOCIETY_AWARDS[p.field]
        level, kind = None, "science_technology"
    else:  # merit
        issuer, level, kind = BUREAU[p.field].format(c=p.city), "bureau", "other"
        aname = f"{p.city}市{pick(ctx, 'merit', ('优秀科技论文', '优秀学术论文', '优秀调研报告'))}评选"
        yeartag = f"{year}年"
        proj = p.topic.replace("解读", "") + "的实践与思考"
        ppl = [person(who, 1, "awardee")]
    shown = yeartag + aname
    pages: list[Page] = []
    if v == "team":
        holder = None
        ppl = _ppl(team, "awardee")
        who = ctx.rng.choice(team)
        pg = Page(w=297, h=210)
        frame(pg, ctx, 3)
        head(pg, ctx, 26, "获  奖  证  书", 28, RED)
        kv(pg, ctx, 46, 56, [("项目名称", proj), ("奖励类别", shown), ("奖励等级", grade), ("完成单位", p.work),
                             ("完 成 人", "、".join(team[:4]))], 13, label_w=32, gap=2.1)  # fmt: skip
        if len(team) > 4:
            pg.text(78, 56 + 5 * 13 * 0.3528 * 2.1, "、".join(team[4:]), 13, ctx.body)
        pg.text(46, 178, f"证书号：{certno}", 10, ctx.body, "l", GREY)
        sign(pg, ctx, pg.w - 40, 150, issuer, fd(issued, st), 13)
    elif v == "socsci":
        pg = Page()
        frame(pg, ctx, 2)
        head(pg, ctx, 44, "荣 誉 证 书", 28, RED)
        y = kv(pg, ctx, 34, 84, [("成果名称", f"《{proj}》"), ("成果形式", "调研报告"), ("作    者", "、".join(n_["name"] for n_ in ppl)),
                                ("获奖等级", f"{shown}{grade}")], 13, label_w=30, gap=2.2)  # fmt: skip
        pg.text(34, y + 10, "特发此证，以资鼓励。", 13, ctx.body)
        sign(pg, ctx, pg.w - 32, 210, issuer, fd(issued, st), 13)
        pg.text(34, 262, f"证书编号：{certno}", 10, ctx.body, "l", GREY)
    elif v == "contest":
        pg = Page(w=297, h=210)
        frame(pg, ctx, 2)
        head(pg, ctx, 30, "荣誉证书", 30, (170, 120, 30))
        pg.text(40, 66, who, 17, ctx.hand)
        pg.text(40 + width_mm(who, ctx.hand, 17) + 2, 68, f"（{p.work}）：", 13, ctx.body)
        para(pg, ctx, 40, 84, pg.w - 80, f"在{shown}中，参赛项目“{proj}”荣获{grade}。", 15, lead=2.0)
        pg.text(40, 184, f"编号：{certno}", 10, ctx.body, "l", GREY)
        sign(pg, ctx, pg.w - 44, 140, issuer, fd(issued, st), 13)
    else:  # honour, society, merit
        pg = Page()
        frame(pg, ctx, ctx.rng.choice((2, 3)))
        head(pg, ctx, 46, "荣 誉 证 书" if v != "society" else "获 奖 证 书", 30, RED)
        pg.text(30, 100, who, 17, ctx.hand)
        pg.text(30 + width_mm(who, ctx.hand, 17) + 2, 102, "同志：", 14, ctx.body)
        if v == "merit":
            txt = f"你撰写的论文《{proj}》在{shown}中荣获{grade}。特发此证，以资鼓励。"
        else:
            txt = f"你参与完成的“{proj}”项目荣获{shown}{grade}（第{rank}完成人）。特发此证，以资鼓励。"
        para(pg, ctx, 30, 116, pg.w - 60, txt, 14, lead=2.0)
        sign(pg, ctx, pg.w - 32, 205, issuer, fd(issued, st), 13)
        pg.text(30, 262, f"证书号：{certno}", 10, ctx.body, "l", GREY)
    pages = [pg]
    if level is None:
        scored.remove("award.level")
    fields = {"holder": holder, "title": proj, "people": ppl, "issuer": issuer, "issued_on": iso(issued),
              "award": {"name": aname, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
    return Doc("award_certificate", layout, pages, fields, scored, _claim(who, issued.year))


# ---- project completion ----------------------------------------------------------------------------
PROJ_ISSUERS = {
    "mining": ("{c}市科学技术局", "山东省应急管理厅"), "anaesthesia": ("山东省卫生健康委员会", "{c}市科学技术局"),
    "paednurse": ("山东省卫生健康委员会", "{c}市卫生健康委员会"), "english": ("山东省教育科学规划领导小组办公室", "{c}市教育科学规划办公室"),
    "history": ("山东省教育科学规划领导小组办公室", "{c}市社会科学界联合会"), "fruit": ("{c}市科学技术局", "山东省农业农村厅"),
    "cost": ("{c}市住房和城乡建设局", "{c}市科学技术局"), "library": ("{c}市社会科学界联合会", "山东省文化和旅游厅"),
    "vet": ("{c}市科学技术局", "山东省农业农村厅"),
}  # fmt: skip


def project_completion(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "project_completion")
    p = pro(ctx)
    issuer = ctx.rng.choice(PROJ_ISSUERS[p.field]).format(c=p.city)
    title = p.topic.replace("解读", "") + pick(ctx, "projsuffix", ("的实践研究", "应用研究", "推广与示范", "的对策研究", "体系建设研究"))
    start = day(ctx, 2016, 2022)
    issued = after(ctx, start, 400, 1000)
    st = style(ctx)
    team = people(ctx, ctx.rng.randint(3, 6))
    leader, members = team[0], team[1:]
    code = f"{start.year}{pick(ctx, 'projcode', ('TAKJ', 'YTSK', 'SDJK', 'WJW', 'NK'))}{ctx.rng.randint(1, 299):03d}"
    result = ctx.rng.choice(("优秀", "良好", "合格"))
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    holder: str | None = None
    names = team
    if v == "certificate":
        pg = Page()
        frame(pg, ctx, 2)
        head(pg, ctx, 44, "结 题 证 书", 28, RED)
        y = kv(pg, ctx, 32, 82, [("项目名称", title), ("项目编号", code), ("承担单位", p.work), ("主 持 人", leader),
                                ("主要成员", "、".join(members)), ("结题等级", result)], 12.5, label_w=28, gap=2.2)  # fmt: skip
        para(pg, ctx, 32, y + 6, pg.w - 64, "该项目已完成研究任务，经专家组鉴定，准予结题。特发此证。", 12.5)
        sign(pg, ctx, pg.w - 32, 215, issuer, fd(issued, st), 12.5)
        pages = [pg]
    elif v in ("leaderonly", "letter"):
        holder, names = leader, [leader]
        pg = Page()
        if v == "leaderonly":
            head(pg, ctx, 44, "结 题 证 明", 24)
            txt = (f"兹证明{p.work}{leader}同志主持的课题《{title}》（立项编号：{code}），已按计划完成研究任务，"
                   f"经专家组评审，鉴定等级为“{result}”，准予结题。")  # fmt: skip
            y = para(pg, ctx, 28, 76, pg.w - 56, txt, 13, lead=2.0)
            y = para(pg, ctx, 28, y, pg.w - 56, "特此证明。", 13, lead=2.0)
        else:
            head(pg, ctx, 40, "课题结题通知书", 22)
            pg.text(28, 66, f"{leader}同志：", 13, ctx.body)
            txt = (f"你主持的{code}号课题“{title}”，自{fd(start, st)}立项以来，按计划开展研究。经审核鉴定，"
                   f"同意结题，鉴定结论为{result}。请做好成果的推广应用工作。")  # fmt: skip
            y = para(pg, ctx, 28, 78, pg.w - 56, txt, 13, lead=2.0)
            pg.text(28, 270, f"抄送：{p.work}科研管理部门", 10, ctx.body, "l", GREY)
        sign(pg, ctx, pg.w - 30, y + 24, issuer, fd(issued, st), 13)
        pages = [pg]
    elif v == "appraisal":
        pg = Page(w=297, h=210)
        head(pg, ctx, 14, "科研项目结题鉴定证书", 18)
        rows = [["项目名称", title, "项目编号", code], ["承担单位", p.work, "鉴定结论", result],
                ["起止时间", f"{fd(start, st)}—{fd(issued, st)}", "主持人", leader]]  # fmt: skip
        y = pg.table(20, 30, [28, 120, 28, 81], rows, 10, ctx.body, 11)
        mem = [["排名", "姓名", "工作单位", "分工"]] + [[str(i + 1), n_, p.work, "主持" if i == 0 else "参与研究"] for i, n_ in enumerate(team)]
        y = pg.table(20, y + 6, [20, 40, 137, 60], mem, 10, ctx.body, 9, header_font=ctx.bold)
        sign(pg, ctx, pg.w - 36, y + 14, issuer, fd(issued, st), 11)
        pages = [pg]
    elif v == "twopage":
        pg = Page()
        frame(pg, ctx, 1)
        head(pg, ctx, 50, "结 题 证 书", 28)
        y = kv(pg, ctx, 32, 90, [("课题名称", title), ("课题编号", code), ("负 责 人", leader), ("鉴定等级", result)], 13, label_w=28)
        pg.text(32, y + 4, "（课题组成员见第2页）", 10, ctx.body, "l", GREY)
        sign(pg, ctx, pg.w - 32, 220, issuer, fd(issued, st), 13)
        pg2 = Page()
        head(pg2, ctx, 24, "课题组成员名单", 16)
        mem = [["序号", "姓名", "单位", "职称"]] + [[str(i + 1), n_, p.work, p.title] for i, n_ in enumerate(team)]
        pg2.table(22, 40, [16, 32, 86, 32], mem, 10.5, ctx.body, 10, header_font=ctx.bold)
        pages = [pg, pg2]
    else:  # ranked
        pg = Page()
        frame(pg, ctx, 3)
        head(pg, ctx, 40, "结 项 证 书", 28, RED)
        pg.text(pg.w - 26, 24, f"证书编号：{serial(ctx, 'JX', 7)}", 9, ctx.body, "r", GREY)
        y = kv(pg, ctx, 30, 76, [("项目名称", title), ("立项编号", code), ("项目负责人", leader)], 12.5, label_w=32)
        y = kit.line(pg, ctx, 30, y, "项目组成员（按贡献排序）：", 12.5)
        for i, n_ in enumerate(members):
            y = kit.line(pg, ctx, 40, y, f"{i + 2}. {n_}", 12.5)
        y = para(pg, ctx, 30, y + 4, pg.w - 60, f"经审核，该项目完成了预期研究任务，予以结项，结项等级：{result}。", 12.5)
        sign(pg, ctx, pg.w - 32, y + 18, issuer, fd(issued, st), 12.5)
        pages = [pg]
    ppl = [person(n_, i + 1, "project_leader" if i == 0 else "project_member") for i, n_ in enumerate(names)]
    fields = {"holder": holder, "title": title, "people": ppl, "issuer": issuer, "issued_on": iso(issued)}
    return Doc("project_completion", layout, pages, fields, scored, _claim(ctx.rng.choice(names), issued.year))
