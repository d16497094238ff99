"""Draw 26's qualification certificates (diplomas, degrees, course and exam certificates) and other proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind26 import ink
from bench.blind26.pools import (
    GREY,
    RED,
    STAGES,
    SUBJECTS,
    UNIVS,
    Ctx,
    city_org,
    county_org,
    day,
    dstr,
    iso,
    make,
    mstr,
    people,
    place,
    prov_org,
    ym,
)  # fmt: skip
from bench.generator.truth import person

MAJORS = ["汉语言文学", "数学与应用数学", "英语", "物理学", "化学", "生物科学", "地理科学", "历史学",
          "小学教育", "学前教育", "思想政治教育", "音乐学", "美术学", "体育教育", "教育技术学"]  # fmt: skip
MASTER = ["学科教学（语文）", "学科教学（数学）", "学科教学（英语）", "教育管理", "小学教育", "心理健康教育",
          "现代教育技术", "学前教育"]  # fmt: skip
Q_SCORED = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]


def _qual(kind: str, subject: str | None, modules: list[str] | None = None) -> dict:
    return {"kind": kind, "subject": subject, "modules": modules}


def _birth(ctx: Ctx, year: int) -> dt.date:
    return dt.date(year - ctx.rng.randint(21, 26), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    return {
        "diploma": _q_diploma, "master": _q_master, "courses": _q_courses, "selfstudy": _q_selfstudy,
        "computer": _q_computer, "adult": _q_adult, "doctor": _q_doctor,
    }[v](ctx, v)  # fmt: skip


def _qdoc(ctx, v, pages, name, issuer, issued, qual, scored, year) -> Doc:
    f = dict(holder=name, issuer=issuer, issued_on=issued, qualification=qual)
    return make(ctx, "qualification_certificate", "qual", v, pages, f, scored, name, year)


def _q_diploma(ctx: Ctx, v: str) -> Doc:
    pl = place(ctx)
    univ = ctx.pick(UNIVS[pl.prov])
    name, head = people(ctx, 2)
    end = dt.date(ctx.rng.randint(2006, 2022), 6, ctx.rng.randint(20, 30))
    start = dt.date(end.year - 4, 9, 1)
    major = ctx.pick(MAJORS)
    st = ctx.style(["cn", "cno"])
    pg = Page(bg=(252, 250, 245))
    ink.border(pg, 2, (120, 60, 40))
    pg.text(pg.w / 2, 30, "普通高等学校", 15, ctx.bold, "c", (120, 30, 30))
    pg.text(pg.w / 2, 42, "毕 业 证 书", 30, ctx.bold, "c", (120, 30, 30))
    pg.rect(150, 66, 180, 104, 0.4, GREY)
    sex = ctx.pick(["男", "女"])
    body = (f"学生{name}，性别{sex}，{dstr(_birth(ctx, end.year), st)}生，于{mstr(start.year, start.month, st)}"
            f"至{mstr(end.year, end.month, st)}在本校{major}专业四年制本科学习，修完教学计划规定的全部课程，"
            "成绩合格，准予毕业。")  # fmt: skip
    y = ink.para(pg, ctx, 30, 112, 150, body, 14)
    y = ink.kv(pg, ctx, 30, y + 14, [("校　名", univ), ("校　长", head)], 13, 20)
    pg.text(30, y + 6, f"证书编号：{ctx.rng.randint(10**17, 10**18 - 1)}", 11, ctx.body)
    ink.sign(pg, ctx, 180, y + 20, [dstr(end, st)], 13)
    ink.seal(pg, ctx, 70, y - 14, univ, 20)
    return _qdoc(ctx, v, [pg], name, univ, iso(end), _qual("graduation", major), Q_SCORED, end.year)


def _q_master(ctx: Ctx, v: str) -> Doc:
    pl = place(ctx)
    univ = ctx.pick(UNIVS[pl.prov][:4])
    name, chair = people(ctx, 2)
    d = dt.date(ctx.rng.randint(2012, 2023), 6, ctx.rng.randint(10, 30))
    subj = ctx.pick(MASTER)
    st = ctx.style(["ymd", "cn"])
    pg = Page(w=297, h=210, bg=(250, 250, 246))
    ink.border(pg, 1, (30, 70, 130))
    pg.text(pg.w / 2, 26, "硕 士 学 位 证 书", 28, ctx.bold, "c", (30, 70, 130))
    sex = ctx.pick(["男", "女"])
    body = (f"{name}，{sex}，{dstr(_birth(ctx, d.year + 3), st)}生。在{univ}{subj}领域完成了教育硕士专业学位"
            "的学习，成绩合格，通过论文答辩，依照《中华人民共和国学位条例》的规定，授予教育硕士专业学位。")  # fmt: skip
    y = ink.para(pg, ctx, 40, 60, 215, body, 15)
    pg.text(40, y + 16, f"学位评定委员会主席：{chair}", 13, ctx.body)
    pg.text(40, y + 28, f"证书编号：{ctx.rng.randint(10**15, 10**16 - 1)}", 11, ctx.body)
    ink.sign(pg, ctx, pg.w - 40, y + 22, [univ, dstr(d, st)], 13, univ)
    return _qdoc(ctx, v, [pg], name, univ, iso(d), _qual("master_degree", subj), Q_SCORED, d.year)


def _q_courses(ctx: Ctx, v: str) -> Doc:
    pl = place(ctx)
    univ = ctx.pick(UNIVS[pl.prov][:4])
    name = people(ctx, 1)[0]
    a = dt.date(ctx.rng.randint(2012, 2022), 9, 1)
    b = dt.date(a.year + 2, 6, 1)
    subj = ctx.pick(["课程与教学论", "教育学原理", "发展与教育心理学", "比较教育学"])
    mods = ["教育研究方法", "课程论", "教学论", "教育心理学专题", "学科教学设计研究", "中外教育史"]
    ctx.rng.shuffle(mods)
    mods = mods[: ctx.rng.randint(4, 6)]
    st = ctx.style(["ymd", "ymd0", "cn"])
    pg = Page()
    ink.border(pg, 1)
    ink.centre(pg, ctx, 28, "研究生课程进修班", 17)
    ink.centre(pg, ctx, 40, "结业证书", 26)
    body = (f"{name}同志于{mstr(a.year, a.month, st)}至{mstr(b.year, b.month, st)}在我校{subj}专业"
            "研究生课程进修班学习，修完下列课程，考试成绩合格，准予结业。")  # fmt: skip
    y = ink.para(pg, ctx, 28, 64, 154, body, 13.5)
    rows = [["课程名称", "学分", "成绩"]] + [
        [m, str(ctx.pick([2, 3])), str(ctx.rng.randint(72, 94))] for m in mods
    ]
    y = pg.table(40, y + 6, [70, 30, 30], rows, 11, ctx.body, 9, header_font=ctx.bold)
    ink.sign(pg, ctx, 180, y + 20, [f"{univ}研究生院", mstr(b.year, b.month, st)], 13, univ)
    q = _qual("postgraduate_courses", subj, mods)
    return _qdoc(ctx, v, [pg], name, univ, ym(b), q, Q_SCORED + ["qualification.modules"], b.year)


def _q_selfstudy(ctx: Ctx, v: str) -> Doc:
    pl = place(ctx)
    issuer = f"{pl.prov}省高等教育自学考试委员会"
    name = people(ctx, 1)[0]
    major = ctx.pick(["汉语言文学", "小学教育", "学前教育", "英语", "心理健康教育"])
    pool = ["中国现代文学史", "教育学", "心理学", "大学语文", "马克思主义基本原理概论", "教育心理学", "现代汉语",
            "儿童发展理论", "学前教育原理", "综合英语（一）"]  # fmt: skip
    ctx.rng.shuffle(pool)
    mods = pool[: ctx.rng.randint(2, 4)]
    d = day(ctx.rng, 2010, 2023, (4, 10))
    st = ctx.style(["ymd", "dot", "ymd0"])
    pg = Page(w=210, h=148, bg=(246, 250, 246))
    ink.border(pg, 1, (40, 110, 70))
    pg.text(pg.w / 2, 15, "高等教育自学考试", 14, ctx.bold, "c", (40, 110, 70))
    pg.text(pg.w / 2, 24, "单科合格证书", 20, ctx.bold, "c", (40, 110, 70))
    y = ink.kv(pg, ctx, 20, 40, [("姓　　名", name), ("准考证号", f"{ctx.rng.randint(10**11, 10**12 - 1)}"),
                                 ("报考专业", major)], 11, 24)  # fmt: skip
    rows = [["课程代码", "课程名称", "成绩", "考试时间"]]
    for m in mods:
        rows.append([f"{ctx.rng.randint(10, 99)}{ctx.rng.randint(100, 999)}", m, str(ctx.rng.randint(60, 88)),
                     f"{d.year}年{4 if d.month < 10 else ctx.pick([4, 10])}月"])  # fmt: skip
    y = pg.table(20, y, [30, 74, 20, 40], rows, 10.5, ctx.body, 8.5, header_font=ctx.bold)
    ink.sign(pg, ctx, 190, y + 6, [issuer, f"发证日期：{dstr(d, st)}"], 10.5, issuer)
    q = _qual("self_study_exam", major, mods)
    return _qdoc(ctx, v, [pg], name, issuer, iso(d), q, Q_SCORED + ["qualification.modules"], d.year)


def _q_computer(ctx: Ctx, v: str) -> Doc:
    name = people(ctx, 1)[0]
    issuer = "人力资源社会保障部人事考试中心"
    mods = ["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Windows 7操作系统",
            "Internet应用", "Photoshop CS4图像处理"]  # fmt: skip
    ctx.rng.shuffle(mods)
    mods = mods[: ctx.rng.randint(1, 3)]
    d = day(ctx.rng, 2009, 2018)
    st = ctx.style(["ymd", "ymd0", "dash"])
    pg, y = ink.phone(ctx, "证书查询结果")
    ink.card(pg, y, y + 120)
    pg.text(pg.w / 2, y + 5, "全国专业技术人员", 9, ctx.bold, "c")
    pg.text(pg.w / 2, y + 11, "计算机应用能力考试合格证", 9, ctx.bold, "c")
    yy = ink.kv(pg, ctx, 7, y + 22, [("姓名", name), ("证件号码", f"43{ctx.rng.randint(10**7, 10**8 - 1)}****"),
                                     ("管理号", f"{d.year % 100}{ctx.rng.randint(10**9, 10**10 - 1)}")], 7.5, 14)  # fmt: skip
    pg.text(7, yy, "合格科目：", 7.5, ctx.body)
    yy += 6
    for m in mods:
        pg.text(11, yy, m, 7.5, ctx.body)
        yy += 5.5
    yy = ink.kv(pg, ctx, 7, yy + 2, [("发证日期", dstr(d, st)), ("发证机构", issuer)], 7.2, 14)
    q = _qual("computer_exam", None, mods)
    sc = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.modules"]
    return _qdoc(ctx, v, [pg], name, issuer, iso(d), q, sc, d.year)


def _q_adult(ctx: Ctx, v: str) -> Doc:
    pl = place(ctx)
    univ = ctx.pick(UNIVS[pl.prov])
    name, head = people(ctx, 2)
    end = dt.date(ctx.rng.randint(2008, 2023), ctx.pick([1, 7]), ctx.rng.randint(5, 25))
    start = dt.date(end.year - ctx.pick([2, 3]), 3 if end.month == 1 else 9, 1)
    major = ctx.pick(MAJORS)
    form = ctx.pick(["函授", "业余"])
    st = ctx.style(["ymd", "cn"])
    pg = Page(w=297, h=210)
    ink.border(pg, 2, (30, 90, 60))
    pg.text(pg.w / 2, 22, "成人高等教育毕业证书", 24, ctx.bold, "c", (30, 90, 60))
    pg.rect(30, 46, 62, 86, 0.4, GREY)
    body = (f"学生{name}，{ctx.pick(['男', '女'])}，于{mstr(start.year, start.month, st)}至"
            f"{mstr(end.year, end.month, st)}在本校{major}专业（专科起点本科，{form}）学习，修完教学计划规定的"
            "全部课程，成绩合格，准予毕业。")  # fmt: skip
    y = ink.para(pg, ctx, 80, 46, 185, body, 14)
    y = ink.kv(pg, ctx, 80, y + 10, [("院校名称", univ), ("校（院）长", head),
                                     ("证书编号", str(ctx.rng.randint(10**17, 10**18 - 1)))], 12, 28)  # fmt: skip
    ink.sign(pg, ctx, pg.w - 36, y + 4, [dstr(end, st)], 13)
    ink.seal(pg, ctx, 130, y - 16, univ)
    return _qdoc(ctx, v, [pg], name, univ, iso(end), _qual("graduation", major), Q_SCORED, end.year)


def _q_doctor(ctx: Ctx, v: str) -> Doc:
    pl = place(ctx)
    univ = ctx.pick(UNIVS[pl.prov][:2])
    name, chair = people(ctx, 2)
    d = dt.date(ctx.rng.randint(2010, 2023), ctx.pick([6, 12]), ctx.rng.randint(10, 28))
    subj = ctx.pick(["课程与教学论", "教育技术学", "基础心理学", "学科教育"])
    st = ctx.style(["cn", "cno", "ymd"])
    pg = Page(bg=(250, 248, 242))
    ink.border(pg, 4)
    ink.centre(pg, ctx, 36, "博士学位证书", 26, color=(150, 30, 30))
    body = (f"{name}，{ctx.pick(['男', '女'])}，{dstr(_birth(ctx, d.year + 6), st)}生。在{subj}学科已通过博士学位的"
            "课程考试和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予教育学博士学位。")  # fmt: skip
    y = ink.para(pg, ctx, 28, 70, 154, body, 14.5)
    y = ink.kv(pg, ctx, 28, y + 18, [("学位授予单位", univ), ("学位评定委员会主席", chair)], 12.5, 48)
    pg.text(28, y + 4, f"证书编号：{ctx.rng.randint(10**15, 10**16 - 1)}", 11, ctx.body)
    ink.sign(pg, ctx, 182, y + 20, [dstr(d, st)], 13)
    ink.seal(pg, ctx, 90, y - 18, univ)
    return _qdoc(ctx, v, [pg], name, univ, iso(d), _qual("doctor_degree", subj), Q_SCORED, d.year)


# ---- other proofs (not scored) ----------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    return {
        "teacherqual": _o_teacherqual, "putonghua": _o_putonghua, "whiteboard": _o_whiteboard,
        "lessonlog": _o_lessonlog, "appoint": _o_appoint, "titlecert": _o_titlecert,
    }[v](ctx, v)  # fmt: skip


def _odoc(ctx, v, pages, name, year, holder=True, title=None, issuer=None) -> Doc:
    f = dict(holder=name if holder else None, title=title, issuer=issuer,
             people=[] if holder else [person(name, 1, "attendee")])  # fmt: skip
    return make(ctx, "other", "other", v, pages, f, [], name, year)


def _o_teacherqual(ctx: Ctx, v: str) -> Doc:
    pl = place(ctx)
    name = people(ctx, 1)[0]
    issuer = county_org(pl, "jyj") if ctx.chance(0.5) else city_org(pl, "jyj")
    d = day(ctx.rng, 2008, 2023)
    pg = Page(w=200, h=140, bg=(245, 248, 252))
    pg.text(pg.w / 2, 12, "教 师 资 格 证 书", 18, ctx.bold, "c", (30, 60, 120))
    pg.rect(20, 28, 48, 64, 0.4, GREY)
    ink.kv(pg, ctx, 60, 28, [("姓名", name), ("性别", ctx.pick(["男", "女"])), ("资格种类", f"{ctx.pick(STAGES[1:])}教师资格"),
                             ("任教学科", ctx.pick(SUBJECTS)), ("证书号码", f"{d.year}43{ctx.rng.randint(10**9, 10**10 - 1)}")],
           10.5, 22)  # fmt: skip
    ink.sign(pg, ctx, 180, 110, [f"颁发机关：{issuer}", dstr(d, "ymd")], 10, issuer)
    return _odoc(ctx, v, [pg], name, d.year, issuer=issuer)


def _o_putonghua(ctx: Ctx, v: str) -> Doc:
    pl = place(ctx)
    name = people(ctx, 1)[0]
    d = day(ctx.rng, 2010, 2023)
    pg = Page(w=210, h=148)
    ink.border(pg, 1, (150, 40, 40))
    pg.text(pg.w / 2, 16, "普通话水平测试等级证书", 18, ctx.bold, "c", (150, 40, 40))
    ink.kv(pg, ctx, 24, 36, [("姓　　名", name), ("测试成绩", f"{ctx.rng.randint(87, 96)}.{ctx.rng.randint(0, 9)}分"),
                             ("等　　级", ctx.pick(["二级甲等", "一级乙等", "二级乙等"])),
                             ("测试站", f"{pl.prov}省普通话培训测试中心"), ("测试时间", dstr(d, "ymd0"))], 11, 24)  # fmt: skip
    ink.seal(pg, ctx, 160, 110, f"{pl.prov}省语言文字工作委员会")
    return _odoc(ctx, v, [pg], name, d.year)


def _o_whiteboard(ctx: Ctx, v: str) -> Doc:
    place(ctx)
    subj = ctx.pick(SUBJECTS)
    speaker = people(ctx, 1)[0]
    d = day(ctx.rng, 2019, 2024)
    pg = ink.board(ctx)
    ink.hand(pg, ctx, pg.w / 2, 22, f"{subj}组集体备课", 28, "c", (20, 40, 120))
    ink.hand(pg, ctx, 30, 52, f"主备人：{speaker}", 20, color=(20, 20, 20))
    ink.hand(
        pg,
        ctx,
        30,
        72,
        f"课题：{ctx.pick(['第三单元整体设计', '期中复习课', '实验探究课'])}",
        20,
        color=(20, 20, 20),
    )
    ink.hand(pg, ctx, 30, 92, "1. 教学目标　2. 重难点　3. 作业分层", 18, color=RED)
    ink.hand(pg, ctx, pg.w - 30, 140, f"{d.month}月{d.day}日", 18, "r", (20, 40, 120))
    return _odoc(ctx, v, [pg], speaker, d.year)


def _o_lessonlog(ctx: Ctx, v: str) -> Doc:
    place(ctx)
    who, teacher = people(ctx, 2)
    d = day(ctx.rng, 2019, 2024)
    pg, top, step = ink.notebook(ctx, 26)
    pg.text(pg.w / 2, 12, "听 课 记 录", 15, ctx.bold, "c")
    ink.hand(
        pg,
        ctx,
        28,
        22,
        f"听课人：{who}　　授课人：{teacher}　　{dstr(d, 'dotshort')}",
        11,
        color=(20, 20, 25),
    )
    notes = ["导入：情境创设贴近生活，学生兴趣浓", "新授：问题链设计层层递进", "小组合作分工明确，但时间略长",
             "板书清晰，重点突出", "建议：增加当堂检测环节"]  # fmt: skip
    for i, s in enumerate(notes):
        ink.hand(pg, ctx, 28, top + i * step * 2 - 6.4, s, 12)
    return _odoc(ctx, v, [pg], who, d.year, holder=False)


def _o_appoint(ctx: Ctx, v: str) -> Doc:
    pl = place(ctx)
    name = people(ctx, 1)[0]
    issuer = ctx.pick([county_org(pl, "jyj"), city_org(pl, "jky")])
    d = day(ctx.rng, 2018, 2024)
    pg = Page(w=297, h=210)
    ink.border(pg, 3)
    pg.text(pg.w / 2, 34, "聘　书", 34, ctx.bold, "c", (170, 30, 30))
    y = ink.para(
        pg, ctx, 50, 74, 197, f"兹聘请{name}同志为{issuer}兼职{ctx.pick(SUBJECTS)}教研员，聘期三年。", 17
    )
    ink.sign(pg, ctx, pg.w - 50, y + 30, [issuer, dstr(d, "cn")], 15, issuer)
    return _odoc(ctx, v, [pg], name, d.year, issuer=issuer)


def _o_titlecert(ctx: Ctx, v: str) -> Doc:
    pl = place(ctx)
    name = people(ctx, 1)[0]
    d = day(ctx.rng, 2010, 2023)
    issuer = prov_org(pl, "rs")
    pg = Page(w=200, h=140, bg=(248, 244, 236))
    pg.text(pg.w / 2, 12, "专业技术职务任职资格证书", 15, ctx.bold, "c", (120, 40, 30))
    ink.kv(pg, ctx, 24, 30, [("姓　　名", name), ("工作单位", pl.school), ("资格名称", ctx.pick(["中学一级教师", "小学高级教师", "中学高级教师"])),
                             ("评审时间", dstr(d, "ymd")), ("管理号", f"{d.year}{ctx.rng.randint(100000, 999999)}")], 10.5, 24)  # fmt: skip
    ink.seal(pg, ctx, 150, 110, issuer)
    return _odoc(ctx, v, [pg], name, d.year)
