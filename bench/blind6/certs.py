"""Draw 6 builders: training certificates, sign-in sheets, training notices, qualification certificates
and non-proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind6 import layout as L
from bench.blind6 import pools as P
from bench.blind6.pools import Ctx

TITLES_PRO = ["工程师", "助理工程师", "高级工程师", "主治医师", "主管护师", "一级教师", "高级教师", "农艺师",
              "高级农艺师", "会计师", "副主任医师", "讲师", "副教授", "畜牧师", "经济师"]  # fmt: skip


def organiser(ctx: Ctx, prov: str, cty: str) -> str:
    return ctx.choice([
        f"{cty}市人力资源和社会保障局", f"{prov}省专业技术人员继续教育基地", f"{cty}市继续教育中心",
        f"{ctx.choice(P.UNIVS)}继续教育学院", f"{prov}省农业技术推广总站", f"{cty}市卫生健康委员会",
        f"{prov}省土木建筑学会", f"{cty}市教育局教师发展中心", f"{cty}市科学技术协会",
        f"{prov}省水利学会", f"{cty}市专业技术人员继续教育培训中心", f"{prov}省医学会",
    ])  # fmt: skip


def period(ctx: Ctx, days: tuple[int, int] = (1, 6)) -> tuple[dt.date, dt.date]:
    a = P.day(ctx.rng, 2018, 2024)
    while a.weekday() > 4:
        a += dt.timedelta(days=1)
    return a, a + dt.timedelta(days=ctx.rng.randint(*days) - 1)


def later(ctx: Ctx, d: dt.date, lo: int = 0, hi: int = 20) -> dt.date:
    return d + dt.timedelta(days=ctx.rng.randint(lo, hi))


# ================================================================================================
# training certificates
# ================================================================================================
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("cert")
    return {
        "jieye": _cert_jieye, "platform": _cert_platform, "ledger": _cert_ledger, "photo": _cert_photo,
        "public": _cert_public, "letter": _cert_letter, "credit": _cert_credit,
    }[v](ctx, v)  # fmt: skip


def _cert_jieye(ctx: Ctx, v: str) -> Doc:
    rng = ctx.rng
    prov, cty = P.city(rng)
    name = P.person_name(rng, set())
    org = organiser(ctx, prov, cty)
    a, b = period(ctx)
    hours = rng.choice([8, 12, 16, 24, 24, 32, 40, 48, 56])
    issued = later(ctx, b, 0, 10)
    ds = ctx.pick("t6.date")
    title = P.course_name(rng, ["培训班", "研修班", "专题培训班", "高级研修班", "培训"])
    cat = rng.choice([None, "professional", "professional", "public"])
    pg = Page()
    L.border(pg, ctx.pick("t6.frame"))
    y = L.heading(pg, ctx, rng.choice(["结业证书", "培训证书", "继续教育证书", "合格证书"]), 42, 30, True)
    no = P.cert_no(rng)
    pg.text(pg.w - 26, y - 2, f"编号：{no}", 10.5, ctx.body, "r")
    y += 14
    pg.text(28, y, f"{name}{rng.choice(['同志', '', '学员'])}：", 15, ctx.body)
    y += L.lh(15, 2.0)
    when = P.frange(a, b, ds)
    quote = rng.choice(["“{}”", "《{}》", "{}"])
    body = rng.choice([
        "于{w}参加{o}举办的{t}，完成规定课程学习，经考核合格，共计{h}学时，准予结业。",
        "你于{w}参加了由{o}组织的{t}学习，修完全部课程，成绩合格，获得继续教育学时{h}学时。特发此证。",
        "{w}在{o}参加{t}，学习期满，考核合格，计{h}学时。",
        "参加{t}（{w}），累计培训{h}课时，经考核成绩合格，特发此证。",
    ]).format(w=when, o=org, t=quote.format(title), h=hours)  # fmt: skip
    y = L.para(pg, ctx, 28, y, pg.w - 56, body, 15, 2.0)
    if cat:
        y += 4
        pg.text(
            28 + 30, y, "培训类别：" + ("专业科目" if cat == "professional" else "公需科目"), 14, ctx.body
        )
        y += L.lh(14, 2)
    y = max(y + 22, 205)
    L.sign(pg, ctx, [org, P.fdate(issued, ds)], y, seal=org, size=14)
    fields = {"holder": name, "title": title, "issuer": org, "issued_on": P.iso(issued),
              "period": {"start": P.iso(a), "end": P.iso(b)}, "hours_stated": hours}  # fmt: skip
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    return L.make_doc(ctx, "training_certificate", "cert", v, [pg], fields, scored, (name, issued.year), cat)


def _cert_platform(ctx: Ctx, v: str) -> Doc:
    rng = ctx.rng
    prov, cty = P.city(rng)
    name = P.person_name(rng, set())
    work = P.unit(rng, cty)
    year = rng.randint(2018, 2024)
    cat = rng.choice(["public", "professional", None])
    plat = rng.choice([f"{prov}省专业技术人员继续教育公共服务平台", f"{prov}省专业技术人员继续教育网",
                       f"{cty}市专业技术人员在线学习平台", f"{prov}干部网络学院专业技术人员学习中心"])  # fmt: skip
    issuer = rng.choice(
        [f"{prov}省人力资源和社会保障厅", f"{cty}市人力资源和社会保障局", f"{prov}省继续教育服务中心"]
    )
    word = {"public": "公需科目", "professional": "专业科目", None: "继续教育"}[cat]
    title = rng.choice([f"{year}年度专业技术人员{word}网络培训", f"{year}年{word}在线学习",
                        f"{year}年度{word}远程培训"]) if cat else f"{year}年度专业技术人员继续教育网络学习"  # fmt: skip
    m1 = rng.randint(1, 6)
    m2 = rng.randint(m1 + 2, 12)
    hours = rng.choice([24, 30, 36, 40, 60, 72, 90])
    issued = dt.date(year, m2, rng.randint(1, 28))
    ds = ctx.pick("t6.date")
    pg = Page(297, 210)
    pg.rect(0, 0, pg.w, 24, 0, fill=(30, 90, 170))
    pg.text(16, 8, plat, 15, ctx.bold, "l", (255, 255, 255))
    pg.rect(0, pg.h - 8, pg.w, pg.h, 0, fill=(30, 90, 170))
    y = L.heading(
        pg, ctx, rng.choice(["学习证明", "学时证明", "继续教育合格证明", "网络培训结业证书"]), 36, 28, True
    )
    y += 6
    rows = [("姓　　名", name), ("身份证号", P.masked_id(rng)), ("工作单位", work), ("学习项目", title),
            ("学习时间", f"{P.fmonth(year, m1, ds)}—{P.fmonth(year, m2, ds)}"), ("获得学时", f"{hours}学时")]  # fmt: skip
    if rng.random() < 0.5:
        rows.insert(4, ("考核结果", rng.choice(["合格", "通过", "优秀"])))
    y = L.pairs(
        pg, ctx, 46, y, rows, 14, ctx.pick("t6.colon"), label_w=34, gap=2.15, rule_to=220, value_w=138
    )
    L.qr(pg, ctx, 232, 60, 30)
    pg.text(247, 93, "扫码验证真伪", 9.5, ctx.body, "c")
    pg.text(40, 178, f"证书编号：{P.cert_no(rng, 'JX')}", 11, ctx.body)
    pg.text(40, 186, f"打印时间：{P.fdate(issued, ds)}", 11, ctx.body)
    L.sign(pg, ctx, [issuer, P.fdate(issued, ds)], 160, x_right=270, seal=issuer, size=13)
    fields = {"holder": name, "title": title, "issuer": issuer, "issued_on": P.iso(issued),
              "period": {"start": P.ym(year, m1), "end": P.ym(year, m2)}, "hours_stated": hours}  # fmt: skip
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    return L.make_doc(ctx, "training_certificate", "cert", v, [pg], fields, scored, (name, year), cat)


def _cert_ledger(ctx: Ctx, v: str) -> Doc:
    rng = ctx.rng
    prov, cty = P.city(rng)
    name = P.person_name(rng, set())
    work = P.unit(rng, cty)
    year = rng.randint(2018, 2024)
    issuer = rng.choice([f"{cty}市专业技术人员继续教育培训中心", f"{cty}市人力资源和社会保障局",
                         f"{prov}省专业技术人员继续教育基地"])  # fmt: skip
    n = rng.randint(3, 7)
    mode = rng.choice(["public", "professional", None])
    rows = [["序号", "课程名称", "课程类别", "学时", "完成日期"]]
    total = 0
    cats = []
    for i in range(n):
        c = mode or rng.choice(["public", "professional"])
        if mode is None and i == n - 1 and len(set(cats)) == 1:
            c = "public" if cats[0] == "professional" else "professional"
        cats.append(c)
        h = rng.choice([2, 3, 4, 6, 8, 10, 12])
        total += h
        course = rng.choice(P.PUBLIC_TOPICS) if c == "public" else P.pro_topic(rng)
        while course in [r[1] for r in rows]:
            course = rng.choice(P.PUBLIC_TOPICS) if c == "public" else P.pro_topic(rng)
        d = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        rows.append(
            [str(i + 1), course, "公需科目" if c == "public" else "专业科目", str(h), P.fdate(d, "dash")]
        )
    rows.append(["合计", "", "", str(total), ""])
    issued = (
        dt.date(year, 12, rng.randint(1, 28))
        if rng.random() < 0.5
        else dt.date(year + 1, 1, rng.randint(3, 25))
    )
    ds = ctx.pick("t6.date")
    pg = Page()
    y = L.heading(
        pg, ctx, rng.choice(["继续教育学时证明", "专业技术人员继续教育学时证明", "学时认定证明"]), 30, 21
    )
    y += 4
    intro = f"兹证明{work}{name}同志（身份证号：{P.masked_id(rng)}）于{year}年度参加继续教育学习情况如下："
    y = L.para(pg, ctx, 22, y, pg.w - 44, intro, 12.5, 1.9)
    y += 3
    y = pg.table(20, y, [14, 78, 26, 16, 36], rows, 10.5, ctx.body, 10.5, header_font=ctx.bold)
    y += 8
    y = L.para(pg, ctx, 22, y, pg.w - 44, f"以上共计{total}学时，情况属实，特此证明。", 12.5, 1.9)
    L.sign(pg, ctx, [issuer, P.fdate(issued, ds)], max(y + 20, 220), seal=issuer, size=13)
    cat = mode
    fields = {"holder": name, "issuer": issuer, "issued_on": P.iso(issued), "hours_stated": total}
    scored = ["holder", "issuer", "issued_on", "hours_stated"]
    return L.make_doc(ctx, "training_certificate", "cert", v, [pg], fields, scored, (name, year), cat)


def _cert_photo(ctx: Ctx, v: str) -> Doc:
    rng = ctx.rng
    prov, cty = P.city(rng)
    name = P.person_name(rng, set())
    org = organiser(ctx, prov, cty)
    a, b = period(ctx, (2, 10))
    hours = rng.choice([16, 24, 30, 40, 48, 60, 72])
    issued = later(ctx, b, 0, 6)
    ds = ctx.pick("t6.date")
    title = P.course_name(rng, ["培训", "培训班", "研修班"])
    pg = Page(297, 210)
    L.border(pg, ctx.choice([2, 3, 4]))
    pg.line(pg.w / 2, 20, pg.w / 2, pg.h - 20, 0.2, (180, 180, 180))
    # left half: photo and particulars
    L.photo(pg, 28, 30)
    pg.seal(56, 66, 13, org[:14], ctx.seed())
    rows = [("姓名", name), ("性别", P.gender(rng)), ("工作单位", P.unit(rng, cty)), ("培训项目", title),
            ("培训时间", P.frange(a, b, ds)), ("培训学时", f"{hours}学时"), ("证书编号", P.cert_no(rng))]  # fmt: skip
    colon = ctx.pick("t6.colon")
    y = 80
    for lab, val in rows:
        pg.text(24, y, lab + (colon if colon.strip() else ""), 11.5, ctx.body)
        y = L.flow(pg, 50, y, 90, val, L.fit(val, ctx.body, 11.5, 180), ctx.body, 1.5) + 3.4
    # right half
    y = L.heading(pg, ctx, rng.choice(["培 训 证 书", "结 业 证 书"]), 40, 26, x=pg.w * 0.75)
    txt = rng.choice(["该同志参加{t}，完成培训任务，经考核合格，特发此证。",
                      "学员{n}参加{t}学习，成绩合格，准予结业。"]).format(t=title, n=name)  # fmt: skip
    y = L.para(pg, ctx, pg.w / 2 + 14, y + 12, pg.w / 2 - 32, txt, 13, 1.9)
    L.sign(pg, ctx, [org, P.fdate(issued, ds)], 150, x_right=pg.w - 24, seal=org, size=12.5)
    fields = {"holder": name, "title": title, "issuer": org, "issued_on": P.iso(issued),
              "period": {"start": P.iso(a), "end": P.iso(b)}, "hours_stated": hours}  # fmt: skip
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    return L.make_doc(ctx, "training_certificate", "cert", v, [pg], fields, scored, (name, issued.year))


def _cert_public(ctx: Ctx, v: str) -> Doc:
    rng = ctx.rng
    prov, cty = P.city(rng)
    name = P.person_name(rng, set())
    year = rng.randint(2018, 2024)
    course = rng.choice(P.PUBLIC_TOPICS)
    hours = rng.choice([6, 10, 12, 15, 20, 30])
    issuer = rng.choice(
        [f"{cty}市人力资源和社会保障局", f"{prov}省人力资源和社会保障厅", f"{cty}市人事考试中心"]
    )
    issued = dt.date(year, rng.randint(4, 12), rng.randint(1, 28))
    ds = ctx.pick("t6.date")
    pg = Page(297, 210)
    L.border(pg, ctx.choice([2, 3]))
    y = L.heading(pg, ctx, rng.choice(["专业技术人员公需科目", "公需科目继续教育"]), 36, 22)
    y = L.heading(pg, ctx, "培训合格证书", y, 30, True)
    y += 10
    body = rng.choice([
        "{n}同志参加{y}年度专业技术人员公需科目“{c}”学习，考试成绩合格，记{h}学时。",
        "{n}同志：你已完成{y}年度公需科目《{c}》的学习任务，经考核合格，认定公需科目学时{h}学时。",
    ]).format(n=name, y=year, c=course, h=hours)  # fmt: skip
    y = L.para(pg, ctx, 40, y, pg.w - 80, body, 15, 2.1)
    pg.text(40, y + 12, f"证书编号：{P.cert_no(rng, 'GX')}", 11, ctx.body)
    if rng.random() < 0.5:
        pg.text(40, y + 20, f"考试成绩：{rng.randint(62, 98)}分", 11, ctx.body)
    L.sign(pg, ctx, [issuer, P.fdate(issued, ds)], 150, x_right=pg.w - 40, seal=issuer, size=14)
    fields = {
        "holder": name,
        "title": course,
        "issuer": issuer,
        "issued_on": P.iso(issued),
        "hours_stated": hours,
    }
    scored = ["holder", "title", "issuer", "issued_on", "hours_stated"]
    return L.make_doc(ctx, "training_certificate", "cert", v, [pg], fields, scored, (name, year), "public")


def _cert_letter(ctx: Ctx, v: str) -> Doc:
    rng = ctx.rng
    prov, cty = P.city(rng)
    name = P.person_name(rng, set())
    work = P.unit(rng, cty)
    org = organiser(ctx, prov, cty)
    a, b = period(ctx, (1, 4))
    hours = rng.choice([4, 6, 8, 12, 16, 24])
    issued = later(ctx, b, 1, 40)
    ds = ctx.pick("t6.date")
    title = P.course_name(rng, ["培训会", "专题讲座", "培训班", "学术交流会"])
    cat = rng.choice([None, "professional"])
    pg = Page()
    y = L.heading(pg, ctx, rng.choice(["证明", "学时证明", "参训证明"]), 44, 24, True) + 10
    body = (
        f"兹证明{work}{name}同志（{rng.choice(TITLES_PRO)}）于{P.frange(a, b, ds)}参加我单位举办的"
        f"“{title}”，全程参加学习，累计{hours}{rng.choice(['学时', '课时'])}"
        + ("，属专业科目培训" if cat else "")
        + "。"
    )
    y = L.para(pg, ctx, 26, y, pg.w - 52, body, 14, 2.1)
    y = L.para(pg, ctx, 26, y + 4, pg.w - 52, "特此证明。", 14, 2.1)
    L.sign(pg, ctx, [org, P.fdate(issued, ds)], y + 30, seal=org, size=14)
    fields = {"holder": name, "title": title, "issuer": org, "issued_on": P.iso(issued),
              "period": {"start": P.iso(a), "end": P.iso(b)}, "hours_stated": hours}  # fmt: skip
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    return L.make_doc(ctx, "training_certificate", "cert", v, [pg], fields, scored, (name, issued.year), cat)


def _cert_credit(ctx: Ctx, v: str) -> Doc:
    rng = ctx.rng
    prov, cty = P.city(rng)
    name = P.person_name(rng, set())
    org = rng.choice([f"{prov}省医学会", f"{cty}市卫生健康委员会", f"{prov}省护理学会", f"{cty}市中心医院"])
    a, b = period(ctx, (1, 3))
    credit = rng.choice([1, 2, 3, 4, 5])
    hours = credit * rng.choice([6, 8])
    issued = b
    ds = ctx.pick("t6.date")
    title = rng.choice(P.SUBJECTS[4][0]) + rng.choice(
        ["诊疗新进展学习班", "规范化管理培训班", "适宜技术推广班"]
    )
    cat = rng.choice(["professional", None])
    pg = Page()
    L.border(pg, ctx.choice([1, 2, 4]))
    y = L.heading(pg, ctx, "继续教育学分证书", 40, 25)
    y += 8
    rows = [("姓名", name), ("单位", P.unit(rng, cty)), ("项目名称", title),
            ("项目编号", f"{a.year}-{rng.randint(1, 20):02d}-{P.digits(rng, 2)}-{P.digits(rng, 3)}"),
            ("举办日期", P.frange(a, b, ds)), ("授予学分", f"{credit}分（计{hours}学时）")]  # fmt: skip
    if cat:
        rows.append(("科目类别", "专业科目"))
    y = L.pairs(pg, ctx, 34, y, rows, 13.5, "：", label_w=30, gap=2.3, rule_to=pg.w - 30, value_w=pg.w - 100)
    L.sign(pg, ctx, [org, P.fdate(issued, ds)], y + 28, seal=org, size=13.5)
    fields = {"holder": name, "title": title, "issuer": org, "issued_on": P.iso(issued),
              "period": {"start": P.iso(a), "end": P.iso(b)}, "hours_stated": hours}  # fmt: skip
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    return L.make_doc(ctx, "training_certificate", "cert", v, [pg], fields, scored, (name, issued.year), cat)


# ================================================================================================
# sign-in sheets
# ================================================================================================
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.layout("sign")
    prov, cty = P.city(rng)
    org = organiser(ctx, prov, cty)
    a, b = period(ctx, (2, 2) if v == "twoday" else (1, 1))
    ds = ctx.pick("t6.date")
    title = P.course_name(rng, ["培训班", "专题讲座", "培训会", "研讨会", "业务培训"])
    n = {"grid": rng.randint(12, 18), "meeting": rng.randint(10, 16), "split": rng.randint(14, 22),
         "twoday": rng.randint(10, 15), "export": rng.randint(30, 42)}[v]  # fmt: skip
    taken: set[str] = set()
    names = P.people(rng, n, taken)
    units = [P.unit(rng, cty) for _ in range(n)]
    pages: list[Page] = []
    pg = Page()
    pages.append(pg)
    if v == "export":
        pg.text(18, 14, "活动签到记录（系统导出）", 10, ctx.body, "l", (110, 110, 110))
        y = 24
        y = L.pairs(pg, ctx, 18, y, [("活动名称", title), ("主办方", org),
                                     ("活动日期", P.fdate(a, "dash")), ("签到人数", str(n))], 11)  # fmt: skip
        y += 2
        rows = [["序号", "姓名", "手机号", "单位", "签到时间"]]
        for i, (nm, u) in enumerate(zip(names, units, strict=True)):
            t = f"{P.fdate(a, 'dash')} {rng.randint(7, 8):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            rows.append(
                [str(i + 1), nm, f"1{rng.choice('3589')}{P.digits(rng, 1)}****{P.digits(rng, 4)}", u, t]
            )
        split = 24
        y = pg.table(14, y, [12, 26, 30, 76, 38], rows[: split + 1], 9.5, ctx.body, 8.6, header_font=ctx.bold)
        pg.text(pg.w / 2, 285, "第 1 页 共 2 页", 9, ctx.body, "c")
        pg2 = Page()
        pages.append(pg2)
        pg2.table(14, 20, [12, 26, 30, 76, 38], [rows[0]] + rows[split + 1 :], 9.5, ctx.body, 8.6,
                  header_font=ctx.bold)  # fmt: skip
        pg2.text(pg2.w / 2, 285, "第 2 页 共 2 页", 9, ctx.body, "c")
    else:
        y = 22
        tsize = L.fit(title, ctx.bold, 18, pg.w - 30)
        pg.text(pg.w / 2, y, title, tsize, ctx.bold, "c")
        y += L.lh(tsize, 1.7)
        y = L.heading(pg, ctx, "签到表" if v != "meeting" else rng.choice(["签到表", "参会人员签到表"]), y, 18,
                      spaced=True)  # fmt: skip
        when = P.frange(a, b, ds) if v == "twoday" else P.fdate(a, ds)
        info = [f"主办单位：{org}", f"时间：{when}", f"地点：{cty}市{rng.choice(['会展中心', '行政中心', '宾馆'])}"
                f"{rng.choice(['一楼', '三楼', '五楼'])}{rng.choice(['会议室', '报告厅', '培训室'])}"]  # fmt: skip
        for s in info:
            pg.text(20, y, s, 11.5, ctx.body)
            y += L.lh(11.5, 1.7)
        y += 2
        if v == "grid":
            rows = [["序号", "姓名", "工作单位", "职称", "签名"]]
            for i, (nm, u) in enumerate(zip(names, units, strict=True)):
                rows.append([str(i + 1), nm, u, rng.choice(TITLES_PRO), ""])
            pg.table(14, y, [13, 26, 78, 30, 35], rows, 10, ctx.body, 11.5, header_font=ctx.bold)
            L.hand_column(pg, ctx, 14 + 13 + 26 + 78 + 30 + 17.5, y, 11.5, names, 14, 35)
        elif v == "meeting":
            rows = [["姓名", "工作单位", "联系电话", "备注"]]
            for u in units:
                rows.append(["", u, "", ""])
            pg.table(14, y, [32, 86, 42, 22], rows, 11, ctx.body, 13, header_font=ctx.bold)
            L.hand_column(pg, ctx, 14 + 16, y, 13, names, 15, 32)
            phones = [f"1{rng.choice('3589')}{P.digits(rng, 9)}" for _ in names]
            L.hand_column(pg, ctx, 14 + 32 + 86 + 21, y, 13, phones, 11, 42)
        elif v == "split":
            half = (n + 1) // 2
            left = [["序号", "单位", "签名"]] + [[str(i + 1), units[i], ""] for i in range(half)]
            right = [["序号", "单位", "签名"]] + [[str(i + 1), units[i], ""] for i in range(half, n)]
            while len(right) < len(left):
                right.append(["", "", ""])
            pg.table(10, y, [11, 58, 26], left, 8.5, ctx.body, 12, header_font=ctx.bold)
            pg.table(110, y, [11, 58, 26], right, 8.5, ctx.body, 12, header_font=ctx.bold)
            L.hand_column(pg, ctx, 10 + 69 + 13, y, 12, names[:half], 13, 26)
            L.hand_column(pg, ctx, 110 + 69 + 13, y, 12, names[half:], 13, 26)
        else:  # twoday
            rows = [["序号", "姓名", "单位", P.fdate(a, "dots")[5:], P.fdate(b, "dots")[5:]]]
            for i, (nm, u) in enumerate(zip(names, units, strict=True)):
                rows.append([str(i + 1), nm, u, "", ""])
            pg.table(14, y, [13, 26, 75, 34, 34], rows, 10, ctx.body, 12, header_font=ctx.bold)
            L.hand_column(pg, ctx, 14 + 114 + 17, y, 12, names, 14, 34)
            L.hand_column(
                pg, ctx, 14 + 148 + 17, y, 12, [nm if rng.random() < 0.85 else "" for nm in names], 14, 34
            )
    people = [{"name": nm, "rank": i + 1, "role": "attendee"} for i, nm in enumerate(names)]
    fields = {"title": title, "issuer": org, "period": {"start": P.iso(a), "end": P.iso(b)}, "people": people}
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    claim = names[rng.randrange(n)]
    return L.make_doc(ctx, "sign_in_sheet", "sign", v, pages, fields, scored, (claim, a.year))


# ================================================================================================
# training notices
# ================================================================================================
def _docno(ctx: Ctx, abbr: str, year: int) -> str:
    return f"{abbr}{ctx.choice(['发', '函', '字', '通'])}〔{year}〕{ctx.rng.randint(3, 160)}号"


def training_notice(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.layout("notice")
    prov, cty = P.city(rng)
    a, b = period(ctx, (2, 5))
    issued = a - dt.timedelta(days=rng.randint(8, 30))
    ds = ctx.pick("t6.date")
    hours = rng.choice([12, 16, 24, 30, 32, 40])
    orgs = [(f"{cty}市人力资源和社会保障局", f"{cty[0]}人社"), (f"{cty}市卫生健康委员会", f"{cty[0]}卫健"),
            (f"{cty}市教育局", f"{cty[0]}教"), (f"{prov}省农业农村厅", f"{P.PROV_ABBR[prov]}农"),
            (f"{cty}市科学技术协会", f"{cty[0]}科协"), (f"{prov}省住房和城乡建设厅", f"{P.PROV_ABBR[prov]}建")]  # fmt: skip
    org, abbr = rng.choice(orgs)
    title = f"{issued.year}年{rng.choice(['全市', '全省', ''])}{P.course_name(rng, ['培训班', '研修班', '专题培训'])}"
    cat = rng.choice([None, None, "professional", "public"])
    catword = {"professional": "专业科目", "public": "公需科目", None: "继续教育"}[cat]
    taken: set[str] = set()
    holder = None
    people: list[dict] = []
    pages = [Page() if v != "mobile" else Page(105, 228)]
    pg = pages[0]
    venue = f"{cty}市{rng.choice(['人才服务中心', '党校', '职业技术学院', '国际会议中心', '农业科学院'])}"
    if v == "plain":  # a learned society's annual-meeting notice
        org = f"{prov}省{ctx.choice(['农学会', '土木建筑学会', '医学会', '护理学会', '教育学会', '水利学会', '电机工程学会'])}"
        title = f"{org}{issued.year}年学术年会"
        hours = rng.choice([6, 8, 12, 16])
        y = _wrapped_heading(pg, ctx, f"关于召开{title}的通知", 30, 17) + 4
        pg.text(22, y, ctx.choice(["各会员单位、各位会员：", "各理事单位、各专业委员会："]), 12.5, ctx.body)
        y += L.lh(12.5, 1.9)
        intro = (
            f"为交流本领域最新研究成果，促进学科发展，经{ctx.choice(['理事会', '常务理事会'])}研究，定于"
            f"{P.frange(a, b, ds)}在{venue}召开{title}。现将有关事项通知如下："
        )
        y = L.para(pg, ctx, 22, y, pg.w - 44, intro, 12.5, 1.85)
        mail = f"{ctx.choice(['xh', 'xuehui', 'hy', 'nh'])}{P.digits(rng, 4)}@{ctx.choice(['163.com', '126.com', 'qq.com'])}"
        items = [
            ("一、会议内容", "特邀专家作主题报告，分设专题论坛开展学术交流，评选年会优秀论文。"),
            ("二、参会人员", "各会员单位代表、论文作者及相关专业技术人员。"),
            ("三、继续教育", f"会议按规定登记{catword}学时，全程参会者计{hours}学时。"),
            ("四、报名方式", f"请于{P.fdate(a - dt.timedelta(days=5), ds)}前将参会回执发送至{mail}。"),
        ]
        for lab, txt in items:
            pg.text(22 + 8.8, y, lab, 12.5, ctx.bold)
            y += L.lh(12.5, 1.7)
            y = L.para(pg, ctx, 22, y, pg.w - 44, txt, 12.5, 1.8)
        y = L.para(pg, ctx, 22, y + 2, pg.w - 44, "附件：参会回执", 12.5, 1.8)
        L.sign(pg, ctx, [org, P.fdate(issued, ds)], max(y + 14, 210), seal=org, size=13)
        holder = P.person_name(rng, taken)
        L.hand_note(pg, ctx, 24, 268, f"已参会　{holder}", 16)
    elif v in ("redhead", "annex"):
        y = 22
        if v == "redhead":
            y = L.redhead(pg, ctx, org, _docno(ctx, abbr, issued.year), 26)
        head = f"关于举办{title}的通知"
        y = _wrapped_heading(pg, ctx, head, y + 2, 17)
        y += 3
        pg.text(22, y, rng.choice(["各有关单位：", "各县（市、区）人力资源和社会保障局，各有关单位：", "各相关科室、各有关单位："]),
                12.5, ctx.body)  # fmt: skip
        y += L.lh(12.5, 1.9)
        intro = (
            f"为进一步提高全市专业技术人员业务水平，根据年度继续教育工作安排，经研究，决定举办{title}。"
            "现将有关事项通知如下："
        )
        y = L.para(pg, ctx, 22, y, pg.w - 44, intro, 12.5, 1.85)
        items = [
            ("一、培训时间", f"{P.frange(a, b, ds)}，{P.fdate(a - dt.timedelta(days=1), ds)}报到。"),
            ("二、培训地点", venue + "。"),
            ("三、培训对象", "全市相关专业技术人员，各单位推荐1—2名。"),
            ("四、培训内容", "政策解读、专题讲座、案例教学和现场观摩。"),
            ("五、学时认定", rng.choice([
                f"培训结束经考核合格的，颁发培训证书，计{catword}{hours}学时。",
                f"参训人员全程参加并考核合格，认定{catword}学时{hours}学时。"])),
            ("六、其他事项", "培训不收取费用，食宿统一安排，费用回原单位报销。"),
        ]  # fmt: skip
        for lab, txt in items:
            pg.text(22 + 8.8, y, lab, 12.5, ctx.bold)
            y += L.lh(12.5, 1.7)
            y = L.para(pg, ctx, 22, y, pg.w - 44, txt, 12.5, 1.8)
        if v == "annex":
            y = L.para(pg, ctx, 22, y + 2, pg.w - 44, "附件：参训人员名单", 12.5, 1.8)
        L.sign(pg, ctx, [org, P.fdate(issued, ds)], max(y + 12, 232), seal=org, size=13)
        if v == "annex":
            pg2 = Page()
            pages.append(pg2)
            pg2.text(20, 18, "附件", 13, ctx.bold)
            yy = L.heading(pg2, ctx, "参训人员名单", 28, 17)
            names = P.people(rng, rng.randint(8, 16), taken)
            rows = [["序号", "姓名", "单位", "职称"]] + [
                [str(i + 1), nm, P.unit(rng, cty), rng.choice(TITLES_PRO)] for i, nm in enumerate(names)
            ]
            pg2.table(18, yy + 2, [14, 28, 100, 32], rows, 10.5, ctx.body, 10.5, header_font=ctx.bold)
            people = [{"name": nm, "rank": i + 1, "role": "attendee"} for i, nm in enumerate(names)]
        else:
            holder = P.person_name(rng, taken)
            L.hand_note(pg, ctx, pg.w - 62, 8, f"参训：{holder}", 15)
    elif v == "invite":
        holder = P.person_name(rng, taken)
        y = L.heading(pg, ctx, "邀 请 函", 36, 28) + 8
        pg.text(24, y, f"尊敬的{holder}{rng.choice(['老师', '同志', '专家', '女士/先生'])}：", 14, ctx.body)
        y += L.lh(14, 2)
        body = (
            f"{org}定于{P.frange(a, b, ds)}在{venue}举办{title}。鉴于您在相关领域的专业积累，"
            f"特邀请您参加本次培训。培训期满考核合格者，可获得{catword}学时{hours}学时。"
        )
        y = L.para(pg, ctx, 24, y, pg.w - 48, body, 14, 2.0)
        y = L.para(pg, ctx, 24, y + 2, pg.w - 48, "敬请拨冗参加，请于开班前三日回执确认。", 14, 2.0)
        y = L.para(pg, ctx, 24, y + 2, pg.w - 48, f"联系人：{P.person_name(rng, taken)}　电话：0{P.digits(rng, 3)}-"
                   f"{P.digits(rng, 7)}", 12.5, 2.0, 0)  # fmt: skip
        L.sign(pg, ctx, [org, P.fdate(issued, ds)], y + 22, seal=org, size=13.5)
    elif v == "agenda":
        title = title.replace("专题培训", "培训班")
        y = _wrapped_heading(pg, ctx, title, 24, 18)
        y = L.heading(pg, ctx, rng.choice(["日程安排", "课程安排表"]), y, 17)
        pg.text(22, y, f"主办单位：{org}", 11.5, ctx.body)
        y += L.lh(11.5, 1.7)
        pg.text(22, y, f"培训地点：{venue}", 11.5, ctx.body)
        y += L.lh(11.5, 1.8)
        rows = [["日期", "时间", "内容", "授课人"]]
        d = a
        lect = P.people(rng, 6, taken)
        while d <= b:
            for half in ("8:30-11:30", "14:30-17:30"):
                rows.append([P.fdate(d, "arabic")[5:], half, P.topic(rng), ctx.choice(lect)])
            d += dt.timedelta(days=1)
        y = pg.table(16, y, [30, 30, 96, 24], rows, 10, ctx.body, 10, header_font=ctx.bold)
        pg.text(22, y + 6, f"说明：全程参训并考核合格者计{catword}{hours}学时。", 11.5, ctx.body)
        holder = P.person_name(rng, taken)
        L.hand_note(pg, ctx, 22, y + 18, f"本人已参加　{holder}", 15)
        issued = None
    else:  # mobile
        pg.bg = (246, 246, 246)
        pg.text(6, 4, f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}", 8.5, ctx.bold)
        pg.text(pg.w - 6, 4, "5G 86%", 8, ctx.body, "r")
        pg.rect(0, 10, pg.w, 22, 0, fill=(255, 255, 255))
        pg.text(pg.w / 2, 13, "通知公告", 11, ctx.bold, "c")
        y = 28
        y = L.flow(pg, 7, y, pg.w - 14, f"关于举办{title}的通知", 13, ctx.bold, 1.5)
        pg.text(
            7, y + 1, f"发布时间：{P.fdate(issued, 'dash')}　来源：{org}", 7.5, ctx.body, "l", (120, 120, 120)
        )
        y += 9
        body = (
            f"各有关单位：经研究，定于{P.frange(a, b, ds)}在{venue}举办{title}。"
            f"参训人员考核合格后登记{catword}{hours}学时。现将参训人员名单公布如下："
        )
        y = L.flow(pg, 7, y, pg.w - 14, body, 9.5, ctx.body, 1.7, 3.4)
        names = P.people(rng, rng.randint(5, 9), taken)
        y = L.flow(pg, 7, y + 1, pg.w - 14, "、".join(names) + "。", 9.5, ctx.body, 1.7, 3.4)
        y = L.flow(pg, 7, y + 1, pg.w - 14, "请各单位督促参训人员按时报到，培训期间不得无故缺课，缺课超过规定学时的不予"
                    "结业。", 9.5, ctx.body, 1.7, 3.4)  # fmt: skip
        y = L.flow(pg, 7, y + 1, pg.w - 14, f"联系人：{P.person_name(rng, taken)}，联系电话：0{P.digits(rng, 3)}-"
                    f"{P.digits(rng, 7)}。", 9.5, ctx.body, 1.7, 3.4)  # fmt: skip
        pg.text(7, y + 1, "附件：参训回执.docx", 9.5, ctx.body, "l", (40, 90, 170))
        y += 7
        pg.text(pg.w - 7, y + 4, org, 9.5, ctx.body, "r")
        pg.text(pg.w - 7, y + 10, P.fdate(issued, ds), 9.5, ctx.body, "r")
        people = [{"name": nm, "rank": i + 1, "role": "attendee"} for i, nm in enumerate(names)]
    if holder:
        people = [{"name": holder, "rank": 1, "role": "attendee"}]
    claim = holder or people[rng.randrange(len(people))]["name"]
    fields = {"holder": holder, "people": people, "title": title, "issuer": org,
              "issued_on": P.iso(issued) if issued else None,
              "period": {"start": P.iso(a), "end": P.iso(b)}, "hours_stated": hours}  # fmt: skip
    scored = ["title", "issuer", "period.start", "period.end", "hours_stated"] + (
        ["issued_on"] if issued else []
    )
    return L.make_doc(ctx, "training_notice", "notice", v, pages, fields, scored, (claim, a.year), cat)


def _wrapped_heading(pg: Page, ctx: Ctx, s: str, y: float, size: float) -> float:
    """A centred heading, broken into two centred lines when too wide."""
    width = pg.w - 44
    if width_mm(s, ctx.bold, size) <= width:
        pg.text(pg.w / 2, y, s, size, ctx.bold, "c")
        return y + L.lh(size, 1.8)
    cut = len(s) // 2
    for part in (s[:cut], s[cut:]):
        sz = L.fit(part, ctx.bold, size, width)
        pg.text(pg.w / 2, y, part, sz, ctx.bold, "c")
        y += L.lh(size, 1.6)
    return y + 2


# ================================================================================================
# qualification certificates
# ================================================================================================
MAJORS = ["机械工程", "土木工程", "作物学", "临床医学", "护理学", "教育学原理", "计算机科学与技术", "水利工程",
          "会计学", "园艺学", "环境科学与工程", "汉语言文学", "畜牧学", "药学", "数学与应用数学"]  # fmt: skip
DEGREE_FIELD = {"机械工程": "工学", "土木工程": "工学", "作物学": "农学", "临床医学": "医学", "护理学": "医学",
                "教育学原理": "教育学", "计算机科学与技术": "工学", "水利工程": "工学", "会计学": "管理学",
                "园艺学": "农学", "环境科学与工程": "工学", "汉语言文学": "文学", "畜牧学": "农学", "药学": "医学",
                "数学与应用数学": "理学"}  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("qual")
    return {"degree": _q_degree, "graduate": _q_graduate, "courses": _q_courses, "selfstudy": _q_selfstudy,
            "computer": _q_computer, "vocation": _q_vocation}[v](ctx, v)  # fmt: skip


def _born(ctx: Ctx, at: int | None = None, age: tuple[int, int] = (24, 50)) -> dt.date:
    """A birth date; `age` years before `at` when given."""
    if at is None:
        return P.day(ctx.rng, 1972, 1996)
    y = at - ctx.rng.randint(*age)
    return P.day(ctx.rng, y, y)


def _q_degree(ctx: Ctx, v: str) -> Doc:
    rng = ctx.rng
    name = P.person_name(rng, set())
    univ = ctx.choice(P.UNIVS)
    major = ctx.choice(MAJORS)
    doctor = rng.random() < 0.35
    level = "博士" if doctor else "硕士"
    when = dt.date(rng.randint(2008, 2023), rng.choice([6, 6, 7, 12]), rng.randint(1, 30))
    ds = ctx.pick("t6.date")
    born = _born(ctx, when.year, (27, 36) if doctor else (24, 30))
    pg = Page(297, 210)
    L.border(pg, ctx.choice([1, 2, 4]))
    y = L.heading(pg, ctx, f"{level}学位证书", 30, 30, True)
    L.photo(pg, 34, 58, 30, 40)
    txt = (
        f"{name}，{P.gender(rng)}，{P.fdate(born, 'arabic')}生。在{univ}{major}学科"
        f"{rng.choice(['（专业）', '专业'])}完成了{level}学位的学习，成绩合格，通过了学位论文答辩。根据"
        f"《中华人民共和国学位条例》的规定，授予{DEGREE_FIELD[major]}{level}学位。"
    )
    y = L.para(pg, ctx, 80, 62, pg.w - 110, txt, 14, 2.1)
    pg.text(80, max(y + 10, 140), f"{univ}", 14, ctx.body)
    pg.text(80, max(y + 20, 150), f"学位评定委员会主席　{P.person_name(rng, {name})}", 13, ctx.body)
    pg.seal(110, max(y + 14, 144), 19, univ, ctx.seed())
    pg.text(pg.w - 40, 175, P.fdate(when, ds), 13, ctx.body, "r")
    pg.text(34, 110, "证书编号", 10, ctx.body)
    pg.text(34, 116, f"10{P.digits(rng, 3)}{when.year}{P.digits(rng, 6)}", 9, ctx.body)
    kind = "doctor_degree" if doctor else "master_degree"
    fields = {"holder": name, "issuer": univ, "issued_on": P.iso(when),
              "qualification": {"kind": kind, "subject": major, "modules": None}}  # fmt: skip
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    return L.make_doc(ctx, "qualification_certificate", "qual", v, [pg], fields, scored, (name, when.year))


def _q_graduate(ctx: Ctx, v: str) -> Doc:
    rng = ctx.rng
    name = P.person_name(rng, set())
    univ = ctx.choice(P.UNIVS)
    major = ctx.choice(MAJORS)
    end_y = rng.randint(2006, 2023)
    span = rng.choice([3, 4, 5])
    begun = dt.date(end_y - span, 9, 1)
    when = dt.date(end_y, 6, rng.randint(20, 30))
    ds = ctx.pick("t6.date")
    month_only = rng.random() < 0.4
    pg = Page(297, 210)
    L.border(pg, ctx.choice([2, 4]))
    y = L.heading(pg, ctx, "毕 业 证 书", 32, 30) + 8
    L.photo(pg, pg.w - 70, 52, 30, 40)
    txt = (
        f"学生{name}，性别{P.gender(rng)}，{P.fdate(_born(ctx, begun.year, (17, 20)), 'arabic')}生，于{P.fmonth(begun.year, 9, 'arabic')}"
        f"至{P.fmonth(end_y, 6, 'arabic')}在本校{major}专业{cn(span)}年制"
        f"{'本科' if span >= 4 else '专科'}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
    )
    y = L.para(pg, ctx, 36, y, pg.w - 120, txt, 14, 2.1)
    pg.text(36, max(y + 14, 150), f"校　　名：{univ}", 13, ctx.body)
    pg.text(36, max(y + 23, 159), f"校　　长：{P.person_name(rng, {name})}", 13, ctx.body)
    pg.seal(98, max(y + 17, 153), 18, univ, ctx.seed())
    pg.text(
        36, 180, f"证书编号：{P.digits(rng, 5)}{end_y}{rng.choice('0567')}{P.digits(rng, 6)}", 11, ctx.body
    )
    shown = P.fmonth(end_y, 6, ds) if month_only else P.fdate(when, ds)
    pg.text(pg.w - 36, 180, shown, 13, ctx.body, "r")
    fields = {"holder": name, "issuer": univ, "issued_on": P.ym(end_y, 6) if month_only else P.iso(when),
              "qualification": {"kind": "graduation", "subject": major, "modules": None}}  # fmt: skip
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    return L.make_doc(ctx, "qualification_certificate", "qual", v, [pg], fields, scored, (name, end_y))


def cn(n: int) -> str:
    return "〇一二三四五六七八九十"[n]


def _q_courses(ctx: Ctx, v: str) -> Doc:
    rng = ctx.rng
    name = P.person_name(rng, set())
    univ = ctx.choice(P.UNIVS)
    major = ctx.choice(MAJORS)
    y1 = rng.randint(2012, 2022)
    pool = ["科学社会主义理论与实践", "专业英语", "研究方法论", "数理统计", f"{major}前沿专题", f"{major}研究进展",
            "现代管理学", "文献检索与论文写作", "高等数值分析", "学科综合实践"]  # fmt: skip
    mods = rng.sample(pool, rng.randint(4, 7))
    when = dt.date(y1 + 1, rng.choice([1, 6, 7]), rng.randint(1, 28))
    ds = ctx.pick("t6.date")
    pg = Page()
    L.border(pg, ctx.choice([1, 2]))
    y = L.heading(pg, ctx, "研究生课程进修班", 34, 20)
    y = L.heading(pg, ctx, "结业证书", y, 28, True) + 6
    txt = (
        f"{name}同志于{P.fmonth(y1, 9, 'arabic')}至{P.fmonth(y1 + 1, when.month, 'arabic')}参加我校{major}专业"
        "研究生课程进修班学习，修完下列课程，成绩合格，准予结业。"
    )
    y = L.para(pg, ctx, 26, y, pg.w - 52, txt, 13.5, 2.0)
    rows = [["课程名称", "学分", "成绩"]] + [
        [m, str(rng.choice([2, 3, 4])), str(rng.randint(70, 95))] for m in mods
    ]
    y = pg.table(30, y + 4, [90, 30, 30], rows, 11.5, ctx.body, 10, header_font=ctx.bold)
    L.sign(pg, ctx, [f"{univ}研究生院", P.fdate(when, ds)], y + 24, seal=f"{univ}研究生院", size=13.5)
    fields = {"holder": name, "issuer": f"{univ}研究生院", "issued_on": P.iso(when),
              "qualification": {"kind": "postgraduate_courses", "subject": major, "modules": mods}}  # fmt: skip
    scored = [
        "holder",
        "issuer",
        "issued_on",
        "qualification.kind",
        "qualification.subject",
        "qualification.modules",
    ]
    return L.make_doc(ctx, "qualification_certificate", "qual", v, [pg], fields, scored, (name, when.year))


def _q_selfstudy(ctx: Ctx, v: str) -> Doc:
    rng = ctx.rng
    prov, _ = P.city(rng)
    name = P.person_name(rng, set())
    major = ctx.choice(MAJORS)
    course = ctx.choice(["马克思主义基本原理概论", "中国近现代史纲要", "英语（二）", "管理学原理", "高等数学（工本）",
                         "计算机应用基础", f"{major}概论", "线性代数（经管类）"])  # fmt: skip
    y = rng.randint(2012, 2023)
    m = rng.choice([4, 10])
    ds = ctx.pick("t6.date")
    issuer = f"{prov}省高等教育自学考试委员会"
    pg = Page(210, 148)
    L.border(pg, 1)
    yy = L.heading(pg, ctx, "高等教育自学考试", 16, 16)
    yy = L.heading(pg, ctx, "单科合格证书", yy, 22)
    rows = [("姓名", name), ("准考证号", P.digits(rng, 12)), ("专业", major), ("课程名称", course),
            ("成绩", str(rng.randint(60, 92))), ("考试时间", P.fmonth(y, m, ds))]  # fmt: skip
    yy = L.pairs(pg, ctx, 30, yy + 2, rows, 12, "：", label_w=28, gap=1.95, rule_to=160)
    L.sign(pg, ctx, [issuer, P.fmonth(y, m, ds)], 112, x_right=pg.w - 16, seal=issuer, size=11.5, seal_r=15)
    fields = {"holder": name, "issuer": issuer, "issued_on": P.ym(y, m),
              "qualification": {"kind": "self_study_exam", "subject": major, "modules": [course]}}  # fmt: skip
    scored = [
        "holder",
        "issuer",
        "issued_on",
        "qualification.kind",
        "qualification.subject",
        "qualification.modules",
    ]
    return L.make_doc(ctx, "qualification_certificate", "qual", v, [pg], fields, scored, (name, y))


def _q_computer(ctx: Ctx, v: str) -> Doc:
    rng = ctx.rng
    name = P.person_name(rng, set())
    mods = rng.sample(["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿",
                       "Windows 7操作系统", "Internet应用", "Access 2003数据库管理系统",
                       "Photoshop CS5图像处理", "AutoCAD 2008制图"], rng.randint(1, 4))  # fmt: skip
    when = P.day(rng, 2012, 2021)
    ds = ctx.pick("t6.date")
    issuer = ctx.choice(["人力资源和社会保障部人事考试中心", "人力资源社会保障部人事考试中心"])
    pg = Page(210, 148)
    L.border(pg, 2, (40, 90, 150))
    yy = L.heading(pg, ctx, "全国专业技术人员计算机应用能力考试", 14, 15)
    yy = L.heading(pg, ctx, "合 格 证 书", yy, 22)
    L.photo(pg, 20, yy + 2, 24, 32)
    rows = [("姓　　名", name), ("证件号码", P.masked_id(rng)), ("管理号", P.digits(rng, 14))]
    yy2 = L.pairs(pg, ctx, 52, yy + 2, rows, 11, "：", label_w=24, gap=1.9)
    pg.text(52, yy2, "考试科目：", 11, ctx.body)
    for i, mname in enumerate(mods):
        pg.text(76, yy2 + i * 6.5, mname, 11, ctx.body)
    L.sign(pg, ctx, [issuer, P.fdate(when, ds)], 116, x_right=pg.w - 14, seal=issuer, size=11, seal_r=15)
    fields = {"holder": name, "issuer": issuer, "issued_on": P.iso(when),
              "qualification": {"kind": "computer_exam", "subject": None, "modules": mods}}  # fmt: skip
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.modules"]
    return L.make_doc(ctx, "qualification_certificate", "qual", v, [pg], fields, scored, (name, when.year))


def _q_vocation(ctx: Ctx, v: str) -> Doc:
    rng = ctx.rng
    prov, _ = P.city(rng)
    name = P.person_name(rng, set())
    q = ctx.choice(["二级建造师", "执业药师", "注册安全工程师", "一级造价工程师", "中级经济师", "监理工程师"])
    when = P.day(rng, 2012, 2023)
    ds = ctx.pick("t6.date")
    issuer = ctx.choice(
        [f"{prov}省人力资源和社会保障厅", "人力资源和社会保障部", f"{prov}省住房和城乡建设厅"]
    )
    pg = Page(148, 210)
    pg.rect(8, 8, pg.w - 8, pg.h - 8, 0.5, (120, 60, 40))
    yy = L.heading(pg, ctx, "中华人民共和国", 22, 14)
    yy = L.heading(pg, ctx, rng.choice(["职业资格证书", "执业资格证书", "专业技术人员职业资格证书"]), yy, 18)
    L.photo(pg, pg.w / 2 - 13, yy + 2, 26, 34)
    rows = [("姓名", name), ("性别", P.gender(rng)), ("出生年月", P.fmonth(*(_born(ctx).year, 5), "arabic")),
            ("资格名称", q), ("管理号", P.digits(rng, 16)), ("批准日期", P.fdate(when, ds))]  # fmt: skip
    yy = L.pairs(pg, ctx, 18, yy + 44, rows, 10.5, "：", label_w=24, gap=2.0, rule_to=pg.w - 16)
    L.sign(pg, ctx, [issuer], yy + 10, x_right=pg.w - 14, seal=issuer, size=10.5, seal_r=14)
    fields = {"holder": name, "issuer": issuer, "issued_on": P.iso(when),
              "qualification": {"kind": None, "subject": q, "modules": None}}  # fmt: skip
    scored = ["holder", "issuer", "issued_on"]
    return L.make_doc(ctx, "qualification_certificate", "qual", v, [pg], fields, scored, (name, when.year))


# ================================================================================================
# non-proofs
# ================================================================================================
UPPER = {380: "叁佰捌拾", 600: "陆佰", 800: "捌佰", 1200: "壹仟贰佰", 1500: "壹仟伍佰", 2600: "贰仟陆佰"}


def other(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.layout("other")
    prov, cty = P.city(rng)
    name = P.person_name(rng, set())
    work = P.unit(rng, cty)
    d = P.day(rng, 2018, 2024)
    ds = ctx.pick("t6.date")
    if v == "invoice":
        pg = Page(240, 140)
        pg.text(pg.w / 2, 10, f"{prov}增值税电子普通发票", 16, ctx.bold, "c", (140, 60, 30))
        pg.line(80, 19, 160, 19, 0.4, (140, 60, 30))
        pg.text(160, 24, f"发票代码：0{P.digits(rng, 11)}", 8.5, ctx.body)
        pg.text(160, 29, f"发票号码：{P.digits(rng, 8)}", 8.5, ctx.body)
        pg.text(160, 34, f"开票日期：{P.fdate(d, 'arabic')}", 8.5, ctx.body)
        pg.rect(10, 40, pg.w - 10, 120, 0.4, (140, 60, 30))
        pg.text(14, 44, f"购买方　名称：{name}", 9.5, ctx.body)
        pg.text(14, 50, "纳税人识别号：", 9.5, ctx.body)
        fee = rng.choice([380, 600, 800, 1200, 1500, 2600])
        rows = [["项目名称", "规格型号", "单位", "数量", "单价", "金额"],
                ["*非学历教育服务*培训费", "", "人次", "1", f"{fee:.2f}", f"{fee:.2f}"]]  # fmt: skip
        pg.table(12, 58, [72, 24, 18, 18, 40, 44], rows, 9, ctx.body, 8)
        pg.text(14, 82, f"价税合计（大写）：{UPPER[fee]}元整　（小写）¥{fee:.2f}", 9.5, ctx.body)
        seller = f"{cty}市{rng.choice(['职业培训学校', '继续教育服务有限公司', '技能培训中心'])}"
        pg.text(14, 100, f"销售方　名称：{seller}", 9.5, ctx.body)
        pg.seal(190, 104, 11, seller + "发票专用章", ctx.seed())
        pg.text(
            14,
            126,
            f"收款人：{P.person_name(rng, {name})}　复核：　开票人：{P.person_name(rng, {name})}",
            8.5,
            ctx.body,
        )
    elif v == "receipt":
        pg = Page(200, 100)
        pg.text(pg.w / 2, 8, "收　款　收　据", 17, ctx.bold, "c")
        pg.text(pg.w - 12, 10, f"No.{P.digits(rng, 7)}", 10, ctx.body, "r", (180, 30, 30))
        pg.text(14, 22, f"日期：{P.fdate(d, ds)}", 10.5, ctx.body)
        pg.table(12, 30, [30, 146], [["交款人", name], ["事由", f"{P.topic(rng)}培训资料费"],
                                     ["金额", f"人民币{rng.choice(['贰佰', '叁佰', '伍佰'])}元整"]], 11, ctx.body, 11)  # fmt: skip
        pg.text(14, 72, f"收款单位（盖章）：{cty}市继续教育中心", 10.5, ctx.body)
        pg.seal(70, 76, 12, f"{cty}市继续教育中心财务专用章", ctx.seed())
        L.hand_note(pg, ctx, 150, 80, name, 13)
    elif v == "appoint":
        pg = Page()
        y = L.redhead(pg, ctx, work, f"{work[:2]}人字〔{d.year}〕{rng.randint(2, 40)}号", 28)
        y = L.heading(pg, ctx, "关于聘任专业技术职务的通知", y + 4, 17)
        y = L.para(pg, ctx, 24, y + 4, pg.w - 48, "各科室：", 13, 1.9, 0)
        y = L.para(pg, ctx, 24, y, pg.w - 48, f"经单位聘任委员会研究决定，聘任{name}同志为{ctx.choice(TITLES_PRO)}，"
                   f"聘期三年，自{P.fdate(d, ds)}起计算。", 13, 1.9)  # fmt: skip
        y = L.para(pg, ctx, 24, y, pg.w - 48, "特此通知。", 13, 1.9)
        L.sign(pg, ctx, [work, P.fdate(d, ds)], y + 30, seal=work, size=13)
    elif v == "idcard":
        pg = Page(120, 80)
        pg.bg = (236, 240, 246)
        pg.rect(4, 4, pg.w - 4, pg.h - 4, 0.3, (150, 160, 180))
        b = _born(ctx)
        for i, (lab, val) in enumerate([("姓名", name), ("性别", P.gender(rng) + "　　民族　汉"),
                                        ("出生", f"{b.year}年{b.month}月{b.day}日"),
                                        ("住址", f"{prov}省{cty}市{ctx.choice(['人民路', '建设街', '文化路'])}"
                                                 f"{rng.randint(1, 300)}号")]):  # fmt: skip
            pg.text(10, 12 + i * 9, lab, 8.5, ctx.body, "l", (70, 100, 160))
            pg.text(22, 12 + i * 9, val, 9.5, ctx.body)
        pg.text(10, 62, "公民身份号码", 8.5, ctx.body, "l", (70, 100, 160))
        pg.text(36, 62, P.masked_id(rng), 10, ctx.bold)
        L.photo(pg, 86, 12, 26, 34)
    elif v == "minutes":
        pg = Page()
        y = L.heading(pg, ctx, rng.choice(["会议纪要", "科室业务学习记录"]), 30, 20)
        rows = [("时间", P.fdate(d, ds)), ("地点", f"{work}会议室"), ("主持人", name),
                ("参加人员", "、".join(P.people(rng, 5, {name}))), ("记录人", P.person_name(rng, {name}))]  # fmt: skip
        y = L.pairs(pg, ctx, 24, y + 6, rows, 12.5, "：")
        y = L.para(
            pg, ctx, 24, y + 4, pg.w - 48, "会议内容：" + L.filler(ctx, ctx.choice(P.FIELDS), 5), 12.5, 1.9
        )
    else:  # workproof
        pg = Page()
        y = L.heading(pg, ctx, rng.choice(["工作证明", "在职证明"]), 40, 24, True) + 10
        txt = (
            f"兹证明{name}同志，身份证号{P.masked_id(rng)}，自{P.fmonth(d.year - rng.randint(3, 15), 7, 'arabic')}"
            f"起在我单位从事专业技术工作，现任{ctx.choice(TITLES_PRO)}。"
        )
        y = L.para(pg, ctx, 26, y, pg.w - 52, txt, 14, 2.1)
        y = L.para(pg, ctx, 26, y + 2, pg.w - 52, "特此证明。", 14, 2.1)
        L.sign(pg, ctx, [work, P.fdate(d, ds)], y + 30, seal=work, size=14)
    fields = {"holder": name}
    return L.make_doc(ctx, "other", "other", v, [pg], fields, [], (name, d.year))
