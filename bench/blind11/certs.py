"""Draw 11 training proofs: course certificates and sign-in sheets (notices, qualifications and other
documents live in notices.py and quals.py)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame
from bench.blind.page import Page
from bench.blind11 import pools as P
from bench.blind11.ink import (
    GREY,
    blank,
    center,
    fits,
    form,
    hand,
    lh,
    make,
    pairs,
    phone_frame,
    runs,
    seal,
    spaced,
)  # fmt: skip
from bench.blind11.notices import training_notice
from bench.blind11.pools import Ctx
from bench.blind11.quals import other, qualification_certificate
from bench.generator.truth import person

__all__ = ["training_certificate", "sign_in_sheet", "training_notice", "qualification_certificate", "other"]

CAT_WORDS = {
    "public": ["公需科目", "公需课"],
    "professional": ["专业科目", "专业课"],
}
CERT_ALL = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]


def _hours(ctx: Ctx) -> float:
    return ctx.rng.choice([6, 8, 12, 16, 24, 30, 32, 40, 48, 10.5, 4.5, 20])


def _hstr(h: float) -> str:
    return str(int(h)) if h == int(h) else str(h)


def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("cert")
    rng = ctx.rng
    pl = P.somewhere(rng)
    holder = P.crowd(rng, 1)[0]
    unit = P.workplace(rng, pl)
    start = P.day(rng, 2018, 2024)
    end = P.shift(start, rng.choice([0, 1, 2, 4, 6]))
    issued = P.shift(end, rng.randint(0, 12))
    hours = _hours(ctx)
    cat = rng.choice(["public", "professional", None])
    word = rng.choice(CAT_WORDS[cat]) if cat else ""
    issuer = P.trainer(rng, pl)
    title = P.course(rng, start.year)
    form_ = rng.choice(P.DATE_FORMS[:7])
    build = {
        "prose": _cert_prose, "platform": _cert_platform, "ledger": _cert_ledger, "blanks": _cert_blanks,
        "mobile": _cert_mobile, "ornate": _cert_ornate,
    }[v]  # fmt: skip
    data = dict(holder=holder, unit=unit, start=start, end=end, issued=issued, hours=hours, cat=cat,
                word=word, issuer=issuer, title=title, form=form_, pl=pl)  # fmt: skip
    pages, fields, scored, year = build(ctx, data)
    return make("training_certificate", "cert", v, pages, fields, scored, holder, year, cat)


def _cert_prose(ctx: Ctx, d: dict) -> tuple:
    pg = Page()
    frame(pg, ctx, ctx.rng.choice([1, 2]))
    no = f"{d['pl'].city[:1]}JX{d['start'].year}{ctx.rng.randint(1, 9999):04d}"
    pg.text(pg.w - 24, 22, f"证书编号：{no}", 10, ctx.body, "r")
    y = center(pg, 48, spaced("结业证书", "  "), 30, ctx.bold) + 16
    span = (
        P.fspan(d["start"], d["end"], d["form"]) if d["start"] != d["end"] else P.fdate(d["start"], d["form"])
    )
    cat = f"（{d['word']}）" if d["cat"] else ""
    text = (
        f"{d['holder']}同志（工作单位：{d['unit']}）于{span}参加了由{d['issuer']}举办的“{d['title']}”{cat}，"
        f"完成全部课程学习，经考核合格，共计{_hstr(d['hours'])}学时。"
    )
    y = pg.wrap(30, y, pg.w - 60, text, 15, ctx.body, lead=2.0, indent=11)
    y = pg.wrap(30, y + 2, pg.w - 60, "特发此证。", 15, ctx.body, indent=11)
    ds = P.fdate(d["issued"], d["form"])
    pg.text(pg.w - 35, 220, d["issuer"], 14, ctx.body, "r")
    pg.text(pg.w - 35, 232, ds, 14, ctx.body, "r")
    seal(pg, ctx, pg.w - 60, 226, d["issuer"])
    f = dict(holder=d["holder"], title=d["title"], issuer=d["issuer"], issued_on=P.iso(d["issued"]),
             period={"start": P.iso(d["start"]), "end": P.iso(d["end"])}, hours_stated=d["hours"])  # fmt: skip
    return [pg], f, CERT_ALL, d["issued"].year


def _cert_platform(ctx: Ctx, d: dict) -> tuple:
    rng = ctx.rng
    pg = Page(w=297, h=210)
    site = f"{d['pl'].city}市专业技术人员继续教育网络学习平台"
    pg.rect(0, 0, pg.w, 24, 0, fill=(22, 92, 160))
    pg.text(16, 8, site, 15, ctx.bold, color=(255, 255, 255))
    pg.text(pg.w - 16, 10, f"{rng.choice(['https://', ''])}{rng.choice(['jxjy', 'zjpx', 'rcpx'])}.{rng.choice(['net', 'com', 'cn'])}", 10,
            ctx.body, "r", (220, 230, 245))  # fmt: skip
    y = center(pg, 36, "学 习 证 明", 26, ctx.bold) + 8
    y0, m0, y1, m1 = d["start"].year, rng.randint(1, 5), d["start"].year, rng.randint(7, 12)
    term = f"{P.fmonth(y0, m0, d['form'])}—{P.fmonth(y1, m1, d['form'])}"
    idno = f"{rng.choice(['37', '41', '43'])}{rng.randint(1000, 9999)}**********{rng.randint(10, 99)}"
    rows = [
        ("学员姓名", d["holder"]),
        ("证件号码", idno),
        ("学习年度", f"{y0}年度"),
        ("课程名称", d["title"]),
        ("学习时间", term),
        ("获得学时", f"{d['hours']:.1f}"),
    ]
    if d["cat"]:
        rows.insert(4, ("课程类别", d["word"]))
    y = pairs(pg, ctx, 62, y, rows, 14, pad=34, lead=2.15)
    issued = P.shift(dt.date(y1, m1, rng.randint(1, 28)), rng.randint(0, 20))
    ds = P.fdate(issued, "iso" if rng.random() < 0.5 else d["form"])
    pg.text(62, y + 4, "经审核，该学员已完成上述课程的在线学习及考试，特此证明。", 13, ctx.body)
    pg.text(pg.w - 40, 168, d["issuer"], 13, ctx.body, "r")
    pg.text(pg.w - 40, 178, f"出具日期：{ds}", 12, ctx.body, "r")
    seal(pg, ctx, pg.w - 70, 170, d["issuer"], 18)
    pg.text(16, pg.h - 12, "本证明可通过平台“证书查验”栏目核验真伪", 9, ctx.body, color=GREY)
    f = dict(holder=d["holder"], title=d["title"], issuer=d["issuer"], issued_on=P.iso(issued),
             period={"start": P.ym(y0, m0), "end": P.ym(y1, m1)}, hours_stated=d["hours"])  # fmt: skip
    return [pg], f, CERT_ALL, y0


def _cert_ledger(ctx: Ctx, d: dict) -> tuple:
    pg = Page()
    y = center(pg, 30, "继续教育学时证明", 22, ctx.bold) + 10
    pg.text(25, y, "兹证明下列人员参加培训并考核合格，情况如下：", 13, ctx.body)
    span = (
        P.fspan(d["start"], d["end"], d["form"], "—")
        if d["start"] != d["end"]
        else P.fdate(d["start"], d["form"])
    )
    rows = [
        ("姓    名", d["holder"]),
        ("工作单位", d["unit"]),
        ("培训项目", d["title"]),
        ("培训时间", span),
        ("认定学时", f"{_hstr(d['hours'])}学时"),
    ]
    if d["cat"]:
        rows.append(("科目类别", d["word"]))
    size = min(fits(d["title"], ctx.body, 12.5, 118), fits(d["unit"], ctx.body, 12.5, 118))
    y = form(pg, ctx, 25, y + 12, 38, 122, rows, size, 12)
    pg.text(35, y + 10, "特此证明。", 13, ctx.body)
    y = y + 40
    pg.text(pg.w - 30, y, f"{d['issuer']}（盖章）", 13, ctx.body, "r")
    pg.text(pg.w - 30, y + 10, P.fdate(d["issued"], d["form"]), 13, ctx.body, "r")
    seal(pg, ctx, pg.w - 58, y + 4, d["issuer"])
    f = dict(holder=d["holder"], title=d["title"], issuer=d["issuer"], issued_on=P.iso(d["issued"]),
             period={"start": P.iso(d["start"]), "end": P.iso(d["end"])}, hours_stated=d["hours"])  # fmt: skip
    return [pg], f, CERT_ALL, d["issued"].year


def _cert_blanks(ctx: Ctx, d: dict) -> tuple:
    """A pre-printed form; name, dates, course and hours are written in by hand."""
    pg = Page()
    frame(pg, ctx, 1)
    y = center(pg, 40, "培训合格证", 28, ctx.bold) + 18
    s, e, sz = d["start"], d["end"], 15
    runs(pg, ctx, 30, y, [(d["holder"], 34), "同志："], sz)
    y += 16
    runs(pg, ctx, 38, y, ["于", (str(s.year), 16), "年", (str(s.month), 9), "月", (str(s.day), 9), "日至",
                          (str(e.year), 16), "年", (str(e.month), 9), "月", (str(e.day), 9), "日参加"], sz)  # fmt: skip
    y += 16
    tw = min(150.0, max(90.0, len(d["title"]) * 6.2))
    hand(pg, ctx, 30 + tw / 2, y - 0.5, d["title"], fits(d["title"], ctx.hand, 15, tw), "c")
    pg.line(30, y + 6.5, 30 + tw, y + 6.5, 0.25)
    y += 16
    x = runs(pg, ctx, 30, y, ["培训，经考核成绩合格，计", (_hstr(d["hours"]), 16), "学时。"], sz)
    if d["cat"]:
        y += 16
        runs(pg, ctx, 30, y, ["科目：", (d["word"], 34)], sz)
    _ = x
    y += 22
    pg.text(44, y, "特发此证。", sz, ctx.body)
    pg.text(pg.w - 32, 215, d["issuer"], 13.5, ctx.body, "r")
    yy, mm, dd = d["issued"].year, d["issued"].month, d["issued"].day
    runs(pg, ctx, pg.w - 88, 226, [(str(yy), 16), "年", (str(mm), 9), "月", (str(dd), 9), "日"], 13.5)
    seal(pg, ctx, pg.w - 62, 220, d["issuer"])
    pg.text(30, 262, "（本证书涂改无效）", 9.5, ctx.body, color=GREY)
    f = dict(holder=d["holder"], title=d["title"], issuer=d["issuer"], issued_on=P.iso(d["issued"]),
             period={"start": P.iso(s), "end": P.iso(e)}, hours_stated=d["hours"])  # fmt: skip
    return [pg], f, CERT_ALL, d["issued"].year


def _cert_mobile(ctx: Ctx, d: dict) -> tuple:
    """A phone screenshot of a certificate in a learning app; the month it was earned, no dates."""
    rng = ctx.rng
    pg = Page(w=82, h=172, bg=(240, 241, 245))
    clock = f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}"
    y = phone_frame(pg, ctx, clock, "证书详情") + 6
    pg.rect(5, y, pg.w - 5, y + 112, 0.2, (210, 210, 215), (255, 255, 255))
    pg.text(pg.w / 2, y + 6, "培训证书", 14, ctx.bold, "c", (170, 40, 40))
    yy = y + 18
    m = d["issued"]
    rows = [
        ("证书名称", d["title"]),
        ("持证人", d["holder"]),
        ("培训学时", f"{_hstr(d['hours'])}学时"),
        ("颁发单位", d["issuer"]),
        ("获证时间", P.fmonth(m.year, m.month, rng.choice(["plain", "dots", "iso", "pad"]))),
    ]
    if d["cat"]:
        rows.insert(2, ("科目", d["word"]))
    for lab, val in rows:
        pg.text(9, yy, lab, 8, ctx.body, color=GREY)
        yy += 4.6
        yy = pg.wrap(9, yy, pg.w - 20, val, fits(val, ctx.body, 10, 120), ctx.body, lead=1.45) + 1.6
    seal(pg, ctx, pg.w - 20, y + 92, d["issuer"], 10)
    by = y + 118
    pg.rect(8, by, pg.w - 8, by + 10, 0, fill=(36, 110, 200))
    pg.text(pg.w / 2, by + 2.6, "下载电子证书", 10, ctx.body, "c", (255, 255, 255))
    f = dict(holder=d["holder"], title=d["title"], issuer=d["issuer"], issued_on=P.ym(m.year, m.month),
             period=None, hours_stated=d["hours"])  # fmt: skip
    return [pg], f, ["holder", "title", "issuer", "issued_on", "hours_stated"], m.year


def _cert_ornate(ctx: Ctx, d: dict) -> tuple:
    """Landscape with a red double frame; dates in Chinese numerals; the seal sits on the date."""
    pg = Page(w=297, h=210)
    frame(pg, ctx, 3)
    z = ctx.rng.choice(["han", "hanzero"])
    y = center(pg, 30, spaced("培训证书", "   "), 32, ctx.bold, (160, 30, 30)) + 14
    pg.text(40, y, f"{d['holder']}：", 17, ctx.bold)
    y += 14
    s, e = d["start"], d["end"]
    span = P.fdate(s, z) + ("" if s == e else "至" + P.fdate(e, z))
    hrs = (
        P.han_num(int(d["hours"]))
        if d["hours"] == int(d["hours"]) and d["hours"] < 100
        else _hstr(d["hours"])
    )
    cat = f"{d['word']}" if d["cat"] else ""
    text = (
        f"你于{span}参加{d['issuer']}组织的{cat}培训“{d['title']}”，完成规定的学习任务，"
        f"考核合格，获得继续教育学时{hrs}学时。"
    )
    y = pg.wrap(40, y, pg.w - 80, text, 16, ctx.body, lead=2.0, indent=11)
    pg.text(60, y + 4, "特发此证", 16, ctx.body)
    pg.text(pg.w - 45, 160, d["issuer"], 15, ctx.body, "r")
    ds = P.fdate(d["issued"], z)
    pg.text(pg.w - 45, 172, ds, 15, ctx.body, "r")
    seal(pg, ctx, pg.w - 75, 172, d["issuer"], 20)
    f = dict(holder=d["holder"], title=d["title"], issuer=d["issuer"], issued_on=P.iso(d["issued"]),
             period={"start": P.iso(s), "end": P.iso(e)}, hours_stated=d["hours"])  # fmt: skip
    return [pg], f, CERT_ALL, d["issued"].year


# ---- sign-in sheets ----------------------------------------------------------------------------
TITLES = ["讲座", "专题讲座", "学术报告会", "业务培训", "培训会", "技术交流会"]
RANKS = [
    "主治医师",
    "主管护师",
    "工程师",
    "高级工程师",
    "一级教师",
    "高级教师",
    "农艺师",
    "助理工程师",
    "副主任医师",
]
VENUES = ["{u}学术报告厅", "{c}市会议中心三楼会议室", "{c}宾馆二号会议室", "{c}市行政中心1206会议室"]
WEEK = "一二三四五六日"


def _sheet_base(ctx: Ctx, n: int) -> dict:
    rng = ctx.rng
    pl = P.somewhere(rng)
    d = P.day(rng, 2018, 2024)
    title = f"{rng.choice(P.TOPICS)}{rng.choice(TITLES)}" if rng.random() < 0.5 else P.course(rng, d.year)
    names = P.crowd(rng, n)
    units = [P.workplace(rng, pl) for _ in names]
    venue = rng.choice(VENUES).format(u=P.university(rng, pl), c=pl.city)
    return dict(pl=pl, date=d, title=title, names=names, units=units, issuer=P.trainer(rng, pl), venue=venue,
                form=rng.choice(P.DATE_FORMS[:7]), ranks=[rng.choice(RANKS) for _ in names])  # fmt: skip


def _sheet_doc(ctx: Ctx, v: str, pages: list[Page], d: dict) -> Doc:
    rng = ctx.rng
    people = [person(n, i + 1, "attendee") for i, n in enumerate(d["names"])]
    f = dict(title=d["title"], issuer=d["issuer"], period={"start": P.iso(d["date"]), "end": P.iso(d["date"])},
             people=people)  # fmt: skip
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    who = rng.choice(d["names"])
    return make("sign_in_sheet", "sign", v, pages, f, scored, who, d["date"].year)


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign")
    n = {"grid": 12, "halves": 20, "infobox": 10, "ampm": 9, "sparse": 8, "booklet": 30}[v]
    d = _sheet_base(ctx, n - ctx.rng.randint(0, 3))
    pages = {"grid": _sign_grid, "halves": _sign_halves, "infobox": _sign_infobox, "ampm": _sign_ampm,
             "sparse": _sign_sparse, "booklet": _sign_booklet}[v](ctx, d)  # fmt: skip
    return _sheet_doc(ctx, v, pages, d)


def _title_line(pg: Page, ctx: Ctx, y: float, d: dict, tail: str = "签到表") -> float:
    s = d["title"] + tail
    return center(pg, y, s, fits(s, ctx.bold, 18, pg.w - 30), ctx.bold)


def _sign_grid(ctx: Ctx, d: dict) -> list[Page]:
    pg = Page()
    y = _title_line(pg, ctx, 20, d) + 4
    pg.text(20, y, f"时间：{P.fdate(d['date'], d['form'])}", 11.5, ctx.body)
    pg.text(pg.w - 20, y, f"地点：{d['venue']}", 11.5, ctx.body, "r")
    y += 9
    rows = [["序号", "姓名", "工作单位", "职称", "签到"]]
    rows += [
        [str(i + 1), n, u, r, ""]
        for i, (n, u, r) in enumerate(zip(d["names"], d["units"], d["ranks"], strict=True))
    ]
    widths = [14, 26, 70, 30, 30]
    bottom = pg.table(20, y, widths, rows, 10.5, ctx.body, row_h=14, header_font=ctx.bold)
    for i, n in enumerate(d["names"]):
        hand(pg, ctx, 20 + sum(widths[:4]) + 15, y + 14 * (i + 1) + 3.5, n, 13, "c")
    pg.text(20, bottom + 8, f"主办单位：{d['issuer']}", 11.5, ctx.body)
    return [pg]


def _sign_halves(ctx: Ctx, d: dict) -> list[Page]:
    pg = Page()
    y = center(pg, 18, d["title"], fits(d["title"], ctx.bold, 17, pg.w - 30), ctx.bold)
    y = center(pg, y, spaced("签到表", "  "), 17, ctx.bold) + 2
    pg.text(18, y, f"主办单位：{d['issuer']}", 11, ctx.body)
    pg.text(pg.w - 18, y, f"日期：{P.fdate(d['date'], d['form'])}", 11, ctx.body, "r")
    y += 8
    names = d["names"]
    half = (len(names) + 1) // 2
    widths = [13, 30, 44]
    for col, x in enumerate((18.0, 18.0 + sum(widths) + 0.0)):
        chunk = names[col * half : (col + 1) * half]
        rows = [["序号", "姓名", "备注"]] + [[str(col * half + i + 1), "", ""] for i in range(half)]
        pg.table(x, y, widths, rows, 10.5, ctx.body, row_h=12, header_font=ctx.bold)
        for i, n in enumerate(chunk):
            hand(pg, ctx, x + 13 + 15, y + 12 * (i + 1) + 2.8, n, 13, "c")
    return [pg]


def _sign_infobox(ctx: Ctx, d: dict) -> list[Page]:
    rng = ctx.rng
    pg = Page()
    y = center(pg, 20, spaced("会议签到表", " "), 20, ctx.bold) + 4
    t0 = f"{rng.choice([8, 9, 14])}:{rng.choice(['00', '30'])}"
    info = [
        ("会议名称", d["title"]),
        ("会议时间", f"{P.fdate(d['date'], d['form'])}  {t0}"),
        ("会议地点", d["venue"]),
        ("主办单位", d["issuer"]),
    ]
    size = fits(d["title"], ctx.body, 11.5, 125)
    y = form(pg, ctx, 20, y, 35, 135, info, size, 11)
    rows = [["姓名", "工作单位", "联系电话", "签到时间"]] + [["", u, "", ""] for u in d["units"]]
    widths = [35, 70, 35, 30]
    pg.table(20, y, widths, rows, 10, ctx.body, row_h=13, header_font=ctx.bold)
    h0 = int(t0.split(":")[0])
    for i, n in enumerate(d["names"]):
        yy = y + 13 * (i + 1) + 3
        hand(pg, ctx, 20 + 17.5, yy, n, 13, "c")
        hand(pg, ctx, 20 + 105 + 17.5, yy, f"1{rng.randint(30, 89)}{rng.randint(1000, 9999)}{rng.randint(1000, 9999)}",
             10, "c")  # fmt: skip
        m = rng.randint(0, 29) if h0 in (9, 14) else rng.randint(30, 59)
        hand(pg, ctx, 20 + 140 + 15, yy, f"{h0 - (1 if m > 29 else 0)}:{m:02d}", 11, "c")
    return [pg]


def _sign_ampm(ctx: Ctx, d: dict) -> list[Page]:
    pg = Page(w=297, h=210)
    y = _title_line(pg, ctx, 16, d, "学员签到表") + 2
    dd = d["date"]
    pg.text(24, y, f"培训日期：{P.fdate(dd, d['form'])}（星期{WEEK[dd.weekday()]}）", 12, ctx.body)
    pg.text(pg.w - 24, y, f"培训地点：{d['venue']}", 12, ctx.body, "r")
    y += 9
    rows = [["序号", "姓名", "单位", "职称", "上午签到", "下午签到"]]
    rows += [
        [str(i + 1), n, u, r, "", ""]
        for i, (n, u, r) in enumerate(zip(d["names"], d["units"], d["ranks"], strict=True))
    ]
    widths = [16, 32, 86, 36, 40, 40]
    bottom = pg.table(24, y, widths, rows, 11, ctx.body, row_h=13, header_font=ctx.bold)
    for i, n in enumerate(d["names"]):
        for c in (4, 5):
            hand(pg, ctx, 24 + sum(widths[:c]) + 20, y + 13 * (i + 1) + 3, n, 13, "c")
    pg.text(24, bottom + 6, f"组织单位：{d['issuer']}", 12, ctx.body)
    return [pg]


def _sign_sparse(ctx: Ctx, d: dict) -> list[Page]:
    pg = Page()
    z = ctx.rng.choice(["han", "hanzero"])
    y = _title_line(pg, ctx, 22, d) + 2
    y = center(pg, y, P.fdate(d["date"], z), 12.5, ctx.body) + 3
    rows = [["序号", "姓名", "工作单位", "序号", "姓名", "工作单位"]]
    rows += [[str(i + 1), "", "", str(i + 11), "", ""] for i in range(10)]
    widths = [12, 28, 45, 12, 28, 45]
    bottom = pg.table(20, y, widths, rows, 10, ctx.body, row_h=14, header_font=ctx.bold)
    for i, (n, u) in enumerate(zip(d["names"], d["units"], strict=True)):
        c0 = 0 if i < 10 else 3
        yy = y + 14 * ((i % 10) + 1) + 3.5
        hand(pg, ctx, 20 + sum(widths[: c0 + 1]) + 14, yy, n, 13, "c")
        hand(pg, ctx, 20 + sum(widths[: c0 + 2]) + 22.5, yy, u, fits(u, ctx.hand, 9, 43), "c")
    pg.text(30, bottom + 14, "主办单位（盖章）：", 12.5, ctx.body)
    pg.text(73, bottom + 14, d["issuer"], 12.5, ctx.body)
    seal(pg, ctx, 95, bottom + 15, d["issuer"])
    return [pg]


def _sign_booklet(ctx: Ctx, d: dict) -> list[Page]:
    """Two pages; the second continues the numbering under a repeated header."""
    names, units = d["names"], d["units"]
    per = 17
    pages = []
    for p in range(2):
        pg = Page()
        y = _title_line(pg, ctx, 18, d, "签到册" if p == 0 else "签到册（续）") + 1
        if p == 0:
            pg.text(20, y, f"举办单位：{d['issuer']}", 11, ctx.body)
            pg.text(pg.w - 20, y, P.fdate(d["date"], d["form"]), 11, ctx.body, "r")
            y += 8
        rows = [["No.", "姓  名", "单  位", "签  名"]]
        chunk = list(range(p * per, min(len(names), (p + 1) * per)))
        rows += [[str(i + 1), names[i], units[i], ""] for i in chunk]
        widths = [14, 30, 86, 40]
        pg.table(20, y, widths, rows, 10.5, ctx.body, row_h=13, header_font=ctx.bold)
        for j, i in enumerate(chunk):
            hand(pg, ctx, 20 + 130 + 20, y + 13 * (j + 1) + 3, names[i], 13, "c")
        pg.text(pg.w / 2, pg.h - 14, f"第 {p + 1} 页 共 2 页", 9.5, ctx.body, "c", GREY)
        pages.append(pg)
    return pages


_ = (dt, lh, blank)
