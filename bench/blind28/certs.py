"""Draw 28 training proofs: course certificates, sign-in sheets and notices (qualifications and others in quals)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind28 import pools as P
from bench.blind28.pools import Ctx, make
from bench.blind28.quals import other, qualification_certificate
from bench.generator.truth import person

__all__ = ["training_certificate", "sign_in_sheet", "training_notice", "qualification_certificate", "other"]

HOURS = [8, 12, 16, 20, 24, 30, 32, 40, 48, 56, 60]


def _period(
    ctx: Ctx, y0: int = 2019, y1: int = 2024, days: tuple[int, int] = (1, 6)
) -> tuple[dt.date, dt.date]:
    a = P.a_date(ctx.rng, y0, y1)
    return a, P.later(a, days[0], days[1], ctx.rng)


def _tc_fields(holder: str, title: str, issuer: str, issued, start, end, hours) -> dict:  # noqa: ANN001
    period = {"start": start, "end": end} if start or end else None
    return {"holder": holder, "title": title, "issuer": issuer, "issued_on": issued, "period": period,
            "hours_stated": hours}  # fmt: skip


# ======================================================================================================
# training_certificate
# ======================================================================================================
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("cert")
    return {"platform": _tc_platform, "bilingual": _tc_bilingual, "landscape": _tc_landscape, "screen": _tc_screen,
            "handfill": _tc_handfill, "letter": _tc_letter, "transcript": _tc_transcript,
            "booklet": _tc_booklet}[v](ctx, v)  # fmt: skip


def _tc_platform(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    who = P.People(r).one()
    a = P.a_date(r, 2019, 2024)
    a = dt.date(a.year, r.randint(1, 4), r.randint(1, 28))
    b = dt.date(a.year, r.randint(9, 11), r.randint(1, 28))
    issued = P.later(b, 3, 30, r)
    style = ctx.pick(["nian", "nian0", "dot", "iso"])
    platform = ctx.pick(P.PLATFORMS)
    title = f"{a.year}年度专业技术人员公需科目网络培训"
    courses = r.sample(P.PUBLIC, r.randint(2, 4))
    per = [ctx.pick([6, 8, 10]) for _ in courses]
    hours = sum(per)
    pg = Page()
    pg.rect(0, 0, 210, 24, 0, fill=(22, 92, 160))
    pg.text(14, 8, platform, 14, ctx.bold, "l", (255, 255, 255))
    y = P.centre(pg, ctx, 38, "继续教育学时证明", 24)
    y += 6
    pairs = [("姓    名", who), ("身份证号", P.masked_id(r)), ("工作单位", P.workplace(r)), ("培训项目", title),
             ("学习时间", f"{ctx.show('period.start', P.day(a, style))} 至 {ctx.show('period.end', P.day(b, style))}")]  # fmt: skip
    ctx.show("title", title)
    for lab, val in pairs:
        pg.text(22, y, f"{lab}：", 12, ctx.body)
        pg.text(50, y, val, 12, ctx.body)
        y += 9
    rows = [["序号", "课程名称", "课程类别", "学时", "考核"]]
    for i, (c, h) in enumerate(zip(courses, per, strict=True)):
        rows.append([str(i + 1), c, "公需科目", str(h), "合格"])
    rows.append(["", "合计", "", str(hours), ""])
    y = pg.table(20, y + 4, [14, 84, 30, 20, 22], rows, 10.5, ctx.body, 9.5, header_font=ctx.bold)
    ctx.show("hours_stated", f"{hours}", hours)
    pg.text(22, y + 5, f"累计获得学时：{hours}学时", 12, ctx.body)
    y += 16
    P.para(pg, ctx, 22, y, 166, f"经审核，该学员已完成{a.year}年度公需科目学习任务，成绩合格，特此证明。", 12)
    P.qr(pg, 24, 232, 28, r)
    pg.text(24, 262, "扫码核验证书真伪", 8.5, ctx.body, "l", P.GREY)
    pg.text(150, 236, ctx.show("issuer", platform), 11, ctx.body, "c")
    pg.text(150, 246, ctx.show("issued_on", P.day(issued, style)), 11, ctx.body, "c")
    pg.seal(150, 240, 19, platform[:14], r.randint(0, 9999))
    pg.text(22, 280, f"证书编号：JX{a.year}{P.serial(r, 9)}", 9, ctx.body, "l", P.GREY)
    f = _tc_fields(who, title, platform, issued.isoformat(), a.isoformat(), b.isoformat(), hours)
    return make(
        ctx, "training_certificate", "cert", v, [pg], f, _all_tc(), {"person": who, "year": a.year}, "public"
    )


def _all_tc() -> list[str]:
    return ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]


def _tc_bilingual(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    who = P.People(r).one()
    a, b = _period(ctx)
    issuer = ctx.pick(P.TRAIN_ORGS)
    title = P.course(r) + ctx.pick(["高级研修班", "培训班", "专题培训"])
    hours = ctx.pick(HOURS)
    style = ctx.pick(["nian", "han", "dot"])
    pg = Page(bg=(253, 250, 240))
    pg.rect(9, 9, 201, 288, 1.5, (30, 70, 120))
    pg.rect(13, 13, 197, 284, 0.4, (30, 70, 120))
    y = P.centre(pg, ctx, 36, "结 业 证 书", 30)
    y = P.centre(pg, ctx, y, "CERTIFICATE OF COMPLETION", 15, False, (30, 70, 120))
    pg.text(186, y + 2, f"No. {P.serial(r, 8)}", 9.5, ctx.body, "r")
    y += 16
    P.ink(pg, ctx, 30, y, who, 18)
    pg.text(30 + width_mm(who, ctx.hand, 18) + 3, y + 2, "同志：", 13, ctx.body)
    s1 = ctx.show("period.start", P.day(a, style))
    s2 = ctx.show("period.end", P.day(b, style))
    y = P.para(pg, ctx, 30, y + 12, 150, f"于{s1}至{s2}参加由{ctx.show('issuer', issuer)}举办的“{ctx.show('title', title)}”，"
               f"完成规定课程共计{ctx.show('hours_stated', str(hours), hours)}学时，经考核合格，准予结业。", 13, 1.9)  # fmt: skip
    y += 8
    eng = (f"This is to certify that the holder attended the training programme held from {a:%B} {a.day}, {a.year} "
           f"to {b:%B} {b.day}, {b.year}, completed {hours} credit hours of the required curriculum and passed the assessment.")  # fmt: skip
    y = pg.wrap(30, y, 150, eng, 10.5, ctx.body, 1.6)
    iss = P.later(b, 0, 5, r)
    pg.text(140, 228, issuer, 12, ctx.body, "c")
    pg.text(140, 238, ctx.show("issued_on", P.day(iss, style)), 12, ctx.body, "c")
    pg.text(140, 247, f"Issued on {iss:%d %b %Y}", 9.5, ctx.body, "c", P.GREY)
    pg.seal(140, 232, 19, issuer[:14], r.randint(0, 9999))
    f = _tc_fields(who, title, issuer, iss.isoformat(), a.isoformat(), b.isoformat(), hours)
    return make(ctx, "training_certificate", "cert", v, [pg], f, _all_tc(), {"person": who, "year": a.year})


def _tc_landscape(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    who = P.People(r).one()
    a, b = _period(ctx, days=(0, 3))
    issuer = ctx.pick(P.TRAIN_ORGS)
    fld = P.field_of(r)
    title = P.course(r, fld) + "培训"
    hours = ctx.pick(HOURS[:6])
    cat = ctx.pick([None, "professional"])
    style = ctx.pick(["han", "han_o"])
    pg = Page(297, 210)
    pg.rect(8, 8, 289, 202, 3, (160, 40, 40))
    pg.rect(13, 13, 284, 197, 0.6, (160, 40, 40))
    pg.text(148.5, 30, P.spaced("培训证书", "  "), 32, ctx.bold, "c", (160, 30, 30))
    pg.text(268, 22, f"编号：{a.year}-{P.serial(r, 4)}", 10, ctx.body, "r")
    y = 58
    pg.text(40, y, ctx.show("holder", who), 16, ctx.bold)
    pg.text(40 + width_mm(who, ctx.bold, 16) + 2, y + 1, "同志：", 14, ctx.body)
    body = (f"于{ctx.show('period.start', P.day(a, style))}至{ctx.show('period.end', P.day(b, style))}参加了"
            f"“{ctx.show('title', title)}”，完成全部培训内容，考核合格，计{ctx.show('hours_stated', str(hours), hours)}学时。"
            "特发此证。")  # fmt: skip
    y = P.para(pg, ctx, 40, y + 14, 215, body, 15, 2.0)
    if cat:
        pg.text(40, y + 4, "科目类别：专业科目", 13, ctx.body)
    iss = b
    pg.text(225, 158, ctx.show("issuer", issuer), 14, ctx.body, "c")
    pg.text(225, 170, ctx.show("issued_on", P.day(iss, style)), 14, ctx.body, "c")
    pg.seal(218, 160, 21, issuer[:14], r.randint(0, 9999))
    f = _tc_fields(who, title, issuer, iss.isoformat(), a.isoformat(), b.isoformat(), hours)
    return make(
        ctx, "training_certificate", "cert", v, [pg], f, _all_tc(), {"person": who, "year": a.year}, cat
    )


def _tc_screen(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    who = P.People(r).one()
    y0 = r.randint(2020, 2024)
    m0 = r.randint(1, 6)
    m1 = m0 + r.randint(1, 5)
    platform = ctx.pick(P.PLATFORMS)
    cat = ctx.pick(["public", "professional", None])
    title = ctx.pick(P.PUBLIC) if cat == "public" else P.course(r)
    hours = ctx.pick([6, 10, 12, 16, 20, 30])
    style = ctx.pick(["nian", "nian0", "iso", "dot"])
    pg = Page(78, 168, bg=(242, 243, 245))
    pg.text(6, 3, f"{r.randint(8, 21)}:{r.randint(10, 59)}", 8, ctx.body)
    pg.text(72, 3, "5G  86%", 7, ctx.body, "r")
    pg.rect(0, 9, 78, 20, 0, fill=(255, 255, 255))
    pg.text(39, 12, "证书详情", 10, ctx.bold, "c")
    pg.text(5, 12, "<", 10, ctx.body)
    pg.rect(4, 24, 74, 108, 0, fill=(255, 255, 255))
    pg.rect(4, 24, 74, 44, 0, fill=(214, 60, 50))
    pg.text(39, 28, "电子学习证书", 12, ctx.bold, "c", (255, 255, 255))
    pg.text(
        39,
        36,
        P.fits(platform, ctx.body, 7.5, 66) and platform,
        P.fits(platform, ctx.body, 7.5, 66),
        ctx.body,
        "c",
        (255, 240, 230),
    )
    y = 49
    rows = [("学员姓名", who), ("课程名称", title),
            ("学习时段", f"{ctx.show('period.start', P.month(y0, m0, style), f'{y0}-{m0:02d}')}—"
                         f"{ctx.show('period.end', P.month(y0, m1, style), f'{y0}-{m1:02d}')}"),
            ("获得学时", f"{ctx.show('hours_stated', str(hours), hours)}学时")]  # fmt: skip
    if cat:
        rows.insert(2, ("课程类型", "公需课" if cat == "public" else "专业课"))
    ctx.show("title", title)
    for lab, val in rows:
        pg.text(8, y, lab, 8, ctx.body, "l", P.GREY)
        sz = P.fits(val, ctx.body, 8.5, 44)
        if width_mm(val, ctx.body, 8.5) > 44 and sz < 7.5:
            y = pg.wrap(26, y, 44, val, 8, ctx.body, 1.4) - 4.5
        else:
            pg.text(26, y, val, sz, ctx.body)
        y += 8
    iss_m = m1 if m1 <= 12 else 12
    pg.text(8, y, "发证时间", 8, ctx.body, "l", P.GREY)
    pg.text(26, y, ctx.show("issued_on", P.month(y0, iss_m, style), f"{y0}-{iss_m:02d}"), 8.5, ctx.body)
    pg.text(8, y + 8, "发证机构", 8, ctx.body, "l", P.GREY)
    pg.text(26, y + 8, ctx.show("issuer", platform), P.fits(platform, ctx.body, 8.5, 46), ctx.body)
    pg.seal(58, 96, 10, platform[:12], r.randint(0, 9999))
    pg.rect(4, 114, 74, 160, 0, fill=(255, 255, 255))
    P.qr(pg, 26, 118, 26, r)
    pg.text(39, 148, "长按识别二维码查验", 7, ctx.body, "c", P.GREY)
    pg.rect(8, 152, 70, 159, 0, fill=(36, 120, 220))
    pg.text(39, 153.5, "保存证书到相册", 7.5, ctx.body, "c", (255, 255, 255))
    f = _tc_fields(who, title, platform, f"{y0}-{iss_m:02d}", f"{y0}-{m0:02d}", f"{y0}-{m1:02d}", hours)
    return make(ctx, "training_certificate", "cert", v, [pg], f, _all_tc(), {"person": who, "year": y0}, cat)


def _tc_handfill(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    who = P.People(r).one()
    a, b = _period(ctx, days=(1, 4))
    issuer = ctx.pick(P.TRAIN_ORGS)
    title = P.course(r)
    hours = ctx.pick(HOURS[:7])
    style = ctx.pick(["dot1", "nian", "slash"])
    pg = Page()
    y = P.centre(pg, ctx, 30, "专业技术人员继续教育", 18)
    y = P.centre(pg, ctx, y + 1, "培 训 合 格 证", 28)
    pg.text(180, y + 2, f"No.{P.serial(r, 6)}", 10, ctx.body, "r", P.RED)
    y += 20
    items = [("姓名", who, 18), ("性别", P.gender(r), 15), ("工作单位", P.workplace(r), 13),
             ("培训内容", ctx.show("title", title), 13),
             ("培训时间", f"{ctx.show('period.start', P.day(a, style))} — {ctx.show('period.end', P.day(b, style))}", 14),
             ("学时", ctx.show("hours_stated", str(hours), hours), 16)]  # fmt: skip
    for lab, val, sz in items:
        pg.text(28, y, f"{lab}：", 13, ctx.body)
        P.blank(pg, 58, 184, y + 7)
        P.ink(pg, ctx, 62, y - 1.5, val, P.fits(val, ctx.hand, sz, 120))
        y += 15
    y = P.para(pg, ctx, 28, y + 6, 154, "该同志参加上述培训，经考核成绩合格，特发此证。", 13)
    pg.text(145, 228, ctx.show("issuer", issuer), 13, ctx.body, "c")
    pg.text(145, 240, "年    月    日", 13, ctx.body, "c")
    iss = P.later(b, 0, 3, r)
    P.ink(pg, ctx, 145, 237.5, ctx.show("issued_on", P.day(iss, style)), 14, "c")
    pg.seal(140, 236, 21, issuer[:14], r.randint(0, 9999))
    f = _tc_fields(who, title, issuer, iss.isoformat(), a.isoformat(), b.isoformat(), hours)
    return make(ctx, "training_certificate", "cert", v, [pg], f, _all_tc(), {"person": who, "year": a.year})


def _tc_letter(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    who = P.People(r).one()
    a, b = _period(ctx, days=(2, 9))
    issuer = ctx.pick(P.TRAIN_ORGS)
    title = P.course(r) + ctx.pick(["研修班", "培训班", "专题研修"])
    hours = ctx.pick([24, 32, 40, 48, 56])
    style = ctx.pick(["nian0", "nian", "gap"])
    pg = Page()
    y = P.centre(pg, ctx, 40, "培训学时证明", 22)
    y += 14
    body = (f"兹证明{ctx.show('holder', who)}同志（工作单位：{P.workplace(r)}）于{ctx.show('period.start', P.day(a, style))}至"
            f"{ctx.show('period.end', P.day(b, style))}参加了我单位组织的“{ctx.show('title', title)}”，"
            f"该培训属专业科目，共计{ctx.show('hours_stated', str(hours), hours)}学时，该同志全程参加，考勤合格。")  # fmt: skip
    y = P.para(pg, ctx, 24, y, 162, body, 14, 2.0)
    y = P.para(pg, ctx, 24, y + 4, 162, "特此证明。", 14)
    y += 30
    iss = P.later(b, 1, 12, r)
    pg.text(150, y, ctx.show("issuer", issuer), 14, ctx.body, "c")
    pg.text(150, y + 12, ctx.show("issued_on", P.day(iss, style)), 14, ctx.body, "c")
    pg.seal(150, y + 4, 20, issuer[:14], r.randint(0, 9999))
    pg.text(
        24,
        y + 40,
        f"联系人：{P.People(r).one()}    联系电话：0535-{P.serial(r, 7)}",
        11,
        ctx.body,
        "l",
        P.GREY,
    )
    f = _tc_fields(who, title, issuer, iss.isoformat(), a.isoformat(), b.isoformat(), hours)
    return make(
        ctx,
        "training_certificate",
        "cert",
        v,
        [pg],
        f,
        _all_tc(),
        {"person": who, "year": a.year},
        "professional",
    )


def _tc_transcript(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    who = P.People(r).one()
    a, b = _period(ctx, days=(20, 80))
    issuer = ctx.pick(P.TRAIN_ORGS[:9])
    fld = P.field_of(r)
    cat = ctx.pick(["public", "professional", None])
    title = f"{a.year}年度{P.course(r, fld)}网络研修" if cat != "public" else f"{a.year}年度公需课在线学习"
    style = ctx.pick(["dot", "iso", "nian0"])
    mods = r.sample(P.TOPICS[fld] if cat != "public" else P.PUBLIC, 4)
    per = [ctx.pick([4, 6, 8]) for _ in mods]
    hours = sum(per)
    p1 = Page()
    p1.rect(15, 15, 195, 282, 0.8, (120, 90, 40))
    y = P.centre(p1, ctx, 50, "合 格 证 书", 30)
    y += 20
    p1.text(105, y, ctx.show("holder", who), 20, ctx.hand, "c", P.INK)
    y += 18
    y = P.para(p1, ctx, 32, y, 146, f"参加“{ctx.show('title', title)}”学习，学习时间{ctx.show('period.start', P.day(a, style))}至"
               f"{ctx.show('period.end', P.day(b, style))}，修满{ctx.show('hours_stated', str(hours), hours)}学时，成绩合格。"
               "学习记录见附页。", 14, 2.0)  # fmt: skip
    iss = P.later(b, 1, 10, r)
    p1.text(140, 222, ctx.show("issuer", issuer), 13, ctx.body, "c")
    p1.text(140, 233, ctx.show("issued_on", P.day(iss, style)), 13, ctx.body, "c")
    p1.seal(140, 226, 20, issuer[:14], r.randint(0, 9999))
    p2 = Page()
    y = P.centre(p2, ctx, 24, "附页：学习记录", 16)
    p2.text(20, y + 4, f"学员：{who}", 11, ctx.body)
    rows = [["序号", "课程", "类别", "学时", "完成日期"]]
    day_i = a
    for i, (m, h) in enumerate(zip(mods, per, strict=True)):
        day_i = min(P.later(day_i, 3, 15, r), b)
        kind = {"public": "公需课", "professional": "专业课", None: "必修"}[cat]
        rows.append([str(i + 1), m, kind, str(h), P.day(day_i, "dot")])
    rows.append(["", "合计", "", str(hours), ""])
    p2.table(18, y + 14, [14, 80, 24, 18, 38], rows, 10, ctx.body, 10, header_font=ctx.bold)
    p2.text(105, 285, "第 2 页", 9, ctx.body, "c", P.GREY)
    f = _tc_fields(who, title, issuer, iss.isoformat(), a.isoformat(), b.isoformat(), hours)
    return make(
        ctx, "training_certificate", "cert", v, [p1, p2], f, _all_tc(), {"person": who, "year": a.year}, cat
    )


def _tc_booklet(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    who = P.People(r).one()
    a, b = _period(ctx, days=(3, 20))
    issuer = ctx.pick(P.TRAIN_ORGS)
    title = P.course(r) + "培训班"
    hours = ctx.pick(HOURS)
    style = ctx.pick(["han", "nian"])
    pg = Page(297, 210, bg=(250, 244, 232))
    pg.line(148.5, 10, 148.5, 200, 0.5, (200, 180, 150))
    P.photo_box(pg, 56, 40, 32, 42)
    pg.text(72, 90, "（照片）", 9, ctx.body, "c", P.GREY)
    pg.seal(88, 80, 13, issuer[:12], r.randint(0, 9999))
    pg.text(30, 112, f"证书编号：{a.year % 100:02d}{P.serial(r, 7)}", 11, ctx.body)
    pg.text(
        30,
        124,
        f"发证单位：{ctx.show('issuer', issuer)}",
        P.fits("发证单位：" + issuer, ctx.body, 11, 110),
        ctx.body,
    )
    iss = P.later(b, 0, 4, r)
    pg.text(30, 136, f"发证日期：{ctx.show('issued_on', P.day(iss, style))}", 11, ctx.body)
    pg.seal(92, 128, 19, issuer[:14], r.randint(0, 9999))
    y = 40
    P.ink(pg, ctx, 168, y, ctx.show("holder", who), 17)
    pg.text(168 + width_mm(who, ctx.hand, 17) + 2, y + 2, "同志：", 13, ctx.body)
    y = P.para(pg, ctx, 168, y + 14, 106, f"于{ctx.show('period.start', P.day(a, style))}至{ctx.show('period.end', P.day(b, style))}"
               f"参加{ctx.show('title', title)}学习，完成{ctx.show('hours_stated', str(hours), hours)}学时，成绩合格。", 13, 2.0)  # fmt: skip
    pg.text(168, y + 12, "特发此证。", 13, ctx.body)
    f = _tc_fields(who, title, issuer, iss.isoformat(), a.isoformat(), b.isoformat(), hours)
    return make(ctx, "training_certificate", "cert", v, [pg], f, _all_tc(), {"person": who, "year": a.year})


# ======================================================================================================
# sign_in_sheet
# ======================================================================================================
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("signin")
    r = ctx.rng
    ppl = P.People(r)
    n = {"grid": r.randint(8, 14), "twinblock": r.randint(16, 26), "typed": r.randint(8, 14),
         "continued": r.randint(22, 30), "export": r.randint(9, 15), "handonly": r.randint(7, 12),
         "landscape": r.randint(8, 12)}[v]  # fmt: skip
    names = ppl.many(n)
    units = [P.workplace(r) for _ in names]
    fld = P.field_of(r)
    title = P.course(r, fld) + ctx.pick(["培训班", "专题讲座", "学术报告会", "技术培训会", "研修班"])
    issuer = ctx.pick(P.TRAIN_ORGS)
    d = P.a_date(r, 2019, 2024)
    style = ctx.pick(P.STYLES)
    builder = {"grid": _si_grid, "twinblock": _si_twin, "typed": _si_typed, "continued": _si_continued,
               "export": _si_export, "handonly": _si_handonly, "landscape": _si_landscape}[v]  # fmt: skip
    pages = builder(ctx, names, units, title, issuer, d, style)
    claim = r.choice(names)
    f = {"holder": None, "people": [person(nm, i + 1, "attendee") for i, nm in enumerate(names)], "title": title,
         "issuer": issuer, "issued_on": None, "period": {"start": d.isoformat(), "end": d.isoformat()}}  # fmt: skip
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    return make(ctx, "sign_in_sheet", "signin", v, pages, f, scored, {"person": claim, "year": d.year})


def _si_head(
    pg: Page, ctx: Ctx, title: str, issuer: str, d: dt.date, style: str, y: float, suffix: str = "签到表"
) -> float:
    y = P.centre(pg, ctx, y, ctx.show("title", title), P.fits(title + suffix, ctx.bold, 18, pg.w - 30))
    y = P.centre(pg, ctx, y - 1, suffix, 16)
    pg.text(20, y + 2, f"主办单位：{ctx.show('issuer', issuer)}", 11, ctx.body)
    ds = ctx.show("period.start", P.day(d, style))
    ctx.show("period.end", ds)
    pg.text(pg.w - 20, y + 2, f"时间：{ds}", 11, ctx.body, "r")
    return y + 11


def _sig(pg: Page, ctx: Ctx, x: float, y: float, name: str, w: float, h: float) -> None:
    sz = min(15, h * 1.6)
    P.ink(pg, ctx, x + w / 2, y + (h - sz * 0.3528) / 2 - 0.5, name, P.fits(name, ctx.hand, sz, w - 2), "c")


def _si_grid(ctx, names, units, title, issuer, d, style):  # noqa: ANN001, ANN202
    pg = Page()
    y = _si_head(pg, ctx, title, issuer, d, style, 22)
    pg.text(
        20,
        y,
        f"地点：{ctx.pick(['德州市', '烟台市'])}{ctx.pick(['会议中心三楼报告厅', '职工培训中心', '学术报告厅'])}",
        11,
        ctx.body,
    )
    y += 8
    rows = [["序号", "姓名", "工作单位", "职称", "签名"]]
    rows += [
        [
            str(i + 1),
            "",
            u,
            ctx.pick(["工程师", "农艺师", "主治医师", "一级教师", "高级农艺师", "助理工程师"]),
            "",
        ]
        for i, u in enumerate(units)
    ]
    rh = 11
    pg.table(16, y, [14, 30, 70, 28, 36], rows, 10, ctx.body, rh, header_font=ctx.bold)
    for i, nm in enumerate(names):
        _sig(pg, ctx, 30, y + rh * (i + 1), nm, 30, rh)
        _sig(pg, ctx, 158, y + rh * (i + 1), nm, 36, rh)
    return [pg]


def _si_twin(ctx, names, units, title, issuer, d, style):  # noqa: ANN001, ANN202
    pg = Page()
    y = _si_head(pg, ctx, title, issuer, d, style, 20, "参会人员签到")
    half = (len(names) + 1) // 2
    rh = 9.5
    for blk, x in ((0, 14), (1, 108)):
        part = names[blk * half : (blk + 1) * half]
        rows = [["序号", "姓名", "签到时间"]] + [[str(blk * half + i + 1), "", ""] for i in range(len(part))]
        pg.table(x, y, [14, 46, 28], rows, 10, ctx.body, rh, header_font=ctx.bold)
        for i, nm in enumerate(part):
            _sig(pg, ctx, x + 14, y + rh * (i + 1), nm, 46, rh)
            P.ink(
                pg,
                ctx,
                x + 74,
                y + rh * (i + 1) + 1.5,
                f"{ctx.rng.randint(7, 8)}:{ctx.rng.randint(10, 59)}",
                10,
                "c",
            )
    return [pg]


def _si_typed(ctx, names, units, title, issuer, d, style):  # noqa: ANN001, ANN202
    pg = Page()
    pg.text(20, 16, issuer, 10, ctx.body, "l", P.GREY)
    y = _si_head(pg, ctx, title, issuer, d, style, 26, "签到表")
    rows = [["序号", "姓名", "单位", "联系电话", "本人签字"]]
    rows += [
        [str(i + 1), nm, u, f"1{ctx.rng.choice('358')}{P.serial(ctx.rng, 1)}****{P.serial(ctx.rng, 4)}", ""]
        for i, (nm, u) in enumerate(zip(names, units, strict=True))
    ]
    rh = 11.5
    pg.table(14, y, [13, 24, 72, 34, 39], rows, 10, ctx.body, rh, header_font=ctx.bold)
    for i, nm in enumerate(names):
        if ctx.rng.random() < 0.9:
            _sig(pg, ctx, 157, y + rh * (i + 1), nm, 39, rh)
    pg.seal(160, 34, 18, issuer[:14], ctx.rng.randint(0, 9999))
    return [pg]


def _si_continued(ctx, names, units, title, issuer, d, style):  # noqa: ANN001, ANN202
    pages = []
    cut = (len(names) * 3) // 5
    rh = 10.5
    for pno, part in enumerate((names[:cut], names[cut:])):
        pg = Page()
        y = 20
        if pno == 0:
            y = _si_head(pg, ctx, title, issuer, d, style, 20, "学员签到册")
        else:
            pg.text(20, y, "（续表）", 11, ctx.body)
            y += 9
        base = 0 if pno == 0 else cut
        rows = [["序号", "姓名", "所在单位", "签到"]] + [
            [str(base + i + 1), nm, units[base + i], ""] for i, nm in enumerate(part)
        ]
        pg.table(16, y, [14, 30, 96, 38], rows, 10, ctx.body, rh, header_font=ctx.bold)
        for i, nm in enumerate(part):
            _sig(pg, ctx, 156, y + rh * (i + 1), nm, 38, rh)
        pg.text(105, 285, f"第{pno + 1}页  共2页", 9, ctx.body, "c", P.GREY)
        pages.append(pg)
    return pages


def _si_export(ctx, names, units, title, issuer, d, style):  # noqa: ANN001, ANN202
    pg = Page(bg=(255, 255, 255))
    pg.rect(0, 0, 210, 14, 0, fill=(7, 193, 96))
    pg.text(12, 4, "会议签到 · 签到记录导出", 11, ctx.bold, "l", (255, 255, 255))
    y = 24
    pg.text(14, y, f"活动名称：{ctx.show('title', title)}", 12, ctx.bold)
    pg.text(14, y + 9, f"发起单位：{ctx.show('issuer', issuer)}", 10.5, ctx.body)
    ds = ctx.show("period.start", P.day(d, "iso"))
    ctx.show("period.end", ds)
    pg.text(14, y + 17, f"签到日期：{ds}", 10.5, ctx.body)
    pg.text(196, y + 17, f"已签到 {len(names)} 人", 10.5, ctx.body, "r", (7, 150, 80))
    rows = [["#", "姓名", "单位/部门", "签到时间", "方式"]]
    for i, (nm, u) in enumerate(zip(names, units, strict=True)):
        t = f"{d.isoformat()} {ctx.rng.randint(7, 8):02d}:{ctx.rng.randint(0, 59):02d}:{ctx.rng.randint(0, 59):02d}"
        rows.append([str(i + 1), nm, u, t, ctx.pick(["扫码", "定位"])])
    pg.table(12, y + 28, [10, 26, 72, 54, 24], rows, 9.5, ctx.body, 9, header_font=ctx.bold, lw=0.15)
    return [pg]


def _si_handonly(ctx, names, units, title, issuer, d, style):  # noqa: ANN001, ANN202
    pg = Page()
    y = P.centre(pg, ctx, 24, "签  到  表", 22)
    pg.text(20, y + 2, f"活动：{ctx.show('title', title)}", 12, ctx.body)
    pg.text(20, y + 11, f"组织单位：{ctx.show('issuer', issuer)}", 12, ctx.body)
    pg.text(20, y + 20, "日期：", 12, ctx.body)
    ds = ctx.show("period.start", P.day(d, style))
    ctx.show("period.end", ds)
    P.ink(pg, ctx, 34, y + 18.5, ds, 14)
    y += 32
    pg.text(30, y, "姓  名", 12, ctx.bold, "c")
    pg.text(110, y, "单  位", 12, ctx.bold, "c")
    y += 8
    for i, (nm, u) in enumerate(zip(names, units, strict=True)):
        P.blank(pg, 16, 194, y + 9)
        pg.text(12, y + 2, f"{i + 1}.", 10, ctx.body)
        P.ink(pg, ctx, 30, y, nm, 15, "c")
        P.ink(pg, ctx, 110, y + 1, u, P.fits(u, ctx.hand, 12, 110), "c")
        y += 12
    return [pg]


def _si_landscape(ctx, names, units, title, issuer, d, style):  # noqa: ANN001, ANN202
    pg = Page(297, 210)
    y = _si_head(pg, ctx, title, issuer, d, style, 16)
    rows = [["序号", "姓名", "性别", "工作单位", "专业技术职务", "上午签到", "下午签到"]]
    rows += [[str(i + 1), nm, P.gender(ctx.rng), u, ctx.pick(["工程师", "农艺师", "主管护师", "中级教师", "高级工程师"]), "", ""]
             for i, (nm, u) in enumerate(zip(names, units, strict=True))]  # fmt: skip
    rh = 10
    pg.table(14, y, [14, 26, 14, 88, 36, 46, 46], rows, 10, ctx.body, rh, header_font=ctx.bold)
    for i, nm in enumerate(names):
        _sig(pg, ctx, 192, y + rh * (i + 1), nm, 46, rh)
        if ctx.rng.random() < 0.8:
            _sig(pg, ctx, 238, y + rh * (i + 1), nm, 46, rh)
    return [pg]


# ======================================================================================================
# training_notice
# ======================================================================================================
def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    return {"redhead": _tn_redhead, "invite": _tn_invite, "agenda": _tn_agenda, "wechat": _tn_wechat,
            "annotated": _tn_annotated, "receipt": _tn_receipt, "timetable": _tn_timetable}[v](ctx, v)  # fmt: skip


def _tn_basics(ctx: Ctx):  # noqa: ANN202
    r = ctx.rng
    issued = P.a_date(r, 2019, 2024)
    a = P.later(issued, 7, 30, r)
    b = P.later(a, 1, 4, r)
    fld = P.field_of(r)
    title = P.course(r, fld) + ctx.pick(["培训班", "高级研修班", "专题培训"])
    return issued, a, b, fld, title


def _tn_fields(title, issuer, issued, a, b, hours, holder=None):  # noqa: ANN001, ANN202
    return {"holder": holder, "title": title, "issuer": issuer, "issued_on": issued.isoformat(),
            "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": hours}  # fmt: skip


def _tn_scored(hours) -> list[str]:  # noqa: ANN001
    s = ["title", "issuer", "issued_on", "period.start", "period.end"]
    return s + (["hours_stated"] if hours is not None else [])


def _redhead(pg: Page, ctx: Ctx, org: str, y: float = 28) -> float:
    pg.text(pg.w / 2, y, f"{org}文件", P.fits(org + "文件", ctx.bold, 26, pg.w - 30), ctx.bold, "c", P.RED)
    head = "德" if "德州" in org else "烟" if "烟台" in org else "鲁"
    no = f"{head}{ctx.pick(['人社字', '继教函', '技字', '办发'])}〔{ctx.rng.randint(2019, 2024)}〕{ctx.rng.randint(3, 96)}号"
    pg.text(pg.w / 2, y + 18, no, 12, ctx.body, "c")
    pg.line(18, y + 26, pg.w - 18, y + 26, 0.9, P.RED)
    return y + 36


def _tn_redhead(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    issued, a, b, fld, title = _tn_basics(ctx)
    issuer = ctx.pick(P.TRAIN_ORGS[:8])
    hours = ctx.pick([16, 24, 32, None])
    style = ctx.pick(["nian", "han"])
    pg = Page()
    y = _redhead(pg, ctx, issuer)
    y = P.centre(
        pg,
        ctx,
        y,
        f"关于举办{ctx.show('title', title)}的通知",
        P.fits(f"关于举办{title}的通知", ctx.bold, 16, 175),
    )
    y += 4
    pg.text(20, y, "各有关单位：", 12, ctx.body)
    y = P.para(
        pg,
        ctx,
        20,
        y + 8,
        170,
        f"为进一步提升我市专业技术人员业务能力，经研究，决定举办{title}。现将有关事项通知如下：",
        12,
    )
    items = [f"一、培训时间：{ctx.show('period.start', P.day(a, 'nian'))}至{ctx.show('period.end', P.day(b, 'nian'))}，"
             f"{P.day(P.later(a, -1, -1, r), 'nian')}下午报到。",
             f"二、培训地点：{ctx.pick(['德州市', '烟台市'])}{ctx.pick(['专业技术人员继续教育基地', '职工培训中心', '农业科技园培训楼'])}。",
             f"三、培训对象：各县市区从事{ {'agri': '农业技术推广', 'eng': '工程建设', 'med': '临床医疗', 'edu': '中小学教学'}[fld]}工作的专业技术人员。",
             "四、培训内容：专题讲座、现场教学和交流研讨。"]  # fmt: skip
    if hours:
        items.append(
            f"五、培训结束后经考核合格的，登记继续教育学时{ctx.show('hours_stated', str(hours), hours)}学时。"
        )
    for it in items:
        y = P.para(pg, ctx, 20, y + 1, 170, it, 12)
    y += 18
    pg.text(150, y, issuer, 12, ctx.body, "c")
    pg.text(150, y + 10, ctx.show("issued_on", P.day(issued, style)), 12, ctx.body, "c")
    pg.seal(150, y + 4, 20, issuer[:14], r.randint(0, 9999))
    _, names = _roster(pg, ctx, 20, y + 32, 170, "附：首批参训人员", r.randint(4, 9))
    f = _attendees(_tn_fields(title, issuer, issued, a, b, hours), names)
    return make(
        ctx,
        "training_notice",
        "notice",
        v,
        [pg],
        f,
        _tn_scored(hours),
        {"person": r.choice(names), "year": a.year},
    )


def _roster(
    pg: Page, ctx: Ctx, x: float, y: float, w: float, label: str, k: int, size: float = 11
) -> tuple[float, list[str]]:
    """A printed list of participants; returns the y below it and the names."""
    names = P.People(ctx.rng).many(k)
    return pg.wrap(x, y, w, f"{label}：" + "、".join(names), size, ctx.body, 1.7), names


def _attendees(f: dict, names: list[str]) -> dict:
    f["people"] = [person(nm, i + 1, "attendee") for i, nm in enumerate(names)]
    return f


def _tn_invite(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    issued, a, b, fld, title = _tn_basics(ctx)
    issuer = ctx.pick(P.TRAIN_ORGS)
    who = P.People(r).one()
    hours = ctx.pick([None, 8, 12, 16])
    style = ctx.pick(["nian0", "dot", "nian"])
    pg = Page(bg=(252, 248, 240))
    pg.rect(0, 0, 210, 40, 0, fill=(150, 30, 35))
    pg.text(105, 12, "邀  请  函", 28, ctx.bold, "c", (250, 220, 160))
    y = 56
    pg.text(22, y, f"尊敬的{ctx.show('holder', who)}{ctx.pick(['老师', '同志', '专家'])}：", 14, ctx.body)
    y = P.para(pg, ctx, 22, y + 12, 166, f"您好！{ctx.show('issuer', issuer)}定于{ctx.show('period.start', P.day(a, style))}至"
               f"{ctx.show('period.end', P.day(b, style))}举办“{ctx.show('title', title)}”，诚挚邀请您拨冗参加。", 13, 1.95)  # fmt: skip
    if hours:
        y = P.para(
            pg,
            ctx,
            22,
            y + 2,
            166,
            f"全程参加者可获得继续教育学时{ctx.show('hours_stated', str(hours), hours)}学时。",
            13,
        )
    y = P.para(
        pg,
        ctx,
        22,
        y + 2,
        166,
        "会议期间食宿统一安排，交通费回原单位报销。请于会前一周将回执发送至会务组邮箱。",
        13,
    )
    y = P.para(pg, ctx, 22, y + 2, 166, "期待您的光临！", 13)
    pg.text(150, y + 30, issuer, 13, ctx.body, "c")
    pg.text(150, y + 41, ctx.show("issued_on", P.day(issued, style)), 13, ctx.body, "c")
    pg.seal(150, y + 34, 20, issuer[:14], r.randint(0, 9999))
    f = _tn_fields(title, issuer, issued, a, b, hours, who)
    return make(
        ctx, "training_notice", "notice", v, [pg], f, _tn_scored(hours), {"person": who, "year": a.year}
    )


def _tn_agenda(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    issued, a, b, fld, title = _tn_basics(ctx)
    issuer = ctx.pick(P.TRAIN_ORGS)
    ppl = P.People(r)
    speakers = ppl.many(4)
    pg = Page()
    y = P.centre(pg, ctx, 22, ctx.show("title", title), P.fits(title, ctx.bold, 18, 180))
    y = P.centre(pg, ctx, y, "日程安排", 16)
    pg.text(20, y + 2, f"主办：{ctx.show('issuer', issuer)}", 11, ctx.body)
    pg.text(190, y + 2, f"（{ctx.show('issued_on', P.day(issued, 'dot'))}发布）", 10, ctx.body, "r", P.GREY)
    y += 12
    rows = [["日期", "时间", "内容", "主讲人"]]
    days = [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]
    topics = r.sample(P.TOPICS[fld] + P.PUBLIC, min(len(P.TOPICS[fld] + P.PUBLIC), 2 * len(days)))
    ti = 0
    for dd in days:
        for half in ("08:30-11:30", "14:00-17:00"):
            rows.append(
                [
                    P.day(dd, "nian") if half.startswith("08") else "",
                    half,
                    topics[ti % len(topics)] + "专题",
                    speakers[ti % 4],
                ]
            )
            ti += 1
    ctx.show("period.start", rows[1][0])
    ctx.show("period.end", P.day(b, "nian"))
    y = pg.table(16, y, [36, 30, 82, 30], rows, 10, ctx.body, 11, header_font=ctx.bold)
    pg.text(20, y + 8, "备注：请学员携带身份证按时报到，全程参加者颁发结业证书。", 10.5, ctx.body)
    _, names = _roster(pg, ctx, 20, y + 18, 170, "参训学员", r.randint(6, 12), 10.5)
    f = _attendees(_tn_fields(title, issuer, issued, a, b, None), names)
    return make(
        ctx,
        "training_notice",
        "notice",
        v,
        [pg],
        f,
        _tn_scored(None),
        {"person": r.choice(names), "year": a.year},
    )


def _tn_wechat(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    issued, a, b, fld, title = _tn_basics(ctx)
    issuer = ctx.pick(P.TRAIN_ORGS)
    hours = ctx.pick([None, 12, 24])
    contact = P.People(r).one()
    pg = Page(80, 172, bg=(255, 255, 255))
    pg.text(5, 3, f"{r.randint(9, 22)}:{r.randint(10, 59)}", 7.5, ctx.body)
    pg.text(75, 3, "4G ▮", 7, ctx.body, "r")
    pg.text(5, 10, "×", 10, ctx.body)
    pg.text(40, 10.5, "公众号文章", 8.5, ctx.body, "c", P.GREY)
    y = 22
    head = f"关于举办{title}的通知"
    ctx.show("title", title)
    y = pg.wrap(6, y, 68, head, 11.5, ctx.bold, 1.45)
    pg.text(
        6, y + 1, ctx.show("issuer", issuer), P.fits(issuer, ctx.body, 7.5, 44), ctx.body, "l", (80, 110, 160)
    )
    pg.text(
        74,
        y + 1,
        ctx.show("issued_on", P.day(issued, "iso")) + f" {r.randint(8, 20):02d}:{r.randint(0, 59):02d}",
        6.5,
        ctx.body,
        "r",
        P.GREY,
    )
    y += 8
    body = [f"各位会员、各有关单位：为推动新技术推广应用，我单位将举办{title}，现将有关事项通知如下。",
            f"一、时间：{ctx.show('period.start', P.day(a, 'nian'))}—{ctx.show('period.end', P.day(b, 'nian'))}",
            f"二、地点：{ctx.pick(['德州', '烟台'])}市{ctx.pick(['某宾馆会议室', '科技馆报告厅', '学会培训中心'])}",
            "三、报名方式：扫描文末二维码填写报名信息。"]  # fmt: skip
    if hours:
        body.append(
            f"四、参训人员可登记专业技术人员继续教育学时{ctx.show('hours_stated', str(hours), hours)}学时。"
        )
    names = P.People(r).many(r.randint(3, 6))
    body.append("已报名学员：" + "、".join(names))
    body.append(f"联系人：{contact}")
    for s in body:
        y = pg.wrap(6, y, 68, s, 8.5, ctx.body, 1.6) + 1.5
    P.qr(pg, 28, min(y + 2, 138), 24, r)
    pg.text(
        40,
        166,
        "阅读 " + str(r.randint(300, 9000)) + "   赞 " + str(r.randint(5, 90)),
        6.5,
        ctx.body,
        "c",
        P.GREY,
    )
    f = _attendees(_tn_fields(title, issuer, issued, a, b, hours), names)
    return make(
        ctx,
        "training_notice",
        "notice",
        v,
        [pg],
        f,
        _tn_scored(hours),
        {"person": r.choice(names), "year": a.year},
    )


def _tn_annotated(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    issued, a, b, fld, title = _tn_basics(ctx)
    issuer = ctx.pick(P.TRAIN_ORGS)
    who = P.People(r).one()
    hours = ctx.pick([8, 16, 24, None])
    style = ctx.pick(["nian", "nian0"])
    pg = Page()
    y = P.centre(pg, ctx, 30, ctx.show("issuer", issuer), 15, False)
    y = P.centre(
        pg,
        ctx,
        y + 2,
        f"关于举办{ctx.show('title', title)}的通知",
        P.fits(f"关于举办{title}的通知", ctx.bold, 16, 176),
    )
    y += 4
    txt = (f"经研究，定于{ctx.show('period.start', P.day(a, style))}至{ctx.show('period.end', P.day(b, style))}举办{title}，"
           "请各单位选派业务骨干参加。")  # fmt: skip
    if hours:
        txt += f"培训共计{ctx.show('hours_stated', str(hours), hours)}学时，计入专业技术人员继续教育学时。"
    y = P.para(pg, ctx, 20, y + 4, 170, txt, 12.5, 1.9)
    y = P.para(pg, ctx, 20, y + 2, 170, "报名回执请于培训开始前五个工作日报送。", 12.5)
    pg.text(150, y + 24, issuer, 12.5, ctx.body, "c")
    pg.text(150, y + 35, ctx.show("issued_on", P.day(issued, style)), 12.5, ctx.body, "c")
    pg.seal(150, y + 28, 20, issuer[:14], r.randint(0, 9999))
    yy = y + 70
    P.ink(pg, ctx, 30, yy, f"本人{ctx.show('holder', who)}已全程参加此次培训。", 16)
    P.ink(pg, ctx, 120, yy + 12, f"{who}  {P.day(b, 'dot1')}", 15)
    f = _tn_fields(title, issuer, issued, a, b, hours, who)
    return make(
        ctx, "training_notice", "notice", v, [pg], f, _tn_scored(hours), {"person": who, "year": a.year}
    )


def _tn_receipt(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    issued, a, b, fld, title = _tn_basics(ctx)
    issuer = ctx.pick(P.TRAIN_ORGS)
    hours = ctx.pick([12, 20, 30])
    style = ctx.pick(["han", "nian", "han_o"])
    p1 = Page()
    y = _redhead(p1, ctx, issuer, 24)
    y = P.centre(p1, ctx, y, "关于举办", 16)
    y = P.centre(p1, ctx, y, ctx.show("title", title) + "的通知", P.fits(title + "的通知", ctx.bold, 16, 176))
    y = P.para(p1, ctx, 20, y + 4, 170, "各县（市、区）有关部门，市直各有关单位：", 12, indent=False)
    for s in [f"根据年度继续教育工作安排，定于{ctx.show('period.start', P.day(a, 'nian'))}至{ctx.show('period.end', P.day(b, 'nian'))}举办{title}。",
              f"培训实行全程考勤，考核合格者登记专业科目继续教育学时{ctx.show('hours_stated', str(hours), hours)}学时。",
              "请各单位认真组织，于规定时间前将参训人员回执（见附件）报送至联系人邮箱。"]:  # fmt: skip
        y = P.para(p1, ctx, 20, y + 1, 170, s, 12, 1.85)
    y = P.para(p1, ctx, 20, y + 4, 170, "附件：培训报名回执表", 12, indent=False)
    p1.text(150, y + 22, issuer, 12, ctx.body, "c")
    p1.text(150, y + 33, ctx.show("issued_on", P.day(issued, style)), 12, ctx.body, "c")
    p1.seal(150, y + 26, 20, issuer[:14], r.randint(0, 9999))
    p2 = Page()
    p2.text(20, 20, "附件", 13, ctx.bold)
    P.centre(p2, ctx, 34, "培训报名回执表", 17)
    who = P.People(r).one()
    rows = [
        ["姓名", "性别", "工作单位", "职称", "手机号"],
        ["", "", "", "", ""],
        ["", "", "", "", ""],
        ["", "", "", "", ""],
    ]
    p2.table(16, 50, [26, 16, 74, 28, 34], rows, 11, ctx.body, 12, header_font=ctx.bold)
    P.ink(p2, ctx, 29, 64, who, 14, "c")
    P.ink(p2, ctx, 50, 64, P.gender(r), 13, "c")
    u = P.workplace(r)
    P.ink(p2, ctx, 95, 64.5, u, P.fits(u, ctx.hand, 12, 72), "c")
    ctx.show("holder", who)
    f = _tn_fields(title, issuer, issued, a, b, hours, who)
    return make(
        ctx,
        "training_notice",
        "notice",
        v,
        [p1, p2],
        f,
        _tn_scored(hours),
        {"person": who, "year": a.year},
        "professional",
    )


def _tn_timetable(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    issued, a, b, fld, title = _tn_basics(ctx)
    b = P.later(a, 2, 4, r)
    issuer = ctx.pick(P.TRAIN_ORGS)
    ppl = P.People(r)
    teachers = ppl.many(5)
    per_day = 6
    days = (b - a).days + 1
    hours = days * per_day
    pg = Page(297, 210)
    pg.text(
        148.5,
        14,
        ctx.show("title", title) + "课程表",
        P.fits(title + "课程表", ctx.bold, 18, 250),
        ctx.bold,
        "c",
    )
    pg.text(20, 28, f"培训单位：{ctx.show('issuer', issuer)}", 11, ctx.body)
    pg.text(
        148.5,
        28,
        f"培训时间：{ctx.show('period.start', P.day(a, 'dot'))}-{ctx.show('period.end', P.day(b, 'dot'))}",
        11,
        ctx.body,
        "c",
    )
    pg.text(277, 28, f"总学时：{ctx.show('hours_stated', str(hours), hours)}", 11, ctx.body, "r")
    head = ["时段"] + [f"{P.day(a + dt.timedelta(days=i), 'dot1')}" for i in range(days)]
    rows = [head]
    pool = r.sample(P.TOPICS[fld], min(len(P.TOPICS[fld]), 6))
    for si, slot in enumerate(["上午 8:30-11:30", "下午 14:00-17:00"]):
        rows.append([slot] + [f"{pool[(i * 2 + si) % len(pool)]}" for i in range(days)])
        rows.append(["授课教师"] + [teachers[(i * 2 + si) % 5] for i in range(days)])
    colw = (257 - 40) / days
    y = pg.table(20, 38, [40] + [colw] * days, rows, 9.5, ctx.body, 16, header_font=ctx.bold)
    pg.text(
        20, y + 8, f"制表：{issuer}培训部    {ctx.show('issued_on', P.day(issued, 'nian'))}", 10, ctx.body
    )
    _, names = _roster(pg, ctx, 20, y + 18, 257, "本期学员", r.randint(8, 16), 10)
    f = _attendees(_tn_fields(title, issuer, issued, a, b, hours), names)
    return make(
        ctx,
        "training_notice",
        "notice",
        v,
        [pg],
        f,
        _tn_scored(hours),
        {"person": r.choice(names), "year": a.year},
    )
