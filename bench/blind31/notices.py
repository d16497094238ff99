"""Draw 31 training notices: red-headed notices, invitations, programme books, timetables, feeds, receipts."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind31.kit import RED, centre, doc, fits, hand, line_at, para, ranked
from bench.blind31.pools import Ctx, after, day, fmt, fmt_m, fmt_span, hours_s, iso_m
from bench.blind31.scene import CAT_WORD, Scene, category, scene
from bench.blind31.topics import PAPERS, PLACES, PROF, PUBLIC, SOCIETIES

FIELD = {
    "health": "卫生",
    "teacher": "教育",
    "forest": "林业",
    "water": "水利",
    "road": "交通",
    "acct": "会计",
    "econ": "经济",
}


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    sc = scene(ctx, 10)
    cat = category(ctx)
    start = day(ctx.rng, 2018, 2024)
    return BUILD[v](ctx, v, sc, cat, start)


def _rec(
    ctx, v, sc, pages, title, issuer, issued, start, end, hours, claim, year, cat, holder=None, people=None
):  # noqa: ANN001, ANN202, PLR0913
    f = {"title": title, "issuer": issuer, "issued_on": issued, "period": {"start": start, "end": end},
         "hours_stated": hours, "holder": holder, "people": people or []}  # fmt: skip
    scored = [k for k in ("title", "issuer", "issued_on") if f[k] is not None]
    scored += ["period.start", "period.end"] + (["hours_stated"] if hours is not None else [])
    return doc(ctx, "training_notice", "notice", v, pages, f, scored, claim, year, cat)


def _sign(pg: Page, ctx: Ctx, issuer: str, date_s: str, y: float) -> None:
    w = max(width_mm(issuer, ctx.body, 13), width_mm(date_s, ctx.body, 13))
    cx = pg.w - 28 - w / 2
    pg.text(cx, y, issuer, 13, ctx.body, "c")
    pg.text(cx, y + 8.5, date_s, 13, ctx.body, "c")
    pg.seal(cx, y + 4, 19, issuer[:16], ctx.rng.randint(0, 9999))


def _redhead(ctx: Ctx, v: str, sc: Scene, cat, start: dt.date) -> Doc:  # noqa: ANN001
    pg = Page()
    issuer = sc.org(ctx, cat == "public")
    topic = sc.topic(ctx, cat == "public")
    title = f"{start.year}年{sc.c}市{topic}培训班"
    end = after(start, 1, 4, ctx.rng)
    issued = start - dt.timedelta(days=ctx.rng.randint(7, 25))
    hours = float(ctx.rng.choice([12, 16, 24, 30]))
    pg.text(105, 22, f"{issuer}文件", fits(f"{issuer}文件", ctx, 30, 185), ctx.bold, "c", RED)
    pg.text(
        105,
        44,
        f"{sc.c[0]}{'卫' if sc.sector == 'health' else '人'}发〔{issued.year}〕{ctx.rng.randint(3, 60)}号",
        12,
        ctx.body,
        "c",
    )
    pg.line(20, 52, 190, 52, 0.9, RED)
    y = 62.0
    y = centre(pg, ctx, y, f"关于举办{title}的通知", fits(f"关于举办{title}的通知", ctx, 16, 170), True)
    y = line_at(pg, ctx, 22, y + 4, "各县（市、区）相关单位，市直各有关单位：", 12.5)
    y = para(
        pg,
        ctx,
        22,
        y,
        166,
        f"为进一步提升我市专业技术人员业务水平，经研究，决定举办{title}。现将有关事项通知如下：",
        12.5,
    )
    place = ctx.rng.choice(PLACES)
    items = [f"一、培训时间：{fmt_span(start, end, 'cn')}，会期{(end - start).days + 1}天。",
             f"二、培训地点：{place}。",
             f"三、培训对象：各单位从事{topic}相关工作的专业技术人员。",
             "四、培训方式：专题讲座、现场教学与交流研讨相结合。",
             f"五、学时认定：学员全程参训并考核合格的，计{'' if not cat else CAT_WORD[cat]}继续教育学时{hours_s(hours)}学时。",
             "六、请各单位于开班前三日将参训人员名单报送至联系人处，培训不收取费用。"]  # fmt: skip
    for s in items:
        y = para(pg, ctx, 22, y + 1, 166, s, 12.5)
    _sign(pg, ctx, issuer, fmt(issued, "cn"), y + 18)
    holder = sc.names[0]
    hand(pg, ctx, 130, 8, f"已参加  {holder}", 14)
    return _rec(ctx, v, sc, [pg], title, issuer, issued.isoformat(), start.isoformat(), end.isoformat(), hours,
                holder, start.year, cat, holder=holder)  # fmt: skip


def _invite(ctx: Ctx, v: str, sc: Scene, cat, start: dt.date) -> Doc:  # noqa: ANN001
    pg = Page()
    pg.rect(0, 0, 210, 30, 0, fill=(140, 24, 30))
    pg.text(105, 9, "邀  请  函", 24, ctx.bold, "c", (250, 220, 150))
    issuer = sc.f(SOCIETIES[sc.sector])
    title = f"{issuer}{start.year}年学术年会"
    end = after(start, 1, 2, ctx.rng)
    issued = start - dt.timedelta(days=ctx.rng.randint(20, 50))
    holder = sc.names[0]
    paper = ctx.rng.choice(PAPERS[sc.sector])
    y = line_at(pg, ctx, 22, 44, f"尊敬的{holder}{ctx.rng.choice(['老师', '同志', '先生', '女士'])}：", 14)
    body = [
        f"您好！兹定于{fmt_span(start, end, 'cn')}在{sc.c}市召开“{title}”。",
        f"您撰写的论文《{paper}》经专家评审，已被本次年会录用，特邀请您出席会议并作交流发言。",
        f"会议报到时间为{fmt(start - dt.timedelta(days=1), 'cn')}全天，报到地点：{sc.c}宾馆大堂。",
        "会议食宿统一安排，费用自理，回单位按规定报销。",
    ]
    for s in body:
        y = para(pg, ctx, 22, y + 1, 166, s, 13, 2.0)
    y = line_at(
        pg,
        ctx,
        22,
        y + 6,
        f"联系人：{sc.names[1]}  电话：0{ctx.rng.choice(['737', '371'])}-{ctx.rng.randint(2000000, 8999999)}",
        11.5,
    )
    _sign(pg, ctx, issuer, fmt(issued, ctx.pick("notice.invite.date", ["cn", "hanzi"])), y + 20)
    return _rec(ctx, v, sc, [pg], title, issuer, issued.isoformat(), start.isoformat(), end.isoformat(), None,
                holder, start.year, None, holder=holder)  # fmt: skip


def _programme(ctx: Ctx, v: str, sc: Scene, cat, start: dt.date) -> Doc:  # noqa: ANN001
    issuer = sc.f(SOCIETIES[sc.sector])
    host = sc.unit(ctx)
    title = f"{sc.p}省第{ctx.rng.randint(3, 12)}届基层{FIELD[sc.sector]}学术交流会"
    end = after(start, 1, 2, ctx.rng)
    c1 = Page()
    c1.rect(0, 0, 210, 297, 0, fill=(22, 60, 110))
    c1.text(105, 70, title, fits(title, ctx, 24, 180), ctx.bold, "c", (255, 255, 255))
    c1.text(105, 100, "会 议 手 册", 28, ctx.bold, "c", (250, 210, 120))
    c1.text(105, 220, f"主办单位：{issuer}", 13, ctx.body, "c", (255, 255, 255))
    c1.text(105, 231, f"承办单位：{host}", 13, ctx.body, "c", (255, 255, 255))
    c1.text(105, 246, f"{sc.c} · {fmt_span(start, end, 'cn')}", 13, ctx.body, "c", (255, 255, 255))
    p2 = Page()
    y = centre(p2, ctx, 16, "会议日程", 16, True)
    rows = [["日期", "时间", "内容", "主持人"]]
    for i in range((end - start).days + 1):
        dd = start + dt.timedelta(days=i)
        rows.append(
            [
                f"{dd.month}月{dd.day}日",
                "08:30-12:00",
                "开幕式、主旨报告" if i == 0 else "分会场交流",
                sc.names[7 + i % 3],
            ]
        )
        rows.append([f"{dd.month}月{dd.day}日", "14:30-17:30", "论文交流", sc.names[8]])
    y = p2.table(18, y, [30, 36, 80, 28], rows, 10, ctx.body, 9, header_font=ctx.bold) + 8
    y = centre(p2, ctx, y, "交流论文目录", 15, True)
    papers = ctx.rng.sample(PAPERS[sc.sector], 3)
    authors = []
    for i, pp in enumerate(papers):
        a = sc.names[i * 2 : i * 2 + 2]
        authors += a
        y = line_at(p2, ctx, 22, y + 1, f"{i + 1}．{pp}", 11.5)
        y = line_at(p2, ctx, 30, y - 2, "、".join(a) + f"（{sc.unit(ctx)}）", 10.5)
    f_people = ranked(authors, "author")
    claim = authors[ctx.rng.randrange(len(authors))]
    return _rec(ctx, v, sc, [c1, p2], title, issuer, None, start.isoformat(), end.isoformat(), None, claim,
                start.year, None, people=f_people)  # fmt: skip


def _timetable(ctx: Ctx, v: str, sc: Scene, cat, start: dt.date) -> Doc:  # noqa: ANN001
    pg = Page(297, 210)
    issuer = sc.org(ctx, cat == "public")
    topic = sc.topic(ctx, cat == "public")
    title = f"{sc.x}{topic}培训班"
    end = after(start, 1, 3, ctx.rng)
    nd = (end - start).days + 1
    y = centre(pg, ctx, 14, f"{title}课程安排表", 18, True)
    if cat:
        y = centre(pg, ctx, y, f"（{CAT_WORD[cat]}）", 12)
    rows = [["日期", "时间", "课程内容", "授课人", "学时"]]
    total = 0
    for i in range(nd):
        dd = start + dt.timedelta(days=i)
        for half in ("上午", "下午"):
            h = 4 if half == "上午" else 3
            total += h
            rows.append(
                [
                    f"{fmt(dd, 'dot')}",
                    half,
                    f"{topic}（专题{len(rows)}）",
                    sc.names[2 + len(rows) % 5]
                    + "  "
                    + ctx.rng.choice(["副教授", "高级工程师", "主任医师", "研究员"]),
                    str(h),
                ]
            )
    y = pg.table(18, y + 4, [36, 24, 120, 60, 20], rows, 10, ctx.body, 9.5, header_font=ctx.bold)
    y = line_at(pg, ctx, 20, y + 5, f"说明：培训合计{total}学时，请学员按时签到，不得无故缺课。", 11)
    issued = start - dt.timedelta(days=ctx.rng.randint(3, 12))
    _sign(pg, ctx, issuer, fmt(issued, "pad"), y + 6)
    holder = sc.names[0]
    hand(pg, ctx, 20, 190, f"本人全程参加 —— {holder}", 15)
    return _rec(ctx, v, sc, [pg], title, issuer, issued.isoformat(), start.isoformat(), end.isoformat(),
                float(total), holder, start.year, cat, holder=holder)  # fmt: skip


def _feed(ctx: Ctx, v: str, sc: Scene, cat, start: dt.date) -> Doc:  # noqa: ANN001
    pg = Page(100, 215)
    issuer = sc.org(ctx, cat == "public")
    topic = sc.topic(ctx, cat == "public")
    title = f"{sc.c}市{topic}能力提升培训"
    end = after(start, 0, 2, ctx.rng)
    issued = start - dt.timedelta(days=ctx.rng.randint(5, 15))
    hours = float(ctx.rng.choice([6, 8, 12]))
    pg.text(5, 3, "9:2" + str(ctx.rng.randint(0, 9)), 8, ctx.body)
    pg.text(8, 10, f"<  {issuer}", 9.5, ctx.body, "l", (60, 60, 60))
    y = pg.wrap(6, 20, 88, f"关于举办{title}的通知", 14, ctx.bold, 1.5)
    y = line_at(pg, ctx, 6, y + 1, f"{issuer}  {fmt(issued, 'dash')} 17:{ctx.rng.randint(10, 59)}", 7.5)
    paras = [f"各有关单位：为提升基层专业技术人员能力，定于{fmt_span(start, end, 'cn')}举办{title}，现将有关事项通知如下。",
             f"培训地点：{ctx.rng.choice(PLACES)}。",
             f"学时：参训合格者登记{CAT_WORD[cat] if cat else '继续教育'}学时{hours_s(hours)}学时。",
             "附件：参训人员名单"]  # fmt: skip
    for s in paras:
        y = pg.wrap(6, y + 1.5, 88, s, 9.5, ctx.body, 1.6)
    who = sc.names[:6]
    for i in range(0, 6, 3):
        y = line_at(pg, ctx, 8, y, "  ".join(who[i : i + 3]), 9.5)
    pg.text(
        6,
        y + 4,
        "阅读 " + str(ctx.rng.randint(300, 5000)) + "    在看 " + str(ctx.rng.randint(2, 40)),
        7.5,
        ctx.body,
        "l",
        (120, 120, 120),
    )
    claim = who[ctx.rng.randrange(6)]
    return _rec(ctx, v, sc, [pg], title, issuer, issued.isoformat(), start.isoformat(), end.isoformat(), hours,
                claim, start.year, cat, people=ranked(who, "attendee"))  # fmt: skip


def _portal(ctx: Ctx, v: str, sc: Scene, cat, start: dt.date) -> Doc:  # noqa: ANN001
    pg = Page()
    hunan = sc.p == "湖南"
    site = "湖南省专业技术人员继续教育服务平台" if hunan else "河南省专业技术人员继续教育公共服务平台"
    issuer = sc.org(ctx, True)
    y0 = start.year
    ms, me = ctx.rng.randint(3, 5), ctx.rng.randint(10, 12)
    public = cat != "professional"
    title = f"{y0}年度专业技术人员{'公需科目' if public else '专业科目'}网络培训"
    catv = "public" if public else "professional"
    issued = dt.date(y0, ms, ctx.rng.randint(1, 20)) - dt.timedelta(days=ctx.rng.randint(3, 20))
    pg.rect(0, 0, 210, 16, 0, fill=(16, 110, 90))
    pg.text(10, 4.5, site, 12, ctx.bold, "l", (255, 255, 255))
    pg.text(12, 22, "首页 > 通知公告 > 正文", 9, ctx.body, "l", (110, 110, 110))
    y = centre(pg, ctx, 32, f"关于开展{title}的通知", fits(f"关于开展{title}的通知", ctx, 15, 185), True)
    y = centre(
        pg,
        ctx,
        y,
        f"发布单位：{issuer}    发布时间：{fmt(issued, 'dash')}    浏览：{ctx.rng.randint(1000, 90000)}",
        9,
    )
    pg.line(12, y + 1, 198, y + 1, 0.2)
    hours = float(ctx.rng.choice([24, 30, 36]))
    items = [f"各县（市、区）人力资源社会保障局，各有关单位：根据年度继续教育工作安排，现开展{title}。",
             f"一、学习时间：{fmt_m(y0, ms, 'cn')}至{fmt_m(y0, me, 'cn')}。",
             f"二、学习内容：{'、'.join(ctx.rng.sample(PUBLIC if public else PROF[sc.sector], 3))}等课程。",
             f"三、学时要求：每人每年完成不少于{hours_s(hours)}学时，考试合格后由平台自动登记。",
             "四、学员登录平台后在“我的课程”中选课学习，完成后可自行打印学时证明。"]  # fmt: skip
    for s in items:
        y = para(pg, ctx, 16, y + 2, 178, s, 12)
    holder = sc.names[0]
    hand(pg, ctx, 120, y + 14, f"{holder} 已完成", 15)
    return _rec(ctx, v, sc, [pg], title, issuer, issued.isoformat(), iso_m(y0, ms), iso_m(y0, me), hours, holder,
                y0, catv, holder=holder)  # fmt: skip


def _receipt(ctx: Ctx, v: str, sc: Scene, cat, start: dt.date) -> Doc:  # noqa: ANN001
    pg = Page()
    issuer = sc.f(SOCIETIES[sc.sector])
    topic = sc.topic(ctx, False)
    title = f"{topic}学术研讨会"
    end = after(start, 1, 2, ctx.rng)
    issued = start - dt.timedelta(days=ctx.rng.randint(15, 40))
    y = centre(pg, ctx, 22, "会 议 通 知", 20, True)
    y = line_at(pg, ctx, 20, y + 6, "各会员单位：", 12.5)
    s = (f"经研究，{issuer}定于{fmt_span(start, end, 'pad')}在{sc.c}市召开{title}，"
         "交流基层工作经验和研究成果。请各单位推荐代表参会，并于会前将回执反馈至学会秘书处。")  # fmt: skip
    y = para(pg, ctx, 20, y, 170, s, 12.5)
    _sign(pg, ctx, issuer, fmt(issued, "pad"), y + 8)
    y += 36
    pg.line(12, y, 198, y, 0.3)
    pg.text(
        105,
        y - 2.5,
        "- - - - - - - - - - - - - - - - - - - - - - - - - - - -",
        9,
        ctx.body,
        "c",
        (120, 120, 120),
    )
    y = centre(pg, ctx, y + 6, "参 会 回 执", 15, True)
    holder = sc.names[0]
    rows = [["姓名", "性别", "工作单位", "职称", "联系电话"], ["", "", "", "", ""], ["", "", "", "", ""]]
    pg.table(14, y + 2, [28, 16, 76, 30, 32], rows, 11, ctx.body, 12, header_font=ctx.bold)
    hand(pg, ctx, 28, y + 16, holder, 14, "c")
    hand(pg, ctx, 50, y + 16, ctx.rng.choice(["男", "女"]), 13, "c")
    hand(pg, ctx, 98, y + 16, sc.unit(ctx), 10, "c")
    hand(pg, ctx, 151, y + 16, sc.rank_title(ctx), 11, "c")
    return _rec(ctx, v, sc, [pg], title, issuer, issued.isoformat(), start.isoformat(), end.isoformat(), None,
                holder, start.year, None, holder=holder)  # fmt: skip


BUILD = {
    "redhead": _redhead,
    "invite": _invite,
    "programme": _programme,
    "timetable": _timetable,
    "feed": _feed,
    "portal": _portal,
    "receipt": _receipt,
}
