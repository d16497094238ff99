"""draw 53's certificate-like builders: training certificates, sign-in sheets, training notices,
qualification certificates and other papers. Each returns a Doc with its pages, truth, scored fields and claim."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind53 import kit
from bench.blind53.kit import PT, RED, lh
from bench.blind53.pools import (
    CITY,
    FAMILIES,
    ORGS,
    PROVINCE,
    PUBLICS,
    Ctx,
    fmt_date,
    fmt_span,
    hanzi_date,
    hours_text,
    iso,
    serial,
)
from bench.generator.truth import person


def make(
    ctx: Ctx,
    etype: str,
    variant: str,
    pages: list[Page],
    fields: dict[str, Any],
    scored: list[str],
    who: str,
    year: int,
    category: str | None = None,
) -> Doc:
    claim = {"person": who, "year": year, "policy": ctx.policy()}
    return Doc(etype, f"{FAMILIES[etype]}-{variant}", pages, fields, scored, claim, category)


def dstyle(ctx: Ctx) -> str:
    return ctx.pick("t53.date")


def training_span(ctx: Ctx, days: int | None = None) -> tuple[dt.date, dt.date]:
    a = ctx.date(m0=3, m1=11)
    n = days if days is not None else ctx.choice((1, 2, 3, 3, 4, 5))
    return a, a + dt.timedelta(days=n - 1)


def _training(ctx: Ctx, category: str | None, online: bool = False) -> dict[str, Any]:
    """What was trained, by whom, when and for how long, for the document's city and profession."""
    city, prof = ctx.city(), ctx.prof()
    y = ctx.year()
    if category == "public":
        topic = ctx.choice(PUBLICS)
        title = ctx.choice(
            (f"{y}年度专业技术人员继续教育公需科目培训", f"{topic}（公需课）", f"{topic}专题培训")
        )
        issuer = ctx.choice(
            ORGS[city]["platform"] if online else ORGS[city]["party_school"] + ORGS[city]["hr"]
        )
        hours = ctx.choice((6, 12, 20, 24, 30) if city == "taian" else (6, 12, 18, 26))
    else:
        title = ctx.choice(prof["trainings"])
        if ctx.chance(0.4):
            title = f"{CITY[city] if ctx.chance(0.5) else PROVINCE[city]}{y}年{title}"
        issuer = ctx.choice(ORGS[city]["platform"]) if online else ctx.choice(prof["orgs"][city])
        hours = ctx.choice((8, 16, 24, 32, 40, 48, 60))
    return {"title": title, "issuer": issuer, "hours": hours, "year": y}


def category_for(k: int) -> str | None:
    return ("public", "professional", None)[(k // 2) % 3]


def unit_of(ctx: Ctx, short: bool = False) -> str:
    """A workplace: 开封市尉氏县水产技术推广站 (short: 尉氏县水产技术推广站)."""
    c = ctx.city()
    u = f"{ctx.choice(ORGS[c]['county'])}{ctx.choice(ctx.prof()['unit'])}"
    return u if short else CITY[c] + u


CAT_WORD = {"public": ("公需科目", "公需课"), "professional": ("专业科目", "专业课")}


# ---- training_certificate ------------------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("training_certificate")
    cat = category_for(k)
    online = v in ("app_screenshot", "web_printout")
    t = _training(ctx, cat, online)
    holder = ctx.name()
    y = t["year"]
    a = ctx.date(y, 3, 11)
    b = a + dt.timedelta(days=ctx.choice((0, 1, 2, 4)) if not online else ctx.choice((20, 45, 60, 90)))
    if b.year != y:
        b = dt.date(y, 12, 28)
    issued = b + dt.timedelta(days=ctx.choice((0, 0, 3, 7, 12)))
    if issued.year != y:
        issued = b
    ds, colon = dstyle(ctx), ctx.pick("t53.colon")
    cw = ctx.choice(CAT_WORD[cat]) if cat else None
    hrs = hours_text(t["hours"])
    unit = unit_of(ctx)
    no = serial(ctx.rng, ctx.choice(("KF", "TA", "No.", "证字第")), ctx.choice((8, 10)))
    fields: dict[str, Any] = {
        "holder": holder,
        "title": t["title"],
        "issuer": t["issuer"],
        "issued_on": iso(issued),
        "period": {"start": iso(a), "end": iso(b)},
        "hours_stated": float(t["hours"]),
    }
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    pages: list[Page] = []
    noise = ctx.pick("t53.noise")

    if v == "portrait_seal":
        pg = kit.portrait()
        kit.border(pg, ctx.pick("t53.frame"))
        yy = kit.ctext(pg, ctx, 38, ctx.choice(("结 业 证 书", "结业证书", "培 训 证 书")), 30, True)
        pg.rect(28, yy + 6, 53, yy + 38, 0.3, (150, 150, 150))
        pg.text(40.5, yy + 20, "照片", 9, ctx.body, "c", (160, 160, 160))
        pg.text(pg.w - 28, yy + 10, f"编号{colon}{no}", 10, ctx.body, "r")
        yy += 48
        span = fmt_span(a, b, ds)
        cat_s = f"（{cw}）" if cw else ""
        s = (
            f"　　{holder}同志于{span}参加{t['issuer']}举办的“{t['title']}”{cat_s}，"
            f"完成规定课程学习，经考核成绩合格，计{hrs}学时。"
        )
        yy = pg.wrap(28, yy, pg.w - 56, s, 15, ctx.body, 2.0)
        yy = pg.wrap(28, yy + 2, pg.w - 56, "　　特发此证。", 15, ctx.body, 2.0)
        iss_s = fmt_date(issued, ctx.choice((ds, "hanzi")))
        xr = pg.w - 30
        pg.text(xr, yy + 30, t["issuer"], 14, ctx.body, "r")
        pg.text(xr, yy + 40, iss_s, 14, ctx.body, "r")
        kit.seal(pg, ctx, xr - width_mm(t["issuer"], ctx.body, 14) / 2, yy + 36, t["issuer"])
        kit.footer(pg, ctx, ctx.choice(("本证书仅作继续教育学时登记凭证", "涂改无效", "可扫码核验真伪")))
        pages.append(pg)

    elif v == "landscape_border":
        pg = kit.landscape()
        kit.border(pg, ctx.choice(("2", "3")))
        yy = kit.ctext(
            pg, ctx, 28, ctx.choice(("培训合格证书", "继续教育培训证书", "学 时 证 明")), 28, True, RED
        )
        rows = [("姓　　名", holder), ("工作单位", unit)]
        yy += 8
        x = 45
        yy = kit.kv(pg, ctx, x, yy, rows, 14, colon, 30, 2.1, pg.w - 45)
        pg.text(x, yy, "培训项目" + colon, 14, ctx.body)
        tsz = kit.fit(t["title"], ctx.body, 14, pg.w - 45 - x - 30)
        pg.text(x + 30, yy, t["title"], tsz, ctx.body)
        yy += lh(14, 2.1)
        more = [("培训时间", fmt_span(a, b, ds)), ("培训学时", f"{hrs}学时")]
        if cw:
            more.append(("科目类别", cw))
        more.append(("证书编号", no))
        yy = kit.kv(pg, ctx, x, yy, more, 14, colon, 30, 2.1, pg.w - 45)
        xr = pg.w - 50
        iss_s = hanzi_date(issued) if ctx.chance(0.6) else fmt_date(issued, ds)
        pg.text(xr, yy + 10, f"发证单位{colon}{t['issuer']}", 13, ctx.body, "r")
        pg.text(xr, yy + 19, iss_s, 13, ctx.body, "r")
        kit.seal(pg, ctx, xr - 28, yy + 14, t["issuer"])
        kit.qr(pg, ctx, 30, pg.h - 48, 20, "扫码验证")
        pages.append(pg)

    elif v == "booklet_inner":
        pg = Page(260.0, 185.0, bg=(250, 246, 236))
        pg.line(130, 8, 130, pg.h - 8, 0.4, (190, 180, 160))
        pg.text(65, 16, "专业技术人员继续教育证书", 13, ctx.bold, "c")
        pg.rect(48, 28, 82, 72, 0.3, (150, 150, 150))
        pg.text(65, 47, "（照片）", 8, ctx.body, "c", GREY_)
        info = [("姓名", holder), ("单位", unit_of(ctx, True)), ("证号", no)]
        kit.kv(pg, ctx, 20, 82, info, 11, colon, 18, 2.2)
        pg.text(65, pg.h - 22, f"{PROVINCE[ctx.city()]}人力资源和社会保障厅监制", 8, ctx.body, "c", GREY_)
        pg.text(195, 16, "继续教育学时登记", 13, ctx.bold, "c")
        yy = 30
        pg.text(138, yy, f"学习时间{colon}{fmt_span(a, b, ds)}", 10, ctx.body)
        yy += 8
        pg.text(138, yy, f"学习内容{colon}", 10, ctx.body)
        yy = pg.wrap(158, yy, 95, t["title"], 10, ctx.body, 1.6)
        pg.text(138, yy + 1, f"学　　时{colon}{hrs}学时", 10, ctx.body)
        yy += 9
        if cw:
            pg.text(138, yy, f"类　　别{colon}{cw}", 10, ctx.body)
            yy += 8
        pg.text(
            138,
            yy,
            f"主办单位{colon}{t['issuer']}",
            kit.fit(f"主办单位{colon}{t['issuer']}", ctx.body, 10, 115),
            ctx.body,
        )
        pg.text(138, yy + 8, f"登记日期{colon}{fmt_date(issued, ds)}", 10, ctx.body)
        kit.seal(pg, ctx, 225, yy + 2, t["issuer"], 15)
        yy += 20
        pg.table(
            137,
            yy,
            [34, 52, 13, 18],
            [["学习时间", "学习内容", "学时", "登记"]] + [["", "", "", ""]] * 3,
            8.5,
            ctx.body,
            11,
        )
        pg.text(235, pg.h - 12, "— 3 —", 8, ctx.body, "c", GREY_)
        pages.append(pg)

    elif v == "app_screenshot":
        pg = kit.phone_page()
        yy = kit.status_bar(pg, ctx, f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(0, 59):02d}", "我的证书")
        pg.rect(5, yy, pg.w - 5, yy + 52, 0.5, (190, 150, 70), (255, 251, 240))
        pg.text(pg.w / 2, yy + 5, "学 习 证 明", 12, ctx.bold, "c", RED)
        yy2 = pg.wrap(
            9,
            yy + 13,
            pg.w - 18,
            f"{holder}：完成“{t['title']}”在线学习，考试合格，获得{hrs}学时。",
            6.8,
            ctx.body,
            1.5,
        )
        pg.text(pg.w - 9, yy + 43, t["issuer"], 6, ctx.body, "r")
        kit.seal(pg, ctx, pg.w - 20, yy + 42, t["issuer"], 8)
        yy += 58
        pairs = [
            ("证书名称", None),
            ("学员姓名", holder),
            ("获得学时", f"{hrs}学时"),
            ("学习时间", fmt_span(a, b, "dash0")),
            ("发证日期", fmt_date(issued, "dash0")),
            ("发证机构", t["issuer"]),
        ]
        if cw:
            pairs.insert(3, ("课程类别", cw))
        for lab, val in pairs:
            pg.rect(0, yy - 1.5, pg.w, yy + 8.5, 0.0, (255, 255, 255), (255, 255, 255))
            pg.text(5, yy + 1, lab, 7.5, ctx.body, "l", (110, 110, 110))
            if val is None:
                sz = kit.fit(t["title"], ctx.body, 7.5, pg.w - 30)
                pg.text(pg.w - 4, yy + 1, t["title"], sz, ctx.body, "r")
            else:
                pg.text(pg.w - 4, yy + 1, val, kit.fit(val, ctx.body, 7.5, pg.w - 30), ctx.body, "r")
            pg.line(5, yy + 8.5, pg.w, yy + 8.5, 0.15, (225, 225, 225))
            yy += 10
        pg.rect(10, yy + 6, pg.w - 10, yy + 15, 0.0, (40, 120, 220), (40, 120, 220))
        pg.text(pg.w / 2, yy + 8.2, "下载电子证书", 8, ctx.body, "c", (255, 255, 255))
        pages.append(pg)

    elif v == "web_printout":
        pg = kit.portrait()
        stamp_s = (
            f"{issued.year}/{issued.month}/{issued.day} {ctx.rng.randint(9, 17)}:{ctx.rng.randint(0, 59):02d}"
        )
        kit.browser_print(
            pg,
            ctx,
            stamp_s,
            f"学时证明 - {t['issuer']}",
            f"https://{ctx.choice(('www', 'study', 'cx'))}."
            f"{ctx.choice(('bljj', 'zyjx', 'dzxt', 'tsjj'))}.cn/student/certificate/print",
            1,
            1,
        )
        pg.rect(15, 16, pg.w - 15, 30, 0.0, (30, 90, 160), (30, 90, 160))
        pg.text(20, 19.5, t["issuer"], 13, ctx.bold, "l", (255, 255, 255))
        yy = kit.ctext(pg, ctx, 42, "继续教育学时证明", 20, True)
        kit.kv(
            pg,
            ctx,
            22,
            yy + 4,
            [
                ("姓名", holder),
                ("身份证号", f"{ctx.rng.randint(370900, 410299)}********{ctx.rng.randint(1000, 9999)}"),
                ("工作单位", unit),
            ],
            11,
            colon,
            None,
            2.0,
        )
        yy += 30
        pg.text(22, yy, f"培训项目{colon}{t['title']}", 11, ctx.body)
        yy += 8
        pg.text(22, yy, f"学习周期{colon}{fmt_span(a, b, 'dash0')}", 11, ctx.body)
        yy += 10
        n = ctx.choice((2, 3, 4))
        parts = _split_hours(ctx, t["hours"], n)
        head = ["序号", "课程名称", "学时", "完成时间"] + (["类别"] if cw else [])
        rows = [head]
        topics = list(PUBLICS if cat == "public" else ctx.prof()["trainings"])
        ctx.rng.shuffle(topics)
        for i, h in enumerate(parts):
            done = a + (b - a) * (i + 1) / n
            r = [str(i + 1), topics[i][:16], hours_text(h), fmt_date(done, "dash0")]
            rows.append(r + ([cw] if cw else []))
        rows.append(["", "合计", hrs, ""] + ([""] if cw else []))
        widths = [14, 80, 18, 32] + ([22] if cw else [])
        yy = pg.table(22, yy, widths, rows, 9.5, ctx.body, 9)
        pg.text(pg.w - 22, yy + 12, f"出具日期{colon}{fmt_date(issued, 'cn')}", 11, ctx.body, "r")
        kit.seal(pg, ctx, pg.w - 45, yy + 6, t["issuer"], 17)
        pg.text(
            22, yy + 26, "注：本证明由系统自动生成，可登录平台输入证书编号查验。", 8.5, ctx.body, "l", GREY_
        )
        pages.append(pg)

    else:  # transcript_scan: a certificate and its course/assessment sheet
        pg = kit.portrait()
        kit.border(pg, "1")
        yy = kit.ctext(pg, ctx, 40, "结 业 证 书", 28, True)
        yy = pg.wrap(
            30,
            yy + 20,
            pg.w - 60,
            f"　　学员{holder}，于{fmt_span(a, b, ds)}参加{t['title']}，修完全部课程，成绩合格，准予结业。",
            15,
            ctx.body,
            2.0,
        )
        pg.text(30, yy + 6, f"证书编号{colon}{no}", 11, ctx.body)
        pg.text(pg.w - 32, yy + 30, t["issuer"], 14, ctx.body, "r")
        pg.text(pg.w - 32, yy + 40, fmt_date(issued, ds), 14, ctx.body, "r")
        kit.seal(pg, ctx, pg.w - 55, yy + 35, t["issuer"])
        kit.page_no(pg, ctx, 1, 2, "di")
        kit.noise(pg, ctx, noise)
        pages.append(pg)
        p2 = kit.portrait()
        yy = kit.ctext(p2, ctx, 25, "附：课程设置及考核情况", 16, True)
        p2.text(20, yy + 2, f"姓名{colon}{holder}", 11, ctx.body)
        if cw:
            p2.text(110, yy + 2, f"科目{colon}{cw}", 11, ctx.body)
        n = ctx.choice((3, 4, 5))
        parts = _split_hours(ctx, t["hours"], n)
        rows = [["序号", "课程", "学时", "考核方式", "成绩"]]
        pool = list(ctx.prof()["trainings"] if cat != "public" else PUBLICS)
        pool += ["案例研讨", "现场教学", "结业考试"]
        for i, h in enumerate(parts):
            rows.append(
                [
                    str(i + 1),
                    pool[i % len(pool)][:14],
                    hours_text(h),
                    ctx.choice(("笔试", "实操", "考查")),
                    ctx.choice(("合格", "良好", "优秀", str(ctx.rng.randint(78, 96)))),
                ]
            )
        rows.append(["", "合　计", hrs, "", ""])
        p2.table(20, yy + 14, [14, 80, 20, 30, 26], rows, 10, ctx.body, 10)
        kit.page_no(p2, ctx, 2, 2, "di")
        pages.append(p2)
    if v not in ("transcript_scan", "app_screenshot"):
        kit.noise(pages[0], ctx, noise)
    return make(ctx, "training_certificate", v, pages, fields, scored, holder, y, cat)


GREY_ = (130, 130, 130)


def _split_hours(ctx: Ctx, total: float, n: int) -> list[float]:
    """`total` hours over n courses, each a whole or half number."""
    base = [total / n] * n
    parts = [round(x * 2) / 2 for x in base]
    parts[-1] = total - sum(parts[:-1])
    return parts


# ---- sign_in_sheet -------------------------------------------------------------------------------------
def _sheet_head(pg: Page, ctx: Ctx, title: str, y: float, size: float = 18) -> float:
    full = f"{title}签到表"
    return kit.title_lines(pg, ctx, y, full, size, pg.w - 30)


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("sign_in_sheet")
    t = _training(ctx, ctx.choice(("professional", None, None)))
    title = t["title"]
    y = t["year"]
    day = ctx.date(y, 3, 11)
    end = day + dt.timedelta(days=1) if v == "two_page_scan" and ctx.chance(0.5) else day
    colon, ds = ctx.pick("t53.colon"), dstyle(ctx)
    venue = ctx.choice(("三楼报告厅", "学术交流中心201室", "培训楼一楼多功能厅", "行政楼第二会议室"))
    when = fmt_date(day, ds) if end == day else fmt_span(day, end, ds)
    n = {
        "hand_table": ctx.rng.randint(8, 14),
        "two_page_scan": ctx.rng.randint(22, 30),
        "qr_export": ctx.rng.randint(10, 16),
        "twin_columns": ctx.rng.randint(14, 22),
        "chat_forward": ctx.rng.randint(6, 9),
        "unit_roster": ctx.rng.randint(8, 13),
    }[v]
    names = ctx.names(n)
    units = [unit_of(ctx, True) for _ in range(n)]
    people = [person(nm, i + 1, "attendee") for i, nm in enumerate(names)]
    fields = {
        "title": title,
        "issuer": t["issuer"],
        "period": {"start": iso(day), "end": iso(end)},
        "people": people,
    }
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    pages: list[Page] = []
    info = [f"时间{colon}{when}", f"地点{colon}{venue}", f"主办单位{colon}{t['issuer']}"]

    if v in ("hand_table", "two_page_scan"):
        per = n if v == "hand_table" else (n + 1) // 2
        chunks = [list(range(n))] if v == "hand_table" else [list(range(per)), list(range(per, n))]
        for pi, idx in enumerate(chunks):
            pg = kit.portrait()
            yy = _sheet_head(pg, ctx, title, 20)
            if pi == 0:
                pg.text(18, yy + 1, "　　".join(info[:2]), 10.5, ctx.body)
                pg.text(18, yy + 8, info[2], 10.5, ctx.body)
                yy += 16
            else:
                yy += 4
            rows = [["序号", "工作单位", "职称", "签　名", "备注"]]
            extra = ctx.rng.randint(1, 3) if pi == len(chunks) - 1 else 0
            for i in idx:
                rows.append(
                    [
                        str(i + 1),
                        units[i],
                        ctx.choice(("初级", "中级", "中级", "副高", "正高", "助理级")),
                        "",
                        "",
                    ]
                )
            for j in range(extra):
                rows.append([str(idx[-1] + j + 2), "", "", "", ""])
            rh = 10.5 if v == "hand_table" else 9.2
            widths = [14, 64, 26, 46, 24]
            pg.table(18, yy, widths, rows, 9.5, ctx.body, rh)
            for r, i in enumerate(idx):
                kit.hand(
                    pg,
                    ctx,
                    18 + 14 + 64 + 26 + 6 + ctx.rng.uniform(0, 8),
                    yy + rh * (r + 1) + 1.5,
                    names[i],
                    ctx.rng.uniform(13, 16),
                )
            if v == "two_page_scan":
                kit.page_no(pg, ctx, pi + 1, 2, "di")
            pages.append(pg)
        kit.noise(pages[-1], ctx, ctx.pick("t53.noise"), "已核")

    elif v == "qr_export":
        pg = kit.portrait()
        pg.text(
            15,
            12,
            f"活动签到记录导出  导出时间{colon}{fmt_date(end, 'dash0')} 17:{ctx.rng.randint(10, 59)}",
            8,
            ctx.body,
            "l",
            GREY_,
        )
        yy = kit.title_lines(pg, ctx, 22, f"“{title}”签到明细", 15, pg.w - 30)
        pg.text(15, yy + 1, f"活动名称{colon}{title}", 10, ctx.body)
        pg.text(15, yy + 8, f"{info[2]}　　签到方式{colon}扫码签到", 10, ctx.body)
        yy += 16
        rows = [["序号", "姓名", "手机号", "所在单位", "签到时间", "状态"]]
        for i, nm in enumerate(names):
            tm = f"{iso(day)} {ctx.rng.randint(7, 8):02d}:{ctx.rng.randint(0, 59):02d}:{ctx.rng.randint(0, 59):02d}"
            rows.append(
                [
                    str(i + 1),
                    nm,
                    f"1{ctx.rng.randint(30, 89)}****{ctx.rng.randint(1000, 9999)}",
                    units[i],
                    tm,
                    ctx.choice(("已签到", "已签到", "迟到")),
                ]
            )
        pg.table(15, yy, [12, 22, 28, 56, 46, 16], rows, 8.5, ctx.body, 8.5)
        kit.page_no(pg, ctx, 1, 1, "slash")
        pages.append(pg)

    elif v == "twin_columns":
        pg = kit.landscape()
        yy = _sheet_head(pg, ctx, title, 14, 17)
        pg.text(20, yy, "　　".join(info), 10, ctx.body)
        yy += 8
        half = (n + 1) // 2
        rows = [["序号", "姓名", "签到", "序号", "姓名", "签到"]]
        for r in range(half):
            j = r + half
            right = [str(j + 1), names[j], ""] if j < n else ["", "", ""]
            rows.append([str(r + 1), names[r], ""] + right)
        rh = 9.0
        widths = [16, 40, 70, 16, 40, 70]
        pg.table(18, yy, widths, rows, 10, ctx.body, rh)
        for r in range(half):
            for col, j in ((0, r), (3, r + half)):
                if j < n:
                    x = 18 + sum(widths[: col + 2]) + 8
                    kit.hand(pg, ctx, x + ctx.rng.uniform(0, 10), yy + rh * (r + 1) + 1.2, names[j], 13)
        pages.append(pg)

    elif v == "chat_forward":
        pg = kit.phone_page()
        top = kit.status_bar(
            pg,
            ctx,
            f"{ctx.rng.randint(9, 21)}:{ctx.rng.randint(10, 59)}",
            f"{ctx.prof()['job']}继教群({ctx.rng.randint(30, 180)})",
        )
        sender = ctx.name()
        pg.text(
            pg.w / 2,
            top,
            f"{day.month}月{day.day}日 {ctx.rng.randint(17, 20)}:{ctx.rng.randint(10, 59)}",
            6,
            ctx.body,
            "c",
            GREY_,
        )
        pg.rect(3, top + 5, 9, top + 11, 0.0, (120, 160, 200), (120, 160, 200))
        pg.text(11, top + 4.5, sender, 6, ctx.body, "l", GREY_)
        pg.rect(11, top + 8, pg.w - 8, top + 15, 0.0, (255, 255, 255), (255, 255, 255))
        pg.text(13, top + 9.2, "今天的签到表，大家核对一下", 6.5, ctx.body)
        bx, by = 11, top + 18
        pg.rect(bx, by, pg.w - 6, by + 104, 0.3, (200, 200, 200), (252, 252, 250))
        yy = kit.title_lines(pg, ctx, by + 3, f"{title}签到表", 7.5, pg.w - 22)
        pg.text(
            bx + 2,
            yy,
            f"{when} {t['issuer']}",
            kit.fit(f"{when} {t['issuer']}", ctx.body, 5.5, pg.w - 21),
            ctx.body,
        )
        rows = [["序号", "单位", "签名"]] + [[str(i + 1), units[i], ""] for i in range(n)]
        pg.table(bx + 2, yy + 5, [8, 30, 24], rows, 5, ctx.body, 7.5, lw=0.2)
        for i, nm in enumerate(names):
            kit.hand(pg, ctx, bx + 2 + 38 + 2, yy + 5 + 7.5 * (i + 1) + 1.3, nm, 8.5)
        pg.rect(8, pg.h - 12, pg.w - 8, pg.h - 5, 0.2, (220, 220, 220), (255, 255, 255))
        pages.append(pg)

    else:  # unit_roster: a printed roster with ticks for arrival and departure
        pg = kit.portrait()
        yy = kit.ctext(pg, ctx, 18, f"{t['issuer']}", 12)
        yy = kit.title_lines(pg, ctx, yy + 2, f"{title}签到表", 17, pg.w - 30)
        pg.text(20, yy + 2, f"培训日期{colon}{when}", 10.5, ctx.body)
        pg.text(120, yy + 2, f"培训地点{colon}{venue}", 10.5, ctx.body)
        yy += 12
        rows = [["序号", "姓　名", "工作单位", "上午签到", "下午签到"]]
        for i, nm in enumerate(names):
            rows.append([str(i + 1), nm, units[i], "", ""])
        widths = [14, 30, 72, 27, 27]
        rh = 10
        pg.table(20, yy, widths, rows, 10, ctx.body, rh)
        for i in range(n):
            for c in (3, 4):
                x = 20 + sum(widths[:c]) + 10
                kit.tick(pg, x, yy + rh * (i + 1) + 3, 4)
        pg.text(20, yy + rh * (n + 2), "负责人签字：", 10.5, ctx.body)
        kit.hand(pg, ctx, 46, yy + rh * (n + 2) - 1.5, ctx.name(), 15)
        kit.seal(pg, ctx, pg.w - 45, yy + rh * (n + 2), t["issuer"], 17)
        pages.append(pg)
    return make(ctx, "sign_in_sheet", v, pages, fields, scored, ctx.choice(names), y)


# ---- training_notice -----------------------------------------------------------------------------------
ABBR = {"kaifeng": "汴", "taian": "泰"}


def _doc_no(ctx: Ctx, issuer: str, year: int) -> str:
    key = next(
        (w for w in ("人社", "应急", "教", "体", "卫", "粮", "规", "广", "渔", "交", "消") if w in issuer), ""
    )
    key = {
        "卫": "卫健",
        "粮": "粮储",
        "规": "自然资规",
        "广": "广电",
        "渔": "农",
        "交": "交运",
        "消": "消防",
    }.get(key, key)
    return (
        f"{ABBR[ctx.city()]}{key or '继教'}{ctx.choice(('字', '函', ''))}〔{year}〕{ctx.rng.randint(3, 96)}号"
    )


def _notice_paras(
    ctx: Ctx, t: dict[str, Any], a: dt.date, b: dt.date, ds: str, cw: str | None, show_hours: bool
) -> list[str]:
    c = ctx.city()
    venue = ctx.choice(
        (
            f"{CITY[c]}{ctx.choice(ORGS[c]['road'])}{ctx.rng.randint(6, 299)}号{ctx.choice(('培训中心', '宾馆会议室', '职工之家'))}",
            f"{ctx.choice(ORGS[c]['university'])}继续教育学院",
        )
    )
    span = fmt_span(a, b, ds)
    arrive = a - dt.timedelta(days=1)
    paras = [
        f"　　为进一步提升全市{ctx.prof()['job']}专业技术人员业务水平，根据年度继续教育工作安排，经研究，"
        f"决定举办{t['title']}。现将有关事项通知如下：",
        f"　　一、培训时间：{span}，{arrive.month}月{arrive.day}日下午报到。",
        f"　　二、培训地点：{venue}。",
        f"　　三、培训对象：各单位从事{ctx.prof()['job']}工作的专业技术人员，每单位限报{ctx.rng.randint(2, 5)}人。",
        f"　　四、培训内容：{'、'.join(ctx.rng.sample(ctx.prof()['trainings'], 2))}等专题讲座及现场教学。",
    ]
    if show_hours:
        tail = f"计入继续教育{cw}" if cw else "登记继续教育"
        paras.append(
            f"　　五、学时认定：学员全程参训并考核合格的，由主办单位颁发培训证书，{tail}{hours_text(t['hours'])}学时。"
        )
    paras.append(
        f"　　{'六' if show_hours else '五'}、请各单位于{arrive.month}月{max(1, arrive.day - 3)}日前将参训人员名单报送我单位，"
        f"联系人：{ctx.name()}，电话：0{ctx.choice(('371', '538'))}-{ctx.rng.randint(2000000, 8999999)}。"
    )
    return paras


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("training_notice")
    cat = ctx.choice(("professional", None, None))
    t = _training(ctx, "professional" if cat else None)
    y = t["year"]
    a = ctx.date(y, 4, 11)
    b = a + dt.timedelta(days=ctx.choice((1, 2, 3, 4)))
    issued = a - dt.timedelta(days=ctx.rng.randint(8, 30))
    ds, colon = dstyle(ctx), ctx.pick("t53.colon")
    show_hours = v != "wechat_article" or ctx.chance(0.5)
    cw = ctx.choice(CAT_WORD["professional"]) if cat and show_hours else None
    paras = _notice_paras(ctx, t, a, b, ds, cw, show_hours)
    iss_s = (
        hanzi_date(issued)
        if v in ("red_header", "notice_with_receipt") and ctx.chance(0.6)
        else fmt_date(issued, ds)
    )
    n_att = ctx.rng.randint(3, 8)
    names = ctx.names(n_att)
    holder = None
    people = [person(nm, i + 1, "attendee") for i, nm in enumerate(names)]
    fields: dict[str, Any] = {
        "title": t["title"],
        "issuer": t["issuer"],
        "issued_on": iso(issued),
        "period": {"start": iso(a), "end": iso(b)},
    }
    if show_hours:
        fields["hours_stated"] = float(t["hours"])
    scored = ["title", "issuer", "issued_on", "period.start", "period.end"] + (
        ["hours_stated"] if show_hours else []
    )
    addressee = ctx.choice(
        ("各县（区）相关单位、市直各有关单位：", "各有关单位：", "各县（市、区）主管部门，各有关单位:")
    )
    heading = f"关于举办{t['title']}的通知"
    pages: list[Page] = []

    def body(pg: Page, yy: float, size: float = 12.5, x: float = 25) -> float:
        pg.text(x, yy, addressee, size, ctx.body)
        yy += lh(size, 1.9)
        for p in paras:
            yy = pg.wrap(x, yy, pg.w - 2 * x, p, size, ctx.body, 1.85)
        return yy

    def roster(pg: Page, yy: float, x: float = 25) -> float:
        pg.text(x, yy, "附件：参训人员名单", 11.5, ctx.bold)
        rows = [["序号", "姓名", "工作单位"]] + [
            [str(i + 1), nm, unit_of(ctx, True)] for i, nm in enumerate(names)
        ]
        return pg.table(x, yy + 7, [16, 32, 80], rows, 10, ctx.body, 8)

    if v == "red_header":
        pg = kit.portrait()
        org_s = f"{t['issuer']}文件"
        pg.text(pg.w / 2, 22, org_s, kit.fit(org_s, ctx.bold, 30, pg.w - 30), ctx.bold, "c", RED)
        pg.text(pg.w / 2, 42, _doc_no(ctx, t["issuer"], y), 12, ctx.body, "c")
        pg.line(20, 50, pg.w - 20, 50, 1.0, RED)
        yy = kit.title_lines(pg, ctx, 58, heading, 17, pg.w - 40)
        yy = body(pg, yy + 3, 12)
        pg.text(pg.w - 30, yy + 10, t["issuer"], 12.5, ctx.body, "r")
        pg.text(pg.w - 30, yy + 19, iss_s, 12.5, ctx.body, "r")
        kit.seal(pg, ctx, pg.w - 50, yy + 15, t["issuer"])
        pages.append(pg)
        p2 = kit.portrait()
        roster(p2, 25)
        kit.page_no(p2, ctx, 2, 2, "dash")
        kit.page_no(pg, ctx, 1, 2, "dash")
        pages.append(p2)

    elif v == "invitation":
        holder = names[0]
        people = [person(holder, 1, "attendee")]
        pg = kit.portrait()
        kit.border(pg, "2", (170, 40, 40))
        yy = kit.ctext(pg, ctx, 30, "邀 请 函", 28, True, RED)
        yy += 8
        pg.text(28, yy, f"尊敬的{holder}{ctx.choice(('同志', '老师', '先生', '女士'))}：", 13, ctx.body)
        yy += 10
        s = f"　　兹定于{fmt_span(a, b, ds)}举办{t['title']}，诚邀您拨冗参加。本次培训由{t['issuer']}主办，"
        s += (
            f"培训合格者{('计' + cw) if cw else '登记'}{hours_text(t['hours'])}学时。"
            if show_hours
            else "敬请准时出席。"
        )
        yy = pg.wrap(28, yy, pg.w - 56, s, 13, ctx.body, 2.0)
        for p in paras[2:4]:
            yy = pg.wrap(28, yy, pg.w - 56, p, 12, ctx.body, 1.9)
        pg.text(pg.w - 32, yy + 18, t["issuer"], 13, ctx.body, "r")
        pg.text(pg.w - 32, yy + 27, iss_s, 13, ctx.body, "r")
        kit.seal(pg, ctx, pg.w - 55, yy + 22, t["issuer"])
        kit.qr(pg, ctx, 28, yy + 14, 20, "扫码报名")
        pages.append(pg)

    elif v == "schedule_table":
        pg = kit.portrait()
        yy = kit.title_lines(pg, ctx, 20, f"{t['title']}日程安排", 16, pg.w - 36)
        pg.text(20, yy, f"主办单位{colon}{t['issuer']}", 11, ctx.body)
        pg.text(20, yy + 7, f"发布日期{colon}{fmt_date(issued, ds)}", 11, ctx.body)
        yy += 16
        rows = [["日期", "时间", "内容", "授课人"]]
        d = a
        topics = list(ctx.prof()["trainings"]) + ["政策解读", "案例分析", "现场观摩", "结业考核"]
        i = 0
        while d <= b:
            for half in ("上午", "下午"):
                rows.append(
                    [fmt_date(d, "cn").split("年")[1], half, topics[i % len(topics)][:15], ctx.name()]
                )
                i += 1
            d += dt.timedelta(days=1)
        yy = pg.table(20, yy, [30, 20, 90, 30], rows, 9.5, ctx.body, 9)
        note = f"说明：培训时间为{fmt_span(a, b, ds)}"
        note += f"，考核合格者登记{cw or '继续教育'}{hours_text(t['hours'])}学时。" if show_hours else "。"
        yy = pg.wrap(20, yy + 6, pg.w - 40, note, 10.5, ctx.body, 1.8)
        pg.text(
            20,
            yy + 4,
            "参训学员：" + "、".join(names),
            kit.fit("参训学员：" + "、".join(names), ctx.body, 10.5, pg.w - 40),
            ctx.body,
        )
        kit.seal(pg, ctx, pg.w - 45, yy + 2, t["issuer"], 16)
        pages.append(pg)

    elif v == "wechat_article":
        pg = Page(82.0, 300.0, bg=(255, 255, 255))
        yy = kit.status_bar(pg, ctx, f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59)}", "")
        yy = pg.wrap(5, yy, pg.w - 10, heading, 10.5, ctx.bold, 1.45)
        pg.text(
            5, yy + 1, f"{t['issuer'][:12]}  {fmt_date(issued, 'dash0')}", 6.5, ctx.body, "l", (90, 110, 160)
        )
        yy += 8
        for p in [addressee] + paras:
            yy = pg.wrap(5, yy, pg.w - 10, p, 7.2, ctx.body, 1.6)
        pg.text(pg.w - 5, yy + 3, t["issuer"], 7.2, ctx.body, "r")
        pg.text(pg.w - 5, yy + 8, fmt_date(issued, ds), 7.2, ctx.body, "r")
        yy += 15
        pg.text(5, yy, "首批报名人员：", 7.2, ctx.bold)
        yy = pg.wrap(5, yy + 5, pg.w - 10, "、".join(names), 7.2, ctx.body, 1.6)
        pg.text(
            5,
            yy + 4,
            f"阅读 {ctx.rng.randint(300, 5000)}   在看 {ctx.rng.randint(2, 60)}",
            6,
            ctx.body,
            "l",
            GREY_,
        )
        pg.h = min(300.0, yy + 14)
        pages.append(pg)

    elif v == "web_notice":
        pg = kit.portrait()
        kit.browser_print(
            pg,
            ctx,
            f"{issued.year}/{issued.month}/{issued.day + 1} 10:{ctx.rng.randint(10, 59)}",
            "通知公告",
            f"http://www.{ctx.choice(('kf', 'ta', 'sd', 'ha'))}{ctx.choice(('rs', 'jy', 'yj', 'ty'))}.gov.cn/"
            f"tzgg/{y}{issued.month:02d}/t{y}{issued.month:02d}{issued.day:02d}_{ctx.rng.randint(1000, 9999)}.html",
        )
        pg.rect(12, 13, pg.w - 12, 26, 0.0, (180, 30, 30), (180, 30, 30))
        pg.text(16, 16.5, t["issuer"], 13, ctx.bold, "l", (255, 255, 255))
        pg.text(16, 30, "首页 > 通知公告 > 正文", 8.5, ctx.body, "l", GREY_)
        yy = kit.title_lines(pg, ctx, 40, heading, 15, pg.w - 36)
        pg.text(
            pg.w / 2,
            yy,
            f"发布时间{colon}{fmt_date(issued, 'dash0')}　来源：{t['issuer']}　浏览次数：{ctx.rng.randint(80, 3000)}",
            8.5,
            ctx.body,
            "c",
            GREY_,
        )
        yy = body(pg, yy + 8, 11, 20)
        pg.text(pg.w - 25, yy + 6, t["issuer"], 11, ctx.body, "r")
        pg.text(pg.w - 25, yy + 13, fmt_date(issued, ds), 11, ctx.body, "r")
        roster(pg, yy + 24, 20)
        pages.append(pg)

    else:  # notice_with_receipt: the notice and a filled-in reply slip
        pg = kit.portrait()
        yy = kit.title_lines(pg, ctx, 28, heading, 17, pg.w - 40)
        pg.text(pg.w / 2, yy, _doc_no(ctx, t["issuer"], y), 11, ctx.body, "c")
        yy = body(pg, yy + 10, 12.5)
        pg.text(pg.w - 30, yy + 10, t["issuer"], 12.5, ctx.body, "r")
        pg.text(pg.w - 30, yy + 19, iss_s, 12.5, ctx.body, "r")
        kit.seal(pg, ctx, pg.w - 52, yy + 14, t["issuer"])
        kit.page_no(pg, ctx, 1, 2, "dash")
        pages.append(pg)
        p2 = kit.portrait()
        p2.text(25, 22, "附件", 12, ctx.bold)
        yy = kit.title_lines(p2, ctx, 32, f"{t['title']}报名回执", 15, p2.w - 40)
        rows = [["序号", "姓名", "性别", "职称", "联系电话"]] + [
            [str(i + 1), "", "", "", ""] for i in range(n_att + 2)
        ]
        rh = 11
        p2.table(25, yy + 4, [16, 40, 20, 40, 44], rows, 10.5, ctx.body, rh)
        for i, nm in enumerate(names):
            kit.hand(p2, ctx, 25 + 16 + 8, yy + 4 + rh * (i + 1) + 1.8, nm, 14)
            kit.hand(p2, ctx, 25 + 56 + 6, yy + 4 + rh * (i + 1) + 1.8, ctx.choice("男女"), 13)
        p2.text(25, yy + 4 + rh * (n_att + 4) + 6, f"填报单位（盖章）{colon}", 11, ctx.body)
        kit.page_no(p2, ctx, 2, 2, "dash")
        pages.append(p2)
    who = holder or ctx.choice(names)
    fields["holder"] = holder
    fields["people"] = people
    return make(ctx, "training_notice", v, pages, fields, scored, who, y, "professional" if cw else None)


# ---- qualification_certificate -------------------------------------------------------------------------
DISCIPLINES = {  # profession -> (subject, degree field, self-study courses)
    "dental": ("口腔医学", "医学", ("口腔解剖生理学", "口腔材料学", "医学伦理学")),
    "grain": ("粮食工程", "工学", ("粮油储藏学", "食品化学", "粮食仓储机械")),
    "broadcast": ("电子与通信工程", "工学", ("电视原理", "数字信号处理", "电磁场与电磁波")),
    "special_ed": ("特殊教育", "教育学", ("特殊儿童心理学", "特殊教育概论", "手语")),
    "aquaculture": ("水产养殖", "农学", ("鱼类增养殖学", "水产动物疾病学", "水环境化学")),
    "fire": ("安全科学与工程", "工学", ("燃烧学", "建筑防火", "消防工程概论")),
    "planning": ("城乡规划学", "工学", ("城市规划原理", "中外城市建设史", "城市道路与交通")),
    "rural_doctor": ("全科医学", "医学", ("内科学", "预防医学", "中医学基础")),
    "port": ("交通运输工程", "工学", ("物流学概论", "运输组织学", "仓储管理")),
    "coach": ("体育教育训练学", "教育学", ("运动训练学", "运动生理学", "体育保健学")),
}
CE_MODULES = (
    "Word 2007中文字处理",
    "Excel 2007中文电子表格",
    "PowerPoint 2007中文演示文稿",
    "Internet应用",
    "Windows 7操作系统",
    "AutoCAD 2008制图",
)


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("qualification_certificate")
    if v == "computer_exam":
        ctx._city = "kaifeng"  # the national computer exam was held up to 2017: a Kaifeng-audit document
    c = ctx.city()
    holder = ctx.name()
    subject, field_, courses = DISCIPLINES[ctx.profession()]
    univ = ctx.choice(ORGS[c]["university"])
    y = ctx.year()
    ds, colon = dstyle(ctx), ctx.pick("t53.colon")
    born = dt.date(ctx.rng.randint(1975, 1995), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    sex = ctx.choice("男女")
    no = serial(ctx.rng, "", ctx.choice((16, 18)))
    pages: list[Page] = []
    modules: list[str] | None = None
    kind = {
        "graduation": "graduation",
        "master_degree": "master_degree",
        "doctor_degree": "doctor_degree",
        "postgraduate_courses": "postgraduate_courses",
        "self_study_exam": "self_study_exam",
        "computer_exam": "computer_exam",
    }[v]
    issuer = univ
    issued: str

    if v in ("graduation", "master_degree", "doctor_degree"):
        land = v == "graduation" and ctx.chance(0.5)
        pg = kit.landscape() if land else kit.portrait()
        kit.border(pg, ctx.choice(("2", "3")), (120, 100, 60))
        head = {
            "graduation": "毕 业 证 书",
            "master_degree": "硕士学位证书",
            "doctor_degree": "博士学位证书",
        }[v]
        yy = kit.ctext(pg, ctx, 26 if land else 40, head, 28, True)
        pg.rect(pg.w / 2 - 14, yy + 4, pg.w / 2 + 14, yy + 40, 0.3, (160, 160, 160))
        yy += 50
        x = 40 if land else 28
        wdt = pg.w - 2 * x
        if v == "graduation":
            start = dt.date(y - 4, 9, 1)
            fin = dt.date(y, ctx.choice((6, 7)), ctx.rng.randint(20, 30))
            level = ctx.choice(("四年制本科", "四年制本科", "三年制专科"))
            if "专科" in level:
                start = dt.date(y - 3, 9, 1)
            s = (
                f"　　学生{holder}，性别{sex}，{born.year}年{born.month}月{born.day}日生，于{start.year}年{start.month}月至"
                f"{fin.year}年{fin.month}月在本校{subject}专业{level}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
            )
            issued = iso(fin)
            date_s = hanzi_date(fin) if ctx.chance(0.6) else fmt_date(fin, "cn")
            sig = ("校　长", ctx.name())
        else:
            deg = "硕士" if v == "master_degree" else "博士"
            s = (
                f"　　{holder}，{sex}，{born.year}年{born.month}月生。在{univ}{subject}学科完成了{deg}学位的课程学习和论文答辩，"
                f"成绩合格。根据《中华人民共和国学位条例》的规定，授予{field_}{deg}学位。"
            )
            if ctx.chance(0.5):
                issued = f"{y}-{ctx.choice((6, 12)):02d}"
                date_s = f"{y}年{int(issued[5:])}月"
            else:
                d = dt.date(y, ctx.choice((6, 12)), ctx.rng.randint(10, 28))
                issued = iso(d)
                date_s = hanzi_date(d)
            sig = ("学位评定委员会主席", ctx.name())
        yy = pg.wrap(x, yy, wdt, s, 15, ctx.body, 2.1)
        pg.text(x, yy + 18, f"{sig[0]}{colon}", 13, ctx.body)
        kit.hand(pg, ctx, x + width_mm(sig[0] + colon, ctx.body, 13) + 2, yy + 16.5, sig[1], 17, (20, 20, 20))
        pg.text(pg.w - x, yy + 12, univ, 14, ctx.body, "r")
        pg.text(pg.w - x, yy + 22, date_s, 14, ctx.body, "r")
        kit.seal(pg, ctx, pg.w - x - 12, yy + 16, univ)
        pg.text(x, pg.h - 26, f"证书编号{colon}{no}", 10, ctx.body)
        if v == "graduation":
            pg.text(x, pg.h - 20, f"学信网查询：www.chsi.com.cn", 8.5, ctx.body, "l", GREY_)
        pages.append(pg)

    elif v == "postgraduate_courses":
        pg = kit.portrait()
        kit.border(pg, "1")
        yy = kit.ctext(pg, ctx, 36, "研究生课程进修班", 20, True)
        yy = kit.ctext(pg, ctx, yy, "结 业 证 书", 28, True)
        start = dt.date(y - 2, 9, 1)
        fin = dt.date(y, ctx.choice((6, 7, 12)), ctx.rng.randint(5, 28))
        modules = list(courses) + [ctx.choice(("科技论文写作", "科学社会主义理论与实践", "专业英语"))]
        s = (
            f"　　{holder}同志于{start.year}年{start.month}月至{fin.year}年{fin.month}月参加我校举办的{subject}专业研究生课程进修班学习，"
            f"修完规定的课程，成绩合格，准予结业。"
        )
        yy = pg.wrap(28, yy + 14, pg.w - 56, s, 14, ctx.body, 2.0)
        rows = [["课程名称", "学分", "成绩"]] + [
            [m, str(ctx.choice((2, 3))), str(ctx.rng.randint(75, 95))] for m in modules
        ]
        yy = pg.table(40, yy + 6, [70, 25, 35], rows, 10.5, ctx.body, 9)
        issuer = univ
        issued = iso(fin)
        pg.text(pg.w - 30, yy + 18, univ, 14, ctx.body, "r")
        pg.text(pg.w - 30, yy + 28, fmt_date(fin, ds), 14, ctx.body, "r")
        kit.seal(pg, ctx, pg.w - 50, yy + 22, univ)
        pages.append(pg)

    elif v == "self_study_exam":
        issuer = ORGS[c]["exam"][0]
        pg = kit.landscape()
        kit.border(pg, "2", (40, 90, 150))
        yy = kit.ctext(pg, ctx, 22, "高等教育自学考试", 18, True)
        yy = kit.ctext(pg, ctx, yy, "单科合格证书", 26, True)
        n = ctx.choice((1, 1, 2, 3))
        modules = list(ctx.rng.sample(courses, n))
        sit = f"{y}年{ctx.choice((4, 10))}月"
        pairs = [("姓　　名", holder), ("准考证号", serial(ctx.rng, "0", 11)), ("专　　业", subject)]
        yy = kit.kv(pg, ctx, 45, yy + 8, pairs, 13, colon, 28, 2.0)
        rows = [["课程代码", "课程名称", "成绩", "考试时间"]]
        for m in modules:
            rows.append([f"{ctx.rng.randint(1000, 9999):05d}", m, str(ctx.rng.randint(60, 92)), sit])
        yy = pg.table(45, yy + 2, [30, 75, 25, 45], rows, 11, ctx.body, 9.5)
        d = dt.date(y, 12 if "10" in sit else 6, ctx.rng.randint(1, 28))
        issued = iso(d)
        pg.text(pg.w - 45, yy + 16, issuer, 13, ctx.body, "r")
        pg.text(pg.w - 45, yy + 25, fmt_date(d, ds), 13, ctx.body, "r")
        kit.seal(pg, ctx, pg.w - 75, yy + 20, issuer)
        pg.text(
            45,
            pg.h - 22,
            "本证书是考生取得课程合格成绩的凭证，请妥善保管，遗失不补。",
            9,
            ctx.body,
            "l",
            GREY_,
        )
        pages.append(pg)

    else:  # computer_exam
        issuer = "河南省人力资源和社会保障厅"
        pg = kit.portrait()
        kit.border(pg, "2", (30, 100, 70))
        yy = kit.ctext(pg, ctx, 32, "全国专业技术人员", 17, True)
        yy = kit.ctext(pg, ctx, yy, "计算机应用能力考试", 20, True)
        yy = kit.ctext(pg, ctx, yy + 1, "合 格 证 书", 26, True)
        n = ctx.choice((1, 2, 2, 3))
        modules = list(ctx.rng.sample(CE_MODULES, n))
        pairs = [
            ("姓　　名", holder),
            ("性　　别", sex),
            ("证件号码", f"41{ctx.rng.randint(1000, 9999)}{born.year}********"),
        ]
        yy = kit.kv(pg, ctx, 32, yy + 14, pairs, 13, colon, 28, 2.1)
        rows = [["考试科目（模块）", "考试日期", "成绩"]]
        for m in modules:
            d = ctx.date(y, 1, 5)
            rows.append([m, fmt_date(d, "dot0"), "合格"])
        yy = pg.table(32, yy + 2, [80, 40, 26], rows, 11, ctx.body, 10)
        d = ctx.date(y, 6, 12)
        issued = iso(d)
        pg.text(pg.w - 30, yy + 22, issuer, 13, ctx.body, "r")
        pg.text(pg.w - 30, yy + 31, fmt_date(d, ds), 13, ctx.body, "r")
        kit.seal(pg, ctx, pg.w - 60, yy + 26, issuer)
        pg.text(32, pg.h - 24, f"管理号{colon}{no}", 9.5, ctx.body)
        pages.append(pg)
    kit.noise(pages[0], ctx, ctx.pick("t53.noise"), "复印件与原件一致")
    subj = None if v == "computer_exam" else subject
    fields = {
        "holder": holder,
        "issuer": issuer,
        "issued_on": issued,
        "qualification": {"kind": kind, "subject": subj, "modules": modules},
    }
    scored = ["holder", "issuer", "issued_on", "qualification.kind"]
    scored += ["qualification.subject"] if subj else []
    scored += ["qualification.modules"] if modules else []
    return make(ctx, "qualification_certificate", v, pages, fields, scored, holder, int(issued[:4]))


# ---- other ---------------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("other")
    c = ctx.city()
    holder = ctx.name()
    y = ctx.year()
    d = ctx.date(y)
    ds, colon = dstyle(ctx), ctx.pick("t53.colon")
    prof = ctx.prof()
    unit = unit_of(ctx)
    pg = kit.portrait()
    issuer: str
    if v == "appointment":
        issuer = ctx.choice(prof["orgs"][c])
        kit.border(pg, "3")
        yy = kit.ctext(pg, ctx, 48, "聘　书", 34, True, RED)
        s = (
            f"　　兹聘请{holder}同志为{issuer}{ctx.choice(('继续教育兼职教师', '技术专家委员会委员', '培训基地实训指导教师'))}，"
            f"聘期{ctx.choice(('三', '两'))}年。"
        )
        yy = pg.wrap(30, yy + 30, pg.w - 60, s, 17, ctx.body, 2.1)
        date_s = hanzi_date(d)
        pg.text(pg.w - 32, yy + 30, issuer, 15, ctx.body, "r")
        pg.text(pg.w - 32, yy + 41, date_s, 15, ctx.body, "r")
        kit.seal(pg, ctx, pg.w - 55, yy + 36, issuer)
    elif v == "assessment_form":
        issuer = unit
        yy = kit.ctext(pg, ctx, 22, f"专业技术人员{y}年度考核登记表", 16, True)
        pg.text(18, yy, f"单位（盖章）{colon}{unit}", 10, ctx.body)
        yy += 7
        rows = [
            [
                "姓名",
                holder,
                "性别",
                ctx.choice("男女"),
                "出生年月",
                f"{ctx.rng.randint(1970, 1994)}.{ctx.rng.randint(1, 12):02d}",
            ],
            [
                "工作单位",
                unit.replace(CITY[c], ""),
                "职称",
                ctx.choice(("工程师", "主治医师", "一级教师", "助理研究员")),
                "从事专业",
                prof["job"],
            ],
        ]
        yy = pg.table(18, yy + 4, [22, 44, 16, 28, 24, 40], rows, 9.5, ctx.body, 11)
        pg.rect(18, yy, 192, yy + 90, 0.3)
        pg.text(21, yy + 3, "本人述职：", 10, ctx.bold)
        txt = (
            f"本年度认真履行岗位职责，参加{ctx.choice(prof['trainings'])}等继续教育学习，"
            f"完成专业技术工作任务，遵守各项规章制度。"
        )
        kit.hand(pg, ctx, 24, yy + 12, txt[:22], 12)
        kit.hand(pg, ctx, 24, yy + 21, txt[22:44], 12)
        kit.hand(pg, ctx, 24, yy + 30, txt[44:], 12)
        yy += 90
        pg.rect(18, yy, 192, yy + 40, 0.3)
        pg.text(21, yy + 3, f"考核等次{colon}", 10, ctx.bold)
        kit.hand(pg, ctx, 46, yy + 2, ctx.choice(("优秀", "合格", "称职")), 14)
        pg.text(150, yy + 28, fmt_date(d, ds), 10.5, ctx.body)
        kit.seal(pg, ctx, 160, yy + 22, issuer, 17)
    elif v == "fee_receipt":
        issuer = ctx.choice(prof["orgs"][c])
        pg = Page(210.0, 120.0)
        pg.rect(10, 10, 200, 110, 0.5, (150, 60, 60))
        pg.text(105, 14, f"{PROVINCE[c]}非税收入一般缴款书（收据）", 14, ctx.bold, "c", (150, 60, 60))
        pg.text(18, 26, f"开票日期{colon}{fmt_date(d, 'cn0')}", 10, ctx.body)
        pg.text(192, 26, f"No.{serial(ctx.rng, '', 10)}", 10, ctx.body, "r", (150, 60, 60))
        pg.text(18, 92, f"收款单位（章）{colon}{issuer}", 10, ctx.body)
        rows = [
            ["交款人", holder, "收款单位", issuer[-8:]],
            [
                "项目名称",
                f"{ctx.choice(prof['trainings'])[:12]}培训费",
                "金额（元）",
                f"{ctx.choice((380, 600, 800, 1200))}.00",
            ],
        ]
        pg.table(18, 34, [26, 66, 26, 56], rows, 9.5, ctx.body, 14)
        pg.text(18, 70, f"收款人{colon}", 10, ctx.body)
        kit.hand(pg, ctx, 34, 69, ctx.name(), 13)
        kit.seal(pg, ctx, 150, 80, issuer, 16)
    elif v == "ce_register":
        issuer = ORGS[c]["hr"][0]
        yy = kit.ctext(pg, ctx, 22, f"{CITY[c]}专业技术人员继续教育登记卡", 16, True)
        yy = kit.kv(
            pg,
            ctx,
            20,
            yy + 6,
            [("姓名", holder), ("单位", unit), ("年度", f"{y}年度")],
            11,
            colon,
            None,
            2.0,
        )
        rows = [["项目", "形式", "学时", "审核"]]
        for _ in range(ctx.rng.randint(3, 5)):
            rows.append(
                [
                    ctx.choice(prof["trainings"] + PUBLICS)[:16],
                    ctx.choice(("面授", "网络", "学术交流")),
                    str(ctx.choice((6, 8, 12, 16, 24))),
                    "已审",
                ]
            )
        yy = pg.table(20, yy + 4, [90, 30, 25, 25], rows, 9.5, ctx.body, 9)
        pg.text(pg.w - 25, yy + 6, f"登记机构{colon}{issuer}", 11, ctx.body, "r")
        pg.text(pg.w - 25, yy + 14, f"审核日期{colon}{fmt_date(d, ds)}", 11, ctx.body, "r")
        kit.seal(pg, ctx, pg.w - 50, yy + 10, issuer, 17)
    elif v == "member_card":
        issuer = ctx.choice(prof["orgs"][c])
        pg = Page(150.0, 95.0, bg=(236, 242, 250))
        pg.rect(0, 0, 150, 16, 0.0, (30, 70, 140), (30, 70, 140))
        pg.text(
            75,
            4,
            f"{issuer}会员证",
            kit.fit(f"{issuer}会员证", ctx.bold, 13, 140),
            ctx.bold,
            "c",
            (255, 255, 255),
        )
        pg.rect(10, 24, 36, 58, 0.3, (150, 150, 150))
        kit.kv(
            pg,
            ctx,
            44,
            24,
            [("姓　名", holder), ("会员号", serial(ctx.rng, "HY", 6)), ("入会日期", fmt_date(d, "dot0"))],
            10,
            colon,
            None,
            2.2,
        )
        pg.text(
            75,
            82,
            f"发证单位{colon}{issuer}",
            kit.fit(f"发证单位{colon}{issuer}", ctx.body, 8.5, 100),
            ctx.body,
            "c",
        )
        kit.seal(pg, ctx, 118, 66, issuer, 14)
    else:  # expert_letter
        issuer = ctx.choice(ORGS[c]["hr"])
        yy = kit.ctext(pg, ctx, 40, "入库通知书", 24, True)
        s = (
            f"　　{holder}同志：\n　　经单位推荐、资格审核，您已入选{CITY[c]}专业技术人员继续教育师资库"
            f"（{prof['job']}类），有效期至{y + 3}年12月31日。"
        )
        for part in s.split("\n"):
            yy = pg.wrap(28, yy + 10, pg.w - 56, part, 14, ctx.body, 2.0)
        pg.text(pg.w - 30, yy + 26, issuer, 13, ctx.body, "r")
        pg.text(pg.w - 30, yy + 35, fmt_date(d, ds), 13, ctx.body, "r")
        kit.seal(pg, ctx, pg.w - 55, yy + 30, issuer)
    fields = {"holder": holder, "issuer": issuer, "issued_on": iso(d)}
    return make(ctx, "other", v, [pg], fields, [], holder, y)
