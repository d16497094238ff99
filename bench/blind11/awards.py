"""Draw 11 award certificates and research-project completion proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame
from bench.blind.page import Page
from bench.blind11 import pools as P
from bench.blind11.ink import GREY, RED, center, fits, form, hand, lh, make, runs, seal
from bench.blind11.pools import Ctx
from bench.generator.truth import person

GRADES = ["一等奖", "二等奖", "三等奖", "二等奖", "三等奖", "特等奖"]
WORKS = ["{t}教学设计", "{t}课程思政案例", "{t}实训项目", "{t}微课"]
ALL_AWARD = [
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


def _award_source(ctx: Ctx, pl: P.Place, kind: str) -> tuple[str, str, str]:
    """(award name, issuer, level) for an award of `kind`."""
    rng = ctx.rng
    county = rng.choice(P.COUNTIES.get(pl.city, ["城关"]))
    if kind == "social_science":
        return rng.choice([
            (f"{pl.prov}省社会科学优秀成果奖", f"{pl.prov}省人民政府", "provincial"),
            (f"{pl.city}市社会科学优秀成果奖", f"{pl.city}市社会科学界联合会", "municipal"),
        ])  # fmt: skip
    if kind == "competition":
        return rng.choice([
            (f"{pl.prov}省职业院校技能大赛教学能力比赛", f"{pl.prov}省教育厅", "provincial"),
            (f"{pl.city}市中小学优质课评选", f"{pl.city}市教育和体育局", "municipal"),
            (f"{pl.prov}省护理技能竞赛", f"{pl.prov}省卫生健康委员会", "provincial"),
        ])  # fmt: skip
    return rng.choice([
        (f"{pl.prov}省科学技术进步奖", f"{pl.prov}省人民政府", "provincial"),
        (f"{pl.city}市科学技术进步奖", f"{pl.city}市人民政府", "municipal"),
        (f"{county}县科学技术进步奖", f"{county}县人民政府", "county"),
        ("全国农牧渔业丰收奖", "农业农村部", "national"),
        (f"{pl.prov}省农牧渔业丰收奖", f"{pl.prov}省农业农村厅", "provincial"),
        (f"{pl.city}市技术发明奖", f"{pl.city}市人民政府", "municipal"),
    ])  # fmt: skip


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    rng = ctx.rng
    pl = P.somewhere(rng)
    kind = {"social": "social_science", "contest": "competition"}.get(v, "science_technology")
    name, issuer, level = _award_source(ctx, pl, kind)
    grade = rng.choice(GRADES[:5] if kind != "competition" else GRADES[:3])
    year = rng.randint(2017, 2024)
    when = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    if kind == "competition":
        title = rng.choice(WORKS).format(t=rng.choice(P.TOPICS)[:8])
    elif kind == "social_science":
        title = P.research_title(rng, pl)
    else:
        title = P.project_title(rng, pl)
    d = dict(pl=pl, name=name, issuer=issuer, level=level, grade=grade, year=year, when=when, title=title,
             names=P.crowd(rng, rng.randint(3, 9)), form=rng.choice(P.DATE_FORMS[:7]),
             yearword=f"{year - 1}年度" if rng.random() < 0.6 else "")  # fmt: skip
    build = {"personal": _aw_personal, "team": _aw_team, "social": _aw_social, "contest": _aw_contest,
             "banner": _aw_banner, "grid": _aw_grid}[v]  # fmt: skip
    pages, holder, people, issued = build(ctx, d)
    fields = dict(holder=holder, title=title, people=people, issuer=issuer, issued_on=issued,
                  award={"name": name, "kind": kind, "level": level, "grade": grade})  # fmt: skip
    claim = holder or rng.choice([p["name"] for p in people])
    return make("award_certificate", "award", v, pages, fields, ALL_AWARD, claim, when.year)


def _aw_personal(ctx: Ctx, d: dict) -> tuple:
    rng = ctx.rng
    pg = Page()
    frame(pg, ctx, rng.choice([2, 3]))
    center(pg, 48, "荣 誉 证 书", 30, ctx.bold, RED)
    who = d["names"][0]
    rank = rng.randint(1, 7)
    pg.text(32, 90, f"{who}同志：", 16, ctx.body)
    rk = f"第{rank}完成人" if rng.random() < 0.5 else f"排名第{rank}"
    text = f"你参与完成的“{d['title']}”项目，荣获{d['yearword']}{d['name']}{d['grade']}（{rk}）。特发此证，以资鼓励。"
    pg.wrap(32, 104, pg.w - 64, text, 16, ctx.body, lead=2.0, indent=11)
    no = f"证书编号：{d['year']}-{rng.choice('JKF')}{rng.randint(1, 3)}-{rng.randint(1, 160):03d}-R{rank:02d}"
    pg.text(32, 200, no, 11, ctx.body, color=GREY)
    pg.text(pg.w - 32, 222, d["issuer"], 14, ctx.body, "r")
    pg.text(pg.w - 32, 233, P.fdate(d["when"], d["form"]), 14, ctx.body, "r")
    seal(pg, ctx, pg.w - 58, 226, d["issuer"])
    return [pg], who, [person(who, rank, "awardee")], P.iso(d["when"])


def _aw_team(ctx: Ctx, d: dict) -> tuple:
    pg = Page()
    frame(pg, ctx, 2)
    h = f"{d['name']}证书"
    center(pg, 40, h, fits(h, ctx.bold, 24, pg.w - 40), ctx.bold)
    y = 66
    pg.wrap(
        30,
        y,
        pg.w - 60,
        f"为表彰{d['yearword']}{d['name']}获得者，特颁发此证书。",
        13.5,
        ctx.body,
        indent=9.5,
    )
    rows = [("项目名称", d["title"]), ("奖励等级", d["grade"]),
            ("完成单位", P.workplace(ctx.rng, d["pl"]))]  # fmt: skip
    y = 90
    for lab, val in rows:
        pg.text(30, y, lab + "：", 13.5, ctx.body)
        y = pg.wrap(58, y, pg.w - 88, val, 13.5, ctx.body, lead=1.8) + 3
    pg.text(30, y, "主要完成人：", 13.5, ctx.body)
    names = d["names"]
    for i in range(0, len(names), 4):
        pg.text(62, y, "、".join(names[i : i + 4]) + ("、" if i + 4 < len(names) else ""), 13.5, ctx.body)
        y += lh(13.5, 1.8)
    m = ctx.rng.random() < 0.5
    ds = P.fmonth(d["when"].year, d["when"].month, d["form"]) if m else P.fdate(d["when"], d["form"])
    pg.text(pg.w - 30, 225, d["issuer"], 14, ctx.body, "r")
    pg.text(pg.w - 30, 236, ds, 14, ctx.body, "r")
    seal(pg, ctx, pg.w - 55, 230, d["issuer"])
    issued = P.ym(d["when"].year, d["when"].month) if m else P.iso(d["when"])
    return [pg], None, [person(n, i + 1, "awardee") for i, n in enumerate(names)], issued


def _aw_social(ctx: Ctx, d: dict) -> tuple:
    rng = ctx.rng
    pg = Page(w=297, h=210)
    frame(pg, ctx, 3)
    center(pg, 26, "获 奖 证 书", 28, ctx.bold, RED)
    authors = d["names"][: rng.choice([1, 1, 2, 3])]
    y = 56
    rows = [("成果名称", f"《{d['title']}》"), ("成果形式", rng.choice(["论文", "研究报告", "专著"])),
            ("作    者", "  ".join(authors)), ("获奖等级", d["grade"])]  # fmt: skip
    for lab, val in rows:
        pg.text(60, y, f"{lab}：{val}", 15, ctx.body)
        y += lh(15, 2.1)
    pg.wrap(
        60, y + 4, pg.w - 120, f"该成果荣获{d['yearword']}{d['name']}，特发此证。", 15, ctx.body, indent=10.5
    )
    pg.text(pg.w - 50, 160, d["issuer"], 14, ctx.body, "r")
    pg.text(pg.w - 50, 171, P.fdate(d["when"], d["form"]), 14, ctx.body, "r")
    seal(pg, ctx, pg.w - 78, 165, d["issuer"])
    holder = authors[0] if len(authors) == 1 else None
    return [pg], holder, [person(n, i + 1, "awardee") for i, n in enumerate(authors)], P.iso(d["when"])


def _aw_contest(ctx: Ctx, d: dict) -> tuple:
    rng = ctx.rng
    pg = Page()
    frame(pg, ctx, 1)
    center(pg, 42, "证    书", 30, ctx.bold)
    team = d["names"][: rng.randint(1, 4)]
    y = 82
    pg.text(30, y, "、".join(team) + ("老师：" if rng.random() < 0.5 else "同志："), 15, ctx.body)
    y += lh(15, 2.1)
    text = (f"在{d['year']}年{d['name']}中，{'你们' if len(team) > 1 else '你'}的参赛作品《{d['title']}》荣获"
            f"{d['grade']}。")  # fmt: skip
    y = pg.wrap(30, y, pg.w - 60, text, 15, ctx.body, lead=2.0, indent=10.5)
    pg.wrap(30, y, pg.w - 60, "特发此证，以资鼓励。", 15, ctx.body, indent=10.5)
    pg.text(pg.w - 30, 218, d["issuer"], 14, ctx.body, "r")
    pg.text(pg.w - 30, 229, P.fdate(d["when"], d["form"]), 14, ctx.body, "r")
    seal(pg, ctx, pg.w - 55, 224, d["issuer"])
    holder = team[0] if len(team) == 1 else None
    d["when"] = d["when"]
    return [pg], holder, [person(n, i + 1, "awardee") for i, n in enumerate(team)], P.iso(d["when"])


def _aw_banner(ctx: Ctx, d: dict) -> tuple:
    """Landscape, centred lines, a Chinese-numeral date under the seal."""
    rng = ctx.rng
    pg = Page(w=297, h=210, bg=(252, 248, 238))
    frame(pg, ctx, 3)
    z = rng.choice(["han", "hanzero"])
    y = center(pg, 26, d["name"], fits(d["name"], ctx.bold, 26, pg.w - 60), ctx.bold, RED)
    y = center(pg, y + 2, "证  书", 22, ctx.bold, RED) + 10
    who = d["names"][0]
    rank = rng.randint(1, 5)
    for s in (f"获奖项目：{d['title']}", f"获 奖 者：{who}（排名第{rank}）", f"奖励等级：{d['grade']}",
              f"证书编号：{d['year']}{rng.randint(100, 999)}-{rank}"):  # fmt: skip
        pg.text(70, y, s, fits(s, ctx.body, 15, pg.w - 110), ctx.body)
        y += lh(15, 2.0)
    pg.text(pg.w - 50, 162, d["issuer"], 15, ctx.body, "r")
    pg.text(pg.w - 50, 174, P.fdate(d["when"], z), 15, ctx.body, "r")
    seal(pg, ctx, pg.w - 78, 172, d["issuer"], 20)
    return [pg], who, [person(who, rank, "awardee")], P.iso(d["when"])


def _aw_grid(ctx: Ctx, d: dict) -> tuple:
    rng = ctx.rng
    pg = Page()
    center(pg, 28, "获奖证书", 24, ctx.bold)
    center(pg, 42, f"（{d['yearword']}{d['name']}）", fits(d["name"], ctx.body, 12, 150), ctx.body)
    names = d["names"][: rng.randint(2, 6)]
    marked = [f"{n}（{i + 1}）" for i, n in enumerate(names)]
    cut = (len(marked) + 1) // 2 if len(marked) > 3 else len(marked)
    rows = [("项目名称", d["title"]), ("奖励类别", "科技进步类"), ("奖励等级", d["grade"]),
            ("主要完成人（排序）", ""), ("授奖单位", d["issuer"]),
            ("授奖时间", P.fmonth(d["when"].year, d["when"].month, d["form"]))]  # fmt: skip
    size = fits(d["title"], ctx.body, 12, 118)
    y0 = 56
    form(pg, ctx, 22, y0, 44, 122, rows, size, 13)
    chunks = ["，".join(marked[:cut]), "，".join(marked[cut:])]
    chunks = [c for c in chunks if c]
    yy = y0 + 13 * 3 + (1.8 if len(chunks) == 2 else 4.4)
    for c in chunks:
        pg.text(22 + 47, yy, c, fits(c, ctx.body, 11, 116), ctx.body)
        yy += 5.0
    seal(pg, ctx, pg.w - 60, y0 + 13 * 5 + 6, d["issuer"])
    return (
        [pg],
        None,
        [person(n, i + 1, "awardee") for i, n in enumerate(names)],
        P.ym(d["when"].year, d["when"].month),
    )


# ---- project completion ------------------------------------------------------------------------
PROJECT_ISSUERS = ["{p}省教育科学规划领导小组办公室", "{c}市社会科学界联合会", "{p}省卫生健康委员会", "{c}市科学技术局",
                   "{p}省哲学社会科学规划办公室", "{c}市教育科学研究院"]  # fmt: skip
GRADINGS = ["优秀", "良好", "合格"]
PROJ_ALL = ["holder", "title", "people", "issuer", "issued_on"]


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project")
    rng = ctx.rng
    pl = P.somewhere(rng)
    issuer = rng.choice(PROJECT_ISSUERS).format(p=pl.prov, c=pl.city)
    start = rng.randint(2015, 2022)
    done = dt.date(start + rng.randint(1, 3), rng.randint(1, 12), rng.randint(1, 28))
    names = P.crowd(rng, rng.randint(2, 7))
    code = f"{pl.city[0].upper()}{start}{rng.choice(['GH', 'ZD', 'YB', 'KT', 'JY'])}{rng.randint(1, 299):03d}"
    d = dict(pl=pl, issuer=issuer, start=start, done=done, names=names, code=code, title=P.project_title(rng, pl),
             unit=P.workplace(rng, pl), form=rng.choice(P.DATE_FORMS[:7]), grade=rng.choice(GRADINGS))  # fmt: skip
    build = {"certificate": _pj_certificate, "leader": _pj_leader, "appraisal": _pj_appraisal, "wide": _pj_wide,
             "acceptance": _pj_acceptance, "blanks": _pj_blanks}[v]  # fmt: skip
    pages, team, issued = build(ctx, d)
    people = [person(n, i + 1, "project_leader" if i == 0 else "project_member") for i, n in enumerate(team)]
    fields = dict(holder=team[0] if len(team) == 1 else None, title=d["title"], people=people, issuer=d["issuer"],
                  issued_on=issued)  # fmt: skip
    year = int(issued[:4])
    return make("project_completion", "project", v, pages, fields, PROJ_ALL, rng.choice(team), year)


def _pj_certificate(ctx: Ctx, d: dict) -> tuple:
    rng = ctx.rng
    pg = Page()
    frame(pg, ctx, 2)
    pg.text(pg.w - 26, 20, f"结题证书号：JT{d['done'].year}{rng.randint(1, 999):03d}", 10.5, ctx.body, "r")
    center(pg, 42, "结 题 证 书", 28, ctx.bold)
    team = d["names"] if rng.random() < 0.8 else d["names"][:1]
    rows = [("课题名称", d["title"]), ("课题编号", d["code"]), ("课题类别", rng.choice(["重点课题", "一般课题", "专项课题"])),
            ("主 持 人", team[0]), ("所在单位", d["unit"])]  # fmt: skip
    if len(team) > 1:
        rows.append(("课题组成员", "、".join(team[1:])))
    y = 76
    for lab, val in rows:
        pg.text(30, y, f"{lab}：", 13.5, ctx.body)
        y = pg.wrap(62 if len(lab) <= 4 else 67, y, pg.w - 96, val, 13.5, ctx.body, lead=1.8) + 3
    y = pg.wrap(30, y + 6, pg.w - 60, f"该课题已完成预定研究任务，经专家鉴定，鉴定等级为{d['grade']}，准予结题。特发此证。",
                13.5, ctx.body, lead=1.9, indent=9.5)  # fmt: skip
    month = rng.random() < 0.5
    ds = P.fmonth(d["done"].year, d["done"].month, d["form"]) if month else P.fdate(d["done"], d["form"])
    pg.text(pg.w - 30, 228, d["issuer"], 13.5, ctx.body, "r")
    pg.text(pg.w - 30, 239, ds, 13.5, ctx.body, "r")
    seal(pg, ctx, pg.w - 58, 232, d["issuer"])
    return [pg], team, P.ym(d["done"].year, d["done"].month) if month else P.iso(d["done"])


def _pj_leader(ctx: Ctx, d: dict) -> tuple:
    pg = Page()
    y = center(pg, 40, "结 题 证 明", 24, ctx.bold) + 16
    lead = d["names"][0]
    text = (f"兹证明{d['unit']}{lead}同志主持的{d['issuer']}{d['start']}年度立项课题《{d['title']}》（课题编号："
            f"{d['code']}）已按计划完成研究任务，经专家组鉴定，同意结题，鉴定等级为{d['grade']}。")  # fmt: skip
    y = pg.wrap(28, y, pg.w - 56, text, 14, ctx.body, lead=2.0, indent=10)
    pg.wrap(28, y + 2, pg.w - 56, "特此证明。", 14, ctx.body, indent=10)
    pg.text(pg.w - 30, 200, d["issuer"], 13.5, ctx.body, "r")
    pg.text(pg.w - 30, 211, P.fdate(d["done"], d["form"]), 13.5, ctx.body, "r")
    seal(pg, ctx, pg.w - 58, 205, d["issuer"])
    return [pg], [lead], P.iso(d["done"])


def _pj_appraisal(ctx: Ctx, d: dict) -> tuple:
    rng = ctx.rng
    pg = Page()
    y = center(pg, 20, f"{d['issuer']}", fits(d["issuer"], ctx.body, 13, pg.w - 40), ctx.body)
    y = center(pg, y, "课题结题鉴定审批表", 19, ctx.bold) + 4
    team = d["names"]
    begin = dt.date(d["start"], rng.randint(3, 12), rng.randint(1, 28))
    rows = [("课题名称", d["title"]), ("课题编号", d["code"]), ("主持人", team[0]), ("工作单位", d["unit"]),
            ("课题组成员", "、".join(team[1:])), ("立项时间", P.fdate(begin, "plain")),
            ("申请结题时间", P.fdate(P.shift(d["done"], -rng.randint(20, 60)), "plain"))]  # fmt: skip
    size = min(fits(d["title"], ctx.body, 11.5, 122), fits("、".join(team[1:]), ctx.body, 11.5, 122))
    y = form(pg, ctx, 20, y, 40, 130, rows, size, 11)
    pg.rect(20, y, 190, y + 50, 0.3)
    pg.text(24, y + 3, "专家组鉴定意见：", 11.5, ctx.bold)
    hand(pg, ctx, 30, y + 13, "该课题选题有现实意义，研究方法得当，成果可推广，", 12.5)
    hand(pg, ctx, 30, y + 22, f"同意结题，鉴定等级：{d['grade']}。", 12.5)
    hand(pg, ctx, 140, y + 36, f"组长：{P.crowd(rng, 1)[0]}", 12.5)
    y += 50
    pg.rect(20, y, 190, y + 46, 0.3)
    pg.text(24, y + 3, "规划管理部门意见：", 11.5, ctx.bold)
    hand(pg, ctx, 44, y + 14, "同意结题。", 15)
    dd = d["done"]
    runs(
        pg,
        ctx,
        118,
        y + 34,
        [(str(dd.year), 14), "年", (str(dd.month), 8), "月", (str(dd.day), 8), "日"],
        11.5,
    )
    seal(pg, ctx, 140, y + 28, d["issuer"])
    return [pg], team, P.iso(dd)


def _pj_wide(ctx: Ctx, d: dict) -> tuple:
    rng = ctx.rng
    pg = Page(w=297, h=210)
    frame(pg, ctx, 3)
    z = rng.choice(["han", "hanzero"])
    center(pg, 26, spaced("结题证书"), 28, ctx.bold, RED)
    team = d["names"][: rng.randint(2, len(d["names"]))]
    y = 56
    lines = [f"项目名称：{d['title']}", f"项目编号：{d['code']}", f"项目负责人：{team[0]}",
             f"项目组成员：{'  '.join(team[1:])}"]  # fmt: skip
    for s in lines:
        pg.text(50, y, s, fits(s, ctx.body, 14.5, pg.w - 100), ctx.body)
        y += lh(14.5, 2.0)
    pg.wrap(
        50, y + 3, pg.w - 100, "经审核，该项目已完成研究任务，同意结题，特发此证。", 14.5, ctx.body, indent=10
    )
    pg.text(pg.w - 50, 158, d["issuer"], 14, ctx.body, "r")
    pg.text(pg.w - 50, 170, P.fmonth(d["done"].year, d["done"].month, z), 14, ctx.body, "r")
    seal(pg, ctx, pg.w - 80, 166, d["issuer"], 20)
    return [pg], team, P.ym(d["done"].year, d["done"].month)


def spaced(s: str) -> str:
    return "  ".join(s)


def _pj_acceptance(ctx: Ctx, d: dict) -> tuple:
    rng = ctx.rng
    d_issuer = f"{d['pl'].city}市科学技术局"
    d["issuer"] = d_issuer
    pages = []
    p1 = Page()
    center(p1, 50, f"{d['pl'].city}市科技计划项目", 18, ctx.bold)
    center(p1, 66, "验 收 证 书", 28, ctx.bold)
    y = 110
    for lab, val in [("项目名称", d["title"]), ("项目编号", d["code"]), ("承担单位", d["unit"]),
                     ("项目负责人", d["names"][0]), ("组织验收单位", d_issuer)]:  # fmt: skip
        p1.text(34, y, f"{lab}：", 13.5, ctx.body)
        y = p1.wrap(70, y, p1.w - 100, val, 13.5, ctx.body, lead=1.8) + 6
    p1.text(
        34, y + 4, f"验收日期：{P.fdate(P.shift(d['done'], -rng.randint(5, 30)), d['form'])}", 13.5, ctx.body
    )
    pages.append(p1)
    p2 = Page()
    center(p2, 22, "主要研究人员名单", 15, ctx.bold)
    rows = [["序号", "姓名", "工作单位", "职称", "承担任务"]]
    tasks = ["项目总体设计", "试验方案实施", "数据采集与分析", "示范推广", "技术集成", "报告撰写", "田间管理"]
    for i, n in enumerate(d["names"]):
        rows.append([str(i + 1), n, P.workplace(rng, d["pl"]), rng.choice(["研究员", "高级工程师", "工程师", "副教授"]),
                     "项目负责人" if i == 0 else tasks[i % len(tasks)]])  # fmt: skip
    y = p2.table(18, 32, [14, 26, 70, 28, 36], rows, 10.5, ctx.body, row_h=11, header_font=ctx.bold) + 10
    p2.text(18, y, "验收意见：", 12, ctx.bold)
    y = p2.wrap(18, y + 8, p2.w - 36, "该项目完成了合同规定的各项任务指标，技术资料齐全，数据翔实，经费使用合理，"
                "验收委员会同意通过验收。", 12, ctx.body, lead=1.8, indent=8.5)  # fmt: skip
    p2.text(p2.w - 30, y + 24, f"{d_issuer}（盖章）", 13, ctx.body, "r")
    p2.text(p2.w - 30, y + 35, P.fdate(d["done"], d["form"]), 13, ctx.body, "r")
    seal(p2, ctx, p2.w - 60, y + 28, d_issuer)
    pages.append(p2)
    return pages, d["names"], P.iso(d["done"])


def _pj_blanks(ctx: Ctx, d: dict) -> tuple:
    pg = Page()
    frame(pg, ctx, 1)
    center(pg, 40, "课题结题证明", 24, ctx.bold)
    lead = d["names"][0]
    sz = 14
    y = 72
    runs(pg, ctx, 28, y, [(lead, 30), "同志主持的课题："], sz)
    y += 15
    tw = min(150.0, max(96.0, len(d["title"]) * 6.0))
    hand(
        pg, ctx, 28 + tw / 2, y - 0.6, f"《{d['title']}》", fits(d["title"] + "《》", ctx.hand, 14.5, tw), "c"
    )
    pg.line(28, y + 6.4, 28 + tw, y + 6.4, 0.25)
    y += 15
    runs(pg, ctx, 28, y, ["（立项编号：", (d["code"], 48), "），经专家评审鉴定，"], sz)
    y += 15
    runs(pg, ctx, 28, y, ["鉴定等级为", (d["grade"], 22), "，准予结题。"], sz)
    y += 15
    pg.text(38, y, "特此证明。", sz, ctx.body)
    pg.text(pg.w - 30, 200, d["issuer"], 13.5, ctx.body, "r")
    dd = d["done"]
    runs(
        pg,
        ctx,
        pg.w - 86,
        212,
        [(str(dd.year), 16), "年", (str(dd.month), 9), "月", (str(dd.day), 9), "日"],
        13.5,
    )
    seal(pg, ctx, pg.w - 60, 206, d["issuer"])
    pg.text(28, 262, "注：本证明需加盖公章方有效", 9.5, ctx.body, color=GREY)
    return [pg], [lead], P.iso(dd)
