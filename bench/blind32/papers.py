"""Draw 32: journal articles (first pages, 目录, covers, portal prints), books and patent certificates."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import journals
from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind32 import pools as P
from bench.blind32.honours import award_certificate, project_completion
from bench.blind32.ink import GREY, RED, centre, desk, hand, landscape, make, pairs, portrait, stamp, who
from bench.blind32.pools import Ctx

__all__ = ["journal_article", "book", "patent_certificate", "award_certificate", "project_completion"]

REGION = {"11": "北京", "12": "天津", "13": "河北", "14": "山西", "21": "辽宁", "22": "吉林", "23": "黑龙江",
          "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西", "37": "山东", "41": "河南",
          "42": "湖北", "43": "湖南", "44": "广东", "46": "海南", "51": "四川", "52": "贵州", "53": "云南",
          "61": "陕西", "62": "甘肃", "63": "青海"}  # fmt: skip
MUNI = ("北京", "天津")
NATIONAL = ["中国科学技术协会", "教育部", "农业农村部", "国家卫生健康委员会", "中国科学院", "应急管理部"]


def _supervisor(ctx: Ctx, cn: str) -> tuple[str, str]:
    region = REGION.get(cn[:2])
    if cn[:2] in ("10", "11") or region is None or region in MUNI or ctx.rng.random() < 0.35:
        return ctx.pick(NATIONAL), "national"
    return ctx.pick([f"{region}省科学技术协会", f"{region}省教育厅", f"{region}省科学院"]), "provincial"


# ---- journal articles -------------------------------------------------------------------------
def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("jour")
    sector = ctx.pick(P.SECTORS)
    j = ctx.pick(journals())
    year = ctx.rng.randint(2017, 2024)
    vol = str(year - ctx.rng.randint(1975, 2010)) if ctx.rng.random() < 0.7 else None
    s = {"sector": sector, "j": j, "year": year, "vol": vol, "issue": str(ctx.rng.randint(1, 12)),
         "title": ctx.pick(P.PAPERS[sector]), "authors": P.people(ctx.rng, ctx.rng.randint(2, 6)),
         "units": [P.workplace(ctx.rng, sector, *P.city_county(ctx.rng)) for _ in range(2)]}  # fmt: skip
    return {"first": _j_first, "toc": _j_toc, "cover": _j_cover, "citeline": _j_cite, "twocol": _j_twocol,
            "portal": _j_portal, "offprint": _j_offprint}[v](ctx, s, v)  # fmt: skip


def _j_doc(
    ctx: Ctx, s: dict, v: str, pages: list[Page], sup: str | None = None, listing: bool = False
) -> Doc:
    j = s["j"]
    levels = list(j.base_levels)
    if sup:
        levels.append(sup)
    f = {"title": s["title"], "people": who(s["authors"], "author"),
         "journal": {"name": j.name, "issn": j.issn, "cn": j.cn, "year": s["year"], "volume": s["vol"],
                     "issue": s["issue"], "levels": levels}}  # fmt: skip
    scored = [] if listing else ["title", "people"]
    scored += [
        "journal.name",
        "journal.issn",
        "journal.cn",
        "journal.year",
        "journal.issue",
        "journal.levels",
    ]
    if s["vol"]:
        scored.append("journal.volume")
    claim = ctx.pick(s["authors"][2:] or s["authors"]) if ctx.rng.random() < 0.6 else ctx.pick(s["authors"])
    return make("journal_article", "jour", v, pages, f, scored, claim, s["year"])


def _byline(pg: Page, ctx: Ctx, y: float, s: dict, size: float = 13) -> float:
    parts: list[tuple[str, bool]] = []
    for i, a in enumerate(s["authors"]):
        parts += [(a, False), ("1" if i == 0 or i % 3 else "1,2", True)]
        if i < len(s["authors"]) - 1:
            parts.append(("，", False))
    y = pg.runs(pg.w / 2, y, parts, size, ctx.body)
    u = s["units"]
    return centre(pg, ctx, y, f"（1. {u[0]}；2. {u[1]}）", 9.5, bold=False)


def _vi(s: dict) -> str:
    return f"第{s['vol']}卷第{s['issue']}期" if s["vol"] else f"第{s['issue']}期"


def _vi_en(s: dict) -> str:
    return f"Vol.{s['vol']} No.{s['issue']}" if s["vol"] else f"No.{s['issue']}"


FILLER = ("为明确其影响规律，本研究于山东省德州市和泰安市选取代表性样点开展调查与对比试验，"
          "测定相关指标并采用方差分析和相关分析方法进行统计。结果表明，处理间差异达显著水平，"
          "综合表现以优化方案最佳，可在同类地区推广应用。")  # fmt: skip


def _abstract(pg: Page, ctx: Ctx, y: float, x: float = 20, w: float = 170, size: float = 9.5) -> float:
    y = pg.wrap(x, y, w, "摘　要：" + FILLER, size, ctx.body, 1.6)
    kw = "、".join(ctx.rng.sample(["山东", "调查", "影响因素", "对策", "技术", "监测", "模型", "效果"], 4))
    y = pg.wrap(x, y + 1, w, "关键词：" + kw.replace("、", "；"), size, ctx.body, 1.6)
    return pg.wrap(
        x, y + 1, w, f"中图分类号：S{ctx.rng.randint(100, 899)}　　文献标志码：A", size, ctx.body, 1.6
    )


def _j_first(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    j = s["j"]
    m = ctx.rng.randint(1, 12)
    pg.text(20, 12, f"{_vi(s)}", 9, ctx.body)
    pg.text(105, 12, j.name, 9, ctx.body, "c")
    pg.text(190, 12, f"{s['year']}年{m}月", 9, ctx.body, "r")
    pg.text(190, 17, _vi_en(s), 8, ctx.body, "r")
    pg.line(20, 22, 190, 22, 0.4)
    y = pg.wrap(25, 34, 160, s["title"], 18, ctx.bold, 1.45)
    y = _byline(pg, ctx, y + 4, s)
    y = _abstract(pg, ctx, y + 4)
    pg.text(20, y + 2, f"文章编号：{j.issn}({s['year']}){int(s['issue']):02d}-{ctx.rng.randint(1, 400):04d}-0{ctx.rng.randint(5, 9)}",
            8.5, ctx.body)  # fmt: skip
    pg.line(20, 262, 80, 262, 0.3)
    rec = dt.date(s["year"] - 1, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    pg.text(20, 265, f"收稿日期：{rec.isoformat()}", 8, ctx.body)
    pg.text(20, 270, f"作者简介：{s['authors'][0]}，从事相关领域研究与技术推广工作。", 8, ctx.body)
    pg.text(105, 282, f"ISSN {j.issn}　　CN {j.cn}", 8, ctx.body, "c", GREY)
    return _j_doc(ctx, s, v, [pg])


def _j_toc(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    j = s["j"]
    centre(pg, ctx, 16, j.name, 22)
    centre(pg, ctx, 29, f"{s['year']}年　{_vi(s)}", 11, bold=False)
    centre(pg, ctx, 37, spaced_cn("目次"), 15)
    taken = set(s["authors"])
    items = [(s["title"], s["authors"])]
    others = [t for secs in P.PAPERS.values() for t in secs if t != s["title"]]
    for t in ctx.rng.sample(others, ctx.rng.randint(7, 9)):
        items.append((t, P.people(ctx.rng, ctx.rng.randint(1, 4), taken)))
    ctx.rng.shuffle(items)
    y, page = 50.0, 1
    for t, au in items:
        pg.text(22, y, t, 11, ctx.body)
        pg.text(188, y, str(page), 10, ctx.body, "r")
        pg.text(30, y + 6, "　".join(au), 9.5, ctx.body, "l", GREY)
        y += 15.5
        page += ctx.rng.randint(5, 10)
    pg.text(105, 282, f"ISSN {j.issn}　CN {j.cn}", 9, ctx.body, "c")
    return _j_doc(ctx, s, v, [pg], listing=True)


def spaced_cn(s: str) -> str:
    return "　".join(s)


def _j_cover(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    j = s["j"]
    col = ctx.pick([(20, 80, 60), (120, 30, 40), (30, 60, 120)])
    pg.rect(0, 0, 210, 90, 0, col, col)
    pg.text(105, 28, j.name, 38 if len(j.name) < 7 else 28, ctx.bold, "c", (255, 255, 255))
    pg.text(105, 70, f"{s['year']}　{_vi(s)}", 14, ctx.body, "c", (255, 255, 255))
    sup, lvl = _supervisor(ctx, j.cn)
    pg.rect(24, 110, 186, 210, 0.4, col)
    pg.text(30, 114, "本期要目", 13, ctx.bold, "l", col)
    y = 126.0
    others = [t for secs in P.PAPERS.values() for t in secs if t != s["title"]]
    items = [(s["title"], s["authors"])] + [
        (t, P.people(ctx.rng, 2, set(s["authors"]))) for t in ctx.rng.sample(others, 3)
    ]
    ctx.rng.shuffle(items)
    for t, au in items:
        pg.text(30, y, t, 10.5, ctx.body)
        pg.text(180, y + 6, "　".join(au), 9, ctx.body, "r", GREY)
        y += 20
    pg.text(24, 240, f"主管：{sup}", 11, ctx.body)
    pg.text(
        24,
        248,
        f"主办：{ctx.pick(['中国农学会', '山东省医学会', '中国煤炭学会', '中国环境科学学会', s['units'][0]])}",
        11,
        ctx.body,
    )
    pg.text(24, 262, f"ISSN {j.issn}", 12, ctx.body)
    pg.text(24, 270, f"CN {j.cn}", 12, ctx.body)
    pg.rect(150, 250, 186, 276, 0.3)
    for i in range(18):
        pg.line(152 + i * 1.9, 252, 152 + i * 1.9, 270, 0.2 + (i % 3) * 0.3)
    return _j_doc(ctx, s, v, [pg], sup=lvl, listing=True)


def _j_cite(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    j = s["j"]
    pg.text(
        20,
        12,
        f"{j.name}　{s['year']}，{s['vol'] + '(' + s['issue'] + ')' if s['vol'] else '(' + s['issue'] + ')'}",
        9,
        ctx.body,
    )
    pg.text(190, 12, f"ISSN {j.issn}　CN {j.cn}", 8.5, ctx.body, "r")
    pg.line(20, 18, 190, 18, 0.6)
    y = pg.wrap(22, 30, 166, s["title"], 17, ctx.bold, 1.45)
    mark = ctx.rng.randrange(len(s["authors"]))
    names = [a + ("*" if i == mark else "") for i, a in enumerate(s["authors"])]
    y = centre(pg, ctx, y + 4, "　".join(names), 13, bold=False)
    y = centre(
        pg, ctx, y, f"（{s['units'][0]}，山东 {ctx.pick(['德州 253000', '泰安 271000'])}）", 9.5, bold=False
    )
    y = _abstract(pg, ctx, y + 4, 22, 166)
    first = s["authors"][:3]
    etal = "，等" if len(s["authors"]) > 3 else ""
    vi = f"{s['vol']}({s['issue']})" if s["vol"] else f"({s['issue']})"
    pg.rect(20, y + 3, 190, y + 20, 0, (240, 240, 240), (240, 240, 240))
    pg.wrap(23, y + 5, 164, f"引用格式：{'，'.join(first)}{etal}. {s['title']}[J]. {j.name}，{s['year']}，{vi}：{ctx.rng.randint(10, 200)}-{ctx.rng.randint(201, 260)}.",
            9, ctx.body, 1.5)  # fmt: skip
    pg.text(20, 270, "*通信作者", 8, ctx.body)
    return _j_doc(ctx, s, v, [pg])


def _j_twocol(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    j = s["j"]
    pg.text(20, 12, f"{j.name}", 9, ctx.body)
    pg.text(190, 12, f"{s['year']}年 {_vi(s)}", 9, ctx.body, "r")
    pg.line(20, 17, 190, 17, 0.3)
    y = pg.wrap(24, 28, 162, s["title"], 17, ctx.bold, 1.45)
    y = centre(pg, ctx, y + 4, "，".join(s["authors"]), 12.5, bold=False)
    y = centre(pg, ctx, y, f"（{s['units'][0]}）", 9.5, bold=False)
    y = _abstract(pg, ctx, y + 4, 24, 162, 9)
    for col in range(2):
        x = 20 + col * 88
        yy = y + 8
        if col == 0:
            pg.text(x, yy, "0　引言", 10.5, ctx.bold)
            yy += 7
        for _ in range(5):
            yy = pg.wrap(x, yy, 82, FILLER, 9, ctx.body, 1.55, indent=6)
    pg.text(20, 276, f"ISSN {j.issn}/CN {j.cn}", 8, ctx.body, "l", GREY)
    return _j_doc(ctx, s, v, [pg])


def _j_portal(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    j = s["j"]
    pg.rect(0, 0, 210, 16, 0, (235, 240, 248), (235, 240, 248))
    pg.text(12, 4.5, "学术期刊数据库　›　期刊论文　›　详情", 9, ctx.body, "l", (40, 80, 150))
    y = pg.wrap(14, 26, 182, s["title"], 15, ctx.bold, 1.45)
    y = pg.wrap(14, y + 2, 182, "　".join(s["authors"]), 11, ctx.body, 1.5)
    y = pg.wrap(14, y, 182, "　".join(s["units"]), 9, ctx.body, 1.5)
    y = _abstract(pg, ctx, y + 4, 14, 182, 9.5)
    rows = [("刊名", j.name), ("年，卷(期)", f"{s['year']}，{s['vol'] or ''}({s['issue']})"), ("ISSN", j.issn), ("CN", j.cn),
            ("页码", f"{ctx.rng.randint(10, 90)}-{ctx.rng.randint(91, 99)}"), ("DOI", f"10.{ctx.rng.randint(11000, 13999)}/j.issn.{j.issn}.{s['year']}.{int(s['issue']):02d}.0{ctx.rng.randint(10, 99)}")]  # fmt: skip
    pg.rect(14, y + 4, 196, y + 4 + 7.5 * len(rows) + 4, 0.3, (200, 200, 210))
    pairs(pg, ctx, 18, y + 7, rows, 10, 26, gap=2.1)
    pg.text(
        14,
        288,
        f"打印时间：{dt.date(s['year'] + 1, 3, 9).isoformat()} 10:2{ctx.rng.randint(0, 9)}",
        7.5,
        ctx.body,
        "l",
        GREY,
    )
    return _j_doc(ctx, s, v, [pg])


def _j_offprint(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    j = s["j"]
    sup, lvl = _supervisor(ctx, j.cn)
    pg.rect(30, 30, 180, 100, 1.2, (60, 60, 60))
    pg.text(105, 42, j.name, 26, ctx.bold, "c")
    pg.text(105, 66, f"{s['year']}年{_vi(s)}", 13, ctx.body, "c")
    pg.text(105, 80, "抽　印　本", 16, ctx.bold, "c", RED)
    y = pg.wrap(30, 125, 150, s["title"], 15, ctx.bold, 1.5)
    pg.text(105, y + 6, "作者：" + "、".join(s["authors"]), 12, ctx.body, "c")
    pg.text(105, 240, f"主管单位：{sup}", 10.5, ctx.body, "c")
    pg.text(105, 250, f"国际标准连续出版物号 ISSN {j.issn}", 10.5, ctx.body, "c")
    pg.text(105, 260, f"国内统一连续出版物号 CN {j.cn}", 10.5, ctx.body, "c")
    return _j_doc(ctx, s, v, [pg], sup=lvl)


# ---- books --------------------------------------------------------------------------------------
PREFIX = {"中国农业出版社": "109", "山东科学技术出版社": "5331", "中国农业科学技术出版社": "5116", "化学工业出版社": "122",
          "人民卫生出版社": "117", "中国医药科技出版社": "5214", "煤炭工业出版社": "5020", "中国电力出版社": "5198",
          "中国环境出版集团": "5111", "山东教育出版社": "5701", "北京师范大学出版社": "303", "科学出版社": "03"}  # fmt: skip
SEAT = {"中国农业出版社": "北京", "山东科学技术出版社": "济南", "山东教育出版社": "济南"}


def _isbn(ctx: Ctx, pub: str) -> str:
    pre = PREFIX[pub]
    item = str(ctx.rng.randint(0, 10 ** (8 - len(pre)) - 1)).zfill(8 - len(pre))
    d12 = "9787" + pre + item
    return f"978-7-{pre}-{item}-{P.isbn_digit(d12)}"


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    sector = ctx.pick(P.SECTORS)
    pub = ctx.pick(P.PUBLISHERS)
    y, m = ctx.rng.randint(2015, 2024), ctx.rng.randint(1, 12)
    s = {"sector": sector, "pub": pub, "y": y, "m": m, "ed": ctx.pick([1, 1, 1, 2]), "isbn": _isbn(ctx, pub),
         "title": ctx.pick(P.BOOKS[sector]), "city": SEAT.get(pub, "北京")}  # fmt: skip
    taken: set[str] = set()
    s["chief"] = P.people(ctx.rng, ctx.pick([1, 2]), taken)
    s["deputy"] = P.people(ctx.rng, ctx.rng.randint(1, 3), taken)
    s["board"] = P.people(ctx.rng, ctx.rng.randint(4, 9), taken)
    return {"cover": _b_cover, "cip": _b_cip, "titlepage": _b_title, "translation": _b_trans, "board": _b_board,
            "monograph": _b_mono, "spread": _b_spread}[v](ctx, s, v)  # fmt: skip


def _edition(s: dict) -> str:
    return f"{s['y']}年{s['m']}月第{s['ed']}版"


def _b_doc(ctx: Ctx, s: dict, v: str, pages: list[Page], people: list[dict], cover: bool = False) -> Doc:
    f = {"title": s["title"], "people": people, "issuer": s["pub"], "issued_on": None if cover else f"{s['y']}-{s['m']:02d}",
         "book": {"isbn": None if cover else s["isbn"], "publisher": s["pub"], "edition": None if cover else _edition(s)}}  # fmt: skip
    scored = ["title", "people", "issuer", "book.publisher"] + (
        [] if cover else ["book.isbn", "book.edition"]
    )
    return make("book", "book", v, pages, f, scored, ctx.pick([p["name"] for p in people]), s["y"])


def _editors(s: dict, board: bool = True) -> list[dict]:
    out = who(s["chief"], "editor_in_chief") + who(s["deputy"], "deputy_editor", len(s["chief"]) + 1)
    if board:
        out += who(s["board"], "editorial_board", len(s["chief"]) + len(s["deputy"]) + 1)
    return out


def _cip(pg: Page, ctx: Ctx, s: dict, y: float, resp: str, x: float = 22, w: float = 166) -> float:
    pg.text(x, y, "图书在版编目（CIP）数据", 11, ctx.bold)
    y = pg.wrap(
        x, y + 8, w, f"{s['title']} / {resp}. —{s['city']}：{s['pub']}，{s['y']}.{s['m']}", 10, ctx.body, 1.6
    )
    y = pg.wrap(x, y, w, f"ISBN {s['isbn']}", 10, ctx.body, 1.6)
    y = pg.wrap(
        x,
        y + 1,
        w,
        f"Ⅰ.①{s['title'][:2]}…　Ⅱ.①{resp.split('，')[0][:3]}…　Ⅲ.①{s['title'][-4:]}—基本知识",
        10,
        ctx.body,
    )
    y = pg.wrap(
        x,
        y + 1,
        w,
        f"中国版本图书馆CIP数据核字（{s['y']}）第{ctx.rng.randint(10000, 299999)}号",
        10,
        ctx.body,
    )
    pg.line(x, y + 3, x + w, y + 3, 0.3)
    y += 8
    rows = [("责任编辑", P.person(ctx.rng, set(s["chief"] + s["deputy"] + s["board"]))), ("出版发行", s["pub"]),
            ("印　　刷", f"{ctx.pick(['北京', '济南', '河北'])}{ctx.pick(['华联', '鸿博', '新华'])}印刷有限公司"),
            ("开　　本", "787mm×1092mm　1/16"), ("印　　张", f"{ctx.rng.randint(10, 30)}.{ctx.pick([0, 25, 5, 75])}"),
            ("字　　数", f"{ctx.rng.randint(200, 600)}千字"), ("版　　次", _edition(s)),
            ("印　　次", f"{s['y']}年{s['m']}月第1次印刷"), ("书　　号", f"ISBN {s['isbn']}"),
            ("定　　价", f"{ctx.rng.randint(28, 98)}.00元")]  # fmt: skip
    return pairs(pg, ctx, x, y, rows, 9.5, 22, gap=1.8)


def _resp(s: dict) -> str:
    return "，".join(s["chief"]) + "主编"


def _b_cover(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    col = ctx.pick([(30, 100, 60), (40, 70, 130), (150, 60, 30)])
    pg.rect(0, 0, 210, 297, 0, col, col)
    pg.rect(20, 60, 190, 140, 0, (250, 248, 240), (250, 248, 240))
    pg.wrap(30, 80, 150, s["title"], 28, ctx.bold, 1.4)
    pg.text(105, 170, "主编　" + "　".join(s["chief"]), 14, ctx.body, "c", (255, 255, 255))
    pg.text(105, 182, "副主编　" + "　".join(s["deputy"]), 12, ctx.body, "c", (255, 255, 255))
    pg.text(105, 270, s["pub"], 15, ctx.bold, "c", (255, 255, 255))
    return _b_doc(ctx, s, v, [pg], _editors(s, board=False), cover=True)


def _b_cip(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    _cip(pg, ctx, s, 40, _resp(s))
    return _b_doc(ctx, s, v, [pg], who(s["chief"], "editor_in_chief"))


def _b_title(ctx: Ctx, s: dict, v: str) -> Doc:
    p1 = portrait()
    p1.wrap(30, 60, 150, s["title"], 26, ctx.bold, 1.4)
    y = 130
    for lab, ns in (("主　编", s["chief"]), ("副主编", s["deputy"]), ("编　委", s["board"])):
        p1.text(40, y, lab, 12, ctx.body)
        y = p1.wrap(64, y, 110, "　".join(ns), 12, ctx.body, 1.7) + 2
    p1.text(105, 262, s["pub"], 14, ctx.bold, "c")
    p2 = portrait()
    _cip(p2, ctx, s, 40, _resp(s))
    return _b_doc(ctx, s, v, [p1, p2], _editors(s))


def _b_trans(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    author = ctx.pick(P.FOREIGN)
    tr = s["chief"] + s["deputy"][:1]
    country = ctx.pick(["美", "英", "德", "澳"])
    pg.wrap(30, 40, 150, s["title"], 22, ctx.bold, 1.4)
    pg.text(105, 78, f"〔{country}〕{author}　著", 13, ctx.body, "c")
    pg.text(105, 88, "　".join(tr) + "　译", 13, ctx.body, "c")
    pg.text(105, 102, s["pub"], 12, ctx.body, "c")
    _cip(pg, ctx, s, 125, f"（{country}）{author}著；{'，'.join(tr)}译")
    people = who([author], "author") + who(tr, "translator", 2)
    return _b_doc(ctx, s, v, [pg], people)


def _b_board(ctx: Ctx, s: dict, v: str) -> Doc:
    p1 = portrait()
    centre(p1, ctx, 40, "编 委 会", 20)
    y = 64
    for lab, ns in (("主　　编", s["chief"]), ("副 主 编", s["deputy"]), ("编　　委", s["board"])):
        p1.text(36, y, lab, 13, ctx.bold)
        y = p1.wrap(68, y, 110, "　".join(ns), 13, ctx.body, 1.8) + 6
    p1.text(68, y, "（编委按姓氏笔画排序）", 10, ctx.body, "l", GREY)
    p2 = portrait()
    _cip(p2, ctx, s, 40, _resp(s))
    return _b_doc(ctx, s, v, [p1, p2], _editors(s))


def _b_mono(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    authors = s["chief"]
    pg.wrap(30, 36, 150, s["title"], 22, ctx.bold, 1.4)
    pg.text(105, 72, "　".join(authors) + "　著", 13, ctx.body, "c")
    pg.line(22, 150, 188, 150, 0.3)
    _cip(pg, ctx, s, 158, "，".join(authors) + "著")
    return _b_doc(ctx, s, v, [pg], who(authors, "author"))


def _b_spread(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = landscape()
    pg.bg = (70, 60, 55)
    pg.rect(8, 8, 289, 202, 0, (248, 244, 232), (248, 244, 232))
    pg.rect(145, 8, 152, 202, 0, (215, 208, 192), (215, 208, 192))
    pg.wrap(24, 40, 110, s["title"], 20, ctx.bold, 1.4)
    pg.text(78, 90, _resp(s), 12, ctx.body, "c")
    pg.text(78, 100, "副主编　" + "　".join(s["deputy"]), 11, ctx.body, "c")
    pg.text(78, 180, s["pub"], 13, ctx.bold, "c")
    sub = Page(297, 210)
    _cip(sub, ctx, s, 20, _resp(s), 160, 122)
    pg.ops += sub.ops
    return _b_doc(ctx, s, v, [pg], _editors(s, board=False))


# ---- patents ------------------------------------------------------------------------------------
KIND = {"invention": ("发明", "1", "发明人", "发明名称", 20, "B"), "utility_model": ("实用新型", "2", "发明人", "实用新型名称", 10, "U"),
        "design": ("外观设计", "3", "设计人", "使用外观设计的产品名称", 15, "S")}  # fmt: skip


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("pat")
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        v, ctx.pick(["invention", "utility_model", "utility_model"]))  # fmt: skip
    sector = ctx.pick(P.SECTORS)
    m, c = P.city_county(ctx.rng)
    applied = P.a_day(ctx.rng, 2016, 2022)
    lag = {"invention": (420, 1000), "utility_model": (100, 300), "design": (80, 220)}[kind]
    granted = applied + dt.timedelta(days=ctx.rng.randint(*lag))
    d12 = f"{applied.year}{KIND[kind][1]}{ctx.rng.randint(0, 9999999):07d}"
    title = ctx.pick(P.INVENTIONS[sector])
    if kind == "design":
        title = title.replace("一种", "") + ctx.pick(["", "（A型）"])
    s = {"kind": kind, "applied": applied, "granted": granted, "d12": d12, "num": f"ZL{d12}.{P.zl_check(d12)}",
         "printed": f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{P.zl_check(d12)}", "title": title,
         "inv": P.people(ctx.rng, ctx.rng.randint(2, 6)), "owner": P.workplace(ctx.rng, sector, m, c),
         "cert": str(ctx.rng.randint(1000000, 9999999)), "chief": P.person(ctx.rng, set())}  # fmt: skip
    pages = {"invention": _p_classic, "utility": _p_classic, "design": _p_classic, "electronic": _p_elec,
             "desk": _p_desk, "landscape": _p_land}[v](ctx, s)  # fmt: skip
    f = {"title": title, "people": who(s["inv"], "inventor"), "issuer": "国家知识产权局",
         "issued_on": granted.isoformat(),
         "patent": {"kind": kind, "number": s["num"], "applied_on": applied.isoformat(), "granted_on": granted.isoformat()}}  # fmt: skip
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    return make("patent_certificate", "pat", v, pages, f, scored, ctx.pick(s["inv"]), granted.year)


def _p_rows(s: dict, st: str) -> list[tuple[str, str]]:
    kw = KIND[s["kind"]]
    return [(kw[3], s["title"]), (kw[2], "；".join(s["inv"])), ("专利号", s["printed"]),
            ("专利申请日", P.day(s["applied"], st)), ("专利权人", s["owner"]),
            ("授权公告日", P.day(s["granted"], st)),
            ("授权公告号", f"CN {ctx_num(s)} {kw[5]}")]  # fmt: skip


def ctx_num(s: dict) -> str:
    return str(int(s["cert"]) * 3 % 10**9).zfill(9)


def _p_para(s: dict) -> str:
    kw = KIND[s["kind"]]
    return (
        f"本{kw[0]}经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{kw[0]}专利证书"
        f"并在专利登记簿上予以登记。专利权自授权公告之日起生效。专利权期限为{kw[4]}年，自申请日起算。"
    )


def _p_classic(ctx: Ctx, s: dict) -> list[Page]:
    pg = portrait()
    st = ctx.style(("cjk", "cjk0"))
    pg.rect(12, 12, 198, 285, 1.0, (150, 120, 60))
    centre(pg, ctx, 30, f"{KIND[s['kind']][0]}专利证书", 24)
    pg.text(105, 46, f"证书号第{s['cert']}号", 11, ctx.body, "c")
    y = pairs(pg, ctx, 26, 64, _p_rows(s, st), 11.5, 28, gap=2.2)
    y = pg.wrap(26, y + 6, 158, _p_para(s), 11, ctx.body, 1.8, indent=8)
    pg.wrap(26, y + 2, 158, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、"
            "国籍、地址变更等事项记载在专利登记簿上。", 10, ctx.body, 1.7, indent=7)  # fmt: skip
    pg.text(150, 232, "国家知识产权局", 12, ctx.body, "c")
    pg.text(130, 246, "局长", 12, ctx.body)
    hand(pg, ctx, 145, 244, s["chief"], 16)
    stamp(pg, ctx, 150, 240, "国家知识产权局", 20)
    return [pg]


def _p_elec(ctx: Ctx, s: dict) -> list[Page]:
    pg = portrait()
    st = ctx.style(("iso", "cjk0", "dot"))
    pg.rect(0, 0, 210, 26, 0, (180, 30, 40), (180, 30, 40))
    pg.text(105, 7, f"{KIND[s['kind']][0]}专利证书（电子）", 17, ctx.bold, "c", (255, 255, 255))
    pg.text(190, 32, f"证书号 第{s['cert']}号", 10, ctx.body, "r")
    rows = [[a, b] for a, b in _p_rows(s, st)]
    pg.table(22, 42, [40, 126], rows, 10.5, ctx.body, 13)
    pg.wrap(22, 142, 166, _p_para(s), 10.5, ctx.body, 1.8, indent=7)
    pg.rect(22, 200, 52, 230, 0.4)
    for i in range(6):
        for jx in range(6):
            if (i * 7 + jx * 3 + int(s["cert"][-1])) % 3 == 0:
                pg.rect(24 + jx * 4.5, 202 + i * 4.5, 28 + jx * 4.5, 206 + i * 4.5, 0, (0, 0, 0), (0, 0, 0))
    pg.text(58, 212, "扫描二维码核验证书真伪", 9, ctx.body, "l", GREY)
    pg.text(150, 216, "国家知识产权局", 12, ctx.body, "c")
    stamp(pg, ctx, 150, 214, "国家知识产权局", 18)
    return [pg]


def _p_desk(ctx: Ctx, s: dict) -> list[Page]:
    pg = portrait()
    st = ctx.style(("cjk", "cjk0"))
    desk(pg, ctx, 18, 24, 192, 270)
    centre(pg, ctx, 40, f"{KIND[s['kind']][0]}专利证书", 22)
    pg.text(105, 54, f"证书号第{s['cert']}号", 10, ctx.body, "c")
    y = pairs(pg, ctx, 30, 68, _p_rows(s, st), 11, 27, gap=2.2)
    pg.wrap(30, y + 6, 150, _p_para(s), 10, ctx.body, 1.7, indent=7)
    pg.text(150, 236, "国家知识产权局", 11, ctx.body, "c")
    stamp(pg, ctx, 150, 236, "国家知识产权局", 19)
    return [pg]


def _p_land(ctx: Ctx, s: dict) -> list[Page]:
    pg = landscape()
    st = ctx.style(("cjk", "cjk0", "dot"))
    pg.rect(10, 10, 287, 200, 0.8, (150, 120, 60))
    centre(pg, ctx, 20, f"{KIND[s['kind']][0]}专利证书", 22)
    rows = _p_rows(s, st)
    left = Page(160, 210)
    pairs(left, ctx, 24, 44, rows[:3] + rows[4:5], 11, 26, gap=2.3)
    pg.ops += left.ops
    sub = Page(297, 210)
    pairs(sub, ctx, 160, 44, rows[3:4] + rows[5:], 11, 26, gap=2.3)
    pg.ops += sub.ops
    pg.wrap(24, 112, 250, _p_para(s), 10.5, ctx.body, 1.8, indent=7)
    pg.text(210, 160, f"证书号第{s['cert']}号", 10, ctx.body)
    pg.text(240, 172, "国家知识产权局", 11, ctx.body, "c")
    stamp(pg, ctx, 240, 172, "国家知识产权局", 18)
    return [pg]
