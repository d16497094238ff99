"""Draw 14 award certificates and project completion documents.

Award levels: a prize given by a people's government is that government's level (省人民政府 -> provincial,
市人民政府 -> municipal); a prize given by a government department (市教育局, 省卫生健康委员会) is `bureau`
(厅局级); a prize given by a learned society is left without a level (null, not scored)."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind14 import pools as P
from bench.blind14.draw import GREY, RED, doc, hand, para, rows, seal, t, tick, wmm
from bench.blind14.pools import Ctx

PROJ_A = ["平原灌区", "县域", "基层医疗机构", "城乡结合部", "丘陵山区", "滨湖地区", "区域", "市域"]
PROJ_B = ["盐碱地改良关键技术研究与应用", "小麦节水高产栽培技术集成与示范", "慢性病分级诊疗模式构建与推广",
          "装配式桥梁快速施工技术研究", "智慧课堂教学模式创新与实践", "优质果品绿色生产技术推广",
          "地下水超采综合治理技术研究", "畜禽规模养殖污染防控技术集成", "农村学校劳动教育课程体系构建",
          "危重孕产妇救治体系建设研究"]  # fmt: skip
SOCIAL = ["新时代乡村文化振兴路径研究", "县域义务教育优质均衡发展研究", "黄河文化传承与创新发展研究",
          "基层社会治理数字化转型研究", "老龄化背景下社区养老服务体系研究"]  # fmt: skip
LESSONS = ["《圆的认识》", "《植物的光合作用》", "《背影》", "《浮力》", "《分数的意义》", "《化学反应速率》"]
GRADES = ["一等奖", "二等奖", "三等奖"]


def _proj(ctx: Ctx) -> str:
    return ctx.pick(PROJ_A) + ctx.pick(PROJ_B)


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    c, prov = P.city(ctx.rng)
    names = P.people(ctx.rng, 12)
    d = P.day(ctx.rng, 2016, 2024)
    fn = {"govsci": _a_gov, "citysci": _a_city, "social": _a_social, "contest": _a_contest,
          "society": _a_society, "decision": _a_decision}[v]  # fmt: skip
    pages, f, who = fn(ctx, c, prov, names, d)
    scored = ["title"] if f["title"] else []
    scored += ["people", "issuer", "issued_on", "award.name", "award.kind", "award.grade"]
    if f["award"]["level"]:
        scored.append("award.level")
    if f.get("holder"):
        scored.insert(0, "holder")
    year = int(f["issued_on"][:4])
    return doc(ctx, "award_certificate", "award", v, pages, f, scored, (who, year))


def _award(name: str, kind: str, level: str | None, grade: str) -> dict:
    return {"name": name, "kind": kind, "level": level, "grade": grade}


def _a_gov(ctx, c, prov, names, d):  # noqa: ANN001, ANN202
    pg = Page()
    st = ctx.style(("han", "cn", "cn0"))
    prize = ctx.pick(["科学技术进步奖", "技术发明奖", "自然科学奖"])
    aname = f"{prov}省{prize}"
    issuer = f"{prov}省人民政府"
    grade = ctx.pick(GRADES)
    title = _proj(ctx)
    who = names[0]
    rank = ctx.rng.randint(1, 9)
    pg.rect(10, 10, 200, 287, 2, (180, 140, 50))
    t(pg, ctx, 105, 40, "证　书", 32, True, "c", RED)
    y = para(pg, ctx, 28, 72, 154, f"为表彰{d.year - 1}年度{aname}获得者，特颁发此证书。", 14, 2.0)
    pairs = [("项目名称", title), ("奖励等级", grade), ("获 奖 者", who), ("完成人排名", f"第{rank}完成人"),
             ("证 书 号", f"{d.year}-{ctx.pick('JFZ')}{ctx.rng.randint(1, 3)}-{ctx.rng.randint(1, 200):03d}-R{rank:02d}")]  # fmt: skip
    y += 6
    for a, b in pairs:
        y = para(pg, ctx, 28, y, 154, f"{a}：{b}", 13, 2.1, indent=False)
    t(pg, ctx, 182, y + 28, issuer, 14, align="r")
    t(pg, ctx, 182, y + 38, P.fd(d, st), 13, align="r")
    seal(pg, ctx, 160, y + 33, issuer, 22)
    f = {"holder": who, "title": title, "issuer": issuer, "issued_on": d.isoformat(),
         "people": [{"name": who, "rank": rank, "role": "awardee"}],
         "award": _award(aname, "science_technology", "provincial", grade)}  # fmt: skip
    return [pg], f, who


def _a_city(ctx, c, prov, names, d):  # noqa: ANN001, ANN202
    pg = Page(w=297, h=210)
    st = ctx.style(("cn", "han", "dot"))
    aname = f"{c}市科学技术进步奖"
    issuer = f"{c}市人民政府"
    grade = ctx.pick(GRADES)
    title = _proj(ctx)
    team = names[: ctx.rng.randint(3, 7)]
    pg.rect(8, 8, 289, 202, 0.8, RED)
    pg.rect(12, 12, 285, 198, 2.4, RED)
    t(pg, ctx, 148.5, 26, "荣 誉 证 书", 30, True, "c", RED)
    y = para(pg, ctx, 36, 54, 225, f"“{title}”项目荣获{d.year - 1}年度{aname}{grade}。", 16, 2.0)
    y = t(pg, ctx, 36, y + 6, "主要完成人：" + "、".join(team), 13)
    y = t(pg, ctx, 36, y + 2, f"主要完成单位：{P.workplace(ctx.rng, c)}", 13)
    t(pg, ctx, 36, y + 2, "特发此证，以资鼓励。", 13)
    t(pg, ctx, 254, 160, issuer, 14, align="r")
    t(pg, ctx, 254, 170, P.fd(d, st), 13, align="r")
    seal(pg, ctx, 232, 164, issuer, 22)
    t(pg, ctx, 30, 186, f"证书编号：{c[:1]}科奖〔{d.year}〕{ctx.rng.randint(1, 120)}号", 10, color=GREY)
    f = {"holder": None, "title": title, "issuer": issuer, "issued_on": d.isoformat(),
         "people": [{"name": n, "rank": i + 1, "role": "awardee"} for i, n in enumerate(team)],
         "award": _award(aname, "science_technology", "municipal", grade)}  # fmt: skip
    return [pg], f, ctx.pick(team)


def _a_social(ctx, c, prov, names, d):  # noqa: ANN001, ANN202
    pg = Page()
    st = ctx.style(("cn", "cn0", "han"))
    gov = ctx.rng.random() < 0.5
    aname = f"{prov}省社会科学优秀成果奖" if gov else f"{c}市社会科学优秀成果奖"
    issuer = f"{prov}省人民政府" if gov else f"{c}市人民政府"
    grade = ctx.pick(GRADES)
    title = ctx.pick(SOCIAL)
    au = names[: ctx.rng.randint(1, 3)]
    t(pg, ctx, 105, 36, "获 奖 证 书", 28, True, "c", (150, 30, 30))
    ed = ctx.pick(["第三十四届", "第三十五届", "第十二届", ""])
    y = rows(pg, ctx, 32, 70, [("成果名称", title), ("成果形式", ctx.pick(["论文", "研究报告", "专著"])),
             ("作　　者", "　".join(au)), ("奖　　项", f"{ed}{aname}"), ("等　　级", grade)], 13, 30, gap=2.4,
             rule=178)  # fmt: skip
    t(pg, ctx, 178, y + 30, issuer, 14, align="r")
    t(pg, ctx, 178, y + 40, P.fd(d, st), 13, align="r")
    seal(pg, ctx, 154, y + 35, issuer, 21)
    one = len(au) == 1
    f = {"holder": au[0] if one else None, "title": title, "issuer": issuer, "issued_on": d.isoformat(),
         "people": [{"name": n, "rank": i + 1, "role": "awardee"} for i, n in enumerate(au)],
         "award": _award(aname, "social_science", "provincial" if gov else "municipal", grade)}  # fmt: skip
    return [pg], f, ctx.pick(au)


def _a_contest(ctx, c, prov, names, d):  # noqa: ANN001, ANN202
    pg = Page(w=260, h=185)
    st = ctx.style(("cn", "han"))
    issuer = ctx.pick([f"{c}市教育局", f"{c}市人力资源和社会保障局", f"{c}市卫生健康委员会"])
    contest = {
        "教育局": ctx.pick(["中小学优质课评选", "青年教师教学基本功比赛", "中小学实验教学说课大赛"]),
        "保障局": ctx.pick(["职业技能大赛", "专业技术人员创新创业大赛"]),
        "委员会": ctx.pick(["护理技能竞赛", "基层卫生岗位练兵和技能竞赛"]),
    }[issuer[-3:]]
    aname = f"{c}市{contest}"
    grade = ctx.pick(GRADES)
    who = names[0]
    work = ctx.pick(LESSONS) if "教育局" in issuer else None
    title = work.strip("《》") if work else None
    pg.rect(8, 8, 252, 177, 1.2, (190, 150, 40))
    t(pg, ctx, 130, 24, "荣 誉 证 书", 30, True, "c", (170, 30, 30))
    hand(pg, ctx, 38, 58, who, 20)
    t(pg, ctx, 38 + wmm(ctx, who, 20) + 5, 61, "同志：", 15)
    body = (
        f"在{d.year}年{aname}中，"
        + (f"参赛课例{work}" if work else "")
        + f"荣获{grade}。特发此证，以资鼓励。"
    )
    para(pg, ctx, 38, 78, 184, body, 15, 2.0)
    t(pg, ctx, 222, 134, issuer, 14, align="r")
    t(pg, ctx, 222, 144, P.fd(d, st), 13, align="r")
    seal(pg, ctx, 200, 139, issuer, 21)
    f = {"holder": who, "title": title, "issuer": issuer, "issued_on": d.isoformat(),
         "people": [{"name": who, "rank": 1, "role": "awardee"}],
         "award": _award(aname, "competition", "bureau", grade)}  # fmt: skip
    return [pg], f, who


def _a_society(ctx, c, prov, names, d):  # noqa: ANN001, ANN202
    pg = Page()
    st = ctx.style(("cn0", "dot", "cn"))
    soc, prize = ctx.pick([(f"{prov}省医学会", f"{prov}省医学科技奖"), (f"{prov}省土木建筑学会", f"{prov}省土木建筑科学技术奖"),
                           (f"{prov}省农学会", f"{prov}省农学会科学技术奖")])  # fmt: skip
    grade = ctx.pick(GRADES)
    title = _proj(ctx)
    team = names[: ctx.rng.randint(2, 6)]
    who_i = ctx.rng.randrange(len(team))
    who = team[who_i]
    pg.rect(14, 14, 196, 283, 0.6, (20, 60, 120))
    t(pg, ctx, 105, 38, prize, 20, True, "c", (20, 60, 120))
    t(pg, ctx, 105, 52, "获 奖 证 书", 24, True, "c")
    y = rows(pg, ctx, 30, 80, [("项目名称", title), ("获奖等级", grade), ("获 奖 人", who), ("排　　名", f"第{who_i + 1}位")],
             13, 30, gap=2.5)  # fmt: skip
    t(pg, ctx, 180, y + 40, soc, 14, align="r")
    t(pg, ctx, 180, y + 50, P.fd(d, st), 13, align="r")
    seal(pg, ctx, 158, y + 45, soc, 21)
    f = {"holder": who, "title": title, "issuer": soc, "issued_on": d.isoformat(),
         "people": [{"name": who, "rank": who_i + 1, "role": "awardee"}],
         "award": _award(prize, "science_technology", None, grade)}  # fmt: skip
    return [pg], f, who


def _a_decision(ctx, c, prov, names, d):  # noqa: ANN001, ANN202
    st = ctx.style(("cn", "cn0"))
    issuer = f"{c}市人民政府"
    aname = f"{c}市科学技术进步奖"
    p1 = Page()
    t(p1, ctx, 105, 22, f"{issuer}文件", 26, True, "c", RED)
    t(p1, ctx, 105, 42, f"{c[:1]}政发〔{d.year}〕{ctx.rng.randint(2, 40)}号", 12, align="c")
    p1.line(20, 50, 190, 50, 1.0, RED)
    y = para(p1, ctx, 30, 58, 150, f"{issuer}关于{d.year - 1}年度{aname}奖励的决定", 16, indent=False)
    y = t(p1, ctx, 20, y + 4, "各县（市、区）人民政府，市政府各部门：", 12)
    for b in [
        f"为深入实施创新驱动发展战略，经评审委员会评审、市科学技术奖励委员会审定，决定对在科技创新中作出突出贡献的"
        f"项目授予{aname}。",
        "希望受表彰的单位和个人再接再厉，在推动全市高质量发展中作出新的更大贡献。",
        f"附件：{d.year - 1}年度{aname}获奖项目目录",
    ]:
        y = para(p1, ctx, 20, y + 2, 170, b, 12, 1.9)
    t(p1, ctx, 180, y + 20, issuer, 12, align="r")
    t(p1, ctx, 180, y + 28, P.fd(d, st), 12, align="r")
    seal(p1, ctx, 156, y + 24, issuer, 20)
    p2 = Page(w=297, h=210)
    t(p2, ctx, 20, 14, "附件", 12, True)
    t(p2, ctx, 148.5, 22, f"{d.year - 1}年度{aname}获奖项目目录", 15, True, "c")
    n = ctx.rng.randint(6, 9)
    mine = ctx.rng.randrange(n)
    data = [["序号", "项目名称", "主要完成单位", "主要完成人", "等级"]]
    used = set()
    pool = list(names)
    extra = P.people(ctx.rng, 40)
    extra = [x for x in extra if x not in pool]
    team: list[str] = []
    grade = ""
    title = ""
    for i in range(n):
        while True:
            pj = _proj(ctx)
            if pj not in used:
                used.add(pj)
                break
        g = GRADES[min(2, i * 3 // n)]
        if i == mine:
            team = pool[: ctx.rng.randint(3, 5)]
            grade, title, ppl = g, pj, team
        else:
            ppl = [extra.pop() for _ in range(ctx.rng.randint(2, 5))]
        data.append([str(i + 1), pj, P.workplace(ctx.rng, c), "、".join(ppl), g])
    y0 = 32
    ws = [14, 92, 62, 84, 20]
    p2.rect(20, y0 + 10 * (mine + 1), 20 + sum(ws), y0 + 10 * (mine + 2), 0, fill=(255, 240, 140))
    p2.table(20, y0, ws, data, 8.5, ctx.body, 10, header_font=ctx.bold)
    tick(p2, 13, y0 + 10 * (mine + 1) + 3, 4.5)
    f = {"holder": None, "title": title, "issuer": issuer, "issued_on": d.isoformat(),
         "people": [{"name": n_, "rank": i + 1, "role": "awardee"} for i, n_ in enumerate(team)],
         "award": _award(aname, "science_technology", "municipal", grade)}  # fmt: skip
    return [p1, p2], f, ctx.pick(team)


# ---- project completion ----------------------------------------------------------------------------
def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("proj")
    c, prov = P.city(ctx.rng)
    names = P.people(ctx.rng, 8)
    d = P.day(ctx.rng, 2017, 2024)
    fn = {"closing": _pc_closing, "letter": _pc_letter, "acceptance": _pc_accept, "appraisal": _pc_appraisal,
          "monthcert": _pc_month}[v]  # fmt: skip
    pages, f = fn(ctx, c, prov, names, d)
    scored = ["title", "people", "issuer", "issued_on"] + (["holder"] if f.get("holder") else [])
    who = ctx.pick([p["name"] for p in f["people"]])
    return doc(ctx, "project_completion", "proj", v, pages, f, scored, (who, int(f["issued_on"][:4])))


def _team(leader: str, members: list[str]) -> list[dict]:
    out = [{"name": leader, "rank": 1, "role": "project_leader"}]
    return out + [{"name": m, "rank": i + 2, "role": "project_member"} for i, m in enumerate(members)]


def _pc_closing(ctx, c, prov, names, d):  # noqa: ANN001, ANN202
    pg = Page()
    st = ctx.style(("cn", "cn0", "han"))
    plan_ = ctx.pick(["“十四五”", "“十三五”"]) if d.year >= 2016 else ""
    issuer = f"{prov}省教育科学规划领导小组办公室"
    title = (
        ctx.pick(PROJ_A)
        + ctx.pick(["中小学", "农村学校", "职业院校"])
        + ctx.pick(
            ["作业设计与实施研究", "劳动教育课程体系构建", "教师专业发展路径研究", "家校协同育人机制研究"]
        )
    )
    leader, members = names[0], names[1 : 1 + ctx.rng.randint(2, 5)]
    pg.rect(12, 12, 198, 285, 1.6, (30, 80, 150))
    t(pg, ctx, 105, 32, f"{prov}省教育科学{plan_}规划课题", 15, True, "c")
    t(pg, ctx, 105, 46, "结 题 证 书", 28, True, "c", (30, 80, 150))
    t(pg, ctx, 180, 66, f"编号：{prov[:1]}教规结〔{d.year}〕{ctx.rng.randint(10, 999)}号", 10, align="r")
    pairs = [("课题名称", title), ("立项编号", f"{d.year - ctx.rng.randint(2, 3)}{ctx.pick(['YB', 'ZD', 'QN'])}{ctx.rng.randint(1, 400):03d}"),
             ("课题主持人", leader), ("课题组成员", "、".join(members)), ("所在单位", P.workplace(ctx.rng, c)),
             ("鉴定等级", ctx.pick(["优秀", "良好", "合格"]))]  # fmt: skip
    y = 78
    for a, b in pairs:
        y = para(pg, ctx, 30, y, 150, f"{a}：{b}", 12.5, 2.1, indent=False)
    y = para(
        pg,
        ctx,
        30,
        y + 6,
        150,
        "经专家组审核鉴定，该课题已完成研究任务，达到预期目标，准予结题。特发此证。",
        12.5,
        2.0,
    )
    t(pg, ctx, 180, y + 30, issuer, 12.5, align="r")
    t(pg, ctx, 180, y + 40, P.fd(d, st), 12.5, align="r")
    seal(pg, ctx, 155, y + 34, issuer, 21)
    return [pg], {
        "title": title,
        "issuer": issuer,
        "issued_on": d.isoformat(),
        "people": _team(leader, members),
    }


def _pc_letter(ctx, c, prov, names, d):  # noqa: ANN001, ANN202
    pg = Page()
    st = ctx.style(("cn", "dash", "han"))
    issuer = ctx.pick([f"{c}市社会科学界联合会", f"{c}市科学技术局", f"{c}市卫生健康委员会"])
    kind = {"联合会": "社会科学规划研究项目", "技术局": "科技发展计划项目", "委员会": "医药卫生科研项目"}[
        issuer[-3:]
    ]
    title = ctx.pick(SOCIAL) if "联合会" in issuer else _proj(ctx)
    leader = names[0]
    unit = P.workplace(ctx.rng, c)
    t(pg, ctx, 105, 40, "结 题 证 明", 22, True, "c")
    passed = P.plus(d, -ctx.rng.randint(10, 60))
    text = (f"兹证明，由{unit}{leader}同志主持的{c}市{kind}“{title}”（项目编号：{c[:1]}{passed.year}"
            f"{ctx.rng.randint(100, 999)}），已于{P.fd(passed, st)}通过专家结题评审，准予结题。")  # fmt: skip
    y = para(pg, ctx, 26, 64, 158, text, 13, 2.0)
    y = t(pg, ctx, 26, y + 4, "特此证明。", 13)
    t(pg, ctx, 182, y + 28, issuer, 13, align="r")
    t(pg, ctx, 182, y + 37, P.fd(d, st), 13, align="r")
    seal(pg, ctx, 158, y + 32, issuer, 20)
    return [pg], {"holder": leader, "title": title, "issuer": issuer, "issued_on": d.isoformat(),
                  "people": _team(leader, [])}  # fmt: skip


def _pc_accept(ctx, c, prov, names, d):  # noqa: ANN001, ANN202
    st = ctx.style(("cn", "cn0", "dot"))
    issuer = f"{c}市科学技术局"
    title = _proj(ctx)
    leader, members = names[0], names[1 : 1 + ctx.rng.randint(3, 6)]
    unit = P.workplace(ctx.rng, c)
    p1 = Page()
    t(p1, ctx, 105, 40, f"{c}市科技计划项目", 18, True, "c")
    t(p1, ctx, 105, 54, "验 收 证 书", 28, True, "c")
    pairs = [("项目名称", title), ("项目编号", f"{d.year - 2}{ctx.pick(['GG', 'NS', 'SF'])}{ctx.rng.randint(1000, 9999)}"),
             ("承担单位", unit), ("项目负责人", leader), ("组织验收单位", issuer), ("验收日期", P.fd(d, st))]  # fmt: skip
    rows(p1, ctx, 32, 100, pairs, 13, 38, "", 2.6, rule=180)
    t(p1, ctx, 105, 260, f"{issuer}制", 11, align="c", color=GREY)
    p2 = Page()
    t(p2, ctx, 20, 20, "一、验收意见", 13, True)
    y = para(p2, ctx, 20, 30, 170, f"{d.year}年{d.month}月{d.day}日，{issuer}组织专家对{unit}承担的“{title}”项目进行了验收。"
             "专家组听取了项目组汇报，审阅了相关资料，经质询讨论，认为项目完成了任务书规定的各项指标，同意通过验收。", 11.5)  # fmt: skip
    y = t(p2, ctx, 20, y + 6, "二、主要研究人员", 13, True)
    titles = ["研究员", "高级工程师", "副主任医师", "工程师", "高级农艺师", "讲师"]
    data = [["序号", "姓名", "职称", "工作单位", "在项目中承担的任务"]]
    for i, nm in enumerate([leader] + members):
        data.append([str(i + 1), nm, ctx.pick(titles), unit if i < 2 else P.workplace(ctx.rng, c),
                     "项目负责人" if i == 0 else ctx.pick(["试验设计", "数据分析", "技术示范", "资料整理"])])  # fmt: skip
    y = p2.table(20, y + 2, [12, 24, 26, 70, 38], data, 9.5, ctx.body, 10, header_font=ctx.bold)
    t(p2, ctx, 120, y + 20, "验收专家组组长（签字）：", 11)
    hand(p2, ctx, 168, y + 18, names[-1], 15)
    seal(p2, ctx, 160, y + 40, issuer, 19)
    t(p2, ctx, 186, y + 42, P.fd(d, st), 11, align="r")
    return [p1, p2], {
        "title": title,
        "issuer": issuer,
        "issued_on": d.isoformat(),
        "people": _team(leader, members),
    }


def _pc_appraisal(ctx, c, prov, names, d):  # noqa: ANN001, ANN202
    pg = Page()
    st = ctx.style(("cn0", "han"))
    issuer = ctx.pick([f"{c}市科学技术局", f"{prov}省科学技术厅"])
    title = _proj(ctx)
    team = names[: ctx.rng.randint(3, 7)]
    t(pg, ctx, 105, 24, "科学技术成果鉴定证书", 20, True, "c")
    t(pg, ctx, 105, 36, f"{c[:1]}科鉴字〔{d.year}〕第{ctx.rng.randint(1, 99):03d}号", 11, align="c")
    y = rows(pg, ctx, 24, 50, [("成果名称", title), ("完成单位", P.workplace(ctx.rng, c)), ("鉴定形式", ctx.pick(["会议鉴定", "函审鉴定"])),
             ("组织鉴定单位", issuer), ("鉴定日期", P.fd(d, st))], 11.5, 32, gap=2.2)  # fmt: skip
    y = t(pg, ctx, 24, y + 4, "主要研制人员名单", 12, True)
    data = [["排名", "姓名", "性别", "技术职称", "对成果创造性贡献"]]
    for i, nm in enumerate(team):
        data.append([str(i + 1), nm, ctx.pick("男女"), ctx.pick(["研究员", "高级工程师", "副教授", "工程师"]),
                     "项目负责人，总体设计" if i == 0 else ctx.pick(["试验实施", "数据分析", "示范推广", "技术攻关"])])  # fmt: skip
    y = pg.table(24, y + 1, [14, 28, 14, 32, 74], data, 9.5, ctx.body, 9.5, header_font=ctx.bold)
    y = para(
        pg,
        ctx,
        24,
        y + 8,
        162,
        "鉴定意见：该成果资料齐全，技术路线合理，总体达到国内先进水平，同意通过鉴定。",
        11,
    )
    t(pg, ctx, 186, y + 24, f"组织鉴定单位（盖章）：{issuer}", 11, align="r")
    t(pg, ctx, 186, y + 32, P.fd(d, st), 11, align="r")
    seal(pg, ctx, 166, y + 26, issuer, 19)
    return [pg], {
        "title": title,
        "issuer": issuer,
        "issued_on": d.isoformat(),
        "people": _team(team[0], team[1:]),
    }


def _pc_month(ctx, c, prov, names, d):  # noqa: ANN001, ANN202
    pg = Page(w=297, h=210)
    st = ctx.style(("han", "cn"))
    issuer = ctx.pick([f"{c}市哲学社会科学规划办公室", f"{c}市社会科学界联合会"])
    title = ctx.pick(SOCIAL)
    leader, members = names[0], names[1 : 1 + ctx.rng.randint(1, 4)]
    pg.rect(10, 10, 287, 200, 1.8, (120, 40, 30))
    t(pg, ctx, 148.5, 24, f"{c}市哲学社会科学规划课题", 16, True, "c")
    t(pg, ctx, 148.5, 36, "结 项 证 书", 28, True, "c", (120, 40, 30))
    grid = [("课题名称", title), ("课题负责人", leader), ("主要成员", "、".join(members)),
            ("结项等级", ctx.pick(["优秀", "良好", "合格"])), ("证书编号", f"JX{d.year}{ctx.rng.randint(100, 999)}")]  # fmt: skip
    y = 62
    for a, b in grid:
        p = pg
        p.rect(50, y, 100, y + 13, 0.4)
        p.rect(100, y, 247, y + 13, 0.4)
        t(p, ctx, 75, y + 4, a, 12, align="c")
        t(p, ctx, 104, y + 4, b, 12)
        y += 13
    t(pg, ctx, 247, 160, issuer, 13, align="r")
    t(pg, ctx, 247, 170, P.fm(d.year, d.month, st), 13, align="r")
    seal(pg, ctx, 224, 164, issuer, 21)
    return [pg], {"title": title, "issuer": issuer, "issued_on": P.iso_m(d.year, d.month),
                  "people": _team(leader, members)}  # fmt: skip
