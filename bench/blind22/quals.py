"""Draw 22 qualification certificates (diplomas, degrees, exam passes) and other uploaded proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind22 import ink
from bench.blind22.ink import doc, hand, rows, seal
from bench.blind22.pools import MED_TOPICS, Ctx, day, later, month
from bench.generator.truth import person

SCHOOLS = {
    "kf": [
        "河南大学",
        "新乡医学院",
        "河南中医药大学",
        "开封大学",
        "黄河水利职业技术学院",
        "河南护理职业学院",
    ],
    "yy": [
        "湖南中医药大学",
        "益阳医学高等专科学校",
        "湖南城市学院",
        "湖南师范大学",
        "南华大学",
        "长沙医学院",
    ],
}
MAJORS = [
    "护理学",
    "临床医学",
    "药学",
    "中医学",
    "医学影像技术",
    "康复治疗学",
    "小学教育",
    "汉语言文学",
    "数学与应用数学",
]
QSC = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]


def qualification(ctx: Ctx, v: str) -> Doc:
    return {"grad": _grad, "degree": _degree, "selfstudy": _selfstudy, "computer": _computer,
            "pgcourse": _pgcourse, "chsi": _chsi}[v](ctx, v)  # fmt: skip


def _q(
    v: str, pages: list, who: str, issuer: str, issued: str, kind: str, subject, modules, year: int
) -> Doc:  # noqa: ANN001
    f = {"holder": who, "issuer": issuer, "issued_on": issued,
         "qualification": {"kind": kind, "subject": subject, "modules": modules}}  # fmt: skip
    sc = (
        QSC[:4]
        + (["qualification.subject"] if subject else [])
        + (["qualification.modules"] if modules else [])
    )
    return doc("qualification_certificate", "qual", v, pages, f, sc, (who, year))


def _birth(ctx: Ctx) -> dt.date:
    return dt.date(ctx.rng.randint(1972, 1998), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))


def _grad(ctx: Ctx, v: str) -> Doc:
    who, sch, major = ctx.name(), ctx.pick(SCHOOLS[ctx.region]), ctx.pick(MAJORS)
    end = dt.date(ctx.rng.randint(2016, 2024), ctx.pick([1, 6, 7]), ctx.rng.randint(1, 30))
    start = dt.date(end.year - ctx.pick([2, 3]), 3 if end.month == 1 else 9, 1)
    level = ctx.pick(["专科", "本科", "专科起点本科"])
    pg = ink.landscape()
    pg.rect(12, 12, 285, 198, 1.0, (120, 30, 30))
    ink.centre(pg, ctx, 22, "毕 业 证 书", 28, color=(120, 30, 30))
    pg.rect(30, 50, 62, 92, 0.3)
    pg.text(46, 68, "照片", 10, ctx.body, "c", ink.GREY)
    b = _birth(ctx)
    st = ctx.style(["cn", "hz"])
    sent = (f"学生{who}，性别{ctx.pick(['男', '女'])}，{day(b, st)}生，于{month(start.year, start.month, st)}至"
            f"{month(end.year, end.month, st)}在本校{major}专业{ctx.pick(['函授', '业余', '全日制'])}{level}学习，"
            f"修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
    pg.wrap(75, 54, 190, sent, 14, ctx.body, 2.1, 10)
    pg.text(75, 150, f"校 名：{sch}", 13, ctx.body)
    pg.text(75, 160, f"校（院）长：{ctx.name()}", 13, ctx.body)
    pg.text(200, 160, day(end, st), 13, ctx.body)
    pg.text(30, 185, f"证书编号：{ctx.rng.randint(10**17, 10**18 - 1)}", 10, ctx.body)
    seal(pg, ctx, 105, 153, sch, 17)
    return _q(v, [pg], who, sch, end.isoformat(), "graduation", major, None, end.year)


def _degree(ctx: Ctx, v: str) -> Doc:
    who, sch = ctx.name(), ctx.pick(SCHOOLS[ctx.region][:4])
    doctor = ctx.rng.random() < 0.25
    subj = ctx.pick(["护理学", "内科学", "药理学", "中西医结合临床", "课程与教学论", "外科学"])
    d = dt.date(ctx.rng.randint(2016, 2024), ctx.pick([6, 7, 12]), ctx.rng.randint(1, 28))
    deg = "博士" if doctor else "硕士"
    field = "教育学" if subj == "课程与教学论" else "医学"
    pg = ink.portrait()
    ink.centre(pg, ctx, 40, f"{deg}学位证书", 26)
    b = _birth(ctx)
    sent = (f"{who}，{ctx.pick(['男', '女'])}，{b.year}年{b.month}月{b.day}日生。在{sch}{subj}学科完成了{deg}学位的"
            f"学习，成绩合格，通过论文答辩，依照《中华人民共和国学位条例》的规定，授予{field}{deg}学位。")  # fmt: skip
    y = pg.wrap(30, 80, 150, sent, 14, ctx.body, 2.2, 10)
    pg.text(30, y + 20, f"{sch}", 13, ctx.body)
    pg.text(30, y + 30, f"学位评定委员会主席　{ctx.name()}", 13, ctx.body)
    pg.text(30, y + 40, day(d, "cn"), 13, ctx.body)
    pg.text(30, y + 56, f"证书编号：{ctx.rng.randint(10**15, 10**16 - 1)}", 10, ctx.body)
    seal(pg, ctx, 60, y + 26, sch)
    kind = "doctor_degree" if doctor else "master_degree"
    return _q(v, [pg], who, sch, d.isoformat(), kind, subj, None, d.year)


def _selfstudy(ctx: Ctx, v: str) -> Doc:
    who = ctx.name()
    prov = ctx.R["prov"]
    issuer = f"{prov}省高等教育自学考试委员会"
    major = ctx.pick(["护理学", "药学", "汉语言文学", "学前教育", "小学教育"])
    pool = {"护理学": ["内科护理学（二）", "外科护理学（二）", "护理学研究", "社区护理学（一）", "护理管理学"],
            "药学": ["药理学（二）", "药物分析（三）", "生物药剂学与药物动力学", "药事管理学（二）"],
            "汉语言文学": ["中国现代文学史", "古代汉语", "现代汉语", "文学概论（一）"],
            "学前教育": ["学前心理学", "学前教育原理", "幼儿园课程", "学前卫生学"],
            "小学教育": ["小学教育心理学", "小学语文教学研究", "教育原理", "小学班队工作原理与实践"]}  # fmt: skip
    mods = ctx.rng.sample(pool[major], ctx.rng.randint(1, 3))
    y0 = ctx.rng.randint(2016, 2024)
    m = ctx.pick([4, 10])
    st = ctx.style(["cn", "pad"])
    pg = ink.portrait()
    y = ink.centre(pg, ctx, 28, f"{prov}省高等教育自学考试", 16, bold=False)
    y = ink.centre(pg, ctx, y, "单科合格证书", 24)
    y = rows(pg, ctx, 28, y + 10, [("姓名", who), ("准考证号", f"0{ctx.rng.randint(10**10, 10**11 - 1)}"),
             ("专业", major)], 13, "：", 2.3, 28)  # fmt: skip
    body = [["课程名称", "成绩", "考试时间"]] + [
        [c, str(ctx.rng.randint(60, 92)), month(y0, m, st)] for c in mods
    ]
    y = pg.table(28, y + 4, [80, 30, 44], body, 11.5, ctx.body, 11, header_font=ctx.bold)
    pg.text(150, y + 26, issuer, 12, ctx.body, "c")
    pg.text(150, y + 35, month(y0, m, st), 12, ctx.body, "c")
    seal(pg, ctx, 150, y + 30, issuer)
    return _q(v, [pg], who, issuer, f"{y0}-{m:02d}", "self_study_exam", major, mods, y0)


def _computer(ctx: Ctx, v: str) -> Doc:
    who = ctx.name()
    ver = ctx.pick(["2003", "2007", "2010", "2016"])
    pool = [f"Word {ver}中文字处理", f"Excel {ver}中文电子表格", f"PowerPoint {ver}中文演示文稿",
            "Windows 7操作系统", "Internet应用", "AutoCAD 2008制图软件"]  # fmt: skip
    mods = ctx.rng.sample(pool, ctx.rng.randint(1, 4))
    issuer = f"{ctx.R['prov']}省人力资源和社会保障厅"
    d = ctx.date(2016, 2024)
    pg = ink.portrait()
    y = ink.centre(pg, ctx, 26, "全国专业技术人员计算机应用能力考试", 15)
    y = ink.centre(pg, ctx, y, "合 格 证 书", 24)
    y = rows(pg, ctx, 30, y + 8, [("姓　　名", who), ("身份证号", f"{41 if ctx.region == 'kf' else 43}{ctx.rng.randint(10**15, 10**16 - 1)}"),
             ("管理号", f"{d.year}{ctx.rng.randint(10**9, 10**10 - 1)}")], 12, "：", 2.3, 28)  # fmt: skip
    body = [["考试科目", "考试日期", "成绩"]] + [
        [m, day(later(d, -60, -20, ctx.rng), "dot"), "合格"] for m in mods
    ]
    y = pg.table(30, y + 4, [80, 44, 26], body, 11, ctx.body, 11, header_font=ctx.bold)
    pg.text(30, y + 12, "人力资源和社会保障部人事考试中心 监制", 10, ctx.body, color=ink.GREY)
    pg.text(150, y + 26, issuer, 12, ctx.body, "c")
    pg.text(150, y + 35, f"发证日期：{day(d, 'pad')}", 12, ctx.body, "c")
    seal(pg, ctx, 150, y + 30, issuer)
    return _q(v, [pg], who, issuer, d.isoformat(), "computer_exam", None, mods, d.year)


def _pgcourse(ctx: Ctx, v: str) -> Doc:
    who, sch = ctx.name(), ctx.pick(SCHOOLS[ctx.region][:4])
    subj = ctx.pick(["教育管理", "护理学", "公共卫生", "学科教学（语文）", "临床医学"])
    y0, m = ctx.rng.randint(2016, 2024), ctx.pick([1, 6, 7, 12])
    st = ctx.style(["hz", "hzo", "cn"])
    pg = ink.landscape()
    pg.rect(14, 14, 283, 196, 0.8, (40, 70, 140))
    ink.centre(pg, ctx, 26, "研究生课程进修班", 18, color=(40, 70, 140))
    ink.centre(pg, ctx, 40, "结 业 证 书", 28)
    sent = (f"{who}同志参加我校{subj}专业研究生课程进修班学习，修完规定的全部研究生课程，"
            f"考试成绩合格，准予结业。")  # fmt: skip
    pg.wrap(50, 78, 200, sent, 16, ctx.body, 2.2, 12)
    pg.text(220, 150, sch, 14, ctx.body, "c")
    pg.text(220, 160, month(y0, m, st), 14, ctx.body, "c")
    seal(pg, ctx, 218, 154, sch)
    return _q(v, [pg], who, sch, f"{y0}-{m:02d}", "postgraduate_courses", subj, None, y0)


def _chsi(ctx: Ctx, v: str) -> Doc:
    who, sch, major = ctx.name(), ctx.pick(SCHOOLS[ctx.region]), ctx.pick(MAJORS)
    end = dt.date(ctx.rng.randint(2016, 2024), ctx.pick([1, 6, 7]), ctx.rng.randint(1, 30))
    pg, y = ink.screen(
        ctx, "学历证书电子注册备案表", f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(0, 59):02d}"
    )
    pg.rect(3, y, 77, y + 130, 0.2, (200, 200, 200), fill=(255, 255, 255))
    b = _birth(ctx)
    pairs = [("姓名", who), ("性别", ctx.pick(["男", "女"])), ("出生日期", day(b, "pad")),
             ("入学日期", day(dt.date(end.year - 3, 9, 1), "pad")), ("毕（结）业日期", day(end, "pad")),
             ("学校名称", sch), ("专业", major), ("层次", ctx.pick(["专科", "本科"])),
             ("学历类别", ctx.pick(["普通高等教育", "成人高等教育"])), ("学习形式", ctx.pick(["普通全日制", "函授"])),
             ("毕（结）业", "毕业"), ("证书编号", str(ctx.rng.randint(10**17, 10**18 - 1)))]  # fmt: skip
    yy = y + 4
    for lab, val in pairs:
        pg.text(6, yy, lab, 7, ctx.body, color=ink.GREY)
        pg.text(30, yy, val, 7.5 if len(val) < 16 else 6.5, ctx.body)
        yy += 8.5
    pg.text(40, yy + 6, f"在线验证码：{ctx.rng.randint(10**15, 10**16 - 1)}", 6.5, ctx.body, "c", ink.GREY)
    return _q(v, [pg], who, sch, end.isoformat(), "graduation", major, None, end.year)


# ---- other ------------------------------------------------------------------------------------
def other(ctx: Ctx, v: str) -> Doc:
    who = ctx.name()
    unit = ctx.school() if v == "appoint" and ctx.rng.random() < 0.4 else ctx.hospital()
    d = ctx.date(2019, 2024)
    pages, people = {"leave": _leave, "receipt": _receipt, "appoint": _appoint, "scores": _scores,
                     "app": _app, "thanks": _thanks}[v](ctx, who, unit, d)  # fmt: skip
    f = {
        "holder": None if people else who,
        "people": [person(n, i + 1, "attendee") for i, n in enumerate(people)],
    }
    return doc("other", "other", v, pages, f, [], (who, d.year))


def _leave(ctx: Ctx, who: str, unit: str, d: dt.date) -> tuple[list, list]:
    pg = ink.portrait()
    y = ink.centre(pg, ctx, 24, unit, 15, bold=False)
    y = ink.centre(pg, ctx, y, "外出进修学习审批表", 19)
    rows_ = [["姓名", who, "科室", ctx.pick(["内科", "儿科", "护理部", "药剂科"])],
             ["进修单位", ctx.pick(["郑州大学第一附属医院", "中南大学湘雅医院", "河南省人民医院", "湖南省人民医院"]), "", ""],
             ["进修时间", f"{day(d, 'cn')}起 {ctx.pick(['三', '六'])}个月", "", ""],
             ["科室意见", "", "医务科意见", ""], ["分管院长意见", "", "", ""]]  # fmt: skip
    top = y + 6
    pg.table(20, top, [34, 56, 30, 50], rows_, 11, ctx.body, 18)
    hand(pg, ctx, 62, top + 3 * 18 + 5, "同意", 15)
    hand(pg, ctx, 158, top + 3 * 18 + 5, "同意", 15)
    return [pg], []


def _receipt(ctx: Ctx, who: str, unit: str, d: dt.date) -> tuple[list, list]:
    pg = Page(210.0, 110.0)
    pg.text(105, 10, "收　款　收　据", 18, ctx.bold, "c", ink.RED)
    pg.text(190, 12, f"No {ctx.rng.randint(10**6, 10**7 - 1)}", 10, ctx.body, "r", ink.RED)
    pg.text(20, 26, f"日期：{day(d, 'pad')}", 11, ctx.body)
    fee = ctx.pick([300, 480, 600, 800, 1200])
    body = [
        ["交款人", who],
        ["交款事由", f"{ctx.pick(MED_TOPICS)}培训资料费"],
        ["金额（小写）", f"￥{fee}.00"],
    ]
    pg.table(20, 34, [40, 130], body, 11, ctx.body, 11)
    pg.text(20, 76, "收款单位（盖章）：", 11, ctx.body)
    seal(pg, ctx, 70, 80, f"{ctx.city()}医学会", 15)
    return [pg], []


def _appoint(ctx: Ctx, who: str, unit: str, d: dt.date) -> tuple[list, list]:
    pg = ink.portrait()
    pg.rect(12, 12, 198, 285, 2.0, (170, 30, 30))
    ink.centre(pg, ctx, 50, "聘　书", 34, color=(170, 30, 30))
    role = ctx.pick(["兼职教师", "临床带教老师", "质控专家组成员", "学科带头人"])
    pg.wrap(30, 110, 150, f"兹聘请{who}同志为{unit}{role}，聘期三年。", 16, ctx.body, 2.2, 12)
    pg.text(150, 200, unit, 14, ctx.body, "c")
    pg.text(150, 210, day(d, "hz"), 14, ctx.body, "c")
    seal(pg, ctx, 150, 204, unit)
    return [pg], []


def _scores(ctx: Ctx, who: str, unit: str, d: dt.date) -> tuple[list, list]:
    ppl = [who] + ctx.names(ctx.rng.randint(6, 10))
    ctx.rng.shuffle(ppl)
    pg = ink.portrait()
    y = ink.centre(
        pg, ctx, 22, f"{unit}{d.year}年第{ctx.pick(['一', '二', '三', '四'])}季度“三基”考试成绩", 14
    )
    body = [["序号", "姓名", "理论", "操作", "总评"]] + [
        [str(i + 1), n, str(ctx.rng.randint(70, 98)), str(ctx.rng.randint(75, 99)), "合格"]
        for i, n in enumerate(ppl)
    ]
    y = pg.table(25, y + 6, [16, 40, 36, 36, 32], body, 11, ctx.body, 10, header_font=ctx.bold)
    pg.text(185, y + 10, f"考试日期：{day(d, 'dot')}", 11, ctx.body, "r")
    return [pg], ppl


def _app(ctx: Ctx, who: str, unit: str, d: dt.date) -> tuple[list, list]:
    pg, y = ink.screen(ctx, "我的积分", f"{ctx.rng.randint(7, 23)}:{ctx.rng.randint(0, 59):02d}")
    pg.rect(0, y - 4, 80, y + 36, 0, fill=(210, 40, 40))
    pg.text(8, y, who, 12, ctx.bold, "l", (255, 255, 255))
    pg.text(8, y + 9, unit, 7, ctx.body, "l", (255, 240, 240))
    pts = ctx.rng.randint(3000, 30000)
    pg.text(8, y + 18, f"总积分 {pts}", 10, ctx.bold, "l", (255, 255, 255))
    yy = y + 44
    for item in ["登录", "阅读文章", "视听学习", "每日答题", "专项答题"]:
        pg.text(6, yy, item, 8, ctx.body)
        pg.text(74, yy, f"{ctx.rng.randint(1, 12)}分/{ctx.rng.randint(5, 12)}分", 8, ctx.body, "r")
        pg.line(5, yy + 6, 75, yy + 6, 0.1, (220, 220, 220))
        yy += 9
    pg.text(40, yy + 4, f"统计截至 {day(d, 'dash')}", 7, ctx.body, "c", ink.GREY)
    return [pg], []


def _thanks(ctx: Ctx, who: str, unit: str, d: dt.date) -> tuple[list, list]:
    pg = ink.portrait()
    ink.centre(pg, ctx, 34, "感 谢 信", 24)
    fam = ctx.name()
    y = pg.wrap(25, 56, 160, f"{unit}领导：", 13, ctx.body)
    y = pg.wrap(25, y + 2, 160, f"我父亲住院期间，{who}医生认真负责、耐心细致，使老人家病情很快好转。"
                f"在此，我们全家向{who}医生及全体医护人员表示衷心的感谢！", 13, ctx.body, 2.0, 9)  # fmt: skip
    hand(pg, ctx, 150, y + 20, f"患者家属　{fam}", 15, "c")
    hand(pg, ctx, 150, y + 32, day(d, "cn"), 14, "c")
    return [pg], []
