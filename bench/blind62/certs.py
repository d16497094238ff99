"""Draw 62's certificate-like builders: training certificates, sign-in sheets, notices, qualifications, other."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page, width_mm
from bench.blind62 import kit
from bench.blind62.kit import fmt_date, span_text
from bench.blind62.pools import City, Ctx, Prof
from bench.generator.truth import person

RED = (190, 30, 30)


def _training_title(ctx: Ctx, city: City, prof: Prof, cat: str | None) -> str:
    y = city.year
    if cat == "public":
        return ctx.pick(
            "tc.public",
            (f"{y}年度专业技术人员继续教育公需科目培训", f"{y}年{city.city}专业技术人员公需科目面授培训",
             f"{y}年度公需科目网络培训"),
        )  # fmt: skip
    t = ctx.pick("tc.topic", prof.trainings)
    return ctx.pick(
        "tc.title",
        (f"{y}年{city.city}{t}培训班", f"{city.city}{y}年度{t}专题研修班", f"{t}高级研修班",
         f"{y}年全市{prof.field}专业技术人员{t}培训"),
    )  # fmt: skip


def _organiser(ctx: Ctx, city: City, prof: Prof, cat: str | None) -> str:
    if cat == "public":
        return ctx.pick("tc.pubissuer", (city.hrss, city.schools[0], city.schools[1]))
    return ctx.pick("tc.issuer", (city.depts[prof.dept], city.prov_depts[prof.dept], city.schools[1]))


def training_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("training_certificate")
    city, prof = ctx.city(), ctx.prof()
    cat = (None, "public", "professional")[(k + ctx.offset) % 3]
    holder = ctx.name()
    title = _training_title(ctx, city, prof, cat)
    issuer = _organiser(ctx, city, prof, cat)
    start = kit.day_in(rng, city.year, 3, 11)
    days = rng.choice((1, 2, 3, 5))
    end = kit.shift(start, days - 1)
    hours = float(rng.choice((26, 30, 18)) if cat == "public" else days * rng.choice((6, 8)))
    issued = kit.shift(end, rng.choice((0, 0, 3, 7)))
    form = ctx.pick("tc.date", kit.DAY_FORMS)
    pform = ctx.pick("tc.pdate", ("ymd", "dot", "ymd0", "cn"))
    joiner = ctx.pick("tc.join", ("至", "—", "～", " - "))
    unit = ctx.unit(city, prof)
    no = kit.cert_no(rng, rng.choice(("No.", "编号：", "证书编号：")), city.year)
    cat_word = {"public": "公需科目", "professional": "专业科目", None: None}[cat]
    period = {"start": start, "end": end}
    per = span_text(start, end, pform, joiner)
    hrs = f"{hours:g}"
    unit_word = ctx.pick("tc.hunit", ("学时", "学时", "课时"))
    pages: list[Page] = []
    if v == "band":
        pg = Page(297, 210)
        pg.rect(0, 0, 297, 34, 0, RED, fill=(178, 34, 34))
        pg.text(148.5, 9, ctx.pick("tc.band", ("结 业 证 书", "培 训 证 书", "合 格 证 书")), 30, ctx.bold, "c",
                (255, 240, 200))  # fmt: skip
        pg.text(270, 42, no, 10.5, ctx.body, "r")
        y = 58
        pg.text(34, y, f"{holder}  同志：", 16, ctx.body)
        body = (f"于{per}参加{issuer}举办的“{title}”，完成规定内容的学习，经考核合格，"
                f"计{hrs}{unit_word}。")  # fmt: skip
        if cat_word:
            body += f"科目类别：{cat_word}。"
        body += "特发此证。"
        y = pg.wrap(44, y + 14, 222, body, 15, ctx.body, 1.9, 11)
        sign_block(pg, ctx, issuer, fmt_date(issued, form), max(y + 14, 150), seed=rng.randrange(999))
        pages.append(pg)
    elif v == "table":
        pg = Page()
        frame(pg, ctx, rng.choice((1, 2)))
        y = heading(
            pg, ctx, ctx.pick("tc.thead", ("继续教育学时证明", "专业技术人员继续教育培训证明")), 34, 22
        )
        pg.text(186, y + 2, no, 10, ctx.body, "r")
        rows = [["姓  名", holder, "工作单位", unit], ["培训项目", title, "", ""], ["培训时间", per, "", ""],
                ["主办单位", issuer, "", ""], ["认定学时", f"{hrs}{unit_word}", "考核结果", "合格"]]  # fmt: skip
        if cat_word:
            rows.append(["科目类别", cat_word, "培训方式", rng.choice(("面授", "网络"))])
        y = y + 10
        for r in rows:
            if r[2]:
                pg.table(22, y, [28, 52, 28, 58], [r], 11, ctx.body, 13)
            else:
                pg.table(
                    22, y, [28, 138], [r[:2]], 11 if width_mm(r[1], ctx.body, 11) < 134 else 9, ctx.body, 13
                )
            y += 13
        y = pg.wrap(26, y + 10, 158, "经审核，该同志参加上述培训并考核合格，特此证明。", 12, ctx.body, 1.7, 8)
        sign_block(pg, ctx, issuer, fmt_date(issued, form), y + 16, seed=rng.randrange(999))
        pages.append(pg)
    elif v == "letter":
        pg = Page()
        heading(pg, ctx, "证    明", 40, 24)
        ident = f"{rng.randrange(410200, 410299) if city.key == 'kaifeng' else rng.randrange(370900, 370999)}"
        body = (f"兹证明{unit}{holder}同志（身份证号：{ident}********{rng.randrange(1000, 9999)}），于{per}"
                f"参加了{issuer}组织的{title}，全程参加学习，考核合格，共计{hrs}{unit_word}。")  # fmt: skip
        if cat_word:
            body += f"该培训属继续教育{cat_word}。"
        y = pg.wrap(28, 70, 154, body, 13.5, ctx.body, 2.0, 10)
        y = pg.wrap(28, y + 4, 154, "特此证明。", 13.5, ctx.body, 2.0, 10)
        sign_block(pg, ctx, issuer, fmt_date(issued, form), y + 24, seed=rng.randrange(999))
        pages.append(pg)
    elif v == "twoline":
        pg = Page(297, 210)
        frame(pg, ctx, 3)
        pg.line(148.5, 20, 148.5, 190, 0.3, (170, 40, 40))
        pg.rect(40, 36, 75, 80, 0.3)
        pg.text(57.5, 55, "照片", 11, ctx.body, "c", (150, 150, 150))
        y = label_lines(pg, ctx, 28, 98, [("姓    名", holder), ("工作单位", unit[:14]), ("证书编号", no.split("：")[-1])],
                        12, "：", 2.4)  # fmt: skip
        pg.text(28, y + 4, f"发证日期：{fmt_date(issued, form)}", 12, ctx.body)
        pg.text(222, 30, ctx.pick("tc.tw", ("结业证书", "培训合格证书")), 24, ctx.bold, "c")
        body = f"{holder}同志于{per}参加{title}，学习期满，成绩合格，准予结业。"
        if cat_word:
            body += f"（{cat_word}，{hrs}{unit_word}）"
        else:
            body += f"（{hrs}{unit_word}）"
        y = pg.wrap(162, 56, 118, body, 13, ctx.body, 2.0, 9)
        sign_block(
            pg, ctx, issuer, fmt_date(issued, form), max(y + 16, 140), x_right=272, seed=rng.randrange(999)
        )
        pages.append(pg)
    else:  # card: an online platform's certificate
        pg = Page(180, 120)
        pg.rect(5, 5, 175, 115, 1.0, (30, 80, 150))
        plat = (f"{city.province}省专业技术人员继续教育培训平台" if city.key == "kaifeng"
                else "泰安市专业技术人员继续教育平台")  # fmt: skip
        pg.text(90, 11, plat, 10, ctx.body, "c", (30, 80, 150))
        pg.text(90, 19, "学 时 证 书", 20, ctx.bold, "c")
        rows = [("姓名", holder), ("课程名称", title), ("学习时间", per), ("获得学时", f"{hrs}{unit_word}")]
        if cat_word:
            rows.append(("科目类型", cat_word))
        rows.append(("证书编号", no.split("：")[-1]))
        y = 34
        for lab, val in rows:
            sz = 10 if width_mm(val, ctx.body, 10) < 128 else 8
            pg.text(16, y, f"{lab}：", 10, ctx.body)
            pg.text(38, y, val, sz, ctx.body)
            y += 8.5
        sign_block(pg, ctx, issuer, fmt_date(issued, form), max(y + 2, 92), x_right=168, size=9.5,
                   seed=rng.randrange(999))  # fmt: skip
        pages.append(pg)
    fields = {"holder": holder, "title": title, "issuer": issuer, "issued_on": issued, "period": period,
              "hours_stated": hours}  # fmt: skip
    return kit.finish(ctx, "training_certificate", v, pages, fields, holder, city.policy, city.year, cat)


# ---- sign-in sheets ------------------------------------------------------------------------------------------
def _sheet_title(ctx: Ctx, city: City, prof: Prof) -> str:
    t = ctx.pick("sign.topic", prof.trainings)
    return ctx.pick(
        "sign.title",
        (f"{city.year}年{city.city}{t}培训班", f"{t}专题讲座", f"{city.city}{prof.field}学会{city.year}年学术年会",
         f"{t}业务培训会"),
    )  # fmt: skip


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("sign_in_sheet")
    city, prof = ctx.city(), ctx.prof()
    title = _sheet_title(ctx, city, prof)
    issuer = ctx.pick(
        "sign.issuer", (city.depts[prof.dept], city.schools[0], ctx.unit(city, prof), city.hrss)
    )
    start = kit.day_in(rng, city.year, 3, 11)
    end = kit.shift(start, 2) if v == "daily" else start
    form = ctx.pick("sign.date", kit.DAY_FORMS)
    n = rng.randint(9, 15) if v != "twocol" else rng.randint(16, 24)
    people_names = ctx.names(n)
    units = [ctx.unit(city, prof) for _ in range(n)]
    place = ctx.pick(
        "sign.place", (f"{city.schools[0]}第二报告厅", f"{city.city}会议中心三楼会议室", f"{units[0]}会议室")
    )
    hand = ctx.hand
    pg = Page()
    if v in ("grid", "roster"):
        y = heading(pg, ctx, f"{title}|签 到 表" if len(title) > 16 else f"{title}签到表", 22, 17)
        pg.text(20, y + 2, f"时间：{fmt_date(start, form)}", 11, ctx.body)
        pg.text(110, y + 2, f"地点：{place}"[:24], 11, ctx.body)
        pg.text(20, y + 9, f"主办单位：{issuer}", 11, ctx.body)
        y += 18
        if v == "grid":
            rows = [["序号", "姓名", "工作单位", "职称", "签名"]]
            rows += [[str(i + 1), nm, u, rng.choice(("助理", "中级", "副高", "正高")), ""]
                     for i, (nm, u) in enumerate(zip(people_names, units, strict=True))]  # fmt: skip
            widths = [14, 24, 70, 22, 40]
        else:
            rows = [["序号", "签名", "联系电话", "备注"]]
            rows += [[str(i + 1), "", f"13{rng.randrange(10**9):09d}", ""] for i in range(n)]
            widths = [16, 52, 60, 42]
        bottom = pg.table(20, y, widths, rows, 10, ctx.body, 11, header_font=ctx.bold)
        sig_col = 20 + sum(widths[:4]) + 20 if v == "grid" else 20 + 16 + 26
        for i, nm in enumerate(people_names):
            pg.text(sig_col + rng.uniform(-5, 5), y + 11 * (i + 1) + 1.5, nm, 14, hand, "c", (20, 30, 90))
        pg.text(20, bottom + 6, "注：请参训人员本人签到，不得代签。", 9.5, ctx.body)
    elif v == "twocol":
        heading(pg, ctx, title, 20, 16)
        pg.text(105, 30, "签　到　册", 15, ctx.bold, "c")
        pg.text(20, 40, f"日期：{fmt_date(start, form)}    主办：{issuer}", 10.5, ctx.body)
        half = (n + 1) // 2
        for col in range(2):
            x = 14 + col * 93
            rows = [["序号", "姓名", "单位", "签到"]]
            for i in range(col * half, min(n, (col + 1) * half)):
                rows.append([str(i + 1), people_names[i], units[i][-6:], ""])
            pg.table(x, 48, [11, 20, 36, 22], rows, 8.5, ctx.body, 10, header_font=ctx.bold)
            for r, i in enumerate(range(col * half, min(n, (col + 1) * half))):
                pg.text(x + 78, 48 + 10 * (r + 1) + 2, people_names[i], 12, hand, "c", (20, 30, 90))
    elif v == "meeting":
        heading(pg, ctx, "会议签到表", 22, 20)
        info = [
            ["会议名称", title],
            ["会议时间", fmt_date(start, form)],
            ["会议地点", place],
            ["主办单位", issuer],
        ]
        y = pg.table(20, 38, [30, 140], info, 10.5, ctx.body, 11)
        rows = [["单位", "姓名", "职务/职称", "签到"]]
        rows += [[u, nm, rng.choice(("技术员", "工程师", "主治医师", "主管", "一级教师")), ""]
                 for nm, u in zip(people_names, units, strict=True)]  # fmt: skip
        pg.table(20, y + 6, [64, 30, 36, 40], rows, 10, ctx.body, 11, header_font=ctx.bold)
        for i, nm in enumerate(people_names):
            pg.text(170, y + 6 + 11 * (i + 1) + 1.5, nm, 13.5, hand, "c", (20, 30, 90))
    else:  # daily: one row per attendee, a column per day
        pg = Page(297, 210)
        heading(pg, ctx, f"{title}学员考勤签到表", 16, 17)
        pg.text(20, 28, f"培训时间：{span_text(start, end, form, '至')}", 10.5, ctx.body)
        pg.text(160, 28, f"主办单位：{issuer}", 10.5, ctx.body)
        days = [kit.shift(start, i) for i in range(3)]
        head = ["序号", "姓名", "单位"] + [
            f"{int(d[5:7])}月{int(d[8:])}日{h}" for d in days for h in ("上午", "下午")
        ]
        rows = [head] + [
            [str(i + 1), nm, u] + [""] * 6 for i, (nm, u) in enumerate(zip(people_names, units, strict=True))
        ]
        pg.table(14, 36, [12, 24, 65] + [30] * 6, rows, 8.5, ctx.body, 10, header_font=ctx.bold)
        for i, nm in enumerate(people_names):
            for d in range(6):
                if rng.random() < 0.9:
                    pg.text(115 + 30 * d + 15 + rng.uniform(-3, 3), 36 + 10 * (i + 1) + 1.8, nm, 11, hand, "c",
                            (20, 30, 90))  # fmt: skip
    people = [person(nm, i + 1, "attendee") for i, nm in enumerate(people_names)]
    fields = {"title": title, "issuer": issuer, "period": {"start": start, "end": end}, "people": people}
    who = rng.choice(people_names)
    return kit.finish(ctx, "sign_in_sheet", v, [pg], fields, who, city.policy, city.year)


# ---- notices --------------------------------------------------------------------------------------------------
DEPT_CHAR = {"agri": "农", "forest": "林", "health": "卫", "edu": "教", "tour": "旅", "relic": "文物", "safety": "安",
             "water": "水", "archive": "档", "finance": "财", "land": "国土", "industry": "工信", "fish": "牧"}  # fmt: skip


def _docno(ctx: Ctx, city: City, prof: Prof, issuer: str) -> str:
    """文号 of a notice: the issuer's abbreviation (汴/豫, 泰/鲁), its department character, year and number."""
    place = city.ji if issuer.startswith(("河南省", "山东省")) else ("汴" if city.key == "kaifeng" else "泰")
    dept = "人社" if "人力资源" in issuer else DEPT_CHAR.get(prof.dept, "")
    tail = ctx.pick("notice.docno", ("", "发", "字", "函"))
    return f"{place}{dept}{tail}〔{city.year}〕{ctx.rng.randint(3, 98)}号"


def training_notice(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("training_notice")
    city, prof = ctx.city(), ctx.prof()
    t = ctx.pick("notice.topic", prof.trainings)
    title = ctx.pick("notice.title", (f"{city.year}年{city.city}{t}培训班", f"全市{prof.field}{t}研修班",
                                      f"{t}专题培训班"))  # fmt: skip
    issuer = ctx.pick("notice.issuer", (city.depts[prof.dept], city.hrss, city.prov_depts[prof.dept]))
    issued = kit.day_in(rng, city.year, 2, 9)
    start = kit.shift(issued, rng.randint(10, 30))
    days = rng.choice((2, 3, 4, 5))
    end = kit.shift(start, days - 1)
    form = ctx.pick("notice.date", ("ymd", "cn", "ymd0", "ymd"))
    pform = ctx.pick("notice.pdate", ("ymd", "ymd0", "dot"))
    hours = float(days * rng.choice((6, 8))) if rng.random() < 0.75 or v == "schedule" else None
    cat = "professional" if hours is not None and rng.random() < 0.5 else None
    n_att = rng.randint(2, 4) if v != "schedule" else rng.randint(6, 10)
    att = ctx.names(n_att)
    att_units = [ctx.unit(city, prof) for _ in att]
    venue = ctx.pick("notice.venue", city.schools)
    docno = _docno(ctx, city, prof, issuer)
    head = f"关于举办{title}的通知"
    addressee = ctx.pick("notice.to", (f"各县（市、区）{prof.field}主管部门、有关单位：", "各有关单位：",
                                       "各县（区）、市直有关单位："))  # fmt: skip
    hour_line = ""
    if hours is not None:
        hour_line = (
            f"培训结束经考核合格的，颁发结业证书，登记继续教育{'专业科目' if cat else ''}{hours:g}学时。"
        )
    pages: list[Page] = []
    pg = Page()
    y = 24
    if v == "redhead":
        pg.text(105, y, f"{issuer}文件" if len(issuer) < 13 else issuer, 26 if len(issuer) < 13 else 22, ctx.bold, "c",
                RED)  # fmt: skip
        pg.text(105, y + 20, docno, 12, ctx.body, "c")
        pg.line(18, y + 28, 192, y + 28, 1.2, RED)
        y += 38
    elif v == "invitation":
        pg.text(105, y + 4, "邀  请  函", 26, ctx.bold, "c", RED)
        y += 24
    if v != "invitation":
        y = pg.wrap(24, y, 162, head, 17, ctx.bold, 1.5) + 4
    paras: list[str]
    if v == "invitation":
        who = att[0]
        pg.text(20, y, f"尊敬的{who}同志：", 13, ctx.body)
        y += 10
        paras = [f"为推动{prof.field}技术进步，{issuer}定于{span_text(start, end, pform, '至')}在{venue}举办{title}。"
                 "素仰您在该领域的学术造诣，特邀请您拨冗出席。", hour_line, "请于会前三日将回执发送至会务组邮箱。"]  # fmt: skip
    else:
        pg.text(20, y, addressee, 12.5, ctx.body)
        y += 9
        paras = [
            f"为进一步提升全市{prof.field}专业技术人员业务水平，经研究，决定举办{title}。现将有关事项通知如下：",
            f"一、培训时间：{span_text(start, end, pform, '至')}，{fmt_date(kit.shift(start, -1), pform)}下午报到。",
            f"二、培训地点：{venue}。",
            f"三、培训内容：{t}；相关政策解读及案例分析。",
        ]
        if v in ("redhead", "plain"):
            names_s = "、".join(att)
            paras.append(f"四、参训人员：请{att_units[0]}{names_s}同志按时参加，不得无故缺席。")
        else:
            paras.append(f"四、参训对象：各单位从事{prof.field}工作的专业技术人员，每单位限报2至3人。")
        if hour_line:
            paras.append("五、" + hour_line)
        if v == "schedule":
            paras.append("培训日程及参训人员名单见附件。")
        if v == "receipt":
            paras.append("请于开班前将报名回执加盖单位公章后报送。")
    for p in paras:
        if p:
            y = pg.wrap(20, y, 170, p, 12, ctx.body, 1.75, 8.5) + 1
    y = sign_block(pg, ctx, issuer, fmt_date(issued, form), y + 10, seed=rng.randrange(999), size=12)
    people = [person(nm, i + 1, "attendee") for i, nm in enumerate(att)]
    holder = None
    if v == "invitation":
        people, holder = people[:1], att[0]
    elif v == "receipt":
        y += 6
        pg.line(18, y, 192, y, 0.3)
        pg.text(105, y + 4, "报名回执", 15, ctx.bold, "c")
        rows = [["姓名", "单位", "职称", "联系电话"], ["", att_units[0], rng.choice(("中级", "副高")), ""]]
        pg.table(20, y + 13, [30, 80, 25, 35], rows, 10, ctx.body, 11)
        pg.text(35, y + 13 + 12.5, att[0], 13, ctx.hand, "c", (20, 30, 90))
        pg.text(172, y + 13 + 12.5, f"13{rng.randrange(10**9):09d}", 10, ctx.hand, "c", (20, 30, 90))
        people = people[:1]
    pages.append(pg)
    if v == "schedule":
        p2 = Page()
        p2.text(20, 20, "附件1", 12, ctx.bold)
        p2.text(105, 28, f"{title}日程安排", 14, ctx.bold, "c")
        rows = [["日期", "时间", "内容", "授课人"]]
        for d in range(days):
            dd = kit.shift(start, d)
            for half in ("上午", "下午"):
                rows.append([f"{int(dd[5:7])}月{int(dd[8:])}日", half, rng.choice(prof.trainings)[:12],
                             ctx.name() + rng.choice(("教授", "研究员", "高级工程师", "主任医师"))])  # fmt: skip
        yy = p2.table(16, 38, [28, 18, 90, 42], rows[:11], 9.5, ctx.body, 9, header_font=ctx.bold)
        p2.text(20, yy + 10, "附件2", 12, ctx.bold)
        p2.text(105, yy + 18, "参训人员名单", 14, ctx.bold, "c")
        rows = [["序号", "姓名", "工作单位"]] + [
            [str(i + 1), nm, u] for i, (nm, u) in enumerate(zip(att, att_units, strict=True))
        ]
        p2.table(30, yy + 27, [20, 40, 90], rows, 10, ctx.body, 9, header_font=ctx.bold)
        pages.append(p2)
    fields = {"holder": holder, "title": title, "issuer": issuer, "issued_on": issued,
              "period": {"start": start, "end": end}, "hours_stated": hours, "people": people}  # fmt: skip
    return kit.finish(ctx, "training_notice", v, pages, fields, att[0], city.policy, city.year, cat)


# ---- qualifications -------------------------------------------------------------------------------------------
COMPUTER_2016 = ("Windows 7操作系统", "Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿",
                 "Internet应用")  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("qualification_certificate")
    city, prof = ctx.city(), ctx.prof()
    holder = ctx.name()
    univ = ctx.pick("qual.univ", city.universities)
    subject, menlei = prof.degree
    y0 = city.year
    sex = rng.choice("男女")
    form = ctx.pick("qual.date", ("cn", "ymd", "cn"))
    modules: list[str] | None = None
    period = None
    month_only = rng.random() < 0.35
    pg = Page(297, 210)
    frame(pg, ctx, rng.choice((1, 2, 3)))
    if v == "graduation":
        kind, issuer = "graduation", univ
        issued = f"{y0}-06" if month_only else f"{y0}-06-{rng.randint(20, 30):02d}"
        s, e = f"{y0 - 4}-09", f"{y0}-06"
        period = {"start": s, "end": e}
        heading(pg, ctx, "普通高等学校|毕 业 证 书", 30, 28)
        birth = f"{rng.randint(1990, 1998) if y0 == 2016 else rng.randint(1996, 2002)}"
        body = (f"学生{holder}，性别{sex}，{kit.cn_year(int(birth))}年{kit.cn_number(rng.randint(1, 12))}月生，"
                f"于{fmt_date(s, 'cnm')}至{fmt_date(e, 'cnm')}在本校{subject}专业四年制本科学习，修完教学计划规定的全部课程，"
                "成绩合格，准予毕业。")  # fmt: skip
        y = pg.wrap(40, 76, 217, body, 14, ctx.body, 2.0, 10)
        pg.text(40, y + 18, f"校名：{univ}", 13, ctx.body)
        pg.text(
            40,
            y + 28,
            f"证书编号：{rng.randint(10400, 10499)}1{y0}05{rng.randrange(10**6):06d}",
            11,
            ctx.body,
        )
        sign_block(pg, ctx, f"校（院）长：{ctx.name()}", fmt_date(issued, "cnm" if month_only else form), y + 18,
                   x_right=262, seal=False)  # fmt: skip
        pg.seal(200, y + 22, 20, univ, rng.randrange(999))
    elif v == "master":
        kind, issuer = "master_degree", univ
        issued = f"{y0}-06" if month_only else f"{y0}-06-{rng.randint(10, 30):02d}"
        heading(pg, ctx, "硕 士 学 位 证 书", 32, 28)
        body = (f"{holder}，{sex}，{rng.randint(1980, 1990) if y0 == 2016 else rng.randint(1985, 1996)}年"
                f"{rng.randint(1, 12)}月生。在{subject}学科已通过硕士学位的课程考试和论文答辩，成绩合格。"
                f"根据《中华人民共和国学位条例》的规定，授予{menlei}硕士学位。")  # fmt: skip
        y = pg.wrap(40, 66, 217, body, 14, ctx.body, 2.0, 10)
        pg.text(40, y + 20, f"{univ}", 14, ctx.body)
        pg.text(40, y + 30, f"学位评定委员会主席：{ctx.name()}", 12, ctx.body)
        pg.text(
            40, y + 40, f"证书编号：{rng.randint(10400, 10499)}32{y0}{rng.randrange(10**6):06d}", 11, ctx.body
        )
        pg.text(255, y + 40, fmt_date(issued, "cnm" if month_only else form), 13, ctx.body, "r")
        pg.seal(90, y + 24, 20, univ, rng.randrange(999))
    elif v == "selfstudy":
        kind = "self_study_exam"
        issuer = f"{city.province}省高等教育自学考试委员会"
        issued = kit.day_in(rng, y0, 5, 7) if not month_only else f"{y0}-06"
        heading(pg, ctx, "高等教育自学考试|单科合格证书", 26, 24)
        modules = list(rng.sample(prof.modules, rng.randint(1, 3)))
        pg.text(36, 66, f"考生姓名：{holder}", 13, ctx.body)
        pg.text(150, 66, f"准考证号：{rng.randrange(10**12):012d}", 13, ctx.body)
        pg.text(36, 76, f"专    业：{subject}", 13, ctx.body)
        rows = [["课程代码", "课程名称", "成绩", "考试时间"]]
        rows += [
            [f"{rng.randint(1000, 9999):05d}", m, str(rng.randint(60, 88)), f"{y0}年4月"] for m in modules
        ]
        y = pg.table(36, 86, [34, 100, 30, 60], rows, 11, ctx.body, 10, header_font=ctx.bold)
        pg.text(36, y + 8, "上列课程经考试合格，特发此证。", 12, ctx.body)
        sign_block(pg, ctx, issuer, fmt_date(issued, "ym" if month_only else form), y + 20, x_right=262,
                   seed=rng.randrange(999))  # fmt: skip
    elif v == "computer":
        kind = "computer_exam"
        if city.key == "kaifeng":
            issuer = city.prov_hrss
            head = "全国专业技术人员计算机应用能力考试|合 格 证 书"
            modules = list(rng.sample(COMPUTER_2016, rng.randint(1, 2)))
            mod_lab = "考试科目"
        else:
            issuer = "教育部教育考试院"
            head = "全国计算机等级考试|合 格 证 书"
            modules = [
                rng.choice(
                    (
                        "二级MS Office高级应用与设计",
                        "二级Python语言程序设计",
                        "一级计算机基础及WPS Office应用",
                    )
                )
            ]
            mod_lab = "级别科目"
        issued = f"{y0}-{rng.randint(4, 11):02d}" if month_only else kit.day_in(rng, y0, 4, 11)
        heading(pg, ctx, head, 28, 24)
        y = label_lines(pg, ctx, 50, 70, [("姓    名", holder), ("性    别", sex),
                                          ("证件号码", f"{rng.randrange(10**6):06d}********{rng.randrange(10**4):04d}")],
                        13, "：", 2.3, 32)  # fmt: skip
        for i, m in enumerate(modules):
            pg.text(50, y, f"{mod_lab}：" if i == 0 else "", 13, ctx.body)
            pg.text(82, y, m, 13, ctx.body)
            y += 13 * 0.3528 * 2.3
        pg.text(50, y + 2, f"证书编号：{rng.randrange(10**10):010d}", 12, ctx.body)
        sign_block(pg, ctx, issuer, fmt_date(issued, "ym" if month_only else form), y + 18, x_right=262,
                   seed=rng.randrange(999))  # fmt: skip
    else:  # courses: in-service postgraduate courses
        kind, issuer = "postgraduate_courses", univ
        issued = kit.day_in(rng, y0, 6, 7)
        s, e = f"{y0 - 2}-09", f"{y0}-06"
        period = {"start": s, "end": e}
        heading(pg, ctx, "研究生课程进修班|结 业 证 书", 28, 26)
        modules = list(prof.modules)
        body = (f"{holder}同志于{fmt_date(s, 'ym')}至{fmt_date(e, 'ym')}参加我校{subject}专业研究生课程进修班学习，"
                f"修完{'、'.join(modules)}等规定课程，考试成绩合格，准予结业。")  # fmt: skip
        y = pg.wrap(40, 70, 217, body, 13.5, ctx.body, 2.0, 10)
        sign_block(pg, ctx, univ, fmt_date(issued, form), y + 22, x_right=262, seed=rng.randrange(999),
                   extra=["研究生院"])  # fmt: skip
    subject_out = None if v == "computer" else subject
    fields = {"holder": holder, "issuer": issuer, "issued_on": issued, "period": period,
              "qualification": {"kind": kind, "subject": subject_out, "modules": modules}}  # fmt: skip
    year = int(issued[:4])
    return kit.finish(ctx, "qualification_certificate", v, [pg], fields, holder, city.policy, year)


# ---- other proofs ---------------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.variant("other")
    city, prof = ctx.city(), ctx.prof()
    holder = ctx.name()
    unit = ctx.unit(city, prof)
    form = ctx.pick("other.date", kit.DAY_FORMS)
    issued = kit.day_in(rng, city.year, 3, 12)
    fields: dict[str, Any] = {"holder": holder, "issued_on": issued}
    pg = Page()
    if v == "teaching":
        issuer = ctx.pick("other.ti", (city.depts[prof.dept], city.schools[0]))
        t = f"{city.year}年{city.city}{rng.choice(prof.trainings)}培训班"
        h = float(rng.choice((4, 6, 8)))
        day = kit.shift(issued, -rng.randint(1, 20))
        heading(pg, ctx, "授 课 证 明", 40, 24)
        body = (f"兹证明{unit}{holder}同志于{fmt_date(day, form)}应邀为我单位举办的{t}授课，讲授"
                f"《{rng.choice(prof.papers)[:14]}》专题，授课{h:g}学时，效果良好。")  # fmt: skip
        fields.update(title=t, issuer=issuer, hours_stated=h, period={"start": day, "end": day})
    elif v == "mentoring":
        issuer = unit
        mentee = ctx.name()
        s, e = f"{city.year}-01", f"{city.year}-12"
        heading(pg, ctx, "指导青年专业技术人员证明", 40, 20)
        body = (f"{holder}同志于{city.year}年1月至{city.year}年12月在本单位担任{mentee}同志的业务指导老师，"
                f"制定了培养计划，定期开展{prof.field}业务指导，被指导人业务能力明显提升，考核合格。")  # fmt: skip
        fields.update(issuer=issuer, period={"start": s, "end": e})
    elif v == "review":
        issuer = city.prov_depts[prof.dept] if rng.random() < 0.4 else city.depts[prof.dept]
        heading(pg, ctx, "聘    书", 44, 28)
        body = (f"兹聘请{holder}同志为{city.year}年度{prof.field}专业技术职务任职资格评审委员会评审专家，"
                f"聘期一年。")  # fmt: skip
        fields.update(issuer=issuer)
    elif v == "visiting":
        issuer = ctx.pick("other.vu", city.universities)
        s, e = f"{city.year - 1}-09", f"{city.year}-07"
        heading(pg, ctx, "国内访问学者|结 业 证 书", 40, 24)
        body = (f"{unit}{holder}同志于{city.year - 1}年9月至{city.year}年7月在我校作为国内访问学者，"
                f"在{ctx.name()}教授指导下进修{prof.field}方向，完成访学计划，考核合格，准予结业。")  # fmt: skip
        fields.update(issuer=issuer, period={"start": s, "end": e})
    else:  # rural service
        county = rng.choice(city.counties)
        issuer = (
            f"{county}人民政府"
            if rng.random() < 0.5
            else f"{county}{rng.choice(('农业农村局', '科学技术局'))}"
        )
        if city.key == "kaifeng":
            issuer = issuer.replace("农业农村局", "农业局")
        s = kit.day_in(rng, city.year, 3, 5)
        e = kit.shift(s, rng.randint(60, 150))
        heading(pg, ctx, "基层服务证明", 40, 24)
        body = (f"兹有{unit}{holder}同志于{fmt_date(s, form)}至{fmt_date(e, form)}，作为科技特派员到我县"
                f"{rng.choice(('城关镇', '马头镇', '新城乡', '东庄乡'))}开展{prof.field}技术服务，累计服务{rng.randint(30, 60)}天，"
                "深受群众好评。")  # fmt: skip
        fields.update(issuer=issuer, period={"start": s, "end": e})
    y = pg.wrap(26, 74, 158, body, 13.5, ctx.body, 2.0, 10)
    pg.wrap(26, y + 4, 158, "特此证明。" if v != "review" else "", 13.5, ctx.body, 2.0, 10)
    sign_block(pg, ctx, fields["issuer"], fmt_date(issued, form), y + 30, seed=rng.randrange(999))
    return kit.finish(ctx, "other", v, [pg], fields, holder, city.policy, city.year)
