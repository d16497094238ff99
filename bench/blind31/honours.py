"""Draw 31 awards (governments, bureaus, societies, contests) and project completion documents."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame
from bench.blind.page import Page, width_mm
from bench.blind31.kit import GREY_PAPER, RED, centre, doc, fits, hand, line_at, para, ranked
from bench.blind31.pools import Ctx, day, fmt, fmt_m, iso_m
from bench.blind31.scene import Scene, scene
from bench.blind31.topics import PAPERS

GRADES = ["一等奖", "二等奖", "三等奖"]
PROJECTS = {
    "health": ["基层高血压规范化管理模式研究与推广", "乡镇卫生院中医适宜技术推广应用"],
    "teacher": ["乡村小学“阅读+”课程体系构建与实践", "农村寄宿制学校生活教育实践研究"],
    "forest": ["油茶良种高效栽培技术集成与示范", "竹林低产林改造技术推广"],
    "water": ["洞庭湖区小型泵站节能改造技术研究", "农村饮水工程水质保障技术示范"],
    "road": ["农村公路桥梁快速加固技术研究与应用", "黄泛区软土路基处治技术研究"],
    "acct": ["县级行政事业单位内部控制体系建设研究", "乡镇财政资金绩效评价体系研究"],
    "econ": ["兰考县域特色产业发展路径研究", "益阳市农村电商发展对策研究"],
}
AWARD_SCORED = [
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


def award_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("award")
    sc = scene(ctx, 8)
    return AWARDS[v](ctx, v, sc, day(ctx.rng, 2017, 2024))


def _arec(ctx, v, sc, pages, holder, people, title, issuer, issued, name, kind, level, grade, claim, year):  # noqa: ANN001, ANN202, PLR0913
    f = {"holder": holder, "people": people, "title": title, "issuer": issuer, "issued_on": issued,
         "award": {"name": name, "kind": kind, "level": level, "grade": grade}}  # fmt: skip
    scored = [s for s in AWARD_SCORED if not (s == "award.level" and level is None)]
    scored = [s for s in scored if not (s == "holder" and holder is None)]
    return doc(ctx, "award_certificate", "award", v, pages, f, scored, claim, year)


def _personal(ctx, v, sc, d, issuer, name, kind, level, style, month=False, red=True):  # noqa: ANN001, ANN202
    pg = Page()
    pg.bg = GREY_PAPER if ctx.rng.random() < 0.4 else (255, 255, 255)
    frame(pg, ctx, 3 if red else 2)
    title = ctx.rng.choice(PROJECTS[sc.sector])
    grade = ctx.rng.choice(GRADES)
    rank = ctx.rng.randint(1, 7)
    holder = sc.names[0]
    y = centre(pg, ctx, 42, "荣  誉  证  书" if ctx.rng.random() < 0.5 else "获  奖  证  书", 28, True, RED)
    y = centre(pg, ctx, y + 4, f"{d.year}年度{name}", 15)
    y += 14
    rows = [("项目名称", title), ("奖励等级", grade), ("获 奖 者", f"{holder}（第{rank}完成人）"),
            ("证 书 号", f"{d.year}-{ctx.rng.choice(['J', 'KJ', 'SK'])}-{ctx.rng.randint(10, 299)}-{rank}")]  # fmt: skip
    intro = f"为表彰在{'科学技术进步' if kind == 'science_technology' else '哲学社会科学研究'}工作中作出突出贡献的人员，特颁发此证书，以资鼓励。"
    y = para(pg, ctx, 30, y, 150, intro, 13, 2.0) + 6
    for lab, val in rows:
        pg.text(34, y, f"{lab}：", 13, ctx.body)
        pg.text(66, y, val, fits(val, ctx, 13, 120), ctx.body)
        y += 11.25
    date_s = fmt_m(d.year, d.month, style) if month else fmt(d, style)
    w = max(width_mm(issuer, ctx.body, 14), width_mm(date_s, ctx.body, 14))
    cx = pg.w - 32 - w / 2
    pg.text(cx, y + 26, issuer, 14, ctx.body, "c")
    pg.text(cx, y + 36, date_s, 14, ctx.body, "c")
    pg.seal(cx, y + 31, 22, issuer[:16], ctx.rng.randint(0, 9999))
    issued = iso_m(d.year, d.month) if month else d.isoformat()
    people = [{"name": holder, "rank": rank, "role": "awardee"}]
    return _arec(
        ctx, v, sc, [pg], holder, people, title, issuer, issued, name, kind, level, grade, holder, d.year
    )


def _city(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    return _personal(ctx, v, sc, d, f"{sc.c}市人民政府", f"{sc.c}市科学技术进步奖", "science_technology", "municipal",
                     ctx.pick("award.city.date", ["cn", "hanzi"]))  # fmt: skip


def _county(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    gov = ctx.rng.choice([sc.x, sc.county_city]) if not sc.x.endswith("区") else sc.county_city
    return _personal(ctx, v, sc, d, f"{gov}人民政府", f"{gov}科学技术奖", "science_technology", "county", "pad",
                     red=False)  # fmt: skip


def _bureau(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    issuer, name, kind = ctx.pick("award.bureau", [
        (f"{sc.p}省教育厅", f"{sc.p}省基础教育教学成果奖", "other"),
        (f"{sc.c}市科学技术局", f"{sc.c}市科技创新成果奖", "science_technology"),
        (f"{sc.c}市卫生健康委员会", f"{sc.c}市医学科技奖", "science_technology"),
    ])  # fmt: skip
    return _personal(ctx, v, sc, d, issuer, name, kind, "bureau", "cn", month=ctx.rng.random() < 0.5)


def _society(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    field = {"health": "医学会", "teacher": "教育学会", "forest": "林学会", "water": "水利学会", "road": "公路学会",
             "acct": "会计学会", "econ": "经济学会"}[sc.sector]  # fmt: skip
    soc = f"{sc.p}省{field}"
    return _personal(ctx, v, sc, d, soc, f"{soc}科学技术奖", "science_technology", None, "dot", red=False)


def _team(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    pg = Page(297, 210)
    frame(pg, ctx, 3)
    issuer = f"{sc.c}市人民政府"
    name = f"{sc.c}市科学技术进步奖"
    title = ctx.rng.choice(PROJECTS[sc.sector])
    grade = ctx.rng.choice(GRADES)
    who = sc.names[: ctx.rng.randint(3, 7)]
    pg.text(148, 24, "证    书", 30, ctx.bold, "c", RED)
    y = 52.0
    lines = [f"项目名称：{title}", f"完成单位：{sc.unit(ctx)}", f"主要完成人：{'、'.join(who)}"]
    for s in lines:
        pg.text(40, y, s, fits(s, ctx, 14, 220), ctx.body)
        y += 13
    y = para(pg, ctx, 40, y + 4, 220, f"该项目荣获{d.year}年度{name}{grade}。特发此证。", 14, 2.0)
    date_s = fmt(d, "hanzi")
    pg.text(230, 168, issuer, 14, ctx.body, "c")
    pg.text(230, 178, date_s, 14, ctx.body, "c")
    pg.seal(230, 172, 22, issuer, ctx.rng.randint(0, 9999))
    people = ranked(who, "awardee")
    claim = who[ctx.rng.randrange(len(who))]
    return _arec(ctx, v, sc, [pg], None, people, title, issuer, d.isoformat(), name, "science_technology", "municipal",
                 grade, claim, d.year)  # fmt: skip


def _contest(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    pg = Page(297, 210)
    pg.bg = (252, 246, 232)
    pg.rect(10, 10, 287, 200, 1.5, (200, 150, 40))
    event = ctx.pick("award.contest", [
        (f"{sc.c}市教育局", f"{sc.c}市中小学青年教师教学竞赛"),
        (f"{sc.c}市财政局", f"{sc.c}市会计人员业务技能竞赛"),
        (f"{sc.c}市交通运输局", f"{sc.c}市公路养护职业技能竞赛"),
        (f"{sc.c}市卫生健康委员会", f"{sc.c}市基层卫生岗位练兵和技能竞赛"),
    ])  # fmt: skip
    issuer, name = event
    holder = sc.names[0]
    grade = ctx.rng.choice(GRADES)
    work = ctx.rng.choice(PAPERS[sc.sector])
    pg.text(148, 30, "荣 誉 证 书", 30, ctx.bold, "c", RED)
    y = line_at(pg, ctx, 45, 62, f"{holder}  同志：", 16)
    s = f"在{d.year}年{name}中，参赛作品《{work}》荣获{grade}。"
    y = para(pg, ctx, 45, y + 4, 210, s, 15, 2.2)
    y = para(pg, ctx, 45, y, 210, "特发此证，以资鼓励。", 15, 2.2)
    date_s = fmt(d, "cn")
    pg.text(235, 160, issuer, 14, ctx.body, "c")
    pg.text(235, 170, date_s, 14, ctx.body, "c")
    pg.seal(235, 165, 21, issuer[:16], ctx.rng.randint(0, 9999))
    people = [{"name": holder, "rank": 1, "role": "awardee"}]
    return _arec(ctx, v, sc, [pg], holder, people, work, issuer, d.isoformat(), name, "competition", "bureau", grade,
                 holder, d.year)  # fmt: skip


def _social(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    return _personal(ctx, v, sc, d, f"{sc.c}市人民政府", f"{sc.c}市社会科学优秀成果奖", "social_science", "municipal",
                     "hanzi", month=True)  # fmt: skip


AWARDS = {"city": _city, "county": _county, "bureau": _bureau, "society": _society, "team": _team,
          "contest": _contest, "social": _social}  # fmt: skip


# ---- project completion ---------------------------------------------------------------------
PROJ_SCORED = ["holder", "title", "people", "issuer", "issued_on"]


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("project")
    sc = scene(ctx, 10)
    return PROJECTS_B[v](ctx, v, sc, day(ctx.rng, 2017, 2024))


def _prec(ctx, v, sc, pages, leader, members, title, issuer, issued, year, holder_only=False):  # noqa: ANN001, ANN202
    people = ranked([leader], "project_leader") + ranked(members, "project_member", 2)
    holder = leader if holder_only else None
    f = {"holder": holder, "people": people, "title": title, "issuer": issuer, "issued_on": issued}
    scored = [s for s in PROJ_SCORED if not (s == "holder" and holder is None)]
    claim = (([leader] + members)[ctx.rng.randrange(1 + len(members))]) if members else leader
    return doc(ctx, "project_completion", "project", v, pages, f, scored, claim, year)


def _sign(pg: Page, ctx: Ctx, issuer: str, date_s: str, y: float) -> None:
    w = max(width_mm(issuer, ctx.body, 13), width_mm(date_s, ctx.body, 13))
    cx = pg.w - 30 - w / 2
    pg.text(cx, y, issuer, 13, ctx.body, "c")
    pg.text(cx, y + 9, date_s, 13, ctx.body, "c")
    pg.seal(cx, y + 4, 20, issuer[:16], ctx.rng.randint(0, 9999))


def _pbureau(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    pg = Page()
    frame(pg, ctx, 2)
    issuer = f"{sc.c}市科学技术局"
    title = ctx.rng.choice(PROJECTS[sc.sector])
    leader, members = sc.names[0], sc.names[1 : ctx.rng.randint(3, 6)]
    y = centre(pg, ctx, 40, "结  题  证  书", 26, True)
    y += 14
    rows = [("项目名称", title), ("项目编号", f"{sc.c[0]}KJ{d.year - 2}{ctx.rng.randint(10, 99)}"), ("承担单位", sc.unit(ctx)),
            ("项目负责人", leader), ("主要参加人员", "、".join(members))]  # fmt: skip
    for lab, val in rows:
        s = f"{lab}：{val}"
        pg.text(28, y, s, fits(s, ctx, 13, 155), ctx.body)
        y += 11.25
    y = para(
        pg, ctx, 28, y + 4, 154, "该项目已按计划任务书完成研究任务，经专家组验收合格，准予结题。", 13, 2.0
    )
    _sign(pg, ctx, issuer, fmt(d, "cn"), y + 26)
    return _prec(ctx, v, sc, [pg], leader, members, title, issuer, d.isoformat(), d.year)


def _pleader(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    pg = Page()
    issuer = ctx.rng.choice(
        [f"{sc.c}市科学技术局", f"{sc.c}市社会科学界联合会", f"{sc.p}省教育科学规划领导小组办公室"]
    )
    title = ctx.rng.choice(PROJECTS[sc.sector])
    leader = sc.names[0]
    y = centre(pg, ctx, 40, "结 题 证 明", 22, True)
    s = (f"由{sc.unit(ctx)}{leader}同志主持的“{title}”项目（编号：{d.year - 2}{ctx.rng.randint(1000, 9999)}），"
         "已完成计划任务书规定的研究内容，提交了研究报告等结题材料，经审核，同意结题。")  # fmt: skip
    y = para(pg, ctx, 25, y + 16, 160, s, 13.5, 2.1)
    y = para(pg, ctx, 25, y, 160, "特此证明。", 13.5, 2.1)
    _sign(pg, ctx, issuer, fmt(d, "pad"), y + 26)
    return _prec(ctx, v, sc, [pg], leader, [], title, issuer, d.isoformat(), d.year, holder_only=True)


def _popinion(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    issuer = f"{sc.c}市科学技术局"
    title = ctx.rng.choice(PROJECTS[sc.sector])
    leader, members = sc.names[0], sc.names[1 : ctx.rng.randint(3, 6)]
    p1 = Page()
    y = centre(p1, ctx, 24, f"{sc.c}市科技计划项目验收意见书", 17, True)
    start = dt.date(d.year - 2, ctx.rng.randint(1, 12), 1)
    info = [["项目名称", title], ["承担单位", sc.unit(ctx)], ["项目负责人", leader],
            ["起止时间", f"{fmt_m(start.year, start.month, 'dot')}—{fmt_m(d.year, d.month, 'dot')}"]]  # fmt: skip
    y = p1.table(18, y + 6, [36, 138], info, 11, ctx.body, 11)
    y = line_at(p1, ctx, 18, y + 6, "项目组主要成员：", 12)
    rows = [["序号", "姓名", "职称", "工作单位", "分工"]]
    for i, m in enumerate([leader] + members):
        rows.append([str(i + 1), m, sc.rank_title(ctx), sc.unit(ctx), "主持" if i == 0 else "参与"])
    p1.table(18, y, [14, 26, 30, 80, 24], rows, 10, ctx.body, 10, header_font=ctx.bold)
    p2 = Page()
    y = line_at(p2, ctx, 18, 24, "验收意见：", 13)
    y = para(
        p2,
        ctx,
        18,
        y,
        174,
        f"{d.year}年{d.month}月，验收专家组听取了项目组汇报，审查了相关资料，经质询讨论，认为该项目完成了合同规定的各项指标，同意通过验收。",
        12.5,
        2.0,
    )
    hand(p2, ctx, 120, y + 12, f"专家组组长：{sc.names[8]}", 14)
    _sign(p2, ctx, issuer, fmt(d, "pad"), y + 34)
    return _prec(ctx, v, sc, [p1, p2], leader, members, title, issuer, d.isoformat(), d.year)


def _pedu(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    pg = Page()
    pg.bg = GREY_PAPER
    frame(pg, ctx, 3)
    issuer = ctx.rng.choice([f"{sc.c}市教育科学研究所", f"{sc.x}教育局"])
    title = ctx.rng.choice(PROJECTS["teacher"])
    leader, members = sc.names[0], sc.names[1 : ctx.rng.randint(2, 5)]
    y = centre(pg, ctx, 44, "课题结题证书", 26, True, RED)
    y += 16
    s = f"{sc.unit(ctx)}承担的{sc.c}市教育科学规划课题“{title}”，经专家鉴定，达到预期研究目标，准予结题。"
    y = para(pg, ctx, 30, y, 150, s, 13.5, 2.1)
    y = line_at(pg, ctx, 30, y + 6, f"课题主持人：{leader}", 13)
    y = line_at(pg, ctx, 30, y, f"课题组成员：{'  '.join(members)}", 13)
    _sign(pg, ctx, issuer, fmt_m(d.year, d.month, "cn"), y + 28)
    return _prec(ctx, v, sc, [pg], leader, members, title, issuer, iso_m(d.year, d.month), d.year)


def _pappraisal(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    issuer = f"{sc.c}市科学技术局"
    title = ctx.rng.choice(PROJECTS[sc.sector])
    leader, members = sc.names[0], sc.names[1 : ctx.rng.randint(3, 7)]
    p1 = Page()
    centre(p1, ctx, 50, "科技项目结题鉴定书", 24, True)
    rows = [
        f"项目名称：{title}",
        f"承担单位：{sc.unit(ctx)}",
        f"项目主持人：{leader}",
        f"鉴定日期：{fmt(d, 'hanzi')}",
    ]
    y = 110.0
    for s in rows:
        p1.text(30, y, s, fits(s, ctx, 13.5, 155), ctx.body)
        y += 15
    p1.text(105, 250, issuer, 14, ctx.body, "c")
    p2 = Page()
    y = centre(p2, ctx, 20, "项目完成人员名单", 15, True)
    tab = [["排名", "姓名", "职称", "对项目的贡献"]]
    for i, m in enumerate([leader] + members):
        tab.append([str(i + 1), m, sc.rank_title(ctx), "总体设计与组织实施" if i == 0 else "试验与数据分析"])
    y = p2.table(20, y + 4, [16, 30, 34, 90], tab, 10.5, ctx.body, 10, header_font=ctx.bold)
    y = line_at(p2, ctx, 20, y + 8, "鉴定结论：项目完成了预定研究任务，资料齐全，同意结题。", 12.5)
    _sign(p2, ctx, issuer, fmt(d, "hanzi"), y + 20)
    return _prec(ctx, v, sc, [p1, p2], leader, members, title, issuer, d.isoformat(), d.year)


def _pwide(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    pg = Page(297, 210)
    frame(pg, ctx, 3)
    issuer = f"{sc.c}市科学技术局"
    title = ctx.rng.choice(PROJECTS[sc.sector])
    leader = sc.names[0]
    pg.text(148, 28, "结 题 证 书", 30, ctx.bold, "c", RED)
    pg.text(250, 50, f"编号：{d.year}JT{ctx.rng.randint(100, 999)}", 11, ctx.body, "r")
    s = f"经审核，由{leader}主持的科技计划项目“{title}”已完成研究任务，准予结题。特发此证。"
    para(pg, ctx, 40, 72, 220, s, 15, 2.3)
    _sign(pg, ctx, issuer, fmt(d, "dot"), 160)
    return _prec(ctx, v, sc, [pg], leader, [], title, issuer, d.isoformat(), d.year, holder_only=True)


PROJECTS_B = {"bureau": _pbureau, "leader": _pleader, "opinion": _popinion, "edu": _pedu, "appraisal": _pappraisal,
              "wide": _pwide}  # fmt: skip
