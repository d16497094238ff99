"""Draw 44 builders: training certificates, sign-in sheets, notices, qualifications and other papers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.doc import Doc, frame
from bench.blind.page import Page, width_mm
from bench.blind44.pools import (
    CITIES,
    PUBLIC_TOPICS,
    Ctx,
    addr,
    city_of,
    ctext,
    desk,
    fd,
    fm,
    frange,
    iso,
    landline,
    organiser,
    people_names,
    phone_frame,
    phone_no,
    qr,
    rdate,
    serial,
    topic,
    variant,
    workplace,
)
from bench.generator.truth import person

INK = (28, 40, 110)
GREY = (110, 110, 110)
RED = (190, 30, 30)


def _scene(ctx: Ctx, n: int = 1) -> dict[str, Any]:
    rng = ctx.rng
    prov, c, x = city_of(rng)
    prof = rng.choice(["water", "tcm", "radio", "kg", "pe", "forest", "bamboo", "archive", "stat"])
    return {"prov": prov, "c": c, "x": x, "prof": prof, "names": people_names(rng, n),
            "unit": workplace(rng, prof, c, x), "org": organiser(rng, prof, prov, c, x)}


def _title(ctx: Ctx, s: dict[str, Any], cat: str | None, year: int | None = None) -> str:
    rng = ctx.rng
    if cat == "public":
        return f"{year}年度公需科目“{rng.choice(PUBLIC_TOPICS)}”培训"
    t = topic(rng, s["prof"])
    if cat == "professional":
        return f"{t}专业科目培训班"
    return rng.choice([f"{t}培训班", f"{t}专题研修班", f"{s['c']}市{t}培训", f"{t}高级研修班"])


def _period(ctx: Ctx, days: int | None = None) -> tuple[dt.date, dt.date]:
    a = rdate(ctx.rng)
    return a, a + dt.timedelta(days=ctx.rng.randint(1, 5) if days is None else days)


def _hand(pg: Page, ctx: Ctx, x: float, y: float, s: str, size: float = 15, align: str = "l") -> None:
    pg.text(x, y, s, size, ctx.hand, align, INK)


# ============================================================================ training certificates
def training_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    layout, v = variant(ctx, "training_certificate")
    s = _scene(ctx)
    holder = s["names"][0]
    cat = [None, "public", "professional"][(k + ctx.offset // 7) % 3]
    a, b = _period(ctx, rng.choice([0, 1, 2, 3, 4, 6]))
    if cat != "public" and "党校" in s["org"]:
        s["org"] = s["unit"] if rng.random() < 0.5 else f"{s['c']}市人力资源和社会保障局"
    title = _title(ctx, s, cat, a.year)
    issued = b + dt.timedelta(days=rng.randint(0, 12))
    hours = rng.choice([8, 12, 16, 24, 30, 32, 40, 48, 60]) if b != a else rng.choice([4, 6, 8])
    org = s["org"]
    style = rng.choice(["cn", "cnpad", "han", "dotpad", "iso", "slash", "dot"])
    rs = rng.choice(["cn", "cnpad", "dotpad", "iso"])
    per = frange(a, b, rs, rng.choice(["至", "—", "-", "～"])) if a != b else fd(a, rs)
    no = serial(rng, rng.choice(["KF", "YY", "JX", "No."]) + str(issued.year), 6)
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    pages: list[Page] = []
    if v == "hall":
        pg = Page(297, 210)
        frame(pg, ctx, rng.choice([2, 3]))
        y = ctext(pg, 30, "结 业 证 书", 34, ctx.bold, color=RED if rng.random() < 0.5 else (20, 20, 20))
        pg.text(250, 24, f"编号：{no}", 9, ctx.body, "r")
        y += 8
        pg.text(40, y, holder, 20, ctx.hand, "l", INK)
        pg.text(40 + width_mm(holder, ctx.hand, 20) + 3, y + 3, "同志：", 15, ctx.body)
        y = pg.wrap(52, y + 14, 200,
                    f"于{per}参加由{org}举办的“{title}”，完成规定课程，经考核合格，共计{hours}学时，特发此证。",
                    15, ctx.body, lead=1.9, indent=10)
        pg.text(40, y + 4, f"工作单位：{s['unit']}", 11, ctx.body, "l", GREY)
        sign_y = 150
        pg.text(235, sign_y, org, 14, ctx.body, "c")
        pg.text(235, sign_y + 10, fd(issued, style), 14, ctx.body, "c")
        pg.seal(235, sign_y + 4, 19, org[:16], rng.randrange(10**6))
        pages.append(pg)
    elif v == "letter":
        pg = Page()
        ctext(pg, 24, org, 12, ctx.body, color=GREY)
        pg.line(20, 32, 190, 32, 0.6, RED)
        y = ctext(pg, 42, "学 时 证 明", 24, ctx.bold) + 8
        pg.text(24, y, "兹证明", 14, ctx.body)
        _hand(pg, ctx, 45, y - 1, holder, 16)
        pg.line(44, y + 7, 80, y + 7, 0.2)
        y = pg.wrap(84, y, 102, f"（工作单位：{s['unit']}）", 13, ctx.body)
        y = pg.wrap(24, y + 2, 162, f"于{per}参加了我单位组织的{title}，全程参训，考核合格，"
                    f"累计获得继续教育学时{hours}学时。", 14, ctx.body, lead=1.9, indent=10)
        y = pg.wrap(24, y + 2, 162, "特此证明。", 14, ctx.body, indent=10)
        pg.text(24, y + 8, f"联系电话：{landline(rng, s['c'])}", 11, ctx.body, "l", GREY)
        pg.text(150, y + 30, org, 14, ctx.body, "c")
        pg.text(150, y + 40, fd(issued, style), 14, ctx.body, "c")
        pg.seal(150, y + 34, 19, org[:16], rng.randrange(10**6))
        pg.text(24, 272, "注：本证明复印无效，可登录平台核验真伪。", 9, ctx.body, "l", GREY)
        pages.append(pg)
    elif v == "online":
        plat = rng.choice(["中原专技学习网", "潇湘专技在线", "专技天下学习平台", "华医网继续教育平台"])
        org = plat
        pg = Page(297, 210)
        pg.rect(12, 12, 285, 198, 1.0, (30, 80, 150))
        pg.rect(12, 12, 285, 34, 0, fill=(30, 80, 150))
        pg.text(22, 17, plat, 16, ctx.bold, "l", (255, 255, 255))
        pg.text(275, 19, "CERTIFICATE OF COMPLETION", 11, ctx.body, "r", (255, 255, 255))
        y = ctext(pg, 44, "培训合格证书", 28, ctx.bold) + 4
        rows = [["姓名 Name", holder], ["工作单位", s["unit"]], ["培训项目", title],
                ["学习时间", per], ["获得学时 Hours", f"{hours}学时"]]
        if cat:
            rows.append(["课程类别", "公需科目" if cat == "public" else "专业科目"])
        y = pg.table(50, y, [55, 145], rows, 12, ctx.body, row_h=11)
        qr(pg, 232, 140, 28, rng)
        pg.text(246, 171, "扫码验证", 8, ctx.body, "c", GREY)
        pg.text(50, y + 8, f"证书编号 Certificate No.: {no}", 10, ctx.body)
        pg.text(50, y + 15, f"发证日期 Date of issue: {fd(issued, style)}", 10, ctx.body)
        pg.seal(200, y + 18, 17, plat[:16], rng.randrange(10**6))
        pages.append(pg)
    elif v == "appcard":
        pg = Page(78, 165)
        y = phone_frame(pg, ctx, "我的证书", f"{rng.randint(7, 22)}:{rng.randint(10, 59)}")
        pg.rect(5, y, 73, y + 112, 0, fill=(255, 255, 255))
        y2 = ctext(pg, y + 5, "电子培训证书", 14, ctx.bold, width=62)
        pg.line(10, y2, 68, y2, 0.2, (200, 200, 200))
        y2 += 3
        for lab, val in [("姓名", holder), ("项目", title), ("主办", org), ("时间", per),
                         ("学时", f"{hours}"), ("发证", fd(issued, style))]:
            pg.text(8, y2, lab, 8, ctx.body, "l", GREY)
            y2 = pg.wrap(20, y2, 50, val, 8, ctx.body, lead=1.5) + 1.5
        if cat:
            pg.text(8, y2, "类别", 8, ctx.body, "l", GREY)
            pg.text(20, y2, "公需科目" if cat == "public" else "专业科目", 8, ctx.body)
            y2 += 5
        qr(pg, 29, y2 + 2, 20, rng)
        pg.text(39, y2 + 24, f"证书号 {no}", 6.5, ctx.body, "c", GREY)
        pg.rect(8, 148, 70, 157, 0, fill=(40, 110, 220))
        pg.text(39, 150, "下载证书", 9, ctx.body, "c", (255, 255, 255))
        pages.append(pg)
    elif v == "desk":
        pg = Page(230, 300)
        x0, y0, x1, y1 = desk(pg, rng)
        cx = (x0 + x1) / 2
        pg.rect(x0 + 5, y0 + 5, x1 - 5, y1 - 5, 1.0, (160, 120, 40))
        y = y0 + 22
        pg.text(cx, y, "培 训 证 书", 26, ctx.bold, "c", RED)
        y += 22
        _hand(pg, ctx, x0 + 18, y, holder, 16)
        pg.text(x0 + 20 + width_mm(holder, ctx.hand, 16), y + 2, "：", 14, ctx.body)
        y = pg.wrap(x0 + 18, y + 12, x1 - x0 - 36,
                    f"你于{per}参加{org}组织的{title}，学时{hours}，成绩合格。", 14, ctx.body, lead=1.9, indent=9)
        pg.text(cx + 35, y1 - 60, org, 12, ctx.body, "c")
        pg.text(cx + 35, y1 - 51, fd(issued, style), 12, ctx.body, "c")
        pg.seal(cx + 35, y1 - 56, 17, org[:16], rng.randrange(10**6))
        pg.text(x0 + 12, y1 - 16, f"证书编号：{no}", 9, ctx.body, "l", GREY)
        pages.append(pg)
    elif v == "booklet":
        p1 = Page(148, 210)
        p1.bg = (150, 28, 32)
        ctext(p1, 50, "专业技术人员", 18, ctx.bold, color=(240, 210, 120))
        ctext(p1, 64, "继续教育证书", 24, ctx.bold, color=(240, 210, 120))
        ctext(p1, 170, f"{CITIES[s['c']][0]}省{s['c']}市人力资源和社会保障局监制", 10, ctx.body,
              color=(240, 210, 120))
        p2 = Page(148, 210)
        p2.rect(8, 8, 140, 202, 0.4)
        y = ctext(p2, 14, "继续教育登记", 15, ctx.bold) + 2
        y = p2.table(14, y, [30, 90], [["姓名", holder], ["单位", s["unit"]], ["证书编号", no]], 10, ctx.body,
                     row_h=9, fonts={})
        y = p2.table(12, y + 6, [24, 100], [["培训项目", title], ["主办单位", org], ["培训时间", per],
                                            ["学时", str(hours)], ["登记日期", fd(issued, style)]],
                     fit_size(title, ctx.body, 10, 97), ctx.body, row_h=11)
        if cat:
            p2.text(14, y + 4, "科目类别：" + ("公需科目" if cat == "public" else "专业科目"), 10, ctx.body)
        p2.text(100, y + 22, "验证盖章", 10, ctx.body, "c")
        p2.seal(100, y + 26, 15, org[:16], rng.randrange(10**6))
        pages += [p1, p2]
    else:  # cme
        pg = Page()
        frame(pg, ctx, 1)
        y = ctext(pg, 26, "继续教育项目学分（学时）证书", 20, ctx.bold)
        pg.text(180, y, f"项目编号：{serial(rng, str(a.year) + '-', 5)}", 9, ctx.body, "r", GREY)
        y += 12
        rows = [["姓  名", holder], ["工作单位", s["unit"]], ["项目名称", title], ["举办单位", org],
                ["举办日期", per], ["学  时", f"{hours}"], ["授予学分", f"Ⅱ类 {max(1, hours // 6)} 分"],
                ["发证日期", fd(issued, style)]]
        y = pg.table(22, y, [34, 132], rows, 11, ctx.body, row_h=12)
        if cat:
            pg.text(22, y + 5, "课程类别：" + ("公需科目" if cat == "public" else "专业科目"), 11, ctx.body)
        pg.text(150, y + 30, "（盖章）", 11, ctx.body, "c")
        pg.seal(150, y + 28, 19, org[:16], rng.randrange(10**6))
        pg.text(22, 270, "本证书仅用于专业技术人员继续教育学时登记，遗失不补。", 9, ctx.body, "l", GREY)
        pages.append(pg)
    fields = {"holder": holder, "title": title, "issuer": org, "issued_on": iso(issued),
              "period": {"start": iso(a), "end": iso(b)}, "hours_stated": float(hours)}
    return Doc("training_certificate", layout, pages, fields, scored, {"person": holder, "year": issued.year},
               category=cat)


# ============================================================================ sign-in sheets
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    layout, v = variant(ctx, "sign_in_sheet")
    n = {"grid": 10, "wide": 14, "phone": 6, "roster": 9, "applog": 7, "twopage": 22}[v]
    s = _scene(ctx, n + 2)
    names = s["names"][:n]
    lecturer, host = s["names"][n], s["names"][n + 1]
    day = rdate(ctx.rng)
    if "党校" in s["org"]:
        s["org"] = s["unit"]
    title = rng.choice([_title(ctx, s, None), f"{topic(rng, s['prof'])}专题讲座", f"{s['x']}{topic(rng, s['prof'])}业务培训会"])
    org = s["org"]
    style = rng.choice(["cn", "cnpad", "iso", "dotpad", "slash"])
    units = [workplace(rng, s["prof"], s["c"], rng.choice(CITIES[s["c"]][1])) for _ in names]
    pages: list[Page] = []
    if v in ("grid", "roster", "twopage"):
        per_page = 12 if v == "twopage" else n
        chunks = [names[i:i + per_page] for i in range(0, n, per_page)]
        for pi, chunk in enumerate(chunks):
            pg = Page()
            y = ctext(pg, 18, f"{title}签到表", 17, ctx.bold, width=175)
            if pi == 0:
                pg.text(20, y + 2, f"主办单位：{org}", 11, ctx.body)
                pg.text(20, y + 9, f"时间：{fd(day, style)}  上午8:30", 11, ctx.body)
                pg.text(120, y + 9, f"地点：{s['x']}会议中心三楼", 11, ctx.body)
                y += 18
            else:
                pg.text(190, y, f"第{pi + 1}页", 9, ctx.body, "r", GREY)
                y += 6
            if v == "roster":
                hdr = ["序号", "姓名", "单位", "职称", "联系电话", "签名"]
                widths = [12, 24, 56, 22, 32, 26]
            else:
                hdr = ["序号", "姓名", "工作单位", "签到", "签退"]
                widths = [14, 28, 76, 28, 28]
            rows = [hdr] + [[str(pi * per_page + i + 1), "", "", ""] + ([""] * (len(hdr) - 4))
                            for i in range(len(chunk))]
            top = y
            y = pg.table(18, y, widths, rows, 10, ctx.body, row_h=11.5, header_font=ctx.bold)
            for i, nm in enumerate(chunk):
                ry = top + 11.5 * (i + 1) + 2.5
                _hand(pg, ctx, 18 + widths[0] + 3, ry, nm, 13)
                unit_s = units[pi * per_page + i]
                usz = 8.5 if width_mm(unit_s, ctx.body, 9) > widths[2] - 2 else 9
                pg.text(18 + widths[0] + widths[1] + widths[2] / 2, ry + 1, unit_s, usz, ctx.body, "c")
                if v == "roster":
                    pg.text(18 + sum(widths[:3]) + 11, ry + 1, rng.choice(["工程师", "主治医师", "一级教师", "助理馆员", "统计师"]), 8.5, ctx.body, "c")
                    pg.text(18 + sum(widths[:4]) + 16, ry + 1, phone_no(rng), 8.5, ctx.body, "c")
                    _hand(pg, ctx, 18 + sum(widths[:5]) + 3, ry, nm[:1] + "  " + nm[1:], 11)
                else:
                    _hand(pg, ctx, 18 + sum(widths[:3]) + 4, ry, nm, 11)
            if pi == len(chunks) - 1:
                pg.text(20, y + 6, f"授课人：{lecturer}    记录人：{host}", 10, ctx.body, "l", GREY)
                pg.seal(160, y + 16, 16, org[:16], rng.randrange(10**6))
            pages.append(pg)
    elif v == "wide":
        pg = Page(297, 210)
        ctext(pg, 14, f"{title}签到表", 18, ctx.bold, width=260)
        pg.text(20, 28, f"举办单位：{org}", 11, ctx.body)
        pg.text(277, 28, f"日期：{fd(day, style)}", 11, ctx.body, "r")
        half = (n + 1) // 2
        for side in range(2):
            x = 18 + side * 134
            chunk = names[side * half:(side + 1) * half]
            rows = [["序号", "姓名", "单位", "签名"]] + [[str(side * half + i + 1), "", "", ""] for i in range(len(chunk))]
            pg.table(x, 36, [12, 26, 58, 30], rows, 9.5, ctx.body, row_h=11, header_font=ctx.bold)
            for i, nm in enumerate(chunk):
                ry = 36 + 11 * (i + 1) + 2.4
                pg.text(x + 12 + 13, ry + 1, nm, 10, ctx.body, "c")
                u = units[side * half + i]
                pg.text(x + 38 + 29, ry + 1.3, u, fit_size(u, ctx.body, 9, 56), ctx.body, "c")
                _hand(pg, ctx, x + 99, ry - 0.5, nm, 12)
        pg.text(20, 196, f"主持人：{host}", 10, ctx.body, "l", GREY)
        pages.append(pg)
    elif v == "phone":
        pg = Page(190, 250)
        x0, y0, x1, y1 = desk(pg, rng)
        pg.text((x0 + x1) / 2, y0 + 10, f"{title}", fit_size(title, ctx.bold, 14, x1 - x0 - 20), ctx.bold, "c")
        pg.text((x0 + x1) / 2, y0 + 18, "签 到 表", 13, ctx.bold, "c")
        pg.text(x0 + 8, y0 + 28, f"组织单位：{org}", 9.5, ctx.body)
        pg.text(x0 + 8, y0 + 35, f"日期：{fd(day, style)}", 9.5, ctx.body)
        rows = [["序号", "姓名", "科室/单位", "签名"]] + [[str(i + 1), "", "", ""] for i in range(n)]
        w = x1 - x0 - 16
        pg.table(x0 + 8, y0 + 42, [w * 0.12, w * 0.25, w * 0.38, w * 0.25], rows, 9, ctx.body, row_h=12)
        for i, nm in enumerate(names):
            ry = y0 + 42 + 12 * (i + 1) + 3
            _hand(pg, ctx, x0 + 8 + w * 0.13, ry, nm, 12)
            pg.text(x0 + 8 + w * 0.56, ry + 1, units[i], fit_size(units[i], ctx.body, 8.5, w * 0.37), ctx.body, "c")
            _hand(pg, ctx, x0 + 8 + w * 0.77, ry, nm, 10)
        pages.append(pg)
    else:  # applog
        pg = Page(80, 170)
        y = phone_frame(pg, ctx, "签到记录", f"{rng.randint(8, 11)}:{rng.randint(10, 59)}")
        pg.rect(4, y - 2, 76, y + 24, 0, fill=(255, 255, 255))
        y = pg.wrap(7, y, 66, title, 9.5, ctx.bold, lead=1.4)
        pg.text(7, y + 1, f"发起：{org}", 7, ctx.body, "l", GREY)
        pg.text(7, y + 6, f"日期：{fd(day, style)}", 7, ctx.body, "l", GREY)
        y += 16
        pg.text(7, y, f"已签到 {n} 人", 8, ctx.body, "l", (40, 140, 70))
        y += 6
        for i, nm in enumerate(names):
            pg.rect(4, y - 1.5, 76, y + 11, 0, fill=(255, 255, 255))
            pg.rect(7, y, 15, y + 8, 0, fill=(120 + 10 * i, 160, 200))
            pg.text(11, y + 1.6, nm[-1], 7, ctx.body, "c", (255, 255, 255))
            pg.text(18, y + 0.2, nm, 8.5, ctx.body)
            pg.text(18, y + 5, units[i], 6, ctx.body, "l", GREY)
            pg.text(74, y + 2, f"{rng.randint(7, 8):02d}:{rng.randint(10, 59)}", 7, ctx.body, "r", GREY)
            y += 13.5
        pages.append(pg)
    fields = {"title": title, "issuer": org, "period": {"start": iso(day), "end": iso(day)},
              "people": [person(nm, i + 1, "attendee") for i, nm in enumerate(names)]}
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    claim = names[rng.randrange(n)]
    return Doc("sign_in_sheet", layout, pages, fields, scored, {"person": claim, "year": day.year})


def fit_size(s: str, font: str, size: float, width: float) -> float:
    while size > 5 and width_mm(s, font, size) > width:
        size -= 0.5
    return size


# ============================================================================ training notices
def training_notice(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    layout, v = variant(ctx, "training_notice")
    s = _scene(ctx, 8)
    org = s["org"]
    if "党校" in org:
        org = f"{s['c']}市人力资源和社会保障局"
    title = _title(ctx, s, None)
    a, b = _period(ctx, rng.choice([1, 2, 3, 4]))
    issued = a - dt.timedelta(days=rng.randint(6, 30))
    hours = 8 * ((b - a).days + 1) if rng.random() < 0.7 else 4 * ((b - a).days + 1)
    style = rng.choice(["cn", "han", "cnpad", "iso", "dotpad"])
    rs = rng.choice(["cn", "cnpad", "iso", "dotpad"])
    per = frange(a, b, rs, rng.choice(["至", "—", "-"]))
    doc_no = f"{s['c'][:1]}{dict(water='水', forest='林', kg='教', pe='教', tcm='卫', radio='卫', stat='统', archive='档', bamboo='工')[s['prof']]}〔{issued.year}〕{rng.randint(3, 98)}号"
    pages: list[Page] = []
    holder: str | None = None
    people: list[dict[str, Any]] = []
    trainees = s["names"][:rng.randint(3, 6)]
    contact = s["names"][7]
    body = (f"为进一步提升全市相关专业技术人员业务水平，经研究，定于{per}举办{title}。"
            f"培训结束后经考核合格者，登记继续教育学时{hours}学时。现将有关事项通知如下：")
    items = [f"一、培训时间：{per}（报到当日上午8:00前）",
             f"二、培训地点：{s['c']}市{rng.choice(['迎宾馆', '职业技术学院', '会议中心', '党校报告厅'])}",
             f"三、参训对象：各单位从事{topic(rng, s['prof'])}相关工作的专业技术人员",
             "四、培训费用：免收培训费，食宿统一安排，费用回原单位报销。",
             f"五、联系人：{contact}，电话：{landline(rng, s['c'])}"]

    def names_table(pg: Page, y: float) -> float:
        pg.text(22, y, "附：参训人员名单", 12, ctx.bold)
        rows = [["序号", "姓名", "单位"]] + [[str(i + 1), nm, workplace(rng, s["prof"], s["c"], s["x"])]
                                           for i, nm in enumerate(trainees)]
        return pg.table(22, y + 8, [16, 30, 120], rows, 10, ctx.body, row_h=9)

    if v in ("redhead", "annexed"):
        pg = Page()
        ctext(pg, 20, f"{org}文件" if "学会" not in org else org, 24, ctx.bold, color=RED)
        pg.text(105, 38, doc_no, 11, ctx.body, "c")
        pg.line(20, 45, 190, 45, 0.9, RED)
        y = pg.wrap(30, 52, 150, f"关于举办{title}的通知", 17, ctx.bold, lead=1.5)
        pg.text(22, y + 4, "各县（市、区）相关单位：", 12, ctx.body)
        y = pg.wrap(22, y + 12, 166, body, 12, ctx.body, lead=1.8, indent=8)
        for it in items:
            y = pg.wrap(22, y + 1, 166, it, 12, ctx.body, lead=1.7, indent=8)
        pg.text(150, y + 14, org, 12, ctx.body, "c")
        pg.text(150, y + 22, fd(issued, style), 12, ctx.body, "c")
        pg.seal(150, y + 18, 18, org[:16], rng.randrange(10**6))
        pg.line(20, 262, 190, 262, 0.3)
        pg.text(22, 264, f"抄送：{s['c']}市人力资源和社会保障局", 10, ctx.body)
        pg.line(20, 271, 190, 271, 0.3)
        pg.text(22, 273, f"{org}办公室", 10, ctx.body)
        pg.text(188, 273, f"{fd(issued, style)}印发", 10, ctx.body, "r")
        pages.append(pg)
        if v == "annexed":
            p2 = Page()
            p2.text(22, 20, "附件", 12, ctx.bold)
            ctext(p2, 30, "课程安排", 16, ctx.bold)
            rows = [["日期", "时间", "内容", "授课人"]]
            d = a
            lects = s["names"][6:8]
            while d <= b:
                rows.append([fd(d, "cn"), "8:30-11:30", topic(rng, s["prof"]), lects[0]])
                rows.append(["", "14:30-17:30", "案例研讨与考核", lects[1]])
                d += dt.timedelta(days=1)
            y = p2.table(22, 44, [34, 30, 74, 28], rows, 10, ctx.body, row_h=10)
            names_table(p2, y + 12)
            pages.append(p2)
            people = [person(nm, i + 1, "attendee") for i, nm in enumerate(trainees)]
        else:
            holder = trainees[0]
            _hand(pg, ctx, 120, 240, f"{holder} 已参加", 15)
            trainees = [holder]
    elif v == "invite":
        holder = trainees[0]
        pg = Page()
        frame(pg, ctx, 2)
        y = ctext(pg, 34, "邀 请 函", 28, ctx.bold, color=RED) + 10
        pg.text(28, y, "尊敬的", 14, ctx.body)
        _hand(pg, ctx, 50, y - 1, holder, 16)
        pg.text(52 + width_mm(holder, ctx.hand, 16), y, rng.choice(["老师", "同志", "医师"]) + "：", 14, ctx.body)
        y = pg.wrap(28, y + 12, 154, f"您好！{org}定于{per}举办{title}，诚邀您拨冗参加。"
                    f"本次培训计{hours}学时，可登记为继续教育学时。", 13, ctx.body, lead=1.9, indent=9)
        y = pg.wrap(28, y + 2, 154, f"报到地点：{addr(rng, s['c'], s['x'])}", 12, ctx.body)
        y = pg.wrap(28, y + 2, 154, f"会务联系：{contact} {phone_no(rng)}", 12, ctx.body)
        pg.text(145, y + 20, org, 13, ctx.body, "c")
        pg.text(145, y + 29, fd(issued, style), 13, ctx.body, "c")
        pg.seal(145, y + 24, 18, org[:16], rng.randrange(10**6))
        qr(pg, 28, 240, 22, rng)
        pg.text(54, 255, "扫码报名", 9, ctx.body, "l", GREY)
        pages.append(pg)
        trainees = [holder]
    elif v == "timetable":
        pg = Page(297, 210)
        y = ctext(pg, 14, f"{title}日程安排", 18, ctx.bold, width=260)
        pg.text(20, y + 2, f"主办：{org}    培训时间：{per}    学时：{hours}", 11, ctx.body)
        pg.text(277, y + 2, f"印发日期：{fd(issued, style)}", 10, ctx.body, "r", GREY)
        rows = [["日期", "上午 8:30-11:30", "下午 14:30-17:30", "地点"]]
        d = a
        while d <= b:
            rows.append([fd(d, "cn"), topic(rng, s["prof"]), rng.choice(["现场教学", "分组讨论", "结业考试", topic(rng, s["prof"])]), "二楼报告厅"])
            d += dt.timedelta(days=1)
        y = pg.table(20, y + 12, [44, 92, 92, 29], rows, 10, ctx.body, row_h=12, header_font=ctx.bold)
        pg.text(20, y + 6, "参训学员：" + "、".join(trainees), 11, ctx.body)
        pg.text(20, y + 14, f"联系人：{contact} {phone_no(rng)}", 10, ctx.body, "l", GREY)
        people = [person(nm, i + 1, "attendee") for i, nm in enumerate(trainees)]
        pages.append(pg)
    elif v == "webpage":
        pg = Page(260, 200)
        pg.rect(0, 0, 260, 10, 0, fill=(225, 228, 232))
        pg.rect(40, 2, 220, 8, 0, fill=(255, 255, 255))
        pg.text(42, 3.2, f"https://www.{rng.choice(['kfsl', 'yysl', 'hnlx', 'kfjy'])}.gov.cn/tzgg/{issued.year}{issued.month:02d}/t{rng.randint(10**5, 10**6)}.html", 7, ctx.body, "l", GREY)
        pg.rect(0, 10, 260, 26, 0, fill=(20, 90, 160))
        pg.text(14, 13.5, org, 16, ctx.bold, "l", (255, 255, 255))
        pg.text(14, 30, "首页 > 通知公告 > 正文", 8, ctx.body, "l", GREY)
        y = ctext(pg, 40, f"关于举办{title}的通知", 15, ctx.bold, width=220)
        pg.text(130, y, f"发布时间：{fd(issued, style)}    来源：{org}    浏览次数：{rng.randint(100, 3000)}", 8, ctx.body, "c", GREY)
        pg.line(20, y + 6, 240, y + 6, 0.2, (200, 200, 200))
        y = pg.wrap(24, y + 11, 212, body, 10.5, ctx.body, lead=1.8, indent=7)
        for it in items:
            y = pg.wrap(24, y, 212, it, 10.5, ctx.body, lead=1.7, indent=7)
        y = names_table(pg, y + 4)
        people = [person(nm, i + 1, "attendee") for i, nm in enumerate(trainees)]
        pg.text(24, 192, f"版权所有：{org}  地址：{addr(rng, s['c'], s['x'])}", 7, ctx.body, "l", GREY)
        pages.append(pg)
    else:  # chat
        pg = Page(80, 175)
        y = phone_frame(pg, ctx, f"{s['x']}专技业务交流群(86)", f"{rng.randint(9, 21)}:{rng.randint(10, 59)}")
        pg.text(40, y, fd(issued, "cn") + " 09:12", 6.5, ctx.body, "c", GREY)
        y += 6
        pg.rect(4, y, 11, y + 7, 0, fill=(90, 140, 200))
        pg.text(13, y, contact, 6.5, ctx.body, "l", GREY)
        pg.rect(13, y + 4, 74, y + 76, 0, fill=(255, 255, 255))
        yy = pg.wrap(15, y + 6, 57, f"【通知】{org}：关于举办{title}的通知", 8, ctx.bold, lead=1.5)
        yy = pg.wrap(15, yy + 1, 57, f"时间：{per}，共{hours}学时。请以下同志准时参加：{'、'.join(trainees)}。"
                     "收到请回复。", 7.5, ctx.body, lead=1.5)
        y = max(yy, y + 60) + 6
        for nm in trainees[:3]:
            pg.rect(69, y, 76, y + 7, 0, fill=(160, 190, 120))
            pg.rect(40, y + 1, 67, y + 7, 0, fill=(149, 236, 105))
            pg.text(42, y + 2, "收到，准时参加", 6.5, ctx.body)
            pg.text(67, y - 3, nm, 6, ctx.body, "r", GREY)
            y += 12
        people = [person(nm, i + 1, "attendee") for i, nm in enumerate(trainees)]
        pages.append(pg)
    fields = {"title": title, "issuer": org, "issued_on": iso(issued), "period": {"start": iso(a), "end": iso(b)},
              "hours_stated": float(hours), "holder": holder, "people": people}
    scored = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    claim = holder or trainees[rng.randrange(len(trainees))]
    return Doc("training_notice", layout, pages, fields, scored, {"person": claim, "year": a.year})


# ============================================================================ qualifications
SUBJECTS = {"水利水电工程": "工学", "中医学": "医学", "医学影像学": "医学", "学前教育": "教育学", "体育教育": "教育学",
            "林学": "农学", "木材科学与工程": "工学", "档案学": "管理学", "统计学": "理学"}
MASTER = {"水利工程": "工学", "中医内科学": "医学", "影像医学与核医学": "医学", "学前教育学": "教育学",
          "体育教学": "教育", "体育教育训练学": "教育学", "统计学": "理学", "森林培育": "农学", "林产化学加工工程": "工学", "档案学": "管理学", "应用统计": "应用统计"}
PROF_SUBJ = {"water": ("水利水电工程", "水利工程"), "tcm": ("中医学", "中医内科学"), "radio": ("医学影像学", "影像医学与核医学"),
             "kg": ("学前教育", "学前教育学"), "pe": ("体育教育", "体育教学"), "forest": ("林学", "森林培育"),
             "bamboo": ("木材科学与工程", "林产化学加工工程"), "archive": ("档案学", "档案学"), "stat": ("统计学", "应用统计")}
PROF_UNIV = {"water": ["华北水利水电大学", "河海大学", "长沙理工大学"], "tcm": ["河南中医药大学", "湖南中医药大学"],
             "radio": ["郑州大学", "中南大学", "新乡医学院"], "kg": ["河南大学", "湖南师范大学", "河南师范大学"],
             "pe": ["河南大学", "湖南师范大学", "郑州大学"], "forest": ["中南林业科技大学", "河南农业大学"],
             "bamboo": ["中南林业科技大学", "南京林业大学"], "archive": ["湘潭大学", "郑州大学", "河南大学"],
             "stat": ["湖南大学", "河南财经政法大学", "湘潭大学"]}
UNIVS = ["河南大学", "华北水利水电大学", "河南中医药大学", "湖南师范大学", "中南林业科技大学", "湖南中医药大学",
         "河南农业大学", "湘潭大学", "湖南城市学院"]


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    layout, v = variant(ctx, "qualification_certificate")
    s = _scene(ctx, 3)
    holder = s["names"][0]
    uni = rng.choice(PROF_UNIV[s["prof"]])
    bach, mast = PROF_SUBJ[s["prof"]]
    d = rdate(rng, 2004, 2023)
    month_only = v in ("diploma", "degree") and rng.random() < 0.5
    style = rng.choice(["cn", "han", "cnpad"])
    dstr = fm(d.year, d.month, style) if month_only else fd(d, style)
    issued = f"{d.year}-{d.month:02d}" if month_only else iso(d)
    born = rdate(rng, d.year - (23 if v in ("diploma", "zikao") else 27), d.year - (21 if v in ("diploma", "zikao") else 24))
    no = serial(rng, "", 18 if v in ("diploma", "degree", "doctor") else 12)
    modules = None
    issuer = uni
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    pg = Page(297, 210) if v in ("diploma", "degree", "doctor") else Page()
    if v in ("diploma", "degree", "doctor"):
        frame(pg, ctx, 2)
        if v == "diploma":
            subj = bach
            kind = "graduation"
            head = "毕 业 证 书"
            text = (f"学生{holder}，性别{rng.choice('男女')}，{born.year}年{born.month}月{born.day}日生，于{d.year - 4}年9月至"
                    f"{dstr}在本校{subj}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
            sig = f"校长：{s['names'][1]}"
        else:
            subj = mast if v == "degree" or mast not in ("体育教学", "应用统计") else bach.replace("教育", "教育训练学")
            kind = "master_degree" if v == "degree" else "doctor_degree"
            head = "硕士学位证书" if v == "degree" else "博士学位证书"
            deg = MASTER[subj] + ("硕士" if v == "degree" else "博士")
            if subj in ("体育教学", "应用统计"):
                deg = MASTER[subj] + "硕士专业学位"
            text = (f"{holder}，{'男' if rng.random() < 0.5 else '女'}，{born.year}年{born.month}月生。在{subj}学科"
                    f"（专业）已通过{'硕士' if v == 'degree' else '博士'}学位的课程考试和论文答辩，成绩合格。根据"
                    f"《中华人民共和国学位条例》的规定，授予{deg}学位。")
            sig = f"学位评定委员会主席：{s['names'][1]}"
        pg.rect(28, 40, 63, 85, 0.3, GREY)
        pg.text(45.5, 60, "照片", 9, ctx.body, "c", GREY)
        ctext(pg, 28, head, 30, ctx.bold, color=RED if v == "diploma" else (20, 20, 20))
        pg.wrap(80, 52, 185, text, 14, ctx.body, lead=2.0, indent=9)
        pg.text(80, 140, uni, 15, ctx.bold)
        pg.text(80, 152, sig, 12, ctx.body)
        pg.text(230, 152, dstr, 13, ctx.body, "c")
        pg.seal(110, 143, 20, uni, rng.randrange(10**6))
        pg.text(40, 180, f"证书编号：{no}", 10, ctx.body)
        pg.text(260, 180, "学信网查询：www.chsi.com.cn", 9, ctx.body, "r", GREY)
    elif v == "courses":
        subj = mast
        kind = "postgraduate_courses"
        modules = rng.sample(["自然辩证法概论", "英语", "高等数理统计", "专业文献阅读", "科研方法论",
                              "中国特色社会主义理论与实践研究", "专业前沿讲座", "数据分析方法"], 4)
        frame(pg, ctx, 1)
        y = ctext(pg, 28, "研究生课程进修班结业证书", 20, ctx.bold) + 8
        y = pg.wrap(26, y, 158, f"{holder}同志于{d.year - 2}年9月至{fd(d, style)}参加我校{subj}专业研究生课程进修班学习，"
                    "修完下列课程，考试成绩合格，准予结业。", 13, ctx.body, lead=1.9, indent=9)
        rows = [["课程名称", "学分", "成绩"]] + [[m, str(rng.randint(2, 4)), str(rng.randint(72, 95))] for m in modules]
        y = pg.table(30, y + 6, [90, 30, 30], rows, 11, ctx.body, row_h=10, header_font=ctx.bold)
        pg.text(150, y + 20, f"{uni}研究生院", 13, ctx.body, "c")
        pg.text(150, y + 29, fd(d, style), 13, ctx.body, "c")
        pg.seal(150, y + 24, 19, uni, rng.randrange(10**6))
        issuer = f"{uni}研究生院"
        scored.append("qualification.modules")
    elif v == "zikao":
        kind = "self_study_exam"
        subj = bach
        issuer = f"{CITIES[s['c']][0]}省高等教育自学考试委员会"
        modules = rng.sample(["中国近现代史纲要", "马克思主义基本原理概论", "英语（二）", "管理学原理", "计算机应用基础",
                              "高等数学（一）", "档案管理学", "统计学原理"], rng.randint(1, 3))
        pg = Page(200, 140)
        pg.rect(6, 6, 194, 134, 0.8, (40, 100, 60))
        y = ctext(pg, 14, "高等教育自学考试", 14, ctx.bold)
        y = ctext(pg, y, "单科合格证书", 20, ctx.bold) + 4
        pg.text(20, y, f"姓名：{holder}    准考证号：{serial(rng, '0', 11)}    专业：{subj}", 10.5, ctx.body)
        rows = [["课程代码", "课程名称", "成绩"]] + [[f"{rng.randint(10, 99):05d}", m, str(rng.randint(60, 88))] for m in modules]
        y = pg.table(20, y + 8, [30, 100, 30], rows, 10, ctx.body, row_h=9)
        pg.text(150, y + 12, issuer, 10, ctx.body, "c")
        pg.text(150, y + 19, fd(d, style), 10, ctx.body, "c")
        pg.seal(150, y + 15, 15, issuer[:16], rng.randrange(10**6))
        scored.append("qualification.modules")
    else:  # computer
        kind = "computer_exam"
        subj = None
        issuer = f"{CITIES[s['c']][0]}省人力资源和社会保障厅"
        modules = rng.sample(["Word 2016中文字处理", "Excel 2016中文电子表格", "PowerPoint 2016中文演示文稿",
                              "Windows 7操作系统", "Internet应用", "WPS Office办公组合"], rng.randint(1, 3))
        pg = Page(210, 148)
        pg.rect(8, 8, 202, 140, 1.0, (30, 70, 140))
        y = ctext(pg, 16, "全国专业技术人员计算机应用能力考试", 15, ctx.bold)
        y = ctext(pg, y, "合 格 证 书", 20, ctx.bold) + 4
        pg.text(22, y, f"姓名：{holder}", 11, ctx.body)
        pg.text(100, y, f"身份证号：{'4102' if s['c'] == '开封' else '4309'}{rng.randint(10, 99)}{born.year}{born.month:02d}{born.day:02d}****", 11, ctx.body)
        rows = [["考试模块", "考试日期", "成绩"]] + [[m, fd(d, "dotpad"), "合格"] for m in modules]
        y = pg.table(22, y + 8, [90, 50, 26], rows, 10, ctx.body, row_h=9)
        pg.text(150, y + 10, issuer, 10, ctx.body, "c")
        pg.text(150, y + 17, f"发证日期：{fd(d, style)}", 10, ctx.body, "c")
        pg.seal(150, y + 13, 15, issuer[:16], rng.randrange(10**6))
        pg.text(22, 132, f"管理号：{serial(rng, 'JSJ', 10)}   查询：人事考试网", 8, ctx.body, "l", GREY)
        scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.modules"]
    fields = {"holder": holder, "issuer": issuer, "issued_on": issued,
              "qualification": {"kind": kind, "subject": subj, "modules": modules}}
    return Doc("qualification_certificate", layout, [pg], fields, scored, {"person": holder, "year": d.year})


# ============================================================================ other
def other(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    layout, v = variant(ctx, "other")
    s = _scene(ctx, 3)
    who = s["names"][0]
    d = rdate(rng)
    title = _title(ctx, s, None)
    pg = Page()
    if v == "receipt":
        pg = Page(210, 100)
        pg.rect(8, 8, 202, 92, 0.5)
        ctext(pg, 12, f"{s['org']}", 11, ctx.body)
        ctext(pg, 20, "收  款  收  据", 18, ctx.bold)
        pg.text(196, 14, f"No {serial(rng, '', 7)}", 10, ctx.body, "r", RED)
        pg.text(18, 34, f"日期：{fd(d, 'cn')}", 11, ctx.body)
        pg.table(18, 42, [40, 134], [["交款人", who], ["事由", f"{title}（培训费、资料费）"],
                                      ["金额（大写）", f"人民币{rng.choice(['捌佰', '壹仟贰佰', '陆佰伍拾'])}元整"]], 11, ctx.body, row_h=10)
        pg.text(18, 80, f"收款人：{s['names'][1]}", 11, ctx.body)
        pg.seal(160, 78, 14, s["org"][:16] + "财务专用章"[:0], rng.randrange(10**6))
    elif v == "regform":
        y = ctext(pg, 22, f"{title}报名表", 16, ctx.bold, width=175)
        rows = [["姓名", "", "性别", rng.choice("男女"), "出生年月", fm(rng.randint(1972, 1996), rng.randint(1, 12), "dot")],
                ["工作单位", s["unit"], "", "", "职称", rng.choice(["工程师", "主治医师", "馆员", "统计师", "二级教师"])],
                ["联系电话", phone_no(rng), "", "", "邮箱", f"{rng.randint(10**7, 10**9)}@qq.com"],
                ["是否住宿", "是  □  否  □", "", "", "备注", ""]]
        y = pg.table(18, y + 6, [26, 44, 16, 22, 26, 40], rows, 10, ctx.body, row_h=13)
        _hand(pg, ctx, 48, y - 13 * 4 + 3, who, 13)
        pg.text(20, y + 8, f"请于{fd(d, 'cn')}前将报名表发送至邮箱，逾期不再受理。", 10, ctx.body)
        pg.text(20, y + 16, "本人签名：", 11, ctx.body)
        _hand(pg, ctx, 44, y + 14, who, 15)
    elif v == "leave":
        y = ctext(pg, 30, "请 假 条", 22, ctx.bold) + 6
        pg.text(24, y, f"{s['unit']}领导：", 13, ctx.body)
        y = pg.wrap(24, y + 10, 160, f"本人{who}因参加{title}，需请假{rng.randint(2, 5)}天，自{fd(d, 'cn')}起，"
                    "工作已安排妥当，恳请批准。", 13, ctx.hand, lead=2.0, indent=9)
        pg.text(140, y + 12, f"申请人：{who}", 13, ctx.hand, "c", INK)
        pg.text(140, y + 22, fd(d - dt.timedelta(days=2), "cn"), 13, ctx.hand, "c", INK)
        pg.text(24, y + 40, f"科室意见：同意。  {s['names'][1]}", 12, ctx.hand, "l", INK)
    elif v == "idcopy":
        pg.text(105, 14, "身份证复印件（仅供继续教育登记使用）", 11, ctx.body, "c", GREY)
        pg.rect(45, 30, 165, 106, 0.4, fill=(236, 240, 244))
        pg.text(52, 38, f"姓名  {who}", 11, ctx.body)
        pg.text(52, 48, f"性别  {rng.choice('男女')}    民族  汉", 11, ctx.body)
        b = rdate(rng, 1970, 1996)
        pg.text(52, 58, f"出生  {b.year} 年 {b.month} 月 {b.day} 日", 11, ctx.body)
        pg.wrap(52, 68, 75, f"住址  {addr(rng, s['c'], s['x'])}", 11, ctx.body)
        pg.text(52, 94, f"公民身份号码  4{rng.randint(10**4, 10**5 - 1)}{b.year}{b.month:02d}{b.day:02d}{rng.randint(1000, 9999)}", 10, ctx.body)
        pg.rect(135, 38, 160, 70, 0.2, fill=(210, 214, 220))
        pg.rect(45, 120, 165, 196, 0.4, fill=(236, 240, 244))
        ctext(pg, 132, "中华人民共和国", 13, ctx.bold)
        ctext(pg, 142, "居民身份证", 17, ctx.bold)
        pg.text(60, 170, f"签发机关  {s['c']}市公安局{s['x']}分局", 10, ctx.body)
        pg.text(60, 180, f"有效期限  {fd(d, 'dotpad')}-{fd(d.replace(year=d.year + 20), 'dotpad')}", 10, ctx.body)
        pg.text(140, 210, who, 16, ctx.hand, "c", INK)
        pg.text(140, 220, "与原件一致", 12, ctx.hand, "c", INK)
    elif v == "employ":
        y = ctext(pg, 32, "在 职 证 明", 22, ctx.bold) + 8
        y = pg.wrap(24, y, 160, f"兹证明{who}同志，身份证号码：41{rng.randint(10**15, 10**16 - 1)}，自"
                    f"{fd(d.replace(year=d.year - rng.randint(3, 15)), 'cn')}起在我单位工作，现任{rng.choice(['工程师', '主治医师', '一级教师', '馆员', '统计师'])}。"
                    "特此证明。", 13, ctx.body, lead=2.0, indent=9)
        pg.text(150, y + 20, s["unit"], 13, ctx.body, "c")
        pg.text(150, y + 29, fd(d, "cn"), 13, ctx.body, "c")
        pg.seal(150, y + 24, 18, s["unit"][:16], rng.randrange(10**6))
        pg.text(24, 270, f"单位地址：{addr(rng, s['c'], s['x'])}  电话：{landline(rng, s['c'])}", 9, ctx.body, "l", GREY)
    elif v == "report":
        y = ctext(pg, 22, f"{d.year}年度个人工作总结", 17, ctx.bold) + 2
        pg.text(105, y, f"{s['unit']}  {who}", 11, ctx.body, "c")
        y += 10
        for para in ["一年来，本人在单位领导的关心和同事们的帮助下，认真履行岗位职责，完成了各项工作任务。",
                     f"在业务学习方面，本人参加了{title}等培训，进一步提高了专业能力。",
                     "在工作中，坚持理论联系实际，积极参与科室业务建设，认真做好资料整理与归档。",
                     "今后，本人将继续加强学习，改进不足，争取取得更好的成绩。"]:
            y = pg.wrap(22, y, 166, para, 12, ctx.body, lead=1.9, indent=8) + 2
        pg.text(150, y + 14, who, 14, ctx.hand, "c", INK)
        pg.text(150, y + 24, fd(d, "cn"), 12, ctx.body, "c")
        pg.text(105, 285, "— 1 —", 10, ctx.body, "c")
    else:  # payscreen
        pg = Page(78, 160)
        y = phone_frame(pg, ctx, "账单详情", f"{rng.randint(8, 22)}:{rng.randint(10, 59)}")
        pg.rect(0, y, 78, 150, 0, fill=(255, 255, 255))
        ctext(pg, y + 6, s["org"], 9, ctx.body, width=68)
        ctext(pg, y + 14, f"-{rng.choice([300, 480, 600, 980])}.00", 20, ctx.bold)
        yy = y + 32
        for lab, val in [("交易状态", "支付成功"), ("商品说明", f"{title}报名费"), ("付款人", who),
                         ("支付时间", f"{fd(d, 'iso')} {rng.randint(8, 22):02d}:{rng.randint(10, 59)}"),
                         ("交易单号", serial(rng, "4200", 16))]:
            pg.text(6, yy, lab, 7, ctx.body, "l", GREY)
            yy = pg.wrap(26, yy, 48, val, 7, ctx.body, lead=1.4) + 2
    fields = {"holder": who}
    return Doc("other", layout, [pg], fields, [], {"person": who, "year": d.year})
