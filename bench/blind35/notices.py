"""Draw 35's sign-in sheets (seven layouts) and training notices (seven layouts)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind35.people import case, make, span, training
from bench.blind35.pools import Ctx, centre, d, iso, rng_span, stamp, status_bar, workplace, wrap
from bench.generator.truth import person

PLACES = [
    "{c}市行政服务中心三楼会议室",
    "{u}学术报告厅",
    "{u}第二会议室",
    "{c}宾馆多功能厅",
    "{c}市委党校报告厅",
]
TITLES_JOB = {
    "h": ["主治医师", "副主任医师", "主管护师", "护师", "主管药师"],
    "s": ["一级教师", "二级教师", "高级教师"],
    "e": ["工程师", "高级工程师", "助理工程师"],
}


def _place(ctx: Ctx, cs) -> str:  # noqa: ANN001
    return ctx.rng.choice(PLACES).format(c=cs.city, u=cs.unit)


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign")
    n = ctx.rng.randint(8, 14) if v not in ("twopage", "twocol") else ctx.rng.randint(18, 26)
    cs = case(ctx, n)
    title, issuer = training(ctx, cs, None)
    attendees = [cs.person] + cs.others[: n - 1]
    ctx.rng.shuffle(attendees)
    a, _ = span(ctx, 1)
    st = ctx.pick("sign.date", ["cjk", "cjk0", "dot", "iso", "han", "dotshort"])
    units = [cs.unit if ctx.rng.random() < 0.5 else workplace(ctx.rng, cs.city, cs.sector) for _ in attendees]
    jobs = [ctx.rng.choice(TITLES_JOB[cs.sector]) for _ in attendees]
    pages = [Page()]
    pg = pages[0]
    ink = (25, 40, 120)
    if v == "ruled":
        y = centre(pg, ctx, 20, f"{title}签到表", 17, True) + 3
        pg.text(18, y, f"主办单位：{issuer}", 11.5, ctx.body)
        y += 8
        pg.text(18, y, f"时间：{d(a, st)}", 11.5, ctx.body)
        pg.text(100, y, f"地点：{_place(ctx, cs)}", 11.5, ctx.body)
        y += 10
        rows = [["序号", "姓名", "工作单位", "职称", "联系电话", "签名"]]
        rows += [
            [str(i + 1), "", u, j, "1" + str(ctx.rng.randint(3000000000, 9899999999)), ""]
            for i, (u, j) in enumerate(zip(units, jobs, strict=True))
        ]
        bottom = pg.table(12, y, [12, 26, 58, 24, 34, 32], rows, 9.5, ctx.body, 11, header_font=ctx.bold)
        for i, nm in enumerate(attendees):
            yy = y + 11 * (i + 1) + 2.5
            pg.text(25 + 13, yy, nm, 12, ctx.ink, "c", ink)
            pg.text(166 + 16, yy, nm, 12, ctx.ink, "c", ink)
        del bottom
    elif v == "twocol":
        y = centre(pg, ctx, 16, issuer, 12)
        y = centre(pg, ctx, y, f"“{title}”学员签到表", 15, True)
        y = centre(pg, ctx, y, d(a, st), 11) + 2
        half = (len(attendees) + 1) // 2
        for col in range(2):
            rows = [["序号", "姓名", "签到"]]
            for i in range(col * half, min(len(attendees), (col + 1) * half)):
                rows.append([str(i + 1), attendees[i], ""])
            x0 = 14 + col * 94
            pg.table(x0, y, [14, 32, 42], rows, 10, ctx.body, 9.5, header_font=ctx.bold)
            for r in range(1, len(rows)):
                pg.text(x0 + 46 + 21, y + 9.5 * r + 2, rows[r][1], 11, ctx.ink, "c", ink)
    elif v == "landscape":
        pg.w, pg.h = 297.0, 210.0
        y = centre(pg, ctx, 14, f"{title} 签到表", 17, True)
        pg.text(20, y + 2, f"组织单位：{issuer}", 11.5, ctx.body)
        pg.text(277, y + 2, f"日期：{d(a, st)}", 11.5, ctx.body, "r")
        y += 12
        rows = [["序号", "姓名", "工作单位", "职务/职称", "签到时间", "备注"]]
        rows += [[str(i + 1), "", u, j, "", ""] for i, (u, j) in enumerate(zip(units, jobs, strict=True))]
        pg.table(14, y, [16, 40, 90, 40, 40, 43], rows, 10, ctx.body, 10.5, header_font=ctx.bold)
        for i, nm in enumerate(attendees):
            yy = y + 10.5 * (i + 1) + 2
            pg.text(30 + 20, yy, nm, 12, ctx.ink, "c", ink)
            pg.text(200 + 20, yy, f"{ctx.rng.randint(7, 8)}:{ctx.rng.randint(10, 59)}", 11, ctx.ink, "c", ink)
    elif v == "grid":
        y = centre(pg, ctx, 24, "签　到", 22, True) + 2
        y = wrap(pg, 20, y, 170, f"活动名称：{title}", 12, ctx.body)
        pg.text(20, y, f"承办：{issuer}", 12, ctx.body)
        y += 8
        pg.text(20, y, f"时间：{d(a, st)}", 12, ctx.body)
        y += 12
        for i, nm in enumerate(attendees):
            r, c = divmod(i, 4)
            x0, y0 = 18 + c * 44, y + r * 18
            pg.rect(x0, y0, x0 + 44, y0 + 18, 0.3)
            pg.text(
                x0 + 22 + ctx.rng.uniform(-4, 4), y0 + 4 + ctx.rng.uniform(-1, 1), nm, 15, ctx.ink, "c", ink
            )
    elif v == "export":
        pg.text(
            14,
            10,
            f"打印时间：{d(a + dt.timedelta(days=ctx.rng.randint(1, 30)), 'iso')} {ctx.rng.randint(8, 17)}:{ctx.rng.randint(10, 59)}",
            8,
            ctx.body,
        )
        y = centre(pg, ctx, 20, "培训考勤明细", 16, True) + 2
        pg.text(14, y, f"培训名称：{title}", 10.5, ctx.body)
        y += 7
        pg.text(14, y, f"主办单位：{issuer}", 10.5, ctx.body)
        pg.text(130, y, f"培训日期：{d(a, 'iso')}", 10.5, ctx.body)
        y += 9
        rows = [["序号", "姓名", "所在单位", "签到时间", "签退时间", "状态"]]
        for i, (nm, u) in enumerate(zip(attendees, units, strict=True)):
            rows.append(
                [
                    str(i + 1),
                    nm,
                    u,
                    f"{d(a, 'iso')} 08:{ctx.rng.randint(10, 59)}",
                    f"{d(a, 'iso')} 17:{ctx.rng.randint(10, 40)}",
                    "正常",
                ]
            )
        pg.table(10, y, [12, 22, 58, 38, 38, 22], rows, 8.5, ctx.body, 8.5, header_font=ctx.bold, lw=0.2)
        st = "iso"
    elif v == "twopage":
        pages.append(Page())
        per = (len(attendees) + 1) // 2
        for p, pgx in enumerate(pages):
            y = 20
            if p == 0:
                y = centre(pgx, ctx, 18, title, 15, True)
                y = centre(pgx, ctx, y, "签到表", 15, True) + 1
                pgx.text(18, y, f"主办：{issuer}", 11, ctx.body)
                pgx.text(192, y, d(a, st), 11, ctx.body, "r")
                y += 9
            else:
                pgx.text(18, 14, "签到表（续）", 11, ctx.body)
            rows = [["序号", "单位", "姓名", "签名"]]
            idx = range(p * per, min(len(attendees), (p + 1) * per))
            rows += [[str(i + 1), units[i], attendees[i], ""] for i in idx]
            pgx.table(18, y, [14, 76, 36, 48], rows, 10, ctx.body, 10.5, header_font=ctx.bold)
            for r, i in enumerate(idx):
                pgx.text(144 + 24, y + 10.5 * (r + 1) + 2, attendees[i], 12, ctx.ink, "c", ink)
            pgx.text(105, 285, f"第{p + 1}页 共2页", 9, ctx.body, "c")
    else:  # dept: a department's study session record
        issuer = cs.unit + ctx.rng.choice(
            {"h": ["护理部", "医务科", "科教科"], "s": ["教务处", "教科室"], "e": ["技术质量部", "总工办"]}[
                cs.sector
            ]
        )
        y = centre(pg, ctx, 22, "业务学习签到表", 18, True) + 4
        pairs = [("组织部门", issuer), ("学习内容", title), ("学习时间", d(a, st))]
        for lab, val in pairs:
            pg.text(20, y, f"{lab}：", 12, ctx.body)
            y = wrap(pg, 46, y, 140, val, 12, ctx.body)
            y += 1
        y += 4
        cols = 3
        for i, nm in enumerate(attendees):
            r, c = divmod(i, cols)
            x0, y0 = 20 + c * 58, y + r * 12
            pg.text(x0, y0, f"{i + 1}.", 11, ctx.body)
            pg.text(x0 + 8, y0 - 0.5, nm, 13, ctx.ink, "l", ink)
            pg.line(x0 + 7, y0 + 6, x0 + 52, y0 + 6, 0.2)
        pg.text(
            20,
            y + (len(attendees) // cols + 1) * 12 + 8,
            f"应到{len(attendees) + 2}人　实到{len(attendees)}人",
            11,
            ctx.body,
        )
    fields = {
        "title": title,
        "issuer": issuer,
        "period": {"start": iso(a), "end": iso(a)},
        "people": [person(nm, i + 1, "attendee") for i, nm in enumerate(attendees)],
    }
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    claim = ctx.rng.choice(attendees)
    del st
    return make(ctx, "sign_in_sheet", "sign", v, pages, fields, scored, claim, a.year)


def _notice_body(ctx: Ctx, cs, title: str, a, b, st: str, h: str, place: str) -> list[str]:  # noqa: ANN001
    who = {"h": "各级医疗卫生机构相关专业技术人员", "s": "各学校相关学科教师", "e": "各勘察设计单位技术人员"}[
        cs.sector
    ]
    return [
        f"一、培训时间：{rng_span(a, b, st)}（{'当日' if a == b else '共' + str((b - a).days + 1) + '天'}）",
        f"二、培训地点：{place}",
        f"三、参训对象：{who}",
        f"四、学时认定：全程参加并考核合格者，授予继续教育{h}学时。",
        "五、请各单位高度重视，按时选派人员参加，不得无故缺席。",
    ]


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    cs = case(ctx, 8)
    title, issuer = training(ctx, cs, None)
    a, b = span(ctx)
    issued = a - dt.timedelta(days=ctx.rng.randint(5, 25))
    title = f"{a.year}年{cs.city}市{title}" if ctx.rng.random() < 0.5 else title
    hours = float(ctx.rng.choice([6, 8, 12, 16, 24, 30]))
    h = f"{hours:g}"
    st = ctx.pick("notice.date", ["cjk", "cjk0", "han", "dot", "sp", "hano"])
    place = _place(ctx, cs)
    holder = None
    attendees: list[str] = []
    pages = [Page()]
    pg = pages[0]
    ink = (30, 40, 130)
    if v == "redhead":
        red = (200, 20, 20)
        pg.text(105, 30, f"{issuer}文件", 24 if len(issuer) < 12 else 19, ctx.bold, "c", red)
        no = f"{cs.city[:1]}{ctx.rng.choice(['卫', '教', '建', '人社'])}函〔{issued.year}〕{ctx.rng.randint(3, 99)}号"
        pg.text(105, 52, no, 12, ctx.body, "c")
        pg.line(20, 62, 190, 62, 1.2, red)
        y = wrap(pg, 30, 72, 150, f"关于举办{title}的通知", 17, ctx.bold, 1.6) + 4
        pg.text(20, y, "各有关单位：", 13, ctx.body)
        y += 9
        y = wrap(
            pg,
            20,
            y,
            170,
            f"　　为进一步提升专业技术人员业务水平，经研究，决定举办{title}。现将有关事项通知如下：",
            13,
            ctx.body,
            1.9,
        )
        for para in _notice_body(ctx, cs, title, a, b, st, h, place):
            y = wrap(pg, 20, y, 170, "　　" + para, 13, ctx.body, 1.9)
        pg.text(20, y + 4, "　　附件：参训人员名单", 13, ctx.body)
        pg.text(150, y + 26, issuer, 13, ctx.body, "c")
        pg.text(150, y + 37, d(issued, st), 13, ctx.body, "c")
        stamp(pg, ctx, 150, y + 30, issuer)
        attendees = [cs.person] + cs.others[:6]
        ctx.rng.shuffle(attendees)
        p2 = Page()
        p2.text(20, 20, "附件", 13, ctx.bold)
        centre(p2, ctx, 32, "参训人员名单", 16, True)
        rows = [["序号", "姓名", "单位"]] + [[str(i + 1), nm, cs.unit] for i, nm in enumerate(attendees)]
        p2.table(25, 48, [20, 40, 100], rows, 11, ctx.body, 10, header_font=ctx.bold)
        pages.append(p2)
    elif v == "board":
        pg.bg = (176, 140, 96)
        pg.rect(4, 10, 60, 80, 0, fill=(250, 240, 200))
        pg.rect(150, 200, 206, 290, 0, fill=(220, 235, 250))
        pg.rect(24, 24, 186, 272, 0.3, (200, 200, 200), (252, 252, 250))
        for x in (30, 180):
            pg.rect(x - 2, 26, x + 2, 30, 0, fill=(200, 30, 30))
        y = centre(pg, ctx, 38, "通　　知", 22, True) + 6
        y = wrap(
            pg,
            32,
            y,
            146,
            f"　　定于{rng_span(a, b, st)}在{place}举办{title}，请以下同志准时参加：",
            12.5,
            ctx.body,
            1.9,
        )
        attendees = [cs.person] + cs.others[:5]
        ctx.rng.shuffle(attendees)
        y = wrap(pg, 32, y + 2, 146, "　　" + "、".join(attendees), 12.5, ctx.body, 1.9)
        y = wrap(
            pg,
            32,
            y + 2,
            146,
            f"　　培训结束后经考核合格，登记继续教育{h}学时。请参训人员自带笔记本。",
            12.5,
            ctx.body,
            1.9,
        )
        pg.text(150, y + 16, issuer, 12.5, ctx.body, "c")
        pg.text(150, y + 26, d(issued, st), 12.5, ctx.body, "c")
        stamp(pg, ctx, 150, y + 20, issuer, 16)
    elif v == "invite":
        holder = cs.person
        pg.rect(0, 0, 210, 30, 0, fill=(150, 20, 30))
        pg.text(105, 8, "邀　请　函", 26, ctx.bold, "c", (250, 220, 150))
        hon = {"h": "主任", "s": "老师", "e": "工程师"}[cs.sector]
        y = 50
        pg.text(22, y, f"尊敬的{cs.person}{hon}：", 14, ctx.body)
        y += 13
        y = wrap(
            pg,
            22,
            y,
            166,
            f"　　您好！{issuer}定于{rng_span(a, b, st)}在{place}举办“{title}”。"
            f"久仰您在业内的学识与经验，诚挚邀请您拨冗参加。",
            13.5,
            ctx.body,
            2.0,
        )
        y = wrap(
            pg,
            22,
            y,
            166,
            f"　　本次活动按规定授予继续教育{h}学时，请于开班前三日回复参会信息。",
            13.5,
            ctx.body,
            2.0,
        )
        y = wrap(
            pg,
            22,
            y,
            166,
            f"　　联系人：{cs.others[0]}　电话：0{ctx.rng.randint(530, 737)}-{ctx.rng.randint(2000000, 8999999)}",
            13.5,
            ctx.body,
            2.0,
        )
        pg.text(150, y + 20, issuer, 13.5, ctx.body, "c")
        pg.text(150, y + 31, d(issued, st), 13.5, ctx.body, "c")
        stamp(pg, ctx, 150, y + 25, issuer)
    elif v == "schedule":
        holder = cs.person
        y = centre(pg, ctx, 20, title, 16, True)
        y = centre(pg, ctx, y, "日程安排", 15, True) + 2
        pg.text(18, y, f"主办单位：{issuer}", 11, ctx.body)
        pg.text(192, y, f"印发日期：{d(issued, st)}", 11, ctx.body, "r")
        y += 10
        rows = [["日期", "时间", "内容", "授课"]]
        topics_ = ["开班仪式及动员", "专题讲座（一）", "专题讲座（二）", "案例研讨", "现场教学", "结业考核"]
        cur = a
        i = 0
        while cur <= b:
            for half in ("上午", "下午"):
                rows.append([d(cur, "cjk").split("年", 1)[1], half, topics_[i % len(topics_)], "特邀专家"])
                i += 1
            cur += dt.timedelta(days=1)
        y = pg.table(18, y, [34, 24, 80, 36], rows, 10.5, ctx.body, 10, header_font=ctx.bold)
        pg.text(18, y + 6, f"培训时间：{rng_span(a, b, st)}；培训地点：{place}", 10.5, ctx.body)
        pg.text(18, y + 14, f"完成全部课程并考核合格者，认定继续教育{h}学时。", 10.5, ctx.body)
        pg.text(120, y + 32, f"{cs.person} 已参加", 15, ctx.ink, "l", ink)
        pg.line(118, y + 41, 175, y + 39, 0.4, ink)
    elif v == "wechat":
        pg.w, pg.h = 120.0, 260.0
        y = status_bar(pg, ctx, f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59)}")
        pg.text(6, y + 3, "×", 12, ctx.body)
        pg.text(60, y + 3, issuer[:14], 10, ctx.body, "c")
        y += 16
        y = wrap(pg, 7, y, 106, f"关于举办{title}的通知", 14, ctx.bold, 1.5) + 2
        pg.text(7, y, f"{issuer}　{d(issued, 'iso')}", 8.5, ctx.body, "l", (90, 110, 160))
        y += 9
        for para in _notice_body(ctx, cs, title, a, b, st, h, place)[:4]:
            y = wrap(pg, 7, y, 106, para, 10, ctx.body, 1.7) + 1
        attendees = [cs.person] + cs.others[:7]
        ctx.rng.shuffle(attendees)
        y = wrap(
            pg,
            7,
            y + 2,
            106,
            "经各单位推荐，下列同志参加本次培训：" + "、".join(attendees),
            10,
            ctx.body,
            1.7,
        )
        y = wrap(pg, 7, y + 2, 106, f"{issuer}", 10, ctx.body, 1.7)
        pg.text(7, y, d(issued, st), 10, ctx.body)
        pg.text(
            7,
            y + 10,
            "阅读 " + str(ctx.rng.randint(300, 5000)) + "　　♡ 在看",
            8,
            ctx.body,
            "l",
            (140, 140, 140),
        )
    elif v == "annotated":
        holder = cs.person
        y = centre(pg, ctx, 26, issuer, 14)
        y = wrap(pg, 28, y + 4, 154, f"关于举办{title}的通知", 17, ctx.bold, 1.6) + 4
        pg.text(20, y, "各单位：", 13, ctx.body)
        y += 9
        for para in _notice_body(ctx, cs, title, a, b, st, h, place):
            y = wrap(pg, 20, y, 170, "　　" + para, 13, ctx.body, 1.9)
        pg.text(150, y + 18, issuer, 13, ctx.body, "c")
        pg.text(150, y + 29, d(issued, st), 13, ctx.body, "c")
        stamp(pg, ctx, 150, y + 22, issuer)
        pg.text(24, y + 52, f"{cs.person}已报名参加", 16, ctx.ink, "l", ink)
        pg.text(24, y + 62, f"{a.month}.{a.day}", 14, ctx.ink, "l", ink)
    else:  # receipt: the notice and its filled-in reply form
        holder = cs.person
        y = centre(pg, ctx, 26, "通知", 20, True) + 4
        y = wrap(pg, 20, y, 170, "各有关单位：", 13, ctx.body, 1.9)
        y = wrap(
            pg,
            20,
            y,
            170,
            f"　　{issuer}定于{rng_span(a, b, st)}举办{title}，现将有关事项通知如下。",
            13,
            ctx.body,
            1.9,
        )
        for para in _notice_body(ctx, cs, title, a, b, st, h, place)[1:]:
            y = wrap(pg, 20, y, 170, "　　" + para, 13, ctx.body, 1.9)
        pg.text(20, y + 4, "　　附：参训回执", 13, ctx.body)
        pg.text(150, y + 24, issuer, 13, ctx.body, "c")
        pg.text(150, y + 35, d(issued, st), 13, ctx.body, "c")
        stamp(pg, ctx, 150, y + 28, issuer)
        p2 = Page()
        centre(p2, ctx, 24, "参训回执", 17, True)
        rows = [
            ["姓名", "", "性别", "", "职称", ""],
            ["工作单位", "", "", "", "", ""],
            ["联系电话", "", "", "", "", ""],
        ]
        p2.table(20, 40, [26, 34, 20, 24, 22, 44], rows, 11, ctx.body, 13, header_font=ctx.body)
        p2.text(49, 43, cs.person, 14, ctx.ink, "l", ink)
        p2.text(50, 56, cs.unit, 12, ctx.ink, "l", ink)
        p2.text(20, 90, "请于开班前五日将回执发送至指定邮箱。", 11, ctx.body)
        pages.append(p2)
    fields = {
        "title": title,
        "issuer": issuer,
        "issued_on": iso(issued),
        "period": {"start": iso(a), "end": iso(b)},
        "hours_stated": hours,
        "holder": holder,
        "people": [person(nm, i + 1, "attendee") for i, nm in enumerate(attendees)],
    }
    scored = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    claim = holder or ctx.rng.choice(attendees)
    return make(ctx, "training_notice", "notice", v, pages, fields, scored, claim, a.year)
