"""Draw 16 qualification certificates (毕业证书, 学位证书, 课程进修班, 自学考试, 计算机考试) and non-proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind16 import ink
from bench.blind16.pools import (
    COLLEGES,
    TITLES_PRO,
    Ctx,
    day,
    digits,
    iso,
    month,
    people_names,
    pick_style,
    where,
    workplace,
)
from bench.blind16.topics import field_of, organiser, topic

MAJORS = [("护理学", "医学", "理学"), ("临床医学", "医学", "医学"), ("汉语言文学", "文学", "文学"),
          ("小学教育", "教育学", "教育学"), ("农学", "农学", "农学"), ("土木工程", "工学", "工学"),
          ("药学", "理学", "理学"), ("学前教育", "教育学", "教育学"), ("园艺", "农学", "农学"),
          ("给排水科学与工程", "工学", "工学"), ("预防医学", "医学", "医学")]  # fmt: skip
MASTER = [("内科学", "医学"), ("作物栽培学与耕作学", "农学"), ("课程与教学论", "教育学"), ("结构工程", "工学"),
          ("药物分析学", "理学"), ("护理学", "医学"), ("环境工程", "工学"), ("学科教学（数学）", "教育")]  # fmt: skip
COURSES = {"课程与教学论": ["教育研究方法", "课程论", "教学论", "教育心理学专题", "外国教育史"],
           "教育管理": ["教育管理学", "学校管理专题", "教育政策分析", "教育统计与测量", "组织行为学"],
           "农业推广": ["农业推广理论与实践", "现代农业技术概论", "农村发展研究", "试验设计与统计分析"],
           "公共卫生": ["流行病学原理", "卫生统计学", "卫生事业管理", "健康教育与健康促进", "社会医学"]}  # fmt: skip
SELF = {"汉语言文学": ["中国现代文学史", "古代汉语", "文学概论", "外国文学史", "语言学概论"],
        "护理学": ["内科护理学（二）", "护理学研究", "社区护理学（一）", "护理管理学", "急救护理学"],
        "学前教育": ["学前儿童发展", "学前教育原理", "幼儿园课程", "学前儿童家庭教育"],
        "工程管理": ["工程经济", "建筑施工（一）", "工程项目管理", "建设法规"]}  # fmt: skip
MODULES = ["Windows 7操作系统", "Word 2010中文字处理", "Excel 2010中文电子表格", "PowerPoint 2010中文演示文稿",
           "Internet应用", "WPS Office办公组合", "AutoCAD 2008制图", "Access 2010数据库"]  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    rng = ctx.rng
    pl = where(rng)
    holder = people_names(rng, 1)[0]
    fn = {"diploma": _diploma, "master": _master, "doctor": _doctor, "courses": _courses, "selfstudy": _selfstudy,
          "computer": _computer}[v]  # fmt: skip
    pg, issuer, issued_on, qual, scored = fn(ctx, pl, holder)
    fields = {"holder": holder, "issuer": issuer, "issued_on": issued_on, "qualification": qual}
    claim = {"person": holder, "year": int(issued_on[:4])}
    return Doc("qualification_certificate", f"qual16-{v}", [pg], fields, scored, claim)


BASE = ["holder", "issuer", "issued_on", "qualification.kind"]


def _diploma(ctx, pl, holder):
    rng = ctx.rng
    pg = Page(w=260, h=185, bg=(250, 246, 236))
    ink.border(pg, "gold")
    school = rng.choice(COLLEGES[pl.prov])
    major = rng.choice(MAJORS)[0]
    y0 = rng.randint(2010, 2020)
    end = dt.date(y0 + 4, rng.choice([6, 7]), rng.randint(20, 30))
    born = dt.date(y0 - 18 - rng.randint(0, 1), rng.randint(1, 12), rng.randint(1, 28))
    st = pick_style(ctx, ["han", "han_o", "zh"])
    ink.spread(pg, ctx, 22, "毕业证书", 28, color=(120, 30, 30))
    ink.photo(pg, 30, 50, 30, 42)
    text = (f"学生{holder}，性别{rng.choice(['男', '女'])}，{born.year}年{born.month}月{born.day}日生，于{y0}年9月至{end.year}年"
            f"{end.month}月在本校{major}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
    y = pg.wrap(75, 52, 160, text, 13, ctx.body, 2.0, 13 * ink.PT * 2)
    ink.body(pg, ctx, 75, y + 8, f"校　名：{school}", 12)
    ink.body(pg, ctx, 75, y + 17, "校（院）长：", 12)
    ink.hand(pg, ctx, 103, y + 16, people_names(rng, 1, {holder})[0], 15, ink.BLACK)
    ink.body(pg, ctx, 200, y + 24, day(end, st), 12, "c")
    ink.seal(pg, ctx, 200, y + 20, school, 20)
    ink.body(pg, ctx, 30, 168, f"证书编号：{digits(rng, 5)}{y0 + 4}{digits(rng, 11)}", 10)
    qual = {"kind": "graduation", "subject": major, "modules": None}
    return pg, school, iso(end), qual, BASE + ["qualification.subject"]


def _master(ctx, pl, holder):
    rng = ctx.rng
    pg = Page(bg=(247, 244, 236))
    ink.border(pg, "thin")
    school = rng.choice(COLLEGES[pl.prov])
    major, sci = rng.choice(MASTER)
    yy, mm = rng.randint(2012, 2023), rng.choice([6, 12])
    st = pick_style(ctx, ["han", "zh", "zh0"])
    ink.spread(pg, ctx, 40, "硕士学位证书", 24)
    ink.photo(pg, 88, 66, 34, 46)
    born = (yy - rng.randint(25, 33), rng.randint(1, 12))
    text = (f"{holder}，{rng.choice(['男', '女'])}，{born[0]}年{born[1]}月生。在{school}{major}专业完成了硕士学位的学习，"
            f"成绩合格，通过论文答辩，经审核，决定授予{sci}硕士学位。")  # fmt: skip
    y = pg.wrap(30, 128, 150, text, 13, ctx.body, 2.0, 13 * ink.PT * 2)
    ink.body(pg, ctx, 100, y + 14, f"{school}学位评定委员会", 12)
    ink.body(pg, ctx, 100, y + 24, "主　席", 12)
    ink.hand(pg, ctx, 120, y + 23, people_names(rng, 1, {holder})[0], 15, ink.BLACK)
    ink.body(pg, ctx, 130, y + 36, month(yy, mm, st), 12, "c")
    ink.seal(pg, ctx, 140, y + 22, school, 19)
    ink.body(pg, ctx, 30, 270, f"证书编号：1{digits(rng, 4)}2{yy}{digits(rng, 6)}", 10)
    qual = {"kind": "master_degree", "subject": major, "modules": None}
    return pg, school, f"{yy}-{mm:02d}", qual, BASE + ["qualification.subject"]


def _doctor(ctx, pl, holder):
    rng = ctx.rng
    pg = Page(w=297, h=210, bg=(243, 240, 250))
    pg.rect(12, 12, 285, 198, 1.2, (60, 50, 120))
    school = rng.choice(COLLEGES[pl.prov] + ["中南大学", "郑州大学", "山东大学", "湖南师范大学"])
    major, sci = rng.choice(MASTER)
    d = dt.date(rng.randint(2014, 2024), rng.choice([6, 12]), rng.randint(10, 28))
    st = pick_style(ctx, ["han", "han_o", "zh0"])
    ink.spread(pg, ctx, 28, "博士学位证书", 26, color=(60, 50, 120))
    ink.body(pg, ctx, 148.5, 44, "DOCTORAL DEGREE CERTIFICATE", 10, "c", (90, 80, 140))
    ink.photo(pg, 32, 64, 34, 46)
    text = (f"{holder}，{rng.choice(['男', '女'])}，{d.year - rng.randint(29, 38)}年{rng.randint(1, 12)}月生，在{major}学科"
            f"已通过博士学位的课程考试和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予{sci}博士学位。")  # fmt: skip
    y = pg.wrap(86, 66, 180, text, 14, ctx.body, 2.0, 14 * ink.PT * 2)
    ink.body(pg, ctx, 86, y + 10, f"学位授予单位：{school}", 12.5)
    ink.body(pg, ctx, 220, y + 24, day(d, st), 12.5, "c")
    ink.seal(pg, ctx, 220, y + 18, school, 21)
    ink.body(pg, ctx, 32, 185, f"证书编号：1{digits(rng, 4)}3{d.year}{digits(rng, 6)}", 10)
    qual = {"kind": "doctor_degree", "subject": major, "modules": None}
    return pg, school, iso(d), qual, BASE + ["qualification.subject"]


def _courses(ctx, pl, holder):
    rng = ctx.rng
    pg = Page()
    ink.border(pg, "red")
    school = rng.choice(COLLEGES[pl.prov])
    major = rng.choice(list(COURSES))
    y0 = rng.randint(2015, 2022)
    end = dt.date(y0 + rng.choice([1, 2]), rng.choice([1, 6, 7]), rng.randint(5, 28))
    st = pick_style(ctx, ["zh", "zh0", "han"])
    y = ink.bold(pg, ctx, 105, 34, "研究生课程进修班", 18, color=(150, 30, 30))
    y = ink.spread(pg, ctx, y, "结业证书", 26, color=(150, 30, 30)) + 8
    text = (f"{holder}同志于{y0}年9月至{end.year}年{end.month}月在我校{major}专业研究生课程进修班学习，"
            f"修完规定的全部课程，考试成绩合格，准予结业。")  # fmt: skip
    y = pg.wrap(28, y, 154, text, 13, ctx.body, 2.0, 13 * ink.PT * 2) + 4
    mods = rng.sample(COURSES[major], rng.randint(3, len(COURSES[major])))
    rows = [["课程名称", "学分", "成绩"]] + [
        [m, str(rng.choice([2, 3])), str(rng.randint(72, 95))] for m in mods
    ]
    y = pg.table(40, y, [70, 25, 35], rows, 11, ctx.body, 9, header_font=ctx.bold)
    ink.body(pg, ctx, 140, y + 20, school, 12.5, "c")
    ink.body(pg, ctx, 140, y + 30, day(end, st), 12.5, "c")
    ink.seal(pg, ctx, 140, y + 25, school)
    ink.body(pg, ctx, 28, 268, f"编号：YJ{end.year}{digits(rng, 5)}", 10)
    qual = {"kind": "postgraduate_courses", "subject": major, "modules": mods}
    return pg, school, iso(end), qual, BASE + ["qualification.subject", "qualification.modules"]


def _selfstudy(ctx, pl, holder):
    rng = ctx.rng
    pg = Page(w=210, h=148, bg=(240, 248, 244))
    ink.border(pg, "green")
    org = f"{pl.prov}省高等教育自学考试委员会"
    major = rng.choice(list(SELF))
    mods = rng.sample(SELF[major], rng.randint(1, 3))
    yy, mm = rng.randint(2016, 2024), rng.choice([4, 10])
    iss = (yy + (mm == 10), 1 if mm == 10 else 6)
    st = pick_style(ctx)
    y = ink.bold(pg, ctx, 105, 16, "高等教育自学考试", 14)
    y = ink.spread(pg, ctx, y, "单科合格证书", 20, color=(30, 90, 60)) + 2
    y = ink.pairs(pg, ctx, 24, y, [("姓　　名", holder), ("准考证号", f"{rng.randint(10, 99)}{digits(rng, 10)}"),
                                   ("报考专业", major)], 11, 24, "：", 1.8)  # fmt: skip
    rows = [["课程代码", "课程名称", "考试时间", "成绩"]] + [
        [f"{rng.randint(100, 12000):05d}", m, month(yy, mm, "zh"), str(rng.randint(60, 88))] for m in mods
    ]
    y = pg.table(24, y + 1, [28, 70, 40, 24], rows, 10, ctx.body, 8.5, header_font=ctx.bold)
    ink.body(pg, ctx, 150, y + 8, org, 11, "c")
    ink.body(pg, ctx, 150, y + 16, month(*iss, st), 11, "c")
    ink.seal(pg, ctx, 150, y + 12, org, 16)
    qual = {"kind": "self_study_exam", "subject": major, "modules": mods}
    return pg, org, f"{iss[0]}-{iss[1]:02d}", qual, BASE + ["qualification.subject", "qualification.modules"]


def _computer(ctx, pl, holder):
    rng = ctx.rng
    pg = Page(w=210, h=148)
    ink.border(pg, "thin")
    org = "人力资源和社会保障部人事考试中心"
    mods = rng.sample(MODULES, rng.randint(1, 4))
    d = dt.date(rng.randint(2014, 2021), rng.randint(1, 12), rng.randint(1, 28))
    st = pick_style(ctx)
    y = ink.bold(pg, ctx, 105, 16, "全国专业技术人员计算机应用能力考试", 13)
    y = ink.spread(pg, ctx, y, "合格证书", 20) + 1
    ink.photo(pg, 170, y, 22, 30)
    idno = f"{rng.choice(['37', '41', '43'])}{digits(rng, 12)}{digits(rng, 3)}{rng.choice('0123456789X')}"
    y = ink.pairs(pg, ctx, 24, y, [("姓名", holder), ("身份证号", idno), ("证书编号", f"{d.year}{digits(rng, 9)}")],
                  10.5, 22, "：", 1.8)  # fmt: skip
    rows = [["序号", "考试科目（模块）", "考试时间"]] + [
        [str(i + 1), m, month(d.year, max(1, d.month - rng.randint(0, 3)), "dotz")]
        for i, m in enumerate(mods)
    ]
    y = pg.table(24, y + 2, [16, 80, 40], rows, 9.5, ctx.body, 8, header_font=ctx.bold)
    ink.body(pg, ctx, 150, y + 8, org, 10.5, "c")
    ink.body(pg, ctx, 150, y + 16, f"发证日期：{day(d, st)}", 10.5, "c")
    ink.seal(pg, ctx, 150, y + 12, org, 15)
    qual = {"kind": "computer_exam", "subject": None, "modules": mods}
    return pg, org, iso(d), qual, BASE + ["qualification.modules"]


# ---- non-proofs --------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    rng = ctx.rng
    pl = where(rng)
    holder = people_names(rng, 1)[0]
    d = dt.date(rng.randint(2018, 2024), rng.randint(1, 12), rng.randint(1, 28))
    st = pick_style(ctx)
    fld = field_of(ctx)
    unit = workplace(rng, pl)
    pg = {"receipt": _receipt, "appoint": _appoint, "travel": _travel, "payslip": _payslip,
          "titlecert": _titlecert, "ticket": _ticket}[v](ctx, pl, holder, d, st, fld, unit)  # fmt: skip
    fields = {"holder": holder}
    return Doc("other", f"other16-{v}", [pg], fields, [], {"person": holder, "year": d.year})


def _receipt(ctx, pl, holder, d, st, fld, unit):
    rng = ctx.rng
    pg = Page(w=210, h=100)
    org = organiser(ctx, pl, fld)
    ink.bold(pg, ctx, 105, 8, "收　款　收　据", 16, color=(160, 40, 40))
    ink.body(pg, ctx, 190, 10, f"No.{digits(rng, 8)}", 10, "r", (160, 40, 40))
    ink.body(pg, ctx, 20, 22, f"日期：{day(d, st)}", 10)
    amt = rng.choice([300, 600, 800, 1200, 1500])
    rows = [["交款单位（人）", f"{holder}（{unit}）"], ["收款事由", f"{topic(ctx, fld)}培训会务费"],
            ["金额（大写）", f"{'壹贰叁肆伍陆柒捌玖'[amt // 1000 - 1] + '仟' if amt >= 1000 else ''}{'零壹贰叁肆伍陆柒捌玖'[amt // 100 % 10]}佰元整"],
            ["金额（小写）", f"￥{amt:.2f}"]]  # fmt: skip
    y = pg.table(20, 30, [40, 130], rows, 10.5, ctx.body, 11)
    ink.body(pg, ctx, 20, y + 6, f"收款单位（盖章）：{org}", 10)
    ink.body(pg, ctx, 150, y + 6, f"经手人：{people_names(rng, 1, {holder})[0]}", 10)
    ink.seal(pg, ctx, 60, y + 4, org, 14)
    return pg


def _appoint(ctx, pl, holder, d, st, fld, unit):
    rng = ctx.rng
    pg = Page(w=297, h=210, bg=(180, 30, 35))
    pg.rect(18, 18, 279, 192, 0, ink.BLACK, (253, 247, 232))
    ink.spread(pg, ctx, 40, "聘书", 36, color=(170, 30, 30))
    org = organiser(ctx, pl, fld)
    text = (f"兹聘请{holder}同志为{org}{rng.choice(['专家库成员', '兼职培训讲师', '质量控制专家', '学术委员会委员'])}，"
            f"聘期{rng.choice(['三', '两', '五'])}年。")  # fmt: skip
    pg.wrap(50, 90, 200, text, 18, ctx.body, 2.0, 18 * ink.PT * 2)
    ink.body(pg, ctx, 220, 150, org, 14, "c")
    ink.body(pg, ctx, 220, 161, day(d, st), 14, "c")
    ink.seal(pg, ctx, 220, 155, org, 20)
    return pg


def _travel(ctx, pl, holder, d, st, fld, unit):
    rng = ctx.rng
    pg = Page()
    ink.bold(pg, ctx, 105, 20, unit, 13)
    y = ink.bold(pg, ctx, 105, 28, "出差审批单", 17) + 4
    e = d + dt.timedelta(days=rng.randint(1, 4))
    rows = [["姓名", holder, "部门", rng.choice(["医务科", "教务处", "技术科", "办公室", "护理部"])],
            ["出差事由", f"参加{topic(ctx, fld)}会议", "", ""], ["出差地点", f"{where(rng).city}市", "交通工具", rng.choice(["高铁", "汽车", "自驾"])],
            ["起止日期", f"{day(d, st)}至{day(e, st)}", "天数", f"{(e - d).days + 1}天"],
            ["部门意见", "", "", ""], ["分管领导意见", "", "", ""]]  # fmt: skip
    top = y
    pg.table(20, y, [34, 66, 26, 44], rows, 10.5, ctx.body, 14)
    ink.hand(pg, ctx, 60, top + 14 * 4 + 3, "同意", 14, ink.BLACK)
    ink.hand(pg, ctx, 60, top + 14 * 5 + 3, "同意。" + people_names(rng, 1, {holder})[0], 14, ink.BLACK)
    return pg


def _payslip(ctx, pl, holder, d, st, fld, unit):
    rng = ctx.rng
    pg = Page(w=210, h=90)
    ink.bold(pg, ctx, 105, 10, f"{unit}{d.year}年{d.month}月工资条", 12)
    base = rng.randint(3200, 6800)
    head = ["姓名", "岗位工资", "薪级工资", "绩效工资", "津补贴", "应发合计", "公积金", "实发合计"]
    vals = [base, rng.randint(800, 2400), rng.randint(1500, 4000), rng.randint(200, 900)]
    tot = sum(vals)
    acc = rng.randint(500, 1200)
    rows = [head, [holder] + [str(v) for v in vals] + [str(tot), str(acc), str(tot - acc)]]
    pg.table(10, 24, [22] + [24] * 7, rows, 9, ctx.body, 10, header_font=ctx.bold)
    ink.body(pg, ctx, 10, 52, f"发放日期：{day(d, st)}", 9, color=ink.GREY)
    return pg


def _titlecert(ctx, pl, holder, d, st, fld, unit):
    rng = ctx.rng
    pg = Page(w=210, h=148, bg=(236, 242, 250))
    pg.rect(8, 8, 202, 140, 0.8, (40, 70, 130))
    org = f"{pl.prov}省人力资源和社会保障厅"
    ink.bold(pg, ctx, 105, 16, "专业技术职务任职资格证书", 17, color=(40, 70, 130))
    ink.photo(pg, 22, 34, 26, 36)
    rows = [("姓名", holder), ("工作单位", unit), ("资格名称", rng.choice(TITLES_PRO)),
            ("评审通过时间", day(d, st)), ("证书编号", f"{pl.prov[0]}{d.year}{digits(rng, 7)}")]  # fmt: skip
    ink.pairs(pg, ctx, 60, 36, rows, 11, 30, "：", 1.9)
    ink.body(pg, ctx, 150, 112, org, 11, "c")
    ink.seal(pg, ctx, 150, 110, org, 16)
    return pg


def _ticket(ctx, pl, holder, d, st, fld, unit):
    rng = ctx.rng
    pg = Page(w=210, h=148)
    ink.bold(pg, ctx, 105, 12, f"{d.year}年度卫生专业技术资格考试", 14)
    ink.bold(pg, ctx, 105, 21, "准 考 证", 18)
    ink.photo(pg, 162, 34, 24, 32)
    rows = [("姓　　名", holder), ("准考证号", digits(rng, 10)), ("报考专业", rng.choice(["内科护理（主管护师）", "全科医学（中级）", "药学（师）"])),
            ("考点名称", f"{pl.city}市{rng.choice(['第一中学', '职业技术学院', '技师学院'])}"), ("考试日期", day(d, st))]  # fmt: skip
    y = ink.pairs(pg, ctx, 22, 36, rows, 11, 26, "：", 1.9)
    pg.wrap(22, y + 4, 166, "注意事项：考生须携带准考证和有效身份证件，提前30分钟到达考场；严禁携带通讯工具进入考场。", 9,
            ctx.body)  # fmt: skip
    return pg
