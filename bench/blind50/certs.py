"""Draw 50's certificate-like builders: training certificates, sign-in sheets, training notices, diplomas and
degrees, and the other papers an audit file collects."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind50 import kit
from bench.blind50.kit import GREY, INK, PEN, RED, fit, lh, para, seal
from bench.blind50.notices import sign_in_sheet, training_notice
from bench.blind50.pools import Ctx, fmt_date, period_text
from bench.blind50.quals import other, qualification_certificate
from bench.blind50.training import Training, claim, make_doc, masked_id, training

__all__ = ["training_certificate", "sign_in_sheet", "training_notice", "qualification_certificate", "other"]

TC = "training_certificate"


def _quoted(title: str) -> str:
    return f"《{title}》" if title.startswith("“") else f"“{title}”"


def _sentence(t: Training, ctx: Ctx, pstyle: str) -> str:
    per = period_text(t.start, t.end, pstyle)
    verb = ctx.pick("t50.tc.verb")
    close = ctx.pick("t50.tc.close")
    if verb == "完成":
        return f"于{per}在{t.issuer}完成{_quoted(t.title)}的学习，{close}"
    return f"于{per}{verb}{t.issuer}举办的{_quoted(t.title)}，{close}"


def _hours_line(t: Training, ctx: Ctx) -> str:
    return ctx.pick("t50.tc.hours").format(h=t.hours_s)


def _fields(
    t: Training, with_issued: bool = True, with_period: bool = True, with_hours: bool = True
) -> tuple:
    fields = {"holder": t.name, "title": t.title, "issuer": t.issuer}
    scored = ["holder", "title", "issuer"]
    if with_issued:
        fields["issued_on"] = t.issued.isoformat()
        scored.append("issued_on")
    if with_period:
        fields["period"] = {"start": t.start.isoformat(), "end": t.end.isoformat()}
        scored += ["period.start", "period.end"]
    if with_hours and t.hours is not None:
        fields["hours_stated"] = float(t.hours)
        scored.append("hours_stated")
    return fields, scored


def _cat_line_needed(t: Training) -> bool:
    return bool(t.cat) and not any(w in t.title for w in ("公需", "专业科目", "专业课"))


def training_certificate(ctx: Ctx, k: int) -> Doc:
    layout = ctx.layout(TC)
    return {
        "portrait_seal": _tc_portrait, "landscape_online": _tc_online, "booklet_record": _tc_booklet,
        "app_ecert": _tc_app, "chat_forward": _tc_chat, "hours_letter": _tc_letter,
    }[layout](ctx, layout)  # fmt: skip


def _tc_portrait(ctx: Ctx, layout: str) -> Doc:
    t = training(ctx)
    rng = ctx.rng
    pg = Page()
    kit.frame(pg, rng.randrange(4), rng.choice(((160, 120, 40), (170, 40, 40), (40, 80, 140))))
    fit(pg, pg.w - 24, 20, f"证书编号：{t.number}", 10, ctx.body, 90, "r")
    if rng.random() < 0.5:
        pg.rect(28, 18, 52, 50, 0.3, GREY)
        pg.text(40, 31, "照片", 9, ctx.body, "c", GREY)
    head = ctx.pick("t50.tc.heading")
    pg.text(pg.w / 2, 58, head, 32, ctx.bold, "c", rng.choice((INK, RED)))
    y = 92.0
    lead = rng.choice(("", "兹证明"))
    pg.text(30, y, f"{lead}{t.name}  同志：" if not lead else f"兹证明  {t.name}  同志", 16, ctx.body)
    y += lh(16, 2.2)
    y = para(pg, 30, y, 150, _sentence(t, ctx, rng.choice(("range_cn", "range_full", "range_dot"))), 15,
             ctx.body, 1.9)  # fmt: skip
    y += 6
    pg.text(42, y, _hours_line(t, ctx), 14, ctx.body)
    y += lh(14, 2.0)
    if _cat_line_needed(t):
        pg.text(42, y, f"科目类别：{t.cat_word}", 14, ctx.body)
        y += lh(14, 2.0)
    style = ctx.pick("t50.date.cert")
    ds = fmt_date(t.issued, style)
    yb = max(y + 25, 215.0)
    w = max(width_mm(t.issuer, ctx.body, 14), width_mm(ds, ctx.body, 14))
    cx = pg.w - 30 - w / 2
    pg.text(cx, yb, t.issuer, 14, ctx.body, "c")
    pg.text(cx, yb + 9, ds, 14, ctx.body, "c")
    seal(pg, ctx, cx + rng.uniform(-6, 6), yb + 4, t.issuer)
    if rng.random() < 0.5:
        pg.text(pg.w / 2, pg.h - 22, f"查询网址：www.{t.c.key}rsj.gov.cn/jxjy    咨询电话：0{'371' if t.c.key == 'kaifeng' else '538'}-{rng.randint(2000000, 8999999)}",
                8, ctx.body, "c", GREY)  # fmt: skip
    kit.noise(pg, ctx, ("fold", "edge", "smudge"))
    fields, scored = _fields(t)
    return make_doc(TC, layout, [pg], fields, scored, claim(t.name, t.y, t.c), t.cat)


def _tc_online(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    mode = rng.choice(("public", "professional", "mixed"))
    t = training(ctx, cat=None if mode == "mixed" else mode, online=True)
    if mode == "mixed":
        t.title = f"{t.y}年度专业技术人员继续教育"
    pg = Page(297, 210)
    band = rng.choice(((22, 96, 160), (180, 40, 40), (30, 120, 90)))
    pg.rect(0, 0, pg.w, 22, 0, band, band)
    pg.text(14, 6, t.issuer, 16, ctx.bold, "l", (255, 255, 255))
    pg.text(pg.w - 14, 8, "专业技术人员继续教育学习平台", 10, ctx.sans, "r", (235, 235, 235))
    pg.text(pg.w / 2, 30, "学 时 证 明", 24, ctx.bold, "c")
    y = 48.0
    x0 = 24.0
    pg.text(x0, y, f"姓名：{t.name}", 11, ctx.body)
    pg.text(x0 + 130, y, f"身份证号：{masked_id(ctx, t.c)}", 11, ctx.body)
    y += 8
    fit(pg, x0, y, f"工作单位：{t.unit}", 11, ctx.body, 250)
    y += 8
    fit(pg, x0, y, f"学习项目：{t.title}", 11, ctx.body, 250)
    y += 9
    pg.text(
        x0,
        y,
        f"学习时间：{period_text(t.start, t.end, rng.choice(('range_dash', 'range_dot')))}",
        11,
        ctx.body,
    )
    y += 9
    courses = _courses(ctx, t)
    rows = [["序号", "课程名称", "课程类别", "学时", "考核结果", "完成时间"]]
    day = t.start
    for i, (name, cat, h) in enumerate(courses, 1):
        day = min(t.end, day + dt.timedelta(days=rng.randint(0, 6)))
        rows.append([str(i), name, cat, str(h), rng.choice(("合格", "通过", "合格")), fmt_date(day, "iso")])
    total = sum(h for _, _, h in courses)
    t.hours = float(total)
    rows.append(["合计", "", "", str(total), "", ""])
    yb = pg.table(x0, y, [14, 110, 28, 18, 28, 50], rows, 9.5, ctx.body, row_h=7.2)
    kit.qr(pg, ctx, pg.w - 48, 150, 26, "扫码验证真伪")
    ds = fmt_date(t.issued, rng.choice(("cn", "iso", "cn0")))
    pg.text(pg.w - 70, yb + 10, f"证书编号：{t.number}", 10, ctx.body, "r")
    pg.text(pg.w - 70, yb + 18, f"发证日期：{ds}", 10, ctx.body, "r")
    seal(pg, ctx, pg.w - 95, yb + 16, t.issuer, 18)
    pg.text(
        x0,
        pg.h - 14,
        "本证明由平台自动生成，可登录平台“证书查验”栏目输入证书编号核验。",
        8,
        ctx.body,
        "l",
        GREY,
    )
    fields, scored = _fields(t)
    cats = {c for _, c, _ in courses}
    cat = None if len(cats) > 1 else ("public" if "公需课" in cats else "professional")
    return make_doc(TC, layout, [pg], fields, scored, claim(t.name, t.y, t.c), cat)


def _courses(ctx: Ctx, t: Training) -> list[tuple[str, str, int]]:
    from bench.blind50.pools import era
    from bench.blind50.training import PUBLIC_TOPICS

    rng = ctx.rng
    pub = list(PUBLIC_TOPICS[t.c.key])
    pro = era(t.p.topics, t.c)
    rng.shuffle(pub)
    rng.shuffle(pro)
    if t.cat == "public":
        items = [(x, "公需课") for x in pub[:4]]
    elif t.cat == "professional":
        items = [(x, "专业课") for x in pro[:4]]
    else:
        items = [(x, "公需课") for x in pub[:2]] + [(x, "专业课") for x in pro[:3]]
    target = int(t.hours or 30)
    out, left = [], target
    for i, (name, cat) in enumerate(items):
        h = left if i == len(items) - 1 else max(2, round(target / len(items)))
        left -= h
        out.append((name, cat, max(1, h)))
    return out


def _tc_booklet(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = training(ctx, cat=rng.choice(("public", "professional")))
    pg = Page(297, 210, bg=(250, 247, 238))
    pg.line(pg.w / 2, 8, pg.w / 2, pg.h - 8, 0.5, (180, 170, 150))
    # left: the record table, its first row filled in by hand
    pg.text(pg.w / 4, 16, "继续教育学习登记", 16, ctx.bold, "c")
    rows = [["起止时间", "主办单位", "学时", "科目", "学习内容", "审验盖章"]] + [[""] * 6 for _ in range(6)]
    x0, y0 = 10.0, 28.0
    widths = [27.0, 25.0, 10.0, 11.0, 35.0, 0.0]
    widths[-1] = pg.w / 2 - 2 * x0 - sum(widths[:-1])
    pg.table(x0, y0, widths, rows, 9, ctx.body, row_h=20)
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    yrow = y0 + 20
    ty = _cell_hand(pg, ctx, xs[4], yrow, widths[4], t.title, 8.5)
    per = period_text(t.start, t.end, rng.choice(("range_dot", "range_cn")))
    fit(pg, xs[0] + 1, ty, per, 8.5, ctx.hand, widths[0] - 2, "l", PEN)
    fit(pg, xs[1] + 1, ty, t.issuer, 8.5, ctx.hand, widths[1] - 2, "l", PEN)
    pg.text(xs[2] + widths[2] / 2, ty, t.hours_s, 11, ctx.hand, "c", PEN)
    pg.text(xs[3] + widths[3] / 2, ty, "公需" if t.cat == "public" else "专业", 9.5, ctx.hand, "c", PEN)
    seal(pg, ctx, xs[5] + widths[5] / 2, yrow + 10, t.issuer, 11)
    pg.text(pg.w / 4, pg.h - 14, "— 6 —", 9, ctx.body, "c", GREY)
    # right: the holder's page
    rx = pg.w / 2 + 18
    pg.text(pg.w * 3 / 4, 16, f"{t.c.prov}专业技术人员继续教育证书", 14, ctx.bold, "c")
    pg.rect(pg.w - 50, 30, pg.w - 22, 66, 0.3, GREY)
    pg.text(pg.w - 36, 45, "照 片", 9, ctx.body, "c", GREY)
    pairs = [("姓    名", t.name), ("工作单位", t.unit), ("专业技术职务", rng.choice(t.p.titles)),
             ("证书编号", t.number)]  # fmt: skip
    y = 32.0
    for lab, val in pairs:
        pg.text(rx, y, f"{lab}：", 11, ctx.body)
        fit(pg, rx + 32, y, val, 11, ctx.body, 46 if y < 70 else 95)
        pg.line(rx + 31, y + 5.2, rx + (78 if y < 70 else 100), y + 5.2, 0.2, GREY)
        y += 14
    pg.text(pg.w * 3 / 4, pg.h - 26, f"{t.c.prov}人力资源和社会保障厅  监制", 10, ctx.body, "c", GREY)
    pg.text(pg.w * 3 / 4, pg.h - 14, "— 1 —", 9, ctx.body, "c", GREY)
    fields, scored = _fields(t, with_issued=False)
    return make_doc(TC, layout, [pg], fields, scored, claim(t.name, t.y, t.c), t.cat)


def _cell_hand(pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float) -> float:
    """Handwritten text in a 20 mm table cell, broken over up to three lines; returns its first line's y."""
    lines, cur = [], ""
    for ch in s:
        if cur and width_mm(cur + ch, ctx.hand, size) > w - 2:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    if len(lines) > 3 and size > 5:
        return _cell_hand(pg, ctx, x, y, w, s, size - 0.5)
    y0 = yy = round((y + (20 - len(lines) * lh(size, 1.3)) / 2) / 2.5) * 2.5
    for ln in lines:
        pg.text(x + 1, yy, ln, size, ctx.hand, "l", PEN)
        yy += lh(size, 1.3)
    return y0


def _tc_app(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = training(ctx, online=rng.random() < 0.6)
    pg = kit.phone_page(ctx)
    y = kit.status_bar(pg, ctx, f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}")
    y = kit.app_bar(pg, ctx, y, rng.choice(("我的证书", "证书详情", "电子证书")))
    pg.rect(5, y + 5, pg.w - 5, y + 118, 0.8, (190, 150, 70), (255, 252, 244))
    pg.text(
        pg.w / 2, y + 11, rng.choice(("培训证书", "结业证书", "学时证书")), 17, ctx.bold, "c", (150, 30, 30)
    )
    yy = y + 24
    pg.text(10, yy, f"{t.name}：", 10, ctx.body)
    yy += lh(10, 1.8)
    yy = para(pg, 10, yy, pg.w - 20, _sentence(t, ctx, rng.choice(("range_cn", "range_dot", "range_dash"))), 9.5,
              ctx.body, 1.7)  # fmt: skip
    yy += 2
    pg.text(10, yy, _hours_line(t, ctx), 9.5, ctx.body)
    yy += lh(9.5, 1.8)
    if _cat_line_needed(t):
        pg.text(10, yy, f"类别：{t.cat_word}", 9.5, ctx.body)
        yy += lh(9.5, 1.8)
    ds = fmt_date(t.issued, rng.choice(("cn", "iso", "dot")))
    fit(pg, pg.w - 10, y + 96, t.issuer, 9, ctx.body, pg.w - 24, "r")
    pg.text(pg.w - 10, y + 103, ds, 9, ctx.body, "r")
    seal(pg, ctx, pg.w - 26, y + 99, t.issuer, 10)
    yy = y + 124
    for lab, val in (("证书编号", t.number), ("发证日期", ds), ("状态", "有效")):
        pg.text(8, yy, lab, 9, ctx.sans, "l", GREY)
        fit(pg, pg.w - 8, yy, val, 9, ctx.sans, 55, "r")
        yy += 8
        pg.line(8, yy - 2, pg.w - 8, yy - 2, 0.15, kit.LIGHT)
    for i, b in enumerate(("下载证书", "分享")):
        x0 = 8 + i * 38
        c = (22, 119, 255) if i == 0 else (255, 255, 255)
        pg.rect(x0, pg.h - 18, x0 + 34, pg.h - 9, 0.3, (22, 119, 255), c)
        pg.text(x0 + 17, pg.h - 16, b, 9.5, ctx.sans, "c", (255, 255, 255) if i == 0 else (22, 119, 255))
    fields, scored = _fields(t)
    return make_doc(TC, layout, [pg], fields, scored, claim(t.name, t.y, t.c), t.cat)


def _tc_chat(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = training(ctx)
    pg = kit.phone_page(ctx, 200)
    pg.bg = (237, 237, 237)
    group = rng.choice((f"{t.p.who}继续教育交流群(38)", "科室工作群(21)", f"{t.c.short}培训班学员群(126)"))
    y = kit.chat_header(pg, ctx, group, f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}")
    pg.text(pg.w / 2, y, fmt_date(t.issued, "cn")[5:] + f" {rng.randint(9, 17)}:{rng.randint(10, 59)}", 7.5,
            ctx.sans, "c", GREY)  # fmt: skip
    y += 6
    y = kit.bubble(pg, ctx, y, rng.choice(("各位学员，结业证书已发放，请查收。", "证书电子版发群里了，自己保存一下",
                                           "培训证书扫描件如下")), False)  # fmt: skip
    # the forwarded picture: a small certificate
    x0, x1 = 13.0, pg.w - 13
    top = y
    pg.rect(x0, top, x1, top + 100, 0.4, (200, 200, 200), (255, 253, 248))
    pg.rect(x0 + 2, top + 2, x1 - 2, top + 98, 0.6, (170, 60, 40))
    pg.text(
        (x0 + x1) / 2, top + 6, ctx.pick("t50.tc.heading").replace(" ", ""), 14, ctx.bold, "c", (160, 30, 30)
    )
    yy = top + 16
    pg.text(x0 + 5, yy, f"{t.name} 同志：", 8.5, ctx.body)
    yy += lh(8.5, 1.8)
    yy = para(pg, x0 + 5, yy, x1 - x0 - 10, _sentence(t, ctx, "range_cn"), 8, ctx.body, 1.65)
    pg.text(x0 + 9, yy + 1, _hours_line(t, ctx), 8, ctx.body)
    yy += lh(8, 1.8)
    if _cat_line_needed(t):
        pg.text(x0 + 9, yy + 1, f"科目：{t.cat_word}", 8, ctx.body)
    ds = fmt_date(t.issued, ctx.pick("t50.date.cert"))
    fit(pg, x1 - 5, top + 82, t.issuer, 7.5, ctx.body, x1 - x0 - 14, "r")
    pg.text(x1 - 5, top + 88, ds, 7.5, ctx.body, "r")
    seal(pg, ctx, x1 - 18, top + 85, t.issuer, 9)
    y = top + 106
    y = kit.bubble(pg, ctx, y, rng.choice(("收到，谢谢！", "收到", "好的，谢谢老师")), True)
    kit.bubble(pg, ctx, y, "请大家核对姓名，有误及时反馈。", False)
    pg.rect(0, pg.h - 12, pg.w, pg.h, 0, (246, 246, 246), (246, 246, 246))
    pg.rect(12, pg.h - 10, pg.w - 22, pg.h - 3, 0, (255, 255, 255), (255, 255, 255))
    fields, scored = _fields(t)
    return make_doc(TC, layout, [pg], fields, scored, claim(t.name, t.y, t.c), t.cat)


def _tc_letter(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = training(ctx)
    pg = Page()
    if t.kind in ("hospital", "society", "school"):
        pg.text(pg.w / 2, 18, t.issuer, 13, ctx.bold, "c", RED)
        pg.line(20, 27, pg.w - 20, 27, 0.8, RED)
    pg.text(pg.w / 2, 42, rng.choice(("学 时 证 明", "继续教育学时证明", "证  明")), 22, ctx.bold, "c")
    y = 64.0
    per = period_text(t.start, t.end, rng.choice(("range_cn", "range_full", "range_dash")))
    mid = f"（身份证号：{masked_id(ctx, t.c)}）" if rng.random() < 0.6 else ""
    cat = f"，计入{t.cat_word}" if t.cat and _cat_line_needed(t) else ""
    s = (
        f"兹证明{t.name}同志{mid}，系{t.unit}{rng.choice(t.p.titles)}，于{per}参加由{t.issuer}主办的"
        f"{_quoted(t.title)}，经考核合格，授予继续教育学时{t.hours_s}学时{cat}。"
    )
    y = para(pg, 25, y, 160, s, 14, ctx.body, 2.0)
    y = para(pg, 25, y + 2, 160, "特此证明。", 14, ctx.body, 2.0)
    ds = fmt_date(t.issued, ctx.pick("t50.date.doc"))
    yb = y + 30
    w = max(width_mm(t.issuer, ctx.body, 14), width_mm(ds, ctx.body, 14))
    cx = pg.w - 30 - w / 2
    pg.text(cx, yb, f"{t.issuer}", 14, ctx.body, "c")
    pg.text(cx, yb + 9, ds, 14, ctx.body, "c")
    seal(pg, ctx, cx - 4, yb + 2, t.issuer)
    pg.text(25, pg.h - 30, f"联系人：{rng.choice('张刘王李赵')}老师    联系电话：0{'371' if t.c.key == 'kaifeng' else '538'}-{rng.randint(2000000, 8999999)}",
            10, ctx.body, "l", GREY)  # fmt: skip
    if rng.random() < 0.6:
        kit.note(pg, ctx, 30, yb + 30, rng.choice(("已核", "与原件一致", "已登记")))
        kit.tick(pg, ctx, 26, yb + 33, RED)
    kit.noise(pg, ctx)
    fields, scored = _fields(t)
    return make_doc(TC, layout, [pg], fields, scored, claim(t.name, t.y, t.c), t.cat)
