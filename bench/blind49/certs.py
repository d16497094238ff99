"""Draw 49 builders: training certificates, sign-in sheets, training notices, qualification certificates and
other proofs (six layout families each)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from bench.blind.doc import Doc, frame
from bench.blind.page import Page, width_mm

from . import kit
from .kit import GREY, INK, RED, Flow, hand, lh, make_doc, people, seal
from .pools import PUBLIC_TOPICS, Ctx, cn_num, cn_year, fmt_date, fmt_month, iso

A4 = (210.0, 297.0)


def hs(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else f"{h:g}"


def masked_id(ctx: Ctx, reg: dict[str, Any]) -> str:
    head = "4309" if reg["c"] == "益阳" else "3706"
    return f"{head}{ctx.rng.randrange(10, 99)}********{ctx.rng.randrange(1000, 9999)}"


def period_text(ctx: Ctx, s: date, e: date, style: str | None = None) -> str:
    st = style or ctx.pick("t49.period")
    ds = ctx.pick("t49.date") if st == "full" else "cn"
    if s == e:
        return fmt_date(s, "dot" if st == "dot" else ds)
    if st == "zhi":
        tail = f"{e.day}日" if (s.year, s.month) == (e.year, e.month) else f"{e.month}月{e.day}日"
        return f"{fmt_date(s, 'cn')}至{tail}"
    if st == "dash":
        return f"{fmt_date(s, 'cn')}—{e.month}月{e.day}日"
    if st == "dot":
        return f"{fmt_date(s, 'dot')}-{fmt_date(e, 'dot')}"
    return f"{fmt_date(s, ds)}至{fmt_date(e, ds)}"


# ---- a training and its organiser ---------------------------------------------------------------------------
def training(ctx: Ctx, cat: str | None, online: bool = False) -> dict[str, Any]:
    reg = ctx.region()
    pkey, prof = ctx.prof()
    year = ctx.year(reg)
    C, P = reg["city"], reg["prov"]
    if cat == "public":
        topic = ctx.choice(PUBLIC_TOPICS["yy" if reg["c"] == "益阳" else "yt"])
        issuer = ctx.choice(
            [f"{C}人力资源和社会保障局", reg["school"], f"{P}人力资源和社会保障厅", ctx.choice(reg["univ"])]
        )
        title = ctx.choice([
            f"{year}年度专业技术人员{topic}专题培训",
            f"{year}年{C}专业技术人员继续教育{topic}专题",
            f"{topic}专题讲座",
            f"{C}{year}年度专业技术人员公需科目培训班",
        ])  # fmt: skip
    else:
        topic = ctx.choice(prof["topics"])
        issuer = ctx.fill(ctx.choice(prof["orgs"]), reg)
        title = ctx.choice([
            f"{year}年{C}{topic}培训班",
            f"{P}{topic}专题研修班",
            f"{C}第{cn_num(ctx.rng.randrange(2, 9))}期{topic}培训班",
            f"{year}年度{topic}继续教育培训",
            f"{topic}高级研修班",
        ])  # fmt: skip
    if online:
        start = ctx.day(year, (1, 6))
        end = start + timedelta(days=ctx.rng.randrange(20, 150))
        hours = float(ctx.choice((30, 40, 60, 24, 32, 16, 12.5, 1.5 * 8)))
    else:
        start = ctx.day(year, (3, 11))
        days = ctx.choice((1, 2, 3, 3, 4, 5))
        end = start + timedelta(days=days - 1)
        hours = (
            float(ctx.choice((days * 8, days * 6, days * 8))) if days > 1 else float(ctx.choice((4, 6, 8)))
        )
    issued = end + timedelta(days=ctx.choice((0, 0, 1, 3, 7, 12)))
    unit = ctx.fill(ctx.choice(prof["units"]), reg)
    return {"reg": reg, "pkey": pkey, "prof": prof, "year": year, "title": title, "issuer": issuer, "start": start,
            "end": end, "hours": hours, "issued": issued, "unit": unit, "topic": topic, "cat": cat}  # fmt: skip


def cat_word(ctx: Ctx, cat: str | None) -> str:
    if cat == "public":
        return ctx.choice(("公需科目", "公需课"))
    if cat == "professional":
        return ctx.choice(("专业科目", "专业课"))
    return ""


def cert_no(ctx: Ctx, t: dict[str, Any], prefix: str = "") -> str:
    ab = "YY" if t["reg"]["c"] == "益阳" else "YT"
    return f"{prefix or ab}{t['year']}{ctx.rng.randrange(100, 999)}{ctx.rng.randrange(1000, 9999)}"


def tc_fields(t: dict[str, Any], name: str) -> dict[str, Any]:
    return {"holder": name, "people": [], "title": t["title"], "issuer": t["issuer"], "issued_on": iso(t["issued"]),
            "period": {"start": iso(t["start"]), "end": iso(t["end"])}, "hours_stated": t["hours"]}  # fmt: skip


# ================================================================================================
# training_certificate
# ================================================================================================
def training_certificate(ctx: Ctx, k: int) -> Doc:
    variant = ctx.layout("training_certificate")
    cat = [None, "public", "professional"][(k + ctx.rng.randrange(3)) % 3]
    online = variant in ("app-cert", "query-print", "course-table") and ctx.chance(0.7)
    t = training(ctx, cat, online)
    name = ctx.name()
    fields = tc_fields(t, name)
    builder = {
        "portrait-seal": _tc_portrait, "booklet-2p": _tc_booklet, "app-cert": _tc_app, "course-table": _tc_table,
        "query-print": _tc_query, "chat-forward": _tc_chat,
    }[variant]  # fmt: skip
    pages, cat_printed = builder(ctx, t, name)
    if not cat_printed:
        cat = None
    return make_doc(
        ctx, "training_certificate", variant, pages, fields, name, t["start"].year, t["reg"]["policy"], cat
    )


def _body_sentence(ctx: Ctx, t: dict[str, Any], name: str, cw: str, per: str) -> str:
    h = hs(t["hours"])
    tail = ctx.choice(["经考核合格，特发此证。", "考核合格，准予结业。", "成绩合格，特此证明。"])
    catp = f"（{cw}）" if cw else ""
    return ctx.choice([
        f"{name}同志于{per}参加由{t['issuer']}主办的{t['title']}{catp}，完成规定课程共计{h}学时，{tail}",
        f"兹证明{name}同志参加了{t['title']}{catp}学习，培训时间为{per}，累计{h}学时，{tail}",
    ])  # fmt: skip


def _tc_portrait(ctx: Ctx, t: dict[str, Any], name: str) -> tuple[list[Page], bool]:
    pg = Page(*A4)
    frame(pg, ctx, ctx.pick("t49.frame"))
    cw = cat_word(ctx, t["cat"])
    pg.text(pg.w - 22, 22, f"证书编号{ctx.colon()}{cert_no(ctx, t)}", 10, ctx.body, "r")
    head = ctx.choice(["结业证书", "培训证书", "合格证书", "继续教育证书"])
    y = 48
    pg.text(pg.w / 2, y, "  ".join(head), 30, ctx.bold, "c", RED if ctx.chance(0.5) else INK)
    y += 26
    if ctx.chance(0.5):
        kit.photo(pg, 30, y, 25, 35)
        f = Flow(pg, ctx, 64, y + 2, 120, 12)
        f.kv("姓    名", name).kv("工作单位", t["unit"]).kv("身份证号", masked_id(ctx, t["reg"]))
        y = max(f.y, y + 40) + 8
    f = Flow(pg, ctx, 30, y, 150, 14)
    f.para(_body_sentence(ctx, t, name, cw, period_text(ctx, t["start"], t["end"])), 14, lead=2.0)
    if cw and ctx.chance(0.5):
        f.skip(3).text(f"培训类别{ctx.colon()}{cw}", 12)
    y = max(f.y + 30, 200)
    ds = fmt_date(t["issued"], ctx.choice(["cn", "upper", "cn0"]))
    xr = pg.w - 30
    wmax = max(width_mm(s, ctx.body, 14) for s in (t["issuer"], ds))
    cx = xr - wmax / 2
    pg.text(cx, y, t["issuer"], 14, ctx.body, "c")
    pg.text(cx, y + 9, ds, 14, ctx.body, "c")
    seal(pg, ctx, cx, y + 4, t["issuer"])
    if ctx.chance(0.6):
        kit.qr(pg, 28, 246, 20, ctx)
        pg.text(38, 268, "扫码查验", 8, ctx.body, "c", GREY)
    pg.text(pg.w / 2, 276, ctx.choice(["本证书仅作继续教育学时登记凭证", "此证书复印无效", "证书信息可在主办单位网站查询"]),
            8, ctx.body, "c", GREY)  # fmt: skip
    kit.scan_noise(pg, ctx)
    return [pg], bool(cw)


def _tc_booklet(ctx: Ctx, t: dict[str, Any], name: str) -> tuple[list[Page], bool]:
    cover = Page(150.0, 210.0, bg=(150, 28, 32))
    gold = (232, 196, 110)
    cover.rect(8, 8, 142, 202, 0.8, gold)
    cover.text(75, 28, "★", 26, ctx.bold, "c", gold)
    head = ctx.choice(["结业证书", "培训证书", "学习证书"])
    yy = 62
    for ch in head:
        cover.text(75, yy, ch, 34, ctx.bold, "c", gold)
        yy += 18
    isz = kit.fit(t["issuer"], ctx.body, 13, 120)
    cover.text(75, 178, t["issuer"], isz, ctx.body, "c", gold)
    inner = Page(297.0, 210.0)
    inner.line(148.5, 8, 148.5, 202, 0.3, (200, 200, 200))
    kit.photo(inner, 54, 24, 30, 40)
    g = Flow(inner, ctx, 166, 30, 110, 13)
    g.center(head, 20, ctx.bold).skip(6)
    g.para(_body_sentence(ctx, t, name, "", period_text(ctx, t["start"], t["end"])), 13, lead=2.0)
    # the left panel's lines start below the right panel's paragraph, so no printed line mixes the two
    f = Flow(inner, ctx, 24, max(g.y + 2, 80), 110, 12)
    f.kv("姓　　名", name, 28).kv("性　　别", ctx.choice("男女"), 28).kv("工作单位", t["unit"], 28)
    f.kv("证书编号", cert_no(ctx, t), 28)
    cw = cat_word(ctx, t["cat"])
    if cw:
        f.kv("科目类别", cw, 28)
    inner.text(74, 190, "（发证机关盖章有效）", 8, ctx.body, "c", GREY)
    ds = fmt_date(t["issued"], ctx.choice(["cn", "upper"]))
    y = max(g.y + 18, 150)
    inner.text(246, y, t["issuer"], kit.fit(t["issuer"], ctx.body, 13, 90), ctx.body, "c")
    inner.text(246, y + 9, ds, 13, ctx.body, "c")
    seal(inner, ctx, 246, y + 5, t["issuer"])
    return [cover, inner], bool(cw)


def _tc_app(ctx: Ctx, t: dict[str, Any], name: str) -> tuple[list[Page], bool]:
    pg = kit.phone_page()
    plat = ctx.choice(t["reg"]["platform"])
    y = kit.status_bar(pg, ctx)
    y = kit.app_bar(pg, ctx, ctx.choice(["我的证书", "证书详情", "学习档案"]), y)
    pg.rect(0, y, pg.w, y + 22, 0, INK, (32, 110, 200))
    pg.text(8, y + 4, plat, kit.fit(plat, ctx.bold, 14, 90), ctx.bold, "l", (255, 255, 255))
    pg.text(8, y + 13, f"学员{ctx.colon()}{name}", 10, ctx.body, "l", (235, 235, 255))
    y += 28
    pg.rect(6, y, pg.w - 6, y + 128, 0.6, (200, 150, 60), (255, 252, 240))
    cw = cat_word(ctx, t["cat"])
    f = Flow(pg, ctx, 12, y + 6, pg.w - 24, 10)
    f.center(ctx.choice(["学时证明", "结业证书", "培训合格证书"]), 17, ctx.bold, color=RED).skip(3)
    f.text(f"{name}：", 11)
    per = period_text(ctx, t["start"], t["end"], ctx.choice(["full", "dot"]))
    f.para(f"您于{per}在本平台完成{t['title']}的学习，考核合格，获得{hs(t['hours'])}学时。", 10.5, lead=1.8)
    if cw:
        f.skip(1).text(f"科目类型{ctx.colon()}{cw}", 10)
    f.text(f"证书编号{ctx.colon()}{cert_no(ctx, t, 'ZJ')}", 9, color=GREY)
    f.skip(4)
    f.text(f"主办单位{ctx.colon()}{t['issuer']}", 10)
    f.text(f"技术支持{ctx.colon()}{plat}", 9, color=GREY)
    f.text(f"发证日期{ctx.colon()}{fmt_date(t['issued'], ctx.choice(['dash', 'cn', 'dot']))}", 10)
    seal(pg, ctx, pg.w - 26, y + 112, t["issuer"], 12)
    y += 136
    for i, lab in enumerate(("下载证书", "分享")):
        x0 = 10 + i * 48
        pg.rect(x0, y, x0 + 42, y + 11, 0, INK, (32, 110, 200) if i == 0 else (230, 230, 230))
        pg.text(x0 + 21, y + 2.6, lab, 11, ctx.body, "c", (255, 255, 255) if i == 0 else INK)
    pg.text(pg.w / 2, y + 20, "证书真伪请扫描证书二维码或登录平台查验", 8, ctx.body, "c", GREY)
    return [pg], bool(cw)


COURSES = {
    "public": ["新发展理念与高质量发展", "数字经济与数字政府建设", "专业技术人员职业道德修养", "知识产权保护实务",
               "网络安全法解读", "生态文明建设与绿色发展", "心理健康与压力调适", "法治思维与依法行政"],
}  # fmt: skip


def _tc_table(ctx: Ctx, t: dict[str, Any], name: str) -> tuple[list[Page], bool]:
    pg = Page(*A4)
    f = Flow(pg, ctx, 24, 26, 162, 12)
    f.center(ctx.choice(["专业技术人员继续教育学时证明", "继续教育学习证明", "学时证明"]), 20, ctx.bold).skip(
        6
    )
    per = period_text(ctx, t["start"], t["end"], "full")
    f.para(f"兹证明{name}（身份证号{ctx.colon()}{masked_id(ctx, t['reg'])}）于{per}参加{t['title']}，学习情况如下：", 12,
           lead=1.9)  # fmt: skip
    f.skip(3)
    cat = t["cat"]
    mixed = cat is None and ctx.chance(0.5)
    n = ctx.rng.randrange(4, 7)
    pool = (
        COURSES["public"]
        if cat == "public"
        else [f"{t['topic']}（{x}）" for x in ("一", "二", "三")]
        + [c for c in ctx.sample(_prof_courses(t), 4)]
    )
    courses = ctx.sample(pool, min(n, len(pool)))
    total = t["hours"]
    per_h = [round(total / len(courses), 1)] * len(courses)
    per_h[-1] = round(total - sum(per_h[:-1]), 1)
    header = ["序号", "课程名称", "学时", "考核结果"]
    with_cat = cat is not None or mixed
    if with_cat:
        header.insert(2, "课程类别")
    rows = [header]
    for i, (c, h) in enumerate(zip(courses, per_h, strict=True)):
        r = [str(i + 1), c, hs(h), ctx.choice(["合格", "合格", "通过"])]
        if with_cat:
            r.insert(
                2, ("公需科目" if i % 2 == 0 else "专业科目") if mixed else cat_word(ctx, cat)[:2] + "科目"
            )
        rows.append(r)
    tot = ["合计", "", hs(total), ""]
    if with_cat:
        tot.insert(2, "")
    rows.append(tot)
    widths = [14, 82, 24, 18, 24] if with_cat else [16, 100, 20, 26]
    y = pg.table(24, f.y, widths, rows, 10.5, ctx.body, row_h=10, header_font=ctx.bold)
    g = Flow(pg, ctx, 24, y + 8, 162, 12)
    g.text(f"以上共计{hs(total)}学时，特此证明。", 12, dx=8)
    ds = fmt_date(t["issued"], ctx.pick("t49.date"))
    y = g.y + 22
    pg.text(160, y, t["issuer"], kit.fit(t["issuer"], ctx.body, 13, 80), ctx.body, "c")
    pg.text(160, y + 9, ds, 13, ctx.body, "c")
    seal(pg, ctx, 160, y + 4, t["issuer"])
    kit.page_no(pg, ctx, 1, 1)
    printed_cat = None if (cat is None) else cat
    return [pg], printed_cat is not None


def _prof_courses(t: dict[str, Any]) -> list[str]:
    return [x + "实务" for x in t["prof"]["topics"]] + [
        "行业标准规范解读",
        "典型案例分析",
        "新技术新方法应用",
    ]


def _tc_query(ctx: Ctx, t: dict[str, Any], name: str) -> tuple[list[Page], bool]:
    pg = Page(*A4)
    reg = t["reg"]
    site = ctx.choice(
        [
            f"{reg['prov']}专业技术人员继续教育管理平台",
            f"{reg['city']}专技人员继续教育信息系统",
            ctx.choice(reg["platform"]),
        ]
    )
    later = t["issued"] + timedelta(days=ctx.rng.randrange(5, 200))
    stamp = f"{later.year}/{later.month}/{later.day} {ctx.choice(('上午', '下午'))}{ctx.rng.randrange(1, 12)}:{ctx.rng.randrange(60):02d}"
    kit.browser(
        pg,
        ctx,
        site,
        f"https://jxjy.{ctx.choice(('hnrst', 'sdrs', 'ytzj', 'yyrs'))}.gov.cn/query/record?id={ctx.rng.randrange(10**6, 10**7)}",
        stamp,
    )  # noqa: E501
    y = kit.site_header(pg, ctx, site, 14)
    pg.text(14, y, "首页 > 学时查询 > 查询结果", 9, ctx.body, "l", GREY)
    y += 8
    pg.text(14, y, f"查询条件：姓名 {name}    证件号码 {masked_id(ctx, reg)}", 10, ctx.body)
    y += 10
    cw = cat_word(ctx, t["cat"])
    rows = [
        ["培训项目", t["title"]],
        ["主办单位", t["issuer"]],
        ["学员姓名", name],
        ["培训时间", f"{fmt_date(t['start'], 'dash')} 至 {fmt_date(t['end'], 'dash')}"],
        ["获得学时", hs(t["hours"])],
    ]
    if cw:
        rows.append(["科目类别", cw])
    rows += [["发证日期", fmt_date(t["issued"], "dash")], ["证书状态", "有效"]]
    y = pg.table(14, y, [36, 146], [["项目", "内容"]] + rows, 10.5, ctx.body, row_h=10, header_font=ctx.bold)
    pg.text(14, y + 6, f"共 1 条记录    数据来源：{site}", 9, ctx.body, "l", GREY)
    kit.qr(pg, 160, y + 16, 24, ctx)
    pg.text(172, y + 42, "手机扫码核验", 8, ctx.body, "c", GREY)
    return [pg], bool(cw)


def _tc_chat(ctx: Ctx, t: dict[str, Any], name: str) -> tuple[list[Page], bool]:
    pg = kit.phone_page()
    pg.bg = (237, 237, 237)
    y = kit.status_bar(pg, ctx)
    group = f"{t['year']}{ctx.choice(('继教', '培训', '研修'))}{ctx.choice(('一班', '交流群', '学员群'))}({ctx.rng.randrange(30, 200)})"
    y = kit.app_bar(pg, ctx, group, y, (237, 237, 237))
    teacher = ctx.name()
    pg.text(pg.w / 2, y + 3, f"{t['issued'].month}月{t['issued'].day}日 {ctx.rng.randrange(9, 18)}:{ctx.rng.randrange(60):02d}", 8,
            ctx.body, "c", GREY)  # fmt: skip
    y += 10
    pg.rect(5, y, 14, y + 9, 0, INK, (90, 140, 200))
    pg.text(17, y, f"{teacher}（班主任）", 8, ctx.body, "l", GREY)
    msg = "各位学员，电子证书已发群里，请各自保存打印。"
    pg.rect(17, y + 5, pg.w - 10, y + 22, 0, INK, (255, 255, 255))
    pg.wrap(19, y + 7, pg.w - 31, msg, 9.5, ctx.body, 1.5)
    y += 28
    pg.rect(5, y, 14, y + 9, 0, INK, (90, 140, 200))
    pg.text(17, y, f"{teacher}（班主任）", 8, ctx.body, "l", GREY)
    x0, y0, x1 = 17.0, y + 5, pg.w - 8
    cw = cat_word(ctx, t["cat"])
    box = len(pg.ops)
    f = Flow(pg, ctx, x0 + 4, y0 + 5, x1 - x0 - 8, 8.5)
    f.center(ctx.choice(["结业证书", "培训证书"]), 14, ctx.bold, color=RED).skip(2)
    f.para(_body_sentence(ctx, t, name, cw, period_text(ctx, t["start"], t["end"])), 8.5, lead=1.65)
    y1 = f.y + 30
    pg.ops.insert(box, ("rect", x0, y0, x1, y1, 1.2, (170, 40, 40), (255, 253, 246)))
    ds = fmt_date(t["issued"], ctx.choice(["cn", "upper"]))
    cx = x1 - 24
    isz = kit.fit(t["issuer"], ctx.body, 8.5, 44)
    pg.text(cx, y1 - 20, t["issuer"], isz, ctx.body, "c")
    pg.text(cx, y1 - 14, ds, 8.5, ctx.body, "c")
    seal(pg, ctx, cx, y1 - 17, t["issuer"], 10)
    y = y1 + 8
    me = ctx.name()
    pg.rect(pg.w - 14, y, pg.w - 5, y + 9, 0, INK, (120, 180, 120))
    pg.rect(pg.w - 62, y + 1, pg.w - 17, y + 11, 0, INK, (149, 236, 105))
    pg.text(pg.w - 19, y + 3, ctx.choice(["收到，谢谢老师！", "收到"]), 9.5, ctx.body, "r")
    _ = me
    pg.rect(0, pg.h - 16, pg.w, pg.h, 0, INK, (246, 246, 246))
    pg.rect(14, pg.h - 13, pg.w - 26, pg.h - 4, 0.2, (200, 200, 200), (255, 255, 255))
    pg.text(pg.w - 8, pg.h - 12, "+", 14, ctx.body, "r", GREY)
    return [pg], bool(cw)


# ================================================================================================
# sign_in_sheet
# ================================================================================================
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    variant = ctx.layout("sign_in_sheet")
    cat = None
    t = training(ctx, None)
    if variant in ("grid-hand", "lecture", "app-export", "two-block"):
        t["end"] = t["start"]
    elif t["end"] == t["start"]:
        t["end"] = t["start"] + timedelta(days=ctx.choice((1, 2)))
    n = {"multipage": ctx.rng.randrange(20, 28), "two-block": ctx.rng.randrange(14, 23),
         "day-ticks": ctx.rng.randrange(8, 14)}.get(variant, ctx.rng.randrange(8, 16))  # fmt: skip
    if variant == "lecture":
        t["title"] = ctx.choice(_lectures(t))
    names = ctx.names(n)
    builder = {
        "grid-hand": _sg_grid, "day-ticks": _sg_ticks, "two-block": _sg_two, "multipage": _sg_multi,
        "lecture": _sg_lecture, "app-export": _sg_app,
    }[variant]  # fmt: skip
    pages = builder(ctx, t, names)
    fields = {"holder": None, "people": people(names, "attendee"), "title": t["title"], "issuer": t["issuer"],
              "period": {"start": iso(t["start"]), "end": iso(t["end"])}}  # fmt: skip
    person = ctx.choice(names)
    return make_doc(
        ctx, "sign_in_sheet", variant, pages, fields, person, t["start"].year, t["reg"]["policy"], cat
    )


def _lectures(t: dict[str, Any]) -> list[str]:
    return [f"{x}新进展" for x in t["prof"]["topics"]] + [f"{t['prof']['topics'][0]}的实践与思考"]


def _sheet_head(ctx: Ctx, pg: Page, t: dict[str, Any], y: float, cont: bool = False) -> float:
    title = t["title"]
    full = title + "签到表" + ("（续）" if cont else "")
    if width_mm(full, ctx.bold, 17) > pg.w - 40:
        pg.text(pg.w / 2, y, title, kit.fit(title, ctx.bold, 17, pg.w - 30), ctx.bold, "c")
        y += 9
        pg.text(pg.w / 2, y, "签  到  表" + ("（续）" if cont else ""), 17, ctx.bold, "c")
    else:
        pg.text(pg.w / 2, y, full, 17, ctx.bold, "c")
    return y + 12


def _sg_info(ctx: Ctx, pg: Page, t: dict[str, Any], y: float, x: float = 20) -> float:
    c = ctx.colon()
    place = ctx.choice(
        [
            f"{t['reg']['city']}{ctx.choice(('会议中心', '人才大厦'))}{ctx.rng.randrange(2, 9)}楼会议室",
            f"{t['issuer'][:8]}培训室",
        ]
    )
    when = period_text(ctx, t["start"], t["end"], "full" if t["start"] != t["end"] else None)
    pg.text(x, y, f"主办单位{c}{t['issuer']}", 10.5, ctx.body)
    y += 6.5
    pg.text(x, y, f"时间{c}{when}", 10.5, ctx.body)
    pg.text(
        pg.w - x,
        y,
        f"地点{c}{place}",
        kit.fit(f"地点{c}{place}", ctx.body, 10.5, pg.w / 2 - x),
        ctx.body,
        "r",
    )
    return y + 8


def _phone(ctx: Ctx) -> str:
    return f"1{ctx.choice('3578')}{ctx.rng.randrange(10**8, 10**9)}"


def _sg_grid(ctx: Ctx, t: dict[str, Any], names: list[str]) -> list[Page]:
    pg = Page(*A4)
    y = _sheet_head(ctx, pg, t, 20)
    y = _sg_info(ctx, pg, t, y)
    rows = [["序号", "姓名", "工作单位", "职称", "联系电话"]]
    for i, n in enumerate(names):
        rows.append([str(i + 1), n, ctx.fill(ctx.choice(t["prof"]["units"]), t["reg"])[:12], ctx.choice(t["prof"]["titles"]),
                     _phone(ctx)])  # fmt: skip
    for i in range(len(names), 22):
        rows.append([str(i + 1), "", "", "", ""])
    pg.table(16, y, [14, 30, 72, 30, 32], rows, 10, ctx.body, row_h=10, fonts={1: ctx.hand, 2: ctx.hand, 4: ctx.hand},
             header_font=ctx.bold)  # fmt: skip
    kit.scan_noise(pg, ctx)
    return [pg]


def _sg_ticks(ctx: Ctx, t: dict[str, Any], names: list[str]) -> list[Page]:
    pg = Page(297.0, 210.0)
    y = _sheet_head(ctx, pg, t, 16)
    y = _sg_info(ctx, pg, t, y, 18)
    days = [t["start"] + timedelta(days=i) for i in range((t["end"] - t["start"]).days + 1)][:4]
    hdr = ["序号", "姓名", "工作单位"] + [f"{d.month}月{d.day}日{h}" for d in days for h in ("上午", "下午")]
    rows = [hdr]
    for i, n in enumerate(names):
        ticks = ["√" if ctx.chance(0.92) else "" for _ in range(len(days) * 2)]
        ticks[0] = "√"
        rows.append([str(i + 1), n, ctx.fill(ctx.choice(t["prof"]["units"]), t["reg"])[:14]] + ticks)
    tw = (261 - 12 - 26 - 66) / (len(days) * 2)
    widths = [12, 26, 66] + [tw] * (len(days) * 2)
    fonts = {c: ctx.hand for c in range(3, 3 + len(days) * 2)}
    y = pg.table(18, y, widths, rows, 9.5, ctx.body, row_h=9.5, fonts=fonts, header_font=ctx.bold)
    pg.text(18, y + 5, "注：请学员每半天签到一次，打“√”。", 9, ctx.body, "l", GREY)
    return [pg]


def _sg_two(ctx: Ctx, t: dict[str, Any], names: list[str]) -> list[Page]:
    pg = Page(297.0, 210.0)
    y = _sheet_head(ctx, pg, t, 16)
    y = _sg_info(ctx, pg, t, y, 18)
    half = (len(names) + 1) // 2
    for b, chunk in enumerate((names[:half], names[half:])):
        rows = [["序号", "姓名", "单位", "签名"]]
        base = 0 if b == 0 else half
        for i in range(half):
            if i < len(chunk):
                rows.append([str(base + i + 1), chunk[i], ctx.choice(t["prof"]["depts"]), chunk[i]])
            else:
                rows.append([str(base + i + 1), "", "", ""])
        pg.table(18 + b * 134, y, [14, 32, 44, 40], rows, 10, ctx.body, row_h=9.5, fonts={3: ctx.hand},
                 header_font=ctx.bold)  # fmt: skip
    return [pg]


def _sg_multi(ctx: Ctx, t: dict[str, Any], names: list[str]) -> list[Page]:
    per = 16
    pages = []
    total = (len(names) + per - 1) // per
    units = [ctx.fill(ctx.choice(t["prof"]["units"]), t["reg"])[:13] for _ in names]
    for p in range(total):
        pg = Page(*A4)
        y = _sheet_head(ctx, pg, t, 20, cont=p > 0)
        if p == 0:
            y = _sg_info(ctx, pg, t, y)
        rows = [["序号", "姓名", "性别", "工作单位", "职称", "签名"]]
        for i in range(p * per, min(len(names), (p + 1) * per)):
            rows.append(
                [
                    str(i + 1),
                    names[i],
                    ctx.choice("男女"),
                    units[i],
                    ctx.choice(t["prof"]["titles"]),
                    names[i],
                ]
            )
        pg.table(16, y, [13, 26, 13, 64, 26, 36], rows, 10, ctx.body, row_h=10.5, fonts={5: ctx.hand},
                 header_font=ctx.bold)  # fmt: skip
        kit.page_no(pg, ctx, p + 1, total, "第 {n} 页 共 {t} 页")
        pages.append(pg)
    return pages


def _sg_lecture(ctx: Ctx, t: dict[str, Any], names: list[str]) -> list[Page]:
    pg = Page(*A4)
    pg.text(pg.w / 2, 20, ctx.choice(["学术讲座签到表", "业务学习签到表", "专题讲座签到"]), 18, ctx.bold, "c")
    speaker = ctx.name()
    c = ctx.colon()
    f = Flow(pg, ctx, 22, 36, 166, 11)
    f.kv("讲座题目", t["title"], colon=c).kv(
        "主 讲 人", f"{speaker}  {ctx.choice(t['prof']['titles'])}", colon=c
    )
    f.kv(
        "时    间",
        f"{fmt_date(t['start'], ctx.pick('t49.date'))}  {ctx.choice(('08:30', '14:30', '15:00'))}",
        colon=c,
    )
    f.kv("主办单位", t["issuer"], colon=c)
    rows = [["序号", "姓名", "科室/单位", "签到时间", "备注"]]
    for i, n in enumerate(names):
        rows.append(
            [
                str(i + 1),
                n,
                ctx.choice(t["prof"]["depts"]),
                f"{ctx.choice((8, 14))}:{ctx.rng.randrange(5, 30):02d}",
                "",
            ]
        )
    pg.table(22, f.y + 2, [14, 34, 52, 34, 32], rows, 10, ctx.body, row_h=10, fonts={1: ctx.hand, 3: ctx.hand},
             header_font=ctx.bold)  # fmt: skip
    if ctx.chance(0.6):
        kit.corner_note(pg, ctx, "情况属实", pg.w - 30, 262, RED)
        seal(pg, ctx, pg.w - 45, 262, t["issuer"], 16)
    return [pg]


def _sg_app(ctx: Ctx, t: dict[str, Any], names: list[str]) -> list[Page]:
    pg = Page(*A4)
    stamp = f"{t['start'].year}/{t['start'].month}/{t['start'].day} {ctx.rng.randrange(12, 18)}:{ctx.rng.randrange(60):02d}"
    kit.browser(
        pg,
        ctx,
        "签到记录导出",
        f"https://qd.{ctx.choice(('yunhuiyi', 'qiandao', 'hdzx'))}.cn/activity/export?aid={ctx.rng.randrange(10**5, 10**6)}",
        stamp,
    )  # noqa: E501
    f = Flow(pg, ctx, 16, 18, 178, 11)
    f.text("扫码签到记录", 16, ctx.bold)
    c = ctx.colon()
    f.text(f"活动名称{c}{t['title']}", 11)
    f.text(f"组织单位{c}{t['issuer']}", 11)
    d = fmt_date(t["start"], "dash")
    f.text(f"签到时段{c}{d} 08:00 至 {d} 12:00", 11)
    rows = [["序号", "姓名", "手机号", "单位", "签到时间", "方式"]]
    for i, n in enumerate(names):
        ph = _phone(ctx)
        rows.append([str(i + 1), n, ph[:3] + "****" + ph[-4:], ctx.fill(ctx.choice(t["prof"]["units"]), t["reg"])[:12],
                     f"{d} 08:{ctx.rng.randrange(10, 59):02d}", ctx.choice(("扫码", "扫码", "定位"))])  # fmt: skip
    y = pg.table(16, f.y + 2, [12, 24, 30, 54, 40, 18], rows, 9, ctx.body, row_h=8.5, header_font=ctx.bold)
    pg.text(16, y + 5, f"共 {len(names)} 条记录", 9, ctx.body, "l", GREY)
    return [pg]


# ================================================================================================
# training_notice
# ================================================================================================
def training_notice(ctx: Ctx, k: int) -> Doc:
    variant = ctx.layout("training_notice")
    cat = ctx.choice([None, None, "public", "professional"])
    t = training(ctx, cat)
    if t["end"] == t["start"]:
        t["end"] = t["start"] + timedelta(days=1)
        t["hours"] = 16.0
    t["issued"] = t["start"] - timedelta(days=ctx.rng.randrange(6, 30))
    builder = {
        "red-header": _tn_red, "invitation": _tn_invite, "schedule": _tn_schedule, "web-notice": _tn_web,
        "wechat-article": _tn_wechat, "notice-receipt": _tn_receipt,
    }[variant]  # fmt: skip
    pages, info = builder(ctx, t)
    fields = {"holder": info.get("holder"), "people": people(info["names"], "attendee") if info.get("names") else [],
              "title": t["title"], "issuer": t["issuer"], "issued_on": iso(t["issued"]) if info.get("dated", True) else None,
              "period": {"start": iso(t["start"]), "end": iso(t["end"])},
              "hours_stated": t["hours"] if info.get("hours", True) else None}  # fmt: skip
    person = info.get("holder") or ctx.choice(info["names"])
    printed = info.get("cat")
    return make_doc(
        ctx, "training_notice", variant, pages, fields, person, t["start"].year, t["reg"]["policy"], printed
    )


def _notice_title(t: dict[str, Any]) -> str:
    return f"关于举办{t['title']}的通知"


def _notice_sections(ctx: Ctx, t: dict[str, Any], cw: str) -> list[tuple[str, str]]:
    reg = t["reg"]
    place = f"{reg['city']}{ctx.choice(reg['roads'])}{ctx.rng.randrange(1, 300)}号{ctx.choice(('培训中心', '会议中心', '综合楼'))}"
    rep = t["start"] - timedelta(days=1)
    cred = f"全程参加培训并考核合格者，登记{cw + '继续教育' if cw else '继续教育'}{hs(t['hours'])}学时。"
    return [
        ("培训时间", f"{period_text(ctx, t['start'], t['end'], ctx.choice(['zhi', 'full']))}（{rep.month}月{rep.day}日下午报到）。"),
        ("培训地点", place + "。"),
        ("培训对象", f"全市{ctx.choice(t['prof']['titles'])}及相关专业技术人员，每单位限报{ctx.rng.randrange(2, 6)}人。"),
        ("培训内容", f"{t['topic']}相关政策解读、技术规范讲解及案例分析。"),
        ("学时认定", cred),
        ("其他事项", f"培训不收取费用，食宿统一安排，费用回原单位报销。联系人：{ctx.name()}，电话：{reg['tel']}-{ctx.rng.randrange(2000000, 8999999)}。"),
    ]  # fmt: skip


def _tn_red(ctx: Ctx, t: dict[str, Any]) -> tuple[list[Page], dict[str, Any]]:
    pg = Page(*A4)
    banner = t["issuer"] + "文件"
    pg.text(pg.w / 2, 24, banner, kit.fit(banner, ctx.bold, 30, 170), ctx.bold, "c", RED)
    ab = t["issuer"][:2]
    num = f"{ab[0]}{ctx.choice(('发', '函', '通'))}〔{t['issued'].year}〕{ctx.rng.randrange(3, 80)}号"
    pg.text(pg.w / 2, 44, num, 11, ctx.body, "c")
    pg.line(20, 52, pg.w - 20, 52, 1.0, RED)
    ttl = _notice_title(t)
    f = Flow(pg, ctx, 24, 58, 162, 11)
    if width_mm(ttl, ctx.bold, 16) > 160:
        cut = ttl.index("的通知")
        f.center(ttl[:cut], 15, ctx.bold).center("的通知", 15, ctx.bold)
    else:
        f.center(ttl, 16, ctx.bold)
    f.skip(3)
    f.text(ctx.choice(["各县（市）区相关单位，局属各单位：", "各区市主管部门，市直各有关单位："]), 11)
    cw = cat_word(ctx, t["cat"])
    f.para(
        f"为进一步提升全市{ctx.choice(t['prof']['titles'])}业务水平，经研究，决定举办{t['title']}。现将有关事项通知如下：",
        11,
    )
    nums = "一二三四五六"
    for i, (h, body) in enumerate(_notice_sections(ctx, t, cw)):
        f.para(f"{nums[i]}、{h}：{body}", 10.5, lead=1.7)
    names = ctx.names(ctx.rng.randrange(3, 6))
    f.para("附件：参训人员名单（" + "、".join(names) + "）", 10.5)
    y = f.y + 10
    ds = fmt_date(t["issued"], ctx.choice(["cn", "cnsp"]))
    pg.text(160, y, t["issuer"], kit.fit(t["issuer"], ctx.body, 12, 70), ctx.body, "c")
    pg.text(160, y + 8, ds, 12, ctx.body, "c")
    seal(pg, ctx, 160, y + 4, t["issuer"])
    pg.line(20, 272, pg.w - 20, 272, 0.4)
    pg.text(22, 274, f"{t['issuer']}办公室", 9, ctx.body)
    pg.text(pg.w - 22, 274, f"{fmt_date(t['issued'], 'cn')}印发", 9, ctx.body, "r")
    return [pg], {"names": names, "cat": t["cat"] if cw else None}


def _tn_invite(ctx: Ctx, t: dict[str, Any]) -> tuple[list[Page], dict[str, Any]]:
    pg = Page(*A4)
    frame(pg, ctx, ctx.choice((0, 1)))
    pg.text(pg.w / 2, 28, "邀  请  函", 24, ctx.bold, "c", RED)
    who = ctx.name()
    f = Flow(pg, ctx, 26, 50, 158, 12)
    pg.text(26, f.y, "尊敬的", 12, ctx.body)
    hand(pg, ctx, 44, f.y - 1.5, who, 15)
    pg.line(42, f.y + 5.2, 70, f.y + 5.2, 0.3)
    pg.text(71, f.y, ctx.choice(["老师：", "同志：", "先生/女士："]), 12, ctx.body)
    f.skip(10)
    host = ctx.choice(t["reg"]["hosp"] + t["reg"]["univ"])
    place = f"{t['reg']['city']}{ctx.choice(('国际会展中心', '宾馆', '大酒店'))}"
    cw = cat_word(ctx, t["cat"])
    f.para(f"由{t['issuer']}主办、{host}承办的“{t['title']}”定于{period_text(ctx, t['start'], t['end'])}在{place}举行。"
           f"届时将邀请省内外知名专家围绕{t['topic']}作专题报告并开展交流研讨。", 12, lead=1.9)  # fmt: skip
    f.para(
        f"会议{ctx.choice(('特邀', '诚邀'))}您拨冗出席。参会人员{('按' + cw + '登记') if cw else '可获继续教育'}{hs(t['hours'])}学时。",
        12,
        lead=1.9,
    )
    f.skip(4)
    f.text("会议议程：", 12, ctx.bold)
    for ln in (
        "第一天  上午  开幕式、主旨报告",
        f"第一天  下午  {t['topic']}专题报告",
        "第二天  全天  分组交流、案例研讨",
    ):
        f.text(ln, 11, dx=8)
    f.skip(3)
    f.text(f"会务联系：{ctx.name()}  {_phone(ctx)}", 11)
    y = f.y + 16
    ds = fmt_date(t["issued"], ctx.choice(["cn", "upper"]))
    pg.text(150, y, t["issuer"], kit.fit(t["issuer"], ctx.body, 12, 80), ctx.body, "c")
    pg.text(150, y + 8, ds, 12, ctx.body, "c")
    seal(pg, ctx, 150, y + 4, t["issuer"])
    return [pg], {"holder": who, "names": [], "cat": t["cat"] if cw else None}


def _tn_schedule(ctx: Ctx, t: dict[str, Any]) -> tuple[list[Page], dict[str, Any]]:
    pg = Page(*A4)
    pg.text(26, 14, "学员：", 11, ctx.body)
    who = ctx.name()
    hand(pg, ctx, 40, 12.5, who, 15)
    ttl = t["title"]
    f = Flow(pg, ctx, 20, 28, 170, 12)
    if width_mm(ttl + "日程安排", ctx.bold, 17) > 168:
        f.center(ttl, 16, ctx.bold).center("日程安排", 17, ctx.bold)
    else:
        f.center(ttl + "日程安排", 17, ctx.bold)
    f.skip(2)
    f.center(f"（{period_text(ctx, t['start'], t['end'], 'full')}）", 11)
    f.skip(2)
    days = [t["start"] + timedelta(days=i) for i in range((t["end"] - t["start"]).days + 1)][:4]
    rows = [["日期", "时间", "内容", "主讲/主持"]]
    topics = _prof_courses(t)
    for i, d in enumerate(days):
        dl = fmt_date(d, "cn") if i == 0 else f"{d.month}月{d.day}日"
        for slot in ("08:30-11:30", "14:30-17:30"):
            rows.append(
                [
                    dl if slot.startswith("08") else "",
                    slot,
                    ctx.choice(topics),
                    f"{ctx.name()} {ctx.choice(('教授', '高工', '主任'))}",
                ]
            )
    y = pg.table(20, f.y, [32, 30, 74, 34], rows, 10, ctx.body, row_h=10, header_font=ctx.bold)
    cw = cat_word(ctx, t["cat"])
    g = Flow(pg, ctx, 20, y + 8, 170, 11)
    g.text(f"主办单位{ctx.colon()}{t['issuer']}")
    g.text(f"承办单位{ctx.colon()}{ctx.choice(t['reg']['univ'])}")
    g.para(
        f"注：全程参加并考核合格者，登记{cw}{hs(t['hours'])}学时；请学员按时签到，不得无故缺席。",
        10.5,
        indent=0,
    )
    return [pg], {"holder": who, "names": [], "dated": False, "cat": t["cat"] if cw else None}


def _tn_web(ctx: Ctx, t: dict[str, Any]) -> tuple[list[Page], dict[str, Any]]:
    pg = Page(*A4)
    site = t["issuer"]
    stamp = f"{fmt_date(t['issued'] + timedelta(days=2), 'slash')} {ctx.rng.randrange(8, 20)}:{ctx.rng.randrange(60):02d}"
    kit.browser(
        pg,
        ctx,
        _notice_title(t)[:20],
        f"http://www.{ctx.choice(('yysl', 'ytkj', 'hnsyx', 'sdlx'))}.org.cn/tzgg/{t['issued'].year}{ctx.rng.randrange(10**4, 10**5)}.html",
        stamp,
    )  # noqa: E501
    y = kit.site_header(pg, ctx, site, 14, ctx.choice([(20, 80, 160), (160, 30, 30), (30, 110, 70)]))
    pg.text(16, y, "当前位置：首页 > 通知公告 > 正文", 9, ctx.body, "l", GREY)
    f = Flow(pg, ctx, 22, y + 10, 166, 11)
    ttl = _notice_title(t)
    if width_mm(ttl, ctx.bold, 15) > 164:
        cut = len(ttl) // 2
        f.center(ttl[:cut], 15, ctx.bold).center(ttl[cut:], 15, ctx.bold)
    else:
        f.center(ttl, 15, ctx.bold)
    meta = f"发布时间：{fmt_date(t['issued'], 'dash')} {ctx.rng.randrange(8, 18)}:{ctx.rng.randrange(60):02d}    来源：{site}    浏览次数：{ctx.rng.randrange(200, 5000)}"
    f.center(meta, 8.5, color=GREY).rule(0.2, GREY, 4)
    cw = cat_word(ctx, t["cat"])
    f.text("各会员单位：", 10.5)
    f.para(
        f"为做好{t['year']}年度专业技术人员继续教育工作，我会定于{period_text(ctx, t['start'], t['end'])}举办{t['title']}，有关事项通知如下：",
        10.5,
    )
    nums = "一二三四五六"
    for i, (h, body) in enumerate(_notice_sections(ctx, t, cw)[:5]):
        f.para(f"{nums[i]}、{h}：{body}", 10.5, lead=1.65)
    names = ctx.names(ctx.rng.randrange(4, 9))
    f.text("首批报名人员：", 10.5, ctx.bold)
    for i in range(0, len(names), 4):
        f.text("    ".join(names[i : i + 4]), 10.5, dx=8)
    f.skip(4)
    f.text(site, 10.5, align="r").text(fmt_date(t["issued"], "cn"), 10.5, align="r")
    f.skip(4)
    f.text("附件：1.报名回执.docx    2.培训课程安排.pdf", 9, color=(30, 60, 180))
    return [pg], {"names": names, "cat": t["cat"] if cw else None}


def _tn_wechat(ctx: Ctx, t: dict[str, Any]) -> tuple[list[Page], dict[str, Any]]:
    pg = kit.phone_page()
    y = kit.status_bar(pg, ctx)
    y = kit.app_bar(pg, ctx, "", y, (255, 255, 255))
    f = Flow(pg, ctx, 7, y + 3, pg.w - 14, 11)
    ttl = _notice_title(t)
    f.para(ttl, 15, indent=0, lead=1.45, font=ctx.bold)
    acct = ctx.choice([f"{t['issuer']}", f"{t['reg']['c']}{ctx.choice(('专技', '继教', '人才'))}发布"])
    f.skip(1).text(f"{acct}  {fmt_date(t['issued'], 'dash')} {ctx.rng.randrange(8, 22)}:{ctx.rng.randrange(60):02d}", 8.5,
                   color=(87, 107, 149))  # fmt: skip
    f.skip(2)
    cw = cat_word(ctx, t["cat"])
    f.para(f"{t['issuer']}定于{period_text(ctx, t['start'], t['end'])}举办{t['title']}。", 10.5, lead=1.7)
    f.para(
        f"培训结束经考核合格的，登记{cw}{hs(t['hours'])}学时。名额有限，请于{(t['start'] - timedelta(days=3)).month}月{(t['start'] - timedelta(days=3)).day}日前报名。",
        10.5,
        lead=1.7,
    )
    f.skip(1).text("▌ 已报名学员（第一批）", 10.5, ctx.bold)
    names = ctx.names(ctx.rng.randrange(6, 13))
    for i in range(0, len(names), 4):
        f.text("  ".join(names[i : i + 4]), 10.5, dx=2)
    f.skip(2).text(f"发布单位：{t['issuer']}", 9.5).text(f"发布日期：{fmt_date(t['issued'], 'cn')}", 9.5)
    f.skip(3).text(
        f"阅读 {ctx.rng.randrange(1, 9)}.{ctx.rng.randrange(10)}万    赞 {ctx.rng.randrange(20, 300)}    在看 {ctx.rng.randrange(5, 90)}",
        8.5,
        color=GREY,
    )
    return [pg], {"names": names, "cat": t["cat"] if cw else None}


def _tn_receipt(ctx: Ctx, t: dict[str, Any]) -> tuple[list[Page], dict[str, Any]]:
    p1 = Page(*A4)
    f = Flow(p1, ctx, 24, 30, 162, 12)
    ttl = _notice_title(t)
    if width_mm(ttl, ctx.bold, 17) > 160:
        cut = ttl.index("的通知")
        f.center(ttl[:cut], 16, ctx.bold).center("的通知", 16, ctx.bold)
    else:
        f.center(ttl, 17, ctx.bold)
    f.center(
        f"{t['issuer'][:2]}{ctx.choice(('通', '字'))}〔{t['issued'].year}〕{ctx.rng.randrange(2, 40)}号", 10.5
    ).skip(5)
    f.text("各有关单位：", 12)
    cw = cat_word(ctx, t["cat"])
    f.para(
        f"根据年度继续教育工作安排，定于{period_text(ctx, t['start'], t['end'])}举办{t['title']}，现将有关事项通知如下。",
        12,
        lead=1.9,
    )
    nums = "一二三四五六"
    for i, (h, body) in enumerate(_notice_sections(ctx, t, cw)):
        f.para(f"{nums[i]}、{h}：{body}", 11.5, lead=1.8)
    f.para("请各单位于开班前将报名回执（附件）报送至联系人邮箱。", 11.5)
    y = f.y + 12
    p1.text(158, y, t["issuer"], kit.fit(t["issuer"], ctx.body, 12, 70), ctx.body, "c")
    p1.text(158, y + 8, fmt_date(t["issued"], ctx.choice(["cn", "cn0"])), 12, ctx.body, "c")
    seal(p1, ctx, 158, y + 4, t["issuer"])
    kit.page_no(p1, ctx, 1, 2, "- {n} -")
    p2 = Page(*A4)
    p2.text(22, 22, "附件", 13, ctx.bold)
    p2.text(
        p2.w / 2, 36, kit.spaced("报名回执表", "  ") if ctx.chance(0.5) else "报名回执", 17, ctx.bold, "c"
    )
    unit = t["unit"]
    p2.text(22, 52, "单位（盖章）：", 11, ctx.body)
    hand(p2, ctx, 52, 50.5, unit, 13)
    names = ctx.names(ctx.rng.randrange(2, 5))
    rows = [["姓名", "性别", "职称", "联系电话", "是否住宿"]]
    for n in names:
        rows.append(
            [n, ctx.choice("男女"), ctx.choice(t["prof"]["titles"]), _phone(ctx), ctx.choice(("是", "否"))]
        )
    for _ in range(6 - len(names)):
        rows.append(["", "", "", "", ""])
    y = p2.table(22, 62, [30, 18, 40, 50, 28], rows, 11, ctx.body, row_h=12, fonts={0: ctx.hand, 1: ctx.hand, 2: ctx.hand, 3: ctx.hand, 4: ctx.hand},
                 header_font=ctx.bold)  # fmt: skip
    seal(p2, ctx, 80, 56, unit, 16)
    p2.text(22, y + 6, "注：回执请于开班前5日报送。", 10, ctx.body, "l", GREY)
    kit.page_no(p2, ctx, 2, 2, "- {n} -")
    return [p1, p2], {"names": names, "cat": t["cat"] if cw else None}


# ================================================================================================
# qualification_certificate
# ================================================================================================
MODULES = ["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Windows 7操作系统",
           "Internet应用", "AutoCAD 2004制图软件", "Photoshop CS4图像处理", "WPS Office办公组合", "Access 2003数据库"]  # fmt: skip
SELF_STUDY = {
    "会计（专升本）": [("00067", "财务管理学"), ("00159", "高级财务会计"), ("00160", "审计学"), ("00150", "金融理论与实务")],
    "学前教育（专升本）": [("00394", "幼儿园课程"), ("00402", "学前教育史"), ("00882", "学前教育心理学"), ("00884", "学前教育科研方法")],
    "药学（专升本）": [("03031", "药理学（二）"), ("03029", "药剂学（二）"), ("03030", "药物分析（三）"), ("02903", "药物化学（一）")],
    "通用课程": [("03708", "中国近现代史纲要"), ("03709", "马克思主义基本原理概论"), ("00015", "英语（二）")],
}  # fmt: skip
POSTGRAD = {
    "农业推广": ["农业推广学", "现代农业技术概论", "试验设计与统计分析", "农业政策学"],
    "公共管理": ["公共管理学", "公共政策分析", "行政法学", "社会研究方法"],
    "教育管理": ["教育管理学", "教育研究方法", "课程与教学论", "教育心理学"],
    "临床医学": ["医学统计学", "循证医学", "医学影像新进展", "临床流行病学"],
}  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    variant = ctx.layout("qualification_certificate")
    reg = ctx.region()
    pkey, prof = ctx.prof()
    name = ctx.name()
    builder = {
        "diploma": _q_diploma, "degree": _q_degree, "computer-exam": _q_computer, "self-study": _q_self,
        "postgrad": _q_postgrad, "verify-print": _q_verify,
    }[variant]  # fmt: skip
    pages, q = builder(ctx, reg, prof, name)
    fields = {"holder": name, "people": [], "title": q.get("title"), "issuer": q["issuer"], "issued_on": q["issued"],
              "qualification": {"kind": q["kind"], "subject": q.get("subject"), "modules": q.get("modules")}}  # fmt: skip
    return make_doc(
        ctx, "qualification_certificate", variant, pages, fields, name, int(q["issued"][:4]), reg["policy"]
    )


def _birth(ctx: Ctx, grad_year: int, age: int = 22) -> date:
    return date(grad_year - age, ctx.rng.randrange(1, 13), ctx.rng.randrange(1, 29))


def _upper_ymd(d: date) -> str:
    return f"{cn_year(d.year)}年{cn_num(d.month)}月{cn_num(d.day)}日"


def _q_diploma(
    ctx: Ctx, reg: dict[str, Any], prof: dict[str, Any], name: str
) -> tuple[list[Page], dict[str, Any]]:
    major, univ, _ = ctx.choice(prof["majors"])
    gy = ctx.rng.randrange(2006, 2017)
    years = ctx.choice((4, 4, 3, 5))
    level = {3: "专科", 4: "本科", 5: "本科"}[years]
    grad = date(gy, 6, ctx.choice((20, 25, 28, 30)))
    pg = Page(297.0, 210.0)
    frame(pg, ctx, ctx.choice((2, 3)))
    pg.text(pg.w / 2, 24, "普通高等学校", 14, ctx.body, "c")
    pg.text(pg.w / 2, 34, "毕  业  证  书", 28, ctx.bold, "c")
    kit.photo(pg, 34, 62, 32, 44)
    sex = ctx.choice("男女")
    f = Flow(pg, ctx, 86, 64, 180, 13)
    f.para(f"学生{name}，性别{sex}，{_upper_ymd(_birth(ctx, gy))}生，于{cn_year(gy - years)}年九月至{cn_year(gy)}年{cn_num(grad.month)}月"
           f"在本校{major}专业{cn_num(years)}年制{level}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", 13, lead=2.1)  # fmt: skip
    y = max(f.y + 10, 140)
    g = Flow(pg, ctx, 86, y, 100, 12)
    g.kv("校　　名", univ, 28, colon="：")
    pg.text(86, g.y, "校（院）长：", 12, ctx.body)
    kit.signature(pg, ctx, 116, g.y - 2, ctx.name(), 15)
    g.skip(lh(12, 2.0))
    g.kv(
        "证书编号", f"{ctx.rng.randrange(10000, 14999)}{gy}{ctx.rng.randrange(10**8, 10**9)}", 28, colon="："
    )
    ds = _upper_ymd(grad)
    pg.text(235, 172, ds, 13, ctx.body, "c")
    seal(pg, ctx, 235, 166, univ, 18)
    pg.text(pg.w / 2, 188, "本证书信息可在教育部学历证书电子注册系统查询", 8, ctx.body, "c", GREY)
    return [pg], {"issuer": univ, "issued": iso(grad), "kind": "graduation", "subject": major}


def _q_degree(
    ctx: Ctx, reg: dict[str, Any], prof: dict[str, Any], name: str
) -> tuple[list[Page], dict[str, Any]]:
    major, univ, disc = ctx.choice(prof["majors"])
    doctor = ctx.chance(0.35)
    gy = ctx.rng.randrange(2008, 2019)
    gm = ctx.choice((6, 6, 12))
    month_only = ctx.chance(0.5)
    gd = date(gy, gm, ctx.choice((15, 20, 28, 30)))
    pg = Page(210.0, 297.0)
    frame(pg, ctx, 2)
    pg.text(pg.w / 2, 40, "学  位  证  书", 28, ctx.bold, "c")
    kit.photo(pg, pg.w / 2 - 16, 64, 32, 44)
    sex = ctx.choice("男女")
    b = _birth(ctx, gy, 29 if doctor else 26)
    lvl = "博士" if doctor else "硕士"
    f = Flow(pg, ctx, 30, 122, 150, 13)
    f.para(f"{name}，{sex}，{cn_year(b.year)}年{cn_num(b.month)}月生。在{univ}{major}专业完成了{lvl}学位研究生的学习计划，"
           f"业已通过{lvl}学位的课程考试和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予{disc}{lvl}学位。", 13, lead=2.2)  # fmt: skip
    y = f.y + 14
    pg.text(40, y, f"{univ}", 13, ctx.body)
    pg.text(40, y + 9, "学位评定委员会主席", 12, ctx.body)
    kit.signature(pg, ctx, 90, y + 7, ctx.name(), 15)
    no = f"{ctx.rng.randrange(10000, 14999)}{2 if lvl == '硕士' else 1}{gy}{ctx.rng.randrange(10**6, 10**7)}"
    pg.text(40, y + 24, f"证书编号：{no}", 11, ctx.body)
    ds = f"{cn_year(gy)}年{cn_num(gm)}月" if month_only else _upper_ymd(gd)
    pg.text(150, y + 24, ds, 13, ctx.body, "c")
    seal(pg, ctx, 150, y + 12, univ, 18)
    issued = f"{gy}-{gm:02d}" if month_only else iso(gd)
    return [pg], {
        "issuer": univ,
        "issued": issued,
        "kind": "doctor_degree" if doctor else "master_degree",
        "subject": major,
    }


def _q_computer(
    ctx: Ctx, reg: dict[str, Any], prof: dict[str, Any], name: str
) -> tuple[list[Page], dict[str, Any]]:
    year = ctx.rng.randrange(2012, 2019)
    issuer = ctx.choice([f"{reg['prov']}人事考试院", f"{reg['prov']}人力资源和社会保障厅"])
    mods = ctx.sample(MODULES, ctx.rng.randrange(1, 4))
    pg = Page(*A4)
    frame(pg, ctx, 1)
    f = Flow(pg, ctx, 24, 26, 162, 12)
    f.center("全国专业技术人员", 16, ctx.bold).center("计算机应用能力考试", 20, ctx.bold).center(
        "合 格 证 书", 24, ctx.bold
    ).skip(8)
    kit.photo(pg, 150, f.y, 26, 35)
    g = Flow(pg, ctx, 30, f.y + 2, 110, 12)
    g.kv("姓　　名", name, 26).kv("性　　别", ctx.choice("男女"), 26).kv("身份证号", masked_id(ctx, reg), 26)
    g.kv("证书编号", f"{ctx.rng.randrange(10**9, 10**10)}{ctx.rng.randrange(100, 999)}", 26)
    rows = [["考试科目（模块）", "考试时间", "成绩"]]
    exam_days = sorted(ctx.day(year, (3, 11)) for _ in mods)
    for m, d in zip(mods, exam_days, strict=True):
        rows.append([m, fmt_month(d.year, d.month, "cn"), "合格"])
    y = pg.table(30, max(g.y, f.y + 40) + 6, [84, 40, 26], rows, 11, ctx.body, row_h=11, header_font=ctx.bold)
    issued = exam_days[-1] + timedelta(days=ctx.rng.randrange(30, 60))
    h = Flow(pg, ctx, 30, y + 10, 150, 11)
    h.para("该同志参加全国专业技术人员计算机应用能力考试，上列科目成绩合格，特发此证。", 11)
    yy = h.y + 20
    pg.text(150, yy, issuer, kit.fit(issuer, ctx.body, 12, 80), ctx.body, "c")
    pg.text(150, yy + 8, fmt_date(issued, ctx.choice(["cn", "cn0"])), 12, ctx.body, "c")
    seal(pg, ctx, 150, yy + 4, issuer)
    return [pg], {
        "issuer": issuer,
        "issued": iso(issued),
        "kind": "computer_exam",
        "subject": None,
        "modules": mods,
    }


def _q_self(
    ctx: Ctx, reg: dict[str, Any], prof: dict[str, Any], name: str
) -> tuple[list[Page], dict[str, Any]]:
    major = ctx.choice([m for m in SELF_STUDY if m != "通用课程"])
    courses = ctx.sample(SELF_STUDY[major], ctx.rng.randrange(1, 3)) + ctx.sample(
        SELF_STUDY["通用课程"], ctx.rng.randrange(0, 2)
    )
    year = ctx.rng.randrange(2013, 2019)
    month = ctx.choice((4, 10))
    issuer = f"{reg['prov']}高等教育自学考试委员会"
    pg = Page(210.0, 297.0)
    frame(pg, ctx, ctx.choice((1, 2)))
    f = Flow(pg, ctx, 24, 28, 162, 12)
    f.center("高等教育自学考试", 18, ctx.bold).center("单科合格证书", 24, ctx.bold).skip(8)
    c = ctx.colon()
    f.kv("考生姓名", name, 28, colon=c).kv("准考证号", f"{ctx.rng.randrange(10**11, 10**12)}", 28, colon=c)
    f.kv("报考专业", major, 28, colon=c)
    f.para(
        f"该考生于{year}年{month}月参加{reg['prov']}高等教育自学考试，下列课程考试成绩合格，特发此证。",
        12,
        lead=1.9,
    )
    rows = [["课程代码", "课程名称", "成绩", "考试时间"]]
    for code, cname in courses:
        rows.append([code, cname, str(ctx.rng.randrange(60, 92)), fmt_month(year, month, "cn")])
    y = pg.table(24, f.y + 4, [28, 74, 24, 36], rows, 11, ctx.body, row_h=11, header_font=ctx.bold)
    issued = date(year, month + 1, ctx.rng.randrange(5, 28))
    yy = y + 28
    pg.text(150, yy, issuer, kit.fit(issuer, ctx.body, 12, 80), ctx.body, "c")
    pg.text(150, yy + 8, fmt_date(issued, ctx.choice(["cn", "upper"])), 12, ctx.body, "c")
    seal(pg, ctx, 150, yy + 4, issuer)
    pg.text(pg.w / 2, 270, "注：本证书涂改无效，请妥善保管，遗失不补。", 9, ctx.body, "c", GREY)
    return [pg], {"issuer": issuer, "issued": iso(issued), "kind": "self_study_exam", "subject": major,
                  "modules": [c for _, c in courses]}  # fmt: skip


def _q_postgrad(
    ctx: Ctx, reg: dict[str, Any], prof: dict[str, Any], name: str
) -> tuple[list[Page], dict[str, Any]]:
    major = ctx.choice(list(POSTGRAD))
    univ = ctx.choice(reg["univ"] + ["湖南大学", "山东大学", "中南大学", "山东农业大学"])
    y0 = ctx.rng.randrange(2012, 2019)
    end = date(y0 + 2, ctx.choice((1, 6, 7)), ctx.rng.randrange(1, 29))
    pg = Page(297.0, 210.0)
    frame(pg, ctx, 3)
    pg.text(pg.w / 2, 26, "研究生课程进修班", 18, ctx.bold, "c")
    pg.text(pg.w / 2, 38, "结  业  证  书", 26, ctx.bold, "c")
    kit.photo(pg, 30, 64, 30, 40)
    listed = ctx.chance(0.6)
    mods = POSTGRAD[major] if listed else None
    f = Flow(pg, ctx, 76, 64, 190, 13)
    f.para(f"{name}同志于{y0}年9月至{end.year}年{end.month}月在我校{major}专业研究生课程进修班学习，修完规定的全部课程，"
           "成绩合格，准予结业。", 13, lead=2.0)  # fmt: skip
    if listed:
        f.text("所修课程：" + "、".join(POSTGRAD[major]), 11)
    yy = max(f.y + 16, 150)
    pg.text(225, yy, univ, 13, ctx.body, "c")
    pg.text(225, yy + 9, fmt_date(end, ctx.choice(["cn", "upper"])), 13, ctx.body, "c")
    seal(pg, ctx, 225, yy + 5, univ)
    pg.text(30, 186, f"编号：JX{end.year}{ctx.rng.randrange(1000, 9999)}", 10, ctx.body)
    return [pg], {
        "issuer": univ,
        "issued": iso(end),
        "kind": "postgraduate_courses",
        "subject": major,
        "modules": mods,
    }


def _q_verify(
    ctx: Ctx, reg: dict[str, Any], prof: dict[str, Any], name: str
) -> tuple[list[Page], dict[str, Any]]:
    major, univ, _ = ctx.choice(prof["majors"])
    gy = ctx.rng.randrange(2006, 2018)
    grad = date(gy, ctx.choice((6, 7)), ctx.choice((1, 20, 30)))
    pg = Page(*A4)
    kit.browser(pg, ctx, "学历证书电子注册备案表", f"https://www.gxcx-verify.cn/xlcx/report?vcode={ctx.rng.randrange(10**9, 10**10)}",
                f"{gy + ctx.rng.randrange(3, 8)}/{ctx.rng.randrange(1, 13)}/{ctx.rng.randrange(1, 28)} 10:{ctx.rng.randrange(60):02d}")  # fmt: skip
    f = Flow(pg, ctx, 20, 22, 170, 12)
    f.center("高等学历证书电子注册备案表", 18, ctx.bold)
    f.center(
        f"更新日期：{gy + ctx.rng.randrange(3, 8)}年{ctx.rng.randrange(1, 13)}月{ctx.rng.randrange(1, 28)}日",
        9,
        color=GREY,
    ).skip(4)
    kit.photo(pg, 158, f.y, 28, 38)
    b = _birth(ctx, gy)
    rows = [
        ["姓名", name], ["性别", ctx.choice("男女")], ["出生日期", f"{b.year}年{b.month:02d}月{b.day:02d}日"],
        ["院校名称", univ], ["层次", "本科"], ["专业", major], ["学制", "4 年"], ["学历类别", "普通高等教育"],
        ["学习形式", "普通全日制"], ["入学日期", f"{gy - 4}年09月01日"], ["毕（结）业日期", fmt_date(grad, "cn0")],
        ["毕（结）业", "毕业"], ["证书编号", f"{ctx.rng.randrange(10000, 14999)}{gy}{ctx.rng.randrange(10**8, 10**9)}"],
    ]  # fmt: skip
    y = pg.table(20, f.y, [36, 96], rows, 11, ctx.body, row_h=10.5)
    kit.qr(pg, 20, y + 10, 28, ctx)
    vcode = "".join(ctx.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    pg.text(54, y + 14, f"在线验证码：{vcode}", 11, ctx.body)
    pg.text(54, y + 22, "报告在线验证有效期：6个月", 9, ctx.body, "l", GREY)
    return [pg], {"issuer": univ, "issued": iso(grad), "kind": "graduation", "subject": major}


# ================================================================================================
# other
# ================================================================================================
def other(ctx: Ctx, k: int) -> Doc:
    variant = ctx.layout("other")
    t = training(ctx, None)
    name = ctx.name()
    builder = {
        "register-book": _o_register, "receipt": _o_receipt, "acceptance": _o_accept, "appointment": _o_appoint,
        "notes": _o_notes, "reply-slip": _o_reply,
    }[variant]  # fmt: skip
    pages, f = builder(ctx, t, name)
    fields = {"holder": f.get("holder"), "people": f.get("people", []), "title": f.get("title"),
              "issuer": f.get("issuer"), "issued_on": f.get("issued")}  # fmt: skip
    return make_doc(ctx, "other", variant, pages, fields, name, t["year"], t["reg"]["policy"], f.get("cat"))


def _o_register(ctx: Ctx, t: dict[str, Any], name: str) -> tuple[list[Page], dict[str, Any]]:
    pg = Page(*A4)
    reg = t["reg"]
    yy = reg["c"] == "益阳"
    head = (
        f"{reg['prov']}专业技术人员继续教育登记证书"
        if yy
        else f"专业技术人员继续教育情况登记表（{t['year']}年度）"
    )
    f = Flow(pg, ctx, 18, 20, 174, 11)
    f.center(head, kit.fit(head, ctx.bold, 16, 170), ctx.bold).skip(3)
    pg.text(18, f.y, f"姓名：{name}", 11, ctx.body)
    pg.text(80, f.y, f"所在单位：{t['unit']}", kit.fit(f"所在单位：{t['unit']}", ctx.body, 11, 110), ctx.body)
    f.skip(10)
    rows = [["类别", "培训项目名称", "主办单位", "培训时间", "学时", "登记人签字"]]
    pub = ctx.choice(PUBLIC_TOPICS["yy" if yy else "yt"])
    rows.append(
        ["公需科目", pub[:14], reg["school"][:10], fmt_date(t["start"] - timedelta(days=40), "dot"), "30", ""]
    )
    rows.append(
        ["专业科目", t["title"][:14], t["issuer"][:10], fmt_date(t["start"], "dot"), hs(t["hours"]), ""]
    )
    rows.append(
        [
            "专业科目",
            ctx.choice(t["prof"]["topics"])[:14],
            t["issuer"][:10],
            fmt_date(t["end"] + timedelta(days=50), "dot"),
            "12",
            "",
        ]
    )  # noqa: E501
    for _ in range(3):
        rows.append(["", "", "", "", "", ""])
    y = pg.table(18, f.y, [22, 50, 38, 26, 14, 24], rows, 9.5, ctx.body, row_h=12, header_font=ctx.bold)
    for i in range(3):
        kit.signature(pg, ctx, 172, f.y + 15 + i * 12, ctx.name(2), 12)
    pg.text(18, y + 8, f"年度总学时：{30 + int(t['hours']) + 12} 学时", 11, ctx.body)
    pg.text(18, y + 20, "单位（盖章）：", 11, ctx.body)
    seal(pg, ctx, 60, y + 24, t["unit"], 16)
    pg.text(110, y + 20, "主管部门（盖章）：", 11, ctx.body)
    return [pg], {"holder": name, "title": head}


def _amount_words(n: int) -> str:
    digits = "零壹贰叁肆伍陆柒捌玖"
    out = ""
    th, rest = divmod(n, 1000)
    h, rest = divmod(rest, 100)
    if th:
        out += digits[th] + "仟"
    if h:
        out += digits[h] + "佰"
    elif th and rest:
        out += "零"
    if rest:
        tn, o = divmod(rest, 10)
        if tn:
            out += digits[tn] + "拾"
        if o:
            out += digits[o]
    return out + "元整"


def _o_receipt(ctx: Ctx, t: dict[str, Any], name: str) -> tuple[list[Page], dict[str, Any]]:
    pg = Page(210.0, 120.0)
    amt = ctx.choice((300, 480, 600, 800, 1200, 1500, 2600))
    pg.text(pg.w / 2, 10, "收    据", 20, ctx.bold, "c", RED)
    pg.text(pg.w - 16, 12, f"No.{ctx.rng.randrange(10**6, 10**7)}", 11, ctx.body, "r", RED)
    d = t["start"]
    pg.text(pg.w / 2, 22, f"{d.year} 年 {d.month} 月 {d.day} 日", 10, ctx.body, "c")
    rows = [["交款单位（人）", f"{name}（{t['unit'][:12]}）"], ["收款事由", f"{t['title'][:22]}培训费"],
            ["金额（大写）", _amount_words(amt)], ["金额（小写）", f"￥{amt:.2f}"]]  # fmt: skip
    y = pg.table(16, 30, [40, 138], rows, 11, ctx.body, row_h=11, lw=0.4)
    pg.text(
        16,
        y + 8,
        f"收款单位（盖章）：{t['issuer']}",
        kit.fit(f"收款单位（盖章）：{t['issuer']}", ctx.body, 10.5, 120),
        ctx.body,
    )
    pg.text(150, y + 8, "收款人：", 10.5, ctx.body)
    kit.signature(pg, ctx, 166, y + 6, ctx.name(), 13)
    seal(pg, ctx, 70, y + 8, t["issuer"], 15)
    pg.text(pg.w - 16, 18, "第二联  交款人", 8, ctx.body, "r", RED)
    return [pg], {"holder": name, "issuer": t["issuer"], "issued": iso(d), "title": "收据"}


def _o_accept(ctx: Ctx, t: dict[str, Any], name: str) -> tuple[list[Page], dict[str, Any]]:
    from .pools import JOURNALS

    own = t["prof"]["journals"]
    jn = JOURNALS[ctx.choice(own)] if own else (ctx.choice(
        {"acct": ["财会月刊", "财会通讯"], "teach": ["学前教育研究", "职业技术教育"], "relic": ["文物保护与考古科学", "中国博物馆"]}.get(
            t["pkey"], ["科技通报"])),)  # fmt: skip
    others = ctx.names(ctx.rng.randrange(0, 3))
    authors = [name] + others if ctx.chance(0.6) else others[:1] + [name] + others[1:]
    pg = Page(*A4)
    f = Flow(pg, ctx, 26, 30, 158, 12)
    f.center(f"《{jn[0]}》编辑部", 14, ctx.bold).center("录 用 通 知", 22, ctx.bold, color=RED).skip(6)
    f.text("、".join(authors) + " 同志：", 12)
    paper = ctx.choice(t["prof"]["topics"]) + ctx.choice(("的实践探索", "现状分析与对策", "若干问题研究"))
    yr = t["year"]
    f.para(f"您好！您的稿件《{paper}》（稿件编号：{yr}{ctx.rng.randrange(1000, 9999)}）经本刊编辑部初审、专家外审和主编终审，"
           f"决定予以录用，拟安排在{yr + 1}年第{ctx.rng.randrange(1, 12)}期刊出。", 12, lead=2.0)  # fmt: skip
    f.para("请勿一稿多投。文章刊出后将寄送样刊两册。特此通知。", 12, lead=2.0)
    d = t["issued"]
    y = f.y + 16
    pg.text(150, y, f"《{jn[0]}》编辑部", 12, ctx.body, "c")
    pg.text(150, y + 8, fmt_date(d, "cn"), 12, ctx.body, "c")
    seal(pg, ctx, 150, y + 4, f"{jn[0]}编辑部", 17)
    return [pg], {"people": people(authors, "author"), "title": paper, "issued": iso(d)}


def _o_appoint(ctx: Ctx, t: dict[str, Any], name: str) -> tuple[list[Page], dict[str, Any]]:
    pg = Page(297.0, 210.0, bg=(252, 246, 236))
    frame(pg, ctx, 3)
    pg.text(pg.w / 2, 36, "聘    书", 36, ctx.bold, "c", RED)
    d = t["issued"]
    org = t["issuer"]
    role = ctx.choice(["专家库成员", "兼职教师", "继续教育授课专家", "技术顾问"])
    f = Flow(pg, ctx, 50, 76, 200, 16)
    pg.text(50, f.y, "兹聘请", 16, ctx.body)
    hand(pg, ctx, 76, f.y - 2, name, 20, (15, 15, 15))
    pg.text(76 + width_mm(name, ctx.hand, 20) + 4, f.y, "同志", 16, ctx.body)
    f.skip(16)
    f.para(f"为{org}{role}，聘期{ctx.choice(('三', '两', '五'))}年（{d.year}年{d.month}月至{d.year + 3}年{d.month}月）。", 16, indent=0,
           lead=2.0)  # fmt: skip
    y = 160
    pg.text(225, y, org, kit.fit(org, ctx.body, 14, 90), ctx.body, "c")
    pg.text(225, y + 10, _upper_ymd(d), 14, ctx.body, "c")
    seal(pg, ctx, 225, y + 5, org)
    return [pg], {"holder": name, "issuer": org, "issued": iso(d), "title": "聘书"}


def _o_notes(ctx: Ctx, t: dict[str, Any], name: str) -> tuple[list[Page], dict[str, Any]]:
    pg = Page(*A4, bg=(253, 252, 246))
    for i in range(36):
        yy = 40 + i * 7
        pg.line(16, yy, pg.w - 16, yy, 0.2, (170, 190, 220))
    pg.line(30, 10, 30, pg.h - 10, 0.3, (220, 140, 140))
    pg.text(pg.w / 2, 14, "学  习  笔  记", 16, ctx.bold, "c")
    pg.text(pg.w - 18, 26, f"No. {ctx.rng.randrange(1, 40):03d}", 8, ctx.body, "r", GREY)
    lines = [
        f"培训：{t['title']}",
        f"时间：{fmt_date(t['start'], ctx.choice(['cn', 'dot1']))}    姓名：{name}",
        f"一、{t['topic']}的主要内容",
        f"1. 政策背景与{ctx.choice(('最新要求', '总体思路'))}",
        "2. 关键技术要点：规范操作、记录完整",
        f"3. 典型案例：{t['reg']['c']}某单位经验做法",
        "二、体会",
        "结合本岗位实际，要把学到的方法用到日常工作中，",
        "做好记录和总结，定期复盘。",
    ]
    for i, s in enumerate(lines):
        hand(pg, ctx, 34, 33 + i * 7 + 1.2, s[:36], 13.5)
    return [pg], {"holder": name, "title": "学习笔记"}


def _o_reply(ctx: Ctx, t: dict[str, Any], name: str) -> tuple[list[Page], dict[str, Any]]:
    pg = Page(210.0, 148.0)
    ttl = f"{t['title']}参会回执"
    pg.text(pg.w / 2, 14, ttl, kit.fit(ttl, ctx.bold, 16, 180), ctx.bold, "c")
    others = ctx.names(ctx.rng.randrange(0, 3))
    names = [name] + others
    rows = [["姓名", "性别", "单位", "职务/职称", "手机", "住宿"]]
    for n in names:
        rows.append(
            [
                n,
                ctx.choice("男女"),
                t["unit"][:10],
                ctx.choice(t["prof"]["titles"]),
                _phone(ctx),
                ctx.choice("是否"),
            ]
        )
    for _ in range(4 - len(names)):
        rows.append([""] * 6)
    y = pg.table(14, 30, [24, 14, 54, 30, 32, 14], rows, 10, ctx.body, row_h=11, fonts={i: ctx.hand for i in range(6)},
                 header_font=ctx.bold)  # fmt: skip
    pg.text(14, y + 8, "单位（盖章）", 11, ctx.body)
    seal(pg, ctx, 48, y + 10, t["unit"], 15)
    lab = f"{t['start'].year}年"
    x = 140 + pg.text(140, y + 8, lab, 11, ctx.body)
    d = t["start"] - timedelta(days=ctx.rng.randrange(3, 12))
    hand(pg, ctx, x + 0.8, y + 7.4, str(d.month), 12)
    x += 7
    pg.text(x, y + 8, "月", 11, ctx.body)
    hand(pg, ctx, x + 5, y + 7.4, str(d.day), 12)
    pg.text(x + 12, y + 8, "日", 11, ctx.body)
    return [pg], {"people": people(names, "attendee"), "title": ttl}
