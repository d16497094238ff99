"""Draw 15: training certificates, sign-in sheets, training notices, qualification certificates, other papers."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind15 import pools as P
from bench.blind15.pools import BLUE, GREY, RED, Ctx, center, dfmt, hand, iso, kv, mfmt, mm, span
from bench.generator.truth import SCORED, person

TC = "training_certificate"


def _topic(ctx: Ctx, cat: str | None = None) -> tuple[str, str]:
    cat = cat or ctx.pick(["public", "professional", "professional"])
    return ctx.pick(P.PUBLIC_TOPICS if cat == "public" else P.PRO_TOPICS), cat


def _period(
    ctx: Ctx, y0: int = 2016, y1: int = 2024, days: tuple[int, int] = (1, 5)
) -> tuple[dt.date, dt.date]:
    a = P.day(ctx.rng, y0, y1)
    return a, a + dt.timedelta(days=ctx.rng.randint(*days))


def _cert_no(ctx: Ctx, prefix: str, year: int) -> str:
    return f"{prefix}{year}{ctx.rng.randint(1, 9999):04d}{ctx.rng.randint(10, 99)}"


# ---- training certificates ---------------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant(TC)
    return {
        "jieye": _tc_jieye, "online": _tc_online, "landscape": _tc_landscape, "handform": _tc_handform,
        "course": _tc_course, "booklet": _tc_booklet,
    }[v](ctx, v)  # fmt: skip


def _tc_doc(ctx: Ctx, v: str, pages: list[Page], f: dict, scored: list[str], who: str, year: int,
            cat: str | None) -> Doc:  # fmt: skip
    return Doc(TC, ctx.layout(TC, v), pages, f, scored, {"person": who, "year": year}, cat)


def _tc_jieye(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    who = ctx.person(set())
    topic, _ = _topic(ctx)
    a, b = _period(ctx)
    title = f"{a.year}年{c}市{topic}培训班"
    issuer = P.department(ctx, c, P.dept_for(topic))
    issued = b + dt.timedelta(days=ctx.rng.randint(0, 6))
    hours = ctx.pick([12, 16, 24, 30, 32, 40])
    st = ctx.dstyle(["cjk", "cjk0", "hanzi", "dot"])
    pg = Page()
    P.border(pg, ctx.rng.randint(1, 3))
    pg.text(pg.w - 24, 22, f"编号：{_cert_no(ctx, c[:1] + 'PX', a.year)}", 10, ctx.body, "r")
    y = center(pg, 48, "结  业  证  书", 34, ctx.bold, RED)
    y += 16
    body = (
        f"{who}同志于{span(a, b, st if st != 'dot' else 'cjk')}参加了由{issuer}举办的“{title}”，"
        f"完成全部课程学习，经考核合格，累计{hours}学时，准予结业。"
    )
    pg.text(30, y, f"{who}：", 16, ctx.body)
    y = pg.wrap(30, y + 12, 150, body, 16, ctx.body, lead=2.0, indent=11)
    pg.text(30 + 11, y + 4, "特发此证。", 16, ctx.body)
    P.issuer_block(pg, ctx, [issuer, dfmt(issued, st)], 225, seal=issuer, size=14)
    f = {"holder": who, "title": title, "issuer": issuer, "issued_on": iso(issued),
         "period": {"start": iso(a), "end": iso(b)}, "hours_stated": hours}  # fmt: skip
    return _tc_doc(ctx, v, [pg], f, list(SCORED[TC]), who, b.year, None)


PLATFORMS = {
    "山东": ["山东省专业技术人员继续教育公共服务平台", "齐鲁专技云课堂"],
    "河南": ["河南省专业技术人员继续教育网络学院", "中原专技在线"],
    "湖南": ["湖南省专业技术人员继续教育学习平台", "潇湘专技学堂"],
}


def _tc_online(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    prov = P.province(c)
    who = ctx.person(set())
    year = ctx.rng.randint(2018, 2024)
    m0, m1 = ctx.rng.randint(2, 5), ctx.rng.randint(8, 11)
    printed = dt.date(year, ctx.rng.randint(m1, 12), ctx.rng.randint(1, 28))
    title = f"{year}年度{c}市专业技术人员公需科目网络培训"
    issuer = f"{c}市专业技术人员继续教育服务中心"
    courses = ctx.rng.sample(P.PUBLIC_TOPICS, 4)
    hrs = [ctx.pick([4, 6, 8]) for _ in courses]
    hours = sum(hrs)
    st = ctx.dstyle(["cjk0", "iso", "dot"])
    pg = Page()
    pg.rect(0, 0, pg.w, 26, 0, fill=(28, 92, 170))
    pg.text(14, 8, ctx.pick(PLATFORMS[prov]), 15, ctx.bold, color=(255, 255, 255))
    y = center(pg, 38, "继续教育学时证明", 24, ctx.bold)
    idn = P.id_number(ctx.rng, P.CITIES[c][2], P.day(ctx.rng, 1965, 1995))
    rows = [["学员姓名", who, "身份证号", P.masked_id(idn)],
            ["工作单位", P.workplace(ctx, c), "", ""],
            ["培训项目", title, "", ""],
            ["课程类别", "公需科目", "获得学时", f"{hours}学时"],
            ["学习时间", f"{mfmt(year, m0, st)}—{mfmt(year, m1, st)}", "考核结果", "合格"]]  # fmt: skip
    x0, widths = 18.0, [30.0, 62.0, 30.0, 52.0]
    yy = y + 4
    for r in rows:
        if r[2] == "":
            pg.table(x0, yy, [30.0, 144.0], [[r[0], r[1]]], 11, ctx.body, row_h=11)
        else:
            pg.table(x0, yy, widths, [r], 11, ctx.body, row_h=11)
        yy += 11
    yy += 8
    pg.text(x0, yy, "已完成课程：", 12, ctx.bold)
    t = [["序号", "课程名称", "学时"]] + [
        [str(i + 1), cn, str(h)] for i, (cn, h) in enumerate(zip(courses, hrs, strict=True))
    ]
    yy = pg.table(x0, yy + 8, [18.0, 126.0, 30.0], t, 10.5, ctx.body, row_h=9) + 10
    pg.text(x0, yy, "本证明可在平台“证书查验”栏目扫码核验。", 10, ctx.body, color=GREY)
    P.qr(pg, ctx, x0, yy + 10, 26)
    P.issuer_block(pg, ctx, [issuer, f"打印日期：{dfmt(printed, st)}"], yy + 14, seal=issuer, size=12)
    f = {"holder": who, "title": title, "issuer": issuer, "issued_on": iso(printed),
         "period": {"start": P.ym(year, m0), "end": P.ym(year, m1)}, "hours_stated": hours}  # fmt: skip
    return _tc_doc(ctx, v, [pg], f, list(SCORED[TC]), who, year, "public")


def _tc_landscape(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    who = ctx.person(set())
    topic, cat = _topic(ctx, "professional")
    stated = ctx.rng.random() < 0.6
    title = f"{topic}专业科目培训" if stated else f"{topic}高级研修班"
    a, b = _period(ctx, days=(2, 6))
    col = ctx.pick(P.COLLEGES[c])
    issuer = f"{col}继续教育学院"
    issued = b
    hours = ctx.pick([24, 36, 40, 48])
    st = ctx.dstyle(["hanzi", "hanzi_o", "cjk"])
    pg = Page(w=297, h=210)
    P.border(pg, 1, (30, 80, 140))
    y = center(pg, 24, "培 训 合 格 证 书", 28, ctx.bold, (30, 60, 120))
    center(pg, y, "CERTIFICATE OF TRAINING", 13, ctx.body, (30, 60, 120))
    P.photo_box(pg, 36, 62, ctx.body, 28, 37)
    kv(pg, 30, 112, [("姓名 Name", who), ("单位 Employer", P.workplace(ctx, c)[:14]),
                     ("证书编号 No.", _cert_no(ctx, "JX", a.year))], 10.5, ctx.body)  # fmt: skip
    pg.line(112, 58, 112, 165, 0.3, GREY)
    body = (f"兹证明{who}于{span(a, b, st, '至')}参加{issuer}组织的“{title}”，"
            f"学习期满，考核合格，共计{hours}学时。")  # fmt: skip
    yy = pg.wrap(122, 64, 148, body, 15, ctx.body, lead=2.0, indent=10)
    yy = P.en_wrap(pg, 122, yy + 4, 148,
                 f"This is to certify that the holder has completed the above programme of {hours} credit hours.",
                 10, ctx.body)  # fmt: skip
    P.issuer_block(pg, ctx, [issuer, dfmt(issued, st)], 160, xr=270, seal=col, size=13)
    f = {"holder": who, "title": title, "issuer": issuer, "issued_on": iso(issued),
         "period": {"start": iso(a), "end": iso(b)}, "hours_stated": hours}  # fmt: skip
    return _tc_doc(ctx, v, [pg], f, list(SCORED[TC]), who, b.year, "professional" if stated else None)


def _tc_handform(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    who = ctx.person(set())
    topic, _ = _topic(ctx)
    a, b = _period(ctx, 2016, 2021)
    title = f"{topic}培训"
    issuer = ctx.pick(
        [
            P.department(ctx, c, P.dept_for(topic)),
            f"{c}市{ctx.pick(['医学会', '农学会', '教育学会', '土木建筑学会'])}",
        ]
    )
    hours = ctx.pick([8, 12, 16, 20])
    signed = b + dt.timedelta(days=ctx.rng.randint(1, 20))
    pg = Page()
    y = center(pg, 26, "专业技术人员继续教育学时证明", 20, ctx.bold)
    pg.text(pg.w - 22, y + 2, "（存档联）", 10, ctx.body, "r")
    x0, lw, vw = 22.0, 34.0, 132.0
    rows = [("姓    名", who), ("工作单位", P.workplace(ctx, c)), ("培训项目", title),
            ("培训时间", f"{a:%Y.%m.%d}—{b:%Y.%m.%d}"), ("主办单位", issuer), ("认定学时", f"{hours}学时")]  # fmt: skip
    yy = y + 12
    for lab, val in rows:
        pg.rect(x0, yy, x0 + lw, yy + 16, 0.4)
        pg.rect(x0 + lw, yy, x0 + lw + vw, yy + 16, 0.4)
        pg.text(x0 + lw / 2, yy + 5, lab, 12, ctx.body, "c")
        s = P.fit(val, ctx.hand, 15, vw - 6)
        hand(pg, ctx, x0 + lw + 4, yy + 4.2, val, s)
        yy += 16
    pg.rect(x0, yy, x0 + lw, yy + 16, 0.4)
    pg.rect(x0 + lw, yy, x0 + lw + vw, yy + 16, 0.4)
    pg.text(x0 + lw / 2, yy + 5, "培训形式", 12, ctx.body, "c")
    pg.text(x0 + lw + 4, yy + 5, "面授    网络    其他", 12, ctx.body)
    hand(pg, ctx, x0 + lw + 14, yy + 3.6, "√", 16)
    yy += 16
    pg.rect(x0, yy, x0 + lw, yy + 46, 0.4)
    pg.rect(x0 + lw, yy, x0 + lw + vw, yy + 46, 0.4)
    pg.text(x0 + lw / 2, yy + 18, "主办单位", 12, ctx.body, "c")
    pg.text(x0 + lw / 2, yy + 24, "意    见", 12, ctx.body, "c")
    hand(pg, ctx, x0 + lw + 8, yy + 7, "情况属实，同意认定。", 15)
    pg.text(x0 + lw + 70, yy + 26, "（盖章）", 11, ctx.body)
    hand(pg, ctx, x0 + lw + 70, yy + 35, f"{signed.year}年{signed.month}月{signed.day}日", 14)
    pg.seal(x0 + lw + 92, yy + 26, 19, issuer, ctx.seed())
    yy += 56
    pg.wrap(
        x0,
        yy,
        166,
        "说明：本证明一式两份，一份存入本人继续教育档案，一份由单位人事部门留存；涂改无效。",
        10,
        ctx.body,
    )
    f = {"holder": who, "title": title, "issuer": issuer, "issued_on": iso(signed),
         "period": {"start": iso(a), "end": iso(b)}, "hours_stated": hours}  # fmt: skip
    return _tc_doc(ctx, v, [pg], f, list(SCORED[TC]), who, b.year, None)


def _tc_course(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    who = ctx.person(set())
    topic, _ = _topic(ctx, "professional")
    y, m = ctx.rng.randint(2017, 2024), ctx.rng.randint(1, 12)
    col = ctx.pick(P.COLLEGES[c])
    issuer = f"{col}继续教育学院"
    hours = ctx.pick([10, 15, 20, 24])
    st = ctx.dstyle(["cjk", "hanzi", "dot"])
    pg = Page(w=250, h=180)
    pg.rect(0, 0, pg.w, pg.h, 0, fill=(250, 247, 238))
    pg.rect(0, 0, 16, pg.h, 0, fill=(120, 30, 40))
    pg.text(30, 20, col, 13, ctx.bold, color=(120, 30, 40))
    pg.text(30, 40, "课程学习证明", 26, ctx.bold)
    pg.text(30, 54, "CERTIFICATE OF COMPLETION", 10, ctx.body, color=GREY)
    pg.text(30, 72, who, 22, ctx.hand)
    pg.line(30, 83, 120, 83, 0.3)
    yy = pg.wrap(30, 90, 190, f"于{mfmt(y, m, st)}完成专业科目课程《{topic}》的全部学习内容，经在线考核成绩合格，"
                 f"计{hours}学时。", 13, ctx.body, lead=1.9)  # fmt: skip
    pg.text(
        30, yy + 6, f"证书编号：{col[:2]}{y}{m:02d}{ctx.rng.randint(10000, 99999)}", 10, ctx.body, color=GREY
    )
    P.qr(pg, ctx, 30, yy + 16, 24)
    P.issuer_block(pg, ctx, [issuer, mfmt(y, m, st)], 140, xr=230, seal=col, size=12)
    f = {"holder": who, "title": topic, "issuer": issuer, "issued_on": P.ym(y, m), "hours_stated": hours}
    sc = ["holder", "title", "issuer", "issued_on", "hours_stated"]
    return _tc_doc(ctx, v, [pg], f, sc, who, y, "professional")


def _tc_booklet(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    prov = P.province(c)
    who = ctx.person(set())
    cat = ctx.pick(["public", "professional"])
    topic, _ = _topic(ctx, cat)
    a, b = _period(ctx, 2016, 2020, (1, 3))
    issuer = P.department(ctx, c, "hr" if cat == "public" else P.dept_for(topic))
    hours = ctx.pick([12, 18, 24, 30])
    cover = Page(w=148, h=210, bg=(142, 28, 34))
    cover.text(74, 52, f"{prov}省", 18, ctx.bold, "c", (236, 200, 120))
    cover.text(74, 68, "专业技术人员", 20, ctx.bold, "c", (236, 200, 120))
    cover.text(74, 86, "继续教育证书", 24, ctx.bold, "c", (236, 200, 120))
    cover.rect(44, 110, 104, 112, 0, fill=(236, 200, 120))
    cover.text(74, 178, f"{prov}省人力资源和社会保障厅监制", 11, ctx.body, "c", (236, 200, 120))
    inner = Page(w=210, h=148)
    inner.text(105, 12, "继续教育登记", 15, ctx.bold, "c")
    wp = P.workplace(ctx, c)
    kv(inner, 14, 24, [("姓名", ""), ("工作单位", ""), ("证书号", "")], 10.5, ctx.body)
    hand(inner, ctx, 28, 22.5, who, 13)
    hand(inner, ctx, 34, 30, wp, P.fit(wp, ctx.hand, 12, 120))
    inner.text(30, 37.4, f"{P.CITIES[c][2]}{a.year}{ctx.rng.randint(100000, 999999)}", 10.5, ctx.body)
    catname = "公需科目" if cat == "public" else "专业科目"
    rows = [["年度", "培训项目", "科目", "起止时间", "学时", "培训单位（章）"],
            [str(a.year), topic, catname, f"{a:%Y.%m.%d}-{b:%m.%d}", str(hours), issuer],
            ["", "", "", "", "", ""], ["", "", "", "", "", ""]]  # fmt: skip
    inner.table(8, 50, [13.0, 58.0, 19.0, 37.0, 12.0, 55.0], rows, 8, ctx.body, row_h=17)
    inner.seal(182, 80, 14, issuer, ctx.seed())
    inner.text(105, 138, "— 3 —", 9, ctx.body, "c", GREY)
    f = {"holder": who, "title": topic, "issuer": issuer,
         "period": {"start": iso(a), "end": iso(b)}, "hours_stated": hours}  # fmt: skip
    sc = ["holder", "title", "issuer", "period.start", "period.end", "hours_stated"]
    return _tc_doc(ctx, v, [cover, inner], f, sc, who, a.year, cat)


# ---- sign-in sheets ------------------------------------------------------------------------------------
SS = "sign_in_sheet"


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant(SS)
    return {"grid": _ss_grid, "twohalf": _ss_twohalf, "lecture": _ss_lecture, "days": _ss_days,
            "pages": _ss_pages, "ward": _ss_ward}[v](ctx, v)  # fmt: skip


def _ss_doc(ctx: Ctx, v: str, pages: list[Page], title: str, issuer: str, a: dt.date, b: dt.date,
            names: list[str], ranks: list[int] | None = None) -> Doc:  # fmt: skip
    ranks = ranks or list(range(1, len(names) + 1))
    ppl = [person(n, r, "attendee") for n, r in zip(names, ranks, strict=True)]
    claim = ctx.pick(names)
    f = {"title": title, "issuer": issuer, "period": {"start": iso(a), "end": iso(b)}, "people": ppl}
    return Doc(SS, ctx.layout(SS, v), pages, f, list(SCORED[SS]), {"person": claim, "year": a.year})


def _ss_grid(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    topic, _ = _topic(ctx)
    d = P.day(ctx.rng)
    title = f"{c}市{topic}培训会"
    issuer = P.department(ctx, c, P.dept_for(topic))
    n = ctx.rng.randint(9, 15)
    names = ctx.people(n)
    pg = Page()
    y = center(pg, 18, f"{title}签到表", P.fit(f"{title}签到表", ctx.bold, 18, 180), ctx.bold)
    st = ctx.dstyle(["cjk", "cjk0", "dot"])
    pg.text(16, y + 2, f"主办单位：{issuer}", 11, ctx.body)
    pg.text(16, y + 9, f"时间：{dfmt(d, st)}    地点：{c}市{ctx.pick(P.ROOMS)}", 11, ctx.body)
    rows = [["序号", "姓名", "工作单位", "职称", "联系电话", "本人签名"]]
    for i, nm in enumerate(names):
        rows.append(
            [
                str(i + 1),
                nm,
                P.workplace(ctx, c),
                ctx.pick(P.TITLES_PRO),
                f"13{ctx.rng.randint(100000000, 999999999)}",
                "",
            ]
        )
    rows += [[str(n + i + 1), "", "", "", "", ""] for i in range(3)]
    top = y + 17
    widths = [12.0, 22.0, 62.0, 24.0, 30.0, 28.0]
    pg.table(12, top, widths, rows, 9, ctx.body, row_h=11, header_font=ctx.bold)
    sx = 12 + sum(widths[:5]) + 3
    for i, nm in enumerate(names):
        hand(pg, ctx, sx, top + 11 * (i + 1) + 2.5, nm, 13, color=(30, 30, 30))
    return _ss_doc(ctx, v, [pg], title, issuer, d, d, names)


def _ss_twohalf(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    topic, _ = _topic(ctx, "public")
    d = P.day(ctx.rng)
    title = f"{d.year}年{topic}专题讲座"
    issuer = f"{c}市{ctx.pick(['专业技术人员继续教育基地', '人才发展促进中心', '科学技术协会'])}"
    per = ctx.rng.randint(8, 12)
    n = per + ctx.rng.randint(4, per)
    names = ctx.people(n)
    pg = Page()
    y = center(pg, 18, title, P.fit(title, ctx.bold, 17, 180), ctx.bold)
    y = center(pg, y, "签  到  册", 15, ctx.bold)
    st = ctx.dstyle(["hanzi", "cjk", "iso"])
    pg.text(16, y + 2, f"组织单位：{issuer}", 11, ctx.body)
    pg.text(pg.w - 16, y + 2, f"日期：{dfmt(d, st)}", 11, ctx.body, "r")
    top = y + 11
    w = [11.0, 24.0, 51.0]
    for half in range(2):
        x = 12 + half * 95
        rows = [["编号", "签名", "单位"]]
        for i in range(per):
            j = half * per + i
            rows.append([str(j + 1), "", P.workplace(ctx, c) if j < n else ""])
        pg.table(x, top, w, rows, 8.5, ctx.body, row_h=12, header_font=ctx.bold)
        for i in range(per):
            j = half * per + i
            if j < n:
                hand(pg, ctx, x + 12.5, top + 12 * (i + 1) + 3, names[j], 13, color=(20, 20, 20))
    return _ss_doc(ctx, v, [pg], title, issuer, d, d, names)


def _ss_lecture(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    topic, _ = _topic(ctx, "professional")
    d = P.day(ctx.rng)
    used: set[str] = set()
    speaker = ctx.person(used)
    title = f"“{topic}”学术讲座"
    tt = title.strip("“”").replace("”学术讲座", "")
    title_truth = f"{tt}学术讲座"
    col = ctx.pick(P.COLLEGES[c])
    issuer = f"{col}{ctx.pick(['科研处', '继续教育学院', '农学院', '医学院'])}"
    n = ctx.rng.randint(10, 16)
    names = ctx.people(n, used)
    pg = Page()
    pg.text(pg.w / 2, 18, "学术活动签到表", 18, ctx.bold, "c")
    st = ctx.dstyle(["dot", "cjk", "slash"])
    kv(pg, 18, 32, [("讲座题目", f"{topic}学术讲座"), ("主 讲 人", f"{speaker}{ctx.pick(P.SPEAKER_TITLES)}"),
                    ("时    间", f"{dfmt(d, st)} {ctx.pick(['9:00', '14:30', '15:00'])}"),
                    ("地    点", f"{col}{ctx.pick(P.ROOMS)}"), ("主办单位", issuer)], 11, ctx.body)  # fmt: skip
    top = 88
    for i in range(n + 3):
        yy = top + i * 11.5
        pg.line(18, yy + 10, 192, yy + 10, 0.25, GREY)
        pg.text(18, yy + 3, f"{i + 1}.", 10, ctx.body, color=GREY)
        if i < n:
            hand(
                pg,
                ctx,
                28 + ctx.rng.uniform(0, 8),
                yy + 1.5,
                names[i],
                ctx.rng.uniform(13, 16),
                color=(20, 20, 20),
            )
            wp = P.workplace(ctx, c)
            hand(pg, ctx, 92, yy + 2.5, wp, P.fit(wp, ctx.hand, 11, 98), color=(20, 20, 20))
    pg.text(18, top - 8, "签名", 11, ctx.bold)
    pg.text(92, top - 8, "单位/部门", 11, ctx.bold)
    return _ss_doc(ctx, v, [pg], title_truth, issuer, d, d, names)


def _ss_days(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    topic, _ = _topic(ctx, "professional")
    a = P.day(ctx.rng)
    nd = ctx.rng.randint(2, 3)
    days = [a + dt.timedelta(days=i) for i in range(nd)]
    title = f"{topic}专题培训班"
    issuer = P.department(ctx, c, P.dept_for(topic))
    n = ctx.rng.randint(8, 11)
    names = ctx.people(n)
    pg = Page(w=297, h=210)
    y = center(pg, 14, f"{a.year}年{title}学员签到表", 17, ctx.bold)
    pg.text(16, y + 1, f"主办：{issuer}", 10.5, ctx.body)
    pg.text(281, y + 1, f"培训时间：{span(days[0], days[-1], 'cjk', '—')}", 10.5, ctx.body, "r")
    head = ["序号", "姓名", "单位"]
    for dd in days:
        head += [f"{dd.month}月{dd.day}日上午", f"{dd.month}月{dd.day}日下午"]
    rows = [head]
    for i, nm in enumerate(names):
        rows.append([str(i + 1), nm, P.workplace(ctx, c)] + [""] * (2 * nd))
    cw = (265 - 12 - 22 - 60) / (2 * nd)
    widths = [12.0, 22.0, 60.0] + [cw] * (2 * nd)
    top = y + 9
    pg.table(16, top, widths, rows, 8.5, ctx.body, row_h=12, header_font=ctx.bold)
    for i, nm in enumerate(names):
        for j in range(2 * nd):
            if ctx.rng.random() < 0.9:
                x = 16 + sum(widths[:3]) + j * cw + cw / 2 - 6
                hand(
                    pg,
                    ctx,
                    x,
                    top + 12 * (i + 1) + 3,
                    nm[:1] + "…" if ctx.rng.random() < 0.1 else nm,
                    11,
                    color=(20, 20, 20),
                )
    title_full = f"{a.year}年{title}"
    return _ss_doc(ctx, v, [pg], title_full, issuer, days[0], days[-1], names)


def _ss_pages(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    topic, _ = _topic(ctx)
    a, b = _period(ctx, days=(1, 2))
    title = f"{c}市{a.year}年度{topic}研修班"
    issuer = f"{c}市{ctx.pick(['人力资源和社会保障局', '科学技术协会'])}"
    n = ctx.rng.randint(22, 30)
    names = ctx.people(n)
    per = 18
    pages = []
    for p in range(2):
        pg = Page()
        if p == 0:
            y = center(pg, 16, title, P.fit(title, ctx.bold, 16, 185), ctx.bold)
            y = center(pg, y, "参训人员签到表", 14, ctx.bold)
            pg.text(14, y + 1, f"举办单位：{issuer}", 10.5, ctx.body)
            pg.text(196, y + 1, f"{dfmt(a, 'cjk')}—{dfmt(b, 'cjk')}", 10.5, ctx.body, "r")
            top = y + 9
        else:
            pg.text(14, 14, "（续表）", 10.5, ctx.body)
            top = 22
        rows = [["序号", "姓名", "性别", "工作单位", "签到"]]
        idx = range(p * per, min(n, (p + 1) * per))
        for i in idx:
            rows.append([str(i + 1), names[i], ctx.pick(["男", "女"]), P.workplace(ctx, c), ""])
        widths = [13.0, 24.0, 13.0, 92.0, 40.0]
        pg.table(14, top, widths, rows, 9, ctx.body, row_h=11, header_font=ctx.bold)
        for r, i in enumerate(idx):
            hand(
                pg, ctx, 14 + sum(widths[:4]) + 6, top + 11 * (r + 1) + 2.5, names[i], 12, color=(20, 20, 20)
            )
        pg.text(105, 285, f"第 {p + 1} 页  共 2 页", 9, ctx.body, "c", GREY)
        pages.append(pg)
    return _ss_doc(ctx, v, pages, title, issuer, a, b, names)


def _ss_ward(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    x = P.county(ctx, c)
    x = x if x.endswith(("市", "县")) else f"{c}市{x}"
    hosp = f"{x}{ctx.pick(['人民医院', '中医医院'])}"
    dept = ctx.pick(["护理部", "医务科", "内科", "外科", "急诊科"])
    issuer = hosp
    topic = ctx.pick([t for t in P.PRO_TOPICS if P.dept_for(t) == "health"])
    d = P.day(ctx.rng)
    used: set[str] = set()
    speaker = ctx.person(used)
    n = ctx.rng.randint(8, 14)
    names = ctx.people(n, used)
    pg = Page()
    pg.text(105, 16, hosp, 13, ctx.body, "c")
    pg.text(105, 24, "业务学习签到表", 18, ctx.bold, "c")
    pg.rect(16, 36, 194, 62, 0.4)
    kv(
        pg,
        20,
        39,
        [("学习内容", topic), ("主讲人", f"{speaker}（{ctx.pick(['主任医师', '副主任护师', '主治医师'])}）")],
        11,
        ctx.body,
    )
    kv(pg, 20, 54, [("组织科室", dept)], 11, ctx.body)
    pg.text(120, 54, f"日期：{d.year}年{d.month}月{d.day}日", 11, ctx.body)
    rows = [["序号", "签名", "职称", "签到时间", "备注"]]
    for i in range(n + 2):
        rows.append(
            [str(i + 1), "", ctx.pick(["护师", "主管护师", "医师", "主治医师"]) if i < n else "", "", ""]
        )
    widths = [14.0, 44.0, 36.0, 40.0, 44.0]
    pg.table(16, 68, widths, rows, 9.5, ctx.body, row_h=11, header_font=ctx.bold)
    for i, nm in enumerate(names):
        hand(pg, ctx, 16 + 14 + 6, 68 + 11 * (i + 1) + 2, nm, 14, color=(20, 20, 20))
        hand(
            pg,
            ctx,
            16 + 94 + 10,
            68 + 11 * (i + 1) + 2.5,
            f"{ctx.rng.randint(7, 14)}:{ctx.rng.randint(0, 5)}{ctx.rng.randint(0, 9)}",
            11,
            color=(20, 20, 20),
        )
    return _ss_doc(ctx, v, [pg], topic, issuer, d, d, names)


# ---- training notices ----------------------------------------------------------------------------------
TN = "training_notice"


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant(TN)
    return {"redhead": _tn_redhead, "invite": _tn_invite, "schedule": _tn_schedule, "phone": _tn_phone,
            "receipt": _tn_receipt, "annotated": _tn_annotated}[v](ctx, v)  # fmt: skip


def _tn_doc(ctx: Ctx, v: str, pages: list[Page], f: dict, scored: list[str], claim: str, year: int,
            cat: str | None = None) -> Doc:  # fmt: skip
    return Doc(TN, ctx.layout(TN, v), pages, f, scored, {"person": claim, "year": year}, cat)


def _heading_lines(pg: Page, ctx: Ctx, y: float, s: str, size: float, width: float) -> float:
    """A centred heading broken into lines no wider than `width`."""
    lines, cur = [], ""
    for ch in s:
        if cur and width_mm(cur + ch, ctx.bold, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    for ln in lines:
        pg.text(pg.w / 2, y, ln, size, ctx.bold, "c")
        y += mm(size) * 1.6
    return y


def _notice_setup(ctx: Ctx) -> dict:
    c = P.city(ctx)
    topic, cat = _topic(ctx)
    a, b = _period(ctx, days=(1, 4))
    issued = a - dt.timedelta(days=ctx.rng.randint(8, 30))
    return {"c": c, "topic": topic, "cat": cat, "a": a, "b": b, "issued": issued,
            "hours": ctx.pick([12, 16, 24, 32]), "issuer": P.department(ctx, c, P.dept_for(topic))}  # fmt: skip


def _tn_redhead(ctx: Ctx, v: str) -> Doc:
    s = _notice_setup(ctx)
    c, a, b, issuer = s["c"], s["a"], s["b"], s["issuer"]
    title = f"{a.year}年{c}市{s['topic']}培训班"
    abbr = {"hr": "人社", "health": "卫健", "edu": "教", "agri": "农", "build": "建"}[P.dept_for(s["topic"])]
    state = ctx.rng.random() < 0.5
    catword = ("公需科目" if s["cat"] == "public" else "专业科目") if state else "继续教育"
    pg = Page()
    pg.text(105, 22, f"{issuer}文件", P.fit(f"{issuer}文件", ctx.bold, 30, 180), ctx.bold, "c", RED)
    pg.text(105, 44, f"{c[:1]}{abbr}字〔{s['issued'].year}〕{ctx.rng.randint(3, 98)}号", 12, ctx.body, "c")
    pg.line(18, 53, 192, 53, 1.2, RED)
    y = _heading_lines(pg, ctx, 62, f"关于举办{title}的通知", 17, 160)
    pg.text(18, y + 4, "各县（市、区）主管部门，市直各有关单位：", 12, ctx.body)
    st = ctx.dstyle(["cjk", "cjk0"])
    paras = [
        f"为进一步提升我市专业技术人员业务水平，经研究，决定举办{title}。现将有关事项通知如下：",
        f"一、培训时间：{span(a, b, st)}，{dfmt(a - dt.timedelta(days=1), st)}报到。",
        f"二、培训地点：{c}市{ctx.pick(['行政中心', '会议中心', '职工培训中心'])}{ctx.pick(P.ROOMS)}。",
        f"三、培训对象：各单位从事相关工作的专业技术人员，每单位限报{ctx.rng.randint(2, 5)}人。",
        f"四、学时认定：培训结束经考核合格的，登记{catword}学时{s['hours']}学时。",
        "五、其他事项：培训不收取费用，食宿统一安排，费用回原单位报销。请于报到前将参训人员名单报送至联系人邮箱。",
    ]
    yy = y + 12
    for p_ in paras:
        yy = pg.wrap(18, yy, 174, p_, 12, ctx.body, lead=1.9, indent=8.5)
    used: set[str] = set()
    contact = ctx.person(used)
    yy = pg.wrap(
        18,
        yy + 2,
        174,
        f"联系人：{contact}，电话：0{ctx.rng.randint(530, 739)}-{ctx.rng.randint(2000000, 8999999)}",
        12,
        ctx.body,
        indent=8.5,
    )
    P.issuer_block(pg, ctx, [issuer, dfmt(s["issued"], st)], yy + 10, seal=issuer, size=12)
    p2 = Page()
    p2.text(18, 18, "附件", 13, ctx.bold)
    p2.text(105, 30, "参训人员名单", 16, ctx.bold, "c")
    names = ctx.people(ctx.rng.randint(6, 10), used)
    rows = [["序号", "姓名", "工作单位", "职称"]] + [
        [str(i + 1), nm, P.workplace(ctx, c), ctx.pick(P.TITLES_PRO)] for i, nm in enumerate(names)
    ]
    p2.table(18, 42, [14.0, 26.0, 96.0, 38.0], rows, 10, ctx.body, row_h=10, header_font=ctx.bold)
    f = {"title": title, "issuer": issuer, "issued_on": iso(s["issued"]),
         "period": {"start": iso(a), "end": iso(b)}, "hours_stated": s["hours"],
         "people": [person(n, i + 1, "attendee") for i, n in enumerate(names)]}  # fmt: skip
    return _tn_doc(
        ctx, v, [pg, p2], f, list(SCORED[TN]), ctx.pick(names), a.year, s["cat"] if state else None
    )


def _tn_invite(ctx: Ctx, v: str) -> Doc:
    s = _notice_setup(ctx)
    c, a, b = s["c"], s["a"], s["b"]
    who = ctx.person(set())
    prov = P.province(c)
    title = f"{prov}省{s['topic']}学术研讨会"
    issuer = f"{prov}省{ctx.pick(['医学会', '农学会', '教育学会', '土木建筑学会', '水利学会'])}"
    host = f"{c}市{ctx.pick(['医学会', '农业科学研究院', '教育科学研究院'])}"
    with_hours = ctx.rng.random() < 0.5
    pg = Page()
    P.border(pg, 3, (170, 40, 40))
    pg.text(105, 30, "邀  请  函", 28, ctx.bold, "c", RED)
    pg.text(22, 56, f"尊敬的{who}{ctx.pick(['老师', '主任', '同志', '专家'])}：", 14, ctx.body)
    st = ctx.dstyle(["cjk", "hanzi"])
    body = [f"为交流{s['topic']}领域的新成果、新经验，{issuer}定于{span(a, b, st)}在{c}市召开“{title}”。"
            f"您在该领域成绩突出，特邀请您拨冗出席。", "会议主要内容为专题报告、经验交流与现场观摩。"]  # fmt: skip
    if with_hours:
        body.append(f"参会代表全程参加者，由主办单位出具继续教育证明，计{s['hours']}学时。")
    body.append("请于会前一周将回执发送至会务组邮箱，以便安排食宿。")
    yy = 70
    for p_ in body:
        yy = pg.wrap(22, yy, 166, p_, 13, ctx.body, lead=1.95, indent=9.2)
    yy = kv(
        pg,
        22,
        yy + 6,
        [("主办单位", issuer), ("承办单位", host), ("会议地点", f"{c}市{ctx.pick(P.ROOMS)}")],
        12,
        ctx.body,
    )
    P.issuer_block(pg, ctx, [issuer, dfmt(s["issued"], st)], yy + 14, seal=issuer, size=13)
    f = {"holder": who, "title": title, "issuer": issuer, "issued_on": iso(s["issued"]),
         "period": {"start": iso(a), "end": iso(b)}, "hours_stated": s["hours"] if with_hours else None}  # fmt: skip
    sc = ["title", "issuer", "issued_on", "period.start", "period.end"] + (
        ["hours_stated"] if with_hours else []
    )
    return _tn_doc(ctx, v, [pg], f, sc, who, a.year)


def _tn_schedule(ctx: Ctx, v: str) -> Doc:
    s = _notice_setup(ctx)
    c, a, b, issuer = s["c"], s["a"], s["b"], s["issuer"]
    title = f"{c}市{s['topic']}能力提升培训班"
    who = ctx.person(set())
    used = {who}
    pg = Page(w=297, h=210)
    pg.text(148, 14, title, 17, ctx.bold, "c")
    pg.text(148, 24, "日 程 安 排", 15, ctx.bold, "c")
    pg.text(20, 34, "学员姓名：", 11, ctx.body)
    hand(pg, ctx, 42, 32.5, who, 14)
    pg.text(277, 34, f"主办单位：{issuer}", 11, ctx.body, "r")
    rows = [["日期", "时间", "内容", "主讲人", "地点"]]
    dd = a
    topics = [t for t in P.PRO_TOPICS + P.PUBLIC_TOPICS if t != s["topic"]]
    while dd <= b:
        for tm in ("08:30-11:30", "14:00-17:00"):
            rows.append(
                [
                    f"{dd.month}月{dd.day}日",
                    tm,
                    ctx.pick(topics),
                    f"{ctx.person(used)} {ctx.pick(P.SPEAKER_TITLES)}",
                    ctx.pick(P.ROOMS),
                ]
            )
        dd += dt.timedelta(days=1)
    rows.append([f"{b.month}月{b.day}日", "17:00-17:30", "结业考核", "", ctx.pick(P.ROOMS)])
    y = pg.table(20, 42, [30.0, 32.0, 110.0, 45.0, 40.0], rows, 9.5, ctx.body, row_h=10, header_font=ctx.bold)
    pg.text(
        20,
        y + 6,
        f"注：培训时间{dfmt(a, 'cjk')}至{dfmt(b, 'cjk')}，全程参训并考核合格者计{s['hours']}学时。",
        10.5,
        ctx.body,
    )
    f = {"holder": who, "title": title, "issuer": issuer, "period": {"start": iso(a), "end": iso(b)},
         "hours_stated": s["hours"]}  # fmt: skip
    return _tn_doc(
        ctx, v, [pg], f, ["title", "issuer", "period.start", "period.end", "hours_stated"], who, a.year
    )


def _tn_phone(ctx: Ctx, v: str) -> Doc:
    s = _notice_setup(ctx)
    c, a, b, issuer = s["c"], s["a"], s["b"], s["issuer"]
    title = f"{a.year}年{s['topic']}线下培训"
    pg = Page(w=100, h=210, bg=(246, 246, 246))
    pg.rect(0, 0, 100, 8, 0, fill=(240, 240, 240))
    pg.text(5, 1.8, f"{ctx.rng.randint(8, 21)}:{ctx.rng.randint(10, 59)}", 8, ctx.body)
    pg.text(95, 1.8, f"5G  {ctx.rng.randint(30, 99)}%", 7.5, ctx.body, "r")
    pg.text(5, 11, "〈", 10, ctx.body)
    pg.text(50, 11, issuer[:12], 8.5, ctx.body, "c", GREY)
    pg.rect(0, 18, 100, 210, 0, fill=(255, 255, 255))
    y = pg.wrap(6, 22, 88, f"关于举办{title}的通知", 13, ctx.bold, lead=1.45)
    pg.text(
        6,
        y + 1,
        f"{issuer}  {s['issued']:%Y-%m-%d} {ctx.rng.randint(9, 20)}:{ctx.rng.randint(10, 59)} {P.province(c)}",
        7,
        ctx.body,
        color=GREY,
    )
    y += 9
    st = ctx.dstyle(["cjk", "iso", "dot"])
    for p_ in [f"各有关单位：为做好{title}工作，现将有关事项通知如下。",
               f"▍培训时间 {span(a, b, st, '至')}",
               f"▍培训地点 {c}市{ctx.pick(P.ROOMS)}",
               f"▍学时 培训合格者登记{s['hours']}学时。",
               "▍报名方式 由各单位汇总后统一报送，报名截止前一日。"]:  # fmt: skip
        y = pg.wrap(6, y, 88, p_, 9, ctx.body, lead=1.7) + 1.2
    pg.text(6, y + 1, "附：第一批参训学员名单", 9, ctx.bold)
    names = ctx.people(ctx.rng.randint(6, 9))
    y += 7
    for i in range(0, len(names), 3):
        pg.text(8, y, "    ".join(names[i : i + 3]), 9, ctx.body)
        y += 5.2
    pg.text(6, y + 3, f"{issuer}", 8.5, ctx.body)
    pg.text(6, y + 8, dfmt(s["issued"], "cjk"), 8.5, ctx.body)
    pg.text(
        6,
        200,
        f"阅读 {ctx.rng.randint(300, 9000)}    ♡ {ctx.rng.randint(3, 90)}    分享",
        7.5,
        ctx.body,
        color=GREY,
    )
    f = {"title": title, "issuer": issuer, "issued_on": iso(s["issued"]),
         "period": {"start": iso(a), "end": iso(b)}, "hours_stated": s["hours"],
         "people": [person(n, i + 1, "attendee") for i, n in enumerate(names)]}  # fmt: skip
    return _tn_doc(ctx, v, [pg], f, list(SCORED[TN]), ctx.pick(names), a.year)


def _tn_receipt(ctx: Ctx, v: str) -> Doc:
    s = _notice_setup(ctx)
    c, a, b = s["c"], s["a"], s["b"]
    col = ctx.pick(P.COLLEGES[c])
    issuer = f"{col}继续教育学院"
    title = f"{s['topic']}研修班"
    who = ctx.person(set())
    pg = Page()
    y = _heading_lines(pg, ctx, 26, f"{col}关于举办{title}的通知", 17, 170)
    st = ctx.dstyle(["cjk0", "hanzi", "cjk"])
    yy = y + 8
    for p_ in ["各相关单位：", f"受{P.department(ctx, c, 'hr')}委托，我院定于{span(a, b, st)}举办{title}，面向全市相关专业技术人员开展专题培训。",
               f"培训采取专题讲授、案例研讨和现场教学相结合的方式。学员完成全部课程并考核合格后，由我院颁发培训证书，计{s['hours']}学时。",
               "请各单位认真组织，于开班前五个工作日将参训回执（见附件）报至我院培训科。"]:  # fmt: skip
        yy = pg.wrap(20, yy, 170, p_, 13, ctx.body, lead=1.9, indent=0 if p_.endswith("：") else 9.2)
    P.issuer_block(pg, ctx, [issuer, dfmt(s["issued"], st)], yy + 14, seal=col, size=13)
    p2 = Page()
    p2.text(20, 18, "附件", 13, ctx.bold)
    p2.text(105, 30, "参训回执", 18, ctx.bold, "c")
    rows = [
        ["姓名", "", "性别", ""],
        ["工作单位", "", "", ""],
        ["职称", "", "联系电话", ""],
        ["备注", "", "", ""],
    ]
    p2.table(20, 44, [30.0, 60.0, 30.0, 50.0], rows, 11, ctx.body, row_h=16)
    hand(p2, ctx, 56, 48, who, 15)
    hand(p2, ctx, 144, 48, ctx.pick(["男", "女"]), 15)
    hand(p2, ctx, 54, 64, P.workplace(ctx, c), 13)
    hand(p2, ctx, 54, 80, ctx.pick(P.TITLES_PRO), 14)
    hand(p2, ctx, 142, 80, f"1{ctx.rng.randint(3, 8)}{ctx.rng.randint(100000000, 999999999)}", 12)
    f = {"holder": who, "title": title, "issuer": issuer, "issued_on": iso(s["issued"]),
         "period": {"start": iso(a), "end": iso(b)}, "hours_stated": s["hours"]}  # fmt: skip
    return _tn_doc(ctx, v, [pg, p2], f, list(SCORED[TN]), who, a.year)


def _tn_annotated(ctx: Ctx, v: str) -> Doc:
    s = _notice_setup(ctx)
    c, a, b = s["c"], s["a"], s["b"]
    prov = P.province(c)
    issuer = f"{prov}省{ctx.pick(['专业技术人员继续教育基地', '农业技术推广总站', '卫生健康委员会科教处'])}"
    title = f"全省{s['topic']}培训"
    who = ctx.person(set())
    pg = Page()
    pg.text(105, 22, "通  知", 22, ctx.bold, "c")
    st = ctx.dstyle(["cjk", "dot", "cjk0"])
    yy = 40
    paras = ["各市有关单位：", f"根据年度工作安排，{issuer}将于{span(a, b, st)}在{c}市举办{title}。具体事项如下：",
             f"1. 培训内容：{s['topic']}相关政策、技术规范与案例分析。", f"2. 培训人数：每市{ctx.rng.randint(10, 40)}人。",
             "3. 请参训人员携带身份证、笔记本电脑按时报到。", f"4. 培训结束后颁发结业证明，计{s['hours']}学时。"]  # fmt: skip
    for p_ in paras:
        yy = pg.wrap(20, yy, 170, p_, 12.5, ctx.body, lead=1.9, indent=0 if p_.endswith("：") else 8.8)
    P.issuer_block(pg, ctx, [issuer, dfmt(s["issued"], st)], yy + 12, seal=issuer, size=12.5)
    note_y = yy + 52
    hand(pg, ctx, 30, note_y, f"已参加  {who}", 17, color=BLUE)
    hand(pg, ctx, 36, note_y + 9, f"{b.year}.{b.month}.{b.day}", 14, color=BLUE)
    pg.line(28, note_y + 17, 92, note_y + 16, 0.4, BLUE)
    f = {"holder": who, "title": title, "issuer": issuer, "issued_on": iso(s["issued"]),
         "period": {"start": iso(a), "end": iso(b)}, "hours_stated": s["hours"]}  # fmt: skip
    return _tn_doc(ctx, v, [pg], f, list(SCORED[TN]), who, a.year)


# ---- qualification certificates -------------------------------------------------------------------------
QC = "qualification_certificate"
MAJORS = ["护理学", "临床医学", "汉语言文学", "小学教育", "农学", "园艺", "土木工程", "会计学", "药学", "水利水电工程",
          "动物医学", "学前教育", "计算机科学与技术", "工程管理"]  # fmt: skip
MASTER = [("作物栽培学与耕作学", "农学"), ("果树学", "农学"), ("内科学", "医学"), ("课程与教学论", "教育学"),
          ("结构工程", "工学"), ("会计学", "管理学"), ("水利工程", "工学"), ("预防兽医学", "农学")]  # fmt: skip
PHD_EN = {
    "农学": "Agriculture",
    "医学": "Medicine",
    "教育学": "Education",
    "工学": "Engineering",
    "管理学": "Management",
}


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant(QC)
    return {"diploma": _qc_diploma, "degree": _qc_degree, "zikao": _qc_zikao, "courses": _qc_courses,
            "computer": _qc_computer, "doctor_en": _qc_doctor}[v](ctx, v)  # fmt: skip


def _qc_doc(ctx: Ctx, v: str, pages: list[Page], who: str, issuer: str, issued: str, kind: str,
            subject: str | None, modules: list[str] | None, year: int) -> Doc:  # fmt: skip
    q = {"kind": kind, "subject": subject, "modules": modules}
    f = {"holder": who, "issuer": issuer, "issued_on": issued, "qualification": q}
    sc = ["holder", "issuer", "issued_on", "qualification.kind"]
    sc += (["qualification.subject"] if subject else []) + (["qualification.modules"] if modules else [])
    return Doc(QC, ctx.layout(QC, v), pages, f, sc, {"person": who, "year": year})


def _born(ctx: Ctx) -> dt.date:
    return P.day(ctx.rng, 1970, 1996)


def _qc_diploma(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    who = ctx.person(set())
    school = ctx.pick(P.COLLEGES[c])
    major = ctx.pick(MAJORS)
    y1 = ctx.rng.randint(2016, 2024)
    yrs = ctx.pick([2.5, 3, 5]) if ctx.rng.random() < 0.5 else 3
    y0 = y1 - int(yrs + 0.5)
    grad = dt.date(y1, ctx.pick([1, 6, 7]), ctx.rng.randint(1, 30))
    st = ctx.dstyle(["hanzi", "hanzi_o"])
    born = _born(ctx)
    form = ctx.pick(["函授", "业余", "网络教育"])
    pg = Page(w=270, h=190)
    P.border(pg, 1, (150, 40, 40))
    pg.text(135, 22, "毕 业 证 书", 30, ctx.bold, "c", (150, 40, 40))
    P.photo_box(pg, 30, 48, ctx.body, 30, 40)
    body = (f"学生{who}，性别{ctx.pick(['男', '女'])}，{dfmt(born, st)}生，于{y0}年9月至{y1}年{grad.month}月"
            f"在本校{major}专业（{form}）{ctx.pick(['专科', '专科起点本科', '高中起点本科'])}学习，"
            f"学制{str(yrs).replace('.0', '')}年，修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
    yy = pg.wrap(80, 52, 165, body, 14, ctx.body, lead=2.0, indent=9.8)
    used = {who}
    pg.text(80, yy + 10, "校（院）长：", 12, ctx.body)
    pg.text(108, yy + 8.5, ctx.person(used), 15, ctx.hand)
    pg.text(
        80,
        168,
        f"证书编号：{ctx.rng.randint(10000, 14999)}{y1}{ctx.rng.randint(5, 6)}{ctx.rng.randint(100000, 999999)}",
        10.5,
        ctx.body,
    )
    P.issuer_block(pg, ctx, [school, dfmt(grad, st)], 140, xr=245, seal=school, size=14)
    return _qc_doc(ctx, v, [pg], who, school, iso(grad), "graduation", major, None, y1)


def _qc_degree(ctx: Ctx, v: str) -> Doc:
    who = ctx.person(set())
    uni = ctx.pick(P.DEGREE_UNIS)
    major, field_ = ctx.pick(MASTER)
    y = ctx.rng.randint(2016, 2024)
    d = dt.date(y, ctx.pick([6, 6, 12]), ctx.rng.randint(1, 28))
    st = ctx.dstyle(["hanzi", "cjk"])
    pg = Page()
    P.border(pg, 2, (40, 70, 120))
    pg.text(105, 34, "硕士学位证书", 28, ctx.bold, "c")
    P.photo_box(pg, 90, 54, ctx.body, 30, 40)
    body = (f"{who}，{ctx.pick(['男', '女'])}，{_born(ctx):%Y年%-m月}生。在{uni}{major}学科（专业）完成硕士学位的课程学习，"
            f"成绩合格，通过论文答辩，达到硕士学位学术水平。根据《中华人民共和国学位条例》的规定，授予{field_}硕士学位。")  # fmt: skip
    yy = pg.wrap(28, 112, 154, body, 14, ctx.body, lead=2.0, indent=9.8)
    pg.text(28, yy + 14, f"{uni}", 13, ctx.body)
    pg.text(28, yy + 22, "学位评定委员会主席", 13, ctx.body)
    pg.text(76, yy + 20, ctx.person({who}), 16, ctx.hand)
    pg.seal(52, yy + 18, 19, uni, ctx.seed())
    pg.text(182, yy + 22, dfmt(d, st), 13, ctx.body, "r")
    pg.text(
        28,
        270,
        f"证书编号：{ctx.rng.randint(10000, 14999)}2{y}{ctx.rng.randint(100000, 999999)}",
        10.5,
        ctx.body,
    )
    return _qc_doc(ctx, v, [pg], who, uni, iso(d), "master_degree", major, None, y)


ZK_COURSES = ["中国现代文学史", "马克思主义基本原理概论", "管理学原理", "护理学导论", "内科护理学（二）", "高等数学（工本）",
              "英语（二）", "教育心理学", "外国文学史", "数据结构", "基础会计学", "中国近现代史纲要", "药理学（二）"]  # fmt: skip


def _qc_zikao(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    prov = P.province(c)
    who = ctx.person(set())
    issuer = f"{prov}省高等教育自学考试委员会"
    courses = ctx.rng.sample(ZK_COURSES, ctx.rng.randint(1, 3))
    y = ctx.rng.randint(2016, 2023)
    month_only = ctx.rng.random() < 0.5
    d = dt.date(y, ctx.pick([5, 6, 11, 12]), ctx.rng.randint(1, 28))
    major = ctx.pick(MAJORS) if ctx.rng.random() < 0.6 else None
    pg = Page(w=210, h=148)
    pg.rect(6, 6, 204, 142, 0.8, (40, 110, 70))
    pg.text(105, 14, "高等教育自学考试", 15, ctx.bold, "c", (40, 110, 70))
    pg.text(105, 24, "单科合格证书", 20, ctx.bold, "c", (40, 110, 70))
    pairs = [
        ("姓    名", who),
        ("准考证号", f"{ctx.rng.randint(1, 9)}{ctx.rng.randint(10000000000, 99999999999)}"),
    ]
    if major:
        pairs.append(("报考专业", major))
    kv(pg, 18, 38, pairs, 11, ctx.body)
    P.photo_box(pg, 170, 36, ctx.body, 22, 29)
    rows = [["课程代码", "课程名称", "成绩", "考试时间"]]
    for cname in courses:
        rows.append(
            [
                f"{ctx.rng.randint(0, 13000):05d}",
                cname,
                str(ctx.rng.randint(60, 92)),
                f"{y}年{ctx.pick(['04', '10'])}月",
            ]
        )
    pg.table(18, 66, [26.0, 80.0, 20.0, 48.0], rows, 10, ctx.body, row_h=9, header_font=ctx.bold)
    issued = P.ym(d.year, d.month) if month_only else iso(d)
    ds = mfmt(d.year, d.month, "cjk") if month_only else dfmt(d, "cjk")
    P.issuer_block(pg, ctx, [issuer, f"发证日期：{ds}"], 116, xr=196, seal=issuer, size=10.5, r=16)
    return _qc_doc(ctx, v, [pg], who, issuer, issued, "self_study_exam", major, courses, d.year)


def _qc_courses(ctx: Ctx, v: str) -> Doc:
    who = ctx.person(set())
    uni = ctx.pick(P.DEGREE_UNIS)
    major, _ = ctx.pick(MASTER)
    y = ctx.rng.randint(2016, 2023)
    m = ctx.pick([1, 6, 7, 12])
    st = ctx.dstyle(["hanzi", "cjk", "hanzi_o"])
    month_only = ctx.rng.random() < 0.6
    d = dt.date(y, m, ctx.rng.randint(1, 28))
    pg = Page(w=260, h=185)
    P.border(pg, 3, (100, 60, 30))
    pg.text(130, 24, "研究生课程进修班", 18, ctx.bold, "c")
    pg.text(130, 36, "结 业 证 书", 28, ctx.bold, "c")
    P.photo_box(pg, 26, 60, ctx.body, 28, 37)
    y0 = y - ctx.pick([1, 2])
    body = (f"{who}同志于{y0}年9月至{y}年{m}月参加我校{major}专业研究生课程进修班学习，修完规定的全部学位课程，"
            f"考试成绩合格，准予结业。")  # fmt: skip
    yy = pg.wrap(70, 66, 165, body, 14, ctx.body, lead=2.0, indent=9.8)
    pg.text(70, yy + 8, f"编号：YJ{y}{ctx.rng.randint(1000, 9999)}", 10.5, ctx.body)
    ds = mfmt(y, m, st) if month_only else dfmt(d, st)
    P.issuer_block(pg, ctx, [f"{uni}研究生院" if "大学" in uni else uni, ds], 140, xr=236, seal=uni, size=13)
    issuer = f"{uni}研究生院" if "大学" in uni else uni
    return _qc_doc(ctx, v, [pg], who, issuer, P.ym(y, m) if month_only else iso(d), "postgraduate_courses",
                   major, None, y)  # fmt: skip


CE_MODULES = ["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Windows 7操作系统",
              "Internet应用", "Photoshop CS4图像处理", "AutoCAD 2008制图", "Access 2003数据库"]  # fmt: skip


def _qc_computer(ctx: Ctx, v: str) -> Doc:
    c = P.city(ctx)
    who = ctx.person(set())
    mods = ctx.rng.sample(CE_MODULES, ctx.rng.randint(1, 2))
    d = P.day(ctx.rng, 2016, 2018)
    issuer = "人力资源和社会保障部人事考试中心"
    pg = Page(w=190, h=130)
    pg.rect(0, 0, 190, 130, 0, fill=(236, 242, 250))
    pg.rect(5, 5, 185, 125, 0.6, (30, 70, 140))
    pg.text(95, 12, "全国专业技术人员计算机应用能力考试", 14, ctx.bold, "c", (30, 70, 140))
    pg.text(95, 22, "合  格  证  书", 18, ctx.bold, "c", (30, 70, 140))
    P.photo_box(pg, 150, 34, ctx.body, 24, 31)
    idn = P.id_number(ctx.rng, P.CITIES[c][2], _born(ctx))
    yy = kv(
        pg,
        14,
        36,
        [("姓名", who), ("身份证号", idn), ("管理号", f"{d.year}{ctx.rng.randint(10000000, 99999999)}")],
        10.5,
        ctx.body,
        lab_w=22,
    )
    pg.text(14, yy + 1, "考试科目（模块）：", 10.5, ctx.body)
    for i, m_ in enumerate(mods):
        pg.text(22, yy + 8 + i * 7, m_, 10.5, ctx.body)
    P.issuer_block(pg, ctx, [issuer, dfmt(d, "cjk")], 100, xr=176, seal=issuer, size=10, r=15)
    return _qc_doc(ctx, v, [pg], who, issuer, iso(d), "computer_exam", None, mods, d.year)


def _qc_doctor(ctx: Ctx, v: str) -> Doc:
    who = ctx.person(set())
    uni = ctx.pick(P.DOCTOR_UNIS)
    major, field_ = ctx.pick(MASTER)
    d = dt.date(ctx.rng.randint(2016, 2024), ctx.pick([6, 12]), ctx.rng.randint(1, 28))
    pg = Page(w=297, h=210)
    P.border(pg, 1, (90, 60, 20))
    pg.text(80, 22, "博士学位证书", 24, ctx.bold, "c")
    pg.text(218, 22, "DOCTORAL DEGREE CERTIFICATE", 13, ctx.body, "c")
    pg.line(148.5, 36, 148.5, 180, 0.3, GREY)
    body = (f"{who}，{ctx.pick(['男', '女'])}，{_born(ctx):%Y年%-m月}生。在{uni}{major}学科（专业）完成博士学位的课程学习，"
            f"成绩合格，通过论文答辩，达到博士学位学术水平。根据《中华人民共和国学位条例》的规定，授予{field_}博士学位。")  # fmt: skip
    yy = pg.wrap(22, 44, 118, body, 12.5, ctx.body, lead=2.0, indent=8.8)
    en = (f"This is to certify that the holder of this certificate has completed the doctoral programme in {major} "
          f"and has been awarded the Degree of Doctor of {PHD_EN[field_]} in accordance with the Regulations on "
          f"Academic Degrees of the People's Republic of China.")  # fmt: skip
    P.en_wrap(pg, 158, 44, 118, en, 10.5, ctx.body, lead=1.7)
    pg.text(22, yy + 10, f"{uni}学位评定委员会主席", 11.5, ctx.body)
    pg.text(60, yy + 18, ctx.person({who}), 15, ctx.hand)
    pg.seal(40, yy + 16, 18, uni, ctx.seed())
    pg.text(22, yy + 30, dfmt(d, "hanzi"), 11.5, ctx.body)
    pg.text(158, 168, f"Date: {d:%B} {d.day}, {d.year}", 10.5, ctx.body)
    pg.text(
        22,
        188,
        f"证书编号 No.：{ctx.rng.randint(10000, 14999)}1{d.year}{ctx.rng.randint(100000, 999999)}",
        10,
        ctx.body,
    )
    return _qc_doc(ctx, v, [pg], who, uni, iso(d), "doctor_degree", major, None, d.year)


# ---- other ----------------------------------------------------------------------------------------------
OT = "other"


def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant(OT)
    c = P.city(ctx)
    who = ctx.person(set())
    work = P.workplace(ctx, c)
    d = P.day(ctx.rng)
    pg = {"employment": _ot_employment, "invoice": _ot_invoice, "appraisal": _ot_appraisal,
          "title": _ot_title, "leave": _ot_leave}[v](ctx, c, who, work, d)  # fmt: skip
    f = {"holder": who}
    return Doc(OT, ctx.layout(OT, v), [pg], f, [], {"person": who, "year": d.year})


def _ot_employment(ctx: Ctx, c: str, who: str, work: str, d: dt.date) -> Page:
    pg = Page()
    pg.text(105, 34, "在 职 证 明", 24, ctx.bold, "c")
    idn = P.id_number(ctx.rng, P.CITIES[c][2], _born(ctx))
    body = (f"兹证明{who}同志，身份证号{idn}，自{ctx.rng.randint(1995, 2015)}年{ctx.rng.randint(1, 12)}月起在我单位工作，"
            f"现任{ctx.pick(P.TITLES_PRO)}，系我单位在编在岗专业技术人员。")  # fmt: skip
    yy = pg.wrap(24, 60, 162, body, 14, ctx.body, lead=2.0, indent=9.8)
    pg.wrap(24, yy + 2, 162, "特此证明。", 14, ctx.body, indent=9.8)
    P.issuer_block(pg, ctx, [work, dfmt(d, "cjk")], yy + 40, seal=work, size=14)
    return pg


def _ot_invoice(ctx: Ctx, c: str, who: str, work: str, d: dt.date) -> Page:
    pg = Page(w=240, h=140)
    red = (150, 60, 40)
    pg.text(120, 10, f"{P.province(c)}增值税电子普通发票", 16, ctx.bold, "c", red)
    pg.line(80, 19, 160, 19, 0.4, red)
    kv(pg, 170, 8, [("发票代码", f"0{ctx.rng.randint(37000000000, 43999999999)}"), ("发票号码", f"{ctx.rng.randint(10000000, 99999999)}"),
                    ("开票日期", f"{d.year}年{d.month:02d}月{d.day:02d}日")], 8, ctx.body)  # fmt: skip
    pg.rect(8, 28, 232, 118, 0.4, red)
    kv(
        pg,
        12,
        31,
        [("名    称", work), ("纳税人识别号", f"12{ctx.rng.randint(10**15, 10**16 - 1)}")],
        8.5,
        ctx.body,
    )
    rows = [["项目名称", "规格型号", "单位", "数量", "单价", "金额"],
            ["*培训服务*培训费", "", "人", "1", f"{ctx.pick([600, 800, 980, 1200])}.00", ""]]  # fmt: skip
    rows[1][5] = rows[1][4]
    pg.table(8, 48, [70.0, 30.0, 20.0, 20.0, 40.0, 44.0], rows, 8.5, ctx.body, row_h=10, lw=0.3)
    pg.text(12, 88, f"价税合计（小写）¥{rows[1][4]}", 9, ctx.body)
    seller = ctx.pick(P.COLLEGES[c])
    kv(pg, 12, 98, [("销售方名称", seller), ("备    注", f"参训人：{who}")], 8.5, ctx.body)
    pg.seal(200, 104, 12, f"{seller}发票专用章", ctx.seed())
    return pg


def _ot_appraisal(ctx: Ctx, c: str, who: str, work: str, d: dt.date) -> Page:
    pg = Page()
    pg.text(105, 20, f"事业单位工作人员年度考核登记表（{d.year}年度）", 15, ctx.bold, "c")
    rows = [["姓名", "", "性别", "", "出生年月", ""], ["单位", "", "", "", "职务/职称", ""]]
    pg.table(16, 34, [24.0, 40.0, 18.0, 24.0, 28.0, 44.0], rows, 10.5, ctx.body, row_h=13)
    hand(pg, ctx, 46, 37, who, 14)
    hand(pg, ctx, 101, 37, ctx.pick(["男", "女"]), 14)
    hand(pg, ctx, 152, 37, f"{_born(ctx):%Y.%m}", 13)
    hand(pg, ctx, 43, 50, work, P.fit(work, ctx.hand, 12, 100))
    hand(pg, ctx, 150, 50, ctx.pick(P.TITLES_PRO), 12)
    pg.rect(16, 60, 194, 200, 0.4)
    pg.text(20, 64, "个人总结：", 11, ctx.body)
    yy = 74
    for s in [
        "本年度认真学习业务知识，积极参加继续教育，",
        "按时完成各项工作任务，遵守单位各项规章制度，",
        "团结同事，服务群众，取得了一定成绩。",
    ]:
        hand(pg, ctx, 28, yy, s, 13)
        yy += 10
    hand(pg, ctx, 130, 180, f"本人签名：{who}", 13)
    pg.rect(16, 200, 194, 250, 0.4)
    pg.text(20, 204, "考核等次：", 11, ctx.body)
    hand(pg, ctx, 48, 202, ctx.pick(["优秀", "合格"]), 15)
    pg.text(130, 235, "（单位盖章）", 10.5, ctx.body)
    pg.seal(150, 228, 18, work, ctx.seed())
    return pg


def _ot_title(ctx: Ctx, c: str, who: str, work: str, d: dt.date) -> Page:
    prov = P.province(c)
    pg = Page(w=260, h=180)
    P.border(pg, 1, (140, 30, 30))
    pg.text(130, 22, "专业技术职务任职资格证书", 22, ctx.bold, "c", (140, 30, 30))
    P.photo_box(pg, 30, 50, ctx.body, 28, 37)
    kv(pg, 80, 50, [("姓名", who), ("工作单位", work), ("专业", ctx.pick(MAJORS)),
                         ("资格名称", ctx.pick(P.TITLES_PRO)), ("评审组织", f"{c}市中级职称评审委员会"),
                         ("批准文号", f"{c[:1]}人社字〔{d.year}〕{ctx.rng.randint(5, 90)}号")], 12, ctx.body, lab_w=26)  # fmt: skip
    P.issuer_block(
        pg,
        ctx,
        [f"{prov}省人力资源和社会保障厅", dfmt(d, "cjk")],
        140,
        xr=236,
        seal=f"{prov}省人力资源和社会保障厅",
        size=12,
    )
    return pg


def _ot_leave(ctx: Ctx, c: str, who: str, work: str, d: dt.date) -> Page:
    pg = Page()
    pg.text(105, 22, f"{work}", 13, ctx.body, "c")
    pg.text(105, 32, "外出学习审批表", 18, ctx.bold, "c")
    topic, _ = _topic(ctx)
    pg.table(18, 44, [36.0, 52.0, 34.0, 52.0], [["申请人", "", "科室/部门", ""]], 11, ctx.body, row_h=22)
    rows = [["外出事由", ""], ["外出时间", ""], ["科室负责人意见", ""], ["分管领导意见", ""]]
    pg.table(18, 66, [36.0, 138.0], rows, 11, ctx.body, row_h=22)
    hand(pg, ctx, 60, 50, who, 15)
    hand(pg, ctx, 142, 50, ctx.pick(["内科", "教务处", "技术科", "办公室", "检验科"]), 14)
    hand(pg, ctx, 58, 72, f"参加{topic}培训", P.fit(f"参加{topic}培训", ctx.hand, 13, 130))
    e = d + dt.timedelta(days=ctx.rng.randint(1, 4))
    hand(pg, ctx, 58, 94, f"{d.month}月{d.day}日 至 {e.month}月{e.day}日", 14)
    hand(pg, ctx, 60, 116, "同意", 15)
    hand(pg, ctx, 60, 138, "同意。", 15)
    hand(pg, ctx, 130, 144, f"{d.year}.{d.month}.{d.day}", 12)
    return pg
