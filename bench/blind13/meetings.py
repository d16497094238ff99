"""Draw 13's sign-in sheets and training or meeting notices."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind13 import marks, topics
from bench.blind13.pools import (
    TITLES_PRO,
    Ctx,
    city,
    cn_small,
    fd,
    iso,
    people,
    rdate,
    seal_text,
    span,
    workplace,
)
from bench.generator.truth import person

SIS_SCORED = ["title", "issuer", "period.start", "period.end", "people"]


def _meeting(ctx: Ctx, year: int) -> tuple[str, str, str, str, str]:
    """(title, organiser, field, province, city) of a meeting or class held in `year`."""
    rng = ctx.rng
    prov, c = city(rng)
    f = rng.choice(list(topics.MEETINGS))
    if rng.random() < 0.5:
        title = rng.choice(topics.MEETINGS[f]).format(p=prov, c=c, x=rng.choice(topics.MEET_X[f]))
    else:
        title = f"{year}年{rng.choice(topics.PRO_COURSES[f])}培训班"
    body = rng.choice(topics.BODIES[f]).format(p=prov, c=c)
    return title, body, f, prov, c


def _phone(rng) -> str:  # noqa: ANN001
    return f"1{rng.choice('3578')}{rng.randint(0, 9)}****{rng.randint(1000, 9999)}"


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sis")
    return {
        "grid": _sis_grid,
        "twocol": _sis_twocol,
        "twoday": _sis_twoday,
        "landscape": _sis_landscape,
        "cme": _sis_cme,
        "pages": _sis_pages,
    }[v](ctx, ctx.layout("sis", v))


def _sign(pg: Page, ctx: Ctx, x: float, y: float, w: float, h: float, name: str, size: float = 13.0) -> None:
    """A signature centred in a cell, a little askew."""
    tw = width_mm(name, ctx.hand, size)
    marks.hand(
        pg, ctx, x + (w - tw) / 2 + ctx.rng.uniform(-2, 2), y + (h - size * 0.3528) / 2 - 0.6, name, size
    )


def _sis_doc(
    layout: str,
    pages: list[Page],
    title: str,
    body: str,
    a: dt.date,
    b: dt.date,
    names: list[str],
    ranks: list[int] | None = None,
    rng=None,
) -> Doc:  # noqa: ANN001
    ranks = ranks or list(range(1, len(names) + 1))
    ppl = [person(n, r, "attendee") for n, r in zip(names, ranks, strict=True)]
    fields = {"title": title, "issuer": body, "period": {"start": iso(a), "end": iso(b)}, "people": ppl}
    claim = names[rng.randrange(len(names))] if rng else names[0]
    return Doc("sign_in_sheet", layout, pages, fields, SIS_SCORED, {"person": claim, "year": a.year}, None)


def _sis_grid(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    day = rdate(rng, 2018, 2024)
    title, body, f, prov, c = _meeting(ctx, day.year)
    n = rng.randint(9, 15)
    names = people(rng, n)
    pg = Page()
    pg.text(pg.w / 2, 16, title, 17, ctx.bold, "c")
    pg.text(pg.w / 2, 26, "签到表", 17, ctx.bold, "c")
    pg.text(15, 38, f"主办单位：{body}", 11, ctx.body)
    pg.text(
        15,
        45,
        f"时间：{fd(day, 'ymd')}　　地点：{c}市{rng.choice(['会议中心', '宾馆二楼会议室', '学术报告厅'])}",
        11,
        ctx.body,
    )
    widths = [12, 24, 56, 26, 30, 32]
    rows = [["序号", "姓名", "工作单位", "职称", "联系电话", "本人签名"]]
    for i, nm in enumerate(names):
        rows.append([str(i + 1), nm, workplace(rng, c), rng.choice(TITLES_PRO), _phone(rng), ""])
    for i in range(n, 20):
        rows.append([str(i + 1), "", "", "", "", ""])
    top = 53
    pg.table(15, top, widths, rows, 9.5, ctx.body, 10.5, header_font=ctx.bold)
    for i, nm in enumerate(names):
        _sign(pg, ctx, 15 + sum(widths[:5]), top + 10.5 * (i + 1), widths[5], 10.5, nm)
    return _sis_doc(layout, [pg], title, body, day, day, names, rng=rng)


def _sis_twocol(ctx: Ctx, layout: str) -> Doc:
    """Numbered names in two side-by-side blocks: 1-N down the left, then down the right."""
    rng = ctx.rng
    day = rdate(rng, 2018, 2024)
    title, body, f, prov, c = _meeting(ctx, day.year)
    half = rng.randint(8, 12)
    n = half + rng.randint(3, half)
    names = people(rng, n)
    pg = Page()
    pg.text(pg.w / 2, 18, "签 到 表", 20, ctx.bold, "c")
    pg.text(18, 32, f"会议名称：{title}", 12, ctx.body)
    pg.text(18, 40, f"组织单位：{body}", 12, ctx.body)
    pg.text(18, 48, f"日　　期：{fd(day, rng.choice(['ymd0', 'dot']))}", 12, ctx.body)
    w = [12, 26, 48]
    rows_l = [["序号", "姓名", "签到"]] + [[str(i + 1), names[i], ""] for i in range(half)]
    rows_r = [["序号", "姓名", "签到"]] + [
        [str(i + 1), names[i] if i < n else "", ""] for i in range(half, 2 * half)
    ]
    top = 58
    pg.table(15, top, w, rows_l, 10.5, ctx.body, 11, header_font=ctx.bold)
    pg.table(15 + 86 + 6, top, w, rows_r, 10.5, ctx.body, 11, header_font=ctx.bold)
    for i in range(n):
        col, row = divmod(i, half)
        _sign(pg, ctx, 15 + col * 92 + 38, top + 11 * (row + 1), 48, 11, names[i])
    return _sis_doc(layout, [pg], title, body, day, day, names, rng=rng)


def _sis_twoday(ctx: Ctx, layout: str) -> Doc:
    """Two training days, a morning and an afternoon signature each."""
    rng = ctx.rng
    a = rdate(rng, 2018, 2024)
    title, body, f, prov, c = _meeting(ctx, a.year)
    b = a + dt.timedelta(days=1)
    n = rng.randint(8, 13)
    names = people(rng, n)
    pg = Page(w=297, h=210)
    pg.text(pg.w / 2, 14, title, 17, ctx.bold, "c")
    pg.text(pg.w / 2, 24, "学员签到表", 14, ctx.bold, "c")
    pg.text(15, 34, f"承办：{body}", 11, ctx.body)
    pg.text(282, 34, f"培训日期：{span(a, b, 'ymd', '—')}", 11, ctx.body, "r")
    d1, d2 = f"{a.month}月{a.day}日", f"{b.month}月{b.day}日"
    widths = [12, 24, 66, 33, 33, 33, 33, 33]
    rows = [["序号", "姓名", "单位", d1 + "上午", d1 + "下午", d2 + "上午", d2 + "下午", "备注"]]
    rows += [[str(i + 1), nm, workplace(rng, c), "", "", "", "", ""] for i, nm in enumerate(names)]
    top = 42
    pg.table(15, top, widths, rows, 9.5, ctx.body, 10.5, header_font=ctx.bold)
    for i, nm in enumerate(names):
        for j in range(4):
            if rng.random() < 0.9:
                _sign(pg, ctx, 15 + sum(widths[: 3 + j]), top + 10.5 * (i + 1), 33, 10.5, nm, 11.5)
    return _sis_doc(layout, [pg], title, body, a, b, names, rng=rng)


def _sis_landscape(ctx: Ctx, layout: str) -> Doc:
    """A landscape register where attendees write their own names; arrival times in the last column."""
    rng = ctx.rng
    day = rdate(rng, 2018, 2024)
    title, body, f, prov, c = _meeting(ctx, day.year)
    n = rng.randint(7, 12)
    names = people(rng, n)
    pg = Page(w=297, h=210)
    pg.text(pg.w / 2, 14, f"{title}签到表", 18, ctx.bold, "c")
    pg.text(16, 27, f"主办单位：{body}", 11, ctx.body)
    pg.text(281, 27, fd(day, "cn"), 11, ctx.body, "r")
    widths = [14, 34, 14, 74, 34, 34, 36, 26]
    rows = [["序号", "姓名", "性别", "工作单位", "职务", "职称", "手机号码", "签到时间"]]
    for i in range(n):
        rows.append([str(i + 1), "", rng.choice("男女"), workplace(rng, c), rng.choice(["科员", "副科长", "主任", "组长", "—"]),
                     rng.choice(TITLES_PRO), _phone(rng), ""])  # fmt: skip
    rows += [[str(i + 1)] + [""] * 7 for i in range(n, 14)]
    top = 36
    pg.table(15, top, widths, rows, 9.5, ctx.body, 10.5, header_font=ctx.bold)
    for i, nm in enumerate(names):
        _sign(pg, ctx, 15 + widths[0], top + 10.5 * (i + 1), widths[1], 10.5, nm, 13)
        t = f"{rng.randint(7, 8)}:{rng.randint(0, 59):02d}"
        _sign(pg, ctx, 15 + sum(widths[:7]), top + 10.5 * (i + 1), widths[7], 10.5, t, 11)
    return _sis_doc(layout, [pg], title, body, day, day, names, rng=rng)


def _sis_cme(ctx: Ctx, layout: str) -> Doc:
    """A 继续医学教育 project's attendance sheet: project number, credit card numbers, departments."""
    rng = ctx.rng
    prov, c = city(rng)
    title = rng.choice(topics.PRO_COURSES["med"])
    body = rng.choice(topics.CME_BODIES).format(p=prov, c=c)
    day = rdate(rng, 2018, 2024)
    n = rng.randint(9, 16)
    names = people(rng, n)
    pg = Page()
    pg.text(pg.w / 2, 15, "继续医学教育项目学员签到表", 17, ctx.bold, "c")
    pairs = [
        ("项目名称", title),
        (
            "项目编号",
            f"{day.year}-{rng.randint(1, 18):02d}-{rng.randint(1, 9):02d}-{rng.randint(1, 200):03d}",
        ),
        ("举办单位", body),
        ("举办日期", fd(day, "ymd0")),
    ]
    y = 28
    for lab, val in pairs:
        pg.text(16, y, f"{lab}：{val}", 11, ctx.body)
        y += 7
    widths = [12, 30, 26, 28, 42, 42]
    rows = [["序号", "科室", "姓名", "职称", "学分卡号", "签名"]]
    depts = ["内科", "外科", "儿科", "急诊科", "护理部", "检验科", "影像科", "药剂科", "全科"]
    rows += [[str(i + 1), rng.choice(depts), nm, rng.choice(TITLES_PRO[:3]), f"{rng.randint(10**9, 10**10 - 1)}", ""]
             for i, nm in enumerate(names)]  # fmt: skip
    top = y + 3
    pg.table(15, top, widths, rows, 9.5, ctx.body, 10, header_font=ctx.bold)
    for i, nm in enumerate(names):
        _sign(pg, ctx, 15 + sum(widths[:5]), top + 10 * (i + 1), widths[5], 10, nm)
    pg.text(16, top + 10 * (n + 1) + 8, "注：学员须本人签到，代签无效。", 10, ctx.body)
    return _sis_doc(layout, [pg], title, body, day, day, names, rng=rng)


def _sis_pages(ctx: Ctx, layout: str) -> Doc:
    """Two pages of one sheet, rows numbered on, page numbers at the foot."""
    rng = ctx.rng
    day = rdate(rng, 2018, 2024)
    title, body, f, prov, c = _meeting(ctx, day.year)
    per = 22
    n = per + rng.randint(4, 14)
    names = people(rng, n)
    pages = []
    for p in range(2):
        pg = Page()
        if p == 0:
            pg.text(pg.w / 2, 15, f"“{title}”签到表", 16, ctx.bold, "c")
            pg.text(15, 27, f"单位：{body}", 10.5, ctx.body)
            pg.text(195, 27, f"日期：{fd(day, 'dot')}", 10.5, ctx.body, "r")
            top = 34
        else:
            top = 18
        widths = [14, 30, 70, 34, 32]
        idx = range(p * per, min(n, (p + 1) * per))
        rows = [["序号", "姓名", "工作单位", "职称", "签名"]]
        rows += [[str(i + 1), names[i], workplace(rng, c), rng.choice(TITLES_PRO), ""] for i in idx]
        pg.table(15, top, widths, rows, 9.5, ctx.body, 10, header_font=ctx.bold)
        for r, i in enumerate(idx):
            _sign(pg, ctx, 15 + sum(widths[:4]), top + 10 * (r + 1), widths[4], 10, names[i], 12)
        pg.text(pg.w / 2, 284, f"第{p + 1}页 共2页", 9, ctx.body, "c")
        pages.append(pg)
    return _sis_doc(layout, pages, title, body, day, day, names, rng=rng)


# ---- notices ---------------------------------------------------------------------------------------------
TN_SCORED = ["title", "issuer", "issued_on", "period.start", "period.end"]


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("tn")
    return {
        "redhead": _tn_redhead,
        "receipt": _tn_receipt,
        "invite": _tn_invite,
        "schedule": _tn_schedule,
        "webpage": _tn_webpage,
        "cmeproject": _tn_cmeproject,
    }[v](ctx, ctx.layout("tn", v))


def _tn_doc(
    layout: str,
    pages: list[Page],
    title: str,
    body: str,
    issued: dt.date,
    a: dt.date,
    b: dt.date,
    hours: float | None,
    holder: str | None,
    names: list[str],
    cat: str | None,
    claim: str,
) -> Doc:
    fields = {"title": title, "issuer": body, "issued_on": iso(issued), "period": {"start": iso(a), "end": iso(b)},
              "hours_stated": hours, "holder": holder,
              "people": [person(n, i + 1, "attendee") for i, n in enumerate(names)]}  # fmt: skip
    scored = TN_SCORED + (["hours_stated"] if hours is not None else [])
    return Doc("training_notice", layout, pages, fields, scored, {"person": claim, "year": a.year}, cat)


def _dates(ctx: Ctx) -> tuple[dt.date, dt.date, dt.date]:
    rng = ctx.rng
    a = rdate(rng, 2018, 2024)
    b = a + dt.timedelta(days=rng.randint(1, 4))
    issued = a - dt.timedelta(days=rng.randint(8, 40))
    return issued, a, b


def _tn_redhead(ctx: Ctx, layout: str) -> Doc:
    """A red-headed 文件 with a numbered body and an attached list of the units' trainees."""
    rng = ctx.rng
    prov, c = city(rng)
    f = rng.choice(list(topics.PRO_COURSES))
    course = rng.choice(topics.PRO_COURSES[f])
    issued, a, b = _dates(ctx)
    title = f"{a.year}年全市{course}培训班"
    body = rng.choice([x for x in topics.BODIES[f] if x.startswith("{c}")]).format(c=c)
    short = body.replace(f"{c}市", "")[:2]
    hours = rng.choice([16, 24, 32, None])
    pg = Page()
    pg.text(pg.w / 2, 24, f"{body}文件", 24, ctx.bold, "c", (200, 20, 20))
    pg.text(pg.w / 2, 44, f"{c[:1]}{short}发〔{issued.year}〕{rng.randint(3, 60)}号", 12, ctx.body, "c")
    pg.line(18, 53, 192, 53, 1.2, (200, 20, 20))
    pg.text(pg.w / 2, 62, f"关于举办{title}的通知", 16, ctx.bold, "c")
    pg.text(20, 78, "各县（市、区）有关单位：", 12, ctx.body)
    y = pg.wrap(20, 86, 170, f"为进一步提升全市专业技术人员业务水平，经研究，决定举办{title}。现将有关事项通知如下：",
                12, ctx.body, 1.8, 8.5)  # fmt: skip
    n_tr = rng.randint(5, 9)
    names = people(rng, n_tr)
    items = [
        ("一、培训时间", f"{span(a, b, 'ymd')}，{a.month}月{a.day}日上午8:00报到。"),
        ("二、培训地点", f"{c}市{rng.choice(['行政学院', '职业技术学院', '卫生学校'])}报告厅。"),
        ("三、培训对象", "各单位推荐的专业技术人员，名单见附件。"),
        ("四、培训内容", "政策解读、专题讲座、案例研讨和现场教学。"),
    ]
    if hours:
        items.append(("五、学时认定", f"培训结束经考核合格者，登记专业科目继续教育{hours}学时。"))
    for head, txt in items:
        y += 2
        pg.text(20, y, head, 12, ctx.bold)
        y = pg.wrap(20, y + 7, 170, txt, 12, ctx.body, 1.8, 8.5)
    pg.text(20, y + 6, "附件：参训人员名单", 12, ctx.body)
    pg.text(176, y + 24, body, 13, ctx.body, "r")
    pg.text(176, y + 34, fd(issued, "ymd"), 13, ctx.body, "r")
    pg.seal(176 - width_mm(body, ctx.body, 13) / 2, y + 27, 20, seal_text(body), rng.randint(0, 10**6))
    p2 = Page()
    p2.text(18, 18, "附件", 13, ctx.bold)
    p2.text(p2.w / 2, 30, "参训人员名单", 16, ctx.bold, "c")
    rows = [["序号", "姓名", "工作单位", "职称"]]
    rows += [[str(i + 1), nm, workplace(rng, c), rng.choice(TITLES_PRO)] for i, nm in enumerate(names)]
    p2.table(20, 42, [14, 30, 90, 36], rows, 11, ctx.body, 10, header_font=ctx.bold)
    cat = "professional" if hours else None
    return _tn_doc(layout, [pg, p2], title, body, issued, a, b, hours, None, names, cat, rng.choice(names))


def _tn_receipt(ctx: Ctx, layout: str) -> Doc:
    """A 会议通知 with a 参会回执 on its second page, filled in by the claimant."""
    rng = ctx.rng
    issued, a, b = _dates(ctx)
    title, body, f, prov, c = _meeting(ctx, a.year)
    (who,) = people(rng, 1)
    pg = Page()
    pg.text(pg.w / 2, 22, "会 议 通 知", 22, ctx.bold, "c")
    pg.text(20, 40, "各有关单位、各位会员：", 12, ctx.body)
    y = pg.wrap(20, 48, 170, f"经研究，定于{span(a, b, 'ymd')}在{c}市召开“{title}”。现将有关事项通知如下：",
                12, ctx.body, 1.8, 8.5)  # fmt: skip
    lines = [
        f"1．报到时间：{a.month}月{a.day}日 8:00—12:00。",
        f"2．会议地点：{c}市{rng.choice(['国际会展中心', '迎宾馆', '大学学术交流中心'])}。",
        "3．会议内容：专家讲座、论文交流、专题讨论。",
        "4．会务费：会员免收，食宿统一安排，费用自理。",
        f"5．请于{(a - dt.timedelta(days=5)).month}月{(a - dt.timedelta(days=5)).day}日前将回执发送至会务组邮箱。",
    ]
    for ln in lines:
        y = pg.wrap(26, y + 1, 164, ln, 12, ctx.body, 1.8)
    pg.text(20, y + 6, "附件：参会回执", 12, ctx.body)
    pg.text(176, y + 24, body, 13, ctx.body, "r")
    pg.text(176, y + 34, fd(issued, "ymd0"), 13, ctx.body, "r")
    pg.seal(176 - width_mm(body, ctx.body, 13) / 2, y + 27, 20, seal_text(body), rng.randint(0, 10**6))
    p2 = Page()
    p2.text(p2.w / 2, 22, "参 会 回 执", 18, ctx.bold, "c")
    p2.text(20, 36, f"会议：{title}", 11, ctx.body)
    widths = [28, 16, 62, 30, 34]
    p2.table(20, 44, widths, [["姓名", "性别", "工作单位", "职称", "是否住宿"], ["", "", "", "", ""]], 11, ctx.body, 12,
             header_font=ctx.bold)  # fmt: skip
    marks.hand(p2, ctx, 24, 59, who, 14)
    marks.hand(p2, ctx, 52, 59, rng.choice("男女"), 13)
    marks.hand(p2, ctx, 66, 59, workplace(rng, c)[:10], 11)
    marks.hand(p2, ctx, 128, 59, rng.choice(TITLES_PRO), 11)
    marks.hand(p2, ctx, 166, 59, rng.choice(["是", "否"]), 13)
    p2.text(20, 76, "联系人：", 11, ctx.body)
    return _tn_doc(layout, [pg, p2], title, body, issued, a, b, None, who, [], None, who)


def _tn_invite(ctx: Ctx, layout: str) -> Doc:
    """An 邀请函 addressed to one professional."""
    rng = ctx.rng
    issued, a, b = _dates(ctx)
    title, body, f, prov, c = _meeting(ctx, a.year)
    (who,) = people(rng, 1)
    hours = rng.choice([None, 8, 12])
    pg = Page()
    pg.rect(0, 0, pg.w, 40, 0, (120, 20, 30), (120, 20, 30))
    pg.text(pg.w / 2, 13, "邀 请 函", 26, ctx.bold, "c", (250, 220, 150))
    pg.text(22, 56, f"尊敬的{who}{rng.choice(['老师', '同志', '主任', '专家'])}：", 14, ctx.body)
    hz = f"参会人员可获继续教育{hours}学时。" if hours else ""
    txt = (
        f"{body}定于{span(a, b, 'ymd')}在{c}市举办“{title}”。会议将围绕行业前沿问题开展学术交流，"
        f"特邀请您拨冗出席。{hz}"
    )
    y = pg.wrap(22, 68, 166, txt, 14, ctx.body, 2.0, 10)
    y = pg.wrap(22, y + 2, 166, "敬请回复是否参会，期待您的光临！", 14, ctx.body, 2.0, 10)
    pg.text(176, y + 30, body, 14, ctx.body, "r")
    pg.text(176, y + 41, fd(issued, rng.choice(["cn", "ymd"])), 14, ctx.body, "r")
    pg.seal(176 - width_mm(body, ctx.body, 14) / 2, y + 33, 20, seal_text(body), rng.randint(0, 10**6))
    return _tn_doc(layout, [pg], title, body, issued, a, b, hours, who, [], None, who)


def _tn_schedule(ctx: Ctx, layout: str) -> Doc:
    """A 日程安排 table with the claimant's pen note in the margin."""
    rng = ctx.rng
    issued, a, b = _dates(ctx)
    title, body, f, prov, c = _meeting(ctx, a.year)
    b = a + dt.timedelta(days=1)
    (who,) = people(rng, 1)
    pg = Page()
    pg.text(pg.w / 2, 18, title, 16, ctx.bold, "c")
    pg.text(pg.w / 2, 28, "日程安排", 14, ctx.bold, "c")
    pg.text(18, 38, f"主办：{body}　　发布日期：{fd(issued, 'dot')}", 10.5, ctx.body)
    pg.text(18, 45, f"会期：{span(a, b, 'ymd')}", 10.5, ctx.body)
    topics_ = rng.sample(topics.PRO_COURSES[f], 4) + ["学员交流与结业考核"]
    rows = [["日期", "时间", "内容", "主讲"]]
    slots = ["08:30-10:00", "10:15-11:45", "14:00-15:30", "15:45-17:15"]
    unis = [
        topics.BODIES[f][0].format(p=prov, c=c),
        f"{prov}省{rng.choice(['立医院', '教科院', '建筑设计院'])}专家",
    ]
    for i, t in enumerate(topics_):
        d = a if i < 3 else b
        rows.append([f"{d.month}月{d.day}日", slots[i % 4], t, rng.choice(unis)])
    pg.table(18, 54, [26, 30, 76, 42], rows, 10, ctx.body, 12, header_font=ctx.bold)
    hours = rng.choice([None, 12])
    if hours:
        pg.text(18, 54 + 12 * 6 + 8, f"注：全程参加并考核合格者授予继续教育{hours}学时。", 10.5, ctx.body)
    marks.hand(pg, ctx, 140, 6, f"{who} 已参加", 14)
    return _tn_doc(layout, [pg], title, body, issued, a, b, hours, who, [], None, who)


def _tn_webpage(ctx: Ctx, layout: str) -> Doc:
    """A browser printout of an online-study notice (URL, publish time, views), initialled by the claimant."""
    rng = ctx.rng
    prov, c = city(rng)
    plat, owner = rng.choice(topics.PLATFORMS)
    plat, owner = plat.format(p=prov, c=c), owner.format(p=prov, c=c)
    year = rng.randint(2019, 2024)
    a = dt.date(year, rng.randint(3, 5), 1)
    b = dt.date(year, 11, 30)
    issued = a - dt.timedelta(days=rng.randint(3, 20))
    title = f"{year}年度专业技术人员继续教育公需科目网络培训"
    (who,) = people(rng, 1)
    pg = Page()
    seen = a + dt.timedelta(days=rng.randint(20, 150))
    pg.text(
        10, 6, f"{seen.year}/{seen.month}/{seen.day} 09:{rng.randint(10, 59)}", 8, ctx.body, "l", (90, 90, 90)
    )
    pg.text(200, 6, plat, 8, ctx.body, "r", (90, 90, 90))
    pg.rect(10, 14, 200, 28, 0, (30, 100, 170), (30, 100, 170))
    pg.text(16, 17.5, plat, 13, ctx.bold, "l", (255, 255, 255))
    pg.text(16, 34, "首页 > 通知公告 > 正文", 9, ctx.body, "l", (90, 90, 90))
    pg.text(pg.w / 2, 46, f"关于开展{title}的通知", 15, ctx.bold, "c")
    pg.text(pg.w / 2, 56, f"发布时间：{fd(issued, 'iso')}　来源：{owner}　浏览次数：{rng.randint(2000, 90000)}", 8.5,
            ctx.body, "c", (100, 100, 100))  # fmt: skip
    pg.line(16, 62, 194, 62, 0.2, (180, 180, 180))
    paras = [
        "各有关单位：",
        f"根据年度继续教育工作安排，现将{title}有关事项通知如下。",
        f"一、学习时间：{fd(a, 'ymd')}至{fd(b, 'ymd')}。",
        "二、学习内容：公需科目课程，包括政策理论、职业道德、数字技术等专题。",
        "三、学时要求：专业技术人员每年须完成公需科目学习不少于30学时，考试合格后平台自动登记学时。",
        "四、学习方式：登录平台个人账户在线学习，可使用电脑或手机。",
    ]
    y = 70
    for p in paras:
        y = pg.wrap(18, y, 174, p, 11.5, ctx.body, 1.8, 8 if p != paras[0] else 0) + 1.5
    pg.text(190, y + 10, owner, 12, ctx.body, "r")
    pg.text(190, y + 19, fd(issued, "ymd"), 12, ctx.body, "r")
    pg.text(10, 289, "第 1 页，共 1 页", 8, ctx.body, "l", (90, 90, 90))
    marks.hand(pg, ctx, 22, y + 34, f"已学完 {who}", 15)
    fields_cat = "public"
    return _tn_doc(layout, [pg], title, owner, issued, a, b, None, who, [], fields_cat, who)


def _tn_cmeproject(ctx: Ctx, layout: str) -> Doc:
    """A 继续医学教育 project notice stating credits and its project number, with a hand-filled 报名 slip."""
    rng = ctx.rng
    prov, c = city(rng)
    course = rng.choice(topics.PRO_COURSES["med"])
    title = f"{course}学习班"
    body = rng.choice(topics.CME_BODIES).format(p=prov, c=c)
    issued, a, b = _dates(ctx)
    (who,) = people(rng, 1)
    pg = Page()
    pg.text(pg.w / 2, 20, f"关于举办“{title}”的通知", 16, ctx.bold, "c")
    pg.text(20, 34, "各医疗卫生单位：", 12, ctx.body)
    cred = rng.choice([3, 4, 5, 6])
    txt = (
        f"经{prov}省继续医学教育委员会批准，“{title}”列为{a.year}年度省级继续医学教育项目"
        f"（项目编号：{a.year}-{rng.randint(1, 18):02d}-{rng.randint(1, 9):02d}-{rng.randint(1, 200):03d}），"
        f"学员学习期满考核合格，授予Ⅰ类学分{cn_small(cred)}分。"
    )
    y = pg.wrap(20, 42, 170, txt, 12, ctx.body, 1.9, 8.5)
    for ln in [
        f"一、时间：{span(a, b, 'ymd')}（{a.day}日全天报到）",
        f"二、地点：{body.replace('委员会', '')}培训中心",
        "三、对象：各级医疗机构相关专业医护人员",
        "四、费用：免收培训费，交通食宿自理",
    ]:
        y = pg.wrap(20, y + 1, 170, ln, 12, ctx.body, 1.9)
    pg.text(176, y + 14, body, 13, ctx.body, "r")
    pg.text(176, y + 24, fd(issued, "ymd"), 13, ctx.body, "r")
    pg.seal(176 - width_mm(body, ctx.body, 13) / 2, y + 17, 20, seal_text(body), rng.randint(0, 10**6))
    y += 42
    for x in range(16, 196, 4):
        pg.line(x, y, x + 2, y, 0.3)
    pg.text(pg.w / 2, y + 6, "报 名 表", 14, ctx.bold, "c")
    pg.table(20, y + 16, [30, 60, 30, 50], [["姓名", "", "科室", ""], ["单位", "", "电话", ""]], 11, ctx.body, 11,
             fonts={0: ctx.bold, 2: ctx.bold})  # fmt: skip
    marks.hand(pg, ctx, 56, y + 18, who, 15)
    marks.hand(pg, ctx, 146, y + 18, rng.choice(["心内科", "急诊科", "护理部", "儿科"]), 13)
    marks.hand(pg, ctx, 56, y + 29, workplace(rng, c)[:9], 11)
    return _tn_doc(layout, [pg], title, body, issued, a, b, None, who, [], None, who)
