"""Draw 32: award certificates (荣誉证书, 获奖证书) and project completion proofs (结题证书, 验收证书)."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind32 import pools as P
from bench.blind32.ink import (
    GREY,
    RED,
    centre,
    hand,
    landscape,
    make,
    pairs,
    portrait,
    sign_off,
    spaced,
    stamp,
    who,
)
from bench.blind32.pools import Ctx

GRADES = ["一等奖", "二等奖", "三等奖"]
COUNTY_CITY = {"德州": ["禹城市", "乐陵市"], "泰安": ["新泰市", "肥城市"]}
LESSONS = [
    "《一次函数的图像与性质》",
    "《光的折射》",
    "《化学反应速率》",
    "《背影》",
    "《细胞的增殖》",
    "《二力平衡》",
]
SUBJECTS = ["初中数学", "初中物理", "高中化学", "初中语文", "高中生物"]


def _base(ctx: Ctx) -> dict:
    sector = ctx.pick(P.SECTORS)
    m, c = P.city_county(ctx.rng)
    team = P.people(ctx.rng, ctx.rng.randint(3, 7))
    return {"sector": sector, "m": m, "c": c, "team": team, "title": ctx.pick(P.PROJECTS[sector]),
            "unit": P.workplace(ctx.rng, sector, m, c), "grade": ctx.pick(GRADES),
            "date": P.a_day(ctx.rng, 2018, 2024)}  # fmt: skip


# ---- awards -----------------------------------------------------------------------------------
SCORE_AW = [
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
    s = _base(ctx)
    return {"personal": _a_personal, "ranked": _a_ranked, "contest": _a_contest, "province": _a_province,
            "society": _a_society, "cityc": _a_cityc, "municipal": _a_municipal, "company": _a_company}[v](ctx, s, v)  # fmt: skip


def _a_doc(s: dict, v: str, pages: list[Page], name: str, kind: str, level: str | None, issuer: str,
           people: list[dict], holder: str | None, issued: str, person: str) -> Doc:  # fmt: skip
    f = {"holder": holder, "title": s["title"], "people": people, "issuer": issuer, "issued_on": issued,
         "award": {"name": name, "kind": kind, "level": level, "grade": s["grade"]}}  # fmt: skip
    scored = [x for x in SCORE_AW if x != "award.level" or level] + (["holder"] if holder else [])
    return make("award_certificate", "award", v, pages, f, scored, person, int(issued[:4]))


def _a_personal(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style()
    issuer = f"{s['m']}市人民政府"
    name = f"{s['m']}市科学技术进步奖"
    r = ctx.rng.randint(1, 6)
    who_ = s["team"][0]
    pg.rect(14, 14, 196, 283, 2.2, (190, 150, 60))
    centre(pg, ctx, 48, spaced("荣誉证书", "  "), 32, color=RED)
    body = (f"{who_}同志：你参与完成的“{s['title']}”项目，荣获{s['date'].year}年度{name}{s['grade']}"
            f"（第{r}完成人）。特发此证，以资鼓励。")  # fmt: skip
    y = pg.wrap(30, 100, 150, body, 16, ctx.body, 2.0, indent=11)
    sign_off(pg, ctx, [issuer, P.day(s["date"], st)], y + 40, 15, seal=issuer)
    pg.text(
        30,
        262,
        f"证书编号：{s['date'].year}-J{ctx.rng.randint(1, 3)}-{ctx.rng.randint(1, 60):03d}",
        10,
        ctx.body,
        "l",
        GREY,
    )
    return _a_doc(
        s,
        v,
        [pg],
        name,
        "science_technology",
        "municipal",
        issuer,
        [{"name": who_, "rank": r, "role": "awardee"}],
        who_,
        s["date"].isoformat(),
        who_,
    )


def _giver(ctx: Ctx, s: dict) -> tuple[str, str, str]:
    """(issuer, award name, level): a city government or a city bureau."""
    if ctx.rng.random() < 0.5:
        return f"{s['m']}市人民政府", f"{s['m']}市科学技术进步奖", "municipal"
    bureau = P.BUREAU[s["sector"]].format(m=s["m"])
    if bureau.startswith("国网"):
        bureau = f"{s['m']}市科学技术局"
    return (
        bureau,
        f"{bureau.removesuffix('局').removesuffix('委员会').removesuffix('事务中心')}科技创新成果奖",
        "bureau",
    )


def _a_ranked(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style(("cjk", "cjk0", "dot"))
    issuer, name, level = _giver(ctx, s)
    if not issuer.endswith("局") and level == "bureau":
        level = "bureau"
    centre(pg, ctx, 30, "获 奖 证 书", 26)
    y = pairs(pg, ctx, 26, 56, [("获奖项目", s["title"]), ("奖励名称", name), ("奖励等级", s["grade"]),
                                ("完成单位", s["unit"])], 12.5, 28, gap=2.2)  # fmt: skip
    rows = [["排名", "姓名", "工作单位"]] + [[str(i + 1), n, s["unit"]] for i, n in enumerate(s["team"])]
    y = pg.table(26, y + 6, [18, 34, 106], rows, 11, ctx.body, 9.5, header_font=ctx.bold)
    sign_off(pg, ctx, [issuer, P.day(s["date"], st)], y + 20, 13, seal=issuer)
    return _a_doc(
        s,
        v,
        [pg],
        name,
        "science_technology",
        level,
        issuer,
        who(s["team"], "awardee"),
        None,
        s["date"].isoformat(),
        ctx.pick(s["team"]),
    )


def _a_contest(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = landscape()
    st = ctx.style(("cjk", "han"))
    issuer = f"{s['m']}市教育和体育局"
    subj = ctx.pick(SUBJECTS)
    name = f"{s['m']}市{subj}优质课评选"
    teacher = s["team"][0]
    s["unit"] = P.workplace(ctx.rng, "school", s["m"], s["c"])
    s["title"] = ctx.pick(LESSONS).strip("《》")
    pg.rect(12, 12, 285, 198, 1.5, (200, 50, 50))
    centre(pg, ctx, 30, spaced("荣誉证书", "  "), 30, color=RED)
    body = (f"{s['unit'].replace(s['c'], s['c'], 1)}{teacher}老师执教的《{s['title']}》在{s['date'].year}年{name}中荣获{s['grade']}。"
            "特发此证。")  # fmt: skip
    y = pg.wrap(50, 80, 197, body, 17, ctx.body, 2.0, indent=12)
    sign_off(pg, ctx, [issuer, P.day(s["date"], st)], y + 24, 14, xr=262, seal=issuer)
    return _a_doc(
        s,
        v,
        [pg],
        name,
        "competition",
        "bureau",
        issuer,
        who([teacher], "awardee"),
        teacher,
        s["date"].isoformat(),
        teacher,
    )


def _a_province(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = landscape()
    st = ctx.style(("han",))
    issuer = "山东省人民政府"
    name = "山东省科学技术进步奖"
    who_ = ctx.pick(s["team"])
    pg.rect(10, 10, 287, 200, 0, (250, 244, 225), (250, 244, 225))
    pg.rect(16, 16, 281, 194, 1.4, (170, 130, 40))
    centre(pg, ctx, 28, name, 26)
    pg.wrap(
        40,
        56,
        217,
        "为表彰在推动科学技术进步工作中做出重要贡献者，特颁发此证书。",
        13,
        ctx.body,
        1.8,
        indent=9,
    )
    pairs(pg, ctx, 60, 80, [("项目名称", s["title"]), ("奖励等级", s["grade"]), ("获 奖 者", who_),
                            ("证 书 号", f"{s['date'].year}-J-{ctx.rng.randint(1, 3)}-{ctx.rng.randint(1, 99):03d}-{ctx.rng.randint(1, 9):02d}")],
          14, 32, gap=2.3)  # fmt: skip
    sign_off(pg, ctx, [issuer, P.day(s["date"], st)], 160, 13, xr=262, seal=issuer)
    return _a_doc(
        s,
        v,
        [pg],
        name,
        "science_technology",
        "provincial",
        issuer,
        who([who_], "awardee"),
        who_,
        s["date"].isoformat(),
        who_,
    )


def _a_society(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style()
    issuer = P.SOCIETY[s["sector"]]
    name = f"{issuer}科学技术奖"
    centre(pg, ctx, 36, issuer, 16, bold=False)
    centre(pg, ctx, 50, spaced("获奖证书", " "), 26)
    body = (f"你单位完成的“{s['title']}”项目，荣获{s['date'].year}年度{name}{s['grade']}。"
            f"主要完成人：{'、'.join(s['team'])}。")  # fmt: skip
    y = pg.wrap(28, 80, 154, f"{s['unit']}：", 14, ctx.body)
    y = pg.wrap(28, y + 2, 154, body, 14, ctx.body, 2.0, indent=10)
    sign_off(pg, ctx, [issuer, P.day(s["date"], st)], y + 30, 13, seal=issuer)
    return _a_doc(
        s,
        v,
        [pg],
        name,
        "science_technology",
        None,
        issuer,
        who(s["team"], "awardee"),
        None,
        s["date"].isoformat(),
        ctx.pick(s["team"]),
    )


def _a_cityc(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style(("han", "cjk", "cjk0"))
    city = ctx.pick(COUNTY_CITY[s["m"]])
    issuer = f"{city}人民政府"
    name = f"{city}科学技术奖"
    who_ = s["team"][0]
    d = s["date"]
    pg.rect(16, 16, 194, 281, 1.0, RED)
    centre(pg, ctx, 50, spaced("证书", "   "), 34, color=RED)
    body = f"{who_}同志主持完成的“{s['title']}”，获{d.year}年度{name}{s['grade']}。特发此证。"
    y = pg.wrap(32, 100, 146, body, 16, ctx.body, 2.0, indent=11)
    sign_off(pg, ctx, [issuer, P.month(d.year, d.month, st)], y + 40, 15, seal=issuer)
    return _a_doc(
        s,
        v,
        [pg],
        name,
        "science_technology",
        "county",
        issuer,
        who([who_], "awardee"),
        who_,
        f"{d.year}-{d.month:02d}",
        who_,
    )


def _a_municipal(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = landscape()
    st = ctx.style()
    issuer = f"{s['m']}市人民政府"
    social = s["sector"] == "school"
    name = f"{s['m']}市{'社会科学优秀成果奖' if social else '科学技术进步奖'}"
    pg.rect(12, 12, 285, 198, 0.8, (30, 60, 110))
    centre(pg, ctx, 26, "获 奖 证 书", 26)
    rows = [("成果名称" if social else "项目名称", s["title"]), ("奖励类别", name), ("奖励等级", s["grade"]),
            ("主要完成人", "　".join(s["team"]))]  # fmt: skip
    left = Page(250, 210)
    pairs(left, ctx, 44, 58, rows, 13.5, 34, gap=2.4)
    pg.ops += left.ops
    sign_off(pg, ctx, [issuer, P.day(s["date"], st)], 154, 13, xr=262, seal=issuer)
    kind = "social_science" if social else "science_technology"
    return _a_doc(
        s,
        v,
        [pg],
        name,
        kind,
        "municipal",
        issuer,
        who(s["team"], "awardee"),
        None,
        s["date"].isoformat(),
        ctx.pick(s["team"]),
    )


def _a_company(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style(("iso", "cjk", "dot"))
    if s["sector"] in ("grid", "mine"):
        issuer = P.workplace(ctx.rng, s["sector"], s["m"], s["c"])
    else:
        issuer = f"{s['m']}市{ctx.pick(['质量协会', '科学技术协会', '职工技术协会'])}"
    name = f"{issuer}优秀QC小组成果"
    s["title"] = ctx.pick(["提高", "降低"]) + ctx.pick(["设备巡检一次合格率", "检测数据一次合格率", "作业现场隐患整改及时率",
                                                         "处方审核准确率", "样品前处理效率"])  # fmt: skip
    centre(pg, ctx, 40, spaced("荣誉证书", " "), 28, color=RED)
    y = pg.wrap(28, 80, 154, f"{s['unit']}QC小组：", 14, ctx.body)
    y = pg.wrap(28, y + 4, 154, f"你小组的成果“{s['title']}”被评为{s['date'].year}年度{name}{s['grade']}。特发此证。", 14,
                ctx.body, 2.0, indent=10)  # fmt: skip
    rows = [["序号", "小组成员", "序号", "小组成员"]]
    half = (len(s["team"]) + 1) // 2
    for i in range(half):
        j = i + half
        rows.append(
            [
                str(i + 1),
                s["team"][i],
                str(j + 1) if j < len(s["team"]) else "",
                s["team"][j] if j < len(s["team"]) else "",
            ]
        )
    y = pg.table(34, y + 8, [18, 53, 18, 53], rows, 11, ctx.body, 9, header_font=ctx.bold)
    sign_off(pg, ctx, [issuer, P.day(s["date"], st)], y + 22, 13, seal=issuer)
    return _a_doc(
        s,
        v,
        [pg],
        name,
        "other",
        None,
        issuer,
        who(s["team"], "awardee"),
        None,
        s["date"].isoformat(),
        ctx.pick(s["team"]),
    )


# ---- project completion -----------------------------------------------------------------------
SCORE_PR = ["title", "people", "issuer", "issued_on"]


def _pr_giver(ctx: Ctx, s: dict) -> str:
    if s["sector"] == "school":
        return ctx.pick([f"{s['m']}市教育科学规划领导小组办公室", f"{s['m']}市教育科学研究院"])
    return ctx.pick([f"{s['m']}市科学技术局", "山东省农业农村厅" if s["sector"] in ("agri", "vet") else "山东省科学技术厅",
                     P.BUREAU[s["sector"]].format(m=s["m"]).replace("国网", "").replace("供电公司", "市科学技术局")])  # fmt: skip


def project_completion(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("proj")
    s = _base(ctx)
    s["issuer"] = _pr_giver(ctx, s)
    s["no"] = (
        f"{s['date'].year - ctx.rng.randint(1, 3)}{ctx.pick(['KJ', 'JK', 'NY', 'WS'])}{ctx.rng.randint(1, 300):03d}"
    )
    return {"cert": _r_cert, "host": _r_host, "appraisal": _r_appraisal, "eduland": _r_eduland, "accept": _r_accept,
            "card": _r_card}[v](ctx, s, v)  # fmt: skip


def _r_doc(ctx: Ctx, s: dict, v: str, pages: list[Page], issued: str, holder: str | None = None,
           team: list[str] | None = None) -> Doc:  # fmt: skip
    team = s["team"] if team is None else team
    people = [{"name": team[0], "rank": 1, "role": "project_leader"}] + who(team[1:], "project_member", 2)
    f = {"holder": holder, "title": s["title"], "people": people, "issuer": s["issuer"], "issued_on": issued}
    scored = SCORE_PR + (["holder"] if holder else [])
    return make("project_completion", "proj", v, pages, f, scored, ctx.pick(team), int(issued[:4]))


def _r_cert(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style()
    pg.rect(14, 14, 196, 283, 1.0, (30, 80, 60))
    centre(pg, ctx, 40, spaced("结题证书", "  "), 28)
    y = pairs(pg, ctx, 30, 76, [("项目编号", s["no"]), ("项目名称", s["title"]), ("承担单位", s["unit"]),
                                ("项目负责人", s["team"][0]), ("主要成员", "、".join(s["team"][1:]))], 13, 32, gap=2.3)  # fmt: skip
    y = pg.wrap(30, y + 8, 150, "经审核，该项目已完成任务书规定的各项研究内容，达到预期目标，准予结题。特发此证。", 13, ctx.body, 1.9,
                indent=9)  # fmt: skip
    sign_off(pg, ctx, [s["issuer"], P.day(s["date"], st)], y + 28, 13, seal=s["issuer"])
    return _r_doc(ctx, s, v, [pg], s["date"].isoformat())


def _r_host(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style(("cjk", "cjk0", "han"))
    d = s["date"]
    host = s["team"][0]
    centre(pg, ctx, 40, "结 题 证 明", 24)
    body = (f"兹证明{s['unit']}{host}同志主持的课题“{s['title']}”（课题编号：{s['no']}），"
            f"已按计划完成研究任务，经专家组鉴定，准予结题。")  # fmt: skip
    y = pg.wrap(28, 76, 154, body, 14, ctx.body, 2.0, indent=10)
    pg.text(38, y + 4, "特此证明。", 14, ctx.body)
    sign_off(pg, ctx, [s["issuer"], P.month(d.year, d.month, st)], y + 36, 14, seal=s["issuer"])
    return _r_doc(ctx, s, v, [pg], f"{d.year}-{d.month:02d}", holder=host, team=[host])


def _r_appraisal(ctx: Ctx, s: dict, v: str) -> Doc:
    st = ctx.style(("cjk", "cjk0", "dot"))
    p1 = portrait()
    centre(p1, ctx, 50, "项目结题鉴定书", 26)
    pairs(p1, ctx, 40, 120, [("项目名称", s["title"]), ("项目编号", s["no"]), ("负 责 人", s["team"][0]),
                             ("承担单位", s["unit"])], 13, 30, gap=2.6, rule=True)  # fmt: skip
    p1.text(105, 250, s["issuer"] + "　制", 12, ctx.body, "c")
    p2 = portrait()
    p2.text(20, 20, "一、项目组成员", 13, ctx.bold)
    rows = [["序号", "姓名", "工作单位", "职称", "分工"]]
    jobs = ["总体设计", "试验实施", "数据分析", "技术推广", "资料整理", "示范基地管理", "调查监测"]
    rows += [[str(i + 1), n, s["unit"], ctx.pick(["高级工程师", "工程师", "研究员", "高级农艺师", "主管药师", "一级教师"]), jobs[i]]
             for i, n in enumerate(s["team"])]  # fmt: skip
    y = p2.table(20, 30, [14, 26, 70, 30, 30], rows, 9.5, ctx.body, 10, header_font=ctx.bold)
    p2.text(20, y + 10, "二、鉴定意见", 13, ctx.bold)
    y = p2.wrap(20, y + 20, 170, "项目组完成了合同规定的研究任务，技术资料齐全，数据翔实可靠，经鉴定组讨论，同意通过结题鉴定。", 11.5,
                ctx.body, 1.9, indent=8)  # fmt: skip
    p2.text(110, y + 10, "鉴定组组长：", 11.5, ctx.body)
    hand(p2, ctx, 138, y + 9, P.person(ctx.rng, set(s["team"])), 14)
    sign_off(p2, ctx, [s["issuer"], P.day(s["date"], st)], y + 26, 12, seal=s["issuer"])
    return _r_doc(ctx, s, v, [p1, p2], s["date"].isoformat())


def _r_eduland(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = landscape()
    st = ctx.style(("han",))
    s["issuer"] = f"{s['m']}市教育科学规划领导小组办公室"
    s["title"] = ctx.pick(P.PROJECTS["school"])
    pg.rect(12, 12, 285, 198, 1.6, (160, 40, 40))
    centre(pg, ctx, 26, "教育科学规划课题结题证书", 24, color=(160, 40, 40))
    rows = [("课题名称", s["title"]), ("立项编号", s["no"]), ("课题主持人", s["team"][0]),
            ("课题组成员", "　".join(s["team"][1:])), ("承担单位", s["unit"])]  # fmt: skip
    left = Page(260, 210)
    pairs(left, ctx, 40, 56, rows, 13, 34, gap=2.3)
    pg.ops += left.ops
    pg.text(40, 142, "经鉴定，该课题研究达到预期目标，准予结题。", 13, ctx.body)
    sign_off(pg, ctx, [s["issuer"], P.day(s["date"], st)], 158, 12.5, xr=268, seal=s["issuer"])
    return _r_doc(ctx, s, v, [pg], s["date"].isoformat())


def _r_accept(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style(("cjk", "iso", "dot", "cjk0"))
    centre(pg, ctx, 30, "科技项目验收证书", 22)
    pg.text(190, 44, f"验字〔{s['date'].year}〕第{ctx.rng.randint(1, 99)}号", 10, ctx.body, "r")
    y = pairs(pg, ctx, 22, 54, [("项目名称", s["title"]), ("项目编号", s["no"]), ("承担单位", s["unit"]),
                                ("组织验收单位", s["issuer"]), ("验收日期", P.day(s["date"], st))], 12, 34, gap=2.1)  # fmt: skip
    pg.text(22, y + 4, "主要研究人员：", 12, ctx.bold)
    rows = [["序号", "姓名", "职称", "承担任务"]] + [[str(i + 1), n, ctx.pick(["研究员", "高级工程师", "工程师"]),
                                                  "项目主持" if i == 0 else "研究实施"] for i, n in enumerate(s["team"])]  # fmt: skip
    y = pg.table(22, y + 12, [16, 36, 50, 64], rows, 10.5, ctx.body, 9.5, header_font=ctx.bold)
    y = pg.wrap(
        22,
        y + 8,
        166,
        "验收意见：该项目完成了任务书规定的考核指标，经费使用合理，同意通过验收。",
        11.5,
        ctx.body,
        1.8,
    )
    sign_off(pg, ctx, [f"{s['issuer']}（盖章）", P.day(s["date"], st)], y + 14, 12, seal=s["issuer"])
    return _r_doc(ctx, s, v, [pg], s["date"].isoformat())


def _r_card(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = Page(180.0, 120.0)
    st = ctx.style(("han", "cjk"))
    pg.rect(5, 5, 175, 115, 1.0, (30, 60, 120))
    pg.text(90, 12, "课题结题合格证", 16, ctx.bold, "c")
    left = Page(170, 120)
    pairs(left, ctx, 14, 28, [("课题名称", s["title"]), ("主持人", s["team"][0]), ("成员", "、".join(s["team"][1:])),
                              ("编号", s["no"])], 10, 20, gap=1.9)  # fmt: skip
    pg.ops += left.ops
    pg.text(150, 96, s["issuer"], 9.5, ctx.body, "c")
    pg.text(150, 103, P.day(s["date"], st), 9.5, ctx.body, "c")
    stamp(pg, ctx, 150, 100, s["issuer"], 15)
    return _r_doc(ctx, s, v, [pg], s["date"].isoformat())
