"""Draw 33 builders: sign-in sheets and training notices."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind33 import ink, pools
from bench.blind33.pools import Ctx, day, iso, span
from bench.generator.truth import person

SIGN_SCORED = ["title", "issuer", "period.start", "period.end", "people"]
RANKS = [
    "初级",
    "中级",
    "副高级",
    "正高级",
    "助理工程师",
    "工程师",
    "主管护师",
    "主管药师",
    "讲师",
    "高级讲师",
]


class Event:
    def __init__(self, ctx: Ctx, n: int) -> None:
        r = ctx.rng
        self.prov, self.city = pools.prov_city(r)
        self.fld, _ = pools.field_of(r)
        self.issuer = pools.trainer(r, self.prov, self.city)
        self.topic = pools.topic(r, self.fld)
        self.title = ctx.pick("ev.title", [f"{self.topic}培训班", f"{self.topic}专题讲座", f"{self.topic}技术交流会",
                                          f"{self.topic}继续教育培训"])  # fmt: skip
        self.start = pools.some_day(r, 2019, 2024)
        self.end = self.start
        self.names = pools.people(r, n)
        self.units = [pools.workplace(r, self.city) for _ in range(n)]
        self.place = f"{self.city}市" + r.choice(
            ["会展中心三楼报告厅", "职工培训中心201室", "国际大酒店二楼会议室", "学术报告厅"]
        )
        self.claim = r.randrange(n)

    def doc(self, ctx: Ctx, fam: str, v: str, etype: str, pages: list[Page], fields: dict, scored: list[str],
            category: str | None = None) -> Doc:  # fmt: skip
        return Doc(etype, ctx.layout(fam, v), pages, fields, scored,
                   {"person": self.names[self.claim], "year": self.start.year}, category)  # fmt: skip

    def attendees(self) -> list[dict]:
        return [person(n, i + 1, "attendee") for i, n in enumerate(self.names)]


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign")
    n = {"longlist": ctx.rng.randint(30, 38), "grid": 16, "meetexport": ctx.rng.randint(8, 14)}.get(
        v, ctx.rng.randint(6, 12)
    )
    ev = Event(ctx, n)
    pages = {"table": _s_table, "meetexport": _s_meet, "grid": _s_grid, "twosession": _s_two,
             "longlist": _s_long, "scanlog": _s_scan}[v](ctx, ev)  # fmt: skip
    f = {"title": ev.title, "issuer": ev.issuer, "people": ev.attendees(),
         "period": {"start": iso(ev.start), "end": iso(ev.end)}}  # fmt: skip
    return ev.doc(ctx, "sign", v, "sign_in_sheet", pages, f, SIGN_SCORED)


def _s_table(ctx: Ctx, ev: Event) -> list[Page]:
    st = pools.style(ctx, ["cjk", "cjkpad", "dot", "han"])
    pg = Page()
    y = pg.wrap(20, 20, 170, ev.title + "签到表", 17, ctx.bold, 1.5)
    y = ink.kv(
        pg, ctx, 20, y + 3, [("主办单位", ev.issuer), ("时间", day(ev.start, st)), ("地点", ev.place)], 11
    )
    rows = [["序号", "姓名（签字）", "工作单位", "职称", "联系电话"]]
    for i, u in enumerate(ev.units):
        rows.append([str(i + 1), "", u, ctx.rng.choice(RANKS), "1" + pools.cert_no(ctx.rng, "", 10)])
    y0 = y + 3
    pg.table(15, y0, [13, 36, 66, 27, 38], rows, 10, ctx.body, 11, header_font=ctx.bold)
    for i, nm in enumerate(ev.names):
        ink.hand(pg, ctx, 15 + 13 + 18, y0 + 11 * (i + 1) + 2, nm, 14, "c")
    return [pg]


def _s_meet(ctx: Ctx, ev: Event) -> list[Page]:
    r = ctx.rng
    pg = Page(297, 210)
    pg.rect(0, 0, 297, 16, 0, fill=(235, 240, 248))
    pg.text(12, 5, "会议成员参会明细（导出）", 13, ctx.bold)
    h0 = r.choice([8, 9, 14, 19])
    y = ink.kv(pg, ctx, 14, 24, [("会议主题", ev.title), ("组织单位", ev.issuer),
                                  ("会议时间", f"{ev.start.isoformat()} {h0:02d}:00-{h0 + 2:02d}:30"),
                                  ("会议号", f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}")],
               10.5, gap=1.9)  # fmt: skip
    rows = [["序号", "用户昵称", "首次入会时间", "最后离会时间", "参会时长(分钟)", "终端"]]
    for i, (nm, u) in enumerate(zip(ev.names, ev.units, strict=True)):
        short = u.replace("有限公司", "").replace("市", "")[:8]
        nick = r.choice([nm, f"{nm}-{short}", f"{short}-{nm}", f"{nm}（{short}）"])
        a, b = r.randint(0, 9), r.randint(20, 29)
        rows.append([str(i + 1), nick, f"{ev.start.isoformat()} {h0 - 1 if a > 5 else h0:02d}:{(a * 7) % 60:02d}",
                     f"{ev.start.isoformat()} {h0 + 2:02d}:{b:02d}", str(150 - a * 3 + b - 20),
                     r.choice(["PC", "iOS", "Android", "Mac"])])  # fmt: skip
    pg.table(14, y + 3, [16, 70, 52, 52, 36, 30], rows, 9.5, ctx.body, 8.5, header_font=ctx.bold, lw=0.2)
    return [pg]


def _s_grid(ctx: Ctx, ev: Event) -> list[Page]:
    st = pools.style(ctx, ["cjk", "dot", "spaced"])
    pg = Page()
    y = ink.centred(pg, 22, "签  到  簿", 22, ctx.bold)
    y = pg.wrap(22, y + 2, 166, f"活动：{ev.title}", 12, ctx.body, 1.6)
    y = ink.kv(pg, ctx, 22, y, [("主办", ev.issuer), ("日期", day(ev.start, st))], 12)
    cols, cw, ch = 4, 41, 24
    for i, nm in enumerate(ev.names):
        rr, cc = divmod(i, cols)
        x0, y0 = 23 + cc * cw, y + 6 + rr * ch
        pg.rect(x0, y0, x0 + cw, y0 + ch, 0.3)
        ink.hand(pg, ctx, x0 + cw / 2, y0 + 8, nm, ink.fit(nm, ctx.hand, 17, cw - 4), "c")
    return [pg]


def _s_two(ctx: Ctx, ev: Event) -> list[Page]:
    st = pools.style(ctx, ["cjk", "cjkpad"])
    ev.end = ev.start + dt.timedelta(days=1)
    pg = Page(297, 210)
    pg.text(148.5, 16, f"{ev.title}学员签到表", 17, ctx.bold, "c")
    pg.text(20, 30, f"主办单位：{ev.issuer}", 11, ctx.body)
    pg.text(277, 30, f"培训时间：{span(ev.start, ev.end, st)}", 11, ctx.body, "r")
    d1, d2 = f"{ev.start.month}月{ev.start.day}日", f"{ev.end.month}月{ev.end.day}日"
    rows = [["序号", "姓名", "单位", f"{d1}上午", f"{d1}下午", f"{d2}上午", f"{d2}下午"]]
    for i, (nm, u) in enumerate(zip(ev.names, ev.units, strict=True)):
        rows.append([str(i + 1), nm, u, "", "", "", ""])
    W = [14, 28, 75, 40, 40, 40, 40]
    pg.table(10, 38, W, rows, 10, ctx.body, 11, header_font=ctx.bold)
    for i in range(len(ev.names)):
        for j in range(4):
            if ctx.rng.random() < 0.9:
                x = 10 + sum(W[:3]) + 40 * j + 20
                ink.hand(pg, ctx, x, 38 + 11 * (i + 1) + 2.5, ev.names[i][:1] + "√", 12, "c")
    return [pg]


def _s_long(ctx: Ctx, ev: Event) -> list[Page]:
    st = pools.style(ctx, ["dot", "dash", "cjk"])
    pages = []
    per = 22
    for p in range(2):
        pg = Page()
        head = f"{ev.title}签到表" + ("（续）" if p else "")
        y = pg.wrap(18, 16, 174, head, 15, ctx.bold, 1.5)
        if p == 0:
            y = ink.kv(pg, ctx, 18, y + 2, [("主办单位", ev.issuer), ("日期", day(ev.start, st))], 11)
        rows = [["序号", "姓名", "工作单位", "签名"]]
        chunk = list(enumerate(zip(ev.names, ev.units, strict=True)))[p * per : (p + 1) * per]
        for i, (nm, u) in chunk:
            rows.append([str(i + 1), nm, u, ""])
        y0 = y + 2
        pg.table(18, y0, [14, 30, 86, 44], rows, 10, ctx.body, 10, header_font=ctx.bold)
        for j, (_i, (nm, _u)) in enumerate(chunk):
            ink.hand(pg, ctx, 18 + 130 + 22, y0 + 10 * (j + 1) + 1.5, nm, 13, "c")
        pg.text(105, 285, f"第{p + 1}页 共2页", 9, ctx.body, "c")
        pages.append(pg)
    return pages


def _s_scan(ctx: Ctx, ev: Event) -> list[Page]:
    r = ctx.rng
    pg = Page()
    pg.text(18, 16, "扫码签到记录", 18, ctx.bold)
    y = ink.kv(pg, ctx, 18, 28, [("活动名称", ev.title), ("发起单位", ev.issuer), ("活动地点", ev.place),
                                  ("签到人数", f"{len(ev.names)}人")], 10.5, gap=1.9)  # fmt: skip
    rows = [["#", "签到时间", "姓名", "手机号", "单位"]]
    for i, (nm, u) in enumerate(zip(ev.names, ev.units, strict=True)):
        tm = f"{ev.start.isoformat()} 08:{r.randint(5, 59):02d}:{r.randint(0, 59):02d}"
        rows.append([str(i + 1), tm, nm, f"1{r.randint(30, 89)}****{r.randint(1000, 9999)}", u])
    pg.table(14, y + 3, [9, 44, 26, 30, 73], rows, 9, ctx.body, 8, header_font=ctx.bold, lw=0.2)
    pg.text(
        196, 288, "导出时间：" + day(ev.start + dt.timedelta(days=r.randint(1, 9)), "dash"), 8, ctx.body, "r"
    )
    return [pg]


# ---- notices -----------------------------------------------------------------------------------
def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    ev = Event(ctx, ctx.rng.randint(4, 9))
    r = ctx.rng
    ev.start = pools.some_day(r, 2019, 2024)
    ev.end = ev.start + dt.timedelta(days=r.choice([1, 2, 3, 4]))
    ev.issued = ev.start - dt.timedelta(days=r.randint(6, 25))
    ev.hours = r.choice([12, 16, 24, 30, 32])
    pages, fields, scored = {"redhead": _n_red, "chatforward": _n_chat, "invitation": _n_invite,
                             "schedule": _n_schedule, "email": _n_email, "webpage": _n_web}[v](ctx, ev)  # fmt: skip
    f = {"title": ev.title, "issuer": ev.issuer, "issued_on": iso(ev.issued), "hours_stated": float(ev.hours),
         "period": {"start": iso(ev.start), "end": iso(ev.end)}, "people": ev.attendees()}  # fmt: skip
    f.update(fields)
    return ev.doc(ctx, "notice", v, "training_notice", pages, f, scored)


N_SCORED = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]


def _notice_body(ctx: Ctx, ev: Event, st: str) -> list[str]:
    return [
        f"一、培训时间：{span(ev.start, ev.end, st)}，{ev.start.month}月{ev.start.day}日上午8:30前报到。",
        f"二、培训地点：{ev.place}。",
        "三、培训对象：全市相关专业技术人员，各单位按名额选派（名单见附件）。",
        f"四、培训内容：{ev.topic}的政策解读、技术规范与案例分析。",
        f"五、学时认定：学员全程参加并考核合格的，记继续教育{ev.hours}学时。",
        f"六、联系人：{pools.people(ctx.rng, 1)[0]}，联系电话：0{ev.start.year % 100 + 500}-{6000000 + ev.start.toordinal() % 999999}。",
    ]


def _n_red(ctx: Ctx, ev: Event) -> tuple[list[Page], dict, list[str]]:
    st = pools.style(ctx, ["cjk", "han"])
    p1 = Page()
    head = ev.issuer + "文件"
    p1.text(105, 24, head, ink.fit(head, ctx.bold, 26, 176), ctx.bold, "c", ink.RED)
    abbr = ev.issuer[:2]
    p1.text(105, 44, f"{abbr}发〔{ev.issued.year}〕{ctx.rng.randint(3, 60)}号", 12, ctx.body, "c")
    p1.line(20, 53, 190, 53, 0.9, ink.RED)
    y = p1.wrap(28, 62, 154, f"关于举办{ev.title}的通知", 17, ctx.bold, 1.5)
    y = p1.wrap(22, y + 4, 166, "各有关单位：", 12.5, ctx.body)
    y = ink.para(
        p1,
        ctx,
        22,
        y,
        166,
        f"为进一步提升专业技术人员业务能力，经研究，决定举办{ev.title}。现将有关事项通知如下：",
        12.5,
    )
    for s in _notice_body(ctx, ev, st):
        y = ink.para(p1, ctx, 22, y, 166, s, 12.5)
    y = ink.para(p1, ctx, 22, y + 2, 166, "附件：参训人员名单", 12.5)
    p1.text(180, y + 16, ev.issuer, 12.5, ctx.body, "r")
    p1.text(180, y + 25, day(ev.issued, st), 12.5, ctx.body, "r")
    ink.seal_over(p1, ctx, 180 - width_mm(ev.issuer, ctx.body, 12.5) / 2, y + 20, ev.issuer)
    p2 = Page()
    p2.text(22, 22, "附件", 14, ctx.bold)
    p2.text(105, 34, "参训人员名单", 16, ctx.bold, "c")
    rows = [["序号", "姓名", "工作单位"]] + [
        [str(i + 1), n, u] for i, (n, u) in enumerate(zip(ev.names, ev.units, strict=True))
    ]
    p2.table(25, 46, [18, 40, 102], rows, 11, ctx.body, 10, header_font=ctx.bold)
    return [p1, p2], {}, N_SCORED


def _n_chat(ctx: Ctx, ev: Event) -> tuple[list[Page], dict, list[str]]:
    r = ctx.rng
    st = pools.style(ctx, ["cjk", "dot"])
    pg = Page(90, 195)
    pg.bg = (237, 237, 237)
    y = ink.status_bar(
        pg,
        ctx,
        f"{r.randint(8, 21)}:{r.randint(10, 59)}",
        ctx.pick("chat.group", ["科室工作群", "继续教育通知群", "专技人员交流群"]) + f"({r.randint(20, 90)})",
    )
    pg.text(
        45,
        y,
        f"{ev.issued.month}月{ev.issued.day}日 {r.randint(9, 17)}:{r.randint(10, 59)}",
        7,
        ctx.body,
        "c",
        ink.GREY,
    )
    sender = pools.people(r, 1)[0]
    pg.rect(4, y + 5, 11, y + 12, 0, fill=(90, 140, 200))
    pg.text(13, y + 5, f"科教科-{sender}", 7, ctx.body, "l", ink.GREY)
    text = (f"【转发】关于举办{ev.title}的通知。主办单位：{ev.issuer}。时间：{span(ev.start, ev.end, st)}；"
            f"地点：{ev.place}。全程参加者记{ev.hours}学时。请以下同志准时参加：{'、'.join(ev.names)}。"
            f"（{ev.issuer}，{day(ev.issued, st)}）")  # fmt: skip
    top = y + 9.5
    yy = Page().wrap(15, top + 2, 64, text, 8.5, ctx.body, 1.5)
    pg.rect(13, top, 82, yy + 1.5, 0, fill=(255, 255, 255))
    pg.wrap(15, top + 2, 64, text, 8.5, ctx.body, 1.5)
    yy += 6
    for nm in r.sample(ev.names, min(2, len(ev.names))):
        pg.rect(79, yy, 86, yy + 7, 0, fill=(180, 150, 110))
        w = width_mm("收到", ctx.body, 8.5) + 5
        pg.rect(76 - w, yy, 77, yy + 7, 0, fill=(149, 236, 105))
        pg.text(76 - w + 2.5, yy + 1.7, "收到", 8.5, ctx.body)
        pg.text(74, yy - 3.6, nm, 6.5, ctx.body, "r", ink.GREY)
        yy += 12
    pg.rect(0, 183, 90, 195, 0, fill=(247, 247, 247))
    return [pg], {}, N_SCORED


def _n_invite(ctx: Ctx, ev: Event) -> tuple[list[Page], dict, list[str]]:
    st = pools.style(ctx, ["cjk", "cjkpad", "han"])
    who = ev.names[ev.claim]
    ev.names, ev.units, ev.claim = [who], [ev.units[ev.claim]], 0
    pg = Page()
    pg.rect(0, 0, 210, 30, 0, fill=(150, 20, 30))
    pg.text(105, 40, "邀  请  函", 28, ctx.bold, "c", (150, 20, 30))
    pg.text(24, 66, f"尊敬的{who}{ctx.pick('inv.hon', ['老师', '同志', '女士/先生'])}：", 14, ctx.body)
    body = (f"兹定于{span(ev.start, ev.end, st)}在{ev.place}举办“{ev.title}”。会议围绕{ev.topic}开展专题授课与"
            f"交流研讨，诚挚邀请您拨冗参加。参会学员经考核合格，可登记继续教育{ev.hours}学时。")  # fmt: skip
    y = ink.para(pg, ctx, 24, 80, 162, body, 13.5, lead=1.95)
    y = ink.para(pg, ctx, 24, y + 2, 162, "期待您的光临！", 13.5)
    pg.text(186, y + 30, ev.issuer, 13, ctx.body, "r")
    pg.text(186, y + 40, day(ev.issued, st), 13, ctx.body, "r")
    ink.seal_over(pg, ctx, 186 - width_mm(ev.issuer, ctx.body, 13) / 2, y + 34, ev.issuer)
    return [pg], {"holder": who}, N_SCORED


def _n_schedule(ctx: Ctx, ev: Event) -> tuple[list[Page], dict, list[str]]:
    r = ctx.rng
    st = pools.style(ctx, ["cjk", "dot"])
    who = ev.names[ev.claim]
    ev.names, ev.claim = [who], 0
    pg = Page()
    y = pg.wrap(20, 20, 170, f"{ev.title}日程安排", 17, ctx.bold, 1.5)
    y = ink.kv(pg, ctx, 20, y + 2, [("主办单位", ev.issuer), ("培训时间", span(ev.start, ev.end, st)),
                                   ("培训地点", ev.place)], 11.5)  # fmt: skip
    rows = [["日期", "时间", "内容", "授课专家"]]
    speakers = pools.people(r, 6)
    d = ev.start
    i = 0
    while d <= ev.end:
        for slot in ("08:30-11:30", "14:00-17:00"):
            rows.append([f"{d.month}月{d.day}日", slot, r.choice(pools.TOPICS[ev.fld]) + r.choice(["专题", "案例", "实务"]),
                         speakers[i % 6] + r.choice(["教授", "主任", "高级工程师", "副主任护师"])])  # fmt: skip
            i += 1
        d += dt.timedelta(days=1)
    y = pg.table(16, y + 3, [26, 30, 86, 36], rows, 10, ctx.body, 10, header_font=ctx.bold)
    pg.text(20, y + 5, f"注：全程参加并考核合格者，授予继续教育{ev.hours}学时。", 11, ctx.body)
    ink.hand(pg, ctx, 110, y + 22, f"本人已全程参加。{who}", 15)
    return [pg], {"holder": who, "issued_on": None}, ["title", "issuer", "period.start", "period.end",
                                                       "hours_stated"]  # fmt: skip


def _n_email(ctx: Ctx, ev: Event) -> tuple[list[Page], dict, list[str]]:
    r = ctx.rng
    st = pools.style(ctx, ["cjk", "cjkpad"])
    pg = Page()
    pg.text(18, 14, "邮件打印", 9, ctx.body, "l", ink.GREY)
    pg.line(18, 20, 192, 20, 0.2)
    mail = lambda: f"{r.randint(10**8, 10**10)}@{r.choice(['163.com', 'qq.com', '126.com'])}"  # noqa: E731
    rcpt = "；".join(f"{n}<{mail()}>" for n in ev.names)
    pairs = [("发件人", f"{ev.issuer}<{mail()}>"), ("时　间", day(ev.issued, "dash") + f" {r.randint(8, 17)}:{r.randint(10, 59)}"),
             ("主　题", f"关于举办{ev.title}的通知")]  # fmt: skip
    y = ink.kv(pg, ctx, 18, 24, pairs, 10.5, lw=18)
    pg.text(18, y, "收件人：", 10.5, ctx.body)
    y = pg.wrap(36, y, 156, rcpt, 10.5, ctx.body, 1.55)
    pg.line(18, y + 2, 192, y + 2, 0.2)
    y = pg.wrap(18, y + 8, 174, "各位老师：", 12, ctx.body)
    y = ink.para(pg, ctx, 18, y, 174, f"现将{ev.title}有关事项通知如下，请相互转告。", 12)
    for s in _notice_body(ctx, ev, st)[:5]:
        y = ink.para(pg, ctx, 18, y, 174, s, 12)
    pg.text(186, y + 10, ev.issuer, 12, ctx.body, "r")
    pg.text(186, y + 19, day(ev.issued, st), 12, ctx.body, "r")
    return [pg], {}, N_SCORED


def _n_web(ctx: Ctx, ev: Event) -> tuple[list[Page], dict, list[str]]:
    r = ctx.rng
    pg = Page()
    pg.text(12, 6, day(ev.issued + dt.timedelta(days=r.randint(1, 5)), "slash") + f" {r.randint(8, 22)}:{r.randint(10, 59)}",
            7.5, ctx.body)  # fmt: skip
    pg.text(105, 6, "通知公告", 7.5, ctx.body, "c")
    pg.rect(12, 12, 198, 30, 0, fill=(18, 84, 150))
    pg.text(18, 17, ev.issuer, 15, ctx.bold, "l", (255, 255, 255))
    pg.text(18, 34, "首页 ＞ 通知公告 ＞ 正文", 8.5, ctx.body, "l", ink.GREY)
    y = pg.wrap(24, 44, 162, f"关于举办{ev.title}的通知", 15, ctx.bold, 1.45)
    pg.text(
        105,
        y + 1,
        f"发布时间：{day(ev.issued, 'dash')}　　来源：培训部　　浏览次数：{r.randint(200, 3000)}",
        8.5,
        ctx.body,
        "c",
        ink.GREY,
    )
    y += 10
    st = pools.style(ctx, ["cjk", "dot"])
    for s in _notice_body(ctx, ev, st):
        y = ink.para(pg, ctx, 20, y, 170, s, 11)
    y = ink.para(pg, ctx, 20, y + 1, 170, "首批报名学员名单如下：", 11)
    rows = [["序号", "姓名", "单位"]] + [
        [str(i + 1), n, u] for i, (n, u) in enumerate(zip(ev.names, ev.units, strict=True))
    ]
    pg.table(30, y + 2, [16, 36, 98], rows, 9.5, ctx.body, 8, header_font=ctx.bold, lw=0.2)
    pg.text(12, 289, "https://www." + "".join(r.choice("abcdefghjkmnpqrstwxyz") for _ in range(7)) + ".org.cn/tzgg/"
            + pools.cert_no(r, "", 6) + ".html", 7.5, ctx.body)  # fmt: skip
    pg.text(198, 289, "1/1", 7.5, ctx.body, "r")
    return [pg], {}, N_SCORED
