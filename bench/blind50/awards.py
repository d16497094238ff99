"""Draw 50's award certificates (government science awards, honour certificates, social-science awards,
competitions, department awards in booklets, annotated photocopies) and project completion certificates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind50 import kit
from bench.blind50.kit import GREY, INK, RED, fit, lh, para, seal
from bench.blind50.pools import City, Ctx, Profession, cn_year, era, fmt_date, fmt_month, names
from bench.blind50.training import claim, make_doc
from bench.generator.truth import person

AWARD = "award_certificate"
PROJ = "project_completion"
CN_RANK = "一二三四五六七八九十"
COUNTIES = {
    "kaifeng": ("杞县", "通许县", "尉氏县", "兰考县", "祥符区"),
    "taian": ("新泰市", "肥城市", "宁阳县", "东平县", "岱岳区"),
}
# department awards: profession -> (award name after the province, department after the province, kind)
DEPT = {
    "water": ("水利科技进步奖", "水利厅", "science_technology"),
    "radio": ("医学科技奖", "卫生健康委员会", "science_technology"),
    "eye": ("医学科技奖", "卫生健康委员会", "science_technology"),
    "nurse": ("医学科技奖", "卫生健康委员会", "science_technology"),
    "pharm": ("医学科技奖", "卫生健康委员会", "science_technology"),
    "seed": ("农牧渔业丰收奖", "农业农村厅", "other"),
    "vet": ("农牧渔业丰收奖", "农业农村厅", "other"),
    "teach": ("教育科研优秀成果奖", "教育厅", "social_science"),
    "acct": ("教育科研优秀成果奖", "教育厅", "social_science"),
    "civil": ("建设科技进步奖", "住房和城乡建设厅", "science_technology"),
    "env": ("环境保护科学技术奖", "生态环境厅", "science_technology"),
    "met": ("气象科学技术研究成果奖", "气象局", "science_technology"),
}  # fmt: skip
COMPETITIONS = {
    "pharm": ("医药行业职业技能竞赛", "药品调剂"), "teach": ("中小学（幼儿园）教师教学技能大赛", "学前教育组"),
    "nurse": ("养老护理员职业技能大赛", "养老护理"), "vet": ("动物疫病防治员职业技能竞赛", "动物疫病防治"),
    "water": ("水利行业职业技能竞赛", "闸门运行工"), "power": ("电力行业职业技能竞赛", "配电线路工"),
    "acct": ("会计知识大赛", "财务会计实务"), "survey": ("测绘地理信息职业技能竞赛", "工程测量员"),
    "forest": ("林业有害生物防治员技能竞赛", "林业有害生物防治"), "seed": ("农作物种子繁育员技能竞赛", "种子检验"),
    "env": ("生态环境监测专业技术人员大比武", "水质监测"), "radio": ("医学影像技术技能竞赛", "CT技术"),
}  # fmt: skip
GRADES = ("一等奖", "二等奖", "三等奖", "二等奖", "三等奖", "特等奖")


@dataclass
class Award:
    c: City
    p: Profession
    year: int
    title: str
    name: str
    kind: str
    level: str
    grade: str
    issuer: str
    team: list[str]
    claimant: str
    rank: int
    number: str
    date: dt.date
    month_only: bool

    @property
    def issued_on(self) -> str:
        return self.date.strftime("%Y-%m") if self.month_only else self.date.isoformat()

    def date_s(self, style: str) -> str:
        if self.month_only:
            return fmt_month(self.date.year, self.date.month, "upper" if style == "upper" else "cn")
        return fmt_date(self.date, style)


def _award(ctx: Ctx, giver: str) -> Award:
    """`giver`: province, city, county (人民政府), social, dept or competition."""
    rng = ctx.rng
    c = ctx.city()
    y = ctx.year(c)
    if giver == "dept":
        p = ctx.choice([q for q in _profs() if q.key in DEPT])
    elif giver == "competition":
        p = ctx.choice([q for q in _profs() if q.key in COMPETITIONS])
    elif giver == "social":
        p = ctx.choice([q for q in _profs() if q.key in ("teach", "acct", "museum")])
    else:
        p = ctx.profession()
    title = rng.choice(era(p.awards, c) if giver not in ("social",) else era(p.projects, c))
    grade = rng.choice(GRADES[:3] if giver != "province" else GRADES)
    kind, level = "science_technology", "municipal"
    if giver == "province":
        name, issuer, level = f"{c.prov}科学技术进步奖", f"{c.prov}人民政府", "provincial"
    elif giver == "city":
        name, issuer = f"{c.name}科学技术进步奖", f"{c.name}人民政府"
    elif giver == "county":
        county = rng.choice(COUNTIES[c.key])
        name, issuer, level = f"{county}科学技术进步奖", f"{county}人民政府", "county"
    elif giver == "social":
        prov = rng.random() < 0.4
        name = f"{c.prov if prov else c.name}社会科学优秀成果奖"
        issuer = f"{c.prov if prov else c.name}人民政府"
        kind, level = "social_science", "provincial" if prov else "municipal"
    elif giver == "dept":
        an, dept, kind = DEPT[p.key]
        if c.key == "kaifeng":
            dept = {
                "卫生健康委员会": "卫生和计划生育委员会",
                "农业农村厅": "农业厅",
                "生态环境厅": "环境保护厅",
            }.get(dept, dept)
        name, issuer, level = f"{c.prov}{an}", f"{c.prov}{dept}", "bureau"
    else:
        comp, item = COMPETITIONS[p.key]
        prov = rng.random() < 0.35
        name = f"{c.prov if prov else c.name}{comp}"
        issuer = (
            f"{c.prov if prov else c.name}人力资源和社会保障局"
            if not prov
            else f"{c.prov}人力资源和社会保障厅"
        )
        if p.key == "teach":
            issuer = f"{c.prov}教育厅" if prov else f"{c.name}教育局"
        kind, level, title = "competition", "provincial" if prov else "municipal", item
        grade = rng.choice(("一等奖", "二等奖", "三等奖", "优秀奖"))
    team = names(rng, rng.randint(1, 1) if giver == "competition" else rng.randint(2, 9))
    rank = rng.randint(1, len(team))
    month = rng.choice((10, 11, 12, 12)) if giver != "competition" else rng.randint(4, 11)
    date = dt.date(y, month, rng.randint(1, 28))
    month_only = giver in ("province", "city", "social") and rng.random() < 0.4
    g = {"特等奖": "0", "一等奖": "1", "二等奖": "2", "三等奖": "3"}.get(grade, "4")
    number = rng.choice((f"{y}-J-{rng.randint(100, 399)}-{g}-{rng.randint(1, 60):02d}-R{rank:02d}",
                         f"{c.doc_abbr}奖字〔{y}〕{rng.randint(1, 300)}号", f"No.{y}{rng.randint(10000, 99999)}"))  # fmt: skip
    return Award(c, p, y, title, name, kind, level, grade, issuer, team, team[rank - 1], rank, number, date,
                 month_only)  # fmt: skip


def _profs() -> tuple[Profession, ...]:
    from bench.blind50.pools import PROFESSIONS

    return PROFESSIONS


def _award_fields(a: Award, people: list[dict], holder: str | None) -> tuple[dict, list[str]]:
    fields = {
        "holder": holder, "title": a.title, "people": people, "issuer": a.issuer, "issued_on": a.issued_on,
        "award": {"name": a.name, "kind": a.kind, "level": a.level, "grade": a.grade},
    }  # fmt: skip
    scored = ["holder", "title", "people", "issuer", "issued_on", "award.name", "award.kind", "award.level",
              "award.grade"]  # fmt: skip
    return fields, scored


def award_certificate(ctx: Ctx, k: int) -> Doc:
    layout = ctx.layout(AWARD)
    return {
        "gov_portrait": _gov, "honor_landscape": _honor, "social_science": _social, "competition": _competition,
        "booklet_bureau": _booklet, "copy_annotated": _copy,
    }[layout](ctx, layout)  # fmt: skip


def _rank_s(ctx: Ctx, r: int) -> str:
    return ctx.rng.choice((f"第{CN_RANK[r - 1]}完成人", f"第{r}完成人", f"排名第{r}"))


def _sign(pg: Page, ctx: Ctx, issuer: str, date_s: str, y: float, xr: float, size: float = 14) -> None:
    w = max(width_mm(issuer, ctx.body, size), width_mm(date_s, ctx.body, size))
    cx = xr - w / 2
    pg.text(cx, y, issuer, size, ctx.body, "c")
    pg.text(cx, y + lh(size, 1.8), date_s, size, ctx.body, "c")
    seal(pg, ctx, cx + ctx.rng.uniform(-5, 5), y + 4, issuer, 20)


def _gov(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    a = _award(ctx, rng.choice(("province", "city")))
    pg = Page()
    kit.frame(pg, 2, (180, 140, 50))
    pg.text(pg.w / 2, 40, a.name, 20, ctx.bold, "c", (170, 30, 30))
    pg.text(pg.w / 2, 56, "证    书", 30, ctx.bold, "c", (170, 30, 30))
    y = 86.0
    y = para(pg, 30, y, 150, f"为表彰{a.name}获得者，特颁发此证书。", 13.5, ctx.body, 1.9)
    y += 6
    pairs = [
        ("项目名称", a.title),
        ("奖励等级", a.grade),
        ("获 奖 者", f"{a.claimant}（{_rank_s(ctx, a.rank)}）"),
    ]
    y = kit.kv(pg, ctx, 36, y, pairs, 13.5, 30, "：", 2.2, 114)
    pg.text(36, y + 2, f"证书号：{a.number}", 11, ctx.body, "l", GREY)
    _sign(pg, ctx, a.issuer, a.date_s("upper"), max(y + 30, 225), pg.w - 34)
    fields, scored = _award_fields(a, [person(a.claimant, a.rank, "awardee")], a.claimant)
    return make_doc(AWARD, layout, [pg], fields, scored, claim(a.claimant, a.year, a.c))


def _honor(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    a = _award(ctx, rng.choice(("province", "city", "county", "dept")))
    pg = Page(297, 210, bg=(255, 253, 247))
    kit.frame(pg, 1, (190, 40, 40))
    pg.text(pg.w / 2, 30, "荣 誉 证 书", 30, ctx.bold, "c", (190, 30, 30))
    y = 64.0
    pg.text(40, y, f"{a.claimant}  同志：", 16, ctx.body)
    y += lh(16, 2.1)
    s = (
        f"你参与完成的“{a.title}”项目，荣获{a.year}年度{a.name}{a.grade}（{_rank_s(ctx, a.rank)}）。"
        f"{ctx.pick('t50.award.close')}"
    )
    y = para(pg, 40, y, 217, s, 16, ctx.body, 2.0)
    pg.text(40, pg.h - 32, f"证书编号：{a.number}", 10, ctx.body, "l", GREY)
    _sign(pg, ctx, a.issuer, a.date_s(rng.choice(("upper", "cn"))), max(y + 18, 150), pg.w - 40, 15)
    fields, scored = _award_fields(a, [person(a.claimant, a.rank, "awardee")], a.claimant)
    return make_doc(AWARD, layout, [pg], fields, scored, claim(a.claimant, a.year, a.c))


def _social(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    a = _award(ctx, "social")
    a.team = a.team[: rng.choice((1, 2, 3))]
    a.rank = 1 if a.claimant not in a.team else a.team.index(a.claimant) + 1
    a.claimant = a.team[a.rank - 1]
    pg = Page()
    kit.frame(pg, 1, (40, 80, 140))
    pg.text(pg.w / 2, 36, a.name, 19, ctx.bold, "c")
    pg.text(pg.w / 2, 52, "获 奖 证 书", 28, ctx.bold, "c", (160, 30, 30))
    form = rng.choice(("论文", "研究报告", "专著"))
    rows = [["成果名称", a.title], ["成果形式", form], ["作    者", "  ".join(a.team)], ["奖励等级", a.grade],
            ["证书编号", a.number]]  # fmt: skip
    y = pg.table(28, 80, [34, 120], rows, 12, ctx.body, row_h=16)
    y += 10
    y = para(
        pg,
        30,
        y,
        150,
        f"该成果荣获{a.year}年度{a.name}{a.grade}。{ctx.pick('t50.award.close')}",
        13,
        ctx.body,
        1.9,
    )
    _sign(pg, ctx, a.issuer, a.date_s(rng.choice(("upper", "cn"))), max(y + 24, 225), pg.w - 34)
    people = [person(n, i, "awardee") for i, n in enumerate(a.team, 1)]
    holder = a.team[0] if len(a.team) == 1 else None
    fields, scored = _award_fields(a, people, holder)
    return make_doc(AWARD, layout, [pg], fields, scored, claim(a.claimant, a.year, a.c))


def _competition(ctx: Ctx, layout: str) -> Doc:
    a = _award(ctx, "competition")
    pg = Page(297, 210)
    pg.rect(0, 0, pg.w, pg.h, 0, (200, 40, 40), (200, 40, 40))
    pg.rect(12, 12, pg.w - 12, pg.h - 12, 0, (255, 250, 240), (255, 250, 240))
    kit.frame(pg, 3, (200, 160, 60), 16)
    pg.text(pg.w / 2, 30, "荣 誉 证 书", 30, ctx.bold, "c", (180, 30, 30))
    y = 66.0
    pg.text(45, y, f"{a.claimant}：", 16, ctx.body)
    y += lh(16, 2.1)
    s = f"在{a.year}年{a.name}中，荣获{a.title}项目{a.grade}。{ctx.pick('t50.award.close')}"
    y = para(pg, 45, y, 207, s, 16, ctx.body, 2.0)
    y += 4
    pg.text(60, y, f"参赛项目：{a.title}", 13, ctx.body)
    pg.text(60, y + 9, f"奖励等级：{a.grade}", 13, ctx.body)
    _sign(pg, ctx, a.issuer, a.date_s("cn"), max(y + 26, 150), pg.w - 45, 14)
    fields, scored = _award_fields(a, [person(a.claimant, 1, "awardee")], a.claimant)
    return make_doc(AWARD, layout, [pg], fields, scored, claim(a.claimant, a.year, a.c))


def _booklet(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    a = _award(ctx, "dept")
    pg = Page(297, 210, bg=(250, 246, 236))
    pg.line(pg.w / 2, 6, pg.w / 2, pg.h - 6, 0.6, (190, 180, 160))
    pg.text(pg.w / 4, 60, a.name, 16, ctx.bold, "c", (160, 30, 30))
    pg.text(pg.w / 4, 80, "证  书", 28, ctx.bold, "c", (160, 30, 30))
    pg.text(pg.w / 4, 150, f"证书编号：{a.number}", 10, ctx.body, "c", GREY)
    rx = pg.w / 2 + 18
    y = 30.0
    pg.text(rx, y, f"证书持有人：{a.claimant}", 13, ctx.body)
    y += lh(13, 2.4)
    pairs = [("项目名称", a.title), ("奖励类别", a.name), ("奖励等级", a.grade),
             ("主要完成人", "、".join(a.team))]  # fmt: skip
    y = kit.kv(pg, ctx, rx, y, pairs, 11.5, 27, "：", 2.1, 85)
    y = para(pg, rx, y + 2, 112, f"{ctx.pick('t50.award.close')}", 12, ctx.body, 1.8)
    _sign(pg, ctx, a.issuer, a.date_s(rng.choice(("upper", "cn0"))), max(y + 14, 160), pg.w - 26, 12.5)
    people = [person(n, i, "awardee") for i, n in enumerate(a.team, 1)]
    fields, scored = _award_fields(a, people, a.claimant)
    return make_doc(AWARD, layout, [pg], fields, scored, claim(a.claimant, a.year, a.c))


def _copy(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    a = _award(ctx, rng.choice(("city", "county")))
    pg = Page(bg=(244, 244, 242))
    kit.frame(pg, 0, (90, 90, 90))
    pg.text(pg.w / 2, 34, "获 奖 证 书", 26, ctx.bold, "c", (60, 60, 60))
    y = 62.0
    s = (
        f"{a.claimant}同志在“{a.title}”项目中做出突出贡献，该项目获{a.year}年度{a.name}，奖励等级：{a.grade}。"
        f"{ctx.pick('t50.award.close')}"
    )
    y = para(pg, 28, y, 154, s, 14, ctx.body, 2.0)
    pg.text(36, y + 4, f"完成人排序：{_rank_s(ctx, a.rank)}", 13, ctx.body)
    pg.text(36, y + 13, f"证书编号：{a.number}", 11, ctx.body, "l", GREY)
    yb = max(y + 40, 190)
    _sign(pg, ctx, a.issuer, a.date_s(rng.choice(("upper", "cn"))), yb, pg.w - 32)
    # the audit annotation: a copy certified by the employer, its seal over the handwriting
    kit.hand(pg, ctx, 30, yb + 38, "复印件与原件一致", 15, RED)
    kit.scribble(pg, ctx, 30, yb + 48, 24, RED)
    kit.hand(
        pg, ctx, 60, yb + 48, fmt_date(a.date + dt.timedelta(days=rng.randint(60, 200)), "dot1"), 12, RED
    )
    from bench.blind50.pools import unit

    seal(pg, ctx, 58, yb + 44, unit(a.p, a.c, rng), 17)
    kit.noise(pg, ctx, ("edge", "smudge", "holes"))
    fields, scored = _award_fields(a, [person(a.claimant, a.rank, "awardee")], a.claimant)
    return make_doc(AWARD, layout, [pg], fields, scored, claim(a.claimant, a.year, a.c))


# ---- project completion ------------------------------------------------------------------------------
@dataclass
class Project:
    c: City
    p: Profession
    year: int
    title: str
    number: str
    issuer: str
    leader: str
    members: list[str]
    claimant: str
    started: dt.date
    date: dt.date
    grade: str

    def people(self) -> list[dict]:
        return [person(self.leader, 1, "project_leader")] + [
            person(n, i, "project_member") for i, n in enumerate(self.members, 2)
        ]


def _project(ctx: Ctx) -> Project:
    rng = ctx.rng
    c = ctx.city()
    y = ctx.year(c)
    p = ctx.profession()
    title = rng.choice(era(p.projects, c))
    soc = p.key in ("teach", "acct", "museum")
    issuers = ([f"{c.prov}教育科学规划领导小组办公室", f"{c.name}社会科学界联合会", f"{c.prov}哲学社会科学规划办公室"]
               if soc else [f"{c.name}科学技术局", f"{c.prov}科学技术厅", f"{c.name}科学技术协会"])  # fmt: skip
    if p.key in ("radio", "eye", "nurse", "pharm"):
        issuers.append(c.health if rng.random() < 0.5 else f"{c.prov}医学会")
    issuer = rng.choice(issuers)
    team = names(rng, rng.randint(2, 7))
    leader, members = team[0], team[1:]
    claimant = rng.choice(team)
    started = dt.date(y - rng.choice((1, 2)), rng.randint(3, 10), rng.randint(1, 28))
    date = dt.date(y, rng.randint(3, 12), rng.randint(1, 28))
    number = rng.choice((f"{y - 1}-JKGHYB-{rng.randint(1, 999):04d}", f"{c.doc_abbr}科{y - 1}{rng.randint(1, 99):02d}",
                         f"{'KF' if c.key == 'kaifeng' else 'TA'}{y - 1}-S{rng.randint(1, 120):03d}",
                         f"{y - 1}{rng.choice(('GH', 'ZC', 'YB'))}{rng.randint(100, 999)}"))  # fmt: skip
    return Project(c, p, y, title, number, issuer, leader, members, claimant, started, date,
                   rng.choice(("优秀", "良好", "合格", "良好")))  # fmt: skip


def _proj_fields(t: Project) -> tuple[dict, list[str]]:
    fields = {"holder": t.leader, "title": t.title, "people": t.people(), "issuer": t.issuer,
              "issued_on": t.date.isoformat()}  # fmt: skip
    return fields, ["holder", "title", "people", "issuer", "issued_on"]


def project_completion(ctx: Ctx, k: int) -> Doc:
    layout = ctx.layout(PROJ)
    return {
        "cert_portrait": _p_portrait, "table_form": _p_table, "landscape_seal": _p_landscape,
        "system_print": _p_system, "app_ecert": _p_app, "booklet_two_page": _p_booklet,
    }[layout](ctx, layout)  # fmt: skip


def _lead_word(ctx: Ctx) -> str:
    return ctx.rng.choice(("主持人", "负责人", "课题主持人", "项目负责人"))


def _p_portrait(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = _project(ctx)
    pg = Page()
    kit.frame(pg, rng.randrange(4), (150, 30, 30))
    pg.text(pg.w / 2, 40, "结 题 证 书", 30, ctx.bold, "c", (160, 30, 30))
    pg.text(pg.w - 28, 62, f"证书编号：JT{t.year}{rng.randint(100, 999)}", 10, ctx.body, "r")
    y = 80.0
    s = (
        f"由{t.leader}主持的课题《{t.title}》（课题编号：{t.number}），经鉴定，研究成果达到预期目标，"
        f"鉴定等级为{t.grade}。{ctx.pick('t50.proj.close')}"
    )
    y = para(pg, 30, y, 150, s, 14, ctx.body, 2.0)
    y += 6
    y = kit.kv(pg, ctx, 34, y, [("课题组成员", "、".join(t.members))], 13, 30, "：", 2.0, 112)
    ds = fmt_date(t.date, ctx.pick("t50.date.cert"))
    _sign(pg, ctx, t.issuer, ds, max(y + 30, 220), pg.w - 30)
    fields, scored = _proj_fields(t)
    return make_doc(PROJ, layout, [pg], fields, scored, claim(t.claimant, t.year, t.c))


def _p_table(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = _project(ctx)
    pg = Page()
    head = f"{t.issuer}科研项目结题证明"
    for i, ln in enumerate([head] if len(head) <= 18 else [t.issuer, "科研项目结题证明"]):
        fit(pg, pg.w / 2, 24 + i * 10, ln, 17, ctx.bold, 170, "c")
    rows = [["项目名称", t.title], ["项目编号", t.number], [_lead_word(ctx), t.leader],
            ["主要参与人员", "、".join(t.members)], ["承担单位", rng.choice(t.p.units).format(c=t.c.short)],
            ["立项时间", fmt_date(t.started, "cn")], ["结题时间", fmt_date(t.date, "cn")], ["鉴定等级", t.grade]]  # fmt: skip
    y = pg.table(22, 50, [36, 130], rows, 11, ctx.body, row_h=14)
    y += 10
    y = para(pg, 24, y, 162, f"经审核，该项目已按计划完成研究任务，提交了研究报告等成果材料，{ctx.pick('t50.proj.close')}", 12,
             ctx.body, 1.9)  # fmt: skip
    ds = fmt_date(t.date, rng.choice(("cn", "dot", "cn0")))
    _sign(pg, ctx, t.issuer, ds, max(y + 20, 220), pg.w - 30, 12.5)
    kit.noise(pg, ctx)
    fields, scored = _proj_fields(t)
    return make_doc(PROJ, layout, [pg], fields, scored, claim(t.claimant, t.year, t.c))


def _p_landscape(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = _project(ctx)
    pg = Page(297, 210, bg=(255, 254, 248))
    kit.frame(pg, 2, (170, 130, 40))
    pg.text(pg.w / 2, 30, "结 项 证 书", 28, ctx.bold, "c", (150, 30, 30))
    y = 58.0
    s = f"{t.issuer}立项的研究项目《{t.title}》（编号：{t.number}）已完成预定研究任务，{ctx.pick('t50.proj.close')}"
    y = para(pg, 38, y, 221, s, 15, ctx.body, 2.0)
    y += 4
    pg.text(48, y, f"{_lead_word(ctx)}：{t.leader}", 14, ctx.body)
    y += lh(14, 2.0)
    y = kit.kv(pg, ctx, 48, y, [("成    员", "  ".join(t.members))], 14, 24, "：", 2.0, 180)
    ds = fmt_date(t.date, rng.choice(("upper", "cn")))
    _sign(pg, ctx, t.issuer, ds, max(y + 12, 150), pg.w - 40)
    fields, scored = _proj_fields(t)
    return make_doc(PROJ, layout, [pg], fields, scored, claim(t.claimant, t.year, t.c))


def _p_system(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = _project(ctx)
    pg = Page()
    now = t.date + dt.timedelta(days=rng.randint(3, 90))
    kit.browser_print(pg, ctx, f"{now.year}/{now.month}/{now.day} {rng.randint(8, 18)}:{rng.randint(10, 59)}",
                      "项目详情", f"http://kjgl.{t.c.key}.gov.cn/project/view?id={rng.randint(10000, 99999)}")  # fmt: skip
    y = kit.web_banner(pg, ctx, 12, f"{t.issuer}科研项目管理系统", ["首页", "项目申报", "中期检查", "结题管理", "成果登记"],
                       (30, 90, 150))  # fmt: skip
    pg.text(14, y, "结题管理 > 项目详情", 8.5, ctx.sans, "l", GREY)
    y += 9
    rows = [["项目名称", t.title], ["项目编号", t.number], ["项目负责人", t.leader], ["项目组成员", "，".join(t.members)],
            ["管理单位", t.issuer], ["立项日期", fmt_date(t.started, "iso")], ["项目状态", "已结题"],
            ["结题日期", fmt_date(t.date, "iso")], ["结题等级", t.grade]]  # fmt: skip
    y = pg.table(14, y, [36, pg.w - 28 - 36], rows, 10, ctx.body, row_h=11)
    pg.rect(14, y + 8, 50, y + 16, 0, (30, 90, 150), (30, 90, 150))
    pg.text(32, y + 9.6, "打印结题证书", 9, ctx.sans, "c", (255, 255, 255))
    fields, scored = _proj_fields(t)
    return make_doc(PROJ, layout, [pg], fields, scored, claim(t.claimant, t.year, t.c))


def _p_app(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = _project(ctx)
    pg = kit.phone_page(ctx, 180)
    y = kit.status_bar(pg, ctx, f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}")
    y = kit.app_bar(pg, ctx, y, "电子结题证书")
    top = y + 5
    pg.rect(5, top, pg.w - 5, top + 128, 0.8, (160, 40, 40), (255, 251, 245))
    pg.text(pg.w / 2, top + 6, "结题证书", 16, ctx.bold, "c", (160, 30, 30))
    yy = top + 19
    yy = para(pg, 10, yy, pg.w - 20, f"课题名称：{t.title}", 9, ctx.body, 1.6, indent=False)
    yy = para(pg, 10, yy, pg.w - 20, f"课题编号：{t.number}", 9, ctx.body, 1.6, indent=False)
    yy = para(pg, 10, yy, pg.w - 20, f"{_lead_word(ctx)}：{t.leader}", 9, ctx.body, 1.6, indent=False)
    yy = para(pg, 10, yy, pg.w - 20, f"成员：{'、'.join(t.members)}", 9, ctx.body, 1.6, indent=False)
    yy = para(pg, 10, yy + 1, pg.w - 20, ctx.pick("t50.proj.close"), 9, ctx.body, 1.6)
    fit(pg, pg.w - 10, top + 108, t.issuer, 8.5, ctx.body, pg.w - 22, "r")
    pg.text(pg.w - 10, top + 115, fmt_date(t.date, "cn"), 8.5, ctx.body, "r")
    seal(pg, ctx, pg.w - 25, top + 110, t.issuer, 10)
    kit.qr(pg, ctx, 8, top + 134, 16, None)
    pg.text(28, top + 139, "长按识别二维码，核验证书真伪", 8, ctx.sans, "l", GREY)
    fields, scored = _proj_fields(t)
    return make_doc(PROJ, layout, [pg], fields, scored, claim(t.claimant, t.year, t.c))


def _p_booklet(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = _project(ctx)
    cover = Page(bg=(150, 25, 30))
    cover.text(cover.w / 2, 90, "结  题  证  书", 34, ctx.bold, "c", (235, 200, 120))
    fit(cover, cover.w / 2, 230, t.issuer, 15, ctx.bold, 170, "c", (235, 200, 120))
    inner = Page()
    kit.frame(inner, 0, (150, 30, 30))
    inner.text(inner.w / 2, 30, "结题证书", 20, ctx.bold, "c")
    rows = [["课题名称", t.title], ["课题编号", t.number], [_lead_word(ctx), t.leader],
            ["课题组成员", "、".join(t.members)], ["鉴定等级", t.grade]]  # fmt: skip
    y = inner.table(24, 48, [34, 128], rows, 11.5, ctx.body, row_h=15)
    y = para(inner, 26, y + 10, 158, ctx.pick("t50.proj.close"), 13, ctx.body, 1.9)
    _sign(inner, ctx, t.issuer, fmt_date(t.date, rng.choice(("upper", "cn"))), max(y + 24, 200), inner.w - 30)
    kit.noise(inner, ctx, ("edge", "staple"))
    fields, scored = _proj_fields(t)
    return make_doc(PROJ, layout, [cover, inner], fields, scored, claim(t.claimant, t.year, t.c))


_ = (INK, cn_year)
