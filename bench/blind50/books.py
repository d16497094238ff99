"""Draw 50's books: a front cover, a title page with its copyright (CIP) page, a copyright page alone, an
editorial board grid with the copyright page, a translation, and a library catalogue record on a phone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind50 import kit
from bench.blind50.kit import GREY, fit, lh
from bench.blind50.pools import (
    FOREIGN_AUTHORS,
    PUBLISHERS,
    City,
    Ctx,
    Profession,
    era,
    isbn,
    names,
)  # fmt: skip
from bench.blind50.training import claim, make_doc
from bench.generator.truth import person

BOOK = "book"
ROLE_WORD = {"editor_in_chief": "主编", "deputy_editor": "副主编", "editorial_board": "编委", "translator": "译",
             "author": "著"}  # fmt: skip
CLC = {"pharm": "R95", "water": "TV6", "vet": "S85", "acct": "F23", "forest": "S7", "radio": "R445",
       "teach": "G61", "survey": "P2", "power": "TM7", "museum": "G26", "eye": "R77", "seed": "S51",
       "env": "X8", "met": "P4", "nurse": "R47", "civil": "U44"}  # fmt: skip


@dataclass
class Book:
    c: City
    p: Profession
    year: int
    month: int
    title: str
    pub: str
    pub_city: str
    isbn: str
    edition: str
    ed_no: int
    chief: list[str]
    deputy: list[str]
    board: list[str]
    claimant: str
    cip: str

    def people_names(self) -> list[str]:
        return self.chief + self.deputy + self.board

    def people(self) -> list[dict]:
        out, r = [], 1
        for role, ns in (("editor_in_chief", self.chief), ("deputy_editor", self.deputy),
                         ("editorial_board", self.board)):  # fmt: skip
            for n in ns:
                out.append(person(n, r, role))
                r += 1
        return out


def _book(ctx: Ctx, board: bool = False) -> Book:
    rng = ctx.rng
    c = ctx.city()
    y = ctx.year(c)
    p = ctx.profession("books")
    title, pk = rng.choice(era(p.books, c))
    if rng.random() < 0.3:
        pk = "henan_kj" if c.key == "kaifeng" else "shandong_kj"
    pub, prefix, pcity = PUBLISHERS[pk]
    month = rng.randint(1, 12)
    ed_no = rng.choice((1, 1, 1, 2))
    edition = f"{y}年{month}月第{ed_no}版"
    taken: set[str] = set()
    chief = names(rng, rng.choice((1, 1, 2)), taken)
    deputy = names(rng, rng.choice((0, 1, 2, 3)), taken)
    members = names(rng, rng.randint(4, 10) if board else 0, taken)
    everyone = chief + deputy + members
    claimant = rng.choice(everyone)
    cip = f"中国版本图书馆CIP数据核字（{y}）第{rng.randint(10000, 299999):06d}号"
    return Book(c, p, y, month, title, pub, pcity, isbn(rng, prefix), edition, ed_no, chief, deputy, members,
                claimant, cip)  # fmt: skip


def _fields(b: Book, people: list[dict], with_isbn: bool = True) -> tuple[dict, list[str]]:
    fields = {
        "title": b.title, "people": people, "issuer": b.pub,
        "book": {"isbn": b.isbn if with_isbn else None, "publisher": b.pub, "edition": b.edition if with_isbn else None},
    }  # fmt: skip
    scored = ["title", "people", "issuer", "book.publisher"]
    if with_isbn:
        fields["issued_on"] = f"{b.year}-{b.month:02d}"
        scored += ["book.isbn", "book.edition"]
    return fields, scored


def book(ctx: Ctx, k: int) -> Doc:
    layout = ctx.layout(BOOK)
    return {
        "cover": _cover, "title_cip": _title_cip, "cip_only": _cip_only, "board_grid": _board,
        "translation": _translation, "opac_phone": _opac,
    }[layout](ctx, layout)  # fmt: skip


def _credit_lines(b: Book) -> list[str]:
    out = []
    if b.chief:
        out.append("主编  " + "  ".join(b.chief))
    if b.deputy:
        out.append("副主编  " + "  ".join(b.deputy))
    return out


def _cover(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    b = _book(ctx)
    pg = Page(185, 260)
    col = rng.choice(((30, 90, 140), (40, 110, 70), (150, 60, 30), (90, 50, 120)))
    pg.rect(0, 0, pg.w, pg.h, 0, col, (248, 246, 240))
    pg.rect(0, 0, pg.w, 20, 0, col, col)
    pg.rect(0, 150, pg.w, 210, 0, col, col)
    y = 50.0
    for ln in kit.title_lines(b.title, 12):
        fit(pg, pg.w / 2, y, ln, 30, ctx.bold, pg.w - 24, "c", col)
        y += lh(30, 1.35)
    y += 10
    for ln in _credit_lines(b):
        fit(pg, pg.w / 2, y, ln, 13, ctx.body, pg.w - 30, "c")
        y += lh(13, 1.9)
    pg.text(pg.w / 2, 176, rng.choice(("基层实用技术丛书", "专业技术人员继续教育参考用书", "")), 11, ctx.body, "c",
            (255, 255, 255))  # fmt: skip
    pg.text(pg.w / 2, 232, b.pub, 14, ctx.bold, "c")
    fields, scored = _fields(b, b.people(), with_isbn=False)
    return make_doc(BOOK, layout, [pg], fields, scored, claim(b.claimant, b.year, b.c))


def _cip_page(ctx: Ctx, b: Book, resp: str, board: list[str] | None = None) -> Page:
    """The copyright page: CIP record, CIP number, editors, production data, 版次 and 书号."""
    rng = ctx.rng
    pg = Page(185, 260)
    y = 70.0
    if board:
        pg.text(24, 30, "编写人员", 11, ctx.bold)
        kit.para(pg, 24, 38, 137, "  ".join(board), 9.5, ctx.body, 1.6, indent=False)
    pg.text(24, y, "图书在版编目（CIP）数据", 11, ctx.bold)
    y += lh(11, 1.9)
    mon = f"{b.year}.{b.month}"
    y = kit.para(
        pg, 24, y, 137, f"{b.title} / {resp}. —{b.pub_city}：{b.pub}，{mon}", 9.5, ctx.body, 1.6, indent=False
    )
    y = kit.para(pg, 30, y, 131, f"ISBN {b.isbn}", 9.5, ctx.body, 1.6, indent=False)
    ch = b.title[:2]
    y = kit.para(pg, 30, y, 131, f"Ⅰ. ①{ch}…  Ⅱ. ①{(b.chief or b.deputy or [b.claimant])[0][0]}…  Ⅲ. ①{b.title[-4:]}  "
                 f"Ⅳ. ①{CLC.get(b.p.key, 'R')}", 9.5, ctx.body, 1.6, indent=False)  # fmt: skip
    y += 3
    pg.text(24, y, b.cip, 9.5, ctx.body)
    y += 6
    pg.line(24, y, pg.w - 24, y, 0.3)
    y += 5
    rows = [
        ("责任编辑", "  ".join(names(rng, rng.choice((1, 2)), set(b.people_names())))),
        ("出版发行", f"{b.pub}（{b.pub_city}市{rng.choice(('西城区', '海淀区', '金水区', '市中区', '朝阳区'))}）"),
        ("印    刷", f"{rng.choice(('河南', '山东', '北京'))}{rng.choice(('瑞兴', '华印', '新华', '博文'))}印刷有限公司"),
        ("开    本", rng.choice(("787 mm×1092 mm  1/16", "710 mm×1000 mm  1/16", "889 mm×1194 mm  1/32"))),
        ("印    张", f"{rng.randint(10, 30)}.{rng.choice((0, 25, 5, 75))}"),
        ("字    数", f"{rng.randint(200, 600)}千字"),
        ("版    次", b.edition),
        ("印    次", f"{b.year}年{b.month}月第1次印刷"),
        ("书    号", f"ISBN {b.isbn}"),
        ("定    价", f"{rng.randint(28, 98)}.00元"),
    ]  # fmt: skip
    for lab, val in rows:
        pg.text(24, y, lab, 9.5, ctx.body)
        fit(pg, 50, y, val, 9.5, ctx.body, pg.w - 74)
        y += lh(9.5, 1.8)
    y += 4
    pg.text(24, y, "版权所有  侵权必究", 9, ctx.body, "l", GREY)
    pg.text(24, y + 6, "如有印装质量问题，请与本社发行部联系调换", 8.5, ctx.body, "l", GREY)
    return pg


def _resp(b: Book, with_deputy: bool) -> str:
    s = "，".join(b.chief) + "主编"
    if with_deputy and b.deputy:
        s += "；" + "，".join(b.deputy) + "副主编"
    return s


def _title_page(ctx: Ctx, b: Book) -> Page:
    pg = Page(185, 260)
    y = 60.0
    for ln in kit.title_lines(b.title, 10):
        fit(pg, pg.w / 2, y, ln, 24, ctx.bold, pg.w - 30, "c")
        y += lh(24, 1.4)
    y += 20
    for ln in _credit_lines(b):
        fit(pg, pg.w / 2, y, ln, 12.5, ctx.body, pg.w - 30, "c")
        y += lh(12.5, 2.0)
    pg.text(pg.w / 2, 222, b.pub, 13, ctx.body, "c")
    pg.text(pg.w / 2, 230, b.pub_city, 11, ctx.body, "c")
    return pg


def _title_cip(ctx: Ctx, layout: str) -> Doc:
    b = _book(ctx)
    pages = [_title_page(ctx, b), _cip_page(ctx, b, _resp(b, True))]
    fields, scored = _fields(b, b.people())
    return make_doc(BOOK, layout, pages, fields, scored, claim(b.claimant, b.year, b.c))


def _cip_only(ctx: Ctx, layout: str) -> Doc:
    b = _book(ctx)
    with_dep = ctx.rng.random() < 0.6
    if not with_dep:
        b.deputy = []
    if b.claimant not in b.chief + b.deputy:
        b.claimant = b.chief[0]
    pg = _cip_page(ctx, b, _resp(b, with_dep))
    kit.noise(pg, ctx, ("edge", "fold"))
    fields, scored = _fields(b, b.people())
    return make_doc(BOOK, layout, [pg], fields, scored, claim(b.claimant, b.year, b.c))


def _board(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    b = _book(ctx, board=True)
    pg = Page(185, 260)
    pg.text(pg.w / 2, 34, "编  委  会", 20, ctx.bold, "c")
    y = 58.0
    for lab, ns in (("主    编", b.chief), ("副 主 编", b.deputy)):
        if not ns:
            continue
        pg.text(28, y, lab, 12, ctx.body)
        pg.text(56, y, "  ".join(ns), 12, ctx.body)
        y += lh(12, 2.2)
    pg.text(28, y, "编    委", 12, ctx.body)
    pg.text(50, y + 0.5, "（按姓氏笔画排序）", 9, ctx.body, "l", GREY)
    y += lh(12, 1.9)
    for row in kit.rows_of(b.board, 4):
        for i, n in enumerate(row):
            pg.text(40 + i * 30, y, n, 12, ctx.body)
        y += lh(12, 2.0)
    if rng.random() < 0.5:
        y += 6
        pg.text(28, y, "审    稿", 12, ctx.body)
        pg.text(56, y, "  ".join(names(rng, 2, set(b.people_names()))), 12, ctx.body)
    pages = [pg, _cip_page(ctx, b, _resp(b, False))]
    fields, scored = _fields(b, b.people())
    return make_doc(BOOK, layout, pages, fields, scored, claim(b.claimant, b.year, b.c))


def _translation(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    b = _book(ctx)
    nat, author, original = rng.choice(FOREIGN_AUTHORS)
    translators = b.chief + b.deputy
    b.claimant = rng.choice(translators)
    pg = Page(185, 260)
    y = 60.0
    for ln in kit.title_lines(b.title, 10):
        fit(pg, pg.w / 2, y, ln, 24, ctx.bold, pg.w - 30, "c")
        y += lh(24, 1.4)
    y += 18
    pg.text(pg.w / 2, y, f"{nat} {author}  著", 12.5, ctx.body, "c")
    y += lh(12.5, 2.0)
    pg.text(pg.w / 2, y, "  ".join(translators) + "  译", 12.5, ctx.body, "c")
    pg.text(pg.w / 2, 222, b.pub, 13, ctx.body, "c")
    resp = f"（{nat[1:-1]}）{author}（{original}）著；{'，'.join(translators)}译"
    cip = _cip_page(ctx, b, resp)
    cip.text(24, 52, f"著作权合同登记号  图字：01-{b.year - 1}-{rng.randint(1000, 9999)}", 9.5, ctx.body)
    people = [person(author, 1, "author")] + [
        person(n, i, "translator") for i, n in enumerate(translators, 2)
    ]
    fields, scored = _fields(b, people)
    return make_doc(BOOK, layout, [pg, cip], fields, scored, claim(b.claimant, b.year, b.c))


def _opac(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    b = _book(ctx)
    if b.claimant not in b.chief + b.deputy:
        b.claimant = b.chief[0]
    pg = kit.phone_page(ctx, 186)
    pg.bg = (255, 255, 255)
    y = kit.status_bar(pg, ctx, f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}")
    y = kit.app_bar(pg, ctx, y, f"{b.c.name}图书馆 · 书目详情")
    y += 5
    pg.rect(6, y, 28, y + 30, 0, (200, 210, 220), (200, 210, 220))
    yy = kit.para(pg, 32, y, pg.w - 38, b.title, 11.5, ctx.bold, 1.4, indent=False)
    fit(pg, 32, yy + 1, _resp(b, True), 8.5, ctx.body, pg.w - 38, "l", GREY)
    y = max(y + 36, yy + 10)
    rows = [
        ("题名/责任者", f"{b.title} / {_resp(b, True)}"),
        ("出版发行", f"{b.pub_city}：{b.pub}，{b.year}.{b.month:02d}"),
        ("版本说明", b.edition),
        ("ISBN及定价", f"{b.isbn} / CNY{rng.randint(28, 98)}.00"),
        ("载体形态", f"{rng.randint(150, 420)}页；{rng.choice((24, 26))}cm"),
        ("中图法分类号", CLC.get(b.p.key, "R")),
        ("索书号", f"{CLC.get(b.p.key, 'R')}/{rng.randint(10, 99)}"),
    ]  # fmt: skip
    for lab, val in rows:
        pg.text(6, y, lab, 8.5, ctx.sans, "l", GREY)
        y = kit.para(pg, 30, y, pg.w - 36, val, 8.5, ctx.body, 1.5, indent=False) + 2.5
        pg.line(6, y - 1.5, pg.w - 6, y - 1.5, 0.15, kit.LIGHT)
    y += 3
    pg.text(6, y, "馆藏信息", 10, ctx.bold)
    y += 7
    pg.text(6, y, f"总馆 · 自然科学图书借阅区    {'在架' if rng.random() < 0.7 else '借出'}", 8.5, ctx.sans)
    people = [person(n, i, "editor_in_chief") for i, n in enumerate(b.chief, 1)]
    people += [person(n, i, "deputy_editor") for i, n in enumerate(b.deputy, len(b.chief) + 1)]
    fields, scored = _fields(b, people)
    return make_doc(BOOK, layout, [pg], fields, scored, claim(b.claimant, b.year, b.c))


_ = (dt, width_mm)
