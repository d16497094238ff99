"""Draw 28 research results: award certificates and decisions, project completion certificates and rosters."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind28 import pools as P
from bench.blind28.pools import Ctx, make
from bench.generator.truth import person

GOV = [("德州市人民政府", "德州市科学技术进步奖", "science_technology", "municipal"),
       ("烟台市人民政府", "烟台市科学技术进步奖", "science_technology", "municipal"),
       ("山东省人民政府", "山东省科学技术进步奖", "science_technology", "provincial"),
       ("德州市人民政府", "德州市社会科学优秀成果奖", "social_science", "municipal"),
       ("烟台市人民政府", "烟台市社会科学优秀成果奖", "social_science", "municipal")]  # fmt: skip
BUREAU = [("山东省农业农村厅", "山东省农牧渔业丰收奖", "science_technology", "bureau"),
          ("山东省教育厅", "山东省基础教育教学成果奖", "other", "bureau"),
          ("烟台市卫生健康委员会", "烟台市医学科技奖", "science_technology", "bureau"),
          ("德州市科学技术局", "德州市科技创新成果奖", "science_technology", "bureau")]  # fmt: skip
COUNTY = [
    (f"{c}人民政府", f"{c}科学技术进步奖", "science_technology", "county")
    for c in ("禹城市", "龙口市", "莱州市", "乐陵市", "招远市")
]
SOCIETY = [("山东省医学会", "山东医学科技奖", "science_technology", None), ("山东省土木建筑学会", "山东省土木建筑科学技术奖", "science_technology", None),
           ("山东省社会科学界联合会", "山东省社会科学普及应用优秀成果奖", "social_science", None),
           ("中国农业技术推广协会", "农业技术推广贡献奖", "science_technology", None)]  # fmt: skip
CONTEST = [("山东省农学会", "山东省农业技术推广技能竞赛", None), ("烟台市总工会", "烟台市职工职业技能大赛", None),
           ("山东省教育厅", "山东省中小学青年教师教学比赛", "bureau"), ("德州市卫生健康委员会", "德州市基层医务人员岗位技能竞赛", "bureau")]  # fmt: skip
GRADES = ["一等奖", "二等奖", "三等奖"]

PROJ_T = {"agri": ["鲁西北{x}提质增效关键技术集成与示范", "胶东{x}绿色生产技术研究与推广", "{x}化肥减量增效技术示范"],
          "eng": ["{x}智能监测关键技术研究", "{x}全寿命周期管理研究", "{x}质量控制技术研究与应用"],
          "med": ["{x}基层筛查与综合干预研究", "{x}多学科协作诊疗模式研究", "{x}护理路径优化研究"],
          "edu": ["{x}学科大单元教学实践研究", "农村学校{x}课程资源开发研究", "{x}作业设计与评价的行动研究"]}  # fmt: skip
PROJ_X = {"agri": ["冬小麦", "夏玉米", "设施蔬菜", "苹果", "花生", "大樱桃"], "eng": ["农村公路", "城市排水管网", "中小型水库", "装配式建筑"],
          "med": ["高血压", "糖尿病", "脑卒中", "慢阻肺"], "edu": ["初中数学", "小学语文", "高中物理", "初中英语"]}  # fmt: skip
PROGRAMS = [("山东省教育科学规划领导小组办公室", "山东省教育科学规划课题"), ("德州市科学技术局", "德州市科技计划项目"),
            ("烟台市社会科学界联合会", "烟台市社会科学规划研究项目"), ("山东省卫生健康委员会", "山东省医药卫生科技发展计划项目"),
            ("烟台市科学技术局", "烟台市科技创新发展计划项目"), ("德州市教育科学研究院", "德州市教育科学规划课题")]  # fmt: skip


def project_title(ctx: Ctx) -> str:
    fld = P.field_of(ctx.rng)
    return ctx.pick(PROJ_T[fld]).format(x=ctx.pick(PROJ_X[fld]))


def _aw(name: str, kind: str, level: str | None, grade: str) -> dict:
    return {"name": name, "kind": kind, "level": level, "grade": grade}


AW_ALL = [
    "holder",
    "title",
    "people",
    "issuer",
    "issued_on",
    "award.name",
    "award.kind",
    "award.level",
    "award.grade",
]


def _awdoc(ctx: Ctx, v: str, pages: list[Page], holder: str | None, people: list[dict], title: str, issuer: str, issued: str,
           award: dict, claim: str, year: int) -> Doc:  # fmt: skip
    f = {
        "holder": holder,
        "people": people,
        "title": title,
        "issuer": issuer,
        "issued_on": issued,
        "award": award,
    }
    ctx.show("award.name", award["name"])
    ctx.show("award.grade", award["grade"])
    return make(ctx, "award_certificate", "award", v, pages, f, list(AW_ALL), {"person": claim, "year": year})


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    return {"personal": _aw_personal, "team": _aw_team, "decision": _aw_decision, "contest": _aw_contest,
            "bureau": _aw_bureau, "monthly": _aw_monthly, "county": _aw_county}[v](ctx, v)  # fmt: skip


def _aw_personal(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    who = P.People(r).one()
    giver, name, kind, level = ctx.pick(GOV + SOCIETY)
    grade = ctx.pick(GRADES)
    title = project_title(ctx)
    d = P.a_date(r, 2018, 2024)
    rank = ctx.pick([None, 1, 2, 3, 4, 5])
    style = ctx.pick(["nian", "han", "nian0"])
    pg = Page(bg=(253, 249, 238))
    pg.rect(12, 12, 198, 285, 2.5, (190, 150, 60))
    pg.text(105, 44, P.spaced("荣誉证书", "  "), 32, ctx.bold, "c", (180, 30, 30))
    y = 86
    pg.text(28, y, f"{ctx.show('holder', who)}同志：", 16, ctx.body)
    rk = f"（第{P._han_n(rank) if r.random() < 0.5 else rank}完成人）" if rank else ""
    body = f"你{'主持' if rank == 1 else '参与'}完成的“{ctx.show('title', title)}”项目，荣获{d.year - 1}年度{name}{grade}{rk}。特发此证，以资鼓励。"
    y = P.para(pg, ctx, 28, y + 14, 154, body, 15, 2.0)
    pg.text(28, y + 8, f"证书编号：{d.year}-{ctx.pick(['KJ', 'SK', 'J'])}-{P.serial(r, 3)}", 11, ctx.body)
    pg.text(146, 220, ctx.show("issuer", giver), 15, ctx.body, "c")
    pg.text(146, 232, ctx.show("issued_on", P.day(d, style)), 14, ctx.body, "c")
    pg.seal(146, 224, 22, giver, r.randint(0, 9999))
    ppl = [person(who, rank or 1, "awardee")]
    return _awdoc(
        ctx, v, [pg], who, ppl, title, giver, d.isoformat(), _aw(name, kind, level, grade), who, d.year
    )


def _aw_team(ctx: Ctx, v: str, givers=None) -> Doc:  # noqa: ANN001
    r = ctx.rng
    giver, name, kind, level = ctx.pick(givers or GOV[:3])
    grade = ctx.pick(GRADES)
    title = project_title(ctx)
    d = P.a_date(r, 2018, 2024)
    names = P.People(r).many(r.randint(4, 10))
    style = ctx.pick(["nian", "han_o", "dot"])
    pg = Page(297, 210, bg=(252, 247, 235))
    pg.rect(10, 10, 287, 200, 1.6, (170, 40, 40))
    pg.text(148.5, 22, "获  奖  证  书", 28, ctx.bold, "c", (170, 40, 40))
    y = 50
    pairs = [
        ("项目名称", ctx.show("title", title)),
        ("奖励类别", name),
        ("奖励等级", grade),
        ("主要完成单位", "；".join(dict.fromkeys([P.workplace(r) for _ in range(r.randint(1, 3))]))),
    ]
    for lab, val in pairs:
        pg.text(34, y, f"{lab}：", 13, ctx.body)
        pg.text(34 + width_mm(f"{lab}：", ctx.body, 13), y, val, P.fits(val, ctx.body, 13, 200), ctx.body)
        y += 11
    pg.text(34, y, "主要完成人：", 13, ctx.body)
    y = pg.wrap(34 + width_mm("主要完成人：", ctx.body, 13), y, 200, "、".join(names), 13, ctx.body, 1.8)
    pg.text(34, y + 6, f"证书号：{d.year}-{P.serial(r, 4)}", 11, ctx.body)
    pg.text(222, 160, ctx.show("issuer", giver), 14, ctx.body, "c")
    pg.text(222, 172, ctx.show("issued_on", P.day(d, style)), 13, ctx.body, "c")
    pg.seal(222, 164, 21, giver, r.randint(0, 9999))
    ppl = [person(n, i + 1, "awardee") for i, n in enumerate(names)]
    return _awdoc(
        ctx,
        v,
        [pg],
        None,
        ppl,
        title,
        giver,
        d.isoformat(),
        _aw(name, kind, level, grade),
        r.choice(names),
        d.year,
    )


def _aw_decision(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    giver, name, kind, level = ctx.pick(GOV[:3])
    d = P.a_date(r, 2018, 2024)
    style = ctx.pick(["nian", "han"])
    p1 = Page()
    p1.text(105, 26, giver, 26, ctx.bold, "c", P.RED)
    p1.text(105, 44, f"{giver[:2]}政发〔{d.year}〕{r.randint(2, 40)}号", 12, ctx.body, "c")
    p1.line(18, 52, 192, 52, 0.9, P.RED)
    head = f"关于{d.year - 1}年度{name}奖励的决定"
    y = P.centre(p1, ctx, 62, head, P.fits(head, ctx.bold, 17, 178))
    y = P.para(p1, ctx, 20, y + 4, 170, "各县（市、区）人民政府，各有关部门，各有关单位：", 12, indent=False)
    for s in [f"为深入实施创新驱动发展战略，表彰在科技进步工作中作出突出贡献的单位和个人，经评审委员会评审，决定授予“{ctx.pick(['冬小麦', '大樱桃', '城市排水'])}…”等项目{name}。",
              "希望获奖单位和个人珍惜荣誉，再接再厉，为全市经济社会高质量发展作出新的更大贡献。",
              "附件：获奖项目名单"]:  # fmt: skip
        y = P.para(p1, ctx, 20, y + 1, 170, s, 12, 1.85)
    p1.text(150, y + 24, ctx.show("issuer", giver), 13, ctx.body, "c")
    p1.text(150, y + 35, ctx.show("issued_on", P.day(d, style)), 13, ctx.body, "c")
    p1.seal(150, y + 28, 21, giver, r.randint(0, 9999))
    p2 = Page()
    p2.text(20, 18, "附件", 13, ctx.bold)
    P.centre(p2, ctx, 28, f"{d.year - 1}年度{name}获奖项目名单", 15)
    rows = [["序号", "项目名称", "主要完成人", "等级"]]
    projects = []
    ppl_pool = P.People(r)
    for i in range(r.randint(5, 8)):
        t = project_title(ctx)
        while t in [p[0] for p in projects]:
            t = project_title(ctx)
        members = ppl_pool.many(r.randint(2, 5))
        grade = GRADES[min(2, i * 3 // 7)]
        projects.append((t, members, grade))
        rows.append([str(i + 1), t, "、".join(members), grade])
    p2.table(14, 40, [14, 76, 74, 18], rows, 9.5, ctx.body, 17, header_font=ctx.bold)
    t, members, grade = r.choice(projects)
    ctx.show("title", t)
    ppl = [person(n, i + 1, "awardee") for i, n in enumerate(members)]
    return _awdoc(
        ctx,
        v,
        [p1, p2],
        None,
        ppl,
        t,
        giver,
        d.isoformat(),
        _aw(name, kind, level, grade),
        r.choice(members),
        d.year,
    )


def _aw_contest(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    who = P.People(r).one()
    giver, name, level = ctx.pick(CONTEST)
    grade = ctx.pick(GRADES)
    title = (
        project_title(ctx)
        if r.random() < 0.5
        else ctx.pick(["课例《分数的意义》", "作品《智能温室控制系统》", "项目《基层急救流程优化》"])
    )
    d = P.a_date(r, 2018, 2024)
    style = ctx.pick(["nian", "dot"])
    pg = Page(297, 210)
    pg.rect(0, 0, 297, 30, 0, fill=(20, 60, 130))
    pg.text(148.5, 8, "CERTIFICATE OF AWARD", 18, ctx.bold, "c", (255, 255, 255))
    pg.text(148.5, 42, "获 奖 证 书", 26, ctx.bold, "c")
    y = 70
    body = (
        f"{ctx.show('holder', who)}：在{d.year}年{name}中，参赛作品“{ctx.show('title', title)}”荣获{grade}。"
    )
    y = P.para(pg, ctx, 40, y, 217, body, 16, 2.0)
    pg.text(40, y + 6, "特发此证，以资鼓励。", 14, ctx.body)
    pg.text(225, 158, ctx.show("issuer", giver), 14, ctx.body, "c")
    pg.text(225, 170, ctx.show("issued_on", P.day(d, style)), 13, ctx.body, "c")
    pg.seal(225, 162, 21, giver, r.randint(0, 9999))
    ppl = [person(who, 1, "awardee")]
    return _awdoc(
        ctx,
        v,
        [pg],
        who,
        ppl,
        title,
        giver,
        d.isoformat(),
        _aw(name, "competition", level, grade),
        who,
        d.year,
    )


def _aw_bureau(ctx: Ctx, v: str) -> Doc:
    if ctx.rng.random() < 0.5:
        return _aw_team(ctx, v, BUREAU)
    r = ctx.rng
    who = P.People(r).one()
    giver, name, kind, level = ctx.pick(BUREAU)
    grade = ctx.pick(GRADES)
    title = project_title(ctx)
    d = P.a_date(r, 2018, 2024)
    style = ctx.pick(["nian0", "han"])
    pg = Page()
    pg.rect(14, 14, 196, 283, 0.8, (40, 40, 40))
    y = P.centre(pg, ctx, 40, "证    书", 30)
    pairs = [
        ("获奖者", ctx.show("holder", who)),
        ("获奖项目", ctx.show("title", title)),
        ("奖项", name),
        ("等级", grade),
    ]
    y += 20
    for lab, val in pairs:
        pg.text(30, y, f"{lab}", 13, ctx.bold)
        pg.wrap(62, y, 120, val, 13, ctx.body, 1.7)
        y += 16
    pg.text(140, 222, ctx.show("issuer", giver), 14, ctx.body, "c")
    pg.text(140, 234, ctx.show("issued_on", P.day(d, style)), 13, ctx.body, "c")
    pg.seal(140, 226, 21, giver, r.randint(0, 9999))
    return _awdoc(
        ctx,
        v,
        [pg],
        who,
        [person(who, 1, "awardee")],
        title,
        giver,
        d.isoformat(),
        _aw(name, kind, level, grade),
        who,
        d.year,
    )


def _aw_monthly(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    who = P.People(r).one()
    giver, name, kind, level = ctx.pick(GOV[3:] + BUREAU[1:2])
    grade = ctx.pick(GRADES)
    title = project_title(ctx)
    y0, m0 = r.randint(2018, 2024), r.randint(1, 12)
    rank = r.randint(1, 5)
    style = ctx.pick(["han", "han_o", "nian"])
    pg = Page(bg=(250, 246, 240))
    pg.rect(0, 0, 210, 297, 0, fill=(250, 246, 240))
    pg.text(105, 40, "荣  誉  证  书", 30, ctx.bold, "c", (150, 30, 30))
    y = 80
    pg.text(28, y, f"{ctx.show('holder', who)}：", 16, ctx.body)
    body = f"你的成果《{ctx.show('title', title)}》（排名第{rank}）获{y0 - 1}年度{name}{grade}。"
    y = P.para(pg, ctx, 28, y + 14, 154, body, 15, 2.0)
    pg.text(140, 220, ctx.show("issuer", giver), 15, ctx.body, "c")
    ms = ctx.show("issued_on", P.month(y0, m0, style), f"{y0}-{m0:02d}")
    pg.text(140, 232, ms, 14, ctx.body, "c")
    pg.seal(140, 222, 22, giver, r.randint(0, 9999))
    return _awdoc(
        ctx,
        v,
        [pg],
        who,
        [person(who, rank, "awardee")],
        title,
        giver,
        f"{y0}-{m0:02d}",
        _aw(name, kind, level, grade),
        who,
        y0,
    )


def _aw_county(ctx: Ctx, v: str) -> Doc:
    return _aw_team(ctx, v, COUNTY)


# ======================================================================================================
# project_completion
# ======================================================================================================
PC_ALL = ["holder", "title", "people", "issuer", "issued_on"]


def _team(ctx: Ctx, n0: int = 2, n1: int = 7) -> tuple[str, list[str]]:
    ns = P.People(ctx.rng).many(ctx.rng.randint(n0, n1))
    return ns[0], ns[1:]


def _pcdoc(ctx: Ctx, v: str, pages: list[Page], leader: str, members: list[str], title: str, issuer: str, issued: str,
           year: int, holder: bool = False) -> Doc:  # fmt: skip
    ppl = [person(leader, 1, "project_leader")] + [
        person(m, i + 2, "project_member") for i, m in enumerate(members)
    ]
    f = {
        "holder": leader if holder else None,
        "people": ppl,
        "title": title,
        "issuer": issuer,
        "issued_on": issued,
    }
    return make(
        ctx,
        "project_completion",
        "project",
        v,
        pages,
        f,
        list(PC_ALL),
        {"person": ctx.pick([leader] + members), "year": year},
    )


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project")
    return {"certificate": _pc_certificate, "proof": _pc_proof, "acceptance": _pc_acceptance, "landscape": _pc_landscape,
            "roster": _pc_roster, "monthly": _pc_monthly, "twopage": _pc_twopage}[v](ctx, v)  # fmt: skip


def _pno(ctx: Ctx, year: int) -> str:
    return f"{ctx.pick(['YZ', 'DZKJ', 'YTSK', 'WS', '2'])}{year}{P.serial(ctx.rng, 3)}"


def _pc_certificate(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    issuer, prog = ctx.pick(PROGRAMS)
    title = project_title(ctx)
    leader, members = _team(ctx)
    d = P.a_date(r, 2018, 2024)
    style = ctx.pick(["nian", "han", "nian0"])
    pg = Page()
    pg.rect(12, 12, 198, 285, 1.2, (30, 90, 150))
    y = P.centre(pg, ctx, 36, prog, 15, False)
    y = P.centre(pg, ctx, y + 2, "结 题 证 书", 28)
    y += 12
    pairs = [("课题编号", _pno(ctx, d.year - 2)), ("课题名称", ctx.show("title", title)), ("课题主持人", leader), ("主持人单位", P.workplace(r)),
             ("课题组成员", "、".join(members))]  # fmt: skip
    for lab, val in pairs:
        pg.text(26, y, f"{lab}：", 12.5, ctx.body)
        y = pg.wrap(26 + width_mm(f"{lab}：", ctx.body, 12.5), y, 150, val, 12.5, ctx.body, 1.7) + 3
    y = P.para(
        pg,
        ctx,
        26,
        y + 6,
        158,
        "该课题已完成预期研究任务，经专家组鉴定，符合结题要求，准予结题。特发此证。",
        13,
        1.9,
    )
    pg.text(146, 230, ctx.show("issuer", issuer), P.fits(issuer, ctx.body, 13, 90), ctx.body, "c")
    pg.text(146, 241, ctx.show("issued_on", P.day(d, style)), 13, ctx.body, "c")
    pg.seal(146, 234, 21, issuer[:14], r.randint(0, 9999))
    return _pcdoc(ctx, v, [pg], leader, members, title, issuer, d.isoformat(), d.year)


def _pc_proof(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    issuer, prog = ctx.pick(PROGRAMS)
    title = project_title(ctx)
    leader = P.People(r).one()
    d = P.a_date(r, 2018, 2024)
    style = ctx.pick(["nian", "gap", "nian0"])
    pg = Page()
    y = P.centre(pg, ctx, 40, "结 题 证 明", 24)
    txt = (f"{ctx.show('holder', leader)}同志（{P.workplace(r)}）主持的{prog}“{ctx.show('title', title)}”"
           f"（立项编号：{_pno(ctx, d.year - 2)}），已按计划完成研究任务，经审核，同意结题。")  # fmt: skip
    y = P.para(pg, ctx, 24, y + 16, 162, txt, 14, 2.0)
    P.para(pg, ctx, 24, y + 4, 162, "特此证明。", 14)
    pg.text(150, y + 40, ctx.show("issuer", issuer), P.fits(issuer, ctx.body, 14, 90), ctx.body, "c")
    pg.text(150, y + 52, ctx.show("issued_on", P.day(d, style)), 14, ctx.body, "c")
    pg.seal(150, y + 44, 20, issuer[:14], r.randint(0, 9999))
    return _pcdoc(ctx, v, [pg], leader, [], title, issuer, d.isoformat(), d.year, holder=True)


def _pc_acceptance(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    issuer, prog = ctx.pick(PROGRAMS)
    title = project_title(ctx)
    leader, members = _team(ctx, 3, 7)
    d = P.a_date(r, 2018, 2024)
    pg = Page()
    y = P.centre(pg, ctx, 20, f"{prog}验收意见表", P.fits(prog + "验收意见表", ctx.bold, 17, 180))
    rows = [
        ["项目名称", ctx.show("title", title), "", ""],
        ["承担单位", P.workplace(r), "", ""],
        ["项目负责人", leader, "职称", ctx.pick(["高级农艺师", "主任医师", "高级工程师", "高级教师"])],
    ]
    y = pg.table(16, y + 4, [30, 90, 24, 34], rows, 10.5, ctx.body, 11)
    pg.text(20, y + 4, "主要参加人员：", 11, ctx.bold)
    rows2 = [["序号", "姓名", "工作单位", "分工"]] + [
        [str(i + 1), m, P.workplace(r), ctx.pick(["试验实施", "数据分析", "示范推广", "资料整理"])]
        for i, m in enumerate(members)
    ]
    y = pg.table(16, y + 11, [16, 30, 96, 36], rows2, 10, ctx.body, 9.5, header_font=ctx.bold)
    pg.rect(16, y + 4, 194, y + 70, 0.3)
    pg.text(20, y + 8, "验收意见：", 11, ctx.bold)
    P.para(
        pg,
        ctx,
        22,
        y + 16,
        168,
        "该项目完成了合同规定的各项任务指标，提交的验收材料齐全，经费使用基本合理。验收组同意该项目通过验收。",
        11,
        1.8,
    )
    pg.text(120, y + 52, "验收组组长：", 11, ctx.body)
    P.ink(pg, ctx, 146, y + 50, P.People(r).one(), 15)
    pg.text(20, y + 80, f"组织验收单位：{ctx.show('issuer', issuer)}", 11, ctx.body)
    pg.text(20, y + 90, f"验收日期：{ctx.show('issued_on', P.day(d, 'nian'))}", 11, ctx.body)
    pg.seal(80, y + 84, 18, issuer[:14], r.randint(0, 9999))
    return _pcdoc(ctx, v, [pg], leader, members, title, issuer, d.isoformat(), d.year)


def _pc_landscape(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    issuer, prog = ctx.pick(PROGRAMS)
    title = project_title(ctx)
    leader, members = _team(ctx, 2, 6)
    d = P.a_date(r, 2018, 2024)
    style = ctx.pick(["han", "dot", "nian"])
    pg = Page(297, 210, bg=(250, 250, 244))
    pg.rect(9, 9, 288, 201, 2, (150, 40, 40))
    pg.text(148.5, 26, "结题证书", 30, ctx.bold, "c", (150, 40, 40))
    txt = (f"由{ctx.show('leader', leader)}主持，{'、'.join(members)}参与研究的{prog}《{ctx.show('title', title)}》，"
           "经专家组审核鉴定，达到预期目标，准予结题。")  # fmt: skip
    y = P.para(pg, ctx, 34, 62, 229, txt, 16, 2.0)
    pg.text(34, y + 10, f"结题编号：JT{d.year}{P.serial(r, 4)}", 12, ctx.body)
    pg.text(226, 160, ctx.show("issuer", issuer), P.fits(issuer, ctx.body, 14, 100), ctx.body, "c")
    pg.text(226, 172, ctx.show("issued_on", P.day(d, style)), 14, ctx.body, "c")
    pg.seal(210, 164, 23, issuer[:14], r.randint(0, 9999))
    return _pcdoc(ctx, v, [pg], leader, members, title, issuer, d.isoformat(), d.year)


def _pc_roster(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    issuer, prog = ctx.pick(PROGRAMS)
    d = P.a_date(r, 2018, 2024)
    pg = Page()
    head = f"关于公布{d.year}年度{prog}结题名单的通知"
    y = P.centre(pg, ctx, 24, head, P.fits(head, ctx.bold, 16, 180))
    y = P.para(pg, ctx, 18, y + 4, 174, "各有关单位：", 11.5, indent=False)
    y = P.para(
        pg,
        ctx,
        18,
        y,
        174,
        "经课题组申请、专家组鉴定，下列课题准予结题，现予公布。请各课题组做好研究成果的推广应用工作。",
        11.5,
        1.8,
    )
    rows = [["序号", "课题名称", "主持人", "主要成员"]]
    ppl = P.People(r)
    items = []
    for i in range(r.randint(5, 9)):
        t = project_title(ctx)
        while t in [p[0] for p in items]:
            t = project_title(ctx)
        team = ppl.many(r.randint(2, 5))
        items.append((t, team[0], team[1:]))
        rows.append([str(i + 1), t, team[0], "、".join(team[1:])])
    y = pg.table(14, y + 4, [14, 82, 22, 64], rows, 9.5, ctx.body, 15, header_font=ctx.bold)
    pg.text(150, y + 16, ctx.show("issuer", issuer), P.fits(issuer, ctx.body, 12, 90), ctx.body, "c")
    pg.text(150, y + 26, ctx.show("issued_on", P.day(d, "nian")), 12, ctx.body, "c")
    pg.seal(150, y + 20, 20, issuer[:14], r.randint(0, 9999))
    t, leader, members = r.choice(items)
    ctx.show("title", t)
    return _pcdoc(ctx, v, [pg], leader, members, t, issuer, d.isoformat(), d.year)


def _pc_monthly(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    issuer, prog = ctx.pick(PROGRAMS)
    title = project_title(ctx)
    solo = r.random() < 0.4
    leader, members = _team(ctx, 1 if solo else 3, 1 if solo else 6)
    y0, m0 = r.randint(2018, 2024), r.randint(1, 12)
    style = ctx.pick(["han", "han_o", "nian0"])
    pg = Page(bg=(246, 250, 252))
    y = P.centre(pg, ctx, 44, "课 题 结 题 证 书", 26)
    y += 16
    rows = [
        ["课题名称", ctx.show("title", title)],
        ["课题类别", prog],
        ["负 责 人", ctx.show("leader", leader)],
    ]
    if members:
        rows.append(["课题组成员", "、".join(members)])
    y = pg.table(22, y, [36, 130], rows, 11.5, ctx.body, 16)
    y = P.para(pg, ctx, 24, y + 14, 160, "经鉴定，该课题研究成果达到结题要求，准予结题。", 13, 1.9)
    pg.text(146, 232, ctx.show("issuer", issuer), P.fits(issuer, ctx.body, 13, 90), ctx.body, "c")
    pg.text(146, 244, ctx.show("issued_on", P.month(y0, m0, style), f"{y0}-{m0:02d}"), 13, ctx.body, "c")
    pg.seal(146, 236, 21, issuer[:14], r.randint(0, 9999))
    return _pcdoc(ctx, v, [pg], leader, members, title, issuer, f"{y0}-{m0:02d}", y0, holder=solo)


def _pc_twopage(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    issuer, prog = ctx.pick(PROGRAMS)
    title = project_title(ctx)
    leader, members = _team(ctx, 4, 9)
    d = P.a_date(r, 2018, 2024)
    style = ctx.pick(["nian", "dot1"])
    p1 = Page()
    p1.rect(14, 14, 196, 283, 0.6)
    y = P.centre(p1, ctx, 50, "结  题  证  书", 28)
    y = P.centre(p1, ctx, y + 6, f"编号：{_pno(ctx, d.year)}", 11, False)
    y += 14
    txt = (
        f"{prog}“{ctx.show('title', title)}”（主持人：{leader}）已完成研究任务，准予结题。课题组成员见附页。"
    )
    y = P.para(p1, ctx, 28, y, 154, txt, 14, 2.0)
    p1.text(146, 226, ctx.show("issuer", issuer), P.fits(issuer, ctx.body, 13, 90), ctx.body, "c")
    p1.text(146, 237, ctx.show("issued_on", P.day(d, style)), 13, ctx.body, "c")
    p1.seal(146, 230, 21, issuer[:14], r.randint(0, 9999))
    p2 = Page()
    P.centre(p2, ctx, 24, "附页：课题组成员名单", 15)
    rows = [["序号", "姓名", "工作单位", "承担任务"], ["1", leader, P.workplace(r), "主持人"]]
    rows += [[str(i + 2), m, P.workplace(r), "成员"] for i, m in enumerate(members)]
    p2.table(16, 38, [16, 30, 100, 32], rows, 10.5, ctx.body, 10, header_font=ctx.bold)
    return _pcdoc(ctx, v, [p1, p2], leader, members, title, issuer, d.isoformat(), d.year)


_ = dt
