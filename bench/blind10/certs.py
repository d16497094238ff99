"""Draw 10's training certificates and sign-in sheets (notices, qualifications and others live beside it)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind10 import kit
from bench.blind10.notices import training_notice
from bench.blind10.pools import (
    STYLES,
    TRAIN_FORMS,
    Ctx,
    course,
    day,
    id_masked,
    iso,
    later,
    month,
    people,
    person,
    phone_no,
    place,
    span,
    train_issuer,
    units,
    when,
    ym,
)
from bench.blind10.quals import other, qualification_certificate
from bench.blind10.truth import doc, period, who

__all__ = ["training_certificate", "sign_in_sheet", "training_notice", "qualification_certificate", "other"]

CAT_WORD = {"public": ("公需科目", "公需课"), "professional": ("专业科目", "专业课")}


def _train_title(ctx: Ctx, cat: str | None, year: int, topic: str) -> str:
    form = ctx.pick("train.form", TRAIN_FORMS)
    r = ctx.rng.random()
    if cat == "public" and r < 0.5:
        return f"{year}年度专业技术人员公需科目{ctx.pick('pub.form', ['培训', '网络培训', '集中培训'])}"
    if r < 0.35:
        return f"{year}年{topic}{form}"
    return f"{topic}{form}"


def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("train")
    rng = ctx.rng
    pl = place(rng)
    cat = ctx.category()
    style = ctx.pick("date", STYLES)
    holder = person(rng, set())
    unit = pl.unit(rng)
    online = v in ("e-cert", "phone")
    issuer = train_issuer(rng, pl, online)
    start = when(rng, 2018, 2024)
    end = later(start, 0, 5, rng) if not online else later(start, 30, 120, rng)
    issued = later(end, 0, 20, rng)
    hours = rng.choice([6, 8, 12, 16, 20, 24, 30, 32, 40, 48, 56, 60, 72, 90])
    title = _train_title(ctx, cat, start.year, course(rng, cat))
    f = {"holder": holder, "title": title, "issuer": issuer, "hours_stated": float(hours)}
    build = {
        "landscape": _tc_landscape, "e-cert": _tc_ecert, "hours-form": _tc_form, "booklet": _tc_booklet,
        "phone": _tc_phone, "fill-in": _tc_fillin,
    }[v]  # fmt: skip
    pages, got = build(ctx, f, cat, style, unit, start, end, issued)
    f.update(got)
    return doc("training_certificate", "train", v, pages, f, (holder, end.year), cat)


def _cat_line(ctx: Ctx, cat: str | None, title: str) -> str | None:
    """A printed category line, unless the title already names the category (or there is none)."""
    if cat is None or CAT_WORD[cat][0] in title:
        return None
    return ctx.pick("cat.word", list(CAT_WORD[cat]))


def _tc_landscape(ctx, f, cat, style, unit, start, end, issued):  # noqa: ANN001, ANN202
    pg = kit.landscape()
    kit.border(pg, ctx.rng.randrange(3))
    y = kit.centre(
        pg, ctx, 30, kit.spaced(ctx.pick("tc.head", ["结业证书", "培训证书", "合格证书"]), "  "), 34, True
    )
    no = f"{ctx.pick('tc.no', ['证书编号', 'No.', '编号'])}：{ctx.rng.randint(2018, 2024)}{ctx.rng.randint(1, 99999):05d}"
    pg.text(pg.w - 32, 20, no, 10.5, ctx.body, "r")
    line = _cat_line(ctx, cat, f["title"])
    body = (
        f"{f['holder']}同志（{unit}）：于{span(start, end, style)}参加{f['issuer']}举办的“{f['title']}”，"
        f"完成规定课程学习，经考核成绩合格，共计{int(f['hours_stated'])}学时"
        + (f"（{line}）" if line else "")
        + "。特发此证。"
    )
    y = kit.prose(pg, ctx, 42, y + 12, pg.w - 84, body, 16)
    yy = max(y + 12, pg.h - 62)
    pg.text(pg.w - 60, yy, f["issuer"], 14, ctx.body, "c")
    pg.text(pg.w - 60, yy + 9, day(issued, style), 14, ctx.body, "c")
    kit.seal(pg, ctx, pg.w - 60, yy + 5, f["issuer"], 20)
    return [pg], {"issued_on": iso(issued), "period": period(iso(start), iso(end))}


def _tc_ecert(ctx, f, cat, style, unit, start, end, issued):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    pg.rect(0, 0, pg.w, 34, 0.0, (30, 90, 160), (30, 90, 160))
    pg.text(
        pg.w / 2,
        9,
        f["issuer"],
        kit.fit(f["issuer"], ctx.bold, 18, pg.w - 30),
        ctx.bold,
        "c",
        (255, 255, 255),
    )
    pg.text(pg.w / 2, 21, "CONTINUING EDUCATION CERTIFICATE", 9, ctx.body, "c", (220, 230, 245))
    y = kit.centre(
        pg, ctx, 46, ctx.pick("ec.head", ["电子学时证书", "继续教育学习证明", "学时认定证书"]), 24, True
    )
    rows = [
        ("姓    名", f["holder"]),
        ("身份证号", id_masked(ctx.rng)),
        ("工作单位", unit),
        ("学习年度", f"{start.year}年度"),
        ("课程名称", f["title"]),
        ("学习时间", f"{month(start.year, start.month, style)} — {month(end.year, end.month, style)}"),
        ("获得学时", f"{int(f['hours_stated'])} 学时"),
    ]
    line = _cat_line(ctx, cat, f["title"])
    if line:
        rows.append(("课程类别", line))
    rows.append(("证书编号", f"JX{start.year}{ctx.rng.randint(10**7, 10**8 - 1)}"))
    rows.append(("发证日期", day(issued, style)))
    y = kit.pairs(pg, ctx, 32, y + 10, rows, 12.5, 30)
    kit.qr(pg, ctx.rng, 32, y + 8, 30)
    pg.text(32, y + 41, "扫码验证证书真伪", 9, ctx.body, color=kit.GREY)
    kit.seal(pg, ctx, pg.w - 60, y + 20, f["issuer"], 21)
    got = {"issued_on": iso(issued), "period": period(ym(start.year, start.month), ym(end.year, end.month))}
    return [pg], got


def _grid_form(pg: Page, ctx: Ctx, x: float, y: float, rows: list[list[str]], widths: list[float]) -> float:
    """A bordered label/value form; a row of two cells spans the value across the rest."""
    total = sum(widths)
    top = y
    for row in rows:
        h = 13.0
        cells = row if len(row) == len(widths) else [row[0], row[1]]
        ws = widths if len(row) == len(widths) else [widths[0], total - widths[0]]
        cx = x
        for i, (cell, w) in enumerate(zip(cells, ws, strict=True)):
            size = kit.fit(cell, ctx.body, 11.5, w - 3) if i % 2 else 11.5
            pg.text(cx + w / 2, y + 4.2, cell, size, ctx.body, "c")
            pg.line(cx, y, cx, y + h, 0.35)
            cx += w
        pg.line(x + total, y, x + total, y + h, 0.35)
        pg.line(x, y, x + total, y, 0.35)
        y += h
    pg.line(x, y, x + total, y, 0.35)
    pg.line(x, top, x, y, 0.35)
    return y


def _tc_form(ctx, f, cat, style, unit, start, end, issued):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    y = kit.centre(
        pg,
        ctx,
        28,
        ctx.pick("hf.head", ["专业技术人员继续教育学时证明", "继续教育培训学时登记证明"]),
        19,
        True,
    )
    rows = [
        ["姓名", f["holder"], "性别", ctx.rng.choice(["男", "女"])],
        ["工作单位", unit],
        ["培训项目", f["title"]],
        ["培训时间", span(start, end, style, "—")],
        [
            "培训地点",
            ctx.pick(
                "hf.loc",
                ["市继续教育基地报告厅", "学院继续教育中心301室", "线下集中面授", "市行政中心会议室"],
            ),
        ],
    ]
    h = int(f["hours_stated"])
    hours = {"hours_stated": f["hours_stated"]}
    if cat is None and ctx.rng.random() < 0.5:
        pub = ctx.rng.choice([6, 8, 12])
        rows.append(["公需科目学时", f"{pub}", "专业科目学时", f"{h}"])
        rows.append(["合计学时", f"{pub + h}"])
        hours = {"hours_stated": float(pub + h)}
    else:
        rows.append(["获得学时", f"{h}学时"])
        if cat:
            rows.append(["科目类别", CAT_WORD[cat][0]])
    y = _grid_form(pg, ctx, 22, y + 8, rows, [32, 58, 32, 44])
    y = kit.prose(pg, ctx, 26, y + 10, pg.w - 52, "经审核，该同志已完成上述培训并考核合格，特此证明。", 12.5)
    pg.text(
        pg.w - 40,
        y + 16,
        f"{ctx.pick('hf.sig', ['主办单位（盖章）', '培训单位（章）'])}：",
        12.5,
        ctx.body,
        "r",
    )
    pg.text(pg.w - 40, y + 26, f["issuer"], 12.5, ctx.body, "r")
    pg.text(pg.w - 40, y + 36, day(issued, style), 12.5, ctx.body, "r")
    kit.seal(pg, ctx, pg.w - 40 - width_mm(f["issuer"], ctx.body, 12.5) / 2, y + 28, f["issuer"], 20)
    got = {"issued_on": iso(issued), "period": period(iso(start), iso(end)), **hours}
    return [pg], got


def _tc_booklet(ctx, f, cat, style, unit, start, end, issued):  # noqa: ANN001, ANN202
    cover = Page(148.0, 210.0, bg=(150, 28, 32))
    cover.text(
        cover.w / 2, 70, ctx.pick("bk.head", ["培训证书", "结业证书"]), 30, ctx.bold, "c", (235, 200, 120)
    )
    cover.text(
        cover.w / 2, 165, f["issuer"], kit.fit(f["issuer"], ctx.bold, 14, 120), ctx.bold, "c", (235, 200, 120)
    )
    inner = Page(148.0, 210.0)
    inner.rect(14, 24, 44, 64, 0.4)
    inner.text(29, 42, "照片", 10, ctx.body, "c", kit.GREY)
    rows = [("姓名", f["holder"]), ("单位", unit), ("项目", f["title"]), ("时间", span(start, end, style)),
            ("学时", f"{int(f['hours_stated'])}")]  # fmt: skip
    line = _cat_line(ctx, cat, f["title"])
    if line:
        rows.append(("科目", line))
    y = 24.0
    for lab, val in rows:
        x = 52 if y < 68 else 14
        inner.text(x, y, f"{lab}：", 11, ctx.body)
        y = inner.wrap(x + 13, y, inner.w - x - 27, val, 11, ctx.body, lead=1.6) + 3
    y = kit.prose(
        inner, ctx, 14, max(y, 70) + 4, inner.w - 28, "该同志完成上述培训全部课程，考核合格，特发此证。", 11
    )
    inner.text(inner.w - 16, y + 18, f"发证日期：{day(issued, style)}", 11, ctx.body, "r")
    inner.text(16, y + 8, f"证书号：{ctx.rng.randint(10**9, 10**10 - 1)}", 10, ctx.body)
    kit.seal(inner, ctx, inner.w - 40, y + 14, f["issuer"], 17)
    return [cover, inner], {"issued_on": iso(issued), "period": period(iso(start), iso(end))}


def _tc_phone(ctx, f, cat, style, unit, start, end, issued):  # noqa: ANN001, ANN202
    pg = kit.screen()
    clock = f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(0, 59):02d}"
    y = kit.status_bar(pg, ctx, ctx.pick("ph.head", ["我的证书", "证书详情", "学习档案"]), clock)
    kit.card(pg, 4, y, pg.w - 4, y + 150)
    pg.text(pg.w / 2, y + 5, f["issuer"], kit.fit(f["issuer"], ctx.bold, 10, pg.w - 14), ctx.bold, "c")
    pg.text(pg.w / 2, y + 14, "学 习 证 明", 16, ctx.bold, "c", (180, 40, 40))
    yy = pg.wrap(9, y + 27, pg.w - 18, f"{f['holder']}：", 10.5, ctx.body)
    yy = pg.wrap(9, yy + 1, pg.w - 18, f"您已完成《{f['title']}》全部课程学习并通过考核。", 10, ctx.body)
    rows = [("学时", f"{f['hours_stated']:.1f}"), ("学习周期", f"{month(start.year, start.month, style)}至"),
            ("", month(end.year, end.month, style)), ("发证日期", day(issued, style))]  # fmt: skip
    line = _cat_line(ctx, cat, f["title"])
    if line:
        rows.insert(1, ("课程类别", line))
    yy += 3
    for lab, val in rows:
        pg.text(9, yy, lab, 9.5, ctx.body, color=kit.GREY)
        pg.text(pg.w - 9, yy, val, 9.5, ctx.body, "r")
        yy += 7
    kit.qr(pg, ctx.rng, pg.w / 2 - 12, yy + 4, 24)
    kit.seal(pg, ctx, pg.w - 22, yy + 14, f["issuer"], 12)
    pg.rect(10, y + 158, pg.w - 10, y + 168, 0.0, (30, 120, 220), (30, 120, 220))
    pg.text(pg.w / 2, y + 160.5, "保存证书到相册", 10, ctx.body, "c", (255, 255, 255))
    got = {"issued_on": iso(issued), "period": period(ym(start.year, start.month), ym(end.year, end.month))}
    return [pg], got


def _inline(pg: Page, ctx: Ctx, x: float, y: float, parts: list[tuple[str, bool]], size: float) -> None:
    """Printed words with handwritten fill-ins on underlines, left to right."""
    for s, ink in parts:
        if ink:
            w = width_mm(s, ctx.hand, size + 1) + 6
            kit.blank(pg, x, x + w, y + size * kit.PT * 1.3)
            kit.hand(pg, ctx, x + 3, y - 0.8, s, size + 1)
            x += w
        else:
            x += pg.text(x, y, s, size, ctx.body)


def _tc_fillin(ctx, f, cat, style, unit, start, end, issued):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    kit.border(pg, 2)
    y = kit.centre(
        pg, ctx, 34, kit.spaced(ctx.pick("fi.head", ["培训证明", "学习证明", "结业证明"]), "  "), 26, True
    )
    s = "dot" if style in ("han",) else style
    size, x, step = 13.0, 28.0, 13.5
    y += 10
    _inline(pg, ctx, x, y, [("兹有", False), (f["holder"], True), ("同志，工作单位", False)], size)
    _inline(pg, ctx, x, y + step, [(unit, True)], size)
    _inline(
        pg, ctx, x, y + 2 * step, [("于", False), (span(start, end, s, "—"), True), ("参加", False)], size
    )
    t = f["title"]
    _inline(
        pg,
        ctx,
        x,
        y + 3 * step,
        [(t, True)] if width_mm(t, ctx.hand, size + 1) < 140 else [(t[:14], True)],
        size,
    )
    if width_mm(t, ctx.hand, size + 1) >= 140:
        _inline(pg, ctx, x, y + 4 * step, [(t[14:], True)], size)
        y += step
    parts = [("学习，完成学时", False), (str(int(f["hours_stated"])), True), ("学时", False)]
    line = _cat_line(ctx, cat, t)
    if line:
        parts += [("，类别", False), (line, True)]
    _inline(pg, ctx, x, y + 4 * step, parts + [("。", False)], size)
    pg.text(x + 8, y + 5 * step + 2, "特此证明。", size, ctx.body)
    yy = y + 7 * step + 8
    pg.text(pg.w - 36, yy, f["issuer"], 13, ctx.body, "r")
    kit.hand(pg, ctx, pg.w - 36, yy + 11, day(issued, s), 14, "r")
    kit.seal(pg, ctx, pg.w - 36 - width_mm(f["issuer"], ctx.body, 13) / 2, yy + 4, f["issuer"], 20)
    return [pg], {"issued_on": iso(issued), "period": period(iso(start), iso(end))}


# ---- sign-in sheets --------------------------------------------------------------------------------------
TITLES_SIGN = ["人员", "职称", "职务"]
RANKS = [
    "主治医师",
    "副主任医师",
    "农艺师",
    "高级农艺师",
    "工程师",
    "高级工程师",
    "一级教师",
    "高级教师",
    "主管护师",
    "助理工程师",
]


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign")
    rng = ctx.rng
    pl = place(rng)
    style = ctx.pick("date", STYLES)
    issuer = train_issuer(rng, pl)
    first = when(rng, 2018, 2024)
    last = first + dt.timedelta(days=1) if v == "two-day" else first
    topic = course(rng, None)
    form = ctx.pick("sign.form", ["培训班", "专题讲座", "业务培训会", "技术培训", "研讨会"])
    title = f"{topic}{form}" if rng.random() < 0.6 else f"{first.year}年{topic}{form}"
    n = rng.randint(8, 13) if v not in ("split", "two-day") else rng.randint(14, 20)
    names = people(rng, n)
    orgs = units(rng, pl, n)
    build = {"grid": _sg_grid, "split": _sg_split, "two-day": _sg_twoday, "am-pm": _sg_ampm, "lined": _sg_lined,
             "attendance": _sg_attend}[v]  # fmt: skip
    pages = build(ctx, title, issuer, first, last, style, names, orgs)
    f = {
        "title": title,
        "issuer": issuer,
        "period": period(iso(first), iso(last)),
        "people": who(names, "attendee"),
    }
    claim = names[rng.randrange(n)]
    return doc("sign_in_sheet", "sign", v, pages, f, (claim, first.year))


def _sign_head(pg: Page, ctx: Ctx, title: str, y: float, extra: list[str]) -> float:
    head = f"{title}签到表"
    y = kit.centre(pg, ctx, y, head, kit.fit(head, ctx.bold, 17, pg.w - 30), True)
    for s in extra:
        pg.text(20, y, s, 11, ctx.body)
        y += kit.lh(11, 1.6)
    return y + 2


def _sign_rows(pg: Page, ctx: Ctx, y: float, head: list[str], widths: list[float], rows: list[list[str]],
               ink: set[int], x: float = 20.0, rh: float = 10.5) -> float:  # fmt: skip
    """A table whose `ink` columns are handwritten (drawn over empty printed cells)."""
    printed = [head] + [[("" if c in ink else cell) for c, cell in enumerate(r)] for r in rows]
    bottom = pg.table(x, y, widths, printed, 10.5, ctx.body, row_h=rh, header_font=ctx.bold)
    for i, r in enumerate(rows):
        cx = x
        for c, w in enumerate(widths):
            if c in ink and r[c]:
                kit.hand(pg, ctx, cx + w / 2, y + rh * (i + 1) + 2.2, r[c], 13, "c")
            cx += w
    return bottom


def _meta(ctx: Ctx, issuer: str, first: dt.date, last: dt.date, style: str) -> list[str]:
    when_s = day(first, style) if first == last else span(first, last, style, "—")
    loc = ctx.pick("sign.loc", ["三楼多功能厅", "第一会议室", "学术报告厅", "培训楼205教室"])
    return [f"主办单位：{issuer}", f"时间：{when_s}    地点：{loc}"]


def _sg_grid(ctx, title, issuer, first, last, style, names, orgs):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    y = _sign_head(pg, ctx, title, 22, _meta(ctx, issuer, first, last, style))
    rows = [[str(i + 1), orgs[i], ctx.rng.choice(RANKS), n, ""] for i, n in enumerate(names)]
    _sign_rows(pg, ctx, y, ["序号", "工作单位", "职称", "签名", "备注"], [14, 72, 30, 36, 18], rows, {3})
    return [pg]


def _sg_split(ctx, title, issuer, first, last, style, names, orgs):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    y = _sign_head(pg, ctx, title, 22, _meta(ctx, issuer, first, last, style))
    half = (len(names) + 1) // 2
    for side, x in ((0, 16.0), (1, 108.0)):
        chunk = names[side * half : (side + 1) * half]
        rows = [[str(side * half + i + 1), n, n] for i, n in enumerate(chunk)]
        _sign_rows(pg, ctx, y, ["序号", "姓名", "签字"], [14, 32, 40], rows, {2}, x=x)
    return [pg]


def _sg_twoday(ctx, title, issuer, first, last, style, names, orgs):  # noqa: ANN001, ANN202
    p1, p2 = kit.portrait(), kit.portrait()
    y = _sign_head(p1, ctx, title, 22, _meta(ctx, issuer, first, last, style))
    cut = len(names) // 2 + 2
    rows = [[str(i + 1), n, orgs[i], phone_no(ctx.rng), n] for i, n in enumerate(names)]
    head = ["序号", "姓名", "单位", "联系电话", "本人签字"]
    widths = [14, 26, 66, 30, 34]
    _sign_rows(p1, ctx, y, head, widths, rows[:cut], {4})
    p2.text(20, 20, f"（续表）{title}", 11, ctx.body)
    _sign_rows(p2, ctx, 30, head, widths, rows[cut:], {4})
    p2.text(p2.w / 2, 280, "第 2 页  共 2 页", 9, ctx.body, "c")
    p1.text(p1.w / 2, 280, "第 1 页  共 2 页", 9, ctx.body, "c")
    return [p1, p2]


def _sg_ampm(ctx, title, issuer, first, last, style, names, orgs):  # noqa: ANN001, ANN202
    pg = kit.landscape()
    y = kit.centre(pg, ctx, 16, f"{title}签到表", 18, True)
    pg.text(24, y, f"举办单位：{issuer}", 11, ctx.body)
    pg.text(pg.w - 24, y, f"日期：{day(first, style)}", 11, ctx.body, "r")
    rows = [[str(i + 1), n, orgs[i], n, n if ctx.rng.random() < 0.85 else ""] for i, n in enumerate(names)]
    _sign_rows(pg, ctx, y + 8, ["序号", "姓名", "工作单位", "上午签到", "下午签到"], [16, 34, 110, 44, 44], rows,
               {3, 4}, x=24, rh=11)  # fmt: skip
    return [pg]


def _sg_lined(ctx, title, issuer, first, last, style, names, orgs):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    pg.bg = (252, 250, 240)
    pg.text(pg.w / 2, 18, title, kit.fit(title, ctx.bold, 16, pg.w - 30), ctx.bold, "c")
    pg.text(pg.w / 2, 28, "参 会 人 员 签 到", 14, ctx.body, "c")
    pg.text(22, 38, f"{issuer}    {day(first, style)}", 11, ctx.body)
    y = 52.0
    pg.text(22, y - 7, "序", 10, ctx.body)
    pg.text(36, y - 7, "姓  名", 10, ctx.body)
    pg.text(90, y - 7, "单  位", 10, ctx.body)
    for i, n in enumerate(names):
        pg.line(20, y + 8, pg.w - 20, y + 8, 0.2, (150, 170, 210))
        pg.text(22, y + 1, f"{i + 1}", 10.5, ctx.body)
        kit.hand(pg, ctx, 36, y, n, 14)
        kit.hand(pg, ctx, 90, y + 0.5, orgs[i], 12)
        y += 13
    return [pg]


def _sg_attend(ctx, title, issuer, first, last, style, names, orgs):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    y = kit.centre(pg, ctx, 22, ctx.pick("att.head", ["参训人员签到册", "学员签到登记表"]), 18, True)
    y = kit.centre(pg, ctx, y, f"培训名称：{title}", kit.fit(f"培训名称：{title}", ctx.body, 12, 175))
    pg.text(18, y, f"组织单位：{issuer}", 11, ctx.body)
    pg.text(pg.w - 18, y, day(first, style), 11, ctx.body, "r")
    rows = []
    for i, n in enumerate(names):
        t = f"{ctx.rng.randint(7, 8):02d}:{ctx.rng.randint(0, 59):02d}"
        rows.append([str(i + 1), n, ctx.rng.choice(["男", "女"]), orgs[i], t, n])
    _sign_rows(pg, ctx, y + 8, ["序号", "姓名", "性别", "单位", "签到时间", "签名"], [12, 26, 14, 70, 22, 30], rows,
               {4, 5}, x=18)  # fmt: skip
    return [pg]
