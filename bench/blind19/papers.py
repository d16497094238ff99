"""Draw 19 builders for journal articles, books, patents, awards and project completions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.doc import Doc, frame
from bench.blind.page import Page, width_mm
from bench.blind19 import pools as P
from bench.blind19.ink import GREY, RED, finish, hand, para, qr_box, web_chrome
from bench.blind19.pools import Ctx
from bench.generator.truth import person

FILLER = (
    "近年来，随着相关领域研究的不断深入，该问题日益受到关注。已有研究多集中于单一因素的分析，缺乏系统性的评价。"
    "本研究结合本地区实际情况，采用回顾性与前瞻性相结合的方法，对相关数据进行整理和分析，以期为实践工作提供参考。"
    "研究对象的纳入与排除标准参照相关指南执行，所有数据均经双人核对录入。"
)


# ---- journals ---------------------------------------------------------------------------------
def _article(ctx: Ctx) -> dict[str, Any]:
    r = ctx.rng
    j = P.pick_journal(r)
    n = r.randint(2, 6)
    names = P.people_names(r, n)
    c = P.city(r)
    affs = [P.workplace(r, c) for _ in range(r.choice([1, 2, 2, 3]))]
    year = r.randint(2018, 2024)
    vol = str(year - r.randint(1950, 2005)) if r.random() < 0.8 else None
    issue = str(r.randint(1, 12))
    sup, sup_level = P.supervisor_line(r, j)
    return {"j": j, "names": names, "city": c, "affs": affs, "aff_of": [r.randrange(len(affs)) for _ in names],
            "year": year, "vol": vol, "issue": issue, "title": P.article_title(r, j), "sup": sup,
            "sup_level": sup_level, "page": r.randint(12, 180), "claim": r.choice(names)}  # fmt: skip


def _journal_fields(a: dict[str, Any], supervised: bool) -> dict[str, Any]:
    j = a["j"]
    levels = list(j.base_levels) + ([a["sup_level"]] if supervised else [])
    return {"title": a["title"], "people": [person(n, i + 1, "author") for i, n in enumerate(a["names"])],
            "journal": {"name": j.name, "issn": j.issn, "cn": j.cn, "year": a["year"], "volume": a["vol"],
                        "issue": a["issue"], "levels": levels}}  # fmt: skip


def _jclaim(a: dict[str, Any]) -> dict[str, Any]:
    return {"person": a["claim"], "year": a["year"]}


def _vol_issue(a: dict[str, Any]) -> str:
    return (f"第{a['vol']}卷" if a["vol"] else "") + f"第{a['issue']}期"


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("journal_article")
    return {
        "first_page": _ja_first, "two_column": _ja_two_col, "contents": _ja_contents,
        "cover_contents": _ja_cover_contents, "cover_to_article": _ja_cover_article,
        "database_page": _ja_database, "spread": _ja_spread,
    }[v](ctx, v)  # fmt: skip


def _byline(
    pg: Page, ctx: Ctx, a: dict[str, Any], x: float, y: float, size: float, align: str = "c"
) -> float:
    parts: list[tuple[str, bool]] = []
    for i, n in enumerate(a["names"]):
        parts.append((n, False))
        if len(a["affs"]) > 1:
            parts.append((str(a["aff_of"][i] + 1), True))
        if i < len(a["names"]) - 1:
            parts.append(("，" if align == "c" else "　", False))
    return pg.runs(x, y, parts, size, ctx.body, align)


def _affil(a: dict[str, Any]) -> str:
    if len(a["affs"]) == 1:
        return f"（{a['affs'][0]}，山东 {a['city']}）"
    return "（" + "；".join(f"{i + 1}. {u}，山东 {a['city']}" for i, u in enumerate(a["affs"])) + "）"


def _first_page(
    pg: Page,
    ctx: Ctx,
    a: dict[str, Any],
    x0: float,
    w: float,
    y: float,
    scale: float = 1.0,
    header: bool = True,
) -> float:
    j = a["j"]
    cx = x0 + w / 2
    if header:
        pg.text(x0, y, f"{j.name}　{a['year']}年{_vol_issue(a)}", 8.5 * scale, ctx.body)
        pg.text(x0 + w, y, f"ISSN {j.issn}　CN {j.cn}", 8.5 * scale, ctx.body, "r")
        pg.line(x0, y + 5 * scale, x0 + w, y + 5 * scale, 0.3)
        y += 12 * scale
    y = _centered_wrap(pg, ctx, cx, y, w * 0.9, a["title"], 17 * scale, ctx.bold)
    y = _byline(pg, ctx, a, cx, y + 2, 11.5 * scale)
    y = pg.wrap(x0 + w * 0.08, y, w * 0.84, _affil(a), 8.5 * scale, ctx.body, 1.5)
    y += 3
    s = (
        "摘要：目的　探讨"
        + a["title"]
        + "。方法　选取相关研究对象进行分组比较。结果　各组指标差异具有统计学意义。结论　相关措施值得推广。"
    )
    y = pg.wrap(x0 + 4, y, w - 8, s, 9 * scale, ctx.body, 1.6)
    y = pg.wrap(
        x0 + 4,
        y,
        w - 8,
        "关键词：" + "；".join(a["title"][i : i + 4] for i in (0, 4, 8)),
        9 * scale,
        ctx.body,
        1.6,
    )
    pg.text(x0 + 4, y, f"中图分类号：{j.cn.split('/')[1]}　　文献标志码：A", 9 * scale, ctx.body)
    y += 9 * scale * 0.3528 * 2.2
    y = pg.wrap(x0, y, w, FILLER, 9.5 * scale, ctx.body, 1.7, 7 * scale)
    return y


def _footnote(
    pg: Page, ctx: Ctx, a: dict[str, Any], x0: float, w: float, y: float, scale: float = 1.0
) -> None:
    pg.line(x0, y, x0 + 50 * scale, y, 0.3)
    rec = dt.date(
        a["year"] - 1 if int(a["issue"]) < 4 else a["year"],
        max(1, int(a["issue"]) - 3 if int(a["issue"]) > 3 else 10),
        12,
    )
    first = a["names"][0]
    lines = [f"收稿日期：{rec.isoformat()}",
             f"基金项目：山东省医药卫生科技发展计划项目（{a['year'] - 1}WS{ctx.rng.randint(100, 999)}）"
             if P.topic_class(a["j"].cn) == "R" else f"基金项目：山东省自然科学基金项目（ZR{a['year'] - 1}MC{ctx.rng.randint(100, 999)}）",
             f"作者简介：{first}（{ctx.rng.randint(1972, 1994)}—），{ctx.rng.choice(['男', '女'])}，{ctx.rng.choice(P.TITLES)}。"]  # fmt: skip
    if len(a["names"]) > 1:
        lines.append(
            f"通信作者：{a['names'][-1]}，E-mail：{ctx.rng.choice(['wyx', 'lhm', 'zq', 'cjh'])}{ctx.rng.randint(10, 99)}@163.com"
        )
    for s in lines:
        y = pg.wrap(x0, y + 1.5, w, s, 7.5 * scale, ctx.body, 1.45)


def _centered_wrap(
    pg: Page,
    ctx: Ctx,
    cx: float,
    y: float,
    w: float,
    s: str,
    size: float,
    font: str,
    color: tuple[int, int, int] = (20, 20, 20),
) -> float:
    if width_mm(s, font, size) <= w:
        pg.text(cx, y, s, size, font, "c", color)
        return y + size * 0.3528 * 1.7
    half = len(s) // 2
    for part in (s[:half], s[half:]):
        pg.text(cx, y, part, size, font, "c", color)
        y += size * 0.3528 * 1.6
    return y


def _ja_first(ctx: Ctx, v: str) -> Doc:
    a = _article(ctx)
    pg = Page()
    y = _first_page(pg, ctx, a, 18, 174, 14)
    para(pg, ctx, 18, y, 174, FILLER, 9.5, 1.7)
    _footnote(pg, ctx, a, 18, 174, 252)
    pg.text(pg.w / 2, 286, str(a["page"]), 9, ctx.body, "c")
    return finish(ctx, "journal_article", v, [pg], _journal_fields(a, False), _jclaim(a))


def _ja_two_col(ctx: Ctx, v: str) -> Doc:
    a = _article(ctx)
    j = a["j"]
    m = ctx.rng.randint(1, 12)
    pg = Page()
    head = (
        f"第{a['vol']}卷 第{a['issue']}期" if a["vol"] else f"第{a['issue']}期"
    ) + f"　　{j.name}　　{a['year']}年{m}月"
    pg.text(pg.w / 2, 12, head, 8.5, ctx.body, "c")
    pg.line(16, 17, pg.w - 16, 17, 0.5)
    pg.line(16, 18, pg.w - 16, 18, 0.2)
    no = f"文章编号：{j.issn}（{a['year']}）{int(a['issue']):02d}-{a['page']:04d}-0{ctx.rng.randint(4, 8)}"
    pg.text(16, 22, no, 8, ctx.body)
    y = _centered_wrap(pg, ctx, pg.w / 2, 32, 160, a["title"], 16, ctx.bold)
    names = "　".join(a["names"])
    pg.text(pg.w / 2, y + 2, names, 11.5, ctx.body, "c")
    y = pg.wrap(30, y + 10, 150, _affil(a), 8.5, ctx.body, 1.5)
    pg.rect(20, y + 2, pg.w - 20, y + 24, 0.3, GREY)
    pg.wrap(23, y + 4, pg.w - 46, "[摘要]　" + FILLER[:90], 8.5, ctx.body, 1.55)
    y += 30
    for col in range(2):
        para(pg, ctx, 16 + col * 91, y, 87, FILLER + FILLER[:60], 9, 1.7)
    pg.line(16, 262, 66, 262, 0.3)
    pg.text(16, 265, f"{j.name}　ISSN {j.issn}　CN {j.cn}", 7.5, ctx.body)
    pg.text(16, 270, f"收稿日期：{a['year'] - 1}-{m:02d}-{ctx.rng.randint(10, 28)}", 7.5, ctx.body)
    pg.text(pg.w / 2, 286, f"· {a['page']} ·", 9, ctx.body, "c")
    return finish(ctx, "journal_article", v, [pg], _journal_fields(a, False), _jclaim(a))


def _others(ctx: Ctx, a: dict[str, Any], n: int) -> list[tuple[str, str, int]]:
    """Other articles of the issue: (title, authors, page)."""
    r = ctx.rng
    pool = [t for ts in P.TOPICS_BY_CLASS.values() for t in ts if t != a["title"]]
    p = 1
    out = []
    for t in r.sample(pool, n):
        au = "，".join(n_ for n_ in P.people_names(r, r.randint(1, 4)) if n_ not in a["names"])
        out.append((t, au or "孟凡", p))
        p += r.randint(4, 9)
    return out


def _contents(pg: Page, ctx: Ctx, a: dict[str, Any], y: float, with_ids: bool = True) -> float:
    j = a["j"]
    pg.text(pg.w / 2, y, j.name, 20, ctx.bold, "c")
    y += 11
    pg.text(
        pg.w / 2, y, f"{a['year']}年{_vol_issue(a)}（总第{ctx.rng.randint(120, 460)}期）", 11, ctx.body, "c"
    )
    y += 9
    pg.text(pg.w / 2, y, "目　　次", 15, ctx.bold, "c")
    y += 12
    items = _others(ctx, a, 7)
    at = ctx.rng.randint(2, 5)
    items.insert(at, (a["title"], "，".join(a["names"]), a["page"]))
    for sec, chunk in (("论著", items[:4]), ("综述与研究进展", items[4:])):
        pg.text(20, y, f"·{sec}·", 11, ctx.bold)
        y += 8
        for t, au, p in chunk:
            pg.text(24, y, t, 10.5, ctx.body)
            pg.text(pg.w - 20, y, str(p if t != a["title"] else a["page"]), 10.5, ctx.body, "r")
            y += 5.6
            pg.text(30, y, au, 9.5, ctx.body, "l", (60, 60, 60))
            y += 8
    if with_ids:
        pg.line(20, 268, pg.w - 20, 268, 0.3)
        pg.text(pg.w / 2, 272, f"ISSN {j.issn}　　CN {j.cn}", 9.5, ctx.body, "c")
    return y


def _cover(pg: Page, ctx: Ctx, a: dict[str, Any]) -> None:
    j = a["j"]
    r = ctx.rng
    col = r.choice([(30, 80, 140), (20, 110, 90), (140, 40, 40), (90, 60, 130)])
    pg.rect(0, 0, pg.w, 80, 0.0, col, col)
    pg.text(pg.w / 2, 24, j.name, 40 if len(j.name) <= 7 else 28, ctx.bold, "c", (255, 255, 255))
    pg.text(pg.w / 2, 64, f"{a['year']}年　第{a['issue']}期", 15, ctx.body, "c", (255, 255, 255))
    if a["vol"]:
        pg.text(pg.w / 2, 92, f"Vol.{a['vol']}　No.{a['issue']}　{a['year']}", 12, ctx.body, "c")
    pg.rect(30, 110, pg.w - 30, 200, 0.0, (215, 222, 230), (215, 222, 230))
    pg.text(pg.w / 2, 150, "（封面图片）", 11, ctx.body, "c", GREY)
    pg.text(30, 222, f"主管：{a['sup']}", 11, ctx.body)
    host = {
        "R": "中华医学会",
        "S": "中国农学会",
        "G": "中国教育学会",
        "X": "中国环境科学学会",
        "O": "中国科学院",
    }
    pg.text(30, 230, f"主办：{host.get(P.topic_class(j.cn), '中国工程院')}　{j.name}编辑部", 11, ctx.body)
    pg.text(30, 250, f"ISSN {j.issn}", 12, ctx.body)
    pg.text(30, 258, f"CN {j.cn}", 12, ctx.body)
    pg.text(pg.w - 30, 258, f"定价：{r.choice([15, 20, 25, 30, 40])}.00元", 10, ctx.body, "r")


def _ja_contents(ctx: Ctx, v: str) -> Doc:
    a = _article(ctx)
    pg = Page()
    _contents(pg, ctx, a, 20)
    return finish(
        ctx, "journal_article", v, [pg], _journal_fields(a, False), _jclaim(a), drop=("title", "people")
    )


def _ja_cover_contents(ctx: Ctx, v: str) -> Doc:
    a = _article(ctx)
    p1, p2 = Page(), Page()
    _cover(p1, ctx, a)
    _contents(p2, ctx, a, 20, with_ids=False)
    return finish(
        ctx, "journal_article", v, [p1, p2], _journal_fields(a, True), _jclaim(a), drop=("title", "people")
    )


def _ja_cover_article(ctx: Ctx, v: str) -> Doc:
    a = _article(ctx)
    p1, p2, p3 = Page(), Page(), Page()
    _cover(p1, ctx, a)
    _contents(p2, ctx, a, 20, with_ids=False)
    y = _first_page(p3, ctx, a, 18, 174, 14, header=False)
    para(p3, ctx, 18, y, 174, FILLER, 9.5, 1.7)
    _footnote(p3, ctx, a, 18, 174, 252)
    return finish(ctx, "journal_article", v, [p1, p2, p3], _journal_fields(a, True), _jclaim(a))


def _ja_database(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    a = _article(ctx)
    j = a["j"]
    pg = Page()
    y = web_chrome(
        pg,
        ctx,
        "学术期刊全文数据库",
        f"https://kns.example.net/detail?dbcode=CJFD&filename={j.issn[:4]}{a['year']}{r.randrange(10**4):04d}",
        f"{a['year'] + r.randint(0, 2)}/{r.randint(1, 12)}/{r.randint(1, 28)}",
    )
    pg.text(
        16,
        y,
        f"《{j.name}》　{a['year']}年{int(a['issue']):02d}期　　{'第' + a['vol'] + '卷' if a['vol'] else ''}",
        10,
        ctx.body,
        "l",
        (20, 80, 150),
    )
    y = _centered_wrap(pg, ctx, pg.w / 2, y + 10, 170, a["title"], 16, ctx.bold)
    pg.text(pg.w / 2, y + 2, "　".join(a["names"]), 11, ctx.body, "c", (20, 80, 150))
    pg.text(
        pg.w / 2,
        y + 10,
        "　".join(f"{i + 1}.{u}" for i, u in enumerate(a["affs"])),
        9,
        ctx.body,
        "c",
        (20, 80, 150),
    )
    y += 20
    y = para(pg, ctx, 16, y, 178, "摘要：" + FILLER, 9.5, 1.7, False)
    y = para(
        pg,
        ctx,
        16,
        y + 2,
        178,
        f"DOI：10.{r.randint(11000, 19999)}/j.issn.{j.issn}.{a['year']}.{int(a['issue']):02d}.{r.randint(1, 30):03d}",
        9,
        False,
    )
    supervised = r.random() < 0.5
    pg.rect(16, y + 6, pg.w - 16, y + 44, 0.3, (200, 200, 200), (246, 248, 252))
    pg.text(20, y + 9, "期刊信息", 10.5, ctx.bold)
    info = [f"刊名：{j.name}", f"ISSN：{j.issn}", f"CN：{j.cn}"]
    if supervised:
        info.append(f"主管单位：{a['sup']}")
    info.append(f"出版周期：{r.choice(['月刊', '双月刊', '半月刊'])}")
    for i, s in enumerate(info):
        pg.text(20 + (i % 2) * 86, y + 17 + (i // 2) * 7.5, s, 9.5, ctx.body)
    return finish(ctx, "journal_article", v, [pg], _journal_fields(a, supervised), _jclaim(a))


def _ja_spread(ctx: Ctx, v: str) -> Doc:
    a = _article(ctx)
    j = a["j"]
    pg = Page(w=300, h=210, bg=(250, 248, 242))
    pg.line(150, 0, 150, 210, 0.6, (180, 175, 165))
    pg.text(12, 8, f"{a['year']}年{_vol_issue(a)}　{j.name}", 7.5, ctx.body)
    para(pg, ctx, 12, 18, 128, FILLER * 3, 8, 1.7)
    pg.text(12, 170, "参考文献：", 8, ctx.bold)
    for i in range(4):
        pg.text(
            12,
            176 + i * 5,
            f"[{i + 1}] {P.people_names(ctx.rng, 1)[0]}，等. 相关研究进展[J]. 研究学报，20{15 + i}，{i + 3}(2)：{i * 7 + 11}-{i * 7 + 15}.",
            6.8,
            ctx.body,
        )
    pg.text(148 - 2, 202, str(a["page"] - 1), 8, ctx.body, "r")
    y = _first_page(pg, ctx, a, 160, 128, 8, scale=0.8)
    pg.text(288, 202, str(a["page"]), 8, ctx.body, "r")
    _footnote(pg, ctx, a, 160, 128, max(y + 4, 176), scale=0.8)
    return finish(ctx, "journal_article", v, [pg], _journal_fields(a, False), _jclaim(a))


# ---- books ------------------------------------------------------------------------------------
def _book(ctx: Ctx, translated: bool = False) -> dict[str, Any]:
    r = ctx.rng
    pub, pcity, code = r.choice(P.PUBLISHERS)
    y, m = r.randint(2016, 2024), r.randint(1, 12)
    ed = r.choice([1, 1, 1, 2])
    return {"title": r.choice(P.TRANSLATED if translated else P.BOOK_TITLES), "pub": pub, "pcity": pcity,
            "isbn": P.isbn(r, code), "y": y, "m": m, "edition": f"{y}年{m}月第{ed}版", "ed": ed,
            "cip": f"（{y}）第{r.randint(10000, 299999):06d}号", "price": f"{r.randint(28, 98)}.00元"}  # fmt: skip


def _editors(ctx: Ctx) -> dict[str, list[str]]:
    r = ctx.rng
    names = P.people_names(r, r.randint(5, 10))
    a, b = r.randint(1, 2), r.randint(1, 3)
    return {"chief": names[:a], "deputy": names[a : a + b], "board": names[a + b :]}


def _book_fields(b: dict[str, Any], people: list[dict[str, Any]], with_copyright: bool) -> dict[str, Any]:
    return {"title": b["title"], "people": people, "issuer": b["pub"],
            "issued_on": P.iso_month(b["y"], b["m"]) if with_copyright else None,
            "book": {"isbn": b["isbn"] if with_copyright else None, "publisher": b["pub"],
                     "edition": b["edition"] if with_copyright else None}}  # fmt: skip


def _ranked(groups: list[tuple[list[str], str]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for names, role in groups:
        for n in names:
            if n not in seen:
                seen.add(n)
                out.append(person(n, len(out) + 1, role))
    return out


def _copyright(
    pg: Page,
    ctx: Ctx,
    b: dict[str, Any],
    resp: str,
    x0: float,
    y: float,
    w: float,
    size: float = 10.0,
    order: int = 0,
) -> float:
    r = ctx.rng
    pg.text(x0, y, "图书在版编目（CIP）数据", size + 1, ctx.bold)
    y += size * 0.3528 * 2.2
    y = pg.wrap(
        x0, y, w, f"{b['title']} / {resp}. —{b['pcity']}：{b['pub']}，{b['y']}.{b['m']}", size, ctx.body, 1.6
    )
    pg.text(x0, y, f"ISBN {b['isbn']}", size, ctx.body)
    y += size * 0.3528 * 1.6
    pg.text(x0, y, "Ⅰ.①…　Ⅱ.①…　Ⅲ.①…　Ⅳ.①R47", size, ctx.body)
    y += size * 0.3528 * 2.0
    pg.text(x0, y, f"中国版本图书馆CIP数据核字{b['cip']}", size, ctx.body)
    y += size * 0.3528 * 1.6
    pg.line(x0, y + 2, x0 + w, y + 2, 0.3)
    y += 6
    rows = [("责任编辑", P.people_names(r, 1)[0]), ("出版发行", b["pub"]),
            ("地　　址", f"{b['pcity']}市{r.choice(['市中区', '历下区', '朝阳区', '海淀区'])}{r.choice(['英雄山路', '胜利大街', '北三环东路'])}{r.randint(1, 200)}号"),
            ("印　　刷", f"{r.choice(['山东新华', '济南龙玺', '北京虎彩'])}印刷有限公司"),
            ("开　　本", r.choice(["787mm×1092mm　1/16", "710mm×1000mm　1/16", "889mm×1194mm　1/32"])),
            ("印　　张", str(r.randint(12, 30))), ("字　　数", f"{r.randint(200, 600)}千字")]  # fmt: skip
    ed = ("版　　次", b["edition"])
    pr = (
        "印　　次",
        f"{b['y']}年{b['m']}月第{b['ed']}次印刷"
        if b["ed"] == 1
        else f"{b['y'] + 1}年{r.randint(1, 12)}月第1次印刷",
    )
    isbn_row = ("书　　号", f"ISBN {b['isbn']}")
    rows += [ed, pr, isbn_row] if order == 0 else [isbn_row, ed, pr]
    rows.append(("定　　价", b["price"]))
    for lab, val in rows:
        pg.text(x0, y, lab, size, ctx.body)
        pg.text(x0 + size * 0.3528 * 6, y, val, size, ctx.body)
        y += size * 0.3528 * 1.8
    return y


def _resp(ed: dict[str, list[str]]) -> str:
    return "，".join(ed["chief"]) + "主编"


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    return {
        "cover": _bk_cover, "cip": _bk_cip, "title_and_cip": _bk_title_cip, "translation": _bk_translation,
        "board_and_cip": _bk_board, "spread": _bk_spread, "monograph": _bk_monograph,
    }[v](ctx, v)  # fmt: skip


def _bk_claim(ppl: list[dict[str, Any]], b: dict[str, Any], ctx: Ctx, pool: list[dict] | None = None) -> dict:
    return {"person": ctx.rng.choice(pool or ppl)["name"], "year": b["y"]}


def _front(
    pg: Page,
    ctx: Ctx,
    b: dict[str, Any],
    lines: list[str],
    x0: float,
    w: float,
    top: float,
    h: float,
    col: tuple[int, int, int],
) -> None:
    pg.rect(x0, top, x0 + w, top + h, 0.0, col, col)
    cx = x0 + w / 2
    t = b["title"]
    size = 26 if len(t) <= 9 else 20
    y = _centered_wrap(pg, ctx, cx, top + h * 0.22, w * 0.86, t, size, ctx.bold, (255, 255, 255))
    y += 14
    for ln in lines:
        pg.text(cx, y, ln, 13, ctx.body, "c", (250, 250, 250))
        y += 8
    pg.text(cx, top + h - 20, b["pub"], 13, ctx.bold, "c", (250, 250, 250))


def _bk_cover(ctx: Ctx, v: str) -> Doc:
    b, ed = _book(ctx), _editors(ctx)
    pg = Page()
    col = ctx.rng.choice([(35, 90, 150), (40, 120, 80), (150, 60, 40), (70, 70, 110)])
    lines = [f"主　编　{'　'.join(ed['chief'])}"]
    if ctx.rng.random() < 0.6:
        lines.append(f"副主编　{'　'.join(ed['deputy'])}")
        ppl = _ranked([(ed["chief"], "editor_in_chief"), (ed["deputy"], "deputy_editor")])
    else:
        ppl = _ranked([(ed["chief"], "editor_in_chief")])
    _front(pg, ctx, b, lines, 0, pg.w, 0, pg.h, col)
    return finish(ctx, "book", v, [pg], _book_fields(b, ppl, False), _bk_claim(ppl, b, ctx))


def _bk_cip(ctx: Ctx, v: str) -> Doc:
    b, ed = _book(ctx), _editors(ctx)
    pg = Page()
    _copyright(pg, ctx, b, _resp(ed), 30, 60, 150, 10.5)
    ppl = _ranked([(ed["chief"], "editor_in_chief")])
    return finish(ctx, "book", v, [pg], _book_fields(b, ppl, True), _bk_claim(ppl, b, ctx))


def _title_page(pg: Page, ctx: Ctx, b: dict[str, Any], ed: dict[str, list[str]], board_head: str) -> None:
    pg.text(pg.w / 2, 50, b["title"], 24, ctx.bold, "c")
    y = 90
    for lab, ns in (("主　编", ed["chief"]), ("副主编", ed["deputy"])):
        pg.text(60, y, lab, 13, ctx.body)
        pg.text(86, y, "　".join(ns), 13, ctx.body)
        y += 10
    pg.text(60, y, board_head, 13, ctx.body)
    y += 9
    for i in range(0, len(ed["board"]), 4):
        pg.text(70, y, "　".join(ed["board"][i : i + 4]), 12, ctx.body)
        y += 8
    pg.text(pg.w / 2, 250, b["pub"], 14, ctx.bold, "c")


def _bk_title_cip(ctx: Ctx, v: str) -> Doc:
    b, ed = _book(ctx), _editors(ctx)
    if not ed["board"]:
        ed["board"] = P.people_names(ctx.rng, 3)
        ed["board"] = [n for n in ed["board"] if n not in ed["chief"] + ed["deputy"]]
    p1, p2 = Page(), Page()
    _title_page(p1, ctx, b, ed, "编　委")
    _copyright(p2, ctx, b, _resp(ed), 30, 50, 150, 10.5, order=1)
    ppl = _ranked(
        [(ed["chief"], "editor_in_chief"), (ed["deputy"], "deputy_editor"), (ed["board"], "editorial_board")]
    )
    return finish(ctx, "book", v, [p1, p2], _book_fields(b, ppl, True), _bk_claim(ppl, b, ctx))


def _bk_translation(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    b = _book(ctx, translated=True)
    nat, orig = r.choice(P.FOREIGN_AUTHORS)
    trans = P.people_names(r, r.randint(1, 3))
    p1, p2 = Page(), Page()
    p1.text(p1.w / 2, 60, b["title"], 24, ctx.bold, "c")
    p1.text(p1.w / 2, 100, f"〔{nat}〕{orig}　著", 14, ctx.body, "c")
    p1.text(p1.w / 2, 112, "　".join(trans) + "　译", 14, ctx.body, "c")
    p1.text(p1.w / 2, 250, b["pub"], 14, ctx.bold, "c")
    y = _copyright(p2, ctx, b, f"（{nat}）{orig}著；{'，'.join(trans)}译", 30, 50, 150, 10.5)
    p2.text(30, y + 6, f"著作权合同登记号　图字：15-{b['y'] - 1}-{r.randint(10, 300)}号", 10, ctx.body)
    ppl = [person(orig, 1, "author")] + [person(n, i + 2, "translator") for i, n in enumerate(trans)]
    return finish(ctx, "book", v, [p1, p2], _book_fields(b, ppl, True), _bk_claim(ppl, b, ctx, ppl[1:]))


def _bk_board(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    b, ed = _book(ctx), _editors(ctx)
    extra = P.people_names(r, 3)
    board = sorted(
        set(
            ed["chief"]
            + ed["deputy"]
            + ed["board"]
            + [n for n in extra if n not in ed["chief"] + ed["deputy"]]
        )
    )
    p1, p2 = Page(), Page()
    p1.text(p1.w / 2, 40, "编 委 会", 20, ctx.bold, "c")
    y = 64
    for lab, ns in (("主　编", ed["chief"]), ("副主编", ed["deputy"])):
        p1.text(40, y, lab, 13, ctx.body)
        p1.text(68, y, "　".join(ns), 13, ctx.body)
        y += 11
    p1.text(40, y, "编　委（以姓氏笔画为序）", 13, ctx.body)
    y += 10
    for i in range(0, len(board), 4):
        p1.text(50, y, "　".join(board[i : i + 4]), 12.5, ctx.body)
        y += 8.5
    _copyright(p2, ctx, b, _resp(ed), 30, 50, 150, 10.5)
    ppl = _ranked(
        [(ed["chief"], "editor_in_chief"), (ed["deputy"], "deputy_editor"), (board, "editorial_board")]
    )
    return finish(ctx, "book", v, [p1, p2], _book_fields(b, ppl, True), _bk_claim(ppl, b, ctx))


def _bk_spread(ctx: Ctx, v: str) -> Doc:
    b, ed = _book(ctx), _editors(ctx)
    pg = Page(w=297, h=210, bg=(232, 228, 220))
    pg.rect(8, 8, 144, 202, 0.0, (255, 255, 255), (255, 255, 255))
    _copyright(pg, ctx, b, _resp(ed), 16, 40, 120, 8.5)
    col = ctx.rng.choice([(35, 90, 150), (40, 120, 80), (150, 60, 40)])
    lines = [f"{'　'.join(ed['chief'])}　主编"]
    _front(pg, ctx, b, lines, 153, 136, 8, 194, col)
    ppl = _ranked([(ed["chief"], "editor_in_chief")])
    return finish(ctx, "book", v, [pg], _book_fields(b, ppl, True), _bk_claim(ppl, b, ctx))


def _bk_monograph(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    b = _book(ctx)
    authors = P.people_names(r, r.randint(1, 3))
    p1, p2 = Page(), Page()
    p1.text(p1.w / 2, 60, b["title"], 24, ctx.bold, "c")
    p1.text(p1.w / 2, 100, "　".join(authors) + "　著", 14, ctx.body, "c")
    p1.text(p1.w / 2, 250, b["pub"], 14, ctx.bold, "c")
    y = _copyright(p2, ctx, b, "，".join(authors) + "著", 30, 40, 150, 10.5, order=1)
    para(
        p2,
        ctx,
        30,
        y + 10,
        150,
        f"内容简介　本书系统介绍了{b['title']}的基本理论、方法与典型案例，可供相关专业技术人员参考。",
        10,
    )
    ppl = [person(n, i + 1, "author") for i, n in enumerate(authors)]
    return finish(ctx, "book", v, [p1, p2], _book_fields(b, ppl, True), _bk_claim(ppl, b, ctx))


# ---- patents ----------------------------------------------------------------------------------
PATENT_TITLES = {
    "invention": ["一种用于术后切口的负压引流装置及其控制方法", "一种冬小麦抗旱品种的快速筛选方法", "一种基于图像识别的作业批改系统",
                  "一种高含盐废水的资源化处理方法", "一种血液样本自动分拣方法"],
    "utility_model": ["一种可调节式输液架", "一种多功能护理推车", "一种教学用几何演示教具", "一种果树枝条固定夹",
                      "一种便携式土壤取样器", "一种检验科试管架"],
    "design": ["教学演示板", "护理记录夹", "智能药盒", "植保无人机喷头", "课桌收纳架"],
}  # fmt: skip
KIND_WORD = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}
KIND_DIGIT = {"invention": "1", "utility_model": "2", "design": "3"}


def _patent(ctx: Ctx, kind: str) -> dict[str, Any]:
    r = ctx.rng
    applied = P.any_day(r, 2016, 2023)
    lag = r.randint(500, 1100) if kind == "invention" else r.randint(150, 400)
    granted = applied + dt.timedelta(days=lag)
    d12 = f"{applied.year}{KIND_DIGIT[kind]}{r.randrange(10**7):07d}"
    inventors = P.people_names(r, r.randint(1, 5))
    c = P.city(r)
    return {"kind": kind, "applied": applied, "granted": granted, "d12": d12, "check": P.zl_check(d12),
            "number": f"ZL{d12}.{P.zl_check(d12)}", "inventors": inventors, "title": r.choice(PATENT_TITLES[kind]),
            "owner": P.workplace(r, c), "city": c, "cert": f"{r.randint(1000000, 6999999)}",
            "pub": f"CN {r.randint(100000000, 119999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"}  # fmt: skip


def _patent_fields(p: dict[str, Any]) -> dict[str, Any]:
    role = "inventor"
    return {"title": p["title"], "people": [person(n, i + 1, role) for i, n in enumerate(p["inventors"])],
            "issuer": "国家知识产权局", "issued_on": p["granted"].isoformat(),
            "patent": {"kind": p["kind"], "number": p["number"], "applied_on": p["applied"].isoformat(),
                       "granted_on": p["granted"].isoformat()}}  # fmt: skip


def _pclaim(ctx: Ctx, p: dict[str, Any]) -> dict[str, Any]:
    return {"person": ctx.rng.choice(p["inventors"]), "year": p["granted"].year}


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent_certificate")
    return {
        "invention": _pt_invention, "utility_spaced": _pt_utility, "design": _pt_design,
        "electronic": _pt_electronic, "gazette": _pt_gazette, "with_back": _pt_with_back,
    }[v](ctx, v)  # fmt: skip


def _term(p: dict[str, Any]) -> str:
    if p["kind"] == "invention":
        return "二十年"
    if p["kind"] == "design":
        return "十五年" if p["applied"] >= dt.date(2021, 6, 1) else "十年"
    return "十年"


def _patent_body(
    pg: Page, ctx: Ctx, p: dict[str, Any], pairs: list[tuple[str, str]], y: float, size: float, lab_w: float
) -> float:
    for lab, val in pairs:
        pg.text(30, y, lab, size, ctx.body)
        y = pg.wrap(30 + lab_w, y, 150 - lab_w, val, size, ctx.body, 1.5) + size * 0.3528 * 0.9
    word = KIND_WORD[p["kind"]]
    s = (
        f"本{word}经过本局依照中华人民共和国专利法进行{'审查' if p['kind'] == 'invention' else '初步审查'}，决定授予专利权，"
        f"颁发{word}专利证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。专利权期限为{_term(p)}，自申请日起算。"
    )
    return para(pg, ctx, 30, y + 4, 150, s, size - 0.5, 1.8)


def _sign_cnipa(pg: Page, ctx: Ctx, y: float) -> None:
    pg.text(120, y, "局长", 12, ctx.body)
    hand(pg, ctx, 134, y - 2, "签章", 16, (30, 30, 30))
    pg.seal(160, y - 4, 20, "中华人民共和国国家知识产权局", ctx.seed())
    pg.text(160, y + 14, "国家知识产权局", 11, ctx.body, "c")


def _pt_invention(ctx: Ctx, v: str) -> Doc:
    p = _patent(ctx, "invention")
    ds = ctx.date_style(("ymd", "pad"))
    pg = Page()
    frame(pg, ctx, 2)
    pg.text(pg.w - 30, 22, f"证书号第{p['cert']}号", 11, ctx.body, "r")
    pg.text(pg.w / 2, 40, "发明专利证书", 28, ctx.bold, "c")
    pairs = [("发明名称：", p["title"]), ("发明人：", "；".join(p["inventors"])), ("专利号：", f"ZL {p['d12']}.{p['check']}"),
             ("专利申请日：", P.day(p["applied"], ds)), ("专利权人：", p["owner"]),
             ("地址：", f"山东省{p['city']}市{ctx.rng.choice(['德城区', '芝罘区', '泰山区', '莱山区'])}"),
             ("授权公告日：", P.day(p["granted"], ds)), ("授权公告号：", p["pub"])]  # fmt: skip
    y = _patent_body(pg, ctx, p, pairs, 66, 12, 30)
    _sign_cnipa(pg, ctx, y + 24)
    return finish(ctx, "patent_certificate", v, [pg], _patent_fields(p), _pclaim(ctx, p))


def _pt_utility(ctx: Ctx, v: str) -> Doc:
    p = _patent(ctx, "utility_model")
    pg = Page()
    frame(pg, ctx, 1)
    pg.text(pg.w / 2, 36, "实用新型专利证书", 26, ctx.bold, "c")
    pg.text(pg.w / 2, 50, f"证书号第{p['cert']}号", 11, ctx.body, "c")
    pairs = [("实用新型名称：", p["title"]), ("发　明　人：", "；".join(p["inventors"])),
             ("专　利　号：", f"ZL {p['d12'][:4]} {p['d12'][4]} {p['d12'][5:]}.{p['check']}"),
             ("专利申请日：", P.day(p["applied"], "pad")), ("专　利　权　人：", p["owner"]),
             ("授权公告日：", P.day(p["granted"], "pad"))]  # fmt: skip
    y = _patent_body(pg, ctx, p, pairs, 70, 12, 36)
    _sign_cnipa(pg, ctx, y + 24)
    return finish(ctx, "patent_certificate", v, [pg], _patent_fields(p), _pclaim(ctx, p))


def _pt_design(ctx: Ctx, v: str) -> Doc:
    p = _patent(ctx, "design")
    pg = Page()
    frame(pg, ctx, 2)
    pg.text(pg.w / 2, 38, "外观设计专利证书", 26, ctx.bold, "c")
    pg.text(30, 56, f"证书号第{p['cert']}号", 11, ctx.body)
    pairs = [("外观设计名称：", p["title"]), ("设计人：", "、".join(p["inventors"])), ("专利号：", p["number"]),
             ("专利申请日：", P.day(p["applied"], "ymd")), ("专利权人：", p["owner"]),
             ("授权公告日：", P.day(p["granted"], "ymd"))]  # fmt: skip
    y = _patent_body(pg, ctx, p, pairs, 72, 12, 34)
    _sign_cnipa(pg, ctx, y + 24)
    return finish(ctx, "patent_certificate", v, [pg], _patent_fields(p), _pclaim(ctx, p))


def _pt_electronic(ctx: Ctx, v: str) -> Doc:
    kind = ctx.rng.choice(["invention", "utility_model", "design"])
    p = _patent(ctx, kind)
    pg = Page()
    pg.text(pg.w / 2, 20, "国家知识产权局", 14, ctx.bold, "c", RED)
    pg.text(pg.w / 2, 32, f"{KIND_WORD[kind]}专利证书（电子版）", 20, ctx.bold, "c")
    qr_box(pg, pg.w - 44, 14, 24, ctx.seed())
    rows = [["专利名称", p["title"]], ["专利号", p["number"]], ["专利类型", KIND_WORD[kind]],
            ["申请日", p["applied"].isoformat()], ["授权公告日", p["granted"].isoformat()],
            ["发明人/设计人", "，".join(p["inventors"])], ["专利权人", p["owner"]], ["证书号", p["cert"]]]  # fmt: skip
    y = pg.table(24, 50, [40, 122], rows, 11, ctx.body, 12)
    para(
        pg,
        ctx,
        24,
        y + 8,
        162,
        "本电子专利证书与纸质专利证书具有同等法律效力。可通过国家知识产权局官方网站扫描二维码验证真伪。",
        10,
    )
    pg.seal(150, y + 40, 20, "中华人民共和国国家知识产权局", ctx.seed())
    pg.text(
        150,
        y + 58,
        f"下载日期：{(p['granted'] + dt.timedelta(days=ctx.rng.randint(3, 60))).isoformat()}",
        10,
        ctx.body,
        "c",
        GREY,
    )
    return finish(ctx, "patent_certificate", v, [pg], _patent_fields(p), _pclaim(ctx, p))


def _pt_gazette(ctx: Ctx, v: str) -> Doc:
    kind = ctx.rng.choice(["invention", "utility_model"])
    p = _patent(ctx, kind)
    pg = Page()
    pg.text(20, 16, "(19)中华人民共和国国家知识产权局", 13, ctx.bold)
    pg.text(20, 28, f"(12){KIND_WORD[kind]}专利", 18, ctx.bold)
    pg.text(120, 22, f"(10)授权公告号　{p['pub']}", 10.5, ctx.body)
    pg.text(120, 29, f"(45)授权公告日　{P.day(p['granted'], 'dot')}", 10.5, ctx.body)
    pg.line(20, 38, pg.w - 20, 38, 0.6)
    left = [("(21)申请号", f"{p['d12']}.{p['check']}"), ("(22)申请日", P.day(p["applied"], "dot")),
            ("(73)专利权人", p["owner"]), ("(72)发明人", "　".join(p["inventors"])),
            ("(51)Int.Cl.", ctx.rng.choice(["A61M 1/00(2006.01)", "A01B 79/02(2006.01)", "G09B 23/04(2006.01)"]))]  # fmt: skip
    y = 46
    for lab, val in left:
        pg.text(20, y, lab, 10, ctx.body)
        if lab == "(72)发明人":
            for i in range(0, len(p["inventors"]), 2):
                pg.text(50, y, "　".join(p["inventors"][i : i + 2]), 10, ctx.body)
                y += 5.6
            y += 2
        else:
            y = pg.wrap(50, y, 45, val, 10, ctx.body, 1.5) + 2
    pg.text(105, 46, "(54)" + ("发明名称" if kind == "invention" else "实用新型名称"), 10, ctx.body)
    yy = pg.wrap(105, 53, 85, p["title"], 12, ctx.bold, 1.5)
    pg.text(105, yy + 4, "(57)摘要", 10, ctx.body)
    para(
        pg,
        ctx,
        105,
        yy + 11,
        85,
        f"本{KIND_WORD[kind]}公开了{p['title']}，包括主体、连接组件与调节机构。结构简单，操作方便，适于推广使用。",
        9.5,
        1.7,
    )
    pg.line(20, 268, pg.w - 20, 268, 0.3)
    pg.text(
        20, 272, f"权利要求书1页　说明书{ctx.rng.randint(2, 6)}页　附图{ctx.rng.randint(1, 3)}页", 9, ctx.body
    )
    pg.text(pg.w - 20, 272, p["pub"].replace(" ", ""), 9, ctx.body, "r")
    return finish(ctx, "patent_certificate", v, [pg], _patent_fields(p), _pclaim(ctx, p))


def _pt_with_back(ctx: Ctx, v: str) -> Doc:
    kind = ctx.rng.choice(["invention", "utility_model"])
    p = _patent(ctx, kind)
    ds = ctx.date_style(("ymd", "pad"))
    p1, p2 = Page(), Page()
    frame(p1, ctx, 2)
    p1.text(p1.w / 2, 40, f"{KIND_WORD[kind]}专利证书", 26, ctx.bold, "c")
    pairs = [(f"{'发明' if kind == 'invention' else '实用新型'}名称：", p["title"]), ("发明人：", "；".join(p["inventors"])),
             ("专利号：", p["number"]), ("专利申请日：", P.day(p["applied"], ds)), ("专利权人：", p["owner"]),
             ("授权公告日：", P.day(p["granted"], ds))]  # fmt: skip
    y = _patent_body(p1, ctx, p, pairs, 66, 12, 32)
    _sign_cnipa(p1, ctx, y + 24)
    p2.text(p2.w / 2, 30, "证书背面", 12, ctx.body, "c", GREY)
    p2.text(30, 46, "注意事项", 14, ctx.bold)
    notes = ["一、专利权人应当依照专利法及其实施细则规定缴纳年费。",
             f"二、本专利的年费应当在每年{p['applied'].month}月{p['applied'].day}日前缴纳。",
             "三、未按规定缴纳年费的，专利权自应当缴纳年费期满之日起终止。",
             "四、专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止等事项，以专利登记簿的记载为准。"]  # fmt: skip
    yy = 58
    for s in notes:
        yy = para(p2, ctx, 30, yy, 150, s, 11, 1.8, False) + 2
    return finish(ctx, "patent_certificate", v, [p1, p2], _patent_fields(p), _pclaim(ctx, p))


# ---- awards -----------------------------------------------------------------------------------
PROJECTS = [
    "基层医院急性胸痛规范化救治体系建设与推广", "县域慢性病一体化管理模式的构建与应用", "盐碱地设施蔬菜绿色高效栽培技术集成",
    "黄河故道区苹果矮砧密植技术研究与示范", "农村中小学课后服务体系构建研究", "初中物理实验创新与数字化教学实践",
    "老年住院患者跌倒风险评估与干预研究", "城乡供水管网漏损智能监测关键技术", "区域教研共同体建设的实践研究",
]  # fmt: skip
GRADES = ["一等奖", "二等奖", "三等奖"]


def _award_fields(
    title: str,
    people: list[dict[str, Any]],
    holder: str | None,
    issuer: str,
    issued: str,
    name: str,
    kind: str,
    level: str | None,
    grade: str,
) -> dict[str, Any]:
    return {"holder": holder, "title": title, "people": people, "issuer": issuer, "issued_on": issued,
            "award": {"name": name, "kind": kind, "level": level, "grade": grade}}  # fmt: skip


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award_certificate")
    return {
        "gov_rank": _aw_gov, "bureau_team": _aw_bureau, "society": _aw_society, "social_science": _aw_social,
        "contest": _aw_contest, "county_city": _aw_county, "province_month": _aw_province,
    }[v](ctx, v)  # fmt: skip


def _award_cert(
    pg: Page, ctx: Ctx, lines: list[tuple[str, str]], y: float, x: float = 36, size: float = 13.5
) -> float:
    for lab, val in lines:
        pg.text(x, y, lab, size, ctx.body)
        y = (
            pg.wrap(
                x + width_mm(lab, ctx.body, size),
                y,
                pg.w - 2 * x - width_mm(lab, ctx.body, size),
                val,
                size,
                ctx.body,
                1.5,
            )
            + 4
        )
    return y


def _aw_gov(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    c, title = P.city(r), r.choice(PROJECTS)
    name = f"{c}市科学技术进步奖"
    issuer = f"{c}市人民政府"
    d = P.any_day(r, 2018, 2024)
    who, rank, grade = P.people_names(r, 1)[0], r.randint(1, 7), r.choice(GRADES)
    pg = Page()
    frame(pg, ctx, 3)
    pg.text(pg.w / 2, 40, "荣 誉 证 书", 28, ctx.bold, "c", (160, 30, 30))
    pg.text(pg.w / 2, 60, f"{d.year - 1}年度{name}", 15, ctx.body, "c")
    s = "为表彰在推动科学技术进步工作中作出突出贡献者，特颁发此证书，以资鼓励。"
    y = para(pg, ctx, 36, 78, 138, s, 13.5, 1.9)
    y = _award_cert(
        pg,
        ctx,
        [
            ("项目名称：", title),
            ("奖励等级：", grade),
            ("获 奖 者：", f"{who}（第{rank}完成人）"),
            ("证 书 号：", f"{d.year - 1}-J-{GRADES.index(grade) + 1}-{r.randint(1, 60):03d}-{rank:02d}"),
        ],
        y + 6,
    )
    pg.text(150, y + 22, issuer, 14, ctx.body, "c")
    pg.text(150, y + 32, P.day(d, "ymd"), 14, ctx.body, "c")
    pg.seal(150, y + 25, 21, issuer, ctx.seed())
    f = _award_fields(
        title,
        [person(who, rank, "awardee")],
        who,
        issuer,
        d.isoformat(),
        name,
        "science_technology",
        "municipal",
        grade,
    )
    return finish(ctx, "award_certificate", v, [pg], f, {"person": who, "year": d.year})


def _aw_bureau(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    c, title = P.city(r), r.choice(PROJECTS)
    issuer = r.choice([f"{c}市科学技术局", "山东省教育厅", f"{c}市卫生健康委员会"])
    name = {"山东省教育厅": "山东省教育科学研究优秀成果奖"}.get(
        issuer, f"{c}市自然科学优秀学术成果奖" if "科学技术局" in issuer else f"{c}市医学科技创新成果奖"
    )
    kind = "social_science" if issuer == "山东省教育厅" else "science_technology"
    names = P.people_names(r, r.randint(2, 5))
    d = P.any_day(r, 2018, 2024)
    grade = r.choice(GRADES)
    pg = Page(w=297, h=210)
    frame(pg, ctx, 2)
    pg.text(pg.w / 2, 30, "获 奖 证 书", 28, ctx.bold, "c")
    s = f"{'、'.join(names)}完成的“{title}”，荣获{d.year}年{name}{grade}。"
    y = para(pg, ctx, 50, 70, 197, s, 16, 2.1)
    y = para(pg, ctx, 50, y + 2, 197, "特发此证，以资鼓励。", 16)
    pg.text(pg.w - 70, y + 26, issuer, 15, ctx.body, "c")
    pg.text(pg.w - 70, y + 37, P.day(d, "cn"), 15, ctx.body, "c")
    pg.seal(pg.w - 70, y + 30, 21, issuer, ctx.seed())
    ppl = [person(n, i + 1, "awardee") for i, n in enumerate(names)]
    f = _award_fields(title, ppl, None, issuer, d.isoformat(), name, kind, "bureau", grade)
    return finish(ctx, "award_certificate", v, [pg], f, {"person": r.choice(names), "year": d.year})


def _aw_society(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    title = r.choice(PROJECTS)
    issuer, name = r.choice([("山东省医学会", "山东医学科技奖"), ("山东省农学会", "山东省农牧渔业丰收奖"),
                             ("山东省护理学会", "山东护理科技奖"), ("中国民族医药学会", "民族医药科学技术奖")])  # fmt: skip
    who, rank, grade = P.people_names(r, 1)[0], r.randint(1, 9), r.choice(GRADES)
    d = P.any_day(r, 2018, 2024)
    pg = Page()
    frame(pg, ctx, 2)
    pg.text(pg.w / 2, 36, name, 22, ctx.bold, "c")
    pg.text(pg.w / 2, 52, "证　书", 26, ctx.bold, "c")
    y = _award_cert(
        pg,
        ctx,
        [("获奖项目：", title), ("获奖等级：", grade), ("获奖人员：", who), ("排　　名：", f"第{rank}名")],
        84,
        40,
    )
    pg.text(40, y + 8, f"编号：{d.year}-{r.randint(1, 200):03d}", 11, ctx.body)
    pg.text(150, y + 30, issuer, 14, ctx.body, "c")
    pg.text(150, y + 40, P.day(d, "pad"), 14, ctx.body, "c")
    pg.seal(150, y + 33, 20, issuer, ctx.seed())
    f = _award_fields(
        title,
        [person(who, rank, "awardee")],
        who,
        issuer,
        d.isoformat(),
        name,
        "science_technology",
        None,
        grade,
    )
    return finish(ctx, "award_certificate", v, [pg], f, {"person": who, "year": d.year})


def _aw_social(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    c = P.city(r)
    title = r.choice(
        [
            "新时代县域文化振兴路径研究",
            "黄河文化资源活化利用研究",
            "乡村教师队伍建设调查研究",
            "城市社区养老服务供给研究",
        ]
    )
    issuer, name = f"{c}市人民政府", f"{c}市社会科学优秀成果奖"
    names = P.people_names(r, r.choice([1, 2, 3]))
    d = P.any_day(r, 2018, 2024)
    grade = r.choice(GRADES)
    pg = Page()
    frame(pg, ctx, 1)
    pg.text(pg.w / 2, 40, "证　书", 28, ctx.bold, "c")
    y = _award_cert(
        pg,
        ctx,
        [
            ("成果名称：", f"《{title}》"),
            ("作　　者：", "　".join(names)),
            ("成果形式：", "研究报告"),
            ("获奖等级：", f"{name}{grade}"),
        ],
        76,
        36,
    )
    pg.text(150, y + 30, issuer, 14, ctx.body, "c")
    pg.text(150, y + 40, P.day(d, "ymd"), 14, ctx.body, "c")
    pg.seal(150, y + 33, 20, issuer, ctx.seed())
    ppl = [person(n, i + 1, "awardee") for i, n in enumerate(names)]
    holder = names[0] if len(names) == 1 else None
    f = _award_fields(title, ppl, holder, issuer, d.isoformat(), name, "social_science", "municipal", grade)
    return finish(ctx, "award_certificate", v, [pg], f, {"person": r.choice(names), "year": d.year})


def _aw_contest(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    c = P.city(r)
    issuer = f"{c}市教育和体育局" if c != "烟台" else "烟台市教育局"
    name = r.choice([f"{c}市中小学优质课评选", f"{c}市中小学教师教学能力大赛", f"{c}市青年教师基本功比赛"])
    title = r.choice(["《背影》", "《一元一次方程的应用》", "《光的折射》", "《认识人民币》", "《圆的认识》"])
    who, grade = P.people_names(r, 1)[0], r.choice(GRADES)
    d = P.any_day(r, 2018, 2024)
    pg = Page(w=297, h=210)
    frame(pg, ctx, 3)
    pg.text(pg.w / 2, 36, "荣誉证书", 30, ctx.bold, "c", (170, 30, 30))
    s = f"{who}老师：在{d.year}年{name}中，执教的{title}荣获{grade}。"
    y = para(pg, ctx, 50, 80, 197, s, 17, 2.1)
    para(pg, ctx, 50, y + 2, 197, "特发此证。", 17)
    pg.text(pg.w - 70, 160, issuer, 15, ctx.body, "c")
    pg.text(pg.w - 70, 171, P.day(d, "ymd"), 15, ctx.body, "c")
    pg.seal(pg.w - 70, 164, 21, issuer, ctx.seed())
    f = _award_fields(
        title.strip("《》"),
        [person(who, 1, "awardee")],
        who,
        issuer,
        d.isoformat(),
        name,
        "competition",
        "bureau",
        grade,
    )
    return finish(ctx, "award_certificate", v, [pg], f, {"person": who, "year": d.year})


def _aw_county(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    c = P.city(r)
    county = r.choice(P.COUNTY_CITIES[c])
    issuer, name = f"{county}市人民政府", f"{county}市科学技术奖"
    title = r.choice(PROJECTS)
    who, rank, grade = P.people_names(r, 1)[0], r.randint(1, 5), r.choice(GRADES)
    d = P.any_day(r, 2018, 2024)
    pg = Page(w=297, h=210)
    frame(pg, ctx, 2)
    pg.text(pg.w / 2, 30, name, 24, ctx.bold, "c")
    pg.text(pg.w / 2, 46, "证 书", 20, ctx.bold, "c")
    rows = [["项目名称", title], ["获奖等级", grade], ["获奖者", who], ["完成人排序", f"第{rank}位"]]
    y = pg.table(48, 66, [40, 160], rows, 13, ctx.body, 14)
    pg.text(48, y + 8, "特发此证，以资鼓励。", 13, ctx.body)
    pg.text(pg.w - 70, y + 30, issuer, 14, ctx.body, "c")
    pg.text(pg.w - 70, y + 40, P.day(d, "dot"), 14, ctx.body, "c")
    pg.seal(pg.w - 70, y + 33, 20, issuer, ctx.seed())
    f = _award_fields(
        title,
        [person(who, rank, "awardee")],
        who,
        issuer,
        d.isoformat(),
        name,
        "science_technology",
        "county",
        grade,
    )
    return finish(ctx, "award_certificate", v, [pg], f, {"person": who, "year": d.year})


def _aw_province(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    issuer, name = "山东省人民政府", "山东省科学技术进步奖"
    title = r.choice(PROJECTS)
    who, rank, grade = P.people_names(r, 1)[0], r.randint(1, 10), r.choice(GRADES)
    y0, m0 = r.randint(2018, 2024), r.choice([3, 5, 11, 12])
    pg = Page()
    frame(pg, ctx, 3)
    pg.text(pg.w / 2, 36, "山东省科学技术奖", 22, ctx.bold, "c", (160, 30, 30))
    pg.text(pg.w / 2, 52, "证　书", 26, ctx.bold, "c", (160, 30, 30))
    s = f"为表彰{y0 - 1}年度{name}获得者，特颁发此证书。"
    y = para(pg, ctx, 36, 76, 138, s, 13.5)
    y = _award_cert(
        pg,
        ctx,
        [("项目名称：", title), ("奖励等级：", grade), ("获奖者：", who), ("", f"（第{rank}完成人）")],
        y + 6,
    )
    pg.text(150, y + 26, issuer, 14, ctx.body, "c")
    pg.text(150, y + 36, P.month(y0, m0, "cn"), 14, ctx.body, "c")
    pg.seal(150, y + 29, 21, issuer, ctx.seed())
    f = _award_fields(
        title,
        [person(who, rank, "awardee")],
        who,
        issuer,
        P.iso_month(y0, m0),
        name,
        "science_technology",
        "provincial",
        grade,
    )
    return finish(ctx, "award_certificate", v, [pg], f, {"person": who, "year": y0})


# ---- project completion -----------------------------------------------------------------------
RESEARCH = [
    "核心素养导向的初中数学单元作业设计研究", "基于分级诊疗的县域高血压管理路径研究", "农村留守儿童心理健康干预策略研究",
    "ICU护士职业倦怠影响因素及对策研究", "小学语文整本书阅读教学策略研究", "鲁西北地区小麦节水栽培技术示范推广",
    "信息技术支持下的高中生物实验教学研究", "基层医疗机构抗菌药物合理使用干预研究",
]  # fmt: skip


def _project(ctx: Ctx) -> dict[str, Any]:
    r = ctx.rng
    c = P.city(r)
    issuer = r.choice([f"{c}市教育科学规划领导小组办公室", "山东省教育科学研究院", f"{c}市卫生健康委员会",
                       f"{c}市社会科学界联合会", f"{c}市科学技术局"])  # fmt: skip
    names = P.people_names(r, r.randint(3, 6))
    d = P.any_day(r, 2018, 2024)
    return {"city": c, "issuer": issuer, "names": names, "d": d, "title": r.choice(RESEARCH),
            "no": f"{c[:1]}{d.year - 2}{r.choice(['YB', 'ZD', 'KT', 'QN'])}{r.randint(1, 300):03d}",
            "unit": P.workplace(r, c)}  # fmt: skip


def _proj_fields(p: dict[str, Any], leader_only: bool, issued: str | None = None) -> dict[str, Any]:
    names = p["names"][:1] if leader_only else p["names"]
    ppl = [person(n, i + 1, "project_leader" if i == 0 else "project_member") for i, n in enumerate(names)]
    return {"holder": p["names"][0] if leader_only else None, "title": p["title"], "people": ppl,
            "issuer": p["issuer"], "issued_on": issued or p["d"].isoformat()}  # fmt: skip


def _prclaim(ctx: Ctx, p: dict[str, Any], leader_only: bool) -> dict[str, Any]:
    return {"person": p["names"][0] if leader_only else ctx.rng.choice(p["names"]), "year": p["d"].year}


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project_completion")
    return {
        "members": _pc_members, "letter": _pc_letter, "appraisal_table": _pc_table,
        "landscape_month": _pc_landscape, "two_page": _pc_two_page, "hand_form": _pc_hand,
    }[v](ctx, v)  # fmt: skip


def _pc_members(ctx: Ctx, v: str) -> Doc:
    p, ds = _project(ctx), ctx.date_style(("ymd", "pad", "cn"))
    pg = Page()
    frame(pg, ctx, 2)
    pg.text(pg.w / 2, 40, "结 题 证 书", 28, ctx.bold, "c")
    y = _award_cert(
        pg,
        ctx,
        [
            ("课题名称：", p["title"]),
            ("课题编号：", p["no"]),
            ("课题负责人：", p["names"][0]),
            ("课题组成员：", "、".join(p["names"][1:])),
            ("承担单位：", p["unit"]),
        ],
        70,
        32,
        13,
    )
    y = para(pg, ctx, 32, y + 6, 146, "该课题经专家组鉴定，达到预期研究目标，准予结题。", 13)
    para(pg, ctx, 32, y, 146, "特发此证。", 13)
    pg.text(150, y + 34, p["issuer"], 13, ctx.body, "c")
    pg.text(150, y + 44, P.day(p["d"], ds), 13, ctx.body, "c")
    pg.seal(150, y + 37, 20, p["issuer"], ctx.seed())
    return finish(ctx, "project_completion", v, [pg], _proj_fields(p, False), _prclaim(ctx, p, False))


def _pc_letter(ctx: Ctx, v: str) -> Doc:
    p, ds = _project(ctx), ctx.date_style(("ymd", "dot", "pad"))
    pg = Page()
    pg.text(pg.w / 2, 40, "结 题 证 明", 24, ctx.bold, "c")
    s = (
        f"兹证明，由{p['unit']}{p['names'][0]}同志主持的{p['issuer'].replace('领导小组办公室', '')}课题“{p['title']}”"
        f"（课题编号：{p['no']}），已按计划完成研究任务，经审核鉴定，同意结题。"
    )
    y = para(pg, ctx, 26, 70, 158, s, 14, 2.1)
    y = para(pg, ctx, 26, y + 2, 158, "特此证明。", 14)
    pg.text(150, y + 30, p["issuer"], 13, ctx.body, "c")
    pg.text(150, y + 40, P.day(p["d"], ds), 13, ctx.body, "c")
    pg.seal(150, y + 33, 20, p["issuer"], ctx.seed())
    return finish(ctx, "project_completion", v, [pg], _proj_fields(p, True), _prclaim(ctx, p, True))


def _pc_table(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    p = _project(ctx)
    pg = Page()
    pg.text(pg.w / 2, 24, "科研项目结题验收证书", 20, ctx.bold, "c")
    pg.text(pg.w - 20, 36, f"验收编号：{p['d'].year}-{r.randint(1, 99):03d}", 10, ctx.body, "r")
    rows = [["项目名称", p["title"]], ["项目编号", p["no"]], ["承担单位", p["unit"]], ["组织验收单位", p["issuer"]],
            ["验收日期", P.day(p["d"], "ymd")]]  # fmt: skip
    y = pg.table(20, 42, [36, 134], rows, 11, ctx.body, 11)
    pg.text(20, y + 6, "主要研究人员", 12, ctx.bold)
    rows = [["序号", "姓名", "工作单位", "职称", "承担任务"]]
    for i, n in enumerate(p["names"]):
        rows.append(
            [
                str(i + 1),
                n,
                p["unit"],
                r.choice(P.TITLES),
                "项目负责人" if i == 0 else r.choice(["数据采集", "调查研究", "资料整理", "技术指导"]),
            ]
        )
    y = pg.table(20, y + 13, [14, 24, 70, 30, 32], rows, 10, ctx.body, 10, header_font=ctx.bold)
    pg.rect(20, y + 6, 190, y + 50, 0.3)
    pg.text(24, y + 9, "验收意见：", 11, ctx.bold)
    para(
        pg, ctx, 24, y + 17, 162, "该项目完成了合同规定的各项研究任务，资料齐全，数据可靠，同意通过验收。", 11
    )
    pg.seal(150, y + 40, 19, p["issuer"], ctx.seed())
    return finish(ctx, "project_completion", v, [pg], _proj_fields(p, False), _prclaim(ctx, p, False))


def _pc_landscape(ctx: Ctx, v: str) -> Doc:
    p = _project(ctx)
    pg = Page(w=297, h=210)
    frame(pg, ctx, 3)
    pg.text(pg.w / 2, 30, "课题结题证书", 28, ctx.bold, "c", (150, 30, 30))
    s = (
        f"由{p['names'][0]}主持，{'、'.join(p['names'][1:])}参与研究的课题《{p['title']}》（{p['no']}），"
        f"经鉴定，准予结题。"
    )
    y = para(pg, ctx, 46, 70, 205, s, 16, 2.2)
    pg.text(pg.w - 70, y + 30, p["issuer"], 15, ctx.body, "c")
    pg.text(
        pg.w - 70,
        y + 41,
        P.month(p["d"].year, p["d"].month, ctx.rng.choice(["ymd", "cn"])),
        15,
        ctx.body,
        "c",
    )
    pg.seal(pg.w - 70, y + 34, 21, p["issuer"], ctx.seed())
    f = _proj_fields(p, False, P.iso_month(p["d"].year, p["d"].month))
    return finish(ctx, "project_completion", v, [pg], f, _prclaim(ctx, p, False))


def _pc_two_page(ctx: Ctx, v: str) -> Doc:
    p, ds = _project(ctx), ctx.date_style(("ymd", "pad", "cn"))
    p1, p2 = Page(), Page()
    p1.text(p1.w / 2, 60, "课题结题鉴定书", 26, ctx.bold, "c")
    yy = 120
    for lab, val in (("课题名称", p["title"]), ("课题编号", p["no"]), ("课题负责人", p["names"][0]),
                     ("主要成员", "、".join(p["names"][1:])), ("所在单位", p["unit"])):  # fmt: skip
        p1.text(36, yy, f"{lab}：", 13, ctx.body)
        yy = p1.wrap(66, yy, 110, val, 13, ctx.body, 1.5) + 8
    p1.text(p1.w / 2, 250, p["issuer"] + "制", 12, ctx.body, "c")
    p2.text(24, 24, "专家鉴定意见", 14, ctx.bold)
    p2.rect(24, 32, 186, 130, 0.3)
    para(
        p2,
        ctx,
        28,
        36,
        154,
        "该课题选题具有现实意义，研究思路清晰，方法得当，形成的研究报告和实践成果具有推广价值。专家组一致同意结题。",
        12,
    )
    hand(p2, ctx, 120, 112, f"专家组组长：{P.people_names(ctx.rng, 1)[0]}", 13, (30, 30, 30))
    p2.text(24, 140, "鉴定结论：", 14, ctx.bold)
    p2.text(56, 140, "同意结题", 14, ctx.body)
    p2.text(150, 170, p["issuer"], 13, ctx.body, "c")
    p2.text(150, 180, P.day(p["d"], ds), 13, ctx.body, "c")
    p2.seal(150, 174, 20, p["issuer"], ctx.seed())
    return finish(ctx, "project_completion", v, [p1, p2], _proj_fields(p, False), _prclaim(ctx, p, False))


def _pc_hand(ctx: Ctx, v: str) -> Doc:
    p = _project(ctx)
    pg = Page()
    frame(pg, ctx, 1)
    pg.text(pg.w / 2, 36, "结题证书", 26, ctx.bold, "c")
    pg.text(pg.w - 75, 50, "编号：", 11, ctx.body)
    hand(pg, ctx, pg.w - 63, 50, p["no"], 12)
    rows = [("课题名称", p["title"]), ("课题主持人", p["names"][0]), ("主持人单位", p["unit"])]
    y = 74
    for lab, val in rows:
        pg.text(30, y, f"{lab}：", 13, ctx.body)
        pg.line(62, y + 5.5, 180, y + 5.5, 0.25)
        y = pg.wrap(64, y - 1.5, 116, val, 14, ctx.hand, 1.5) + 9
    para(pg, ctx, 30, y + 4, 150, "经审核，该课题已完成预定研究任务，准予结题。", 13)
    pg.text(150, y + 40, p["issuer"], 13, ctx.body, "c")
    hand(pg, ctx, 150, y + 50, P.day(p["d"], "ymd"), 14, align="c")
    pg.seal(150, y + 43, 20, p["issuer"], ctx.seed())
    return finish(ctx, "project_completion", v, [pg], _proj_fields(p, True), _prclaim(ctx, p, True))
