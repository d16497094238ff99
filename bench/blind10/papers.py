"""Draw 10's journal articles and books (patents, awards and project completions live in grants.py)."""

from __future__ import annotations

from bench.blind.common import CN_REGION, journals
from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind10 import kit
from bench.blind10.grants import award_certificate, patent_certificate, project_completion
from bench.blind10.pools import (
    BOOKS,
    FILLER_TITLES,
    PUB_CITY,
    PUBLISHERS,
    TRANSLATED,
    Ctx,
    article_title,
    isbn,
    people,
    place,
    when,
    ym,
)
from bench.blind10.truth import doc, who

__all__ = ["journal_article", "book", "patent_certificate", "award_certificate", "project_completion"]

ZIPS = {"德州": "253023", "烟台": "264005", "泰安": "271018", "聊城": "252059", "滨州": "256603", "日照": "276826",
        "菏泽": "274015", "枣庄": "277160", "东营": "257061", "开封": "475004", "许昌": "461000", "周口": "466001",
        "商丘": "476000", "平顶山": "467000", "漯河": "462000", "信阳": "464000", "益阳": "413000", "衡阳": "421002",
        "郴州": "423000", "邵阳": "422000", "娄底": "417000", "永州": "425199", "怀化": "418000"}  # fmt: skip
NATIONAL = ["中国科学技术协会", "教育部", "中国科学院", "国家卫生健康委员会", "农业农村部", "工业和信息化部"]
PROVINCIAL = ["{p}省科学技术协会", "{p}省教育厅", "{p}省科学技术厅"]
PROVINCES = {"13", "14", "21", "22", "23", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "46", "51",
             "52", "53", "61", "62", "63"}  # fmt: skip
DISTRICTS = {"北京": ["朝阳区", "海淀区", "西城区", "东城区"], "济南": ["历下区", "市中区"], "郑州": ["金水区", "二七区"],
             "长沙": ["开福区", "岳麓区", "芙蓉区"], "长春": ["南关区", "朝阳区"]}  # fmt: skip
MONTHS_EN = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."]


def _supervisor(ctx: Ctx, cn: str) -> tuple[str, str]:
    """A printed 主管 organisation consistent with the CN region, and its level."""
    code = cn[:2]
    if code in PROVINCES and ctx.rng.random() < 0.55:
        return ctx.rng.choice(PROVINCIAL).format(p=CN_REGION[code]), "provincial"
    return ctx.rng.choice(NATIONAL), "national"


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("journal")
    rng = ctx.rng
    j = rng.choice(journals())
    year = rng.randint(2016, 2024)
    has_vol = rng.random() < 0.7
    vol = str(rng.randint(18, 52)) if has_vol else None
    issue = str(rng.randint(1, 12))
    title = article_title(rng)
    taken: set[str] = set()
    authors = people(rng, rng.randint(1, 5), taken)
    sup, level = _supervisor(ctx, j.cn)
    shows_sup = v in ("cover", "bundle", "masthead")
    levels = list(j.base_levels) + ([level] if shows_sup else [])
    pl = place(rng)
    ctx_j = {"j": j, "year": year, "vol": vol, "month": rng.randint(1, 12), "issue": issue, "title": title, "authors": authors, "sup": sup,
             "pl": pl, "taken": taken}  # fmt: skip
    build = {"first-page": _first_page, "toc": _toc, "cover": _cover, "bundle": _bundle, "two-col": _two_col,
             "masthead": _masthead}[v]  # fmt: skip
    pages = build(ctx, ctx_j)
    f = {
        "title": title, "people": who(authors, "author"),
        "journal": {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": vol, "issue": issue,
                    "levels": levels},
    }  # fmt: skip
    skip = ("title", "people") if v in ("toc", "cover", "masthead") else ()
    return doc("journal_article", "journal", v, pages, f, (rng.choice(authors), year), skip=skip)


def _issue_s(c: dict) -> str:
    return f"第{c['vol']}卷第{c['issue']}期" if c["vol"] else f"{c['year']}年第{c['issue']}期"


def _issue_full(c: dict) -> str:
    return f"{c['year']}年 第{c['vol']}卷 第{c['issue']}期" if c["vol"] else f"{c['year']}年第{c['issue']}期"


def _host(ctx: Ctx, j) -> str:  # noqa: ANN001
    """A printed 主办 organisation that fits the journal: its university, a provincial body or its own house."""
    if "大学学报" in j.name or "学院学报" in j.name:
        return j.name.split("学报")[0]
    region = CN_REGION.get(j.cn[:2], "")
    if j.cn[:2] in PROVINCES:
        return f"{region}省{ctx.rng.choice(['科学技术协会', '科学院', '科学技术信息研究所'])}"
    return f"{j.name}杂志社"


def _byline(pg: Page, ctx: Ctx, c: dict, y: float, size: float = 12.5) -> float:
    """Authors with superscript affiliation numbers, then the affiliations in brackets."""
    rng = ctx.rng
    pl = c["pl"]
    affs = [
        pl.college(rng) + rng.choice(["农学院", "土木工程学院", "医学院", "资源与环境学院", "信息工程学院"])
    ]
    if len(c["authors"]) > 1 and rng.random() < 0.6:
        affs.append(pl.unit(rng))
    marks = [str(1 + (i % len(affs))) if i else "1" for i in range(len(c["authors"]))]
    parts: list[tuple[str, bool]] = []
    for i, (a, m) in enumerate(zip(c["authors"], marks, strict=True)):
        parts += [(a, False), (m + ("*" if i == 0 else ""), True)] + (
            [("，", False)] if i < len(marks) - 1 else []
        )
    y = pg.runs(pg.w / 2, y, parts, size, ctx.body)
    aff = "；".join(f"{i + 1}. {a}，{pl.prov} {pl.city} {ZIPS[pl.city]}" for i, a in enumerate(affs))
    return pg.wrap(30, y, pg.w - 60, f"（{aff}）", 9.5, ctx.body, lead=1.5) + 3


def _abstract(ctx: Ctx, c: dict) -> str:
    t = c["title"]
    return (f"为明确{t.replace('研究', '').replace('分析', '')}的规律，本文在系统梳理已有文献的基础上，结合"
            f"{c['pl'].city}地区{c['year'] - 2}—{c['year'] - 1}年的观测与调查数据，采用对比试验与统计分析相结合的方法"
            "开展研究。结果表明，不同处理间各项指标差异显著，主要影响因素可归纳为三个方面。研究结果可为相关领域的技术推广与"
            "管理决策提供参考。")  # fmt: skip


def _first_page(ctx: Ctx, c: dict) -> list[Page]:
    pg = kit.portrait()
    j = c["j"]
    mon = c["month"]
    pg.text(20, 12, _issue_s(c), 9.5, ctx.body)
    pg.text(pg.w / 2, 12, j.name, 9.5, ctx.body, "c")
    en = (
        f"Vol.{c['vol']} No.{c['issue']}" if c["vol"] else f"No.{c['issue']}"
    ) + f"  {MONTHS_EN[mon - 1]} {c['year']}"
    pg.text(pg.w - 20, 12, en, 9.5, ctx.body, "r")
    pg.line(20, 18, pg.w - 20, 18, 0.5)
    pg.text(20, 21, f"ISSN {j.issn}   CN {j.cn}", 8.5, ctx.body)
    pg.text(pg.w - 20, 21, f"{c['year']}年{mon}月", 8.5, ctx.body, "r")
    y = pg.wrap(28, 34, pg.w - 56, c["title"], 19, ctx.bold, lead=1.4)
    y = _byline(pg, ctx, c, y + 4)
    y = kit.prose(pg, ctx, 22, y, pg.w - 44, "摘要：" + _abstract(ctx, c), 10, indent=False)
    y = pg.wrap(22, y + 1, pg.w - 44, "关键词：" + "；".join(ctx.rng.sample(["影响因素", "评价", "模型", "应用",
                "机制", "对比试验", "优化"], 4)), 10, ctx.body)  # fmt: skip
    pg.text(22, y + 1, f"中图分类号：{ctx.rng.choice(['S512.1', 'R587.1', 'TU528', 'X523', 'TP391.4', 'G633.7'])}"
            f"    文献标志码：A    文章编号：{j.issn}({c['year']}){int(c['issue']):02d}-0{ctx.rng.randint(100, 999)}-0"
            f"{ctx.rng.randint(5, 9)}", 9, ctx.body)  # fmt: skip
    intro = ("近年来，相关领域的研究与实践不断深入，但在区域尺度上的系统评价仍较少。已有研究多关注单一指标，"
             "缺少对多因素综合作用的定量分析。本文在前人工作的基础上，结合实地调查与试验数据开展分析，以期为后续研究"
             "和生产实践提供依据。")  # fmt: skip
    pg.text(22, y + 9, "0  引言", 11, ctx.bold)
    kit.prose(pg, ctx, 22, y + 16, pg.w - 44, intro, 10.5)
    pg.line(20, 250, 80, 250, 0.3)
    a0 = c["authors"][0]
    notes = [f"收稿日期：{c['year'] - 1}-{ctx.rng.randint(1, 12):02d}-{ctx.rng.randint(1, 28):02d}",
             f"基金项目：{c['pl'].prov}省自然科学基金项目（ZR{c['year'] - 2}MC{ctx.rng.randint(100, 999)}）",
             f"作者简介：{a0}（{ctx.rng.randint(1968, 1994)}—），{ctx.rng.choice(['男', '女'])}，硕士，"
             f"{ctx.rng.choice(['高级农艺师', '副教授', '主治医师', '工程师'])}。"]  # fmt: skip
    yy = 252.0
    for s in notes:
        yy = pg.wrap(20, yy, pg.w - 40, s, 8.5, ctx.body, lead=1.5)
    return [pg]


def _toc_rows(ctx: Ctx, c: dict, n: int) -> list[tuple[str, list[str], int]]:
    rows = []
    titles = ctx.rng.sample(FILLER_TITLES, n - 1)
    pos = ctx.rng.randrange(n)
    page = ctx.rng.randint(1, 20)
    for i in range(n):
        if i == pos:
            rows.append((c["title"], c["authors"], page))
        else:
            rows.append((titles.pop(), people(ctx.rng, ctx.rng.randint(1, 4), c["taken"]), page))
        page += ctx.rng.randint(5, 11)
    return rows


def _toc_block(
    pg: Page, ctx: Ctx, c: dict, x: float, y: float, width: float, n: int, size: float = 11
) -> float:
    for t, au, p in _toc_rows(ctx, c, n):
        pg.text(x, y, t, size, ctx.body)
        pg.text(x + width, y, f"{p}", size, ctx.body, "r")
        pg.text(x + 6, y + kit.lh(size, 1.35), "  ".join(au), size - 1.5, ctx.body, color=(70, 70, 70))
        y += kit.lh(size, 3.0)
    return y


def _toc(ctx: Ctx, c: dict) -> list[Page]:
    pg = kit.portrait()
    j = c["j"]
    pg.text(pg.w / 2, 18, j.name, 20, ctx.bold, "c")
    pg.text(pg.w / 2, 30, _issue_full(c), 11, ctx.body, "c")
    pg.text(pg.w / 2, 40, ctx.pick("toc.head", ["目  次", "目  录", "本期目次"]), 16, ctx.bold, "c")
    pg.line(20, 50, pg.w - 20, 50, 0.6)
    _toc_block(pg, ctx, c, 24, 56, pg.w - 48, ctx.rng.randint(7, 10))
    pg.line(20, 272, pg.w - 20, 272, 0.3)
    pg.text(pg.w / 2, 276, f"ISSN {j.issn}    CN {j.cn}", 10, ctx.body, "c")
    return [pg]


def _cover_page(ctx: Ctx, c: dict, highlights: bool) -> Page:
    j = c["j"]
    tint = ctx.rng.choice([(20, 70, 130), (120, 30, 40), (30, 100, 70), (90, 60, 120)])
    pg = kit.portrait()
    pg.rect(0, 0, pg.w, 70, 0.0, tint, tint)
    pg.text(18, 8, f"ISSN {j.issn}", 11, ctx.body, color=(255, 255, 255))
    pg.text(pg.w - 18, 8, f"CN {j.cn}", 11, ctx.body, "r", (255, 255, 255))
    size = kit.fit(j.name, ctx.bold, 44, pg.w - 30)
    pg.text(pg.w / 2, 28, j.name, size, ctx.bold, "c", (255, 255, 255))
    lab = f"{c['year']}年 第{c['issue']}期" + (f"  第{c['vol']}卷" if c["vol"] else "")
    pg.text(pg.w / 2, 78, lab, 15, ctx.body, "c", tint)
    if highlights:
        pg.rect(24, 96, pg.w - 24, 200, 0.5, tint)
        pg.text(30, 100, "本期要目", 13, ctx.bold, color=tint)
        _toc_block(pg, ctx, c, 30, 112, pg.w - 60, 4, 10.5)
    host = _host(ctx, j)
    pg.text(pg.w / 2, 262, f"主管：{c['sup']}    主办：{host}", 11, ctx.body, "c")
    pg.text(pg.w / 2, 272, f"{c['year']}年{c['month']}月出版", 10, ctx.body, "c")
    return pg


def _cover(ctx: Ctx, c: dict) -> list[Page]:
    return [_cover_page(ctx, c, True)]


def _bundle(ctx: Ctx, c: dict) -> list[Page]:
    return [_cover_page(ctx, c, False)] + _first_page(ctx, c)


def _two_col(ctx: Ctx, c: dict) -> list[Page]:
    pg = kit.portrait()
    j = c["j"]
    pg.text(20, 12, f"{j.name}", 10, ctx.bold)
    pg.text(20, 18, _issue_full(c), 9, ctx.body)
    pg.rect(pg.w - 62, 10, pg.w - 20, 24, 0.3)
    pg.text(pg.w - 41, 11.5, f"ISSN {j.issn}", 8.5, ctx.body, "c")
    pg.text(pg.w - 41, 17.5, f"CN {j.cn}", 8.5, ctx.body, "c")
    pg.text(20, 28, f"DOI：10.{ctx.rng.randint(11000, 13999)}/j.issn.{j.issn}.{c['year']}.{int(c['issue']):02d}."
            f"0{ctx.rng.randint(10, 40)}", 8, ctx.body, color=kit.GREY)  # fmt: skip
    y = pg.wrap(24, 38, pg.w - 48, c["title"], 17, ctx.bold, lead=1.4)
    pl = c["pl"]
    org = pl.unit(ctx.rng)
    y = kit.centre(pg, ctx, y + 3, "，".join(c["authors"]), 12)
    y = kit.centre(pg, ctx, y, f"（{org}，{pl.prov}{pl.city} {ZIPS[pl.city]}）", 9.5)
    y = kit.prose(pg, ctx, 24, y + 2, pg.w - 48, "[摘要] " + _abstract(ctx, c), 9.5, indent=False)
    pg.line(20, y + 2, pg.w - 20, y + 2, 0.3)
    col = (pg.w - 46) / 2
    filler = ("近年来，随着相关技术的不断发展和推广应用，该领域的研究受到广泛关注。已有研究多集中于单一因素的作用，"
              "对多因素耦合条件下的规律认识仍不充分。为此，本研究设计了系统的试验方案，以期为生产实践提供依据。") * 3  # fmt: skip
    pg.text(20, y + 6, "0  引言", 11, ctx.bold)
    pg.wrap(20, y + 13, col, filler, 9.5, ctx.body, lead=1.6, indent=6.7)
    method = ("试验于相关年份在当地代表性区域开展，设置对照与处理共若干组，每组重复三次。样品采集、测定与数据整理均按"
              "现行行业标准执行，采用方差分析与多重比较检验差异显著性，显著性水平取0.05。") * 3  # fmt: skip
    pg.text(26 + col, y + 6, "1  材料与方法", 11, ctx.bold)
    pg.wrap(26 + col, y + 13, col, method, 9.5, ctx.body, lead=1.6, indent=6.7)
    pg.text(
        20, 280, f"通信作者：{c['authors'][-1]}，E-mail：{ctx.rng.randint(10**8, 10**9)}@qq.com", 8, ctx.body
    )
    return [pg]


def _masthead(ctx: Ctx, c: dict) -> list[Page]:
    pg = kit.portrait()
    j = c["j"]
    pg.line(pg.w * 0.36, 18, pg.w * 0.36, 280, 0.3)
    x, y = 14.0, 18.0
    host = _host(ctx, j)
    rows = [
        j.name, f"（{ctx.rng.choice(['月刊', '双月刊'])}，{ctx.rng.randint(1956, 1995)}年创刊）",
        _issue_full(c), "", f"主    管：{c['sup']}", f"主    办：{host}",
        f"编辑出版：《{j.name}》编辑部", f"主    编：{people(ctx.rng, 1, c['taken'])[0]}", "",
        "国际标准连续出版物号", f"ISSN {j.issn}", "国内统一连续出版物号", f"CN {j.cn}", "",
        f"定    价：{ctx.rng.choice(['20.00', '25.00', '30.00'])}元",
    ]  # fmt: skip
    for i, s in enumerate(rows):
        if not s:
            y += 4
            continue
        size = kit.fit(s, ctx.bold if i == 0 else ctx.body, 13 if i == 0 else 9, pg.w * 0.36 - 18)
        pg.text(x, y, s, size, ctx.bold if i == 0 else ctx.body)
        y += kit.lh(size, 1.8)
    pg.text(pg.w * 0.36 + 8, 18, "目    次", 14, ctx.bold)
    _toc_block(pg, ctx, c, pg.w * 0.36 + 8, 30, pg.w * 0.64 - 22, ctx.rng.randint(7, 9), 9.5)
    return [pg]


# ---- books ---------------------------------------------------------------------------------------------
def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    rng = ctx.rng
    publisher, prefix = rng.choice(PUBLISHERS)
    d = when(rng, 2015, 2024)
    ed_no = rng.choice([1, 1, 1, 2, 3])
    edition = f"{d.year}年{d.month}月第{ed_no}版"
    number = isbn(rng, prefix)
    taken: set[str] = set()
    if v == "translated":
        title, nat, orig = rng.choice(TRANSLATED)
        trans = people(rng, rng.randint(1, 3), taken)
        roles = who(orig, "author") + who(
            trans, "translator", list(range(len(orig) + 1, len(orig) + len(trans) + 1))
        )
        c = {"title": title, "nat": nat, "orig": orig, "trans": trans}
    else:
        title = rng.choice(BOOKS)
        chief = people(rng, rng.randint(1, 2), taken)
        deputy = people(rng, rng.randint(0, 3), taken) if v in ("title-cip", "committee") else []
        board = people(rng, rng.randint(4, 8), taken) if v in ("title-cip", "committee") else []
        c = {"title": title, "chief": chief, "deputy": deputy, "board": board,
             "verb": ctx.pick("bk.verb", ["主编", "编著"]) if v in ("cover", "old-copyright") else "主编"}  # fmt: skip
        role = "editor_in_chief" if c["verb"] == "主编" else "author"
        roles = who(chief, role)
        roles += who(deputy, "deputy_editor", list(range(len(chief) + 1, len(chief) + len(deputy) + 1)))
        n0 = len(chief) + len(deputy)
        roles += who(board, "editorial_board", list(range(n0 + 1, n0 + len(board) + 1)))
    c.update(publisher=publisher, isbn=number, edition=edition, d=d, ed_no=ed_no)
    build = {"cover": _bk_cover, "cip": _bk_cip, "title-cip": _bk_title_cip, "translated": _bk_translated,
             "committee": _bk_committee, "old-copyright": _bk_old}[v]  # fmt: skip
    pages = build(ctx, c)
    cover = v == "cover"
    f = {
        "title": title, "people": roles, "issuer": publisher,
        "issued_on": None if cover else ym(d.year, d.month),
        "book": {"isbn": None if cover else number, "publisher": publisher, "edition": None if cover else edition},
    }  # fmt: skip
    claim = rng.choice([p["name"] for p in roles if p["role"] != "author" or v != "translated"])
    return doc("book", "book", v, pages, f, (claim, d.year))


def _names(c: dict) -> str:
    return "，".join(c["chief"])


def _cip_lines(ctx: Ctx, c: dict) -> list[str]:
    city = PUB_CITY[c["publisher"]]
    d = c["d"]
    if "orig" in c:
        resp = "，".join(f"（{c['nat']}）{o}" for o in c["orig"]) + "著；" + "，".join(c["trans"]) + "译"
    else:
        resp = _names(c) + c.get("verb", "主编")
    return [
        "图书在版编目（CIP）数据", "", f"{c['title']} / {resp}. —{city}：{c['publisher']}，{d.year}.{d.month}",
        f"ISBN {c['isbn']}", "", f"Ⅰ.①{c['title'][:2]}…  Ⅱ.①{c.get('chief', c.get('trans'))[0]}…  Ⅲ.①…  Ⅳ.①"
        f"{ctx.rng.choice(['S', 'R', 'TU', 'G', 'X'])}{ctx.rng.randint(1, 999)}", "",
        f"中国版本图书馆CIP数据核字（{d.year}）第{ctx.rng.randint(10000, 299999)}号",
    ]  # fmt: skip


def _imprint(ctx: Ctx, c: dict) -> list[tuple[str, str]]:
    d = c["d"]
    reprint = d.replace(year=max(d.year, min(d.year + ctx.rng.randint(0, 2), 2024)))
    taken: set[str] = set(c.get("chief", [])) | set(c.get("trans", []))
    return [
        ("责任编辑", people(ctx.rng, 1, taken)[0]), ("出版发行", c["publisher"]),
        ("地    址", f"{PUB_CITY[c['publisher']]}市{ctx.rng.choice(DISTRICTS[PUB_CITY[c['publisher']]])}"
                     f"{ctx.rng.choice(['文化路', '出版路', '学院路'])}{ctx.rng.randint(1, 99)}号"),
        ("印    刷", f"{ctx.rng.choice(['北京', '济南', '郑州', '长沙'])}{ctx.rng.choice(['华艺', '新华', '宏达'])}印刷有限公司"),
        ("开    本", ctx.rng.choice(["787mm×1092mm  1/16", "710mm×1000mm  1/16", "889mm×1194mm  1/32"])),
        ("印    张", f"{ctx.rng.randint(10, 30)}.{ctx.rng.choice([0, 5])}"),
        ("字    数", f"{ctx.rng.randint(200, 600)}千字"), ("版    次", c["edition"]),
        ("印    次", f"{reprint.year}年{reprint.month}月第{ctx.rng.randint(1, 4)}次印刷"),
        ("书    号", f"ISBN {c['isbn']}"), ("定    价", f"{ctx.rng.randint(28, 128)}.00元"),
    ]  # fmt: skip


def _copyright(pg: Page, ctx: Ctx, c: dict, y: float) -> float:
    for s in _cip_lines(ctx, c):
        if not s:
            y += 3.0
        elif s.startswith("图书"):
            pg.text(28, y, s, 11.5, ctx.bold)
            y += 6.5
        else:
            y = pg.wrap(28, y, pg.w - 56, s, 10.5, ctx.body, lead=1.6)
    pg.line(28, y + 2, pg.w - 28, y + 2, 0.3)
    return kit.pairs(pg, ctx, 28, y + 8, _imprint(ctx, c), 10.5, 24, "  ", 1.9)


def _bk_cover(ctx: Ctx, c: dict) -> list[Page]:
    tint = ctx.rng.choice([(40, 90, 60), (30, 60, 120), (140, 60, 30), (90, 90, 90)])
    pg = Page(185.0, 260.0, bg=(248, 246, 238))
    pg.rect(0, 0, pg.w, 120, 0.0, tint, tint)
    pg.wrap(18, 40, pg.w - 36, c["title"], 26, ctx.bold, lead=1.35)
    # the title is white on the band: re-colour its ops
    pg.ops = [op if op[0] != "text" else op[:6] + ((255, 255, 255),) for op in pg.ops]
    pg.text(pg.w / 2, 140, f"{'  '.join(c['chief'])}  {c['verb']}", 15, ctx.body, "c")
    pg.text(pg.w / 2, 232, c["publisher"], 14, ctx.bold, "c", tint)
    return [pg]


def _bk_cip(ctx: Ctx, c: dict) -> list[Page]:
    pg = kit.portrait()
    _copyright(pg, ctx, c, 60)
    pg.text(pg.w / 2, 270, "版权所有  侵权必究", 10, ctx.body, "c")
    return [pg]


def _credits_page(pg: Page, ctx: Ctx, c: dict, y: float, gap: str = "  ") -> float:
    for lab, names in (("主  编", c["chief"]), ("副主编", c["deputy"]), ("编  委", c["board"])):
        if not names:
            continue
        if lab == "编  委":
            pg.text(pg.w / 2, y, "编  委（按姓氏笔画排序）", 12, ctx.body, "c")
            y += 8
            for i in range(0, len(names), 4):
                pg.text(pg.w / 2, y, gap.join(names[i : i + 4]), 12, ctx.body, "c")
                y += 7.5
        else:
            pg.text(pg.w / 2, y, f"{lab}  {gap.join(names)}", 12.5, ctx.body, "c")
            y += 9
    return y


def _bk_title_cip(ctx: Ctx, c: dict) -> list[Page]:
    p1 = kit.portrait()
    y = p1.wrap(30, 60, p1.w - 60, c["title"], 24, ctx.bold, lead=1.4)
    _credits_page(p1, ctx, c, y + 24)
    p1.text(p1.w / 2, 250, c["publisher"], 14, ctx.bold, "c")
    p2 = kit.portrait()
    _copyright(p2, ctx, c, 50)
    return [p1, p2]


def _bk_translated(ctx: Ctx, c: dict) -> list[Page]:
    p1 = kit.portrait()
    y = kit.centre(p1, ctx, 60, c["title"], kit.fit(c["title"], ctx.bold, 24, 170), True)
    y = kit.centre(p1, ctx, y + 16, f"〔{c['nat']}〕" + "  ".join(c["orig"]) + "  著", 13)
    kit.centre(p1, ctx, y + 2, "  ".join(c["trans"]) + "  译", 13)
    p1.text(p1.w / 2, 250, c["publisher"], 14, ctx.bold, "c")
    p2 = kit.portrait()
    y = _copyright(p2, ctx, c, 50)
    p2.text(
        28, y + 6, f"著作权合同登记号  图字：01-{c['d'].year - 1}-{ctx.rng.randint(1000, 9999)}", 10, ctx.body
    )
    return [p1, p2]


def _bk_committee(ctx: Ctx, c: dict) -> list[Page]:
    pg = kit.portrait()
    y = kit.centre(pg, ctx, 30, f"《{c['title']}》", 15, True)
    y = kit.centre(pg, ctx, y, "编 写 委 员 会", 18, True)
    y = _credits_page(pg, ctx, c, y + 8, "　")
    pg.line(28, y + 6, pg.w - 28, y + 6, 0.4)
    kit.pairs(pg, ctx, 28, y + 14, [("书名", c["title"])] + _imprint(ctx, c)[1:], 10.5, 24, "：", 1.9)
    return [pg]


def _bk_old(ctx: Ctx, c: dict) -> list[Page]:
    pg = kit.portrait()
    city = PUB_CITY[c["publisher"]]
    imp = dict(_imprint(ctx, c))
    lines = [
        (c["title"], 15, True), (f"{'  '.join(c['chief'])}  {c['verb']}", 12, False), ("＊", 10, False),
        (f"{c['publisher']}出版发行", 11, False), (f"（{city}市{imp['地    址'][len(city) + 1:]}）", 10, False),
        (f"{imp['印    刷']}印刷    新华书店经销", 10, False), ("＊", 10, False),
        (f"开本 {imp['开    本']}   印张 {imp['印    张']}   字数 {imp['字    数']}", 10, False),
        (f"{c['edition']}    {imp['印    次']}", 10, False), (f"印数：1—{ctx.rng.choice([2000, 3000, 5000])}册", 10, False),
        (f"ISBN {c['isbn']}", 10.5, False), (f"定价：{imp['定    价']}", 10, False),
    ]  # fmt: skip
    y = 150.0
    for s, size, bold in lines:
        y = kit.centre(pg, ctx, y, s, size, bold)
    pg.rect(40, 140, pg.w - 40, y + 4, 0.3)
    return [pg]
