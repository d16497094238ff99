"""Training certificates of draw 27: award-style, app card, stub, unit hour proof, letter+proof, blank form, CME."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind27 import kit
from bench.blind27.pools import (
    GREY,
    INK,
    STYLES,
    Ctx,
    d_str,
    iso_month,
    m_str,
    mask_id,
    people,
    rnd_date,
    sector_of,
    workplace,
)

PUBLIC = ["数字政府建设与数据要素应用", "专业技术人员心理健康与压力调适", "黄河流域生态保护和高质量发展",
          "知识产权保护实务", "人工智能技术发展与伦理", "乡村振兴战略与县域经济", "科研诚信与学术规范",
          "法治政府建设专题", "碳达峰碳中和基础知识"]  # fmt: skip
PRO = {
    "med": ["急诊急救技能强化", "医院感染防控规范", "基层高血压糖尿病规范化管理", "临床合理用药", "护理质量与患者安全",
            "儿童常见病诊疗新进展", "中医适宜技术推广"],
    "edu": ["新课程标准下的大单元教学设计", "中小学心理健康教育", "信息技术与学科教学深度融合", "初中数学核心素养培育",
            "高中英语读写结合教学", "班主任工作能力提升"],
    "eng": ["装配式建筑施工与验收", "市政给排水工程设计规范", "BIM技术在工程管理中的应用", "特种设备安全管理",
            "小麦玉米绿色高产高效栽培技术", "智能制造与工业互联网"],
}  # fmt: skip
HOSTS = {
    "public": ["开封市专业技术人员继续教育基地", "开封大学继续教育学院", "开封市委党校", "河南省专业技术人员继续教育网络学院"],
    "med": ["开封市医学会", "河南省护理学会", "开封市卫生健康委员会", "开封市基层卫生协会"],
    "edu": ["开封市教育体育局", "开封市教育科学研究室", "河南大学教师教育学院", "开封市教师发展中心"],
    "eng": ["开封市土木建筑学会", "开封市住房和城乡建设局", "开封市农业农村局", "开封市科学技术协会"],
}  # fmt: skip


def _course(ctx: Ctx, sector: str, cat: str) -> tuple[str, str]:
    if cat == "public":
        return ctx.pick(PUBLIC), ctx.pick(HOSTS["public"])
    return ctx.pick(PRO[sector]), ctx.pick(HOSTS[sector])


def _span(ctx: Ctx) -> tuple[dt.date, dt.date]:
    a = rnd_date(ctx.rng, 2018, 2024)
    return a, a + dt.timedelta(days=ctx.rng.randint(1, 5))


def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("tc")
    return {"award": _award, "appcard": _appcard, "stub": _stub, "unitproof": _unitproof, "letter": _letter,
            "blankform": _blankform, "cme": _cme}[v](ctx, f"tc27-{v}")  # fmt: skip


def _setup(
    ctx: Ctx, cats: tuple[str, ...] = ("public", "pro", "none")
) -> tuple[str, str, str, str, str | None]:
    who = people(ctx.rng, 1)[0]
    unit = workplace(ctx.rng)
    sector = sector_of(unit)
    cat = ctx.pick(list(cats))
    title, host = _course(ctx, sector, "public" if cat == "public" else "pro")
    category = {"public": "public", "pro": "professional"}.get(cat)
    return who, unit, title, host, category


def _award(ctx: Ctx, layout: str) -> Doc:
    who, unit, title, host, category = _setup(ctx)
    a, b = _span(ctx)
    issued = b + dt.timedelta(days=ctx.rng.randint(0, 10))
    st = ctx.pick(STYLES)
    hours = ctx.rng.choice([8, 12, 16, 24, 30, 36])
    pg = kit.page()
    pg.rect(12, 12, 198, 285, 1.6, (160, 120, 50))
    pg.rect(16, 16, 194, 281, 0.3, (160, 120, 50))
    y = kit.centre(pg, ctx, 45, "结 业 证 书", 30)
    y += 20
    kind = {"public": "公需科目", "professional": "专业科目"}.get(category or "", "")
    body = (f"{who}同志于{d_str(a, st)}至{d_str(b, st)}参加{host}举办的“{title}”{kind}培训，"
            f"完成规定课程，计{hours}学时，考核合格，准予结业。")  # fmt: skip
    y = kit.para(pg, ctx, 30, y, 150, body, 15, 2.2)
    pg.text(30, y + 12, f"工作单位：{unit}", 12, ctx.body)
    pg.text(30, y + 22, f"证书编号：KF{a.year}{ctx.rng.randint(10000, 99999)}", 12, ctx.body)
    pg.text(150, 215, host, 14, ctx.body, "c")
    pg.text(150, 227, d_str(issued, st), 14, ctx.body, "c")
    kit.seal(pg, ctx, 150, 220, host)
    f = {"holder": who, "title": title, "issuer": host, "issued_on": issued.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": hours}  # fmt: skip
    sc = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    return kit.doc("training_certificate", layout, [pg], f, sc, who, a.year, category)


def _appcard(ctx: Ctx, layout: str) -> Doc:
    """A phone screenshot of an online platform's study certificate: a month-only study term."""
    who, unit, title, host, category = _setup(ctx, ("public", "pro"))
    host = ctx.pick(
        ["河南省专业技术人员继续教育网络学院", "开封市专业技术人员继续教育网络学院", "河南专技在线学习平台"]
    )
    year = ctx.rng.randint(2019, 2024)
    m0, m1 = ctx.rng.randint(1, 5), ctx.rng.randint(7, 12)
    st = ctx.pick(["ymd", "pad", "dot", "dash"])
    hours = ctx.rng.choice([20, 24, 26, 30, 40, 60])
    pg = kit.page(tint=(250, 250, 250))
    y = kit.status_bar(pg, ctx, f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59)}", "我的证书")
    pg.rect(12, y + 4, 198, 250, 0.4, (200, 160, 80), fill=(255, 252, 242))
    kit.centre(pg, ctx, y + 14, "继续教育学习证明", 22)
    kind = "公需科目" if category == "public" else "专业科目"
    rows = [("姓　　名", who), ("身份证号", mask_id(ctx.rng)), ("工作单位", unit), ("学习年度", f"{year}年度"),
            ("课程类别", kind), ("学习内容", title), ("学习时间", f"{m_str(year, m0, st)}—{m_str(year, m1, st)}"),
            ("获得学时", f"{hours}学时"), ("考核结果", "合格")]  # fmt: skip
    yy = y + 40
    for lab, val in rows:
        pg.text(24, yy, lab, 13, ctx.body, color=GREY)
        pg.text(62, yy, val, 13, ctx.body)
        pg.line(24, yy + 8, 186, yy + 8, 0.15, (220, 220, 220))
        yy += 13
    pg.text(186, yy + 14, host, 12, ctx.body, "r")
    kit.seal(pg, ctx, 160, yy + 16, host, 17)
    pg.rect(30, 262, 180, 276, 0, fill=(60, 120, 220))
    pg.text(105, 266, "保存证书到相册", 12, ctx.bold, "c", (255, 255, 255))
    f = {"holder": who, "title": title, "issuer": host,
         "period": {"start": iso_month(year, m0), "end": iso_month(year, m1)}, "hours_stated": hours}  # fmt: skip
    sc = ["holder", "title", "issuer", "period.start", "period.end", "hours_stated"]
    return kit.doc("training_certificate", layout, [pg], f, sc, who, year, category)


def _stub(ctx: Ctx, layout: str) -> Doc:
    """Landscape certificate with a left panel (photo, number) and the wording on the right."""
    who, unit, title, host, category = _setup(ctx)
    a, b = _span(ctx)
    issued = b
    st = ctx.pick(["cn", "cnO", "ymd", "pad"])
    hours = ctx.rng.choice([6, 10, 16, 18, 32])
    pg = kit.page(landscape=True)
    pg.rect(10, 10, 287, 200, 1.0, (40, 80, 140))
    pg.line(110, 18, 110, 192, 0.3, GREY)
    pg.rect(35, 40, 85, 105, 0.3, GREY)
    pg.text(60, 70, "照片", 12, ctx.body, "c", GREY)
    no = f"汴继教证字〔{a.year}〕第{ctx.rng.randint(100, 9999):04d}号"
    pg.text(60, 120, no, 10, ctx.body, "c")
    pg.text(60, 135, f"姓名：{who}", 12, ctx.body, "c")
    pg.text(198, 30, "培训合格证书", 28, ctx.bold, "c", (40, 80, 140))
    kind = {"public": "（公需科目）", "professional": "（专业科目）"}.get(category or "", "")
    s = (f"兹有{unit}{who}，于{d_str(a, ctx.pick(['ymd', 'pad']))}起至{d_str(b, ctx.pick(['ymd', 'pad']))}止，"
         f"参加{title}培训班{kind}学习，共{hours}学时，成绩合格，特发此证。")  # fmt: skip
    kit.para(pg, ctx, 125, 62, 150, s, 14, 2.2)
    pg.text(240, 158, host, 13, ctx.body, "c")
    pg.text(240, 170, d_str(issued, st), 13, ctx.body, "c")
    kit.seal(pg, ctx, 240, 162, host)
    f = {"holder": who, "title": title, "issuer": host, "issued_on": issued.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": hours}  # fmt: skip
    sc = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    return kit.doc("training_certificate", layout, [pg], f, sc, who, a.year, category)


def _unitproof(ctx: Ctx, layout: str) -> Doc:
    """A unit's 学时证明 with a table of sessions and a total."""
    who, unit, title, host, category = _setup(ctx, ("pro", "none"))
    host = unit
    a, b = _span(ctx)
    b = a + dt.timedelta(days=ctx.rng.randint(20, 120))
    st = ctx.pick(["pad", "dot", "dash", "ymd"])
    n = ctx.rng.randint(3, 5)
    hs = [ctx.rng.choice([2, 3, 4]) for _ in range(n)]
    total = sum(hs)
    pg = kit.page()
    y = kit.centre(pg, ctx, 30, "继续教育学时证明", 22)
    kind = "专业科目" if category == "professional" else ""
    body = (f"兹证明{who}同志（身份证号：{mask_id(ctx.rng)}）于{d_str(a, st)}至{d_str(b, st)}参加我单位组织的"
            f"“{title}”{kind}系列培训，具体情况如下：")  # fmt: skip
    y = kit.para(pg, ctx, 22, y + 8, 166, body, 12.5)
    days = sorted({a + dt.timedelta(days=ctx.rng.randint(0, (b - a).days)) for _ in range(n)})
    while len(days) < n:
        days.append(days[-1] + dt.timedelta(days=1))
    days[0], days[-1] = a, b
    days = sorted(days)
    subs = ["理论讲授", "案例研讨", "实操演练", "专题讲座", "考核测试"]
    rows = [["序号", "日期", "内容", "学时"]]
    rows += [[str(i + 1), d_str(days[i], "dash"), f"{title}·{subs[i]}", str(hs[i])] for i in range(n)]
    rows.append(["合计", "", "", f"{total}学时"])
    y = pg.table(22, y + 4, [16, 34, 90, 26], rows, 10.5, ctx.body, row_h=10)
    y = kit.para(pg, ctx, 22, y + 8, 166, f"以上共计{total}学时，情况属实，特此证明。", 12.5)
    issued = b + dt.timedelta(days=ctx.rng.randint(1, 20))
    pg.text(150, y + 20, unit, 13, ctx.body, "c")
    pg.text(150, y + 32, d_str(issued, st), 13, ctx.body, "c")
    kit.seal(pg, ctx, 150, y + 25, unit)
    f = {"holder": who, "title": title, "issuer": host, "issued_on": issued.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": total}  # fmt: skip
    sc = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    return kit.doc("training_certificate", layout, [pg], f, sc, who, a.year, category)


def _letter(ctx: Ctx, layout: str) -> Doc:
    """Two pages: the employer's cover letter to the title office, then the certificate photocopy."""
    who, unit, title, host, category = _setup(ctx)
    a, b = _span(ctx)
    st = ctx.pick(["ymd", "cn", "dot"])
    hours = ctx.rng.choice([12, 16, 20, 24])
    issued = b + dt.timedelta(days=ctx.rng.randint(0, 5))
    p1 = kit.page()
    y = kit.centre(p1, ctx, 32, "情 况 说 明", 20)
    p1.text(22, y + 8, "开封市职称改革工作领导小组办公室：", 13, ctx.body)
    s = (f"我单位{who}同志参加了{host}组织的继续教育培训，取得相应证书（复印件附后），"
         "原件已核验无误。现将该证书作为其本年度继续教育学时证明材料报上，请予审核。")  # fmt: skip
    y = kit.para(p1, ctx, 22, y + 20, 166, s, 13, 2.0)
    p1.text(22, y + 6, "附件：培训证书复印件1份", 12, ctx.body)
    p1.text(165, y + 30, unit, 13, ctx.body, "c")
    p1.text(
        165, y + 42, d_str(issued + dt.timedelta(days=ctx.rng.randint(30, 200)), "ymd"), 13, ctx.body, "c"
    )
    kit.seal(p1, ctx, 165, y + 35, unit)
    p2 = kit.page(tint=(244, 244, 240))
    p2.rect(20, 30, 190, 160, 0.6)
    kit.centre(p2, ctx, 40, "培 训 证 书", 22)
    kind = {"public": "公需科目", "professional": "专业科目"}.get(category or "", "继续教育")
    p2.text(30, 62, f"学员：{who}", 13, ctx.body)
    p2.text(30, 74, f"培训项目：{title}", 13, ctx.body)
    p2.text(30, 86, f"类别：{kind}", 13, ctx.body)
    p2.text(30, 98, f"培训日期：{d_str(a, st)}—{d_str(b, st)}", 13, ctx.body)
    p2.text(30, 110, f"学时：{hours}", 13, ctx.body)
    p2.text(150, 130, host, 12, ctx.body, "c")
    p2.text(150, 141, d_str(issued, st), 12, ctx.body, "c")
    kit.seal(p2, ctx, 150, 134, host, 16)
    p2.text(105, 170, "（复印件，与原件一致）", 11, ctx.hand, "c", INK)
    f = {"holder": who, "title": title, "issuer": host, "issued_on": issued.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": hours}  # fmt: skip
    sc = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    return kit.doc("training_certificate", layout, [p1, p2], f, sc, who, a.year, category)


def _blankform(ctx: Ctx, layout: str) -> Doc:
    """A pre-printed certificate whose name, course, dates and hours are filled in by hand."""
    who, unit, title, host, category = _setup(ctx, ("public", "none"))
    a, b = _span(ctx)
    hours = ctx.rng.choice([4, 6, 8, 12])
    pg = kit.page()
    pg.rect(14, 14, 196, 200, 0.8, (30, 100, 60))
    kit.centre(pg, ctx, 30, "继续教育培训证明", 22, color=(30, 100, 60))
    y = 60.0
    x = kit.fill_line(pg, ctx, 24, y, "", who, 34, 14)
    pg.text(x, y, "同志：", 14, ctx.body)
    y += 16
    x = kit.fill_line(pg, ctx, 24, y, "于", f"{a.year}年{a.month}月{a.day}日", 44, 14)
    x = kit.fill_line(pg, ctx, x, y, "至", f"{b.year}年{b.month}月{b.day}日", 44, 14)
    y += 16
    x = kit.fill_line(pg, ctx, 24, y, "参加", title, 110, 14)
    y += 16
    if category == "public":
        pg.text(24, y, "公需科目面授培训，", 14, ctx.body)
        y += 16
    x = kit.fill_line(pg, ctx, 24, y, "共计", str(hours), 20, 14)
    pg.text(x, y, "学时，经考核合格。", 14, ctx.body)
    pg.text(24, y + 16, "特此证明。", 14, ctx.body)
    pg.text(150, 160, host, 13, ctx.body, "c")
    kit.hand(pg, ctx, 150, 172, f"{b.year}年{b.month}月{b.day}日", 14, "c")
    kit.seal(pg, ctx, 150, 163, host)
    f = {"holder": who, "title": title, "issuer": host, "issued_on": b.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": hours}  # fmt: skip
    sc = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    return kit.doc("training_certificate", layout, [pg], f, sc, who, a.year, category)


def _cme(ctx: Ctx, layout: str) -> Doc:
    """A medical continuing-education credit certificate: credits (学分), not hours; month-only issue."""
    who = people(ctx.rng, 1)[0]
    unit = workplace(ctx.rng, "med")
    title = ctx.pick(PRO["med"]) + ctx.pick(["学习班", "研讨会", "培训班"])
    host = ctx.pick(["河南省继续医学教育委员会", "开封市继续医学教育委员会"])
    a, b = _span(ctx)
    st = ctx.pick(["pad", "ymd", "dot"])
    pg = kit.page(landscape=True, tint=(252, 250, 244))
    pg.rect(12, 12, 285, 198, 1.2, (150, 40, 40))
    kit.centre(pg, ctx, 26, "继续医学教育学分证书", 26, color=(150, 40, 40))
    rows = [("姓名", who), ("单位", unit), ("项目名称", title), ("项目编号", f"2{a.year % 100:02d}-{ctx.rng.randint(10, 99)}-{ctx.rng.randint(1, 40):02d}-{ctx.rng.randint(100, 999)}"),
            ("举办日期", f"{d_str(a, st)}～{d_str(b, st)}"), ("学分类别", ctx.pick(["Ⅰ类", "Ⅱ类"])),
            ("授予学分", f"{ctx.rng.randint(2, 10)}分")]  # fmt: skip
    y = 56.0
    for lab, val in rows:
        pg.text(50, y, lab + "：", 14, ctx.body)
        pg.text(95, y, val, 14, ctx.body)
        y += 14
    issued = (b.year, b.month)
    pg.text(230, 165, host, 13, ctx.body, "c")
    pg.text(230, 177, m_str(*issued, st), 13, ctx.body, "c")
    kit.seal(pg, ctx, 230, 168, host)
    f = {"holder": who, "title": title, "issuer": host, "issued_on": iso_month(*issued),
         "period": {"start": a.isoformat(), "end": b.isoformat()}}  # fmt: skip
    sc = ["holder", "title", "issuer", "issued_on", "period.start", "period.end"]
    return kit.doc("training_certificate", layout, [pg], f, sc, who, a.year, None)
