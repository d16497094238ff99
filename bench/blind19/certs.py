"""Draw 19 builders for training certificates, sign-in sheets, notices, qualifications and other papers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.doc import Doc, frame
from bench.blind.page import Page
from bench.blind19 import pools as P
from bench.blind19.ink import (
    GREY,
    fill_line,
    finish,
    hand,
    para,
    phone_chrome,
    photo_box,
    qr_box,
    red_header,
    signature,
    web_chrome,
)
from bench.blind19.pools import Ctx
from bench.generator.truth import person

CAT_WORD = {"public": "公需科目", "professional": "专业科目"}
ABBR = {"德州": "德", "烟台": "烟", "泰安": "泰"}
DEPT_ABBR = [("卫生健康", "卫"), ("人力资源", "人社"), ("教育和体育", "教体"), ("农业农村", "农"), ("医学会", "医学会"),
             ("护理学会", "护学"), ("继续医学", "继医"), ("教育科学", "教科"), ("职业学院", "职院")]  # fmt: skip


# ---- shared training facts --------------------------------------------------------------------
def _training(ctx: Ctx, online: bool = False) -> dict[str, Any]:
    r = ctx.rng
    c = P.city(r)
    cat = r.choice(["public", "professional", None])
    pool = (
        P.PUBLIC_TOPICS
        if cat == "public"
        else P.PRO_TOPICS
        if cat == "professional"
        else P.PRO_TOPICS + P.PUBLIC_TOPICS
    )
    topic = r.choice(pool)
    title = topic + ("专题培训" if online else r.choice(P.TRAIN_FORMS))
    start = P.any_day(r, 2019, 2024)
    days = r.choice([1, 2, 2, 3, 3, 5])
    end = start + dt.timedelta(days=days - 1)
    hours = days * r.choice([6, 8]) if not online else r.choice([12, 20, 24, 30, 40])
    issued = end + dt.timedelta(days=r.choice([0, 0, 1, 3, 7]))
    return {"city": c, "cat": cat, "topic": topic, "title": title, "start": start, "end": end, "hours": hours,
            "issued": issued, "issuer": P.training_issuer(r, c), "name": P.people_names(r, 1)[0],
            "unit": P.workplace(r, c), "no": f"{c[:1]}{start.year}{r.randrange(10**5):05d}",
            "venue": P.venue(r, c)}  # fmt: skip


def _cert_fields(t: dict[str, Any], issued: str | None = None, period: tuple[str, str] | None = None) -> dict:
    return {
        "holder": t["name"], "title": t["title"], "issuer": t["issuer"],
        "issued_on": issued if issued is not None else t["issued"].isoformat(),
        "period": {"start": period[0], "end": period[1]} if period else
        {"start": t["start"].isoformat(), "end": t["end"].isoformat()},
        "hours_stated": float(t["hours"]),
    }  # fmt: skip


def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("training_certificate")
    return {
        "framed": _tc_framed, "portal": _tc_portal, "app_card": _tc_app, "landscape_grid": _tc_landscape,
        "hand_form": _tc_hand, "cn_numeral": _tc_cn, "two_page": _tc_two_page, "seal_over": _tc_seal_over,
    }[v](ctx, v)  # fmt: skip


def _tc_framed(ctx: Ctx, v: str) -> Doc:
    t, ds = _training(ctx), ctx.date_style(("ymd", "pad", "cn"))
    pg = Page()
    frame(pg, ctx, 2)
    pg.text(pg.w - 26, 22, f"证书编号：{t['no']}", 10, ctx.body, "r")
    pg.text(pg.w / 2, 48, "结 业 证 书", 34, ctx.bold, "c", (150, 30, 30))
    cat = f"（{CAT_WORD[t['cat']]}）" if t["cat"] else ""
    y = para(pg, ctx, 30, 90, 150, f"{t['name']}同志：", 16, indent=False)
    s = (
        f"于{P.span(t['start'], t['end'], ds)}参加由{t['issuer']}举办的“{t['title']}”{cat}，完成规定课程学习，"
        f"经考核合格，共计{t['hours']}学时。"
    )
    y = para(pg, ctx, 30, y + 4, 150, s, 16, 2.0)
    para(pg, ctx, 30, y + 2, 150, "特发此证。", 16)
    pg.text(160, 215, t["issuer"], 15, ctx.body, "c")
    pg.text(160, 226, P.day(t["issued"], ds), 15, ctx.body, "c")
    pg.seal(160, 218, 20, t["issuer"], ctx.seed())
    return finish(ctx, "training_certificate", v, [pg], _cert_fields(t), _claim(t), t["cat"])


def _claim(t: dict[str, Any], who: str | None = None) -> dict[str, Any]:
    return {"person": who or t["name"], "year": t["end"].year}


def _tc_portal(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    t = _training(ctx, online=True)
    plat, slug = r.choice(P.PLATFORMS)
    y0 = t["start"].year
    m0, m1 = r.randint(2, 6), r.randint(8, 12)
    t["end"] = dt.date(y0, m1, 28)
    printed = dt.date(y0, m1, r.randint(1, 28)) + dt.timedelta(days=r.randint(3, 20))
    issuer = f"{t['city']}市人力资源和社会保障局"
    title = f"{y0}年度专业技术人员继续教育网络学习"
    pg = Page()
    y = web_chrome(
        pg, ctx, plat, f"https://{slug}.example.gov.cn/student/cert/print", printed.strftime("%Y/%m/%d %H:%M")
    )
    pg.text(pg.w / 2, y + 6, "继续教育学时证明", 22, ctx.bold, "c")
    y += 22
    rows = [["姓名", t["name"], "身份证号", f"3714{r.randrange(10**2):02d}********{r.randrange(10**4):04d}"],
            ["工作单位", t["unit"], "学习年度", f"{y0}年"]]  # fmt: skip
    y = pg.table(14, y, [26, 64, 26, 66], rows, 10.5, ctx.body, 10)
    pg.text(14, y + 5, f"学习项目：{title}", 11, ctx.body)
    pg.text(14, y + 12, f"学习时间：{P.month(y0, m0, 'pad')}—{P.month(y0, m1, 'pad')}", 11, ctx.body)
    y += 20
    cats = {"public": ["公需科目"], "professional": ["专业科目"], None: ["公需科目", "专业科目"]}[t["cat"]]
    topics = r.sample(P.PUBLIC_TOPICS if t["cat"] == "public" else P.PRO_TOPICS, 4)
    parts = _split_hours(r, t["hours"], len(topics))
    rows = [["序号", "课程名称", "类别", "学时", "完成时间"]]
    for i, (tp, h) in enumerate(zip(topics, parts, strict=True)):
        done = dt.date(y0, r.randint(m0, m1), r.randint(1, 28))
        rows.append([str(i + 1), tp, cats[i % len(cats)], str(h), done.isoformat()])
    rows.append(["", "合计", "", str(t["hours"]), ""])
    y = pg.table(14, y, [14, 86, 26, 18, 38], rows, 10, ctx.body, 10, header_font=ctx.bold)
    pg.text(14, y + 8, f"累计获得学时：{t['hours']}学时，已完成本年度学习任务。", 11, ctx.body)
    pg.text(150, y + 30, f"证明单位：{issuer}", 11, ctx.body, "c")
    pg.text(150, y + 38, f"打印日期：{printed.isoformat()}", 11, ctx.body, "c")
    pg.seal(150, y + 33, 18, issuer, ctx.seed())
    f = _cert_fields(t, printed.isoformat(), (P.iso_month(y0, m0), P.iso_month(y0, m1)))
    f["title"], f["issuer"] = title, issuer
    return finish(ctx, "training_certificate", v, [pg], f, {"person": t["name"], "year": y0}, t["cat"])


def _split_hours(r, total: int, n: int) -> list[int]:
    base = [total // n] * n
    for i in range(total - sum(base)):
        base[i] += 1
    return base


def _tc_app(ctx: Ctx, v: str) -> Doc:
    t, ds = _training(ctx), ctx.date_style(("dash", "dot", "slash"))
    pg = Page(w=100, h=205, bg=(240, 241, 245))
    y = phone_chrome(pg, ctx, f"{ctx.rng.randint(8, 21)}:{ctx.rng.randint(10, 59)}", "我的证书")
    pg.rect(6, y, 94, y + 150, 0.2, (220, 220, 220), (255, 255, 255))
    pg.rect(6, y, 94, y + 16, 0.0, (200, 60, 50), (200, 60, 50))
    pg.text(50, y + 4, "培训合格证明", 15, ctx.bold, "c", (255, 255, 255))
    y += 24
    rows = [
        ("学员姓名", t["name"]),
        ("工作单位", t["unit"]),
        ("培训项目", t["title"]),
        ("培训时间", P.day(t["start"], ds) + " 至"),
        ("", P.day(t["end"], ds)),
        ("获得学时", f"{t['hours']}学时"),
    ]
    if t["cat"]:
        rows.append(("学时类型", CAT_WORD[t["cat"]]))
    rows += [("发证单位", t["issuer"]), ("发证日期", P.day(t["issued"], ds)), ("证书编号", t["no"])]
    for lab, val in rows:
        pg.text(10, y, lab, 9, ctx.body, "l", GREY)
        y = pg.wrap(28, y, 62, val, 9.5, ctx.body, 1.5) + 2.5
    pg.seal(72, y - 22, 13, t["issuer"], ctx.seed())
    pg.rect(20, 185, 80, 195, 0.0, (200, 60, 50), (200, 60, 50))
    pg.text(50, 187.2, "下载证书", 11, ctx.body, "c", (255, 255, 255))
    return finish(ctx, "training_certificate", v, [pg], _cert_fields(t), _claim(t), t["cat"])


def _tc_landscape(ctx: Ctx, v: str) -> Doc:
    t, ds = _training(ctx), ctx.date_style(("ymd", "pad", "dot"))
    pg = Page(w=297, h=210)
    frame(pg, ctx, 3)
    pg.text(pg.w / 2, 24, "培 训 证 书", 30, ctx.bold, "c", (160, 30, 30))
    pg.text(pg.w / 2, 40, "CERTIFICATE OF TRAINING", 12, ctx.body, "c", GREY)
    photo_box(pg, ctx, 34, 62, 30, 40)
    rows = [["姓名", t["name"], "性别", ctx.rng.choice(["男", "女"])],
            ["工作单位", t["unit"], "证书编号", t["no"]],
            ["培训项目", t["title"], "培训学时", f"{t['hours']}学时"],
            ["培训时间", P.span(t["start"], t["end"], ds, "—"), "科目", CAT_WORD.get(t["cat"], "—")]]  # fmt: skip
    if not t["cat"]:
        rows[3][2:] = ["培训形式", "面授"]
    pg.table(80, 60, [28, 92, 28, 44], rows, 11, ctx.body, 13)
    pg.text(80, 124, "经考核，成绩合格，准予结业。", 13, ctx.body)
    pg.text(225, 150, t["issuer"], 13, ctx.body, "c")
    pg.text(225, 160, P.day(t["issued"], ds), 13, ctx.body, "c")
    pg.seal(225, 152, 19, t["issuer"], ctx.seed())
    return finish(ctx, "training_certificate", v, [pg], _cert_fields(t), _claim(t), t["cat"])


def _tc_hand(ctx: Ctx, v: str) -> Doc:
    t = _training(ctx)
    pg = Page()
    pg.text(pg.w / 2, 30, "专业技术人员继续教育学时证明", 20, ctx.bold, "c")
    pg.text(pg.w - 70, 44, "编号：", 11, ctx.body)
    hand(pg, ctx, pg.w - 58, 44, t["no"], 12)
    y, s = 64, 13.5
    fill_line(pg, ctx, 24, y, "兹有", t["name"], s, 34, True, "同志，")
    fill_line(pg, ctx, 24, y + 14, "工作单位", t["unit"], s, 110, True)
    fill_line(pg, ctx, 24, y + 28, "于", P.day(t["start"], "ymd"), s, 48, True, "至")
    fill_line(pg, ctx, 100, y + 28, "", P.day(t["end"], "ymd"), s, 48, True, "参加")
    fill_line(pg, ctx, 24, y + 42, "", t["title"], s, 130, True)
    if t["cat"]:
        fill_line(pg, ctx, 24, y + 56, "科目类别：", CAT_WORD[t["cat"]], s, 40, True)
        fill_line(pg, ctx, 100, y + 56, "学时：", str(t["hours"]), s, 20, True, "学时")
    else:
        fill_line(pg, ctx, 24, y + 56, "共计学时：", str(t["hours"]), s, 20, True, "学时")
    pg.text(24, y + 74, "经审核属实，特此证明。", s, ctx.body)
    pg.text(120, y + 100, "主办单位（盖章）：", 12, ctx.body)
    hand(pg, ctx, 120, y + 110, t["issuer"], 13)
    hand(pg, ctx, 130, y + 124, P.day(t["issued"], "ymd"), 14)
    pg.seal(150, y + 112, 20, t["issuer"], ctx.seed())
    pg.text(24, 270, "注：本证明涂改无效，需加盖主办单位公章。", 9.5, ctx.body, "l", GREY)
    return finish(ctx, "training_certificate", v, [pg], _cert_fields(t), _claim(t), t["cat"])


def _tc_cn(ctx: Ctx, v: str) -> Doc:
    t = _training(ctx)
    t["issued"] = t["end"]
    pg = Page()
    frame(pg, ctx, 1)
    pg.text(pg.w / 2, 40, "合格证书", 32, ctx.bold, "c")
    pg.text(28, 74, f"{t['name']}：", 15, ctx.body)
    cat = f"{CAT_WORD[t['cat']]}" if t["cat"] else ""
    s = (
        f"你于{P.span(t['start'], t['end'], 'cn')}参加{t['title']}{cat}学习，"
        f"修完全部课程，成绩合格，计{P.cn_small(t['hours'])}学时。"
    )
    y = para(pg, ctx, 28, 88, 154, s, 15, 2.1)
    para(pg, ctx, 28, y + 2, 154, "特发此证。", 15)
    pg.text(150, 200, t["issuer"], 14, ctx.body, "c")
    pg.text(150, 211, P.month(t["end"].year, t["end"].month, "cn"), 14, ctx.body, "c")
    pg.seal(150, 203, 20, t["issuer"], ctx.seed())
    pg.text(28, 255, f"证书编号　{t['no']}", 10, ctx.body, "l", GREY)
    f = _cert_fields(t, P.iso_month(t["end"].year, t["end"].month))
    return finish(ctx, "training_certificate", v, [pg], f, _claim(t), t["cat"])


def _tc_two_page(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    t, ds = _training(ctx), ctx.date_style(("ymd", "pad", "dot", "dash"))
    days = (t["end"] - t["start"]).days + 1
    if days == 1:
        t["end"] = t["start"] + dt.timedelta(days=1)
        days = 2
    t["hours"] = days * 6
    p1 = Page()
    frame(p1, ctx, 1)
    p1.text(p1.w / 2, 40, "继续教育学时证书", 26, ctx.bold, "c")
    pairs = [
        ("姓　　名", t["name"]),
        ("单　　位", t["unit"]),
        ("项目名称", t["title"]),
        ("起止日期", P.span(t["start"], t["end"], ds, " — ")),
        ("认定学时", f"{t['hours']}学时"),
    ]
    if t["cat"]:
        pairs.append(("科　　目", CAT_WORD[t["cat"]]))
    y = 70
    for lab, val in pairs:
        p1.text(30, y, lab, 13, ctx.body)
        y = p1.wrap(62, y, 120, val, 13, ctx.body, 1.5) + 6
    p1.text(30, y + 4, "课程明细见附页。", 12, ctx.body)
    p1.text(148, 210, t["issuer"], 13, ctx.body, "c")
    p1.text(148, 220, P.day(t["issued"], ds), 13, ctx.body, "c")
    p1.seal(148, 213, 19, t["issuer"], ctx.seed())
    p2 = Page()
    p2.text(p2.w / 2, 24, "附页：课程安排及学时", 16, ctx.bold, "c")
    pool = P.PUBLIC_TOPICS if t["cat"] == "public" else P.PRO_TOPICS
    rows = [["日期", "时段", "课程内容", "授课教师", "学时"]]
    teachers = P.people_names(r, 2 * days + 2)
    teachers = [n for n in teachers if n != t["name"]]
    for i in range(days):
        d = t["start"] + dt.timedelta(days=i)
        for j, slot in enumerate(("上午", "下午")):
            rows.append(
                [
                    P.day(d, "dash"),
                    slot,
                    r.choice(pool),
                    teachers[2 * i + j] + r.choice(["教授", "主任", "老师"]),
                    "3",
                ]
            )
    rows.append(["合计", "", "", "", str(t["hours"])])
    p2.table(16, 36, [30, 16, 76, 36, 20], rows, 10, ctx.body, 10, header_font=ctx.bold)
    return finish(ctx, "training_certificate", v, [p1, p2], _cert_fields(t), _claim(t), t["cat"])


def _tc_seal_over(ctx: Ctx, v: str) -> Doc:
    t, ds = _training(ctx), ctx.date_style(("dash", "dot", "ymd", "slash"))
    pg = Page()
    frame(pg, ctx, 2)
    pg.text(pg.w / 2, 34, "培训合格证", 28, ctx.bold, "c")
    pg.text(pg.w / 2, 50, "Training Certificate", 11, ctx.body, "c", GREY)
    pairs = [("姓　名", t["name"]), ("培训内容", t["title"]), ("培训日期", P.span(t["start"], t["end"], ds, " 至 ")),
             ("学　时", f"{t['hours']}学时")]  # fmt: skip
    if t["cat"]:
        pairs.insert(2, ("类　别", CAT_WORD[t["cat"]]))
    y = 76
    for lab, val in pairs:
        pg.text(36, y, f"{lab}：", 13, ctx.body)
        y = pg.wrap(66, y, 110, val, 13, ctx.body, 1.5) + 7
    pg.text(36, y + 6, "该学员已完成全部培训内容，考核合格。", 13, ctx.body)
    # the stamp sits on the hours line and the issuer line
    pg.seal(100, y - 12, 21, t["issuer"], ctx.seed())
    pg.text(pg.w - 30, y + 30, f"发证单位：{t['issuer']}", 12, ctx.body, "r")
    pg.text(pg.w - 30, y + 40, f"发证日期：{P.day(t['issued'], ds)}", 12, ctx.body, "r")
    pg.seal(pg.w - 55, y + 34, 18, t["issuer"], ctx.seed())
    pg.text(36, 262, f"No. {t['no']}", 10, ctx.body, "l", GREY)
    return finish(ctx, "training_certificate", v, [pg], _cert_fields(t), _claim(t), t["cat"])


# ---- sign-in sheets ---------------------------------------------------------------------------
def _sheet(ctx: Ctx, n: int) -> dict[str, Any]:
    t = _training(ctx)
    r = ctx.rng
    names = P.people_names(r, n)
    t["names"] = names
    t["units"] = [P.workplace(r, t["city"]) if r.random() < 0.5 else t["unit"] for _ in names]
    t["depts"] = [r.choice(P.DEPTS) for _ in names]
    t["titles"] = [r.choice(P.TITLES) for _ in names]
    t["venue"] = P.venue(r, t["city"])
    t["end"] = t["start"]
    return t


def _sheet_fields(t: dict[str, Any], end: dt.date | None = None) -> dict[str, Any]:
    return {"title": t["title"], "issuer": t["issuer"],
            "period": {"start": t["start"].isoformat(), "end": (end or t["start"]).isoformat()},
            "people": [person(n, i + 1, "attendee") for i, n in enumerate(t["names"])]}  # fmt: skip


def _sheet_claim(ctx: Ctx, t: dict[str, Any]) -> dict[str, Any]:
    return {"person": ctx.rng.choice(t["names"]), "year": t["start"].year}


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign_in_sheet")
    return {
        "ruled": _si_ruled, "landscape_split": _si_landscape, "hand_column": _si_hand, "half_day": _si_half_day,
        "app_export": _si_app, "two_page": _si_two_page, "booklet": _si_booklet,
    }[v](ctx, v)  # fmt: skip


def _si_ruled(ctx: Ctx, v: str) -> Doc:
    t, ds = _sheet(ctx, ctx.rng.randint(9, 14)), ctx.date_style(("ymd", "pad", "dot"))
    pg = Page()
    pg.text(pg.w / 2, 20, f"{t['title']}签到表", 17, ctx.bold, "c")
    pg.text(16, 34, f"主办单位：{t['issuer']}", 10.5, ctx.body)
    pg.text(16, 41, f"培训时间：{P.day(t['start'], ds)}", 10.5, ctx.body)
    pg.text(100, 41, f"地点：{t['venue']}", 10.5, ctx.body)
    rows = [["序号", "姓名", "工作单位", "职称", "签名"]]
    for i, n in enumerate(t["names"]):
        rows.append([str(i + 1), n, t["units"][i], t["titles"][i], ""])
    pg.table(16, 48, [14, 26, 78, 28, 32], rows, 10, ctx.body, 12, header_font=ctx.bold)
    for i, n in enumerate(t["names"]):
        hand(pg, ctx, 164 + ctx.rng.uniform(0, 6), 48 + 12 * (i + 1) + 3, n, 13, (20, 20, 30))
    return finish(ctx, "sign_in_sheet", v, [pg], _sheet_fields(t), _sheet_claim(ctx, t))


def _si_landscape(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    t, ds = _sheet(ctx, r.randint(12, 20)), ctx.date_style(("ymd", "dash", "slash"))
    pg = Page(w=297, h=210)
    pg.text(pg.w / 2, 14, t["title"], 17, ctx.bold, "c")
    pg.text(pg.w / 2, 24, "学 员 签 到", 13, ctx.bold, "c")
    pg.text(
        16,
        34,
        f"日期：{P.day(t['start'], ds)}　　地点：{t['venue']}　　组织单位：{t['issuer']}",
        10,
        ctx.body,
    )
    half = (len(t["names"]) + 1) // 2
    for col, chunk in enumerate((t["names"][:half], t["names"][half:])):
        rows = [["序号", "姓名", "科室/部门", "签到时间"]]
        for i, n in enumerate(chunk):
            idx = i + col * half
            rows.append([str(idx + 1), n, t["depts"][idx], f"0{r.randint(7, 8)}:{r.randint(10, 59)}"])
        pg.table(16 + col * 136, 42, [14, 34, 50, 30], rows, 10, ctx.body, 11, header_font=ctx.bold)
    return finish(ctx, "sign_in_sheet", v, [pg], _sheet_fields(t), _sheet_claim(ctx, t))


def _si_hand(ctx: Ctx, v: str) -> Doc:
    t = _sheet(ctx, ctx.rng.randint(8, 12))
    pg = Page()
    pg.text(pg.w / 2, 22, "签　到　表", 20, ctx.bold, "c")
    pg.text(18, 38, f"会议（培训）名称：{t['title']}", 11, ctx.body)
    pg.text(18, 46, f"举办单位：{t['issuer']}", 11, ctx.body)
    pg.text(18, 54, "时间：", 11, ctx.body)
    hand(pg, ctx, 32, 54, P.day(t["start"], "ymd"), 13)
    rows = [["序号", "单位", "签名", "备注"]] + [[str(i + 1), u, "", ""] for i, u in enumerate(t["units"])]
    pg.table(18, 62, [14, 84, 50, 26], rows, 10, ctx.body, 14, header_font=ctx.bold)
    for i, n in enumerate(t["names"]):
        hand(pg, ctx, 124 + ctx.rng.uniform(0, 10), 62 + 14 * (i + 1) + 4, n, 15, (25, 25, 40))
    return finish(ctx, "sign_in_sheet", v, [pg], _sheet_fields(t), _sheet_claim(ctx, t))


def _si_half_day(ctx: Ctx, v: str) -> Doc:
    t = _sheet(ctx, ctx.rng.randint(8, 13))
    pg = Page()
    pg.text(pg.w / 2, 20, f"{t['title']}", 16, ctx.bold, "c")
    pg.text(pg.w / 2, 30, "参会人员签到表", 14, ctx.bold, "c")
    pg.text(18, 42, f"时间：{P.day(t['start'], 'cn')}", 11, ctx.body)
    pg.text(110, 42, f"主办：{t['issuer']}", 11, ctx.body)
    rows = [["序号", "姓名", "单位", "上午", "下午"]]
    for i, n in enumerate(t["names"]):
        rows.append([str(i + 1), n, t["units"][i], "", ""])
    pg.table(18, 50, [14, 28, 90, 21, 21], rows, 10, ctx.body, 12, header_font=ctx.bold)
    for i in range(len(t["names"])):
        for j in range(2):
            if ctx.rng.random() < 0.9:
                hand(pg, ctx, 158 + j * 21, 50 + 12 * (i + 1) + 3, "√", 14, (20, 20, 30))
    return finish(ctx, "sign_in_sheet", v, [pg], _sheet_fields(t), _sheet_claim(ctx, t))


def _si_app(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    t = _sheet(ctx, r.randint(6, 8))
    pg = Page(w=100, h=215, bg=(244, 245, 247))
    y = phone_chrome(pg, ctx, f"{r.randint(9, 18)}:{r.randint(10, 59)}", "签到详情")
    pg.rect(5, y, 95, y + 30, 0.0, (255, 255, 255), (255, 255, 255))
    y2 = pg.wrap(8, y + 3, 84, t["title"], 11, ctx.bold, 1.4)
    pg.text(8, y2 + 1, f"组织单位：{t['issuer']}", 8, ctx.body, "l", GREY)
    pg.text(8, y2 + 6.5, f"活动日期：{t['start'].isoformat()}", 8, ctx.body, "l", GREY)
    y += 34
    pg.text(8, y, f"已签到 {len(t['names'])} 人", 9, ctx.body, "l", (40, 140, 80))
    y += 7
    for n in t["names"]:
        pg.rect(5, y, 95, y + 17, 0.0, (255, 255, 255), (255, 255, 255))
        pg.rect(8, y + 3, 19, y + 14, 0.0, (120, 160, 220), (120, 160, 220))
        pg.text(13.5, y + 5.5, n[-1], 9, ctx.body, "c", (255, 255, 255))
        pg.text(23, y + 3, n, 10.5, ctx.body)
        stamp = f"{t['start'].isoformat()} 0{r.randint(7, 8)}:{r.randint(10, 59)}:{r.randint(10, 59)}"
        pg.text(23, y + 9.5, stamp, 7.5, ctx.body, "l", GREY)
        pg.text(92, y + 6, "已签到", 8.5, ctx.body, "r", (40, 140, 80))
        y += 19
    return finish(ctx, "sign_in_sheet", v, [pg], _sheet_fields(t), _sheet_claim(ctx, t))


def _si_two_page(ctx: Ctx, v: str) -> Doc:
    t, ds = _sheet(ctx, ctx.rng.randint(22, 30)), ctx.date_style(("ymd", "pad", "dash"))
    pages = []
    per = 17
    chunks = [t["names"][:per], t["names"][per:]]
    for p, chunk in enumerate(chunks):
        pg = Page()
        if p == 0:
            pg.text(pg.w / 2, 18, f"{t['title']}签到表", 16, ctx.bold, "c")
            pg.text(16, 30, f"举办单位：{t['issuer']}　　日期：{P.day(t['start'], ds)}", 10.5, ctx.body)
        y = 38 if p == 0 else 20
        rows = [["序号", "姓名", "性别", "工作单位及科室", "签到"]]
        for i, n in enumerate(chunk):
            idx = i + p * per
            rows.append(
                [str(idx + 1), n, ctx.rng.choice(["男", "女"]), t["units"][idx] + t["depts"][idx], ""]
            )
        pg.table(16, y, [14, 26, 14, 96, 28], rows, 10, ctx.body, 12, header_font=ctx.bold)
        pg.text(pg.w / 2, 282, f"第{p + 1}页 共2页", 9, ctx.body, "c", GREY)
        pages.append(pg)
    return finish(ctx, "sign_in_sheet", v, pages, _sheet_fields(t), _sheet_claim(ctx, t))


def _si_booklet(ctx: Ctx, v: str) -> Doc:
    t = _sheet(ctx, ctx.rng.randint(8, 12))
    d2 = t["start"] + dt.timedelta(days=1)
    pg = Page()
    pg.text(pg.w / 2, 22, f"{t['title']}", 16, ctx.bold, "c")
    pg.text(pg.w / 2, 32, "学员签到册", 14, ctx.bold, "c")
    pg.text(18, 44, f"承办：{t['issuer']}　　培训地点：{t['venue']}", 10, ctx.body)
    rows = [["姓名", "单位", P.day(t["start"], "pad"), P.day(d2, "pad")]]
    for i, n in enumerate(t["names"]):
        rows.append([n, t["units"][i], "", ""])
    pg.table(18, 52, [26, 84, 32, 32], rows, 10, ctx.body, 13, header_font=ctx.bold)
    for i, n in enumerate(t["names"]):
        for j in range(2):
            hand(pg, ctx, 133 + j * 32, 52 + 13 * (i + 1) + 3.5, n, 13, (25, 25, 45))
    return finish(ctx, "sign_in_sheet", v, [pg], _sheet_fields(t, d2), _sheet_claim(ctx, t))


# ---- training notices -------------------------------------------------------------------------
def _notice_fields(
    t: dict[str, Any],
    issued: dt.date | None,
    hours: bool,
    holder: str | None = None,
    roster: list[str] | None = None,
) -> dict:
    return {
        "holder": holder, "people": [person(n, i + 1, "attendee") for i, n in enumerate(roster or [])], "title": t["title"], "issuer": t["issuer"],
        "issued_on": issued.isoformat() if issued else None,
        "period": {"start": t["start"].isoformat(), "end": t["end"].isoformat()},
        "hours_stated": float(t["hours"]) if hours else None,
    }  # fmt: skip


def _notice_dates(ctx: Ctx, t: dict[str, Any]) -> dt.date:
    return t["start"] - dt.timedelta(days=ctx.rng.randint(7, 25))


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("training_notice")
    return {
        "red_header": _tn_red, "invitation": _tn_invite, "agenda": _tn_agenda, "web_notice": _tn_web,
        "annotated": _tn_annotated, "wechat": _tn_wechat, "reply_slip": _tn_reply,
    }[v](ctx, v)  # fmt: skip


def _notice_body(t: dict[str, Any], ds: str, hours: bool) -> list[tuple[str, str]]:
    items = [("一、培训时间", f"{P.span(t['start'], t['end'], ds)}，会期{(t['end'] - t['start']).days + 1}天。"),
             ("二、培训地点", t["venue"] + "。"),
             ("三、培训对象", "各单位相关专业技术人员，每单位限报2至3人。"),
             ("四、培训内容", f"围绕{t['topic']}开展专题讲座、案例分析和现场交流。")]  # fmt: skip
    if hours:
        items.append(("五、学时认定", f"培训结束经考核合格的，登记继续教育学时{t['hours']}学时。"))
    items.append(
        ("六、其他事项" if hours else "五、其他事项", "培训不收取费用，食宿统一安排，交通费回原单位报销。")
    )
    return items


def _tn_red(ctx: Ctx, v: str) -> Doc:
    t, ds = _training(ctx), ctx.date_style(("ymd", "cn"))
    issued = _notice_dates(ctx, t)
    hours = ctx.rng.random() < 0.7
    pg = Page()
    dept = next((a for key, a in DEPT_ABBR if key in t["issuer"]), "继教")
    no = f"{ABBR[t['city']]}{dept}{ctx.rng.choice(['函', '字', '发'])}〔{issued.year}〕{ctx.rng.randint(3, 99)}号"
    y = red_header(pg, ctx, f"{t['issuer']}文件", no)
    y = para(pg, ctx, 22, y, 166, f"关于举办{t['title']}的通知", 17, 1.5, False)
    y = para(pg, ctx, 22, y + 4, 166, "各县（市、区）相关部门，各有关单位：", 12.5, indent=False)
    y = para(
        pg,
        ctx,
        22,
        y,
        166,
        "为进一步提升专业技术人员业务能力，经研究，决定举办本期培训。现将有关事项通知如下：",
        12.5,
    )
    for head, body in _notice_body(t, ds, hours):
        y = para(pg, ctx, 22, y + 1, 166, head, 12.5, indent=True)
        y = para(pg, ctx, 22, y, 166, body, 12.5)
    pg.text(150, y + 14, t["issuer"], 12.5, ctx.body, "c")
    pg.text(150, y + 23, P.day(issued, ds), 12.5, ctx.body, "c")
    pg.seal(150, y + 17, 19, t["issuer"], ctx.seed())
    names = _roster(ctx, t, ctx.rng.randint(6, 14))
    p2 = Page()
    p2.text(22, 24, "附件", 13, ctx.bold)
    p2.text(p2.w / 2, 36, "参加培训人员名单", 16, ctx.bold, "c")
    _roster_table(p2, ctx, t, names, 48)
    f = _notice_fields(t, issued, hours, roster=names)
    return finish(ctx, "training_notice", v, [pg, p2], f, _claim(t))


def _roster(ctx: Ctx, t: dict[str, Any], n: int) -> list[str]:
    names = P.people_names(ctx.rng, n)
    t["name"] = ctx.rng.choice(names)
    t["units"] = [P.workplace(ctx.rng, t["city"]) for _ in names]
    return names


def _roster_table(
    pg: Page, ctx: Ctx, t: dict[str, Any], names: list[str], y: float, size: float = 10.5
) -> float:
    rows = [["序号", "姓名", "工作单位"]] + [
        [str(i + 1), n, u] for i, (n, u) in enumerate(zip(names, t["units"], strict=True))
    ]
    w = pg.w - 40
    return pg.table(
        20, y, [w * 0.12, w * 0.22, w * 0.66], rows, size, ctx.body, size * 0.95, header_font=ctx.bold
    )


def _tn_invite(ctx: Ctx, v: str) -> Doc:
    t, ds = _training(ctx), ctx.date_style(("ymd", "pad", "cn"))
    issued = _notice_dates(ctx, t)
    t["issuer"] = ctx.rng.choice(
        [f"{t['city']}市医学会", f"{t['city']}市护理学会", f"{t['city']}市教育学会", "山东省农学会"]
    )
    pg = Page()
    frame(pg, ctx, 2)
    pg.text(pg.w / 2, 36, "邀 请 函", 28, ctx.bold, "c", (150, 30, 30))
    y = para(
        pg,
        ctx,
        28,
        64,
        154,
        f"尊敬的{t['name']}{ctx.rng.choice(['老师', '主任', '同志'])}：",
        14,
        indent=False,
    )
    s = (
        f"兹定于{P.span(t['start'], t['end'], ds)}在{t['venue']}举办“{t['title']}”。"
        f"素仰您在本领域的学识与经验，特邀请您拨冗参加。"
    )
    y = para(pg, ctx, 28, y + 3, 154, s, 14, 2.0)
    y = para(pg, ctx, 28, y + 2, 154, "请于开班前一日报到。敬请光临！", 14, 2.0)
    pg.text(150, y + 26, t["issuer"], 13, ctx.body, "c")
    pg.text(150, y + 36, P.day(issued, ds), 13, ctx.body, "c")
    pg.seal(150, y + 29, 19, t["issuer"], ctx.seed())
    f = _notice_fields(t, issued, False, holder=t["name"])
    return finish(ctx, "training_notice", v, [pg], f, _claim(t))


def _tn_agenda(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    t = _training(ctx)
    if t["start"] == t["end"]:
        t["end"] = t["start"] + dt.timedelta(days=1)
    days = (t["end"] - t["start"]).days + 1
    hours = r.random() < 0.6
    t["hours"] = days * 7
    pg = Page()
    pg.text(pg.w / 2, 22, t["title"], 16, ctx.bold, "c")
    pg.text(pg.w / 2, 32, "日 程 安 排", 14, ctx.bold, "c")
    pg.text(16, 44, f"主办单位：{t['issuer']}", 10.5, ctx.body)
    pg.text(16, 51, f"地点：{t['venue']}", 10.5, ctx.body)
    rows = [["日期", "时间", "内容", "主讲人"]]
    speakers = [n for n in P.people_names(r, 2 * days + 1) if n != t["name"]]
    for i in range(days):
        d = t["start"] + dt.timedelta(days=i)
        label = f"{d.month}月{d.day}日"
        rows.append(
            [
                label,
                "08:30-11:30",
                r.choice(P.PRO_TOPICS if t["cat"] != "public" else P.PUBLIC_TOPICS),
                speakers[2 * i] + "　教授",
            ]
        )
        rows.append(["", "14:00-17:30", "案例研讨与交流", speakers[2 * i + 1] + "　副主任"])
    y = pg.table(16, 58, [28, 30, 90, 30], rows, 10, ctx.body, 11, header_font=ctx.bold)
    pg.text(16, y + 6, f"报到时间：{P.day(t['start'], 'ymd')}上午8:00前", 10.5, ctx.body)
    if hours:
        pg.text(16, y + 13, f"全程参加并考核合格者登记继续教育学时{t['hours']}学时。", 10.5, ctx.body)
    hand(pg, ctx, 130, 12, f"参会人：{t['name']}", 15)
    f = _notice_fields(t, None, hours, holder=t["name"])
    return finish(ctx, "training_notice", v, [pg], f, _claim(t))


def _tn_web(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    t, ds = _training(ctx), ctx.date_style(("ymd", "pad"))
    issued = _notice_dates(ctx, t)
    hours = r.random() < 0.7
    pg = Page()
    y = web_chrome(
        pg,
        ctx,
        t["issuer"],
        f"http://www.{r.choice(['dz', 'yt', 'ta'])}wsjkw.example.cn/art/{issued.year}/{issued.month}/{r.randint(10, 30)}/art_{r.randrange(10**5)}.html",
        f"{issued.isoformat()} {r.randint(8, 17)}:{r.randint(10, 59)}",
    )
    pg.text(14, y, "首页 > 通知公告 > 正文", 9, ctx.body, "l", GREY)
    y = pg.wrap(20, y + 10, 170, f"关于举办{t['title']}的通知", 16, ctx.bold, 1.5)
    meta = f"发布时间：{issued.isoformat()} {r.randint(8, 17):02d}:{r.randint(0, 59):02d}　　来源：{t['issuer']}　　浏览次数：{r.randint(200, 3000)}"
    pg.text(pg.w / 2, y + 2, meta, 8.5, ctx.body, "c", GREY)
    pg.line(14, y + 9, pg.w - 14, y + 9, 0.2, (200, 200, 200))
    y = para(pg, ctx, 20, y + 14, 170, "各有关单位：", 11, indent=False)
    y = para(
        pg,
        ctx,
        20,
        y,
        170,
        "为做好年度专业技术人员继续教育工作，定于近期举办本期培训，现将有关事项通知如下。",
        11,
    )
    for head, body in _notice_body(t, ds, hours):
        y = para(pg, ctx, 20, y, 170, f"{head}：{body}", 11)
    pg.text(150, y + 10, t["issuer"], 11, ctx.body, "c")
    pg.text(150, y + 18, P.day(issued, ds), 11, ctx.body, "c")
    names = _roster(ctx, t, r.randint(8, 16))
    p2 = Page()
    p2.text(20, 16, "附件：参训学员名单", 13, ctx.bold)
    _roster_table(p2, ctx, t, names, 26)
    p2.text(10, p2.h - 9, "2/2", 8, ctx.body, "l", GREY)
    return finish(
        ctx, "training_notice", v, [pg, p2], _notice_fields(t, issued, hours, roster=names), _claim(t)
    )


def _tn_annotated(ctx: Ctx, v: str) -> Doc:
    t, ds = _training(ctx), ctx.date_style(("ymd", "dot", "pad"))
    issued = _notice_dates(ctx, t)
    pg = Page()
    y = para(pg, ctx, 24, 30, 162, f"{t['issuer']}关于举办{t['title']}的通知", 17, 1.5, False)
    y = para(pg, ctx, 24, y + 6, 162, "各有关单位：", 12.5, indent=False)
    for head, body in _notice_body(t, ds, True):
        y = para(pg, ctx, 24, y, 162, f"{head}：{body}", 12.5)
    pg.text(150, y + 14, t["issuer"], 12.5, ctx.body, "c")
    pg.text(150, y + 23, P.day(issued, ds), 12.5, ctx.body, "c")
    pg.seal(150, y + 17, 19, t["issuer"], ctx.seed())
    hand(pg, ctx, 26, y + 48, f"已参加。{t['name']}", 17)
    hand(pg, ctx, 40, y + 60, f"{t['end'].month}.{t['end'].day}", 15)
    pg.line(24, y + 44, 24, y + 66, 0.4, (30, 50, 140))
    f = _notice_fields(t, issued, True, holder=t["name"])
    return finish(ctx, "training_notice", v, [pg], f, _claim(t))


def _tn_wechat(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    t = _training(ctx)
    issued = _notice_dates(ctx, t)
    t["issuer"] = r.choice([f"{t['city']}市护理学会", f"{t['city']}市医学会", f"{t['city']}市教育科学研究院"])
    hours = r.random() < 0.6
    pg = Page(w=100, h=290)
    y = phone_chrome(pg, ctx, f"{r.randint(8, 22)}:{r.randint(10, 59)}", "", "×")
    y = pg.wrap(6, y, 88, f"关于举办{t['title']}的通知", 14, ctx.bold, 1.45)
    pg.text(
        6,
        y + 1,
        f"{t['issuer']}　{issued.isoformat()} {r.randint(8, 21):02d}:{r.randint(0, 59):02d}　山东",
        7.5,
        ctx.body,
        "l",
        (90, 110, 150),
    )
    y += 9
    for head, body in _notice_body(t, "ymd", hours):
        y = pg.wrap(6, y + 1, 88, head, 9.5, ctx.bold, 1.6)
        y = pg.wrap(6, y, 88, body, 9.5, ctx.body, 1.7)
    pg.text(94, y + 4, t["issuer"], 9, ctx.body, "r")
    pg.text(94, y + 10, P.day(issued, "ymd"), 9, ctx.body, "r")
    names = _roster(ctx, t, r.randint(5, 8))
    y = pg.wrap(6, y + 20, 88, "附：首批报名成功人员", 9.5, ctx.bold, 1.6)
    for n, u in zip(names, t["units"], strict=True):
        y = pg.wrap(6, y, 88, f"{n}　{u}", 9, ctx.body, 1.6)
    pg.text(6, y + 6, f"阅读 {r.randint(300, 9000)}　　赞 {r.randint(3, 90)}", 8, ctx.body, "l", GREY)
    return finish(ctx, "training_notice", v, [pg], _notice_fields(t, issued, hours, roster=names), _claim(t))


def _tn_reply(ctx: Ctx, v: str) -> Doc:
    t, ds = _training(ctx), ctx.date_style(("ymd", "pad", "cn"))
    issued = _notice_dates(ctx, t)
    p1 = Page()
    y = para(p1, ctx, 24, 28, 162, "会议通知", 20, 1.5, False)
    y = para(p1, ctx, 24, y + 2, 162, f"关于举办{t['title']}的通知", 15, 1.5, False)
    y = para(p1, ctx, 24, y + 6, 162, "各会员单位：", 12.5, indent=False)
    for head, body in _notice_body(t, ds, True):
        y = para(p1, ctx, 24, y, 162, f"{head}　{body}", 12.5)
    y = para(p1, ctx, 24, y, 162, "请于开班前五日将参会回执（附件）报送至会务组。", 12.5)
    p1.text(24, y + 4, "附件：参会回执", 12.5, ctx.body)
    p1.text(150, y + 20, t["issuer"], 12.5, ctx.body, "c")
    p1.text(150, y + 29, P.day(issued, ds), 12.5, ctx.body, "c")
    p1.seal(150, y + 23, 19, t["issuer"], ctx.seed())
    p2 = Page()
    p2.text(24, 24, "附件", 13, ctx.bold)
    p2.text(p2.w / 2, 38, "参会回执", 18, ctx.bold, "c")
    rows = [["姓名", "性别", "单位", "职称", "手机号码"]] + [[""] * 5 for _ in range(6)]
    p2.table(20, 52, [26, 16, 70, 30, 30], rows, 11, ctx.body, 12, header_font=ctx.bold)
    r = ctx.rng
    hand(p2, ctx, 23, 67, t["name"], 14)
    hand(p2, ctx, 64, 67, t["unit"][:8], 11)
    hand(p2, ctx, 136, 67, r.choice(P.TITLES), 11)
    hand(p2, ctx, 164, 67, f"13{r.randrange(10**9):09d}", 10)
    f = _notice_fields(t, issued, True, holder=t["name"])
    return finish(ctx, "training_notice", v, [p1, p2], f, _claim(t))


# ---- qualifications ---------------------------------------------------------------------------
SCHOOLS = ["山东第一医科大学", "滨州医学院", "潍坊医学院", "鲁东大学", "德州学院", "泰山学院", "山东师范大学", "烟台大学",
           "山东中医药大学", "聊城大学", "山东农业大学", "曲阜师范大学"]  # fmt: skip
MAJORS = ["护理学", "临床医学", "药学", "医学检验技术", "汉语言文学", "数学与应用数学", "学前教育", "农学", "园艺",
          "土木工程", "教育技术学", "英语"]  # fmt: skip
MASTER_MAJORS = [
    "内科学",
    "护理",
    "课程与教学论",
    "教育管理",
    "作物栽培学与耕作学",
    "公共卫生",
    "学科教学（语文）",
]
DEGREE_OF = {"内科学": "医学", "护理": "护理", "课程与教学论": "教育学", "教育管理": "教育", "作物栽培学与耕作学": "农学",
             "公共卫生": "公共卫生", "学科教学（语文）": "教育"}  # fmt: skip


def _qual_base(ctx: Ctx) -> dict[str, Any]:
    r = ctx.rng
    name = P.people_names(r, 1)[0]
    born = dt.date(r.randint(1978, 1999), r.randint(1, 12), r.randint(1, 28))
    return {"name": name, "sex": r.choice(["男", "女"]), "born": born, "school": r.choice(SCHOOLS)}


def _qual_fields(
    b: dict, issuer: str | None, issued: str, kind: str, subject: str | None, modules=None
) -> dict:
    return {"holder": b["name"], "issuer": issuer, "issued_on": issued,
            "qualification": {"kind": kind, "subject": subject, "modules": modules}}  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qualification_certificate")
    return {
        "diploma": _q_diploma, "master": _q_master, "course_class": _q_course, "single_subject": _q_single,
        "computer": _q_computer, "doctor": _q_doctor, "registry": _q_registry,
    }[v](ctx, v)  # fmt: skip


def _cert_no(ctx: Ctx, n: int = 18) -> str:
    return "".join(str(ctx.rng.randrange(10)) for _ in range(n))


def _q_diploma(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    b = _qual_base(ctx)
    major = r.choice(MAJORS)
    y1 = r.randint(2006, 2022)
    level, years = r.choice([("本科", 4), ("专科", 3)])
    grad = dt.date(y1, 6, r.choice([20, 25, 30]))
    pg = Page(w=297, h=210)
    frame(pg, ctx, 2)
    pg.text(pg.w / 2, 26, "普通高等学校", 14, ctx.bold, "c")
    pg.text(pg.w / 2, 36, "毕 业 证 书", 28, ctx.bold, "c")
    photo_box(pg, ctx, 36, 64, 30, 40)
    s = (
        f"学生{b['name']}，性别{b['sex']}，{P.day(b['born'], 'ymd')}生，于{y1 - years}年9月至{y1}年6月在本校"
        f"{major}专业{years}年制{level}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
    )
    y = para(pg, ctx, 84, 66, 180, s, 14, 2.1)
    pg.text(84, y + 16, f"校　　名：{b['school']}", 12.5, ctx.body)
    pg.text(84, y + 26, "校（院）长：", 12.5, ctx.body)
    signature(pg, ctx, 112, y + 25, P.people_names(r, 1)[0])
    pg.text(84, y + 38, f"证书编号：{_cert_no(ctx)}", 11, ctx.body)
    pg.text(225, y + 38, P.day(grad, "ymd"), 13, ctx.body, "c")
    pg.seal(225, y + 30, 20, b["school"], ctx.seed())
    f = _qual_fields(b, b["school"], grad.isoformat(), "graduation", major)
    return finish(ctx, "qualification_certificate", v, [pg], f, {"person": b["name"], "year": grad.year})


def _q_master(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    b = _qual_base(ctx)
    major = r.choice(MASTER_MAJORS)
    d = dt.date(r.randint(2010, 2023), r.choice([6, 12]), r.randint(10, 28))
    pg = Page()
    frame(pg, ctx, 1)
    pg.text(pg.w / 2, 34, "硕士学位证书", 26, ctx.bold, "c")
    photo_box(pg, ctx, pg.w / 2 - 15, 56, 30, 40)
    s = (
        f"{b['name']}，{b['sex']}，{b['born'].year}年{b['born'].month}月生。在{b['school']}{major}专业完成了硕士研究生的"
        f"学习计划，业已通过硕士学位论文答辩，根据《中华人民共和国学位条例》的规定，授予{DEGREE_OF[major]}硕士学位。"
    )
    y = para(pg, ctx, 28, 110, 154, s, 13.5, 2.0)
    pg.text(28, y + 20, f"{b['school']}学位评定委员会主席", 12, ctx.body)
    signature(pg, ctx, 40, y + 30, P.people_names(r, 1)[0])
    pg.text(150, y + 44, P.day(d, "ymd"), 12.5, ctx.body, "c")
    pg.seal(150, y + 36, 19, b["school"], ctx.seed())
    pg.text(28, y + 58, f"证书编号：{_cert_no(ctx, 16)}", 10, ctx.body)
    f = _qual_fields(b, b["school"], d.isoformat(), "master_degree", major)
    return finish(ctx, "qualification_certificate", v, [pg], f, {"person": b["name"], "year": d.year})


def _q_course(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    b = _qual_base(ctx)
    major = r.choice(MASTER_MAJORS)
    d = dt.date(r.randint(2012, 2023), r.choice([1, 6, 7]), r.randint(5, 28))
    mods = r.sample(["教育研究方法", "中国特色社会主义理论与实践研究", "第一外国语", "现代教育技术", "高级统计学",
                     "医学科研设计", "课程设计与评价", "专业前沿讲座", "管理心理学"], 5)  # fmt: skip
    pg = Page()
    pg.text(pg.w / 2, 30, f"{b['school']}", 18, ctx.bold, "c")
    pg.text(pg.w / 2, 42, "研究生课程进修班结业证书", 22, ctx.bold, "c")
    s = (
        f"{b['name']}同志（{b['sex']}，{b['born'].year}年{b['born'].month}月生）于{d.year - 2}年9月至{d.year}年{d.month}月"
        f"参加我校{major}专业研究生课程进修班学习，修完下列课程，成绩合格，准予结业。"
    )
    y = para(pg, ctx, 26, 62, 158, s, 13, 2.0)
    rows = [["序号", "课程名称", "学分", "成绩"]]
    for i, m in enumerate(mods):
        rows.append([str(i + 1), m, str(r.choice([2, 3])), str(r.randint(72, 95))])
    y = pg.table(30, y + 6, [16, 90, 20, 24], rows, 11, ctx.body, 10, header_font=ctx.bold)
    pg.text(150, y + 24, f"{b['school']}研究生院", 12.5, ctx.body, "c")
    pg.text(150, y + 33, P.day(d, "pad"), 12.5, ctx.body, "c")
    pg.seal(150, y + 27, 19, b["school"], ctx.seed())
    f = _qual_fields(b, b["school"], d.isoformat(), "postgraduate_courses", major, mods)
    return finish(ctx, "qualification_certificate", v, [pg], f, {"person": b["name"], "year": d.year})


def _q_single(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    b = _qual_base(ctx)
    major, course = r.choice([("汉语言文学", "中国现代文学作品选"), ("护理学", "内科护理学（二）"), ("学前教育", "学前儿童发展"),
                              ("人力资源管理", "劳动法"), ("计算机科学与技术", "数据结构")])  # fmt: skip
    y, m = r.randint(2014, 2024), r.choice([4, 10])
    issuer = "山东省高等教育自学考试委员会"
    pg = Page(w=210, h=148)
    frame(pg, ctx, 1)
    pg.text(pg.w / 2, 18, "高等教育自学考试", 14, ctx.bold, "c")
    pg.text(pg.w / 2, 28, "单科合格证书", 22, ctx.bold, "c")
    pairs = [("姓名", b["name"]), ("准考证号", _cert_no(ctx, 12)), ("专业", major), ("课程名称", course),
             ("考试时间", P.month(y, m, "ymd")), ("成绩", "合格")]  # fmt: skip
    yy = 50
    for lab, val in pairs:
        pg.text(30, yy, f"{lab}：{val}", 12, ctx.body)
        yy += 9
    pg.text(150, 112, issuer, 11, ctx.body, "c")
    pg.text(150, 121, P.month(y, m + 1, "cn"), 11, ctx.body, "c")
    pg.seal(150, 114, 17, issuer, ctx.seed())
    f = _qual_fields(b, issuer, P.iso_month(y, m + 1), "self_study_exam", major, [course])
    return finish(ctx, "qualification_certificate", v, [pg], f, {"person": b["name"], "year": y})


def _q_computer(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    b = _qual_base(ctx)
    mods = r.sample(["Word 2007 中文字处理", "Excel 2007 中文电子表格", "PowerPoint 2007 中文演示文稿",
                     "Internet应用", "WPS Office 办公组件"], r.choice([1, 2, 2]))  # fmt: skip
    d = dt.date(r.randint(2011, 2018), r.randint(1, 12), r.randint(1, 28))
    issuer = "人力资源和社会保障部人事考试中心"
    pg = Page(w=210, h=148)
    frame(pg, ctx, 2)
    pg.text(pg.w / 2, 18, "全国专业技术人员计算机应用能力考试", 14, ctx.bold, "c")
    pg.text(pg.w / 2, 29, "合 格 证", 22, ctx.bold, "c")
    photo_box(pg, ctx, 26, 46, 24, 32)
    yy = 46
    for lab, val in [("姓　　名", b["name"]), ("性　　别", b["sex"]), ("出生日期", P.day(b["born"], "pad")),
                     ("证件号码", f"3714{_cert_no(ctx, 10)}****"), ("合格科目", "；".join(mods))]:  # fmt: skip
        pg.text(60, yy, f"{lab}：{val}", 11, ctx.body)
        yy += 8.5
    pg.text(60, yy + 2, f"管理号：{_cert_no(ctx, 14)}", 10, ctx.body)
    pg.text(155, 118, issuer, 10.5, ctx.body, "c")
    pg.text(155, 127, f"发证日期：{P.day(d, 'ymd')}", 10.5, ctx.body, "c")
    pg.seal(155, 120, 16, issuer, ctx.seed())
    f = _qual_fields(b, issuer, d.isoformat(), "computer_exam", None, mods)
    return finish(ctx, "qualification_certificate", v, [pg], f, {"person": b["name"], "year": d.year})


def _q_doctor(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    b = _qual_base(ctx)
    b["school"] = r.choice(["山东大学", "中国海洋大学", "山东农业大学", "山东师范大学", "青岛大学"])
    major = r.choice(["内科学", "作物栽培学与耕作学", "课程与教学论", "流行病与卫生统计学"])
    deg = {
        "内科学": "医学",
        "作物栽培学与耕作学": "农学",
        "课程与教学论": "教育学",
        "流行病与卫生统计学": "医学",
    }[major]
    d = dt.date(r.randint(2012, 2023), r.choice([6, 12]), r.randint(10, 28))
    pg = Page()
    frame(pg, ctx, 3)
    pg.text(pg.w / 2, 40, "博士学位证书", 26, ctx.bold, "c")
    s = (
        f"{b['name']}，{b['sex']}，{cn_birth(b['born'])}生。在本校{major}学科完成了博士研究生的学习计划，"
        f"业已通过博士学位论文答辩，根据《中华人民共和国学位条例》的规定，授予{deg}博士学位。"
    )
    y = para(pg, ctx, 30, 80, 150, s, 14, 2.1)
    pg.text(30, y + 16, "学位评定委员会主席", 12.5, ctx.body)
    signature(pg, ctx, 80, y + 15, P.people_names(r, 1)[0])
    pg.text(150, y + 34, b["school"], 13, ctx.body, "c")
    pg.text(150, y + 44, P.day(d, "cn"), 13, ctx.body, "c")
    pg.seal(150, y + 37, 20, b["school"], ctx.seed())
    f = _qual_fields(b, b["school"], d.isoformat(), "doctor_degree", major)
    return finish(ctx, "qualification_certificate", v, [pg], f, {"person": b["name"], "year": d.year})


def cn_birth(d: dt.date) -> str:
    return f"{P.cn_year(d.year)}年{P.cn_small(d.month)}月"


def _q_registry(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    b = _qual_base(ctx)
    major = r.choice(MAJORS)
    y1 = r.randint(2008, 2023)
    grad = dt.date(y1, 6, r.choice([20, 28, 30]))
    years = r.choice([3, 4])
    pg = Page(w=110, h=215, bg=(246, 246, 246))
    y = phone_chrome(pg, ctx, f"{r.randint(8, 22)}:{r.randint(10, 59)}", "学历证书电子注册备案表")
    pg.rect(5, y, 105, y + 168, 0.0, (255, 255, 255), (255, 255, 255))
    pg.text(55, y + 4, "教育部学历证书电子注册备案表", 11, ctx.bold, "c")
    pg.text(
        55,
        y + 11,
        f"更新日期：{grad.year + r.randint(1, 3)}年{r.randint(1, 12)}月{r.randint(1, 28)}日",
        7.5,
        ctx.body,
        "c",
        GREY,
    )
    yy = y + 20
    pairs = [("姓名", b["name"]), ("性别", b["sex"]), ("出生日期", P.day(b["born"], "pad")),
             ("入学日期", P.day(dt.date(y1 - years, 9, 1), "pad")), ("毕(结)业日期", P.day(grad, "pad")),
             ("学校名称", b["school"]), ("专业", major), ("学制", f"{years}年"),
             ("层次", "本科" if years == 4 else "专科"), ("学历类别", "普通高等教育"), ("学习形式", "普通全日制"),
             ("毕(结)业", "毕业"), ("证书编号", _cert_no(ctx))]  # fmt: skip
    for lab, val in pairs:
        pg.text(9, yy, lab, 8.5, ctx.body, "l", GREY)
        pg.text(36, yy, val, 8.5, ctx.body)
        yy += 8.5
    qr_box(pg, 78, y + 20, 22, ctx.seed())
    pg.text(
        55,
        yy + 4,
        f"在线验证码：{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(16))}",
        7,
        ctx.body,
        "c",
    )
    f = _qual_fields(b, b["school"], grad.isoformat(), "graduation", major)
    return finish(
        ctx,
        "qualification_certificate",
        v,
        [pg],
        f,
        {"person": b["name"], "year": grad.year},
        drop=("issuer",),
    )


# ---- other ------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    return {
        "title_cert": _o_title, "employment": _o_employment, "invoice": _o_invoice, "payment": _o_payment,
        "appraisal_form": _o_appraisal, "engagement": _o_engagement,
    }[v](ctx, v)  # fmt: skip


def _other_doc(
    ctx: Ctx, v: str, pages: list[Page], name: str, issuer: str | None, d: dt.date, title: str | None = None
) -> Doc:
    f = {"holder": name, "title": title, "issuer": issuer, "issued_on": d.isoformat()}
    return finish(ctx, "other", v, pages, f, {"person": name, "year": d.year})


def _o_title(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    name, c = P.people_names(r, 1)[0], P.city(r)
    d = P.any_day(r, 2015, 2024)
    issuer = "山东省人力资源和社会保障厅"
    pg = Page(w=210, h=148)
    frame(pg, ctx, 1)
    pg.text(pg.w / 2, 16, "专业技术职务任职资格证书", 18, ctx.bold, "c")
    photo_box(pg, ctx, 22, 34, 24, 32)
    pairs = [("姓　　名", name), ("工作单位", P.workplace(r, c)), ("专　　业", r.choice(["护理", "临床医学", "中学语文", "农学"])),
             ("资格名称", r.choice(P.TITLES)), ("评审机构", f"{c}市中级职称评审委员会"), ("批准时间", P.day(d, "ymd")),
             ("证书编号", _cert_no(ctx, 12))]  # fmt: skip
    yy = 34
    for lab, val in pairs:
        pg.text(56, yy, f"{lab}：{val}", 10.5, ctx.body)
        yy += 8
    pg.seal(165, 110, 17, issuer, ctx.seed())
    pg.text(165, 126, issuer, 9.5, ctx.body, "c")
    return _other_doc(ctx, v, [pg], name, issuer, d)


def _o_employment(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    name, c = P.people_names(r, 1)[0], P.city(r)
    unit = P.workplace(r, c)
    d = P.any_day(r, 2018, 2024)
    pg = Page()
    pg.text(pg.w / 2, 40, "在 职 证 明", 24, ctx.bold, "c")
    s = (
        f"兹证明{name}同志，身份证号3714{_cert_no(ctx, 10)}****，自{d.year - r.randint(3, 15)}年{r.randint(1, 12)}月起"
        f"在我单位{r.choice(P.DEPTS)}工作，现任{r.choice(P.TITLES)}，系我单位在编在岗专业技术人员。"
    )
    y = para(pg, ctx, 26, 70, 158, s, 14, 2.1)
    y = para(pg, ctx, 26, y + 2, 158, "特此证明。", 14)
    pg.text(150, y + 30, unit, 13, ctx.body, "c")
    pg.text(150, y + 40, P.day(d, "ymd"), 13, ctx.body, "c")
    pg.seal(150, y + 33, 20, unit, ctx.seed())
    return _other_doc(ctx, v, [pg], name, unit, d)


def _o_invoice(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    name, c = P.people_names(r, 1)[0], P.city(r)
    seller = r.choice([f"{c}市医学会", f"{c}华信培训服务有限公司", f"{c}职业学院"])
    d = P.any_day(r, 2019, 2024)
    amount = r.choice([300, 480, 600, 800, 1200])
    pg = Page(w=240, h=140)
    pg.text(pg.w / 2, 10, "电子发票（普通发票）", 18, ctx.bold, "c", (150, 60, 40))
    pg.line(80, 20, 160, 20, 0.4, (150, 60, 40))
    pg.text(170, 10, f"发票号码：{_cert_no(ctx, 20)}", 8, ctx.body)
    pg.text(170, 16, f"开票日期：{P.day(d, 'ymd')}", 8, ctx.body)
    rows = [
        ["购买方", f"名称：{name}", "销售方", f"名称：{seller}"],
        ["", "统一社会信用代码/纳税人识别号：", "", f"统一社会信用代码：52370{_cert_no(ctx, 13)}"],
    ]
    pg.table(10, 26, [16, 94, 16, 94], rows, 8.5, ctx.body, 12)
    rows = [
        ["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"],
        ["*非学历教育服务*培训费", "", "人", "1", f"{amount:.2f}", f"{amount:.2f}", "免税", "***"],
    ]
    y = pg.table(10, 52, [56, 22, 16, 16, 28, 28, 24, 30], rows, 8.5, ctx.body, 11)
    pg.text(14, y + 6, f"价税合计（大写）　{_cn_money(amount)}　　（小写）¥{amount:.2f}", 9, ctx.body)
    pg.text(14, y + 14, f"备注：{r.choice(P.PRO_TOPICS)}培训报名费", 9, ctx.body)
    pg.text(14, y + 24, f"开票人：{P.people_names(r, 1)[0]}", 9, ctx.body)
    pg.seal(200, y + 14, 13, seller, ctx.seed())
    return _other_doc(ctx, v, [pg], name, seller, d)


def _cn_money(n: int) -> str:
    dig = "零壹贰叁肆伍陆柒捌玖"
    out = ""
    for unit_, val in (("仟", 1000), ("佰", 100)):
        q = n // val % 10
        if q:
            out += dig[q] + unit_
    return (out or "零") + "圆整"


def _o_payment(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    name, c = P.people_names(r, 1)[0], P.city(r)
    d = P.any_day(r, 2020, 2024)
    payee = r.choice([f"{c}市继续教育服务中心", "山东某网络科技有限公司", f"{c}市护理学会"])
    pg = Page(w=100, h=200, bg=(245, 245, 245))
    y = phone_chrome(pg, ctx, f"{r.randint(8, 22)}:{r.randint(10, 59)}", "支付成功")
    pg.rect(40, y + 6, 60, y + 26, 0.0, (60, 170, 90), (60, 170, 90))
    pg.text(50, y + 10, "√", 14, ctx.body, "c", (255, 255, 255))
    pg.text(50, y + 32, "报名缴费成功", 13, ctx.bold, "c")
    pg.text(50, y + 42, f"¥ {r.choice([100, 200, 260, 300])}.00", 18, ctx.bold, "c")
    yy = y + 60
    for lab, val in [("缴费人", name), ("收款方", payee), ("缴费项目", f"{d.year}年度继续教育网络学习费"),
                     ("支付方式", r.choice(["微信支付", "支付宝", "银行卡"])), ("支付时间", f"{d.isoformat()} {r.randint(8, 22):02d}:{r.randint(0, 59):02d}"),
                     ("订单号", _cert_no(ctx, 20))]:  # fmt: skip
        pg.text(8, yy, lab, 8.5, ctx.body, "l", GREY)
        yy = pg.wrap(30, yy, 64, val, 8.5, ctx.body, 1.5) + 3
    return _other_doc(ctx, v, [pg], name, payee, d)


def _o_appraisal(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    name, c = P.people_names(r, 1)[0], P.city(r)
    unit = P.workplace(r, c)
    y = r.randint(2018, 2024)
    d = dt.date(y + 1, 1, r.randint(5, 28))
    pg = Page()
    pg.text(pg.w / 2, 24, f"{y}年度事业单位工作人员年度考核登记表", 15, ctx.bold, "c")
    rows = [
        [
            "姓名",
            name,
            "性别",
            r.choice(["男", "女"]),
            "出生年月",
            f"{r.randint(1975, 1996)}.{r.randint(1, 12):02d}",
        ],
        ["单位", unit, "", "", "职务/职称", r.choice(P.TITLES)],
    ]
    yy = pg.table(16, 36, [22, 56, 18, 18, 26, 38], rows, 10, ctx.body, 12)
    pg.rect(16, yy, 194, yy + 110, 0.3)
    pg.text(20, yy + 4, "个人总结：", 10.5, ctx.bold)
    s = (
        f"本年度本人认真履行岗位职责，积极参加继续教育学习，参与科室业务培训与带教工作，"
        f"完成了年度工作任务。在{r.choice(P.PRO_TOPICS)}方面有所提高，今后将继续加强学习。"
    )
    para(pg, ctx, 20, yy + 12, 170, s, 11, 1.9)
    signature(pg, ctx, 150, yy + 96, name)
    pg.rect(16, yy + 110, 194, yy + 150, 0.3)
    pg.text(20, yy + 114, "考核等次：", 10.5, ctx.bold)
    hand(pg, ctx, 48, yy + 114, r.choice(["优秀", "合格"]), 14)
    pg.text(150, yy + 134, P.day(d, "ymd"), 11, ctx.body, "c")
    pg.seal(150, yy + 128, 18, unit, ctx.seed())
    return _other_doc(ctx, v, [pg], name, unit, d)


def _o_engagement(ctx: Ctx, v: str) -> Doc:
    r = ctx.rng
    name, c = P.people_names(r, 1)[0], P.city(r)
    org = r.choice([f"{c}市医学会", f"{c}市教育科学研究院", f"{c}市农业农村局"])
    d = P.any_day(r, 2018, 2024)
    pg = Page(w=297, h=210)
    frame(pg, ctx, 3)
    pg.text(pg.w / 2, 40, "聘　书", 34, ctx.bold, "c", (160, 30, 30))
    s = (
        f"兹聘请{name}同志为{org}{r.choice(['专家库成员', '兼职教研员', '学术委员会委员', '评审专家'])}，"
        f"聘期{r.choice(['三', '五'])}年。"
    )
    y = para(pg, ctx, 50, 90, 200, s, 18, 2.2)
    pg.text(220, y + 30, org, 15, ctx.body, "c")
    pg.text(220, y + 42, P.day(d, "cn"), 15, ctx.body, "c")
    pg.seal(220, y + 34, 21, org, ctx.seed())
    return _other_doc(ctx, v, [pg], name, org, d)
