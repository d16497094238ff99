"""Draw 12 training notices: files, invitations, timetables, web and app posts, an annotated notice."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
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
    para,
    ranked,
    screen,
    signoff,
    status_bar,
    t,
)
from bench.blind12.training import CAT_WORD, course, organiser

AUDIENCE = {
    "med": "基层卫生专业技术人员",
    "agri": "农业技术推广人员",
    "eng": "工程技术人员",
    "edu": "中小学教师",
}


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    r = ctx.rng
    pl = P.place(r)
    key, fld = P.field_of_work(r)
    year = r.randint(2017, 2024)
    start = P.day_in(r, year, (3, 11))
    end = P.later(start, 1, 4, r)
    issued = start - dt.timedelta(days=r.randint(7, 30))
    cat = r.choice(("public", "professional", None))
    title = course(ctx, year, fld, cat)
    issuer = organiser(ctx, pl, fld)
    hours = r.choice((12, 16, 18, 24, 30, 36))
    style = ctx.date_style()
    venue = ctx.pick("nvenue", (f"{P.college(r, pl)}继续教育学院综合楼", f"{pl.city}市行政中心东楼报告厅",
                                f"{pl.city}宾馆二楼会议厅", f"{pl.county}党校礼堂"))  # fmt: skip
    when = P.span(start, end, style)
    credit = f"记{CAT_WORD[cat]}{hours}学时" if cat else f"记继续教育{hours}学时"
    period = {"start": start.isoformat(), "end": end.isoformat()}
    base = dict(title=title, issuer=issuer, issued_on=issued.isoformat(), period=period, hours_stated=hours)
    scored = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    items = [
        ("培训时间", f"{when}，{start.month}月{start.day}日上午8:30前报到。"),
        ("培训地点", venue + "。"),
        ("培训对象", f"全市{AUDIENCE[key]}，"
                     "每单位限报2至3人。"),
        ("培训内容", "专家授课、案例研讨与现场教学相结合。"),
        ("学时认定", f"全程参训并考核合格者，由主办单位出具证明，{credit}。"),
    ]  # fmt: skip

    if v == "redfile":
        n = r.randint(8, 14)
        names = P.people(r, n)
        pg = a4()
        t(pg, ctx, pg.w / 2, 26, issuer, 20 if len(issuer) < 14 else 16, "c", True, RED)
        doc_no = f"{pl.city[0]}{ctx.pick('docno', ('继教', '人社字', '学发', '培字'))}〔{issued.year}〕{r.randint(3, 60)}号"
        t(pg, ctx, pg.w / 2, 42, doc_no, 11.5, "c")
        pg.line(20, 50, pg.w - 20, 50, 1.2, RED)
        y = para(pg, ctx, 26, 60, 158, f"关于举办{title}的通知", 17, indent=False)
        t(pg, ctx, 24, y + 4, "各有关单位：", 12.5)
        y += 4 + lh(12.5, 1.9)
        y = para(
            pg,
            ctx,
            24,
            y,
            162,
            f"为进一步提升专业技术人员业务能力，经研究，决定举办{title}。现将有关事项通知如下：",
            12.5,
        )
        for i, (lab, val) in enumerate(items):
            y = para(pg, ctx, 24, y, 162, f"{P.HAN[i + 1]}、{lab}：{val}", 12.5)
        y = para(pg, ctx, 24, y, 162, "附件：参训人员名单", 12.5)
        signoff(pg, ctx, [issuer, ctx.d(issued)], y + 16, pg.w - 28, 12.5, stamp=issuer)
        p2 = a4()
        t(p2, ctx, 24, 22, "附件", 13, bold=True)
        t(p2, ctx, p2.w / 2, 34, "参训人员名单", 16, "c", True)
        rows = [["序号", "姓名", "工作单位"]] + [
            [str(i + 1), nm, P.workplace(r, pl)] for i, nm in enumerate(names)
        ]
        p2.table(30, 46, [16, 36, 98], rows, 10.5, ctx.body, row_h=10, header_font=ctx.bold)
        return build(ctx, "training_notice", "notice", v, [pg, p2], dict(base, people=ranked(names, "attendee")),
                     scored, (r.choice(names), year), cat)  # fmt: skip

    if v == "invitation":
        who = P.people(r, 1)[0]
        pg = a4()
        pg.rect(0, 0, pg.w, 36, 0, fill=(160, 30, 35))
        t(pg, ctx, pg.w / 2, 12, "邀　请　函", 26, "c", True, (255, 236, 200))
        t(pg, ctx, 26, 52, f"尊敬的{who}{ctx.pick('hon', ('老师', '同志', '专家', '女士/先生'))}：", 14)
        y = para(pg, ctx, 26, 64, 158, f"兹定于{when}在{venue}举办“{title}”。本次培训{credit}。"
                                       "您在相关领域具有丰富的实践经验，特邀请您拨冗参加。", 13.5, lead=2.0)  # fmt: skip
        y = para(pg, ctx, 26, y + 2, 158, "请于开班前三日将回执发送至会务组邮箱。恭候莅临！", 13.5, lead=2.0)
        signoff(pg, ctx, [issuer, ctx.d(issued)], y + 24, pg.w - 28, 13, stamp=issuer)
        return build(
            ctx, "training_notice", "notice", v, [pg], dict(base, holder=who), scored, (who, year), cat
        )

    if v == "agenda":
        who = P.people(r, 1)[0]
        pg = Page(297.0, 210.0)
        t(pg, ctx, pg.w / 2, 14, f"{title}", 17, "c", True)
        t(pg, ctx, pg.w / 2, 24, "课 程 安 排", 15, "c", True)
        t(pg, ctx, 20, 35, f"主办单位：{issuer}", 10.5)
        t(pg, ctx, 150, 35, f"培训时间：{when}", 10.5)
        t(pg, ctx, 20, 42, f"学员：{who}　　　学号：{year}{r.randint(100, 999)}", 10.5)
        days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
        rows = [["日期", "时间", "课程内容", "授课专家"]]
        pool = list(fld["topics"]) + list(P.PUBLIC_TOPICS)
        r.shuffle(pool)
        experts = P.people(r, 2 * len(days))
        for i, d in enumerate(days):
            rows.append(
                [f"{d.month}月{d.day}日", "8:30-11:30", pool[2 * i % len(pool)], experts[2 * i] + " 教授"]
            )
            rows.append(["", "14:00-17:00", pool[(2 * i + 1) % len(pool)], experts[2 * i + 1] + " 研究员"])
        y = pg.table(20, 50, [34, 36, 130, 57], rows, 10, ctx.body, row_h=10, header_font=ctx.bold)
        t(
            pg,
            ctx,
            20,
            y + 5,
            f"注：本次培训共计{hours}学时" + (f"，均为{CAT_WORD[cat]}。" if cat else "。"),
            10.5,
        )
        b = dict(base, issued_on=None, holder=who)
        return build(ctx, "training_notice", "notice", v, [pg], b,
                     [s for s in scored if s != "issued_on"], (who, year), cat)  # fmt: skip

    if v == "portal":
        n = r.randint(5, 9)
        names = P.people(r, n)
        pg = Page(297.0, 230.0)
        pg.rect(0, 0, pg.w, 22, 0, fill=(22, 84, 150))
        t(pg, ctx, 14, 6, issuer, 15, bold=True, color=(255, 255, 255))
        pg.rect(0, 22, pg.w, 30, 0, fill=(230, 238, 246))
        for i, s in enumerate(("首页", "机构概况", "通知公告", "继续教育", "政策法规", "下载中心")):
            t(pg, ctx, 16 + i * 28, 23.6, s, 9.5)
        t(pg, ctx, 20, 36, "当前位置：首页 > 通知公告 > 正文", 8.5, color=GREY)
        y = para(pg, ctx, 40, 46, 217, f"关于举办{title}的通知", 15, indent=False)
        t(pg, ctx, pg.w / 2, y + 1, f"发布时间：{issued.isoformat()} {r.randint(8, 17):02d}:{r.randint(0, 59):02d}"
                                    f"　　来源：{issuer}　　浏览次数：{r.randint(120, 3000)}", 8.5, "c", color=GREY)  # fmt: skip
        pg.line(30, y + 7, pg.w - 30, y + 7, 0.2, (200, 200, 200))
        y += 12
        y = para(pg, ctx, 34, y, 229, "各有关单位：", 10.5, indent=False)
        for i, (lab, val) in enumerate(items):
            y = para(pg, ctx, 34, y, 229, f"{P.HAN[i + 1]}、{lab}：{val}", 10.5)
        y = para(
            pg, ctx, 34, y, 229, "经各单位推荐，确定以下同志参加本次培训：" + "、".join(names) + "。", 10.5
        )
        return build(ctx, "training_notice", "notice", v, [pg], dict(base, people=ranked(names, "attendee")),
                     scored, (r.choice(names), year), cat)  # fmt: skip

    if v == "pencilled":
        who = P.people(r, 1)[0]
        pg = a4()
        t(pg, ctx, pg.w / 2, 28, "通　知", 22, "c", True)
        y = para(pg, ctx, 24, 44, 162, f"经研究，{issuer}定于{when}举办{title}，现将有关事项通知如下：", 12.5)
        for i, (lab, val) in enumerate(items):
            y = para(pg, ctx, 24, y, 162, f"（{P.HAN[i + 1]}）{lab}：{val}", 12.5)
        y = para(pg, ctx, 24, y, 162, "请各单位高度重视，按时选派人员参加。", 12.5)
        signoff(pg, ctx, [issuer, ctx.d(issued)], y + 14, pg.w - 28, 12.5, stamp=issuer)
        ink(pg, ctx, 128, 14, f"{who} 已参加", 15)
        ink(pg, ctx, 150, 22, f"{end.month}.{end.day}", 13)
        pg.line(126, 21, 170, 21.5, 0.4, (28, 42, 125))
        return build(
            ctx, "training_notice", "notice", v, [pg], dict(base, holder=who), scored, (who, year), cat
        )

    # feed: an official-account post on a phone
    n = r.randint(4, 6)
    names = P.people(r, n)
    pg = screen()
    pg.bg = (255, 255, 255)
    y = status_bar(pg, ctx, f"{r.randint(7, 23)}:{r.randint(0, 59):02d}", "", back=True)
    y = para(pg, ctx, 6, y + 2, pg.w - 12, f"关于举办{title}的通知", 12.5, indent=False, lead=1.45)
    t(pg, ctx, 6, y + 1, issuer, 8, color=(80, 110, 160))
    t(pg, ctx, 6, y + 6, f"{ctx.m(issued.year, issued.month, 'cn')}{issued.day}日 {r.randint(8, 21)}:{r.randint(10, 59)}",
      8, color=GREY)  # fmt: skip
    y += 14
    for i, (lab, val) in enumerate(items):
        y = para(pg, ctx, 6, y, pg.w - 12, f"{P.HAN[i + 1]}、{lab}", 9.5, indent=False, lead=1.5)
        y = para(pg, ctx, 6, y, pg.w - 12, val, 8.8, lead=1.55) + 1
    y = para(pg, ctx, 6, y, pg.w - 12, "六、参训名单：" + "、".join(names), 8.8, indent=False, lead=1.55)
    t(pg, ctx, 6, y + 3, f"阅读 {r.randint(300, 5000)}　　赞 {r.randint(3, 90)}", 7.5, color=GREY)
    card(pg, 0, pg.h - 12, pg.w, pg.h)
    return build(ctx, "training_notice", "notice", v, [pg], dict(base, people=ranked(names, "attendee")),
                 scored, (r.choice(names), year), cat)  # fmt: skip
