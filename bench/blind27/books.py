"""Book proofs of draw 27: cover, copyright (CIP) page, title page + CIP, translation, editorial board + CIP, and an
open-book photocopy spread."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind27 import kit
from bench.blind27.pools import GREY, Ctx, isbn_digit, iso_month, people

PUBLISHERS = [("河南大学出版社", "5649", "开封"), ("郑州大学出版社", "5645", "郑州"), ("河南科学技术出版社", "5349", "郑州"),
              ("中原农民出版社", "5542", "郑州"), ("吉林大学出版社", "5692", "长春"), ("延边大学出版社", "5688", "延吉"),
              ("中国纺织出版社", "5180", "北京"), ("化学工业出版社", "122", "北京"), ("科学出版社", "03", "北京")]  # fmt: skip
TITLES = ["临床常见病护理实践", "基层医院急诊急救手册", "现代内科疾病诊疗精要", "中学语文阅读教学研究",
          "小学数学课堂教学设计与反思", "土木工程施工技术与管理", "黄河滩区农作物栽培技术", "现代水利工程建设与管理",
          "实用儿科疾病诊治", "建筑工程质量控制研究", "高校英语教学理论与实践", "农村基层卫生服务管理"]  # fmt: skip
FOREIGN = [("美", "约翰·米勒", "临床护理评估指南"), ("英", "大卫·霍尔", "课堂观察的方法"), ("日", "佐藤健一", "现场质量管理"),
           ("德", "托马斯·韦伯", "结构设计原理")]  # fmt: skip
CLASS = ["R47", "R4", "G633.3", "G623.5", "TU7", "S5", "TV5", "R72", "TU712", "H319.3", "R197"]


def _isbn(ctx: Ctx, prefix: str) -> str:
    body = prefix + "".join(str(ctx.rng.randint(0, 9)) for _ in range(8 - len(prefix)))
    d12 = "9787" + body
    return f"978-7-{prefix}-{body[len(prefix) :]}-{isbn_digit(d12)}"


def _setup(ctx: Ctx) -> dict:
    pub, prefix, city = ctx.pick(PUBLISHERS)
    y, m = ctx.rng.randint(2015, 2024), ctx.rng.randint(1, 12)
    ed = ctx.pick([1, 1, 1, 2])
    return {"pub": pub, "city": city, "isbn": _isbn(ctx, prefix), "y": y, "m": m, "ed": ed,
            "edition": f"{y}年{m}月第{ed}版", "title": ctx.pick(TITLES)}  # fmt: skip


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    return {"cover": _cover, "cip": _cip, "titlecip": _titlecip, "translated": _translated, "board": _board,
            "spread": _spread}[v](ctx, f"book27-{v}")  # fmt: skip


def _editors(ctx: Ctx) -> list[tuple[str, str]]:
    """(name, role) in printed order: 主编, then 副主编, sometimes 编委."""
    chief = people(ctx.rng, ctx.rng.randint(1, 2) + ctx.rng.randint(1, 3) + 6)
    n1 = ctx.rng.randint(1, 2)
    n2 = ctx.rng.randint(1, 3)
    return ([(n, "editor_in_chief") for n in chief[:n1]] + [(n, "deputy_editor") for n in chief[n1:n1 + n2]]
            + [(n, "editorial_board") for n in chief[n1 + n2:]])  # fmt: skip


def _people(eds: list[tuple[str, str]]) -> list[dict]:
    seen: dict[str, dict] = {}
    for n, r in eds:
        seen.setdefault(n, {"name": n, "rank": len(seen) + 1, "role": r})
    return list(seen.values())


def _finish(
    layout: str, pages: list, s: dict, eds: list[tuple[str, str]], ctx: Ctx, cover: bool = False
) -> Doc:
    book_f = {
        "isbn": None if cover else s["isbn"],
        "publisher": s["pub"],
        "edition": None if cover else s["edition"],
    }
    f = {"title": s["title"], "people": _people(eds), "issuer": s["pub"], "book": book_f,
         "issued_on": None if cover else iso_month(s["y"], s["m"])}  # fmt: skip
    sc = ["title", "people", "issuer", "book.publisher"] + ([] if cover else ["book.isbn", "book.edition"])
    named = [n for n, r in eds if r not in ("editorial_board",)] or [eds[0][0]]
    return kit.doc("book", layout, pages, f, sc, ctx.pick(named), s["y"])


def _by_role(eds: list[tuple[str, str]], role: str) -> list[str]:
    return [n for n, r in eds if r == role]


def _cover(ctx: Ctx, layout: str) -> Doc:
    s = _setup(ctx)
    eds = [e for e in _editors(ctx) if e[1] != "editorial_board"]
    pg = kit.page(tint=ctx.pick([(226, 236, 228), (240, 232, 220), (228, 232, 244)]))
    pg.rect(0, 60, 210, 130, 0, fill=(255, 255, 255))
    pg.text(105, 80, s["title"], 30 if len(s["title"]) <= 9 else 24, ctx.bold, "c")
    y = 160.0
    pg.text(105, y, "主编　" + "　".join(_by_role(eds, "editor_in_chief")), 14, ctx.body, "c")
    if _by_role(eds, "deputy_editor"):
        pg.text(105, y + 10, "副主编　" + "　".join(_by_role(eds, "deputy_editor")), 12, ctx.body, "c")
    pg.text(105, 270, s["pub"], 15, ctx.bold, "c")
    return _finish(layout, [pg], s, eds, ctx, cover=True)


def _cip_block(pg, ctx: Ctx, s: dict, y: float, resp: str, x: float = 20, w: float = 170) -> float:
    pg.text(x, y, "图书在版编目（CIP）数据", 11, ctx.bold)
    line = f"{s['title']}/{resp}. —{s['city']}：{s['pub']}，{s['y']}.{s['m']}"
    y = pg.wrap(x, y + 8, w, line, 10.5, ctx.body, 1.6)
    pg.text(x, y, f"ISBN {s['isbn']}", 10.5, ctx.body)
    cls = ctx.pick(CLASS)
    pg.text(x, y + 6, f"Ⅰ.①{s['title'][:2]}…  Ⅱ.①{resp[:3]}…  Ⅲ.①{s['title'][-4:]}  Ⅳ.①{cls}", 10.5, ctx.body)
    pg.text(
        x,
        y + 13,
        f"中国版本图书馆CIP数据核字（{s['y']}）第{ctx.rng.randint(100000, 299999)}号",
        10.5,
        ctx.body,
    )
    y += 24
    pg.line(x, y, x + w, y, 0.3)
    rows = [("责任编辑", people(ctx.rng, 1)[0]), ("出版发行", s["pub"]), ("地址", f"{s['city']}市{ctx.pick(['明伦街85号', '经五路66号', '大学路40号'])}"),
            ("印刷", f"{ctx.pick(['河南', '廊坊', '长春'])}{ctx.pick(['华印', '鑫海', '永成'])}印务有限公司"),
            ("开本", "787mm×1092mm　1/16"), ("印张", f"{ctx.rng.randint(12, 30)}.5"), ("字数", f"{ctx.rng.randint(200, 560)}千字"),
            ("版次", s["edition"]), ("印次", f"{s['y']}年{s['m']}月第1次印刷"), ("书号", f"ISBN {s['isbn']}"),
            ("定价", f"{ctx.rng.randint(38, 98)}.00元")]  # fmt: skip
    y += 5
    for lab, val in rows:
        pg.text(x, y, f"{lab}　{val}", 10, ctx.body)
        y += 6.5
    return y


def _resp(eds: list[tuple[str, str]]) -> str:
    return "，".join(_by_role(eds, "editor_in_chief")) + "主编"


def _cip(ctx: Ctx, layout: str) -> Doc:
    s = _setup(ctx)
    eds = [e for e in _editors(ctx) if e[1] == "editor_in_chief"]
    pg = kit.page()
    _cip_block(pg, ctx, s, 110, _resp(eds))
    return _finish(layout, [pg], s, eds, ctx)


def _title_page(ctx: Ctx, s: dict, eds: list[tuple[str, str]]):
    pg = kit.page()
    pg.text(105, 70, s["title"], 26, ctx.bold, "c")
    y = 130.0
    for label, role in (("主　编", "editor_in_chief"), ("副主编", "deputy_editor")):
        ns = _by_role(eds, role)
        if ns:
            pg.text(105, y, f"{label}　{'　'.join(ns)}", 13, ctx.body, "c")
            y += 11
    pg.text(105, 250, s["pub"], 14, ctx.body, "c")
    pg.text(105, 260, s["city"], 12, ctx.body, "c")
    return pg


def _titlecip(ctx: Ctx, layout: str) -> Doc:
    s = _setup(ctx)
    eds = [e for e in _editors(ctx) if e[1] != "editorial_board"]
    p1 = _title_page(ctx, s, eds)
    p2 = kit.page()
    _cip_block(p2, ctx, s, 120, _resp(eds))
    return _finish(layout, [p1, p2], s, eds, ctx)


def _translated(ctx: Ctx, layout: str) -> Doc:
    s = _setup(ctx)
    land, author, orig = ctx.pick(FOREIGN)
    s["title"] = orig
    tr = people(ctx.rng, ctx.rng.randint(1, 2))
    resp = f"（{land}）{author}著；{'，'.join(tr)}译"
    p1 = kit.page()
    p1.text(105, 70, orig, 26, ctx.bold, "c")
    p1.text(105, 110, f"〔{land}〕{author}　著", 14, ctx.body, "c")
    p1.text(105, 122, f"{'　'.join(tr)}　译", 14, ctx.body, "c")
    p1.text(105, 250, s["pub"], 14, ctx.body, "c")
    p2 = kit.page()
    _cip_block(p2, ctx, s, 100, resp)
    p2.text(
        20,
        250,
        f"著作权合同登记号：图字{ctx.rng.randint(16, 22)}-{s['y'] - 1}-{ctx.rng.randint(10, 300)}",
        10,
        ctx.body,
    )
    eds = [(author, "author")] + [(n, "translator") for n in tr]
    doc = _finish(layout, [p1, p2], s, eds, ctx)
    doc.claim["person"] = ctx.pick(tr)
    return doc


def _board_page(ctx: Ctx, s: dict, eds: list[tuple[str, str]], pg, x: float, w: float) -> None:
    pg.text(x + w / 2, 30, "编 委 会", 18, ctx.bold, "c")
    y = 50.0
    for label, role in (
        ("主　编", "editor_in_chief"),
        ("副主编", "deputy_editor"),
        ("编　委", "editorial_board"),
    ):
        ns = _by_role(eds, role)
        if role == "editorial_board":
            ns = ns + [n for n, r in eds if r != "editorial_board"][:1]
            pg.text(x + 10, y, "编　委（按姓氏笔画排序）", 12, ctx.body)
            y += 9
            for i in range(0, len(ns), 4):
                pg.text(x + 24, y, "　".join(ns[i : i + 4]), 12, ctx.body)
                y += 8
        else:
            pg.text(x + 10, y, f"{label}　{'　'.join(ns)}", 12, ctx.body)
            y += 10


def _board(ctx: Ctx, layout: str) -> Doc:
    s = _setup(ctx)
    eds = _editors(ctx)
    p1 = kit.page()
    _board_page(ctx, s, eds, p1, 20, 170)
    p2 = kit.page()
    _cip_block(p2, ctx, s, 110, _resp(eds))
    return _finish(layout, [p1, p2], s, eds, ctx)


def _spread(ctx: Ctx, layout: str) -> Doc:
    """An open book photocopied flat: board list on the left page, copyright page on the right."""
    s = _setup(ctx)
    eds = _editors(ctx)
    pg = kit.page(landscape=True, tint=(238, 238, 234))
    pg.rect(146, 0, 151, 210, 0, fill=(200, 200, 196))
    _board_page(ctx, s, eds, pg, 10, 128)
    _cip_block(pg, ctx, s, 40, _resp(eds), x=160, w=125)
    pg.text(8, 203, "（复印件）", 9, ctx.body, color=GREY)
    return _finish(layout, [pg], s, eds, ctx)
