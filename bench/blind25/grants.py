"""Draw 25 patent certificates, award certificates and project completion proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame
from bench.blind.page import Page
from bench.blind25.ink import GREY, RED, card, centre, doc, fit, para, phone, rows
from bench.blind25.pools import (
    GROUPS,
    STYLES,
    Ctx,
    crowd,
    day,
    iso_month,
    month,
    some_day,
    workplace,
    zl_check,
)

PARTS = ["带式输送机托辊", "起重机吊钩", "锅炉吹灰器", "液压支架立柱", "管道焊口", "减速机油封", "皮带跑偏", "电缆桥架",
         "阀门执行机构", "轴承座"]  # fmt: skip
GADGETS = ["快速更换装置", "防松脱结构", "在线监测装置", "自动清扫机构", "辅助定位工装", "检测工具", "防护罩",
           "冷却装置", "密封结构"]  # fmt: skip
DESIGNS = ["智能巡检机器人外壳", "防爆控制箱", "手持式测温仪", "输送机托辊支架", "安全警示灯"]
KIND_CN = {"invention": "发明", "utility_model": "实用新型", "design": "外观设计"}


def _patent(ctx: Ctx, kind: str) -> tuple[str, str, dt.date, dt.date]:
    rng = ctx.rng
    applied = some_day(rng, 2017, 2023)
    gap = rng.randint(500, 1000) if kind == "invention" else rng.randint(120, 330)
    granted = applied + dt.timedelta(days=gap)
    digit = {"invention": "1", "utility_model": "2", "design": "3"}[kind]
    d12 = f"{applied.year}{digit}{rng.randint(0, 9999999):07d}"
    return d12, f"ZL{d12}.{zl_check(d12)}", applied, granted


def patent_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("pat")
    rng = ctx.rng
    kind = (
        "design" if v == "design" else ctx.pick("pat.kind", ["utility_model", "utility_model", "invention"])
    )
    d12, number, applied, granted = _patent(ctx, kind)
    title = rng.choice(DESIGNS) if kind == "design" else f"一种{rng.choice(PARTS)}{rng.choice(GADGETS)}"
    who = crowd(rng, rng.randint(1, 6))
    _, owner = rng.choice(GROUPS)
    kc = KIND_CN[kind]
    st = ctx.pick(
        "date", ["cjk0", "cjk", "han"] if v in ("cert", "wide", "ecert", "design") else ["cjk0", "dot", "iso"]
    )
    spaced = ctx.pick(
        "pat.num", [f"ZL {d12[:4]} {d12[4]} {d12[5:]}.{number[-1]}", number, f"ZL {d12}.{number[-1]}"]
    )
    pub_no = f"CN {rng.randint(205000000, 219999999)} {'U' if kind == 'utility_model' else 'B' if kind == 'invention' else 'S'}"
    who_lab = "设计人" if kind == "design" else "发明人"
    name_lab = "使用外观设计的产品名称" if kind == "design" else f"{kc}名称"
    sep = ctx.pick("pat.sep", ["；", "，", "　"])
    pages: list[Page] = []
    legal = (f"国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发{kc}专利证书并在专利登记簿上予以登记。"
             "专利权自授权公告之日起生效。")  # fmt: skip
    if v in ("cert", "design", "ecert"):
        pg = Page()
        frame(pg, ctx, 2)
        if v == "ecert":
            pg.rect(160, 18, 188, 46, 0.5)
            pg.text(174, 48, "扫码验证", 8, ctx.body, "c", GREY)
        centre(pg, ctx, 30 if v != "ecert" else 56, f"{kc}专利证书", 26, True)
        y = 74 if v != "ecert" else 84
        pg.text(105, y - 10, f"证书号第{rng.randint(1000000, 9999999)}号", 12, ctx.body, "c")
        pairs = [(name_lab, title), (who_lab, sep.join(who)), ("专利号", spaced), ("专利申请日", day(applied, st)),
                 ("专利权人", owner), ("授权公告日", day(granted, st))]  # fmt: skip
        if v == "ecert":
            pairs.append(("授权公告号", pub_no))
        y = rows(pg, ctx, 26, y, pairs, 12, 10)
        y = para(pg, ctx, 26, y + 8, 158, legal, 11.5, 1.9)
        y = para(pg, ctx, 26, y, 158, f"本专利的专利权期限为{'二十' if kind == 'invention' else '十' if kind == 'utility_model' else '十五'}年，"
                 "自申请日起算。", 11.5, 1.9)  # fmt: skip
        pg.text(150, 250, "局长", 12, ctx.body)
        pg.seal(150, 244, 19, "国家知识产权局", rng.randrange(9999))
        pages = [pg]
    elif v == "wide":
        pg = Page(w=297, h=210)
        frame(pg, ctx, 2)
        centre(pg, ctx, 22, f"{kc}专利证书", 24, True)
        tbl = [[name_lab, title], [who_lab, sep.join(who)], ["专利号", spaced], ["专利申请日", day(applied, st)],
               ["专利权人", owner], ["授权公告日", day(granted, st)]]  # fmt: skip
        pg.table(30, 46, [50, 190], tbl, 11.5, ctx.body, 12)
        pg.wrap(30, 130, 236, legal, 11, ctx.body)
        pg.seal(240, 172, 19, "国家知识产权局", rng.randrange(9999))
        pg.text(240, 182, "国家知识产权局", 12, ctx.body, "c")
        pages = [pg]
    elif v == "register":
        pg = Page()
        centre(pg, ctx, 22, "专利登记簿副本", 20, True)
        tbl = [["著录项目", "内容"], ["专利号", number], ["申请日", day(applied, st)], ["授权公告日", day(granted, st)],
               [name_lab, title], ["专利类型", kc], [who_lab, sep.join(who)], ["专利权人", owner],
               ["法律状态", "专利权维持"], ["年费缴纳", f"已缴纳至第{rng.randint(2, 5)}年度"]]  # fmt: skip
        y = pg.table(22, 40, [46, 120], tbl, 11, ctx.body, 11)
        pg.text(188, y + 16, "国家知识产权局", 12, ctx.body, "r")
        pg.text(188, y + 25, day(granted + dt.timedelta(days=rng.randint(60, 500)), st), 12, ctx.body, "r")
        pg.seal(168, y + 20, 19, "国家知识产权局专利局", rng.randrange(9999))
        pages = [pg]
    elif v == "gazette":
        pg = Page()
        pg.text(18, 16, "(19)中华人民共和国国家知识产权局", 12, ctx.bold)
        pg.text(18, 28, f"(12){kc}专利", 16, ctx.bold)
        pg.text(120, 16, f"(10)授权公告号　{pub_no}", 10, ctx.body)
        pg.text(120, 24, f"(45)授权公告日　{day(granted, st)}", 10, ctx.body)
        pg.line(18, 38, 192, 38, 0.6)
        y = rows(
            pg,
            ctx,
            18,
            44,
            [
                ("(21)申请号", f"{d12}.{number[-1]}"),
                ("(22)申请日", day(applied, st)),
                ("(73)专利权人", owner),
                ("(72)" + who_lab, "　".join(who)),
                ("(51)Int.Cl.", f"B65G {rng.randint(10, 47)}/{rng.randint(10, 99)}(2006.01)"),
            ],
            10,
            8,
            30,
        )
        y = rows(pg, ctx, 18, y + 2, [("(54)" + name_lab, title)], 11, 9)
        pg.wrap(18, y + 2, 84, "(57)摘要　本" + kc + "公开了" + title + "，结构简单，安装方便，可有效提高作业效率并降低"
                "维护成本。", 10, ctx.body, 1.7)  # fmt: skip
        pg.rect(110, y + 2, 190, y + 70, 0.3, GREY)
        pg.text(150, y + 34, "（附图）", 10, ctx.body, "c", GREY)
        pages = [pg]
    else:  # phone
        pg = phone()
        pg.text(38, 9.5, "专利检索", 10, ctx.bold, "c")
        card(pg, 3, 16, 73, 128)
        y = pg.wrap(6, 19, 64, title, 10, ctx.bold, 1.5)
        rows(pg, ctx, 6, y + 3, [("申请号/专利号", f"{d12}.{number[-1]}"), ("专利类型", kc), ("申请日", day(applied, st)),
                                 ("授权公告日", day(granted, st)), ("案件状态", "专利权维持")], 7.5, 7)  # fmt: skip
        yy = pg.wrap(6, y + 42, 64, f"{who_lab}：{'；'.join(who)}", 7.5, ctx.body, 1.6)
        pg.wrap(6, yy + 1, 64, f"申请人：{owner}", 7.5, ctx.body, 1.6)
        pages = [pg]
    f = {
        "title": title,
        "people": [{"name": p, "rank": i + 1, "role": "inventor"} for i, p in enumerate(who)],
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
    if v == "phone":
        scored.remove("issuer")  # a database screen only implies it
    return doc(
        "patent_certificate", "pat", v, pages, f, scored, {"person": rng.choice(who), "year": granted.year}
    )


# ==== awards ==============================================================================
PROJECTS = ["大型港口装卸设备智能运维关键技术研究与应用", "高含水煤泥高效干燥成套装备研制", "重载带式输送机节能驱动技术",
            "循环流化床锅炉低氮燃烧改造技术", "矿井提升系统安全监测预警平台", "大型铸锻件超声相控阵检测技术应用",
            "化工园区危险源在线监控系统", "风电主轴承国产化替代关键技术"]  # fmt: skip
GRADES = ["一等奖", "二等奖", "三等奖", "特等奖"]


def _giver(ctx: Ctx, v: str) -> tuple[str, str, str, str | None]:
    """(issuer, award name, kind, level)."""
    _, group = ctx.rng.choice(GROUPS)
    gov = [("烟台市人民政府", "烟台市科学技术进步奖", "science_technology", "municipal"),
           ("泰安市人民政府", "泰安市科学技术进步奖", "science_technology", "municipal"),
           ("山东省人民政府", "山东省科学技术进步奖", "science_technology", "provincial"),
           ("龙口市人民政府", "龙口市科学技术进步奖", "science_technology", "county"),
           ("新泰市人民政府", "新泰市科学技术进步奖", "science_technology", "county")]  # fmt: skip
    bureau = [("山东省应急管理厅", "山东省安全生产科技成果奖", "science_technology", "bureau"),
              ("泰安市工业和信息化局", "泰安市企业技术创新成果奖", "science_technology", "bureau"),
              ("山东省住房和城乡建设厅", "山东省建设科技创新成果奖", "science_technology", "bureau")]  # fmt: skip
    society = [("山东省机械工程学会", "山东省机械工业科学技术奖", "science_technology", None),
               ("山东省煤炭学会", "山东煤炭科学技术奖", "science_technology", None),
               ("中国港口协会", "中国港口协会科技进步奖", "science_technology", None),
               (group, group.removesuffix("有限公司") + "科学技术进步奖", "science_technology", None)]  # fmt: skip
    contest = [("山东省总工会", "山东省职工技术创新成果奖", "competition", None),
               ("烟台市人力资源和社会保障局", "烟台市职工技能创新大赛", "competition", "bureau")]  # fmt: skip
    pool = {"govt": gov, "bureau": bureau, "contest": contest, "month": society}.get(
        v, gov + bureau + society
    )
    return ctx.rng.choice(pool)


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    rng = ctx.rng
    issuer, aname, akind, level = _giver(ctx, v)
    grade = rng.choice(GRADES[:3])
    title = rng.choice(PROJECTS)
    when = some_day(rng, 2019, 2024)
    yr = when.year - 1
    lead_year = ctx.pick("award.year", [True, False])
    printed = (f"{yr}年度" if lead_year else "") + aname
    team = crowd(rng, rng.randint(5, 10))
    st = ctx.pick("date", STYLES if v != "govt" else ["han"])
    holder = None
    people: list[tuple[str, int]] = []
    pages: list[Page] = []
    personal = v in ("personal", "wide", "govt", "booklet", "month")
    me = rng.randrange(min(len(team), 7))
    date_s = (
        day(when, st) if v != "month" else month(when.year, when.month, ctx.pick("date.m", ["han", "cjk"]))
    )
    if personal:
        holder = team[me]
        people = [(holder, me + 1)]
    else:
        people = [(p, i + 1) for i, p in enumerate(team)]
    if v in ("personal", "booklet", "month"):
        w, h = (210, 148) if v != "booklet" else (148, 210)
        pg = Page(w=w, h=h, bg=(255, 252, 244))
        frame(pg, ctx, 3)
        centre(pg, ctx, 20, "荣誉证书", 24, True, RED)
        rank_s = f"（第{me + 1}完成人）" if v != "month" else f"（排名第{me + 1}）"
        pg.text(22, 42, f"{holder}同志：", 13, ctx.body)
        y = para(
            pg, ctx, 22, 52, w - 44, f"你参与完成的“{title}”项目，荣获{printed}{grade}{rank_s}。", 13, 2.0
        )
        para(pg, ctx, 22, y, w - 44, "特发此证，以资鼓励。", 13)
        pg.text(w - 48, h - 36, issuer, 12, ctx.body, "c")
        pg.text(w - 48, h - 27, date_s, 12, ctx.body, "c")
        pg.seal(w - 48, h - 33, 19, issuer, rng.randrange(9999))
        pages = [pg]
        if v == "booklet":
            cover = Page(w=148, h=210, bg=(160, 30, 30))
            cover.text(74, 80, "荣 誉 证 书", 26, ctx.bold, "c", (240, 205, 110))
            pages = [cover, pg]
    elif v in ("team", "bureau", "contest"):
        pg = Page()
        frame(pg, ctx, 2)
        centre(pg, ctx, 30, "获 奖 证 书" if v != "contest" else "证　书", 26, True)
        if v == "contest":
            y = para(pg, ctx, 26, 64, 158, f"“{title}”在{printed}评选中荣获{grade}。", 14, 2.0)
            y = para(pg, ctx, 26, y + 4, 158, "完成人：" + "、".join(team), 13, 2.0)
        else:
            y = rows(pg, ctx, 26, 64, [("项目名称", "")], 13, 9)
            y = pg.wrap(52, y - 9, 136, title, 13, ctx.body, 1.8)
            y = rows(pg, ctx, 26, y + 2, [("奖励名称", printed), ("奖励等级", grade),
                                          ("完成单位", rng.choice(GROUPS)[1])], 13, 10)  # fmt: skip
            if v == "team":
                y = pg.wrap(26, y, 160, "主要完成人：" + "　".join(team), 13, ctx.body, 1.9)
            else:
                tbl = [["排名", "姓名", "工作单位"]] + [
                    [str(i + 1), p, workplace(rng)[1]] for i, p in enumerate(team)
                ]
                y = pg.table(26, y + 2, [18, 30, 110], tbl, 10, ctx.body, 8)
        pg.text(150, 250, issuer, 12, ctx.body, "c")
        pg.text(150, 259, date_s, 12, ctx.body, "c")
        pg.seal(150, 253, 20, issuer, rng.randrange(9999))
        pages = [pg]
    else:  # wide, govt
        pg = Page(w=297, h=210)
        frame(pg, ctx, 3 if v == "govt" else 1)
        head = "荣　誉　证　书" if v == "wide" else f"{aname}证书"
        centre(pg, ctx, 24, head, fit(head, ctx.bold, 26, 240), True, RED if v == "govt" else (20, 20, 20))
        if v == "govt":
            para(
                pg, ctx, 40, 52, 217, "为表彰在促进科学技术进步工作中做出重要贡献者，特颁发此证书。", 13, 2.0
            )
        pairs = [("项目名称", title), ("奖励等级", grade), ("获 奖 者", holder), ("排　　名", f"第{me + 1}")]
        if v == "wide":
            pairs.insert(1, ("奖　　项", printed))
        pairs.append(
            (
                "证书编号",
                f"{yr}-{'JB'[rng.randrange(2)]}-{GRADES.index(grade) + 1}-{rng.randint(1, 80):03d}-{me + 1:02d}",
            )
        )
        rows(pg, ctx, 40, 72, pairs, 13, 12, 30)
        pg.text(230, 168, issuer, 13, ctx.body, "c")
        pg.text(230, 178, date_s, 13, ctx.body, "c")
        pg.seal(230, 171, 21, issuer, rng.randrange(9999))
        pages = [pg]
    f = {
        "holder": holder,
        "title": title,
        "people": [{"name": p, "rank": r, "role": "awardee"} for p, r in people],
        "issuer": issuer,
        "issued_on": when.isoformat() if v != "month" else iso_month(when.year, when.month),
        "award": {"name": aname, "kind": akind, "level": level, "grade": grade},
    }
    scored = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.level",
              "award.grade"]  # fmt: skip
    if level is None:
        scored.remove("award.level")
    claim = {"person": holder or rng.choice(team), "year": when.year}
    return doc("award_certificate", "award", v, pages, f, scored, claim)


# ==== project completion ==================================================================
FUNDERS = [("山东省科学技术厅", "山东省重点研发计划"), ("烟台市科学技术局", "烟台市科技创新发展计划"),
           ("泰安市科学技术局", "泰安市科技创新发展项目"), ("山东省工业和信息化厅", "山东省技术创新项目"),
           ("山东省机械工程学会", "学会科技攻关项目")]  # fmt: skip
DUTIES = ["项目负责人", "方案设计", "现场试验", "数据分析", "软件开发", "工艺研究", "结构设计", "检测验证"]


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("proj")
    rng = ctx.rng
    issuer, plan = rng.choice(FUNDERS)
    if v == "system" or rng.random() < 0.25:
        _, grp = rng.choice(GROUPS)
        issuer, plan = grp, grp.removesuffix("有限公司") + "科技项目"
    title = rng.choice(PROJECTS)
    team = crowd(rng, rng.randint(4, 8))
    _, unit = workplace(rng)
    when = some_day(rng, 2019, 2024)
    code = f"{rng.choice(['2019', '2020', '2021', '2022'])}{rng.choice(['GX', 'CXGC', 'ZD', 'JS'])}{rng.randint(1000, 9999)}"
    st = ctx.pick("date", STYLES if v != "wide" else ["han"])
    by_month = v in ("leader", "cert") and ctx.pick("proj.month", [True, False])
    date_s = month(when.year, when.month, st) if by_month else day(when, st)
    leader_only = v in ("leader", "reply")
    holder = team[0] if leader_only else None
    people = [(team[0], "project_leader")] + (
        [] if leader_only else [(p, "project_member") for p in team[1:]]
    )
    pages: list[Page] = []
    if v in ("cert", "wide"):
        w, h = (210, 297) if v == "cert" else (297, 210)
        pg = Page(w=w, h=h)
        frame(pg, ctx, 2)
        centre(pg, ctx, 30, "结 题 证 书", 26, True)
        y = rows(pg, ctx, 30, 60, [("项目名称", title), ("项目编号", code), ("项目类别", plan), ("承担单位", unit),
                                   ("项目负责人", team[0])], 12.5, 10, 28)  # fmt: skip
        y = pg.wrap(30, y, w - 60, "项目组成员：" + "、".join(team[1:]), 12.5, ctx.body, 1.8)
        para(
            pg,
            ctx,
            30,
            y + 6,
            w - 60,
            "该项目已按计划完成研究任务，经专家组验收，准予结题。特发此证。",
            12.5,
            2.0,
        )
        pg.text(w - 55, h - 50, issuer, 12, ctx.body, "c")
        pg.text(w - 55, h - 41, date_s, 12, ctx.body, "c")
        pg.seal(w - 55, h - 46, 20, issuer, rng.randrange(9999))
        pages = [pg]
    elif v == "leader":
        pg = Page()
        centre(pg, ctx, 40, "结题证明", 24, True)
        y = para(pg, ctx, 26, 70, 158, f"兹证明，由{unit}{team[0]}同志主持的{plan}“{title}”（编号：{code}），已完成"
                 "合同规定的各项研究内容，经验收合格，准予结题。", 13, 2.1)  # fmt: skip
        para(pg, ctx, 26, y + 4, 158, "特此证明。", 13)
        pg.text(150, 180, issuer, 12, ctx.body, "c")
        pg.text(150, 189, date_s, 12, ctx.body, "c")
        pg.seal(150, 184, 20, issuer, rng.randrange(9999))
        pages = [pg]
    elif v == "reply":
        pg = Page()
        pg.text(105, 24, issuer, fit(issuer, ctx.bold, 24, 170), ctx.bold, "c", RED)
        pg.line(20, 40, 190, 40, 1.2, RED)
        head = f"关于同意“{title}”项目结题的批复"
        y = pg.wrap(24, 48, 162, head, 15, ctx.bold, 1.6)
        pg.text(24, y + 4, f"{unit}：", 12, ctx.body)
        y = para(pg, ctx, 24, y + 12, 162, f"你单位报送的{plan}“{title}”（编号：{code}，项目负责人：{team[0]}）结题材料"
                 "收悉。经组织专家审核，该项目完成了任务书规定的研究内容和考核指标，同意结题。", 12)  # fmt: skip
        pg.text(160, y + 16, issuer, 12, ctx.body, "c")
        pg.text(160, y + 25, date_s, 12, ctx.body, "c")
        pg.seal(160, y + 19, 20, issuer, rng.randrange(9999))
        pages = [pg]
    elif v in ("table", "twopage"):
        pg = Page()
        centre(pg, ctx, 20, "科技项目结题验收表" if v == "table" else "科技项目验收证书", 18, True)
        tbl = [["项目名称", title], ["项目编号", code], ["承担单位", unit], ["验收日期", date_s]]
        y = pg.table(20, 36, [34, 136], tbl, 10.5, ctx.body, 10)
        members = [["序号", "姓名", "职称", "分工"]] + [
            [
                str(i + 1),
                p,
                rng.choice(["高级工程师", "工程师", "正高级工程师"]),
                DUTIES[0] if i == 0 else rng.choice(DUTIES[1:]),
            ]
            for i, p in enumerate(team)
        ]
        if v == "table":
            pg.text(20, y + 4, "项目组主要成员", 11, ctx.bold)
            y = pg.table(20, y + 11, [16, 40, 50, 64], members, 10, ctx.body, 9)
            pg.text(20, y + 6, "验收意见：项目完成了任务书规定的内容，同意通过验收，予以结题。", 11, ctx.body)
            pg.text(150, y + 26, issuer, 11, ctx.body, "c")
            pg.seal(150, y + 24, 19, issuer, rng.randrange(9999))
            pages = [pg]
        else:
            y = para(pg, ctx, 20, y + 8, 170, "验收结论：同意通过验收，予以结题。", 11)
            pg.text(150, y + 20, f"组织验收单位：{issuer}", 11, ctx.body, "c")
            pg.seal(150, y + 18, 19, issuer, rng.randrange(9999))
            pg2 = Page()
            centre(pg2, ctx, 22, "主要研究人员名单", 16, True)
            pg2.table(20, 40, [16, 40, 50, 64], members, 10, ctx.body, 9)
            pages = [pg, pg2]
    else:  # system
        pg = Page(w=297, h=190, bg=(248, 249, 252))
        pg.rect(0, 0, 297, 14, 0, fill=(32, 64, 120))
        pg.text(10, 3.5, f"{issuer}科技项目管理系统", 12, ctx.bold, "l", (255, 255, 255))
        pg.text(287, 4, "当前用户：" + team[0], 9, ctx.body, "r", (255, 255, 255))
        card(pg, 10, 22, 287, 180)
        pg.text(16, 26, "项目详情", 12, ctx.bold)
        tbl = [["项目名称", title, "项目编号", code], ["承担单位", unit, "项目状态", "已结题"],
               ["项目负责人", team[0], "结题日期", date_s], ["项目成员", "、".join(team[1:]), "计划类别", plan]]  # fmt: skip
        pg.table(16, 36, [30, 130, 30, 75], tbl, 9.5, ctx.body, 12)
        pg.text(
            16,
            100,
            f"打印时间：{day(when + dt.timedelta(days=rng.randint(30, 300)), 'iso')}",
            9,
            ctx.body,
            "l",
            GREY,
        )
        pages = [pg]
    f = {
        "holder": holder,
        "title": title,
        "people": [{"name": p, "rank": i + 1, "role": r} for i, (p, r) in enumerate(people)],
        "issuer": issuer,
        "issued_on": iso_month(when.year, when.month) if by_month else when.isoformat(),
    }
    scored = ["holder", "title", "people", "issuer", "issued_on"]
    claim = {"person": rng.choice([p for p, _ in people]), "year": when.year}
    return doc("project_completion", "proj", v, pages, f, scored, claim)
