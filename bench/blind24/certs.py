"""Draw 24 builders: training certificates, sign-in sheets, notices, qualification certificates, others."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind24.ink import (
    GREY,
    centre,
    doc,
    fill,
    fit_table,
    frame,
    hand,
    kv,
    para,
    phone_page,  # fmt: skip
    seal,
    serial,
    txt,
)
from bench.blind24.notices import other, training_notice
from bench.blind24.pools import (
    CITIES,
    COURSE_SUFFIX,
    PRO_TOPICS,
    PUBLIC_TOPICS,
    TITLES_PRO,
    Ctx,
    crowd,
    day,  # fmt: skip
    fd,
    fm,
    later,
    train_issuers,
)
from bench.blind24.quals import qualification_certificate
from bench.generator.truth import person

__all__ = ["training_certificate", "sign_in_sheet", "training_notice", "qualification_certificate", "other"]

CAT_WORDS = {"public": ("公需科目", "公需课"), "professional": ("专业科目", "专业课")}
HOURS = (6, 8, 12, 16, 20, 24, 30, 32, 40, 48, 56, 72)


def _course(ctx: Ctx, cat: str | None) -> str:
    pool = (
        PUBLIC_TOPICS
        if cat == "public"
        else PRO_TOPICS
        if cat == "professional"
        else PUBLIC_TOPICS + PRO_TOPICS
    )
    return ctx.pick(pool) + ctx.pick(COURSE_SUFFIX)


# ---- training certificates ---------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("tc")
    city = ctx.pick(CITIES)
    st = ctx.style()
    cat = ("public", "professional", None)[(k + ctx.offset // 7) % 3]
    catw = ctx.pick(CAT_WORDS[cat]) if cat else ""
    title, issuer = _course(ctx, cat), ctx.pick(train_issuers(city))
    holder, work = crowd(ctx.rng, 1)[0], ctx.pick(CITIES[city]["work"])
    a = day(ctx.rng)
    b, hours = later(a, 1, 6, ctx.rng), ctx.pick(HOURS)
    issued = later(b, 0, 12, ctx.rng)
    f = {"holder": holder, "title": title, "issuer": issuer, "issued_on": issued.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": float(hours)}  # fmt: skip
    sc = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    no = f"{city[0]}继教〔{issued.year}〕{serial(ctx, 4)}号" if ctx.rng.random() < 0.5 else serial(ctx, 10)
    if v == "jieye":
        pg = Page()
        frame(pg, ctx.rng.randrange(3))
        txt(pg, ctx, 180, 22, f"编号：{no}", 10, align="r")
        y = centre(pg, ctx, 48, "结业证书", 30, spaced=True) + 14
        y = para(pg, ctx, 28, y, 154, f"{holder}同志（工作单位：{work}）于{fd(a, st)}至{fd(b, st)}参加了由我单位"
                 f"组织的“{title}”学习，完成规定课程，共计{hours}学时，经考核合格，准予结业。", 14)  # fmt: skip
        if cat:
            y = para(pg, ctx, 28, y + 4, 154, f"培训类别：{catw}", 13)
        para(pg, ctx, 28, y + 4, 154, "特发此证。", 14)
        txt(pg, ctx, 150, 228, issuer, 13, align="c")
        txt(pg, ctx, 150, 238, fd(issued, st), 13, align="c")
        seal(pg, ctx, 150, 230, issuer)
        pages = [pg]
    elif v == "wide":
        pg = Page(w=297.0, h=210.0)
        frame(pg, 1, (40, 90, 150))
        pg.rect(30, 45, 66, 90, 0.4, GREY)
        txt(pg, ctx, 48, 64, "照  片", 10, color=GREY, align="c")
        kv(pg, ctx, 26, 108, [("证书编号", no), ("姓    名", holder), ("单    位", work)], 10.5)
        centre(pg, ctx, 26, "培 训 证 书", 28)
        txt(pg, ctx, 100, 60, f"{holder}：", 15)
        y = para(
            pg, ctx, 100, 74, 170, f"你于{fd(a, st)}—{fd(b, st)}参加{title}，学时{hours}，成绩合格。", 15
        )
        if cat:
            y = para(pg, ctx, 100, y + 2, 170, f"（本次培训计入继续教育{catw}学时）", 12, indent=False)
        para(pg, ctx, 100, y + 3, 170, "特发此证。", 15)
        txt(pg, ctx, 230, 160, issuer, 13, align="c")
        txt(pg, ctx, 230, 170, fd(issued, st), 13, align="c")
        seal(pg, ctx, 222, 164, issuer, 21)
        pages = [pg]
    elif v == "xsproof":
        pg = Page()
        y = centre(pg, ctx, 30, "专业技术人员继续教育学时证明", 20) + 8
        rows = [["项目", "内容"], ["姓名", holder], ["工作单位", work], ["职称", ctx.pick(TITLES_PRO)],
                ["培训项目", title], ["培训时间", f"{fd(a, st)} 至 {fd(b, st)}"], ["培训学时", f"{hours}学时"]]  # fmt: skip
        if cat:
            rows.append(["科目类别", catw])
        y = pg.table(22, y, [40, 126], rows, 11.5, ctx.body, 11, header_font=ctx.bold)
        para(pg, ctx, 22, y + 8, 166, "上述人员参加培训情况属实，经考核合格，特此证明。", 12.5)
        txt(pg, ctx, 158, y + 36, f"培训单位（盖章）：{issuer}", 12, align="r")
        txt(pg, ctx, 158, y + 46, fd(issued, st), 12, align="r")
        seal(pg, ctx, 135, y + 38, issuer, 20)
        pages = [pg]
    elif v == "appcard":
        pg, y = phone_page(
            ctx, "专技人员继续教育网络学院", f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59)}"
        )
        b = later(a, 40, 150, ctx.rng)
        issued = later(b, 1, 20, ctx.rng)
        f["period"] = {"start": f"{a.year}-{a.month:02d}", "end": f"{b.year}-{b.month:02d}"}
        f["issued_on"] = issued.isoformat()
        pg.rect(5, y, 95, y + 150, 0, fill=(255, 255, 255))
        centre(pg, ctx, y + 6, "学 习 证 明", 15, color=(170, 40, 40))
        pairs = [("学员", holder), ("单位", work), ("课程", title), ("学习周期", f"{fm(a.year, a.month, st)}至{fm(b.year, b.month, st)}"),
                 ("获得学时", f"{hours}学时"), ("考核结果", "合格")]  # fmt: skip
        if cat:
            pairs.insert(3, ("类别", catw))
        yy = y + 22
        for lab, val in pairs:
            txt(pg, ctx, 10, yy, lab, 9, color=GREY)
            yy = para(pg, ctx, 30, yy, 62, val, 9.5, indent=False, lead=1.6) + 2.5
        txt(pg, ctx, 90, yy + 10, issuer, 9, align="r")
        txt(pg, ctx, 90, yy + 17, f"生成时间：{fd(issued, st)}", 8.5, align="r")
        seal(pg, ctx, 70, yy + 12, issuer, 14)
        pg.rect(20, y + 160, 80, y + 170, 0, fill=(40, 110, 220))
        txt(pg, ctx, 50, y + 162, "下载证书", 10, True, "c", (255, 255, 255))
        pages = [pg]
    elif v == "blanks":
        pg = Page()
        frame(pg, 0)
        y = centre(pg, ctx, 36, "继续教育培训结业证书", 22) + 16
        yy, mm, dd = a.year, a.month, a.day
        fill(pg, ctx, 26, y, ["兹有", (holder, 30), "同志（单位：", (work, 60), "）"])
        fill(pg, ctx, 26, y + 14, ["于", (str(yy), 16), "年", (str(mm), 9), "月", (str(dd), 9), "日至",
                                   (str(b.year), 16), "年", (str(b.month), 9), "月", (str(b.day), 9), "日参加"])  # fmt: skip
        fill(pg, ctx, 26, y + 28, [(title, 120)])
        fill(pg, ctx, 26, y + 42, ["学习，共计", (str(hours), 16), "学时，考核合格，特发此证。"])
        if cat:
            fill(pg, ctx, 26, y + 56, ["科目：", (catw, 30)])
        txt(pg, ctx, 150, 220, issuer, 13, align="c")
        fill(pg, ctx, 118, 232, [(str(issued.year), 16), "年", (str(issued.month), 9), "月",
                                 (str(issued.day), 9), "日"])  # fmt: skip
        seal(pg, ctx, 150, 224, issuer)
        f["issued_on"] = issued.isoformat()
        pages = [pg]
    elif v == "hege":
        pg = Page()
        frame(pg, 2)
        f["issued_on"] = f"{issued.year}-{issued.month:02d}"
        stc = ctx.pick(("cn", "cno"))
        y = centre(pg, ctx, 44, "合格证书", 30, color=(175, 35, 40), spaced=True) + 16
        pairs = [("姓名", holder), ("工作单位", work), ("培训内容", title), ("培训日期", f"{fd(a, st)}～{fd(b, st)}"),
                 ("学时", str(hours))]  # fmt: skip
        if cat:
            pairs.append(("类别", catw))
        y = kv(pg, ctx, 30, y, pairs, 13, lw=30, gap=2.6)
        para(pg, ctx, 30, y + 6, 150, "经考核，成绩合格。", 14)
        txt(pg, ctx, 150, 226, issuer, 13, align="c")
        txt(pg, ctx, 150, 236, fm(issued.year, issued.month, stc), 13, align="c")
        seal(pg, ctx, 146, 232, issuer, 21)
        txt(pg, ctx, 30, 262, f"证书编号：{no}", 10)
        pages = [pg]
    else:  # sysprint
        pg = Page()
        school = ctx.pick(CITIES[city]["univ"])
        pg.rect(15, 14, 195, 26, 0, fill=(225, 232, 242))
        txt(pg, ctx, 18, 17, f"{school}  继续教育学时认定系统", 11, True)
        t = later(issued, 5, 60, ctx.rng)
        txt(
            pg,
            ctx,
            192,
            17.5,
            f"打印时间：{t.isoformat()} {ctx.rng.randint(8, 17):02d}:{ctx.rng.randint(0, 59):02d}",
            8.5,
            align="r",
        )
        y = centre(pg, ctx, 36, "教职工继续教育学时认定单", 16) + 4
        y = kv(pg, ctx, 18, y, [("姓名", holder), ("工号", serial(ctx, 7)), ("部门", work)], 10.5, gap=1.9)
        head = ["序号", "项目名称", "主办单位", "起止日期", "学时"] + (["类别"] if cat else [])
        row = ["1", title, issuer, f"{fd(a, 'dot')}-{fd(b, 'dot')}", str(hours)] + ([catw] if cat else [])
        y = fit_table(pg, ctx, 15, y + 3, [head, row], 180, 9.5, 10)
        txt(pg, ctx, 18, y + 5, f"合计认定学时：{hours}", 10.5)
        txt(pg, ctx, 105, 280, "第 1 页 / 共 1 页", 8.5, color=GREY, align="c")
        sc = ["holder", "title", "period.start", "period.end", "hours_stated"]
        pages = [pg]
    return doc(ctx, "training_certificate", "tc", v, pages, f, sc, holder, a.year, cat)


# ---- sign-in sheets ----------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("sis")
    city = ctx.pick(CITIES)
    st = ctx.style()
    title, issuer = _course(ctx, None), ctx.pick(train_issuers(city))
    d = day(ctx.rng)
    n = ctx.rng.randint(7, 12) if v != "twopage" else ctx.rng.randint(20, 26)
    ppl = crowd(ctx.rng, n + 1)
    speaker, ppl = ppl[-1], ppl[:-1]
    works = [ctx.pick(CITIES[city]["work"]) for _ in ppl]
    place = ctx.pick(["学术报告厅", "第二会议室", "继续教育中心301教室", "图书馆报告厅", "综合楼五楼会议室"])
    ranks = list(range(1, n + 1))
    pages: list[Page] = []
    if v == "grid":
        pg = Page()
        y = centre(pg, ctx, 18, f"{title}签到表", 15)
        txt(pg, ctx, 16, y + 1, f"主办单位：{issuer}", 10.5)
        txt(pg, ctx, 16, y + 8, f"时间：{fd(d, st)}      地点：{place}", 10.5)
        rows = [["序号", "姓名", "工作单位", "职称", "签名"]]
        rows += [[str(i + 1), p, works[i], ctx.pick(TITLES_PRO), p] for i, p in enumerate(ppl)]
        fit_table(pg, ctx, 14, y + 16, rows, 182, 10, 11, fonts={4: ctx.hand})
        pages = [pg]
    elif v == "pairs":
        pg = Page()
        y = centre(pg, ctx, 20, "签  到  表", 18)
        y = para(pg, ctx, 16, y + 2, 178, f"培训名称：{title}", 11, indent=False)
        txt(pg, ctx, 16, y, f"培训日期：{fd(d, st)}", 11)
        txt(pg, ctx, 110, y, f"组织单位：{issuer}", 11)
        half = (n + 1) // 2
        for side in (0, 1):
            rows = [["序号", "签名", "单位"]]
            rows += [
                [str(i + 1), ppl[i], works[i][:10]] for i in range(side * half, min(n, (side + 1) * half))
            ]
            pg.table(14 + side * 92, y + 10, [11, 28, 51], rows, 9, ctx.body, 11, fonts={1: ctx.hand},
                     header_font=ctx.bold)  # fmt: skip
        pages = [pg]
    elif v == "ampm":
        pg = Page(w=297.0, h=210.0)
        y = centre(pg, ctx, 14, f"{title}学员签到册", 16)
        txt(pg, ctx, 20, y + 1, f"举办单位：{issuer}    日期：{fd(d, st)}    地点：{place}", 10.5)
        rows = [["序号", "姓名", "单位", "上午签到", "下午签到"]]
        rows += [
            [str(i + 1), p, works[i], p, p if ctx.rng.random() < 0.85 else ""] for i, p in enumerate(ppl)
        ]
        fit_table(pg, ctx, 18, y + 9, rows, 261, 10, 10.5, fonts={3: ctx.hand, 4: ctx.hand})
        pages = [pg]
    elif v == "salon":
        pg = Page()
        y = centre(pg, ctx, 22, "学术报告会签到", 18) + 2
        y = kv(pg, ctx, 22, y, [("报告题目", title), ("报 告 人", f"{speaker} {ctx.pick(TITLES_PRO)}"),
                                ("时    间", fd(d, st)), ("地    点", place), ("主办单位", issuer)], 11)  # fmt: skip
        pg.line(20, y + 2, 190, y + 2, 0.5)
        txt(pg, ctx, 22, y + 6, "参会人员签名：", 11, True)
        for i, p in enumerate(ppl):
            r, c = divmod(i, 4)
            hand(pg, ctx, 26 + c * 42, y + 18 + r * 16, p, 16)
        pages = [pg]
    elif v == "export":
        pg = Page()
        pg.rect(12, 12, 198, 30, 0, fill=(236, 240, 246))
        txt(pg, ctx, 16, 15, f"活动名称：{title}", 11, True)
        txt(pg, ctx, 16, 22.5, f"组织单位：{issuer}   活动日期：{fd(d, st)}", 9.5)
        txt(pg, ctx, 194, 36, f"导出人数：{n}", 9, color=GREY, align="r")
        rows = [["序号", "姓名", "所在单位", "签到时间", "状态"]]
        rows += [[str(i + 1), p, works[i], f"{ctx.rng.randint(7, 8):02d}:{ctx.rng.randint(0, 59):02d}:{ctx.rng.randint(0, 59):02d}", "已签到"]
                 for i, p in enumerate(ppl)]  # fmt: skip
        fit_table(pg, ctx, 12, 42, rows, 186, 9.5, 8.5)
        pages = [pg]
    else:  # twopage
        cut = ctx.rng.randint(13, 16)
        for part, chunk in enumerate((range(0, cut), range(cut, n))):
            pg = Page()
            y = 20
            if part == 0:
                y = centre(pg, ctx, 18, "培训签到表", 18)
                y = para(pg, ctx, 18, y, 174, f"培训项目：{title}", 11.5, indent=False)
                txt(pg, ctx, 18, y, f"主办：{issuer}", 11.5)
                txt(pg, ctx, 192, y, fd(d, st), 11.5, align="r")
                y += 8
            else:
                txt(pg, ctx, 18, 16, "（续表）", 11)
            rows = [["序号", "姓名", "单位", "本人签字"]]
            rows += [[str(i + 1), ppl[i], works[i], ppl[i]] for i in chunk]
            fit_table(pg, ctx, 16, y, rows, 178, 10, 10, fonts={3: ctx.hand})
            txt(pg, ctx, 105, 284, f"第{part + 1}页", 9, color=GREY, align="c")
            pages.append(pg)
    people = [person(p, r, "attendee") for p, r in zip(ppl, ranks, strict=True)]
    f = {
        "people": people,
        "title": title,
        "issuer": issuer,
        "period": {"start": d.isoformat(), "end": d.isoformat()},
    }
    sc = ["title", "issuer", "period.start", "period.end", "people"]
    return doc(ctx, "sign_in_sheet", "sis", v, pages, f, sc, ctx.pick(ppl), d.year)
