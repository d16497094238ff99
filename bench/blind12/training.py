"""Draw 12 training certificates and sign-in sheets."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import width_mm
from bench.blind12 import pools as P
from bench.blind12.pools import Ctx
from bench.blind12.sheet import (
    GREY,
    RED,
    a4,
    build,
    card,
    ink,
    lh,
    masked_id,
    pairs,
    para,
    ranked,
    screen,
    seal,
    signoff,
    status_bar,
    t,
)  # fmt: skip

CAT_WORD = {"public": "公需科目", "professional": "专业科目"}


def course(ctx: Ctx, year: int, fld: dict[str, tuple[str, ...]], cat: str | None) -> str:
    topic = ctx.rng.choice(P.PUBLIC_TOPICS if cat == "public" else fld["topics"])
    forms = ("{t}培训班", "{y}年{t}专题培训", "{t}高级研修班", "第{n}期{t}培训班", "{y}年度{t}继续教育项目")
    return ctx.pick("course", forms).format(t=topic, y=year, n=P.han_num(ctx.rng.randint(2, 9)))


def organiser(ctx: Ctx, pl: P.Place, fld: dict[str, tuple[str, ...]]) -> str:
    r = ctx.rng.random()
    if r < 0.4:
        return P.society(ctx.rng, pl, fld, ctx.rng.choice(("city", "province")))
    if r < 0.7:
        return f"{P.college(ctx.rng, pl)}继续教育学院"
    return ctx.pick("organiser", (f"{pl.city}市专业技术人员继续教育中心", f"{pl.city}市人力资源和社会保障局",
                                  f"{pl.province}省专业技术人员继续教育基地"))  # fmt: skip


def _setup(ctx: Ctx) -> tuple:
    r = ctx.rng
    pl = P.place(r)
    _, fld = P.field_of_work(r)
    year = r.randint(2017, 2024)
    start = P.day_in(r, year, (3, 11))
    end = P.later(start, 0, 5, r)
    return pl, fld, year, start, end


# ---- training certificates ------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("cert")
    r = ctx.rng
    pl, fld, year, start, end = _setup(ctx)
    cat = r.choice(("public", "professional", None))
    title = course(ctx, year, fld, cat)
    who = P.people(r, 1)[0]
    unit = P.workplace(r, pl)
    issuer = organiser(ctx, pl, fld)
    hours = r.choice((8, 12, 16, 24, 30, 32, 40, 48))
    issued = P.later(end, 0, 12, r)
    period = {"start": start.isoformat(), "end": end.isoformat()}
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    style = ctx.date_style()
    no = P.cert_no(r, 10, r.choice(("", "JX", f"{year}-")))

    if v == "spread":
        pg = a4(True)
        pg.rect(9, 9, pg.w - 9, pg.h - 9, 1.6, (30, 80, 140))
        pg.rect(13, 13, pg.w - 13, pg.h - 13, 0.3, (30, 80, 140))
        t(pg, ctx, pg.w / 2, 30, ctx.pick("spread.head", ("结　业　证　书", "培　训　证　书")), 32, "c", True)
        t(pg, ctx, 38, 62, f"{who}同志：", 16)
        y = 62 + lh(16, 2.0)
        body = (f"你于{P.span(start, end, style)}参加{issuer}举办的“{title}”，完成规定课程的学习，"
                f"经考核成绩合格，计{hours}学时。")  # fmt: skip
        y = para(pg, ctx, 38, y, 222, body, 16, lead=1.9)
        if cat:
            t(pg, ctx, 38 + width_mm("　　", ctx.body, 16), y, f"科目类别：{CAT_WORD[cat]}", 16)
            y += lh(16, 1.9)
        para(pg, ctx, 38, y, 222, "特发此证。", 16)
        t(pg, ctx, 38, 178, f"证书编号：{no}", 11)
        signoff(pg, ctx, [issuer, ctx.d(issued)], 158, pg.w - 36, 14, stamp=issuer)
        return build(ctx, "training_certificate", "cert", v, [pg],
                     dict(holder=who, title=title, issuer=issuer, issued_on=issued.isoformat(), period=period,
                          hours_stated=hours), scored, (who, year), cat)  # fmt: skip

    if v == "platform":
        platform = ctx.pick("platform", (f"{pl.province}省专业技术人员继续教育公共服务平台",
                                         f"{pl.city}市继续教育在线学习平台", f"{pl.city}市专业技术人员网络学院"))  # fmt: skip
        pg = screen()
        y = status_bar(pg, ctx, f"{r.randint(8, 22)}:{r.randint(0, 59):02d}", "学时证明")
        card(pg, 4, y, pg.w - 4, y + 150)
        t(pg, ctx, pg.w / 2, y + 5, platform, 10, "c", True)
        t(pg, ctx, pg.w / 2, y + 12, "继续教育学时证明", 13, "c", True)
        m0, m1 = r.randint(1, 5), r.randint(8, 12)
        items = [("姓名", who), ("证件号码", masked_id(ctx, pl.province)), ("工作单位", unit), ("学习年度", f"{year}年度"),
                 ("课程名称", title)]  # fmt: skip
        if cat:
            items.append(("课程类别", CAT_WORD[cat]))
        items += [("获得学时", f"{hours}学时"), ("学习周期", f"{ctx.m(year, m0)}至{ctx.m(year, m1)}"),
                  ("出具日期", ctx.d(issued := dt.date(year, m1, r.randint(1, 28))))]  # fmt: skip
        yy = y + 24
        for lab, val in items:
            t(pg, ctx, 8, yy, lab, 8.5, color=GREY)
            yy = para(pg, ctx, 28, yy, pg.w - 36, val, 8.5, indent=False, lead=1.5) + 2.2
        seal(pg, ctx, pg.w - 24, yy - 14, platform, 15)
        pg.rect(pg.w / 2 - 12, yy + 6, pg.w / 2 + 12, yy + 30, 0.4, (60, 60, 60))
        t(pg, ctx, pg.w / 2, yy + 33, f"验证码：{P.cert_no(r, 6)}　扫码核验真伪", 7.5, "c", color=GREY)
        period = {"start": f"{year}-{m0:02d}", "end": f"{year}-{m1:02d}"}
        return build(ctx, "training_certificate", "cert", v, [pg],
                     dict(holder=who, title=title, issuer=platform, issued_on=issued.isoformat(), period=period,
                          hours_stated=hours), scored, (who, year), cat)  # fmt: skip

    if v == "ledger":
        pg = a4()
        head = ctx.pick("ledger.head", ("专业技术人员继续教育学时证明", "继续教育培训学时登记证明"))
        t(pg, ctx, pg.w / 2, 30, head, 19, "c", True)
        t(pg, ctx, 22, 46, f"编号：{no}", 10.5)
        sex = r.choice("男女")
        y = pg.table(22, 53, [30, 55, 30, 51], [["姓　名", who, "性　别", sex],
                                                ["职　称", r.choice(("助理工程师", "主治医师", "一级教师", "农艺师",
                                                                     "高级工程师", "主管护师")), "证件号", masked_id(ctx, pl.province)]],
                     11, ctx.body, row_h=12)  # fmt: skip
        y = pg.table(22, y, [30, 136], [["工作单位", unit], ["培训项目", title],
                                         ["培训时间", P.span(start, end, style, "—")], ["主办单位", issuer]],
                     11, ctx.body, row_h=12)  # fmt: skip
        y = pg.table(22, y, [30, 55, 30, 51], [["认定学时", f"{hours}", "科目类别", CAT_WORD.get(cat, "—")]],
                     11, ctx.body, row_h=12)  # fmt: skip
        y = para(
            pg, ctx, 22, y + 10, 166, "经审核，该同志已完成上述培训并考核合格，所列学时属实，予以认定。", 12
        )
        signoff(pg, ctx, ["主办单位（盖章）", issuer, ctx.d(issued)], y + 20, pg.w - 26, 12, stamp=issuer)
        return build(ctx, "training_certificate", "cert", v, [pg],
                     dict(holder=who, title=title, issuer=issuer, issued_on=issued.isoformat(), period=period,
                          hours_stated=hours), scored, (who, year), cat)  # fmt: skip

    if v == "letter":
        pg = a4()
        t(pg, ctx, pg.w / 2, 22, issuer, 17, "c", True, RED)
        pg.line(20, 33, pg.w - 20, 33, 1.0, RED)
        t(pg, ctx, pg.w / 2, 50, "学 时 证 明", 22, "c", True)
        body = (f"兹证明{who}同志（{unit}），于{P.span(start, end, style)}参加了我单位组织的“{title}”，"
                f"全程参加学习，考核合格，累计取得继续教育学时{hours}学时"
                + (f"（{CAT_WORD[cat]}）" if cat else "") + "。")  # fmt: skip
        y = para(pg, ctx, 26, 72, 158, body, 14, lead=2.0)
        y = para(pg, ctx, 26, y + 2, 158, "特此证明。", 14)
        signoff(pg, ctx, [issuer, ctx.d(issued)], y + 28, pg.w - 28, 13, stamp=issuer, dx=-6)
        t(pg, ctx, 26, 262, f"证明编号：{no}", 10, color=GREY)
        return build(ctx, "training_certificate", "cert", v, [pg],
                     dict(holder=who, title=title, issuer=issuer, issued_on=issued.isoformat(), period=period,
                          hours_stated=hours), scored, (who, year), cat)  # fmt: skip

    if v == "inkform":
        pg = a4()
        pg.rect(16, 16, pg.w - 16, 200, 0.8)
        t(pg, ctx, pg.w / 2, 28, "继续教育培训合格证", 21, "c", True)
        t(pg, ctx, pg.w / 2, 40, f"（{issuer}制）", 10.5, "c", color=GREY)
        items = [("姓　　名", who), ("工作单位", unit), ("培训内容", title),
                 ("培训时间", f"{start:%Y.%m.%d}—{end:%Y.%m.%d}"), ("获得学时", f"{hours}学时")]  # fmt: skip
        if cat:
            items.append(("科目类别", CAT_WORD[cat]))
        y = pairs(pg, ctx, 26, 56, items, 12.5, "：", col=30, gap=2.7, rule=pg.w - 26, hand=True)
        iss_m = end.month
        t(pg, ctx, 104, y + 12, "发证单位（盖章）", 12)
        t(pg, ctx, 104, y + 20, issuer, 12)
        ink(pg, ctx, 116, y + 30, ctx.m(year, iss_m, "cn"), 14)
        seal(pg, ctx, 140, y + 16, issuer)
        t(pg, ctx, 26, 190, "注：本证涂改无效，请妥善保管。", 9.5, color=GREY)
        return build(ctx, "training_certificate", "cert", v, [pg],
                     dict(holder=who, title=title, issuer=issuer, issued_on=f"{year}-{iss_m:02d}", period=period,
                          hours_stated=hours), scored, (who, year), cat)  # fmt: skip

    # badge: a small card certificate
    from bench.blind.page import Page

    pg = Page(150.0, 105.0, bg=(252, 250, 243))
    pg.rect(4, 4, pg.w - 4, pg.h - 4, 0.8, (150, 110, 40))
    t(pg, ctx, pg.w / 2, 9, issuer, 10, "c")
    t(pg, ctx, pg.w / 2, 16, "培训合格证书", 17, "c", True, (150, 30, 30))
    items = [("姓　　名", who), ("培训项目", title), ("培训时间", P.span(start, end, style, "至")),
             ("学　　时", f"{hours}")]  # fmt: skip
    if cat:
        items.append(("类　　别", CAT_WORD[cat]))
    items += [("证书编号", no), ("发证日期", ctx.d(issued))]
    y = 29.0
    for lab, val in items:
        t(pg, ctx, 12, y, f"{lab}：", 8.5)
        y = para(pg, ctx, 30, y, 84, val, 8.5, indent=False, lead=1.45) + 1.6
    pg.rect(pg.w - 32, 34, pg.w - 12, 54, 0.4)
    t(pg, ctx, pg.w - 22, 56, "扫码查验", 7, "c", color=GREY)
    seal(pg, ctx, pg.w - 30, pg.h - 24, issuer, 14)
    return build(ctx, "training_certificate", "cert", v, [pg],
                 dict(holder=who, title=title, issuer=issuer, issued_on=issued.isoformat(), period=period,
                      hours_stated=hours), scored, (who, year), cat)  # fmt: skip


# ---- sign-in sheets -------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign")
    r = ctx.rng
    pl, fld, year, day, _ = _setup(ctx)
    title = course(ctx, year, fld, r.choice(("public", "professional")))
    issuer = organiser(ctx, pl, fld)
    style = ctx.date_style()
    venue = ctx.pick("venue", (f"{P.college(r, pl)}学术报告厅", f"{pl.city}市会议中心三楼会议室",
                               f"{pl.county}人民政府第二会议室", f"{pl.city}市科技馆一楼报告厅"))  # fmt: skip
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    end = day

    if v == "roster":
        n = r.randint(9, 15)
        names = P.people(r, n)
        pg = a4()
        t(pg, ctx, pg.w / 2, 20, f"“{title}”", 15, "c", True)
        t(pg, ctx, pg.w / 2, 29, "签　到　表", 18, "c", True)
        t(pg, ctx, 18, 42, f"时间：{ctx.d(day)}", 10.5)
        t(pg, ctx, 92, 42, f"地点：{venue}", 10.5)
        t(pg, ctx, 18, 49, f"主办单位：{issuer}", 10.5)
        rows = [["序号", "工作单位", "姓名", "联系电话", "备注"]]
        rows += [[str(i + 1), P.workplace(r, pl), "", f"1{r.choice('358')}{r.randint(0, 9)}****{r.randint(1000, 9999)}", ""]
                 for i in range(n)]  # fmt: skip
        y0 = 56
        pg.table(18, y0, [14, 70, 30, 40, 20], rows, 9.5, ctx.body, row_h=11.5, header_font=ctx.bold)
        for i, nm in enumerate(names):
            ink(pg, ctx, 102 + 15, y0 + 11.5 * (i + 1) + 2.5, nm, 13, "c", blue=r.random() < 0.6)
        people = ranked(names, "attendee")
    elif v == "paired":
        n = r.randint(14, 22)
        names = P.people(r, n)
        from bench.blind.page import Page

        pg = Page(297.0, 210.0)
        t(pg, ctx, pg.w / 2, 14, f"{title}签到表", 17, "c", True)
        t(pg, ctx, pg.w / 2, 24, f"主办：{issuer}　　日期：{ctx.d(day)}　　地点：{venue}", 10, "c")
        half = (n + 1) // 2
        for side in range(2):
            rows = [["序号", "姓名", "单位", "签到时间"]]
            chunk = list(range(side * half, min(n, (side + 1) * half)))
            rows += [[str(i + 1), "", P.workplace(r, pl), ""] for i in chunk]
            x0 = 16 + side * 136
            pg.table(x0, 33, [13, 30, 62, 24], rows, 8.5, ctx.body, row_h=13.0, header_font=ctx.bold)
            for j, i in enumerate(chunk):
                yy = 33 + 13.0 * (j + 1) + 3.5
                ink(pg, ctx, x0 + 28, yy, names[i], 12.5, "c")
                ink(pg, ctx, x0 + 117, yy, f"{r.randint(7, 8)}:{r.randint(10, 59)}", 10.5, "c", blue=False)
        people = ranked(names, "attendee")
    elif v == "session":
        end = P.later(day, 1, 2, r)
        n = r.randint(8, 13)
        names = P.people(r, n)
        pg = a4()
        t(pg, ctx, pg.w / 2, 18, "参 会 签 到 册", 18, "c", True)
        y = pg.table(16, 30, [28, 150], [["会议名称", title], ["会议时间", P.span(day, end, style)],
                                         ["会议地点", venue], ["主办单位", issuer]], 10, ctx.body, row_h=10)  # fmt: skip
        days = [day + dt.timedelta(days=i) for i in range((end - day).days + 1)]
        head = ["序号", "姓名", "单位"] + [f"{d.month}月{d.day}日" for d in days]
        dw = 78 / len(days)
        rows = [head] + [
            [str(i + 1), nm, P.workplace(r, pl)] + [""] * len(days) for i, nm in enumerate(names)
        ]
        y0 = y + 6
        pg.table(16, y0, [12, 26, 62] + [dw] * len(days), rows, 9, ctx.body, row_h=11, header_font=ctx.bold)
        for i in range(n):
            for j in range(len(days)):
                if r.random() < 0.92:
                    ink(pg, ctx, 116 + dw * j + dw / 2, y0 + 11 * (i + 1) + 2.5, "√", 11, "c")
        people = ranked(names, "attendee")
    elif v == "export":
        n = r.randint(6, 9)
        names = P.people(r, n)
        pg = screen()
        y = status_bar(pg, ctx, f"{r.randint(9, 18)}:{r.randint(0, 59):02d}", "签到详情")
        card(pg, 4, y, pg.w - 4, y + 32)
        y2 = para(pg, ctx, 8, y + 4, pg.w - 16, title, 10.5, indent=False, lead=1.45)
        t(pg, ctx, 8, y2 + 1, f"发起单位：{issuer}", 7.8, color=GREY)
        t(pg, ctx, 8, y2 + 6.5, f"签到日期：{ctx.d(day, 'dash')}", 7.8, color=GREY)
        y = y + 36
        t(pg, ctx, 6, y, f"已签到 {n} 人", 8.5, bold=True)
        y += 6
        for nm in names:
            card(pg, 4, y, pg.w - 4, y + 14)
            pg.rect(7, y + 2.5, 16, y + 11.5, 0, fill=(120, 160, 210))
            t(pg, ctx, 11.5, y + 4.5, nm[-1], 9, "c", color=(255, 255, 255))
            t(pg, ctx, 19, y + 2.2, nm, 9.5)
            t(pg, ctx, 19, y + 7.6, P.workplace(r, pl), 7.2, color=GREY)
            t(
                pg,
                ctx,
                pg.w - 7,
                y + 4.5,
                f"0{r.randint(7, 8)}:{r.randint(10, 59)}",
                8,
                "r",
                color=(40, 140, 70),
            )
            y += 15.5
        people = ranked(names, "attendee")
    else:  # booklet: two pages
        n = r.randint(22, 30)
        names = P.people(r, n)
        pages = []
        per = 16
        for p in range(2):
            pg = a4()
            t(pg, ctx, pg.w / 2, 18, f"{title}", 14, "c", True)
            t(pg, ctx, pg.w / 2, 26, "学员签到表", 16, "c", True)
            t(pg, ctx, 18, 37, f"培训日期：{ctx.d(day)}", 10)
            t(pg, ctx, pg.w - 18, 37, f"承办：{issuer}", 10, "r")
            chunk = list(range(p * per, min(n, (p + 1) * per)))
            rows = [["序号", "姓名", "性别", "工作单位", "本人签字"]]
            rows += [[str(i + 1), names[i], r.choice("男女"), P.workplace(r, pl), ""] for i in chunk]
            pg.table(18, 44, [14, 26, 14, 76, 44], rows, 9.5, ctx.body, row_h=12, header_font=ctx.bold)
            for j, i in enumerate(chunk):
                ink(pg, ctx, 170, 44 + 12 * (j + 1) + 2.5, names[i], 13, "c", blue=False)
            t(pg, ctx, pg.w / 2, 282, f"第 {p + 1} 页　共 2 页", 9, "c", color=GREY)
            pages.append(pg)
        people = ranked(names, "attendee")
        claim = r.choice(names)
        return build(ctx, "sign_in_sheet", "sign", v, pages,
                     dict(title=title, issuer=issuer, period={"start": day.isoformat(), "end": day.isoformat()},
                          people=people), scored, (claim, year))  # fmt: skip
    claim = r.choice(names)
    return build(ctx, "sign_in_sheet", "sign", v, [pg],
                 dict(title=title, issuer=issuer, period={"start": day.isoformat(), "end": end.isoformat()},
                      people=people), scored, (claim, year))  # fmt: skip
