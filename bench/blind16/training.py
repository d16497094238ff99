"""Draw 16 training certificates (学时证明, 结业证书, 学分证书 …) in six layouts."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind16 import ink
from bench.blind16.pools import (
    Ctx,
    day,
    digits,
    iso,
    people_names,
    pick_style,
    some_day,
    span,
    where,
    workplace,
)
from bench.blind16.topics import PLATFORMS, PUBLIC, field_of, hr_bureau, organiser, topic

CAT_WORD = {"public": "公需科目", "professional": "专业科目"}


def _course(ctx: Ctx, year: int, pl, allow_cat: bool = True) -> tuple[str, str | None, str]:
    """(training title, stated category, field) for a certificate."""
    fld = field_of(ctx)
    cat = ctx.rng.choice(["public", "professional", None]) if allow_cat else None
    if cat == "public":
        t = ctx.pick("cert.pubtitle", [f"{year}年度专业技术人员公需科目培训", f"{ctx.rng.choice(PUBLIC)}公需科目专题培训",
                                        f"{year}年{pl.prov}省专业技术人员公需科目网络学习"])  # fmt: skip
    elif cat == "professional":
        t = ctx.pick("cert.protitle", [f"{topic(ctx, fld)}专业科目培训班", f"{year}年度{topic(ctx, fld)}培训",
                                        f"{topic(ctx, fld)}高级研修班"])  # fmt: skip
    else:
        t = ctx.pick("cert.title", [f"{topic(ctx, fld)}培训班", f"{topic(ctx, fld)}专题研修", f"{year}年{topic(ctx, fld)}提升培训",
                                     f"{ctx.rng.choice(PUBLIC)}专题讲座"])  # fmt: skip
    return t, cat, fld


def _dates(ctx: Ctx) -> tuple[dt.date, dt.date, dt.date]:
    a = some_day(ctx.rng, 2018, 2024)
    b = a + dt.timedelta(days=ctx.rng.choice([0, 1, 2, 2, 3, 4, 6]))
    c = b + dt.timedelta(days=ctx.rng.choice([0, 1, 3, 7, 12]))
    return a, b, c


def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("cert")
    pl = where(ctx.rng)
    holder = people_names(ctx.rng, 1)[0]
    a, b, issued = _dates(ctx)
    title, cat, fld = _course(ctx, a.year, pl, allow_cat=v != "cme")
    hours = ctx.rng.choice([6, 8, 12, 16, 18, 20, 24, 30, 32, 40]) if v != "cme" else None
    org = (
        organiser(ctx, pl, fld)
        if cat != "public"
        else hr_bureau(pl, ctx.rng.choice(["city", "prov", "county"]))
    )
    st = pick_style(ctx)
    unit = workplace(ctx.rng, pl)
    fn = {
        "portal": _portal,
        "mobile": _mobile,
        "cme": _cme,
        "teacher": _teacher,
        "hege": _hege,
        "booklet": _booklet,
    }[v]
    pg, scored = fn(ctx, pl, holder, unit, title, cat, org, a, b, issued, hours, st)
    fields = {"holder": holder, "title": title, "issuer": org, "issued_on": iso(issued) if "issued_on" in scored else None,
              "period": {"start": iso(a), "end": iso(b)}, "hours_stated": hours}  # fmt: skip
    return Doc(
        "training_certificate", f"cert16-{v}", [pg], fields, scored, {"person": holder, "year": a.year}, cat
    )


ALL = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]


def _portal(ctx, pl, holder, unit, title, cat, org, a, b, issued, hours, st):
    pg = Page()
    rng = ctx.rng
    ink.body(pg, ctx, 14, 10, PLATFORMS[pl.prov], 8.5, color=ink.GREY)
    ink.body(pg, ctx, 196, 10, f"打印时间：{day(issued, 'hyphen')} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", 8,
             "r", ink.GREY)  # fmt: skip
    ink.rule(pg, 15.5, 14, 196, 0.3, ink.GREY)
    y = ink.bold(
        pg,
        ctx,
        105,
        26,
        ctx.pick("cert.portal.h", ["继续教育学时证明", "专业技术人员继续教育学习证明", "学时认定证明"]),
        19,
    )
    y += 4
    idno = (
        f"{rng.choice(['37', '41', '43'])}{digits(rng, 4)}********{digits(rng, 3)}{rng.choice('0123456789X')}"
    )
    rows = [["姓名", holder, "身份证号", idno], ["工作单位", unit, "学习年度", f"{a.year}年"]]
    y = pg.table(14, y, [26, 64, 26, 66], rows, 10, ctx.body, 10)
    y = pg.table(14, y, [26, 156], [["培训项目", title]], 10, ctx.body, 10)
    y += 6
    ink.body(pg, ctx, 14, y, "学习记录：", 10.5)
    y += 7
    n = rng.randint(2, 5)
    each = [hours // n] * n
    each[-1] += hours - sum(each)
    kinds = CAT_WORD.get(cat, "") if cat else None
    head = (
        ["序号", "课程名称", "类别", "学时", "完成日期"]
        if kinds
        else ["序号", "课程名称", "学时", "完成日期"]
    )
    rows = [head]
    pool = (
        PUBLIC
        if cat == "public"
        else ["案例研讨", "前沿进展", "技术规范解读", "实操演练", "质量控制要点", "政策与标准"]
    )
    picks = rng.sample(pool, n)
    for i in range(n):
        d = a + dt.timedelta(days=min(i, (b - a).days))
        if i == n - 1:
            d = b
        r = [str(i + 1), picks[i], str(each[i]), day(d, "hyphen")]
        rows.append(r[:2] + [kinds] + r[2:] if kinds else r)
    widths = [14, 84, 26, 18, 40] if kinds else [14, 110, 18, 40]
    y = pg.table(14, y, widths, rows, 9.5, ctx.body, 8.5)
    y += 6
    ink.body(pg, ctx, 14, y, f"学习时间：{span(a, b, st)}", 10.5)
    y = ink.body(pg, ctx, 120, y, f"合计学时：{hours}", 10.5)
    y += 14
    ink.body(pg, ctx, 120, y, f"证明单位：{org}", 10.5)
    ink.body(pg, ctx, 120, y + 8, f"日期：{day(issued, st)}", 10.5)
    ink.seal(pg, ctx, 150, y + 6, org)
    ink.qr(pg, 20, y - 2, 22, rng)
    ink.body(pg, ctx, 16, y + 22, "扫码核验真伪", 7.5, color=ink.GREY)
    return pg, list(ALL)


def _mobile(ctx, pl, holder, unit, title, cat, org, a, b, issued, hours, st):
    pg = Page(w=90, h=190, bg=(242, 243, 247))
    rng = ctx.rng
    y = ink.status_bar(pg, ctx, f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}")
    y = ink.title_bar(pg, ctx, y, ctx.pick("cert.mobile.h", ["我的证书", "证书详情", "电子证书"]))
    pg.rect(5, y, 85, y + 62, 0.6, ink.GOLD, (255, 251, 240))
    ink.bold(pg, ctx, 45, y + 5, "培 训 证 明", 12, color=(150, 40, 40))
    text = f"{holder}同志于{span(a, b, st)}参加“{title}”学习，完成{hours}学时，考核合格。"
    yy = pg.wrap(10, y + 15, 70, text, 8, ctx.body, 1.7, 5.6)
    if cat:
        ink.body(pg, ctx, 10, yy + 1, f"学时类别：{CAT_WORD[cat]}", 8)
    ink.seal(pg, ctx, 66, y + 50, org, 10)
    y += 68
    rows = [("持证人", holder), ("证书编号", f"JX{a.year}{digits(rng, 8)}"), ("发证机构", org), ("发证日期", day(issued, st)),
            ("学时", f"{hours}学时")]  # fmt: skip
    pg.rect(5, y, 85, y + 9.5 * len(rows) + 4, 0, ink.BLACK, (255, 255, 255))
    y += 3
    for lab, val in rows:
        ink.body(pg, ctx, 8, y, lab, 8, color=ink.GREY)
        pg.wrap(30, y, 53, val, 8, ctx.body, 1.4)
        y += 9.5
    y += 8
    pg.rect(10, y, 80, y + 10, 0, ink.BLACK, (36, 110, 200))
    ink.bold(pg, ctx, 45, y + 2.6, "下载证书", 9.5, color=(255, 255, 255))
    return pg, list(ALL)


def _cme(ctx, pl, holder, unit, title, cat, org, a, b, issued, hours, st):
    pg = Page(w=210, h=148)
    rng = ctx.rng
    ink.border(pg, "green")
    y = ink.bold(pg, ctx, 105, 18, f"{pl.prov}省继续医学教育", 13)
    y = ink.spread(pg, ctx, y, "学分证书", 22, color=(30, 90, 60))
    kind = rng.choice(["Ⅰ类", "Ⅱ类"])
    pid = f"{a.year}-{rng.randint(1, 18):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 300):03d}"
    rows = [("姓　　名", holder), ("工作单位", unit), ("项目名称", title), ("项目编号", pid),
            ("学分类别", kind), ("授予学分", f"{rng.choice([1, 2, 3, 4, 5, 6])}分"), ("举办日期", span(a, b, st)),
            ("主办单位", org)]  # fmt: skip
    y = ink.pairs(pg, ctx, 28, y + 2, rows, 10.5, 24, "：", 1.85)
    ink.body(pg, ctx, 182, 118, day(issued, st), 10.5, "r")
    ink.seal(pg, ctx, 160, 112, org, 17)
    ink.body(pg, ctx, 28, 132, f"证书编号：{digits(rng, 12)}", 8.5, color=ink.GREY)
    return pg, ["holder", "title", "issuer", "issued_on", "period.start", "period.end"]


def _teacher(ctx, pl, holder, unit, title, cat, org, a, b, issued, hours, st):
    pg = Page(w=297, h=210)
    rng = ctx.rng
    ink.border(pg, "red")
    y = ink.spread(
        pg, ctx, 34, ctx.pick("cert.teacher.h", ["结业证书", "培训证书", "研修证书"]), 34, color=(170, 30, 30)
    )
    y += 10
    ink.hand(pg, ctx, 40, y, holder, 18, ink.BLACK)
    ink.body(
        pg,
        ctx,
        44 + width_mm(holder, ctx.hand, 18),
        y + 1.5,
        ctx.pick("cert.teacher.to", ["老师：", "同志：", "学员："]),
        16,
    )
    y += 14
    cat_s = f"（{CAT_WORD[cat]}）" if cat else ""
    text = (f"于{span(a, b, st)}参加{org}组织的“{title}”{cat_s}，完成规定课程{hours}学时，"
            f"经考核成绩合格，准予结业。")  # fmt: skip
    y = para(pg, ctx, y, text)
    ink.body(pg, ctx, 40, 176, f"证书编号：{pl.city[:1]}JS{a.year}{digits(rng, 5)}", 11)
    ink.body(pg, ctx, 240, 160, org, 14, "c")
    ink.body(pg, ctx, 240, 170, day(issued, st), 14, "c")
    ink.seal(pg, ctx, 240, 164, org, 21)
    return pg, list(ALL)


def para(pg, ctx, y, text, x=40, w=217, size=16):
    return pg.wrap(x, y, w, text, size, ctx.body, 1.9, size * ink.PT * 2)


def _hege(ctx, pl, holder, unit, title, cat, org, a, b, issued, hours, st):
    pg = Page()
    rng = ctx.rng
    ink.border(pg, "gold")
    y = ink.spread(
        pg,
        ctx,
        36,
        ctx.pick("cert.hege.h", ["培训合格证书", "合格证书", "学习证书"]),
        26,
        color=(140, 90, 20),
    )
    ink.photo(pg, 150, y + 6, 28, 38)
    rows = [("姓名", holder), ("性别", rng.choice(["男", "女"])), ("工作单位", unit), ("培训项目", title),
            ("培训时间", span(a, b, st)), ("培训学时", f"{hours}学时")]  # fmt: skip
    if cat:
        rows.append(("科目类别", CAT_WORD[cat]))
    rows.append(("证书编号", f"{rng.choice(['PX', 'HG', 'JX'])}-{a.year}-{digits(rng, 6)}"))
    bottom = y + 46
    y = y + 8
    for lab, val in rows:
        pg.text(30, y, lab, 11.5, ctx.bold)
        y = pg.wrap(58, y, 85 if y < bottom else 125, val, 11.5, ctx.body, 1.6) + 5
    y = max(y + 18, 220)
    ink.body(pg, ctx, 150, y, f"发证单位：{org}", 11.5, "c")
    ink.body(pg, ctx, 150, y + 9, f"发证日期：{day(issued, st)}", 11.5, "c")
    ink.seal(pg, ctx, 150, y + 6, org, 19)
    return pg, list(ALL)


def _booklet(ctx, pl, holder, unit, title, cat, org, a, b, issued, hours, st):
    pg = Page(w=297, h=210, bg=(252, 248, 238))
    rng = ctx.rng
    pg.line(148.5, 12, 148.5, 198, 0.4, (170, 150, 120))
    pg.rect(10, 10, 287, 200, 0.8, (120, 30, 30))
    ink.photo(pg, 60, 40, 30, 40)
    y = 132
    for lab, val in (("姓名", holder), ("编号", f"{a.year}{digits(rng, 7)}"), ("单位", unit)):
        ink.body(pg, ctx, 30, y, f"{lab}：{val}", 11)
        y += 11
    ink.body(pg, ctx, 30, 176, "（本证书可在发证单位网站查询）", 9, color=ink.GREY)
    y = ink.spread(pg, ctx, 34, "证书", 30, color=(150, 30, 30))
    cat_s = f"{CAT_WORD[cat]}" if cat else ""
    text = (f"{holder}同志于{span(a, b, st)}参加{title}，完成{cat_s}学习{hours}学时，"
            f"成绩合格，特发此证。")  # fmt: skip
    para(pg, ctx, y + 14, text, x=166, w=108, size=14)
    ink.body(pg, ctx, 232, 160, org, 13, "c")
    ink.body(pg, ctx, 232, 170, day(issued, st), 13, "c")
    ink.seal(pg, ctx, 232, 165, org, 20)
    return pg, list(ALL)
