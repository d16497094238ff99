"""Draw 16 sign-in sheets (签到表, 参会签到明细, 业务学习签名) in six layouts."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind16 import ink
from bench.blind16.pools import (
    TITLES_PRO,
    Ctx,
    day,
    iso,
    people_names,
    phone_no,
    pick_style,
    some_day,
    where,
    workplace,
)
from bench.blind16.topics import PUBLIC, VENUES, field_of, organiser, topic


def _title(ctx: Ctx, year: int, city: str, fld: str) -> str:
    return ctx.pick("sign.title", [f"{topic(ctx, fld)}培训班", f"{year}年{city}市{topic(ctx, fld)}专题讲座",
                                    f"{topic(ctx, fld)}学术交流会", f"{ctx.rng.choice(PUBLIC)}专题报告会",
                                    f"第{ctx.rng.randint(2, 9)}期{topic(ctx, fld)}技能培训"])  # fmt: skip


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign")
    rng = ctx.rng
    pl = where(rng)
    fld = field_of(ctx)
    d = some_day(rng, 2018, 2024)
    title = _title(ctx, d.year, pl.city, fld)
    org = organiser(ctx, pl, fld)
    n = rng.randint(6, 13) if v != "briefing" else rng.choice([8, 12, 16])
    names = people_names(rng, n)
    units = [workplace(rng, pl) for _ in names]
    st = pick_style(ctx)
    fn = {"grid": _grid, "handlist": _handlist, "session": _session, "export": _export, "briefing": _briefing,
          "roster": _roster}[v]  # fmt: skip
    pg = fn(ctx, pl, title, org, d, names, units, st)
    people = [{"name": nm, "rank": i + 1, "role": "attendee"} for i, nm in enumerate(names)]
    fields = {"title": title, "issuer": org, "period": {"start": iso(d), "end": iso(d)}, "people": people}
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    claim = {"person": names[rng.randrange(n)], "year": d.year}
    return Doc("sign_in_sheet", f"sign16-{v}", [pg], fields, scored, claim)


def _head(pg, ctx, title, y=20, size=16):
    y = ink.bold(pg, ctx, pg.w / 2, y, title, size)
    return ink.spread(pg, ctx, y, "签到表", size + 2)


def _grid(ctx, pl, title, org, d, names, units, st):
    pg = Page()
    y = ink.bold(pg, ctx, 105, 18, f"{title}签到表", 15)
    ink.body(pg, ctx, 16, y + 2, f"主办单位：{org}", 10)
    y = ink.body(pg, ctx, 194, y + 2, f"时间：{day(d, st)}", 10, "r")
    y = ink.body(pg, ctx, 16, y, f"地点：{pl.city}市{ctx.rng.choice(VENUES)}", 10) + 2
    rows = [["序号", "姓名", "工作单位", "职称", "联系电话", "签名"]]
    for i, (nm, u) in enumerate(zip(names, units, strict=True)):
        rows.append([str(i + 1), nm, u, ctx.rng.choice(TITLES_PRO), phone_no(ctx.rng), ""])
    w = [12, 22, 62, 24, 32, 26]
    top = y
    y = pg.table(16, y, w, rows, 9, ctx.body, 10, header_font=ctx.bold)
    for i, nm in enumerate(names):
        ink.hand(pg, ctx, 16 + sum(w[:5]) + 3, top + 10 * (i + 1) + 1.5, nm, 14)
    return pg


def _handlist(ctx, pl, title, org, d, names, units, st):
    pg = Page()
    y = _head(pg, ctx, title)
    ink.body(pg, ctx, 18, y + 1, f"主办：{org}", 10.5)
    y = ink.body(pg, ctx, 192, y + 1, day(d, st), 10.5, "r") + 2
    rows = [["序号", "姓　名", "单　位", "到会时间"]] + [
        [str(i + 1), "", "", ""] for i in range(len(names) + 4)
    ]
    w = [16, 40, 88, 30]
    top = y
    pg.table(18, y, w, rows, 10.5, ctx.body, 11, header_font=ctx.bold)
    for i, (nm, u) in enumerate(zip(names, units, strict=True)):
        yy = top + 11 * (i + 1) + 2
        ink.hand(pg, ctx, 18 + 16 + 5, yy, nm, 14)
        ink.hand(pg, ctx, 18 + 56 + 3, yy + 0.5, u, 11, ink.BLACK)
        ink.hand(
            pg,
            ctx,
            18 + 144 + 6,
            yy + 0.5,
            f"{ctx.rng.randint(7, 8)}:{ctx.rng.randint(10, 59)}",
            11,
            ink.BLACK,
        )
    return pg


def _session(ctx, pl, title, org, d, names, units, st):
    pg = Page(w=297, h=210)
    y = ink.bold(pg, ctx, 148, 14, title, 16)
    y = ink.bold(pg, ctx, 148, y, "学员签到册", 13)
    ink.body(pg, ctx, 20, y, f"承办单位：{org}", 10)
    ink.body(pg, ctx, 148, y, f"培训日期：{day(d, st)}", 10, "c")
    y = ink.body(pg, ctx, 277, y, f"地点：{ctx.rng.choice(VENUES)}", 10, "r") + 1
    rows = [["序号", "姓名", "工作单位", "上午签到", "下午签到", "备注"]]
    rows += [[str(i + 1), nm, u, "", "", ""] for i, (nm, u) in enumerate(zip(names, units, strict=True))]
    w = [14, 30, 96, 50, 50, 17]
    top = y
    pg.table(20, y, w, rows, 9.5, ctx.body, 10.2, header_font=ctx.bold)
    for i, nm in enumerate(names):
        yy = top + 10.2 * (i + 1) + 1.2
        ink.hand(pg, ctx, 20 + 140 + 10, yy, nm, 13)
        if ctx.rng.random() < 0.85:
            ink.hand(pg, ctx, 20 + 190 + 10, yy, nm, 13)
    return pg


def _export(ctx, pl, title, org, d, names, units, st):
    pg = Page()
    rng = ctx.rng
    ink.body(pg, ctx, 14, 9, "线上会议参会记录导出", 8, color=ink.GREY)
    ink.body(pg, ctx, 196, 9, f"导出时间：{day(d, 'hyphen')} {rng.randint(18, 22)}:{rng.randint(10, 59)}", 8, "r",
             ink.GREY)  # fmt: skip
    y = ink.bold(pg, ctx, 105, 20, "参会人员签到明细", 15) + 2
    h0 = rng.randint(8, 14)
    y = ink.pairs(pg, ctx, 16, y, [("会议主题", title), ("发起单位", org),
                                   ("会议时间", f"{day(d, st)} {h0:02d}:30—{h0 + 3:02d}:00"),
                                   ("会议号", f"{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}")],
                  10, 22, "：", 1.8) + 2  # fmt: skip
    rows = [["序号", "参会人", "所在单位", "首次入会时间", "参会时长(分钟)"]]
    for i, (nm, u) in enumerate(zip(names, units, strict=True)):
        rows.append([str(i + 1), nm, u, f"{h0:02d}:{rng.randint(10, 31):02d}:{rng.randint(0, 59):02d}",
                     str(rng.randint(120, 185))])  # fmt: skip
    pg.table(16, y, [14, 26, 70, 38, 30], rows, 9, ctx.body, 8.5, header_font=ctx.bold, lw=0.2)
    ink.body(pg, ctx, 105, 284, "第 1 页 / 共 1 页", 8, "c", ink.GREY)
    return pg


def _briefing(ctx, pl, title, org, d, names, units, st):
    pg = Page()
    rng = ctx.rng
    y = ink.bold(pg, ctx, 105, 20, org, 13)
    y = ink.bold(pg, ctx, 105, y, "继续教育活动签到记录", 16) + 2
    speaker = people_names(rng, 1, set(names))[0]
    rows = [["活动名称", title], ["活动时间", day(d, st)], ["活动地点", rng.choice(VENUES)],
            ["主 讲 人", f"{speaker}（{rng.choice(['主任医师', '教授', '正高级教师', '研究员'])}）"]]  # fmt: skip
    y = pg.table(18, y, [30, 144], rows, 10.5, ctx.body, 11)
    y = pg.table(18, y, [174], [["参加人员签名"]], 10.5, ctx.bold, 10)
    cells = [names[i : i + 4] for i in range(0, len(names), 4)]
    top = y
    y = pg.table(18, y, [43.5] * 4, [["", "", "", ""] for _ in cells], 10, ctx.body, 14)
    for r, row in enumerate(cells):
        for c, nm in enumerate(row):
            ink.hand(pg, ctx, 18 + 43.5 * c + 10, top + 14 * r + 3.5, nm, 15)
    y += 8
    ink.body(
        pg, ctx, 18, y, "备注：本记录作为继续教育学时登记依据，请本人签名，不得代签。", 9.5, color=ink.GREY
    )
    ink.body(pg, ctx, 150, y + 20, f"记录人：{people_names(rng, 1, set(names) | {speaker})[0]}", 10.5)
    return pg


def _roster(ctx, pl, title, org, d, names, units, st):
    pg = Page()
    rng = ctx.rng
    y = ink.bold(pg, ctx, 105, 16, "签 到 表", 18)
    y = ink.body(pg, ctx, 105, y, f"（{title}）", 11, "c") + 1
    ink.body(pg, ctx, 14, y, f"组织单位：{org}", 9.5)
    y = ink.body(pg, ctx, 196, y, f"日期：{day(d, st)}", 9.5, "r")
    rows = [["序号", "姓名", "性别", "工作单位", "职称", "签到", "签退"]]
    rows += [[str(i + 1), nm, rng.choice(["男", "女"]), u, rng.choice(TITLES_PRO), "", ""]
             for i, (nm, u) in enumerate(zip(names, units, strict=True))]  # fmt: skip
    w = [11, 26, 11, 59, 25, 25, 25]
    top = y
    pg.table(14, y, w, rows, 9, ctx.body, 10, header_font=ctx.bold)
    for i in range(len(names)):
        yy = top + 10 * (i + 1) + 2
        ink.hand(pg, ctx, 14 + 132 + 5, yy, f"{rng.randint(8, 8)}:{rng.randint(5, 29):02d}", 11, ink.BLACK)
        ink.hand(pg, ctx, 14 + 157 + 5, yy, f"{rng.randint(16, 17)}:{rng.randint(30, 59):02d}", 11, ink.BLACK)
    return pg
