"""Draw 31 sign-in sheets: ruled 签到表, attendance books, two-sided and two-page sheets, exports."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind31.kit import centre, doc, fits, hand, line_at, ranked
from bench.blind31.pools import Ctx, after, day, fmt, fmt_span
from bench.blind31.scene import CAT_WORD, Scene, category, scene
from bench.blind31.topics import PLACES

SCORED = ["title", "issuer", "period.start", "period.end", "people"]


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign")
    sc = scene(ctx, 22)
    cat = category(ctx) if ctx.rng.random() < 0.5 else None
    topic = sc.topic(ctx, cat == "public")
    d = day(ctx.rng, 2018, 2024)
    return BUILD[v](ctx, v, sc, cat, topic, d)


def _finish(ctx, v, sc, pages, title, issuer, start, end, attendees, claim_i, cat):  # noqa: ANN001, ANN202
    f = {"title": title, "issuer": issuer, "period": {"start": start.isoformat(), "end": end.isoformat()},
         "people": ranked(attendees, "attendee")}  # fmt: skip
    claim = attendees[claim_i % len(attendees)]
    return doc(ctx, "sign_in_sheet", "sign", v, pages, f, SCORED, claim, start.year, cat)


def _cat_line(cat: str | None) -> str:
    return f"（{CAT_WORD[cat]}）" if cat else ""


def _grid(ctx: Ctx, v: str, sc: Scene, cat, topic: str, d: dt.date) -> Doc:  # noqa: ANN001
    pg = Page()
    issuer = sc.org(ctx, cat == "public")
    title = f"{topic}培训班"
    y = centre(pg, ctx, 20, f"{title}签到表", fits(f"{title}签到表", ctx, 18, 180), True)
    if cat:
        y = centre(pg, ctx, y, _cat_line(cat), 12)
    style = ctx.pick("sign.grid.date", ["cn", "pad", "dot"])
    pg.text(18, y + 3, f"时间：{fmt(d, style)}", 11, ctx.body)
    pg.text(100, y + 3, f"地点：{ctx.rng.choice(PLACES)}", 11, ctx.body)
    pg.text(18, y + 11, f"主办单位：{issuer}", 11, ctx.body)
    n = ctx.rng.randint(9, 16)
    who = sc.names[:n]
    rows = [["序号", "姓名", "工作单位", "职称", "本人签名"]]
    rows += [[str(i + 1), nm, sc.unit(ctx), sc.rank_title(ctx), ""] for i, nm in enumerate(who)]
    top = y + 20
    pg.table(14, top, [14, 26, 82, 28, 32], rows, 10, ctx.body, 11, header_font=ctx.bold)
    for i, nm in enumerate(who):
        hand(pg, ctx, 14 + 150 + 16, top + 11 * (i + 1) + 2.5, nm, 13, "c")
    return _finish(ctx, v, sc, [pg], title, issuer, d, d, who, ctx.rng.randrange(n), cat)


def _book(ctx: Ctx, v: str, sc: Scene, cat, topic: str, d: dt.date) -> Doc:  # noqa: ANN001
    pg = Page()
    pg.bg = (246, 242, 228)
    issuer = sc.unit(ctx)
    title = f"{topic}业务学习"
    pg.text(105, 14, "业务学习考勤登记簿", 17, ctx.bold, "c")
    y = line_at(pg, ctx, 18, 30, f"单位：{issuer}", 12)
    y = line_at(pg, ctx, 18, y, f"学习内容：{title}", 12)
    y = line_at(pg, ctx, 18, y, f"学习日期：{fmt(d, 'cn')}", 12)
    if cat:
        y = line_at(pg, ctx, 18, y, f"学时类别：{CAT_WORD[cat]}", 12)
    n = ctx.rng.randint(7, 13)
    who = sc.names[:n]
    rows = [["序号", "姓名（亲笔）", "到会时间", "备注"]]
    rows += [
        [str(i + 1), nm, f"{ctx.rng.choice([7, 8])}:{ctx.rng.randint(10, 59)}", ""]
        for i, nm in enumerate(who)
    ]
    rows += [["", "", "", ""]] * 3
    pg.table(18, y + 4, [16, 62, 40, 56], rows, 13, ctx.body, 12, fonts={1: ctx.hand, 2: ctx.hand},
             header_font=ctx.bold)  # fmt: skip
    hand(pg, ctx, 120, 270, f"记录人：{who[-1]}", 13)
    return _finish(ctx, v, sc, [pg], title, issuer, d, d, who, ctx.rng.randrange(n), cat)


def _split(ctx: Ctx, v: str, sc: Scene, cat, topic: str, d: dt.date) -> Doc:  # noqa: ANN001
    pg = Page(297, 210)
    issuer = sc.org(ctx, cat == "public")
    title = f"{topic}专题讲座"
    y = centre(pg, ctx, 14, f"{title}签到表{_cat_line(cat)}", 17, True)
    pg.text(20, y + 2, f"主办：{issuer}", 11, ctx.body)
    pg.text(277, y + 2, f"日期：{fmt(d, 'dash')}", 11, ctx.body, "r")
    n = ctx.rng.randint(14, 20)
    who = sc.names[:n]
    half = (n + 1) // 2
    for side in range(2):
        rows = [["序号", "姓名", "单位", "签名"]]
        for i in range(side * half, min(n, (side + 1) * half)):
            rows.append([str(i + 1), who[i], sc.unit(ctx), ""])
        x0 = 14 + side * 137
        pg.table(x0, y + 12, [14, 24, 66, 28], rows, 9.5, ctx.body, 12, header_font=ctx.bold)
        for r in range(1, len(rows)):
            hand(pg, ctx, x0 + 104 + 14, y + 12 + 12 * r + 3, rows[r][1], 12, "c")
    return _finish(ctx, v, sc, [pg], title, issuer, d, d, who, ctx.rng.randrange(n), cat)


def _twopage(ctx: Ctx, v: str, sc: Scene, cat, topic: str, d: dt.date) -> Doc:  # noqa: ANN001
    issuer = sc.org(ctx, cat == "public")
    title = f"{d.year}年{sc.x}{topic}培训会"
    n = ctx.rng.randint(18, 22)
    who = sc.names[:n]
    pages = []
    per = 14
    for p in range(2):
        pg = Page()
        if p == 0:
            y = centre(pg, ctx, 18, "参 会 人 员 签 到 册", 18, True)
            y = line_at(pg, ctx, 18, y + 2, f"会议名称：{title}", fits(f"会议名称：{title}", ctx, 12, 175))
            if cat:
                y = line_at(pg, ctx, 18, y, f"培训类别：{CAT_WORD[cat]}", 12)
            y = line_at(pg, ctx, 18, y, f"组织单位：{issuer}", 12)
            y = line_at(pg, ctx, 18, y, f"会议时间：{fmt(d, 'hanzi')}", 12)
        else:
            y = 20.0
        rows = [["序号", "姓名", "单位及职务", "联系电话"]]
        for i in range(p * per, min(n, (p + 1) * per)):
            rows.append(
                [
                    str(i + 1),
                    who[i],
                    sc.unit(ctx),
                    f"1{ctx.rng.randint(3, 9)}{ctx.rng.randint(0, 9)}****{ctx.rng.randint(1000, 9999)}",
                ]
            )
        pg.table(
            14, y + 4, [14, 34, 90, 42], rows, 10, ctx.body, 12, fonts={1: ctx.hand}, header_font=ctx.bold
        )
        pg.text(105, 285, f"第{p + 1}页  共2页", 9, ctx.body, "c")
        pages.append(pg)
    return _finish(ctx, v, sc, pages, title, issuer, d, d, who, ctx.rng.randrange(n), cat)


def _days(ctx: Ctx, v: str, sc: Scene, cat, topic: str, d: dt.date) -> Doc:  # noqa: ANN001
    pg = Page(297, 210)
    issuer = sc.org(ctx, cat == "public")
    title = f"{sc.c}市{topic}培训班"
    end = after(d, 2, 4, ctx.rng)
    nd = (end - d).days + 1
    centre(pg, ctx, 12, f"{title}学员考勤表", 17, True)
    centre(pg, ctx, 22, f"{_cat_line(cat)}主办单位：{issuer}    培训时间：{fmt_span(d, end, 'cn')}", 11)
    n = ctx.rng.randint(10, 14)
    who = sc.names[:n]
    dates = [d + dt.timedelta(days=i) for i in range(nd)]
    head = ["序号", "姓名", "单位"] + [f"{x.month}月{x.day}日" for x in dates] + ["备注"]
    rows = [head]
    for i, nm in enumerate(who):
        rows.append([str(i + 1), nm, sc.unit(ctx)] + ["" for _ in dates] + [""])
    widths = [12, 24, 72] + [24] * nd + [20]
    top = 34
    pg.table(14, top, widths, rows, 9.5, ctx.body, 11, header_font=ctx.bold)
    for r in range(1, n + 1):
        for c in range(nd):
            if ctx.rng.random() < 0.93:
                hand(pg, ctx, 14 + 108 + 24 * c + 12, top + 11 * r + 2, "√", 13, "c")
    return _finish(ctx, v, sc, [pg], title, issuer, d, end, who, ctx.rng.randrange(n), cat)


def _export(ctx: Ctx, v: str, sc: Scene, cat, topic: str, d: dt.date) -> Doc:  # noqa: ANN001
    pg = Page()
    issuer = sc.org(ctx, cat == "public")
    title = f"{topic}线上直播讲座"
    pg.rect(0, 0, 210, 12, 0, fill=(236, 240, 246))
    pg.text(10, 3.5, "活动签到记录（导出）", 10, ctx.body, "l", (80, 80, 80))
    pg.text(
        200, 3.5, f"导出时间：{fmt(after(d, 1, 3, ctx.rng), 'dash')} 10:12", 9, ctx.body, "r", (80, 80, 80)
    )
    y = line_at(pg, ctx, 12, 20, f"活动名称：{title}", fits(f"活动名称：{title}", ctx, 12, 186))
    y = line_at(pg, ctx, 12, y, f"组织单位：{issuer}", 12)
    y = line_at(pg, ctx, 12, y, f"活动日期：{fmt(d, 'dash')}", 12)
    if cat:
        y = line_at(pg, ctx, 12, y, f"学时类型：{CAT_WORD[cat]}", 12)
    n = ctx.rng.randint(12, 20)
    who = sc.names[:n]
    rows = [["序号", "姓名", "手机号", "所在单位", "签到时间"]]
    for i, nm in enumerate(who):
        t = f"{d.isoformat()} {ctx.rng.choice(['08', '09'])}:{ctx.rng.randint(0, 59):02d}:{ctx.rng.randint(0, 59):02d}"
        rows.append(
            [str(i + 1), nm, f"1{ctx.rng.randint(30, 99)}****{ctx.rng.randint(1000, 9999)}", sc.unit(ctx), t]
        )
    pg.table(10, y + 3, [12, 24, 30, 76, 48], rows, 9, ctx.body, 8.5, header_font=ctx.bold, lw=0.2)
    return _finish(ctx, v, sc, [pg], title, issuer, d, d, who, ctx.rng.randrange(n), cat)


BUILD = {"grid": _grid, "book": _book, "split": _split, "twopage": _twopage, "days": _days, "export": _export}
