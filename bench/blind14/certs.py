"""Draw 14 training documents: certificates, sign-in sheets and notices (qualifications and others in quals.py)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind14 import pools as P
from bench.blind14.draw import GREY, RED, card, doc, hand, para, phone, rows, seal, t, tick, wmm
from bench.blind14.pools import Ctx
from bench.blind14.quals import other, qualification_certificate

__all__ = ["other", "qualification_certificate", "sign_in_sheet", "training_certificate", "training_notice"]
CATS = ("public", "professional", None)
CAT_WORD = {"public": "公需科目", "professional": "专业科目"}


def _course(ctx: Ctx, cat: str | None) -> tuple[str, str, str]:
    """(field, topic, city) consistent with the category."""
    c, _ = P.city(ctx.rng)
    fld = "pub" if cat == "public" else ctx.pick(["med", "edu", "agr", "eng"]) if cat else None
    fld, top = P.topic(ctx.rng, fld)
    return fld, top, c


def _tc_fields(holder: str, title: str, issuer: str, issued: str | None, start: str | None, end: str | None,
               hours: float | None) -> dict:  # fmt: skip
    f: dict = {"holder": holder, "title": title, "issuer": issuer, "issued_on": issued, "hours_stated": hours}
    if start or end:
        f["period"] = {"start": start, "end": end}
    return f


def _scored(f: dict) -> list[str]:
    out = []
    for k in ("holder", "title", "issuer", "issued_on", "hours_stated"):
        if f.get(k) is not None:
            out.append(k)
    for k in ("start", "end"):
        if (f.get("period") or {}).get(k):
            out.append(f"period.{k}")
    return out


# ---- training certificates -------------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("train")
    cat = CATS[(k + k // 6) % 3]
    if v == "cmecard":
        cat = None
    fld, top, c = _course(ctx, cat)
    name = P.people(ctx.rng, 1)[0]
    unit = P.workplace(ctx.rng, c)
    prov = P.CITIES[c][0]
    d0 = P.day(ctx.rng, 2018, 2024)
    return {
        "portal": _tc_portal, "appcard": _tc_appcard, "banner": _tc_banner, "cmecard": _tc_cme,
        "grid": _tc_grid, "penform": _tc_penform,
    }[v](ctx, v, cat, fld, top, c, prov, name, unit, d0)  # fmt: skip


def _tc_portal(ctx, v, cat, fld, top, c, prov, name, unit, d0) -> Doc:  # noqa: ANN001
    pg = Page()
    st = ctx.style(("cn", "cn0", "dash"))
    d1 = P.plus(d0, ctx.rng.randint(40, 150))
    printed = P.plus(d1, ctx.rng.randint(1, 40))
    title = f"{d0.year}年度{top}" + ctx.pick(["网络专题培训", "在线学习", "专题研修"])
    issuer = f"{c}市人力资源和社会保障局"
    pg.rect(0, 0, pg.w, 16, 0, fill=(23, 92, 160))
    pg.text(14, 5, f"{prov}省专业技术人员继续教育公共服务平台", 12, ctx.bold, color=(255, 255, 255))
    y = t(pg, ctx, pg.w / 2, 28, "继续教育学时证明", 20, True, "c") + 4
    idno = (
        f"{ctx.rng.choice(['3709', '3706', '3714', '4102', '4309'])}**********{ctx.rng.randint(1000, 9999)}"
    )
    y = rows(pg, ctx, 22, y, [("姓　　名", name), ("身份证号", idno), ("工作单位", unit), ("培训项目", title),
             ("学习时间", P.span(d0, d1, st, " 至 "))], 11, 24)  # fmt: skip
    subjects = ctx.rng.sample(P.PUBLIC_TOPICS if fld == "pub" else P.PRO_TOPICS[fld], 3)
    hrs = [ctx.pick([4, 6, 8, 10, 12]) for _ in subjects]
    head = ["序号", "课程名称", "学时", "考核"]
    widths = [14, 100, 24, 28]
    if cat:
        head.insert(2, "类别")
        widths = [14, 80, 26, 20, 26]
    body = []
    for i, (s, h) in enumerate(zip(subjects, hrs, strict=True)):
        row = [str(i + 1), s, str(h), "合格"]
        if cat:
            row.insert(2, CAT_WORD[cat])
        body.append(row)
    y = pg.table(22, y + 3, widths, [head] + body, 10, ctx.body, 9, header_font=ctx.bold)
    total = sum(hrs)
    y = t(pg, ctx, 22, y + 4, f"合计：{total} 学时", 11, True)
    y = para(pg, ctx, 22, y + 4, 166, "以上学时经平台考核记录，可登录平台输入验证码核验。"
             f"验证码：{ctx.rng.randint(10**7, 10**8 - 1)}", 10)  # fmt: skip
    t(pg, ctx, 188, y + 14, issuer, 11, align="r")
    t(pg, ctx, 188, y + 22, "打印日期：" + P.fd(printed, st), 11, align="r")
    seal(pg, ctx, 160, y + 18, issuer)
    f = _tc_fields(name, title, issuer, printed.isoformat(), d0.isoformat(), d1.isoformat(), total)
    return doc(ctx, "training_certificate", "train", v, [pg], f, _scored(f), (name, d0.year), cat)


def _tc_appcard(ctx, v, cat, fld, top, c, prov, name, unit, d0) -> Doc:  # noqa: ANN001
    pg, y = phone(ctx, "我的证书", f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59)}")
    st = ctx.style(("cn", "cn0", "dot"))
    m1 = d0.month + ctx.rng.randint(1, 4)
    y1, m1 = (d0.year, m1) if m1 <= 12 else (d0.year + 1, m1 - 12)
    issued = dt.date(y1, m1, ctx.rng.randint(1, 28))
    hours = ctx.pick([20, 24, 30, 36, 40, 60])
    platform = ctx.pick(
        [f"{c}市专业技术人员继续教育培训平台", f"{prov}省专技人员网络学院", f"{c}市继续教育在线"]
    )
    card(pg, 4, y, pg.w - 4, y + 112)
    pg.rect(8, y + 4, pg.w - 8, y + 66, 0.6, (178, 140, 60), fill=(252, 248, 236))
    t(pg, ctx, pg.w / 2, y + 9, "结 业 证 书", 13, True, "c", (150, 30, 30))
    yy = t(pg, ctx, 12, y + 19, f"{name}：", 8.5)
    course = top
    text = (f"您于{P.fm(d0.year, d0.month, st)}至{P.fm(y1, m1, st)}在本平台完成《{course}》课程学习，"
            f"考核合格，共计{hours}学时。")  # fmt: skip
    yy = pg.wrap(12, yy, pg.w - 24, text, 8.5, ctx.body, 1.6, indent=6)
    if cat:
        yy = t(pg, ctx, 12, yy + 1, f"课程类型：{'公需课' if cat == 'public' else '专业课'}", 8)
    seal(pg, ctx, pg.w - 22, y + 56, platform, 10)
    t(pg, ctx, pg.w - 12, y + 54, platform, 6.5, align="r")
    t(pg, ctx, pg.w - 12, y + 59, P.fd(issued, st), 6.5, align="r")
    yy = y + 72
    for lab, val in [("证书编号", f"ZJ{y1}{ctx.rng.randint(10**7, 10**8 - 1)}"), ("持证人", name),
                     ("工作单位", unit), ("发证日期", P.fd(issued, st))]:  # fmt: skip
        pg.text(10, yy, lab, 7.5, ctx.body, color=GREY)
        pg.text(pg.w - 10, yy, val, 7.5, ctx.body, "r")
        yy += 7.5
    pg.rect(10, 142, pg.w / 2 - 3, 150, 0, fill=(23, 120, 230))
    pg.text((10 + pg.w / 2 - 3) / 2, 144, "下载证书", 8, ctx.bold, "c", (255, 255, 255))
    pg.rect(pg.w / 2 + 3, 142, pg.w - 10, 150, 0.3, (23, 120, 230))
    pg.text((pg.w / 2 + 3 + pg.w - 10) / 2, 144, "分享", 8, ctx.bold, "c", (23, 120, 230))
    f = _tc_fields(
        name, course, platform, issued.isoformat(), P.iso_m(d0.year, d0.month), P.iso_m(y1, m1), hours
    )
    return doc(ctx, "training_certificate", "train", v, [pg], f, _scored(f), (name, y1), cat)


def _tc_banner(ctx, v, cat, fld, top, c, prov, name, unit, d0) -> Doc:  # noqa: ANN001
    pg = Page(w=297, h=210)
    st = ctx.style(("han", "cn", "han"))
    d1 = P.plus(d0, ctx.rng.randint(1, 5))
    issuer = P.host(ctx.rng, fld, c)
    title = ctx.pick([f"{top}培训班", f"第{P.han_num(ctx.rng.randint(2, 9))}期{top}研修班", f"{top}专题培训"])
    hours = ctx.pick([16, 24, 32, 40])
    pg.rect(8, 8, 289, 202, 3, (160, 40, 40))
    pg.rect(13, 13, 284, 197, 0.5, (160, 40, 40))
    t(pg, ctx, 148.5, 32, "结 业 证 书", 34, True, "c", (150, 20, 20))
    num = f"{c[:1]}继教字〔{d1.year}〕第{ctx.rng.randint(100, 999)}号"
    t(pg, ctx, 262, 56, num, 11, align="r")
    hand(pg, ctx, 40, 70, name, 20)
    t(pg, ctx, 40 + wmm(ctx, name, 20) + 6, 72, "同志：", 15)
    kind = f"“{title}”" + ("（" + CAT_WORD[cat] + "）" if cat else "")
    body = (f"于{P.span(d0, d1, st, '至')}参加由{issuer}举办的{kind}，完成全部培训课程，"
            f"经考核合格，共计{hours}学时。特发此证。")  # fmt: skip
    para(pg, ctx, 40, 88, 217, body, 15, 1.9)
    issued = d1
    t(pg, ctx, 250, 150, issuer, 14, align="r")
    t(pg, ctx, 250, 160, P.fd(issued, st), 14, align="r")
    seal(pg, ctx, 228, 156, issuer, 21)
    f = _tc_fields(name, title, issuer, issued.isoformat(), d0.isoformat(), d1.isoformat(), hours)
    return doc(ctx, "training_certificate", "train", v, [pg], f, _scored(f), (name, d0.year), cat)


def _tc_cme(ctx, v, cat, fld, top, c, prov, name, unit, d0) -> Doc:  # noqa: ANN001
    pg = Page(w=190, h=130)
    st = ctx.style(("cn0", "dot", "cn"))
    top = ctx.pick(P.PRO_TOPICS["med"])
    unit = ctx.pick([f"{x}人民医院" for x in P.CITIES[c][1]] + [f"{c}市妇幼保健院", f"{c}市第二人民医院"])
    d1 = P.plus(d0, ctx.rng.randint(0, 3))
    hospital = ctx.pick([f"{c}市中心医院", f"{c}市人民医院", f"{c}市中医院", f"{c}市医学会"])
    title = ctx.pick([f"{top}学习班", f"{top}新进展研讨班", f"{top}培训班"])
    pg.rect(5, 5, 185, 125, 0.8, (30, 90, 60))
    t(pg, ctx, 95, 12, f"{prov}省继续医学教育", 13, True, "c", (30, 90, 60))
    t(pg, ctx, 95, 20, "学 分 证 书", 18, True, "c", (30, 90, 60))
    kind = ctx.pick(["Ⅱ类", "Ⅰ类"])
    code = (
        f"{d0.year}-{ctx.rng.randint(1, 18):02d}-{ctx.rng.randint(1, 12):02d}-{ctx.rng.randint(1, 300):03d}"
    )
    grid = [
        ["姓名", name, "单位", unit],
        ["项目名称", title, "", ""],
        ["项目编号", code, "学分类别", kind],
        ["举办日期", P.span(d0, d1, st, "—"), "授予学分", f"{ctx.rng.randint(2, 10)}分"],
        ["主办单位", hospital, "", ""],
    ]
    x0, y = 12, 32
    ws = [26, 62, 24, 54]
    for row in grid:
        if not row[2]:
            pg.rect(x0, y, x0 + sum(ws), y + 11, 0.3)
            pg.line(x0 + ws[0], y, x0 + ws[0], y + 11, 0.3)
            t(pg, ctx, x0 + ws[0] / 2, y + 3, row[0], 10, align="c")
            t(pg, ctx, x0 + ws[0] + 3, y + 3, row[1], 10)
        else:
            xx = x0
            for i, cell in enumerate(row):
                pg.rect(xx, y, xx + ws[i], y + 11, 0.3)
                size = 10 if wmm(ctx, cell, 10) < ws[i] - 2 else 8
                t(pg, ctx, xx + ws[i] / 2, y + 3, cell, size, align="c")
                xx += ws[i]
        y += 11
    issued = P.plus(d1, ctx.rng.randint(0, 20))
    t(pg, ctx, 170, 101, hospital, 10.5, align="r")
    t(pg, ctx, 170, 108, P.fd(issued, st), 10.5, align="r")
    seal(pg, ctx, 150, 104, hospital, 14)
    t(pg, ctx, 14, 117, "本证书为继续医学教育学分登记凭证，请妥善保管。", 8, color=GREY)
    f = _tc_fields(name, title, hospital, issued.isoformat(), d0.isoformat(), d1.isoformat(), None)
    return doc(ctx, "training_certificate", "train", v, [pg], f, _scored(f), (name, d0.year), None)


def _tc_grid(ctx, v, cat, fld, top, c, prov, name, unit, d0) -> Doc:  # noqa: ANN001
    pg = Page()
    st = ctx.style(("cn", "dot", "dash", "cn0"))
    unit = ctx.pick(
        [f"{c}市实验中学", f"{c}市第一中学", f"{c}市第三中学", f"{c}市实验小学"]
        + [f"{x.removesuffix('县')}县实验小学" for x in P.CITIES[c][1] if x not in P.COUNTY_CITY]
    )
    if fld == "pub":
        issuer = f"{c}市教师发展中心"
    else:
        top = ctx.pick(P.PRO_TOPICS["edu"])
        issuer = ctx.pick([f"{c}市教育局", f"{c}市教师发展中心", f"{c}市教育科学研究院"])
    d1 = P.plus(d0, ctx.rng.randint(3, 30))
    title = f"{top}" + ctx.pick(["专项培训", "骨干教师培训", "校本研修"])
    hours = ctx.pick([24, 30, 36, 48, 50])
    pg.rect(12, 12, 198, 285, 1.5, (20, 60, 120))
    t(pg, ctx, 105, 28, f"{c}市中小学教师继续教育", 16, True, "c")
    t(pg, ctx, 105, 38, "培训合格证书", 24, True, "c")
    t(pg, ctx, 180, 56, f"证书编号：{c[:1]}JS{d1.year}{ctx.rng.randint(1000, 9999)}", 10, align="r")
    sex = ctx.pick(["男", "女"])
    x, y = 26, 64
    ws = [36, 58, 28, 36]
    full = [["姓名", name, "性别", sex], ["工作单位", unit], ["培训项目", title],
            ["培训时间", P.span(d0, d1, st, "—")], ["培训学时", f"{hours}学时", "折合学分", f"{hours // 10}学分"]]  # fmt: skip
    if cat:
        full.append(["科目类别", CAT_WORD[cat]])
    for row in full:
        h = 14
        if len(row) == 2:
            pg.rect(x, y, x + sum(ws), y + h, 0.4)
            pg.line(x + ws[0], y, x + ws[0], y + h, 0.4)
            t(pg, ctx, x + ws[0] / 2, y + 4.5, row[0], 11, align="c")
            t(pg, ctx, x + ws[0] + 4, y + 4.5, row[1], 11)
        else:
            xx = x
            for i, cell in enumerate(row):
                pg.rect(xx, y, xx + ws[i], y + h, 0.4)
                t(pg, ctx, xx + ws[i] / 2, y + 4.5, cell, 11, align="c")
                xx += ws[i]
        y += h
    y = para(
        pg,
        ctx,
        26,
        y + 12,
        158,
        "该同志参加上述培训，完成规定学习任务，经考核成绩合格，准予登记继续教育学时。",
        12,
    )
    issued = P.plus(d1, ctx.rng.randint(1, 25))
    t(pg, ctx, 178, y + 30, issuer, 13, align="r")
    t(pg, ctx, 178, y + 40, P.fd(issued, st), 13, align="r")
    seal(pg, ctx, 152, y + 34, issuer, 20)
    f = _tc_fields(name, title, issuer, issued.isoformat(), d0.isoformat(), d1.isoformat(), hours)
    return doc(ctx, "training_certificate", "train", v, [pg], f, _scored(f), (name, d0.year), cat)


def _tc_penform(ctx, v, cat, fld, top, c, prov, name, unit, d0) -> Doc:  # noqa: ANN001
    pg = Page(w=210, h=148)
    st = ctx.style(("cn", "cn0"))
    issuer = P.host(ctx.rng, fld, c)
    hours = ctx.pick([8, 12, 16, 24])
    title = top
    t(pg, ctx, 105, 14, "培 训 证 明", 22, True, "c")
    y = 36
    pg.text(20, y, "兹证明", 13, ctx.body)
    hand(pg, ctx, 42, y - 1, name, 15)
    pg.line(40, y + 6, 78, y + 6, 0.2)
    pg.text(80, y, "同志于", 13, ctx.body)
    mon = P.fm(d0.year, d0.month, st)
    hand(pg, ctx, 100, y - 1, mon, 14)
    pg.line(98, y + 6, 140, y + 6, 0.2)
    pg.text(142, y, "参加", 13, ctx.body)
    y += 13
    hand(pg, ctx, 22, y - 1, title, 14)
    pg.line(20, y + 6, 150, y + 6, 0.2)
    pg.text(152, y, "培训，", 13, ctx.body)
    y += 13
    pg.text(20, y, "累计", 13, ctx.body)
    hand(pg, ctx, 36, y - 1, str(hours), 15)
    pg.line(33, y + 6, 50, y + 6, 0.2)
    pg.text(52, y, "学时。特此证明。", 13, ctx.body)
    y += 14
    if cat:
        pg.text(20, y, "学时类别：□公需科目　□专业科目", 12, ctx.body)
        bx = 20 + wmm(ctx, "学时类别：", 12) + (0 if cat == "public" else wmm(ctx, "□公需科目　", 12))
        tick(pg, bx + 0.6, y + 0.2, 3.6)
        y += 10
    pg.text(120, 104, "单位（盖章）：", 12, ctx.body)
    pg.text(150, 112, issuer, 11, ctx.body, "c")
    seal(pg, ctx, 150, 112, issuer, 16)
    issued_m = d0.month + ctx.rng.randint(0, 1)
    iy, im = (d0.year, issued_m) if issued_m <= 12 else (d0.year + 1, 1)
    hand(pg, ctx, 130, 124, P.fm(iy, im, st), 14)
    f = _tc_fields(
        name, title, issuer, P.iso_m(iy, im), P.iso_m(d0.year, d0.month), P.iso_m(d0.year, d0.month), hours
    )
    return doc(ctx, "training_certificate", "train", v, [pg], f, _scored(f), (name, d0.year), cat)


# ---- sign-in sheets --------------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign")
    fld, top, c = _course(ctx, ctx.pick(["public", "professional", "professional"]))
    if v == "halfday":
        fld, top = "med", ctx.pick(P.PRO_TOPICS["med"])
    issuer = P.host(ctx.rng, fld, c)
    d0 = P.day(ctx.rng, 2018, 2024)
    n = {"twopage": ctx.rng.randint(26, 34)}.get(v, ctx.rng.randint(8, 14))
    names = P.people(ctx.rng, n + 1)
    speaker, names = names[0], names[1:]
    units = [P.workplace(ctx.rng, c) for _ in names]
    title = ctx.pick([f"{top}培训会", f"{top}专题讲座", f"{d0.year}年{top}培训班", f"{top}业务培训"])
    fn = {
        "roster": _sg_roster,
        "wide": _sg_wide,
        "inkonly": _sg_ink,
        "twopage": _sg_two,
        "halfday": _sg_half,
    }[v]
    pages, d1 = fn(ctx, title, issuer, d0, names, units, speaker, c)
    f = {
        "title": title,
        "issuer": issuer,
        "period": {"start": d0.isoformat(), "end": d1.isoformat()},
        "people": [{"name": nm, "rank": i + 1, "role": "attendee"} for i, nm in enumerate(names)],
    }
    who = names[ctx.rng.randrange(len(names))]
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    return doc(ctx, "sign_in_sheet", "sign", v, pages, f, scored, (who, d0.year))


def _phone_no(ctx: Ctx) -> str:
    return f"1{ctx.pick('35789')}{ctx.rng.randint(0, 9)}****{ctx.rng.randint(1000, 9999)}"


def _sg_roster(ctx, title, issuer, d0, names, units, speaker, c):  # noqa: ANN001, ANN202
    pg = Page()
    st = ctx.style()
    t(pg, ctx, 105, 16, title, 16, True, "c")
    t(pg, ctx, 105, 25, "签　到　表", 18, True, "c")
    rows(pg, ctx, 18, 38, [("主办单位", issuer), ("培训时间", P.fd(d0, st)), ("培训地点", f"{c}市会议中心三楼报告厅")],
         10.5, 22, gap=1.9)  # fmt: skip
    titles = ["主治医师", "中级", "高级教师", "工程师", "助理工程师", "副高", "农艺师", "一级教师"]
    data = [["序号", "姓名", "工作单位", "职称", "联系电话", "本人签名"]]
    for i, (nm, u) in enumerate(zip(names, units, strict=True)):
        data.append([str(i + 1), nm, u, ctx.pick(titles), _phone_no(ctx), ""])
    y0 = 60
    y = pg.table(14, y0, [12, 24, 64, 22, 32, 28], data, 9.5, ctx.body, 11, header_font=ctx.bold)
    for i, nm in enumerate(names):
        pg.text(14 + 154 + 14, y0 + 11 * (i + 1) + 2, nm, 13, ctx.hand, "c", (28, 44, 128))
    t(pg, ctx, 14, y + 6, "注：请参训人员本人签名，不得代签。", 9, color=GREY)
    return [pg], d0


def _sg_wide(ctx, title, issuer, d0, names, units, speaker, c):  # noqa: ANN001, ANN202
    pg = Page(w=297, h=210)
    st = ctx.style(("cn", "cn0", "han"))
    t(pg, ctx, 148.5, 12, issuer, 13, False, "c")
    t(pg, ctx, 148.5, 20, title, 17, True, "c")
    t(pg, ctx, 148.5, 30, "参会人员签到册", 14, True, "c")
    t(pg, ctx, 270, 40, f"时间：{P.fd(d0, st)}", 10.5, align="r")
    data = [["序号", "单位", "姓名", "性别", "职务/职称", "手机号码", "签到时间"]]
    for i, (nm, u) in enumerate(zip(names, units, strict=True)):
        data.append([str(i + 1), u, nm, ctx.pick("男女"), ctx.pick(["科长", "副主任", "工程师", "讲师", "主管护师"]),
                     _phone_no(ctx), ""])  # fmt: skip
    y0 = 47
    pg.table(22, y0, [14, 78, 30, 16, 36, 40, 36], data, 10, ctx.body, 10, header_font=ctx.bold)
    for i in range(len(names)):
        hand(
            pg,
            ctx,
            22 + 214 + 18,
            y0 + 10 * (i + 1) + 2,
            f"{ctx.rng.randint(7, 8)}:{ctx.rng.randint(10, 59)}",
            12,
            "c",
        )
    return [pg], d0


def _sg_ink(ctx, title, issuer, d0, names, units, speaker, c):  # noqa: ANN001, ANN202
    pg = Page()
    st = ctx.style(("dot", "dash", "cn"))
    y = t(pg, ctx, 105, 18, f"“{title}”签到", 17, True, "c") + 2
    t(pg, ctx, 18, y, f"组织单位：{issuer}", 10.5)
    t(pg, ctx, 192, y, f"日期：{P.fd(d0, st)}", 10.5, align="r")
    data = [["序号", "签名", "工作单位", "备注"]] + [[str(i + 1), "", u, ""] for i, u in enumerate(units)]
    y0 = y + 9
    pg.table(18, y0, [14, 44, 88, 28], data, 10, ctx.body, 13, header_font=ctx.bold)
    for i, nm in enumerate(names):
        hand(pg, ctx, 18 + 14 + 22, y0 + 13 * (i + 1) + 3, nm, 16, "c")
    return [pg], d0


def _sg_two(ctx, title, issuer, d0, names, units, speaker, c):  # noqa: ANN001, ANN202
    st = ctx.style(("cn", "cn0"))
    d1 = P.plus(d0, 1)
    half = 18
    pages = []
    for p, chunk in enumerate((names[:half], names[half:])):
        pg = Page()
        if p == 0:
            t(pg, ctx, 105, 14, issuer, 12, align="c")
            t(pg, ctx, 105, 22, title, 16, True, "c")
            t(pg, ctx, 105, 31, "学员签到表", 14, True, "c")
            t(pg, ctx, 20, 42, f"培训日期：{P.span(d0, d1, st, '—')}", 10.5)
            seal(pg, ctx, 150, 24, issuer, 18)
            y0 = 50
        else:
            t(pg, ctx, 105, 14, "学员签到表（续）", 13, True, "c")
            y0 = 24
        data = [["序号", "姓名", "工作单位", f"{d0.month}月{d0.day}日", f"{d1.month}月{d1.day}日"]]
        base = 0 if p == 0 else half
        for i, (nm, u) in enumerate(zip(chunk, units[base : base + len(chunk)], strict=True)):
            data.append([str(base + i + 1), nm, u, "", ""])
        pg.table(16, y0, [14, 26, 78, 30, 30], data, 9.5, ctx.body, 11.5, header_font=ctx.bold)
        for i, nm in enumerate(chunk):
            for col in (16 + 118 + 15, 16 + 148 + 15):
                if ctx.rng.random() < 0.93:
                    hand(pg, ctx, col, y0 + 11.5 * (i + 1) + 2.5, nm, 12, "c")
        t(pg, ctx, 105, 285, f"第{p + 1}页 共2页", 9, align="c", color=GREY)
        pages.append(pg)
    return pages, d1


def _sg_half(ctx, title, issuer, d0, names, units, speaker, c):  # noqa: ANN001, ANN202
    pg = Page()
    st = ctx.style(("han", "cn", "dash"))
    hospital = f"{c}市人民医院"
    t(pg, ctx, 105, 16, f"{hospital}继续医学教育项目", 12, align="c")
    t(pg, ctx, 105, 24, "学员签到表", 17, True, "c")
    y = rows(pg, ctx, 20, 36, [("项目名称", title), ("主办单位", issuer), ("举办时间", P.fd(d0, st)),
                               ("主 讲 人", f"{speaker}（主任医师）")], 10.5, 22, gap=1.9)  # fmt: skip
    depts = ["急诊科", "心内科", "呼吸科", "儿科", "护理部", "药剂科", "麻醉科", "普外科", "检验科"]
    data = [["序号", "姓名", "科室", "上午签到", "下午签到"]]
    for i, nm in enumerate(names):
        data.append([str(i + 1), nm, ctx.pick(depts), "", ""])
    y0 = y + 4
    pg.table(20, y0, [14, 34, 40, 41, 41], data, 10, ctx.body, 11, header_font=ctx.bold)
    for i, nm in enumerate(names):
        hand(pg, ctx, 20 + 88 + 20, y0 + 11 * (i + 1) + 2, nm, 12, "c")
        if ctx.rng.random() < 0.85:
            hand(pg, ctx, 20 + 129 + 20, y0 + 11 * (i + 1) + 2, nm, 12, "c")
    return [pg], d0


# ---- training notices ------------------------------------------------------------------------------
def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    cat = ctx.pick(["public", "professional", None, None])
    fld, top, c = _course(ctx, cat)
    if v == "congress":
        cat = None
    issuer = P.host(ctx.rng, fld, c)
    d0 = P.day(ctx.rng, 2018, 2024)
    name = P.people(ctx.rng, 1)[0]
    fn = {"redhead": _nt_red, "invite": _nt_invite, "agenda": _nt_agenda, "appsignup": _nt_app,
          "congress": _nt_congress}[v]  # fmt: skip
    pages, f, cat = fn(ctx, cat, top, c, issuer, d0, name)
    f["holder"] = name
    scored = [s for s in _scored(f) if s != "holder"]
    return doc(ctx, "training_notice", "notice", v, pages, f, scored, (name, d0.year), cat)


def _hours_line(cat: str | None, hours: int) -> str:
    return f"登记继续教育{CAT_WORD[cat]}{hours}学时" if cat else f"登记继续教育{hours}学时"


def _nt_red(ctx, cat, top, c, issuer, d0, name):  # noqa: ANN001, ANN202
    st = ctx.style(("cn", "cn0", "han"))
    p1 = Page()
    t(p1, ctx, 105, 22, f"{issuer}文件", 26, True, "c", RED)
    keys = [("人力", "人社"), ("卫生", "卫"), ("医", "卫"), ("护理", "卫"), ("教", "教"), ("农", "农"), ("建", "建"),
            ("科学", "科"), ("市场", "市监"), ("党校", "校")]  # fmt: skip
    abbr = next((v for kw, v in keys if kw in issuer), "办")
    issued = P.plus(d0, -ctx.rng.randint(7, 30))
    t(p1, ctx, 105, 42, f"{c[:1]}{abbr}函〔{issued.year}〕{ctx.rng.randint(3, 160)}号", 12, align="c")
    p1.line(20, 50, 190, 50, 1.0, RED)
    d1 = P.plus(d0, ctx.rng.randint(1, 4))
    title = f"{d0.year}年{top}培训班"
    y = para(p1, ctx, 30, 58, 150, f"关于举办{title}的通知", 16, indent=False)
    y = t(p1, ctx, 20, y + 4, "各县（市、区）有关单位，市直各有关单位：", 12)
    hours = ctx.pick([16, 24, 32])
    body = [
        f"为进一步提升专业技术人员业务水平，经研究，决定举办{title}。现将有关事项通知如下：",
        f"一、培训时间：{P.span(d0, d1, st, '至')}，{P.fd(P.plus(d0, -1), st)}下午报到。",
        f"二、培训地点：{c}市专业技术人员继续教育基地（{ctx.pick(['泰山大街', '滨河路', '中山路', '建设西路'])}"
        f"{ctx.rng.randint(8, 300)}号）。",
        "三、培训对象：各单位从事相关工作的专业技术人员，每单位限报2人。",
        f"四、学时认定：学员全程参训并考核合格的，{_hours_line(cat, hours)}。",
        f"五、报名方式：请于{P.fd(P.plus(d0, -3), st)}前将回执（附件）报送至联系邮箱。",
    ]
    for b in body:
        y = para(p1, ctx, 20, y + 1, 170, b, 12)
    y = t(p1, ctx, 20, y + 4, "附件：参训回执", 12)
    t(p1, ctx, 180, y + 14, issuer, 12, align="r")
    t(p1, ctx, 180, y + 22, P.fd(issued, st), 12, align="r")
    seal(p1, ctx, 156, y + 18, issuer, 20)
    p2 = Page()
    t(p2, ctx, 20, 18, "附件", 12, True)
    t(p2, ctx, 105, 30, "参训回执", 18, True, "c")
    data = [["姓名", "性别", "工作单位", "职称", "联系电话"], ["", "", "", "", ""], ["", "", "", "", ""]]
    p2.table(20, 44, [26, 16, 70, 26, 32], data, 11, ctx.body, 14, header_font=ctx.bold)
    hand(p2, ctx, 33, 60, name, 15, "c")
    hand(p2, ctx, 54, 60, ctx.pick("男女"), 14, "c")
    hand(p2, ctx, 63, 61, P.workplace(ctx.rng, c), 11)
    hand(p2, ctx, 145, 60, ctx.pick(["中级", "副高", "初级"]), 14, "c")
    f = {"title": title, "issuer": issuer, "issued_on": issued.isoformat(), "hours_stated": hours,
         "period": {"start": d0.isoformat(), "end": d1.isoformat()}}  # fmt: skip
    return [p1, p2], f, cat


def _nt_invite(ctx, cat, top, c, issuer, d0, name):  # noqa: ANN001, ANN202
    st = ctx.style(("cn", "cn0", "dot"))
    pg = Page()
    pg.rect(0, 0, 210, 36, 0, fill=(130, 20, 30))
    t(pg, ctx, 105, 12, "邀 请 函", 26, True, "c", (250, 225, 170))
    d1 = P.plus(d0, ctx.rng.randint(0, 2))
    title = ctx.pick([f"{top}研讨会", f"{top}高级研修班", f"{c}市{top}论坛"])
    hon = ctx.pick(["老师", "同志", "主任", "专家"])
    y = t(pg, ctx, 22, 50, f"尊敬的{name}{hon}：", 14)
    hours = ctx.pick([8, 12, 16, None])
    body = [
        f"兹定于{P.span(d0, d1, st, '至')}在{c}市举办{title}，特邀请您拨冗参加。",
        f"本次活动由{issuer}主办，将围绕{top}开展专题报告与交流研讨。",
    ]
    if hours:
        body.append(f"参会人员按规定{_hours_line(cat, hours)}。")
    body.append("请于会前三日回复确认，会务组联系电话：" + _phone_no(ctx) + "。")
    for b in body:
        y = para(pg, ctx, 22, y + 3, 166, b, 13, 1.9)
    issued = P.plus(d0, -ctx.rng.randint(10, 40))
    t(pg, ctx, 186, y + 24, issuer, 13, align="r")
    t(pg, ctx, 186, y + 33, P.fd(issued, st), 13, align="r")
    seal(pg, ctx, 160, y + 28, issuer, 20)
    f = {"title": title, "issuer": issuer, "issued_on": issued.isoformat(), "hours_stated": hours,
         "period": {"start": d0.isoformat(), "end": d1.isoformat()}}  # fmt: skip
    return [pg], f, (cat if hours else None)


def _nt_agenda(ctx, cat, top, c, issuer, d0, name):  # noqa: ANN001, ANN202
    pg = Page(w=297, h=210)
    st = ctx.style(("cn", "dot"))
    d1 = P.plus(d0, 1)
    title = f"{top}" + ctx.pick(["培训班", "专题研修班"])
    t(pg, ctx, 148.5, 14, title, 18, True, "c")
    t(pg, ctx, 148.5, 24, "日 程 安 排", 15, True, "c")
    t(pg, ctx, 24, 34, f"主办单位：{issuer}", 10.5)
    t(pg, ctx, 150, 34, f"地点：{c}市行政中心第{P.han_num(ctx.rng.randint(1, 6))}会议室", 10.5)
    hand(pg, ctx, 232, 8, f"参训人：{name}", 14)
    speakers = P.people(ctx.rng, 5)
    parts = ["开班仪式", "专题讲座（一）", "专题讲座（二）", "案例研讨", "现场教学", "结业考核"]
    data = [["日期", "时间", "内容", "主讲人", "备注"]]
    for i, ptxt in enumerate(parts):
        dd = d0 if i < 3 else d1
        tm = ["8:30-9:00", "9:00-11:30", "14:00-17:00"][i % 3]
        data.append([P.fd(dd, st), tm, ptxt, speakers[i % 5] if i not in (0, 5) else "—", ""])
    y = pg.table(24, 42, [44, 36, 90, 40, 40], data, 10.5, ctx.body, 12, header_font=ctx.bold)
    hours = ctx.pick([12, 16, None])
    note = "注：请学员按时参加，全程签到。"
    if hours:
        note += f"培训结束经考核合格，{_hours_line(cat, hours)}。"
    para(pg, ctx, 24, y + 6, 250, note, 10.5, indent=False)
    f = {"title": title, "issuer": issuer, "hours_stated": hours,
         "period": {"start": d0.isoformat(), "end": d1.isoformat()}}  # fmt: skip
    return [pg], f, (cat if hours else None)


def _nt_app(ctx, cat, top, c, issuer, d0, name):  # noqa: ANN001, ANN202
    pg, y = phone(ctx, "培训详情", f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59):02d}")
    st = ctx.style(("dash", "slash", "cn"))
    d1 = P.plus(d0, ctx.rng.randint(0, 2))
    title = f"{top}" + ctx.pick(["线下培训", "专题班", "培训（第二期）"])
    card(pg, 3, y, pg.w - 3, y + 40)
    y2 = pg.wrap(6, y + 3, pg.w - 12, title, 10, ctx.bold, 1.5)
    pg.rect(6, y2 + 1, 22, y2 + 6.5, 0, fill=(225, 245, 230))
    pg.text(14, y2 + 2, "报名成功", 6.5, ctx.body, "c", (30, 140, 60))
    issued = P.plus(d0, -ctx.rng.randint(5, 25))
    t(pg, ctx, 6, y2 + 9, f"发布时间：{P.fd(issued, st)}", 7, color=GREY)
    y = y + 44
    card(pg, 3, y, pg.w - 3, y + 70)
    hours = ctx.pick([8, 12, 24])
    items = [("学员", name), ("主办单位", issuer), ("培训开始", P.fd(d0, st)), ("培训结束", P.fd(d1, st)),
             ("培训地点", f"{c}市继续教育基地"), ("学时", f"{hours}学时")]  # fmt: skip
    if cat:
        items.append(("科目", "公需课" if cat == "public" else "专业课"))
    yy = y + 4
    for lab, val in items:
        pg.text(6, yy, lab, 7.5, ctx.body, color=GREY)
        pg.text(pg.w - 6, yy, val, 7.5 if wmm(ctx, val, 7.5) < 50 else 6.2, ctx.body, "r")
        yy += 8.5
    pg.rect(6, 150, pg.w - 6, 159, 0, fill=(220, 220, 220))
    pg.text(pg.w / 2, 152, "已报名", 8.5, ctx.bold, "c", (120, 120, 120))
    f = {"title": title, "issuer": issuer, "issued_on": issued.isoformat(), "hours_stated": hours,
         "period": {"start": d0.isoformat(), "end": d1.isoformat()}}  # fmt: skip
    return [pg], f, cat


def _nt_congress(ctx, cat, top, c, issuer, d0, name):  # noqa: ANN001, ANN202
    st = ctx.style(("cn", "cn0"))
    prov = P.CITIES[c][0]
    top = ctx.pick(P.PRO_TOPICS["med"])
    society = ctx.pick([f"{prov}省医学会", f"{prov}省医师协会", f"{prov}省护理学会"])
    host_h = f"{c}市中心医院"
    pg = Page()
    d1 = P.plus(d0, ctx.rng.randint(1, 2))
    title = f"{society}{d0.year}年学术年会暨{top}研讨会"
    y = t(pg, ctx, 105, 18, f"{society}{d0.year}年学术年会", 17, True, "c")
    y = t(pg, ctx, 105, y, f"暨{top}研讨会", 17, True, "c")
    y = t(pg, ctx, 105, y + 2, "（第一轮通知）", 13, align="c")
    body = [
        f"经研究，{society}定于{P.span(d0, d1, st, '至')}在{c}市召开{title}。会议将邀请国内知名专家作专题报告，"
        "欢迎全省同道踊跃投稿、参会。",
        f"一、主办单位：{society}；承办单位：{host_h}。",
        f"二、会议地点：{c}市{ctx.pick(['国际会展中心', '泰山宾馆', '大厦会议中心'])}。",
        f"三、学分：参会代表授予{prov}省继续医学教育Ⅰ类学分{ctx.rng.randint(4, 10)}分。",
        "四、征文要求：围绕会议主题，未公开发表的论著、综述及病例报告均可。",
    ]
    for b in body:
        y = para(pg, ctx, 24, y + 2, 162, b, 11.5)
    issued = P.plus(d0, -ctx.rng.randint(30, 70))
    t(pg, ctx, 184, y + 16, society, 12, align="r")
    t(pg, ctx, 184, y + 24, P.fd(issued, st), 12, align="r")
    seal(pg, ctx, 160, y + 20, society, 19)
    hand(pg, ctx, 24, y + 44, f"已报名参会 {name}", 15)
    f = {"title": title, "issuer": society, "issued_on": issued.isoformat(),
         "period": {"start": d0.isoformat(), "end": d1.isoformat()}}  # fmt: skip
    return [pg], f, None
