"""Draw 14 qualification certificates (diplomas, degrees, exams, course classes) and non-proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind14 import pools as P
from bench.blind14.draw import GREY, card, doc, hand, para, phone, rows, seal, t
from bench.blind14.pools import Ctx

MAJORS = ["临床医学", "护理学", "汉语言文学", "小学教育", "农学", "园艺", "土木工程", "水利水电工程", "会计学",
          "计算机科学与技术", "动物医学", "学前教育", "工程管理", "林学", "药学", "思想政治教育"]  # fmt: skip
DEGREE_FIELD = {"临床医学": "医学", "护理学": "理学", "汉语言文学": "文学", "小学教育": "教育学", "农学": "农学",
                "园艺": "农学", "土木工程": "工学", "水利水电工程": "工学", "会计学": "管理学",
                "计算机科学与技术": "工学", "动物医学": "农学", "学前教育": "教育学", "工程管理": "管理学",
                "林学": "农学", "药学": "理学", "思想政治教育": "法学"}  # fmt: skip
PG_MAJORS = [
    "教育管理",
    "课程与教学论",
    "作物栽培学与耕作学",
    "内科学",
    "岩土工程",
    "农业经济管理",
    "公共管理",
]
COURSES = [("00012", "英语（一）"), ("03708", "中国近现代史纲要"), ("00037", "美学"), ("00530", "中国现代文学作品选"),
           ("03709", "马克思主义基本原理概论"), ("00023", "高等数学（工本）"), ("02864", "微生物学与免疫学基础"),
           ("00405", "教育心理学"), ("00054", "管理学原理"), ("02197", "概率论与数理统计（二）")]  # fmt: skip
CE_MODULES = ["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Windows 7操作系统",
              "Internet应用", "WPS Office办公组件", "Photoshop CS5图像处理", "AutoCAD 2008制图软件"]  # fmt: skip


def _q(kind: str, subject: str | None, modules: list[str] | None) -> dict:
    return {"kind": kind, "subject": subject, "modules": modules}


def _qscored(f: dict) -> list[str]:
    out = ["holder", "issuer", "issued_on", "qualification.kind"]
    if f["qualification"]["subject"]:
        out.append("qualification.subject")
    if f["qualification"]["modules"]:
        out.append("qualification.modules")
    return out


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    c, prov = P.city(ctx.rng)
    name, other = P.people(ctx.rng, 2)
    fn = {"diploma": _diploma, "degree": _degree, "selfstudy": _selfstudy, "computer": _computer,
          "pgcourse": _pgcourse, "chsi": _chsi}[v]  # fmt: skip
    pages, f, year = fn(ctx, name, other, prov, c)
    f["holder"] = name
    return doc(ctx, "qualification_certificate", "qual", v, pages, f, _qscored(f), (name, year))


def _birth(ctx: Ctx) -> dt.date:
    return P.day(ctx.rng, 1972, 1999)


def _diploma(ctx, name, president, prov, c):  # noqa: ANN001, ANN202
    pg = Page(w=260, h=185)
    st = ctx.style(("han",))
    univ = P.university(ctx.rng, prov)
    major = ctx.pick(MAJORS)
    yrs = ctx.pick([3, 4, 5] if major == "临床医学" else [2, 3, 4])
    level = {2: "专科", 3: "专科", 4: "本科", 5: "本科"}[yrs]
    form = ctx.pick(["", "函授", "业余"])
    end_y = ctx.rng.randint(2008, 2023)
    start = dt.date(end_y - yrs, ctx.pick([3, 9]) if form else 9, 1)
    issued = dt.date(end_y, ctx.pick([1, 6, 7]), ctx.pick([10, 20, 25, 30]))
    sex = ctx.pick("男女")
    pg.rect(6, 6, 254, 179, 1.2, (120, 30, 30))
    t(pg, ctx, 130, 18, "普通高等学校" if not form else "成人高等教育", 13, align="c")
    t(pg, ctx, 130, 28, "毕 业 证 书", 28, True, "c", (120, 30, 30))
    pg.rect(26, 54, 56, 94, 0.3, GREY)
    t(pg, ctx, 41, 72, "照片", 9, align="c", color=GREY)
    b = P.day(ctx.rng, end_y - (42 if form else 24), end_y - 21)
    text = (f"学生{name}，性别{sex}，{P.fd(b, 'han')}生，于{P.fm(start.year, start.month, 'han')}至"
            f"{P.fm(issued.year, issued.month, 'han')}在本校{major}专业{form}{P.han_num(yrs)}年制{level}学习，"
            "修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
    para(pg, ctx, 66, 56, 170, text, 13, 2.0)
    t(pg, ctx, 66, 128, "校（院）长：", 12)
    hand(pg, ctx, 94, 126, president, 16)
    t(
        pg,
        ctx,
        66,
        140,
        f"证书编号：{ctx.rng.randint(10000, 14999)}{ctx.rng.randint(1, 6)}{end_y}0{ctx.rng.randint(10**5, 10**6 - 1)}",
        11,
    )  # noqa: E501
    t(pg, ctx, 226, 134, univ, 14, align="r")
    t(pg, ctx, 226, 144, P.fd(issued, st), 13, align="r")
    seal(pg, ctx, 206, 138, univ, 20)
    return (
        [pg],
        {"issuer": univ, "issued_on": issued.isoformat(), "qualification": _q("graduation", major, None)},
        end_y,
    )


def _degree(ctx, name, chair, prov, c):  # noqa: ANN001, ANN202
    pg = Page()
    st = ctx.style(("han", "cn"))
    univ = P.university(ctx.rng, prov)
    doctor = ctx.rng.random() < 0.3
    major = ctx.pick(PG_MAJORS)
    fieldw = {"教育管理": "教育学", "课程与教学论": "教育学", "作物栽培学与耕作学": "农学", "内科学": "医学",
              "岩土工程": "工学", "农业经济管理": "管理学", "公共管理": "管理学"}[major]  # fmt: skip
    issued = P.day(ctx.rng, 2010, 2023)
    b = P.day(ctx.rng, issued.year - 45, issued.year - (28 if doctor else 25))
    t(pg, ctx, 105, 36, "中华人民共和国", 14, align="c")
    t(pg, ctx, 105, 48, "博士学位证书" if doctor else "硕士学位证书", 26, True, "c")
    pg.rect(86, 72, 124, 122, 0.3, GREY)
    lvl = "博士" if doctor else "硕士"
    kind_word = "博士研究生学业" if doctor else "硕士学位的课程学习"
    text = (
        f"{name}，{ctx.pick('男女')}，{P.fd(b, st)}生。在{major}专业完成了{kind_word}，成绩合格；"
        f"通过{lvl}学位论文答辩。根据《中华人民共和国学位条例》的规定，授予{fieldw}{lvl}学位。"
    )
    y = para(pg, ctx, 28, 134, 154, text, 14, 2.0)
    t(pg, ctx, 28, y + 18, univ, 13)
    t(pg, ctx, 28, y + 28, "学位评定委员会主席", 12)
    hand(pg, ctx, 76, y + 27, chair, 15)
    t(pg, ctx, 182, y + 28, P.fd(issued, st), 12, align="r")
    seal(pg, ctx, 60, y + 22, univ, 19)
    t(pg, ctx, 28, 268, f"证书编号：{ctx.rng.randint(10**15, 10**16 - 1)}", 10, color=GREY)
    kind = "doctor_degree" if doctor else "master_degree"
    return (
        [pg],
        {"issuer": univ, "issued_on": issued.isoformat(), "qualification": _q(kind, major, None)},
        issued.year,
    )


def _selfstudy(ctx, name, _o, prov, c):  # noqa: ANN001, ANN202
    pg = Page(w=210, h=150)
    st = ctx.style(("cn", "cn0", "han"))
    issuer = f"{prov}省高等教育自学考试委员会"
    y0 = ctx.rng.randint(2012, 2023)
    m0 = ctx.pick([4, 10])
    mods = ctx.rng.sample(COURSES, ctx.rng.randint(1, 3))
    major = ctx.pick(MAJORS)
    pg.rect(6, 6, 204, 144, 0.8, (40, 80, 140))
    t(pg, ctx, 105, 13, "高等教育自学考试", 14, True, "c")
    t(pg, ctx, 105, 21, "课程合格证书", 19, True, "c")
    ticket = f"{ctx.rng.randint(10, 99)}{y0 % 100:02d}{ctx.rng.randint(10**7, 10**8 - 1)}"
    y = rows(
        pg, ctx, 18, 34, [("考生姓名", name), ("准考证号", ticket), ("报考专业", major)], 10.5, 22, gap=1.8
    )
    y = para(
        pg,
        ctx,
        18,
        y,
        172,
        f"该考生参加{P.fm(y0, m0, st)}高等教育自学考试，下列课程成绩合格，特发此证。",
        10.5,
    )
    data = [["课程代码", "课程名称", "学分", "成绩"]]
    for code, nm in mods:
        data.append([code, nm, str(ctx.pick([3, 4, 5, 6])), str(ctx.rng.randint(60, 92))])
    pg.table(18, y + 2, [28, 84, 24, 28], data, 10, ctx.body, 8, header_font=ctx.bold)
    im = m0 + 2
    t(pg, ctx, 190, 122, issuer, 11, align="r")
    t(pg, ctx, 190, 130, "发证日期：" + P.fm(y0, im, st), 11, align="r")
    seal(pg, ctx, 166, 124, issuer, 15)
    f = {"issuer": issuer, "issued_on": P.iso_m(y0, im),
         "qualification": _q("self_study_exam", major, [m for _, m in mods])}  # fmt: skip
    return [pg], f, y0


def _computer(ctx, name, _o, prov, c):  # noqa: ANN001, ANN202
    pg = Page(w=150, h=105)
    st = ctx.style(("cn0", "cn", "dot"))
    issued = P.day(ctx.rng, 2005, 2020)
    issuer = "人事部人事考试中心" if issued.year < 2009 else "人力资源和社会保障部人事考试中心"
    mods = ctx.rng.sample(CE_MODULES, ctx.pick([1, 1, 2]))
    pg.rect(0, 0, 150, 105, 0, fill=(240, 246, 236))
    pg.rect(4, 4, 146, 101, 0.6, (40, 110, 60))
    t(pg, ctx, 75, 9, "全国专业技术人员计算机应用能力考试", 11, True, "c", (40, 110, 60))
    t(pg, ctx, 75, 17, "合 格 证 书", 16, True, "c", (40, 110, 60))
    pg.rect(112, 28, 138, 60, 0.3, GREY)
    idn = f"{ctx.rng.choice(['370902', '370683', '371402', '410203', '430902'])}{ctx.rng.randint(1970, 1998)}" \
          f"{ctx.rng.randint(10, 12)}{ctx.rng.randint(10, 28)}{ctx.rng.randint(1000, 9999)}"  # fmt: skip
    y = rows(pg, ctx, 10, 30, [("姓　　名", name), ("身份证号", idn), ("证书编号", f"{ctx.rng.randint(10**11, 10**12 - 1)}")],
             9, 18, gap=1.9)  # fmt: skip
    data = [["考试科目", "考试时间", "成绩"]]
    for m in mods:
        when = P.plus(issued, -ctx.rng.randint(20, 60))
        data.append([m, P.fm(when.year, when.month, st), "合格"])
    y = pg.table(10, y + 1, [56, 30, 14], data, 8.5, ctx.body, 7, header_font=ctx.bold)
    t(pg, ctx, 140, 82, issuer, 8.5, align="r")
    t(pg, ctx, 140, 89, "发证日期：" + P.fd(issued, st), 8.5, align="r")
    seal(pg, ctx, 120, 85, issuer, 11)
    return (
        [pg],
        {"issuer": issuer, "issued_on": issued.isoformat(), "qualification": _q("computer_exam", None, mods)},
        issued.year,
    )  # noqa: E501


def _pgcourse(ctx, name, _o, prov, c):  # noqa: ANN001, ANN202
    pg = Page(w=297, h=210)
    st = ctx.style(("han", "cn"))
    univ = P.university(ctx.rng, prov)
    issuer = ctx.pick([univ, f"{univ}研究生院"])
    major = ctx.pick(PG_MAJORS)
    y1 = ctx.rng.randint(2010, 2023)
    start = (y1 - 2, 9)
    end = (y1, ctx.pick([6, 7]))
    pg.rect(10, 10, 287, 200, 2.2, (20, 70, 130))
    t(pg, ctx, 148.5, 28, "研究生课程进修班", 17, True, "c")
    t(pg, ctx, 148.5, 40, "结 业 证 书", 30, True, "c", (20, 70, 130))
    text = (f"{name}同志于{P.fm(*start, st)}至{P.fm(*end, st)}参加我校{major}专业研究生课程进修班学习，"
            "修完规定的全部课程，考试成绩合格，准予结业。")  # fmt: skip
    para(pg, ctx, 40, 76, 217, text, 15, 2.0)
    t(pg, ctx, 40, 130, f"编号：YJ{y1}{ctx.rng.randint(1000, 9999)}", 11)
    t(pg, ctx, 255, 146, issuer, 14, align="r")
    t(pg, ctx, 255, 156, P.fm(*end, st), 14, align="r")
    seal(pg, ctx, 232, 150, issuer, 21)
    f = {
        "issuer": issuer,
        "issued_on": P.iso_m(*end),
        "qualification": _q("postgraduate_courses", major, None),
    }
    return [pg], f, y1


def _chsi(ctx, name, president, prov, c):  # noqa: ANN001, ANN202
    pg = Page()
    st = ctx.style(("cn0",))
    univ = P.university(ctx.rng, prov)
    major = ctx.pick(MAJORS)
    grad = dt.date(ctx.rng.randint(2008, 2023), ctx.pick([6, 7, 1]), ctx.pick([20, 25, 30]))
    enter = dt.date(grad.year - 4, 9, ctx.pick([1, 5, 10]))
    upd = P.day(ctx.rng, max(grad.year + 1, 2019), 2025)
    pg.rect(0, 0, 210, 22, 0, fill=(60, 120, 190))
    t(pg, ctx, 18, 7, "学信网  中国高等教育学生信息网", 12, True, color=(255, 255, 255))
    t(pg, ctx, 105, 32, "教育部学历证书电子注册备案表", 18, True, "c")
    t(pg, ctx, 190, 44, "更新日期：" + P.fd(upd, st), 9.5, align="r", color=GREY)
    adult = ctx.rng.random() < 0.4
    cat = "成人高等教育" if adult else "普通高等教育"
    form = ctx.pick(["函授", "业余"]) if adult else "普通全日制"
    born = P.day(ctx.rng, enter.year - (40 if adult else 19), enter.year - 18)
    items = [("姓名", name), ("性别", ctx.pick("男女")), ("出生日期", P.fd(born, st)),
             ("入学日期", P.fd(enter, st)), ("毕（结）业日期", P.fd(grad, st)), ("学校名称", univ),
             ("专业", major), ("学制", "4 年"), ("层次", "本科"), ("学历类别", cat),
             ("学习形式", form), ("毕（结）业", "毕业"),
             ("证书编号", f"{ctx.rng.randint(10**17, 10**18 - 1)}"), ("校（院）长姓名", president)]  # fmt: skip
    y = 52
    for lab, val in items:
        pg.rect(24, y, 74, y + 11, 0.3, (150, 170, 200), fill=(236, 242, 250))
        pg.rect(74, y, 186, y + 11, 0.3, (150, 170, 200))
        t(pg, ctx, 49, y + 3, lab, 10, align="c")
        t(pg, ctx, 78, y + 3, val, 10)
        y += 11
    code = "".join(ctx.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    t(pg, ctx, 24, y + 8, f"在线验证码：{code}", 11, True)
    para(
        pg,
        ctx,
        24,
        y + 18,
        162,
        "本《备案表》在线验证有效期内可登录学信网在线验证，请核查信息与证书原件是否一致。",
        9,
    )
    f = {"issuer": univ, "issued_on": grad.isoformat(), "qualification": _q("graduation", major, None)}
    return [pg], f, grad.year


# ---- non-proofs ------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    c, prov = P.city(ctx.rng)
    name, clerk = P.people(ctx.rng, 2)
    d = P.day(ctx.rng, 2018, 2024)
    unit = P.workplace(ctx.rng, c)
    fn = {"receipt": _receipt, "employment": _employment, "approval": _approval, "offnotice": _offnotice,
          "paidscreen": _paid}[v]  # fmt: skip
    pages = fn(ctx, name, clerk, c, prov, d, unit)
    return doc(ctx, "other", "other", v, pages, {"holder": name}, [], (name, d.year))


def _receipt(ctx, name, clerk, c, prov, d, unit):  # noqa: ANN001, ANN202
    pg = Page(w=210, h=100)
    st = ctx.style(("cn", "dash"))
    fld, top = P.topic(ctx.rng)
    org = P.host(ctx.rng, fld, c)
    t(pg, ctx, 105, 8, "收 款 收 据", 18, True, "c", (150, 40, 40))
    t(pg, ctx, 190, 10, f"NO.{ctx.rng.randint(10**6, 10**7 - 1)}", 11, align="r", color=(150, 40, 40))
    t(pg, ctx, 105, 18, P.fd(d, st), 10, align="c")
    amt = ctx.pick([300, 480, 600, 800, 1200])
    big = {300: "叁佰元整", 480: "肆佰捌拾元整", 600: "陆佰元整", 800: "捌佰元整", 1200: "壹仟贰佰元整"}[amt]
    pg.rect(14, 26, 196, 78, 0.4, (150, 40, 40))
    rows(pg, ctx, 18, 30, [("交款单位（人）", f"{unit}  {name}"), ("收款事由", f"{top}会务费（含资料费）"),
                           ("人民币（大写）", big), ("小写", f"￥{amt}.00")], 10.5, 34, gap=2.6)  # fmt: skip
    t(pg, ctx, 18, 84, "收款单位（盖章）：", 10)
    seal(pg, ctx, 70, 86, org, 13)
    t(pg, ctx, 52, 84, org, 9)
    t(pg, ctx, 140, 84, "收款人：", 10)
    hand(pg, ctx, 156, 82, clerk, 13)
    return [pg]


def _employment(ctx, name, clerk, c, prov, d, unit):  # noqa: ANN001, ANN202
    pg = Page()
    st = ctx.style(("cn", "han"))
    t(pg, ctx, 105, 40, "在 职 证 明", 22, True, "c")
    since = P.day(ctx.rng, 2003, d.year - 1)
    job = ctx.pick(["主治医师", "一级教师", "工程师", "农艺师", "主管护师", "高级工程师"])
    text = (f"兹证明{name}同志（身份证号：{ctx.rng.randint(370000, 439999)}**********），"
            f"自{P.fm(since.year, since.month, st)}起在我单位工作至今，现聘任{job}专业技术职务。"
            "该同志工作表现良好，遵纪守法。此证明仅用于办理相关手续。")  # fmt: skip
    y = para(pg, ctx, 24, 64, 162, text, 13, 2.0)
    y = t(pg, ctx, 24, y + 4, "特此证明。", 13)
    t(pg, ctx, 180, y + 24, unit, 13, align="r")
    t(pg, ctx, 180, y + 33, P.fd(d, st), 13, align="r")
    seal(pg, ctx, 156, y + 28, unit, 20)
    return [pg]


def _approval(ctx, name, clerk, c, prov, d, unit):  # noqa: ANN001, ANN202
    pg = Page()
    st = ctx.style(("cn", "cn0", "dot"))
    fld, top = P.topic(ctx.rng)
    t(pg, ctx, 105, 20, unit, 13, align="c")
    t(pg, ctx, 105, 30, "职工外出学习审批表", 18, True, "c")
    x, y = 20, 46
    grid = [("申请人", name), ("所在科室", ctx.pick(["内科", "教务处", "技术科", "办公室", "检验科"])),
            ("学习内容", f"{top}相关培训"), ("拟学习时间", P.span(d, P.plus(d, 3), st, "至")),
            ("学习地点", f"{ctx.pick(list(P.CITIES))}市"), ("费用预算", f"{ctx.rng.randint(8, 40)}00元")]  # fmt: skip
    for lab, val in grid:
        pg.rect(x, y, x + 40, y + 13, 0.4)
        pg.rect(x + 40, y, 190, y + 13, 0.4)
        t(pg, ctx, x + 20, y + 4, lab, 11, align="c")
        t(pg, ctx, x + 44, y + 4, val, 11)
        y += 13
    for i, lab in enumerate(("科室意见", "分管领导意见", "主要负责人意见")):
        pg.rect(x, y, x + 40, y + 26, 0.4)
        pg.rect(x + 40, y, 190, y + 26, 0.4)
        t(pg, ctx, x + 20, y + 10, lab, 11, align="c")
        hand(pg, ctx, x + 50, y + 6, ctx.pick(["同意", "同意。", "拟同意，请领导审批"]), 14)
        hand(pg, ctx, 150, y + 16, P.fd(P.plus(d, 2 * i - 7), "dot"), 11)
        y += 26
    t(pg, ctx, 20, y + 6, "注：学习结束后须在一周内将结业证明交人事科备案。", 9, color=GREY)
    return [pg]


def _offnotice(ctx, name, clerk, c, prov, d, unit):  # noqa: ANN001, ANN202
    pg = Page()
    st = ctx.style(("cn", "han"))
    org = ctx.pick([f"{c}市人力资源和社会保障局", f"{c}市卫生健康委员会", f"{c}市教育局"])
    subj = ctx.pick([
        (f"关于做好{d.year}年度职称申报材料报送工作的通知", "请各单位按要求组织申报人员填写评审表，并于规定时间内报送纸质材料。"),
        (f"关于开展{d.year}年度职工健康体检的通知", "请各科室合理安排工作，组织职工分批前往指定医院体检，体检费用由单位统一结算。"),
        (f"关于调整{d.year}年度办公楼停车管理的通知", "自下月起办公区实行车辆登记管理，请职工于本周内到办公室办理通行证。"),
    ])  # fmt: skip
    y = para(pg, ctx, 24, 30, 162, subj[0], 16, indent=False)
    y = t(pg, ctx, 24, y + 6, "各有关单位、科室：", 12)
    y = para(pg, ctx, 24, y + 2, 162, subj[1], 12, 1.9)
    y = para(pg, ctx, 24, y + 2, 162, "联系人及电话请见附件，未尽事宜另行通知。", 12, 1.9)
    t(pg, ctx, 180, y + 20, org, 12, align="r")
    t(pg, ctx, 180, y + 28, P.fd(d, st), 12, align="r")
    seal(pg, ctx, 156, y + 24, org, 19)
    hand(pg, ctx, 120, 14, f"{name} 已阅", 15)
    return [pg]


def _paid(ctx, name, clerk, c, prov, d, unit):  # noqa: ANN001, ANN202
    pg, y = phone(ctx, "支付详情", f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59):02d}")
    amt = ctx.pick(["60.00", "86.00", "120.00", "150.00"])
    card(pg, 3, y, pg.w - 3, y + 105)
    t(pg, ctx, pg.w / 2, y + 6, f"{prov}省人事考试网", 9, align="c", color=GREY)
    t(pg, ctx, pg.w / 2, y + 14, f"-{amt}", 20, True, "c")
    t(pg, ctx, pg.w / 2, y + 26, "支付成功", 9, align="c", color=(30, 140, 60))
    items = [("考生姓名", name), ("缴费项目", f"{d.year}年度职称外语考试报名费"), ("支付时间", f"{d.isoformat()} {ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59)}"),  # noqa: E501
             ("支付方式", ctx.pick(["零钱", "银行卡"])), ("交易单号", f"4200{ctx.rng.randint(10**15, 10**16 - 1)}")]  # fmt: skip
    yy = y + 40
    for lab, val in items:
        pg.text(7, yy, lab, 7, ctx.body, color=GREY)
        pg.text(pg.w - 7, yy, val, 7 if len(val) < 18 else 5.8, ctx.body, "r")
        yy += 9
    return [pg]
