"""Draw 40 builders: training certificates, sign-in sheets, training notices, qualifications, other papers."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame, heading, sign_block
from bench.blind.page import Page
from bench.blind40.pools import (
    CITIES,
    PLATFORMS,
    PROF,
    PROF_KEYS,
    Ctx,
    address,
    city,
    day,
    dfmt,
    hand_fill,
    hours_text,
    id_masked,
    make,
    masked_mobile,
    mfmt,
    mobile,
    organiser,
    people,
    phone,
    phone_frame,
    rfmt,
    style,
    variant,
    web_frame,
    workplace,
)  # fmt: skip
from bench.generator.truth import person as P

PUBLIC_TOPICS = ["专业技术人员创新能力建设", "数字经济与数字化转型", "知识产权保护与运用", "职业道德与诚信建设",
                 "网络安全与个人信息保护", "突发公共事件应急管理", "法治素养提升"]  # fmt: skip
RED = (190, 20, 20)
INK = (25, 35, 110)


def _serial(ctx: Ctx, pre: str) -> str:
    return f"{pre}{ctx.rng.randint(2018, 2024)}{ctx.rng.randint(10000, 99999)}"


def _course(ctx: Ctx, prof: str, cat: str | None, y: int) -> str:
    if cat == "public":
        t = ctx.rng.choice(PUBLIC_TOPICS)
    else:
        t = ctx.rng.choice(PROF[prof]["topics"])
    return ctx.pick("course", [f"{y}年{t}培训班", f"{t}专题研修班", f"{t}高级研修班", f"{t}网络培训",
                               f"{y}年度{t}继续教育培训"])  # type: ignore[return-value]


def _cat_word(cat: str | None, ctx: Ctx) -> str:
    if cat == "public":
        return ctx.pick("catword.p", ["公需科目", "公需课"])  # type: ignore[return-value]
    if cat == "professional":
        return ctx.pick("catword.s", ["专业科目", "专业课"])  # type: ignore[return-value]
    return ""


# ---- training certificate ----------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "training_certificate")
    r = ctx.rng
    c = city(ctx)
    prof = r.choice(PROF_KEYS)
    cat = ("public", "professional", None)[k % 3]
    holder = people(r, 1)[0]
    unit = workplace(r, prof, c)
    start = day(r)
    end = start + dt.timedelta(days=r.choice([0, 1, 2, 2, 3, 4]))
    issued = end + dt.timedelta(days=r.randint(0, 12))
    hours = float(r.choice([6, 8, 12, 16, 24, 24, 30, 32, 40, 48])) if v != "platform" else r.choice(
        [1.5, 3.0, 4.5, 6.0, 10.0, 12.0])
    org = organiser(ctx, c) if v != "platform" else ctx.pick("platform", PLATFORMS)
    title = _course(ctx, prof, cat, start.year)
    ds = style(ctx)
    rng_s = rfmt(start, end, ds, ctx.pick("sep", ["至", "—", "-", "~"])) if start != end else dfmt(start, ds)
    iss_s = dfmt(issued, style(ctx))
    cw = _cat_word(cat, ctx)
    hs = hours_text(hours)
    no = _serial(ctx, ctx.pick("certno", ["No.", "编号：", "证书编号：", "JX", "YT-"]))  # type: ignore[operator]
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    pages: list[Page]
    B, H = ctx.body, ctx.bold

    if v == "framed":
        pg = Page()
        frame(pg, ctx, r.choice([1, 2, 3]))
        pg.text(pg.w - 22, 20, no, 10, B, "r")
        y = heading(pg, ctx, ctx.pick("tc.head", ["结业证书", "培训证书", "合格证书"]), 50, 30, True) + 18
        hand_fill(pg, ctx, 30, y, holder, 17, 45)
        pg.text(80, y, "同志：", 14, B)
        y += 14
        sent = (f"于{rng_s}参加{org}举办的“{title}”，完成全部课程学习，考核合格，共计{hs}学时"
                + (f"（{cw}）" if cw else "") + "。")
        y = pg.wrap(30, y, 150, sent, 14, B, 1.9, 9) + 4
        pg.wrap(30, y, 150, "特发此证。", 14, B, 1.9, 9)
        sign_block(pg, ctx, org, iss_s, 215, seed=r.randint(0, 999))
        pg.text(30, 270, f"工作单位：{unit}", 9, B, "l", (90, 90, 90))
        pages = [pg]
    elif v == "landscape":
        pg = Page(297, 210)
        frame(pg, ctx, r.choice([2, 3]))
        pg.rect(30, 45, 62, 87, 0.3)
        pg.text(46, 63, "照片", 10, B, "c", (120, 120, 120))
        pg.text(30, 150, no, 10, B)
        pg.text(30, 158, f"发证日期：{iss_s}", 10, B)
        heading(pg, ctx, ctx.pick("tc.head2", ["培 训 证 书", "继续教育证书", "学 时 证 书"]), 28, 28)
        rows = [("姓    名", holder), ("工作单位", unit), ("培训项目", title), ("培训时间", rng_s),
                ("培训学时", f"{hs}学时")] + ([("科目类别", cw)] if cw else [])
        y = 55
        for lab, val in rows:
            pg.text(105, y, lab + "：", 13, B)
            pg.text(135, y, val, 13, ctx.hand if lab.startswith("姓") else B)
            y += 13
        sign_block(pg, ctx, org, iss_s, 150, x_right=265, seed=r.randint(0, 999))
        pages = [pg]
    elif v == "platform":
        pg = phone_frame(ctx, "我的证书", (200, 70, 40))
        pg.rect(5, 26, 90, 150, 0.3, (210, 180, 120), (255, 252, 240))
        pg.text(47.5, 30, org, 12, H, "c", (160, 60, 30))
        pg.text(47.5, 38, "电子学时证明", 14, H, "c")
        y = 50
        items = [("姓名", holder), ("身份证号", id_masked(r, c)), ("课程名称", title), ("学习时间", rng_s),
                 ("获得学时", f"{hs}学时")] + ([("科目类别", cw)] if cw else []) + [
                 ("证书编号", no.replace("证书编号：", "").replace("编号：", "")), ("发证日期", iss_s)]
        for lab, val in items:
            pg.text(9, y, lab, 8.5, B, "l", (120, 120, 120))
            y = pg.wrap(30, y, 58, val, 9, B, 1.5) + 2.5
        pg.rect(32, y + 4, 62, y + 34, 0.4)
        pg.text(47.5, y + 37, "长按识别二维码验真", 7.5, B, "c", (120, 120, 120))
        pg.text(47.5, 190, "客服热线 400-" + str(r.randint(100, 999)) + "-" + str(r.randint(1000, 9999)), 7, B, "c",
                (140, 140, 140))
        pages = [pg]
    elif v == "hrtable":
        pg = Page()
        heading(pg, ctx, "专业技术人员继续教育|学时证明", 28, 22)
        pg.text(180, 52, no, 9.5, B, "r")
        rows = [["姓名", holder], ["工作单位", unit], ["培训项目", title], ["培训时间", rng_s],
                ["认定学时", f"{hs}学时"]] + ([["科目类别", cw]] if cw else []) + [["考核结果", "合格"]]
        y = pg.table(25, 60, [38, 122], rows, 11.5, B, 13, fonts={1: B})
        y = pg.wrap(25, y + 10, 160, f"兹证明{holder}同志参加上述培训，成绩合格，学时予以认定。", 12, B, 1.8, 8)
        sign_block(pg, ctx, org, iss_s, y + 25, seed=r.randint(0, 999))
        pg.text(25, 275, f"（本证明须与继续教育登记册一并使用，{c}市专业技术人员继续教育管理系统可查询）", 8, B, "l",
                (100, 100, 100))
        pages = [pg]
    elif v == "bilingual":
        pg = Page()
        frame(pg, ctx, 2)
        y = heading(pg, ctx, "结 业 证 书", 32, 26)
        pg.text(105, y, "CERTIFICATE OF COMPLETION", 14, H, "c")
        y += 20
        pg.text(105, y, holder, 20, ctx.hand, "c", INK)
        pg.line(70, y + 9, 140, y + 9, 0.3)
        y += 18
        y = pg.wrap(28, y, 154, f"参加了{org}于{rng_s}举办的“{title}”，修满{hs}学时"
                    + (f"，属{cw}" if cw else "") + "，准予结业。", 13, B, 1.8, 9)
        y = pg.wrap(28, y + 5, 154, f"has completed the training programme held from {start.isoformat()} to "
                    f"{end.isoformat()}, {hs} credit hours in total.", 11, B, 1.6)
        pg.text(28, 230, f"Certificate No. {no.split('：')[-1]}", 10, B)
        sign_block(pg, ctx, org, iss_s, 225, seed=r.randint(0, 999), extra=["Date of issue"])
        pages = [pg]
    else:  # booklet: an opened certificate booklet photographed flat
        pg = Page(297, 210, bg=(250, 246, 236))
        pg.line(148.5, 8, 148.5, 202, 0.6, (170, 150, 120))
        pg.rect(40, 25, 75, 70, 0.3)
        pg.text(57.5, 45, "贴照片处", 9, B, "c", (130, 130, 130))
        pg.text(20, 140, f"持证人：{holder}", 12, B)
        pg.text(20, 150, no, 11, B)
        pg.text(20, 160, f"发证日期：{iss_s}", 11, B)
        pg.seal(95, 155, 17, org[:16], r.randint(0, 999))
        pg.text(222, 22, ctx.pick("tc.head3", ["合格证书", "结业证书"]), 24, H, "c", RED)  # type: ignore[arg-type]
        rows = [f"姓名：{holder}", f"单位：{unit}", f"项目：{title}", f"时间：{rng_s}", f"学时：{hs}"] + (
            [f"类别：{cw}"] if cw else []) + [f"主办：{org}"]
        y = 45
        for s in rows:
            pg.text(160, y, s, 11.5, B)
            y += 11
        pg.text(160, y + 6, "经考核成绩合格，特发此证。", 11.5, B)
        pages = [pg]
    fields = {"holder": holder, "title": title, "issuer": org, "issued_on": issued.isoformat(),
              "period": {"start": start.isoformat(), "end": end.isoformat()}, "hours_stated": hours}
    return make("training_certificate", layout, pages, fields, scored, holder, start.year, cat)


# ---- sign-in sheet -----------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "sign_in_sheet")
    r = ctx.rng
    c = city(ctx)
    prof = r.choice(PROF_KEYS)
    org = organiser(ctx, c)
    topic = r.choice(PROF[prof]["topics"])
    title = ctx.pick("sign.title", [f"{topic}专题讲座", f"{topic}培训班", f"{topic}技术交流会",
                                    f"{c}市{topic}业务培训"])  # type: ignore[assignment]
    n = {"twincol": r.randint(14, 20), "twopage": r.randint(20, 26), "appscreen": r.randint(7, 10)}.get(
        v, r.randint(8, 14))
    names = people(r, n + 2)
    lecturer, recorder, names = names[0], names[1], names[2:]
    units = [workplace(r, prof, c) for _ in names]
    ranks_title = PROF[prof]["titles"]
    start = day(r)
    end = start + dt.timedelta(days=1) if v == "halfday" else start
    ds = style(ctx)
    when = rfmt(start, end, ds, "—") if start != end else dfmt(start, ds)
    place = ctx.pick("venue", [f"{c}市专业技术人员继续教育基地二楼报告厅", f"{org}三楼会议室",
                               f"{c}宾馆会议中心", "线上（腾讯会议）"])
    B, H = ctx.body, ctx.bold
    pages: list[Page]
    tel = lambda: masked_mobile(r)  # noqa: E731
    if v == "classic":
        pg = Page()
        pg.text(105, 20, f"{title}签到表", 18, H, "c")
        pg.text(20, 34, f"主办单位：{org}", 10.5, B)
        pg.text(20, 42, f"时间：{when}", 10.5, B)
        pg.text(110, 42, f"地点：{place}", 10.5, B)
        rows = [["序号", "姓名", "工作单位", "职称", "联系电话", "签名"]]
        for i, (nm, u) in enumerate(zip(names, units, strict=True), 1):
            rows.append([str(i), nm, u, r.choice(ranks_title), tel(), nm])
        pg.table(12, 50, [11, 22, 64, 26, 28, 35], rows, 8.5, B, 10.5, fonts={5: ctx.hand}, header_font=H)
        pg.text(20, 280, f"主讲人：{lecturer}    记录人：{recorder}", 9, B)
        pages = [pg]
    elif v == "halfday":
        pg = Page(297, 210)
        pg.text(148, 14, "培训签到表", 18, H, "c")
        pg.text(18, 27, f"培训名称：{title}", 11, B)
        pg.text(150, 27, f"培训时间：{when}", 11, B)
        pg.text(18, 35, f"主办单位：{org}", 11, B)
        pg.text(150, 35, f"培训地点：{place}", 11, B)
        d1, d2 = f"{start.month}月{start.day}日", f"{end.month}月{end.day}日"
        rows = [["序号", "姓名", "单位", f"{d1}上午", f"{d1}下午", f"{d2}上午", f"{d2}下午"]]
        for i, (nm, u) in enumerate(zip(names, units, strict=True), 1):
            rows.append([str(i), nm, u] + [nm if r.random() < 0.9 else "" for _ in range(4)])
        pg.table(14, 42, [12, 24, 80, 40, 40, 40, 40], rows, 8.5, B, 10, fonts={3: ctx.hand, 4: ctx.hand,
                 5: ctx.hand, 6: ctx.hand}, header_font=H)  # fmt: skip
        pg.text(18, 200, f"注：请本人亲笔签名，不得代签。  联系电话：{phone(r, c)}", 8.5, B)
        pages = [pg]
    elif v == "twincol":
        pg = Page(297, 210)
        pg.text(148, 14, f"“{title}”签到表", 17, H, "c")
        pg.text(20, 26, f"主办：{org}      日期：{when}      地点：{place}", 10.5, B)
        half = (len(names) + 1) // 2
        for col, x in ((0, 14), (1, 153)):
            rows = [["序号", "姓名", "单位", "签到时间"]]
            for i in range(col * half, min(len(names), (col + 1) * half)):
                rows.append([str(i + 1), names[i], units[i][:14], f"{r.randint(7, 8)}:{r.randint(0, 59):02d}"])
            pg.table(x, 34, [12, 24, 74, 20], rows, 8.5, B, 10, fonts={1: ctx.hand}, header_font=H)
        pages = [pg]
    elif v == "appscreen":
        pg = phone_frame(ctx, "签到详情", (40, 150, 110))
        pg.text(6, 26, title, 11, H)
        pg.text(6, 33, f"发起：{org}", 8, B, "l", (110, 110, 110))
        pg.text(6, 39, f"日期：{when}", 8, B, "l", (110, 110, 110))
        pg.text(6, 45, f"已签到 {len(names)} 人 / 应到 {len(names) + r.randint(0, 4)} 人", 8, B, "l", (40, 150, 110))
        y = 53
        for nm, u in zip(names, units, strict=True):
            pg.rect(4, y - 1.5, 91, y + 13, 0, (0, 0, 0), (255, 255, 255))
            pg.text(8, y, nm, 10, B)
            pg.text(88, y, f"{r.randint(7, 9):02d}:{r.randint(0, 59):02d} 已签到", 7.5, B, "r", (40, 150, 110))
            pg.text(8, y + 6.5, u[:20], 7, B, "l", (140, 140, 140))
            y += 15.5
        pages = [pg]
    elif v == "twopage":
        pages = []
        per = 14
        for p in range(2):
            pg = Page()
            if p == 0:
                pg.text(105, 18, "签 到 表", 18, H, "c")
                pg.text(20, 30, f"活动名称：{title}", 11, B)
                pg.text(20, 38, f"主办单位：{org}", 11, B)
                pg.text(120, 38, f"日期：{when}", 11, B)
                y0 = 46
            else:
                pg.text(105, 16, f"签到表（续）  第{p + 1}页", 10, B, "c")
                y0 = 26
            rows = [["序号", "姓名", "工作单位", "签名"]]
            for i in range(p * per, min(len(names), (p + 1) * per)):
                rows.append([str(i + 1), names[i], units[i], names[i]])
            y = pg.table(18, y0, [14, 26, 92, 42], rows, 9.5, B, 12, fonts={3: ctx.hand}, header_font=H)
            if p == 1:
                pg.text(110, y + 10, "审核：", 11, B)
                pg.text(125, y + 9, recorder, 14, ctx.hand, "l", INK)
            pg.text(105, 285, f"第 {p + 1} 页 共 2 页", 8, B, "c", (110, 110, 110))
            pages.append(pg)
    else:  # meeting
        pg = Page()
        pg.text(105, 18, "会议签到表", 18, H, "c")
        rows0 = [["会议名称", title], ["会议时间", when], ["主办单位", org],
                 ["承办单位", workplace(r, prof, c)], ["会议地点", place]]
        y = pg.table(18, 28, [30, 144], rows0, 10, B, 10)
        rows = [["姓名", "工作单位", "职务/职称", "签名"]]
        for nm, u in zip(names, units, strict=True):
            rows.append([nm, u, r.choice(ranks_title), nm])
        pg.table(18, y + 6, [26, 80, 30, 38], rows, 9, B, 11, fonts={3: ctx.hand}, header_font=H)
        pg.text(18, 284, f"会务联系人：{recorder}  {mobile(r)}", 8.5, B)
        pages = [pg]
    ppl = [P(nm, i, "attendee") for i, nm in enumerate(names, 1)]
    claim = names[r.randrange(len(names))]
    fields = {"title": title, "issuer": org, "people": ppl,
              "period": {"start": start.isoformat(), "end": end.isoformat()}}
    return make("sign_in_sheet", layout, pages, fields, ["title", "issuer", "period.start", "period.end", "people"],
                claim, start.year)


# ---- training notice ---------------------------------------------------------------------------
def _notice_body(ctx: Ctx, title: str, when: str, place: str, prof: str, hs: str | None, cw: str,
                 c: str) -> list[str]:
    r = ctx.rng
    tgt = ctx.pick("target", [f"全市{r.choice(PROF[prof]['titles'])}及相关专业技术人员",
                              "各单位从事相关工作的专业技术人员", f"{c}市各县（市、区）有关业务骨干"])
    out = [f"为进一步提升专业技术人员业务能力，经研究，决定举办{title}。现将有关事项通知如下：",
           f"一、培训时间：{when}。", f"二、培训地点：{place}。", f"三、培训对象：{tgt}。",
           "四、培训内容：" + "、".join(r.sample(PROF[prof]["topics"], 3)) + "等。"]
    if hs:
        out.append(f"五、学时认定：全程参训并考核合格者，登记继续教育{cw}{hs}学时。")
    out.append(f"{'六' if hs else '五'}、请各单位于开班前报送参训人员名单，联系电话：{phone(r, c)}。")
    return out


def training_notice(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "training_notice")
    r = ctx.rng
    c = city(ctx)
    prof = r.choice(PROF_KEYS)
    org = organiser(ctx, c)
    topic = r.choice(PROF[prof]["topics"])
    start = day(r)
    end = start + dt.timedelta(days=r.choice([1, 2, 2, 3, 4]))
    issued = start - dt.timedelta(days=r.randint(5, 30))
    title = ctx.pick("notice.title", [f"{start.year}年{topic}培训班", f"{topic}专题培训班",
                                      f"{start.year}年度{topic}研修班"])  # type: ignore[assignment]
    has_h = r.random() < 0.7
    hours = float(r.choice([8, 12, 16, 24, 32])) if has_h else None
    cat = r.choice([None, None, "public", "professional"]) if has_h else None
    cw = _cat_word(cat, ctx)
    hs = hours_text(hours) if hours else None
    ds = style(ctx)
    when = rfmt(start, end, ds, ctx.pick("sep2", ["至", "—", "-"]))  # type: ignore[arg-type]
    iss_s = dfmt(issued, style(ctx))
    place = ctx.pick("nvenue", [f"{c}市委党校", f"{org}培训中心", f"{c}国际会展中心", f"{c}市金海湾酒店"])
    B, H = ctx.body, ctx.bold
    holder: str | None = None
    trainees: list[str] = []
    year_no = issued.year
    docno = f"{org[:2]}{ctx.pick('docno', ['人社函', '协字', '继教发', '学会'])}〔{year_no}〕{r.randint(3, 120)}号"
    scored = ["title", "issuer", "issued_on", "period.start", "period.end"] + (["hours_stated"] if hours else [])
    pages: list[Page]
    if v == "redhead":
        pg = Page()
        pg.text(105, 22, f"{org}", 24, H, "c", RED)
        pg.text(105, 40, docno, 11, B, "c")
        pg.line(20, 48, 190, 48, 1.0, RED)
        y = pg.wrap(25, 56, 160, f"关于举办{title}的通知", 16, H, 1.5)
        pg.text(22, y + 4, "各有关单位：", 12, B)
        y += 12
        for s in _notice_body(ctx, title, when, place, prof, hs, cw, c):
            y = pg.wrap(22, y, 166, s, 11.5, B, 1.75, 8) + 1
        sign_block(pg, ctx, org, iss_s, y + 14, seed=r.randint(0, 999))
        pg.line(20, 268, 190, 268, 0.3)
        pg.text(22, 270, f"抄送：{c}市人力资源和社会保障局，各县（市、区）人社局。", 9, B)
        pg.line(20, 276, 190, 276, 0.3)
        holder = people(r, 1)[0]
        pg.text(150, 10, f"已参加 {holder}", 13, ctx.hand, "l", INK)
        pages = [pg]
    elif v == "invite":
        pg = Page()
        frame(pg, ctx, 3)
        heading(pg, ctx, "邀 请 函", 30, 28)
        holder = people(r, 1)[0]
        pg.text(25, 58, "尊敬的", 13, B)
        hand_fill(pg, ctx, 42, 58, holder, 15, 36)
        pg.text(82, 58, ctx.pick("honor", ["老师：", "同志：", "先生/女士："]), 13, B)  # type: ignore[arg-type]
        y = pg.wrap(25, 70, 160, f"您好！{org}定于{when}在{place}举办{title}，诚邀您拨冗参加。", 13, B, 1.9, 9)
        if hs:
            y = pg.wrap(25, y, 160, f"全程参加者可获得{cw}继续教育{hs}学时。", 13, B, 1.9, 9)
        y = pg.wrap(25, y, 160, f"会务联系：{people(r, 1)[0]}，{mobile(r)}。", 12, B, 1.9, 9)
        sign_block(pg, ctx, org, iss_s, y + 20, seed=r.randint(0, 999))
        pages = [pg]
    elif v == "schedule":
        pg = Page(297, 210)
        pg.text(148, 14, f"{title}日程安排", 18, H, "c")
        pg.text(20, 26, f"主办单位：{org}    培训时间：{when}    地点：{place}", 10.5, B)
        rows = [["日期", "时间", "内容", "主讲人"]]
        d = start
        lect = people(r, 6)
        i = 0
        while d <= end:
            for tm in ("08:30-11:30", "14:00-17:00"):
                rows.append([f"{d.month}月{d.day}日", tm, r.choice(PROF[prof]["topics"]) + "专题",
                             f"{lect[i % 6]} 教授"])
                i += 1
            d += dt.timedelta(days=1)
        rows = rows[:11]
        y = pg.table(20, 34, [40, 40, 130, 47], rows, 10, B, 10, header_font=H)
        trainees = people(r, r.randint(3, 6))
        trainees = [t for t in trainees if t not in lect]
        pg.text(20, y + 8, "参训学员：" + "、".join(trainees), 11, B)
        if hs:
            pg.text(20, y + 17, f"合计{hs}学时" + (f"（{cw}）" if cw else ""), 11, B)
        pg.text(200, y + 17, f"印发日期：{iss_s}", 10, B)
        pages = [pg]
    elif v == "webpage":
        pg = web_frame(ctx, f"{org}", f"http://www.{r.choice(['hrss', 'xh', 'jxjy'])}{c == '益阳' and 'yy' or 'yt'}"
                       f".gov.cn/tzgg/{issued.year}{issued.month:02d}/t{r.randint(1000000, 9999999)}.html")
        pg.text(14, 34, "首页 > 通知公告 > 正文", 8.5, B, "l", (90, 90, 90))
        pg.text(148, 44, f"关于举办{title}的通知", 15, H, "c")
        pg.text(148, 54, f"发布时间：{iss_s}    来源：{org}    浏览次数：{r.randint(120, 3000)}", 8.5, B, "c",
                (110, 110, 110))
        y = 64
        for s in _notice_body(ctx, title, when, place, prof, hs, cw, c):
            y = pg.wrap(30, y, 237, s, 10.5, B, 1.6, 7)
        trainees = people(r, r.randint(3, 5))
        pg.text(30, y + 3, "首批确认参训人员：" + "、".join(trainees), 10.5, B)
        pg.text(267, y + 12, org, 10.5, B, "r")
        pg.text(267, y + 19, iss_s, 10.5, B, "r")
        pg.text(148, 203, f"主办：{org}  地址：{address(r, c)}  ICP备{r.randint(10000000, 99999999)}号", 7.5, B, "c",
                (120, 120, 120))
        pages = [pg]
    elif v == "withlist":
        pg = Page()
        pg.text(105, 24, f"{org}", 20, H, "c", RED)
        pg.line(20, 34, 190, 34, 0.8, RED)
        pg.text(190, 38, docno, 10, B, "r")
        y = pg.wrap(25, 48, 160, f"关于举办{title}的通知", 15, H, 1.5) + 4
        for s in _notice_body(ctx, title, when, place, prof, hs, cw, c):
            y = pg.wrap(22, y, 166, s, 11.5, B, 1.75, 8) + 1
        pg.text(22, y + 4, "附件：参训人员名单", 11.5, B)
        sign_block(pg, ctx, org, iss_s, y + 20, seed=r.randint(0, 999))
        pg2 = Page()
        pg2.text(20, 18, "附件", 12, H)
        pg2.text(105, 30, "参训人员名单", 16, H, "c")
        trainees = people(r, r.randint(5, 12))
        rows = [["序号", "姓名", "工作单位", "职称"]]
        for i, nm in enumerate(trainees, 1):
            rows.append([str(i), nm, workplace(r, prof, c), r.choice(PROF[prof]["titles"])])
        pg2.table(20, 40, [14, 26, 96, 34], rows, 10, B, 11, header_font=H)
        pages = [pg, pg2]
    else:  # wechat
        acct = org.replace("继续教育学院", "继教") + ("" if r.random() < 0.5 else "发布")
        pg = phone_frame(ctx, acct, (245, 245, 245), 205)
        pg.ops = [op for op in pg.ops if not (op[0] == "text" and op[6] == (255, 255, 255))]
        pg.text(47.5, 12.8, acct, 10, B, "c", (40, 40, 40))
        y = pg.wrap(6, 25, 83, f"关于举办{title}的通知", 14, H, 1.45)
        pg.text(6, y + 1, f"{acct}  {iss_s}", 7.5, B, "l", (90, 110, 160))
        y += 9
        for s in _notice_body(ctx, title, when, place, prof, hs, cw, c)[:5 + bool(hs)]:
            y = pg.wrap(6, y, 83, s, 8.5, B, 1.55) + 0.8
        holder = people(r, 1)[0]
        pg.rect(6, y + 3, 89, y + 24, 0.3, (40, 160, 90), (235, 250, 240))
        pg.text(10, y + 6, "报名成功", 10, H, "l", (40, 160, 90))
        pg.text(10, y + 14, f"姓名：{holder}   {masked_mobile(r)}", 8.5, B)
        pg.text(47.5, 200, f"{org} · {phone(r, c)}", 7, B, "c", (140, 140, 140))
        pages = [pg]
    fields = {"holder": holder, "title": title, "issuer": org, "issued_on": issued.isoformat(),
              "period": {"start": start.isoformat(), "end": end.isoformat()}, "hours_stated": hours,
              "people": [P(n, i, "attendee") for i, n in enumerate(trainees, 1)]}
    if v == "schedule":
        fields["issued_on"] = issued.isoformat()
    claim = holder or trainees[r.randrange(len(trainees))]
    return make("training_notice", layout, pages, fields, scored, claim, start.year, cat)


# ---- qualification certificate -----------------------------------------------------------------
UNIS = {"益阳": ["湖南城市学院", "湖南中医药大学", "长沙理工大学", "湖南师范大学", "中南大学", "湘潭大学"],
        "烟台": ["鲁东大学", "烟台大学", "山东工商学院", "中国海洋大学", "山东科技大学", "山东中医药大学"]}
MAJORS = {"mine": ["安全工程", "采矿工程"], "port": ["港口航道与海岸工程", "交通运输"], "fish": ["水产养殖学", "海洋渔业科学与技术"],
          "tcm": ["中医学", "针灸推拿学"], "audit": ["审计学", "会计学"], "plan": ["城乡规划", "人文地理与城乡规划"],
          "museum": ["文物与博物馆学", "考古学"], "social": ["社会工作", "社会学"], "elec": ["电子信息工程", "微电子科学与工程"]}
DEG_DISC = {"mine": "工学", "port": "工学", "fish": "农学", "tcm": "医学", "audit": "管理学", "plan": "工学",
            "museum": "历史学", "social": "法学", "elec": "工学"}  # fmt: skip
COURSES = {"mine": ["岩石力学", "矿山安全系统工程", "通风与除尘"], "port": ["港口规划与布置", "水运工程结构", "航道整治"],
           "fish": ["水产动物营养学", "鱼类增养殖学", "水环境化学"], "tcm": ["中医内科学", "伤寒论选读", "针灸学"],
           "audit": ["审计理论与实务", "内部控制", "财务会计"], "plan": ["城市规划原理", "城市地理学", "区域分析"],
           "museum": ["博物馆学概论", "文物保护技术", "中国考古学"], "social": ["社会工作理论", "社会政策", "社会研究方法"],
           "elec": ["信号与系统", "数字集成电路设计", "嵌入式系统"]}  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "qualification_certificate")
    r = ctx.rng
    c = city(ctx)
    prof = r.choice(PROF_KEYS)
    holder = people(r, 1)[0]
    uni = r.choice(UNIS[c])
    major = r.choice(MAJORS[prof])
    gy = r.randint(2006, 2023)
    born = dt.date(gy - r.randint(22, 30), r.randint(1, 12), r.randint(1, 28))
    sex = r.choice(["男", "女"])
    B, H = ctx.body, ctx.bold
    modules: list[str] | None = None
    subject: str | None = major
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    pg = Page()
    if v == "diploma":
        kind = "graduation"
        issued = dt.date(gy, r.choice([6, 6, 7, 1]), r.randint(1, 28))
        s = style(ctx, ("cjk", "upper", "cjk0"))
        iss = issued.isoformat()
        pg = Page(297, 210, bg=(252, 248, 238))
        frame(pg, ctx, 2)
        heading(pg, ctx, "毕 业 证 书", 26, 28)
        pg.rect(30, 50, 62, 92, 0.3)
        pg.text(46, 70, "照片", 9, B, "c", (120, 120, 120))
        y = pg.wrap(80, 55, 190, f"学生{holder}，性别{sex}，{dfmt(born, s)}生，于{mfmt(gy - 4, 9, s)}至"
                    f"{mfmt(gy, issued.month, s)}在本校{major}专业四年制本科学习，修完教学计划规定的全部课程，"
                    "成绩合格，准予毕业。", 13, B, 2.0, 9)
        pg.text(80, y + 10, "校（院）长：", 12, B)
        pg.text(110, y + 8, people(r, 1)[0], 16, ctx.hand, "l", INK)
        pg.text(30, 180, f"证书编号：{r.randint(10000, 19999)}{gy}0{r.randint(1000000, 9999999)}", 10, B)
        sign_block(pg, ctx, uni, dfmt(issued, s), 150, x_right=265, seed=r.randint(0, 999))
    elif v == "degree":
        kind = r.choice(["master_degree", "doctor_degree"])
        issued_m = (gy, r.choice([6, 12, 6]))
        iss = f"{issued_m[0]}-{issued_m[1]:02d}"
        s = style(ctx, ("cjk", "upper", "cjk0"))
        frame(pg, ctx, 1)
        heading(pg, ctx, "学位证书", 40, 26)
        pg.rect(85, 62, 125, 112, 0.3)
        word = "硕士" if kind == "master_degree" else "博士"
        y = pg.wrap(28, 130, 154, f"{holder}，{sex}，{mfmt(born.year, born.month, s)}生。在{uni}{major}专业完成了"
                    f"{word}研究生学业，成绩合格，通过{word}学位论文答辩。根据《中华人民共和国学位条例》的规定，授予"
                    f"{DEG_DISC[prof]}{word}学位。", 13, B, 2.0, 9)
        pg.text(28, y + 14, f"{uni}学位评定委员会主席", 12, B)
        pg.text(150, y + 12, people(r, 1)[0], 16, ctx.hand, "l", INK)
        pg.text(130, y + 32, mfmt(*issued_m, s), 13, B)
        pg.seal(150, y + 30, 18, uni, r.randint(0, 999))
        pg.text(28, 270, f"证书编号：{r.randint(1000000000, 9999999999)}{r.randint(10000, 99999)}", 10, B)
        uni_iss = uni
    elif v == "pgcourse":
        kind = "postgraduate_courses"
        issued = dt.date(gy, r.randint(1, 12), r.randint(1, 28))
        iss = issued.isoformat()
        s = style(ctx)
        heading(pg, ctx, "研究生课程进修班|结业证书", 30, 24)
        modules = r.sample(COURSES[prof], 3)
        y = pg.wrap(25, 70, 160, f"{holder}同志于{mfmt(gy - 2, 9, s)}至{mfmt(gy, issued.month, s)}在我校参加{major}"
                    "专业研究生课程进修班学习，修完下列课程，成绩合格，准予结业。", 13, B, 1.9, 9)
        rows = [["课程名称", "学分", "成绩"]] + [[m, str(r.choice([2, 3])), str(r.randint(75, 95))] for m in modules]
        y = pg.table(35, y + 6, [80, 25, 35], rows, 11, B, 10, header_font=H)
        sign_block(pg, ctx, f"{uni}研究生院", dfmt(issued, s), y + 20, seed=r.randint(0, 999))
        uni = f"{uni}研究生院"
    elif v == "selfstudy":
        kind = "self_study_exam"
        prov = CITIES[c][0]
        uni = f"{prov}省高等教育自学考试委员会"
        issued = dt.date(gy, r.choice([4, 10, 11, 5]), r.randint(1, 28))
        iss = issued.isoformat()
        s = style(ctx)
        pg = Page(210, 148)
        frame(pg, ctx, 1)
        heading(pg, ctx, "高等教育自学考试|单科合格证书", 16, 20)
        mod = r.choice(COURSES[prof])
        modules = [mod]
        rows = [["姓名", holder, "准考证号", str(r.randint(10000000000, 99999999999))],
                ["专业", major, "课程代码", f"{r.randint(0, 9)}{r.randint(1000, 9999)}"],
                ["课程名称", mod, "成绩", str(r.randint(60, 92))]]
        y = pg.table(18, 44, [24, 62, 26, 62], rows, 10.5, B, 11)
        pg.text(18, y + 8, "经考试合格，特发此证。", 11, B)
        sign_block(pg, ctx, uni, dfmt(issued, s), y + 14, seed=r.randint(0, 999), size=11)
    elif v == "computer":
        kind = "computer_exam"
        subject = None
        uni = r.choice(["人力资源和社会保障部人事考试中心", f"{CITIES[c][0]}省人事考试中心"])
        issued = dt.date(gy, r.randint(1, 12), r.randint(1, 28))
        iss = issued.isoformat()
        s = style(ctx)
        pg = Page(210, 148, bg=(240, 246, 252))
        pg.text(105, 14, "全国专业技术人员计算机应用能力考试", 14, H, "c")
        pg.text(105, 24, "合 格 证", 20, H, "c", (20, 70, 150))
        modules = r.sample(["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿",
                            "Internet应用", "Windows XP操作系统"], r.randint(1, 3))
        rows = [["姓名", holder], ["证件号码", id_masked(r, c)], ["考试模块", "；".join(modules)],
                ["证书编号", f"{r.randint(1000000000, 9999999999)}"]]
        y = pg.table(20, 36, [32, 138], rows, 10.5, B, 11)
        sign_block(pg, ctx, uni, dfmt(issued, s), y + 8, seed=r.randint(0, 999), size=11)
        scored = [x for x in scored if x != "qualification.subject"] + ["qualification.modules"]
    else:  # chsi: an online registration record, captured from a screen
        kind = "graduation"
        issued = dt.date(gy, r.choice([6, 7]), r.randint(1, 28))
        iss = issued.isoformat()
        pg = Page(210, 160, bg=(255, 255, 255))
        pg.rect(0, 0, 210, 18, 0, (0, 0, 0), (0, 120, 170))
        pg.text(10, 5, "教育部学历证书电子注册备案表", 14, H, "l", (255, 255, 255))
        pg.text(10, 24, f"更新日期：{dfmt(dt.date(2025, r.randint(1, 12), r.randint(1, 28)), 'cjk')}", 8.5, B, "l",
                (110, 110, 110))
        rows = [["姓名", holder, "性别", sex], ["出生日期", dfmt(born, "cjk"), "民族", "汉族"],
                ["入学日期", dfmt(dt.date(gy - 4, 9, r.randint(1, 10)), "cjk"), "毕(结)业日期", dfmt(issued, "cjk")],
                ["学校名称", uni, "专业", major], ["层次", "本科", "学历类别", "普通高等教育"],
                ["学习形式", "普通全日制", "毕(结)业", "毕业"],
                ["证书编号", f"{r.randint(10000, 19999)}{gy}0{r.randint(100000, 999999)}", "校(院)长", people(r, 1)[0]]]
        y = pg.table(10, 32, [30, 65, 30, 65], rows, 10, B, 11)
        pg.text(10, y + 8, f"在线验证码：{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(16))}", 10,
                B)
        pg.text(10, y + 16, "注：本备案表在有效期内可查询验证；学信网 www.chsi.com.cn", 8, B, "l", (110, 110, 110))
    if v == "degree":
        uni = uni_iss
    fields = {"holder": holder, "issuer": uni, "issued_on": iss,
              "qualification": {"kind": kind, "subject": subject, "modules": modules}}
    if modules and "qualification.modules" not in scored:
        scored.append("qualification.modules")
    return make("qualification_certificate", layout, [pg], fields, scored, holder, int(iss[:4]))


# ---- other -------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "other")
    r = ctx.rng
    c = city(ctx)
    prof = r.choice(PROF_KEYS)
    who = people(r, 1)[0]
    unit = workplace(r, prof, c)
    org = organiser(ctx, c)
    d = day(r)
    s = style(ctx)
    B, H = ctx.body, ctx.bold
    topic = r.choice(PROF[prof]["topics"])
    if v == "receipt":
        pg = Page(210, 110, bg=(252, 250, 244))
        pg.text(105, 10, "收    据", 18, H, "c", RED)
        pg.text(190, 12, f"No.{r.randint(1000000, 9999999)}", 10, B, "r", RED)
        pg.text(20, 26, f"日期：{dfmt(d, s)}", 10.5, B)
        rows = [["交款单位（人）", f"{who}（{unit}）"], ["收款事由", f"{topic}培训费、资料费"],
                ["金额（大写）", r.choice(["捌佰元整", "壹仟贰佰元整", "陆佰伍拾元整"]), ]]
        pg.table(20, 34, [40, 130], rows, 10.5, B, 12)
        pg.text(20, 80, "收款单位（盖章）：", 10.5, B)
        pg.seal(75, 82, 15, f"{org}财务专用章"[:16], r.randint(0, 999))
        pg.text(130, 80, "经手人：", 10.5, B)
        pg.text(148, 78, people(r, 1)[0], 14, ctx.hand, "l", INK)
        pages = [pg]
    elif v == "signup":
        pg = Page()
        pg.text(105, 20, f"{topic}培训报名表", 16, H, "c")
        rows = [["姓名", who, "性别", r.choice(["男", "女"])], ["工作单位", unit, "职称", r.choice(PROF[prof]["titles"])],
                ["手机", mobile(r), "邮箱", f"{r.randint(100000, 99999999)}@qq.com"],
                ["身份证号", id_masked(r, c), "是否住宿", r.choice(["是", "否"])]]
        y = pg.table(18, 32, [28, 70, 24, 52], rows, 10, B, 12)
        pg.text(18, y + 8, "单位意见：", 11, B)
        pg.text(40, y + 16, "同意报名。", 13, ctx.hand, "l", INK)
        pg.seal(150, y + 24, 17, unit[:16], r.randint(0, 999))
        pg.text(18, y + 44, f"请于{dfmt(d, s)}前将报名表发送至 {org} 邮箱，联系电话 {phone(r, c)}。", 9.5, B)
        pages = [pg]
    elif v == "leave":
        pg = Page(210, 148)
        pg.text(105, 14, "请 假 条", 18, H, "c")
        y = pg.wrap(20, 32, 170, f"本人{who}，因参加{org}组织的{topic}学习，需请假{r.randint(2, 5)}天，自"
                    f"{dfmt(d, s)}起，请领导批准。", 14, ctx.hand, 2.0, 9)
        pg.text(130, y + 8, f"请假人：{who}", 13, ctx.hand, "l", INK)
        pg.text(130, y + 18, dfmt(d - dt.timedelta(days=2), s), 13, ctx.hand, "l", INK)
        pg.text(20, y + 30, "科室负责人意见：同意", 12, ctx.hand, "l", INK)
        pages = [pg]
    elif v == "employ":
        pg = Page()
        pg.text(105, 30, "在 职 证 明", 20, H, "c")
        y = pg.wrap(25, 55, 160, f"兹证明{who}同志（身份证号：{id_masked(r, c)}）系我单位在职职工，自"
                    f"{d.year - r.randint(3, 15)}年起在我单位从事{topic}相关工作，现任"
                    f"{r.choice(PROF[prof]['titles'])}。", 13, B, 2.0, 9)
        y = pg.wrap(25, y + 4, 160, "特此证明。", 13, B, 2.0, 9)
        sign_block(pg, ctx, unit, dfmt(d, s), y + 30, seed=r.randint(0, 999))
        pg.text(25, 270, f"单位地址：{address(r, c)}    联系电话：{phone(r, c)}", 9, B)
        pages = [pg]
    elif v == "payment":
        pg = phone_frame(ctx, "支付详情", (7, 193, 96))
        pg.text(47.5, 34, "-" + r.choice(["300.00", "480.00", "1200.00", "260.00"]), 22, H, "c")
        pg.text(47.5, 48, "支付成功", 10, B, "c", (7, 160, 80))
        rows = [("商户", org), ("商品", f"{topic}课程费"), ("付款人", who), ("支付时间",
                f"{d.isoformat()} {r.randint(8, 22):02d}:{r.randint(0, 59):02d}"),
                ("交易单号", str(r.randint(10**15, 10**16 - 1)) + str(r.randint(1000, 9999)))]
        y = 62
        for a, b in rows:
            pg.text(8, y, a, 8.5, B, "l", (130, 130, 130))
            y = pg.wrap(28, y, 60, b, 8.5, B, 1.5) + 3
        pages = [pg]
    else:  # appraisal
        pg = Page()
        pg.text(105, 18, f"{d.year}年度专业技术人员考核登记表", 15, H, "c")
        rows = [["姓名", who, "单位", unit], ["现任职称", r.choice(PROF[prof]["titles"]), "考核年度", str(d.year)]]
        y = pg.table(18, 30, [24, 50, 20, 80], rows, 10, B, 11)
        pg.rect(18, y, 192, y + 110, 0.3)
        pg.text(22, y + 4, "个人总结：", 10.5, B)
        pg.wrap(24, y + 14, 160, f"本年度认真履行岗位职责，参与{topic}相关工作，按要求完成继续教育学习任务，"
                "业务水平有所提高。", 13, ctx.hand, 1.9, 9)
        pg.text(120, y + 92, f"本人签名：{who}", 13, ctx.hand, "l", INK)
        pg.text(22, y + 120, "考核等次：称职", 11, B)
        pages = [pg]
    return make("other", layout, pages, {"holder": who}, [], who, d.year)
