"""Draw 35's journal articles (seven layouts) and books (seven layouts); patents, awards and project
completions live in `grants` and are re-exported here."""

from __future__ import annotations

import datetime as dt

from bench.blind import common
from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind35 import topics
from bench.blind35.grants import award_certificate, patent_certificate, project_completion
from bench.blind35.people import case, make
from bench.blind35.pools import (
    ZIPS,
    Ctx,
    centre,
    d,
    isbn_digit,
    stamp,
    workplace,
    wrap,
    ym,
)
from bench.generator.truth import person

__all__ = ["journal_article", "book", "patent_certificate", "award_certificate", "project_completion"]

SUPERVISORS_NATIONAL = [
    "中国科学技术协会",
    "国家卫生健康委员会",
    "教育部",
    "中国科学院",
    "水利部",
    "住房和城乡建设部",
]
REGION = {
    "37": "山东",
    "41": "河南",
    "43": "湖南",
    "32": "江苏",
    "42": "湖北",
    "44": "广东",
    "51": "四川",
    "33": "浙江",
    "13": "河北",
    "21": "辽宁",
    "61": "陕西",
    "34": "安徽",
    "35": "福建",
    "36": "江西",
    "14": "山西",
    "22": "吉林",
}
SUPERVISORS_PROV = ["{p}省科学技术协会", "{p}省卫生健康委员会", "{p}省教育厅", "{p}省科学院"]
SPONSORS = [
    "中华医学会",
    "中国土木工程学会",
    "中国教育学会",
    "{p}省医学会",
    "{p}大学",
    "中国水利学会",
    "{p}省科学技术情报研究所",
]


JOURNAL_WORDS = {
    "h": ("医", "护理", "药", "卫生", "临床"),
    "s": ("教育", "师范", "心理"),
    "e": ("建筑", "土木", "水利", "岩土", "交通", "工程"),
}


def _journal(ctx: Ctx, sector: str) -> common.Journal:
    js = [j for j in common.journals() if any(w in j.name for w in JOURNAL_WORDS[sector])] or list(
        common.journals()
    )
    return js[ctx.rng.randrange(len(js))]


NATIONAL_BY_SECTOR = {
    "h": ["国家卫生健康委员会", "中国科学技术协会"],
    "s": ["教育部", "中国科学技术协会"],
    "e": ["住房和城乡建设部", "水利部", "中国科学技术协会"],
}


def _supervisor(ctx: Ctx, j: common.Journal) -> tuple[str, str]:
    p = REGION.get(j.cn[:2])
    if p and ctx.rng.random() < 0.6:
        return ctx.rng.choice(SUPERVISORS_PROV).format(p=p), "provincial"
    return ctx.rng.choice(NATIONAL_BY_SECTOR[ctx.sector]), "national"


def _article(ctx: Ctx, sector: str) -> str:
    return topics.fill_in(ctx.rng, ctx.rng.choice(topics.PAPERS[sector]))


def _sup(i: int) -> str:
    return str(i)


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("journal")
    cs = case(ctx, 12)
    j = _journal(ctx, cs.sector)
    year = ctx.rng.randint(2016, 2024)
    has_vol = v not in ("issuepage",) and ctx.rng.random() < 0.75
    vol = str(year - ctx.rng.randint(1975, 2010) + 1 if year > 2010 else 10) if has_vol else None
    if vol is not None and int(vol) < 1:
        vol = "12"
    issue = str(ctx.rng.randint(1, 12))
    n = ctx.rng.randint(1, 5)
    authors = [cs.person] + cs.others[: n - 1]
    ctx.rng.shuffle(authors)
    title = _article(ctx, cs.sector)
    levels = list(j.base_levels)
    sup_name = None
    if v in ("cover", "coverpage"):
        ctx.sector = cs.sector
        sup_name, lv = _supervisor(ctx, j)
        levels.append(lv)
    scored = [
        "title",
        "people",
        "journal.name",
        "journal.issn",
        "journal.cn",
        "journal.year",
        "journal.issue",
        "journal.levels",
    ] + (["journal.volume"] if vol else [])
    if v in ("cover", "marked"):
        scored = [s for s in scored if s not in ("title", "people")]
    vi = f"第{vol}卷第{issue}期" if vol else f"{year}年第{issue}期"
    month = int(issue)
    pages = [Page()]
    pg = pages[0]
    unit2 = workplace(ctx.rng, cs.city, cs.sector)
    affs = [cs.unit, unit2]
    aff_of = [ctx.rng.choice([1, 2]) if n > 1 else 1 for _ in authors]
    aff_of[0] = 1
    pool = list(
        dict.fromkeys(topics.fill_in(ctx.rng, t) for t in topics.PAPERS[cs.sector] * 6 for _ in range(2))
    )
    pool = [t for t in pool if t != title]
    others = [(t, ctx.rng.sample(cs.others[n:], ctx.rng.randint(1, 3))) for t in ctx.rng.sample(pool, 5)]
    if v in ("firstpage", "twocol", "issuepage", "coverpage"):
        target = pg
        if v == "coverpage":
            _cover(ctx, pg, j, year, vol, issue, sup_name, others[:3], (title, authors))
            target = Page()
            pages.append(target)
        _first_page(
            ctx,
            target,
            j,
            year,
            vol,
            issue,
            month,
            title,
            authors,
            affs,
            aff_of,
            two=(v == "twocol"),
            footer_only=(v == "issuepage"),
            city=cs.city,
        )
    elif v == "cover":
        _cover(ctx, pg, j, year, vol, issue, sup_name, others[:4], (title, authors))
    elif v == "marked":
        y = centre(pg, ctx, 16, j.name, 18, True)
        pg.text(
            105,
            y,
            f"{vi.replace(f'{year}年', '')}（总第{ctx.rng.randint(150, 600)}期）　{year}年{month}月",
            10.5,
            ctx.body,
            "c",
        )
        y += 8
        y = centre(pg, ctx, y, "目　　次", 15, True) + 2
        entries = others[:2] + [(title, authors)] + others[2:5]
        ctx.rng.shuffle(entries)
        pno = ctx.rng.randint(1, 20)
        for t, au in entries:
            wrap(pg, 20, y, 150, t, 11.5, ctx.body)
            pg.text(190, y, str(pno), 11, ctx.body, "r")
            pg.text(26, y + 6.5, "……" + "，".join(au), 10, ctx.body)
            if t == title:
                pg.line(8, y + 3, 11, y + 7, 0.7, (200, 30, 30))
                pg.line(11, y + 7, 16, y - 2, 0.7, (200, 30, 30))
                pg.rect(18, y - 2, 192, y + 12.5, 0.5, (200, 30, 30))
            y += 17
            pno += ctx.rng.randint(4, 9)
        pg.text(20, 276, f"ISSN {j.issn}　CN {j.cn}", 10, ctx.body)
        pg.text(190, 276, f"{j.name}", 10, ctx.body, "r")
    else:  # record: a database's article page, printed
        pg.text(12, 8, "知识资源总库 · 文献详情", 9, ctx.body, "l", (100, 100, 100))
        pg.line(10, 14, 200, 14, 0.3, (180, 180, 180))
        y = wrap(pg, 14, 22, 180, title, 15, ctx.bold, 1.5) + 2
        pg.text(14, y, "　".join(authors), 11, ctx.body, "l", (30, 80, 160))
        y += 7
        pg.text(14, y, "　".join(f"{i + 1}.{a}" for i, a in enumerate(affs[: max(aff_of)])), 9.5, ctx.body)
        y += 9
        y = (
            wrap(
                pg,
                14,
                y,
                180,
                "摘要：本文结合临床与工程实践，对相关问题进行了系统分析，提出了改进措施，为同类工作提供参考。",
                10,
                ctx.body,
            )
            + 2
        )
        pg.text(14, y, "关键词：实践；效果；分析", 10, ctx.body)
        y += 10
        pg.rect(14, y, 196, y + 40, 0.3, (190, 190, 190), (247, 249, 252))
        pg.text(18, y + 4, "来源期刊", 10.5, ctx.bold)
        pg.text(
            18,
            y + 12,
            f"《{j.name}》　{year}年　{'第' + vol + '卷　' if vol else ''}第{issue}期",
            10.5,
            ctx.body,
        )
        pg.text(18, y + 20, f"ISSN：{j.issn}　　　CN：{j.cn}", 10.5, ctx.body)
        pg.text(
            18,
            y + 28,
            "收录："
            + " ".join(
                {"cscd": "CSCD", "pku_core": "北大核心", "cssci": "CSSCI", "sci": "SCI", "ssci": "SSCI"}[x]
                for x in j.base_levels
            ),
            10,
            ctx.body,
        )
        pg.text(
            14,
            y + 48,
            f"下载次数：{ctx.rng.randint(20, 900)}　被引：{ctx.rng.randint(0, 40)}",
            9,
            ctx.body,
            "l",
            (120, 120, 120),
        )
    journal = {
        "name": j.name,
        "issn": j.issn,
        "cn": j.cn,
        "year": year,
        "volume": vol,
        "issue": issue,
        "levels": levels,
    }
    fields = {
        "title": title,
        "people": [person(a, i + 1, "author") for i, a in enumerate(authors)],
        "journal": journal,
    }
    return make(ctx, "journal_article", "journal", v, pages, fields, scored, cs.person, year)


def _cover(ctx: Ctx, pg: Page, j, year, vol, issue, sup_name, entries, mine) -> None:  # noqa: ANN001
    """A journal cover with its masthead, 主管/主办 lines and a few 本期要目 (the claimed article among them)."""
    colour = ctx.rng.choice([(20, 70, 140), (130, 30, 40), (30, 100, 70)])
    pg.rect(0, 0, 210, 70, 0, fill=colour)
    pg.text(105, 16, j.name, 34 if len(j.name) <= 6 else 24, ctx.bold, "c", (255, 255, 255))
    pg.text(
        105,
        48,
        f"{year}年　{'第' + vol + '卷　' if vol else ''}第{issue}期",
        13,
        ctx.body,
        "c",
        (255, 255, 255),
    )
    y = 86
    pg.text(20, y, "本期要目", 14, ctx.bold, "l", colour)
    y += 10
    items = list(entries) + [mine]
    ctx.rng.shuffle(items)
    for t, au in items:
        y = wrap(pg, 24, y, 160, t, 11.5, ctx.body, 1.5)
        pg.text(30, y, "，".join(au), 10, ctx.body, "l", (80, 80, 80))
        y += 9
    y = max(y + 10, 230)
    sponsor = ctx.rng.choice(SPONSORS).format(p=REGION.get(j.cn[:2], "山东"))
    pg.text(20, y, f"主管：{sup_name}", 11, ctx.body)
    pg.text(20, y + 7, f"主办：{sponsor}", 11, ctx.body)
    pg.text(20, y + 18, f"ISSN {j.issn}", 12, ctx.body)
    pg.text(20, y + 26, f"CN {j.cn}", 12, ctx.body)
    pg.rect(150, y, 190, y + 30, 0.3)
    for i in range(18):
        pg.line(153 + i * 2, y + 3, 153 + i * 2, y + 23, 0.3 + (i % 3) * 0.2)


def _first_page(
    ctx: Ctx, pg: Page, j, year, vol, issue, month, title, authors, affs, aff_of, two, footer_only, city
) -> None:  # noqa: ANN001, E501
    vi = f"第{vol}卷第{issue}期" if vol else f"{year}年第{issue}期"
    if footer_only:
        pg.text(14, 10, f"{j.name}　{year}年{month}月　{vi}", 9.5, ctx.body)
    else:
        pg.text(14, 10, f"{vi}", 9.5, ctx.body)
        pg.text(105, 10, j.name, 9.5, ctx.body, "c")
        pg.text(196, 10, f"Vol.{vol} No.{issue}" if vol else f"No.{issue}", 9.5, ctx.body, "r")
        pg.text(196, 15, f"{year}年{month}月", 9, ctx.body, "r")
    pg.line(14, 20, 196, 20, 0.4)
    y = wrap(pg, 22, 28, 166, title, 17, ctx.bold, 1.5) + 2
    x0 = 105 - sum(width_mm(a, ctx.body, 12.5) + 6 for a in authors) / 2
    for i, a in enumerate(authors):
        wd = pg.text(x0, y, a, 12.5, ctx.body)
        if max(aff_of) > 1:
            pg.text(x0 + wd + 0.3, y - 1, str(aff_of[i]), 7, ctx.body)
        x0 += wd + 6
    y += 8
    aff_line = "；".join(
        (f"{i + 1}. " if max(aff_of) > 1 else "") + f"{u}，{city} {ZIPS[city]}"
        for i, u in enumerate(affs[: max(aff_of)])
    )
    y = wrap(pg, 30, y, 150, f"（{aff_line}）", 9.5, ctx.body) + 3
    body = (
        "[摘要]　目的　探讨相关措施的应用效果。方法　选取研究对象分组比较，统计分析各项指标。结果　观察组各项指标均优于对照组，"
        "差异有统计学意义。结论　该方法值得推广。"
    )
    if two:
        pg.text(22, y, "Study on practice and effect analysis", 10, ctx.body)
        y += 7
    y = wrap(pg, 22, y, 166, body, 9.5, ctx.body) + 1
    pg.text(22, y, "[关键词]　应用；效果；分析", 9.5, ctx.body)
    y += 7
    art = f"{j.issn}({year}){int(issue):02d}-{ctx.rng.randint(1, 200):04d}-0{ctx.rng.randint(3, 6)}"
    pg.text(
        22, y, f"[中图分类号]　R{ctx.rng.randint(1, 900)}　[文献标志码]　A　[文章编号]　{art}", 9, ctx.body
    )
    y += 10
    pg.line(14, y, 196, y, 0.2)
    y += 4
    if two:
        for col in range(2):
            yy = y
            for _ in range(22):
                pg.line(14 + col * 93, yy + 3, 103 + col * 93, yy + 3, 0.15, (190, 190, 190))
                yy += 7
    else:
        yy = y
        for _ in range(16):
            pg.line(14, yy + 3, 196, yy + 3, 0.15, (190, 190, 190))
            yy += 7
    pg.line(14, 262, 80, 262, 0.3)
    pg.text(14, 265, f"收稿日期：{d(dt.date(year, max(1, month - 3), 12), 'iso')}", 8.5, ctx.body)
    pg.text(14, 270, f"作者简介：{authors[0]}，{affs[0]}。", 8.5, ctx.body)
    if not footer_only:
        pg.text(14, 283, f"ISSN {j.issn}　CN {j.cn}", 8.5, ctx.body)
    else:
        pg.text(14, 283, f"{j.name}编辑部　ISSN {j.issn}　CN {j.cn}", 8.5, ctx.body)
    pg.text(196, 283, str(ctx.rng.randint(1, 120)), 8.5, ctx.body, "r")


PUBLISHERS = [
    ("人民卫生出版社", "北京", "117"),
    ("科学出版社", "北京", "03"),
    ("中国建筑工业出版社", "北京", "112"),
    ("高等教育出版社", "北京", "04"),
    ("化学工业出版社", "北京", "122"),
    ("机械工业出版社", "北京", "111"),
    ("山东科学技术出版社", "济南", "5331"),
    ("河南科学技术出版社", "郑州", "5349"),
    ("湖南科学技术出版社", "长沙", "5710"),
    ("北京师范大学出版社", "北京", "303"),
    ("山东教育出版社", "济南", "5328"),
    ("中国水利水电出版社", "北京", "5170"),
    ("华东师范大学出版社", "上海", "5760"),
    ("中南大学出版社", "长沙", "5487"),
]
DISTRICT = {"北京": "西城区", "济南": "历下区", "郑州": "金水区", "长沙": "岳麓区", "上海": "普陀区"}
CLASSES = {
    "h": ["R47", "R19", "R4", "R5"],
    "s": ["G63", "G633", "G635", "G62"],
    "e": ["TU3", "TU99", "TV6", "U41"],
}
SECTOR_PUB = {"h": [0, 1, 4, 6, 7, 8, 13], "s": [3, 9, 10, 12, 8], "e": [1, 2, 5, 11, 6, 13]}


def _isbn(ctx: Ctx, pub: str) -> str:
    item = "".join(str(ctx.rng.randint(0, 9)) for _ in range(8 - len(pub)))
    d12 = "9787" + pub + item
    return f"978-7-{pub}-{item}-{isbn_digit(d12)}"


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    cs = case(ctx, 12)
    pname, pcity, pcode = PUBLISHERS[ctx.rng.choice(SECTOR_PUB[cs.sector])]
    title = ctx.rng.choice(topics.BOOKS[cs.sector])
    y0, m0 = ctx.rng.randint(2015, 2024), ctx.rng.randint(1, 12)
    ed_no = ctx.rng.choice([1, 1, 1, 2])
    edition = f"{y0}年{m0}月第{ed_no}版"
    isbn = _isbn(ctx, pcode)
    pages = [Page()]
    pg = pages[0]
    editor = None  # one of 著, 主编 or a board
    if v == "translation":
        flag, orig, title = ctx.rng.choice(topics.FOREIGN_BOOKS)
        trans = [cs.person] + cs.others[: ctx.rng.randint(0, 2)]
        ctx.rng.shuffle(trans)
        people = [person(orig, 1, "author")] + [person(t, i + 2, "translator") for i, t in enumerate(trans)]
        credit = f"{flag}{orig} 著　　{'　'.join(trans)} 译"
        cip_who = f"（{flag[1]}）{orig}著；{'，'.join(trans)}译"
    elif v == "board":
        chief = [cs.others[0]] + ([cs.others[1]] if ctx.rng.random() < 0.5 else [])
        deputy = cs.others[2 : 2 + ctx.rng.randint(1, 3)]
        board = cs.others[5 : 5 + ctx.rng.randint(3, 6)] + [cs.person] + [chief[0]]
        ctx.rng.shuffle(board)
        order: list[tuple[str, str]] = []
        for nm, role in (
            [(c, "editor_in_chief") for c in chief]
            + [(x, "deputy_editor") for x in deputy]
            + [(b, "editorial_board") for b in board]
        ):
            if nm not in [o[0] for o in order]:
                order.append((nm, role))
        people = [person(nm, i + 1, role) for i, (nm, role) in enumerate(order)]
        editor = (chief, deputy, board)
        credit = "　".join(chief) + " 主编"
        cip_who = "，".join(chief) + "主编"
    else:
        auth = [cs.person] + cs.others[: ctx.rng.randint(0, 2)]
        ctx.rng.shuffle(auth)
        role = ctx.rng.choice(["author", "editor_in_chief"])
        people = [person(a, i + 1, role) for i, a in enumerate(auth)]
        word = "著" if role == "author" else "主编"
        credit = "　".join(auth) + f"　{word}"
        cip_who = "，".join(auth) + word
    claim = cs.person
    scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    editor_resp = cs.others[10]
    cip_no = f"中国版本图书馆CIP数据核字（{y0}）第{ctx.rng.randint(100000, 299999)}号"

    def copyright_page(p: Page, top: float = 30) -> None:
        y = top
        p.text(20, y, "图书在版编目（CIP）数据", 11, ctx.bold)
        y += 8
        y = wrap(p, 20, y, 170, f"{title}/{cip_who}. —{pcity}：{pname}，{y0}.{m0}", 10.5, ctx.body)
        p.text(20, y, f"ISBN {isbn}", 10.5, ctx.body)
        y += 7
        p.text(
            20,
            y,
            f"Ⅰ. ①{title[:2]}…　Ⅱ. ①{people[0]['name'][:1]}…　Ⅲ. ①{title[2:4]}…　Ⅳ. {ctx.rng.choice(CLASSES[cs.sector])}",
            10.5,
            ctx.body,
        )
        y += 7
        p.text(20, y, cip_no, 10.5, ctx.body)
        y += 14
        p.line(20, y, 190, y, 0.3)
        y += 6
        rows = [
            f"责任编辑：{editor_resp}",
            f"出版发行：{pname}",
            f"地　　址：{pcity}市{DISTRICT[pcity]}",
            "印　　刷："
            + ctx.rng.choice(
                ["山东新华印务有限公司", "河南瑞之光印刷股份有限公司", "北京虎彩文化传播有限公司"]
            ),
            "开　　本：787 mm×1092 mm　1/16",
            f"印　　张：{ctx.rng.randint(10, 30)}.5",
            f"字　　数：{ctx.rng.randint(200, 600)}千字",
            f"版　　次：{edition}",
            f"印　　次：{y0}年{m0}月第1次印刷",
            f"书　　号：ISBN {isbn}",
            f"定　　价：{ctx.rng.randint(28, 128)}.00元",
        ]
        for r in rows:
            p.text(20, y, r, 10.5, ctx.body)
            y += 7

    def title_page(p: Page) -> None:
        p.text(105, 80, title, 24 if len(title) <= 10 else 20, ctx.bold, "c")
        p.text(105, 120, credit, 13, ctx.body, "c")
        p.text(105, 250, pname, 14, ctx.bold, "c")
        p.text(105, 260, pcity, 11, ctx.body, "c")

    if v == "cover":
        scored = ["title", "people", "issuer", "book.publisher"]
        pg.rect(0, 0, 210, 297, 0, fill=ctx.rng.choice([(230, 240, 248), (250, 236, 220), (232, 244, 232)]))
        pg.rect(0, 60, 210, 130, 0, fill=(40, 80, 120))
        pg.text(105, 82, title, 26 if len(title) <= 10 else 21, ctx.bold, "c", (255, 255, 255))
        pg.text(105, 150, credit, 14, ctx.body, "c")
        pg.text(105, 268, pname, 15, ctx.bold, "c")
        isbn_f = edition_f = issued = None
    else:
        isbn_f, edition_f, issued = isbn, edition, ym(y0, m0)
        if v == "titlecopy" or v == "translation":
            title_page(pg)
            p2 = Page()
            copyright_page(p2, 150)
            pages.append(p2)
        elif v == "board":
            chief, deputy, board = editor
            y = centre(pg, ctx, 30, f"《{title}》编委会", 18, True) + 8
            for lab, group in (("主　编", chief), ("副主编", deputy)):
                pg.text(40, y, lab, 13, ctx.body)
                pg.text(70, y, "　".join(group), 13, ctx.body)
                y += 11
            pg.text(40, y, "编　委", 13, ctx.body)
            pg.text(70, y, "（按姓氏笔画排序）", 11, ctx.body)
            y += 9
            for i in range(0, len(board), 4):
                pg.text(70, y, "　".join(board[i : i + 4]), 13, ctx.body)
                y += 9
            p2 = Page()
            copyright_page(p2, 140)
            pages.append(p2)
        elif v == "colophon":
            y = centre(pg, ctx, 160, title, 16, True) + 2
            rows = [
                ["书　名", title],
                ["著　者", credit.replace("　著", "").replace("　主编", "").strip()],
                ["出版发行", pname],
                ["开　本", "787×1092　1/16"],
                ["版　次", edition],
                ["印　次", f"{y0}年{m0}月第1次印刷"],
                ["书　号", f"ISBN {isbn}"],
                ["定　价", f"{ctx.rng.randint(28, 98)}.00元"],
            ]
            pg.table(40, y + 4, [30, 100], rows, 10.5, ctx.body, 9)
        elif v == "proof":
            y = centre(pg, ctx, 30, pname, 14)
            y = centre(pg, ctx, y + 6, "出版证明", 22, True) + 12
            names_ = "、".join(f"{p['name']}" for p in people)
            role_word = {"author": "著者", "editor_in_chief": "主编"}[people[0]["role"]]
            body = (
                f"　　兹证明，《{title}》（书号：ISBN {isbn}）由我社正式出版，版次为{edition}。该书{role_word}为{names_}"
                f"（按署名顺序）。"
            )
            y = wrap(pg, 25, y, 160, body, 14, ctx.body, 2.1)
            pg.text(25, y + 4, "　　特此证明。", 14, ctx.body)
            sign = dt.date(y0 + (m0 + 3 > 12), (m0 + 3 - 1) % 12 + 1, ctx.rng.randint(1, 28))
            pg.text(150, y + 40, pname, 14, ctx.body, "c")
            pg.text(150, y + 52, d(sign, "cjk"), 14, ctx.body, "c")
            stamp(pg, ctx, 150, y + 44, pname)
        else:  # cip: a copyright page alone
            pg.text(105, 40, title, 14, ctx.bold, "c")
            copyright_page(pg, 120)
    fields = {
        "title": title,
        "people": people,
        "issuer": pname,
        "issued_on": issued,
        "book": {"isbn": isbn_f, "publisher": pname, "edition": edition_f},
    }
    return make(ctx, "book", "book", v, pages, fields, scored, claim, y0)
