"""Builders of blind draw 61: training certificates, sign-in sheets, notices, qualifications, other proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page
from bench.blind61.kit import (
    cert_no,
    city,
    claim,
    cn_num,
    day,
    fmt_date,
    local_body,
    name,
    names,
    prof,
    style,
    variant,
)
from bench.blind61.pools import CERT_TITLES, HOUR_WORDS, Ctx

PUBLIC_THEME = {2017: "信息化能力建设与网络安全", 2018: "加快开放强省建设"}


def _training(ctx: Ctx, c: dict, p: dict, cat: str | None) -> tuple[str, str]:
    y = c["year"]
    if cat == "public":
        return f"{y}年度专业技术人员继续教育公需科目培训（{PUBLIC_THEME[y]}）", c["hrss"]
    topic = ctx.rng.choice(p["topics"])
    body = local_body(ctx, c, p)
    if cat == "professional":
        return f"{y}年{topic}专业科目培训班", body
    return f"{topic}研修班", body


def _period(ctx: Ctx, y: int) -> tuple[dt.date, dt.date]:
    s = day(ctx, y, 3, 11)
    return s, s + dt.timedelta(days=ctx.rng.randint(1, 4))


def training_certificate(ctx: Ctx, k: int) -> Doc:
    v, layout = variant(ctx, "training_certificate")
    c, (_, p) = city(ctx), prof(ctx)
    cat = ("public", "professional", None)[k % 3]
    title, issuer = _training(ctx, c, p, cat)
    holder = name(ctx)
    s, e = _period(ctx, c["year"])
    issued = e + dt.timedelta(days=ctx.rng.randint(0, 6))
    hours = 30 if cat == "public" else 8 * ((e - s).days + 1) - ctx.rng.choice([0, 4])
    hw = ctx.rng.choice(HOUR_WORDS)
    st = style(ctx)
    unit = ctx.rng.choice(c["counties"]) + ctx.rng.choice(
        ["人民医院", "第一中学", "农业技术推广站", "供电公司"]
    )
    ctitle = ctx.rng.choice(CERT_TITLES)
    pg = Page(297, 210) if v in ("band", "card") else Page()
    body = ctx.body
    no = cert_no(ctx, c, "JX")
    if v == "band":
        frame(pg, ctx, 3)
        y = heading(pg, ctx, ctitle, 32, 30, spaced=True)
        pg.text(250, 22, f"编号：{no}", 10, body, "r")
        txt = (f"{holder}同志于{fmt_date(s, st)}至{fmt_date(e, st)}参加{issuer}举办的“{title}”，"
               f"完成全部课程，经考核合格，计{hours}{hw}，特发此证。")  # fmt: skip
        y = pg.wrap(40, y + 12, 217, txt, 15, body, 2.0, indent=10)
        sign_block(pg, ctx, issuer, fmt_date(issued, st), max(y + 12, 140), seed=k)
    elif v == "table":
        frame(pg, ctx, 1)
        y = heading(pg, ctx, ctitle, 30, 24)
        rows = [["姓名", holder, "工作单位", unit], ["培训项目", title, "", ""],
                ["培训时间", f"{fmt_date(s, st)}—{fmt_date(e, st)}", f"{hw}数", str(hours)],
                ["主办单位", issuer, "证书编号", no]]  # fmt: skip
        if cat:
            rows.append(["科目类别", "公需科目" if cat == "public" else "专业科目", "考核结果", "合格"])
        for r in rows:
            if r[2] == "":
                r[1:] = [r[1]]
        y0 = y + 8
        for r in rows:
            if len(r) == 2:
                pg.table(20, y0, [30, 140], [r], 10, body, 13)
            else:
                pg.table(20, y0, [30, 60, 30, 50], [r], 10, body, 13)
            y0 += 13
        pg.wrap(25, y0 + 10, 160, "经考核，该同志完成规定培训内容，成绩合格，特此证明。", 12, body)
        sign_block(pg, ctx, issuer, fmt_date(issued, st), y0 + 40, seed=k, extra=["（盖章）"])
    elif v == "letter":
        y = heading(pg, ctx, ctitle, 40, 26)
        pg.text(185, 25, f"No.{no}", 10, body, "r")
        pairs = [("姓    名", holder), ("单    位", unit), ("培训名称", title),
                 ("培训日期", f"{fmt_date(s, st)}至{fmt_date(e, st)}"), ("获得学时", f"{hours}{hw}")]  # fmt: skip
        if cat:
            pairs.append(("科    目", "公需科目" if cat == "public" else "专业科目"))
        y = label_lines(pg, ctx, 28, y + 14, pairs[:2], 13, "：", label_w=28, underline=True)
        for lab, val in pairs[2:]:
            y = pg.wrap(28, y, 155, f"{lab}：{val}", 13, body, 2.2)
        sign_block(pg, ctx, issuer, fmt_date(issued, st), y + 20, seed=k)
    elif v == "twoline":
        frame(pg, ctx, 2)
        y = heading(pg, ctx, f"{c['prov']}专业技术人员继续教育|{ctitle}", 36, 26)
        pg.text(105, y + 4, f"证书编号：{no}", 10, body, "c")
        txt = (f"兹证明{holder}（{unit}）参加了{title}，培训时间{fmt_date(s, st)}至{fmt_date(e, st)}，"
               f"共{hours}{hw}。" + ("本次培训属公需科目。" if cat == "public" else
                                  "本次培训属专业科目。" if cat else ""))  # fmt: skip
        y = pg.wrap(30, y + 20, 150, txt, 14, body, 2.0, indent=9)
        sign_block(pg, ctx, issuer, fmt_date(issued, st), y + 25, seed=k, extra=["（印章）"])
    else:  # card: two halves, left photo box, right text
        frame(pg, ctx, 1)
        pg.rect(30, 50, 70, 100, 0.4)
        pg.text(50, 72, "照片", 11, body, "c")
        pg.text(50, 110, f"姓名：{holder}", 12, body, "c")
        pg.line(148, 25, 148, 185, 0.3)
        pg.text(220, 30, ctitle, 24, ctx.bold, "c")
        pg.text(160, 60, f"证号 {no}", 10, body)
        pairs = [("培训内容", title), ("主办单位", issuer), ("起止日期", f"{fmt_date(s, st)}—{fmt_date(e, st)}"),
                 (f"{hw}", str(hours))]  # fmt: skip
        if cat:
            pairs.append(("类别", "公需科目" if cat == "public" else "专业科目"))
        y = 72
        for lab, val in pairs:
            y = pg.wrap(160, y, 118, f"{lab}：{val}", 11, body, 1.9)
        sign_block(pg, ctx, issuer, fmt_date(issued, st), max(y + 10, 150), seed=k)
    fields = {"holder": holder, "title": title, "issuer": issuer, "issued_on": issued.isoformat(),
              "period": {"start": s.isoformat(), "end": e.isoformat()}, "hours_stated": float(hours)}  # fmt: skip
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    return Doc(
        "training_certificate", layout, [pg], fields, scored, claim(c, holder, c["year"]), category=cat
    )


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v, layout = variant(ctx, "sign_in_sheet")
    c, (_, p) = city(ctx), prof(ctx)
    topic = ctx.rng.choice(p["topics"])
    issuer = local_body(ctx, c, p)
    title = {"grid": f"{topic}培训班", "twocol": f"{topic}专题讲座", "meeting": f"{c['city']}{p['field']}学术交流会",
             "daily": f"{topic}培训", "roster": f"{c['year']}年{p['field']}业务培训"}[v]  # fmt: skip
    d = day(ctx, c["year"], 3, 11)
    st = style(ctx)
    n = ctx.rng.randint(8, 14) if v != "twocol" else ctx.rng.randint(14, 20)
    people = names(ctx, n)
    units = [
        ctx.rng.choice(c["counties"]) + ctx.rng.choice(["中心", "站", "所", "医院", "学校"]) for _ in people
    ]
    pg = Page()
    body = ctx.body
    y = heading(pg, ctx, f"{title}|签到表" if v in ("grid", "roster") else f"{title}签到表", 22, 18)
    info = f"主办单位：{issuer}    时间：{fmt_date(d, st)}    地点：{c['city']}{ctx.rng.choice(['职工培训中心', '会议中心三楼', '党校报告厅'])}"
    y = pg.wrap(18, y + 2, 175, info, 10, body)
    if v == "twocol":
        half = (n + 1) // 2
        rows_l = [["序号", "姓名", "签到"]] + [[str(i + 1), "", people[i]] for i in range(half)]
        rows_r = [["序号", "姓名", "签到"]] + [[str(i + 1), "", people[i]] for i in range(half, n)]
        for rows, x in ((rows_l, 15), (rows_r, 108)):
            for r in rows[1:]:
                r[1] = r[2]
                r[2] = ""
            pg.table(x, y + 4, [14, 36, 37], rows, 10, body, 11, fonts={1: ctx.hand})
    else:
        head = (
            ["序号", "姓名", "工作单位", "职称", "签名"]
            if v != "daily"
            else ["序号", "单位", "姓名", "上午", "下午"]
        )
        rows = [head]
        for i, (nm, u) in enumerate(zip(people, units, strict=True)):
            if v == "daily":
                rows.append([str(i + 1), u, nm, "✓", "✓"])
            else:
                rows.append(
                    [
                        str(i + 1),
                        nm,
                        u,
                        ctx.rng.choice(["助理工程师", "主治医师", "讲师", "工程师", "技术员"]),
                        nm,
                    ]
                )
        col = 2 if v == "daily" else 1
        widths = [14, 55, 40, 30, 30] if v == "daily" else [14, 30, 60, 36, 34]
        pg.table(15, y + 4, widths, rows, 10, body, 11, fonts={col: ctx.hand, 4: ctx.hand})
    if v == "meeting":
        pg.text(190, 280, f"{issuer}（盖章）", 10, body, "r")
        pg.seal(160, 278, 18, issuer[:16], k)
    fields = {"title": title, "issuer": issuer, "period": {"start": d.isoformat(), "end": d.isoformat()},
              "people": [{"name": nm, "rank": i + 1, "role": "attendee"} for i, nm in enumerate(people)]}  # fmt: skip
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    return Doc(
        "sign_in_sheet", layout, [pg], fields, scored, claim(c, people[ctx.rng.randrange(n)], c["year"])
    )


def training_notice(ctx: Ctx, k: int) -> Doc:
    v, layout = variant(ctx, "training_notice")
    c, (_, p) = city(ctx), prof(ctx)
    topic = ctx.rng.choice(p["topics"])
    issuer = c["city"] + p["dept"] if v != "invite" else f"{c['city']}{p['field']}学会"
    title = f"{topic}培训班"
    s, e = _period(ctx, c["year"])
    issued = s - dt.timedelta(days=ctx.rng.randint(7, 25))
    days = (e - s).days + 1
    hours = 8 * days
    st = style(ctx)
    body = ctx.body
    pages = [Page()]
    pg = pages[0]
    attendees = names(ctx, ctx.rng.randint(1, 3))
    docno = f"{c['city'][:1]}{p['dept'][:1]}发〔{c['year']}〕{ctx.rng.randint(5, 60)}号"
    if v == "redhead":
        pg.text(105, 22, f"{c['city']}{p['dept']}文件", 24, ctx.bold, "c", (200, 30, 30))
        pg.line(20, 40, 190, 40, 1.0, (200, 30, 30))
        pg.text(105, 44, docno, 11, body, "c")
        y = 56
    else:
        y = 26
    head = "邀请函" if v == "invite" else f"关于举办{title}的通知"
    y = pg.wrap(25, y, 160, head, 17, ctx.bold) + 4
    txt = (f"各有关单位：为提升全市{p['field']}专业技术人员业务水平，经研究，定于{fmt_date(s, st)}至{fmt_date(e, st)}"
           f"举办{title}。现将有关事项通知如下：一、培训对象为各县（市、区）{p['field']}专业技术人员。"
           f"二、培训时间{days}天，培训合格者登记继续教育专业科目{hours}学时。三、培训地点：{c['city']}职工培训中心。"
           f"四、请于{fmt_date(s - dt.timedelta(days=3), st)}前报送报名回执。")  # fmt: skip
    y = pg.wrap(25, y, 160, txt, 12, body, 1.9, indent=8)
    if v in ("schedule", "receipt"):
        y = pg.wrap(25, y + 2, 160, "附件：" + ("培训日程安排" if v == "schedule" else "报名回执"), 12, body)
    sy = sign_block(pg, ctx, issuer, fmt_date(issued, st), y + 10, seed=k)
    if v == "schedule":
        pg2 = Page()
        pages.append(pg2)
        pg2.text(20, 20, "附件", 12, body)
        heading(pg2, ctx, f"{title}日程安排", 32, 16)
        rows = [["日期", "时间", "内容", "授课人"]]
        for i in range(days):
            dd = s + dt.timedelta(days=i)
            for half in ("上午", "下午"):
                rows.append([fmt_date(dd, st), half, ctx.rng.choice(p["topics"]), name(ctx)])
        yy = pg2.table(18, 50, [40, 20, 90, 24], rows, 10, body, 11)
        pg2.text(105, yy + 6, f"以上共计{hours}学时", 11, body, "c")
        pg2.text(105, yy + 20, "参训人员名单", 13, ctx.bold, "c")
        pg2.table(
            45,
            yy + 30,
            [20, 40, 60],
            [["序号", "姓名", "单位"]]
            + [[str(i + 1), a, ctx.rng.choice(c["counties"])] for i, a in enumerate(attendees)],
            10,
            body,
            10,
        )
    else:
        yy = max(sy + 10, 200) if v != "receipt" else 205
        if v == "receipt":
            pg.text(105, yy - 8, "报名回执", 14, ctx.bold, "c")
        rows = [["姓名", "单位", "职称", "联系电话"]]
        rows += [[a, ctx.rng.choice(c["counties"]) + p["dept"][:2] + "站", "工程师", f"13{ctx.rng.randint(100000000, 999999999)}"]
                 for a in attendees]  # fmt: skip
        if yy + 11 * len(rows) > 285:
            yy = 285 - 11 * len(rows)
        pg.table(25, yy, [30, 60, 30, 40], rows, 10, body, 11, fonts={0: ctx.hand})
    fields = {"title": title, "issuer": issuer, "issued_on": issued.isoformat(),
              "period": {"start": s.isoformat(), "end": e.isoformat()}, "hours_stated": float(hours),
              "people": [{"name": a, "rank": i + 1, "role": "attendee"} for i, a in enumerate(attendees)]}  # fmt: skip
    scored = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    return Doc(
        "training_notice",
        layout,
        pages,
        fields,
        scored,
        claim(c, attendees[0], c["year"]),
        category="professional",
    )


QUAL_SUBJECTS = {"graduation": ["药学", "口腔医学", "机电技术教育", "土木工程", "动物医学", "图书馆学"],
                 "master": ["作物遗传育种", "临床医学", "统计学", "交通运输工程"],
                 "selfstudy": ["护理学", "汉语言文学", "工程管理", "农学"],
                 "courses": ["教育学", "水利工程", "预防兽医学"]}  # fmt: skip
DEGREE = {"作物遗传育种": "农学", "临床医学": "医学", "统计学": "经济学", "交通运输工程": "工学"}
SELF_MODULES = [
    "中国近现代史纲要",
    "马克思主义基本原理概论",
    "英语（二）",
    "管理学原理",
    "高等数学（工专）",
    "计算机应用基础",
]
COMPUTER_MODULES = ["Windows 7操作系统", "Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿",
                    "Internet应用"]  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v, layout = variant(ctx, "qualification_certificate")
    c = city(ctx)
    holder = name(ctx)
    y = c["year"]
    body = ctx.body
    pg = Page(297, 210) if v in ("graduation", "master") else Page()
    sex = ctx.rng.choice("男女")
    born = dt.date(ctx.rng.randint(1975, 1994), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    modules = None
    if v == "graduation":
        subject = ctx.rng.choice(QUAL_SUBJECTS[v])
        issuer = ctx.rng.choice(
            ["湖南农业大学", "山东农业大学", "德州学院", "湖南城市学院", "益阳医学高等专科学校"]
        )
        issued = f"{y}-{ctx.rng.choice([1, 6, 7]):02d}"
        frame(pg, ctx, 2)
        heading(pg, ctx, "毕 业 证 书", 30, 30)
        txt = (f"学生{holder}，性别{sex}，{born.year}年{born.month}月{born.day}日生，于{y - 3}年9月至{y}年{int(issued[5:])}月"
               f"在本校{subject}专业函授（业余）学习，修完本科教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
        yy = pg.wrap(60, 70, 200, txt, 14, body, 2.0, indent=10)
        pg.text(60, yy + 10, f"校（院）长：{name(ctx)}", 12, body)
        pg.text(
            60,
            yy + 20,
            f"证书编号：{ctx.rng.randint(10000, 99999)}{y}0{ctx.rng.randint(1000000, 9999999)}",
            11,
            body,
        )
        sign_block(pg, ctx, issuer, f"{y}年{int(issued[5:])}月", yy + 10, seed=k)
        kind = "graduation"
    elif v == "master":
        subject = ctx.rng.choice(QUAL_SUBJECTS[v])
        issuer = ctx.rng.choice(["湖南师范大学", "山东大学", "中南林业科技大学", "山东农业大学"])
        d = dt.date(y, 6, ctx.rng.randint(10, 28))
        issued = d.isoformat()
        frame(pg, ctx, 3)
        heading(pg, ctx, "硕士学位证书", 30, 28)
        txt = (f"{holder}，{sex}，{born.year}年{born.month}月生。在{subject}学科专业完成了硕士学位的课程学习和论文答辩，"
               f"成绩合格。根据《中华人民共和国学位条例》的规定，授予{DEGREE[subject]}硕士学位。")  # fmt: skip
        yy = pg.wrap(60, 72, 200, txt, 14, body, 2.0, indent=10)
        pg.text(60, yy + 12, f"学位评定委员会主席：{name(ctx)}", 12, body)
        sign_block(pg, ctx, issuer, fmt_date(d, "cn0"), yy + 12, seed=k)
        kind = "master_degree"
    elif v == "selfstudy":
        subject = ctx.rng.choice(QUAL_SUBJECTS[v])
        issuer = f"{c['prov']}高等教育自学考试委员会"
        modules = ctx.rng.sample(SELF_MODULES, 2)
        d = dt.date(y, ctx.rng.choice([5, 11]), ctx.rng.randint(1, 28))
        issued = d.isoformat()
        heading(pg, ctx, "高等教育自学考试|单科合格证书", 30, 22)
        pairs = [("姓名", holder), ("性别", sex), ("准考证号", f"0{ctx.rng.randint(10000000000, 99999999999)}"),
                 ("报考专业", subject)]  # fmt: skip
        yy = label_lines(pg, ctx, 30, 70, pairs, 13, "：", label_w=30, underline=True)
        rows = [["课程代码", "课程名称", "成绩"]] + [
            [str(ctx.rng.randint(100, 9999)).zfill(5), m, str(ctx.rng.randint(60, 92))] for m in modules
        ]
        yy = pg.table(30, yy + 8, [35, 90, 25], rows, 11, body, 11)
        sign_block(pg, ctx, issuer, fmt_date(d, style(ctx)), yy + 20, seed=k)
        kind = "self_study_exam"
    elif v == "computer":
        subject = None
        issuer = c["prov_hrss"]
        modules = ctx.rng.sample(COMPUTER_MODULES, ctx.rng.randint(1, 2))
        d = day(ctx, y, 3, 11)
        issued = d.isoformat()
        frame(pg, ctx, 1)
        heading(pg, ctx, "全国专业技术人员|计算机应用能力考试合格证", 30, 20)
        pairs = [("姓    名", holder), ("性    别", sex), ("身份证号", f"{ctx.rng.randint(10**17, 10**18 - 1)}"),
                 ("管理号", f"{y}{ctx.rng.randint(1000000, 9999999)}")]  # fmt: skip
        yy = label_lines(pg, ctx, 30, 75, pairs, 13, "：", label_w=30)
        rows = [["考试科目（模块）", "考试日期", "成绩"]] + [[m, fmt_date(d, "dot"), "合格"] for m in modules]
        yy = pg.table(30, yy + 6, [90, 35, 25], rows, 11, body, 11)
        pg.wrap(30, yy + 8, 150, "经考试合格，特发此证。本证书在全国范围内有效。", 12, body)
        sign_block(pg, ctx, issuer, fmt_date(d, "cn"), yy + 30, seed=k, extra=["（人事考试专用章）"])
        kind = "computer_exam"
    else:  # courses
        subject = ctx.rng.choice(QUAL_SUBJECTS["courses"])
        issuer = ctx.rng.choice(["湖南农业大学研究生院", "山东师范大学研究生院", "中南林业科技大学研究生院"])
        modules = None
        issued = f"{y}-{ctx.rng.choice([1, 6, 12]):02d}"
        frame(pg, ctx, 2)
        heading(pg, ctx, "研究生课程进修班|结业证书", 34, 24)
        txt = (f"{holder}同志于{y - 2}年9月至{y}年{int(issued[5:])}月参加我校{subject}专业研究生课程进修班学习，"
               f"修完规定的全部学位课程，考试成绩合格，准予结业。")  # fmt: skip
        yy = pg.wrap(28, 80, 154, txt, 14, body, 2.0, indent=10)
        yc = "".join("〇一二三四五六七八九"[int(ch)] for ch in str(y))
        sign_block(pg, ctx, issuer, f"{yc}年{cn_num(int(issued[5:]))}月", yy + 25, seed=k)
        kind = "postgraduate_courses"
    qual = {"kind": kind, "subject": subject, "modules": modules}
    fields = {"holder": holder, "issuer": issuer, "issued_on": issued, "qualification": qual}
    scored = ["holder", "issuer", "issued_on", "qualification.kind"]
    scored += ["qualification.subject"] if subject else []
    scored += ["qualification.modules"] if modules else []
    return Doc("qualification_certificate", layout, [pg], fields, scored, claim(c, holder, y))


def other(ctx: Ctx, k: int) -> Doc:
    v, layout = variant(ctx, "other")
    c, (_, p) = city(ctx), prof(ctx)
    holder = name(ctx)
    d = day(ctx, c["year"], 4, 12)
    st = style(ctx)
    body = ctx.body
    pg = Page()
    unit = ctx.rng.choice(c["counties"]) + ctx.rng.choice(
        ["中等职业学校", "人民医院", "农业农村局", "疾病预防控制中心"]
    )
    if v == "teach":
        issuer, head = c["city"] + p["dept"], "授课证明"
        txt = f"兹证明{unit}{holder}同志于{fmt_date(d, st)}在我局举办的{ctx.rng.choice(p['topics'])}培训班上授课，主讲内容为{p['field']}新技术，授课4学时。"
    elif v == "mentor":
        issuer, head = unit, "带教工作证明"
        txt = f"{holder}同志自{c['year']}年3月起担任本单位青年专业技术人员的带教老师，指导徒弟{name(ctx)}完成{p['field']}岗位实践，带教工作认真负责。"
    elif v == "expert":
        issuer, head = c["hrss"], "专家评审工作证明"
        txt = f"{holder}同志于{fmt_date(d, st)}应邀参加{c['year']}年度{c['city']}{p['field']}专业中级职称评审工作，担任评审委员会委员。"
    elif v == "visit":
        issuer, head = (
            ctx.rng.choice(["山东大学齐鲁医院", "中南大学湘雅医院", "湖南省农业科学院", "山东省农业科学院"]),
            "进修结业证明",
        )
        txt = f"{unit}{holder}同志于{c['year']}年3月至{fmt_date(d, st)}在我单位{p['field']}相关科室进修学习，完成进修计划，考核合格。"
    else:
        issuer, head = ctx.rng.choice(c["counties"]) + "人民政府", "科技下乡服务证明"
        txt = f"{holder}同志于{fmt_date(d, st)}参加“三下乡”科技服务活动，深入基层开展{p['field']}技术指导和培训，服务群众，特此证明。"
    y = heading(pg, ctx, head, 45, 22)
    y = pg.wrap(28, y + 16, 154, txt, 14, body, 2.0, indent=10)
    pg.text(38, y + 4, "特此证明。", 14, body)
    sign_block(pg, ctx, issuer, fmt_date(d, st), y + 30, seed=k)
    fields = {"holder": holder, "title": head, "issuer": issuer, "issued_on": d.isoformat()}
    return Doc("other", layout, [pg], fields, [], claim(c, holder, c["year"]))
