"""Documents of draw 27 that prove no credit: employment proof, fee receipt, leave form, info form, chat, summary."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind27 import kit
from bench.blind27.pools import GREY, TITLES_PRO, Ctx, d_str, mask_id, people, rnd_date, workplace
from bench.blind27.training import PRO
from bench.generator.truth import person


def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    return {"employ": _employ, "receipt": _receipt, "leave": _leave, "infoform": _infoform, "chat": _chat,
            "summary": _summary}[v](ctx, f"other27-{v}")  # fmt: skip


def _done(layout: str, pages: list, who: str, year: int, group: list[str] | None = None) -> Doc:
    """The claimant is the one person the paper concerns (holder), or one member of a named group."""
    if group:
        f = {"people": [person(n, i + 1, "attendee") for i, n in enumerate(group)]}
    else:
        f = {"holder": who}
    return kit.doc("other", layout, pages, f, [], who, year)


def _employ(ctx: Ctx, layout: str) -> Doc:
    who, unit = people(ctx.rng, 1)[0], workplace(ctx.rng)
    d = rnd_date(ctx.rng)
    pg = kit.page()
    kit.centre(pg, ctx, 40, "在 职 证 明", 22)
    s = (f"兹证明{who}（身份证号：{mask_id(ctx.rng)}）系我单位在编在岗职工，自{d.year - ctx.rng.randint(3, 15)}年起"
         f"在我单位从事专业技术工作，现任{ctx.pick(TITLES_PRO)}。该同志遵纪守法，无违法违纪行为。特此证明。")  # fmt: skip
    y = kit.para(pg, ctx, 24, 70, 162, s, 14, 2.2)
    pg.text(150, y + 30, unit, 13, ctx.body, "c")
    pg.text(150, y + 42, d_str(d, "ymd"), 13, ctx.body, "c")
    kit.seal(pg, ctx, 150, y + 34, unit)
    return _done(layout, [pg], who, d.year)


def _receipt(ctx: Ctx, layout: str) -> Doc:
    who = people(ctx.rng, 1)[0]
    d = rnd_date(ctx.rng)
    payee = ctx.pick(["开封市医学会", "开封大学继续教育学院", "开封市土木建筑学会"])
    pg = kit.page(landscape=True, tint=(250, 246, 236))
    kit.centre(pg, ctx, 20, "河南省非税收入一般缴款书（电子）", 16, color=(150, 40, 40))
    pg.text(30, 40, f"票据号码：{ctx.rng.randint(10**9, 10**10 - 1)}", 11, ctx.body)
    pg.text(200, 40, f"开票日期：{d.isoformat()}", 11, ctx.body)
    amount = ctx.pick([200, 300, 380, 450, 600])
    rows = [["交款人", who, "收款单位", payee], ["项目名称", "培训费", "金额（元）", f"{amount}.00"],
            ["金额大写", "人民币" + {200: "贰佰", 300: "叁佰", 380: "叁佰捌拾", 450: "肆佰伍拾", 600: "陆佰"}[amount] + "元整", "备注", "继续教育培训"]]  # fmt: skip
    pg.table(30, 50, [40, 90, 40, 67], rows, 11, ctx.body, row_h=14)
    kit.seal(pg, ctx, 230, 120, payee + "财务专用章", 18)
    return _done(layout, [pg], who, d.year)


def _leave(ctx: Ctx, layout: str) -> Doc:
    who, unit = people(ctx.rng, 1)[0], workplace(ctx.rng)
    d = rnd_date(ctx.rng)
    pg = kit.page()
    kit.centre(pg, ctx, 24, unit, 14, bold=False)
    kit.centre(pg, ctx, 34, "职工外出学习审批单", 18)
    rows = [
        ["姓名", "", "科室", ""],
        ["外出事由", "", "", ""],
        ["起止时间", "", "", ""],
        ["科室意见", "", "分管领导意见", ""],
    ]
    pg.table(20, 52, [30, 60, 30, 50], rows, 12, ctx.body, row_h=18)
    kit.hand(pg, ctx, 54, 57, who, 15)
    kit.hand(pg, ctx, 143, 57, ctx.pick(["内科", "教务处", "技术科"]), 14)
    kit.hand(pg, ctx, 54, 75, f"参加{ctx.pick(PRO['med'] + PRO['edu'])}学习", 12)
    kit.hand(pg, ctx, 54, 93, f"{d.month}月{d.day}日—{(d + dt.timedelta(days=2)).day}日", 14)
    kit.hand(pg, ctx, 54, 111, "同意", 15)
    kit.hand(pg, ctx, 143, 111, "同意 " + people(ctx.rng, 1)[0], 13)
    pg.text(20, 140, f"填表日期：{d.year}年   月   日", 12, ctx.body)
    return _done(layout, [pg], who, d.year)


def _infoform(ctx: Ctx, layout: str) -> Doc:
    who, unit = people(ctx.rng, 1)[0], workplace(ctx.rng)
    d = rnd_date(ctx.rng, 2019, 2024)
    pg = kit.page()
    kit.centre(pg, ctx, 22, "专业技术职务任职资格评审申报人员基本情况表", 15)
    rows = [["姓名", who, "性别", ctx.pick(["男", "女"])], ["工作单位", unit, "现任职务", ctx.pick(TITLES_PRO)],
            ["申报资格", ctx.pick(["副主任医师", "高级教师", "高级工程师", "主任护师"]), "申报年度", f"{d.year}年"],
            ["继续教育情况", "见附件材料", "", ""], ["单位意见", "", "", ""]]  # fmt: skip
    pg.table(18, 40, [34, 70, 30, 40], rows, 11, ctx.body, row_h=16)
    pg.text(18, 130, "注：本表一式三份，由申报人如实填写。", 10, ctx.body, color=GREY)
    return _done(layout, [pg], who, d.year)


def _chat(ctx: Ctx, layout: str) -> Doc:
    """A phone screenshot of a work group chat reminding people to upload their proofs."""
    names = people(ctx.rng, 4)
    d = rnd_date(ctx.rng, 2020, 2024)
    pg = kit.page()
    y = kit.status_bar(
        pg,
        ctx,
        f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59)}",
        f"科室工作群({ctx.rng.randint(20, 80)})",
    )
    msgs = [(names[0], f"各位同事，{d.year}年度继续教育学时请于本月底前上传系统。"), (names[1], "收到"),
            (names[2], "公需课在哪个平台学？"), (names[0], "省专技平台，证书截图发我"), (names[3], "好的，已发")]  # fmt: skip
    y += 6
    pg.text(105, y, f"{d.month}月{d.day}日 上午10:{ctx.rng.randint(10, 59)}", 9, ctx.body, "c", GREY)
    y += 10
    for n, m in msgs:
        pg.rect(14, y, 28, y + 14, 0, fill=(180, 200, 220))
        pg.text(32, y, n, 9, ctx.body, color=GREY)
        pg.rect(32, y + 5, 32 + min(150, 6 + len(m) * 4.6), y + 15, 0, fill=(255, 255, 255))
        pg.text(35, y + 7, m, 11, ctx.body)
        y += 24
    pg.bg = (237, 237, 237)
    return _done(layout, [pg], ctx.pick(names), d.year, names)


def _summary(ctx: Ctx, layout: str) -> Doc:
    who, unit = people(ctx.rng, 1)[0], workplace(ctx.rng)
    d = rnd_date(ctx.rng, 2019, 2024)
    pg = kit.page()
    kit.centre(pg, ctx, 24, f"{d.year}年度个人工作总结", 17)
    pg.text(105, 36, f"{unit}  {who}", 12, ctx.body, "c")
    paras = ["本年度，本人认真履行岗位职责，积极参加单位组织的政治理论学习和业务培训，努力提升专业水平。",
             "在业务工作方面，严格执行各项规章制度和操作规范，全年未发生差错事故，得到同事和服务对象的认可。",
             "在继续教育方面，按要求完成了公需科目和专业科目学习任务，相关证明材料另附。",
             "今后将继续加强学习，查找不足，努力把工作做得更好。"]  # fmt: skip
    y = 50.0
    for p in paras:
        y = kit.para(pg, ctx, 22, y, 166, p, 12.5, 2.0)
    pg.text(186, y + 16, f"{who}", 12.5, ctx.body, "r")
    pg.text(186, y + 27, d_str(d, "ymd"), 12.5, ctx.body, "r")
    return _done(layout, [pg], who, d.year)
