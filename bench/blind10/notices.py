"""Draw 10's training notices: letterhead notices, invitations, agendas, web and WeChat posts, reply slips."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind10 import kit
from bench.blind10.pools import (
    STYLES,
    TRAIN_FORMS,
    Ctx,
    course,
    day,
    iso,
    later,
    people,
    place,
    span,
    train_issuer,
    units,
    when,
)
from bench.blind10.truth import doc, period, who

HOURS_LINE = {
    "public": "参训人员完成全部课程并考核合格的，登记公需科目{h}学时。",
    "professional": "参训人员完成全部课程并考核合格的，计入专业科目{h}学时。",
    None: "培训结束经考核合格者，由主办单位出具培训证明，登记继续教育{h}学时。",
}
SPEAKERS = ["省内知名专家", "高校教授", "一线技术骨干", "行业主管部门负责同志"]


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    rng = ctx.rng
    pl = place(rng)
    style = ctx.pick("date", STYLES)
    cat = ctx.category()
    issuer = train_issuer(rng, pl)
    notice_on = when(rng, 2018, 2024)
    start = later(notice_on, 7, 30, rng)
    end = later(start, 1, 4, rng)
    topic = course(rng, cat)
    form = ctx.pick("nt.form", TRAIN_FORMS)
    title = f"{notice_on.year}年{topic}{form}" if rng.random() < 0.5 else f"{topic}{form}"
    hours = rng.choice([8, 12, 16, 24, 32, 40]) if rng.random() < 0.8 or v == "agenda" else None
    names = people(rng, rng.randint(5, 12))
    f = {
        "title": title, "issuer": issuer, "issued_on": iso(notice_on), "period": period(iso(start), iso(end)),
        "hours_stated": float(hours) if hours else None, "holder": None, "people": [],
    }  # fmt: skip
    build = {"red-head": _red, "invite": _invite, "agenda": _agenda, "web": _web, "reply": _reply,
             "wechat": _wechat}[v]  # fmt: skip
    pages, got, claim = build(ctx, f, cat, style, hours, names, pl, notice_on, start, end)
    f.update(got)
    if cat is not None and not _states(pages, cat):
        cat = None
    return doc("training_notice", "notice", v, pages, f, (claim, start.year), cat)


def _states(pages: list[Page], cat: str) -> bool:
    text = "".join(op[3] for pg in pages for op in pg.ops if op[0] == "text")
    return ("公需" in text) if cat == "public" else ("专业科目" in text or "专业课" in text)


def _sections(f: dict, cat: str | None, style: str, hours: int | None, ctx: Ctx, pl) -> list[tuple[str, str]]:  # noqa: ANN001
    start, end = dt.date.fromisoformat(f["period"]["start"]), dt.date.fromisoformat(f["period"]["end"])
    loc = ctx.pick("nt.loc", [f"{pl.city}市专业技术人员继续教育基地", f"{pl.college(ctx.rng)}学术交流中心",
                              f"{pl.city}宾馆二楼会议厅"])  # fmt: skip
    secs = [
        ("培训时间", f"{span(start, end, style)}，{start.month}月{start.day}日上午8:30前报到。"),
        ("培训地点", loc + "。"),
        (
            "培训内容",
            f"邀请{ctx.rng.choice(SPEAKERS)}围绕{f['title'][:-3] if len(f['title']) > 8 else f['title']}"
            "相关政策、技术规范和典型案例进行专题授课。",
        ),
        ("参训对象", "各单位从事相关专业工作的专业技术人员，每单位限报2至3人。"),
    ]
    if hours:
        secs.append(("学时认定", HOURS_LINE[cat].format(h=hours)))
    secs.append(("其他事项", "培训不收取费用，食宿统一安排，交通费回原单位报销。"))
    return secs


NUMS = "一二三四五六七八九十"


def _body(pg: Page, ctx: Ctx, y: float, f: dict, secs: list[tuple[str, str]], x: float = 24.0,
          size: float = 12.0) -> float:  # fmt: skip
    width = pg.w - 2 * x
    y = kit.prose(
        pg,
        ctx,
        x,
        y,
        width,
        f"为进一步提升专业技术人员业务能力，经研究，决定举办{f['title']}。现将有关事项通知如下：",
        size,
    )
    for i, (head, text) in enumerate(secs):
        pg.text(x + size * kit.PT * 2, y, f"{NUMS[i]}、{head}", size, ctx.bold)
        y = kit.prose(pg, ctx, x, y + kit.lh(size, 1.75), width, text, size)
    return y


def _red(ctx, f, cat, style, hours, names, pl, notice_on, start, end):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    abbr = f["issuer"][:2]
    y = kit.red_head(pg, ctx, f["issuer"], 22, f"{abbr}继教字〔{notice_on.year}〕{ctx.rng.randint(3, 60)}号")
    head = f"关于举办{f['title']}的通知"
    y = pg.wrap(30, y + 2, pg.w - 60, head, 16, ctx.bold, lead=1.5) + 3
    pg.text(24, y, "各有关单位：", 12, ctx.body)
    y = _body(pg, ctx, y + 7, f, _sections(f, cat, style, hours, ctx, pl))
    pg.text(pg.w - 30, y + 8, f["issuer"], 12, ctx.body, "r")
    pg.text(pg.w - 30, y + 16, day(notice_on, style), 12, ctx.body, "r")
    kit.seal(pg, ctx, pg.w - 30 - width_mm(f["issuer"], ctx.body, 12) / 2, y + 12, f["issuer"], 20)
    p2 = kit.portrait()
    p2.text(24, 22, "附件", 13, ctx.bold)
    yy = kit.centre(p2, ctx, 34, "参训人员名单", 16, True)
    orgs = units(ctx.rng, pl, len(names))
    rows = [["序号", "姓名", "工作单位"]] + [[str(i + 1), n, orgs[i]] for i, n in enumerate(names)]
    p2.table(28, yy + 4, [16, 34, 104], rows, 11, ctx.body, row_h=10, header_font=ctx.bold)
    return [pg, p2], {"people": who(names, "attendee")}, names[ctx.rng.randrange(len(names))]


def _invite(ctx, f, cat, style, hours, names, pl, notice_on, start, end):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    pg.rect(0, 0, pg.w, 16, 0.0, (150, 30, 35), (150, 30, 35))
    y = kit.centre(pg, ctx, 32, kit.spaced("邀请函", "  "), 28, True, (150, 30, 35))
    holder = names[0]
    hon = ctx.pick("inv.hon", ["老师", "同志", "专家", "主任"])
    pg.text(26, y + 6, f"尊敬的{holder}{hon}：", 13, ctx.body)
    text = (f"{f['issuer']}定于{span(start, end, style)}举办{f['title']}，"
            f"特邀请您拨冗参加。")  # fmt: skip
    y = kit.prose(pg, ctx, 26, y + 16, pg.w - 52, text, 13)
    if hours:
        y = kit.prose(pg, ctx, 26, y, pg.w - 52, HOURS_LINE[cat].format(h=hours), 13)
    y = kit.prose(pg, ctx, 26, y, pg.w - 52, "请于开班前三日将回执发送至会务组邮箱。期待您的光临！", 13)
    y = kit.pairs(pg, ctx, 34, y + 6, [("联系人", "会务组"), ("联系电话", f"0{ctx.rng.randint(530, 739)}-"
                  f"{ctx.rng.randint(2000000, 8999999)}")], 12, 26)  # fmt: skip
    pg.text(pg.w - 30, y + 12, f["issuer"], 13, ctx.body, "r")
    pg.text(pg.w - 30, y + 21, day(notice_on, style), 13, ctx.body, "r")
    kit.seal(pg, ctx, pg.w - 30 - width_mm(f["issuer"], ctx.body, 13) / 2, y + 16, f["issuer"], 20)
    return [pg], {"holder": holder}, holder


def _agenda(ctx, f, cat, style, hours, names, pl, notice_on, start, end):  # noqa: ANN001, ANN202
    pg = kit.portrait()
    y = kit.centre(pg, ctx, 24, f["title"], kit.fit(f["title"], ctx.bold, 17, pg.w - 30), True)
    y = kit.centre(pg, ctx, y, ctx.pick("ag.head", ["日程安排", "课程安排表", "培训日程"]), 14, True)
    rows = [["日期", "时间", "内容", "授课人"]]
    d = start
    sessions = [
        "开班仪式及政策解读",
        "专题讲座（一）",
        "专题讲座（二）",
        "案例研讨",
        "现场教学",
        "分组交流",
        "结业考核",
    ]
    teachers = people(ctx.rng, 6, set(names))
    i = 0
    while d <= end:
        for slot in ("8:30-11:30", "14:30-17:30"):
            rows.append([day(d, style) if slot.startswith("8") else "", slot, sessions[i % len(sessions)],
                         teachers[i % len(teachers)]])  # fmt: skip
            i += 1
        d += dt.timedelta(days=1)
    y = pg.table(20, y + 4, [40, 30, 70, 30], rows, 10.5, ctx.body, row_h=11, header_font=ctx.bold)
    y += 8
    if hours:
        pg.text(22, y, f"总学时：{hours}学时" + (f"（{'公需科目' if cat == 'public' else '专业科目'}）" if cat else ""),
                11.5, ctx.body)  # fmt: skip
        y += 8
    pg.text(22, y, f"主办单位：{f['issuer']}", 11.5, ctx.body)
    holder = names[0]
    kit.hand(pg, ctx, pg.w - 30, 11, f"参训人：{holder}", 15, "r")
    return [pg], {"holder": holder, "issued_on": None}, holder


def _web(ctx, f, cat, style, hours, names, pl, notice_on, start, end):  # noqa: ANN001, ANN202
    pg = Page(250.0, 300.0)
    pg.rect(0, 0, pg.w, 10, 0.0, (225, 228, 232), (225, 228, 232))
    pg.text(8, 2.5, f"https://www.{ctx.rng.choice(['rsj', 'jxjy', 'wjw', 'kx'])}.gov.cn/art/{notice_on.year}/"
                    f"{notice_on.month}/{notice_on.day}/art_{ctx.rng.randint(1000, 9999)}.html", 8.5, ctx.body)  # fmt: skip
    pg.rect(0, 10, pg.w, 34, 0.0, (25, 85, 150), (25, 85, 150))
    pg.text(14, 16, f["issuer"], 18, ctx.bold, color=(255, 255, 255))
    pg.text(14, 40, "当前位置：首页 > 通知公告 > 正文", 9, ctx.body, color=kit.GREY)
    head = f"关于举办{f['title']}的通知"
    y = pg.wrap(30, 52, pg.w - 60, head, 17, ctx.bold, lead=1.5)
    meta = (
        f"发布日期：{day(notice_on, 'dash')}    来源：{f['issuer']}    浏览次数：{ctx.rng.randint(120, 4800)}"
    )
    pg.text(pg.w / 2, y + 2, meta, 9, ctx.body, "c", kit.GREY)
    pg.line(20, y + 9, pg.w - 20, y + 9, 0.2, (200, 200, 200))
    pg.text(24, y + 14, "各相关单位：", 11.5, ctx.body)
    y = _body(pg, ctx, y + 21, f, _sections(f, cat, style, hours, ctx, pl), size=11.5)
    y = kit.prose(pg, ctx, 24, y + 2, pg.w - 48, "附：首批参训人员名单：" + "、".join(names), 11.5)
    return [pg], {"people": who(names, "attendee"), "issued_on": iso(notice_on)}, names[-1]


def _reply(ctx, f, cat, style, hours, names, pl, notice_on, start, end):  # noqa: ANN001, ANN202
    p1 = kit.portrait()
    head = f"关于举办{f['title']}的通知"
    y = p1.wrap(28, 26, p1.w - 56, head, 17, ctx.bold, lead=1.5) + 4
    p1.text(24, y, "各县（市、区）相关单位：", 12, ctx.body)
    y = _body(p1, ctx, y + 7, f, _sections(f, cat, style, hours, ctx, pl)[:5])
    y = kit.prose(p1, ctx, 24, y, p1.w - 48, "请各单位于开班前填写参训回执（附后）。", 12)
    p1.text(p1.w - 30, y + 8, f["issuer"], 12, ctx.body, "r")
    p1.text(p1.w - 30, y + 16, day(notice_on, style), 12, ctx.body, "r")
    kit.seal(p1, ctx, p1.w - 30 - width_mm(f["issuer"], ctx.body, 12) / 2, y + 12, f["issuer"], 19)
    p2 = kit.portrait()
    y = kit.centre(p2, ctx, 26, "参 训 回 执", 18, True)
    holder = names[0]
    unit = pl.unit(ctx.rng)
    rows = [["姓名", "", "性别", ""], ["工作单位", "", "", ""], ["职称", "", "联系电话", ""]]
    widths = [30, 50, 30, 50]
    p2.table(25, y + 6, widths, rows, 12, ctx.body, row_h=14)
    kit.hand(p2, ctx, 25 + 30 + 25, y + 9.5, holder, 15, "c")
    kit.hand(p2, ctx, 25 + 110 + 25, y + 9.5, ctx.rng.choice(["男", "女"]), 15, "c")
    kit.hand(p2, ctx, 25 + 32, y + 23.5, unit, 13)
    kit.hand(
        p2, ctx, 25 + 55, y + 37.5, ctx.rng.choice(["工程师", "主治医师", "农艺师", "一级教师"]), 13, "c"
    )
    kit.hand(p2, ctx, 25 + 135, y + 37.5, f"13{ctx.rng.randint(100000000, 999999999)}", 11, "c")
    return [p1, p2], {"holder": holder}, holder


def _wechat(ctx, f, cat, style, hours, names, pl, notice_on, start, end):  # noqa: ANN001, ANN202
    pg = kit.screen(215.0)
    pg.bg = (255, 255, 255)
    y = kit.status_bar(pg, ctx, "", f"{ctx.rng.randint(7, 23)}:{ctx.rng.randint(0, 59):02d}")
    head = f"关于举办{f['title']}的通知"
    y = pg.wrap(6, y, pg.w - 12, head, 13, ctx.bold, lead=1.45) + 2
    acct = f["issuer"]
    pg.text(6, y, acct, 8.5, ctx.body, color=(70, 100, 150))
    pg.text(6, y + 5, f"{day(notice_on, 'dash')} {ctx.rng.randint(8, 21)}:{ctx.rng.randint(0, 59):02d} {pl.prov}",
            8, ctx.body, color=kit.GREY)  # fmt: skip
    y += 13
    for head_s, text in _sections(f, cat, style, hours, ctx, pl)[:4] + (
        [("学时认定", HOURS_LINE[cat].format(h=hours))] if hours else []
    ):
        pg.text(6, y, f"■ {head_s}", 9.5, ctx.bold)
        y = pg.wrap(6, y + 5.5, pg.w - 12, text, 9, ctx.body, lead=1.6) + 1.5
    y = pg.wrap(6, y + 1, pg.w - 12, "参训学员名单：" + "、".join(names), 9, ctx.body, lead=1.6)
    pg.text(pg.w - 6, y + 3, f"阅读 {ctx.rng.randint(300, 9000)}", 8, ctx.body, "r", kit.GREY)
    return [pg], {"people": who(names, "attendee")}, names[ctx.rng.randrange(len(names))]
