"""Draw 34 training notices: red-header files, invitations, notices with an annex, agendas, web pages,
registration receipts and meeting notices dated in Chinese numerals."""

from __future__ import annotations

from collections.abc import Callable

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind34.pools import (
    GREY,
    RED,
    STYLES,
    TITLES,
    Ctx,
    browser,
    centre,
    day,
    doc,
    fd,
    fit,
    hand,
    hz_num,
    later,
    people_names,
    period,
    phone_frame,
    setting,
    workplace,
)  # fmt: skip

VENUES = [
    "宾馆三楼会议室",
    "市委党校报告厅",
    "职业技术学院实训楼",
    "市行政服务中心多功能厅",
    "培训中心二号教室",
]


def notice_pages(ctx: Ctx, v: str, course: Callable, catword: Callable) -> Doc:  # noqa: PLR0915
    r = ctx.rng
    S = ctx.show
    st = setting(ctx)
    title, issuer = course(ctx, st, None)
    issued = day(r)
    a = later(issued, 6, 30, r)
    b = later(a, 0, 3, r) if v != "hanzi" else a.replace(day=min(a.day + r.randint(0, 2), 28))
    hours = r.choice([8, 12, 16, 20, 24, None])
    sty = r.choice(STYLES)
    names = people_names(r, 8)
    who = names[0]
    venue = f"{st.city}{r.choice(VENUES)}"
    pfx = {"开封": "汴", "泰安": "泰"}[st.city]
    holder: str | None = who
    people: list[dict] = []
    S("title", title)
    S("issuer", issuer)
    hrs_txt = (
        f"学员完成全部课程并经考核合格的，登记继续教育{hours}学时。" if hours else "培训结束后颁发培训证明。"
    )
    if hours:
        S("hours_stated", f"{hours}学时")
    pages: list[Page] = []
    issued_s = fd(issued, sty)
    a_s, b_s = fd(a, sty), fd(b, sty)
    body = [
        f"一、培训时间：{a_s}至{b_s}，{fd(a, sty)}上午8:30前报到。",
        f"二、培训地点：{venue}。",
        f"三、参训对象：各{r.choice(['县（市、区）', '有关单位'])}{r.choice(TITLES[st.sector])}及以上专业技术人员。",
        f"四、学时认定：{hrs_txt}",
        "五、请各单位于开班前三日报送参训人员名单，食宿统一安排，费用回原单位报销。",
    ]
    if v in ("redhead", "annex"):
        pg = Page()
        pg.text(105, 18, f"{issuer}文件", fit(issuer + "文件", ctx.bold, 26, 180), ctx.bold, "c", RED)
        pg.text(105, 38, f"{pfx}{issuer[2:4]}〔{issued.year}〕{r.randint(3, 98)}号", 12, ctx.body, "c")
        pg.line(18, 46, 192, 46, 1.0, RED)
        y = 54
        head = f"关于举办{title}的通知"
        for i in range(0, len(head), 22):
            y = centre(pg, ctx, y, head[i : i + 22], 16, True)
        pg.text(20, y + 4, "各有关单位：", 13, ctx.body)
        y = pg.wrap(
            20,
            y + 14,
            170,
            f"为进一步提升全市专业技术人员业务水平，经研究，决定举办{title}。现将有关事项通知如下：",
            13,
            ctx.body,
            1.9,
            9,
        )  # noqa: E501
        for ln in body:
            y = pg.wrap(20, y + 1, 170, ln, 13, ctx.body, 1.9, 9)
        if v == "annex":
            y = pg.wrap(20, y + 4, 170, "附件：参训人员名单", 13, ctx.body)
        sy = max(y + 20, 230)
        pg.text(150, sy, issuer, 13, ctx.body, "c")
        pg.text(150, sy + 9, issued_s, 13, ctx.body, "c")
        pg.seal(150, sy + 3, 20, issuer, r.randrange(999))
        pages.append(pg)
        if v == "redhead":
            hand(pg, ctx, 140, 6, f"已参训 {who}", 15)
        else:
            holder = None
            p2 = Page()
            p2.text(20, 20, "附件", 14, ctx.bold)
            y = centre(p2, ctx, 32, "参训人员名单", 16, True)
            rows = [["序号", "姓名", "工作单位", "职称"]]
            rows += [
                [str(i + 1), nm, workplace(r, st.city, st.sector), r.choice(TITLES[st.sector])]
                for i, nm in enumerate(names)
            ]  # noqa: E501
            p2.table(18, y + 4, [14, 28, 96, 36], rows, 11, ctx.body, 11)
            pages.append(p2)
            people = [{"name": nm, "rank": i + 1, "role": "attendee"} for i, nm in enumerate(names)]
    elif v == "invite":
        pg = Page()
        pg.rect(0, 0, 210, 30, 0, fill=(150, 25, 30))
        pg.text(105, 9, "邀 请 函", 24, ctx.bold, "c", (250, 220, 150))
        y = 46
        rank = r.choice(TITLES[st.sector])
        pg.text(22, y, "尊敬的", 14, ctx.body)
        hand(pg, ctx, 42, y - 1, who, 16)
        pg.text(70, y, f"{rank}：", 14, ctx.body)
        y += 14
        txt = (
            f"您好！{issuer}定于{a_s}至{b_s}在{venue}举办{title}。本次培训邀请省内知名专家授课，"
            f"内容紧扣基层工作实际。{hrs_txt}诚挚邀请您拨冗参加！"
        )
        y = pg.wrap(22, y, 166, txt, 14, ctx.body, 2.0, 10)
        y = pg.wrap(
            22,
            y + 4,
            166,
            f"联系人：{names[1]}  联系电话：0{r.choice(['371', '538'])}-{r.randint(2000000, 8999999)}",
            12,
            ctx.body,
        )  # noqa: E501
        pg.text(150, y + 24, issuer, 13, ctx.body, "c")
        pg.text(150, y + 33, issued_s, 13, ctx.body, "c")
        pg.seal(150, y + 27, 20, issuer, r.randrange(999))
        pages.append(pg)
    elif v == "agenda":
        pg = Page(297, 210)
        y = centre(pg, ctx, 14, f"{title}日程安排", 18, True)
        pg.text(148, y, f"主办单位：{issuer}        地点：{venue}", 11, ctx.body, "c")
        days = [a] + ([b] if b != a else [])
        rows = [["日期", "时间", "内容", "授课人", "备注"]]
        for i, d in enumerate(days):
            ds = S("period.start" if i == 0 else "period.end", f"{d.month}月{d.day}日")
            rows.append(
                [ds, "08:30-11:30", f"专题{hz_num(2 * i + 1)}：{title[:10]}政策与技术要点", names[2 + i], ""]
            )
            rows.append([ds, "14:30-17:00", f"专题{hz_num(2 * i + 2)}：案例研讨与交流", names[4 + i], "分组"])
        if b == a:
            S("period.end", f"{a.month}月{a.day}日")
        y = pg.table(18, y + 10, [34, 34, 120, 40, 33], rows, 11, ctx.body, 13)
        pg.text(24, y + 8, f"注：{hrs_txt}", 11, ctx.body)
        pg.text(255, y + 20, f"{issuer}办公室", 11, ctx.body, "c")
        issued_s = fd(issued, "dash")
        pg.text(255, y + 28, f"{issued_s}印发", 11, ctx.body, "c")
        pg.text(24, y + 24, f"本次活动年份：{a.year}年", 11, ctx.body)
        hand(pg, ctx, 24, y + 40, f"参加人：{who}（{st.unit}）", 15)
    elif v == "portal":
        pg = Page()
        browser(
            pg,
            ctx,
            f"http://www.{r.choice(['hnvet', 'sdglxh', 'kfwjw', 'tasedu', 'hngrain'])}.org.cn/tzgg/{issued.year}{issued.month:02d}/t{r.randint(1000, 9999)}.html",  # noqa: E501
            f"{title}的通知",
            f"{issued.year}/{issued.month}/{issued.day} 下午{r.randint(1, 5)}:{r.randint(10, 59)}",
            "1/1",
        )  # noqa: E501
        pg.rect(12, 14, 198, 28, 0, fill=(20, 80, 140))
        pg.text(18, 17.5, issuer, 14, ctx.bold, "l", (255, 255, 255))
        pg.text(18, 32, "首页 > 通知公告 > 正文", 9, ctx.body, "l", GREY)
        head = f"关于举办{title}的通知"
        y = centre(pg, ctx, 42, head, fit(head, ctx.bold, 16, 180), True)
        issued_s = fd(issued, "dash")
        pg.text(
            105,
            y,
            f"发布时间：{issued_s} {r.randint(8, 17)}:{r.randint(10, 59)}    来源：{issuer}    浏览次数：{r.randint(120, 3000)}",
            8.5,
            ctx.body,
            "c",
            GREY,
        )  # noqa: E501
        pg.line(16, y + 6, 194, y + 6, 0.2, GREY)
        y += 12
        for ln in body[:4]:
            y = pg.wrap(18, y, 174, ln, 11.5, ctx.body, 1.8, 8)
        y = pg.wrap(
            18,
            y + 2,
            174,
            "附：经各单位推荐，以下同志参加本期培训：" + "、".join(names[:6]) + "。",
            11.5,
            ctx.body,
            1.8,
            8,
        )  # noqa: E501
        people = [{"name": nm, "rank": i + 1, "role": "attendee"} for i, nm in enumerate(names[:6])]
        holder = None
        pg.text(192, y + 10, issuer, 11.5, ctx.body, "r")
        pg.text(192, y + 18, fd(issued, "cn"), 11.5, ctx.body, "r")
        S("issued_on", fd(issued, "cn"))
    elif v == "receipt":
        pg = Page(92, 196, bg=(246, 246, 246))
        y = phone_frame(pg, ctx, f"{r.randint(7, 22)}:{r.randint(10, 59)}", "报名详情")
        pg.text(46, y + 2, "✓ 报名成功", 14, ctx.bold, "c", (30, 150, 70))
        y += 14
        for lab, val in [
            ("培训名称", title),
            ("主办单位", issuer),
            ("培训时间", f"{a_s}至{b_s}"),
            ("培训地点", venue),
            ("学    时", f"{hours}学时" if hours else "—"),
            ("姓    名", who),
            ("工作单位", st.unit),
            (
                "报名时间",
                f"{issued.year}-{issued.month:02d}-{issued.day:02d} {r.randint(8, 21)}:{r.randint(10, 59)}",
            ),
        ]:  # noqa: E501
            pg.text(6, y, lab, 9, ctx.body, "l", GREY)
            y = pg.wrap(26, y, 60, val, 9, ctx.body, 1.6) + 2
        pg.rect(8, y + 6, 84, y + 16, 0, fill=(40, 110, 220))
        pg.text(46, y + 8.5, "查看电子票", 10, ctx.body, "c", (255, 255, 255))
        issued_s = ""
    else:  # hanzi
        pg = Page()
        y = centre(pg, ctx, 24, "会 议 通 知", 22, True)
        pg.text(20, y + 6, "各会员单位：", 13, ctx.body)
        a_s, b_s = f"{a.month}月{a.day}日", f"{b.day}日" if b != a else ""
        S("period.start", a_s)
        S("period.end", b_s or a_s)
        when = f"{a.year}年{a_s}" + (f"至{b_s}" if b_s else "")
        txt = (
            f"经研究，{issuer}定于{when}在{venue}召开{title}，请各单位选派一名业务骨干参加。{hrs_txt}"
            f"请于会前填写回执并报送会务组。"
        )
        y = pg.wrap(20, y + 16, 170, txt, 13.5, ctx.body, 2.0, 10)
        issued_s = fd(issued, "han")
        pg.text(150, y + 16, issuer, 13, ctx.body, "c")
        pg.text(150, y + 25, issued_s, 13, ctx.body, "c")
        pg.seal(150, y + 19, 20, issuer, r.randrange(999))
        y += 48
        pg.line(14, y, 196, y, 0.3, GREY)
        pg.text(
            105,
            y - 2.5,
            "✂ - - - - - - - - - - - - - 沿此线剪下 - - - - - - - - - - - - -",
            8,
            ctx.body,
            "c",
            GREY,
        )
        y = centre(pg, ctx, y + 6, "参会回执", 14, True)
        rows = [
            ["姓名", "单位", "职称", "联系电话"],
            [who, st.unit, r.choice(TITLES[st.sector]), f"15{r.randint(100000000, 999999999)}"],
        ]  # noqa: E501
        pg.table(
            18,
            y + 2,
            [28, 82, 30, 34],
            rows,
            10.5,
            ctx.body,
            12,
            fonts={0: ctx.hand, 2: ctx.hand, 3: ctx.hand},
        )
    if v in ("agenda", "portal", "receipt", "hanzi") and not pages:
        pages.append(pg)
    if v not in ("agenda", "hanzi"):
        S("period.start", a_s)
        S("period.end", b_s)
    f = {"holder": holder, "people": people, "title": title, "issuer": issuer, "period": period(a, b),
         "issued_on": issued.isoformat() if issued_s else None, "hours_stated": float(hours) if hours else None}  # fmt: skip
    sc = ["title", "issuer", "period.start", "period.end"]
    if issued_s:
        sc.append("issued_on")
        S("issued_on", issued_s)
    if hours:
        sc.append("hours_stated")
    claim = holder or people[r.randrange(len(people))]["name"]
    return doc(ctx, "training_notice", "notice", v, pages, f, sc, (claim, a.year))
