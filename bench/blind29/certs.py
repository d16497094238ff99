"""Draw 29 builders: training certificates, sign-in sheets, notices, qualification certificates, others."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind29 import kit
from bench.blind29.pools import (
    DSTYLES,
    Ctx,
    a_date,
    city_prov,
    county,
    crowd,
    day,
    id_masked,
    later,
    month,
    person_name,
    span,
)  # fmt: skip
from bench.blind29.sectors import PLATFORMS, PUBLIC_TOPICS, SECTORS, UNITS
from bench.generator.truth import person

CATS = ("public", "professional", None)
CAT_WORD = {"public": "公需科目", "professional": "专业科目", None: ""}


def mk(ctx: Ctx, etype: str, fam: str, v: str, pages: list[Page], fields: dict, scored: list[str],
       claim: dict, category: str | None = None) -> Doc:  # fmt: skip
    return Doc(etype, f"{fam}29-{v}", pages, fields, scored, claim, category)


def _ds(ctx: Ctx, allowed: list[str] | None = None) -> str:
    return str(ctx.pick("date", allowed or DSTYLES))


def _trade(ctx: Ctx) -> tuple[str, dict, str, str]:
    sec = str(ctx.pick("sector", list(SECTORS)))
    c = county(ctx.rng)
    unit = ctx.rng.choice(UNITS[sec]).format(c=c)
    return sec, SECTORS[sec], c, unit


# ---- training certificates ------------------------------------------------------------------
def _course(ctx: Ctx, S: dict, cat: str | None, y: int) -> str:
    rng = ctx.rng
    if cat == "public" or (cat is None and rng.random() < 0.3):
        t = rng.choice(PUBLIC_TOPICS)
        return rng.choice([f"{y}年度专业技术人员{t}专题培训", f"{t}专题研修班", f"{t}专题讲座"])
    t = rng.choice(S["topics"])
    return rng.choice([f"{t}培训班", f"{y}年{t}专题培训", f"{t}研修班", f"{y}年度{t}继续教育培训"])


def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("tcert")
    rng = ctx.rng
    sec, S, c, unit = _trade(ctx)
    cat = CATS[(k * 2 + ctx.offset) % 3]
    a = a_date(rng, 2018, 2024)
    b = later(a, 0, 4, rng)
    issued = later(b, 0, 12, rng)
    title = _course(ctx, S, cat, a.year)
    issuer = rng.choice(S["orgs"])
    holder = person_name(rng, set())
    hours = rng.choice([6, 8, 12, 16, 18, 24, 30, 32, 40])
    cw = CAT_WORD[cat]
    st = _ds(ctx)
    f = {"holder": holder, "title": title, "issuer": issuer, "issued_on": issued.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": float(hours)}  # fmt: skip
    sc = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    no = f"{rng.choice(['汴', '益', 'HN', 'JX'])}{a.year}{rng.randint(10000, 99999)}"
    pg = Page()
    if v == "jieye":
        kit.frame_rule(pg, (160, 30, 30))
        pg.text(pg.w - 24, 26, f"编号：{no}", 10, ctx.body, "r")
        y = kit.center(pg, ctx, 48, "结  业  证  书", 30)
        y += 18
        s = (f"{holder}同志于{span(a, b, st)}参加由{issuer}举办的“{title}”" + (f"（{cw}）" if cw else "")
             + f"，完成规定课程{hours}学时，经考核成绩合格，准予结业。")  # fmt: skip
        y = kit.para(pg, ctx, 28, y, pg.w - 56, s, 15)
        y = kit.para(pg, ctx, 28, y + 4, pg.w - 56, "特发此证。", 15)
        kit.signoff(pg, ctx, max(y + 35, 210), [issuer, day(issued, st)], 14, stamp=issuer)
    elif v == "platform":
        plat, _ = rng.choice(PLATFORMS)
        f["issuer"] = issuer = plat
        m0 = rng.randint(1, 6)
        m1 = rng.randint(m0 + 3, 12)
        yy = a.year
        f["period"] = {"start": f"{yy}-{m0:02d}", "end": f"{yy}-{m1:02d}"}
        title = {"public": f"{yy}年度公需科目网络学习", "professional": f"{yy}年度专业科目网络学习",
                 None: f"{yy}年度继续教育网络学习"}[cat]  # fmt: skip
        f["title"] = title
        pool = PUBLIC_TOPICS if cat == "public" else S["topics"]
        courses = rng.sample(pool, 4)
        hs = [rng.choice([2, 3, 4, 6, 8]) for _ in courses]
        hours = sum(hs)
        f["hours_stated"] = float(hours)
        issued = dt.date(yy, m1, rng.randint(1, 28))
        f["issued_on"] = issued.isoformat()
        pg.rect(0, 0, pg.w, 22, 0, fill=(22, 92, 160))
        pg.text(16, 8, plat, 14, ctx.bold, "l", (255, 255, 255))
        y = kit.center(pg, ctx, 36, "学 习 证 明", 20)
        y = kit.rows(
            pg,
            ctx,
            22,
            y + 6,
            [
                ("姓名", holder),
                ("证件号码", id_masked(rng)),
                ("工作单位", unit),
                ("学习项目", title),
                ("学习时间", f"{month(yy, m0, 'nian0')}—{month(yy, m1, 'nian0')}"),
            ],
            11.5,
        )
        head = ["序号", "课程名称", "学时"] + (["类别"] if cat else []) + ["考核"]
        ws = [14, 96, 18] + ([26] if cat else []) + [16]
        body = [
            [str(i + 1), cn, str(h)] + ([cw] if cat else []) + ["合格"]
            for i, (cn, h) in enumerate(zip(courses, hs, strict=True))
        ]
        y = pg.table(
            22,
            y + 4,
            ws,
            [head] + body + [["", "合计", str(hours)] + ([""] if cat else []) + [""]],
            10.5,
            ctx.body,
            9.0,
        )
        pg.text(
            22,
            y + 10,
            f"打印时间：{issued.isoformat()} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
            10,
            ctx.body,
        )
        kit.signoff(pg, ctx, y + 24, [plat], 11.5, stamp=plat)
        pg.text(22, pg.h - 24, "本证明可登录平台扫码核验真伪。", 9, ctx.body, "l", kit.GREY)
    elif v == "wide":
        pg = Page(w=297, h=210)
        kit.frame_rule(pg, (150, 110, 40), double=True)
        y = kit.center(pg, ctx, 30, "培训合格证书", 30)
        pg.text(40, y + 10, f"{holder}：", 17, ctx.body)
        s = (f"你于{span(a, b, st)}参加{title}" + (f"（{cw}）" if cw else "")
             + f"，学习{hours}学时，成绩合格，特发此证。")  # fmt: skip
        kit.para(pg, ctx, 40, y + 24, pg.w - 80, s, 16)
        f["issued_on"] = f"{issued.year}-{issued.month:02d}"
        mst = st if st in ("hanzi", "hanzi_o", "nian") else "hanzi"
        kit.signoff(
            pg, ctx, 150, [issuer, month(issued.year, issued.month, mst)], 14, xr=pg.w - 40, stamp=issuer
        )
        pg.text(40, 178, f"证书编号：{no}", 10.5, ctx.body)
    elif v == "unitletter":
        f["issuer"] = issuer = unit
        dept = rng.choice(S["depts"])
        y = kit.center(pg, ctx, 40, "继续教育学时证明", 22)
        s = (f"兹证明{holder}同志（身份证号：{id_masked(rng)}）系我单位{dept}在职专业技术人员，于{span(a, b, st)}"
             f"参加了我单位组织的{title}" + (f"（{cw}）" if cw else "")
             + f"，全程参训，累计{hours}学时。")  # fmt: skip
        y = kit.para(pg, ctx, 26, y + 14, pg.w - 52, s, 14)
        y = kit.para(pg, ctx, 26, y + 3, pg.w - 52, "特此证明。", 14)
        kit.signoff(pg, ctx, y + 30, [unit, day(issued, st)], 13.5, stamp=unit)
        pg.text(26, y + 70, "经办人：", 12, ctx.body)
        kit.ink(pg, ctx, 46, y + 69, person_name(rng, {holder}), 14)
        pg.text(
            26, y + 80, f"联系电话：0{rng.choice([371, 737])}-{rng.randint(2000000, 8999999)}", 12, ctx.body
        )
    elif v == "screen":
        pg = kit.screen_page()
        y = kit.phone_bar(pg, ctx, "我的证书")
        pg.rect(6, y, pg.w - 6, y + 128, 0.3, (200, 170, 110), fill=(255, 252, 240))
        kit.center(pg, ctx, y + 6, "电子培训证书", 14)
        st2 = _ds(ctx, ["iso", "nian0", "dotted0"])
        pairs = [("证书编号", no), ("姓　　名", holder), ("培训项目", ""), ("培训时间", ""), ("学　　时", f"{hours}"),
                 ("发证机构", ""), ("发证日期", day(issued, st2))]  # fmt: skip
        yy = y + 18
        for lab, val in pairs:
            pg.text(10, yy, lab, 8.5, ctx.body, "l", kit.GREY)
            if lab == "培训项目":
                yy = pg.wrap(30, yy, pg.w - 40, title + (f"（{cw}）" if cw else ""), 8.5, ctx.body, 1.5) - 4.5
            elif lab == "培训时间":
                pg.text(30, yy, day(a, st2), 8.5, ctx.body)
                yy += 4.5
                pg.text(30, yy, "至" + day(b, st2), 8.5, ctx.body)
            elif lab == "发证机构":
                yy = pg.wrap(30, yy, pg.w - 40, issuer, 8.5, ctx.body, 1.5) - 4.5
            else:
                pg.text(30, yy, val, 8.5, ctx.body)
            yy += 8
        kit.seal(pg, ctx, pg.w - 26, y + 108, issuer, 12)
        pg.text(pg.w / 2, y + 140, "长按图片可保存到相册", 8, ctx.body, "c", kit.GREY)
    elif v == "blankform":
        kit.frame_rule(pg, (40, 90, 60))
        y = kit.center(pg, ctx, 44, "培 训 证 书", 28)
        y += 20
        x = kit.fill_line(pg, ctx, 26, y, [(holder, True), ("同志：", False)], 14)
        y += 14
        kit.fill_line(pg, ctx, 34, y, [("于", False), (str(a.year), True), ("年", False), (str(a.month), True),
                                       ("月", False), (str(a.day), True), ("日至", False), (str(b.year), True),
                                       ("年", False), (str(b.month), True), ("月", False), (str(b.day), True),
                                       ("日参加", False)], 14)  # fmt: skip
        y += 14
        y = kit.para(pg, ctx, 26, y, pg.w - 52, title + (f"（{cw}）" if cw else ""), 14, indent=False)
        y += 4
        kit.fill_line(
            pg, ctx, 26, y, [("共计", False), (str(hours), True), ("学时，考核合格，特发此证。", False)], 14
        )
        y += 40
        kit.signoff(pg, ctx, y, [issuer, day(issued, "nian")], 13.5, stamp=issuer)
        pg.text(26, pg.h - 40, f"证号：{no}", 10, ctx.body)
        del x
    elif v == "faxed":
        kit.fax_strip(pg, ctx, issuer, kit.fax_time(later(issued, 1, 60, rng), rng))
        y = kit.center(pg, ctx, 40, "培训证明", 22)
        pairs = [("姓　　名", holder), ("工作单位", unit), ("培训内容", title + (f"（{cw}）" if cw else "")),
                 ("培训时间", span(a, b, st, "—")), ("培训学时", f"{hours}学时"), ("考核结果", "合格")]  # fmt: skip
        y = kit.rows(pg, ctx, 28, y + 14, pairs, 13, col=30, gap=2.4)
        kit.signoff(pg, ctx, y + 24, [f"主办单位：{issuer}", day(issued, st)], 13, stamp=issuer)
    else:  # booklet: one filled row of a registration booklet
        f["issued_on"] = None
        sc.remove("issued_on")
        pg = Page(w=297, h=210)
        y = kit.center(pg, ctx, 18, "专业技术人员继续教育登记", 18)
        y = kit.rows(pg, ctx, 14, y + 4, [("姓名", holder), ("工作单位", unit)], 12, gap=1.9)
        head = ["起止日期", "培训内容", "类别", "学时", "施教机构"]
        cell_d = f"{day(a, 'dotted')}—{day(b, 'dotted')}"
        first = [cell_d, title, cw or "", str(hours), issuer]
        rowsd = [head, first] + [[""] * 5 for _ in range(6)]
        yt = y + 2
        pg.table(12, yt, [44, 120, 24, 16, 66], rowsd, 9.5, ctx.body, 17.0)
        kit.seal(pg, ctx, 12 + 44 + 120 + 24 + 16 + 33, yt + 26, issuer, 14)
        pg.text(12, pg.h - 14, "注：每次培训结束后由施教机构登记并盖章。", 9.5, ctx.body)
    f["title"], f["issuer"] = title, issuer
    claim = {"person": holder, "year": a.year}
    return mk(ctx, "training_certificate", "tcert", v, [pg], f, sc, claim, cat)


# ---- sign-in sheets -------------------------------------------------------------------------
def _event(ctx: Ctx, S: dict, y: int) -> str:
    t = ctx.rng.choice(S["topics"] + PUBLIC_TOPICS[:3])
    return str(ctx.pick("event", [f"{t}培训会", f"{t}专题讲座", f"{y}年{t}业务培训", f"{t}技术交流会",
                                  f"{t}现场观摩会"]))  # fmt: skip


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign")
    rng = ctx.rng
    sec, S, c, unit = _trade(ctx)
    d = a_date(rng, 2018, 2024)
    d2 = d if v != "twoday" else later(d, 1, 1, rng)
    title = _event(ctx, S, d.year)
    issuer = rng.choice(S["orgs"] + [unit])
    n = rng.randint(20, 27) if v == "paged" else rng.randint(9, 15)
    ppl = crowd(rng, n)
    units = [rng.choice(UNITS[sec]).format(c=county(rng)) for _ in ppl]
    st = _ds(ctx)
    place = rng.choice(["三楼会议室", "学术报告厅", "综合楼二楼培训室", "多功能厅", f"{c}党群服务中心"])
    ranks = list(range(1, n + 1))
    pages = [Page()]
    pg = pages[0]
    if v == "ruled":
        y = kit.center(pg, ctx, 20, f"{title}签到表", 16)
        pg.text(14, y + 2, f"主办单位：{issuer}", 10.5, ctx.body)
        pg.text(14, y + 9, f"时间：{day(d, st)}　　地点：{place}", 10.5, ctx.body)
        rws = [["序号", "姓名", "工作单位", "职称", "本人签名"]]
        rws += [
            [str(i + 1), p, u, rng.choice(S["ranks"]), ""]
            for i, (p, u) in enumerate(zip(ppl, units, strict=True))
        ]
        y0 = y + 17
        pg.table(12, y0, [14, 26, 76, 30, 40], rws, 9.5, ctx.body, 10.0)
        for i, p in enumerate(ppl):
            kit.ink(pg, ctx, 12 + 146 + 8 + rng.uniform(0, 6), y0 + 10 * (i + 1) + 1.5, p, 12)
    elif v == "splitcols":
        y = kit.center(pg, ctx, 20, "签  到  表", 20)
        y = kit.rows(
            pg, ctx, 16, y + 2, [("培训名称", title), ("主办单位", issuer), ("培训日期", day(d, st))], 11
        )
        m = (n + 1) // 2
        left = [["序号", "姓名", "签名"]] + [[str(i + 1), ppl[i], ""] for i in range(m)]
        right = [["序号", "姓名", "签名"]] + [[str(m + i + 1), ppl[m + i], ""] for i in range(n - m)]
        right += [["", "", ""]] * (len(left) - len(right))
        pg.table(14, y + 4, [12, 26, 50], left, 10, ctx.body, 11.0)
        pg.table(108, y + 4, [12, 26, 50], right, 10, ctx.body, 11.0)
        for i, p in enumerate(ppl):
            x0 = 14 if i < m else 108
            r = i if i < m else i - m
            kit.ink(pg, ctx, x0 + 44 + rng.uniform(0, 8), y + 4 + 11 * (r + 1) + 2, p, 13)
    elif v == "minutes":
        y = kit.center(pg, ctx, 26, "会 议 记 录", 20)
        y = kit.rows(pg, ctx, 22, y + 8, [("会议名称", title), ("组织单位", issuer), ("会议时间", day(d, st)),
                                          ("会议地点", place)], 12, col=26, gap=2.2)  # fmt: skip
        pg.text(22, y, "参加人员：", 12, ctx.body)
        y = kit.para(pg, ctx, 48, y, pg.w - 70, "、".join(ppl), 12, indent=False)
        pg.text(22, y + 3, "会议内容：", 12, ctx.body)
        txt = (f"一、传达上级关于{rng.choice(S['topics'])}工作的有关要求；二、由专家围绕会议主题进行专题辅导，"
               "结合本地实际讲解了操作规范和常见问题；三、参会人员交流讨论，并就下一步工作进行安排部署。")  # fmt: skip
        y = kit.para(pg, ctx, 22, y + 11, pg.w - 44, txt, 12)
        kit.signoff(pg, ctx, y + 20, [issuer, day(d, st)], 12, stamp=issuer)
    elif v == "wide":
        pg = pages[0] = Page(w=297, h=210)
        y = kit.center(pg, ctx, 14, f"{title}签到表", 16)
        pg.text(14, y + 1, f"主办：{issuer}    日期：{day(d, st)}    地点：{place}", 10, ctx.body)
        rws = [["序号", "姓名", "性别", "科室/部门", "职称", "联系电话", "签到时间", "签退时间"]]
        for i, p in enumerate(ppl):
            rws.append([str(i + 1), p, rng.choice("男女"), rng.choice(S["depts"]), rng.choice(S["ranks"]),
                        f"1{rng.choice('35789')}{rng.randint(0, 9)}****{rng.randint(1000, 9999)}", "", ""])  # fmt: skip
        y0 = y + 8
        pg.table(14, y0, [14, 28, 14, 40, 32, 44, 44, 44], rws, 9.5, ctx.body, 10.0)
        for i in range(n):
            kit.ink(
                pg,
                ctx,
                14 + 172 + 12,
                y0 + 10 * (i + 1) + 2,
                f"{rng.randint(7, 8)}:{rng.randint(10, 59)}",
                11,
            )
            kit.ink(
                pg,
                ctx,
                14 + 216 + 12,
                y0 + 10 * (i + 1) + 2,
                f"{rng.randint(16, 17)}:{rng.randint(0, 40):02d}",
                11,
            )
    elif v == "twoday":
        y = kit.center(pg, ctx, 20, "学员签到册", 18)
        y = kit.rows(pg, ctx, 14, y + 2, [("班次名称", title), ("举办单位", issuer),
                                          ("培训时间", span(d, d2, st, "—"))], 11)  # fmt: skip
        dd = [f"{d.month}月{d.day}日", f"{d2.month}月{d2.day}日"]
        rws = [["序号", "姓名", "单位", f"{dd[0]}上午", f"{dd[0]}下午", f"{dd[1]}上午", f"{dd[1]}下午"]]
        rws += [[str(i + 1), p, u, "", "", "", ""] for i, (p, u) in enumerate(zip(ppl, units, strict=True))]
        y0 = y + 4
        pg.table(8, y0, [12, 24, 62, 24, 24, 24, 24], rws, 9, ctx.body, 10.0)
        for i in range(n):
            for j in range(4):
                if rng.random() < 0.93:
                    kit.ink(pg, ctx, 8 + 98 + 24 * j + 9, y0 + 10 * (i + 1) + 1.5, "√", 13)
    elif v == "inked":
        y = kit.center(pg, ctx, 22, title, 16)
        y = kit.center(pg, ctx, y, "签到表", 16)
        pg.text(16, y + 2, f"主办单位：{issuer}", 11, ctx.body)
        pg.text(120, y + 2, "日期：", 11, ctx.body)
        kit.ink(pg, ctx, 133, y + 1, day(d, "nian"), 13)
        y0 = y + 12
        rws = [["序号", "姓  名", "单  位", "备注"]] + [[str(i + 1), "", "", ""] for i in range(n + 3)]
        pg.table(16, y0, [16, 40, 92, 30], rws, 10.5, ctx.body, 11.0)
        for i, (p, u) in enumerate(zip(ppl, units, strict=True)):
            kit.ink(pg, ctx, 36 + rng.uniform(0, 10), y0 + 11 * (i + 1) + 2, p, 14)
            kit.ink(pg, ctx, 76, y0 + 11 * (i + 1) + 2.5, u, 11)
    else:  # paged
        y = kit.center(pg, ctx, 20, f"{title}签到表", 15)
        pg.text(14, y + 2, f"主办单位：{issuer}", 10.5, ctx.body)
        pg.text(120, y + 2, f"时间：{day(d, st)}", 10.5, ctx.body)
        head = ["序号", "姓名", "工作单位", "签名"]
        cut = 16
        rws1 = [head] + [[str(i + 1), ppl[i], units[i], ""] for i in range(cut)]
        pg.table(14, y + 10, [16, 30, 90, 46], rws1, 10, ctx.body, 12.0)
        for i in range(cut):
            kit.ink(pg, ctx, 14 + 136 + 8, y + 10 + 12 * (i + 1) + 2.5, ppl[i], 13)
        pg.text(pg.w / 2, pg.h - 14, "第 1 页  共 2 页", 9, ctx.body, "c")
        p2 = Page()
        pages.append(p2)
        rws2 = [head] + [[str(i + 1), ppl[i], units[i], ""] for i in range(cut, n)]
        p2.table(14, 20, [16, 30, 90, 46], rws2, 10, ctx.body, 12.0)
        for j, i in enumerate(range(cut, n)):
            kit.ink(p2, ctx, 14 + 136 + 8, 20 + 12 * (j + 1) + 2.5, ppl[i], 13)
        p2.text(p2.w / 2, p2.h - 14, "第 2 页  共 2 页", 9, ctx.body, "c")
    people = [person(p, r, "attendee") for p, r in zip(ppl, ranks, strict=True)]
    f = {"holder": None, "people": people, "title": title, "issuer": issuer,
         "period": {"start": d.isoformat(), "end": d2.isoformat()}}  # fmt: skip
    sc = ["title", "issuer", "period.start", "period.end", "people"]
    claim = {"person": ppl[rng.randrange(n)], "year": d.year}
    return mk(ctx, "sign_in_sheet", "sign", v, pages, f, sc, claim)


# ---- training notices -----------------------------------------------------------------------
DOC_NO = {"health": "卫科教", "school": "教师", "water": "水建", "farm": "农科", "build": "建培"}


def _attendee_table(pg: Page, ctx: Ctx, y: float, names: list[str], units: list[str]) -> float:
    rws = [["序号", "姓名", "工作单位", "联系电话"]]
    rws += [[str(i + 1), p, u, f"13{ctx.rng.randint(0, 9)}{ctx.rng.randint(10000000, 99999999)}"]
            for i, (p, u) in enumerate(zip(names, units, strict=True))]  # fmt: skip
    return pg.table(18, y, [14, 30, 88, 42], rws, 10, ctx.body, 9.5)


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    rng = ctx.rng
    sec, S, c, unit = _trade(ctx)
    a = a_date(rng, 2018, 2024)
    b = later(a, 1, 4, rng)
    issued = a - dt.timedelta(days=rng.randint(6, 30))
    topic = rng.choice(S["topics"])
    title = str(ctx.pick("ntitle", [f"{a.year}年{topic}培训班", f"{topic}培训班", f"全市{topic}业务培训",
                                    f"{topic}高级研修班"]))  # fmt: skip
    issuer = rng.choice(S["orgs"])
    hours = (b - a).days * rng.choice([6, 8]) + rng.choice([0, 4])
    st = _ds(ctx)
    nst = str(ctx.pick("nst", ["hanzi", "hanzi_o", "nian"]))
    city, prov = city_prov(c)
    sc = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    holder, people = None, []
    pages = [Page()]
    pg = pages[0]
    addressee = rng.choice([f"各县（区）{'有关单位'}：", "各有关单位：", f"{city}直各有关单位："])
    intro = (f"为进一步提升全市{rng.choice(['专业技术人员', '基层技术人员', '一线骨干'])}业务水平，"
             f"根据年度继续教育工作安排，经研究，决定举办{title}。现将有关事项通知如下：")  # fmt: skip
    venue = rng.choice([f"{city}职工培训中心", f"{c}会议中心", f"{issuer}培训楼", f"{city}宾馆会议室"])

    def body(pg: Page, y: float, w: float = 164, x: float = 23, size: float = 12.5) -> float:
        secs = [("一、培训时间", f"{span(a, b, st)}（{a.month}月{a.day}日上午8:30报到）。"),
                ("二、培训地点", f"{venue}。"),
                ("三、培训对象", f"各单位从事相关工作的专业技术人员，每单位{rng.randint(1, 3)}名。"),
                ("四、培训内容", f"{topic}相关政策解读、技术规范及典型案例分析。"),
                ("五、其他事项", f"培训期间统一安排食宿，费用由{issuer}承担；学员完成全部课程并考核合格，"
                               f"记继续教育{hours}学时。")]  # fmt: skip
        for h, t in secs:
            pg.text(x + 8, y, h, size, ctx.bold)
            y = kit.para(pg, ctx, x, y + kit.lh(size), w, t, size)
        return y

    if v == "redhead":
        pg.text(pg.w / 2, 22, f"{issuer}文件", 24, ctx.bold, "c", kit.RED)
        pg.text(pg.w / 2, 42, f"{DOC_NO[sec]}〔{issued.year}〕{rng.randint(3, 60)}号", 12, ctx.body, "c")
        pg.line(20, 50, pg.w - 20, 50, 0.9, kit.RED)
        y = kit.center(pg, ctx, 58, f"关于举办{title}的通知", 16)
        pg.text(23, y + 4, addressee, 12.5, ctx.body)
        y = kit.para(pg, ctx, 23, y + 12, 164, intro, 12.5)
        y = body(pg, y)
        pg.text(23, y + 3, "附件：参训人员名单", 12.5, ctx.body)
        kit.signoff(pg, ctx, y + 20, [issuer, day(issued, nst)], 12.5, stamp=issuer)
        p2 = Page()
        pages.append(p2)
        p2.text(20, 20, "附件", 13, ctx.bold)
        kit.center(p2, ctx, 30, "参训人员名单", 16)
        nm = crowd(rng, rng.randint(5, 10))
        _attendee_table(p2, ctx, 44, nm, [rng.choice(UNITS[sec]).format(c=county(rng)) for _ in nm])
        people = [person(p, i + 1, "attendee") for i, p in enumerate(nm)]
    elif v == "invite":
        holder = person_name(rng, set())
        kit.frame_rule(pg, (180, 40, 40))
        y = kit.center(pg, ctx, 34, "邀  请  函", 26, color=kit.RED)
        pg.text(24, y + 10, f"尊敬的{holder}{rng.choice(['同志', '老师', '主任', '工程师'])}：", 14, ctx.body)
        s = (f"兹定于{span(a, b, st)}在{venue}举办{title}。您在该领域具有丰富的实践经验，"
             f"特邀请您拨冗参加。本次培训共{hours}学时，培训结束后颁发结业证书。")  # fmt: skip
        y = kit.para(pg, ctx, 24, y + 22, pg.w - 48, s, 14)
        y = kit.para(pg, ctx, 24, y + 2, pg.w - 48, "敬请届时光临！", 14)
        kit.signoff(pg, ctx, y + 26, [issuer, day(issued, st)], 13.5, stamp=issuer)
    elif v == "agenda":
        y = kit.center(pg, ctx, 20, title, 16)
        y = kit.center(pg, ctx, y, "日程安排", 15)
        pg.text(18, y + 2, f"主办单位：{issuer}", 11, ctx.body)
        pg.text(18, y + 9, f"培训时间：{span(a, b, st)}　　地点：{venue}", 11, ctx.body)
        rws = [["日期", "时间", "内容", "学时"]]
        n_days = (b - a).days + 1
        per = []
        for i in range(n_days):
            dd = a + dt.timedelta(days=i)
            for half, tm in (("上午", "8:30-11:30"), ("下午", "14:30-17:30")):
                h = rng.choice([3, 4])
                per.append(h)
                rws.append([f"{dd.month}月{dd.day}日{half}", tm, rng.choice(S["topics"]), str(h)])
        hours = sum(per)
        pg.table(18, y + 17, [32, 28, 100, 14], rws, 9.5, ctx.body, 9.0)
        yb = y + 17 + 9 * len(rws)
        pg.text(18, yb + 4, f"合计：{hours}学时", 11, ctx.body)
        pg.text(18, yb + 12, f"印发日期：{day(issued, st)}", 11, ctx.body)
        holder = person_name(rng, set())
        kit.ink(pg, ctx, 120, yb + 22, f"参会人：{holder}", 15)
    elif v == "wechat":
        pg = pages[0] = kit.screen_page(230)
        y = kit.phone_bar(pg, ctx, "公众号文章")
        y = pg.wrap(6, y, pg.w - 12, f"关于举办{title}的通知", 12, ctx.bold, 1.45) + 2
        pg.text(6, y, f"{issuer}  {day(issued, 'iso')}", 7.5, ctx.body, "l", kit.GREY)
        y += 8
        s = (f"{addressee}经研究，定于{span(a, b, st)}在{venue}举办{title}，现将有关事项通知如下。"
             f"培训对象为各单位相关专业技术人员；培训合格者记继续教育{hours}学时。")  # fmt: skip
        y = pg.wrap(6, y, pg.w - 12, s, 8.5, ctx.body, 1.6)
        pg.text(6, y + 3, "附：首批报名人员", 8.5, ctx.bold)
        nm = crowd(rng, rng.randint(4, 8))
        y += 9
        for i, p in enumerate(nm):
            pg.text(8, y, f"{i + 1}. {p}", 8.5, ctx.body)
            y += 5
        people = [person(p, i + 1, "attendee") for i, p in enumerate(nm)]
        pg.text(
            6,
            y + 4,
            "阅读 " + str(rng.randint(300, 9000)) + "   在看 " + str(rng.randint(3, 80)),
            7.5,
            ctx.body,
            "l",
            kit.GREY,
        )
    elif v == "annotated":
        y = kit.center(pg, ctx, 30, "通  知", 20)
        pg.text(23, y + 6, addressee, 12.5, ctx.body)
        y = kit.para(pg, ctx, 23, y + 14, 164, intro, 12.5)
        y = body(pg, y)
        kit.signoff(pg, ctx, y + 14, [issuer, day(issued, st)], 12.5, stamp=issuer)
        holder = person_name(rng, set())
        kit.ink(pg, ctx, 118, 16, f"已参加  {holder}", 15)
    elif v == "faxlist":
        kit.fax_strip(pg, ctx, issuer, kit.fax_time(issued, rng))
        y = kit.center(pg, ctx, 22, f"关于举办{title}的通知", 15)
        pg.text(23, y + 4, addressee, 11.5, ctx.body)
        y = kit.para(pg, ctx, 23, y + 12, 164, intro, 11.5)
        y = body(pg, y, size=11.5)
        y = kit.signoff(pg, ctx, y + 6, [issuer, day(issued, st)], 11.5, stamp=issuer)
        pg.text(23, y + 2, "参训人员：", 11.5, ctx.bold)
        nm = crowd(rng, rng.randint(3, 6))
        _attendee_table(pg, ctx, y + 10, nm, [unit] * len(nm))
        people = [person(p, i + 1, "attendee") for i, p in enumerate(nm)]
    else:  # monthplan: only the month of the training is given, reply slip filled by hand
        sc.remove("hours_stated")
        y = kit.center(pg, ctx, 26, f"关于举办{title}的预通知", 16)
        pg.text(23, y + 6, addressee, 12.5, ctx.body)
        s = (f"根据{a.year}年度继续教育培训计划，我单位拟于{month(a.year, a.month, st)}举办{title}，"
             "具体时间及地点另行通知。请各单位做好人员安排，并于规定时间内将回执报送至联系人。")  # fmt: skip
        y = kit.para(pg, ctx, 23, y + 14, 164, s, 12.5)
        y = kit.signoff(pg, ctx, y + 12, [issuer, day(issued, st)], 12.5, stamp=issuer)
        pg.line(15, y + 8, pg.w - 15, y + 8, 0.3)
        kit.center(pg, ctx, y + 14, "回    执", 14)
        holder = person_name(rng, set())
        yy = y + 28
        kit.fill_line(
            pg, ctx, 24, yy, [("姓名：", False), (holder, True), ("   单位：", False), (unit, True)], 12
        )
        kit.fill_line(pg, ctx, 24, yy + 12, [("职称：", False), (rng.choice(S["ranks"]), True)], 12)
        hours = None
        a_s, b_s = f"{a.year}-{a.month:02d}", f"{a.year}-{a.month:02d}"
    period = (
        {"start": a.isoformat(), "end": b.isoformat()} if v != "monthplan" else {"start": a_s, "end": b_s}
    )
    f = {"holder": holder, "people": people, "title": title, "issuer": issuer, "issued_on": issued.isoformat(),
         "period": period, "hours_stated": float(hours) if hours is not None else None}  # fmt: skip
    who = holder or people[rng.randrange(len(people))]["name"]
    return mk(ctx, "training_notice", "notice", v, pages, f, sc, {"person": who, "year": a.year})


# ---- qualification certificates -------------------------------------------------------------
UNIS = [
    ("河南大学", "开封"), ("黄河科技学院", "郑州"), ("河南农业大学", "郑州"), ("华北水利水电大学", "郑州"),
    ("湖南师范大学", "长沙"), ("湖南城市学院", "益阳"), ("湖南农业大学", "长沙"), ("长沙理工大学", "长沙"),
    ("开封大学", "开封"), ("益阳医学高等专科学校", "益阳"),
]  # fmt: skip
MAJORS = [
    ("临床医学", "医学"), ("护理学", "医学"), ("汉语言文学", "文学"), ("数学与应用数学", "理学"), ("水利水电工程", "工学"),
    ("农业资源与环境", "农学"), ("土木工程", "工学"), ("学前教育", "教育学"), ("作物栽培学与耕作学", "农学"),
    ("水文学及水资源", "工学"), ("公共卫生", "医学"), ("植物保护", "农学"),
]  # fmt: skip
SELF_COURSES = ["中国近现代史纲要", "马克思主义基本原理概论", "英语（二）", "现代汉语", "古代汉语", "教育学（一）",
                "心理学", "中国古代文学作品选（一）", "外国文学史", "管理学原理", "高等数学（工本）", "计算机应用基础"]  # fmt: skip
PC_MODULES = ["Word 2016中文字处理", "Excel 2016中文电子表格", "PowerPoint 2016中文演示文稿", "Windows 7操作系统",
              "Internet应用", "AutoCAD 2014制图软件", "Photoshop CS5图像处理"]  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    rng = ctx.rng
    holder = person_name(rng, set())
    sex = rng.choice("男女")
    uni, _ = rng.choice(UNIS)
    major, field_ = rng.choice(MAJORS)
    y1 = rng.randint(2005, 2024)
    birth = dt.date(y1 - rng.randint(22, 27), rng.randint(1, 12), rng.randint(1, 28))
    st = _ds(ctx, ["nian", "hanzi", "hanzi_o", "nian0"])
    issued = dt.date(y1, rng.choice([6, 7]), rng.randint(20, 30))
    no = f"{rng.randint(10000, 14999)}{y1}{rng.randint(10, 99)}{rng.randint(100000, 999999)}"
    kind, subject, modules, issuer = "graduation", major, None, uni
    sc = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    iss = issued.isoformat()
    pg = Page()
    sign_name = person_name(rng, {holder})
    if v == "diploma":
        kit.frame_rule(pg, (120, 80, 30), double=True)
        kit.center(pg, ctx, 34, "普通高等学校", 16)
        kit.center(pg, ctx, 46, "毕 业 证 书", 28)
        pg.rect(pg.w - 60, 70, pg.w - 30, 110, 0.3, kit.GREY)
        s = (f"学生{holder}，性别{sex}，{day(birth, 'nian')}生，于{y1 - 4}年9月至{y1}年{issued.month}月在本校"
             f"{major}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
        y = kit.para(pg, ctx, 28, 122, pg.w - 56, s, 14)
        pg.text(28, y + 16, f"校    名：{uni}", 13, ctx.body)
        pg.text(28, y + 26, "校（院）长：", 13, ctx.body)
        kit.ink(pg, ctx, 60, y + 25, sign_name, 16)
        pg.text(28, y + 36, f"证书编号：{no}", 12, ctx.body)
        pg.text(pg.w - 30, y + 36, day(issued, st), 13, ctx.body, "r")
        kit.seal(pg, ctx, pg.w - 55, y + 24, uni)
    elif v in ("master", "doctor"):
        kind = "master_degree" if v == "master" else "doctor_degree"
        word = "硕士" if v == "master" else "博士"
        pg = Page(w=297, h=210) if v == "doctor" else Page()
        kit.frame_rule(pg, (150, 30, 40), double=v == "doctor")
        kit.center(pg, ctx, 30, f"{word}学位证书", 28)
        s = (f"{holder}，{sex}，{month(birth.year, birth.month, 'nian')}生。在{uni}{major}学科（专业）"
             f"已通过{word}学位的课程考试和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，"
             f"授予{field_}{word}学位。")  # fmt: skip
        y = kit.para(pg, ctx, 36, 66 if v == "doctor" else 80, pg.w - 72, s, 15)
        pg.text(pg.w - 40, y + 18, f"{uni}学位评定委员会", 13, ctx.body, "r")
        pg.text(pg.w - 80, y + 28, "主席", 13, ctx.body, "r")
        kit.ink(pg, ctx, pg.w - 78, y + 27, sign_name, 16)
        if v == "doctor":
            issued_s = month(y1, issued.month, "hanzi")
            iss = f"{y1}-{issued.month:02d}"
        else:
            issued_s = day(issued, st)
        pg.text(pg.w - 40, y + 40, issued_s, 13, ctx.body, "r")
        pg.text(36, pg.h - 26, f"证书编号：{no}", 11, ctx.body)
        kit.seal(pg, ctx, pg.w - 66, y + 26, f"{uni}学位评定委员会")
    elif v == "pgclass":
        kind = "postgraduate_courses"
        y0 = y1 - 2
        kit.frame_rule(pg, (60, 80, 140))
        kit.center(pg, ctx, 40, "研究生课程进修班", 18)
        kit.center(pg, ctx, 52, "结 业 证 书", 26)
        s = (f"{holder}同志于{y0}年9月至{y1}年{issued.month}月参加我校{major}专业研究生课程进修班学习，"
             "修完规定的全部学位课程，考试成绩合格，准予结业。")  # fmt: skip
        y = kit.para(pg, ctx, 28, 90, pg.w - 56, s, 14.5)
        kit.signoff(pg, ctx, y + 30, [uni, day(issued, st)], 13.5, stamp=uni)
        issuer = uni
        pg.text(28, pg.h - 34, f"证书编号：{no[:12]}", 11, ctx.body)
    elif v == "selfexam":
        kind = "self_study_exam"
        prov = rng.choice(["河南省", "湖南省"])
        issuer = f"{prov}高等教育自学考试委员会"
        mods = rng.sample(SELF_COURSES, rng.randint(1, 3))
        modules = mods
        sc.append("qualification.modules")
        subject = rng.choice(["汉语言文学", "学前教育", "行政管理", "计算机科学与技术", "护理学"])
        y = kit.center(pg, ctx, 30, "高等教育自学考试", 16)
        y = kit.center(pg, ctx, y + 2, "单科合格证书", 24)
        y = kit.rows(pg, ctx, 26, y + 10, [("姓    名", holder), ("准考证号", f"0{rng.randint(10000000000, 99999999999)}"),
                                           ("专    业", subject)], 12.5, gap=2.2)  # fmt: skip
        rws = [["课程代码", "课程名称", "成绩", "考试时间"]]
        for m_ in mods:
            ey = rng.randint(y1 - 2, y1)
            rws.append(
                [
                    f"{rng.randint(10, 13000):05d}",
                    m_,
                    str(rng.randint(60, 92)),
                    f"{ey}年{rng.choice([4, 10])}月",
                ]
            )
        y = pg.table(26, y + 4, [26, 78, 18, 36], rws, 10.5, ctx.body, 10.0)
        issued = dt.date(y1, rng.choice([5, 11, 12]), rng.randint(1, 28))
        iss = issued.isoformat()
        kit.signoff(pg, ctx, y + 26, [issuer, day(issued, st)], 12.5, stamp=issuer)
    elif v == "computer":
        kind = "computer_exam"
        issuer = "人力资源社会保障部人事考试中心"
        mods = [rng.choice(PC_MODULES)]
        modules, subject = mods, None
        sc.remove("qualification.subject")
        sc.append("qualification.modules")
        pg = Page(w=210, h=148)
        kit.frame_rule(pg, (30, 100, 150))
        y = kit.center(pg, ctx, 18, "全国专业技术人员计算机应用能力考试", 14)
        y = kit.center(pg, ctx, y, "合 格 证 书", 22)
        issued = dt.date(y1, rng.randint(1, 12), rng.randint(1, 28))
        iss = issued.isoformat()
        y = kit.rows(pg, ctx, 24, y + 4, [("姓　　名", holder), ("证件号码", id_masked(rng)),
                                          ("考试科目", mods[0]), ("考试成绩", "合格"),
                                          ("管理号", f"{y1}{rng.randint(10**9, 10**10 - 1)}"),
                                          ("发证日期", day(issued, st))], 11.5, gap=2.1)  # fmt: skip
        pg.text(pg.w - 24, y + 2, issuer, 11, ctx.body, "r")
        kit.seal(pg, ctx, pg.w - 48, y - 2, issuer, 16)
    else:  # oldstyle: a junior-college diploma dated by month in Chinese numerals
        y1 = rng.randint(2002, 2012)
        uni = issuer = rng.choice(["开封大学", "益阳职业技术学院", "河南水利与环境职业学院", "湖南环境生物职业技术学院",
                                   "益阳医学高等专科学校"])  # fmt: skip
        birth = dt.date(y1 - 21, rng.randint(1, 12), 1)
        mm = rng.choice([6, 7])
        iss = f"{y1}-{mm:02d}"
        kit.frame_rule(pg, (90, 60, 30))
        kit.center(pg, ctx, 30, "毕业证书", 28)
        pg.rect(30, 60, 62, 100, 0.3, kit.GREY)
        pg.text(46, 78, "照片", 10, ctx.body, "c", kit.GREY)
        s = (f"兹有{holder}，{sex}，{month(birth.year, birth.month, 'nian')}出生，自{y1 - 3}年9月至{y1}年{mm}月"
             f"在我院{major}专业（三年制专科）学习，完成教学计划规定的全部课程，经考核成绩合格，准予毕业。")  # fmt: skip
        y = kit.para(pg, ctx, 72, 64, pg.w - 100, s, 13)
        y = max(y, 108)
        pg.text(30, y + 14, "院长：", 13, ctx.body)
        kit.ink(pg, ctx, 46, y + 13, sign_name, 16)
        kit.signoff(pg, ctx, y + 30, [uni, month(y1, mm, rng.choice(["hanzi", "hanzi_o"]))], 13.5, stamp=uni)
        issued = dt.date(y1, mm, 1)
    qual = {"kind": kind, "subject": subject, "modules": modules}
    f = {"holder": holder, "issuer": issuer, "issued_on": iss, "qualification": qual}
    return mk(
        ctx, "qualification_certificate", "qual", v, [pg], f, sc, {"person": holder, "year": issued.year}
    )


# ---- other proofs ---------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    rng = ctx.rng
    sec, S, c, unit = _trade(ctx)
    holder = person_name(rng, set())
    d = a_date(rng, 2018, 2024)
    st = _ds(ctx)
    city, prov = city_prov(c)
    pg = Page()
    if v == "titlecert":
        rank = rng.choice(S["ranks"])
        issuer = f"{city}人力资源和社会保障局"
        kit.frame_rule(pg, (130, 30, 30), double=True)
        kit.center(pg, ctx, 30, "专业技术职务任职资格证书", 20)
        pairs = [("姓　　名", holder), ("性　　别", rng.choice("男女")), ("工作单位", unit),
                 ("资格名称", rank), ("评审组织", f"{city}{rng.choice(['中级', '初级'])}职称评审委员会"),
                 ("批准文号", f"{city[:1]}人社职〔{d.year}〕{rng.randint(5, 90)}号"), ("批准时间", day(d, st)),
                 ("证书编号", f"{d.year}{rng.randint(10**7, 10**8 - 1)}")]  # fmt: skip
        y = kit.rows(pg, ctx, 36, 58, pairs, 13, col=30, gap=2.5)
        kit.signoff(pg, ctx, y + 20, ["发证机关：" + issuer, day(d, st)], 13, stamp=issuer)
    elif v == "onjob":
        y = kit.center(pg, ctx, 40, "在 职 证 明", 22)
        s = (f"兹证明{holder}同志，身份证号{id_masked(rng)}，自{rng.randint(2003, d.year - 1)}年起在我单位"
             f"{rng.choice(S['depts'])}从事专业技术工作，现任{rng.choice(S['ranks'])}，至今在职。")  # fmt: skip
        y = kit.para(pg, ctx, 26, y + 14, pg.w - 52, s, 14)
        y = kit.para(pg, ctx, 26, y + 3, pg.w - 52, "特此证明。", 14)
        kit.signoff(pg, ctx, y + 30, [unit, day(d, st)], 13.5, stamp=unit)
    elif v == "receipt":
        pg = Page(w=210, h=110)
        payee = rng.choice(S["orgs"])
        amt = rng.choice([300, 380, 450, 600, 800, 1200])
        big = {300: "叁佰元整", 380: "叁佰捌拾元整", 450: "肆佰伍拾元整", 600: "陆佰元整", 800: "捌佰元整",
               1200: "壹仟贰佰元整"}[amt]  # fmt: skip
        kit.center(pg, ctx, 10, "收    据", 18, color=kit.RED)
        pg.text(pg.w - 16, 12, f"No {rng.randint(1000000, 9999999)}", 11, ctx.body, "r", kit.RED)
        pg.text(16, 24, f"日期：{day(d, st)}", 11, ctx.body)
        rws = [["交款单位（人）", holder, "收款方式", rng.choice(["现金", "转账", "微信"])],
               ["收款事由", f"{rng.choice(S['topics'])}培训费", "", ""],
               ["金额（大写）", big, "￥", f"{amt}.00"]]  # fmt: skip
        pg.table(16, 32, [36, 84, 24, 34], rws, 11, ctx.body, 12.0)
        pg.text(16, 76, f"收款单位（盖章）：{payee}", 11, ctx.body)
        pg.text(140, 76, "经手人：", 11, ctx.body)
        kit.ink(pg, ctx, 158, 75, person_name(rng, {holder}), 13)
        kit.seal(pg, ctx, 70, 78, payee, 15)
    elif v == "appraisal":
        y = kit.center(pg, ctx, 20, f"{d.year}年度事业单位工作人员考核登记表", 15)
        rws = [["姓名", holder, "性别", rng.choice("男女"), "出生年月", f"{rng.randint(1968, 1996)}.{rng.randint(1, 12):02d}"],
               ["单位", unit, "", "", "职称", rng.choice(S["ranks"])]]  # fmt: skip
        y = pg.table(14, y + 4, [22, 52, 18, 20, 26, 44], rws, 10, ctx.body, 11.0)
        pg.rect(14, y, 196, y + 110, 0.3)
        pg.text(18, y + 3, "个人总结：", 11, ctx.bold)
        s = (f"本年度，本人认真履行岗位职责，积极参加{rng.choice(S['topics'])}等继续教育学习，"
             "业务能力不断提高，较好地完成了各项工作任务。今后将继续加强学习，提高服务水平。")  # fmt: skip
        kit.para(pg, ctx, 18, y + 11, 174, s, 11)
        kit.ink(pg, ctx, 150, y + 96, holder, 15)
        y += 110
        pg.rect(14, y, 196, y + 40, 0.3)
        pg.text(18, y + 3, "主管领导评语和考核等次建议：", 11, ctx.bold)
        kit.ink(pg, ctx, 30, y + 14, f"同意评为{rng.choice(['优秀', '合格'])}等次。", 15)
        kit.ink(pg, ctx, 140, y + 28, person_name(rng, {holder}), 14)
        kit.ink(pg, ctx, 160, y + 33, day(d, "dotted"), 11)
        kit.seal(pg, ctx, 150, y + 26, unit)
    elif v == "hireletter":
        kit.frame_rule(pg, (170, 30, 30), double=True)
        kit.center(pg, ctx, 50, "聘    书", 34, color=kit.RED)
        e = dt.date(d.year + rng.choice([2, 3, 5]), d.month, d.day)
        s = (f"兹聘请{holder}同志为{unit}{rng.choice(S['depts'])}{rng.choice(S['ranks'])}岗位专业技术人员，"
             f"聘期自{day(d, st)}至{day(e, st)}。")  # fmt: skip
        y = kit.para(pg, ctx, 30, 100, pg.w - 60, s, 16)
        kit.signoff(pg, ctx, y + 40, [unit, day(d, st)], 14, stamp=unit)
    else:  # leave: an approval form for going out to a training
        y = kit.center(pg, ctx, 22, "职工外出学习审批表", 17)
        e = later(d, 1, 4, rng)
        rws = [["申请人", holder, "科室", rng.choice(S["depts"])],
               ["外出事由", f"参加{rng.choice(S['topics'])}培训", "", ""],
               ["学习地点", rng.choice(["郑州", "长沙", "开封", "益阳", "北京"]), "时间", f"{day(d, 'dotted')}-{day(e, 'dotted')}"],
               ["科室意见", "", "", ""], ["分管领导意见", "", "", ""]]  # fmt: skip
        pg.table(16, y + 6, [32, 70, 22, 54], rws, 10.5, ctx.body, 18.0)
        kit.ink(pg, ctx, 54, y + 6 + 18 * 3 + 5, "同意。", 15)
        kit.ink(pg, ctx, 54, y + 6 + 18 * 4 + 5, f"同意 {person_name(rng, {holder})}", 15)
        pg.text(16, y + 6 + 18 * 5 + 8, f"填表日期：{day(later(d, -9, -2, rng), st)}", 11, ctx.body)
        kit.seal(pg, ctx, 150, y + 6 + 18 * 4 + 8, unit, 15)
    f = {"holder": holder}
    return mk(ctx, "other", "other", v, [pg], f, [], {"person": holder, "year": d.year})
