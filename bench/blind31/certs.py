"""Draw 31 training certificates (and the builders re-exported from sheets, notices, quals and other)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame
from bench.blind.page import Page, width_mm
from bench.blind31.kit import GREY_PAPER, RED, centre, doc, fits, hand, line_at, margin_note, para
from bench.blind31.notices import training_notice
from bench.blind31.others import other
from bench.blind31.pools import Ctx, after, day, fmt, fmt_m, fmt_span, hours_s, iso_m
from bench.blind31.quals import qualification_certificate
from bench.blind31.scene import CAT_WORD, category, scene
from bench.blind31.sheets import sign_in_sheet
from bench.blind31.topics import PROF, PUBLIC

__all__ = ["other", "qualification_certificate", "sign_in_sheet", "training_certificate", "training_notice"]


def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("cert")
    sc = scene(ctx, 4)
    cat = category(ctx)
    topic = sc.topic(ctx, cat == "public")
    start = day(ctx.rng, 2018, 2024)
    end = after(start, 0, 4, ctx.rng)
    issued = after(end, 0, 12, ctx.rng)
    hours = float(ctx.rng.choice([6, 8, 12, 16, 24, 32, 40]))
    holder = sc.names[0]
    return BUILD[v](ctx, v, sc, cat, topic, start, end, issued, hours, holder)


def _fields(holder, title, issuer, issued_on, start, end, hours):  # noqa: ANN001, ANN202
    f = {"holder": holder, "title": title, "issuer": issuer, "issued_on": issued_on, "hours_stated": hours}
    f["period"] = {"start": start, "end": end}
    return f


ALL = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]


def _prose(ctx, v, sc, cat, topic, start, end, issued, hours, holder):  # noqa: ANN001, ANN202
    pg = Page()
    frame(pg, ctx, ctx.rng.choice([1, 2, 3]))
    style = ctx.pick("cert.date", ["cn", "pad", "dot"])
    issuer = sc.org(ctx, cat == "public")
    title = f"{start.year}年{sc.c}市{topic}培训班"
    y = centre(pg, ctx, 45, "结  业  证  书", 30, True)
    if cat:
        y = centre(pg, ctx, y + 2, f"（{CAT_WORD[cat]}）", 14)
    pg.text(
        pg.w - 30,
        y + 4,
        f"编号：{sc.c[0]}继教〔{start.year}〕{ctx.rng.randint(100, 999)}号",
        10.5,
        ctx.body,
        "r",
    )
    y += 22
    y = line_at(pg, ctx, 30, y, f"{holder}  同志：", 15)
    body = (
        f"于{fmt_span(start, end, style)}参加{issuer}举办的“{title}”，完成规定课程的学习，"
        f"经考核合格，计{hours_s(hours)}学时。特发此证。"
    )
    y = para(pg, ctx, 30, y + 4, pg.w - 60, body, 14, 2.2)
    date_s = fmt(issued, style)
    _sign(pg, ctx, issuer, date_s, y + 30, k=ctx.k)
    f = _fields(holder, title, issuer, issued.isoformat(), start.isoformat(), end.isoformat(), hours)
    return doc(ctx, "training_certificate", "cert", v, [pg], f, ALL, holder, issued.year, cat)


def _sign(pg: Page, ctx: Ctx, issuer: str, date_s: str, y: float, k: int = 0, size: float = 13.5) -> None:
    xr = pg.w - 30
    w = max(width_mm(issuer, ctx.body, size), width_mm(date_s, ctx.body, size))
    pg.text(xr - w / 2, y, issuer, size, ctx.body, "c")
    pg.text(xr - w / 2, y + 9, date_s, size, ctx.body, "c")
    pg.seal(xr - w / 2 + ctx.rng.uniform(-6, 6), y + 4, 19, issuer[:16], ctx.rng.randint(0, 9999) + k)


def _platform(ctx, v, sc, cat, topic, start, end, issued, hours, holder):  # noqa: ANN001, ANN202
    pg = Page()
    hunan = sc.p == "湖南"
    site = "湖南省专业技术人员继续教育服务平台" if hunan else "河南省专业技术人员继续教育公共服务平台"
    pg.rect(0, 0, pg.w, 18, 0, fill=(24, 86, 160))
    pg.text(12, 5, site, 14, ctx.bold, "l", (255, 255, 255))
    pg.text(pg.w - 12, 7, "个人中心 | 学时查询 | 退出", 9, ctx.body, "r", (230, 230, 230))
    y = centre(pg, ctx, 30, "专业技术人员继续教育学时证明", 19, True)
    y1 = start.year
    ms, me = ctx.rng.randint(1, 5), ctx.rng.randint(9, 12)
    term_s, term_e = iso_m(y1, ms), iso_m(y1, me)
    issuer = sc.org(ctx, True)
    issued = dt.date(y1, me, ctx.rng.randint(1, 28))
    title = f"{y1}年度专业技术人员继续教育网络培训"
    rows = [
        ("姓    名", holder),
        ("工作单位", sc.unit(ctx)),
        ("培训项目", title),
        ("学习期间", f"{fmt_m(y1, ms, 'pad')}—{fmt_m(y1, me, 'pad')}"),
    ]
    for lab, val in rows:
        pg.text(22, y + 4, f"{lab}：", 12, ctx.body)
        pg.text(50, y + 4, val, 12, ctx.body)
        y += 9
    names = ctx.rng.sample(PUBLIC, 2) + ctx.rng.sample(PROF[sc.sector], 2)
    if cat == "public":
        names = ctx.rng.sample(PUBLIC, 4)
    elif cat == "professional":
        names = ctx.rng.sample(PROF[sc.sector], 3)
    n = len(names)
    kinds = [CAT_WORD[cat]] * n if cat else ["公需科目", "公需科目", "专业科目", "专业科目"]
    each = [round(hours / n, 1)] * (n - 1)
    each.append(round(hours - sum(each), 1))
    table = [["序号", "课程名称", "科目类别", "学时", "完成时间"]]
    for i in range(n):
        m = min(me, ms + i * 2)
        table.append(
            [str(i + 1), names[i], kinds[i], hours_s(each[i]), f"{y1}-{m:02d}-{ctx.rng.randint(10, 28)}"]
        )
    y = pg.table(18, y + 6, [12, 78, 30, 18, 36], table, 10.5, ctx.body, 10, header_font=ctx.bold)
    y = line_at(pg, ctx, 22, y + 6, f"合计：{hours_s(hours)} 学时", 13)
    y = line_at(pg, ctx, 22, y + 2, "本证明由平台根据学员在线学习记录自动生成，可登录平台核验。", 10)
    printed = fmt(issued, "dash")
    pg.text(pg.w - 24, y + 14, f"证明单位：{issuer}", 12, ctx.body, "r")
    pg.text(pg.w - 24, y + 24, f"打印日期：{printed}", 12, ctx.body, "r")
    pg.seal(pg.w - 50, y + 18, 18, issuer[:16], ctx.rng.randint(0, 9999))
    f = _fields(holder, title, issuer, issued.isoformat(), term_s, term_e, hours)
    return doc(ctx, "training_certificate", "cert", v, [pg], f, ALL, holder, y1, cat)


def _stub(ctx, v, sc, cat, topic, start, end, issued, hours, holder):  # noqa: ANN001, ANN202
    pg = Page(297, 210)
    pg.rect(8, 8, 289, 202, 0.8, (150, 110, 40))
    pg.line(88, 12, 88, 198, 0.3)
    for i, s in enumerate(
        [
            "（存  根）",
            f"编号：{ctx.rng.randint(20180000, 20249999)}",
            f"姓名：{holder}",
            "本证另联交学员本人",
        ]
    ):
        pg.text(18, 40 + i * 14, s, 11, ctx.body)
    issuer = sc.org(ctx, cat == "public")
    title = f"{topic}专题培训"
    pg.rect(30, 110, 62, 150, 0.3)
    pg.text(46, 127, "照片", 10, ctx.body, "c", (140, 140, 140))
    cx = 190
    pg.text(cx, 30, "培 训 证 书", 30, ctx.bold, "c", RED)
    y = 60
    pg.text(110, y, holder, 18, ctx.hand if ctx.rng.random() < 0.5 else ctx.body)
    pg.text(110 + width_mm(holder, ctx.body, 18) + 6, y + 2, "同志", 13, ctx.body)
    style = ctx.pick("cert.stub.date", ["dot", "dash", "dotshort"])
    y += 18
    rows = [f"参加：{title}", f"时间：{fmt(start, style)}—{fmt(end, style)}", f"学时：{hours_s(hours)}"]
    if cat:
        rows.append(f"类别：{CAT_WORD[cat]}")
    rows.append("经考核，成绩合格，特发此证。")
    for s in rows:
        pg.text(110, y, s, fits(s, ctx, 14, 170), ctx.body)
        y += 13
    _sign(pg, ctx, issuer, fmt(issued, style), 165)
    f = _fields(holder, title, issuer, issued.isoformat(), start.isoformat(), end.isoformat(), hours)
    return doc(ctx, "training_certificate", "cert", v, [pg], f, ALL, holder, issued.year, cat)


def _fill(pg: Page, ctx: Ctx, x: float, y: float, parts: list[tuple[str, bool]], size: float = 13.5) -> None:
    """A printed line with handwritten fill-ins over underlines; y sits mid-bucket so OCR lines stay whole."""
    for s, handed in parts:
        if handed:
            w = width_mm(s, ctx.hand, size + 1.5) + 4
            pg.line(x, y + size * 0.3528 * 1.25, x + w, y + size * 0.3528 * 1.25, 0.25)
            hand(pg, ctx, x + 2, y - 0.3, s, size + 1.5)
            x += w
        else:
            x += pg.text(x, y, s, size, ctx.body)


def _blanks(ctx, v, sc, cat, topic, start, end, issued, hours, holder):  # noqa: ANN001, ANN202
    pg = Page()
    pg.bg = (250, 248, 240)
    frame(pg, ctx, 2)
    issuer = sc.org(ctx, cat == "public")
    title = f"{topic}培训"
    centre(pg, ctx, 40, "继续教育培训合格证", 24, True)
    if cat:
        centre(pg, ctx, 56, f"科目：{CAT_WORD[cat]}", 13)
    y = 80.0
    s, e = start, end
    lines = [
        [("兹证明", False), (holder, True), ("同志", False)],
        [("于", False), (str(s.year), True), ("年", False), (str(s.month), True), ("月", False), (str(s.day), True),
         ("日至", False), (str(e.year), True), ("年", False), (str(e.month), True), ("月", False), (str(e.day), True),
         ("日", False)],
        [("参加", False), (title, True)],
        [("学习期满，成绩合格，计", False), (hours_s(hours), True), ("学时。", False)],
    ]  # fmt: skip
    for ln in lines:
        _fill(pg, ctx, 30, y, ln)
        y += 17.5
    pg.text(pg.w - 30, 190, issuer, 13.5, ctx.body, "r")
    date_parts = [(str(issued.year), True), ("年", False), (str(issued.month), True), ("月", False),
                  (str(issued.day), True), ("日", False)]  # fmt: skip
    _fill(pg, ctx, pg.w - 95, 202.5, date_parts)
    pg.seal(pg.w - 60, 196, 19, issuer[:16], ctx.rng.randint(0, 9999))
    f = _fields(holder, title, issuer, issued.isoformat(), start.isoformat(), end.isoformat(), hours)
    return doc(ctx, "training_certificate", "cert", v, [pg], f, ALL, holder, issued.year, cat)


def _unitproof(ctx, v, sc, cat, topic, start, end, issued, hours, holder):  # noqa: ANN001, ANN202
    pg = Page()
    issuer = sc.org(ctx, cat == "public")
    title = f"{sc.x}{topic}培训班"
    y = centre(pg, ctx, 40, "学 时 证 明", 22, True)
    y = line_at(pg, ctx, 25, y + 14, f"{sc.unit(ctx)}：", 13.5)
    style = ctx.pick("cert.unit.date", ["cn", "hanzi", "pad"])
    kind = f"{CAT_WORD[cat]}" if cat else "继续教育"
    body = (
        f"你单位{holder}同志（{sc.rank_title(ctx)}）于{fmt_span(start, end, style)}参加了由我单位组织的{title}，"
        f"全程参训并通过结业考核，认定{kind}学时{hours_s(hours)}学时。"
    )
    y = para(pg, ctx, 25, y + 3, pg.w - 50, body, 13.5, 2.1)
    y = para(pg, ctx, 25, y + 2, pg.w - 50, "特此证明。", 13.5, 2.1)
    _sign(pg, ctx, issuer, fmt(issued, style), y + 30)
    margin_note(pg, ctx, "已核原件，存档", 20, 262)
    f = _fields(holder, title, issuer, issued.isoformat(), start.isoformat(), end.isoformat(), hours)
    return doc(ctx, "training_certificate", "cert", v, [pg], f, ALL, holder, issued.year, cat)


def _card(ctx, v, sc, cat, topic, start, end, issued, hours, holder):  # noqa: ANN001, ANN202
    pg = Page(150, 105)
    pg.rect(4, 4, 146, 101, 0.6, (40, 90, 60))
    issuer = sc.org(ctx, cat == "public")
    title = f"{topic}培训"
    pg.text(75, 9, "继续教育合格证", 17, ctx.bold, "c", (40, 90, 60))
    rows = [("姓名", holder), ("单位", sc.unit(ctx)), ("项目", title),
            ("时间", f"{fmt(start, 'dot')}-{fmt(end, 'dot')}"), ("学时", hours_s(hours))]  # fmt: skip
    if cat:
        rows.append(("类别", CAT_WORD[cat]))
    y = 22.5
    for lab, val in rows:
        pg.text(12, y, lab, 10.5, ctx.bold)
        pg.text(27, y, val, fits(val, ctx, 10.5, 112), ctx.body)
        y += 8.75
    pg.text(140, 86, issuer, 9.5, ctx.body, "r")
    pg.text(140, 93, f"发证日期：{fmt_m(issued.year, issued.month, 'cn')}", 9.5, ctx.body, "r")
    pg.seal(118, 88, 13, issuer[:16], ctx.rng.randint(0, 9999))
    f = _fields(
        holder, title, issuer, iso_m(issued.year, issued.month), start.isoformat(), end.isoformat(), hours
    )
    return doc(ctx, "training_certificate", "cert", v, [pg], f, ALL, holder, issued.year, cat)


def _app(ctx, v, sc, cat, topic, start, end, issued, hours, holder):  # noqa: ANN001, ANN202
    pg = Page(96, 200)
    pg.bg = (242, 243, 246)
    pg.text(6, 3, f"{ctx.rng.randint(8, 21)}:{ctx.rng.randint(10, 59)}", 8, ctx.body)
    pg.text(90, 3, "5G  86%", 8, ctx.body, "r")
    pg.text(48, 11, "我的证书", 12, ctx.bold, "c")
    pg.text(6, 11, "<", 12, ctx.body)
    pg.rect(5, 22, 91, 150, 0, fill=(255, 255, 255))
    issuer = sc.org(ctx, cat == "public")
    title = f"{start.year}年{topic}"
    pg.text(48, 27, "电子结业证书", 14, ctx.bold, "c", (190, 120, 20))
    y = 40.0
    y = line_at(pg, ctx, 10, y, "课程名称", 8.5)
    y = pg.wrap(10, y - 1, 76, title, 11, ctx.bold, 1.5) + 2
    items = [("学员姓名", holder), ("学习时间", f"{fmt(start, 'dash')} 至 {fmt(end, 'dash')}"),
             ("获得学时", f"{hours_s(hours)}学时"), ("颁发单位", issuer), ("颁发日期", fmt(issued, "dash")),
             ("证书编号", f"JX{issued.year}{ctx.rng.randint(10**7, 10**8 - 1)}")]  # fmt: skip
    if cat:
        items.insert(3, ("科目类别", CAT_WORD[cat]))
    for lab, val in items:
        pg.text(10, y, lab, 8.5, ctx.body, "l", (120, 120, 120))
        pg.text(86, y, val, fits(val, ctx, 9.5, 56), ctx.body, "r")
        y += 8.75
    pg.seal(70, y - 14, 11, issuer[:16], ctx.rng.randint(0, 9999))
    pg.rect(10, 158, 86, 168, 0, fill=(24, 110, 220))
    pg.text(48, 160, "下载证书", 10, ctx.body, "c", (255, 255, 255))
    f = _fields(holder, title, issuer, issued.isoformat(), start.isoformat(), end.isoformat(), hours)
    return doc(ctx, "training_certificate", "cert", v, [pg], f, ALL, holder, issued.year, cat)


def _hanzi(ctx, v, sc, cat, topic, start, end, issued, hours, holder):  # noqa: ANN001, ANN202
    pg = Page()
    pg.bg = GREY_PAPER
    frame(pg, ctx, 3)
    issuer = sc.org(ctx, cat == "public")
    title = f"{sc.c}市{topic}研修班"
    y = centre(pg, ctx, 50, "证    书", 32, True, RED)
    y += 20
    cat_s = f"{CAT_WORD[cat]}" if cat else ""
    body = (
        f"{holder}同志于{fmt(start, 'hanzi')}至{fmt(end, 'hanzi')}参加{title}学习，"
        f"修完全部{cat_s}课程，成绩合格，获{hours_s(hours)}学时。"
    )
    y = para(pg, ctx, 32, y, pg.w - 64, body, 15, 2.3)
    date_s = fmt(issued, "hanzi")
    pg.text(pg.w - 35, y + 40, issuer, 14, ctx.body, "r")
    pg.text(pg.w - 35, y + 50, date_s, 14, ctx.body, "r")
    pg.seal(pg.w - 35 - width_mm(date_s, ctx.body, 14) / 2, y + 46, 22, issuer[:16], ctx.rng.randint(0, 9999))
    margin_note(pg, ctx, f"{issued.year}年度登记", 16, 268)
    f = _fields(holder, title, issuer, issued.isoformat(), start.isoformat(), end.isoformat(), hours)
    return doc(ctx, "training_certificate", "cert", v, [pg], f, ALL, holder, issued.year, cat)


BUILD = {
    "prose": _prose,
    "platform": _platform,
    "stub": _stub,
    "blanks": _blanks,
    "unitproof": _unitproof,
    "card": _card,
    "app": _app,
    "hanzi": _hanzi,
}
