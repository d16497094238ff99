"""Draw 60 builders: training certificates, sign-in sheets, training notices, qualification certificates and
other proofs (Tai'an 2022, Yantai 2020)."""

from __future__ import annotations

from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page, width_mm
from bench.blind60 import kit
from bench.blind60.kit import fmt_date, fmt_month, wrap_keep
from bench.blind60.pools import Ctx, city, names, prof_for, workplace

PUBLIC_TOPICS = {
    2022: ["黄河流域生态保护和高质量发展专题", "专业技术人员职业道德和能力建设", "知识产权保护与运用",
           "信息化及网络安全", "医养健康知识普及"],
    2020: ["我省八大发展战略专题", "专业技术人员职业道德和能力建设", "疫情防控知识与应急处置", "电子商务发展实务",
           "人才国际化与创新能力建设"],
}  # fmt: skip
RED = (190, 30, 30)


def _claim(c: dict, person: str) -> dict:
    return {"policy": c["policy"], "person": person, "year": c["year"]}


def _attendee(n: str) -> list[dict]:
    return [{"name": n, "rank": 1, "role": "attendee"}]


def _cat_line(cat: str | None, ctx: Ctx) -> str:
    if cat == "public":
        return ctx.pick("cat.public", ["公需科目", "公需课", "公需科目选修课"])
    if cat == "professional":
        return ctx.pick("cat.prof", ["专业科目", "专业课", "行业专业科目"])
    return ""


def _issuer_for(ctx: Ctx, c: dict, prof: dict, cat: str | None) -> str:
    if cat == "public":
        return c["hrss"]
    opts = [f"{c['city']}{prof['bureau']}", f"{c['city']}{prof['society']}"]
    if c["city"] == "烟台市" and prof["key"] in ("apple", "seacuc", "wine"):
        opts.append("烟台市农业科学研究院")
    return ctx.rng.choice(opts)


# ---- training certificate ------------------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("training_certificate")
    prof = prof_for(ctx)
    c = city(ctx, prof)
    y = c["year"]
    rng = ctx.rng
    cat = (None, "public", "professional")[(k + ctx.offset // 3) % 3] if v != "shengji" else None
    title = rng.choice(PUBLIC_TOPICS[y]) if cat == "public" else rng.choice(prof["train"]) + "培训班"
    issuer = _issuer_for(ctx, c, prof, cat)
    holder = names(rng, 1)[0]
    start = kit.day_in(rng, y, 3, 11)
    days = rng.choice([0, 1, 2, 4])
    end = kit.plus(start, days)
    hours = float(rng.choice([8, 12, 16, 24, 32, 40]) if days else rng.choice([4, 6, 8]))
    issued = kit.plus(end, rng.choice([0, 0, 3, 7]))
    unit = workplace(ctx, prof, c)
    num = f"{c['short']}{y}{kit.digits(rng, 5)}"
    dstyle = ctx.pick("date.tc", ["cn", "han", "cn0", "dot", "dash"])
    period = {"start": start, "end": end}
    pages: list[Page] = []
    seed = rng.randrange(10**6)

    if v == "jieye":
        pg = Page()
        frame(pg, ctx, rng.choice([1, 2, 3]))
        pg.text(pg.w - 22, 22, f"证书编号：{num}", 10, ctx.body, "r")
        yy = heading(pg, ctx, ctx.pick("tc.jieye", ["结业证书", "培训证书", "合格证书"]), 48, 30, spaced=True)
        catw = f"（{_cat_line(cat, ctx)}）" if cat else ""
        s_start = fmt_date(start, "cn")
        s_end = fmt_date(end, "cn") if days else ""
        when = f"{s_start}至{s_end}" if days else s_start
        txt = (f"{holder}同志（工作单位：{unit}）于{when}参加{issuer}举办的“{title}”{catw}，"
               f"完成规定课程{hours:g}学时，经考核合格，准予结业。")  # fmt: skip
        yy = wrap_keep(pg, 28, yy + 22, pg.w - 56, txt, 15, ctx.body, [holder, title, s_start, s_end, issuer],
                       lead=2.0, indent=11)  # fmt: skip
        pg.text(40, yy + 6, "特发此证。", 15, ctx.body)
        sign_block(pg, ctx, issuer, fmt_date(issued, dstyle), yy + 40, seed=seed)
        pages.append(pg)
    elif v == "xueshi":
        pg = Page()
        yy = heading(
            pg, ctx, ctx.pick("tc.xueshi", ["继续教育学时证明", "专业技术人员继续教育|学时证明"]), 30, 24
        )
        pg.text(pg.w - 20, yy + 2, f"编号：{num}", 10.5, ctx.body, "r")
        when = f"{fmt_date(start, 'cn0')}—{fmt_date(end, 'cn0')}" if days else fmt_date(start, "cn0")
        unit_lab = ctx.pick("tc.hourword", ["学时", "课时"])
        rows = [
            ["姓名", holder, "性别", rng.choice(["男", "女"])],
            ["工作单位", unit, "职称", rng.choice(["助理工程师", "工程师", "中级", "高级"])],
            ["培训项目", title, "", ""],
            ["主办单位", issuer, "", ""],
            ["培训时间", when, "", ""],
            [f"认定{unit_lab}", f"{hours:g}{unit_lab}", "科目类别", _cat_line(cat, ctx) or "—"],
        ]
        x0 = 20.0
        widths = [30.0, 80.0, 25.0, 35.0]
        top = yy + 10
        for row in rows:
            rr = row if row[2] else [row[0], row[1]]
            ww = widths if row[2] else [widths[0], sum(widths[1:])]
            top = pg.table(x0, top, ww, [rr], 11, ctx.body, row_h=13)
        wrap_keep(pg, x0, top + 10, 170, f"经审核，以上人员完成{title}学习任务，成绩合格，特此证明。", 12.5,
                  ctx.body, [title], indent=9)  # fmt: skip
        sign_block(pg, ctx, issuer, fmt_date(issued, dstyle), top + 45, seed=seed)
        pages.append(pg)
    elif v == "wangluo":
        plat, url = c["platform"]
        pg = Page()
        frame(pg, ctx, 2)
        if cat == "public":
            t1 = "专业技术人员继续教育|公需科目学习证明"
        elif cat == "professional":
            t1 = "专业技术人员继续教育|专业科目学习证明"
        else:
            t1 = "专业技术人员继续教育|网络学习合格证书"
        yy = heading(pg, ctx, t1, 34, 24)
        start, end = f"{y}-{rng.randint(2, 5):02d}-{rng.randint(10, 28):02d}", None
        end = kit.plus(start, rng.randint(20, 90))
        period = {"start": start, "end": end}
        study = f"{fmt_date(start, 'dot')}—{fmt_date(end, 'dot')}"
        if start[:7] != end[:7] and rng.random() < 0.5:  # some platforms print the months of study only
            period = {"start": start[:7], "end": end[:7]}
            study = f"{fmt_month(start[:7], 'cn')}至{fmt_month(end[:7], 'cn')}"
        issued = kit.plus(end, rng.randint(0, 5))
        issuer = c["hrss"] if "泰安" in c["city"] else "鲁东大学"
        pairs = [
            ("姓　　名", holder), ("身份证号", f"370{kit.digits(rng, 3)}{rng.randint(1970, 1996)}********"),
            ("工作单位", unit), ("学习课程", title), ("学习平台", plat), ("平台网址", url),
            ("学习时间", study),
            ("获得学时", f"{hours:g}学时"), ("证书编号", num),
        ]  # fmt: skip
        yy = label_lines(pg, ctx, 30, yy + 14, pairs, 12.5, "：", gap=2.3, label_w=30)
        pg.text(30, yy + 4, "学员已完成上述课程的在线学习并通过考试，成绩合格。", 12.5, ctx.body)
        sign_block(pg, ctx, issuer, f"打印日期：{fmt_date(issued, 'iso')}", yy + 30, seed=seed)
        pages.append(pg)
    elif v == "hengban":
        pg = Page(w=297, h=210)
        frame(pg, ctx, 3)
        yy = heading(pg, ctx, f"{c['city']}专业技术人员继续教育|培训合格证书", 28, 28)
        wd = ctx.pick("tc.long", ["小时", "学时"])
        s_start, s_end = fmt_date(start, "cn"), fmt_date(end, "cn")
        txt = (f"{holder}同志：于{s_start}至{s_end}参加“{title}”学习，培训时长{hours:g}{wd}，"
               + (f"计入{_cat_line(cat, ctx)}学时，" if cat else "") + "考核合格，特发此证。")  # fmt: skip
        yy = wrap_keep(pg, 40, yy + 16, pg.w - 80, txt, 16, ctx.body, [holder, title, s_start, s_end],
                       lead=2.0, indent=12)  # fmt: skip
        pg.text(40, pg.h - 34, f"证书编号：{num}", 11, ctx.body)
        sign_block(pg, ctx, issuer, fmt_date(issued, dstyle), pg.h - 58, seed=seed)
        pages.append(pg)
    elif v == "ceye":
        pg = Page(w=297, h=210)
        pg.rect(12, 12, pg.w - 12, pg.h - 12, 0.6, (120, 60, 30))
        pg.line(pg.w / 2, 16, pg.w / 2, pg.h - 16, 0.3, (150, 150, 150))
        pg.rect(48, 34, 88, 84, 0.4)
        pg.text(68, 56, "照片", 12, ctx.body, "c")
        pg.text(30, 100, f"证书编号：{num}", 11.5, ctx.body)
        pg.text(30, 114, f"发证单位：{issuer}", 11.5, ctx.body)
        pg.text(30, 128, f"发证日期：{fmt_date(issued, dstyle)}", 11.5, ctx.body)
        pg.seal(90, 122, 18, issuer[:16], seed)
        rx = pg.w / 2 + 14
        pg.text(rx + 60, 24, "继续教育证书", 22, ctx.bold, "c")
        wdh = ctx.pick("tc.hourword2", ["课时", "学时"])
        pairs = [("姓名", holder), ("性别", rng.choice(["男", "女"])), ("工作单位", unit),
                 ("培训项目", title),
                 ("培训时间", f"{fmt_date(start, 'cn')}至{fmt_date(end, 'cn')}" if days else fmt_date(start, "cn")),
                 (f"培训{wdh}", f"{hours:g}")]  # fmt: skip
        if cat:
            pairs.append(("类别", _cat_line(cat, ctx)))
        yy = 46.0
        for lab, val in pairs:
            pg.text(rx, yy, lab, 11.5, ctx.body)
            size = kit.fit(val, ctx.body, 11.5, pg.w - 16 - (rx + 24))
            pg.text(rx + 24, yy, val, size, ctx.body)
            pg.line(rx + 23, yy + 5.5, pg.w - 18, yy + 5.5, 0.2)
            yy += 11
        pg.text(rx, yy + 6, "经考核合格，特发此证。", 12, ctx.body)
        pages.append(pg)
    else:  # shengji: the province's uniform annual certificate, stating both categories
        pg = Page()
        frame(pg, ctx, 1)
        yy = heading(pg, ctx, f"{c['prov']}专业技术人员|继续教育证书", 30, 26)
        issuer = "山东省人力资源和社会保障厅"
        title = f"{y}年度专业技术人员继续教育"
        pub, pro = 30.0, float(rng.choice([60, 64, 72, 80]))
        hours = pub + pro
        issued = f"{y}-12-{rng.randint(1, 28):02d}" if y == 2020 else kit.day_in(rng, y, 9, 12)
        period = None
        pairs = [("姓名", holder), ("工作单位", unit), ("学习项目", title), ("证书编号", num)]
        yy = label_lines(pg, ctx, 30, yy + 10, pairs, 12.5, "：", gap=2.3, label_w=28)
        rows = [["科目", "学时", "完成情况"], ["公需科目", f"{pub:g}", "合格"], ["专业科目", f"{pro:g}", "合格"],
                ["合计", f"{hours:g}", "合格"]]  # fmt: skip
        yy = pg.table(30, yy + 4, [50, 50, 50], rows, 12, ctx.body, row_h=11)
        pg.text(30, yy + 8, f"审核单位：{c['hrss']}", 12, ctx.body)
        sign_block(pg, ctx, issuer, fmt_date(issued, "cn"), yy + 28, seed=seed)
        pages.append(pg)
    fields = {"holder": holder, "people": _attendee(holder), "title": title, "issuer": issuer,
              "issued_on": issued, "period": period, "hours_stated": hours}  # fmt: skip
    scored = ["holder", "title", "issuer", "issued_on", "hours_stated"]
    if period:
        scored += ["period.start", "period.end"]
    return Doc("training_certificate", ctx.layout("training_certificate", v), pages, fields, scored,
               _claim(c, holder), category=cat)  # fmt: skip


# ---- sign-in sheet -------------------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sign_in_sheet")
    prof = prof_for(ctx)
    c = city(ctx, prof)
    rng = ctx.rng
    y = c["year"]
    issuer = rng.choice([f"{c['city']}{prof['bureau']}", f"{c['city']}{prof['society']}",
                         workplace(ctx, prof, c)])  # fmt: skip
    kind = ctx.pick("sis.kind", ["培训班", "专题讲座", "技术培训会", "业务培训"])
    topic = rng.choice(prof["train"])
    title = topic + (kind.removeprefix("技术") if topic.endswith("技术") else kind)
    day = kit.day_in(rng, y, 3, 12)
    end = kit.plus(day, 2) if v == "duori" else day
    n = rng.randint(10, 16) if v != "shuanglan" else rng.choice([16, 20, 24])
    people = names(rng, n)
    units = [workplace(ctx, prof, c) for _ in range(n)]
    pg = Page()
    place = f"{c['city']}{rng.choice(c['road'])}{rng.randint(8, 300)}号{rng.choice(['会议室', '培训中心', '报告厅'])}"
    cap = f"{title}签到表"
    size_t = kit.fit(cap, ctx.bold, 20, 180)
    pg.text(pg.w / 2, 22, cap, size_t, ctx.bold, "c")
    pg.text(18, 36, f"主办单位：{issuer}", 11, ctx.body)
    ds = ctx.pick("date.sis", ["cn", "cn0", "dot", "dash"])
    when = f"{fmt_date(day, ds)}至{fmt_date(end, ds)}" if end != day else fmt_date(day, ds)
    pg.text(18, 43, f"时间：{when}", 11, ctx.body)
    pg.text(18, 50, f"地点：{place}", 11, ctx.body)
    top = 58.0
    hand = {1: ctx.hand}
    if v == "biaoge":
        rows = [["序号", "姓名", "工作单位", "职称", "联系电话", "签到时间"]]
        for i, (p, u) in enumerate(zip(people, units, strict=True)):
            rows.append([str(i + 1), p, u, rng.choice(["工程师", "高级工程师", "助理", "中级"]),
                         f"13{kit.digits(rng, 9)}", f"{rng.choice([8, 8, 13])}:{rng.randint(10, 59)}"])  # fmt: skip
        pg.table(14, top, [12, 24, 66, 24, 30, 26], rows, 9.5, ctx.body, row_h=10, fonts=hand,
                 header_font=ctx.bold)  # fmt: skip
    elif v == "shuanglan":
        half = n // 2
        rows = [["序号", "姓名", "单位", "序号", "姓名", "单位"]]
        for i in range(half):
            rows.append(
                [str(i + 1), people[i], units[i], str(half + i + 1), people[half + i], units[half + i]]
            )
        pg.table(12, top, [11, 22, 53, 11, 22, 53], rows, 8.5, ctx.body, row_h=10.5,
                 fonts={1: ctx.hand, 4: ctx.hand}, header_font=ctx.bold)  # fmt: skip
    elif v == "shouxie":
        rows = [["序号", "单位", "签名", "备注"]]
        for i in range(n):
            rows.append([str(i + 1), units[i], people[i], ""])
        pg.table(18, top, [14, 86, 44, 30], rows, 10, ctx.body, row_h=11, fonts={2: ctx.hand},
                 header_font=ctx.bold)  # fmt: skip
    elif v == "wuxia":
        rows = [["序号", "姓名", "工作单位", "上午签到", "下午签到"]]
        for i in range(n):
            rows.append([str(i + 1), people[i], units[i], people[i], people[i] if rng.random() < 0.9 else ""])
        pg.table(14, top, [12, 26, 70, 37, 37], rows, 9.5, ctx.body, row_h=11,
                 fonts={3: ctx.hand, 4: ctx.hand}, header_font=ctx.bold)  # fmt: skip
    elif v == "huiyi":
        pg.ops = [op for op in pg.ops if op[0] != "text"]
        pg.text(pg.w / 2, 20, "会 议 签 到 表", 20, ctx.bold, "c")
        info = [
            ["会议名称", title],
            ["主办单位", issuer],
            ["会议时间", fmt_date(day, ds)],
            ["会议地点", place],
        ]
        yy = pg.table(16, 32, [30, 148], info, 10.5, ctx.body, row_h=10)
        rows = [["序号", "工作单位", "职务/职称", "本人签名"]]
        for i in range(n):
            rows.append(
                [
                    str(i + 1),
                    units[i],
                    rng.choice(["技术员", "工程师", "主治医师", "讲师", "馆员"]),
                    people[i],
                ]
            )
        pg.table(16, yy + 6, [14, 88, 32, 44], rows, 10, ctx.body, row_h=10.5, fonts={3: ctx.hand},
                 header_font=ctx.bold)  # fmt: skip
    else:  # duori: one row per attendee, a column per day
        cols = [fmt_date(kit.plus(day, i), "cn")[5:] for i in range(3)]
        rows = [["序号", "姓名", "工作单位"] + cols]
        for i in range(n):
            rows.append(
                [str(i + 1), people[i], units[i]] + [people[i] if rng.random() < 0.92 else "" for _ in cols]
            )
        pg.table(10, top, [11, 22, 61, 32, 32, 32], rows, 9, ctx.body, row_h=11,
                 fonts={3: ctx.hand, 4: ctx.hand, 5: ctx.hand}, header_font=ctx.bold)  # fmt: skip
    ppl = [{"name": p, "rank": i + 1, "role": "attendee"} for i, p in enumerate(people)]
    fields = {"holder": None, "people": ppl, "title": title, "issuer": issuer, "issued_on": None,
              "period": {"start": day, "end": end}}  # fmt: skip
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    who = people[rng.randrange(n)]
    return Doc("sign_in_sheet", ctx.layout("sign_in_sheet", v), [pg], fields, scored, _claim(c, who))


# ---- training notice -----------------------------------------------------------------------------------
def _receipt(pg: Page, ctx: Ctx, title: str, y: float, filled: list[tuple[str, str]], label: str) -> float:
    """The 报名回执 attachment, its first rows filled in (by hand or typed) by the applying unit."""
    pg.text(18, y, label, 13, ctx.bold)
    y = heading(pg, ctx, "报名回执", y + 10, 18)
    pg.text(pg.w / 2, y, f"（{title}）", 10.5, ctx.body, "c")
    rows = [["单位名称", "姓名", "性别", "职务/职称", "联系电话", "备注"]]
    rng = ctx.rng
    for unit, who in filled:
        rows.append([unit, who, rng.choice(["男", "女"]), rng.choice(["工程师", "主治医师", "农艺师", "馆员"]),
                     f"13{kit.digits(rng, 9)}", ""])  # fmt: skip
    rows += [[""] * 6 for _ in range(8 - len(filled))]
    font = ctx.hand if rng.random() < 0.6 else ctx.body
    y = pg.table(16, y + 8, [50, 24, 14, 32, 32, 26], rows, 10, ctx.body, row_h=11, header_font=ctx.bold,
                 fonts={0: font, 1: font, 2: font, 3: font, 4: font})  # fmt: skip
    pg.text(18, y + 6, "请于报名截止前将回执发送至联系人邮箱。", 10.5, ctx.body)
    return y + 14


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("training_notice")
    prof = prof_for(ctx)
    c = city(ctx, prof)
    rng = ctx.rng
    y = c["year"]
    issuer = f"{c['city']}{prof['bureau']}" if rng.random() < 0.7 else c["hrss"]
    cat = rng.choice([None, "professional", "professional"]) if v != "yaoqing" else None
    title = f"{y}年{rng.choice(['全市', '度全市', ''])}{rng.choice(prof['train'])}{rng.choice(['培训班', '研修班'])}"
    start = kit.day_in(rng, y, 4, 11)
    end = kit.plus(start, rng.choice([1, 2, 3]))
    issued = kit.plus(start, -rng.randint(8, 25))
    hours = float((1 + (kit.d(end) - kit.d(start)).days) * 8)
    place = f"{rng.choice([c['city']] + c['counties'])}{rng.choice(['职业技术学院', '宾馆会议中心', '干部培训中心'])}"
    ds = ctx.pick("date.notice", ["cn", "han", "cn0"])
    seed = rng.randrange(10**6)
    s_start, s_end = fmt_date(start, "cn"), fmt_date(end, "cn")
    hours_text = (
        f"学员全程参加培训并考核合格的，登记{_cat_line(cat, ctx) or '继续教育'}学时{hours:g}学时。"
    )  # fmt: skip
    items = [
        ("培训时间", f"{s_start}至{s_end}，{fmt_date(kit.plus(start, -1), 'cn')}下午报到。"),
        ("培训地点", f"{place}。"),
        ("培训对象", "全市相关行业的专业技术人员，每单位限报2至3人。"),
        ("培训内容", "邀请省内外专家围绕政策解读、技术规范、典型案例等进行专题授课和现场教学。"),
        ("学时认定", hours_text),
        (
            "有关要求",
            f"请各单位于{fmt_date(kit.plus(start, -5), 'cn')}前报送报名回执。培训不收取费用，食宿统一安排。",
        ),
    ]
    keep = [title, s_start, s_end, issuer, f"{hours:g}学时"]
    applicants = names(rng, rng.randint(1, 3))
    filled = [(workplace(ctx, prof, c), a) for a in applicants]
    pages = []
    pg = Page()
    yy = 24.0
    if v in ("hongtou", "fujian"):
        size = kit.fit(issuer + "文件", ctx.bold, 26, 180)
        pg.text(pg.w / 2, 26, issuer + ("文件" if v == "hongtou" else ""), size, ctx.bold, "c", RED)
        pg.text(
            pg.w / 2, 44, f"{c['short']}{prof['bureau'][0]}字〔{y}〕{rng.randint(3, 90)}号", 12, ctx.body, "c"
        )
        pg.line(18, 53, pg.w - 18, 53, 0.9, RED)
        yy = 62.0
    if v == "yaoqing":
        yy = heading(pg, ctx, "邀 请 函", 30, 26)
        applicants = applicants[:1]
        pg.text(20, yy + 6, "尊敬的", 13, ctx.body)
        pg.text(20 + width_mm("尊敬的", ctx.body, 13) + 2, yy + 5, applicants[0], 14, ctx.hand)
        pg.line(20 + width_mm("尊敬的", ctx.body, 13), yy + 11, 70, yy + 11, 0.3)
        pg.text(71, yy + 6, "：", 13, ctx.body)
        txt = (f"为提升专业技术人员业务能力，{issuer}定于{s_start}至{s_end}在{place}举办“{title}”。"
               "本次培训邀请行业专家授课，内容涵盖最新政策、技术规范与实践案例。诚邀您拨冗参加。")  # fmt: skip
        yy = wrap_keep(pg, 20, yy + 18, 170, txt, 13, ctx.body, keep, indent=9)
        yy = label_lines(pg, ctx, 20, yy + 4, [("联系人", names(rng, 1)[0]), ("联系电话", f"0538-{kit.digits(rng, 7)}"
                         if c["city"] == "泰安市" else f"0535-{kit.digits(rng, 7)}")], 12.5, "：")  # fmt: skip
        sign_block(pg, ctx, issuer, fmt_date(issued, ds), yy + 14, seed=seed)
        fields_hours = None
        pages.append(pg)
    elif v == "richeng":
        applicants = applicants[:1]
        pg.text(pg.w - 20, 12, f"学员：{applicants[0]}", 12, ctx.hand, "r")
        yy = heading(pg, ctx, f"{title}|日程安排", 26, 20)
        pg.text(18, yy + 4, f"主办单位：{issuer}", 11.5, ctx.body)
        pg.text(18, yy + 11, f"培训时间：{fmt_date(start, 'cn')}—{fmt_date(end, 'cn')}    地点：{place}", 11.5,
                ctx.body)  # fmt: skip
        pg.text(18, yy + 18, f"学时：共计{hours:g}学时" + (f"（{_cat_line(cat, ctx)}）" if cat else ""), 11.5,
                ctx.body)  # fmt: skip
        rows = [["日期", "时间", "内容", "授课人"]]
        lect = names(rng, 6)
        topics = ["开班仪式及政策解读", "行业技术规范与标准", "典型案例分析", "现场观摩教学", "分组研讨交流",
                  "结业考核"]  # fmt: skip
        nd = (kit.d(end) - kit.d(start)).days + 1
        for i in range(nd):
            day = kit.plus(start, i)
            for j, tm in enumerate(("8:30-11:30", "14:00-17:00")):
                rows.append(
                    [
                        fmt_date(day, "cn")[5:] if j == 0 else "",
                        tm,
                        topics[(2 * i + j) % 6],
                        f"{lect[(2 * i + j) % 6]} {rng.choice(['研究员', '教授', '高级工程师', '主任'])}",
                    ]
                )
        pg.table(16, yy + 28, [30, 30, 76, 42], rows, 10.5, ctx.body, row_h=11, header_font=ctx.bold)
        issued = None
        fields_hours = hours
        pages.append(pg)
    else:
        size = kit.fit(f"关于举办{title}的通知", ctx.bold, 19, 176)
        yy = wrap_keep(pg, 20, yy, 170, f"关于举办{title}的通知", size, ctx.bold, [title])
        pg.text(20, yy + 6, f"各县（市、区）{prof['bureau']}，各有关单位：", 12.5, ctx.body)
        intro = (f"为深入贯彻{c['prov']}专业技术人员继续教育有关要求，提升全市专业技术人员业务水平，"
                 f"经研究，决定举办{title}。现将有关事项通知如下：")  # fmt: skip
        yy = wrap_keep(pg, 20, yy + 14, 170, intro, 12.5, ctx.body, keep, indent=9)
        nums = "一二三四五六七八"
        for i, (lab, val) in enumerate(items):
            yy = wrap_keep(pg, 20, yy + 1, 170, f"{nums[i]}、{lab}：{val}", 12.5, ctx.body, keep, indent=9)
        if v == "fujian":
            pg.text(29, yy + 2, "附件：1. 课程安排  2. 报名回执", 12.5, ctx.body)
        else:
            pg.text(29, yy + 2, "附件：报名回执", 12.5, ctx.body)
        yy += 9
        sign_block(pg, ctx, issuer, fmt_date(issued, ds), yy + 14, seed=seed)
        pages.append(pg)
        fields_hours = hours
        if v == "fujian":
            p2 = Page()
            p2.text(18, 20, "附件1", 13, ctx.bold)
            y2 = heading(p2, ctx, "课程安排", 32, 18)
            rows = [["日期", "课程", "授课专家"]]
            lect = names(rng, 4)
            nd = (kit.d(end) - kit.d(start)).days + 1
            for i in range(nd):
                rows.append([fmt_date(kit.plus(start, i), "cn")[5:], rng.choice(prof["train"]), lect[i % 4]])
            p2.table(18, y2 + 6, [36, 100, 38], rows, 11, ctx.body, row_h=12, header_font=ctx.bold)
            pages.append(p2)
            p3 = Page()
            _receipt(p3, ctx, title, 20, filled, "附件2")
            pages.append(p3)
        else:
            p2 = Page()
            _receipt(p2, ctx, title, 20, filled, "附件")
            pages.append(p2)
    fields = {"holder": None, "people": [], "title": title, "issuer": issuer, "issued_on": issued,
              "period": {"start": start, "end": end}, "hours_stated": fields_hours}  # fmt: skip
    scored = ["title", "issuer", "period.start", "period.end"]
    if issued:
        scored.append("issued_on")
    if fields_hours is not None:
        scored.append("hours_stated")
    # the people are those the copy names as taking part: the filled 报名回执 rows, the invitee, the trainee
    fields["people"] = [{"name": a, "rank": i + 1, "role": "attendee"} for i, a in enumerate(applicants)]
    who = applicants[rng.randrange(len(applicants))]
    return Doc("training_notice", ctx.layout("training_notice", v), pages, fields, scored, _claim(c, who),
               category=cat if (fields_hours is not None or v == "richeng") else None)  # fmt: skip


# ---- qualification certificate -----------------------------------------------------------------------
def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qualification_certificate")
    prof = prof_for(ctx)
    c = city(ctx, prof)
    rng = ctx.rng
    y = c["year"]
    holder = names(rng, 1)[0]
    sex = rng.choice(["男", "女"])
    born = f"{rng.randint(1975, 1998)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    major, field_ = prof["major"]
    unis = {
        "taian": ["山东农业大学", "泰山学院", "山东第一医科大学"],
        "yantai": ["鲁东大学", "烟台大学", "滨州医学院"],
    }
    uni = rng.choice(unis["taian" if c["city"] == "泰安市" else "yantai"] + ["山东大学", "中国海洋大学"])
    num = kit.digits(rng, 18 if v == "biye" else 16)
    seed = rng.randrange(10**6)
    pg = Page(w=297, h=210) if v in ("biye", "shuoshi", "boshi") else Page()
    modules = None
    subject: str | None = major
    if v in ("biye", "shuoshi", "boshi"):
        frame(pg, ctx, 2)
        if v == "biye":
            kind = "graduation"
            issued = f"{y}-06-{rng.randint(20, 30):02d}"
            yy = heading(pg, ctx, "毕 业 证 书", 32, 30)
            # an in-service degree: adult higher education, 专科起点本科, by correspondence or part-time study
            form, length, s0 = rng.choice(
                [("函授", "二年半", f"{y - 3}-03"), ("业余", "三年", f"{y - 3}-09")]
            )
            txt = (f"学生{holder}，性别{sex}，{fmt_date(born, 'cn')}生，于{fmt_month(s0, 'cn')}至"
                   f"{fmt_month(issued[:7], 'cn')}在本校{major}专业（{form}）专科起点本科学习，学制{length}，"
                   "修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
            pg.text(
                pg.w / 2,
                pg.h - 24,
                "本证书经国家注册，网上查询网址：http://www.chsi.com.cn",
                9.5,
                ctx.body,
                "c",
            )
            date_s = fmt_date(issued, "cn")
            head = f"校名：{uni}"
        else:
            kind = "master_degree" if v == "shuoshi" else "doctor_degree"
            lvl = "硕士" if v == "shuoshi" else "博士"
            yy = heading(pg, ctx, f"{lvl}学位证书", 30, 30)
            if rng.random() < 0.5:
                issued = f"{y}-{rng.choice([6, 12]):02d}"
                date_s = fmt_month(issued, "han")
            else:
                issued = f"{y}-06-{rng.randint(10, 30):02d}"
                date_s = fmt_date(issued, "han")
            txt = (f"{holder}，{sex}，{fmt_date(born, 'han')}生。在{major}学科（专业）完成了{lvl}学位的课程学习，"
                   f"通过了论文答辩，达到了{lvl}学位学术水平。根据《中华人民共和国学位条例》的规定，"
                   f"授予{field_}{lvl}学位。")  # fmt: skip
            head = f"{uni}学位评定委员会主席"
        yy = wrap_keep(
            pg, 45, yy + 16, pg.w - 90, txt, 15, ctx.body, [holder, major, uni], lead=2.0, indent=12
        )
        pg.text(45, pg.h - 50, head, 13, ctx.body)
        pg.text(45, pg.h - 40, f"证书编号：{num}", 12, ctx.body)
        pg.text(pg.w - 45, pg.h - 40, date_s, 13, ctx.body, "r")
        pg.seal(pg.w - 70, pg.h - 48, 18, uni, seed)
        issuer = uni
    elif v == "zikao":
        kind = "self_study_exam"
        issuer = f"{c['prov']}高等教育自学考试委员会"
        subject = rng.choice(prof["course"])
        exam = f"{y}-{rng.choice([4, 10]):02d}"
        issued = f"{y}-{int(exam[5:]) + 2:02d}"
        frame(pg, ctx, 1)
        yy = heading(pg, ctx, "高等教育自学考试|单科合格证书", 34, 24)
        pairs = [("姓　　名", holder), ("性　　别", sex), ("准考证号", kit.digits(rng, 12)),
                 ("课程代码", kit.digits(rng, 5)), ("课程名称", subject), ("成　　绩", str(rng.randint(60, 92))),
                 ("考试时间", fmt_month(exam, "cn"))]  # fmt: skip
        yy = label_lines(pg, ctx, 40, yy + 16, pairs, 13.5, "：", gap=2.4, label_w=32)
        pg.text(40, yy + 8, "该考生参加上述课程考试成绩合格，特发此证。", 13, ctx.body)
        sign_block(pg, ctx, issuer, fmt_month(issued, "cn"), yy + 34, seed=seed)
    elif v == "yanjiusheng":
        kind = "postgraduate_courses"
        issuer = uni
        issued = f"{y}-{rng.choice([1, 6, 7, 12]):02d}"
        frame(pg, ctx, 3)
        yy = heading(pg, ctx, "研究生课程进修班|结业证书", 38, 24)
        txt = (f"{holder}同志于{fmt_month(f'{y - 2}-09', 'cn')}至{fmt_month(issued, 'cn')}参加我校举办的"
               f"{major}专业研究生课程进修班学习，修完规定的全部学位课程，考试成绩合格，准予结业。")  # fmt: skip
        yy = wrap_keep(pg, 26, yy + 18, pg.w - 52, txt, 14, ctx.body, [holder, major], lead=2.0, indent=11)
        pg.text(26, yy + 10, f"证书编号：{num}", 11.5, ctx.body)
        sign_block(pg, ctx, issuer, fmt_month(issued, "han"), yy + 34, seed=seed)
    else:  # jisuanji: the national computer-skills exam for professional staff, module by module
        kind = "computer_exam"
        issuer = f"{c['prov']}人力资源和社会保障厅"
        subject = None
        pool = ["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Windows 7操作系统",
                "Internet应用", "Access 2003数据库管理系统"]  # fmt: skip
        modules = rng.sample(pool, rng.randint(2, 4))
        issued = kit.day_in(rng, y, 3, 11)
        frame(pg, ctx, 1)
        yy = heading(pg, ctx, "全国专业技术人员|计算机应用能力考试合格证", 30, 20)
        yy = label_lines(pg, ctx, 30, yy + 14, [("姓名", holder), ("性别", sex),
                         ("身份证号", f"370{kit.digits(rng, 3)}{born[:4]}********"), ("证书编号", num)],
                         12.5, "：", gap=2.3, label_w=28)  # fmt: skip
        rows = [["序号", "考试科目（模块）", "成绩", "考试日期"]]
        for i, m in enumerate(modules):
            rows.append([str(i + 1), m, "合格", fmt_date(kit.plus(issued, -30 - 7 * i), "dot")])
        yy = pg.table(24, yy + 6, [16, 90, 24, 32], rows, 11, ctx.body, row_h=11, header_font=ctx.bold)
        pg.text(30, yy + 8, "人力资源社会保障部人事考试中心监制", 10.5, ctx.body)
        sign_block(pg, ctx, issuer, f"发证日期：{fmt_date(issued, 'cn')}", yy + 26, seed=seed)
    qual = {"kind": kind, "subject": subject, "modules": modules}
    fields = {"holder": holder, "people": [], "title": None, "issuer": issuer, "issued_on": issued,
              "qualification": qual}  # fmt: skip
    scored = ["holder", "issuer", "issued_on", "qualification.kind"]
    if subject:
        scored.append("qualification.subject")
    if modules:
        scored.append("qualification.modules")
    return Doc("qualification_certificate", ctx.layout("qualification_certificate", v), [pg], fields, scored,
               _claim(c, holder))  # fmt: skip


# ---- other proofs -------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    prof = prof_for(ctx)
    c = city(ctx, prof)
    rng = ctx.rng
    y = c["year"]
    holder = names(rng, 1)[0]
    unit = workplace(ctx, prof, c)
    day = kit.day_in(rng, y, 2, 11)
    seed = rng.randrange(10**6)
    pg = Page()
    issuer = unit
    keep = [holder, unit]
    s1_iso = day
    if v == "shouke":
        head = "授课证明"
        issuer = f"{c['city']}{prof['bureau']}"
        t = rng.choice(prof["train"])
        s = fmt_date(day, "cn")
        txt = (f"兹证明{holder}同志（{unit}）于{s}应邀在我单位举办的“{t}培训班”上讲授“{t}”专题课程，"
               f"授课{rng.choice([3, 4, 6])}课时，教学效果良好。")  # fmt: skip
        keep += [s, t]
    elif v == "daijiao":
        head = "指导青年专业技术人员证明"
        ment = names(rng, 2)
        s0, s1 = fmt_month(f"{y}-01", "cn"), fmt_month(f"{y}-12", "cn")
        txt = (f"{holder}同志在{s0}至{s1}期间，按照本单位“师带徒”计划，指导青年专业技术人员{ment[0]}、{ment[1]}"
               f"开展{rng.choice(prof['train'])}等工作，指导计划完成，经考核合格。")  # fmt: skip
        keep += ment + [s0, s1]
    elif v == "pinshu":
        head = "聘 书"
        issuer = f"{c['city']}{prof['bureau']}"
        s = fmt_date(day, "han")
        txt = (f"兹聘请{holder}同志为{issuer}{rng.choice(['科技项目评审专家', '职称评审专家库成员', '技术咨询专家'])}，"
               f"聘期自{s}起三年。")  # fmt: skip
        keep += [s]
    elif v == "jinxiu":
        head = "进修结业证明"
        host = rng.choice(
            ["山东大学齐鲁医院", "山东省立医院", "中国海洋大学", "山东农业大学", "青岛市市立医院"]
        )
        issuer = host
        s0 = fmt_date(day, "cn")
        s1_iso = min(kit.plus(day, rng.choice([90, 120, 180])), f"{y}-12-20")
        s1 = fmt_date(s1_iso, "cn")
        txt = (f"{holder}，{rng.choice(['男', '女'])}，{unit}专业技术人员，于{s0}至{s1}在我单位"
               f"{rng.choice(['相关科室', '重点实验室', '研究所'])}进修学习，进修期间遵守各项制度，完成进修计划，"
               "准予结业。")  # fmt: skip
        keep += [s0, s1, host]
    else:  # jiceng: service at the grassroots
        head = "服务基层活动证明"
        issuer = f"{rng.choice(c['counties'])}{rng.choice(['人民政府', '农业农村局', '卫生健康局'])}"
        s0 = fmt_date(day, "cn")
        s1_iso = min(kit.plus(day, rng.choice([30, 60, 92])), f"{y}-12-20")
        s1 = fmt_date(s1_iso, "cn")
        txt = (f"{holder}同志（{unit}）于{s0}至{s1}在我县（市、区）开展"
               f"{rng.choice(['科技下乡', '送医下乡', '技术帮扶', '支教'])}服务，累计服务{rng.randint(20, 60)}天，"
               "表现突出，特此证明。")  # fmt: skip
        keep += [s0, s1]
    yy = heading(pg, ctx, head, 40, 26)
    yy = wrap_keep(pg, 24, yy + 20, 162, txt, 14, ctx.body, keep, lead=2.0, indent=11)
    date = kit.plus(day, 1) if v in ("shouke", "pinshu") else day
    if v in ("jinxiu", "jiceng"):
        date = min(kit.plus(s1_iso, rng.randint(0, 6)), f"{y}-12-31")
    if v == "daijiao":
        date = f"{y}-12-{rng.randint(20, 30)}"
    pg.text(36, yy + 8, "特此证明。" if v != "pinshu" else "", 14, ctx.body)
    sign_block(
        pg, ctx, issuer, fmt_date(date, ctx.pick("date.other", ["cn", "cn0", "han"])), yy + 36, seed=seed
    )
    period = {
        "daijiao": {"start": f"{y}-01", "end": f"{y}-12"},
        "jinxiu": {"start": day, "end": s1_iso},
        "jiceng": {"start": day, "end": s1_iso},
    }.get(v)
    # an "other" proof scores nothing; its truth still records who, what, by whom and when
    fields = {"holder": holder, "people": [], "title": head.replace(" ", ""), "issuer": issuer,
              "issued_on": date, "period": period}  # fmt: skip
    return Doc("other", ctx.layout("other", v), [pg], fields, [], _claim(c, holder))


__all__ = ["training_certificate", "sign_in_sheet", "training_notice", "qualification_certificate", "other",
           "width_mm"]  # fmt: skip
