"""Draw 35's patent certificates (seven layouts), award certificates (eight) and project completions (seven)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind35 import topics
from bench.blind35.people import case, make
from bench.blind35.pools import (
    CITIES,
    Ctx,
    centre,
    d,
    day,
    iso,
    mo,
    stamp,
    status_bar,
    wrap,
    ym,
    zl_check,
)
from bench.generator.truth import person

KIND_DIGIT = {"invention": "1", "utility_model": "2", "design": "3"}
KIND_WORD = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}
CNIPA = "国家知识产权局"
STREETS = ["东方红路", "解放路", "胜利大街", "迎宾大道", "文化路", "长江路", "岱宗大街", "桃花仑路"]


def _zl(ctx: Ctx, year: int, kind: str) -> str:
    d12 = f"{year}{KIND_DIGIT[kind]}{ctx.rng.randint(0, 9999999):07d}"
    return f"ZL{d12}.{zl_check(d12)}"


def _spaced_zl(zl: str) -> str:
    return f"ZL {zl[2:6]} {zl[6]} {zl[7:14]}.{zl[-1]}"


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("patent")
    cs = case(ctx, 6)
    kind = {"utility": "utility_model", "design": "design"}.get(v) or ctx.rng.choice(
        ["invention", "invention", "utility_model"]
    )
    if v == "older":
        applied = day(ctx.rng, 2009, 2012)
    else:
        applied = day(ctx.rng, 2015, 2022)
    gap = {
        "invention": ctx.rng.randint(500, 1200),
        "utility_model": ctx.rng.randint(120, 300),
        "design": ctx.rng.randint(90, 240),
    }[kind]
    granted = applied + dt.timedelta(days=gap)
    title = topics.fill_in(ctx.rng, ctx.rng.choice(topics.PATENTS[kind]), topics.PFILL)
    n = ctx.rng.randint(1, 5)
    inventors = [cs.person] + cs.others[: n - 1]
    ctx.rng.shuffle(inventors)
    zl = _zl(ctx, applied.year, kind)
    kw = KIND_WORD[kind]
    who = "设计人" if kind == "design" else "发明人"
    name_lab = (
        "使用外观设计的产品名称"
        if kind == "design"
        else f"{'发明' if kind == 'invention' else '实用新型'}名称"
    )
    term = {
        "invention": "二十年",
        "utility_model": "十年",
        "design": "十五年" if applied.year >= 2021 else "十年",
    }[kind]
    cert_no = f"第{ctx.rng.randint(1000000, 6999999)}号"
    pub = f"CN {ctx.rng.randint(100000000, 119999999)} {'B' if kind == 'invention' else 'U' if kind == 'utility_model' else 'S'}"
    st = ctx.pick("patent.date", ["cjk0", "cjk", "dot"])
    addr = f"{CITIES[cs.city][0]}省{cs.city}市{ctx.rng.choice(STREETS)}{ctx.rng.randint(1, 999)}号"
    head = "田力普" if v == "older" else "申长雨"
    pages = [Page()]
    pg = pages[0]
    sep = "；" if v != "older" else "　"
    rows = [
        (name_lab, title),
        (who, sep.join(inventors)),
        ("专利号", _spaced_zl(zl)),
        ("专利申请日", d(applied, st)),
        ("专利权人", cs.unit),
        ("地址", addr),
        ("授权公告日", d(granted, st)),
        ("授权公告号", pub),
    ]
    legal = (
        f"　　国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{kw}专利证书并在专利登记簿上予以登记。"
        f"专利权自授权公告之日起生效。专利权期限为{term}，自申请日起算。"
    )

    def certificate(p: Page, x0: float, y0: float, w: float, size: float, order: list[int]) -> None:
        p.text(x0 + w - 4, y0 + 4, f"证书号{cert_no}", size * 0.8, ctx.body, "r")
        p.text(x0 + w / 2, y0 + 16, f"{kw}专利证书", size * 2.1, ctx.bold, "c")
        y = y0 + 36
        for i in order:
            lab, val = rows[i]
            p.text(x0 + 8, y, f"{lab}：", size, ctx.body)
            y = (
                wrap(
                    p,
                    x0 + 8 + len(lab) * size * 0.3528 + size * 0.36,
                    y,
                    w - 20 - len(lab) * size * 0.36,
                    val,
                    size,
                    ctx.body,
                    1.7,
                )
                + 1.2
            )
        y = wrap(p, x0 + 8, y + 4, w - 16, legal, size * 0.9, ctx.body, 1.7)
        p.text(x0 + w - 40, y + 10, "局长", size, ctx.body)
        p.text(x0 + w - 26, y + 8, head, size * 1.4, ctx.ink, "l", (30, 30, 30))
        stamp(p, ctx, x0 + w - 30, y + 10, CNIPA, size * 1.4)

    if v in ("invention", "utility", "design", "feereceipt"):
        pg.rect(10, 10, 200, 287, 1.8, (40, 90, 60))
        pg.rect(14, 14, 196, 283, 0.4, (40, 90, 60))
        certificate(pg, 16, 24, 178, 12.5, list(range(8)))
        if v == "feereceipt":
            p2 = Page(w=210.0, h=148.0)
            centre(p2, ctx, 12, "专利收费电子票据", 16, True)
            p2.text(14, 26, f"缴款人：{cs.unit}", 10.5, ctx.body)
            p2.text(
                196, 26, f"开票日期：{d(granted + dt.timedelta(days=365 * 2), 'iso')}", 10.5, ctx.body, "r"
            )
            rrows = [
                ["专利号/申请号", "项目名称", "金额（元）"],
                [zl[2:], f"{kw}专利第3年度年费", "900.00" if kind == "invention" else "600.00"],
                ["合计", "", "900.00" if kind == "invention" else "600.00"],
            ]
            p2.table(14, 36, [60, 80, 42], rrows, 10.5, ctx.body, 10)
            p2.text(14, 76, "收款单位（章）：国家知识产权局专利局　　复核人：　　收款人：", 10, ctx.body)
            stamp(p2, ctx, 170, 100, "国家知识产权局专利局财务专用章", 16)
            pages.append(p2)
    elif v == "register":
        y = centre(pg, ctx, 24, "专利登记簿副本", 20, True) + 6
        trows = [
            ["专利号", zl[2:], "授权公告日", d(granted, "iso")],
            ["申请日", d(applied, "iso"), "专利类型", kw],
        ]
        y = pg.table(16, y, [30, 70, 28, 50], trows, 10.5, ctx.body, 13)
        trows = [
            [name_lab if kind != "design" else "产品名称", title],
            [who, "，".join(inventors)],
            ["专利权人", cs.unit],
            ["法律状态", "专利权维持"],
        ]
        y = pg.table(16, y, [30, 148], trows, 10.5, ctx.body, 13)
        pg.text(16, y + 10, "以上内容依据专利登记簿记载出具。", 11, ctx.body)
        pg.text(150, y + 30, CNIPA, 12, ctx.body, "c")
        pg.text(
            150, y + 40, d(granted + dt.timedelta(days=ctx.rng.randint(100, 900)), "cjk"), 12, ctx.body, "c"
        )
        stamp(pg, ctx, 150, y + 34, CNIPA)
    elif v == "desk":
        pg.w, pg.h = 260.0, 300.0
        pg.bg = (120, 90, 60)
        pg.rect(25, 12, 235, 288, 0, fill=(250, 249, 244))
        pg.rect(29, 16, 231, 284, 1.2, (40, 90, 60))
        certificate(pg, 32, 22, 196, 12.5, [2, 0, 1, 3, 4, 5, 6, 7])
    else:  # older
        pg.rect(12, 12, 198, 285, 2.0, (120, 60, 30))
        certificate(pg, 16, 24, 178, 12.5, [0, 1, 2, 3, 4, 6, 5, 7])
    fields = {
        "title": title,
        "issuer": CNIPA,
        "issued_on": iso(granted),
        "people": [person(x, i + 1, "inventor") for i, x in enumerate(inventors)],
        "patent": {"kind": kind, "number": zl, "applied_on": iso(applied), "granted_on": iso(granted)},
    }
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
    return make(ctx, "patent_certificate", "patent", v, pages, fields, scored, cs.person, granted.year)


GRADES = ["一等奖", "二等奖", "三等奖", "特等奖", "二等奖", "三等奖"]


def _award_giver(ctx: Ctx, cs, v: str) -> tuple[str, str, str, str | None]:  # noqa: ANN001
    """(award name, kind, giver, level)."""
    c, p = cs.city, cs.prov
    if v == "county":
        cc = ctx.rng.choice(CITIES[c][1] or ["乐陵"])
        return f"{cc}市科学技术进步奖", "science_technology", f"{cc}市人民政府", "county"
    if v == "contest":
        opts = {
            "s": [
                (f"{c}市中小学青年教师课堂教学比赛", f"{c}市教育局", "bureau"),
                (f"{p}省优质课评选", f"{p}省教育厅", "bureau"),
            ],
            "h": [
                (f"{c}市护理技能竞赛", f"{c}市护理学会", None),
                (f"{c}市卫生系统岗位练兵技能竞赛", f"{c}市卫生健康委员会", "bureau"),
            ],
            "e": [
                (f"{c}市优秀工程勘察设计奖", f"{c}市勘察设计协会", None),
                (f"{p}省BIM技术应用大赛", f"{p}省土木建筑学会", None),
            ],
        }
        nm, giver, lv = ctx.rng.choice(opts[cs.sector])
        return nm, "competition", giver, lv
    if v == "society":
        nm, giver = ctx.rng.choice(
            [
                (f"{c}市医学会优秀学术论文奖", f"{c}市医学会"),
                (f"{p}省教育学会教育科研成果奖", f"{p}省教育学会"),
                (f"{p}省土木建筑学会科技进步奖", f"{p}省土木建筑学会"),
            ]
        )
        return nm, ("science_technology" if "科技" in nm else "other"), giver, None
    r = ctx.rng.random()
    if r < 0.4:
        return f"{c}市科学技术进步奖", "science_technology", f"{c}市人民政府", "municipal"
    if r < 0.6:
        return f"{p}省科学技术进步奖", "science_technology", f"{p}省人民政府", "provincial"
    if r < 0.8:
        return f"{c}市社会科学优秀成果奖", "social_science", f"{c}市人民政府", "municipal"
    return (
        f"{c}市卫生健康科技创新奖" if cs.sector == "h" else f"{c}市教育科研优秀成果奖",
        "science_technology" if cs.sector == "h" else "other",
        f"{c}市卫生健康委员会" if cs.sector == "h" else f"{c}市教育局",
        "bureau",
    )


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    cs = case(ctx, 8)
    name, kind, giver, level = _award_giver(ctx, cs, v)
    grade = ctx.rng.choice(GRADES if kind != "competition" else ["一等奖", "二等奖", "三等奖"])
    if kind == "competition" and cs.sector == "s":
        title = (
            topics.fill_in(ctx.rng, "{s}")
            + "《"
            + ctx.rng.choice(["勾股定理", "春", "光的折射", "化学反应速率", "地球的运动"])
            + "》"
        )
        title = title.split("《")[1].rstrip("》")
    else:
        pool = topics.PROJECTS[cs.sector] if kind != "other" else topics.PAPERS[cs.sector]
        title = topics.fill_in(ctx.rng, ctx.rng.choice(pool))
    yr = ctx.rng.randint(2016, 2024)
    monthly = v in ("landscape", "county", "society") or ctx.rng.random() < 0.25
    on = dt.date(yr, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    st = ctx.pick("award.date", ["cjk", "han", "hano", "cjk0"])
    issued = ym(on.year, on.month) if monthly else iso(on)
    date_s = mo(on.year, on.month, st) if monthly else d(on, st)
    team = [cs.person] + cs.others[: ctx.rng.randint(2, 6)]
    ctx.rng.shuffle(team)
    holder = None
    pages = [Page()]
    pg = pages[0]
    gold = (170, 120, 30)
    year_word = f"{yr - (ctx.rng.random() < 0.5)}年度"
    if v in ("personal", "contest", "screenshot", "society"):
        holder = cs.person
        people = [person(cs.person, 1, "awardee")]
    elif v == "ranked":
        rank = ctx.rng.randint(1, 7)
        holder = cs.person
        people = [person(cs.person, rank, "awardee")]
    else:
        people = [person(x, i + 1, "awardee") for i, x in enumerate(team)]
    if v in ("personal", "society", "ranked"):
        pg.rect(12, 12, 198, 285, 2.4, (180, 30, 30))
        pg.rect(17, 17, 193, 280, 0.5, gold)
        y = (
            centre(pg, ctx, 46, "荣 誉 证 书" if v != "ranked" else "获 奖 证 书", 32, True, (180, 30, 30))
            + 20
        )
        who = f"{cs.person}（第{people[0]['rank']}完成人）" if v == "ranked" else f"{cs.person}同志"
        pg.text(30, y, f"{who}：", 16, ctx.body)
        y += 14
        y = wrap(pg, 30, y, 150, f"　　您完成的“{title}”荣获{year_word}{name}{grade}。", 16, ctx.body, 2.1)
        pg.text(30, y + 4, "　　特发此证，以资鼓励。", 16, ctx.body)
        pg.text(150, 225, giver, 15, ctx.body, "c")
        pg.text(150, 237, date_s, 15, ctx.body, "c")
        stamp(pg, ctx, 150, 230, giver)
    elif v in ("team", "county"):
        pg.rect(12, 12, 198, 285, 1.4, gold)
        y = centre(pg, ctx, 40, f"{name}", 20 if len(name) < 12 else 16, True, (150, 30, 30))
        y = centre(pg, ctx, y + 4, "证　书", 30, True, (150, 30, 30)) + 14
        pairs = [
            ("项目名称", title),
            ("奖励等级", grade),
            ("完成单位", cs.unit),
            ("主要完成人", "、".join(team)),
        ]
        for lab, val in pairs:
            pg.text(28, y, f"{lab}：", 14, ctx.body)
            y = wrap(pg, 62, y, 122, val, 14, ctx.body, 1.9) + 3
        y = wrap(
            pg, 28, y + 6, 156, "　　为表彰在科技进步工作中做出重大贡献者，特颁发此证书。", 14, ctx.body, 1.9
        )
        pg.text(
            28,
            y + 6,
            f"证书号：{yr}-{ctx.rng.choice(['J', 'K'])}-{ctx.rng.randint(1, 299):03d}",
            12,
            ctx.body,
        )
        pg.text(150, 240, giver, 14, ctx.body, "c")
        pg.text(150, 251, date_s, 14, ctx.body, "c")
        stamp(pg, ctx, 150, 245, giver)
    elif v == "contest":
        pg.w, pg.h = 297.0, 210.0
        pg.rect(10, 10, 287, 200, 1.8, (30, 90, 160))
        centre(pg, ctx, 26, "获 奖 证 书", 30, True, (30, 90, 160))
        y = 64
        pg.text(40, y, cs.person, 18, ctx.ink if not ctx.pdf_text else ctx.bold)
        pg.line(38, y + 9, 90, y + 9, 0.3)
        pg.text(96, y + 2, f"（{cs.unit}）", 13, ctx.body)
        y = wrap(
            pg, 40, y + 18, 220, f"在{year_word}{name}中，参赛作品《{title}》荣获{grade}。", 16, ctx.body, 2.1
        )
        pg.text(225, 160, giver, 14, ctx.body, "c")
        pg.text(225, 171, date_s, 14, ctx.body, "c")
        stamp(pg, ctx, 225, 165, giver)
    elif v == "landscape":
        pg.w, pg.h = 297.0, 210.0
        pg.rect(10, 10, 287, 200, 2.2, gold)
        centre(pg, ctx, 24, f"{name}证书", 24, True, (150, 30, 30))
        y = 56
        y = wrap(pg, 36, y, 226, f"　　为表彰{year_word}{name}获得者，特颁发此证书。", 15, ctx.body, 2.0) + 4
        rows = [
            ["获奖项目", title],
            ["奖励等级", grade],
            ["获奖人员", "、".join(team)],
            ["证书编号", f"{on.year}{ctx.rng.randint(1000, 9999)}"],
        ]
        y = pg.table(36, y, [36, 190], rows, 13, ctx.body, 13)
        pg.text(225, 172, giver, 14, ctx.body, "c")
        pg.text(225, 183, date_s, 14, ctx.body, "c")
        stamp(pg, ctx, 225, 176, giver)
    else:  # screenshot of a certificate image in a chat
        pg.w, pg.h = 120.0, 240.0
        pg.bg = (237, 237, 237)
        y = status_bar(pg, ctx, f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59)}")
        pg.text(60, y + 3, "图片", 11, ctx.body, "c")
        pg.rect(6, 50, 114, 180, 0.6, (180, 30, 30), (255, 252, 245))
        yy = centre(pg, ctx, 58, "荣誉证书", 16, True, (180, 30, 30)) + 3
        pg.text(12, yy, f"{cs.person}：", 10, ctx.body)
        yy = wrap(
            pg,
            12,
            yy + 7,
            96,
            f"　　你的“{title}”在{year_word}{name}中荣获{grade}。特发此证。",
            10,
            ctx.body,
            1.8,
        )
        pg.text(84, 160, giver, 8.5, ctx.body, "c")
        pg.text(84, 167, date_s, 8.5, ctx.body, "c")
        stamp(pg, ctx, 84, 162, giver, 10)
        pg.text(60, 200, "保存图片　　　转发　　　编辑", 9, ctx.body, "c", (60, 60, 60))
    fields = {
        "holder": holder,
        "title": title,
        "issuer": giver,
        "issued_on": issued,
        "people": people,
        "award": {"name": name, "kind": kind, "level": level, "grade": grade},
    }
    scored = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.grade"]
    if level is not None:
        scored.insert(7, "award.level")
    return make(ctx, "award_certificate", "award", v, pages, fields, scored, cs.person, on.year)


PROJECT_ISSUERS = {
    "h": ["{c}市卫生健康委员会", "{c}市科学技术局", "{p}省医药卫生科技发展研究中心"],
    "s": ["{c}市教育科学规划领导小组办公室", "{p}省教育科学规划领导小组办公室", "{c}市教育科学研究院"],
    "e": ["{c}市科学技术局", "{p}省住房和城乡建设厅", "{c}市住房和城乡建设局"],
}


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project")
    cs = case(ctx, 8)
    title = topics.fill_in(ctx.rng, ctx.rng.choice(topics.PROJECTS[cs.sector]))
    issuer = ctx.rng.choice(PROJECT_ISSUERS[cs.sector]).format(c=cs.city, p=cs.prov)
    team = [cs.person] + cs.others[: ctx.rng.randint(2, 6)]
    ctx.rng.shuffle(team)
    leader, members = team[0], team[1:]
    on = day(ctx.rng, 2017, 2024)
    pre = {"德州": "DZ", "烟台": "YT", "泰安": "TA", "开封": "KF", "益阳": "YY"}[cs.city]
    code = f"{pre}{ctx.rng.choice(['JK', 'KJ', 'JY', 'GH'])}{on.year - ctx.rng.randint(1, 3)}{ctx.rng.randint(1, 300):03d}"
    monthly = v in ("certificate",) and ctx.rng.random() < 0.6
    st = "han" if v == "cnnum" else ctx.pick("project.date", ["cjk", "cjk0", "dot", "hano"])
    issued = ym(on.year, on.month) if monthly else iso(on)
    date_s = mo(on.year, on.month, st) if monthly else d(on, st)
    holder = None
    people = [person(leader, 1, "project_leader")] + [
        person(m, i + 2, "project_member") for i, m in enumerate(members)
    ]
    pages = [Page()]
    pg = pages[0]
    ink = (30, 40, 130)
    if v in ("certificate", "cnnum"):
        pg.rect(12, 12, 198, 285, 1.6, (30, 80, 140))
        y = centre(pg, ctx, 40, "结 题 证 书", 30, True, (30, 80, 140)) + 12
        pg.text(150, y, f"证书编号：JT{on.year}{ctx.rng.randint(100, 999)}", 11, ctx.body)
        y += 14
        if v == "certificate":
            pairs = [
                ("课题名称", title),
                ("课题编号", code),
                ("主持人", leader),
                ("课题组成员", "、".join(members)),
                ("承担单位", cs.unit),
            ]
            for lab, val in pairs:
                pg.text(26, y, f"{lab}：", 13.5, ctx.body)
                y = wrap(pg, 60, y, 128, val, 13.5, ctx.body, 1.9) + 3
        else:
            y = (
                wrap(
                    pg,
                    26,
                    y,
                    160,
                    f"　　由{cs.unit}承担的“{title}”（编号：{code}）已完成研究任务，经专家组鉴定，准予结题。",
                    13.5,
                    ctx.body,
                    2.0,
                )
                + 4
            )
            rows = [["排名", "姓名", "分工"]] + [
                [str(i + 1), nm, "主持" if i == 0 else "参与研究"] for i, nm in enumerate(team)
            ]
            y = pg.table(40, y, [20, 50, 60], rows, 12, ctx.body, 9.5, header_font=ctx.bold)
            people = [person(leader, 1, "project_leader")] + [
                person(m, i + 2, "project_member") for i, m in enumerate(members)
            ]
        pg.text(
            26,
            y + 8,
            "　　经专家鉴定，准予结题。特发此证。" if v == "certificate" else "　　特发此证。",
            13.5,
            ctx.body,
        )
        pg.text(150, 240, issuer, 13.5, ctx.body, "c")
        pg.text(150, 251, date_s, 13.5, ctx.body, "c")
        stamp(pg, ctx, 150, 245, issuer)
    elif v == "leaderonly":
        holder = leader
        people = [person(leader, 1, "project_leader")]
        y = centre(pg, ctx, 40, "结题证明", 24, True) + 14
        y = wrap(
            pg,
            25,
            y,
            160,
            f"　　{cs.unit}{leader}同志主持的{ctx.rng.choice(['市级', '年度'])}课题“{title}”（立项编号：{code}），"
            f"已按计划完成研究任务，经审核，同意结题。",
            14,
            ctx.body,
            2.1,
        )
        pg.text(25, y + 6, "　　特此证明。", 14, ctx.body)
        pg.text(150, y + 40, issuer, 14, ctx.body, "c")
        pg.text(150, y + 52, date_s, 14, ctx.body, "c")
        stamp(pg, ctx, 150, y + 44, issuer)
    elif v == "signatures":
        y = centre(pg, ctx, 26, "课题结题鉴定书", 22, True) + 10
        rows = [
            ["课题名称", title],
            ["课题编号", code],
            ["负责人", leader],
            ["所在单位", cs.unit],
            ["鉴定形式", "会议鉴定"],
        ]
        y = pg.table(20, y, [34, 136], rows, 12, ctx.body, 12)
        pg.rect(20, y, 190, y + 70, 0.3)
        pg.text(24, y + 4, "专家组鉴定意见：", 12, ctx.body)
        y2 = wrap(
            pg,
            28,
            y + 12,
            156,
            "该课题研究目标明确，方法得当，资料翔实，成果具有一定推广价值，同意结题。",
            12,
            ctx.body,
            1.8,
        )
        pg.text(120, y2 + 8, "专家组组长签字：", 11, ctx.body)
        pg.text(150, y + 86, f"鉴定单位：{issuer}", 12, ctx.body, "c")
        pg.text(150, y + 96, date_s, 12, ctx.body, "c")
        stamp(pg, ctx, 150, y + 90, issuer)
        p2 = Page()
        centre(p2, ctx, 24, "课题组成员签字", 17, True)
        rows = [["序号", "姓名", "工作单位", "职称", "签名"]] + [
            [str(i + 1), nm, cs.unit, ctx.rng.choice(["中级", "副高", "正高"]), ""]
            for i, nm in enumerate(team)
        ]
        p2.table(16, 40, [14, 28, 70, 24, 42], rows, 10.5, ctx.body, 12, header_font=ctx.bold)
        for i, nm in enumerate(team):
            p2.text(152 + 21, 40 + 12 * (i + 1) + 2.5, nm, 13, ctx.ink, "c", ink)
        pages.append(p2)
    elif v == "acceptance":
        pg.w, pg.h = 297.0, 210.0
        pg.rect(10, 10, 287, 200, 1.4, (60, 60, 60))
        centre(pg, ctx, 20, "科技计划项目验收证书", 24, True)
        pg.text(30, 42, f"项目名称：{title}", 13, ctx.body)
        pg.text(30, 51, f"项目编号：{code}　　承担单位：{cs.unit}", 13, ctx.body)
        pg.text(30, 62, "主要研究人员：", 13, ctx.body)
        rows = [["序号", "姓名", "单位", "职称", "项目中承担的工作"]] + [
            [
                str(i + 1),
                nm,
                cs.unit,
                ctx.rng.choice(["主任医师", "高级教师", "高级工程师", "工程师", "主治医师"]),
                "项目负责" if i == 0 else "研究实施",
            ]
            for i, nm in enumerate(team)
        ]
        y = pg.table(30, 70, [16, 30, 90, 40, 60], rows, 11, ctx.body, 9, header_font=ctx.bold)
        pg.text(30, y + 6, "验收结论：通过验收。", 13, ctx.body)
        pg.text(225, 178, issuer, 13, ctx.body, "c")
        pg.text(225, 188, date_s, 13, ctx.body, "c")
        stamp(pg, ctx, 225, 182, issuer)
    elif v == "reply":
        holder = leader
        people = [person(leader, 1, "project_leader")]
        y = centre(pg, ctx, 30, issuer, 15)
        y = centre(pg, ctx, y + 4, "课题结题通知书", 22, True) + 12
        pg.text(25, y, f"{leader}同志：", 14, ctx.body)
        y += 12
        y = wrap(
            pg,
            25,
            y,
            160,
            f"　　你主持的课题“{title}”（编号{code}）提交的结题材料，经专家评审，符合结题要求，准予结题。"
            "请妥善保存研究资料，做好成果推广。",
            14,
            ctx.body,
            2.1,
        )
        pg.text(150, y + 30, issuer, 14, ctx.body, "c")
        pg.text(150, y + 42, date_s, 14, ctx.body, "c")
        stamp(pg, ctx, 150, y + 34, issuer)
    else:  # screen: a project system page on a phone
        pg.w, pg.h = 120.0, 230.0
        y = status_bar(pg, ctx, f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59)}")
        pg.rect(0, y, 120, y + 12, 0, fill=(40, 120, 90))
        pg.text(60, y + 3, "项目详情", 11, ctx.bold, "c", (255, 255, 255))
        y += 20
        items = [
            ("项目名称", title),
            ("项目编号", code),
            ("负责人", leader),
            ("项目成员", "，".join(members)),
            ("管理单位", issuer),
            ("项目状态", "已结题"),
            ("结题日期", date_s),
        ]
        for lab, val in items:
            pg.text(8, y, lab, 9.5, ctx.body, "l", (120, 120, 120))
            y = wrap(pg, 34, y, 80, val, 9.5, ctx.body, 1.6) + 4
            pg.line(6, y - 2, 114, y - 2, 0.15, (210, 210, 210))
    fields = {"holder": holder, "title": title, "issuer": issuer, "issued_on": issued, "people": people}
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    return make(
        ctx,
        "project_completion",
        "project",
        v,
        pages,
        fields,
        scored,
        cs.person if any(p["name"] == cs.person for p in people) else leader,
        on.year,
    )
