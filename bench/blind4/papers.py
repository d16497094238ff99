"""Journal articles, books, patents, awards and project completion documents (draw 4)."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import supervisor
from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind4 import pools as P
from bench.blind4.draw import BLUE, RED, border, centre, fields, lh, para, photo, qr, signoff, spaced, stamp
from bench.blind4.pools import Ctx, cn_year
from bench.generator.truth import person

SUP = "¹²³⁴⁵⁶⁷⁸⁹"


# ---- journal articles -------------------------------------------------------------------------
def _article(ctx: Ctx, fld: str, n_auth: int | None = None) -> dict:
    rng = ctx.rng
    prov, c = P.city(rng)
    n = n_auth or rng.choice([1, 2, 3, 3, 4, 5, 6])
    names = P.people_names(rng, n)
    n_aff = min(n, rng.choice([1, 1, 2, 2, 3]))
    affs = []
    for i in range(n_aff):
        affs.append(
            P.workplace(rng, c)
            if i % 2
            else f"{P.college(rng, prov)}{rng.choice(['农学院', '医学院', '土木工程学院', '教育学院', '信息学院'])}"
        )
    mark = [1 + min(i * n_aff // n, n_aff - 1) for i in range(n)]
    city_zip = f"{prov}{c} {rng.randint(250000, 476000)}"
    return {"title": P.article_title(rng, fld), "names": names, "affs": affs, "mark": mark,
            "place": city_zip, "c": c, "prov": prov}  # fmt: skip


def _pinyin_like(nm: str, i: int) -> str:
    syl = [
        "WANG",
        "LI",
        "ZHANG",
        "LIU",
        "CHEN",
        "YANG",
        "ZHAO",
        "HUANG",
        "ZHOU",
        "WU",
        "XU",
        "SUN",
        "MA",
        "HU",
    ]
    given = ["Jianguo", "Xiaoli", "Haiyan", "Wei", "Mingyu", "Ruoxi", "Zhiqiang", "Lina", "Yufei", "Chen"]
    return f"{syl[(ord(nm[0]) + i) % len(syl)]} {given[(ord(nm[-1]) + i) % len(given)]}"


def _byline(pg: Page, ctx: Ctx, art: dict, y: float, style: str, size: float = 13.0) -> float:
    names, mark = art["names"], art["mark"]
    multi = len(art["affs"]) > 1
    sep = {"space": "  ", "comma": "，", "dun": "、", "wide": "    "}[style]
    parts: list[tuple[str, bool]] = []
    corr = ctx.rng.random() < 0.5
    for i, nm in enumerate(names):
        parts.append((nm, False))
        sup = ("abcdef"[mark[i] - 1] if art.get("letters") else str(mark[i])) if multi else ""
        if i == 0 and corr and ctx.rng.random() < 0.3:
            sup = (sup + ",*") if sup else "*"
        if sup:
            parts.append((sup, True))
        if i < len(names) - 1:
            parts.append((sep, False))
    if art.get("letters"):
        return pg.runs(24, y, parts, size, ctx.body, "l")
    return pg.runs(pg.w / 2, y, parts, size, ctx.body)


def _affs(pg: Page, ctx: Ctx, art: dict, y: float, size: float = 9.5) -> float:
    affs = art["affs"]
    if len(affs) == 1:
        return centre(pg, ctx.body, f"（{affs[0]}，{art['place']}）", y, size)
    if art.get("letters"):
        txt = "；".join(f"{'abcdef'[i]}. {a}" for i, a in enumerate(affs))
        return pg.wrap(24, y, pg.w - 48, f"（{txt}，{art['place']}）", size, ctx.body, 1.5)
    txt = "；".join(f"{i + 1}. {a}" for i, a in enumerate(affs))
    return pg.wrap(30, y, pg.w - 60, f"（{txt}，{art['place']}）", size, ctx.body, 1.5)


def _masthead_line(ctx: Ctx, j, year: int, vol: str | None, iss: str, month: int) -> tuple[str, str]:
    cn_vol = f"第{vol}卷" if vol else ""
    left = f"{j.name}  {year}年{cn_vol}第{iss}期"
    en = f"Vol.{vol} No.{iss}" if vol else f"No.{iss}"
    right = f"{en}  {P.mstr(year, month, 'cn')}"
    return left, right


def _first_page(
    ctx: Ctx, art: dict, j, year: int, vol: str | None, iss: str, month: int, fld: str, v: str
) -> Page:
    rng = ctx.rng
    pg = Page()
    left, right = _masthead_line(ctx, j, year, vol, iss, month)
    top = ctx.choose("ja.top", ["two", "stack", "box", "foot"])
    if top == "foot":  # nothing at the head; the issue line and numbers sit at the foot of the page
        vol_s = f"第{vol}卷" if vol else ""
        pg.text(18, pg.h - 14, f"{j.name}  {year}年{vol_s}第{iss}期", 8, ctx.body)
        pg.text(pg.w - 18, pg.h - 14, f"ISSN {j.issn}  CN {j.cn}", 8, ctx.body, "r")
        pg.line(18, pg.h - 16, pg.w - 18, pg.h - 16, 0.3)
    elif top == "two":
        pg.text(18, 12, left, 9, ctx.body)
        pg.text(pg.w - 18, 12, right, 9, ctx.body, "r")
        pg.text(18, 17, f"ISSN {j.issn}  CN {j.cn}", 8, ctx.body)
        pg.line(18, 22, pg.w - 18, 22, 0.4)
    elif top == "stack":
        pg.text(18, 10, f"第{vol}卷 第{iss}期" if vol else f"第{iss}期", 9, ctx.body)
        pg.text(18, 15, P.mstr(year, month, "cn"), 9, ctx.body)
        pg.text(pg.w / 2, 9.5, j.name, 13, ctx.bold, "c")
        pg.text(pg.w / 2, 16, f"ISSN {j.issn}    CN {j.cn}", 7.5, ctx.body, "c")
        pg.text(pg.w - 18, 10, f"Vol.{vol}, No.{iss}" if vol else f"No.{iss}", 9, ctx.body, "r")
        pg.text(pg.w - 18, 15, f"{P.mstr(year, month, 'dot')}", 9, ctx.body, "r")
        pg.line(18, 21, pg.w - 18, 21, 0.6)
        pg.line(18, 22, pg.w - 18, 22, 0.2)
    else:
        pg.rect(18, 8, pg.w - 18, 22, 0.3)
        pg.text(22, 11, j.name, 11, ctx.bold)
        pg.text(pg.w - 22, 11, f"ISSN {j.issn}", 8.5, ctx.body, "r")
        pg.text(22, 17, f"{year}, {vol}({iss})" if vol else f"{year}({iss})", 8.5, ctx.body)
        pg.text(pg.w - 22, 17, f"CN {j.cn}", 8.5, ctx.body, "r")
    if rng.random() < 0.6:
        pg.text(
            18,
            25,
            f"DOI：10.{rng.randint(11800, 13900)}/j.{rng.choice(['issn', 'cnki'])}.{j.issn}.{year}.{int(iss):02d}.{rng.randint(1, 40):03d}",
            7.5,
            ctx.body,
        )
    y = 33
    y = (
        para(pg, ctx, 26, y, pg.w - 52, art["title"], 17, indent=False, font=ctx.bold, lead=1.5)
        if art.get("letters") or width_mm(art["title"], ctx.bold, 17) > pg.w - 52
        else centre(pg, ctx.bold, art["title"], y, 17)
    )
    y += 2
    aff_foot = not art.get("letters") and ctx.rng.random() < 0.25
    if aff_foot:  # affiliations only in the footnote block, no marks in the byline
        art["affs"] = art["affs"][:1]
    y = _byline(pg, ctx, art, y, ctx.choose("ja.sep", ["space", "comma", "dun", "wide"]))
    if not aff_foot:
        y = _affs(pg, ctx, art, y)
    y += 3
    kw = rng.sample(P.KEYWORDS[fld], 4)
    abstract = (f"为明确{art['title'][:8]}相关问题，本研究采用对比试验与统计分析相结合的方法开展研究。结果表明：处理组各项指标均优于对照组，"
                "差异达显著水平（P<0.05）。研究可为同类工作的开展提供理论依据和技术参考。")  # fmt: skip
    lab = ctx.choose(
        "ja.ablab",
        [
            ("摘　要：", "关键词："),
            ("摘要", "关键词"),
            ("[摘要]", "[关键词]"),
            ("摘  要", "关键词"),
            ("【摘要】", "【关键词】"),
        ],
    )
    y = pg.wrap(
        24,
        y,
        pg.w - 48,
        f"{lab[0]}{'' if lab[0].endswith(('：', ']', '】')) else ' '}{abstract}",
        9.5,
        ctx.body,
        1.6,
    )
    y = pg.wrap(
        24,
        y,
        pg.w - 48,
        f"{lab[1]}{'' if lab[1].endswith(('：', ']', '】')) else ' '}{'；'.join(kw)}",
        9.5,
        ctx.body,
        1.6,
    )
    art_no = f"{j.issn}({year}){int(iss):02d}-{rng.randint(1, 300):04d}-{rng.randint(4, 12):02d}"
    pg.text(
        24, y, f"中图分类号：{rng.choice(P.CLC[fld])}    文献标识码：A    文章编号：{art_no}", 9, ctx.body
    )
    y += lh(9, 2.0)
    if v != "letters" or rng.random() < 0.5:
        y = centre(pg, ctx.bold, P.EN_TITLE[fld], y + 1, 11)
        en = ", ".join(_pinyin_like(nm, i) for i, nm in enumerate(art["names"]))
        y = pg.wrap(30, y, pg.w - 60, en, 9, ctx.body, 1.5)
        y = pg.wrap(
            24,
            y + 1,
            pg.w - 48,
            "Abstract: The experiment was conducted to investigate the effects and the results showed significant differences among treatments.",
            8.5,
            ctx.body,
            1.5,
        )
        y = pg.wrap(
            24,
            y,
            pg.w - 48,
            "Key words: " + "; ".join(["yield", "quality", "model", "analysis"]),
            8.5,
            ctx.body,
            1.5,
        )
    y += 3
    sents = [
        "近年来，随着相关领域研究的不断深入，" + art["title"][:10] + "已成为关注的重点。",
        "已有研究多集中于单一因素的分析，缺乏系统性的比较，相关机理尚不明确。",
        "本文在前人研究的基础上，结合实际生产与应用需求，设计了对比试验并开展了系统分析。",
        "研究区位于"
        + art["prov"]
        + "省"
        + art["c"]
        + "市，属暖温带季风气候，年均气温13.5 ℃，年降水量约600 mm。",
        "试验采用随机区组设计，设置4个处理，每个处理重复3次，数据采用SPSS 22.0进行方差分析。",
        "结果显示，不同处理间差异显著，其中综合处理效果最优，较对照提高了12.6%。",
    ]
    limit = pg.h - 56

    def fill(x: float, y: float, w: float) -> float:
        i = 0
        while y < limit - 8:
            chunk = "".join(sents[(i + n) % len(sents)] for n in range(3))
            y = para(pg, ctx, x, y, w, chunk, 9.5, lead=1.6)
            i += 2
        return y

    if v == "twocol":
        colw = (pg.w - 48 - 8) / 2
        pg.text(24, y, "0  引言", 11, ctx.bold)
        fill(24, y + 6, colw)
        pg.text(24 + colw + 8, y, "1  材料与方法", 11, ctx.bold)
        y = fill(24 + colw + 8, y + 6, colw)
    else:
        pg.text(24, y, "1  引言", 11, ctx.bold)
        y = fill(24, y + 6, pg.w - 48)
    # footnote block
    fy = pg.h - 48
    pg.line(24, fy - 2, 80, fy - 2, 0.3)
    rec = dt.date(year - (1 if month < 4 else 0), max(1, (month - 3) % 12 or 12), rng.randint(1, 28))
    fund = f"{art['prov']}省自然科学基金项目（ZR{year - 1}M{rng.randint(100, 999)}）"
    first = art["names"][0]
    corr = art["names"][-1] if len(art["names"]) > 1 else first
    notes = ctx.choose("ja.notes", [
        [f"收稿日期：{P.dstr(rec, 'dash')}", f"基金项目：{fund}", f"作者简介：{first}（{rng.randint(1975, 1995)}—），{P.sex(rng)}，{art['prov']}{art['c']}人，{rng.choice(P.RANKS)}，主要从事相关研究。",
         f"通信作者：{corr}，E-mail：{rng.choice(['zhang', 'li', 'wang'])}{rng.randint(10, 99)}@163.com"],
        [f"［收稿日期］{P.dstr(rec, 'dash')}", f"［基金项目］{fund}", f"［作者简介］{first}，硕士，研究方向：{rng.choice(P.KEYWORDS[fld])}"],
        [f"基金项目：{fund}；{art['c']}市科技发展计划项目", f"第一作者：{first}，E-mail：{rng.randint(100000, 999999)}@qq.com", f"*通信作者：{corr}"],
    ])  # fmt: skip
    if aff_foot:
        notes = [f"作者单位：{art['affs'][0]}，{art['place']}"] + notes
    for s in notes:
        fy = pg.wrap(24, fy, pg.w - 48, s, 7.5, ctx.body, 1.45)
    if rng.random() < 0.5:
        pp = rng.randint(1, 150)
        auth = "，".join(art["names"][:3]) + ("，等" if len(art["names"]) > 3 else "")
        vi = f"{vol}({iss})" if vol else f"({iss})"
        cite = f"引用格式：{auth}. {art['title']}[J]. {j.name}，{year}，{vi}：{pp}-{pp + rng.randint(5, 9)}."
        pg.wrap(24, fy + 1, pg.w - 48, cite, 7.5, ctx.body, 1.45)
    pg.text(pg.w / 2, pg.h - 8, str(rng.randint(1, 180)), 8, ctx.body, "c")
    return pg


def _cover(
    ctx: Ctx, j, year: int, vol: str | None, iss: str, month: int, sup: tuple[str, str] | None
) -> Page:
    rng = ctx.rng
    pg = Page()
    col = ctx.choose("ja.cover.col", [(20, 70, 140), (150, 30, 40), (20, 110, 70), (90, 60, 20)])
    pg.rect(0, 0, pg.w, 70, 0, col, col)
    pg.text(pg.w / 2, 20, j.name, 40 if len(j.name) <= 6 else 28, ctx.bold, "c", (255, 255, 255))
    pg.text(
        pg.w / 2,
        52,
        f"（{rng.choice(['月刊', '双月刊', '半月刊'])}  {cn_year(rng.randint(1956, 1990))}年创刊）",
        12,
        ctx.body,
        "c",
        (230, 230, 230),
    )
    pg.text(20, 78, f"{year}年" + (f"第{vol}卷" if vol else "") + f"第{iss}期", 14, ctx.bold)
    pg.text(pg.w - 20, 78, f"ISSN {j.issn}", 12, ctx.body, "r")
    pg.text(pg.w - 20, 85, f"CN {j.cn}", 12, ctx.body, "r")
    pg.rect(30, 100, pg.w - 30, 220, 0, (0, 0, 0), (200, 210, 215))
    pg.rect(60, 130, pg.w - 70, 200, 0, (0, 0, 0), (160, 175, 180))
    y = 235
    pre = ctx.choose(
        "ja.cover.tags",
        ["中文核心期刊  中国科技核心期刊", "中国科学引文数据库（CSCD）来源期刊", "RCCSE中国核心学术期刊"],
    )
    y = centre(pg, ctx.body, pre, y, 10)
    if sup:
        y = centre(pg, ctx.body, f"主管：{sup[0]}", y + 2, 10)
    y = centre(pg, ctx.body, f"主办：{P.college(rng)}", y, 10)
    return pg


def _toc(ctx: Ctx, j, year: int, vol: str | None, iss: str, arts: list[dict], style: str) -> Page:
    rng = ctx.rng
    pg = Page()
    y = centre(pg, ctx.bold, spaced("目次" if rng.random() < 0.5 else "目录", "  "), 18, 18)
    y = centre(pg, ctx.body, f"{j.name}  {year}年" + (f"第{vol}卷" if vol else "") + f"第{iss}期", y, 10)
    pg.line(20, y + 1, pg.w - 20, y + 1, 0.5)
    y += 5
    page_no = rng.randint(1, 20)
    for sec in range(2):
        pg.text(
            20,
            y,
            f"【{rng.choice(['研究论文', '综述', '技术与方法', '试验研究', '应用研究'])}】",
            11,
            ctx.bold,
        )
        y += lh(11, 1.7)
        for art in arts[sec::2]:
            sep = "，" if style == "under" else " "
            auth = sep.join(art["names"])
            if style == "beside":
                s = f"{art['title']}  {auth}"
                if width_mm(s, ctx.body, 10) > pg.w - 60:
                    pg.text(22, y, art["title"], 10, ctx.body)
                    y += lh(10, 1.5)
                    pg.text(pg.w - 34, y, auth, 10, ctx.body, "r")
                else:
                    pg.text(22, y, s, 10, ctx.body)
            else:
                pg.text(22, y, art["title"], 10.5, ctx.body)
                y += lh(10.5, 1.45)
                pg.text(
                    26, y, auth + ("（" + art["affs"][0] + "）" if rng.random() < 0.3 else ""), 9, ctx.body
                )
            pg.text(pg.w - 20, y, f"({page_no})" if style == "beside" else str(page_no), 10, ctx.body, "r")
            page_no += rng.randint(5, 12)
            y += lh(10, 1.8)
    return pg


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("journal_article", ["first", "twocol", "letters", "toc", "cover_toc", "cover_toc_first"])
    rng = ctx.rng
    j = P.pick_journal(rng)
    fld = P.field_of(j)
    year = rng.randint(2017, 2025)
    iss = str(rng.randint(1, 12))
    month = int(iss) if rng.random() < 0.7 else min(12, int(iss) * 2)
    vol = str(year - rng.randint(1960, 2010)) if rng.random() < 0.75 else None
    levels = list(j.base_levels)
    sup = None
    pages: list[Page] = []
    art = _article(ctx, fld)
    if v in ("cover_toc", "cover_toc_first"):
        if rng.random() < 0.7:
            sup = supervisor(rng, j)
            levels.append(sup[1])
        pages.append(_cover(ctx, j, year, vol, iss, month, sup))
    if v in ("toc", "cover_toc", "cover_toc_first"):
        others = [_article(ctx, fld) for _ in range(rng.randint(5, 10))]
        titles = {art["title"]}
        others = [o for o in others if not (o["title"] in titles or titles.add(o["title"]))]
        arts = others[:]
        arts.insert(rng.randrange(len(arts) + 1), art)
        toc = _toc(ctx, j, year, vol, iss, arts, ctx.choose("ja.toc", ["under", "beside"]))
        if v == "toc":
            toc.text(20, toc.h - 16, f"ISSN {j.issn}    CN {j.cn}", 9, ctx.body)
        pages.append(toc)
    if v == "letters":
        art["letters"] = True
        col = P.college(rng, art["prov"])
        depts = rng.sample(
            [
                "农学院",
                "资源与环境学院",
                "生命科学学院",
                "土木工程学院",
                "信息科学与工程学院",
                "附属医院",
                "护理学院",
            ],
            len(art["affs"]),
        )
        art["affs"] = [f"{col}{d}" for d in depts]
    if v in ("first", "twocol", "letters", "cover_toc_first"):
        pages.append(_first_page(ctx, art, j, year, vol, iss, month, fld, v))
    people = [person(nm, i + 1, "author") for i, nm in enumerate(art["names"])]
    scored = ["journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue", "journal.levels"]
    if vol:
        scored.append("journal.volume")
    if v not in ("toc", "cover_toc"):
        scored = ["title", "people"] + scored
    claim = rng.choice(art["names"])
    return Doc(
        "journal_article",
        f"journal4-{v}",
        pages,
        {
            "title": art["title"],
            "people": people,
            "journal": {
                "name": j.name,
                "issn": j.issn,
                "cn": j.cn,
                "year": year,
                "volume": vol,
                "issue": iss,
                "levels": levels,
            },
        },  # fmt: skip
        scored,
        {"person": claim, "year": year},
    )


# ---- books ------------------------------------------------------------------------------------
def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book", ["cip", "board_cip", "translation", "titlepage", "cover"])
    rng = ctx.rng
    pub, pcity, pre = rng.choice(P.PUBLISHERS)
    y0, m0 = rng.randint(2015, 2025), rng.randint(1, 12)
    ed_n = rng.choice([1, 1, 1, 2])
    edition = f"{y0}年{m0}月第{ed_n}版"
    isbn = P.isbn(rng, pre)
    title = rng.choice(P.BOOK_TITLES)
    people: list[dict] = []
    pages: list[Page] = []
    claim = None
    if v == "translation":
        nat, orig = rng.choice(P.FOREIGN)
        title = rng.choice(P.FOREIGN_BOOKS)
        trans = P.people_names(rng, rng.randint(1, 3))
        people = [person(orig, 1, "author")] + [person(t, i + 2, "translator") for i, t in enumerate(trans)]
        claim = rng.choice(trans)
        credit = f"［{nat}］{orig} 著；{'，'.join(trans)} 译"
    else:
        chief = P.people_names(rng, rng.choice([1, 1, 2]))
        dep = P.people_names(rng, rng.randint(0, 3)) if v in ("cip", "board_cip") else []
        dep = [d for d in dep if d not in chief]
        board = (
            [b for b in P.people_names(rng, rng.randint(4, 10)) if b not in chief + dep]
            if v == "board_cip"
            else []
        )
        verb = ctx.choose("bk.verb", ["主编", "编著", "著"]) if v in ("titlepage", "cover") else "主编"
        role = "author" if verb in ("编著", "著") else "editor_in_chief"
        people = [person(x, i + 1, role) for i, x in enumerate(chief)]
        people += [person(x, len(chief) + i + 1, "deputy_editor") for i, x in enumerate(dep)]
        people += [person(x, len(chief) + len(dep) + i + 1, "editorial_board") for i, x in enumerate(board)]
        claim = rng.choice([p["name"] for p in people])
        credit = f"{'，'.join(chief)}{verb}"
    if v == "cover":
        pg = Page(185, 260)
        col = ctx.choose("bk.col", [(30, 80, 60), (120, 30, 30), (30, 50, 110), (200, 150, 40)])
        pg.rect(0, 0, pg.w, pg.h, 0, col, col)
        pg.rect(0, 60, pg.w, 150, 0, col, (245, 242, 235))
        pg.text(pg.w / 2, 85, title, 28 if len(title) < 9 else 22, ctx.bold, "c", (30, 30, 30))
        pg.text(pg.w / 2, 125, credit, 14, ctx.body, "c", (40, 40, 40))
        pg.text(pg.w / 2, 235, pub, 15, ctx.bold, "c", (255, 255, 255))
        pages.append(pg)
        return Doc(
            "book",
            "book4-cover",
            pages,
            {
                "title": title,
                "people": people,
                "issuer": pub,
                "book": {"isbn": None, "publisher": pub, "edition": None},
            },  # fmt: skip
            ["title", "people", "issuer", "book.publisher"],
            {"person": claim, "year": y0},
        )
    if v == "board_cip":
        pg = Page(185, 260)
        y = centre(pg, ctx.bold, spaced("编委会", "  "), 28, 18) + 6
        if True:
            for lab, group in (("主　编", people[: len([p for p in people if p["role"] == "editor_in_chief"])]),
                               ("副主编", [p for p in people if p["role"] == "deputy_editor"]),
                               ("编　委", [p for p in people if p["role"] == "editorial_board"])):  # fmt: skip
                if not group:
                    continue
                pg.text(26, y, lab, 12, ctx.bold)
                for i, p in enumerate(group):
                    pg.text(52 + (i % 4) * 28, y + (i // 4) * lh(12, 1.8), p["name"], 12, ctx.body)
                y += lh(12, 1.8) * ((len(group) + 3) // 4) + 4
            if rng.random() < 0.5:
                pg.text(52, y + 2, "（按姓氏笔画排序）", 10, ctx.body)
        pages.append(pg)
    if v in ("translation", "titlepage"):
        pg = Page(185, 260)
        y = centre(pg, ctx.bold, title, 70, 24) + 20
        centre(pg, ctx.body, credit, y, 14)
        centre(pg, ctx.body, pub, 220, 14)
        pages.append(pg)
    # copyright page
    pg = Page(185, 260)
    y = 40
    pg.text(22, y, "图书在版编目（CIP）数据", 11, ctx.bold)
    y += lh(11, 2)
    dep_names = [p["name"] for p in people if p["role"] == "deputy_editor"]
    cip_credit = credit + (f"；{'，'.join(dep_names)}副主编" if dep_names else "")
    y = pg.wrap(22, y, pg.w - 44, f"{title} / {cip_credit}. —{pcity}：{pub}，{y0}.{m0}", 10.5, ctx.body, 1.6)
    y = pg.wrap(22, y, pg.w - 44, f"ISBN {isbn}", 10.5, ctx.body, 1.6)
    y = pg.wrap(
        22,
        y,
        pg.w - 44,
        f"Ⅰ.①{title[:2]}… Ⅱ.①{people[0]['name'][:1]}… Ⅲ.①{title[-2:]}－研究 Ⅳ.①{rng.choice(['S', 'R', 'TU', 'G'])}{rng.randint(1, 99)}",
        10.5,
        ctx.body,
        1.6,
    )
    y = pg.wrap(
        22,
        y + 2,
        pg.w - 44,
        f"中国版本图书馆CIP数据核字（{y0}）第{rng.randint(10000, 290000):06d}号",
        10.5,
        ctx.body,
        1.6,
    )
    pg.line(22, y + 4, pg.w - 22, y + 4, 0.3)
    y += 10
    editor = P.people_names(rng, 1)[0]
    rows = [("责任编辑", editor), ("出版发行", f"{pub}（{pcity}市{rng.choice(['北三环东路', '东城区', '历下区', '金水区', '开福区'])}{rng.randint(1, 99)}号）"),
            ("印    刷", f"{pcity}{rng.choice(['华彩', '新华', '宏伟'])}印刷有限公司"),
            ("开    本", f"787 mm×1092 mm  1/{rng.choice([16, 32])}"), ("印    张", f"{rng.randint(10, 30)}.{rng.choice([0, 25, 5, 75])}"),
            ("字    数", f"{rng.randint(200, 600)}千字"),
            ("版    次", f"{edition}    {P.mstr(y0, m0, 'cn')}第1次印刷" if ed_n == 1 else f"{edition}    {y0}年{m0}月第{rng.randint(3, 6)}次印刷"),
            ("书    号", f"ISBN {isbn}"), ("定    价", f"{rng.randint(28, 128)}.00元")]  # fmt: skip
    lay = ctx.choose("bk.cp", ["colon", "plain"])
    for lab, val in rows:
        pg.text(22, y, lab + ("：" if lay == "colon" else "  "), 10.5, ctx.body)
        pg.wrap(50, y, pg.w - 72, val, 10.5, ctx.body, 1.5)
        y += lh(10.5, 1.9)
    pg.text(22, y + 6, "版权所有  侵权必究", 10, ctx.body)
    pages.append(pg)
    return Doc(
        "book",
        f"book4-{v}",
        pages,
        {
            "title": title,
            "people": people,
            "issuer": pub,
            "issued_on": P.ym(y0, m0),
            "book": {"isbn": isbn, "publisher": pub, "edition": edition},
        },  # fmt: skip
        ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"],
        {"person": claim, "year": y0},
    )


# ---- patents ----------------------------------------------------------------------------------
KIND = {"invention": ("发明", "1", "B", "发明人"), "utility_model": ("实用新型", "2", "U", "发明人"),
        "design": ("外观设计", "3", "S", "设计人")}  # fmt: skip


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent_certificate", ["paper", "electronic", "classic_land", "spaced"])
    rng = ctx.rng
    kind = rng.choice(["invention", "invention", "utility_model", "utility_model", "design"])
    word, code, suf, who = KIND[kind]
    title = rng.choice(P.PATENT_TITLES[kind])
    applied = P.day(rng, 2016, 2023)
    lag = {
        "invention": rng.randint(420, 1100),
        "utility_model": rng.randint(120, 330),
        "design": rng.randint(90, 240),
    }[kind]
    granted = applied + dt.timedelta(days=lag)
    d12 = f"{applied.year}{code}{rng.randint(0, 9999999):07d}"
    num = f"ZL{d12}.{P.zl_check(d12)}"
    spaced_num = f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{num[-1]}"
    n = rng.choice([1, 2, 3, 3, 4, 5])
    inv = P.people_names(rng, n)
    sep = ctx.choose("pt.sep", ["；", "、", "  ", ";"])
    prov, c = P.city(rng)
    owner = rng.choice(
        [
            P.college(rng, prov),
            P.workplace(rng, c),
            f"{c}{rng.choice(['农业科技', '智能装备', '医疗器械'])}有限公司",
        ]
    )
    st = ctx.choose("pt.date", ["cn", "cn0", "cn", "dash"])
    cert_no = f"第{rng.randint(100000, 6900000)}号"
    pub_no = f"CN {rng.randint(100000000, 119999999) if kind != 'design' else rng.randint(300000000, 308999999)} {suf}"
    text = (f"本{word}经过本局依照中华人民共和国专利法进行{'审查' if kind == 'invention' else '初步审查'}，决定授予专利权，颁发{word}专利证书"
            "并在专利登记簿上予以登记。专利权自授权公告之日起生效。")  # fmt: skip
    term = {"invention": "二十", "utility_model": "十", "design": "十五" if applied.year >= 2021 else "十"}[
        kind
    ]
    text2 = f"本专利的专利权期限为{term}年，自申请日起算。专利权人应当依照专利法及其实施细则规定缴纳年费。"
    items = [(f"{word}名称", title), (who, sep.join(inv)), ("专利号", spaced_num), ("专利申请日", P.dstr(applied, st)),
             ("专利权人", owner), ("授权公告日", P.dstr(granted, st))]  # fmt: skip
    if rng.random() < 0.5:
        items.insert(
            5,
            ("地址", f"{prov}省{c}市{rng.choice(['高新区', '经济开发区', '东城区'])}{rng.randint(1, 999)}号"),
        )
    if v == "paper":
        pg = Page()
        border(pg, ctx, ctx.choose("pt.border", ["blue", "gold"]))
        pg.text(pg.w - 25, 22, f"证书号{cert_no}", 11, ctx.body, "r")
        y = centre(pg, ctx.bold, f"{word}专利证书", 45, 28 if len(word) == 2 else 26) + 10
        for lab, val in items:
            y = fields(pg, ctx, 30, y, [(lab, val)], 12.5, colon="：", width=pg.w - 60)
        y = para(pg, ctx, 30, y + 6, pg.w - 60, text, 11.5, lead=1.9)
        y = para(pg, ctx, 30, y, pg.w - 60, text2, 11.5, lead=1.9)
        pg.text(30, y + 4, f"授权公告号：{pub_no}", 11, ctx.body)
        pg.text(pg.w - 40, y + 25, "局长", 12, ctx.body, "r")
        pg.text(pg.w - 30, y + 24, "申长雨", 15, ctx.hand, "l")
        stamp(pg, ctx, "国家知识产权局", pg.w - 60, y + 30, 21)
        pages = [pg]
    elif v == "spaced":  # number first, spaced labels, a QR code and the 授权公告号 at the top
        pg = Page()
        border(pg, ctx, "thin")
        qr(pg, ctx, pg.w - 42, 16, 22)
        pg.text(22, 18, f"证书号{cert_no}", 11, ctx.body)
        pg.text(22, 25, f"授权公告号 {pub_no}", 10, ctx.body)
        y = centre(pg, ctx.bold, spaced(f"{word}专利证书", " "), 50, 24) + 10
        order = [items[2], items[0], items[1], items[3]] + items[4:]
        for lab, val in order:
            lab_s = spaced(lab, " ") if len(lab) <= 4 else lab
            y = fields(pg, ctx, 26, y, [(lab_s, val)], 12.5, label_w=36, width=pg.w - 52)
        y = para(pg, ctx, 26, y + 6, pg.w - 52, text, 11.5, lead=1.9)
        y = para(pg, ctx, 26, y, pg.w - 52, text2, 11.5, lead=1.9)
        pg.text(pg.w - 26, y + 22, "局长", 12, ctx.body, "r")
        pg.text(pg.w - 26, y + 30, "申长雨", 16, ctx.hand, "r")
        stamp(pg, ctx, "国家知识产权局", pg.w - 62, y + 26, 21)
        pages = [pg]
    elif v == "electronic":
        pg = Page()
        pg.rect(0, 0, pg.w, 30, 0, BLUE, (235, 240, 250))
        pg.text(20, 10, "国家知识产权局", 16, ctx.bold, "l", BLUE)
        qr(pg, ctx, pg.w - 40, 5, 20)
        y = centre(pg, ctx.bold, f"{word}专利证书", 42, 24) + 2
        pg.text(pg.w / 2, y, f"证书号{cert_no}", 10, ctx.body, "c")
        rows = [[lab, val] for lab, val in items]
        y = pg.table(22, y + 10, [36, pg.w - 80], rows, 11, ctx.body, 12, fonts={0: ctx.bold})
        y = para(pg, ctx, 24, y + 8, pg.w - 48, text + text2, 11, lead=1.9)
        pg.text(24, y + 6, f"授权公告号：{pub_no}", 10.5, ctx.body)
        pg.text(pg.w - 24, y + 20, "局长  申长雨", 12, ctx.body, "r")
        stamp(pg, ctx, "国家知识产权局", pg.w - 50, y + 22, 20)
        pg.text(24, pg.h - 18, "本电子证书与纸质证书具有同等法律效力。", 9, ctx.body, "l", (90, 90, 90))
        pages = [pg]
    else:  # first page + second page (cover of the booklet plus a fee page)
        p1 = Page()
        p1.rect(0, 0, p1.w, p1.h, 0, (160, 30, 30), (165, 35, 35))
        p1.text(p1.w / 2, 100, "中华人民共和国", 20, ctx.bold, "c", (240, 210, 120))
        p1.text(p1.w / 2, 120, f"{word}专利证书", 30, ctx.bold, "c", (240, 210, 120))
        p1.text(p1.w / 2, 240, "国家知识产权局", 16, ctx.bold, "c", (240, 210, 120))
        p2 = Page()
        y = 28
        pg = p2
        pg.text(pg.w - 25, y, f"证书号{cert_no}", 11, ctx.body, "r")
        y = centre(pg, ctx.bold, f"{word}专利证书", y + 12, 24) + 8
        for lab, val in items:
            y = fields(pg, ctx, 28, y, [(lab, val)], 12.5, width=pg.w - 56, label_w=34)
        y = para(pg, ctx, 28, y + 6, pg.w - 56, text + text2, 11.5, lead=1.9)
        pg.text(pg.w - 30, y + 18, "局长  申长雨", 12, ctx.body, "r")
        stamp(pg, ctx, "国家知识产权局", pg.w - 55, y + 22, 21)
        pages = [p1, p2]
    people = [person(nm, i + 1, "inventor") for i, nm in enumerate(inv)]
    return Doc(
        "patent_certificate",
        f"patent4-{v}",
        pages,
        {
            "title": title,
            "people": people,
            "holder": None,
            "issuer": "国家知识产权局",
            "issued_on": P.iso(granted),
            "patent": {
                "kind": kind,
                "number": num,
                "applied_on": P.iso(applied),
                "granted_on": P.iso(granted),
            },
        },  # fmt: skip
        [
            "title",
            "people",
            "issuer",
            "issued_on",
            "patent.kind",
            "patent.number",
            "patent.applied_on",
            "patent.granted_on",
        ],  # fmt: skip
        {"person": rng.choice(inv), "year": granted.year},
    )


# ---- awards -----------------------------------------------------------------------------------
GRADES = ["一等奖", "二等奖", "三等奖"]
CN_ORD = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant(
        "award_certificate", ["sci_personal", "sci_list", "social", "skill", "teaching", "county", "table"]
    )
    rng = ctx.rng
    prov, c = P.city(rng)
    st = ctx.choose("date", P.STYLES)
    d = P.day(rng, 2017, 2025)
    grade = rng.choice(GRADES)
    if v in ("skill", "social", "teaching") and rng.random() < 0.15:
        grade = "优秀奖" if v != "teaching" else "特等奖"
    holder = None
    names = P.people_names(rng, rng.randint(3, 8))
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
    month_only = rng.random() < 0.25
    date_s = P.mstr(d.year, d.month, st) if month_only else P.dstr(d, st)
    issued_s = P.ym(d.year, d.month) if month_only else P.iso(d)
    yr = d.year - rng.choice([0, 1])
    pg = Page(297, 210) if rng.random() < 0.5 else Page()
    W = pg.w
    if v == "table":
        kind = rng.choice(["science_technology", "social_science"])
        if rng.random() < 0.5:
            issuer, level = f"{prov}省人民政府", "provincial"
        else:
            issuer, level = f"{c}市人民政府", "municipal"
        area = issuer[: -len("人民政府")]
        base = f"{area}{'科学技术进步奖' if kind == 'science_technology' else '社会科学优秀成果奖'}"
        name = base
        title = rng.choice(P.PROJECT_TITLES)
        pg = Page()
        W = pg.w
        y = centre(pg, ctx.bold, f"{yr}年度{base}" if rng.random() < 0.6 else base, 24, 18)
        y = centre(pg, ctx.bold, "获奖项目证书", y + 1, 24, RED) + 6
        y = fields(
            pg,
            ctx,
            24,
            y,
            [("项目名称", title), ("奖励等级", grade), ("第一完成单位", P.workplace(rng, c))],
            12.5,
        )
        rows = [["排名", "姓名", "工作单位", "职称"]] + [
            [str(i + 1), nm, P.workplace(rng, c), rng.choice(P.RANKS)] for i, nm in enumerate(names)
        ]
        y = pg.table(22, y + 4, [18, 32, 80, 36], rows, 11, ctx.body, 10, header_font=ctx.bold)
        people = [person(nm, i + 1, "awardee") for i, nm in enumerate(names)]
        signoff(pg, ctx, [issuer, date_s], y + 14, W - 30, 13, seal=issuer)
    elif v in ("sci_personal", "sci_list", "county"):
        kind = "science_technology"
        if v == "county":
            county = rng.choice(P.COUNTIES)
            issuer, level, base = f"{county}县人民政府", "county", f"{county}县科学技术进步奖"
        elif rng.random() < 0.5:
            issuer, level, base = f"{prov}省人民政府", "provincial", f"{prov}省科学技术进步奖"
        else:
            issuer, level, base = f"{c}市人民政府", "municipal", f"{c}市科学技术进步奖"
        title = rng.choice(P.PROJECT_TITLES[:6] + P.PATENT_TITLES["invention"][:3])
        printed_name = f"{yr}年度{base}" if rng.random() < 0.6 else base
        border(pg, ctx, ctx.choose("aw.border", ["red", "gold", "band"]))
        y = centre(pg, ctx.bold, spaced("荣誉证书" if v != "sci_list" else "获奖证书", "  "), 30, 28, RED) + 8
        x = 30 if W < 250 else 45
        if v == "sci_personal" or v == "county":
            holder = names[rng.randrange(len(names))]
            rank = names.index(holder) + 1
            y = para(
                pg,
                ctx,
                x,
                y,
                W - 2 * x,
                f"为表彰在促进科学技术进步工作中做出突出贡献者，特颁发{printed_name}证书，以资鼓励。",
                14,
                lead=2,
            )
            pairs = [("项目名称", title), ("奖励等级", grade), ("获奖者", holder), ("排    名", f"第{CN_ORD[rank - 1]}完成人"),
                     ("证书编号", f"{yr}-J-{rng.randint(100, 999)}-{GRADES.index(grade) + 1 if grade in GRADES else 0}-{rng.randint(1, 40):02d}-R{rank:02d}")]  # fmt: skip
            y = fields(pg, ctx, x, y + 4, pairs, 13, label_w=30, width=W - 2 * x)
            people = [person(holder, rank, "awardee")]
        else:
            y = fields(
                pg,
                ctx,
                x,
                y,
                [("项目名称", title), ("获奖类别", printed_name), ("奖励等级", grade)],
                13,
                width=W - 2 * x,
            )
            sep = ctx.choose("aw.sep", ["、", "，", "  "])
            y = fields(pg, ctx, x, y, [("主要完成人", sep.join(names))], 13, width=W - 2 * x)
            y = fields(pg, ctx, x, y, [("完成单位", P.workplace(rng, c))], 13, width=W - 2 * x)
            people = [person(nm, i + 1, "awardee") for i, nm in enumerate(names)]
        signoff(pg, ctx, [issuer, date_s], y + 12, W - 35, 13, seal=issuer)
        name = base
    elif v == "social":
        kind = "social_science"
        if rng.random() < 0.5:
            issuer, level = f"{prov}省人民政府", "provincial"
            base = f"{prov}省社会科学优秀成果奖"
        else:
            issuer, level = f"{c}市人民政府", "municipal"
            base = f"{c}市社会科学优秀成果奖"
        printed = f"{yr}年度{base}" if rng.random() < 0.6 else base
        name = base
        title = rng.choice(P.PROJECT_TITLES[6:] + P.PROJECT_TITLES[:2])
        border(pg, ctx, "gold")
        y = centre(pg, ctx.bold, "证    书", 34, 30, RED) + 10
        x = 32 if W < 250 else 50
        holder = names[0] if rng.random() < 0.5 else None
        au = names[:1] if holder else names[: rng.randint(2, 4)]
        y = para(
            pg,
            ctx,
            x,
            y,
            W - 2 * x,
            f"{'、'.join(au)}同志的成果《{title}》荣获{printed}{grade}。",
            15,
            lead=2.1,
        )
        y = para(pg, ctx, x, y, W - 2 * x, "特发此证。", 15)
        people = [person(nm, i + 1, "awardee") for i, nm in enumerate(au)]
        signoff(pg, ctx, [issuer, date_s], y + 18, W - 35, 13, seal=issuer)
    elif v == "skill":
        kind = "competition"
        holder = names[0]
        lvl = rng.random()
        if lvl < 0.4:
            issuer, level, base = f"{prov}省人力资源和社会保障厅", "provincial", f"{prov}省职业技能大赛"
        elif lvl < 0.8:
            issuer, level, base = f"{c}市总工会", "municipal", f"{c}市职工职业技能竞赛"
        else:
            issuer, level, base = "中华人民共和国人力资源和社会保障部", "national", "全国技能大赛"
        item = rng.choice(["农作物植保员", "电工", "护理", "焊工", "工程测量员", "化学检验员", "育婴员"])
        title = f"{item}赛项"
        printed = f"{yr}年{base}" if rng.random() < 0.6 else base
        name = base
        border(pg, ctx, ctx.choose("aw.sk.border", ["red", "blue"]))
        y = centre(pg, ctx.bold, spaced("荣誉证书", " "), 32, 28, RED) + 12
        x = 32 if W < 250 else 50
        y = para(pg, ctx, x, y, W - 2 * x, f"{holder}：", 16, indent=False)
        y = para(pg, ctx, x, y, W - 2 * x, f"在{printed}{title}中，成绩优异，荣获{grade}。", 16, lead=2.1)
        y = para(pg, ctx, x, y, W - 2 * x, "特发此证，以资鼓励。", 16)
        people = [person(holder, 1, "awardee")]
        signoff(pg, ctx, [issuer, date_s], y + 18, W - 35, 13, seal=issuer)
    else:  # teaching achievement
        kind = "other"
        level = rng.choice(["provincial", "municipal"])
        issuer = f"{prov}省教育厅" if level == "provincial" else f"{c}市教育局"
        base = (
            f"{prov}省{rng.choice(['职业教育', '基础教育', '高等教育'])}教学成果奖"
            if level == "provincial"
            else f"{c}市教学成果奖"
        )
        name = base
        title = rng.choice(
            P.PROJECT_TITLES[:1] + P.PROJECT_TITLES[6:] + ["“三教”改革背景下专业群课程体系重构与实践"]
        )
        border(pg, ctx, "red")
        full = rng.random() < 0.5
        y = centre(pg, ctx.bold, base if full else "教学成果奖", 32, 22, RED)
        y = centre(pg, ctx.bold, "证  书", y + 2, 28) + 6
        x = 32 if W < 250 else 50
        if not full:
            y = fields(
                pg,
                ctx,
                x,
                y,
                [("奖项名称", f"{yr}年{base}" if rng.random() < 0.5 else base)],
                13,
                width=W - 2 * x,
            )
        y = fields(pg, ctx, x, y, [("成果名称", title), ("成果完成人", "，".join(names)), ("奖励等级", grade),
                                   ("证书编号", f"JXCG{yr}{rng.randint(1, 999):03d}")], 13, width=W - 2 * x)  # fmt: skip
        people = [person(nm, i + 1, "awardee") for i, nm in enumerate(names)]
        signoff(pg, ctx, [issuer, date_s], y + 16, W - 35, 13, seal=issuer)
    if holder is None and "holder" in scored:
        scored.remove("holder")
    claim = holder or rng.choice([p["name"] for p in people])
    return Doc(
        "award_certificate",
        f"award4-{v}",
        [pg],
        {
            "holder": holder,
            "people": people,
            "title": title,
            "issuer": issuer,
            "issued_on": issued_s,
            "award": {"name": name, "kind": kind, "level": level, "grade": grade},
        },  # fmt: skip
        ["holder"] + scored if holder else scored,
        {"person": claim, "year": d.year},
    )


# ---- project completion -----------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project_completion", ["certificate", "letter", "acceptance", "running", "members_table"])
    rng = ctx.rng
    prov, c = P.city(rng)
    st = ctx.choose("date", P.STYLES)
    title = rng.choice(P.PROJECT_TITLES)
    issuer, code = rng.choice([
        (f"{prov}省教育科学规划领导小组办公室", f"{prov[:1]}JG{rng.randint(2018, 2023)}{rng.randint(1, 999):03d}"),
        (f"{prov}省哲学社会科学规划办公室", f"{rng.randint(18, 23)}CJJ{rng.randint(10, 99)}"),
        (f"{c}市科学技术局", f"{c[:1]}KJ{rng.randint(2018, 2023)}-{rng.randint(1, 99):02d}"),
        (f"{c}市社会科学界联合会", f"{c[:1]}SKL{rng.randint(2018, 2023)}{rng.randint(1, 300):03d}"),
        (f"{prov}省卫生健康委员会", f"{prov[:1]}WJ{rng.randint(2018, 2023)}{rng.randint(1, 300):03d}"),
    ])  # fmt: skip
    d = P.day(rng, 2019, 2025)
    month_only = rng.random() < 0.3
    date_s = P.mstr(d.year, d.month, st) if month_only else P.dstr(d, st)
    issued_s = P.ym(d.year, d.month) if month_only else P.iso(d)
    names = P.people_names(rng, rng.randint(1, 7))
    leader, members = names[0], names[1:]
    unit = rng.choice([P.workplace(rng, c), P.college(rng, prov)])
    holder = None
    pg = Page(297, 210) if v == "certificate" and rng.random() < 0.5 else Page()
    W = pg.w
    x = 30 if W < 250 else 45
    if v == "certificate":
        border(pg, ctx, ctx.choose("pc.border", ["blue", "red", "gold"]))
        y = (
            centre(pg, ctx.bold, spaced(ctx.choose("pc.head", ["结题证书", "结项证书"]), "  "), 32, 28, RED)
            + 8
        )
        lab_lead = ctx.choose("pc.lab", ["课题负责人", "项目主持人", "负 责 人"])
        pairs = [("课题名称", title), ("课题编号", code), (lab_lead, leader)]
        if members:
            pairs.append(("课题组成员", ctx.choose("pc.sep", ["、", "，", "  "]).join(members)))
        pairs.append(("承担单位", unit))
        y = fields(pg, ctx, x, y, pairs, 13, width=W - 2 * x)
        y = para(pg, ctx, x, y + 4, W - 2 * x, "该课题经专家鉴定，达到预期研究目标，准予结题。特发此证。", 13)
        signoff(pg, ctx, [issuer, date_s], y + 18, W - 35, 13, seal=issuer)
    elif v == "letter":
        members = []
        holder = leader
        y = centre(pg, ctx.bold, ctx.choose("pc.l.head", ["结项证明", "结题证明"]), 36, 22) + 12
        y = para(pg, ctx, x, y, W - 2 * x, f"由{unit}{leader}同志主持的{'课题' if rng.random() < 0.5 else '项目'}“{title}”（编号：{code}），"
                 f"已按计划完成研究任务，经组织专家审核，同意结项。", 14, lead=2.1)  # fmt: skip
        y = para(pg, ctx, x, y, W - 2 * x, "特此证明。", 14)
        signoff(pg, ctx, [issuer, date_s], y + 25, W - 32, 14, seal=issuer)
    elif v == "acceptance":
        y = (
            centre(pg, ctx.bold, ctx.choose("pc.a.head", ["科技计划项目验收证书", "项目验收意见书"]), 28, 20)
            + 6
        )
        rows = [["项目名称", title], ["项目编号", code], ["承担单位", unit], ["项目负责人", leader]]
        if members:
            rows.append(["主要参加人员", "、".join(members)])
        rows += [["验收结论", "通过验收"], ["验收日期", date_s]]
        y = pg.table(25, y, [40, W - 90], rows, 11.5, ctx.body, 13, fonts={0: ctx.bold})
        y = para(
            pg,
            ctx,
            28,
            y + 8,
            W - 56,
            "验收专家组认为，该项目完成了任务书规定的各项研究内容和考核指标，同意通过验收。",
            12,
        )
        signoff(pg, ctx, [f"{issuer}（盖章）", date_s], y + 16, W - 30, 13, seal=issuer)
    elif v == "members_table":  # a 结题鉴定 form: project facts, then a table of the group with their tasks
        if not members:
            members = P.people_names(rng, 4)
            members = [m for m in members if m != leader][:3]
        y = (
            centre(pg, ctx.bold, ctx.choose("pc.m.head", ["课题结题鉴定书", "科研项目结项审批表"]), 24, 20)
            + 4
        )
        rows = [["项目名称", title, "", ""], ["项目编号", code, "", ""], ["主持人", leader, "职称", rng.choice(P.RANKS)],
                ["所在单位", unit, "", ""]]  # fmt: skip
        yt = y
        for row in rows:
            if row[2]:
                yt = pg.table(22, yt, [30, 70, 26, 40], [row], 11, ctx.body, 11)
            else:
                yt = pg.table(22, yt, [30, 136], [row[:2]], 11, ctx.body, 11)
        pg.text(22, yt + 4, "课题组主要成员", 12, ctx.bold)
        mrows = [["序号", "姓名", "工作单位", "承担任务"]] + [
            [
                str(i + 1),
                m,
                P.workplace(rng, c),
                rng.choice(["数据采集", "调研分析", "试验示范", "报告撰写", "统计分析"]),
            ]
            for i, m in enumerate(members)
        ]
        yt = pg.table(22, yt + 11, [16, 30, 80, 40], mrows, 11, ctx.body, 10, header_font=ctx.bold)
        yt = para(
            pg,
            ctx,
            22,
            yt + 6,
            W - 44,
            "鉴定意见：该课题研究目标明确，研究方法科学，成果具有较强的实践指导意义，同意结题。",
            12,
        )
        signoff(pg, ctx, [f"{issuer}（公章）", date_s], yt + 16, W - 28, 12.5, seal=issuer)
    else:  # running text with the group
        y = centre(pg, ctx.bold, "结题通知书", 36, 22) + 10
        pg.text(x, y, f"{unit}：", 13, ctx.body)
        y += lh(13, 2)
        grp = f"，课题组成员{'、'.join(members)}" if members else ""
        y = para(pg, ctx, x, y, W - 2 * x, f"你单位{leader}主持的{P.mstr(d.year - 2, rng.randint(3, 9), st)}立项课题《{title}》（批准号：{code}）{grp}，"
                 "已完成研究工作，提交的结题材料经专家评审合格，准予结题。", 13, lead=2)  # fmt: skip
        signoff(pg, ctx, [issuer, date_s], y + 25, W - 32, 13, seal=issuer)
    people = [person(leader, 1, "project_leader")] + [
        person(m, i + 2, "project_member") for i, m in enumerate(members)
    ]
    scored = ["title", "people", "issuer", "issued_on"] + (["holder"] if holder else [])
    return Doc(
        "project_completion",
        f"project4-{v}",
        [pg],
        {"holder": holder, "people": people, "title": title, "issuer": issuer, "issued_on": issued_s},
        scored,
        {"person": rng.choice([p["name"] for p in people]), "year": d.year},
    )


__all__ = ["award_certificate", "book", "journal_article", "patent_certificate", "photo", "project_completion",
           "width_mm"]  # fmt: skip
