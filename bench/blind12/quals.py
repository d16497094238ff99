"""Draw 12 qualification certificates and other documents."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind12 import pools as P
from bench.blind12.pools import Ctx
from bench.blind12.sheet import GREY, RED, a4, build, ink, masked_id, pairs, para, seal, signoff, t
from bench.blind12.training import course, organiser

MAJORS = (
    ("农学", "农学"), ("护理学", "理学"), ("土木工程", "工学"), ("汉语言文学", "文学"), ("临床医学", "医学"),
    ("水利水电工程", "工学"), ("园艺", "农学"), ("数学与应用数学", "理学"), ("动物医学", "农学"), ("会计学", "管理学"),
)  # fmt: skip
DISCIPLINES = (
    ("作物栽培学与耕作学", "农学"), ("内科学", "医学"), ("结构工程", "工学"), ("课程与教学论", "教育学"),
    ("水文学及水资源", "工学"), ("预防兽医学", "农学"), ("护理学", "医学"), ("森林培育", "农学"),
)  # fmt: skip
COURSES = ("教育学原理", "课程与教学论", "教育心理学", "教育研究方法", "现代教育技术", "中外教育史", "统计学",
           "管理学原理", "植物生理学", "高级生物统计", "卫生统计学", "工程项目管理", "英语")  # fmt: skip
EXAM_COURSES = (("00054", "管理学原理"), ("00015", "英语（二）"), ("03708", "中国近现代史纲要"),
                ("00341", "公文写作与处理"), ("02864", "微生物学与免疫学基础"), ("00144", "企业管理概论"))  # fmt: skip
COMPUTER_MODULES = ("Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿",
                    "Windows XP操作系统", "Internet应用", "AutoCAD 2004制图")  # fmt: skip


def _birth(ctx: Ctx, y: int) -> dt.date:
    return dt.date(y, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    r = ctx.rng
    pl = P.place(r)
    who = P.people(r, 1)[0]
    sex = r.choice("男女")
    uni = r.choice(P.UNIVERSITIES + tuple(P.COLLEGES[pl.city]))
    style = ctx.date_style(("han", "hano", "cn", "cn0"))
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    no = P.cert_no(r, 18 if v in ("diploma", "master", "doctor") else 12)

    if v == "diploma":
        y1 = r.randint(2008, 2022)
        major, _ = r.choice(MAJORS)
        issued = dt.date(y1, 6, r.randint(20, 30))
        pg = Page(270.0, 190.0, bg=(253, 251, 244))
        pg.rect(8, 8, pg.w - 8, pg.h - 8, 1.2, (120, 30, 30))
        t(pg, ctx, pg.w / 2, 18, "普通高等学校", 13, "c")
        t(pg, ctx, pg.w / 2, 27, "毕 业 证 书", 28, "c", True, (120, 30, 30))
        pg.rect(26, 58, 60, 102, 0.4, GREY)
        t(pg, ctx, 43, 78, "照片", 10, "c", color=GREY)
        body = (f"学生{who}，性别{sex}，{P.fmt_date(_birth(ctx, y1 - 22), 'han')}生，于{P.han_year(y1 - 4)}年九月至"
                f"{P.han_year(y1)}年六月在本校{major}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
        para(pg, ctx, 72, 60, 168, body, 13.5, lead=2.0)
        t(pg, ctx, 72, 132, "校（院）长：", 12)
        ink(pg, ctx, 98, 130, P.people(r, 1)[0], 16, blue=False)
        t(pg, ctx, 72, 144, f"证书编号：{no}", 11)
        signoff(pg, ctx, [uni, ctx.d(issued)], 128, pg.w - 26, 13, stamp=uni)
        q = {"kind": "graduation", "subject": major, "modules": None}
    elif v == "master":
        y1 = r.randint(2009, 2023)
        disc, field = r.choice(DISCIPLINES)
        issued = dt.date(y1, 6, r.randint(10, 30))
        pg = a4()
        t(pg, ctx, pg.w / 2, 40, "硕 士 学 位 证 书", 24, "c", True)
        pg.rect(pg.w / 2 - 16, 58, pg.w / 2 + 16, 98, 0.4, GREY)
        body = (f"{who}，{sex}，{P.fmt_date(_birth(ctx, y1 - 26), style)}生。在{disc}学科（专业）完成了硕士学位"
                f"的学习，成绩合格，并通过论文答辩。根据《中华人民共和国学位条例》的规定，授予{field}硕士学位。")  # fmt: skip
        y = para(pg, ctx, 30, 112, 150, body, 13.5, lead=2.0)
        t(pg, ctx, 30, y + 14, f"{uni}", 13)
        t(pg, ctx, 30, y + 24, "学位评定委员会主席", 12)
        ink(pg, ctx, 78, y + 22.5, P.people(r, 1)[0], 16, blue=False)
        seal(pg, ctx, 56, y + 16, uni)
        t(pg, ctx, 30, y + 40, f"证书编号：{no}", 11)
        t(pg, ctx, pg.w - 30, y + 40, ctx.d(issued), 12, "r")
        q = {"kind": "master_degree", "subject": disc, "modules": None}
    elif v == "doctor":
        y1 = r.randint(2010, 2023)
        disc, field = r.choice(DISCIPLINES)
        mo = r.choice((6, 12))
        pg = Page(297.0, 210.0)
        pg.rect(12, 12, pg.w - 12, pg.h - 12, 0.6, (40, 60, 110))
        t(pg, ctx, 78, 30, "博士学位证书", 22, "c", True, (40, 60, 110))
        t(pg, ctx, 220, 30, "DOCTORAL DEGREE CERTIFICATE", 13, "c", True, (40, 60, 110))
        pg.line(pg.w / 2, 24, pg.w / 2, 186, 0.3, GREY)
        body = (f"{who}，{sex}，{P.fmt_date(_birth(ctx, y1 - 30), style)}生，在本单位{disc}专业完成了博士研究生"
                f"学业，通过博士学位论文答辩，依照《中华人民共和国学位条例》，授予{field}博士学位。")  # fmt: skip
        para(pg, ctx, 26, 52, 112, body, 12.5, lead=2.0)
        en = ("This is to certify that the bearer has completed the doctoral program and passed the dissertation "
              "defense, and is hereby awarded the Doctor's Degree.")  # fmt: skip
        para(pg, ctx, 162, 52, 112, en, 10.5, indent=False, lead=1.7)
        t(pg, ctx, 26, 142, f"{uni}　学位评定委员会主席", 12)
        seal(pg, ctx, 60, 150, uni)
        t(pg, ctx, 26, 160, ctx.m(y1, mo), 12.5)
        t(pg, ctx, 26, 172, f"证书编号：{no}", 10.5)
        issued = None
        q = {"kind": "doctor_degree", "subject": disc, "modules": None}
        fields = dict(holder=who, issuer=uni, issued_on=f"{y1}-{mo:02d}", qualification=q)
        return build(ctx, "qualification_certificate", "qual", v, [pg], fields, scored, (who, y1))
    elif v == "courses":
        y1 = r.randint(2012, 2023)
        disc, _ = r.choice(DISCIPLINES)
        mods = r.sample(COURSES, r.randint(4, 6))
        issued = dt.date(y1, r.choice((1, 6, 7, 12)), r.randint(1, 28))
        school = f"{uni}研究生院"
        pg = a4()
        t(pg, ctx, pg.w / 2, 28, "研究生课程进修班结业证书", 20, "c", True)
        body = (f"{who}同志于{P.fmt_month(y1 - 2, 9, style)}至{P.fmt_month(y1, issued.month, style)}参加我校{disc}"
                "专业研究生课程进修班学习，修完下列全部课程，成绩合格，准予结业。")  # fmt: skip
        y = para(pg, ctx, 26, 46, 158, body, 13, lead=1.9)
        rows = [["序号", "课程名称", "学分", "成绩"]] + [
            [str(i + 1), m, str(r.choice((2, 3, 4))), str(r.randint(72, 95))] for i, m in enumerate(mods)
        ]
        y = pg.table(30, y + 6, [16, 86, 24, 24], rows, 11, ctx.body, row_h=10, header_font=ctx.bold)
        signoff(pg, ctx, [school, ctx.d(issued)], y + 18, pg.w - 30, 12.5, stamp=school)
        t(pg, ctx, 26, 270, f"证书编号：{no}", 10)
        q = {"kind": "postgraduate_courses", "subject": disc, "modules": mods}
        uni = school
        scored.append("qualification.modules")
    elif v == "selfexam":
        y1 = r.randint(2012, 2023)
        code, cname = r.choice(EXAM_COURSES)
        major, _ = r.choice(MAJORS)
        issued = dt.date(y1, r.choice((1, 2, 6, 7)), r.randint(1, 28))
        board = f"{pl.province}省高等教育自学考试委员会"
        pg = Page(190.0, 130.0)
        pg.rect(5, 5, pg.w - 5, pg.h - 5, 0.6, (30, 100, 60))
        t(pg, ctx, pg.w / 2, 12, "高等教育自学考试", 12, "c")
        t(pg, ctx, pg.w / 2, 20, "单科合格证书", 19, "c", True, (30, 100, 60))
        y = pairs(pg, ctx, 16, 36, [("姓名", who), ("准考证号", P.cert_no(r, 12)), ("报考专业", major),
                                    ("课程名称", f"（{code}）{cname}"),
                                    ("考试时间", P.fmt_month(y1 - (issued.month < 4), 10 if issued.month < 4 else 4,
                                                             style))], 10.5)  # fmt: skip
        t(pg, ctx, 16, y + 1, "经考试成绩合格，特发此证。", 10.5)
        signoff(pg, ctx, [board, ctx.d(issued)], y + 10, pg.w - 14, 10.5, stamp=board)
        q = {"kind": "self_study_exam", "subject": major, "modules": [cname]}
        uni = board
        scored.append("qualification.modules")
    else:  # computer
        y1 = r.randint(2009, 2017)
        mod = r.choice(COMPUTER_MODULES)
        issued = dt.date(y1, r.randint(3, 11), r.randint(1, 28))
        board = "人力资源和社会保障部人事考试中心"
        pg = Page(180.0, 120.0, bg=(246, 248, 252))
        pg.rect(4, 4, pg.w - 4, pg.h - 4, 0.5, (60, 90, 150))
        t(pg, ctx, pg.w / 2, 10, "全国专业技术人员计算机应用能力考试", 12, "c", True)
        t(pg, ctx, pg.w / 2, 18, "合 格 证", 17, "c", True, (60, 90, 150))
        pg.rect(14, 32, 40, 66, 0.4, GREY)
        y = pairs(pg, ctx, 48, 32, [("姓　　名", who), ("证件号码", masked_id(ctx, pl.province)), ("考试科目", mod),
                                    ("管理号", P.cert_no(r, 14)), ("发证日期", ctx.d(issued))], 10, col=22)  # fmt: skip
        seal(pg, ctx, pg.w - 36, y - 8, board, 15)
        t(pg, ctx, pg.w - 14, y + 8, board, 9.5, "r")
        q = {"kind": "computer_exam", "subject": None, "modules": [mod]}
        uni = board
        scored = [s for s in scored if s != "qualification.subject"] + ["qualification.modules"]
    fields = dict(holder=who, issuer=uni, issued_on=issued.isoformat(), qualification=q)
    return build(ctx, "qualification_certificate", "qual", v, [pg], fields, scored, (who, issued.year))


# ---- other ----------------------------------------------------------------------------------
TITLES = ("农艺师", "主治医师", "工程师", "一级教师", "主管护师", "畜牧师", "高级工程师", "副主任医师")
AMOUNT = (
    ("600.00", "陆佰元整"),
    ("800.00", "捌佰元整"),
    ("1200.00", "壹仟贰佰元整"),
    ("980.00", "玖佰捌拾元整"),
)


def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    r = ctx.rng
    pl = P.place(r)
    _, fld = P.field_of_work(r)
    who = P.people(r, 1)[0]
    unit = P.workplace(r, pl)
    year = r.randint(2017, 2024)
    day = P.day_in(r, year)
    style = ctx.date_style()
    fields: dict = dict(holder=who)

    if v == "titlecert":
        rank = r.choice(TITLES)
        office = f"{pl.city}市人力资源和社会保障局"
        pg = a4()
        t(pg, ctx, pg.w / 2, 36, "专业技术职务任职资格证书", 20, "c", True)
        y = pairs(pg, ctx, 40, 70, [("姓　　名", who), ("性　　别", r.choice("男女")), ("工作单位", unit),
                                    ("资格名称", rank), ("评审组织", f"{pl.city}市中级职务评审委员会"),
                                    ("批准文号", f"{pl.city[0]}人社字〔{year}〕{r.randint(10, 99)}号"),
                                    ("批准时间", ctx.d(day))], 13, col=30, gap=2.4)  # fmt: skip
        signoff(pg, ctx, [office], y + 20, pg.w - 34, 13, stamp=office)
        fields.update(issuer=office, issued_on=day.isoformat())
    elif v == "receipt":
        amt, words = r.choice(AMOUNT)
        issuer = organiser(ctx, pl, fld)
        title = course(ctx, year, fld, None)
        pg = Page(210.0, 100.0)
        t(pg, ctx, pg.w / 2, 8, "收　款　收　据", 16, "c", True, RED)
        t(pg, ctx, pg.w - 14, 17, f"No. {P.cert_no(r, 7)}", 10, "r", color=RED)
        t(pg, ctx, 14, 17, f"日期：{ctx.d(day)}", 10)
        rows = [["交款人", who, "交款方式", r.choice(("微信", "转账", "现金"))],
                ["收款事由", f"{title}培训费", "", ""], ["金额（大写）", words, "（小写）", f"￥{amt}"]]  # fmt: skip
        pg.table(14, 25, [30, 96, 26, 30], rows, 9.5, ctx.body, row_h=12)
        t(pg, ctx, 14, 66, f"收款单位（财务专用章）：{issuer}", 10)
        ink(pg, ctx, 150, 74, "经手人：" + P.people(r, 1)[0], 11, blue=False)
        seal(pg, ctx, 70, 70, issuer, 14)
        fields.update(issuer=issuer, issued_on=day.isoformat())
    elif v == "appraisal":
        title = course(ctx, year, fld, r.choice(("public", "professional")))
        a, b = day, P.later(day, 2, 6, r)
        pg = a4()
        t(pg, ctx, pg.w / 2, 24, "职工外出学习审批单", 19, "c", True)
        dept = r.choice(("内科", "教务处", "技术科", "办公室", "推广站"))
        y = pg.table(20, 36, [28, 86, 28, 28], [["申请人", who, "所在科室", dept]], 10.5, ctx.body, row_h=13)
        span_rows = [
            ["学习项目", title],
            ["主办单位", organiser(ctx, pl, fld)],
            ["学习时间", P.span(a, b, style)],
        ]
        y = pg.table(20, y, [28, 142], span_rows, 10.5, ctx.body, row_h=13)
        y = pg.table(20, y, [28, 86, 28, 28], [["费用预算", f"{r.choice(AMOUNT)[0]}元", "经费来源", "单位培训经费"]],
                     10.5, ctx.body, row_h=13)  # fmt: skip
        for lab in ("科室意见", "分管领导意见", "单位负责人意见"):
            t(pg, ctx, 22, y + 4, lab + "：", 11)
            ink(pg, ctx, 62, y + 5, r.choice(("同意", "同意参加", "同意。")), 14)
            pg.line(20, y + 20, 190, y + 20, 0.3)
            y += 20
        t(pg, ctx, 22, y + 6, f"申请日期：{ctx.d(a - dt.timedelta(days=r.randint(3, 15)))}", 11)
        fields.update(issuer=unit)
    elif v == "lecturelog":
        teacher = P.people(r, 1)[0]
        pg = a4()
        t(pg, ctx, pg.w / 2, 22, "听 课 记 录", 20, "c", True)
        y = pairs(pg, ctx, 22, 38, [("听课人", who), ("授课教师", teacher), ("学科", r.choice(("数学", "语文", "物理", "英语"))),
                                    ("课题", r.choice(("一元二次方程的解法", "《春》朗读与赏析", "浮力", "Unit 3 Reading"))),
                                    ("时间", ctx.d(day)), ("地点", unit)], 11.5, hand=True, gap=2.2)  # fmt: skip
        pg.rect(20, y + 2, 190, 270, 0.3)
        t(pg, ctx, 24, y + 5, "教学过程记录：", 11)
        yy = y + 16
        for s in ("导入：复习旧知，提出问题", "新授：小组合作探究，教师点拨", "练习：分层训练，及时反馈",
                  "评价：目标达成度较高，课堂气氛活跃"):  # fmt: skip
            ink(pg, ctx, 28, yy, s, 13)
            yy += 12
        fields.update(issuer=unit)
    else:  # workproof
        rank = r.choice(TITLES)
        pg = a4()
        t(pg, ctx, pg.w / 2, 40, "在 职 证 明", 22, "c", True)
        body = (f"兹证明{who}同志（身份证号：{masked_id(ctx, pl.province)}），自{P.fmt_month(year - r.randint(3, 15), r.randint(1, 12), style)}"
                f"起在我单位工作至今，现从事专业技术工作，专业技术职务为{rank}。")  # fmt: skip
        y = para(pg, ctx, 26, 62, 158, body, 14, lead=2.0)
        y = para(pg, ctx, 26, y + 2, 158, "特此证明。", 14)
        signoff(pg, ctx, [unit, ctx.d(day)], y + 26, pg.w - 30, 13, stamp=unit)
        fields.update(issuer=unit, issued_on=day.isoformat())
    return build(ctx, "other", "other", v, [pg], fields, [], (who, year))
