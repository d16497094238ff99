"""Draw 21 journal articles and books; patents, awards and project completions live in `grants`."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind21 import pools as P
from bench.blind21.grants import award_certificate, patent_certificate, project_completion
from bench.blind21.kit import card, landscape, make, para, portrait, ppl, t

__all__ = ["journal_article", "book", "patent_certificate", "award_certificate", "project_completion"]
CLC = ["TQ", "TH", "TU", "U65", "TG", "X93", "TE", "TM"]


def _byline(pg: Page, ctx: P.Ctx, y: float, authors: list[str], affs: list[int], size: float = 13) -> float:
    parts: list[tuple[str, bool]] = []
    for i, (a, af) in enumerate(zip(authors, affs, strict=True)):
        parts += [(a, False), (str(af), True)]
        if i < len(authors) - 1:
            parts.append(("，", False))
    return pg.runs(pg.w / 2, y, parts, size, ctx.body)


def journal_article(ctx: P.Ctx, k: int) -> Doc:
    v = ctx.variant("journal")
    j = ctx.pick(P.journal_pool())
    year = ctx.rng.randint(2019, 2024)
    iss = str(ctx.rng.randint(1, 12))
    vol = str(year - ctx.rng.randint(1960, 2005)) if ctx.chance(0.75) else None
    title = ctx.pick(P.ARTICLES)
    authors = ctx.people(ctx.rng.randint(2, 5))
    city = ctx.city()
    firms = [ctx.firm(city), ctx.pick(P.INSTITUTES), ctx.pick(P.UNIVS)[0]]
    affs = [1 if i == 0 or ctx.chance(0.5) else ctx.rng.randint(2, 3) for i in range(len(authors))]
    levels = list(j.base_levels)
    volp = f"第{vol}卷" if vol else ""
    pages_ = f"{ctx.rng.randint(1, 300)}"
    sup, sup_level = P.supervisor(ctx, j.cn)
    claim = ctx.pick(authors)
    unscored: tuple[str, ...] = ()
    pages: list[Page] = []

    def first_page(pg: Page, twocol: bool) -> None:
        if twocol:
            t(pg, ctx, 20, 12, f"{j.name}", 9)
            vi = f"{vol}({iss})" if vol else f"No.{iss}"
            t(pg, ctx, 190, 12, f"{year}, {vi}: {pages_}-{int(pages_) + 7}", 9, "r")
        else:
            t(pg, ctx, 20, 12, f"{volp}第{iss}期", 9)
            t(pg, ctx, 105, 12, j.name, 10, "c", True)
            t(pg, ctx, 190, 12, f"{year}年{ctx.rng.randint(1, 12)}月", 9, "r")
        pg.line(20, 17, 190, 17, 0.4)
        t(pg, ctx, 20, 19.5, f"ISSN {j.issn}", 8)
        t(pg, ctx, 190, 19.5, f"CN {j.cn}", 8, "r")
        y = para(pg, ctx, 30, 32, 150, title, 19, False, 1.5) if width_mm(title, ctx.bold, 19) > 150 else None
        if y is None:
            t(pg, ctx, 105, 32, title, 19, "c", True)
            y = 42
        y = _byline(pg, ctx, y + 3, authors, affs)
        used = sorted(set(affs))
        aff = "；".join(f"{n}. {firms[n - 1]}" for n in used)
        y = pg.wrap(30, y, 150, f"（{aff}）", 9, ctx.body, 1.5) + 3
        if twocol:
            y = (
                pg.wrap(
                    25, y, 160, f"Abstract: The {title[:4]} problem is studied experimentally.", 8.5, ctx.body
                )
                + 2
            )
        y = pg.wrap(25, y, 160, "摘　要：针对工程实际中存在的问题，本文开展了试验研究与数值分析，提出了改进方案，"
                    "结果表明该方法可有效提高运行可靠性并降低能耗，具有推广应用价值。", 9.5, ctx.body, 1.6)  # fmt: skip
        y = pg.wrap(25, y + 1, 160, f"关键词：{title[:4]}；工程应用；优化", 9.5, ctx.body) + 1
        t(pg, ctx, 25, y, f"中图分类号：{ctx.pick(CLC)}{ctx.rng.randint(1, 99)}　　文献标志码：A", 9)
        t(
            pg,
            ctx,
            25,
            y + 6,
            f"文章编号：{j.issn.replace('-', '')}({year}){int(iss):02d}-{pages_.zfill(4)}-07",
            9,
        )
        y += 16
        body = "随着我国制造业转型升级，相关装置的安全、环保与能效要求不断提高。" * 6
        if twocol:
            para(pg, ctx, 20, y, 80, body, 9.5, lead=1.6)
            para(pg, ctx, 110, y, 80, body, 9.5, lead=1.6)
        else:
            para(pg, ctx, 20, y, 170, body, 10, lead=1.7)
        pg.line(20, 262, 80, 262, 0.3)
        t(
            pg,
            ctx,
            20,
            265,
            f"收稿日期：{year - 1}-{ctx.rng.randint(1, 12):02d}-{ctx.rng.randint(1, 28):02d}",
            8,
        )
        t(pg, ctx, 20, 270, f"作者简介：{authors[0]}（{ctx.rng.randint(1970, 1995)}—），{ctx.pick('男女')}，"
                            f"{ctx.job_title()}，主要从事工程技术研究。", 8)  # fmt: skip

    def cover(pg: Page, entries: list[tuple[str, list[str]]], with_sup: bool) -> None:
        pg.rect(0, 0, 210, 95, 0, fill=(25, 70, 120))
        t(pg, ctx, 105, 28, j.name, 40 if len(j.name) < 7 else 28, "c", True, (255, 255, 255))
        t(pg, ctx, 105, 62, f"{year}年 {volp} 第{iss}期", 14, "c", False, (255, 255, 255))
        t(pg, ctx, 25, 110, "本期要目", 14, "l", True)
        y = 122
        for tt, au in entries:
            y = pg.wrap(25, y, 160, tt, 11.5, ctx.body, 1.4)
            t(pg, ctx, 185, y, "、".join(au), 10, "r", False, (90, 90, 90))
            y += 8
        if with_sup:
            t(pg, ctx, 25, 250, f"主管：{sup}", 11)
            t(pg, ctx, 25, 258, f"主办：{ctx.pick(P.SOCIETIES)}", 11)
        t(pg, ctx, 25, 270, f"ISSN {j.issn}", 11)
        t(pg, ctx, 25, 278, f"CN {j.cn}", 11)

    if v in ("firstpage", "twocol"):
        pg = portrait()
        first_page(pg, v == "twocol")
        pages = [pg]
    elif v == "cover":
        pg = portrait()
        others = [(ctx.pick(P.ARTICLES), ctx.people(ctx.rng.randint(1, 3))) for _ in range(3)]
        entries = others[:1] + [(title, authors)] + others[1:]
        cover(pg, entries, True)
        levels.append(sup_level)
        unscored = ("title", "people")
        pages = [pg]
    elif v == "toc":
        pg = portrait()
        t(pg, ctx, 105, 18, j.name, 18, "c", True)
        t(pg, ctx, 105, 28, f"{year}年{volp}第{iss}期（总第{ctx.rng.randint(100, 400)}期）", 11, "c")
        t(pg, ctx, 105, 38, "目　　次", 16, "c", True)
        ents = [(ctx.pick(P.ARTICLES), ctx.people(ctx.rng.randint(1, 4))) for _ in range(6)]
        ents = [e for e in ents if e[0] != title][:5]
        ents.insert(ctx.rng.randint(0, len(ents)), (title, authors))
        y, pno = 52, 1
        for tt, au in ents:
            t(pg, ctx, 22, y, tt, 11)
            t(pg, ctx, 188, y, str(pno), 11, "r")
            t(pg, ctx, 30, y + 6, "　".join(au), 9.5, "l", False, (80, 80, 80))
            y += 17
            pno += ctx.rng.randint(5, 9)
        t(pg, ctx, 105, 270, f"ISSN {j.issn}　　CN {j.cn}", 10, "c")
        unscored = ("title", "people")
        pages = [pg]
    elif v == "cnki":
        pg = Page(210, 200, bg=(250, 250, 250))
        pg.rect(0, 0, 210, 14, 0, fill=(40, 90, 170))
        t(pg, ctx, 10, 4, "文献详情", 11, "l", True, (255, 255, 255))
        card(pg, 8, 18, 202, 192)
        y = para(pg, ctx, 14, 24, 182, title, 16, False, 1.4)
        t(pg, ctx, 14, y + 2, "　".join(authors), 11, "l", False, (30, 70, 160))
        y = (
            pg.wrap(
                14, y + 10, 182, "　".join(f"{n}. {firms[n - 1]}" for n in sorted(set(affs))), 9.5, ctx.body
            )
            + 3
        )
        y = pg.wrap(14, y, 182, "摘要：本文结合工程实例，对关键参数进行了系统分析和优化，给出了可供参考的工程设计建议。",
                    10, ctx.body, 1.6) + 3  # fmt: skip
        for s in (f"来源期刊：{j.name}", f"年，卷（期）：{year}，{vol or '—'}（{iss}）",
                  f"ISSN：{j.issn}", f"CN：{j.cn}", f"页码：{pages_}-{int(pages_) + 6}",
                  "专辑：工程科技Ⅰ辑"):  # fmt: skip
            t(pg, ctx, 14, y, s, 10)
            y += 7
        pages = [pg]
    else:  # coverpage
        c = portrait()
        others = [(ctx.pick(P.ARTICLES), ctx.people(2)) for _ in range(2)]
        cover(c, others, True)
        levels.append(sup_level)
        pg = portrait()
        first_page(pg, False)
        pages = [c, pg]
    f = {"title": title, "people": ppl(authors, "author"),
         "journal": {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": vol, "issue": iss,
                     "levels": levels}}  # fmt: skip
    return make(ctx, "journal_article", "journal", v, pages, f, claim, year, unscored)


# ---- books ----------------------------------------------------------------------------------
def _isbn(ctx: P.Ctx, prefix: str) -> str:
    item = "".join(str(ctx.rng.randint(0, 9)) for _ in range(12 - 4 - len(prefix)))
    d12 = f"9787{prefix}{item}"
    return f"978-7-{prefix}-{item}-{P.isbn_digit(d12)}"


def book(ctx: P.Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    pub, pcity, prefix = ctx.pick(P.PUBLISHERS)
    year, month = ctx.rng.randint(2018, 2024), ctx.rng.randint(1, 12)
    isbn = _isbn(ctx, prefix)
    ed_no = ctx.pick((1, 1, 1, 2))
    edition = f"{year}年{month}月第{ed_no}版"
    printing = (
        f"{year}年{month}月第1次印刷" if ed_no == 1 else f"{year}年{month}月第{ctx.rng.randint(1, 3)}次印刷"
    )
    chiefs = ctx.people(ctx.pick((1, 1, 2)))
    deps = ctx.people(ctx.rng.randint(0, 3))
    board = ctx.people(ctx.rng.randint(3, 7))
    title = ctx.pick(P.BOOKS)
    people = ppl(chiefs, "editor_in_chief") + ppl(deps, "deputy_editor", len(chiefs) + 1)
    ed_block = [f"版　　次：{edition}", f"印　　次：{printing}", f"书　　号：ISBN {isbn}",
                f"定　　价：{ctx.rng.randint(38, 128)}.00元"]  # fmt: skip

    def copyright_lines(pg: Page, y: float, cip: bool, names: str) -> float:
        if cip:
            t(pg, ctx, 30, y, "图书在版编目（CIP）数据", 11, "l", True)
            y = pg.wrap(30, y + 8, 150, f"{title}/{names}. —{pcity}：{pub}，{year}.{month}", 10, ctx.body) + 1
            t(pg, ctx, 30, y, f"ISBN {isbn}", 10)
            t(
                pg,
                ctx,
                30,
                y + 7,
                f"Ⅰ.①{title[:2]}…　Ⅱ.①{names[:2]}…　Ⅲ.①{title[2:4]}　Ⅳ.①{ctx.pick(CLC)}",
                10,
            )
            t(
                pg,
                ctx,
                30,
                y + 16,
                f"中国版本图书馆CIP数据核字（{year}）第{ctx.rng.randint(100000, 299999)}号",
                10,
            )
            pg.line(30, y + 25, 180, y + 25, 0.3)
            y += 32
        for s in [f"责任编辑：{ctx.person()}", f"出版发行：{pub}（{pcity}）", "印　　刷：" + ctx.pick(
                  ["北京盛通印刷股份有限公司", "山东新华印务有限公司", "河北鑫兆源印刷有限公司"]),
                  f"开　　本：787mm×1092mm　1/16　印张 {ctx.rng.randint(12, 30)}"] + ed_block:  # fmt: skip
            t(pg, ctx, 30, y, s, 10.5)
            y += 7.5
        return y

    f: dict = {"title": title, "issuer": pub, "book": {"isbn": isbn, "publisher": pub, "edition": edition},
               "issued_on": P.ym(year, month)}  # fmt: skip
    names_cip = "，".join(chiefs) + "主编"
    pages: list[Page] = []
    claim_pool = chiefs + deps
    if v == "cover":
        pg = portrait()
        pg.rect(0, 0, 210, 297, 0, fill=(235, 240, 232))
        pg.rect(0, 40, 210, 120, 0, fill=(40, 95, 80))
        t(pg, ctx, 105, 68, title, 28 if len(title) < 9 else 22, "c", True, (255, 255, 255))
        t(pg, ctx, 105, 150, "　".join(chiefs) + "　主编", 14, "c")
        if deps:
            t(pg, ctx, 105, 162, "　".join(deps) + "　副主编", 12, "c")
        t(pg, ctx, 105, 270, pub, 14, "c", True)
        f.update(book={"isbn": None, "publisher": pub, "edition": None}, issued_on=None)
        pages = [pg]
    elif v == "cip":
        pg = portrait()
        people = ppl(chiefs, "editor_in_chief")
        claim_pool = chiefs
        copyright_lines(pg, 40, True, names_cip)
        pages = [pg]
    elif v in ("titleleaf", "plainback"):
        p1 = portrait()
        t(p1, ctx, 105, 80, title, 26, "c", True)
        role = "编著" if v == "plainback" else "主编"
        t(p1, ctx, 105, 120, f"{'　'.join(chiefs)}　{role}", 15, "c")
        if deps and v == "titleleaf":
            t(p1, ctx, 105, 132, f"副主编　{'　'.join(deps)}", 13, "c")
        else:
            deps = []
        t(p1, ctx, 105, 250, pub, 15, "c", True)
        if v == "plainback":
            people = ppl(chiefs, "author")
            claim_pool = chiefs
            p2 = portrait()
            y = 150
            for s in [f"书名：{title}", f"编著：{'，'.join(chiefs)}", f"出版：{pub}"] + ed_block:
                t(p2, ctx, 30, y, s, 10.5)
                y += 8
            pages = [p1, p2]
        else:
            people = ppl(chiefs, "editor_in_chief") + ppl(deps, "deputy_editor", len(chiefs) + 1)
            claim_pool = chiefs + deps
            p2 = portrait()
            copyright_lines(p2, 60, ctx.chance(0.5), names_cip)
            pages = [p1, p2]
    elif v in ("board", "spread"):
        listed = board[:]
        if ctx.chance(0.6):  # the board list repeats the chief editor: ranks follow first appearance
            listed.insert(ctx.rng.randint(0, len(listed)), chiefs[0])
        order: list[str] = []
        for n in chiefs + deps + listed:
            if n not in order:
                order.append(n)
        roles = {**{n: "editorial_board" for n in listed}, **{n: "deputy_editor" for n in deps},
                 **{n: "editor_in_chief" for n in chiefs}}  # fmt: skip
        people = [{"name": n, "rank": i + 1, "role": roles[n]} for i, n in enumerate(order)]
        claim_pool = order
        pg = landscape() if v == "spread" else portrait()
        xc = 74 if v == "spread" else 105
        t(pg, ctx, xc, 30, "编 委 会", 20, "c", True)
        y = 50
        for lab, ns in (("主　编", chiefs), ("副主编", deps), ("编　委", listed)):
            if not ns:
                continue
            t(pg, ctx, xc - 55, y, lab, 12)
            yy = y
            for i in range(0, len(ns), 4):
                t(pg, ctx, xc - 35, yy, "　".join(ns[i : i + 4]), 12)
                yy += 8
            y = yy + 4
        if v == "spread":
            pg.line(148.5, 5, 148.5, 205, 0.2, (180, 180, 180))
            for i, s in enumerate([f"书　　名：{title}", f"出版发行：{pub}"] + ed_block):
                t(pg, ctx, 170, 100 + i * 9, s, 10.5)
        else:
            pg.line(30, 190, 180, 190, 0.3)
            for i, s in enumerate([f"《{title}》", f"出版发行：{pub}"] + ed_block):
                t(pg, ctx, 30, 198 + i * 8, s, 10.5)
        pages = [pg]
    else:  # translated
        orig = ctx.pick(P.FOREIGN)
        trans = ctx.people(ctx.pick((1, 2, 2)))
        title = ctx.pick(P.TRANSLATED)
        f["title"] = title
        p1 = portrait()
        t(p1, ctx, 105, 70, title, 26, "c", True)
        t(p1, ctx, 105, 110, f"〔{P.FOREIGN_TAG[orig]}〕{orig}　著", 14, "c")
        t(p1, ctx, 105, 122, f"{'　'.join(trans)}　译", 14, "c")
        t(p1, ctx, 105, 250, pub, 15, "c", True)
        p2 = portrait()
        y = 60
        for s in [f"{title}/（{P.FOREIGN_TAG[orig]}）{orig}著；{'，'.join(trans)}译. —{pcity}：{pub}，{year}.{month}",
                  f"著作权合同登记号：图字01-{year - 1}-{ctx.rng.randint(1000, 7999)}"] + ed_block:  # fmt: skip
            y = p2.wrap(30, y, 150, s, 10.5, ctx.body) + 2
        people = [{"name": orig, "rank": 1, "role": "author"}] + ppl(trans, "translator", 2)
        claim_pool = trans
        pages = [p1, p2]
    f["people"] = people
    return make(ctx, "book", "book", v, pages, f, ctx.pick(claim_pool), year)
