"""Draw 11 qualifications (diplomas, degrees, course and exam certificates) and documents that prove
nothing for continuing education (type `other`)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame
from bench.blind.page import Page
from bench.blind11 import pools as P
from bench.blind11.ink import GREY, RED, center, fits, form, hand, lh, make, pairs, phone_frame, seal
from bench.blind11.pools import Ctx
from bench.generator.truth import person

MAJORS = ["护理", "临床医学", "土木工程", "园林", "农学", "动物医学", "汉语言文学", "数学与应用数学", "给排水科学与工程",
          "环境工程", "药学", "计算机科学与技术", "会计", "水利水电工程", "学前教育", "机械设计制造及其自动化"]  # fmt: skip
DEGREE_OF = {"护理": "理学", "临床医学": "医学", "土木工程": "工学", "园林": "农学", "农学": "农学", "动物医学": "农学",
             "汉语言文学": "文学", "数学与应用数学": "理学", "给排水科学与工程": "工学", "环境工程": "工学", "药学": "理学",
             "计算机科学与技术": "工学", "会计": "管理学", "水利水电工程": "工学", "学前教育": "教育学",
             "机械设计制造及其自动化": "工学"}  # fmt: skip
COLLEGES = ["{c}职业技术学院", "{c}卫生职业学院", "{c}理工职业学院", "{c}师范高等专科学校"]
SELF_COURSES = [("03708", "中国近现代史纲要"), ("03709", "马克思主义基本原理概论"), ("00015", "英语（二）"),
                ("02864", "微生物学与免疫学基础"), ("00054", "管理学原理"), ("02197", "概率论与数理统计（二）"),
                ("03179", "生物化学（三）"), ("00429", "教育学（一）"), ("02396", "混凝土及砌体结构"),
                ("00149", "国际贸易理论与实务")]  # fmt: skip
COMPUTER_MODULES = ["Windows 7操作系统", "Word 2010中文字处理", "Excel 2010中文电子表格", "PowerPoint 2010中文演示文稿",
                    "AutoCAD 2008制图软件", "Internet应用", "Photoshop CS5图像处理", "Access 2010数据库管理系统"]  # fmt: skip
QUAL_FIELDS = [
    "holder",
    "issuer",
    "issued_on",
    "qualification.kind",
    "qualification.subject",
    "qualification.modules",
]


def _who(ctx: Ctx) -> dict:
    rng = ctx.rng
    birth = dt.date(rng.randint(1975, 1998), rng.randint(1, 12), rng.randint(1, 28))
    return dict(name=P.crowd(rng, 1)[0], sex=rng.choice(["男", "女"]), birth=birth, pl=P.somewhere(rng),
                major=rng.choice(MAJORS), form=rng.choice(P.DATE_FORMS[:7]))  # fmt: skip


def _qual(kind: str, subject: str | None, modules: list[str] | None) -> dict:
    return {"kind": kind, "subject": subject, "modules": modules}


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    w = _who(ctx)
    build = {"diploma": _diploma, "degree": _degree, "courses": _courses, "selfexam": _selfexam,
             "computer": _computer, "registry": _registry}[v]  # fmt: skip
    pages, issuer, issued, year, qual, scored = build(ctx, w)
    fields = dict(holder=w["name"], issuer=issuer, issued_on=issued, qualification=qual)
    return make("qualification_certificate", "qual", v, pages, fields, scored, w["name"], year)


def _photo(pg: Page, ctx: Ctx, x: float, y: float) -> None:
    pg.rect(x, y, x + 26, y + 35, 0.3, (150, 150, 150), (232, 236, 242))
    pg.text(x + 13, y + 15, "照片", 9, ctx.body, "c", GREY)


def _diploma(ctx: Ctx, w: dict) -> tuple:
    rng = ctx.rng
    pg = Page(w=297, h=210)
    frame(pg, ctx, 2)
    college = rng.random() < 0.5
    school = rng.choice(COLLEGES).format(c=w["pl"].city) if college else P.university(rng, w["pl"])
    grad = dt.date(rng.randint(2006, 2022), rng.choice([6, 7]), rng.randint(20, 30))
    years = 3 if college else rng.choice([3, 4])
    enter = dt.date(grad.year - years, 9, 1)
    level = "专科" if years == 3 else "本科"
    z = rng.choice(["han", "hanzero"])
    center(pg, 24, spaced("毕业证书"), 30, ctx.bold)
    _photo(pg, ctx, 36, 52)
    b = w["birth"]
    text = (
        f"学生{w['name']}，性别{w['sex']}，{P.fdate(b, z)}生，于{enter.year}年{enter.month}月至{grad.year}年"
        f"{grad.month}月在本校{w['major']}专业{P.han_num(years)}年制{level}学习，修完教学计划规定的全部课程，"
        "成绩合格，准予毕业。"
    )
    pg.wrap(74, 54, 190, text, 14.5, ctx.body, lead=2.0, indent=10)
    pg.text(74, 130, f"校名：{school}", 13, ctx.body)
    pg.text(74, 142, "校（院）长：", 13, ctx.body)
    hand(pg, ctx, 103, 141, P.crowd(rng, 1)[0], 15)
    no = f"{rng.randint(10000, 14999)}{grad.year}{rng.choice(['05', '06'])}{rng.randint(100000, 999999)}"
    pg.text(74, 154, f"证书编号：{no}", 12, ctx.body)
    pg.text(pg.w - 40, 160, P.fdate(grad, z), 14, ctx.body, "r")
    seal(pg, ctx, pg.w - 70, 150, school, 19)
    return [pg], school, P.iso(grad), grad.year, _qual("graduation", w["major"], None), QUAL_FIELDS[:5]


def spaced(s: str) -> str:
    return "  ".join(s)


def _degree(ctx: Ctx, w: dict) -> tuple:
    rng = ctx.rng
    pg = Page()
    frame(pg, ctx, 1)
    school = P.university(rng, w["pl"])
    doctor = rng.random() < 0.3
    kind = "博士" if doctor else "硕士"
    date = dt.date(rng.randint(2008, 2023), rng.choice([6, 6, 12]), rng.randint(10, 30))
    y = center(pg, 40, spaced(f"{kind}学位证书"), 26, ctx.bold) + 10
    _photo(pg, ctx, pg.w / 2 - 13, y)
    y += 48
    text = (
        f"{w['name']}，{w['sex']}，{w['birth'].year}年{w['birth'].month}月生。在{school}{w['major']}专业完成了{kind}"
        f"学位的课程学习和论文答辩，经审核符合《中华人民共和国学位条例》的规定，授予{DEGREE_OF[w['major']]}{kind}学位。"
    )
    y = pg.wrap(30, y, pg.w - 60, text, 14, ctx.body, lead=2.0, indent=10) + 16
    pg.text(pg.w - 30, y, f"{school}", 13.5, ctx.body, "r")
    pg.text(pg.w - 30, y + 10, "学位评定委员会主席", 13.5, ctx.body, "r")
    hand(pg, ctx, pg.w - 55, y + 19, P.crowd(rng, 1)[0], 15, "c")
    pg.text(pg.w - 30, y + 30, P.fdate(date, w["form"]), 13.5, ctx.body, "r")
    seal(pg, ctx, pg.w - 55, y + 12, school)
    no = f"10{rng.randint(100, 999)}{rng.randint(2, 3)}{date.year}{rng.randint(100000, 999999)}"
    pg.text(30, 270, f"证书编号：{no}", 11, ctx.body)
    q = _qual("doctor_degree" if doctor else "master_degree", w["major"], None)
    return [pg], school, P.iso(date), date.year, q, QUAL_FIELDS[:5]


def _courses(ctx: Ctx, w: dict) -> tuple:
    rng = ctx.rng
    pg = Page(w=297, h=210)
    frame(pg, ctx, 3)
    school = P.university(rng, w["pl"])
    end = dt.date(rng.randint(2010, 2023), rng.choice([1, 6, 7]), rng.randint(5, 28))
    begin = dt.date(end.year - 2, 9, 1)
    y = center(pg, 26, "研究生课程进修班", 18, ctx.bold)
    y = center(pg, y + 2, spaced("结业证书"), 28, ctx.bold) + 12
    text = (
        f"{w['name']}同志于{begin.year}年{begin.month}月至{end.year}年{end.month}月在我校{w['major']}专业"
        "研究生课程进修班学习，修完规定的全部课程，成绩合格，准予结业。"
    )
    y = pg.wrap(50, y, pg.w - 100, text, 15, ctx.body, lead=2.1, indent=10) + 10
    pg.text(pg.w - 50, 150, school, 14, ctx.body, "r")
    pg.text(pg.w - 50, 162, P.fdate(end, w["form"]), 14, ctx.body, "r")
    seal(pg, ctx, pg.w - 80, 155, school)
    pg.text(40, 180, f"编号：YJ{end.year}{rng.randint(1000, 9999)}", 11, ctx.body, color=GREY)
    return (
        [pg],
        school,
        P.iso(end),
        end.year,
        _qual("postgraduate_courses", w["major"], None),
        QUAL_FIELDS[:5],
    )


def _selfexam(ctx: Ctx, w: dict) -> tuple:
    rng = ctx.rng
    pg = Page()
    prov = w["pl"].prov
    issuer = f"{prov}省高等教育自学考试委员会"
    y = center(pg, 30, "高等教育自学考试", 17, ctx.bold)
    y = center(pg, y + 2, "单科合格证书", 24, ctx.bold) + 12
    courses = rng.sample(SELF_COURSES, rng.randint(1, 3))
    exam_y = rng.randint(2012, 2023)
    exams = [(exam_y, rng.choice([4, 10])) for _ in courses]
    y = pairs(pg, ctx, 30, y, [("姓    名", w["name"]), ("准考证号", f"{rng.randint(10**11, 10**12 - 1)}"),
                              ("身份证号", f"{rng.randint(370100, 439999)}{w['birth'].year}****{rng.randint(10, 99)}")],
              13, pad=30)  # fmt: skip
    rows = [["课程代码", "课程名称", "成绩", "考试时间"]]
    rows += [
        [c, n, str(rng.randint(60, 92)), P.fmonth(a, b, "plain")]
        for (c, n), (a, b) in zip(courses, exams, strict=True)
    ]
    y = pg.table(30, y + 4, [30, 70, 20, 30], rows, 11.5, ctx.body, row_h=12, header_font=ctx.bold) + 12
    pg.wrap(30, y, pg.w - 60, "上列课程经考试成绩合格，特发此证。", 13, ctx.body, indent=9)
    last = max(b for _, b in exams)
    m = exam_y + (1 if last == 10 else 0), (1 if last == 10 else 6)
    pg.text(pg.w - 30, 230, issuer, 13, ctx.body, "r")
    pg.text(pg.w - 30, 241, P.fmonth(m[0], m[1], w["form"]), 13, ctx.body, "r")
    seal(pg, ctx, pg.w - 60, 234, issuer)
    q = _qual("self_study_exam", None, [n for _, n in courses])
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.modules"]
    return [pg], issuer, P.ym(*m), m[0], q, scored


def _computer(ctx: Ctx, w: dict) -> tuple:
    """The web page of an electronic certificate query, as saved from a phone."""
    rng = ctx.rng
    pg = Page(w=84, h=176, bg=(244, 245, 248))
    y = phone_frame(pg, ctx, f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}", "证书查询结果") + 5
    issuer = f"{w['pl'].prov}省人力资源和社会保障厅"
    pg.rect(4, y, pg.w - 4, y + 130, 0.2, (210, 210, 215), (255, 255, 255))
    t = "全国专业技术人员计算机应用能力考试合格证书"
    yy = pg.wrap(8, y + 4, pg.w - 16, t, 10.5, ctx.bold, lead=1.4) + 3
    mods = rng.sample(COMPUTER_MODULES, rng.randint(1, 2))
    date = P.day(rng, 2010, 2019)
    rows = [("姓名", w["name"]), ("性别", w["sex"]), ("证件号码", f"{rng.randint(410100, 439999)}********{rng.randint(1000, 9999)}"),
            ("考试科目", "；".join(mods)), ("考试成绩", "合格"), ("发证日期", P.fdate(date, "iso")),
            ("证书编号", f"{date.year}{rng.randint(10**9, 10**10 - 1)}"), ("发证机关", issuer)]  # fmt: skip
    for lab, val in rows:
        pg.text(8, yy, lab, 8, ctx.body, color=GREY)
        yy = pg.wrap(26, yy, pg.w - 34, val, 8.5, ctx.body, lead=1.45) + 1.8
    seal(pg, ctx, pg.w - 22, yy - 10, issuer, 10)
    pg.text(pg.w / 2, pg.h - 10, "数据来源：全国专业技术人员计算机考试服务平台", 6.5, ctx.body, "c", GREY)
    return (
        [pg],
        issuer,
        P.iso(date),
        date.year,
        _qual("computer_exam", None, mods),
        ["holder", "issuer", "issued_on", "qualification.kind", "qualification.modules"],
    )


def _registry(ctx: Ctx, w: dict) -> tuple:
    """An electronic registration record of a diploma; the school is printed as a field."""
    rng = ctx.rng
    pg = Page()
    school = P.university(rng, w["pl"])
    grad = dt.date(rng.randint(2008, 2022), 6, rng.randint(20, 30))
    enter = dt.date(grad.year - 4, 9, rng.randint(1, 10))
    y = center(pg, 22, "教育部学历证书电子注册备案表", 18, ctx.bold) + 2
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    pg.text(
        pg.w - 24, y, f"更新日期：{P.fdate(P.shift(grad, rng.randint(400, 1500)), 'iso')}", 9, ctx.body, "r"
    )
    y += 8
    rows = [("姓名", w["name"]), ("性别", w["sex"]), ("出生日期", P.fdate(w["birth"], "pad")), ("民族", "汉族"),
            ("学校名称", school), ("层次", "本科"), ("专业", w["major"]), ("学制", "4年"),
            ("学历类别", "普通高等教育"), ("学习形式", "普通全日制"), ("入学日期", P.fdate(enter, "pad")),
            ("毕（结）业日期", P.fdate(grad, "pad")), ("毕（结）业", "毕业"),
            ("证书编号", f"{rng.randint(10000, 14999)}1{grad.year}0{rng.randint(1000000, 9999999)}")]  # fmt: skip
    _photo(pg, ctx, pg.w - 58, y + 4)
    y = form(pg, ctx, 24, y, 40, 120, rows, 11.5, 10.5) + 8
    pg.text(24, y, f"在线验证码：{code}", 11, ctx.body)
    pg.text(
        24,
        y + 8,
        "本表在报告有效期内可在线验证，请核对表中信息与学信网上显示信息是否一致。",
        9.5,
        ctx.body,
        color=GREY,
    )
    q = _qual("graduation", w["major"], None)
    return (
        [pg],
        school,
        P.iso(grad),
        grad.year,
        q,
        ["holder", "issued_on", "qualification.kind", "qualification.subject"],
    )


# ---- other ---------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    rng = ctx.rng
    pl = P.somewhere(rng)
    name = P.crowd(rng, 1)[0]
    d = P.day(rng, 2018, 2024)
    build = {"appoint": _appoint, "accepted": _accepted, "titlecert": _titlecert, "employment": _employment,
             "logsheet": _logsheet, "receipt": _receipt}[v]  # fmt: skip
    pages, fields, who = build(ctx, pl, name, d)
    return make("other", "other", v, pages, fields, [], who, d.year)


def _appoint(ctx: Ctx, pl: P.Place, name: str, d: dt.date) -> tuple:
    rng = ctx.rng
    pg = Page(w=297, h=210)
    frame(pg, ctx, 3)
    org = rng.choice(
        ["{c}市护理学会", "{c}市农学会", "{c}市土木建筑学会", "{c}市教育学会", "{c}市预防医学会"]
    ).format(c=pl.city)
    center(pg, 34, spaced("聘书"), 34, ctx.bold, RED)
    role = rng.choice(["理事", "常务理事", "专业委员会委员", "青年委员会副主任委员"])
    text = f"兹聘请{name}同志为{org}第{P.han_num(rng.randint(2, 7))}届{role}，聘期{P.han_num(rng.choice([3, 4, 5]))}年。"
    pg.wrap(50, 80, pg.w - 100, text, 18, ctx.body, lead=2.0, indent=12)
    pg.text(pg.w - 50, 145, org, 15, ctx.body, "r")
    pg.text(pg.w - 50, 157, P.fdate(d, "han"), 15, ctx.body, "r")
    seal(pg, ctx, pg.w - 75, 150, org)
    return [pg], dict(holder=name, issuer=org, issued_on=P.iso(d)), name


def _accepted(ctx: Ctx, pl: P.Place, name: str, d: dt.date) -> tuple:
    rng = ctx.rng
    pg = Page()
    j = P.journal(rng)
    authors = [name] + P.crowd(rng, rng.randint(1, 3))
    authors = [a for a in dict.fromkeys(authors)]
    office = f"《{j.name}》编辑部"
    y = center(pg, 30, "论文录用通知", 20, ctx.bold) + 12
    pg.text(24, y, f"{'、'.join(authors)}：", 13, ctx.body)
    y += lh(13, 2.0)
    title = P.research_title(rng, pl)
    issue = rng.randint(1, 12)
    text = (f"您好！您投寄的稿件《{title}》（稿号：{d.year}{rng.randint(1000, 9999)}）经专家审稿、编委会审定，"
            f"决定录用，拟安排于{d.year + 1}年第{issue}期刊出。刊出后将寄送样刊。感谢您对本刊的支持！")  # fmt: skip
    y = pg.wrap(24, y, pg.w - 48, text, 13, ctx.body, lead=1.9, indent=9) + 20
    pg.text(pg.w - 30, y, office, 13, ctx.body, "r")
    pg.text(pg.w - 30, y + 9, P.fdate(d, "plain"), 13, ctx.body, "r")
    seal(pg, ctx, pg.w - 55, y + 4, office.strip("《》"))
    people = [person(a, i + 1, "author") for i, a in enumerate(authors)]
    return [pg], dict(people=people, title=title, issuer=office, issued_on=P.iso(d)), rng.choice(authors)


def _titlecert(ctx: Ctx, pl: P.Place, name: str, d: dt.date) -> tuple:
    rng = ctx.rng
    pg = Page()
    issuer = f"{pl.city}市人力资源和社会保障局"
    y = center(pg, 26, "专业技术职务任职资格证书", 20, ctx.bold) + 8
    _photo(pg, ctx, pg.w - 56, y)
    rows = [("姓名", name), ("性别", rng.choice(["男", "女"])), ("工作单位", P.workplace(rng, pl)),
            ("资格名称", rng.choice(["工程师", "主治医师", "一级教师", "农艺师", "主管护师", "经济师"])),
            ("评审组织", f"{pl.city}市中级职称评审委员会"), ("批准时间", P.fdate(d, "plain")),
            ("批准文号", f"{pl.city[0]}人社职字〔{d.year}〕{rng.randint(5, 80)}号"),
            ("证书编号", f"{rng.randint(10**9, 10**10 - 1)}")]  # fmt: skip
    y = form(pg, ctx, 24, y + 42, 40, 122, rows, 12, 12) + 20
    pg.text(pg.w - 30, y, issuer, 13, ctx.body, "r")
    seal(pg, ctx, pg.w - 60, y + 2, issuer)
    return [pg], dict(holder=name, issuer=issuer, issued_on=P.iso(d)), name


def _employment(ctx: Ctx, pl: P.Place, name: str, d: dt.date) -> tuple:
    rng = ctx.rng
    pg = Page()
    unit = P.workplace(rng, pl)
    y = center(pg, 40, "在 职 证 明", 22, ctx.bold) + 16
    since = rng.randint(2003, d.year - 1)
    text = (f"兹证明{name}同志（身份证号：{rng.randint(370100, 439999)}{rng.randint(1975, 1996)}********）系我单位"
            f"在职职工，自{since}年起在我单位从事{rng.choice(['临床护理', '工程技术', '教学', '农业技术推广', '环境监测'])}"
            "工作至今。")  # fmt: skip
    y = pg.wrap(26, y, pg.w - 52, text, 14, ctx.body, lead=2.0, indent=10)
    y = pg.wrap(26, y, pg.w - 52, "特此证明。", 14, ctx.body, indent=10) + 30
    pg.text(pg.w - 30, y, f"{unit}（公章）", 13.5, ctx.body, "r")
    pg.text(pg.w - 30, y + 10, P.fdate(d, rng.choice(["plain", "pad"])), 13.5, ctx.body, "r")
    seal(pg, ctx, pg.w - 60, y + 4, unit)
    return [pg], dict(holder=name, issuer=unit, issued_on=P.iso(d)), name


def _logsheet(ctx: Ctx, pl: P.Place, name: str, d: dt.date) -> tuple:
    """A self-reported annual record with both subject categories; the unit's review is still blank."""
    rng = ctx.rng
    pg = Page()
    y = center(pg, 22, f"{d.year}年度专业技术人员继续教育登记表", 16, ctx.bold) + 4
    unit = P.workplace(rng, pl)
    y = form(pg, ctx, 18, y, 30, 144, [("姓名", name), ("工作单位", unit)], 11.5, 10)
    rows = [["序号", "学习内容", "类别", "学时", "起止时间"]]
    total = 0
    for i in range(5):
        t = rng.choice(P.TOPICS)[:14]
        h = rng.choice([6, 8, 12, 16, 24])
        total += h
        a = P.shift(d, -rng.randint(30, 300))
        rows.append([str(i + 1), t, "公需科目" if i < 2 else "专业科目", str(h), f"{a.month}.{a.day}"])
    rows.append(["", "合计", "", str(total), ""])
    y = pg.table(18, y, [14, 76, 28, 18, 38], rows, 10.5, ctx.body, row_h=11, header_font=ctx.bold) + 10
    pg.text(18, y, "单位审核意见：", 12, ctx.body)
    pg.text(18, y + 30, "（盖章）        年    月    日", 12, ctx.body)
    hand(pg, ctx, 130, y + 44, f"填表人：{name}", 13)
    return [pg], dict(holder=name, issuer=None, issued_on=None), name


def _receipt(ctx: Ctx, pl: P.Place, name: str, d: dt.date) -> tuple:
    rng = ctx.rng
    pg = Page(w=210, h=100)
    org = P.trainer(rng, pl)
    pg.text(pg.w / 2, 8, "收  款  收  据", 17, ctx.bold, "c", RED)
    pg.text(pg.w - 14, 10, f"No.{rng.randint(1000000, 9999999)}", 10, ctx.body, "r", RED)
    pg.text(14, 22, f"日期：{P.fdate(d, 'plain')}", 11, ctx.body)
    amount = rng.choice([300, 480, 600, 800, 1200])
    caps = {300: "叁佰元整", 480: "肆佰捌拾元整", 600: "陆佰元整", 800: "捌佰元整", 1200: "壹仟贰佰元整"}[
        amount
    ]
    rows = [["交款人", "", "收款事由", ""], ["金额（大写）", "", "¥", f"{amount}.00"]]
    pg.table(14, 30, [30, 60, 30, 62], rows, 11, ctx.body, row_h=14)
    hand(pg, ctx, 14 + 30 + 30, 34, name, 14, "c")
    hand(pg, ctx, 14 + 120 + 31, 35, "继续教育培训费", 12, "c")
    hand(pg, ctx, 14 + 30 + 30, 48, caps, 13, "c")
    pg.text(14, 66, f"收款单位（盖章）：{org}", 11, ctx.body)
    pg.text(140, 66, "经手人：", 11, ctx.body)
    hand(pg, ctx, 158, 65, P.crowd(rng, 1)[0], 13)
    seal(pg, ctx, 60, 70, org, 15)
    return [pg], dict(holder=name, issuer=org, issued_on=P.iso(d)), name


_ = fits
