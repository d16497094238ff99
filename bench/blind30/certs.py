"""Draw 30's training certificates and sign-in sheets (notices, qualifications and others are re-exported)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind30 import look as L
from bench.blind30 import pools as P
from bench.blind30.notices import training_notice
from bench.blind30.quals import other, qualification_certificate
from bench.generator.truth import person

__all__ = ["training_certificate", "sign_in_sheet", "training_notice", "qualification_certificate", "other"]

CATS = (None, "public", "professional")
CAT_WORD = {"public": ["公需科目", "公需课"], "professional": ["专业科目", "专业课"]}


def _course(ctx: P.Ctx, sector: str, city: str, cat: str | None, year: int) -> str:
    topic = ctx.rng.choice(P.PUBLIC_TOPICS if cat == "public" else P.TOPICS[sector])
    form = ctx.pick(
        "ctitle",
        ["{y}年{c}市{t}培训班", "{t}专题培训", "{y}年度{t}研修班", "{t}继续教育项目", "{c}市{t}高级研修班"],
    )
    return form.format(y=year, c=city, t=topic)


def training_certificate(ctx: P.Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("tcert")
    cat = CATS[(k + ctx.offset // 7) % 3]
    sector, city = rng.choice(P.SECTORS), rng.choice(P.CITIES)
    who = P.people(rng, 1)[0]
    unit = P.workplace(rng, city, sector)
    a = P.day(rng)
    b = P.later(rng, a, 0, 4) if v not in ("appcard", "pdfexport") else P.later(rng, a, 20, 90)
    issued = P.later(rng, b, 0, 12)
    year = a.year
    title = _course(ctx, sector, city, cat, year)
    issuer = P.org(rng, sector, city) if v not in ("appcard", "pdfexport", "monthonly") else ctx.pick(
        "platform", ["山东省专业技术人员继续教育公共服务平台", f"{city}市专业技术人员继续教育网", "山东干部网络学院"]
    )  # fmt: skip
    h = P.hours(rng)
    cw = rng.choice(CAT_WORD[cat]) if cat else ""
    st = ctx.style()
    f = {"holder": who, "title": title, "issuer": issuer, "issued_on": issued.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": h}  # fmt: skip
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    build = {
        "appcard": _tc_app, "landscape": _tc_landscape, "formtable": _tc_form, "monthonly": _tc_month,
        "letter": _tc_letter, "handfill": _tc_hand, "pdfexport": _tc_export,
    }[v]  # fmt: skip
    pg = build(ctx, f, dict(who=who, unit=unit, a=a, b=b, issued=issued, h=h, cw=cw, st=st, sector=sector))
    if v == "monthonly":
        f["issued_on"] = f"{issued.year}-{issued.month:02d}"
        f["period"] = {"start": f"{a.year}-{a.month:02d}", "end": f"{b.year}-{b.month:02d}"}
    return L.doc("training_certificate", "tcert", v, [pg], f, scored, (who, year), cat)


def _tc_app(ctx: P.Ctx, f: dict, x: dict) -> Page:
    pg = L.phone()
    y = L.status_bar(pg, ctx, ctx.pick("apptitle", ["学时证明", "我的证书", "证书详情"]))
    L.card(pg, y, y + 96)
    pg.text(pg.w / 2, y + 4, "培训证明", 12, ctx.bold, "c", (200, 60, 30))
    y = pg.wrap(9, y + 13, pg.w - 18, f["title"], 9.5, ctx.bold, 1.5)
    pairs = [("姓　　名", x["who"]), ("工作单位", x["unit"])]
    if x["cw"]:
        pairs.append(("科目类别", x["cw"]))
    pairs += [("获得学时", P.hstr(x["h"]) + "学时"), ("学习开始", P.dstr(x["a"], "iso")),
              ("学习结束", P.dstr(x["b"], "iso")), ("发证日期", P.dstr(x["issued"], "iso"))]  # fmt: skip
    y = L.rows(pg, ctx, 9, y + 2, pairs, 7.8, "：", 18, 2.3)
    pg.wrap(9, y + 1, pg.w - 18, "发证机构：" + f["issuer"], 7.5, ctx.body, 1.5)
    L.seal(pg, ctx, pg.w - 22, y - 8, f["issuer"], 11)
    pg.rect(10, 150, pg.w - 10, 160, 0, fill=(40, 110, 220))
    pg.text(pg.w / 2, 152.5, "下载电子证书", 9, ctx.bold, "c", (255, 255, 255))
    pg.text(pg.w / 2, 166, "证书编号 " + P.cert_no(ctx.rng, "SD"), 6.5, ctx.body, "c", L.GREY)
    return pg


def _tc_landscape(ctx: P.Ctx, f: dict, x: dict) -> Page:
    pg = L.landscape()
    pg.rect(9, 9, pg.w - 9, pg.h - 9, 1.6, (160, 120, 40))
    pg.rect(13, 13, pg.w - 13, pg.h - 13, 0.4, (160, 120, 40))
    word = ctx.pick("tchead", ["结 业 证 书", "培 训 证 书", "合 格 证 书"])
    pg.text(pg.w / 2, 30, word, 30, ctx.bold, "c", (150, 30, 30))
    pg.text(pg.w - 30, 50, "编号：" + P.cert_no(ctx.rng), 10, ctx.body, "r")
    L.hand(pg, ctx, 40, 62, x["who"], 18)
    pg.text(40 + len(x["who"]) * 6.8 + 2, 63, "同志：", 14, ctx.body)
    s = (f"于{P.span(x['a'], x['b'], x['st'])}参加{f['title']}"
         + (f"（{x['cw']}）" if x["cw"] else "")
         + f"学习，完成规定课程{P.hstr(x['h'])}学时，经考核合格，准予结业。")  # fmt: skip
    y = L.para(pg, ctx, 76, s, 14, x=40, right=40, lead=2.0)
    L.para(pg, ctx, y, "特发此证。", 14, x=40, right=40)
    d = P.dstr(x["issued"], ctx.style(("hanzi", "hanzi_o", "ymd")))
    pg.text(pg.w - 60, 160, f["issuer"], 13, ctx.body, "c")
    pg.text(pg.w - 60, 170, d, 13, ctx.body, "c")
    L.seal(pg, ctx, pg.w - 62, 162, f["issuer"], 20)
    return pg


def _tc_form(ctx: P.Ctx, f: dict, x: dict) -> Page:
    pg = L.portrait()
    L.centre(
        pg, ctx, 30, ctx.pick("formhead", ["继续教育学时证明", "专业技术人员培训学时登记证明"]), 20, True
    )
    pg.text(185, 46, "No." + P.cert_no(ctx.rng), 9, ctx.body, "r")
    st = x["st"]
    rows = [["姓名", x["who"], "性别", ctx.rng.choice(["男", "女"])],
            ["工作单位", x["unit"], "职称", P.pro_title(ctx.rng, x["sector"])],
            ["培训项目", f["title"], "", ""],
            ["培训时间", P.span(x["a"], x["b"], st, "—"), "", ""],
            ["取得学时", P.hstr(x["h"]), "", ""]]  # fmt: skip
    if x["cw"]:
        rows.append(["科目类别", x["cw"], "", ""])
    y = 52.0
    for r in rows:
        if r[2]:
            pg.table(25, y, [30, 70, 25, 35], [r], 11, ctx.body, 13)
        else:
            pg.table(25, y, [30, 130], [[r[0], r[1]]], 11, ctx.body, 13)
        y += 13
    pg.table(25, y, [30, 130], [["主办单位意见", ""]], 11, ctx.body, 48)
    pg.text(70, y + 8, "经审核，该同志完成上述培训，学时属实。", 11, ctx.body)
    pg.text(160, y + 26, f["issuer"], 11, ctx.body, "c")
    pg.text(160, y + 35, P.dstr(x["issued"], st), 11, ctx.body, "c")
    L.seal(pg, ctx, 160, y + 28, f["issuer"], 18)
    return pg


def _tc_month(ctx: P.Ctx, f: dict, x: dict) -> Page:
    pg = L.portrait()
    pg.rect(12, 12, 198, 285, 0, fill=(252, 248, 236))
    pg.rect(18, 18, 192, 279, 0.8, (40, 90, 150))
    L.centre(pg, ctx, 45, f["issuer"], 14, color=(40, 90, 150))
    L.centre(pg, ctx, 62, ctx.pick("onhead", ["在线学习证书", "网络培训结业证书"]), 26, True)
    st = ctx.style(("ymd", "pad", "hanzi", "dot"))
    y = L.para(pg, ctx, 95, f"{x['who']}：", 15, x=32, indent=False)
    s = (f"你于{P.mstr(x['a'].year, x['a'].month, st)}至{P.mstr(x['b'].year, x['b'].month, st)}"
         f"在本平台完成《{f['title']}》网络课程学习"
         + (f"，该课程属{x['cw']}" if x["cw"] else "")
         + f"，经考核合格，记{P.hstr(x['h'])}学时。")  # fmt: skip
    L.para(pg, ctx, y + 4, s, 15, x=32, right=32, lead=2.1)
    pg.text(150, 215, f["issuer"], L.fit(f["issuer"], ctx.body, 12, 70), ctx.body, "c")
    pg.text(150, 226, P.mstr(x["issued"].year, x["issued"].month, st), 13, ctx.body, "c")
    L.seal(pg, ctx, 150, 222, f["issuer"], 20)
    L.qr(pg, ctx, 32, 212, 22)
    pg.text(32, 237, "扫码验证", 8, ctx.body)
    return pg


def _tc_letter(ctx: P.Ctx, f: dict, x: dict) -> Page:
    pg = L.portrait()
    L.centre(pg, ctx, 40, ctx.pick("lethead", ["证　　明", "学时证明", "培训证明"]), 22, True)
    st = x["st"]
    s = (f"兹证明{x['unit']}{x['who']}同志，于{P.span(x['a'], x['b'], st)}参加了由我单位举办的"
         f"“{f['title']}”，全程参加学习并考核合格，累计获得继续教育学时{P.hstr(x['h'])}学时。")  # fmt: skip
    y = L.para(pg, ctx, 62, s, 13, lead=2.0)
    if x["cw"]:
        y = L.para(pg, ctx, y + 2, f"学时类别：{x['cw']}", 13)
    L.para(pg, ctx, y + 2, "特此证明。", 13)
    pg.text(150, 150, f["issuer"], 13, ctx.body, "c")
    pg.text(150, 160, P.dstr(x["issued"], st), 13, ctx.body, "c")
    L.seal(pg, ctx, 146, 152, f["issuer"], 19)
    return pg


def _tc_hand(ctx: P.Ctx, f: dict, x: dict) -> Page:
    pg = L.portrait()
    pg.rect(15, 15, 195, 160, 0.6)
    L.centre(pg, ctx, 26, "培 训 合 格 证", 22, True)
    y = 50.0
    a, b = x["a"], x["b"]

    def blank(x0: float, y0: float, w: float, s: str, lab: str) -> float:
        pg.line(x0, y0 + 6, x0 + w, y0 + 6, 0.25)
        L.hand(pg, ctx, x0 + w / 2, y0 - 0.5, s, 13, "c", jitter=False)
        return x0 + w + pg.text(x0 + w + 0.5, y0, lab, 12, ctx.body) + 1

    xx = blank(28, y, 30, x["who"], "同志于")
    xx = blank(xx, y, 16, str(a.year), "年")
    xx = blank(xx, y, 9, str(a.month), "月")
    xx = blank(xx, y, 9, str(a.day), "日至")
    xx = blank(xx, y, 16, str(b.year), "年")
    xx = blank(xx, y, 9, str(b.month), "月")
    blank(xx, y, 9, str(b.day), "日")
    pg.text(28, y + 14, "参加", 12, ctx.body)
    L.hand(pg, ctx, 40, y + 13.5, f["title"], 13, jitter=False)
    pg.line(39, y + 20, 182, y + 20, 0.25)
    xx = 28 + pg.text(28, y + 28, "培训，共计", 12, ctx.body)
    blank(xx + 1, y + 28, 14, P.hstr(x["h"]), "学时，考核合格。")
    if x["cw"]:
        xx = 28 + pg.text(28, y + 42, "类别：", 12, ctx.body)
        for opt in ("公需科目", "专业科目"):
            if opt[:2] == x["cw"][:2]:
                L.hand(pg, ctx, xx + 0.5, y + 40.5, "√", 14)
            xx += pg.text(xx, y + 42, "□" + opt + "　", 12, ctx.body)
    pg.text(130, 125, f["issuer"], 12, ctx.body, "c")
    d = x["issued"]
    pg.text(130, 135, f"{d.year}年", 12, ctx.body, "r")
    L.hand(pg, ctx, 131, 134.5, str(d.month), 12, jitter=False)
    pg.text(137, 135, "月", 12, ctx.body)
    L.hand(pg, ctx, 143, 134.5, str(d.day), 12, jitter=False)
    pg.text(149, 135, "日", 12, ctx.body)
    L.seal(pg, ctx, 128, 126, f["issuer"], 18)
    return pg


def _tc_export(ctx: P.Ctx, f: dict, x: dict) -> Page:
    pg = L.portrait()
    pg.rect(0, 0, 210, 22, 0, fill=(225, 232, 240))
    pg.text(15, 8, f["issuer"], 13, ctx.bold, color=(30, 60, 110))
    L.centre(pg, ctx, 36, "培训证明", 20, True)
    L.rows(pg, ctx, 22, 54, [("姓名", x["who"]), ("单位", x["unit"]), ("证件号码", "3709**********" +
           str(ctx.rng.randint(1000, 9999)))], 11, "：")  # fmt: skip
    pg.wrap(22, 76, 166, "培训项目：" + f["title"], 11, ctx.bold, 1.5)
    head = ["类别", "学时", "学习时间", "状态"]
    row = [x["cw"] or "—", P.hstr(x["h"]), f"{P.dstr(x['a'], 'iso')}至{P.dstr(x['b'], 'iso')}", "已完成"]
    pg.table(22, 90, [30, 20, 86, 30], [head, row], 10, ctx.body, 11, header_font=ctx.bold)
    pg.text(22, 118, "本证明由系统生成，扫描二维码可查验真伪。", 9.5, ctx.body, color=L.GREY)
    L.qr(pg, ctx, 22, 124, 24)
    pg.text(188, 128, "出具日期：" + P.dstr(x["issued"], "pad"), 10.5, ctx.body, "r")
    L.seal(pg, ctx, 165, 132, f["issuer"], 17)
    return pg


# ---- sign-in sheets ---------------------------------------------------------------------------------
def sign_in_sheet(ctx: P.Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("sign")
    sector, city = rng.choice(P.SECTORS), rng.choice(P.CITIES)
    n = {"twopage": rng.randint(24, 30), "twinhalves": rng.randint(18, 26), "appscreen": rng.randint(8, 11),
         "handonly": rng.randint(12, 20)}.get(v, rng.randint(9, 14))  # fmt: skip
    names = P.people(rng, n)
    a = P.day(rng)
    b = P.later(rng, a, 1, 3) if v == "multiday" else a
    title = _course(ctx, sector, city, None, a.year)
    issuer = P.org(rng, sector, city)
    units = [P.workplace(rng, city, sector) for _ in names]
    st = ctx.style()
    x = dict(names=names, units=units, a=a, b=b, st=st, sector=sector, title=title, issuer=issuer)
    pages = {"ruled": _si_ruled, "multiday": _si_multi, "twinhalves": _si_twin, "appscreen": _si_app,
             "twopage": _si_two, "handonly": _si_hand}[v](ctx, x)  # fmt: skip
    f = {"title": title, "issuer": issuer, "period": {"start": a.isoformat(), "end": b.isoformat()},
         "people": [person(nm, i + 1, "attendee") for i, nm in enumerate(names)]}  # fmt: skip
    claim = names[rng.randrange(n)]
    return L.doc("sign_in_sheet", "sign", v, pages, f, ["title", "issuer", "period.start", "period.end", "people"],
                 (claim, a.year))  # fmt: skip


def _si_head(pg: Page, ctx: P.Ctx, x: dict, y: float = 22.0) -> float:
    y = L.centre(pg, ctx, y, x["title"], 16, True)
    y = L.centre(pg, ctx, y, "签　到　表", 18, True)
    when = P.span(x["a"], x["b"], x["st"]) if x["a"] != x["b"] else P.dstr(x["a"], x["st"])
    pg.text(20, y + 1, "主办单位：" + x["issuer"], 10.5, ctx.body)
    pg.text(pg.w - 20, y + 1, "时间：" + when, 10.5, ctx.body, "r")
    return y + 9


def _si_ruled(ctx: P.Ctx, x: dict) -> list[Page]:
    pg = L.portrait()
    y = _si_head(pg, ctx, x)
    rows = [["序号", "姓名", "工作单位", "职称", "签名"]]
    rows += [[str(i + 1), nm, u, P.pro_title(ctx.rng, x["sector"]), ""] for i, (nm, u) in
             enumerate(zip(x["names"], x["units"], strict=True))]  # fmt: skip
    pg.table(15, y, [12, 26, 70, 30, 42], rows, 10, ctx.body, 11, header_font=ctx.bold)
    for i, nm in enumerate(x["names"]):
        L.hand(pg, ctx, 174 + ctx.rng.uniform(-6, 6), y + 11 * (i + 1) + 1.5, nm, 13, "c")
    return [pg]


def _si_multi(ctx: P.Ctx, x: dict) -> list[Page]:
    pg = L.landscape()
    y = _si_head(pg, ctx, x, 16)
    days = [x["a"] + dt.timedelta(days=i) for i in range((x["b"] - x["a"]).days + 1)]
    head = ["序号", "姓名", "单位"] + [f"{d.month}月{d.day}日{h}" for d in days for h in ("上午", "下午")]
    w = [12, 24, 62] + [(267 - 98) / (2 * len(days))] * (2 * len(days))
    rows = [head] + [[str(i + 1), nm, u] + [""] * (2 * len(days)) for i, (nm, u) in
                     enumerate(zip(x["names"], x["units"], strict=True))]  # fmt: skip
    pg.table(15, y, w, rows, 9, ctx.body, 10, header_font=ctx.bold)
    for i in range(len(x["names"])):
        for j in range(2 * len(days)):
            if ctx.rng.random() < 0.9:
                L.hand(pg, ctx, 15 + 98 + w[3] * (j + 0.5), y + 10 * (i + 1) + 1.5, "√", 12, "c")
    return [pg]


def _si_twin(ctx: P.Ctx, x: dict) -> list[Page]:
    pg = L.landscape()
    y = _si_head(pg, ctx, x, 14)
    names = x["names"]
    half = (len(names) + 1) // 2
    for c, chunk in enumerate((names[:half], names[half:])):
        x0 = 15 + c * 136
        rows = [["序号", "姓名", "签到时间", "本人签字"]]
        rows += [[str(c * half + i + 1), nm, f"{ctx.rng.choice([7, 8])}:{ctx.rng.randint(0, 59):02d}", ""]
                 for i, nm in enumerate(chunk)]  # fmt: skip
        pg.table(
            x0, y, [14, 34, 30, 52], rows, 9.5, ctx.body, 11 if half < 12 else 10.5, header_font=ctx.bold
        )
    return [pg]


def _si_app(ctx: P.Ctx, x: dict) -> list[Page]:
    pg = L.phone()
    y = L.status_bar(pg, ctx, "签到统计")
    L.card(pg, y, y + 30)
    y2 = pg.wrap(8, y + 3, pg.w - 16, x["title"], 9, ctx.bold, 1.45)
    pg.text(8, y2 + 1, "发起单位：" + x["issuer"], 6.8, ctx.body, color=L.GREY)
    pg.text(8, y2 + 6, "活动日期：" + P.dstr(x["a"], "iso"), 6.8, ctx.body, color=L.GREY)
    y = y + 34
    pg.text(6, y, f"已签到 {len(x['names'])} 人", 8, ctx.bold, color=(20, 140, 60))
    y += 7
    for i, nm in enumerate(x["names"]):
        L.card(pg, y, y + 11)
        pg.rect(8, y + 2, 15, y + 9, 0, fill=(120, 160, 220))
        pg.text(11.5, y + 3.3, nm[-1], 7, ctx.body, "c", (255, 255, 255))
        pg.text(18, y + 1.8, nm, 8, ctx.body)
        pg.text(
            18, y + 6.2, x["units"][i], L.fit(x["units"][i], ctx.body, 5.8, pg.w - 26), ctx.body, color=L.GREY
        )
        pg.text(
            pg.w - 7, y + 1.8, f"08:{ctx.rng.randint(0, 59):02d} 已签到", 6.3, ctx.body, "r", (20, 140, 60)
        )
        y += 12.5
    return [pg]


def _si_two(ctx: P.Ctx, x: dict) -> list[Page]:
    names, units = x["names"], x["units"]
    cut = 18
    pages = []
    for p, sl in enumerate((slice(0, cut), slice(cut, None))):
        pg = L.portrait()
        y = _si_head(pg, ctx, x) if p == 0 else 20.0
        rows = [["编号", "姓名", "所在单位", "手机号码", "签字"]]
        rows += [[str(sl.start + i + 1), nm, u, "1" + "".join(ctx.rng.choice("3456789") for _ in range(2)) + "****"
                  + "".join(ctx.rng.choice("0123456789") for _ in range(4)), ""]
                 for i, (nm, u) in enumerate(zip(names[sl], units[sl], strict=True))]  # fmt: skip
        pg.table(15, y, [14, 26, 68, 34, 38], rows, 9.5, ctx.body, 10.5, header_font=ctx.bold)
        pg.text(105, 284, f"第{p + 1}页 共2页", 9, ctx.body, "c")
        pages.append(pg)
    return pages


def _si_hand(ctx: P.Ctx, x: dict) -> list[Page]:
    pg = L.portrait()
    L.centre(pg, ctx, 24, ctx.pick("bookhead", ["签 到 簿", "参会人员签到"]), 22, True)
    when = P.dstr(x["a"], x["st"])
    y = L.rows(pg, ctx, 22, 42, [("会议名称", x["title"]), ("组织单位", x["issuer"]), ("会议时间", when)], 11)
    cols, cw, rh = 4, 41.5, 15.0
    for i in range(((len(x["names"]) + cols - 1) // cols + 1) * cols):
        r, c = divmod(i, cols)
        pg.rect(22 + c * cw, y + 4 + r * rh, 22 + (c + 1) * cw, y + 4 + (r + 1) * rh, 0.3)
        if i < len(x["names"]):
            L.hand(
                pg, ctx, 22 + (c + 0.5) * cw + ctx.rng.uniform(-4, 4), y + 7 + r * rh, x["names"][i], 15, "c"
            )
    return [pg]
