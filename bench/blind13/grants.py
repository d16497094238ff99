"""Draw 13's patents, awards and project completions."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind13 import marks, topics
from bench.blind13.pools import (
    Ctx,
    city,
    fd,
    fm,
    iso,
    people,
    rdate,
    seal_text,
    university,
    workplace,
    zl_check,
)
from bench.generator.truth import person

CNIPA = "国家知识产权局"
PAT_SCORED = ["title", "people", "issuer", "issued_on", "patent.kind", "patent.number", "patent.applied_on",
              "patent.granted_on"]  # fmt: skip


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("pat")
    return {
        "invention": _pat_invention,
        "utility": _pat_utility,
        "design": _pat_design,
        "ecert": _pat_ecert,
        "register": _pat_register,
    }[v](ctx, ctx.layout("pat", v))


def _patent(ctx: Ctx, kind: str) -> dict:
    rng = ctx.rng
    a, b = rng.choice(topics.PAT_A), rng.choice(topics.PAT_B)
    if kind == "invention":
        title = rng.choice(topics.PATENTS_INV).format(a=a, b=b, c=rng.choice(topics.PAT_C))
        lag, digit = rng.randint(420, 1100), "1"
    elif kind == "utility_model":
        title = rng.choice(topics.PATENTS_UM).format(a=a, b=b)
        lag, digit = rng.randint(110, 330), "2"
    else:
        title = rng.choice(topics.PATENTS_DESIGN).format(
            a=rng.choice(topics.PAT_DA), b=rng.choice(topics.PAT_DB)
        )
        lag, digit = rng.randint(80, 250), "3"
    applied = rdate(rng, 2015, 2022)
    granted = applied + dt.timedelta(days=lag)
    d12 = f"{applied.year}{digit}{rng.randint(0, 9999999):07d}"
    number = f"ZL{d12}.{zl_check(d12)}"
    prov, c = city(rng)
    owner = rng.choice([university(rng, prov), workplace(rng, c)])
    inventors = people(rng, rng.randint(1, 6))
    pub = f"CN {digit}{rng.randint(10**7, 10**8 - 1)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"
    return {"kind": kind, "title": title, "applied": applied, "granted": granted, "d12": d12, "number": number,
            "owner": owner, "address": f"{prov}省{c}市", "inventors": inventors, "cert": f"第{rng.randint(10**6, 9 * 10**6)}号", "pub": pub}  # fmt: skip


def _pdoc(layout: str, pages: list[Page], p: dict, ctx: Ctx) -> Doc:
    fields = {"title": p["title"], "issuer": CNIPA, "issued_on": iso(p["granted"]),
              "people": [person(n, i + 1, "inventor") for i, n in enumerate(p["inventors"])],
              "patent": {"kind": p["kind"], "number": p["number"], "applied_on": iso(p["applied"]),
                         "granted_on": iso(p["granted"])}}  # fmt: skip
    claim = ctx.rng.choice(p["inventors"])
    return Doc(
        "patent_certificate",
        layout,
        pages,
        fields,
        PAT_SCORED,
        {"person": claim, "year": p["granted"].year},
        None,
    )


def _zl_spaced(p: dict) -> str:
    d = p["d12"]
    return f"ZL {d[:4]} {d[4]} {d[5:]}.{p['number'][-1]}"


def _classic(ctx: Ctx, p: dict, word: str, name_lab: str, who_lab: str, style: str, order: int) -> Page:
    rng = ctx.rng
    pg = Page()
    pg.rect(12, 12, 198, 285, 2.2, (40, 90, 60))
    pg.rect(16, 16, 194, 281, 0.4, (40, 90, 60))
    pg.text(pg.w / 2, 34, f"{word}专利证书", 26, ctx.bold, "c")
    pg.text(pg.w / 2, 52, f"证书号{p['cert']}", 12, ctx.body, "c")
    rows = [
        (name_lab, p["title"]),
        (who_lab, "；".join(p["inventors"])),
        ("专 利 号", _zl_spaced(p) if order else p["number"]),
        ("专利申请日", fd(p["applied"], style)),
        ("专利权人", p["owner"]),
        ("地址", p["address"]),
        ("授权公告日", fd(p["granted"], style)),
        ("授权公告号", p["pub"]),
    ]
    if order:
        rows = rows[2:4] + rows[:2] + rows[4:]
    y = 68
    for lab, val in rows:
        pg.text(28, y, f"{lab}：", 12, ctx.body)
        y = pg.wrap(28 + width_mm(f"{lab}：", ctx.body, 12), y, 148, val, 12, ctx.body, 1.7) + 2.5
    law = {"发明": "发明", "实用新型": "实用新型", "外观设计": "外观设计"}[word]
    txt = (
        f"国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{law}专利证书并在专利登记簿上予以登记。"
        "专利权自授权公告之日起生效。专利权期限自申请日起算。"
    )
    y = pg.wrap(28, y + 6, 154, txt, 11, ctx.body, 1.8, 8)
    pg.wrap(28, y + 2, 154, "专利证书记载专利权登记时的法律状况。专利权的转移、质押、无效、终止、恢复和专利权人的姓名或名称、"
            "国籍、地址变更等事项记载在专利登记簿上。", 11, ctx.body, 1.8, 8)  # fmt: skip
    pg.text(140, 250, "局长", 12, ctx.body)
    marks.hand(pg, ctx, 154, 248, people(rng, 1)[0], 16)
    pg.seal(160, 244, 20, CNIPA, rng.randint(0, 10**6))
    pg.text(pg.w / 2, 272, f"第 1 页（共 {rng.choice([1, 2])} 页）", 9, ctx.body, "c")
    return pg


def _pat_invention(ctx: Ctx, layout: str) -> Doc:
    p = _patent(ctx, "invention")
    pg = _classic(ctx, p, "发明", "发明名称", "发 明 人", ctx.rng.choice(["ymd", "ymd0"]), 0)
    return _pdoc(layout, [pg], p, ctx)


def _pat_utility(ctx: Ctx, layout: str) -> Doc:
    p = _patent(ctx, "utility_model")
    pg = _classic(ctx, p, "实用新型", "实用新型名称", "发 明 人", ctx.rng.choice(["ymd", "ymd0"]), 1)
    return _pdoc(layout, [pg], p, ctx)


def _pat_design(ctx: Ctx, layout: str) -> Doc:
    p = _patent(ctx, "design")
    pg = _classic(ctx, p, "外观设计", "使用外观设计的产品名称", "设 计 人", "ymd", ctx.rng.randint(0, 1))
    return _pdoc(layout, [pg], p, ctx)


def _pat_ecert(ctx: Ctx, layout: str) -> Doc:
    """An electronic patent certificate (landscape, QR verification, numbered fields in a ruled form)."""
    rng = ctx.rng
    kind = rng.choice(["invention", "utility_model", "design"])
    p = _patent(ctx, kind)
    word = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}[kind]
    pg = Page(w=297, h=210)
    pg.rect(8, 8, 289, 202, 1.0, (160, 120, 50))
    pg.text(pg.w / 2, 18, "中华人民共和国国家知识产权局", 14, ctx.body, "c")
    pg.text(pg.w / 2, 28, f"{word}专利证书（电子）", 22, ctx.bold, "c")
    labels = {"invention": ("发明名称", "发明人"), "utility_model": ("实用新型名称", "发明人"),
              "design": ("使用外观设计的产品名称", "设计人")}[kind]  # fmt: skip
    rows = [["证书号", p["cert"].strip("第号")], ["专利号", p["number"]], [labels[0], p["title"]],
            [labels[1], "、".join(p["inventors"])], ["专利权人", p["owner"]],
            ["专利申请日", fd(p["applied"], "iso")], ["授权公告日", fd(p["granted"], "iso")]]  # fmt: skip
    y = 44
    for lab, val in rows:
        pg.rect(30, y, 92, y + 12, 0.3)
        pg.rect(92, y, 240, y + 12, 0.3)
        pg.text(61, y + 3.5, lab, 11, ctx.bold, "c")
        pg.text(96, y + 3.5, val, 11, ctx.body)
        y += 12
    marks.qr(pg, 250, 46, 30, rng.randint(0, 10**6))
    pg.text(265, 80, "扫码查验", 9, ctx.body, "c")
    pg.wrap(30, y + 8, 210, "本电子专利证书与纸质专利证书具有同等法律效力，可通过国家知识产权局专利业务办理系统进行验证。", 10,
            ctx.body, 1.8)  # fmt: skip
    pg.seal(230, 176, 19, CNIPA, rng.randint(0, 10**6))
    pg.text(240, 182, CNIPA, 12, ctx.body, "r")
    return _pdoc(layout, [pg], p, ctx)


def _pat_register(ctx: Ctx, layout: str) -> Doc:
    """A 专利登记簿副本: the register's record with its legal status, two pages."""
    rng = ctx.rng
    kind = rng.choice(["invention", "utility_model"])
    p = _patent(ctx, kind)
    p1 = Page()
    p1.text(p1.w / 2, 24, "专 利 登 记 簿 副 本", 20, ctx.bold, "c")
    issued = p["granted"] + dt.timedelta(days=rng.randint(60, 700))
    rows = [["专利号", p["number"]], ["申请日", fd(p["applied"], "dot")], ["授权公告日", fd(p["granted"], "dot")],
            ["发明创造名称", p["title"]], ["发明人", "，".join(p["inventors"])], ["专利权人", p["owner"]],
            ["专利类型", {"invention": "发明", "utility_model": "实用新型"}[kind]],
            ["法律状态", "专利权维持"], ["年费缴纳", f"已缴至第{rng.randint(2, 6)}年度"]]  # fmt: skip
    p1.table(20, 40, [40, 130], rows, 11, ctx.body, 12, fonts={0: ctx.bold})
    p1.text(20, 160, "以上记载事项与专利登记簿一致。", 11, ctx.body)
    p1.text(182, 190, CNIPA, 12, ctx.body, "r")
    p1.text(182, 200, f"出具日期：{fd(issued, 'ymd')}", 12, ctx.body, "r")
    p1.seal(160, 192, 19, CNIPA, rng.randint(0, 10**6))
    p2 = Page()
    p2.text(20, 24, "专利权事务变更记录", 13, ctx.bold)
    p2.table(20, 34, [40, 60, 70], [["日期", "事项", "说明"], [fd(p["granted"], "dot"), "授权", "授予专利权"],
                                     ["—", "—", "—"]], 10.5, ctx.body, 11, header_font=ctx.bold)  # fmt: skip
    return _pdoc(layout, [p1, p2], p, ctx)


# ---- awards ----------------------------------------------------------------------------------------------
AW_SCORED = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.level",
             "award.grade"]  # fmt: skip
GRADES = ["一等奖", "二等奖", "三等奖"]


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("aw")
    return {
        "scitech": _aw_scitech,
        "social": _aw_social,
        "contest": _aw_contest,
        "county": _aw_county,
        "paper": _aw_paper,
        "booklet": _aw_booklet,
    }[v](ctx, ctx.layout("aw", v))


def _adoc(
    layout: str,
    pages: list[Page],
    holder: str | None,
    title: str,
    ppl: list[tuple[str, int]],
    issuer: str,
    issued: str,
    name: str,
    kind: str,
    level: str,
    grade: str,
    claim: str,
    year: int,
) -> Doc:
    fields = {"holder": holder, "title": title, "issuer": issuer, "issued_on": issued,
              "people": [person(n, r, "awardee") for n, r in ppl],
              "award": {"name": name, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
    return Doc("award_certificate", layout, pages, fields, AW_SCORED, {"person": claim, "year": year}, None)


def _project(ctx: Ctx, fields: tuple[str, ...] = ("med", "eng", "agr")) -> str:
    rng = ctx.rng
    f = rng.choice(fields)
    return rng.choice(topics.PROJECTS[f]).format(c=city(rng)[1], x=rng.choice(topics.PROJ_X[f]))


def _gov(ctx: Ctx) -> tuple[str, str, str, str]:
    """(issuing government, level, province, city)."""
    prov, c = city(ctx.rng)
    if ctx.rng.random() < 0.5:
        return f"{prov}省人民政府", "provincial", prov, c
    return f"{c}市人民政府", "municipal", prov, c


def _aw_scitech(ctx: Ctx, layout: str) -> Doc:
    """A 科学技术进步奖 certificate for one completer, his place stated."""
    rng = ctx.rng
    gov, level, prov, c = _gov(ctx)
    place = prov + "省" if level == "provincial" else c + "市"
    name = f"{place}科学技术进步奖"
    title = _project(ctx)
    (who,) = people(rng, 1)
    rank = rng.randint(1, 9)
    grade = rng.choice(GRADES)
    d = rdate(rng, 2017, 2024)
    pg = Page()
    pg.rect(10, 10, 200, 287, 3.0, (180, 140, 50))
    pg.text(pg.w / 2, 40, name, 22, ctx.bold, "c", (170, 30, 30))
    pg.text(pg.w / 2, 56, "证　书", 26, ctx.bold, "c", (170, 30, 30))
    pg.wrap(
        30, 84, 150, "为表彰在促进科学技术进步工作中做出突出贡献者，特颁发此证书。", 14, ctx.body, 2.0, 10
    )
    rows = [("项目名称", title), ("奖励等级", grade), ("获 奖 者", who), ("完成人排序", f"第{rank}完成人"),
            ("证 书 号", f"{d.year}-J-{rng.randint(10, 99)}-{GRADES.index(grade) + 1}-{rng.randint(1, 40):02d}-R{rank:02d}")]  # fmt: skip
    y = 114
    for lab, val in rows:
        pg.text(34, y, f"{lab}：", 13, ctx.bold)
        y = pg.wrap(34 + width_mm(f"{lab}：", ctx.bold, 13), y, 124, val, 13, ctx.body, 1.8) + 3
    pg.text(172, 226, gov, 15, ctx.body, "r")
    pg.text(172, 238, fd(d, "cn"), 14, ctx.body, "r")
    pg.seal(172 - width_mm(gov, ctx.body, 15) / 2, 228, 22, seal_text(gov), rng.randint(0, 10**6))
    return _adoc(layout, [pg], who, title, [(who, rank)], gov, iso(d), name, "science_technology", level, grade, who,
                 d.year)  # fmt: skip


def _aw_social(ctx: Ctx, layout: str) -> Doc:
    """A 社会科学优秀成果奖 certificate listing all authors, dated by month."""
    rng = ctx.rng
    gov, level, prov, c = _gov(ctx)
    place = prov + "省" if level == "provincial" else c + "市"
    n = rng.randint(2, 5)
    authors = people(rng, n)
    f = "soc"
    title = rng.choice(topics.PROJECTS[f]).format(c=c, x=rng.choice(topics.PROJ_X[f]))
    round_ = rng.randint(20, 38)
    name = f"{place}第{round_}次社会科学优秀成果奖" if level == "provincial" else f"{place}社会科学优秀成果奖"
    grade = rng.choice(GRADES)
    y_, m_ = rng.randint(2017, 2024), rng.choice([6, 9, 11, 12])
    pg = Page(w=297, h=210)
    pg.rect(8, 8, 289, 202, 1.8, (150, 30, 30))
    pg.text(pg.w / 2, 24, "荣 誉 证 书", 26, ctx.bold, "c", (150, 30, 30))
    txt = f"{'、'.join(authors)}同志的成果《{title}》，荣获{name}{grade}。"
    y = pg.wrap(40, 58, 217, txt, 16, ctx.body, 2.1, 11)
    pg.text(60, y + 8, "特发此证，以资鼓励。", 16, ctx.body)
    pg.text(250, 158, gov, 15, ctx.body, "r")
    pg.text(250, 170, fm(y_, m_, rng.choice(["cn", "ymd"])), 15, ctx.body, "r")
    pg.seal(250 - width_mm(gov, ctx.body, 15) / 2, 161, 22, seal_text(gov), rng.randint(0, 10**6))
    pg.text(40, 188, f"证书编号：SK{y_}{rng.randint(100, 999)}", 10, ctx.body)
    ppl = [(a, i + 1) for i, a in enumerate(authors)]
    return _adoc(layout, [pg], None, title, ppl, gov, f"{y_}-{m_:02d}", name, "social_science", level, grade,
                 rng.choice(authors), y_)  # fmt: skip


def _aw_contest(ctx: Ctx, layout: str) -> Doc:
    """A teaching-contest certificate to one teacher, entry title in 《》, landscape."""
    rng = ctx.rng
    prov, c = city(rng)
    prov_level = rng.random() < 0.35
    issuer = f"{prov}省教育厅" if prov_level else f"{c}市教育局"
    level = "provincial" if prov_level else "municipal"
    place = prov + "省" if prov_level else c + "市"
    nth = rng.randint(2, 9)
    name = f"{place}第{'一二三四五六七八九'[nth - 1]}届中小学青年教师教学能力大赛"
    entry = rng.choice(
        ["分数的初步认识", "光合作用", "《背影》群文阅读", "二次函数的图像与性质", "化学反应速率", "认识时间"]
    )
    (who,) = people(rng, 1)
    grade = rng.choice(GRADES + ["特等奖"])
    d = rdate(rng, 2017, 2024)
    pg = Page(w=297, h=210)
    pg.rect(0, 0, 297, 210, 0, (255, 255, 255), (253, 248, 235))
    pg.rect(10, 10, 287, 200, 2.5, (190, 150, 60))
    pg.text(pg.w / 2, 28, "获 奖 证 书", 30, ctx.bold, "c", (180, 40, 40))
    pg.text(40, 62, f"{who}　老师：", 17, ctx.body)
    txt = f"您在{name}中，参赛课题《{entry}》荣获{grade}。"
    y = pg.wrap(40, 80, 217, txt, 17, ctx.body, 2.2, 12)
    pg.text(60, y + 6, "特发此证，以资鼓励。", 17, ctx.body)
    pg.text(250, 160, issuer, 15, ctx.body, "r")
    pg.text(250, 172, fd(d, "ymd"), 15, ctx.body, "r")
    pg.seal(250 - width_mm(issuer, ctx.body, 15) / 2, 163, 21, seal_text(issuer), rng.randint(0, 10**6))
    return _adoc(
        layout, [pg], who, entry, [(who, 1)], issuer, iso(d), name, "competition", level, grade, who, d.year
    )


def _aw_county(ctx: Ctx, layout: str) -> Doc:
    """A county government's 科技进步奖 for a team: the completers in a grid, numbered."""
    rng = ctx.rng
    prov, c = city(rng)
    county = rng.choice(["平原", "宁阳", "兰考", "桃江", "沂水", "新野", "郓城", "汝州"])
    gov = f"{county}县人民政府"
    name = f"{county}县科学技术进步奖"
    title = _project(ctx)
    n = rng.randint(3, 8)
    names = people(rng, n)
    grade = rng.choice(GRADES)
    d = rdate(rng, 2017, 2024)
    pg = Page()
    pg.text(pg.w / 2, 30, "科学技术进步奖", 22, ctx.bold, "c", (170, 30, 30))
    pg.text(pg.w / 2, 44, "证　书", 22, ctx.bold, "c", (170, 30, 30))
    pg.text(30, 66, f"项目名称：{title}", 13, ctx.body)
    pg.text(30, 78, f"获奖等级：{grade}", 13, ctx.body)
    pg.text(30, 90, "主要完成人：", 13, ctx.body)
    for i, nm in enumerate(names):
        pg.text(40 + (i % 4) * 36, 102 + (i // 4) * 10, f"{i + 1}.{nm}", 13, ctx.body)
    pg.text(30, 130, f"完成单位：{workplace(rng, c)}", 13, ctx.body)
    pg.wrap(
        30,
        150,
        150,
        f"为表彰在全县科技创新工作中做出贡献的单位和个人，特颁发{name}证书。",
        13,
        ctx.body,
        2.0,
        9,
    )
    pg.text(170, 200, gov, 14, ctx.body, "r")
    pg.text(170, 211, fd(d, "ymd0"), 14, ctx.body, "r")
    pg.seal(170 - width_mm(gov, ctx.body, 14) / 2, 203, 20, seal_text(gov), rng.randint(0, 10**6))
    ppl = [(nm, i + 1) for i, nm in enumerate(names)]
    return _adoc(layout, [pg], None, title, ppl, gov, iso(d), name, "science_technology", "county", grade,
                 rng.choice(names), d.year)  # fmt: skip


def _aw_paper(ctx: Ctx, layout: str) -> Doc:
    """A city's 自然科学优秀学术成果奖 for a paper, its authors listed, dated by month."""
    rng = ctx.rng
    prov, c = city(rng)
    issuer = f"{c}市人民政府"
    nth = rng.randint(3, 15)
    name = f"{c}市第{nth}届自然科学优秀学术成果奖"
    f = rng.choice(["med", "eng", "agr"])
    title = rng.choice(topics.PAPER_TOPICS[f]).format(
        a=rng.choice(topics.PAPER_A[f]), b=rng.choice(topics.PAPER_B[f])
    )
    authors = people(rng, rng.randint(1, 3))
    grade = rng.choice(GRADES)
    y_, m_ = rng.randint(2017, 2024), rng.randint(1, 12)
    pg = Page()
    pg.rect(14, 14, 196, 283, 0.6, (60, 60, 60))
    pg.text(pg.w / 2, 40, "荣誉证书", 28, ctx.bold, "c", (170, 30, 30))
    y = pg.wrap(30, 80, 150, f"论文《{title}》", 15, ctx.body, 2.0)
    pg.text(30, y + 2, f"作者：{'　'.join(authors)}", 15, ctx.body)
    y = pg.wrap(30, y + 16, 150, f"在{name}评选中荣获{grade}。", 15, ctx.body, 2.0, 11)
    pg.text(172, 210, issuer, 15, ctx.body, "r")
    pg.text(172, 222, fm(y_, m_, rng.choice(["cn", "ymd0", "dot"])), 15, ctx.body, "r")
    pg.seal(172 - width_mm(issuer, ctx.body, 15) / 2, 213, 21, seal_text(issuer), rng.randint(0, 10**6))
    holder = authors[0] if len(authors) == 1 else None
    ppl = [(a, i + 1) for i, a in enumerate(authors)]
    return _adoc(layout, [pg], holder, title, ppl, issuer, f"{y_}-{m_:02d}", name, "science_technology", "municipal",
                 grade, rng.choice(authors), y_)  # fmt: skip


def _aw_booklet(ctx: Ctx, layout: str) -> Doc:
    """An opened certificate booklet: photo and steel seal on the left leaf, the award text on the right."""
    rng = ctx.rng
    gov, level, prov, c = _gov(ctx)
    place = prov + "省" if level == "provincial" else c + "市"
    name = f"{place}农业技术推广奖"
    title = _project(ctx, ("agr",))
    (who,) = people(rng, 1)
    rank = rng.randint(1, 12)
    grade = rng.choice(GRADES)
    d = rdate(rng, 2017, 2024)
    pg = Page(w=297, h=210, bg=(244, 236, 222))
    pg.rect(10, 10, 143, 200, 0, (250, 246, 238), (250, 246, 238))
    pg.rect(154, 10, 287, 200, 0, (250, 246, 238), (250, 246, 238))
    marks.photo(pg, 62, 46, 30, 40)
    marks.steel_seal(pg, ctx, 90, 84, 16, gov)
    pg.text(77, 172, f"证书编号：NT{d.year}-{rng.randint(100, 999)}", 11, ctx.body, "c")
    pg.text(77, 182, f"姓名：{who}", 12, ctx.body, "c")
    pg.text(220, 28, "荣 誉 证 书", 22, ctx.bold, "c", (170, 30, 30))
    txt = f"{who}同志参加完成的《{title}》项目，获{name}{grade}（排名第{rank}位）。特发此证。"
    pg.wrap(166, 52, 110, txt, 14, ctx.body, 2.1, 10)
    pg.text(270, 150, gov, 13, ctx.body, "r")
    pg.text(270, 161, fd(d, rng.choice(["cn", "cno"])), 13, ctx.body, "r")
    pg.seal(270 - width_mm(gov, ctx.body, 13) / 2, 153, 20, seal_text(gov), rng.randint(0, 10**6))
    return _adoc(layout, [pg], who, title, [(who, rank)], gov, iso(d), name, "science_technology", level, grade, who,
                 d.year)  # fmt: skip


# ---- projects --------------------------------------------------------------------------------------------
PC_SCORED = ["holder", "title", "people", "issuer", "issued_on"]


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("pc")
    return {
        "jieti": _pc_jieti,
        "leader": _pc_leader,
        "jianding": _pc_jianding,
        "register": _pc_register,
        "jiexiang": _pc_jiexiang,
        "yanshou": _pc_yanshou,
    }[v](ctx, ctx.layout("pc", v))


def _cdoc(
    layout: str,
    pages: list[Page],
    holder: str | None,
    title: str,
    leader: str,
    members: list[str],
    issuer: str,
    issued: str,
    claim: str,
    year: int,
    ranks: list[int] | None = None,
) -> Doc:
    names = [leader] + members
    ranks = ranks or list(range(1, len(names) + 1))
    roles = ["project_leader"] + ["project_member"] * len(members)
    fields = {"holder": holder, "title": title, "issuer": issuer, "issued_on": issued,
              "people": [person(n, r, ro) for n, r, ro in zip(names, ranks, roles, strict=True)]}  # fmt: skip
    return Doc("project_completion", layout, pages, fields, PC_SCORED, {"person": claim, "year": year}, None)


def _pc_jieti(ctx: Ctx, layout: str) -> Doc:
    """An education-research 结题证书: leader and members, dated by month."""
    rng = ctx.rng
    prov, c = city(rng)
    f = "edu"
    title = rng.choice(topics.PROJECTS[f]).format(c=c, x=rng.choice(topics.PROJ_X[f]))
    issuer = f"{prov}省教育科学规划领导小组办公室"
    names = people(rng, rng.randint(3, 7))
    y_, m_ = rng.randint(2017, 2024), rng.randint(1, 12)
    pg = Page()
    pg.rect(12, 12, 198, 285, 1.5, (30, 60, 120))
    pg.text(pg.w / 2, 40, "结 题 证 书", 28, ctx.bold, "c", (30, 60, 120))
    pg.text(180, 60, f"证书编号：{prov[:1]}教规结字〔{y_}〕{rng.randint(10, 999)}号", 10.5, ctx.body, "r")
    rows = [("课题名称", title), ("课题编号", f"{y_ - 2}{rng.choice(['JK', 'ZX', 'YB'])}{rng.randint(100, 999)}"),
            ("课题类别", rng.choice(["重点课题", "一般课题", "青年专项课题"])), ("主 持 人", names[0]),
            ("课题组成员", "、".join(names[1:])), ("所在单位", workplace(rng, c))]  # fmt: skip
    y = 76
    for lab, val in rows:
        pg.text(30, y, f"{lab}：", 13, ctx.bold)
        y = pg.wrap(30 + width_mm(f"{lab}：", ctx.bold, 13), y, 150 - width_mm(f"{lab}：", ctx.bold, 13), val, 13,
                    ctx.body, 1.9) + 3  # fmt: skip
    pg.wrap(30, y + 8, 150, "该课题经专家组鉴定，达到预期研究目标，准予结题。", 14, ctx.body, 2.0, 10)
    pg.text(176, 214, issuer, 13, ctx.body, "r")
    pg.text(176, 225, fm(y_, m_, rng.choice(["cn", "ymd"])), 13, ctx.body, "r")
    pg.seal(176 - width_mm(issuer, ctx.body, 13) / 2, 216, 21, seal_text(issuer), rng.randint(0, 10**6))
    return _cdoc(
        layout, [pg], None, title, names[0], names[1:], issuer, f"{y_}-{m_:02d}", rng.choice(names), y_
    )


def _pc_leader(ctx: Ctx, layout: str) -> Doc:
    """A 结题证明 letter naming only the project's 负责人."""
    rng = ctx.rng
    prov, c = city(rng)
    f = rng.choice(["med", "eng"])
    title = rng.choice(topics.PROJECTS[f]).format(c=c, x=rng.choice(topics.PROJ_X[f]))
    issuer = f"{c}市科学技术局"
    (who,) = people(rng, 1)
    d = rdate(rng, 2017, 2024)
    unit = workplace(rng, c)
    pg = Page()
    pg.text(pg.w / 2, 34, "结 题 证 明", 22, ctx.bold, "c")
    txt = (
        f"{unit}{who}同志主持的{c}市科技发展计划项目“{title}”（项目编号：{d.year - 2}{rng.randint(1000, 9999)}），"
        f"已完成合同规定的各项研究任务，经组织专家验收，同意结题。"
    )
    y = pg.wrap(26, 60, 158, txt, 14, ctx.body, 2.0, 10)
    pg.text(36, y + 4, "特此证明。", 14, ctx.body)
    style = rng.choice(["ymd", "ymd0", "cn"])
    pg.text(176, y + 34, issuer, 14, ctx.body, "r")
    pg.text(176, y + 45, fd(d, style), 14, ctx.body, "r")
    pg.seal(176 - width_mm(issuer, ctx.body, 14) / 2, y + 37, 20, seal_text(issuer), rng.randint(0, 10**6))
    return _cdoc(layout, [pg], who, title, who, [], issuer, iso(d), who, d.year)


def _pc_jianding(ctx: Ctx, layout: str) -> Doc:
    """A 科学技术成果鉴定证书: cover page, then the 主要研制人员名单 table."""
    rng = ctx.rng
    prov, c = city(rng)
    f = rng.choice(["med", "eng"])
    title = rng.choice(topics.PROJECTS[f]).format(c=c, x=rng.choice(topics.PROJ_X[f]))
    issuer = f"{prov}省科学技术厅" if rng.random() < 0.5 else f"{c}市科学技术局"
    names = people(rng, rng.randint(4, 9))
    d = rdate(rng, 2017, 2024)
    p1 = Page()
    p1.text(p1.w / 2, 30, f"{issuer[:2]}科鉴字〔{d.year}〕第{rng.randint(10, 300):03d}号", 12, ctx.body, "c")
    p1.text(p1.w / 2, 60, "科学技术成果鉴定证书", 24, ctx.bold, "c")
    rows = [("成果名称", title), ("完成单位", workplace(rng, c)), ("鉴定形式", rng.choice(["会议鉴定", "函审鉴定"])),
            ("组织鉴定单位", issuer), ("鉴定日期", fd(d, "ymd"))]  # fmt: skip
    y = 110
    for lab, val in rows:
        p1.text(40, y, f"{lab}：", 13, ctx.body)
        y = p1.wrap(40 + width_mm(f"{lab}：", ctx.body, 13), y, 130 - width_mm(lab, ctx.body, 13), val, 13, ctx.body,
                    1.8) + 6  # fmt: skip
    p1.seal(150, 150, 20, seal_text(issuer), rng.randint(0, 10**6))
    p2 = Page()
    p2.text(p2.w / 2, 22, "主要研制人员名单", 16, ctx.bold, "c")
    rows2 = [["序号", "姓名", "性别", "技术职称", "工作单位", "对成果创造性贡献"]]
    for i, n in enumerate(names):
        rows2.append([str(i + 1), n, rng.choice("男女"), rng.choice(["高级工程师", "副主任医师", "工程师", "主治医师"]),
                      workplace(rng, c), rng.choice(["总体设计", "技术攻关", "试验研究", "数据分析", "推广应用"])])  # fmt: skip
    p2.table(15, 34, [12, 24, 12, 28, 60, 44], rows2, 9.5, ctx.body, 11, header_font=ctx.bold)
    return _cdoc(
        layout, [p1, p2], None, title, names[0], names[1:], issuer, iso(d), rng.choice(names), d.year
    )


def _pc_register(ctx: Ctx, layout: str) -> Doc:
    """A 科技成果登记证书: registration number and the completers in order."""
    rng = ctx.rng
    prov, c = city(rng)
    f = rng.choice(["med", "eng", "edu"])
    title = rng.choice(topics.PROJECTS[f]).format(c=c, x=rng.choice(topics.PROJ_X[f]))
    issuer = f"{prov}省科学技术厅"
    names = people(rng, rng.randint(2, 7))
    d = rdate(rng, 2017, 2024)
    pg = Page()
    pg.rect(12, 12, 198, 285, 1.0, (60, 100, 60))
    pg.text(pg.w / 2, 36, "科技成果登记证书", 24, ctx.bold, "c")
    rows = [["登记号", f"{d.year}{rng.randint(37, 43)}{rng.randint(10**5, 10**6 - 1)}"], ["成果名称", title],
            ["第一完成单位", workplace(rng, c)], ["完成人", "，".join(names)], ["登记日期", fd(d, "ymd0")]]  # fmt: skip
    y = pg.table(22, 60, [40, 126], rows, 11.5, ctx.body, 14, fonts={0: ctx.bold})
    pg.wrap(22, y + 10, 166, "经审查，该成果符合科技成果登记要求，准予登记。", 12, ctx.body, 1.8, 8)
    pg.text(176, y + 50, issuer, 13, ctx.body, "r")
    pg.text(176, y + 61, fd(d, "ymd0"), 13, ctx.body, "r")
    pg.seal(176 - width_mm(issuer, ctx.body, 13) / 2, y + 53, 20, seal_text(issuer), rng.randint(0, 10**6))
    return _cdoc(layout, [pg], None, title, names[0], names[1:], issuer, iso(d), rng.choice(names), d.year)


def _pc_jiexiang(ctx: Ctx, layout: str) -> Doc:
    """A 社科规划项目 结项证书 in landscape, a ruled grid, month-only Chinese-numeral date."""
    rng = ctx.rng
    prov, c = city(rng)
    title = rng.choice(topics.PROJECTS["soc"]).format(c=c, x=rng.choice(topics.PROJ_X["soc"]))
    issuer = f"{prov}省社会科学规划管理办公室"
    names = people(rng, rng.randint(2, 6))
    y_, m_ = rng.randint(2017, 2024), rng.randint(1, 12)
    pg = Page(w=297, h=210)
    pg.rect(8, 8, 289, 202, 2.0, (150, 30, 30))
    pg.text(pg.w / 2, 20, f"{prov}省社会科学规划项目", 16, ctx.body, "c")
    pg.text(pg.w / 2, 32, "结 项 证 书", 26, ctx.bold, "c", (150, 30, 30))
    rows = [["项目名称", title, "", ""], ["批准号", f"{y_ - 2}{rng.choice(['B', 'C', 'D'])}{rng.randint(100, 999)}", "鉴定等级",
             rng.choice(["优秀", "良好", "合格"])], ["项目负责人", names[0], "所在单位", university(rng, prov)],
            ["主要参加人", "、".join(names[1:]), "", ""]]  # fmt: skip
    y = 52
    for r in rows:
        if r[2] == "":
            pg.rect(30, y, 267, y + 16, 0.4)
            pg.line(72, y, 72, y + 16, 0.4)
            pg.text(51, y + 5.5, r[0], 12, ctx.bold, "c")
            pg.text(76, y + 5.5, r[1], 12, ctx.body)
        else:
            pg.table(30, y, [42, 82, 36, 77], [r], 12, ctx.body, 16, fonts={0: ctx.bold, 2: ctx.bold})
        y += 16
    pg.text(60, y + 12, "经审核，该项目准予结项。", 14, ctx.body)
    ds = fm(y_, m_, rng.choice(["cn", "cno"]))
    pg.text(250, 170, issuer, 13, ctx.body, "r")
    pg.text(250, 181, ds, 13, ctx.body, "r")
    pg.seal(250 - width_mm(issuer, ctx.body, 13) / 2, 172, 21, seal_text(issuer), rng.randint(0, 10**6))
    return _cdoc(
        layout, [pg], None, title, names[0], names[1:], issuer, f"{y_}-{m_:02d}", rng.choice(names), y_
    )


def _pc_yanshou(ctx: Ctx, layout: str) -> Doc:
    """A 验收意见书: project facts in a form, then the members table and the panel's opinion signed by its chair."""
    rng = ctx.rng
    prov, c = city(rng)
    f = rng.choice(["med", "eng"])
    title = rng.choice(topics.PROJECTS[f]).format(c=c, x=rng.choice(topics.PROJ_X[f]))
    issuer = f"{c}市科学技术局"
    names = people(rng, rng.randint(3, 6))
    (chair,) = [n for n in people(rng, 8) if n not in names][:1]
    d = rdate(rng, 2017, 2024)
    start = dt.date(d.year - 2, 1, 1)
    p1 = Page()
    p1.text(p1.w / 2, 26, f"{c}市科技计划项目", 15, ctx.body, "c")
    p1.text(p1.w / 2, 38, "验 收 意 见 书", 22, ctx.bold, "c")
    rows = [["项目名称", title], ["项目编号", f"{start.year}{rng.randint(100, 999)}"], ["承担单位", workplace(rng, c)],
            ["项目负责人", names[0]], ["起止时间", f"{start.year}年1月—{d.year - 1}年12月"],
            ["验收日期", fd(d, "ymd")], ["组织验收单位", issuer]]  # fmt: skip
    p1.table(22, 60, [40, 126], rows, 11.5, ctx.body, 14, fonts={0: ctx.bold})
    p2 = Page()
    p2.text(22, 22, "项目组主要成员", 13, ctx.bold)
    rows2 = [["排序", "姓名", "职称", "分工"]]
    rows2 += [[str(i + 1), n, rng.choice(["高级工程师", "副主任医师", "工程师", "主治医师"]), rng.choice(["总体负责", "技术研发", "试验", "资料整理"])]
              for i, n in enumerate(names)]  # fmt: skip
    y = p2.table(22, 30, [18, 34, 50, 64], rows2, 10.5, ctx.body, 10, header_font=ctx.bold)
    p2.text(22, y + 10, "验收专家组意见：", 13, ctx.bold)
    y = p2.wrap(22, y + 20, 166, "项目组完成了合同规定的研究内容和考核指标，提交的验收资料齐全，经专家组讨论，一致同意通过验收。",
                12, ctx.body, 1.9, 8)  # fmt: skip
    p2.text(110, y + 12, "专家组组长（签字）：", 12, ctx.body)
    marks.hand(p2, ctx, 152, y + 10, chair, 15)
    p2.text(176, y + 40, issuer, 13, ctx.body, "r")
    p2.text(176, y + 51, fd(d, "ymd"), 13, ctx.body, "r")
    p2.seal(176 - width_mm(issuer, ctx.body, 13) / 2, y + 43, 20, seal_text(issuer), rng.randint(0, 10**6))
    return _cdoc(
        layout, [p1, p2], None, title, names[0], names[1:], issuer, iso(d), rng.choice(names), d.year
    )
