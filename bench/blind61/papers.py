"""Builders of blind draw 61: journal pages, books, patents, awards and project completion certificates."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame, heading, sign_block
from bench.blind.page import Page
from bench.blind61.kit import (
    city,
    claim,
    cn_num,
    day,
    fmt_date,
    local_body,
    name,
    names,
    prof,
    style,
    variant,
)
from bench.blind61.pools import GRADES, JOURNALS, PROFS, PUB_PREFIX, PUBLISHERS, Ctx, isbn_digit, zl_check

ABSTRACT = ("为解决生产实践中存在的突出问题，本文结合{f}领域的实际情况，采用现场调查与试验分析相结合的方法，"
            "对相关因素进行了系统研究。结果表明，所提出的方法效果明显，可为同类工作提供参考。")  # fmt: skip


def journal_article(ctx: Ctx, k: int) -> Doc:
    v, layout = variant(ctx, "journal_article")
    c, (pk, p) = city(ctx), prof(ctx)
    jname, issn, cn, levels = JOURNALS[pk]
    year = c["year"]
    issue = ctx.rng.randint(1, 12)
    vol = year - ctx.rng.choice([1979, 1985, 1990, 1995])
    title = ctx.rng.choice(p["papers"])
    authors = names(ctx, ctx.rng.randint(1, 4))
    body, bold = ctx.body, ctx.bold
    units = [f"{ctx.rng.choice(c['counties'])}{ctx.rng.choice(['人民医院', '农业技术推广中心', '供电公司', '职业中专'])}"
             for _ in range(ctx.rng.randint(1, 2))]  # fmt: skip
    marks = [str(1 + (i % len(units))) for i in range(len(authors))]
    pages: list[Page] = []
    scored = ["journal.name", "journal.issn", "journal.cn", "journal.year", "journal.volume", "journal.issue",
              "journal.levels"]  # fmt: skip
    if v in ("first", "firstfund", "enfirst"):
        pg = Page()
        pages.append(pg)
        pg.text(18, 12, f"第{vol}卷 第{issue}期", 9, body)
        pg.text(105, 12, jname, 9, body, "c")
        pg.text(192, 12, f"Vol.{vol} No.{issue}", 9, body, "r")
        pg.text(192, 17, f"{year}年{issue}月", 9, body, "r")
        pg.line(18, 22, 192, 22, 0.4)
        pg.text(18, 25, f"ISSN {issn}  CN {cn}", 8, body)
        pg.text(
            192,
            25,
            f"DOI：10.{ctx.rng.randint(11000, 13999)}/j.issn.{issn}.{year}.{issue:02d}.0{k:02d}",
            8,
            body,
            "r",
        )
        y = pg.wrap(25, 36, 160, title, 18, bold)
        parts: list[tuple[str, bool]] = []
        for i, a in enumerate(authors):
            parts += [(a, False), (marks[i] + ("*" if i == 0 and v == "firstfund" else ""), True)]
            if i < len(authors) - 1:
                parts.append(("，", False))
        y = pg.runs(105, y + 3, parts, 13, body)
        aff = "；".join(f"{i + 1}. {u}，{c['prov']}{c['city']}" for i, u in enumerate(units))
        y = pg.wrap(30, y, 150, f"（{aff}）", 9, body)
        y = pg.wrap(22, y + 4, 166, "摘要：" + ABSTRACT.format(f=p["field"]), 10, body, 1.7)
        y = pg.wrap(22, y + 1, 166, f"关键词：{p['field']}；试验研究；应用", 10, body)
        pg.text(
            22,
            y + 2,
            f"中图分类号：S{ctx.rng.randint(100, 999)}    文献标志码：A    文章编号：{issn}({year}){issue:02d}-0{ctx.rng.randint(100, 999)}-05",
            8,
            body,
        )
        if v == "enfirst":
            pg.wrap(
                22,
                y + 10,
                166,
                "Abstract: This paper studies practical problems of the field and proposes an improved method.",
                9,
                body,
            )
        y = pg.wrap(
            22, y + 20, 166, "0 引言  " + ABSTRACT.format(f=p["field"]) * 2, 10.5, body, 1.8, indent=8
        )
        pg.line(22, 255, 90, 255, 0.3)
        rec = day(ctx, year - 1 if issue < 4 else year, 1, 12) if issue >= 4 else day(ctx, year - 1, 1, 12)
        notes = [f"收稿日期：{fmt_date(rec, 'dash')}"]
        if v == "firstfund":
            notes.append(
                f"基金项目：{c['prov']}重点研发计划项目（{year - 1}GSF{ctx.rng.randint(10000, 99999)}）"
            )
        notes.append(
            f"作者简介：{authors[0]}（{ctx.rng.randint(1970, 1992)}—），{ctx.rng.choice('男女')}，{c['prov'][:2]}人，{ctx.rng.choice(['工程师', '副主任医师', '高级讲师', '农艺师'])}，主要从事{p['field']}研究。"
        )
        yy = 258
        for n in notes:
            yy = pg.wrap(22, yy, 166, n, 8, body, 1.5)
        scored = ["title", "people"] + scored
    else:
        if v == "covertoc":
            cv = Page(bg=(238, 244, 236))
            pages.append(cv)
            cv.rect(0, 0, 210, 70, 0, fill=(40, 90, 60))
            cv.text(105, 22, jname, 36, bold, "c", (255, 255, 255))
            cv.text(105, 80, f"{year}年 第{vol}卷 第{issue}期", 16, body, "c")
            cv.text(105, 260, f"ISSN {issn}", 12, body, "c")
            cv.text(105, 268, f"CN {cn}", 12, body, "c")
            cv.text(105, 278, f"{year}年{cn_num(issue)}月出版", 11, body, "c")
        pg = Page()
        pages.append(pg)
        pg.text(105, 16, f"{jname}（月刊）  {year}年第{issue}期  第{vol}卷", 11, body, "c")
        heading(pg, ctx, "目    次", 28, 20)
        if v == "toc":
            pg.text(105, 280, f"ISSN {issn}    CN {cn}", 10, body, "c")
        y = 48
        own = ctx.rng.randint(1, 4)
        other = [t for q in PROFS.values() for t in q["papers"] if t != title]
        pno = ctx.rng.randint(1, 60)
        for i in range(7):
            t, au = (title, authors) if i == own else (ctx.rng.choice(other), names(ctx, 2))
            y = pg.wrap(20, y, 150, t, 11, body)
            pg.text(190, y - 6, f"（{pno}）", 10, body, "r")
            pg.text(30, y, "  ".join(au), 10, body)
            y += 10
            pno += ctx.rng.randint(5, 9)
    journal = {"name": jname, "issn": issn, "cn": cn, "year": year, "volume": str(vol), "issue": str(issue),
               "levels": list(levels)}  # fmt: skip
    fields = {"title": title, "journal": journal,
              "people": [{"name": a, "rank": i + 1, "role": "author"} for i, a in enumerate(authors)]}  # fmt: skip
    return Doc("journal_article", layout, pages, fields, scored, claim(c, ctx.rng.choice(authors), year))


def _isbn(ctx: Ctx, pub: str) -> str:
    pre = PUB_PREFIX[pub]
    digits = pre.replace("-", "")
    rest = "".join(str(ctx.rng.randint(0, 9)) for _ in range(12 - len(digits)))
    chk = isbn_digit(digits + rest)
    return f"{pre}-{rest[:-1]}-{rest[-1]}-{chk}"


def book(ctx: Ctx, k: int) -> Doc:
    v, layout = variant(ctx, "book")
    c, (_, p) = city(ctx), prof(ctx)
    year = c["year"]
    pub = ctx.rng.choice(PUBLISHERS)
    title = ctx.rng.choice(
        [f"{p['field']}实用技术", f"{p['field']}操作规程与案例", f"基层{p['field']}工作手册"]
    )
    month = ctx.rng.randint(1, 12)
    edition = f"{year}年{month}月第1版"
    isbn = _isbn(ctx, pub)
    body, bold = ctx.body, ctx.bold
    pg = Page()
    if v == "translation":
        orig = ctx.rng.choice(["J. Smith", "H. Müller", "K. Tanaka"])
        tr = names(ctx, ctx.rng.randint(1, 2))
        people = [{"name": t, "rank": i + 1, "role": "translator"} for i, t in enumerate(tr)]
        title = f"{p['field']}原理与实践（译著）"
        credit = f"〔美〕{orig} 著；" + "，".join(tr) + " 译"
    else:
        chief = names(ctx, ctx.rng.randint(1, 2))
        dep = names(ctx, ctx.rng.randint(0, 2))
        seen = set(chief)
        dep = [d for d in dep if d not in seen]
        people = [{"name": n, "rank": i + 1, "role": "editor_in_chief"} for i, n in enumerate(chief)]
        people += [
            {"name": n, "rank": len(chief) + i + 1, "role": "deputy_editor"} for i, n in enumerate(dep)
        ]
        credit = "，".join(chief) + " 主编" + (("；" + "，".join(dep) + " 副主编") if dep else "")
    if v == "cover":
        pg.bg = (225, 235, 245)
        pg.rect(0, 60, 210, 130, 0, fill=(60, 100, 150))
        pg.wrap(20, 80, 170, title, 28, bold)
        pg.wrap(20, 150, 170, credit, 14, body)
        pg.text(105, 40, f"{c['prov']}基层专业技术人员培训丛书（{year}）", 12, body, "c")
        pg.text(105, 270, pub, 16, bold, "c")
        fields = {"title": title, "issuer": pub, "people": people,
                  "book": {"isbn": None, "publisher": pub, "edition": None}}  # fmt: skip
        scored = ["title", "people", "issuer", "book.publisher"]
    else:
        if v == "title":
            pg.wrap(25, 70, 160, title, 26, bold)
            pg.wrap(25, 130, 160, credit, 14, body)
            pg.text(105, 250, pub, 14, body, "c")
            pg.text(105, 260, "北京", 11, body, "c")
            y = 200
            pg.text(105, y, edition, 10, body, "c")
            pg.text(105, y + 8, f"ISBN {isbn}", 10, body, "c")
        else:
            y = 30
            if v in ("cip", "translation"):
                pg.text(25, y, "图书在版编目（CIP）数据", 13, bold)
                y = pg.wrap(25, y + 10, 160, f"{title} / {credit}. —北京：{pub}，{year}.{month}", 11, body)
                y = pg.wrap(25, y, 160, f"ISBN {isbn}", 11, body)
                y = pg.wrap(
                    25, y + 2, 160, f"Ⅰ.①{title[:2]}…  Ⅱ.①{people[0]['name']}…  Ⅲ.①{p['field']}", 11, body
                )
                y = pg.wrap(
                    25,
                    y + 2,
                    160,
                    f"中国版本图书馆CIP数据核字（{year}）第{ctx.rng.randint(10000, 99999)}号",
                    11,
                    body,
                )
                pg.line(25, y + 4, 185, y + 4, 0.3)
                y += 12
            pairs = [("书    名", title), ("作    者", credit), ("出版发行", pub), ("印    刷", f"{c['city']}新华印刷厂"),
                     ("开    本", "787mm×1092mm 1/16"), ("版    次", edition), ("印    次", f"{year}年{month}月第1次印刷"),
                     ("书    号", f"ISBN {isbn}"), ("定    价", f"{ctx.rng.randint(28, 88)}.00元")]  # fmt: skip
            for lab, val in pairs:
                y = pg.wrap(25, y, 160, f"{lab}  {val}", 11, body, 1.9)
        fields = {"title": title, "issuer": pub, "people": people, "issued_on": f"{year}-{month:02d}",
                  "book": {"isbn": isbn, "publisher": pub, "edition": edition}}  # fmt: skip
        scored = ["title", "people", "issuer", "book.isbn", "book.publisher", "book.edition"]
    return Doc("book", layout, [pg], fields, scored, claim(c, ctx.rng.choice(people)["name"], year))


PATENT_KIND = {"invention": ("invention", "发明专利证书", "发明"), "invention2": ("invention", "发明专利证书", "发明"),
               "utility": ("utility_model", "实用新型专利证书", "实用新型"),
               "utility2": ("utility_model", "实用新型专利证书", "实用新型"),
               "design": ("design", "外观设计专利证书", "外观设计")}  # fmt: skip
LAW = {"invention": "二十", "utility_model": "十", "design": "十五"}


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v, layout = variant(ctx, "patent_certificate")
    c, (_, p) = city(ctx), prof(ctx)
    kind, head, word = PATENT_KIND[v]
    year = c["year"]
    granted = day(ctx, year, 1, 12)
    applied = granted - dt.timedelta(
        days=ctx.rng.randint(150, 700) if kind == "invention" else ctx.rng.randint(90, 300)
    )
    digit = {"invention": "1", "utility_model": "2", "design": "3"}[kind]
    twelve = f"{applied.year}{digit}{ctx.rng.randint(0, 9999999):07d}"
    number = f"ZL{twelve}.{zl_check(twelve)}"
    printed_no = f"ZL {twelve[:4]} {twelve[4]} {twelve[5:]}.{zl_check(twelve)}" if v.endswith("2") else number
    title = ctx.rng.choice(p["patents"])
    if kind == "design":
        title = title.replace("一种", "") + "（外观）"
    inventors = names(ctx, ctx.rng.randint(1, 4))
    owner = ctx.rng.choice(c["counties"]) + ctx.rng.choice(
        ["某科技有限公司", "人民医院", "农业技术推广中心", "职业中专"]
    ).replace("某", "")
    body, bold = ctx.body, ctx.bold
    pg = Page()
    frame(pg, ctx, 2)
    pg.text(105, 28, "证书号第" + str(ctx.rng.randint(1000000, 9999999)) + "号", 11, body, "c")
    heading(pg, ctx, head, 42, 26)
    st = "cn" if v != "invention2" else "pad"
    who = "设计人" if kind == "design" else "发明人"
    pairs = [(f"{word}名称", title), (who, "；".join(inventors)), ("专利号", printed_no),
             ("专利申请日", fmt_date(applied, st)), ("专利权人", owner), ("授权公告日", fmt_date(granted, st))]  # fmt: skip
    y = 70
    for lab, val in pairs:
        y = pg.wrap(28, y, 154, f"{lab}：{val}", 12, body, 2.0)
    txt = (
        f"本{word}经过本局依照中华人民共和国专利法进行初步审查，决定授予专利权，颁发本证书并在专利登记簿上予以登记。"
        if kind != "invention"
        else "本发明经过本局依照中华人民共和国专利法进行审查，决定授予专利权，颁发发明专利证书并在专利登记簿上予以登记。"
    )
    txt += f"专利权自授权公告之日起生效。专利权期限为{LAW[kind]}年，自申请日起算。"
    y = pg.wrap(28, y + 6, 154, txt, 11, body, 1.9, indent=8)
    pg.text(150, y + 20, "局长", 12, body, "c")
    pg.text(150, y + 28, name(ctx), 14, ctx.hand, "c")
    pg.text(105, y + 40, "国家知识产权局", 14, bold, "c")
    pg.seal(105, y + 38, 18, "国家知识产权局", k)
    fields = {"title": title, "issuer": "国家知识产权局", "issued_on": granted.isoformat(),
              "people": [{"name": n, "rank": i + 1, "role": "inventor"} for i, n in enumerate(inventors)],
              "patent": {"kind": kind, "number": number, "applied_on": applied.isoformat(),
                         "granted_on": granted.isoformat()}}  # fmt: skip
    scored = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip
    return Doc("patent_certificate", layout, [pg], fields, scored, claim(c, ctx.rng.choice(inventors), year))


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v, layout = variant(ctx, "award_certificate")
    c, (_, p) = city(ctx), prof(ctx)
    year = c["year"]
    d = day(ctx, year, 1, 12)
    st = style(ctx)
    grade = ctx.rng.choice(GRADES)
    project = ctx.rng.choice(p["projects"])
    county = ctx.rng.choice(c["counties"])
    if v == "gov":
        issuer, aname, kind, level = c["gov"], f"{c['city']}科学技术进步奖", "science_technology", "municipal"
    elif v == "dept":
        issuer, aname, kind, level = (c["prov"] + "农业农村厅", f"{c['prov']}农业技术推广奖", "science_technology",
                                      "provincial")  # fmt: skip
    elif v == "society":
        issuer = f"{c['city']}社会科学界联合会"
        aname, kind, level = f"{c['city']}社会科学优秀成果奖", "social_science", "municipal"
        project = f"{p['field']}发展现状与对策研究"
    elif v == "team":
        issuer, aname, kind, level = (
            county + "人民政府",
            f"{county}科学技术奖",
            "science_technology",
            "county",
        )
    else:
        issuer = c["hrss"]
        aname, kind, level = f"{c['city']}{p['field']}职业技能竞赛", "competition", "municipal"
        project = f"{year}年{c['city']}{p['field']}职业技能竞赛"
    body = ctx.body
    pg = Page(297, 210)
    frame(pg, ctx, 3 if v in ("gov", "team") else 2)
    heading(pg, ctx, "荣誉证书" if v == "contest" else "获奖证书", 30, 30, spaced=True)
    if v == "team":
        team = names(ctx, ctx.rng.randint(3, 5))
        holder = None
        txt = f"{project}获{year}年度{aname}{grade}。"
        y = pg.wrap(40, 70, 217, txt, 15, body, 2.0, indent=10)
        y = pg.wrap(40, y + 4, 217, "主要完成人：" + "、".join(team), 14, body, 2.0)
        people = [{"name": n, "rank": i + 1, "role": "awardee"} for i, n in enumerate(team)]
        claimed = ctx.rng.choice(team)
    else:
        holder = name(ctx)
        rank = ctx.rng.randint(1, 5) if v != "contest" else None
        if v == "contest":
            txt = f"{holder}同志在{project}中荣获{grade}。特发此证，以资鼓励。"
        else:
            txt = f"为表彰{year}年度{aname}获得者，特颁发此证书。项目名称：{project}  奖励等级：{grade}  获奖者：{holder}（第{rank}完成人）"
        y = pg.wrap(40, 70, 217, txt, 15, body, 2.0, indent=10)
        if v != "contest":
            y = pg.wrap(
                40,
                y + 2,
                217,
                f"证书号：{year}-{ctx.rng.choice(['J', 'K', 'S'])}-{grade[0]}-{ctx.rng.randint(10, 99)}-R0{rank}",
                11,
                body,
            )
        people = [{"name": holder, "rank": rank or 1, "role": "awardee"}]
        claimed = holder
    sign_block(pg, ctx, issuer, fmt_date(d, st), max(y + 10, 140), seed=k)
    fields = {"holder": holder, "title": project, "issuer": issuer, "issued_on": d.isoformat(), "people": people,
              "award": {"name": aname, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
    scored = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.level",
              "award.grade"]  # fmt: skip
    return Doc("award_certificate", layout, [pg], fields, scored, claim(c, claimed, year))


def project_completion(ctx: Ctx, k: int) -> Doc:
    v, layout = variant(ctx, "project_completion")
    c, (_, p) = city(ctx), prof(ctx)
    year = c["year"]
    d = day(ctx, year, 1, 12)
    st = style(ctx)
    title = ctx.rng.choice(p["projects"])
    issuer = ctx.rng.choice(
        [c["city"] + "科学技术局", local_body(ctx, c, p), c["prov"] + "教育科学规划领导小组办公室"]
    )
    leader = name(ctx)
    members = [n for n in names(ctx, ctx.rng.randint(2, 5)) if n != leader]
    body = ctx.body
    pg = Page()
    no = f"{c['city'][:2]}科验字〔{year}〕第{ctx.rng.randint(1, 200):03d}号"
    headt = {"jieti": "结题证书", "yanshou": "科技项目验收证书", "table": "课题结题鉴定证书", "letter": "结题证明",
             "members": "项目结题证书"}[v]  # fmt: skip
    frame(pg, ctx, 1 if v != "letter" else 0)
    y = heading(pg, ctx, headt, 36, 24)
    pg.text(105, y + 2, no, 10, body, "c")
    lead_lab = "项目负责人" if v in ("yanshou", "members") else "课题主持人"
    if v in ("table", "yanshou"):
        rows = [["项目名称", title], ["承担单位", ctx.rng.choice(c["counties"]) + p["dept"]], [lead_lab, leader],
                ["主要参加人员", "、".join(members)], ["验收（结题）日期", fmt_date(d, st)]]  # fmt: skip
        y = pg.table(22, y + 14, [40, 126], rows, 11, body, 13)
        y = pg.wrap(
            25, y + 8, 160, "经专家组审查，该项目完成了合同规定的各项任务，同意通过验收（结题）。", 12, body
        )
    elif v == "members":
        y = pg.wrap(25, y + 16, 160, f"“{title}”经专家鉴定，准予结题。", 14, body, 2.0, indent=9)
        rows = [["序号", "姓名", "分工", "单位"], ["1", leader, "负责人", ctx.rng.choice(c["counties"])]]
        rows += [[str(i + 2), m, "成员", ctx.rng.choice(c["counties"])] for i, m in enumerate(members)]
        y = pg.table(25, y + 6, [16, 40, 40, 64], rows, 11, body, 11)
    else:
        txt = (f"由{leader}同志主持，{'、'.join(members)}等同志参加的课题“{title}”，已完成研究任务，"
               f"经审核，准予结题。")  # fmt: skip
        y = pg.wrap(25, y + 16, 160, txt, 14, body, 2.0, indent=9)
    sign_block(pg, ctx, issuer, fmt_date(d, st), y + 22, seed=k)
    people = [{"name": leader, "rank": 1, "role": "project_leader"}]
    people += [{"name": m, "rank": i + 2, "role": "project_member"} for i, m in enumerate(members)]
    fields = {
        "holder": leader,
        "title": title,
        "issuer": issuer,
        "issued_on": d.isoformat(),
        "people": people,
    }
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    who = leader if ctx.rng.random() < 0.6 else ctx.rng.choice(members or [leader])
    return Doc("project_completion", layout, [pg], fields, scored, claim(c, who, year))
