"""Training certificates, sign-in sheets, notices, qualification certificates and non-proofs (draw 4)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind4 import pools as P
from bench.blind4.draw import BLUE, RED, border, centre, fields, lh, para, photo, qr, signoff, spaced, stamp
from bench.blind4.pools import Ctx
from bench.generator.truth import person

CAT_WORD = {"public": ["公需科目", "公需课"], "professional": ["专业科目", "专业课"]}


def _topic(ctx: Ctx, cat: str | None) -> str:
    if cat == "public" or (cat is None and ctx.rng.random() < 0.4):
        return ctx.rng.choice(P.PUBLIC_TOPICS)
    return ctx.rng.choice(P.PRO_TOPICS)


def _course_name(ctx: Ctx, topic: str) -> str:
    return topic + ctx.choose(
        "tc.suffix", ["专题培训班", "研修班", "能力提升培训", "高级研修班", "继续教育培训班", "专题讲座"]
    )


def _period(ctx: Ctx, y0: int = 2019, y1: int = 2025) -> tuple[dt.date, dt.date]:
    a = P.day(ctx.rng, y0, y1)
    return a, a + dt.timedelta(days=ctx.rng.choice([0, 1, 2, 2, 3, 4, 6]))


def _hours(ctx: Ctx, days: int) -> float:
    return (
        float(ctx.rng.choice([6, 8]) * days)
        if ctx.rng.random() < 0.8
        else ctx.rng.choice([12.0, 16.0, 24.0, 30.0])
    )


def _hstr(h: float) -> str:
    return str(int(h)) if h == int(h) else str(h)


# ---- training certificates --------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant(
        "training_certificate",
        ["scroll", "landscape", "tableform", "online", "register", "split", "card", "mobile"],
    )
    rng = ctx.rng
    cat = rng.choice(["public", "professional", None])
    prov, c = P.city(rng)
    holder = P.people_names(rng, 1)[0]
    unit = P.workplace(rng, c)
    topic = _topic(ctx, cat)
    a, b = _period(ctx)
    hours = _hours(ctx, (b - a).days + 1)
    issuer = P.training_org(rng, prov, c)
    issued = b + dt.timedelta(days=rng.choice([0, 0, 1, 3, 7]))
    st = ctx.choose("date", P.STYLES)
    catw = rng.choice(CAT_WORD[cat]) if cat else None
    title = _course_name(ctx, topic)
    period: dict | None = {"start": P.iso(a), "end": P.iso(b)}
    issued_s: str | None = P.iso(issued)
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    no = f"{c[:1]}{rng.choice(['JX', 'PX', 'ZJ', ''])}{issued.year}{rng.randint(1, 9999):04d}"
    if v == "scroll":
        pg = Page()
        border(pg, ctx, ctx.choose("tc.border", ["gold", "red", "blue"]))
        pg.text(pg.w - 22, 22, f"证书编号：{no}", 10, ctx.body, "r")
        head = ctx.choose("tc.head", ["结业证书", "培训证书", "合格证书", "继续教育证书"])
        y = centre(pg, ctx.bold, spaced(head, "  "), 48, 30, RED)
        if rng.random() < 0.5:
            photo(pg, pg.w / 2 - 12.5, y + 2)
            y += 42
        y += 8
        if cat and rng.random() < 0.5:
            title = f"{a.year}年度{c}市专业技术人员继续教育{catw}培训"
        ttl = f"《{title}》" if rng.random() < 0.6 else f"“{title}”"
        body = ctx.choose("tc.scroll.body", [
            f"{holder}同志于{P.rstr(a, b, st)}参加{ttl}，完成规定课程学习，经考核成绩合格，计{_hstr(hours)}学时，特发此证。",
            f"兹证明{holder}（{unit}）参加了由{issuer}组织的{ttl}学习，学习时间{P.rstr(a, b, st, '—')}，累计{_hstr(hours)}学时，考核合格，准予结业。",
            f"学员{holder}，工作单位{unit}，于{P.rstr(a, b, st)}在{issuer}参加{ttl}，修完全部课程，共计{_hstr(hours)}学时。",
        ])  # fmt: skip
        y = para(pg, ctx, 28, y, pg.w - 56, body, 15, lead=2.1)
        if cat and catw not in title:
            y = fields(pg, ctx, 28, y + 4, [("科目类别", catw)], 13)
        signoff(pg, ctx, [issuer, P.dstr(issued, st)], max(y + 25, 215), pg.w - 30, 14, seal=issuer)
        pages = [pg]
    elif v == "landscape":
        pg = Page(297, 210)
        border(pg, ctx, ctx.choose("tc.border2", ["red", "gold", "wide"]))
        if cat:
            top = f"{a.year}年{ctx.choose('tc.l.who', ['专业技术人员继续教育', '专业技术人员知识更新工程', '全市专业技术人员'])}"
            head = f"{catw}培训合格证书"
            title = f"{top}{catw}培训"
        else:
            top = f"{a.year}年{c}市专业技术人员继续教育"
            head = "培训结业证书"
        y = centre(pg, ctx.bold, top, 30, 20)
        y = centre(pg, ctx.bold, head, y + 1, 30, RED) + 8
        pairs = [("姓    名", holder), ("工作单位", unit), ("培训项目", title),
                 ("培训时间", P.rstr(a, b, st)), ("培训学时", f"{_hstr(hours)}学时")]  # fmt: skip
        if rng.random() < 0.5:
            pairs.insert(1, ("性    别", P.sex(rng)))
        y = fields(pg, ctx, 45, y, pairs, 14, label_w=32, rule=rng.random() < 0.5, width=200)
        pg.text(45, y + 6, f"NO.{no}", 10, ctx.body)
        signoff(pg, ctx, [issuer, P.dstr(issued, st)], 150, pg.w - 35, 14, seal=issuer, dx=rng.uniform(-8, 8))
        pages = [pg]
    elif v == "tableform":
        pg = Page()
        head = ctx.choose("tc.t.head", ["继续教育学时证明", "专业技术人员培训学时证明", "培训学时认定表"])
        y = centre(pg, ctx.bold, head, 30, 22) + 6
        rows = [["姓名", holder, "性别", P.sex(rng)], ["工作单位", unit, "职称", rng.choice(P.RANKS)],
                ["培训项目", title, "", ""], ["培训时间", P.rstr(a, b, st), "", ""],
                ["培训学时", f"{_hstr(hours)}", "", ""]]  # fmt: skip
        if cat:
            rows.append(["科目类别", catw, "", ""])
        rows.append(["培训单位", issuer, "", ""])
        x0, widths = 22.0, [32.0, 70.0, 28.0, 36.0]
        yt = y
        for row in rows:
            if row[2]:
                pg.table(x0, yt, widths, [row], 12, ctx.body, 12)
            else:
                pg.table(x0, yt, [widths[0], sum(widths[1:])], [row[:2]], 12, ctx.body, 12)
            yt += 12
        y = yt + 10
        y = para(pg, ctx, 26, y, pg.w - 52, "经审核，以上情况属实，同意认定。", 13)
        signoff(pg, ctx, [f"{issuer}（盖章）", P.dstr(issued, st)], y + 20, pg.w - 26, 13, seal=issuer)
        pages = [pg]
    elif v == "online":
        plat, op = rng.choice(P.PLATFORMS)
        issuer = plat
        y0 = rng.randint(2019, 2025)
        m0, m1 = rng.randint(1, 5), rng.randint(7, 12)
        period = {"start": P.ym(y0, m0), "end": P.ym(y0, m1)}
        issued = dt.date(y0, m1, rng.randint(1, 28))
        issued_s = P.iso(issued)
        pg = Page()
        pg.rect(0, 0, pg.w, 24, 0, BLUE, (28, 78, 150))
        pg.text(16, 8, plat, 15, ctx.bold, "l", (255, 255, 255))
        y = (
            centre(
                pg, ctx.bold, ctx.choose("tc.o.head", ["学习证明", "学时证明", "继续教育完成证明"]), 40, 24
            )
            + 4
        )
        n = rng.randint(3, 6)
        show_cat = cat is not None or rng.random() < 0.5
        if cat:
            topics = rng.sample(P.PUBLIC_TOPICS if cat == "public" else P.PRO_TOPICS, n)
            cats = [cat] * n
        else:  # a mix of both categories: the proof states both, so none is stated
            k1 = rng.randint(1, n - 1)
            topics = rng.sample(P.PUBLIC_TOPICS, k1) + rng.sample(P.PRO_TOPICS, n - k1)
            rng.shuffle(topics)
            cats = ["public" if t in P.PUBLIC_TOPICS else "professional" for t in topics]
        hrs = [float(rng.choice([2, 3, 4, 5, 6, 8])) for _ in range(n)]
        hours = sum(hrs)
        title = None
        scored = ["holder", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
        intro = (f"学员{holder}（{P.id_card_masked(rng, a)}），单位：{unit}，于{P.mstr(y0, m0, st)}至{P.mstr(y0, m1, st)}"
                 f"在本平台完成下列课程的在线学习，考核合格，共计{_hstr(hours)}学时。")  # fmt: skip
        y = para(pg, ctx, 20, y, pg.w - 40, intro, 12.5)
        hdr = ["序号", "课程名称", "课程类别", "学时"] if show_cat else ["序号", "课程名称", "学时"]
        rows = [hdr]
        for i in range(n):
            cw = {"public": "公需课", "professional": "专业课"}[cats[i]]
            if cats[i] and cat:
                cw = catw
            rows.append(
                [str(i + 1), topics[i], cw, _hstr(hrs[i])]
                if show_cat
                else [str(i + 1), topics[i], _hstr(hrs[i])]
            )
        rows.append(["合计", "", "", _hstr(hours)] if show_cat else ["合计", "", _hstr(hours)])
        widths = [16, 100, 30, 24] if show_cat else [18, 122, 30]
        y = pg.table(20, y + 4, widths, rows, 11, ctx.body, 9, header_font=ctx.bold) + 10
        if not show_cat:
            cat = None
        signoff(pg, ctx, [plat, f"打印日期：{P.dstr(issued, st)}"], y + 8, pg.w - 22, 12, seal=plat)
        qr(pg, ctx, 22, y + 6, 22)
        pages = [pg]
    elif v == "mobile":  # a phone screenshot of a platform's certificate page
        plat, _op = rng.choice(P.PLATFORMS)
        issuer = plat
        pg = Page(100, 216)
        pg.rect(0, 0, pg.w, 9, 0, (0, 0, 0), (245, 245, 245))
        pg.text(5, 2.5, f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}", 6.5, ctx.body)
        pg.text(pg.w - 5, 2.5, f"{rng.randint(20, 99)}%", 6.5, ctx.body, "r")
        pg.rect(0, 9, pg.w, 20, 0, BLUE, (40, 100, 190))
        pg.text(
            pg.w / 2,
            12,
            ctx.choose("tc.m.bar", ["我的证书", "证书详情", "学习档案"]),
            9,
            ctx.bold,
            "c",
            (255, 255, 255),
        )
        pg.rect(6, 26, pg.w - 6, 120, 0.6, (200, 160, 80), (253, 250, 240))
        y = centre(pg, ctx.bold, "结业证书" if rng.random() < 0.5 else "学时证书", 32, 14, RED) + 2
        txt = f"{holder}：您已完成{title}的学习，学习时间{P.rstr(a, b, st)}，获得{_hstr(hours)}学时。"
        if cat:
            txt += f"科目类别：{catw}。"
        y = pg.wrap(12, y, pg.w - 24, txt, 7.5, ctx.body, 1.8)
        pg.text(pg.w - 12, 100, plat, 6 if len(plat) < 16 else 5.5, ctx.body, "r")
        pg.text(pg.w - 12, 105, P.dstr(issued, st), 6.5, ctx.body, "r")
        stamp(pg, ctx, plat, pg.w - 36, 103, 10)
        pg.text(8, 126, f"证书编号：{no}", 7, ctx.body)
        pg.rect(8, 140, pg.w - 8, 150, 0, BLUE, (40, 100, 190))
        pg.text(pg.w / 2, 142, "下载证书", 8, ctx.body, "c", (255, 255, 255))
        pages = [pg]
    elif v == "split":  # an annual certificate splitting hours into both categories: states both, so null
        cat = None
        y0 = rng.randint(2019, 2025)
        pub_h, pro_h = float(rng.choice([24, 30, 36])), float(rng.choice([48, 56, 60, 72]))
        hours = pub_h + pro_h
        period = {"start": P.iso(dt.date(y0, 1, 1)), "end": P.iso(dt.date(y0, 12, 31))}
        issued = dt.date(y0 + 1, rng.randint(1, 3), rng.randint(1, 28))
        issued_s = P.iso(issued)
        issuer = P.hrss(c)
        title = None
        scored = ["holder", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
        pg = Page(297, 210)
        border(pg, ctx, "blue")
        y = centre(pg, ctx.bold, f"{c}市专业技术人员", 26, 18)
        y = centre(pg, ctx.bold, "继续教育合格证书", y, 28, BLUE) + 6
        photo(pg, 40, y)
        rows = [["姓名", holder, "职称", rng.choice(P.RANKS)], ["工作单位", unit, "", ""]]
        x0 = 80.0
        yt = pg.table(x0, y, [28, 60, 24, 60], rows[:1], 12, ctx.body, 11)
        yt = pg.table(x0, yt, [28, 144], [rows[1][:2]], 12, ctx.body, 11)
        rows = [["年度", "公需科目学时", "专业科目学时", "合计", "审验"],
                [str(y0), _hstr(pub_h), _hstr(pro_h), _hstr(hours), "合格"]]  # fmt: skip
        yt = pg.table(x0, yt + 6, [28, 40, 40, 30, 34], rows, 12, ctx.body, 11, header_font=ctx.bold)
        pg.text(
            x0,
            yt + 6,
            f"统计期间：{P.dstr(dt.date(y0, 1, 1), st)}至{P.dstr(dt.date(y0, 12, 31), st)}",
            11,
            ctx.body,
        )
        signoff(pg, ctx, [f"{issuer}", P.dstr(issued, st)], yt + 18, pg.w - 35, 13, seal=issuer)
        pages = [pg]
    elif v == "card":  # a small A5 landscape certificate with a QR code
        pg = Page(210, 148)
        border(pg, ctx, ctx.choose("tc.c.border", ["thin", "gold"]))
        head = "培训证明" if rng.random() < 0.5 else "结业证明"
        y = centre(pg, ctx.bold, spaced(head, " "), 16, 22, RED) + 4
        body = ctx.choose("tc.card.body", [
            f"{holder}：你于{P.rstr(a, b, st)}参加了{issuer}举办的{title}，学习期满，成绩合格。",
            f"{unit}{holder}同志参加{title}（{P.rstr(a, b, st, '～')}），完成{_hstr(hours)}学时学习任务。",
        ])  # fmt: skip
        y = para(pg, ctx, 22, y, pg.w - 44, body, 13, lead=2)
        if "学时" not in body:
            y = fields(pg, ctx, 22, y, [("学时", _hstr(hours))], 13)
        if cat:
            y = fields(pg, ctx, 22, y, [("课程类别", catw)], 13)
        qr(pg, ctx, 22, pg.h - 42, 22)
        pg.text(22, pg.h - 17, f"编号 {no}", 9, ctx.body)
        signoff(pg, ctx, [issuer, P.dstr(issued, st)], pg.h - 40, pg.w - 22, 12, seal=issuer)
        pages = [pg]
    else:  # register: one-row study record of a person
        pg = Page(297, 210)
        y = (
            centre(
                pg,
                ctx.bold,
                ctx.choose("tc.r.head", ["专业技术人员继续教育学时登记表", "继续教育学时登记卡"]),
                20,
                20,
            )
            + 4
        )
        pg.text(20, y, f"姓名：{holder}", 12, ctx.body)
        pg.text(90, y, f"工作单位：{unit}", 12, ctx.body)
        pg.text(200, y, f"职称：{rng.choice(P.RANKS)}", 12, ctx.body)
        hdr = ["起止时间", "培训项目", "主办单位", "学时"] + (["类别"] if cat else []) + ["登记日期"]
        row = (
            [P.rstr(a, b, st, "-"), title, issuer, _hstr(hours)]
            + ([catw] if cat else [])
            + [P.dstr(issued, st)]
        )
        widths = [50, 75, 60, 18] + ([26] if cat else []) + [30]
        yt = pg.table(
            20, y + 10, widths, [hdr, row] + [[""] * len(hdr)] * 4, 11, ctx.body, 14, header_font=ctx.bold
        )
        pg.text(20, yt + 8, "审核人：", 12, ctx.body)
        pg.text(40, yt + 7, P.people_names(rng, 1)[0], 14, ctx.hand)
        signoff(pg, ctx, ["（登记单位盖章）"], yt + 8, pg.w - 30, 12, seal=issuer)
        issued_s = None
        scored = ["holder", "title", "issuer", "period.start", "period.end", "hours_stated"]
        pages = [pg]
    claim_year = int((period or {}).get("end", "")[:4] or issued.year)
    return Doc(
        "training_certificate",
        f"cert4-{v}",
        pages,
        {
            "holder": holder,
            "title": title,
            "issuer": issuer,
            "issued_on": issued_s,
            "period": period,
            "hours_stated": hours,
        },  # fmt: skip
        scored,
        {"person": holder, "year": claim_year},
        category=cat,
    )


# ---- sign-in sheets ---------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign_in_sheet", ["grid", "twin", "session", "minimal", "ampm"])
    rng = ctx.rng
    prov, c = P.city(rng)
    n = rng.randint(7, 14) if v != "twin" else rng.randint(10, 20)
    names = P.people_names(rng, n)
    units = [P.workplace(rng, c) for _ in range(n)]
    title = _course_name(ctx, _topic(ctx, None))
    issuer = P.training_org(rng, prov, c)
    d = P.day(rng, 2019, 2025)
    st = ctx.choose("date", P.STYLES)
    place = f"{c}市{rng.choice(['会议中心', '行政中心', '人才大厦', '职业培训中心', '干部培训学校'])}{rng.randint(2, 9)}楼会议室"
    suffix = ctx.choose("sis.suffix", ["签到表", "学员签到表", "参训人员签到表", "签到册"])
    H = ctx.hand
    if v == "grid":
        pg = Page()
        y = para(pg, ctx, 20, 18, pg.w - 40, f"{title}{suffix}", 17, indent=False, font=ctx.bold) + 2
        pg.text(20, y, f"主办单位：{issuer}", 11, ctx.body)
        y += lh(11)
        pg.text(20, y, f"时间：{P.dstr(d, st)}", 11, ctx.body)
        pg.text(110, y, f"地点：{place}", 11, ctx.body)
        rows = [["序号", "姓名", "工作单位", "职称", "联系电话"]]
        for i in range(n):
            rows.append(
                [
                    str(i + 1),
                    names[i],
                    units[i],
                    rng.choice(P.RANKS),
                    f"1{rng.randint(3, 9)}{rng.randint(0, 999999999):09d}",
                ]
            )
        rows += [[str(n + 1 + j), "", "", "", ""] for j in range(rng.randint(0, 3))]
        pg.table(14, y + 8, [12, 30, 70, 32, 38], rows, 10, ctx.body, 11, fonts={1: H}, header_font=ctx.bold)
        pages = [pg]
    elif v == "twin":
        pg = Page(297, 210)
        y = centre(pg, ctx.bold, f"{title}", 14, 17)
        y = centre(pg, ctx.bold, suffix, y, 17)
        pg.text(20, y + 1, f"{P.dstr(d, st)}    {place}", 11, ctx.body)
        pg.text(pg.w - 20, y + 1, f"主办：{issuer}", 11, ctx.body, "r")
        half = (n + 1) // 2
        for side in range(2):
            rows = [["序号", "单位", "签名"]]
            for i in range(side * half, min(n, (side + 1) * half)):
                rows.append([str(i + 1), units[i], names[i]])
            while len(rows) < half + 1:
                rows.append(["", "", ""])
            pg.table(14 + side * 138, y + 9, [14, 84, 36], rows, 10, ctx.body, 10.5, fonts={2: H},
                     header_font=ctx.bold)  # fmt: skip
        pages = [pg]
    elif v == "session":
        pg = Page()
        y = centre(pg, ctx.bold, issuer, 18, 14)
        y = para(pg, ctx, 22, y, pg.w - 44, f"“{title}”{suffix}", 17, indent=False, font=ctx.bold) + 3
        rows = [["日期", P.dstr(d, st), "", "地点", place], ["序号", "姓名", "签到时间", "签退时间", "备注"]]
        for i in range(n):
            t1 = f"{rng.choice([7, 8])}:{rng.randint(10, 59):02d}"
            rows.append(
                [str(i + 1), names[i], t1, f"{rng.choice([11, 16, 17])}:{rng.randint(0, 40):02d}", ""]
            )
        yt = pg.table(18, y, [16, 40, 34, 30, 54], rows[:1], 10, ctx.body, 11)
        pg.table(18, yt, [16, 40, 34, 30, 54], rows[1:], 10, ctx.body, 11, fonts={1: H, 2: H, 3: H},
                 header_font=ctx.bold)  # fmt: skip
        pages = [pg]
    elif v == "ampm":  # pre-printed list with morning and afternoon signatures
        pg = Page(297, 210)
        y = centre(pg, ctx.bold, f"{title}", 14, 16)
        y = centre(pg, ctx.bold, f"{suffix}（{P.dstr(d, st)}）", y, 15)
        pg.text(20, y + 1, f"组织单位：{issuer}", 11, ctx.body)
        pg.text(pg.w - 20, y + 1, f"培训地点：{place}", 11, ctx.body, "r")
        rows = [["序号", "姓名", "工作单位", "上午签到", "下午签到"]]
        for i in range(n):
            rows.append([str(i + 1), names[i], units[i], names[i], names[i] if rng.random() < 0.85 else ""])
        pg.table(
            18,
            y + 9,
            [16, 32, 110, 50, 50],
            rows,
            10.5,
            ctx.body,
            10.5,
            fonts={3: H, 4: H},
            header_font=ctx.bold,
        )
        pages = [pg]
    else:  # minimal
        pg = Page()
        short = rng.random() < 0.3
        y = centre(pg, ctx.bold, suffix if short else f"{title}{suffix}", 20, 18)
        if short:
            y = centre(pg, ctx.body, f"（{title}）", y, 13)
        pg.text(pg.w - 20, y + 2, P.dstr(d, st), 11, ctx.body, "r")
        rows = [["序号", "签名", "单位"]] + [[str(i + 1), names[i], units[i]] for i in range(n)]
        yt = pg.table(25, y + 10, [18, 50, 92], rows, 11, ctx.body, 12, fonts={1: H}, header_font=ctx.bold)
        pg.text(pg.w - 25, yt + 12, f"{issuer}（章）", 12, ctx.body, "r")
        stamp(pg, ctx, issuer, pg.w - 55, yt + 14)
        pages = [pg]
    people = [person(nm, i + 1, "attendee") for i, nm in enumerate(names)]
    return Doc(
        "sign_in_sheet",
        f"sheet4-{v}",
        pages,
        {"title": title, "issuer": issuer, "period": {"start": P.iso(d), "end": P.iso(d)}, "people": people},
        ["title", "issuer", "period.start", "period.end", "people"],
        {"person": rng.choice(names), "year": d.year},
    )


# ---- training notices -------------------------------------------------------------------------
def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("training_notice", ["redhead", "invite", "schedule", "wechat", "conference"])
    rng = ctx.rng
    prov, c = P.city(rng)
    cat = rng.choice(["public", "professional", None])
    topic = _topic(ctx, cat)
    title = _course_name(ctx, topic)
    issuer = rng.choice(
        [P.hrss(c), f"{c}市卫生健康委员会", f"{c}市教育局", f"{c}市农业农村局", f"{c}市科学技术协会"]
    )
    a, b = _period(ctx)
    if a == b:
        b = a + dt.timedelta(days=1)
    issued = a - dt.timedelta(days=rng.randint(5, 25))
    st = ctx.choose("date", P.STYLES)
    hours = _hours(ctx, (b - a).days + 1) if rng.random() < 0.8 else None
    catw = rng.choice(CAT_WORD[cat]) if cat else None
    place = f"{c}市{rng.choice(['人才交流服务中心', '职业技术学院', '宾馆会议室', '党校'])}"
    holder = None
    people: list[dict] = []
    scored = ["title", "issuer", "issued_on", "period.start", "period.end"] + (
        ["hours_stated"] if hours else []
    )
    if hours:
        credit = (
            f"经考核合格的，计{catw}{_hstr(hours)}学时。"
            if cat
            else f"完成培训者，登记继续教育{_hstr(hours)}学时。"
        )
    else:
        credit = (f"本次培训列入{catw}，" if cat else "") + "培训结束后颁发结业证书。"
    pages = []
    if v == "redhead":
        pg = Page()
        org = issuer
        centre(pg, ctx.bold, f"{org}文件", 22, 26 if len(org) < 12 else 22, RED)
        abbr = {"人": "人社", "卫": "卫健", "教": "教", "农": "农", "科": "科协"}
        key = next((abbr[ch] for ch in org[len(c) + 1 :] if ch in abbr), "")
        pg.text(pg.w / 2, 44, f"{c[:1]}{key}字〔{issued.year}〕{rng.randint(3, 99)}号", 12, ctx.body, "c")
        pg.line(20, 52, pg.w - 20, 52, 0.8, RED)
        y = para(pg, ctx, 28, 60, pg.w - 56, f"关于举办{title}的通知", 17, indent=False, font=ctx.bold)
        y += 4
        pg.text(
            22,
            y,
            f"各县（市、区）{org[len(c) + 1 :]}，{ctx.choose('tn.to', ['市直各有关单位', '各有关单位', '各医疗卫生机构', '各学校'])}：",
            12,
            ctx.body,
        )
        y += lh(12, 2)
        y = para(
            pg,
            ctx,
            22,
            y,
            pg.w - 44,
            f"为进一步提升我市专业技术人员能力素质，经研究，决定举办{title}。现将有关事项通知如下：",
            12,
        )
        secs = [("一、培训时间", P.rstr(a, b, st) + "，" + ctx.choose("tn.rep", ["报到时间为首日上午8:30前。", "全天授课。", "请按时参加。"])),
                ("二、培训地点", place + "。"),
                ("三、培训对象", f"全市{rng.choice(['中级及以上职称', '各类', '在岗'])}专业技术人员，共{rng.randint(60, 300)}人。"),
                ("四、学时认定", credit),
                ("五、有关要求", "请各单位高度重视，认真组织，确保参训人员按时到位。")]  # fmt: skip
        for h, t in secs:
            pg.text(22, y, h, 12, ctx.bold)
            y += lh(12, 1.9)
            y = para(pg, ctx, 22, y, pg.w - 44, t, 12)
        contact = P.people_names(rng, 1)[0]
        y = para(
            pg,
            ctx,
            22,
            y + 2,
            pg.w - 44,
            f"联系人：{contact}，电话：0534-{rng.randint(2000000, 8999999)}",
            12,
        )
        signoff(pg, ctx, [issuer, P.dstr(issued, st)], y + 14, pg.w - 28, 12.5, seal=issuer)
        pages.append(pg)
        tail = rng.random()
        if tail < 0.3:  # a reply slip filled in by hand
            holder = P.people_names(rng, 1)[0]
            p2 = Page()
            p2.text(20, 20, "附件", 13, ctx.bold)
            centre(p2, ctx.bold, "报名回执", 30, 16)
            rows = [["姓名", "", "性别", ""], ["工作单位", "", "职称", ""], ["联系电话", "", "备注", ""]]
            yt = p2.table(25, 45, [30, 55, 25, 50], rows, 12, ctx.body, 14)
            p2.text(82.5, 49, holder, 15, ctx.hand, "c", (30, 40, 140))
            p2.text(160, 49, P.sex(rng), 15, ctx.hand, "c", (30, 40, 140))
            p2.text(82.5, 63, P.workplace(rng, c)[:10], 12, ctx.hand, "c", (30, 40, 140))
            p2.text(160, 63, rng.choice(P.RANKS), 13, ctx.hand, "c", (30, 40, 140))
            p2.text(
                25,
                yt + 8,
                f"请于{P.dstr(a - dt.timedelta(days=3), st)}前将回执发送至指定邮箱。",
                11,
                ctx.body,
            )
            pages.append(p2)
        elif tail < 0.65:
            names = P.people_names(rng, rng.randint(4, 9))
            p2 = Page()
            p2.text(20, 20, "附件", 13, ctx.bold)
            centre(p2, ctx.bold, "参训人员名单", 30, 16)
            rows = [["序号", "姓名", "工作单位"]] + [
                [str(i + 1), nm, P.workplace(rng, c)] for i, nm in enumerate(names)
            ]
            p2.table(30, 45, [18, 40, 92], rows, 11, ctx.body, 10, header_font=ctx.bold)
            pages.append(p2)
            people = [person(nm, i + 1, "attendee") for i, nm in enumerate(names)]
        else:
            holder = P.people_names(rng, 1)[0]
            pg.text(pg.w - 70, 58, f"{holder} 已参加", 15, ctx.hand, "l", (30, 40, 140))
    elif v == "conference":  # an academic meeting's second-round notice from a society
        issuer = ctx.choose(
            "tn.c.org",
            [
                f"{prov}省医学会",
                f"{prov}省农学会",
                f"{prov}省土木建筑学会",
                f"{prov}省教育学会",
                f"{c}市护理学会",
            ],
        )
        pg = Page()
        y = (
            para(
                pg,
                ctx,
                24,
                26,
                pg.w - 48,
                f"关于召开{title}的通知（第二轮）",
                16,
                indent=False,
                font=ctx.bold,
            )
            + 4
        )
        y = para(pg, ctx, 22, y, pg.w - 44, "各会员单位及有关人员：", 12, indent=False)
        y = para(
            pg,
            ctx,
            22,
            y,
            pg.w - 44,
            f"经研究，{issuer}定于{P.rstr(a, b, st)}在{place}召开{title}。现将会议有关事项通知如下。",
            12,
        )
        secs = [("（一）会议内容", f"围绕{topic}开展专题报告、经验交流和案例研讨。"),
                ("（二）参会人员", "各会员单位专业技术人员及有关专家。"),
                ("（三）继续教育", credit),
                ("（四）会务费用", f"会务费{rng.choice([300, 500, 600, 800])}元/人，食宿统一安排，费用自理。")]  # fmt: skip
        for h, t in secs:
            y = para(pg, ctx, 22, y, pg.w - 44, h + "：" + t, 12)
        y = para(pg, ctx, 22, y + 2, pg.w - 44, "附件：参会人员回执", 12, indent=False)
        signoff(pg, ctx, [issuer, P.dstr(issued, st)], y + 14, pg.w - 28, 12.5, seal=issuer)
        holder = P.people_names(rng, 1)[0]
        pg.text(22, pg.h - 40, f"拟参会：{holder}", 15, ctx.hand, "l", (30, 40, 140))
        pages.append(pg)
    elif v == "invite":
        holder = P.people_names(rng, 1)[0]
        pg = Page()
        border(pg, ctx, ctx.choose("tn.i.border", ["none", "band", "thin"]))
        y = centre(pg, ctx.bold, spaced("邀请函", "  "), 32, 26, RED) + 8
        pg.text(
            24,
            y,
            f"尊敬的{holder}{ctx.choose('tn.hon', ['老师', '同志', '先生/女士', '专家'])}：",
            13,
            ctx.body,
        )
        y += lh(13, 2.1)
        y = para(
            pg,
            ctx,
            24,
            y,
            pg.w - 48,
            f"您好！{issuer}定于{P.rstr(a, b, st)}在{place}举办{title}，诚邀您拨冗参加。",
            13,
            lead=2,
        )
        y = para(
            pg, ctx, 24, y, pg.w - 48, f"本次活动主要围绕{topic}开展专题讲授和交流研讨。{credit}", 13, lead=2
        )
        y = para(pg, ctx, 24, y, pg.w - 48, "请于活动开始前三日回执确认。期待您的光临！", 13, lead=2)
        signoff(pg, ctx, [issuer, P.dstr(issued, st)], y + 18, pg.w - 28, 13, seal=issuer)
        pages.append(pg)
    elif v == "schedule":
        pg = Page()
        y = para(pg, ctx, 20, 20, pg.w - 40, f"{title}日程安排", 17, indent=False, font=ctx.bold) + 2
        pg.text(20, y, f"主办单位：{issuer}      培训地点：{place}", 11, ctx.body)
        y += lh(11, 2)
        rows = [["日期", "时间", "内容", "主讲人"]]
        days = [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]
        spk = P.people_names(rng, 6)
        for i, dd in enumerate(days):
            for j, tm in enumerate(["8:30-11:30", "14:00-17:00"]):
                rows.append([P.dstr(dd, st) if j == 0 else "", tm, rng.choice(P.PUBLIC_TOPICS + P.PRO_TOPICS),
                             f"{spk[(2 * i + j) % 6]} {rng.choice(['教授', '主任医师', '研究员', '高级工程师'])}"])  # fmt: skip
        y = pg.table(16, y, [34, 28, 86, 30], rows, 10, ctx.body, 10, header_font=ctx.bold)
        y = para(pg, ctx, 20, y + 6, pg.w - 40, "说明：" + credit, 11, indent=False)
        pg.text(pg.w - 20, y + 8, f"{issuer}", 12, ctx.body, "r")
        pg.text(pg.w - 20, y + 16, P.dstr(issued, st), 12, ctx.body, "r")
        stamp(pg, ctx, issuer, pg.w - 45, y + 12)
        holder = P.people_names(rng, 1)[0]
        pg.text(pg.w - 62, 8, f"参训：{holder}", 14, ctx.hand, "l", (30, 40, 140))
        pages.append(pg)
    else:  # wechat screenshot of a published notice
        pg = Page(100, 216)
        pg.rect(0, 0, pg.w, 12, 0, (0, 0, 0), (237, 237, 237))
        pg.text(6, 3.5, "‹", 10, ctx.body)
        pg.text(pg.w / 2, 3.5, issuer[:10], 8, ctx.body, "c")
        y = pg.wrap(6, 16, pg.w - 12, f"关于举办{title}的通知", 12, ctx.bold, 1.5)
        pg.text(6, y + 1, f"{issuer}  {P.dstr(issued, 'dash')}", 6.5, ctx.body, "l", (90, 110, 150))
        y += 7
        for t in ["各有关单位：", f"为提高专业技术人员业务水平，定于{P.rstr(a, b, st)}在{place}举办{title}。",
                  credit, f"请于{P.dstr(a - dt.timedelta(days=2), st)}前报名。", "附件：参训人员名单"]:  # fmt: skip
            y = pg.wrap(6, y + 1, pg.w - 12, t, 7.5, ctx.body, 1.7)
        names = P.people_names(rng, rng.randint(3, 6))
        rows = [["序号", "姓名", "单位"]] + [
            [str(i + 1), nm, P.workplace(rng, c)] for i, nm in enumerate(names)
        ]
        pg.table(6, y + 2, [10, 20, 58], rows, 6.5, ctx.body, 6.5)
        people = [person(nm, i + 1, "attendee") for i, nm in enumerate(names)]
        pages.append(pg)
    claim = holder or rng.choice([p["name"] for p in people])
    return Doc(
        "training_notice",
        f"notice4-{v}",
        pages,
        {
            "holder": holder,
            "people": people,
            "title": title,
            "issuer": issuer,
            "issued_on": P.iso(issued),
            "period": {"start": P.iso(a), "end": P.iso(b)},
            "hours_stated": hours,
        },  # fmt: skip
        scored,
        {"person": claim, "year": a.year},
        category=cat,
    )


# ---- qualification certificates ---------------------------------------------------------------
MAJORS = ["农学", "临床医学", "土木工程", "护理学", "汉语言文学", "水利水电工程", "会计学", "计算机科学与技术",
          "动物医学", "数学与应用数学", "园艺", "环境工程"]  # fmt: skip
DISCIPLINES = {"农学": ("作物栽培学与耕作学", "农学"), "临床医学": ("内科学", "医学"), "土木工程": ("结构工程", "工学"),
               "护理学": ("护理学", "医学"), "汉语言文学": ("中国现当代文学", "文学"), "会计学": ("会计学", "管理学"),
               "计算机科学与技术": ("计算机应用技术", "工学"), "动物医学": ("预防兽医学", "农学"),
               "水利水电工程": ("水文学及水资源", "工学"), "数学与应用数学": ("应用数学", "理学"),
               "园艺": ("蔬菜学", "农学"), "环境工程": ("环境工程", "工学")}  # fmt: skip
SELF_COURSES = ["中国近现代史纲要", "马克思主义基本原理概论", "英语（二）", "高等数学（工本）", "管理学原理",
                "计算机应用基础", "现代汉语", "中国古代文学作品选（一）", "护理学导论", "基础会计学"]  # fmt: skip
COMPUTER_MODULES = ["Word 2016中文字处理", "Excel 2016中文电子表格", "PowerPoint 2016中文演示文稿",
                    "Windows 7操作系统", "Internet应用", "Photoshop CS5图像处理", "AutoCAD 2014制图"]  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant(
        "qualification_certificate", ["graduation", "master", "doctor", "pgcourse", "selfstudy", "computer"]
    )
    rng = ctx.rng
    prov, c = P.city(rng)
    holder = P.people_names(rng, 1)[0]
    sx = P.sex(rng)
    birth = dt.date(rng.randint(1972, 1998), rng.randint(1, 12), rng.randint(1, 28))
    st = ctx.choose("date", P.STYLES)
    major = rng.choice(MAJORS)
    school = P.college(rng, prov)
    subject: str | None = major
    modules: list[str] | None = None
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    pg = Page(297, 210) if v in ("graduation", "master", "doctor") and rng.random() < 0.6 else Page()
    land = pg.w > pg.h
    W = pg.w
    if v in ("graduation", "master", "doctor"):
        y0 = rng.randint(2005, 2024)
        issued = dt.date(y0, rng.choice([6, 6, 7, 12]), rng.randint(1, 30))
        age = {"graduation": (21, 24), "master": (24, 32), "doctor": (27, 38)}[v]
        birth = dt.date(y0 - rng.randint(*age), rng.randint(1, 12), rng.randint(1, 28))
        issuer = school
        border(pg, ctx, ctx.choose("q.border", ["gold", "blue", "red", "thin"]))
        if v == "graduation":
            kind = "graduation"
            y = centre(pg, ctx.bold, "普通高等学校", 26 if land else 40, 16)
            y = centre(pg, ctx.bold, spaced("毕业证书", "  "), y, 30, RED) + 6
            a = dt.date(y0 - 4, 9, 1)
            body = (f"学生{holder}，性别{sx}，{P.dstr(birth, st)}生，于{P.mstr(a.year, 9, st)}至{P.mstr(y0, issued.month, st)}"
                    f"在本校{major}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
            sign = [f"校名：{school}", "校（院）长：" + P.people_names(rng, 1)[0]]
        else:
            kind = "master_degree" if v == "master" else "doctor_degree"
            deg = "硕士" if v == "master" else "博士"
            disc, door = DISCIPLINES[major]
            subject = disc
            y = centre(pg, ctx.bold, spaced(f"{deg}学位证书", " "), 30 if land else 45, 28, RED) + 8
            body = (f"{holder}，{sx}，{P.dstr(birth, st)}生。在{school}{disc}学科（专业）完成了{deg}研究生的学习计划，"
                    f"业已通过{deg}学位论文答辩，根据《中华人民共和国学位条例》的规定，授予{door}{deg}学位。")  # fmt: skip
            sign = [f"{school}学位评定委员会", "主席：" + P.people_names(rng, 1)[0]]
        if rng.random() < 0.7:
            photo(pg, 28 if land else W / 2 - 12.5, y if not land else y - 5)
            y = y + (0 if land else 42)
        x = 62 if land else 28
        y = para(pg, ctx, x, y + 4, W - x - 28, body, 14, lead=2.1)
        no = f"{rng.randint(10000, 19999)}{y0}{rng.randint(0, 999999):06d}" + (
            "" if v == "graduation" else ""
        )
        pg.text(x, y + 12, f"证书编号：{no}", 11, ctx.body)
        signoff(pg, ctx, sign + [P.dstr(issued, st)], y + 10, W - 30, 13, seal=school)
        issued_s = P.iso(issued)
    elif v == "pgcourse":
        kind = "postgraduate_courses"
        y0 = rng.randint(2010, 2024)
        m = rng.choice([1, 6, 7, 12])
        issued_s = P.ym(y0, m)
        issuer = school
        modules = rng.sample(["现代农业技术进展", "高级统计学", "科研方法论", "专业英语", "学科前沿专题", "社会调查研究方法",
                              "数据分析与建模", "专业外语"], rng.randint(4, 6))  # fmt: skip
        scored.append("qualification.modules")
        border(pg, ctx, "blue")
        y = centre(pg, ctx.bold, "研究生课程进修班", 36, 18)
        y = centre(pg, ctx.bold, "结业证书", y, 28, RED) + 6
        y = para(pg, ctx, 28, y, W - 56, f"{holder}同志于{P.mstr(y0 - 2, 9, st)}至{P.mstr(y0, m, st)}参加我校{major}专业研究生课程进修班学习，"
                 "修完下列课程，考试成绩合格，准予结业。", 14, lead=2)  # fmt: skip
        rows = [["课程名称", "学分", "成绩"]] + [
            [mm, str(rng.choice([2, 3, 4])), str(rng.randint(70, 95))] for mm in modules
        ]
        y = pg.table(35, y + 4, [80, 30, 30], rows, 11, ctx.body, 9, header_font=ctx.bold)
        signoff(pg, ctx, [f"{school}研究生院", P.mstr(y0, m, st)], y + 16, W - 30, 13, seal=school)
    elif v == "selfstudy":
        kind = "self_study_exam"
        y0 = rng.randint(2008, 2024)
        m = rng.choice([4, 10])
        issued_s = P.ym(y0, m)
        issuer = f"{prov}省高等教育自学考试委员会"
        modules = rng.sample(SELF_COURSES, rng.randint(1, 3))
        scored.append("qualification.modules")
        if rng.random() < 0.4:
            subject = None
            scored.remove("qualification.subject")
        y = centre(pg, ctx.bold, "高等教育自学考试", 30, 18)
        y = centre(pg, ctx.bold, "单科合格证书", y, 26, RED) + 6
        pairs = [("姓名", holder), ("准考证号", f"{rng.randint(10, 99)}{rng.randint(0, 10**10):010d}")]
        if subject:
            pairs.append(("报考专业", major))
        y = fields(pg, ctx, 30, y, pairs, 13)
        rows = [["课程代码", "课程名称", "成绩", "考试时间"]] + [
            [f"{rng.randint(100, 12000):05d}", mm, str(rng.randint(60, 90)), P.mstr(y0, m, st)]
            for mm in modules
        ]
        y = pg.table(28, y + 4, [30, 72, 22, 30], rows, 11, ctx.body, 10, header_font=ctx.bold)
        y = para(pg, ctx, 28, y + 6, W - 56, "上列课程经考试成绩合格，特发此证。", 12)
        signoff(pg, ctx, [issuer, P.mstr(y0, m, st)], y + 12, W - 28, 13, seal=issuer)
    else:  # computer
        kind = "computer_exam"
        subject = None
        scored.remove("qualification.subject")
        scored.append("qualification.modules")
        issued = P.day(rng, 2005, 2019)
        birth = dt.date(issued.year - rng.randint(24, 48), rng.randint(1, 12), rng.randint(1, 28))
        issued_s = P.iso(issued)
        issuer = "人事部人事考试中心" if issued.year < 2008 else "人力资源和社会保障部人事考试中心"
        pool = (
            COMPUTER_MODULES
            if issued.year >= 2016
            else [
                m.replace("2016", "2003")
                .replace("Windows 7", "Windows XP")
                .replace("CS5", "CS4")
                .replace("2014", "2008")
                for m in COMPUTER_MODULES
            ]
        )
        modules = rng.sample(pool, rng.randint(1, 3))
        border(pg, ctx, "blue")
        y = centre(pg, ctx.bold, "全国专业技术人员计算机应用能力考试", 36, 17)
        y = centre(pg, ctx.bold, "合格证书", y, 28, BLUE) + 8
        photo(pg, W - 55, y)
        y = fields(pg, ctx, 30, y, [("姓    名", holder), ("性    别", sx), ("出生日期", P.dstr(birth, st)),
                                    ("证件号码", P.id_card_masked(rng, birth))], 13, label_w=28)  # fmt: skip
        y = para(
            pg,
            ctx,
            30,
            y + 4,
            W - 60,
            "参加全国专业技术人员计算机应用能力考试，下列科目成绩合格：",
            13,
            indent=False,
        )
        rows = [["序号", "科目名称", "考试日期"]] + [
            [str(i + 1), mm, P.dstr(issued, st)] for i, mm in enumerate(modules)
        ]
        y = pg.table(30, y + 2, [18, 80, 46], rows, 11, ctx.body, 10, header_font=ctx.bold)
        pg.text(30, y + 8, f"管理号：{rng.randint(10**11, 10**12 - 1)}", 10, ctx.body)
        signoff(pg, ctx, [issuer, P.dstr(issued, st)], y + 14, W - 28, 12.5, seal=issuer)
    year = int(issued_s[:4])
    return Doc(
        "qualification_certificate",
        f"qual4-{v}",
        [pg],
        {
            "holder": holder,
            "issuer": issuer,
            "issued_on": issued_s,
            "qualification": {"kind": kind, "subject": subject, "modules": modules},
        },  # fmt: skip
        scored,
        {"person": holder, "year": year},
    )


# ---- other documents (not proofs) -----------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other", ["invoice", "receipt", "employment", "appointment", "minutes", "titlecert"])
    rng = ctx.rng
    prov, c = P.city(rng)
    who = P.people_names(rng, 1)[0]
    unit = P.workplace(rng, c)
    d = P.day(rng, 2019, 2025)
    st = ctx.choose("date", P.STYLES)
    issuer = unit
    title = None
    if v == "invoice":
        pg = Page(240, 140)
        issuer = f"{c}市{rng.choice(['继续教育培训中心', '人才发展服务有限公司', '职业培训学校'])}"
        centre(pg, ctx.bold, f"{prov}增值税电子普通发票", 10, 17, (140, 70, 30))
        pg.text(170, 22, f"发票号码：{rng.randint(10**7, 10**8 - 1)}", 9, ctx.body)
        pg.text(170, 28, f"开票日期：{P.dstr(d, 'cn0')}", 9, ctx.body)
        pg.rect(10, 36, 230, 118, 0.4, (140, 70, 30))
        pg.text(14, 40, f"购买方  名称：{who}", 10, ctx.body)
        pg.text(14, 48, "纳税人识别号：", 10, ctx.body)
        rows = [["项目名称", "单位", "数量", "单价", "金额", "税率", "税额"],
                ["*非学历教育服务*培训费", "次", "1", "580.00", "563.11", "3%", "16.89"]]  # fmt: skip
        pg.table(10, 58, [70, 16, 16, 30, 34, 18, 36], rows, 9, ctx.body, 9, lw=0.2)
        pg.text(14, 84, "价税合计（大写）：伍佰捌拾圆整      （小写）¥580.00", 10, ctx.body)
        pg.text(14, 100, f"销售方  名称：{issuer}", 10, ctx.body)
        stamp(pg, ctx, issuer, 200, 105, 14)
        pg.text(14, 124, f"开票人：{P.people_names(rng, 1)[0]}", 9, ctx.body)
    elif v == "receipt":
        pg = Page(210, 110)
        issuer = P.training_org(rng, prov, c)
        centre(pg, ctx.bold, "收 款 收 据", 10, 18, RED)
        pg.text(pg.w - 15, 22, f"No.{rng.randint(1000000, 9999999)}", 10, ctx.body, "r", RED)
        pg.text(15, 22, P.dstr(d, st), 10, ctx.body)
        rows = [["交款单位（人）", who, "", ""], ["收款事由", "继续教育培训资料费", "", ""],
                ["金额（大写）", "叁佰元整", "¥", "300.00"]]  # fmt: skip
        pg.table(15, 32, [40, 90, 20, 30], rows, 11, ctx.body, 12, lw=0.3)
        pg.text(15, 78, f"收款单位（盖章）：{issuer}", 11, ctx.body)
        pg.text(140, 78, "经手人：", 11, ctx.body)
        pg.text(158, 77, P.people_names(rng, 1)[0], 13, ctx.hand)
        stamp(pg, ctx, issuer, 60, 80, 14)
    elif v == "employment":
        pg = Page()
        centre(pg, ctx.bold, spaced("在职证明", "  "), 40, 24)
        body = (f"兹证明{who}，{P.sex(rng)}，身份证号{P.id_card_masked(rng, d)}，自{P.mstr(d.year - rng.randint(3, 15), rng.randint(1, 12), st)}"
                f"起在我单位工作，现任{rng.choice(P.RANKS)}，工作表现良好。")  # fmt: skip
        y = para(pg, ctx, 28, 70, pg.w - 56, body, 14, lead=2.1)
        y = para(pg, ctx, 28, y + 4, pg.w - 56, "特此证明。", 14)
        signoff(pg, ctx, [unit, P.dstr(d, st)], y + 30, pg.w - 30, 14, seal=unit)
    elif v == "appointment":
        pg = Page(297, 210)
        border(pg, ctx, "red")
        centre(pg, ctx.bold, spaced("聘书", "    "), 40, 36, RED)
        role = rng.choice(["兼职教师", "评审专家", "技术顾问", "继续教育授课专家"])
        body = (
            f"兹聘请{who}同志为{issuer}{role}，聘期{rng.choice(['三', '两', '五'])}年（{P.dstr(d, st)}起）。"
        )
        y = para(pg, ctx, 45, 90, pg.w - 90, body, 17, lead=2.2)
        signoff(pg, ctx, [issuer, P.dstr(d, st)], y + 20, pg.w - 45, 14, seal=issuer)
    elif v == "minutes":
        pg = Page()
        centre(pg, ctx.bold, f"{unit}", 25, 14)
        centre(pg, ctx.bold, "职称评审推荐会议纪要", 34, 20)
        ppl = P.people_names(rng, 5)
        y = fields(pg, ctx, 24, 52, [("时间", P.dstr(d, st)), ("地点", "三楼会议室"), ("主持", ppl[0]),
                                     ("参会人员", "、".join(ppl[1:]) + f"、{who}")], 12)  # fmt: skip
        y = para(pg, ctx, 24, y + 4, pg.w - 48, f"会议听取了{who}等同志的述职报告，审议了本年度专业技术人员继续教育学时完成情况，"
                 "经讨论，同意推荐上述人员参加高一级专业技术职务任职资格评审。", 12)  # fmt: skip
        pg.text(pg.w - 30, y + 20, f"记录人：{ppl[-1]}", 12, ctx.body, "r")
    else:  # titlecert
        pg = Page(297, 210)
        border(pg, ctx, "blue")
        issuer = f"{prov}省人力资源和社会保障厅"
        centre(pg, ctx.bold, "专业技术资格证书", 30, 26, BLUE)
        photo(pg, 40, 60)
        title = rng.choice(P.RANKS)
        y = fields(pg, ctx, 85, 62, [("姓名", who), ("工作单位", unit), ("资格名称", title),
                                     ("评审时间", P.dstr(d, st)), ("证书编号", f"{rng.randint(10**9, 10**10)}")], 14,
                   label_w=30, width=180)  # fmt: skip
        signoff(pg, ctx, [issuer, P.dstr(d, st)], 150, pg.w - 40, 13, seal=issuer)
    return Doc(
        "other",
        f"other4-{v}",
        [pg],
        {"holder": who, "title": title, "issuer": issuer},
        [],
        {"person": who, "year": d.year},
    )


__all__ = [
    "other",
    "qualification_certificate",
    "sign_in_sheet",
    "training_certificate",
    "training_notice",
    "width_mm",
]
