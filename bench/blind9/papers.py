"""Draw 9 builders: journal articles, books, patents, awards and project completion certificates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.common import journals
from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind9 import ink
from bench.blind9.pools import (
    BOOK_TITLES,
    FOREIGN,
    PUBLISHERS,
    UNIVERSITIES,
    Ctx,
    city,
    date_s,
    isbn_digit,
    month_s,
    paper_title,
    patent_title,
    rdate,
    topic,
    workplace,
    zl_check,
)  # fmt: skip
from bench.generator.truth import person

PROV_CODE = {"12": "天津市", "13": "河北省", "14": "山西省", "15": "内蒙古自治区", "21": "辽宁省", "22": "吉林省",
             "23": "黑龙江省", "31": "上海市", "32": "江苏省", "33": "浙江省", "34": "安徽省", "35": "福建省",
             "36": "江西省", "37": "山东省", "41": "河南省", "42": "湖北省", "43": "湖南省", "44": "广东省",
             "45": "广西壮族自治区", "46": "海南省", "50": "重庆市", "51": "四川省", "52": "贵州省", "53": "云南省",
             "61": "陕西省", "62": "甘肃省", "63": "青海省", "64": "宁夏回族自治区", "65": "新疆维吾尔自治区"}  # fmt: skip
NATIONAL_SUP = ("中国科学技术协会", "中华人民共和国教育部", "中国科学院", "国家卫生健康委员会", "农业农村部",
                "中国工程院", "水利部")  # fmt: skip
GRADES = ("一等奖", "二等奖", "三等奖")


def _doc(etype: str, fam: str, var: str, pages: list[Page], f: dict[str, Any], scored: list[str], who: str,
         year: int) -> Doc:  # fmt: skip
    return Doc(etype, f"{fam}9-{var}", pages, f, scored, {"person": who, "year": year})


# ============================================================================ journal article
def _supervisor(ctx: Ctx, cn: str) -> tuple[str, str | None]:
    """A printed 主管 line and the level it implies (None when no line is printed)."""
    if ctx.rng.random() < 0.35:
        return "", None
    code = cn[:2]
    if code == "11" or code not in PROV_CODE:
        return ctx.choice(NATIONAL_SUP), "national"
    p = PROV_CODE[code]
    return ctx.choice(
        (f"{p}科学技术协会", f"{p}教育厅", f"{p}科学技术厅", f"{p}卫生健康委员会")
    ), "provincial"


def _affil(ctx: Ctx, n: int) -> list[str]:
    out = []
    for _ in range(n):
        if ctx.rng.random() < 0.5:
            u = ctx.choice(UNIVERSITIES)
            out.append(
                f"{u} {ctx.choice(('资源与环境学院', '土木工程学院', '医学院', '教育科学学院', '信息工程学院'))}"
            )
        else:
            out.append(workplace(ctx.rng))
    return out


def journal_article(ctx: Ctx, k: int) -> Doc:
    var = ctx.layout("jart")
    rng = ctx.rng
    j = ctx.choice(journals())
    year = rng.randint(2016, 2024)
    issue = rng.randint(1, 12)
    vol = year - rng.randint(1975, 2005) if rng.random() < 0.75 else None
    sup, sup_level = _supervisor(ctx, j.cn)
    if var not in ("cover", "toc"):
        sup_level = None  # only the cover and the 目录 page print the 主管 line (truth fix, version 2)
    levels = list(j.base_levels) + ([sup_level] if sup_level else [])
    issue_s = f"第{vol}卷第{issue}期" if vol else f"第{issue}期"
    vol_en = f"Vol.{vol} No.{issue}" if vol else f"No.{issue}"
    title = paper_title(rng)
    authors = ctx.names(rng.randint(1, 5))
    claim_i = rng.randrange(len(authors))
    jf = {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": str(vol) if vol else None,
          "issue": str(issue), "levels": levels}  # fmt: skip
    jscored = [
        "journal.name",
        "journal.issn",
        "journal.cn",
        "journal.year",
        "journal.issue",
        "journal.levels",
    ]
    if vol:
        jscored.insert(4, "journal.volume")
    pages: list[Page] = []
    pg = Page()
    if var in ("cover", "toc"):
        seen = {title}
        others = []
        while len(others) < 4 + k % 4:
            t = paper_title(rng)
            if t not in seen:
                seen.add(t)
                others.append((t, ctx.names(rng.randint(1, 3))))
        pos = rng.randrange(len(others) + 1)
        arts = others[:pos] + [(title, authors)] + others[pos:]
        if var == "cover":
            pg.rect(0, 0, pg.w, 80, 0.0, (20, 70, 120), (20, 70, 120))
            size = 34 if len(j.name) <= 6 else 26 if len(j.name) <= 9 else 20
            pg.text(pg.w / 2, 28, j.name, size, ctx.bold, "c", (255, 255, 255))
            pg.text(pg.w / 2, 62, f"{year}年 {issue_s}", 14, ctx.body, "c", (255, 255, 255))
            yy = 92
            pg.text(20, yy, ctx.choice(("本期要目", "本期导读", "要目")), 14, ctx.bold)
            yy += 9
            for t, au in arts[:6] if pos < 6 else arts[pos - 5 : pos + 1]:
                yy = pg.wrap(22, yy, 166, t, 11, ctx.body, 1.5)
                pg.text(30, yy, "，".join(au), 10, ctx.body, "l", (80, 80, 80))
                yy += 7
            yb = pg.h - 45
            if sup:
                pg.text(20, yb, f"主管：{sup}", 10.5, ctx.body)
                yb += 6
            pg.text(20, yb, f"主办：{ctx.choice(UNIVERSITIES)}", 10.5, ctx.body)
            pg.text(20, yb + 6, f"ISSN {j.issn}", 11, ctx.body)
            pg.text(20, yb + 12, f"CN {j.cn}", 11, ctx.body)
            ink.qr(pg, 165, pg.h - 45, 24, rng)
        else:
            pg.text(20, 14, f"{j.name}  {year}年{issue_s}", 10, ctx.body)
            pg.text(pg.w - 20, 14, f"ISSN {j.issn}  CN {j.cn}", 10, ctx.body, "r")
            pg.line(20, 20, pg.w - 20, 20, 0.4)
            yy = ink.title(pg, ctx, ctx.choice(("目  次", "目  录", "CONTENTS 目次")), 26, 20)
            page_no = rng.randint(1, 200)
            for t, au in arts:
                w = width_mm(t, ctx.body, 11.5)
                if w > 150:
                    yy = pg.wrap(22, yy, 150, t, 11.5, ctx.body, 1.45)
                else:
                    pg.text(22, yy, t, 11.5, ctx.body)
                    yy += 11.5 * ink.MM * 1.45
                pg.text(pg.w - 22, yy - 5.5, f"（{page_no}）", 10.5, ctx.body, "r")
                pg.text(28, yy, " ".join(au), 10.5, ctx.body, "l", (70, 70, 70))
                yy += 10
                page_no += rng.randint(5, 12)
            if sup:
                pg.text(22, pg.h - 24, f"主管单位：{sup}    国内统一连续出版物号：CN {j.cn}", 9.5, ctx.body)
        pages.append(pg)
        f = {
            "title": title,
            "people": [person(a, i + 1, "author") for i, a in enumerate(authors)],
            "journal": jf,
        }
        return _doc("journal_article", "jart", var, pages, f, jscored, authors[claim_i], year)
    # an article's first page
    head_l = f"第{vol}卷 第{issue}期" if vol else f"{year}年第{issue}期"
    mon = issue * 2 if issue <= 6 and rng.random() < 0.4 else issue
    pg.text(20, 12, f"{head_l}", 9.5, ctx.body)
    pg.text(pg.w / 2, 12, j.name, 9.5, ctx.body, "c")
    pg.text(pg.w - 20, 12, f"{year}年{mon}月", 9.5, ctx.body, "r")
    pg.line(20, 17.5, pg.w - 20, 17.5, 0.5)
    pg.line(20, 18.3, pg.w - 20, 18.3, 0.2)
    if var == "bilingual":
        pg.text(
            20,
            20.5,
            f"{ctx.choice(('JOURNAL OF', 'ACTA', 'CHINESE JOURNAL OF'))} {j.name}  {vol_en}",
            8,
            ctx.body,
            "l",
            (90, 90, 90),
        )
    pg.text(20, 25, f"ISSN {j.issn}", 8.5, ctx.body)
    pg.text(pg.w - 20, 25, f"CN {j.cn}", 8.5, ctx.body, "r")
    yy = 36
    for ln in _split(title, ctx, 17, 165):
        pg.text(pg.w / 2, yy, ln, 17, ctx.bold, "c")
        yy += 9
    n_aff = min(len(authors), rng.randint(1, 2))
    aff = _affil(ctx, n_aff)
    marks = [rng.randint(1, n_aff) for _ in authors]
    marks[0] = 1
    sep = ctx.choice(("，", "  ", "  ,  "))
    parts: list[tuple[str, bool]] = []
    for i, a in enumerate(authors):
        parts.append((a, False))
        if n_aff > 1 or rng.random() < 0.5:
            parts.append((str(marks[i]) + ("*" if i == 0 and rng.random() < 0.3 else ""), True))
        if i < len(authors) - 1:
            parts.append((sep, False))
    yy = pg.runs(pg.w / 2, yy + 2, parts, 12.5, ctx.body) + 1
    aff_s = "；".join(f"{i + 1}. {a}" for i, a in enumerate(aff)) if n_aff > 1 else aff[0]
    for ln in _split(
        f"（{aff_s}，{ctx.choice(('山东 济南 250100', '湖南 长沙 410081', '河南 郑州 450001', '江苏 南京 210037'))}）",
        ctx,
        9.5,
        165,
    ):
        pg.text(pg.w / 2, yy, ln, 9.5, ctx.body, "c")
        yy += 5
    yy += 3
    abs_s = (f"摘要：{ctx.choice(('为探明', '为系统评估', '针对'))}{title[:10]}等问题，本文以{ctx.choice(('实地调查', '多年观测', '临床病例', '问卷调查'))}数据为基础，"
             f"采用{ctx.choice(('统计分析', '数值模拟', '对照试验', '回归分析'))}方法开展研究。结果表明：相关指标差异具有统计学意义（P＜0.05），"
             f"提出的方法能够有效提高精度与稳定性。研究可为相关领域的实践提供参考。")  # fmt: skip
    yy = pg.wrap(22, yy, 166, abs_s, 9.5, ctx.body, 1.6)
    kw = "；".join(
        rng.sample(("影响因素", "数值模拟", "评价体系", "优化", "临床观察", "时空分布", "机制"), 4)
    )
    pg.text(22, yy, f"关键词：{kw}", 9.5, ctx.body)
    yy += 6
    pg.text(22, yy, f"中图分类号：{ctx.choice(('S152', 'TU375', 'R587', 'G712', 'X52', 'TP391'))}    文献标志码：A    "
                    f"文章编号：{j.issn}({year}){issue:02d}-{rng.randint(1, 300):04d}-0{rng.randint(5, 9)}", 8.5, ctx.body)  # fmt: skip
    yy += 8
    if var == "bilingual":
        en = ctx.choice(("Study on Influencing Factors and Optimization Methods", "Analysis of Spatio-temporal Characteristics",
                         "Evaluation of Application Effect: A Case Study"))  # fmt: skip
        pg.text(pg.w / 2, yy, en, 12, ctx.bold, "c")
        yy += 7
        pg.text(
            pg.w / 2,
            yy,
            f"({', '.join(['College of Resources', 'Key Laboratory'][:n_aff])}, China)",
            9,
            ctx.body,
            "c",
        )
        yy += 6
        yy = pg.wrap(22, yy, 166, "Abstract: The study analyses field data with statistical methods; results show significant "
                               "differences (P<0.05) and the proposed method improves accuracy.", 9, ctx.body, 1.5)  # fmt: skip
        yy += 3
    body = (
        "0 引言  "
        + "近年来，随着经济社会的快速发展，该领域受到越来越多的关注。已有研究多集中于单一因素分析，"
        "对多因素耦合作用的系统研究较少。本文在前人工作的基础上，结合区域实际，构建分析框架并开展验证。"
    ) * (3 if var == "column" else 4)
    if var == "column":
        colw = 80
        y1 = pg.wrap(22, yy, colw, body, 10, ctx.body, 1.7)
        pg.wrap(108, yy, colw, body[::-1][: len(body) // 2][::-1], 10, ctx.body, 1.7)
        yy = max(y1, yy + 40)
    else:
        yy = pg.wrap(22, yy, 166, body, 10, ctx.body, 1.7)
    fy = max(yy + 6, pg.h - 52)
    pg.line(22, fy, 90, fy, 0.3)
    recv = dt.date(year - (1 if issue <= 3 else 0), ((issue - 4) % 12) + 1, rng.randint(1, 28))
    fn = [f"收稿日期：{recv.isoformat()}；修回日期：{(recv + dt.timedelta(days=rng.randint(20, 60))).isoformat()}",
          f"基金项目：{ctx.choice(('国家自然科学基金项目', '省自然科学基金项目', '省重点研发计划项目'))}（{rng.randint(20000000, 42999999)}）",
          f"作者简介：{authors[0]}（{rng.randint(1970, 1995)}—），{ctx.choice(('男', '女'))}，{ctx.choice(('硕士', '博士', '副教授', '高级工程师'))}，"
          f"主要从事{ctx.choice(('土壤生态', '结构工程', '临床医学', '职业教育', '水资源管理'))}研究。"]  # fmt: skip
    if len(authors) > 1 and rng.random() < 0.5:
        fn.append(f"通信作者：{authors[-1]}，E-mail：{rng.randint(10000, 99999)}@163.com")
    fy += 2
    for s in fn:
        fy = pg.wrap(22, fy, 166, s, 8.5, ctx.body, 1.5)
    pages.append(pg)
    f = {"title": title, "people": [person(a, i + 1, "author") for i, a in enumerate(authors)], "journal": jf}
    return _doc(
        "journal_article", "jart", var, pages, f, ["title", "people"] + jscored, authors[claim_i], year
    )


def _split(s: str, ctx: Ctx, size: float, w: float) -> list[str]:
    out, cur = [], ""
    for ch in s:
        if cur and width_mm(cur + ch, ctx.bold, size) > w:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    return out + [cur]


# ============================================================================ book
def _isbn(ctx: Ctx, prefix: str) -> str:
    digits = prefix.replace("-", "")
    rest = "".join(str(ctx.rng.randint(0, 9)) for _ in range(12 - len(digits)))
    d12 = digits + rest
    return f"{prefix}-{rest}-{isbn_digit(d12)}"


def _cip(pg: Page, ctx: Ctx, y: float, title: str, resp: str, pub: tuple[str, str, str], yr: int, mo: int,
         isbn: str, edition: str, extra: list[str]) -> float:  # fmt: skip
    rng = ctx.rng
    pg.text(25, y, "图书在版编目（CIP）数据", 12, ctx.bold)
    y += 8
    y = pg.wrap(
        25, y, 160, f"{title} / {resp}. —{pub[1]}：{pub[0]}，{yr}.{mo}", 10.5, ctx.body, 1.6, indent=7
    )
    pg.text(32, y, f"ISBN {isbn}", 10.5, ctx.body)
    y += 6
    pg.text(
        32,
        y,
        f"Ⅰ.①{title[:2]}…  Ⅱ.①{resp[:2]}…  Ⅲ.①{title[-2:]}  Ⅳ.①{ctx.choice(('R4', 'S6', 'G63', 'TU7', 'TV5'))}",
        10.5,
        ctx.body,
    )
    y += 8
    pg.text(25, y, f"中国版本图书馆CIP数据核字（{yr}）第{rng.randint(100000, 299999)}号", 10.5, ctx.body)
    y += 6
    pg.line(25, y + 2, pg.w - 25, y + 2, 0.3)
    y += 8
    lines = extra + [f"出版发行：{pub[0]}", f"地    址：{pub[1]}市{ctx.choice(('东黄城根北街16号', '朝阳区潘家园南里19号', '丰台区成寿寺路11号'))}",
                     f"印    刷：{ctx.choice(('北京中科印刷有限公司', '三河市春园印刷有限公司', '济南新科印务有限公司'))}",
                     f"开    本：787×1092  1/16    印张：{rng.randint(12, 30)}    字数：{rng.randint(280, 650)}千字",
                     f"版    次：{edition}    {yr}年{mo}月第1次印刷", f"书    号：ISBN {isbn}",
                     f"定    价：{rng.randint(38, 128)}.00元"]  # fmt: skip
    for s in lines:
        pg.text(25, y, s, 10.5, ctx.body)
        y += 6.5
    return y


def book(ctx: Ctx, k: int) -> Doc:
    var = ctx.layout("book")
    rng = ctx.rng
    pub = ctx.choice(PUBLISHERS)
    title = ctx.choice(BOOK_TITLES)
    yr, mo = rng.randint(2015, 2024), rng.randint(1, 12)
    ed_n = 1 if rng.random() < 0.7 else rng.randint(2, 3)
    edition = f"{yr}年{mo}月第{ed_n}版"
    isbn = _isbn(ctx, pub[2])
    people: list[dict] = []
    pages: list[Page] = []
    if var == "translation":
        nat, orig = ctx.choice(FOREIGN)
        trans = ctx.names(rng.randint(1, 3))
        resp = f"（{nat}）{orig}著；{'，'.join(trans)}译"
        people = [person(orig, 1, "author")] + [person(t, i + 2, "translator") for i, t in enumerate(trans)]
        pg = Page()
        _cip(pg, ctx, 40, title, resp, pub, yr, mo, isbn, edition,
             [f"著作权合同登记号：图字：01-{yr - 1}-{rng.randint(1000, 9999)}", f"责任编辑：{ctx.name()}"])  # fmt: skip
        pages.append(pg)
        who = ctx.choice(trans)
    else:
        chief = ctx.names(rng.randint(1, 2))
        deputy = ctx.names(rng.randint(0, 3))
        board = ctx.names(rng.randint(3, 8)) if var == "board" else []
        order = (
            [(n, "editor_in_chief") for n in chief]
            + [(n, "deputy_editor") for n in deputy]
            + [(n, "editorial_board") for n in board]
        )
        people = [person(n, i + 1, r) for i, (n, r) in enumerate(order)]
        resp = f"{'，'.join(chief)}主编"
        who = ctx.choice([n for n, _ in order])
        if var in ("titlecip", "cover"):
            pg = Page()
            if var == "cover":
                pg.rect(0, 0, pg.w, pg.h, 0.0, (40, 90, 80), (225, 236, 230))
                pg.rect(0, 60, pg.w, 120, 0.0, (40, 90, 80), (40, 90, 80))
            for i, ln in enumerate(_split(title, ctx, 26, 170)):
                pg.text(
                    pg.w / 2,
                    72 + i * 12,
                    ln,
                    26,
                    ctx.bold,
                    "c",
                    (255, 255, 255) if var == "cover" else (20, 20, 20),
                )
            yy = 140
            pg.text(pg.w / 2, yy, f"主  编  {'  '.join(chief)}", 13, ctx.body, "c")
            if deputy:
                pg.text(pg.w / 2, yy + 9, f"副主编  {'  '.join(deputy)}", 13, ctx.body, "c")
            pg.text(pg.w / 2, pg.h - 40, pub[0], 16, ctx.bold, "c")
            if var == "cover":
                pg.text(pg.w / 2, pg.h - 30, f"{pub[1]}", 11, ctx.body, "c")
            pages.append(pg)
        if var == "board":
            pg = Page()
            yy = ink.title(pg, ctx, "编  委  会", 30, 20)
            rowsets = [("主  编", chief), ("副主编", deputy), ("编  委", board)]
            for lab, ns in rowsets:
                if not ns:
                    continue
                pg.text(40, yy, lab, 13, ctx.bold)
                x = 70
                for n in ns:
                    if x > 160:
                        x = 70
                        yy += 8
                    pg.text(x, yy, n, 13, ctx.body)
                    x += 26
                yy += 12
            pg.text(40, yy, "（编委按姓氏笔画排序）", 10, ctx.body)
            pages.append(pg)
        if var != "cover":
            pg = Page()
            extra = [f"责任编辑：{ctx.name()}", f"封面设计：{ctx.name()}"]
            if deputy:
                resp = f"{'，'.join(chief)}主编；{'，'.join(deputy)}副主编"
            _cip(pg, ctx, 45, title, resp, pub, yr, mo, isbn, edition, extra)
            pages.append(pg)
    if var == "cover":
        f = {
            "title": title,
            "people": people,
            "issuer": pub[0],
            "book": {"isbn": None, "publisher": pub[0], "edition": None},
        }
        sc = ["title", "people", "issuer", "book.publisher"]
    else:
        f = {"title": title, "people": people, "issuer": pub[0], "issued_on": f"{yr}-{mo:02d}",
             "book": {"isbn": isbn, "publisher": pub[0], "edition": edition}}  # fmt: skip
        sc = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    return _doc("book", "book", var, pages, f, sc, who, yr)


# ============================================================================ patent
KIND_WORD = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    var = ctx.layout("pat")
    rng = ctx.rng
    kind = ("invention", "utility_model", "design")[(k + rng.randrange(3)) % 3]
    word = KIND_WORD[kind]
    applied = rdate(rng, 2014, 2022)
    granted = applied + dt.timedelta(
        days=rng.randint(420, 1000) if kind == "invention" else rng.randint(150, 400)
    )
    d12 = f"{applied.year}{'123'[list(KIND_WORD).index(kind)]}{rng.randint(0, 9999999):07d}"
    number = f"ZL{d12}.{zl_check(d12)}"
    printed_no = ctx.choice((f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{zl_check(d12)}", number))
    title = patent_title(rng, kind)
    inv = ctx.names(rng.randint(1, 6))
    owner = ctx.choice((workplace(rng), ctx.choice(UNIVERSITIES)))
    term = {
        "invention": "二十",
        "utility_model": "十",
        "design": "十五" if applied >= dt.date(2021, 6, 1) else "十",
    }[kind]
    who_word = "设计人" if kind == "design" else "发明人"
    ds = "cn0" if var != "plain" else ctx.choice(("cn", "cn0"))
    op, oc = city(rng)
    pairs = [(f"{word}名称：", title), (f"{who_word}：", "；".join(inv)), ("专利号：", printed_no),
             ("专利申请日：", date_s(applied, ds)), ("专利权人：", owner), ("地址：", f"{op}省{oc}市"),
             ("授权公告日：", date_s(granted, ds)), ("授权公告号：", f"CN {rng.randint(100000000, 119999999)} {'BUS'[list(KIND_WORD).index(kind)]}")]  # fmt: skip
    text = (f"国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{word}专利证书并在专利登记簿上予以登记。"
            f"专利权自授权公告之日起生效。专利权期限为{term}年，自申请日起算。")  # fmt: skip
    pg = Page(297, 210) if var == "wide" else Page()
    if var == "electronic":
        pg.rect(0, 0, pg.w, 30, 0.0, (200, 40, 40), (200, 40, 40))
        pg.text(pg.w / 2, 10, f"{word}专利证书（电子版）", 18, ctx.bold, "c", (255, 255, 255))
        yy = 42
        pg.text(25, yy, f"证书号第{rng.randint(1000000, 6999999)}号", 11, ctx.body)
        ink.qr(pg, 160, 36, 26, rng)
        yy = ink.fields(pg, ctx, 25, yy + 24, pairs, 11.5, 30)
        yy = ink.para(pg, ctx, 25, yy + 4, 160, text, 11)
        pg.text(
            25,
            yy + 6,
            "本证书所列专利权人、地址等事项以专利登记簿记载为准。",
            9.5,
            ctx.body,
            "l",
            (90, 90, 90),
        )
        ink.signoff(
            pg, ctx, ["国家知识产权局", "局长"], yy + 22, pg.w - 30, 12, "国家知识产权局", rng.randrange(999)
        )
    else:
        ink.border(pg, 2 if var != "plain" else 1, (150, 110, 60))
        top = 25 if var == "wide" else 35
        pg.text(pg.w / 2, top, "中华人民共和国国家知识产权局" if var != "plain" else "", 13, ctx.body, "c")
        yy = ink.title(pg, ctx, f"{word}专利证书", top + 10, 26)
        pg.text(pg.w - 30, yy, f"证书号第{rng.randint(1000000, 6999999)}号", 11, ctx.body, "r")
        x0 = 45 if var == "wide" else 28
        yy = ink.fields(pg, ctx, x0, yy + 10, pairs, 12, 32 if var != "plain" else None, 2.1)
        yy = ink.para(pg, ctx, x0, yy + 4, pg.w - 2 * x0, text, 11.5)
        ink.signoff(
            pg, ctx, ["国家知识产权局", "局长"], yy + 10, pg.w - 35, 12, "国家知识产权局", rng.randrange(999)
        )
    f = {"title": title, "people": [person(n, i + 1, "inventor") for i, n in enumerate(inv)], "issuer": "国家知识产权局",
         "issued_on": granted.isoformat(),
         "patent": {"kind": kind, "number": number, "applied_on": applied.isoformat(), "granted_on": granted.isoformat()}}  # fmt: skip
    sc = [
        "title",
        "people",
        "issuer",
        "issued_on",
        "patent.kind",
        "patent.number",
        "patent.applied_on",
        "patent.granted_on",
    ]
    return _doc("patent_certificate", "pat", var, [pg], f, sc, ctx.choice(inv), granted.year)


# ============================================================================ award
def award_certificate(ctx: Ctx, k: int) -> Doc:
    var = ctx.layout("award")
    rng = ctx.rng
    prov, c = city(rng)
    d = rdate(rng, 2016, 2024)
    yr = d.year - 1
    grade = ctx.choice(GRADES)
    month_only = rng.random() < 0.3
    date_p = (
        month_s(d.year, d.month, ctx.choice(("cn", "han"))) if month_only else ctx.ds(d, ("cn", "han", "cn0"))
    )
    issued = f"{d.year}-{d.month:02d}" if month_only else d.isoformat()
    level = ctx.choice(("provincial", "municipal"))
    gov = f"{prov}省人民政府" if level == "provincial" else f"{c}市人民政府"
    place = f"{prov}省" if level == "provincial" else f"{c}市"
    _, tp = topic(rng)
    project = ctx.choice((f"{tp}关键技术研究与应用", f"{tp}体系构建与推广", f"{paper_title(rng)}"))
    team = ctx.names(rng.randint(3, 8))
    rank = rng.randint(1, len(team))
    holder: str | None = team[rank - 1]
    pg = Page(297, 210) if var in ("science", "contest", "team") else Page()
    ink.border(pg, ctx.choice((2, 3)), ctx.choice((ink.GOLD, ink.RED)))
    yb = 30 if pg.w > pg.h else 45
    people = [person(holder, rank, "awardee")]
    x0 = 50 if pg.w > pg.h else 30
    w = pg.w - 2 * x0
    if var in ("science", "team"):
        kind_ = "science_technology"
        name = f"{place}科学技术进步奖"
        yy = ink.title(pg, ctx, ctx.choice(("荣誉证书", "获奖证书", "证  书")), yb, 28, color=ink.RED)
        yy = ink.para(pg, ctx, x0, yy + 6, w, f"为表彰{yr}年度{name}获得者，特颁发此证书。", 13)
        pairs = [("项目名称：", project), ("奖励等级：", grade)]
        if var == "science":
            pairs.append(
                (
                    "获 奖 者：",
                    f"{holder}（第{rank}完成人）" if rng.random() < 0.6 else f"{holder}  排名第{rank}",
                )
            )
        else:
            holder = None
            pairs.append(("主要完成人：", "、".join(team)))
            people = [person(n, i + 1, "awardee") for i, n in enumerate(team)]
        pairs.append(
            (
                "证 书 号：",
                f"{yr}-{'JB'[rng.randrange(2)]}{rng.randint(1, 3)}-{rng.randint(1, 120):03d}-R{rank:02d}",
            )
        )
        yy = ink.fields(pg, ctx, x0, yy + 4, pairs, 13, 34)
        title_ = project
        aname = ctx.choice((f"{yr}年度{name}", name))
        pg.text(x0, yy + 2, f"奖项：{aname}", 12, ctx.body)
        yy += 10
    elif var in ("social", "honor"):
        kind_ = "social_science"
        name = f"{place}社会科学优秀成果奖" if var == "social" else f"{c}市社会科学优秀成果奖"
        if var == "honor":
            level, gov = "municipal", f"{c}市人民政府"
        yy = ink.title(pg, ctx, "获奖证书" if var == "social" else "荣誉证书", yb, 28, color=ink.RED)
        title_ = ctx.choice((f"{tp}研究", f"新时代{tp}的实践路径探析"))
        yy = ink.para(pg, ctx, x0, yy + 10, w, f"{holder}{ctx.choice(('同志', ''))}：", 15, indent=False)
        s = (f"您的{ctx.choice(('论文', '研究报告', '著作'))}《{title_}》荣获{ctx.choice((f'{yr}年度', f'第{rng.randint(8, 30)}届', ''))}{name}{grade}。"
             f"{'（第' + str(rank) + '作者）' if rank > 1 else ''}特发此证，以资鼓励。")  # fmt: skip
        yy = ink.para(pg, ctx, x0, yy + 2, w, s, 15, 2.2)
        aname = name
    elif var == "teaching":
        kind_ = "other"
        level = "provincial"
        gov = ctx.choice((f"{prov}省人民政府", f"{prov}省教育厅"))
        name = f"{prov}省{ctx.choice(('职业教育', '基础教育', '高等教育'))}教学成果奖"
        title_ = ctx.choice((f"{tp}课程体系改革与实践", f"{tp}协同育人模式探索与实践"))
        yy = ink.title(pg, ctx, "教学成果奖证书", yb, 26)
        yy = ink.fields(pg, ctx, x0, yy + 12, [("成果名称：", title_), ("获奖等级：", grade), ("成果完成人：", f"{holder}（排名第{rank}）"),
                                               ("完成单位：", workplace(rng, c))], 13, 34)  # fmt: skip
        yy = ink.para(pg, ctx, x0, yy + 6, w, f"经评审，该成果获{d.year}年{name}{grade}，特发此证。", 13)
        aname = name
    else:  # contest
        kind_ = "competition"
        gov = ctx.choice((f"{prov}省人力资源和社会保障厅", f"{c}市总工会", f"{c}市人力资源和社会保障局"))
        level = "provincial" if gov.startswith(prov + "省") else "municipal"
        name = f"{prov}省{tp}职业技能竞赛" if level == "provincial" else f"{c}市{tp}技能大赛"
        title_ = name
        yy = ink.title(pg, ctx, "荣誉证书", yb, 30, color=ink.RED)
        yy = ink.para(pg, ctx, x0, yy + 10, w, f"{holder}{ctx.choice(('同志', ''))}：", 15, indent=False)
        s = f"在{d.year}年{name}中，荣获{ctx.choice(('个人', ''))}{grade}。特发此证，以资鼓励。"
        yy = ink.para(pg, ctx, x0, yy + 2, w, s, 15, 2.2)
        people = [person(holder, 1, "awardee")]
    ink.signoff(pg, ctx, [gov, date_p], max(yy + 12, pg.h - 60), pg.w - x0, 13, gov, rng.randrange(999))
    f = {"holder": holder, "people": people, "title": title_, "issuer": gov, "issued_on": issued,
         "award": {"name": name, "kind": kind_, "level": level, "grade": grade}}  # fmt: skip
    sc = [
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
    who = holder or ctx.choice(team)
    return _doc("award_certificate", "award", var, [pg], f, sc, who, d.year)


# ============================================================================ project completion
def project_completion(ctx: Ctx, k: int) -> Doc:
    var = ctx.layout("proj")
    rng = ctx.rng
    prov, c = city(rng)
    _, tp = topic(rng)
    title = ctx.choice(
        (f"{tp}的实践研究", f"基于核心素养的{tp}研究", f"{tp}效果评价与推广", f"{c}市{tp}现状调查与对策研究")
    )
    issuer = ctx.choice((f"{prov}省教育科学规划领导小组办公室", f"{c}市科学技术局", f"{prov}省卫生健康委员会",
                         f"{c}市社会科学界联合会", f"{prov}省哲学社会科学规划办公室"))  # fmt: skip
    start = rdate(rng, 2015, 2021)
    end = start + dt.timedelta(days=rng.randint(365, 1000))
    month_only = rng.random() < 0.3
    issued = f"{end.year}-{end.month:02d}" if month_only else end.isoformat()
    date_p = (
        month_s(end.year, end.month, ctx.choice(("cn", "han")))
        if month_only
        else ctx.ds(end, ("cn", "han", "cn0"))
    )
    lead = ctx.name()
    members = ctx.names(rng.randint(2, 6))
    code = ctx.choice((f"{start.year}{ctx.choice(('JK', 'YB', 'ZD'))}{rng.randint(100, 999)}", f"{c[0]}KJ{start.year}-{rng.randint(10, 99)}",
                       f"{start.year}-{rng.randint(1000, 9999)}"))  # fmt: skip
    holder: str | None = None
    people = [person(lead, 1, "project_leader")] + [
        person(m, i + 2, "project_member") for i, m in enumerate(members)
    ]
    pg = Page(297, 210) if var == "letter" else Page()
    if var in ("cert", "letter"):
        ink.border(pg, 2, ink.GOLD)
        yy = ink.title(
            pg, ctx, ctx.choice(("结题证书", "结项证书")), 30 if var == "letter" else 45, 28, color=ink.RED
        )
        x0 = 50 if var == "letter" else 30
        pairs = [
            ("项目名称：", title),
            ("项目编号：", code),
            (ctx.choice(("项目负责人：", "主持人：")), lead),
        ]
        if var == "cert":
            pairs.append(("课题组成员：", "、".join(members)))
        else:
            holder, people = lead, [person(lead, 1, "project_leader")]
        pairs.append(("承担单位：", workplace(rng, c)))
        yy = ink.fields(pg, ctx, x0, yy + 10, pairs, 13, 36)
        yy = ink.para(
            pg,
            ctx,
            x0,
            yy + 4,
            pg.w - 2 * x0,
            f"该项目于{date_s(start, 'cn')}立项，经专家鉴定，已完成预期研究任务，准予结题。特发此证。",
            13,
        )
        ink.signoff(
            pg, ctx, [issuer, date_p], max(yy + 15, pg.h - 65), pg.w - x0, 13, issuer, rng.randrange(999)
        )
    elif var == "proof":
        holder, people = lead, [person(lead, 1, "project_leader")]
        yy = ink.title(pg, ctx, ctx.choice(("结题证明", "结项证明")), 40, 24)
        s = (f"由{lead}{ctx.choice(('同志', '老师'))}主持的{ctx.choice(('课题', '科研项目', '项目'))}“{title}”（项目编号：{code}），"
             f"于{date_s(start, 'cn')}批准立项，经组织专家评审，同意结题。特此证明。")  # fmt: skip
        yy = ink.para(pg, ctx, 28, yy + 14, 154, s, 14, 2.1)
        ink.signoff(pg, ctx, [issuer, date_p], yy + 30, pg.w - 30, 13, issuer, rng.randrange(999))
    else:  # accept, form
        head = "项目验收证书" if var == "accept" else ctx.choice(("科研项目结项鉴定书", "课题结题鉴定表"))
        yy = ink.title(pg, ctx, head, 30, 22)
        rows = [
            ["项目名称", title],
            ["项目编号", code],
            ["项目负责人", lead],
            ["起止时间", f"{date_s(start, 'dot')}—{date_s(end, 'dot')}"],
        ]
        if var == "accept":
            rows.append(["主要参加人员", "、".join(members)])
            rows.append(["验收意见", "该项目完成了合同规定的各项任务，同意通过验收。"])
            yy = pg.table(22, yy + 6, [38, 128], rows, 11, ctx.body, 14) + 10
        else:
            yy = pg.table(22, yy + 6, [38, 128], rows, 11, ctx.body, 12) + 8
            pg.text(22, yy, "课题组成员", 12, ctx.bold)
            mrows = [["序号", "姓名", "单位", "职称", "分工"]] + [
                [str(i + 2), m, workplace(rng, c), ctx.choice(("讲师", "高级教师", "工程师", "主治医师")), ctx.choice(("数据分析", "调研", "实验"))]
                for i, m in enumerate(members)
            ]  # fmt: skip
            mrows.insert(1, ["1", lead, workplace(rng, c), "副教授", "主持"])
            yy = pg.table(22, yy + 7, [14, 26, 70, 28, 28], mrows, 10, ctx.body, 10) + 8
            yy = ink.para(
                pg, ctx, 22, yy, 166, "鉴定意见：研究目标明确，方法科学，成果具有推广价值，同意结题。", 11
            )
        ink.signoff(pg, ctx, [issuer, date_p], yy + 12, pg.w - 30, 12, issuer, rng.randrange(999))
    f = {"holder": holder, "people": people, "title": title, "issuer": issuer, "issued_on": issued}
    who = ctx.choice([p["name"] for p in people])
    return _doc(
        "project_completion",
        "proj",
        var,
        [pg],
        f,
        ["holder", "title", "people", "issuer", "issued_on"],
        who,
        end.year,
    )
