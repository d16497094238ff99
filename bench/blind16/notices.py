"""Draw 16 training notices (通知, 邀请函, 日程安排, 回执, 网页通知, 公众号推文) in six layouts."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind16 import ink
from bench.blind16.pools import (
    Ctx,
    day,
    iso,
    people_names,
    phone_no,
    pick_style,
    some_day,
    span,
    where,
    workplace,
)
from bench.blind16.topics import VENUES, field_of, organiser, topic

AUDIENCE = {"med": "各级医疗卫生机构相关专业技术人员", "edu": "各中小学、幼儿园骨干教师",
            "agr": "各县（市、区）农技推广人员", "eng": "相关单位工程技术人员"}  # fmt: skip
CONTENT = {"med": ["诊疗指南解读", "典型病例讨论", "技能操作示范", "质量安全管理"],
           "edu": ["课标解读", "课例观摩", "教学设计工作坊", "专家点评"],
           "agr": ["技术规程讲解", "田间现场观摩", "病虫情会商", "新品种展示"],
           "eng": ["规范条文解读", "工程案例分析", "现场观摩", "质量通病防治"]}  # fmt: skip
CATW = {"public": "公需科目", "professional": "专业科目"}


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    rng = ctx.rng
    pl = where(rng)
    fld = field_of(ctx)
    a = some_day(rng, 2018, 2024)
    b = a + dt.timedelta(days=rng.choice([0, 1, 2, 3, 4]))
    issued = a - dt.timedelta(days=rng.randint(6, 30))
    title = ctx.pick("notice.title", [f"{a.year}年{topic(ctx, fld)}培训班", f"{topic(ctx, fld)}专题研修班",
                                       f"{pl.city}市{topic(ctx, fld)}继续教育培训", f"{topic(ctx, fld)}学术年会"])  # fmt: skip
    org = organiser(ctx, pl, fld)
    holder = people_names(rng, 1)[0]
    hours = rng.choice([8, 12, 16, 20, 24, 30]) if v != "wechat" or rng.random() < 0.5 else None
    cat = rng.choice(["professional", None, None]) if v in ("redhead", "reply", "webpost") else None
    st = pick_style(ctx)
    fn = {"redhead": _redhead, "invite": _invite, "agenda": _agenda, "reply": _reply, "webpost": _webpost,
          "wechat": _wechat}[v]  # fmt: skip
    pg = fn(ctx, pl, fld, title, org, holder, a, b, issued, hours, cat, st)
    fields = {"holder": holder, "title": title, "issuer": org, "issued_on": iso(issued),
              "period": {"start": iso(a), "end": iso(b)}, "hours_stated": hours}  # fmt: skip
    scored = ["title", "issuer", "issued_on", "period.start", "period.end"] + (
        ["hours_stated"] if hours else []
    )
    return Doc(
        "training_notice", f"notice16-{v}", [pg], fields, scored, {"person": holder, "year": a.year}, cat
    )


def _hours_line(hours, cat):
    if not hours:
        return "培训结束后颁发培训证明。"
    return f"全程参加并考核合格者，计入继续教育{CATW.get(cat, '')}学时{hours}学时。"


def _sections(ctx, pl, fld, title, a, b, hours, cat, st):
    venue = ctx.rng.choice(VENUES)
    return [
        ("一、培训时间", f"{span(a, b, st)}，{day(a - dt.timedelta(days=1), st)}下午报到。"),
        ("二、培训地点", f"{pl.city}市{venue}。"),
        ("三、培训对象", f"{AUDIENCE[fld]}，每单位限报{ctx.rng.randint(2, 5)}人。"),
        ("四、培训内容", "、".join(CONTENT[fld]) + "等。"),
        (
            "五、有关要求",
            f"请各单位于{day(a - dt.timedelta(days=3), st)}前将参训人员名单报送至邮箱。"
            + _hours_line(hours, cat),
        ),
    ]


def _body(pg, ctx, y, secs, x=25, w=160, size=11.5):
    for h, t in secs:
        pg.text(x + size * ink.PT * 2, y, h, size, ctx.bold)
        y += ink.lh(size, 1.8)
        y = pg.wrap(x, y, w, t, size, ctx.body, 1.8, size * ink.PT * 2)
    return y


def _sign(pg, ctx, y, org, issued, st, x=150, size=11.5):
    ink.body(pg, ctx, x, y, org, size, "c")
    ink.body(pg, ctx, x, y + ink.lh(size, 1.8), day(issued, st), size, "c")
    ink.seal(pg, ctx, x, y + 5, org)


def _redhead(ctx, pl, fld, title, org, holder, a, b, issued, hours, cat, st):
    pg = Page()
    rng = ctx.rng
    ink.bold(pg, ctx, 105, 22, f"{org}", 24, color=ink.RED)
    ink.body(pg, ctx, 105, 40, f"{pl.city[0]}{rng.choice(['卫', '教', '农', '建'])}{rng.choice(['发', '函', '字'])}〔{issued.year}〕{rng.randint(3, 96)}号",
             11.5, "c")  # fmt: skip
    ink.rule(pg, 48, 20, 190, 0.9, ink.RED)
    y = pg.wrap(30, 56, 150, f"关于举办{title}的通知", 16, ctx.bold, 1.6)
    y = ink.body(pg, ctx, 25, y + 3, "各有关单位：", 11.5)
    intro = f"为进一步提升专业技术人员业务水平，经研究，决定举办{title}。现将有关事项通知如下："
    y = pg.wrap(25, y, 160, intro, 11.5, ctx.body, 1.8, 11.5 * ink.PT * 2)
    y = _body(pg, ctx, y, _sections(ctx, pl, fld, title, a, b, hours, cat, st))
    _sign(pg, ctx, y + 10, org, issued, st)
    ink.hand(pg, ctx, 150, 12, f"已参加 {holder}", 13)
    return pg


def _invite(ctx, pl, fld, title, org, holder, a, b, issued, hours, cat, st):
    pg = Page(bg=(253, 250, 244))
    rng = ctx.rng
    pg.rect(0, 0, 210, 30, 0, ink.BLACK, (150, 28, 36))
    ink.spread(pg, ctx, 9, "邀请函", 24, color=(250, 225, 170))
    y = 48
    ink.body(pg, ctx, 25, y, f"尊敬的{holder}{rng.choice(['老师', '主任', '同志', '专家'])}：", 13)
    y += 12
    t1 = (f"{title}定于{span(a, b, st)}在{pl.city}市{rng.choice(VENUES)}举行。"
          f"本次活动由{org}主办，内容涵盖" + "、".join(CONTENT[fld][:3]) + "等。")  # fmt: skip
    y = pg.wrap(25, y, 160, t1, 12.5, ctx.body, 1.9, 12.5 * ink.PT * 2)
    t2 = "鉴于您在本领域的专业造诣，诚挚邀请您拨冗出席。"
    if hours:
        t2 += f"参会人员可获继续教育学时{hours}学时。"
    y = pg.wrap(25, y, 160, t2, 12.5, ctx.body, 1.9, 12.5 * ink.PT * 2)
    y = pg.wrap(
        25,
        y + 2,
        160,
        f"会务联系人：{people_names(rng, 1, {holder})[0]}　电话：{phone_no(rng)}",
        11,
        ctx.body,
    )
    ink.body(pg, ctx, 25, y + 6, "此致", 12.5)
    ink.body(pg, ctx, 25, y + 14, "敬礼！", 12.5)
    _sign(pg, ctx, y + 32, org, issued, st, 150, 12.5)
    return pg


def _agenda(ctx, pl, fld, title, org, holder, a, b, issued, hours, cat, st):
    pg = Page()
    rng = ctx.rng
    y = ink.bold(pg, ctx, 105, 20, title, 15)
    y = ink.bold(pg, ctx, 105, y, "日程安排", 15) + 1
    y = ink.body(pg, ctx, 105, y, f"主办单位：{org}", 10.5, "c") + 2
    rows = [["日期", "时间", "内容", "主讲人"]]
    speakers = people_names(rng, 6, {holder})
    dd, si = a, 0
    while dd <= b:
        for slot in ("08:30-11:30", "14:30-17:30"):
            rows.append([day(dd, "zh") if slot[0] == "0" else "", slot, rng.choice(CONTENT[fld]),
                         speakers[si % 6]])  # fmt: skip
            si += 1
        dd += dt.timedelta(days=1)
    y = pg.table(18, y, [34, 32, 76, 32], rows, 10, ctx.body, 10, header_font=ctx.bold) + 6
    if hours:
        y = pg.wrap(18, y, 174, f"注：学员全程参训、考核合格后授予继续教育学时{hours}学时。", 10, ctx.body)
    _sign(pg, ctx, y + 14, org, issued, st, 150, 11)
    ink.hand(pg, ctx, 20, 8, f"{holder} 参加", 13)
    return pg


def _reply(ctx, pl, fld, title, org, holder, a, b, issued, hours, cat, st):
    pg = Page()
    rng = ctx.rng
    y = pg.wrap(25, 20, 160, f"关于举办{title}的通知", 15, ctx.bold, 1.6) + 2
    y = ink.body(pg, ctx, 22, y, "各相关单位：", 11)
    secs = _sections(ctx, pl, fld, title, a, b, hours, cat, st)
    y = _body(pg, ctx, y, [secs[0], secs[1], secs[4]], 22, 166, 11)
    _sign(pg, ctx, y + 10, org, issued, st, 150, 11)
    y += 34
    pg.line(15, y, 195, y, 0.3, ink.GREY)
    ink.body(pg, ctx, 105, y + 1, "（请沿此线剪下）", 7.5, "c", ink.GREY)
    y += 3
    y = ink.bold(pg, ctx, 105, y + 5, "回　执", 13) + 1
    top = y
    rows = [["姓名", "", "工作单位", ""], ["职称", "", "联系电话", ""], ["是否住宿", "", "到达时间", ""]]
    pg.table(22, y, [24, 46, 26, 70], rows, 10.5, ctx.body, 11)
    ink.hand(pg, ctx, 50, top + 2.5, holder, 14)
    ink.hand(pg, ctx, 122, top + 3, workplace(rng, pl), 10.5)
    ink.hand(pg, ctx, 50, top + 14, rng.choice(["主治医师", "一级教师", "工程师", "农艺师"]), 11)
    ink.hand(pg, ctx, 122, top + 14, phone_no(rng), 11)
    ink.hand(pg, ctx, 52, top + 25, rng.choice(["是", "否"]), 11)
    return pg


def _webpost(ctx, pl, fld, title, org, holder, a, b, issued, hours, cat, st):
    pg = Page()
    rng = ctx.rng
    host = (
        rng.choice(["www", "jxjy", "xxgk"])
        + f".{rng.choice(['lc', 'hz', 'zk', 'hy', 'cz', 'sy'])}{rng.choice(['wjw', 'jyj', 'nync', 'zjj'])}.gov.cn"
    )
    ink.body(pg, ctx, 10, 6, f"https://{host}/art/{issued.year}/{issued.month}/{issued.day}/art_{rng.randint(1000, 9999)}_{rng.randint(10000, 99999)}.html", 7.5,
             color=ink.GREY)  # fmt: skip
    pg.rect(10, 12, 200, 26, 0, ink.BLACK, (22, 88, 160))
    ink.bold(pg, ctx, 16, 15.5, org, 14, "l", (255, 255, 255))
    ink.body(pg, ctx, 12, 29, "首页 > 通知公告 > 正文", 8.5, color=ink.GREY)
    y = pg.wrap(30, 40, 150, f"关于开展{title}的通知", 15, ctx.bold, 1.6)
    y = ink.body(pg, ctx, 105, y + 1, f"发布时间：{day(issued, 'hyphen')}　来源：{org}　浏览次数：{rng.randint(300, 9000)}",
                 8.5, "c", ink.GREY) + 2  # fmt: skip
    ink.rule(pg, y, 20, 190, 0.2, ink.GREY)
    y = ink.body(pg, ctx, 22, y + 4, "各有关单位：", 10.5)
    y = _body(pg, ctx, y, _sections(ctx, pl, fld, title, a, b, hours, cat, st), 22, 166, 10.5)
    _sign(pg, ctx, y + 6, org, issued, st, 150, 10.5)
    ink.hand(pg, ctx, 120, y + 36, f"本人已参加　{holder}", 13)
    return pg


def _wechat(ctx, pl, fld, title, org, holder, a, b, issued, hours, cat, st):
    pg = Page(w=90, h=195)
    rng = ctx.rng
    y = ink.status_bar(pg, ctx, f"{rng.randint(8, 23)}:{rng.randint(0, 59):02d}")
    ink.body(pg, ctx, 5, y + 2, "×", 10)
    ink.body(pg, ctx, 85, y + 2, "···", 10, "r")
    y = pg.wrap(6, y + 12, 78, f"关于举办{title}的通知", 12.5, ctx.bold, 1.5)
    y = ink.body(pg, ctx, 6, y + 1, f"{org}　{day(issued, 'hyphen')} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}", 7,
                 color=(80, 100, 150)) + 2  # fmt: skip
    text = [f"定于{span(a, b, st)}在{pl.city}市举办{title}，现将有关事项通知如下。",
            "培训内容：" + "、".join(CONTENT[fld]) + "。", f"培训对象：{AUDIENCE[fld]}。"]  # fmt: skip
    if hours:
        text.append(f"学时：完成全部课程者授予{hours}学时。")
    for t in text:
        y = pg.wrap(6, y, 78, t, 8.5, ctx.body, 1.7, 6) + 1.5
    y = ink.body(pg, ctx, 84, y + 2, org, 8.5, "r")
    y = ink.body(pg, ctx, 84, y, day(issued, st), 8.5, "r") + 4
    pg.rect(5, y, 85, y + 26, 0.3, (200, 200, 200), (247, 247, 247))
    ink.bold(pg, ctx, 8, y + 3, "报名信息", 9, "l")
    ink.body(pg, ctx, 8, y + 10, f"姓名：{holder}", 8.5)
    ink.body(pg, ctx, 8, y + 17, "状态：已审核通过", 8.5, color=(30, 140, 60))
    return pg
