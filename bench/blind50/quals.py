"""Draw 50's qualification certificates (毕业证书, 学位证书, 进修班结业证书, 自考单科, 计算机考试) and the other
papers an audit file collects (登记表, 聘书, 录用通知, 收据, 单位证明, 职称证书)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind50 import kit
from bench.blind50.kit import GREY, INK, PEN, RED, fit, hand, lh, para, seal
from bench.blind50.pools import (
    JOURNALS,
    KAIFENG,
    Ctx,
    cn_year,
    era,
    fmt_date,
    fmt_month,
    names,
    person_name,
    unit,
)  # fmt: skip
from bench.blind50.training import PUBLIC_TOPICS, claim, make_doc, masked_id
from bench.generator.truth import person

QUAL = "qualification_certificate"
OTHER = "other"
UNIS = {
    "kaifeng": (("河南大学", "10475"), ("郑州大学", "10459"), ("河南农业大学", "10466"), ("华北水利水电大学", "10078")),
    "taian": (("山东农业大学", "10434"), ("山东大学", "10422"), ("山东第一医科大学", "10439"), ("山东科技大学", "10424")),
}  # fmt: skip


def _cn_month_day(d: dt.date) -> str:
    return fmt_date(d, "upper")


def _born(ctx: Ctx) -> dt.date:
    return dt.date(ctx.rng.randint(1975, 1994), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    layout = ctx.layout(QUAL)
    return {
        "graduation": _q_grad, "master_degree": _q_degree, "doctor_degree": _q_degree,
        "postgraduate_courses": _q_courses, "self_study": _q_selfstudy, "computer_exam": _q_computer,
    }[layout](ctx, layout)  # fmt: skip


def _setup(ctx: Ctx, city=None):  # noqa: ANN001, ANN202
    c = city or ctx.city()
    y = ctx.year(c)
    p = ctx.profession()
    return c, y, p, person_name(ctx.rng), ctx.rng.choice(("男", "女"))


def _q_grad(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    c, y, p, name, sex = _setup(ctx)
    uni, code = rng.choice(UNIS[c.key])
    major = rng.choice(p.majors)
    mode, years = rng.choice((("函授（专科起点本科）", 3), ("业余（专科起点本科）", 3), ("网络教育（专科起点本科）", 3), ("函授（高中起点本科）", 5),
                              ("非全日制硕士研究生", 3)))  # fmt: skip
    end = dt.date(y, rng.choice((1, 6, 7)), rng.choice((10, 20, 30)) if True else 1)
    start = dt.date(y - years, 9 if end.month > 3 else 3, 1)
    issued = end
    pg = Page(297, 210, bg=(252, 250, 243))
    kit.frame(pg, 1, (120, 90, 40), 10)
    pg.rect(30, 40, 65, 85, 0.3, GREY, (235, 235, 235))
    pg.text(47.5, 60, "照片", 9, ctx.body, "c", GREY)
    num = f"{code}{y}{rng.choice(('5', '6', '1'))}{rng.randrange(10**8):08d}"
    pg.text(47.5, 95, "证书编号", 9, ctx.body, "c")
    pg.text(47.5, 101, num, 8.5, ctx.body, "c")
    pg.text(pg.w / 2 + 25, 32, "毕 业 证 书", 28, ctx.bold, "c", (140, 30, 30))
    born = fmt_date(_born(ctx), "upper")
    s = (
        f"学生{name}，性别{sex}，{born}生，于{cn_year(start.year)}年{_m(start.month)}月至{cn_year(end.year)}年"
        f"{_m(end.month)}月在本校{major}专业{mode}学习，学制{'〇一二三四五'[years]}年，修完教学计划规定的全部课程，"
        f"成绩合格，准予毕业。"
    )
    y0 = para(pg, 85, 58, 180, s, 14, ctx.body, 2.0)
    ds = fmt_date(issued, rng.choice(("upper", "upper", "cn")))
    pg.text(95, max(y0 + 14, 140), f"校    名：{uni}", 13, ctx.body)
    pg.text(95, max(y0 + 14, 140) + 11, "校（院）长：", 13, ctx.body)
    kit.scribble(pg, ctx, 128, max(y0 + 14, 140) + 9, 22, INK)
    pg.text(pg.w - 30, 176, ds, 13, ctx.body, "r")
    seal(pg, ctx, pg.w - 60, 168, uni, 20)
    pg.text(
        pg.w / 2,
        pg.h - 16,
        "中华人民共和国教育部学历证书查询网址：http://www.chsi.com.cn",
        8,
        ctx.body,
        "c",
        GREY,
    )
    fields = {"holder": name, "issuer": uni, "issued_on": issued.isoformat(),
              "qualification": {"kind": "graduation", "subject": major, "modules": None}}  # fmt: skip
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    return make_doc(QUAL, layout, [pg], fields, scored, claim(name, y, c))


def _m(m: int) -> str:
    return fmt_month(2000, m, "upper")[5:-1]


def _q_degree(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    doctor = layout == "doctor_degree"
    c, y, p, name, sex = _setup(ctx)
    uni, code = rng.choice(UNIS[c.key])
    subject, master, phd = p.degree
    deg = phd if doctor else master
    month_only = rng.random() < 0.5
    issued = dt.date(y, rng.choice((6, 6, 12, 7)), rng.choice((15, 20, 28, 30)))
    pg = Page(210, 297, bg=(253, 251, 246))
    kit.frame(pg, 2, (150, 110, 40), 11)
    pg.text(
        pg.w / 2, 36, "博 士 学 位 证 书" if doctor else "硕 士 学 位 证 书", 24, ctx.bold, "c", (150, 30, 30)
    )
    pg.rect(pg.w / 2 - 15, 55, pg.w / 2 + 15, 95, 0.3, GREY, (235, 235, 235))
    pg.text(pg.w / 2, 72, "照片", 9, ctx.body, "c", GREY)
    born = fmt_date(_born(ctx), rng.choice(("cn", "upper")))
    prof = (
        "专业学位"
        if ("工程硕士" in deg or deg.endswith("硕士") and deg[:-2] in subject) and not doctor
        else ""
    )
    field = "领域" if prof else "学科"
    s = (
        f"{name}，{sex}，{born}生。在{subject}{field}已通过{'博士' if doctor else '硕士'}学位的课程考试和论文答辩，"
        f"成绩合格。根据《中华人民共和国学位条例》的规定，授予{deg}{prof or '学位'}。"
    )
    y0 = para(pg, 30, 110, 150, s, 14, ctx.body, 2.0)
    y1 = max(y0 + 20, 195)
    pg.text(30, y1, f"{uni}", 14, ctx.body)
    pg.text(30, y1 + 10, "学位评定委员会主席", 13, ctx.body)
    kit.scribble(pg, ctx, 82, y1 + 8, 24, INK)
    ds = f"{cn_year(issued.year)}年{_m(issued.month)}月" if month_only else fmt_date(issued, "upper")
    pg.text(pg.w - 30, y1 + 24, ds, 13, ctx.body, "r")
    seal(pg, ctx, pg.w - 50, y1 + 8, uni, 20)
    num = f"{code}{'1' if doctor else rng.choice(('2', '3'))}{y}{rng.randrange(10**6):06d}"
    pg.text(30, pg.h - 30, f"证书编号：{num}", 10, ctx.body)
    pg.text(pg.w / 2, pg.h - 20, "学位证书查询：中国学位与研究生教育信息网", 8, ctx.body, "c", GREY)
    kind = "doctor_degree" if doctor else "master_degree"
    fields = {"holder": name, "issuer": uni, "issued_on": issued.strftime("%Y-%m") if month_only else issued.isoformat(),
              "qualification": {"kind": kind, "subject": subject, "modules": None}}  # fmt: skip
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    return make_doc(QUAL, layout, [pg], fields, scored, claim(name, y, c))


def _q_courses(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    c, y, p, name, sex = _setup(ctx)
    uni, _ = rng.choice(UNIS[c.key])
    major = rng.choice(p.majors)
    end = dt.date(y, rng.choice((1, 6, 7, 12)), rng.randint(5, 28))
    start = dt.date(y - rng.choice((1, 2)), 9, 1)
    issued = end
    pg = Page(297, 210)
    kit.frame(pg, rng.randrange(4), (40, 80, 140), 10)
    pg.text(pg.w / 2, 30, "研究生课程进修班", 18, ctx.bold, "c")
    pg.text(pg.w / 2, 46, "结 业 证 书", 28, ctx.bold, "c", (150, 30, 30))
    s = (
        f"{name}同志（{sex}），于{start.year}年{start.month}月至{end.year}年{end.month}月参加我校举办的{major}专业研究生课程"
        f"进修班学习，修完规定的全部课程，成绩合格，准予结业。"
    )
    y0 = para(pg, 40, 76, 217, s, 15, ctx.body, 2.1)
    ds = fmt_date(issued, rng.choice(("cn", "upper")))
    sign = f"{uni}研究生院" if rng.random() < 0.5 else uni
    pg.text(pg.w - 40, max(y0 + 22, 150), sign, 14, ctx.body, "r")
    pg.text(pg.w - 40, max(y0 + 22, 150) + 10, ds, 14, ctx.body, "r")
    seal(pg, ctx, pg.w - 40 - width_mm(sign, ctx.body, 14) / 2, max(y0 + 22, 150) + 4, uni)
    pg.text(40, pg.h - 25, f"证书编号：YJ{y}{rng.randrange(10**5):05d}", 10, ctx.body)
    fields = {"holder": name, "issuer": uni, "issued_on": issued.isoformat(),
              "period": {"start": start.strftime("%Y-%m"), "end": end.strftime("%Y-%m")},
              "qualification": {"kind": "postgraduate_courses", "subject": major, "modules": None}}  # fmt: skip
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    return make_doc(QUAL, layout, [pg], fields, scored, claim(name, y, c))


SELF_COURSES = {
    "acct": ("中级财务会计", "财务管理学", "审计学", "管理会计（一）", "税法"),
    "teach": ("学前教育心理学", "幼儿园组织与管理", "教育学（一）", "学前儿童科学教育"),
    "pharm": ("药理学（二）", "药事管理学（二）", "药物分析（一）", "生药学"),
    "nurse": ("护理学导论", "内科护理学（二）", "社区护理学（一）", "护理管理学"),
}  # fmt: skip


def _q_selfstudy(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    from bench.blind50.pools import PROFESSIONS

    c = ctx.city()
    y = ctx.year(c)
    p = rng.choice([q for q in PROFESSIONS if q.key in SELF_COURSES])
    name = person_name(rng)
    major = {"acct": "会计", "teach": "学前教育", "pharm": "药学", "nurse": "护理学"}[p.key]
    mods = rng.sample(SELF_COURSES[p.key], rng.choice((1, 1, 2)))
    exam = dt.date(y, rng.choice((4, 10)), 1)
    issued = dt.date(y, exam.month + 2, rng.randint(1, 28))
    pg = Page(210, 148)
    kit.frame(pg, 0, (40, 100, 60), 6)
    pg.text(pg.w / 2, 14, "高等教育自学考试", 14, ctx.bold, "c")
    pg.text(pg.w / 2, 24, "单科合格证书", 20, ctx.bold, "c", (20, 90, 50))
    y0 = 42.0
    zk = f"{rng.randint(10, 99)}{y - 2000 - 1}{rng.randrange(10**8):08d}"
    for lab, val in (("姓    名", name), ("准考证号", zk), ("专    业", f"{major}（专升本）")):
        pg.text(20, y0, f"{lab}：{val}", 11, ctx.body)
        y0 += 8
    rows = [["课程代码", "课程名称", "成绩", "考试时间"]]
    rows += [[f"{rng.randint(100, 999):05d}", m, str(rng.randint(60, 88)), fmt_month(exam.year, exam.month, "dot")]
             for m in mods]  # fmt: skip
    y0 = pg.table(20, y0 + 2, [28, 80, 22, 40], rows, 10, ctx.body, row_h=8.5)
    issuer = f"{c.prov}高等教育自学考试委员会"
    ds = fmt_date(issued, rng.choice(("cn", "cn0")))
    pg.text(pg.w - 20, y0 + 8, issuer, 11, ctx.body, "r")
    pg.text(pg.w - 20, y0 + 15, ds, 11, ctx.body, "r")
    seal(pg, ctx, pg.w - 45, y0 + 10, issuer, 15)
    fields = {"holder": name, "issuer": issuer, "issued_on": issued.isoformat(),
              "qualification": {"kind": "self_study_exam", "subject": major, "modules": mods}}  # fmt: skip
    scored = [
        "holder",
        "issuer",
        "issued_on",
        "qualification.kind",
        "qualification.subject",
        "qualification.modules",
    ]
    return make_doc(QUAL, layout, [pg], fields, scored, claim(name, y, c))


COMPUTER_MODULES = ("Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿",
                    "Internet应用", "Windows 7操作系统", "AutoCAD 2008制图软件")  # fmt: skip


def _q_computer(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    c = KAIFENG
    y = ctx.year(c)
    name = person_name(rng)
    mods = rng.sample(COMPUTER_MODULES, rng.choice((1, 2, 2, 3)))
    issued = dt.date(y, rng.randint(3, 11), rng.randint(1, 28))
    pg = Page(148, 210)
    kit.frame(pg, 1, (30, 80, 150), 7)
    pg.text(pg.w / 2, 20, "全国专业技术人员", 13, ctx.bold, "c")
    pg.text(pg.w / 2, 29, "计算机应用能力考试", 13, ctx.bold, "c")
    pg.text(pg.w / 2, 42, "合 格 证", 22, ctx.bold, "c", (30, 70, 150))
    pg.rect(pg.w - 42, 58, pg.w - 18, 88, 0.3, GREY)
    yy = 60.0
    for lab, val in (("姓名", name), ("性别", rng.choice(("男", "女"))), ("身份证号", masked_id(ctx, c)),
                     ("合格证号", f"{rng.randint(10**11, 10**12 - 1)}")):  # fmt: skip
        fit(pg, 16, yy, f"{lab}：{val}", 10, ctx.body, 85 if yy < 90 else 115)
        yy += 8
    yy += 2
    pg.text(16, yy, "考试科目：", 10, ctx.body)
    yy += 8
    rows = [["考试科目（模块）", "考试日期"]] + [[m, fmt_date(issued - dt.timedelta(days=rng.randint(20, 40)), "dot")]
                                            for m in mods]  # fmt: skip
    yy = pg.table(16, yy, [78, 38], rows, 9, ctx.body, row_h=8)
    issuer = f"{c.prov}人力资源和社会保障厅"
    pg.text(pg.w - 16, yy + 14, issuer, 10, ctx.body, "r")
    pg.text(pg.w - 16, yy + 21, fmt_date(issued, "cn"), 10, ctx.body, "r")
    seal(pg, ctx, pg.w - 40, yy + 16, issuer, 15)
    pg.text(pg.w / 2, pg.h - 14, "人力资源和社会保障部人事考试中心监制", 7.5, ctx.body, "c", GREY)
    fields = {"holder": name, "issuer": issuer, "issued_on": issued.isoformat(),
              "qualification": {"kind": "computer_exam", "subject": None, "modules": mods}}  # fmt: skip
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.modules"]
    return make_doc(QUAL, layout, [pg], fields, scored, claim(name, y, c))


# ---- other ---------------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    layout = ctx.layout(OTHER)
    return {
        "cpd_register": _o_register, "appointment": _o_appoint, "acceptance_letter": _o_accept,
        "fee_receipt": _o_receipt, "unit_proof": _o_unit, "title_cert": _o_title,
    }[layout](ctx, layout)  # fmt: skip


def _o_register(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    c, y, p, name, sex = _setup(ctx)
    pg = Page()
    pg.text(pg.w / 2, 20, f"{c.name}专业技术人员继续教育登记表", 16, ctx.bold, "c")
    pg.text(pg.w / 2, 30, f"（{y}年度）", 12, ctx.body, "c")
    info = [["姓名", name, "性别", sex, "职称", rng.choice(p.titles)],
            ["工作单位", unit(p, c, rng), "", "", "", ""]]  # fmt: skip
    pg.table(18, 40, [22, 40, 18, 20, 22, 52], info, 10, ctx.body, row_h=10)
    rows = [["序号", "学习时间", "学习内容", "科目", "学时", "主办单位"]]
    total = 0
    pub = list(PUBLIC_TOPICS[c.key])
    pro = era(p.topics, c)
    for i in range(rng.randint(3, 6)):
        is_pub = i < 2
        h = rng.choice((12, 16, 24)) if not is_pub else rng.choice((6, 12, 13))
        total += h
        d = dt.date(y, rng.randint(2 + i, 3 + i), rng.randint(1, 28))
        rows.append([str(i + 1), fmt_date(d, "dot"), (pub if is_pub else pro)[i % len(pub if is_pub else pro)],
                     "公需科目" if is_pub else "专业科目", str(h), rng.choice((c.party_school, f"{c.name}人力资源和社会保障局"))
                     if is_pub else rng.choice(c.universities)])  # fmt: skip
    rows.append(["合计", "", "", "", str(total), ""])
    yb = pg.table(18, 66, [12, 26, 62, 20, 14, 40], rows, 8.5, ctx.body, row_h=11)
    pg.text(22, yb + 10, "单位意见：", 11, ctx.body)
    pg.text(pg.w - 40, yb + 30, "（盖章）", 11, ctx.body, "r")
    seal(pg, ctx, pg.w - 60, yb + 25, unit(p, c, rng), 18)
    pg.text(22, yb + 50, "人社部门审核意见：", 11, ctx.body)
    hand(pg, ctx, 70, yb + 58, "同意登记", 14, RED)
    fields = {"holder": name}
    return make_doc(OTHER, layout, [pg], fields, [], claim(name, y, c))


def _o_appoint(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    c, y, p, name, sex = _setup(ctx)
    from bench.blind50.pools import bureau, society

    org = rng.choice((bureau(p, c), society(p, c)))
    role = rng.choice(("专家库成员", "继续教育兼职教师", "技术指导专家", "专业委员会委员"))
    d = dt.date(y, rng.randint(1, 10), rng.randint(1, 28))
    pg = Page(297, 210, bg=(178, 30, 30))
    pg.rect(14, 14, pg.w - 14, pg.h - 14, 0, (252, 246, 232), (252, 246, 232))
    kit.frame(pg, 3, (190, 150, 60), 18)
    pg.text(pg.w / 2, 36, "聘    书", 34, ctx.bold, "c", (170, 30, 30))
    s = f"兹聘请{name}同志为{org}{role}，聘期{y}年{d.month}月至{y + 3}年{d.month}月。"
    y0 = para(pg, 50, 78, 197, s, 18, ctx.body, 2.0)
    pg.text(pg.w - 50, max(y0 + 25, 150), org, 15, ctx.body, "r")
    pg.text(pg.w - 50, max(y0 + 25, 150) + 10, fmt_date(d, "upper"), 15, ctx.body, "r")
    seal(pg, ctx, pg.w - 50 - width_mm(org, ctx.body, 15) / 2, max(y0 + 25, 150) + 5, org)
    fields = {"holder": name, "issuer": org, "issued_on": d.isoformat(), "title": None}
    return make_doc(OTHER, layout, [pg], fields, [], claim(name, y, c))


def _o_accept(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    c = ctx.city()
    y = ctx.year(c)
    p = ctx.profession("journals")
    jn = JOURNALS[rng.choice(p.journals)]
    authors = names(rng, rng.randint(1, 4))
    title = rng.choice(era(p.articles, c))
    d = dt.date(y, rng.randint(1, 9), rng.randint(1, 28))
    pg = Page()
    pg.text(pg.w / 2, 24, f"《{jn[0]}》编辑部", 15, ctx.bold, "c")
    pg.line(25, 33, pg.w - 25, 33, 0.6)
    pg.text(pg.w / 2, 44, "录 用 通 知", 20, ctx.bold, "c")
    yy = 62.0
    pg.text(25, yy, "、".join(authors) + "  先生/女士：", 12.5, ctx.body)
    yy += lh(12.5, 2)
    yy = para(pg, 25, yy, 160, f"您好！您的稿件《{title}》（稿件编号：{rng.randint(2015, 2022)}-{rng.randint(100, 999)}）"
              f"经专家审稿、编委会审定，决定录用，拟于{y + rng.choice((0, 1))}年第{rng.randint(1, 12)}期刊出。"
              f"请按审稿意见修改后一周内返回定稿，并按规定办理有关手续。", 12.5, ctx.body, 1.9)  # fmt: skip
    yy = para(pg, 25, yy + 2, 160, "感谢您对本刊的支持！", 12.5, ctx.body, 1.9)
    pg.text(pg.w - 30, yy + 16, f"《{jn[0]}》编辑部", 12.5, ctx.body, "r")
    pg.text(pg.w - 30, yy + 24, fmt_date(d, "cn"), 12.5, ctx.body, "r")
    pg.text(25, pg.h - 30, f"地址：{rng.choice(('北京市海淀区', '北京市朝阳区', '南京市鼓楼区'))}    邮编：{rng.randint(100000, 210099)}", 9,
            ctx.body, "l", GREY)  # fmt: skip
    who = rng.choice(authors)
    fields = {"title": title, "people": [person(n, i, "author") for i, n in enumerate(authors, 1)]}
    return make_doc(OTHER, layout, [pg], fields, [], claim(who, y, c))


def _o_receipt(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    c, y, p, name, sex = _setup(ctx)
    from bench.blind50.pools import society

    org = society(p, c)
    d = dt.date(y, rng.randint(2, 11), rng.randint(1, 28))
    pg = Page(210, 110, bg=(255, 252, 245))
    pg.text(pg.w / 2, 10, "收  款  收  据", 17, ctx.bold, "c", (190, 40, 40))
    pg.text(pg.w - 18, 12, f"No {rng.randint(1000000, 9999999)}", 11, ctx.body, "r", RED)
    pg.text(18, 24, f"日期：{fmt_date(d, 'cn')}", 10, ctx.body)
    amt = rng.choice((300, 480, 600, 800, 1200))
    pg.table(18, 30, [36, 138], [["交款单位（人）", ""], ["收款事由", ""]], 10, ctx.body, row_h=12)
    pg.table(18, 54, [36, 84, 20, 34], [["金额（大写）", "", "小写", f"¥{amt}.00"]], 10, ctx.body, row_h=12)
    hand(pg, ctx, 60, 33, name, 14)
    fit(pg, 56, 45.5, f"{y}年度继续教育培训费", 12, ctx.hand, 110, "l", PEN)
    big = {300: "叁佰元整", 480: "肆佰捌拾元整", 600: "陆佰元整", 800: "捌佰元整", 1200: "壹仟贰佰元整"}[amt]
    hand(pg, ctx, 60, 57, big, 13)
    pg.text(18, 78, f"收款单位（盖章）：{org}", 10, ctx.body)
    seal(pg, ctx, 80, 80, org, 15)
    pg.text(pg.w - 20, 78, "经手人：", 10, ctx.body, "r")
    kit.scribble(pg, ctx, pg.w - 20, 77, 14)
    pg.text(18, pg.h - 10, "第二联  交款人收执", 8, ctx.body, "l", GREY)
    fields = {"holder": name, "issuer": org, "issued_on": d.isoformat()}
    return make_doc(OTHER, layout, [pg], fields, [], claim(name, y, c))


def _o_unit(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    c, y, p, name, sex = _setup(ctx)
    u = unit(p, c, rng)
    d = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    pg = Page()
    pg.text(pg.w / 2, 40, "证  明", 24, ctx.bold, "c")
    s = (
        f"兹证明{name}，{sex}，身份证号：{masked_id(ctx, c)}，系我单位在职职工，{rng.randint(2003, y - 2)}年参加工作，"
        f"现从事{p.who.replace('人员', '')}工作，专业技术职务为{rng.choice(p.titles)}。{y}年度该同志按要求参加了继续教育学习，"
        f"所提交材料真实有效。"
    )
    yy = para(pg, 25, 64, 160, s, 14, ctx.body, 2.0)
    yy = para(pg, 25, yy + 2, 160, "特此证明。", 14, ctx.body, 2.0)
    pg.text(pg.w - 30, yy + 26, u, 14, ctx.body, "r")
    pg.text(pg.w - 30, yy + 35, fmt_date(d, "cn"), 14, ctx.body, "r")
    seal(pg, ctx, pg.w - 30 - width_mm(u, ctx.body, 14) / 2, yy + 30, u)
    kit.noise(pg, ctx)
    fields = {"holder": name, "issuer": u, "issued_on": d.isoformat()}
    return make_doc(OTHER, layout, [pg], fields, [], claim(name, y, c))


def _o_title(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    c, y, p, name, sex = _setup(ctx)
    level = rng.choice(p.titles)
    d = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    issuer = rng.choice((f"{c.prov}人力资源和社会保障厅", f"{c.name}人力资源和社会保障局"))
    pg = Page(297, 210)
    pg.line(pg.w / 2, 10, pg.w / 2, pg.h - 10, 0.4, (190, 190, 190))
    pg.text(pg.w / 4, 30, "专业技术职务", 16, ctx.bold, "c")
    pg.text(pg.w / 4, 42, "任职资格证书", 16, ctx.bold, "c")
    pg.rect(pg.w / 4 - 14, 60, pg.w / 4 + 14, 96, 0.3, GREY)
    pg.text(pg.w / 4, pg.h - 40, issuer, 11, ctx.body, "c")
    pg.text(pg.w / 4, pg.h - 32, fmt_date(d, "cn"), 11, ctx.body, "c")
    seal(pg, ctx, pg.w / 4, pg.h - 38, issuer, 17)
    rx = pg.w / 2 + 16
    yy = 30.0
    for lab, val in (("姓    名", name), ("性    别", sex), ("工作单位", unit(p, c, rng)),
                     ("资格名称", level), ("评审组织", f"{c.name}{p.who.replace('人员', '')}中级评审委员会"),
                     ("通过时间", fmt_date(d - dt.timedelta(days=rng.randint(20, 80)), "cn")),
                     ("证书编号", f"{c.id_prefix[:4]}{y}{rng.randrange(10**6):06d}")):  # fmt: skip
        pg.text(rx, yy, f"{lab}：", 11, ctx.body)
        fit(pg, rx + 25, yy, val, 11, ctx.body, 95)
        pg.line(rx + 24, yy + 5.5, pg.w - 16, yy + 5.5, 0.2, GREY)
        yy += 15
    fields = {"holder": name, "issuer": issuer, "issued_on": d.isoformat()}
    return make_doc(OTHER, layout, [pg], fields, [], claim(name, y, c))
