"""Draw 16 books: CIP copyright pages, covers, title pages, translations, editorial boards, labelled imprints."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind16 import ink
from bench.blind16.pools import Ctx, digits, isbn_digit, people_names

PRESSES = [("中国农业出版社", "109"), ("人民卫生出版社", "117"), ("化学工业出版社", "122"), ("科学出版社", "03"),
           ("中国建筑工业出版社", "112"), ("山东科学技术出版社", "5331"), ("河南科学技术出版社", "5349"),
           ("湖南科学技术出版社", "5710"), ("中原农民出版社", "5542"), ("湖南教育出版社", "5539"),
           ("山东教育出版社", "5328"), ("郑州大学出版社", "5645"), ("中南大学出版社", "5487"),
           ("中国中医药出版社", "5132"), ("北京师范大学出版社", "303")]  # fmt: skip
CITY = {"山东": "济南", "河南": "郑州", "湖南": "长沙", "中国": "北京", "人民": "北京", "化学": "北京", "科学": "北京",
        "中原": "郑州", "郑州": "郑州", "中南": "长沙", "北京": "北京"}  # fmt: skip
BOOKS = ["基层{x}实用手册", "{x}技术规程与案例", "{x}理论与实践", "现代{x}学", "{x}操作指南", "{x}研究", "{x}百问百答",
         "{x}新进展", "图解{x}"]  # fmt: skip
SUBJECTS = ["慢性病护理", "小麦高产栽培", "设施蔬菜病虫害诊治", "中小学课堂评价", "建筑工程质量检测", "中医适宜技术",
            "农村饮水安全工程", "幼儿园区域活动", "临床合理用药", "畜禽粪污资源化利用", "城市道路养护", "心理健康教育",
            "水土保持监测", "茶树栽培与加工"]  # fmt: skip
FOREIGN = [("美", "罗伯特·米勒", "Robert Miller"), ("英", "海伦·克拉克", "Helen Clarke"), ("日", "佐藤健一", "Kenichi Sato"),
           ("德", "克劳斯·贝克尔", "Klaus Becker"), ("澳", "彼得·沃尔什", "Peter Walsh"), ("加", "苏珊·格兰特", "Susan Grant")]  # fmt: skip
CH_DIG = "〇一二三四五六七八九"


def _isbn(ctx: Ctx, code: str) -> str:
    body = "978" + "7" + code
    rest = 12 - len(body)
    title = digits(ctx.rng, rest)
    d12 = body + title
    return f"978-7-{code}-{title}-{isbn_digit(d12)}"


def _press_city(press: str) -> str:
    for k, c in CITY.items():
        if press.startswith(k):
            return c
    return "北京"


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    rng = ctx.rng
    press, code = rng.choice(PRESSES)
    title = rng.choice(BOOKS).format(x=rng.choice(SUBJECTS))
    y, m = rng.randint(2015, 2024), rng.randint(1, 12)
    ed = rng.choice([1, 1, 1, 2, 3])
    edition = f"{y}年{m}月第{ed}版"
    isbn = _isbn(ctx, code)
    if v == "translation":
        nat, orig, latin = rng.choice(FOREIGN)
        trans = people_names(rng, rng.randint(1, 3))
        people = [{"name": orig, "rank": 1, "role": "author"}] + [
            {"name": t, "rank": i + 2, "role": "translator"} for i, t in enumerate(trans)
        ]
        title = title.replace("基层", "").replace("图解", "")
        roles = (nat, orig, trans, latin)
        claim_p = rng.choice(trans)
    else:
        n_chief = rng.choice([1, 1, 2])
        n_dep = rng.choice([0, 1, 2, 3])
        n_board = rng.choice([0, 0, 3, 5]) if v in ("board", "cip", "labeled") else 0
        if v == "board":
            n_board = max(n_board, 4)
        names = people_names(rng, n_chief + n_dep + n_board)
        chief, dep, brd = names[:n_chief], names[n_chief : n_chief + n_dep], names[n_chief + n_dep :]
        people = ([{"name": n, "rank": 0, "role": "editor_in_chief"} for n in chief]
                  + [{"name": n, "rank": 0, "role": "deputy_editor"} for n in dep]
                  + [{"name": n, "rank": 0, "role": "editorial_board"} for n in brd])  # fmt: skip
        roles = (chief, dep, brd)
        claim_p = rng.choice(names)
    fn = {"cip": _cip, "cover": _cover, "titlepage": _titlepage, "translation": _translation, "board": _board,
          "labeled": _labeled}[v]  # fmt: skip
    pages, order = fn(ctx, title, press, isbn, edition, y, m, ed, roles)
    if v != "translation":
        # editors ranked by first appearance across the printed page(s)
        rank = {n: i + 1 for i, n in enumerate(dict.fromkeys(order))}
        people = sorted(({**p, "rank": rank[p["name"]]} for p in people), key=lambda p: p["rank"])
    cover = v == "cover"
    fields = {"title": title, "people": people, "issuer": press,
              "book": {"isbn": None if cover else isbn, "publisher": press, "edition": None if cover else edition},
              "issued_on": None if cover else f"{y}-{m:02d}"}  # fmt: skip
    scored = ["title", "people", "issuer", "book.publisher"] + (
        [] if cover else ["book.isbn", "book.edition"]
    )
    return Doc("book", f"book16-{v}", pages, fields, scored, {"person": claim_p, "year": y})


def _resp(roles):
    chief, dep, brd = roles
    s = "，".join(chief) + "主编"
    if dep:
        s += "；" + "，".join(dep) + "副主编"
    return s


def _cip_block(pg, ctx, y, title, press, isbn, edition, y0, m0, roles):
    rng = ctx.rng
    city = _press_city(press)
    y = ink.bold(pg, ctx, 18, y, "图书在版编目（CIP）数据", 11, "l") + 1
    resp = roles if isinstance(roles, str) else _resp(roles)
    y = pg.wrap(18, y, 134, f"{title}/{resp}. —{city}：{press}，{y0}.{m0}", 10, ctx.body, 1.7, 7)
    y = ink.body(pg, ctx, 24, y, f"ISBN {isbn}", 10)
    y = ink.body(pg, ctx, 24, y, f"Ⅰ.①{title[:4]}…　Ⅱ.①{resp[:2]}…　Ⅲ.①{rng.choice(['R', 'S', 'G', 'TU'])}{rng.randint(10, 999)}",
                 10)  # fmt: skip
    y = ink.body(
        pg, ctx, 18, y + 1, f"中国版本图书馆CIP数据核字（{y0}）第{rng.randint(10000, 299999):06d}号", 10
    )
    return y


def _imprint(pg, ctx, y, press, isbn, edition, y0, m0, ed, extra=()):
    rng = ctx.rng
    city = _press_city(press)
    rows = list(extra) + [
        f"出版发行：{press}",
        f"地　　址：{city}市{rng.choice(['经九路', '东风路', '芙蓉中路', '朝阳门内大街', '建设路'])}{rng.randint(1, 300)}号"
        f"　邮编：{rng.randint(100000, 470000)}",
        f"印　　刷：{city}{rng.choice(['新华印刷厂', '华艺印务有限公司', '鸿博印刷有限公司'])}",
        f"开　　本：787 mm×1092 mm　1/16　　印张：{rng.randint(8, 40)}.{rng.choice([0, 25, 5, 75])}",
        f"字　　数：{rng.randint(150, 900)}千字",
        f"版　　次：{edition}　　{y0}年{m0}月第1次印刷",
        f"书　　号：ISBN {isbn}",
        f"定　　价：{rng.randint(28, 168)}.00元",
    ]  # fmt: skip
    for r in rows:
        y = ink.body(pg, ctx, 22, y, r, 9.5)
    return y


def _cip(ctx, title, press, isbn, edition, y0, m0, ed, roles):
    rng = ctx.rng
    pg = Page(w=170, h=240)
    order = list(roles[0]) + list(roles[1])
    y = _cip_block(pg, ctx, 30, title, press, isbn, edition, y0, m0, roles)
    pg.line(20, y + 4, 150, y + 4, 0.3)
    chief, dep, brd = roles
    extra = [f"责任编辑：{people_names(rng, 1, set(sum(roles, [])))[0]}"]
    y = _imprint(pg, ctx, y + 14, press, isbn, edition, y0, m0, ed, extra)
    if brd:
        y = ink.body(pg, ctx, 28, y + 6, "编　委：" + "　".join(brd), 9.5)
        order += brd
    ink.body(pg, ctx, 85, 225, "版权所有　侵权必究", 9, "c")
    return [pg], order


def _cover(ctx, title, press, isbn, edition, y0, m0, ed, roles):
    rng = ctx.rng
    col = rng.choice([(40, 90, 60), (30, 70, 130), (150, 60, 30), (110, 30, 60)])
    pg = Page(w=170, h=240, bg=(245, 242, 234))
    pg.rect(0, 0, 170, 70, 0, col, col)
    ink.body(pg, ctx, 85, 18, rng.choice(["专业技术人员继续教育用书", "基层实用技术丛书", "高等院校规划教材", ""]), 10, "c",
             (235, 235, 235))  # fmt: skip
    pg.wrap(18, 86, 134, title, 24, ctx.bold, 1.4)
    chief, dep, brd = roles
    y = 140
    y = ink.body(pg, ctx, 85, y, "主编　" + "　".join(chief), 13, "c")
    if dep:
        y = ink.body(pg, ctx, 85, y + 1, "副主编　" + "　".join(dep), 11.5, "c")
    pg.rect(35, 170, 135, 205, 0, col, (215, 222, 215))
    ink.bold(pg, ctx, 85, 222, press, 13, "c", col)
    return [pg], list(chief) + list(dep)


def _titlepage(ctx, title, press, isbn, edition, y0, m0, ed, roles):
    chief, dep, brd = roles
    p1 = Page(w=170, h=240)
    y = pg_wrap(p1, ctx, 60, title, 22)
    y = ink.body(p1, ctx, 85, y + 20, "主　编　" + "　".join(chief), 12.5, "c")
    if dep:
        y = ink.body(p1, ctx, 85, y + 2, "副主编　" + "　".join(dep), 12, "c")
    ink.bold(p1, ctx, 85, 200, press, 13, "c")
    ink.body(p1, ctx, 85, 209, _press_city(press), 11, "c")
    p2 = Page(w=170, h=240)
    y = _cip_block(p2, ctx, 40, title, press, isbn, edition, y0, m0, roles)
    _imprint(p2, ctx, y + 16, press, isbn, edition, y0, m0, ed)
    return [p1, p2], list(chief) + list(dep)


def pg_wrap(pg, ctx, y, title, size):
    return pg.wrap(20, y, 130, title, size, ctx.bold, 1.4)


def _translation(ctx, title, press, isbn, edition, y0, m0, ed, roles):
    rng = ctx.rng
    nat, orig, trans, latin = roles
    pg = Page(w=170, h=240)
    resp = f"（{nat}）{orig}（{latin}）著；" + "，".join(trans) + "译"
    y = _cip_block(pg, ctx, 28, title, press, isbn, edition, y0, m0, resp)
    y = ink.body(
        pg,
        ctx,
        28,
        y + 6,
        f"著作权合同登记号：图字{rng.randint(1, 30):02d}-{y0 - 1}-{rng.randint(10, 400)}号",
        9.5,
    )
    y = ink.body(pg, ctx, 28, y + 1, f"Original English language edition published by {latin.split()[-1]} & Sons. All rights reserved.",
                 7.5, color=ink.GREY)  # fmt: skip
    pg.line(20, y + 3, 150, y + 3, 0.3)
    _imprint(pg, ctx, y + 10, press, isbn, edition, y0, m0, ed, [f"原　　著：（{nat}）{orig}",
                                                                 "译　　者：" + "　".join(trans)])  # fmt: skip
    return [pg], []


def _board(ctx, title, press, isbn, edition, y0, m0, ed, roles):
    chief, dep, brd = roles
    p1 = Page(w=170, h=240)
    y = ink.spread(p1, ctx, 30, "编委会", 16) + 6
    order = []
    for lab, grp in (("主　编", chief), ("副主编", dep), ("编　委", brd)):
        if not grp:
            continue
        ink.bold(p1, ctx, 30, y, lab, 11.5, "l")
        for i in range(0, len(grp), 4):
            ink.body(p1, ctx, 58, y, "　".join(grp[i : i + 4]), 11.5)
            y += ink.lh(11.5, 1.8)
        order += grp
        y += 3
    if brd:
        ink.body(p1, ctx, 58, y, "（编委按姓氏笔画排序）", 9, color=ink.GREY)
    p2 = Page(w=170, h=240)
    y = _cip_block(p2, ctx, 34, title, press, isbn, edition, y0, m0, roles)
    _imprint(p2, ctx, y + 14, press, isbn, edition, y0, m0, ed)
    return [p1, p2], order


def _labeled(ctx, title, press, isbn, edition, y0, m0, ed, roles):
    rng = ctx.rng
    chief, dep, brd = roles
    pg = Page(w=170, h=240)
    pg.rect(18, 120, 152, 226, 0.3, ink.GREY)
    y = 128
    rows = [("书　　名", title), ("主　　编", "　".join(chief))]
    if dep:
        rows.append(("副 主 编", "　".join(dep)))
    if brd:
        rows.append(("编　　委", "　".join(brd)))
    rows += [("出 版 人", people_names(rng, 1, set(sum(roles, [])))[0]), ("出版发行", press),
             ("版　　次", edition), ("印　　次", f"{y0}年{m0}月第1次印刷"), ("标准书号", f"ISBN {isbn}"),
             ("定　　价", f"{rng.randint(30, 120)}.80元")]  # fmt: skip
    for lab, val in rows:
        ink.body(pg, ctx, 24, y, lab, 9.5, color=ink.GREY)
        y = pg.wrap(46, y, 100, val, 9.5, ctx.body, 1.7)
    ink.body(pg, ctx, 85, 232, "如有印装质量问题，请与本社发行部联系调换", 7.5, "c", ink.GREY)
    return [pg], list(chief) + list(dep) + list(brd)
