"""Draw 57 builders: training certificates, sign-in sheets, notices, qualifications and other proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import PT_MM, Page, width_mm
from bench.blind57 import kit
from bench.blind57 import pools as P
from bench.generator.truth import person

CAT_WORD = {"public": ["公需科目", "公需课"], "professional": ["专业科目", "专业课"]}


def _course(ctx: P.Ctx, pr: tuple, cat: str | None, year: int) -> str:
    topic = ctx.rng.choice(pr[4])
    if cat == "public":
        return ctx.pick(
            "t57.tc.pubtitle",
            [
                f"{year}年度专业技术人员继续教育公需科目培训",
                f"{year}年专业技术人员公需课学习",
                f"专业技术人员{ctx.rng.choice(['职业道德与诚信建设', '数字经济与创新驱动', '知识产权保护'])}公需科目培训班",
            ],
        )
    if cat == "professional":
        return ctx.pick(
            "t57.tc.protitle",
            [f"{topic}专业科目培训班", f"{year}年度{topic}专业课研修", f"{topic}专业科目继续教育"],
        )
    return ctx.pick("t57.tc.title", [f"{topic}培训班", f"{topic}高级研修班", f"{year}年{topic}继续教育项目"])


def training_certificate(ctx: P.Ctx, k: int) -> Doc:
    pol, c = kit.city(ctx)
    pr = kit.prof(ctx)
    v = ctx.variant("training_certificate")
    cat = ("public", "professional", None)[(k + ctx.offset) % 3]
    nm = P.name(ctx.rng)
    start = kit.day(ctx, c)
    end = start + dt.timedelta(days=ctx.rng.choice([0, 1, 2, 4, 6]))
    issued = end + dt.timedelta(days=ctx.rng.choice([0, 3, 10]))
    title = _course(ctx, pr, cat, start.year)
    issuer = (
        c["rs"]
        if cat == "public"
        else ctx.rng.choice([kit.bureau(pr, pol), c["rs"], f"{c['city']}专业技术人员继续教育基地"])
    )
    hours = ctx.rng.choice([8, 12, 16, 24, 30, 32, 40, 48])
    unitw = ctx.rng.choice(["学时", "课时", "小时"])
    ds = ctx.rng.randrange(6)
    period_s = (
        f"{P.fmt(kit.iso(start), ds)}至{P.fmt(kit.iso(end), ds)}"
        if end != start
        else P.fmt(kit.iso(start), ds)
    )
    cw = ctx.pick("t57.tc.catword", CAT_WORD[cat]) if cat else ""
    unit_ = kit.unit(ctx, pr, pol)
    no = f"{c['city'][:2]}{start.year}{ctx.rng.randrange(10**5, 10**6)}"
    land = v in ("landscape", "twoline", "booklet")
    pg = Page(297.0, 210.0) if land else Page()
    f = ctx.body
    kit.border(pg, ctx.rng.randrange(5))
    if v in ("landscape", "twoline", "booklet"):
        head = ctx.pick("t57.tc.head", ["结业证书", "培训证书", "继续教育证书", "合格证书"])
        y = 30.0
        if v == "twoline":
            y = kit.ctext(pg, y, f"{c['province']}专业技术人员继续教育", 18, ctx.bold)
        y = kit.ctext(pg, y, "  ".join(head) if len(head) <= 4 else head, 30, ctx.bold, (150, 30, 30))
        pg.text(pg.w - 30, y, f"证书编号：{no}", 10, f, "r")
        y += 14
        txt = (
            f"{nm}同志（{unit_}）于{period_s}参加了“{title}”，"
            + (f"该课程属{cw}，" if cw else "")
            + f"完成全部课程学习，共计{hours}{unitw}，经考核合格，准予结业。"
        )
        if ctx.rng.random() < 0.5:
            txt = f"兹证明{txt}"
        y = pg.wrap(40, y, pg.w - 80, txt, 15, f, 1.9, indent=15 * PT_MM * 2)
        kit.sign(pg, ctx, pg.w - 45, max(y + 12, 150), issuer, P.fmt(kit.iso(issued), ds))
    elif v == "table" or v == "hoursproof":
        y = 28.0
        head = "学时证明" if v == "hoursproof" else ctx.pick("t57.tc.head2", ["培训证明", "继续教育学时证明"])
        y = kit.ctext(pg, y, head, 24, ctx.bold)
        y = kit.pairs(pg, ctx, 30, y + 6, [("姓    名", nm), ("工作单位", unit_), ("证书编号", no)], 12)
        if v == "hoursproof":
            y = kit.para(pg, ctx, 30, y + 4, f"该同志于{period_s}参加{title}，学习成绩合格。", 12.5)
        rows = [["课程名称", "课程类别", "学时", "考核结果"]]
        per = hours // 2
        for i, t in enumerate(ctx.rng.sample(pr[4], 2)):
            rows.append([t, cw or "—", str(per if i == 0 else hours - per), ctx.rng.choice(["合格", "通过"])])
        rows.append(["合计", "", str(hours), ""])
        y = pg.table(25, y + 4, [70, 35, 25, 30], rows, 11, f, 10, header_font=ctx.bold)
        y = kit.pairs(
            pg, ctx, 30, y + 6, [("培训项目", title), ("培训时间", period_s), ("计量单位", unitw)], 11.5
        )
        kit.sign(pg, ctx, pg.w - 40, y + 20, issuer, P.fmt(kit.iso(issued), ds))
    else:  # eplatform
        pg.rect(0, 0, pg.w, 30, 0, (30, 90, 160), (30, 90, 160))
        pg.text(
            15, 10, f"{c['province']}专业技术人员继续教育网络学习平台", 14, ctx.bold, "l", (255, 255, 255)
        )
        y = kit.ctext(pg, 45, "电子结业证书", 26, ctx.bold, (30, 90, 160))
        y = kit.pairs(
            pg,
            ctx,
            30,
            y + 6,
            [
                ("证书编号", no),
                ("学员姓名", nm),
                ("工作单位", unit_),
                ("学习项目", title),
                ("学习时间", period_s),
                ("获得学时", f"{hours}{unitw}"),
            ]
            + ([("科目类别", cw)] if cw else []),
            12.5,
            lead=2.3,
            label_w=30,
        )
        kit.qr(pg, ctx, 30, y + 10)
        pg.text(30, y + 35, "扫描二维码或登录平台输入证书编号验证真伪", 9, f)
        kit.sign(pg, ctx, pg.w - 40, y + 15, issuer, P.fmt(kit.iso(issued), ds))
    fields = {
        "holder": nm,
        "title": title,
        "issuer": issuer,
        "issued_on": kit.iso(issued),
        "period": {"start": kit.iso(start), "end": kit.iso(end)},
        "hours_stated": float(hours),
    }
    return Doc(
        "training_certificate",
        f"tc57-{v}",
        [pg],
        fields,
        ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"],
        {"policy": pol, "person": nm, "year": issued.year},
        cat,
    )


def sign_in_sheet(ctx: P.Ctx, k: int) -> Doc:
    pol, c = kit.city(ctx)
    pr = kit.prof(ctx)
    v = ctx.variant("sign_in_sheet")
    d = kit.day(ctx, c)
    title = ctx.rng.choice(pr[4]) + ctx.pick(
        "t57.sign.kind", ["培训班", "专题讲座", "学术交流会", "业务培训"]
    )
    issuer = ctx.rng.choice([kit.bureau(pr, pol), c["rs"]])
    n = ctx.rng.randint(7, 12) if v != "twocol" else ctx.rng.randint(12, 18)
    ppl = P.names(ctx.rng, n)
    units = [kit.unit(ctx, pr, pol)] + [
        f"{ctx.rng.choice(c['counties'])}{x}" for x in ("人民医院", "中学", "农业农村局", "供电所")
    ]
    titles = ["工程师", "高级工程师", "助理工程师", "主治医师", "一级教师", "高级教师", "农艺师", "统计师"]
    pg = Page()
    f = ctx.body
    head = ctx.pick("t57.sign.head", ["签到表", "签到册", "参训人员签到表"])
    y = kit.ctext(pg, 18, title, 16, ctx.bold)
    y = kit.ctext(pg, y, head, 20, ctx.bold)
    ds = ctx.rng.randrange(6)
    place = ctx.rng.choice(c["place"])
    extra = ""
    if v == "sessions":
        extra = "（上午 8:30—11:30）"
    y = kit.pairs(
        pg,
        ctx,
        18,
        y + 2,
        [("主办单位", issuer), ("时间", P.fmt(kit.iso(d), ds) + extra), ("地点", place)],
        11,
    )
    y += 2
    if v == "twocol":
        half = (n + 1) // 2
        rows = [["序号", "姓名", "单位", "序号", "姓名", "单位"]]
        for i in range(half):
            j = i + half
            rows.append(
                [
                    str(i + 1),
                    ppl[i],
                    ctx.rng.choice(units),
                    str(j + 1) if j < n else "",
                    ppl[j] if j < n else "",
                    ctx.rng.choice(units) if j < n else "",
                ]
            )
        y = pg.table(
            12,
            y,
            [10, 22, 55, 10, 22, 57],
            rows,
            9,
            f,
            11,
            fonts={1: ctx.hand, 4: ctx.hand},
            header_font=ctx.bold,
        )
    else:
        cols = (
            ["序号", "姓名", "单位", "职称", "签名"]
            if v != "register"
            else ["序号", "姓名", "工作单位", "联系电话", "签名"]
        )
        rows = [cols]
        for i, p in enumerate(ppl):
            third = (
                ctx.rng.choice(titles)
                if v != "register"
                else f"1{ctx.rng.randrange(3, 9)}{ctx.rng.randrange(10**8, 10**9)}"
            )
            sig = p if ctx.rng.random() < 0.8 else ""
            rows.append([str(i + 1), p, ctx.rng.choice(units), third, sig])
        for i in range(ctx.rng.randint(1, 3)):
            rows.append([str(n + i + 1), "", "", "", ""])
        fonts = {4: ctx.hand} if v != "spill" else {1: ctx.hand, 4: ctx.hand}
        y = pg.table(14, y, [12, 26, 70, 40, 34], rows, 10, f, 11.5, fonts=fonts, header_font=ctx.bold)
        if v == "sessions":
            pg.text(14, y + 4, "下午 14:30—17:00 签到另附", 10, f)
    people = [person(p, i + 1, "attendee") for i, p in enumerate(ppl)]
    fields = {
        "people": people,
        "title": title,
        "issuer": issuer,
        "period": {"start": kit.iso(d), "end": kit.iso(d)},
    }
    who = ctx.rng.choice(ppl)
    return Doc(
        "sign_in_sheet",
        f"sign57-{v}",
        [pg],
        fields,
        ["title", "issuer", "period.start", "period.end", "people"],
        {"policy": pol, "person": who, "year": d.year},
    )


def training_notice(ctx: P.Ctx, k: int) -> Doc:
    pol, c = kit.city(ctx)
    pr = kit.prof(ctx)
    v = ctx.variant("training_notice")
    issued = kit.day(ctx, c)
    start = issued + dt.timedelta(days=ctx.rng.randint(7, 25))
    end = start + dt.timedelta(days=ctx.rng.choice([1, 2, 3, 4]))
    topic = ctx.rng.choice(pr[4])
    title = f"{start.year}年{topic}培训班"
    issuer = ctx.rng.choice([c["rs"], kit.bureau(pr, pol)])
    hours = ctx.rng.choice([16, 24, 30, 32, 40])
    has_h = v != "brief"
    ds = ctx.rng.randrange(6)
    f = ctx.body
    pg = Page()
    wh = f"{c['doc'] if issuer == c['rs'] else c['doc2']}〔{issued.year}〕{ctx.rng.randint(3, 120)}号"
    holder = None
    people: list = []
    if v == "invite":
        holder = P.name(ctx.rng)
        y = kit.ctext(pg, 30, "邀  请  函", 26, ctx.bold, (160, 30, 30))
        pg.text(25, y + 6, f"尊敬的{holder}老师：", 13, f)
        y = kit.para(
            pg,
            ctx,
            25,
            y + 18,
            f"为提升全市专业技术人员业务水平，我单位定于{P.fmt(kit.iso(start), ds)}至{P.fmt(kit.iso(end), ds)}"
            f"在{ctx.rng.choice(c['place'])}举办“{title}”，"
            + (f"培训计{hours}学时。" if has_h else "")
            + "特邀请您拨冗参加并作专题授课。",
            13,
        )
        y = kit.para(
            pg,
            ctx,
            25,
            y + 2,
            f"联系人：办公室，联系电话：{'0737' if pol.startswith('yiyang') else '0538'}-{ctx.rng.randint(2000000, 8999999)}（请于报到前回复）。",
            13,
        )
        kit.sign(pg, ctx, pg.w - 40, y + 20, issuer, P.fmt(kit.iso(issued), ds))
    else:
        pg.text(pg.w / 2, 25, issuer[:-1] if False else issuer, 20, ctx.bold, "c", (190, 20, 20))
        pg.line(20, 42, pg.w - 20, 42, 1.0, (190, 20, 20))
        pg.text(pg.w / 2, 35, wh, 11, f, "c")
        y = kit.ctext(pg, 50, f"关于举办{title}的通知", 16, ctx.bold)
        pg.text(22, y + 2, "各县（市、区）有关单位：", 12.5, f)
        body = (
            f"为进一步加强专业技术人员队伍建设，根据继续教育工作安排，定于{P.fmt(kit.iso(start), ds)}至{P.fmt(kit.iso(end), ds)}"
            f"举办{title}。现将有关事项通知如下："
        )
        y = kit.para(pg, ctx, 22, y + 12, body, 12.5)
        items = [
            f"一、培训内容：{'、'.join(ctx.rng.sample(pr[4], 2))}等。",
            f"二、培训地点：{ctx.rng.choice(c['place'])}。",
            "三、培训对象：各单位相关专业技术人员，每单位限报2名。",
        ]
        if has_h:
            items.append(f"四、学时认定：培训结束经考核合格的，计继续教育学时{hours}学时。")
        for it in items:
            y = kit.para(pg, ctx, 22, y, it, 12.5)
        if v in ("schedule", "receipt"):
            pg.text(22, y + 2, "附件：" + ("日程安排" if v == "schedule" else "报名回执"), 12, f)
        y = kit.sign(pg, ctx, pg.w - 40, y + 14, issuer, P.fmt(kit.iso(issued), ds))
        if v == "schedule":
            rows = [["日期", "时间", "内容", "授课人"]]
            for i in range((end - start).days + 1):
                dd = start + dt.timedelta(days=i)
                rows.append(
                    [f"{dd.month}月{dd.day}日", "上午", ctx.rng.choice(pr[4]), P.name(ctx.rng) + "教授"]
                )
            pg.text(22, y + 4, "附件  日程安排", 12, ctx.bold)
            pg.table(22, y + 12, [30, 22, 80, 34], rows, 10, f, 9, header_font=ctx.bold)
        if v == "receipt":
            people = [person(p, i + 1, "attendee") for i, p in enumerate(P.names(ctx.rng, 3))]
            pg.text(22, y + 4, "附件  报名回执", 12, ctx.bold)
            rows = [["姓名", "单位", "职称", "联系电话"]] + [
                [p["name"], kit.unit(ctx, pr, pol), "工程师", f"139{ctx.rng.randrange(10**7, 10**8)}"]
                for p in people
            ]
            pg.table(22, y + 12, [28, 72, 30, 36], rows, 10, f, 9, header_font=ctx.bold)
    fields = {
        "holder": holder,
        "people": people,
        "title": title,
        "issuer": issuer,
        "issued_on": kit.iso(issued),
        "period": {"start": kit.iso(start), "end": kit.iso(end)},
        "hours_stated": float(hours) if has_h else None,
    }
    who = holder or (people[0]["name"] if people else None)
    if who is None:
        who = P.name(ctx.rng)
        pg.text(22, pg.h - 25, f"抄送：{who}", 10, f)
        fields["people"] = [person(who, 1, "attendee")]
    scored = ["title", "issuer", "issued_on", "period.start", "period.end"] + (
        ["hours_stated"] if has_h else []
    )
    return Doc(
        "training_notice",
        f"notice57-{v}",
        [pg],
        fields,
        scored,
        {"policy": pol, "person": who, "year": start.year},
    )


def qualification_certificate(ctx: P.Ctx, k: int) -> Doc:
    pol, c = kit.city(ctx)
    pr = kit.prof(ctx)
    v = ctx.variant("qualification_certificate")
    nm = P.name(ctx.rng)
    y0 = ctx.rng.choice(c["years"])
    univ = ctx.rng.choice(c["univ"])
    subj = ctx.rng.choice(
        [
            "林业工程",
            "作物学",
            "水利工程",
            "口腔医学",
            "物理学",
            "交通运输工程",
            "药学",
            "安全工程",
            "特种经济动物饲养",
            "康复医学与理疗学",
            "统计学",
            "茶学",
            "应用心理学",
            "电气工程",
        ]
    )
    ds = ctx.rng.randrange(6)
    pg = Page(297.0, 210.0) if v in ("diploma", "degree") else Page()
    f = ctx.body
    kit.border(pg, ctx.rng.choice([2, 4, 1]))
    modules = None
    sex = ctx.rng.choice(["男", "女"])
    born = f"{ctx.rng.randint(1975, 1995)}年{ctx.rng.randint(1, 12)}月"
    if v == "diploma" or v == "degree":
        month_only = ctx.rng.random() < 0.5
        d = dt.date(y0, ctx.rng.choice([6, 7]), ctx.rng.randint(20, 30))
        issued = kit.month(d) if month_only else kit.iso(d)
        head = "毕 业 证 书" if v == "diploma" else "硕士学位证书"
        kind = "graduation" if v == "diploma" else "master_degree"
        if v == "degree" and ctx.rng.random() < 0.3:
            head, kind = "博士学位证书", "doctor_degree"
        y = kit.ctext(pg, 30, head, 28, ctx.bold, (120, 20, 20))
        if v == "diploma":
            txt = f"学生{nm}，性别{sex}，{born}生，于{y0 - 3}年9月至{y0}年6月在本校{subj}专业在职研究生班学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
        else:
            lvl = "博士" if kind == "doctor_degree" else "硕士"
            txt = f"{nm}，{sex}，{born}生。在{univ}{subj}学科完成了{lvl}学位的课程学习和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予{subj}{lvl}学位。"
        y = pg.wrap(40, y + 14, pg.w - 80, txt, 15, f, 2.0, indent=15 * PT_MM * 2)
        kit.sign(
            pg,
            ctx,
            pg.w - 50,
            y + 14,
            univ,
            P.fmt(issued, ds) if month_only else P.fmt(issued, ds),
            extra=["校长：" + P.name(ctx.rng)],
        )
        pg.text(40, pg.h - 25, f"证书编号：{ctx.rng.randrange(10**13, 10**14)}{y0}", 10, f)
        issuer = univ
    elif v == "courses":
        d = dt.date(y0, ctx.rng.choice([1, 6, 7, 12]), ctx.rng.randint(5, 28))
        issued = kit.iso(d)
        y = kit.ctext(pg, 35, "研究生课程进修班结业证书", 22, ctx.bold)
        txt = f"{nm}同志于{y0 - 1}年9月至{P.fmt(issued, ds)}参加我校{subj}专业研究生课程进修班学习，修完规定课程，考试成绩合格，准予结业。"
        y = kit.para(pg, ctx, 28, y + 12, txt, 14)
        modules = ctx.rng.sample(pr[4], 2)
        rows = [["课程", "成绩"]] + [[m, str(ctx.rng.randint(75, 95))] for m in modules]
        y = pg.table(40, y + 6, [90, 40], rows, 11, f, 9, header_font=ctx.bold)
        kit.sign(pg, ctx, pg.w - 40, y + 18, univ + "研究生院", P.fmt(issued, ds))
        issuer, kind = univ + "研究生院", "postgraduate_courses"
    elif v == "selfstudy":
        d = kit.day(ctx, c, y0)
        issued = kit.iso(d)
        y = kit.ctext(pg, 35, "高等教育自学考试", 18, ctx.bold)
        y = kit.ctext(pg, y, "单科合格证书", 24, ctx.bold)
        modules = [
            ctx.rng.choice(["管理学原理", "高等数学（工本）", "英语（二）", "中国近现代史纲要", "统计学原理"])
        ]
        y = kit.pairs(
            pg,
            ctx,
            35,
            y + 10,
            [
                ("姓名", nm),
                ("准考证号", str(ctx.rng.randrange(10**11, 10**12))),
                ("专业", subj),
                ("课程名称", modules[0]),
                ("成绩", "合格"),
            ],
            14,
            lead=2.4,
            label_w=32,
        )
        kit.sign(pg, ctx, pg.w - 40, y + 20, c["exam"], P.fmt(issued, ds))
        issuer, kind = c["exam"], "self_study_exam"
    else:
        d = kit.day(ctx, c, y0)
        issued = kit.iso(d)
        y = kit.ctext(pg, 30, "全国专业技术人员计算机应用能力考试", 17, ctx.bold)
        y = kit.ctext(pg, y, "合 格 证 书", 24, ctx.bold)
        modules = ctx.rng.sample(
            [
                "Word 2007中文字处理",
                "Excel 2007中文电子表格",
                "PowerPoint 2007中文演示文稿",
                "Internet应用",
                "Windows 7操作系统",
            ],
            ctx.rng.randint(1, 2),
        )
        issuer = c["rs"]
        y = kit.pairs(
            pg,
            ctx,
            35,
            y + 10,
            [
                ("姓名", nm),
                ("证件号码", f"43{ctx.rng.randrange(10**15, 10**16)}"[:18]),
                ("考试科目", "、".join(modules)),
                ("考试日期", P.fmt(issued, ds)),
            ],
            13,
            lead=2.4,
            label_w=30,
        )
        kit.sign(pg, ctx, pg.w - 40, y + 20, issuer, P.fmt(issued, ds))
        kind = "computer_exam"
        subj = None
    year = int(issued[:4])
    fields = {
        "holder": nm,
        "issuer": issuer,
        "issued_on": issued,
        "qualification": {
            "kind": kind,
            "subject": subj if kind not in ("self_study_exam",) or True else None,
            "modules": modules,
        },
    }
    scored = (
        ["holder", "issuer", "issued_on", "qualification.kind"]
        + (["qualification.subject"] if subj else [])
        + (["qualification.modules"] if modules else [])
    )
    return Doc(
        "qualification_certificate",
        f"qual57-{v}",
        [pg],
        fields,
        scored,
        {"policy": pol, "person": nm, "year": year},
    )


def other(ctx: P.Ctx, k: int) -> Doc:
    pol, c = kit.city(ctx)
    pr = kit.prof(ctx)
    v = ctx.variant("other")
    nm = P.name(ctx.rng)
    d = kit.day(ctx, c)
    ds = ctx.rng.randrange(6)
    unit_ = kit.unit(ctx, pr, pol)
    topic = ctx.rng.choice(pr[5])
    pg = Page()
    kit.border(pg, ctx.rng.randrange(3))
    if v == "conference":
        head, issuer = (
            "学术交流证明",
            f"{c['province']}{ctx.rng.choice(['科学技术协会', '医学会', '水利学会', '电机工程学会'])}",
        )
        title = f"{c['province'][:2]}{d.year}年学术年会"
        txt = f"{nm}同志（{unit_}）参加了{P.fmt(kit.iso(d), ds)}召开的{title}，并在分会场作题为“{topic}研究进展”的交流报告。"
    elif v == "lecture":
        head, issuer = "讲座证明", kit.bureau(pr, pol)
        title = f"{topic}专题讲座"
        txt = f"兹证明{nm}同志于{P.fmt(kit.iso(d), ds)}为我单位举办的{title}担任主讲，授课3小时。"
    elif v == "rural":
        head, issuer = "下乡支医证明", f"{ctx.rng.choice(c['counties'])}卫生健康局"
        title = "城乡对口支援工作"
        txt = f"{nm}同志自{P.fmt(kit.iso(d - dt.timedelta(days=180)), ds)}至{P.fmt(kit.iso(d), ds)}在我县乡镇卫生院开展{title}，工作认真，考核合格。"
    elif v == "mentor":
        head, issuer = "带教证明", unit_
        title = "青年专业技术人员带教"
        txt = f"{nm}同志在{d.year}年度承担{title}任务，指导青年技术人员2名，带教期满考核合格。"
    else:
        head, issuer = "志愿服务证明", f"{c['city']}科学技术协会"
        title = "科技志愿服务活动"
        txt = f"{nm}同志参加{d.year}年“科技下乡”{title}，累计服务时长20小时。"
    y = kit.ctext(pg, 40, head, 26, ctx.bold)
    y = kit.para(pg, ctx, 28, y + 16, txt, 14)
    kit.para(pg, ctx, 28, y + 2, "特此证明。", 14)
    kit.sign(pg, ctx, pg.w - 40, y + 30, issuer, P.fmt(kit.iso(d), ds))
    fields = {"holder": nm, "title": title, "issuer": issuer, "issued_on": kit.iso(d)}
    return Doc("other", f"misc57-{v}", [pg], fields, [], {"policy": pol, "person": nm, "year": d.year})


_ = width_mm
