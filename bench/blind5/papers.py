"""Draw 5's journal pages, books, patent, award and project-completion certificates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.common import cn_num, journals
from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind5 import pools as P
from bench.blind5.layout import (
    GOLD,
    MM,
    RED,
    border,
    center,
    center_wrap,
    date_style,
    fdate,
    fmonth,
    kv,
    para,
    qr,
    sign,
    spaced,
)  # fmt: skip
from bench.blind5.pools import Ctx

SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"
REGION = {"12": "天津市", "13": "河北省", "14": "山西省", "21": "辽宁省", "22": "吉林省", "23": "黑龙江省", "31": "上海市",
          "32": "江苏省", "33": "浙江省", "34": "安徽省", "35": "福建省", "36": "江西省", "37": "山东省", "41": "河南省",
          "42": "湖北省", "43": "湖南省", "44": "广东省", "45": "广西壮族自治区", "50": "重庆市", "51": "四川省",
          "52": "贵州省", "53": "云南省", "61": "陕西省", "62": "甘肃省", "65": "新疆维吾尔自治区"}  # fmt: skip
NATIONAL = (
    "中国科学技术协会",
    "教育部",
    "中国科学院",
    "农业农村部",
    "国家卫生健康委员会",
    "水利部",
    "工业和信息化部",
)


def _person(n: str, r: int, role: str) -> dict[str, Any]:
    return {"name": n, "rank": r, "role": role}


def _supervisor(ctx: Ctx, cn: str) -> tuple[str | None, str | None]:
    code = cn[:2]
    if code in ("10", "11"):
        return ctx.rng.choice(NATIONAL), "national"
    if code in REGION:
        reg = REGION[code]
        return reg + ctx.rng.choice(("科学技术协会", "教育厅" if reg.endswith(("省", "区")) else "教育委员会", "科学技术厅"
                                     if reg.endswith(("省", "区")) else "科学技术委员会")), "provincial"  # fmt: skip
    return None, None


def _abstract(ctx: Ctx, topic: str) -> str:
    return (f"为探明{topic}的关键因素，以{ctx.rng.choice(('典型区域', '3个试验点', '某地区', '120例样本'))}为研究对象，"
            f"采用{ctx.rng.choice(('田间试验与统计分析', '数值模拟与现场实测', '问卷调查与回归分析', '随机对照试验'))}相结合的方法，"
            f"系统分析了不同条件下的变化规律。结果表明：处理组各项指标较对照组提高{ctx.rng.randint(8, 35)}.{ctx.rng.randint(1, 9)}%，"
            f"差异具有统计学意义。研究结果可为{ctx.rng.choice(('相关政策制定', '工程实践', '临床应用', '技术推广'))}提供参考。")  # fmt: skip


FILLER = ("近年来，相关领域研究不断深入，但实际应用中", "仍存在诸多问题亟待解决。已有研究多集中于", "单一因素的影响，缺乏系统的综合分析，",
          "难以满足生产实践的需要。为此，本文在前人", "工作的基础上，结合实地调查数据，对其", "影响机制进行了探讨，以期为后续研究和",
          "推广应用提供依据。1　材料与方法", "1.1　研究区概况　研究区位于我国中部，", "属温带季风气候，年均气温14.2 ℃，年均",
          "降水量约620 mm，无霜期210 d左右。")  # fmt: skip
KEYWORDS = (
    "影响因素",
    "综合评价",
    "对策",
    "数值模拟",
    "田间试验",
    "回归分析",
    "风险评估",
    "质量控制",
    "基层",
    "机制",
)


def _byline_parts(names: list[str], affs: list[int], corr: int | None) -> list[tuple[str, bool]]:
    parts: list[tuple[str, bool]] = []
    for i, (n, a) in enumerate(zip(names, affs, strict=True)):
        parts.append((n, False))
        parts.append((str(a) + ("*" if corr == i else ""), True))
        if i < len(names) - 1:
            parts.append(("，", False))
    return parts


def _other_titles(ctx: Ctx, title: str, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        t = P.paper_title(ctx)[0]
        if t != title and t not in out and title not in t and t not in title:
            out.append(t)
    return out


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("journal")
    j = ctx.rng.choice(journals())
    year = ctx.rng.randint(2016, 2024)
    vol = str(year - ctx.rng.randint(1960, 2005) if ctx.chance(0.8) else year - 1980)
    issue = str(ctx.rng.randint(1, 12))
    title, topic = P.paper_title(ctx)
    authors = ctx.names(ctx.rng.randint(1, 5))
    prov, city = P.place(ctx)
    units = [P.college(ctx, prov) + ctx.rng.choice(("农学院", "土木工程学院", "医学院", "信息学院", "教育学院")),
             P.unit(ctx, city)]  # fmt: skip
    levels = list(j.base_levels)
    show_vol = v not in ("footer",) and ctx.chance(0.75)
    pages: list[Page] = []
    claim_title, claim_people = title, authors
    pg = Page()
    if v in ("first", "bilingual", "spaced", "footer"):
        y = 14.0
        vi = f"第{vol}卷第{issue}期" if show_vol else f"{year}年第{issue}期"
        if v in ("first", "bilingual"):
            pg.text(18, y, j.name, 10, ctx.body)
            pg.text(
                192,
                y,
                f"{vi}{'　' + str(year) + '年' + str(ctx.rng.randint(1, 12)) + '月' if show_vol else ''}",
                10,
                ctx.body,
                "r",
            )
            y += 5
            pg.line(18, y, 192, y, 0.4)
            pg.text(18, y + 1.5, f"ISSN {j.issn}　CN {j.cn}", 8, ctx.body)
            y += 12
        elif v == "spaced":
            pg.text(18, y, (f"第{vol}卷　第{issue}期" if show_vol else f"第{issue}期"), 9.5, ctx.body)
            pg.text(18, y + 4.5, f"{year}年{ctx.rng.randint(1, 12)}月", 9.5, ctx.body)
            pg.text(192, y, j.name, 11, ctx.bold, "r")
            pg.text(192, y + 4.8, f"ISSN {j.issn}  CN {j.cn}", 8, ctx.body, "r")
            y += 11
            pg.line(18, y, 192, y, 0.8)
            pg.line(18, y + 1, 192, y + 1, 0.2)
            y += 10
        else:
            pg.text(18, y, f"文章编号：{j.issn}（{year}）{int(issue):02d}-{ctx.rng.randint(10, 180):04d}-0{ctx.rng.randint(4, 9)}", 8.5,
                    ctx.body)  # fmt: skip
            pg.text(192, y, f"CN {j.cn}", 8.5, ctx.body, "r")
            y += 12
        y = center_wrap(pg, y, title, 19, ctx.bold, 160, gap=1.55) + 2
        multi = len(authors) > 1 and ctx.chance(0.7)
        affs = (
            [1 + (i % 2 if multi else 0) for i in range(len(authors))]
            if v != "footer"
            else [0] * len(authors)
        )
        corr = len(authors) - 1 if len(authors) > 1 and ctx.chance(0.5) else None
        if v == "spaced":
            line = "　".join(spaced(n, 2) if len(n) == 2 else n for n in authors)
            y = center(pg, y, line, 13, ctx.body, gap=1.9)
            y = center(
                pg,
                y,
                f"（{units[0]}，{city} {P.ZIPS[prov]}0{ctx.rng.randint(10, 99)}）",
                9.5,
                ctx.body,
                gap=2.4,
            )
            affs = [1] * len(authors)
        elif v == "footer":
            line = "，".join(n + ("*" if corr == i else "") for i, n in enumerate(authors))
            y = center(pg, y, line, 13, ctx.body, gap=1.9)
            y = center(pg, y, f"（{units[1]}，{prov}{city}）", 9.5, ctx.body, gap=2.4)
        else:
            y = pg.runs(pg.w / 2, y, _byline_parts(authors, affs, corr), 13, ctx.body)
            aff = "；".join(f"{i + 1}. {units[i]}，{city} {P.ZIPS[prov]}0{ctx.rng.randint(10, 99)}"
                           for i in range(2 if multi else 1))  # fmt: skip
            if not multi:
                aff = aff[3:]
            y = center_wrap(pg, y, f"（{aff}）", 9.5, ctx.body, 165, gap=1.6) + 3
        y = para(pg, 24, y, 162, "摘　要：" + _abstract(ctx, topic), 10, ctx.body, 1.7, indent=False)
        kws = [topic[:6]] + ctx.rng.sample(KEYWORDS, 3)
        pg.text(24, y + 1, "关键词：" + "；".join(kws), 10, ctx.body)
        y += 7
        pg.text(24, y, f"中图分类号：{ctx.rng.choice(('S', 'TU', 'R', 'G', 'TV', 'F'))}{ctx.rng.randint(1, 99)}　　文献标志码：A", 9.5,
                ctx.body)  # fmt: skip
        if ctx.chance(0.5):
            pg.text(120, y, f"DOI：10.{ctx.rng.randrange(11000, 13999)}/j.{ctx.rng.randrange(1000, 9999)}.{year}.{int(issue):02d}."
                    f"{ctx.rng.randrange(1, 40):03d}", 9.5, ctx.body)  # fmt: skip
        y += 8
        if v == "bilingual":
            y = center_wrap(pg, y + 2, ctx.rng.choice(P.ENGLISH_TITLES).format(t="Key Factors in Regional Practice"), 12,
                            ctx.bold, 160)  # fmt: skip
            y += 2
            y = para(pg, 24, y, 162, "Abstract: The study analysed field data and proposed measures. Results show a clear "
                     "improvement over the control group.", 9.5, ctx.body, 1.6, indent=False)  # fmt: skip
            pg.text(24, y, "Key words: evaluation; measures; field data", 9.5, ctx.body)
            y += 8
        pg.line(18, y, 192, y, 0.3)
        y += 4
        # body in two columns
        for col in (0, 1):
            yy = y
            x = 18 + col * 90
            if col == 0:
                pg.text(x, yy, "0　引言", 11, ctx.bold)
                yy += 7
            while yy < 238:
                pg.text(x, yy, ctx.rng.choice(FILLER), 9.5, ctx.body)
                yy += 5.4
        # footnotes
        pg.line(18, 244, 80, 244, 0.3)
        recv = dt.date(year - 1 if int(issue) < 4 else year, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
        first = authors[0]
        notes = [f"收稿日期：{fdate(recv, 'dash')}",
                 f"基金项目：{prov}自然科学基金项目（ZR{year - 2}{ctx.rng.choice('CDM')}{ctx.rng.randrange(100, 999)}）",
                 f"作者简介：{first}（{ctx.rng.randint(1970, 1995)}—），{ctx.rng.choice('男女')}，{prov}{city}人，"
                 f"{ctx.rng.choice(P.TITLES_PRO)}，主要从事{topic[:8]}研究。"]  # fmt: skip
        if corr is not None:
            notes.append(f"通信作者：{authors[corr]}，E-mail：author{ctx.rng.randint(10, 99)}@example.cn")
        yy = 246.0
        for n_ in notes:
            yy = pg.wrap(18, yy, 174, n_, 8.5, ctx.body, 1.5)
        if v == "footer":
            pg.text(105, 284, f"{j.name}　{year}年第{issue}期　ISSN {j.issn}", 8.5, ctx.body, "c")
        scored = ["title", "people", "journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue",
                  "journal.levels"]  # fmt: skip
        pages.append(pg)
    elif v == "cover":
        sup, lvl = _supervisor(ctx, j.cn)
        pg = Page(bg=(245, 242, 232))
        pg.rect(0, 0, 210, 70, 0, (30, 70, 120), (30, 70, 120))
        pg.text(105, 20, j.name, 40 if len(j.name) <= 6 else 30, ctx.bold, "c", (255, 255, 255))
        pg.text(
            105,
            50,
            f"{year}年　第{issue}期" + (f"　第{vol}卷" if show_vol else ""),
            15,
            ctx.body,
            "c",
            (255, 255, 255),
        )
        y = center(pg, 90, "本 期 要 目", 16, ctx.bold, gap=2.4)
        others = [(t, ctx.names(ctx.rng.randint(1, 3))) for t in _other_titles(ctx, title, 4)]
        pos = ctx.rng.randrange(5)
        others.insert(pos, (title, authors))
        for t, ns in others:
            y = pg.wrap(30, y, 150, t, 12, ctx.bold, 1.5)
            pg.text(180, y, "　".join(ns), 10.5, ctx.body, "r")
            y += 8
        yb = 248
        if sup:
            pg.text(24, yb, f"主管：{sup}", 11, ctx.body)
            pg.text(24, yb + 6, f"主办：{P.college(ctx, prov)}", 11, ctx.body)
            levels.append(lvl)
        pg.text(24, yb + 16, f"ISSN {j.issn}", 12, ctx.bold)
        pg.text(24, yb + 23, f"CN {j.cn}", 12, ctx.bold)
        for i in range(40):
            pg.line(150 + i * 1.1, 262, 150 + i * 1.1, 282, 0.3 + 0.4 * ctx.rng.random(), (0, 0, 0))
        scored = [
            "journal.name",
            "journal.issn",
            "journal.cn",
            "journal.year",
            "journal.issue",
            "journal.levels",
        ]
        pages.append(pg)
    else:  # toc
        sup, lvl = _supervisor(ctx, j.cn)
        y = center(pg, 18, j.name, 20, ctx.bold, gap=1.9)
        y = center(
            pg,
            y,
            f"{year}年　第{vol}卷　第{issue}期" if show_vol else f"{year}年第{issue}期",
            11,
            ctx.body,
            gap=2.0,
        )
        y = center(pg, y, spaced("目次", 3) if ctx.chance(0.5) else "目　录", 16, ctx.bold, gap=2.4)
        entries = [(t, ctx.names(ctx.rng.randint(1, 4))) for t in _other_titles(ctx, title, 8)]
        pos = ctx.rng.randrange(9)
        entries.insert(pos, (title, authors))
        pno = ctx.rng.randint(1, 20)
        for t, ns in entries:
            y = pg.wrap(24, y, 150, t, 11, ctx.body, 1.45)
            pg.text(30, y, "　".join(ns) if ctx.chance(0.5) else "，".join(ns), 9.5, ctx.body)
            pg.text(186, y - 5, f"（{pno}）", 10, ctx.body, "r")
            pno += ctx.rng.randint(5, 12)
            y += 7
        yb = max(y + 6, 255)
        if sup and ctx.chance(0.5):
            pg.text(24, yb, f"主管单位：{sup}　主办单位：{P.college(ctx, prov)}", 9.5, ctx.body)
            levels.append(lvl)
            yb += 6
        pg.text(24, yb, f"国际标准连续出版物号 ISSN {j.issn}　国内统一连续出版物号 CN {j.cn}", 9.5, ctx.body)
        scored = [
            "journal.name",
            "journal.issn",
            "journal.cn",
            "journal.year",
            "journal.issue",
            "journal.levels",
        ]
        pages.append(pg)
    if show_vol and v in ("first", "bilingual", "spaced", "cover", "toc"):
        scored.append("journal.volume")
    journal = {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": vol if show_vol else None,
               "issue": issue, "levels": levels}  # fmt: skip
    people = [_person(n, i + 1, "author") for i, n in enumerate(claim_people)]
    fields = {"title": claim_title, "people": people, "journal": journal}
    claim = ctx.rng.choice(claim_people)
    return Doc("journal_article", f"journal5-{v}", pages, fields, scored, {"person": claim, "year": year})


# ======================================================================================================
def _isbn(ctx: Ctx, pub: tuple[str, str, str, int]) -> str:
    item = f"{ctx.rng.randrange(10 ** pub[3]):0{pub[3]}d}"
    d12 = f"9787{pub[2]}{item}"
    return f"978-7-{pub[2]}-{item}-{P.isbn_digit(d12)}"


def _cip_no(ctx: Ctx, year: int) -> str:
    return f"中国版本图书馆CIP数据核字（{year}）第{ctx.rng.randrange(10**5, 10**6)}号"


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("book")
    pub = ctx.rng.choice(P.PUBLISHERS)
    publisher, pcity = pub[0], pub[1]
    topic = ctx.rng.choice(P.RESEARCH)
    title = ctx.pick("book.title", P.BOOK_PATTERNS).format(t=topic)
    y0, m0 = ctx.rng.randint(2015, 2024), ctx.rng.randint(1, 12)
    ed_n = ctx.pick("book.ed", (1, 1, 1, 2))
    edition = f"{y0}年{m0}月第{ed_n}版"
    isbn = _isbn(ctx, pub)
    people: list[dict[str, Any]] = []
    pages: list[Page] = []
    mode = ctx.pick("book.mode", ("author", "editor", "editor"))
    chiefs = ctx.names(ctx.rng.randint(1, 2))
    deputies = ctx.names(ctx.rng.randint(1, 3)) if mode == "editor" else []
    if mode == "author":
        people = [_person(n, i + 1, "author") for i, n in enumerate(chiefs)]
        resp = "，".join(chiefs) + "著"
    else:
        people = [_person(n, i + 1, "editor_in_chief") for i, n in enumerate(chiefs)]
        people += [_person(n, len(chiefs) + i + 1, "deputy_editor") for i, n in enumerate(deputies)]
        resp = (
            "，".join(chiefs)
            + "主编"
            + ("；" + "，".join(deputies) + "副主编" if deputies and v != "cover" else "")
        )
        if v == "cover":
            people = people[: len(chiefs)]
    if v == "translation":
        nat, fname, eng = ctx.rng.choice(P.FOREIGN_AUTHORS)
        trans = ctx.names(ctx.rng.randint(1, 3))
        people = [_person(fname, 1, "author")] + [
            _person(n, i + 2, "translator") for i, n in enumerate(trans)
        ]
        resp = f"〔{nat}〕{fname}（{eng}）著；" + "，".join(trans) + "译"
        title = ctx.pick("book.trtitle", ("{t}导论", "{t}：原理与方法", "{t}手册")).format(t=topic)
    board_names: list[str] = []
    if v == "board":
        board_names = ctx.names(ctx.rng.randint(4, 9))
        if ctx.chance(0.5):
            board_names.insert(ctx.rng.randrange(len(board_names)), chiefs[0])  # the chief is listed again
        if mode == "author":
            people = [_person(n, i + 1, "editor_in_chief") for i, n in enumerate(chiefs)]
            resp = "，".join(chiefs) + "主编"
        seen = [p["name"] for p in people]
        for n in board_names:
            if n not in seen:
                seen.append(n)
                people.append(_person(n, len(seen), "editorial_board"))
        pgb = Page()
        y = center(pgb, 40, spaced("编委会", 2), 22, ctx.bold, gap=3)
        rows = [("主　编", chiefs)] + ([("副主编", deputies)] if deputies else []) + [
            ("编　委" + ("（按姓氏笔画排序）" if ctx.chance(0.4) else ""), board_names)]  # fmt: skip
        for lab, ns in rows:
            pgb.text(40, y, lab, 13, ctx.bold)
            y += 8
            for i in range(0, len(ns), 4):
                pgb.text(52, y, "　　".join(ns[i : i + 4]), 13, ctx.body)
                y += 8
            y += 4
        pages.append(pgb)
    cip = [f"{title}/{resp}. —{ed_n}版（修订本）. " if ed_n > 1 else f"{title}/{resp}. —",
           f"{pcity}：{publisher}，{y0}.{m0}", f"ISBN {isbn}", f"Ⅰ.①{title[:4]}… Ⅱ.①{(chiefs + [''])[0] if v != 'translation' else people[1]['name']}… Ⅲ.①{topic[:4]}",
           "Ⅳ.①" + ctx.rng.choice(("S", "TU", "R", "G", "F")) + str(ctx.rng.randint(10, 99))]  # fmt: skip
    if v in ("cip", "board", "translation", "boxed"):
        pg = Page()
        y = 60.0
        x = 30.0
        if v == "boxed":
            pg.rect(26, 56, 184, 128, 0.4)
        pg.text(x, y, "图书在版编目（CIP）数据", 12, ctx.bold)
        y += 9
        cip_text = cip[0] + cip[1] + "\n" + cip[2] + "\n" + cip[3] + "\n" + cip[4]
        for part in cip_text.split("\n"):
            y = pg.wrap(x, y, 150, part, 10.5, ctx.body, 1.7, indent=width_mm("　　", ctx.body, 10.5))
        y += 2
        pg.text(x, y, _cip_no(ctx, y0), 10.5, ctx.body)
        y = max(y + 14, 140)
        pg.line(26, y - 6, 184, y - 6, 0.3)
        pairs = [("书　　名", title), ("责任编辑", ctx.name()), ("出版发行", publisher),
                 ("社　　址", f"{pcity}市{ctx.rng.choice(('东城区', '西城区', '海淀区', '朝阳区', '开福区', '历下区'))}"),
                 ("印　　刷", f"{pcity}{ctx.rng.choice(('华联', '宏达', '新华'))}印刷有限公司"),
                 ("开　　本", "787mm×1092mm　1/16"), ("字　　数", f"{ctx.rng.randint(200, 680)}千字")]  # fmt: skip
        if v == "boxed":
            pairs.append(("版　　次", f"{edition}　{y0}年{m0}月第1次印刷"))
        else:
            pairs += [("版　　次", edition), ("印　　次", f"{y0}年{m0}月第1次印刷")]
        pairs += [("书　　号", f"ISBN {isbn}"), ("定　　价", f"{ctx.rng.randint(38, 168)}.00元")]
        kv(pg, x, y, pairs, 10.5, ctx.body, 24, 1.9)
        pg.text(105, 270, "版权所有　侵权必究", 10, ctx.body, "c")
        pages.append(pg)
    elif v == "title":
        pgt = Page()
        y = center_wrap(pgt, 80, title, 24, ctx.bold, 150, gap=1.6)
        names_line = ("　".join(chiefs) + "　著") if mode == "author" else ("　".join(chiefs) + "　主编")
        y = center(pgt, y + 20, names_line, 15, ctx.body, gap=2)
        if deputies:
            center(pgt, y, "　".join(deputies) + "　副主编", 13, ctx.body)
        center(pgt, 250, publisher, 16, ctx.bold)
        center(pgt, 259, pcity, 12, ctx.body)
        pages.append(pgt)
        pg = Page()
        kv(pg, 40, 170, [("书名", title), ("作者" if mode == "author" else "主编", "　".join(chiefs)), ("出版", publisher),
                         ("版次", edition), ("书号", f"ISBN {isbn}"), ("定价", f"{ctx.rng.randint(38, 168)}.00元")],
           11, ctx.body, 16, 2.0)  # fmt: skip
        pages.append(pg)
    else:  # cover
        pg = Page(bg=ctx.rng.choice(((235, 225, 200), (210, 225, 240), (225, 240, 220))))
        pg.rect(0, 40, 210, 42, 0, (120, 40, 40), (120, 40, 40))
        y = center_wrap(pg, 70, title, 30, ctx.bold, 160, gap=1.5)
        role = "著" if mode == "author" else "主编"
        center(pg, y + 30, "　".join(chiefs) + "　" + role, 16, ctx.body)
        pg.rect(40, 150, 170, 230, 0, (180, 190, 200), (180, 190, 200))
        center(pg, 262, publisher, 17, ctx.bold)
        fields = {"title": title, "people": people, "issuer": publisher,
                  "book": {"isbn": None, "publisher": publisher, "edition": None}}  # fmt: skip
        scored = ["title", "people", "issuer", "book.publisher"]
        claim = ctx.rng.choice([p["name"] for p in people])
        return Doc("book", "book5-cover", [pg], fields, scored, {"person": claim, "year": y0})
    fields = {"title": title, "people": people, "issuer": publisher, "issued_on": f"{y0}-{m0:02d}",
              "book": {"isbn": isbn, "publisher": publisher, "edition": edition}}  # fmt: skip
    scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    cands = [p["name"] for p in people if p["role"] != "author" or v != "translation"]
    return Doc("book", f"book5-{v}", pages, fields, scored, {"person": ctx.rng.choice(cands), "year": y0})


# ======================================================================================================
KIND_WORD = {"invention": ("发明", "发明名称", 1), "utility_model": ("实用新型", "实用新型名称", 2),
             "design": ("外观设计", "外观设计名称", 3)}  # fmt: skip


def _zl_print(ctx: Ctx, d12: str, c: str) -> str:
    return ctx.pick("zl.fmt", (f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{c}", f"ZL{d12}.{c}", f"ZL {d12}.{c}"))


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("patent")
    kind = ("invention", "utility_model", "design")[(k + ctx.offset // 5) % 3]
    word, name_lab, t = KIND_WORD[kind]
    title = ctx.rng.choice({"invention": P.PATENT_INVENTIONS, "utility_model": P.PATENT_UTILITY,
                            "design": P.PATENT_DESIGN}[kind])  # fmt: skip
    applied = ctx.date(2014, 2022)
    lag = {"invention": (420, 1100), "utility_model": (120, 330), "design": (90, 250)}[kind]
    granted = applied + dt.timedelta(days=ctx.rng.randint(*lag))
    while granted.weekday() != 1:  # grant announcements fall on Tuesdays
        granted += dt.timedelta(days=1)
    d12 = f"{applied.year}{t}{ctx.rng.randrange(10**7):07d}"
    c = P.zl_check(d12)
    number = f"ZL{d12}.{c}"
    inventors = ctx.names(ctx.rng.randint(1, 6))
    prov, city = P.place(ctx)
    owner = ctx.pick("pat.owner", (P.company(ctx, city), P.college(ctx, prov), P.unit(ctx, city)))
    st = ctx.pick("pat.date", ("ymd", "ymd0", "ymd0"))
    zl = _zl_print(ctx, d12, c)
    cert_no = f"第{ctx.rng.randrange(10**6, 10**7)}号"
    sep = ctx.pick("pat.sep", ("；", "；", "，", "　"))
    who = "设计人" if kind == "design" else "发明人"
    fieldlist = [(name_lab, title), (who, sep.join(inventors)), ("专利号", zl), ("专利申请日", fdate(applied, st)),
                 ("专利权人", owner), ("授权公告日", fdate(granted, st))]  # fmt: skip
    legal = (f"本{word}经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{word}专利证书并在专利登记簿上予以登记。"
             f"专利权自授权公告之日起生效。专利权期限为{'二十' if kind == 'invention' else '十' if kind == 'utility_model' else '十五'}年，自申请日起算。")  # fmt: skip
    pg = Page()
    if v in ("classic", "copy", "framed"):
        if v == "framed":
            border(pg, 3, GOLD)
        y = 30.0
        pg.text(30, y, f"证书号{cert_no}", 11, ctx.body)
        y = center(pg, y + 16, spaced(f"{word}专利证书", 1), 26, ctx.bold, gap=2.6)
        y = kv(pg, 30, y + 4, fieldlist, 12.5, ctx.body, 37 if kind == "design" else 33, 2.2)
        y = para(pg, 30, y + 6, 150, legal, 11.5, ctx.body, 1.9)
        para(pg, 30, y + 2, 150, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、"
             "国籍、地址变更等事项记载在专利登记簿上。", 10.5, ctx.body, 1.8)  # fmt: skip
        pg.text(120, 262, "局长", 12, ctx.body)
        pg.text(120, 272, "国家知识产权局", 12, ctx.body)
        pg.text(136, 258, ctx.name(), 18, ctx.hand, "l", (30, 30, 30))
        pg.seal(150, 250, 20, "国家知识产权局", ctx.rng.randrange(10**6))
        if v == "copy":
            pg.rect(28, 214, 84, 230, 0.8, RED)
            pg.text(56, 218, "与原件一致", 14, ctx.bold, "c", RED)
            pg.seal(160, 225, 17, owner, ctx.rng.randrange(10**6))
    elif v == "electronic":
        pg.rect(0, 0, 210, 26, 0, (200, 40, 40), (200, 40, 40))
        pg.text(105, 8, "国家知识产权局", 18, ctx.bold, "c", (255, 255, 255))
        y = center(pg, 36, f"{word}专利证书", 24, ctx.bold, gap=2.2)
        pg.text(105, y, f"（电子证书）　证书号{cert_no}", 10.5, ctx.body, "c")
        rows = [[lab, val] for lab, val in fieldlist]
        y = pg.table(22, y + 8, [36, 130], rows, 11, ctx.body, 12)
        y = para(pg, 24, y + 6, 162, legal, 10.5, ctx.body, 1.8)
        qr(pg, 24, y + 6, 28, ctx.rng)
        pg.text(56, y + 16, "扫描二维码可查验证书信息", 9.5, ctx.body)
        pg.seal(160, y + 22, 20, "国家知识产权局", ctx.rng.randrange(10**6))
    else:  # booklet: an open booklet, fields on the right
        pg = Page(w=297, h=210)
        pg.line(148.5, 10, 148.5, 200, 0.4, (150, 150, 150))
        center(pg, 30, "中华人民共和国国家知识产权局", 13, ctx.bold, x=74)
        para(pg, 20, 60, 110, legal, 11, ctx.body, 1.9)
        pg.text(40, 160, "局长", 11, ctx.body)
        pg.text(55, 156, ctx.name(), 17, ctx.hand)
        pg.seal(80, 165, 19, "国家知识产权局", ctx.rng.randrange(10**6))
        pg.text(160, 24, f"证书号{cert_no}", 10, ctx.body)
        center(pg, 38, f"{word}专利证书", 20, ctx.bold, x=222)
        kv(pg, 160, 60, fieldlist, 11, ctx.body, 32 if kind == "design" else 27, 2.4)
    fields = {"title": title, "people": [_person(n, i + 1, "inventor") for i, n in enumerate(inventors)],
              "issuer": "国家知识产权局", "issued_on": granted.isoformat(),
              "patent": {"kind": kind, "number": number, "applied_on": applied.isoformat(),
                         "granted_on": granted.isoformat()}}  # fmt: skip
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    return Doc("patent_certificate", f"patent5-{v}", [pg], fields, scored,
               {"person": ctx.rng.choice(inventors), "year": granted.year})  # fmt: skip


# ======================================================================================================
GRADES = ("一等奖", "二等奖", "三等奖")
CN_ORD = "一二三四五六七八九十"


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("award")
    prov, city = P.place(ctx)
    county = ctx.rng.choice(P.COUNTIES)
    project = ctx.pick("award.proj", ("{t}关键技术研究与应用", "{t}研究", "{t}集成与推广", "{t}创新与实践")).format(
        t=ctx.rng.choice(P.RESEARCH))  # fmt: skip
    year = ctx.rng.randint(2016, 2024)
    d = dt.date(year, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    grade = ctx.rng.choice(GRADES)
    st = ctx.pick("award.date", ("ymd", "han", "han", "ymd0"))
    month_only = ctx.chance(0.25)
    date_s = fmonth(d.year, d.month, st) if month_only else fdate(d, st)
    issued = f"{d.year}-{d.month:02d}" if month_only else d.isoformat()
    seed = ctx.rng.randrange(10**6)
    holder: str | None = None
    pg = Page(w=297, h=210) if ctx.chance(0.5) else Page()
    border(pg, ctx.rng.choice((2, 3)), ctx.rng.choice((GOLD, RED)))
    W = pg.w
    x0, wd = 32, pg.w - 64
    year_pref = ctx.pick("award.ypref", (f"{year}年度", f"{year - 1}年度", ""))
    if v == "government":
        name, kind, level, issuer = (
            f"{prov}科学技术进步奖",
            "science_technology",
            "provincial",
            f"{prov}人民政府",
        )
        holder = ctx.name()
        rank = ctx.rng.randint(1, 9)
        y = center(pg, 30, spaced("荣誉证书" if ctx.chance(0.4) else "证书", 2), 28, ctx.bold, RED, 2.6)
        y = para(pg, x0, y + 6, wd, f"为表彰{year_pref}{name}获得者，特颁发此证书。", 14, ctx.body, 2)
        rk = ctx.pick(
            "award.rank", (f"（第{rank}完成人）", f"（排名第{rank}）", f"　第{CN_ORD[rank - 1]}完成人")
        )
        rkv = rank
        y = kv(pg, x0 + 10, y + 6, [("项目名称", project), ("奖励等级", grade), ("获 奖 者", holder + rk),
                                    ("证 书 号", f"{year}-J-{ctx.rng.randint(1, 3)}{ctx.rng.randrange(10, 99)}-R{rank:02d}")],
               13, ctx.body, 30, 2.2)  # fmt: skip
        people = [_person(holder, rkv, "awardee")]
    elif v == "socsci":
        nth = ctx.rng.randint(5, 20)
        name = f"{city}第{cn_num(nth)}届社会科学优秀成果奖"
        kind, level, issuer = "social_science", "municipal", f"{city}人民政府"
        holder = ctx.name()
        y = center(pg, 30, spaced("获奖证书", 2), 28, ctx.bold, RED, 2.6)
        pg.text(x0, y + 6, f"{holder}同志：", 15, ctx.body)
        y = para(
            pg,
            x0,
            y + 18,
            wd,
            f"您的成果《{project}》荣获{name}{grade}。特发此证，以资鼓励。",
            15,
            ctx.body,
            2.1,
        )
        people = [_person(holder, 1, "awardee")]
    elif v == "team":
        name, kind, level, issuer = (
            f"{city}科学技术进步奖",
            "science_technology",
            "municipal",
            f"{city}人民政府",
        )
        y = center(pg, 30, spaced("获奖证书", 2), 26, ctx.bold, RED, 2.6)
        ns = ctx.names(ctx.rng.randint(3, 7))
        y = para(pg, x0, y + 4, wd, f"{year_pref}{name}", 14, ctx.bold, 2)
        y = kv(pg, x0 + 6, y + 2, [("获奖项目", project), ("获奖等级", grade), ("完成单位", P.unit(ctx, city))], 13, ctx.body,
               28, 2.2)  # fmt: skip
        y = para(pg, x0 + 6, y, wd - 6, "主要完成人：" + "、".join(ns), 13, ctx.body, 2, indent=False)
        people = [_person(n, i + 1, "awardee") for i, n in enumerate(ns)]
    elif v == "contest":
        name, issuer = ctx.pick("award.contest", (
            (f"{prov}职业院校技能大赛教学能力比赛", f"{prov}教育厅"),
            (f"{prov}中小学青年教师教学基本功比赛", f"{prov}教育厅"),
            (f"{prov}卫生健康系统护理技能竞赛", f"{prov}卫生健康委员会"),
            ("全国农业行业职业技能大赛", "农业农村部人力资源开发中心"),
        ))  # fmt: skip
        kind, level = "competition", "national" if name.startswith("全国") else "provincial"
        y = center(pg, 30, spaced("荣誉证书", 2), 28, ctx.bold, RED, 2.6)
        ns = ctx.names(ctx.rng.choice((1, 1, 3, 4)))
        who_s = "、".join(ns)
        y = para(
            pg, x0, y + 6, wd, f"{who_s}{'老师' if len(ns) == 1 else ''}：", 15, ctx.body, 2, indent=False
        )
        y = para(
            pg, x0, y + 4, wd, f"在{year}年{name}中，参赛作品《{project}》荣获{grade}。", 15, ctx.body, 2.1
        )
        y = para(pg, x0, y, wd, "特发此证。", 15, ctx.body, 2)
        holder = ns[0] if len(ns) == 1 else None
        people = [_person(n, i + 1, "awardee") for i, n in enumerate(ns)]
    elif v == "teaching":
        name = ctx.pick("award.teach", (f"{prov}高等教育省级教学成果奖", f"{prov}基础教育省级教学成果奖",
                                        f"{prov}职业教育省级教学成果奖"))  # fmt: skip
        kind, level, issuer = "other", "provincial", f"{prov}人民政府"
        grade = ctx.rng.choice(("特等奖", "一等奖", "二等奖"))
        ns = ctx.names(ctx.rng.randint(2, 6))
        y = center(pg, 30, spaced("证书", 3), 28, ctx.bold, RED, 2.6)
        y = para(pg, x0, y + 4, wd, f"成果名称：{project}", 14, ctx.body, 2, indent=False)
        y = para(pg, x0, y, wd, "成果完成人：" + "　".join(ns), 14, ctx.body, 2, indent=False)
        y = para(pg, x0, y, wd, f"成果完成单位：{P.college(ctx, prov)}", 14, ctx.body, 2, indent=False)
        y = para(pg, x0, y + 4, wd, f"该成果荣获{year_pref}{name}{grade}。", 14, ctx.body, 2)
        people = [_person(n, i + 1, "awardee") for i, n in enumerate(ns)]
    else:  # county
        name, kind, level, issuer = f"{county}科学技术奖", "science_technology", "county", f"{county}人民政府"
        holder = ctx.name()
        rank = ctx.rng.randint(1, 5)
        y = center(pg, 30, spaced("荣誉证书", 2), 28, ctx.bold, RED, 2.6)
        y = para(pg, x0, y + 6, wd, f"{holder}同志在“{project}”项目中成绩突出（排名第{rank}），荣获{year_pref}{name}{grade}。"
                 "特发此证，以资鼓励。", 15, ctx.body, 2.1)  # fmt: skip
        people = [_person(holder, rank, "awardee")]
    sign(
        pg,
        ctx,
        [issuer, date_s],
        max(y + 14, pg.h - 62) if pg.w > pg.h else y + 36,
        W - 40,
        13.5,
        issuer,
        seed,
    )
    fields = {"holder": holder, "title": project, "people": people, "issuer": issuer, "issued_on": issued,
              "award": {"name": name, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
    scored = [
        "holder",
        "title",
        "people",
        "issuer",
        "issued_on",
        "award.name",
        "award.kind",
        "award.level",
        "award.grade",
    ]
    claim = holder or ctx.rng.choice([p["name"] for p in people])
    return Doc("award_certificate", f"award5-{v}", [pg], fields, scored, {"person": claim, "year": d.year})


# ======================================================================================================
def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("project")
    prov, city = P.place(ctx)
    topic = ctx.rng.choice(P.RESEARCH)
    title = ctx.pick(
        "proj.title", ("{t}研究", "{t}的实践研究", "{t}关键技术研究", "基于{t}的对策研究")
    ).format(t=topic)
    issuer = ctx.pick("proj.issuer", (f"{prov}教育科学规划领导小组办公室", f"{prov}哲学社会科学规划办公室",
                                      f"{city}科学技术局", f"{prov}卫生健康委员会", f"{prov}科学技术厅"))  # fmt: skip
    start = ctx.date(2015, 2022)
    done = start + dt.timedelta(days=ctx.rng.randint(400, 1100))
    st = date_style(ctx, formal=ctx.chance(0.5))
    month_only = ctx.chance(0.3)
    date_s = fmonth(done.year, done.month, st) if month_only else fdate(done, st)
    issued = f"{done.year}-{done.month:02d}" if month_only else done.isoformat()
    leader = ctx.name()
    members = ctx.names(ctx.rng.randint(2, 6))
    code = ctx.pick("proj.code", (f"{ctx.rng.choice(('JG', 'SK', 'WJ'))}{start.year}{ctx.rng.randrange(100, 999)}",
                                  f"{start.year}-{ctx.rng.choice(('YB', 'ZD', 'GH', 'KJ'))}-{ctx.rng.randrange(10, 299):03d}",
                                  f"{str(start.year)[2:]}{ctx.rng.choice(('B', 'C', 'D'))}{ctx.rng.choice(('JY', 'SH', 'GL'))}{ctx.rng.randrange(10, 200):03d}"))  # fmt: skip
    unit = ctx.pick("proj.unit", (P.college(ctx, prov), P.unit(ctx, city)))
    seed = ctx.rng.randrange(10**6)
    holder: str | None = None
    pg = Page()
    if v == "jieti":
        border(pg, ctx.rng.choice((1, 2)))
        y = center(pg, 36, spaced(ctx.pick("proj.head", ("结题证书", "结项证书")), 2), 26, ctx.bold, RED, 2.8)
        pairs = [("项目名称", title), ("项目编号", code), ("项目负责人", leader), ("课题组成员", "、".join(members)),
                 ("承担单位", unit), ("立项时间", fmonth(start.year, start.month, "ymd"))]  # fmt: skip
        y = _kv_wrap(pg, ctx, 30, y + 8, pairs, 12.5, 32, 150)
        y = para(pg, 30, y + 6, 150, ctx.pick("proj.s", ("经专家组鉴定，该项目已完成预期研究任务，准予结题。特发此证。",
                                                         "该课题研究成果经鉴定合格，同意结题。")), 13, ctx.body, 2)  # fmt: skip
        people = [_person(leader, 1, "project_leader")] + [
            _person(n, i + 2, "project_member") for i, n in enumerate(members)
        ]
    elif v == "proof":
        y = center(pg, 40, "结题证明", 24, ctx.bold, gap=3)
        s = (f"兹证明，由{unit}{leader}同志主持的{ctx.pick('proj.kind', ('科研项目', '课题', '规划课题'))}“{title}”"
             f"（项目编号：{code}），已于{date_s}通过结题鉴定，准予结题。")  # fmt: skip
        y = para(pg, 26, y + 6, 158, s, 14, ctx.body, 2.1)
        y = para(pg, 26, y, 158, "特此证明。", 14, ctx.body)
        holder = leader
        people = [_person(leader, 1, "project_leader")]
    elif v == "acceptance":
        issuer = ctx.pick("proj.acc", (f"{city}科学技术局", f"{prov}科学技术厅"))
        y = center(pg, 26, "科技计划项目验收证书", 20, ctx.bold, gap=2.4)
        pg.text(186, y, f"验收证书编号：{done.year}{ctx.rng.randrange(100, 999)}", 10, ctx.body, "r")
        y += 7
        rows = [["项目名称", title], ["项目编号", code], ["承担单位", unit], ["项目负责人", leader],
                ["起止时间", f"{fmonth(start.year, start.month, 'dot')}—{fmonth(done.year, done.month, 'dot')}"],
                ["验收结论", "通过验收"]]  # fmt: skip
        y = pg.table(22, y, [34, 132], rows, 11, ctx.body, 11) + 6
        pg.text(22, y, "主要研究人员", 12, ctx.bold)
        team = [leader] + members
        rows = [["序号", "姓名", "单位", "职称", "分工"]] + [
            [str(i + 1), n, unit, ctx.rng.choice(P.TITLES_PRO), "项目主持" if i == 0 else "研究实施"] for i, n in enumerate(team)]  # fmt: skip
        y = pg.table(22, y + 7, [14, 26, 68, 30, 28], rows, 10, ctx.body, 9.5) + 6
        people = [
            _person(n, i + 1, "project_leader" if i == 0 else "project_member") for i, n in enumerate(team)
        ]
    elif v == "jiexiang":
        issuer = "全国哲学社会科学工作办公室"
        border(pg, 2, RED)
        y = center(pg, 34, "国家社会科学基金项目", 18, ctx.bold, gap=1.8)
        y = center(pg, y, spaced("结项证书", 2), 26, ctx.bold, RED, 2.6)
        pg.text(30, y, f"证书号：{done.year}{ctx.rng.randrange(1000, 9999)}", 11, ctx.body)
        pairs = [("项目批准号", f"{str(start.year)[2:]}{ctx.rng.choice('BCX')}{ctx.rng.choice(('SH', 'JY', 'JL', 'GL', 'TJ'))}{ctx.rng.randrange(10, 200):03d}"),
                 ("项目名称", title), ("项目负责人", leader), ("工作单位", unit),
                 ("成果形式", ctx.rng.choice(("研究报告", "专著", "论文集"))), ("鉴定等级", ctx.rng.choice(("良好", "合格", "优秀")))]  # fmt: skip
        if ctx.chance(0.5):
            pairs.insert(3, ("主要参加者", "、".join(members)))
        else:
            members = []
        y = _kv_wrap(pg, ctx, 30, y + 10, pairs, 12.5, 32, 150)
        holder = None if members else leader
        people = [_person(leader, 1, "project_leader")] + [
            _person(n, i + 2, "project_member") for i, n in enumerate(members)
        ]
    else:  # ranked
        holder = ctx.rng.choice(members)
        rank = ctx.rng.randint(2, 6)
        border(pg, 1)
        y = center(pg, 40, spaced("结题证书", 2), 24, ctx.bold, gap=3)
        pg.text(30, y + 4, f"{holder}同志：", 14, ctx.body)
        s = (f"您参与研究的课题《{title}》（课题编号：{code}），经专家鉴定，已于{date_s}顺利结题。"
             f"您在课题组中排名第{rank}，特发此证。")  # fmt: skip
        y = para(pg, 30, y + 16, 150, s, 14, ctx.body, 2.1)
        people = [_person(holder, rank, "project_member")]
    sign(pg, ctx, [issuer, date_s], max(y + 16, 200) if pg.h > 250 else y + 10, 180, 12.5, issuer, seed)
    fields = {"holder": holder, "title": title, "people": people, "issuer": issuer, "issued_on": issued}
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    claim = holder or ctx.rng.choice([p["name"] for p in people])
    return Doc(
        "project_completion", f"project5-{v}", [pg], fields, scored, {"person": claim, "year": done.year}
    )


def _kv_wrap(pg: Page, ctx: Ctx, x: float, y: float, pairs: list[tuple[str, str]], size: float, label_w: float,
             width: float) -> float:  # fmt: skip
    for lab, val in pairs:
        pg.text(x, y, lab + "：", size, ctx.body)
        y = pg.wrap(x + label_w, y, width - label_w, val, size, ctx.body, 1.6) + size * MM * 0.6
    return y
