"""Draw 26's training certificates, sign-in sheets, training notices, qualifications and other proofs."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind26 import ink
from bench.blind26.others import other, qualification_certificate
from bench.blind26.pools import (
    BLUE_INK,
    GREY,
    PUBLIC_TOPICS,
    RED,
    STAGES,
    SUBJECTS,
    TRAIN_TOPICS,
    UNIVS,
    Ctx,
    city_org,
    county_org,
    day,
    dstr,
    iso,
    later,
    make,
    mstr,
    people,
    place,
    prov_org,
    rstr,
    topic,
    ym,
)  # fmt: skip
from bench.generator.truth import person

__all__ = ["training_certificate", "sign_in_sheet", "training_notice", "qualification_certificate", "other"]

TC_SCORED = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]


def _tc_basics(ctx: Ctx, category: str | None):
    pl = place(ctx)
    subj = ctx.pick(SUBJECTS)
    name = people(ctx, 1)[0]
    if category == "public":
        title = ctx.pick(PUBLIC_TOPICS, "ptopic")
        hours = ctx.pick([24, 30, 36, 40])
    else:
        title = topic(ctx, TRAIN_TOPICS, ctx.pick(STAGES) + subj)
        hours = ctx.pick([12, 16, 24, 32, 40, 48, 56, 60, 72])
    return pl, subj, name, title, hours


def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("tcert")
    return {
        "schoolproof": _tc_schoolproof, "platform": _tc_platform, "landscape": _tc_landscape,
        "screen": _tc_screen, "handform": _tc_handform, "guopei": _tc_guopei, "twopage": _tc_twopage,
        "booklet": _tc_booklet,
    }[v](ctx, v)  # fmt: skip


def _tc_schoolproof(ctx: Ctx, v: str) -> Doc:
    cat = ctx.pick([None, "professional"])
    pl, subj, name, title, hours = _tc_basics(ctx, cat)
    a = day(ctx.rng, 2019, 2024, (2, 9))
    b = later(a, 90, 150, ctx.rng)
    st = ctx.style(["ymd", "ymd0", "cn", "dot"])
    issued = later(b, 3, 20, ctx.rng)
    pg = Page()
    y = ink.centre(pg, ctx, 38, "校本研修学时证明", 22)
    y = ink.centre(pg, ctx, y + 2, f"（{issued.year}）第{ctx.rng.randint(3, 60):03d}号", 11, bold=False)
    span = f"{mstr(a.year, a.month, st)}至{mstr(b.year, b.month, st)}"
    tail = "，计入专业科目学时" if cat else ""
    body = (
        f"兹证明我校{subj}教师{name}同志，于{span}参加本校组织的“{title}”校本研修活动，"
        f"完成集中学习、课例研讨与反思撰写等任务，经考核合格，累计{hours}学时{tail}。"
    )
    y = ink.para(pg, ctx, 28, y + 14, 154, body, 14)
    y = ink.para(pg, ctx, 28, y + 4, 154, "特此证明。", 14)
    ink.sign(pg, ctx, 178, y + 30, [pl.school, dstr(issued, st)], 14, pl.school)
    pg.text(28, 262, "（本证明仅用于教师继续教育学时登记，复印无效）", 9.5, ctx.body, color=GREY)
    f = dict(holder=name, title=title, issuer=pl.school, issued_on=iso(issued), period={"start": ym(a), "end": ym(b)},
             hours_stated=hours)  # fmt: skip
    return make(ctx, "training_certificate", "tcert", v, [pg], f, TC_SCORED, name, b.year, cat)


def _tc_platform(ctx: Ctx, v: str) -> Doc:
    one = ctx.chance(0.6)
    pl, subj, name, title, _ = _tc_basics(ctx, "professional" if one else None)
    issuer = prov_org(pl, "fz")
    a = day(ctx.rng, 2019, 2024, (2, 8))
    b = later(a, 60, 120, ctx.rng)
    st = ctx.style(["dot", "dash", "slash"])
    pg = Page()
    pg.rect(0, 0, pg.w, 24, 0, fill=(22, 92, 160))
    pg.text(14, 8, f"{pl.prov}省中小学教师继续教育网络研修平台", 14, ctx.bold, color=(255, 255, 255))
    pg.text(pg.w - 14, 10, "学员学习档案", 10, ctx.body, "r", (255, 255, 255))
    y = ink.kv(pg, ctx, 16, 34, [("姓　　名", name), ("工作单位", pl.school), ("任教学科", subj),
                                 ("项目名称", title), ("研修时间", f"{dstr(a, st)} ~ {dstr(b, st)}")], 11, 24)  # fmt: skip
    courses = ["课程标准解读与教学转化", "单元整体教学设计案例", "学习任务群设计", "课堂观察与诊断",
               "作业设计的原理与方法", "信息技术支持的学情分析", "教学评一体化实践", "校本研修成果提炼"]  # fmt: skip
    ctx.rng.shuffle(courses)
    n = ctx.rng.randint(4, 7)
    hrs = [ctx.pick([2, 3, 4, 6, 8]) for _ in range(n)]
    cats = ["专业科目"] * n if one else [ctx.pick(["专业科目", "公需科目"]) for _ in range(n)]
    if not one:
        cats[0], cats[-1] = "公需科目", "专业科目"
    rows = [["序号", "课程名称", "类别", "学时", "完成日期"]]
    for i in range(n):
        rows.append(
            [str(i + 1), courses[i], cats[i], str(hrs[i]), dstr(later(a, 3 + 6 * i, 5 + 6 * i, ctx.rng), st)]
        )
    y = pg.table(16, y + 4, [12, 70, 26, 16, 34], rows, 10, ctx.body, 9, header_font=ctx.bold)
    total = sum(hrs)
    pg.text(16, y + 5, f"已获学时合计：{total}　　考核结果：合格", 11.5, ctx.bold)
    printed = later(b, 5, 40, ctx.rng)
    pg.text(16, y + 16, f"数据来源：{issuer}", 10, ctx.body, color=GREY)
    pg.text(
        pg.w - 16,
        y + 16,
        f"打印时间：{dstr(printed, 'dash')} 15:{ctx.rng.randint(10, 59)}",
        10,
        ctx.body,
        "r",
        GREY,
    )
    ink.seal(pg, ctx, 150, y + 34, issuer)
    f = dict(
        holder=name, title=title, issuer=issuer, period={"start": iso(a), "end": iso(b)}, hours_stated=total
    )
    sc = ["holder", "title", "issuer", "period.start", "period.end", "hours_stated"]
    return make(
        ctx, "training_certificate", "tcert", v, [pg], f, sc, name, b.year, "professional" if one else None
    )


def _tc_landscape(ctx: Ctx, v: str) -> Doc:
    pl, subj, name, title, hours = _tc_basics(ctx, None)
    issuer = ctx.pick([county_org(pl, "jx"), county_org(pl, "fz"), city_org(pl, "jky")])
    a = day(ctx.rng, 2018, 2024)
    b = later(a, 2, 12, ctx.rng)
    st = ctx.style(["ymd", "ymd0", "cn", "cno"])
    pg = Page(w=297, h=210)
    ink.border(pg, 2)
    pg.text(pg.w / 2, 30, ink.spaced("结业证书", "  "), 30, ctx.bold, "c", (150, 30, 30))
    pg.text(pg.w - 40, 52, f"证书编号：JX{a.year}{ctx.rng.randint(1000, 9999)}", 10.5, ctx.body, "r")
    body = (f"{name}同志于{rstr(a, b, st)}参加{issuer}举办的{title}，"
            f"修完规定课程，成绩合格，准予结业。")  # fmt: skip
    y = ink.para(pg, ctx, 40, 68, 217, body, 16)
    pg.text(40, y + 6, f"培训学时：{hours}学时", 15, ctx.body)
    ink.sign(pg, ctx, pg.w - 40, 150, [issuer, dstr(b, st)], 14, issuer)
    f = dict(holder=name, title=title, issuer=issuer, issued_on=iso(b), period={"start": iso(a), "end": iso(b)},
             hours_stated=hours)  # fmt: skip
    return make(ctx, "training_certificate", "tcert", v, [pg], f, TC_SCORED, name, b.year)


def _tc_screen(ctx: Ctx, v: str) -> Doc:
    pl, subj, name, title, hours = _tc_basics(ctx, "public")
    issuer = ctx.pick([city_org(pl, "rs"), prov_org(pl, "rs")])
    d = day(ctx.rng, 2019, 2024)
    st = ctx.style(["dash", "dot", "ymd"])
    pg, y = ink.phone(ctx, "电子证书")
    ink.card(pg, y, y + 110)
    pg.rect(8, y + 4, pg.w - 8, y + 62, 0.5, (200, 160, 60), fill=(253, 248, 232))
    pg.text(pg.w / 2, y + 8, "学时证明", 13, ctx.bold, "c", (150, 30, 30))
    yy = pg.wrap(11, y + 18, pg.w - 22, title, 8.5, ctx.bold, 1.5)
    yy = ink.kv(
        pg, ctx, 11, yy + 2, [("学员", name), ("科目类别", "公需科目"), ("获得学时", f"{hours}学时")], 7.5, 15
    )
    ink.seal(pg, ctx, pg.w - 18, y + 50, issuer, 9)
    yy = y + 68
    for lab, val in [
        ("颁发单位", issuer),
        ("发证日期", dstr(d, st)),
        ("证书编号", f"GX{d.year}{ctx.rng.randint(10**7, 10**8 - 1)}"),
    ]:
        pg.text(8, yy, lab, 7.5, ctx.body, color=GREY)
        pg.text(pg.w - 8, yy, val, 7.5, ctx.body, "r")
        yy += 7
    pg.rect(10, y + 118, pg.w - 10, y + 128, 0, fill=(22, 120, 230))
    pg.text(pg.w / 2, y + 120.5, "保存到相册", 8.5, ctx.body, "c", (255, 255, 255))
    f = dict(holder=name, title=title, issuer=issuer, issued_on=iso(d), hours_stated=hours)
    sc = ["holder", "title", "issuer", "issued_on", "hours_stated"]
    return make(ctx, "training_certificate", "tcert", v, [pg], f, sc, name, d.year, "public")


def _tc_handform(ctx: Ctx, v: str) -> Doc:
    cat = ctx.pick(["public", None])
    pl, subj, name, title, hours = _tc_basics(ctx, cat)
    issuer = county_org(pl, ctx.pick(["jyj", "jx", "fz"]))
    a = day(ctx.rng, 2018, 2024)
    b = later(a, 1, 5, ctx.rng)
    st = ctx.style(["ymd", "dotshort"])
    pg = Page(w=190, h=140, bg=(252, 250, 244))
    ink.border(pg, 1, (40, 90, 60))
    pg.text(pg.w / 2, 16, "培 训 合 格 证", 20, ctx.bold, "c", (40, 90, 60))
    pairs = [
        ("姓　　名", name),
        ("工作单位", pl.school),
        ("培训时间", rstr(a, b, st, "—")),
        ("学　　时", f"{hours}"),
    ]
    y = ink.kv(pg, ctx, 20, 34, pairs[:1], 11, 24, rule=True, handed=True)
    y = ink.kv(pg, ctx, 20, y, pairs[1:2], 11, 24, rule=True, handed=True)
    pg.text(20, y, "培训项目：", 11, ctx.body)
    pg.text(44, y, title, 11, ctx.body)
    y = ink.kv(pg, ctx, 20, y + 10, pairs[2:], 11, 24, rule=True, handed=True)
    pg.text(20, y + 2, "经考核合格，特发此证。", 11, ctx.body)
    issued = later(b, 0, 6, ctx.rng)
    ink.sign(pg, ctx, pg.w - 18, y + 12, [issuer], 11, issuer)
    ink.hand(pg, ctx, pg.w - 60, y + 22, dstr(issued, st), 12)
    f = dict(holder=name, title=title, issuer=issuer, issued_on=iso(issued), period={"start": iso(a), "end": iso(b)},
             hours_stated=hours)  # fmt: skip
    return make(ctx, "training_certificate", "tcert", v, [pg], f, TC_SCORED, name, b.year, cat)


def _tc_guopei(ctx: Ctx, v: str) -> Doc:
    pl, subj, name, _, hours = _tc_basics(ctx, None)
    univ = ctx.pick(UNIVS[pl.prov])
    a = day(ctx.rng, 2018, 2024, (3, 11))
    b = later(a, 8, 14, ctx.rng)
    title = f"国培计划（{a.year}）{pl.prov}省乡村{ctx.pick(STAGES)}{subj}骨干教师{ctx.pick(['访名校跟岗研修', '能力提升培训', '送教下乡培训'])}项目"
    hours = ctx.pick([50, 60, 80, 100])
    st = ctx.style(["ymd", "ymd0", "cn"])
    pg = Page()
    ink.border(pg, 3)
    pg.text(pg.w / 2, 34, "培  训  证  书", 28, ctx.bold, "c", (160, 30, 30))
    pg.text(30, 60, f"编号：GP{a.year}{ctx.rng.randint(100000, 999999)}", 10.5, ctx.body)
    pg.text(30, 74, f"{name}　老师：", 15, ctx.body)
    body = f"您于{rstr(a, b, st)}参加“{title}”的学习，完成全部研修任务，考核合格，共计{hours}学时。"
    y = ink.para(pg, ctx, 30, 86, 150, body, 15)
    y = ink.para(pg, ctx, 30, y + 2, 150, "特发此证。", 15)
    ink.sign(pg, ctx, 180, y + 40, [univ, dstr(b, st)], 14, univ)
    f = dict(holder=name, title=title, issuer=univ, issued_on=iso(b), period={"start": iso(a), "end": iso(b)},
             hours_stated=hours)  # fmt: skip
    return make(ctx, "training_certificate", "tcert", v, [pg], f, TC_SCORED, name, b.year)


def _tc_twopage(ctx: Ctx, v: str) -> Doc:
    pl, subj, name, title, _ = _tc_basics(ctx, "professional")
    issuer = ctx.pick([city_org(pl, "jky"), county_org(pl, "fz")])
    a = day(ctx.rng, 2019, 2024)
    b = later(a, 3, 6, ctx.rng)
    st = ctx.style(["dot", "ymd0", "cno"])
    mods = [("专题讲座", 6), ("课例观摩", 4), ("分组研讨", 4), ("实践作业", 4), ("考核评价", 2)]
    n = ctx.rng.randint(3, 5)
    hours = sum(h for _, h in mods[:n])
    p1 = Page()
    ink.border(p1, 4)
    y = ink.centre(p1, ctx, 40, "合格证书", 28)
    body = f"{name}同志参加{issuer}组织的“{title}”（专业科目），培训时间{rstr(a, b, st, '—')}，经考核，成绩合格。"
    y = ink.para(p1, ctx, 30, y + 20, 150, body, 15)
    p1.text(30, y + 4, "学时明细见附页。", 13, ctx.body)
    issued = later(b, 1, 10, ctx.rng)
    ink.sign(p1, ctx, 178, y + 40, [issuer, dstr(issued, st)], 14, issuer)
    p2 = Page()
    y = ink.centre(p2, ctx, 30, "附页：学员培训考核登记表", 16)
    y = ink.kv(p2, ctx, 25, y + 6, [("学员姓名", name), ("所在学校", pl.school)], 11.5, 26)
    rows = [["模块", "学时", "考核"]] + [[m, str(h), ctx.pick(["合格", "良好", "优秀"])] for m, h in mods[:n]]
    rows.append(["合计", str(hours), "合格"])
    y = p2.table(25, y + 4, [70, 40, 50], rows, 11, ctx.body, 10, header_font=ctx.bold)
    p2.text(25, y + 8, f"登记人：{people(ctx, 1)[0]}", 11, ctx.body)
    f = dict(holder=name, title=title, issuer=issuer, issued_on=iso(issued), period={"start": iso(a), "end": iso(b)},
             hours_stated=hours)  # fmt: skip
    return make(ctx, "training_certificate", "tcert", v, [p1, p2], f, TC_SCORED, name, b.year, "professional")


def _tc_booklet(ctx: Ctx, v: str) -> Doc:
    cat = ctx.pick(["public", None])
    pl, subj, name, title, hours = _tc_basics(ctx, cat)
    issuer = ctx.pick([city_org(pl, "rs"), county_org(pl, "jx")])
    m = day(ctx.rng, 2018, 2024)
    st = ctx.style(["cn", "cno", "ymd"])
    pg = Page(w=297, h=200, bg=(248, 246, 240))
    pg.line(pg.w / 2, 10, pg.w / 2, pg.h - 10, 0.3, GREY)
    pg.rect(30, 28, 62, 68, 0.4, GREY)
    pg.text(46, 45, "照片", 10, ctx.body, "c", GREY)
    no = f"{m.year}{ctx.rng.randint(10000, 99999)}"
    ink.kv(
        pg,
        ctx,
        30,
        84,
        [("姓名", name), ("性别", ctx.pick(["男", "女"])), ("单位", pl.school), ("编号", no)],
        11,
        14,
    )
    x0 = pg.w / 2 + 16
    pg.text(x0 + 57, 24, "结 业 证 书", 20, ctx.bold, "c")
    y = ink.para(
        pg, ctx, x0, 48, 114, f"学员{name}参加{title}学习，共计{hours}学时，考核合格，准予结业。", 13
    )
    ink.sign(pg, ctx, pg.w - 22, y + 40, [issuer, mstr(m.year, m.month, st)], 12, issuer)
    f = dict(holder=name, title=title, issuer=issuer, issued_on=ym(m), hours_stated=hours)
    return make(
        ctx, "training_certificate", "tcert", v, [pg], f, TC_SCORED[:4] + ["hours_stated"], name, m.year, cat
    )


# ---- sign-in sheets -----------------------------------------------------------------------------
SIGN_SCORED = ["title", "issuer", "period.start", "period.end", "people"]


def _sign_basics(ctx: Ctx):
    pl = place(ctx)
    subj = ctx.pick(SUBJECTS)
    title = topic(ctx, TRAIN_TOPICS, ctx.pick(STAGES) + subj)
    issuer = ctx.pick([county_org(pl, "yx"), county_org(pl, "fz"), pl.school, city_org(pl, "jky")])
    return pl, subj, title, issuer


def _attendees(names: list[str]) -> list[dict]:
    return [person(n, i + 1, "attendee") for i, n in enumerate(names)]


def _schools(ctx: Ctx, pl, n: int) -> list[str]:
    return [place(ctx).school if ctx.chance(0.3) else pl.school for _ in range(n)]


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign")
    return {
        "ledger": _sign_ledger, "notebook": _sign_notebook, "twoblock": _sign_twoblock, "sessions": _sign_sessions,
        "longlist": _sign_longlist, "export": _sign_export, "roster": _sign_roster,
    }[v](ctx, v)  # fmt: skip


def _sign_doc(ctx, v, pages, title, issuer, a, b, names) -> Doc:
    f = dict(title=title, issuer=issuer, period={"start": iso(a), "end": iso(b)}, people=_attendees(names))
    who = ctx.pick(names)
    return make(ctx, "sign_in_sheet", "sign", v, pages, f, SIGN_SCORED, who, a.year)


def _sign_ledger(ctx: Ctx, v: str) -> Doc:
    pl, subj, title, issuer = _sign_basics(ctx)
    d = day(ctx.rng)
    st = ctx.style(["ymd", "ymd0", "dot", "dash"])
    n = ctx.rng.randint(7, 13)
    names = people(ctx, n)
    pg = Page()
    y = ink.centre(pg, ctx, 22, f"{title}签到表", 15)
    pg.text(20, y + 2, f"主办单位：{issuer}", 11, ctx.body)
    pg.text(20, y + 10, f"时间：{dstr(d, st)}　{ctx.pick(['上午', '下午'])}", 11, ctx.body)
    pg.text(
        120, y + 10, f"地点：{ctx.pick(['录播教室', '学术报告厅', '三楼会议室', '多功能厅'])}", 11, ctx.body
    )
    rows = [["序号", "姓名", "单位", "学科", "联系电话"]]
    sch = _schools(ctx, pl, n)
    for i, nm in enumerate(names):
        rows.append(
            [
                str(i + 1),
                nm,
                sch[i],
                subj,
                f"1{ctx.rng.randint(3, 9)}{ctx.rng.randint(0, 9)}****{ctx.rng.randint(1000, 9999)}",
            ]
        )
    rows += [[str(n + j + 1), "", "", "", ""] for j in range(3)]
    pg.table(
        20, y + 20, [14, 30, 66, 24, 36], rows, 10.5, ctx.body, 10, fonts={1: ctx.hand}, header_font=ctx.bold
    )
    return _sign_doc(ctx, v, [pg], title, issuer, d, d, names)


def _sign_notebook(ctx: Ctx, v: str) -> Doc:
    pl, subj, title, _ = _sign_basics(ctx)
    issuer = pl.school
    d = day(ctx.rng)
    st = ctx.style(["dotshort", "ymd", "slash"])
    pg, top, step = ink.notebook(ctx)
    ink.hand(pg, ctx, 28, 12, f"{dstr(d, st)}　{title}", 13, color=(20, 20, 25))
    ink.hand(pg, ctx, 28, 22, f"组织：{issuer}　（签到）", 11, color=(20, 20, 25))
    n = ctx.rng.randint(8, 16)
    names = people(ctx, n)
    for i, nm in enumerate(names):
        yy = top + i * step - 6.4
        ink.hand(pg, ctx, 14, yy, str(i + 1), 10, color=(40, 40, 40))
        col = ctx.pick([BLUE_INK, (20, 20, 25), (30, 30, 90)])
        ink.hand(pg, ctx, 30 + ctx.rng.uniform(-2, 6), yy, nm, 13, color=col)
        ink.hand(pg, ctx, 90, yy, f"{subj}组", 10, color=col)
    return _sign_doc(ctx, v, [pg], title, issuer, d, d, names)


def _sign_twoblock(ctx: Ctx, v: str) -> Doc:
    pl, subj, title, issuer = _sign_basics(ctx)
    d = day(ctx.rng)
    st = ctx.style(["ymd", "cn", "dot"])
    n = 2 * ctx.rng.randint(5, 8)
    names = people(ctx, n)
    pg = Page(w=297, h=210)
    pg.text(pg.w / 2, 16, f"{title} 参会人员签到", 16, ctx.bold, "c")
    pg.text(22, 30, f"主办：{issuer}　　日期：{dstr(d, st)}", 11, ctx.body)
    half = n // 2
    sch = _schools(ctx, pl, n)
    for blk in range(2):
        rows = [["序号", "姓名（签字）", "所在学校"]]
        for i in range(blk * half, blk * half + half):
            rows.append([str(i + 1), names[i], sch[i]])
        pg.table(
            22 + blk * 130,
            40,
            [14, 40, 66],
            rows,
            10.5,
            ctx.body,
            10,
            fonts={1: ctx.hand},
            header_font=ctx.bold,
        )
    return _sign_doc(ctx, v, [pg], title, issuer, d, d, names)


def _sign_sessions(ctx: Ctx, v: str) -> Doc:
    pl, subj, title, issuer = _sign_basics(ctx)
    a = day(ctx.rng)
    days = ctx.rng.randint(2, 3)
    b = later(a, days - 1, days - 1, ctx.rng)
    st = ctx.style(["ymd", "ymd0", "dot"])
    n = ctx.rng.randint(6, 11)
    names = people(ctx, n)
    pg = Page(w=297, h=210)
    pg.text(pg.w / 2, 14, title, 16, ctx.bold, "c")
    pg.text(pg.w / 2, 23, "学员考勤签到表", 13, ctx.body, "c")
    pg.text(20, 33, f"承办单位：{issuer}", 10.5, ctx.body)
    pg.text(pg.w - 20, 33, f"培训日期：{rstr(a, b, st)}", 10.5, ctx.body, "r")
    dates = [later(a, i, i, ctx.rng) for i in range(days)]
    head = ["序号", "姓名"] + [f"{dd.month}月{dd.day}日{h}" for dd in dates for h in ("上午", "下午")]
    rows = [head]
    for i, nm in enumerate(names):
        marks = [ctx.pick(["√", "√", "√", "请假"]) for _ in range(2 * days)]
        rows.append([str(i + 1), nm] + marks)
    sw = (257 - 12 - 30) / (2 * days)
    pg.table(20, 42, [12, 30] + [sw] * (2 * days), rows, 10, ctx.body, 9.5, header_font=ctx.bold)
    return _sign_doc(ctx, v, [pg], title, issuer, a, b, names)


def _sign_longlist(ctx: Ctx, v: str) -> Doc:
    pl, subj, title, issuer = _sign_basics(ctx)
    d = day(ctx.rng)
    st = ctx.style(["ymd", "dash", "spaced"])
    n = ctx.rng.randint(26, 34)
    names = people(ctx, n)
    sch = _schools(ctx, pl, n)
    pages = []
    cut = 20
    for part in range(2):
        pg = Page()
        if part == 0:
            y = ink.centre(pg, ctx, 20, f"“{title}”签到册", 15)
            pg.text(20, y + 1, f"主办单位：{issuer}", 11, ctx.body)
            pg.text(20, y + 9, f"活动时间：{dstr(d, st)}", 11, ctx.body)
            y += 18
        else:
            pg.text(20, 18, "（续表）", 11, ctx.body)
            y = 26
        rows = [["序号", "姓名", "工作单位", "签到时间"]]
        for i in range(part * cut, min(n, (part + 1) * cut)):
            rows.append(
                [str(i + 1), names[i], sch[i], f"{ctx.rng.choice([8, 13])}:{ctx.rng.randint(10, 59)}"]
            )
        y = pg.table(
            20, y, [14, 34, 88, 34], rows, 10.5, ctx.body, 9.5, fonts={1: ctx.hand}, header_font=ctx.bold
        )
        pg.text(pg.w / 2, 285, f"第 {part + 1} 页 共 2 页", 9, ctx.body, "c", GREY)
        pages.append(pg)
    return _sign_doc(ctx, v, pages, title, issuer, d, d, names)


def _sign_export(ctx: Ctx, v: str) -> Doc:
    pl, subj, title, issuer = _sign_basics(ctx)
    d = day(ctx.rng, 2020, 2024)
    n = ctx.rng.randint(8, 14)
    names = people(ctx, n)
    pg = Page(w=297, h=210)
    pg.rect(0, 0, pg.w, 14, 0, fill=(236, 240, 245))
    pg.text(10, 4, "在线会议 · 签到明细导出", 11, ctx.bold)
    y = ink.kv(pg, ctx, 12, 22, [("会议主题", title), ("主办方", issuer), ("会议日期", dstr(d, "dash")),
                                 ("签到人数", str(n))], 10, 20)  # fmt: skip
    rows = [["序号", "参会人", "所在单位", "首次入会时间", "签到时间", "参会时长（分钟）"]]
    sch = _schools(ctx, pl, n)
    for i, nm in enumerate(names):
        t = f"{dstr(d, 'dash')} 14:{ctx.rng.randint(0, 9):02d}:{ctx.rng.randint(0, 59):02d}"
        rows.append([str(i + 1), nm, sch[i], t, t, str(ctx.rng.randint(80, 120))])
    pg.table(12, y, [14, 30, 80, 52, 52, 45], rows, 9.5, ctx.body, 8, header_font=ctx.bold, lw=0.2)
    return _sign_doc(ctx, v, [pg], title, issuer, d, d, names)


def _sign_roster(ctx: Ctx, v: str) -> Doc:
    pl, subj, title, issuer = _sign_basics(ctx)
    d = day(ctx.rng)
    st = ctx.style(["cn", "cno", "ymd"])
    n = ctx.rng.randint(6, 10)
    names = people(ctx, n)
    pg = Page()
    y = ink.centre(pg, ctx, 24, pl.school, 13, bold=False)
    y = ink.centre(pg, ctx, y, f"{title}　签到表", 15)
    pg.text(22, y + 3, f"组织单位：{issuer}", 11, ctx.body)
    pg.text(188, y + 3, dstr(d, st), 11, ctx.body, "r")
    rows = [["教研组", "姓名", "本人签名", "备注"]]
    for nm in names:
        rows.append([f"{subj}组", nm, nm, ""])
    pg.table(22, y + 12, [34, 40, 60, 32], rows, 11, ctx.body, 12, fonts={2: ctx.hand}, header_font=ctx.bold)
    ink.seal(pg, ctx, 160, y + 30 + 12 * n, issuer)
    return _sign_doc(ctx, v, [pg], title, issuer, d, d, names)


# ---- training notices ---------------------------------------------------------------------------
def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    return {
        "redhead": _n_redhead, "invite": _n_invite, "agenda": _n_agenda, "chat": _n_chat, "tour": _n_tour,
        "board": _n_board, "receipt": _n_receipt,
    }[v](ctx, v)  # fmt: skip


def _n_basics(ctx: Ctx):
    pl = place(ctx)
    subj = ctx.pick(SUBJECTS)
    title = topic(ctx, TRAIN_TOPICS, ctx.pick(STAGES) + subj)
    a = day(ctx.rng, 2018, 2024)
    issued = later(a, -25, -6, ctx.rng)
    b = later(a, 0, 4, ctx.rng)
    return pl, subj, title, a, b, issued


def _n_doc(ctx, v, pages, f, scored, who, year) -> Doc:
    return make(ctx, "training_notice", "notice", v, pages, f, scored, who, year)


def _n_redhead(ctx: Ctx, v: str) -> Doc:
    pl, subj, title, a, b, issued = _n_basics(ctx)
    issuer = county_org(pl, "jyj")
    hours = ctx.pick([12, 16, 24, 30])
    st = ctx.style(["ymd", "ymd0"])
    pg = Page()
    pg.text(pg.w / 2, 26, f"{issuer}文件", 24, ctx.bold, "c", RED)
    short = pl.county[:2]
    pg.text(pg.w / 2, 44, f"{short}教发〔{issued.year}〕{ctx.rng.randint(3, 88)}号", 12, ctx.body, "c")
    ink.red_rule(pg, 52)
    y = pg.wrap(30, 62, 150, f"关于举办{title}的通知", 17, ctx.bold, 1.5)
    y = ink.para(pg, ctx, 25, y + 6, 160, "各中小学、幼儿园：", 12.5, indent=False)
    body = [
        f"为进一步提升教师专业素养，经研究，决定举办{title}。现将有关事项通知如下：",
        f"一、培训时间：{rstr(a, b, st)}，{ctx.pick(['8:30', '9:00'])}报到。",
        f"二、培训地点：{county_org(pl, 'jx')}{ctx.pick(['报告厅', '二楼培训室'])}。",
        f"三、参训对象：各校{subj}学科教师，每校{ctx.rng.randint(1, 3)}名。",
        f"四、培训结束经考核合格者，登记继续教育{hours}学时。",
        "五、参训教师请自带笔记本电脑，往返差旅费回原单位报销。",
    ]
    for s in body:
        y = ink.para(pg, ctx, 25, y + 1, 160, s, 12.5)
    ink.sign(pg, ctx, 182, y + 18, [issuer, dstr(issued, ctx.pick(["cn", "cno", st]))], 12.5, issuer)
    name = people(ctx, 1)[0]
    ink.hand(pg, ctx, 140, 8, f"已参加　{name}", 14, color=BLUE_INK)
    f = dict(holder=name, title=title, issuer=issuer, issued_on=iso(issued), period={"start": iso(a), "end": iso(b)},
             hours_stated=hours)  # fmt: skip
    sc = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    return _n_doc(ctx, v, [pg], f, sc, name, a.year)


def _n_invite(ctx: Ctx, v: str) -> Doc:
    pl, subj, title, a, b, issued = _n_basics(ctx)
    issuer = ctx.pick([city_org(pl, "jky"), prov_org(pl, "xh"), city_org(pl, "xh")])
    st = ctx.style(["ymd", "cn", "dot"])
    name = people(ctx, 1)[0]
    pg = Page(bg=(255, 252, 247))
    pg.rect(0, 0, pg.w, 30, 0, fill=(176, 32, 38))
    pg.text(pg.w / 2, 8, "邀　请　函", 24, ctx.bold, "c", (250, 220, 150))
    pg.text(25, 46, f"尊敬的{name}老师：", 14, ctx.body)
    body = (f"兹定于{rstr(a, b, st)}在{pl.city}市举办“{title}”，特邀请您作为{subj}学科骨干教师参加"
            f"研讨并执教示范课。敬请拨冗出席！")  # fmt: skip
    y = ink.para(pg, ctx, 25, 60, 160, body, 14)
    y = ink.para(
        pg,
        ctx,
        25,
        y + 4,
        160,
        f"联系人：{people(ctx, 1)[0]}　电话：0737-{ctx.rng.randint(4000000, 4999999)}",
        12,
        indent=False,
    )
    ink.sign(pg, ctx, 182, y + 24, [issuer, dstr(issued, st)], 13, issuer)
    f = dict(
        holder=name,
        title=title,
        issuer=issuer,
        issued_on=iso(issued),
        period={"start": iso(a), "end": iso(b)},
    )
    sc = ["title", "issuer", "issued_on", "period.start", "period.end"]
    return _n_doc(ctx, v, [pg], f, sc, name, a.year)


def _n_agenda(ctx: Ctx, v: str) -> Doc:
    pl, subj, title, a, b, issued = _n_basics(ctx)
    b = later(a, 1, 2, ctx.rng)
    issuer = ctx.pick([county_org(pl, "fz"), city_org(pl, "jky")])
    pg = Page(w=297, h=210)
    pg.text(pg.w / 2, 14, f"{title}日程安排", 17, ctx.bold, "c")
    pg.text(pg.w / 2, 24, f"主办单位：{issuer}", 11, ctx.body, "c")
    rows = [["日期", "时间", "内容", "主讲/主持", "地点"]]
    d = a
    lecturers = people(ctx, 5)
    items = ["开班仪式及专题讲座", "课例展示与评议", "分组研讨", "工作坊：教学设计打磨", "成果汇报与结业考核"]
    i = 0
    while d <= b:
        for t in ("8:30-11:30", "14:30-17:00"):
            rows.append(
                [f"{d.month}月{d.day}日", t, items[i % 5], lecturers[i % 5], ctx.pick(["报告厅", "录播室"])]
            )
            i += 1
        d = later(d, 1, 1, ctx.rng)
    pg.table(22, 34, [38, 38, 90, 44, 43], rows, 10.5, ctx.body, 11, header_font=ctx.bold)
    name = people(ctx, 1)[0]
    ink.hand(pg, ctx, 200, 45 + 11 * i + 8, f"{name}　全程参加", 15, color=BLUE_INK)
    f = dict(holder=name, title=title, issuer=issuer, period={"start": iso(a), "end": iso(b)})
    return _n_doc(ctx, v, [pg], f, ["title", "issuer", "period.start", "period.end"], name, a.year)


def _n_chat(ctx: Ctx, v: str) -> Doc:
    pl, subj, title, a, b, issued = _n_basics(ctx)
    issuer = county_org(pl, "yx")
    hours = ctx.pick([6, 8, 12])
    name = people(ctx, 1)[0]
    pg, y = ink.phone(ctx, f"{pl.county}{subj}教研群(86)")
    pg.text(
        pg.w / 2,
        y + 1,
        f"{issued.month}月{issued.day}日 上午9:{ctx.rng.randint(10, 59)}",
        6.5,
        ctx.body,
        "c",
        GREY,
    )
    pg.rect(4, y + 7, 11, y + 14, 0, fill=(90, 140, 200))
    pg.text(13, y + 6.5, f"{issuer}-{people(ctx, 1)[0]}", 6.5, ctx.body, color=GREY)
    lines = [
        "【通知】",
        f"经研究，{issuer}定于{rstr(a, b, 'ymd')}举办{title}，",
        f"地点：{pl.school}录播室。培训合格登记{hours}学时。",
        f"@{name} 请您准时参加并做好课例准备。",
    ]
    yy = y + 11
    bot = yy
    scratch = Page()
    for s in lines:
        bot = scratch.wrap(15, bot + 0.5, 50, s, 7.5, ctx.body, 1.45)
    pg.rect(13, yy - 1, 68, bot + 2, 0, fill=(255, 255, 255))
    bot = yy
    for s in lines:
        bot = pg.wrap(15, bot + 0.5, 50, s, 7.5, ctx.body, 1.45)
    pg.rect(pg.w - 11, bot + 8, pg.w - 4, bot + 15, 0, fill=(220, 150, 70))
    pg.rect(40, bot + 8, pg.w - 13, bot + 16, 0, fill=(150, 230, 120))
    pg.text(42, bot + 9.5, "收到，准时参加", 7.5, ctx.body)
    f = dict(
        holder=name, title=title, issuer=issuer, period={"start": iso(a), "end": iso(b)}, hours_stated=hours
    )
    return _n_doc(
        ctx, v, [pg], f, ["title", "issuer", "period.start", "period.end", "hours_stated"], name, a.year
    )


def _n_tour(ctx: Ctx, v: str) -> Doc:
    pl, subj, _, a, b, issued = _n_basics(ctx)
    b = later(a, 4, 9, ctx.rng)
    dest = ctx.pick(["长沙", "杭州", "上海", "南京", "郑州", "成都"])
    title = f"赴{dest}名校{subj}跟岗研修学习"
    issuer = ctx.pick([county_org(pl, "jyj"), city_org(pl, "jyj")])
    st = ctx.style(["ymd", "ymd0", "cn"])
    n = ctx.rng.randint(5, 9)
    names = people(ctx, n)
    pg = Page()
    y = pg.wrap(25, 24, 160, f"关于组织骨干教师{title}的通知", 16, ctx.bold, 1.5)
    y = ink.para(pg, ctx, 22, y + 6, 166, "各相关学校：", 12, indent=False)
    body = (f"为拓宽教师视野，经研究，决定于{rstr(a, b, st)}组织我{pl.county[-1]}骨干教师{title}。"
            "请以下教师安排好工作，按时到县教育局门前集中出发。")  # fmt: skip
    y = ink.para(pg, ctx, 22, y + 1, 166, body, 12)
    y = ink.centre(pg, ctx, y + 4, "参加人员名单", 12.5)
    rows = [["序号", "姓名", "单位", "学科"]]
    for i, nm in enumerate(names):
        rows.append([str(i + 1), nm, place(ctx).school if i else pl.school, subj])
    y = pg.table(22, y + 1, [16, 34, 86, 30], rows, 10.5, ctx.body, 8.5, header_font=ctx.bold)
    ink.sign(pg, ctx, 182, y + 14, [issuer, dstr(issued, st)], 12.5, issuer)
    f = dict(title=title, issuer=issuer, issued_on=iso(issued), period={"start": iso(a), "end": iso(b)},
             people=_attendees(names))  # fmt: skip
    sc = ["title", "issuer", "issued_on", "period.start", "period.end"]
    return _n_doc(ctx, v, [pg], f, sc, ctx.pick(names), a.year)


def _n_board(ctx: Ctx, v: str) -> Doc:
    pl, subj, title, a, b, issued = _n_basics(ctx)
    issuer = f"{pl.school}教务处"
    n = ctx.rng.randint(4, 7)
    names = people(ctx, n)
    pg = ink.board(ctx)
    ink.hand(pg, ctx, pg.w / 2, 18, "通　知", 30, "c", RED)
    wk = "一二三四五六日"[a.weekday()]
    ink.hand(
        pg, ctx, 24, 42, f"定于{a.month}月{a.day}日（星期{wk}）下午3:00在录播室开展", 19, color=(20, 30, 90)
    )
    ink.hand(pg, ctx, 24, 58, f"{title}。", 19, color=(20, 30, 90))
    ink.hand(pg, ctx, 24, 78, f"参加人员：{'、'.join(names)}", 17, color=(20, 20, 20))
    ink.hand(pg, ctx, 24, 96, "请带好听课本，不得无故缺席！", 17, color=(20, 20, 20))
    ink.hand(pg, ctx, pg.w - 30, 130, issuer, 17, "r", (20, 30, 90))
    ink.hand(pg, ctx, pg.w - 30, 146, f"{issued.year}.{issued.month}.{issued.day}", 17, "r", (20, 30, 90))
    f = dict(title=title, issuer=issuer, issued_on=iso(issued), period={"start": iso(a), "end": iso(a)},
             people=_attendees(names))  # fmt: skip
    return _n_doc(ctx, v, [pg], f, ["title", "issuer", "issued_on"], ctx.pick(names), a.year)


def _n_receipt(ctx: Ctx, v: str) -> Doc:
    pl, subj, title, a, b, issued = _n_basics(ctx)
    issuer = ctx.pick([city_org(pl, "jky"), prov_org(pl, "fz")])
    hours = ctx.pick([16, 24, 32])
    st = ctx.style(["ymd", "dot", "cno"])
    p1 = Page()
    y = pg_y = 30
    y = p1.wrap(25, pg_y, 160, f"关于举办{title}的通知", 16, ctx.bold, 1.5)
    y = ink.para(
        p1,
        ctx,
        22,
        y + 6,
        166,
        f"各{'县（市）区' if pl.prov == '湖南' else '县区'}教育局、市直各学校：",
        12,
        indent=False,
    )
    paras = [
        f"根据年度教师培训计划，定于{rstr(a, b, st)}举办{title}，现将有关事宜通知如下。",
        f"（一）培训对象：全市{subj}学科教师代表。",
        f"（二）培训方式：集中面授与线上研修相结合，计{hours}学时。",
        "（三）请于开班前五日将参训回执（附件）报送至联系人邮箱。",
    ]
    for s in paras:
        y = ink.para(p1, ctx, 22, y + 1, 166, s, 12)
    y = ink.para(p1, ctx, 22, y + 4, 166, "附件：参训回执", 12)
    ink.sign(p1, ctx, 182, y + 18, [issuer, dstr(issued, st)], 12.5, issuer)
    p2 = Page()
    p2.text(22, 20, "附件", 12, ctx.bold)
    p2.text(p2.w / 2, 32, "参 训 回 执", 16, ctx.bold, "c")
    name = people(ctx, 1)[0]
    rows = [["单位", "姓名", "性别", "职称", "联系电话"],
            [pl.school, name, ctx.pick(["男", "女"]), ctx.pick(["一级教师", "二级教师", "高级教师"]),
             f"13{ctx.rng.randint(100000000, 999999999)}"]]  # fmt: skip
    p2.table(
        22,
        44,
        [62, 26, 16, 28, 34],
        rows,
        10.5,
        ctx.body,
        14,
        fonts={1: ctx.hand, 2: ctx.hand, 3: ctx.hand, 4: ctx.hand},
        header_font=ctx.bold,
    )
    f = dict(holder=name, title=title, issuer=issuer, issued_on=iso(issued), period={"start": iso(a), "end": iso(b)},
             hours_stated=hours)  # fmt: skip
    sc = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    return _n_doc(ctx, v, [p1, p2], f, sc, name, a.year)
