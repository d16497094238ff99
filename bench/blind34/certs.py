"""Draw 34 builders: training certificates, sign-in sheets and training notices."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind34 import quals
from bench.blind34.pools import (
    GREY,
    PUBLIC_TOPICS,
    PUBLIC_TRAINERS,
    RED,
    STYLES,
    TITLES,
    TOPICS,
    TRAINERS,
    Ctx,
    blank,
    browser,
    centre,
    day,
    doc,
    fd,
    fit,
    fm,
    hand,
    hz_num,
    later,
    org,
    people_names,
    period,
    phone_frame,
    setting,
    workplace,
    ym,
)  # fmt: skip

qualification_certificate = quals.qualification_certificate
other = quals.other

SUFFIX = ["培训班", "专题培训", "研修班", "能力提升培训", "专题讲座"]


def _course(ctx: Ctx, st, cat: str | None) -> tuple[str, str]:  # noqa: ANN001
    """(title, issuer) of a training fitting the category."""
    public = cat == "public" or (cat is None and ctx.rng.random() < 0.35)
    topic = ctx.rng.choice(PUBLIC_TOPICS if public else TOPICS[st.sector])
    title = topic + ctx.pick("suffix", SUFFIX)
    return title, org(ctx, st, PUBLIC_TRAINERS if public else TRAINERS[st.sector])


def _catword(ctx: Ctx, cat: str | None) -> str:
    if cat is None:
        return ""
    return ctx.rng.choice(["公需科目", "公需课"] if cat == "public" else ["专业科目", "专业课"])


# ---- training certificates ------------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("cert")
    st = setting(ctx)
    cat = ("public", "professional", None)[k % 3]
    title, issuer = _course(ctx, st, cat)
    who = people_names(ctx.rng, 1)[0]
    a = day(ctx.rng)
    b = later(a, 0, 4, ctx.rng)
    issued = later(b, 0, 6, ctx.rng)
    hours = ctx.rng.choice([6, 8, 12, 16, 24, 30, 32, 40])
    sty = ctx.rng.choice(STYLES)
    cw = _catword(ctx, cat)
    no = f"{st.city[:1]}继教{a.year}{ctx.rng.randint(10000, 99999)}"
    f = {"holder": who, "title": title, "issuer": issuer, "issued_on": issued.isoformat(),
         "period": period(a, b), "hours_stated": float(hours)}  # fmt: skip
    sc = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    ctx.show("holder", who)
    ctx.show("title", title)
    ctx.show("issuer", issuer)
    ctx.show("hours_stated", str(hours))
    pages = [_cert_page(ctx, v, st, who, title, issuer, a, b, issued, hours, sty, cw, no, f, sc)]
    if v == "booklet":
        pages = [_booklet_cover(ctx, issuer, no)] + pages
    return doc(ctx, "training_certificate", "cert", v, pages, f, sc, (who, b.year), cat)


def _cert_page(ctx, v, st, who, title, issuer, a, b, issued, hours, sty, cw, no, f, sc) -> Page:  # noqa: ANN001, PLR0913
    r = ctx.rng
    S = lambda key, s: ctx.show(key, s)  # noqa: E731
    if v == "panel":
        pg = Page()
        pg.rect(12, 12, 198, 285, 1.4, (160, 120, 40))
        pg.rect(16, 16, 194, 281, 0.4, (160, 120, 40))
        y = centre(pg, ctx, 48, "结 业 证 书", 30, True)
        pg.text(176, y + 2, f"编号：{no}", 10, ctx.body, "r")
        y += 18
        hand(pg, ctx, 40, y - 1, who, 17)
        pg.text(40 + 30, y, "同志：", 14, ctx.body)
        y += 13
        txt = (
            f"于{S('period.start', fd(a, sty))}至{S('period.end', fd(b, sty))}参加了由我单位举办的“{title}”"
            f"{'（' + cw + '）' if cw else ''}，完成规定课程共计{hours}学时，经考核成绩合格，特发此证。"
        )
        y = pg.wrap(34, y, 142, txt, 14, ctx.body, 2.0, 10)
        sy = max(y + 30, 210)
        pg.text(150, sy, issuer, 13.5, ctx.body, "c")
        pg.text(150, sy + 10, S("issued_on", fd(issued, sty)), 13.5, ctx.body, "c")
        pg.seal(150, sy + 3, 20, issuer, r.randrange(999))
        return pg
    if v == "wide":
        pg = Page(297, 210)
        pg.rect(10, 10, 287, 200, 2.2, RED)
        pg.rect(15, 15, 282, 195, 0.5, RED)
        pg.rect(28, 42, 68, 92, 0.3, GREY)
        pg.text(48, 64, "照片", 11, ctx.body, "c", GREY)
        pg.text(28, 100, "证书编号", 10, ctx.body)
        pg.text(28, 106, no, 10, ctx.body)
        pg.text(28, 118, "姓    名", 10, ctx.body)
        hand(pg, ctx, 28, 124, who, 14)
        pg.line(84, 40, 84, 170, 0.3, GREY)
        centre2 = 190
        pg.text(centre2, 34, "培训合格证书", 28, ctx.bold, "c", RED)
        y = 62
        han_a, han_b = fd(a, "han"), fd(b, "han")
        txt = (
            f"{who}同志于{S('period.start', han_a)}至{S('period.end', han_b)}，在{issuer}组织的{title}中"
            f"认真学习，{'所学内容属' + cw + '，' if cw else ''}累计{hours}学时，考核合格。"
        )
        S("holder", who)
        y = pg.wrap(98, y, 178, txt, 15, ctx.body, 2.1, 11)
        pg.text(232, 160, issuer, 14, ctx.body, "c")
        pg.text(232, 171, S("issued_on", fd(issued, "han")), 14, ctx.body, "c")
        pg.seal(232, 164, 21, issuer, r.randrange(999))
        return pg
    if v == "platform":
        pg = Page()
        yr = a.year
        m0, m1 = r.randint(1, 5), r.randint(8, 12)
        f["period"] = period(ym(yr, m0), ym(yr, m1))
        site = r.choice(["www.hnjxjy.cn", "sdjxjy.rst.shandong.gov.cn", "ta.zjjxjy.com", "kf.hnzjpx.net"])
        browser(
            pg,
            ctx,
            f"https://{site}/learner/proof?id={r.randint(100000, 999999)}",
            "学时证明 - 继续教育平台",
            f"{issued.year}/{issued.month}/{issued.day} {r.randint(8, 20)}:{r.randint(10, 59)}",
            "第1页/共1页",
        )
        pg.rect(12, 14, 198, 30, 0, fill=(32, 96, 170))
        pg.text(18, 18, issuer + " · 继续教育在线学习平台", 13, ctx.bold, "l", (255, 255, 255))
        y = centre(pg, ctx, 40, "专业技术人员继续教育学时证明", 18, True)
        rows = [["姓名", who, "身份证号", f"41{r.randint(1000, 9999)}********{r.randint(10, 99)}"],
                ["工作单位", st.unit, "职称", r.choice(TITLES[st.sector])],
                ["学习周期", S("period.start", fm(yr, m0, "cn")) + "—" + S("period.end", fm(yr, m1, "cn")), "科目类别",
                 cw or "—"]]  # fmt: skip
        y = pg.table(16, y + 4, [28, 66, 26, 58], rows, 10.5, ctx.body, 10)
        pg.text(16, y + 6, "已完成课程", 12, ctx.bold)
        extra = r.randint(1, 3)
        rows2 = [
            ["序号", "课程名称", "完成时间", "学时", "状态"],
            ["1", title, fd(b, "dash"), str(hours), "已通过"],
        ]
        for i in range(extra):
            rows2.append(
                [
                    str(i + 2),
                    "（本年度其他课程见下页）" if i == extra - 1 else "课程练习与测试",
                    "—",
                    "0",
                    "—",
                ]
            )
        y = pg.table(16, y + 13, [14, 86, 30, 18, 30], rows2, 10, ctx.body, 10)
        pg.text(16, y + 6, f"合计学时：{hours}", 12, ctx.bold)
        pg.text(16, y + 16, "本证明由平台自动生成，可登录平台扫码核验。", 9.5, ctx.body, "l", GREY)
        pg.text(192, y + 34, issuer, 12, ctx.body, "r")
        pg.text(192, y + 42, "出具日期：" + S("issued_on", fd(issued, "dash")), 11, ctx.body, "r")
        pg.seal(172, y + 36, 17, issuer, r.randrange(999))
        S("period.start", fd(b, "dash"))
        return pg
    if v == "blankform":
        pg = Page()
        y = centre(pg, ctx, 28, "继续教育学时证明", 22, True)
        pg.text(182, y, f"No. {no}", 10, ctx.body, "r")
        y += 14
        x = blank(pg, ctx, 24, y, "兹证明", who, 34)
        blank(pg, ctx, x, y, "同志（工作单位", st.unit, 64)
        pg.text(190, y, "）", 12.5, ctx.body)
        y += 15
        x = blank(pg, ctx, 24, y, "于", S("period.start", fd(a, sty)), 44)
        blank(pg, ctx, x, y, "至", S("period.end", fd(b, sty)), 44)
        y += 15
        pg.text(24, y, "参加", 12.5, ctx.body)
        pg.line(36, y + 5, 190, y + 5, 0.25)
        hand(pg, ctx, 38, y - 0.6, title, fit(title, ctx.hand, 14, 150))
        y += 15
        x = blank(pg, ctx, 24, y, "培训，共计", str(hours), 20)
        pg.text(x, y, "学时" + ("，科目类别：" + cw if cw else "") + "。", 12.5, ctx.body)
        y += 15
        pg.text(24, y, "特此证明。", 12.5, ctx.body)
        pg.text(150, y + 34, "培训单位（盖章）：", 12, ctx.body, "c")
        hand(pg, ctx, 150, y + 44, issuer, 14, "c")
        hand(pg, ctx, 150, y + 56, S("issued_on", fd(issued, sty)), 14, "c")
        pg.seal(146, y + 46, 20, issuer, r.randrange(999))
        pg.text(24, 270, "注：本证明涂改无效，复印件须加盖单位公章。", 9.5, ctx.body, "l", GREY)
        return pg
    if v == "card":
        pg = Page(190, 130)
        pg.rect(6, 6, 184, 124, 0.8, (40, 90, 60))
        pg.line(95, 10, 95, 120, 0.3, GREY)
        pg.text(50, 18, "合 格 证", 20, ctx.bold, "c", (40, 90, 60))
        pg.rect(34, 30, 62, 66, 0.3, GREY)
        pg.text(14, 80, "姓名", 11, ctx.body)
        hand(pg, ctx, 30, 79, who, 14)
        pg.text(14, 92, "单位", 11, ctx.body)
        pg.wrap(30, 92, 60, st.unit, 11, ctx.body)
        pg.text(14, 112, "编号", 11, ctx.body)
        pg.text(30, 112, no, 11, ctx.body)
        y = 20
        txt = (
            f"该同志参加{title}，培训时间{S('period.start', fd(a, sty))}至{S('period.end', fd(b, sty))}，"
            f"{'类别为' + cw + '，' if cw else ''}成绩合格。"
        )
        y = pg.wrap(102, y, 78, txt, 11.5, ctx.body, 1.9, 8)
        pg.text(102, max(y + 2, 82), f"认定学时：{hours}", 11.5, ctx.body)
        mm = r.choice(["cn", "dot", "han"])
        f["issued_on"] = ym(issued.year, issued.month)
        pg.text(150, 102, issuer, 10.5, ctx.body, "c")
        pg.text(150, 110, S("issued_on", fm(issued.year, issued.month, mm)), 11, ctx.body, "c")
        pg.seal(150, 104, 15, issuer, r.randrange(999))
        return pg
    if v == "booklet":
        pg = Page(210, 148)
        pg.text(105, 14, "继续教育登记", 15, ctx.bold, "c")
        pg.text(12, 28, "持证人：", 10.5, ctx.body)
        hand(pg, ctx, 32, 27, who, 13)
        rows = [
            ["项目名称", "起止时间", "学时", "主办单位（盖章）"],
            [
                title,
                S("period.start", fd(a, "dot")) + "-" + S("period.end", fd(b, "dot")),
                str(hours),
                issuer,
            ],
        ]
        rows += [["", "", "", ""] for _ in range(4)]
        y = pg.table(
            8, 38, [84, 44, 14, 52], rows, 8.5, ctx.body, 18, fonts={0: ctx.hand, 1: ctx.hand, 2: ctx.hand}
        )
        pg.seal(176, 65, 14, issuer, r.randrange(999))
        pg.text(12, y + 8, "登记日期：", 10, ctx.body)
        hand(pg, ctx, 34, y + 7, S("issued_on", fd(issued, sty)), 12)
        if cw:
            pg.text(12, y + 18, f"本页所登记项目均属{cw}。", 10, ctx.body)
        pg.text(105, 140, "— 3 —", 9, ctx.body, "c")
        return pg
    # app: a phone screenshot of an electronic certificate
    pg = Page(92, 196, bg=(242, 243, 247))
    y = phone_frame(pg, ctx, f"{r.randint(7, 22)}:{r.randint(10, 59)}", "我的证书")
    pg.rect(5, y, 87, y + 112, 0.6, (200, 160, 60), (255, 252, 240))
    yy = y + 8
    pg.text(46, yy, "电子培训证书", 13, ctx.bold, "c", (150, 100, 20))
    yy += 12
    pg.text(10, yy, who, 12, ctx.bold)
    yy += 8
    txt = (
        f"参加{title}（{S('period.start', fd(a, 'dash'))}至{S('period.end', fd(b, 'dash'))}），"
        f"{cw + '，' if cw else ''}获得{hours}学时。"
    )
    yy = pg.wrap(10, yy, 72, txt, 9.5, ctx.body, 1.7)
    pg.text(82, y + 86, issuer, 8.5, ctx.body, "r")
    pg.text(82, y + 93, S("issued_on", fd(issued, "dash")), 8.5, ctx.body, "r")
    pg.seal(66, y + 88, 11, issuer, r.randrange(999))
    pg.text(10, y + 104, f"证书编号 {no}", 7.5, ctx.body, "l", GREY)
    pg.rect(10, y + 122, 82, y + 132, 0, fill=(40, 110, 220))
    pg.text(46, y + 124.5, "保存到相册", 10, ctx.body, "c", (255, 255, 255))
    pg.text(46, y + 142, "长按识别二维码验证真伪", 8, ctx.body, "c", GREY)
    return pg


def _booklet_cover(ctx: Ctx, issuer: str, no: str) -> Page:
    pg = Page(148, 210, bg=(150, 28, 32))
    pg.text(74, 60, "专业技术人员", 18, ctx.bold, "c", (240, 210, 120))
    pg.text(74, 76, "继续教育证书", 22, ctx.bold, "c", (240, 210, 120))
    pg.text(74, 170, issuer, 11, ctx.body, "c", (240, 210, 120))
    pg.text(74, 180, f"证号 {no}", 9, ctx.body, "c", (240, 210, 120))
    return pg


# ---- sign-in sheets ----------------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign")
    r = ctx.rng
    st = setting(ctx)
    title, issuer = _course(ctx, st, None)
    n = {"boxes": 12, "twoblock": 16, "continued": 22, "village": 9}.get(v, r.randint(7, 11))
    names = people_names(r, n + 1)
    speaker, names = names[0], names[1:]
    a = day(r)
    b = later(a, 1, 2, r) if v == "twosession" else a
    sty = r.choice(STYLES)
    units = [workplace(r, st.city, st.sector) for _ in names]
    ctx.show("title", title)
    ctx.show("issuer", issuer)
    pages = _sign_pages(ctx, v, st, title, issuer, names, units, speaker, a, b, sty)
    people = [{"name": nm, "rank": i + 1, "role": "attendee"} for i, nm in enumerate(names)]
    f = {"people": people, "title": title, "issuer": issuer, "period": period(a, b)}
    sc = ["title", "issuer", "period.start", "period.end", "people"]
    claim = names[r.randrange(len(names))]
    return doc(ctx, "sign_in_sheet", "sign", v, pages, f, sc, (claim, a.year))


def _sign_pages(ctx, v, st, title, issuer, names, units, speaker, a, b, sty) -> list[Page]:  # noqa: ANN001, PLR0913, PLR0915
    r = ctx.rng
    S = ctx.show
    H = ctx.hand
    if v == "grid":
        pg = Page()
        y = centre(pg, ctx, 20, f"“{title}”签到表", fit(f"“{title}”签到表", ctx.bold, 17, 180), True)
        pg.text(18, y + 2, f"主办单位：{issuer}", 11, ctx.body)
        pg.text(
            18,
            y + 10,
            f"时间：{S('period.start', fd(a, sty))}    地点：{st.city}市{r.choice(['会展中心', '行政中心', '第一会议室'])}",
            11,
            ctx.body,
        )  # noqa: E501
        rows = [["序号", "姓名", "工作单位", "职称", "本人签字"]]
        rows += [
            [str(i + 1), nm, u, r.choice(TITLES[st.sector]), nm]
            for i, (nm, u) in enumerate(zip(names, units, strict=True))
        ]
        pg.table(14, y + 20, [14, 26, 78, 30, 34], rows, 10, ctx.body, 11, fonts={4: H})
        S("period.end", fd(a, sty))
        return [pg]
    if v == "twosession":
        pg = Page(297, 210)
        y = centre(pg, ctx, 14, title + "签到表", 17, True)
        pg.text(20, y + 1, f"组织单位：{issuer}", 11, ctx.body)
        pg.text(277, y + 1, f"培训地点：{st.unit}", 11, ctx.body, "r")
        d1, d2 = S("period.start", fd(a, sty)), S("period.end", fd(b, sty))
        pg.text(148, y + 1, f"培训日期：{d1}（第一天）、{d2}（第二天）", 11, ctx.body, "c")
        y += 7
        rows = [["序号", "姓名", "单位", "第一天上午", "第一天下午", "第二天上午", "备注"]]
        for i, (nm, u) in enumerate(zip(names, units, strict=True)):
            rows.append([str(i + 1), nm, u, nm, "" if r.random() < 0.2 else nm, nm, ""])
        pg.table(14, y + 10, [14, 26, 80, 38, 38, 38, 35], rows, 10, ctx.body, 10.5, fonts={3: H, 4: H, 5: H})
        return [pg]
    if v == "twoblock":
        pg = Page(297, 210)
        y = centre(pg, ctx, 14, f"{issuer}", 13)
        y = centre(pg, ctx, y, f"{title} 学员签到册", 17, True)
        pg.text(148, y, "日期：" + S("period.start", fd(a, sty)), 11, ctx.body, "c")
        S("period.end", fd(a, sty))
        half = len(names) // 2
        for blk, (x0, part) in enumerate(((14, names[:half]), (152, names[half:]))):
            rows = [["序号", "姓名", "签到时间", "签名"]]
            rows += [
                [str(blk * half + i + 1), nm, f"{r.randint(8, 8)}:{r.randint(10, 29)}", nm]
                for i, nm in enumerate(part)
            ]  # noqa: E501
            pg.table(x0, y + 8, [14, 34, 30, 52], rows, 10, ctx.body, 10.5, fonts={3: H})
        return [pg]
    if v == "boxes":
        pg = Page()
        y = centre(pg, ctx, 24, "签  到", 22, True)
        pg.text(20, y + 4, f"活动名称：{title}", 12, ctx.body)
        pg.text(20, y + 13, f"承办：{issuer}", 12, ctx.body)
        pg.text(20, y + 22, f"日期：{S('period.start', fd(a, sty))}", 12, ctx.body)
        S("period.end", fd(a, sty))
        top = y + 34
        for i, nm in enumerate(names):
            row, col = divmod(i, 4)
            x0, y0 = 20 + col * 43, top + row * 28
            pg.rect(x0, y0, x0 + 41, y0 + 26, 0.3, GREY)
            hand(pg, ctx, x0 + 20, y0 + 8, nm, 15, "c")
        pg.text(20, top + 3 * 28 + 10, f"主讲：{speaker}", 11, ctx.body)
        return [pg]
    if v == "village":
        pg = Page()
        y = centre(pg, ctx, 22, title, fit(title, ctx.bold, 16, 180), True)
        y = centre(pg, ctx, y, "参训人员签到登记", 14)
        pg.text(18, y + 2, f"培训日期：{S('period.start', fd(a, sty))}", 11, ctx.body)
        S("period.end", fd(a, sty))
        pg.text(192, y + 2, f"主办：{issuer}", 11, ctx.body, "r")
        rows = [["序号", "姓名", "所在乡镇/单位", "联系电话", "签名"]]
        for i, (nm, u) in enumerate(zip(names, units, strict=True)):
            rows.append(
                [str(i + 1), nm, u, f"13{r.randint(0, 9)}{r.randint(1000, 9999)}{r.randint(1000, 9999)}", nm]
            )
        y = pg.table(14, y + 12, [14, 26, 72, 34, 36], rows, 10, ctx.body, 13, fonts={1: H, 4: H})
        pg.text(18, y + 8, f"授课人：{speaker}        记录人：", 11, ctx.body)
        return [pg]
    if v == "continued":
        out = []
        per = 14
        for p in range(2):
            pg = Page()
            if p == 0:
                y = centre(pg, ctx, 18, f"{title}签到表", fit(title + "签到表", ctx.bold, 16, 180), True)
                pg.text(
                    18, y + 2, f"举办单位：{issuer}    时间：{S('period.start', fd(a, sty))}", 11, ctx.body
                )
                S("period.end", fd(a, sty))
                y += 10
            else:
                y = centre(pg, ctx, 18, "（续表）", 13)
            rows = [["序号", "姓名", "工作单位", "签名"]]
            rows += [
                [str(p * per + i + 1), nm, u, nm]
                for i, (nm, u) in enumerate(
                    zip(names[p * per : (p + 1) * per], units[p * per : (p + 1) * per], strict=True)
                )
            ]  # noqa: E501
            pg.table(16, y + 4, [14, 28, 96, 40], rows, 10, ctx.body, 11.5, fonts={3: H})
            pg.text(105, 285, f"第{p + 1}页 共2页", 9, ctx.body, "c")
            out.append(pg)
        return out
    # record: a training record form with a free signature box
    pg = Page()
    y = centre(pg, ctx, 20, f"{st.unit}业务学习记录", 17, True)
    rows = [
        ["学习内容", title],
        ["组织单位", issuer],
        ["时    间", S("period.start", fd(a, sty))],
        ["主 讲 人", speaker],
    ]
    S("period.end", fd(a, sty))
    y = pg.table(18, y + 6, [34, 140], rows, 11, ctx.body, 11)
    pg.rect(18, y, 192, y + 80, 0.3)
    pg.text(22, y + 3, "参加人员签名：", 11, ctx.body)
    xx, yy = 24.0, y + 14
    for nm in names:
        w = hand(pg, ctx, xx, yy, nm, 15)
        xx += w + 9
        if xx > 165:
            xx, yy = 24.0, yy + 14
    y += 80
    pg.rect(18, y, 192, y + 50, 0.3)
    pg.text(22, y + 3, "学习小结：", 11, ctx.body)
    pg.wrap(
        24, y + 12, 162, f"本次学习围绕{title.rstrip('班')}的要点展开，大家结合本岗位实际进行了讨论。", 12, H
    )
    return [pg]


# ---- training notices ---------------------------------------------------------------------------------
def training_notice(ctx: Ctx, k: int) -> Doc:
    from bench.blind34.notices import notice_pages

    v = ctx.variant("notice")
    return notice_pages(ctx, v, _course, _catword)


__all__ = [
    "hz_num",
    "other",
    "qualification_certificate",
    "sign_in_sheet",
    "training_certificate",
    "training_notice",
]
