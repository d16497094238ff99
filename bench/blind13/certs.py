"""Draw 13's training proofs: course certificates, sign-in sheets and notices (qualifications and others in quals)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind13 import marks, topics
from bench.blind13.meetings import sign_in_sheet, training_notice
from bench.blind13.pools import (
    DATE_STYLES,
    TITLES_PRO,
    Ctx,
    city,
    cn_small,
    fd,
    fm,
    iso,
    people,
    rdate,
    seal_text,
    span,
    workplace,
)
from bench.blind13.quals import other, qualification_certificate

__all__ = ["training_certificate", "sign_in_sheet", "training_notice", "qualification_certificate", "other"]

TC_SCORED = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]


def _course(ctx: Ctx, cat: str | None, field: str | None = None) -> tuple[str, str]:
    """(course title, field) for a category: public courses, or a field's professional ones."""
    if cat == "public":
        return ctx.rng.choice(topics.PUBLIC_COURSES), "pub"
    f = field or ctx.rng.choice(list(topics.PRO_COURSES))
    return ctx.rng.choice(topics.PRO_COURSES[f]), f


def _body(ctx: Ctx, f: str, prov: str, c: str) -> str:
    return ctx.rng.choice(topics.BODIES[f]).format(p=prov, c=c)


def _fields(**kw):  # noqa: ANN003, ANN202
    return kw


# ---- training certificates -------------------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("tc")
    return {
        "platform": _tc_platform,
        "cmecard": _tc_cmecard,
        "teacher": _tc_teacher,
        "handfill": _tc_handfill,
        "screen": _tc_screen,
        "unitletter": _tc_unitletter,
    }[v](ctx, ctx.layout("tc", v))


def _cat(ctx: Ctx) -> str | None:
    return ctx.rng.choice(["public", "professional", None])


def _tc_platform(ctx: Ctx, layout: str) -> Doc:
    """A provincial platform's printable 学时证明 with a ruled form, a QR code and the platform's seal."""
    rng = ctx.rng
    prov, c = city(rng)
    cat = rng.choice(["public", "professional"])
    title, f = _course(ctx, cat)
    plat, owner = rng.choice(topics.PLATFORMS)
    plat, owner = plat.format(p=prov, c=c), owner.format(p=prov, c=c)
    (who,) = people(rng, 1)
    year = rng.randint(2019, 2024)
    a = dt.date(year, rng.randint(2, 6), rng.randint(1, 28))
    b = dt.date(year, rng.randint(7, 11), rng.randint(1, 28))
    issued = b + dt.timedelta(days=rng.randint(1, 20))
    hours = rng.choice([24, 30, 36, 42, 60]) if cat == "professional" else rng.choice([30, 20, 12])
    style = rng.choice(["iso", "ymd", "ymd0"])
    pg = Page()
    pg.rect(0, 0, pg.w, 24, 0, (255, 255, 255), (28, 92, 160))
    pg.text(16, 8, plat, 14, ctx.bold, "l", (255, 255, 255))
    pg.text(pg.w / 2, 36, f"{year}年度继续教育学时证明", 20, ctx.bold, "c")
    kind = "公需科目" if cat == "public" else "专业科目"
    idno = f"{rng.randint(370100, 432999)}********{rng.randint(1000, 9999)}"
    rows = [
        ["姓名", who, "身份证号", idno],
        ["工作单位", workplace(rng, c), "职称", rng.choice(TITLES_PRO)],
        ["学习项目", title, "", ""],
        ["科目类别", kind, "认定学时", f"{hours}"],
        ["学习时间", span(a, b, style, " 至 "), "", ""],
        ["考核结果", "合格", "学习方式", "网络学习"],
    ]
    y = 52
    widths = [30, 60, 30, 60]
    for r in rows:
        if r[2] == "":
            pg.rect(15, y, 195, y + 13, 0.35)
            pg.line(45, y, 45, y + 13, 0.35)
            pg.text(30, y + 4, r[0], 12, ctx.bold, "c")
            pg.text(50, y + 4, r[1], 12, ctx.body)
        else:
            pg.table(15, y, widths, [r], 12, ctx.body, 13.0, fonts={0: ctx.bold, 2: ctx.bold})
        y += 13
    y += 10
    pg.wrap(18, y, 174, f"经审核，{who}同志已按要求完成上述继续教育学习，学时真实有效。本证明可登录{plat}扫码核验。",
            12, ctx.body, 1.8, 8)  # fmt: skip
    marks.qr(pg, 20, y + 28, 28, rng.randint(0, 10**6))
    pg.text(20, y + 59, "扫码验证", 9, ctx.body)
    ds = fd(issued, style)
    pg.text(180, y + 34, owner, 13, ctx.body, "r")
    pg.text(180, y + 44, ds, 13, ctx.body, "r")
    pg.seal(180 - width_mm(owner, ctx.body, 13) / 2, y + 36, 19, seal_text(owner), rng.randint(0, 10**6))
    pg.text(
        pg.w / 2, 282, f"证书编号：XJ{year}{rng.randint(10**7, 10**8 - 1)}", 9, ctx.body, "c", (90, 90, 90)
    )
    fields = _fields(holder=who, title=title, issuer=owner, issued_on=iso(issued),
                     period={"start": iso(a), "end": iso(b)}, hours_stated=float(hours))  # fmt: skip
    return Doc("training_certificate", layout, [pg], fields, TC_SCORED, {"person": who, "year": year}, cat)


def _tc_cmecard(ctx: Ctx, layout: str) -> Doc:
    """A landscape 继续医学教育 credit card: I or II 类 credits, a project number, no 学时."""
    rng = ctx.rng
    prov, c = city(rng)
    title = rng.choice(topics.PRO_COURSES["med"])
    body = rng.choice(topics.CME_BODIES).format(p=prov, c=c)
    (who,) = people(rng, 1)
    a = rdate(rng, 2018, 2024)
    b = a + dt.timedelta(days=rng.randint(1, 3))
    issued = b
    level = rng.choice(["Ⅰ类", "Ⅱ类"])
    credits = rng.choice([2, 3, 4, 5, 6])
    style = rng.choice(["ymd", "ymd0", "dot"])
    pg = Page(w=210, h=148)
    pg.rect(6, 6, pg.w - 6, pg.h - 6, 1.6, (20, 110, 90))
    pg.rect(9, 9, pg.w - 9, pg.h - 9, 0.3, (20, 110, 90))
    pg.text(pg.w / 2, 16, "继续医学教育学分证书", 22, ctx.bold, "c", (20, 90, 70))
    pg.text(pg.w / 2, 28, f"（{level}学分）", 13, ctx.body, "c")
    code = f"{a.year}-{rng.randint(1, 18):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 299):03d}"
    scope = "（省）" if "省" in body else "（市）"
    pairs = [
        ("姓　　名", who),
        ("工作单位", workplace(rng, c)),
        ("项目名称", title),
        ("项目编号", code + scope),
        ("举办日期", span(a, b, style, "—")),
        ("授予学分", f"{level}学分 {credits} 分"),
    ]
    y = 40
    for lab, val in pairs:
        pg.text(22, y, lab + "：", 12, ctx.bold)
        pg.text(48, y, val, 12, ctx.body)
        pg.line(47, y + 5.6, 185, y + 5.6, 0.2, (140, 140, 140))
        y += 10.5
    pg.text(186, 112, body, 12, ctx.body, "r")
    pg.text(186, 121, fd(issued, style), 12, ctx.body, "r")
    pg.seal(186 - width_mm(body, ctx.body, 12) / 2, 114, 17, seal_text(body), rng.randint(0, 10**6))
    pg.text(22, 134, "本证书须妥善保存，作为年度继续医学教育学分登记依据。", 9, ctx.body, "l", (90, 90, 90))
    fields = _fields(holder=who, title=title, issuer=body, issued_on=iso(issued),
                     period={"start": iso(a), "end": iso(b)})  # fmt: skip
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end"]
    return Doc("training_certificate", layout, [pg], fields, scored, {"person": who, "year": a.year}, None)


def _tc_teacher(ctx: Ctx, layout: str) -> Doc:
    """A teachers' 学分 certificate: prose body, credits with their 学时, Chinese-numeral date."""
    rng = ctx.rng
    prov, c = city(rng)
    cat = rng.choice(["professional", None])
    title = rng.choice(topics.PRO_COURSES["edu"])
    body = rng.choice(topics.TEACHER_BODIES).format(p=prov, c=c)
    (who,) = people(rng, 1)
    a = rdate(rng, 2018, 2024)
    b = a + dt.timedelta(days=rng.randint(2, 6))
    issued = b + dt.timedelta(days=rng.randint(3, 30))
    credit = rng.choice([1, 2, 3])
    hours = credit * 12
    pg = Page()
    pg.rect(12, 12, 198, 285, 3.0, (150, 30, 30))
    pg.rect(17, 17, 193, 280, 0.5, (150, 30, 30))
    pg.text(pg.w / 2, 40, "教 师 培 训 学 分 证 书", 26, ctx.bold, "c", (160, 30, 30))
    pg.text(160, 62, f"编号：{c[:1]}教培〔{a.year}〕{rng.randint(100, 999)}号", 11, ctx.body, "r")
    tag = "（专业科目）" if cat else ""
    text = (
        f"{who}老师于{span(a, b, 'ymd')}参加“{title}”培训{tag}，"
        f"完成规定研修任务，经考核合格，认定继续教育学分{cn_small(credit)}分（计{hours}学时）。"
    )
    pg.wrap(32, 84, 146, text, 15, ctx.body, 2.1, 11)
    pg.text(pg.w / 2, 150, "特发此证", 15, ctx.body, "c")
    ds = fd(issued, "cn")
    pg.text(168, 200, body, 14, ctx.body, "r")
    pg.text(168, 212, ds, 14, ctx.body, "r")
    pg.seal(168 - width_mm(body, ctx.body, 14) / 2, 204, 21, seal_text(body), rng.randint(0, 10**6))
    fields = _fields(holder=who, title=title, issuer=body, issued_on=iso(issued),
                     period={"start": iso(a), "end": iso(b)}, hours_stated=float(hours))  # fmt: skip
    cat_s = "professional" if cat else None
    return Doc(
        "training_certificate", layout, [pg], fields, TC_SCORED, {"person": who, "year": a.year}, cat_s
    )


def _tc_handfill(ctx: Ctx, layout: str) -> Doc:
    """A pre-printed 结业证书 whose name, dates and hours are filled in by hand; photo under a steel seal."""
    rng = ctx.rng
    prov, c = city(rng)
    cat = _cat(ctx)
    title, f = _course(ctx, cat)
    body = _body(ctx, f if f != "pub" else rng.choice(list(topics.BODIES)), prov, c)
    (who,) = people(rng, 1)
    a = rdate(rng, 2017, 2024)
    b = a + dt.timedelta(days=rng.randint(1, 5))
    issued = b
    hours = rng.choice([8, 12, 16, 24, 32, 40])
    pg = Page()
    pg.rect(10, 10, 200, 287, 1.2, (150, 110, 40))
    pg.text(pg.w / 2, 34, "结 业 证 书", 30, ctx.bold, "c", (150, 30, 30))
    marks.photo(pg, 92, 58)
    marks.steel_seal(pg, ctx, 118, 90, 14, body)
    y = 112
    pg.text(28, y, "学员", 15, ctx.body)
    x = marks.blank(pg, ctx, 42, y, 36, who, 16)
    pg.text(x + 1, y, "于", 15, ctx.body)
    x = marks.blank(pg, ctx, x + 7, y, 16, str(a.year), 15)
    pg.text(x + 1, y, "年", 15, ctx.body)
    x = marks.blank(pg, ctx, x + 7, y, 9, str(a.month), 15)
    pg.text(x + 1, y, "月", 15, ctx.body)
    x = marks.blank(pg, ctx, x + 7, y, 9, str(a.day), 15)
    pg.text(x + 1, y, "日至", 15, ctx.body)
    y += 14
    x = marks.blank(pg, ctx, 28, y, 9, str(b.month), 15)
    pg.text(x + 1, y, "月", 15, ctx.body)
    x = marks.blank(pg, ctx, x + 7, y, 9, str(b.day), 15)
    pg.text(x + 1, y, "日参加我单位举办的", 15, ctx.body)
    y += 14
    pg.text(28, y, f"“{title}”", 15, ctx.bold)
    y += 14
    kind = {"public": "（公需科目）", "professional": "（专业科目）"}.get(cat or "", "")
    pg.text(28, y, f"培训{kind}，共计", 15, ctx.body)
    x = 28 + width_mm(f"培训{kind}，共计", ctx.body, 15)
    x = marks.blank(pg, ctx, x + 1, y, 14, str(hours), 15)
    pg.text(x + 1, y, "学时，经考核合格，准予结业。", 15, ctx.body)
    ds = fd(issued, rng.choice(["cn", "cno"]))
    pg.text(170, 196, body, 14, ctx.body, "r")
    pg.text(170, 207, ds, 14, ctx.body, "r")
    pg.seal(170 - width_mm(body, ctx.body, 14) / 2, 199, 20, seal_text(body), rng.randint(0, 10**6))
    pg.text(28, 262, "证书编号：", 11, ctx.body)
    marks.hand(pg, ctx, 50, 261, f"{a.year}{rng.randint(1000, 9999)}", 13)
    fields = _fields(holder=who, title=title, issuer=body, issued_on=iso(issued),
                     period={"start": iso(a), "end": iso(b)}, hours_stated=float(hours))  # fmt: skip
    return Doc("training_certificate", layout, [pg], fields, TC_SCORED, {"person": who, "year": a.year}, cat)


def _tc_screen(ctx: Ctx, layout: str) -> Doc:
    """A phone screenshot of an app's e-certificate: status bar, card, month-only study term."""
    rng = ctx.rng
    prov, c = city(rng)
    cat = _cat(ctx)
    title, f = _course(ctx, cat)
    plat, owner = rng.choice(topics.PLATFORMS)
    plat, owner = plat.format(p=prov, c=c), owner.format(p=prov, c=c)
    (who,) = people(rng, 1)
    year = rng.randint(2020, 2024)
    m0, m1 = rng.randint(1, 5), rng.randint(6, 11)
    issued = dt.date(year, m1, rng.randint(1, 28))
    hours = rng.choice([10, 20, 30, 40, 48])
    pg = Page(w=92, h=196, bg=(242, 243, 245))
    pg.text(6, 3, f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}", 9, ctx.bold)
    pg.text(86, 3, "5G  86%", 8, ctx.body, "r")
    pg.rect(0, 10, 92, 22, 0, (255, 255, 255), (255, 255, 255))
    pg.text(6, 13, "〈", 11, ctx.body)
    pg.text(46, 13, "我的证书", 12, ctx.bold, "c")
    pg.rect(5, 27, 87, 150, 0.3, (200, 200, 200), (255, 253, 246))
    pg.rect(8, 30, 84, 147, 0.6, (190, 150, 70))
    pg.text(46, 36, "电子结业证书", 14, ctx.bold, "c", (170, 40, 40))
    kind = {"public": "公需科目", "professional": "专业科目"}.get(cat or "")
    text = (
        f"{who}：您于{fm(year, m0, 'ymd')}至{fm(year, m1, 'ymd')}在本平台完成“{title}”"
        f"{'（' + kind + '）' if kind else ''}课程学习，考试合格，获得继续教育{hours}学时。"
    )
    pg.wrap(12, 50, 68, text, 9, ctx.body, 1.8, 6)
    pg.text(80, 112, owner, 8, ctx.body, "r")
    pg.text(80, 119, "发证日期：" + iso(issued), 8, ctx.body, "r")
    pg.seal(66, 113, 11, seal_text(owner), rng.randint(0, 10**6))
    pg.text(12, 132, f"证书编号 {rng.randint(10**11, 10**12 - 1)}", 7, ctx.body, "l", (110, 110, 110))
    pg.rect(5, 156, 87, 168, 0, (40, 120, 220), (40, 120, 220))
    pg.text(46, 159, "下载证书", 11, ctx.bold, "c", (255, 255, 255))
    pg.text(46, 176, plat, 7, ctx.body, "c", (120, 120, 120))
    fields = _fields(holder=who, title=title, issuer=owner, issued_on=iso(issued),
                     period={"start": f"{year}-{m0:02d}", "end": f"{year}-{m1:02d}"}, hours_stated=float(hours))  # fmt: skip
    return Doc("training_certificate", layout, [pg], fields, TC_SCORED, {"person": who, "year": year}, cat)


def _tc_unitletter(ctx: Ctx, layout: str) -> Doc:
    """A host unit's 证明 letter on letterhead: hours for one named attendee, signed and sealed."""
    rng = ctx.rng
    prov, c = city(rng)
    cat = rng.choice(["professional", None, "public"])
    title, f = _course(ctx, cat)
    host = workplace(rng, c) if f == "pub" else _body(ctx, f, prov, c)
    who, clerk = people(rng, 2)
    a = rdate(rng, 2017, 2024)
    b = a + dt.timedelta(days=rng.randint(0, 2))
    issued = b + dt.timedelta(days=rng.randint(0, 15))
    hours = rng.choice([4, 6, 8, 12, 16])
    style = rng.choice(DATE_STYLES[:3])
    pg = Page()
    pg.text(pg.w / 2, 22, host, 18, ctx.bold, "c", (170, 30, 30))
    pg.line(18, 34, 192, 34, 1.0, (170, 30, 30))
    pg.text(pg.w / 2, 50, "学 时 证 明", 22, ctx.bold, "c")
    unit = workplace(rng, city(rng)[1])
    kind = {"public": "公需科目", "professional": "专业科目"}.get(cat or "")
    dates = span(a, b, style, "至") if b != a else fd(a, style)
    text = (
        f"兹证明{unit}{who}同志于{dates}参加我单位组织的“{title}”"
        f"{'（' + kind + '）' if kind else ''}培训，全程参训，考核合格，计{hours}学时。"
    )
    y = pg.wrap(28, 72, 154, text, 14, ctx.body, 2.0, 10)
    pg.text(38, y + 4, "特此证明。", 14, ctx.body)
    pg.text(28, y + 26, "经办人：", 12, ctx.body)
    marks.hand(pg, ctx, 48, y + 24, clerk, 15)
    pg.text(176, y + 44, host, 14, ctx.body, "r")
    pg.text(176, y + 55, fd(issued, style), 14, ctx.body, "r")
    pg.seal(176 - width_mm(host, ctx.body, 14) / 2, y + 47, 20, seal_text(host), rng.randint(0, 10**6))
    fields = _fields(holder=who, title=title, issuer=host, issued_on=iso(issued),
                     period={"start": iso(a), "end": iso(b)}, hours_stated=float(hours))  # fmt: skip
    return Doc("training_certificate", layout, [pg], fields, TC_SCORED, {"person": who, "year": a.year}, cat)
