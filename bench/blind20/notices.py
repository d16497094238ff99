"""Draw 20: sign-in sheets and training notices."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind20 import pools as P
from bench.blind20.kit import GREY, RED, centre, docno, fit, ink, lh, make, para, put, ranked, redhead, stamp
from bench.blind20.pools import Ctx

TITLES = ["职称", "农艺师", "高级农艺师", "工程师", "助理工程师", "高级工程师", "技术员", "畜牧师", "经济师"]
EVENTS = [
    "{y}年{x}基层农技推广人员能力提升培训班",
    "{y}年{x}水利工程建设质量管理培训班",
    "{x}{t}专题讲座",
    "{x}{t}技术培训会",
    "{y}年度{x}专业技术人员{t}培训",
    "{x}{t}现场观摩培训",
]


def _event(ctx: Ctx) -> dict:
    rng = ctx.rng
    prov, city, county = P.locale(rng)
    where = rng.choice([county, city + "市"])
    d = P.some_day(rng, 2019, 2024)
    topic = rng.choice(P.PROFESSIONAL)
    title = rng.choice(EVENTS).format(y=d.year, x=where, t=topic)
    issuer = rng.choice([f"{county}农业农村局", f"{county}水利局", P.trainer(rng, prov, city),
                         f"{city}市水利学会", f"{city}市农学会"])  # fmt: skip
    n = rng.randint(9, 16)
    names = P.people(rng, n)
    units = [P.workplace(rng, rng.choice(P.PROV[prov][city])) for _ in range(n)]
    return {"prov": prov, "city": city, "county": county, "date": d, "title": title, "issuer": issuer,
            "names": names, "units": units, "style": ctx.pick("date", P.DATE_STYLES), "topic": topic,
            "place": rng.choice([f"{county}会议中心", f"{city}市水利局三楼会议室", f"{county}农业农村局二楼会议室",
                                 f"{city}宾馆多功能厅", f"{county}现代农业示范园"])}  # fmt: skip


def _sign_doc(ctx: Ctx, v: str, pages: list[Page], e: dict, names: list[str] | None = None) -> Doc:
    names = names or e["names"]
    d = e["date"].isoformat()
    who = names[ctx.rng.randrange(len(names))]
    return make("sign_in_sheet", f"sign20-{v}", pages, who, e["date"].year, title=e["title"],
                issuer=e["issuer"], period={"start": d, "end": d}, people=ranked(names, "attendee"))  # fmt: skip


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign")
    return globals()[f"_sign_{v}"](ctx, v, _event(ctx))


def _sheet_head(pg: Page, ctx: Ctx, e: dict, y: float, heading: str = "签到表") -> float:
    y = fit(pg, ctx, y, e["title"] + heading, 17, pg.w - 30)
    put(pg, ctx, 16, y + 2, f"主办单位：{e['issuer']}", 11)
    put(pg, ctx, pg.w - 16, y + 2, f"时间：{P.day(e['date'], e['style'])}", 11, "r")
    return y + 10


def _sign_grid(ctx: Ctx, v: str, e: dict) -> Doc:
    pg = Page()
    y = _sheet_head(pg, ctx, e, 18)
    put(pg, ctx, 16, y - 2, f"地点：{e['place']}", 11)
    y += 5
    widths = [14, 34, 72, 30, 28]
    pg.table(12, y, widths, [["序号", "姓名", "工作单位", "职称", "联系电话"]], 11, ctx.bold, 10)
    y += 10
    rng = ctx.rng
    for i, nm in enumerate(e["names"]):
        pg.table(12, y, widths, [[str(i + 1), "", e["units"][i], rng.choice(TITLES[1:]),
                                  f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"]], 9.5, ctx.body, 11)  # fmt: skip
        ink(pg, ctx, 12 + 14 + 17, y + 1.5, nm, 14, "c")
        y += 11
    stamp(pg, ctx, 160, y - 8, e["issuer"], 16)
    return _sign_doc(ctx, v, [pg], e)


def _sign_split(ctx: Ctx, v: str, e: dict) -> Doc:
    pg = Page()
    names = e["names"] + P.people(ctx.rng, 0)
    if len(names) % 2:
        names = names[:-1]
    half = len(names) // 2
    y = centre(pg, ctx, 20, "签  到  表", 22, True)
    y = fit(pg, ctx, y + 1, f"（{e['title']}）", 13, 180, False)
    put(pg, ctx, 16, y + 2, f"日期：{P.day(e['date'], e['style'])}    地点：{e['place']}", 11)
    y += 12
    w = [12, 30, 50]
    for side in (0, 1):
        x = 12 + side * 94
        rows_ = [["序号", "姓名", "单位"]] + [
            [str(side * half + i + 1), names[side * half + i], e["units"][side * half + i]]
            for i in range(half)
        ]
        pg.table(x, y, w, rows_, 9, ctx.body, 12, fonts={1: ctx.hand}, header_font=ctx.bold)
    y += 12 * (half + 1) + 10
    put(pg, ctx, 194, y, f"主办单位：{e['issuer']}（盖章）", 11, "r")
    stamp(pg, ctx, 170, y + 2, e["issuer"], 16)
    return _sign_doc(ctx, v, [pg], e, names)


def _sign_wide(ctx: Ctx, v: str, e: dict) -> Doc:
    rng = ctx.rng
    pg = Page(w=297, h=210)
    y = _sheet_head(pg, ctx, e, 14, "参训人员签到表")
    widths = [12, 28, 12, 78, 30, 36, 32, 32]
    tab = [["序号", "姓名", "性别", "工作单位", "职称", "手机号码", "签到时间", "签退时间"]]
    for i, nm in enumerate(e["names"][:12]):
        tab.append([str(i + 1), nm, rng.choice("男女"), e["units"][i], rng.choice(TITLES[1:]),
                    f"1{rng.choice('35789')}{rng.randrange(10**9):09d}", f"8:{rng.randint(10, 59)}",
                    f"17:{rng.randint(10, 40):02d}"])  # fmt: skip
    pg.table(14, y, widths, tab, 10, ctx.body, 10.5, header_font=ctx.bold)
    return _sign_doc(ctx, v, [pg], e, e["names"][:12])


def _sign_pages(ctx: Ctx, v: str, e: dict) -> Doc:
    names = e["names"] + P.people(ctx.rng, 30)
    names = list(dict.fromkeys(names))[:34]
    units = [P.workplace(ctx.rng, e["county"]) for _ in names]
    pages = []
    per = 22
    for p in range(2):
        pg = Page()
        y = 16
        if p == 0:
            y = _sheet_head(pg, ctx, e, y)
        else:
            put(pg, ctx, 105, y, "（续表）", 11, "c")
            y += 8
        tab = [["序号", "单位", "姓名（签字）", "备注"]]
        chunk = list(range(p * per, min(len(names), (p + 1) * per)))
        for i in chunk:
            tab.append([str(i + 1), units[i], "", ""])
        pg.table(14, y, [14, 90, 50, 28], tab, 10, ctx.body, 10.5, header_font=ctx.bold)
        for j, i in enumerate(chunk):
            ink(pg, ctx, 14 + 104 + 25, y + 10.5 * (j + 1) + 1.2, names[i], 14, "c")
        put(pg, ctx, 105, 282, f"第{p + 1}页 共2页", 9, "c", color=GREY)
        pages.append(pg)
    return _sign_doc(ctx, v, pages, e, names)


def _sign_online(ctx: Ctx, v: str, e: dict) -> Doc:
    rng = ctx.rng
    pg = Page(w=94, h=200, bg=(247, 247, 247))
    put(pg, ctx, 5, 3, f"{rng.randint(8, 21)}:{rng.randint(10, 59)}", 8)
    put(pg, ctx, 89, 3, "4G 73%", 8, "r")
    put(pg, ctx, 47, 11, "签到统计", 11, "c", True)
    pg.line(0, 18, 94, 18, 0.2, (200, 200, 200))
    y = pg.wrap(6, 22, 82, e["title"], 10.5, ctx.bold, 1.45)
    put(
        pg,
        ctx,
        6,
        y + 1,
        f"发起单位：{e['issuer']}" if len(e["issuer"]) < 14 else "发起单位：",
        8,
        color=GREY,
    )
    if len(e["issuer"]) >= 14:
        y += 5
        put(pg, ctx, 6, y + 1, e["issuer"], 8, color=GREY)
    put(pg, ctx, 6, y + 6, f"签到日期：{e['date'].isoformat()}", 8, color=GREY)
    n = min(12, len(e["names"]))
    put(pg, ctx, 6, y + 11, f"已签到 {n} 人", 8, color=(30, 130, 60))
    y += 18
    for i, nm in enumerate(e["names"][:n]):
        pg.rect(4, y, 90, y + 11, 0, fill=(255, 255, 255))
        pg.rect(7, y + 2, 14, y + 9, 0, fill=(90, 150, 220))
        put(pg, ctx, 10.5, y + 3.3, nm[-1], 7, "c", color=(255, 255, 255))
        put(pg, ctx, 17, y + 2, nm, 9)
        put(pg, ctx, 17, y + 6.5, e["units"][i][:14], 6.5, color=GREY)
        put(pg, ctx, 87, y + 3.5, f"{rng.randint(7, 8):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
            7.5, "r", color=GREY)  # fmt: skip
        y += 12.5
    return _sign_doc(ctx, v, [pg], e, e["names"][:n])


def _sign_book(ctx: Ctx, v: str, e: dict) -> Doc:
    pg = Page()
    y = fit(pg, ctx, 22, e["title"], 18, 180)
    y = centre(pg, ctx, y + 2, "签 到 簿", 20, True)
    put(pg, ctx, 105, y + 2, f"{e['issuer']}    {P.day(e['date'], e['style'])}", 11, "c")
    y += 14
    cols = 4
    cw = 44
    for i, nm in enumerate(e["names"]):
        r, cidx = divmod(i, cols)
        x = 17 + cidx * cw
        yy = y + r * 20
        pg.rect(x, yy, x + cw, yy + 20, 0.3)
        ink(pg, ctx, x + cw / 2 + ctx.rng.uniform(-5, 5), yy + 5 + ctx.rng.uniform(-1, 2), nm, 17, "c")
    return _sign_doc(ctx, v, [pg], e)


def _sign_sessions(ctx: Ctx, v: str, e: dict) -> Doc:
    pg = Page()
    y = fit(pg, ctx, 18, e["title"], 17, 180)
    y = centre(pg, ctx, y, "学员签到表", 15, True)
    put(pg, ctx, 14, y + 2, f"培训日期：{P.day(e['date'], e['style'])}", 11)
    put(pg, ctx, 196, y + 2, f"举办单位：{e['issuer']}", 11, "r")
    y += 10
    widths = [14, 30, 66, 38, 38]
    pg.table(12, y, widths, [["编号", "姓名", "单位", "上午签到", "下午签到"]], 11, ctx.bold, 10)
    y += 10
    for i, nm in enumerate(e["names"]):
        pg.table(12, y, widths, [[f"{i + 1:02d}", nm, e["units"][i], "", ""]], 9.5, ctx.body, 11)
        for j in (0, 1):
            if ctx.rng.random() < 0.9:
                ink(pg, ctx, 12 + 110 + 19 + 38 * j, y + 1.3, nm, 13, "c")
        y += 11
    stamp(pg, ctx, 150, y + 6, e["issuer"], 17)
    return _sign_doc(ctx, v, [pg], e)


# ---- training notices ---------------------------------------------------------------------
def _course(ctx: Ctx) -> dict:
    e = _event(ctx)
    rng = ctx.rng
    days = rng.choice([2, 3, 3, 4, 5])
    start = e["date"]
    e["start"], e["end"] = start, start + dt.timedelta(days=days - 1)
    e["issued"] = start - dt.timedelta(days=rng.randint(6, 25))
    e["hours"] = days * 8 if rng.random() < 0.75 else None
    e["cat"] = rng.choice(["public", "professional", None, None])
    e["title"] = e["title"].replace("讲座", "培训班").replace("培训会", "培训班")
    return e


CAT = {"public": "公需科目", "professional": "专业科目"}


def _notice_doc(ctx: Ctx, v: str, pages: list[Page], e: dict, *, holder=None, names=(), issued=True,
                hours=True) -> Doc:  # fmt: skip
    who = holder or names[ctx.rng.randrange(len(names))]
    return make(
        "training_notice", f"notice20-{v}", pages, who, e["start"].year,
        category=e["cat"] if e["hours"] and hours else None, holder=holder,
        people=ranked(list(names), "attendee"), title=e["title"], issuer=e["issuer"],
        issued_on=e["issued"].isoformat() if issued else None,
        period={"start": e["start"].isoformat(), "end": e["end"].isoformat()},
        hours_stated=float(e["hours"]) if e["hours"] and hours else None,
    )  # fmt: skip


def _credit_line(e: dict) -> str:
    if not e["hours"]:
        return "培训结束后由主办单位统一出具培训证明。"
    cat = f"{CAT[e['cat']]}" if e["cat"] else "继续教育"
    return f"培训结束经考核合格的，颁发培训证书，计入{cat}{e['hours']}学时。"


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    return globals()[f"_notice_{v}"](ctx, v, _course(ctx))


def _body(e: dict, st: str, audience: str) -> list[str]:
    return [
        f"为进一步提升我市专业技术人员业务能力，经研究，决定举办{e['title']}。现将有关事项通知如下：",
        f"一、培训时间：{P.span(e['start'], e['end'], st)}，{'会期' if e['end'] == e['start'] else '报到时间为首日8:00前'}。",
        f"二、培训地点：{e['place']}。",
        f"三、培训对象：{audience}。",
        f"四、培训内容：{e['topic']}相关政策解读、技术规范及典型案例分析。",
        "五、其他事项：" + _credit_line(e) + "参训人员食宿统一安排，费用回原单位报销。",
    ]


def _sign_off(pg: Page, ctx: Ctx, e: dict, y: float, st: str, size: float = 13) -> float:
    put(pg, ctx, 182, y, e["issuer"], size, "r")
    put(pg, ctx, 182, y + lh(size), P.day(e["issued"], st), size, "r")
    stamp(pg, ctx, 182 - width_mm(e["issuer"], ctx.body, size) / 2, y + 4, e["issuer"])
    return y + 2 * lh(size)


def _notice_redhead(ctx: Ctx, v: str, e: dict) -> Doc:
    st = e["style"]
    pg = Page()
    y = redhead(pg, ctx, e["issuer"], docno(e["issuer"], e["city"], e["prov"], e["issued"].year, ctx.rng))
    y = fit(pg, ctx, y, f"关于举办{e['title']}的通知", 17, 170)
    y = para(pg, ctx, 22, y + 4, 166, "各县（区）相关单位，局属各单位：", 13, 1.9, False)
    for s in _body(e, st, "各单位从事相关工作的专业技术人员，名单见附件"):
        y = para(pg, ctx, 22, y, 166, s, 13, 1.9)
    put(pg, ctx, 22, y + 3, "附件：参训人员名单", 13)
    _sign_off(pg, ctx, e, y + 22, st)
    p2 = Page()
    put(p2, ctx, 20, 20, "附件", 14, bold=True)
    centre(p2, ctx, 32, "参训人员名单", 18, True)
    n = min(len(e["names"]), 10)
    tab = [["序号", "姓名", "工作单位"]] + [[str(i + 1), e["names"][i], e["units"][i]] for i in range(n)]
    p2.table(25, 48, [18, 40, 102], tab, 11, ctx.body, 10, header_font=ctx.bold)
    return _notice_doc(ctx, v, [pg, p2], e, names=e["names"][:n])


def _notice_invite(ctx: Ctx, v: str, e: dict) -> Doc:
    st = e["style"]
    pg = Page()
    pg.rect(0, 0, 210, 18, 0, fill=(150, 25, 30))
    y = centre(pg, ctx, 34, "邀  请  函", 28, True, RED) + 10
    who = e["names"][0]
    put(pg, ctx, 22, y, f"尊敬的{who}同志：", 14)
    y += 12
    text = [
        f"您好！{e['issuer']}定于{P.span(e['start'], e['end'], st)}在{e['place']}举办{e['title']}，"
        f"围绕{e['topic']}开展专题授课和现场交流。",
        "鉴于您在相关领域的专业背景，诚邀您拨冗参加。" + _credit_line(e),
        "请于开班前三日将回执发送至会务组。",
        "期待您的光临！",
    ]
    for s in text:
        y = para(pg, ctx, 22, y, 166, s, 13.5, 2.0)
    _sign_off(pg, ctx, e, y + 30, st, 13.5)
    return _notice_doc(ctx, v, [pg], e, holder=who)


def _notice_agenda(ctx: Ctx, v: str, e: dict) -> Doc:
    rng = ctx.rng
    pg = Page(w=297, h=210)
    y = fit(pg, ctx, 16, e["title"] + "日程安排", 19, 250)
    put(pg, ctx, 148, y, f"主办单位：{e['issuer']}    地点：{e['place']}", 11, "c")
    y += 9
    tab = [["日期", "时间", "内容", "主讲人"]]
    lect = P.people(rng, 6)
    d = e["start"]
    i = 0
    while d <= e["end"]:
        for t in ("8:30-11:30", "14:30-17:30"):
            topic = rng.choice(P.PROFESSIONAL)
            tab.append([P.day(d, "cn") if t.startswith("8") else "", t, topic,
                        f"{lect[i % 6]}  {rng.choice(['教授', '高级工程师', '研究员', '推广研究员'])}"])  # fmt: skip
            i += 1
        d += dt.timedelta(days=1)
    y = pg.table(20, y, [50, 38, 120, 50], tab[:13], 10.5, ctx.body, 10, header_font=ctx.bold)
    note = "备注：" + _credit_line(e)
    put(pg, ctx, 20, y + 5, note, 10.5)
    holder = [n for n in e["names"] if n not in lect][0]
    ink(pg, ctx, 225, 8, f"参训：{holder}", 15)
    return _notice_doc(ctx, v, [pg], e, holder=holder, issued=False)


def _notice_marked(ctx: Ctx, v: str, e: dict) -> Doc:
    st = e["style"]
    pg = Page()
    y = fit(pg, ctx, 30, "通    知", 22, 170)
    y = fit(pg, ctx, y + 2, f"——关于参加{e['title']}的安排", 13, 170, False) + 4
    y = para(pg, ctx, 22, y, 166, "各股室、二级机构：", 13, 1.9, False)
    body = _body(e, st, "各单位技术骨干，每单位报名1至2人")
    for s in body[:1] + body[1:]:
        y = para(pg, ctx, 22, y, 166, s, 13, 1.9)
    _sign_off(pg, ctx, e, y + 18, st)
    holder = e["names"][1]
    ink(pg, ctx, 120, 14, f"已参加 {holder}", 16)
    pg.line(118, 22, 176, 21, 0.4, (28, 45, 130))
    return _notice_doc(ctx, v, [pg], e, holder=holder)


def _notice_wechat(ctx: Ctx, v: str, e: dict) -> Doc:
    pg = Page(w=94, h=206)
    put(pg, ctx, 5, 3, "09:4" + str(ctx.rng.randrange(10)), 8)
    put(pg, ctx, 89, 3, "WiFi 58%", 8, "r")
    put(pg, ctx, 6, 11, "×", 11)
    put(pg, ctx, 88, 11, "···", 11, "r")
    y = pg.wrap(6, 21, 82, f"关于举办{e['title']}的通知", 12.5, ctx.bold, 1.4)
    put(pg, ctx, 6, y + 1, f"{e['issuer'][:12]}  {e['issued'].isoformat()} 河南"
        if e["prov"] == "河南" else f"{e['issuer'][:12]}  {e['issued'].isoformat()} 湖南", 7, color=GREY)  # fmt: skip
    y += 8
    for s in _body(e, "cn", "全市相关专业技术人员"):
        y = pg.wrap(6, y, 82, s, 8.5, ctx.body, 1.65, 6) + 1
    n = min(8, len(e["names"]))
    y = pg.wrap(6, y, 82, "附：首批报名学员名单 " + "、".join(e["names"][:n]), 8.5, ctx.body, 1.65) + 2
    put(pg, ctx, 88, y, e["issuer"], 8.5, "r")
    put(pg, ctx, 88, y + 5, P.day(e["issued"], "cn"), 8.5, "r")
    return _notice_doc(ctx, v, [pg], e, names=e["names"][:n])


def _notice_roster(ctx: Ctx, v: str, e: dict) -> Doc:
    st = e["style"]
    pg = Page()
    n = ctx.rng.randint(3, 5)
    names = e["names"][:n]
    y = fit(pg, ctx, 32, f"关于选派人员参加{e['title']}的通知", 17, 176)
    y = para(pg, ctx, 22, y + 6, 166, "局属各单位：", 13, 1.9, False)
    text = [
        f"根据{e['issuer']}工作安排，{P.span(e['start'], e['end'], st)}在{e['place']}举办{e['title']}。"
        f"经研究，决定选派{'、'.join(names)}等{n}名同志参加。",
        "请参训人员按时报到，认真学习，严格遵守培训纪律。" + _credit_line(e),
        "特此通知。",
    ]
    for s in text:
        y = para(pg, ctx, 22, y, 166, s, 13, 1.9)
    _sign_off(pg, ctx, e, y + 22, st)
    return _notice_doc(ctx, v, [pg], e, names=names)


def _notice_meeting(ctx: Ctx, v: str, e: dict) -> Doc:
    pg = Page()
    e["end"] = e["start"]
    if e["hours"]:
        e["hours"] = 8
    y = centre(pg, ctx, 30, "会 议 通 知", 24, True) + 6
    y = para(pg, ctx, 22, y, 166, "各有关单位：", 13, 1.9, False)
    y = para(pg, ctx, 22, y, 166, f"经研究，定于{P.day(e['start'], 'han')}在{e['place']}召开{e['title']}，"
             "现将有关事项通知如下：", 13, 1.9)  # fmt: skip
    n = min(len(e["names"]), 6)
    items = [
        "一、参会人员：" + "、".join(e["names"][:n]) + "。",
        "二、会议内容：" + e["topic"] + "技术交流与业务培训。",
        "三、有关要求：请参会人员于上午8:30前签到，不得无故缺席。" + _credit_line(e),
    ]
    for s in items:
        y = para(pg, ctx, 22, y, 166, s, 13, 1.9)
    _sign_off(pg, ctx, e, y + 26, "han")
    return _notice_doc(ctx, v, [pg], e, names=e["names"][:n])
