"""Draw 41: training certificates, sign-in sheets, training notices, qualification certificates, other papers."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame, sign_block
from bench.blind.page import Page, width_mm
from bench.blind41 import kit
from bench.blind41.kit import BLUE, GREY, INK, RED, centre, doc, fit, pairs, para, put
from bench.blind41.pools import (
    CITIES,
    PARTY_SCHOOLS,
    PLATFORMS,
    PUBLIC_TOPICS,
    Ctx,
    a_date,
    address,
    city,
    fd,
    fill,
    fm,
    fr,
    hrs,
    later,
    mobile,
    phone_no,
    prof,
    serial,
    society,
    some_names,
    style,
    topic,
    unit,
    variant,
)
from bench.generator.truth import person

TITLES = {
    "bridge": "工程师",
    "dent": "主治医师",
    "pt": "主管治疗师",
    "teach": "一级教师",
    "seed": "农艺师",
    "gas": "工程师",
    "hinsp": "主管医师",
    "tax": "会计师",
}
HOURS = [4, 6, 8, 10, 12, 16, 18, 24, 30, 32, 40, 4.5, 7.5]


def _training(ctx: Ctx, public: bool | None = None) -> dict:
    """A training: profession, city, organiser, title, dates, hours, category."""
    p, c = prof(ctx), city(ctx)
    r = ctx.rng.random()
    pub = public if public is not None else r < 0.3
    if pub:
        org = fill(ctx.rng.choice(PARTY_SCHOOLS + PLATFORMS), c, ctx)
        t = ctx.rng.choice(PUBLIC_TOPICS)
    else:
        org = society(ctx, p, c)
        t = topic(ctx, p)
    start = a_date(ctx)
    end = later(start, 0, 4, ctx)
    suffix = ctx.pick(
        "course_suffix",
        [
            "培训班",
            "专题培训班",
            "继续教育培训班",
            "研修班",
            "专题讲座",
            "高级研修班",
            "继续医学教育项目" if p.key in ("dent", "pt") else "业务培训班",
        ],
    )
    pre = ctx.pick("course_prefix", ["", f"{start.year}年", f"{c}市", f"{start.year}年度{c}市", "全市"])
    title = f"{pre}{t}{suffix}"
    return {
        "p": p,
        "c": c,
        "org": org,
        "title": title,
        "start": start,
        "end": end,
        "pub": pub,
        "hours": ctx.rng.choice(HOURS),
        "unit": unit(ctx, p, c),
    }


def _cat(ctx: Ctx, tr: dict) -> str | None:
    """Whether the proof states a category: the category or None."""
    if ctx.rng.random() < 0.3:
        return None
    return "public" if tr["pub"] else "professional"


CAT_WORD = {"public": ["公需科目", "公需课"], "professional": ["专业科目", "专业课"]}


# ---- training certificates ----------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "training_certificate")
    tr = _training(ctx)
    cat = _cat(ctx, tr)
    cw = ctx.rng.choice(CAT_WORD[cat]) if cat else ""
    who = some_names(ctx, 1)[0]
    st = style(ctx)
    sep = ctx.rng.choice(["至", "—", "-"])
    issued = later(tr["end"], 0, 12, ctx)
    period = fr(tr["start"], tr["end"], st, sep)
    ds = fd(issued, style(ctx, ["cn", "cnnum", "cnpad"]))
    h = hrs(tr["hours"])
    no = serial(ctx, ctx.rng.choice(["DZ", "KF", "No.", "编号："]), 10)
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    seed = ctx.rng.randint(0, 10**6)
    pages: list[Page] = []
    if v == "classic":
        pg = Page()
        frame(pg, ctx, ctx.rng.choice([1, 2, 3]))
        pg.text(pg.w - 24, 20, no, 9, ctx.body, "r", GREY)
        y = centre(pg, ctx, 46, ctx.pick("tc_head", ["结业证书", "培训证书", "合格证书", "继续教育证书"]), 30)
        if cw:
            y = centre(pg, ctx, y + 2, f"（{cw}）", 14, bold=False)
        y += 16
        pg.text(30, y, who, 17, ctx.hand, "l", BLUE)
        pg.line(28, y + 7.5, 30 + width_mm(who, ctx.hand, 17) + 6, y + 7.5, 0.3)
        pg.text(34 + width_mm(who, ctx.hand, 17) + 2, y + 1, "同志：", 14, ctx.body)
        y += 14
        body = (
            f"你（{tr['unit']}）于{period}参加了由{tr['org']}举办的“{tr['title']}”，"
            f"完成规定课程学习并经考核合格，共计{h}学时。"
        )
        y = para(pg, ctx, 30, y, pg.w - 60, body, 14, lead=2.0)
        y = para(pg, ctx, 30, y + 2, pg.w - 60, "特发此证。", 14)
        sign_block(pg, ctx, tr["org"], ds, max(y + 30, 210), seed=seed)
        pg.text(30, 272, "（本证书可登录继续教育管理系统查验）", 9, ctx.body, "l", GREY)
        pages = [pg]
    elif v == "landscape":
        pg = Page(297, 210)
        frame(pg, ctx, ctx.rng.choice([2, 3]))
        y = centre(
            pg, ctx, 28, ctx.pick("tc_head_l", ["培训合格证书", "继续教育结业证书", "岗位培训证书"]), 28
        )
        y = centre(pg, ctx, y, "CERTIFICATE OF TRAINING", 12, bold=False, color=GREY) + 6
        rows = [
            ["姓    名", who],
            ["工作单位", tr["unit"]],
            ["培训项目", tr["title"]],
            ["培训时间", period],
            ["学    时", f"{h}学时"],
        ]
        if cw:
            rows.append(["科目类别", cw])
        rows.append(["证书编号", no])
        pg.table(40, y, [40, 180], rows, 13, ctx.body, row_h=11)
        sign_block(pg, ctx, tr["org"], ds, 168, x_right=pg.w - 40, seed=seed)
        pg.text(
            40, 192, f"地址：{address(ctx, tr['c'])}  电话：{phone_no(ctx, tr['c'])}", 9, ctx.body, "l", GREY
        )
        pages = [pg]
    elif v == "online":
        pg = Page(90, 190)
        y = kit.phone_chrome(pg, ctx, "我的证书", f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59)}")
        pg.rect(6, y, pg.w - 6, y + 120, 0.8, (180, 140, 60), fill=(253, 250, 240))
        yy = y + 5
        osz = fit(tr["org"], ctx.bold, 9, pg.w - 16)
        yy = put(pg, ctx, pg.w / 2, yy, tr["org"], osz, "c", bold=True)
        yy = put(pg, ctx, pg.w / 2, yy + 1, "学 时 证 明", 15, "c", bold=True, color=RED)
        if cw:
            yy = put(pg, ctx, pg.w / 2, yy, f"（{cw}）", 8.5, "c")
        yy += 2
        yy = put(pg, ctx, 10, yy, f"学员：{who}", 9)
        yy = para(
            pg,
            ctx,
            10,
            yy,
            pg.w - 20,
            f"于{period}完成“{tr['title']}”在线学习，经考核合格，获得{h}学时。",
            8.5,
            indent=False,
        )
        yy = put(pg, ctx, 10, yy + 1, f"发证日期：{ds}", 8.5)
        yy = put(pg, ctx, 10, yy, f"证书编号：{no}", 8)
        kit.qr(pg, pg.w / 2 - 10, yy + 2, 20, seed)
        pg.seal(pg.w - 24, yy - 8, 11, tr["org"][:14], seed)
        put(pg, ctx, pg.w / 2, y + 123, "长按识别二维码验证证书真伪", 7.5, "c", color=GREY)
        pg.rect(6, 170, pg.w - 6, 180, 0, fill=(30, 120, 220))
        put(pg, ctx, pg.w / 2, 172, "下载证书PDF", 9, "c", color=(255, 255, 255))
        pages = [pg]
    elif v == "letter":
        pg = Page()
        y = centre(
            pg, ctx, 34, ctx.pick("tc_letter", ["继续教育学时证明", "学时证明", "培训学时认定证明"]), 22
        )
        y += 10
        idno = f"3714{ctx.rng.randint(10, 99)}19{ctx.rng.randint(70, 99)}{ctx.rng.randint(1, 12):02d}{ctx.rng.randint(1, 28):02d}{ctx.rng.randint(1000, 9999)}"
        y = para(
            pg,
            ctx,
            25,
            y,
            pg.w - 50,
            f"兹证明{who}同志（身份证号：{idno[:6]}********{idno[-4:]}，{tr['unit']}）于{period}参加"
            f"{tr['org']}组织的“{tr['title']}”，全程参训，考核合格，认定{h}学时"
            + (f"（{cw}）" if cw else "")
            + "。",
            13,
            lead=2.0,
        )
        y = para(pg, ctx, 25, y + 2, pg.w - 50, "课程安排如下：", 13)
        n = ctx.rng.randint(2, 4)
        rows = [["序号", "授课内容", "授课教师"]]
        lect = some_names(ctx, n + 1)[1:]
        subs = ctx.rng.sample(PUBLIC_TOPICS if tr["pub"] else list(tr["p"].topics), n)
        for i in range(n):
            rows.append([str(i + 1), subs[i], lect[i]])
        y = pg.table(25, y + 2, [18, 110, 32], rows, 11, ctx.body, row_h=9)
        y = para(pg, ctx, 25, y + 8, pg.w - 50, "特此证明。", 13)
        sign_block(pg, ctx, tr["org"], ds, y + 20, seed=seed)
        pg.text(
            25,
            278,
            f"联系人：{some_names(ctx, 1)[0]}  电话：{phone_no(ctx, tr['c'])}",
            9,
            ctx.body,
            "l",
            GREY,
        )
        pages = [pg]
    elif v == "card":
        pg = Page(210, 148)
        frame(pg, ctx, 1)
        y = centre(pg, ctx, 18, tr["org"], 14)
        y = centre(
            pg, ctx, y + 2, ctx.pick("tc_card", ["培 训 证", "学 习 证 明", "结 业 证"]), 24, color=RED
        )
        rows = [
            ("姓名：", who),
            ("单位：", tr["unit"]),
            ("项目：", tr["title"]),
            ("时间：", period),
            ("学时：", f"{h} 学时" + (f"（{cw}）" if cw else "")),
        ]
        y = pairs(pg, ctx, 22, y + 6, rows, 11.5, 18, hand_rows=(0,))
        pg.text(22, y + 4, f"发证日期：{ds}", 10.5, ctx.body)
        valid = dt.date(issued.year + 3, issued.month, issued.day)
        pg.text(22, y + 11, f"有效期至：{fd(valid, 'cn')}", 9, ctx.body, "l", GREY)
        pg.seal(160, y + 6, 17, tr["org"][:16], seed)
        pg.text(pg.w - 16, 134, no, 8, ctx.body, "r", GREY)
        pages = [pg]
    else:  # opened: cover and inner page side by side
        pg = Page(297, 210)
        pg.rect(8, 8, 146, 202, 0, fill=(150, 28, 32))
        pg.text(77, 60, "结业证书", 34, ctx.bold, "c", (240, 200, 110))
        size = fit(tr["org"], ctx.bold, 13, 120)
        pg.text(77, 150, tr["org"], size, ctx.bold, "c", (240, 200, 110))
        pg.rect(151, 8, 289, 202, 0.4, (150, 110, 40), fill=(252, 250, 244))
        kit.photo_box(pg, 163, 22, 26, 34, ctx)
        pg.seal(189, 52, 10, tr["org"][:12], seed + 1)
        rows = [("姓名", who), ("编号", no)]
        pairs(pg, ctx, 200, 28, rows, 11, 14, hand_rows=(0,))
        yy = 70.0
        body = f"该同志于{period}参加“{tr['title']}”学习，修完全部课程，成绩合格，计{h}学时，准予结业。"
        yy = para(pg, ctx, 162, yy, 118, body, 12, lead=2.0)
        if cw:
            yy = put(pg, ctx, 162, yy + 2, f"类别：{cw}", 11)
        sign_block(pg, ctx, tr["org"], ds, max(yy + 18, 150), x_right=280, seed=seed, size=11.5)
        pages = [pg]
    fields = {
        "holder": who,
        "title": tr["title"],
        "issuer": tr["org"],
        "issued_on": issued.isoformat(),
        "period": {"start": tr["start"].isoformat(), "end": tr["end"].isoformat()},
        "hours_stated": float(tr["hours"]),
    }
    return doc("training_certificate", v, pages, fields, scored, {"person": who, "year": tr["end"].year}, cat)


# ---- sign-in sheets ------------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "sign_in_sheet")
    tr = _training(ctx, public=ctx.rng.random() < 0.2)
    n = {"table": 12, "twopanel": 24, "handfill": 10, "ampm": 10, "multipage": 30, "app": 8}[v]
    n = n - ctx.rng.randint(0, 3)
    ppl = some_names(ctx, n)
    units = [unit(ctx, tr["p"], tr["c"]) for _ in range(n)]
    st = style(ctx, ["cn", "cnpad", "iso", "dotpad", "slash"])
    start = tr["start"]
    end = start if v != "ampm" else later(start, 1, 2, ctx)
    title = tr["title"].replace("专题讲座", "专题培训")
    kind = ctx.pick("sign_head", ["签到表", "签到表", "学员签到表", "参会人员签到表"])
    place = ctx.pick(
        "venue",
        [
            f"{tr['c']}市会议中心三楼会议室",
            "本院门诊楼十二楼学术报告厅",
            "学校图书馆报告厅",
            f"{tr['c']}宾馆二号会议室",
            "公司培训中心多功能厅",
        ],
    )
    seed = ctx.rng.randint(0, 10**6)
    tels = [mobile(ctx) for _ in range(n)]
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    pages: list[Page] = []
    if v in ("table", "handfill", "multipage"):
        per = 18 if v == "multipage" else n
        chunks = [list(range(i, min(i + per, n))) for i in range(0, n, per)]
        for ci, idx in enumerate(chunks):
            pg = Page()
            if len(chunks) > 1:
                pg.text(pg.w - 20, 10, f"第{ci + 1}页 共{len(chunks)}页", 9, ctx.body, "r", GREY)
            y = 20.0
            if ci == 0:
                y = centre(pg, ctx, 20, title, 17)
                y = centre(pg, ctx, y, kind, 17) + 2
                y = put(pg, ctx, 20, y, f"主办单位：{tr['org']}", 11)
                y = put(pg, ctx, 20, y, f"时间：{fd(start, st)}    地点：{place}", 11) + 2
            if v == "handfill":
                rows = [["序号", "姓名", "工作单位", "职称", "签到时间"]]
                for i in idx:
                    rows.append(
                        [
                            str(i + 1),
                            ppl[i],
                            units[i],
                            ctx.rng.choice(
                                ["助理工程师", "工程师", "高级工程师", "主治医师", "一级教师", "中级", "副高"]
                            ),
                            f"8:{ctx.rng.randint(10, 59)}",
                        ]
                    )
                y = pg.table(15, y, [14, 30, 82, 30, 24], rows, 10, ctx.body, row_h=12, fonts={1: ctx.hand})
            else:
                rows = [["序号", "姓名", "单位", "联系电话", "签名"]]
                for i in idx:
                    rows.append([str(i + 1), ppl[i], units[i], tels[i], ""])
                top = y
                y = pg.table(15, y, [13, 26, 78, 37, 26], rows, 9.5, ctx.body, row_h=10.5)
                for j, i in enumerate(idx):  # the signatures, a little off the printed names
                    if ctx.rng.random() < 0.85:
                        pg.text(170, top + 10.5 * (j + 1) + 2.2, ppl[i], 11, ctx.hand, "l", BLUE)
            if ci == len(chunks) - 1:
                pg.text(
                    20,
                    y + 8,
                    f"备注：请参训人员如实签到，代签者取消学时。联系电话：{phone_no(ctx, tr['c'])}",
                    9,
                    ctx.body,
                    "l",
                    GREY,
                )
            pages.append(pg)
        if ctx.rng.random() < 0.6:  # the organiser's seal over the header
            pages[0].seal(172, 36, 15, tr["org"][:16], seed)
    elif v == "twopanel":
        pg = Page()
        y = centre(pg, ctx, 18, f"{title}{kind}", 16)
        y = put(pg, ctx, 18, y + 1, f"主办：{tr['org']}", 10.5)
        y = put(pg, ctx, 18, y, f"日期：{fd(start, st)}", 10.5) + 2
        half = (n + 1) // 2
        top = y
        for col in range(2):
            rows = [["序号", "姓名", "签名"]]
            for i in range(col * half, min(n, (col + 1) * half)):
                rows.append([str(i + 1), ppl[i], ""])
            x = 15 if col == 0 else 107
            pg.table(x, top, [12, 30, 46], rows, 10, ctx.body, row_h=10)
            for j, i in enumerate(range(col * half, min(n, (col + 1) * half))):
                pg.text(x + 47, top + 10 * (j + 1) + 1.8, ppl[i], 12, ctx.hand, "l", BLUE)
        pg.text(
            18, top + 10 * (half + 1) + 8, f"应到{n + ctx.rng.randint(0, 3)}人，实到{n}人。", 10, ctx.body
        )
        pages = [pg]
    elif v == "ampm":
        pg = Page(297, 210)
        y = centre(pg, ctx, 14, f"{title}{kind}", 16)
        y = (
            put(
                pg,
                ctx,
                20,
                y,
                f"主办单位：{tr['org']}    培训时间：{fr(start, end, st, '至')}    地点：{place}",
                10.5,
            )
            + 1
        )
        days = [(start + dt.timedelta(days=i)) for i in range((end - start).days + 1)]
        head = ["序号", "姓名", "单位"] + [f"{d.month}月{d.day}日{h}" for d in days for h in ("上午", "下午")]
        rows = [head]
        for i in range(n):
            rows.append([str(i + 1), ppl[i], units[i]] + [""] * (2 * len(days)))
        w_sign = min(26.0, 150 / (2 * len(days)))
        top = y
        pg.table(12, top, [12, 26, 70] + [w_sign] * (2 * len(days)), rows, 9, ctx.body, row_h=11)
        for i in range(n):
            for j in range(2 * len(days)):
                if ctx.rng.random() < 0.9:
                    pg.text(
                        12 + 108 + j * w_sign + 2,
                        top + 11 * (i + 1) + 2.5,
                        ppl[i][:3],
                        10,
                        ctx.hand,
                        "l",
                        BLUE,
                    )
        pages = [pg]
    else:  # app: a check-in list on a phone
        pg = Page(90, 190)
        y = kit.phone_chrome(pg, ctx, "签到详情", f"{ctx.rng.randint(9, 18)}:{ctx.rng.randint(10, 59)}")
        y = para(pg, ctx, 6, y, pg.w - 12, title, 10.5, indent=False)
        y = put(pg, ctx, 6, y, f"发起单位：{tr['org']}", 7.5, color=GREY)
        y = put(pg, ctx, 6, y, f"签到日期：{fd(start, st)}", 7.5, color=GREY)
        y = (
            put(pg, ctx, 6, y, f"已签到 {n} 人  未签到 {ctx.rng.randint(0, 4)} 人", 8, color=(30, 120, 220))
            + 1
        )
        for i in range(n):
            pg.line(6, y - 1, pg.w - 6, y - 1, 0.15, (210, 210, 210))
            pg.rect(6, y + 0.5, 13, y + 7.5, 0, fill=(120 + 13 * i % 100, 160, 200))
            pg.text(16, y + 0.5, f"{i + 1}. {ppl[i]}", 9, ctx.body)
            pg.text(
                pg.w - 6,
                y + 1,
                f"{ctx.rng.randint(7, 8)}:{ctx.rng.randint(10, 59)} 已签到",
                7.5,
                ctx.body,
                "r",
                GREY,
            )
            pg.text(16, y + 5, units[i][:18], 6.5, ctx.body, "l", GREY)
            y += 11
        pages = [pg]
    fields = {
        "title": title,
        "issuer": tr["org"],
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "people": [person(nm, i + 1, "attendee") for i, nm in enumerate(ppl)],
    }
    claim = ppl[ctx.rng.randrange(n)]
    return doc("sign_in_sheet", v, pages, fields, scored, {"person": claim, "year": start.year})


# ---- training notices ----------------------------------------------------------------------------
def training_notice(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "training_notice")
    tr = _training(ctx)
    cat = _cat(ctx, tr) if ctx.rng.random() < 0.5 else None
    cw = ctx.rng.choice(CAT_WORD[cat]) if cat else ""
    st = style(ctx, ["cn", "cnpad", "iso", "dotpad"])
    start, end = tr["start"], tr["end"]
    notice = start - dt.timedelta(days=ctx.rng.randint(5, 25))
    ns = fd(notice, ctx.rng.choice(["cn", "cnnum"]))
    period = fr(start, end, st, ctx.rng.choice(["至", "—"]))
    h = hrs(tr["hours"])
    show_h = ctx.rng.random() < 0.75
    hs = f"，授予{h}学时" + (f"，计入{cw}" if cw else "") if show_h else ("，学时计入" + cw if cw else "")
    seed = ctx.rng.randint(0, 10**6)
    c = tr["c"]
    holder = None
    people: list[str] = []
    place = ctx.pick(
        "venue_n",
        [
            f"{c}市行政中心附楼培训室",
            f"{c}市人民医院学术报告厅",
            f"{c}宾馆会议中心",
            "线上（腾讯会议）",
            "单位多功能报告厅",
        ],
    )
    body1 = (
        f"为进一步提高全市{tr['p'].field}专业技术人员业务水平，经研究，决定举办{tr['title']}。"
        f"现将有关事项通知如下："
    )
    items = [
        f"一、培训时间：{period}",
        f"二、培训地点：{place}",
        f"三、培训对象：全市{tr['p'].field}相关专业技术人员{ctx.rng.randint(60, 200)}名",
        f"四、培训内容：{topic(ctx, tr['p'])}等。"
        + (f"培训结束经考核合格者{hs.lstrip('，')}。" if hs else ""),
        f"五、其他：培训不收取费用，食宿自理。联系电话：{phone_no(ctx, c)}",
    ]
    pages: list[Page] = []
    if v in ("redhead", "annotated", "web"):
        people = some_names(ctx, ctx.rng.randint(6, 12)) if v in ("redhead", "web") else []
    if v == "redhead":
        pg = Page()
        org = tr["org"]
        abbr = (
            "校发"
            if "党校" in org
            else "会字"
            if org.endswith("会") and "委员会" not in org
            else "局发"
            if org.endswith("局")
            else "委发"
            if "委员会" in org
            else "发"
        )
        no = f"{c[0]}{abbr}〔{notice.year}〕{ctx.rng.randint(3, 90)}号"
        y = kit.redhead(pg, ctx, tr["org"], 26, no)
        y = centre(pg, ctx, y + 4, f"关于举办{tr['title']}的通知", 16)
        y = put(pg, ctx, 25, y + 3, "各有关单位：", 12.5)
        y = para(pg, ctx, 25, y, pg.w - 50, body1, 12.5)
        for it in items:
            y = para(pg, ctx, 25, y, pg.w - 50, it, 12.5)
        y = put(pg, ctx, 25, y + 2, "附件：参训人员名单", 12.5)
        sign_block(pg, ctx, tr["org"], ns, y + 14, seed=seed)
        pg.line(22, 266, pg.w - 22, 266, 0.3)
        pg.text(25, 268, f"抄送：{c}市人力资源和社会保障局", 10.5, ctx.body)
        pg.line(22, 275, pg.w - 22, 275, 0.3)
        pg.text(25, 277, f"{tr['org']}办公室", 10.5, ctx.body)
        pg.text(pg.w - 25, 277, f"{fd(notice, 'cn')}印发", 10.5, ctx.body, "r")
        p2 = Page()
        y2 = put(p2, ctx, 25, 25, "附件", 13, bold=True)
        y2 = centre(p2, ctx, y2 + 2, "参训人员名单", 15)
        rows = [["序号", "姓名", "工作单位"]] + [
            [str(i + 1), nm, unit(ctx, tr["p"], c)] for i, nm in enumerate(people)
        ]
        p2.table(25, y2 + 3, [16, 36, 108], rows, 11, ctx.body, row_h=10)
        pages = [pg, p2]
    elif v == "schedule":
        pg = Page()
        y = centre(pg, ctx, 22, tr["title"], 17)
        y = centre(pg, ctx, y, "日程安排", 15, bold=False) + 2
        y = put(pg, ctx, 20, y, f"主办单位：{tr['org']}", 11)
        y = put(pg, ctx, 20, y, f"培训时间：{period}", 11)
        if show_h:
            y = put(pg, ctx, 20, y, f"授予学时：{h}学时" + (f"（{cw}）" if cw else ""), 11)
        elif cw:
            y = put(pg, ctx, 20, y, f"科目：{cw}", 11)
        rows = [["日期", "时间", "内容", "主讲人"]]
        lect = some_names(ctx, 8)
        d = start
        i = 0
        while d <= end and i < 8:
            for slot in ("08:30-11:30", "14:00-17:00"):
                if i < 8:
                    rows.append([f"{d.month}月{d.day}日", slot, topic(ctx, tr["p"])[:13], lect[i]])
                    i += 1
            d += dt.timedelta(days=1)
        y = pg.table(20, y + 4, [24, 30, 88, 28], rows, 10, ctx.body, row_h=10)
        y = put(pg, ctx, 20, y + 6, f"印发日期：{ns}", 10, color=GREY)
        holder = some_names(ctx, 1)[0]
        pg.text(112, y + 14, f"已参加 {holder}", 15, ctx.hand, "l", BLUE)
        pg.text(118, y + 24, fd(end, "dot"), 12, ctx.hand, "l", BLUE)
        pages = [pg]
    elif v == "invite":
        pg = Page()
        frame(pg, ctx, 2)
        holder = some_names(ctx, 1)[0]
        y = centre(pg, ctx, 36, "邀 请 函", 26, color=RED) + 10
        y = put(pg, ctx, 28, y, f"尊敬的{holder}{ctx.rng.choice(['老师', '医师', '工程师', '同志'])}：", 13.5)
        y = para(
            pg,
            ctx,
            28,
            y + 2,
            pg.w - 56,
            f"{tr['org']}定于{period}在{place}举办{tr['title']}。您在{tr['p'].field}领域经验丰富，"
            f"特邀请您拨冗参加"
            + (f"。完成培训者授予{h}学时" if show_h else "")
            + (f"（{cw}）" if cw else "")
            + "。",
            13,
            lead=2.0,
        )
        y = para(
            pg,
            ctx,
            28,
            y + 2,
            pg.w - 56,
            f"报到时间：{fd(start, 'cn')}8:00前；会务联系人：{some_names(ctx, 1)[0]}，{mobile(ctx)}。",
            12,
        )
        sign_block(pg, ctx, tr["org"], ns, y + 22, seed=seed)
        pages = [pg]
    elif v == "web":
        pg = Page(210, 270)
        y = kit.browser_chrome(
            pg,
            ctx,
            f"http://www.{ctx.rng.choice(['dz', 'kf'])}rst.gov.cn/tzgg/{serial(ctx, '', 6)}.html",
            f"{c}市专业技术人员继续教育网",
            ["首页", "通知公告", "政策法规", "在线学习", "证书查询"],
        )
        y = put(pg, ctx, 14, y, "当前位置：首页 > 通知公告", 8.5, color=GREY) + 3
        y = centre(pg, ctx, y, f"关于举办{tr['title']}的通知", 14)
        y = centre(
            pg,
            ctx,
            y,
            f"发布单位：{tr['org']}   发布时间：{fd(notice, 'iso')}   浏览次数：{ctx.rng.randint(200, 5000)}",
            8.5,
            bold=False,
        )
        pg.line(14, y + 1, pg.w - 14, y + 1, 0.2, (190, 190, 190))
        y = para(pg, ctx, 16, y + 5, pg.w - 32, body1, 10.5)
        for it in items[:4]:
            y = para(pg, ctx, 16, y, pg.w - 32, it, 10.5)
        y = put(pg, ctx, 16, y + 2, "附：首批参训人员名单", 10.5, bold=True)
        y = para(pg, ctx, 16, y, pg.w - 32, "、".join(people), 10.5, indent=False)
        pg.text(pg.w - 16, y + 6, tr["org"], 10.5, ctx.body, "r")
        pg.text(pg.w - 16, y + 12, ns, 10.5, ctx.body, "r")
        pg.rect(0, pg.h - 14, pg.w, pg.h, 0, fill=(235, 235, 235))
        pg.text(
            pg.w / 2,
            pg.h - 10,
            f"主办：{c}市人力资源和社会保障局  备案号：鲁ICP备{serial(ctx, '', 8)}号",
            7.5,
            ctx.body,
            "c",
            GREY,
        )
        pages = [pg]
    elif v == "annotated":
        pg = Page()
        y = centre(pg, ctx, 30, tr["org"], 18, color=RED)
        y = centre(pg, ctx, y + 4, f"关于举办{tr['title']}的通知", 15)
        y = put(pg, ctx, 25, y + 3, "各会员单位：" if tr["org"].endswith("会") else "各有关单位：", 12)
        y = para(pg, ctx, 25, y, pg.w - 50, body1, 12)
        for it in items:
            y = para(pg, ctx, 25, y, pg.w - 50, it, 12)
        sign_block(pg, ctx, tr["org"], ns, y + 12, seed=seed)
        holder = some_names(ctx, 1)[0]
        pg.text(30, 250, f"本人已参加此次培训  {holder}", 15, ctx.hand, "l", BLUE)
        pg.line(28, 259, 150, 259, 0.4, BLUE)
        pages = [pg]
    else:  # chat: a forwarded notice in a work group
        pg = Page(90, 190)
        y = kit.phone_chrome(
            pg,
            ctx,
            f"{tr['p'].field}继教群({ctx.rng.randint(40, 300)})",
            f"{ctx.rng.randint(8, 21)}:{ctx.rng.randint(10, 59)}",
        )
        pg.rect(0, 20, pg.w, pg.h, 0, fill=(237, 237, 237))
        pg.text(
            pg.w / 2,
            y,
            f"{notice.month}月{notice.day}日 {ctx.rng.randint(8, 11)}:{ctx.rng.randint(10, 59)}",
            7,
            ctx.body,
            "c",
            GREY,
        )
        y += 6
        sender = some_names(ctx, 2)
        holder = sender[1]
        pg.rect(4, y, 11, y + 7, 0, fill=(90, 140, 200))
        pg.text(13, y, sender[0], 6.5, ctx.body, "l", GREY)
        y0 = y + 4
        lines_ = [f"【通知】{tr['org']}", f"关于举办{tr['title']}的通知", f"时间：{period}", f"地点：{place}"]
        if show_h:
            lines_.append(f"学时：{h}学时" + (f"（{cw}）" if cw else ""))
        elif cw:
            lines_.append(f"类别：{cw}")
        lines_.append(f"发文日期：{ns}")
        lines_.append(f"@{holder} 请按时参加")
        yy = y0 + 2
        mark = len(pg.ops)
        for ln in lines_:
            yy = para(pg, ctx, 15, yy, pg.w - 26, ln, 7.5, indent=False, lead=1.5)
        pg.rect(13, y0, pg.w - 8, yy + 1.5, 0, fill=(255, 255, 255))
        pg.ops.insert(mark, pg.ops.pop())  # the bubble goes under its text
        y = yy + 8
        pg.rect(pg.w - 11, y, pg.w - 4, y + 7, 0, fill=(200, 120, 80))
        pg.rect(pg.w - 44, y + 0.5, pg.w - 13, y + 7, 0, fill=(149, 236, 105))
        pg.text(pg.w - 15, y + 1.8, "收到，谢谢！", 7.5, ctx.body, "r")
        pages = [pg]
    fields = {
        "title": tr["title"],
        "issuer": tr["org"],
        "issued_on": notice.isoformat(),
        "holder": holder,
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "people": [person(nm, i + 1, "attendee") for i, nm in enumerate(people)],
    }
    scored = ["title", "issuer", "issued_on", "period.start", "period.end"]
    if show_h:
        fields["hours_stated"] = float(tr["hours"])
        scored.append("hours_stated")
    claim = holder or people[ctx.rng.randrange(len(people))]
    return doc("training_notice", v, pages, fields, scored, {"person": claim, "year": start.year}, cat)


# ---- qualification certificates ------------------------------------------------------------------
UNIVS = {
    "bridge": ["长安大学", "山东建筑大学", "山东交通学院", "河南大学", "郑州大学"],
    "dent": ["山东第一医科大学", "滨州医学院", "郑州大学", "新乡医学院"],
    "pt": ["山东中医药大学", "河南中医药大学", "滨州医学院", "郑州大学"],
    "teach": ["德州学院", "河南大学", "山东师范大学", "河南师范大学", "聊城大学"],
    "seed": ["山东农业大学", "河南农业大学", "青岛农业大学", "河南科技学院"],
    "gas": ["中国石油大学（华东）", "山东建筑大学", "河南城建学院", "郑州大学"],
    "hinsp": ["山东第一医科大学", "郑州大学", "新乡医学院", "潍坊医学院"],
    "tax": ["山东财经大学", "河南财经政法大学", "德州学院", "河南大学"],
}
DEGREE_OF = {
    "bridge": "工学",
    "dent": "口腔医学",
    "pt": "理学",
    "teach": "教育学",
    "seed": "农学",
    "gas": "工学",
    "hinsp": "医学",
    "tax": "管理学",
}
COURSES = {
    "bridge": ["高等结构力学", "桥梁结构理论", "有限元方法", "路基路面工程", "工程项目管理"],
    "dent": ["口腔生物学", "口腔颌面医学影像", "牙体牙髓病学进展", "医学统计学", "循证医学"],
    "pt": ["运动生理学", "神经康复学", "康复评定学", "医学统计学", "物理因子治疗学"],
    "teach": ["教育学原理", "物理课程与教学论", "化学教学设计", "教育研究方法", "学习心理学"],
    "seed": ["作物育种学专论", "分子遗传学", "种子科学与技术", "试验设计与统计分析", "植物生理学"],
    "gas": ["燃气输配工程", "安全系统工程", "流体力学", "城市管网规划", "风险评价技术"],
    "hinsp": ["流行病学", "卫生法学", "环境卫生学", "卫生统计学", "职业卫生与职业医学"],
    "tax": ["中国税制", "中级财务会计", "税务筹划", "审计学", "财务管理"],
}
CMP_MODULES = [
    "Word 2016中文字处理",
    "Excel 2016中文电子表格",
    "PowerPoint 2016中文演示文稿",
    "Internet应用",
    "Windows 7操作系统",
    "AutoCAD 2014制图软件",
    "Photoshop CS5图像处理",
]


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "qualification_certificate")
    p, c = prof(ctx), city(ctx)
    prov = CITIES[c]["prov"]
    who = some_names(ctx, 1)[0]
    sex = ctx.rng.choice(["男", "女"])
    birth = dt.date(ctx.rng.randint(1975, 1998), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    univ = ctx.rng.choice(UNIVS[p.key])
    seed = ctx.rng.randint(0, 10**6)
    subject: str | None = p.degree
    modules: list[str] | None = None
    month_only = False
    scored = ["holder", "issuer", "issued_on", "qualification.kind"]
    pg = Page()
    if v == "diploma":
        kind = "graduation"
        y0 = max(birth.year + 18, 2000)
        ent = dt.date(ctx.rng.randint(y0, y0 + 6), 9, 1)
        grad = dt.date(ent.year + 4, 6, ctx.rng.randint(20, 30))
        issued = grad
        pg = Page(297, 210)
        frame(pg, ctx, 3)
        centre(pg, ctx, 22, "普通高等学校", 16)
        centre(pg, ctx, 32, "毕 业 证 书", 28, color=RED)
        kit.photo_box(pg, 34, 62, 30, 40, ctx)
        body = (
            f"学生{who}，性别{sex}，{fd(birth, 'cn')}生，于{fm(ent.year, ent.month, 'cn')}至"
            f"{fm(grad.year, grad.month, 'cn')}在本校{subject}专业四年制本科学习，修完教学计划规定的全部课程，"
            f"成绩合格，准予毕业。"
        )
        y = para(pg, ctx, 80, 64, 190, body, 13.5, lead=2.0)
        pg.text(80, y + 10, f"校    名：{univ}", 13, ctx.body)
        pg.text(80, y + 20, "校（院）长：", 13, ctx.body)
        pg.text(110, y + 19, some_names(ctx, 1)[0], 15, ctx.hand, "l", INK)
        pg.seal(230, y + 16, 19, univ, seed)
        pg.text(
            80, 178, f"证书编号：{ctx.rng.randint(10000, 99999)}{grad.year}{serial(ctx, '', 8)}", 11, ctx.body
        )
        pg.text(230, 178, fd(issued, "cnnum"), 13, ctx.body, "c")
        scored.append("qualification.subject")
    elif v == "degree":
        kind = "master_degree"
        issued = dt.date(ctx.rng.randint(2008, 2023), ctx.rng.choice([6, 7, 12]), ctx.rng.randint(1, 28))
        month_only = ctx.rng.random() < 0.5
        pg = Page(297, 210)
        frame(pg, ctx, 2)
        centre(pg, ctx, 26, "硕 士 学 位 证 书", 26)
        centre(pg, ctx, 42, "MASTER'S DEGREE CERTIFICATE", 11, bold=False, color=GREY)
        kit.photo_box(pg, 36, 66, 30, 40, ctx)
        body = (
            f"{who}，{sex}，{fd(birth, 'cn')}生。在{subject}学科（专业）完成硕士研究生学习计划，业已通过论文答辩，"
            f"经审核，根据《中华人民共和国学位条例》的规定，授予{DEGREE_OF[p.key]}硕士学位。"
        )
        y = para(pg, ctx, 82, 66, 186, body, 13.5, lead=2.0)
        pg.text(82, y + 10, f"{univ}", 14, ctx.bold)
        pg.text(82, y + 20, "学位评定委员会主席", 12, ctx.body)
        pg.text(128, y + 19, some_names(ctx, 1)[0], 15, ctx.hand)
        pg.seal(220, y + 14, 19, univ, seed)
        ds = fm(issued.year, issued.month, "cnnum") if month_only else fd(issued, "cnnum")
        pg.text(220, y + 26, ds, 13, ctx.body, "c")
        pg.text(
            36,
            186,
            f"证书编号：1{ctx.rng.randint(1000, 9999)}2{issued.year}{serial(ctx, '', 6)}",
            10,
            ctx.body,
        )
        scored.append("qualification.subject")
    elif v == "pgcourse":
        kind = "postgraduate_courses"
        start = dt.date(ctx.rng.randint(2012, 2022), 9, ctx.rng.randint(1, 15))
        end = dt.date(start.year + 1, 7, ctx.rng.randint(1, 15))
        issued = later(end, 3, 30, ctx)
        n = ctx.rng.randint(3, 5)
        modules = ctx.rng.sample(COURSES[p.key], n)
        frame(pg, ctx, 1)
        y = centre(pg, ctx, 34, "研究生课程进修班", 20)
        y = centre(pg, ctx, y + 2, "结 业 证 书", 26, color=RED) + 10
        pg.text(25, y, f"证书编号：{univ[:2]}YJ{start.year}{serial(ctx, '', 5)}", 10, ctx.body, "l", GREY)
        y += 10
        y = para(
            pg,
            ctx,
            25,
            y,
            pg.w - 50,
            f"{who}同志于{fm(start.year, start.month, 'cn')}至{fm(end.year, end.month, 'cn')}参加我校"
            f"{subject}专业研究生课程进修班学习，修完下列课程，成绩合格，准予结业。",
            13.5,
            lead=2.0,
        )
        rows = [["序号", "课程名称", "学分", "成绩"]] + [
            [str(i + 1), m, str(ctx.rng.choice([2, 3])), str(ctx.rng.randint(72, 95))]
            for i, m in enumerate(modules)
        ]
        y = pg.table(30, y + 4, [16, 80, 26, 28], rows, 11.5, ctx.body, row_h=10)
        sign_block(pg, ctx, f"{univ}研究生院", fd(issued, "cn"), y + 20, seed=seed)
        univ = f"{univ}研究生院"
        scored += ["qualification.subject", "qualification.modules"]
    elif v == "selfstudy":
        kind = "self_study_exam"
        exam = dt.date(ctx.rng.randint(2010, 2023), ctx.rng.choice([4, 10]), 20)
        issued = later(exam, 40, 70, ctx)
        modules = [ctx.rng.choice(COURSES[p.key])]
        univ = f"{prov}省高等教育自学考试委员会"
        pg = Page(210, 148)
        frame(pg, ctx, 1)
        y = centre(pg, ctx, 16, "高等教育自学考试", 16)
        y = centre(pg, ctx, y, "单科合格证书", 22, color=RED) + 4
        rows = [
            ["姓名", who, "准考证号", serial(ctx, "0", 11)],
            ["专业", subject, "课程代码", f"{ctx.rng.randint(10, 99)}{ctx.rng.randint(100, 999)}"],
            ["课程名称", modules[0], "成绩", str(ctx.rng.randint(60, 92))],
            ["考试时间", fm(exam.year, exam.month, "cn"), "发证日期", fd(issued, "cn")],
        ]
        y = pg.table(18, y, [24, 62, 24, 64], rows, 10.5, ctx.body, row_h=11)
        pg.text(18, y + 6, "该生参加上列课程考试成绩合格，特发此证。", 11, ctx.body)
        sign_block(pg, ctx, univ, f"{prov}省教育考试院（代章）", y + 16, seed=seed, size=10.5)
        scored += ["qualification.subject", "qualification.modules"]
    elif v == "computer":
        kind = "computer_exam"
        subject = None
        issued = a_date(ctx, 2008, 2019)
        n = ctx.rng.randint(2, 4)
        modules = ctx.rng.sample(CMP_MODULES, n)
        univ = f"{prov}省人力资源和社会保障厅"
        pg = Page(210, 148)
        pg.rect(6, 6, 204, 142, 1.0, (40, 90, 60))
        y = centre(pg, ctx, 14, "全国专业技术人员计算机应用能力考试", 14)
        y = centre(pg, ctx, y, "合 格 证 书", 22, color=(40, 90, 60)) + 2
        kit.photo_box(pg, 18, y, 24, 32, ctx)
        pairs(
            pg,
            ctx,
            50,
            y,
            [
                ("姓    名", who),
                ("性    别", sex),
                ("出生日期", fd(birth, "cn")),
                ("证件号码", f"{ctx.rng.choice(['3714', '4102'])}**********{ctx.rng.randint(1000, 9999)}"),
            ],
            10.5,
            24,
        )
        y += 38
        rows = [["考试科目（模块）", "考试时间", "成绩"]] + [
            [m, fm(issued.year, ctx.rng.randint(1, issued.month), "dotpad"), "合格"] for m in modules
        ]
        y = pg.table(18, y, [90, 50, 34], rows, 10, ctx.body, row_h=8.5)
        sign_block(pg, ctx, univ, fd(issued, "cnpad"), min(y + 6, 120), seed=seed, size=10)
    else:  # xuexin: the online registration record
        kind = "graduation"
        ent = dt.date(ctx.rng.randint(2005, 2018), 9, ctx.rng.randint(1, 10))
        grad = dt.date(ent.year + ctx.rng.choice([3, 4]), 6, ctx.rng.randint(20, 30))
        issued = grad
        pg = Page(210, 250)
        y = kit.browser_chrome(
            pg,
            ctx,
            "https://www.chsi.com.cn/xlcx/bgcx.jsp",
            "教育部学历证书电子注册备案表",
            ["学信档案", "学籍", "学历", "学位", "在线验证报告"],
        )
        y += 4
        pg.text(20, y, f"更新日期：{fd(later(grad, 800, 2400, ctx), 'cn')}", 9, ctx.body, "l", GREY)
        y += 8
        kit.photo_box(pg, 150, y, 32, 42, ctx)
        rows = [
            ("姓名", who),
            ("性别", sex),
            ("出生日期", fd(birth, "cn")),
            ("入学日期", fd(ent, "iso")),
            ("毕（结）业日期", fd(grad, "iso")),
            ("学校名称", univ),
            ("专业", subject),
            ("层次", ctx.rng.choice(["本科", "专科"])),
            ("学历类别", "普通高等教育"),
            ("学习形式", "普通全日制"),
            ("毕（结）业", "毕业"),
            ("证书编号", f"{ctx.rng.randint(10000, 99999)}{grad.year}{serial(ctx, '', 8)}"),
        ]
        y = pairs(pg, ctx, 22, y, rows, 11, 36, gap=2.3)
        pg.line(20, y + 2, pg.w - 20, y + 2, 0.3)
        pg.text(22, y + 6, f"在线验证码：{serial(ctx, 'A', 12)}", 10, ctx.body)
        kit.qr(pg, 160, y + 6, 24, seed)
        pg.text(
            22, y + 14, "本表所列学历信息可登录学信网在线验证，有效期至验证码失效。", 8.5, ctx.body, "l", GREY
        )
        scored.append("qualification.subject")
    iso = f"{issued.year}-{issued.month:02d}" if month_only else issued.isoformat()
    fields = {
        "holder": who,
        "issuer": univ,
        "issued_on": iso,
        "qualification": {"kind": kind, "subject": subject, "modules": modules},
    }
    return doc("qualification_certificate", v, [pg], fields, scored, {"person": who, "year": issued.year})


# ---- other papers --------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "other")
    tr = _training(ctx)
    c = tr["c"]
    who = some_names(ctx, 1)[0]
    seed = ctx.rng.randint(0, 10**6)
    d = tr["start"] - dt.timedelta(days=ctx.rng.randint(1, 20))
    fee = ctx.rng.choice([280, 360, 480, 600, 800, 1200])
    pg = Page()
    pages = [pg]
    if v == "receipt":
        pg = Page(210, 120)
        pages = [pg]
        y = centre(pg, ctx, 10, f"{CITIES[c]['prov']}省非税收入一般缴款书（电子）", 14)
        pg.text(pg.w - 14, 12, f"票据号码：{serial(ctx, '', 10)}", 8.5, ctx.body, "r", GREY)
        rows = [
            ["交款人", who, "开票日期", fd(d, "iso")],
            ["项目名称", "培训费", "金额（元）", f"{fee}.00"],
            ["收款单位", tr["org"], "校验码", serial(ctx, "", 6)],
            [
                "备注",
                tr["title"][:18],
                "大写",
                "人民币" + ctx.rng.choice(["伍佰元整", "叁佰陆拾元整", "壹仟贰佰元整"]),
            ],
        ]
        y = pg.table(12, y + 4, [26, 70, 26, 64], rows, 9.5, ctx.body, row_h=11)
        pg.seal(150, y - 8, 14, tr["org"][:14], seed)
        pg.text(12, y + 5, f"收款人：{some_names(ctx, 1)[0]}    复核人：{some_names(ctx, 1)[0]}", 9, ctx.body)
    elif v == "register":
        y = centre(pg, ctx, 24, f"{tr['title']}报名回执表", 15) + 4
        rows = [
            ["姓名", who, "性别", ctx.rng.choice(["男", "女"])],
            ["工作单位", tr["unit"], "职称", "中级"],
            ["手机", mobile(ctx), "住宿", "是 □  否 ☑"],
            ["发票抬头", tr["unit"], "税号", serial(ctx, "91371", 13)],
        ]
        y = pg.table(20, y, [28, 72, 24, 46], rows, 10.5, ctx.body, row_h=14, fonts={1: ctx.hand})
        y = para(
            pg,
            ctx,
            20,
            y + 8,
            pg.w - 40,
            f"请于{fd(d, 'cn')}前将回执发送至邮箱 px{serial(ctx, '', 4)}@163.com，"
            f"联系电话：{phone_no(ctx, c)}。",
            11,
        )
    elif v == "leave":
        y = (
            centre(pg, ctx, 28, ctx.pick("leave_head", ["外出学习审批表", "请假条", "外出培训申请表"]), 18)
            + 6
        )
        rows = [
            [
                "申请人",
                who,
                "所在科室",
                ctx.rng.choice(["口腔科", "康复科", "工程部", "教务处", "安全科", "财务科"]),
            ],
            ["外出事由", f"参加{tr['title']}", "外出地点", f"{c}市"],
            [
                "外出时间",
                fr(tr["start"], tr["end"], "cn", "至"),
                "天数",
                f"{(tr['end'] - tr['start']).days + 1}天",
            ],
            ["科室意见", "", "分管领导", ""],
        ]
        y = pg.table(20, y, [28, 80, 28, 34], rows, 10, ctx.body, row_h=16)
        pg.text(52, y - 12, f"同意 {some_names(ctx, 1)[0]}", 13, ctx.hand, "l", BLUE)
        pg.text(158, y - 12, f"同意 {some_names(ctx, 1)[0][:1]}", 13, ctx.hand, "l", BLUE)
        pg.text(20, y + 10, f"申请日期：{fd(d, 'cn')}", 11, ctx.body)
    elif v == "report":
        y = centre(pg, ctx, 26, "个人年度专业技术工作总结", 17) + 3
        y = centre(pg, ctx, y, f"{tr['unit']}  {who}", 12, bold=False) + 4
        text = (
            f"{tr['start'].year}年，本人在单位领导的关心和同事们的帮助下，认真履行岗位职责，积极参加继续教育，"
            f"先后参加了{tr['title']}等学习，进一步提高了专业能力。现将一年来的工作总结如下。"
        )
        y = para(pg, ctx, 22, y, pg.w - 44, text, 12, lead=2.0)
        for h in ("一、思想政治方面", "二、业务工作方面", "三、继续教育方面", "四、存在的不足和今后打算"):
            y = put(pg, ctx, 22, y + 2, h, 12.5, bold=True)
            y = para(
                pg,
                ctx,
                22,
                y,
                pg.w - 44,
                "坚持理论联系实际，" * ctx.rng.randint(3, 6) + "不断总结经验，提升工作质量。",
                12,
                lead=2.0,
            )
        pg.text(pg.w - 30, y + 10, f"{fd(later(tr['end'], 20, 90, ctx), 'cn')}", 12, ctx.body, "r")
    elif v == "idcard":
        pg = Page()
        pages = [pg]
        y = centre(pg, ctx, 20, "居民身份证复印件", 14, bold=False)
        for j, top in enumerate((40, 130)):
            pg.rect(45, top, 165, top + 76, 0.4, (120, 120, 120), fill=(240, 244, 248))
            if j == 0:
                pairs(
                    pg,
                    ctx,
                    52,
                    top + 8,
                    [
                        ("姓名", who),
                        ("性别", "男    民族  汉"),
                        ("出生", fd(later(dt.date(1980, 1, 1), 0, 6000, ctx), "cn")),
                        ("住址", address(ctx, c)),
                    ],
                    9.5,
                    14,
                    gap=2.6,
                )
                kit.photo_box(pg, 130, top + 8, 28, 36, ctx)
                pg.text(
                    52, top + 62, f"公民身份号码  {CITIES[c]['zip'][:2]}{serial(ctx, '', 16)}", 9.5, ctx.body
                )
            else:
                pg.text(105, top + 14, "中华人民共和国", 14, ctx.bold, "c")
                pg.text(105, top + 26, "居民身份证", 18, ctx.bold, "c")
                pg.text(
                    55,
                    top + 52,
                    f"签发机关  {c}市公安局{ctx.rng.choice(['德城分局', '鼓楼分局', '开发区分局'])}",
                    9.5,
                    ctx.body,
                )
                st = later(dt.date(2015, 1, 1), 0, 2500, ctx)
                pg.text(
                    55,
                    top + 60,
                    f"有效期限  {fd(st, 'dotpad')}-{fd(dt.date(st.year + 20, st.month, st.day), 'dotpad')}",
                    9.5,
                    ctx.body,
                )
        pg.text(50, 225, "仅供继续教育培训报名使用", 18, ctx.hand, "l", BLUE)
        pg.text(110, 236, f"{who} {fd(d, 'dot')}", 15, ctx.hand, "l", BLUE)
    elif v == "payment":
        pg = Page(90, 190)
        pages = [pg]
        y = kit.phone_chrome(pg, ctx, "账单详情", f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59)}")
        pg.text(pg.w / 2, y + 6, tr["org"][:16], 9, ctx.body, "c")
        pg.text(pg.w / 2, y + 14, f"-{fee}.00", 20, ctx.bold, "c")
        pg.text(pg.w / 2, y + 26, "交易成功", 9, ctx.body, "c", (30, 150, 60))
        rows = [
            (
                "支付时间",
                f"{fd(d, 'iso')} {ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59)}:{ctx.rng.randint(10, 59)}",
            ),
            ("商品说明", "培训报名费"),
            ("付款人", who),
            ("支付方式", "零钱"),
            ("交易单号", serial(ctx, "4200", 14)),
            ("商户单号", serial(ctx, "", 16)),
        ]
        pairs(pg, ctx, 6, y + 38, rows, 7.5, 18, gap=2.6)
    else:  # employ
        y = centre(pg, ctx, 36, "在 职 证 明", 22) + 10
        idno = f"{CITIES[c]['zip'][:2]}{serial(ctx, '', 16)}"
        y = para(
            pg,
            ctx,
            25,
            y,
            pg.w - 50,
            f"兹证明{who}同志（身份证号：{idno}）系我单位在职职工，自{fm(ctx.rng.randint(2005, 2018), ctx.rng.randint(1, 12), 'cn')}"
            f"起在我单位从事{tr['p'].field}相关工作，现任{TITLES[tr['p'].key]}。",
            13,
            lead=2.0,
        )
        y = para(pg, ctx, 25, y + 2, pg.w - 50, "特此证明。", 13)
        sign_block(pg, ctx, tr["unit"], fd(d, "cn"), y + 24, seed=seed)
    fields = {"holder": who}
    return doc("other", v, pages, fields, [], {"person": who, "year": d.year})
