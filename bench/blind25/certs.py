"""Draw 25 certificates, sign-in sheets, notices, qualifications and other proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame
from bench.blind.page import Page, width_mm
from bench.blind25.ink import GREY, RED, card, centre, doc, fit, hand, para, phone, rows
from bench.blind25.pools import (
    ASSOCS,
    GROUPS,
    PLATFORMS,
    STYLES,
    TITLES,
    TOPICS,
    Ctx,
    crowd,
    day,
    iso_month,
    month,
    some_day,
    span,
    workplace,
)  # fmt: skip

TC_SCORED = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]


def _style(ctx: Ctx, avoid: tuple[str, ...] = ()) -> str:
    return ctx.pick("date", [s for s in STYLES if s not in avoid])


def _group(ctx: Ctx) -> tuple[str, str]:
    return ctx.rng.choice(GROUPS)


def _course(ctx: Ctx, kind: str | None = None) -> str:
    pool = [t for t, c in TOPICS if kind is None or c == kind]
    return ctx.rng.choice(pool)


# ==== training certificates =================================================================
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("tc")
    rng = ctx.rng
    who = crowd(rng, 2)
    city, wp = workplace(rng)
    a = some_day(rng, 2020, 2024)
    b = a + dt.timedelta(days=rng.choice((0, 1, 2, 4)))
    issued = b + dt.timedelta(days=rng.choice((0, 3, 7, 12)))
    hours = rng.choice((8, 12, 16, 24, 32, 40, 48))
    topic = _course(ctx, "专业")
    f: dict = {"holder": who[0]}
    scored = ["holder", "title", "issuer", "issued_on", "hours_stated"]
    cat = None
    pages: list[Page] = []
    if v == "prose":
        title = ctx.pick("tc.title", [f"{topic}培训班", f"{topic}专题研修班", f"{topic}高级研修班"])
        issuer = rng.choice(ASSOCS)
        st = _style(ctx)
        pg = Page()
        frame(pg, ctx, rng.choice((1, 2, 3)))
        pg.text(
            pg.w - 26, 22, f"证书编号：{city[:1].upper()}JP{a.year}{rng.randint(100, 999)}", 10, ctx.body, "r"
        )
        y = centre(pg, ctx, 48, "结 业 证 书", 30, True)
        y += 16
        pg.text(30, y, f"{who[0]}同志（{wp}）：", 14, ctx.body)
        y = para(pg, ctx, 30, y + 10, 150, f"于{span(a, b, st)}参加由{issuer}举办的“{title}”，完成全部课程学习，"
                 f"经考核合格，共计{hours}学时。", 14, 2.0)  # fmt: skip
        para(pg, ctx, 30, y + 2, 150, "特发此证。", 14)
        pg.text(150, 200, issuer, 13, ctx.body, "c")
        pg.text(150, 210, day(issued, st), 13, ctx.body, "c")
        pg.seal(150, 204, 20, issuer, rng.randrange(9999))
        pages = [pg]
    elif v == "landscape":
        title = ctx.pick("tc.title", [f"{topic}岗位培训", f"{topic}继续教育培训", f"{topic}技术培训"])
        _, group = _group(ctx)
        issuer = group + ctx.pick("tc.org", ["培训中心", "人力资源部", "党校（培训中心）"])
        st = _style(ctx, ("han",))
        pg = Page(w=297, h=210)
        frame(pg, ctx, 2)
        pg.line(148, 22, 148, 188, 0.3, GREY)
        pg.rect(48, 40, 92, 96, 0.3)
        pg.text(70, 64, "照片", 12, ctx.body, "c", GREY)
        rows(pg, ctx, 30, 110, [("姓　　名", who[0]), ("工作单位", wp[len(group):] or wp),
                                ("证书编号", f"PX{a.year}{rng.randint(10000, 99999)}")], 12, 12, 26)  # fmt: skip
        centre_x = 222
        pg.text(centre_x, 34, "培训合格证书", 24, ctx.bold, "c")
        yy = rows(pg, ctx, 162, 60, [("培训项目", title), ("培训时间", span(a, b, st)), ("培训学时", f"{hours}学时")],
                  12, 13, 26)  # fmt: skip
        pg.wrap(162, yy + 4, 118, "经考核，成绩合格，准予结业。", 12, ctx.body)
        pg.text(centre_x + 30, 160, issuer, 12, ctx.body, "c")
        pg.text(centre_x + 30, 170, day(issued, st), 12, ctx.body, "c")
        pg.seal(centre_x + 30, 163, 19, issuer, rng.randrange(9999))
        pages = [pg]
    elif v == "platform":
        kind = ctx.pick("tc.kind", ["公需", "专业"])
        cat = "public" if kind == "公需" else "professional"
        title = f"{a.year}年度{kind}科目网络培训"
        issuer = rng.choice(PLATFORMS)
        m0, m1 = rng.randint(2, 5), rng.randint(8, 11)
        n = rng.randint(3, 5)
        each = rng.choice((4, 6, 8))
        hours = each * n
        courses = rng.sample(
            [t for t, c in TOPICS if c == kind], k=min(n, len([t for t, c in TOPICS if c == kind]))
        )
        n = len(courses)
        hours = each * n
        pg = Page()
        pg.rect(0, 0, pg.w, 18, 0, fill=(28, 86, 160))
        pg.text(14, 5, issuer, 14, ctx.bold, "l", (255, 255, 255))
        y = centre(pg, ctx, 30, "专业技术人员继续教育学时证明", 18, True)
        y = rows(pg, ctx, 22, y + 4, [("姓名", who[0]), ("工作单位", wp), ("培训项目", title),
                                      ("学习周期", f"{month(a.year, m0, 'cjk')}—{month(a.year, m1, 'cjk')}")],
                 11, 7.5)  # fmt: skip
        tbl = [["序号", "课程名称", "课程类别", "学时", "完成状态"]]
        for i, c in enumerate(courses, 1):
            tbl.append([str(i), c, f"{kind}科目", str(each), "已完成"])
        y = pg.table(22, y + 4, [14, 86, 26, 16, 24], tbl, 10, ctx.body, 9)
        pg.text(22, y + 6, f"合计：{hours}学时", 11, ctx.body)
        issued = dt.date(a.year, m1, rng.randint(1, 28)) + dt.timedelta(days=rng.randint(5, 30))
        st = _style(ctx, ("han",))
        pg.text(188, y + 24, f"出具日期：{day(issued, st)}", 11, ctx.body, "r")
        pg.text(22, 280, "本证明由平台系统生成，可扫码核验。", 8, ctx.body, "l", GREY)
        pg.rect(170, 262, 188, 280, 0.4)
        f["period"] = {"start": iso_month(a.year, m0), "end": iso_month(a.year, m1)}
        scored += ["period.start", "period.end"]
        pages = [pg]
    elif v == "phone":
        title = ctx.pick("tc.title", [f"{topic}在线课程", f"{topic}网络研修", f"{topic}线上专题班"])
        issuer = rng.choice(ASSOCS[:5] + PLATFORMS[:1])
        st = _style(ctx, ("han",))
        pg = phone(f"{rng.randint(8, 22)}:{rng.randint(10, 59)}")
        pg.text(38, 10, "我的证书", 10, ctx.bold, "c")
        card(pg, 4, 18, 72, 120)
        pg.rect(4, 18, 72, 30, 0, fill=(200, 60, 50))
        pg.text(38, 21, "学 习 证 明", 11, ctx.bold, "c", (255, 255, 255))
        y = pg.wrap(8, 36, 60, title, 10, ctx.bold, 1.5)
        y = rows(pg, ctx, 8, y + 3, [("学员", who[0]), ("学时", f"{hours}学时"), ("发证机构", ""),
                                     ], 8.5, 6)  # fmt: skip
        y = pg.wrap(8, y, 60, issuer, 8.5, ctx.body)
        rows(pg, ctx, 8, y + 2, [("发证日期", day(issued, st)), ("证书编号", f"{rng.randint(10**9, 10**10 - 1)}")],
             8.5, 6)  # fmt: skip
        pg.rect(6, 128, 70, 138, 0, fill=(28, 120, 220))
        pg.text(38, 130.5, "保存证书图片", 9, ctx.body, "c", (255, 255, 255))
        pages = [pg]
    elif v == "handfill":
        title = f"{topic}培训"
        issuer = rng.choice(ASSOCS)
        st = ctx.pick("date.hand", ["cjk", "dot"])
        pg = Page()
        y = centre(pg, ctx, 36, "培训合格证明", 24, True)
        pg.text(186, y, f"No. {rng.randint(100000, 999999)}", 10, ctx.body, "r", RED)
        y += 20
        pg.text(26, y, "兹证明", 14, ctx.body)
        hand(pg, ctx, 52, y - 1, who[0], 17)
        pg.line(48, y + 6, 90, y + 6, 0.3)
        pg.text(92, y, "同志，于", 14, ctx.body)
        hand(pg, ctx, 118, y - 1, span(a, b, st), 14)
        pg.line(116, y + 6, 186, y + 6, 0.3)
        y += 16
        pg.text(26, y, "参加", 14, ctx.body)
        hand(pg, ctx, 40, y - 1, title, fit(title, ctx.hand, 15, 120))
        pg.line(38, y + 6, 160, y + 6, 0.3)
        pg.text(162, y, "，", 14, ctx.body)
        y += 16
        pg.text(26, y, "共", 14, ctx.body)
        hand(pg, ctx, 38, y - 1, str(hours), 17)
        pg.line(35, y + 6, 52, y + 6, 0.3)
        pg.text(54, y, "学时，考核合格。", 14, ctx.body)
        y += 40
        pg.text(150, y, issuer, 13, ctx.body, "c")
        parts = [str(issued.year), "年", str(issued.month), "月", str(issued.day), "日"]
        x = 126
        for i, s in enumerate(parts):
            x += (
                hand(pg, ctx, x, y + 12, s, 14, jitter=False)
                if i % 2 == 0
                else pg.text(x, y + 12, s, 13, ctx.body)
            ) + 1
        pg.seal(150, y + 6, 20, issuer, rng.randrange(9999))
        pages = [pg]
    elif v == "booklet":
        title = ctx.pick("tc.title", [f"{topic}研修班", f"{topic}专项培训"])
        issuer = rng.choice(ASSOCS)
        st = "han"
        cover = Page(w=148, h=210, bg=(150, 28, 32))
        cover.text(74, 70, "培 训 证 书", 28, ctx.bold, "c", (240, 200, 90))
        cover.text(74, 170, issuer, 12, ctx.body, "c", (240, 200, 90))
        pg = Page(w=148, h=210)
        pg.rect(8, 8, 140, 202, 0.4, (150, 28, 32))
        pg.rect(20, 22, 50, 60, 0.3)
        pg.text(35, 38, "照片", 10, ctx.body, "c", GREY)
        rows(pg, ctx, 58, 26, [("姓名", who[0]), ("编号", f"{a.year}{rng.randint(1000, 9999)}")], 11, 9)
        y = rows(pg, ctx, 20, 76, [("培训项目", "")], 11, 7)
        y = pg.wrap(20, y, 112, title, 11, ctx.body)
        y = rows(pg, ctx, 20, y + 3, [("培训时间", "")], 11, 7)
        y = pg.wrap(20, y, 112, span(a, b, st), 11, ctx.body)
        rows(pg, ctx, 20, y + 3, [("学　　时", str(hours))], 11, 8)
        pg.text(104, 166, issuer, 10, ctx.body, "c")
        pg.text(104, 175, day(issued, st), 10, ctx.body, "c")
        pg.seal(104, 168, 17, issuer, rng.randrange(9999))
        pages = [cover, pg]
    elif v == "assoc":
        title = f"{topic}继续教育课程"
        issuer = rng.choice(ASSOCS)
        st = _style(ctx, ("iso", "slash"))
        issued_m = month(issued.year, issued.month, st)
        pg = Page()
        frame(pg, ctx, 3)
        centre(pg, ctx, 40, "证　书", 30, True)
        centre(pg, ctx, 58, "CERTIFICATE", 13, False, GREY)
        pg.text(30, 86, f"{who[0]}：", 15, ctx.body)
        y = para(
            pg,
            ctx,
            30,
            100,
            150,
            f"参加{issuer}组织的{title}学习，修完规定内容，成绩合格，计{hours}学时。",
            14,
            2.0,
        )
        para(pg, ctx, 30, y, 150, "特发此证。", 14)
        pg.text(30, 230, f"证书编号：{rng.randint(10**7, 10**8 - 1)}", 10, ctx.body)
        pg.text(150, 214, issuer, 13, ctx.body, "c")
        pg.text(150, 224, issued_m, 13, ctx.body, "c")
        pg.seal(150, 218, 20, issuer, rng.randrange(9999))
        f["issued_on"] = iso_month(issued.year, issued.month)
        pages = [pg]
    else:  # inhouse
        cat = "professional"
        _, group = _group(ctx)
        issuer = group
        title = f"{a.year}年度{topic}专业技术人员培训"
        st = _style(ctx, ("han",))
        pg = Page()
        y = centre(pg, ctx, 26, group, 15, True)
        y = centre(pg, ctx, y + 2, "内部培训学时登记卡", 20, True)
        y = rows(pg, ctx, 22, y + 6, [("姓　　名", who[0]), ("所在单位", wp), ("培训名称", title),
                                      ("培训时间", span(a, b, st))], 11, 8, 24)  # fmt: skip
        mods = rng.sample([t for t, c in TOPICS if c == "专业"], 3)
        split = [hours // 3, hours // 3, hours - 2 * (hours // 3)]
        tbl = [["模块", "类别", "学时", "考核"]] + [
            [m, "专业科目", str(h), rng.choice(("合格", "良好", "优秀"))]
            for m, h in zip(mods, split, strict=True)
        ]
        y = pg.table(22, y + 4, [84, 30, 22, 30], tbl, 10, ctx.body, 9)
        pg.text(22, y + 5, f"学时合计：{hours}", 11, ctx.body)
        pg.text(22, y + 14, f"授课教师：{who[1]}", 11, ctx.body)
        pg.text(160, y + 30, issuer, 11, ctx.body, "c")
        pg.text(160, y + 39, day(issued, st), 11, ctx.body, "c")
        pg.seal(150, y + 30, 21, issuer, rng.randrange(9999))
        pages = [pg]
    if v in ("prose", "landscape", "handfill", "booklet", "inhouse"):
        f["period"] = {"start": a.isoformat(), "end": b.isoformat()}
        scored += ["period.start", "period.end"]
    f.setdefault("issued_on", issued.isoformat())
    f.update(title=title, issuer=issuer, hours_stated=float(hours))
    year = int(f["issued_on"][:4]) if v != "platform" else a.year
    return doc("training_certificate", "tc", v, pages, f, scored, {"person": who[0], "year": year}, cat)


# ==== sign-in sheets ========================================================================
def _sheet_meta(ctx: Ctx) -> tuple[str, str, dt.date, str]:
    rng = ctx.rng
    topic = _course(ctx)
    title = ctx.pick(
        "sign.title", [f"{topic}专题讲座", f"{topic}技术交流会", f"{topic}培训", f"{topic}宣贯会"]
    )
    _, group = _group(ctx)
    issuer = ctx.pick(
        "sign.org", [group + "技术中心", group + "安全环保部", rng.choice(ASSOCS), group + "工会"]
    )
    return title, issuer, some_day(rng, 2020, 2024), group


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign")
    rng = ctx.rng
    title, issuer, when, group = _sheet_meta(ctx)
    n = rng.randint(8, 14) if v not in ("twopage", "twocol") else rng.randint(18, 26)
    people = crowd(rng, n)
    depts = [
        rng.choice(["技术中心", "设备部", "检修车间", "质检科", "生产部", "安环部", "工程部"]) for _ in people
    ]
    st = _style(ctx)
    place = rng.choice(["三楼第一会议室", "培训中心201教室", "职工活动中心报告厅", "技术中心会议室"])
    pages: list[Page] = []
    hand_col = {1: ctx.hand}
    if v == "grid":
        pg = Page()
        y = centre(pg, ctx, 18, f"{title}签到表", fit(title + "签到表", ctx.bold, 17, 180), True)
        pg.text(
            16,
            y + 2,
            f"时间：{day(when, st)} {rng.choice(['08:30', '09:00', '14:00', '14:30'])}",
            10,
            ctx.body,
        )
        pg.text(110, y + 2, f"地点：{place}", 10, ctx.body)
        pg.text(16, y + 9, f"主办单位：{issuer}", 10, ctx.body)
        tbl = [["序号", "姓名", "部门", "职称", "本人签字"]]
        for i, (p, d) in enumerate(zip(people, depts, strict=True), 1):
            tbl.append([str(i), p, d, rng.choice(TITLES), ""])
        bottom = pg.table(16, y + 17, [14, 32, 46, 40, 46], tbl, 10, ctx.body, 10)
        for i, p in enumerate(people):
            if rng.random() < 0.85:
                hand(pg, ctx, 155, y + 17 + 10 * (i + 1) + 2, p, 13)
        pg.text(16, bottom + 5, f"应到{n}人　实到{n}人", 10, ctx.body)
        pages = [pg]
    elif v in ("twocol", "twopage"):
        pg = Page()
        head = f"{title}签到表"
        y = centre(pg, ctx, 18, head, fit(head, ctx.bold, 16, 180), True)
        pg.text(16, y + 2, f"组织单位：{issuer}", 10, ctx.body)
        pg.text(16, y + 9, f"日期：{day(when, st)}　　地点：{place}", 10, ctx.body)
        if v == "twocol":
            half = (n + 1) // 2
            for c, chunk in enumerate((people[:half], people[half:])):
                tbl = [["序号", "姓名", "部门"]] + [
                    [str(c * half + i + 1), p, depts[c * half + i]] for i, p in enumerate(chunk)
                ]
                pg.table(
                    16 + c * 92,
                    y + 17,
                    [14, 38, 34],
                    tbl,
                    10,
                    ctx.body,
                    10,
                    fonts=hand_col,
                    header_font=ctx.body,
                )
            pages = [pg]
        else:
            first = 16
            tbl = [["序号", "姓名", "工作单位", "签到时间"]] + [
                [str(i + 1), p, group + depts[i], f"{rng.randint(8, 9)}:{rng.randint(10, 59)}"]
                for i, p in enumerate(people[:first])
            ]
            pg.table(
                16, y + 17, [14, 36, 98, 30], tbl, 9.5, ctx.body, 11, fonts=hand_col, header_font=ctx.body
            )
            pg.text(pg.w / 2, 285, "第 1 页 共 2 页", 9, ctx.body, "c")
            pg2 = Page()
            tbl = [["序号", "姓名", "工作单位", "签到时间"]] + [
                [
                    str(first + i + 1),
                    p,
                    group + depts[first + i],
                    f"{rng.randint(8, 9)}:{rng.randint(10, 59)}",
                ]
                for i, p in enumerate(people[first:])
            ]
            b2 = pg2.table(
                16, 20, [14, 36, 98, 30], tbl, 9.5, ctx.body, 11, fonts=hand_col, header_font=ctx.body
            )
            pg2.text(16, b2 + 6, f"合计签到{n}人。", 10, ctx.body)
            pg2.text(150, b2 + 20, "记录人：", 10, ctx.body)
            pg2.text(pg2.w / 2, 285, "第 2 页 共 2 页", 9, ctx.body, "c")
            pages = [pg, pg2]
    elif v == "wide":
        pg = Page(w=297, h=210)
        head = f"{title}参会人员签到表"
        centre(pg, ctx, 14, head, fit(head, ctx.bold, 17, 260), True)
        pg.text(18, 28, f"主办：{issuer}", 10, ctx.body)
        pg.text(279, 28, f"{day(when, st)}　{place}", 10, ctx.body, "r")
        tbl = [["序号", "姓名", "性别", "工作单位", "职务/职称", "联系电话", "签到时间"]]
        for i, p in enumerate(people):
            tbl.append([str(i + 1), p, rng.choice("男女"), group + depts[i], rng.choice(TITLES),
                        f"13{rng.randint(0, 9)}****{rng.randint(1000, 9999)}", ""])  # fmt: skip
        pg.table(
            18, 36, [14, 30, 14, 96, 34, 40, 33], tbl, 9.5, ctx.body, 10, fonts=hand_col, header_font=ctx.body
        )
        pages = [pg]
    elif v == "inkonly":
        pg = Page()
        centre(pg, ctx, 20, "签　到　表", 20, True)
        pg.text(18, 38, "活动名称：", 11, ctx.body)
        pg.text(40, 38, title, 11, ctx.body)
        pg.text(18, 47, "日　　期：", 11, ctx.body)
        hand(pg, ctx, 40, 46, day(when, ctx.pick("date.hand", ["dot", "cjk"])), 13)
        pg.text(18, 56, f"组织部门：{issuer}", 11, ctx.body)
        tbl = [["序号", "姓名", "单位", "签名"]] + [[str(i + 1), "", "", ""] for i in range(20)]
        pg.table(18, 64, [16, 44, 72, 42], tbl, 10, ctx.body, 10)
        for i, p in enumerate(people):
            yy = 64 + 10 * (i + 1) + 2
            hand(pg, ctx, 56 - width_mm(p, ctx.hand, 13) / 2, yy, p, 13)
            hand(pg, ctx, 82, yy, depts[i], 12)
        pages = [pg]
    elif v == "meeting":
        pg = Page()
        centre(pg, ctx, 22, "签 到 簿", 24, True)
        y = rows(pg, ctx, 24, 44, [("会议名称", title), ("会议时间", day(when, st)), ("会议地点", place),
                                   ("主办单位", issuer)], 11, 8, 24)  # fmt: skip
        per = 4
        for i, p in enumerate(people):
            r, c = divmod(i, per)
            x0, y0 = 24 + c * 41, y + 8 + r * 16
            pg.rect(x0, y0, x0 + 41, y0 + 16, 0.3)
            hand(pg, ctx, x0 + 6, y0 + 4, p, 14)
        pages = [pg]
    else:  # ampm
        st = "han"
        pg = Page()
        head = f"{title}签到表"
        y = centre(pg, ctx, 18, head, fit(head, ctx.bold, 16, 180), True)
        y = centre(pg, ctx, y, f"（{day(when, st)}）", 11)
        pg.text(16, y + 2, f"承办：{issuer}", 10, ctx.body)
        tbl = [["序号", "姓名", "单位", "上午签到", "下午签到"]]
        for i, p in enumerate(people):
            tbl.append([str(i + 1), p, depts[i], "", ""])
        pg.table(16, y + 10, [14, 34, 46, 42, 42], tbl, 10, ctx.body, 10)
        for i, p in enumerate(people):
            yy = y + 10 + 10 * (i + 1) + 2
            hand(pg, ctx, 116, yy, p, 12)
            if rng.random() < 0.8:
                hand(pg, ctx, 158, yy, p, 12)
        pages = [pg]
    f = {
        "title": title,
        "issuer": issuer,
        "period": {"start": when.isoformat(), "end": when.isoformat()},
        "people": [{"name": p, "rank": i + 1, "role": "attendee"} for i, p in enumerate(people)],
    }
    claim = {"person": rng.choice(people), "year": when.year}
    return doc(
        "sign_in_sheet",
        "sign",
        v,
        pages,
        f,
        ["title", "issuer", "period.start", "period.end", "people"],
        claim,
    )


# ==== training notices ======================================================================
def _notice_meta(ctx: Ctx) -> dict:
    rng = ctx.rng
    topic = _course(ctx, "专业")
    title = ctx.pick(
        "notice.title", [f"{topic}培训班", f"{topic}研修班", f"{topic}技术研讨会", f"{topic}专题培训"]
    )
    issued = some_day(rng, 2020, 2024)
    a = issued + dt.timedelta(days=rng.randint(10, 40))
    b = a + dt.timedelta(days=rng.choice((1, 2, 3, 4)))
    return {"title": title, "issued": issued, "a": a, "b": b, "hours": rng.choice((16, 24, 30, 32, 40)),
            "issuer": rng.choice(ASSOCS), "place": rng.choice(["烟台市芝罘区", "泰安市泰山区", "济南市历下区"]) +
            rng.choice(["某宾馆会议中心", "职工培训基地", "科技大厦"])}  # fmt: skip


def _body_items(m: dict, st: str, hours_line: str) -> list[str]:
    return [
        f"一、培训时间：{span(m['a'], m['b'], st)}（报到时间为开班前一日）。",
        f"二、培训地点：{m['place']}。",
        "三、培训对象：各单位从事相关专业工作的工程技术人员和管理人员。",
        "四、培训内容：相关法规标准解读、典型案例分析、新技术新工艺交流及现场观摩。",
        hours_line,
        "六、其他：培训费、资料费由主办方统一收取，食宿统一安排，费用自理。请各单位于开班前五日报送参训人员名单。",
    ]


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    rng = ctx.rng
    m = _notice_meta(ctx)
    title, issuer, issued, a, b, hours = m["title"], m["issuer"], m["issued"], m["a"], m["b"], m["hours"]
    st = _style(ctx)
    who = crowd(rng, 12)
    f: dict = {"holder": None, "people": []}
    scored = ["title", "issuer", "issued_on", "period.start", "period.end"]
    cat = None
    hours_printed = True
    pages: list[Page] = []
    if v in ("redhead", "roster"):
        pg = Page()
        pg.text(pg.w / 2, 26, issuer, fit(issuer, ctx.bold, 28, 170), ctx.bold, "c", RED)
        num = f"{issuer[2:4]}字〔{issued.year}〕{rng.randint(3, 60)}号"
        pg.text(pg.w / 2, 46, num, 12, ctx.body, "c")
        pg.line(20, 54, 190, 54, 1.2, RED)
        y = centre(
            pg, ctx, 62, f"关于举办{title}的通知", fit(f"关于举办{title}的通知", ctx.bold, 16, 175), True
        )
        pg.text(22, y + 4, "各有关单位：", 12, ctx.body)
        y = para(
            pg,
            ctx,
            22,
            y + 12,
            166,
            "为进一步提升专业技术人员业务水平，推动行业技术进步，经研究，决定举办本期培训。现将有关事项通知如下：",
            12,
        )
        cat = ctx.pick("notice.cat", [None, "professional"])
        hl = f"五、学时认定：培训结束经考核合格，登记继续教育{'专业科目' if cat else ''}{hours}学时。"
        for item in _body_items(m, st, hl):
            y = para(pg, ctx, 22, y + 1, 166, item, 12)
        pg.text(160, y + 14, issuer, 12, ctx.body, "c")
        pg.text(160, y + 23, day(issued, st), 12, ctx.body, "c")
        pg.seal(160, y + 17, 20, issuer, rng.randrange(9999))
        pages = [pg]
        if v == "redhead":
            hand(pg, ctx, 132, 10, f"{who[0]}已报名", 14)
            f["holder"] = who[0]
        else:
            pg2 = Page()
            centre(pg2, ctx, 20, "附件", 12)
            centre(pg2, ctx, 30, f"{title}参训人员名单", fit(f"{title}参训人员名单", ctx.bold, 15, 180), True)
            n = rng.randint(6, 11)
            _, group = _group(ctx)
            tbl = [["序号", "姓名", "工作单位", "职称"]] + [
                [str(i + 1), p, group, rng.choice(TITLES)] for i, p in enumerate(who[:n])
            ]
            pg2.table(18, 44, [14, 30, 100, 30], tbl, 10, ctx.body, 10)
            pages.append(pg2)
            f["people"] = [{"name": p, "rank": i + 1, "role": "attendee"} for i, p in enumerate(who[:n])]
    elif v == "invite":
        pg = Page()
        frame(pg, ctx, 2)
        centre(pg, ctx, 34, "邀　请　函", 26, True)
        rank = rng.choice(["高级工程师", "工程师", "专家", "先生", "女士"])
        pg.text(26, 62, f"尊敬的{who[0]}{rank}：", 13, ctx.body)
        y = para(pg, ctx, 26, 74, 158, f"您好！{issuer}定于{span(a, b, st)}在{m['place']}举办“{title}”，"
                 "围绕行业关键技术、标准规范和工程实践开展交流。诚挚邀请您拨冗参加。", 13, 2.0)  # fmt: skip
        hours_printed = ctx.pick("notice.inv.hours", [True, False])
        if hours_printed:
            y = para(pg, ctx, 26, y, 158, f"参会人员可获得继续教育{hours}学时。", 13, 2.0)
        y = para(
            pg,
            ctx,
            26,
            y,
            158,
            f"会务联系人：{who[1]}，电话：0535-{rng.randint(6000000, 6999999)}。",
            13,
            2.0,
        )
        pg.text(150, y + 20, issuer, 12, ctx.body, "c")
        pg.text(150, y + 29, day(issued, st), 12, ctx.body, "c")
        pg.seal(150, y + 23, 20, issuer, rng.randrange(9999))
        f["holder"] = who[0]
        pages = [pg]
    elif v == "schedule":
        pg = Page()
        head = f"{title}日程安排"
        y = centre(pg, ctx, 20, head, fit(head, ctx.bold, 17, 180), True)
        y = centre(pg, ctx, y, f"主办单位：{issuer}", 11)
        pg.text(18, y + 2, f"培训时间：{span(a, b, st)}　　地点：{m['place']}", 10, ctx.body)
        tbl = [["日期", "时间", "内容", "主讲"]]
        d = a
        lectures = ["开班仪式及法规解读", "标准规范要点", "典型案例剖析", "新技术新装备应用", "现场观摩教学", "分组研讨",
                    "考核测试", "结业总结"]  # fmt: skip
        li = 0
        while d <= b:
            for slot in ("8:30-11:30", "14:00-17:00"):
                tbl.append([f"{d.month}月{d.day}日", slot, lectures[li % len(lectures)], who[2 + li % 6]])
                li += 1
            d += dt.timedelta(days=1)
        y = pg.table(18, y + 10, [26, 32, 86, 30], tbl, 10, ctx.body, 10)
        pg.text(18, y + 6, f"说明：全程参加并考核合格者，授予继续教育学时{hours}学时。", 10, ctx.body)
        pg.text(190, y + 16, f"{issuer}　{day(issued, st)}", 10, ctx.body, "r")
        hand(pg, ctx, 150, 8, f"参训：{who[0]}", 13)
        f["holder"] = who[0]
        pages = [pg]
    elif v == "phone":
        st = ctx.pick("date.phone", ["iso", "cjk0"])
        pg = phone()
        pg.text(6, 9.5, "〈", 10, ctx.body)
        pg.text(38, 9.5, "报名详情", 10, ctx.bold, "c")
        card(pg, 4, 18, 72, 74)
        y = pg.wrap(7, 21, 62, f"关于举办{title}的通知", 9.5, ctx.bold, 1.5)
        y = rows(pg, ctx, 7, y + 2, [("发布单位", "")], 8, 5)
        y = pg.wrap(7, y, 62, issuer, 8, ctx.body)
        y = rows(pg, ctx, 7, y + 1, [("发布时间", day(issued, st)), ("培训开始", day(a, st)), ("培训结束", day(b, st)),
                                     ("学时", f"{hours}学时")], 8, 5.5)  # fmt: skip
        card(pg, 4, 78, 72, 122)
        pg.text(7, 81, "报名信息", 9, ctx.bold)
        rows(
            pg,
            ctx,
            7,
            89,
            [("姓名", who[0]), ("单位", rng.choice(GROUPS)[1][:10]), ("状态", "报名成功")],
            8,
            6,
        )
        pg.rect(6, 140, 70, 149, 0, fill=(40, 160, 90))
        pg.text(38, 142, "查看电子票", 9, ctx.body, "c", (255, 255, 255))
        f["holder"] = who[0]
        pages = [pg]
    elif v == "annotated":
        pg = Page()
        y = centre(pg, ctx, 24, f"{issuer}", fit(issuer, ctx.bold, 18, 170), True)
        y = centre(
            pg, ctx, y + 2, f"关于举办{title}的通知", fit(f"关于举办{title}的通知", ctx.bold, 15, 175), True
        )
        pg.text(22, y + 4, "各会员单位：", 12, ctx.body)
        y = para(pg, ctx, 22, y + 12, 166, f"经研究，定于{span(a, b, st)}在{m['place']}举办{title}。"
                 f"参加培训并考核合格的人员，由我会登记继续教育学时{hours}学时。请各单位积极选派人员参加。", 12)  # fmt: skip
        y = para(pg, ctx, 22, y, 166, "报名方式：填写报名回执并发送至学会秘书处邮箱。", 12)
        pg.text(160, y + 14, issuer, 12, ctx.body, "c")
        pg.text(160, y + 23, day(issued, st), 12, ctx.body, "c")
        pg.seal(160, y + 17, 20, issuer, rng.randrange(9999))
        yy = y + 50
        hand(pg, ctx, 30, yy, f"请{who[0]}同志参加。", 16)
        hand(pg, ctx, 110, yy + 12, f"{who[3]} {issued.month}.{issued.day + 1}", 14)
        f["holder"] = who[0]
        pages = [pg]
    else:  # bulletin
        pg = Page(w=297, h=210)
        head = f"关于召开{title}的通知"
        centre(pg, ctx, 16, head, fit(head, ctx.bold, 18, 260), True)
        pg.line(148, 34, 148, 190, 0.3, GREY)
        y = 36
        for item in _body_items(m, st, f"五、学时：参会人员登记继续教育学时{hours}学时。"):
            y = pg.wrap(18, y, 122, item, 10.5, ctx.body, 1.7)
        pg.text(80, y + 10, issuer, 11, ctx.body, "c")
        pg.text(80, y + 18, day(issued, st), 11, ctx.body, "c")
        pg.seal(80, y + 13, 18, issuer, rng.randrange(9999))
        pg.text(222, 36, "参会回执", 14, ctx.bold, "c")
        tbl = [["姓名", "性别", "职称", "联系电话"], ["", "", "", ""]]
        pg.table(160, 46, [30, 18, 36, 40], tbl, 10, ctx.body, 11)
        hand(pg, ctx, 165, 58, who[0], 14)
        hand(pg, ctx, 215, 58, rng.choice(TITLES[:2]), 11)
        pg.text(160, 76, "工作单位：", 10, ctx.body)
        hand(pg, ctx, 180, 75, rng.choice(GROUPS)[1], 11)
        f["holder"] = who[0]
        pages = [pg]
    if hours_printed:
        f["hours_stated"] = float(hours)
        scored.append("hours_stated")
    f.update(title=title, issuer=issuer, issued_on=issued.isoformat(),
             period={"start": a.isoformat(), "end": b.isoformat()})  # fmt: skip
    person = f["holder"] or rng.choice(f["people"])["name"]
    return doc("training_notice", "notice", v, pages, f, scored, {"person": person, "year": a.year}, cat)


from bench.blind25.quals import other, qualification_certificate  # noqa: E402

__all__ = ["other", "qualification_certificate", "sign_in_sheet", "training_certificate", "training_notice"]
