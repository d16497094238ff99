"""Draw 42 builders: training certificates, sign-in sheets, notices, qualifications and stray papers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.doc import Doc, frame
from bench.blind.page import Page, width_mm
from bench.blind42.pools import (
    CITIES,
    PLATFORMS,
    PUBLIC_TOPICS,
    Ctx,
    Prof,
    addr,
    browser_page,
    city,
    fd,
    fit,
    fm,
    fr,
    hours_s,
    idno,
    kv,
    lh,
    mask_phone,
    organiser,
    phone_no,
    phone_page,
    photo_box,
    pnames,
    prof,
    qr,
    rdate,
    style,
    unit,
    variant,
    wrap_lines,
)
from bench.generator.truth import person

CATS = ("public", "professional", None)
RED = (185, 30, 30)
BLUE_INK = (25, 35, 110)


def _period(ctx: Ctx, days: tuple[int, int] = (1, 5)) -> tuple[dt.date, dt.date]:
    a = rdate(ctx.rng, 2018, 2024)
    return a, a + dt.timedelta(days=ctx.rng.randint(*days) - 1)


def _training_title(ctx: Ctx, p: Prof, cat: str | None, year: int) -> str:
    if cat == "public":
        return ctx.pick("pubtitle", [f"{year}年度专业技术人员公需科目培训", f"{ctx.rng.choice(PUBLIC_TOPICS)}公需科目专题培训",
                                     f"{year}年专业技术人员公需科目继续教育"])
    topic = ctx.rng.choice(p.trainings)
    if cat == "professional":
        return ctx.pick("protitle", [f"{topic}专业科目培训班", f"{year}年{topic}专业科目研修班", f"{topic}专业课培训"])
    return ctx.pick("title", [f"{topic}培训班", f"{year}年{topic}高级研修班", f"{topic}专题培训", f"{topic}继续教育项目"])


def _cat_line(cat: str | None) -> str | None:
    return {"public": "公需科目", "professional": "专业科目", None: None}[cat]


def _upper(n: int) -> str:
    """An amount in whole yuan below 10000 in capital numerals (1500 -> 壹仟伍佰元整)."""
    dig = "零壹贰叁肆伍陆柒捌玖"
    out, zero = "", False
    for val, unit_ in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
        q = n // val % 10
        if q:
            out += ("零" if zero and out else "") + dig[q] + unit_
            zero = False
        else:
            zero = True
    return out + "元整"


def _serial(ctx: Ctx, pre: str, year: int) -> str:
    return f"{pre}{year}{ctx.rng.randint(0, 999999):06d}"


# =============================================================================================
def training_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "training_certificate")
    r = ctx.rng
    c, p = city(ctx), prof(ctx)
    cat = CATS[(k + ctx.offset // 6) % 3]
    holder = pnames(r, 1)[0]
    wp = unit(r, p, c)
    a, b = _period(ctx, (1, 6) if v != "online" else (20, 120))
    issued = b + dt.timedelta(days=r.randint(0, 12))
    title = _training_title(ctx, p, cat, a.year)
    issuer = organiser(ctx, p, c) if v != "online" and v != "phone" else ctx.pick("platform", PLATFORMS)
    hours = float(r.choice([8, 12, 16, 24, 30, 32, 40, 48])) if v not in ("online", "phone") else 0.0
    st = style(ctx)
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    pages: list[Page] = []
    cat_word = _cat_line(cat)
    if v == "classic":
        pg = Page()
        frame(pg, ctx, r.choice([1, 2, 3]))
        pg.text(105, 38, "结 业 证 书", 30, ctx.bold, "c")
        pg.text(105, 56, f"证书编号：{_serial(ctx, 'TJ', a.year)}", 10, ctx.body, "c")
        body = (f"{holder}同志，工作单位{wp}，于{fr(a, b, st)}参加{issuer}举办的“{title}”，"
                f"完成全部培训课程，共计{hours_s(hours)}学时，经考核成绩合格，准予结业。")
        y = wrap_lines(pg, ctx, 30, 78, 150, [body], 14, lead=2.0)
        if cat_word:
            y = kv(pg, ctx, 30, y + 6, [("科目类别", cat_word)], 13)
        pg.text(30, y + 6, "特发此证。", 14, ctx.body)
        yy = 200
        pg.text(150, yy, issuer, 13, ctx.body, "c")
        pg.text(150, yy + 9, fd(issued, st), 13, ctx.body, "c")
        pg.seal(150, yy + 4, 19, issuer[:16], r.randrange(10**6))
        pg.text(105, 270, f"查询电话：{phone_no(r, c)}", 8.5, ctx.body, "c", (90, 90, 90))
        pages.append(pg)
    elif v == "landscape":
        pg = Page(w=297, h=210)
        frame(pg, ctx, r.choice([2, 3]))
        pg.text(148.5, 28, "培训证书", 30, ctx.bold, "c")
        pg.text(148.5, 45, "CERTIFICATE OF TRAINING", 11, ctx.body, "c", (120, 90, 40))
        photo_box(pg, 40, 62)
        y = kv(pg, ctx, 78, 62, [("姓　　名", holder), ("工作单位", wp), ("培训项目", title),
                                   ("培训时间", fr(a, b, st, " — ")), ("培训学时", f"{hours_s(hours)}学时")]
               + ([("课程类别", cat_word)] if cat_word else []), 12.5, lab_w=28, gap=2.3)
        pg.text(40, 160, f"编号：No.{r.randint(10**7, 10**8 - 1)}", 10, ctx.body)
        pg.text(235, 158, issuer, 12.5, ctx.body, "c")
        pg.text(235, 167, fd(issued, st), 12.5, ctx.body, "c")
        pg.seal(235, 162, 19, issuer[:16], r.randrange(10**6))
        pages.append(pg)
    elif v == "online":
        pg = Page()
        pg.rect(0, 0, 210, 30, 0, fill=(18, 96, 160))
        pg.text(20, 10, issuer, 16, ctx.bold, color=(255, 255, 255))
        pg.text(105, 42, "学时证明", 24, ctx.bold, "c")
        rows = [["序号", "课程名称", "课程类别", "学时", "完成时间"]]
        n = r.randint(4, 7)
        topics = r.sample(list(p.trainings) if cat != "public" else PUBLIC_TOPICS, min(n, 6))
        dates = sorted(a + dt.timedelta(days=r.randint(0, (b - a).days)) for _ in topics)
        dates[-1] = b
        dates[0] = a
        dates.sort()
        total = 0.0
        for i, (t, d) in enumerate(zip(topics, dates, strict=False)):
            h = float(r.choice([2, 3, 4, 6]))
            total += h
            kind = {"public": "公需科目", "professional": "专业科目"}.get(cat or "", "公需科目" if i % 2 else "专业科目")
            rows.append([str(i + 1), t, kind, hours_s(h), fd(d, "iso")])
        hours = total
        y = kv(pg, ctx, 22, 56, [("姓名", holder), ("身份证号", idno(r)), ("工作单位", wp), ("学习项目", title)], 11.5)
        y = pg.table(18, y + 2, [12, 78, 26, 16, 42], rows, 10, ctx.body, row_h=9)
        pg.text(22, y + 5, f"学习时间：{fr(a, b, 'iso', ' 至 ')}　合计：{hours_s(hours)}学时", 11.5, ctx.body)
        pg.text(22, y + 14, "以上学时经平台审核，已记入本人继续教育档案。", 11, ctx.body)
        pg.text(160, y + 30, issuer, 11, ctx.body, "c")
        pg.text(160, y + 38, f"打印日期：{fd(issued, st)}", 11, ctx.body, "c")
        pg.seal(160, y + 34, 17, issuer[:16], r.randrange(10**6))
        qr(pg, 22, y + 28, 22, r.randrange(10**6), "扫码验证真伪")
        pages.append(pg)
    elif v == "phone":
        hours = float(r.choice([12, 20, 24, 30, 36]))
        pg, y = phone_page(ctx, "我的证书", f"{r.randint(8, 22)}:{r.randint(0, 59):02d}")
        pg.rect(5, y, 75, y + 96, 0.6, (190, 150, 70), fill=(255, 252, 242))
        pg.text(40, y + 5, "电子结业证书", 12, ctx.bold, "c", (150, 100, 30))
        body = f"{holder}：您已完成“{title}”在线学习，学习时间{fr(a, b, 'dotpad', '-')}，获得{hours_s(hours)}学时。"
        yy = wrap_lines(pg, ctx, 9, y + 16, 62, [body], 8.5, lead=1.8)
        if cat_word:
            yy = kv(pg, ctx, 9, yy + 1, [("类别", cat_word)], 8.5)
        pg.text(40, y + 72, issuer, 8, ctx.body, "c")
        pg.text(40, y + 78, f"发证日期：{fd(issued, st)}", 8, ctx.body, "c")
        pg.seal(40, y + 76, 11, issuer[:12], r.randrange(10**6))
        pg.text(40, y + 90, f"证书编号 {r.randint(10**11, 10**12 - 1)}", 6.5, ctx.body, "c", (120, 120, 120))
        pg.rect(5, y + 102, 75, y + 112, 0, fill=(18, 110, 200))
        pg.text(40, y + 104.5, "下载证书", 9, ctx.body, "c", (255, 255, 255))
        pg.text(40, y + 118, "客服热线 400-" + f"{r.randint(100, 999)}-{r.randint(1000, 9999)}", 7, ctx.body, "c",
                (120, 120, 120))
        pages.append(pg)
    elif v == "letter":
        pg = Page()
        pg.text(105, 30, "继续教育学时证明", 20, ctx.bold, "c")
        body = (f"兹证明{holder}（身份证号：{idno(r)}）系{wp}专业技术人员，于{fr(a, b, st)}参加了{issuer}"
                f"组织的“{title}”学习，考核合格，认定继续教育学时{hours_s(hours)}学时。")
        y = wrap_lines(pg, ctx, 25, 52, 160, [body] + ([f"本次培训属{cat_word}。"] if cat_word else [])
                       + ["特此证明。"], 13, lead=2.0)
        pg.text(165, y + 30, issuer, 13, ctx.body, "c")
        pg.text(165, y + 40, fd(issued, st), 13, ctx.body, "c")
        pg.seal(165, y + 35, 19, issuer[:16], r.randrange(10**6))
        pg.text(25, 250, f"联系人：{pnames(r, 2)[1]}　　电话：{phone_no(r, c)}", 10, ctx.body)
        pg.text(25, 258, f"抄送：{c}市人力资源和社会保障局专业技术人员管理科", 10, ctx.body)
        pages.append(pg)
    else:  # bilingual
        pg = Page(w=297, h=210)
        frame(pg, ctx, 2)
        pg.text(148.5, 26, "CERTIFICATE OF COMPLETION", 22, ctx.bold, "c", (110, 80, 30))
        pg.text(148.5, 42, "结业证书", 20, ctx.bold, "c")
        pg.text(148.5, 58, "This is to certify that / 兹证明", 11, ctx.body, "c")
        pg.text(148.5, 67, holder, 24, ctx.hand, "c", BLUE_INK)
        pg.line(110, 80, 187, 80, 0.3)
        pg.text(148.5, 86, f"参加了“{title}”", fit(f"参加了“{title}”", ctx.body, 14, 240), ctx.body, "c")
        pg.text(148.5, 96, f"{fr(a, b, st)}，共{hours_s(hours)}学时", 12.5, ctx.body, "c")
        pg.text(148.5, 105, "has successfully completed the training programme above.", 10.5, ctx.body, "c")
        if cat_word:
            pg.text(148.5, 114, f"类别 Category：{cat_word}", 11, ctx.body, "c")
        pg.text(60, 150, "Director / 负责人", 10, ctx.body, "c")
        pg.text(60, 138, pnames(r, 1)[0], 16, ctx.hand, "c", BLUE_INK)
        pg.line(35, 148, 85, 148, 0.3)
        pg.text(225, 140, issuer, 12, ctx.body, "c")
        pg.text(225, 149, fd(issued, st), 12, ctx.body, "c")
        pg.seal(225, 145, 19, issuer[:16], r.randrange(10**6))
        pg.text(148.5, 185, f"Certificate No. {_serial(ctx, 'CE', a.year)}", 9, ctx.body, "c", (100, 100, 100))
        pages.append(pg)
    fields: dict[str, Any] = {
        "holder": holder, "title": title, "issuer": issuer, "issued_on": issued.isoformat(),
        "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": hours,
    }
    return Doc("training_certificate", layout, pages, fields, scored, {"person": holder, "year": b.year}, cat)


# =============================================================================================
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "sign_in_sheet")
    r = ctx.rng
    c, p = city(ctx), prof(ctx)
    n = r.randint(8, 14) if v != "landscape" else r.randint(14, 22)
    if v == "phone":
        n = r.randint(6, 9)
    people = pnames(r, n + 2)
    att, host, lecturer = people[:n], people[n], people[n + 1]
    day = rdate(r, 2018, 2024)
    topic = r.choice(p.trainings)
    title = ctx.pick("signtitle", [f"{topic}培训班", f"{day.year}年{topic}专题讲座", f"{topic}研讨会",
                                    f"{topic}业务培训"])
    issuer = organiser(ctx, p, c)
    st = style(ctx)
    units = [unit(r, p, c) for _ in att]
    pages: list[Page] = []
    if v in ("grid", "hand"):
        pg = Page()
        pg.text(105, 18, title, fit(title, ctx.bold, 17, 180), ctx.bold, "c")
        pg.text(105, 28, "签  到  表", 16, ctx.bold, "c")
        kv(pg, ctx, 15, 40, [("主办单位", issuer)], 10.5)
        pg.text(195, 40, f"日期：{fd(day, st)}", 10.5, ctx.body, "r")
        rows = [["序号", "姓名", "工作单位", "职称", "联系电话", "本人签名"]]
        for i, (nm, u) in enumerate(zip(att, units, strict=True)):
            rows.append([str(i + 1), nm if v == "grid" else "", u, r.choice(p.titles), mask_phone(r), ""])
        y0 = 48
        y = pg.table(12, y0, [12, 24, 70, 24, 30, 26], rows, 9.5, ctx.body, row_h=11)
        for i, nm in enumerate(att):
            yy = y0 + 11 * (i + 1) + 2.5
            if v == "hand":
                pg.text(36, yy - 0.5, nm, 12, ctx.hand, "c", BLUE_INK)
            pg.text(185 + r.uniform(-3, 3), yy - 0.8, nm, 12, ctx.hand, "c", BLUE_INK)
        pg.text(15, y + 6, f"培训地点：{addr(r, c)}　　主讲：{lecturer}", 9.5, ctx.body)
        pages.append(pg)
    elif v == "landscape":
        pg = Page(w=297, h=210)
        pg.text(148.5, 14, f"{title}签到表", fit(title + "签到表", ctx.bold, 16, 260), ctx.bold, "c")
        pg.text(20, 26, f"主办：{issuer}", 10, ctx.body)
        pg.text(277, 26, f"时间：{fd(day, st)}", 10, ctx.body, "r")
        half = (n + 1) // 2
        for col in range(2):
            x0 = 12 + col * 140
            rows = [["序号", "姓名", "单位", "签名"]]
            idx = range(col * half, min(n, (col + 1) * half))
            for i in idx:
                rows.append([str(i + 1), att[i], units[i][:14], ""])
            pg.table(x0, 33, [12, 24, 66, 32], rows, 8.5, ctx.body, row_h=9.5)
            for j, i in enumerate(idx):
                pg.text(x0 + 118, 33 + 9.5 * (j + 1) + 2, att[i], 10.5, ctx.hand, "c", BLUE_INK)
        pages.append(pg)
    elif v == "meeting":
        pg = Page()
        pg.text(105, 20, "会议签到表", 18, ctx.bold, "c")
        rows = [["会议名称", title], ["主办单位", issuer], ["会议时间", fd(day, st) + "　9:00—11:30"],
                ["会议地点", addr(r, c)], ["主 持 人", host]]
        y = pg.table(15, 32, [30, 150], rows, 10.5, ctx.body, row_h=10)
        rows2 = [["序号", "姓名", "单位/科室", "签到时间"]]
        for i, (nm, u) in enumerate(zip(att, units, strict=True)):
            rows2.append([str(i + 1), "", u, ""])
        y2 = pg.table(15, y + 6, [14, 40, 90, 36], rows2, 10, ctx.body, row_h=10.5)
        for i, nm in enumerate(att):
            yy = y + 6 + 10.5 * (i + 1) + 2.5
            pg.text(49, yy - 0.5, nm, 12, ctx.hand, "c", BLUE_INK)
            pg.text(177, yy, f"8:{r.randint(10, 59)}", 10, ctx.hand, "c", BLUE_INK)
        pg.text(15, y2 + 6, "注：请参会人员本人签到，不得代签。", 9, ctx.body)
        pages.append(pg)
    elif v == "phone":
        pg, y = phone_page(ctx, "签到详情", f"{r.randint(9, 18)}:{r.randint(0, 59):02d}", h=175)
        pg.rect(4, y, 76, y + 30, 0, fill=(255, 255, 255))
        yy = wrap_lines(pg, ctx, 7, y + 3, 66, [title], 9, indent=False, font=ctx.bold)
        pg.text(7, yy + 1, f"组织单位：{issuer}", 7, ctx.body)
        pg.text(7, yy + 6, f"签到日期：{fd(day, st)}", 7, ctx.body)
        y += 34
        pg.text(7, y, f"已签到 {n} 人", 8, ctx.body, color=(30, 130, 60))
        y += 6
        for i, nm in enumerate(att):
            pg.rect(4, y, 76, y + 12, 0, fill=(255, 255, 255))
            pg.rect(7, y + 2, 15, y + 10, 0, fill=(120, 160, 210))
            pg.text(11, y + 3.5, nm[-1], 7.5, ctx.body, "c", (255, 255, 255))
            pg.text(18, y + 2, nm, 8.5, ctx.body)
            pg.text(18, y + 7, units[i][:16], 6, ctx.body, color=(120, 120, 120))
            pg.text(74, y + 4, f"{r.randint(7, 8):02d}:{r.randint(0, 59):02d}", 7.5, ctx.body, "r", (30, 130, 60))
            y += 13
        pages.append(pg)
    else:  # halfday
        pg = Page()
        pg.text(105, 16, f"{c}市专业技术人员继续教育", 11, ctx.body, "c")
        pg.text(105, 24, title, fit(title, ctx.bold, 16, 185), ctx.bold, "c")
        pg.text(105, 34, "学员签到册", 13, ctx.bold, "c")
        pg.text(15, 44, f"承办：{issuer}", 10, ctx.body)
        pg.text(195, 44, fd(day, st), 10, ctx.body, "r")
        rows = [["编号", "姓名", "性别", "上午签到", "下午签到", "备注"]]
        for i, nm in enumerate(att):
            rows.append([f"{i + 1:02d}", nm, r.choice("男女"), "", "", ""])
        y = pg.table(15, 50, [16, 30, 16, 40, 40, 38], rows, 10, ctx.body, row_h=10.5)
        for i, nm in enumerate(att):
            yy = 50 + 10.5 * (i + 1) + 2.5
            pg.text(97, yy, nm, 11, ctx.hand, "c", BLUE_INK)
            if r.random() < 0.85:
                pg.text(137, yy, nm, 11, ctx.hand, "c", BLUE_INK)
            else:
                pg.text(172, yy + 0.5, "请假", 10, ctx.hand, "c", BLUE_INK)
        pg.text(15, y + 6, f"班主任：{host}　　联系电话：{phone_no(r, c)}", 9.5, ctx.body)
        pages.append(pg)
    fields = {"title": title, "issuer": issuer, "period": {"start": day.isoformat(), "end": day.isoformat()},
              "people": [person(nm, i + 1, "attendee") for i, nm in enumerate(att)]}
    claim = {"person": r.choice(att), "year": day.year}
    return Doc("sign_in_sheet", layout, pages, fields, ["title", "issuer", "period.start", "period.end", "people"],
               claim)


# =============================================================================================
def _schedule_rows(ctx: Ctx, p: Prof, a: dt.date, b: dt.date, lecturers: list[str]) -> list[list[str]]:
    r = ctx.rng
    rows = [["日期", "时间", "内容", "授课人"]]
    d = a
    i = 0
    while d <= b:
        for slot in ("08:30-11:30", "14:00-17:00"):
            rows.append([fd(d, "iso") if slot.startswith("08") else "", slot, r.choice(p.trainings)[:18],
                         lecturers[i % len(lecturers)]])
            i += 1
        d += dt.timedelta(days=1)
    return rows


def training_notice(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "training_notice")
    r = ctx.rng
    c, p = city(ctx), prof(ctx)
    a, b = _period(ctx, (1, 3) if v in ("schedule", "twopage") else (1, 5))
    issued = a - dt.timedelta(days=r.randint(6, 30))
    cat = r.choice(CATS)
    title = _training_title(ctx, p, cat, a.year)
    issuer = organiser(ctx, p, c)
    hours = float(r.choice([8, 12, 16, 24, 30]))
    st = style(ctx)
    lecturers = pnames(r, 3)
    claimant = pnames(r, 1)[0]
    while claimant in lecturers:
        claimant = claimant + "楠"
    cat_word = _cat_line(cat)
    holder: str | None = None
    people: list[dict[str, Any]] = []
    scored = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    pages: list[Page] = []
    hours_sent = f"培训结束经考核合格，认定{cat_word + '学时' if cat_word else '继续教育学时'}{hours_s(hours)}学时。"
    abbr = {"委员会": "卫", "局": "局", "厅": "厅"}
    if v == "redhead":
        pg = Page()
        head = issuer + ("文件" if issuer.endswith(("委员会", "局", "厅")) else "")
        pg.text(105, 22, head, fit(head, ctx.bold, 24, 180), ctx.bold, "c", RED)
        num = f"{c[0]}{next((x for kk, x in abbr.items() if issuer.endswith(kk)), '会')}发〔{issued.year}〕{r.randint(3, 98)}号"
        pg.text(105, 40, num, 11, ctx.body, "c")
        pg.line(20, 47, 190, 47, 1.0, RED)
        pg.text(105, 54, f"关于举办“{title}”的通知", fit(f"关于举办“{title}”的通知", ctx.bold, 15, 175), ctx.bold,
                "c")
        paras = [
            "各有关单位：",
            f"为进一步提升专业技术人员业务能力，经研究，决定举办“{title}”。现将有关事项通知如下：",
            f"一、培训时间：{fr(a, b, st)}。",
            f"二、培训地点：{addr(r, c)}。",
            f"三、培训对象：全市{p.titles[0]}及以上专业技术人员，每单位限报2人。",
            f"四、学时认定：{hours_sent}",
            f"五、联系人：{lecturers[2]}，电话{phone_no(r, c)}。",
        ]
        y = 66
        pg.text(20, y, paras[0], 11.5, ctx.body)
        y = wrap_lines(pg, ctx, 20, y + 7, 170, paras[1:], 11.5, lead=1.9)
        pg.text(160, y + 14, issuer, 11.5, ctx.body, "c")
        pg.text(160, y + 22, fd(issued, st), 11.5, ctx.body, "c")
        pg.seal(160, y + 18, 18, issuer[:16], r.randrange(10**6))
        pg.line(20, 262, 190, 262, 0.4)
        pg.text(20, 264, f"抄送：{c}市人力资源和社会保障局。", 9.5, ctx.body)
        pg.line(20, 270, 190, 270, 0.4)
        pg.text(20, 272, f"{issuer}办公室", 9.5, ctx.body)
        pg.text(190, 272, f"{fd(issued, st)}印发", 9.5, ctx.body, "r")
        pg.text(140, 9, f"已参加 {claimant}", 15, ctx.hand, "l", BLUE_INK)
        holder = claimant
        pages.append(pg)
    elif v == "schedule":
        pg = Page()
        pg.text(105, 18, title, fit(title, ctx.bold, 17, 185), ctx.bold, "c")
        pg.text(105, 28, "课程安排表", 14, ctx.bold, "c")
        pg.text(20, 38, f"主办单位：{issuer}", 10.5, ctx.body)
        pg.text(20, 45, f"培训时间：{fr(a, b, st)}　　总学时：{hours_s(hours)}学时", 10.5, ctx.body)
        if cat_word:
            pg.text(20, 52, f"课程类别：{cat_word}", 10.5, ctx.body)
        rows = _schedule_rows(ctx, p, a, b, lecturers)
        y = pg.table(15, 58, [32, 30, 90, 28], rows, 9.5, ctx.body, row_h=10)
        pg.text(20, y + 6, "注：每半天签到一次，缺课超过四分之一者不予认定学时。", 9, ctx.body)
        pg.text(20, y + 20, f"学员：{claimant}", 14, ctx.hand, "l", BLUE_INK)
        holder = claimant
        scored.remove("issued_on")
        issued = None  # type: ignore[assignment]
        pages.append(pg)
    elif v == "invite":
        pg = Page()
        frame(pg, ctx, 1)
        pg.text(105, 30, "邀 请 函", 24, ctx.bold, "c")
        paras = [f"为加强学术交流，{issuer}定于{fr(a, b, st)}在{c}举办“{title}”，"
                 f"诚邀您拨冗参加。会议期间安排专家授课与病例讨论，{hours_sent}",
                 "会务费由主办方承担，交通及住宿自理。请于会前一周回复参会回执。"]
        pg.text(25, 50, f"尊敬的{claimant}{r.choice(p.titles)}：", 13, ctx.body)
        y = wrap_lines(pg, ctx, 25, 62, 160, paras, 12.5, lead=2.0)
        pg.text(25, y + 8, f"会务联系：{lecturers[1]} {mask_phone(r)}", 11, ctx.body)
        pg.text(160, y + 28, issuer, 12, ctx.body, "c")
        pg.text(160, y + 37, fd(issued, st), 12, ctx.body, "c")
        pg.seal(160, y + 32, 18, issuer[:16], r.randrange(10**6))
        qr(pg, 25, 235, 22, r.randrange(10**6), "扫码报名")
        holder = claimant
        pages.append(pg)
    elif v == "web":
        pg, y = browser_page(ctx, f"http://www.{c == '泰安' and 'taian' or 'yiyang'}.gov.cn/art/{issued.year}/"
                             f"{issued.month}/{r.randint(100, 999)}.html", issuer)
        pg.text(20, y, "首页 > 通知公告", 8.5, ctx.body, color=(90, 90, 90))
        t2 = f"关于举办{title}的通知"
        pg.text(148.5, y + 8, t2, fit(t2, ctx.bold, 15, 250), ctx.bold, "c")
        pg.text(148.5, y + 18, f"发布时间：{fd(issued, 'iso')}　来源：{issuer}　浏览次数：{r.randint(200, 3000)}", 8,
                ctx.body, "c", (100, 100, 100))
        trainees = pnames(r, r.randint(4, 7))
        paras = [f"各县（市、区）：定于{fr(a, b, st)}举办{title}，{hours_sent}",
                 f"培训地点：{addr(r, c)}。请下列人员按时参训："]
        y = wrap_lines(pg, ctx, 20, y + 28, 257, paras, 10.5)
        rows = [["序号", "姓名", "单位"]] + [[str(i + 1), nm, unit(r, p, c)] for i, nm in enumerate(trainees)]
        y = pg.table(40, y + 2, [16, 30, 110], rows, 9.5, ctx.body, row_h=8)
        pg.text(20, y + 5, f"附件：参训回执.docx　　（联系电话：{phone_no(r, c)}）", 9, ctx.body, (30, 60, 160))
        people = [person(nm, i + 1, "attendee") for i, nm in enumerate(trainees)]
        claimant = r.choice(trainees)
        pages.append(pg)
    elif v == "twopage":
        pg = Page()
        t2 = f"关于举办{title}的通知"
        pg.text(105, 26, t2, fit(t2, ctx.bold, 16, 180), ctx.bold, "c")
        paras = [f"为落实专业技术人员继续教育有关规定，{issuer}将于{fr(a, b, st)}举办{title}。",
                 f"培训共{hours_s(hours)}学时，课程安排见附件1，请填写附件2回执。"
                 + (f"本次培训计入{cat_word}。" if cat_word else ""),
                 f"报到地点：{addr(r, c)}。"]
        pg.text(20, 40, "各相关单位：", 12, ctx.body)
        y = wrap_lines(pg, ctx, 20, 48, 170, paras, 12, lead=2.0)
        pg.text(160, y + 16, issuer, 12, ctx.body, "c")
        pg.text(160, y + 25, fd(issued, st), 12, ctx.body, "c")
        pg.seal(160, y + 20, 18, issuer[:16], r.randrange(10**6))
        pg.text(105, 285, "— 1 —", 9, ctx.body, "c")
        pages.append(pg)
        pg2 = Page()
        pg2.text(20, 15, "附件1", 11, ctx.bold)
        pg2.text(105, 24, "课程安排", 14, ctx.bold, "c")
        y = pg2.table(15, 32, [32, 30, 90, 28], _schedule_rows(ctx, p, a, b, lecturers), 9.5, ctx.body, row_h=9.5)
        pg2.text(20, y + 10, "附件2", 11, ctx.bold)
        pg2.text(105, y + 18, "参训回执", 14, ctx.bold, "c")
        rows = [["姓名", "", "职称", ""], ["单位", "", "电话", ""]]
        y3 = y + 26
        pg2.table(15, y3, [25, 65, 25, 65], rows, 10.5, ctx.body, row_h=11)
        pg2.text(57, y3 + 2.5, claimant, 13, ctx.hand, "c", BLUE_INK)
        pg2.text(147, y3 + 2.5, r.choice(p.titles), 12, ctx.hand, "c", BLUE_INK)
        pg2.text(57, y3 + 13.5, unit(r, p, c)[:10], 10, ctx.hand, "c", BLUE_INK)
        pg2.text(105, 285, "— 2 —", 9, ctx.body, "c")
        holder = claimant
        pages.append(pg2)
    else:  # chat
        pg, y = phone_page(ctx, f"{c}{p.titles[0][:2]}继续教育群(186)", f"{r.randint(8, 21)}:{r.randint(0, 59):02d}",
                           h=178)
        sender = lecturers[0]
        trainees = pnames(r, r.randint(3, 5))
        pg.text(40, y, fd(issued, "cn") + f" {r.randint(9, 17)}:{r.randint(10, 59)}", 6.5, ctx.body, "c",
                (150, 150, 150))
        y += 6
        pg.rect(4, y, 11, y + 7, 0, fill=(90, 140, 200))
        pg.text(13, y, sender, 6.5, ctx.body, color=(120, 120, 120))
        msg = [f"【通知】{issuer}定于{fr(a, b, st)}举办{title}，{hours_sent}",
               "本单位参训人员：" + "、".join(trainees) + "。请准时报到，收到请回复。"]
        bottom = y + 4
        for m in msg:
            bottom = wrap_lines(pg, ctx, 15, bottom + 1, 56, [m], 7.5, indent=False, lead=1.75)
        pg.rect(13, y + 4, 74, bottom + 2, 0.2, (220, 220, 220))
        # the bubble text was drawn before the bubble background: redraw order does not matter for rects with
        # no fill, so keep it an outline
        yy = bottom + 8
        for nm in trainees[:2]:
            pg.rect(69, yy, 76, yy + 7, 0, fill=(120, 190, 120))
            pg.rect(40, yy, 67, yy + 7, 0, fill=(150, 230, 120))
            pg.text(53.5, yy + 1.5, "收到", 7.5, ctx.body, "c")
            pg.text(66, yy - 3.5, nm, 6, ctx.body, "r", (120, 120, 120))
            yy += 13
        people = [person(nm, i + 1, "attendee") for i, nm in enumerate(trainees)]
        claimant = r.choice(trainees)
        pages.append(pg)
    fields: dict[str, Any] = {"holder": holder, "people": people, "title": title, "issuer": issuer,
                              "issued_on": issued.isoformat() if issued else None,
                              "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": hours}
    return Doc("training_notice", layout, pages, fields, scored, {"person": claimant, "year": a.year}, cat)


# =============================================================================================
SCHOOLS = {
    "山东": ["山东大学", "山东第一医科大学", "山东农业大学", "山东师范大学", "山东交通学院", "泰山学院", "山东建筑大学"],
    "湖南": ["中南大学", "湖南师范大学", "湖南农业大学", "湖南城市学院", "益阳医学高等专科学校", "长沙理工大学"],
}
EXAM_COURSES = {
    "rail": ["工程力学", "土力学及地基基础", "铁道工程概论", "工程测量"],
    "obst": ["妇产科护理学", "生理学", "病理学", "医学统计学"],
    "ophth": ["眼科学基础", "视光学", "生理学", "医学心理学"],
    "music": ["中国音乐史", "和声学", "美术概论", "教育心理学"],
    "tea": ["茶叶加工学", "茶叶审评与检验", "植物保护学", "茶文化概论"],
    "grain": ["粮油储藏学", "食品化学", "粮食检验", "仓储管理"],
    "tour": ["旅游规划与开发", "旅游学概论", "城市规划原理", "旅游经济学"],
    "law": ["民法学", "刑事诉讼法学", "行政法学", "法律文书写作"],
}
COMPUTER_MODULES = ["Word 2016中文字处理", "Excel 2016中文电子表格", "PowerPoint 2016中文演示文稿",
                    "Windows 7操作系统", "Internet应用", "WPS Office办公组合"]


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "qualification_certificate")
    r = ctx.rng
    c, p = city(ctx), prof(ctx)
    prov = CITIES[c][0]
    holder = pnames(r, 1)[0]
    school = r.choice(SCHOOLS[prov])
    subject: str | None = r.choice(p.subject)
    modules: list[str] | None = None
    st = style(ctx, ["cn", "cnpad", "cnnum", "cnnum_o"])
    sex = r.choice("男女")
    birth = dt.date(r.randint(1972, 1998), r.randint(1, 12), r.randint(1, 28))
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    pages: list[Page] = []
    issued_s: str
    if v == "graduation":
        kind = "graduation"
        y1 = r.randint(2000, 2020)
        issued = dt.date(y1, r.choice([6, 7]), r.randint(20, 30) if False else r.randint(1, 28))
        yrs = 3 if "专科" in school else 4
        start = dt.date(y1 - yrs, 9, 1)
        pg = Page(w=297, h=210)
        frame(pg, ctx, 2)
        pg.text(148.5, 24, "毕 业 证 书", 28, ctx.bold, "c", RED)
        photo_box(pg, 34, 50, 30, 40)
        body = (f"学生{holder}，性别{sex}，{fd(birth, st)}生，于{fm(start.year, start.month, st)}至"
                f"{fm(y1, issued.month, st)}在本校{subject}专业{'三年制专科' if yrs == 3 else '四年制本科'}学习，修完教学计划规定的全部课程，"
                "成绩合格，准予毕业。")
        wrap_lines(pg, ctx, 80, 52, 180, [body], 13.5, lead=2.1)
        pg.text(80, 130, f"校名：{school}", 13, ctx.body)
        pg.text(80, 140, "校（院）长：", 13, ctx.body)
        pg.text(110, 138.5, pnames(r, 1)[0], 16, ctx.hand, "l", BLUE_INK)
        pg.text(230, 150, fd(issued, st), 13, ctx.body, "c")
        pg.seal(215, 135, 20, school, r.randrange(10**6))
        pg.text(34, 178, f"证书编号：{r.randint(10000, 10999)}{y1}0{r.randint(10000, 99999)}", 10, ctx.body)
        pg.text(200, 178, "学信网可查 www.chsi.com.cn", 9, ctx.body, color=(90, 90, 90))
        issued_s = issued.isoformat()
        issuer = school
        pages.append(pg)
    elif v in ("master", "doctor"):
        kind = "master_degree" if v == "master" else "doctor_degree"
        school = r.choice([x for x in SCHOOLS[prov] if x.endswith("大学")])
        subject = r.choice([x for x in p.subject if "硕士" not in x])
        field_ = {"rail": "工学", "obst": "医学", "ophth": "医学", "music": "艺术学", "tea": "农学", "grain": "工学",
                  "tour": "管理学", "law": "法学"}[p.key]
        issued = dt.date(r.randint(2005, 2022), r.choice([6, 7, 12]), r.randint(1, 28))
        pg = Page()
        frame(pg, ctx, 3)
        head = "硕士学位证书" if v == "master" else "博士学位证书"
        pg.text(105, 40, head, 26, ctx.bold, "c", RED)
        pg.text(105, 56, "MASTER'S DEGREE CERTIFICATE" if v == "master" else "DOCTORAL DEGREE CERTIFICATE", 10,
                ctx.body, "c", (130, 90, 40))
        photo_box(pg, 30, 70, 28, 38)
        body = (f"{holder}，{sex}，{fd(birth, st)}生。在{subject}学科（专业）已通过"
                f"{'硕士' if v == 'master' else '博士'}学位的课程考试和论文答辩，成绩合格。根据《中华人民共和国学位条例》"
                f"的规定，授予{field_}{'硕士' if v == 'master' else '博士'}学位。")
        wrap_lines(pg, ctx, 30, 118, 150, [body], 13, lead=2.1)
        issuer = school
        pg.text(30, 200, f"{school}", 13, ctx.body)
        pg.text(30, 210, "学位评定委员会主席", 12, ctx.body)
        pg.text(80, 208.5, pnames(r, 1)[0], 16, ctx.hand, "l", BLUE_INK)
        pg.seal(150, 210, 20, school, r.randrange(10**6))
        pg.text(150, 230, fd(issued, st), 13, ctx.body, "c")
        pg.text(30, 262, f"证书编号：{r.randint(10000, 10999)}{r.randint(10**9, 10**10 - 1)}", 9.5, ctx.body)
        issued_s = issued.isoformat()
        pages.append(pg)
    elif v == "courses":
        kind = "postgraduate_courses"
        modules = r.sample(EXAM_COURSES[p.key], 3)
        y1 = r.randint(2010, 2023)
        issued_s = f"{y1}-{r.choice([6, 7, 12]):02d}"
        im = int(issued_s[5:])
        pg = Page()
        frame(pg, ctx, 1)
        pg.text(105, 30, "研究生课程进修班结业证书", 20, ctx.bold, "c")
        photo_box(pg, 30, 48)
        body = (f"{holder}同志于{fm(y1 - 1, 9, st)}至{fm(y1, im, st)}参加我校{subject}专业研究生课程进修班学习，"
                "修完规定的研究生课程，成绩合格，准予结业。")
        y = wrap_lines(pg, ctx, 62, 50, 120, [body], 12.5, lead=2.0)
        rows = [["课程名称", "学分", "成绩"]] + [[m, str(r.choice([2, 3])), str(r.randint(72, 95))] for m in modules]
        y = pg.table(40, max(y, 90) + 6, [80, 25, 25], rows, 11, ctx.body, row_h=10)
        issuer = school
        pg.text(150, y + 22, school, 13, ctx.body, "c")
        pg.text(150, y + 31, fm(y1, im, st), 13, ctx.body, "c")
        pg.seal(150, y + 26, 19, school, r.randrange(10**6))
        scored.append("qualification.modules")
        pages.append(pg)
    elif v == "selfstudy":
        kind = "self_study_exam"
        modules = [r.choice(EXAM_COURSES[p.key])]
        subject = None
        scored.remove("qualification.subject")
        issued = dt.date(r.randint(2008, 2023), r.choice([5, 6, 11, 12]), r.randint(1, 28))
        issuer = f"{prov}省高等教育自学考试委员会"
        pg = Page(w=210, h=148)
        pg.rect(8, 8, 202, 140, 0.8, (40, 90, 60))
        pg.text(105, 16, "高等教育自学考试", 13, ctx.bold, "c")
        pg.text(105, 26, "单科合格证书", 20, ctx.bold, "c")
        y = kv(pg, ctx, 25, 44, [("姓名", holder), ("准考证号", f"0{r.randint(10**10, 10**11 - 1)}"),
                                   ("课程名称", modules[0]), ("考试成绩", "合格")], 12, lab_w=26, gap=2.1)
        pg.text(25, y + 4, "该考生参加上述课程考试，成绩合格，特发此证。", 11, ctx.body)
        pg.text(160, 112, issuer, 10.5, ctx.body, "c")
        pg.text(160, 120, fd(issued, st), 10.5, ctx.body, "c")
        pg.seal(160, 116, 16, issuer[:16], r.randrange(10**6))
        scored.append("qualification.modules")
        issued_s = issued.isoformat()
        pages.append(pg)
    else:  # computer
        kind = "computer_exam"
        subject = None
        scored.remove("qualification.subject")
        modules = [r.choice(COMPUTER_MODULES)]
        issued = dt.date(r.randint(2008, 2019), r.randint(1, 12), r.randint(1, 28))
        issuer = f"{prov}省人力资源和社会保障厅"
        pg = Page(w=148, h=210)
        pg.rect(6, 6, 142, 204, 0.6, (30, 80, 150))
        pg.text(74, 18, "全国专业技术人员", 12, ctx.bold, "c")
        pg.text(74, 27, "计算机应用能力考试合格证", 13.5, ctx.bold, "c")
        photo_box(pg, 57, 42)
        y = kv(pg, ctx, 18, 84, [("姓　　名", holder), ("身份证号", idno(r)), ("考试科目", modules[0]),
                                   ("证书编号", f"{r.randint(10**11, 10**12 - 1)}"), ("发证日期", fd(issued, st))], 10,
               lab_w=22, gap=2.4)
        pg.text(74, y + 10, issuer, 10.5, ctx.body, "c")
        pg.seal(74, y + 12, 17, issuer[:16], r.randrange(10**6))
        pg.text(74, 196, "人力资源社会保障部人事考试中心监制", 8, ctx.body, "c", (100, 100, 100))
        issued_s = issued.isoformat()
        pages.append(pg)
    qual = {"kind": kind, "subject": subject, "modules": modules}
    fields = {"holder": holder, "issuer": issuer, "issued_on": issued_s, "qualification": qual}
    return Doc("qualification_certificate", layout, pages, fields, scored,
               {"person": holder, "year": int(issued_s[:4])})


# =============================================================================================
def other(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "other")
    r = ctx.rng
    c, p = city(ctx), prof(ctx)
    who = pnames(r, 3)
    holder = who[0]
    d = rdate(r, 2019, 2024)
    st = style(ctx)
    org = organiser(ctx, p, c)
    wp = unit(r, p, c)
    pages: list[Page] = []
    if v == "receipt":
        pg = Page(w=210, h=120)
        pg.text(105, 10, f"{CITIES[c][0]}省非税收入统一票据（电子）", 14, ctx.bold, "c", (150, 40, 40))
        pg.text(15, 22, f"票据代码：{r.randint(10**7, 10**8 - 1)}　票据号码：{r.randint(10**9, 10**10 - 1)}", 9,
                ctx.body)
        pg.text(195, 22, f"开票日期：{fd(d, st)}", 9, ctx.body, "r")
        pg.text(15, 30, f"交款人：{holder}", 10, ctx.body)
        amount = r.choice([380, 600, 800, 1200, 1500])
        rows = [["项目名称", "单位", "数量", "标准", "金额（元）"],
                [f"{r.choice(p.trainings)[:12]}培训费", "人", "1", str(amount), f"{amount}.00"]]
        y = pg.table(15, 36, [70, 20, 20, 30, 40], rows, 10, ctx.body, row_h=10)
        pg.text(15, y + 5, f"金额合计（大写）：{_upper(amount)}　（小写）{amount}.00", 9.5,
                ctx.body)
        pg.text(15, y + 14, f"收款单位（章）：{org}　　复核人：{who[1]}　　收款人：{who[2]}", 9.5, ctx.body)
        pg.seal(170, y + 10, 14, org[:14], r.randrange(10**6))
        qr(pg, 182, 3, 14, r.randrange(10**6), "")
        pages.append(pg)
    elif v == "register":
        pg = Page()
        pg.text(105, 20, f"{d.year}年度专业技术人员继续教育登记表", 16, ctx.bold, "c")
        rows = [["姓名", "", "性别", "", "出生年月", ""], ["工作单位", "", "", "", "职称", ""],
                ["联系电话", "", "", "", "身份证号", ""]]
        pg.table(15, 32, [25, 35, 20, 35, 25, 40], rows, 10, ctx.body, row_h=12)
        pg.text(57, 35, holder, 13, ctx.hand, "c", BLUE_INK)
        pg.text(112, 35, r.choice("男女"), 13, ctx.hand, "c", BLUE_INK)
        pg.text(160, 35, f"{r.randint(1970, 1995)}.{r.randint(1, 12)}", 12, ctx.hand, "c", BLUE_INK)
        pg.text(85, 47, wp, 11, ctx.hand, "c", BLUE_INK)
        pg.text(160, 47, r.choice(p.titles), 12, ctx.hand, "c", BLUE_INK)
        pg.text(85, 59, mask_phone(r), 11, ctx.hand, "c", BLUE_INK)
        rows2 = [["学习时间", "学习内容", "学时", "证明人"]] + [["", "", "", ""] for _ in range(6)]
        y = pg.table(15, 78, [35, 90, 25, 30], rows2, 10, ctx.body, row_h=12)
        pg.text(15, y + 8, "单位审核意见：", 11, ctx.body)
        pg.text(15, y + 50, "（本表一式两份，由单位人事部门存档）", 9, ctx.body, color=(100, 100, 100))
        pages.append(pg)
    elif v == "leave":
        pg = Page(w=210, h=140)
        pg.text(105, 14, "请 假 条", 18, ctx.bold, "c")
        body = (f"本人{holder}，系{wp}职工，因参加{org}组织的业务学习，需请假{r.randint(1, 4)}天，"
                f"自{fd(d, st)}起，望批准。")
        y = wrap_lines(pg, ctx, 20, 32, 170, [body], 12, lead=2.0)
        pg.text(150, y + 8, "请假人：", 12, ctx.body)
        pg.text(168, y + 7, holder, 15, ctx.hand, "l", BLUE_INK)
        pg.text(150, y + 18, fd(d - dt.timedelta(days=2), st), 12, ctx.body)
        pg.text(20, y + 30, "科室负责人意见：同意", 12, ctx.body)
        pg.text(75, y + 29, who[1], 14, ctx.hand, "l", BLUE_INK)
        pages.append(pg)
    elif v == "report":
        pg = Page()
        pg.text(105, 22, f"{d.year}年度个人专业技术工作总结", 16, ctx.bold, "c")
        pg.text(105, 32, f"{wp}　{holder}", 11, ctx.body, "c")
        paras = [f"一年来，本人在{wp}从事专业技术工作，认真履行岗位职责，现将主要工作总结如下。",
                 f"一、业务工作。全年参与{r.choice(p.projects)}等工作，完成各项任务。",
                 f"二、学习提升。参加了{r.choice(p.trainings)}等继续教育学习，业务水平有所提高。",
                 "三、存在不足。理论研究深度不够，今后将继续加强学习。"]
        y = wrap_lines(pg, ctx, 22, 46, 166, paras, 12, lead=2.0)
        pg.text(150, y + 14, f"述职人：{holder}", 12, ctx.body)
        pg.text(150, y + 23, fd(d, st), 12, ctx.body)
        pg.text(105, 285, "第 1 页 共 1 页", 9, ctx.body, "c")
        pages.append(pg)
    elif v == "employ":
        pg = Page()
        pg.text(105, 30, "在 职 证 明", 20, ctx.bold, "c")
        body = (f"兹证明{holder}（身份证号：{idno(r)}）系我单位在职职工，自{fm(r.randint(2005, 2018), r.randint(1, 12), st)}"
                f"起在我单位从事专业技术工作，现任{r.choice(p.titles)}。")
        y = wrap_lines(pg, ctx, 25, 52, 160, [body, "特此证明。"], 13, lead=2.0)
        pg.text(160, y + 30, wp, 13, ctx.body, "c")
        pg.text(160, y + 40, fd(d, st), 13, ctx.body, "c")
        pg.seal(160, y + 35, 19, wp[:16], r.randrange(10**6))
        pg.text(25, 250, f"单位地址：{addr(r, c)}　电话：{phone_no(r, c)}", 9.5, ctx.body)
        pages.append(pg)
    else:  # payment
        pg, y = phone_page(ctx, "账单详情", f"{r.randint(8, 22)}:{r.randint(0, 59):02d}")
        amount = r.choice([200, 360, 480, 980])
        pg.text(40, y + 8, org[:14], 9, ctx.body, "c")
        pg.text(40, y + 16, f"-{amount}.00", 18, ctx.body, "c")
        pg.text(40, y + 28, "交易成功", 8, ctx.body, "c", (30, 130, 60))
        y = kv(pg, ctx, 8, y + 40, [("付款人", holder), ("商品说明", "继续教育培训报名费"),
                                      ("支付时间", f"{fd(d, 'iso')} {r.randint(8, 22)}:{r.randint(10, 59)}"),
                                      ("交易单号", f"4200{r.randint(10**13, 10**14 - 1)}"),
                                      ("商户单号", f"PX{r.randint(10**9, 10**10 - 1)}")], 7.5, gap=2.6)
        pg.text(40, y + 10, "对订单有疑问", 7.5, ctx.body, "c", (40, 90, 160))
        pages.append(pg)
    fields = {"holder": holder}
    return Doc("other", layout, pages, fields, [], {"person": holder, "year": d.year})


__all__ = ["training_certificate", "sign_in_sheet", "training_notice", "qualification_certificate", "other",
           "width_mm"]
