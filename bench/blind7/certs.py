"""Draw 7 builders: training certificates, sign-in sheets, training notices, qualification certificates and
non-proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind7 import ink
from bench.blind7.common7 import finish, ppl
from bench.blind7.pools import (
    DEGREE_WORD,
    DOMAIN_KEYS,
    DOMAINS,
    SUBJECTS,
    UNIVERSITIES,
    Ctx,
    cn_n,
    dept,
    fmt_date,
    fmt_month,
    fmt_range,
    hr_bureau,
    iso,
    people,
    person_name,
    place,
    platform,
    prov_full,
    rand_day,
    unit,
)

PUBLIC_TOPICS = ["数字经济与创新驱动发展", "专业技术人员职业道德与诚信建设", "人工智能与数字化转型", "心理健康与压力管理",
                 "知识产权保护与运用", "安全生产与应急管理", "法治素养提升", "生态文明建设与绿色发展"]  # fmt: skip
HOURS = [8, 12, 16, 18, 20, 24, 30, 32, 36, 40, 48, 56, 60, 72, 90]


def _idno(ctx: Ctx) -> str:
    r = ctx.rng
    return f"{r.randint(110000, 659999)}{'*' * 8}{r.randint(0, 9999):04d}"


def _sex(ctx: Ctx) -> str:
    return ctx.rng.choice(["男", "女"])


def _serial(ctx: Ctx, y: int, pre: str = "") -> str:
    r = ctx.rng
    return ctx.pick("t7.serial", [
        f"{pre}{y}{r.randint(1, 9999):04d}{r.randint(0, 999):03d}",
        f"{pre}No.{y}-{r.randint(100, 99999):05d}",
        f"{pre}{r.randint(10, 99)}{y % 100:02d}{r.randint(100000, 999999)}",
        f"{pre}（{y}）第{r.randint(1, 2999)}号",
    ])  # fmt: skip


def _training(ctx: Ctx, dom: str, pl: tuple[str, str, str, str], cat: str | None, y: int) -> str:
    r = ctx.rng
    if cat == "public":
        t = r.choice(PUBLIC_TOPICS)
        return ctx.pick("t7.tc.pub", [
            f"{y}年度专业技术人员继续教育公需科目培训", f"{y}年{pl[1]}市专业技术人员公需科目培训班",
            f"公需科目“{t}”专题培训", f"{y}年度公需科目{t}网络培训",
        ]).replace("“", "").replace("”", "")  # fmt: skip
    topic = r.choice(DOMAINS[dom]["topics"])
    if cat == "professional":
        return ctx.pick("t7.tc.pro", [
            f"{y}年{topic}专业科目培训班", f"{topic}专业科目继续教育培训", f"{y}年度{pl[1]}市{topic}专业科目研修班",
        ])  # fmt: skip
    return ctx.pick("t7.tc.none", [
        f"{y}年{pl[1]}市{topic}培训班", f"{topic}高级研修班", f"全省{topic}能力提升培训班",
        f"{y}年{topic}骨干人员培训", f"第{cn_n(r.randint(2, 12))}期{topic}培训班",
    ])  # fmt: skip


def _span(ctx: Ctx, y: int, days: tuple[int, int] = (1, 6)) -> tuple[dt.date, dt.date]:
    r = ctx.rng
    a = dt.date(y, r.randint(3, 11), r.randint(1, 20))
    return a, a + dt.timedelta(days=r.randint(*days) - 1)


def _hours_sentence(ctx: Ctx, h: int) -> str:
    return ctx.pick("t7.tc.hours", [
        f"共计{h}学时", f"累计获得继续教育学时{h}学时", f"计{h}学时", f"授予继续教育{h}学时",
        f"完成{h}个学时的学习任务", f"计{h}课时",
    ])  # fmt: skip


# ---- training certificates ---------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    r = ctx.rng
    v = ctx.layout("cert")
    dom, pl = r.choice(DOMAIN_KEYS), place(r)
    taken: set[str] = set()
    who = person_name(r, taken)
    wk = unit(r, dom, pl)
    y = r.randint(2017, 2024)
    cat = "public" if v == "gongxu" else [None, "public", "professional"][(k // 6 + k + ctx.offset) % 3]
    title = _training(ctx, dom, pl, cat, y)
    if v == "gongxu" and "公需科目" not in title:
        title = f"{y}年度专业技术人员继续教育公需科目学习"
    issuer = (
        platform(r, pl) if v == "online" else r.choice([hr_bureau(pl), dept(r, dom, pl), dept(r, dom, pl)])
    )
    a, b = _span(ctx, y)
    issued = b + dt.timedelta(days=r.choice([0, 0, 1, 3, 7]))
    days = (b - a).days + 1
    h = r.choice([x for x in HOURS if x <= 8 * days] if v not in ("online", "gongxu") else HOURS)
    ds = ink.date_style(ctx)
    period: dict[str, str | None] | None = {"start": iso(a), "end": iso(b)}
    issued_s = fmt_date(issued, ds)
    hours: float | None = float(h)
    category = cat

    if v == "landscape":
        pg = Page(297, 210)
        ink.border(pg, ctx, r.choice([1, 2, 3]), r.choice([ink.GOLD, ink.RED, ink.BLUE]))
        head = ctx.pick("t7.tc.head", ["结业证书", "培训证书", "继续教育证书", "合格证书"])
        yy = ink.centre(
            pg, 30, head, 34, ctx.bold, ink.RED if r.random() < 0.5 else (20, 20, 20), spaced=True
        )
        yy += 10
        pg.text(40, yy, f"{who}{ctx.pick('t7.tc.tong', ['同志：', '：', '学员：'])}", 17, ctx.body)
        yy += 13
        text = ctx.pick(
            "t7.tc.body1",
            [
                "于{rng}参加{iss}举办的{t}，完成规定课程学习，经考核合格，{hs}。",
                "参加了由{iss}组织的{t}（{rng}），学习期满，成绩合格，{hs}。",
                "在{t}中认真学习，完成全部培训内容，{hs}。培训时间：{rng}。",
            ],
        ).format(rng=fmt_range(a, b, ds, r), iss=issuer, t=title, hs=_hours_sentence(ctx, h))
        yy = ink.para(pg, ctx, 40, yy, 217, text, 16, lead=1.9)
        pg.text(
            60,
            yy + 2,
            ctx.pick("t7.tc.end", ["特发此证。", "特此证明。", "特发此证，以资鼓励。"]),
            16,
            ctx.body,
        )
        pg.text(34, 172, f"证书编号：{_serial(ctx, y)}", 11, ctx.body)
        ink.signoff(pg, ctx, [issuer, issued_s], 160, x_right=262, size=14, seal=issuer)
        pages = [pg]
    elif v == "online":
        pg = Page()
        band = r.choice([ink.BLUE, (20, 110, 90), (170, 40, 40)])
        pg.rect(0, 0, pg.w, 28, 0, band, band)
        pg.text(pg.w / 2, 9, issuer, ink.fit_size(issuer, ctx.bold, 18, 180), ctx.bold, "c", (255, 255, 255))
        head = ctx.pick("t7.tc.onhead", ["学时证明", "继续教育学习证明", "网络培训合格证明", "学习证书"])
        yy = ink.centre(pg, 44, head, 26, ctx.bold)
        sm, em = r.randint(1, 5), r.randint(8, 12)
        term = ctx.pick("t7.tc.term", ["month", "day"])
        if term == "month":
            period = {"start": f"{y}-{sm:02d}", "end": f"{y}-{em:02d}"}
            span = f"{fmt_month(y, sm, 'cn')}至{fmt_month(y, em, 'cn')}"
            issued = dt.date(y, em, r.randint(1, 28))
            issued_s = fmt_date(issued, ds)
        else:
            span = fmt_range(a, b, ds, r)
        rows = [
            ["姓　　名", who],
            ["身份证号", _idno(ctx)],
            ["工作单位", wk],
            ["学习项目", title],
            ["学习时间", span],
        ]
        if cat:
            rows.append(["科目类别", "公需科目" if cat == "public" else "专业科目"])
        rows += [["获得学时", f"{h}学时" if r.random() < 0.7 else f"{h}.0"], ["考核结果", "合格"]]
        yy = pg.table(22, yy + 8, [40, 126], rows, 12, ctx.body, row_h=12)
        code = _serial(ctx, y, "JX")
        pg.text(22, yy + 8, f"证书编号：{code}", 11, ctx.body)
        pg.text(22, yy + 16, ctx.pick("t7.tc.verify", ["扫描右侧二维码可查验证书真伪", "请登录平台输入编号查验",
                                                       "本证明由系统自动生成，扫码验证"]), 10, ctx.body)  # fmt: skip
        ink.qr(pg, ctx, 160, yy + 6, 26)
        ink.signoff(pg, ctx, [issuer, ctx.pick("t7.tc.print", ["", "打印日期："]) + issued_s], yy + 48,
                    seal=issuer)  # fmt: skip
        pages = [pg]
    elif v == "coursetable":
        pg = Page()
        head = ctx.pick("t7.tc.cthead", ["学时证明", "继续教育学时证明", "培训学时登记表"])
        yy = ink.centre(pg, 26, head, 24, ctx.bold, spaced=len(head) <= 4)
        intro = ctx.pick("t7.tc.ctintro", [
            "兹证明{w}（工作单位：{u}）于{rng}参加{t}，各课程学习情况如下：",
            "{w}同志参加了{t}，培训时间{rng}，具体课程及学时如下：",
        ]).format(w=who, u=wk, rng=fmt_range(a, b, ds, r), t=title)  # fmt: skip
        yy = ink.para(pg, ctx, 22, yy + 6, 166, intro, 12.5)
        n = r.randint(3, 6)
        parts = [h // n] * n
        parts[-1] += h - sum(parts)
        pool = list(PUBLIC_TOPICS) if cat == "public" else list(DOMAINS[dom]["topics"])
        if cat is None:
            pool += PUBLIC_TOPICS[:3]
        r.shuffle(pool)
        with_cat = cat is not None or r.random() < 0.6
        rows = [["序号", "课程名称", "类别", "学时"] if with_cat else ["序号", "课程名称", "学时"]]
        for i in range(n):
            c = {"public": "公需课", "professional": "专业课"}.get(cat or "", "公需课" if i % 2 else "专业课")
            row = [str(i + 1), pool[i % len(pool)], c, str(parts[i])]
            rows.append(row if with_cat else [row[0], row[1], row[3]])
        rows.append(["合计", "", "", str(h)] if with_cat else ["合计", "", str(h)])
        widths = [16, 100, 26, 24] if with_cat else [18, 120, 28]
        if cat is None and with_cat:
            category = None
        yy = pg.table(22, yy + 4, widths, rows, 11.5, ctx.body, row_h=10)
        pg.text(
            22, yy + 6, f"{ctx.pick('t7.tc.tot', ['总学时', '合计学时', '累计'])}：{h}学时", 12.5, ctx.body
        )
        ink.signoff(pg, ctx, [issuer, issued_s], yy + 30, seal=issuer)
        pages = [pg]
    elif v == "letter":
        pg = Page()
        yy = ink.centre(pg, 34, ctx.pick("t7.tc.lhead", ["培训证明", "证　明", "学时证明"]), 24, ctx.bold)
        text = ctx.pick(
            "t7.tc.lbody",
            [
                "兹证明{w}同志（身份证号：{id}），系{u}专业技术人员，于{rng}参加由我单位组织的“{t}”，"
                "培训期间遵守纪律，按时完成学习任务，考核合格，获得{h}学时。",
                "{w}，{u}职工，{rng}在我处参加“{t}”学习，全勤，结业考核合格，{hs}。",
            ],
        ).format(
            w=who, id=_idno(ctx), u=wk, rng=fmt_range(a, b, ds, r), t=title, h=h, hs=_hours_sentence(ctx, h)
        )
        yy = ink.para(pg, ctx, 24, yy + 12, 162, text, 14, lead=2.0)
        pg.text(38, yy + 4, "特此证明。", 14, ctx.body)
        ink.signoff(pg, ctx, [issuer, issued_s], yy + 40, size=13.5, seal=issuer)
        pages = [pg]
    elif v == "photo":
        land = r.random() < 0.5
        pg = Page(297, 210) if land else Page()
        ink.border(pg, ctx, r.choice([1, 2]), r.choice([ink.GOLD, ink.BLUE]))
        head = ctx.pick("t7.tc.phead", ["培训合格证书", "继续教育培训证书", "结业证书"])
        yy = ink.centre(pg, 26, head, 28, ctx.bold, spaced=len(head) <= 4)
        px = 36 if land else pg.w - 62
        ink.photo(pg, px, yy + 8, 30, 40, r.randrange(3))
        x0 = 82 if land else 30
        items = [("姓　　名", who), ("性　　别", _sex(ctx)), ("工作单位", wk), ("培训项目", title),
                 ("培训时间", fmt_range(a, b, ds, r)), ("培训学时", f"{h}学时"), ("证书编号", _serial(ctx, y))]  # fmt: skip
        yy = ink.pairs(pg, ctx, x0, yy + (10 if land else 58), items, 13, label_w=30, gap=2.3,
                       max_w=(pg.w - x0 - 25) if land else pg.w - x0 - 20)  # fmt: skip
        ink.signoff(pg, ctx, [issuer, f"发证日期：{issued_s}"], yy + 10, size=12.5, seal=issuer)
        pages = [pg]
    else:  # gongxu
        pg = Page()
        ink.border(pg, ctx, r.choice([2, 3, 4]), r.choice([ink.RED, ink.GOLD]))
        yy = ink.centre(pg, 30, f"{y}年度", 16, ctx.body)
        yy = ink.centre(pg, yy, ctx.pick("t7.tc.ghead", ["公需科目学习合格证书", "公需科目培训证书",
                                                         "继续教育公需科目证书"]), 24, ctx.bold)  # fmt: skip
        pg.text(26, yy + 12, f"{who}：", 15, ctx.body)
        if r.random() < 0.5:
            period = {"start": f"{y}-01", "end": f"{y}-12"}
            span = f"学习时间：{fmt_month(y, 1, 'cn')}至{fmt_month(y, 12, 'cn')}。"
        else:
            span = f"学习时间：{fmt_range(a, b, ds, r)}。"
        text = (f"你已完成{title}，{ctx.pick('t7.tc.gres', ['考试成绩合格', '经考核合格', '成绩合格'])}，"
                f"{_hours_sentence(ctx, h)}。{span}")  # fmt: skip
        yy = ink.para(pg, ctx, 26, yy + 24, 158, text, 14, lead=2.0)
        rows = [["课程名称", "学时"]]
        n = r.randint(2, 4)
        parts = [h // n] * n
        parts[-1] += h - sum(parts)
        for i, t in enumerate(r.sample(PUBLIC_TOPICS, n)):
            rows.append([t, str(parts[i])])
        yy = pg.table(36, yy + 6, [104, 34], rows, 11.5, ctx.body, row_h=9.5)
        pg.text(26, yy + 8, f"证书编号：{_serial(ctx, y, 'GX')}", 11, ctx.body)
        ink.signoff(pg, ctx, [issuer, issued_s], yy + 26, seal=issuer)
        pages = [pg]
    fields = {"holder": who, "people": [], "title": title, "issuer": issuer, "issued_on": iso(issued),
              "period": period, "hours_stated": hours}  # fmt: skip
    return finish(ctx, "training_certificate", "cert", v, pages, fields, who, issued.year, category)


# ---- sign-in sheets ----------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    r = ctx.rng
    v = ctx.layout("sign")
    dom, pl = r.choice(DOMAIN_KEYS), place(r)
    y = r.randint(2017, 2024)
    cat = r.choice([None, None, "professional", "public"])
    title = _training(ctx, dom, pl, cat, y)
    if v == "book":
        cat = None
        title = ctx.pick("t7.sign.meet", [f"{r.choice(DOMAINS[dom]['topics'])}专题讲座",
                                          f"{y}年{pl[1]}市{r.choice(DOMAINS[dom]['topics'])}学术年会",
                                          f"{r.choice(DOMAINS[dom]['topics'])}工作推进会"])  # fmt: skip
    issuer = r.choice([dept(r, dom, pl), hr_bureau(pl), unit(r, dom, pl)])
    days = 3 if v == "days" else 1
    a, b = _span(ctx, y, (days, days))
    ds = ink.date_style(ctx, ("cn", "cn0", "dot", "dash"))
    n = {"pages": r.randint(30, 40), "twin": r.randint(20, 34)}.get(v, r.randint(9, 17))
    if v in ("ampm", "days"):
        n = r.randint(10, 16)
    taken: set[str] = set()
    names = people(r, n, taken)
    units = [unit(r, dom, pl) for _ in range(n)]
    ranks = [r.choice(DOMAINS[dom]["ranks"]) for _ in range(n)]
    lab_iss = ctx.pick("t7.sign.iss", ["主办单位", "组织单位", "举办单位"])
    place_s = r.choice(["会议室", "报告厅", "培训中心多功能厅", "学术报告厅"])
    pages: list[Page] = []

    def header(pg: Page, cont: bool = False) -> float:
        if v == "book":
            yy = ink.centre(
                pg, 20, ctx.pick("t7.sign.bhead", ["签到簿", "会议签到表", "签到册"]), 22, ctx.bold
            )
            yy = ink.pairs(pg, ctx, 16, yy + 2, [("会议名称", title), (lab_iss, issuer),
                           ("时　　间", fmt_date(a, ds) + f" {r.choice(['8:30', '9:00', '14:30'])}"),
                           ("地　　点", f"{pl[1]}市{place_s}")], 11.5, gap=1.9)  # fmt: skip
            return yy + 2
        size = ink.fit_size(title + "签到表", ctx.bold, 18, pg.w - 30)
        yy = ink.centre(pg, 18, title + "签到表" + ("（续）" if cont else ""), size, ctx.bold)
        if cont:
            return yy + 2
        when = fmt_date(a, ds) if days == 1 else fmt_range(a, b, ds, r)
        line = f"{lab_iss}：{issuer}"
        pg.text(16, yy + 1, line, 11, ctx.body)
        pg.text(16, yy + 8, f"时间：{when}", 11, ctx.body)
        pg.text(pg.w - 16, yy + 8, f"地点：{pl[1]}市{place_s}", 11, ctx.body, "r")
        return yy + 16

    if v in ("grid", "pages", "book"):
        per = 22 if v == "pages" else n + r.randint(0, 4)
        chunks = [list(range(i, min(i + per, n))) for i in range(0, n, per)]
        for ci, idx in enumerate(chunks):
            pg = Page()
            yy = header(pg, cont=ci > 0)
            if v == "book":
                cols = ["序号", "单位", "姓名", "职务/职称", "备注"]
                w = [14, 74, 32, 36, 22]
            elif v == "pages":
                cols = ["序号", "姓名", "性别", "工作单位", "联系电话"]
                w = [14, 32, 14, 88, 30]
            else:
                cols = ["序号", "姓名", "工作单位", "职称", "签名"]
                w = [14, 26, 76, 32, 30]
            rows = [cols] + [[""] * len(cols) for _ in idx]
            extra = r.randint(0, 3) if ci == len(chunks) - 1 else 0
            rows += [[""] * len(cols) for _ in range(extra)]
            top = yy
            rh = 10.0 if v != "pages" else 9.6
            pg.table(16, top, w, rows, 10.5, ctx.body, row_h=rh)
            for ri, i in enumerate(idx):
                cy = top + rh * (ri + 1)
                pg.text(16 + w[0] / 2, cy + 2.6, str(i + 1), 10.5, ctx.body, "c")
                if v == "book":
                    pg.text(16 + w[0] + w[1] / 2, cy + 2.6, units[i], ink.fit_size(units[i], ctx.body, 10.5, w[1] - 2),
                            ctx.body, "c")  # fmt: skip
                    ink.hand(pg, ctx, 16 + w[0] + w[1] + w[2] / 2, cy + 1.5, names[i], 14, "c")
                    pg.text(16 + sum(w[:3]) + w[3] / 2, cy + 2.6, ranks[i], 10, ctx.body, "c")
                elif v == "pages":
                    ink.hand(pg, ctx, 16 + w[0] + w[1] / 2, cy + 1.5, names[i], 14, "c")
                    pg.text(16 + sum(w[:2]) + w[2] / 2, cy + 2.6, r.choice("男女"), 10.5, ctx.body, "c")
                    pg.text(16 + sum(w[:3]) + w[3] / 2, cy + 2.6, units[i], ink.fit_size(units[i], ctx.body, 10.5, w[3] - 2),
                            ctx.body, "c")  # fmt: skip
                    pg.text(16 + sum(w[:4]) + w[4] / 2, cy + 2.8, f"1{r.randint(3, 9)}{r.randint(0, 9)}****{r.randint(1000, 9999)}",
                            9.5, ctx.body, "c")  # fmt: skip
                else:
                    pg.text(16 + w[0] + w[1] / 2, cy + 2.6, names[i], 10.5, ctx.body, "c")
                    pg.text(16 + sum(w[:2]) + w[2] / 2, cy + 2.6, units[i], ink.fit_size(units[i], ctx.body, 10.5, w[2] - 2),
                            ctx.body, "c")  # fmt: skip
                    pg.text(16 + sum(w[:3]) + w[3] / 2, cy + 2.6, ranks[i], 10, ctx.body, "c")
                    ink.hand(pg, ctx, 16 + sum(w[:4]) + w[4] / 2, cy + 1.5, names[i], 14, "c")
            if len(chunks) > 1:
                pg.text(pg.w / 2, pg.h - 14, f"第{ci + 1}页 共{len(chunks)}页", 9.5, ctx.body, "c")
            pages.append(pg)
    elif v == "twin":
        pg = Page()
        yy = header(pg)
        half = (n + 1) // 2
        w = [12, 26, 51]
        rows = [["序号", "姓名", "单位"] * 2]
        rows += [["", "", ""] * 2 for _ in range(half)]
        rh = min(9.5, (pg.h - yy - 24) / (half + 1))
        pg.table(16, yy, w * 2, rows, 10, ctx.body, row_h=rh)
        for i in range(n):
            col, ri = divmod(i, half)
            x = 16 + col * sum(w)
            cy = yy + rh * (ri + 1)
            pg.text(x + w[0] / 2, cy + rh / 2 - 1.8, str(i + 1), 10, ctx.body, "c")
            ink.hand(pg, ctx, x + w[0] + w[1] / 2, cy + rh / 2 - 3, names[i], 13, "c")
            pg.text(x + w[0] + w[1] + w[2] / 2, cy + rh / 2 - 1.8, units[i], ink.fit_size(units[i], ctx.body, 10, w[2] - 2),
                    ctx.body, "c")  # fmt: skip
        pages.append(pg)
    else:  # ampm, days
        pg = Page()
        yy = header(pg)
        if v == "ampm":
            cols, w = ["序号", "姓名", "工作单位", "上午签到", "下午签到"], [14, 26, 78, 30, 30]
        else:
            dd = [a + dt.timedelta(days=i) for i in range(days)]
            cols = ["序号", "姓名", "工作单位"] + [f"{d.month}月{d.day}日" for d in dd]
            w = [14, 26, 66, 24, 24, 24]
        rows = [cols] + [[""] * len(cols) for _ in range(n + r.randint(0, 2))]
        pg.table(16, yy, w, rows, 10.5, ctx.body, row_h=10)
        for i in range(n):
            cy = yy + 10 * (i + 1)
            pg.text(16 + w[0] / 2, cy + 2.6, str(i + 1), 10.5, ctx.body, "c")
            pg.text(16 + w[0] + w[1] / 2, cy + 2.6, names[i], 10.5, ctx.body, "c")
            pg.text(16 + sum(w[:2]) + w[2] / 2, cy + 2.6, units[i], ink.fit_size(units[i], ctx.body, 10.5, w[2] - 2),
                    ctx.body, "c")  # fmt: skip
            for c in range(3, len(cols)):
                if r.random() < 0.9:
                    ink.hand(pg, ctx, 16 + sum(w[:c]) + w[c] / 2, cy + 1.5, names[i], 13, "c")
        pages.append(pg)
    claim = names[r.randrange(n)]
    fields = {"holder": None, "people": ppl(names, "attendee"), "title": title, "issuer": issuer,
              "period": {"start": iso(a), "end": iso(b)}}  # fmt: skip
    return finish(ctx, "sign_in_sheet", "sign", v, pages, fields, claim, y, cat)


# ---- training notices --------------------------------------------------------------------------
ABBR = {"人力资源和社会保障局": "人社", "卫生健康委员会": "卫健", "教育局": "教", "住房和城乡建设局": "建",
        "水利局": "水", "农业农村局": "农", "财政局": "财", "林业局": "林", "交通运输局": "交", "审计局": "审"}  # fmt: skip


def _docno(ctx: Ctx, org: str, city: str, y: int) -> str:
    ab = next((f"{city[0]}{v}" for key, v in ABBR.items() if org.endswith(key)), "")
    if not ab:
        ab = (
            org[len(city) + 1 : len(city) + 3]
            if org.startswith(city)
            else org[:2] + ("学" if "学会" in org else "")
        )
    kind = ctx.pick("t7.notice.kind", ["函", "发", "字", "通"])
    return f"{ab}{kind}〔{y}〕{ctx.rng.randint(3, 160)}号"


def training_notice(ctx: Ctx, k: int) -> Doc:
    r = ctx.rng
    v = ctx.layout("notice")
    dom, pl = r.choice(DOMAIN_KEYS), place(r)
    y = r.randint(2017, 2024)
    cat = r.choice([None, "public", "professional", None])
    title = _training(ctx, dom, pl, cat, y)
    issuer = r.choice([hr_bureau(pl), dept(r, dom, pl)])
    a, b = _span(ctx, y, (2, 5))
    issued = a - dt.timedelta(days=r.randint(6, 30))
    ds = ink.date_style(ctx, ("cn", "cn0", "hz"))
    rng_s = fmt_range(a, b, ds if ds != "hz" else "cn", r)
    fit = [x for x in HOURS if x <= 8 * ((b - a).days + 1)]
    h: int | None = r.choice(fit) if r.random() < 0.8 else None
    taken: set[str] = set()
    holder: str | None = None
    attendees: list[str] = []
    place_s = f"{pl[1]}市{r.choice(['行政中心', '人才大厦', '职业技术学院', '宾馆'])}{r.choice(['三楼会议室', '报告厅', '培训楼201室'])}"
    target = ctx.pick("t7.notice.target", [f"全市{r.choice(DOMAINS[dom]['ranks'])}及以上专业技术人员",
                                           "各单位相关专业技术人员", "各单位推荐的业务骨干，每单位2至3名"])  # fmt: skip
    topics = r.sample(DOMAINS[dom]["topics"] + PUBLIC_TOPICS[:2], 3)
    if h is None:
        hours_s = "培训结束后颁发结业证书。"
    elif cat:
        word = "公需科目" if cat == "public" else "专业科目"
        hours_s = ctx.pick("t7.notice.hrs", [f"学员完成培训并考核合格的，计入继续教育{word}学时{h}学时。",
                                             f"培训合格者授予{word}继续教育{h}学时。"])  # fmt: skip
    else:
        hours_s = ctx.pick("t7.notice.hrs2", [f"学员完成培训并考核合格的，授予继续教育学时{h}学时。",
                                              f"本次培训计{h}学时，合格者颁发培训证书。"])  # fmt: skip
    body = [
        ("一、培训时间", f"{rng_s}（{a.month}月{a.day - 1 if a.day > 1 else a.day}日下午报到）。" if r.random() < 0.5 else f"{rng_s}。"),
        ("二、培训地点", place_s + "。"),
        ("三、培训对象", target + "。"),
        ("四、培训内容", "、".join(topics) + "等。"),
        ("五、学时认定", hours_s),
        ("六、其他事项", f"培训不收取费用，食宿统一安排。联系人：{person_name(r, taken)}，联系电话：{pl[3]}-{r.randint(2000000, 8999999)}。"),
    ]  # fmt: skip
    if v == "wechat":
        body = [(f"{i + 1}. {lab.split('、')[1]}", txt) for i, (lab, txt) in enumerate(body)]
    heading = f"关于举办{title}的通知"

    def notice_body(pg: Page, yy: float, size: float = 12.5, x: float = 24, width: float = 162) -> float:
        yy = ink.wrap_centre(pg, yy, heading, 17 if x > 10 else 12, ctx.bold, width - 6)
        yy += 4
        pg.text(x, yy, ctx.pick("t7.notice.to", ["各县市区人力资源和社会保障局，市直各有关单位：", "各有关单位：",
                                                 "各医疗卫生单位、各学校及有关单位："]), size, ctx.body)  # fmt: skip
        yy += ink.lh(size, 1.8)
        intro = ctx.pick("t7.notice.intro", [
            "为进一步提升专业技术人员业务能力，经研究，决定举办{t}。现将有关事项通知如下：",
            "根据年度继续教育工作安排，定于{m}举办{t}，现将有关事项通知如下：",
        ]).format(t=title, m=f"{a.month}月")  # fmt: skip
        yy = ink.para(pg, ctx, x, yy, width, intro, size)
        for lab, txt in body:
            yy = ink.para(
                pg, ctx, x, yy + 1, width, f"{lab}：{txt}" if v == "wechat" else f"{lab}\u3000{txt}", size
            )
        return yy

    if v == "redhead":
        pg = Page()
        yy = ink.redhead(pg, ctx, issuer, _docno(ctx, issuer, pl[1], y), 26)
        yy = notice_body(pg, yy)
        yy = ink.signoff(pg, ctx, [issuer, fmt_date(issued, ds)], yy + 10, seal=issuer)
        holder = person_name(r, taken)
        note = ctx.pick("t7.notice.note", [f"{holder}已参加", f"参训人：{holder}", f"{holder} 参加"])
        ink.hand(pg, ctx, 30, min(yy + 8, pg.h - 20), note, 17)
        pages = [pg]
    elif v == "annex":
        pg = Page()
        yy = ink.centre(pg, 24, issuer, 15, ctx.bold)
        yy = notice_body(pg, yy + 4, 12)
        pg.text(24, yy + 2, "附件：参训人员名单", 12, ctx.body)
        ink.signoff(pg, ctx, [issuer, fmt_date(issued, ds)], yy + 14, seal=issuer)
        pg2 = Page()
        pg2.text(20, 20, "附件", 14, ctx.bold)
        yy2 = ink.centre(
            pg2, 30, f"{title}参训人员名单", ink.fit_size(f"{title}参训人员名单", ctx.bold, 16, 170), ctx.bold
        )
        attendees = people(r, r.randint(6, 18), taken)
        rows = [["序号", "姓名", "工作单位", "职称"]]
        for i, nm in enumerate(attendees):
            rows.append([str(i + 1), nm, unit(r, dom, pl), r.choice(DOMAINS[dom]["ranks"])])
        pg2.table(20, yy2 + 4, [16, 30, 96, 28], rows, 11, ctx.body, row_h=9.5)
        pages = [pg, pg2]
    elif v == "invite":
        pg = Page()
        ink.border(pg, ctx, 4, r.choice([ink.RED, ink.BLUE]))
        yy = ink.centre(pg, 28, "邀 请 函", 28, ctx.bold)
        holder = person_name(r, taken)
        hon = ctx.pick("t7.notice.hon", ["老师", "医生", "工程师", "同志", "先生", "女士"])
        pg.text(24, yy + 8, f"尊敬的{holder}{hon}：", 14, ctx.body)
        hs = (
            ""
            if h is None
            else ctx.pick("t7.notice.ih", [f"参会人员可获继续教育学时{h}学时。", f"本次培训授予{h}学时。"])
        )
        if cat and h is not None:
            hs = f"本次培训计{'公需科目' if cat == 'public' else '专业科目'}学时{h}学时。"
        text = (f"兹定于{rng_s}在{place_s}举办{title}。{ctx.pick('t7.notice.iw', ['诚挚邀请您拨冗参加。', '特邀请您届时出席。'])}"
                f"培训内容包括{'、'.join(topics)}等。{hs}")  # fmt: skip
        yy = ink.para(pg, ctx, 24, yy + 22, 162, text, 13.5, lead=2.0)
        pg.text(
            24,
            yy + 4,
            f"联系人：{person_name(r, taken)}　电话：{pl[3]}-{r.randint(2000000, 8999999)}",
            12,
            ctx.body,
        )
        ink.signoff(pg, ctx, [issuer, fmt_date(issued, ds)], yy + 30, seal=issuer)
        pages = [pg]
    elif v == "schedule":
        pg = Page()
        yy = ink.centre(pg, 22, issuer, 14, ctx.bold)
        yy = ink.wrap_centre(pg, yy + 2, heading, 16, ctx.bold, 160)
        text = (f"定于{rng_s}在{place_s}举办{title}。{hours_s}"
                f"经各单位推荐，下列同志参加本次培训：")  # fmt: skip
        yy = ink.para(pg, ctx, 22, yy + 4, 166, text, 12)
        attendees = people(r, r.randint(2, 6), taken)
        yy = ink.para(pg, ctx, 22, yy, 166, "、".join(attendees) + "。", 12, indent=True)
        pg.text(22, yy + 2, "培训日程安排：", 12, ctx.bold)
        rows = [["日期", "时间", "内容", "授课人"]]
        d = a
        while d <= b:
            for tm in ("08:30-11:30", "14:30-17:30"):
                rows.append([f"{d.month}月{d.day}日", tm, r.choice(topics + DOMAINS[dom]["topics"]),
                             person_name(r, taken) + r.choice(["教授", "主任", "研究员", "高工"])])  # fmt: skip
            d += dt.timedelta(days=1)
        yy = pg.table(22, yy + 9, [26, 32, 74, 34], rows[:13], 10.5, ctx.body, row_h=8.5)
        ink.signoff(pg, ctx, [issuer, fmt_date(issued, ds)], min(yy + 10, 262), seal=issuer)
        pages = [pg]
    else:  # wechat
        pg = Page(100, 216, bg=(246, 246, 246))
        pg.rect(0, 0, 100, 8, 0, (235, 235, 235), (235, 235, 235))
        pg.text(5, 1.8, f"{r.randint(8, 21)}:{r.randint(10, 59)}", 8, ctx.body)
        pg.text(95, 1.8, "5G 86%", 7.5, ctx.body, "r")
        pg.text(5, 10, "＜", 10, ctx.body)
        pg.text(50, 10.5, "…", 10, ctx.body, "c")
        yy = 22.0
        for ln in _chunks(heading, ctx.bold, 13.5, 88):
            pg.text(6, yy, ln, 13.5, ctx.bold)
            yy += ink.lh(13.5, 1.45)
        pg.text(6, yy + 1, issuer, 8.5, ctx.body, color=(60, 90, 150))
        pg.text(6 + width_mm(issuer, ctx.body, 8.5) + 3, yy + 1, fmt_date(issued, "dash"), 8.5, ctx.body,
                color=(130, 130, 130))  # fmt: skip
        yy += 8
        for lab, txt in body[:5]:
            yy = ink.para(pg, ctx, 6, yy, 88, f"{lab}：{txt}", 9.5, indent=False, lead=1.6) + 1
        attendees = people(r, r.randint(3, 8), taken)
        yy = ink.para(
            pg, ctx, 6, yy + 1, 88, "附：首批报名学员名单 " + "、".join(attendees), 9.5, indent=False
        )
        pg.text(
            6,
            yy + 3,
            f"阅读 {r.randint(300, 9000)}　　赞 {r.randint(3, 90)}",
            8,
            ctx.body,
            color=(130, 130, 130),
        )
        pg.h = max(yy + 16, 150.0)  # a screenshot as long as the article
        pages = [pg]
    claim = holder or attendees[r.randrange(len(attendees))]
    fields = {"holder": holder, "people": ppl(attendees, "attendee"), "title": title, "issuer": issuer,
              "issued_on": iso(issued), "period": {"start": iso(a), "end": iso(b)},
              "hours_stated": float(h) if h is not None else None}  # fmt: skip
    return finish(ctx, "training_notice", "notice", v, pages, fields, claim, y, cat)


def _chunks(s: str, font: str, size: float, width: float) -> list[str]:
    out, cur = [], ""
    for ch in s:
        if cur and width_mm(cur + ch, font, size) > width:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    return out + [cur]


# ---- qualification certificates --------------------------------------------------------------
MODULES = ["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Windows 7操作系统",
           "Internet应用", "AutoCAD 2008制图软件", "Photoshop CS4图像处理", "WPS Office办公组件"]  # fmt: skip
SELF_COURSES = ["中国近现代史纲要", "马克思主义基本原理概论", "英语（二）", "管理学原理", "教育心理学", "护理学导论",
                "内科护理学（一）", "工程力学（一）", "会计制度设计", "计算机应用基础", "大学语文", "高等数学（工本）"]  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    r = ctx.rng
    v = ctx.layout("qual")
    dom, pl = r.choice(DOMAIN_KEYS), place(r)
    taken: set[str] = set()
    who = person_name(r, taken)
    uni, _prov = r.choice(UNIVERSITIES)
    subject: str | None = r.choice(SUBJECTS[dom])
    modules: list[str] | None = None
    sex = _sex(ctx)
    by = r.randint(1978, 1995)
    birth = f"{by}年{r.randint(1, 12)}月{r.randint(1, 28)}日"
    y = r.randint(max(2012, by + 24), 2024)
    issuer = uni
    pages: list[Page]
    issued: str
    if v in ("master", "doctor"):
        lvl = "硕士" if v == "master" else "博士"
        kind = "master_degree" if v == "master" else "doctor_degree"
        d = dt.date(y, r.choice([6, 6, 12]), r.choice([20, 25, 28, 30]) if r.random() < 0.8 else 15)
        issued = iso(d)
        pg = Page(297, 210) if r.random() < 0.5 else Page()
        ink.border(pg, ctx, r.choice([1, 2]), r.choice([ink.RED, ink.GOLD]))
        yy = ink.centre(pg, 26, f"{lvl}学位证书", 28, ctx.bold, spaced=True)
        ink.photo(pg, 30 if pg.w > 250 else pg.w / 2 - 15, yy + 6, 30, 40, 0)
        x0 = 74 if pg.w > 250 else 28
        wd = pg.w - x0 - 28
        cat_word, prof = DEGREE_WORD[dom]
        professional = r.random() < 0.4
        grant = f"{prof}{lvl}专业学位" if professional else f"{cat_word}{lvl}学位"
        text = ctx.pick(
            "t7.q.deg",
            [
                "{w}，{s}，{b}生。在{u}{sub}{z}学习，已通过{l}学位的课程考试和论文答辩，成绩合格。"
                "根据《中华人民共和国学位条例》的规定，授予{g}。",
                "{w}，{s}，{b}出生，在本单位{sub}{z}完成了{l}学位研究生学业，经审核符合《中华人民共和国学位条例》"
                "规定，授予{g}。",
            ],
        ).format(
            w=who,
            s=sex,
            b=birth,
            u=uni,
            sub=subject,
            z="专业" if professional else "学科（专业）",
            l=lvl,
            g=grant,
        )
        yy = ink.para(pg, ctx, x0, yy + (8 if pg.w > 250 else 52), wd, text, 14, lead=2.0)
        chair = person_name(r, taken)
        pg.text(x0, yy + 10, f"{uni}学位评定委员会", 13, ctx.body)
        pg.text(x0, yy + 18, f"主　席　{chair}", 13, ctx.body)
        pg.text(
            x0, yy + 30, f"证书编号：{r.randint(10000, 99999)}{y}{r.randint(100000, 999999)}", 11, ctx.body
        )
        ink.signoff(
            pg, ctx, [fmt_date(d, r.choice(["hz", "cn"]))], yy + 30, size=13, seal=f"{uni}学位评定委员会"
        )
    elif v == "graduation":
        kind = "graduation"
        d = dt.date(y, r.choice([6, 7, 1]), r.choice([20, 25, 30]) if r.random() < 0.8 else 10)
        issued = iso(d)
        pg = Page(297, 210)
        ink.border(pg, ctx, r.choice([1, 2, 3]), ink.GOLD)
        yy = ink.centre(pg, 26, "毕业证书", 30, ctx.bold, spaced=True)
        ink.photo(pg, 32, yy + 6, 30, 40, r.randrange(3))
        lvl = ctx.pick("t7.q.glvl", ["硕士研究生", "本科", "专科"])
        yrs = {"硕士研究生": 3, "本科": 4, "专科": 3}[lvl]
        sy = y - yrs
        text = ctx.pick(
            "t7.q.grad",
            [
                "学生{w}，性别{s}，{b}生，于{a}至{e}在本校{sub}专业{n}年制{l}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
                "{w}，{s}，{b}生，自{a}至{e}在我校{sub}专业学习，学制{n}年，完成{l}培养计划，成绩合格，准予毕业。",
            ],
        ).format(
            w=who, s=sex, b=birth, a=f"{sy}年9月", e=f"{y}年{d.month}月", sub=subject, n=cn_n(yrs), l=lvl
        )
        yy = ink.para(pg, ctx, 76, yy + 8, 192, text, 14, lead=2.0)
        pg.text(76, yy + 10, f"校（院）长：{person_name(r, taken)}", 13, ctx.body)
        pg.text(
            76,
            yy + 20,
            f"证书编号：{r.randint(10000, 99999)}{y}{r.randint(10000000, 99999999)}",
            11,
            ctx.body,
        )
        ink.signoff(pg, ctx, [uni, fmt_date(d, r.choice(["hz", "cn"]))], yy + 16, x_right=262, seal=uni)
    elif v == "courses":
        kind = "postgraduate_courses"
        em = r.choice([1, 6, 7, 12])
        issued = f"{y}-{em:02d}"
        pg = Page()
        ink.border(pg, ctx, 2, r.choice([ink.BLUE, ink.GOLD]))
        yy = ink.centre(
            pg, 30, ctx.pick("t7.q.chead", ["研究生课程进修班结业证书", "研究生课程结业证书"]), 22, ctx.bold
        )
        ink.photo(pg, pg.w / 2 - 14, yy + 6, 28, 36, 0)
        text = ctx.pick(
            "t7.q.crs",
            [
                "{w}同志于{a}至{e}参加我校举办的{sub}专业研究生课程进修班学习，修完规定的全部学位课程，考试成绩合格，准予结业。",
                "学员{w}，{s}，{b}生，在本校{sub}专业研究生课程班学习（{a}—{e}），所修课程考核合格，特发此证。",
            ],
        ).format(w=who, s=sex, b=birth, a=f"{y - 2}年9月", e=fmt_month(y, em, "cn"), sub=subject)
        yy = ink.para(pg, ctx, 28, yy + 52, 154, text, 14, lead=2.0)
        pg.text(28, yy + 10, f"编号：{y}{r.randint(100000, 999999)}", 11, ctx.body)
        ink.signoff(pg, ctx, [uni, fmt_month(y, em, r.choice(["cn", "hz"]))], yy + 22, seal=uni)
    elif v == "selfstudy":
        kind = "self_study_exam"
        issuer = f"{prov_full(pl[0])}高等教育自学考试委员会"
        em = r.choice([4, 10])
        issued = f"{y}-{em:02d}"
        pg = Page()
        yy = ink.centre(pg, 24, "高等教育自学考试", 18, ctx.bold)
        yy = ink.centre(pg, yy, "单科合格证书", 24, ctx.bold, spaced=True)
        show_subject = r.random() < 0.6
        items = [("姓　　名", who), ("准考证号", f"{r.randint(10, 99)}{r.randint(1000000000, 9999999999)}")]
        if show_subject:
            items.append(("专　　业", subject))
        else:
            subject = None
        yy = ink.pairs(pg, ctx, 28, yy + 8, items, 13, label_w=30)
        pg.text(
            28,
            yy + 2,
            f"你参加{prov_full(pl[0])}高等教育自学考试，下列课程考试成绩合格，特发此证。",
            12,
            ctx.body,
        )
        modules = r.sample(SELF_COURSES, r.randint(2, 4))
        rows = [["课程代码", "课程名称", "成绩", "考试时间"]]
        for m in modules:
            rows.append([f"{r.randint(0, 13999):05d}", m, str(r.randint(60, 92)), fmt_month(y, em, "dot")])
        yy = pg.table(28, yy + 12, [28, 72, 20, 34], rows, 11.5, ctx.body, row_h=10)
        ink.signoff(pg, ctx, [issuer, fmt_month(y, em, r.choice(["cn", "hz"]))], yy + 16, seal=issuer)
    else:  # computer
        kind = "computer_exam"
        subject = None
        issuer = "人力资源和社会保障部人事考试中心"
        d = rand_day(r, 2012, 2020)
        issued = iso(d)
        modules = [r.choice(MODULES)]
        pg = Page(210, 148)
        ink.border(pg, ctx, 1, ink.BLUE)
        yy = ink.centre(pg, 16, "全国专业技术人员计算机应用能力考试", 15, ctx.bold)
        yy = ink.centre(pg, yy, "合格证书", 20, ctx.bold, spaced=True)
        ink.photo(pg, 24, yy + 6, 24, 32, 0)
        items = [("姓　　名", who), ("性　　别", sex), ("身份证号", _idno(ctx)), ("考试科目", modules[0]),
                 ("管 理 号", f"{d.year}{r.randint(10, 65)}{r.randint(10000000, 99999999)}")]  # fmt: skip
        yy = ink.pairs(pg, ctx, 58, yy + 4, items, 12, label_w=26, gap=1.9)
        ink.signoff(pg, ctx, [issuer, f"签发日期：{fmt_date(d, r.choice(['cn', 'cn0']))}"], yy + 2, size=11,
                    seal=issuer, seal_r=15)  # fmt: skip
    pages = [pg]
    fields = {"holder": who, "people": [], "issuer": issuer, "issued_on": issued,
              "qualification": {"kind": kind, "subject": subject, "modules": modules}}  # fmt: skip
    return finish(ctx, "qualification_certificate", "qual", v, pages, fields, who, int(issued[:4]))


# ---- other -------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    r = ctx.rng
    v = ctx.layout("other")
    dom, pl = r.choice(DOMAIN_KEYS), place(r)
    taken: set[str] = set()
    who = person_name(r, taken)
    wk = unit(r, dom, pl)
    d = rand_day(r, 2018, 2024)
    ds = ink.date_style(ctx, ("cn", "cn0", "dash"))
    amount = r.choice([380, 600, 800, 1200, 1500, 1980, 2400, 3600])
    big = {380: "叁佰捌拾元整", 600: "陆佰元整", 800: "捌佰元整", 1200: "壹仟贰佰元整", 1500: "壹仟伍佰元整",
           1980: "壹仟玖佰捌拾元整", 2400: "贰仟肆佰元整", 3600: "叁仟陆佰元整"}[amount]  # fmt: skip
    org = r.choice(
        [dept(r, dom, pl), platform(r, pl), f"{pl[1]}市{r.choice(['励学', '卓越', '众诚'])}职业培训学校"]
    )
    pg = Page()
    if v == "invoice":
        pg = Page(240, 140)
        pg.text(120, 10, "电子发票（普通发票）", 18, ctx.bold, "c", (150, 60, 40))
        pg.text(165, 12, f"发票号码：{r.randint(10**19, 10**20 - 1)}", 8.5, ctx.body)
        pg.text(165, 18, f"开票日期：{fmt_date(d, 'cn')}", 8.5, ctx.body)
        pg.rect(10, 28, 230, 118, 0.4, (150, 60, 40))
        pg.line(10, 52, 230, 52, 0.4, (150, 60, 40))
        pg.line(120, 28, 120, 52, 0.4, (150, 60, 40))
        ink.pairs(pg, ctx, 14, 32, [("购买方名称", who), ("统一社会信用代码/纳税人识别号", "")], 9, gap=2.0)
        ink.pairs(pg, ctx, 124, 32, [("销售方名称", org), ("统一社会信用代码/纳税人识别号", f"91{r.randint(10**15, 10**16 - 1)}")],
                  9, gap=2.0, max_w=104)  # fmt: skip
        rows = [["项目名称", "单位", "数量", "单价", "金额", "税率", "税额"],
                ["*非学历教育服务*培训费", "次", "1", f"{amount / 1.03:.2f}", f"{amount / 1.03:.2f}", "3%",
                 f"{amount - amount / 1.03:.2f}"]]  # fmt: skip
        pg.table(10, 52, [70, 16, 16, 30, 32, 22, 34], rows, 9, ctx.body, row_h=9, lw=0.2)
        pg.text(14, 90, f"价税合计（大写）　{big}　　（小写）¥{amount:.2f}", 10, ctx.body)
        pg.text(14, 122, f"开票人：{person_name(r, taken)}", 9, ctx.body)
        pg.seal(190, 100, 14, org[:16], ctx.seed())
    elif v == "receipt":
        pg = Page(210, 110)
        pg.text(105, 10, "收　款　收　据", 18, ctx.bold, "c")
        pg.text(196, 12, f"No.{r.randint(1000000, 9999999)}", 10, ctx.body, "r", ink.RED)
        pg.text(150, 22, fmt_date(d, ds), 11, ctx.body)
        ink.pairs(pg, ctx, 16, 32, [("今收到", who), ("交　来", ctx.pick("t7.o.fee", ["培训费", "会务费", "资料费及培训费"])),
                                     ("人民币（大写）", f"{big}　　¥{amount:.2f}")], 12, gap=2.4, rule_to=194)  # fmt: skip
        pg.text(16, 82, f"收款单位（盖章）：{org}", 11, ctx.body)
        pg.text(150, 82, "收款人：", 11, ctx.body)
        ink.hand(pg, ctx, 167, 80, person_name(r, taken), 14)
        pg.seal(60, 84, 15, org[:16], ctx.seed())
    elif v == "appoint":
        ink.border(pg, ctx, 2, ink.RED)
        yy = ink.centre(pg, 50, "聘　书", 40, ctx.bold, ink.RED)
        rank = r.choice(DOMAINS[dom]["ranks"])
        text = ctx.pick("t7.o.ap", [f"兹聘任{who}同志为{wk}{rank}，聘期自{fmt_date(d, ds)}起至{fmt_date(d.replace(year=d.year + 3), ds)}止。",
                                    f"经研究决定，聘任{who}同志担任{rank}专业技术职务，聘期三年。"])  # fmt: skip
        yy = ink.para(pg, ctx, 28, yy + 30, 154, text, 16, lead=2.2)
        ink.signoff(pg, ctx, [wk, fmt_date(d, ds)], yy + 40, size=14, seal=wk)
    elif v == "idcard":
        pg = Page(210, 200, bg=(250, 250, 250))
        for top, face in ((12, "front"), (106, "back")):
            pg.rect(35, top, 175, top + 86, 0.4, (150, 150, 150), (232, 240, 246))
            if face == "front":
                ink.pairs(pg, ctx, 42, top + 8, [("姓名", who), ("性别", f"{_sex(ctx)}　　民族　汉"),
                                                  ("出生", f"{r.randint(1970, 1996)}年{r.randint(1, 12)}月{r.randint(1, 28)}日"),
                                                  ("住址", f"{prov_full(pl[0])}{pl[1]}市{pl[2]}{r.choice(['解放路', '人民路', '建设街'])}{r.randint(1, 300)}号")],
                          10, gap=2.3, max_w=95)  # fmt: skip
                ink.photo(pg, 140, top + 12, 28, 36, 1)
                pg.text(42, top + 72, f"公民身份号码　{_idno(ctx)}", 11, ctx.body)
            else:
                pg.text(105, top + 14, "中华人民共和国", 16, ctx.bold, "c")
                pg.text(105, top + 26, "居民身份证", 20, ctx.bold, "c")
                ink.pairs(pg, ctx, 55, top + 52, [("签发机关", f"{pl[1]}市公安局{pl[2][:-1]}分局"),
                                                  ("有效期限", f"{d.year}.{d.month:02d}.{d.day:02d}-{d.year + 20}.{d.month:02d}.{d.day:02d}")],
                          10, gap=2.3)  # fmt: skip
    elif v == "approval":
        yy = ink.centre(pg, 24, wk, 14, ctx.bold)
        yy = ink.centre(
            pg,
            yy,
            ctx.pick("t7.o.aphead", ["外出培训审批表", "外出进修学习申请表", "参加学术活动审批单"]),
            20,
            ctx.bold,
        )
        t = _training(ctx, dom, pl, None, d.year)
        rows = [["姓名", who, "科室/部门", r.choice(["内科", "教务处", "技术科", "办公室", "财务科"])],
                ["职称", r.choice(DOMAINS[dom]["ranks"]), "申请日期", fmt_date(d, "dash")],
                ["培训名称", t, "", ""], ["举办单位", org, "", ""],
                ["培训时间", fmt_range(d + dt.timedelta(days=10), d + dt.timedelta(days=12), "cn", r), "", ""],
                ["费用预算", f"{amount}元", "", ""], ["部门意见", "", "", ""], ["分管领导意见", "", "", ""]]  # fmt: skip
        top = yy + 8
        w = [34, 62, 30, 44]
        for i, row in enumerate(rows):
            rh = 20 if i >= 6 else 12
            pg.rect(20, top, 20 + sum(w), top + rh, 0.3)
            pg.line(20 + w[0], top, 20 + w[0], top + rh, 0.3)
            pg.text(20 + w[0] / 2, top + rh / 2 - 2, row[0], 11, ctx.body, "c")
            if row[2]:
                pg.line(20 + w[0] + w[1], top, 20 + w[0] + w[1], top + rh, 0.3)
                pg.line(20 + sum(w[:3]), top, 20 + sum(w[:3]), top + rh, 0.3)
                pg.text(20 + w[0] + w[1] / 2, top + rh / 2 - 2, row[1], 11, ctx.body, "c")
                pg.text(20 + w[0] + w[1] + w[2] / 2, top + rh / 2 - 2, row[2], 11, ctx.body, "c")
                pg.text(20 + sum(w[:3]) + w[3] / 2, top + rh / 2 - 2, row[3], 11, ctx.body, "c")
            elif row[1]:
                pg.text(
                    20 + w[0] + 3, top + rh / 2 - 2, row[1], ink.fit_size(row[1], ctx.body, 11, 130), ctx.body
                )
            else:
                ink.hand(
                    pg,
                    ctx,
                    20 + w[0] + 6,
                    top + 4,
                    r.choice(["同意", "同意参加", "同意，费用按规定报销"]),
                    14,
                )
            top += rh
    else:  # titlecert
        pg = Page(297, 210)
        ink.border(pg, ctx, 2, ink.RED)
        yy = ink.centre(pg, 24, "专业技术职务任职资格证书", 26, ctx.bold, ink.RED)
        ink.photo(pg, 36, yy + 10, 30, 40, 2)
        rank = r.choice(DOMAINS[dom]["ranks"])
        items = [("姓　　名", who), ("工作单位", wk), ("资格名称", rank),
                 ("评审机构", f"{pl[1]}市{r.choice(['卫生', '中小学教师', '工程技术', '农业技术', '会计'])}系列中级职称评审委员会"),
                 ("批准文号", f"{pl[1][0]}人社职〔{d.year}〕{r.randint(5, 99)}号"), ("批准时间", fmt_date(d, ds))]  # fmt: skip
        ink.pairs(pg, ctx, 84, yy + 10, items, 13, label_w=30, gap=2.3)
        ink.signoff(pg, ctx, [hr_bureau(pl), fmt_date(d, ds)], 160, x_right=262, seal=hr_bureau(pl))
    fields = {"holder": who, "people": []}
    return finish(ctx, "other", "other", v, [pg], fields, who, d.year)
