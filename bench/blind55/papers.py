"""Draw 55 builders: journal pages, books, patents, awards and project completion certificates."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind55 import kit
from bench.blind55.certs import setting
from bench.blind55.kit import centre, dstr, fit, iso, mstr, para, sign
from bench.blind55.pools import (
    COMPOUND,
    FOREIGN_AUTHORS,
    ISBN_PREFIX,
    PLACE,
    PROFESSIONS,
    City,
    Ctx,
    isbn_digit,
    journal_row,
    journal_volume,
    names,
    rand_day,
    zl_check,
)

_PY = (
    "王wang李li张zhang刘liu陈chen杨yang黄huang赵zhao吴wu周zhou徐xu孙sun马ma朱zhu胡hu郭guo何he高gao林lin罗luo郑zheng"
    "梁liang谢xie宋song唐tang许xu韩han冯feng邓deng曹cao彭peng曾zeng肖xiao田tian董dong袁yuan潘pan于yu蒋jiang蔡cai"
    "余yu杜du叶ye程cheng苏su魏wei吕lv丁ding任ren沈shen姚yao卢lu姜jiang崔cui钟zhong谭tan陆lu汪wang范fan金jin石shi"
    "廖liao贾jia夏xia韦wei付fu方fang白bai邹zou孟meng熊xiong秦qin邱qiu江jiang尹yin薛xue闫yan段duan雷lei侯hou龙long"
    "史shi陶tao黎li贺he顾gu毛mao郝hao龚gong邵shao万wan钱qian严yan覃qin武wu戴dai莫mo孔kong欧ou阳yang司si上shang"
    "官guan诸zhu葛ge东dong皇huang甫fu令ling狐hu慕mu容rong建jian国guo明ming华hua军jun伟wei芳fang娜na静jing丽li"
    "强qiang磊lei洋yang勇yong艳yan杰jie涛tao超chao秀xiu兰lan霞xia平ping刚gang桂gui英ying梅mei鹏peng飞fei宇yu浩hao"
    "然ran志zhi红hong玉yu凤feng海hai燕yan晓xiao亚ya楠nan振zhen春chun雨yu文wen博bo子zi涵han欣xin怡yi思si远yuan"
    "佳jia琪qi雪xue松song立li新xin栋dong淑shu珍zhen云yun峰feng德de胜sheng永yong庆qing秋qiu菊ju彦yan卫wei爱ai"
    "民min学xue良liang书shu香xiang巧qiao玲ling冬dong"
)
PINYIN: dict[str, str] = {}
for _c, _p in re.findall(r"([\u4e00-\u9fff])([a-z]+)", _PY):
    PINYIN.setdefault(_c, _p)


def roman(name: str, style: int) -> str:
    """A name in pinyin as journals print it: WANG Jianguo, Wang Jianguo or WANG Jian-guo."""
    cut = 2 if name[:2] in COMPOUND else 1
    sur = "".join(PINYIN[c] for c in name[:cut])
    giv = [PINYIN[c] for c in name[cut:]]
    g = ("-".join(giv) if style == 2 else "".join(giv)).capitalize()
    return f"{sur.upper()} {g}" if style != 1 else f"{sur.capitalize()} {g}"


def _sep(ctx: Ctx) -> str:
    return ctx.pick("sep", ["  ", "，", "、", " "])


def _claim_pick(ctx: Ctx, people: list[str]) -> str:
    return ctx.rng.choice(people)


# ---- journal articles -------------------------------------------------------------------------
FILLER = (
    "近年来，随着相关技术标准的不断完善，基层单位对该领域的实际需求日益增加。",
    "本文结合现场调查与试验数据，对影响因素进行了系统分析，并提出了相应的改进措施。",
    "试验在同一条件下重复进行3次，结果取平均值，采用SPSS 22.0软件进行统计分析。",
    "结果表明，改进后的方法在准确度和效率方面均优于传统方法，具有较好的推广价值。",
    "受样本数量和监测时段的限制，本研究的结论仍需在更大范围内进一步验证。",
)


def _journal_setup(ctx: Ctx) -> dict[str, Any]:
    city, prof, year, county, unit = setting(ctx)
    rng = ctx.rng
    jname = rng.choice(prof.journals)
    issn, cn, levels = journal_row(jname)
    vol = journal_volume(jname, year)
    issue = rng.randint(1, 12)
    title, en = rng.choice(prof.papers)
    authors = names(rng, rng.randint(2, 5))
    units = [unit] + [rng.choice(prof.units).format(c=city.name, x=rng.choice(city.counties))
                      for _ in range(rng.randint(0, 2))]  # fmt: skip
    units = list(dict.fromkeys(units))
    aff = [1 + (i % len(units)) if i else 1 for i in range(len(authors))]
    return {"city": city, "prof": prof, "year": year, "jname": jname, "issn": issn, "cn": cn, "levels": levels,
            "vol": vol, "issue": issue, "title": title, "en": en, "authors": authors, "units": units, "aff": aff,
            "county": county}  # fmt: skip


def _header(pg: Page, ctx: Ctx, j: dict[str, Any], with_vol: bool) -> None:
    y, iss = j["year"], j["issue"]
    left = f"第{j['vol']}卷 第{iss}期" if with_vol else f"{y}年第{iss}期"
    right = f"Vol.{j['vol']} No.{iss}" if with_vol else f"No.{iss} {y}"
    pg.text(18, 12, f"{j['jname']}  {left}", 9.5, ctx.body)
    pg.text(pg.w - 18, 12, f"{right}  {y}年{iss}月" if with_vol else right, 9.5, ctx.body, "r")
    pg.line(18, 18, pg.w - 18, 18, 0.4)
    pg.text(18, 20.5, f"ISSN {j['issn']}  CN {j['cn']}", 8.5, ctx.body)


def _byline(pg: Page, ctx: Ctx, j: dict[str, Any], y: float, mode: str) -> float:
    sep = _sep(ctx)
    parts: list[tuple[str, bool]] = []
    n = len(j["authors"])
    for i, a in enumerate(j["authors"]):
        parts.append((a, False))
        if mode == "num" and len(j["units"]) > 1:
            parts.append((str(j["aff"][i]), True))
        elif mode == "letter":
            parts.append(("ab"[i % 2], True))
        if mode in ("letter", "star") and i == n - 1:
            parts.append(("*", True))
        if i < n - 1:
            parts.append((sep, False))
    y = pg.runs(pg.w / 2, y, parts, 13, ctx.body, "c")
    if mode == "letter":
        u = j["units"][0]
        txt = f"（{u} a. 技术科；b. 检测中心，{j['city'].province[:2]} {j['city'].name[:2]}）"
        y = centre(pg, y, txt, 9.5, ctx.body, 20)
    else:
        txt = "；".join(f"{i + 1}. {u}" if len(j["units"]) > 1 else u for i, u in enumerate(j["units"]))
        y = centre(pg, y, f"（{txt}，{j['city'].province[:2]} {j['city'].name[:2]}）", 9.5, ctx.body, 20)
    return y


def _abstract(pg: Page, ctx: Ctx, j: dict[str, Any], y: float, width_x: tuple[float, float]) -> float:
    x0, x1 = width_x
    prof = j["prof"]
    ab = f"摘  要：针对{prof.trade}工作中存在的实际问题，{FILLER[1]}{FILLER[3]}"
    y = pg.wrap(x0, y, x1 - x0, ab, 9.5, ctx.body, 1.6)
    kw = "；".join(ctx.rng.sample([prof.trade, *prof.courses[:3]], 3))
    y = pg.wrap(x0, y + 1, x1 - x0, f"关键词：{kw}", 9.5, ctx.body, 1.6)
    cls = ctx.rng.choice(("U418.6", "R473.72", "P332", "G633.8", "S562", "TS104", "R446.1", "TK513", "TS211",
                          "TV882.1", "K878", "F592.7", "TQ021", "S858"))  # fmt: skip
    pg.text(x0, y + 1, f"中图分类号：{cls}    文献标志码：A", 9.5, ctx.body)
    pg.text(x1, y + 1, f"文章编号：{j['issn'][:9]}({j['year']}){j['issue']:02d}-{ctx.rng.randint(10, 200):04d}-0{ctx.rng.randint(4, 8)}",
            8.5, ctx.body, "r")  # fmt: skip
    return y + 8


def _english(pg: Page, ctx: Ctx, j: dict[str, Any], y: float) -> float:
    style = ctx.rng.randrange(3)
    y = centre(pg, y, j["en"], 11.5, ctx.bold, 20)
    y = centre(pg, y, ", ".join(roman(a, style) for a in j["authors"]), 9.5, ctx.body, 20)
    return y + 2


def _footnote(pg: Page, ctx: Ctx, j: dict[str, Any]) -> None:
    rng = ctx.rng
    recv = date(j["year"] - (1 if j["issue"] < 4 else 0), ((j["issue"] - 4) % 12) + 1, rng.randint(1, 28))
    first = j["authors"][0]
    lines = [f"收稿日期：{dstr(recv, 'dash')}",
             f"基金项目：{j['city'].province}{rng.choice(('自然科学基金', '重点研发计划', '科技攻关计划'))}项目（{kit.serial(rng, 4)}）",
             f"作者简介：{first}（{rng.randint(1970, 1990)}—），{rng.choice(('男', '女'))}，{j['city'].province[:2]}"
             f"{j['city'].name[:2]}人，{rng.choice(j['prof'].title_rank)}，主要从事{j['prof'].trade}研究。"]  # fmt: skip
    if len(j["authors"]) > 2 and rng.random() < 0.6:
        lines.append(f"通信作者：{j['authors'][-1]}，E-mail：{kit.serial(rng, 9)}@163.com")
    y = pg.h - 14 - 5.2 * len(lines)
    pg.line(18, y - 2, 90, y - 2, 0.3)
    for ln in lines:
        fit(pg, 18, y, ln, 8.5, ctx.body, pg.w - 36)
        y += 5.2


def _first_page(ctx: Ctx, j: dict[str, Any], mode: str, with_vol: bool, twocol: bool) -> Page:
    pg = Page()
    _header(pg, ctx, j, with_vol)
    y = centre(pg, 32, j["title"], 18, ctx.bold, 20)
    y = _byline(pg, ctx, j, y + 2, mode)
    y = _abstract(pg, ctx, j, y + 3, (26, pg.w - 26))
    y = _english(pg, ctx, j, y + 2)
    pg.line(18, y, pg.w - 18, y, 0.3)
    body = "".join(FILLER) * 2
    if twocol:
        colw = (pg.w - 36 - 8) / 2
        pg.text(18, y + 3, "0  引言", 11, ctx.bold)
        yb = pg.wrap(18, y + 10, colw, body, 9.5, ctx.body, 1.6)
        pg.text(18 + colw + 8, y + 3, "1  材料与方法", 11, ctx.bold)
        pg.wrap(18 + colw + 8, y + 10, colw, body[40:], 9.5, ctx.body, 1.6)
        del yb
    else:
        pg.text(18, y + 3, "1  引言", 11, ctx.bold)
        pg.wrap(18, y + 10, pg.w - 36, body, 10, ctx.body, 1.6)
    _footnote(pg, ctx, j)
    return pg


def _cover(ctx: Ctx, j: dict[str, Any], toc: bool) -> Page:
    rng = ctx.rng
    pg = Page(bg=rng.choice(((235, 242, 250), (250, 244, 232), (255, 255, 255))))
    if not toc:
        pg.rect(0, 0, pg.w, 70, 0, fill=rng.choice(((30, 70, 130), (120, 30, 30), (20, 100, 80))))
        fit(pg, pg.w / 2, 22, j["jname"], 40, ctx.bold, pg.w - 30, "c", (255, 255, 255))
        pg.text(
            pg.w / 2,
            52,
            f"{j['year']}年 第{j['issue']}期  第{j['vol']}卷",
            14,
            ctx.body,
            "c",
            (255, 255, 255),
        )
        y = 90
        pg.text(24, y, "本期要目", 15, ctx.bold)
        y += 10
    else:
        y = centre(pg, 18, f"{j['jname']}", 20, ctx.bold)
        y = centre(pg, y, f"第{j['vol']}卷 第{j['issue']}期（总第{j['vol'] * 12 + j['issue']}期）  {j['year']}年{j['issue']}月",
                   11, ctx.body)  # fmt: skip
        y = centre(pg, y + 2, "目    次", 18, ctx.bold)
    others = [p for p in PROFESSIONS if j["jname"] in p.journals and p is not j["prof"]] or [j["prof"]]
    items = []
    for t, _en in j["prof"].papers:
        if t != j["title"]:
            items.append((t, names(rng, rng.randint(1, 4))))
    for p in others:
        for t, _en in p.papers[:1]:
            if t != j["title"]:
                items.append((t, names(rng, rng.randint(1, 3))))
    items = items[:4]
    pos = rng.randint(0, len(items))
    items.insert(pos, (j["title"], j["authors"]))
    page = rng.randint(1, 40)
    sep = _sep(ctx)
    for t, au in items:
        fit(pg, 24, y, t, 12, ctx.body, pg.w - 70)
        pg.text(pg.w - 24, y, f"（{page}）", 11, ctx.body, "r")
        fit(pg, 30, y + 6.5, sep.join(au), 10.5, ctx.body, pg.w - 60)
        y += 16
        page += rng.randint(5, 9)
    pg.text(pg.w / 2, pg.h - 20, f"ISSN {j['issn']}    CN {j['cn']}", 12, ctx.body, "c")
    return pg


def journal_article(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("journal_article")
    j = _journal_setup(ctx)
    with_vol = v in ("cover", "toc", "pair") or ctx.rng.random() < 0.7
    if v == "cover":
        pages = [_cover(ctx, j, False)]
    elif v == "toc":
        pages = [_cover(ctx, j, True)]
    elif v == "pair":
        pages = [_cover(ctx, j, False), _first_page(ctx, j, "num", True, False)]
    else:
        mode = {"first": "num", "star": ctx.rng.choice(("letter", "star")), "twocol": "num"}[v]
        pages = [_first_page(ctx, j, mode, with_vol, v == "twocol")]
    journal = {"name": j["jname"], "issn": j["issn"], "cn": j["cn"], "year": j["year"],
               "volume": str(j["vol"]) if with_vol else None, "issue": str(j["issue"]), "levels": j["levels"]}  # fmt: skip
    people = [{"name": a, "rank": i + 1, "role": "author"} for i, a in enumerate(j["authors"])]
    fields = {"title": j["title"], "people": people, "journal": journal}
    scored = ["journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue", "journal.levels"]
    scored += ["journal.volume"] if with_vol else []
    if v not in ("cover", "toc"):
        scored = ["title", "people"] + scored
    who = _claim_pick(ctx, j["authors"])
    return kit.doc(ctx, "journal_article", v, pages, fields, scored, kit.claim(j["city"], who, j["year"]))


# ---- books ------------------------------------------------------------------------------------
def _isbn(ctx: Ctx, publisher: str) -> str:
    pre = ISBN_PREFIX[publisher]
    digits = re.sub(r"\D", "", pre)
    body = kit.serial(ctx.rng, 12 - len(digits))
    return f"{pre}-{body}-{isbn_digit(digits + body)}"


DISTRICTS = {
    "北京": ("东城区青年湖南街", "朝阳区北三环东路", "海淀区学院路", "西城区德胜门外大街"),
    "济南": ("市中区英雄山路", "历下区山大南路", "历城区经十东路"),
    "青岛": ("市南区香港东路", "崂山区松岭路"),
    "郑州": ("金水区经五路", "金水区顺河路", "中原区大学路"),
    "开封": ("龙亭区明伦街", "鼓楼区中山路"),
}


def _copyright(pg: Page, ctx: Ctx, b: dict[str, Any], y: float, credit: str,
               who: list[tuple[str, str]]) -> float:  # fmt: skip
    rng = ctx.rng
    y = centre(pg, y, "图书在版编目（CIP）数据", 12, ctx.bold)
    place = PLACE[b["publisher"]]
    cip = f"{b['title']}/{credit}. —{place}：{b['publisher']}，{b['year']}.{b['month']}"
    y = pg.wrap(30, y + 2, pg.w - 60, cip, 10.5, ctx.body, 1.6)
    y = pg.wrap(30, y, pg.w - 60, f"ISBN {b['isbn']}", 10.5, ctx.body, 1.6)
    pg.text(
        30, y + 1, f"中国版本图书馆CIP数据核字（{b['year']}）第{rng.randint(10000, 299999)}号", 10.5, ctx.body
    )
    y += 14
    pg.line(30, y, pg.w - 30, y, 0.4)
    y += 6
    rows = [("书    名", b["title"]), *who,
            ("责任编辑", names(rng, 1)[0]), ("出版发行", b["publisher"]),
            ("地    址", f"{place}市{rng.choice(DISTRICTS[place])}{rng.randint(1, 300)}号"),
            ("印    刷", f"{place}{rng.choice(('新华', '华艺', '光明'))}印刷有限公司"),
            ("开    本", rng.choice(("787 mm×1092 mm  1/16", "710 mm×1000 mm  1/16", "850 mm×1168 mm  1/32"))),
            ("印    张", f"{rng.randint(10, 30)}.{rng.choice((0, 5, 25, 75))}"), ("字    数", f"{rng.randint(200, 600)}千字"),
            ("版    次", b["edition"]), ("印    次", f"{b['year']}年{b['month']}月第1次印刷"),
            ("书    号", f"ISBN {b['isbn']}"), ("定    价", f"{rng.randint(28, 98)}.00元")]  # fmt: skip
    for lab, val in rows:
        pg.text(30, y, lab, 10.5, ctx.body)
        fit(pg, 58, y, val, 10.5, ctx.body, pg.w - 90)
        y += 6.8
    return y


def book(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("book")
    city, prof, year, county, unit = setting(ctx)
    rng = ctx.rng
    publisher = rng.choice(city.publishers)
    month = rng.randint(1, 12)
    ed_no = rng.choice((1, 1, 1, 2))
    title = rng.choice(prof.books)
    b = {"title": title, "publisher": publisher, "year": year, "month": month, "isbn": _isbn(ctx, publisher),
         "edition": f"{year}年{month}月第{ed_no}版"}  # fmt: skip
    pages: list[Page] = []
    people: list[dict[str, Any]] = []
    sep = ctx.pick("book.sep", ["，", "  ", "、"])
    issued: str | None = f"{year}-{month:02d}"
    edition: str | None = b["edition"]
    isbn: str | None = b["isbn"]
    if v == "cover":
        chief = names(rng, rng.randint(1, 2))
        deputy = names(rng, rng.randint(0, 2), set(chief))
        pg = Page(bg=rng.choice(((232, 240, 228), (240, 232, 220), (226, 234, 246))))
        pg.text(pg.w / 2, 22, f"{city.province}{year}年度科技著作出版资助项目", 11, ctx.body, "c")
        pg.rect(0, 40, pg.w, 120, 0, fill=rng.choice(((40, 90, 60), (120, 60, 30), (30, 60, 120))))
        fit(pg, pg.w / 2, 64, title, 32, ctx.bold, pg.w - 30, "c", (255, 255, 255))
        edition = None
        if ed_no == 2:
            pg.text(pg.w / 2, 96, "（第2版）", 16, ctx.body, "c", (255, 255, 255))
            edition = "第2版"
        pg.text(pg.w / 2, 150, f"主编  {sep.join(chief)}", 15, ctx.body, "c")
        if deputy:
            pg.text(pg.w / 2, 162, f"副主编  {sep.join(deputy)}", 13, ctx.body, "c")
        pg.text(pg.w / 2, 262, publisher, 16, ctx.bold, "c")
        pages.append(pg)
        people = [{"name": n, "rank": i + 1, "role": "editor_in_chief"} for i, n in enumerate(chief)]
        people += [
            {"name": n, "rank": len(chief) + i + 1, "role": "deputy_editor"} for i, n in enumerate(deputy)
        ]
        issued, isbn = None, None
    elif v in ("cip", "monograph"):
        au = names(rng, rng.randint(1, 3))
        word = "主编" if v == "cip" else rng.choice(("著", "编著"))
        pg = Page()
        y = 60 if v == "cip" else 40
        if v == "monograph":
            y = centre(pg, y, title, 20, ctx.bold)
            y = centre(pg, y + 2, f"{sep.join(au)}  {word}", 13, ctx.body) + 20
        _copyright(
            pg,
            ctx,
            b,
            y,
            f"{'，'.join(au)}{word}",
            [(f"{word[0]}    {word[-1]}" if len(word) == 2 else "著    者", "，".join(au))],
        )
        pages.append(pg)
        role = "editor_in_chief" if word == "主编" else "author"
        people = [{"name": n, "rank": i + 1, "role": role} for i, n in enumerate(au)]
    elif v == "board":
        chief = names(rng, rng.randint(1, 2))
        taken = set(chief)
        deputy = names(rng, rng.randint(1, 3), taken)
        board = names(rng, rng.randint(6, 12), taken)
        p1 = Page()
        y = centre(p1, 40, f"《{title}》编委会", 20, ctx.bold)
        y += 10
        for lab, ns in (("主  编", chief), ("副主编", deputy), ("编  委", board)):
            p1.text(34, y, lab, 13, ctx.bold)
            xs = [70 + 30 * c for c in range(4)]
            for i, nm in enumerate(ns):
                p1.text(xs[i % 4], y + 9 * (i // 4), nm, 13, ctx.body)
            y += 9 * ((len(ns) + 3) // 4) + 8
        if rng.random() < 0.6:
            p1.text(34, y + 4, "（编委按姓氏笔画排序）", 10.5, ctx.body)
        p2 = Page()
        _copyright(p2, ctx, b, 60, f"{'，'.join(chief)}主编", [("主    编", "，".join(chief))])
        pages = [p1, p2]
        people = [{"name": n, "rank": i + 1, "role": "editor_in_chief"} for i, n in enumerate(chief)]
        people += [
            {"name": n, "rank": len(people) + i + 1, "role": "deputy_editor"} for i, n in enumerate(deputy)
        ]
        people += [
            {"name": n, "rank": len(people) + i + 1, "role": "editorial_board"} for i, n in enumerate(board)
        ]
    elif v == "translated":
        orig = rng.choice(FOREIGN_AUTHORS)
        tr = names(rng, rng.randint(1, 3))
        pg = Page()
        y = centre(pg, 36, title, 20, ctx.bold)
        y = centre(pg, y + 2, f"{orig}  著", 13, ctx.body)
        y = centre(pg, y, f"{sep.join(tr)}  译", 13, ctx.body)
        _copyright(
            pg,
            ctx,
            b,
            y + 16,
            f"{orig}著；{'，'.join(tr)}译",
            [("著    者", orig), ("译    者", "，".join(tr))],
        )
        pages.append(pg)
        oname = orig.split(" ", 1)[1].replace(" ", "")
        people = [{"name": oname, "rank": 1, "role": "author"}]
        people += [{"name": n, "rank": i + 2, "role": "translator"} for i, n in enumerate(tr)]
    else:  # titlepage
        au = names(rng, rng.randint(2, 4))
        p1 = Page()
        centre(p1, 80, title, 26, ctx.bold)
        centre(p1, 120, f"{sep.join(au)}  编著", 14, ctx.body)
        centre(p1, 250, publisher, 15, ctx.bold)
        centre(p1, 260, f"·{PLACE[publisher]}·", 12, ctx.body)
        p2 = Page()
        _copyright(p2, ctx, b, 70, f"{'，'.join(au)}编著", [("编    著", "，".join(au))])
        pages = [p1, p2]
        people = [{"name": n, "rank": i + 1, "role": "author"} for i, n in enumerate(au)]
    fields = {"title": title, "people": people, "issuer": publisher, "issued_on": issued,
              "book": {"isbn": isbn, "publisher": publisher, "edition": edition}}  # fmt: skip
    scored = ["title", "people", "issuer", "book.publisher"]
    scored += ["book.isbn"] if isbn else []
    scored += ["book.edition"] if edition else []
    who = _claim_pick(ctx, [p["name"] for p in people if p["role"] != "author" or v != "translated"])
    return kit.doc(ctx, "book", v, pages, fields, scored, kit.claim(city, who, year))


# ---- patents ----------------------------------------------------------------------------------
PATENT_TEXT = {
    "invention": "本发明经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发发明专利证书并在专利登记簿上"
    "予以登记。专利权自授权公告之日起生效。本专利的专利权期限为二十年，自申请日起算。",
    "utility_model": "本实用新型经过本局依照中华人民共和国专利法进行初步审查，决定授予专利权，颁发实用新型专利证书并在"
    "专利登记簿上予以登记。专利权自授权公告之日起生效。本专利的专利权期限为十年，自申请日起算。",
    "design": "本外观设计经过本局依照中华人民共和国专利法进行初步审查，决定授予专利权，颁发外观设计专利证书并在专利"
    "登记簿上予以登记。专利权自授权公告之日起生效。本专利的专利权期限为十年，自申请日起算。",
}
KIND_WORD = {"invention": ("发明", "发明人", "发明名称"), "utility_model": ("实用新型", "发明人", "实用新型名称"),
             "design": ("外观设计", "设计人", "使用外观设计的产品名称")}  # fmt: skip
KIND_DIGIT = {"invention": "1", "utility_model": "2", "design": "3"}


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("patent_certificate")
    city, prof, year, county, unit = setting(ctx)
    rng = ctx.rng
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        v, rng.choice(("invention", "utility_model", "utility_model", "design")) if v != "semicolon" else
        rng.choice(("invention", "utility_model")))  # fmt: skip
    granted = rand_day(rng, year, 1, 12)
    lag = {
        "invention": rng.randint(500, 1000),
        "utility_model": rng.randint(120, 330),
        "design": rng.randint(90, 240),
    }
    applied = granted - timedelta(days=lag[kind])
    serial = kit.serial(rng, 7)
    digits = f"{applied.year}{KIND_DIGIT[kind]}{serial}"
    number = f"ZL{digits}.{zl_check(digits)}"
    if kind == "design":
        title = (
            rng.choice(("导览标识牌", "包装盒", "控制面板", "工具箱", "检测仪外壳")) + f"（{prof.trade}用）"
        )
    else:
        title = rng.choice(prof.patents)
    n_inv = rng.randint(1, 6)
    inv = names(rng, n_inv)
    if v == "semicolon" and rng.random() < 0.5:
        inv[0] = rng.choice(COMPOUND) + "志强"
    sep = {"semicolon": "；"}.get(v, ctx.pick("pt.sep", ["；", "，", "、", " "]))
    owner = unit if rng.random() < 0.7 else inv[0]
    word, who_word, name_word = KIND_WORD[kind]
    pstyle = ctx.pick("pt.num", ["spaced", "plain"])
    num_s = f"ZL {digits[:4]} {digits[4]} {digits[5:]}.{number[-1]}" if pstyle == "spaced" else number
    cert_no = f"第{rng.randint(1000000, 3200000)}号"
    dfmt = "cn0"
    pages: list[Page] = []
    if v == "register":
        pg = Page()
        y = centre(pg, 30, "专利登记簿副本", 22, ctx.bold)
        rows = [["专利类型", word], ["专利号", digits + "." + number[-1]], [name_word, title],
                ["申请日", dstr(applied, "cn0")], [who_word, sep.join(inv)], ["专利权人", owner],
                ["授权公告日", dstr(granted, "cn0")], ["专利权状态", "专利权维持"]]  # fmt: skip
        pg.table(22, y + 8, [40, 126], rows, 11, ctx.body, row_h=12)
        pg.text(22, y + 118, f"（专利号：{number}）", 10.5, ctx.body)
        sign(pg, ctx, ["国家知识产权局", dstr(granted + timedelta(days=rng.randint(20, 200)), "cn")], y + 140,
             stamp="中华人民共和国国家知识产权局专利局")  # fmt: skip
        pages.append(pg)
    else:
        spread = v == "spread"
        pg = kit.landscape() if spread else Page(bg=(252, 250, 244))
        x0 = pg.w / 2 + 10 if spread else 24
        x1 = pg.w - 16 if spread else pg.w - 24
        if spread:
            pg.line(pg.w / 2, 8, pg.w / 2, pg.h - 8, 0.4, (150, 150, 150))
            pg.text(pg.w / 4, 60, "中华人民共和国", 16, ctx.bold, "c")
            pg.text(pg.w / 4, 76, "国家知识产权局", 16, ctx.bold, "c")
            pg.text(pg.w / 4, 150, f"证书号{cert_no}", 11, ctx.body, "c")
            y = 22
        else:
            kit.frame(pg, 3)
            y = 36
        cx = (x0 + x1) / 2
        pg.text(cx, y, f"{word}专利证书", 22 if spread else 28, ctx.bold, "c")
        y += 16
        if not spread:
            pg.text(x1, y, f"证书号{cert_no}", 11, ctx.body, "r")
            y += 10
        pairs = [(name_word, title), (who_word, sep.join(inv)), ("专利号", num_s), ("专利申请日", dstr(applied, dfmt)),
                 ("专利权人", owner), ("授权公告日", dstr(granted, dfmt))]  # fmt: skip
        size = 11 if spread else 12.5
        for lab, val in pairs:
            pg.text(x0, y, f"{lab}：", size, ctx.body)
            lw = width_mm(f"{lab}：", ctx.body, size)
            y = pg.wrap(x0 + lw, y, x1 - x0 - lw, val, size, ctx.body, 1.7)
        y = pg.wrap(x0, y + 4, x1 - x0, PATENT_TEXT[kind], size - 1.5, ctx.body, 1.7)
        y = pg.wrap(x0, y + 2, x1 - x0, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的"
                    "姓名或名称、国籍、地址变更等事项记载在专利登记簿上。", size - 1.5, ctx.body, 1.7)  # fmt: skip
        pg.text(x1 - 14, y + 12, "局长", size, ctx.body, "r")
        pg.text(x1, y + 11, "申长雨", size + 2, ctx.hand, "r")
        if not spread:
            pg.text(x1, y + 22, "中华人民共和国国家知识产权局", size, ctx.body, "r")
        kit.seal(pg, ctx, x1 - 42, y + 20, "中华人民共和国国家知识产权局")
        pages.append(pg)
    people = [{"name": n, "rank": i + 1, "role": "inventor"} for i, n in enumerate(inv)]
    fields = {"title": title, "people": people, "issuer": "国家知识产权局", "issued_on": iso(granted),
              "patent": {"kind": kind, "number": number, "applied_on": iso(applied), "granted_on": iso(granted)}}  # fmt: skip
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    return kit.doc(
        ctx, "patent_certificate", v, pages, fields, scored, kit.claim(city, rng.choice(inv), year)
    )


# ---- awards -----------------------------------------------------------------------------------
GRADES = ("一等奖", "二等奖", "三等奖")
HAN_RANK = "一二三四五六七八九"


def _giver(ctx: Ctx, city: City, county: str, tiers: tuple[str, ...]) -> tuple[str, str, str]:
    """(giver, level, place word) for a people's government of one of `tiers`."""
    tier = ctx.rng.choice(tiers)
    if tier == "provincial":
        return city.prov_gov, "provincial", city.province
    if tier == "municipal":
        return city.gov, "municipal", city.name
    return county + "人民政府", "county", county


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("award_certificate")
    city, prof, year, county, unit = setting(ctx)
    rng = ctx.rng
    if v == "teach":
        prof = next(p for p in PROFESSIONS if p.key == "chemteach")
        unit = rng.choice(prof.units).format(c=city.name, x=county)
    grade = rng.choice(GRADES)
    day = rand_day(rng, year, 1, 12)
    month_only = rng.random() < 0.35
    when = mstr(year, day.month, "han") if month_only else dstr(day, rng.choice(("cn", "han")))
    issued = f"{year}-{day.month:02d}" if month_only else iso(day)
    holder: str | None = names(rng, 1)[0]
    team: list[str] = []
    rank = rng.randint(1, 5)
    rank_printed = True
    no = f"{year}-{rng.choice(('J', 'KJ', 'SK', ''))}{rng.randint(1, 3)}-{rng.randint(1, 90):03d}"
    if v in ("gov", "team"):
        giver, level, place = _giver(ctx, city, county, ("provincial", "municipal", "county"))
        name, kind = f"{place}科学技术进步奖", "science_technology"
        title = rng.choice(prof.projects)
    elif v == "skill":
        giver, level = rng.choice((city.rs, city.name + prof.dept)), "bureau"
        game = (
            "教学技能大赛"
            if prof.key == "chemteach"
            else ctx.pick("aw.game", ["职业技能竞赛", "技能大赛", "岗位练兵技能比武"])
        )
        title = f"{year}年{city.name}{prof.trade}{game}"
        name, kind = title, "competition"
        rank_printed = False
    elif v == "social":
        giver, level, place = _giver(ctx, city, county, ("provincial", "municipal"))
        name, kind = f"{place}社会科学优秀成果奖", "social_science"
        title = rng.choice(prof.papers)[0]
        rank_printed = rng.random() < 0.5
    elif v == "paper":
        giver, level = f"{city.name}科学技术协会", "bureau"
        name, kind = f"{city.name}自然科学优秀学术论文奖", "other"
        title = rng.choice(prof.papers)[0]
        rank_printed = rng.random() < 0.5
    else:
        if rng.random() < 0.5:
            giver, level, name = city.name + "教育局", "bureau", f"{city.name}基础教育教学成果奖"
        else:
            giver, level, name = city.prov_gov, "provincial", f"{city.province}省级教学成果奖"
        kind = "other"
        title = rng.choice(prof.projects)
    if not rank_printed:
        rank = 1
    pg = kit.landscape() if v in ("team", "skill") else Page(bg=kit.tone(ctx))
    kit.frame(pg, rng.choice((2, 3)), (170, 120, 40))
    y = centre(pg, 34, ctx.pick("aw.head", ["荣誉证书", "获奖证书", "证  书"]), 30, ctx.bold)
    if v == "team":
        team = names(rng, rng.randint(3, 7))
        holder = None
        s = f"为表彰{year}年度{name}获得者，特颁发此证书。"
        y = para(pg, ctx, 40, y + 8, pg.w - 80, s, 14, 2.0)
        pairs = [("项目名称", title), ("奖励等级", grade), ("主要完成单位", unit), ("主要完成人", "、".join(team)),
                 ("证书编号", no)]  # fmt: skip
        for lab, val in pairs:
            pg.text(44, y, f"{lab}：", 13, ctx.body)
            lw = width_mm(f"{lab}：", ctx.body, 13)
            y = pg.wrap(44 + lw, y, pg.w - 88 - lw, val, 13, ctx.body, 1.8)
        sign(pg, ctx, [giver, when], 150, xr=pg.w - 40, stamp=giver)
    elif v == "skill":
        s = f"{holder}同志（{unit}）在{title}中成绩优异，荣获{grade}。"
        y = para(pg, ctx, 44, y + 14, pg.w - 88, s, 16, 2.1)
        pg.text(44, y + 10, "特发此证，以资鼓励。", 14, ctx.body)
        pg.text(44, 178, f"证书编号：{no}", 11, ctx.body)
        sign(pg, ctx, [giver, when], 150, xr=pg.w - 40, stamp=giver)
    else:
        lines = [f"{holder}同志："]
        if v == "gov":
            body = f"您参加完成的“{title}”项目荣获{name}{grade}，您为第{HAN_RANK[rank - 1]}完成人。特发此证，以资鼓励。"
        elif v == "social":
            body = (
                f"你的成果《{title}》荣获{name}{grade}"
                + (f"（第{rank}完成人）" if rank_printed else "")
                + "。特发此证。"
            )
        elif v == "paper":
            body = (
                f"您撰写的论文《{title}》被评为{name}{grade}"
                + (f"，排名第{rank}" if rank_printed else "")
                + "。"
            )
        else:
            body = f"你（第{rank}完成人）参与完成的教学成果“{title}”荣获{name}{grade}。"
        pg.text(30, y + 12, lines[0], 15, ctx.body)
        y = para(pg, ctx, 30, y + 26, pg.w - 60, body, 15, 2.1)
        pg.text(30, y + 10, f"证书号：{no}", 11, ctx.body)
        sign(pg, ctx, [giver, when], max(y + 36, 200), stamp=giver)
    people = ([{"name": n, "rank": i + 1, "role": "awardee"} for i, n in enumerate(team)] if team
              else [{"name": holder, "rank": rank, "role": "awardee"}])  # fmt: skip
    fields = {"holder": holder, "title": title, "people": people, "issuer": giver, "issued_on": issued,
              "award": {"name": name, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
    scored = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.level",
              "award.grade"]  # fmt: skip
    who = holder or rng.choice(team)
    return kit.doc(ctx, "award_certificate", v, [pg], fields, scored, kit.claim(city, who, year))


# ---- project completion -----------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("project_completion")
    city, prof, year, county, unit = setting(ctx)
    rng = ctx.rng
    if v == "edu":
        prof = next(p for p in PROFESSIONS if p.key == "chemteach")
        unit = rng.choice(prof.units).format(c=city.name, x=county)
    title = rng.choice(prof.projects)
    leader, *members = names(rng, rng.randint(3, 7))
    day = rand_day(rng, year, 1, 12)
    issuer = ctx.pick(
        "pc.issuer", [f"{city.name}科学技术局", f"{city.province}科学技术厅", city.name + prof.dept]
    )
    code = f"{year - rng.randint(1, 2)}{rng.choice(('GG', 'RKX', 'NY', 'ZD', ''))}{rng.randint(100, 999)}"
    plan = ctx.pick("pc.plan", ["科技发展计划", "科技攻关计划", "软科学研究计划"])
    if v == "edu":
        issuer = rng.choice(
            (f"{city.name}教育科学规划领导小组办公室", f"{city.province}教育科学规划领导小组办公室")
        )
        fyp = "十二五" if year <= 2015 else "十三五"
        plan = f"教育科学“{fyp}”规划"
        code = f"{city.short}{year - 1}{kit.serial(rng, 3)}"
    if v == "county":
        issuer = f"{county}科学技术局"
    place = city.province if issuer.startswith(city.province) else county if v == "county" else city.name
    dstyle = ctx.pick("pc.date", ["cn", "han", "cn0"])
    pg = kit.landscape() if v == "county" else Page(bg=kit.tone(ctx))
    mem_s = ctx.pick("pc.sep", ["、", "，", "  "]).join(members)
    if v in ("jieti", "edu", "county"):
        kit.frame(pg, rng.choice((1, 2)), (40, 80, 140))
        head = {"jieti": "结题证书", "edu": "课题结题证书", "county": "项目验收证书"}[v]
        y = centre(pg, 34, head, 28, ctx.bold)
        pg.text(pg.w - 28, y, f"编号：{code}", 10.5, ctx.body, "r")
        s = (
            f"由{unit}{leader}主持的{place}{plan}项目“{title}”（项目编号：{code}），"
            f"经专家组{'鉴定' if v != 'county' else '验收'}，已完成预期研究任务，准予{'结题' if v != 'county' else '通过验收'}。"
            f"特发此证。"
        )
        x = 40 if v == "county" else 28
        y = para(pg, ctx, x, y + 14, pg.w - 2 * x, s, 14, 2.0)
        pg.text(x, y + 6, "课题组成员：" if v == "edu" else "项目组成员：", 13, ctx.body)
        y = pg.wrap(x + 30, y + 6, pg.w - 2 * x - 30, mem_s, 13, ctx.body, 1.8)
        sign(pg, ctx, [issuer, dstr(day, dstyle)], max(y + 20, 150 if v == "county" else 210),
             xr=pg.w - x, stamp=issuer)  # fmt: skip
    elif v in ("yanshou", "members"):
        y = centre(pg, 30, "项目验收证书" if v == "yanshou" else "结题证明", 24, ctx.bold)
        rows = [["项目名称", title], ["项目编号", code], ["承担单位", unit], ["项目负责人", leader]]
        if v == "yanshou":
            rows += [["项目组成员", mem_s], ["验收日期", dstr(day, dstyle)],
                     ["验收结论", "该项目完成了合同规定的各项任务，同意通过验收。"]]  # fmt: skip
        y = pg.table(20, y + 8, [36, 134], rows, 11, ctx.body, row_h=13)
        if v == "members":
            mt = [
                ["序号", "姓名", "单位", "职称", "分工"],
                ["1", leader, unit, rng.choice(prof.title_rank), "主持"],
            ]
            for i, m in enumerate(members):
                mt.append([str(i + 2), m, unit, rng.choice(prof.title_rank), "参加"])
            y = pg.table(20, y + 8, [14, 28, 74, 30, 24], mt, 10.5, ctx.body, row_h=10)
            y = para(
                pg, ctx, 22, y + 8, pg.w - 44, "经审核，该项目已按计划完成研究任务，同意结题，特此证明。", 12
            )
        sign(pg, ctx, [issuer + "（盖章）", dstr(day, dstyle)], y + 22, stamp=issuer)
    else:  # yijian
        y = centre(pg, 30, "项目验收意见", 22, ctx.bold)
        expert = names(rng, 1, {leader, *members})[0]
        paras = [f"{dstr(day, dstyle)}，{issuer}在{city.name}组织有关专家，对{unit}承担的{plan}项目“{title}”"
                 f"（项目编号：{code}）进行了验收。专家组听取了项目负责人{leader}的汇报，审阅了有关技术资料，经质询和讨论，"
                 "形成如下意见：",
                 "一、项目提供的验收资料齐全，符合验收要求。",
                 "二、项目完成了任务书规定的研究内容，技术指标达到合同要求。",
                 "专家组一致同意该项目通过验收。"]  # fmt: skip
        for s in paras:
            y = para(pg, ctx, 22, y + 2, pg.w - 44, s, 12.5, 1.9)
        pg.text(22, y + 8, f"主要完成人员：{leader}、{'、'.join(members)}", 12, ctx.body)
        pg.text(22, y + 22, "专家组组长：", 12, ctx.body)
        pg.text(50, y + 21, expert, 15, ctx.hand)
        sign(pg, ctx, [issuer, dstr(day, dstyle)], y + 40, stamp=issuer)
    people = [{"name": leader, "rank": 1, "role": "project_leader"}]
    people += [{"name": m, "rank": i + 2, "role": "project_member"} for i, m in enumerate(members)]
    fields = {"holder": leader, "title": title, "people": people, "issuer": issuer, "issued_on": iso(day)}
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    return kit.doc(ctx, "project_completion", v, [pg], fields, scored,
                   kit.claim(city, rng.choice([leader, *members]), year))  # fmt: skip
