"""Qualification certificates and look-alike non-proofs (`other`) of draw 36."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind36 import ink
from bench.blind36.ink import GREY, border, grid, hand, para, seal, txt
from bench.blind36.pools import STYLES, Ctx, day, fdate, fmonth, later, people, who

SCHOOLS = {
    "山东": ["鲁东大学", "烟台大学", "山东中医药大学", "山东农业大学", "滨州医学院", "山东农业工程学院", "青岛农业大学"],
    "河南": ["河南大学", "河南中医药大学", "河南农业大学", "开封大学", "黄河水利职业技术学院", "华北水利水电大学"],
}  # fmt: skip
SUBJECT = {"agrimach": "农业机械化及其自动化", "seed": "种子科学与工程", "water": "给排水科学与工程",
           "credit": "金融学", "stats": "统计学", "tcm": "中医学", "rehab": "康复治疗学", "kinder": "学前教育"}  # fmt: skip
DEGREE_FIELD = {"agrimach": ("农业工程", "工学"), "seed": ("作物遗传育种", "农学"), "water": ("市政工程", "工学"),
                "credit": ("金融", "经济学"), "stats": ("应用统计", "经济学"), "tcm": ("中医内科学", "医学"),
                "rehab": ("康复医学与理疗学", "医学"), "kinder": ("学前教育学", "教育学")}  # fmt: skip
MODULES = {
    "agrimach": ["现代农业装备设计", "农业机械试验技术", "智能控制原理", "农业系统工程"],
    "seed": ["高级植物遗传学", "种子生理生化", "试验设计与统计分析", "作物育种学专论"],
    "water": ["水处理工程", "给水管网优化", "水质化学", "工程项目管理"],
    "credit": ["货币银行学", "商业银行经营管理", "金融风险管理", "计量经济学"],
    "stats": ["多元统计分析", "抽样调查", "时间序列分析", "统计软件应用"],
    "tcm": ["伤寒论研究", "金匮要略选读", "中医各家学说", "温病学专论"],
    "rehab": ["神经康复学", "运动治疗技术", "康复评定学", "言语治疗学"],
    "kinder": ["学前教育原理", "儿童发展心理学", "幼儿园课程论", "教育研究方法"],
}
COMPUTER = ["Windows 7操作系统", "Word 2010中文字处理", "Excel 2010中文电子表格", "PowerPoint 2010中文演示文稿",
            "Internet应用", "WPS Office办公组件"]  # fmt: skip


def _birth(ctx: Ctx, year: int, st: str) -> str:
    b = dt.date(year - ctx.rng.randint(21, 26), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    return fmonth(b.year, b.month, st) if st in ("cn", "cno") else fdate(b, st)


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qualification_certificate")
    w = who(ctx.rng)
    school = ctx.pick(SCHOOLS[w.prov])
    st = ctx.pick(STYLES)
    grad = dt.date(ctx.rng.randint(2016, 2024), ctx.pick([6, 6, 7, 1, 12]), ctx.rng.randint(1, 28))
    fields = {"holder": w.name, "issuer": school, "issued_on": grad.isoformat()}
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    pg = Page()
    if v == "diploma":
        subj = SUBJECT[w.trade]
        fields["qualification"] = {"kind": "graduation", "subject": subj, "modules": None}
        border(pg, "double", (120, 30, 30))
        txt(pg, ctx, 105, 34, "普通高等学校", 16, "c", True)
        txt(pg, ctx, 105, 46, "毕 业 证 书", 28, "c", True)
        pg.rect(28, 74, 58, 112, 0.3, GREY)
        txt(pg, ctx, 43, 90, "照片", 10, "c", color=GREY)
        yrs = ctx.pick([4, 4, 5, 3])
        s = (f"学生{w.name}，性别{w.sex}，{_birth(ctx, grad.year, st)}生，于{fdate(dt.date(grad.year - yrs, 9, 1), st)}"
             f"至{fdate(grad, st)}在本校{subj}专业{ctx.pick(['四年制本科', '三年制专科', '五年制本科'])}学习，"
             "修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
        y = para(pg, ctx, 66, 76, 118, s, 13, 2.0)
        txt(pg, ctx, 30, max(y, 120) + 20, f"校    名：{school}", 13)
        txt(pg, ctx, 30, max(y, 120) + 32, "校（院）长：", 13)
        hand(pg, ctx, 62, max(y, 120) + 30, ctx.pick(["李振东", "陈卫平", "周立新"]), 16)
        txt(
            pg,
            ctx,
            30,
            max(y, 120) + 44,
            f"证书编号：{ctx.rng.randint(10, 99)}{ctx.rng.randint(10**14, 10**15 - 1)}",
            11,
        )
        txt(pg, ctx, 150, max(y, 120) + 62, fdate(grad, st), 13, "c")
        seal(pg, ctx, 150, max(y, 120) + 50, school)
    elif v == "master":
        subj, door = DEGREE_FIELD[w.trade]
        fields["qualification"] = {"kind": "master_degree", "subject": subj, "modules": None}
        border(pg, "corner", (40, 60, 110))
        txt(pg, ctx, 105, 40, "硕士学位证书", 28, "c", True, (40, 60, 110))
        s = (
            f"{w.name}，{w.sex}，{_birth(ctx, grad.year, st)}生。在{subj}学科（专业）完成了硕士学位的课程学习，"
            f"成绩合格；通过了学位论文答辩。根据《中华人民共和国学位条例》的规定，授予{door}硕士学位。"
        )
        y = para(pg, ctx, 30, 80, 150, s, 14, 2.1)
        txt(pg, ctx, 30, y + 20, f"学位授予单位：{school}", 13)
        txt(pg, ctx, 30, y + 32, "学位评定委员会主席：", 13)
        hand(pg, ctx, 84, y + 30, ctx.pick(["孙海涛", "郑建华", "高明远"]), 16)
        txt(pg, ctx, 150, y + 60, fdate(grad, st), 13, "c")
        seal(pg, ctx, 150, y + 50, school)
    elif v == "courses":
        mods = ctx.rng.sample(MODULES[w.trade], 4)
        subj = DEGREE_FIELD[w.trade][0]
        fields["qualification"] = {"kind": "postgraduate_courses", "subject": subj, "modules": mods}
        scored.append("qualification.modules")
        start = dt.date(grad.year - 1, 9, ctx.rng.randint(1, 20))
        txt(pg, ctx, 105, 30, "研究生课程进修班", 16, "c", True)
        txt(pg, ctx, 105, 42, "结 业 证 书", 26, "c", True)
        s = (
            f"{w.name}同志于{fdate(start, st)}至{fdate(grad, st)}参加我校{subj}专业研究生课程进修班学习，"
            "修完下列课程，考试成绩合格，准予结业。"
        )
        y = para(pg, ctx, 26, 66, 158, s, 13, 2.0)
        rows = [["课程名称", "学分", "成绩"]] + [
            [m, str(ctx.pick([2, 3])), str(ctx.rng.randint(72, 95))] for m in mods
        ]
        y = pg.table(40, y + 6, [70, 25, 35], rows, 11.5, ctx.body, 10, header_font=ctx.bold)
        txt(pg, ctx, 150, y + 26, school, 13, "c")
        txt(pg, ctx, 150, y + 36, fdate(grad, st), 13, "c")
        seal(pg, ctx, 150, y + 28, school)
    elif v == "selfexam":
        mods = ctx.rng.sample(MODULES[w.trade], ctx.rng.randint(1, 3))
        subj = SUBJECT[w.trade]
        issuer = f"{w.prov}省高等教育自学考试委员会"
        fields.update(
            issuer=issuer, qualification={"kind": "self_study_exam", "subject": subj, "modules": mods}
        )
        scored.append("qualification.modules")
        txt(pg, ctx, 105, 28, "高等教育自学考试", 16, "c", True)
        txt(pg, ctx, 105, 40, "单科合格证书", 26, "c", True)
        y = grid(pg, ctx, 24, 60, [[("姓名", 26, "l"), (w.name, 50, "v"), ("准考证号", 30, "l"),
                                    (str(ctx.rng.randint(10**11, 10**12 - 1)), 56, "v")],
                                   [("专业", 26, "l"), (subj, 136, "p")]], 12, 11.5)  # fmt: skip
        rows = [["课程代码", "课程名称", "成绩", "考试时间"]]
        for m in mods:
            ex = dt.date(grad.year - ctx.pick([0, 1]), ctx.pick([4, 10]), 1)
            rows.append(
                [
                    f"{ctx.rng.randint(0, 99999):05d}",
                    m,
                    str(ctx.rng.randint(60, 92)),
                    fmonth(ex.year, ex.month, "ymd"),
                ]
            )
        y = pg.table(24, y + 8, [26, 70, 22, 44], rows, 11, ctx.body, 10, header_font=ctx.bold)
        txt(pg, ctx, 24, y + 10, "上列课程考试成绩合格，特发此证。", 12)
        txt(pg, ctx, 150, y + 34, issuer, 12.5, "c")
        txt(pg, ctx, 150, y + 44, fdate(grad, st), 12.5, "c")
        seal(pg, ctx, 150, y + 36, issuer)
    elif v == "computer":
        mods = ctx.rng.sample(COMPUTER, ctx.rng.randint(1, 3))
        issuer = f"{w.prov}省人力资源和社会保障厅"
        ym = f"{grad.year}-{grad.month:02d}"
        fields.update(issuer=issuer, issued_on=ym,
                      qualification={"kind": "computer_exam", "subject": None, "modules": mods})  # fmt: skip
        scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.modules"]
        pg = Page(200, 140)
        border(pg, "band", (20, 80, 140))
        txt(pg, ctx, 100, 22, "全国专业技术人员计算机应用能力考试", 14, "c", True)
        txt(pg, ctx, 100, 33, "合 格 证 书", 20, "c", True)
        y = 50
        for lab, val in (("姓    名", w.name), ("身份证号", f"{ctx.rng.randint(370600, 410299)}**********{ctx.rng.randint(10, 99)}"),
                         ("合格科目", "；".join(mods)), ("发证机关", issuer),
                         ("发证时间", fmonth(grad.year, grad.month, st))):  # fmt: skip
            txt(pg, ctx, 22, y, f"{lab}：", 11.5)
            pg.wrap(50, y, 132, val, 11.5, ctx.body, 1.4)
            y += 11
        seal(pg, ctx, 150, 106, issuer, 15)
    else:  # doctor, bilingual, month only
        subj, door = DEGREE_FIELD[w.trade]
        st = ctx.pick(["cn", "cno", "ymd"])
        fields.update(issued_on=f"{grad.year}-{grad.month:02d}",
                      qualification={"kind": "doctor_degree", "subject": subj, "modules": None})  # fmt: skip
        pg = Page(297, 210)
        border(pg, "double", (110, 80, 30))
        txt(pg, ctx, 148.5, 24, "博士学位证书", 28, "c", True)
        txt(pg, ctx, 148.5, 40, "DOCTORAL DEGREE CERTIFICATE", 13, "c", True, (110, 80, 30))
        s = (
            f"{w.name}，{w.sex}，{_birth(ctx, grad.year + 5, 'ymd')}生。在{subj}学科完成博士研究生学业，"
            f"通过博士学位论文答辩，经审核，授予{door}博士学位。"
        )
        para(pg, ctx, 35, 60, 227, s, 14, 2.0)
        para(pg, ctx, 35, 92, 227, "This is to certify that the holder has completed the doctoral programme and "
                                   "is hereby awarded the Degree of Doctor.", 11, 1.6, False)  # fmt: skip
        txt(pg, ctx, 40, 140, f"学位授予单位 Conferred by：{school}", 12)
        txt(pg, ctx, 40, 152, f"日期：{fmonth(grad.year, grad.month, st)}", 12)
        seal(pg, ctx, 220, 146, school)
    year = int(fields["issued_on"][:4])
    return ink.doc("qualification_certificate", v, [pg], fields, scored, w.name, year)


# ==== look-alikes that prove nothing creditable ====================================================
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    w = who(ctx.rng)
    d = day(ctx.rng, 2018, 2024)
    st = ctx.pick(STYLES)
    org = w.organiser(ctx.rng)
    course = w.topic(ctx.rng) + "培训班"
    fields: dict = {"holder": w.name}
    pg = Page()
    if v == "signup":
        txt(pg, ctx, 105, 22, f"{course}报名表", 17, "c", True)
        rows = [[("姓名", 26, "l"), (w.name, 44, "h"), ("性别", 22, "l"), (w.sex, 30, "h"), ("照片", 48, "v")],
                [("工作单位", 26, "l"), (w.unit, 96, "h"), ("", 48, "v")],
                [("职称", 26, "l"), (w.title, 44, "h"), ("电话", 22, "l"), ("", 78, "v")],
                [("报名项目", 26, "l"), (course, 144, "p")],
                [("单位意见", 26, "l"), ("同意报名（盖章）", 144, "p")]]  # fmt: skip
        y = grid(pg, ctx, 20, 36, rows, 15, 11.5)
        txt(pg, ctx, 20, y + 8, f"填表日期：{fdate(d, st)}    报名截止后由{org}统一通知。", 10.5)
    elif v == "receipt":
        pg = Page(210, 110)
        txt(pg, ctx, 105, 12, "收 款 收 据", 18, "c", True, (150, 30, 30))
        txt(pg, ctx, 190, 14, f"No.{ctx.rng.randint(10**6, 10**7 - 1)}", 10, "r", (150, 30, 30))
        txt(pg, ctx, 20, 28, f"日期：{fdate(d, st)}", 10.5)
        amt = ctx.pick([300, 480, 600, 800, 1200])
        big = {300: "叁佰元整", 480: "肆佰捌拾元整", 600: "陆佰元整", 800: "捌佰元整", 1200: "壹仟贰佰元整"}[
            amt
        ]
        rows = [[("交款人", 30, "l"), (w.name, 140, "h")], [("收款事由", 30, "l"), (f"{course}培训费、资料费", 140, "p")],
                [("金额（大写）", 30, "l"), (big, 90, "h"), (f"¥{amt}.00", 50, "h")]]  # fmt: skip
        y = grid(pg, ctx, 20, 36, rows, 12, 11)
        txt(pg, ctx, 20, y + 8, f"收款单位（盖章）：{org}", 10.5)
        txt(pg, ctx, 150, y + 8, "经手人：", 10.5)
        hand(pg, ctx, 166, y + 7, ctx.pick(["马", "苗", "郭"]) + ctx.pick(["丽", "伟"]), 13)
        seal(pg, ctx, 70, y + 8, org, 15)
    elif v == "timetable":
        pg = Page(297, 210)
        txt(pg, ctx, 148.5, 16, f"{course}课程安排表", 17, "c", True)
        rows = [["时间", "星期一", "星期二", "星期三", "星期四"]]
        for sl in ("08:30-10:00", "10:20-11:50", "14:30-16:00", "16:20-17:50"):
            rows.append(
                [sl] + [w.topic(ctx.rng)[:9] if ctx.rng.random() < 0.7 else "分组讨论" for _ in range(4)]
            )
        pg.table(20, 32, [37, 55, 55, 55, 55], rows, 10.5, ctx.body, 16, header_font=ctx.bold)
        txt(pg, ctx, 20, 120, "注：课程如有调整另行通知。", 10.5, color=GREY)
        hand(pg, ctx, 230, 150, w.name, 18)
    elif v == "meeting":
        names = people(ctx.rng, ctx.rng.randint(6, 11))
        if w.name not in names:
            names[0] = w.name
        fields = {
            "holder": None,
            "people": [{"name": n, "rank": i + 1, "role": "attendee"} for i, n in enumerate(names)],
        }
        txt(pg, ctx, 105, 22, f"{w.unit}", 13, "c")
        txt(pg, ctx, 105, 32, ctx.pick(["第二季度安全生产工作例会", "党支部主题党日活动", "年度工作总结会",
                                        "职工代表大会"]) + "签到", 17, "c", True)  # fmt: skip
        txt(pg, ctx, 20, 46, f"时间：{fdate(d, st)}", 11)
        rows = [["序号", "姓名", "部门", "签到"]] + [[str(i + 1), n, ctx.pick(["办公室", "技术科", "业务部", "财务科"]), ""]
                                               for i, n in enumerate(names)]  # fmt: skip
        pg.table(20, 54, [16, 40, 60, 50], rows, 11, ctx.body, 10, header_font=ctx.bold)
        for i, n in enumerate(names):
            hand(pg, ctx, 20 + 116 + 25, 54 + 10 * (i + 1) + 1.8, n, 13, "c")
    elif v == "ticket":
        pg = Page(210, 140)
        border(pg, "thin")
        txt(
            pg,
            ctx,
            105,
            18,
            f"{d.year}年度{ctx.pick(['职称考试', '专业技术资格考试', '业务能力测试'])}准考证",
            16,
            "c",
            True,
        )
        y = grid(pg, ctx, 22, 32, [[("姓名", 28, "l"), (w.name, 70, "v"), ("照片", 68, "v")],
                                   [("准考证号", 28, "l"), (str(ctx.rng.randint(10**9, 10**10 - 1)), 70, "v"), ("", 68, "v")],
                                   [("考试时间", 28, "l"), (fdate(d, st), 138, "p")],
                                   [("考点", 28, "l"), (f"{w.city}市第{ctx.pick('一二三五')}中学", 138, "p")]], 12, 11)  # fmt: skip
        txt(pg, ctx, 22, y + 8, "考生须携带本证及有效身份证件参加考试。", 10, color=GREY)
    else:  # errand
        back = later(d, 1, 4, ctx.rng)
        txt(pg, ctx, 105, 22, "出差审批单", 18, "c", True)
        rows = [[("出差人", 30, "l"), (w.name, 55, "h"), ("部门", 25, "l"), (w.unit[-6:], 60, "h")],
                [("事由", 30, "l"), (f"赴{w.city}参加{course}", 140, "h")],
                [("起止日期", 30, "l"), (f"{fdate(d, 'dot')}—{fdate(back, 'dot')}", 140, "h")],
                [("交通工具", 30, "l"), (ctx.pick(["火车", "单位派车", "客车"]), 140, "h")],
                [("领导意见", 30, "l"), ("同意", 140, "h")]]  # fmt: skip
        grid(pg, ctx, 20, 38, rows, 14, 11.5)
    return ink.doc("other", v, [pg], fields, [], w.name, d.year)
