"""Draw 31 other documents: unit minutes, project approvals, registers, receipts, leave and appraisal forms."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind31.kit import centre, doc, hand, line_at, para, ranked
from bench.blind31.pools import Ctx, after, day, fmt, hours_s
from bench.blind31.scene import Scene, scene
from bench.blind31.topics import PAPERS


def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    sc = scene(ctx, 10)
    return BUILD[v](ctx, v, sc, day(ctx.rng, 2018, 2024))


def _rec(ctx, v, sc, pages, claim, year, holder=None, people=None, title=None, issuer=None):  # noqa: ANN001, ANN202
    f = {"holder": holder, "people": people or [], "title": title, "issuer": issuer}
    return doc(ctx, "other", "other", v, pages, f, [], claim, year)


def _minutes(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    pg = Page()
    pg.bg = (247, 244, 234)
    u = sc.unit(ctx)
    topic = sc.topic(ctx)
    who = sc.names[: ctx.rng.randint(5, 8)]
    y = centre(pg, ctx, 18, "会 议 记 录", 18, True)
    rows = [f"单    位：{u}", f"时    间：{fmt(d, 'cn')} 下午3:00", "地    点：本单位二楼会议室",
            f"主 持 人：{who[0]}", f"记 录 人：{who[-1]}", "参加人员：" + "、".join(who), f"议    题：学习{topic}相关知识"]  # fmt: skip
    for s in rows:
        y = line_at(pg, ctx, 20, y, s, 12)
    body = [f"{who[0]}：今天组织大家集中学习{topic}，结合本单位实际谈谈体会。",
            f"{who[1]}：基层工作中遇到的问题主要是人员少、任务重，要加强学习。",
            f"{who[2]}：建议每月安排一次业务学习，并做好记录，年底统一登记学时。"]  # fmt: skip
    for s in body:
        hand_y = para(pg, ctx, 20, y + 2, 170, s, 12)
        y = hand_y
    claim = who[ctx.rng.randrange(len(who))]
    return _rec(ctx, v, sc, [pg], claim, d.year, people=ranked(who, "attendee"), issuer=u)


def _approval(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    pg = Page()
    issuer = sc.f("{c}市科学技术局")
    leader = sc.names[0]
    title = ctx.rng.choice(PAPERS[sc.sector])
    y = centre(pg, ctx, 26, f"{sc.c}市科技计划项目立项通知书", 18, True)
    y = line_at(pg, ctx, 22, y + 10, f"{sc.unit(ctx)}：", 12.5)
    s = (f"经专家评审和局务会议研究，你单位申报的“{title}”项目已列入{d.year}年度{sc.c}市科技计划，"
         f"项目编号{sc.c[0]}KJ{d.year}{ctx.rng.randint(100, 999)}，项目负责人{leader}，资助经费{ctx.rng.randint(2, 20)}万元。"
         "请按照计划任务书组织实施，按期完成研究任务并申请结题验收。")  # fmt: skip
    y = para(pg, ctx, 22, y, 166, s, 12.5, 2.0)
    pg.text(180, y + 20, issuer, 13, ctx.body, "r")
    pg.text(180, y + 29, fmt(d, "cn"), 13, ctx.body, "r")
    pg.seal(160, y + 24, 19, issuer, ctx.rng.randint(0, 9999))
    return _rec(ctx, v, sc, [pg], leader, d.year, holder=leader, people=ranked([leader], "project_leader"), title=title,
                issuer=issuer)  # fmt: skip


def _register(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    pg = Page()
    holder = sc.names[0]
    u = sc.unit(ctx)
    centre(pg, ctx, 16, f"专业技术人员继续教育登记表（{d.year}年度）", 15, True)
    info = [
        ["姓名", holder, "性别", ctx.rng.choice(["男", "女"]), "职称", sc.rank_title(ctx)],
        ["工作单位", u, "", "", "", ""],
    ]
    y = pg.table(14, 28, [22, 50, 18, 20, 20, 52], info, 10.5, ctx.body, 10)
    rows = [["序号", "学习内容", "形式", "学时", "证明人"]]
    total = 0
    for i in range(5):
        h = ctx.rng.choice([4, 6, 8, 12])
        total += h
        rows.append(
            [
                str(i + 1),
                sc.topic(ctx, i % 2 == 0),
                ctx.rng.choice(["集中培训", "网络学习", "单位自学"]),
                str(h),
                "",
            ]
        )
    y = pg.table(14, y + 6, [14, 94, 30, 18, 26], rows, 10, ctx.body, 11, header_font=ctx.bold)
    for i in range(5):
        hand(pg, ctx, 14 + 156 + 13, y - 11 * (5 - i) + 3, sc.names[1], 11, "c")
    y = line_at(pg, ctx, 16, y + 6, f"合计：{hours_s(total)}学时", 12)
    y = line_at(pg, ctx, 16, y + 8, "单位审核意见：情况属实。", 12)
    pg.text(180, y + 12, f"{u}（盖章）", 11, ctx.body, "r")
    pg.seal(150, y + 12, 18, u[:16], ctx.rng.randint(0, 9999))
    return _rec(ctx, v, sc, [pg], holder, d.year, holder=holder)


def _receipt(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    pg = Page(210, 100)
    org = sc.org(ctx)
    holder = sc.names[0]
    fee = ctx.rng.choice([200, 360, 480, 600, 800])
    pg.text(105, 8, "收   款   收   据", 16, ctx.bold, "c", (170, 40, 40))
    pg.text(195, 10, f"No.{ctx.rng.randint(1000000, 9999999)}", 10, ctx.body, "r", (170, 40, 40))
    pg.text(18, 22, f"日期：{fmt(d, 'pad')}", 11, ctx.body)
    rows = [["交款单位（人）", f"{holder}（{sc.unit(ctx)}）"], ["收款事由", f"{sc.topic(ctx)}培训费"],
            ["金额（大写）", "人民币" + {200: "贰佰", 360: "叁佰陆拾", 480: "肆佰捌拾", 600: "陆佰", 800: "捌佰"}[fee] + "元整"],
            ["金额（小写）", f"¥{fee}.00"]]  # fmt: skip
    pg.table(18, 30, [40, 134], rows, 11, ctx.body, 10)
    pg.text(18, 80, f"收款单位（盖章）：{org}", 11, ctx.body)
    pg.text(150, 80, f"经手人：{sc.names[1]}", 11, ctx.body)
    pg.seal(70, 82, 15, org[:16], ctx.rng.randint(0, 9999))
    return _rec(ctx, v, sc, [pg], holder, d.year, holder=holder)


def _leave(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    pg = Page()
    holder = sc.names[0]
    u = sc.unit(ctx)
    end = after(d, 1, 5, ctx.rng)
    centre(pg, ctx, 20, "职工外出学习审批表", 18, True)
    rows = [["姓名", holder, "科室/岗位", ctx.rng.choice(["公卫科", "业务股", "工程部", "财务科", "教务处"])],
            ["外出事由", f"参加{sc.topic(ctx)}培训", "", ""],
            ["起止时间", f"{fmt(d, 'cn')}至{fmt(end, 'cn')}", "", ""],
            ["学习地点", f"{sc.c}市", "费用来源", "单位公用经费"],
            ["科室意见", "", "", ""], ["单位负责人意见", "", "", ""]]  # fmt: skip
    y = pg.table(16, 34, [34, 70, 30, 44], rows, 11, ctx.body, 16)
    hand(pg, ctx, 70, 34 + 16 * 4 + 4, f"同意。{sc.names[1]}", 14)
    hand(pg, ctx, 70, 34 + 16 * 5 + 4, f"同意，回来后做好传达。{sc.names[2]}", 14)
    pg.text(190, y + 10, u, 12, ctx.body, "r")
    pg.text(190, y + 19, fmt(d - dt.timedelta(days=ctx.rng.randint(2, 9)), "cn"), 12, ctx.body, "r")
    return _rec(ctx, v, sc, [pg], holder, d.year, holder=holder)


def _appraise(ctx: Ctx, v: str, sc: Scene, d: dt.date) -> Doc:
    pg = Page()
    holder = sc.names[0]
    u = sc.unit(ctx)
    centre(pg, ctx, 18, f"{d.year}年度专业技术人员考核登记表", 17, True)
    rows = [["姓名", holder, "出生年月", f"{ctx.rng.randint(1970, 1996)}.{ctx.rng.randint(1, 12):02d}"],
            ["单位", u, "现任职称", sc.rank_title(ctx)], ["个人总结", "", "", ""], ["考核等次", "", "", ""]]  # fmt: skip
    pg.table(16, 32, [28, 80, 30, 40], rows, 11, ctx.body, 14)
    y = para(
        pg,
        ctx,
        20,
        110,
        170,
        f"本年度本人认真履行岗位职责，参加{sc.topic(ctx)}等继续教育学习，完成各项工作任务。",
        12,
        2.0,
    )
    hand(pg, ctx, 60, 32 + 14 * 3 + 3, ctx.rng.choice(["优秀", "合格"]), 15)
    pg.text(190, y + 20, f"{u}", 12, ctx.body, "r")
    pg.text(190, y + 29, fmt(d, "hanzi"), 12, ctx.body, "r")
    pg.seal(165, y + 24, 18, u[:16], ctx.rng.randint(0, 9999))
    return _rec(ctx, v, sc, [pg], holder, d.year, holder=holder)


BUILD = {
    "minutes": _minutes,
    "approval": _approval,
    "register": _register,
    "receipt": _receipt,
    "leave": _leave,
    "appraise": _appraise,
}
