"""Draw 31 qualification certificates: diplomas, adult-education diplomas, degrees, exam and course proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame
from bench.blind.page import Page, width_mm
from bench.blind31.kit import GREY_PAPER, RED, centre, doc, fits, line_at, para
from bench.blind31.pools import Ctx, day, fmt, fmt_m, hz_num, hz_year, iso_m
from bench.blind31.scene import Scene, scene

MAJORS = {
    "health": ("临床医学", "医学"),
    "teacher": ("小学教育", "教育学"),
    "forest": ("林学", "农学"),
    "water": ("水利水电工程", "工学"),
    "road": ("道路桥梁工程技术", "工学"),
    "acct": ("会计学", "管理学"),
    "econ": ("经济学", "经济学"),
}
SCHOOLS = {
    "湖南": [
        "湖南城市学院",
        "湖南农业大学",
        "湖南师范大学",
        "益阳医学高等专科学校",
        "湖南水利水电职业技术学院",
    ],
    "河南": ["河南大学", "开封大学", "河南农业大学", "黄河水利职业技术学院", "河南财经政法大学"],
}
SCORED = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    sc = scene(ctx, 3)
    return BUILD[v](ctx, v, sc)


def _rec(ctx, v, sc, pages, issuer, issued, kind, subject, modules, year, extra=()):  # noqa: ANN001, ANN202
    q = {"kind": kind, "subject": subject, "modules": modules}
    f = {"holder": sc.names[0], "issuer": issuer, "issued_on": issued, "qualification": q}
    scored = [s for s in SCORED if not (s.endswith("subject") and subject is None)]
    if modules:
        scored.append("qualification.modules")
    return doc(ctx, "qualification_certificate", "qual", v, pages, f, scored, sc.names[0], year)


def _born(ctx: Ctx) -> dt.date:
    return day(ctx.rng, 1975, 1998)


def _seal_sign(pg: Page, ctx: Ctx, issuer: str, date_s: str, y: float, lead: str = "") -> None:
    w = max(width_mm(issuer, ctx.body, 13), width_mm(date_s, ctx.body, 13))
    cx = pg.w - 30 - w / 2
    pg.text(cx, y, issuer, 13, ctx.body, "c")
    pg.text(cx, y + 9, date_s, 13, ctx.body, "c")
    if lead:
        pg.text(30, y, lead, 12, ctx.body)
    pg.seal(cx, y + 4, 20, issuer[:16], ctx.rng.randint(0, 9999))


def _college(ctx: Ctx, v: str, sc: Scene) -> Doc:
    pg = Page(297, 210)
    pg.bg = (248, 244, 232)
    frame(pg, ctx, 2)
    school = ctx.rng.choice(SCHOOLS[sc.p])
    major, _ = MAJORS[sc.sector]
    b = _born(ctx)
    grad = dt.date(b.year + ctx.rng.randint(21, 24), ctx.rng.choice([6, 7]), ctx.rng.randint(20, 30))
    enter = dt.date(grad.year - 3, 9, 1)
    pg.text(148, 24, "普通高等学校", 16, ctx.bold, "c")
    pg.text(148, 34, "毕 业 证 书", 30, ctx.bold, "c", RED)
    pg.rect(30, 64, 62, 104, 0.3)
    s = (f"学生{sc.names[0]}，性别{ctx.rng.choice(['男', '女'])}，{b.year}年{b.month}月{b.day}日生，于{enter.year}年{enter.month}月至"
         f"{grad.year}年{grad.month}月在本校{major}专业三年制专科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
    y = para(pg, ctx, 80, 66, 190, s, 14, 2.1)
    pg.text(30, 160, f"校    名：{school}", 12.5, ctx.body)
    pg.text(30, 170, f"校(院)长：{sc.names[1]}", 12.5, ctx.body)
    pg.text(30, 180, f"证书编号：{ctx.rng.randint(10**17, 10**18 - 1)}", 12.5, ctx.body)
    date_s = fmt(grad, "cn")
    pg.text(250, 175, date_s, 13, ctx.body, "c")
    pg.seal(230, 170, 20, school, ctx.rng.randint(0, 9999))
    del y
    return _rec(ctx, v, sc, [pg], school, grad.isoformat(), "graduation", major, None, grad.year)


def _adult(ctx: Ctx, v: str, sc: Scene) -> Doc:
    pg = Page()
    frame(pg, ctx, 1)
    school = ctx.rng.choice(SCHOOLS[sc.p])
    major, _ = MAJORS[sc.sector]
    b = _born(ctx)
    grad = dt.date(ctx.rng.randint(2016, 2024), 1 if ctx.rng.random() < 0.5 else 7, ctx.rng.randint(5, 25))
    enter = dt.date(grad.year - 3 if grad.month == 1 else grad.year - 2, 3 if grad.month == 1 else 9, 1)
    y = centre(pg, ctx, 40, "成人高等教育", 15)
    y = centre(pg, ctx, y, "毕  业  证  书", 28, True)
    rows = [("姓  名", sc.names[0]), ("性  别", ctx.rng.choice(["男", "女"])), ("出生日期", fmt(b, "pad")),
            ("专  业", major), ("层  次", ctx.rng.choice(["专科起点本科", "高中起点专科"])),
            ("学习形式", ctx.rng.choice(["函授", "业余"])), ("学习时间", f"{fmt_m(enter.year, enter.month, 'pad')}至{fmt_m(grad.year, grad.month, 'pad')}")]  # fmt: skip
    y += 16
    for lab, val in rows:
        pg.text(40, y, f"{lab}：", 13, ctx.body)
        pg.text(78, y, val, 13, ctx.body)
        y += 11.25
    y = para(
        pg, ctx, 35, y + 6, 140, "该生在我校修完成人高等教育教学计划规定的全部课程，成绩合格，准予毕业。", 13
    )
    _seal_sign(pg, ctx, school, fmt(grad, "pad"), y + 24, f"校长：{sc.names[1]}")
    pg.text(35, 265, f"证书编号：{ctx.rng.randint(10**17, 10**18 - 1)}", 10, ctx.body)
    return _rec(ctx, v, sc, [pg], school, grad.isoformat(), "graduation", major, None, grad.year)


def _master(ctx: Ctx, v: str, sc: Scene) -> Doc:
    pg = Page()
    pg.bg = GREY_PAPER
    frame(pg, ctx, 3)
    school = ctx.rng.choice([s for s in SCHOOLS[sc.p] if "大学" in s])
    major, field = MAJORS[sc.sector]
    b = _born(ctx)
    when = dt.date(ctx.rng.randint(2016, 2024), 6, ctx.rng.randint(10, 30))
    y = centre(pg, ctx, 50, "硕士学位证书", 28, True)
    y += 16
    s = (f"{sc.names[0]}，{ctx.rng.choice(['男', '女'])}，{hz_year(b.year)}年{hz_num(b.month)}月生。在{major}学科（专业）已通过硕士学位的课程考试和论文答辩，"
         f"成绩合格。根据《中华人民共和国学位条例》的规定，授予{field}硕士学位。")  # fmt: skip
    y = para(pg, ctx, 30, y, 150, s, 14.5, 2.3)
    pg.text(30, y + 25, f"{school}", 13, ctx.body)
    pg.text(30, y + 35, f"学位评定委员会主席  {sc.names[1]}", 13, ctx.body)
    date_s = fmt(when, "hanzi")
    pg.text(175, y + 50, date_s, 13, ctx.body, "r")
    pg.seal(150, y + 40, 21, school, ctx.rng.randint(0, 9999))
    pg.text(30, 262, f"证书编号：1{ctx.rng.randint(10**14, 10**15 - 1)}", 10, ctx.body)
    return _rec(ctx, v, sc, [pg], school, when.isoformat(), "master_degree", major, None, when.year)


SELF_COURSES = {
    "health": ["内科护理学（一）", "医用化学", "预防医学（二）", "生理学"],
    "teacher": ["教育心理学", "小学语文教学论", "现代教育技术", "教育学（一）"],
    "forest": ["植物学", "森林培育学", "土壤学", "林业经济管理"],
    "water": ["水力学", "工程测量", "水工建筑物", "工程力学（一）"],
    "road": ["道路勘测设计", "桥梁工程（一）", "工程地质及土力学", "结构力学（一）"],
    "acct": ["中级财务会计", "审计学", "财务管理学", "成本会计"],
    "econ": ["政治经济学（财经类）", "西方经济学", "国民经济统计概论", "财政学"],
}


def _selfexam(ctx: Ctx, v: str, sc: Scene) -> Doc:
    pg = Page(210, 148)
    pg.rect(6, 6, 204, 142, 0.6, (30, 80, 150))
    prov = sc.p
    issuer = f"{prov}省高等教育自学考试委员会"
    major, _ = MAJORS[sc.sector]
    mods = ctx.rng.sample(SELF_COURSES[sc.sector], ctx.rng.randint(1, 3))
    y0 = ctx.rng.randint(2016, 2024)
    m = ctx.rng.choice([4, 10])
    pg.text(105, 12, "高等教育自学考试", 13, ctx.body, "c")
    pg.text(105, 20, "课程合格证书", 20, ctx.bold, "c", (30, 80, 150))
    y = 36.0
    for lab, val in [
        ("姓名", sc.names[0]),
        ("准考证号", f"{ctx.rng.randint(10**11, 10**12 - 1)}"),
        ("报考专业", major),
    ]:
        pg.text(18, y, f"{lab}：{val}", 11.5, ctx.body)
        y += 8.75
    rows = [["课程代码", "课程名称", "成绩", "考试时间"]] + [
        [f"0{ctx.rng.randint(1000, 9999)}", c, str(ctx.rng.randint(60, 92)), fmt_m(y0, m, "dot")]
        for c in mods
    ]
    y = pg.table(18, y + 2, [28, 78, 20, 48], rows, 10.5, ctx.body, 9, header_font=ctx.bold)
    issued = (y0, m + 1)
    pg.text(190, 122, issuer, 11.5, ctx.body, "r")
    pg.text(190, 131, f"发证日期：{fmt_m(*issued, 'cn')}", 11.5, ctx.body, "r")
    pg.seal(160, 126, 15, issuer[:16], ctx.rng.randint(0, 9999))
    return _rec(ctx, v, sc, [pg], issuer, iso_m(*issued), "self_study_exam", major, mods, y0)


COMPUTER = [
    "Word 2016中文字处理",
    "Excel 2016中文电子表格",
    "PowerPoint 2016中文演示文稿",
    "Windows 7操作系统",
    "Internet应用",
    "AutoCAD 2014制图",
]


def _computer(ctx: Ctx, v: str, sc: Scene) -> Doc:
    pg = Page(148, 210)
    pg.rect(5, 5, 143, 205, 0.5, (20, 110, 80))
    issuer = "人力资源和社会保障部人事考试中心"
    mods = ctx.rng.sample(COMPUTER, ctx.rng.randint(1, 3))
    when = day(ctx.rng, 2016, 2023)
    y = centre(pg, ctx, 18, "全国专业技术人员", 13)
    y = centre(pg, ctx, y, "计算机应用能力考试", 17, True)
    y = centre(pg, ctx, y, "合  格  证", 22, True, (20, 110, 80))
    pg.rect(55, y + 4, 93, y + 48, 0.3)
    y += 56
    for lab, val in [
        ("姓    名", sc.names[0]),
        ("工作单位", sc.unit(ctx)),
        ("证件号码", f"4{ctx.rng.randint(10**15, 10**16 - 1)}**"),
    ]:
        pg.text(16, y, f"{lab}：", 11, ctx.body)
        pg.text(42, y, val, fits(val, ctx, 11, 95), ctx.body)
        y += 8.75
    y = line_at(pg, ctx, 16, y + 2, "考试合格科目：", 11)
    for mname in mods:
        y = line_at(pg, ctx, 24, y, mname, 11)
    pg.text(135, 180, issuer, 10, ctx.body, "r")
    pg.text(135, 188, f"发证日期：{fmt(when, 'pad')}", 10, ctx.body, "r")
    pg.seal(110, 184, 14, issuer[:16], ctx.rng.randint(0, 9999))
    return _rec(ctx, v, sc, [pg], issuer, when.isoformat(), "computer_exam", None, mods, when.year)


def _course(ctx: Ctx, v: str, sc: Scene) -> Doc:
    pg = Page()
    frame(pg, ctx, 2)
    school = ctx.rng.choice([s for s in SCHOOLS[sc.p] if "大学" in s])
    major, _ = MAJORS[sc.sector]
    y1 = ctx.rng.randint(2016, 2022)
    mods = ctx.rng.sample(SELF_COURSES[sc.sector], 3)
    y = centre(pg, ctx, 46, "研究生课程进修班", 18, True)
    y = centre(pg, ctx, y, "结  业  证  书", 26, True, RED)
    s = (f"{sc.names[0]}同志于{y1}年9月至{y1 + 2}年6月参加我校{major}专业研究生课程进修班学习，"
         f"修完规定的研究生课程，考试成绩合格，准予结业。")  # fmt: skip
    y = para(pg, ctx, 30, y + 16, 150, s, 14, 2.2)
    y = line_at(pg, ctx, 30, y + 4, "主要课程：" + "、".join(mods), 12)
    when = (y1 + 2, 6)
    _seal_sign(pg, ctx, school, fmt_m(*when, "cn"), y + 30)
    return _rec(ctx, v, sc, [pg], school, iso_m(*when), "postgraduate_courses", major, mods, y1 + 2)


def _record(ctx: Ctx, v: str, sc: Scene) -> Doc:
    pg = Page(105, 210)
    pg.bg = (250, 250, 250)
    school = ctx.rng.choice(SCHOOLS[sc.p])
    major, _ = MAJORS[sc.sector]
    b = _born(ctx)
    grad = dt.date(b.year + ctx.rng.randint(21, 25), 6, ctx.rng.randint(20, 30))
    pg.rect(0, 0, 105, 14, 0, fill=(0, 120, 200))
    pg.text(52, 4, "教育部学历证书电子注册备案表", 10.5, ctx.bold, "c", (255, 255, 255))
    pg.text(
        52,
        18,
        f"更新日期：{fmt(day(ctx.rng, grad.year + 1, 2025), 'dash')}",
        8,
        ctx.body,
        "c",
        (100, 100, 100),
    )
    rows = [("姓名", sc.names[0]), ("性别", ctx.rng.choice(["男", "女"])), ("出生日期", fmt(b, "dash")),
            ("入学日期", fmt(dt.date(grad.year - 4, 9, 1), "dash")), ("毕(结)业日期", fmt(grad, "dash")),
            ("学校名称", school), ("专业", major), ("学制", "4年"), ("层次", "本科"),
            ("学历类别", "普通高等教育"), ("学习形式", "普通全日制"), ("毕(结)业", "毕业"),
            ("证书编号", f"{ctx.rng.randint(10**17, 10**18 - 1)}"), ("校(院)长姓名", sc.names[1])]  # fmt: skip
    y = 27.5
    for lab, val in rows:
        pg.rect(6, y - 2, 99, y + 6.5, 0.2, (200, 200, 200))
        pg.text(9, y, lab, 8.5, ctx.body, "l", (90, 90, 90))
        pg.text(40, y, val, fits(val, ctx, 9, 56), ctx.body)
        y += 8.75
    pg.text(52, y + 6, f"在线验证码：{ctx.rng.randint(10**15, 10**16 - 1)}", 8, ctx.body, "c")
    return _rec(ctx, v, sc, [pg], school, grad.isoformat(), "graduation", major, None, grad.year)


BUILD = {
    "college": _college,
    "adult": _adult,
    "master": _master,
    "selfexam": _selfexam,
    "computer": _computer,
    "course": _course,
    "record": _record,
}
