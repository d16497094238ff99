"""Draw 58's certificates and sheets: training certificates, sign-in sheets, training notices,
qualification certificates and other proofs, for Dezhou (2016-2018) and Yantai (2019-2021)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind58 import kit
from bench.blind58.kit import ds, finish, fit, iso, lh, para, person, signoff, span
from bench.blind58.pools import (
    CITY,
    HRSS,
    PROV_HRSS,
    UNIVERSITIES,
    WENHAO,
    Ctx,
    Prof,
    auth,
    county,
    names,
    prof,
    unit,
)  # fmt: skip

PUBLIC_TOPICS = {
    2016: ("专业技术人员创新能力建设", "专业技术人员职业道德与诚信建设"),
    2017: ("信息化能力建设与网络安全", "专业技术人员职业道德与诚信建设"),
    2018: ("专业技术人员创新创业能力建设", "大数据时代的互联网信息安全"),
    2019: ("习近平新时代中国特色社会主义思想", "专业技术人员职业道德和能力建设"),
    2020: ("我省八大发展战略", "疫情防控与公共卫生安全"),
    2021: ("中国共产党百年历史", "知识产权保护与运用"),
}
TITLES_PRO = ("中级", "高级", "助理", "副高级", "初级")
JOBS = (
    "工程师",
    "高级工程师",
    "助理工程师",
    "技术员",
    "主管技师",
    "主管药师",
    "一级教师",
    "高级教师",
    "馆员",
    "副研究馆员",
    "农艺师",
    "高级农艺师",
    "治疗师",
    "主管治疗师",
)
ID_PREFIX = {"dz": "3714", "yt": "3706"}


def _id(ctx: Ctx) -> str:
    y = ctx.rng.randint(1965, 1994)
    return (
        f"{ID_PREFIX[ctx.city]}{ctx.rng.randint(2, 28):02d}{y}{ctx.rng.randint(1, 12):02d}{ctx.rng.randint(1, 28):02d}"
        f"{ctx.rng.randint(100, 999)}{ctx.rng.choice('0123456789X')}"
    )


def _training(ctx: Ctx, year: int, cat: str | None, p: Prof) -> tuple[str, str]:
    """(training title, its category line) for a category: public, professional, or none stated."""
    if cat == "public":
        topic = ctx.rng.choice(PUBLIC_TOPICS[year])
        return ctx.pick("tc.pub", (f"{year}年度{topic}", topic, f"{topic}专题培训")), "公需科目"
    course = ctx.rng.choice(p.courses)
    if cat == "professional":
        t = ctx.pick(
            "tc.pro", (f"{CITY[ctx.city]}{course}培训班", f"{year}年{course}高级研修班", f"{course}专题培训")
        )
        return t, ctx.pick("tc.proword", ("专业科目", "专业课"))
    return ctx.pick(
        "tc.none",
        (f"{course}研修班", f"{year}年{p.label}{course}培训", f"{course.removesuffix('技术')}技术交流会"),
    ), ""


def _issuer(ctx: Ctx, year: int, p: Prof) -> str:
    return ctx.rng.choice(
        (
            HRSS[ctx.city],
            auth(ctx, p.auth),
            auth(ctx, p.auth),
            f"{county(ctx, year)}人力资源和社会保障局",
            PROV_HRSS,
        )
    )


def _period(ctx: Ctx, year: int, days: tuple[int, int] = (1, 4)) -> tuple[dt.date, dt.date]:
    d1 = kit.day(ctx, year, 3, 10)
    return d1, kit.later(ctx, d1, days[0] - 1, days[1] - 1)


# ---- training certificates -------------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    var = kit.variant(ctx, "training_certificate")
    year = ctx.year()
    cat = ("public", "professional", None)[(k // 2 + ctx.offset) % 3]
    p = prof(ctx)
    title, catword = _training(ctx, year, cat, p)
    issuer = _issuer(ctx, year, p) if cat != "public" or var != "ecert" else ""
    who = names(ctx, 1)[0]
    work = unit(ctx, p)
    d1, d2 = _period(ctx, year)
    days = (d2 - d1).days + 1
    hours = ctx.rng.choice((8, 12, 16, 24, 30, 32, 40)) if cat != "public" else ctx.rng.choice((30, 20, 12))
    hours = min(hours, 8 * days) if var not in ("ecert", "credit") else hours
    issued = kit.later(ctx, d2, 0, 12)
    st = kit.date_style(ctx, "tc")
    fields: dict = {
        "holder": who,
        "title": title,
        "issuer": issuer,
        "issued_on": iso(issued),
        "period": {"start": iso(d1), "end": iso(d2)},
        "hours_stated": float(hours),
    }
    no = f"{'DZ' if ctx.city == 'dz' else 'YT'}{year}{ctx.rng.randint(10000, 99999)}"
    sz = 13.5
    if var == "jieye":
        pg = Page(297, 210)
        kit.border(pg, ctx, ctx.rng.choice((1, 2, 3)))
        y = kit.title_block(
            pg,
            ctx,
            ctx.pick(
                "tc.jieye.head", ("结业证书", "结 业 证 书", "培训结业证书", "专业技术人员继续教育|结业证书")
            ),
            30,
            30,
            color=(170, 30, 30),
        )
        pg.text(pg.w - 30, y, f"证书编号：{no}", 10, ctx.body, "r")
        y += 12
        cl = f"（{catword}）" if catword else ""
        s = (
            f"{who}同志（身份证号：{_id(ctx)}）于{span(d1, d2, st)}参加{issuer}举办的“{title}”{cl}学习，"
            f"完成规定课程，经考核合格，准予结业，共计{hours}学时。"
        )
        y = para(pg, 40, y, pg.w - 80, s, 15, ctx.body, 2.0)
        pg.text(40 + 30, y + 2, "特发此证。", 15, ctx.body)
        signoff(pg, ctx, [issuer, ds(issued, st)], 150, 14, stamp=issuer)
        pages = [pg]
    elif var == "xueshi":
        pg = Page()
        y = kit.title_block(
            pg, ctx, ctx.pick("tc.xs.head", ("学时证明", "继续教育学时证明", "培训证明")), 40, 24, spaced=True
        )
        y += 14
        cl = f"，属{catword}" if catword else ""
        s = (
            f"兹证明{who}同志（工作单位：{work}）于{span(d1, d2, st, short_end=True)}参加了由我单位组织的《{title}》"
            f"培训{cl}，培训期间遵守纪律，按时完成学习任务，考核合格，计{hours}学时。"
        )
        y = para(pg, 28, y, pg.w - 56, s, sz, ctx.body, 2.1)
        pg.text(28 + 9.5, y + 4, "特此证明。", sz, ctx.body)
        signoff(pg, ctx, [issuer, ds(issued, st)], y + 40, sz, stamp=issuer)
        pages = [pg]
    elif var == "ecert":
        pg = Page(297, 210)
        kit.border(pg, ctx, 4)
        platform = ctx.pick(
            "tc.platform",
            (
                "鲁东大学继续教育网上学习平台",
                "山东商务职业学院继续教育平台",
                "山东省专业技术人员继续教育网络学习平台",
            ),
        )
        if not issuer:
            issuer = {
                "鲁东大学继续教育网上学习平台": "鲁东大学",
                "山东商务职业学院继续教育平台": "山东商务职业学院",
            }.get(platform, PROV_HRSS)
            fields["issuer"] = issuer
        pg.text(20, 4, platform, 11, ctx.bold, "l", (30, 80, 140))
        head = "专业技术人员继续教育" + ("公需科目" if cat == "public" else "") + "合格证书"
        if cat == "professional":
            head = f"专业技术人员继续教育{catword}学习证明"
        y = kit.title_block(pg, ctx, head, 28, 24, color=(30, 60, 120))
        rows = [
            ("姓    名", who),
            ("身份证号", _id(ctx)),
            ("工作单位", work),
            ("学习项目", title),
            ("学习时间", span(d1, d2, "dash")),
            ("获得学时", f"{hours}学时"),
            ("考核结果", "合格"),
        ]
        y += 6
        for lab, val in rows:
            pg.text(48, y, f"{lab}：", 13, ctx.body)
            fit(pg, 82, y, val, 13, ctx.body, 140)
            y += 10.5
        kit.qr(pg, 225, 52, 34, ctx)
        pg.text(242, 90, "扫码验证证书真伪", 8.5, ctx.body, "c")
        pg.text(48, y + 4, f"证书编号：{no}{ctx.rng.randint(100, 999)}", 10, ctx.body)
        signoff(pg, ctx, [f"发证单位：{issuer}", f"发证日期：{ds(issued, 'dash')}"], 160, 12, stamp=issuer)
        fields["period"] = {"start": iso(d1), "end": iso(d2)}
        pages = [pg]
    elif var == "booklet":
        pg = Page(297, 210)
        pg.line(148.5, 8, 148.5, 202, 0.3, (160, 160, 160))
        kit.border(pg, ctx, 1)
        pg.text(74, 24, "山东省专业技术人员", 14, ctx.bold, "c")
        pg.text(74, 33, "继续教育证书", 22, ctx.bold, "c")
        pg.rect(56, 52, 92, 97, 0.4)
        pg.text(74, 72, "照片", 11, ctx.body, "c", (150, 150, 150))
        yy = 110
        for lab, val in (("姓名", who), ("单位", work), ("证号", no)):
            pg.text(30, yy, f"{lab}：", 12, ctx.body)
            fit(pg, 46, yy, val, 12, ctx.body, 95)
            yy += 11
        yy = 24
        pg.text(222, yy, "培 训 登 记", 16, ctx.bold, "c")
        yy += 16
        items = [
            ("培训项目", title),
            ("主办单位", issuer),
            ("培训时间", span(d1, d2, st)),
            ("学    时", f"{hours}学时"),
        ]
        if catword:
            items.insert(1, ("科目类别", catword))
        for lab, val in items + [("考核结果", "合格")]:
            pg.text(160, yy, f"{lab}：", 12, ctx.body)
            yy = pg.wrap(186, yy, 100, val, 12, ctx.body, 1.5) + 4
        signoff(pg, ctx, ["登记单位（盖章）", ds(issued, st)], yy + 14, 12, xr=pg.w - 22, stamp=issuer)
        pages = [pg]
    elif var == "course_table":
        pg = Page()
        kit.border(pg, ctx, 1)
        y = kit.title_block(pg, ctx, ctx.pick("tc.ct.head", ("培训合格证书", "继续教育培训证书")), 30, 24)
        y += 6
        for lab, val in (("姓名", who), ("单位", work), ("培训项目", title), ("培训时间", span(d1, d2, st))):
            fit(pg, 28, y, f"{lab}：{val}", 12.5, ctx.body, pg.w - 56)
            y += 9
        n = ctx.rng.randint(3, 5)
        courses = list(
            dict.fromkeys(
                ctx.rng.sample(p.courses, min(3, len(p.courses)))
                + [f"{title[:8]}案例研讨", "现场教学与考察", "结业考核"]
            )
        )[:n]
        split = [hours // n] * n
        split[-1] += hours - sum(split)
        mixed = cat is None and ctx.rng.random() < 0.6
        rows = [["序号", "课程名称", "课程类别", "学时", "考核结果"]]
        for i, c in enumerate(courses):
            cw = ("公需科目" if i == 0 else "专业科目") if mixed else (catword or "—")
            rows.append([str(i + 1), c, cw, str(split[i]), ctx.rng.choice(("合格", "合格", "良好", "优秀"))])
        rows.append(["", "合  计", "", f"{hours}学时", ""])
        y = pg.table(22, y + 4, [14, 76, 32, 20, 24], rows, 11, ctx.body, 10, header_font=ctx.bold)
        if mixed:
            cat = None
        signoff(pg, ctx, [issuer, ds(issued, st)], y + 26, 13, stamp=issuer)
        pages = [pg]
    else:  # credit: hours given as 学分 with the conversion printed
        pg = Page(260, 185)
        kit.border(pg, ctx, 2)
        credits = ctx.rng.choice((1, 2, 3))
        hours = credits * 10
        fields["hours_stated"] = float(hours)
        y = kit.title_block(pg, ctx, "继续教育证书", 26, 26, spaced=True)
        pg.text(pg.w - 26, y, f"No.{no}", 10, ctx.body, "r")
        y += 10
        cl = f"{catword}" if catword else "继续教育"
        s = (
            f"{who}：您于{span(d1, d2, st)}参加“{title}”学习，成绩合格，获得{cl}学分{credits}分"
            f"（1学分折合10学时，计{hours}学时）。"
        )
        y = para(pg, 32, y, pg.w - 64, s, 14, ctx.body, 2.0)
        signoff(pg, ctx, [issuer, ds(issued, st)], max(y + 20, 130), 13, stamp=issuer)
        pages = [pg]
    return finish(ctx, "training_certificate", var, pages, fields, who, year, cat)


# ---- sign-in sheets ---------------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    var = kit.variant(ctx, "sign_in_sheet")
    year = ctx.year()
    cat = ctx.rng.choice(("professional", None, None))
    p = prof(ctx)
    title, catword = _training(ctx, year, cat, p)
    if cat == "professional" and ctx.rng.random() < 0.5:
        cat, catword = None, ""
    issuer = _issuer(ctx, year, p)
    d = kit.day(ctx, year, 3, 11)
    st = kit.date_style(ctx, "sign", ("cn", "cn0", "dot", "dash"))
    n = ctx.rng.randint(9, 16) if var != "twocol" else ctx.rng.randint(14, 24)
    people = names(ctx, n)
    units = [
        unit(ctx, p)
        if ctx.rng.random() < 0.6
        else f"{county(ctx, year)}{ctx.rng.choice(('技术服务中心', '检验检测中心', '职业中等专业学校', '经济开发区管委会'))}"
        for _ in people
    ]
    jobs = [ctx.rng.choice(JOBS) for _ in people]
    head = ctx.pick("sign.head", ("签到表", "签 到 表", "参训人员签到表", "学员签到表"))
    place = ctx.pick(
        "sign.place",
        (
            f"{CITY[ctx.city]}会议中心三楼报告厅",
            f"{unit(ctx, p)}培训室",
            f"{CITY[ctx.city]}行政审批服务大厅二楼会议室",
            "线下教学点（一）",
        ),
    )
    pages: list[Page] = []
    pg = Page()
    y = 18.0
    fit(pg, pg.w / 2, y, title, 16, ctx.bold, pg.w - 30, "c")
    y += 9
    pg.text(pg.w / 2, y, head, 20 if var != "booklet" else 24, ctx.bold, "c")
    y += 12
    info = [f"主办单位：{issuer}", f"时间：{ds(d, st)}", f"地点：{place}"]
    if catword:
        info.append(f"类别：{catword}")
    for s in info:
        fit(pg, 18, y, s, 11, ctx.body, pg.w - 36)
        y += 7
    y += 2
    hand = ctx.hand

    def signature(name: str) -> str:
        return name

    if var in ("plain", "meeting", "booklet"):
        wide = var == "meeting"
        hdr = (
            ["序号", "姓名", "单位", "职称", "签名"]
            if not wide
            else ["序号", "姓名", "工作单位", "职称", "手机号码", "签名"]
        )
        ws = [14, 26, 66, 30, 38] if not wide else [12, 22, 52, 26, 30, 32]
        per = n if var != "booklet" else (n + 1) // 2
        rows = [hdr]
        for i, nm in enumerate(people[:per]):
            r = [str(i + 1), nm, units[i], jobs[i]]
            if wide:
                r.append(f"1{ctx.rng.choice('35789')}{ctx.rng.randint(100000000, 999999999)}")
            rows.append(r + [""])
        blanks = ctx.rng.randint(1, 3) if var != "booklet" else 0
        rows += [[str(per + j + 1)] + [""] * (len(hdr) - 1) for j in range(blanks)]
        top = y
        y = pg.table(15, top, ws, rows, 9.5, ctx.body, 11, header_font=ctx.bold)
        sx = 15 + sum(ws[:-1])
        for i, nm in enumerate(people[:per]):
            size = 15 if not wide or len(nm) < 4 else 17  # long signatures spill over the cell border
            pg.text(sx + 3 + ctx.rng.uniform(0, 4), top + 11 * (i + 1) + 1.5, signature(nm), size, hand)
        pages.append(pg)
        if var == "booklet":
            pg2 = Page()
            pg2.text(pg2.w / 2, 16, f"{head}（续）", 14, ctx.bold, "c")
            rows = [hdr] + [
                [str(per + i + 1), nm, units[per + i], jobs[per + i], ""] for i, nm in enumerate(people[per:])
            ]
            rows += [[str(n + j + 1), "", "", "", ""] for j in range(ctx.rng.randint(2, 5))]
            top = 28
            pg2.table(15, top, ws, rows, 9.5, ctx.body, 11, header_font=ctx.bold)
            for i, nm in enumerate(people[per:]):
                pg2.text(sx + 3 + ctx.rng.uniform(0, 4), top + 11 * (i + 1) + 1.5, signature(nm), 15, hand)
            pg2.text(pg2.w / 2, pg2.h - 14, "第 2 页", 9, ctx.body, "c")
            pages.append(pg2)
    elif var == "twocol":
        half = (n + 1) // 2
        ws = [11, 27, 50]
        for col, x0 in ((0, 14), (1, 14 + sum(ws) + 6)):
            chunk = people[col * half : (col + 1) * half]
            rows = [["序号", "单位", "签名"]] + [
                [str(col * half + i + 1), units[col * half + i], ""] for i in range(len(chunk))
            ]
            pg.table(x0, y, ws, rows, 9, ctx.body, 10.5, header_font=ctx.bold)
            for i, nm in enumerate(chunk):
                pg.text(x0 + ws[0] + ws[1] + 4, y + 10.5 * (i + 1) + 1.2, nm, 14, hand)
        pages.append(pg)
    elif var == "sessions":
        ws = [13, 26, 62, 36, 36]
        rows = [["序号", "姓名", "单位", "上午签到", "下午签到"]]
        rows += [[str(i + 1), nm, units[i], "", ""] for i, nm in enumerate(people)]
        top = y
        y = pg.table(15, top, ws, rows, 9.5, ctx.body, 11, header_font=ctx.bold)
        for i, nm in enumerate(people):
            for s, x in ((0, 15 + 101), (1, 15 + 137)):
                if s == 1 and ctx.rng.random() < 0.2:
                    continue
                pg.text(x + 4 + ctx.rng.uniform(0, 5), top + 11 * (i + 1) + 1.5, nm, 14, hand)
        pg.text(18, y + 6, "上午 8:30—11:30    下午 14:00—17:00", 10, ctx.body)
        pages.append(pg)
    else:  # hand_only: only the signatures name the attendees
        ws = [14, 70, 44, 50]
        rows = [["序号", "单位", "姓名（签字）", "联系电话"]]
        rows += [[str(i + 1), units[i], "", ""] for i in range(n)] + [[str(n + 1), "", "", ""]]
        top = y
        pg.table(15, top, ws, rows, 9.5, ctx.body, 11.5, header_font=ctx.bold)
        for i, nm in enumerate(people):
            pg.text(15 + 84 + 6 + ctx.rng.uniform(0, 6), top + 11.5 * (i + 1) + 1.8, nm, 15, hand)
            pg.text(
                15 + 128 + 4,
                top + 11.5 * (i + 1) + 2.5,
                f"13{ctx.rng.randint(100000000, 999999999)}",
                11,
                hand,
            )
        pages.append(pg)
    fields = {
        "title": title,
        "issuer": issuer,
        "period": {"start": iso(d), "end": iso(d)},
        "people": [person(nm, i + 1, "attendee") for i, nm in enumerate(people)],
    }
    who = ctx.rng.choice(people)
    return finish(ctx, "sign_in_sheet", var, pages, fields, who, year, cat)


# ---- training notices -------------------------------------------------------------------------------
def _wenhao(ctx: Ctx, issuer: str, year: int) -> str:
    pre = (
        WENHAO[ctx.city]
        if "人力资源" in issuer
        else ("德" if ctx.city == "dz" else "烟") + ctx.rng.choice(("科字", "发", "函"))
    )
    return f"{pre}〔{year}〕{ctx.rng.randint(3, 96)}号"


def training_notice(ctx: Ctx, k: int) -> Doc:
    var = kit.variant(ctx, "training_notice")
    year = ctx.year()
    p = prof(ctx)
    cat = ctx.rng.choice(("professional", "public", None)) if var != "online" else "public"
    title, catword = _training(ctx, year, cat, p)
    if cat == "public" and var != "online":
        topic = title.replace(f"{year}年度", "").removesuffix("专题培训").removeprefix("专业技术人员")
        title = f"{year}年度专业技术人员{topic}专题培训班"
    issuer = ctx.rng.choice((HRSS[ctx.city], auth(ctx, p.auth))) if var != "online" else HRSS[ctx.city]
    d1, d2 = _period(ctx, year, (2, 5))
    if var == "online":
        d1 = kit.day(ctx, year, 3, 6)
        d2 = dt.date(year, ctx.rng.choice((10, 11, 12)), ctx.rng.randint(1, 30))
    issued = d1 - dt.timedelta(days=ctx.rng.randint(6, 25))
    hours = ctx.rng.choice((16, 24, 30, 32)) if var != "online" else 30
    st = kit.date_style(ctx, "notice", ("cn", "cn0", "han"))
    sz = 12.5
    W = 210 - 50
    holder = None
    people: list[str] = []
    pages: list[Page] = []
    pg = Page()
    y = 24.0
    if var in ("wenhao", "roster", "online"):
        pg.text(pg.w / 2, y, f"{issuer}文件", 24, ctx.bold, "c", (200, 20, 20))
        y += 16
        pg.text(pg.w / 2, y, _wenhao(ctx, issuer, year), 12, ctx.body, "c")
        y += 8
        pg.line(22, y, pg.w - 22, y, 1.2, (200, 20, 20))
        y += 10
    if var == "invite":
        y = kit.title_block(pg, ctx, "邀 请 函", y + 6, 26)
        holder = names(ctx, 1)[0]
        people = []
        y += 6
        pg.text(
            25,
            y,
            f"尊敬的{holder}{ctx.pick('inv.hon', ('老师', '同志', '专家', '女士/先生'))}：",
            sz,
            ctx.body,
        )
        y += lh(sz, 2.0)
        body = [
            f"为推动{p.label}知识更新，{issuer}定于{span(d1, d2, st)}举办“{title}”，诚邀您拨冗参加。",
            f"培训地点：{CITY[ctx.city]}{ctx.rng.choice(('国际会展中心', '干部培训中心', '宾馆会议楼'))}。",
            f"培训结束颁发培训证书，登记继续教育学时{hours}学时。"
            + (f"本次培训属{catword}。" if catword else ""),
            "请于开班前三日回复参会回执。",
        ]
        for s in body:
            y = para(pg, 25, y, W, s, sz, ctx.body, 1.9) + 2
        signoff(pg, ctx, [issuer, ds(issued, st)], y + 20, sz, stamp=issuer)
        pages.append(pg)
    else:
        head = f"关于举办{title}的通知" if var != "roster" else f"关于{title}参训人员名单的通知"
        if var == "online":
            head = f"关于组织开展{year}年度公需科目网络学习的通知"
        for ln in _split_title(head, 22, ctx.bold):
            pg.text(pg.w / 2, y, ln, 17, ctx.bold, "c")
            y += 9
        y += 4
        pg.text(
            25,
            y,
            ctx.pick(
                "notice.to",
                (
                    "各县市区人力资源社会保障局，市直有关单位：",
                    "各有关单位：",
                    "各区市人力资源社会保障局，市直各部门（单位）：",
                ),
            ),
            sz,
            ctx.body,
        )
        y += lh(sz, 2.0)
        if var == "online":
            paras = [
                f"根据省人力资源社会保障厅有关要求，现将{year}年度专业技术人员公需科目学习有关事项通知如下：",
                f"一、学习内容：“{title}”专题系列课程。",
                f"二、学习时间：{span(d1, d2, st)}。",
                f"三、学习方式：登录继续教育网上学习平台注册学习，学习结束并通过考试取得合格证书，记{hours}学时公需科目学时。",
                "四、请各单位于学习开始前将报名人员汇总表（附件）报送我局。",
            ]
        else:
            paras = [
                f"为提高{p.label}业务水平，经研究，决定举办{title}。现将有关事项通知如下：",
                f"一、培训时间：{span(d1, d2, st)}，{ctx.rng.choice(('会期', '共', '为期'))}{(d2 - d1).days + 1}天。",
                f"二、培训地点：{CITY[ctx.city]}{ctx.rng.choice(('职业技能公共实训基地', '干部培训中心', '会议中心'))}。",
                f"三、培训对象：各单位从事{p.label.replace('人员', '')}工作的专业技术人员。",
                f"四、培训内容：{'、'.join(p.courses[:2])}等。",
                f"五、培训考核合格者，由主办单位颁发证书，记{hours}学时"
                + (f"{catword}学时。" if catword else "。"),
            ]
            if var == "roster":
                paras[0] = (
                    f"经各单位推荐、审核，现将参加{title}的人员名单予以公布（见附件），请通知本人按时参加。"
                )
        for s in paras:
            y = para(pg, 25, y, W, s, sz, ctx.body, 1.9)
        y += 4
        y = para(
            pg,
            25,
            y,
            W,
            f"联系人：{names(ctx, 1)[0]}，联系电话：{'0534' if ctx.city == 'dz' else '0535'}-"
            f"{ctx.rng.randint(2000000, 8999999)}",
            sz,
            ctx.body,
            1.9,
        )
        if var != "schedule":
            pg.text(25, y + 2, f"附件：{'参训人员名单' if var != 'huizhi' else '报名回执'}", sz, ctx.body)
        signoff(pg, ctx, [issuer, ds(issued, st)], y + 24, sz, stamp=issuer)
        pages.append(pg)
        pg2 = Page()
        y = 24
        if var == "schedule":
            pg2.text(22, y, "附件1", 12, ctx.bold)
            pg2.text(pg2.w / 2, y + 10, "培训日程安排", 16, ctx.bold, "c")
            rows = [["日期", "时间", "内容", "主讲人"]]
            d = d1
            lecturers = names(ctx, 3)
            while d <= d2:
                for half, t in (("上午", "8:30-11:30"), ("下午", "14:00-17:00")):
                    rows.append(
                        [
                            f"{d.month}月{d.day}日{half}",
                            t,
                            ctx.rng.choice(p.courses),
                            ctx.rng.choice(lecturers) + ctx.rng.choice(("教授", "研究员", "高工")),
                        ]
                    )
                d += dt.timedelta(days=1)
            y = pg2.table(18, y + 22, [34, 28, 80, 32], rows, 10, ctx.body, 10, header_font=ctx.bold) + 12
            pg2.text(22, y, "附件2", 12, ctx.bold)
            y += 10
        if var in ("schedule", "huizhi"):
            pg2.text(pg2.w / 2, y, "报 名 回 执", 16, ctx.bold, "c")
            people = names(ctx, ctx.rng.randint(1, 4))
            rows = [["姓名", "性别", "单位", "职称", "联系电话"]]
            rows += [[""] * 5 for _ in range(len(people) + 2)]
            top = y + 12
            pg2.table(18, top, [26, 16, 70, 30, 32], rows, 10, ctx.body, 11, header_font=ctx.bold)
            for i, nm in enumerate(people):
                r = top + 11 * (i + 1) + 2
                pg2.text(22, r, nm, 13, ctx.hand)
                pg2.text(18 + 26 + 5, r, ctx.rng.choice("男女"), 13, ctx.hand)
                fit(pg2, 18 + 42 + 2, r, unit(ctx, p), 11, ctx.hand, 66)
                pg2.text(18 + 112 + 2, r, ctx.rng.choice(JOBS)[:5], 11, ctx.hand)
            pg2.text(
                22, top + 11 * (len(people) + 3) + 6, "（请于开班前5日将回执报送至联系人邮箱）", 10, ctx.body
            )
        else:
            pg2.text(22, y, "附件", 12, ctx.bold)
            pg2.text(
                pg2.w / 2, y + 10, "参训人员名单" if var != "online" else "报名人员汇总表", 16, ctx.bold, "c"
            )
            people = names(ctx, ctx.rng.randint(5, 14))
            rows = [["序号", "姓名", "工作单位", "职称"]]
            rows += [[str(i + 1), nm, unit(ctx, p), ctx.rng.choice(JOBS)] for i, nm in enumerate(people)]
            pg2.table(20, y + 22, [16, 30, 92, 32], rows, 10, ctx.body, 9.5, header_font=ctx.bold)
        pages.append(pg2)
    fields = {
        "holder": holder,
        "title": title,
        "issuer": issuer,
        "issued_on": iso(issued),
        "period": {"start": iso(d1), "end": iso(d2)},
        "hours_stated": float(hours),
        "people": [person(nm, i + 1, "attendee") for i, nm in enumerate(people)],
    }
    who = holder or ctx.rng.choice(people)
    return finish(ctx, "training_notice", var, pages, fields, who, year, cat)


def _split_title(s: str, n: int, font: str) -> list[str]:
    if len(s) <= n:
        return [s]
    cut = len(s) // 2 + 1
    return [s[:cut], s[cut:]]


# ---- qualification certificates ----------------------------------------------------------------------
COMPUTER_MODULES = (
    "Windows XP操作系统",
    "Word 2007中文字处理",
    "Excel 2007中文电子表格",
    "PowerPoint 2007中文演示文稿",
    "Internet应用",
    "AutoCAD 2008制图软件",
)
PG_COURSES = (
    "高等工程数学",
    "数值分析",
    "科技论文写作",
    "现代测试技术",
    "工程伦理",
    "专业英语",
    "试验设计与数据处理",
)
SELF_COURSES = (
    "管理学原理",
    "档案管理学",
    "中国档案史",
    "科技档案管理学",
    "档案文献编纂学",
    "秘书学概论",
    "文书学",
)


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    var = kit.variant(ctx, "qualification_certificate")
    if var == "computer":
        ctx.city = "dz"  # the national computer test for titles ended in Shandong before 2019
    year = ctx.year()
    p = prof(ctx)
    who = names(ctx, 1)[0]
    uni = ctx.rng.choice(UNIVERSITIES[ctx.city])
    st = kit.date_style(ctx, "qual", ("cn", "han", "cn0"))
    sex = ctx.rng.choice("男女")
    born = f"{ctx.rng.randint(1976, 1993)}年{ctx.rng.randint(1, 12)}月{ctx.rng.randint(1, 28)}日"
    modules = None
    subject: str | None = p.major
    pg = Page(297, 210)
    kit.border(pg, ctx, ctx.rng.choice((1, 2)))
    no = "".join(str(ctx.rng.randint(0, 9)) for _ in range(18))
    issued: str
    if var in ("diploma", "master", "doctor"):
        d = dt.date(year, ctx.rng.choice((6, 6, 7, 12)), ctx.rng.choice((20, 25, 28, 30)))
        month_only = var != "diploma" and ctx.rng.random() < 0.4
        date_s = kit.ms(year, d.month, "han" if st == "han" else "cn") if month_only else ds(d, st)
        issued = f"{year}-{d.month:02d}" if month_only else iso(d)
        kind = {"diploma": "graduation", "master": "master_degree", "doctor": "doctor_degree"}[var]
        head = {"diploma": "毕 业 证 书", "master": "硕士学位证书", "doctor": "博士学位证书"}[var]
        y = kit.title_block(pg, ctx, head, 30, 28, color=(150, 30, 30))
        pg.rect(40, 62, 72, 102, 0.4)
        pg.text(56, 80, "照片", 10, ctx.body, "c", (150, 150, 150))
        if var == "diploma":
            s = (
                f"学生{who}，性别{sex}，{born}生，于{year - 3}年9月至{year}年{d.month}月在本校{subject}专业"
                f"{ctx.rng.choice(('在职', '函授', '业余'))}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
            )
            lines_after = [f"校（院）长：{names(ctx, 1)[0]}"]
        else:
            deg = "硕士" if var == "master" else "博士"
            field_ = ctx.rng.choice(("工学", "农学", "医学", "理学", "教育学", "管理学"))
            s = (
                f"{who}，{sex}，{born}生。在{subject}学科（专业）已通过{deg}学位的课程考试和论文答辩，成绩合格。"
                f"根据《中华人民共和国学位条例》的规定，授予{field_}{deg}学位。"
            )
            lines_after = [f"{uni}学位评定委员会", f"主席：{names(ctx, 1)[0]}"]
        y = para(pg, 84, 66, pg.w - 120, s, 14, ctx.body, 2.0)
        yy = max(y + 10, 130)
        for s2 in lines_after:
            pg.text(pg.w - 40, yy, s2, 12, ctx.body, "r")
            yy += 8
        signoff(pg, ctx, [uni, date_s], yy + 6, 13, xr=pg.w - 40, stamp=uni)
        pg.text(40, pg.h - 26, f"证书编号：{no}", 10, ctx.body)
        issuer = uni
    elif var == "courses":
        kind = "postgraduate_courses"
        modules = ctx.rng.sample(PG_COURSES, ctx.rng.randint(4, 6))
        d1 = dt.date(year - 1, 9, 1)
        d = dt.date(year, ctx.rng.choice((6, 7)), ctx.rng.randint(1, 28))
        issued = iso(d)
        y = kit.title_block(pg, ctx, "研究生课程进修班|结业证书", 24, 24)
        s = (
            f"{who}同志于{year - 1}年9月至{year}年{d.month}月参加我校{subject}专业研究生课程进修班学习，"
            f"修完下列课程，考试成绩合格，准予结业。"
        )
        y = para(pg, 34, y + 4, pg.w - 68, s, 13, ctx.body, 1.9)
        rows = [["课程名称", "学分", "成绩"]] + [
            [m, str(ctx.rng.choice((2, 3))), str(ctx.rng.randint(72, 95))] for m in modules
        ]
        y = pg.table(60, y + 2, [90, 30, 30], rows, 10.5, ctx.body, 8.5, header_font=ctx.bold)
        signoff(pg, ctx, [f"{uni}研究生院", ds(d, st)], y + 8, 12, xr=pg.w - 34, stamp=uni)
        issuer = uni
        del d1
    elif var == "selfstudy":
        kind = "self_study_exam"
        subject = ctx.rng.choice(("档案学", "汉语言文学", "护理学", "工程管理", "药学"))
        modules = (
            ctx.rng.sample(SELF_COURSES, ctx.rng.randint(1, 3))
            if subject == "档案学"
            else [
                ctx.rng.choice(("马克思主义基本原理概论", "中国近现代史纲要", "英语（二）", "计算机应用基础"))
            ]
        )
        m = ctx.rng.choice((4, 10))
        issued = f"{year}-{m:02d}"
        issuer = "山东省高等教育自学考试委员会"
        y = kit.title_block(pg, ctx, "高等教育自学考试|单科合格证书", 24, 24)
        y += 4
        for lab, val in (("姓    名", who), ("准考证号", no[:12]), ("专    业", subject)):
            pg.text(50, y, f"{lab}：{val}", 13, ctx.body)
            y += 10
        rows = [["课程代码", "课程名称", "成绩", "考试时间"]]
        rows += [
            [f"0{ctx.rng.randint(1000, 9999)}", mm, str(ctx.rng.randint(60, 92)), kit.ms(year, m, "cn")]
            for mm in modules
        ]
        y = pg.table(50, y + 2, [30, 90, 24, 40], rows, 11, ctx.body, 10, header_font=ctx.bold)
        signoff(
            pg,
            ctx,
            [issuer, kit.ms(year, m, "han" if st == "han" else "cn")],
            y + 14,
            13,
            xr=pg.w - 40,
            stamp=issuer,
        )
    else:  # computer
        kind = "computer_exam"
        subject = None
        modules = ctx.rng.sample(COMPUTER_MODULES, ctx.rng.randint(1, 2))
        d = kit.day(ctx, year, 3, 11)
        issued = iso(d)
        issuer = PROV_HRSS
        y = kit.title_block(
            pg, ctx, "全国专业技术人员计算机应用能力考试|合格证书", 24, 22, color=(20, 60, 130)
        )
        y += 6
        for lab, val in (("姓  名", who), ("性  别", sex), ("身份证号", _id(ctx)), ("证书编号", no[:14])):
            pg.text(60, y, f"{lab}：{val}", 13, ctx.body)
            y += 10
        pg.text(60, y, "考试合格科目（模块）：", 13, ctx.body)
        y += 10
        for mm in modules:
            pg.text(80, y, mm, 13, ctx.body)
            y += 9
        signoff(
            pg,
            ctx,
            ["中华人民共和国人力资源和社会保障部监制", issuer, ds(d, st)],
            y + 8,
            12,
            xr=pg.w - 30,
            stamp=issuer,
        )
    fields = {
        "holder": who,
        "issuer": issuer,
        "issued_on": issued,
        "qualification": {"kind": kind, "subject": subject, "modules": modules},
    }
    return finish(ctx, "qualification_certificate", var, [pg], fields, who, year)


# ---- other proofs ------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    var = kit.variant(ctx, "other")
    year = ctx.year()
    p = prof(ctx)
    who = names(ctx, 1)[0]
    st = kit.date_style(ctx, "other", ("cn", "cn0", "han"))
    sz = 13.0
    pg = Page()
    fields: dict = {"holder": who}
    W = pg.w - 56
    if var in ("conference", "lecture", "grassroots", "extension"):
        if var == "conference":
            issuer = p.society
            d1, d2 = _period(ctx, year, (2, 3))
            paper = ctx.rng.choice(p.papers)[0]
            title = f"{year}年{p.society}学术年会"
            head = "学术交流证明"
            s = f"兹证明{who}同志撰写的论文《{paper}》入选{title}，并于{span(d1, d2, st)}在会上作交流发言。"
        elif var == "lecture":
            issuer = ctx.rng.choice((HRSS[ctx.city], auth(ctx, p.auth)))
            d1, d2 = _period(ctx, year, (1, 2))
            title = f"{ctx.rng.choice(p.courses)}培训班"
            head = ctx.pick("other.lec", ("授课证明", "讲座证明"))
            hours = 2 * ctx.rng.randint(1, 4)
            fields["hours_stated"] = float(hours)
            s = f"{who}同志于{span(d1, d2, st)}应邀为我单位举办的{title}授课，讲授《{ctx.rng.choice(p.courses)}》，共{hours}学时。"
        elif var == "grassroots":
            issuer = f"{county(ctx, year)}{ctx.rng.choice(('人民医院', '卫生健康局', '教育和体育局', '农业农村局'))}"
            m1 = ctx.rng.randint(1, 5)
            d1s, d2s = f"{year}-{m1:02d}", f"{year}-{m1 + ctx.rng.randint(3, 6):02d}"
            title = ctx.pick("other.gr", ("对口支援基层服务", "下乡支医", "科技特派员服务", "送教下乡"))
            head = "服务基层证明"
            s = (
                f"兹证明{who}同志（{unit(ctx, p)}）于{kit.ms(year, m1, 'cn')}至{kit.ms(year, int(d2s[5:]), 'cn')}"
                f"在我单位开展{title}工作，期间工作认真负责，圆满完成服务任务。"
            )
            fields["period"] = {"start": d1s, "end": d2s}
            d1 = d2 = None  # type: ignore[assignment]
        else:
            issuer = f"{county(ctx, year)}{ctx.rng.choice(('农业农村局', '科学技术局', '工业和信息化局'))}"
            d1, d2 = dt.date(year, 3, 1), dt.date(year, 10, 31)
            title = f"{ctx.rng.choice(p.projects)}技术推广"
            head = "技术推广证明"
            s = (
                f"{who}同志于{span(d1, d2, st)}在我县（市、区）开展“{title}”工作，累计推广"
                f"{ctx.rng.randint(2, 30) * 100}亩（台、户），举办现场培训{ctx.rng.randint(2, 9)}期。特此证明。"
            )
        y = kit.title_block(pg, ctx, head, 40, 24, spaced=True) + 16
        y = para(pg, 28, y, W, s, sz, ctx.body, 2.1)
        if var != "extension":
            pg.text(28 + 9, y + 4, "特此证明。", sz, ctx.body)
        issued = (
            kit.later(ctx, d2, 1, 20)
            if d2
            else dt.date(year, int(fields["period"]["end"][5:]), ctx.rng.randint(1, 28))
        )
        signoff(pg, ctx, [issuer, ds(issued, st)], y + 36, sz, stamp=issuer)
        if d1:
            fields["period"] = {"start": iso(d1), "end": iso(d2)}
    else:
        work = unit(ctx, p)
        issuer = work
        title = "专业技术人员继续教育情况登记表" if var == "register" else "专业技术人员自学学时登记表"
        pg = Page(297, 210)
        pg.text(pg.w / 2, 16, f"{title}（{year}年度）", 17, ctx.bold, "c")
        pg.text(
            20, 30, f"姓名：{who}    所在单位（盖章）：{work}    职称：{ctx.rng.choice(JOBS)}", 11, ctx.body
        )
        rows = [["序号", "内容", "类别", "完成时间", "考核方式", "学时", "登记人签字"]]
        tot = 0
        when = sorted(kit.day(ctx, year, 1, 11) for _ in range(ctx.rng.randint(3, 5)))
        for i, d in enumerate(when):
            h = ctx.rng.choice((4, 6, 8, 10))
            tot += h
            rows.append(
                [
                    str(i + 1),
                    ctx.rng.choice(p.courses + p.books),
                    ctx.rng.choice(("自学", "网络学习", "单位集中学习")),
                    ds(d, "dot"),
                    ctx.rng.choice(("读书笔记", "考试", "学习报告")),
                    str(h),
                    "",
                ]
            )
        y = pg.table(18, 38, [14, 84, 32, 32, 30, 18, 30], rows, 10, ctx.body, 11, header_font=ctx.bold)
        pg.text(20, y + 6, f"年度合计：{tot}学时", 12, ctx.body)
        fields["hours_stated"] = float(tot)
        issued = kit.later(ctx, when[-1], 3, 30)
        signoff(
            pg,
            ctx,
            [f"审核单位：{work}", f"登记时间：{ds(issued, 'cn')}"],
            y + 22,
            12,
            xr=pg.w - 30,
            stamp=work,
        )
    fields.update(title=title, issuer=issuer, issued_on=iso(issued))
    return finish(ctx, "other", var, [pg], fields, who, year)
