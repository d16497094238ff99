"""Draw 13's qualification proofs (diplomas, degrees, exam certificates) and the `other` documents."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind13 import marks, topics
from bench.blind13.pools import (
    Ctx,
    city,
    cn_small,
    cn_year,
    fd,
    fm,
    iso,
    people,
    rdate,
    seal_text,
    university,
    workplace,
)

MAJORS = ["护理学", "临床医学", "汉语言文学", "小学教育", "土木工程", "会计学", "农学", "计算机科学与技术",
          "药学", "学前教育", "水利水电工程", "行政管理", "机械设计制造及其自动化", "园林"]  # fmt: skip
MASTER_FIELDS = [("公共卫生", "公共卫生"), ("教育", "教育"), ("工程", "建筑与土木工程"), ("工学", "环境科学与工程"),
                 ("农学", "作物栽培学与耕作学"), ("医学", "内科学"), ("管理学", "会计学"), ("理学", "生态学")]  # fmt: skip
SELF_COURSES = {
    "行政管理": [("00312", "政治学概论"), ("00320", "领导科学"), ("00319", "行政组织理论"), ("00341", "公文写作与处理")],
    "汉语言文学": [("00529", "文学概论（一）"), ("00536", "古代汉语"), ("00537", "中国现代文学史"), ("00037", "美学")],
    "护理学": [("03200", "预防医学（二）"), ("03202", "内科护理学（二）"), ("03203", "外科护理学（二）"), ("03008", "护理学研究")],
    "会计学": [("00067", "财务管理学"), ("00155", "中级财务会计"), ("00160", "审计学"), ("00162", "会计制度设计")],
}  # fmt: skip
COMPUTER_MODULES = ["Word 2016中文字处理", "Excel 2016中文电子表格", "PowerPoint 2016中文演示文稿", "Windows 7操作系统",
                    "Internet应用", "WPS Office办公组合", "AutoCAD 2014制图软件", "Photoshop CS6图像处理"]  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qc")
    return {
        "diploma": _qc_diploma,
        "degree": _qc_degree,
        "pgcourse": _qc_pgcourse,
        "selfexam": _qc_selfexam,
        "computer": _qc_computer,
        "filing": _qc_filing,
    }[v](ctx, ctx.layout("qc", v))


def _qdoc(
    layout: str,
    pages: list[Page],
    who: str,
    issuer: str | None,
    issued: str | None,
    kind: str,
    subject: str | None,
    modules: list[str] | None,
    scored: list[str],
    year: int,
) -> Doc:
    fields = {"holder": who, "issuer": issuer, "issued_on": issued,
              "qualification": {"kind": kind, "subject": subject, "modules": modules}}  # fmt: skip
    return Doc(
        "qualification_certificate", layout, pages, fields, scored, {"person": who, "year": year}, None
    )


QC_ALL = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]


def _qc_diploma(ctx: Ctx, layout: str) -> Doc:
    """An adult-education 毕业证书 in landscape: photo left under the steel seal, prose right, president's seal."""
    rng = ctx.rng
    prov, c = city(rng)
    school = university(rng, prov)
    who, head = people(rng, 2)
    major = rng.choice(MAJORS)
    y0 = rng.randint(2014, 2020)
    years = rng.choice([2, 3, 5])
    grad = dt.date(y0 + years, rng.choice([1, 6, 7]), rng.randint(1, 28))
    born = dt.date(rng.randint(1975, 1998), rng.randint(1, 12), rng.randint(1, 28))
    pg = Page(w=260, h=185)
    pg.rect(8, 8, 252, 177, 1.4, (140, 30, 30))
    pg.text(pg.w / 2, 18, "毕 业 证 书", 28, ctx.bold, "c", (150, 30, 30))
    marks.photo(pg, 26, 50, 30, 40)
    marks.steel_seal(pg, ctx, 50, 88, 15, school)
    form = rng.choice(["函授", "业余", "脱产"])
    txt = (
        f"学生{who}，性别{rng.choice('男女')}，{born.year}年{born.month}月{born.day}日生，于{y0}年9月至{grad.year}年"
        f"{grad.month}月在本校{major}专业{form}{'本科' if years != 3 else '专科'}学习，学制{cn_small(years)}年，"
        "修完教学计划规定的全部课程，成绩合格，准予毕业。"
    )
    pg.wrap(76, 48, 158, txt, 14, ctx.body, 2.0, 10)
    pg.text(120, 130, f"校（院）长：{head}", 13, ctx.body)
    pg.text(232, 140, school, 14, ctx.body, "r")
    pg.text(232, 151, fd(grad, "ymd"), 14, ctx.body, "r")
    pg.seal(232 - width_mm(school, ctx.body, 14) / 2, 143, 20, seal_text(school), rng.randint(0, 10**6))
    pg.text(
        26,
        160,
        f"证书编号：{rng.randint(10000, 14999)}{grad.year}{rng.randint(10**7, 10**8 - 1)}",
        10,
        ctx.body,
    )
    return _qdoc(layout, [pg], who, school, iso(grad), "graduation", major, None, QC_ALL, grad.year)


def _qc_degree(ctx: Ctx, layout: str) -> Doc:
    """A 学位证书 page: discipline and degree category, degree committee chair, Chinese-numeral date."""
    rng = ctx.rng
    prov, c = city(rng)
    school = university(rng, prov)
    who, chair = people(rng, 2)
    doctor = rng.random() < 0.3
    cat, subj = rng.choice(MASTER_FIELDS)
    grant = rdate(rng, 2012, 2023)
    born = dt.date(rng.randint(1972, 1995), rng.randint(1, 12), rng.randint(1, 28))
    pg = Page()
    pg.text(pg.w / 2, 30, "学 位 证 书", 26, ctx.bold, "c")
    marks.photo(pg, 30, 56)
    deg = "博士" if doctor else "硕士"
    txt = (
        f"{who}，{rng.choice('男女')}，{cn_year(born.year)}年{cn_small(born.month)}月{cn_small(born.day)}日生。"
        f"在{subj}学科（专业）完成了{deg}学位的课程学习和论文答辩，经审核符合《中华人民共和国学位条例》的规定，"
        f"授予{cat}{deg}学位。"
    )
    pg.wrap(30, 108, 150, txt, 15, ctx.body, 2.1, 11)
    pg.text(30, 186, f"{school}", 15, ctx.body)
    pg.text(30, 198, f"学位评定委员会主席：{chair}", 13, ctx.body)
    pg.text(30, 210, f"证书编号：{rng.randint(10**15, 10**16 - 1)}", 12, ctx.body)
    pg.text(180, 232, fd(grant, rng.choice(["cn", "cno"])), 14, ctx.body, "r")
    pg.seal(140, 196, 21, seal_text(school), rng.randint(0, 10**6))
    marks.steel_seal(pg, ctx, 54, 86, 15, school)
    kind = "doctor_degree" if doctor else "master_degree"
    return _qdoc(layout, [pg], who, school, iso(grant), kind, subj, None, QC_ALL, grant.year)


def _qc_pgcourse(ctx: Ctx, layout: str) -> Doc:
    """A 研究生课程进修班 结业证书 dated by month only."""
    rng = ctx.rng
    prov, c = city(rng)
    school = university(rng, prov)
    (who,) = people(rng, 1)
    major = rng.choice(["教育管理", "护理学", "农业推广", "土木工程", "公共管理", "课程与教学论"])
    y0 = rng.randint(2015, 2022)
    end = (y0 + 2, rng.choice([1, 6, 7]))
    pg = Page(w=240, h=170)
    pg.rect(7, 7, 233, 163, 0.8, (40, 70, 130))
    pg.text(pg.w / 2, 20, "结 业 证 书", 26, ctx.bold, "c", (40, 70, 130))
    pg.text(200, 38, f"{cn_small(rng.randint(1, 9))}字第{rng.randint(100, 999)}号", 11, ctx.body, "r")
    txt = (
        f"{who}同志于{y0}年9月至{end[0]}年{end[1]}月参加我校{major}专业研究生课程进修班学习，"
        "修完规定的全部学位课程，成绩合格，准予结业。"
    )
    pg.wrap(34, 56, 172, txt, 15, ctx.body, 2.1, 11)
    pg.text(206, 124, school, 14, ctx.body, "r")
    ds = fm(end[0], end[1], rng.choice(["cn", "ymd"]))
    pg.text(206, 135, ds, 14, ctx.body, "r")
    pg.seal(206 - width_mm(school, ctx.body, 14) / 2, 127, 20, seal_text(school), rng.randint(0, 10**6))
    issued = f"{end[0]}-{end[1]:02d}"
    return _qdoc(layout, [pg], who, school, issued, "postgraduate_courses", major, None, QC_ALL, end[0])


def _qc_selfexam(ctx: Ctx, layout: str) -> Doc:
    """A 自学考试单科合格证书: a table of passed courses with codes, scores and sittings."""
    rng = ctx.rng
    prov, c = city(rng)
    major = rng.choice(list(SELF_COURSES))
    n = rng.randint(1, 3)
    courses = rng.sample(SELF_COURSES[major], n)
    (who,) = people(rng, 1)
    issuer = f"{prov}省高等教育自学考试委员会"
    sitting = (rng.randint(2016, 2023), rng.choice([4, 10]))
    issued = dt.date(sitting[0], sitting[1] + 2, rng.randint(1, 28))
    pg = Page()
    pg.text(pg.w / 2, 20, "高等教育自学考试", 18, ctx.bold, "c")
    pg.text(pg.w / 2, 31, "单科合格证书", 22, ctx.bold, "c")
    pairs = [("姓名", who), ("准考证号", f"{rng.randint(10**11, 10**12 - 1)}"), ("报考专业", major)]
    y = 50
    for lab, val in pairs:
        pg.text(30, y, f"{lab}：{val}", 13, ctx.body)
        y += 9
    rows = [["课程代码", "课程名称", "成绩", "考试时间"]]
    rows += [[code, nm, str(rng.randint(60, 92)), f"{sitting[0]}年{sitting[1]}月"] for code, nm in courses]
    y = pg.table(30, y + 4, [28, 70, 20, 32], rows, 12, ctx.body, 11, header_font=ctx.bold)
    pg.wrap(30, y + 8, 150, "经考试，上列课程成绩合格，特发此证。", 13, ctx.body)
    pg.text(176, y + 40, issuer, 13, ctx.body, "r")
    pg.text(176, y + 50, fd(issued, "ymd"), 13, ctx.body, "r")
    pg.seal(176 - width_mm(issuer, ctx.body, 13) / 2, y + 43, 20, seal_text(issuer), rng.randint(0, 10**6))
    mods = [nm for _, nm in courses]
    scored = QC_ALL + ["qualification.modules"]
    return _qdoc(layout, [pg], who, issuer, iso(issued), "self_study_exam", major, mods, scored, sitting[0])


def _qc_computer(ctx: Ctx, layout: str) -> Doc:
    """A 计算机应用能力考试 合格证: passed modules, an exam date, no subject."""
    rng = ctx.rng
    (who,) = people(rng, 1)
    mods = rng.sample(COMPUTER_MODULES, rng.randint(1, 2))
    issuer = "人力资源和社会保障部人事考试中心"
    issued = rdate(rng, 2012, 2020)
    pg = Page(w=200, h=140)
    pg.rect(5, 5, 195, 135, 1.0, (20, 90, 150))
    pg.text(pg.w / 2, 13, "全国专业技术人员计算机应用能力考试", 15, ctx.bold, "c", (20, 90, 150))
    pg.text(pg.w / 2, 23, "合 格 证 书", 20, ctx.bold, "c", (20, 90, 150))
    marks.photo(pg, 16, 38, 24, 32)
    rows = [
        ("姓　　名", who),
        (
            "身份证号",
            f"{rng.randint(370100, 432999)}{rng.randint(1970, 1995)}****{rng.randint(100, 999)}X"[:18],
        ),
    ]
    rows += [(f"考试科目{cn_small(i + 1) if len(mods) > 1 else ''}", m) for i, m in enumerate(mods)]
    rows += [("考试日期", fd(issued, "ymd0")), ("证书编号", f"{rng.randint(10**13, 10**14 - 1)}")]
    y = 40
    for lab, val in rows:
        pg.text(50, y, f"{lab}：", 12, ctx.bold)
        pg.text(78, y, val, 12, ctx.body)
        y += 9
    pg.text(182, 112, issuer, 11, ctx.body, "r")
    pg.seal(182 - width_mm(issuer, ctx.body, 11) / 2, 112, 16, seal_text(issuer), rng.randint(0, 10**6))
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.modules"]
    return _qdoc(layout, [pg], who, issuer, iso(issued), "computer_exam", None, mods, scored, issued.year)


def _qc_filing(ctx: Ctx, layout: str) -> Doc:
    """A 学历证书电子注册备案表 printout: a ruled record with a QR code and verification code."""
    rng = ctx.rng
    prov, c = city(rng)
    school = university(rng, prov)
    (who,) = people(rng, 1)
    major = rng.choice(MAJORS)
    y0 = rng.randint(2012, 2020)
    grad = dt.date(y0 + 3, 6, rng.randint(20, 30))
    pg = Page()
    pg.text(pg.w / 2, 16, "教育部学历证书电子注册备案表", 18, ctx.bold, "c")
    pg.text(
        195, 28, f"更新日期：{fd(grad + dt.timedelta(days=rng.randint(200, 900)), 'ymd')}", 9, ctx.body, "r"
    )
    rows = [
        ("姓名", who), ("性别", rng.choice("男女")), ("出生日期", f"{rng.randint(1978, 1999)}年{rng.randint(1, 12)}月"),
        ("入学日期", f"{y0}年09月"), ("毕（结）业日期", f"{grad.year}年{grad.month:02d}月{grad.day:02d}日"),
        ("学校名称", school), ("专业", major), ("学制", "3 年"), ("层次", "专升本"),
        ("学历类别", "成人高等教育"), ("学习形式", rng.choice(["函授", "业余"])), ("毕（结）业", "毕业"),
        ("证书编号", f"{rng.randint(10000, 14999)}{grad.year}{rng.randint(10**7, 10**8 - 1)}"),
    ]  # fmt: skip
    y = 36
    for lab, val in rows:
        pg.rect(20, y, 70, y + 10, 0.3)
        pg.rect(70, y, 150, y + 10, 0.3)
        pg.text(45, y + 2.8, lab, 11, ctx.bold, "c")
        pg.text(74, y + 2.8, val, 11, ctx.body)
        y += 10
    marks.photo(pg, 158, 36, 30, 40)
    marks.qr(pg, 158, 90, 30, rng.randint(0, 10**6))
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    pg.text(20, y + 10, f"在线验证码：{code}", 12, ctx.bold)
    pg.wrap(
        20,
        y + 22,
        170,
        "本表可通过扫描二维码或登录学信网使用在线验证码验证，有效期内可多次查询。",
        10,
        ctx.body,
    )
    scored = ["holder", "qualification.kind", "qualification.subject"]
    return _qdoc(layout, [pg], who, school, iso(grad), "graduation", major, None, scored, grad.year)


# ---- other ------------------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("ot")
    return {
        "approval": _ot_approval,
        "receipt": _ot_receipt,
        "acceptance": _ot_acceptance,
        "log": _ot_log,
        "badge": _ot_badge,
    }[v](ctx, ctx.layout("ot", v))


def _odoc(
    layout: str, pg: Page, who: str, year: int, title: str | None = None, issuer: str | None = None
) -> Doc:
    fields = {"holder": who, "title": title, "issuer": issuer}
    return Doc("other", layout, [pg], fields, [], {"person": who, "year": year}, None)


def _ot_approval(ctx: Ctx, layout: str) -> Doc:
    """A unit's 外出学习审批表, filled in by hand and signed off."""
    rng = ctx.rng
    prov, c = city(rng)
    unit = workplace(rng, c)
    who, boss = people(rng, 2)
    f = rng.choice(list(topics.PRO_COURSES))
    course = rng.choice(topics.PRO_COURSES[f])
    a = rdate(rng, 2018, 2024)
    pg = Page()
    pg.text(pg.w / 2, 18, unit, 14, ctx.body, "c")
    pg.text(pg.w / 2, 28, "职工外出学习（进修）审批表", 17, ctx.bold, "c")
    rows = [["姓名", "", "科室", "", "职称", ""], ["学习内容", "", "", "", "", ""], ["学习时间", "", "", "", "", ""],
            ["学习地点", "", "", "", "", ""], ["科室意见", "", "", "", "", ""], ["单位意见", "", "", "", "", ""]]  # fmt: skip
    top = 42
    for i, r in enumerate(rows):
        h = 14 if i < 4 else 30
        pg.rect(20, top, 190, top + h, 0.3)
        pg.line(48, top, 48, top + h, 0.3)
        pg.text(34, top + h / 2 - 2, r[0], 11, ctx.bold, "c")
        if i == 0:
            for x, lab in ((88, "科室"), (140, "职称")):
                pg.line(x, top, x, top + h, 0.3)
                pg.line(x + 16, top, x + 16, top + h, 0.3)
                pg.text(x + 8, top + 5, lab, 11, ctx.bold, "c")
        top += h
    marks.hand(pg, ctx, 54, 46, who, 15)
    marks.hand(pg, ctx, 108, 46, rng.choice(["内科", "教务处", "技术科", "检验科"]), 13)
    marks.hand(pg, ctx, 158, 46, rng.choice(["主治医师", "中级", "工程师"]), 12)
    marks.hand(pg, ctx, 52, 60, course, 13)
    marks.hand(pg, ctx, 52, 74, f"{a.year}.{a.month}.{a.day} — {a.month}.{a.day + 2}", 14)
    marks.hand(pg, ctx, 52, 88, f"{prov}省{c}市", 14)
    marks.hand(pg, ctx, 60, 106, "同意", 15)
    marks.hand(pg, ctx, 60, 136, f"同意。{boss}", 15)
    pg.seal(150, 144, 18, seal_text(unit), rng.randint(0, 10**6))
    return _odoc(layout, pg, who, a.year, course, unit)


def _ot_receipt(ctx: Ctx, layout: str) -> Doc:
    """A 收据 for a training fee, hand-filled on a printed form."""
    rng = ctx.rng
    prov, c = city(rng)
    title = rng.choice(topics.PRO_COURSES["med"] + topics.PRO_COURSES["eng"])
    body = rng.choice(topics.ENG_BODIES + topics.CME_BODIES).format(p=prov, c=c)
    (who,) = people(rng, 1)
    d = rdate(rng, 2018, 2024)
    amount = rng.choice([300, 480, 600, 800, 1200])
    pg = Page(w=210, h=100)
    pg.text(pg.w / 2, 8, "收　　据", 20, ctx.bold, "c", (170, 40, 40))
    pg.text(190, 12, f"No.{rng.randint(10**6, 10**7 - 1)}", 11, ctx.body, "r", (170, 40, 40))
    pg.text(20, 24, "交款单位（人）：", 12, ctx.body)
    marks.blank(pg, ctx, 54, 24, 60, who, 15)
    pg.text(130, 24, f"{d.year} 年 {d.month} 月 {d.day} 日", 12, ctx.body)
    pg.text(20, 38, "收款事由：", 12, ctx.body)
    marks.blank(pg, ctx, 42, 38, 140, f"{title}培训费", 13)
    pg.text(20, 52, "人民币（大写）：", 12, ctx.body)
    big = {300: "叁佰元整", 480: "肆佰捌拾元整", 600: "陆佰元整", 800: "捌佰元整", 1200: "壹仟贰佰元整"}[
        amount
    ]
    marks.blank(pg, ctx, 54, 52, 70, big, 14)
    pg.text(132, 52, f"¥ {amount}.00", 13, ctx.body)
    pg.text(20, 72, f"收款单位（盖章）：{body}", 11, ctx.body)
    pg.seal(80, 74, 15, seal_text(body), rng.randint(0, 10**6))
    return _odoc(layout, pg, who, d.year, title, body)


def _ot_acceptance(ctx: Ctx, layout: str) -> Doc:
    """A journal's 录用通知 to one author: no publication yet."""
    rng = ctx.rng
    who, co = people(rng, 2)
    prov, c = city(rng)
    f = rng.choice(list(topics.PAPER_TOPICS))
    title = rng.choice(topics.PAPER_TOPICS[f]).format(
        a=rng.choice(topics.PAPER_A[f]), b=rng.choice(topics.PAPER_B[f])
    )
    jname = rng.choice(["基层医学论坛", "农业科技通讯", "城市建设理论研究", "中小学教学研究", "现代园艺"])
    d = rdate(rng, 2018, 2024)
    pg = Page()
    pg.text(pg.w / 2, 24, f"《{jname}》编辑部", 16, ctx.bold, "c")
    pg.text(pg.w / 2, 38, "录 用 通 知", 22, ctx.bold, "c")
    pg.text(22, 56, f"{who}、{co}　作者：", 13, ctx.body)
    txt = (
        f"您好！您的稿件《{title}》经编辑部初审、专家审稿，符合我刊用稿要求，拟于{d.year + (d.month > 9)}年"
        "刊出。请勿一稿多投。"
    )
    y = pg.wrap(22, 66, 166, txt, 13, ctx.body, 2.0, 9)
    pg.text(22, y + 6, "特此通知。", 13, ctx.body)
    pg.text(176, y + 30, f"《{jname}》编辑部", 13, ctx.body, "r")
    pg.text(176, y + 40, fd(d, "ymd"), 13, ctx.body, "r")
    pg.seal(150, y + 33, 18, f"{jname}编辑部", rng.randint(0, 10**6))
    return _odoc(layout, pg, who, d.year, title, f"《{jname}》编辑部")


def _ot_log(ctx: Ctx, layout: str) -> Doc:
    """A 研修日志 page: printed ruling, the entries written by hand."""
    rng = ctx.rng
    (who,) = people(rng, 1)
    prov, c = city(rng)
    d = rdate(rng, 2018, 2024)
    pg = Page()
    pg.text(pg.w / 2, 16, "教 师 研 修 日 志", 18, ctx.bold, "c")
    pg.text(20, 30, "姓名：", 12, ctx.body)
    marks.blank(pg, ctx, 34, 30, 34, who, 15)
    pg.text(80, 30, "学校：", 12, ctx.body)
    marks.blank(pg, ctx, 94, 30, 70, workplace(rng, c)[:10], 12)
    pg.text(20, 42, "日期：", 12, ctx.body)
    marks.blank(pg, ctx, 34, 42, 40, f"{d.year}.{d.month}.{d.day}", 14)
    pg.text(20, 56, "研修主题：", 12, ctx.body)
    marks.blank(pg, ctx, 44, 56, 140, rng.choice(topics.PRO_COURSES["edu"]), 13)
    notes = ["今天听了专家讲座，对大单元设计有了新认识。", "小组研讨中各位老师分享了课例，", "我准备在本学期尝试分层作业。",
             "反思：课堂提问要更有梯度。"]  # fmt: skip
    y = 72
    for i in range(14):
        pg.line(20, y + 7, 190, y + 7, 0.2, (150, 150, 200))
        if i < len(notes):
            marks.hand(pg, ctx, 22, y + 0.5, notes[i], 13)
        y += 10
    return _odoc(layout, pg, who, d.year)


def _ot_badge(ctx: Ctx, layout: str) -> Doc:
    """A conference badge (参会证) photographed on its lanyard card."""
    rng = ctx.rng
    prov, c = city(rng)
    f = rng.choice(list(topics.MEETINGS))
    title = rng.choice(topics.MEETINGS[f]).format(p=prov, c=c, x=rng.choice(topics.MEET_X[f]))
    (who,) = people(rng, 1)
    d = rdate(rng, 2018, 2024)
    pg = Page(w=100, h=140)
    pg.rect(0, 0, 100, 36, 0, (190, 215, 240), (190, 215, 240))
    pg.rect(40, 4, 60, 8, 0, (255, 255, 255), (230, 230, 230))
    pg.wrap(8, 13, 84, title, 10, ctx.bold, 1.5)
    pg.text(50, 50, "参 会 证", 20, ctx.bold, "c", (20, 60, 120))
    pg.text(50, 72, who, 22, ctx.bold, "c")
    pg.text(50, 88, workplace(rng, c), 10, ctx.body, "c")
    pg.text(50, 110, fd(d, "dot"), 10, ctx.body, "c")
    pg.rect(0, 124, 100, 140, 0, (200, 40, 40), (200, 40, 40))
    pg.text(50, 128, "代 表", 14, ctx.bold, "c", (255, 255, 255))
    return _odoc(layout, pg, who, d.year, title)
