"""Draw 57 builders: journal pages, books, patents, awards and project completions."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import PT_MM, Page
from bench.blind57 import kit
from bench.blind57 import pools as P
from bench.generator.truth import person

PATENT_KIND = {
    "invention": ("发明专利证书", "发明人", "1", "发明名称"),
    "utility_model": ("实用新型专利证书", "发明人", "2", "实用新型名称"),
    "design": ("外观设计专利证书", "设计人", "3", "外观设计名称"),
}


def journal_article(ctx: P.Ctx, k: int) -> Doc:
    pol, c = kit.city(ctx)
    pr = kit.prof(ctx)
    v = ctx.variant("journal_article")
    j = P.journal_for(ctx.rng, pr[0])
    year = ctx.rng.choice(c["years"])
    vol, iss = str(ctx.rng.randint(20, 58)), str(ctx.rng.randint(1, 12))
    title = f"{ctx.rng.choice(pr[5])}{ctx.pick('t57.jour.tail', ['的试验研究', '关键技术分析', '影响因素研究', '的应用与效果评价', '现状调查与对策'])}"
    n = ctx.rng.randint(2, 5)
    au = P.names(ctx.rng, n)
    units = [kit.unit(ctx, pr, pol), ctx.rng.choice(c["univ"])]
    f = ctx.body
    pg = Page()
    people = [person(a, i + 1, "author") for i, a in enumerate(au)]
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
    if v in ("cover", "toc"):
        scored = scored[2:]
        if v == "cover":
            pg.rect(0, 0, pg.w, 80, 0, (20, 70, 120), (20, 70, 120))
            pg.text(pg.w / 2, 30, j["name"], 34, ctx.bold, "c", (255, 255, 255))
            pg.text(pg.w / 2, 95, f"第{vol}卷  第{iss}期", 16, f, "c")
            pg.text(pg.w / 2, 108, f"{year}年{iss}月", 14, f, "c")
            pg.text(pg.w / 2, 122, "本期要目", 13, ctx.bold, "c")
            pg.text(pg.w / 2, 132, f"{title}……{'  '.join(au)}", 11, f, "c")
            pg.text(25, pg.h - 30, f"ISSN {j['issn']}", 12, f)
            pg.text(25, pg.h - 22, f"CN {j['cn']}", 12, f)
            pg.text(pg.w - 25, pg.h - 22, f"{year}年第{iss}期", 12, f, "r")
        else:
            pg.text(pg.w / 2, 18, f"{j['name']}  {year}年  第{vol}卷  第{iss}期", 12, f, "c")
            pg.text(pg.w / 2, 30, "目    次", 20, ctx.bold, "c")
            y = 45.0
            p0 = ctx.rng.randint(1, 30)
            entries = [(title, au)] + [
                (f"{ctx.rng.choice(pr[5])}研究", P.names(ctx.rng, 2)) for _ in range(6)
            ]
            ctx.rng.shuffle(entries)
            for t, a in entries:
                pg.text(22, y, t, 11.5, f)
                pg.text(pg.w - 22, y, f"{p0}", 11, f, "r")
                pg.text(30, y + 6, "，".join(a), 10, f)
                y += 16
                p0 += ctx.rng.randint(5, 10)
            pg.text(22, pg.h - 22, f"ISSN {j['issn']}    CN {j['cn']}", 10, f)
    else:
        sep = {"first": "  ", "firstsup": "，", "firstcomma": "、"}[v]
        pg.text(15, 12, f"第{vol}卷第{iss}期", 9, f)
        pg.text(pg.w / 2, 12, j["name"], 9, f, "c")
        pg.text(pg.w - 15, 12, f"Vol.{vol} No.{iss}", 9, f, "r")
        pg.text(15, 17, f"{year}年{iss}月", 9, f)
        pg.text(pg.w - 15, 17, f"ISSN {j['issn']}  CN {j['cn']}", 9, f, "r")
        pg.line(15, 22, pg.w - 15, 22, 0.4)
        y = kit.ctext(pg, 32, title, 18, ctx.bold)
        marks = ["1", "2"] if v != "firstsup" else ["a", "b"]
        parts: list[tuple[str, bool]] = []
        for i, a in enumerate(au):
            parts.append((a, False))
            parts.append((marks[i % 2] + ("*" if i == 0 and v == "firstsup" else ""), True))
            if i < n - 1:
                parts.append((sep, False))
        y = pg.runs(pg.w / 2, y + 2, parts, 13, f)
        pg.text(pg.w / 2, y, f"（{marks[0]}. {units[0]}；{marks[1]}. {units[1]}）", 9.5, f, "c")
        y += 10
        abs_ = (
            f"为探讨{title[:8]}的效果，本文以{c['city']}为例，通过现场试验与统计分析，系统研究了主要影响因素。"
            "结果表明，所提方法可有效提高工作质量，具有推广价值。"
        )
        y = pg.wrap(22, y, pg.w - 44, "摘要：" + abs_, 10, f, 1.6)
        y = pg.wrap(22, y + 1, pg.w - 44, f"关键词：{title[:4]}；{c['city']}；技术应用；效果评价", 10, f, 1.6)
        pg.text(
            22,
            y + 1,
            f"中图分类号：S{ctx.rng.randint(100, 899)}    文献标志码：A    文章编号：{j['issn']}({year}){iss:0>2}-{ctx.rng.randint(1, 200):04d}-06",
            9,
            f,
        )
        y += 9
        pg.text(
            pg.w / 2,
            y + 3,
            "Research on "
            + ctx.pick("t57.jour.en", ["Key Techniques", "Influencing Factors", "Application"]),
            12,
            ctx.bold,
            "c",
        )
        y += 10
        en_place = "Yiyang 413000, Hunan" if pol.startswith("yiyang") else "Tai'an 271000, Shandong"
        pg.text(pg.w / 2, y, f"({en_place}, China)", 9, f, "c")
        y = pg.wrap(22, y + 10, pg.w - 44, "正文：" + abs_ * 2, 10.5, f, 1.7)
        pg.line(22, pg.h - 40, 80, pg.h - 40, 0.3)
        rec = dt.date(year - 1, ctx.rng.randint(6, 12), ctx.rng.randint(1, 28))
        pg.text(22, pg.h - 37, f"收稿日期：{rec.isoformat()}", 8.5, f)
        pg.text(
            22,
            pg.h - 32,
            f"基金项目：{c['province']}自然科学基金项目（{year - 1}JJ{ctx.rng.randint(10, 99)}）",
            8.5,
            f,
        )
        pg.text(
            22,
            pg.h - 27,
            f"作者简介：{au[0]}（{ctx.rng.randint(1975, 1992)}—），{ctx.rng.choice(['男', '女'])}，{c['province'][:2]}人，工程师，研究方向为{title[:6]}。",
            8.5,
            f,
        )
    journal = {
        "name": j["name"],
        "issn": j["issn"],
        "cn": j["cn"],
        "year": year,
        "volume": vol,
        "issue": iss,
        "levels": list(j["levels"]),
    }
    who = ctx.rng.choice(au[:3])
    return Doc(
        "journal_article",
        f"jour57-{v}",
        [pg],
        {"people": people, "title": title, "journal": journal},
        scored,
        {"policy": pol, "person": who, "year": year},
    )


def _isbn(ctx: P.Ctx, pre: str) -> str:
    rest = 8 - len(pre)
    body = f"{ctx.rng.randrange(10 ** (rest - 1), 10**rest)}"
    d12 = "9787" + pre + body
    return f"978-7-{pre}-{body}-{P.isbn_digit(d12)}"


def book(ctx: P.Ctx, k: int) -> Doc:
    pol, c = kit.city(ctx)
    pr = kit.prof(ctx)
    v = ctx.variant("book")
    press, pre, pcity = ctx.rng.choice(P.PRESSES)
    isbn = _isbn(ctx, pre)
    y0 = ctx.rng.choice(c["years"])
    m = ctx.rng.randint(1, 12)
    ed_no = ctx.rng.choice([1, 1, 1, 2])
    title = ctx.rng.choice(pr[4]) + ctx.pick(
        "t57.book.tail", ["", "实用手册", "理论与实践", "技术指南", "案例精选"]
    )
    f = ctx.body
    pg = Page(170, 240) if v == "cover" else Page()
    chief = P.names(ctx.rng, 2 if ctx.rng.random() < 0.4 else 1)
    rest = [x for x in P.names(ctx.rng, 12) if x not in chief]
    deputy, board = rest[:2], rest[2:9]
    people: list = []
    edition = f"{y0}年{m}月第{ed_no}版"
    issued: str | None = f"{y0}-{m:02d}"
    if v == "cover":
        edition, issued = f"第{ed_no}版", None
        pg.rect(0, 0, pg.w, pg.h, 0, (40, 80, 60), (230, 238, 225))
        y = kit.ctext(pg, 50, title, 22, ctx.bold, (30, 60, 40))
        pg.text(pg.w / 2, y + 4, f"（{edition}）", 13, f, "c")
        pg.text(pg.w / 2, y + 30, "　".join(chief) + "  主编", 13, f, "c")
        people = [person(x, i + 1, "editor_in_chief") for i, x in enumerate(chief)]
        pg.text(pg.w / 2, pg.h - 30, press, 14, ctx.bold, "c")
        pg.text(pg.w - 15, pg.h - 15, f"ISBN {isbn}", 8, f, "r")
        scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    else:
        scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
        y = 25.0
        if v == "board":
            y = kit.ctext(pg, y, "编 委 会", 20, ctx.bold)
            for lab, grp, role in (
                ("主  编", chief, "editor_in_chief"),
                ("副主编", deputy, "deputy_editor"),
                ("编  委", board, "editorial_board"),
            ):
                pg.text(30, y + 4, lab, 12.5, ctx.bold)
                for i, x in enumerate(grp):
                    pg.text(60 + (i % 4) * 32, y + 4 + (i // 4) * 8, x, 12.5, f)
                    people.append(person(x, len(people) + 1, role))
                y += 8 * ((len(grp) + 3) // 4) + 8
            pg.text(30, y + 2, "（编委按姓氏笔画排序）", 10, f)
            y += 20
        elif v == "translated":
            orig = ctx.pick("t57.book.orig", ["John Miller", "Hans Weber", "Takeshi Yamada", "Robert Allen"])
            tr = P.names(ctx.rng, 2)
            people = [person(orig, 1, "author")] + [person(x, i + 2, "translator") for i, x in enumerate(tr)]
            y = kit.ctext(pg, y + 10, title, 20, ctx.bold)
            pg.text(pg.w / 2, y + 4, f"〔美〕{orig} 著   {'、'.join(tr)} 译", 13, f, "c")
            y += 30
        else:
            people = [person(x, i + 1, "editor_in_chief") for i, x in enumerate(chief)]
            y += 40
        pg.text(25, y, "图书在版编目（CIP）数据", 12, ctx.bold)
        who_s = "、".join(p["name"] for p in people if p["role"] == "editor_in_chief")
        lead = (
            f"{title} / {who_s}主编"
            if who_s
            else f"{title} / {people[0]['name']}著；{'，'.join(p['name'] for p in people[1:])}译"
        )
        y = pg.wrap(25, y + 8, pg.w - 50, f"{lead}. —{pcity}：{press}，{y0}.{m}", 11, f, 1.7)
        y = pg.wrap(25, y, pg.w - 50, f"ISBN {isbn}", 11, f, 1.7)
        pg.text(25, y, f"中国版本图书馆CIP数据核字（{y0}）第{ctx.rng.randint(10000, 99999):06d}号", 11, f)
        y += 14
        pg.line(25, y, pg.w - 25, y, 0.3)
        items = [
            ("书    名", title),
            ("出版发行", press),
            ("印    刷", f"{c['city']}新华印刷有限公司"),
            ("开    本", "787mm×1092mm  1/16"),
            ("印    张", f"{ctx.rng.randint(12, 30)}"),
            ("字    数", f"{ctx.rng.randint(200, 600)}千字"),
            ("版    次", edition),
            ("印    次", f"{y0}年{m}月第{ctx.rng.randint(1, 3)}次印刷"),
            ("书    号", f"ISBN {isbn}"),
            ("定    价", f"{ctx.rng.randint(38, 128)}.00元"),
        ]
        kit.pairs(pg, ctx, 30, y + 6, items, 11, lead=2.0)
    fields = {
        "people": people,
        "title": title,
        "issuer": press,
        "issued_on": issued,
        "book": {"isbn": isbn, "publisher": press, "edition": edition},
    }
    who = next((p["name"] for p in people if p["role"] != "author"), people[0]["name"])
    year_claim = y0
    if v == "cover":
        pg.text(pg.w / 2, pg.h - 20, f"{pcity} · {y0}", 10, f, "c")
    return Doc(
        "book", f"book57-{v}", [pg], fields, scored, {"policy": pol, "person": who, "year": year_claim}
    )


def patent_certificate(ctx: P.Ctx, k: int) -> Doc:
    pol, c = kit.city(ctx)
    pr = kit.prof(ctx)
    v = ctx.variant("patent_certificate")
    kind = {"utility": "utility_model", "design": "design"}.get(
        v, ctx.rng.choice(["invention", "utility_model"])
    )
    head, role_w, code, name_lab = PATENT_KIND[kind]
    granted = kit.day(ctx, c)
    applied = granted - dt.timedelta(
        days=ctx.rng.randint(150, 900) if kind == "invention" else ctx.rng.randint(90, 300)
    )
    d12 = f"{applied.year}{code}{ctx.rng.randrange(10**6, 10**7)}"
    num = f"ZL{d12}.{P.zl_check(d12)}"
    noun = ctx.rng.choice(pr[5])
    title = {"design": f"{noun}用检测仪（{ctx.rng.choice(['A型', '便携式', '手持'])}）"}.get(
        kind, f"一种{noun}{ctx.pick('t57.pat.tail', ['装置', '方法', '系统', '辅助工具', '监测设备'])}"
    )
    n = ctx.rng.randint(1, 5)
    inv = [P.name(ctx.rng, ctx.rng.choice([0, 0, 1, 2])) for _ in range(n * 2)]
    inv = list(dict.fromkeys(inv))[:n]
    sep = ctx.pick("t57.pat.sep", ["；", "，", "、", " "])
    owner = kit.unit(ctx, pr, pol)
    ds = ctx.rng.choice([0, 1, 2])
    f = ctx.body
    pg = Page()
    kit.border(pg, 2 if v != "eprint" else 1, (30, 90, 150))
    y = 30.0
    if v == "eprint":
        pg.text(20, 16, "国家知识产权局  专利证书（电子版）  打印件", 9, f)
        kit.qr(pg, ctx, pg.w - 42, 20, 20)
    y = kit.ctext(pg, y + 10, "证书号第" + str(ctx.rng.randint(1000000, 9999999)) + "号", 12, f)
    y = kit.ctext(pg, y + 4, head, 26, ctx.bold)
    items = [
        (name_lab, title),
        (role_w, sep.join(inv)),
        ("专利号", num if v != "compact" else f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{num[-1]}"),
        ("专利申请日", P.fmt(applied.isoformat(), ds)),
        ("专利权人", owner),
        ("授权公告日", P.fmt(granted.isoformat(), ds)),
    ]
    y = kit.pairs(pg, ctx, 28, y + 8, items, 12.5, lead=2.3, label_w=32)
    y = pg.wrap(
        28,
        y + 4,
        pg.w - 56,
        f"本{head[:-2]}经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发本证书并在专利登记簿上予以登记。专利权自授权公告之日起生效。",
        11,
        f,
        1.7,
    )
    kit.sign(pg, ctx, pg.w - 40, y + 18, "国家知识产权局", "局长  " + P.name(ctx.rng), seal=True)
    people = [person(x, i + 1, "inventor") for i, x in enumerate(inv)]
    fields = {
        "people": people,
        "title": title,
        "issuer": "国家知识产权局",
        "issued_on": granted.isoformat(),
        "patent": {
            "kind": kind,
            "number": num,
            "applied_on": applied.isoformat(),
            "granted_on": granted.isoformat(),
        },
    }
    return Doc(
        "patent_certificate",
        f"pat57-{v}",
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
        {"policy": pol, "person": ctx.rng.choice(inv), "year": granted.year},
    )


def award_certificate(ctx: P.Ctx, k: int) -> Doc:
    pol, c = kit.city(ctx)
    pr = kit.prof(ctx)
    v = ctx.variant("award_certificate")
    d = kit.day(ctx, c)
    grade = ctx.rng.choice(["一等奖", "二等奖", "三等奖"])
    proj = f"{ctx.rng.choice(pr[5])}{ctx.rng.choice(['关键技术研究与应用', '技术集成与示范', '研究'])}"
    county = ctx.rng.choice(c["counties"])
    tier = ctx.rng.choice(["prov", "city", "county"])
    if v in ("single", "team"):
        giver = {"prov": c["gov_prov"], "city": c["gov"], "county": f"{county}人民政府"}[tier]
        place = giver.replace("人民政府", "")
        aname, kind = f"{place}科学技术进步奖", "science_technology"
        if v == "team" and ctx.rng.random() < 0.4:
            aname, kind = f"{place}社会科学优秀成果奖", "social_science"
            proj = f"{c['city']}{pr[0]}产业发展对策研究"
        title = proj
    elif v == "competition":
        tier = ctx.rng.choice(["prov", "city"])
        giver = c["rs_prov"] if tier == "prov" else c["rs"]
        place = c["province"] if tier == "prov" else c["city"]
        aname, kind = f"{place}{d.year}年{pr[0]}职业技能竞赛", "competition"
        title = aname
    elif v == "paper":
        tier = "city"
        giver = f"{c['city']}科学技术协会"
        aname, kind = f"{c['city']}第{ctx.rng.randint(5, 15)}届自然科学优秀学术论文", "other"
        title = proj.replace("关键技术研究与应用", "研究")
    else:
        tier = ctx.rng.choice(["prov", "city"])
        giver = f"{c['province']}教育厅" if tier == "prov" else f"{c['city']}教育局"
        place = c["province"] if tier == "prov" else c["city"]
        aname, kind = f"{place}基础教育教学成果奖", "other"
        title = f"高中物理{ctx.rng.choice(['实验教学', '项目式学习', '分层作业'])}改革与实践"
    level = {"prov": "provincial", "city": "municipal", "county": "county"}[tier]
    f = ctx.body
    land = v in ("single", "competition")
    pg = Page(297, 210) if land else Page()
    kit.border(pg, ctx.rng.choice([2, 3, 4]), (170, 120, 30))
    ds = ctx.rng.randrange(6)
    y = kit.ctext(
        pg,
        32,
        ctx.pick("t57.award.head", ["荣 誉 证 书", "获 奖 证 书", "证    书"]),
        28,
        ctx.bold,
        (170, 30, 30),
    )
    if v == "team":
        team = P.names(ctx.rng, ctx.rng.randint(3, 7))
        y = kit.para(
            pg,
            ctx,
            28,
            y + 12,
            f"为表彰在{'哲学社会科学研究' if kind == 'social_science' else '推动科学技术进步'}中作出突出贡献的集体和个人，特颁发此证书。",
            13.5,
        )
        y = kit.pairs(
            pg,
            ctx,
            28,
            y + 4,
            [("项目名称", title), ("奖励类别", aname), ("奖励等级", grade), ("主要完成人", "、".join(team))],
            13,
            lead=2.3,
        )
        kit.sign(pg, ctx, pg.w - 40, y + 20, giver, P.fmt(d.isoformat(), ds))
        people = [person(x, i + 1, "awardee") for i, x in enumerate(team)]
        holder, who = None, ctx.rng.choice(team[:3])
        pg.text(28, pg.h - 25, f"证书编号：{d.year}-{ctx.rng.randint(1, 300):03d}", 10, f)
    else:
        nm = P.name(ctx.rng)
        rank = ctx.rng.randint(1, 5) if v in ("single", "teaching") else 1
        if v == "competition":
            txt = f"{nm}同志在{aname}中成绩优异，荣获{grade}。"
        elif v == "paper":
            txt = f"{nm}同志撰写的论文《{title}》荣获{aname}{grade}。"
        else:
            txt = f"{nm}（第{rank}完成人）完成的“{title}”荣获{aname}{grade}。特发此证，以资鼓励。"
        y = pg.wrap(35, y + 16, pg.w - 70, txt, 16, f, 2.0, indent=16 * PT_MM * 2)
        kit.sign(pg, ctx, pg.w - 45, y + 18, giver, P.fmt(d.isoformat(), ds))
        people = [person(nm, rank, "awardee")]
        holder, who = nm, nm
    fields = {
        "holder": holder,
        "people": people,
        "title": title,
        "issuer": giver,
        "issued_on": d.isoformat(),
        "award": {"name": aname, "kind": kind, "level": level, "grade": grade},
    }
    return Doc(
        "award_certificate",
        f"award57-{v}",
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
        {"policy": pol, "person": who, "year": d.year},
    )


def project_completion(ctx: P.Ctx, k: int) -> Doc:
    pol, c = kit.city(ctx)
    pr = kit.prof(ctx)
    v = ctx.variant("project_completion")
    d = kit.day(ctx, c)
    title = f"{ctx.rng.choice(pr[5])}{ctx.rng.choice(['技术研究', '试验示范', '应用研究', '推广项目'])}"
    issuer = ctx.rng.choice([f"{c['city']}科学技术局", kit.bureau(pr, pol), f"{c['province']}科学技术厅"])
    code = f"{d.year - 2}{ctx.rng.choice(['SK', 'NY', 'JC', 'WS'])}{ctx.rng.randint(1, 999):03d}"
    team = P.names(ctx.rng, ctx.rng.randint(2, 6))
    lead_w = ctx.pick("t57.proj.lead", ["主持人", "负责人", "项目负责人"])
    ds = ctx.rng.randrange(6)
    f = ctx.body
    pg = Page()
    kit.border(pg, ctx.rng.randrange(4))
    head = {
        "jieti": "结题证书",
        "yanshou": "验收证书",
        "opinion": "项目验收意见",
        "table": "科研项目结题证明",
        "letter": "结题证明",
    }[v]
    y = kit.ctext(pg, 32, head, 24, ctx.bold)
    members = "、".join(team[1:])
    if v in ("jieti", "letter"):
        txt = (
            f"由{team[0]}同志主持的{c['city']}科研项目“{title}”（项目编号：{code}），经专家组审核，"
            f"{'达到预期目标，准予结题' if v == 'jieti' else '已按计划完成研究任务，同意结题'}。"
        )
        y = kit.para(pg, ctx, 28, y + 12, txt, 14)
        y = kit.pairs(pg, ctx, 28, y + 4, [("项目组成员", members)], 13)
    elif v == "opinion":
        y = kit.pairs(
            pg,
            ctx,
            25,
            y + 8,
            [
                ("项目编号", code),
                ("项目名称", title),
                (lead_w, team[0]),
                ("项目组成员", members),
                ("验收日期", P.fmt(d.isoformat(), ds)),
            ],
            12.5,
            lead=2.2,
        )
        y = kit.para(
            pg,
            ctx,
            25,
            y + 4,
            "验收专家组听取了项目组汇报，审阅了相关资料，经质询讨论，一致认为该项目完成了合同规定的各项任务指标，同意通过验收。",
            12.5,
        )
        y = kit.pairs(pg, ctx, 25, y + 2, [("专家组组长（签字）", P.name(ctx.rng))], 12.5)
    else:
        rows = [
            ["项目编号", code],
            ["项目名称", title],
            [lead_w, team[0]],
            ["项目组成员", members],
            ["验收（结题）日期", P.fmt(d.isoformat(), ds)],
            ["验收结论", "通过"],
        ]
        y = pg.table(25, y + 10, [45, 115], rows, 12, f, 12)
    kit.sign(pg, ctx, pg.w - 40, y + 20, issuer, P.fmt(d.isoformat(), ds))
    people = [person(team[0], 1, "project_leader")] + [
        person(x, i + 2, "project_member") for i, x in enumerate(team[1:])
    ]
    fields = {
        "holder": team[0],
        "people": people,
        "title": title,
        "issuer": issuer,
        "issued_on": d.isoformat(),
    }
    return Doc(
        "project_completion",
        f"proj57-{v}",
        [pg],
        fields,
        ["holder", "title", "people", "issuer", "issued_on"],
        {"policy": pol, "person": ctx.rng.choice(team), "year": d.year},
    )
