"""Draw 59 builders: journal pages, books, patents, awards and project completion certificates."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind59 import kit
from bench.blind59.certs import _claim, _layout
from bench.blind59.kit import Page, fit, fmt, fmt_month, frame, heading, sign_block, width_mm, wrap
from bench.blind59.pools import CITIES, Ctx, isbn_digit, name, names, topical_journals, zl_check
from bench.generator.truth import person

SUP = "¹²³⁴⁵"


def _paper_title(ctx: Ctx, prof: tuple) -> str:
    t = ctx.rng.choice(prof[4])
    return ctx.rng.choice(
        [
            f"{t}关键技术研究",
            f"{t}的试验与分析",
            f"基于实测数据的{t}评价",
            f"{t}现状及对策",
            f"{t}影响因素探讨",
        ]
    )


def journal_article(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("journal_article")
    city = kit.pick_city(ctx)
    c = CITIES[city]
    prof = kit.profession(ctx, city)
    year = kit.year_of(ctx, city)
    jname, issn, cn, levels = rng.choice(topical_journals(prof[3]))
    vol, issue = str(year - rng.randint(1960, 2005)), str(rng.randint(1, 12))
    title = _paper_title(ctx, prof)
    authors = names(rng, rng.randint(1, 5))
    units = [kit.county_body(ctx, city, prof[5]), rng.choice(c["schools"])]
    aff = [rng.randint(1, 2) if i else 1 for i in range(len(authors))]
    page0 = rng.randint(10, 180)
    pg = Page()
    pages = [pg]
    scored = [
        "title",
        "people",
        "journal.name",
        "journal.issn",
        "journal.cn",
        "journal.year",
        "journal.volume",
        "journal.issue",
        "journal.levels",
    ]
    if v == "cover":
        pg.rect(0, 0, pg.w, 80, 0, fill=(30, 80, 50))
        pg.text(pg.w / 2, 22, jname, 34 if len(jname) < 8 else 26, ctx.bold, "c", (255, 255, 255))
        pg.text(
            pg.w / 2, 62, f"第{vol}卷  第{issue}期  {year}年{issue}月", 14, ctx.body, "c", (255, 255, 255)
        )
        y = 100.0
        pg.text(25, y, "本期要目", 16, ctx.bold)
        y += 12
        fit(pg, 25, y, f"{title}…………{'，'.join(authors)}（{page0}）", 12, ctx.body, 160)
        y += 9
        for _ in range(3):
            fit(
                pg,
                25,
                y,
                f"{_paper_title(ctx, kit.profession(ctx, city))}…………{name(rng)}，{name(rng)}（{rng.randint(1, 200)}）",
                12,
                ctx.body,
                160,
            )
            y += 9
        pg.text(pg.w / 2, 260, f"ISSN {issn}    CN {cn}", 13, ctx.body, "c")
        pg.text(
            pg.w / 2, 270, f"国内统一连续出版物号 CN {cn}  国际标准连续出版物号 ISSN {issn}", 9, ctx.body, "c"
        )
        scored = [s for s in scored if s.startswith("journal.")]
    elif v == "toc":
        pg.text(pg.w / 2, 18, f"{jname}", 18, ctx.bold, "c")
        pg.text(
            pg.w / 2,
            28,
            f"{year}年 第{vol}卷 第{issue}期（总第{int(vol) * 12 + int(issue)}期）    ISSN {issn}  CN {cn}",
            10,
            ctx.body,
            "c",
        )
        pg.text(pg.w / 2, 40, "目    次", 16, ctx.bold, "c")
        y = 55.0
        pos = rng.randint(1, 4)
        for i in range(6):
            if i == pos:
                t, a, p = title, "，".join(authors), page0
            else:
                t, a, p = (
                    _paper_title(ctx, kit.profession(ctx, city)),
                    "，".join(names(rng, rng.randint(1, 3), tuple(authors))),
                    rng.randint(1, 200),
                )
            fit(pg, 22, y, t, 12, ctx.body, 150)
            pg.text(188, y, f"（{p}）", 11, ctx.body, "r")
            pg.text(30, y + 7, a, 10, ctx.body)
            y += 17
    else:
        hdr = f"第{vol}卷 第{issue}期" if rng.random() < 0.5 else f"Vol.{vol} No.{issue}"
        pg.text(18, 12, f"{jname}  {year}年  {hdr}", 9, ctx.body)
        pg.text(192, 12, f"ISSN {issn}  CN {cn}", 9, ctx.body, "r")
        pg.line(18, 18, 192, 18, 0.4)
        pg.text(
            18,
            22,
            f"文章编号：{issn}（{year}）{int(issue):02d}-{page0:04d}-0{rng.randint(4, 8)}",
            8,
            ctx.body,
        )
        y = 34.0
        y = heading(
            pg,
            ctx,
            title
            if width_mm(title, ctx.bold, 18) < 170
            else title[: len(title) // 2] + "|" + title[len(title) // 2 :],
            y,
            18,
        )
        sep = rng.choice(("  ", "，", "、"))
        parts: list[tuple[str, bool]] = []
        for i, a in enumerate(authors):
            parts.append((a, False))
            mark = str(aff[i]) if v != "footnote" else "ab"[aff[i] - 1]
            parts.append((mark + ("*" if i == 0 and rng.random() < 0.4 else ""), True))
            if i < len(authors) - 1:
                parts.append((sep, False))
        y = pg.runs(pg.w / 2, y + 2, parts, 13, ctx.body)
        for i, u in enumerate(units):
            mark = str(i + 1) if v != "footnote" else "ab"[i]
            pg.text(
                pg.w / 2,
                y,
                f"（{mark}. {u}，{c['city'][:2]} {rng.randint(475000, 475199) if city == 'kaifeng' else rng.randint(413000, 413499)}）",
                9,
                ctx.body,
                "c",
            )
            y += 5
        y += 4
        ab = f"摘  要：以{c['city']}{rng.choice(c['counties'])}为例，针对{rng.choice(prof[4])}中存在的问题，开展了对比试验与统计分析，提出了相应的技术措施，为同类工作提供参考。"
        y = pg.wrap(22, y, 166, ab, 10, ctx.body, 1.6)
        pg.text(22, y, f"关键词：{'；'.join(rng.sample(prof[4], 3))}", 10, ctx.body)
        y += 6
        pg.text(
            22, y, f"中图分类号：S{rng.randint(100, 899)}.{rng.randint(1, 9)}    文献标志码：A", 10, ctx.body
        )
        y += 10
        pg.text(pg.w / 2, y, "Research on key techniques in the field", 12, ctx.bold, "c")
        y += 8
        pg.text(
            pg.w / 2,
            y,
            ", ".join(a for a in ["ZHANG Wei", "LI Na", "WANG Qiang"][: len(authors)]),
            10,
            ctx.body,
            "c",
        )
        y += 10
        for _ in range(6 if v != "twocolumn" else 4):
            y = pg.wrap(
                22,
                y,
                166,
                "近年来，随着相关产业的快速发展，技术标准与管理要求不断提高，本研究在前人工作的基础上，结合实地调查数据，对主要指标进行了系统分析。",
                10.5,
                ctx.body,
                1.7,
                7,
            )
        recv = kit.rand_date(rng, year)
        recv = recv.replace(month=max(1, recv.month - 3)) if recv.month > 3 else recv
        fy = 250.0
        pg.line(22, fy, 90, fy, 0.3)
        fy += 3
        pg.text(22, fy, f"收稿日期：{fmt(recv, 'dash')}", 8, ctx.body)
        fy += 5
        pg.text(
            22, fy, f"基金项目：{c['prov']}科技攻关项目（{year - 1}{rng.randint(100, 999)}）", 8, ctx.body
        )
        fy += 5
        pg.text(
            22,
            fy,
            f"作者简介：{authors[0]}（{rng.randint(1965, 1990)}—），{rng.choice(['男', '女'])}，{c['prov'][:2]}人，{rng.choice(['工程师', '高级农艺师', '副主任医师', '讲师'])}，主要从事{prof[3]}研究。",
            8,
            ctx.body,
        )
        if v == "firstab":
            pg.text(pg.w / 2, 288, f"· {page0} ·", 9, ctx.body, "c")
    fields = {
        "holder": None,
        "title": title,
        "people": [person(a, i + 1, "author") for i, a in enumerate(authors)],
        "journal": {
            "name": jname,
            "issn": issn,
            "cn": cn,
            "year": year,
            "volume": vol,
            "issue": issue,
            "levels": levels,
        },
    }
    if v != "cover":
        pass
    return Doc(
        "journal_article",
        _layout("journal_article", v),
        pages,
        fields,
        scored,
        _claim(city, rng.choice(authors), year),
    )


def _isbn(ctx: Ctx, city: str) -> str:
    pub = {"kaifeng": "5349", "yiyang": "5357"}[city]
    body = f"9787{pub}{ctx.rng.randint(1000, 9999)}"
    return f"978-7-{pub}-{body[8:12]}-{isbn_digit(body)}"


def book(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("book")
    city = kit.pick_city(ctx)
    c = CITIES[city]
    prof = kit.profession(ctx, city)
    year = kit.year_of(ctx, city)
    month = rng.randint(1, 12)
    press = rng.choice(c["press"])
    topic = rng.choice(prof[4])
    title = rng.choice([f"{topic}技术手册", f"{topic}实用技术", f"{prof[3]}实务", f"{topic}理论与实践"])
    isbn = _isbn(ctx, city)
    edno = rng.choice((1, 1, 1, 2))
    edition = f"{year}年{month}月第{edno}版"
    chief = names(rng, rng.randint(1, 2))
    deputy = names(rng, rng.randint(0, 3), tuple(chief))
    board = names(rng, rng.randint(4, 9), tuple(chief + deputy)) if v in ("board",) else []
    tr = names(rng, rng.randint(1, 2)) if v == "translated" else []
    pages = []
    pg = Page(170, 240)
    pages.append(pg)
    people = []
    if v == "translated":
        orig = rng.choice(["约翰·史密斯", "玛丽·约翰逊", "彼得·布朗"])
        title = rng.choice([f"{prof[3]}原理", f"现代{prof[3]}导论"])
        people = [(orig, "author")] + [(t, "translator") for t in tr]
    else:
        people = (
            [(x, "editor_in_chief") for x in chief]
            + [(x, "deputy_editor") for x in deputy]
            + [(x, "editorial_board") for x in board]
        )
    if v == "cover":
        pg.bg = (235, 228, 205)
        pg.rect(0, 0, 170, 60, 0, fill=(90, 120, 60))
        pg.text(85, 80, title, 24 if len(title) < 9 else 18, ctx.bold, "c")
        y = 120.0
        pg.text(85, y, "　".join(chief) + "  主编", 13, ctx.body, "c")
        if deputy:
            pg.text(85, y + 9, "　".join(deputy) + "  副主编", 11, ctx.body, "c")
        pg.text(85, 205, press, 14, ctx.bold, "c")
        pg.text(85, 215, kit.cn_year(year) if rng.random() < 0.5 else str(year), 11, ctx.body, "c")
        fields_book = {"isbn": None, "publisher": press, "edition": None}
        issued = None
        scored = ["title", "people", "issuer", "book.publisher"]
    else:
        if v in ("cipfull", "translated"):
            pg.text(85, 60, title, 22, ctx.bold, "c")
            if v == "translated":
                pg.text(85, 85, f"[{rng.choice(['美', '英', '加'])}] {people[0][0]}  著", 12, ctx.body, "c")
                pg.text(85, 95, "　".join(tr) + "  译", 12, ctx.body, "c")
            else:
                pg.text(85, 85, "　".join(chief) + "  主编", 13, ctx.body, "c")
                if deputy:
                    pg.text(85, 95, "副主编  " + "　".join(deputy), 11, ctx.body, "c")
            pg.text(85, 200, press, 13, ctx.bold, "c")
            pg = Page(170, 240)
            pages.append(pg)
        y = 20.0
        if v == "board":
            y = heading(pg, ctx, "编 委 会", y, 18) + 4
            pg.text(25, y, "主    编：" + "　".join(chief), 11, ctx.body)
            y += 8
            if deputy:
                pg.text(25, y, "副 主 编：" + "　".join(deputy), 11, ctx.body)
                y += 8
            pg.text(25, y, "编    委：（按姓氏笔画排序）", 11, ctx.body)
            y += 8
            for i in range(0, len(board), 4):
                for j, b in enumerate(board[i : i + 4]):
                    pg.text(35 + j * 30, y, b, 11, ctx.body)
                y += 7
            y += 8
        pg.text(20, y, "图书在版编目（CIP）数据", 11, ctx.bold)
        y += 8
        who = (
            "　".join(chief) + "主编"
            if v != "translated"
            else f"（{rng.choice(['美', '英'])}）{people[0][0]}著；{'，'.join(tr)}译"
        )
        y = pg.wrap(20, y, 130, f"{title} / {who}. —{press[:2]}：{press}，{year}.{month}", 10, ctx.body, 1.6)
        pg.text(20, y, f"ISBN {isbn}", 10, ctx.body)
        y += 7
        pg.text(20, y, f"中国版本图书馆CIP数据核字（{year}）第{rng.randint(100000, 299999)}号", 10, ctx.body)
        y += 9
        pg.line(20, y, 150, y, 0.3)
        y += 5
        lines = [
            f"书    名  {title}",
            f"{'主    编' if v != 'translated' else '译    者'}  {'　'.join(chief if v != 'translated' else tr)}",
            *([f"副 主 编  {'　'.join(deputy)}"] if deputy and v != "translated" else []),
            f"出版发行  {press}",
            "开    本  787 mm×1092 mm  1/16",
            f"字    数  {rng.randint(180, 520)}千字",
            f"版    次  {edition}",
            f"印    次  {year}年{month}月第{rng.randint(1, 3)}次印刷",
            f"书    号  ISBN {isbn}",
            f"定    价  {rng.randint(28, 98)}.00元",
        ]
        for ln in lines:
            fit(pg, 20, y, ln, 10, ctx.body, 135)
            y += 7
        fields_book = {"isbn": isbn, "publisher": press, "edition": edition}
        issued = f"{year}-{month:02d}"
        scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    fields = {
        "holder": None,
        "title": title,
        "issuer": press,
        "issued_on": issued,
        "book": fields_book,
        "people": [person(n, i + 1, r) for i, (n, r) in enumerate(people)],
    }
    claimable = [n for n, r in people if r != "author"] or chief
    return Doc("book", _layout("book", v), pages, fields, scored, _claim(city, rng.choice(claimable), year))


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("patent_certificate")
    city = kit.pick_city(ctx)
    prof = kit.profession(ctx, city)
    year = kit.year_of(ctx, city)
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        v, rng.choice(["invention", "utility_model", "design"])
    )
    head = {"invention": "发明专利证书", "utility_model": "实用新型专利证书", "design": "外观设计专利证书"}[
        kind
    ]
    granted = kit.rand_date(rng, year)
    applied = granted - dt.timedelta(
        days=rng.randint(150 if kind != "invention" else 500, 400 if kind != "invention" else 1100)
    )
    code = {"invention": "1", "utility_model": "2", "design": "3"}[kind]
    d12 = f"{applied.year}{code}{rng.randint(0, 9999999):07d}"
    number = f"ZL{d12}.{zl_check(d12)}"
    topic = rng.choice(prof[4])
    title = {
        "invention": f"一种{topic}的方法",
        "utility_model": f"一种用于{topic}的装置",
        "design": f"{topic[:4]}包装盒",
    }[kind]
    inv = names(rng, rng.randint(1, 6))
    owner = kit.county_body(ctx, city, prof[5])
    word = "设计人" if kind == "design" else "发明人"
    sep = "；" if v == "semicolon" else rng.choice(("；", "，", "、", " "))
    ds = rng.choice(("cn", "cn0"))
    pg = Page()
    frame(pg, ctx, 2)
    y = 32.0
    if v == "eprint":
        pg.text(20, 16, "电子专利证书打印件", 9, ctx.body)
    pg.text(pg.w / 2, y, "证书号第" + str(rng.randint(1000000, 5999999)) + "号", 11, ctx.body, "c")
    y = heading(pg, ctx, head, y + 14, 26)
    y += 10
    rows = [
        (f"{'发明' if kind != 'design' else '外观设计'}名称", title),
        (word, sep.join(inv)),
        ("专利号", number[:14] + "." + number[-1] if rng.random() < 0.5 else number[:2] + " " + number[2:]),
        ("专利申请日", fmt(applied, ds)),
        ("专利权人", owner),
        ("授权公告日", fmt(granted, ds)),
    ]
    for lab, val in rows:
        pg.text(26, y, lab + "：", 12, ctx.body)
        fit(pg, 58, y, val, 12, ctx.body, 130)
        y += 11
    y += 6
    y = wrap(
        pg,
        ctx,
        26,
        y,
        158,
        f"本{head[:-2]}经过审查，决定授予专利权，颁发本证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。",
        11,
    )
    pg.text(pg.w - 30, 255, "局长  申长雨", 13, ctx.body, "r")
    pg.seal(pg.w - 55, 250, 20, "国家知识产权局", k)
    fields = {
        "holder": None,
        "title": title,
        "issuer": "国家知识产权局",
        "issued_on": granted.isoformat(),
        "people": [person(n, i + 1, "inventor") for i, n in enumerate(inv)],
        "patent": {
            "kind": kind,
            "number": number,
            "applied_on": applied.isoformat(),
            "granted_on": granted.isoformat(),
        },
    }
    pg.text(26, 275, "国家知识产权局", 12, ctx.body)
    return Doc(
        "patent_certificate",
        _layout("patent_certificate", v),
        [pg],
        fields,
        [
            "title",
            "people",
            "issuer",
            "issued_on",
            "patent.kind",
            "patent.number",
            "patent.applied_on",
            "patent.granted_on",
        ],
        _claim(city, rng.choice(inv[:3]), year),
    )


def award_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("award_certificate")
    city = kit.pick_city(ctx)
    c = CITIES[city]
    prof = kit.profession(ctx, city)
    year = kit.year_of(ctx, city)
    topic = rng.choice(prof[4])
    grade = rng.choice(("一等奖", "二等奖", "三等奖"))
    if v == "sci" or v == "team":
        lvl = (
            rng.choice(["provincial", "municipal", "county"])
            if v == "team"
            else rng.choice(["provincial", "municipal"])
        )
        issuer = {
            "provincial": c["prov"] + "人民政府",
            "municipal": c["city"] + "人民政府",
            "county": rng.choice(c["counties"]) + "人民政府",
        }[lvl]
        aname = f"{year - 1 if rng.random() < 0.5 else year}年度{issuer[:-4]}科学技术进步奖"
        kind, title = "science_technology", f"{topic}技术研究与推广"
    elif v == "social":
        lvl = "municipal"
        issuer = c["city"] + "人民政府"
        aname = f"{c['city']}第{rng.randint(5, 14)}次社会科学优秀成果奖"
        kind, title = "social_science", f"{topic}对地方经济发展的影响研究"
    elif v == "contest":
        lvl = "bureau"
        issuer = c["city"] + "人力资源和社会保障局"
        aname = f"{year}年{c['city']}{prof[1]}职业技能竞赛"
        kind, title = "competition", aname
    elif v == "paper":
        lvl = "bureau"
        issuer = c["city"] + "科学技术协会"
        aname = f"{c['city']}第{rng.randint(3, 12)}届自然科学优秀学术论文"
        kind, title = "other", _paper_title(ctx, prof)
    else:
        lvl = "bureau"
        issuer = c["prov"] + "教育厅" if rng.random() < 0.5 else c["city"] + "教育局"
        aname = f"{year}年{issuer[:3]}基础教育教学成果奖"
        kind, title = "other", f"{topic}的实践探索"
    d = kit.rand_date(rng, year)
    ds = kit.datestyle(ctx)
    monthonly = rng.random() < 0.3
    date_s = fmt_month(year, d.month, ds if ds in ("cn", "num") else "cn") if monthonly else fmt(d, ds)
    issued = f"{year}-{d.month:02d}" if monthonly else d.isoformat()
    pg = Page(297, 210)
    frame(pg, ctx, 3)
    y = heading(pg, ctx, "荣誉证书" if v in ("contest", "paper") else "获 奖 证 书", 28, 28)
    y += 10
    team = names(rng, rng.randint(3, 7))
    if v == "team":
        holder = None
        people = [person(n, i + 1, "awardee") for i, n in enumerate(team)]
        text = f"你们完成的“{title}”项目，荣获{aname}{grade}。特发此证，以资鼓励。"
        y = wrap(pg, ctx, 40, y, 217, text, 16)
        fit(pg, 40, y + 6, "主要完成人：" + "、".join(team), 14, ctx.body, 217)
        claim_who = rng.choice(team[:3])
        y += 20
    else:
        holder = team[0] if v == "contest" else rng.choice(team)
        rank = team.index(holder) + 1 if v not in ("contest",) else 1
        people = [person(holder, rank, "awardee")]
        rank_s = f"（第{rank}完成人）" if v in ("sci", "social") or rank > 1 else ""
        if v == "contest":
            text = f"{holder}同志在{aname}中荣获{grade}。特发此证。"
        else:
            text = f"{holder}同志{rank_s}：你{('参与' if rank > 1 else '主持')}完成的“{title}”荣获{aname}{grade}。"
        y = wrap(pg, ctx, 40, y, 217, text, 16)
        if rank > 1 and not rank_s:
            fit(pg, 40, y + 2, f"完成人排序：第{rank}", 13, ctx.body, 217)
        claim_who = holder
    fit(
        pg,
        40,
        y + 14,
        f"证书编号：{year}-{rng.choice(['KJ', 'SK', 'JS', 'LW'])}-{rng.randint(1, 300):03d}",
        11,
        ctx.body,
        200,
    )
    sign_block(pg, ctx, issuer, date_s, 160, x_right=pg.w - 40, seed=k)
    fields = {
        "holder": holder,
        "title": title,
        "issuer": issuer,
        "issued_on": issued,
        "people": people,
        "award": {"name": aname, "kind": kind, "level": lvl, "grade": grade},
    }
    return Doc(
        "award_certificate",
        _layout("award_certificate", v),
        [pg],
        fields,
        [
            "holder",
            "title",
            "people",
            "issuer",
            "issued_on",
            "award.name",
            "award.kind",
            "award.level",
            "award.grade",
        ],
        _claim(city, claim_who, year),
    )


def project_completion(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("project_completion")
    city = kit.pick_city(ctx)
    c = CITIES[city]
    prof = kit.profession(ctx, city)
    year = kit.year_of(ctx, city)
    topic = rng.choice(prof[4])
    title = rng.choice([f"{topic}技术集成与示范", f"{c['city'][:2]}地区{topic}研究", f"{topic}关键技术研究"])
    issuer = rng.choice(
        [
            c["city"] + "科学技术局",
            c["prov"] + "科学技术厅",
            c["city"] + prof[2],
            c["prov"] + "哲学社会科学规划办公室",
        ]
    )
    pno = f"{year - rng.randint(1, 2)}{rng.choice(['KJ', 'NY', 'SF', 'ZD'])}{rng.randint(100, 999)}"
    team = names(rng, rng.randint(3, 7))
    d = kit.rand_date(rng, year)
    ds = kit.datestyle(ctx)
    pg = Page()
    frame(pg, ctx, rng.choice((0, 1, 2)))
    head = {
        "jieti": "结题证书",
        "yanshou": "科技项目验收证书",
        "yijian": "项目验收意见",
        "table": "项目结题证书",
        "proof": "结题证明",
    }[v]
    y = heading(pg, ctx, head, 30, 24)
    y += 10
    if v in ("table", "yanshou"):
        rows = [
            ["项目编号", pno],
            ["项目名称", title],
            ["承担单位", kit.county_body(ctx, city, prof[5])],
            ["项目负责人", team[0]],
            ["主要参加人员", "、".join(team[1:])],
            ["验收日期", fmt(d, ds)],
            ["验收结论", "通过验收"],
        ]
        y = pg.table(22, y, [40, 126], rows, 11, ctx.body, 12)
        y += 8
        y = wrap(pg, ctx, 22, y, 166, "经专家组审查，该项目完成了合同规定的各项任务指标，同意通过验收。", 12)
        date_print = fmt(d, ds)
    else:
        members = "、".join(team[1:])
        if v == "yijian":
            text = (
                f"{fmt(d, ds)}，{issuer}组织专家对{kit.county_body(ctx, city, prof[5])}承担的“{title}”项目（编号：{pno}）进行了验收。"
                f"项目负责人{team[0]}，主要完成人员：{members}。专家组听取汇报、审阅资料，一致同意该项目通过验收。"
            )
        else:
            text = (
                f"由{team[0]}主持的{c['city'] if '市' in issuer else c['prov']}科研项目“{title}”（项目编号：{pno}），"
                f"课题组成员：{members}，经鉴定，已完成研究任务，准予结题。"
            )
        y = wrap(pg, ctx, 22, y, 166, text, 13)
        date_print = fmt(d, ds)
    sign_block(pg, ctx, issuer, date_print, y + 22, seed=k)
    people = [person(team[0], 1, "project_leader")] + [
        person(n, i + 2, "project_member") for i, n in enumerate(team[1:])
    ]
    fields = {
        "holder": team[0],
        "title": title,
        "issuer": issuer,
        "issued_on": d.isoformat(),
        "people": people,
    }
    return Doc(
        "project_completion",
        _layout("project_completion", v),
        [pg],
        fields,
        ["holder", "title", "people", "issuer", "issued_on"],
        _claim(city, rng.choice(team[:3]), year),
    )
