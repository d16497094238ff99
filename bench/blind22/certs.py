"""Draw 22 builders: training certificates, sign-in sheets, notices, qualifications and other proofs."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind22 import ink, quals
from bench.blind22.ink import doc, hand, rows, seal
from bench.blind22.notices import training_notice
from bench.blind22.pools import EDU_TOPICS, MED_TOPICS, PUB_TOPICS, Ctx, day, later, month, span
from bench.generator.truth import person

TC_SCORED = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]


def _med_issuer(ctx: Ctx) -> str:
    c = ctx.city()
    return ctx.pick([f"{c}医学会", f"{c}卫生健康委员会", f"{ctx.R['prov']}省护理学会", f"{c}护理学会",
                     f"{c}药学会", f"{c}中心医院"])  # fmt: skip


def _edu_issuer(ctx: Ctx) -> str:
    return ctx.pick([f"{ctx.city()}教育局", f"{ctx.county()}教育局", f"{ctx.city()}教育科学研究院",
                     f"{ctx.city()}教师发展中心"])  # fmt: skip


def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("train")
    return {"cme": _tc_cme, "phone": _tc_phone, "school": _tc_school, "fillin": _tc_fillin,
            "ledger": _tc_ledger, "month": _tc_month, "wide": _tc_wide}[v](ctx, v)  # fmt: skip


def _tc_cme(ctx: Ctx, v: str) -> Doc:
    who, unit = ctx.name(), ctx.hospital()
    a = ctx.date(2019, 2024)
    b = later(a, 1, 3, ctx.rng)
    issuer = _med_issuer(ctx)
    title = f"{ctx.pick(MED_TOPICS)}{ctx.pick(['学习班', '培训班', '研讨会'])}"
    st = ctx.style(["cn", "pad", "dot", "dash"])
    pg = ink.portrait()
    pg.rect(12, 12, 198, 285, 0.8, (30, 90, 60))
    y = ink.centre(pg, ctx, 32, "继续医学教育", 28, color=(30, 90, 60))
    y = ink.centre(pg, ctx, y + 2, "学 分 证 书", 24)
    num = (
        f"{a.year}-{ctx.rng.randint(1, 18):02d}-{ctx.rng.randint(1, 12):02d}-{ctx.rng.randint(100, 499):03d}"
    )
    lvl = ctx.pick(["（市）", "（省）", "（国）"])
    y = rows(pg, ctx, 30, y + 14, [("姓　　名", who), ("工作单位", unit), ("项目名称", title),
             ("项目编号", num + lvl), ("举办日期", span(a, b, st, "—")), ("举办单位", issuer)],
             13, "：", 2.4, 32)  # fmt: skip
    credit = ctx.rng.choice([2, 3, 4, 5, 6, 8])
    y = rows(pg, ctx, 30, y, [("授予学分", f"{ctx.pick(['Ⅰ类', 'Ⅱ类'])} {credit} 分")], 13, "：", 2.4, 32)
    pg.text(30, y + 6, "注：本证书仅用于登记继续医学教育学分，涂改无效。", 10, ctx.body, color=ink.GREY)
    y2 = y + 40
    pg.text(150, y2, issuer, 13, ctx.body, "c")
    pg.text(150, y2 + 9, day(b, st), 13, ctx.body, "c")
    seal(pg, ctx, 150, y2 + 4, issuer)
    f = {"holder": who, "title": title, "issuer": issuer, "issued_on": b.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}}  # fmt: skip
    sc = ["holder", "title", "issuer", "issued_on", "period.start", "period.end"]
    return doc("training_certificate", "train", v, [pg], f, sc, (who, b.year))


def _tc_phone(ctx: Ctx, v: str) -> Doc:
    who = ctx.name()
    topic = ctx.pick(PUB_TOPICS)
    d = ctx.date(2020, 2024)
    year = d.year
    title = f"{year}年度公需科目《{topic}》"
    issuer = ctx.pick([f"{ctx.city()}人力资源和社会保障局", f"{ctx.R['prov']}省人力资源和社会保障厅"])
    hours = ctx.pick([6, 8, 10, 12, 15, 20, 30])
    pg, y = ink.screen(ctx, "我的证书", f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(0, 59):02d}")
    pg.rect(5, y, 75, y + 96, 0.4, (180, 140, 60), fill=(255, 252, 240))
    pg.text(40, y + 6, "学 习 证 明", 13, ctx.bold, "c", (150, 90, 20))
    yy = pg.wrap(9, y + 18, 62, f"{who}同志于{day(d, 'cn')}完成{title}网络学习，考核合格，"
                 f"共计{hours}学时，特此证明。", 8.5, ctx.body, 1.8, 6)  # fmt: skip
    pg.text(71, yy + 12, issuer, 7.5, ctx.body, "r")
    pg.text(71, yy + 18, day(d, "cn"), 7.5, ctx.body, "r")
    seal(pg, ctx, 58, yy + 15, issuer, 9.5)
    pg.text(
        8, y + 88, f"证书编号：GX{year}{ctx.rng.randint(10**7, 10**8 - 1)}", 6.5, ctx.body, color=ink.GREY
    )
    pg.rect(10, y + 104, 70, y + 113, 0, fill=(40, 120, 220))
    pg.text(40, y + 106, "保存到相册", 8, ctx.body, "c", (255, 255, 255))
    f = {"holder": who, "title": title.replace("《", "").replace("》", ""), "issuer": issuer,
         "issued_on": d.isoformat(), "hours_stated": float(hours)}  # fmt: skip
    f["title"] = topic
    sc = ["holder", "issuer", "issued_on", "hours_stated"]
    return doc("training_certificate", "train", v, [pg], f, sc, (who, year), "public")


def _tc_school(ctx: Ctx, v: str) -> Doc:
    who, sch = ctx.name(), ctx.school()
    a = ctx.date(2019, 2024)
    b = later(a, 20, 120, ctx.rng)
    title = f"{a.year}年{ctx.pick(EDU_TOPICS)}校本研修"
    hours = ctx.pick([12, 16, 24, 36, 48])
    st = ctx.style(["cn", "pad", "dot", "sp"])
    pg = ink.portrait()
    pg.rect(14, 14, 196, 283, 1.5, (160, 40, 40))
    y = ink.centre(pg, ctx, 36, "合 格 证", 30, color=(160, 40, 40))
    text = (f"{who}老师于{span(a, b, st, '至')}参加{sch}组织的“{title}”，完成全部研修任务，"
            f"经考核合格，认定专业科目{hours}学时。")  # fmt: skip
    y = pg.wrap(28, y + 18, 154, text, 14, ctx.body, 2.1, 10)
    y = rows(pg, ctx, 28, y + 10, [("研修类别", "专业科目"), ("学时", str(hours))], 12)
    st2 = ctx.style(["hz", "cn", "hzo"])
    pg.text(150, y + 30, sch, 13, ctx.body, "c")
    pg.text(150, y + 39, day(b, st2), 13, ctx.body, "c")
    seal(pg, ctx, 150, y + 33, sch)
    f = {"holder": who, "title": title, "issuer": sch, "issued_on": b.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": float(hours)}  # fmt: skip
    return doc("training_certificate", "train", v, [pg], f, TC_SCORED, (who, b.year), "professional")


def _tc_fillin(ctx: Ctx, v: str) -> Doc:
    who = ctx.name()
    a = ctx.date(2018, 2024)
    b = later(a, 0, 2, ctx.rng)
    topic = ctx.pick(MED_TOPICS + EDU_TOPICS)
    title = f"{topic}培训班"
    issuer = _med_issuer(ctx) if topic in MED_TOPICS else _edu_issuer(ctx)
    hours = ctx.pick([4, 6, 8, 12, 16])
    pg = ink.portrait()
    pg.rect(16, 16, 194, 170, 0.6)
    ink.centre(pg, ctx, 26, "结 业 证 书", 26)
    pg.text(150, 44, "编号：", 11, ctx.body)
    hand(pg, ctx, 163, 44, f"{a.year}{ctx.rng.randint(1, 300):03d}", 12)
    y = 60
    x = ink.blank(pg, ctx, 28, y, 34, who)
    pg.text(x + 2, y, "同志于", 14, ctx.body)
    x = ink.blank(pg, ctx, x + 18, y, 52, day(a, "cn"), 13)
    pg.text(x + 2, y, "至", 14, ctx.body)
    y = 76
    x = ink.blank(pg, ctx, 28, y, 52, day(b, "cn"), 13)
    pg.text(x + 2, y, "参加", 14, ctx.body)
    pg.text(28, 92, title, 14, ctx.body)
    pg.text(28, 108, "学习，完成规定课程，成绩合格，准予结业。", 14, ctx.body)
    x = pg.text(28, 124, "计", 14, ctx.body) + 28
    x = ink.blank(pg, ctx, x + 2, 124, 20, str(hours))
    pg.text(x + 2, 124, "学时。", 14, ctx.body)
    pg.text(150, 142, issuer, 13, ctx.body, "c")
    pg.text(150, 151, day(b, "hz"), 13, ctx.body, "c")
    seal(pg, ctx, 148, 145, issuer)
    f = {"holder": who, "title": title, "issuer": issuer, "issued_on": b.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": float(hours)}  # fmt: skip
    return doc("training_certificate", "train", v, [pg], f, TC_SCORED, (who, b.year))


def _tc_ledger(ctx: Ctx, v: str) -> Doc:
    who, unit = ctx.name(), ctx.hospital()
    a = ctx.date(2019, 2024)
    b = later(a, 1, 5, ctx.rng)
    cat = ctx.pick(["公需科目", "专业科目"])
    topic = ctx.pick(PUB_TOPICS if cat == "公需科目" else MED_TOPICS)
    title = f"{topic}专题培训"
    issuer = f"{ctx.city()}卫生健康委员会" if ctx.rng.random() < 0.5 else _med_issuer(ctx)
    hours = ctx.pick([8, 12, 16, 24])
    pg = ink.portrait()
    y = ink.centre(pg, ctx, 30, "继续教育学时证明", 22)
    y = rows(pg, ctx, 22, y + 8, [("姓名", who), ("单位", unit)], 12, "：", 2.0)
    hdr = ["培训项目", "类别", "起止时间", "学时", "主办单位"]
    row = [title, cat, f"{day(a, 'dot')}-{day(b, 'dot')}", str(hours), issuer]
    y = pg.table(20, y + 4, [52, 22, 46, 14, 36], [hdr, row], 10.5, ctx.body, 16, header_font=ctx.bold)
    pg.wrap(22, y + 8, 166, "以上情况属实，特此证明。", 12, ctx.body)
    pg.text(150, y + 34, issuer, 12, ctx.body, "c")
    pg.text(150, y + 42, day(b, "pad"), 12, ctx.body, "c")
    seal(pg, ctx, 150, y + 37, issuer)
    f = {"holder": who, "title": title, "issuer": issuer, "issued_on": b.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": float(hours)}  # fmt: skip
    cat_s = "public" if cat == "公需科目" else "professional"
    return doc("training_certificate", "train", v, [pg], f, TC_SCORED, (who, b.year), cat_s)


def _tc_month(ctx: Ctx, v: str) -> Doc:
    who = ctx.name()
    d = ctx.date(2019, 2024)
    if ctx.rng.random() < 0.6:
        title = f"{ctx.pick(MED_TOPICS)}网络培训"
        issuer = ctx.pick(
            [f"{ctx.R['prov']}省卫生健康委员会能力建设和继续教育中心", f"{ctx.R['prov']}省医学会"]
        )
    else:
        title, issuer = (
            f"{ctx.pick(EDU_TOPICS)}线上研修",
            ctx.pick([f"{ctx.city()}教育局", f"{ctx.city()}教师发展中心"]),
        )
    hours = ctx.pick([10, 20, 30, 40])
    st = ctx.style(["cn", "hz", "pad", "hzo"])
    pg = ink.portrait()
    ink.centre(pg, ctx, 40, "培 训 证 书", 28)
    wd = pg.text(30, 70, who, 20, ctx.hand, "l", ink.BLUE)
    pg.text(30 + wd + 1, 72, "：", 14, ctx.body)
    y = pg.wrap(30, 86, 150, f"您已完成“{title}”全部课程学习，成绩合格，获得{hours}学时。特发此证。", 14,
                ctx.body, 2.0, 10)  # fmt: skip
    pg.text(150, y + 34, issuer, 12, ctx.body, "c")
    pg.text(150, y + 43, month(d.year, d.month, st), 13, ctx.body, "c")
    seal(pg, ctx, 146, y + 38, issuer, 21)
    f = {"holder": who, "title": title, "issuer": issuer, "issued_on": f"{d.year}-{d.month:02d}",
         "hours_stated": float(hours)}  # fmt: skip
    sc = ["holder", "title", "issuer", "issued_on", "hours_stated"]
    return doc("training_certificate", "train", v, [pg], f, sc, (who, d.year))


def _tc_wide(ctx: Ctx, v: str) -> Doc:
    who, unit = ctx.name(), ctx.pick([ctx.hospital(), ctx.school()])
    a = ctx.date(2019, 2024)
    b = later(a, 1, 6, ctx.rng)
    pub = ctx.rng.random() < 0.5
    title = f"{a.year}年{ctx.pick(PUB_TOPICS)}公需科目培训班" if pub else f"{ctx.pick(MED_TOPICS)}高级研修班"
    issuer = ctx.pick([f"{ctx.city()}专业技术人员继续教育基地", f"{ctx.R['prov']}省卫生健康委员会",
                       f"{ctx.city()}人力资源和社会保障局"])  # fmt: skip
    hours = ctx.pick([16, 24, 32, 40, 48])
    pg = ink.landscape()
    pg.rect(10, 10, 287, 200, 2.2, (170, 130, 50))
    ink.centre(pg, ctx, 28, "培训证书", 30, color=(140, 30, 30))
    pg.text(250, 20, f"No.{a.year}{ctx.rng.randint(10000, 99999)}", 10, ctx.body, "r")
    sent = (f"{who}（{unit}）于{span(a, b, 'dot', '—')}参加{title}，"
            f"学习期满，考核合格，计{hours}学时。")  # fmt: skip
    y = pg.wrap(36, 66, 225, sent, 16, ctx.body, 2.2, 12)
    pg.text(220, y + 26, issuer, 14, ctx.body, "c")
    pg.text(220, y + 36, day(b, "cn"), 14, ctx.body, "c")
    seal(pg, ctx, 216, y + 28, issuer)
    f = {"holder": who, "title": title, "issuer": issuer, "issued_on": b.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": float(hours)}  # fmt: skip
    return doc(
        "training_certificate", "train", v, [pg], f, TC_SCORED, (who, b.year), "public" if pub else None
    )


# ---- sign-in sheets -------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("signin")
    return {"grid": _sis_grid, "inked": _sis_grid, "paired": _sis_paired, "wide": _sis_wide,
            "dept": _sis_dept, "twopage": _sis_twopage}[v](ctx, v)  # fmt: skip


def _sis_head(ctx: Ctx, med: bool) -> tuple[str, str]:
    if med:
        return f"{ctx.pick(MED_TOPICS)}{ctx.pick(['培训', '专题讲座', '业务学习'])}", _med_issuer(ctx)
    return f"{ctx.pick(EDU_TOPICS)}{ctx.pick(['专题培训', '教研活动'])}", _edu_issuer(ctx)


def _sheet_doc(v: str, pages: list, title: str, issuer: str, d, people: list[str]) -> Doc:  # noqa: ANN001
    f = {"title": title, "issuer": issuer, "period": {"start": d.isoformat(), "end": d.isoformat()},
         "people": [person(n, i + 1, "attendee") for i, n in enumerate(people)]}  # fmt: skip
    sc = ["title", "issuer", "period.start", "period.end", "people"]
    return doc("sign_in_sheet", "signin", v, pages, f, sc, (people[len(people) // 2], d.year))


def _sis_grid(ctx: Ctx, v: str) -> Doc:
    med = ctx.rng.random() < 0.6
    title, issuer = _sis_head(ctx, med)
    d = ctx.date(2019, 2024)
    n = ctx.rng.randint(8, 14)
    ppl = ctx.names(n)
    pg = ink.portrait()
    y = ink.centre(pg, ctx, 20, title, ink.fits(title, ctx, 17, 180))
    y = ink.centre(pg, ctx, y, "签 到 表", 17)
    st = ctx.style(["cn", "pad", "dot", "dash"])
    pg.text(18, y + 2, f"主办单位：{issuer}", 11, ctx.body)
    pg.text(192, y + 2, f"时间：{day(d, st)}", 11, ctx.body, "r")
    top = y + 9
    hdr = (
        ["序号", "姓名", "工作单位", "职称", "签名"]
        if v == "grid"
        else ["序号", "签名", "工作单位", "联系电话"]
    )
    wd = [14, 28, 66, 30, 36] if v == "grid" else [16, 40, 80, 38]
    units = [ctx.hospital() if med else ctx.school() for _ in ppl]
    titles = ["主治医师", "护师", "主管护师", "副主任医师", "药师", "一级教师", "二级教师", "高级教师"]
    body = []
    for i, nm in enumerate(ppl):
        if v == "grid":
            body.append([str(i + 1), nm, units[i], ctx.pick(titles[:5] if med else titles[5:]), ""])
        else:
            body.append([str(i + 1), "", units[i], f"13{ctx.rng.randint(100000000, 999999999)}"])
    end = pg.table(18, top, wd, [hdr] + body, 10, ctx.body, 10.5, header_font=ctx.bold)
    sig_x = 18 + sum(wd[:4]) + wd[4] / 2 if v == "grid" else 18 + wd[0] + wd[1] / 2
    for i, nm in enumerate(ppl):
        hand(pg, ctx, sig_x + ctx.rng.uniform(-4, 4), top + 10.5 * (i + 1) + 2.2, nm, 13, "c")
    seal(pg, ctx, 160, end + 14, issuer, 17)
    return _sheet_doc(v, [pg], title, issuer, d, ppl)


def _sis_paired(ctx: Ctx, v: str) -> Doc:
    title, issuer = _sis_head(ctx, ctx.rng.random() < 0.5)
    d = ctx.date(2019, 2024)
    n = 2 * ctx.rng.randint(6, 9)
    ppl = ctx.names(n)
    pg = ink.portrait()
    y = ink.centre(pg, ctx, 22, f"“{title}”参会人员签到", ink.fits(title, ctx, 16, 150))
    y = rows(pg, ctx, 20, y + 2, [("组织单位", issuer), ("日　　期", day(d, ctx.style(["hz", "cn", "sp"])))],
             11, "：", 1.9)  # fmt: skip
    half = n // 2
    body = [[str(i + 1), ppl[i], str(i + half + 1), ppl[i + half]] for i in range(half)]
    pg.table(20, y + 4, [20, 65, 20, 65], [["编号", "签名", "编号", "签名"]] + body, 11, ctx.hand, 12,
             header_font=ctx.bold)  # fmt: skip
    return _sheet_doc(v, [pg], title, issuer, d, ppl)


def _sis_wide(ctx: Ctx, v: str) -> Doc:
    title, issuer = _sis_head(ctx, True)
    d = ctx.date(2019, 2024)
    ppl = ctx.names(ctx.rng.randint(7, 11))
    pg = ink.landscape()
    y = ink.centre(pg, ctx, 16, f"{title}学员签到册", 18)
    pg.text(20, y + 1, f"培训日期：{day(d, 'pad')}", 11, ctx.body)
    pg.text(277, y + 1, f"承办：{issuer}", 11, ctx.body, "r")
    rows_ = [["序号", "姓名", "性别", "科室", "上午签到", "下午签到", "备注"]]
    depts = ["内科", "外科", "儿科", "妇产科", "急诊科", "药剂科", "护理部", "检验科", "中医科"]
    for i, nm in enumerate(ppl):
        rows_.append([f"{i + 1:02d}", nm, ctx.pick(["男", "女"]), ctx.pick(depts), "", "", ""])
    top = y + 8
    pg.table(20, top, [18, 34, 16, 40, 58, 58, 33], rows_, 10.5, ctx.body, 11, header_font=ctx.bold)
    for i, nm in enumerate(ppl):
        for cx in (20 + 108 + 29, 20 + 166 + 29):
            if ctx.rng.random() < 0.85:
                hand(pg, ctx, cx, top + 11 * (i + 1) + 2.5, nm, 12, "c")
    return _sheet_doc(v, [pg], title, issuer, d, ppl)


def _sis_dept(ctx: Ctx, v: str) -> Doc:
    unit = ctx.hospital()
    dept = ctx.pick(["内一科", "外科", "护理部", "药剂科", "儿科", "妇产科", "急诊科"])
    topic = ctx.pick(MED_TOPICS)
    d = ctx.date(2019, 2024)
    ppl = ctx.names(ctx.rng.randint(6, 10))
    pg = ink.portrait()
    y = ink.centre(pg, ctx, 20, unit, 16, bold=False)
    y = ink.centre(pg, ctx, y, f"{dept}业务学习记录", 18)
    grid = [("学习时间", day(d, "cn")), ("学习地点", f"{dept}示教室"), ("学习内容", topic),
            ("参加人员签名", "")]  # fmt: skip
    top = y + 6
    for i, (lab, val) in enumerate(grid[:3]):
        pg.rect(20, top + i * 11, 190, top + (i + 1) * 11, 0.3)
        pg.line(55, top + i * 11, 55, top + (i + 1) * 11, 0.3)
        pg.text(23, top + i * 11 + 3, lab, 11, ctx.body)
        pg.text(58, top + i * 11 + 3, val, 11, ctx.body)
    yy = top + 33
    pg.rect(20, yy, 190, yy + 62, 0.3)
    pg.text(23, yy + 3, "参加人员签名：", 11, ctx.body)
    for i, nm in enumerate(ppl):
        hand(pg, ctx, 28 + (i % 4) * 40, yy + 14 + (i // 4) * 14, nm, 14)
    pg.text(23, yy + 70, "记录人：", 11, ctx.body)
    pg.text(140, yy + 70, f"{unit}{dept}", 11, ctx.body)
    f_title = topic
    sheet = _sheet_doc(v, [pg], f_title, unit, d, ppl)
    return sheet


def _sis_twopage(ctx: Ctx, v: str) -> Doc:
    title, issuer = _sis_head(ctx, ctx.rng.random() < 0.5)
    d = ctx.date(2019, 2024)
    ppl = ctx.names(ctx.rng.randint(20, 26))
    pages = []
    per = 15
    for p in range(2):
        pg = ink.portrait()
        chunk = ppl[p * per : (p + 1) * per]
        y = 18
        if p == 0:
            y = ink.centre(pg, ctx, y, title, ink.fits(title, ctx, 16, 180))
            y = ink.centre(pg, ctx, y, "签到表", 16)
            pg.text(18, y, f"{issuer}　　{day(d, 'dash')}", 11, ctx.body)
            y += 7
        else:
            pg.text(18, y, "（续表）", 11, ctx.body)
            y += 7
        body = [[str(p * per + i + 1), nm, ""] for i, nm in enumerate(chunk)]
        pg.table(
            18, y, [20, 60, 94], [["序号", "姓名", "签字"]] + body, 11, ctx.body, 10, header_font=ctx.bold
        )
        for i, nm in enumerate(chunk):
            hand(pg, ctx, 18 + 80 + 47, y + 10 * (i + 1) + 1.8, nm, 13, "c")
        pg.text(105, 285, f"第 {p + 1} 页 共 2 页", 9, ctx.body, "c")
        pages.append(pg)
    return _sheet_doc(v, pages, title, issuer, d, ppl)


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    return quals.qualification(ctx, ctx.variant("qual"))


def other(ctx: Ctx, k: int) -> Doc:
    return quals.other(ctx, ctx.variant("other"))


__all__ = ["training_certificate", "sign_in_sheet", "training_notice", "qualification_certificate", "other"]
