"""Draw 60 builders: journal articles, books, patent certificates, award certificates and project completion
certificates (Tai'an 2022, Yantai 2020)."""

from __future__ import annotations

from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page, width_mm
from bench.blind60 import kit
from bench.blind60.kit import fmt_date, fmt_month, wrap_keep
from bench.blind60.pools import (
    CITIES,
    FOREIGN,
    JOURNALS,
    PROFS,
    PUBLISHERS,
    Ctx,
    city,
    isbn_digit,
    names,
    prof_for,
    workplace,
    zl_check,
)

FILLER = (
    "试验于试验区内按随机区组设计布置，每处理设3次重复，定期采样测定相关指标，并对数据进行方差分析与多重比较。"
    "结果表明，不同处理间差异达到显著水平，综合考虑经济效益与生态效益，提出了适合当地生产实际的技术参数，"
    "可为同类地区的推广应用提供参考依据。"
)
ABSTRACT = (
    "针对当前生产与管理实践中存在的突出问题，以{place}为研究区域，系统开展了调查与试验研究，"
    "分析了主要影响因素及其作用机制。结果显示，优化措施对关键指标的改善效果明显，综合效益显著提高。"
)


def _claim(c: dict, person: str) -> dict:
    return {"policy": c["policy"], "person": person, "year": c["year"]}


def _levels(j: dict, zg_printed: bool) -> list[str]:
    out = ["cscd"] + (["pku_core"] if j["pku"] else [])
    if zg_printed and j["zg"]:
        out.append(j["zg"][1])
    return out


UNIS = {"泰安市": [("山东农业大学", "泰安"), ("泰山学院", "泰安"), ("山东第一医科大学", "泰安")],
        "烟台市": [("鲁东大学", "烟台"), ("烟台大学", "烟台"), ("中国农业大学烟台研究院", "烟台")]}  # fmt: skip


def _affils(ctx: Ctx, prof: dict, c: dict, n: int) -> list[tuple[str, str]]:
    """(affiliation, its city) pairs, all in the draw's city."""
    out: list[tuple[str, str]] = []
    pool = [(workplace(ctx, prof, c), c["city"][:2]) for _ in range(6)] + UNIS[c["city"]]
    for u in pool:
        if u[0] not in [o[0] for o in out]:
            out.append(u)
        if len(out) == n:
            break
    return out


# ---- journal article -----------------------------------------------------------------------------------
def _month(j: dict, issue: str) -> int:
    n = int(issue)
    return {12: n, 6: 2 * n, 24: (n + 1) // 2}[j["freq"]]


def _header(pg: Page, ctx: Ctx, j: dict, y: int, vol: str | None, issue: str) -> None:
    volw = f"第{vol}卷 第{issue}期" if vol else f"{y}年 第{issue}期"
    pg.text(18, 12, volw, 9, ctx.body)
    pg.text(pg.w / 2, 12, j["name"], 9.5, ctx.bold, "c")
    pg.text(pg.w - 18, 12, f"Vol.{vol} No.{int(issue)}" if vol else f"No.{int(issue)}, {y}", 9, ctx.body, "r")
    pg.text(18, 17, f"{y}年{_month(j, issue)}月", 9, ctx.body)
    pg.text(pg.w - 18, 17, j["en"], 8.5, ctx.body, "r")
    pg.line(18, 22, pg.w - 18, 22, 0.4)


def _first_page(ctx: Ctx, v: str, j: dict, prof: dict, c: dict, title: str, authors: list[str], vol: str | None,
                issue: str, page0: int) -> Page:  # fmt: skip
    rng = ctx.rng
    y = c["year"]
    pg = Page()
    _header(pg, ctx, j, y, vol, issue)
    top = 28.0
    if v == "wenzhang":
        pg.text(18, top, f"DOI：10.{rng.randint(11000, 13999)}/j.cnki.{kit.digits(rng, 4)}.{y}.{issue}.{page0:03d}",
                8.5, ctx.body)  # fmt: skip
        top += 6
    affs = _affils(ctx, prof, c, rng.randint(1, min(3, len(authors))))
    marks = [[1 + (i % len(affs))] for i in range(len(authors))]
    if len(affs) > 1 and len(authors) > 1:
        marks[0] = [1, 2] if rng.random() < 0.4 else marks[0]
    size = kit.fit(title, ctx.bold, 18, 172)
    top = wrap_keep(pg, 20, top + 4, 170, title, size, ctx.bold, [])
    parts: list[tuple[str, bool]] = []
    for i, a in enumerate(authors):
        parts.append((a, False))
        if len(affs) > 1:
            parts.append((",".join(str(m) for m in marks[i]), True))
        if i == 0 and rng.random() < 0.3:
            parts.append(("*", True))
        if i < len(authors) - 1:
            parts.append(("，", False))
    top = pg.runs(pg.w / 2, top + 3, parts, 12.5, ctx.body)
    aff_s = "；".join(
        (f"{i + 1}. " if len(affs) > 1 else "") + f"{u}，山东 {town} {c['post'][:4]}{rng.randint(10, 99)}"
        for i, (u, town) in enumerate(affs)
    )
    top = wrap_keep(pg, 28, top + 1, 154, f"（{aff_s}）", 9, ctx.body, [u for u, _ in affs])
    abs_s = "摘要：" + ABSTRACT.format(place=c["city"]) + "研究结果可为相关领域提供科学依据。"
    top = wrap_keep(pg, 22, top + 3, 166, abs_s, 9.5, ctx.body, [], indent=0)
    kw = "关键词：" + "；".join(
        rng.sample(["技术规范", "效果评价", c["city"][:2], "影响因素", "优化", "应用"], 4)
    )
    pg.text(22, top + 1, kw, 9.5, ctx.body)
    top += 7
    cls = f"中图分类号：{rng.choice(['S', 'P', 'R', 'X', 'U', 'TL', 'TE'])}{rng.randint(100, 999)}.{rng.randint(1, 9)}"
    ano = f"文章编号：{j['issn']}({y}){issue}-{page0:04d}-{rng.randint(5, 12):02d}"
    pg.text(22, top, f"{cls}    文献标志码：A    {ano}", 8.5, ctx.body)
    top += 6
    if v == "yingwen":
        pg.text(22, top + 1, "Abstract: Field investigations and experiments were carried out to analyse the main", 8.5,
                ctx.body)  # fmt: skip
        pg.text(22, top + 6, "factors and to propose optimised measures for local practice.", 8.5, ctx.body)
        pg.text(22, top + 11, "Key words: technical specification; evaluation; optimisation", 8.5, ctx.body)
        top += 17
    pg.line(18, top, pg.w - 18, top, 0.3)
    top += 4
    # two columns of body text, stopping above the footnotes
    foot_top = pg.h - 40
    colw = 82.0
    for col in range(2):
        x = 18 + col * (colw + 10)
        yy = top if col else wrap_keep(pg, x, top, colw, "0 引言", 10.5, ctx.bold, [])
        while yy < foot_top - 8:
            y_next = wrap_keep(
                pg, x, yy, colw, FILLER, 9, ctx.body, [], lead=1.6, indent=6, max_y=foot_top - 3
            )
            if y_next == yy:
                break
            yy = y_next
    pg.line(18, foot_top, 70, foot_top, 0.3)
    recv = kit.day_in(rng, y - 1, 1, 12)
    lead_a = authors[0]
    notes = [
        f"收稿日期：{fmt_date(recv, 'iso')}；修回日期：{fmt_date(kit.plus(recv, rng.randint(30, 90)), 'iso')}",
        f"基金项目：{c['prov']}重点研发计划（{y - 2}{rng.choice(['GNC', 'SFC', 'GSF'])}{kit.digits(rng, 6)}）",
        f"作者简介：{lead_a}（{rng.randint(1972, 1994)}—），{rng.choice(['男', '女'])}，山东{c['city'][:2]}人，"
        f"{rng.choice(['高级工程师', '副研究员', '主管护师', '工程师', '高级农艺师'])}，主要从事{rng.choice(prof['train'])[:8]}研究。",
    ]
    if len(authors) > 1:
        notes.append(f"通信作者：{authors[-1]}，E-mail：{kit.digits(rng, 9)}@163.com")
    yy = foot_top + 2
    for n in notes:
        yy = wrap_keep(pg, 18, yy, 174, n, 8, ctx.body, [lead_a, authors[-1]], lead=1.5)
    return pg


def _cover(ctx: Ctx, j: dict, y: int, vol: str | None, issue: str) -> Page:
    pg = Page(bg=(250, 248, 240))
    pg.rect(0, 0, pg.w, 70, 0, fill=(40, 90, 140))
    size = kit.fit(j["name"], ctx.bold, 54, 180)
    pg.text(pg.w / 2, 16, j["name"], size, ctx.bold, "c", (255, 255, 255))
    pg.text(pg.w / 2, 74, j["en"].upper(), 13, ctx.body, "c", (40, 90, 140))
    vs = f"第{vol}卷  第{issue}期" if vol else f"第{issue}期"
    pg.text(pg.w / 2, 92, f"{y}年  {vs}", 18, ctx.bold, "c")
    pg.rect(40, 110, pg.w - 40, 220, 0.6, (40, 90, 140), fill=(225, 232, 240))
    pg.text(pg.w / 2, 160, "中国科学引文数据库（CSCD）来源期刊", 12, ctx.body, "c")
    y0 = 236.0
    if j["zg"]:
        pg.text(30, y0, f"主管：{j['zg'][0]}", 11, ctx.body)
        y0 += 7
    pg.text(30, y0, f"主办：{j['zb']}", 11, ctx.body)
    pg.text(30, y0 + 7, f"ISSN {j['issn']}", 11, ctx.body)
    pg.text(30, y0 + 14, f"CN {j['cn']}", 11, ctx.body)
    pg.text(pg.w - 30, y0 + 14, f"{j['city']}出版", 11, ctx.body, "r")
    return pg


def _toc(
    ctx: Ctx, j: dict, y: int, vol: str | None, issue: str, entries: list[tuple[str, list[str], int]]
) -> Page:
    pg = Page()
    vs = f"第{vol}卷 第{issue}期" if vol else f"第{issue}期"
    pg.text(pg.w / 2, 18, j["name"], 20, ctx.bold, "c")
    pg.text(pg.w / 2, 30, f"{y}年 {vs}  目 次", 13, ctx.body, "c")
    pg.line(18, 38, pg.w - 18, 38, 0.5)
    yy = 44.0
    for t, au, p in entries:
        size = kit.fit(t, ctx.bold, 11.5, 150)
        pg.text(20, yy, t, size, ctx.bold)
        pg.text(pg.w - 20, yy, f"（{p}）", 10.5, ctx.body, "r")
        pg.text(26, yy + 6.5, "，".join(au), 10, ctx.body)
        yy += 17
    pg.line(18, pg.h - 26, pg.w - 18, pg.h - 26, 0.3)
    pg.text(20, pg.h - 22, f"期刊基本参数：ISSN {j['issn']}  CN {j['cn']}  {j['city']}", 9, ctx.body)
    return pg


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("journal_article")
    prof = prof_for(ctx, "journals")
    c = city(ctx, prof)
    rng = ctx.rng
    y = c["year"]
    j = JOURNALS[rng.choice(prof["journals"])]
    vol = str(j["vol22"] - (2022 - y)) if j["vol22"] else None
    issue = str(rng.randint(1, j["freq"]))
    title = rng.choice(prof["paper"])
    authors = names(rng, rng.randint(2, 5))
    page0 = rng.randint(20, 900)
    first = _first_page(ctx, v, j, prof, c, title, authors, vol, issue, page0)
    pages = [first]
    contents = None
    zg = False
    if v in ("mulu", "fengmian", "quantao"):
        others = [
            t for p in PROFS if set(p["journals"]) & set(prof["journals"]) for t in p["paper"] if t != title
        ]
        others += [
            "基于多源数据的区域差异特征分析",
            "典型案例的对比研究与启示",
            "关键参数的测定方法改进",
            "近十年研究进展与展望",
            "不同处理方式的效果比较",
            "山东半岛典型区域调查分析",
        ]
        picks = rng.sample(others, 5)
        pos = rng.randint(1, 4)
        entries: list[tuple[str, list[str], int]] = []
        pp = page0 - 40
        for i, t in enumerate(picks[:pos] + [title] + picks[pos:]):
            au = authors if t == title else names(rng, rng.randint(1, 4))
            entries.append((t, au, page0 if t == title else pp + i * 9))
        entries.sort(key=lambda e: e[2])
        contents = [
            {"title": t, "people": [{"name": a, "rank": r + 1, "role": "author"} for r, a in enumerate(au)],
             "confidence": 1.0}
            for t, au, _ in entries
        ]  # fmt: skip
        front: list[Page] = []
        if v in ("fengmian", "quantao"):
            front.append(_cover(ctx, j, y, vol, issue))
            zg = bool(j["zg"])
        if v in ("mulu", "quantao"):
            front.append(_toc(ctx, j, y, vol, issue, entries))
        else:
            contents = None
        pages = front + pages
    # the article's first page always carries ISSN and CN in its running foot
    first.text(first.w / 2, first.h - 10, f"ISSN {j['issn']}  CN {j['cn']}", 8, ctx.body, "c")
    journal = {"name": j["name"], "issn": j["issn"], "cn": j["cn"], "year": y, "volume": vol, "issue": issue,
               "levels": _levels(j, zg)}  # fmt: skip
    people = [{"name": a, "rank": i + 1, "role": "author"} for i, a in enumerate(authors)]
    fields = {"holder": None, "people": people, "title": title, "journal": journal}
    if contents:
        fields["contents"] = contents
    scored = ["title", "people", "journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue",
              "journal.levels"] + (["journal.volume"] if vol else [])  # fmt: skip
    return Doc("journal_article", ctx.layout("journal_article", v), pages, fields, scored,
               _claim(c, rng.choice(authors)))  # fmt: skip


# ---- book ----------------------------------------------------------------------------------------------
def _isbn(rng, prefix: str) -> str:  # noqa: ANN001
    pd = prefix.replace("-", "")
    title = kit.digits(rng, 12 - len(pd))
    return f"{prefix}-{title}-{isbn_digit(pd + title)}"


def _cip(pg: Page, ctx: Ctx, y0: float, title: str, resp: str, pub: str, pcity: str, ym: str, isbn: str,
         edition: str) -> float:  # fmt: skip
    rng = ctx.rng
    pg.text(24, y0, "图书在版编目（CIP）数据", 12, ctx.bold)
    yr, mo = ym[:4], int(ym[5:])
    line = f"{title} / {resp}. —{pcity}：{pub}，{yr}.{mo}"
    yy = wrap_keep(pg, 24, y0 + 9, 162, line, 10.5, ctx.body, [title, pub, resp])
    pg.text(24, yy, f"ISBN {isbn}", 10.5, ctx.body)
    pg.text(24, yy + 7, f"Ⅰ.①{title[:2]}…  Ⅱ.①{resp[:2]}…  Ⅲ.①{title[:2]}—研究  Ⅳ.①S{rng.randint(100, 999)}", 10.5,
            ctx.body)  # fmt: skip
    pg.text(24, yy + 17, f"中国版本图书馆CIP数据核字（{yr}）第{kit.digits(rng, 6)}号", 10.5, ctx.body)
    pg.line(24, yy + 27, 186, yy + 27, 0.4)
    yy += 33
    rows = [
        f"责任编辑：{names(rng, 1)[0]}", f"出版发行：{pub}", f"地址：{pcity}市{rng.choice(['朝阳区', '东城区', '历下区', '市中区'])}",
        f"印刷：{pcity}{rng.choice(['华联印刷有限公司', '新华印刷厂', '彩虹印刷有限公司'])}",
        f"开本：787 mm×1092 mm  1/16    印张：{rng.randint(10, 30)}    字数：{rng.randint(200, 600)}千字",
        f"版次：{edition}", f"印次：{fmt_month(ym, 'cn')}第1次印刷", f"定价：{rng.randint(28, 98)}.00元",
    ]  # fmt: skip
    for r in rows:
        pg.text(24, yy, r, 10.5, ctx.body)
        yy += 7
    return yy


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    prof = prof_for(ctx)
    c = city(ctx, prof)
    rng = ctx.rng
    y = c["year"]
    pub, prefix, pcity = rng.choice(PUBLISHERS[prof["key"]])
    title = rng.choice(prof["book"])
    ym = f"{y}-{rng.randint(1, 12):02d}"
    isbn = _isbn(rng, prefix)
    edition = f"{fmt_month(ym, 'cn')}第1版"
    chief = names(rng, rng.randint(1, 2))
    deputy = names(rng, rng.randint(1, 3)) if v in ("cover", "feiye", "bianwei") else []
    board = (
        [n for n in names(rng, 12) if n not in chief + deputy][: rng.randint(5, 8)] if v == "bianwei" else []
    )
    deputy = [n for n in deputy if n not in chief]
    people: list[dict] = []
    for group, role in ((chief, "editor_in_chief"), (deputy, "deputy_editor"), (board, "editorial_board")):
        for n in group:
            people.append({"name": n, "rank": len(people) + 1, "role": role})
    pages: list[Page] = []
    book_f = {"isbn": isbn, "publisher": pub, "edition": edition}
    resp = "，".join(chief) + "主编"
    issued: str | None = ym
    claim_from = chief + deputy + board
    if v == "cover":
        pg = Page(bg=(235, 242, 230))
        pg.rect(0, 0, pg.w, 12, 0, fill=(60, 120, 70))
        size = kit.fit(title, ctx.bold, 40, 176)
        pg.text(pg.w / 2, 70, title, size, ctx.bold, "c", (30, 70, 40))
        pg.text(pg.w / 2, 130, "　".join(chief) + "　主编", 15, ctx.body, "c")
        pg.text(pg.w / 2, 142, "副主编　" + "　".join(deputy), 13, ctx.body, "c")
        pg.text(pg.w / 2, pg.h - 34, pub, 16, ctx.bold, "c")
        pg.text(pg.w / 2, pg.h - 24, f"{pcity} · {y}", 11, ctx.body, "c")
        pages.append(pg)
        book_f = {"isbn": None, "publisher": pub, "edition": None}
        issued = None
    elif v == "yizhu":
        orig = rng.choice(FOREIGN)
        trans = names(rng, rng.randint(1, 3))
        people = [{"name": orig, "rank": 1, "role": "author"}] + [
            {"name": n, "rank": i + 2, "role": "translator"} for i, n in enumerate(trans)
        ]
        claim_from = trans
        resp = f"（美）{orig}著；{'，'.join(trans)}译"
        pg = Page()
        pg.text(pg.w / 2, 30, title, kit.fit(title, ctx.bold, 22, 170), ctx.bold, "c")
        pg.text(pg.w / 2, 46, f"［美］{orig}　著", 13, ctx.body, "c")
        pg.text(pg.w / 2, 55, "　".join(trans) + "　译", 13, ctx.body, "c")
        pg.text(24, 80, f"著作权合同登记号：图字01-{y - 1}-{kit.digits(rng, 4)}", 10, ctx.body)
        _cip(pg, ctx, 96, title, resp, pub, pcity, ym, isbn, edition)
        pages.append(pg)
    else:
        if v in ("feiye", "bianwei"):
            p1 = Page()
            if v == "feiye":
                p1.text(p1.w / 2, 60, title, kit.fit(title, ctx.bold, 28, 170), ctx.bold, "c")
                yy = 110.0
                for lab, group in (("主　编", chief), ("副主编", deputy)):
                    p1.text(60, yy, lab, 14, ctx.body)
                    p1.text(90, yy, "　".join(group), 14, ctx.body)
                    yy += 12
                p1.text(p1.w / 2, p1.h - 40, pub, 15, ctx.bold, "c")
            else:
                p1.text(p1.w / 2, 36, f"《{title}》编委会", 20, ctx.bold, "c")
                yy = 60.0
                for lab, group in (("主　编", chief), ("副主编", deputy), ("编　委", board)):
                    p1.text(40, yy, lab, 13, ctx.body)
                    yy = wrap_keep(p1, 70, yy, 110, "　".join(group), 13, ctx.body, group, lead=1.9) + 4
                p1.text(p1.w / 2, yy + 10, "（编委按姓氏笔画排序）", 11, ctx.body, "c")
            pages.append(p1)
        else:  # banquan: the copyright page alone; editors as the CIP names them
            people = [{"name": n, "rank": i + 1, "role": "editor_in_chief"} for i, n in enumerate(chief)]
            claim_from = chief
        p2 = Page()
        _cip(p2, ctx, 40, title, resp, pub, pcity, ym, isbn, edition)
        p2.text(p2.w / 2, p2.h - 26, "版权所有　侵权必究", 10, ctx.body, "c")
        pages.append(p2)
    fields = {
        "holder": None,
        "people": people,
        "title": title,
        "issuer": pub,
        "issued_on": issued,
        "book": book_f,
    }
    scored = ["title", "people", "issuer", "book.publisher"] + (
        ["book.isbn", "book.edition"] if book_f["isbn"] else []
    )
    return Doc("book", ctx.layout("book", v), pages, fields, scored, _claim(c, rng.choice(claim_from)))


# ---- patent certificate --------------------------------------------------------------------------------
PATENT_KIND = {"faming": "invention", "faming2": "invention", "shiyong": "utility_model", "geren": "utility_model",
               "waiguan": "design"}  # fmt: skip


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent_certificate")
    kind = PATENT_KIND[v]
    need = {"invention": "inv", "utility_model": "util", "design": "design"}[kind]
    prof = prof_for(ctx, need)
    c = city(ctx, prof)
    rng = ctx.rng
    y = c["year"]
    title = rng.choice(prof[need])
    if v == "faming2":
        title = title + "及其应用"
    lag = {
        "invention": rng.randint(400, 900),
        "utility_model": rng.randint(150, 330),
        "design": rng.randint(90, 200),
    }
    granted = kit.day_in(rng, y, 2, 11)
    while kit.d(granted).weekday() != 1:  # CNIPA publishes grants on Tuesdays
        granted = kit.plus(granted, 1)
    applied = kit.plus(granted, -lag[kind])
    ay = applied[:4]
    digit = {"invention": "1", "utility_model": "2", "design": "3"}[kind]
    twelve = f"{ay}{digit}{kit.digits(rng, 7)}"
    number = f"ZL{twelve}.{zl_check(twelve)}"
    printed_no = f"ZL {ay} {digit} {twelve[5:]}.{zl_check(twelve)}" if rng.random() < 0.6 else number
    inventors = names(rng, rng.randint(5, 9) if v == "faming2" else rng.randint(1, 5))
    unit = workplace(ctx, prof, c)
    patentee = inventors[0] if v == "geren" else unit
    word = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}[kind]
    name_lab = {"invention": "发明名称", "utility_model": "实用新型名称", "design": "外观设计名称"}[kind]
    person_lab = "设计人" if kind == "design" else "发明人"
    term = {
        "invention": "二十年",
        "utility_model": "十年",
        "design": "十五年" if applied >= "2021-06-01" else "十年",
    }
    early = y <= 2020  # publication numbers run on: CN 11x… B / 21x… U / 30x… S by year
    pub_no = {"invention": f"CN {rng.randint(108, 111) if early else rng.randint(113, 115)}{kit.digits(rng, 6)} B",
              "utility_model": f"CN {rng.randint(210, 212) if early else rng.randint(215, 217)}{kit.digits(rng, 6)} U",
              "design": f"CN {305 if early else 307}{kit.digits(rng, 6)} S"}[kind]  # fmt: skip
    ds = ctx.pick("date.patent", ["cn0", "cn0", "cn"])
    pg = Page()
    frame(pg, ctx, 2)
    pg.text(pg.w - 24, 20, f"证书号第{rng.randint(1000000, 6999999)}号", 11, ctx.body, "r")
    yy = heading(pg, ctx, f"{word}专利证书", 40, 28, spaced=True)
    pairs = [(name_lab, title), (person_lab, "；".join(inventors)), ("专利号", printed_no),
             ("专利申请日", fmt_date(applied, ds)), ("专利权人", patentee),
             ("地址", f"{c['post']} {c['prov']}{c['city']}{rng.choice(c['road'])}{rng.randint(1, 600)}号"),
             ("授权公告日", fmt_date(granted, ds)), ("授权公告号", pub_no)]  # fmt: skip
    yy += 10
    for lab, val in pairs:
        pg.text(26, yy, f"{lab}：", 12, ctx.body)
        xv = 26 + width_mm(f"{lab}：", ctx.body, 12)
        yy = wrap_keep(pg, xv, yy, pg.w - 26 - xv, val, 12, ctx.body, inventors + [title], lead=1.7) + 2
    review = "审查" if kind == "invention" else "初步审查"
    txt = (f"国家知识产权局依照中华人民共和国专利法经过{review}，决定授予专利权，颁发{word}专利证书"
           f"并在专利登记簿上予以登记。专利权自授权公告之日起生效。专利权期限为{term[kind]}，自申请日起算。")  # fmt: skip
    yy = wrap_keep(pg, 26, yy + 6, pg.w - 52, txt, 11, ctx.body, [], indent=8)
    txt2 = ("专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、"
            "国籍、地址变更等事项记载在专利登记簿上。")  # fmt: skip
    yy = wrap_keep(pg, 26, yy + 3, pg.w - 52, txt2, 11, ctx.body, [], indent=8)
    pg.text(pg.w - 70, yy + 16, "局长", 12, ctx.body)
    pg.text(pg.w - 56, yy + 14, "申长雨", 16, ctx.hand)
    pg.seal(pg.w - 60, yy + 18, 19, "国家知识产权局", rng.randrange(10**6))
    pg.text(pg.w / 2, pg.h - 20, "第 1 页（共 1 页）", 9, ctx.body, "c")
    people = [{"name": n, "rank": i + 1, "role": "inventor"} for i, n in enumerate(inventors)]
    fields = {"holder": patentee if v == "geren" else None, "people": people, "title": title,
              "issuer": "国家知识产权局", "issued_on": granted,
              "patent": {"kind": kind, "number": number, "applied_on": applied, "granted_on": granted}}  # fmt: skip
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    return Doc("patent_certificate", ctx.layout("patent_certificate", v), [pg], fields, scored,
               _claim(c, rng.choice(inventors)))  # fmt: skip


# ---- award certificate ---------------------------------------------------------------------------------
RANK_CN = "一二三四五六七八九"


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award_certificate")
    prof = prof_for(ctx, None if v in ("sheke", "jingsai") else "inv")
    c = city(ctx, prof)
    rng = ctx.rng
    y = c["year"]
    grade = rng.choice(["一等奖", "二等奖", "三等奖"])
    project = rng.choice(prof["project"] + (prof["paper"] or prof["project"]))
    issued = kit.day_in(rng, y, 3, 12)
    ds = ctx.pick("date.award", ["cn", "han", "cn0"])
    seed = rng.randrange(10**6)
    team = names(rng, rng.randint(3, 7))
    holder: str | None = None
    pg = Page(w=297, h=210) if v in ("shizheng", "jingsai", "bumen") else Page()
    frame(pg, ctx, 3 if v != "bumen" else 2)
    if v in ("shizheng", "xianzheng", "bumen"):
        if v == "shizheng":
            issuer, level, aname, kindv = (
                c["gov"],
                "municipal",
                f"{c['city']}科学技术进步奖",
                "science_technology",
            )
        elif v == "xianzheng":
            county = rng.choice([x for x in c["counties"] if x.endswith(("市", "县"))])
            issuer, level, aname, kindv = (
                f"{county}人民政府",
                "county",
                f"{county}科学技术进步奖",
                "science_technology",
            )
        else:
            dep = rng.choice([("卫生健康委员会", "医学科技创新成果奖"), ("农业农村局", "农业技术推广成果奖"),
                              ("自然资源和规划局", "自然资源科技创新奖")])  # fmt: skip
            issuer, level, aname, kindv = (
                f"{c['city']}{dep[0]}",
                "bureau",
                f"{c['city']}{dep[1]}",
                "science_technology",
            )
        pos = rng.randrange(len(team))
        holder = team[pos]
        yy = heading(pg, ctx, f"{aname}|证　书", 30, 30)
        txt = f"为表彰{aname}获得者，特颁发此证书，以资鼓励。"
        yy = wrap_keep(pg, 36, yy + 10, pg.w - 72, txt, 14, ctx.body, [aname], indent=10)
        rank_s = rng.choice([f"（第{RANK_CN[pos]}完成人）", f"（排名第{pos + 1}）"])
        pairs = [("项目名称", project), ("奖励等级", grade), ("获 奖 者", holder + rank_s),
                 ("证 书 号", f"{y}-{rng.choice(['J', 'K'])}-{rng.randint(1, 3)}{kit.digits(rng, 3)}")]  # fmt: skip
        yy = label_lines(pg, ctx, 40, yy + 8, pairs, 14, "：", gap=2.3, label_w=30)
        people = [{"name": holder, "rank": pos + 1, "role": "awardee"}]
    elif v in ("shengzheng", "sheke"):
        if v == "shengzheng":
            issuer, level, aname, kindv = (
                "山东省人民政府",
                "provincial",
                "山东省科学技术进步奖",
                "science_technology",
            )
        else:
            issuer, level, aname, kindv = (
                c["gov"],
                "municipal",
                f"{c['city']}社会科学优秀成果奖",
                "social_science",
            )
            team = team[:3]
        yy = heading(pg, ctx, "荣 誉 证 书" if v == "sheke" else f"{aname}|证书", 34, 28)
        lab = "成果名称" if v == "sheke" else "项目名称"
        txt = f"{lab}：{project}"
        yy = wrap_keep(pg, 30, yy + 12, pg.w - 60, txt, 14, ctx.body, [project])
        pg.text(30, yy + 2, f"奖励类别：{aname}", 14, ctx.body)
        pg.text(30, yy + 12, f"奖励等级：{grade}", 14, ctx.body)
        yy = wrap_keep(pg, 30, yy + 22, pg.w - 60, "主要完成人：" + "、".join(team), 14, ctx.body, team)
        pg.text(30, yy + 4, f"主要完成单位：{workplace(ctx, prof, c)}", 13, ctx.body)
        yy += 14
        people = [{"name": n, "rank": i + 1, "role": "awardee"} for i, n in enumerate(team)]
    else:  # jingsai: a skills competition run by a department, one winner
        holder = team[0]
        issuer, level, kindv = c["hrss"], "bureau", "competition"
        nth = rng.choice(["第二届", "第三届", "第五届", ""])
        trade = prof["bureau"].removesuffix("局").removesuffix("委员会").removesuffix("服务中心")
        aname = f"{c['city']}{nth}{trade}系统职业技能竞赛"
        event = rng.choice(prof["train"])
        yy = heading(pg, ctx, "荣 誉 证 书", 30, 32)
        txt = f"{holder}同志在{aname}“{event}”项目中，成绩优异，荣获{grade}。"
        yy = wrap_keep(pg, 40, yy + 18, pg.w - 80, txt, 16, ctx.body, [holder, aname, event, grade], lead=2.0,
                       indent=12)  # fmt: skip
        pg.text(52, yy + 6, "特发此证，以资鼓励。", 16, ctx.body)
        yy += 12
        project = event
        people = [{"name": holder, "rank": 1, "role": "awardee"}]
    sign_block(pg, ctx, issuer, fmt_date(issued, ds), min(yy + 16, pg.h - 40), seed=seed)
    fields = {"holder": holder, "people": people, "title": project, "issuer": issuer, "issued_on": issued,
              "award": {"name": aname, "kind": kindv, "level": level, "grade": grade}}  # fmt: skip
    scored = [
        "title",
        "people",
        "issuer",
        "issued_on",
        "award.name",
        "award.kind",
        "award.level",
        "award.grade",
    ]
    if holder:
        scored.insert(0, "holder")
    who = holder or rng.choice(team)
    return Doc("award_certificate", ctx.layout("award_certificate", v), [pg], fields, scored, _claim(c, who))


# ---- project completion --------------------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project_completion")
    teach = v == "jiaoke"
    prof = prof_for(ctx)
    if teach and prof["key"] not in ("chem", "kinder"):
        prof = next(p for p in PROFS if p["key"] == ("chem" if k % 2 else "kinder"))
    c = city(ctx, prof)
    rng = ctx.rng
    y = c["year"]
    title = rng.choice(prof["project"])
    leader, *members = names(rng, rng.randint(3, 7))
    issued = kit.day_in(rng, y, 3, 12)
    ds = ctx.pick("date.proj", ["cn", "han", "cn0", "dot"])
    code = f"{c['short']}{y - rng.randint(1, 2)}{rng.choice(['KT', 'ZX', 'YB'])}{kit.digits(rng, 3)}"
    unit = workplace(ctx, prof, c)
    seed = rng.randrange(10**6)
    pg = Page()
    if v == "jieti":
        issuer = f"{c['city']}社会科学界联合会"
        frame(pg, ctx, 2)
        yy = heading(pg, ctx, "结 题 证 书", 40, 30)
        pg.text(pg.w - 26, yy, f"编号：{code}-JT", 10.5, ctx.body, "r")
        pairs = [("课题名称", title), ("课题编号", code), ("课题主持人", leader), ("主持人单位", unit)]
        yy = label_lines(pg, ctx, 30, yy + 14, pairs, 13, "：", gap=2.3, label_w=32)
        yy = wrap_keep(pg, 30, yy, 150, "课题组成员：" + "、".join(members), 13, ctx.body, members)
        pg.text(30, yy + 4, f"鉴定等级：{rng.choice(['优秀', '良好', '合格'])}", 13, ctx.body)
        wrap_keep(
            pg,
            30,
            yy + 16,
            150,
            f"该课题系{c['city']}社会科学课题，经专家组鉴定，准予结题。",
            13,
            ctx.body,
            [],
        )
        sign_block(pg, ctx, issuer, fmt_date(issued, ds), yy + 44, seed=seed)
    elif v == "zhengming":
        issuer = f"{c['city']}{prof['bureau']}"
        yy = heading(pg, ctx, "结题证明", 40, 26)
        txt = (f"由{unit}{leader}同志主持的{c['city']}{prof['bureau']}科研项目“{title}”（项目编号：{code}），"
               f"课题组成员：{'、'.join(members)}。该项目已按计划完成各项研究任务，经组织专家评审，同意结题。")  # fmt: skip
        yy = wrap_keep(
            pg, 24, yy + 18, 162, txt, 14, ctx.body, [leader, title, *members], lead=2.0, indent=11
        )
        pg.text(35, yy + 6, "特此证明。", 14, ctx.body)
        sign_block(pg, ctx, issuer, fmt_date(issued, ds), yy + 34, seed=seed)
    elif v == "yanshou":
        issuer = f"{c['city']}科学技术局"
        yy = heading(pg, ctx, f"{c['city']}科技计划项目|验收证书", 30, 24)
        pg.text(
            pg.w - 22, yy, f"验收编号：{c['short']}科验〔{y}〕{rng.randint(10, 199)}号", 10.5, ctx.body, "r"
        )
        rows = [["项目名称", title], ["项目编号", code], ["承担单位", unit], ["项目负责人", leader],
                ["主要参加人员", "、".join(members)], ["验收时间", fmt_date(issued, "cn")],
                ["验收结论", "该项目完成了合同规定的各项任务指标，同意通过验收。"]]  # fmt: skip
        yy = pg.table(20, yy + 8, [36, 134], rows, 11.5, ctx.body, row_h=14)
        sign_block(pg, ctx, issuer, fmt_date(issued, ds), yy + 14, seed=seed, extra=["（盖章）"])
    elif v == "jiaoke":
        issuer = "山东省教育科学规划领导小组办公室"
        plan = "十四五" if y >= 2021 else "十三五"
        frame(pg, ctx, 1)
        yy = heading(pg, ctx, f"山东省教育科学“{plan}”规划课题|结题证书", 34, 24)
        txt = (f"{leader}同志主持的山东省教育科学“{plan}”规划课题“{title}”（批准号：{code}），"
               f"经专家鉴定，准予结题。")  # fmt: skip
        yy = wrap_keep(pg, 26, yy + 16, 158, txt, 14, ctx.body, [leader, title], lead=2.0, indent=11)
        yy = wrap_keep(pg, 26, yy + 4, 158, "课题组主要成员：" + "，".join(members), 13, ctx.body, members)
        sign_block(pg, ctx, issuer, fmt_date(issued, ds), yy + 26, seed=seed)
    else:  # jianding: a 结题鉴定书 page with the members' table
        issuer = f"{c['city']}{prof['bureau']}"
        yy = heading(pg, ctx, "科研课题结题鉴定书", 28, 22)
        yy = label_lines(pg, ctx, 22, yy + 8, [("课题名称", title), ("课题编号", code), ("承担单位", unit)], 12,
                         "：", gap=2.2)  # fmt: skip
        rows = [["序号", "姓名", "工作单位", "职称", "分工"], ["1", leader, unit, "高级", "主持人"]]
        for i, m in enumerate(members):
            rows.append(
                [str(i + 2), m, workplace(ctx, prof, c), rng.choice(["中级", "初级", "高级"]), "参与研究"]
            )
        yy = pg.table(
            18, yy + 4, [14, 26, 82, 22, 30], rows, 10.5, ctx.body, row_h=10.5, header_font=ctx.bold
        )
        yy = wrap_keep(pg, 22, yy + 8, 166, "鉴定意见：课题研究目标明确，完成了预定研究任务，同意结题。", 12,
                       ctx.body, [])  # fmt: skip
        sign_block(pg, ctx, issuer, fmt_date(issued, ds), yy + 12, seed=seed, extra=["（盖章）"])
    people = [{"name": leader, "rank": 1, "role": "project_leader"}] + [
        {"name": m, "rank": i + 2, "role": "project_member"} for i, m in enumerate(members)
    ]
    fields = {"holder": leader, "people": people, "title": title, "issuer": issuer, "issued_on": issued}
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    return Doc("project_completion", ctx.layout("project_completion", v), [pg], fields, scored,
               _claim(c, rng.choice([leader, *members])))  # fmt: skip


__all__ = [
    "journal_article",
    "book",
    "patent_certificate",
    "award_certificate",
    "project_completion",
    "CITIES",
]
