"""Draw 43 builders: journal pages, books, patents, awards and project completion certificates."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import journals, supervisor
from bench.blind.doc import Doc, frame
from bench.blind.page import Page
from bench.blind43 import kit
from bench.blind43.kit import doc, hand, ppl, qr
from bench.blind43.pools import (
    ADDRESSES,
    PUBLISHERS,
    Ctx,
    city,
    city_of,
    fd,
    fm,
    landline,
    make_isbn,
    make_zl,
    people_names,
    pick,
    profile,
    rdate,
    variant,
)  # fmt: skip
from bench.generator.truth import person

SUP = "¹²³⁴⁵"
JOURNAL_WORDS = {"aqua": ("水产", "海洋", "渔业"), "pharm": ("药学", "药理", "中草药", "中国中药"),
                 "icu": ("护理", "危重", "急救", "急诊", "中华医学杂志"), "chn": ("心理学报", "心理卫生"),
                 "math": ("数学",), "port": ("机械", "起重", "港", "交通"),
                 "grid": ("电力", "电网", "电工", "电机"), "plan": ("规划", "城市", "地理", "建筑"),
                 "audit": ("审计", "会计", "财经", "统计", "经济")}  # fmt: skip
CLC = {"aqua": "S967", "pharm": "R95", "icu": "R473", "chn": "G623.2", "math": "G623.5", "port": "U653", "grid": "TM73",
       "plan": "TU984", "audit": "F239"}  # fmt: skip
FILL = ["近年来，随着相关行业的快速发展，实际工作中对技术规范与管理水平的要求不断提高，有必要开展系统研究。",
        "已有研究多集中于单一环节，对全过程的协同关注不足，且样本多来自大型城市，对地市一级的情况缺少讨论。",
        "本研究选取烟台、德州两地的典型单位作为样本，于两年内分阶段收集资料，并采用统一的记录表进行整理。",
        "数据采用SPSS 26.0进行统计分析，计量资料以均数±标准差表示，组间比较采用t检验，P<0.05为差异有统计学意义。",
        "结果显示，干预后各项指标均有不同程度改善，其中两项主要指标的差异具有统计学意义，详见表1。"]  # fmt: skip
POST = {"烟台": "264005", "德州": "253023"}


def _style(ctx: Ctx) -> str:
    return pick(ctx, "date_style", ["iso", "cn", "cnpad", "cnnum", "dot", "dotshort", "slash", "cnspace"])


# ---- journal pages ----------------------------------------------------------------------------
def journal_article(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = variant(ctx, "journal_article")
    prof = profile(ctx)
    pool = [x for x in journals() if any(w in x.name for w in JOURNAL_WORDS[prof["key"]])]
    j = rng.choice(pool or journals())
    levels = list(j.base_levels)
    year = rng.randint(2018, 2024)
    month = rng.randint(1, 12)
    vol = str(rng.randint(18, 52)) if rng.random() < 0.75 else None
    issue = str(rng.randint(1, 12))
    title = rng.choice(prof["papers"])
    authors = people_names(rng, rng.randint(1, 5))
    units = rng.sample(prof["units"], min(len(prof["units"]), rng.randint(1, 2)))
    aff_of = [rng.randrange(len(units)) for _ in authors]
    c = city(ctx)
    sup_name, sup_level = supervisor(rng, j)
    show_sup = v in ("cover", "bundle") or rng.random() < 0.3
    if show_sup:
        levels.append(sup_level)
    volno = (f"第{vol}卷第{issue}期" if vol else f"第{issue}期")
    volno_en = (f"Vol.{vol} No.{issue}" if vol else f"No.{issue}")
    ids = f"ISSN {j.issn}  CN {j.cn}"
    page0 = rng.randint(12, 160)
    received = dt.date(year, month, 1) - dt.timedelta(days=rng.randint(60, 300))

    def first_page(style: str) -> Page:
        pg = kit.portrait()
        pg.text(18, 12, f"{j.name}", 9, ctx.body)
        pg.text(pg.w / 2, 12, f"{year}年{month}月" if style != "classic" else "", 9, ctx.body, "c")
        pg.text(pg.w - 18, 12, f"{volno}  {volno_en}" if style != "classic" else f"{year}年 {volno}", 9, ctx.body, "r")
        pg.line(18, 17.5, pg.w - 18, 17.5, 0.4)
        pg.text(18, 20, f"文章编号：{j.issn.replace('-', '')[:8]}({year}){int(issue):02d}-{page0:04d}-0{rng.randint(4, 8)}",
                7.5, ctx.body)  # fmt: skip
        pg.text(pg.w - 18, 20, ids, 7.5, ctx.body, "r")
        if style == "classic":
            y = pg.wrap(18, 32, pg.w - 36, title, 17, ctx.bold, 1.4)
            pg.text(18, y + 2, "，".join(authors), 11, ctx.body)
            affs = "；".join((f"{i + 1}. " if len(units) > 1 else "") + f"{u}，山东 {city_of(u)} {POST[city_of(u)]}"
                            for i, u in enumerate(units))
            y = pg.wrap(18, y + 10, pg.w - 36, f"（{affs}）", 8.5, ctx.body, 1.5)
        else:
            y = pg.wrap(30, 32, pg.w - 60, title, 17, ctx.bold, 1.4)
            parts: list[tuple[str, bool]] = []
            for i, a in enumerate(authors):
                parts += [(("，" if i else "") + a, False), (SUP[aff_of[i]] if len(units) > 1 else "", True)]
            y = pg.runs(pg.w / 2, y + 2, [p for p in parts if p[0]], 11.5, ctx.body)
            for i, u in enumerate(units):
                num = f"{i + 1}. " if len(units) > 1 else ""
                pg.text(pg.w / 2, y, f"（{num}{u}，山东 {city_of(u)} {POST[city_of(u)]}）", 8.5, ctx.body, "c")
                y += 5
            if style == "bilingual":
                y = pg.wrap(30, y + 2, pg.w - 60, "Effects and mechanisms: a field study in Jiaodong, Shandong", 10,
                            ctx.body, 1.4)  # fmt: skip
        y = pg.wrap(18, y + 4, pg.w - 36, f"摘要：针对{prof['topics'][0]}中存在的问题，本文以{units[0]}为例，采用调查与实验"
                    "相结合的方法进行了分析。结果表明，所提出的方法具有较好的适用性，可为同类工作提供参考。", 9, ctx.body,
                    1.55)  # fmt: skip
        pg.text(18, y + 1, f"关键词：{prof['topics'][1]}；{prof['job']}；实证分析", 9, ctx.body)
        pg.text(18, y + 8, f"中图分类号：{CLC[prof['key']]}    文献标志码：A", 9, ctx.body)
        yy = y + 18
        for col in (18, pg.w / 2 + 3):
            y2 = yy
            for i in range(7):
                if y2 > pg.h - 48:
                    break
                if col < 50 and i == 0:
                    pg.text(col, y2, "0  引言", 10, ctx.bold)
                    y2 += 6
                y2 = pg.wrap(col, y2, pg.w / 2 - 21, rng.choice(FILL), 9, ctx.body, 1.55, indent=6)
        pg.line(18, pg.h - 34, 80, pg.h - 34, 0.3)
        pg.text(18, pg.h - 32, f"收稿日期：{fd(received, 'iso')}", 7.5, ctx.body)
        pg.text(18, pg.h - 27, f"基金项目：{rng.choice(('山东省自然科学基金', '烟台市科技计划项目', '德州市科技发展计划'))}"
                f"（{rng.randint(2017, year)}{rng.choice(('ZR', 'YT', 'DZ'))}{rng.randrange(1000):03d}）", 7.5, ctx.body)
        pg.text(18, pg.h - 22, f"作者简介：{authors[0]}，{prof['job']}，研究方向为{prof['topics'][2]}。", 7.5, ctx.body)
        pg.text(pg.w / 2, pg.h - 12, str(page0), 8, ctx.body, "c")
        return pg

    def cover() -> Page:
        pg = kit.portrait()
        pg.rect(0, 0, pg.w, 70, 0, (20, 70, 120), (20, 70, 120))
        pg.text(pg.w / 2, 20, j.name, kit.fit(j.name, ctx.bold, 40, pg.w - 30), ctx.bold, "c", (255, 255, 255))
        pg.text(pg.w / 2, 52, f"{year}年  {volno}", 14, ctx.body, "c", (255, 255, 255))
        pg.text(20, 84, "本期要目", 13, ctx.bold, "l", (20, 70, 120))
        pg.text(20, 94, f"{title}……{'，'.join(authors)}", kit.fit(f"{title}……{'，'.join(authors)}", ctx.body, 10,
                pg.w - 40), ctx.body)  # fmt: skip
        yy = 102
        for t in rng.sample([p for p in prof["papers"] if p != title], min(2, len(prof["papers"]) - 1)):
            n2 = people_names(rng, 2)
            pg.text(20, yy, f"{t}……{'，'.join(n2)}", kit.fit(f"{t}……{'，'.join(n2)}", ctx.body, 10, pg.w - 40), ctx.body)
            yy += 8
        pg.text(20, pg.h - 48, f"主管：{sup_name}", 10.5, ctx.body)
        pg.text(20, pg.h - 40, f"编辑出版：《{j.name}》编辑部", 10.5, ctx.body)
        pg.text(20, pg.h - 32, f"国际标准连续出版物号 ISSN {j.issn}", 10.5, ctx.body)
        pg.text(20, pg.h - 24, f"国内统一连续出版物号 CN {j.cn}", 10.5, ctx.body)
        qr(pg, ctx, pg.w - 45, pg.h - 50, 24, "扫码关注本刊")
        return pg

    def toc() -> Page:
        pg = kit.portrait()
        pg.text(pg.w / 2, 16, f"{j.name}", 14, ctx.bold, "c")
        pg.text(pg.w / 2, 25, f"{year}年 {volno}（总第{rng.randint(100, 400)}期）", 10, ctx.body, "c")
        pg.text(pg.w / 2, 36, "目　　次", 16, ctx.bold, "c")
        entries = [(title, authors, page0)]
        p = page0
        for t in rng.sample(prof["papers"] + [f"{x}研究进展" for x in prof["topics"]], 6):
            if t != title:
                p += rng.randint(5, 9)
                entries.append((t, people_names(rng, rng.randint(1, 3)), p))
        rng.shuffle(entries)
        entries.sort(key=lambda e: e[2])
        y = 48
        for t, au, pn in entries:
            pg.text(20, y, t, kit.fit(t, ctx.body, 10.5, 130), ctx.body)
            pg.text(pg.w - 20, y, f"{'，'.join(au)}（{pn}）", 9, ctx.body, "r")
            y += 10
        pg.text(20, pg.h - 30, f"主管单位：{sup_name}" if show_sup else f"编辑出版：《{j.name}》编辑部", 9, ctx.body)
        pg.text(20, pg.h - 24, ids, 9, ctx.body)
        pg.text(pg.w - 20, pg.h - 24, f"电话：{landline(rng, c)}", 9, ctx.body, "r")
        return pg

    if v == "cover":
        pages = [cover()]
    elif v == "toc":
        pages = [toc()]
    elif v == "bundle":
        pages = [cover(), toc(), first_page("firstpage")]
    else:
        pages = [first_page(v)]
        if show_sup:
            pages[0].text(pages[0].w - 18, pages[0].h - 12, f"主管：{sup_name}", 7.5, ctx.body, "r")
    jr = {"name": j.name, "issn": j.issn, "cn": j.cn, "year": year, "volume": vol, "issue": issue, "levels": levels}
    fields = {"holder": None, "people": ppl(authors, "author"), "title": title, "journal": jr}
    scored = ["journal.name", "journal.issn", "journal.cn", "journal.year", "journal.issue", "journal.levels"]
    if vol:
        scored.append("journal.volume")
    if v not in ("cover", "toc"):
        scored = ["title", "people"] + scored
    claim = authors[rng.randrange(len(authors))]
    return doc(ctx, "journal_article", v, pages, fields, scored, claim, year)


# ---- books ------------------------------------------------------------------------------------
FOREIGN = [("美", "詹姆斯·W.哈里森"), ("英", "大卫·R.摩尔"), ("日", "佐藤健一"), ("德", "托马斯·施密特"), ("澳", "彼得·格林")]
DISTRICT = {"北京": "西城区", "济南": "市中区", "青岛": "崂山区"}
PUB_BY = {"aqua": ["中国农业出版社", "海洋出版社", "中国海洋大学出版社"], "pharm": ["人民卫生出版社", "化学工业出版社"],
          "icu": ["人民卫生出版社", "山东科学技术出版社"], "chn": ["山东教育出版社"], "math": ["山东教育出版社", "科学出版社"],
          "port": ["人民交通出版社", "化学工业出版社"], "grid": ["中国电力出版社"], "plan": ["中国建筑工业出版社"],
          "audit": ["中国审计出版社"]}  # fmt: skip
PUB_CITY = {"人民卫生出版社": "北京", "中国农业出版社": "北京", "中国电力出版社": "北京", "人民交通出版社": "北京",
            "中国建筑工业出版社": "北京", "中国审计出版社": "北京", "山东教育出版社": "济南", "科学出版社": "北京",
            "化学工业出版社": "北京", "海洋出版社": "北京", "中国海洋大学出版社": "青岛", "山东科学技术出版社": "济南"}  # fmt: skip


def book(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = variant(ctx, "book")
    prof = profile(ctx)
    pub = rng.choice(PUB_BY[prof["key"]] if rng.random() < 0.85 else PUBLISHERS)
    title = rng.choice(prof["books"])
    y, m = rng.randint(2016, 2024), rng.randint(1, 12)
    ed_n = rng.choice((1, 1, 1, 2, 3))
    edition = f"{y}年{m}月第{ed_n}版"
    isbn = make_isbn(rng, pub)
    people: list[dict] = []
    if v == "translation":
        nat, orig = rng.choice(FOREIGN)
        trans = people_names(rng, rng.randint(1, 3))
        people = [person(orig, 1, "author")] + ppl(trans, "translator", list(range(2, len(trans) + 2)))
        credit = f"（{nat}）{orig}著；{'，'.join(trans)}译"
        roster = [("著　者", [f"[{nat}]{orig}"]), ("译　者", trans)]
        title = rng.choice(("重症监护实践指南", "海水养殖工程学", "现代电力系统分析", "城市规划原理与实践", "审计学：一种整合方法",
                            "儿童数学认知发展", "港口起重机设计"))  # fmt: skip
    else:
        ns = people_names(rng, 9)
        chief = ns[: rng.choice((1, 2))]
        deputy = ns[2: 2 + rng.choice((0, 1, 2, 3))]
        board = ns[5: 5 + rng.choice((0, 2, 3, 4))]
        rank = 1
        roster = []
        for lab, grp, role in (("主　编", chief, "editor_in_chief"), ("副主编", deputy, "deputy_editor"),
                               ("编　委", board, "editorial_board")):  # fmt: skip
            if grp:
                roster.append((lab, grp))
            for n in grp:
                people.append(person(n, rank, role))
                rank += 1
        credit = f"{'，'.join(chief)}主编"
    pcity = PUB_CITY[pub]
    c = city(ctx)
    price = f"{rng.randint(28, 128)}.00元"

    def roster_lines(pg: Page, x: float, y: float, size: float, align: str = "l") -> float:
        for lab, grp in roster:
            s = f"{lab}  {'  '.join(grp)}"
            pg.text(x, y, s, kit.fit(s, ctx.body, size, pg.w - 40), ctx.body, align)
            y += size * 0.3528 * 1.9
        return y

    def copyright_page(pg: Page, y: float) -> float:
        pg.text(25, y, "图书在版编目（CIP）数据", 11, ctx.bold)
        y = pg.wrap(25, y + 8, pg.w - 50, f"{title} / {credit}. —{pcity}：{pub}，{y_m_dot}", 10, ctx.body, 1.6)
        pg.text(25, y, f"ISBN {isbn}", 10, ctx.body)
        pg.text(25, y + 6, f"Ⅰ.①{title[:2]}… Ⅱ.①{people[0]['name'][:2]}… Ⅲ.①{prof['job'][:2]}—研究 Ⅳ.①{rng.choice(('R47', 'S96', 'TM7', 'G62', 'F23', 'TU98', 'U65'))}",
                9, ctx.body)  # fmt: skip
        pg.text(25, y + 13, f"中国版本图书馆CIP数据核字（{y_}）第{rng.randint(100000, 299999)}号", 9, ctx.body)
        pg.line(25, y + 21, pg.w - 25, y + 21, 0.3)
        yy = y + 26
        yy = roster_lines(pg, 25, yy, 9.5)
        for s in (f"责任编辑：{people_names(rng, 1)[0]}", f"出版发行：{pub}", f"地　　址：{pcity}市{DISTRICT[pcity]}"
                  f"{rng.randint(1, 99)}号", f"印　　刷：{c}{rng.choice(('华鑫', '金鹏', '新华'))}印刷有限公司",
                  f"开　　本：787mm×1092mm  1/16    印张：{rng.randint(10, 30)}    字数：{rng.randint(200, 600)}千字",
                  f"版　　次：{edition}    {y_}年{m}月第{rng.randint(1, 3)}次印刷", f"书　　号：ISBN {isbn}",
                  f"定　　价：{price}"):  # fmt: skip
            pg.text(25, yy, s, 9.5, ctx.body)
            yy += 6.3
        pg.text(25, yy + 4, "版权所有　侵权必究　如有印装质量问题请与本社发行部联系调换", 8, ctx.body, "l", (90, 90, 90))
        return yy

    y_ = y
    y_m_dot = f"{y}.{m}"
    pages: list[Page] = []
    if v == "cover":
        pg = kit.portrait()
        pg.bg = rng.choice(((232, 242, 250), (250, 244, 232), (238, 246, 236)))
        pg.rect(0, 40, pg.w, 120, 0, (40, 90, 140), (40, 90, 140))
        pg.text(pg.w / 2, 62, title, kit.fit(title, ctx.bold, 30, pg.w - 24), ctx.bold, "c", (255, 255, 255))
        yy = 140
        for lab, grp in roster:
            s = f"{lab.replace('　', '')}　{'　'.join(grp)}"
            pg.text(pg.w / 2, yy, s, kit.fit(s, ctx.body, 13, pg.w - 30), ctx.body, "c")
            yy += 9
        pg.text(pg.w / 2, pg.h - 26, pub, 15, ctx.bold, "c")
        scored = ["title", "people", "issuer", "book.publisher"]
        bk = {"isbn": None, "publisher": pub, "edition": None}
        issued = None
        pages = [pg]
    else:
        scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
        bk = {"isbn": isbn, "publisher": pub, "edition": edition}
        issued = f"{y}-{m:02d}"
        if v in ("cip", "translation"):
            pg = kit.portrait()
            copyright_page(pg, 40)
            pages = [pg]
        elif v == "titlecopy":
            p1 = kit.portrait()
            p1.text(p1.w / 2, 70, title, kit.fit(title, ctx.bold, 26, p1.w - 30), ctx.bold, "c")
            roster_lines(p1, p1.w / 2, 110, 12, "c")
            p1.text(p1.w / 2, p1.h - 50, pub, 14, ctx.body, "c")
            p1.text(p1.w / 2, p1.h - 40, f"· {pcity} ·", 11, ctx.body, "c")
            p2 = kit.portrait()
            copyright_page(p2, 60)
            pages = [p1, p2]
        elif v == "colophon":
            pg = kit.portrait()
            pg.text(pg.w / 2, 30, "内 容 提 要", 14, ctx.bold, "c")
            pg.wrap(25, 44, pg.w - 50, f"本书系统介绍了{prof['topics'][0]}、{prof['topics'][1]}等方面的理论与实践，可供"
                    f"{prof['job']}及相关专业人员参考。", 11, ctx.body, 1.9, indent=8)  # fmt: skip
            pg.rect(25, 120, pg.w - 25, 250, 0.5)
            pg.text(pg.w / 2, 126, title, 13, ctx.bold, "c")
            yy = roster_lines(pg, pg.w / 2, 136, 10, "c")
            for s in (f"{pub} 出版发行", f"（{pcity}）  邮政编码 {rng.randint(100000, 299999)}", f"{edition}",
                      f"{y}年{m}月{c}第{rng.randint(1, 4)}次印刷", f"ISBN {isbn}", f"定价：{price}"):  # fmt: skip
                pg.text(pg.w / 2, yy + 2, s, 10, ctx.body, "c")
                yy += 7.5
            pages = [pg]
        else:  # reader
            pg, yy = kit.phone_page(ctx, "版权信息")
            pg.bg = (250, 247, 238)
            pg.text(6, yy + 2, title, kit.fit(title, ctx.bold, 11, pg.w - 12), ctx.bold)
            yy += 12
            for lab, grp in roster:
                s = f"{lab.replace('　', '')}：{'，'.join(grp)}"
                pg.text(6, yy, s, kit.fit(s, ctx.body, 7.5, pg.w - 12), ctx.body)
                yy += 6
            for s in (f"出版：{pub}", f"版次：{edition}", f"ISBN：{isbn}", f"字数：{rng.randint(200, 600)}千字",
                      "本书由出版社授权电子版发行", "版权所有·侵权必究"):  # fmt: skip
                pg.text(6, yy, s, kit.fit(s, ctx.body, 7.5, pg.w - 12), ctx.body)
                yy += 6
            pg.text(pg.w / 2, pg.h - 8, f"{rng.randint(1, 3)}/{rng.randint(200, 400)}", 7, ctx.body, "c", (140, 140, 140))
            pages = [pg]
    fields = {"holder": None, "people": people, "title": title, "issuer": pub, "issued_on": issued, "book": bk}
    cands = [p["name"] for p in people if p["role"] != "author" or v != "translation"]
    return doc(ctx, "book", v, pages, fields, scored, rng.choice(cands), y)


# ---- patents ----------------------------------------------------------------------------------
def patent_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = variant(ctx, "patent_certificate")
    prof = profile(ctx)
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        v, rng.choice(("invention", "utility_model", "utility_model"))
    )
    title = rng.choice(prof["patents"])
    if kind == "design":
        title = title.replace("一种", "") + rng.choice(("", "（A型）"))
    applied = rdate(rng, 2016, 2022)
    granted = applied + dt.timedelta(days=rng.randint(400, 900) if kind == "invention" else rng.randint(150, 330))
    while granted.weekday() != 1:  # grants are announced on Tuesdays
        granted += dt.timedelta(days=1)
    number = make_zl(rng, applied.year, kind)
    inv = people_names(rng, rng.randint(1, 6))
    holder_unit = rng.choice(prof["units"])
    c = city_of(holder_unit)
    st = rng.choice(("cnpad", "cnpad", "cn", "cnnum"))
    spaced = f"ZL {number[2:6]} {number[6]} {number[7:]}"
    word = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}[kind]
    who = "设计人" if kind == "design" else "发明人"
    name_lab = "使用外观设计的产品名称" if kind == "design" else f"{word}名称"
    term = {"invention": "二十年", "utility_model": "十年", "design": "十五年"}[kind]
    cert_no = f"第{rng.randint(1000000, 6999999)}号"
    pub_no = f"CN {rng.randint(100000000, 219999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"
    rows = [
        (name_lab, title), (who, "；".join(inv)), ("专利号", spaced), ("专利申请日", fd(applied, st)),
        ("专利权人", holder_unit), ("地址", f"{POST[c]} 山东省{rng.choice(ADDRESSES[c])}"),
        ("授权公告日", fd(granted, st)), ("授权公告号", pub_no),
    ]  # fmt: skip
    law = (f"国家知识产权局依照中华人民共和国专利法进行{'审查' if kind == 'invention' else '初步审查'}，决定授予专利权，"
           f"颁发{word}专利证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。专利权期限为{term}，自申请日起算。")

    def cert_page(pg: Page, fax: bool = False) -> None:
        if not fax:
            frame(pg, ctx, 2)
        pg.text(24, 22, f"证书号{cert_no}", 11, ctx.body)
        pg.text(pg.w / 2, 40, f"{word}专利证书", 26, ctx.bold, "c")
        y = 62
        for lab, val in rows:
            if lab == "授权公告号":
                continue
            if lab == "授权公告日":
                pg.text(28, y, f"{lab}：{val}      授权公告号：{pub_no}", 11.5, ctx.body)
            else:
                y = pg.wrap(28, y, pg.w - 56, f"{lab}：{val}", 11.5, ctx.body, 1.5) - 5.5
            y += 9
        y = pg.wrap(28, y + 6, pg.w - 56, law, 10.5, ctx.body, 1.8, indent=7)
        y = pg.wrap(28, y + 2, pg.w - 56, "本证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的"
                    "姓名或名称、国籍、地址变更等事项记载在专利登记簿上。", 10.5, ctx.body, 1.8, indent=7)  # fmt: skip
        pg.text(pg.w - 40, y + 14, "局长", 12, ctx.body, "r")
        hand(pg, ctx, pg.w - 38, y + 12, people_names(rng, 1)[0], 17)
        pg.seal(pg.w - 50, y + 16, 19, "国家知识产权局", rng.randrange(9999))
        pg.text(pg.w / 2, pg.h - 22, "第 1 页（共 2 页）" if v in ("twopage", "ecert") else "", 9, ctx.body, "c")

    pages: list[Page] = []
    if v == "fax":
        pg = kit.portrait()
        pg.text(12, 6, f"FROM：{holder_unit}  FAX：{landline(rng, c)}    {fd(rdate(rng, 2023, 2025), 'iso')} 09:{rng.randint(10, 59)}"
                "    P.01/01", 8, ctx.body)  # fmt: skip
        cert_page(pg, fax=True)
        pages = [pg]
    else:
        pg = kit.portrait()
        cert_page(pg)
        pages = [pg]
        if v == "ecert":
            qr(pg, ctx, 24, pg.h - 52, 22, "电子证书验证")
        if v in ("twopage", "ecert"):
            p2 = kit.portrait()
            p2.text(24, 22, f"证书号{cert_no}", 11, ctx.body)
            p2.text(pg.w / 2, 36, "专利证书附页", 16, ctx.bold, "c")
            y = p2.wrap(28, 52, p2.w - 56, "专利权人应当依照专利法及其实施细则规定缴纳年费。本专利的年费应当在每年"
                        f"{applied.month:02d}月{applied.day:02d}日前缴纳。未按照规定缴纳年费的，专利权自应当缴纳年费期满之日起终止。",
                        10.5, ctx.body, 1.8, indent=7)  # fmt: skip
            p2.text(28, y + 6, f"申请日时本专利记载的申请人：{holder_unit}", 10.5, ctx.body)
            p2.text(28, y + 14, f"申请日时本专利记载的{who}：{'、'.join(inv)}", 10.5, ctx.body)
            p2.text(p2.w / 2, p2.h - 22, "第 2 页（共 2 页）", 9, ctx.body, "c")
            pages.append(p2)
    pat = {"kind": kind, "number": number, "applied_on": applied.isoformat(), "granted_on": granted.isoformat()}
    fields = {"holder": None, "people": ppl(inv, "inventor"), "title": title, "issuer": "国家知识产权局",
              "issued_on": granted.isoformat(), "patent": pat}  # fmt: skip
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    return doc(ctx, "patent_certificate", v, pages, fields, scored, rng.choice(inv), granted.year)


# ---- awards -----------------------------------------------------------------------------------
COUNTY = {"烟台": ["龙口市", "莱州市", "招远市", "莱阳市", "海阳市", "栖霞市"], "德州": ["乐陵市", "禹城市"]}
GRADES = ["一等奖", "二等奖", "三等奖"]


def award_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = variant(ctx, "award_certificate")
    prof = profile(ctx)
    c = city(ctx)
    grade = rng.choice(GRADES)
    d = rdate(rng, 2018, 2024)
    st = _style(ctx)
    team = people_names(rng, rng.randint(3, 7))
    title = rng.choice(prof["projects"] + prof["papers"])
    yr = f"{d.year - 1}年度" if rng.random() < 0.6 else ""
    if v == "citygov":
        issuer, name, kind, level = f"{c}市人民政府", f"{c}市科学技术进步奖", "science_technology", "municipal"
    elif v == "countygov":
        cc = rng.choice(COUNTY[c])
        issuer, name, kind, level = f"{cc}人民政府", f"{cc}科学技术奖", "science_technology", "county"
    elif v == "bureau":
        if prof["key"] in ("chn", "math"):
            issuer = f"{c}市教育局"
            name = f"{c}市小学{'语文' if prof['key'] == 'chn' else '数学'}优质课评选"
            title = rng.choice(("《草船借箭》", "《分数的初步认识》", "《圆的面积》", "《观潮》", "《鸡兔同笼》"))[1:-1]
        else:
            issuer = {"pharm": f"{c}市卫生健康委员会", "icu": f"{c}市卫生健康委员会", "aqua": f"{c}市海洋发展和渔业局",
                      "audit": f"{c}市审计局", "plan": f"{c}市自然资源和规划局"}.get(prof["key"], f"{c}市人力资源和社会保障局")
            name = f"{c}市{prof['job']}业务技能竞赛"
            title = rng.choice(prof["topics"])
        kind, level = "competition", "bureau"
    elif v == "society":
        issuer = {"aqua": "山东省水产学会", "pharm": "山东省药学会", "icu": "山东省护理学会", "chn": "山东省教育学会",
                  "math": "山东省教育学会", "port": "山东省机械工程学会", "grid": "山东电机工程学会",
                  "plan": "山东省城市规划协会", "audit": "山东省审计学会"}[prof["key"]]  # fmt: skip
        name, kind, level = f"{issuer}科学技术奖", "science_technology", None
    elif v == "socsci":
        issuer, name, kind, level = f"{c}市人民政府", f"{c}市社会科学优秀成果奖", "social_science", "municipal"
    elif v == "roster":
        issuer, name, kind, level = "山东省人民政府", "山东省科学技术进步奖", "science_technology", "provincial"
    else:  # company
        issuer = {"grid": "国网山东省电力公司", "port": "山东省港口集团有限公司", "aqua": "莱州明波水产有限公司",
                  "plan": "烟台市规划设计研究院有限公司"}.get(prof["key"], f"{c}市职工技术协会")
        name = f"{issuer}职工技能竞赛"
        title = rng.choice(prof["topics"])
        kind, level = "competition", None
    if v == "roster":
        holder = None
        people = ppl(team, "awardee")
    else:
        holder = team[0]
        rank = rng.randint(1, 5) if v in ("citygov", "countygov", "society", "socsci") else None
        people = [person(holder, rank or 1, "awardee")]
    pages: list[Page] = []
    cert_no = f"{rng.choice(('KJ', 'SK', 'JS'))}-{d.year}-{rng.randint(1, 3)}-{rng.randrange(1000):03d}-R{rng.randint(1, 7):02d}"
    if v == "roster":
        pg = kit.landscape()
        frame(pg, ctx, 3)
        pg.text(pg.w / 2, 26, "获 奖 证 书", 28, ctx.bold, "c", (170, 30, 30))
        pg.text(40, 60, f"项目名称：{title}", 14, ctx.body)
        pg.text(40, 74, f"奖励类别：{yr}{name}", 14, ctx.body)
        pg.text(40, 88, f"奖励等级：{grade}", 14, ctx.body)
        pg.text(40, 102, f"主要完成人：{'、'.join(team)}", kit.fit(f"主要完成人：{'、'.join(team)}", ctx.body, 14, 215),
                ctx.body)  # fmt: skip
        pg.text(40, 116, f"主要完成单位：{rng.choice(prof['units'])}", 14, ctx.body)
        pg.text(pg.w - 40, 150, issuer, 14, ctx.body, "r")
        pg.text(pg.w - 40, 160, fd(d, st), 14, ctx.body, "r")
        pg.seal(pg.w - 62, 155, 20, issuer, rng.randrange(9999))
        pg.text(40, 178, f"证书号：{cert_no}", 10, ctx.body)
        pages = [pg]
    elif v in ("citygov", "countygov", "socsci"):
        pg = kit.portrait()
        frame(pg, ctx, rng.choice((2, 3)))
        pg.text(pg.w / 2, 38, "荣 誉 证 书" if v == "socsci" else "证　书", 28, ctx.bold, "c", (170, 30, 30))
        lead = ("为表彰在社会科学研究中取得优秀成果者" if v == "socsci" else "为表彰在推动科学技术进步工作中做出突出贡献者")
        y = pg.wrap(28, 70, pg.w - 56, f"{lead}，特颁发此证书。", 13, ctx.body, 2.0, indent=9)
        for lab, val in (("获奖项目", title), ("奖励等级", f"{yr}{name}{grade}"),
                         ("获 奖 者", f"{holder}（第{people[0]['rank']}完成人）")):  # fmt: skip
            y = pg.wrap(28, y + 6, pg.w - 56, f"{lab}：{val}", 13, ctx.body, 1.7)
        pg.text(28, y + 10, f"证书编号：{cert_no}", 10, ctx.body)
        pg.text(pg.w - 34, y + 34, issuer, 14, ctx.body, "r")
        pg.text(pg.w - 34, y + 44, fd(d, st), 13, ctx.body, "r")
        pg.seal(pg.w - 54, y + 39, 20, issuer, rng.randrange(9999))
        pages = [pg]
    elif v == "society":
        pg = kit.landscape()
        frame(pg, ctx, 2)
        pg.text(pg.w / 2, 24, f"{yr}{name}", kit.fit(f"{yr}{name}", ctx.bold, 22, pg.w - 40), ctx.bold, "c", (20, 60, 120))
        pg.text(pg.w / 2, 40, "获奖证书", 18, ctx.bold, "c", (20, 60, 120))
        y = pg.wrap(45, 62, pg.w - 90, f"{holder}同志（第{people[0]['rank']}完成人）完成的“{title}”项目荣获{grade}。", 15,
                    ctx.body, 1.9, indent=10)  # fmt: skip
        pg.text(45, y + 8, "特发此证，以资鼓励。", 15, ctx.body)
        pg.text(pg.w - 45, 160, issuer, 14, ctx.body, "r")
        pg.text(pg.w - 45, 170, fd(d, st), 14, ctx.body, "r")
        pg.seal(pg.w - 70, 165, 19, issuer, rng.randrange(9999))
        pg.text(45, 185, f"编号：{cert_no}", 9, ctx.body)
        pages = [pg]
    else:  # bureau, company
        pg = kit.portrait()
        frame(pg, ctx, 3)
        pg.text(pg.w / 2, 40, "荣誉证书", 30, ctx.bold, "c", (180, 140, 30))
        pg.text(30, 74, f"{holder}：", 15, ctx.hand)
        lab = "参赛课题" if prof["key"] in ("chn", "math") and v == "bureau" else "竞赛项目"
        y = pg.wrap(30, 88, pg.w - 60, f"在{yr}{name}中，{lab}“{title}”荣获{grade}。", 15, ctx.body, 2.0, indent=10)
        pg.text(30, y + 6, "特发此证，以资鼓励。", 15, ctx.body)
        pg.text(pg.w - 34, y + 34, issuer, 14, ctx.body, "r")
        pg.text(pg.w - 34, y + 44, fd(d, st), 13, ctx.body, "r")
        pg.seal(pg.w - 54, y + 39, 20, issuer[:16], rng.randrange(9999))
        kit.footer(pg, ctx, f"证书编号：{cert_no}", pg.h - 24)
        pages = [pg]
    aw = {"name": name, "kind": kind, "level": level, "grade": grade}
    fields = {"holder": holder, "people": people, "title": title, "issuer": issuer, "issued_on": d.isoformat(),
              "award": aw}  # fmt: skip
    scored = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.level",
              "award.grade"]  # fmt: skip
    if level is None:
        scored.remove("award.level")
    claim = holder or rng.choice(team)
    return doc(ctx, "award_certificate", v, pages, fields, scored, claim, d.year)


# ---- project completion -----------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = variant(ctx, "project_completion")
    prof = profile(ctx)
    c = city(ctx)
    issuer = {"chn": "山东省教育科学规划领导小组办公室", "math": f"{c}市教育科学研究院",
              "pharm": "山东省卫生健康委员会", "icu": "山东省医药卫生科技发展计划项目办公室",
              "audit": "山东省审计学会"}.get(prof["key"], rng.choice((f"{c}市科学技术局", f"{c}市社会科学界联合会")))  # fmt: skip
    title = rng.choice(prof["projects"])
    d = rdate(rng, 2019, 2024)
    st = _style(ctx)
    team = people_names(rng, rng.randint(3, 7))
    leader, members = team[0], team[1:]
    code = f"{rng.choice(('YJ', 'ZX', 'KT', 'SK'))}{d.year - rng.randint(1, 3)}{rng.randrange(1000):03d}"
    result = rng.choice(("优秀", "良好", "合格"))
    solo = v in ("leader", "letter")
    people = [person(leader, 1, "project_leader")] + ([] if solo else ppl(members, "project_member",
                                                                         list(range(2, len(team) + 1))))  # fmt: skip
    holder = leader if solo else None
    pages: list[Page] = []
    if v in ("members", "leader", "twopage"):
        pg = kit.portrait()
        frame(pg, ctx, rng.choice((1, 2, 3)))
        pg.text(pg.w / 2, 40, "结 题 证 书", 28, ctx.bold, "c", (170, 30, 30))
        pg.text(pg.w - 28, 22, f"编号：JT{d.year}{rng.randrange(10**4):04d}", 10, ctx.body, "r")
        y = 68
        rows = [("课题名称", title), ("课题编号", code), ("课题主持人", leader)]
        if v == "members":
            rows.append(("课题组成员", "、".join(members)))
        rows.append(("鉴定等级", result))
        for lab, val in rows:
            y = pg.wrap(30, y, pg.w - 60, f"{lab}：{val}", 13, ctx.body, 1.7) + 4
        y = pg.wrap(30, y + 4, pg.w - 60, "该课题已完成预期研究任务，经专家组鉴定，准予结题。特发此证。", 13, ctx.body, 1.9,
                    indent=9)  # fmt: skip
        pg.text(pg.w - 34, y + 26, issuer, kit.fit(issuer, ctx.body, 13, 120), ctx.body, "r")
        pg.text(pg.w - 34, y + 35, fd(d, st), 13, ctx.body, "r")
        pg.seal(pg.w - 60, y + 30, 20, issuer[:16], rng.randrange(9999))
        pages = [pg]
        if v == "twopage":
            p2 = kit.portrait()
            p2.text(p2.w / 2, 24, "课题组成员", 16, ctx.bold, "c")
            rws = [["序号", "姓名", "工作单位", "分工"]]
            for i, m in enumerate(members):
                rws.append([str(i + 1), m, rng.choice(prof["units"]), rng.choice(("数据收集", "方案设计", "实验实施", "统计分析"))])
            p2.table(20, 36, [16, 28, 92, 34], rws, 10, ctx.body, 10)
            pages.append(p2)
    elif v == "form":
        pg = kit.portrait()
        pg.text(pg.w / 2, 20, f"{issuer}", kit.fit(issuer, ctx.body, 12, pg.w - 30), ctx.body, "c")
        pg.text(pg.w / 2, 30, "课题结题鉴定书", 18, ctx.bold, "c")
        rws = [["课题名称", title], ["立项编号", code], ["主持人", leader], ["主要成员", "、".join(members)],
               ["鉴定结论", f"同意结题，等级：{result}"], ["鉴定日期", fd(d, st)]]  # fmt: skip
        y = 42
        for lab, val in rws:
            h = 12 if len(val) < 30 else 20
            pg.rect(20, y, 60, y + h, 0.3)
            pg.rect(60, y, pg.w - 20, y + h, 0.3)
            pg.text(40, y + h / 2 - 2.5, lab, 11, ctx.body, "c")
            pg.wrap(64, y + h / 2 - 2.5 if h == 12 else y + 3, pg.w - 88, val, 11, ctx.body, 1.5)
            y += h
        pg.text(24, y + 10, "专家组组长签字：", 11, ctx.body)
        hand(pg, ctx, 62, y + 8, people_names(rng, 1)[0], 15)
        pg.text(pg.w - 30, y + 30, f"（盖章）{issuer}", kit.fit(f"（盖章）{issuer}", ctx.body, 11, 140), ctx.body, "r")
        pg.seal(pg.w - 55, y + 30, 18, issuer[:16], rng.randrange(9999))
        pages = [pg]
    elif v == "landscape":
        pg = kit.landscape()
        frame(pg, ctx, 2)
        pg.text(pg.w / 2, 24, "结题证书", 26, ctx.bold, "c", (160, 30, 30))
        y = pg.wrap(40, 48, pg.w - 80, f"由{leader}主持，{'、'.join(members)}参与研究的课题“{title}”（编号：{code}），"
                    f"经审核鉴定，符合结题要求，准予结题，鉴定等级为{result}。", 15, ctx.body, 1.9, indent=10)  # fmt: skip
        pg.text(pg.w - 40, y + 22, issuer, 14, ctx.body, "r")
        pg.text(pg.w - 40, y + 32, fd(d, st), 14, ctx.body, "r")
        pg.seal(pg.w - 65, y + 27, 20, issuer[:16], rng.randrange(9999))
        pages = [pg]
    else:  # letter
        pg = kit.portrait()
        pg.text(pg.w / 2, 36, "结题证明", 22, ctx.bold, "c")
        y = pg.wrap(26, 60, pg.w - 52, f"兹证明，{leader}同志主持的{issuer}立项课题“{title}”（课题编号：{code}），已按计划完成"
                    f"研究任务，于{fd(d - dt.timedelta(days=rng.randint(10, 40)), st)}通过结题验收，鉴定等级为{result}。",
                    13, ctx.body, 2.0, indent=9)  # fmt: skip
        pg.text(26, y + 4, "特此证明。", 13, ctx.body)
        pg.text(pg.w - 30, y + 30, issuer, kit.fit(issuer, ctx.body, 13, 130), ctx.body, "r")
        pg.text(pg.w - 30, y + 40, fd(d, st), 13, ctx.body, "r")
        pg.seal(pg.w - 55, y + 35, 19, issuer[:16], rng.randrange(9999))
        kit.footer(pg, ctx, f"联系电话：{landline(rng, c)}    地址：{rng.choice(ADDRESSES[c])}")
        pages = [pg]
    fields = {"holder": holder, "people": people, "title": title, "issuer": issuer, "issued_on": d.isoformat()}
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    claim = leader if solo else rng.choice(team)
    return doc(ctx, "project_completion", v, pages, fields, scored, claim, d.year)


_ = (fm, hand)
