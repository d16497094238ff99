"""Draw 11 training notices: official notices, invitations, agendas, web pages, reply slips, conferences."""

from __future__ import annotations

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind11 import pools as P
from bench.blind11.ink import GREY, RED, center, fits, hand, lh, make, seal
from bench.blind11.pools import Ctx

NOTICE_ALL = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
WEEK = "一二三四五六日"
SOCIETIES = [
    "{p}省医学会",
    "{p}省农学会",
    "{p}省土木建筑学会",
    "{p}省教育学会",
    "{p}省环境科学学会",
    "{p}省水利学会",
]
MEETINGS = ["{y}年{p}省{s}学术年会", "{p}省{s}{y}年学术交流会", "第{n}届{p}省{s}青年学术论坛"]


def _abbr(issuer: str, city: str) -> str:
    for key, ab in (("人力资源", "人社字"), ("卫生", "卫健发"), ("住房", "建发"), ("农业", "农发"),
                    ("教育", "教体字"), ("科学技术协会", "科协发"), ("水利", "水发"), ("生态", "环发")):  # fmt: skip
        if key in issuer:
            return city[0] + ab
    return issuer[:2] + "继教字"


def _base(ctx: Ctx) -> dict:
    rng = ctx.rng
    pl = P.somewhere(rng)
    issued = P.day(rng, 2018, 2024)
    start = P.shift(issued, rng.randint(6, 30))
    end = P.shift(start, rng.choice([1, 2, 3, 4]))
    hours = rng.choice([None, 12, 16, 24, 32, 40]) if rng.random() < 0.8 else None
    return dict(pl=pl, issued=issued, start=start, end=end, hours=hours, issuer=P.trainer(rng, pl),
                title=P.course(rng, start.year), form=rng.choice(P.DATE_FORMS[:7]),
                venue=f"{P.university(rng, pl)}{rng.choice(['学术交流中心', '继续教育楼201室', '图书馆报告厅'])}",
                contact=P.crowd(rng, 1)[0], phone=f"0{rng.randint(530, 739)}-{rng.randint(2000000, 8999999)}")  # fmt: skip


def _fields(d: dict, holder: str | None = None, people: list | None = None) -> dict:
    return dict(holder=holder, people=people or [], title=d["title"], issuer=d["issuer"],
                issued_on=P.iso(d["issued"]), period={"start": P.iso(d["start"]), "end": P.iso(d["end"])},
                hours_stated=d["hours"])  # fmt: skip


def _scored(d: dict) -> list[str]:
    return [s for s in NOTICE_ALL if s != "hours_stated" or d["hours"] is not None]


def _span(d: dict) -> str:
    return P.fspan(d["start"], d["end"], d["form"])


def _para(pg: Page, ctx: Ctx, y: float, text: str, size: float = 12.5, indent: bool = True) -> float:
    return pg.wrap(
        24, y, pg.w - 48, text, size, ctx.body, lead=1.85, indent=size * 0.3528 * 2 if indent else 0
    )


def _sections(d: dict) -> list[tuple[str, str]]:
    hours = (
        f"学员全程参加培训并经考核合格的，由主办单位出具培训证明，计继续教育学时{d['hours']}学时。"
        if d["hours"]
        else "学员须全程参加，不得无故缺课，培训结束后统一进行考核。"
    )
    return [
        ("一、培训时间", f"{_span(d)}，为期{(d['end'] - d['start']).days + 1}天。"),
        ("二、培训地点", d["venue"] + "。"),
        ("三、培训对象", "各县（市、区）及市直有关单位从事相关工作的专业技术人员。"),
        ("四、学时认定", hours),
        ("五、联系方式", f"联系人：{d['contact']}，电话：{d['phone']}。"),
    ]


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    d = _base(ctx)
    build = {"redhead": _redhead, "invite": _invite, "agenda": _agenda, "webpage": _webpage, "reply": _reply,
             "conference": _conference}[v]  # fmt: skip
    pages, fields, person_ = build(ctx, d)
    return make("training_notice", "notice", v, pages, fields, _scored(d), person_, d["start"].year)


def _sign(pg: Page, ctx: Ctx, y: float, d: dict, form: str | None = None) -> float:
    pg.text(pg.w - 30, y, d["issuer"], 12.5, ctx.body, "r")
    pg.text(pg.w - 30, y + 8, P.fdate(d["issued"], form or d["form"]), 12.5, ctx.body, "r")
    seal(pg, ctx, pg.w - 55, y + 4, d["issuer"])
    return y + 16


def _redhead(ctx: Ctx, d: dict) -> tuple:
    from bench.generator.truth import person

    rng = ctx.rng
    pg = Page()
    head = d["issuer"] + "文件"
    center(pg, 22, head, fits(head, ctx.bold, 26, pg.w - 30), ctx.bold, RED)
    no = f"{_abbr(d['issuer'], d['pl'].city)}〔{d['issued'].year}〕{rng.randint(3, 98)}号"
    center(pg, 42, no, 12, ctx.body)
    pg.line(20, 51, pg.w - 20, 51, 0.9, RED)
    y = center(pg, 60, "关于举办", 17, ctx.bold)
    y = (
        center(pg, y, f"{d['title']}的通知", fits(d["title"] + "的通知", ctx.bold, 17, pg.w - 30), ctx.bold)
        + 4
    )
    pg.text(24, y, "各县（市、区）有关部门，市直各有关单位：", 12.5, ctx.body)
    y += lh(12.5, 1.9)
    y = _para(pg, ctx, y, "为进一步提升我市专业技术人员业务水平，根据年度继续教育工作安排，决定举办"
              f"{d['title']}。现将有关事项通知如下：")  # fmt: skip
    for head_, body in _sections(d):
        pg.text(24 + 8.8, y, head_, 12.5, ctx.bold)
        y = _para(pg, ctx, y + lh(12.5, 1.85), body)
    y = _para(pg, ctx, y, "附件：参训人员名单", indent=True) + 6
    _sign(pg, ctx, max(y, 232), d)
    p2 = Page()
    p2.text(24, 22, "附件", 14, ctx.bold)
    center(p2, 34, "参训人员名单", 17, ctx.bold)
    names = P.crowd(rng, rng.randint(6, 14))
    rows = [["序号", "姓名", "工作单位", "备注"]] + [[str(i + 1), n, P.workplace(rng, d["pl"]), ""]
                                              for i, n in enumerate(names)]  # fmt: skip
    p2.table(24, 48, [16, 32, 90, 24], rows, 11, ctx.body, row_h=11, header_font=ctx.bold)
    people = [person(n, i + 1, "attendee") for i, n in enumerate(names)]
    return [pg, p2], _fields(d, None, people), rng.choice(names)


def _invite(ctx: Ctx, d: dict) -> tuple:
    rng = ctx.rng
    pg = Page()
    guest = P.crowd(rng, 1)[0]
    y = center(pg, 34, spaced_title("邀请函"), 26, ctx.bold, RED) + 10
    pg.text(24, y, f"尊敬的{guest}{rng.choice(['老师', '专家', '同志', '女士/先生'])}：", 14, ctx.body)
    y += lh(14, 2.0)
    hours = f"全程参加者可获继续教育学时{d['hours']}学时。" if d["hours"] else ""
    y = _para(pg, ctx, y, f"{d['issuer']}定于{_span(d)}在{d['venue']}举办“{d['title']}”。"
              f"您在本领域有丰富的实践经验，特邀请您拨冗参加。{hours}", 13.5)  # fmt: skip
    y = _para(pg, ctx, y + 2, f"报到时间：{P.fdate(P.shift(d['start'], -1), d['form'])}14:00—20:00", 13.5)
    y = _para(pg, ctx, y, f"会务联系：{d['contact']}  {d['phone']}", 13.5)
    y = _para(pg, ctx, y, "敬请光临！", 13.5) + 10
    _sign(pg, ctx, max(y, 200), d)
    return [pg], _fields(d, guest), guest


def spaced_title(s: str) -> str:
    return "  ".join(s)


def _agenda(ctx: Ctx, d: dict) -> tuple:
    rng = ctx.rng
    pg = Page()
    s = f"{d['title']}日程安排"
    y = center(pg, 24, s, fits(s, ctx.bold, 17, pg.w - 30), ctx.bold) + 2
    y = center(pg, y, f"（{d['issuer']}  {P.fdate(d['issued'], d['form'])}印发）", 11, ctx.body) + 4
    rows = [["日期", "时间", "内容", "主讲人"]]
    speakers = P.crowd(rng, 8)
    n = (d["end"] - d["start"]).days + 1
    topics = rng.sample(P.TOPICS, 8)
    for i in range(n):
        dd = P.shift(d["start"], i)
        for j, t in enumerate(("8:30-11:30", "14:00-17:00")):
            lab = f"{dd.month}月{dd.day}日（周{WEEK[dd.weekday()]}）" if j == 0 else ""
            rows.append(
                [
                    lab,
                    t,
                    topics[(2 * i + j) % 8][:12],
                    speakers[(2 * i + j) % 8] + rng.choice(["教授", "研究员", ""]),
                ]
            )
    bottom = pg.table(20, y, [42, 28, 72, 28], rows, 10.5, ctx.body, row_h=12, header_font=ctx.bold)
    y = bottom + 8
    y = _para(pg, ctx, y, f"培训地点：{d['venue']}", 12)
    if d["hours"]:
        y = _para(pg, ctx, y, f"学时：全程参加并考核合格者，计{d['hours']}学时。", 12)
    _para(pg, ctx, y, f"联系人：{d['contact']}（{d['phone']}）", 12)
    who = P.crowd(rng, 1)[0]
    hand(pg, ctx, pg.w - 58, 9, f"{who} 已报名", 14)
    hand(pg, ctx, pg.w - 40, 16, f"{d['issued'].month}.{min(28, d['issued'].day + 2)}", 12)
    return [pg], _fields(d, who), who


def _webpage(ctx: Ctx, d: dict) -> tuple:
    from bench.generator.truth import person

    rng = ctx.rng
    pg = Page(w=210, h=270, bg=(252, 252, 252))
    pg.rect(0, 0, pg.w, 12, 0, fill=(225, 227, 232))
    url = f"https://www.{rng.choice(['rsj', 'wjw', 'zjj', 'nyj'])}.{rng.choice(['gov', 'org'])}.cn/tzgg/{d['issued'].year}{d['issued'].month:02d}/t{rng.randint(10**6, 10**7)}.html"
    pg.rect(8, 2.5, pg.w - 8, 9.5, 0.2, (200, 200, 205), (255, 255, 255))
    pg.text(12, 3.6, url, 8.5, ctx.body, color=GREY)
    pg.rect(0, 12, pg.w, 30, 0, fill=(176, 32, 36))
    pg.text(14, 17, d["issuer"], 17, ctx.bold, color=(255, 255, 255))
    pg.text(14, 34, "首页  >  通知公告  >  正文", 9.5, ctx.body, color=GREY)
    y = 44
    t = f"关于举办{d['title']}的通知"
    y = center(pg, y, t, fits(t, ctx.bold, 16, pg.w - 24), ctx.bold)
    meta = f"发布时间：{P.fdate(d['issued'], 'iso')} {rng.randint(8, 17)}:{rng.randint(0, 59):02d}    来源：本站    浏览次数：{rng.randint(120, 4800)}"
    y = center(pg, y, meta, 9.5, ctx.body, GREY) + 1
    pg.line(14, y, pg.w - 14, y, 0.2, (200, 200, 200))
    y += 5
    pg.text(24, y, "各有关单位：", 12, ctx.body)
    y += lh(12, 1.85)
    y = _para(
        pg, ctx, y, f"经研究，决定于{_span(d)}在{d['venue']}举办{d['title']}，现将有关事项通知如下。", 12
    )
    for head_, body in _sections(d)[2:4]:
        y = _para(pg, ctx, y, head_[2:] + "：" + body, 12)
    names = P.crowd(rng, rng.randint(4, 7))
    units = [P.workplace(rng, d["pl"]) for _ in names]
    listing = "、".join(f"{n}（{u}）" for n, u in zip(names, units, strict=True))
    y = _para(pg, ctx, y, f"经各单位推荐，确定以下同志参加本期培训：{listing}。", 12)
    y = _para(pg, ctx, y, f"联系人：{d['contact']}，电话：{d['phone']}。", 12) + 6
    pg.text(pg.w - 28, y, d["issuer"], 12, ctx.body, "r")
    pg.text(pg.w - 28, y + 7, P.fdate(d["issued"], "plain"), 12, ctx.body, "r")
    pg.rect(0, pg.h - 14, pg.w, pg.h, 0, fill=(230, 230, 230))
    pg.text(pg.w / 2, pg.h - 10, "主办：" + d["issuer"] + "  版权所有", 8.5, ctx.body, "c", GREY)
    people = [person(n, i + 1, "attendee") for i, n in enumerate(names)]
    return [pg], _fields(d, None, people), rng.choice(names)


def _reply(ctx: Ctx, d: dict) -> tuple:
    rng = ctx.rng
    pg = Page()
    y = center(pg, 22, "通  知", 22, ctx.bold) + 4
    y = _para(pg, ctx, y, f"各会员单位：为做好专业技术人员知识更新工作，{d['issuer']}拟于{_span(d)}举办"
              f"“{d['title']}”，有关事项如下：", 12.5)  # fmt: skip
    for head_, body in _sections(d)[1:]:
        y = _para(pg, ctx, y, f"{head_}：{body}", 12.5)
    y = _para(
        pg, ctx, y, f"请有意参加者填写报名回执，于{P.fdate(P.shift(d['start'], -3), d['form'])}前报送。", 12.5
    )
    y = _sign(pg, ctx, y + 6, d) + 6
    pg.line(18, y, pg.w - 18, y, 0.3)
    pg.text(pg.w / 2, y - 2.2, " ✂ 沿此线剪下 ", 8.5, ctx.body, "c", GREY)
    y = center(pg, y + 6, "报 名 回 执", 15, ctx.bold) + 2
    who = P.crowd(rng, 1)[0]
    rows = [["姓名", "性别", "工作单位", "职称", "联系电话"], ["", "", "", "", ""]]
    widths = [28, 16, 70, 28, 34]
    pg.table(17, y, widths, rows, 11, ctx.body, row_h=13, header_font=ctx.bold)
    yy = y + 16
    unit = P.workplace(rng, d["pl"])
    hand(pg, ctx, 17 + 14, yy, who, 13, "c")
    hand(pg, ctx, 17 + 36, yy, rng.choice(["男", "女"]), 13, "c")
    hand(pg, ctx, 17 + 44 + 35, yy, unit, fits(unit, ctx.hand, 12, 68), "c")
    hand(pg, ctx, 17 + 114 + 14, yy, rng.choice(["工程师", "主治医师", "一级教师"]), 11, "c")
    hand(pg, ctx, 17 + 142 + 17, yy, f"13{rng.randint(100000000, 999999999)}", 10.5, "c")
    return [pg], _fields(d, who), who


def _conference(ctx: Ctx, d: dict) -> tuple:
    rng = ctx.rng
    pl = d["pl"]
    soc = rng.choice(SOCIETIES).format(p=pl.prov)
    short = soc.replace(f"{pl.prov}省", "")[:-1] or "学术"
    d["issuer"] = soc
    d["title"] = rng.choice(MEETINGS).format(
        y=d["start"].year, p=pl.prov, s=short, n=P.han_num(rng.randint(3, 15))
    )
    pg = Page()
    y = center(pg, 22, soc, 20, ctx.bold, RED)
    pg.line(20, y + 1, pg.w - 20, y + 1, 0.8, RED)
    t = f"关于召开{d['title']}的通知（第二轮）"
    y = center(pg, y + 8, t, fits(t, ctx.bold, 15.5, pg.w - 30), ctx.bold) + 4
    y = _para(pg, ctx, y, f"经研究，定于{_span(d)}在{pl.city}市召开{d['title']}，会议将围绕学科前沿和临床、"
              "生产一线的热点问题进行交流研讨。欢迎广大会员踊跃参会。", 12.5)  # fmt: skip
    y = _para(
        pg,
        ctx,
        y,
        f"一、会议地点：{d['venue']}。报到时间：{P.fdate(P.shift(d['start'], -1), d['form'])}全天。",
        12.5,
    )
    y = _para(pg, ctx, y, "二、会议内容：特邀报告、专题分会场交流、优秀论文评选。", 12.5)
    fee = f"参会代表可获继续教育学时{d['hours']}学时；" if d["hours"] else ""
    y = _para(pg, ctx, y, f"三、其他：{fee}会议注册费800元，食宿统一安排，费用自理。", 12.5)
    y = _para(pg, ctx, y, f"四、会务组：{d['contact']}  {d['phone']}", 12.5) + 8
    y = _sign(pg, ctx, max(y, 190), d)
    who = P.crowd(rng, 1)[0]
    hand(pg, ctx, 30, y + 16, f"参会：{who}", 15)
    hand(pg, ctx, 36, y + 26, "科室已同意，费用按规定报销", 12)
    return [pg], _fields(d, who), who
