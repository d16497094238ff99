"""Draw 28 qualification certificates (diplomas, degrees, course and exam certificates) and other documents."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind28 import pools as P
from bench.blind28.pools import Ctx, make

UNIVS = ["山东农业大学", "青岛农业大学", "鲁东大学", "烟台大学", "德州学院", "滨州医学院", "潍坊医学院", "山东建筑大学",
         "山东交通学院", "聊城大学", "齐鲁工业大学", "山东理工大学", "山东中医药大学", "曲阜师范大学"]  # fmt: skip
MAJORS = {"agri": ["农学", "园艺", "植物保护", "动物医学", "农业资源与环境"], "eng": ["土木工程", "水利水电工程", "给排水科学与工程", "道路桥梁与渡河工程"],
          "med": ["临床医学", "护理学", "中医学", "预防医学"], "edu": ["汉语言文学", "数学与应用数学", "学前教育", "英语"]}  # fmt: skip
MASTER = {"agri": ["作物栽培学与耕作学", "蔬菜学", "农业推广", "预防兽医学"], "eng": ["结构工程", "水利工程", "市政工程"],
          "med": ["内科学", "外科学", "护理", "中西医结合临床"], "edu": ["课程与教学论", "教育管理", "学科教学（数学）"]}  # fmt: skip


def _q(kind: str, subject: str | None, modules: list[str] | None) -> dict:
    return {"kind": kind, "subject": subject, "modules": modules}


def _qdoc(ctx: Ctx, v: str, pages: list[Page], who: str, issuer: str, issued: str, q: dict, year: int,
          unscored: tuple[str, ...] = ()) -> Doc:  # fmt: skip
    f = {"holder": who, "issuer": issuer, "issued_on": issued, "qualification": q}
    scored = ["holder", "issuer", "issued_on", "qualification.kind"]
    scored += [f"qualification.{x}" for x in ("subject", "modules") if q[x]]
    scored = [s for s in scored if s not in unscored]
    return make(ctx, "qualification_certificate", "qual", v, pages, f, scored, {"person": who, "year": year})


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    return {"diploma": _q_diploma, "master": _q_master, "doctor": _q_doctor, "courses": _q_courses,
            "selfstudy": _q_selfstudy, "computer": _q_computer, "chsi": _q_chsi}[v](ctx, v)  # fmt: skip


def _grad_date(ctx: Ctx, y0: int = 2012, y1: int = 2024) -> dt.date:
    return dt.date(ctx.rng.randint(y0, y1), ctx.pick([6, 6, 7, 1]), ctx.rng.randint(20, 30))


def _q_diploma(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    who = P.People(r).one()
    fld = P.field_of(r)
    major = ctx.pick(MAJORS[fld])
    uni = ctx.pick(UNIVS)
    end = _grad_date(ctx)
    years = ctx.pick([4, 4, 5, 3])
    start = dt.date(end.year - years, 9, 1)
    born = dt.date(end.year - years - 18, r.randint(1, 12), r.randint(1, 28))
    style = ctx.pick(["han", "han_o"])
    pg = Page(297, 210, bg=(248, 244, 236))
    pg.rect(10, 10, 287, 200, 2, (120, 30, 30))
    pg.text(148.5, 24, P.spaced("毕业证书", "   "), 30, ctx.bold, "c", (120, 30, 30))
    P.photo_box(pg, 32, 52, 30, 40)
    level = {3: "专科", 4: "本科", 5: "本科"}[years]
    body = (f"学生{ctx.show('holder', who)}，性别{P.gender(r)}，{P.day(born, style)}生，于{P.month(start.year, 9, style)}至"
            f"{P.month(end.year, end.month, style)}在本校{ctx.show('qualification.subject', major)}专业{P.han_year(years)[-1]}年制{level}学习，"
            "修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
    P.para(pg, ctx, 80, 56, 186, body, 15, 2.0)
    pg.text(90, 150, f"校    名：{ctx.show('issuer', uni)}", 14, ctx.body)
    pg.text(90, 162, "校    长：", 14, ctx.body)
    P.ink(pg, ctx, 116, 160, P.People(r).one(), 17)
    pg.seal(120, 154, 20, uni, r.randint(0, 9999))
    pg.text(200, 174, ctx.show("issued_on", P.day(end, style)), 14, ctx.body, "c")
    pg.text(
        32,
        186,
        f"证书编号：{r.choice(['10434', '10452', '10451', '11067'])}{end.year}{r.choice('15')}{P.serial(r, 8)}",
        11,
        ctx.body,
    )
    return _qdoc(ctx, v, [pg], who, uni, end.isoformat(), _q("graduation", major, None), end.year)


def _q_master(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    who = P.People(r).one()
    fld = P.field_of(r)
    major = ctx.pick(MASTER[fld])
    uni = ctx.pick(UNIVS)
    end = _grad_date(ctx)
    born = dt.date(end.year - r.randint(25, 34), r.randint(1, 12), r.randint(1, 28))
    style = ctx.pick(["nian", "han"])
    pg = Page(bg=(250, 250, 246))
    pg.rect(12, 12, 198, 285, 0.8, (30, 80, 60))
    pg.text(105, 34, "硕 士 学 位 证 书", 26, ctx.bold, "c", (30, 80, 60))
    P.photo_box(pg, 145, 60, 28, 38)
    y = 110
    body = (f"{ctx.show('holder', who)}，{P.gender(r)}，{P.month(born.year, born.month, style)}生。在{uni}"
            f"{ctx.show('qualification.subject', major)}专业完成了硕士学位的课程学习，通过论文答辩，"
            "经审核符合《中华人民共和国学位条例》的规定，授予硕士学位。")  # fmt: skip
    y = P.para(pg, ctx, 28, y, 154, body, 14, 2.0)
    pg.text(40, 205, f"{ctx.show('issuer', uni)}", 14, ctx.body)
    pg.text(40, 216, "学位评定委员会主席", 13, ctx.body)
    P.ink(pg, ctx, 90, 214, P.People(r).one(), 16)
    pg.seal(60, 210, 20, uni, r.randint(0, 9999))
    pg.text(150, 230, ctx.show("issued_on", P.day(end, style)), 13, ctx.body, "c")
    pg.text(28, 262, f"证书编号：{P.serial(r, 5)}2{end.year}{P.serial(r, 6)}", 11, ctx.body)
    return _qdoc(ctx, v, [pg], who, uni, end.isoformat(), _q("master_degree", major, None), end.year)


def _q_doctor(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    who = P.People(r).one()
    fld = P.field_of(r)
    major = ctx.pick(MASTER[fld])
    uni = ctx.pick(UNIVS[:6] + ["山东大学", "中国农业大学"])
    end = _grad_date(ctx)
    style = ctx.pick(["nian", "nian0"])
    pg = Page(297, 210)
    pg.line(148.5, 14, 148.5, 196, 0.3, (180, 180, 180))
    pg.text(74, 24, "博士学位证书", 22, ctx.bold, "c")
    body = (f"{ctx.show('holder', who)}，{P.gender(r)}，在本单位{ctx.show('qualification.subject', major)}学科完成博士研究生学业，"
            "通过博士学位论文答辩，经审核符合《中华人民共和国学位条例》的规定，授予医学/农学/工学/教育学中相应门类博士学位。")  # fmt: skip
    body = body.replace(
        "医学/农学/工学/教育学中相应门类",
        {"agri": "农学", "eng": "工学", "med": "医学", "edu": "教育学"}[fld],
    )
    P.para(pg, ctx, 20, 44, 116, body, 12.5, 2.0)
    pg.text(30, 150, f"学位授予单位：{ctx.show('issuer', uni)}", 12, ctx.body)
    pg.text(30, 162, f"授予日期：{ctx.show('issued_on', P.day(end, style))}", 12, ctx.body)
    pg.seal(92, 152, 20, uni, r.randint(0, 9999))
    pg.text(222, 24, "DOCTORAL DEGREE CERTIFICATE", 15, ctx.bold, "c")
    eng = ("This is to certify that the holder has completed the doctoral programme, passed the dissertation defence "
           "and, in accordance with the Regulations on Academic Degrees of the People's Republic of China, is hereby awarded the Doctor's Degree.")  # fmt: skip
    pg.wrap(160, 44, 120, eng, 10.5, ctx.body, 1.7)
    pg.text(160, 150, f"Date: {end:%B} {end.day}, {end.year}", 10.5, ctx.body)
    pg.text(160, 162, f"Certificate No. {P.serial(r, 16)}", 10.5, ctx.body)
    return _qdoc(ctx, v, [pg], who, uni, end.isoformat(), _q("doctor_degree", major, None), end.year)


def _q_courses(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    who = P.People(r).one()
    fld = P.field_of(r)
    major = ctx.pick(MASTER[fld])
    uni = ctx.pick(UNIVS)
    end = _grad_date(ctx, 2014, 2024)
    start = dt.date(end.year - 2, 9, 1)
    base = {"agri": ["现代农业推广理论", "试验设计与统计分析", "植物营养学专题", "农业信息技术"],
            "eng": ["高等结构力学", "工程数值分析", "岩土工程专题", "工程项目管理"],
            "med": ["医学统计学", "临床流行病学", "分子生物学进展", "循证医学"],
            "edu": ["教育研究方法", "课程与教学论", "教育心理学专题", "教育统计与测量"]}[fld]  # fmt: skip
    mods = base + ["中国特色社会主义理论与实践研究", "学术英语"]
    r.shuffle(mods)
    style = ctx.pick(["nian", "nian0", "dot"])
    pg = Page()
    y = P.centre(pg, ctx, 24, "研究生课程进修班", 20)
    y = P.centre(pg, ctx, y, "结 业 证 书", 26)
    body = (f"{ctx.show('holder', who)}同志于{P.month(start.year, 9, 'nian')}至{P.month(end.year, end.month, 'nian')}在我校参加"
            f"{ctx.show('qualification.subject', major)}专业研究生课程进修班学习，修完下列课程，成绩合格，准予结业。")  # fmt: skip
    y = P.para(pg, ctx, 22, y + 8, 166, body, 13, 1.9)
    rows = [["序号", "课程名称", "学分", "成绩"]]
    for i, m in enumerate(mods):
        ctx.show("qualification.modules", m)
        rows.append([str(i + 1), m, str(r.choice([2, 3])), str(r.randint(72, 95))])
    y = pg.table(30, y + 6, [16, 92, 20, 22], rows, 11, ctx.body, 10, header_font=ctx.bold)
    pg.text(150, y + 22, ctx.show("issuer", uni), 13, ctx.body, "c")
    pg.text(150, y + 33, ctx.show("issued_on", P.day(end, style)), 13, ctx.body, "c")
    pg.seal(150, y + 26, 20, uni, r.randint(0, 9999))
    return _qdoc(ctx, v, [pg], who, uni, end.isoformat(), _q("postgraduate_courses", major, mods), end.year)


def _q_selfstudy(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    who = P.People(r).one()
    major = ctx.pick(["行政管理", "汉语言文学", "护理学", "工程管理", "会计学", "小学教育"])
    courses = ctx.rng.sample(["中国近现代史纲要", "马克思主义基本原理概论", "英语（二）", "管理学原理", "大学语文", "计算机应用基础",
                              "现代汉语", "公共关系学", "线性代数（经管类）", "心理学"], r.randint(2, 4))  # fmt: skip
    y0 = r.randint(2013, 2023)
    m_exam = ctx.pick([4, 10])
    m_iss = m_exam + 2
    style = ctx.pick(["nian", "nian0", "dot"])
    issuer = "山东省高等教育自学考试委员会"
    pg = Page(210, 148, bg=(245, 248, 252))
    pg.rect(6, 6, 204, 142, 0.6, (40, 80, 140))
    pg.text(105, 14, "高等教育自学考试单科合格证书", 17, ctx.bold, "c", (40, 80, 140))
    pg.text(18, 30, f"姓名：{ctx.show('holder', who)}", 12, ctx.body)
    pg.text(80, 30, f"准考证号：{P.serial(r, 12)}", 12, ctx.body)
    pg.text(18, 39, f"报考专业：{ctx.show('qualification.subject', major)}", 12, ctx.body)
    rows = [["课程代码", "课程名称", "成绩", "考试时间"]]
    for c in courses:
        ctx.show("qualification.modules", c)
        rows.append([f"{r.randint(10, 13999):05d}", c, str(r.randint(60, 88)), P.month(y0, m_exam, style)])
    y = pg.table(18, 48, [28, 82, 20, 44], rows, 10.5, ctx.body, 9, header_font=ctx.bold)
    pg.text(150, y + 10, ctx.show("issuer", issuer), 11, ctx.body, "c")
    pg.text(
        150, y + 19, ctx.show("issued_on", P.month(y0, m_iss, style), f"{y0}-{m_iss:02d}"), 11, ctx.body, "c"
    )
    pg.seal(150, y + 12, 17, issuer[:14], r.randint(0, 9999))
    return _qdoc(ctx, v, [pg], who, issuer, f"{y0}-{m_iss:02d}", _q("self_study_exam", major, courses), y0)


def _q_computer(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    who = P.People(r).one()
    mods = ctx.rng.sample(["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Internet应用",
                           "Windows 7操作系统", "AutoCAD 2008制图软件", "Photoshop CS4图像处理"], r.randint(1, 4))  # fmt: skip
    d = P.a_date(r, 2012, 2019)
    style = ctx.pick(["nian", "nian0"])
    issuer = "人力资源和社会保障部人事考试中心"
    pg = Page(148, 210, bg=(250, 250, 250))
    pg.rect(5, 5, 143, 205, 1, (20, 60, 120))
    pg.text(74, 16, "全国专业技术人员", 13, ctx.bold, "c")
    pg.text(74, 25, "计算机应用能力考试合格证", 15, ctx.bold, "c")
    P.photo_box(pg, 58, 40, 32, 42)
    y = 94
    pairs = [("姓　　名", ctx.show("holder", who)), ("性　　别", P.gender(r)), ("证件号码", P.masked_id(r)),
             ("管理号", f"{d.year % 100:02d}{P.serial(r, 12)}")]  # fmt: skip
    for lab, val in pairs:
        pg.text(18, y, f"{lab}：{val}", 11, ctx.body)
        y += 8
    pg.text(18, y + 2, "考试合格科目：", 11, ctx.bold)
    y += 10
    for m in mods:
        pg.text(26, y, ctx.show("qualification.modules", m), 11, ctx.body)
        y += 7
    pg.text(100, 182, ctx.show("issuer", issuer), P.fits(issuer, ctx.body, 10, 80), ctx.body, "c")
    pg.text(100, 190, ctx.show("issued_on", P.day(d, style)), 10, ctx.body, "c")
    pg.seal(100, 184, 16, "人力资源和社会保障部人事考试中心"[:14], r.randint(0, 9999))
    return _qdoc(ctx, v, [pg], who, issuer, d.isoformat(), _q("computer_exam", None, mods), d.year)


def _q_chsi(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    who = P.People(r).one()
    fld = P.field_of(r)
    major = ctx.pick(MAJORS[fld])
    uni = ctx.pick(UNIVS)
    end = _grad_date(ctx, 2010, 2024)
    start = dt.date(end.year - 4, 9, 1)
    pg = Page(210, 297)
    pg.rect(0, 0, 210, 20, 0, fill=(0, 110, 180))
    pg.text(14, 6, "学信网  www.chsi.com.cn", 12, ctx.bold, "l", (255, 255, 255))
    y = P.centre(pg, ctx, 30, "教育部学历证书电子注册备案表", 18)
    pg.text(190, y, f"更新日期：{P.day(P.later(end, 300, 1500, r), 'nian')}", 9.5, ctx.body, "r", P.GREY)
    P.photo_box(pg, 160, y + 10, 28, 36)
    rows = [("姓名", ctx.show("holder", who)), ("性别", P.gender(r)),
            ("出生日期", P.day(dt.date(end.year - 22, r.randint(1, 12), r.randint(1, 28)), "nian0")),
            ("入学日期", P.day(start, "nian0")), ("毕（结）业日期", ctx.show("issued_on", P.day(end, "nian0"))),
            ("学校名称", ctx.show("issuer", uni)), ("专业", ctx.show("qualification.subject", major)),
            ("学制", "4 年"), ("层次", "本科"), ("学历类别", "普通高等教育"), ("学习形式", "普通全日制"),
            ("毕（结）业", "毕业"), ("证书编号", f"{r.choice(['10434', '10451', '10452'])}{end.year}0{P.serial(r, 8)}")]  # fmt: skip
    y += 12
    for lab, val in rows:
        pg.text(22, y, lab, 11, ctx.body, "l", P.GREY)
        pg.text(60, y, val, 11, ctx.body)
        pg.line(20, y + 6.5, 150 if y < 56 + 40 else 190, y + 6.5, 0.15, (200, 200, 200))
        y += 9.5
    pg.text(
        22,
        y + 8,
        f"在线验证码：{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(16))}",
        11,
        ctx.bold,
    )
    P.qr(pg, 160, y + 2, 26, r)
    pg.wrap(
        22,
        y + 36,
        166,
        "注：本备案表仅用于学历证书电子注册信息的查询验证，报告有效期内可通过在线验证码查询。",
        9,
        ctx.body,
        1.6,
    )
    return _qdoc(ctx, v, [pg], who, uni, end.isoformat(), _q("graduation", major, None), end.year)


# ======================================================================================================
# other
# ======================================================================================================
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    r = ctx.rng
    who = P.People(r).one()
    unit = P.workplace(r)
    year = r.randint(2019, 2024)
    pg = {"ledger": _o_ledger, "invoice": _o_invoice, "unitproof": _o_unitproof, "appointment": _o_appointment,
          "photos": _o_photos, "transcript": _o_appraisal}[v](ctx, who, unit, year)  # fmt: skip
    f = {"holder": who}
    return make(ctx, "other", "other", v, [pg], f, [], {"person": who, "year": year})


def _o_ledger(ctx: Ctx, who: str, unit: str, year: int) -> Page:
    r = ctx.rng
    pg = Page(148, 210)
    P.centre(pg, ctx, 14, "继续教育学时登记", 15)
    pg.text(
        12,
        28,
        f"姓名：{who}    单位：{unit}",
        P.fits(f"姓名：{who}    单位：{unit}", ctx.body, 10, 124),
        ctx.body,
    )
    rows = [["日期", "学习内容", "学时", "登记单位"]]
    for _ in range(5):
        d = P.a_date(r, year, year)
        rows.append([P.day(d, "dot"), P.course(r)[:10], str(r.choice([4, 8, 12])), ""])
    pg.table(10, 38, [26, 58, 14, 30], rows, 8.5, ctx.body, 13, header_font=ctx.bold)
    for i in range(5):
        P.ink(pg, ctx, 114, 38 + 13 * (i + 1) + 3, "已审", 11)
    return pg


def _o_invoice(ctx: Ctx, who: str, unit: str, year: int) -> Page:
    r = ctx.rng
    pg = Page(240, 140)
    pg.text(120, 10, "电子发票（普通发票）", 16, ctx.bold, "c", (140, 60, 30))
    pg.text(196, 10, f"发票号码：{P.serial(r, 20)}", 8, ctx.body, "l")
    pg.text(196, 16, f"开票日期：{year}年{r.randint(1, 12):02d}月{r.randint(1, 28):02d}日", 8, ctx.body)
    pg.rect(10, 26, 230, 120, 0.4, (140, 60, 30))
    pg.text(14, 30, f"购买方名称：{unit}", 9.5, ctx.body)
    seller = ctx.pick(P.TRAIN_ORGS)
    pg.text(124, 30, f"销售方名称：{seller}", P.fits(f"销售方名称：{seller}", ctx.body, 9.5, 104), ctx.body)
    rows = [
        ["项目名称", "数量", "单价", "金额"],
        ["*非学历教育服务*培训费", "1", f"{r.choice([600, 800, 1200, 1500])}.00", ""],
    ]
    rows[1][3] = rows[1][2]
    pg.table(12, 46, [110, 30, 38, 38], rows, 9.5, ctx.body, 11)
    pg.text(14, 82, f"价税合计（小写）￥{rows[1][2]}", 10, ctx.body)
    pg.text(14, 100, f"备注：学员 {who} 参加{P.course(r)}培训费", 9.5, ctx.body)
    pg.text(14, 112, f"开票人：{P.People(r).one()}", 9, ctx.body)
    pg.seal(200, 100, 12, seller[:12], r.randint(0, 9999))
    return pg


def _o_unitproof(ctx: Ctx, who: str, unit: str, year: int) -> Page:
    r = ctx.rng
    pg = Page()
    P.centre(pg, ctx, 40, "证    明", 24)
    job = ctx.pick(["工程师", "农艺师", "主治医师", "一级教师", "高级农艺师"])
    txt = (f"兹证明{who}同志，身份证号{P.masked_id(r)}，系我单位在职专业技术人员，现任{job}，"
           f"{year}年度在岗工作表现良好，无违法违纪行为。")  # fmt: skip
    y = P.para(pg, ctx, 24, 70, 162, txt, 14, 2.0)
    P.para(pg, ctx, 24, y + 4, 162, "特此证明。", 14)
    pg.text(150, y + 40, unit, 14, ctx.body, "c")
    pg.text(150, y + 52, P.day(dt.date(year, r.randint(1, 12), r.randint(1, 28)), "nian"), 14, ctx.body, "c")
    pg.seal(150, y + 44, 20, unit[:14], r.randint(0, 9999))
    return pg


def _o_appointment(ctx: Ctx, who: str, unit: str, year: int) -> Page:
    r = ctx.rng
    pg = Page(297, 210, bg=(160, 30, 35))
    pg.rect(18, 18, 279, 192, 0, fill=(252, 246, 232))
    pg.text(148.5, 38, "聘    书", 34, ctx.bold, "c", (160, 30, 35))
    org = ctx.pick(P.TRAIN_ORGS)
    txt = f"兹聘请{who}同志为{org}{ctx.pick(['专家库成员', '兼职培训教师', '技术顾问'])}，聘期三年。"
    P.para(pg, ctx, 50, 80, 200, txt, 18, 2.0)
    pg.text(220, 150, org, 14, ctx.body, "c")
    pg.text(220, 162, f"{P.han_year(year)}年{P.HAN[r.randint(1, 9)]}月", 14, ctx.body, "c")
    pg.seal(220, 154, 20, org[:14], r.randint(0, 9999))
    return pg


def _o_photos(ctx: Ctx, who: str, unit: str, year: int) -> Page:
    r = ctx.rng
    pg = Page()
    P.centre(pg, ctx, 18, "继续教育培训现场照片", 16)
    for i, (x, y) in enumerate(((18, 34), (110, 34), (18, 134), (110, 134))):
        pg.rect(x, y, x + 82, y + 62, 0, fill=(r.randint(150, 200), r.randint(150, 190), r.randint(140, 180)))
        pg.rect(x + 20, y + 18, x + 34, y + 62, 0, fill=(90, 90, 100))
        pg.rect(x + 48, y + 24, x + 60, y + 62, 0, fill=(110, 100, 90))
        cap = (
            f"图{i + 1}  {who}在培训现场"
            if i == 0
            else f"图{i + 1}  {ctx.pick(['专家授课', '分组讨论', '现场教学', '结业考核'])}"
        )
        pg.text(x + 41, y + 66, cap, 10, ctx.body, "c")
    pg.text(18, 236, f"提交人：{who}    单位：{unit}", 11, ctx.body)
    return pg


def _o_appraisal(ctx: Ctx, who: str, unit: str, year: int) -> Page:
    r = ctx.rng
    pg = Page()
    P.centre(pg, ctx, 22, f"事业单位工作人员{year}年度考核登记表", 16)
    rows = [["姓名", who, "性别", P.gender(r), "出生年月", f"{r.randint(1970, 1995)}.{r.randint(1, 12):02d}"],
            ["单位", unit, "", "", "岗位", ctx.pick(["专业技术岗", "专技十级", "专技八级"])]]  # fmt: skip
    y = pg.table(16, 36, [22, 60, 16, 20, 26, 34], rows, 10, ctx.body, 11)
    pg.rect(16, y, 194, y + 110, 0.3)
    pg.text(20, y + 4, "个人总结：", 11, ctx.bold)
    P.ink(pg, ctx, 22, y + 16, "本年度认真履行岗位职责，积极参加继续教育学习，", 13)
    P.ink(pg, ctx, 22, y + 28, "完成各项工作任务。", 13)
    P.ink(pg, ctx, 140, y + 96, f"签名：{who}", 13)
    pg.text(20, y + 120, "考核等次：合格", 11, ctx.body)
    return pg


_ = width_mm
