"""Draw 50's sign-in sheets (签到表) and training notices (通知, 邀请函, 日程安排)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind50 import kit
from bench.blind50.kit import GREY, INK, PEN, RED, fit, hand, lh, seal
from bench.blind50.pools import Ctx, fmt_date, names, period_text
from bench.blind50.training import Training, claim, make_doc, training
from bench.generator.truth import person

SIGN = "sign_in_sheet"
NOTICE = "training_notice"


def _attendees(ctx: Ctx, t: Training, n: int) -> list[str]:
    ppl = names(ctx.rng, n - 1, {t.name})
    ppl.insert(ctx.rng.randrange(n), t.name)
    return ppl


def _units(ctx: Ctx, t: Training, n: int) -> list[str]:
    from bench.blind50.pools import unit

    out = []
    for _ in range(n):
        u = unit(t.p, t.c, ctx.rng)
        if ctx.rng.random() < 0.35:
            u = ctx.rng.choice(t.c.districts) + u.replace(t.c.name, "").replace(t.c.short, "")
        out.append(u)
    return out


def _phone(ctx: Ctx) -> str:
    return f"1{ctx.rng.choice('35789')}{ctx.rng.randrange(10)}****{ctx.rng.randrange(10**4):04d}"


def _sign_fields(t: Training, ppl: list[str]) -> tuple[dict, list[str]]:
    fields = {
        "title": t.title, "issuer": t.issuer,
        "period": {"start": t.start.isoformat(), "end": t.end.isoformat()},
        "people": [person(n, i, "attendee") for i, n in enumerate(ppl, 1)],
    }  # fmt: skip
    return fields, ["title", "issuer", "period.start", "period.end", "people"]


def _heading(pg: Page, ctx: Ctx, t: Training, y: float, size: float = 17.0) -> float:
    head = ctx.pick("t50.sign.head")
    full = t.title + head.replace(" ", "")
    if width_mm(full, ctx.bold, size) < pg.w - 30:
        pg.text(pg.w / 2, y, t.title + head, size, ctx.bold, "c")
        return y + lh(size, 1.9)
    lines = kit.title_lines(t.title, 22)
    for ln in lines:
        fit(pg, pg.w / 2, y, ln, size, ctx.bold, pg.w - 30, "c")
        y += lh(size, 1.6)
    pg.text(pg.w / 2, y, head, size, ctx.bold, "c")
    return y + lh(size, 1.9)


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    layout = ctx.layout(SIGN)
    return {
        "hand_table": _sign_hand, "landscape_split": _sign_split, "am_pm": _sign_ampm, "two_page": _sign_two,
        "app_export": _sign_app, "meeting_sign": _sign_meeting,
    }[layout](ctx, layout)  # fmt: skip


def _info_line(t: Training, ctx: Ctx, style: str) -> list[str]:
    venue = ctx.rng.choice(t.c.venues)
    when = period_text(t.start, t.end, style)
    return [f"时间：{when}", f"地点：{venue}", f"主办单位：{t.issuer}"]


def _sign_hand(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = training(ctx, days=1)
    n = rng.randint(12, 21)
    ppl = _attendees(ctx, t, n)
    units = _units(ctx, t, n)
    pg = Page()
    y = _heading(pg, ctx, t, 20)
    info = _info_line(t, ctx, rng.choice(("range_cn", "range_dot")))
    pg.text(18, y, f"{info[2]}", 10.5, ctx.body)
    y += lh(10.5, 1.7)
    pg.text(18, y, f"{info[0]}        {info[1]}", 10.5, ctx.body)
    y += lh(10.5, 2.0)
    widths = [12, 30, 64, 26, 30, 12]
    rows = [["序号", "姓名", "工作单位", "职称", "联系电话", "签到"]]
    for i in range(n):
        rows.append([str(i + 1), "", units[i], rng.choice(t.p.titles), _phone(ctx), ""])
    top = y
    pg.table(18, y, widths, rows, 8.5, ctx.body, row_h=9.5)
    for i, nm in enumerate(ppl):
        ry = top + 9.5 * (i + 1)
        hand(pg, ctx, 18 + 12 + 15, ry + 1.8, nm, 13, PEN, "c")
        if rng.random() < 0.85:
            kit.tick(pg, ctx, 18 + sum(widths[:-1]) + 6, ry + 4.5)
    yb = top + 9.5 * (n + 1) + 8
    pg.text(18, yb, f"应到 {n + rng.randint(0, 3)} 人，实到 {n} 人。", 10, ctx.body)
    pg.text(pg.w - 20, yb, "记录人：", 10, ctx.body, "r")
    kit.scribble(pg, ctx, pg.w - 20, yb - 1, 14)
    kit.noise(pg, ctx)
    fields, scored = _sign_fields(t, ppl)
    return make_doc(SIGN, layout, [pg], fields, scored, claim(t.name, t.y, t.c), t.cat)


def _sign_split(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = training(ctx, days=1)
    per = rng.randint(9, 13)
    n = per + rng.randint(per - 4, per)
    ppl = _attendees(ctx, t, n)
    units = _units(ctx, t, n)
    pg = Page(297, 210)
    y = _heading(pg, ctx, t, 14, 16)
    info = _info_line(t, ctx, "range_cn")
    pg.text(pg.w / 2, y, "    ".join(info), 10, ctx.body, "c")
    y += lh(10, 2.0)
    widths = [11, 24, 56, 38]
    for b in range(2):
        x0 = 12 + b * 140
        rows = [["序号", "姓名", "单位", "本人签字"]]
        idx = range(b * per, min(n, (b + 1) * per))
        for i in idx:
            rows.append([str(i + 1), ppl[i], units[i], ""])
        for _ in range(per - len(idx)):
            rows.append(["", "", "", ""])
        pg.table(x0, y, widths, rows, 9, ctx.body, row_h=11)
        for r, i in enumerate(idx):
            if rng.random() < 0.9:
                hand(pg, ctx, x0 + 91 + 19, y + 11 * (r + 1) + 2.5, ppl[i], 13, PEN, "c")
    kit.noise(pg, ctx, ("fold", "edge"))
    fields, scored = _sign_fields(t, ppl)
    return make_doc(SIGN, layout, [pg], fields, scored, claim(t.name, t.y, t.c), t.cat)


def _sign_ampm(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    days = rng.choice((1, 2))
    t = training(ctx, days=days)
    n = rng.randint(10, 18)
    ppl = _attendees(ctx, t, n)
    pg = Page()
    y = _heading(pg, ctx, t, 18, 16)
    pg.text(20, y, f"主办：{t.issuer}", 10.5, ctx.body)
    pg.text(pg.w - 20, y, f"培训时间：{period_text(t.start, t.end, 'range_cn')}", 10.5, ctx.body, "r")
    y += lh(10.5, 2.0)
    slots = []
    for d in range(days):
        day = t.start + dt.timedelta(days=d)
        slots += [f"{day.month}月{day.day}日上午", f"{day.month}月{day.day}日下午"]
    sw = (170 - 12 - 26) / len(slots)
    widths = [12, 26] + [sw] * len(slots)
    rows = [["序号", "姓名"] + slots] + [[str(i + 1), nm] + [""] * len(slots) for i, nm in enumerate(ppl)]
    pg.table(20, y, widths, rows, 8.5, ctx.body, row_h=11)
    for i, nm in enumerate(ppl):
        for s in range(len(slots)):
            cx = 20 + 38 + sw * s + sw / 2
            ry = y + 11 * (i + 1)
            r = rng.random()
            if r < 0.86:
                hand(pg, ctx, cx, ry + 2.6, nm, 12, PEN, "c")
            elif r < 0.93:
                pg.text(cx, ry + 3, "请假", 9, ctx.body, "c", GREY)
    yb = y + 11 * (n + 1) + 6
    if yb < pg.h - 30:
        pg.text(20, yb, "注：请学员本人签字，不得代签。", 9, ctx.body, "l", GREY)
    fields, scored = _sign_fields(t, ppl)
    return make_doc(SIGN, layout, [pg], fields, scored, claim(t.name, t.y, t.c), t.cat)


def _sign_two(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = training(ctx, days=1)
    n = rng.randint(26, 38)
    ppl = _attendees(ctx, t, n)
    units = _units(ctx, t, n)
    pages = [Page(), Page()]
    y = _heading(pages[0], ctx, t, 18, 16)
    for ln in _info_line(t, ctx, rng.choice(("range_dot", "range_cn"))):
        pages[0].text(20, y, ln, 10.5, ctx.body)
        y += lh(10.5, 1.6)
    y += 3
    first = 20
    widths = [12, 28, 70, 28, 32]
    cuts = [(0, first, y), (first, n, 22.0)]
    for p, (a, b, top) in enumerate(cuts):
        pg = pages[p]
        rows = [["序号", "姓名", "工作单位", "职称", "签名"]]
        rows += [[str(i + 1), ppl[i], units[i], rng.choice(t.p.titles), ""] for i in range(a, b)]
        pg.table(20, top, widths, rows, 9, ctx.body, row_h=10)
        for r in range(b - a):
            if rng.random() < 0.92:
                kit.scribble(pg, ctx, 20 + 138 + 6, top + 10 * (r + 1) + 1.5, 18)
        kit.page_no(pg, ctx, p + 1, 2, 0)
        kit.noise(pg, ctx, ("holes", "staple", "edge"))
    fields, scored = _sign_fields(t, ppl)
    return make_doc(SIGN, layout, pages, fields, scored, claim(t.name, t.y, t.c), t.cat)


def _sign_app(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = training(ctx, days=1)
    n = rng.randint(9, 15)
    ppl = _attendees(ctx, t, n)
    pg = kit.phone_page(ctx, 196)
    y = kit.status_bar(pg, ctx, f"{rng.randint(9, 18)}:{rng.randint(0, 59):02d}")
    y = kit.app_bar(pg, ctx, y, "签到记录")
    pg.rect(0, y, pg.w, y + 40, 0, (255, 255, 255), (255, 255, 255))
    yy = kit.para(pg, 6, y + 4, pg.w - 12, t.title, 11, ctx.sans, 1.5, indent=False)
    pg.text(6, yy + 1, f"签到时间：{fmt_date(t.start, 'iso')} 08:00-09:00", 8, ctx.sans, "l", GREY)
    fit(pg, 6, yy + 7, f"发起单位：{t.issuer}", 8, ctx.sans, pg.w - 12, "l", GREY)
    y = max(y + 40, yy + 14)
    pg.text(6, y + 3, f"已签到 {n}", 9.5, ctx.sans, "l", (22, 119, 255))
    pg.text(40, y + 3, f"未签到 {rng.randint(0, 4)}", 9.5, ctx.sans, "l", GREY)
    pg.line(6, y + 9, 28, y + 9, 0.6, (22, 119, 255))
    y += 12
    base = dt.datetime(t.start.year, t.start.month, t.start.day, 7, 40)
    shown: list[str] = []
    for nm in ppl:
        if y > pg.h - 12:
            break
        shown.append(nm)
        pg.rect(0, y, pg.w, y + 11, 0, (255, 255, 255), (255, 255, 255))
        pg.rect(6, y + 2, 13, y + 9, 0, (150, 180, 210), (150, 180, 210))
        pg.text(16, y + 2.8, nm, 10, ctx.sans)
        base += dt.timedelta(seconds=rng.randint(20, 200))
        pg.text(pg.w - 6, y + 3.2, base.strftime("%H:%M:%S"), 8, ctx.sans, "r", GREY)
        pg.line(16, y + 11, pg.w, y + 11, 0.15, kit.LIGHT)
        y += 11.5
    fields, scored = _sign_fields(t, shown)
    who = t.name if t.name in shown else shown[0]
    return make_doc(SIGN, layout, [pg], fields, scored, claim(who, t.y, t.c), t.cat)


def _sign_meeting(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t = training(ctx, days=1)
    n = rng.randint(10, 17)
    ppl = _attendees(ctx, t, n)
    units = _units(ctx, t, n)
    pg = Page()
    pg.text(pg.w / 2, 20, ctx.pick("t50.sign.head"), 20, ctx.bold, "c")
    info = [["名称", t.title], ["时间", period_text(t.start, t.end, "range_cn") + "  " + rng.choice(("上午", "下午", "全天"))],
            ["地点", rng.choice(t.c.venues)], ["主办", t.issuer]]  # fmt: skip
    y = pg.table(20, 34, [26, 144], info, 10.5, ctx.body, row_h=10)
    y += 5
    widths = [12, 56, 28, 28, 30, 16]
    rows = [["序号", "单位", "姓名", "职务/职称", "手机号码", "签字"]]
    rows += [[str(i + 1), units[i], ppl[i], rng.choice(t.p.titles), _phone(ctx), ""] for i in range(n)]
    pg.table(20, y, widths, rows, 9, ctx.body, row_h=10)
    for i in range(n):
        if rng.random() < 0.8:
            kit.scribble(pg, ctx, 20 + 154 + 2, y + 10 * (i + 1) + 2, 12)
    kit.noise(pg, ctx)
    fields, scored = _sign_fields(t, ppl)
    return make_doc(SIGN, layout, [pg], fields, scored, claim(t.name, t.y, t.c), t.cat)


# ---- training notices ------------------------------------------------------------------------------------
def training_notice(ctx: Ctx, k: int) -> Doc:
    layout = ctx.layout(NOTICE)
    return {
        "red_head": _n_red, "web_print": _n_web, "invitation": _n_invite, "schedule": _n_schedule,
        "wechat_article": _n_wechat, "meeting_receipt": _n_receipt,
    }[layout](ctx, layout)  # fmt: skip


def _notice_facts(ctx: Ctx, cat: str | None = "any") -> tuple[Training, dt.date]:
    t = training(ctx, cat=cat, days=ctx.rng.choice((2, 3, 3, 4, 5)))
    issued = t.start - dt.timedelta(days=ctx.rng.randint(6, 25))
    return t, issued


def _hours_sentence(t: Training) -> str:
    cat = t.cat_word or ""
    return f"培训结束经考核合格，颁发培训证书，登记继续教育{cat}学时{t.hours_s}学时。"


def _notice_fields(
    t: Training, issued: dt.date, ppl: list[str], holder: str | None = None
) -> tuple[dict, list]:
    fields = {
        "title": t.title, "issuer": t.issuer, "issued_on": issued.isoformat(),
        "period": {"start": t.start.isoformat(), "end": t.end.isoformat()}, "hours_stated": float(t.hours),
        "people": [person(n, i, "attendee") for i, n in enumerate(ppl, 1)], "holder": holder,
    }  # fmt: skip
    return fields, ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]


def _body(ctx: Ctx, t: Training, venue: str) -> list[tuple[str, str]]:
    """The numbered sections of a notice: (heading, paragraph)."""
    rng = ctx.rng
    report = t.start - dt.timedelta(days=rng.choice((0, 1)))
    return [
        ("一、培训时间", f"{period_text(t.start, t.end, rng.choice(('range_cn', 'range_full')))}，"
                        f"{report.month}月{report.day}日上午8:30前报到。"),
        ("二、培训地点", venue),
        ("三、培训内容", f"围绕{t.topic}，邀请省内外专家授课，采取专题讲座、案例分析和现场教学相结合的方式进行。"),
        ("四、参训对象", f"各县（区）、各有关单位从事相关工作的{t.p.who}，每单位{rng.randint(1, 3)}至{rng.randint(4, 6)}人。"),
        ("五、学时认定", _hours_sentence(t)),
        ("六、有关要求", f"请各单位于{(t.start - dt.timedelta(days=3)).month}月{(t.start - dt.timedelta(days=3)).day}日前将参训人员名单报送至"
                        f"邮箱 px{rng.randint(100, 999)}@163.com。培训不收取费用，食宿统一安排，差旅费回原单位报销。"),
    ]  # fmt: skip


DOC_ABBR = (("水利", "水"), ("林业", "林"), ("财政", "财"), ("卫生", "卫"), ("人力资源", "人社"), ("教育", "教"),
            ("农业", "农"), ("食品药品", "食药监"), ("市场监督", "市监"), ("畜牧", "牧"), ("国土", "国土"),
            ("自然资源", "自然资"), ("文物", "文物"), ("文化", "文旅"), ("环境", "环"), ("气象", "气"), ("住房", "建"),
            ("发展和改革", "发改"), ("党校", "校"), ("医院", "院"), ("大学", "校"), ("学院", "院"))  # fmt: skip


def _doc_prefix(t: Training) -> str:
    """The 发文字号 prefix: the city's abbreviation and the issuer's (汴水, 泰人社), or a society's 豫药学."""
    if "学会" in t.issuer or "协会" in t.issuer:
        core = t.issuer.split("省")[-1].split("市")[-1].split("学会")[0].split("协会")[0][:2]
        head = t.c.doc_abbr if "市" in t.issuer else ("豫" if t.c.key == "kaifeng" else "鲁")
        return head + core + "学"
    for word, abbr in DOC_ABBR:
        if word in t.issuer:
            return t.c.doc_abbr + abbr
    return t.c.doc_abbr + "字"


def _n_red(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t, issued = _notice_facts(ctx)
    f = kit.Flow(ctx, top=22)
    pg = f.pg
    head = t.issuer + "文件"
    fit(pg, pg.w / 2, 24, head, 30, ctx.bold, 170, "c", RED)
    num = f"{_doc_prefix(t)}〔{t.y}〕{rng.randint(8, 160)}号"
    pg.text(pg.w / 2, 48, num, 12, ctx.body, "c")
    pg.line(22, 57, pg.w - 22, 57, 1.2, RED)
    f.y = 66
    for ln in kit.title_lines(f"关于举办{t.title}的通知", 20):
        f.line(ln, 17, pg.w / 2, ctx.bold, "c", INK, 1.7)
    f.y += 4
    f.line(
        rng.choice(("各县（区）有关部门，各有关单位：", "各有关单位：", "局属各单位，各县（区）主管部门：")),
        11.5,
        25,
    )
    lead = ctx.pick("t50.notice.lead").format(who=t.p.who)
    f.para(f"{lead}经研究，决定举办{t.title}。现将有关事项通知如下：", 11.5)
    venue = rng.choice(t.c.venues)
    for h, s in _body(ctx, t, venue):
        f.line(h, 11.5, 25, ctx.bold)
        f.para(s, 11.5)
    f.line(f"联系人：{rng.choice('王李张刘陈')}科长    电话：{rng.randint(2000000, 8999999)}", 11.5, 36)
    f.y += 2
    f.line("附件：参训人员名单", 11.5, 25)
    f.y += 6
    pg = f.need(28)
    ds = fmt_date(issued, rng.choice(("cn", "upper")))
    w = max(width_mm(t.issuer, ctx.body, 11.5), width_mm(ds, ctx.body, 11.5))
    cx = pg.w - 30 - w / 2
    pg.text(cx, f.y, t.issuer, 11.5, ctx.body, "c")
    pg.text(cx, f.y + 8, ds, 11.5, ctx.body, "c")
    seal(pg, ctx, cx, f.y + 3, t.issuer)
    # the attachment: the list of trainees
    n = rng.randint(8, 16)
    ppl = _attendees(ctx, t, n)
    units = _units(ctx, t, n)
    att = Page()
    att.text(25, 22, "附件", 13, ctx.bold)
    att.text(att.w / 2, 34, "参训人员名单", 16, ctx.bold, "c")
    rows = [["序号", "姓名", "工作单位", "职称"]] + [[str(i + 1), ppl[i], units[i], rng.choice(t.p.titles)]
                                                    for i in range(n)]  # fmt: skip
    att.table(25, 46, [14, 30, 92, 24], rows, 10, ctx.body, row_h=10)
    pages = f.pages + [att]
    for i, p in enumerate(pages):
        kit.page_no(p, ctx, i + 1, len(pages), 1)
    fields, scored = _notice_fields(t, issued, ppl)
    return make_doc(NOTICE, layout, pages, fields, scored, claim(t.name, t.y, t.c), t.cat)


def _n_web(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t, issued = _notice_facts(ctx)
    pg = Page()
    stamp = f"{issued.year}/{issued.month}/{issued.day + 1 if issued.day < 28 else issued.day} 上午{rng.randint(8, 11)}:{rng.randint(10, 59)}"
    url = f"http://www.{t.c.key}.gov.cn/{rng.choice(('tzgg', 'news', 'zwgk'))}/{issued.year}{issued.month:02d}/t{issued.year}{issued.month:02d}{issued.day:02d}_{rng.randint(100000, 999999)}.html"
    kit.browser_print(pg, ctx, stamp, f"关于举办{t.title}的通知", url)
    y = kit.web_banner(pg, ctx, 12, t.issuer, ["首页", "机构概况", "政务公开", "通知公告", "办事服务", "互动交流"],
                       rng.choice(((20, 80, 150), (160, 30, 30), (20, 110, 90))))  # fmt: skip
    pg.text(12, y, "当前位置：首页 > 通知公告 > 正文", 8.5, ctx.sans, "l", GREY)
    y += 10
    for ln in kit.title_lines(f"关于举办{t.title}的通知", 24):
        fit(pg, pg.w / 2, y, ln, 15, ctx.bold, 180, "c")
        y += lh(15, 1.6)
    meta = f"发布时间：{fmt_date(issued, 'iso')} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}    来源：{t.issuer}    浏览次数：{rng.randint(80, 3000)}"
    fit(pg, pg.w / 2, y + 1, meta, 8.5, ctx.sans, 180, "c", GREY)
    pg.line(14, y + 7, pg.w - 14, y + 7, 0.3, kit.LIGHT)
    y += 12
    lead = ctx.pick("t50.notice.lead").format(who=t.p.who)
    y = kit.para(
        pg, 18, y, 174, f"{lead}{t.issuer}定于近期举办{t.title}，现将有关事项通知如下：", 10.5, ctx.body
    )
    n = rng.randint(6, 12)
    ppl = _attendees(ctx, t, n)
    for h, s in _body(ctx, t, rng.choice(t.c.venues))[:5]:
        if h.startswith("四"):
            s = s + "经各单位推荐，参训人员为：" + "、".join(ppl) + "。"
        y = kit.para(pg, 18, y, 174, h + "  " + s, 10.5, ctx.body)
        if y > pg.h - 50:
            break
    y += 3
    pg.text(pg.w - 22, y + 4, t.issuer, 10.5, ctx.body, "r")
    pg.text(pg.w - 22, y + 11, fmt_date(issued, rng.choice(("cn", "iso"))), 10.5, ctx.body, "r")
    pg.text(
        18,
        pg.h - 22,
        f"版权所有：{t.issuer}    ICP备{rng.randint(10000000, 99999999)}号",
        7.5,
        ctx.sans,
        "l",
        GREY,
    )
    fields, scored = _notice_fields(t, issued, ppl)
    return make_doc(NOTICE, layout, [pg], fields, scored, claim(t.name, t.y, t.c), t.cat)


def _schedule_rows(ctx: Ctx, t: Training) -> list[list[str]]:
    rng = ctx.rng
    from bench.blind50.pools import era
    from bench.blind50.training import PUBLIC_TOPICS

    topics = list(PUBLIC_TOPICS[t.c.key]) if t.cat == "public" else era(t.p.topics, t.c)
    rows = [["日期", "时间", "内容", "授课人", "地点"]]
    day = t.start
    lecturers = names(rng, 6, {t.name})
    i = 0
    while day <= t.end:
        for slot in ("08:30-11:30", "14:30-17:30"):
            subj = topics[i % len(topics)] if not (day == t.end and slot[0] == "1") else "结业考核"
            who = (
                f"{lecturers[i % 6]} {rng.choice(('教授', '高工', '主任', '研究员'))}"
                if subj != "结业考核"
                else "—"
            )
            rows.append(
                [
                    f"{day.month}月{day.day}日",
                    slot,
                    subj,
                    who,
                    rng.choice(("报告厅", "二楼会议室", "实训基地")),
                ]
            )
            i += 1
        day += dt.timedelta(days=1)
    return rows


def _n_invite(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t, issued = _notice_facts(ctx)
    pg = Page()
    kit.frame(pg, 3, (170, 40, 40), 12)
    pg.text(pg.w / 2, 26, "邀  请  函", 26, ctx.bold, "c", (170, 30, 30))
    y = 50.0
    pg.text(25, y, f"尊敬的{t.name}{rng.choice(('老师', '同志', '先生/女士'))}：", 13, ctx.body)
    y += lh(13, 2.0)
    y = kit.para(pg, 25, y, 160, f"兹定于{period_text(t.start, t.end, 'range_cn')}在{rng.choice(t.c.venues)}举办"
                 f"{t.title}，诚邀您拨冗参加。{_hours_sentence(t)}", 12.5, ctx.body, 1.9)  # fmt: skip
    y += 3
    pg.text(25, y, "日程安排：", 12.5, ctx.bold)
    y += lh(12.5, 1.7)
    rows = _schedule_rows(ctx, t)
    rows = [r[:4] for r in rows][:9]
    y = pg.table(25, y, [24, 28, 72, 36], rows, 9, ctx.body, row_h=8.5)
    y += 6
    y = kit.para(
        pg, 25, y, 160, "请于开班前三日回复参会回执，食宿由会务组统一安排，费用自理。", 12, ctx.body, 1.8
    )
    ds = fmt_date(issued, rng.choice(("cn", "cn0")))
    yb = max(y + 12, 225)
    pg.text(pg.w - 30, yb, t.issuer, 12.5, ctx.body, "r")
    pg.text(pg.w - 30, yb + 8, ds, 12.5, ctx.body, "r")
    seal(pg, ctx, pg.w - 30 - width_mm(t.issuer, ctx.body, 12.5) / 2, yb + 3, t.issuer)
    fields, scored = _notice_fields(t, issued, [], t.name)
    return make_doc(NOTICE, layout, [pg], fields, scored, claim(t.name, t.y, t.c), t.cat)


def _n_schedule(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t, issued = _notice_facts(ctx)
    pg = Page()
    y = 20.0
    for ln in kit.title_lines(t.title, 20):
        fit(pg, pg.w / 2, y, ln, 16, ctx.bold, 175, "c")
        y += lh(16, 1.6)
    pg.text(pg.w / 2, y, rng.choice(("日程安排", "课程安排表", "培训课程表")), 14, ctx.bold, "c")
    y += lh(14, 2.0)
    pg.text(20, y, f"主办单位：{t.issuer}", 10.5, ctx.body)
    y += lh(10.5, 1.7)
    pg.text(
        20,
        y,
        f"培训时间：{period_text(t.start, t.end, 'range_dash')}    学时：{t.hours_s}学时",
        10.5,
        ctx.body,
    )
    y += lh(10.5, 2.0)
    y = pg.table(20, y, [22, 26, 66, 34, 22], _schedule_rows(ctx, t), 9, ctx.body, row_h=9)
    y += 8
    pg.text(20, y, "学员分组", 12, ctx.bold)
    y += lh(12, 1.8)
    n = rng.choice((8, 12, 12, 16))
    ppl = _attendees(ctx, t, n)
    grid = [["组别", "组长", "组员", "", ""]]
    for g, i in enumerate(range(0, n, 4)):
        grid.append([f"第{'一二三四'[g]}组"] + ppl[i : i + 4])
    y = pg.table(20, y, [22, 37, 37, 37, 37], grid, 9.5, ctx.body, row_h=9)
    y += 10
    ds = fmt_date(issued, rng.choice(("cn", "dot")))
    pg.text(pg.w - 22, y, t.issuer, 11, ctx.body, "r")
    pg.text(pg.w - 22, y + 7, ds, 11, ctx.body, "r")
    fields, scored = _notice_fields(t, issued, ppl)
    return make_doc(NOTICE, layout, [pg], fields, scored, claim(t.name, t.y, t.c), t.cat)


def _n_wechat(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t, issued = _notice_facts(ctx)
    pg = kit.phone_page(ctx, 270)
    pg.bg = (255, 255, 255)
    y = kit.status_bar(pg, ctx, f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}")
    y = kit.app_bar(pg, ctx, y, "")
    y += 4
    y = kit.para(pg, 6, y, pg.w - 12, f"关于举办{t.title}的通知", 13, ctx.bold, 1.45, indent=False)
    y += 1
    pg.text(6, y, rng.choice(("原创", "")), 7.5, ctx.sans, "l", GREY)
    fit(pg, 16, y, f"{t.issuer}  {fmt_date(issued, 'iso')} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}", 7.5,
        ctx.sans, pg.w - 22, "l", (87, 107, 149))  # fmt: skip
    y += 8
    n = rng.randint(5, 9)
    ppl = _attendees(ctx, t, n)
    for h, s in _body(ctx, t, rng.choice(t.c.venues))[:5]:
        pg.text(6, y, h, 9.5, ctx.bold)
        y += lh(9.5, 1.6)
        y = kit.para(pg, 6, y, pg.w - 12, s, 9, ctx.body, 1.65)
        y += 1
    pg.text(6, y, "附：首批参训人员名单", 9.5, ctx.bold)
    y += lh(9.5, 1.6)
    y = kit.para(pg, 6, y, pg.w - 12, "  ".join(ppl), 9, ctx.body, 1.65, indent=False)
    y += 4
    pg.text(pg.w - 6, y, t.issuer, 9, ctx.body, "r")
    pg.text(pg.w - 6, y + 6, fmt_date(issued, "cn"), 9, ctx.body, "r")
    y += 16
    pg.text(6, y, f"阅读 {rng.randint(300, 9000)}    在看 {rng.randint(3, 90)}", 8, ctx.sans, "l", GREY)
    pg.h = y + 14  # a long screenshot ends where the article does
    fields, scored = _notice_fields(t, issued, ppl)
    return make_doc(NOTICE, layout, [pg], fields, scored, claim(t.name, t.y, t.c), t.cat)


def _n_receipt(ctx: Ctx, layout: str) -> Doc:
    rng = ctx.rng
    t, issued = _notice_facts(ctx)
    pg = Page()
    y = 22.0
    for ln in kit.title_lines(f"关于举办{t.title}的通知", 22):
        fit(pg, pg.w / 2, y, ln, 16, ctx.bold, 175, "c")
        y += lh(16, 1.6)
    y += 4
    pg.text(22, y, "各会员单位：" if t.kind == "society" else "各有关单位：", 11.5, ctx.body)
    y += lh(11.5, 1.8)
    venue = rng.choice(t.c.venues)
    y = kit.para(pg, 22, y, 166, f"经研究，{t.issuer}定于{period_text(t.start, t.end, 'range_cn')}在{venue}举办{t.title}。"
                 f"{_hours_sentence(t)}请各单位认真组织，并于开班前将回执反馈至会务组。", 11.5, ctx.body, 1.8)  # fmt: skip
    y += 4
    ds = fmt_date(issued, rng.choice(("cn", "upper", "cn0")))
    pg.text(pg.w - 25, y, t.issuer, 11.5, ctx.body, "r")
    pg.text(pg.w - 25, y + 7, ds, 11.5, ctx.body, "r")
    seal(pg, ctx, pg.w - 25 - width_mm(t.issuer, ctx.body, 11.5) / 2, y + 2, t.issuer)
    y += 30
    pg.line(15, y, pg.w - 15, y, 0.3, GREY)
    kit.shade(pg, pg.w / 2 - 18, y - 2.5, pg.w / 2 + 18, y + 2.5, (255, 255, 255))
    pg.text(pg.w / 2, y - 1.6, "（沿此线剪下）", 8, ctx.body, "c", GREY)
    y += 8
    pg.text(pg.w / 2, y, "参 会 回 执", 15, ctx.bold, "c")
    y += lh(15, 2.0)
    rows = [["姓名", "工作单位", "职称", "联系电话", "是否住宿"], ["", "", "", "", ""], ["", "", "", "", ""]]
    widths = [28, 62, 26, 32, 22]
    pg.table(20, y, widths, rows, 10, ctx.body, row_h=12)
    hand(pg, ctx, 20 + 14, y + 14.5, t.name, 13, PEN, "c")
    fit(pg, 20 + 28 + 31, y + 15.5, t.unit, 10, ctx.hand, 60, "c", PEN)
    hand(pg, ctx, 20 + 90 + 13, y + 15, rng.choice(t.p.titles), 10, PEN, "c")
    hand(
        pg, ctx, 20 + 116 + 16, y + 15, _phone(ctx).replace("****", str(rng.randint(1000, 9999))), 9, PEN, "c"
    )
    hand(pg, ctx, 20 + 148 + 11, y + 15, rng.choice(("是", "否")), 11, PEN, "c")
    fields, scored = _notice_fields(t, issued, [t.name])
    return make_doc(NOTICE, layout, [pg], fields, scored, claim(t.name, t.y, t.c), t.cat)
