"""Draw 33 builders: qualification certificates (diplomas, degrees, course and exam certificates) and others."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind33 import ink, pools
from bench.blind33.pools import Ctx, day, iso, month
from bench.generator.truth import person

MAJORS = {
    "护理学": "Nursing", "药学": "Pharmacy", "港口航道与海岸工程": "Port, Waterway and Coastal Engineering",
    "水产养殖学": "Aquaculture", "船舶与海洋工程": "Naval Architecture and Ocean Engineering",
    "测绘工程": "Surveying and Mapping Engineering", "建筑学": "Architecture", "职业技术教育": "Vocational and Technical Education",
}  # fmt: skip
EN_UNIV = {"鲁东大学": "Ludong University", "烟台大学": "Yantai University", "中国海洋大学": "Ocean University of China",
           "山东交通学院": "Shandong Jiaotong University", "滨州医学院": "Binzhou Medical University",
           "青岛理工大学": "Qingdao University of Technology", "湖南城市学院": "Hunan City University",
           "湖南农业大学": "Hunan Agricultural University", "长沙理工大学": "Changsha University of Science & Technology",
           "湖南师范大学": "Hunan Normal University", "湘潭大学": "Xiangtan University",
           "益阳职业技术学院": "Yiyang Vocational & Technical College"}  # fmt: skip
COURSES = {
    "护理学": ["护理学导论", "内科护理学", "外科护理学", "护理管理学", "急救护理学", "社区护理学"],
    "药学": ["药物化学", "药剂学", "药理学", "药物分析", "天然药物化学", "药事管理学"],
    "港口航道与海岸工程": ["港口规划与布置", "航道整治", "海岸动力学", "水工建筑物", "港口水工建筑物"],
    "水产养殖学": ["鱼类增养殖学", "水产动物疾病学", "水产动物营养与饲料学", "水生生物学", "养殖水化学"],
    "船舶与海洋工程": ["船舶结构力学", "船舶流体力学", "船舶设计原理", "海洋工程环境"],
    "测绘工程": ["大地测量学基础", "数字地形测量学", "摄影测量学", "地理信息系统原理"],
    "建筑学": ["建筑设计原理", "城市规划原理", "建筑构造", "建筑物理"],
    "职业技术教育": ["职业教育学", "职业教育课程论", "教育心理学", "职业教育研究方法"],
}
DEGREE_FIELD = {"护理学": "医学", "药学": "理学", "港口航道与海岸工程": "工学", "水产养殖学": "农学",
                "船舶与海洋工程": "工学", "测绘工程": "工学", "建筑学": "工学", "职业技术教育": "教育学"}  # fmt: skip
MODULES = ["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Internet应用",
           "AutoCAD 2008制图软件", "Photoshop CS4图像处理", "Project 2007项目管理", "Visual FoxPro 6.0数据库管理系统"]  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    r = ctx.rng
    prov = r.choice(list(pools.UNIVS))
    q = {"name": pools.people(r, 2), "univ": r.choice([u for u in pools.UNIVS[prov] if u in EN_UNIV]),
         "major": r.choice(list(MAJORS)), "prov": prov}  # fmt: skip
    return {"diploma": _q_diploma, "degreeen": _q_degree_en, "postgrad": _q_postgrad, "selfstudy": _q_selfstudy,
            "computer": _q_computer, "doctor": _q_doctor}[v](ctx, v, q)  # fmt: skip


def _qdoc(ctx: Ctx, v: str, pages: list[Page], who: str, issuer: str, issued: str, kind: str, subject: str | None,
          modules: list[str] | None) -> Doc:  # fmt: skip
    sc = ["holder", "issuer", "issued_on", "qualification.kind"]
    sc += ["qualification.subject"] if subject else []
    sc += ["qualification.modules"] if modules else []
    f = {"holder": who, "issuer": issuer, "issued_on": issued,
         "qualification": {"kind": kind, "subject": subject, "modules": modules}}  # fmt: skip
    return Doc("qualification_certificate", ctx.layout("qual", v), pages, f, sc,
               {"person": who, "year": int(issued[:4])})  # fmt: skip


def _birth(ctx: Ctx) -> dt.date:
    return dt.date(ctx.rng.randint(1975, 1998), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))


def _q_diploma(ctx: Ctx, v: str, q: dict) -> Doc:
    r = ctx.rng
    st = pools.style(ctx, ["cjk", "han"])
    who, head = q["name"]
    b = _birth(ctx)
    y0 = b.year + r.choice([18, 19])
    y1 = y0 + 4
    issued = dt.date(y1, 6, r.randint(20, 30))
    pg = Page(297, 210)
    pg.rect(8, 8, 289, 202, 1.2, (120, 30, 30))
    pg.text(148.5, 22, "毕 业 证 书", 30, ctx.bold, "c", (120, 30, 30))
    ink.photo(pg, ctx, 30, 50, 30, 40)
    sex = r.choice(["男", "女"])
    body = (f"学生{who}，性别{sex}，{day(b, st)}生，于{month(y0, 9, st)}至{month(y1, 6, st)}在本校"
            f"{q['major']}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
    y = pg.wrap(80, 52, 190, body, 15, ctx.body, 2.1, indent=10)
    pg.text(90, y + 20, "校　长：", 13, ctx.body)
    ink.hand(pg, ctx, 112, y + 19, head, 17)
    pg.text(255, y + 16, q["univ"], 14, ctx.body, "r")
    pg.text(255, y + 27, day(issued, st), 14, ctx.body, "r")
    ink.seal_over(pg, ctx, 255 - width_mm(q["univ"], ctx.body, 14) / 2, y + 20, q["univ"], 20)
    pg.text(30, 180, f"证书编号：{pools.cert_no(r, '10' + str(r.randint(100, 999)), 13)}", 11, ctx.body)
    return _qdoc(ctx, v, [pg], who, q["univ"], iso(issued), "graduation", q["major"], None)


def _q_degree_en(ctx: Ctx, v: str, q: dict) -> Doc:
    r = ctx.rng
    who, head = q["name"]
    b = _birth(ctx)
    yr = b.year + r.randint(24, 28)
    fieldn = DEGREE_FIELD[q["major"]]
    st = pools.style(ctx, ["han", "cjk"])
    p1 = Page()
    p1.text(105, 40, "硕士学位证书", 28, ctx.bold, "c")
    ink.photo(p1, ctx, 92, 62)
    body = (f"{who}，{r.choice(['男', '女'])}，{day(b, st)}生。在{q['major']}专业完成了硕士研究生的学习计划，"
            f"业已通过硕士学位的课程考试和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予{fieldn}硕士学位。")  # fmt: skip
    y = ink.para(p1, ctx, 28, 110, 154, body, 14, lead=2.0)
    p1.text(48, y + 24, f"{q['univ']}学位评定委员会主席", 12, ctx.body)
    ink.hand(p1, ctx, 70, y + 34, head, 16)
    p1.text(180, y + 50, month(yr, 6, st), 13, ctx.body, "r")
    ink.seal_over(p1, ctx, 150, y + 40, q["univ"])
    p1.text(28, 272, f"证书编号：{pools.cert_no(r, '', 16)}", 10, ctx.body)
    p2 = Page()
    p2.text(105, 34, "(Translation)", 10, ctx.body, "c")
    p2.text(105, 44, "MASTER'S DEGREE CERTIFICATE", 18, ctx.bold, "c")
    en = (f"This is to certify that {who}, born on {b.isoformat()}, has completed the graduate programme in "
          f"{MAJORS[q['major']]}, passed the course examinations and the thesis defence, and is hereby awarded "
          f"the Master's Degree in accordance with the Regulations on Academic Degrees of the People's Republic of China.")  # fmt: skip
    y = p2.wrap(26, 64, 158, en, 12, ctx.body, 1.8)
    p2.text(26, y + 16, f"Chairman, Academic Degrees Committee of {EN_UNIV[q['univ']]}", 10.5, ctx.body)
    p2.text(184, y + 34, f"June {yr}", 11, ctx.body, "r")
    p2.text(26, y + 56, "译文与原件内容一致。", 11, ctx.body)
    return _qdoc(ctx, v, [p1, p2], who, q["univ"], f"{yr}-06", "master_degree", q["major"], None)


def _q_postgrad(ctx: Ctx, v: str, q: dict) -> Doc:
    r = ctx.rng
    st = pools.style(ctx, ["cjk", "cjkpad", "dot"])
    who = q["name"][0]
    mods = r.sample(COURSES[q["major"]], 4)
    y0 = r.randint(2015, 2022)
    issued = dt.date(y0 + 2, r.choice([1, 6, 7]), r.randint(1, 28))
    pg = Page()
    y = ink.centred(pg, 30, "研究生课程进修班", 18, ctx.bold)
    y = ink.centred(pg, y, "结 业 证 书", 26, ctx.bold)
    ink.photo(pg, ctx, 150, y + 4)
    y = ink.kv(
        pg,
        ctx,
        28,
        y + 8,
        [
            ("姓　名", who),
            ("专　业", q["major"]),
            ("学习时间", f"{month(y0, 9, st)}至{month(y0 + 2, 1, st)}"),
        ],
        12.5,
    )
    y = ink.para(
        pg,
        ctx,
        28,
        y + 6,
        154,
        "该学员在我校参加研究生课程进修班学习，修完下列研究生课程，成绩合格，准予结业。",
        12.5,
    )
    rows = [["课程名称", "学分", "成绩"]] + [[m, str(r.choice([2, 3])), str(r.randint(72, 95))] for m in mods]
    y = pg.table(34, y + 4, [86, 28, 28], rows, 11, ctx.body, 9.5, header_font=ctx.bold)
    iss = f"{q['univ']}研究生院"
    pg.text(182, y + 20, iss, 13, ctx.body, "r")
    pg.text(182, y + 30, day(issued, st), 13, ctx.body, "r")
    ink.seal_over(pg, ctx, 182 - width_mm(iss, ctx.body, 13) / 2, y + 24, iss)
    return _qdoc(ctx, v, [pg], who, iss, iso(issued), "postgraduate_courses", q["major"], mods)


def _q_selfstudy(ctx: Ctx, v: str, q: dict) -> Doc:
    r = ctx.rng
    st = pools.style(ctx, ["cjk", "han", "dot"])
    who = q["name"][0]
    prov = q["prov"]
    mods = r.sample(COURSES[q["major"]], r.randint(1, 3))
    y, m = r.randint(2016, 2023), r.choice([4, 10])
    iss = f"{prov}省高等教育自学考试委员会"
    pg = Page(210, 148)
    pg.rect(6, 6, 204, 142, 0.8, (40, 90, 40))
    pg.text(105, 14, "高等教育自学考试", 14, ctx.bold, "c", (40, 90, 40))
    pg.text(105, 23, "单科合格证书", 20, ctx.bold, "c", (40, 90, 40))
    yy = ink.kv(
        pg,
        ctx,
        18,
        38,
        [("姓名", who), ("准考证号", pools.cert_no(r, "01", 10)), ("报考专业", q["major"])],
        11,
        gap=1.9,
    )
    rows = [["课程代码", "课程名称", "成绩", "考试时间"]] + [
        [pools.cert_no(r, "0", 4), c, str(r.randint(60, 88)), month(y, m, st)] for c in mods
    ]
    yy = pg.table(18, yy + 2, [26, 80, 22, 46], rows, 10.5, ctx.body, 9, header_font=ctx.bold)
    pg.text(192, yy + 10, iss, 11, ctx.body, "r")
    pg.text(192, yy + 18, month(y, m + 1, st), 11, ctx.body, "r")
    ink.seal_over(pg, ctx, 192 - width_mm(iss, ctx.body, 11) / 2, yy + 12, iss, 17)
    return _qdoc(ctx, v, [pg], who, iss, f"{y}-{m + 1:02d}", "self_study_exam", q["major"], mods)


def _q_computer(ctx: Ctx, v: str, q: dict) -> Doc:
    r = ctx.rng
    st = pools.style(ctx, ["cjk", "cjkpad"])
    who = q["name"][0]
    mods = r.sample(MODULES, r.randint(1, 2))
    issued = pools.some_day(r, 2014, 2019)
    iss = f"{q['prov']}省人力资源和社会保障厅"
    pg = Page(148, 210)
    pg.rect(5, 5, 143, 205, 0.6, (30, 60, 120))
    pg.text(74, 16, "全国专业技术人员", 13, ctx.bold, "c")
    pg.text(74, 24, "计算机应用能力考试合格证书", 14, ctx.bold, "c")
    ink.photo(pg, ctx, 57, 36, 34, 44)
    y = ink.kv(pg, ctx, 16, 88, [("姓　　名", who), ("身份证号", pools.cert_no(r, "37", 16)),
                                  ("证书编号", pools.cert_no(r, "", 12))], 10.5, gap=2.0)  # fmt: skip
    pg.text(16, y, "考试科目：", 10.5, ctx.body)
    for mdl in mods:
        y = pg.wrap(36, y, 100, mdl, 10.5, ctx.body, 1.6)
    pg.text(132, y + 12, iss, 10.5, ctx.body, "r")
    pg.text(132, y + 20, day(issued, st), 10.5, ctx.body, "r")
    ink.seal_over(pg, ctx, 132 - width_mm(iss, ctx.body, 10.5) / 2, y + 14, iss, 16)
    return _qdoc(ctx, v, [pg], who, iss, iso(issued), "computer_exam", None, mods)


def _q_doctor(ctx: Ctx, v: str, q: dict) -> Doc:
    r = ctx.rng
    who, head = q["name"]
    b = _birth(ctx)
    issued = dt.date(b.year + r.randint(29, 34), r.choice([6, 12]), r.randint(1, 28))
    pg = Page()
    pg.rect(12, 12, 198, 285, 0.5, (90, 70, 30))
    pg.text(105, 36, "博士学位证书", 28, ctx.bold, "c", (90, 70, 30))
    ink.photo(pg, ctx, 90, 56, 30, 40)
    body = (f"{who}，{r.choice(['男', '女'])}，{day(b, 'han')}生。在{q['univ']}{q['major']}学科已通过博士学位的课程考试"
            f"和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予{DEGREE_FIELD[q['major']]}博士学位。")  # fmt: skip
    y = ink.para(pg, ctx, 30, 110, 150, body, 14, lead=2.1)
    pg.text(30, y + 22, f"{q['univ']}", 13, ctx.body)
    pg.text(30, y + 32, "学位评定委员会主席", 13, ctx.body)
    ink.hand(pg, ctx, 92, y + 31, head, 16)
    pg.text(180, y + 52, day(issued, "han"), 13, ctx.body, "r")
    ink.seal_over(pg, ctx, 60, y + 30, q["univ"], 20)
    pg.text(30, 270, f"证书编号：{pools.cert_no(r, '10', 14)}", 10, ctx.body)
    return _qdoc(ctx, v, [pg], who, q["univ"], iso(issued), "doctor_degree", q["major"], None)


# ---- other --------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    r = ctx.rng
    prov, city = pools.prov_city(r)
    names = pools.people(r, 7)
    who = names[0]
    d = pools.some_day(r, 2019, 2024)
    work = pools.workplace(r, city)
    org = pools.trainer(r, prov, city)
    st = pools.style(ctx, ["cjk", "cjkpad", "dot"])
    pg = Page()
    holder, ppl = who, []
    if v == "receipt":
        pg = Page(210, 110)
        pg.text(105, 10, "收  款  收  据", 18, ctx.bold, "c", ink.RED)
        pg.text(190, 22, f"No.{pools.cert_no(r, '', 8)}", 10, ctx.body, "r", ink.RED)
        pg.text(20, 22, f"日期：{day(d, st)}", 10.5, ctx.body)
        rows = [
            ["交款人", who, "单位", work],
            ["收款事由", "继续教育培训费、资料费", "金额", f"{r.choice([380, 600, 980, 1200])}.00元"],
        ]
        y = pg.table(15, 30, [26, 54, 22, 78], rows, 10.5, ctx.body, 13)
        pg.text(20, y + 8, f"收款单位（盖章）：{org}", 10.5, ctx.body)
        ink.seal_over(pg, ctx, 120, y + 10, org, 16)
        ink.hand(pg, ctx, 170, y + 20, f"经手人 {names[1]}", 12, "r")
    elif v == "leave":
        y = ink.centred(pg, 26, "外出学习审批表", 20, ctx.bold)
        rows = [["姓名", who, "科室/部门", r.choice(["护理部", "药剂科", "工程技术部", "养殖车间", "教务处", "设计一所"])],
                ["外出事由", f"参加{pools.topic(r, pools.field_of(r)[0])}学习", "地点", f"{pools.prov_city(r)[1]}市"],
                ["起止时间", f"{day(d, st)}至{day(d + dt.timedelta(days=3), st)}", "天数", "4天"]]  # fmt: skip
        y = pg.table(18, y + 6, [28, 70, 28, 48], rows, 10.5, ctx.body, 14)
        for lab in ("科室意见", "分管领导意见"):
            pg.rect(18, y, 192, y + 32, 0.3)
            pg.text(22, y + 4, lab + "：", 11, ctx.body)
            ink.hand(pg, ctx, 60, y + 14, r.choice(["同意", "同意，注意安全", "同意前往"]), 15)
            ink.hand(pg, ctx, 150, y + 22, names[2 if lab == "科室意见" else 3], 13)
            y += 32
    elif v == "notes":
        pg.bg = (252, 250, 240)
        for i in range(24):
            pg.line(18, 40 + i * 10, 192, 40 + i * 10, 0.2, (170, 190, 220))
        pg.text(20, 16, "继续教育学习笔记", 16, ctx.bold)
        pg.text(190, 18, f"姓名：{who}", 11, ctx.body, "r")
        lines = [day(d, "cjk") + " " + pools.topic(r, pools.field_of(r)[0]), "一、主要内容", "1. 政策与规范要点",
                 "2. 案例分析与讨论", "二、体会与应用", "结合本岗位实际，规范操作流程。"]  # fmt: skip
        for i, s in enumerate(lines):
            ink.hand(pg, ctx, 22, 33 + i * 10, s, 13)
        holder = who
    elif v == "employ":
        y = ink.centred(pg, 40, "在 职 证 明", 24, ctx.bold)
        body = (f"兹证明{who}同志，身份证号{pools.cert_no(r, '37', 16)}，自{d.year - r.randint(3, 15)}年起在我单位从事"
                f"{pools.field_of(r)[1]}工作，现任{r.choice(['工程师', '主管护师', '讲师', '高级工程师'])}。特此证明。")  # fmt: skip
        y = ink.para(pg, ctx, 28, y + 16, 154, body, 14, lead=2.0)
        pg.text(180, y + 30, work, 13, ctx.body, "r")
        pg.text(180, y + 40, day(d, st), 13, ctx.body, "r")
        ink.seal_over(pg, ctx, 180 - width_mm(work, ctx.body, 13) / 2, y + 34, work)
    elif v == "minutes":
        holder = None
        y = ink.centred(pg, 26, "专业技术人员继续教育工作会议纪要", 17, ctx.bold)
        y = ink.kv(pg, ctx, 22, y + 6, [("时间", day(d, st)), ("地点", f"{work}会议室"), ("主持", names[0]),
                                         ("参会人员", "、".join(names[1:]))], 12)  # fmt: skip
        y = ink.para(
            pg,
            ctx,
            22,
            y + 4,
            166,
            "会议传达了本年度专业技术人员继续教育学时登记要求，讨论了各科室培训计划，明确了学时材料报送时限。",
            12,
        )
        ppl = [person(n, i + 1, "attendee") for i, n in enumerate(names)]
        who = names[r.randint(1, 6)]
    else:  # appoint
        pg = Page(297, 210)
        pg.rect(10, 10, 287, 200, 2.0, (170, 40, 40))
        pg.text(148.5, 36, "聘    书", 34, ctx.bold, "c", (170, 40, 40))
        body = f"兹聘请{who}同志为{org}{r.choice(['兼职培训讲师', '专家库成员', '继续教育授课专家'])}，聘期三年。"
        y = pg.wrap(40, 80, 217, body, 17, ctx.body, 2.0, indent=12)
        pg.text(250, y + 30, org, 14, ctx.body, "r")
        pg.text(250, y + 42, day(d, "han"), 14, ctx.body, "r")
        ink.seal_over(pg, ctx, 250 - width_mm(org, ctx.body, 14) / 2, y + 34, org)
    f = {"holder": holder, "people": ppl}
    return Doc("other", ctx.layout("other", v), [pg], f, [], {"person": who, "year": d.year})
