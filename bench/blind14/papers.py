"""Draw 14 publications and patents: journal pages, book pages, patent certificates (awards and projects in awards.py)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind14 import pools as P
from bench.blind14.awards import award_certificate, project_completion
from bench.blind14.draw import GREY, RED, doc, hand, para, rows, seal, t, wmm
from bench.blind14.pools import Ctx

__all__ = ["award_certificate", "book", "journal_article", "patent_certificate", "project_completion"]

EN_A = {
    "滴灌施肥": "drip fertigation", "复合微生物菌剂": "compound microbial inoculant", "深度卷积网络": "deep convolutional network",
    "改进YOLOv5模型": "an improved YOLOv5 model", "多源遥感数据": "multi-source remote sensing data",
    "响应面法": "response surface methodology", "高效液相色谱法": "HPLC", "层次分析法": "analytic hierarchy process",
    "有限元数值模拟": "finite element simulation", "Logistic回归模型": "a logistic regression model",
    "随机森林算法": "random forest", "网络药理学": "network pharmacology", "超声造影": "contrast-enhanced ultrasound",
    "磁共振弥散加权成像": "diffusion-weighted MRI", "纳米二氧化钛": "nano titanium dioxide", "生物炭添加": "biochar addition",
    "项目式学习": "project-based learning", "混合式教学": "blended teaching", "灰色关联分析": "grey relational analysis",
}  # fmt: skip


def _title_lines(pg: Page, ctx: Ctx, y: float, s: str, size: float, width: float = 165) -> float:
    """A centred title, split in two when too wide."""
    if wmm(ctx, s, size, True) <= width:
        return t(pg, ctx, pg.w / 2, y, s, size, True, "c")
    cut = len(s) // 2 + 1
    y = t(pg, ctx, pg.w / 2, y, s[:cut], size, True, "c")
    return t(pg, ctx, pg.w / 2, y, s[cut:], size, True, "c")


# ---- journals --------------------------------------------------------------------------------------
def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("jour")
    j = P.journal(ctx.rng)
    year = ctx.rng.randint(2016, 2024)
    vol = str(ctx.rng.randint(18, 52)) if ctx.rng.random() < 0.65 else None
    issue = str(ctx.rng.randint(1, 12))
    n = ctx.rng.randint(1, 5)
    authors = P.people(ctx.rng, n + 12)
    mine, others = authors[:n], authors[n:]
    a, b = ctx.pick(list(EN_A)), ctx.pick(P.PAPER_B)
    form = ctx.rng.randrange(len(P.PAPER_FORMS))
    title = P.PAPER_FORMS[form].format(a=a, b=b)
    c, prov = P.city(ctx.rng)
    affs = [
        P.university(ctx.rng, prov),
        P.workplace(ctx.rng, c),
        P.university(ctx.rng, ctx.pick(list(P.UNIVERSITIES))),
    ]
    info = {"j": j, "year": year, "vol": vol, "issue": issue, "title": title, "mine": mine, "others": others,
            "affs": affs, "c": c, "prov": prov, "a": a, "b": b, "form": form, "sponsor": P.sponsor(ctx.rng, j.cn)}  # fmt: skip
    fn = {"firstpage": _j_first, "bilingual": _j_bi, "cover": _j_cover, "contents": _j_contents,
          "issue3": _j_issue3}[v]  # fmt: skip
    pages, sup_level, show_article = fn(ctx, info)
    levels = list(j.base_levels) + ([sup_level] if sup_level else [])
    f = {
        "title": title,
        "people": [{"name": nm, "rank": i + 1, "role": "author"} for i, nm in enumerate(mine)],
        "journal": {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": vol, "issue": issue,
                    "levels": levels},
    }  # fmt: skip
    scored = ["title", "people"] if show_article else []
    scored += [
        "journal.name",
        "journal.issn",
        "journal.cn",
        "journal.year",
        "journal.issue",
        "journal.levels",
    ]
    if vol:
        scored.append("journal.volume")
    who = ctx.pick(mine)
    return doc(ctx, "journal_article", "jour", v, pages, f, scored, (who, year))


def _vi(info: dict, style: int) -> str:
    vol, iss, y = info["vol"], info["issue"], info["year"]
    if style == 0:
        return (f"第{vol}卷 " if vol else "") + f"第{iss}期 {y}年{(int(iss) - 1) % 12 + 1}月"
    if style == 1:
        return f"{y}年 " + (f"第{vol}卷 " if vol else "") + f"第{iss}期"
    return (f"Vol.{vol} " if vol else "") + f"No.{iss} {y}"


def _byline(pg: Page, ctx: Ctx, y: float, info: dict, sizes: float = 12) -> tuple[float, list[int]]:
    marks = [ctx.rng.randrange(2) + 1 if i else 1 for i in range(len(info["mine"]))]
    parts: list[tuple[str, bool]] = []
    for i, (nm, m) in enumerate(zip(info["mine"], marks, strict=True)):
        parts.append((nm, False))
        parts.append((str(m) + ("*" if i == len(marks) - 1 and len(marks) > 1 else ""), True))
        if i < len(marks) - 1:
            parts.append(("，", False))
    return pg.runs(pg.w / 2, y, parts, sizes, ctx.body), marks


def _article_page(ctx: Ctx, info: dict, english: bool) -> Page:
    pg = Page()
    j = info["j"]
    st = ctx.pick([0, 1, 2])
    t(pg, ctx, 18, 10, f"{j.name}", 9)
    t(pg, ctx, 192, 10, _vi(info, st), 9, align="r")
    t(pg, ctx, 18, 15, f"ISSN {j.issn}", 8, color=GREY)
    t(pg, ctx, 192, 15, f"CN {j.cn}", 8, color=GREY)
    pg.line(18, 20, 192, 20, 0.4)
    code = f"文章编号：{j.issn}({info['year']}){int(info['issue']):02d}-{ctx.rng.randint(1, 300):04d}-{ctx.rng.randint(5, 12):02d}"
    t(pg, ctx, 18, 24, code, 8)
    y = _title_lines(pg, ctx, 34, info["title"], 17)
    y, marks = _byline(pg, ctx, y + 2, info)
    used = sorted(set(marks))
    aff = "；".join(
        f"{m}. {info['affs'][m - 1]}，{info['prov']} {info['c']} {P.ZIP[info['c']]}" for m in used
    )
    y = t(pg, ctx, pg.w / 2, y, f"（{aff}）", 8.5, align="c") + 3
    abstract = (
        f"摘要：为明确{info['b']}的关键影响因素，本文采用{info['a']}开展研究，"
        "构建了评价指标体系并进行验证。结果表明，所提方法具有较好的适用性，可为相关实践提供参考。"
    )
    y = para(pg, ctx, 26, y, 158, abstract, 9.5, 1.6, indent=False)
    y = t(pg, ctx, 26, y + 1, f"关键词：{info['a']}；{info['b']}；影响因素；评价", 9.5)
    y = t(
        pg,
        ctx,
        26,
        y,
        f"中图分类号：{ctx.pick(['S513', 'R541.6', 'TU375', 'G633.7', 'X703'])}    文献标志码：A",
        9.5,
    )
    if english:
        eng = ["Study on {b} based on {a}", "Application of {a} in {b}", "Effects of {a} on {b}",
               "Analysis of {b} by {a}", "Experimental study of {a} for {b}"][info["form"]]  # fmt: skip
        subj = ctx.pick(
            ["winter wheat", "bridge structures", "clinical patients", "urban areas", "soil samples"]
        )
        y = para(
            pg, ctx, 26, y + 4, 158, eng.format(a=EN_A[info["a"]], b=subj).capitalize(), 12, indent=False
        )
        y = para(pg, ctx, 26, y + 1, 158, "Abstract: A study was carried out and an index system was built and "
                 "verified. Results show that the proposed approach is applicable and offers reference for practice.",
                 9, 1.5, indent=False)  # fmt: skip
        y = t(pg, ctx, 26, y + 1, "Key words: evaluation; influencing factors", 9)
    pg.line(18, y + 4, 192, y + 4, 0.2)
    fill = [
        "近年来，相关研究逐渐增多，但在实际应用中仍存在样本量偏小、评价方法单一等问题。",
        f"已有文献多集中于{info['b']}的现状描述，对其作用机制的定量分析仍较缺乏。",
        f"鉴于此，本研究以{info['a']}为切入点，结合实地调查数据开展分析，以期为进一步研究提供依据。",
        "1　材料与方法",
        "1.1　研究区概况与数据来源",
        "研究数据来源于课题组连续多年的调查记录，所有数据均经过异常值剔除与一致性检验。",
        "1.2　研究方法",
        "采用对照设计，各处理设3次重复，统计分析使用SPSS 26.0软件完成，P<0.05为差异有统计学意义。",
    ]
    y += 8
    for i, ptxt in enumerate(fill):
        if y > 232:
            break
        head = ptxt[0].isdigit()
        y = para(pg, ctx, 18, y, 174, ("引言　" if i == 0 else "") + ptxt, 10.5, 1.7, indent=not head)
    # footnote block
    yf = 246
    pg.line(18, yf, 90, yf, 0.3)
    rec = P.day(ctx.rng, info["year"] - 1, info["year"] - 1)
    first = info["mine"][0]
    fund = ctx.pick(
        ["国家自然科学基金项目", "山东省自然科学基金项目", "河南省科技攻关项目", "湖南省教育厅科学研究项目"]
    )
    notes = [f"收稿日期：{rec.isoformat()}",
             f"基金项目：{fund}（{ctx.rng.randint(10**6, 10**8)}）",
             f"作者简介：{first}（{ctx.rng.randint(1968, 1994)}—），{ctx.pick('男女')}，"
             f"{ctx.pick(['副教授', '主治医师', '高级工程师', '讲师', '副研究员'])}，"
             f"主要从事{info['b'][:6]}方面的研究。"]  # fmt: skip
    if len(info["mine"]) > 1:
        notes.append(f"通信作者：{info['mine'][-1]}，E-mail：{ctx.rng.randint(10**6, 10**9)}@qq.com")
    yy = yf + 2
    for s in notes:
        yy = para(pg, ctx, 18, yy, 174, s, 8, 1.45, indent=False)
    return pg


def _j_first(ctx: Ctx, info: dict) -> tuple[list[Page], str | None, bool]:
    return [_article_page(ctx, info, False)], None, True


def _j_bi(ctx: Ctx, info: dict) -> tuple[list[Page], str | None, bool]:
    return [_article_page(ctx, info, True)], None, True


def _toc_entries(ctx: Ctx, info: dict) -> list[tuple[str, str, int]]:
    others = info["others"]
    out = []
    page = ctx.rng.randint(1, 20)
    n = ctx.rng.randint(7, 10)
    mine_at = ctx.rng.randrange(n)
    oi = 0
    for i in range(n):
        if i == mine_at:
            out.append((info["title"], "，".join(info["mine"]), page))
        else:
            k = ctx.rng.randint(1, 3)
            names = others[oi % len(others) : oi % len(others) + k] or others[:1]
            oi += k
            out.append((P.paper_title(ctx.rng), "，".join(names), page))
        page += ctx.rng.randint(5, 12)
    return out


def _j_cover(ctx: Ctx, info: dict) -> tuple[list[Page], str | None, bool]:
    j = info["j"]
    pg = Page(bg=(236, 242, 248))
    color = ctx.pick([(20, 70, 140), (130, 30, 40), (30, 100, 70)])
    pg.rect(0, 0, 210, 70, 0, fill=color)
    t(pg, ctx, 105, 22, j.name, 40 if len(j.name) <= 6 else 30, True, "c", (255, 255, 255))
    t(pg, ctx, 105, 52, _vi(info, 1), 14, False, "c", (255, 255, 255))
    sup = info.get("cover_sup", ctx.rng.random() < 0.7)
    level = None
    y = 90
    t(pg, ctx, 30, y, "本期要目", 14, True, color=color)
    y += 9
    for title, names, _page in _cover_list(ctx, info):
        y = t(pg, ctx, 30, y, f"{title}", 10.5)
        y = t(pg, ctx, 40, y - 1, names, 9.5, color=GREY) + 1
    yb = 240
    if sup:
        zg, zb, level = info["sponsor"]
        yb = t(pg, ctx, 105, yb, f"主管：{zg}　主办：{zb}", 10, align="c")
    t(pg, ctx, 105, yb + 1, f"ISSN {j.issn}　　CN {j.cn}", 12, True, "c")
    t(
        pg,
        ctx,
        105,
        yb + 10,
        f"{info['year']}年第{info['issue']}期"
        + (f"（总第{ctx.rng.randint(120, 480)}期）" if ctx.rng.random() < 0.5 else ""),
        10,
        align="c",
    )  # noqa: E501
    return [pg], level, False


def _cover_list(ctx: Ctx, info: dict) -> list[tuple[str, str, int]]:
    entries = _toc_entries(ctx, info)
    mine = [e for e in entries if e[0] == info["title"]]
    rest = [e for e in entries if e[0] != info["title"]][:4]
    pos = ctx.rng.randint(0, len(rest))
    return rest[:pos] + mine + rest[pos:]


def _contents_page(ctx: Ctx, info: dict, with_sup: bool) -> tuple[Page, str | None]:
    j = info["j"]
    pg = Page()
    t(pg, ctx, 105, 14, j.name, 18, True, "c")
    head = ctx.pick(["目　次", "目　录", "CONTENTS 目次"])
    t(pg, ctx, 105, 25, head, 14, True, "c")
    t(pg, ctx, 105, 34, _vi(info, ctx.pick([0, 1])), 10, align="c")
    pg.line(18, 41, 192, 41, 0.5)
    y = 46
    secs = ["·研究论文·", "·试验研究·", "·综述·", "·应用技术·"]
    entries = _toc_entries(ctx, info)
    for i, (title, names, page) in enumerate(entries):
        if i % 3 == 0:
            y = t(pg, ctx, 105, y + 1, secs[(i // 3) % 4], 10, True, "c")
        tw = wmm(ctx, title, 10.5)
        pg.text(20, y, title, 10.5, ctx.body)
        dots = "·" * max(2, int((172 - 22 - tw) / wmm(ctx, "·", 10.5)))
        pg.text(20 + tw + 1, y, dots, 10.5, ctx.body, color=GREY)
        pg.text(190, y, f"（{page}）", 10, ctx.body, "r")
        y += 5.5
        pg.text(28, y, names, 9.5, ctx.body, color=(60, 60, 60))
        y += 7
    level = None
    yb = 262
    if with_sup:
        zg, zb, level = info["sponsor"]
        pg.line(18, yb - 3, 192, yb - 3, 0.3)
        yb = t(pg, ctx, 18, yb, f"主管单位：{zg}", 9)
        yb = t(pg, ctx, 18, yb - 1, f"主办单位：{zb}", 9)
        t(pg, ctx, 192, yb - 12, f"国际标准连续出版物号：ISSN {j.issn}", 9, align="r")
        t(pg, ctx, 192, yb - 7, f"国内统一连续出版物号：CN {j.cn}", 9, align="r")
    else:
        t(pg, ctx, 105, yb + 8, f"ISSN {j.issn}  CN {j.cn}", 9.5, align="c")
    return pg, level


def _j_contents(ctx: Ctx, info: dict) -> tuple[list[Page], str | None, bool]:
    pg, level = _contents_page(ctx, info, ctx.rng.random() < 0.5)
    return [pg], level, False


def _j_issue3(ctx: Ctx, info: dict) -> tuple[list[Page], str | None, bool]:
    cover = _j_cover(ctx, info)[0][0]
    toc, level = _contents_page(ctx, info, True)
    art = _article_page(ctx, info, ctx.rng.random() < 0.4)
    return [cover, toc, art], level, True


# ---- books -----------------------------------------------------------------------------------------
def _isbn(ctx: Ctx, prefix: str) -> str:
    body = "".join(str(ctx.rng.randint(0, 9)) for _ in range(12 - 4 - len(prefix)))
    d12 = "9787" + prefix + body
    return f"978-7-{prefix}-{body}-{P.isbn_digit(d12)}"


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("book")
    pub, city_, prefix = ctx.pick(P.PUBLISHERS)
    title = ctx.pick(P.BOOK_TITLES)
    y = ctx.rng.randint(2012, 2024)
    m = ctx.rng.randint(1, 12)
    ed = ctx.pick([1, 1, 1, 2])
    edition = f"{y}年{m}月第{ed}版"
    isbn = _isbn(ctx, prefix)
    names = P.people(ctx.rng, 14)
    info = {"pub": pub, "city": city_, "title": title, "y": y, "m": m, "ed": ed, "edition": edition, "isbn": isbn,
            "names": names}  # fmt: skip
    fn = {"cip": _b_cip, "cover": _b_cover, "frontcip": _b_front, "translated": _b_trans, "oldstyle": _b_old}[
        v
    ]
    pages, ppl, title = fn(ctx, info)
    people = []
    seen: set[str] = set()
    for nm, role in ppl:
        if nm not in seen:
            seen.add(nm)
            people.append({"name": nm, "rank": len(people) + 1, "role": role})
    cover = v == "cover"
    f = {
        "title": title,
        "people": people,
        "issuer": pub,
        "issued_on": None if cover else P.iso_m(y, m),
        "book": {"isbn": None if cover else isbn, "publisher": pub, "edition": None if cover else edition},
    }
    scored = ["title", "people", "issuer", "book.publisher"] + (
        [] if cover else ["book.isbn", "book.edition"]
    )
    who = ctx.pick([p["name"] for p in people if p["role"] != "author"] or [people[0]["name"]])
    return doc(ctx, "book", "book", v, pages, f, scored, (who, y))


def _cip_block(pg: Page, ctx: Ctx, y: float, info: dict, resp: str, extra: list[str] | None = None) -> float:
    y = t(pg, ctx, 24, y, "图书在版编目（CIP）数据", 11, True) + 1
    lines = [
        f"{info['title']}/{resp}. —{info['city']}：{info['pub']}，{info['y']}.{info['m']}",
        f"ISBN {info['isbn']}",
    ]
    lines += extra or []
    lines += [f"Ⅰ.①{info['title'][:4]}…　Ⅱ.①{info['names'][0][:1]}…　Ⅲ.①{info['title'][-4:]}　Ⅳ.①"
              f"{ctx.pick(['R4', 'S512', 'G633', 'TU7', 'S858', 'TV6'])}{ctx.rng.randint(1, 9)}"]  # fmt: skip
    for s in lines:
        y = para(pg, ctx, 24, y, 162, s, 10, 1.6)
    t(
        pg,
        ctx,
        24,
        y + 2,
        f"中国版本图书馆CIP数据核字（{info['y']}）第{ctx.rng.randint(10**5, 10**6 - 1)}号",
        10,
    )
    return y + 10


def _imprint(pg: Page, ctx: Ctx, y: float, info: dict, labels: bool = True) -> float:
    p2 = P.people(ctx.rng, 2)
    pr_y, pr_m = (info["y"], info["m"]) if ctx.rng.random() < 0.5 else (info["y"] + 1, ctx.rng.randint(1, 12))
    nth = 1 if (pr_y, pr_m) == (info["y"], info["m"]) else ctx.rng.randint(2, 4)
    pairs = [("责任编辑", p2[0]), ("封面设计", p2[1]), ("出版发行", info["pub"]),
             ("社　　址", f"{info['city']}市{ctx.pick(DISTRICT[info['city']])}"
                       f"{ctx.pick(['北路', '大街', '西路'])}{ctx.rng.randint(1, 99)}号"),
             ("印　　刷", f"{ctx.pick(['河北', '北京', '山东', '湖南'])}{ctx.pick(['新华', '华联', '鑫源'])}印刷有限公司"),
             ("开　　本", ctx.pick(["787mm×1092mm 1/16", "710mm×1000mm 1/16", "850mm×1168mm 1/32"])),
             ("印　　张", f"{ctx.rng.randint(10, 40)}{ctx.pick(['', '.5', '.25', '.75'])}"), ("字　　数", f"{ctx.rng.randint(180, 720)}千字"),
             ("版　　次", info["edition"]), ("印　　次", f"{pr_y}年{pr_m}月第{nth}次印刷"),
             ("书　　号", f"ISBN {info['isbn']}"), ("定　　价", f"{ctx.rng.randint(28, 168)}.00元")]  # fmt: skip
    return rows(pg, ctx, 36, y, pairs, 10, 24, "", 1.85)


DISTRICT = {"北京": ["东城区", "海淀区", "西城区", "朝阳区"], "济南": ["历下区", "市中区"], "郑州": ["金水区", "郑东新区"],
            "长沙": ["开福区", "芙蓉区"]}  # fmt: skip


def _ed_list(names: list[str]) -> str:
    return "　".join(names)


def _b_cip(ctx: Ctx, info: dict) -> tuple[list[Page], list[tuple[str, str]], str]:
    pg = Page()
    nm = info["names"]
    authored = ctx.rng.random() < 0.4
    if authored:
        ppl = [(n, "author") for n in nm[: ctx.rng.randint(1, 3)]]
        resp = "，".join(n for n, _ in ppl) + "著"
    else:
        ppl = [(n, "editor_in_chief") for n in nm[: ctx.rng.randint(1, 2)]]
        resp = "，".join(n for n, _ in ppl) + "主编"
    y = _cip_block(pg, ctx, 96, info, resp)
    pg.line(24, y + 2, 186, y + 2, 0.3)
    _imprint(pg, ctx, y + 8, info)
    t(pg, ctx, 105, 270, "版权所有　侵权必究", 10, align="c")
    return [pg], ppl, info["title"]


def _b_cover(ctx: Ctx, info: dict) -> tuple[list[Page], list[tuple[str, str]], str]:
    pg = Page(w=185, h=260, bg=ctx.pick([(246, 240, 226), (226, 236, 244), (240, 240, 240)]))
    nm = info["names"]
    col = ctx.pick([(30, 80, 120), (120, 40, 30), (40, 90, 50)])
    pg.rect(0, 40, 185, 110, 0, fill=col)
    title = info["title"]
    size = 26 if len(title) <= 10 else 20
    t(pg, ctx, 92.5, 62, title, size, True, "c", (255, 255, 255))
    chief = nm[: ctx.rng.randint(1, 2)]
    dep = nm[2 : 2 + ctx.rng.randint(0, 3)]
    y = t(pg, ctx, 92.5, 130, "主编　" + "　".join(chief), 14, align="c")
    ppl = [(n, "editor_in_chief") for n in chief]
    if dep:
        t(pg, ctx, 92.5, y + 2, "副主编　" + "　".join(dep), 12, align="c")
        ppl += [(n, "deputy_editor") for n in dep]
    t(pg, ctx, 92.5, 236, info["pub"], 14, True, "c")
    return [pg], ppl, title


def _b_front(ctx: Ctx, info: dict) -> tuple[list[Page], list[tuple[str, str]], str]:
    nm = info["names"]
    chief, dep = nm[:2] if ctx.rng.random() < 0.5 else nm[:1], nm[2 : 2 + ctx.rng.randint(2, 4)]
    board = sorted(set(nm[6:14]) | {chief[0]}, key=lambda s: (len(s), s))
    p1 = Page()
    t(p1, ctx, 105, 36, info["title"], 20, True, "c")
    t(p1, ctx, 105, 54, "编 委 会", 16, True, "c")
    y = rows(p1, ctx, 40, 72, [("主　编", _ed_list(chief)), ("副主编", _ed_list(dep))], 12, 24, "", 2.2)
    t(p1, ctx, 40, y + 2, "编　委（按姓氏笔画排序）", 12)
    y += 10
    for i in range(0, len(board), 4):
        y = t(p1, ctx, 52, y, _ed_list(board[i : i + 4]), 12)
    t(p1, ctx, 105, 250, info["pub"], 13, align="c")
    t(p1, ctx, 105, 258, info["city"], 11, align="c")
    p2 = Page()
    y = _cip_block(p2, ctx, 80, info, "，".join(chief) + "主编")
    _imprint(p2, ctx, y + 8, info)
    ppl = [(n, "editor_in_chief") for n in chief] + [(n, "deputy_editor") for n in dep]
    ppl += [(n, "editorial_board") for n in board]
    return [p1, p2], ppl, info["title"]


def _b_trans(ctx: Ctx, info: dict) -> tuple[list[Page], list[tuple[str, str]], str]:
    nat, orig, en = ctx.pick(P.FOREIGN)
    title = P.FOREIGN_TITLES[en]
    info = dict(info, title=title)
    tr = info["names"][: ctx.rng.randint(1, 3)]
    pg = Page()
    resp = f"（{nat}）{orig}著；{'，'.join(tr)}译"
    y = _cip_block(pg, ctx, 90, info, resp, [f"书名原文：{en}"])
    y = t(pg, ctx, 24, y, f"著作权合同登记号　图字：01-{info['y'] - 1}-{ctx.rng.randint(1000, 9999)}号", 10)
    pg.line(24, y + 2, 186, y + 2, 0.3)
    _imprint(pg, ctx, y + 8, info)
    t(pg, ctx, 24, 272, f"Copyright © {info['y'] - 3} by the original publisher. Simplified Chinese edition.", 8,
      color=GREY)  # fmt: skip
    return [pg], [(orig, "author")] + [(n, "translator") for n in tr], title


def _b_old(ctx: Ctx, info: dict) -> tuple[list[Page], list[tuple[str, str]], str]:
    pg = Page(w=148, h=210)
    nm = info["names"]
    au = nm[: ctx.rng.randint(1, 3)]
    role, word = ctx.pick([("author", "著"), ("editor_in_chief", "主编"), ("author", "编著")])
    t(pg, ctx, 74, 26, "内 容 提 要", 12, True, "c")
    para(pg, ctx, 16, 36, 116, f"本书系统介绍了{info['title']}的基本理论与实践方法，内容翔实，图文并茂，"
         "可供基层专业技术人员、相关专业师生阅读参考。", 9.5, 1.7)  # fmt: skip
    pg.line(16, 66, 132, 66, 0.3)
    pairs = [("书名", info["title"]), (word, "　".join(au)), ("出版", info["pub"]), ("发行", "新华书店经销"),
             ("版次", info["edition"]), ("书号", f"ISBN {info['isbn']}"), ("定价", f"{ctx.rng.randint(20, 90)}.00元")]  # fmt: skip
    y = 74
    for lab, val in pairs:
        pg.text(22, y, lab, 10, ctx.body)
        pg.text(42, y, val, 10 if wmm(ctx, val, 10) < 90 else 8.5, ctx.body)
        y += 8
    t(pg, ctx, 74, 190, "（如有印装质量问题，请与本社发行部联系调换）", 8, align="c", color=GREY)
    return [pg], [(n, role) for n in au], info["title"]


# ---- patents ---------------------------------------------------------------------------------------
DEVICES = ["秸秆粉碎还田装置", "可调节式输液架", "温室环境监测装置", "桥梁伸缩缝清理机器人", "医用护理床", "多功能教学演示装置",
           "农田灌溉水量自动控制装置", "畜禽粪便发酵处理设备", "中药饮片炮制装置", "道路积水监测报警装置", "土壤取样器",
           "物理实验用斜面小车"]  # fmt: skip
METHODS = ["小麦种子包衣剂及其制备方法", "混凝土裂缝修补材料及其制备方法", "土壤重金属快速检测方法",
           "基于深度学习的苹果病害识别方法", "复合菌剂发酵工艺"]  # fmt: skip
PRODUCTS = [
    "智能输液报警器",
    "教学用几何模型",
    "果蔬清洗机",
    "便携式土壤检测仪",
    "护理推车",
    "水质采样瓶",
    "护眼台灯",
]
KIND = {
    "invention": ("1", "发明", "B"),
    "utility_model": ("2", "实用新型", "U"),
    "design": ("3", "外观设计", "S"),
}


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("pat")
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(v) or ctx.pick(
        list(KIND)
    )
    digit, word, letter = KIND[kind]
    applied = P.day(ctx.rng, 2014, 2023)
    lag = ctx.rng.randint(500, 1100) if kind == "invention" else ctx.rng.randint(120, 360)
    granted = P.plus(applied, lag)
    serial = f"{ctx.pick('0011')}{ctx.rng.randint(0, 999999):06d}"
    d12 = f"{applied.year}{digit}{serial}"
    number = f"ZL{d12}.{P.zl_check(d12)}"
    if kind == "design":
        title = ctx.pick(PRODUCTS)
    elif kind == "invention":
        title = ctx.pick(METHODS + ["一种" + d for d in DEVICES])
    else:
        title = "一种" + ctx.pick(DEVICES)
    inv = P.people(ctx.rng, ctx.rng.randint(1, 6))
    c, prov = P.city(ctx.rng)
    owner = ctx.pick([P.workplace(ctx.rng, c), P.university(ctx.rng, prov)])
    info = {"kind": kind, "word": word, "letter": letter, "applied": applied, "granted": granted, "number": number,
            "d12": d12, "title": title, "inv": inv, "owner": owner, "c": c, "prov": prov}  # fmt: skip
    fn = {"invention": _p_classic, "utility": _p_utility, "design": _p_classic, "register": _p_register,
          "ecert": _p_ecert}[v]  # fmt: skip
    pages = fn(ctx, info)
    f = {
        "title": title,
        "people": [{"name": nm, "rank": i + 1, "role": "inventor"} for i, nm in enumerate(inv)],
        "issuer": "国家知识产权局",
        "issued_on": granted.isoformat(),
        "patent": {
            "kind": kind,
            "number": number,
            "applied_on": applied.isoformat(),
            "granted_on": granted.isoformat(),
        },
    }
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    return doc(ctx, "patent_certificate", "pat", v, pages, f, scored, (ctx.pick(inv), granted.year))


def _spaced_no(info: dict) -> str:
    d = info["d12"]
    return f"ZL {d[:4]} {d[4]} {d[5:]}.{info['number'][-1]}"


def _boiler(info: dict) -> str:
    years = {
        "invention": "二十",
        "utility_model": "十",
        "design": "十五" if info["applied"] >= dt.date(2021, 6, 1) else "十",
    }
    review = "初步审查" if info["kind"] != "invention" else "审查"
    return (
        f"本{info['word']}经过本局依照中华人民共和国专利法进行{review}，决定授予专利权，颁发{info['word']}专利证书"
        f"并在专利登记簿上予以登记。专利权自授权公告之日起生效。专利权期限为{years[info['kind']]}年，自申请日起算。"
    )


def _p_classic(ctx: Ctx, info: dict) -> list[Page]:
    pg = Page(bg=(252, 250, 243))
    st = ctx.style(("cn0", "cn"))
    pg.rect(10, 10, 200, 287, 1.5, (170, 130, 60))
    pg.rect(96, 18, 114, 36, 0.8, RED)
    t(pg, ctx, 105, 42, f"{info['word']}专利证书", 26, True, "c")
    t(pg, ctx, 105, 58, f"证书号第{ctx.rng.randint(10**5, 9 * 10**6)}号", 12, align="c")
    lab = "设 计 人" if info["kind"] == "design" else "发 明 人"
    name_lab = "外观设计名称" if info["kind"] == "design" else f"{info['word']}名称"
    y = 74
    y = para(pg, ctx, 26, y, 160, f"{name_lab}：{info['title']}", 12, 2.0, indent=False)
    y = para(pg, ctx, 26, y, 160, f"{lab}：{'；'.join(info['inv'])}", 12, 2.0, indent=False)
    pairs = [("专 利 号", _spaced_no(info)), ("专利申请日", P.fd(info["applied"], st)), ("专 利 权 人", info["owner"]),
             ("地　　址", f"{info['prov']}省{info['c']}市"), ("授权公告日", P.fd(info["granted"], st)),
             ("授权公告号", f"CN {info['d12'][4]}{ctx.rng.randint(10**7, 10**8 - 1)} {info['letter']}")]  # fmt: skip
    for a, b in pairs:
        y = t(pg, ctx, 26, y, f"{a}：{b}", 12) + 1.2
    y = para(pg, ctx, 26, y + 6, 160, _boiler(info), 11.5, 1.9)
    para(pg, ctx, 26, y + 2, 160, "本证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的"
         "姓名或名称、国籍、地址变更等事项记载在专利登记簿上。", 10, 1.8)  # fmt: skip
    t(pg, ctx, 150, 258, "局长", 12, align="r")
    hand(pg, ctx, 154, 255, "申长雨" if info["granted"] > dt.date(2013, 6, 1) else "田力普", 17)
    t(pg, ctx, 105, 266, "中华人民共和国国家知识产权局", 11, align="c")
    seal(pg, ctx, 120, 258, "中华人民共和国国家知识产权局", 20)
    t(pg, ctx, 105, 276, f"第 1 页（共 {ctx.pick([1, 2])} 页）", 9, align="c", color=GREY)
    return [pg]


def _p_utility(ctx: Ctx, info: dict) -> list[Page]:
    pg = Page()
    st = ctx.style(("dash", "cn", "dot"))
    t(pg, ctx, 105, 26, "中华人民共和国国家知识产权局", 13, align="c")
    t(pg, ctx, 105, 38, "实用新型专利证书", 24, True, "c")
    pairs = [("专利号", info["number"]), ("申请日", P.fd(info["applied"], st)), ("专利权人", info["owner"]),
             ("实用新型名称", info["title"]), ("发明人", "、".join(info["inv"])), ("授权公告日", P.fd(info["granted"], st))]  # fmt: skip
    y = 62
    for a, b in pairs:
        pg.rect(22, y, 62, y + 13, 0.3)
        pg.rect(62, y, 188, y + 13, 0.3)
        t(pg, ctx, 42, y + 4, a, 11, align="c")
        t(pg, ctx, 66, y + 4, b, 11 if wmm(ctx, b, 11) < 118 else 9)
        y += 13
    y = para(pg, ctx, 22, y + 10, 166, _boiler(info), 11, 1.9)
    t(pg, ctx, 188, y + 26, "国家知识产权局", 13, align="r")
    seal(pg, ctx, 170, y + 24, "中华人民共和国国家知识产权局", 19)
    return [pg]


def _p_register(ctx: Ctx, info: dict) -> list[Page]:
    pg = Page()
    st = ctx.style(("cn0", "dash"))
    printed = P.plus(info["granted"], ctx.rng.randint(40, 900))
    t(pg, ctx, 105, 22, "专利登记簿副本", 22, True, "c")
    t(pg, ctx, 188, 34, f"打印日期：{P.fd(printed, st)}", 9.5, align="r", color=GREY)
    lab = "设计人" if info["kind"] == "design" else "发明人"
    items = [("专利类型", info["word"]), ("专利号", info["number"]), ("申请日", P.fd(info["applied"], st)),
             ("授权公告日", P.fd(info["granted"], st)), ("发明创造名称", info["title"]), ("专利权人", info["owner"]),
             (lab, "，".join(info["inv"])), ("法律状态", "专利权维持"),
             ("年费缴纳", f"已缴至第{ctx.rng.randint(2, 6)}年度")]  # fmt: skip
    y = 42
    for a, b in items:
        pg.rect(20, y, 64, y + 12, 0.3, fill=(240, 240, 240))
        pg.rect(64, y, 190, y + 12, 0.3)
        t(pg, ctx, 42, y + 3.5, a, 10.5, align="c")
        t(pg, ctx, 68, y + 3.5, b, 10.5 if wmm(ctx, b, 10.5) < 118 else 8.5)
        y += 12
    para(
        pg, ctx, 20, y + 8, 170, "以上记载事项与专利登记簿一致。本副本仅证明打印日专利登记簿的记载情况。", 10
    )
    t(pg, ctx, 188, y + 34, "国家知识产权局", 12, align="r")
    t(pg, ctx, 188, y + 42, P.fd(printed, st), 12, align="r")
    seal(pg, ctx, 168, y + 36, "国家知识产权局专利登记簿副本专用章", 19)
    return [pg]


def _p_ecert(ctx: Ctx, info: dict) -> list[Page]:
    pg = Page(w=297, h=210)
    st = ctx.style(("cn", "dash", "han"))
    pg.rect(8, 8, 289, 202, 1.0, (40, 90, 160))
    t(pg, ctx, 148.5, 18, f"{info['word']}专利证书", 24, True, "c", (40, 90, 160))
    t(pg, ctx, 148.5, 32, "（电子证书）", 11, align="c", color=GREY)
    pg.rect(24, 46, 64, 86, 0.6)
    for i in range(6):
        for j2 in range(6):
            if (i * 7 + j2 * 3 + ctx.rng.randint(0, 1)) % 2:
                pg.rect(26 + i * 6, 48 + j2 * 6, 31 + i * 6, 53 + j2 * 6, 0, fill=(30, 30, 30))
    t(pg, ctx, 44, 90, "扫码核验", 9, align="c", color=GREY)
    lab = "设计人" if info["kind"] == "design" else "发明人"
    pairs = [("专利名称", info["title"]), (lab, "，".join(info["inv"])), ("专利号", info["number"]),
             ("专利申请日", P.fd(info["applied"], st)), ("专利权人", info["owner"]),
             ("授权公告日", P.fd(info["granted"], st))]  # fmt: skip
    y = rows(pg, ctx, 82, 48, pairs, 12, 30, gap=2.3)
    para(pg, ctx, 82, y + 4, 190, _boiler(info), 10.5, 1.8)
    t(pg, ctx, 262, 178, "国家知识产权局", 13, align="r")
    seal(pg, ctx, 244, 176, "中华人民共和国国家知识产权局", 18)
    return [pg]
