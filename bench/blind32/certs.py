"""Draw 32: training certificates (结业/学时证明), and re-exports of the other certificate builders."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind32 import pools as P
from bench.blind32.ink import (
    GREY,
    RED,
    centre,
    desk,
    fmt_h,
    hand,
    landscape,
    make,
    pairs,
    portrait,
    sign_off,
    spaced,
    stamp,
)  # fmt: skip
from bench.blind32.notices import sign_in_sheet, training_notice
from bench.blind32.pools import Ctx
from bench.blind32.quals import other, qualification_certificate

__all__ = ["training_certificate", "sign_in_sheet", "training_notice", "qualification_certificate", "other"]

SCORE_TC = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
CAT_WORD = {"public": "公需科目", "professional": "专业科目"}


def _course(ctx: Ctx, sector: str, cat: str | None, m: str) -> str:
    if cat == "public":
        return ctx.pick(["", f"{m}市"]) + ctx.pick(P.PUBLIC) + ctx.pick(["专题培训", "专题讲座", "网络研修"])
    return ctx.pick(P.COURSES[sector]) + ctx.pick(P.COURSE_FORMS)


def _organiser(ctx: Ctx, sector: str, m: str) -> str:
    return ctx.pick([P.BUREAU[sector].format(m=m), P.SOCIETY[sector], f"{m}市专业技术人员继续教育基地",
                     f"{m}市人力资源和社会保障局"])  # fmt: skip


def _setup(ctx: Ctx, k: int) -> dict:
    sector = ctx.pick(P.SECTORS)
    m, c = P.city_county(ctx.rng)
    cat = ("public", "professional", None)[k % 3]
    start = P.a_day(ctx.rng)
    end = start + dt.timedelta(days=ctx.pick([0, 1, 2, 2, 4, 6]))
    return {
        "sector": sector, "m": m, "c": c, "cat": cat, "start": start, "end": end,
        "holder": P.person(ctx.rng, set()), "unit": P.workplace(ctx.rng, sector, m, c),
        "title": _course(ctx, sector, cat, m), "issuer": _organiser(ctx, sector, m),
        "hours": float(ctx.pick([8, 12, 16, 24, 24, 32, 40, 48]) if end > start else ctx.pick([4, 6, 8])),
        "issued": end + dt.timedelta(days=ctx.pick([0, 0, 1, 3, 10])),
        "no": f"{ctx.rng.randint(2019, 2024)}{ctx.rng.randint(10000, 99999)}",
    }  # fmt: skip


def _cat_note(s: dict) -> str:
    return f"（{CAT_WORD[s['cat']]}）" if s["cat"] else ""


def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("tc")
    s = _setup(ctx, k)
    return {"frame": _tc_frame, "landscape": _tc_land, "platform": _tc_platform, "email": _tc_email,
            "desk": _tc_desk, "handform": _tc_handform, "card": _tc_card, "online": _tc_online}[v](ctx, s, v)  # fmt: skip


def _tc_doc(s: dict, v: str, pages: list[Page], scored: list[str], fields: dict | None = None) -> Doc:
    f = {"holder": s["holder"], "title": s["title"], "issuer": s["issuer"], "issued_on": s["issued"].isoformat(),
         "period": {"start": s["start"].isoformat(), "end": s["end"].isoformat()}, "hours_stated": s["hours"]}  # fmt: skip
    f.update(fields or {})
    return make("training_certificate", "tc", v, pages, f, scored, s["holder"], s["end"].year, s["cat"])


def _tc_frame(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    pg.rect(12, 12, 198, 285, 1.6, (160, 120, 50))
    pg.rect(16, 16, 194, 281, 0.4, (160, 120, 50))
    st = ctx.style()
    pg.text(182, 26, f"编号：{s['no']}", 10, ctx.body, "r")
    y = centre(pg, ctx, 60, spaced(ctx.pick(["结业证书", "培训证书"]), "  "), 34, color=RED)
    body = (f"{s['holder']}同志（{s['unit']}）于{P.span(s['start'], s['end'], st)}参加{s['issuer']}举办的"
            f"{s['title']}{_cat_note(s)}，完成规定课程学习，经考核合格，计{fmt_h(s['hours'])}学时。")  # fmt: skip
    y = pg.wrap(30, y + 25, 150, body, 16, ctx.body, 2.0, indent=11)
    pg.text(41, y + 4, "特发此证。", 16, ctx.body)
    sign_off(pg, ctx, [s["issuer"], P.day(s["issued"], st)], 210, 15, seal=s["issuer"])
    return _tc_doc(s, v, [pg], SCORE_TC)


def _tc_land(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = landscape()
    pg.rect(0, 0, 42, 210, 0, (150, 30, 35), (150, 30, 35))
    pg.rect(10, 10, 287, 200, 0.8, (150, 30, 35))
    st = ctx.style()
    centre(pg, ctx, 24, spaced("培训合格证书", "  "), 28)
    pg.rect(58, 52, 88, 92, 0.3, GREY)
    pg.text(73, 70, "照片", 9, ctx.body, "c", GREY)
    rows = [("姓　　名", s["holder"]), ("工作单位", s["unit"]), ("培训项目", s["title"])]
    if s["cat"]:
        rows.append(("科目类别", CAT_WORD[s["cat"]]))
    rows += [("培训时间", P.span(s["start"], s["end"], st, " — ")), ("培训学时", f"{fmt_h(s['hours'])}学时"),
             ("证书编号", s["no"])]  # fmt: skip
    pairs(pg, ctx, 100, 52, rows, 13, 30, gap=2.3, rule=True)
    pg.text(58, 176, "经考核，成绩合格，准予结业。", 13, ctx.body)
    sign_off(
        pg,
        ctx,
        [f"发证单位：{s['issuer']}", f"发证日期：{P.day(s['issued'], st)}"],
        168,
        12,
        seal=s["issuer"],
    )
    return _tc_doc(s, v, [pg], SCORE_TC)


def _tc_platform(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    plat = ctx.pick(["泰山专技学习网", "德州市专业技术人员继续教育平台", "齐鲁专技云课堂"])
    operator = ctx.pick([f"{s['m']}市专业技术人员继续教育中心", f"{s['m']}市人才发展服务中心"])
    year = s["end"].year
    pg.rect(0, 0, 210, 18, 0, (30, 90, 160), (30, 90, 160))
    pg.text(12, 5, plat, 13, ctx.bold, "l", (255, 255, 255))
    pg.text(198, 6, "个人中心 › 我的证书", 9, ctx.body, "r", (255, 255, 255))
    y = centre(pg, ctx, 28, "继续教育学时登记证明", 19)
    idno = f"3714{ctx.rng.randint(10, 99)}**********{ctx.rng.randint(1000, 9999)}"
    y = pairs(pg, ctx, 18, y + 2, [("姓名", s["holder"]), ("身份证号", idno), ("工作单位", s["unit"]),
                                    ("学习年度", f"{year}年度")], 10.5, 22, gap=1.9)  # fmt: skip
    rows = [["序号", "课程名称", "科目", "学时", "完成时间"]]
    total = 0.0
    n = ctx.rng.randint(8, 13)
    pool = {"public": list(P.PUBLIC), "professional": [c + "专题" for c in P.COURSES[s["sector"]]]}
    for lst in pool.values():
        ctx.rng.shuffle(lst)
    for i in range(n):
        cat = s["cat"] or ("public" if i % 3 == 0 else "professional")
        h = float(ctx.pick([2, 3, 4, 6]))
        total += h
        d = dt.date(year, ctx.rng.randint(1, 11), ctx.rng.randint(1, 28))
        lst = pool[cat]
        topic = lst[i % len(lst)] + ("" if i < len(lst) else "（二）")
        rows.append([str(i + 1), topic, CAT_WORD[cat], fmt_h(h), d.isoformat()])
    y = pg.table(14, y + 2, [12, 92, 26, 16, 32], rows, 9.5, ctx.body, 8.2, header_font=ctx.bold)
    printed = dt.date(year, 12, ctx.rng.randint(1, 28))
    pg.text(
        18,
        y + 5,
        f"合计：{fmt_h(total)} 学时（以上记录经平台考核合格，可作为继续教育学时证明）",
        10.5,
        ctx.body,
    )
    sign_off(pg, ctx, [operator, f"打印日期：{printed.isoformat()}"], y + 22, 11, seal=operator)
    s = dict(s, holder=s["holder"], issuer=operator, hours=total, issued=printed)
    return _tc_doc(s, v, [pg], ["holder", "issuer", "issued_on", "hours_stated"],
                   {"title": None, "period": None} | {"issued_on": printed.isoformat()})  # fmt: skip


def _tc_email(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    box = ctx.pick(["163.com", "126.com", "qq.com", "sina.com"])
    when = s["issued"]
    hh, mm = ctx.rng.randint(8, 21), ctx.rng.randint(0, 59)
    pg.text(14, 10, f"{box} 邮箱 - 打印预览", 8, ctx.body, "l", GREY)
    y = 20
    subj = f"【结业通知】{s['title']}"
    for lab, val in [("发件人", f"{s['issuer']}<peixun@{ctx.pick(['dzrs', 'taxh', 'sdjx'])}.org.cn>"),
                     ("时　间", f"{when.year}年{when.month}月{when.day}日(星期{P.WEEK[when.weekday()]}) {hh:02d}:{mm:02d}"),
                     ("收件人", f"{s['holder']}<{ctx.rng.randint(10**8, 10**9)}@{box}>"), ("主　题", subj)]:  # fmt: skip
        pg.text(14, y, f"{lab}：{val}", 10, ctx.body)
        y += 6.5
    pg.line(14, y + 1, 196, y + 1, 0.3, GREY)
    st = ctx.style(("cjk", "cjk0", "spaced"))
    y = pg.wrap(14, y + 8, 180, f"{s['holder']}学员：", 11.5, ctx.body)
    paras = [f"您好！您参加的“{s['title']}”{_cat_note(s)}（培训时间：{P.span(s['start'], s['end'], st)}）已圆满结束。"
             f"经考核，您已完成全部课程学习，成绩合格，共计获得 {fmt_h(s['hours'])} 学时。",
             "电子结业证书已同步至个人学习档案，可登录平台自行下载打印。如有疑问请于工作日回复本邮件。",
             "此邮件由系统发出。"]  # fmt: skip
    for p in paras:
        y = pg.wrap(14, y + 2, 180, p, 11.5, ctx.body, 1.7, indent=8)
    pg.text(120, y + 10, s["issuer"], 11.5, ctx.body)
    pg.text(120, y + 18, P.day(when, st), 11.5, ctx.body)
    pg.text(105, 285, "1/1", 8, ctx.body, "c", GREY)
    return _tc_doc(s, v, [pg], SCORE_TC)


def _tc_desk(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    x0, y0, x1, y1 = 22, 30, 190, 255
    desk(pg, ctx, x0, y0, x1, y1)
    st = ctx.style(("han", "cjk", "cjk0"))
    pg.rect(x0 + 6, y0 + 6, x1 - 6, y1 - 6, 0.9, (40, 90, 60))
    y = centre(pg, ctx, 58, spaced("证书"), 30)
    body = (f"兹有{s['unit']}{s['holder']}，于{P.span(s['start'], s['end'], st)}参加了{s['title']}"
            f"{_cat_note(s)}，修完全部课程，共{fmt_h(s['hours'])}学时，考核合格。")  # fmt: skip
    y = pg.wrap(x0 + 16, y + 16, x1 - x0 - 32, body, 14.5, ctx.body, 2.0, indent=10)
    pg.text(x0 + 16, y + 2, "特此证明。", 14.5, ctx.body)
    sign_off(pg, ctx, [s["issuer"], P.day(s["issued"], st)], y + 30, 13, xr=x1 - 14, seal=s["issuer"])
    pg.text(x0 + 14, y1 - 18, f"证书编号：{s['no']}", 9, ctx.body)
    return _tc_doc(s, v, [pg], SCORE_TC)


def _tc_handform(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = portrait()
    st = ctx.style(("dot", "dots", "cjk"))
    y = centre(pg, ctx, 30, "专业技术人员继续教育学时证明", 20)
    pg.text(105, y, "（此证明由培训组织单位填写，涂改无效）", 9.5, ctx.body, "c", GREY)
    rows = [("姓名", s["holder"]), ("工作单位", s["unit"]), ("培训项目", s["title"]),
            ("培训时间", P.span(s["start"], s["end"], st, " — ")), ("认定学时", f"{fmt_h(s['hours'])} 学时")]  # fmt: skip
    if s["cat"]:
        rows.insert(3, ("科目类别", CAT_WORD[s["cat"]]))
    y += 16
    for lab, val in rows:
        pg.text(26, y, lab + "：", 13, ctx.body)
        pg.line(56, y + 6.2, 186, y + 6.2, 0.25)
        if width_mm(val, ctx.hand, 14) > 128:
            hand(pg, ctx, 58, y - 0.5, val, 11.5)
        else:
            hand(pg, ctx, 58, y - 1, val, 14)
        y += 15
    pg.text(26, y + 4, "经审核，上述培训内容真实，学时认定属实。", 12, ctx.body)
    pg.text(84, y + 30, f"组织单位（盖章）：{s['issuer']}", 11, ctx.body)
    pg.text(84, y + 42, "日期：", 11, ctx.body)
    hand(pg, ctx, 97, y + 41, P.day(s["issued"], st), 13)
    stamp(pg, ctx, 150, y + 36, s["issuer"])
    return _tc_doc(s, v, [pg], SCORE_TC)


def _tc_card(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = Page(170.0, 112.0)
    pg.rect(4, 4, 166, 108, 0.8, (20, 70, 130))
    pg.line(70, 8, 70, 104, 0.3, GREY)
    st = ctx.style(("han",))
    pg.rect(20, 16, 50, 54, 0.3, GREY)
    pg.text(35, 33, "照片", 8, ctx.body, "c", GREY)
    pg.text(12, 62, f"编号：{s['no']}", 8.5, ctx.body)
    pg.text(37, 76, s["issuer"], 8.5 if len(s["issuer"]) < 15 else 7, ctx.body, "c")
    pg.text(37, 84, P.day(s["issued"], st), 8.5, ctx.body, "c")
    stamp(pg, ctx, 37, 82, s["issuer"], 14)
    pg.text(118, 12, "培训合格证", 16, ctx.bold, "c")
    rows = [("姓名", s["holder"]), ("单位", s["unit"]), ("项目", s["title"]),
            ("时间", P.span(s["start"], s["end"], st, "至")), ("学时", fmt_h(s["hours"]))]  # fmt: skip
    if s["cat"]:
        rows.append(("科目", CAT_WORD[s["cat"]]))
    y = 26
    for lab, val in rows:
        pg.text(76, y, lab, 9, ctx.body, "l", GREY)
        y = pg.wrap(88, y, 74, val, 9.5, ctx.body, 1.4) + 2.2
    return _tc_doc(s, v, [pg], SCORE_TC)


def _tc_online(ctx: Ctx, s: dict, v: str) -> Doc:
    pg = landscape()
    st = ctx.style(("cjk", "cjk0", "dot", "iso", "han"))
    y1, m1 = s["start"].year, s["start"].month
    m2 = min(12, m1 + ctx.pick([1, 2, 3]))
    pg.rect(14, 14, 283, 196, 2.0, (40, 110, 160))
    centre(pg, ctx, 30, "课程结业证书", 28, color=(40, 110, 160))
    centre(pg, ctx, 46, "CERTIFICATE OF COMPLETION", 11, bold=False, color=GREY)
    pg.text(148.5, 66, s["holder"], 24, ctx.bold, "c")
    pg.line(108, 78, 189, 78, 0.3)
    body = (f"于{P.month(y1, m1, st)}至{P.month(y1, m2, st)}在线完成“{s['title']}”{_cat_note(s)}全部课程的学习，"
            f"考核合格，获得 {fmt_h(s['hours'])} 学时，特发此证。")  # fmt: skip
    pg.wrap(50, 90, 197, body, 14, ctx.body, 1.9, indent=10)
    pg.text(40, 172, f"证书编号：{s['no']}", 10, ctx.body)
    sign_off(pg, ctx, [s["issuer"], P.month(y1, m2, st)], 156, 13, xr=262, seal=s["issuer"])
    f = {"issued_on": f"{y1}-{m2:02d}", "period": {"start": f"{y1}-{m1:02d}", "end": f"{y1}-{m2:02d}"}}
    s = dict(s, end=dt.date(y1, m2, 1))
    return _tc_doc(s, v, [pg], SCORE_TC, f)
