"""Draw 24 builders: journal articles and books (patents, awards and projects live in `grants`)."""

from __future__ import annotations

from bench.blind.common import journals, supervisor
from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind24.grants import award_certificate, patent_certificate, project_completion
from bench.blind24.ink import GREY, centre, doc, fit_table, kv, para, seal, serial, txt
from bench.blind24.pools import (
    BOOK_TITLES,
    CITIES,
    FOREIGN,
    FOREIGN_TAG,
    PAPER_TITLES,
    PUBLISHERS,
    Ctx,
    crowd,
    day,  # fmt: skip
    isbn_digit,
)
from bench.generator.truth import person

__all__ = ["journal_article", "book", "patent_certificate", "award_certificate", "project_completion"]
KEYWORDS = [
    "绩效评价",
    "数值模拟",
    "影响因素",
    "空间分布",
    "实证分析",
    "风险评价",
    "机器学习",
    "黄河下游",
    "洞庭湖",
    "黑茶",
]


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("jour")
    city = ctx.pick(CITIES)
    j = ctx.pick(journals())
    year = ctx.rng.randint(2016, 2024)
    vol = str(year - ctx.rng.randint(1975, 2010)) if ctx.rng.random() < 0.7 else None
    iss = str(ctx.rng.randint(1, 12))
    title = ctx.pick(PAPER_TITLES)
    authors = crowd(ctx.rng, ctx.rng.randint(1, 5))
    aff = [ctx.pick(CITIES[city]["work"]) for _ in authors]
    levels = list(j.base_levels)
    sup, slev = supervisor(ctx.rng, j)
    with_sup = v in ("cover", "mast") or (v == "firstpage" and ctx.rng.random() < 0.3)
    if with_sup:
        levels.append(slev)
    jr = {
        "name": j.name,
        "issn": j.issn,
        "cn": j.cn,
        "year": year,
        "volume": vol,
        "issue": iss,
        "levels": levels,
    }
    f = {"title": title, "people": [person(a, i + 1, "author") for i, a in enumerate(authors)], "journal": jr}
    sc = ["title", "people", "journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue",
          "journal.levels"] + (["journal.volume"] if vol else [])  # fmt: skip
    volis = (f"第{vol}卷 " if vol else "") + f"第{iss}期"
    head = f"{j.name}  {year}年{volis}"
    pages: list[Page] = []
    pg = Page()

    def byline(pg: Page, y: float, size: float = 13) -> float:
        y = centre(
            pg,
            ctx,
            y,
            "  ".join(f"{a}{i + 1 if len(set(aff)) > 1 else ''}" for i, a in enumerate(authors)),
            size,
            bold=False,
        )
        for i, w in enumerate(dict.fromkeys(aff)):
            y = centre(
                pg,
                ctx,
                y,
                f"（{i + 1 if len(set(aff)) > 1 else ''}{w}，{city}  {CITIES[city]['zip']}）",
                9.5,
                bold=False,
            )
        return y

    def abstract(pg: Page, y: float, w: float = 170, x: float = 20) -> float:
        y = para(pg, ctx, x, y, w, f"摘要：针对{title[:6]}相关问题，本文采用文献分析与实地调研相结合的方法开展研究，"
                 "构建评价指标体系并进行实证检验。结果表明，所提方法具有较好的适用性，可为相关实践提供参考。", 10)  # fmt: skip
        y = para(pg, ctx, x, y, w, "关键词：" + "；".join(ctx.rng.sample(KEYWORDS, 4)), 10, indent=False)
        return para(pg, ctx, x, y, w, f"中图分类号：{ctx.pick(['F234', 'TU375', 'S571', 'X53', 'K244', 'R197'])}"
                    "    文献标志码：A", 9.5, indent=False)  # fmt: skip

    if v == "firstpage":
        txt(pg, ctx, 20, 12, head, 9.5)
        txt(pg, ctx, 190, 12, f"ISSN {j.issn}  CN {j.cn}", 9.5, align="r")
        pg.line(20, 18, 190, 18, 0.4)
        if with_sup:
            txt(pg, ctx, 20, 20, f"主管：{sup}", 8.5, color=GREY)
        y = para(pg, ctx, 24, 32, 162, title, 18, indent=False)
        y = abstract(pg, byline(pg, y + 3) + 4)
        pg.line(20, 272, 80, 272, 0.3)
        para(pg, ctx, 20, 274, 170, f"收稿日期：{year - 1}-{ctx.rng.randint(1, 12):02d}-{ctx.rng.randint(1, 28):02d}"
             f"    作者简介：{authors[0]}，{ctx.pick(['讲师', '副教授', '高级工程师', '会计师'])}。", 8.5, indent=False)  # fmt: skip
        pages = [pg]
    elif v in ("cover", "toc"):
        sc = [s for s in sc if s not in ("title", "people")]
        picked = ctx.rng.sample([t for t in PAPER_TITLES if t != title], 4)
        others = [
            (t, p) for t in picked if not set(p := crowd(ctx.rng, ctx.rng.randint(1, 3))) & set(authors)
        ]
        entries = others[:2] + [(title, authors)] + others[2:]
        if v == "cover":
            pg.rect(0, 0, 210, 297, 0, fill=(236, 244, 250))
            txt(pg, ctx, 105, 40, j.name, 34, True, "c", (20, 60, 120))
            txt(pg, ctx, 105, 64, f"{year}年{volis}", 14, align="c")
            y = 110
            txt(pg, ctx, 30, y, "本期要目", 13, True)
            for t, p in entries:
                y = para(pg, ctx, 30, y + 9, 150, f"{t}……{'，'.join(p)}", 10.5, indent=False)
            kv(pg, ctx, 30, 236, [("主管", sup), ("主办", ctx.pick(CITIES[city]["univ"])),
                                  ("国际标准连续出版物号", f"ISSN {j.issn}"), ("国内统一连续出版物号", f"CN {j.cn}")], 10)  # fmt: skip
        else:
            txt(pg, ctx, 20, 14, f"{j.name}（{year}年{volis}）", 10)
            txt(pg, ctx, 190, 14, f"ISSN {j.issn}    CN {j.cn}", 10, align="r")
            centre(pg, ctx, 26, "目    次", 18)
            y = 44
            for t, p in entries:
                txt(pg, ctx, 24, y, t, 11.5)
                txt(pg, ctx, 186, y, str(ctx.rng.randint(1, 120)), 11, align="r")
                txt(pg, ctx, 30, y + 6.5, "，".join(p), 10, color=(60, 60, 60))
                y += 17
        pages = [pg]
    elif v == "bilingual":
        txt(pg, ctx, 20, 12, f"第{iss}期" if not vol else f"Vol.{vol} No.{iss}", 9)
        txt(pg, ctx, 105, 12, j.name, 10, align="c")
        txt(pg, ctx, 190, 12, f"{year}年", 9, align="r")
        pg.line(20, 17, 190, 17, 0.3)
        y = para(pg, ctx, 24, 28, 162, title, 17, indent=False)
        y = byline(pg, y + 2, 12)
        y = abstract(pg, y + 3)
        y = para(pg, ctx, 20, y + 3, 170, "Abstract: This paper studies the problem with field data and an "
                 "evaluation model; the results show the method is effective.", 9.5, indent=False)  # fmt: skip
        for c in (0, 1):
            yy = y + 8
            for _ in range(12):
                pg.line(20 + c * 88, yy + 2, 102 + c * 88, yy + 2, 0.15, (190, 190, 190))
                yy += 6
        txt(
            pg,
            ctx,
            20,
            282,
            f"DOI:10.{serial(ctx, 5)}/j.cnki.{serial(ctx, 4)}    ISSN {j.issn}  CN {j.cn}",
            8.5,
            color=GREY,
        )
        pages = [pg]
    elif v == "mast":
        p1 = Page()
        centre(p1, ctx, 30, j.name, 24)
        centre(p1, ctx, 46, f"{year}年  {volis}", 13, bold=False)
        rows = [["主管单位", sup], ["主办单位", ctx.pick(CITIES[city]["univ"])], ["编    辑", "编辑委员会"],
                ["国际标准刊号", f"ISSN {j.issn}"], ["国内统一刊号", f"CN {j.cn}"], ["出版日期", f"{year}年{ctx.rng.randint(1, 12)}月"]]  # fmt: skip
        fit_table(p1, ctx, 40, 70, rows, 130, 11, 10)
        p2 = Page()
        txt(p2, ctx, 20, 12, head, 9.5)
        pg2y = para(p2, ctx, 24, 30, 162, title, 17, indent=False)
        abstract(p2, byline(p2, pg2y + 2) + 4)
        pages = [p1, p2]
    elif v == "dbprint":
        pg.rect(15, 12, 195, 24, 0, fill=(240, 240, 240))
        txt(pg, ctx, 18, 15, "文献检索报告 — 期刊论文详细信息", 10.5, True)
        rows = [["字段", "内容"], ["题名", title], ["作者", "；".join(authors)], ["作者单位", aff[0]], ["刊名", j.name],
                ["年份", str(year)], ["卷期", (f"{vol}({iss})" if vol else f"({iss})")], ["ISSN", j.issn], ["CN", j.cn]]  # fmt: skip
        fit_table(pg, ctx, 15, 32, rows, 180, 10.5, 10)
        txt(
            pg,
            ctx,
            15,
            140,
            f"检索日期：{year + 1}-0{ctx.rng.randint(1, 9)}-1{ctx.rng.randint(0, 9)}",
            9.5,
            color=GREY,
        )
        seal(pg, ctx, 150, 150, f"{ctx.pick(CITIES[city]['univ'])}图书馆", 18)
        pages = [pg]
    else:  # offprint
        pg.rect(0, 0, 210, 297, 0, fill=(250, 247, 238))
        centre(pg, ctx, 50, "抽  印  本", 24)
        y = para(pg, ctx, 30, 100, 150, title, 16, indent=False)
        y = centre(pg, ctx, y + 6, "，".join(authors), 13, bold=False)
        centre(pg, ctx, 200, j.name, 18)
        centre(pg, ctx, 214, f"{year}年{volis}", 12, bold=False)
        centre(pg, ctx, 226, f"ISSN {j.issn}   CN {j.cn}", 11, bold=False)
        pages = [pg]
    return doc(ctx, "journal_article", "jour", v, pages, f, sc, ctx.pick(authors), year)


def _isbn(ctx: Ctx, pub: str) -> str:
    pre = PUBLISHERS[pub]
    item = serial(ctx, 8 - len(pre))
    d12 = "9787" + pre + item
    return f"978-7-{pre}-{item}-{isbn_digit(d12)}"


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    pub = ctx.pick(PUBLISHERS)
    title = ctx.pick(BOOK_TITLES)
    city = ctx.pick(CITIES)
    d = day(ctx.rng)
    ed = f"{d.year}年{d.month}月第{ctx.pick([1, 1, 1, 2])}版"
    isbn = _isbn(ctx, pub)
    ppl: list[tuple[str, str]] = []
    n_ed = ctx.rng.randint(1, 3)
    names = crowd(ctx.rng, 9)
    if v == "transl":
        orig = ctx.pick(FOREIGN)
        tr = names[: ctx.rng.randint(1, 2)]
        ppl = [(orig, "author")] + [(t, "translator") for t in tr]
    elif v in ("board", "flyleaf"):
        ppl = [(nm, "editor_in_chief") for nm in names[:n_ed]] + [
            (nm, "deputy_editor") for nm in names[n_ed : n_ed + 2]
        ]
        if v == "board":
            ppl += [(nm, "editorial_board") for nm in names[n_ed + 2 : 9]]
    else:
        role = ctx.pick(["author", "editor_in_chief"])
        ppl = [(nm, role) for nm in names[:n_ed]]
    word = {"author": "著", "editor_in_chief": "主编", "translator": "译", "deputy_editor": "副主编"}
    f = {"title": title, "issuer": pub, "issued_on": f"{d.year}-{d.month:02d}",
         "people": [person(nm, i + 1, r) for i, (nm, r) in enumerate(ppl)],
         "book": {"isbn": isbn, "publisher": pub, "edition": ed}}  # fmt: skip
    sc = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    groups = [
        ("，".join(nm for nm, r in ppl if r == role), word[role])
        for role in dict.fromkeys(r for _, r in ppl)
        if role in word
    ]
    if v == "transl":
        groups = [
            (f"{ctx.pick(FOREIGN_TAG)}{ppl[0][0]}", "著"),
            ("，".join(nm for nm, r in ppl if r == "translator"), "译"),
        ]
    credit = "    ".join(f"{n}  {w}" for n, w in groups) if v != "board" else ""
    cip_credit = "；".join(f"{n}{w}" for n, w in groups)

    def cip(pg: Page, y: float, x: float = 24, w: float = 162, size: float = 10) -> float:
        txt(pg, ctx, x + w / 2, y, "图书在版编目（CIP）数据", size + 1, True, "c")
        y += size * 0.6
        y = para(pg, ctx, x, y + 2, w, f"{title}/{cip_credit}. —{pub}，{d.year}.{d.month}",
                 size, indent=False)  # fmt: skip
        y = para(pg, ctx, x, y, w, f"ISBN {isbn}", size, indent=False)
        y = para(
            pg,
            ctx,
            x,
            y + 4,
            w,
            f"中国版本图书馆CIP数据核字（{d.year}）第{serial(ctx, 6)}号",
            size,
            indent=False,
        )
        pg.line(x, y + 2, x + w, y + 2, 0.3)
        rows = [("书    名", title), ("出版发行", pub), ("印    刷", f"{city}市{ctx.pick(['新华', '金华', '宏达'])}印务有限公司"),
                ("开    本", "787mm×1092mm  1/16"), ("印    张", str(ctx.rng.randint(12, 30))),
                ("字    数", f"{ctx.rng.randint(200, 600)}千字"), ("版    次", ed), ("印    次", f"{d.year}年{d.month}月第1次印刷"),
                ("书    号", f"ISBN {isbn}"), ("定    价", f"{ctx.rng.randint(38, 98)}.00元")]  # fmt: skip
        return kv(pg, ctx, x, y + 8, rows, size, gap=1.9)

    pages: list[Page] = []
    if v == "cover":
        pg = Page(bg=ctx.pick([(235, 241, 236), (245, 236, 226), (226, 233, 245)]))
        y = para(pg, ctx, 25, 70, 160, title, 30, indent=False)
        centre(pg, ctx, y + 20, credit, 14, bold=False)
        centre(pg, ctx, 262, pub, 14)
        f["issued_on"], f["book"] = None, {"isbn": None, "publisher": pub, "edition": None}
        sc = ["title", "people", "issuer", "book.publisher"]
        pages = [pg]
    elif v == "cip":
        pg = Page()
        cip(pg, 120)
        pages = [pg]
    elif v in ("flyleaf", "board", "transl"):
        p1 = Page()
        y = para(p1, ctx, 25, 60, 160, title, 24, indent=False)
        if v == "board":
            y = centre(p1, ctx, y + 30, "编  委  会", 15)
            for role, lab in (
                ("editor_in_chief", "主  编"),
                ("deputy_editor", "副主编"),
                ("editorial_board", "编  委"),
            ):
                y = para(
                    p1,
                    ctx,
                    40,
                    y + 3,
                    130,
                    f"{lab}：" + "  ".join(nm for nm, r in ppl if r == role),
                    12,
                    indent=False,
                )
        else:
            centre(p1, ctx, y + 20, credit, 13, bold=False)
        centre(p1, ctx, 250, pub, 13)
        p2 = Page()
        cip(p2, 110)
        pages = [p1, p2]
    elif v == "spread":
        pg = Page(w=297.0, h=210.0)
        pg.line(148.5, 0, 148.5, 210, 0.8, (150, 150, 150))
        y = para(pg, ctx, 20, 40, 110, title, 20, indent=False)
        txt(pg, ctx, 74, y + 16, credit, 12, align="c")
        txt(pg, ctx, 74, 180, pub, 12, align="c")
        cip(pg, 26, 162, 118, 9)
        pages = [pg]
    else:  # pubproof
        pg = Page()
        centre(pg, ctx, 36, "出 版 证 明", 22)
        people_s = "、".join(nm for nm, _ in ppl)
        y = para(pg, ctx, 24, 66, 162, f"兹证明由{people_s}{'著' if ppl[0][1] == 'author' else '主编'}的《{title}》一书，已由我社于"
                 f"{d.year}年{d.month}月正式出版发行。版次：{ed}；书号：ISBN {isbn}。", 13)  # fmt: skip
        para(pg, ctx, 24, y + 2, 162, "特此证明。", 13)
        txt(pg, ctx, 150, y + 36, pub, 13, align="c")
        txt(
            pg,
            ctx,
            150,
            y + 46,
            f"{d.year + ctx.rng.randint(0, 2)}年{ctx.rng.randint(1, 12)}月{ctx.rng.randint(1, 28)}日",
            13,
            align="c",
        )
        seal(pg, ctx, 150, y + 38, pub)
        pages = [pg]
    claim = ctx.pick([nm for nm, r in ppl if r != "author" or v != "transl"])
    return doc(ctx, "book", "book", v, pages, f, sc, claim, d.year)
