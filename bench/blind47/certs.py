"""Draw 47's certificates, sign-in sheets, notices, qualifications and stray uploads."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame, heading, sign_block
from bench.blind.page import Page, width_mm
from bench.blind47 import kit
from bench.blind47.kit import hand, lh, qr
from bench.blind47.pools import (
    CITIES, PLATFORMS, UNIVS, Ctx, address, date_forms, ds, fd, fm, frange, make, organiser,
    people_names, person_name, phone_no, rdate, serial, variant, who,
)  # fmt: skip
from bench.generator.truth import person

CAT_WORD = {"public": ["公需科目", "公需课"], "professional": ["专业科目", "专业课"]}


def _cat(ctx: Ctx) -> str | None:
    return ("public", "professional", None)[(ctx.k + ctx.offset // 7) % 3]


def _period(ctx: Ctx, y0: int = 2019, y1: int = 2024, span: int = 6) -> tuple[dt.date, dt.date]:
    a = rdate(ctx.rng, y0, y1)
    return a, a + dt.timedelta(days=ctx.rng.randint(0, span))


def _hours(ctx: Ctx) -> int:
    return ctx.c([6, 8, 12, 16, 18, 20, 24, 30, 32, 36, 40, 48, 56, 72])


def _hs(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else str(h)


# ==== training certificates ======================================================================
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "training_certificate")
    w = who(ctx)
    nm = person_name(ctx.rng)
    iss = organiser(ctx, w)
    cat = _cat(ctx)
    st = ds(ctx)
    a, b = _period(ctx)
    issued = b + dt.timedelta(days=ctx.rng.randint(0, 20))
    h = _hours(ctx)
    title = w.topic + ctx.c(["培训班", "专题培训", "高级研修班", "继续教育培训", "能力提升培训班", ""])
    if cat == "public":
        title = ctx.c([f"{a.year}年度专业技术人员公需科目培训", f"{w.city}市{a.year}年公需科目网络培训",
                       f"{a.year}年专业技术人员公需课学习"])  # fmt: skip
    catline = f"课程类别：{ctx.c(CAT_WORD[cat])}" if cat else ""
    if cat == "professional" and ctx.rng.random() < 0.5:
        catline = f"科目：{ctx.c(CAT_WORD[cat])}"
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    show_hours = ctx.rng.random() < 0.85
    show_period = True
    no = serial(ctx, ctx.c(["NO.", "证书编号：", "编号：", "YT", "KF"]), ctx.c([8, 10, 12]))
    pages: list[Page] = []
    if v == "framed":
        pg = Page()
        frame(pg, ctx, ctx.c([1, 2, 3]))
        pg.text(pg.w - 24, 20, no, 9, ctx.body, "r")
        y = heading(pg, ctx, ctx.c(["结业证书", "培训证书", "合格证书"]), 42, 30, spaced=True) + 14
        body = (f"{nm}同志（工作单位：{w.unit}）于{frange(a, b, st)}参加{iss}举办的“{title}”，"
                f"完成规定课程学习，经考核合格，{'共计' + _hs(h) + '学时，' if show_hours else ''}特发此证。")  # fmt: skip
        y = pg.wrap(28, y, pg.w - 56, body, 14, ctx.body, lead=2.0, indent=10)
        if catline:
            y = pg.wrap(28, y + 4, pg.w - 56, catline, 12, ctx.body)
        sign_block(pg, ctx, iss, fd(issued, st), max(y + 30, 200), seed=k)
        pg.text(pg.w / 2, pg.h - 22, f"查询电话：{phone_no(ctx, w)}", 8, ctx.body, "c", (110, 110, 110))
        pages.append(pg)
    elif v == "landscape":
        pg = Page(297.0, 210.0)
        frame(pg, ctx, ctx.c([2, 3]))
        heading(pg, ctx, ctx.c(["培 训 证 书", "结 业 证 书"]), 26, 28)
        pg.rect(30, 62, 62, 102, 0.3, (120, 120, 120))
        pg.text(46, 80, "照片", 10, ctx.body, "c", (150, 150, 150))
        y = 112
        for lab, val in (("姓名", nm), ("单位", w.unit[:14]), ("编号", no.split("：")[-1])):
            pg.text(24, y, f"{lab}：{val}", 11, ctx.body)
            y += 9
        x = 95
        rows = [f"培训项目：{title}", f"培训时间：{frange(a, b, st)}"]
        if show_hours:
            rows.append(f"培训学时：{_hs(h)}学时")
        if catline:
            rows.append(catline)
        rows.append("考核结果：合格")
        y = 66
        pg.text(x, y - 12, f"{nm}：", 15, ctx.body)
        for r in rows:
            pg.text(x + 8, y, r, 13, ctx.body)
            y += 11
        pg.text(x + 8, y + 4, "经考核成绩合格，准予结业。", 13, ctx.body)
        sign_block(pg, ctx, iss, fd(issued, st), 160, seed=k)
        pages.append(pg)
    elif v == "platform":
        pg, y = kit.browser_page(ctx, f"https://www.{serial(ctx, 'zj', 3)}.com/cert/view?id={serial(ctx, '', 10)}",
                                 iss if iss in PLATFORMS else ctx.c(PLATFORMS))  # fmt: skip
        pg.text(20, y, "首页 > 个人中心 > 我的证书", 8, ctx.body, color=(100, 100, 100))
        pg.rect(50, y + 8, 247, 182, 1.0, (190, 150, 60), (255, 252, 243))
        pg.text(148.5, y + 16, "学 时 证 明", 22, ctx.bold, "c")
        yy = y + 34
        rows = [("学员姓名", nm), ("身份证号", f"37{serial(ctx, '', 4)}********{serial(ctx, '', 3)}X"),
                ("课程名称", title), ("学习时间", frange(a, b, st, " — "))]  # fmt: skip
        if show_hours:
            rows.append(("获得学时", f"{_hs(h)} 学时"))
        if catline:
            rows.append(tuple(catline.split("：")))
        rows.append(("证书编号", no.split("：")[-1]))
        for lab, val in rows:
            pg.text(70, yy, f"{lab}：", 11, ctx.body)
            pg.text(100, yy, val, 11, ctx.body)
            yy += 8.5
        pg.text(225, yy + 2, iss, 11, ctx.body, "r")
        pg.text(225, yy + 10, fd(issued, st), 11, ctx.body, "r")
        pg.seal(205, yy + 6, 16, iss[:16], k)
        qr(pg, 62, 150, 20, k, "扫码验证证书真伪", ctx)
        pages.append(pg)
    elif v == "hourslip":
        pg = Page()
        kit.header_rule(pg, ctx, iss, f"证明编号 {no.split('：')[-1]}")
        y = heading(pg, ctx, "继续教育学时证明", 30, 22) + 8
        y = pg.wrap(24, y, pg.w - 48, f"兹有{w.unit}{nm}同志参加我单位组织的“{title}”，"
                    f"学习时间为{frange(a, b, st)}，完成以下课程：", 12, ctx.body, lead=1.9, indent=8)  # fmt: skip
        n = ctx.rng.randint(3, 5)
        parts = [h // n] * (n - 1)
        parts.append(h - sum(parts))
        catcell = ctx.c(CAT_WORD[cat]) if cat else "—"
        rows = [["序号", "课程内容", "类别", "学时"]]
        subs = ["政策解读", "案例分析", "新技术新规范", "实操演练", "专题讲座", "研讨交流"]
        ctx.rng.shuffle(subs)
        for i in range(n):
            rows.append([str(i + 1), subs[i], catcell, str(parts[i])])
        rows.append(["合计", "", "", f"{_hs(h)}学时"])
        show_hours = True
        y = pg.table(24, y + 4, [16, 86, 36, 24], rows, 11, ctx.body, row_h=10) + 10
        pg.text(24, y, "特此证明。", 12, ctx.body)
        sign_block(pg, ctx, iss, fd(issued, st), y + 28, seed=k)
        pg.text(24, pg.h - 24, f"注：本证明作为{a.year}年度继续教育学时登记依据，复印无效。", 8.5, ctx.body,
                color=(90, 90, 90))  # fmt: skip
        pages.append(pg)
    elif v == "miniapp":
        pg, y = kit.phone_page(ctx, ctx.c(["电子证书", "我的证书", "证书详情"]), f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59)}")
        pg.rect(5, y, 70, y + 104, 0.6, (176, 40, 40), (255, 255, 255))
        pg.text(37.5, y + 6, "培训合格证书", 13, ctx.bold, "c", (176, 40, 40))
        yy = y + 18
        lines = [nm, f"参加“{title}”"] if width_mm(title, ctx.body, 7.5) < 52 else [nm, "参加", f"“{title}”"]
        pg.text(37.5, yy, lines[0], 12, ctx.hand if ctx.rng.random() < 0.3 else ctx.bold, "c")
        yy += 9
        for ln in lines[1:]:
            pg.text(37.5, yy, ln, 7.5, ctx.body, "c")
            yy += 5
        rows = [f"时间：{frange(a, b, st)}"]
        if show_hours:
            rows.append(f"学时：{_hs(h)}")
        if catline:
            rows.append(catline)
        rows += [f"颁发：{iss}", f"日期：{fd(issued, st)}"]
        for r in rows:
            while width_mm(r, ctx.body, 7) > 57:
                cut = r.index("至") + 1 if "至" in r[:-1] and width_mm(r[: r.index("至") + 1], ctx.body, 7) <= 57 else 26
                pg.text(9, yy, r[:cut], 7, ctx.body)
                yy += 4.4
                r = "      " + r[cut:]
            pg.text(9, yy, r, 7, ctx.body)
            yy += 5.2
        pg.seal(52, yy - 6, 9, iss[:14], k)
        qr(pg, 27, max(yy + 4, y + 72), 18, k + 1)
        pg.text(37.5, y + 112, "长按识别二维码验证", 7, ctx.body, "c", (120, 120, 120))
        pg.rect(8, 148, 67, 156, 0, (7, 193, 96), (7, 193, 96))
        pg.text(37.5, 149.5, "保存到相册", 8, ctx.body, "c", (255, 255, 255))
        pages.append(pg)
    else:  # copynote
        pg = Page(bg=(236, 236, 233))
        pg.rect(20, 20, 190, 200, 0.6, (90, 90, 90))
        heading(pg, ctx, "结 业 证 书", 34, 26)
        pg.text(30, 52, no, 10, ctx.body, color=(60, 60, 60))
        y = pg.wrap(32, 66, 146, f"学员{nm}，工作单位{w.unit}，于{frange(a, b, st)}在{iss}参加{title}学习，"
                    f"{'修满' + _hs(h) + '学时，' if show_hours else ''}成绩合格，准予结业。", 13, ctx.body, lead=2.0, indent=9)  # fmt: skip
        if catline:
            y = pg.wrap(32, y + 2, 146, catline, 11, ctx.body)
        sign_block(pg, ctx, iss, fd(issued, st), max(y + 20, 150), seed=k)
        hand(pg, ctx, 36, 214, "此复印件与原件一致", 16)
        hand(pg, ctx, 60, 226, nm, 18)
        hand(pg, ctx, 100, 227, fd(issued + dt.timedelta(days=ctx.rng.randint(30, 700)), "dot"), 12)
        pg.seal(130, 228, 18, w.unit[:16], k + 3)
        pages.append(pg)
    fields = {"holder": nm, "title": title, "issuer": iss, "issued_on": issued.isoformat(),
              "period": {"start": a.isoformat(), "end": b.isoformat()} if show_period else None,
              "hours_stated": float(h) if show_hours else None}  # fmt: skip
    if not show_hours:
        scored.remove("hours_stated")
    return make(ctx, "training_certificate", v, pages, fields, scored, {"person": nm, "year": b.year}, cat)


# ==== sign-in sheets ===============================================================================
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "sign_in_sheet")
    w = who(ctx)
    iss = organiser(ctx, w)
    st = ds(ctx)
    day = rdate(ctx.rng)
    n = {"twopage": ctx.rng.randint(22, 30), "chat": ctx.rng.randint(5, 8)}.get(v, ctx.rng.randint(8, 16))
    ppl = people_names(ctx.rng, n)
    title = w.topic + ctx.c(["培训", "专题讲座", "业务培训会", "研讨会", "继续教育讲座"])
    printed_title = title + "签到表"
    pages: list[Page] = []
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    units = [w.unit, w.unit.replace(w.district, ""), f"{w.city}市{w.district}{ctx.c(['卫生院', '中学', '服务站', '管理所'])}"]

    def rows_for(names: list[str], start: int, cols: list[str]) -> list[list[str]]:
        titles = {"bridge": ["助理工程师", "工程师", "高级工程师"], "nurse": ["护师", "主管护师", "副主任护师"],
                  "pharmacist": ["药师", "主管药师", "副主任药师"], "music": ["二级教师", "一级教师", "高级教师"],
                  "forestry": ["助理工程师", "工程师", "高级工程师"], "accountant": ["助理会计师", "会计师", "高级会计师"],
                  "archivist": ["助理馆员", "馆员", "副研究馆员"], "vet": ["助理兽医师", "兽医师", "高级兽医师"]}[w.prof]
        out = [cols]
        for i, p in enumerate(names):
            cell = {"序号": str(start + i), "姓名": "" if v == "handfill" else p, "单位": ctx.c(units)[:13],
                    "工作单位": ctx.c(units)[:13], "职称": ctx.c(titles),
                    "联系电话": phone_no(ctx)[:3] + "****" + phone_no(ctx)[-4:]}  # fmt: skip
            out.append([cell.get(c, "") for c in cols])
        return out

    def head(pg: Page, y: float) -> float:
        y = heading(pg, ctx, printed_title, y, 17)
        pg.text(20, y + 2, f"主办单位：{iss}", 10.5, ctx.body)
        pg.text(pg.w - 20, y + 2, f"时间：{fd(day, st)}", 10.5, ctx.body, "r")
        pg.text(20, y + 9, f"地点：{ctx.c(['第三会议室', '学术报告厅', '培训楼201', '多功能厅'])}", 10.5, ctx.body)
        return y + 17

    if v in ("grid", "handfill", "wide"):
        pg = Page(297.0, 210.0) if v == "wide" else Page()
        y = head(pg, 20)
        cols = ["序号", "姓名", "工作单位", "职称", "联系电话", "签名"] if v == "wide" else ["序号", "姓名", "单位", "职称", "签名"]
        widths = [14, 30, 80, 36, 40, 50] if v == "wide" else [14, 28, 70, 30, 28]
        rows = rows_for(ppl, 1, cols)
        rh = min(9.5, (pg.h - y - 25) / (len(rows)))
        x0 = (pg.w - sum(widths)) / 2
        pg.table(x0, y, widths, rows, 9.5, ctx.body, row_h=rh)
        if v == "handfill":
            for i, p in enumerate(ppl):
                hand(pg, ctx, x0 + 16 + ctx.rng.uniform(0, 3), y + rh * (i + 1) + 1, p, 12)
        else:
            for i, p in enumerate(ppl):
                hand(pg, ctx, x0 + sum(widths[:-1]) + 6, y + rh * (i + 1) + 1, p, 11, blue=False)
        pg.text(20, pg.h - 14, f"联系人：{person_name(ctx.rng)}  {phone_no(ctx, w)}", 8.5, ctx.body, color=(90, 90, 90))
        pages.append(pg)
    elif v == "twin":
        pg = Page()
        y = head(pg, 20)
        half = (n + 1) // 2
        r1 = [["序号", "姓名", "签名"]] + [[str(i + 1), p, ""] for i, p in enumerate(ppl[:half])]
        r2 = [["序号", "姓名", "签名"]] + [[str(half + i + 1), p, ""] for i, p in enumerate(ppl[half:])]
        # names placed column by column: the left half first, then the right half (the printed row order)
        pg.table(18, y, [12, 30, 44], r1, 10, ctx.body, row_h=10)
        pages.append(pg)
        # right half on the same page but below, so row order reads left block then right block
        y2 = y + 10 * (len(r1)) + 8
        pg.text(18, y2 - 6, "（续）", 9, ctx.body)
        pg.table(18, y2, [12, 30, 44], r2, 10, ctx.body, row_h=10)
        pg.rect(112, y, 192, y + 60, 0.3)
        pg.text(116, y + 4, "议程", 11, ctx.bold)
        yy = y + 12
        for t in ("开班动员", "专题授课", "交流研讨", "考核测试"):
            pg.text(116, yy, f"· {t}", 9.5, ctx.body)
            yy += 7
    elif v == "chat":
        pg, y = kit.phone_page(ctx, f"{title[:10]}群({n + 40})", f"{ctx.rng.randint(8, 11)}:{ctx.rng.randint(10, 59)}", (237, 237, 237))
        pg.text(37.5, y, fd(day, st) + " 08:3" + str(ctx.rng.randrange(10)), 7, ctx.body, "c", (140, 140, 140))
        y += 7
        host = person_name(ctx.rng)
        pg.rect(14, y, 70, y + 40, 0, (255, 255, 255), (255, 255, 255))
        pg.rect(4, y, 12, y + 8, 0, (120, 160, 200), (120, 160, 200))
        pg.text(14, y - 4.5, host, 6.5, ctx.body, color=(120, 120, 120))
        yy = pg.wrap(16, y + 2, 52, f"#接龙 {printed_title}", 7.5, ctx.body)
        yy = pg.wrap(16, yy, 52, f"主办：{iss}", 7, ctx.body)
        for i, p in enumerate(ppl):
            pg.text(16, yy, f"{i + 1}. {p}", 7.5, ctx.body)
            yy += 4.6
        pg.rect(14, y, 70, yy + 2, 0.1, (220, 220, 220))
        y = yy + 8
        pg.rect(20, y, 71, y + 9, 0, (149, 236, 105), (149, 236, 105))
        pg.text(23, y + 2, "已接龙，准时参加", 7.5, ctx.body)
        pg.rect(0, 150, 75, 162, 0, (246, 246, 246), (246, 246, 246))
        pages.append(pg)
    else:  # twopage
        cols = ["序号", "姓名", "单位", "职称", "签到时间"]
        half = 16
        for pi, chunk in enumerate((ppl[:half], ppl[half:])):
            pg = Page()
            if pi == 0:
                y = head(pg, 18)
            else:
                kit.header_rule(pg, ctx, printed_title, "第2页 共2页")
                y = 22
            rows = rows_for(chunk, 1 + pi * half, cols)
            for r in rows[1:]:
                r[-1] = f"{ctx.c(['8', '8', '13'])}:{ctx.rng.randint(10, 59)}"
            pg.table(16, y, [14, 30, 76, 30, 28], rows, 9.5, ctx.body, row_h=9.5)
            pg.text(pg.w / 2, pg.h - 12, f"— {pi + 1} —", 9, ctx.body, "c")
            pages.append(pg)
    fields = {"title": title, "issuer": iss, "period": {"start": day.isoformat(), "end": day.isoformat()},
              "people": [person(p, i + 1, "attendee") for i, p in enumerate(ppl)]}  # fmt: skip
    return make(ctx, "sign_in_sheet", v, pages, fields, scored, {"person": ctx.c(ppl), "year": day.year})


# ==== training notices ===========================================================================
def training_notice(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "training_notice")
    w = who(ctx)
    iss = organiser(ctx, w)
    if v == "redhead":
        iss = ctx.c([f"{w.city}市{w.prof and ''}人力资源和社会保障局", f"{w.city}市交通运输局", f"{w.city}市财政局",
                     f"{w.city}市卫生健康委员会", w.society])  # fmt: skip
    st = ds(ctx)
    a, b = _period(ctx, span=4)
    issued = a - dt.timedelta(days=ctx.rng.randint(5, 30))
    h = _hours(ctx)
    title = f"{a.year}年{w.topic}{ctx.c(['培训班', '专题培训', '研修班'])}"
    cat = ctx.c([None, None, "professional", "public"])
    show_hours = ctx.rng.random() < 0.7
    holder = None
    pages: list[Page] = []
    venue = ctx.c([f"{w.city}宾馆三楼会议室", f"{ctx.c(UNIVS[w.city])}学术交流中心", f"{w.city}市{w.district}党群服务中心", "线上（腾讯会议）"])
    body_lines = [
        f"一、培训时间：{frange(a, b, st)}",
        f"二、培训地点：{venue}",
        f"三、培训对象：全市{ctx.c(['在职专业技术人员', '相关专业技术人员', '各单位业务骨干'])}",
        f"四、培训内容：{w.topic}" + (f"（{ctx.c(CAT_WORD[cat])}）" if cat else ""),
    ]
    if show_hours:
        body_lines.append(f"五、学时认定：培训结束经考核合格，登记继续教育学时{_hs(h)}学时。")
    body_lines.append(f"{'六' if show_hours else '五'}、联系人：{person_name(ctx.rng)}，电话：{phone_no(ctx, w)}")
    trainees = people_names(ctx.rng, ctx.rng.randint(3, 7)) if v not in ("invite", "marked") else []
    if trainees:
        body_lines.append(f"{'七' if show_hours else '六'}、参训人员：" + "、".join(trainees))
    docno = f"{w.city[0]}{ctx.c(['人社', '交', '财会', '卫', '学'])}{ctx.c(['字', '发', '函'])}〔{issued.year}〕{ctx.rng.randint(3, 140)}号"
    if v in ("redhead", "marked"):
        pg = Page()
        pg.text(pg.w / 2, 24, iss + ("文件" if v == "redhead" else ""), 24 if len(iss) < 12 else 18, ctx.bold, "c", (200, 30, 30))
        pg.text(pg.w / 2, 44, docno, 11, ctx.body, "c")
        pg.line(20, 52, pg.w - 20, 52, 0.9, (200, 30, 30))
        y = kit.centre_wrap(pg, ctx, 60, f"关于举办{title}的通知", 16, 150, ctx.bold) + 4
        pg.text(22, y, "各有关单位：", 12, ctx.body)
        y = pg.wrap(22, y + 8, 166, f"为进一步提升专业技术人员业务水平，经研究，决定举办{title}。现将有关事项通知如下：",
                    12, ctx.body, lead=1.9, indent=8) + 2  # fmt: skip
        for ln in body_lines:
            y = pg.wrap(22, y, 166, ln, 12, ctx.body, lead=1.9, indent=8)
        sign_block(pg, ctx, iss, fd(issued, st), y + 14, seed=k)
        pg.line(20, 262, pg.w - 20, 262, 0.3)
        pg.text(22, 264, f"抄送：{w.city}市人力资源和社会保障局，各县市区{ctx.c(['主管部门', '人社局'])}", 9, ctx.body)
        pg.line(20, 270, pg.w - 20, 270, 0.3)
        pg.text(22, 272, f"{iss}办公室", 9, ctx.body)
        pg.text(pg.w - 22, 272, f"{fd(issued, st)}印发", 9, ctx.body, "r")
        if v == "marked":
            holder = person_name(ctx.rng)
            hand(pg, ctx, 128, 5 + ctx.rng.uniform(0, 3), f"{holder}参加", 17)
            pg.line(22, y - 30, 150, y - 30, 0.5, (25, 45, 140))
            hand(pg, ctx, 140, 250, f"已报名 {holder}", 13)
        pages.append(pg)
    elif v == "timetable":
        pg = Page(297.0, 210.0)
        pg.text(148.5, 16, f"{title}日程安排", 18, ctx.bold, "c")
        pg.text(148.5, 28, f"主办单位：{iss}    时间：{frange(a, b, st)}    地点：{venue}", 10, ctx.body, "c")
        rows = [["日期", "时间", "课程内容", "授课专家", "学时"]]
        days = [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]
        per = h // (len(days) * 2) or 1
        tot = 0
        for d in days:
            for half in ("上午 8:30-11:30", "下午 14:00-17:00"):
                lec = person_name(ctx.rng) + ctx.c(["教授", "主任医师", "高级工程师", "研究员", "正高级会计师"])
                rows.append([fd(d, st), half, ctx.c(["政策与规范解读", "典型案例剖析", "前沿技术讲座", "现场教学", "分组研讨"]), lec, str(per)])
                tot += per
        h = tot
        show_hours = True
        rows.append(["合计", "", "", "", f"{_hs(h)}学时"])
        rh = min(10.0, 130 / len(rows))
        y = pg.table(24, 38, [50, 46, 80, 58, 16], rows, 9.5, ctx.body, row_h=rh)
        pg.text(24, y + 20, "参训学员：" + "、".join(trainees), 9.5, ctx.body)
        if cat:
            pg.text(24, y + 6, f"注：本次培训为{ctx.c(CAT_WORD[cat])}，学时计入{a.year}年度继续教育。", 9.5, ctx.body)
        pg.text(273, y + 14, f"{iss}  {fd(issued, st)}", 10, ctx.body, "r")
        pages.append(pg)
    elif v == "invite":
        holder = person_name(ctx.rng)
        pg = Page()
        frame(pg, ctx, 3)
        heading(pg, ctx, "邀 请 函", 36, 30)
        hand(pg, ctx, 28, 66, holder, 18)
        pg.text(60, 68, ctx.c(["老师：", "同志：", "女士/先生："]), 14, ctx.body)
        y = pg.wrap(28, 84, 154, f"兹定于{frange(a, b, st)}在{venue}举办“{title}”，特邀您拨冗参加。", 13, ctx.body, lead=2.0, indent=10)
        for ln in body_lines[2:]:
            y = pg.wrap(28, y, 154, ln.split("、", 1)[1], 12, ctx.body, lead=1.9, indent=10)
        sign_block(pg, ctx, iss, fd(issued, st), y + 18, seed=k)
        qr(pg, 28, 236, 22, k, "扫码报名", ctx)
        pages.append(pg)
    elif v == "webpage":
        pg, y = kit.browser_page(ctx, f"http://{serial(ctx, 'rsj', 2)}.{w.city == '烟台' and 'yantai' or 'kaifeng'}.gov.cn/art/{issued.year}/{issued.month}/{issued.day}/art_{serial(ctx, '', 5)}.html",
                                 iss, landscape=False)  # fmt: skip
        pg.text(20, y, "当前位置：首页 > 通知公告", 8, ctx.body, color=(100, 100, 100))
        y = kit.centre_wrap(pg, ctx, y + 10, f"关于举办{title}的通知", 15, 160, ctx.bold)
        pg.text(pg.w / 2, y + 1, f"发布时间：{fd(issued, st)}   来源：{iss}   浏览次数：{ctx.rng.randint(200, 5000)}", 8, ctx.body, "c", (110, 110, 110))
        y += 12
        for ln in body_lines:
            y = pg.wrap(22, y, 166, ln, 11, ctx.body, lead=1.9, indent=8)
        pg.text(pg.w - 22, y + 8, iss, 11, ctx.body, "r")
        pg.text(pg.w - 22, y + 16, fd(issued, st), 11, ctx.body, "r")
        pg.text(22, y + 28, "附件：1.报名回执表.docx", 10, ctx.body, (30, 80, 170))
        pages.append(pg)
    else:  # wechat
        pg, y = kit.phone_page(ctx, "", f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59)}", (255, 255, 255))
        y = pg.wrap(5, y, 65, f"关于举办{title}的通知", 11, ctx.bold, lead=1.5) + 1
        pg.text(5, y, f"{iss}  {fd(issued, st)}", 6.5, ctx.body, color=(90, 110, 160))
        y += 7
        for ln in body_lines:
            y = pg.wrap(5, y, 65, ln, 7.2, ctx.body, lead=1.7) + 1
        pg.text(70, y + 3, iss, 7.2, ctx.body, "r")
        pg.text(70, y + 8, fd(issued, st), 7.2, ctx.body, "r")
        pg.text(5, 152, f"阅读 {ctx.rng.randint(300, 9000)}   赞 {ctx.rng.randint(3, 80)}", 6.5, ctx.body, color=(140, 140, 140))
        pages.append(pg)
    scored = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    if not show_hours:
        scored.remove("hours_stated")
    fields = {"holder": holder, "title": title, "issuer": iss, "issued_on": issued.isoformat(),
              "period": {"start": a.isoformat(), "end": b.isoformat()},
              "hours_stated": float(h) if show_hours else None}  # fmt: skip
    if holder:
        claim = holder
    else:
        claim = ctx.c(trainees)
    fields["people"] = [person(p, i + 1, "attendee") for i, p in enumerate(trainees)]
    return make(ctx, "training_notice", v, pages, fields, scored, {"person": claim, "year": a.year}, cat)


# ==== qualification certificates =================================================================
MAJORS = {"bridge": "道路桥梁与渡河工程", "nurse": "护理学", "pharmacist": "药学", "music": "音乐学",
          "forestry": "林学", "accountant": "会计学", "archivist": "档案学", "vet": "动物医学"}  # fmt: skip


DEGREES = {"bridge": ["工学硕士", "交通运输硕士"], "nurse": ["护理硕士", "医学硕士"], "pharmacist": ["药学硕士", "医学硕士"],
           "music": ["艺术学硕士", "音乐硕士"], "forestry": ["农学硕士", "林业硕士"], "accountant": ["会计硕士", "管理学硕士"],
           "archivist": ["管理学硕士", "图书情报硕士"], "vet": ["兽医硕士", "农学硕士"]}  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "qualification_certificate")
    w = who(ctx)
    nm = person_name(ctx.rng)
    st = ds(ctx)
    uni = ctx.c(UNIVS[w.city] + ["山东农业大学", "郑州大学", "青岛大学", "河南农业大学"])
    major = MAJORS[w.prof]
    yr = ctx.rng.randint(2018, 2024)
    issued: str
    modules = None
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    pg = Page(297.0, 210.0) if v in ("diploma", "degree") else Page()
    no = serial(ctx, "", 18 if v in ("diploma", "xuexin") else 16)
    birth = dt.date(ctx.rng.randint(1975, 1998), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    if v == "diploma":
        kind, subj, iss = "graduation", major, uni
        d = dt.date(yr, ctx.c([6, 7]), ctx.rng.randint(20, 30))
        issued = d.isoformat()
        frame(pg, ctx, 2)
        heading(pg, ctx, "毕 业 证 书", 24, 28)
        pg.rect(34, 56, 68, 100, 0.3, (120, 120, 120))
        y = pg.wrap(86, 62, 180, f"学生{nm}，性别{ctx.c('男女')}，{fd(birth, 'cn')}生，于{yr - 4}年9月至{yr}年{d.month}月"
                    f"在本校{major}专业{ctx.c(['四年制本科', '函授本科', '业余专升本'])}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
                    13, ctx.body, lead=2.0, indent=10)  # fmt: skip
        pg.text(200, 160, f"校 名：{uni}", 12, ctx.body)
        pg.text(200, 170, f"校（院）长：{person_name(ctx.rng)}", 12, ctx.body)
        pg.seal(230, 162, 18, uni, k)
        pg.text(200, 180, fd(d, st), 12, ctx.body)
        pg.text(34, 185, f"证书编号：{no}", 10, ctx.body)
    elif v == "degree":
        kind, iss = "master_degree", uni
        subj = ctx.c(DEGREES[w.prof])
        d = dt.date(yr, 6, ctx.rng.randint(10, 28))
        issued = d.isoformat()
        frame(pg, ctx, 3)
        heading(pg, ctx, "硕士学位证书", 26, 26)
        y = pg.wrap(50, 60, 200, f"{nm}，{ctx.c('男女')}，{fd(birth, 'cn')}生。在{uni}{major}专业完成了硕士研究生的学习计划，"
                    f"业已通过论文答辩，根据《中华人民共和国学位条例》的规定，授予{subj}学位。", 14, ctx.body, lead=2.0, indent=10)  # fmt: skip
        pg.text(200, 150, f"{uni}", 13, ctx.body)
        pg.text(200, 160, f"学位评定委员会主席  {person_name(ctx.rng)}", 11, ctx.body)
        pg.text(200, 172, fd(d, st), 12, ctx.body)
        pg.seal(220, 155, 18, uni, k)
        pg.text(40, 185, f"证书编号：{no[:16]}", 10, ctx.body)
    elif v == "courses":
        kind, iss = "postgraduate_courses", uni + ctx.c(["研究生院", "继续教育学院"])
        subj = major
        d = dt.date(yr, ctx.rng.randint(1, 12), 1)
        issued = f"{yr}-{d.month:02d}"
        frame(pg, ctx, 1)
        heading(pg, ctx, "研究生课程进修班|结 业 证 书", 40, 24)
        y = pg.wrap(28, 80, 154, f"{nm}同志于{yr - 2}年{ctx.c([3, 9])}月至{fm(yr, d.month, 'cn')}在我校参加{major}专业"
                    "研究生课程进修班学习，修完规定的全部学位课程，成绩合格，准予结业。", 14, ctx.body, lead=2.0, indent=10)  # fmt: skip
        sign_block(pg, ctx, iss, fm(yr, d.month, st), y + 30, seed=k)
        pg.text(28, 260, f"编号：{no}", 10, ctx.body)
    elif v in ("selfexam", "computer"):
        if v == "selfexam":
            kind, iss = "self_study_exam", f"{w.prov}省高等教育自学考试委员会"
            subj = major
            modules = ctx.rng.sample(["中国近现代史纲要", "英语（二）", "管理学原理", "基础会计学", "档案管理学",
                                      "药理学（二）", "儿科护理学（一）", "乐理与视唱", "森林生态学"], 2)  # fmt: skip
        else:
            kind, iss = "computer_exam", f"{w.prov}省人力资源和社会保障厅"
            subj = "全国专业技术人员计算机应用能力考试"
            modules = ctx.rng.sample(["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿",
                                      "Windows 7操作系统", "Internet应用"], ctx.rng.randint(1, 3))  # fmt: skip
        d = rdate(ctx.rng, yr, yr)
        issued = d.isoformat()
        pg.rect(22, 22, 188, 200, 0.8, (40, 90, 60))
        heading(pg, ctx, "单科合格证书" if v == "selfexam" else "计算机应用能力考试|合 格 证", 36, 22)
        y = 74
        pg.rect(140, 60, 172, 100, 0.3, (120, 120, 120))
        for lab, val in (("姓    名", nm), ("身份证号", f"{'37' if w.prov == '山东' else '41'}{serial(ctx, '', 4)}{birth:%Y%m%d}{serial(ctx, '', 4)}"),
                         ("专    业" if v == "selfexam" else "考试名称", subj if v == "selfexam" else "计算机应用能力考试")):  # fmt: skip
            pg.text(34, y, f"{lab}：{val}", 12, ctx.body)
            y += 11
        rows = [["科目名称", "成绩", "考试时间"]] + [[m, str(ctx.rng.randint(60, 92)) if v == "selfexam" else "合格",
                                                     fm(d.year, ctx.rng.randint(1, d.month), st)] for m in modules]  # fmt: skip
        y = pg.table(34, y + 4, [76, 30, 42], rows, 11, ctx.body, row_h=10) + 14
        if v == "computer":
            pg.text(34, y - 8, subj, 10, ctx.body)
        sign_block(pg, ctx, iss, fd(d, st), y + 10, seed=k)
        pg.text(34, 190, f"证书编号：{no}", 10, ctx.body)
        scored.append("qualification.modules")
    else:  # xuexin
        kind, subj, iss = "graduation", major, uni
        d = dt.date(yr, ctx.c([1, 6, 7]), ctx.rng.randint(1, 30))
        issued = d.isoformat()
        pg = Page(210.0, 260.0)
        pg.rect(0, 0, 210, 22, 0, (30, 120, 90), (30, 120, 90))
        pg.text(105, 6, "教育部学历证书电子注册备案表", 16, ctx.bold, "c", (255, 255, 255))
        pg.text(190, 28, f"更新日期：{fd(dt.date(2025, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28)), 'iso')}", 8, ctx.body, "r")
        rows = [["姓名", nm, "性别", ctx.c("男女")], ["出生日期", fd(birth, "cn"), "民族", "汉族"],
                ["层次", ctx.c(["本科", "专科"]), "学历类别", ctx.c(["普通高等教育", "成人高等教育"])],
                ["学校名称", uni, "专业", major], ["入学日期", fd(dt.date(yr - 4, 9, 1), "cn"), "毕（结）业日期", fd(d, st)],
                ["学习形式", ctx.c(["普通全日制", "函授", "业余"]), "毕（结）业", "毕业"], ["证书编号", no, "校（院）长姓名", person_name(ctx.rng)]]  # fmt: skip
        pg.table(16, 36, [32, 62, 32, 52], rows, 10, ctx.body, row_h=12)
        qr(pg, 150, 140, 30, k, "在线验证码 " + serial(ctx, "A", 14), ctx)
        pg.text(16, 200, "本表仅用于学历查询，如需认证请到学信网申请。", 8.5, ctx.body, color=(100, 100, 100))
    fields = {"holder": nm, "issuer": iss, "issued_on": issued,
              "qualification": {"kind": kind, "subject": subj, "modules": modules}}  # fmt: skip
    return make(ctx, "qualification_certificate", v, [pg], fields, scored, {"person": nm, "year": int(issued[:4])})


# ==== other ========================================================================================
def other(ctx: Ctx, k: int) -> Doc:
    v = variant(ctx, "other")
    w = who(ctx)
    nm = person_name(ctx.rng)
    st = ds(ctx)
    d = rdate(ctx.rng)
    org = organiser(ctx, w)
    fee = ctx.c([180, 260, 300, 450, 600, 980])
    pg = Page()
    if v == "invoice":
        pg = Page(240.0, 140.0, bg=(250, 248, 240))
        pg.text(120, 10, f"{w.prov}省非税收入统一票据（电子）" if ctx.rng.random() < 0.5 else "收  款  收  据", 15, ctx.bold, "c", (150, 60, 40))
        pg.text(20, 26, f"交款人：{nm}", 10, ctx.body)
        pg.text(220, 26, f"票据号码：{serial(ctx, '', 10)}", 9, ctx.body, "r")
        pg.text(220, 32, f"开票日期：{fd(d, st)}", 9, ctx.body, "r")
        pg.table(20, 40, [80, 40, 40, 40], [["项目名称", "单位", "数量", "金额（元）"], ["继续教育培训费", "人", "1", f"{fee}.00"],
                                            ["资料费", "套", "1", "0.00"], ["合计（大写）", "", "", f"¥{fee}.00"]], 10, ctx.body, row_h=11)  # fmt: skip
        pg.text(20, 100, f"收款单位（章）：{org}", 10, ctx.body)
        pg.seal(70, 108, 15, org[:16], k)
        pg.text(160, 100, f"复核人：{person_name(ctx.rng)}  收款人：{person_name(ctx.rng)}", 9, ctx.body)
    elif v == "signup":
        heading(pg, ctx, f"{w.topic}培训报名回执表", 24, 16)
        rows = [["姓名", "", "性别", ctx.c("男女"), "职称", ctx.c(["工程师", "主管护师", "会计师", "馆员"])],
                ["工作单位", w.unit, "", "", "", ""], ["手机", phone_no(ctx), "", "邮箱", f"{serial(ctx, '', 9)}@qq.com", ""],
                ["是否住宿", "□是  □否", "", "", "", ""], ["备注", "", "", "", "", ""]]  # fmt: skip
        pg.table(20, 42, [24, 46, 20, 26, 26, 28], rows, 10, ctx.body, row_h=14)
        hand(pg, ctx, 46, 45, nm, 14)
        pg.text(20, 122, f"请于{fd(d, st)}前将回执发送至邮箱或传真 {phone_no(ctx, w)}。", 10, ctx.body)
    elif v == "payment":
        pg, y = kit.phone_page(ctx, "账单详情", f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59)}")
        pg.text(37.5, y + 8, org[:14], 9, ctx.body, "c")
        pg.text(37.5, y + 18, f"-{fee}.00", 20, ctx.bold, "c")
        pg.text(37.5, y + 30, "交易成功", 8, ctx.body, "c", (90, 90, 90))
        yy = y + 44
        for lab, val in (("支付时间", f"{fd(d, 'iso')} {ctx.rng.randint(8, 21)}:{ctx.rng.randint(10, 59)}"),
                         ("商品说明", "培训报名费"), ("付款人", nm), ("交易单号", serial(ctx, "4200", 20))):  # fmt: skip
            pg.text(6, yy, lab, 7.5, ctx.body, color=(120, 120, 120))
            pg.text(70, yy, val[:24], 7.5, ctx.body, "r")
            yy += 7
    elif v == "leave":
        heading(pg, ctx, "请 假 条", 30, 22)
        pg.wrap(26, 56, 158, f"科室领导：本人{nm}因参加{org}组织的{w.topic}培训，需请假{ctx.rng.randint(1, 5)}天，"
                f"自{fd(d, st)}起，望批准。", 13, ctx.body, lead=2.1, indent=10)  # fmt: skip
        hand(pg, ctx, 130, 110, nm, 16)
        pg.text(130, 122, fd(d - dt.timedelta(days=2), st), 12, ctx.body)
        hand(pg, ctx, 30, 140, "同意。" + person_name(ctx.rng), 14)
    elif v == "report":
        kit.header_rule(pg, ctx, w.unit, f"{d.year}年度")
        heading(pg, ctx, f"{d.year}年度个人工作总结", 28, 18)
        pg.text(pg.w / 2, 42, nm, 12, ctx.body, "c")
        y = 54
        for para in (f"一年来，本人在{w.unit}从事{w.topic}相关工作，认真履行岗位职责。",
                     f"积极参加各类继续教育学习，完成{org}组织的培训，拓宽了专业视野。",
                     "下一步将继续加强业务学习，不断提高专业技术水平。"):  # fmt: skip
            y = pg.wrap(24, y, 162, para, 12, ctx.body, lead=2.0, indent=10) + 3
        pg.text(186, y + 10, fd(d, st), 12, ctx.body, "r")
    else:  # employ
        heading(pg, ctx, "在 职 证 明", 30, 22)
        pg.wrap(26, 58, 158, f"兹证明{nm}同志，身份证号{'37' if w.prov == '山东' else '41'}{serial(ctx, '', 16)}，"
                f"系我单位在职职工，自{fm(d.year - ctx.rng.randint(3, 15), ctx.rng.randint(1, 12), st)}起在{w.unit}工作至今。特此证明。",
                13, ctx.body, lead=2.1, indent=10)  # fmt: skip
        sign_block(pg, ctx, w.unit, fd(d, st), 140, seed=k)
        pg.text(26, 200, f"单位地址：{address(ctx, w)}  邮编：{CITIES[w.city]['zip']}", 9, ctx.body)
    return make(ctx, "other", v, [pg], {"holder": nm}, [], {"person": nm, "year": d.year})


__all__ = ["training_certificate", "sign_in_sheet", "training_notice", "qualification_certificate", "other",
           "date_forms"]  # fmt: skip
