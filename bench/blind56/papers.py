"""Draw 56 builders: journal pages, books, patents, awards, project completion certificates."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page
from bench.blind56.certs import _layout
from bench.blind56.kit import claim, fdate, fit, para, rdate, setting
from bench.blind56.pools import (
    DESIGN_TITLES,
    PATENT_TITLES,
    PUBLISHERS,
    Ctx,
    isbn_digit,
    journals,
    names,
    zl_check,
)
from bench.generator.truth import person

SUP = "¹²³⁴"


def journal_article(ctx: Ctx, k: int) -> Doc:
    v, lay = _layout(ctx, "journal_article", "ja", k)
    st = setting(ctx)
    rng = ctx.rng
    jn, issn, cn, levels = rng.choice(journals())
    n = rng.randint(1, 4)
    au = names(rng, n)
    title = f"{st['prof'][2][:14]}的实践与思考"
    issue = rng.randint(1, 12)
    vol = st["year"] - rng.randint(1990, 2015) + 5
    pg = Page()
    pg.text(20, 14, f"第{vol}卷 第{issue}期", 9, ctx.body)
    pg.text(pg.w / 2, 14, jn, 9, ctx.body, "c")
    pg.text(pg.w - 20, 14, f"{st['year']}年{issue}月", 9, ctx.body, "r")
    pg.line(20, 20, pg.w - 20, 20, 0.4)
    pg.text(20, 23, f"ISSN {issn}  CN {cn}", 8.5, ctx.body)
    scored = ["journal.name", "journal.issn", "journal.cn", "journal.year", "journal.volume", "journal.issue",
              "journal.levels"]  # fmt: skip
    if v in ("cover", "toc"):
        y = heading(pg, ctx, jn, 60, 26) + 10
        pg.text(pg.w / 2, y, f"{st['year']}年 第{issue}期（总第{vol * 12 + issue}期）", 13, ctx.body, "c")
        y += 20
        if v == "cover":
            pg.text(pg.w / 2, y, "本期要目", 13, ctx.bold, "c")
            fit(pg, pg.w / 2, y + 10, f"{title}  {'　'.join(au)}", 12, ctx.body, 170, "c")
        if v == "toc":
            pg.text(pg.w / 2, y, "目  次", 15, ctx.bold, "c")
            y += 12
            for i in range(5):
                t = title if i == 2 else f"{st['prof'][0]}领域研究进展综述（{i + 1}）"
                a = "，".join(au) if i == 2 else "，".join(names(rng, 2))
                fit(pg, 25, y, f"{t}…………{a}（{10 * i + 1}）", 11, ctx.body, 160)
                y += 9
    else:
        y = 36
        fit(pg, pg.w / 2, y, title, 18, ctx.bold, 170, "c")
        y += 12
        sep = rng.choice([" ", "，", "、"])
        parts: list[tuple[str, bool]] = []
        for i, a in enumerate(au):
            parts += [(a, False), (SUP[min(i, 1)] + ("*" if i == 0 else ""), True)]
            if i < n - 1:
                parts.append((sep, False))
        y = pg.runs(pg.w / 2, y, parts, 12, ctx.body)
        y = fit(pg, pg.w / 2, y, f"（1. {st['county']}{st['prof'][4]}，山东 {st['city']}；2. 山东农业大学，山东 泰安）",
                9, ctx.body, 170, "c") and y + 9  # fmt: skip
        y = para(
            pg,
            ctx,
            y,
            f"摘要：围绕{st['prof'][2]}中的关键问题，结合本地实践开展调查分析，提出改进措施。",
            10.5,
        )
        y = para(pg, ctx, y, f"关键词：{st['prof'][3]}；实践；对策", 10.5)
        pg.text(
            25,
            y,
            f"中图分类号：S{rng.randint(100, 999)}    文献标志码：A    文章编号：{issn}({st['year']}){issue:02d}-0{rng.randint(10, 99)}-05",
            9,
            ctx.body,
        )
        y += 10
        pg.text(pg.w / 2, y, "Practice and Reflection", 13, ctx.bold, "c")
        if v in ("foot", "firstab"):
            pg.line(20, 250, 90, 250, 0.3)
            rec = rdate(
                ctx, st["year"] - 1 if issue < 3 else st["year"], 1, max(1, issue - 1) if issue > 2 else 12
            )
            pg.text(20, 253, f"收稿日期：{fdate(rec, 4)}", 8.5, ctx.body)
            pg.text(
                20,
                258,
                f"基金项目：{st['city']}科技发展计划项目（{st['year'] - 1}NS{rng.randint(100, 999)}）",
                8.5,
                ctx.body,
            )
            pg.text(20, 263, f"作者简介：{au[0]}，{st['prof'][3]}方向，工程师。", 8.5, ctx.body)
        scored = ["title", "people"] + scored
    people = [person(a, i + 1, "author") for i, a in enumerate(au)]
    j = {"name": jn, "issn": issn, "cn": cn, "year": st["year"], "volume": str(vol), "issue": str(issue),
         "levels": levels}  # fmt: skip
    fields = {"title": title, "people": people, "journal": j, "issued_on": None}
    return Doc("journal_article", lay, [pg], fields, scored, claim(st, rng.choice(au)))


def book(ctx: Ctx, k: int) -> Doc:
    v, lay = _layout(ctx, "book", "book", k)
    st = setting(ctx)
    rng = ctx.rng
    pub, pre = PUBLISHERS[rng.randrange(len(PUBLISHERS))]
    digits = pre.replace("-", "")
    body = "".join(str(rng.randint(0, 9)) for _ in range(12 - len(digits)))
    isbn = f"{pre}-{body}-{isbn_digit(digits + body)}"
    title = f"{st['prof'][2][:12]}实用手册"
    m = rng.randint(1, 12)
    ed_n = rng.choice([1, 1, 2])
    edition = f"{st['year']}年{m}月第{ed_n}版"
    chief = names(rng, rng.randint(1, 2))
    deps = names(rng, 2)
    board = [x for x in names(rng, 10) if x not in chief + deps][:6]
    pages = []
    people = []
    if v == "cover":
        pg = Page()
        pg.rect(0, 0, pg.w, pg.h, 0, fill=(225, 236, 225))
        fit(pg, pg.w / 2, 80, title, 26, ctx.bold, 180, "c")
        pg.text(pg.w / 2, 130, "　".join(chief) + " 主编", 14, ctx.body, "c")
        pg.text(pg.w / 2, 250, f"{st['city']}{st['year']}年专业技术人员继续教育推荐读物", 11, ctx.body, "c")
        pg.text(pg.w / 2, 262, pub, 14, ctx.bold, "c")
        people = [person(c, i + 1, "editor_in_chief") for i, c in enumerate(chief)]
        fields = {"title": title, "people": people, "issuer": pub,
                  "book": {"isbn": None, "publisher": pub, "edition": None}}  # fmt: skip
        return Doc("book", lay, [pg], fields, ["title", "people", "issuer", "book.publisher"],
                   claim(st, chief[0]))  # fmt: skip
    trans = v == "yiben"
    if v in ("bianwei", "cipbw"):
        pg = Page()
        y = heading(pg, ctx, "编 委 会", 30, 18) + 8
        r = 1
        for lab, group, role in (("主  编", chief, "editor_in_chief"), ("副主编", deps, "deputy_editor"),
                                 ("编  委", board, "editorial_board")):  # fmt: skip
            pg.text(30, y, lab, 12, ctx.bold)
            for i, nm in enumerate(group):
                pg.text(65 + (i % 4) * 30, y + (i // 4) * 9, nm, 12, ctx.body)
                people.append(person(nm, r, role))
                r += 1
            y += 9 * ((len(group) + 3) // 4) + 6
        pages.append(pg)
    else:
        if trans:
            orig = "J. Smith"
            people = [person(c, i + 1, "translator") for i, c in enumerate(chief)]
        else:
            people = [person(c, i + 1, "editor_in_chief") for i, c in enumerate(chief)]
    if v != "bianwei":
        pg = Page()
        y = 40
        pg.text(25, y, "图书在版编目（CIP）数据", 12, ctx.bold)
        y += 9
        role = "译" if trans else "主编"
        who = "，".join(chief)
        lead = f"〔美〕{orig}著；{who}{role}" if trans else f"{who}{role}"
        y = para(
            pg, ctx, y, f"{title}/{lead}. —{pub[:-3] if len(pub) > 6 else pub}：{pub}，{st['year']}.{m}", 11
        )
        y = para(pg, ctx, y, f"ISBN {isbn}", 11)
        pg.text(
            25,
            y + 4,
            f"中国版本图书馆CIP数据核字（{st['year']}）第{rng.randint(10000, 99999)}号",
            10.5,
            ctx.body,
        )
        y += 20
        pg.line(25, y, pg.w - 25, y, 0.3)
        y += 6
        y = label_lines(pg, ctx, 40, y, [("书    名", title), ("主    编" if not trans else "译    者", who),
                                         ("出版发行", pub), ("开    本", "787mm×1092mm 1/16"),
                                         ("字    数", f"{rng.randint(180, 420)}千字"),
                                         ("版    次", edition), ("印    次", f"{st['year']}年{m}月第1次印刷"),
                                         ("书    号", f"ISBN {isbn}"), ("定    价", f"{rng.randint(38, 98)}.00元")],
                        11, "", 2.0)  # fmt: skip
        pages.append(pg)
    fields = {"title": title, "people": people, "issuer": pub, "issued_on": f"{st['year']}-{m:02d}",
              "book": {"isbn": isbn if v != "bianwei" else None, "publisher": pub, "edition": edition}}  # fmt: skip
    if v == "bianwei":
        pages[0].text(pages[0].w / 2, 250, f"{pub}  {edition}", 11, ctx.body, "c")
    sc = ["title", "people", "issuer", "book.publisher", "book.edition"] + (
        ["book.isbn"] if v != "bianwei" else []
    )
    if v == "bianwei":
        pages[0].text(pages[0].w / 2, 20, title, 14, ctx.bold, "c")
    return Doc("book", lay, pages, fields, sc, claim(st, people[0]["name"]))


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v, lay = _layout(ctx, "patent_certificate", "pat", k)
    st = setting(ctx)
    rng = ctx.rng
    kind = {"invention": "invention", "utility": "utility_model", "design": "design"}.get(
        v, rng.choice(["invention", "utility_model"]))  # fmt: skip
    head = {"invention": "发明专利证书", "utility_model": "实用新型专利证书", "design": "外观设计专利证书"}[
        kind
    ]
    title = rng.choice(DESIGN_TITLES if kind == "design" else PATENT_TITLES)
    granted = rdate(ctx, st["year"])
    applied = granted - dt.timedelta(days=rng.randint(200 if kind != "invention" else 500, 900))
    d12 = f"{applied.year}{ {'invention': 1, 'utility_model': 2, 'design': 3}[kind] }{rng.randint(0, 9999999):07d}"
    num = f"ZL{d12}.{zl_check(d12)}"
    inv = names(rng, rng.randint(1, 5))
    sep = rng.choice(["；", "，", "、"])
    pg = Page()
    frame(pg, ctx, 2 if v != "eprint" else 1)
    y = heading(pg, ctx, head, 35, 24) + 6
    pg.text(pg.w - 25, y, f"证书号第{rng.randint(1000000, 9999999)}号", 11, ctx.body, "r")
    y += 12
    who = "设计人" if kind == "design" else "发明人"
    pretty = num if v != "semi" else f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{zl_check(d12)}"
    holder_org = f"{st['county']}{st['prof'][4]}"
    y = label_lines(
        pg,
        ctx,
        28,
        y,
        [
            (
                f"{'发明' if kind == 'invention' else '实用新型' if kind == 'utility_model' else '外观设计'}名称",
                title,
            )
        ],
        12,
        "：",
    )
    y = para(pg, ctx, y, f"{who}：{sep.join(inv)}", 12, 28)
    y = label_lines(pg, ctx, 28, y, [("专利号", pretty), ("专利申请日", fdate(applied, 0)), ("专利权人", holder_org),
                                     ("授权公告日", fdate(granted, 0))], 12, "：")  # fmt: skip
    y = para(pg, ctx, y + 6, "本专利已经由国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发本证书"
             "并在专利登记簿上予以登记。专利权自授权公告之日起生效。", 11, 28)  # fmt: skip
    if v == "eprint":
        pg.text(28, 270, "本电子证书由国家知识产权局专利业务办理系统打印", 9, ctx.body)
    sign_block(pg, ctx, "国家知识产权局", "局长 申长雨", 230, seed=k)
    people = [person(n, i + 1, "inventor") for i, n in enumerate(inv)]
    fields = {"title": title, "people": people, "issuer": "国家知识产权局", "issued_on": granted.isoformat(),
              "patent": {"kind": kind, "number": num, "applied_on": applied.isoformat(),
                         "granted_on": granted.isoformat()}}  # fmt: skip
    return Doc("patent_certificate", lay, [pg], fields,
               ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
                "patent.granted_on"], claim(st, rng.choice(inv), granted.year))  # fmt: skip


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v, lay = _layout(ctx, "award_certificate", "aw", k)
    st = setting(ctx)
    rng = ctx.rng
    lv = rng.choice(["provincial", "municipal", "county"])
    place = {"provincial": "山东省", "municipal": st["city"], "county": st["county"]}[lv]
    giver = f"{place}人民政府"
    kind, aname = {
        "kjj": ("science_technology", f"{place}科学技术进步奖"), "skj": ("social_science", f"{place}社会科学优秀成果奖"),
        "jingsai": ("competition", f"{place}{st['prof'][0]}职业技能竞赛"), "lunwen": ("other", f"{place}优秀学术论文奖"),
        "jiaoxue": ("other", f"{place}教学成果奖"), "team": ("science_technology", f"{place}科学技术进步奖"),
    }[v]  # fmt: skip
    if v in ("jingsai", "lunwen", "jiaoxue"):
        giver = f"{place}{'人力资源和社会保障局' if lv != 'provincial' else '人力资源和社会保障厅'}"
        lv = "bureau" if v != "jingsai" else lv
        if v == "jingsai":
            lv = {"山东省": "provincial", st["city"]: "municipal"}.get(place, "county")
    grade = rng.choice(["一等奖", "二等奖", "三等奖"])
    proj = st["prof"][2] + ("关键技术研究与应用" if v in ("kjj", "team") else "研究")
    if v == "jingsai":
        proj = aname
    d = rdate(ctx, st["year"])
    team = names(rng, rng.randint(3, 6))
    pg = Page(297, 210)
    frame(pg, ctx, 3)
    y = heading(pg, ctx, "荣 誉 证 书" if v != "kjj" else "获 奖 证 书", 28, 26) + 8
    if v == "team":
        holder = None
        y = para(pg, ctx, y, f"项目名称：{proj}", 14, 35)
        y = para(pg, ctx, y, f"奖励等级：{aname}{grade}", 14, 35)
        y = para(pg, ctx, y, "主要完成人：" + "、".join(team), 14, 35)
        people = [person(n, i + 1, "awardee") for i, n in enumerate(team)]
        who = rng.choice(team)
    else:
        holder = team[0]
        rank = rng.randint(1, 5)
        rtxt = f"（第{rank}完成人）" if v in ("kjj", "skj", "jiaoxue") else ""
        if not rtxt:
            rank = 1
        y = para(pg, ctx, y, f"{holder}{rtxt}：", 15, 35)
        y = para(pg, ctx, y, f"你参与完成的“{proj}”荣获{aname}{grade}。特发此证，以资鼓励。" if v != "jingsai"
                 else f"你在{aname}中荣获{grade}。特发此证。", 15, 35)  # fmt: skip
        people = [person(holder, rank, "awardee")]
        who = holder
    ds = rng.choice([fdate(d, 0), fdate(d, 2)])
    sign_block(pg, ctx, giver, ds, 150, seed=k)
    fields = {"holder": holder, "title": proj, "people": people, "issuer": giver, "issued_on": d.isoformat(),
              "award": {"name": aname, "kind": kind, "level": lv, "grade": grade}}  # fmt: skip
    return Doc("award_certificate", lay, [pg], fields,
               ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.level",
                "award.grade"], claim(st, who))  # fmt: skip


def project_completion(ctx: Ctx, k: int) -> Doc:
    v, lay = _layout(ctx, "project_completion", "pc", k)
    st = setting(ctx)
    rng = ctx.rng
    title = f"{st['prof'][2][:14]}技术示范推广"
    issuer = f"{st['city']}科学技术局"
    d = rdate(ctx, st["year"])
    team = names(rng, rng.randint(2, 6))
    head = {"jieti": "结 题 证 书", "yanshou": "验收证书", "yijian": "项目验收意见", "zhengming": "结题证明",
            "table": "科技计划项目验收证书"}[v]  # fmt: skip
    pg = Page()
    frame(pg, ctx, 1 if v != "jieti" else 2)
    y = heading(pg, ctx, head, 35, 22) + 8
    code = f"{st['year'] - 2}NS{rng.randint(10, 99)}{rng.randint(100, 999)}"
    lead, mem = ("主持人", "项目组成员") if v in ("jieti", "zhengming") else ("负责人", "主要参加人员")
    if v == "table":
        rows = [["项目编号", code], ["项目名称", title], [lead, team[0]], [mem, "、".join(team[1:])],
                ["验收日期", fdate(d, 0)], ["验收结论", "通过验收"]]  # fmt: skip
        y = pg.table(25, y, [40, 120], rows, 11, ctx.body, 12) + 8
    else:
        y = label_lines(pg, ctx, 28, y, [("项目编号", code), ("项目名称", title), (lead, team[0])], 12, "：")
        y = para(pg, ctx, y, f"{mem}：" + "，".join(team[1:]), 12, 28)
        y = para(pg, ctx, y + 4, f"该项目经专家组审查，已完成合同规定的各项任务，同意{'结题' if v != 'yanshou' else '通过验收'}。"
                 f"验收日期：{fdate(d, 1)}。", 12, 28)  # fmt: skip
    sign_block(pg, ctx, issuer, fdate(d, rng.choice([0, 2])), max(y + 10, 210), seed=k)
    people = [person(team[0], 1, "project_leader")] + [
        person(n, i + 2, "project_member") for i, n in enumerate(team[1:])
    ]
    fields = {
        "holder": team[0],
        "title": title,
        "people": people,
        "issuer": issuer,
        "issued_on": d.isoformat(),
    }
    return Doc("project_completion", lay, [pg], fields, ["holder", "title", "people", "issuer", "issued_on"],
               claim(st, rng.choice(team)))  # fmt: skip
