"""Draw 20: training certificates, sign-in sheets and training notices (qualifications and others in quals)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind20 import pools as P
from bench.blind20.kit import (
    GREY,
    INK,
    RED,
    blank,
    border,
    centre,
    ink,
    lh,
    make,
    para,
    put,
    ranked,
    rows,
    spaced,
    stamp,
)  # fmt: skip
from bench.blind20.notices import sign_in_sheet, training_notice
from bench.blind20.pools import Ctx
from bench.blind20.quals import other, qualification_certificate

__all__ = ["training_certificate", "sign_in_sheet", "training_notice", "qualification_certificate", "other"]

CATS = ("public", "professional", None)
CAT_WORD = {"public": "公需科目", "professional": "专业科目"}


def _course(ctx: Ctx, k: int) -> dict:
    rng = ctx.rng
    prov, city, county = P.locale(rng)
    cat = CATS[(k + ctx.offset // 3) % 3]
    topic = rng.choice(P.PUBLIC if cat == "public" else P.PROFESSIONAL)
    start = P.some_day(rng, 2019, 2024)
    days = rng.choice([1, 2, 3, 3, 4, 5])
    end = start + dt.timedelta(days=days - 1)
    hours = days * rng.choice([6, 8])
    return {
        "prov": prov, "city": city, "county": county, "cat": cat, "topic": topic, "start": start, "end": end,
        "hours": hours, "issued": P.later(end, 0, 12, rng), "name": P.people(rng, 1)[0],
        "unit": P.workplace(rng, county), "issuer": P.trainer(rng, prov, city),
        "style": ctx.pick("date", P.DATE_STYLES), "no": f"{start.year}{rng.randrange(10**5):05d}",
    }  # fmt: skip


def _cert_doc(ctx: Ctx, v: str, pages: list[Page], c: dict, title: str, *, period: bool = True,
              issued=None, per=None, hours=True, cat_shown: bool = True) -> Doc:  # fmt: skip
    issued = issued if issued is not None else c["issued"].isoformat()
    per = per or ({"start": c["start"].isoformat(), "end": c["end"].isoformat()} if period else None)
    return make(
        "training_certificate", f"cert20-{v}", pages, c["name"], c["start"].year,
        category=c["cat"] if cat_shown else None, holder=c["name"], title=title, issuer=c["issuer"],
        issued_on=issued, period=per, hours_stated=float(c["hours"]) if hours else None,
    )  # fmt: skip


def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("cert")
    c = _course(ctx, k)
    return globals()[f"_cert_{v}"](ctx, v, c)


def _cert_prose(ctx: Ctx, v: str, c: dict) -> Doc:
    pg = Page()
    border(pg, (150, 110, 40))
    st = c["style"]
    title = f"{c['topic']}培训班"
    y = centre(pg, ctx, 48, spaced("结业证书", "  "), 30, True) + 14
    put(pg, ctx, 150, y - 10, f"编号：{c['no']}", 10)
    text = (
        f"{c['name']}同志（{c['unit']}）于{P.span(c['start'], c['end'], st)}参加{c['issuer']}举办的"
        f"{title}学习，完成全部课程共计{c['hours']}学时，经考核成绩合格，准予结业。"
    )
    if c["cat"]:
        text += f"本次培训内容属{CAT_WORD[c['cat']]}。"
    y = para(pg, ctx, 30, y + 6, 150, text, 15, 2.1)
    put(pg, ctx, 30, y + 4, "特发此证。", 15)
    yy = y + 50
    put(pg, ctx, 178, yy, c["issuer"], 14, "r")
    put(pg, ctx, 178, yy + 10, P.day(c["issued"], st), 14, "r")
    stamp(pg, ctx, 178 - width_mm(c["issuer"], ctx.body, 14) / 2, yy + 4, c["issuer"])
    return _cert_doc(ctx, v, [pg], c, title)


def _cert_grid(ctx: Ctx, v: str, c: dict) -> Doc:
    pg = Page()
    st = c["style"]
    title = f"{c['start'].year}年{c['city']}市{c['topic']}专题培训"
    y = centre(pg, ctx, 30, "专业技术人员继续教育", 16, True)
    y = centre(pg, ctx, y + 2, "培 训 合 格 证 书", 26, True) + 10
    pg.rect(150, y, 180, y + 38, 0.3)
    put(pg, ctx, 165, y + 17, "照片", 10, "c", color=GREY)
    tab = [
        ["姓  名", c["name"]], ["工作单位", c["unit"]], ["培训项目", title],
        ["培训时间", P.span(c["start"], c["end"], st, "—")], ["学  时", f"{c['hours']}学时"],
    ]  # fmt: skip
    if c["cat"]:
        tab.append(["科目类别", CAT_WORD[c["cat"]]])
    tab.append(["证书编号", c["no"]])
    for lab, val in tab:
        put(pg, ctx, 28, y, lab + "：", 13)
        put(pg, ctx, 56, y, val, 13)
        pg.line(55, y + 5.6, 145 if y < 190 else 182, y + 5.6, 0.2)
        y += 12
    y += 16
    put(pg, ctx, 28, y, "经审核，该同志完成规定培训学时，成绩合格，特发此证。", 12)
    y += 30
    put(pg, ctx, 120, y, "发证单位（盖章）：", 12)
    put(pg, ctx, 120, y + 10, c["issuer"], 12)
    put(pg, ctx, 120, y + 20, "发证日期：" + P.day(c["issued"], st), 12)
    stamp(pg, ctx, 150, y + 12, c["issuer"])
    return _cert_doc(ctx, v, [pg], c, title)


def _cert_platform(ctx: Ctx, v: str, c: dict) -> Doc:
    rng = ctx.rng
    pg = Page()
    y0 = c["start"].year
    title = f"{y0}年度{c['city']}市专业技术人员继续教育网络培训"
    pool = P.PUBLIC if c["cat"] == "public" else P.PROFESSIONAL
    n = rng.randint(4, 6)
    names = rng.sample(pool, n)
    cats = [c["cat"]] * n if c["cat"] else ["公需科目"] * 2 + ["专业科目"] * (n - 2)
    hours = [rng.choice([4, 6, 8, 10]) for _ in range(n)]
    c["hours"] = sum(hours)
    start, end = dt.date(y0, rng.randint(2, 4), rng.randint(1, 28)), dt.date(y0, rng.randint(9, 11), 28)
    c["start"], c["end"] = start, end
    printed = P.later(end, 1, 20, rng)
    y = centre(pg, ctx, 22, c["issuer"] + "网络学习平台", 11, color=GREY)
    y = centre(pg, ctx, y + 2, "学 习 档 案", 22, True) + 4
    y = rows(pg, ctx, 22, y, [("培训项目", title), ("学员姓名", c["name"]), ("所在单位", c["unit"]),
                              ("学习时段", f"{start.isoformat()} 至 {end.isoformat()}")], 11, lead=1.9)  # fmt: skip
    tab = [["序号", "课程名称", "类别", "学时", "完成日期"]]
    for i in range(n):
        done = start + dt.timedelta(days=(end - start).days * (i + 1) // (n + 1))
        tab.append([str(i + 1), names[i], CAT_WORD.get(cats[i], cats[i]), str(hours[i]), done.isoformat()])
    tab.append(["", "合计", "", str(c["hours"]), ""])
    y = pg.table(18, y + 4, [12, 80, 28, 16, 38], tab, 10, ctx.body, 9.5, header_font=ctx.bold)
    y = para(pg, ctx, 18, y + 8, 174, f"该学员已完成本年度网络培训，累计获得{c['hours']}学时，考核合格。", 11)
    put(pg, ctx, 188, y + 14, c["issuer"], 11, "r")
    put(pg, ctx, 188, y + 22, "打印日期：" + printed.isoformat(), 11, "r")
    stamp(pg, ctx, 160, y + 18, c["issuer"], 17)
    return _cert_doc(ctx, v, [pg], c, title, issued=printed.isoformat())


def _cert_app(ctx: Ctx, v: str, c: dict) -> Doc:
    pg = Page(w=92, h=196, bg=(244, 245, 247))
    st = "dash" if c["style"] not in ("dot", "slash") else c["style"]
    title = c["topic"]
    put(pg, ctx, 6, 3, "10:2" + str(ctx.rng.randrange(10)), 8)
    put(pg, ctx, 86, 3, "5G  86%", 8, "r")
    pg.rect(0, 9, 92, 21, 0, fill=(34, 120, 200))
    put(pg, ctx, 46, 12.5, "我的学时证明", 11, "c", True, (255, 255, 255))
    pg.rect(5, 26, 87, 150, 0.2, (210, 210, 210), (255, 255, 255))
    y = 31
    put(pg, ctx, 46, y, "培训证明", 14, "c", True)
    y += 10
    items = [("姓名", c["name"]), ("课程", title), ("学时", f"{c['hours']}"),
             ("培训日期", P.day(c["start"], st) + "至"), ("", P.day(c["end"], st)),
             ("颁发日期", P.day(c["issued"], st))]  # fmt: skip
    if c["cat"]:
        items.insert(3, ("类别", CAT_WORD[c["cat"]]))
    for lab, val in items:
        put(pg, ctx, 9, y, lab, 8.5, color=GREY)
        if width_mm(val, ctx.body, 9) > 52:
            pg.wrap(30, y, 54, val, 9, ctx.body, 1.4)
            y += 5
        else:
            put(pg, ctx, 30, y, val, 9)
        y += 8
    put(pg, ctx, 9, y + 2, "颁发单位", 8.5, color=GREY)
    pg.wrap(30, y + 2, 54, c["issuer"], 9, ctx.body, 1.4)
    stamp(pg, ctx, 66, y + 14, c["issuer"], 12)
    put(pg, ctx, 46, 158, "长按保存证书图片", 8, "c", color=GREY)
    pg.rect(20, 166, 72, 176, 0, fill=(34, 120, 200))
    put(pg, ctx, 46, 168, "下载电子证书", 9, "c", color=(255, 255, 255))
    return _cert_doc(ctx, v, [pg], c, title)


def _cert_wide(ctx: Ctx, v: str, c: dict) -> Doc:
    pg = Page(w=297, h=210)
    border(pg, (170, 35, 35), 8)
    title = f"{c['topic']}研修班"
    y = centre(pg, ctx, 30, "证    书", 34, True, RED) + 10
    put(pg, ctx, 40, y, f"{c['name']}  同志：", 16)
    text = (
        f"你于{P.span(c['start'], c['end'], 'han')}参加由{c['issuer']}组织的{title}，"
        f"修完全部课程，计{c['hours']}学时，考核合格。"
    )
    if c["cat"]:
        text = text[:-1] + f"，计入{CAT_WORD[c['cat']]}学时。"
    y = para(pg, ctx, 40, y + 12, 217, text, 16, 2.0)
    put(pg, ctx, 40, y + 6, "特发此证", 16)
    put(pg, ctx, 30, 185, f"证书编号：{c['no']}", 10, color=GREY)
    put(pg, ctx, 250, 160, c["issuer"], 15, "r")
    put(pg, ctx, 250, 170, P.day(c["issued"], "han"), 15, "r")
    stamp(pg, ctx, 250 - width_mm(c["issuer"], ctx.body, 15) / 2, 165, c["issuer"], 21)
    return _cert_doc(ctx, v, [pg], c, title)


def _cert_filled(ctx: Ctx, v: str, c: dict) -> Doc:
    pg = Page()
    title = c["topic"]
    y = centre(pg, ctx, 30, f"{c['city']}市专业技术人员继续教育", 15, True)
    y = centre(pg, ctx, y + 2, "学 时 登 记 表", 24, True) + 12
    st = "cn" if c["style"] in ("han", "cn0") else c["style"]
    hx = {"hand": True, "size": 12}
    blank(pg, ctx, 25, y, "姓名", c["name"], w=40, **hx)
    blank(pg, ctx, 105, y, "单位", c["unit"], w=68, **hx)
    y += 16
    blank(pg, ctx, 25, y, "培训内容", title, w=140, **hx)
    y += 16
    blank(pg, ctx, 25, y, "培训时间", P.span(c["start"], c["end"], st), w=95, **hx)
    blank(pg, ctx, 140, y, "学时", str(c["hours"]), w=22, **hx)
    y += 16
    if c["cat"]:
        put(pg, ctx, 25, y, "类别：", 12)
        for i, w in enumerate(("公需科目", "专业科目")):
            x = 45 + i * 40
            pg.rect(x, y + 0.6, x + 3.6, y + 4.2, 0.25)
            put(pg, ctx, x + 5, y, w, 12)
            if CAT_WORD[c["cat"]] == w:
                ink(pg, ctx, x - 0.3, y - 1.8, "✓", 14)
        y += 16
    blank(pg, ctx, 25, y, "举办单位", c["issuer"], w=120, **hx)
    y += 30
    put(pg, ctx, 25, y, "考核意见：", 12)
    ink(pg, ctx, 50, y - 1, "合格", 15)
    y += 34
    put(pg, ctx, 110, y, "举办单位（盖章）", 12)
    ink(pg, ctx, 110, y + 12, P.day(c["issued"], st), 14)
    stamp(pg, ctx, 130, y + 6, c["issuer"])
    put(pg, ctx, 25, 265, "注：本表由举办单位填写，作为年度继续教育学时登记的依据。", 9, color=GREY)
    return _cert_doc(ctx, v, [pg], c, title, cat_shown=True)


def _cert_seal(ctx: Ctx, v: str, c: dict) -> Doc:
    pg = Page()
    st = c["style"]
    title = f"{c['start'].year}年{c['topic']}继续教育培训"
    y = centre(pg, ctx, 40, "继续教育学时证明", 24, True) + 14
    lines = [
        f"兹证明{c['unit']}{c['name']}同志，于{P.span(c['start'], c['end'], st, '—')}参加了我单位组织的"
        f"{title}，学习期间遵守纪律，按时完成学习任务，经考核合格。",
        f"根据有关规定，认定其继续教育学时{c['hours']}学时"
        + (f"（{CAT_WORD[c['cat']]}）。" if c["cat"] else "。"),
        "特此证明。",
    ]
    for s in lines:
        y = para(pg, ctx, 26, y, 158, s, 14, 2.1) + 2
    y += 36
    put(pg, ctx, 182, y, c["issuer"], 14, "r")
    put(pg, ctx, 182, y + 9, P.day(c["issued"], st), 14, "r")
    stamp(pg, ctx, 182 - width_mm(c["issuer"], ctx.body, 14) * 0.45, y + 6, c["issuer"], 21)
    stamp(pg, ctx, 150, 74, c["issuer"], 14)  # 骑缝 / 学时 stamp over the text
    return _cert_doc(ctx, v, [pg], c, title)


def _cert_month(ctx: Ctx, v: str, c: dict) -> Doc:
    rng = ctx.rng
    pg = Page()
    border(pg, (40, 80, 150), 12, False)
    y0 = c["start"].year
    m0 = rng.randint(3, 8)
    m1 = m0 + rng.randint(1, 3)
    st = "han" if rng.random() < 0.5 else "cn"
    title = f"{c['prov']}省基层{c['topic']}人才培养项目"
    y = centre(pg, ctx, 44, "培训证书", 30, True) + 16
    text = (
        f"学员{c['name']}于{P.month(y0, m0, st)}至{P.month(y0, m1, st)}参加{title}，"
        f"完成线上线下学习任务{c['hours']}学时，成绩合格。"
    )
    if c["cat"]:
        text += f"（{CAT_WORD[c['cat']]}）"
    y = para(pg, ctx, 30, y, 150, text, 15, 2.1)
    y += 20
    put(pg, ctx, 30, y, "工作单位：" + c["unit"], 12)
    put(pg, ctx, 30, y + 9, "证书编号：" + c["no"], 12)
    y += 50
    put(pg, ctx, 175, y, c["issuer"], 14, "r")
    put(pg, ctx, 175, y + 10, P.month(y0, m1, st), 14, "r")
    stamp(pg, ctx, 175 - width_mm(c["issuer"], ctx.body, 14) / 2, y + 4, c["issuer"])
    per = {"start": P.iso_month(y0, m0), "end": P.iso_month(y0, m1)}
    return _cert_doc(ctx, v, [pg], c, title, issued=P.iso_month(y0, m1), per=per)


_ = (INK, lh, ranked)
