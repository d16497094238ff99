"""Journal articles, books, patents, awards and project completion certificates."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import (
    DATE_STYLES,
    ZIP,
    Ctx,
    Words,
    cn_num,
    fmt_date,
    fmt_month,
    isbn13_check,
    journals,
    name,
    names,
    patent_check,
    place,
    rand_date,
    supervisor,
    unit,
    univ,
)
from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page, width_mm

A4 = (210.0, 297.0)
A4L = (297.0, 210.0)
B5 = (176.0, 250.0)


def _claim_rank(ctx: Ctx, n: int) -> int:
    r = ctx.rng.random()
    if r < 0.35 or n == 1:
        return 1
    if r < 0.8:
        return ctx.rng.randint(2, min(5, n))
    return ctx.rng.randint(min(5, n), n)


# ================================================================================================
# journal articles
# ================================================================================================
JOURNAL_LAYOUT = Words(
    "layout.journal",
    [
        "first",
        "toc",
        "cover-first",
        "cover-toc",
        "first-en",
        "toc-first",
        "cover-toc-first",
        "masthead-first",
    ],
)
BYLINE_SEP = Words("byline.sep", ["，", "  ", "、", "　", ", ", " "])
SUP_STYLE = Words(
    "byline.sup", ["digits", "letters", "digits-star", "digits-comma", "none-single", "letters-star"]
)
RUN_HEAD = Words(
    "runhead",
    [
        "{name}  {y}年第{v}卷第{i}期",
        "第{v}卷 第{i}期|{name}|Vol.{v} No.{i}",
        "{name} {y}，{v}（{i}）",
        "{name}|{y}年{m}月|第{v}卷第{i}期",
        "{name}  {y}年 第{i}期",
        "{name}|{y}, {v}({i})",
    ],
)
RUN_HEAD_NOVOL = Words(
    "runhead.novol",
    ["{name}  {y}年第{i}期", "{name}|{y}年{m}月|No.{i}", "{name} {y}（{i}）", "第{i}期|{name}|{y}年{m}月"],
)
TOC_TITLE = Words("title.toc", ["目  次", "目录", "目 次", "CONTENTS 目录"])
ABS_LBL = Words(
    "label.abstract",
    [
        ("摘  要：", "关键词：", "中图分类号：", "文献标识码：", "文章编号："),
        ("【摘要】", "【关键词】", "【中图分类号】", "【文献标识码】", "【文章编号】"),
        ("摘要：", "关键词：", "中图分类号：", "文献标识码：", "文章编号："),
        ("摘 要 ", "关键词 ", "中图分类号 ", "文献标志码 ", "文章编号 "),
    ],
)
BIO_TPL = Words(
    "bio",
    [
        "作者简介：{n}（{b}—），{s}，{p}人，{t}，主要从事{f}研究。",
        "第一作者：{n}，{s}，{b}年生，{t}，研究方向为{f}。",
        "作者简介：{n}（{b}-），{s}，{p}人，{t}，研究方向：{f}。",
        "【作者简介】{n}，{s}，{t}，{b}年出生，从事{f}工作。",
    ],
)
TOPIC_A = [
    "不同施氮水平",
    "秸秆还田",
    "优质护理干预",
    "翻转课堂教学",
    "BIM技术",
    "有机肥替代",
    "中药复方",
    "智慧课堂",
    "滴灌水肥一体化",
    "早期康复训练",
    "项目式学习",
    "深度学习算法",
]
TOPIC_B = [
    "冬小麦产量",
    "土壤有机碳",
    "老年患者术后恢复",
    "高职学生学习成效",
    "建筑工程进度管理",
    "玉米品质",
    "糖尿病患者血糖控制",
    "初中数学课堂",
    "设施番茄生长",
    "脑卒中患者生活质量",
    "小学科学教学",
    "桥梁裂缝识别",
]
TITLE_TPL = [
    "{a}对{b}的影响",
    "基于{a}的{b}研究",
    "{a}在{b}中的应用",
    "{a}对{b}影响的试验研究",
    "{a}改善{b}的效果分析",
    "{a}条件下{b}的变化特征",
]
FIELDS_RES = [
    "作物栽培",
    "土壤肥料",
    "临床护理",
    "职业教育",
    "工程管理",
    "中药药理",
    "教育技术",
    "植物营养",
    "康复医学",
    "计算机视觉",
]
TITLES_ACAD = [
    "副教授",
    "教授",
    "讲师",
    "高级农艺师",
    "主管护师",
    "副主任医师",
    "高级工程师",
    "博士研究生",
    "硕士",
    "高级教师",
]
CLC = ["S512.1", "S158.3", "R473.5", "G712", "TU17", "R259", "G434", "S641.2", "R493", "TP391.41"]


def _article(ctx: Ctx, prov: str) -> tuple[str, list[str], list[str]]:
    rng = ctx.rng
    title = rng.choice(TITLE_TPL).format(a=rng.choice(TOPIC_A), b=rng.choice(TOPIC_B))
    authors = names(rng, rng.choice([1, 2, 3, 3, 4, 5, 6, 7]))
    affs = [
        univ(rng, prov) if i == 0 or rng.random() < 0.5 else unit(rng)
        for i in range(rng.randint(1, min(3, len(authors))))
    ]
    return title, authors, list(dict.fromkeys(affs))


def _byline(ctx: Ctx, authors: list[str], n_aff: int, sup: str, sep: str) -> list[tuple[str, bool]]:
    parts: list[tuple[str, bool]] = []
    for i, a in enumerate(authors):
        if i:
            parts.append((sep, False))
        parts.append((a, False))
        if sup.startswith("none") and n_aff == 1:
            continue
        idx = min(i, n_aff - 1) if i < n_aff else ctx.rng.randrange(n_aff)
        mark = str(idx + 1) if sup.startswith("digits") else "abc"[idx]
        if sup == "digits-comma" and n_aff > 1 and i == 0:
            mark = "1,2"
        if sup.endswith("star") and i == 0:
            mark += "*"
        parts.append((mark, True))
    return parts


def _first_page(
    ctx: Ctx,
    pg: Page,
    jn: dict,
    title: str,
    authors: list[str],
    affs: list[str],
    english: bool,
    show_issn: bool,
    show_cn: bool,
) -> None:
    rng = ctx.rng
    head = ctx.p(RUN_HEAD if jn["volume"] else RUN_HEAD_NOVOL).format(
        name=jn["name"], y=jn["year"], v=jn["volume"], i=jn["issue"], m=jn["month"]
    )
    hp = head.split("|")
    if len(hp) == 1:
        pg.text(18, 12, hp[0], 9, ctx.body)
    else:
        for txt, x, al in zip(hp, [18, pg.w / 2, pg.w - 18], ["l", "c", "r"], strict=False):
            pg.text(x, 12, txt, 9, ctx.body, al)
    if show_cn or show_issn:
        s = "  ".join(([f"ISSN {jn['issn']}"] if show_issn else []) + ([f"CN {jn['cn']}"] if show_cn else []))
        pg.text(pg.w - 18, 17, s, 8, ctx.body, "r")
    pg.line(18, 21, pg.w - 18, 21, 0.4)
    pg.text(18, 24, f"DOI: 10.{rng.randint(11000, 13999)}/j.cnki.{rng.randint(1000, 9999)}", 7.5, ctx.body)
    yy = (
        pg.wrap(30, 32, pg.w - 60, title, 18, ctx.bold, 1.5)
        if width_mm(title, ctx.bold, 18) > pg.w - 60
        else None
    )
    if yy is None:
        pg.text(pg.w / 2, 32, title, 18, ctx.bold, "c")
        yy = 42.0
    yy += 2
    sup = ctx.p(SUP_STYLE)
    sep = ctx.p(BYLINE_SEP)
    n_aff = len(affs)
    parts = _byline(ctx, authors, n_aff, sup, sep)
    yy = pg.runs(pg.w / 2, yy, parts, 12.5, ctx.body)
    if english:
        en = ", ".join(_pinyin(a) for a in authors)
        pg.text(pg.w / 2, yy, en, 9.5, ctx.body, "c")
        yy += 6
    city = rng.choice(list(ZIP))
    aff_s = "；".join(
        (f"{i + 1}. " if n_aff > 1 else "") + f"{a}，{prov_of(city)} {city} {ZIP[city]}"
        for i, a in enumerate(affs)
    )
    yy = pg.wrap(25, yy, pg.w - 50, f"（{aff_s}）", 9.5, ctx.body, 1.5)
    yy += 3
    lab = ctx.p(ABS_LBL)
    abs_txt = (
        f"{lab[0]}为探究{title[:12]}的作用机制，本研究选取典型样本开展对照试验，系统分析了相关指标的变化规律。结果表明，"
        "处理组各项指标均显著优于对照组（P<0.05）。该方法具有较好的推广应用价值，可为相关领域的实践提供参考。"
    )
    yy = pg.wrap(25, yy, pg.w - 50, abs_txt, 10, ctx.body, 1.6)
    yy = pg.wrap(
        25, yy, pg.w - 50, f"{lab[1]}{title[:4]}；{title[-4:]}；对照试验；效果评价", 10, ctx.body, 1.6
    )
    code = (
        f"{jn['issn']}({jn['year']}){int(jn['issue']):02d}-{rng.randint(1, 300):04d}-{rng.randint(4, 12):02d}"
    )
    pg.text(
        25,
        yy,
        f"{lab[2]}{rng.choice(CLC)}    {lab[3]}A    " + (f"{lab[4]}{code}" if show_issn else ""),
        9.5,
        ctx.body,
    )
    yy += 9
    if english:
        pg.text(pg.w / 2, yy, "Effects of the Treatment on the Target Indicators", 12, ctx.bold, "c")
        yy += 8
        pg.text(
            pg.w / 2,
            yy,
            ", ".join(_pinyin(a).upper() for a in authors[:3]) + (" et al." if len(authors) > 3 else ""),
            9,
            ctx.body,
            "c",
        )
        yy += 8
    # two-column body
    colw = (pg.w - 50 - 6) / 2
    body = (
        "0 引言|近年来，随着相关研究的不断深入，该领域受到广泛关注。已有研究多集中于单一因素的分析，缺乏系统性的比较。"
        "本文在前人工作的基础上，结合实际情况，设计了对照试验，以期为生产实践提供理论依据。|1 材料与方法|"
        "1.1 试验设计 试验于当地试验基地进行，采用随机区组设计，设置3个处理，每个处理重复3次。"
    )
    filler = (
        "各处理在相同的管理条件下进行，观测记录按统一标准执行，数据经整理后进行方差分析和多重比较，"
        "以明确不同处理之间的差异及其规律。"
    ) * 3
    chunks = body.split("|") + [
        "1.2 测定项目与方法",
        "各指标均按国家标准方法测定，数据采用SPSS 22.0进行统计分析。" + filler,
        "2 结果与分析",
        filler,
        "2.1 主要指标的变化",
        filler * 2,
    ]
    col, yc = 0, yy
    for i, chunk in enumerate(chunks):
        is_head = i % 2 == 0
        xc = 25 + col * (colw + 6)
        cur = ""
        for ch in chunk:
            if width_mm(cur + ch, ctx.body, 9.5) > colw - (0 if is_head or cur != chunk[: len(cur)] else 0):
                pg.text(xc, yc, cur, 9.5, ctx.bold if is_head else ctx.body)
                yc += 5.5
                cur = ch
                if yc > 238:
                    if col == 1:
                        break
                    col, yc = 1, yy
                    xc = 25 + colw + 6
            else:
                cur += ch
        else:
            if cur:
                pg.text(xc, yc, cur, 9.5, ctx.bold if is_head else ctx.body)
                yc += 5.5
            if yc > 238 and col == 0:
                col, yc = 1, yy
            continue
        break
    # footnote block
    fy = 245.0
    pg.line(25, fy, 90, fy, 0.3)
    fy += 2
    recv = jn["recv"]
    bio = ctx.p(BIO_TPL).format(
        n=authors[0],
        b=rng.randint(1965, 1995),
        s=rng.choice(["男", "女"]),
        p=f"{prov_of(city)}{city}",
        t=rng.choice(TITLES_ACAD),
        f=rng.choice(FIELDS_RES),
    )
    notes = [
        f"收稿日期：{recv.isoformat()}"
        + (f"；修回日期：{(recv + dt.timedelta(days=40)).isoformat()}" if rng.random() < 0.5 else ""),
        f"基金项目：{rng.choice(['国家自然科学基金项目', '山东省自然科学基金项目', '河南省科技攻关项目', '湖南省教育厅科学研究项目'])}"
        f"（{rng.randint(2016, 2022)}{rng.choice(['ZR', 'A', 'JJ', ''])}{rng.randint(1000, 99999)}）",
        bio,
    ]
    if len(authors) > 1 and rng.random() < 0.6:
        notes.append(
            f"通信作者：{authors[-1] if rng.random() < 0.5 else authors[1]}，E-mail：{rng.randint(10000, 99999)}@163.com"
        )
    for n in notes:
        fy = pg.wrap(25, fy, pg.w - 50, n, 8, ctx.body, 1.5)
    pg.text(pg.w / 2, 285, str(rng.randint(1, 300)), 9, ctx.body, "c")


PINYIN = dict(
    zip(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Xu "
        "Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Yu Du Ye Cheng Su Wei Lü Ding Ren Shen Yao Lu "
        "Jiang Cui Zhong Tan Lu Wang Fan Jin Shi".split(),
        strict=False,
    )
)


def _pinyin(n: str) -> str:
    sur = PINYIN.get(n[0], "Zhang")
    given = "".join(
        ["Li", "Ming", "Hua", "Jun", "Xia", "Fang", "Wei", "Qiang"][ord(c) % 8] for c in n[1:3]
    ).lower()
    return f"{sur} {given.capitalize()}"


def prov_of(city: str) -> str:
    from bench.blind.common import PROVINCES

    return next(p for p, cs in PROVINCES.items() if city in cs)


def _cover(ctx: Ctx, pg: Page, jn: dict, show_sup: bool, entries: list[tuple[str, list[str]]]) -> None:
    rng = ctx.rng
    pg.rect(0, 0, pg.w, 70, 0, fill=rng.choice([(200, 225, 240), (235, 220, 200), (215, 235, 215)]))
    pg.text(pg.w / 2, 25, jn["name"], 40 if len(jn["name"]) <= 6 else 30, ctx.bold, "c")
    pg.text(
        pg.w / 2,
        58,
        f"{rng.choice(['月刊', '双月刊', '半月刊'])}  {rng.randint(1956, 1995)}年创刊",
        12,
        ctx.body,
        "c",
    )
    pg.text(
        pg.w / 2,
        80,
        f"{jn['year']}年 第{jn['issue']}期" + (f"  第{jn['volume']}卷" if jn["volume"] else ""),
        16,
        ctx.bold,
        "c",
    )
    yy = 100.0
    for t, au in entries[:5]:
        pg.text(30, yy, t, 12, ctx.body)
        pg.text(pg.w - 30, yy + 6, "、".join(au[:3]) + ("等" if len(au) > 3 else ""), 10, ctx.body, "r")
        yy += 16
    yb = 240.0
    if show_sup:
        pg.text(30, yb, f"主管：{jn['sup']}", 11, ctx.body)
        pg.text(30, yb + 7, f"主办：{jn['host']}", 11, ctx.body)
    pg.text(pg.w - 30, yb, f"ISSN {jn['issn']}", 12, ctx.body, "r")
    pg.text(pg.w - 30, yb + 7, f"CN {jn['cn']}", 12, ctx.body, "r")


def _toc(
    ctx: Ctx, pg: Page, jn: dict, entries: list[tuple[str, list[str]]], mark: int, show_ids: bool
) -> None:
    rng = ctx.rng
    pg.text(
        pg.w / 2,
        14,
        f"{jn['name']}  {jn['year']}年第{jn['issue']}期"
        + (f"（第{jn['volume']}卷）" if jn["volume"] else ""),
        11,
        ctx.body,
        "c",
    )
    pg.text(pg.w / 2, 24, ctx.p(TOC_TITLE), 20, ctx.bold, "c")
    yy = 40.0
    page_no = rng.randint(1, 40)
    sections = ["研究论文", "综述", "技术与方法", "教学研究", "临床研究"]
    for i, (t, au) in enumerate(entries):
        if i % 4 == 0:
            pg.text(22, yy, f"·{rng.choice(sections)}·", 11, ctx.bold)
            yy += 8
        if i == mark:
            pg.rect(20, yy - 1.5, pg.w - 20, yy + 13, 0, fill=(255, 240, 120))
        pg.text(24, yy, t, 11, ctx.body)
        lead = "…" * 3
        pg.text(pg.w - 22, yy, f"{lead}（{page_no}）", 10, ctx.body, "r")
        pg.text(34, yy + 6, "  ".join(au), 9.5, ctx.body)
        yy += 15
        page_no += rng.randint(5, 12)
    if show_ids:
        pg.text(pg.w / 2, 282, f"ISSN {jn['issn']}    CN {jn['cn']}", 9, ctx.body, "c")


def _masthead(ctx: Ctx, pg: Page, jn: dict) -> None:
    """The journal's imprint page (版权页): 主管, 主办, 编辑出版 and the identifiers."""
    pg.text(pg.w / 2, 30, jn["name"], 24, ctx.bold, "c")
    pg.text(
        pg.w / 2,
        44,
        f"{jn['year']}年第{jn['issue']}期" + (f"  第{jn['volume']}卷" if jn["volume"] else ""),
        13,
        ctx.body,
        "c",
    )
    pairs = [
        ("主管", jn["sup"]),
        ("主办", jn["host"]),
        ("编辑出版", f"《{jn['name']}》编辑部"),
        ("主编", name(ctx.rng)),
        ("国际标准连续出版物号", f"ISSN {jn['issn']}"),
        ("国内统一连续出版物号", f"CN {jn['cn']}"),
        ("定价", "20.00元"),
    ]
    label_lines(pg, ctx, 40, 70, pairs, 12, "：", 2.5, 55.0)


def journal_article(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.p(JOURNAL_LAYOUT)
    j = rng.choice(journals())
    prov = rng.choice(["山东", "河南", "湖南"])
    year = rng.randint(2016, 2024)
    issue = rng.randint(1, 12)
    has_vol = rng.random() < 0.75
    sup, level = supervisor(rng, j)
    jn = {
        "name": j.name,
        "issn": j.issn,
        "cn": j.cn,
        "year": year,
        "volume": str(year - rng.randint(1960, 1995)) if has_vol else "",
        "issue": str(issue),
        "month": issue,
        "sup": sup,
        "host": f"{j.name[:2]}学会" if rng.random() < 0.5 else f"{univ(rng)}",
        "recv": dt.date(year - 1, rng.randint(1, 12), rng.randint(1, 28)),
    }
    if not has_vol:
        jn["volume"] = ""
    title, authors, affs = _article(ctx, prov)
    others = [(_article(ctx, prov)[0], names(rng, rng.randint(1, 4))) for _ in range(7)]
    mark = rng.randint(0, 6)
    entries = others[:mark] + [(title, authors)] + others[mark:]
    pages: list[Page] = []
    shows = {"issn": False, "cn": False, "sup": False, "first": False, "vol": False}
    for part in fam.split("-"):
        pg = Page(*A4)
        if part == "first" or part == "en":
            if part == "en":
                continue
            si, sc = rng.random() < 0.75, rng.random() < 0.35
            _first_page(ctx, pg, jn, title, authors, affs, fam == "first-en" or rng.random() < 0.25, si, sc)
            shows["issn"] |= si
            shows["cn"] |= sc
            shows["first"] = True
            shows["vol"] = True
        elif part == "toc":
            si = rng.random() < 0.5
            _toc(ctx, pg, jn, entries, mark, si)
            shows["issn"] |= si
            shows["cn"] |= si
            shows["vol"] = True
        elif part == "cover":
            ss = rng.random() < 0.7
            _cover(ctx, pg, jn, ss, entries if rng.random() < 0.5 else [])
            shows["issn"] = shows["cn"] = True
            shows["sup"] |= ss
        elif part == "masthead":
            _masthead(ctx, pg, jn)
            shows["issn"] = shows["cn"] = shows["sup"] = True
        pages.append(pg)
    if fam == "first-en":
        pages = pages[:1]
    if not shows["vol"] or not has_vol:
        # first pages always print the volume when the journal has one (via the running header); covers and TOCs too
        pass
    volume_shown = has_vol and any(
        f"第{jn['volume']}卷" in " ".join(p.lines())
        or f"Vol.{jn['volume']}" in " ".join(p.lines())
        or f"，{jn['volume']}（" in " ".join(p.lines())
        or f", {jn['volume']}(" in " ".join(p.lines())
        for p in pages
    )
    levels = list(j.base_levels) + ([level] if shows["sup"] else [])
    journal = {
        "name": j.name,
        "issn": j.issn if shows["issn"] else None,
        "cn": j.cn if shows["cn"] else None,
        "year": year,
        "volume": jn["volume"] if volume_shown else None,
        "issue": str(issue),
        "levels": levels,
    }
    people = [{"name": a, "rank": i + 1, "role": "author"} for i, a in enumerate(authors)]
    scored = ["journal.name", "journal.year", "journal.issue", "journal.levels"]
    scored += ["journal.issn"] if shows["issn"] else []
    scored += ["journal.cn"] if shows["cn"] else []
    scored += ["journal.volume"] if volume_shown else []
    if shows["first"]:
        scored = ["title", "people"] + scored
    claim = authors[_claim_rank(ctx, len(authors)) - 1]
    fields = dict(holder=None, people=people, title=title, journal=journal)
    return Doc("journal_article", f"journal-{fam}", pages, fields, scored, {"person": claim, "year": year})


# ================================================================================================
# books
# ================================================================================================
BOOK_LAYOUT = Words(
    "layout.book",
    [
        "cover-cip",
        "cip",
        "title-cip-board",
        "cover",
        "cip-board",
        "board-cip",
        "cover-title-cip",
        "translation-cip",
    ],
)
CIP_HEAD = Words(
    "title.cip",
    ["图书在版编目（CIP）数据", "图书在版编目(CIP)数据", "图书在版编目 (CIP) 数据", "在版编目（CIP）数据"],
)
BOARD_HEAD = Words(
    "title.board", ["编委会", "《{t}》编委会", "编 委 会", "本书编写人员", "编写委员会", "编写人员名单"]
)
BOARD_LBL = Words(
    "label.board",
    [
        ("主编", "副主编", "编委"),
        ("主  编", "副 主 编", "编  委"),
        ("主 编", "副主编", "编委（按姓氏笔画排序）"),
        ("主编", "副主编", "参编人员"),
    ],
)
EDITOR_SUFFIX = Words("cover.editor", ["{n} 主编", "主编  {n}", "{n}◎主编", "主编：{n}"])
BOARD_STYLE = Words("board.style", ["grid", "grid-inline", "wrapped", "wrapped-spaces"])
PUBLISHERS = [
    ("人民卫生出版社", "117", "北京"),
    ("科学出版社", "03", "北京"),
    ("化学工业出版社", "122", "北京"),
    ("中国农业出版社", "109", "北京"),
    ("山东科学技术出版社", "5331", "济南"),
    ("河南科学技术出版社", "5349", "郑州"),
    ("湖南科学技术出版社", "5357", "长沙"),
    ("高等教育出版社", "04", "北京"),
    ("清华大学出版社", "302", "北京"),
    ("机械工业出版社", "111", "北京"),
    ("中国建筑工业出版社", "112", "北京"),
    ("山东大学出版社", "5607", "济南"),
]
BOOK_TITLES = [
    "现代{a}实用技术",
    "{a}临床实践指南",
    "{a}理论与实践",
    "基层{a}工作手册",
    "{a}新进展",
    "{a}教学设计与案例",
    "{a}质量控制与管理",
    "{a}技术规范",
]
BOOK_A = [
    "护理",
    "小麦栽培",
    "建筑施工",
    "中医康复",
    "小学数学",
    "畜禽养殖",
    "水利工程",
    "急诊医学",
    "果树栽培",
    "职业教育",
]


def book(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.p(BOOK_LAYOUT)
    pub, code, pcity = rng.choice(PUBLISHERS)
    title = rng.choice(BOOK_TITLES).format(a=rng.choice(BOOK_A))
    y, m = rng.randint(2014, 2024), rng.randint(1, 12)
    ed_no = rng.choice([1, 1, 1, 2, 3])
    edition = f"{y}年{m}月第{ed_no}版"
    d12 = "9787" + code + "".join(str(rng.randint(0, 9)) for _ in range(12 - 4 - len(code)))
    isbn = f"978-7-{code}-{d12[4 + len(code) :]}-{isbn13_check(d12)}"
    translation = fam == "translation-cip"
    chiefs = names(rng, rng.choice([1, 2, 2, 3]))
    deputies = names(rng, rng.randint(2, 5))
    board = names(rng, rng.randint(6, 18))
    seen = set(chiefs)
    deputies = [n for n in deputies if n not in seen]
    seen |= set(deputies)
    board = [n for n in board if n not in seen]
    foreign = rng.choice(["约翰·史密斯", "玛丽·琼斯", "大卫·布朗", "山田太郎"])
    country = {"约翰·史密斯": "美", "玛丽·琼斯": "英", "大卫·布朗": "美", "山田太郎": "日"}[foreign]
    translators = chiefs[:2]
    parts = fam.split("-")
    if translation:
        parts = ["cover", "cip"] if rng.random() < 0.5 else ["cip"]
    pages: list[Page] = []
    shown = {"chiefs": False, "board": False, "isbn": False, "edition": False, "publisher": False}
    ds_style = ctx.p(DATE_STYLES)
    for part in parts:
        pg = Page(*B5)
        if part == "cover":
            pg.rect(
                0,
                0,
                pg.w,
                pg.h,
                0,
                fill=rng.choice([(30, 70, 120), (120, 40, 40), (40, 100, 70), (240, 240, 235)]),
            )
            dark = pg.ops[-1][-1] != (240, 240, 235)
            col = (250, 250, 250) if dark else (20, 20, 20)
            pg.text(pg.w / 2, 60, title, 26 if len(title) <= 9 else 20, ctx.bold, "c", color=col)
            if translation:
                pg.text(pg.w / 2, 110, f"［{country}］{foreign} 著", 13, ctx.body, "c", color=col)
                pg.text(pg.w / 2, 119, f"{'  '.join(translators)} 译", 13, ctx.body, "c", color=col)
            else:
                pg.text(
                    pg.w / 2,
                    110,
                    ctx.p(EDITOR_SUFFIX).format(n="  ".join(chiefs)),
                    13,
                    ctx.body,
                    "c",
                    color=col,
                )
            pg.text(pg.w / 2, 225, pub, 14, ctx.bold, "c", color=col)
            shown["chiefs"] = shown["publisher"] = True
        elif part == "title":
            pg.text(pg.w / 2, 70, title, 22, ctx.bold, "c")
            pg.text(pg.w / 2, 110, ctx.p(EDITOR_SUFFIX).format(n="  ".join(chiefs)), 13, ctx.body, "c")
            pg.text(pg.w / 2, 210, pub, 13, ctx.body, "c")
            pg.text(pg.w / 2, 218, pcity, 11, ctx.body, "c")
            shown["chiefs"] = shown["publisher"] = True
        elif part == "cip":
            yy = 30.0
            pg.text(20, yy, ctx.p(CIP_HEAD), 11, ctx.bold)
            yy += 9
            resp = (
                f"（{country}）{foreign}著；{'，'.join(translators)}译"
                if translation
                else f"{'，'.join(chiefs)}主编"
            )
            cip = (
                f"{title}/{resp}. —{pcity}：{pub}，{y}.{m}  ISBN {isbn}  Ⅰ.①{title[:2]}… Ⅱ.①{(translators if translation else chiefs)[0]}"
                f"… Ⅲ.①{title[-4:]}—研究 Ⅳ.①{rng.choice(CLC)}"
            )
            yy = pg.wrap(20, yy, pg.w - 40, cip, 10, ctx.body, 1.7, 7)
            yy += 3
            pg.text(
                20, yy, f"中国版本图书馆CIP数据核字（{y}）第{rng.randint(10000, 299999):06d}号", 10, ctx.body
            )
            yy += 14
            pg.line(20, yy, pg.w - 20, yy, 0.3)
            yy += 6
            pairs = [
                ("书    名", title),
                ("责任编辑", name(rng)),
                ("出版发行", pub),
                ("地    址", f"{pcity}市某区某路{rng.randint(1, 200)}号"),
                ("印    刷", f"{pcity}新华印刷厂"),
                ("开    本", rng.choice(["787mm×1092mm 1/16", "710mm×1000mm 1/16", "889mm×1194mm 1/16"])),
                ("印    张", f"{rng.randint(10, 40)}.{rng.choice([0, 5, 25, 75])}"),
                ("字    数", f"{rng.randint(200, 900)}千字"),
                ("版    次", edition),
                ("印    次", f"{y}年{m}月第1次印刷"),
                ("书    号", f"ISBN {isbn}"),
                ("定    价", f"{rng.randint(28, 168)}.00元"),
            ]
            label_lines(pg, ctx, 20, yy, pairs, 9.5, "：" if rng.random() < 0.5 else "  ", 2.0)
            shown.update(chiefs=True, isbn=True, edition=True, publisher=True)
        elif part == "board":
            yy = 28.0
            pg.text(pg.w / 2, yy, ctx.p(BOARD_HEAD).format(t=title), 16, ctx.bold, "c")
            yy += 16
            lbl = ctx.p(BOARD_LBL)
            style = ctx.p(BOARD_STYLE)
            for lab, group in zip(lbl, (chiefs, deputies, board), strict=True):
                if style == "grid":
                    pg.text(22, yy, lab, 12, ctx.bold)
                    yy += 8
                    cols = 4
                    for r in range(0, len(group), cols):
                        for c, n in enumerate(group[r : r + cols]):
                            pg.text(30 + c * 32, yy, n, 11.5, ctx.body)
                        yy += 7
                    yy += 5
                elif style == "grid-inline":
                    pg.text(22, yy, lab, 12, ctx.bold)
                    for r in range(0, len(group), 3):
                        for c, n in enumerate(group[r : r + 3]):
                            pg.text(62 + c * 30, yy, n, 11.5, ctx.body)
                        yy += 7
                    yy += 4
                else:
                    sep = "、" if style == "wrapped" else "  "
                    yy = pg.wrap(22, yy, pg.w - 44, f"{lab}：" + sep.join(group), 11.5, ctx.body, 1.9) + 3
            shown["chiefs"] = shown["board"] = True
        pages.append(pg)
    people: list[dict] = []
    if translation:
        people = [{"name": foreign, "rank": 1, "role": "author"}] + [
            {"name": t, "rank": i + 2, "role": "translator"} for i, t in enumerate(translators)
        ]
    elif shown["board"]:
        order = (
            [(n, "editor_in_chief") for n in chiefs]
            + [(n, "deputy_editor") for n in deputies]
            + [(n, "editorial_board") for n in board]
        )
        people = [{"name": n, "rank": i + 1, "role": r} for i, (n, r) in enumerate(order)]
    else:
        people = [{"name": n, "rank": i + 1, "role": "editor_in_chief"} for i, n in enumerate(chiefs)]
    bk = {
        "isbn": isbn if shown["isbn"] else None,
        "publisher": pub,
        "edition": edition if shown["edition"] else None,
    }
    fields = dict(
        holder=None,
        people=people,
        title=title,
        issuer=pub,
        book=bk,
        issued_on=f"{y}-{m:02d}" if shown["edition"] else None,
    )
    scored = (
        ["title", "people", "issuer", "book.publisher"]
        + (["book.isbn"] if shown["isbn"] else [])
        + (["book.edition"] if shown["edition"] else [])
    )
    if "cip" not in parts and "title" not in parts and "cover" not in parts:
        scored = [s for s in scored if s not in ("title",)]
    claim = [p for p in people if p["role"] != "author"] or people
    who = claim[min(len(claim) - 1, _claim_rank(ctx, len(claim)) - 1)]["name"]
    del ds_style
    return Doc("book", f"book-{fam}", pages, fields, scored, {"person": who, "year": y})


# ================================================================================================
# patents
# ================================================================================================
PATENT_LAYOUT = Words("layout.patent", ["classic", "table", "classic-two-page", "centered"])
PATENT_TITLE = Words("title.patent", ["{k}专利证书", "{ks}"])
PATENT_NO_FMT = Words(
    "patent.no", ["ZL {y} {t} {s}.{c}", "ZL{y}{t}{s}.{c}", "ZL {y}{t}{s}.{c}", "ZL{y} {t} {s}.{c}"]
)
INVENTOR_SEP = Words("inventor.sep", ["；", "、", ";", "  "])
PAT_LBL = Words(
    "label.patent",
    [
        ("发 明 名 称", "发 明 人", "专 利 号", "专利申请日", "专 利 权 人", "授权公告日", "授权公告号"),
        ("发明名称", "发明人", "专利号", "申请日", "专利权人", "授权公告日", "授权公告号"),
    ],
)
PAT_TOPICS = [
    "一种秸秆还田装置",
    "一种智能温室环境监测系统",
    "一种护理用翻身辅助床",
    "一种便携式土壤采样器",
    "一种建筑外墙保温结构",
    "一种中药饮片炮制方法",
    "一种畜禽粪污发酵处理设备",
    "一种基于深度学习的路面裂缝检测方法",
    "一种多功能教学演示装置",
    "一种果树修剪用伸缩剪",
    "一种输液架",
    "一种水利闸门启闭机防护罩",
]
KIND_CN = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.p(PATENT_LAYOUT)
    kind = rng.choice(["invention", "utility_model", "utility_model", "design"])
    kcn = KIND_CN[kind]
    topic = rng.choice(PAT_TOPICS)
    if kind == "design":
        topic = rng.choice(["茶具（青花）", "包装盒（月饼）", "台灯", "教学用展板", "护理推车"])
    elif kind == "utility_model" and "方法" in topic:
        topic = topic.replace("方法", "装置")
    applied = rand_date(rng, 2014, 2022)
    granted = applied + dt.timedelta(
        days=rng.randint(700, 1100) if kind == "invention" else rng.randint(120, 360)
    )
    tdig = {"invention": "1", "utility_model": "2", "design": "3"}[kind]
    serial = f"{rng.randint(0, 1999999):07d}" if kind != "invention" else f"{rng.randint(0, 1599999):07d}"
    d12 = f"{applied.year}{tdig}{serial}"
    chk = patent_check(d12)
    number = f"ZL{d12}.{chk}"
    no_s = ctx.p(PATENT_NO_FMT).format(y=applied.year, t=tdig, s=serial, c=chk)
    inv = names(rng, rng.randint(1, 7))
    if rng.random() < 0.3:
        inv[rng.randrange(len(inv))] = rng.choice(
            ["包朝乐萌", "欧阳明华", "司马晓东", "上官婉清", "乌云其木格"]
        )
        inv = list(dict.fromkeys(inv))
    prov, city = place(rng)
    owner = univ(rng, prov) if rng.random() < 0.6 else unit(rng, city)
    ds = ctx.p(DATE_STYLES)
    lbl = list(ctx.p(PAT_LBL))
    if kind == "utility_model":
        lbl[0] = "实用新型名称"
    if kind == "design":
        lbl[0] = "使用外观设计的产品名称" if " " not in lbl[1] else "外观设计名称"
        lbl[1] = "设 计 人" if " " in lbl[1] else "设计人"
    tt = ctx.p(PATENT_TITLE).format(k=kcn, ks="  ".join(kcn + "专利证书"))
    pg = Page(*A4)
    frame(pg, ctx, 2)
    pg.text(pg.w - 30, 24, f"证书号第{rng.randint(1000000, 9999999)}号", 11, ctx.body, "r")
    yy = heading(pg, ctx, tt, 40, 30) + 12
    pub_no = (
        f"CN {rng.randint(100000000, 119999999) if kind == 'invention' else rng.randint(200000000, 219999999) if kind == 'utility_model' else rng.randint(300000000, 309999999)} "
        + {"invention": "B", "utility_model": "U", "design": "S"}[kind]
    )
    sep = ctx.p(INVENTOR_SEP)
    rows = [
        (lbl[0], topic),
        (lbl[1], sep.join(inv)),
        (lbl[2], no_s),
        (lbl[3], fmt_date(applied, ds)),
        (lbl[4], owner),
        ("地        址" if " " in lbl[0] else "地址", f"{prov}省{city}市"),
        (lbl[5], fmt_date(granted, ds)),
        (lbl[6], pub_no),
    ]
    x0 = 32
    if fam == "table":
        yy = (
            pg.table(x0, yy, [38, pg.w - 2 * x0 - 38], [[a, b] for a, b in rows], 12, ctx.body, row_h=11) + 10
        )
    elif fam == "centered":
        for a, b in rows:
            pg.text(pg.w / 2, yy, f"{a}：{b}", 13, ctx.body, "c")
            yy += 10
    else:
        for a, b in rows:
            pg.text(x0, yy, f"{a}：", 13, ctx.body)
            yy = pg.wrap(x0 + 36, yy, pg.w - 2 * x0 - 36, b, 13, ctx.body, 1.6) + 3
    yy += 6
    txt = (
        f"国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{kcn}专利证书并在专利登记簿上予以登记。"
        f"专利权自授权公告之日起生效。专利权期限为{'二十' if kind == 'invention' else '十' if applied.year < 2021 or kind == 'utility_model' else '十五'}年，自申请日起算。"
    )
    yy = pg.wrap(x0, yy, pg.w - 2 * x0, txt, 12, ctx.body, 1.8, 8)
    pages = [pg]
    chief = "申长雨" if granted.year < 2023 else "申长雨"
    pg.text(pg.w - 80, yy + 25, "局长", 13, ctx.body)
    pg.text(pg.w - 65, yy + 23, chief, 18, ctx.hand)
    pg.seal(pg.w - 60, yy + 28, 20, "国家知识产权局", rng.randint(0, 10**6))
    if fam == "classic-two-page":
        p2 = Page(*A4)
        frame(p2, ctx, 2)
        p2.text(p2.w / 2, 30, f"{kcn}专利证书（第2页）", 16, ctx.bold, "c")
        y2 = p2.wrap(32, 50, p2.w - 64, f"专利号：{no_s}", 12, ctx.body)
        y2 = p2.wrap(
            32,
            y2 + 4,
            p2.w - 64,
            "专利权人应当依照专利法及其实施细则规定缴纳年费。本专利的年费应当在每年"
            f"{applied.month:02d}月{applied.day:02d}日前缴纳。未按照规定缴纳年费的，专利权自应当缴纳年费期满之日起终止。",
            12,
            ctx.body,
            1.8,
            8,
        )
        y2 = p2.wrap(
            32,
            y2 + 6,
            p2.w - 64,
            "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、"
            "国籍、地址变更等事项记载在专利登记簿上。",
            12,
            ctx.body,
            1.8,
            8,
        )
        pages.append(p2)
    people = [{"name": n, "rank": i + 1, "role": "inventor"} for i, n in enumerate(inv)]
    fields = dict(
        holder=None,
        people=people,
        title=topic,
        issuer="国家知识产权局",
        issued_on=granted.isoformat(),
        patent={
            "kind": kind,
            "number": number,
            "applied_on": applied.isoformat(),
            "granted_on": granted.isoformat(),
        },
    )
    scored = [
        "title",
        "people",
        "issuer",
        "issued_on",
        "patent.kind",
        "patent.number",
        "patent.applied_on",
        "patent.granted_on",
    ]
    who = inv[_claim_rank(ctx, len(inv)) - 1]
    return Doc(
        "patent_certificate", f"patent-{fam}", pages, fields, scored, {"person": who, "year": granted.year}
    )


# ================================================================================================
# awards
# ================================================================================================
AWARD_LAYOUT = Words(
    "layout.award",
    ["personal", "list", "competition", "personal-table", "list-landscape", "competition-landscape"],
)
AWARD_TITLE = Words("title.award", ["获奖证书", "荣誉证书", "证书", "获 奖 证 书", "奖励证书", "荣 誉 证 书"])
RANK_FMT = Words(
    "rank.fmt", ["第{c}完成人", "排名第{n}", "（第{c}完成人）", "位次：{n}", "第{c}获奖者", "（排名第{c}）"]
)
AWARD_PARA = Words(
    "para.award",
    [
        "为表彰在{f}中做出突出贡献的单位和个人，特颁发此证书。",
        "{name}同志：|你参加完成的“{t}”项目荣获{award}{grade}。特发此证，以资鼓励。",
        "获奖项目：{t}|奖励等级：{grade}|获奖者：{name}",
        "{name}：|您完成的{t}获{y}年度{award}{grade}，特发此证。",
        "项目名称：{t}|获奖等级：{grade}|获奖人：{name}",
        "兹授予{name}同志{award}{grade}，获奖项目：《{t}》。",
    ],
)
AWARDS = [
    ("山东省科学技术进步奖", "science_technology", "provincial", "山东省人民政府"),
    ("{c}市科学技术进步奖", "science_technology", "municipal", "{c}市人民政府"),
    ("河南省社会科学优秀成果奖", "social_science", "provincial", "河南省人民政府"),
    ("{c}市社会科学优秀成果奖", "social_science", "municipal", "{c}市人民政府"),
    ("湖南省科学技术进步奖", "science_technology", "provincial", "湖南省人民政府"),
    ("{x}县科学技术进步奖", "science_technology", "county", "{x}县人民政府"),
    ("山东省社会科学优秀成果奖", "social_science", "provincial", "山东省人民政府"),
]
COUNTIES = ["宁阳", "东平", "平原", "齐河", "尉氏", "杞县", "桃江", "安化", "莱阳", "海阳"]
COMPETITIONS = [
    ("{c}市职业技能大赛", "{c}市人力资源和社会保障局", "municipal"),
    ("{p}省职业技能大赛", "{p}省人力资源和社会保障厅", "provincial"),
    ("{c}市青年教师教学技能大赛", "{c}市教育局", "municipal"),
    ("{p}省护理技能竞赛", "{p}省卫生健康委员会", "provincial"),
]
COMP_ITEMS = ["数控车工", "电工", "焊工", "汽车维修工", "中式烹调师", "农产品食品检验员", "育婴员"]
GRADES = ["一等奖", "二等奖", "三等奖", "二等奖", "三等奖", "特等奖"]


def award_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.p(AWARD_LAYOUT)
    prov, city = place(rng)
    d = rand_date(rng, 2016, 2024)
    ds = ctx.p(DATE_STYLES)
    grade = rng.choice(GRADES[:3] if rng.random() < 0.8 else GRADES)
    land = fam.endswith("landscape") or rng.random() < 0.4
    pg = Page(*(A4L if land else A4))
    frame(pg, ctx, rng.choice([2, 3]))
    x0 = 45 if land else 30
    W = pg.w - 2 * x0
    yy = heading(pg, ctx, ctx.p(AWARD_TITLE), 28 if land else 40, 32) + 10
    no = f"{d.year}-{rng.choice(['J', 'KJ', 'SK'])}{rng.randint(1, 3)}-{rng.randint(1, 99):03d}-{rng.randint(1, 9):02d}"
    if fam.startswith("competition"):
        ci = rng.randrange(len(COMPETITIONS))
        cname, issuer, level = COMPETITIONS[ci]
        cname = cname.format(c=city, p=prov)  # the award's name; printed with the year in front
        issuer = issuer.format(c=city, p=prov)
        item = rng.choice(
            [
                COMP_ITEMS[:5] + COMP_ITEMS[6:],
                COMP_ITEMS[:5] + COMP_ITEMS[6:],
                ["课堂教学", "教学设计", "说课"],
                ["护理技能", "急救技能", "静脉输液"],
            ][ci]
        )
        holder = name(rng)
        txt = (
            f"{holder}同志在{d.year}年{cname}{item}项目比赛中，荣获{grade}。|特发此证，以资鼓励。"
            if fam == "competition"
            else f"{holder}：|在{d.year}年{cname}中，获{item}项目{grade}。"
        )
        for ch in txt.split("|"):
            yy = pg.wrap(x0, yy, W, ch, 16, ctx.body, 2.0, 0 if ch.endswith("：") else 12)
        sign_block(pg, ctx, issuer, fmt_date(d, ds), pg.h - 65, seed=rng.randint(0, 10**6))
        pg.text(x0, pg.h - 30, f"证书编号：{no}", 10, ctx.body)
        award = {"name": cname, "kind": "competition", "level": level, "grade": grade}
        people = [{"name": holder, "rank": 1, "role": "awardee"}]
        title = item
        claim = holder
    else:
        aname, kind, level, issuer = rng.choice(AWARDS)
        x = rng.choice(COUNTIES)
        aname, issuer = aname.format(c=city, x=x), issuer.format(c=city, x=x)
        t = rng.choice(TITLE_TPL).format(a=rng.choice(TOPIC_A), b=rng.choice(TOPIC_B))
        if kind == "social_science":
            t = rng.choice(["{a}背景下{b}研究", "新时代{b}路径研究", "{a}与{b}协同发展研究"]).format(
                a=rng.choice(["乡村振兴", "数字经济", "新型城镇化"]),
                b=rng.choice(["县域经济", "基层治理", "职业教育", "文化产业"]),
            )
        ppl = names(rng, rng.randint(3, 9))
        pg.text(pg.w / 2, yy - 4, f"{d.year}年度{aname}", 16, ctx.bold, "c")
        yy += 8
        if fam in ("personal", "personal-table"):
            rank = _claim_rank(ctx, len(ppl))
            holder = ppl[rank - 1]
            rank_s = ctx.p(RANK_FMT).format(c=cn_num(rank) if rank < 10 else str(rank), n=rank)
            if fam == "personal":
                para = ctx.p(AWARD_PARA)
                txt = para.format(
                    name=holder, t=t, award=aname, grade=grade, y=d.year, f=f"{d.year}年度{aname}评审"
                )
                if "{name}" not in para:
                    txt += f"|获奖者：{holder}"
                if "{t}" not in para:
                    txt += f"|获奖项目：{t}"
                if "{grade}" not in para:
                    txt += f"|奖励等级：{grade}"
                txt += f"|{rank_s}"
                for ch in txt.split("|"):
                    yy = pg.wrap(
                        x0, yy, W, ch, 15, ctx.body, 1.9, 0 if "：" in ch[:7] or ch == rank_s else 10
                    )
            else:
                rows = [["项目名称", t], ["奖励等级", grade], ["获奖者", holder], ["完成人位次", rank_s]]
                yy = pg.table(x0, yy, [40, W - 40], rows, 13, ctx.body, row_h=12)
            people = [{"name": holder, "rank": rank, "role": "awardee"}]
            claim = holder
        else:
            holder = None
            pairs = [("项目名称", t), ("奖励等级", grade)]
            yy = label_lines(pg, ctx, x0, yy, pairs, 14, "：", 2.3, 30)
            pg.text(x0, yy, "主要完成人：", 14, ctx.body)
            sep = rng.choice(["  ", "、", "，"])
            yy = pg.wrap(x0 + 30, yy, W - 30, sep.join(ppl), 14, ctx.body, 1.8)
            people = [{"name": n, "rank": i + 1, "role": "awardee"} for i, n in enumerate(ppl)]
            claim = ppl[_claim_rank(ctx, len(ppl)) - 1]
        sign_block(pg, ctx, issuer, fmt_date(d, ds), max(yy + 12, pg.h - 70), seed=rng.randint(0, 10**6))
        pg.text(x0, pg.h - 28, f"证书号：{no}", 10, ctx.body)
        award = {"name": aname, "kind": kind, "level": level, "grade": grade}
        title = t
    fields = dict(
        holder=holder, people=people, title=title, issuer=issuer, issued_on=d.isoformat(), award=award
    )
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
    return Doc("award_certificate", f"award-{fam}", [pg], fields, scored, {"person": claim, "year": d.year})


# ================================================================================================
# project completion
# ================================================================================================
PROJ_LAYOUT = Words(
    "layout.project", ["cert", "proof", "table", "proof-members", "cert-landscape", "table-landscape"]
)
PROJ_TITLE = Words(
    "title.project", ["结题证书", "结题证明", "结 题 证 书", "课题结题证明", "项目结题证书", "结项证书"]
)
LBL_LEADER = Words(
    "label.leader", ["项目负责人", "主持人", "课题负责人", "负责人", "课题主持人", "项目主持人"]
)
LBL_MEMBERS = Words(
    "label.members", ["课题组成员", "主要成员", "项目组成员", "参与人员", "成员", "主要参加人员"]
)
LBL_PNO = Words("label.pno", ["项目编号", "立项编号", "课题编号", "批准号"])
PROJ_ISSUERS = [
    "{p}省教育厅",
    "{c}市科学技术局",
    "{p}省哲学社会科学规划办公室",
    "{p}省教育科学规划领导小组办公室",
    "{c}市社会科学界联合会",
    "{p}省卫生健康委员会",
    "{c}市教育科学研究院",
]


def project_completion(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.p(PROJ_LAYOUT)
    prov, city = place(rng)
    issuer = rng.choice(PROJ_ISSUERS).format(p=prov, c=city)
    t = rng.choice(TITLE_TPL).format(a=rng.choice(TOPIC_A), b=rng.choice(TOPIC_B))
    d = rand_date(rng, 2016, 2024)
    ds = ctx.p(DATE_STYLES)
    pno = rng.choice(
        [
            f"{d.year - 2}KJ{rng.randint(1, 300):03d}",
            f"ZR{d.year - 3}MC{rng.randint(1, 99):03d}",
            f"{d.year - 2}-GH-{rng.randint(1, 200):03d}",
            f"{rng.choice(['SD', 'HN', 'XJ'])}{d.year - 2}{rng.randint(1000, 9999)}",
        ]
    )
    leader = name(rng)
    members = [n for n in names(rng, rng.randint(2, 7)) if n != leader]
    single = fam == "proof"
    land = fam.endswith("landscape")
    pg = Page(*(A4L if land else A4))
    frame(pg, ctx, rng.randint(0, 3))
    x0 = 45 if land else 30
    W = pg.w - 2 * x0
    yy = heading(pg, ctx, ctx.p(PROJ_TITLE), 28 if land else 36, 30) + 10
    grade = rng.choice(["优秀", "良好", "合格", None])
    ll, lm, lp = ctx.p(LBL_LEADER), ctx.p(LBL_MEMBERS), ctx.p(LBL_PNO)
    msep = rng.choice(["、", "  ", "，"])
    if fam.startswith("cert"):
        pairs = [("项目名称", t), (lp, pno), (ll, leader), (lm, msep.join(members))]
        if grade:
            pairs.append(("结题等级", grade))
        for a, b in pairs:
            pg.text(x0, yy, f"{a}：", 14, ctx.body)
            yy = pg.wrap(x0 + width_mm(a + "：", ctx.body, 14) + 2, yy, W - 40, b, 14, ctx.body, 1.8) + 3
        yy = pg.wrap(
            x0, yy + 6, W, "经专家组鉴定，该项目已完成研究任务，同意结题，特发此证。", 14, ctx.body, 1.9, 10
        )
    elif fam.startswith("table"):
        rows = [["项目名称", t], [lp, pno], [ll, leader], [lm, msep.join(members)]] + (
            [["鉴定等级", grade]] if grade else []
        )
        yy = pg.table(x0, yy, [38, W - 38], rows, 12.5, ctx.body, row_h=13) + 10
        yy = pg.wrap(x0, yy, W, "该项目经审核，准予结题。", 13, ctx.body, 1.9, 10)
    else:
        extra = f"，课题组成员{msep.join(members)}" if fam == "proof-members" else ""
        txt = (
            f"由{leader}主持的课题“{t}”（{lp}：{pno}）{extra}，"
            f"已按计划完成研究任务，经专家鉴定，准予结题"
            + (f"，结题等级为{grade}" if grade else "")
            + "。特此证明。"
        )
        yy = pg.wrap(x0, yy, W, txt, 15, ctx.body, 2.0, 11)
    sign_block(pg, ctx, issuer, fmt_date(d, ds), max(yy + 16, pg.h - 80), seed=rng.randint(0, 10**6))
    if single:
        people = [{"name": leader, "rank": 1, "role": "project_leader"}]
        holder = leader
    else:
        people = [{"name": leader, "rank": 1, "role": "project_leader"}] + [
            {"name": n, "rank": i + 2, "role": "project_member"} for i, n in enumerate(members)
        ]
        holder = None
    claim = people[_claim_rank(ctx, len(people)) - 1]["name"]
    fields = dict(holder=holder, people=people, title=t, issuer=issuer, issued_on=d.isoformat())
    return Doc(
        "project_completion",
        f"project-{fam}",
        [pg],
        fields,
        ["holder", "title", "people", "issuer", "issued_on"],
        {"person": claim, "year": d.year},
    )


__all__ = [
    "journal_article",
    "book",
    "patent_certificate",
    "award_certificate",
    "project_completion",
    "fmt_month",
    "label_lines",
    "sign_block",
    "frame",
]
