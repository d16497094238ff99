"""Draw 54's certificates and sheets: training certificates, sign-in sheets, notices, qualifications, other proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind54.kit import (
    World,
    border,
    doc,
    fdate,
    fmonth,
    frange,
    later,
    lh,
    para,
    period,
    put,
    qr,
    rand_date,
    sign,
    spaced,
    table,
    world,
)  # fmt: skip
from bench.blind54.pools import PROFESSIONS, TITLES_OTHER, TITLES_SENIOR, YANTAI, YIYANG, Ctx, bureau

PUBLIC_TOPICS = {
    2017: ("创新驱动发展战略", "专业技术人员职业道德与诚信建设"),
    2018: ("加快开放强省建设", "专业技术人员心理健康与压力管理"),
    2019: ("新中国成立70周年成就与经验", "专业技术人员知识产权保护"),
    2020: ("习近平新时代中国特色社会主义思想", "专业技术人员职业道德和能力建设"),
    2021: ("中国共产党百年奋斗历程", "数字经济与创新发展"),
}


def _holder_unit(ctx: Ctx, w: World) -> tuple[str, str, str]:
    title = ctx.rng.choice(TITLES_OTHER + TITLES_SENIOR)
    return ctx.person(), w.unit(ctx), title


def _training(ctx: Ctx, w: World, category: str | None) -> tuple[str, str]:
    """(training title, organiser) for a category: public trainings are held by the HRSS side."""
    c, y = w.city, w.year
    if category == "public":
        topic = ctx.rng.choice(PUBLIC_TOPICS[y])
        forms = [f"{y}年度专业技术人员继续教育公需科目培训", f"{y}年{c.city}专业技术人员公需科目（{topic}）培训班",
                 f"公需科目：{topic}专题培训"]  # fmt: skip
        org = ctx.rng.choice(
            [c.hrss_city, "鲁东大学继续教育学院", "山东商务职业学院"] if c is YANTAI
            else [c.hrss_city, "益阳职业技术学院", f"{w.county(ctx)}人力资源和社会保障局"]
        )  # fmt: skip
        return ctx.pick("t54.tc.pubtitle", forms), org
    t = ctx.rng.choice(w.prof.trainings)
    forms = [f"{t}培训班", f"{y}年{w.city.city}{w.prof.field}专业技术人员继续教育培训班", f"{t}高级研修班",
             f"{t}专题讲座", f"{y}年度{t}继续教育项目"]  # fmt: skip
    if category == "professional":
        forms += [f"{y}年度专业科目继续教育（{t}）培训班"]
    org = ctx.rng.choice([bureau(c, w.prof, y, "city"), bureau(c, w.prof, y, "prov"),
                          f"{c.city}{w.prof.society}", w.unit(ctx)])  # fmt: skip
    return ctx.pick("t54.tc.title", forms), org


def _span(ctx: Ctx, w: World, days: tuple[int, int] = (1, 5)) -> tuple[dt.date, dt.date]:
    a = rand_date(ctx, w.year, (3, 11))
    return a, later(a, days[0] - 1, days[1] - 1, ctx)


# ---- training certificates ---------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("training_certificate")
    w = world(ctx)
    category = ctx.rng.choice(["public", "professional", None])
    if v == "credit" and category is None:
        category = "professional"
    holder, unit, rank = _holder_unit(ctx, w)
    title, org = _training(ctx, w, category)
    a, b = _span(ctx, w, (1, 3) if v != "online" else (20, 60))
    if b.year != w.year:
        b = dt.date(w.year, 12, 28)
    issued = later(b, 0, 6, ctx) if v != "online" else b
    if issued.year != w.year:
        issued = b
    hours = ctx.rng.choice([8, 12, 16, 24, 30, 32, 40, 48, 56, 60, 72, 90])
    if category == "public":
        hours = ctx.rng.choice([12, 24, 30])
    if v == "online":
        org = ctx.rng.choice(
            ["山东网梯学航网络科技有限公司", "鲁东大学继续教育学院"] if w.city is YANTAI
            else ["湖南省专业技术人员继续教育网络学院", "益阳职业技术学院继续教育学院"]
        )  # fmt: skip
    fields = {"holder": holder, "title": title, "issuer": org, "issued_on": issued.isoformat(),
              "period": period(a, b), "hours_stated": float(hours)}  # fmt: skip
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    cat_word = {"public": "公需科目", "professional": "专业科目", None: ""}[category]
    draw = {"frame": _tc_frame, "table": _tc_table, "online": _tc_online, "numeral": _tc_numeral,
            "letter": _tc_letter, "credit": _tc_credit}[v]  # fmt: skip
    pages, unit_printed = draw(ctx, w, holder, unit, rank, title, org, a, b, issued, hours, cat_word)
    if v == "credit":
        fields["hours_stated"] = float(unit_printed)
    return doc("training_certificate", v, pages, fields, scored, w.claim(holder), category)


def _cert_no(ctx: Ctx, w: World) -> str:
    pre = {YANTAI: "YT", YIYANG: "YY"}[w.city]
    return f"{pre}{w.year}{ctx.rng.randrange(10**5, 10**6)}"


def _tc_frame(ctx, w, holder, unit, rank, title, org, a, b, issued, hours, cat):  # noqa: ANN001, ANN202
    pg = Page(297, 210)
    border(pg, ctx, ctx.rng.choice([1, 2, 3]))
    head = ctx.pick("t54.tc.head", ["结业证书", "培训证书", "合格证书", "继续教育结业证书"])
    put(pg, pg.w / 2, 30, spaced(head), 30, ctx.bold, "c", (150, 30, 30) if ctx.chance(0.5) else (20, 20, 20))
    put(pg, 30, 58, f"证书编号：{_cert_no(ctx, w)}", 11, ctx.body)
    hw = ctx.chance(0.35)
    y = 72
    if hw:
        put(pg, 40, y, holder, 17, ctx.hand)
        pg.line(38, y + 8, 80, y + 8, 0.3)
        put(pg, 82, y + 1, "同志：", 15, ctx.body)
        y += 14
        body = f"于{frange(a, b, ctx.pick('t54.tc.range', ['cn_to', 'cn_full', 'cn_dash']))}参加{title}"
    else:
        body = f"{holder}同志（{unit}）于{frange(a, b, ctx.pick('t54.tc.range', ['cn_to', 'cn_full', 'cn_dash']))}参加{title}"
    body += ctx.pick("t54.tc.body", [
        f"，完成规定课程，共计{hours}学时，经考核合格，准予结业。",
        f"学习，修完全部课程，计{hours}学时，成绩合格，特发此证。",
        f"，培训{hours}学时，考核合格。",
    ])  # fmt: skip
    if cat and ctx.chance(0.5) and cat not in title:
        body += f"（{cat}）"
    elif cat and cat not in title:
        put(pg, pg.w - 30, 58, f"科目类别：{cat}", 11, ctx.body, "r")
    y = para(pg, ctx, 40, y, pg.w - 80, body, 15)
    ds = fdate(issued, ctx.pick("t54.tc.date", ["cn", "cn0", "num"]))
    sign(pg, ctx, org, ds, max(y + 14, 150), 14, pg.w - 40)
    return [pg], hours


def _tc_table(ctx, w, holder, unit, rank, title, org, a, b, issued, hours, cat):  # noqa: ANN001, ANN202
    pg = Page()
    head = ctx.pick("t54.tc.thead", ["学时证明", "继续教育学时证明", "培训学时证明"])
    put(pg, pg.w / 2, 22, head, 22, ctx.bold, "c")
    y = 42
    pairs = [("姓    名", holder), ("工作单位", unit), ("专业技术职务", rank), ("培训项目", title),
             ("培训时间", frange(a, b, ctx.pick("t54.tc.range2", ["cn_to", "dot_dash", "dash_to"])))]  # fmt: skip
    for lab, val in pairs:
        put(pg, 24, y, f"{lab}：{val}", 12, ctx.body)
        y += 9
    n = ctx.rng.randint(3, 5)
    parts = _split(hours, n, ctx)
    mixed = not cat
    rows = [["序号", "课程名称", "课程类别", "学时", "考核结果"]]
    topics = list(w.prof.trainings) + ["政策法规解读", "案例研讨", "现场教学", "专业技术前沿讲座"]
    ctx.rng.shuffle(topics)
    for i, h in enumerate(parts):
        kind = cat if cat else ("公需科目" if i == 0 else "专业科目")
        if mixed and i == 0:
            kind = "公需科目"
        rows.append([str(i + 1), topics[i], kind, str(h), ctx.rng.choice(["合格", "通过", "优秀"])])
    rows.append(["合计", "", "", str(hours), ""])
    y = table(pg, ctx, 20, y + 4, [14, 74, 30, 22, 30], rows, 11, 10)
    y = para(
        pg, ctx, 24, y + 10, pg.w - 48, f"该同志参加上述培训，累计获得继续教育{hours}学时，特此证明。", 12
    )
    sign(pg, ctx, org, fdate(issued, ctx.pick("t54.tc.date2", ["cn", "cn0", "dot"])), y + 20, 12.5)
    return [pg], hours


def _split(total: int, n: int, ctx: Ctx) -> list[int]:
    n = min(n, max(1, total // 2))
    cuts = sorted(ctx.rng.sample(range(1, total), n - 1)) if n > 1 else []
    return [b - a for a, b in zip([0] + cuts, cuts + [total], strict=True)]


def _tc_online(ctx, w, holder, unit, rank, title, org, a, b, issued, hours, cat):  # noqa: ANN001, ANN202
    pg = Page()
    pg.rect(0, 0, pg.w, 34, 0, (30, 80, 150), (30, 80, 150))
    put(pg, pg.w / 2, 11, org, 17, ctx.bold, "c", (255, 255, 255))
    border(pg, ctx, 1)
    head = ctx.pick("t54.tc.ohead", ["继续教育电子证书", "网络培训学习证明", "在线学习合格证书"])
    put(pg, pg.w / 2, 50, head, 24, ctx.bold, "c")
    no = _cert_no(ctx, w)
    y = 74
    pre = (
        ["370602", "370613", "370681", "370685"]
        if w.city is YANTAI
        else ["430902", "430903", "430923", "430981"]
    )
    idno = f"{ctx.rng.choice(pre)}********{ctx.rng.randrange(1000, 9999)}"
    for lab, val in [("姓名", holder), ("身份证号", idno), ("工作单位", unit), ("证书编号", no)]:
        put(pg, 30, y, f"{lab}：{val}", 12.5, ctx.body)
        y += 10
    body = (f"该学员于{frange(a, b, ctx.pick('t54.tc.range3', ['cn_full', 'dot_dash', 'dash_to']))}在本平台参加“{title}”"
            f"在线学习，完成全部课程及在线考试，成绩合格，获得{hours}学时。")  # fmt: skip
    if cat and cat not in title:
        body += f"学时类别：{cat}。"
    y = para(pg, ctx, 30, y + 6, pg.w - 60, body, 13)
    qr(pg, ctx, 30, y + 16, 26)
    put(pg, 30, y + 45, "扫描二维码验证证书真伪", 9, ctx.body)
    site = "www.sdzjpx.cn" if w.city is YANTAI else "www.hnzjpx.cn"
    put(pg, 30, y + 51, f"查询网址：{site}/verify?no={no}", 8.5, ctx.body)
    sign(
        pg,
        ctx,
        org,
        f"发证日期：{fdate(issued, ctx.pick('t54.tc.date3', ['cn', 'dash', 'cn0']))}",
        y + 20,
        12,
    )
    return [pg], hours


def _tc_numeral(ctx, w, holder, unit, rank, title, org, a, b, issued, hours, cat):  # noqa: ANN001, ANN202
    pg = Page(297, 210)
    border(pg, ctx, 3)
    top = ctx.pick(
        "t54.tc.nhead", [f"{w.city.province}专业技术人员", f"{w.city.city}专业技术人员", "专业技术人员"]
    )
    put(pg, pg.w / 2, 26, top, 18, ctx.bold, "c", (140, 30, 30))
    put(pg, pg.w / 2, 38, "继 续 教 育 证 书", 28, ctx.bold, "c", (140, 30, 30))
    y = 68
    body = (f"{holder}同志于{frange(a, b, 'num_to')}参加{title}，"
            f"{'属' + cat + '，' if cat and cat not in title else ''}完成学习任务{hours}学时，经考核成绩合格。")  # fmt: skip
    y = para(pg, ctx, 45, y, pg.w - 90, body, 16)
    put(pg, 45, y + 6, "特发此证。", 16, ctx.body)
    sign(pg, ctx, org, fdate(issued, "num"), 140, 14, pg.w - 45)
    put(pg, 30, 188, f"编号：{_cert_no(ctx, w)}", 10, ctx.body)
    return [pg], hours


def _tc_letter(ctx, w, holder, unit, rank, title, org, a, b, issued, hours, cat):  # noqa: ANN001, ANN202
    pg = Page()
    put(pg, pg.w / 2, 34, ctx.pick("t54.tc.lhead", ["培训证明", "证  明", "参训证明"]), 22, ctx.bold, "c")
    word = ctx.pick("t54.tc.hword", ["课时", "小时", "学时"])
    body = (f"兹证明{holder}同志（工作单位：{unit}，职称：{rank}）于"
            f"{frange(a, b, ctx.pick('t54.tc.range4', ['cn_to', 'cn_full', 'cn_dash']))}参加了由我单位组织的"
            f"“{title}”，培训时长共计{hours}{word}，全程参加，考核合格。")  # fmt: skip
    if cat and cat not in title:
        body += f"本次培训计入{cat}学时。"
    y = para(pg, ctx, 28, 60, pg.w - 56, body, 14)
    y = para(pg, ctx, 28, y + 4, pg.w - 56, "特此证明。", 14)
    sign(pg, ctx, org, fdate(issued, ctx.pick("t54.tc.date4", ["cn", "num", "cn0"])), y + 30, 13.5,
         extra=["（盖章）"] if ctx.chance(0.4) else None)  # fmt: skip
    return [pg], hours


def _tc_credit(ctx, w, holder, unit, rank, title, org, a, b, issued, hours, cat):  # noqa: ANN001, ANN202
    pg = Page()
    border(pg, ctx, 2, (30, 90, 60))
    put(pg, pg.w / 2, 30, ctx.pick("t54.tc.chead", ["继续教育学分证书", "学分证明"]), 24, ctx.bold, "c")
    credits = ctx.rng.choice([1, 2, 3, 4, 5])
    per = ctx.rng.choice([8, 10, 6])
    h = credits * per
    y = 56
    for lab, val in [("姓名", holder), ("单位", unit), ("项目名称", title), ("项目类别", cat or "专业科目"),
                     ("举办时间", frange(a, b, "cn_to")), ("授予学分", f"{credits}学分")]:  # fmt: skip
        put(pg, 34, y, f"{lab}：{val}", 13, ctx.body)
        y += 11
    y = para(pg, ctx, 34, y + 4, pg.w - 68, f"按每学分折合{per}学时计，共计{h}学时。", 13, False)
    sign(pg, ctx, org, fdate(issued, ctx.pick("t54.tc.date5", ["cn", "cn0"])), y + 26, 13)
    return [pg], h


# ---- sign-in sheets ----------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("sign_in_sheet")
    w = world(ctx)
    title, org = _training(ctx, w, ctx.rng.choice([None, None, "professional"]))
    day = rand_date(ctx, w.year, (3, 12))
    n = {"twocol": ctx.rng.randint(20, 30), "blank": ctx.rng.randint(8, 13)}.get(v, ctx.rng.randint(10, 17))
    names = [ctx.person() for _ in range(n)]
    pg = Page()
    head = ctx.pick("t54.si.head", ["签到表", "签到册", "学员签到表", "参训人员签到表"])
    if v == "register" and not head.endswith("册"):
        head = "签到册"
    y = 16
    tl = ctx.chance(0.5) and width_mm(title + head, ctx.bold, 16) < pg.w - 30
    if tl:
        put(pg, pg.w / 2, y, title + head, 16, ctx.bold, "c")
        y += 11
    else:
        put(pg, pg.w / 2, y, title, 15, ctx.bold, "c")
        put(pg, pg.w / 2, y + 9, head, 18, ctx.bold, "c")
        y += 21
    ds = fdate(day, ctx.pick("t54.si.date", ["cn", "cn0", "dot", "dash"]))
    place = ctx.rng.choice(
        [f"{w.city.city}{s}" for s in ("职工培训中心", "会议中心三楼会议室", "科技馆报告厅")]
        + [w.unit(ctx) + "学术报告厅"]
    )
    meta = [f"主办单位：{org}", f"培训时间：{ds}", f"地点：{place}"]
    if v == "register":
        y = table(
            pg,
            ctx,
            15,
            y,
            [36, 144],
            [["培训名称", title], ["主办单位", org], ["培训日期", ds], ["培训地点", place]],
            10.5,
            8,
        )
        y += 4
    else:
        put(pg, 15, y, "    ".join(meta[:2]), 10.5, ctx.body)
        put(pg, 15, y + 6.5, meta[2], 10.5, ctx.body)
        y += 14
    ranks = TITLES_OTHER + TITLES_SENIOR
    units = [w.unit(ctx) for _ in names]
    if v == "unitwide":
        units = [
            f"{w.city.city}{w.county(ctx)}{ctx.rng.choice(['第二', '中心', '综合'])}{u}分部"
            if ctx.chance(0.5)
            else u
            for u in units
        ]
    hand = ctx.hand
    if v == "twocol":
        half = (n + 1) // 2
        for x0, chunk, start in [(12, names[:half], 1), (108, names[half:], half + 1)]:
            rows = [["序号", "姓名", "单位", "签名"]]
            for i, nm in enumerate(chunk):
                rows.append([str(start + i), nm, units[start - 1 + i], nm])
            while len(rows) < half + 1:
                rows.append(["", "", "", ""])
            table(pg, ctx, x0, y, [10, 20, 40, 20], rows, 8, 8.2, {3: hand})
    elif v == "session":
        rows = [["序号", "姓名", "单位", "上午签到", "下午签到"]]
        for i, nm in enumerate(names):
            rows.append(
                [str(i + 1), nm, units[i], nm if ctx.chance(0.92) else "", nm if ctx.chance(0.85) else ""]
            )
        table(pg, ctx, 12, y, [13, 24, 75, 37, 37], rows, 10, 9.5, {3: hand, 4: hand})
    else:
        cols = (
            ["序号", "姓名", "单位", "职称", "签名"]
            if v in ("register", "plain")
            else ["序号", "姓名", "工作单位", "联系电话", "签名"]
        )
        rows = [cols]
        for i, nm in enumerate(names):
            third = (
                ctx.rng.choice(ranks)
                if cols[3] == "职称"
                else f"1{ctx.rng.randint(3, 8)}{ctx.rng.randrange(10)}****{ctx.rng.randrange(1000, 9999)}"
            )
            name_cell = nm
            rows.append([str(i + 1), name_cell, units[i], third, nm])
        if v == "blank":
            for i in range(n, n + ctx.rng.randint(3, 6)):
                rows.append([str(i + 1), "", "", "", ""])
        fonts = {4: hand, 1: hand} if v == "blank" else {4: hand}
        widths = [13, 25, 70, 36, 42] if v != "unitwide" else [12, 22, 88, 34, 30]
        table(pg, ctx, 12, y, widths, rows, 10, 10 if v == "unitwide" else 9.5, fonts)
    fields = {"holder": None, "title": title, "issuer": org, "period": period(day, day),
              "people": [{"name": nm, "rank": i + 1, "role": "attendee"} for i, nm in enumerate(names)]}  # fmt: skip
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    claimed = ctx.rng.choice(names)
    return doc("sign_in_sheet", v, [pg], fields, scored, w.claim(claimed))


# ---- training notices --------------------------------------------------------------------------
def _wenhao(ctx: Ctx, w: World, org: str) -> str:
    c = w.city
    mid = {"人力资源和社会保障局": "人社", "教育局": "教", "卫生": "卫", "科学技术局": "科"}
    tag = next((v for k, v in mid.items() if k in org), "")
    kind = ctx.rng.choice(["字", "函", "发", "通"])
    return f"{c.short}{tag or ''}{kind}〔{w.year}〕{ctx.rng.randint(3, 160)}号"


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("training_notice")
    w = world(ctx)
    category = ctx.rng.choice([None, "professional", "public"]) if v != "invite" else None
    title, org = _training(ctx, w, category)
    if v == "meeting":
        title = f"{w.city.city}{w.prof.society}{w.year}年学术年会"
        org = f"{w.city.city}{w.prof.society}"
        category = None
    a, b = _span(ctx, w, (2, 4))
    issued = a - dt.timedelta(days=ctx.rng.randint(6, 25))
    if issued.year != w.year:
        a, b = a + dt.timedelta(days=40), b + dt.timedelta(days=40)
        issued = a - dt.timedelta(days=10)
    hours = ctx.rng.choice([8, 16, 24, 32, 40])
    days = (b - a).days + 1
    cat_word = {"public": "公需科目", "professional": "专业科目", None: ""}[category]
    place = ctx.rng.choice(
        [f"{w.city.city}职工培训中心", f"{w.unit(ctx)}", f"{w.city.city}{w.county(ctx)}会议中心"]
    )
    attendees = [ctx.person() for _ in range(ctx.rng.randint(4, 10))] if v != "invite" else []
    addressee = ctx.person() if v == "invite" else None
    pages = []
    pg = Page()
    pages.append(pg)
    y = 20
    if v in ("wenhao", "schedule"):
        put(pg, pg.w / 2, y, f"{org}文件", 26 if len(org) < 12 else 20, ctx.bold, "c", (200, 20, 20))
        y += 18
        put(pg, pg.w / 2, y, _wenhao(ctx, w, org), 12, ctx.body, "c")
        y += 8
        pg.line(18, y, pg.w - 18, y, 0.9, (200, 20, 20))
        y += 10
    elif v in ("roster", "receipt"):
        put(pg, pg.w - 20, y, _wenhao(ctx, w, org), 11, ctx.body, "r")
        y += 12
    if v == "invite":
        put(pg, pg.w / 2, y + 6, "邀  请  函", 24, ctx.bold, "c")
        y += 26
        put(pg, 22, y, f"尊敬的{addressee}{ctx.rng.choice(['老师', '同志', '专家'])}：", 13, ctx.body)
        y += 10
        body = (f"{org}定于{frange(a, b, ctx.pick('t54.tn.range', ['cn_to', 'cn_full']))}在{place}举办{title}。"
                f"鉴于您在{w.prof.field}领域的专业造诣，特邀请您参加并作专题交流。本次活动计继续教育{hours}学时。")  # fmt: skip
        y = para(pg, ctx, 22, y, pg.w - 44, body, 13)
        y = para(
            pg, ctx, 22, y + 2, pg.w - 44, "会务组将统一安排食宿，往返交通费回原单位报销。敬请拨冗莅临！", 13
        )
        y = sign(pg, ctx, org, fdate(issued, ctx.pick("t54.tn.date", ["cn", "num"])), y + 20, 13)
        fields = {"holder": addressee, "title": title, "issuer": org, "issued_on": issued.isoformat(),
                  "period": period(a, b), "hours_stated": float(hours)}  # fmt: skip
        sc = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
        return doc("training_notice", v, pages, fields, sc, w.claim(addressee))
    head = f"关于{'召开' if v == 'meeting' else '举办'}{title}的通知"
    y = pg.wrap(30, y, pg.w - 60, head, 16, ctx.bold, 1.5) + 4
    to = ctx.pick(
        "t54.tn.to", ["各县市区相关单位：", "各有关单位：", f"各区市{w.prof.field}相关单位，市直有关单位："]
    )
    put(pg, 20, y, to, 12.5, ctx.body)
    y += 9
    intro = ctx.pick("t54.tn.intro", [
        f"为进一步提升全市{w.prof.field}专业技术人员业务水平，经研究，决定举办{title}。现将有关事项通知如下：",
        f"根据{w.year}年度专业技术人员继续教育工作安排，{org}拟组织{title}，现就有关事项通知如下：",
    ])  # fmt: skip
    y = para(pg, ctx, 20, y, pg.w - 40, intro, 12.5)
    secs = [
        ("一、时间地点", f"{frange(a, b, ctx.pick('t54.tn.range2', ['cn_to', 'cn_full', 'cn_dash']))}，共{days}天；地点：{place}。"),
        ("二、参加人员", f"各单位从事{w.prof.field}工作的专业技术人员（名单见附件）。"),
        ("三、主要内容", "、".join(ctx.rng.sample(list(w.prof.trainings), 3)) + "等。"),
        ("四、学时认定", f"培训结束经考核合格的，登记{cat_word or '继续教育'}{hours}学时。"),
        ("五、其他事项", "培训不收取费用，食宿统一安排，费用回原单位报销。请各单位于开班前3日将回执报送至会务组。"),
    ]  # fmt: skip
    for h, txt in secs:
        put(pg, 20, y + 1, h, 12.5, ctx.bold)
        y = para(pg, ctx, 20, y + lh(12.5), pg.w - 40, txt, 12.5)
    if v in ("roster",) and y < 190:
        rows = [["序号", "姓名", "单位"]] + [[str(i + 1), nm, w.unit(ctx)] for i, nm in enumerate(attendees)]
        put(pg, 20, y + 2, "参训人员名单：", 12.5, ctx.body)
        y = table(pg, ctx, 20, y + 10, [16, 30, 100], rows, 10.5, 7.5) + 4
        att_here = True
    else:
        att_here = False
    put(
        pg,
        20,
        y + 2,
        f"附件：{'日程安排及参训人员名单' if v == 'schedule' else '报名回执' if v in ('receipt', 'meeting') else '参训人员名单'}",
        12,
        ctx.body,
    )
    sign(pg, ctx, org, fdate(issued, ctx.pick("t54.tn.date2", ["cn", "num", "cn0"])), min(y + 16, 255), 12.5)
    if not att_here:
        p2 = Page()
        pages.append(p2)
        put(p2, 20, 18, "附件", 14, ctx.bold)
        yy = 30
        if v == "schedule":
            put(p2, p2.w / 2, yy, f"{title}日程安排", 14, ctx.bold, "c")
            rows = [["日期", "时间", "内容", "授课人"]]
            d = a
            topics = list(w.prof.trainings) + ["开班仪式及政策解读", "交流研讨", "结业考核"]
            i = 0
            while d <= b:
                for t in ("上午", "下午"):
                    rows.append(
                        [
                            f"{d.month}月{d.day}日",
                            t,
                            topics[i % len(topics)],
                            ctx.person() + ctx.rng.choice(["教授", "研究员", "高工", "主任"]),
                        ]
                    )
                    i += 1
                d += dt.timedelta(days=1)
            yy = table(p2, ctx, 15, yy + 10, [28, 20, 96, 36], rows, 10, 8.5) + 10
        if v in ("receipt", "meeting"):
            put(p2, p2.w / 2, yy, "报 名 回 执", 15, ctx.bold, "c")
            put(p2, 15, yy + 11, f"单位名称（盖章）：{w.unit(ctx)}", 11, ctx.body)
            rows = [["姓名", "性别", "职称", "联系电话", "备注"]]
            for nm in attendees:
                rows.append([nm, ctx.rng.choice("男女"), ctx.rng.choice(TITLES_OTHER + TITLES_SENIOR),
                             f"13{ctx.rng.randrange(10)}****{ctx.rng.randrange(1000, 9999)}", ""])  # fmt: skip
            yy = table(p2, ctx, 15, yy + 19, [30, 16, 44, 50, 40], rows, 10.5, 9, {0: ctx.hand}) + 6
            put(p2, 15, yy, "请于开班前3个工作日将回执发送至会务组邮箱。", 10.5, ctx.body)
        else:
            put(p2, p2.w / 2, yy, "参训人员名单", 15, ctx.bold, "c")
            rows = [["序号", "姓名", "工作单位", "职称"]] + [
                [str(i + 1), nm, w.unit(ctx), ctx.rng.choice(TITLES_OTHER + TITLES_SENIOR)]
                for i, nm in enumerate(attendees)
            ]
            table(p2, ctx, 15, yy + 10, [16, 30, 94, 40], rows, 10.5, 8.5)
    fields = {"holder": None, "title": title, "issuer": org, "issued_on": issued.isoformat(), "period": period(a, b),
              "hours_stated": float(hours),
              "people": [{"name": nm, "rank": i + 1, "role": "attendee"} for i, nm in enumerate(attendees)]}  # fmt: skip
    sc = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    return doc("training_notice", v, pages, fields, sc, w.claim(ctx.rng.choice(attendees)), category)


# ---- qualification certificates ---------------------------------------------------------------
SCHOOLS = {
    "yantai": ["鲁东大学", "烟台大学", "山东大学", "中国海洋大学", "青岛大学", "滨州医学院"],
    "yiyang": ["湖南城市学院", "湖南大学", "中南大学", "湖南师范大学", "湖南农业大学", "湘潭大学"],
}
DEGREE_FIELD = {"bridge": "工学", "infection": "医学", "meteo": "理学", "math": "教育学", "tea": "农学", "fishery": "农学",
                "radio": "理学", "aviation": "工学", "agrimach": "工学", "forensic": "医学", "library": "管理学",
                "geology": "工学"}  # fmt: skip
CS_MODULES = ["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Windows 7操作系统",
              "Internet应用", "AutoCAD 2008制图软件", "Photoshop CS4图像处理", "Access 2003数据库管理系统"]  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("qualification_certificate")
    w = world(ctx)
    if v == "computer" and w.city is YANTAI:
        w = World(
            YIYANG,
            ctx.rng.choice((2017, 2018)),
            ctx.rng.choice([p for p in PROFESSIONS if "yiyang" in p.cities]),
        )
    holder = ctx.person()
    sex = ctx.rng.choice("男女")
    by = w.year - ctx.rng.randint(24, 40)
    birth = dt.date(by, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    school = ctx.rng.choice(SCHOOLS[w.key])
    subject = ctx.rng.choice(w.prof.subjects)
    pg = Page(297, 210) if v in ("graduation", "master", "doctor") else Page()
    month_only = ctx.chance(0.4)
    m = (
        ctx.rng.choice([6, 6, 7, 12, 1])
        if v in ("graduation", "master", "doctor")
        else ctx.rng.randint(3, 12)
    )
    day = dt.date(w.year, m, ctx.rng.randint(1, 28))
    issued = f"{w.year}-{m:02d}" if month_only else day.isoformat()
    ds = (
        fmonth(w.year, m, ctx.pick("t54.qc.month", ["cn", "num"]))
        if month_only
        else fdate(day, ctx.pick("t54.qc.date", ["cn", "num", "cn0"]))
    )
    modules = None
    kind = {"graduation": "graduation", "master": "master_degree", "doctor": "doctor_degree", "courses": "postgraduate_courses",
            "selfstudy": "self_study_exam", "computer": "computer_exam"}[v]  # fmt: skip
    issuer = school
    no = "".join(str(ctx.rng.randrange(10)) for _ in range(ctx.rng.choice([12, 16, 18])))
    if v in ("graduation", "master", "doctor"):
        border(pg, ctx, ctx.rng.choice([2, 3]), (120, 30, 30))
        head = {"graduation": "毕业证书", "master": "硕士学位证书", "doctor": "博士学位证书"}[v]
        put(pg, pg.w / 2, 26, spaced(head) if len(head) <= 4 else head, 28, ctx.bold, "c")
        pg.rect(38, 60, 73, 105, 0.3, (120, 120, 120))
        put(pg, 55.5, 80, "照片", 10, ctx.body, "c", (150, 150, 150))
        bs = fdate(birth, "cn")
        if v == "graduation":
            y1 = w.year - ctx.rng.choice([2, 3, 4])
            body = (
                f"学生{holder}，性别{sex}，{bs}生，于{y1}年9月至{w.year}年{m}月在本校{subject}专业"
                f"{ctx.rng.choice(['研究生', '全日制本科', '业余本科'])}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
            )
            sig = "校长："
        else:
            lvl = "硕士" if v == "master" else "博士"
            body = (
                f"{holder}，{sex}，{bs}生。在{school}{subject}专业完成了{lvl}学位的课程学习和论文答辩，"
                f"成绩合格。根据《中华人民共和国学位条例》的规定，授予{DEGREE_FIELD[w.prof.key]}{lvl}学位。"
            )
            sig = "学位评定委员会主席："
        y = para(pg, ctx, 85, 62, pg.w - 125, body, 14)
        put(pg, 85, max(y + 10, 140), f"{sig}{ctx.person()}", 13, ctx.body)
        put(pg, 85, max(y + 10, 140) + 10, f"证书编号：{no}", 11, ctx.body)
        sign(pg, ctx, school, ds, 150, 13.5, pg.w - 40)
    elif v == "courses":
        border(pg, ctx, 2)
        put(pg, pg.w / 2, 34, "研究生课程进修班", 20, ctx.bold, "c")
        put(pg, pg.w / 2, 48, "结 业 证 书", 26, ctx.bold, "c")
        y1 = w.year - ctx.rng.choice([1, 2])
        body = (
            f"{holder}同志于{y1}年9月至{w.year}年{m}月参加我校{subject}专业研究生课程进修班学习，"
            "修完规定的全部学位课程，考试成绩合格，准予结业。"
        )
        y = para(pg, ctx, 30, 80, pg.w - 60, body, 14)
        put(pg, 30, y + 8, f"证书编号：{no}", 11, ctx.body)
        sign(pg, ctx, f"{school}研究生院" if ctx.chance(0.5) else school, ds, y + 30, 13)
        issuer = school
    elif v == "selfstudy":
        issuer = f"{w.city.province}高等教育自学考试委员会"
        put(pg, pg.w / 2, 30, "高等教育自学考试", 20, ctx.bold, "c")
        put(pg, pg.w / 2, 44, "单科合格证书", 24, ctx.bold, "c")
        y = 66
        for lab, val in [("姓名", holder), ("准考证号", no[:12]), ("专业", subject)]:
            put(pg, 30, y, f"{lab}：{val}", 13, ctx.body)
            y += 10
        courses = ctx.rng.sample(["大学英语", "高等数学（工本）", "马克思主义基本原理概论", "中国近现代史纲要",
                                  "专业英语", "管理学原理", "概率论与数理统计"], 2)  # fmt: skip
        rows = [["课程名称", "成绩", "考试时间"]] + [
            [c, str(ctx.rng.randint(60, 92)), f"{w.year}年{m}月"] for c in courses
        ]
        y = table(pg, ctx, 30, y + 4, [80, 30, 40], rows, 11, 9)
        modules = courses
        put(pg, 30, y + 8, "上列课程考试成绩合格，特发此证。", 12, ctx.body)
        sign(pg, ctx, issuer, ds, y + 28, 12.5)
    else:
        issuer = w.city.hrss_prov
        put(pg, pg.w / 2, 28, "全国专业技术人员计算机应用能力考试", 17, ctx.bold, "c")
        put(pg, pg.w / 2, 42, "合 格 证 书", 24, ctx.bold, "c")
        pg.rect(pg.w - 60, 60, pg.w - 28, 100, 0.3)
        y = 62
        for lab, val in [("姓名", holder), ("性别", sex), ("身份证号", f"4309{ctx.rng.randrange(10**6, 10**7)}****{ctx.rng.randrange(100, 999)}X"),
                         ("证书编号", no)]:  # fmt: skip
            put(pg, 28, y, f"{lab}：{val}", 12.5, ctx.body)
            y += 10
        modules = ctx.rng.sample(CS_MODULES, ctx.rng.randint(1, 3))
        rows = [["考试科目（模块）", "考试时间", "成绩"]] + [
            [mm, f"{w.year}年{m}月", "合格"] for mm in modules
        ]
        y = table(pg, ctx, 28, y + 8, [90, 40, 24], rows, 11, 9)
        put(pg, 28, y + 8, "经考试，成绩合格，特发此证。", 12, ctx.body)
        sign(pg, ctx, issuer, ds, y + 26, 12.5)
        subject = None
    qual = {"kind": kind, "subject": subject, "modules": modules}
    fields = {"holder": holder, "issuer": issuer, "issued_on": issued, "qualification": qual}
    sc = ["holder", "issuer", "issued_on", "qualification.kind"]
    if subject:
        sc.append("qualification.subject")
    if modules:
        sc.append("qualification.modules")
    return doc("qualification_certificate", v, [pg], fields, sc, w.claim(holder))


# ---- other proofs ------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("other")
    w = world(ctx)
    holder, unit, rank = _holder_unit(ctx, w)
    a, b = _span(ctx, w, (1, 3))
    if v in ("rural", "mentor", "promotion", "exchange"):
        b = later(a, 20, 120, ctx)
        if b.year != w.year:
            b = dt.date(w.year, 12, 20)
    issued = later(b, 1, 8, ctx)
    if issued.year != w.year:
        issued = b
    soc = f"{w.city.city}{w.prof.society}"
    field = w.prof.field
    ps = w.prof.papers or (("基层" + field + "工作的实践与思考", ""),)
    paper = ctx.rng.choice(ps)[0]
    place = w.county(ctx)
    if v == "conference":
        org, head = soc, "学术会议交流证明"
        title = f"{w.year}年{soc}学术年会"
        text = (
            f"兹证明{unit}{holder}同志于{frange(a, b, 'cn_to')}参加了在{w.city.city}召开的{title}，"
            f"并在分会场作题为《{paper}》的学术交流报告。"
        )
    elif v == "lecture":
        org, head = w.unit(ctx), "讲座证明"
        title = f"{ctx.rng.choice(w.prof.trainings)}专题讲座"
        text = f"{holder}同志（{rank}）于{frange(a, b, 'cn_full')}应邀在我单位主讲{title}，听讲人员约{ctx.rng.randint(40, 200)}人次，效果良好。"
    elif v == "rural":
        org = (
            f"{place}{'卫生健康局' if w.city is YANTAI or w.year >= 2019 else '卫生和计划生育局'}"
            if w.prof.key in ("infection", "radio")
            else f"{place}人民政府{ctx.rng.choice(['办公室', ''])}"
        )
        head = "下乡支医证明" if w.prof.key in ("infection", "radio") else "服务基层证明"
        title = head[:-2]
        text = f"兹证明{unit}{holder}同志于{frange(a, b, 'cn_full')}在{place}开展{title}工作，期间工作认真负责，考核合格。"
    elif v == "mentor":
        org, head = unit, "带教工作证明"
        title = f"{field}青年专业技术人员带教"
        text = f"{holder}同志于{frange(a, b, 'cn_full')}承担本单位{title}工作，共带教{ctx.rng.randint(2, 6)}名青年技术人员，圆满完成带教任务。"
    elif v == "promotion":
        org = f"{place}{ctx.rng.choice(['科学技术协会', '人民政府'])}"
        head = "技术推广工作证明"
        title = f"{ctx.rng.choice(w.prof.projects)}成果推广"
        text = f"{unit}{holder}同志于{frange(a, b, 'cn_full')}在我县（市、区）开展{title}工作，累计培训基层人员{ctx.rng.randint(50, 400)}人次。"
    else:
        org = ctx.rng.choice(SCHOOLS[w.key])
        head = "访问学习证明"
        title = f"{field}访问学者研修"
        text = f"{unit}{holder}同志于{frange(a, b, 'cn_full')}在我校以访问学者身份开展{title}，完成研修计划。"
    pg = Page()
    put(pg, pg.w / 2, 40, head, 22, ctx.bold, "c")
    y = para(pg, ctx, 26, 66, pg.w - 52, text, 14)
    y = para(pg, ctx, 26, y + 2, pg.w - 52, "特此证明。", 14)
    if ctx.chance(0.5):
        put(
            pg,
            26,
            y + 10,
            f"联系人：{ctx.person()}    电话：0{ctx.rng.choice(['535', '737'])}-{ctx.rng.randrange(1000000, 9999999)}",
            11,
            ctx.body,
        )
    sign(pg, ctx, org, fdate(issued, ctx.pick("t54.ot.date", ["cn", "num", "cn0"])), y + 34, 13.5)
    fields = {
        "holder": holder,
        "title": title,
        "issuer": org,
        "issued_on": issued.isoformat(),
        "period": period(a, b),
    }
    return doc("other", v, [pg], fields, [], w.claim(holder))
