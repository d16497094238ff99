"""Draw 55 builders: training certificates, sign-in sheets, notices, qualifications and other proofs."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind55 import kit
from bench.blind55.kit import centre, dstr, fit, iso, mstr, para, sign, span
from bench.blind55.pools import KAIFENG_2016, City, Ctx, Profession, names, public_course, rand_day

CATS = ("public", "professional", None)
CAT_WORD = {"public": "公需科目", "professional": "专业科目"}


# ---- shared setting ---------------------------------------------------------------------------
def setting(ctx: Ctx) -> tuple[City, Profession, int, str, str]:
    city, prof = ctx.city(), ctx.prof()
    year = ctx.rng.randint(*city.years)
    county = ctx.rng.choice(city.counties)
    unit = ctx.rng.choice(prof.units).format(c=city.name, x=county)
    return city, prof, year, county, unit


def county_dept(county: str, prof: Profession) -> str:
    return county + prof.dept.replace("委员会", "局")


def organizer(ctx: Ctx, city: City, prof: Profession, county: str, cat: str | None) -> str:
    if cat == "public":
        opts = [city.rs, ctx.rng.choice(city.bases), county + "人力资源和社会保障局"]
    else:
        opts = [city.name + prof.dept, city.province + prof.prov_dept, county_dept(county, prof),
                ctx.rng.choice(city.bases)]  # fmt: skip
    return ctx.pick("organizer", opts)


def training_title(ctx: Ctx, city: City, prof: Profession, year: int, cat: str | None) -> str:
    course = ctx.rng.choice(prof.courses)
    if cat == "public":
        pc = public_course(city, year)
        if city.key == "kaifeng" and year == 2016:
            pc = ctx.pick("kf.public", list(KAIFENG_2016))
        opts = [f"{year}年度专业技术人员继续教育公需科目培训", f"{year}年{city.name}专业技术人员公需科目培训",
                f"{pc}公需科目培训", f"{pc}"]  # fmt: skip
    elif cat == "professional":
        opts = [f"{year}年{city.name}{prof.trade}专业科目培训班", f"{course}专业科目培训", f"{course}培训班",
                f"{course}专题讲座"]  # fmt: skip
    else:
        opts = [f"{year}年{city.name}{prof.trade}专业技术人员继续教育培训班", f"{course}培训班",
                f"{course}高级研修班", f"{year}年{prof.trade}技术骨干培训班"]  # fmt: skip
    return ctx.pick("training.title", opts)


def cat_line(title: str, cat: str | None) -> str | None:
    """The 科目 line a proof prints when its title does not already state its category."""
    if cat is None or CAT_WORD[cat] in title:
        return None
    return CAT_WORD[cat]


def course_period(ctx: Ctx, year: int, days: int | None = None) -> tuple[date, date]:
    a = rand_day(ctx.rng, year, 3, 11)
    n = days if days is not None else ctx.rng.choice((1, 2, 3, 3, 4, 5))
    return a, a + timedelta(days=n - 1)


# ---- training certificates --------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("training_certificate")
    cat = CATS[k % 3]
    city, prof, year, county, unit = setting(ctx)
    rng = ctx.rng
    holder = names(rng, 1)[0]
    title = training_title(ctx, city, prof, year, cat)
    if v == "online" and cat is None:
        title = ctx.pick("online.title", [f"{prof.trade}在线学习", f"{year}年度{prof.trade}网络研修"])
    issuer = organizer(ctx, city, prof, county, cat)
    a, b = course_period(ctx, year)
    hours = float(min(8 * ((b - a).days + 1), rng.choice((8, 12, 16, 24, 32, 40))))
    issued = b + timedelta(days=rng.choice((0, 0, 1, 3, 7)))
    if issued.year != year:
        issued = b
    dstyle = ctx.pick("tc.date", ["cn", "han", "cn0", "cn"])
    pstyle = ctx.pick("tc.span", ["cn", "cn_short", "cn_dash", "dot"])
    no = f"{city.short}{year}{kit.serial(rng, 6)}" if rng.random() < 0.5 else kit.serial(rng, 10)
    pg = Page(bg=kit.tone(ctx))
    fields: dict[str, Any] = {"holder": holder, "title": title, "issuer": issuer, "issued_on": iso(issued),
                              "period": {"start": iso(a), "end": iso(b)}, "hours_stated": hours}  # fmt: skip
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    cl = cat_line(title, cat)
    unitw = ctx.pick("tc.unit", ["学时", "学时", "课时"])
    if v == "jieye":
        kit.frame(pg, rng.choice((1, 2, 3)))
        y = 45
        if len(title) <= 24 and rng.random() < 0.4:
            y = kit.centre(pg, 40, title, 18, ctx.bold)
        y = kit.centre(pg, y, ctx.pick("tc.head", ["结业证书", "结 业 证 书", "培训结业证书"]), 30, ctx.bold)
        pg.text(pg.w - 26, 28, f"编号：{no}", 10, ctx.body, "r")
        y += 12
        s = (
            f"{holder}同志（{unit}）于{span(a, b, pstyle)}参加了{issuer}举办的“{title}”，完成规定课程"
            f"{int(hours)}{unitw}，经考核成绩合格，准予结业。"
        )
        if cl:
            s += f"所学内容计入继续教育{cl}学时。"
        y = para(pg, ctx, 28, y, pg.w - 56, s, 14, 2.0)
        y = kit.centre(pg, y + 6, "特发此证。", 14, ctx.body)
        sign(pg, ctx, [issuer, dstr(issued, dstyle)], max(y + 30, 215), stamp=issuer)
    elif v == "xueshi":
        y = kit.centre(
            pg, 32, ctx.pick("tc.head2", ["继续教育学时证明", "学时证明", "培训学时证明"]), 24, ctx.bold
        )
        pg.text(pg.w - 24, y, f"证明编号：{no}", 10, ctx.body, "r")
        rows = [
            ["姓  名", holder, "工作单位", unit],
            ["培训项目", title, "", ""],
            ["培训时间", span(a, b, pstyle), "", ""],
            ["培训学时", f"{int(hours)}{unitw}", "考核结果", "合格"],
        ]
        if cl:
            rows.append(["科目类别", cl, "", ""])
        yy = y + 8
        for r in rows:
            if r[2]:
                pg.table(22, yy, [28, 55, 28, 55], [r], 11, ctx.body, row_h=12)
            else:
                pg.table(22, yy, [28, 138], [r[:2]], 11, ctx.body, row_h=12)
            yy += 12
        s = f"兹证明上述人员参加{issuer}组织的继续教育培训，学时属实，特此证明。"
        yy = para(pg, ctx, 24, yy + 10, pg.w - 48, s, 12.5)
        sign(pg, ctx, [f"{issuer}（盖章）", dstr(issued, dstyle)], yy + 25, stamp=issuer)
    elif v == "online":
        platform = city.platform if cat == "public" else city.name + "专业技术人员继续教育网络学院"
        issuer = platform
        fields["issuer"] = issuer
        exam = rand_day(rng, year, 5, 11)
        a, b = date(year, exam.month, 1), exam
        fields["period"] = {"start": iso(a), "end": iso(b)}
        issued = b
        fields["issued_on"] = iso(issued)
        hours = 30.0 if cat == "public" and city.key == "dezhou" else float(rng.choice((22, 24, 26, 30, 36)))
        fields["hours_stated"] = hours
        pg.rect(12, 12, pg.w - 12, 40, 0, fill=(28, 86, 150))
        fit(pg, pg.w / 2, 20, platform, 17, ctx.bold, pg.w - 40, "c", (255, 255, 255))
        y = kit.centre(pg, 58, "专业技术人员继续教育|电子证书".split("|")[0], 16, ctx.body)
        y = kit.centre(pg, y + 2, ctx.pick("tc.ehead", ["电子证书", "学习证明", "合格证书"]), 28, ctx.bold)
        pairs = [("证书编号", no), ("姓名", holder), ("工作单位", unit), ("学习项目", title),
                 ("学习时间", f"{dstr(a, 'cn')}至{dstr(b, 'cn')}"), ("获得学时", f"{int(hours)}学时"),
                 ("考试成绩", f"{rng.randint(72, 98)}分（合格）")]  # fmt: skip
        if cl:
            pairs.insert(4, ("科目", cl))
        if city.key == "dezhou" and cat == "public" and year == 2017:
            pairs.insert(4, ("学习教材", "《信息化能力建设与网络安全读本》"))
            pairs.insert(2, ("继续教育卡号", kit.serial(rng, 12)))
        yy = y + 10
        lx = 32 + max(width_mm(lab + "：", ctx.body, 12.5) for lab, _ in pairs)
        for lab, val in pairs:
            pg.text(30, yy, lab + "：", 12.5, ctx.body)
            fit(pg, lx, yy, val, 12.5, ctx.body, pg.w - lx - 30)
            yy += 10.5
        kit.qr(pg, rng, pg.w - 55, yy + 8, 26)
        pg.text(pg.w - 42, yy + 37, "扫码验证真伪", 8.5, ctx.body, "c")
        pg.text(30, yy + 14, f"验证码：{kit.serial(rng, 8)}", 10, ctx.body)
        pg.text(30, yy + 24, f"打印日期：{dstr(issued, 'dash')}", 10, ctx.body)
        sign(pg, ctx, [platform[:14] + "…" if len(platform) > 22 else platform, dstr(issued, "cn")], yy + 50,
             xr=pg.w - 30, stamp=platform)  # fmt: skip
    elif v == "table":
        kit.frame(pg, 1)
        y = kit.centre(
            pg, 30, ctx.pick("tc.head3", ["继续教育证书", "专业技术人员继续教育证书"]), 24, ctx.bold
        )
        y = kit.centre(pg, y + 2, f"（{year}年度）", 13, ctx.body)
        pg.text(24, y + 4, f"姓名：{holder}", 12, ctx.body)
        pg.text(110, y + 4, f"单位：{unit}", 12, ctx.body)
        nrow = rng.randint(2, 4)
        pool = [c for c in prof.courses]
        rng.shuffle(pool)
        parts = [int(hours) // nrow] * nrow
        parts[0] += int(hours) - sum(parts)
        if cat is None:
            cats = ["公需科目"] + ["专业科目"] * (nrow - 1)
        else:
            cats = [CAT_WORD[cat]] * nrow
        rows = [["序号", "课程名称", "课程类别", "学时", "考核结果"]]
        for i in range(nrow):
            pubs = [
                public_course(city, year),
                "专业技术人员职业道德与法治教育",
                "心理健康与压力管理",
                "知识产权保护",
            ]
            cname = pubs[i % len(pubs)] if cats[i] == "公需科目" else pool[i % len(pool)]
            rows.append([str(i + 1), cname, cats[i], str(parts[i]), rng.choice(("合格", "通过", "优秀"))])
        rows.append(["合计", "", "", str(int(hours)), ""])
        yy = pg.table(20, y + 16, [14, 78, 30, 20, 28], rows, 10.5, ctx.body, row_h=11)
        if cat is None:
            title = f"{year}年度{city.name}专业技术人员继续教育"
            fields["title"] = title
        s = f"项目名称：{title}；学习时间：{span(a, b, 'cn')}。"
        yy = para(pg, ctx, 22, yy + 8, pg.w - 44, s, 11.5, indent=False)
        sign(pg, ctx, [f"{issuer}", f"（盖章）{dstr(issued, dstyle)}"], yy + 24, stamp=issuer)
    elif v == "landscape":
        pg = kit.landscape()
        pg.bg = kit.tone(ctx)
        kit.frame(pg, rng.choice((2, 3)))
        two = len(title) > 14
        y = 30
        if two:
            y = kit.centre(pg, y, title, 20, ctx.bold, 30)
        y = kit.centre(pg, y + 2, ctx.pick("tc.head4", ["培训证书", "结业证书", "合格证书"]), 30, ctx.bold)
        s = (
            f"学员{holder}，工作单位{unit}，于{span(a, b, pstyle)}参加"
            + (f"“{title}”" if not two else "本期培训")
            + f"，共计{int(hours)}{unitw}，考核合格。"
        )
        if two:
            s = s.replace("本期培训", f"“{title}”")
        if cl:
            s += f"（{cl}）"
        y = para(pg, ctx, 40, y + 10, pg.w - 80, s, 14, 2.0)
        pg.text(40, 175, f"证书编号：{no}", 10.5, ctx.body)
        sign(pg, ctx, [issuer, dstr(issued, dstyle)], 150, xr=pg.w - 40, stamp=issuer)
    else:  # credit
        credits = rng.choice((1, 2, 3, 4))
        per = rng.choice((8, 10))
        hours = float(credits * per)
        fields["hours_stated"] = hours
        y = kit.centre(pg, 34, ctx.pick("tc.head5", ["继续教育学分证书", "学分证明"]), 24, ctx.bold)
        pg.text(24, y + 2, f"No.{no}", 10, ctx.body)
        s = (
            f"{holder}同志参加{issuer}于{span(a, b, pstyle)}举办的“{title}”，经考核合格，"
            f"授予继续教育学分{credits}分（每学分折合{per}学时，计{int(hours)}学时）。"
        )
        if cl:
            s += f"学分类别：{cl}。"
        y = para(pg, ctx, 26, y + 16, pg.w - 52, s, 13.5, 2.0)
        pg.table(26, y + 8, [40, 118], [["单位", unit], ["学分", f"{credits}分 / {int(hours)}学时"]], 11,
                 ctx.body, row_h=11)  # fmt: skip
        sign(pg, ctx, [issuer, dstr(issued, dstyle)], y + 60, stamp=issuer)
    d = kit.doc(
        ctx, "training_certificate", v, [pg], fields, scored, kit.claim(city, holder, issued.year), cat
    )
    return d


# ---- sign-in sheets ---------------------------------------------------------------------------
def _attendees(ctx: Ctx, prof: Profession, city: City, n: int) -> list[tuple[str, str, str]]:
    out = []
    for nm in names(ctx.rng, n):
        county = ctx.rng.choice(city.counties)
        out.append(
            (nm, ctx.rng.choice(prof.units).format(c=city.name, x=county), ctx.rng.choice(prof.title_rank))
        )
    return out


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("sign_in_sheet")
    city, prof, year, county, unit = setting(ctx)
    rng = ctx.rng
    cat = rng.choice(("professional", None, None))
    title = training_title(ctx, city, prof, year, cat)
    issuer = organizer(ctx, city, prof, county, cat)
    day = rand_day(rng, year, 3, 11)
    place = ctx.pick("sg.place", [f"{rng.choice(city.bases)}报告厅", f"{city.name}会议中心三楼会议室",
                                  f"{issuer}四楼会议室", f"{county}职业教育中心"])  # fmt: skip
    head = ctx.pick("sg.head", ["签到表", "签到册", "参会人员签到表", "学员签到表"])
    n = {"twocol": rng.randint(14, 22), "spill": rng.randint(8, 12), "register": rng.randint(7, 11)}.get(
        v, rng.randint(9, 15)
    )
    people = _attendees(ctx, prof, city, n)
    pg = Page() if v not in ("register",) else kit.landscape()
    y = 20
    y = centre(pg, y, title, 17 if len(title) < 20 else 15, ctx.bold, 16)
    y = centre(pg, y, head, 18, ctx.bold)
    when = dstr(day, ctx.pick("sg.date", ["cn", "cn0", "dot"]))
    if v == "session":
        when += " 上午8:30—11:30  下午14:00—17:00"
    pg.text(16, y + 1, f"主办单位：{issuer}", 10.5, ctx.body)
    fit(pg, pg.w - 16, y + 1, f"时间：{when}", 10.5, ctx.body, pg.w / 2 - 20, "r")
    pg.text(16, y + 7.5, f"地点：{place}", 10.5, ctx.body)
    if cat:
        pg.text(pg.w - 16, y + 7.5, f"类别：{CAT_WORD[cat]}", 10.5, ctx.body, "r")
    top = y + 14
    hand = ctx.hand
    if v == "twocol":
        half = (n + 1) // 2
        w = [10, 22, 26]
        rows = [["序号", "姓名", "签名", "序号", "姓名", "签名"]]
        for i in range(half):
            L = people[i]
            R = people[half + i] if half + i < n else None
            rows.append([str(i + 1), L[0], "", str(half + i + 1) if R else "", R[0] if R else "", ""])
        x0 = (pg.w - 2 * sum(w) - 6) / 2
        pg.table(x0, top, w * 2, rows, 10.5, ctx.body, row_h=10)
        for i in range(half):
            for col, idx in ((0, i), (1, half + i)):
                if idx < n and rng.random() < 0.9:
                    xs = x0 + col * sum(w) + w[0] + w[1] + 2 + rng.uniform(0, 3)
                    fit(pg, xs, top + 10 * (i + 1) + 2.5, people[idx][0], 13, hand, w[2] - 3)
    else:
        if v == "session":
            hdr, w = ["序号", "姓名", "单位", "上午签到", "下午签到"], [12, 26, 72, 33, 33]
        elif v == "register":
            hdr, w = ["序号", "姓名", "工作单位", "职称", "联系电话", "签名"], [14, 28, 90, 30, 40, 40]
        elif v == "meeting":
            hdr, w = ["序号", "单位", "姓名", "职务/职称", "签名"], [12, 74, 26, 30, 34]
        else:
            hdr, w = ["序号", "姓名", "单位", "职称", "签名"], [12, 26, 74, 30, 34]
        rows = [hdr]
        blanks = rng.randint(2, 4) if v in ("spill", "basic") else 0
        for i, (nm, un, tr) in enumerate(people):
            row = {"序号": str(i + 1), "姓名": nm, "单位": un, "工作单位": un, "职称": tr, "职务/职称": tr,
                   "联系电话": "1" + rng.choice("3578") + kit.serial(rng, 9), "签名": "", "上午签到": "", "下午签到": ""}  # fmt: skip
            rows.append([row[h] for h in hdr])
        for i in range(blanks):
            rows.append([str(n + i + 1)] + [""] * (len(hdr) - 1))
        x0 = (pg.w - sum(w)) / 2
        rh = 12 if v == "spill" else 10.5
        pg.table(x0, top, w, rows, 10, ctx.body, row_h=rh)
        sig_cols = [i for i, h in enumerate(hdr) if h in ("签名", "上午签到", "下午签到")]
        for r in range(n):
            for c in sig_cols:
                if rng.random() < 0.85:
                    xs = x0 + sum(w[:c]) + 2 + rng.uniform(0, 4)
                    wmax = w[c] - 4 - (xs - x0 - sum(w[:c]) - 2)
                    if v == "spill":  # signatures larger than their cells, over the ruling
                        pg.text(xs - 1, top + rh * (r + 1) + rh / 2 - 4.2, people[r][0], 16, hand)
                    else:
                        fit(pg, xs, top + rh * (r + 1) + rh / 2 - 2.4, people[r][0], 13, hand, wmax)
    people_t = [{"name": p[0], "rank": i + 1, "role": "attendee"} for i, p in enumerate(people)]
    fields = {
        "title": title,
        "issuer": issuer,
        "period": {"start": iso(day), "end": iso(day)},
        "people": people_t,
    }
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    who = rng.choice(people)[0]
    return kit.doc(ctx, "sign_in_sheet", v, [pg], fields, scored, kit.claim(city, who, year), cat)


# ---- training notices -------------------------------------------------------------------------
def _notice_head(pg: Page, ctx: Ctx, issuer: str, no: str | None, red: bool = True) -> float:
    col = (200, 20, 20) if red else (20, 20, 20)
    y = 24
    fit(pg, pg.w / 2, y, issuer + ("文件" if red and ctx.rng.random() < 0.5 else ""), 24, ctx.bold,
        pg.w - 36, "c", col)  # fmt: skip
    y += 16
    if no:
        pg.text(pg.w / 2, y, no, 12, ctx.body, "c")
        y += 7
    if red:
        pg.line(18, y, pg.w - 18, y, 0.9, col)
    return y + 8


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("training_notice")
    city, prof, year, county, unit = setting(ctx)
    rng = ctx.rng
    cat = rng.choice(("professional", "public", None))
    title = training_title(ctx, city, prof, year, cat)
    if not title.endswith(("培训", "班", "讲座")):
        title += "专题培训"
    if v == "county":
        issuer = county_dept(county, prof) if cat != "public" else county + "人力资源和社会保障局"
    elif v == "wenhao" and cat == "public":
        issuer = city.rs
    else:
        issuer = organizer(ctx, city, prof, county, cat)
    a, b = course_period(ctx, year, rng.choice((2, 3, 4, 5)))
    issued = a - timedelta(days=rng.randint(7, 25))
    if issued.year != year:
        a, b = a + timedelta(days=40), b + timedelta(days=40)
        issued = a - timedelta(days=10)
    hours = float(8 * ((b - a).days + 1)) if rng.random() < 0.8 else None
    cl = cat_line(title, cat)
    no = city.doc_no.format(y=year, n=rng.randint(8, 160))
    if city.key == "dezhou" and issuer != city.rs:
        no = f"德{issuer[3:5]}字〔{year}〕{rng.randint(3, 90)}号" if issuer.startswith("德州市") else None
    if city.key == "kaifeng" and issuer != city.rs:
        no = f"汴{issuer[3:5]}〔{year}〕{rng.randint(3, 90)}号" if issuer.startswith("开封市") else None
    place = f"{rng.choice(city.bases)}"
    pages = [Page()]
    pg = pages[0]
    holder = None
    attendees: list[str] = []
    pstyle = ctx.pick("tn.span", ["cn", "cn_short", "cn_dash"])
    dstyle = ctx.pick("tn.date", ["cn", "han", "cn"])
    if v == "yaoqing":
        holder = names(rng, 1)[0]
        y = centre(pg, 34, "邀  请  函", 26, ctx.bold)
        pg.text(24, y + 6, f"尊敬的{holder}{rng.choice(('同志', '老师', '专家'))}：", 13, ctx.body)
        s = (
            f"为提升全市{prof.trade}专业技术人员业务水平，{issuer}定于{span(a, b, pstyle)}在{place}举办“{title}”。"
            f"鉴于您在{prof.trade}领域的专业造诣，特邀请您拨冗参加。"
        )
        if hours:
            s += f"培训结束后颁发证书，计{int(hours)}学时。"
        if cl:
            s += f"所计学时为{cl}学时。"
        y = para(pg, ctx, 24, y + 18, pg.w - 48, s, 13)
        y = para(pg, ctx, 24, y + 4, pg.w - 48, "请于报到当日携带本邀请函及继续教育证书报到。联系人：" +
                 names(rng, 1)[0] + "，联系电话：0" + ("534" if city.key == "dezhou" else "371") + "-" +
                 kit.serial(rng, 7) + "。", 13)  # fmt: skip
        sign(pg, ctx, [issuer, dstr(issued, dstyle)], y + 26, stamp=issuer)
    else:
        red = v in ("wenhao", "huizhi", "county")
        y = _notice_head(pg, ctx, issuer, no if red else None, red) if red else 30
        y = centre(pg, y, f"关于举办{title}的通知" if not title.startswith("《") else f"关于参加{title}的通知",
                   16, ctx.bold, 20)  # fmt: skip
        addressee = ctx.pick("tn.to", [f"各县市区{prof.dept.replace('委员会', '局')}、各有关单位：",
                                       "各有关单位：", f"{city.name}各{prof.trade}相关单位："])  # fmt: skip
        if v == "county":
            addressee = "各乡镇（街道）、局属各单位："
        pg.text(20, y + 4, addressee, 12, ctx.body)
        y += 13
        paras = [
            f"为进一步加强{prof.trade}专业技术人员队伍建设，根据{city.name}{year}年度专业技术人员继续教育工作安排，"
            f"经研究，决定举办{title}。现将有关事项通知如下：",
            f"一、培训时间：{span(a, b, pstyle)}"
            + (f"（{dstr(a - timedelta(days=1), 'cn')}下午报到）" if rng.random() < 0.4 else "")
            + "。",
            f"二、培训地点：{place}。",
            f"三、培训内容：{'、'.join(rng.sample(list(prof.courses), 2))}等。",
            f"四、参训对象：各单位从事{prof.trade}工作的专业技术人员。",
        ]
        if hours:
            paras.append(f"五、培训结业经考核合格者，颁发培训证书，记{int(hours)}学时" +
                         (f"（{cl}）" if cl else "") + "。")  # fmt: skip
        elif cl:
            paras.append(f"五、本次培训学时计入继续教育{cl}。")
        for s in paras:
            y = para(pg, ctx, 20, y, pg.w - 40, s, 12, 1.8)
        if v == "huizhi":
            y = para(pg, ctx, 20, y, pg.w - 40, "请各单位于开班前填写报名回执报送。", 12, 1.8)
        if v in ("wenhao", "richeng", "huizhi", "kebiao"):
            pg.text(20, y + 3, "附件：" + {"wenhao": "参训人员名单", "huizhi": "报名回执", "richeng": "日程安排",
                                         "kebiao": "课程安排表"}[v], 12, ctx.body)  # fmt: skip
        sign(pg, ctx, [issuer, dstr(issued, dstyle)], min(y + 20, 245), stamp=issuer)
        if v == "county":
            attendees = names(rng, rng.randint(4, 7))
            pg.text(20, 268, "参训人员：" + "、".join(attendees), 11, ctx.body)
        if v in ("wenhao", "huizhi", "richeng", "kebiao"):
            p2 = Page()
            pages.append(p2)
            pg.text(pg.w / 2, 285, "— 1 —", 10, ctx.body, "c")
            p2.text(20, 20, "附件", 13, ctx.bold)
            if v in ("wenhao", "huizhi"):
                attendees = names(rng, rng.randint(5, 10))
                yy = centre(p2, 32, "参训人员名单" if v == "wenhao" else "报名回执", 18, ctx.bold)
                if v == "huizhi":
                    p2.text(20, yy + 2, f"报名单位（盖章）：{unit}", 11.5, ctx.body)
                    yy += 9
                rows = [["序号", "姓名", "单位", "职称", "联系电话"]]
                for i, nm in enumerate(attendees):
                    rows.append([str(i + 1), nm, rng.choice(prof.units).format(c=city.name, x=county),
                                 rng.choice(prof.title_rank), "1" + rng.choice("3578") + kit.serial(rng, 9)])  # fmt: skip
                p2.table(18, yy + 4, [12, 26, 72, 30, 34], rows, 10, ctx.body, row_h=10)
            else:
                yy = centre(
                    p2, 32, f"{title}{'日程安排' if v == 'richeng' else '课程安排表'}", 15, ctx.bold, 18
                )
                rows = [["日期", "时间", "内容", "授课人"]]
                dd = a
                i = 0
                while dd <= b:
                    for half in ("上午", "下午"):
                        topic = (
                            public_course(city, year)
                            if cat == "public"
                            else prof.courses[i % len(prof.courses)]
                        )
                        rows.append([dstr(dd, "cn") if half == "上午" else "", half, topic, names(rng, 1)[0] + rng.choice(("教授", "高工", ""))])  # fmt: skip
                        i += 1
                    dd += timedelta(days=1)
                yy = p2.table(18, yy + 4, [40, 20, 80, 34], rows, 10, ctx.body, row_h=10)
                attendees = names(rng, rng.randint(4, 6))
                p2.wrap(18, yy + 8, p2.w - 36, "参训学员：" + "、".join(attendees), 11, ctx.body)
    fields: dict[str, Any] = {"title": title, "issuer": issuer, "issued_on": iso(issued),
                              "period": {"start": iso(a), "end": iso(b)}, "hours_stated": hours, "holder": holder,
                              "people": [{"name": n, "rank": i + 1, "role": "attendee"} for i, n in enumerate(attendees)]}  # fmt: skip
    scored = ["title", "issuer", "issued_on", "period.start", "period.end"] + (
        ["hours_stated"] if hours else []
    )
    who = holder or rng.choice(attendees)
    return kit.doc(ctx, "training_notice", v, pages, fields, scored, kit.claim(city, who, year), cat)


# ---- qualification certificates ---------------------------------------------------------------
UNIS = {
    "dezhou": ("德州学院", "山东大学", "山东农业大学", "青岛科技大学", "山东师范大学", "齐鲁工业大学"),
    "kaifeng": ("河南大学", "郑州大学", "河南农业大学", "华北水利水电大学", "河南工业大学", "开封大学"),
}
SUBJECTS = ("化学工程与技术", "作物学", "水利工程", "纺织科学与工程", "护理学", "交通运输工程", "畜牧学", "旅游管理",
            "食品科学与工程", "文物与博物馆", "临床检验诊断学", "动力工程及工程热物理")  # fmt: skip
DEGREE_OF = {"化学工程与技术": "工学", "作物学": "农学", "水利工程": "工学", "纺织科学与工程": "工学", "护理学": "医学",
             "交通运输工程": "工学", "畜牧学": "农学", "旅游管理": "管理学", "食品科学与工程": "工学",
             "文物与博物馆": "文物与博物馆", "临床检验诊断学": "医学", "动力工程及工程热物理": "工学"}  # fmt: skip
COMPUTER = ("Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Windows 7操作系统",
            "Internet应用", "AutoCAD 2008制图软件")  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("qualification_certificate")
    city, prof, year, county, unit = setting(ctx)
    rng = ctx.rng
    holder = names(rng, 1)[0]
    sex = rng.choice(("男", "女"))
    birth = date(rng.randint(1975, 1992), rng.randint(1, 12), rng.randint(1, 28))
    uni = rng.choice(UNIS[city.key])
    pg = Page(bg=kit.tone(ctx))
    kit.frame(pg, rng.choice((1, 2, 3)), (40, 90, 140))
    month_only = rng.random() < 0.5
    issued = date(year, rng.choice((6, 7, 6, 12, 1)), rng.randint(1, 28))
    issued_s = (
        mstr(year, issued.month, rng.choice(("cn", "han")))
        if month_only
        else dstr(issued, rng.choice(("cn", "han")))
    )
    issued_t = f"{year}-{issued.month:02d}" if month_only else iso(issued)
    period = None
    modules = None
    subject: str | None = None
    no = kit.serial(rng, 18)
    if v == "grad":
        kind, subject = "graduation", rng.choice(prof.majors)
        y0 = year - rng.choice((2, 3, 4))
        issuer = uni
        form = rng.choice(("函授", "业余", "脱产"))
        head = "毕业证书"
        s = (
            f"学生{holder}，性别{sex}，{dstr(birth, 'cn')}生，于{y0}年9月至{year}年{issued.month}月在本校"
            f"{subject}专业{form}学习，学制{year - y0}年，修完教学计划规定的全部课程，成绩合格，准予毕业。"
        )
        period = {"start": f"{y0}-09", "end": f"{year}-{issued.month:02d}"}
        extra = [f"校（院）长：{names(rng, 1)[0]}", f"证书编号：{no}"]
    elif v in ("master", "doctor"):
        kind = "master_degree" if v == "master" else "doctor_degree"
        subject = rng.choice(SUBJECTS)
        issuer = uni
        deg = "硕士" if v == "master" else "博士"
        head = f"{deg}学位证书"
        s = (
            f"{holder}，{sex}，{birth.year}年{birth.month}月生。在{subject}学科（专业）已通过{deg}学位的课程考试和"
            f"论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予{DEGREE_OF[subject]}{deg}学位。"
        )
        extra = [f"{uni}学位评定委员会主席：{names(rng, 1)[0]}", f"证书编号：{no[:16]}"]
    elif v == "courses":
        kind, subject = "postgraduate_courses", rng.choice(SUBJECTS)
        issuer = uni
        modules = rng.sample(["高等化工热力学", "现代分析测试技术", "试验设计与统计分析", "专业英语", "科技论文写作",
                              "数值计算方法", "工程项目管理", "自然辩证法概论"], 4)  # fmt: skip
        head = "研究生课程进修班|结业证书"
        y0 = year - 1
        s = (
            f"{holder}同志于{y0}年9月至{year}年{issued.month}月参加我校{subject}专业研究生课程进修班学习，"
            f"修完下列课程，考试成绩合格，准予结业。"
        )
        period = {"start": f"{y0}-09", "end": f"{year}-{issued.month:02d}"}
        extra = [f"证书编号：{no[:12]}"]
    elif v == "zikao":
        kind, subject = "self_study_exam", rng.choice(prof.majors)
        issuer = f"{city.province}高等教育自学考试委员会"
        modules = rng.sample(["中国近现代史纲要", "马克思主义基本原理概论", "英语（二）", "高等数学（工本）",
                              "管理学原理", "计算机应用基础", "线性代数（经管类）"], rng.randint(1, 3))  # fmt: skip
        head = "高等教育自学考试|单科合格证书"
        s = f"考生{holder}（准考证号：{kit.serial(rng, 12)}）报考{subject}专业，下列课程考试合格，特发此证。"
        extra = [f"证书编号：{no[:10]}"]
    else:
        kind, subject = "computer_exam", None
        issuer = city.prov_rs
        modules = rng.sample(list(COMPUTER), rng.randint(1, 3))
        head = "全国专业技术人员|计算机应用能力考试合格证书"
        s = f"{holder}，性别{sex}，身份证号{kit.serial(rng, 17)}X，参加全国专业技术人员计算机应用能力考试，下列模块成绩合格。"
        extra = [f"管理号：{no[:14]}"]
    y = 40
    for i, h in enumerate(head.split("|")):
        y = centre(pg, y, h, 17 if i == 0 and "|" in head else 28, ctx.bold)
    y = para(pg, ctx, 28, y + 14, pg.w - 56, s, 13.5, 2.0)
    if modules:
        rows = [["序号", "课程/模块名称", "成绩"]] + [[str(i + 1), m, rng.choice(("合格", str(rng.randint(60, 92))))]
                                                  for i, m in enumerate(modules)]  # fmt: skip
        y = pg.table(34, y + 6, [16, 92, 34], rows, 11, ctx.body, row_h=10) + 6
    yy = y + 14
    for e in extra:
        fit(pg, 28, yy, e, 11, ctx.body, 100)
        yy += 8
    sign(pg, ctx, [issuer, issued_s], max(y + 18, 220), stamp=issuer)
    fields = {"holder": holder, "issuer": issuer, "issued_on": issued_t, "period": period,
              "qualification": {"kind": kind, "subject": subject, "modules": modules}}  # fmt: skip
    scored = ["holder", "issuer", "issued_on", "qualification.kind"]
    scored += ["qualification.subject"] if subject else []
    scored += ["qualification.modules"] if modules else []
    return kit.doc(ctx, "qualification_certificate", v, [pg], fields, scored, kit.claim(city, holder, year))


# ---- other proofs -----------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("other")
    city, prof, year, county, unit = setting(ctx)
    rng = ctx.rng
    holder = names(rng, 1)[0]
    pg = Page()
    a = rand_day(rng, year, 3, 8)
    b = a + timedelta(days=rng.choice((0, 1, 2)))
    issued = b + timedelta(days=rng.randint(0, 5))
    if issued.year != year:
        issued = b
    period: dict[str, str] | None = {"start": iso(a), "end": iso(b)}
    hours = None
    dstyle = ctx.pick("ot.date", ["cn", "han"])
    if v == "huiyi":
        issuer = ctx.pick("ot.soc", [f"{city.province}{prof.trade.replace('技术', '')}学会",
                                     f"{city.name}科学技术协会", f"{city.province}科学技术协会"])  # fmt: skip
        title = rng.choice(prof.papers)[0]
        head = "学术会议交流证明"
        s = (
            f"兹证明{unit}{holder}同志撰写的论文《{title}》，于{span(a, b, 'cn')}在{issuer}举办的{year}年学术年会"
            f"上进行了{rng.choice(('大会交流', '分会场交流', '书面交流'))}，并收入会议论文集。"
        )
    elif v == "jiangzuo":
        issuer = rng.choice((city.name + prof.dept, rng.choice(city.bases)))
        title = rng.choice(prof.courses) + "专题讲座"
        hrs = rng.choice((2, 3, 4))
        hours = float(hrs)
        a = b = issued = a
        head = "讲座证明"
        s = f"{holder}同志（{unit}）于{dstr(a, 'cn')}应邀为我单位主讲“{title}”，授课{hrs}学时。"
    elif v == "xiaxiang":
        issuer = county_dept(county, prof)
        title = f"{year}年{prof.trade}科技下乡服务"
        head = "下乡服务证明"
        b = a + timedelta(days=rng.randint(20, 90))
        issued = b + timedelta(days=2) if (b + timedelta(days=2)).year == year else b
        s = (
            f"兹有{unit}{holder}同志于{dstr(a, 'cn')}至{dstr(b, 'cn')}在我县（区）{rng.choice(('乡镇', '村'))}开展"
            f"“{title}”工作，服务期间认真负责，完成各项任务。"
        )
    elif v == "zixue":
        issuer = unit
        title = f"{year}年度专业技术人员自学"
        head = "专业技术人员自学学习档案"
        a, b = date(year, 1, 1), date(year, 12, 31)
        issued = date(year, 12, rng.randint(20, 31))
    elif v == "chengguo":
        issuer = unit
        title = rng.choice(prof.projects)
        head = "重要成果认定证明"
        period = None
        s = (
            f"我单位{holder}同志主持完成的“{title}”成果，已在本单位生产（业务）实践中推广应用，取得良好效益，"
            f"经本单位学术（技术）委员会审议，认定为本单位重要成果。"
        )
    else:
        issuer = rng.choice((city.prov_rs, city.rs))
        country = rng.choice(("德国", "日本", "以色列", "荷兰", "澳大利亚"))
        title = f"{prof.trade}赴{country}研修"
        head = "出国（境）培训证明"
        b = a + timedelta(days=rng.randint(10, 20))
        issued = b + timedelta(days=3) if (b + timedelta(days=3)).year == year else b
        s = (
            f"{holder}同志（{unit}）经批准参加{issuer}组织的“{title}”项目，于{dstr(a, 'cn')}至{dstr(b, 'cn')}在{country}"
            f"参加培训，已按计划完成学习任务。"
        )
    if period is not None:
        period = {"start": iso(a), "end": iso(b)}
    y = centre(pg, 40, head, 22, ctx.bold)
    if v == "zixue":
        pg.text(22, y + 4, f"姓名：{holder}    单位：{unit}    年度：{year}", 11.5, ctx.body)
        rows = [["序号", "自学内容", "起止时间", "学时"]]
        total = 0
        mm = 1
        for i in range(rng.randint(3, 5)):
            h = rng.choice((4, 6, 8, 10))
            total += h
            rows.append(
                [
                    str(i + 1),
                    f"{rng.choice(prof.books)}（第{i + 1}部分）",
                    f"{year}.{mm:02d}—{year}.{mm + 1:02d}",
                    str(h),
                ]
            )
            mm += 2
        rows.append(["", "合计", "", str(total)])
        hours = float(total)
        yy = pg.table(20, y + 14, [14, 86, 44, 26], rows, 10.5, ctx.body, row_h=10)
        pg.text(22, yy + 8, f"学习时间：{dstr(a, 'cn')}至{dstr(b, 'cn')}", 11.5, ctx.body)
        pg.text(22, yy + 20, f"单位审核意见：情况属实，同意认定{total}学时。", 11.5, ctx.body)
        sign(pg, ctx, [f"{unit}（盖章）", dstr(issued, dstyle)], yy + 40, stamp=unit)
    else:
        y = para(pg, ctx, 26, y + 16, pg.w - 52, s, 13.5, 2.0)
        y = centre(pg, y + 6, "特此证明。", 13.5, ctx.body)
        sign(pg, ctx, [issuer, dstr(issued, dstyle)], y + 30, stamp=issuer)
    fields = {"holder": holder, "title": title, "issuer": issuer, "issued_on": iso(issued), "period": period,
              "hours_stated": hours}  # fmt: skip
    return kit.doc(ctx, "other", v, [pg], fields, [], kit.claim(city, holder, year))
