"""Draw 32: qualification certificates (毕业, 学位, 自考, 研究生课程, 计算机) and other proofs."""

from __future__ import annotations

import datetime as dt

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

SCHOOLS = ["山东农业大学", "德州学院", "泰山学院", "山东第一医科大学", "齐鲁工业大学", "山东科技大学",
           "山东师范大学", "青岛农业大学", "聊城大学", "山东理工大学", "滨州医学院"]  # fmt: skip
MAJORS = {
    "agri": ["农学", "作物学", "园艺", "植物保护"], "vet": ["动物医学", "兽医学", "畜牧"],
    "pharm": ["药学", "临床药学", "中药学"], "mine": ["采矿工程", "安全工程"],
    "grid": ["电气工程及其自动化", "电气工程"], "env": ["环境工程", "环境科学"],
    "school": ["数学与应用数学", "汉语言文学", "化学", "物理学"],
}  # fmt: skip
DEGREE = {"agri": "农学", "vet": "农学", "pharm": "医学", "mine": "工学", "grid": "工学", "env": "工学",
          "school": "理学"}  # fmt: skip
COURSES = {
    "agri": ["作物栽培学专题", "高级植物生理学", "试验设计与统计分析", "农业推广学", "现代农业经营管理"],
    "vet": ["兽医微生物学", "动物传染病学", "兽医药理学", "动物病理学", "兽医公共卫生"],
    "pharm": ["药物化学", "临床药物治疗学", "药事管理学", "生物药剂学", "药物分析"],
    "mine": ["岩体力学", "矿山压力与岩层控制", "安全系统工程", "矿井通风与安全"],
    "grid": ["电力系统分析", "电力电子技术", "高电压技术", "继电保护原理"],
    "env": ["环境监测", "环境化学", "大气污染控制工程", "水污染控制工程"],
    "school": ["教育心理学", "课程与教学论", "教育研究方法", "中学学科教学设计"],
}  # fmt: skip
MODULES = ["Excel 2007中文电子表格", "Word 2007中文字处理", "PowerPoint 2007中文演示文稿", "Windows 7操作系统",
           "Internet应用", "AutoCAD 2008制图软件", "Photoshop CS4图像处理"]  # fmt: skip
SCORE_Q = ["holder", "issuer", "issued_on", "qualification.kind"]


def _person(ctx: Ctx) -> dict:
    sector = ctx.pick(P.SECTORS)
    return {"sector": sector, "name": P.person(ctx.rng, set()), "sex": ctx.pick("男女"),
            "birth": dt.date(ctx.rng.randint(1975, 1996), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28)),
            "school": ctx.pick(SCHOOLS), "major": ctx.pick(MAJORS[sector])}  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    s = _person(ctx)
    return {"diploma": _q_diploma, "master": _q_degree, "doctor": _q_degree, "selfstudy": _q_self,
            "courses": _q_courses, "computer": _q_computer}[v](ctx, s, v)  # fmt: skip


def _q_doc(s: dict, v: str, pages: list[Page], issuer: str, issued: str, kind: str, subject: str | None,
           modules: list[str] | None, scored: list[str]) -> Doc:  # fmt: skip
    f = {"holder": s["name"], "issuer": issuer, "issued_on": issued,
         "qualification": {"kind": kind, "subject": subject, "modules": modules}}  # fmt: skip
    return make("qualification_certificate", "qual", v, pages, f, scored, s["name"], int(issued[:4]))


def _q_diploma(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style(("han", "cjk"))
    y1 = ctx.rng.randint(2008, 2023)
    yrs = ctx.pick([3, 4])
    issued = dt.date(y1, 6, ctx.rng.randint(20, 30))
    pg.rect(14, 14, 196, 283, 1.2, (120, 40, 40))
    centre(pg, ctx, 40, spaced("毕业证书", "  "), 30, color=(120, 40, 40))
    pg.rect(30, 70, 62, 112, 0.3, GREY)
    body = (f"学生{s['name']}，性别{s['sex']}，{P.day(s['birth'], st)}生，于{y1 - yrs}年9月至{y1}年6月在本校"
            f"{s['major']}专业{'四年制本科' if yrs == 4 else '三年制专科'}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
    y = pg.wrap(72, 72, 108, body, 13, ctx.body, 1.9, indent=9)
    pg.text(34, max(y, 130) + 30, f"校　名：{s['school']}", 12, ctx.body)
    pg.text(34, max(y, 130) + 40, "校（院）长：", 12, ctx.body)
    hand(pg, ctx, 62, max(y, 130) + 39, P.person(ctx.rng, {s["name"]}), 14)
    pg.text(34, max(y, 130) + 50, f"证书编号：{ctx.rng.randint(10**16, 10**17 - 1)}", 11, ctx.body)
    pg.text(176, max(y, 130) + 50, P.day(issued, st), 12, ctx.body, "r")
    stamp(pg, ctx, 150, max(y, 130) + 38, s["school"], 20)
    return _q_doc(s, v, [pg], s["school"], issued.isoformat(), "graduation", s["major"], None,
                  SCORE_Q + ["qualification.subject"])  # fmt: skip


def _q_degree(ctx: Ctx, s: dict, v: str) -> Doc:
    doctor = v == "doctor"
    pg = landscape() if doctor else portrait()
    st = ctx.style(("han", "cjk", "cjk0"))
    issued = dt.date(ctx.rng.randint(2010, 2023), ctx.pick([6, 6, 12]), ctx.rng.randint(1, 28))
    word = "博士" if doctor else "硕士"
    title = f"{word}学位证书"
    centre(pg, ctx, 30, spaced(title, " "), 26)
    x, w = (40, 217) if doctor else (28, 154)
    body = (f"{s['name']}，{s['sex']}，{P.day(s['birth'], st)}生。在{s['major']}学科{'' if doctor else '（专业）'}"
            f"完成了{word}学位的学习计划，成绩合格，通过{word}学位论文答辩。根据《中华人民共和国学位条例》的规定，"
            f"授予{DEGREE[s['sector']]}{word}学位。")  # fmt: skip
    y = pg.wrap(x, 62, w, body, 14, ctx.body, 2.0, indent=10)
    pg.text(x, y + 16, f"{s['school']}", 13, ctx.body)
    pg.text(x, y + 26, "学位评定委员会主席", 12, ctx.body)
    hand(pg, ctx, x + 46, y + 25, P.person(ctx.rng, {s["name"]}), 14)
    pg.text(x, y + 38, f"证书编号：{ctx.rng.randint(10**15, 10**16 - 1)}", 10.5, ctx.body)
    pg.text(x + w, y + 38, P.day(issued, st), 12, ctx.body, "r")
    stamp(pg, ctx, x + w - 30, y + 22, s["school"], 19)
    kind = "doctor_degree" if doctor else "master_degree"
    return _q_doc(s, v, [pg], s["school"], issued.isoformat(), kind, s["major"], None,
                  SCORE_Q + ["qualification.subject"])  # fmt: skip


def _q_self(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style(("cjk", "cjk0", "han"))
    y0, m0 = ctx.rng.randint(2012, 2023), ctx.pick([4, 10])
    issuer = "山东省高等教育自学考试委员会"
    mods = ctx.rng.sample(COURSES[s["sector"]], ctx.rng.randint(1, 3))
    centre(pg, ctx, 28, "高等教育自学考试", 16, bold=False)
    centre(pg, ctx, 40, "单科合格证书", 24)
    y = pairs(pg, ctx, 30, 66, [("姓　　名", s["name"]), ("准考证号", f"0{ctx.rng.randint(10**10, 10**11)}"),
                                ("报考专业", s["major"])], 12.5, 28)  # fmt: skip
    y = pg.wrap(30, y + 4, 150, f"你参加{P.month(y0, m0, st)}高等教育自学考试，下列课程成绩合格，特发此证。", 12.5, ctx.body,
                1.8, indent=9)  # fmt: skip
    rows = [["课程代码", "课程名称", "成绩"]] + [[f"0{ctx.rng.randint(1000, 9999)}", m, str(ctx.rng.randint(60, 92))]
                                                  for m in mods]  # fmt: skip
    y = pg.table(30, y + 6, [36, 80, 34], rows, 11, ctx.body, 10, header_font=ctx.bold)
    m1 = m0 + 2
    sign_off(pg, ctx, [issuer, P.month(y0, m1, st)], y + 24, 12.5, seal=issuer)
    return _q_doc(s, v, [pg], issuer, f"{y0}-{m1:02d}", "self_study_exam", s["major"], mods,
                  SCORE_Q + ["qualification.subject", "qualification.modules"])  # fmt: skip


def _q_courses(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style()
    y0 = ctx.rng.randint(2012, 2022)
    issued = dt.date(y0 + 1, ctx.pick([1, 6, 7]), ctx.rng.randint(1, 28))
    mods = ctx.rng.sample(COURSES[s["sector"]], 4)
    centre(pg, ctx, 30, "研究生课程进修班", 18, bold=False)
    centre(pg, ctx, 42, spaced("结业证书", " "), 26)
    body = (f"{s['name']}同志于{y0}年9月至{issued.year}年{issued.month}月参加我校{s['major']}专业研究生课程进修班学习，"
            "修完下列课程，成绩合格，准予结业。")  # fmt: skip
    y = pg.wrap(28, 70, 154, body, 13, ctx.body, 1.9, indent=9)
    rows = [["序号", "课程名称", "学分", "成绩"]] + [[str(i + 1), m, str(ctx.pick([2, 3])), str(ctx.rng.randint(70, 95))]
                                                  for i, m in enumerate(mods)]  # fmt: skip
    y = pg.table(32, y + 6, [16, 84, 22, 24], rows, 11, ctx.body, 10, header_font=ctx.bold)
    sign_off(pg, ctx, [s["school"], P.day(issued, st)], y + 22, 13, seal=s["school"])
    pg.text(28, y + 50, f"编号：YJ{ctx.rng.randint(100000, 999999)}", 10, ctx.body, "l", GREY)
    return _q_doc(s, v, [pg], s["school"], issued.isoformat(), "postgraduate_courses", s["major"], mods,
                  SCORE_Q + ["qualification.subject", "qualification.modules"])  # fmt: skip


def _q_computer(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = Page(180.0, 126.0)
    st = ctx.style(("han", "cjk", "dot"))
    issuer = "人力资源和社会保障部人事考试中心"
    mods = ctx.rng.sample(MODULES, ctx.rng.randint(1, 3))
    issued = P.a_day(ctx.rng, 2010, 2019)
    pg.rect(5, 5, 175, 121, 0.8, (30, 80, 130))
    pg.text(90, 12, "全国专业技术人员计算机应用能力考试", 12, ctx.bold, "c")
    pg.text(90, 21, "合 格 证 书", 15, ctx.bold, "c", RED)
    y = pairs(pg, ctx, 14, 36, [("姓名", s["name"]), ("性别", s["sex"]),
                                ("证件号码", f"3714{ctx.rng.randint(10**13, 10**14 - 1)}")], 9.5, 18, gap=1.8)  # fmt: skip
    rows = [["考试科目", "考试日期", "成绩"]] + [
        [m, P.day(issued - dt.timedelta(days=40 * i + 20), "iso"), "合格"] for i, m in enumerate(mods)
    ]
    y = pg.table(14, y + 2, [70, 34, 20], rows, 8.5, ctx.body, 7.5, header_font=ctx.bold)
    pg.text(14, y + 5, f"证书编号：{ctx.rng.randint(10**11, 10**12 - 1)}", 8, ctx.body)
    sign_off(pg, ctx, [issuer, P.day(issued, st)], 98, 8.5, xr=170, seal=issuer)
    return _q_doc(s, v, [pg], issuer, issued.isoformat(), "computer_exam", None, mods,
                  SCORE_Q + ["qualification.modules"])  # fmt: skip


# ---- other proofs -----------------------------------------------------------------------------
TITLES = {"agri": "高级农艺师", "vet": "高级兽医师", "pharm": "主任药师", "mine": "高级工程师", "grid": "高级工程师",
          "env": "高级工程师", "school": "高级教师"}  # fmt: skip
LICENSE = {"agri": ("农业技术员", "职业技能等级证书"), "vet": ("执业兽医", "执业兽医资格证书"),
           "pharm": ("执业药师", "执业药师职业资格证书"), "mine": ("注册安全工程师", "注册安全工程师职业资格证书"),
           "grid": ("注册电气工程师", "注册电气工程师执业资格证书"), "env": ("环境影响评价工程师", "环境影响评价工程师职业资格证书"),
           "school": ("高级中学教师资格", "教师资格证书")}  # fmt: skip


def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    s = _person(ctx)
    m, c = P.city_county(ctx.rng)
    s.update(m=m, c=c, unit=P.workplace(ctx.rng, s["sector"], m, c))
    return {"title": _o_title, "license": _o_license, "taskbook": _o_task, "poster": _o_poster,
            "safety": _o_safety, "accept": _o_accept}[v](ctx, s, v)  # fmt: skip


def _o_doc(v: str, pages: list[Page], fields: dict, person: str, year: int) -> Doc:
    return make("other", "other", v, pages, fields, [], person, year)


def _o_title(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = Page(190.0, 134.0)
    st = ctx.style(("cjk", "cjk0", "han"))
    y0, m0 = ctx.rng.randint(2012, 2023), ctx.pick([11, 12, 1])
    issuer = "山东省人力资源和社会保障厅"
    pg.line(95, 6, 95, 128, 0.3, GREY)
    pg.text(47.5, 30, "专业技术职务", 14, ctx.bold, "c")
    pg.text(47.5, 42, "任职资格证书", 14, ctx.bold, "c")
    pg.text(47.5, 100, issuer, 9, ctx.body, "c")
    stamp(pg, ctx, 47.5, 96, issuer, 15)
    pairs(pg, ctx, 102, 14, [("姓名", s["name"]), ("性别", s["sex"]), ("工作单位", s["unit"]),
                             ("从事专业", s["major"]), ("资格名称", TITLES[s["sector"]]),
                             ("评审通过时间", P.month(y0, m0, st)), ("证书编号", f"{y0}{ctx.rng.randint(10**6, 10**7)}")],
          9.5, 26, gap=1.9)  # fmt: skip
    f = {"holder": s["name"], "issuer": issuer, "issued_on": f"{y0}-{m0:02d}"}
    return _o_doc(v, [pg], f, s["name"], y0)


def _o_license(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style()
    what, cert = LICENSE[s["sector"]]
    issued = P.a_day(ctx.rng, 2012, 2023)
    centre(pg, ctx, 40, "中华人民共和国", 18, bold=False)
    centre(pg, ctx, 56, cert, 22)
    pg.wrap(30, 84, 150, f"本证书由国家相关主管部门批准颁发，表明持证人通过国家统一组织的考试，取得{what}资格。", 12, ctx.body, 1.8,
            indent=8)  # fmt: skip
    pairs(pg, ctx, 40, 122, [("持证人姓名", s["name"]), ("性　　别", s["sex"]), ("出生年月", P.month(s["birth"].year, s["birth"].month, st)),
                             ("管理号", f"{issued.year}0{ctx.rng.randint(10**8, 10**9)}"), ("签发日期", P.day(issued, st))], 12, 30,
          rule=True)  # fmt: skip
    return _o_doc(v, [pg], {"holder": s["name"], "issued_on": issued.isoformat()}, s["name"], issued.year)


def _o_task(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style(("cjk", "cjk0"))
    y0 = ctx.rng.randint(2018, 2023)
    leader = s["name"]
    issuer = ctx.pick([f"{s['m']}市科学技术局", "山东省农业农村厅", f"{s['m']}市教育科学研究院"])
    centre(
        pg,
        ctx,
        50,
        issuer.replace("科学技术局", "科技计划项目").replace("厅", "厅项目").replace("研究院", "规划课题"),
        15,
        bold=False,
    )
    centre(pg, ctx, 68, spaced("项目任务书", " "), 26)
    title = ctx.pick(P.PROJECTS[s["sector"]])
    pairs(pg, ctx, 36, 120, [("项目名称", title), ("承担单位", s["unit"]), ("项目负责人", leader),
                             ("起止年限", f"{P.month(y0, 1, st)}至{P.month(y0 + 2, 12, st)}"), ("主管部门", issuer)],
          13, 32, gap=2.4, rule=True)  # fmt: skip
    pg.text(105, 250, P.month(y0, ctx.rng.randint(3, 6), st), 13, ctx.body, "c")
    f = {"title": title, "people": who([leader], "project_leader"), "issuer": issuer}
    return _o_doc(v, [pg], f, leader, y0)


def _o_poster(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = landscape()
    authors = P.people(ctx.rng, ctx.rng.randint(3, 5))
    meeting = f"{P.SOCIETY[s['sector']]}{ctx.rng.randint(2019, 2024)}年学术年会"
    pg.rect(0, 0, 297, 20, 0, (30, 70, 120), (30, 70, 120))
    pg.text(10, 6, meeting, 12, ctx.bold, "l", (255, 255, 255))
    pg.text(287, 7, f"壁报编号 P-{ctx.rng.randint(1, 120):03d}", 10, ctx.body, "r", (255, 255, 255))
    title = ctx.pick(P.PAPERS[s["sector"]])
    centre(pg, ctx, 30, title, 20)
    parts: list[tuple[str, bool]] = []
    for i, a in enumerate(authors):
        parts += [
            (a, False),
            ("1" if i % 2 == 0 else "2", True),
            ("　" if i < len(authors) - 1 else "", False),
        ]
    pg.runs(148.5, 44, parts, 13, ctx.body)
    pg.text(148.5, 53, f"1. {s['unit']}；2. {ctx.pick(SCHOOLS)}", 10, ctx.body, "c", GREY)
    heads = ["目的", "方法", "结果", "结论"]
    for i, h in enumerate(heads):
        x = 14 + (i % 2) * 140
        y = 68 + (i // 2) * 64
        pg.rect(x, y, x + 130, y + 58, 0.4, (30, 70, 120))
        pg.text(x + 4, y + 3, h, 12, ctx.bold)
        pg.wrap(
            x + 4,
            y + 12,
            122,
            "本研究围绕上述问题，在山东省典型区域开展系统调查与试验，数据经统计分析后形成结论，可为同类工作提供参考依据。",
            10,
            ctx.body,
            1.6,
        )
    return _o_doc(v, [pg], {"title": title, "people": who(authors, "author")}, ctx.pick(authors),
                  int(meeting[len(P.SOCIETY[s["sector"]]):][:4]))  # fmt: skip


def _o_safety(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = Page(170.0, 108.0)
    st = ctx.style(("iso", "cjk0", "dot"))
    first = P.a_day(ctx.rng, 2016, 2023)
    sec = s["sector"]
    if sec == "mine":
        head, kind, org = "安全生产知识和管理能力考核合格证", "煤矿安全生产管理人员", "山东省能源局"
    elif sec == "grid":
        head, kind, org = "特种作业操作证", "电工作业 高压电工作业", f"{s['m']}市应急管理局"
    else:
        head, kind, org = (
            "职业技能等级证书",
            {
                "agri": "农业技术员",
                "vet": "动物疫病防治员",
                "pharm": "药物制剂工",
                "env": "环境监测员",
                "school": "心理咨询师",
            }[sec],
            "山东省职业技能鉴定指导中心",
        )
    pg.rect(0, 0, 170, 16, 0, (20, 90, 60), (20, 90, 60))
    pg.text(85, 4, head, 12, ctx.bold, "c", (255, 255, 255))
    pg.rect(128, 24, 160, 64, 0.3, GREY)
    pairs(pg, ctx, 10, 24, [("姓　　名", s["name"]), ("性　　别", s["sex"]), ("单　　位", s["unit"]), ("类　　别", kind),
                            ("初领日期", P.day(first, st)), ("有效期至", P.day(first.replace(year=first.year + 6), st)),
                            ("发证机关", org)], 9, 20, gap=1.85)  # fmt: skip
    stamp(pg, ctx, 120, 86, org, 13)
    return _o_doc(
        v, [pg], {"holder": s["name"], "issuer": org, "issued_on": first.isoformat()}, s["name"], first.year
    )


def _o_accept(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style()
    authors = P.people(ctx.rng, ctx.rng.randint(2, 4))
    title = ctx.pick(P.PAPERS[s["sector"]])
    from bench.blind.common import journals

    j = ctx.pick(journals())
    issued = P.a_day(ctx.rng, 2019, 2024)
    centre(pg, ctx, 30, f"《{j.name}》编辑部", 15, bold=False)
    centre(pg, ctx, 44, "录 用 通 知", 22)
    y = pg.wrap(24, 66, 162, "、".join(authors) + "：", 13, ctx.body)
    body = (f"您好！您投寄的稿件《{title}》经同行专家评审和编辑部审核，符合本刊要求，决定录用，"
            f"拟于{issued.year + (1 if issued.month > 8 else 0)}年刊出。请勿一稿多投。")  # fmt: skip
    y = pg.wrap(24, y + 4, 162, body, 13, ctx.body, 1.9, indent=9)
    sign_off(pg, ctx, [f"《{j.name}》编辑部", P.day(issued, st)], y + 20, 13, seal=f"{j.name}编辑部")
    return _o_doc(v, [pg], {"title": title, "people": who(authors, "author")}, ctx.pick(authors), issued.year)
