"""Blind draw 65 builders: training certificates, sign-in sheets, notices, qualifications and other proofs."""

from __future__ import annotations

from typing import Any

from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page
from bench.blind65.kit import (
    FORMS,
    RED,
    claim,
    cn_year,
    day,
    fill,
    fit,
    fmt,
    fmt_month,
    hand,
    id_masked,
    iso,
    later,
    make,
    names,
    org,
    para,
    redhead,
    serial,
)  # fmt: skip
from bench.blind65.pools import Ctx
from bench.generator.truth import person

CAT_WORD = {"public": "公需科目", "professional": "专业科目"}


# ---- training certificate -------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("training_certificate")
    rng = ctx.rng
    cat = ("public", "professional", None)[k % 3]
    city = ctx.city()
    prof = ctx.profession(city)
    y = city["year"]
    holder = names(rng, 1)[0]
    s = day(rng, y, 3, 11)
    e = later(s, rng.choice((0, 1, 2, 4)))
    issued = later(e, rng.choice((0, 0, 3, 10)))
    hours = rng.choice((8, 12, 16, 24, 30, 32, 40))
    form = ctx.pick("tc.date", FORMS)
    if cat == "public":
        topic = ctx.pick("tc.public", city["public"])
        title = f"{y}年度专业技术人员继续教育{topic}专题"
        issuer = (
            city["platform"]
            if v == "ecert"
            else rng.choice(
                (
                    fill("{city}人力资源和社会保障局", city, rng),
                    fill("{county}人力资源和社会保障局", city, rng),
                )
            )
        )
    else:
        topic = ctx.pick("tc.topic", prof["topics"])
        title = f"{topic}培训班" if rng.random() < 0.6 else f"{y}年{city['city']}{topic}研修班"
        issuer = city["platform"] if v == "ecert" else org(ctx, prof, city)
    cat_line = CAT_WORD.get(cat or "", "")
    pg = Page()
    period_s = f"{fmt(s, form)}至{fmt(e, form)}" if s != e else fmt(s, form)
    no = f"{city['c']}继教〔{y}〕{serial(rng, 5)}号" if rng.random() < 0.5 else f"No.{y}{serial(rng, 6)}"
    if v == "band":
        frame(pg, ctx, 3)
        pg.rect(10, 10, pg.w - 10, 48, 0, RED, (186, 36, 36))
        pg.text(
            pg.w / 2,
            22,
            ctx.pick("tc.band", ("结 业 证 书", "培 训 证 书", "合 格 证 书")),
            30,
            ctx.bold,
            "c",
            (255, 240, 200),
        )
        pg.text(pg.w - 24, 56, f"证书编号：{no}", 10, ctx.body, "r")
        txt = f"{holder}同志于{period_s}参加{issuer}举办的“{title}”学习，完成规定全部课程"
        txt += (
            f"，共计{hours}学时，" + (f"计入{cat_line}学时，" if cat else "") + "经考核成绩合格，特发此证。"
        )
        yy = para(pg, ctx, 28, 80, pg.w - 56, txt, 15)
        sign_block(pg, ctx, issuer, fmt(issued, form), yy + 30, seed=k)
    elif v == "table":
        frame(pg, ctx, 1)
        yy = heading(
            pg,
            ctx,
            ctx.pick("tc.thead", ("继续教育培训证书", "专业技术人员继续教育证书", "培训学时证明")),
            30,
        )
        rows = [
            ["姓  名", holder, "性  别", rng.choice("男女")],
            ["身份证号", id_masked(rng, city), "", ""],
            ["培训项目", title, "", ""],
            ["培训时间", period_s, "", ""],
        ]
        if cat:
            rows.append(["科目类别", cat_line, "学  时", f"{hours}学时"])
        else:
            rows.append(["考核结果", "合格", "学  时", f"{hours}学时"])
        yy = yy + 8
        for r in rows:
            if r[2] or r[3]:
                pg.table(22, yy, [30, 60, 30, 46], [r], 11, ctx.body, row_h=12)
            else:
                pg.table(22, yy, [30, 136], [r[:2]], fit(r[1], ctx.body, 11, 130), ctx.body, row_h=12)
            yy += 12
        pg.text(22, yy + 8, "经考核合格，准予登记。", 12, ctx.body)
        sign_block(pg, ctx, issuer, fmt(issued, form), yy + 30, seed=k, extra=[f"编号：{no}"])
    elif v == "letter":
        yy = heading(
            pg, ctx, ctx.pick("tc.lhead", ("学时证明", "培训证明", "继续教育学时证明")), 40, 22, spaced=True
        )
        txt = (
            f"兹证明{holder}同志（身份证号：{id_masked(rng, city)}）于{period_s}参加了由我单位组织的{title}，"
        )
        txt += f"培训时长{hours}学时" + (f"（{cat_line}）" if cat else "") + "，考核合格。"
        yy = para(pg, ctx, 24, yy + 14, pg.w - 48, txt, 14)
        pg.text(24 + 10, yy + 4, "特此证明。", 14, ctx.body)
        sign_block(pg, ctx, issuer, fmt(issued, form), yy + 36, seed=k)
    elif v == "twoline":
        frame(pg, ctx, 2)
        yy = heading(pg, ctx, "培训合格证书", 34, 26, spaced=True)
        pg.text(30, yy + 16, f"{holder}：", 16, ctx.body)
        yy = para(pg, ctx, 30, yy + 30, pg.w - 60, f"参加“{title}”学习，成绩合格。", 15)
        pairs = [("学    时", f"{hours}学时"), ("培训日期", period_s)]
        if cat:
            pairs.insert(0, ("科    目", cat_line))
        yy = label_lines(pg, ctx, 44, yy + 8, pairs, 12, "：")
        sign_block(pg, ctx, issuer, fmt(issued, form), yy + 22, seed=k, extra=[f"证书号：{no}"], size=12)
    else:  # ecert
        pg.rect(0, 0, pg.w, 30, 0, RED, (24, 84, 160))
        pg.text(pg.w / 2, 10, city["platform"], 17, ctx.bold, "c", (255, 255, 255))
        yy = heading(pg, ctx, "电子学时证书" if cat != "public" else "公需科目学时证书", 44, 22)
        pairs = [
            ("姓    名", holder),
            ("身份证号", id_masked(rng, city)),
            ("学习年度", f"{y}年度"),
            ("课程名称", title),
            ("完成学时", f"{hours}学时"),
            ("学习时间", period_s),
            ("考核结果", "合格"),
        ]
        if cat == "professional":
            pairs.insert(4, ("课程类别", "专业科目"))
        yy = label_lines(pg, ctx, 30, yy + 10, pairs, 12, "：", label_w=26, underline=True)
        pg.rect(30, yy + 8, 58, yy + 36, 0.4)
        pg.text(44, yy + 38, "扫码验证", 9, ctx.body, "c")
        pg.text(30, yy + 46, f"证书编号：{no}", 10, ctx.body)
        sign_block(pg, ctx, issuer, f"发证日期：{fmt(issued, form)}", yy + 20, seed=k, size=11)
    fields = {"holder": holder, "title": title, "issuer": issuer, "issued_on": iso(issued),
              "period": {"start": iso(s), "end": iso(e)}, "hours_stated": float(hours)}  # fmt: skip
    return make(ctx, "training_certificate", v, [pg], fields, claim(city, holder), cat)


# ---- sign-in sheet ----------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("sign_in_sheet")
    rng = ctx.rng
    city = ctx.city()
    prof = ctx.profession(city)
    y = city["year"]
    topic = ctx.pick("sis.topic", prof["topics"])
    title = rng.choice((f"{topic}培训", f"{y}年{topic}专题讲座", f"{city['city']}{topic}培训班"))
    issuer = org(ctx, prof, city)
    form = ctx.pick("sis.date", FORMS)
    s = day(rng, y, 3, 11)
    e = later(s, 2) if v == "daily" else s
    units = [fill(u, city, rng) for u in prof["units"]]
    n = rng.randint(7, 12) if v != "twocol" else rng.randint(12, 18)
    people = names(rng, n)
    pg = Page()
    place = rng.choice(("会议室", "培训中心二楼报告厅", "学术报告厅", "多功能厅"))
    date_s = fmt(s, form) if s == e else f"{fmt(s, form)}—{fmt(e, form)}"
    if v in ("grid", "roster"):
        yy = heading(pg, ctx, f"{title}签到表" if v == "grid" else f"{title}|参训人员签到册", 20, 18)
        pg.text(18, yy + 2, f"主办单位：{issuer}", 11, ctx.body)
        pg.text(pg.w - 18, yy + 2, f"时间：{date_s}", 11, ctx.body, "r")
        head = (
            ["序号", "姓名", "工作单位", "职称", "联系电话"]
            if v == "grid"
            else ["序号", "姓名", "性别", "工作单位", "签名"]
        )
        rows = [head]
        for i, nm in enumerate(people, 1):
            u = rng.choice(units)
            if v == "grid":
                rows.append(
                    [
                        str(i),
                        "",
                        u,
                        rng.choice(
                            ("主治医师", "工程师", "助理工程师", "讲师", "农艺师", "主管护师", "中级")
                        ),
                        "1" + serial(rng, 10),
                    ]
                )
            else:
                rows.append([str(i), nm, rng.choice("男女"), u, ""])
        widths = [14, 28, 70, 28, 34] if v == "grid" else [14, 26, 16, 86, 32]
        top = yy + 10
        pg.table(14, top, widths, rows, 10, ctx.body, row_h=11, header_font=ctx.bold)
        col = 14 + widths[0] + widths[1] / 2 if v == "grid" else 14 + sum(widths[:4]) + widths[4] / 2
        for i, nm in enumerate(people, 1):
            hand(pg, ctx, col + rng.uniform(-2, 2), top + 11 * i + 1.5, nm, 14)
    elif v == "twocol":
        yy = heading(pg, ctx, f"{title}签到表", 20, 18)
        pg.text(18, yy + 2, f"培训时间：{date_s}    地点：{place}", 11, ctx.body)
        pg.text(18, yy + 9, f"组织单位：{issuer}", 11, ctx.body)
        half = (n + 1) // 2
        top = yy + 18
        for b in range(2):
            x0 = 14 + b * 92
            block = people[b * half : (b + 1) * half]
            rows = [["序号", "签名", "单位"]] + [
                [str(b * half + i + 1), "", rng.choice(units)] for i in range(half)
            ]
            pg.table(x0, top, [12, 28, 50], rows, 8.5, ctx.body, row_h=11, header_font=ctx.bold)
            for i, nm in enumerate(block, 1):
                hand(pg, ctx, x0 + 12 + 14, top + 11 * i + 1.5, nm, 13)
    elif v == "meeting":
        yy = heading(pg, ctx, "参会人员签到表", 22, 20)
        pairs = [
            ("会议名称", title),
            ("会议时间", f"{date_s} 上午8:30"),
            ("会议地点", f"{issuer}{place}"),
            ("主办单位", issuer),
        ]
        yy = label_lines(pg, ctx, 20, yy + 4, pairs, 11, "：")
        rows = [["姓名", "工作单位", "职务/职称", "签到时间"]] + [
            [
                "",
                rng.choice(units),
                rng.choice(("科长", "副主任", "技术员", "工程师")),
                f"8:{rng.randint(0, 29):02d}",
            ]
            for _ in people
        ]
        pg.table(16, yy + 2, [34, 84, 34, 26], rows, 10, ctx.body, row_h=11, header_font=ctx.bold)
        for i, nm in enumerate(people, 1):
            hand(pg, ctx, 16 + 17, yy + 2 + 11 * i + 1.5, nm, 14)
    else:  # daily
        yy = heading(pg, ctx, f"{title}签到表", 20, 18)
        pg.text(18, yy + 2, f"举办单位：{issuer}    培训日期：{date_s}", 10.5, ctx.body)
        days = [later(s, i) for i in range(3)]
        head = ["序号", "姓名"] + [f"{d.month}月{d.day}日" for d in days]
        rows = [head] + [[str(i), nm, "", "", ""] for i, nm in enumerate(people, 1)]
        top = yy + 10
        pg.table(16, top, [14, 34, 44, 44, 44], rows, 10, ctx.body, row_h=11, header_font=ctx.bold)
        for i, nm in enumerate(people, 1):
            for dcol in range(3):
                if rng.random() < 0.85:
                    hand(pg, ctx, 16 + 48 + 44 * dcol + 22, top + 11 * i + 1.5, nm, 12)
    pg.text(pg.w - 20, 280, f"共{n}人", 10, ctx.body, "r")
    who = people[rng.randrange(min(5, n))]
    fields = {"title": title, "issuer": issuer, "period": {"start": iso(s), "end": iso(e)},
              "people": [person(nm, i, "attendee") for i, nm in enumerate(people, 1)]}  # fmt: skip
    return make(ctx, "sign_in_sheet", v, [pg], fields, claim(city, who))


# ---- training notice --------------------------------------------------------------------------
def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("training_notice")
    rng = ctx.rng
    city = ctx.city()
    prof = ctx.profession(city)
    y = city["year"]
    topic = ctx.pick("tn.topic", prof["topics"])
    title = rng.choice(
        (f"{y}年{city['city']}{topic}培训班", f"{topic}专题培训班", f"{y}年度{topic}继续教育培训")
    )
    issuer = org(ctx, prof, city)
    form = ctx.pick("tn.date", FORMS)
    issued = day(rng, y, 3, 10)
    s = later(issued, rng.randint(6, 25))
    e = later(s, rng.choice((1, 2, 3, 4)))
    hours = (e - s).days * 8 + 8 if rng.random() < 0.7 else None
    cat = rng.choice(("professional", None)) if hours else None
    abbr = city["c"] + rng.choice(("卫", "农", "教", "文旅", "电", "科")) + "发"
    doc_no = f"{abbr}〔{y}〕{rng.randint(3, 98)}号"
    people = names(rng, rng.randint(5, 9))
    place = rng.choice(
        ("市委党校", f"{issuer}培训中心", "市会议中心", "泰山国际会展中心" if y == 2022 else "益阳市会展中心")
    )
    period_s = f"{fmt(s, form)}至{fmt(e, form)}"
    pages = [Page()]
    pg = pages[0]
    src = None
    if v == "forward":
        src = fill("{prov}", city, rng) + rng.choice(
            (
                "卫生健康委员会" if y == 2022 else "卫生和计划生育委员会",
                "农业农村厅" if y == 2022 else "农业委员会",
                "人力资源和社会保障厅",
            )
        )
        yy = redhead(pg, ctx, issuer, doc_no=doc_no)
        ttl = f"关于转发《{src}关于举办{title}的通知》的通知"
        yy = para(pg, ctx, 24, yy + 4, pg.w - 48, ttl, 16, indent=False)
        pg.text(24, yy + 4, "各县（市、区）有关单位：", 13, ctx.body)
        txt = f"现将{src}《关于举办{title}的通知》转发给你们，请按照要求认真组织本系统专业技术人员参加。培训时间为{period_s}，地点设在{place}。"
        if hours:
            txt += f"培训结束经考核合格的，登记{CAT_WORD[cat] if cat else '继续教育'}{hours}学时。"
        yy = para(pg, ctx, 24, yy + 12, pg.w - 48, txt, 13)
        yy = para(pg, ctx, 24, yy + 2, pg.w - 48, "请各单位于开班前三日将参训人员名单报送我单位。", 13)
        pg.text(24, yy + 6, "附件：参训人员名单", 12, ctx.body)
    else:
        if v == "redhead":
            yy = redhead(pg, ctx, issuer, doc_no=doc_no)
        else:
            yy = 28.0
        head = f"关于举办{title}的{'邀请函' if v == 'invite' else '通知'}"
        yy = para(pg, ctx, 24, yy + 4, pg.w - 48, head, 17, indent=False)
        pg.text(24, yy + 4, f"尊敬的{people[0]}专家：" if v == "invite" else "各有关单位：", 13, ctx.body)
        body = f"为进一步提升全市{prof['field']}专业技术人员业务水平，经研究，定于{period_s}在{place}举办{title}。现将有关事项通知如下："
        yy = para(pg, ctx, 24, yy + 12, pg.w - 48, body, 13)
        items = [f"一、培训时间：{period_s}（{fmt(later(s, -1), form)}下午报到）。", f"二、培训地点：{place}。",
                 f"三、培训对象：各县（市、区）{prof['field']}相关专业技术人员，每单位1至2人。",
                 "四、培训内容：" + "、".join(rng.sample(list(prof["topics"]), len(prof["topics"]))) + "等。"]  # fmt: skip
        if hours:
            items.append(
                f"五、学时认定：培训结束经考核合格的，登记{CAT_WORD[cat] if cat else '继续教育'}{hours}学时。"
            )
        items.append(("六、" if hours else "五、") + "培训不收取费用，食宿统一安排，费用回原单位报销。")
        for it in items:
            yy = para(pg, ctx, 24, yy + 1, pg.w - 48, it, 12.5)
        if v != "invite":
            att = {
                "schedule": "1.培训日程安排 2.参训人员名单",
                "receipt": "报名回执",
                "redhead": "参训人员名单",
            }[v]
            pg.text(24, yy + 4, "附件：" + att, 12, ctx.body)
    sign_block(pg, ctx, issuer, fmt(issued, form), 236, seed=k)
    if v in ("schedule", "redhead", "forward"):
        p2 = Page()
        pages.append(p2)
        yy = 28.0
        if v == "schedule":
            p2.text(20, 18, "附件1", 12, ctx.bold)
            yy = heading(p2, ctx, f"{title}日程安排", 28, 15)
            rows = [["日期", "时间", "内容", "授课人"]]
            d = s
            teachers = names(rng, 4)
            while d <= e:
                for half in ("上午", "下午"):
                    rows.append(
                        [
                            f"{d.month}月{d.day}日",
                            half,
                            rng.choice([*prof["topics"], "案例分析与讨论", "考核测试"]),
                            rng.choice(teachers),
                        ]
                    )
                d = later(d, 1)
            yy = (
                p2.table(14, yy + 4, [28, 20, 104, 30], rows, 9.5, ctx.body, row_h=10, header_font=ctx.bold)
                + 10
            )
        p2.text(20, yy, "附件2" if v == "schedule" else "附件", 12, ctx.bold)
        yy = heading(p2, ctx, "参训人员名单", yy + 8, 15)
        rows = [["序号", "姓名", "工作单位"]] + [
            [str(i), nm, fill(rng.choice(prof["units"]), city, rng)] for i, nm in enumerate(people, 1)
        ]
        p2.table(30, yy + 2, [18, 34, 100], rows, 9.5, ctx.body, row_h=9, header_font=ctx.bold)
        plist = [person(nm, i, "attendee") for i, nm in enumerate(people, 1)]
        holder, who = None, people[rng.randrange(len(people))]
    elif v == "receipt":
        pg.line(14, 250, pg.w - 14, 250, 0.3)
        pg.text(pg.w / 2, 254, "报 名 回 执", 13, ctx.bold, "c")
        unit = fill(rng.choice(prof["units"]), city, rng)
        pg.table(
            16,
            262,
            [30, 68, 30, 50],
            [["姓名", "工作单位", "职称", "联系电话"], ["", unit, "", ""]],
            9,
            ctx.body,
            row_h=9,
        )
        hand(pg, ctx, 31, 272.5, people[0], 13)
        hand(pg, ctx, 16 + 98 + 15, 272.5, rng.choice(("主治医师", "工程师", "农艺师", "讲师")), 11)
        hand(pg, ctx, 16 + 128 + 25, 272.5, "1" + serial(rng, 10), 10)
        plist = [person(people[0], 1, "attendee")]
        holder, who = None, people[0]
    else:  # invite: addressed to one expert
        holder = who = people[0]
        plist = []
    fields = {"holder": holder, "people": plist, "title": title, "issuer": issuer, "issued_on": iso(issued),
              "period": {"start": iso(s), "end": iso(e)}, "hours_stated": float(hours) if hours else None}  # fmt: skip
    return make(ctx, "training_notice", v, pages, fields, claim(city, who), cat)


# ---- qualification certificates ----------------------------------------------------------------
def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("qualification_certificate")
    rng = ctx.rng
    city = ctx.city("yiyang" if v == "computer" else None)
    y = city["year"]
    holder = names(rng, 1)[0]
    sex = rng.choice("男女")
    born = day(rng, rng.randint(1978, 1994))
    form = ctx.pick("q.date", ("han", "cn", "cn0"))
    uni = ctx.pick("q.uni", city["unis"])
    pg = Page()
    modules: list[str] | None = None
    month_only = False
    if v == "graduation":
        subject = ctx.pick(
            "q.major", ("护理学", "药学", "农学", "电气工程及其自动化", "小学教育", "车辆工程", "测绘工程")
        )
        start = y - rng.choice((2, 3))
        issued = dt_date(y, 6 + rng.randint(0, 1), rng.randint(20, 30) if rng.random() < 0.5 else 30)
        frame(pg, ctx, 2)
        yy = heading(pg, ctx, "毕 业 证 书", 40, 28)
        txt = f"学生{holder}，性别{sex}，{born.year}年{born.month}月{born.day}日生，于{start}年9月至{y}年{issued.month}月在本校{subject}专业（函授）学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
        yy = para(pg, ctx, 30, yy + 26, pg.w - 60, txt, 14)
        pg.text(30, yy + 20, f"校（院）长：{names(rng, 1)[0]}", 12, ctx.body)
        pg.text(30, yy + 30, f"证书编号：{serial(rng, 5)}5{y}06{serial(rng, 6)}", 11, ctx.body)
        sign_block(pg, ctx, uni, fmt(issued, form), yy + 20, seed=k)
        kind = "graduation"
    elif v == "master":
        subject = ctx.pick("q.msub", ("果树学", "作物栽培学与耕作学", "护理", "药学", "电气工程", "教育管理"))
        deg = {
            "果树学": "农学",
            "作物栽培学与耕作学": "农学",
            "护理": "护理",
            "药学": "药学",
            "电气工程": "工程",
            "教育管理": "教育",
        }[subject]
        issued = dt_date(y, 6, rng.randint(10, 28))
        frame(pg, ctx, 1)
        yy = heading(pg, ctx, "硕士学位证书", 44, 26)
        txt = f"{holder}，{sex}，{born.year}年{born.month}月生。在{uni}{subject}学科（专业）学完硕士研究生课程，成绩合格，通过硕士学位论文答辩，经学位评定委员会审议，决定授予{deg}硕士学位。"
        if deg in ("护理", "药学", "工程", "教育"):
            txt = txt.replace(f"授予{deg}硕士学位", f"授予{deg}硕士专业学位")
        yy = para(pg, ctx, 30, yy + 26, pg.w - 60, txt, 14)
        pg.text(30, yy + 20, "学位评定委员会主席", 12, ctx.body)
        hand(pg, ctx, 60, yy + 28, names(rng, 1)[0], 15, "c")
        pg.text(30, yy + 42, f"证书编号：10{serial(rng, 3)}2{y}{serial(rng, 6)}", 11, ctx.body)
        sign_block(pg, ctx, uni, fmt(issued, form), yy + 24, seed=k)
        kind = "master_degree"
    elif v == "selfstudy":
        subject = ctx.pick("q.ssub", ("护理学", "汉语言文学", "小学教育", "药学", "工程管理"))
        modules = rng.sample(
            [
                "护理学研究",
                "内科护理学（二）",
                "中国现代文学史",
                "教育心理学",
                "药理学（二）",
                "工程经济",
                "马克思主义基本原理概论",
            ],
            2,
        )
        issued = dt_date(y, rng.choice((5, 6, 11, 12)), rng.randint(1, 28))
        month_only = rng.random() < 0.5
        issuer_ = f"{city['prov']}高等教育自学考试委员会"
        yy = heading(pg, ctx, "高等教育自学考试|单科合格证书", 36, 22)
        pairs = [
            ("姓    名", holder),
            ("准考证号", f"{'01' if y == 2022 else '43'}{serial(rng, 10)}"),
            ("专    业", subject),
        ]
        yy = label_lines(pg, ctx, 34, yy + 14, pairs, 13, "：")
        rows = [["课程代码", "课程名称", "成绩"]] + [
            [serial(rng, 5), m, str(rng.randint(60, 88))] for m in modules
        ]
        yy = pg.table(34, yy + 4, [30, 80, 30], rows, 11, ctx.body, row_h=11)
        pg.text(34, yy + 8, "经考试合格，特发此证。", 13, ctx.body)
        date_s = fmt_month(issued, form) if month_only else fmt(issued, form)
        sign_block(pg, ctx, issuer_, date_s, yy + 30, seed=k)
        uni = issuer_
        kind = "self_study_exam"
    elif v == "computer":
        subject = None
        modules = rng.sample(
            [
                "Word 2007中文字处理",
                "Excel 2007中文电子表格",
                "Windows 7操作系统",
                "PowerPoint 2007中文演示文稿",
                "Internet应用",
            ],
            rng.randint(1, 3),
        )
        issued = dt_date(y, rng.choice((4, 7, 10)), rng.randint(1, 28))
        uni = "湖南省人力资源和社会保障厅"
        frame(pg, ctx, 1)
        yy = heading(pg, ctx, "全国专业技术人员|计算机应用能力考试合格证书", 34, 20)
        pairs = [
            ("姓    名", holder),
            ("性    别", sex),
            ("身份证号", id_masked(rng, city)),
            ("证书编号", f"4309{y}{serial(rng, 8)}"),
        ]
        yy = label_lines(pg, ctx, 34, yy + 12, pairs, 12.5, "：")
        rows = [["考试科目（模块）", "考试日期", "成绩"]] + [
            [m, fmt_month(issued, "dot"), "合格"] for m in modules
        ]
        yy = pg.table(34, yy + 4, [78, 34, 28], rows, 10.5, ctx.body, row_h=11)
        sign_block(pg, ctx, uni, fmt(issued, form), yy + 26, seed=k)
        kind = "computer_exam"
    else:  # pgcourses
        subject = ctx.pick("q.pg", ("教育学", "中药学", "农业推广", "工商管理", "护理学"))
        issued = dt_date(y, rng.choice((1, 6, 7)), rng.randint(1, 28))
        month_only = rng.random() < 0.5
        yy = heading(pg, ctx, "研究生课程进修班|结业证书", 40, 24)
        txt = f"{holder}同志于{y - 2}年9月至{y}年{issued.month}月参加我校{subject}专业研究生课程进修班学习，修完规定的全部课程，成绩合格，准予结业。"
        yy = para(pg, ctx, 30, yy + 24, pg.w - 60, txt, 14)
        pg.text(30, yy + 16, f"编号：研进{y}{serial(rng, 4)}", 11, ctx.body)
        sign_block(
            pg,
            ctx,
            uni,
            fmt_month(issued, form) if month_only else fmt(issued, form),
            yy + 30,
            seed=k,
            extra=["研究生院"] if rng.random() < 0.5 else None,
        )
        kind = "postgraduate_courses"
    fields = {"holder": holder, "issuer": uni, "issued_on": issued.isoformat()[:7] if month_only else iso(issued),
              "qualification": {"kind": kind, "subject": subject, "modules": modules}}  # fmt: skip
    return make(ctx, "qualification_certificate", v, [pg], fields, claim(city, holder))


def dt_date(y: int, m: int, d: int) -> Any:
    import datetime as dt

    return dt.date(y, m, d)


# ---- other proofs --------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("other")
    rng = ctx.rng
    city = ctx.city()
    prof = ctx.profession(city)
    y = city["year"]
    holder = names(rng, 1)[0]
    form = ctx.pick("ot.date", FORMS)
    issued = day(rng, y, 2, 12)
    unit = fill(rng.choice(prof["units"]), city, rng)
    pg = Page()
    if v == "teaching":
        issuer = org(ctx, prof, city)
        title = f"{ctx.pick('ot.topic', prof['topics'])}培训授课"
        yy = heading(pg, ctx, "授课证明", 40, 24, spaced=True)
        txt = f"兹有{unit}{holder}同志，受邀于{fmt(later(issued, -20), form)}在我单位举办的{prof['field']}培训班中担任授课教师，主讲“{title[:-4]}”，授课{rng.choice((3, 4, 6))}课时，课程内容充实，效果良好。"
    elif v == "mentoring":
        issuer = unit
        title = f"{prof['field']}师带徒结对帮带"
        apprentice = names(rng, 2)[1]
        yy = heading(pg, ctx, "师带徒结对证明", 40, 22)
        txt = f"根据我单位人才培养工作安排，{holder}同志自{y}年3月起担任{apprentice}同志的指导老师，开展{title}活动，经考核，帮带成效明显。"
    elif v == "review":
        issuer = org(ctx, prof, city)
        title = f"{y}年度{prof['field']}项目评审"
        yy = heading(pg, ctx, "聘  书", 44, 30)
        txt = f"兹聘请{unit}{holder}同志为{title}专家，聘期自{fmt(issued, form)}起一年。"
    elif v == "visiting":
        issuer = ctx.pick("ot.uni", city["unis"])
        title = f"{prof['field']}方向访问学者研修"
        yy = heading(pg, ctx, "访问学者证明", 40, 22)
        txt = f"{unit}{holder}同志于{y}年3月至{y}年{issued.month if issued.month > 3 else 9}月在我校开展{title}，期间参加学术讲座及课题研究，表现良好，圆满完成研修任务。"
    else:
        issuer = fill(
            rng.choice(
                (
                    "{county}人民政府",
                    "{county}农业农村局" if y == 2022 else "{county}农业局",
                    "{county}乡村振兴局" if y == 2022 else "{county}扶贫开发办公室",
                )
            ),
            city,
            rng,
        )
        title = "科技下乡服务" if y == 2018 else "乡村振兴科技服务"
        yy = heading(pg, ctx, "服务基层证明", 40, 22)
        txt = f"{unit}{holder}同志，{y}年在我县开展{title}，深入乡镇开展{prof['field']}技术指导和培训，累计服务{rng.randint(30, 120)}天，得到群众好评。"
    yy = para(pg, ctx, 26, yy + 20, pg.w - 52, txt, 14)
    pg.text(36, yy + 6, "特此证明。" if v != "review" else "", 14, ctx.body)
    sign_block(pg, ctx, issuer, fmt(issued, form), yy + 34, seed=k)
    fields = {"holder": holder, "title": title, "issuer": issuer, "issued_on": iso(issued)}
    return make(ctx, "other", v, [pg], fields, claim(city, holder))


__all__ = [
    "training_certificate",
    "sign_in_sheet",
    "training_notice",
    "qualification_certificate",
    "other",
    "cn_year",
]
