"""Qualification certificates of draw 27: diploma, degree, course-class certificate, self-study pass, computer exam,
online registry form."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind27 import kit
from bench.blind27.pools import GREY, Ctx, d_str, iso_month, m_str, people

SCHOOLS = ["河南大学", "郑州大学", "河南中医药大学", "新乡医学院", "河南师范大学", "河南工业大学", "黄河科技学院",
           "开封大学", "河南农业大学", "河南理工大学"]  # fmt: skip
MAJORS = ["护理学", "临床医学", "药学", "汉语言文学", "数学与应用数学", "土木工程", "农学", "会计学", "英语",
          "计算机科学与技术", "医学影像技术", "学前教育"]  # fmt: skip
DISCIPLINES = [
    "内科学",
    "外科学",
    "课程与教学论",
    "作物栽培学与耕作学",
    "结构工程",
    "药剂学",
    "教育管理",
    "中医内科学",
]
COURSES = ["中国特色社会主义理论与实践研究", "自然辩证法概论", "第一外国语", "高级统计学", "研究方法论", "专业文献阅读",
           "教育心理学专题", "现代教育技术"]  # fmt: skip
SELF = [
    "马克思主义基本原理概论",
    "大学语文",
    "英语（二）",
    "管理学原理",
    "护理学导论",
    "高等数学（工本）",
    "计算机应用基础",
]
MODULES = ["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Windows 7操作系统",
           "Internet应用", "Access 2007数据库管理系统", "Photoshop CS4图像处理"]  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    return {"diploma": _diploma, "degree": _degree, "courses": _courses, "selfstudy": _selfstudy,
            "computer": _computer, "registry": _registry}[v](ctx, f"qual27-{v}")  # fmt: skip


def _q(kind: str, subject: str | None, modules: list[str] | None) -> dict:
    return {"kind": kind, "subject": subject, "modules": modules}


def _born(ctx: Ctx, y: int) -> dt.date:
    return dt.date(y - ctx.rng.randint(21, 30), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))


def _diploma(ctx: Ctx, layout: str) -> Doc:
    who = people(ctx.rng, 1)[0]
    school, major = ctx.pick(SCHOOLS), ctx.pick(MAJORS)
    y1 = ctx.rng.randint(2005, 2022)
    years = ctx.pick([3, 4, 5])
    issued = dt.date(y1, 6, ctx.rng.randint(20, 30))
    born = _born(ctx, y1)
    pg = kit.page(landscape=True, tint=(248, 244, 232))
    pg.rect(14, 14, 283, 196, 0.8, (120, 90, 40))
    kit.centre(pg, ctx, 26, "普通高等学校", 16)
    kit.centre(pg, ctx, 36, "毕 业 证 书", 30)
    pg.rect(30, 70, 72, 122, 0.3, GREY)
    s = (f"学生{who}，性别{ctx.pick(['男', '女'])}，{born.year}年{born.month}月{born.day}日生，"
         f"于{y1 - years}年9月至{y1}年6月在本校{major}专业{ctx.pick(['四年制本科', '三年制专科', '五年制本科'])}学习，"
         "修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
    kit.para(pg, ctx, 90, 72, 180, s, 14, 2.2)
    pg.text(100, 160, f"校名：{school}", 13, ctx.body)
    pg.text(100, 172, "校（院）长：", 13, ctx.body)
    kit.hand(pg, ctx, 130, 170, people(ctx.rng, 1)[0], 16)
    pg.text(230, 172, d_str(issued, ctx.pick(["cn", "ymd"])), 13, ctx.body, "c")
    pg.text(
        40,
        182,
        f"证书编号：{ctx.rng.randint(10000, 19999)}{y1}{ctx.rng.randint(10**7, 10**8 - 1)}",
        10,
        ctx.body,
    )
    kit.seal(pg, ctx, 230, 162, school, 18)
    f = {
        "holder": who,
        "issuer": school,
        "issued_on": issued.isoformat(),
        "qualification": _q("graduation", major, None),
    }
    sc = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    return kit.doc("qualification_certificate", layout, [pg], f, sc, who, y1)


def _degree(ctx: Ctx, layout: str) -> Doc:
    who = people(ctx.rng, 1)[0]
    school, disc = ctx.pick(SCHOOLS[:6]), ctx.pick(DISCIPLINES)
    doctor = ctx.rng.random() < 0.3
    word = "博士" if doctor else "硕士"
    y1 = ctx.rng.randint(2008, 2023)
    issued = dt.date(y1, ctx.pick([6, 6, 12]), ctx.rng.randint(10, 28))
    pg = kit.page()
    pg.rect(16, 16, 194, 281, 0.5, (60, 60, 120))
    kit.centre(pg, ctx, 50, f"{word}学位证书", 28)
    born = _born(ctx, y1)
    s = (f"{who}，{ctx.pick(['男', '女'])}，{born.year}年{born.month}月生。在本单位完成了{word}研究生的学习，"
         f"成绩合格，通过了{word}学位论文答辩。根据《中华人民共和国学位条例》的规定，授予{word}学位。")  # fmt: skip
    y = kit.para(pg, ctx, 30, 92, 150, s, 14, 2.3)
    pg.text(30, y + 8, f"学科、专业：{disc}", 13, ctx.body)
    pg.text(30, 210, f"{school}", 14, ctx.body)
    pg.text(30, 222, "学位评定委员会主席", 12, ctx.body)
    kit.hand(pg, ctx, 80, 220, people(ctx.rng, 1)[0], 15)
    pg.text(150, 240, d_str(issued, ctx.pick(["cn", "cnO"])), 13, ctx.body, "c")
    pg.text(
        30,
        260,
        f"证书编号：10{ctx.rng.randint(100, 999)}{ctx.rng.randint(2, 3)}{y1}{ctx.rng.randint(100000, 999999)}",
        10,
        ctx.body,
    )
    kit.seal(pg, ctx, 60, 215, school + "学位评定委员会")
    f = {"holder": who, "issuer": school, "issued_on": issued.isoformat(),
         "qualification": _q("doctor_degree" if doctor else "master_degree", disc, None)}  # fmt: skip
    sc = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    return kit.doc("qualification_certificate", layout, [pg], f, sc, who, y1)


def _courses(ctx: Ctx, layout: str) -> Doc:
    who = people(ctx.rng, 1)[0]
    school, disc = ctx.pick(SCHOOLS[:6]), ctx.pick(DISCIPLINES)
    y1 = ctx.rng.randint(2012, 2023)
    mods = ctx.rng.sample(COURSES, ctx.rng.randint(4, 6))
    issued = (y1, ctx.pick([1, 6, 7, 12]))
    st = ctx.pick(["ymd", "cn", "pad"])
    pg = kit.page()
    kit.centre(pg, ctx, 30, "研究生课程进修班", 18)
    kit.centre(pg, ctx, 42, "结业证书", 24)
    s = f"{who}同志参加我校{disc}专业研究生课程进修班学习，修完下列课程，考试成绩合格，准予结业。"
    y = kit.para(pg, ctx, 24, 66, 162, s, 13, 2.0)
    rows = [["课程名称", "学分", "成绩"]] + [
        [m, str(ctx.rng.randint(2, 3)), str(ctx.rng.randint(72, 95))] for m in mods
    ]
    y = pg.table(30, y + 6, [90, 25, 35], rows, 11, ctx.body, row_h=10)
    pg.text(150, y + 22, f"{school}研究生院", 13, ctx.body, "c")
    pg.text(150, y + 34, m_str(*issued, st), 13, ctx.body, "c")
    kit.seal(pg, ctx, 150, y + 26, f"{school}研究生院")
    f = {"holder": who, "issuer": f"{school}研究生院", "issued_on": iso_month(*issued),
         "qualification": _q("postgraduate_courses", disc, mods)}  # fmt: skip
    sc = [
        "holder",
        "issuer",
        "issued_on",
        "qualification.kind",
        "qualification.subject",
        "qualification.modules",
    ]
    return kit.doc("qualification_certificate", layout, [pg], f, sc, who, y1)


def _selfstudy(ctx: Ctx, layout: str) -> Doc:
    who = people(ctx.rng, 1)[0]
    major, course = ctx.pick(MAJORS), ctx.pick(SELF)
    y1 = ctx.rng.randint(2010, 2023)
    month = ctx.pick([4, 10])
    pg = kit.page(landscape=True, tint=(240, 246, 240))
    pg.rect(20, 20, 277, 190, 0.6, (40, 110, 60))
    kit.centre(pg, ctx, 32, "高等教育自学考试", 18, color=(40, 110, 60))
    kit.centre(pg, ctx, 44, "单科合格证书", 24, color=(40, 110, 60))
    rows = [("姓名", who), ("准考证号", f"0{ctx.rng.randint(1000, 9999)}{ctx.rng.randint(10 ** 7, 10 ** 8 - 1)}"),
            ("报考专业", major), ("课程名称", course), ("成绩", str(ctx.rng.randint(60, 92))),
            ("考试时间", m_str(y1, month, ctx.pick(["ymd", "pad", "dot"])))]  # fmt: skip
    y = 72.0
    for lab, val in rows:
        pg.text(70, y, f"{lab}：", 14, ctx.body)
        pg.text(115, y, val, 14, ctx.body)
        y += 15
    issuer = "河南省高等教育自学考试委员会"
    pg.text(225, 168, issuer, 12, ctx.body, "c")
    kit.seal(pg, ctx, 225, 160, issuer)
    f = {"holder": who, "issuer": issuer, "issued_on": iso_month(y1, month),
         "qualification": _q("self_study_exam", major, [course])}  # fmt: skip
    sc = [
        "holder",
        "issuer",
        "issued_on",
        "qualification.kind",
        "qualification.subject",
        "qualification.modules",
    ]
    return kit.doc("qualification_certificate", layout, [pg], f, sc, who, y1)


def _computer(ctx: Ctx, layout: str) -> Doc:
    who = people(ctx.rng, 1)[0]
    y1 = ctx.rng.randint(2010, 2020)
    issued = dt.date(y1, ctx.rng.randint(3, 11), ctx.rng.randint(1, 28))
    mods = ctx.rng.sample(MODULES, ctx.rng.randint(1, 3))
    pg = kit.page(landscape=True)
    pg.rect(30, 25, 267, 185, 0.8, (30, 60, 130), fill=(244, 247, 252))
    kit.centre(pg, ctx, 36, "全国专业技术人员计算机应用能力考试", 16, color=(30, 60, 130))
    kit.centre(pg, ctx, 48, "合 格 证 书", 22, color=(30, 60, 130))
    pg.text(50, 72, f"姓名：{who}", 13, ctx.body)
    pg.text(
        160,
        72,
        f"证件号码：{ctx.rng.randint(410200, 410299)}{ctx.rng.randint(1970, 1995)}****{ctx.rng.randint(1000, 9999)}",
        11,
        ctx.body,
    )
    pg.text(50, 86, "考试合格科目：", 13, ctx.body)
    y = 98.0
    for m in mods:
        pg.text(62, y, m, 13, ctx.body)
        y += 11
    pg.text(50, 150, f"管理号：{y1}{ctx.rng.randint(10**9, 10**10 - 1)}", 10, ctx.body)
    issuer = "河南省人力资源和社会保障厅"
    pg.text(215, 150, issuer, 12, ctx.body, "c")
    pg.text(215, 161, d_str(issued, ctx.pick(["pad", "ymd"])), 12, ctx.body, "c")
    kit.seal(pg, ctx, 215, 152, issuer)
    f = {
        "holder": who,
        "issuer": issuer,
        "issued_on": issued.isoformat(),
        "qualification": _q("computer_exam", None, mods),
    }
    sc = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.modules"]
    return kit.doc("qualification_certificate", layout, [pg], f, sc, who, y1)


def _registry(ctx: Ctx, layout: str) -> Doc:
    """An online registration form of a diploma, printed from the national verification site."""
    who = people(ctx.rng, 1)[0]
    school, major = ctx.pick(SCHOOLS), ctx.pick(MAJORS)
    y1 = ctx.rng.randint(2008, 2023)
    grad = dt.date(y1, ctx.pick([6, 7]), ctx.rng.randint(1, 30))
    pg = kit.page()
    kit.browser(
        pg,
        ctx,
        "https://www.chsi.com.cn/xlcx/",
        "教育部学历证书电子注册备案表",
        f"{y1 + ctx.rng.randint(1, 3)}-0{ctx.rng.randint(1, 9)}-1{ctx.rng.randint(0, 9)}",
    )
    kit.centre(pg, ctx, 24, "教育部学历证书电子注册备案表", 17)
    pg.text(
        186,
        36,
        f"更新日期：{y1 + 1}年0{ctx.rng.randint(1, 9)}月1{ctx.rng.randint(0, 9)}日",
        9,
        ctx.body,
        "r",
        GREY,
    )
    pg.rect(150, 44, 186, 88, 0.3, GREY)
    pg.text(168, 63, "照片", 10, ctx.body, "c", GREY)
    rows = [("姓名", who), ("性别", ctx.pick(["男", "女"])), ("出生日期", d_str(_born(ctx, y1), "pad")),
            ("入学日期", d_str(dt.date(y1 - 4, 9, 1), "pad")), ("毕（结）业日期", d_str(grad, "pad")),
            ("学校名称", school), ("专业", major), ("学制", "4年"), ("层次", "本科"), ("学历类别", "普通高等教育"),
            ("学习形式", "普通全日制"), ("毕（结）业", "毕业"), ("证书编号", f"1{ctx.rng.randint(10 ** 16, 10 ** 17 - 1)}")]  # fmt: skip
    y = 46.0
    for lab, val in rows:
        pg.text(26, y, lab, 11, ctx.body, color=GREY)
        pg.text(64, y, val, 11, ctx.body)
        y += 10
    code = "".join(ctx.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    pg.text(26, y + 8, f"在线验证码：{code}", 11, ctx.bold)
    f = {"holder": who, "issued_on": grad.isoformat(), "qualification": _q("graduation", major, None)}
    sc = ["holder", "issued_on", "qualification.kind", "qualification.subject"]
    return kit.doc("qualification_certificate", layout, [pg], f, sc, who, y1)
