"""Draw 13's publication proofs: journal pages and books (patents, awards and projects are in grants)."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind13 import marks, topics
from bench.blind13.grants import award_certificate, patent_certificate, project_completion
from bench.blind13.journals import Article, Issue, article, journal_fields, pick_issue
from bench.blind13.pools import Ctx, cn_small, cn_year, isbn_digit, people, rdate
from bench.generator.truth import person

__all__ = ["journal_article", "book", "patent_certificate", "award_certificate", "project_completion"]

J_META = ["journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue", "journal.levels"]


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("ja")
    return {
        "firstpage": _ja_firstpage,
        "cover": _ja_cover,
        "contents": _ja_contents,
        "issue": _ja_issue,
        "masthead": _ja_masthead,
        "dbprint": _ja_dbprint,
    }[v](ctx, ctx.layout("ja", v))


def _jdoc(layout: str, pages: list[Page], iss: Issue, art: Article, claim: str, full: bool) -> Doc:
    fields = {"title": art.title, "people": [person(n, i + 1, "author") for i, n in enumerate(art.authors)],
              "journal": journal_fields(iss)}  # fmt: skip
    scored = (["title", "people"] if full else []) + J_META + (["journal.volume"] if iss.volume else [])
    return Doc("journal_article", layout, pages, fields, scored, {"person": claim, "year": iss.year}, None)


def _vol_issue(iss: Issue) -> str:
    return (f"第{iss.volume}卷 " if iss.volume else "") + f"第{iss.issue}期"


def _first_page(pg: Page, ctx: Ctx, iss: Issue, art: Article, top: float = 14, with_ids: bool = True) -> None:
    """An article's first page: running head, title, superscripted byline, affiliations, abstract, footnote."""
    rng = ctx.rng
    left = f"{iss.name}" if not with_ids else f"{iss.name}　{iss.year}年{iss.month}月"
    pg.text(18, top, left, 9, ctx.body)
    pg.text(192, top, _vol_issue(iss), 9, ctx.body, "r")
    pg.line(18, top + 5, 192, top + 5, 0.4)
    if with_ids:
        pg.text(18, top + 7, f"ISSN {iss.issn}　CN {iss.cn}", 8, ctx.body, "l", (80, 80, 80))
    y = top + 20
    y = _centre_wrap(pg, ctx, y, art.title, 17)
    multi = len(art.units) > 1
    parts: list[tuple[str, bool]] = []
    for i, a in enumerate(art.authors):
        parts.append((a, False))
        parts.append(("1,2" if multi and i == 0 else ("2" if multi and i % 2 else "1"), True))
        if i < len(art.authors) - 1:
            parts.append(("，", False))
    y = pg.runs(pg.w / 2, y + 2, parts, 12, ctx.body)
    aff = "；".join(f"{i + 1}．{u}" for i, u in enumerate(art.units))
    pg.text(pg.w / 2, y, f"（{aff}）", 9, ctx.body, "c")
    y += 10
    abstract = (
        f"目的　探讨{art.title.split('的')[0]}相关问题。方法　选取样本进行对照分析，采用统计学方法比较各组差异。"
        "结果　两组主要指标差异有统计学意义（P<0.05）。结论　该方法具有一定推广价值，可为实践提供参考。"
    )
    y = pg.wrap(24, y, 162, "摘要：" + abstract, 9.5, ctx.body, 1.7)
    y = pg.wrap(24, y + 1, 162, "关键词：" + "；".join(rng.sample(["影响因素", "风险评估", "模型", "临床应用", "试验", "优化"], 4)),
                9.5, ctx.body, 1.7)  # fmt: skip
    code = rng.choice(["R", "TU", "S", "X", "TP", "G"]) + str(rng.randint(1, 999))
    pg.text(24, y + 1, f"中图分类号：{code}　　文献标识码：A", 9.5, ctx.body)
    if with_ids:
        pg.text(24, y + 7, f"文章编号：{iss.issn}({iss.year}){int(iss.issue):02d}-{art.pages[0]:04d}-{art.pages[1] - art.pages[0]:02d}", 9.5, ctx.body)  # fmt: skip
    y += 18
    for _ in range(9):
        pg.line(18, y, 102, y, 0.15, (180, 180, 180))
        pg.line(108, y, 192, y, 0.15, (180, 180, 180))
        y += 6
    pg.line(18, 262, 70, 262, 0.3)
    d = rdate(rng, iss.year - 1, iss.year - 1)
    pg.text(18, 265, f"收稿日期：{d.year}-{d.month:02d}-{d.day:02d}", 8, ctx.body)
    pg.text(18, 270, f"基金项目：{rng.choice(['国家自然科学基金', '省自然科学基金', '省重点研发计划'])}（{rng.randint(10**7, 10**8 - 1)}）", 8, ctx.body)  # fmt: skip
    pg.text(18, 275, f"作者简介：{art.authors[0]}（{rng.randint(1970, 1995)}—），{rng.choice('男女')}，{rng.choice(['硕士', '博士', '本科'])}，"
            f"{rng.choice(['主治医师', '副教授', '工程师', '讲师'])}，研究方向：{rng.choice(topics.PAPER_A[art.field])}。", 8, ctx.body)  # fmt: skip
    pg.text(pg.w / 2, 285, str(art.pages[0]), 9, ctx.body, "c")


def _centre_wrap(pg: Page, ctx: Ctx, y: float, s: str, size: float, width: float = 160) -> float:
    if width_mm(s, ctx.bold, size) <= width:
        pg.text(pg.w / 2, y, s, size, ctx.bold, "c")
        return y + size * 0.3528 * 1.7
    cut = len(s) // 2
    pg.text(pg.w / 2, y, s[:cut], size, ctx.bold, "c")
    pg.text(pg.w / 2, y + size * 0.3528 * 1.6, s[cut:], size, ctx.bold, "c")
    return y + size * 0.3528 * 3.3


def _ja_firstpage(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    iss = pick_issue(rng, with_boss=False, with_volume=rng.random() < 0.75)
    art = article(rng, iss)
    pg = Page()
    _first_page(pg, ctx, iss, art)
    return _jdoc(layout, [pg], iss, art, rng.choice(art.authors), True)


def _others(rng, iss: Issue, claimed: Article, n: int) -> list[Article]:  # noqa: ANN001
    """`n` more articles of the issue, none sharing a title or an author with another."""
    seen, names, out = {claimed.title}, set(claimed.authors), []
    while len(out) < n:
        a = article(rng, iss)
        if a.title not in seen and not names & set(a.authors):
            seen.add(a.title)
            names |= set(a.authors)
            out.append(a)
    return out


def _cover(pg: Page, ctx: Ctx, iss: Issue, claimed: Article) -> None:
    """A cover: masthead band, year/volume/issue, a 本期要目 box naming a few articles, IDs and barcode."""
    rng = ctx.rng
    colour = rng.choice([(30, 80, 140), (120, 30, 40), (20, 100, 80), (90, 60, 130)])
    pg.rect(0, 0, pg.w, 92, 0, colour, colour)
    pg.text(20, 12, iss.freq, 12, ctx.body, "l", (255, 255, 255))
    size = 40 if len(iss.name) <= 6 else 30 if len(iss.name) <= 9 else 22
    pg.text(pg.w / 2, 36, iss.name, size, ctx.bold, "c", (255, 255, 255))
    yr = f"{iss.year}年" + (f" 第{iss.volume}卷 " if iss.volume else " ") + f"第{iss.issue}期"
    pg.text(pg.w / 2, 100, yr, 16, ctx.bold, "c", colour)
    pg.rect(26, 114, 184, 226, 0, (220, 226, 232), (230, 235, 240))
    pg.text(32, 119, "本期要目", 13, ctx.bold, "l", colour)
    arts = _others(rng, iss, claimed, 3)
    arts.insert(rng.randrange(4), claimed)
    y = 130
    for a in arts:
        t = a.title if width_mm(a.title, ctx.body, 10.5) <= 146 else a.title[:26]
        pg.text(32, y, t, 10.5, ctx.body)
        if t != a.title:
            y += 5.5
            pg.text(32, y, a.title[26:], 10.5, ctx.body)
        pg.text(178, y + 6, "　".join(a.authors), 9, ctx.body, "r", (70, 70, 70))
        y += 16
    pg.text(pg.w / 2, 230, rng.choice(["中国科技核心期刊", "中国科学引文数据库来源期刊", "本刊已被多家数据库收录"]), 10, ctx.body, "c",
            (90, 90, 90))  # fmt: skip
    y = 240
    if iss.boss:
        pg.text(20, y, f"主管：{iss.boss}", 11, ctx.body)
        y += 7
    pg.text(20, y, f"主办：{iss.host}", 11, ctx.body)
    marks.barcode(pg, 140, 248, 50, 18, rng.randint(0, 10**6))
    pg.text(165, 268, f"ISSN {iss.issn}", 9, ctx.body, "c")
    pg.text(20, 268, f"CN {iss.cn}", 11, ctx.body)
    pg.text(20, 276, f"ISSN {iss.issn}", 11, ctx.body)


def _ja_cover(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    iss = pick_issue(rng, with_boss=rng.random() < 0.6, with_volume=rng.random() < 0.6)
    art = article(rng, iss)
    pg = Page()
    _cover(pg, ctx, iss, art)
    return _jdoc(layout, [pg], iss, art, rng.choice(art.authors), False)


def _contents(pg: Page, ctx: Ctx, iss: Issue, claimed: Article, n: int = 12) -> None:
    """A 目次 page in two columns: title, then authors and page, dotted leaders."""
    rng = ctx.rng
    pg.text(pg.w / 2, 14, f"{iss.name}", 15, ctx.bold, "c")
    pg.text(pg.w / 2, 24, f"{iss.year}年" + (f"第{iss.volume}卷" if iss.volume else "") + f"第{iss.issue}期（总第{rng.randint(90, 400)}期）", 10, ctx.body, "c")  # fmt: skip
    pg.text(pg.w / 2, 32, "目　　次", 16, ctx.bold, "c")
    pg.line(16, 40, 194, 40, 0.6)
    pg.line(105, 44, 105, 270, 0.2)
    arts = _others(rng, iss, claimed, n - 1)
    arts.insert(rng.randrange(n), claimed)
    sections = ["研究论文", "综述", "技术与方法", "应用研究"]
    page_no = rng.randint(1, 20)
    y, col = 46.0, 0
    for i, a in enumerate(arts):
        if i % 4 == 0:
            x = 18 + col * 89
            pg.text(x, y, f"·{sections[(i // 4) % 4]}·", 10, ctx.bold)
            y += 7
        x = 18 + col * 89
        t = a.title
        ln1 = (
            t if width_mm(t, ctx.body, 9.5) <= 84 else t[: len(t) * 84 // int(width_mm(t, ctx.body, 9.5) + 1)]
        )
        pg.text(x, y, ln1, 9.5, ctx.body)
        if ln1 != t:
            y += 5
            pg.text(x, y, t[len(ln1) :], 9.5, ctx.body)
        y += 5.5
        au = "　".join(a.authors)
        pg.text(x + 4, y, au, 8.5, ctx.body, "l", (60, 60, 60))
        end = x + 4 + width_mm(au, ctx.body, 8.5) + 1.5
        marks.dotted(pg, end, x + 80, y + 2.6)
        pg.text(x + 86, y, f"（{page_no}）", 8.5, ctx.body, "r")
        page_no += rng.randint(5, 9)
        y += 8
        if (i + 1 == (n + 1) // 2 or y > 250) and col == 0:
            y, col = 46.0, 1
    pg.line(16, 274, 194, 274, 0.3)
    pg.text(18, 277, f"ISSN {iss.issn}", 9, ctx.body)
    pg.text(192, 277, f"CN {iss.cn}", 9, ctx.body, "r")
    if iss.boss:
        pg.text(pg.w / 2, 283, f"主管单位：{iss.boss}　主办单位：{iss.host}", 8.5, ctx.body, "c")


def _ja_contents(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    iss = pick_issue(rng, with_boss=rng.random() < 0.4, with_volume=rng.random() < 0.7)
    art = article(rng, iss)
    pg = Page()
    _contents(pg, ctx, iss, art, rng.randint(9, 12))
    return _jdoc(layout, [pg], iss, art, rng.choice(art.authors), False)


def _ja_issue(ctx: Ctx, layout: str) -> Doc:
    """Cover, contents and the article's first page, as a three-page scan."""
    rng = ctx.rng
    iss = pick_issue(rng, with_boss=rng.random() < 0.5, with_volume=rng.random() < 0.7)
    art = article(rng, iss)
    pages = [Page(), Page(), Page()]
    _cover(pages[0], ctx, iss, art)
    _contents(pages[1], ctx, iss, art, 9)
    _first_page(pages[2], ctx, iss, art, with_ids=rng.random() < 0.5)
    return _jdoc(layout, pages, iss, art, rng.choice(art.authors), True)


def _ja_masthead(ctx: Ctx, layout: str) -> Doc:
    """The first page without identifiers, then the issue's 版权页 (masthead) carrying 主管, ISSN and CN."""
    rng = ctx.rng
    iss = pick_issue(rng, with_boss=True, with_volume=rng.random() < 0.7)
    art = article(rng, iss)
    p1 = Page()
    _first_page(p1, ctx, iss, art, with_ids=False)
    p2 = Page()
    chief, deputy = people(rng, 2)
    p2.text(p2.w / 2, 30, iss.name, 22, ctx.bold, "c")
    p2.text(p2.w / 2, 44, f"（{iss.freq}　{rng.randint(1956, 2005)}年创刊）", 11, ctx.body, "c")
    p2.text(
        p2.w / 2,
        54,
        f"{iss.year}年" + (f"第{iss.volume}卷" if iss.volume else "") + f"第{iss.issue}期",
        12,
        ctx.body,
        "c",
    )
    rows = [
        ("主　　管", iss.boss or ""), ("主　　办", iss.host), ("编辑出版", iss.host), ("主　　编", chief),
        ("副 主 编", deputy), ("印　　刷", f"{rng.choice(['京华', '新华', '彩虹'])}印刷有限公司"),
        ("国内发行", "中国邮政集团公司"), ("国际标准连续出版物号", f"ISSN {iss.issn}"),
        ("国内统一连续出版物号", f"CN {iss.cn}"), ("定　　价", f"{rng.choice([15, 20, 25, 30])}.00元"),
    ]  # fmt: skip
    y = 74
    for lab, val in rows:
        p2.text(40, y, lab, 11, ctx.body)
        p2.text(100, y, val, 11, ctx.body)
        y += 9
    p2.rect(34, 68, 176, y + 2, 0.4)
    fields_doc = _jdoc(layout, [p1, p2], iss, art, rng.choice(art.authors), True)
    return fields_doc


def _ja_dbprint(ctx: Ctx, layout: str) -> Doc:
    """A literature database's record printout: citation line with year(volume)issue, ISSN and CN in a side box."""
    rng = ctx.rng
    iss = pick_issue(rng, with_boss=False, with_volume=rng.random() < 0.8)
    art = article(rng, iss)
    pg = Page()
    pg.text(12, 6, "https://kns.example.net/detail?dbcode=CJFD&filename=" + f"{rng.randint(10**9, 10**10)}", 7.5, ctx.body,
            "l", (90, 90, 90))  # fmt: skip
    pg.rect(12, 12, 198, 24, 0, (235, 240, 248), (235, 240, 248))
    cite = f"《{iss.name}》{iss.year}年" + (f"{iss.volume}卷" if iss.volume else "") + f"{iss.issue}期"
    pg.text(16, 15.5, cite, 11, ctx.body, "l", (30, 80, 160))
    y = _centre_wrap(pg, ctx, 34, art.title, 15, 150)
    pg.text(pg.w / 2, y + 1, "　".join(art.authors), 11, ctx.body, "c", (30, 80, 160))
    pg.text(pg.w / 2, y + 9, "　".join(f"{i + 1}.{u}" for i, u in enumerate(art.units)), 9.5, ctx.body, "c")
    y += 20
    y = pg.wrap(18, y, 120, "摘要：本文针对相关问题开展研究，分析了主要影响因素，提出了改进方法，并通过实例验证了其有效性，"
                "结果可为同类研究提供参考。", 10, ctx.body, 1.7)  # fmt: skip
    y = pg.wrap(18, y + 2, 120, "关键词：" + art.title[:5] + "；方法；应用", 10, ctx.body, 1.7)
    pg.text(18, y + 2, f"基金资助：{rng.choice(['国家自然科学基金', '省科技攻关项目'])}", 10, ctx.body)
    pg.text(
        18,
        y + 9,
        f"页码：{art.pages[0]}-{art.pages[1]}　页数：{art.pages[1] - art.pages[0] + 1}",
        10,
        ctx.body,
    )
    pg.rect(144, 40, 196, 110, 0.3, (190, 190, 190))
    pg.text(148, 44, "期刊信息", 10.5, ctx.bold)
    info = [iss.name, f"ISSN：{iss.issn}", f"CN：{iss.cn}", f"出版周期：{iss.freq}", "核心期刊"]
    yy = 52
    for s in info:
        pg.text(148, yy, s, 9, ctx.body)
        yy += 7
    return _jdoc(layout, [pg], iss, art, rng.choice(art.authors), True)


# ---- books -----------------------------------------------------------------------------------------------
BOOK_ALL = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    return {
        "cover": _bk_cover,
        "cip": _bk_cip,
        "board": _bk_board,
        "translation": _bk_translation,
        "spread": _bk_spread,
    }[v](ctx, ctx.layout("book", v))


def _isbn(rng, prefix: str) -> str:  # noqa: ANN001
    head = "978" + prefix.replace("-", "")
    body = "".join(str(rng.randint(0, 9)) for _ in range(12 - len(head)))
    digits = head + body
    return f"978-{prefix}-{body}-{isbn_digit(digits)}"


def _editors(rng, n_chief: int, n_dep: int, n_board: int) -> tuple[list[str], list[str], list[str]]:  # noqa: ANN001
    names = people(rng, n_chief + n_dep + n_board)
    return names[:n_chief], names[n_chief : n_chief + n_dep], names[n_chief + n_dep :]


def _bdoc(
    layout: str,
    pages: list[Page],
    title: str,
    ppl: list[tuple[str, str]],
    pub: str,
    isbn: str | None,
    edition: str | None,
    issued: str | None,
    scored: list[str],
    claim: str,
    year: int,
) -> Doc:
    seen: list[str] = []
    out = []
    for n, role in ppl:
        if n not in seen:
            seen.append(n)
            out.append(person(n, len(seen), role))
    fields = {"title": title, "people": out, "issuer": pub, "issued_on": issued,
              "book": {"isbn": isbn, "publisher": pub, "edition": edition}}  # fmt: skip
    return Doc("book", layout, pages, fields, scored, {"person": claim, "year": year}, None)


def _roles(chief: list[str], dep: list[str], board: list[str]) -> list[tuple[str, str]]:
    return (
        [(n, "editor_in_chief") for n in chief]
        + [(n, "deputy_editor") for n in dep]
        + [(n, "editorial_board") for n in board]
    )


def _edition(ctx: Ctx) -> tuple[int, int, int, str]:
    rng = ctx.rng
    y, m = rng.randint(2016, 2024), rng.randint(1, 12)
    ed = rng.choice([1, 1, 1, 2])
    return y, m, ed, f"{y}年{m}月第{ed}版"


def _bk_cover(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    title = rng.choice(topics.BOOKS)
    pub = rng.choice(topics.PUBLISHERS)[0]
    chief, dep, _ = _editors(rng, rng.randint(1, 2), rng.randint(0, 3), 0)
    pg = Page(w=185, h=260)
    col = rng.choice([(40, 90, 150), (160, 60, 40), (30, 110, 90)])
    pg.rect(0, 0, pg.w, pg.h, 0, col, (248, 246, 240))
    pg.rect(0, 40, pg.w, 120, 0, col, col)
    size = 24 if len(title) <= 10 else 18
    t1, t2 = (title, "") if len(title) <= 12 else (title[: len(title) // 2], title[len(title) // 2 :])
    pg.text(pg.w / 2, 62, t1, size, ctx.bold, "c", (255, 255, 255))
    if t2:
        pg.text(pg.w / 2, 62 + size * 0.3528 * 1.5, t2, size, ctx.bold, "c", (255, 255, 255))
    pg.text(pg.w / 2, 140, "主编　" + "　".join(chief), 13, ctx.body, "c")
    if dep:
        pg.text(pg.w / 2, 150, "副主编　" + "　".join(dep), 11, ctx.body, "c")
    pg.text(pg.w / 2, 238, pub, 14, ctx.bold, "c")
    ppl = _roles(chief, dep, [])
    scored = ["title", "people", "issuer", "book.publisher"]
    year = rng.randint(2017, 2024)
    return _bdoc(layout, [pg], title, ppl, pub, None, None, None, scored, rng.choice(chief + dep), year)


def _cip_block(
    pg: Page,
    ctx: Ctx,
    y: float,
    title: str,
    resp: str,
    city_: str,
    pub: str,
    yy: int,
    mm: int,
    isbn: str,
    cls: str,
) -> float:
    pg.text(24, y, "图书在版编目（CIP）数据", 11, ctx.bold)
    y += 8
    y = pg.wrap(24, y, 160, f"{title}/{resp}. —{city_}：{pub}，{yy}.{mm}", 10.5, ctx.body, 1.7, 7)
    pg.text(30, y, f"ISBN {isbn}", 10.5, ctx.body)
    y += 6.5
    pg.text(30, y, f"Ⅰ.①{title[:2]}…　Ⅱ.①{resp[:2]}…　Ⅲ.①{title[2:4]}…　Ⅳ.①{cls}", 10.5, ctx.body)
    y += 8
    pg.text(
        24, y, f"中国版本图书馆CIP数据核字（{yy}）第{ctx.rng.randint(10**5, 10**6 - 1)}号", 10.5, ctx.body
    )
    return y + 10


def _imprint(
    pg: Page, ctx: Ctx, y: float, pub: str, city_: str, isbn: str, edition: str, yy: int, mm: int
) -> float:
    rng = ctx.rng
    (ed,) = people(rng, 1)
    rows = [
        ("责任编辑", ed), ("出版发行", pub), ("地　　址", f"{city_}市{rng.choice(['朝阳区', '历下区', '金水区', '开福区'])}"),
        ("印　　刷", f"{rng.choice(['北京中科', '济南新先锋', '河南瑞之光'])}印刷有限公司"),
        ("开　　本", "787mm×1092mm　1/16"), ("印　　张", f"{rng.randint(10, 30)}.5"),
        ("字　　数", f"{rng.randint(200, 600)}千字"), ("版　　次", edition),
        ("印　　次", f"{yy}年{mm}月第1次印刷"), ("书　　号", f"ISBN {isbn}"), ("定　　价", f"{rng.randint(38, 128)}.00元"),
    ]  # fmt: skip
    for lab, val in rows:
        pg.text(24, y, f"{lab}　{val}", 10, ctx.body)
        y += 6.5
    return y


def _bk_cip(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    title = rng.choice(topics.BOOKS)
    pub, city_, prefix = rng.choice(topics.PUBLISHERS)
    chief, _, _ = _editors(rng, rng.randint(1, 3), 0, 0)
    yy, mm, ed, edition = _edition(ctx)
    isbn = _isbn(rng, prefix)
    pg = Page(w=170, h=240)
    resp = "，".join(chief) + "主编"
    y = _cip_block(
        pg, ctx, 30, title, resp, city_, pub, yy, mm, isbn, rng.choice(["R47", "S66", "TU7", "G63"])
    )
    pg.line(20, y, 150, y, 0.3)
    _imprint(pg, ctx, y + 8, pub, city_, isbn, edition, yy, mm)
    pg.text(pg.w / 2, 226, "版权所有　侵权必究", 9, ctx.body, "c")
    return _bdoc(layout, [pg], title, _roles(chief, [], []), pub, isbn, edition, f"{yy}-{mm:02d}", BOOK_ALL,
                 rng.choice(chief), yy)  # fmt: skip


def _bk_board(ctx: Ctx, layout: str) -> Doc:
    """An 编委会 page (主编, 副主编, a grid of 编委) followed by the copyright page."""
    rng = ctx.rng
    title = rng.choice(topics.BOOKS)
    pub, city_, prefix = rng.choice(topics.PUBLISHERS)
    chief, dep, board = _editors(rng, rng.randint(1, 2), rng.randint(1, 3), rng.randint(4, 10))
    yy, mm, ed, edition = _edition(ctx)
    isbn = _isbn(rng, prefix)
    p1 = Page(w=170, h=240)
    p1.text(p1.w / 2, 30, "编 委 会", 20, ctx.bold, "c")
    y = 50
    p1.text(30, y, "主　编", 12, ctx.bold)
    p1.text(58, y, "　".join(chief), 12, ctx.body)
    y += 10
    p1.text(30, y, "副主编", 12, ctx.bold)
    p1.text(58, y, "　".join(dep), 12, ctx.body)
    y += 10
    p1.text(30, y, "编　委", 12, ctx.bold)
    p1.text(58, y, "（按姓氏笔画排序）", 10, ctx.body)
    y += 9
    ordered = chief + dep + board  # the board lists chief and deputies again among its members
    grid = sorted(set(board) | set(rng.sample(chief + dep, rng.randint(0, 2))), key=ordered.index)
    for i, n in enumerate(grid):
        p1.text(58 + (i % 3) * 28, y + (i // 3) * 9, n, 12, ctx.body)
    p2 = Page(w=170, h=240)
    resp = "，".join(chief) + "主编"
    y = _cip_block(
        p2, ctx, 30, title, resp, city_, pub, yy, mm, isbn, rng.choice(["R47", "S66", "TU7", "G63"])
    )
    _imprint(p2, ctx, y + 8, pub, city_, isbn, edition, yy, mm)
    ppl = _roles(chief, dep, grid)
    return _bdoc(layout, [p1, p2], title, ppl, pub, isbn, edition, f"{yy}-{mm:02d}", BOOK_ALL,
                 rng.choice(board), yy)  # fmt: skip


def _bk_translation(ctx: Ctx, layout: str) -> Doc:
    """A translation's title page (original author, translators) and its copyright page with the contract number."""
    rng = ctx.rng
    title, country, (latin, author) = rng.choice(topics.TRANSLATED)
    pub, city_, prefix = rng.choice(topics.PUBLISHERS)
    trans = people(rng, rng.randint(1, 3))
    yy, mm, ed, edition = _edition(ctx)
    isbn = _isbn(rng, prefix)
    p1 = Page(w=170, h=240)
    p1.text(p1.w / 2, 60, title, 22, ctx.bold, "c")
    p1.text(p1.w / 2, 96, f"〔{country}〕{author}　著", 13, ctx.body, "c")
    p1.text(p1.w / 2, 106, f"（{latin}）", 10, ctx.body, "c")
    p1.text(p1.w / 2, 118, "　".join(trans) + "　译", 13, ctx.body, "c")
    p1.text(p1.w / 2, 210, pub, 14, ctx.bold, "c")
    p2 = Page(w=170, h=240)
    resp = f"（{country}）{author}著；" + "，".join(trans) + "译"
    y = _cip_block(
        p2, ctx, 26, title, resp, city_, pub, yy, mm, isbn, rng.choice(["G42", "R47", "S15", "B84"])
    )
    p2.text(24, y, f"著作权合同登记号　图字：01-{yy - 1}-{rng.randint(1000, 9999)}号", 10, ctx.body)
    _imprint(p2, ctx, y + 10, pub, city_, isbn, edition, yy, mm)
    ppl = [(author, "author")] + [(n, "translator") for n in trans]
    return _bdoc(
        layout, [p1, p2], title, ppl, pub, isbn, edition, f"{yy}-{mm:02d}", BOOK_ALL, rng.choice(trans), yy
    )


def _bk_spread(ctx: Ctx, layout: str) -> Doc:
    """An open book photographed flat: title page on the left, the imprint in Chinese numerals on the right."""
    rng = ctx.rng
    title = rng.choice(topics.BOOKS)
    pub, city_, prefix = rng.choice(topics.PUBLISHERS)
    chief, dep, _ = _editors(rng, rng.randint(1, 2), rng.randint(0, 2), 0)
    yy, mm, ed, _ = _edition(ctx)
    edition = f"{yy}年{mm}月第{ed}版"
    isbn = _isbn(rng, prefix)
    pg = Page(w=297, h=210, bg=(250, 248, 242))
    pg.line(148.5, 0, 148.5, 210, 0.8, (200, 196, 190))
    pg.text(74, 50, title, 17 if len(title) > 11 else 20, ctx.bold, "c")
    pg.text(74, 80, "主　编　" + "　".join(chief), 12, ctx.body, "c")
    if dep:
        pg.text(74, 90, "副主编　" + "　".join(dep), 11, ctx.body, "c")
    pg.text(74, 180, pub, 13, ctx.bold, "c")
    pg.text(74, 188, f"·{city_}·", 11, ctx.body, "c")
    y = 40
    lines = [f"书　　名：{title}", "主　　编：" + "，".join(chief), f"出版发行：{pub}", f"版　　次：{edition}",
             f"印　　次：{cn_year(yy)}年{cn_small(mm)}月第一次印刷", f"书　　号：ISBN {isbn}",
             f"定　　价：{rng.randint(30, 99)}.00元"]  # fmt: skip
    for s in lines:
        pg.text(168, y, s, 11, ctx.body)
        y += 9
    ppl = _roles(chief, dep, [])
    return _bdoc(
        layout, [pg], title, ppl, pub, isbn, edition, f"{yy}-{mm:02d}", BOOK_ALL, rng.choice(chief), yy
    )
