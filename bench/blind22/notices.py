"""Draw 22 training notices: official notices, invitations, agendas, article screenshots, rosters, terms."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind22 import ink
from bench.blind22.ink import doc, hand, seal
from bench.blind22.pools import EDU_TOPICS, MED_TOPICS, Ctx, day, later, month, span
from bench.generator.truth import person

SC = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    return {"redhead": _redhead, "invite": _invite, "agenda": _agenda, "wechat": _wechat,
            "roster": _roster, "term": _term}[v](ctx, v)  # fmt: skip


def _setup(ctx: Ctx) -> tuple[str, str, bool]:
    med = ctx.rng.random() < 0.6
    if med:
        iss = ctx.pick([f"{ctx.city()}卫生健康委员会", f"{ctx.city()}医学会", f"{ctx.R['prov']}省护理学会",
                        f"{ctx.county()}卫生健康委员会"])  # fmt: skip
        return iss, ctx.pick(MED_TOPICS), med
    iss = ctx.pick([f"{ctx.city()}教育局", f"{ctx.county()}教育局", f"{ctx.city()}教育科学研究院"])
    return iss, ctx.pick(EDU_TOPICS), med


def _dates(ctx: Ctx) -> tuple[dt.date, dt.date, dt.date]:
    issued = ctx.date(2019, 2024)
    a = later(issued, 7, 25, ctx.rng)
    return issued, a, later(a, 1, 3, ctx.rng)


def _fields(title: str, issuer: str, issued: dt.date, a: dt.date, b: dt.date, hours: int | None) -> dict:
    return {"title": title, "issuer": issuer, "issued_on": issued.isoformat(),
            "period": {"start": a.isoformat(), "end": b.isoformat()},
            "hours_stated": float(hours) if hours else None}  # fmt: skip


def _paras(
    pg, ctx: Ctx, y: float, items: list[str], size: float = 12.5, x: float = 25.0, w: float = 160
) -> float:  # noqa: ANN001
    for s in items:
        y = pg.wrap(x, y, w, s, size, ctx.body, 1.85, size * 0.3528 * 2) + 1.5
    return y


def _redhead(ctx: Ctx, v: str) -> Doc:
    issuer, topic, med = _setup(ctx)
    issued, a, b = _dates(ctx)
    title = f"{a.year}年{topic}培训班"
    hours = ctx.pick([8, 12, 16, 24])
    abbrev = ctx.pick(["卫继教", "教师", "卫科教", "教研"])
    pg = ink.portrait()
    pg.text(105, 22, issuer + "文件", ink.fits(issuer + "文件", ctx, 26, 180), ctx.bold, "c", ink.RED)
    pg.text(105, 42, f"{abbrev}〔{issued.year}〕{ctx.rng.randint(3, 80)}号", 12, ctx.body, "c")
    pg.line(20, 50, 190, 50, 0.9, ink.RED)
    ttl = f"关于举办{title}的通知"
    y = pg.wrap(30, 58, 150, ttl, 16, ctx.bold, 1.6)
    who = "各县（区）卫生健康委员会、市直各医疗卫生单位：" if med else "各县（区）教育局、市直各学校："
    y = _paras(pg, ctx, y + 4, [who], x=22, w=166)
    body = [
        f"为提升基层专业技术人员业务水平，经研究，决定举办{title}。现将有关事项通知如下：",
        f"一、培训时间：{span(a, b, 'cn', '至')}，{a.month}月{a.day}日上午8:00前报到。",
        f"二、培训地点：{ctx.city()}{ctx.pick(['会议中心', '职工培训中心', '继续教育培训基地'])}。",
        "三、参训对象：各单位选派业务骨干1至2名。",
        f"四、学时认定：培训结束经考核合格者，登记继续教育{hours}学时。",
        "五、请各单位于开班前3日将参训人员名单报送至联系人邮箱。",
    ]
    y = _paras(pg, ctx, y + 1, body)
    pg.text(150, y + 16, issuer, 13, ctx.body, "c")
    pg.text(150, y + 25, day(issued, "hz" if ctx.rng.random() < 0.5 else "cn"), 13, ctx.body, "c")
    seal(pg, ctx, 150, y + 20, issuer)
    who = ctx.name()
    hand(pg, ctx, 30, y + 46, f"已报名 {who}", 16)
    f = _fields(title, issuer, issued, a, b, hours)
    f["holder"] = who
    return doc("training_notice", "notice", v, [pg], f, SC, (who, a.year))


def _invite(ctx: Ctx, v: str) -> Doc:
    issuer, topic, med = _setup(ctx)
    issued, a, b = _dates(ctx)
    title = f"第{ctx.pick(['三', '五', '六', '八', '十'])}届{ctx.R['city']}{topic}论坛"
    who, unit = ctx.name(), (ctx.hospital() if med else ctx.school())
    pg = ink.portrait()
    pg.rect(0, 0, 210, 40, 0, fill=(150, 20, 30))
    pg.text(105, 12, "邀 请 函", 28, ctx.bold, "c", (250, 225, 160))
    y = 56
    hon = ctx.pick(["老师", "主任", "医师", "同志"])
    pg.text(25, y, f"尊敬的{who}{hon}：", 14, ctx.body)
    st = ctx.style(["pad", "cn", "dot"])
    y = _paras(pg, ctx, y + 12, [
        f"{issuer}定于{span(a, b, st, '—')}在{ctx.R['city']}举办“{title}”，诚挚邀请您（{unit}）拨冗出席。",
        "本次活动邀请省内外知名专家围绕学科前沿、规范化实践及典型案例开展专题报告与交流。",
        "请于会前确认参会回执，食宿统一安排，费用自理。",
    ], 13.5)  # fmt: skip
    pg.text(160, y + 20, issuer, 13, ctx.body, "c")
    pg.text(160, y + 29, day(issued, st), 13, ctx.body, "c")
    seal(pg, ctx, 160, y + 24, issuer)
    f = _fields(title, issuer, issued, a, b, None)
    f["holder"] = who
    return doc("training_notice", "notice", v, [pg], f, SC[:5], (who, a.year))


def _agenda(ctx: Ctx, v: str) -> Doc:
    issuer, topic, med = _setup(ctx)
    issued, a, _ = _dates(ctx)
    b = later(a, 1, 1, ctx.rng)
    title = f"{topic}{ctx.pick(['研修班', '能力提升班'])}"
    hours = ctx.pick([12, 14, 16])
    pg = ink.landscape()
    y = ink.centre(pg, ctx, 14, f"{title}日程安排", 18)
    y = ink.centre(pg, ctx, y, f"（主办：{issuer}　共{hours}学时）", 11, bold=False)
    spk = ctx.names(6)
    sessions = [
        "开班仪式及培训要求",
        "专题讲座（一）",
        "案例分析与讨论",
        "专题讲座（二）",
        "技能实操演示",
        "考核与结业",
    ]
    body = [["日期", "时间", "内容", "授课人"]]
    for i, s in enumerate(sessions):
        d = a if i < 3 else b
        t = ["8:30-9:00", "9:00-11:30", "14:30-17:00"][i % 3]
        body.append([day(d, "cn"), t, s, spk[i]])
    y = pg.table(30, y + 4, [50, 40, 110, 37], body, 11, ctx.body, 12, header_font=ctx.bold)
    pg.text(30, y + 8, f"印发日期：{day(issued, 'dash')}", 11, ctx.body)
    who = ctx.name()
    hand(pg, ctx, 200, y + 16, f"{who} 参加", 17)
    f = _fields(title, issuer, issued, a, b, hours)
    f["holder"] = who
    return doc("training_notice", "notice", v, [pg], f, SC, (who, a.year))


def _wechat(ctx: Ctx, v: str) -> Doc:
    issuer, topic, med = _setup(ctx)
    issued, a, b = _dates(ctx)
    title = f"{a.year}年{topic}线下培训"
    hours = ctx.pick([6, 8, 10])
    pg, y = ink.screen(ctx, issuer[:10], f"{ctx.rng.randint(7, 23)}:{ctx.rng.randint(0, 59):02d}")
    pg.rect(0, 16, 80, 172, 0, fill=(255, 255, 255))
    y = pg.wrap(5, y, 70, f"关于开展{title}的通知", 11, ctx.bold, 1.5)
    pg.text(5, y + 1, f"{issuer}  {issued.isoformat()} {ctx.rng.randint(8, 21):02d}:{ctx.rng.randint(0, 59):02d}",
            6.5, ctx.body, color=ink.GREY)  # fmt: skip
    y = _paras(pg, ctx, y + 7, [
        f"培训时间：{span(a, b, 'cn', '—')}",
        "培训方式：集中面授+现场考核",
        f"学时：考核合格者登记{hours}学时",
        "报名方式：点击文末链接填写报名信息。",
    ], 8.5, 5, 70)  # fmt: skip
    who, unit = ctx.name(), (ctx.hospital() if med else ctx.school())
    pg.rect(5, y + 3, 75, y + 33, 0.2, (200, 200, 200), fill=(240, 250, 240))
    pg.text(8, y + 6, "报名成功", 9, ctx.bold, color=(20, 140, 60))
    pg.text(8, y + 13, f"姓名：{who}", 8, ctx.body)
    pg.text(8, y + 19, f"单位：{unit}", 7.5, ctx.body)
    pg.text(8, y + 25, f"提交时间：{day(later(issued, 1, 4, ctx.rng), 'dash')}", 7.5, ctx.body)
    f = _fields(title, issuer, issued, a, b, hours)
    f["holder"] = who
    return doc("training_notice", "notice", v, [pg], f, SC, (who, a.year))


def _roster(ctx: Ctx, v: str) -> Doc:
    issuer, topic, med = _setup(ctx)
    issued, a, b = _dates(ctx)
    title = f"{ctx.R['city']}{topic}骨干培训"
    hours = ctx.pick([16, 24, 32])
    p1 = ink.portrait()
    y = ink.centre(p1, ctx, 26, issuer, 15, bold=False)
    y = p1.wrap(30, y + 4, 150, f"关于参加{title}的通知", 17, ctx.bold, 1.6)
    st = ctx.style(["cn", "pad"])
    y = _paras(p1, ctx, y + 8, [
        "各有关单位：",
        f"根据年度继续教育工作安排，定于{span(a, b, st, '至')}举办{title}，现将有关事项通知如下。",
        f"一、参训人员见附件名单，请准时报到，培训期间实行签到制度，全程参训并考核合格者记{hours}学时。",
        "二、参训人员须携带本人身份证及笔记本电脑。",
        "附件：参训人员名单",
    ])  # fmt: skip
    p1.text(150, y + 18, issuer, 13, ctx.body, "c")
    p1.text(150, y + 27, day(issued, st), 13, ctx.body, "c")
    seal(p1, ctx, 150, y + 22, issuer)
    p2 = ink.portrait()
    p2.text(20, 20, "附件", 13, ctx.bold)
    ink.centre(p2, ctx, 30, "参训人员名单", 16)
    ppl = ctx.names(ctx.rng.randint(8, 14))
    body = [["序号", "姓名", "单位"]] + [
        [str(i + 1), n, ctx.hospital() if med else ctx.school()] for i, n in enumerate(ppl)
    ]
    p2.table(25, 42, [20, 40, 100], body, 11, ctx.body, 10, header_font=ctx.bold)
    f = _fields(title, issuer, issued, a, b, hours)
    f["people"] = [person(n, i + 1, "attendee") for i, n in enumerate(ppl)]
    return doc("training_notice", "notice", v, [p1, p2], f, SC, (ctx.pick(ppl), a.year))


def _term(ctx: Ctx, v: str) -> Doc:
    issuer, topic, med = _setup(ctx)
    issuer += "办公室"
    issued = dt.date(ctx.rng.randint(2019, 2024), ctx.rng.randint(1, 9), ctx.rng.randint(1, 28))
    m0 = issued.month + 1
    m1 = min(m0 + ctx.rng.randint(1, 2), 12)
    title = f"{issued.year}年度{topic}网络研修"
    hours = ctx.pick([30, 40, 50, 60])
    st = ctx.style(["cn", "pad", "hz"])
    pg = ink.portrait()
    y = ink.centre(pg, ctx, 30, issuer, 14, bold=False)
    y = pg.wrap(28, y + 6, 154, f"关于组织开展{title}的通知", 17, ctx.bold, 1.6)
    y = _paras(pg, ctx, y + 8, [
        "各单位：",
        f"为深化专业技术人员知识更新，现组织开展{title}，有关事项如下：",
        f"1．研修时间：{month(issued.year, m0, st)}至{month(issued.year, m1, st)}。",
        "2．研修方式：学员登录平台自主选学，完成课程视频学习和在线测试。",
        f"3．学时要求：完成全部课程并通过测试，认定{hours}学时。",
    ])  # fmt: skip
    pg.text(150, y + 16, issuer, 12, ctx.body, "c")
    pg.text(150, y + 25, day(issued, st), 12, ctx.body, "c")
    seal(pg, ctx, 150, y + 20, issuer)
    who = ctx.name()
    hand(pg, ctx, 120, 20, f"{who}已完成", 16)
    f = {"title": title, "issuer": issuer, "issued_on": issued.isoformat(),
         "period": {"start": f"{issued.year}-{m0:02d}", "end": f"{issued.year}-{m1:02d}"},
         "hours_stated": float(hours), "holder": who}  # fmt: skip
    return doc("training_notice", "notice", v, [pg], f, SC, (who, issued.year))
