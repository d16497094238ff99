"""Draw 31 books: CIP copyright pages, covers, title leaves, translations, textbooks and photographed spreads."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind31.kit import GREY_PAPER, centre, doc, fits, line_at, ranked
from bench.blind31.pools import FOREIGN, Ctx, fmt_m, isbn_digit
from bench.blind31.scene import Scene, scene

PUBLISHERS = {
    "湖南": [("湖南科学技术出版社", "长沙", "5710"), ("湖南师范大学出版社", "长沙", "5648"), ("湖南教育出版社", "长沙", "5539")],
    "河南": [("河南科学技术出版社", "郑州", "5349"), ("河南大学出版社", "开封", "5649"), ("中原农民出版社", "郑州", "5542")],
    "*": [("中国林业出版社", "北京", "5219"), ("中国水利水电出版社", "北京", "5226"), ("人民交通出版社", "北京", "114"),
          ("中国财政经济出版社", "北京", "5223"), ("人民卫生出版社", "北京", "117"), ("经济科学出版社", "北京", "5218")],
}  # fmt: skip
BOOKS = {
    "health": ["基层常见病诊疗手册", "乡镇卫生院护理实用技术", "农村慢性病健康管理"],
    "teacher": ["乡村小学课堂教学艺术", "农村学校班级管理实务", "小学语文单元教学设计"],
    "forest": ["油茶高效栽培技术", "南方竹林经营与利用", "林业有害生物防控图鉴"],
    "water": ["小型水利工程运行管理", "农村供水工程技术指南", "堤防工程险情抢护"],
    "road": ["农村公路养护技术手册", "中小桥梁检测与加固", "公路工程施工质量控制"],
    "acct": ["政府会计实务操作指南", "基层单位内部控制", "乡镇财政管理实务"],
    "econ": ["县域经济发展研究", "黄河流域乡村产业振兴", "农村集体经济组织运营"],
}
TRANSLATED = [
    "社区卫生服务管理",
    "课堂观察与反思",
    "森林生态系统管理",
    "流域水资源管理",
    "桥梁养护工程学",
    "管理会计精要",
    "发展经济学导论",
]
SCORED = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    sc = scene(ctx, 12)
    return BUILD[v](ctx, v, sc)


class _B:
    """One drawn book: title, publisher, ISBN, edition and its people in printed order."""

    def __init__(self, ctx: Ctx, sc: Scene, title: str | None = None) -> None:
        self.title = title or ctx.rng.choice(BOOKS[sc.sector])
        pool = PUBLISHERS[sc.p] + PUBLISHERS["*"]
        self.pub, self.city, pre = ctx.rng.choice(pool)
        body = "".join(str(ctx.rng.randint(0, 9)) for _ in range(8 - len(pre)))
        d12 = f"9787{pre}{body}"
        self.isbn = f"978-7-{pre}-{body}-{isbn_digit(d12)}"
        self.year, self.month = ctx.rng.randint(2016, 2024), ctx.rng.randint(1, 12)
        self.ed_no = 1 if ctx.rng.random() < 0.75 else 2
        self.edition = f"{self.year}年{self.month}月第{self.ed_no}版"
        self.price = f"{ctx.rng.randint(28, 96)}.00元"
        self.cip_no = f"（{self.year}）第{ctx.rng.randint(10000, 299999)}号"


def _rec(ctx, v, sc, pages, b, people, claim, cover=False):  # noqa: ANN001, ANN202
    bk = {"isbn": None if cover else b.isbn, "publisher": b.pub, "edition": None if cover else b.edition}
    f = {"title": b.title, "people": people, "issuer": b.pub, "book": bk,
         "issued_on": None if cover else f"{b.year}-{b.month:02d}"}  # fmt: skip
    scored = [s for s in SCORED if not (cover and s in ("book.isbn", "book.edition"))]
    return doc(ctx, "book", "book", v, pages, f, scored, claim, b.year)


def _editors(ctx: Ctx, sc: Scene, n_chief: int, n_dep: int, n_board: int):  # noqa: ANN202
    chief = sc.names[:n_chief]
    dep = sc.names[n_chief : n_chief + n_dep]
    board = sc.names[n_chief + n_dep : n_chief + n_dep + n_board]
    people = ranked(chief, "editor_in_chief") + ranked(dep, "deputy_editor", 1 + n_chief)
    people += ranked(board, "editorial_board", 1 + n_chief + n_dep)
    return chief, dep, board, people


def _claim(ctx: Ctx, people: list) -> str:  # noqa: ANN001
    return people[ctx.rng.randrange(len(people))]["name"]


def _cip(pg: Page, ctx: Ctx, b: _B, resp: str, y: float, x: float = 20, w: float = 170) -> float:
    y = line_at(pg, ctx, x, y, "图书在版编目（CIP）数据", 12)
    y = pg.wrap(x, y, w, f"{b.title}/{resp}. —{b.city}：{b.pub}，{b.year}.{b.month}", 10.5, ctx.body, 1.7)
    y = line_at(pg, ctx, x, y, f"ISBN {b.isbn}", 10.5)
    y = line_at(pg, ctx, x, y, f"Ⅰ.①{b.title[:2]}…  Ⅱ.①{resp[:2]}…  Ⅲ.①基层—研究", 10.5)
    y = line_at(pg, ctx, x, y + 2, f"中国版本图书馆CIP数据核字{b.cip_no}", 10.5)
    pg.line(x, y + 1, x + w, y + 1, 0.3)
    return y + 5


def _imprint(
    pg: Page, ctx: Ctx, b: _B, rows: list[tuple[str, str]], y: float, x: float = 20, size: float = 10.5
) -> float:
    rows = rows + [("出版发行", b.pub), ("社    址", f"{b.city}市{ctx.rng.choice(['芙蓉中路', '经五路', '明伦街', '北三环'])}{ctx.rng.randint(1, 300)}号"),
                   ("印    刷", f"{b.city}市{ctx.rng.choice(['新华', '华夏', '宏达'])}印刷有限公司"), ("开    本", "787 mm×1092 mm  1/16"),
                   ("印    张", f"{ctx.rng.randint(10, 30)}.{ctx.rng.choice([0, 5])}"), ("字    数", f"{ctx.rng.randint(180, 560)}千字"),
                   ("版    次", b.edition), ("印    次", f"{b.year}年{b.month}月第1次印刷"), ("书    号", f"ISBN {b.isbn}"), ("定    价", b.price)]  # fmt: skip
    for lab, val in rows:
        pg.text(x, y, lab, size, ctx.body)
        pg.text(x + 24, y, val, size, ctx.body)
        y += size * 0.3528 * 1.9
    return y


def _join(names: list[str]) -> str:
    return "，".join(names)


def _cip_page(ctx: Ctx, v: str, sc: Scene) -> Doc:
    pg = Page()
    b = _B(ctx, sc)
    chief, dep, _, people = _editors(ctx, sc, ctx.rng.randint(1, 2), ctx.rng.randint(0, 3), 0)
    y = _cip(pg, ctx, b, f"{_join(chief)}主编", 60)
    rows = [("书    名", b.title), ("主    编", "  ".join(chief))] + (
        [("副 主 编", "  ".join(dep))] if dep else []
    )
    rows.append(("责任编辑", sc.names[10]))
    _imprint(pg, ctx, b, rows, y + 6)
    return _rec(ctx, v, sc, [pg], b, people, _claim(ctx, people))


def _cover(ctx: Ctx, v: str, sc: Scene) -> Doc:
    pg = Page(185, 260)
    b = _B(ctx, sc)
    col = ctx.rng.choice([(40, 90, 60), (30, 60, 120), (150, 80, 30)])
    pg.rect(0, 0, 185, 260, 0, fill=col)
    pg.rect(15, 50, 170, 120, 0, fill=(250, 248, 240))
    pg.text(92, 70, b.title, fits(b.title, ctx, 26, 150), ctx.bold, "c")
    mono = ctx.rng.random() < 0.4
    if mono:
        authors = sc.names[: ctx.rng.randint(1, 2)]
        people = ranked(authors, "author")
        pg.text(92, 140, "  ".join(authors) + "  著", 15, ctx.body, "c", (255, 255, 255))
    else:
        chief, dep, _, people = _editors(ctx, sc, ctx.rng.randint(1, 2), ctx.rng.randint(0, 2), 0)
        pg.text(92, 140, "  ".join(chief) + "  主编", 15, ctx.body, "c", (255, 255, 255))
        if dep:
            pg.text(92, 150, "  ".join(dep) + "  副主编", 12, ctx.body, "c", (255, 255, 255))
    pg.text(92, 236, b.pub, 15, ctx.bold, "c", (255, 255, 255))
    return _rec(ctx, v, sc, [pg], b, people, _claim(ctx, people), cover=True)


def _titleleaf(ctx: Ctx, v: str, sc: Scene) -> Doc:
    b = _B(ctx, sc)
    chief, dep, board, people = _editors(ctx, sc, 1, ctx.rng.randint(1, 2), ctx.rng.randint(3, 6))
    p1 = Page()
    p1.text(105, 50, b.title, fits(b.title, ctx, 24, 170), ctx.bold, "c")
    y = centre(p1, ctx, 120, "编  委  会", 15, True)
    y = line_at(p1, ctx, 40, y + 4, "主    编  " + "  ".join(chief), 12.5)
    y = line_at(p1, ctx, 40, y, "副 主 编  " + "  ".join(dep), 12.5)
    listed = board + (chief if ctx.rng.random() < 0.5 else [])
    y = line_at(p1, ctx, 40, y, "编    委（按姓氏笔画排序）", 12.5)
    for i in range(0, len(listed), 4):
        y = line_at(p1, ctx, 52, y, "  ".join(listed[i : i + 4]), 12.5)
    p1.text(105, 240, b.pub, 14, ctx.body, "c")
    p2 = Page()
    y = _cip(p2, ctx, b, f"{chief[0]}主编", 70)
    _imprint(p2, ctx, b, [("书    名", b.title), ("责任编辑", sc.names[11])], y + 6)
    return _rec(ctx, v, sc, [p1, p2], b, people, _claim(ctx, people[1:]))


def _translated(ctx: Ctx, v: str, sc: Scene) -> Doc:
    pg = Page()
    b = _B(ctx, sc, ctx.rng.choice(TRANSLATED))
    author = ctx.rng.choice(FOREIGN)
    country = ctx.rng.choice(["美", "英", "德", "瑞典"])
    tr = sc.names[: ctx.rng.randint(1, 3)]
    people = ranked([author], "author") + ranked(tr, "translator", 2)
    y = _cip(pg, ctx, b, f"（{country}）{author}著；{_join(tr)}译", 60)
    rows = [
        ("书    名", b.title),
        ("著    者", f"〔{country}〕{author}"),
        ("译    者", "  ".join(tr)),
        ("责任编辑", sc.names[10]),
    ]
    y = _imprint(pg, ctx, b, rows, y + 6)
    pg.text(20, y + 6, f"著作权合同登记号：图字 01-{b.year - 1}-{ctx.rng.randint(1000, 9999)}", 10, ctx.body)
    return _rec(ctx, v, sc, [pg], b, people, tr[ctx.rng.randrange(len(tr))])


def _textbook(ctx: Ctx, v: str, sc: Scene) -> Doc:
    pg = Page(185, 260)
    b = _B(ctx, sc)
    chief, dep, board, people = _editors(ctx, sc, 1, ctx.rng.randint(1, 2), ctx.rng.randint(2, 4))
    pg.text(92, 16, "职业教育“十四五”规划教材", 11, ctx.body, "c")
    y = 30.0
    for lab, who in (("主  编", chief), ("副主编", dep), ("参  编", board)):
        y = line_at(pg, ctx, 30, y, f"{lab}  " + "  ".join(who), 11)
    pg.line(15, y + 2, 170, y + 2, 0.3)
    y = _cip(pg, ctx, b, f"{chief[0]}主编", y + 6, 15, 155)
    _imprint(pg, ctx, b, [("书    名", b.title)], y + 4, 15, 10)
    return _rec(ctx, v, sc, [pg], b, people, _claim(ctx, people))


def _spread(ctx: Ctx, v: str, sc: Scene) -> Doc:
    pg = Page(297, 210)
    pg.bg = (205, 200, 190)
    b = _B(ctx, sc)
    chief, dep, _, people = _editors(ctx, sc, ctx.rng.randint(1, 2), ctx.rng.randint(0, 2), 0)
    pg.rect(8, 8, 146, 202, 0, fill=(60, 100, 140))
    pg.text(77, 50, b.title, fits(b.title, ctx, 22, 125), ctx.bold, "c", (255, 255, 255))
    pg.text(77, 110, "  ".join(chief) + "  主编", 13, ctx.body, "c", (255, 255, 255))
    pg.text(77, 180, b.pub, 13, ctx.bold, "c", (255, 255, 255))
    pg.rect(152, 8, 290, 202, 0, fill=(252, 251, 247))
    resp = f"{_join(chief)}主编"
    y = _cip(pg, ctx, b, resp, 20, 158, 126)
    rows = [("主    编", "  ".join(chief))] + ([("副 主 编", "  ".join(dep))] if dep else [])
    _imprint(pg, ctx, b, rows, y + 3, 158, 9)
    return _rec(ctx, v, sc, [pg], b, people, _claim(ctx, people))


def _boxed(ctx: Ctx, v: str, sc: Scene) -> Doc:
    pg = Page()
    pg.bg = GREY_PAPER
    b = _B(ctx, sc)
    authors = sc.names[: ctx.rng.randint(1, 3)]
    people = ranked(authors, "author")
    pg.rect(25, 110, 185, 262, 0.5)
    y = 118.0
    rows = [
        ("书    名", b.title),
        ("著    者", "  ".join(authors)),
        ("出 版 人", sc.names[10]),
        ("责任编辑", sc.names[11]),
    ]
    y = _imprint(pg, ctx, b, rows, y, 32, 11)
    pg.text(105, 90, f"版权所有  侵权必究    {fmt_m(b.year, b.month, 'cn')}出版", 10, ctx.body, "c")
    return _rec(ctx, v, sc, [pg], b, people, _claim(ctx, people))


BUILD = {
    "cip": _cip_page,
    "cover": _cover,
    "titleleaf": _titleleaf,
    "translated": _translated,
    "textbook": _textbook,
    "spread": _spread,
    "boxed": _boxed,
}
