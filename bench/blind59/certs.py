"""Draw 59 builders: training certificates, sign-in sheets, notices, qualification certificates, other proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind59 import kit
from bench.blind59.kit import Page, fit, fmt, fmt_month, frame, heading, sign_block, width_mm, wrap
from bench.blind59.pools import CITIES, FAMILIES, PUBLIC_COURSES, Ctx, name, names
from bench.generator.truth import person


def _layout(etype: str, v: str) -> str:
    return f"{FAMILIES[etype].replace('59', '')}59-{v}"


def _claim(city: str, who: str, year: int) -> dict:
    return {"policy": CITIES[city]["policy"], "person": who, "year": year}


def _training(
    ctx: Ctx, city: str, prof: tuple, cat: str | None, year: int
) -> tuple[str, str, dt.date, dt.date]:
    c = CITIES[city]
    rng = ctx.rng
    start = kit.rand_date(rng, year)
    days = rng.choice((1, 2, 3, 5))
    end = start + dt.timedelta(days=days - 1)
    if end.year != year:
        start, end = dt.date(year, 12, 20), dt.date(year, 12, 19 + days)
    if cat == "public":
        title = f"{year}年度{c['city']}专业技术人员公需科目培训班"
        issuer = rng.choice(
            [
                c["city"] + "人力资源和社会保障局",
                rng.choice(c["schools"]),
                kit.county_body(ctx, city, "人力资源和社会保障局"),
            ]
        )
    else:
        topic = rng.choice(prof[4])
        title = rng.choice(
            [
                f"{topic}技术培训班",
                f"{year}年{topic}专题研修班",
                f"{c['city']}{prof[1][:-3] if prof[1].endswith('工程师') else prof[1]}继续教育培训班",
            ]
        )
        issuer = rng.choice(
            [
                c["city"] + prof[2],
                c["prov"] + ("林业厅" if "林" in prof[2] else "人力资源和社会保障厅"),
                rng.choice(c["schools"]),
                kit.county_body(ctx, city, prof[2]),
            ]
        )
    return title, issuer, start, end


def training_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("training_certificate")
    city = kit.pick_city(ctx)
    prof = kit.profession(ctx, city)
    year = kit.year_of(ctx, city)
    cat = rng.choice(("public", "professional", None))
    if v == "table" and rng.random() < 0.4:
        cat = None
    title, issuer, start, end = _training(ctx, city, prof, cat, year)
    holder = name(rng)
    hours = rng.choice((8, 12, 16, 24, 30, 32, 40, 48, 60))
    issued = end + dt.timedelta(days=rng.randint(0, 6))
    if issued.year != year:
        issued = end
    ds = kit.datestyle(ctx)
    unit_word = rng.choice(("学时", "学时", "课时", "小时"))
    catword = {
        "public": rng.choice(("公需科目", "公需课")),
        "professional": rng.choice(("专业科目", "专业课")),
        None: "",
    }[cat]
    land = v in ("jieye", "twoline", "booklet")
    pg = Page(297, 210) if land else Page()
    frame(pg, ctx, rng.choice((1, 2, 3)) if land else rng.choice((0, 1)))
    W = pg.w
    no = f"{CITIES[city]['wh'][:1]}{year}{rng.randint(10000, 99999)}"
    if v in ("jieye", "twoline", "booklet"):
        y = 30.0
        if v == "booklet":
            pg.line(W / 2, 14, W / 2, pg.h - 14, 0.2, (120, 120, 120))
            pg.text(W / 4, 60, "继续教育证书" if rng.random() < 0.5 else "培训证书", 28, ctx.bold, "c")
            pg.text(W / 4, 90, issuer, 13, ctx.body, "c")
            pg.text(W / 4, 100, f"证书编号：{no}", 11, ctx.body, "c")
            x0, wd = W / 2 + 14, W / 2 - 28
            yy = 36.0
            pg.text(x0, yy, f"姓名：{holder}", 14, ctx.body)
            yy += 12
            yy = wrap(
                pg,
                ctx,
                x0,
                yy,
                wd,
                f"于{fmt(start, ds)}至{fmt(end, ds)}参加{title}学习，完成{catword}{hours}{unit_word}，经考核合格，准予结业。",
                13,
            )
            sign_block(pg, ctx, issuer, fmt(issued, ds), yy + 20, x_right=W - 18, seed=k)
        else:
            head = "结 业 证 书" if v == "jieye" else f"{CITIES[city]['city']}专业技术人员继续教育|结业证书"
            y = heading(pg, ctx, head, 28, 30)
            pg.text(W - 30, y, f"编号：{no}", 11, ctx.body, "r")
            y += 14
            body = (
                f"{holder}同志于{fmt(start, ds)}至{fmt(end, ds)}参加由{issuer}举办的{title}，"
                f"{'学习' + catword + '，' if catword else ''}共计{hours}{unit_word}，成绩合格，特发此证。"
            )
            if start == end:
                body = f"{holder}同志于{fmt(start, ds)}参加{title}{'（' + catword + '）' if catword else ''}，计{hours}{unit_word}，经考核合格，特发此证。"
            y = wrap(pg, ctx, 40, y, W - 80, body, 16)
            sign_block(pg, ctx, issuer, fmt(issued, ds), max(y + 18, 140), x_right=W - 40, seed=k)
    elif v == "xueshi":
        y = heading(pg, ctx, "学时证明" if rng.random() < 0.5 else "培训证明", 40, 26)
        y += 16
        pg.text(25, y, "兹证明：", 14, ctx.body)
        y += 10
        body = (
            f"{holder}，{rng.choice(['男', '女'])}，{kit.county_body(ctx, city, prof[5])}{prof[1][-5:] if len(prof[1]) > 5 else prof[1]}，"
            f"于{fmt(start, ds)}至{fmt(end, ds)}参加我单位组织的{title}，"
            f"{'所学内容属' + catword + '，' if catword else ''}累计{hours}{unit_word}，考核合格。"
        )
        y = wrap(pg, ctx, 25, y, W - 50, body, 14)
        pg.text(25 + 9.9, y + 4, "特此证明。", 14, ctx.body)
        sign_block(pg, ctx, issuer, fmt(issued, ds), y + 30, seed=k, extra=["（盖章）"])
    elif v == "ecert":
        pg.rect(12, 12, W - 12, 40, 0, fill=(28, 92, 160))
        fit(
            pg,
            W / 2,
            20,
            (
                "河南省专业技术人员继续教育网络学院"
                if city == "kaifeng"
                else "湖南省专业技术人员继续教育网络平台"
            ),
            16,
            ctx.bold,
            W - 40,
            "c",
        )
        y = heading(pg, ctx, "电子培训证书", 56, 24)
        y += 10
        rows = [
            ("证书编号", no + str(rng.randint(100, 999))),
            ("姓    名", holder),
            ("身份证号", f"4{rng.randint(10, 39)}***********{rng.randint(1000, 9999)}"),
            ("培训项目", title),
            ("学习时间", f"{fmt(start, ds)} 至 {fmt(end, ds)}"),
            ("获得学时", f"{hours}{unit_word}" + (f"（{catword}）" if catword else ""))
            if hours % 8 or rng.random() < 0.6
            else (
                "获得学分",
                f"{hours // 8}学分（1学分折合8学时，计{hours}学时）" + (f"，{catword}" if catword else ""),
            ),
            ("发证单位", issuer),
            ("发证日期", fmt(issued, ds)),
        ]
        for lab, val in rows:
            pg.text(30, y, lab + "：", 13, ctx.body)
            fit(pg, 62, y, val, 13, ctx.body, W - 62 - 25)
            y += 11
        kit.qr(pg, W - 60, y + 8, 32, rng)
        pg.text(W - 44, y + 43, "扫码验证证书真伪", 9, ctx.body, "c")
        pg.seal(70, y + 20, 19, issuer[:16], k)
    else:  # table
        y = heading(pg, ctx, "继续教育证书" if rng.random() < 0.5 else "专业技术人员继续教育学时证明", 30, 22)
        y += 8
        pg.text(22, y, f"姓名：{holder}", 13, ctx.body)
        pg.text(110, y, f"证书编号：{no}", 13, ctx.body)
        y += 10
        fit(pg, 22, y, f"培训项目：{title}", 13, ctx.body, W - 44)
        y += 10
        pg.text(22, y, f"培训时间：{fmt(start, ds)}—{fmt(end, ds)}", 13, ctx.body)
        y += 12
        courses = (
            rng.sample(PUBLIC_COURSES[city], 3)
            if cat == "public"
            else [f"{t}" for t in rng.sample(prof[4], 3)]
        )
        split = [hours // 3, hours // 3, hours - 2 * (hours // 3)]
        rows = [["课程名称", "课程类别", unit_word, "考核结果"]]
        for i, cname in enumerate(courses):
            cw = catword if cat else ("公需科目" if i == 0 else "专业科目")
            rows.append([cname, cw, str(split[i]), rng.choice(["合格", "通过", "优秀"])])
        rows.append(["合计", "", str(hours), ""])
        y = pg.table(22, y, [80, 30, 26, 30], rows, 11, ctx.body, 10)
        sign_block(pg, ctx, issuer, fmt(issued, ds), y + 25, seed=k, extra=["（盖章）"])
    fields = {
        "holder": holder,
        "title": title,
        "issuer": issuer,
        "issued_on": issued.isoformat(),
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "hours_stated": float(hours),
    }
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    if v == "ecert" and unit_word == "小时":
        pass
    return Doc(
        "training_certificate",
        _layout("training_certificate", v),
        [pg],
        fields,
        scored,
        _claim(city, holder, year),
        category=cat,
    )


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("sign_in_sheet")
    city = kit.pick_city(ctx)
    prof = kit.profession(ctx, city)
    year = kit.year_of(ctx, city)
    cat = rng.choice(("public", "professional", None))
    title, issuer, day, _ = _training(ctx, city, prof, cat, year)
    if v == "meeting":
        title = f"{year}年{rng.choice(prof[4])}学术交流会"
    n = rng.randint(8, 14) if v != "twocol" else rng.randint(14, 22)
    people = names(rng, n)
    ds = kit.datestyle(ctx)
    pg = Page()
    y = 18.0
    y = heading(pg, ctx, title + ("签到册" if v == "book" else "签到表"), y, 17 if len(title) < 18 else 14)
    pg.text(18, y + 1, f"主办单位：{issuer}", 11, ctx.body)
    pg.text(pg.w - 18, y + 1, f"时间：{fmt(day, ds)}", 11, ctx.body, "r")
    y += 9
    units = [kit.county_body(ctx, city, prof[5]) for _ in range(n)]
    titles = ["工程师", "高级工程师", "助理工程师", "农艺师", "主治医师", "一级教师", "会计师", "技术员"]
    hand = ctx.hand
    if v == "twocol":
        half = (n + 1) // 2
        widths = [10, 24, 52]
        xL, xR = 14, 14 + sum(widths) + 6
        rowsL = [["序号", "姓名", "签名"]] + [[str(i + 1), people[i], ""] for i in range(half)]
        rowsR = (
            [["序号", "姓名", "签名"]]
            + [[str(i + 1), people[i], ""] for i in range(half, n)]
            + [["", "", ""]] * (half - (n - half))
        )
        widths = [10, 24, 52]
        pg.table(xL, y, [10, 26, 48], rowsL, 10, ctx.body, 9)
        pg.table(xR, y, [10, 26, 48], rowsR, 10, ctx.body, 9)
        for i in range(n):
            col = 0 if i < half else 1
            r = i if i < half else i - half
            x = (xL if col == 0 else xR) + 36 + 4
            pg.text(x, y + 9 * (r + 1) + 1.5, people[i], 14, hand)
        y += 9 * (half + 1)
    else:
        head = (
            ["序号", "姓名", "单位", "职称", "签名"]
            if v != "sessions"
            else ["序号", "姓名", "单位", "上午签到", "下午签到"]
        )
        widths = [12, 24, 70, 28, 40] if v != "sessions" else [12, 24, 66, 36, 36]
        blanks = rng.randint(1, 3)
        rows = [head] + [
            [str(i + 1), people[i], units[i], rng.choice(titles) if v != "sessions" else "", ""]
            for i in range(n)
        ]
        rows += [[str(n + j + 1), "", "", "", ""] for j in range(blanks)]
        x0 = (pg.w - sum(widths)) / 2
        pg.table(x0, y, widths, rows, 10, ctx.body, 10.5)
        for i in range(n):
            sx = x0 + sum(widths[:4]) + 3 if v != "sessions" else x0 + sum(widths[:3]) + 4
            pg.text(sx, y + 10.5 * (i + 1) + 2, people[i], 15, hand)
            if v == "sessions" and rng.random() < 0.85:
                pg.text(sx + 36, y + 10.5 * (i + 1) + 2, people[i], 15, hand)
        y += 10.5 * (n + blanks + 1)
    pg.text(
        18,
        y + 8,
        rng.choice(
            [
                "培训地点：" + rng.choice(CITIES[city]["schools"]),
                "备注：请本人签名，不得代签。",
                "联系人：" + name(rng),
            ]
        ),
        11,
        ctx.body,
    )
    fields = {
        "holder": None,
        "title": title,
        "issuer": issuer,
        "period": {"start": day.isoformat(), "end": day.isoformat()},
        "people": [person(p, i + 1, "attendee") for i, p in enumerate(people)],
    }
    who = rng.choice(people)
    catstated = cat if cat and ("公需" in title or v == "x") else None
    return Doc(
        "sign_in_sheet",
        _layout("sign_in_sheet", v),
        [pg],
        fields,
        ["title", "issuer", "period.start", "period.end", "people"],
        _claim(city, who, year),
        category=catstated,
    )


def training_notice(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("training_notice")
    city = kit.pick_city(ctx)
    c = CITIES[city]
    prof = kit.profession(ctx, city)
    year = kit.year_of(ctx, city)
    cat = rng.choice(("public", "professional", None))
    title, issuer, start, end = _training(ctx, city, prof, cat, year)
    if start == end:
        end = start + dt.timedelta(days=1)
        if end.year != year:
            start, end = start - dt.timedelta(days=1), start
    notice_day = start - dt.timedelta(days=rng.randint(5, 25))
    if notice_day.year != year:
        notice_day = start
    hours = rng.choice((16, 24, 30, 40))
    ds = kit.datestyle(ctx)
    wh = f"{c['wh']}〔{year}〕{rng.randint(3, 98)}号"
    pg = Page()
    pages = [pg]
    holder = None
    people: list[str] = []
    catword = {"public": "公需科目", "professional": "专业科目", None: ""}[cat]
    if v == "yaoqing":
        holder = name(rng)
        y = heading(pg, ctx, "邀 请 函", 30, 26)
        y += 10
        pg.text(22, y, f"尊敬的{holder}{rng.choice(['同志', '老师', '专家'])}：", 14, ctx.body)
        y += 12
        y = wrap(
            pg,
            ctx,
            22,
            y,
            166,
            f"为提升{prof[1][:-3] if prof[1].endswith('工程师') else prof[1]}专业水平，{issuer}定于{fmt(start, ds)}至{fmt(end, ds)}举办{title}。"
            f"本次培训{('属' + catword + '，') if catword else ''}共{hours}学时。诚邀您拨冗参加并作交流发言。",
            14,
        )
        y = wrap(
            pg,
            ctx,
            22,
            y + 2,
            166,
            f"培训地点：{rng.choice(c['schools'])}。请于{fmt(start, ds)}上午8:30前报到。",
            14,
        )
        sign_block(pg, ctx, issuer, fmt(notice_day, ds), y + 25, seed=k)
    else:
        pg.text(
            pg.w / 2, 22, issuer + ("文件" if rng.random() < 0.5 else ""), 24, ctx.bold, "c", (200, 20, 20)
        )
        pg.text(pg.w / 2, 40, wh, 12, ctx.body, "c")
        pg.line(20, 47, pg.w - 20, 47, 0.8, (200, 20, 20))
        y = 54.0
        ht = f"关于举办{title}的通知"
        if width_mm(ht, ctx.bold, 17) > 165:
            mid = len(ht) // 2
            ht = ht[:mid] + "|" + ht[mid:]
            y = heading(pg, ctx, ht.replace("|", "|"), y, 17)
            y = y
        else:
            y = heading(pg, ctx, ht, y, 17)
        y += 4
        pg.text(
            22,
            y,
            "各县（市、区）人力资源和社会保障局、市直各单位："
            if city == "yiyang"
            else "各县（区）人力资源和社会保障局、市直有关单位：",
            12,
            ctx.body,
        )
        y += 8
        y = wrap(
            pg,
            ctx,
            22,
            y,
            166,
            f"为进一步加强专业技术人才队伍建设，经研究，决定举办{title}。现将有关事项通知如下：",
            12,
        )
        items = [
            f"一、培训时间：{fmt(start, ds)}至{fmt(end, ds)}。",
            f"二、培训地点：{rng.choice(c['schools'])}。",
            f"三、培训内容：{'、'.join(rng.sample(PUBLIC_COURSES[city] if cat == 'public' else prof[4], 3))}等{('（' + catword + '）') if catword else ''}。",
            f"四、学时认定：参训人员经考核合格，计{hours}学时，由{issuer}出具结业证明。",
            "五、请各单位于开班前三日报送参训人员名单。",
        ]
        for it in items:
            y = wrap(pg, ctx, 22, y, 166, it, 12)
        y = sign_block(pg, ctx, issuer, fmt(notice_day, ds), y + 10, seed=k)
        people = names(rng, rng.randint(4, 8))
        p2 = Page()
        pages.append(p2)
        if v == "huizhi":
            y2 = heading(p2, ctx, "报名回执", 25, 18)
            rows = [["姓名", "单位", "职称", "联系电话"]] + [
                [
                    p,
                    kit.county_body(ctx, city, prof[5]),
                    rng.choice(["工程师", "中级", "高级"]),
                    f"13{rng.randint(100000000, 999999999)}",
                ]
                for p in people
            ]
            p2.table(15, y2 + 6, [28, 80, 30, 42], rows, 10, ctx.body, 10)
        elif v == "richeng":
            y2 = heading(p2, ctx, "附件1  培训日程安排", 25, 16)
            rows = [["日期", "时间", "内容", "授课人"]]
            d = start
            while d <= end:
                for half in ("上午", "下午"):
                    rows.append(
                        [
                            fmt(d, "cn"),
                            half,
                            rng.choice(prof[4] + PUBLIC_COURSES[city][:2]),
                            name(rng) + rng.choice(["教授", "研究员", "高工"]),
                        ]
                    )
                d += dt.timedelta(days=1)
            y2 = p2.table(15, y2 + 6, [40, 20, 80, 40], rows, 10, ctx.body, 10)
            y2 = heading(p2, ctx, "附件2  参训人员名单", y2 + 10, 14)
            p2.table(
                15,
                y2 + 4,
                [15, 30, 135],
                [["序号", "姓名", "单位"]]
                + [[str(i + 1), p, kit.county_body(ctx, city, prof[5])] for i, p in enumerate(people)],
                10,
                ctx.body,
                9,
            )
        else:
            y2 = heading(p2, ctx, "附件  参训人员名单", 25, 16)
            p2.table(
                15,
                y2 + 6,
                [15, 30, 95, 40],
                [["序号", "姓名", "工作单位", "职称"]]
                + [
                    [
                        str(i + 1),
                        p,
                        kit.county_body(ctx, city, prof[5]),
                        rng.choice(["工程师", "中级", "高级", "初级"]),
                    ]
                    for i, p in enumerate(people)
                ],
                10,
                ctx.body,
                9,
            )
        if v == "tongzhi":
            pages.pop()
            pg.text(22, y + 6, "附件：参训人员名单（" + "、".join(people) + "）", 10, ctx.body)
            if width_mm("附件：参训人员名单（" + "、".join(people) + "）", ctx.body, 10) > 170:
                pages.append(p2)
                pg.ops.pop()
    fields = {
        "holder": holder,
        "title": title,
        "issuer": issuer,
        "issued_on": notice_day.isoformat(),
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "hours_stated": float(hours),
        "people": [person(p, i + 1, "attendee") for i, p in enumerate(people)],
    }
    who = holder or rng.choice(people)
    return Doc(
        "training_notice",
        _layout("training_notice", v),
        pages,
        fields,
        ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"],
        _claim(city, who, year),
        category=cat,
    )


QUAL = {
    "biye": ("graduation", "毕业证书"),
    "master": ("master_degree", "硕士学位证书"),
    "doctor": ("doctor_degree", "博士学位证书"),
    "yanxiu": ("postgraduate_courses", "研究生课程进修班结业证书"),
    "zikao": ("self_study_exam", "高等教育自学考试单科合格证书"),
    "computer": ("computer_exam", "全国专业技术人员计算机应用能力考试合格证"),
}
MODULES = [
    "Word 2007中文字处理",
    "Excel 2007中文电子表格",
    "PowerPoint 2007中文演示文稿",
    "Windows 7操作系统",
    "Internet应用",
    "AutoCAD 2004制图软件",
    "Photoshop CS4图像处理",
    "Access 2003数据库管理系统",
]


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("qualification_certificate")
    city = kit.pick_city(ctx)
    c = CITIES[city]
    prof = kit.profession(ctx, city)
    year = kit.year_of(ctx, city)
    kind, head = QUAL[v]
    holder = name(rng)
    ds = rng.choice(("cn", "num", "cn0"))
    school = rng.choice(c["schools"][-2:] + ["华中农业大学", "郑州大学", "中南大学", "武汉大学"])
    subject, modules = prof[3], None
    pg = Page(297, 210)
    frame(pg, ctx, rng.choice((1, 2, 3)))
    y = heading(pg, ctx, head, 30, 24 if len(head) < 12 else 20)
    y += 10
    birth = dt.date(rng.randint(1968, 1990), rng.randint(1, 12), rng.randint(1, 28))
    sex = rng.choice(["男", "女"])
    if v in ("biye", "master", "doctor"):
        m = rng.choice((6, 6, 7, 12))
        issued = f"{year}-{m:02d}"
        date_s = fmt_month(year, m, ds)
        if v == "biye":
            issuer = school
            text = (
                f"学生{holder}，性别{sex}，{fmt(birth, 'cn')}生，于{year - 3}年9月至{year}年{m}月在本校{subject}专业"
                f"{rng.choice(['三年制专科', '四年制本科', '函授本科'])}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
            )
        else:
            issuer = school + "学位评定委员会"
            deg = "硕士" if v == "master" else "博士"
            field_word = rng.choice(["农学", "工学", "医学", "教育学", "管理学"])
            text = f"{holder}，{sex}，{fmt(birth, 'cn')}生。在{subject}学科已通过{deg}学位的课程考试和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予{field_word}{deg}学位。"
        y = wrap(pg, ctx, 40, y, pg.w - 80, text, 15)
        sign_block(
            pg,
            ctx,
            issuer,
            date_s,
            max(y + 16, 140),
            x_right=pg.w - 40,
            seed=k,
            extra=[f"证书编号：{rng.randint(10, 99)}{rng.randint(10**12, 10**13 - 1)}"],
        )
        scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    else:
        d = kit.rand_date(rng, year)
        issued = d.isoformat()
        date_s = fmt(d, ds)
        if v == "yanxiu":
            issuer = school + rng.choice(["研究生院", "继续教育学院"])
            text = f"{holder}同志于{year - 1}年9月至{year}年{d.month}月参加我校{subject}专业研究生课程进修班学习，修完规定的研究生课程，成绩合格，准予结业。"
            scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
        elif v == "zikao":
            issuer = c["prov"] + "高等教育自学考试委员会"
            modules = rng.sample(
                [
                    "管理学原理",
                    "高等数学（工本）",
                    "英语（二）",
                    "中国近现代史纲要",
                    "工程力学",
                    "植物生理学",
                    "会计学原理",
                ],
                rng.randint(1, 3),
            )
            text = (
                f"考生{holder}参加{c['prov']}高等教育自学考试{subject}专业，下列课程考试成绩合格，特发此证。"
            )
            scored = [
                "holder",
                "issuer",
                "issued_on",
                "qualification.kind",
                "qualification.subject",
                "qualification.modules",
            ]
        else:
            issuer = c["prov"] + "人力资源和社会保障厅"
            subject = None
            modules = rng.sample(MODULES, rng.randint(1, 3))
            text = f"{holder}（身份证号：4{rng.randint(10, 39)}{rng.randint(10**10, 10**11 - 1)}{rng.randint(1000, 9999)}）参加全国专业技术人员计算机应用能力考试，下列科目成绩合格。"
            scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.modules"]
        y = wrap(pg, ctx, 40, y, pg.w - 80, text, 15)
        if modules:
            rows = [["序号", "考试科目（模块）" if v == "computer" else "课程名称", "成绩"]] + [
                [str(i + 1), mname, rng.choice(["合格", str(rng.randint(60, 92))])]
                for i, mname in enumerate(modules)
            ]
            y = pg.table(60, y + 4, [20, 110, 40], rows, 12, ctx.body, 10)
        sign_block(pg, ctx, issuer, date_s, y + 14, x_right=pg.w - 40, seed=k)
    fields = {
        "holder": holder,
        "issuer": issuer,
        "issued_on": issued,
        "qualification": {"kind": kind, "subject": subject, "modules": modules},
    }
    return Doc(
        "qualification_certificate",
        _layout("qualification_certificate", v),
        [pg],
        fields,
        scored,
        _claim(city, holder, year),
    )


def other(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("other")
    city = kit.pick_city(ctx)
    c = CITIES[city]
    prof = kit.profession(ctx, city)
    year = kit.year_of(ctx, city)
    holder = name(rng)
    ds = kit.datestyle(ctx)
    start = kit.rand_date(rng, year)
    end = start + dt.timedelta(days=rng.choice((1, 2)))
    if end.year != year:
        end = start
    issued = end
    topic = rng.choice(prof[4])
    pg = Page()
    if v == "meeting":
        issuer = c["prov"] + rng.choice(["科学技术协会", "农学会", "医学会", "水利学会", "土木建筑学会"])
        title = f"{year}年{c['prov'][:2]}{topic}学术研讨会"
        head, text = (
            "学术会议交流证明",
            f"{holder}同志参加了{fmt(start, ds)}至{fmt(end, ds)}召开的{title}，并在会上作题为《{topic}研究进展》的交流报告。",
        )
    elif v == "lecture":
        issuer = rng.choice(c["schools"])
        title = f"{topic}专题讲座"
        end = start
        head, text = (
            "讲座证明",
            f"兹有{kit.county_body(ctx, city, prof[5])}{holder}同志，于{fmt(start, ds)}在我单位主讲《{title}》，听众约{rng.randint(40, 200)}人，效果良好。",
        )
    elif v == "zhiyi":
        issuer = kit.county_body(ctx, city, "卫生和计划生育委员会" if city == "kaifeng" else "卫生计生局")
        title = "城乡医院对口支援"
        end = start + dt.timedelta(days=rng.randint(60, 150))
        if end.year != year:
            start, end = dt.date(year, 3, 1), dt.date(year, 8, 31)
        issued = end
        head, text = (
            "下乡支医证明",
            f"{holder}同志于{fmt(start, ds)}至{fmt(end, ds)}在{rng.choice(c['counties'])}{rng.choice(['中心卫生院', '人民医院', '乡镇卫生院'])}开展{title}工作，期间工作认真，考核合格。",
        )
    elif v == "sanyuan":
        issuer = c["prov"] + "人力资源和社会保障厅"
        title = rng.choice(["援疆", "援藏"]) + "专业技术人才支援"
        start = dt.date(year, 1, rng.randint(3, 20))
        end = dt.date(year, rng.randint(7, 12), rng.randint(1, 28))
        issued = end
        head, text = (
            "“三援”工作证明",
            f"{holder}同志经批准参加{title}工作，援助时间自{fmt(start, ds)}至{fmt(end, ds)}，期满考核合格。",
        )
    else:
        issuer = c["city"] + "人力资源和社会保障局"
        title = f"{year}年度专业技术人员继续教育"
        start = end = None
        issued = kit.rand_date(rng, year)
        head, text = (
            "继续教育合格证明",
            f"{holder}同志，{year}年度参加继续教育培训，公需科目与专业科目学时均达到规定要求，经审核验证合格。",
        )
    y = heading(pg, ctx, head, 40, 24)
    y = wrap(pg, ctx, 25, y + 20, 160, text, 14)
    pg.text(25 + 9.9, y + 4, "特此证明。", 14, ctx.body)
    sign_block(pg, ctx, issuer, fmt(issued, ds), y + 32, seed=k)
    fields = {
        "holder": holder,
        "title": title,
        "issuer": issuer,
        "issued_on": issued.isoformat(),
        "period": {"start": start.isoformat(), "end": end.isoformat()} if start else None,
    }
    return Doc("other", _layout("other", v), [pg], fields, [], _claim(city, holder, year))
