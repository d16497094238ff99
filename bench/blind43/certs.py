"""Draw 43 builders: training certificates, sign-in sheets, training notices, qualifications and other papers."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame
from bench.blind.page import Page, width_mm
from bench.blind43 import kit
from bench.blind43.kit import doc, hand, ppl, qr
from bench.blind43.pools import (
    ADDRESSES,
    ONLINE_BY,
    Ctx,
    city,
    fd,
    fm,
    fr,
    hours_s,
    landline,
    people_names,
    phone,
    pick,
    profile,
    rdate,
    variant,
)  # fmt: skip

PUBLIC_TOPICS = ["专业技术人员职业道德与诚信建设", "数字经济与数字化转型", "总体国家安全观专题", "知识产权保护与运用",
                 "人工智能技术应用概论", "专业技术人员心理健康与压力管理", "乡村振兴战略解读"]  # fmt: skip


def _course(ctx: Ctx, prof: dict, cat: str | None) -> str:
    tpl = pick(ctx, "course", ["{t}培训班", "{t}专题培训班", "{y}年{t}研修班", "{t}高级研修班", "{t}继续教育项目",
                                 "{t}能力提升培训"])  # fmt: skip
    return tpl


def _dates(ctx: Ctx, days: int | None = None) -> tuple[dt.date, dt.date, dt.date]:
    rng = ctx.rng
    a = rdate(rng, 2019, 2024)
    n = rng.choice((0, 1, 2, 2, 4, 6)) if days is None else days
    b = a + dt.timedelta(days=n)
    return a, b, b + dt.timedelta(days=rng.choice((0, 0, 1, 3, 7)))


def _hours(ctx: Ctx) -> float:
    return ctx.rng.choice((6.0, 8.0, 12.0, 16.0, 24.0, 32.0, 40.0, 4.5, 10.0, 20.0))


def _style(ctx: Ctx) -> str:
    return pick(ctx, "date_style", ["iso", "cn", "cnpad", "cnnum", "dot", "dotshort", "slash", "cnspace"])


def _cat(ctx: Ctx) -> str | None:
    return ctx.rng.choice((None, None, "public", "professional"))


CAT_WORD = {"public": ["公需科目", "公需课"], "professional": ["专业科目", "专业课"]}


# ---- training certificates --------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = variant(ctx, "training_certificate")
    prof = profile(ctx)
    cat = (None, "public", "professional")[(k + ctx.offset // 7) % 3]
    c = city(ctx)
    who = people_names(rng, 1)[0]
    unit = rng.choice(prof["units"])
    a, b, iss = _dates(ctx)
    online = ["山东省专业技术人员继续教育公共服务平台"] if cat == "public" else ONLINE_BY[prof["key"]]
    org = rng.choice(online) if v in ("app", "web") and rng.random() < 0.8 else rng.choice(prof["orgs"])
    topic = rng.choice(PUBLIC_TOPICS) if cat == "public" else rng.choice(prof["topics"])
    tpl = _course(ctx, prof, cat)
    title = tpl.format(t=topic, y=a.year)
    hours = _hours(ctx)
    st = _style(ctx)
    sep = rng.choice(("至", "—", "～"))
    per = fr(a, b, st, sep)
    cw = rng.choice(CAT_WORD[cat]) if cat else ""
    serial = f"{rng.choice(('YT', 'DZ', 'SD', 'JX'))}{a.year}{rng.randrange(10**5):05d}"
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    pages: list[Page]
    if v == "classic":
        pg = kit.portrait()
        frame(pg, ctx, rng.choice((1, 2, 3)))
        pg.text(pg.w - 22, 20, f"证书编号：{serial}", 9, ctx.body, "r")
        y = 50
        pg.text(pg.w / 2, y, rng.choice(("结 业 证 书", "培 训 证 书", "合 格 证 书")), 30, ctx.bold, "c",
                (160, 30, 30))  # fmt: skip
        y = 88
        pg.text(30, y, f"{who} 同志：", 15, ctx.body)
        body = (f"于{per}参加{org}举办的“{title}”" + (f"（{cw}）" if cw else "") +
                f"，完成全部课程学习，共计{hours_s(hours)}学时，经考核成绩合格，特发此证。")  # fmt: skip
        y = pg.wrap(30, y + 12, pg.w - 60, body, 15, ctx.body, 2.0, indent=10)
        pg.text(30, y + 8, f"工作单位：{unit}", 12, ctx.body)
        kit.footer(pg, ctx, f"查询电话：{landline(rng, c)}    本证书仅作为继续教育学时登记凭证", pg.h - 28)
        from bench.blind.doc import sign_block

        sign_block(pg, ctx, org, fd(iss, st), y + 40, seed=rng.randrange(9999))
        pages = [pg]
    elif v == "landscape":
        pg = kit.landscape()
        frame(pg, ctx, 2)
        pg.text(pg.w / 2, 24, rng.choice(("培训证书", "结业证书")), 28, ctx.bold, "c", (140, 20, 20))
        kit.photo_box(pg, ctx, 30, 55, 30, 40)
        rows = [("姓　　名", who), ("工作单位", unit), ("培训项目", title), ("培训时间", per),
                ("培训学时", f"{hours_s(hours)}学时")]  # fmt: skip
        if cw:
            rows.append(("科目类别", cw))
        y = 55
        for lab, val in rows:
            pg.text(75, y, f"{lab}：", 13, ctx.body)
            pg.text(105, y, val, kit.fit(val, ctx.body, 13, 160), ctx.body)
            pg.line(104, y + 6, 270, y + 6, 0.2)
            y += 12
        pg.text(30, 105, f"No.{serial}", 9, ctx.body)
        from bench.blind.doc import sign_block

        sign_block(pg, ctx, org, fd(iss, st), y + 10, x_right=265, seed=rng.randrange(9999))
        pages = [pg]
    elif v == "app":
        pg, y = kit.phone_page(ctx, rng.choice(("我的证书", "学习档案", "电子证书")))
        pg.rect(4, y, pg.w - 4, y + 118, 0.4, (190, 150, 60), (255, 252, 240))
        pg.text(pg.w / 2, y + 6, "学时证明", 14, ctx.bold, "c", (150, 40, 30))
        yy = y + 17
        yy = pg.wrap(8, yy, pg.w - 16, f"{who}（{unit}）", 8, ctx.body, 1.7)
        yy = pg.wrap(8, yy + 1, pg.w - 16, f"参加{title}" + (f"（{cw}）" if cw else "") + "，考核合格。", 8, ctx.body, 1.7)
        for lab, val in (("学习时间", fd(a, st)), ("结束时间", fd(b, st)), ("获得学时", hours_s(hours)),
                         ("发证日期", fd(iss, st)), ("证书编号", serial)):  # fmt: skip
            pg.text(8, yy + 1, lab, 7.5, ctx.body, "l", (110, 110, 110))
            pg.text(pg.w - 8, yy + 1, val, 7.5, ctx.body, "r")
            yy += 6.5
        pg.text(pg.w / 2, yy + 2, org, kit.fit(org, ctx.body, 8, pg.w - 12), ctx.body, "c")
        pg.seal(pg.w / 2 + 14, yy + 4, 11, org[:16], rng.randrange(9999))
        qr(pg, ctx, pg.w / 2 - 10, yy + 14, 20, "扫码验证证书真伪")
        pg.text(pg.w / 2, pg.h - 8, "保存图片      分享", 8, ctx.body, "c", (60, 110, 200))
        pages = [pg]
    elif v == "hourtable":
        pg = kit.portrait()
        pg.text(pg.w / 2, 28, "继续教育学时证明", 22, ctx.bold, "c")
        pg.text(25, 46, f"姓名：{who}      单位：{unit}", 11, ctx.body)
        pg.text(25, 54, f"项目名称：{title}", 11, ctx.body)
        pg.text(25, 62, f"学习期间：{per}", 11, ctx.body)
        parts = [round(hours / 2, 1), hours - round(hours / 2, 1)] if hours >= 8 else [hours]
        subs = rng.sample(prof["topics"] if cat != "public" else PUBLIC_TOPICS, len(parts))
        rows = [["序号", "课程名称", "类别", "学时"]]
        for i, (s, h) in enumerate(zip(subs, parts, strict=True)):
            rows.append([str(i + 1), s, cw or "—", hours_s(h)])
        rows.append(["", "合计", "", hours_s(hours)])
        y = pg.table(25, 74, [14, 100, 26, 20], rows, 10, ctx.body, 10)
        pg.text(25, y + 8, f"共计 {hours_s(hours)} 学时。特此证明。", 12, ctx.body)
        pg.text(25, y + 18, "注：本证明须加盖主办单位公章方为有效。", 9, ctx.body, "l", (90, 90, 90))
        from bench.blind.doc import sign_block

        sign_block(pg, ctx, org, fd(iss, st), y + 40, seed=rng.randrange(9999))
        pages = [pg]
    elif v == "bilingual":
        pg = kit.landscape()
        frame(pg, ctx, 3)
        pg.text(pg.w / 2, 22, "结业证书", 26, ctx.bold, "c", (20, 50, 120))
        pg.text(pg.w / 2, 36, "CERTIFICATE OF COMPLETION", 13, ctx.body, "c", (20, 50, 120))
        y = pg.wrap(40, 55, pg.w - 80,
                    f"兹证明 {who} 于{per}参加“{title}”学习，" + (f"属{cw}，" if cw else "") +
                    f"修满{hours_s(hours)}学时，成绩合格，准予结业。", 14, ctx.body, 1.9, indent=9)  # fmt: skip
        y = pg.wrap(40, y + 4, pg.w - 80, f"This is to certify that {who} has completed the programme above "
                    f"({hours_s(hours)} credit hours).", 10, ctx.body, 1.6)  # fmt: skip
        pg.text(40, pg.h - 40, f"Certificate No. {serial}", 9, ctx.body)
        from bench.blind.doc import sign_block

        sign_block(pg, ctx, org, fd(iss, st), y + 14, x_right=pg.w - 40, seed=rng.randrange(9999))
        pages = [pg]
    elif v == "fillin":
        pg = kit.portrait()
        frame(pg, ctx, 1)
        pg.text(pg.w / 2, 30, org, 14, ctx.body, "c")
        pg.text(pg.w / 2, 44, "培训合格证明", 24, ctx.bold, "c")
        pg.text(30, 72, "兹证明", 14, ctx.body)
        hand(pg, ctx, 52, 70, who, 17)
        pg.line(50, 79, 90, 79, 0.3)
        pg.text(92, 72, "同志（单位：", 14, ctx.body)
        pg.text(30, 84, f"{unit}）参加了", 14, ctx.body)
        pg.text(30, 96, f"{title}，", 14, ctx.body)
        pg.text(30, 108, "培训时间：", 14, ctx.body)
        hand(pg, ctx, 58, 106, per, 14)
        pg.text(30, 120, "共计", 14, ctx.body)
        hand(pg, ctx, 44, 118, hours_s(hours), 16)
        pg.line(42, 127, 60, 127, 0.3)
        pg.text(62, 120, "学时" + (f"（{cw}）" if cw else "") + "，考核合格。", 14, ctx.body)
        pg.text(30, 140, "经办人：", 12, ctx.body)
        hand(pg, ctx, 50, 138, people_names(rng, 2)[1], 14)
        pg.text(pg.w - 30, 160, org, 13, ctx.body, "r")
        hand(pg, ctx, pg.w - 30, 170, fd(iss, st), 14, "r")
        pg.seal(pg.w - 55, 165, 19, org[:16], rng.randrange(9999))
        kit.footer(pg, ctx, f"地址：{rng.choice(ADDRESSES[c])}  电话：{landline(rng, c)}")
        pages = [pg]
    else:  # web
        pg, y = kit.browser_page(ctx, f"https://{rng.choice(('jxjy', 'zjpx', 'learn'))}.example.org.cn/cert/"
                                 f"{serial.lower()}", "证书查询")  # fmt: skip
        pg.rect(0, y - 5, pg.w, y + 6, 0, (30, 80, 150), (30, 80, 150))
        pg.text(10, y - 3.5, org, 11, ctx.bold, "l", (255, 255, 255))
        pg.text(pg.w - 10, y - 2.5, f"欢迎您，{who}   退出", 8, ctx.body, "r", (255, 255, 255))
        pg.rect(60, y + 14, pg.w - 60, y + 140, 0.8, (180, 140, 60), (255, 253, 245))
        pg.text(pg.w / 2, y + 22, "电子培训证书", 20, ctx.bold, "c", (150, 30, 30))
        yy = pg.wrap(75, y + 40, pg.w - 150, f"学员{who}于{per}参加{title}" + (f"（{cw}）" if cw else "") +
                     f"网络学习，累计获得{hours_s(hours)}学时，考核合格。", 12, ctx.body, 1.9, indent=8)  # fmt: skip
        pg.text(pg.w - 75, yy + 12, org, kit.fit(org, ctx.body, 11, 120), ctx.body, "r")
        pg.text(pg.w - 75, yy + 20, f"发证日期：{fd(iss, st)}", 11, ctx.body, "r")
        pg.seal(pg.w - 100, yy + 16, 15, org[:16], rng.randrange(9999))
        qr(pg, ctx, 75, yy + 8, 20, f"证书编号 {serial}")
        pg.text(pg.w / 2, pg.h - 8, f"Copyright © {iss.year} 技术支持：{landline(rng, c)}", 7, ctx.body, "c")
        pages = [pg]
    fields = {"holder": who, "people": [], "title": title, "issuer": org, "issued_on": iss.isoformat(),
              "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": hours}  # fmt: skip
    return doc(ctx, "training_certificate", v, pages, fields, scored, who, iss.year, cat)


# ---- sign-in sheets ---------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = variant(ctx, "sign_in_sheet")
    prof = profile(ctx)
    org = rng.choice(prof["orgs"])
    topic = rng.choice(prof["topics"])
    kind = pick(ctx, "sign_kind", ["培训班", "专题讲座", "学术沙龙", "业务培训会", "研讨会"])
    title = f"{topic}{kind}"
    a, b, _ = _dates(ctx, 0 if v in ("lecture", "app") else rng.choice((0, 1)))
    st = _style(ctx)
    n = {"grid": rng.randint(9, 14), "twosession": rng.randint(8, 12), "twoblock": rng.randint(14, 22),
         "lecture": rng.randint(6, 10), "app": rng.randint(6, 9), "twopage": rng.randint(20, 28)}[v]  # fmt: skip
    names = people_names(rng, n + 2)
    lecturer, keeper, names = names[0], names[1], names[2:]
    units = [rng.choice(prof["units"]) for _ in names]
    when = fd(a, st) if a == b else fr(a, b, st, rng.choice(("至", "—")))
    place = rng.choice(("第一会议室", "学术报告厅", "培训中心三楼多功能厅", "门诊楼十二楼示教室", "综合楼302室"))
    pages: list[Page] = []
    if v in ("grid", "twopage"):
        per_page = n if v == "grid" else 16
        chunks = [names[i:i + per_page] for i in range(0, n, per_page)]
        start = 0
        for pi, chunk in enumerate(chunks):
            pg = kit.portrait()
            if pi == 0:
                pg.text(pg.w / 2, 18, org, 12, ctx.body, "c")
                pg.text(pg.w / 2, 27, f"{title}签到表", kit.fit(f"{title}签到表", ctx.bold, 17, pg.w - 30), ctx.bold,
                        "c")  # fmt: skip
                pg.text(18, 40, f"时间：{when}", 10.5, ctx.body)
                pg.text(pg.w - 18, 40, f"地点：{place}", 10.5, ctx.body, "r")
                y0 = 48
            else:
                pg.text(pg.w / 2, 16, f"（续表）第{pi + 1}页", 10, ctx.body, "c")
                y0 = 24
            rows = [["序号", "姓名", "工作单位", "职称", "联系电话", "签名"]]
            for i, nm in enumerate(chunk):
                rows.append([str(start + i + 1), nm, units[start + i], rng.choice(("初级", "中级", "副高", "正高")),
                             phone(rng), ""])  # fmt: skip
            widths = [12, 22, 58, 16, 32, 34]
            y = pg.table(14, y0, widths, rows, 9, ctx.body, 10.5)
            for i, nm in enumerate(chunk):
                hand(pg, ctx, 14 + sum(widths[:5]) + 6, y0 + 10.5 * (i + 1) + 1.5, nm, 13)
            start += len(chunk)
            if pi == len(chunks) - 1:
                pg.text(18, y + 8, f"主讲人：{lecturer}", 10.5, ctx.body)
                pg.text(pg.w - 18, y + 8, "记录人：", 10.5, ctx.body, "r")
                hand(pg, ctx, pg.w - 18, y + 15, keeper, 13, "r")
            kit.footer(pg, ctx, f"第 {pi + 1} 页 共 {len(chunks)} 页", pg.h - 10)
            pages.append(pg)
    elif v == "twosession":
        pg = kit.landscape()
        pg.text(pg.w / 2, 15, f"{title}学员签到表", 17, ctx.bold, "c")
        pg.text(20, 28, f"主办单位：{org}", 10.5, ctx.body)
        pg.text(pg.w - 20, 28, f"培训日期：{when}", 10.5, ctx.body, "r")
        rows = [["序号", "姓名", "单位", "上午签到", "下午签到", "备注"]]
        for i, nm in enumerate(names):
            rows.append([str(i + 1), nm, units[i], "", "", rng.choice(("", "", "", "请假半天"))])
        widths = [16, 30, 90, 45, 45, 31]
        pg.table(20, 36, widths, rows, 10, ctx.body, 11)
        for i, nm in enumerate(names):
            hand(pg, ctx, 20 + 136 + 10, 36 + 11 * (i + 1) + 2, nm, 13)
            if rows[i + 1][5] == "":
                hand(pg, ctx, 20 + 181 + 10, 36 + 11 * (i + 1) + 2, nm, 13)
        pages = [pg]
    elif v == "twoblock":
        pg = kit.portrait()
        pg.text(pg.w / 2, 20, "签　到　表", 20, ctx.bold, "c")
        pg.text(20, 34, f"会议（培训）名称：{title}", 11, ctx.body)
        pg.text(20, 42, f"组织单位：{org}    日期：{when}", 11, ctx.body)
        half = (n + 1) // 2
        for blk, x in ((0, 16), (1, 110)):
            rows = [["序号", "姓名（签字）", "科室/单位"]]
            sub = names[blk * half:(blk + 1) * half]
            for i in range(len(sub)):
                rows.append([str(blk * half + i + 1), "", units[blk * half + i][:8]])
            pg.table(x, 52, [12, 34, 38], rows, 8.5, ctx.body, 10)
            for i, nm in enumerate(sub):
                hand(pg, ctx, x + 15, 52 + 10 * (i + 1) + 1.5, nm, 13)
        kit.footer(pg, ctx, f"联系人：{keeper}  {phone(rng)}")
        pages = [pg]
    elif v == "lecture":
        pg = kit.portrait()
        pg.text(pg.w / 2, 22, f"“{title}”", kit.fit(f"“{title}”", ctx.bold, 18, pg.w - 30), ctx.bold, "c")
        pg.text(pg.w / 2, 34, "听课人员签到", 14, ctx.body, "c")
        pg.text(20, 48, f"主讲：{lecturer}（{rng.choice(prof['units'])}）", 10.5, ctx.body)
        hh = rng.choice((9, 14, 15))
        pg.text(20, 56, f"时间：{when} {hh}:00    地点：{place}", 10.5, ctx.body)
        pg.text(20, 64, f"主办：{org}", 10.5, ctx.body)
        rows = [["序号", "签名", "到达时间"]]
        for i in range(len(names)):
            rows.append([str(i + 1), "", ""])
        pg.table(30, 74, [20, 80, 50], rows, 10.5, ctx.body, 12)
        for i, nm in enumerate(names):
            hand(pg, ctx, 70, 74 + 12 * (i + 1) + 2.5, nm, 15)
            hand(pg, ctx, 145, 74 + 12 * (i + 1) + 3, f"{hh - 1}:{rng.randint(30, 59):02d}", 12)
        pages = [pg]
    else:  # app
        pg, y = kit.phone_page(ctx, "签到统计")
        pg.text(6, y, title, kit.fit(title, ctx.bold, 9, pg.w - 12), ctx.bold)
        pg.text(6, y + 7, f"{org}", kit.fit(org, ctx.body, 7, pg.w - 12), ctx.body, "l", (100, 100, 100))
        pg.text(6, y + 13, f"签到日期 {fd(a, st)}  已签 {n} 人", 7, ctx.body, "l", (100, 100, 100))
        yy = y + 22
        for i, nm in enumerate(names):
            pg.rect(4, yy - 1.5, pg.w - 4, yy + 11, 0, (255, 255, 255), (255, 255, 255))
            pg.rect(6, yy, 14, yy + 8, 0, (90, 150, 220), (90, 150, 220))
            pg.text(17, yy, nm, 8.5, ctx.body)
            pg.text(17, yy + 5, units[i][:12], 6, ctx.body, "l", (130, 130, 130))
            pg.text(pg.w - 6, yy + 2, f"{rng.randint(7, 8):02d}:{rng.randint(0, 59):02d} 已签到", 6.5, ctx.body, "r",
                    (40, 150, 70))  # fmt: skip
            yy += 13.5
        pages = [pg]
    fields = {"holder": None, "people": ppl(names, "attendee"), "title": title, "issuer": org,
              "period": {"start": a.isoformat(), "end": b.isoformat()}}  # fmt: skip
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    claim = names[rng.randrange(len(names))]
    return doc(ctx, "sign_in_sheet", v, pages, fields, scored, claim, a.year)


# ---- training notices -------------------------------------------------------------------------
def training_notice(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = variant(ctx, "training_notice")
    prof = profile(ctx)
    c = city(ctx)
    org = rng.choice(prof["orgs"])
    topic = rng.choice(prof["topics"])
    title = pick(ctx, "notice_title", ["{t}培训班", "{t}专题研修班", "{t}能力提升班", "{t}继续教育培训班"]).format(t=topic)
    a, b, _ = _dates(ctx, rng.choice((1, 2, 3)))
    issued = a - dt.timedelta(days=rng.randint(7, 30))
    st = _style(ctx)
    per = fr(a, b, st, rng.choice(("至", "—")))
    hours = _hours(ctx) if rng.random() < 0.7 else None
    trainees = people_names(rng, rng.randint(1, 3 if v in ("redhead", "annotated") else 5))
    units = [rng.choice(prof["units"]) for _ in trainees]
    holder = None
    people = ppl(trainees, "attendee")
    scored = ["title", "issuer", "issued_on", "period.start", "period.end"] + (["hours_stated"] if hours else [])
    hline = f"完成培训并考核合格者，授予继续教育学时{hours_s(hours)}学时。" if hours else "培训结束后颁发结业证书。"
    contact = f"联系人：{people_names(rng, 1)[0]}，电话：{landline(rng, c)}，{phone(rng)}"
    place = rng.choice(("烟台市莱山区港城东大街1号会议中心", "德州市德城区三八中路288号培训楼", "线上（腾讯会议）",
                        "烟台大学国际交流中心", "德州学院学术报告厅"))  # fmt: skip
    num = f"{org[:2]}{rng.choice(('发', '字', '通'))}〔{issued.year}〕{rng.randint(3, 88)}号"
    pages: list[Page] = []
    body_secs = [
        ("一、培训时间", per),
        ("二、培训地点", place),
        ("三、培训内容", f"{topic}相关政策解读、新技术新方法及典型案例分析。"),
        ("四、参训人员", f"经各单位推荐，确定{'、'.join(f'{u}{n}' for u, n in zip(units, trainees, strict=True))}同志参加。"),
        ("五、学时认定", hline),
        ("六、联系方式", contact),
    ]
    if v in ("redhead", "roster", "annotated"):
        pg = kit.portrait()
        y = 22
        if v == "redhead":
            pg.text(pg.w / 2, y, f"{org}文件", kit.fit(f"{org}文件", ctx.bold, 26, pg.w - 30), ctx.bold, "c",
                    (200, 20, 20))  # fmt: skip
            pg.text(pg.w / 2, y + 18, num, 11, ctx.body, "c")
            pg.line(20, y + 26, pg.w - 20, y + 26, 1.0, (200, 20, 20))
            y += 34
        head = f"关于举办{title}的通知"
        y = pg.wrap(25, y, pg.w - 50, head, 16, ctx.bold, 1.5)
        pg.text(22, y + 4, "各有关单位：", 11.5, ctx.body)
        y = pg.wrap(22, y + 12, pg.w - 44, f"为进一步提升我市{prof['job']}业务水平，经研究，决定举办{title}。现将有关"
                    "事项通知如下：", 11.5, ctx.body, 1.8, indent=8)  # fmt: skip
        secs = body_secs
        if v == "roster":
            nums = "一二三四五六"
            secs = [(f"{nums[i]}、{h[2:]}", t) for i, (h, t) in enumerate(s for s in body_secs if not s[0].startswith("四"))]
            secs.append((f"{nums[len(secs)]}、参训人员", "见附件。"))
        for h, t in secs:
            pg.text(22, y + 1, h, 11.5, ctx.bold)
            y = pg.wrap(30, y + 8, pg.w - 52, t, 11.5, ctx.body, 1.8)
        if v == "roster":
            pg.text(22, y + 4, f"附件：{title}参训人员名单", 10.5, ctx.body)
            y += 8
        pg.text(pg.w - 30, y + 10, org, 12, ctx.body, "r")
        pg.text(pg.w - 30, y + 18, fd(issued, st), 12, ctx.body, "r")
        pg.seal(pg.w - 50, y + 14, 18, org[:16], rng.randrange(9999))
        if v == "redhead":
            pg.line(20, pg.h - 30, pg.w - 20, pg.h - 30, 0.4)
            pg.text(22, pg.h - 28, f"抄送：{rng.choice(['市人力资源和社会保障局', '市卫生健康委员会', '市教育局'])}。", 10, ctx.body)
            pg.text(22, pg.h - 21, f"{org}办公室", 10, ctx.body)
            pg.text(pg.w - 22, pg.h - 21, f"{fd(issued, 'cn')}印发", 10, ctx.body, "r")
        pages.append(pg)
        if v == "annotated":
            holder = trainees[0]
            hand(pg, ctx, pg.w - 16, 8, f"已参加 {holder} {fd(b, 'dotshort')[5:]}", 14, "r")
            pg.line(pg.w - 80, 16, pg.w - 14, 16, 0.4, (25, 35, 110))
        if v == "roster":
            pg2 = kit.portrait()
            pg2.text(22, 20, "附件", 12, ctx.bold)
            pg2.text(pg2.w / 2, 32, f"{title}参训人员名单", 15, ctx.bold, "c")
            rows = [["序号", "姓名", "工作单位", "备注"]]
            for i, (u, nm) in enumerate(zip(units, trainees, strict=True)):
                rows.append([str(i + 1), nm, u, ""])
            pg2.table(22, 44, [16, 30, 90, 30], rows, 10.5, ctx.body, 10)
            pages.append(pg2)
    elif v == "schedule":
        pg = kit.portrait()
        pg.text(pg.w / 2, 20, title, kit.fit(title, ctx.bold, 18, pg.w - 30), ctx.bold, "c")
        pg.text(pg.w / 2, 31, "日 程 安 排", 14, ctx.body, "c")
        pg.text(20, 42, f"主办单位：{org}", 10.5, ctx.body)
        pg.text(20, 50, f"培训时间：{per}    地点：{place}", 10.5, ctx.body)
        rows = [["日期", "时间", "内容", "授课人"]]
        d = a
        lect = people_names(rng, 6)
        while d <= b:
            for slot in ("08:30-11:30", "14:00-17:00"):
                rows.append([fd(d, "cn")[5:], slot, rng.choice(prof["topics"]), lect[rng.randrange(6)]])
            d += dt.timedelta(days=1)
        y = pg.table(20, 58, [30, 30, 90, 22], rows, 9, ctx.body, 10)
        pg.text(20, y + 8, hline, 10.5, ctx.body)
        pg.text(20, y + 16, f"参训学员：{'、'.join(trainees)}", 10.5, ctx.body)
        pg.text(20, y + 24, contact, 9.5, ctx.body)
        pg.text(pg.w - 20, y + 36, f"{org}  {fd(issued, st)}", 10.5, ctx.body, "r")
        pages.append(pg)
    elif v == "invite":
        holder = trainees[0]
        people = ppl([holder], "attendee")
        pg = kit.portrait()
        frame(pg, ctx, 2)
        pg.text(pg.w / 2, 32, "邀 请 函", 26, ctx.bold, "c", (160, 30, 30))
        pg.text(26, 56, f"尊敬的{holder}{rng.choice(('老师', '同志', '女士/先生'))}：", 13, ctx.body)
        y = pg.wrap(26, 68, pg.w - 52, f"{org}定于{per}在{place}举办{title}。素仰您在{topic}方面的专业造诣，诚邀您"
                    f"拨冗参加。" + (f"全程参加者可获继续教育学时{hours_s(hours)}学时。" if hours else ""), 13, ctx.body,
                    1.9, indent=9)  # fmt: skip
        pg.text(26, y + 6, "回执请于开班前三日发送至 jxjy_office@example.cn", 10.5, ctx.body)
        pg.text(26, y + 14, contact, 10.5, ctx.body)
        pg.text(pg.w - 30, y + 34, org, 12.5, ctx.body, "r")
        pg.text(pg.w - 30, y + 42, fd(issued, st), 12.5, ctx.body, "r")
        pg.seal(pg.w - 52, y + 38, 18, org[:16], rng.randrange(9999))
        pages.append(pg)
    elif v == "wechat":
        pg, y = kit.phone_page(ctx, rng.choice(("公众号文章", "订阅号消息")))
        pg.bg = (255, 255, 255)
        head = f"关于举办{title}的通知"
        y = pg.wrap(5, y, pg.w - 10, head, 10.5, ctx.bold, 1.45)
        pg.text(5, y + 1, f"{org}  {fd(issued, st)}", kit.fit(f"{org}  {fd(issued, st)}", ctx.body, 6.5, pg.w - 10),
                ctx.body, "l", (90, 120, 170))  # fmt: skip
        y += 8
        for h, t in body_secs[:5]:
            pg.text(5, y, h, 7.5, ctx.bold)
            y = pg.wrap(5, y + 4.5, pg.w - 10, t, 7, ctx.body, 1.5)
        pg.text(5, y + 2, f"阅读 {rng.randint(300, 9000)}   赞 {rng.randint(5, 99)}   在看", 6.5, ctx.body, "l", (140, 140, 140))
        pages.append(pg)
    else:  # sidebyside
        pg = kit.landscape()
        head = f"关于举办{title}的通知"
        pg.text(pg.w / 2, 14, head, kit.fit(head, ctx.bold, 17, pg.w - 30), ctx.bold, "c")
        y = 28
        for h, t in body_secs:
            pg.text(16, y, h, 10, ctx.bold)
            y = pg.wrap(22, y + 6, 120, t, 10, ctx.body, 1.6)
        pg.text(140, y + 6, f"{org}", 10.5, ctx.body, "r")
        pg.text(140, y + 13, fd(issued, st), 10.5, ctx.body, "r")
        pg.seal(122, y + 10, 15, org[:16], rng.randrange(9999))
        pg.line(150, 26, 150, pg.h - 16, 0.3, (150, 150, 150))
        pg.text(158, 28, "附：课程安排", 11, ctx.bold)
        rows = [["日期", "课程", "授课"]]
        d = a
        while d <= b:
            rows.append([fd(d, "dotshort")[5:], rng.choice(prof["topics"])[:12], people_names(rng, 1)[0]])
            d += dt.timedelta(days=1)
        pg.table(158, 36, [22, 76, 26], rows, 9, ctx.body, 10)
        pages.append(pg)
    fields = {"holder": holder, "people": people, "title": title, "issuer": org, "issued_on": issued.isoformat(),
              "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": hours}  # fmt: skip
    claim = holder or trainees[0]
    return doc(ctx, "training_notice", v, pages, fields, scored, claim, a.year)


# ---- qualification certificates ---------------------------------------------------------------
SCHOOLS = {"烟台": ["烟台大学", "鲁东大学", "滨州医学院", "山东工商学院"], "德州": ["德州学院", "山东华宇工学院"],
           "其他": ["山东大学", "中国海洋大学", "青岛大学", "山东师范大学", "山东科技大学"]}  # fmt: skip


SCHOOL_BY = {"aqua": ["中国海洋大学", "鲁东大学", "烟台大学"], "pharm": ["滨州医学院", "山东大学", "青岛大学"],
             "icu": ["滨州医学院", "山东第一医科大学", "青岛大学"], "chn": ["鲁东大学", "德州学院", "山东师范大学"],
             "math": ["鲁东大学", "德州学院", "山东师范大学"], "port": ["烟台大学", "山东科技大学", "大连海事大学"],
             "grid": ["山东大学", "山东科技大学", "山东理工大学"], "plan": ["山东建筑大学", "烟台大学", "青岛理工大学"],
             "audit": ["山东财经大学", "山东工商学院", "德州学院"]}  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = variant(ctx, "qualification_certificate")
    prof = profile(ctx)
    who = people_names(rng, 1)[0]
    school = rng.choice(SCHOOL_BY[prof["key"]])
    subj, field_ = prof["degree"]
    st = _style(ctx)
    sex = rng.choice(("男", "女"))
    born = rdate(rng, 1978, 1998)
    iss = dt.date(rng.randint(2006, 2023), rng.choice((6, 6, 7, 12, 1)), rng.choice((20, 25, 28, 30)))
    serial = f"{rng.randrange(10**5):05d}{iss.year}{rng.randrange(10**8):08d}"
    kind, subject, modules, issuer = "graduation", subj, None, school
    issued = iss.isoformat()
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    pg = kit.portrait()
    pages = [pg]
    if v == "diploma":
        pg.w, pg.h = 270.0, 190.0
        frame(pg, ctx, 2)
        pg.text(pg.w / 2, 22, "毕 业 证 书", 26, ctx.bold, "c", (150, 30, 30))
        kit.photo_box(pg, ctx, 30, 48)
        y = pg.wrap(70, 50, pg.w - 100, f"学生 {who}，性别{sex}，{fd(born, 'cn')}生，于{fm(iss.year - 4, 9, 'cn')}至"
                    f"{fm(iss.year, iss.month, 'cn')}在本校{subj}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，"
                    "准予毕业。", 13, ctx.body, 1.9, indent=9)  # fmt: skip
        pg.text(70, y + 12, f"校（院）长：{people_names(rng, 1)[0]}", 12, ctx.body)
        pg.text(pg.w - 40, y + 12, school, 13, ctx.body, "r")
        pg.text(pg.w - 40, y + 21, fd(iss, "cnnum"), 13, ctx.body, "r")
        pg.seal(pg.w - 60, y + 16, 18, school, rng.randrange(9999))
        pg.text(30, pg.h - 22, f"证书编号：{serial}", 10, ctx.body)
        pg.text(pg.w - 30, pg.h - 22, "查询网址：www.chsi.com.cn", 9, ctx.body, "r")
        st = "cnnum"
    elif v in ("master", "doctor"):
        kind = "master_degree" if v == "master" else "doctor_degree"
        lvl = "硕士" if v == "master" else "博士"
        pg.text(pg.w / 2, 40, f"{lvl}学位证书", 24, ctx.bold, "c")
        kit.photo_box(pg, ctx, pg.w / 2 - 13, 58)
        y = pg.wrap(30, 108, pg.w - 60, f"{who}，{sex}，{fd(born, 'cn')}生。在{school}{subj}学科（专业）完成了{lvl}学位"
                    f"的学习，成绩合格，通过论文答辩。根据《中华人民共和国学位条例》的规定，授予{field_}{lvl}学位。", 13,
                    ctx.body, 2.0, indent=9)  # fmt: skip
        pg.text(30, y + 14, f"{school}学位评定委员会主席", 12, ctx.body)
        hand(pg, ctx, 40, y + 23, people_names(rng, 1)[0], 16)
        pg.text(pg.w - 30, y + 40, fd(iss, st), 12, ctx.body, "r")
        pg.seal(pg.w - 48, y + 30, 18, f"{school}学位评定委员会"[:16], rng.randrange(9999))
        pg.text(30, pg.h - 30, f"证书编号：{rng.randrange(10**15):015d}", 10, ctx.body)
    elif v == "courses":
        kind = "postgraduate_courses"
        mods = rng.sample(["高级统计学", "科研方法与论文写作", "专业英语", prof["topics"][0], prof["topics"][1],
                           "自然辩证法概论"], 4)  # fmt: skip
        modules = mods
        scored.append("qualification.modules")
        pg.text(pg.w / 2, 30, "研究生课程进修班结业证书", 20, ctx.bold, "c")
        y = pg.wrap(25, 52, pg.w - 50, f"{who}同志于{fm(iss.year - 1, 9, 'cn')}至{fm(iss.year, iss.month, 'cn')}参加我校"
                    f"{subj}专业研究生课程进修班学习，修完下列课程，成绩合格，准予结业。", 12.5, ctx.body, 1.9, indent=8)
        rows = [["课程名称", "学分", "成绩"]] + [[m, str(rng.choice((2, 3))), str(rng.randint(72, 95))] for m in mods]
        y = pg.table(30, y + 6, [90, 25, 35], rows, 10.5, ctx.body, 10)
        pg.text(pg.w - 30, y + 18, school, 12, ctx.body, "r")
        issuer = school
        pg.text(pg.w - 30, y + 27, fd(iss, st), 12, ctx.body, "r")
        pg.seal(pg.w - 50, y + 22, 18, school, rng.randrange(9999))
    elif v == "selfstudy":
        kind = "self_study_exam"
        mod = rng.choice(prof["topics"][:3] + ["大学语文", "马克思主义基本原理概论", "英语（二）"])
        modules = [mod]
        scored.append("qualification.modules")
        issuer = "山东省高等教育自学考试委员会"
        issued = f"{iss.year}-{iss.month:02d}"
        pg.w, pg.h = 210.0, 148.0
        frame(pg, ctx, 1)
        pg.text(pg.w / 2, 18, "高等教育自学考试", 16, ctx.bold, "c")
        pg.text(pg.w / 2, 28, "单科合格证书", 20, ctx.bold, "c")
        pg.text(25, 48, f"考生姓名：{who}", 12, ctx.body)
        pg.text(25, 57, f"准考证号：{rng.randrange(10**12):012d}", 12, ctx.body)
        pg.text(25, 66, f"专　　业：{subj}", 12, ctx.body)
        pg.text(25, 75, f"课程名称：{mod}", 12, ctx.body)
        pg.text(25, 84, f"成　　绩：{rng.randint(60, 92)}", 12, ctx.body)
        pg.text(pg.w - 25, 108, issuer, 11, ctx.body, "r")
        pg.text(pg.w - 25, 117, fm(iss.year, iss.month, st), 11, ctx.body, "r")
        pg.seal(pg.w - 55, 112, 16, issuer[:16], rng.randrange(9999))
    elif v == "computer":
        kind = "computer_exam"
        subject = None
        scored.remove("qualification.subject")
        mods = rng.sample(["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿",
                           "Internet应用", "Windows XP操作系统"], rng.choice((1, 2)))  # fmt: skip
        modules = mods
        scored.append("qualification.modules")
        issuer = "人力资源和社会保障部人事考试中心"
        iss = dt.date(rng.randint(2009, 2016), rng.choice((4, 5, 9, 10, 11)), rng.randint(1, 28))
        serial = f"{rng.randrange(10**5):05d}{iss.year}{rng.randrange(10**8):08d}"
        issued = iss.isoformat()
        pg.text(pg.w / 2, 30, "全国专业技术人员计算机应用能力考试", 15, ctx.bold, "c")
        pg.text(pg.w / 2, 42, "合 格 证 书", 22, ctx.bold, "c")
        kit.photo_box(pg, ctx, 30, 60)
        pg.text(65, 62, f"姓名：{who}", 12, ctx.body)
        pg.text(65, 71, f"性别：{sex}", 12, ctx.body)
        pg.text(65, 80, f"身份证号：37{rng.randrange(10**15):015d}X", 11, ctx.body)
        rows = [["考试科目（模块）", "成绩"]] + [[m, "合格"] for m in mods]
        y = pg.table(30, 104, [110, 40], rows, 10.5, ctx.body, 10)
        pg.text(30, y + 10, f"管理号：{serial}", 10, ctx.body)
        pg.text(pg.w - 30, y + 25, issuer, 12, ctx.body, "r")
        pg.text(pg.w - 30, y + 34, fd(iss, st), 12, ctx.body, "r")
        pg.seal(pg.w - 60, y + 29, 18, issuer[:16], rng.randrange(9999))
    else:  # chsi
        pg, y = kit.phone_page(ctx, "学信网")
        pages = [pg]
        pg.text(pg.w / 2, y + 1, "教育部学历证书电子注册备案表", kit.fit("教育部学历证书电子注册备案表", ctx.bold, 9, pg.w - 8),
                ctx.bold, "c")  # fmt: skip
        kit.photo_box(pg, ctx, pg.w - 24, y + 10, 16, 21)
        yy = y + 10
        for lab, val in (("姓名", who), ("性别", sex), ("出生日期", fd(born, "cn")), ("入学日期", fd(dt.date(iss.year - 4, 9, 1), st)),
                         ("毕(结)业日期", fd(iss, st)), ("学校名称", school), ("专业", subj), ("层次", "本科"),
                         ("学历类别", "普通高等教育"), ("学制", "4年"), ("毕(结)业", "毕业"),
                         ("证书编号", serial)):  # fmt: skip
            pg.text(5, yy, lab, 6.5, ctx.body, "l", (110, 110, 110))
            pg.text(25, yy, val, kit.fit(val, ctx.body, 7, pg.w - (50 if yy < y + 32 else 30)), ctx.body)
            yy += 6.5
        qr(pg, ctx, pg.w / 2 - 11, yy + 4, 22, "在线验证码 " + "".join(rng.choice("ABCDEFGHJK23456789") for _ in range(16)))
        pg.text(pg.w / 2, yy + 36, f"更新日期：{fd(rdate(rng, 2024, 2025), 'cn')}", 6.5, ctx.body, "c", (120, 120, 120))
    qual = {"kind": kind, "subject": subject, "modules": modules}
    fields = {"holder": who, "people": [], "issuer": issuer, "issued_on": issued, "qualification": qual}
    return doc(ctx, "qualification_certificate", v, pages, fields, scored, who, iss.year)


# ---- other papers -----------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = variant(ctx, "other")
    prof = profile(ctx)
    c = city(ctx)
    who = people_names(rng, 1)[0]
    unit = rng.choice(prof["units"])
    org = rng.choice(prof["orgs"])
    topic = rng.choice(prof["topics"])
    d = rdate(rng, 2019, 2024)
    st = _style(ctx)
    pg = kit.portrait()
    pages = [pg]
    if v == "receipt":
        pg.w, pg.h = 210.0, 120.0
        pg.text(pg.w / 2, 12, "收　款　收　据", 17, ctx.bold, "c", (170, 40, 40))
        pg.text(pg.w - 15, 14, f"No {rng.randrange(10**7):07d}", 10, ctx.body, "r", (170, 40, 40))
        pg.text(15, 26, f"日期：{fd(d, st)}", 10.5, ctx.body)
        amt = rng.choice((380, 600, 800, 1200, 1500))
        rows = [["交款单位（人）", f"{unit} {who}"], ["收款事由", f"{topic}培训费、资料费"],
                ["金额（大写）", rng.choice(("叁佰捌拾元整", "陆佰元整", "捌佰元整", "壹仟贰佰元整", "壹仟伍佰元整"))],
                ["金额（小写）", f"¥{amt}.00"]]  # fmt: skip
        pg.table(15, 34, [40, 140], rows, 10.5, ctx.body, 11)
        pg.text(15, 88, "收款单位（盖章）：", 10.5, ctx.body)
        pg.seal(70, 92, 14, f"{org}财务专用章"[:16], rng.randrange(9999))
        pg.text(130, 88, "收款人：", 10.5, ctx.body)
        hand(pg, ctx, 148, 86, people_names(rng, 2)[1], 13)
        pg.text(15, 104, "第二联 交款人留存", 8, ctx.body, "l", (120, 120, 120))
    elif v == "signup":
        pg.text(pg.w / 2, 22, f"{topic}培训报名表", 17, ctx.bold, "c")
        rows = [["姓名", "", "性别", rng.choice(("男", "女")), "民族", "汉"],
                ["工作单位", unit, "", "", "职称", rng.choice(("中级", "副高级"))],
                ["手机", phone(rng), "", "", "邮箱", "xxjy@example.cn"],
                ["是否住宿", rng.choice(("是", "否")), "", "", "发票抬头", unit[:6]]]  # fmt: skip
        pg.table(18, 36, [25, 50, 20, 25, 22, 32], rows, 10, ctx.body, 12)
        hand(pg, ctx, 46, 38, who, 14)
        pg.text(18, 96, "报名须知：请于开班前五日将报名表发送至指定邮箱，逾期不予受理。", 10, ctx.body)
        pg.text(18, 106, "单位意见：", 10.5, ctx.body)
        hand(pg, ctx, 50, 112, "同意报名", 15)
        pg.text(pg.w - 25, 130, f"填表日期：{fd(d, st)}", 10.5, ctx.body, "r")
    elif v == "leave":
        pg.h = 148.0
        pg.text(pg.w / 2, 20, "请　假　条", 20, ctx.bold, "c")
        body = (f"本人{who}，系{unit}职工，因参加{org}组织的{topic}培训，需请假{rng.randint(1, 5)}天，"
                f"自{fd(d, st)}起，请予批准。")  # fmt: skip
        y = pg.wrap(25, 40, pg.w - 50, body, 13, ctx.hand, 2.0, indent=9)
        pg.text(pg.w - 30, y + 8, f"请假人：{who}", 12, ctx.hand, "r")
        pg.text(pg.w - 30, y + 17, fd(d - dt.timedelta(days=2), st), 12, ctx.hand, "r")
        pg.text(25, y + 30, "科室负责人意见：同意。", 11, ctx.body)
    elif v == "report":
        pg.text(pg.w / 2, 24, f"{d.year}年度个人工作总结", 17, ctx.bold, "c")
        pg.text(pg.w / 2, 36, f"{unit}  {who}", 11, ctx.body, "c")
        txt = (f"一年来，本人在单位领导和同事的支持下，认真履行{prof['job']}岗位职责，积极参加{topic}等继续教育学习，"
               "业务能力得到进一步提升。现将本年度工作总结如下。")  # fmt: skip
        y = pg.wrap(22, 50, pg.w - 44, txt, 11.5, ctx.body, 1.9, indent=8)
        for h in ("一、思想政治方面", "二、业务工作方面", "三、学习培训方面", "四、存在的不足与改进措施"):
            pg.text(22, y + 2, h, 11.5, ctx.bold)
            y = pg.wrap(22, y + 10, pg.w - 44, "坚持学习，严格要求自己，按时完成各项工作任务，服从单位安排，团结同事。", 11.5,
                        ctx.body, 1.9, indent=8)  # fmt: skip
        pg.text(pg.w - 25, y + 12, f"总结人：{who}", 11.5, ctx.body, "r")
        pg.text(pg.w - 25, y + 20, fd(d, st), 11.5, ctx.body, "r")
    elif v == "idcard":
        for i, yy in enumerate((40, 150)):
            pg.rect(45, yy, 165, yy + 76, 0.4, (120, 120, 120), (232, 238, 236) if i == 0 else (236, 232, 226))
        kit.photo_box(pg, ctx, 130, 48, 28, 36)
        pg.text(52, 50, f"姓名  {who}", 11, ctx.body)
        pg.text(52, 60, f"性别  {rng.choice(('男', '女'))}    民族  汉", 11, ctx.body)
        b = rdate(rng, 1975, 1995)
        pg.text(52, 70, f"出生  {b.year} 年 {b.month} 月 {b.day} 日", 11, ctx.body)
        pg.text(52, 80, f"住址  {rng.choice(ADDRESSES[c])}", 10, ctx.body)
        pg.text(52, 104, f"公民身份号码  37{rng.randrange(10**16):016d}", 10, ctx.body)
        pg.text(105, 160, "中华人民共和国", 14, ctx.bold, "c")
        pg.text(105, 172, "居民身份证", 18, ctx.bold, "c")
        pg.text(55, 200, f"签发机关  {c}市公安局{rng.choice(('莱山', '芝罘', '德城', '福山'))}分局", 10, ctx.body)
        pg.text(55, 210, f"有效期限  {fd(d, 'dot')}-{fd(d.replace(year=d.year + 20), 'dot')}", 10, ctx.body)
        pg.text(105, 240, "此复印件仅供继续教育登记使用，再复印无效", 11, ctx.hand, "c", (25, 35, 110))
    elif v == "employ":
        pg.text(pg.w / 2, 30, "在 职 证 明", 22, ctx.bold, "c")
        y = pg.wrap(25, 55, pg.w - 50, f"兹证明{who}同志，身份证号：37{rng.randrange(10**16):016d}，自{fm(d.year - rng.randint(3, 15), rng.randint(1, 12), st)}"
                    f"起在我单位从事{prof['job']}工作，现任{rng.choice(('科员', '主管', '副主任', '技术员', '教研组长'))}。", 13, ctx.body,
                    2.0, indent=9)  # fmt: skip
        y = pg.wrap(25, y + 4, pg.w - 50, "特此证明。本证明仅用于专业技术人员继续教育登记，不作他用。", 13, ctx.body, 2.0, indent=9)
        pg.text(pg.w - 30, y + 20, unit, 13, ctx.body, "r")
        pg.text(pg.w - 30, y + 29, fd(d, st), 13, ctx.body, "r")
        pg.seal(pg.w - 50, y + 24, 18, unit[:16], rng.randrange(9999))
        kit.footer(pg, ctx, f"单位地址：{rng.choice(ADDRESSES[c])}  人事科电话：{landline(rng, c)}")
    else:  # payshot
        pg, y = kit.phone_page(ctx, "账单详情")
        pages = [pg]
        pg.bg = (255, 255, 255)
        pg.text(pg.w / 2, y + 6, org, kit.fit(org, ctx.body, 8, pg.w - 10), ctx.body, "c")
        amt = rng.choice(("-380.00", "-600.00", "-1200.00", "-260.00"))
        pg.text(pg.w / 2, y + 16, amt, 18, ctx.bold, "c")
        pg.text(pg.w / 2, y + 28, "支付成功", 8, ctx.body, "c", (40, 150, 70))
        yy = y + 40
        for lab, val in (("付款人", who), ("商品", f"{topic}培训报名费"[:16]), ("支付时间", f"{fd(d, 'iso')} 10:{rng.randint(10, 59)}"),
                         ("支付方式", "零钱"), ("交易单号", f"4200{rng.randrange(10**16):016d}"[:22])):  # fmt: skip
            pg.text(5, yy, lab, 7, ctx.body, "l", (120, 120, 120))
            pg.text(pg.w - 5, yy, val, kit.fit(val, ctx.body, 7, pg.w - 28), ctx.body, "r")
            yy += 8
    fields = {"holder": who, "people": []}
    return doc(ctx, "other", v, pages, fields, [], who, d.year)


_ = (width_mm,)
