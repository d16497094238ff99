"""Training notices of draw 27: red-letter file, invitation, agenda, web page, account feed, notice with reply slip."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind27 import kit
from bench.blind27.pools import (
    GREY,
    STYLES,
    TITLES_PRO,
    Ctx,
    d_str,
    people,
    phone_no,
    rnd_date,
    sector_of,
    workplace,
)
from bench.blind27.sheets import PLACES
from bench.blind27.training import PRO, PUBLIC
from bench.generator.truth import person

ORGANS = {
    "med": [("开封市卫生健康委员会", "开封市卫生健康委员会文件", "汴卫"), ("开封市医学会", "开封市医学会", "汴医会")],
    "edu": [("开封市教育体育局", "开封市教育体育局文件", "汴教体"), ("开封市教师发展中心", "开封市教师发展中心", "汴教发")],
    "eng": [("开封市住房和城乡建设局", "开封市住房和城乡建设局文件", "汴建"), ("开封市科学技术协会", "开封市科学技术协会", "汴科协")],
    "public": [("开封市人力资源和社会保障局", "开封市人力资源和社会保障局文件", "汴人社")],
}  # fmt: skip


def _setup(ctx: Ctx) -> dict:
    unit = workplace(ctx.rng)
    sector = sector_of(unit)
    public = ctx.rng.random() < 0.35
    topic = ctx.pick(PUBLIC if public else PRO[sector])
    org, head, abbr = ctx.pick(ORGANS["public" if public else sector])
    a = rnd_date(ctx.rng, 2018, 2024)
    a = max(a, dt.date(a.year, 3, 1))
    b = a + dt.timedelta(days=ctx.rng.randint(1, 3))
    issued = a - dt.timedelta(days=ctx.rng.randint(7, 25))
    hours = ctx.rng.choice([None, 8, 12, 16, 24])
    cat = None if hours is None else "public" if public else ctx.pick(["professional", None])
    return {"unit": unit, "topic": topic, "org": org, "head": head, "abbr": abbr, "a": a, "b": b, "issued": issued,
            "hours": hours, "cat": cat, "kind": {"public": "公需科目", "professional": "专业科目"}.get(cat or "", "")}  # fmt: skip


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    return {"redhead": _redhead, "invite": _invite, "agenda": _agenda, "webpage": _webpage, "feed": _feed,
            "receipt": _receipt}[v](ctx, f"notice27-{v}")  # fmt: skip


def _fields(
    s: dict, title: str, holder: str | None, attendees: list[str] | None = None
) -> tuple[dict, list[str]]:
    f = {"title": title, "issuer": s["org"], "issued_on": s["issued"].isoformat(), "holder": holder,
         "period": {"start": s["a"].isoformat(), "end": s["b"].isoformat()}, "hours_stated": s["hours"],
         "people": [person(n, i + 1, "attendee") for i, n in enumerate(attendees or [])]}  # fmt: skip
    sc = ["title", "issuer", "issued_on", "period.start", "period.end"] + (
        ["hours_stated"] if s["hours"] else []
    )
    return f, sc


def _items(s: dict, st: str, title: str) -> list[str]:
    hrs = (
        f"培训结束经考核合格者，登记{s['kind'] or '继续教育'}{s['hours']}学时。"
        if s["hours"]
        else "培训期间请遵守会场纪律。"
    )
    return [f"一、培训时间：{d_str(s['a'], st)}至{d_str(s['b'], st)}，会期{(s['b'] - s['a']).days + 1}天。",
            f"二、培训地点：{PLACES[len(title) % len(PLACES)]}。",
            "三、培训对象：各单位相关专业技术人员，每单位限报2至3人。",
            f"四、培训内容：{s['topic']}相关政策解读、专题讲授与案例交流。", f"五、学时认定：{hrs}",
            "六、其他事项：培训不收取任何费用，食宿自理。请各单位于开班前三日报送参训人员名单。"]  # fmt: skip


def _redhead(ctx: Ctx, layout: str) -> Doc:
    s = _setup(ctx)
    st = ctx.pick(["cn", "cnO"])
    title = f"{s['a'].year}年{s['topic']}培训班"
    pg = kit.page()
    y = kit.red_head(pg, ctx, s["head"], f"{s['abbr']}〔{s['issued'].year}〕{ctx.rng.randint(3, 98)}号")
    y = kit.centre(pg, ctx, y + 4, f"关于举办{title}的通知", 16)
    pg.text(22, y + 6, "各县区、各有关单位：", 12.5, ctx.body)
    y = kit.para(
        pg,
        ctx,
        22,
        y + 16,
        166,
        f"为进一步提高专业技术人员业务能力，经研究，决定举办{title}。现将有关事项通知如下：",
        12.5,
    )
    for it in _items(s, ctx.pick(["ymd", "pad"]), title):
        y = kit.para(pg, ctx, 22, y, 166, it, 12.5)
    pg.text(160, y + 18, s["org"], 12.5, ctx.body, "c")
    pg.text(160, y + 30, d_str(s["issued"], st), 12.5, ctx.body, "c")
    kit.seal(pg, ctx, 160, y + 22, s["org"])
    who = people(ctx.rng, 1)[0]
    kit.hand(pg, ctx, 130, 66, f"{who}已参加", 16)
    kit.hand(pg, ctx, 142, 76, f"{s['b'].month}.{s['b'].day}", 13)
    f, sc = _fields(s, title, who)
    return kit.doc("training_notice", layout, [pg], f, sc, who, s["a"].year, s["cat"])


def _invite(ctx: Ctx, layout: str) -> Doc:
    s = _setup(ctx)
    st = ctx.pick(["ymd", "spaced", "pad"])
    title = f"{s['topic']}学术研讨会"
    who = people(ctx.rng, 1)[0]
    pg = kit.page(tint=(253, 249, 240))
    pg.rect(0, 0, 210, 40, 0, fill=(150, 30, 35))
    pg.text(105, 12, "邀  请  函", 28, ctx.bold, "c", (250, 225, 160))
    y = 56.0
    pg.text(22, y, f"尊敬的{who}{ctx.pick(['老师', '主任', '同志', '专家'])}：", 14, ctx.body)
    y = kit.para(pg, ctx, 22, y + 14, 166, f"您好！{s['org']}定于{d_str(s['a'], st)}至{d_str(s['b'], st)}在开封举办“{title}”，"
                 f"诚挚邀请您拨冗出席并参与交流。", 13, 2.0)  # fmt: skip
    if s["hours"]:
        y = kit.para(
            pg, ctx, 22, y, 166, f"参会人员可获{s['kind'] or '继续教育'}学时{s['hours']}学时。", 13, 2.0
        )
    y = kit.para(
        pg, ctx, 22, y, 166, f"报到地点：{ctx.pick(PLACES)}。会务联系：{phone_no(ctx.rng)}。", 13, 2.0
    )
    pg.text(22, y + 6, "期待您的光临！", 13, ctx.body)
    pg.text(160, y + 28, s["org"], 13, ctx.body, "c")
    pg.text(160, y + 40, d_str(s["issued"], st), 13, ctx.body, "c")
    kit.seal(pg, ctx, 160, y + 32, s["org"])
    f, sc = _fields(s, title, who)
    return kit.doc("training_notice", layout, [pg], f, sc, who, s["a"].year, s["cat"])


def _agenda(ctx: Ctx, layout: str) -> Doc:
    """A programme table (日程安排) with the claimant's name written at the top."""
    s = _setup(ctx)
    title = f"{s['topic']}研修班"
    pg = kit.page(landscape=ctx.rng.random() < 0.5)
    y = kit.centre(pg, ctx, 18, title, 18)
    y = kit.centre(pg, ctx, y, "日程安排", 14, bold=False)
    pg.text(20, y + 2, f"主办单位：{s['org']}", 11, ctx.body)
    speakers = people(ctx.rng, 6)
    rows = [["日期", "时间", "内容", "主讲/主持"]]
    d = s["a"]
    while d <= s["b"]:
        for slot, what in (("08:30-11:30", "专题报告"), ("14:30-17:30", "案例研讨")):
            rows.append([d_str(d, "ymd"), slot, f"{s['topic']}{what}", f"{speakers[len(rows) % 6]}"])
        d += dt.timedelta(days=1)
    w = pg.w - 40
    y = pg.table(20, y + 10, [w * 0.22, w * 0.18, w * 0.4, w * 0.2], rows, 10, ctx.body, row_h=11)
    if s["hours"]:
        pg.text(20, y + 6, f"注：全程参加并考核合格者认定{s['kind'] or ''}{s['hours']}学时。", 10.5, ctx.body)
    pg.text(pg.w - 50, y + 22, s["org"], 11, ctx.body, "c")
    pg.text(pg.w - 50, y + 32, d_str(s["issued"], "pad"), 11, ctx.body, "c")
    who = people(ctx.rng, 1)[0]
    while who in speakers:
        who += "华"
    kit.hand(pg, ctx, pg.w - 70, 8, f"参会人：{who}", 14)
    f, sc = _fields(s, title, who)
    return kit.doc("training_notice", layout, [pg], f, sc, who, s["a"].year, s["cat"])


def _webpage(ctx: Ctx, layout: str) -> Doc:
    """A printed notice page from an organ's website, with an attached list of participants."""
    s = _setup(ctx)
    title = f"{s['topic']}培训"
    pg = kit.page()
    kit.browser(pg, ctx, f"http://www.kaifeng.gov.cn/{s['abbr']}/tzgg/{s['issued'].year}{ctx.rng.randint(1000, 9999)}.html",
                f"关于开展{title}的通知", f"{s['issued'] + dt.timedelta(days=3)} 上午9:1{ctx.rng.randint(0, 9)}")  # fmt: skip
    pg.text(16, 18, "首页 > 通知公告 > 正文", 9, ctx.body, color=GREY)
    y = kit.centre(pg, ctx, 30, f"关于开展{title}的通知", 15)
    pg.text(
        105,
        y,
        f"发布时间：{s['issued'].isoformat()}　来源：{s['org']}　浏览次数：{ctx.rng.randint(200, 3000)}",
        9,
        ctx.body,
        "c",
        GREY,
    )
    pg.line(16, y + 7, 194, y + 7, 0.2, GREY)
    y += 12
    for it in _items(s, ctx.pick(["dash", "ymd"]), title):
        y = kit.para(pg, ctx, 18, y, 174, it, 11, 1.7)
    names = people(ctx.rng, ctx.rng.randint(6, 10))
    y = kit.para(pg, ctx, 18, y + 2, 174, "附件：参训人员名单", 11, 1.7)
    rows = [["序号", "姓名", "单位", "职称"]] + [
        [str(i + 1), n, workplace(ctx.rng), ctx.pick(TITLES_PRO)] for i, n in enumerate(names)
    ]
    pg.table(18, y + 2, [14, 28, 90, 40], rows, 9, ctx.body, row_h=8.5)
    f, sc = _fields(s, title, None, names)
    return kit.doc("training_notice", layout, [pg], f, sc, ctx.pick(names), s["a"].year, s["cat"])


def _feed(ctx: Ctx, layout: str) -> Doc:
    """A phone screenshot of an official account's article announcing the training."""
    s = _setup(ctx)
    title = f"{s['topic']}专题培训班"
    pg = kit.page()
    y = kit.status_bar(pg, ctx, f"{ctx.rng.randint(8, 21)}:{ctx.rng.randint(10, 59)}", "")
    y = pg.wrap(14, y + 4, 182, f"通知｜{title}报名开始啦", 20, ctx.bold, 1.5)
    pg.text(
        14,
        y + 2,
        f"{s['org']}  {s['issued'].year}年{s['issued'].month}月{s['issued'].day}日 {ctx.rng.randint(8, 20)}:{ctx.rng.randint(10, 59)} 河南",
        11,
        ctx.body,
        color=GREY,
    )
    y += 14
    st = ctx.pick(["ymd", "pad"])
    for it in _items(s, st, title)[:5]:
        y = kit.para(pg, ctx, 14, y, 182, it, 13, 1.8)
    names = people(ctx.rng, ctx.rng.randint(4, 7))
    y = kit.para(pg, ctx, 14, y + 2, 182, "首批确认参训人员：" + "、".join(names) + "。", 13, 1.8)
    pg.text(
        14,
        y + 6,
        f"阅读 {ctx.rng.randint(1000, 9000)}    ♡ 赞 {ctx.rng.randint(10, 99)}    在看",
        11,
        ctx.body,
        color=GREY,
    )
    f, sc = _fields(s, title, None, names)
    return kit.doc("training_notice", layout, [pg], f, sc, ctx.pick(names), s["a"].year, s["cat"])


def _receipt(ctx: Ctx, layout: str) -> Doc:
    """Two pages: the notice, then its reply slip (回执) filled in by hand by one person."""
    s = _setup(ctx)
    st = ctx.pick(STYLES)
    title = f"{s['topic']}能力提升培训班"
    p1 = kit.page()
    y = kit.centre(p1, ctx, 26, s["org"], 16)
    y = kit.centre(p1, ctx, y + 2, f"关于举办{title}的通知", 15)
    p1.text(22, y + 6, "各有关单位：", 12, ctx.body)
    y = kit.para(
        p1, ctx, 22, y + 16, 166, f"根据年度继续教育工作安排，定于近期举办{title}，具体事项如下：", 12
    )
    for it in _items(s, ctx.pick(["ymd", "pad", "dot"]), title):
        y = kit.para(p1, ctx, 22, y, 166, it, 12)
    p1.text(22, y + 4, "附件：参训回执", 12, ctx.body)
    p1.text(160, y + 20, s["org"], 12, ctx.body, "c")
    p1.text(160, y + 31, d_str(s["issued"], st), 12, ctx.body, "c")
    kit.seal(p1, ctx, 160, y + 24, s["org"])
    p2 = kit.page()
    kit.centre(p2, ctx, 24, "参 训 回 执", 18)
    who = people(ctx.rng, 1)[0]
    rows = [["姓名", "性别", "工作单位", "职称", "手机号码"], ["", "", "", "", ""]]
    p2.table(18, 44, [26, 16, 70, 30, 32], rows, 11, ctx.body, row_h=14)
    kit.hand(p2, ctx, 21, 60, who, 14)
    kit.hand(p2, ctx, 50, 60, ctx.pick(["男", "女"]), 14)
    kit.hand(p2, ctx, 62, 60.5, s["unit"][:14], 11)
    kit.hand(p2, ctx, 132, 60, ctx.pick(TITLES_PRO), 12)
    kit.hand(p2, ctx, 161, 60.5, phone_no(ctx.rng).replace("****", "5621"), 10)
    p2.text(18, 82, "请于开班前三日将回执发送至会务组邮箱。", 11, ctx.body)
    f, sc = _fields(s, title, who)
    return kit.doc("training_notice", layout, [p1, p2], f, sc, who, s["a"].year, s["cat"])
