"""Sign-in sheets of draw 27: ruled grid, paired columns, half-day columns, lecture book, continued sheet, app export."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind27 import kit
from bench.blind27.pools import TITLES_PRO, Ctx, d_str, people, phone_no, rnd_date, sector_of, workplace
from bench.blind27.training import HOSTS, PRO, PUBLIC
from bench.generator.truth import person

SUFFIX = ["培训班", "专题培训", "继续教育培训会", "研修班", "业务培训"]
PLACES = ["开封市会展中心三楼报告厅", "开封大学明伦校区学术报告厅", "单位综合楼四楼会议室", "开封市委党校第一教室",
          "开封市中心医院门诊楼十二楼会议室", "兰考县职教中心多功能厅"]  # fmt: skip


def _topic(ctx: Ctx) -> tuple[str, str, list[str], list[str]]:
    unit = workplace(ctx.rng)
    sector = sector_of(unit)
    if ctx.rng.random() < 0.35:
        topic, host = ctx.pick(PUBLIC), ctx.pick(HOSTS["public"])
    else:
        topic, host = ctx.pick(PRO[sector]), ctx.pick(HOSTS[sector])
    n = ctx.rng.randint(7, 14)
    who = people(ctx.rng, n)
    units = [unit if ctx.rng.random() < 0.6 else workplace(ctx.rng, sector) for _ in who]
    return topic + ctx.pick(SUFFIX), host, who, units


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign")
    return {"grid": _grid, "pairs": _pairs, "halfday": _halfday, "lecture": _lecture, "continued": _continued,
            "export": _export}[v](ctx, f"sign27-{v}")  # fmt: skip


def _finish(layout: str, pages: list, title: str, host: str, a: dt.date, b: dt.date, who: list[str],
            ctx: Ctx, scored: list[str] | None = None) -> Doc:  # fmt: skip
    f = {"title": title, "issuer": host, "period": {"start": a.isoformat(), "end": b.isoformat()},
         "people": [person(n, i + 1, "attendee") for i, n in enumerate(who)]}  # fmt: skip
    sc = scored or ["title", "issuer", "period.start", "period.end", "people"]
    return kit.doc("sign_in_sheet", layout, pages, f, sc, ctx.pick(who), a.year)


def _grid(ctx: Ctx, layout: str) -> Doc:
    title, host, who, units = _topic(ctx)
    a = rnd_date(ctx.rng, 2018, 2024)
    st = ctx.pick(["ymd", "pad", "dot"])
    pg = kit.page()
    y = kit.centre(pg, ctx, 20, f"{title}签到表", 17)
    pg.text(18, y + 2, f"主办单位：{host}", 11, ctx.body)
    pg.text(192, y + 2, f"时间：{d_str(a, st)}", 11, ctx.body, "r")
    pg.text(18, y + 10, f"地点：{ctx.pick(PLACES)}", 11, ctx.body)
    rows = [["序号", "姓名", "工作单位", "职称", "联系电话", "签名"]]
    rows += [
        [str(i + 1), n, u, ctx.pick(TITLES_PRO), phone_no(ctx.rng), ""]
        for i, (n, u) in enumerate(zip(who, units, strict=False))
    ]
    top = y + 20
    pg.table(14, top, [12, 22, 64, 24, 32, 28], rows, 9.5, ctx.body, row_h=11)
    for i, n in enumerate(who):
        kit.hand(pg, ctx, 14 + 154 + 4, top + 11 * (i + 1) + 2, n, 13)
    return _finish(layout, [pg], title, host, a, a, who, ctx)


def _pairs(ctx: Ctx, layout: str) -> Doc:
    """Two side-by-side 序号/姓名/签到 blocks, read left block first."""
    title, host, who, units = _topic(ctx)
    a = rnd_date(ctx.rng, 2018, 2024)
    pg = kit.page()
    kit.centre(pg, ctx, 18, "签  到  表", 20)
    pg.text(20, 34, f"培训名称：{title}", 12, ctx.body)
    pg.text(20, 43, f"组织单位：{host}", 12, ctx.body)
    pg.text(20, 52, f"日期：{d_str(a, ctx.pick(['cn', 'ymd', 'dash']))}", 12, ctx.body)
    half = (len(who) + 1) // 2
    for col in range(2):
        part = who[col * half : (col + 1) * half]
        rows = [["序号", "姓名", "签到"]] + [[str(col * half + i + 1), n, ""] for i, n in enumerate(part)]
        x0 = 16 + col * 92
        pg.table(x0, 62, [14, 34, 38], rows, 10.5, ctx.body, row_h=12)
        for i, n in enumerate(part):
            kit.hand(pg, ctx, x0 + 52, 62 + 12 * (i + 1) + 2, n, 14)
    return _finish(layout, [pg], title, host, a, a, who, ctx)


def _halfday(ctx: Ctx, layout: str) -> Doc:
    """Landscape, two days, morning and afternoon signature columns."""
    title, host, who, units = _topic(ctx)
    a = rnd_date(ctx.rng, 2018, 2024)
    b = a + dt.timedelta(days=1)
    st = ctx.pick(["ymd", "pad"])
    pg = kit.page(landscape=True)
    kit.centre(pg, ctx, 14, f"“{title}”学员签到表", 18)
    pg.text(20, 30, f"承办：{host}", 11, ctx.body)
    pg.text(277, 30, f"培训时间：{d_str(a, st)}—{d_str(b, st)}", 11, ctx.body, "r")
    da, db = f"{a.month}月{a.day}日", f"{b.month}月{b.day}日"
    rows = [["序号", "姓名", "单位", f"{da}上午", f"{da}下午", f"{db}上午", f"{db}下午"]]
    rows += [[str(i + 1), n, u, "", "", "", ""] for i, (n, u) in enumerate(zip(who, units, strict=False))]
    pg.table(14, 40, [14, 26, 73, 38, 38, 38, 38], rows, 9.5, ctx.body, row_h=10.5)
    for i, n in enumerate(who):
        for c in range(4):
            if ctx.rng.random() < 0.9:
                kit.hand(pg, ctx, 14 + 113 + 38 * c + 8, 40 + 10.5 * (i + 1) + 1.5, n, 12)
    return _finish(layout, [pg], title, host, a, b, who, ctx)


def _lecture(ctx: Ctx, layout: str) -> Doc:
    """A lecture's sign-in book page: topic, speaker, time; names written by hand into a ruled book."""
    title, host, who, units = _topic(ctx)
    for suf in SUFFIX:
        title = title.removesuffix(suf)
    a = rnd_date(ctx.rng, 2018, 2024)
    speaker = people(ctx.rng, 1)[0]
    while speaker in who:
        speaker = speaker + "明"
    pg = kit.page(tint=(250, 247, 238))
    kit.centre(pg, ctx, 16, "学术活动签到簿", 18)
    pg.text(20, 32, f"讲座题目：{title}", 12, ctx.body)
    pg.text(20, 41, f"主讲人：{speaker} 教授", 12, ctx.body)
    pg.text(20, 50, f"主办：{host}", 12, ctx.body)
    pg.text(120, 50, f"时间：{d_str(a, 'pad')} 14:30", 12, ctx.body)
    y = 62.0
    pg.line(16, y, 194, y, 0.3)
    for i, (n, u) in enumerate(zip(who, units, strict=False)):
        pg.text(18, y + 3, f"{i + 1:>2}", 10, ctx.body)
        kit.hand(pg, ctx, 30, y + 1.5, n, 15)
        kit.hand(pg, ctx, 75, y + 2.5, u, 11)
        y += 13
        pg.line(16, y, 194, y, 0.2, (150, 150, 190))
    return _finish(layout, [pg], title, host, a, a, who, ctx)


def _continued(ctx: Ctx, layout: str) -> Doc:
    """Two pages: the sheet and its continuation (续表), numbering carried over."""
    title, host, who, units = _topic(ctx)
    extra = people(ctx.rng, 30)
    who = list(dict.fromkeys(who + extra))[: len(who) + ctx.rng.randint(10, 14)]
    units = units + [units[0]] * (len(who) - len(units))
    a = rnd_date(ctx.rng, 2018, 2024)
    pages = []
    cut = 16
    for p, chunk in enumerate((who[:cut], who[cut:])):
        pg = kit.page()
        if p == 0:
            y = kit.centre(pg, ctx, 18, title, 16)
            y = kit.centre(pg, ctx, y, "参训人员签到表", 15)
            pg.text(18, y + 2, f"举办单位：{host}    日期：{d_str(a, 'dot')}", 11, ctx.body)
            top = y + 12
        else:
            pg.text(18, 18, "签到表（续）", 13, ctx.bold)
            top = 30
        rows = [["序号", "姓名", "科室/部门", "签字"]]
        rows += [[str(p * cut + i + 1), n, ctx.pick(["内科", "外科", "教务处", "技术部", "质控科", "办公室"]), ""]
                 for i, n in enumerate(chunk)]  # fmt: skip
        pg.table(20, top, [16, 36, 60, 58], rows, 10, ctx.body, row_h=12)
        for i, n in enumerate(chunk):
            kit.hand(pg, ctx, 20 + 112 + 10, top + 12 * (i + 1) + 2, n, 14)
        pg.text(105, 285, f"第{p + 1}页 共2页", 9, ctx.body, "c")
        pages.append(pg)
    return _finish(layout, pages, title, host, a, a, who, ctx)


def _export(ctx: Ctx, layout: str) -> Doc:
    """A printed export of an app's QR check-in records: times to the second."""
    title, host, who, units = _topic(ctx)
    a = rnd_date(ctx.rng, 2020, 2024)
    pg = kit.page()
    kit.browser(
        pg,
        ctx,
        "https://hd.kfzj-train.cn/admin/checkin/export",
        "签到记录",
        f"{a.isoformat()} 17:0{ctx.rng.randint(0, 9)}",
    )
    pg.text(16, 22, "签到记录导出", 16, ctx.bold)
    pg.text(16, 34, f"活动：{title}", 11, ctx.body)
    pg.text(16, 42, f"发起方：{host}", 11, ctx.body)
    pg.text(16, 50, f"活动日期：{a.isoformat()}    应到{len(who) + 2}人  实到{len(who)}人", 11, ctx.body)
    rows = [["#", "姓名", "所在单位", "签到时间", "方式"]]
    t = 8 * 60 + ctx.rng.randint(0, 20)
    for i, (n, u) in enumerate(zip(who, units, strict=False)):
        t += ctx.rng.randint(0, 3)
        rows.append(
            [
                str(i + 1),
                n,
                u,
                f"{a.isoformat()} {t // 60:02d}:{t % 60:02d}:{ctx.rng.randint(0, 59):02d}",
                "扫码",
            ]
        )
    pg.table(12, 58, [10, 24, 66, 66, 20], rows, 9, ctx.body, row_h=9)
    return _finish(layout, [pg], title, host, a, a, who, ctx)
