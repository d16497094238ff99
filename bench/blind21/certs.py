"""Draw 21 training certificates, sign-in sheets and training notices."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind21 import pools as P
from bench.blind21.kit import (
    card,
    hand,
    kv_grid,
    landscape,
    make,
    para,
    phone_screen,
    portrait,
    ppl,
    red_title,
    right_block,
    seal,
    t,
)
from bench.blind21.others import other, qualification_certificate

__all__ = ["training_certificate", "sign_in_sheet", "training_notice", "qualification_certificate", "other"]
CAT_WORD = {"public": "公需科目", "professional": "专业科目"}
WEEK = "一二三四五六日"


def _course(ctx: P.Ctx, cat: str | None) -> str:
    if cat == "public":
        return ctx.pick(P.COURSES_PUB)
    if cat == "professional":
        return ctx.pick(P.COURSES_PRO)
    return ctx.pick(P.COURSES_PRO + P.COURSES_PUB)


def _issuer(ctx: P.Ctx, city: str) -> str:
    r = ctx.rng.random()
    if r < 0.4:
        return ctx.pick(P.TRAINERS).format(c=city)
    if r < 0.7:
        return ctx.pick(P.SOCIETIES)
    if r < 0.85:
        return ctx.pick(P.INSTITUTES)
    return ctx.firm(city)


# ---- training certificates ------------------------------------------------------------------
def training_certificate(ctx: P.Ctx, k: int) -> Doc:
    v = ctx.variant("tc")
    city = ctx.city()
    cat = ctx.pick(["public", "professional", None])
    course = _course(ctx, cat)
    holder, firm = ctx.person(), ctx.firm(city)
    issuer = _issuer(ctx, city)
    a = ctx.day(2020, 2024)
    b = P.later(ctx, a, 1, 4)
    issued = P.later(ctx, b, 0, 10)
    hours = ctx.pick([8, 12, 16, 24, 32, 40, 48])
    st = ctx.pick(P.DAY_STYLES)
    no = f"{ctx.rng.randint(2020, 2024)}{ctx.rng.randint(1000, 99999):05d}"
    f: dict = {"holder": holder, "title": course, "issuer": issuer, "hours_stated": float(hours),
               "issued_on": P.iso(issued), "period": {"start": P.iso(a), "end": P.iso(b)}}  # fmt: skip
    catw = CAT_WORD.get(cat or "", "")
    if v == "jieye":
        pg = portrait()
        pg.rect(12, 12, 198, 285, 1.4, (160, 120, 40))
        pg.rect(16, 16, 194, 281, 0.4, (160, 120, 40))
        t(pg, ctx, 180, 28, f"编号：{issuer[:2]}继教字〔{a.year}〕{ctx.rng.randint(10, 999)}号", 10, "r")
        t(pg, ctx, 105, 55, "结  业  证  书", 32, "c", True, P.RED)
        t(pg, ctx, 30, 95, f"{holder} 同志：", 15)
        tail = f"（{catw}）" if cat else ""
        y = para(pg, ctx, 30, 110, 150,
                 f"你于{P.span(a, b, st)}参加由{issuer}举办的“{course}”培训班{tail}，完成规定课程学习，"
                 f"经考核合格，计{hours}学时。", 15, lead=2.0)  # fmt: skip
        para(pg, ctx, 30, y + 2, 150, "特发此证。", 15)
        right_block(pg, ctx, 180, 215, [issuer, P.ds(issued, st)], 14, issuer)
        pages = [pg]
    elif v == "platform":
        pg, y = phone_screen(ctx, "学时证明")
        a, b = dt.date(a.year, a.month, 1), dt.date(a.year, min(12, a.month + ctx.rng.randint(1, 5)), 1)
        f["period"] = {"start": P.ym(a.year, a.month), "end": P.ym(b.year, b.month)}
        issued = P.later(ctx, b, 20, 40)
        f["issued_on"] = P.iso(issued)
        site, org = ctx.pick(P.ONLINE)
        org = org.format(c=city)
        f["issuer"] = org
        card(pg, 4, y, 76, y + 140)
        t(pg, ctx, 40, y + 4, site[:18], 7.5, "c", False, (90, 90, 90))
        t(pg, ctx, 40, y + 11, "继续教育学时证明", 12, "c", True)
        rows = [
            ("姓　　名", holder),
            ("身份证号", P.masked_id(ctx)),
            ("工作单位", firm),
            ("学习课程", course),
        ]
        if cat:
            rows.append(("课程类别", catw))
        rows += [("学习时段", f"{P.ms(a.year, a.month, 'cjkpad')}—{P.ms(b.year, b.month, 'cjkpad')}"),
                 ("认定学时", f"{hours}学时"), ("认定机构", org), ("出具日期", P.ds(issued, "dash"))]  # fmt: skip
        yy = y + 21
        for lab, val in rows:
            t(pg, ctx, 7, yy, lab, 7.5, "l", False, (110, 110, 110))
            yy = pg.wrap(24, yy, 50, val, 7.5, ctx.body, 1.5) + 1.6
        seal(pg, ctx, 58, yy - 12, org, 11)
        t(pg, ctx, 40, y + 146, "长按识别二维码可核验证书真伪", 6.5, "c", False, (130, 130, 130))
        pages = [pg]
    elif v == "landscape":
        pg = landscape()
        pg.rect(10, 10, 287, 200, 2.2, (30, 80, 150))
        pg.rect(14, 14, 283, 196, 0.4, (30, 80, 150))
        pg.rect(45, 50, 80, 95, 0.3)
        t(pg, ctx, 30, 150, f"证书编号：{no}", 11)
        t(pg, ctx, 30, 160, f"身份证号：{P.masked_id(ctx)}", 11)
        t(pg, ctx, 30, 170, f"工作单位：{firm}", 11)
        t(pg, ctx, 190, 30, "培训合格证书", 30, "c", True)
        st = ctx.pick(["hanzi", "hanzi_o"])
        y = para(pg, ctx, 110, 58, 160, f"{holder}同志参加“{course}”培训，学习期满，成绩合格，准予结业。", 14)
        t(pg, ctx, 110, y + 4, f"培训时间：{P.span(a, b, 'cjk')}", 13)
        y += 12
        t(pg, ctx, 110, y, f"培训学时：{hours}学时" + (f"（{catw}）" if cat else ""), 13)
        right_block(pg, ctx, 265, 160, [issuer, P.ds(issued, st)], 13, issuer)
        pages = [pg]
    elif v == "hourtable":
        pg = portrait()
        t(pg, ctx, 105, 40, "继续教育学时证明", 22, "c", True)
        para(
            pg,
            ctx,
            25,
            65,
            160,
            "兹证明下列人员参加了我单位组织的继续教育培训，经考核合格，学时认定如下：",
            13,
        )
        t(pg, ctx, 25, 80, f"工作单位：{firm}", 12)
        hdr = ["姓名", "培训项目", "培训时间", "学时"]
        row = [holder, course, f"{P.ds(a, 'dot')}—{P.ds(b, 'dot')}", str(hours)]
        widths = [24, 70, 52, 18]
        if cat:
            hdr.insert(3, "科目类别")
            row.insert(3, catw)
            widths = [22, 60, 50, 20, 14]
        pg.table(22, 90, widths, [hdr, row], 10, ctx.body, 20)
        t(pg, ctx, 25, 125, "特此证明。", 13)
        right_block(pg, ctx, 185, 160, [f"{issuer}（盖章）", P.ds(issued, st)], 13, issuer)
        pages = [pg]
    elif v == "fillin":
        pg = portrait()
        t(pg, ctx, 105, 35, firm, 14, "c")
        t(pg, ctx, 105, 50, "培 训 证 明", 24, "c", True)
        f["issuer"] = firm
        x, y = 28, 80
        lx = x + t(pg, ctx, x, y, "兹有", 14) + 2
        hand(pg, ctx, lx, y - 1, holder, 16)
        pg.line(lx - 1, y + 6, lx + 30, y + 6, 0.3)
        t(pg, ctx, lx + 32, y, f"同志（部门：{ctx.pick(P.DEPTS)}）", 14)
        y += 14
        parts = [("于", 0), (str(a.year), 1), ("年", 0), (str(a.month), 1), ("月", 0), (str(a.day), 1),
                 ("日至", 0), (str(b.month), 1), ("月", 0), (str(b.day), 1), ("日", 0)]  # fmt: skip
        cx = x
        for s, h in parts:
            if h:
                pg.line(cx, y + 6, cx + 14, y + 6, 0.3)
                pg.text(cx + 7, y, s, 15, ctx.hand, "c", P.INK)
                cx += 15
            else:
                cx += t(pg, ctx, cx, y, s, 14) + 1
        y += 14
        t(pg, ctx, x, y, "参加", 14)
        hand(pg, ctx, x + 14, y - 1, course, 14)
        pg.line(x + 13, y + 6, 185, y + 6, 0.3)
        y += 14
        cx = x + t(pg, ctx, x, y, "培训，经考核合格，共计", 14) + 2
        pg.text(cx + 6, y, str(hours), 15, ctx.hand, "c", P.INK)
        pg.line(cx, y + 6, cx + 12, y + 6, 0.3)
        t(pg, ctx, cx + 14, y, "学时。", 14)
        y += 18
        if cat:
            t(pg, ctx, x, y, "科目类别：  □ 公需科目      □ 专业科目", 13)
            bx = x + width_mm(
                "科目类别：  □ 公需科目      " if cat == "professional" else "科目类别：  ", ctx.body, 13
            )
            pg.text(bx + 0.4, y - 1.0, "√", 15, ctx.hand, "l", P.INK)
        t(pg, ctx, 120, 200, "单位（盖章）", 13)
        hand(pg, ctx, 120, 212, P.ds(issued, ctx.pick(["cjk", "dotshort"])), 14)
        seal(pg, ctx, 140, 205, firm)
        pages = [pg]
    elif v == "society":
        pg = portrait()
        pg.rect(0, 0, 210, 30, 0, (20, 60, 120), (20, 60, 120))
        t(pg, ctx, 105, 10, issuer, 14, "c", True, (255, 255, 255))
        t(pg, ctx, 105, 50, "继续教育证书", 28, "c", True)
        t(pg, ctx, 105, 64, "CERTIFICATE OF CONTINUING EDUCATION", 11, "c", False, (90, 90, 90))
        rows = [("姓名 Name", holder), ("单位 Employer", firm), ("培训项目 Program", course),
                ("培训日期 Date", P.span(a, b, "dash", " ~ ")), ("学时 Hours", f"{hours} 学时")]  # fmt: skip
        if cat:
            rows.insert(3, ("科目 Category", catw))
        y = 90
        for lab, val in rows:
            t(pg, ctx, 35, y, lab + "：", 12, "l", False, (70, 70, 70))
            y = pg.wrap(90, y, 95, val, 13, ctx.body, 1.5) + 7
        t(pg, ctx, 35, y + 6, f"证书编号 No.：{no}", 11)
        right_block(pg, ctx, 180, 220, [issuer, P.ds(issued, "dash")], 12, issuer)
        pages = [pg]
    elif v == "export":
        pg = portrait()
        site, org = ctx.pick(P.ONLINE)
        org = org.format(c=city)
        f["issuer"] = org
        t(pg, ctx, 20, 14, site, 9, "l", False, (120, 120, 120))
        t(
            pg,
            ctx,
            190,
            14,
            f"打印时间：{P.ds(P.later(ctx, issued, 30, 200), 'dash')}",
            9,
            "r",
            False,
            (120, 120, 120),
        )
        pg.line(20, 20, 190, 20, 0.2, (150, 150, 150))
        t(pg, ctx, 105, 34, "专业技术人员继续教育培训证书", 18, "c", True)
        t(pg, ctx, 105, 44, "（电子版）", 11, "c")
        rows = [("证书编号", no), ("姓　　名", holder), ("身份证号", P.masked_id(ctx)), ("工作单位", firm),
                ("培训名称", course)]  # fmt: skip
        if cat:
            rows.append(("科目类型", catw))
        rows += [("培训起止", f"{P.ds(a, 'dash')} 至 {P.ds(b, 'dash')}"), ("学时", f"{hours}"),
                 ("发证单位", org), ("发证日期", P.ds(issued, "dash"))]  # fmt: skip
        y = kv_grid(pg, ctx, 25, 58, 160, rows, 11, 32, 11)
        pg.rect(150, y + 10, 180, y + 40, 0.4)
        for i in range(5):
            for j in range(5):
                if (i * 7 + j * 3 + ctx.k) % 3 == 0:
                    pg.rect(
                        151 + i * 5.6,
                        y + 11 + j * 5.6,
                        155.5 + i * 5.6,
                        y + 15.5 + j * 5.6,
                        0,
                        fill=(0, 0, 0),
                    )
        t(pg, ctx, 25, y + 15, f"验证码：{ctx.rng.randint(10**7, 10**8 - 1)}", 10)
        t(pg, ctx, 25, y + 24, "本证书可登录平台“证书查验”栏目核验。", 10)
        seal(pg, ctx, 120, y - 20, org, 18)
        pages = [pg]
    else:  # monthcert
        pg = portrait()
        site, org = ctx.pick(P.ONLINE)
        org = org.format(c=city)
        f.update(issuer=org, period=None, issued_on=P.ym(issued.year, issued.month))
        pg.rect(8, 8, 202, 289, 0, fill=(250, 246, 236))
        t(pg, ctx, 105, 45, "课 程 证 书", 30, "c", True, (120, 80, 20))
        t(pg, ctx, 105, 95, holder, 22, "c", True)
        pg.line(70, 106, 140, 106, 0.3)
        y = para(pg, ctx, 30, 118, 150,
                 f"完成了{site}《{course}》课程的学习，成绩合格，获得{hours}学时。"
                 + (f"本课程属{catw}。" if cat else ""), 14, lead=2.0)  # fmt: skip
        right_block(pg, ctx, 180, y + 40, [org, P.ms(issued.year, issued.month, st)], 13, org)
        pages = [pg]
    return make(ctx, "training_certificate", "tc", v, pages, f, holder, (b or a).year, category=cat)


# ---- sign-in sheets -------------------------------------------------------------------------
def _weekday(d: dt.date) -> str:
    return f"星期{WEEK[d.weekday()]}"


def _sheet_table(pg: Page, ctx: P.Ctx, y: float, names: list[str], start: int, cols: list[str],
                 widths: list[float], firms: list[str], typed: bool, row_h: float = 10.5) -> float:  # fmt: skip
    x0 = (pg.w - sum(widths)) / 2
    y = pg.table(x0, y, widths, [cols], 11, ctx.body, row_h)
    for i, n in enumerate(names):
        xs = [x0 + sum(widths[:c]) for c in range(len(widths))]
        t(pg, ctx, xs[0] + widths[0] / 2, y + 3, str(start + i), 10.5, "c")
        for c, col in enumerate(cols):
            mid = xs[c] + widths[c] / 2
            if col == "姓名":
                if typed:
                    t(pg, ctx, mid, y + 3, n, 10.5, "c")
                else:
                    hand(pg, ctx, mid, y + 2, n, 13, "c")
            elif col in ("工作单位", "单位", "部门"):
                t(pg, ctx, mid, y + 3.4, firms[i], 8.5 if len(firms[i]) > 12 else 10, "c")
            elif col in ("签名", "签字", "本人签字", "上午签到"):
                hand(pg, ctx, mid, y + 2, n, 13, "c")
            elif col == "下午签到" and (i * 5 + ctx.k) % 4:
                hand(pg, ctx, mid, y + 2, n, 13, "c")
            elif col == "职称":
                t(pg, ctx, mid, y + 3, ctx.job_title(), 10, "c")
            elif col == "联系电话":
                t(pg, ctx, mid, y + 3, P.phone_no(ctx), 9.5, "c")
        y += row_h
        pg.line(x0, y, x0 + sum(widths), y, 0.3)
    xx = x0
    for w in [0.0] + widths:
        xx += w
        pg.line(xx, y - row_h * len(names), xx, y, 0.3)
    return y


def sign_in_sheet(ctx: P.Ctx, k: int) -> Doc:
    v = ctx.variant("sign")
    city = ctx.city()
    course = _course(ctx, ctx.pick(["public", "professional"]))
    issuer = _issuer(ctx, city)
    d = ctx.day(2020, 2024)
    st = ctx.pick(P.DAY_STYLES[:4] + ["slash"])
    n = ctx.rng.randint(8, 14) if v != "continued" else ctx.rng.randint(24, 32)
    names = ctx.people(n)
    firms = [ctx.firm(city) if ctx.chance(0.6) else ctx.pick(P.DEPTS) for _ in names]
    place = ctx.pick(["报告厅", "第一会议室", "培训中心多功能厅", "综合楼三楼会议室", "技术中心506室"])
    f: dict = {"title": course, "issuer": issuer, "period": {"start": P.iso(d), "end": P.iso(d)},
               "people": ppl(names, "attendee")}  # fmt: skip
    pages: list[Page] = []
    if v == "grid":
        pg = portrait()
        y = para(pg, ctx, 20, 22, 170, f"“{course}”培训班签到表", 17, False)
        t(pg, ctx, 20, y + 2, f"主办单位：{issuer}", 11)
        t(pg, ctx, 20, y + 10, f"时间：{P.ds(d, st)}    地点：{place}", 11)
        _sheet_table(pg, ctx, y + 20, names, 1, ["序号", "姓名", "工作单位", "职称", "联系电话", "签字"],
                     [12, 24, 56, 24, 30, 26], firms, False)  # fmt: skip
        pages = [pg]
    elif v == "twopanel":
        pg = portrait()
        t(pg, ctx, 105, 20, "签  到  表", 20, "c", True)
        t(pg, ctx, 20, 36, f"活动主题：{course}", 12)
        t(pg, ctx, 20, 45, f"组织单位：{issuer}", 12)
        t(pg, ctx, 20, 54, f"日　　期：{P.ds(d, st)}（{_weekday(d)}）", 12)
        half = (n + 1) // 2
        for side, (lo, hi) in enumerate(((0, half), (half, n))):
            x0 = 15 + side * 92
            rows = [["序号", "姓名", "签名"]] + [[str(i + 1), names[i], ""] for i in range(lo, hi)]
            pg.table(x0, 66, [14, 34, 40], rows, 11, ctx.body, 11)
            for j, i in enumerate(range(lo, hi)):
                hand(pg, ctx, x0 + 68, 66 + 11 * (j + 1) + 2, names[i], 13, "c")
        pages = [pg]
    elif v == "halfday":
        pg = landscape()
        t(pg, ctx, 148, 14, issuer, 13, "c")
        t(pg, ctx, 148, 24, course, 17, "c", True)
        t(pg, ctx, 148, 35, "学 员 签 到 表", 15, "c")
        t(pg, ctx, 30, 45, f"培训日期：{P.ds(d, st)}", 11)
        t(pg, ctx, 267, 45, f"培训地点：{place}", 11, "r")
        _sheet_table(pg, ctx, 52, names, 1, ["序号", "姓名", "部门", "上午签到", "下午签到"],
                     [16, 34, 80, 50, 50], firms, True, 10.0)  # fmt: skip
        pages = [pg]
    elif v == "nameboard":
        pg = portrait()
        t(pg, ctx, 105, 20, "会 议 签 到 簿", 20, "c", True)
        kv_grid(pg, ctx, 20, 34, 170, [("会议名称", course), ("会议时间", P.ds(d, st)), ("会议地点", place),
                                        ("主办单位", issuer)], 11, 30, 10)  # fmt: skip
        t(pg, ctx, 20, 82, "参会人员签名：", 12)
        for i, nm in enumerate(names):
            r, c = divmod(i, 4)
            x0, y0 = 20 + c * 42.5, 90 + r * 16
            pg.rect(x0, y0, x0 + 42.5, y0 + 16, 0.3)
            hand(pg, ctx, x0 + 21, y0 + 4, nm, 15, "c")
        pages = [pg]
    elif v == "appexport":
        pg, y = phone_screen(ctx, "签到详情", (40, 150, 90))
        card(pg, 3, y, 77, y + 26)
        y2 = pg.wrap(6, y + 3, 68, course, 9, ctx.bold, 1.4)
        t(pg, ctx, 6, y2 + 1, f"发起单位：{issuer}", 6.8, "l", False, (100, 100, 100))
        t(pg, ctx, 6, y2 + 7, f"签到日期：{P.ds(d, 'dash')}", 6.8, "l", False, (100, 100, 100))
        y = y + 30
        t(pg, ctx, 5, y, f"已签到（{n}人）", 7.5, "l", True)
        y += 6
        for i, nm in enumerate(names):
            card(pg, 3, y, 77, y + 10)
            pg.rect(5, y + 2, 11, y + 8, 0, fill=(120 + i * 7 % 100, 160, 200))
            t(pg, ctx, 13, y + 1.5, nm, 8)
            t(pg, ctx, 13, y + 5.8, firms[i], 5.5, "l", False, (120, 120, 120))
            t(pg, ctx, 75, y + 3, f"{ctx.rng.randint(7, 8):02d}:{ctx.rng.randint(0, 59):02d} 已签到", 6, "r",
              False, (40, 150, 90))  # fmt: skip
            y += 10.6
        pg.h = max(pg.h, y + 6)
        pages = [pg]
    elif v == "continued":
        per = 20
        for p0 in range(0, n, per):
            pg = portrait()
            y = 20
            if p0 == 0:
                t(pg, ctx, 105, 18, f"{course}", 16, "c", True)
                t(pg, ctx, 105, 28, "培训签到表", 14, "c")
                t(pg, ctx, 20, 40, f"举办单位：{issuer}        日期：{P.ds(d, st)}", 11)
                y = 48
            else:
                t(pg, ctx, 20, 16, "（续表）", 11)
            _sheet_table(pg, ctx, y, names[p0 : p0 + per], p0 + 1, ["序号", "姓名", "单位", "本人签字"],
                         [16, 30, 80, 40], firms[p0 : p0 + per], True, 11)  # fmt: skip
            t(pg, ctx, 105, 285, f"第 {p0 // per + 1} 页 共 {(n + per - 1) // per} 页", 9, "c")
            pages.append(pg)
    else:  # sealed
        pg = portrait()
        t(pg, ctx, 105, 18, issuer, 14, "c", True)
        seal(pg, ctx, 140, 22, issuer, 17)
        t(pg, ctx, 105, 30, f"“{course}”专题讲座", 15, "c")
        t(pg, ctx, 105, 40, "签到表", 15, "c", True)
        t(pg, ctx, 25, 52, f"时间：{P.ds(d, st)}", 11)
        y = _sheet_table(pg, ctx, 60, names, 1, ["序号", "单位", "姓名", "职称", "签字"],
                         [14, 62, 28, 28, 32], firms, True)  # fmt: skip
        t(pg, ctx, 110, y + 12, f"主办单位（盖章）：{issuer}", 11)
        seal(pg, ctx, 160, y + 14, issuer, 18)
        pages = [pg]
    who = ctx.pick(names)
    return make(ctx, "sign_in_sheet", "sign", v, pages, f, who, d.year)


# ---- training notices -----------------------------------------------------------------------
def training_notice(ctx: P.Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    city = ctx.city()
    cat = ctx.pick(["public", "professional", None])
    course = _course(ctx, cat)
    catw = CAT_WORD.get(cat or "", "")
    issuer = _issuer(ctx, city)
    a = ctx.day(2020, 2024)
    b = P.later(ctx, a, 1, 3)
    issued = a - dt.timedelta(days=ctx.rng.randint(7, 25))
    hours = ctx.pick([8, 12, 16, 24, 30])
    st = ctx.pick(P.DAY_STYLES)
    place = ctx.pick(
        [f"{city}市会展中心", f"{city}宾馆会议中心", f"{city}市职业技能公共实训基地", "线上（腾讯会议）"]
    )
    who = ctx.person()
    f: dict = {"title": course, "issuer": issuer, "issued_on": P.iso(issued), "hours_stated": float(hours),
               "period": {"start": P.iso(a), "end": P.iso(b)}, "holder": None}  # fmt: skip
    hours_line = f"参加培训并考核合格者，记继续教育{catw}{hours}学时。"
    pages: list[Page] = []
    if v == "redhead":
        pg = portrait()
        red_title(pg, ctx, 24, f"{issuer}文件", 26 if len(issuer) < 12 else 20)
        t(pg, ctx, 105, 44, f"{issuer[:2]}字〔{issued.year}〕{ctx.rng.randint(3, 60)}号", 12, "c")
        pg.line(20, 52, 190, 52, 0.9, P.RED)
        y = para(pg, ctx, 25, 62, 160, f"关于举办“{course}”培训班的通知", 16, False)
        t(pg, ctx, 25, y + 4, "各有关单位：", 12.5)
        y = para(
            pg,
            ctx,
            25,
            y + 13,
            160,
            "为进一步提升专业技术人员业务能力，经研究，决定举办本期培训班。现将有关事项通知如下：",
            12.5,
        )
        secs = [f"一、培训时间：{P.span(a, b, st)}", f"二、培训地点：{place}",
                "三、培训对象：各单位从事相关工作的专业技术人员", f"四、学时认定：{hours_line}",
                "五、请各单位于开班前三日报送参训人员名单。"]  # fmt: skip
        for s in secs:
            y = para(pg, ctx, 25, y + 1, 160, s, 12.5)
        right_block(pg, ctx, 182, y + 18, [issuer, P.ds(issued, st)], 12.5, issuer)
        hand(pg, ctx, 150, 12, f"已参加 {who}", 14)
        f["holder"] = who
        pages = [pg]
    elif v == "invite":
        pg = portrait()
        t(pg, ctx, 105, 30, "邀  请  函", 26, "c", True, P.RED)
        tt = ctx.job_title()
        t(pg, ctx, 25, 55, f"尊敬的{who}{tt}：", 14)
        y = para(pg, ctx, 25, 68, 160,
                 f"{issuer}定于{P.span(a, b, st)}在{place}举办“{course}”研修班。"
                 f"鉴于您在相关领域的专业造诣，诚邀您拨冗参加。{hours_line}", 13.5, lead=2.0)  # fmt: skip
        y = para(
            pg,
            ctx,
            25,
            y + 4,
            160,
            f"联系人：{ctx.person()}　电话：0535-{ctx.rng.randint(6000000, 6999999)}",
            12,
        )
        right_block(pg, ctx, 182, y + 25, [issuer, P.ds(issued, st)], 13, issuer)
        f["holder"] = who
        pages = [pg]
    elif v == "agenda":
        pg = portrait()
        y = para(pg, ctx, 20, 20, 170, f"“{course}”研讨会", 17, False)
        t(pg, ctx, 105, y + 2, "日 程 安 排", 15, "c", True)
        t(pg, ctx, 20, y + 14, f"主办单位：{issuer}", 11)
        t(pg, ctx, 20, y + 22, f"会议时间：{P.span(a, b, st)}      会议地点：{place}", 11)
        rows = [["日期", "时间", "内容", "主讲人"]]
        dd = a
        while dd <= b:
            for tm, topic in (("08:30-11:30", "专题讲座"), ("14:00-17:00", "案例研讨与交流")):
                rows.append([P.ds(dd, "dash"), tm, topic, ctx.person()])
            dd += dt.timedelta(days=1)
        y = pg.table(20, y + 32, [36, 34, 64, 36], rows, 10.5, ctx.body, 10)
        t(pg, ctx, 20, y + 6, f"备注：全程参会者可获继续教育{catw}{hours}学时。", 11)
        hand(pg, ctx, 120, y + 24, f"参会人：{who}", 15)
        f.update(holder=who, issued_on=None)
        pages = [pg]
    elif v == "wechat":
        pg, y = phone_screen(ctx, issuer[:12], (60, 60, 60))
        pg.rect(0, 19, 80, 172, 0, fill=(255, 255, 255))
        y = pg.wrap(5, y, 70, f"关于举办“{course}”培训班的通知", 10.5, ctx.bold, 1.45)
        t(pg, ctx, 5, y + 1, f"{issuer}  {P.ds(issued, 'cjk')}", 6.5, "l", False, (90, 110, 150))
        y += 8
        for s in (f"各有关单位：为提升专业技术人员能力水平，定于{P.span(a, b, 'cjk')}在{place}举办本期培训。",
                  hours_line, "附件：参训人员名单"):  # fmt: skip
            y = pg.wrap(5, y, 70, s, 7.5, ctx.body, 1.6, 5.0) + 1.5
        names = [who] + ctx.people(ctx.rng.randint(2, 5))
        ctx.rng.shuffle(names)
        rows = [["序号", "姓名", "单位"]] + [[str(i + 1), nm, ctx.firm(city)] for i, nm in enumerate(names)]
        y = pg.table(5, y, [9, 16, 45], rows, 6.2, ctx.body, 7.5)
        pg.h = max(pg.h, y + 8)
        f["people"] = ppl(names, "attendee")
        pages = [pg]
    elif v == "timetable":
        pg = landscape()
        y = para(pg, ctx, 20, 16, 257, f"“{course}”培训课程安排表", 18, False)
        t(pg, ctx, 20, y + 2, f"主办：{issuer}", 11.5)
        t(pg, ctx, 277, y + 2, f"培训时间：{P.span(a, b, st)}", 11.5, "r")
        rows = [["日期", "上午（8:30—11:30）", "下午（14:00—17:00）", "授课专家"]]
        dd = a
        topics = [
            "政策法规解读",
            "标准规范精讲",
            "典型事故案例分析",
            "现场实操演练",
            "新技术新工艺",
            "考核测试",
        ]
        i = 0
        while dd <= b:
            rows.append([P.ds(dd, "dot"), topics[i % 6], topics[(i + 1) % 6], ctx.person()])
            dd += dt.timedelta(days=1)
            i += 2
        y = pg.table(20, y + 12, [45, 80, 80, 52], rows, 11, ctx.body, 12)
        t(pg, ctx, 20, y + 8, f"学时：共计{hours}学时" + (f"（{catw}）" if cat else ""), 11.5)
        t(pg, ctx, 20, y + 17, f"印发日期：{P.ds(issued, st)}", 11.5)
        hand(pg, ctx, 190, y + 14, f"{who} 已参训", 16)
        f["holder"] = who
        pages = [pg]
    elif v == "memo":
        pg = portrait()
        firm = ctx.firm(city)
        f["issuer"] = firm
        t(pg, ctx, 105, 20, firm, 15, "c", True)
        pg.line(20, 29, 190, 29, 0.5)
        t(pg, ctx, 190, 33, f"{ctx.pick(P.DEPTS)}〔{issued.year}〕{ctx.rng.randint(2, 40)}号", 10, "r")
        y = para(pg, ctx, 25, 44, 160, f"关于组织开展“{course}”内部培训的通知", 15, False)
        t(pg, ctx, 25, y + 3, "各部门、各车间：", 12.5)
        names = ctx.people(ctx.rng.randint(3, 6))
        y = para(pg, ctx, 25, y + 12, 160,
                 f"为落实年度继续教育计划，公司定于{P.span(a, b, st)}在{place}组织本次培训，"
                 f"培训结束后考核合格者，记{hours}学时。参训人员：{'、'.join(names)}。请相关人员准时参加。", 12.5)  # fmt: skip
        if cat:
            y = para(pg, ctx, 25, y + 1, 160, f"本次培训计入{catw}学时。", 12.5)
        right_block(pg, ctx, 182, y + 18, [firm, P.ds(issued, st)], 12.5, firm)
        f["people"] = ppl(names, "attendee")
        who = ctx.pick(names)
        pages = [pg]
    else:  # withform
        pg = portrait()
        t(pg, ctx, 105, 22, issuer, 15, "c", True)
        y = para(pg, ctx, 25, 36, 160, f"关于举办“{course}”培训班的通知", 16, False)
        t(pg, ctx, 25, y + 3, "各会员单位：", 12.5)
        y = para(pg, ctx, 25, y + 12, 160,
                 f"经研究，定于{P.span(a, b, st)}举办本期培训班，地点：{place}。{hours_line}"
                 "请参训人员填写报名回执（附件）并于开班前报送。", 12.5)  # fmt: skip
        right_block(pg, ctx, 182, y + 20, [issuer, P.ds(issued, st)], 12.5, issuer)
        pg2 = portrait()
        t(pg2, ctx, 20, 20, "附件", 12, "l", True)
        t(pg2, ctx, 105, 32, "报 名 回 执", 18, "c", True)
        rows = [["姓名", "工作单位", "职称", "手机号码"], ["", "", "", ""], ["", "", "", ""]]
        pg2.table(20, 50, [30, 70, 30, 40], rows, 11, ctx.body, 14)
        hand(pg2, ctx, 35, 67, who, 15, "c")
        hand(pg2, ctx, 85, 67, ctx.firm(city)[:11], 11, "c")
        hand(pg2, ctx, 135, 67, ctx.job_title(), 12, "c")
        hand(pg2, ctx, 170, 67, P.phone_no(ctx), 11, "c")
        f["holder"] = who
        pages = [pg, pg2]
    return make(ctx, "training_notice", "notice", v, pages, f, who, a.year, category=cat)
