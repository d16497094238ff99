"""Draw 51 builders: training certificates, sign-in sheets, notices, qualifications and other proofs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.doc import Doc, frame, label_lines, sign_block
from bench.blind.page import Page, width_mm
from bench.generator.truth import person

from . import kit
from . import pools as P
from .pools import Ctx


def claim(c: dict[str, Any], who: str) -> dict[str, Any]:
    return {"person": who, "year": c["year"], "policy": c["policy"]}


def date_s(ctx: Ctx, d: dt.date, style: str | None = None) -> str:
    return P.fmt(d, style or ctx.pick("t51.date"))


def span_s(ctx: Ctx, a: dt.date, b: dt.date) -> str:
    st = ctx.pick("t51.date")
    if a == b:
        return P.fmt(a, st)
    sep = ctx.choice(["至", "—", "-", "～"])
    return f"{P.fmt(a, st)}{sep}{P.fmt(b, st)}"


def training(ctx: Ctx, category: str | None = None) -> dict[str, Any]:
    """A training: city, profession, title, organiser, days, hours."""
    c = P.city(ctx)
    prof = P.profession(ctx)
    y = c["year"]
    start = P.day_in(ctx, y, 3, 11)
    days = ctx.choice([1, 2, 3, 4, 5])
    end = start + dt.timedelta(days=days - 1)
    hours = days * 8 if ctx.rng.random() < 0.7 else ctx.choice([6, 12, 16, 24, 30, 36, 40])
    if category == "public":
        title = ctx.choice(P.PUBLIC_COURSES)
        org = ctx.choice([c["orgs"][3], c["orgs"][6], c["orgs"][15]])
    else:
        course = ctx.choice(P.PROFESSIONS[prof]["courses"])
        title = ctx.choice([course, f"{y}年{c['city'][:-1]}{course}培训班", f"{course}专题研修班"])
        org = ctx.choice(c["orgs"])
    issued = end + dt.timedelta(days=ctx.choice([0, 0, 1, 3, 7]))
    return {
        "c": c,
        "prof": prof,
        "title": title,
        "org": org,
        "start": start,
        "end": end,
        "hours": hours,
        "issued": issued,
        "category": category,
    }


def cat_word(ctx: Ctx, cat: str | None) -> str:
    if cat == "public":
        return ctx.choice(["公需科目", "公需课"])
    if cat == "professional":
        return ctx.choice(["专业科目", "专业课"])
    return ""


def hours_s(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else str(h)


# ---------------------------------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    lay = ctx.layout("training_certificate")
    cat = [None, "public", "professional"][(k + ctx.offset // 6) % 3]
    t = training(ctx, cat)
    c = t["c"]
    who = P.name(ctx.rng)
    wu = P.unit(ctx, c, t["prof"])
    cw = cat_word(ctx, cat)
    colon = ctx.pick("t51.colon")
    no = f"{c['short']}继教〔{c['year']}〕{P.serial(ctx, 4)}号"
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    pages: list[Page] = []
    h = hours_s(t["hours"])
    if lay == "landscape":
        pg = Page(297, 210)
        frame(pg, ctx, int(ctx.pick("t51.frame")) or 2)
        pg.text(pg.w - 30, 20, f"编号{colon}{no}", 10, ctx.body, "r")
        kit.centre(
            pg, ctx, 34, ctx.choice(["结 业 证 书", "培 训 证 书", "合 格 证 书"]), 34, True, color=kit.RED
        )
        body = (
            f"{who} 同志（{wu}）：于{span_s(ctx, t['start'], t['end'])}参加了由{t['org']}举办的"
            f"“{t['title']}”{('（' + cw + '）') if cw else ''}，学习期满，经考核成绩合格，共计{h}学时。特发此证。"
        )
        y = pg.wrap(40, 70, 217, body, 16, ctx.body, 2.0, indent=11)
        sign_block(pg, ctx, t["org"], date_s(ctx, t["issued"]), max(y + 14, 150), seed=ctx.seed(), size=15)
        pages.append(pg)
    elif lay == "booklet":
        pg = Page(297, 210)
        pg.line(148.5, 8, 148.5, 202, 0.3, (200, 200, 200))
        pg.rect(28, 30, 58, 70, 0.3)
        pg.text(43, 47, "照片", 10, ctx.body, "c", kit.GREY)
        label_lines(pg, ctx, 24, 90, [("姓　　名", who), ("工作单位", ""), ("证书编号", no)], 12, colon, 2.6)
        pg.wrap(48, 90 + 12 * 0.3528 * 2.6, 92, wu, 12, ctx.body)
        pg.text(74, 170, ctx.choice(["（内页）", "第 2 页"]), 9, ctx.body, "c", kit.GREY)
        kit.centre(pg, ctx, 20, "", 10)
        pg.text(222, 24, "培训证书", 24, ctx.bold, "c")
        body = (
            f"兹证明{who}于{span_s(ctx, t['start'], t['end'])}参加{t['title']}"
            f"{'（' + cw + '）' if cw else ''}学习，修完规定课程，计{h}学时，准予结业。"
        )
        y = pg.wrap(162, 48, 122, body, 13, ctx.body, 2.0, indent=9)
        sign_block(
            pg, ctx, t["org"], date_s(ctx, t["issued"]), max(y + 16, 140), x_right=280, seed=ctx.seed()
        )
        pages.append(pg)
    elif lay == "phone":
        pg = Page(100, 210, bg=(246, 246, 246))
        y = kit.phone_bar(pg, ctx, "我的证书")
        org = t["org"]
        pg.rect(6, y, 94, y + 150, 0.6, (200, 160, 80), (255, 252, 240))
        y2 = kit.centre(pg, ctx, y + 8, "学时证明", 18, True, margin=10, color=kit.RED)
        pairs = [("姓名", who), ("课程", ""), ("学时", f"{h}学时")]
        if cw:
            pairs.append(("类别", cw))
        pairs += [("学习时间", ""), ("发证日期", date_s(ctx, t["issued"]))]
        yy = y2 + 4
        for lab, val in pairs:
            pg.text(11, yy, lab + colon, 9.5, ctx.body, "l", kit.GREY)
            if lab == "课程":
                yy = pg.wrap(11, yy + 5, 78, t["title"], 10, ctx.body) + 1
                continue
            if lab == "学习时间":
                pg.text(11, yy + 5, P.fmt(t["start"], "iso") + " 至", 9.5, ctx.body)
                pg.text(11, yy + 10, P.fmt(t["end"], "iso"), 9.5, ctx.body)
                yy += 16
                continue
            pg.text(33, yy, val, 10, ctx.body)
            yy += 7
        pg.seal(70, yy - 2, 15, org[:16], ctx.seed())
        pg.text(50, yy + 12, org, kit.fits(org, ctx.body, 9, 80), ctx.body, "c")
        kit.qr(pg, 38, y + 120, 24, ctx.seed())
        pg.text(50, y + 153, "长按识别二维码验证证书真伪", 7.5, ctx.body, "c", kit.GREY)
        pages.append(pg)
    elif lay == "webprint":
        pg = Page(297, 210)
        url = f"https://{ctx.choice(['jxjy', 'zjpx', 'rsj'])}.{ctx.choice(['dezhou', 'yiyang'])}.gov.cn/query/cert?id={P.serial(ctx, 8)}"
        kit.browser_bar(
            pg, ctx, url, f"{date_s(ctx, t['issued'] + dt.timedelta(days=40), 'slash')} 继续教育学时查询"
        )
        kit.centre(pg, ctx, 22, f"{c['city']}专业技术人员继续教育学时查询结果", 18, True)
        pg.text(20, 38, f"查询条件{colon}姓名={who}", 10, ctx.body)
        rows = [
            [
                "序号",
                "姓名",
                "培训项目",
                "类别" if cw else "形式",
                "学时",
                "培训时间",
                "主办单位",
                "发证日期",
            ],
            [
                "1",
                who,
                t["title"],
                cw or "面授",
                h,
                f"{P.fmt(t['start'], 'iso')}至{P.fmt(t['end'], 'iso')}",
                t["org"],
                P.fmt(t["issued"], "iso"),
            ],
        ]
        pg.table(14, 46, [10, 20, 86, 17, 12, 46, 52, 26], rows, 8.5, ctx.body, 16)
        pg.text(20, 90, "共 1 条记录", 9, ctx.body, "l", kit.GREY)
        pages.append(pg)
    elif lay == "table":
        pg = Page()
        kit.centre(pg, ctx, 26, f"{c['city']}专业技术人员继续教育", 15)
        kit.centre(pg, ctx, 34, "学 时 证 明", 24, True)
        pg.text(24, 52, f"姓名{colon}{who}", 12, ctx.body)
        pg.text(110, 52, f"证明编号{colon}{P.serial(ctx, 6)}", 12, ctx.body)
        pg.wrap(24, 60, 162, f"工作单位{colon}{wu}", 12, ctx.body)
        pg.wrap(24, 69, 162, f"培训项目{colon}{t['title']}", 12, ctx.body)
        n = max(2, min(5, int(t["hours"] // 4)))
        parts = [t["hours"] // n] * n
        parts[-1] += t["hours"] - sum(parts)
        courses = P.PROFESSIONS[t["prof"]]["courses"] if cat != "public" else P.PUBLIC_COURSES
        rows = [["序号", "课程名称", "课程类别" if cw else "授课方式", "学时", "考核"]]
        for i in range(n):
            rows.append(
                [
                    str(i + 1),
                    courses[i % len(courses)] if i else t["title"][:18],
                    cw or "讲授",
                    hours_s(parts[i]),
                    "合格",
                ]
            )
        rows.append(["", "合计", "", h, ""])
        y = pg.table(20, 84, [14, 80, 28, 20, 28], rows, 10, ctx.body, 10)
        y = pg.wrap(24, y + 8, 162, f"培训时间{colon}{span_s(ctx, t['start'], t['end'])}", 12, ctx.body)
        pg.wrap(24, y + 4, 162, f"以上情况属实，特此证明。", 12, ctx.body)
        sign_block(pg, ctx, t["org"], date_s(ctx, t["issued"]), y + 24, seed=ctx.seed())
        kit.footer(pg, ctx, "本证明复印无效")
        pages.append(pg)
    else:  # chatfwd
        pg = Page(110, 220)
        y = kit.chat_bar(
            pg, ctx, f"{c['city'][:-1]}{ctx.choice(['水利', '医药', '财会', '林业', '教育'])}继教群(86)"
        )
        sender = P.name(ctx.rng)
        pg.text(16, y + 1, sender, 8, ctx.body, "l", kit.GREY)
        pg.rect(4, y, 13, y + 9, 0, fill=(120, 160, 200))
        pg.rect(16, y + 5, 104, y + 72, 0.2, (210, 210, 210), (255, 255, 255))
        pg.rect(19, y + 8, 101, y + 69, 0.8, (170, 40, 40))
        kit.centre(pg, ctx, y + 11, "结业证书", 15, True, margin=25, color=kit.RED)
        body = (
            f"{who}：你于{span_s(ctx, t['start'], t['end'])}参加{t['title']}{'（' + cw + '）' if cw else ''}，"
            f"共{h}学时，考核合格，特发此证。"
        )
        yy = pg.wrap(23, y + 20, 74, body, 8.5, ctx.body, 1.6, indent=6)
        org = t["org"]
        pg.text(97, yy + 3, org, kit.fits(org, ctx.body, 8, 60), ctx.body, "r")
        pg.text(97, yy + 8, date_s(ctx, t["issued"]), 8, ctx.body, "r")
        pg.seal(80, yy + 5, 9, org[:16], ctx.seed())
        y3 = y + 80
        pg.rect(30, y3, 104, y3 + 10, 0, fill=(149, 236, 105))
        pg.text(33, y3 + 2.5, "收到，谢谢！证书已下载", 9, ctx.body)
        pg.text(55, y3 + 16, ctx.choice(["昨天 18:42", "星期三 09:15"]), 7.5, ctx.body, "c", kit.GREY)
        pages.append(pg)
    fields = {
        "holder": who,
        "title": t["title"],
        "issuer": t["org"],
        "issued_on": P.iso(t["issued"]),
        "period": {"start": P.iso(t["start"]), "end": P.iso(t["end"])},
        "hours_stated": float(t["hours"]),
    }
    return Doc("training_certificate", f"tc51-{lay}", pages, fields, scored, claim(c, who), cat)


# ---------------------------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    lay = ctx.layout("sign_in_sheet")
    t = training(ctx)
    t["end"] = t["start"]
    c = t["c"]
    n = ctx.rng.randint(6, 12)
    people = P.names(ctx.rng, n)
    colon = ctx.pick("t51.colon")
    units = [P.unit(ctx, c, t["prof"]) for _ in people]
    pages: list[Page] = []
    land = lay in ("twocol", "meeting")
    pg = Page(297, 210) if land else Page()
    top = 22
    if lay == "morning":
        title_line = f"{t['title']}签到表"
        y = kit.centre(pg, ctx, top, title_line, 17, True)
        y = kit.centre(pg, ctx, y, "（上午）", 11)
    elif lay == "meeting":
        y = kit.centre(pg, ctx, top, "参 会 人 员 签 到 表", 20, True)
        y = kit.centre(pg, ctx, y + 1, f"会议名称{colon}{t['title']}", 13)
    else:
        y = kit.centre(pg, ctx, top, t["title"], 17, True)
        y = kit.centre(pg, ctx, y, ctx.choice(["签 到 表", "学员签到册", "签到表"]), 15, True)
    info = f"主办单位{colon}{t['org']}　　时间{colon}{date_s(ctx, t['start'])}　　地点{colon}{c['city']}{ctx.choice(['会议中心', '党校报告厅', '职工培训中心'])}"
    pg.text(18, y + 2, info, kit.fits(info, ctx.body, 10.5, pg.w - 36), ctx.body)
    y += 10
    if lay == "twocol":
        half = (n + 1) // 2
        for col in range(2):
            rows = [["序号", "姓名", "工作单位", "签到"]]
            for i in range(col * half, min(n, (col + 1) * half)):
                rows.append([str(i + 1), people[i], units[i], ""])
            x0 = 14 + col * 138
            yb = pg.table(x0, y, [12, 24, 70, 26], rows, 9, ctx.body, 11, fonts={1: ctx.hand})
        for i in range(n):
            col, row = divmod(i, half)
            kit.tick(pg, 14 + col * 138 + 118, y + 11 * (row + 1) + 3)
    else:
        hand = lay in ("grid", "photo", "register", "meeting", "morning")
        head = (
            ["序号", "姓 名", "单 位", "职称", "联系电话", "签 名"]
            if lay == "register"
            else ["序号", "姓名", "工作单位", "签到时间", "备注"]
        )
        rows = [head]
        for i, nm in enumerate(people):
            if lay == "register":
                rows.append(
                    [
                        str(i + 1),
                        nm,
                        units[i],
                        ctx.choice(["助理", "中级", "副高"]),
                        "1" + P.serial(ctx, 10),
                        "",
                    ]
                )
            else:
                rows.append(
                    [str(i + 1), nm, units[i], f"{ctx.rng.randint(7, 8)}:{ctx.rng.randint(10, 59)}", ""]
                )
        widths = [12, 24, 62, 18, 34, 28] if lay == "register" else [14, 28, 80, 28, 28]
        if land:
            widths = [w * 1.4 for w in widths]
        yb = pg.table(18, y, widths, rows, 9.5, ctx.body, 10, fonts={1: ctx.hand} if hand else None)
        if lay == "register":
            for i, nm in enumerate(people):
                pg.text(18 + sum(widths[:5]) + 4, y + 10 * (i + 1) + 2, nm, 12, ctx.hand, "l", (25, 25, 110))
        if lay == "photo":
            pg.bg = (236, 232, 222)
            kit.scribble(pg, ctx, 120, yb + 6, f"实到{n}人", kit.RED)
        if lay == "grid":
            kit.punch_holes(pg)
    pg.text(pg.w - 20, pg.h - 20, ctx.choice(["第1页 共1页", "- 1 -"]), 9, ctx.body, "r", kit.GREY)
    if lay != "photo":
        pg.seal(pg.w - 50, min(yb + 12, pg.h - 40), 18, t["org"][:16], ctx.seed())
    pages.append(pg)
    fields = {
        "title": t["title"],
        "issuer": t["org"],
        "period": {"start": P.iso(t["start"]), "end": P.iso(t["end"])},
        "people": [person(nm, i + 1, "attendee") for i, nm in enumerate(people)],
    }
    who = people[ctx.rng.randrange(n)]
    return Doc(
        "sign_in_sheet",
        f"sis51-{lay}",
        pages,
        fields,
        ["title", "issuer", "period.start", "period.end", "people"],
        claim(c, who),
    )


# ---------------------------------------------------------------------------------------------
def training_notice(ctx: Ctx, k: int) -> Doc:
    lay = ctx.layout("training_notice")
    cat = ctx.choice([None, None, "public", "professional"])
    t = training(ctx, cat)
    c = t["c"]
    cw = cat_word(ctx, cat)
    colon = ctx.pick("t51.colon")
    notice_day = t["start"] - dt.timedelta(days=ctx.rng.randint(6, 25))
    attendees = P.names(ctx.rng, ctx.rng.randint(3, 6))
    contact = P.name(ctx.rng, set(attendees))
    who = attendees[0]
    h = hours_s(t["hours"])
    docno = f"{c['short']}{ctx.choice(['水', '林', '财', '卫', '人社', '教'])}通〔{c['year']}〕{ctx.rng.randint(3, 98)}号"
    pages: list[Page] = []
    para = [
        f"为进一步提高全市{ctx.choice(['专业技术人员', '一线技术人员', '从业人员'])}业务水平，根据年度继续教育工作安排，"
        f"经研究，决定举办{t['title']}{'（' + cw + '）' if cw else ''}。现将有关事项通知如下：",
        f"一、培训时间{colon}{span_s(ctx, t['start'], t['end'])}。",
        f"二、培训地点{colon}{c['city']}{ctx.choice(['迎宾馆三楼会议室', '职工教育培训中心', '委党校第二教室'])}。",
        f"三、参训对象{colon}各县（市、区）相关单位专业技术人员，每单位1—2名。",
        f"四、学时认定{colon}培训结束经考核合格，计继续教育学时{h}学时。",
        f"五、联系人{colon}{contact}，电话{colon}0{ctx.choice(['534', '737'])}-{P.serial(ctx, 7)}。",
        f"附：参训人员名单{colon}{'、'.join(attendees)}。",
    ]
    if lay in ("redhead", "twopage", "invite"):
        pg = Page()
        if lay == "redhead":
            kit.centre(pg, ctx, 24, t["org"] + "文件", 24, True, margin=18, color=kit.RED)
            pg.text(pg.w / 2, 44, docno, 11, ctx.body, "c")
            pg.line(20, 51, 190, 51, 1.0, kit.RED)
            y = 58
            head = "关于举办" + t["title"] + "的通知"
        elif lay == "invite":
            y = kit.centre(pg, ctx, 26, "邀 请 函", 26, True, color=kit.RED) + 6
            head = ""
            para[0] = (
                f"尊敬的{who}同志："
                + "兹定于"
                + span_s(ctx, t["start"], t["end"])
                + f"举办{t['title']}，诚邀您拨冗参加。"
            )
            para[-2] = (
                f"五、会务联系{colon}{P.name(ctx.rng)}，电话0{ctx.choice(['534', '737'])}-{P.serial(ctx, 7)}。"
            )
        else:
            y = 30
            head = "关于举办" + t["title"] + "的通知"
        if head:
            y = pg.wrap(30, y, 150, head, 16, ctx.bold, 1.5) + 4
        pg.text(22, y, "各有关单位：", 12, ctx.body)
        y += 8
        first = para if lay != "twopage" else para[:3]
        for p_ in first:
            y = pg.wrap(22, y, 166, p_, 12, ctx.body, 1.9, indent=8.5)
        if lay == "twopage":
            kit.footer(pg, ctx, "", "— 1 —")
            pages.append(pg)
            pg = Page()
            y = 30
            for p_ in para[3:]:
                y = pg.wrap(22, y, 166, p_, 12, ctx.body, 1.9, indent=8.5)
            rows = [["时间", "内容", "主讲"]] + [
                [f"第{i + 1}天", P.PROFESSIONS[t["prof"]]["courses"][i % 3], P.name(ctx.rng)]
                for i in range(3)
            ]
            y = pg.table(22, y + 6, [40, 90, 36], rows, 10, ctx.body, 9) + 4
            kit.footer(pg, ctx, "", "— 2 —")
        sign_block(pg, ctx, t["org"], date_s(ctx, notice_day), y + 14, seed=ctx.seed())
        pages.append(pg)
    elif lay == "schedule":
        pg = Page(297, 210)
        kit.centre(pg, ctx, 18, t["title"], 18, True)
        kit.centre(pg, ctx, 28, "日 程 安 排", 15, True)
        pg.text(
            20,
            40,
            f"主办{colon}{t['org']}　　培训时间{colon}{span_s(ctx, t['start'], t['end'])}　　计{h}学时",
            10.5,
            ctx.body,
        )
        rows = [["日期", "时间", "课程内容", "授课人", "课程类别" if cw else "地点"]]
        d = t["start"]
        for i in range((t["end"] - t["start"]).days + 1):
            for half in ("8:30-11:30", "14:00-17:00"):
                rows.append(
                    [
                        P.fmt(d, "dot"),
                        half,
                        ctx.choice(
                            P.PROFESSIONS[t["prof"]]["courses"] if cat != "public" else P.PUBLIC_COURSES
                        ),
                        P.name(ctx.rng) + ctx.choice(["教授", "高工", "主任药师", "研究员"]),
                        cw or "二楼报告厅",
                    ]
                )
            d += dt.timedelta(days=1)
        y = pg.table(20, 48, [40, 36, 110, 46, 30], rows[:11], 9.5, ctx.body, 10)
        pg.text(pg.w - 24, y + 8, f"{t['org']}　{date_s(ctx, notice_day)}印发", 10, ctx.body, "r")
        pg.text(24, y + 8, f"联系人{colon}{contact}", 10, ctx.body)
        pg.text(24, y + 15, f"参训人员{colon}{'、'.join(attendees)}", 10, ctx.body)
        pages.append(pg)
    elif lay == "webpost":
        pg = Page()
        kit.browser_bar(
            pg,
            ctx,
            f"http://www.{ctx.choice(['dzsl', 'yyly', 'dzcz', 'yyrs'])}.gov.cn/art/{c['year']}/{P.serial(ctx, 6)}.html",
            f"{t['org']}-通知公告",
        )
        pg.rect(10, 14, 200, 28, 0, fill=(22, 92, 170))
        pg.text(16, 17.5, t["org"], 14, ctx.bold, "l", (255, 255, 255))
        pg.text(16, 33, "首页 > 通知公告 > 正文", 9, ctx.body, "l", kit.GREY)
        y = pg.wrap(20, 42, 170, "关于举办" + t["title"] + "的通知", 15, ctx.bold, 1.5)
        pg.text(
            105,
            y + 1,
            f"发布时间{colon}{P.fmt(notice_day, 'iso')}　来源{colon}本站　浏览次数{colon}{ctx.rng.randint(80, 900)}",
            8.5,
            ctx.body,
            "c",
            kit.GREY,
        )
        y += 10
        for p_ in para:
            y = pg.wrap(20, y, 170, p_, 11, ctx.body, 1.8, indent=8)
        pg.text(188, y + 6, t["org"], 11, ctx.body, "r")
        pg.text(188, y + 12, date_s(ctx, notice_day), 11, ctx.body, "r")
        pages.append(pg)
    else:  # wechat
        pg = Page(100, 240, bg=(255, 255, 255))
        y = kit.phone_bar(pg, ctx, "公众号文章", "16:08")
        y = pg.wrap(6, y + 2, 88, "关于举办" + t["title"] + "的通知", 13, ctx.bold, 1.45)
        pg.text(
            6,
            y + 1,
            f"{t['org']}　{P.fmt(notice_day, 'cn')}",
            kit.fits(f"{t['org']}　{P.fmt(notice_day, 'cn')}", ctx.body, 8, 88),
            ctx.body,
            "l",
            kit.BLUE,
        )
        y += 8
        for p_ in para:
            y = pg.wrap(6, y, 88, p_, 9, ctx.body, 1.7, indent=6)
        pg.text(
            6,
            y + 4,
            f"阅读 {ctx.rng.randint(300, 5000)}　　在看 {ctx.rng.randint(2, 60)}",
            8,
            ctx.body,
            "l",
            kit.GREY,
        )
        pages.append(pg)
    fields = {
        "title": t["title"],
        "issuer": t["org"],
        "issued_on": P.iso(notice_day),
        "period": {"start": P.iso(t["start"]), "end": P.iso(t["end"])},
        "hours_stated": float(t["hours"]),
        "people": [person(a, i + 1, "attendee") for i, a in enumerate(attendees)],
        "holder": who if lay == "invite" else None,
    }
    scored = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    if lay == "schedule":
        scored.remove("issued_on")
    return Doc("training_notice", f"tn51-{lay}", pages, fields, scored, claim(c, who), cat)


# ---------------------------------------------------------------------------------------------
UNIS = [
    ("山东农业大学", "泰安"),
    ("湖南农业大学", "长沙"),
    ("中南大学", "长沙"),
    ("山东大学", "济南"),
    ("湖南师范大学", "长沙"),
    ("青岛大学", "青岛"),
    ("湖南城市学院", "益阳"),
    ("德州学院", "德州"),
    ("河海大学", "南京"),
    ("武汉大学", "武汉"),
]
SUBJECTS = {
    "pharmacist": ("药学", "医学"),
    "water": ("水利工程", "工学"),
    "vet": ("兽医学", "农学"),
    "accountant": ("会计学", "管理学"),
    "forestry": ("林学", "农学"),
    "radiology": ("医学影像学", "医学"),
    "teacher": ("学前教育", "教育学"),
    "surveyor": ("测绘工程", "工学"),
    "grid": ("电气工程及其自动化", "工学"),
    "museum": ("文物与博物馆学", "历史学"),
}


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    lay = ctx.layout("qualification_certificate")
    c = P.city(ctx)
    prof = P.profession(ctx)
    who = P.name(ctx.rng)
    subj, field_ = SUBJECTS[prof]
    uni = ctx.choice(UNIS)[0]
    colon = ctx.pick("t51.colon")
    y = ctx.rng.randint(c["year"] - 6, c["year"])
    born = dt.date(ctx.rng.randint(1975, 1995), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    sex = ctx.choice(["男", "女"])
    no = P.serial(ctx, 18)
    modules: list[str] | None = None
    month_only = False
    issuer = uni
    if lay == "degree" or lay == "phone":
        kind = ctx.choice(["master_degree", "doctor_degree"])
        deg = "硕士" if kind == "master_degree" else "博士"
        issued = dt.date(y, 6, ctx.rng.randint(10, 30))
        month_only = lay == "phone"
    elif lay == "diploma":
        kind = "graduation"
        issued = dt.date(y, ctx.choice([6, 7]), ctx.rng.randint(1, 30))
        month_only = True
    elif lay == "selfstudy":
        kind = "self_study_exam"
        issuer = f"{c['prov']}高等教育自学考试委员会"
        issued = dt.date(y, ctx.choice([4, 10]), ctx.rng.randint(15, 28))
        subj = ctx.choice(
            ["中级财务会计", "审计学", "管理会计（一）", "药理学（二）", "测量学", "学前儿童发展"]
        )
    elif lay == "computer":
        kind = "computer_exam"
        issuer = f"{c['prov']}人力资源和社会保障厅"
        issued = P.day_in(ctx, c["year"], 3, 11)
        modules = ctx.rng.sample(
            [
                "Word 2007中文字处理",
                "Excel 2007中文电子表格",
                "PowerPoint 2007中文演示文稿",
                "Internet应用",
                "Windows 7操作系统",
                "Photoshop CS5图像处理",
            ],
            ctx.rng.randint(1, 3),
        )
        subj = None
    else:  # courses
        kind = "postgraduate_courses"
        issued = dt.date(y, ctx.choice([1, 6, 7, 12]), ctx.rng.randint(5, 28))
    issued_s = (
        f"{issued.year}年{issued.month}月"
        if month_only
        else (P.upper_date(issued) if ctx.rng.random() < 0.5 else P.fmt(issued, "cn"))
    )
    pages: list[Page] = []
    if lay == "degree":
        pg = Page(297, 210, bg=(252, 248, 236))
        frame(pg, ctx, 2)
        kit.centre(pg, ctx, 30, f"{deg}学位证书", 30, True, color=(150, 30, 30))
        body = (
            f"{who}，{sex}，{born.year}年{born.month}月{born.day}日生。在{uni}{subj}专业完成了{deg}学位的学习计划，"
            f"业已通过论文答辩，经审核，根据《中华人民共和国学位条例》的规定，授予{field_}{deg}学位。"
        )
        yy = pg.wrap(42, 70, 213, body, 15, ctx.body, 2.0, indent=10)
        pg.text(60, 160, f"{uni}学位评定委员会主席", 12, ctx.body)
        pg.text(60, 168, P.name(ctx.rng), 16, ctx.hand, "l", (30, 30, 30))
        pg.text(240, 160, issued_s, 13, ctx.body, "c")
        pg.seal(240, 150, 19, uni, ctx.seed())
        pg.text(40, 190, f"证书编号{colon}{no}", 10, ctx.body)
        pages.append(pg)
    elif lay == "diploma":
        pg = Page(297, 210)
        frame(pg, ctx, 3)
        kit.centre(pg, ctx, 26, "普通高等学校", 16, True)
        kit.centre(pg, ctx, 38, "毕 业 证 书", 30, True, color=kit.RED)
        pg.rect(40, 70, 72, 110, 0.4)
        pg.text(56, 88, "照片", 9, ctx.body, "c", kit.GREY)
        body = (
            f"学生{who}，性别{sex}，{born.year}年{born.month}月{born.day}日生，于{y - 4}年9月至{y}年{issued.month}月在本校{subj}专业"
            f"四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
        )
        yy = pg.wrap(84, 72, 180, body, 14, ctx.body, 2.0, indent=10)
        pg.text(120, 160, f"校名{colon}{uni}", 13, ctx.body)
        pg.text(120, 170, f"校（院）长{colon}", 13, ctx.body)
        pg.text(150, 168, P.name(ctx.rng), 16, ctx.hand)
        pg.seal(150, 158, 19, uni, ctx.seed())
        pg.text(250, 170, issued_s, 13, ctx.body, "c")
        pg.text(40, 190, f"证书编号{colon}{no}", 10, ctx.body)
        pages.append(pg)
    elif lay == "phone":
        pg = Page(100, 210, bg=(244, 246, 250))
        yy = kit.phone_bar(pg, ctx, "学信网 · 学位信息")
        pg.text(50, yy + 3, "中国高等教育学位在线验证报告", 10, ctx.bold, "c")
        pairs = [
            ("姓名", who),
            ("性别", sex),
            ("学位授予单位", uni),
            ("学位类别", f"{field_}{deg}"),
            ("获学位专业", subj),
            ("学位级别", deg),
            ("授予日期", issued_s),
            ("证书编号", no),
        ]
        yy += 14
        for lab, val in pairs:
            pg.text(8, yy, lab, 9, ctx.body, "l", kit.GREY)
            pg.text(92, yy, val, kit.fits(val, ctx.body, 9.5, 55), ctx.body, "r")
            pg.line(8, yy + 6, 92, yy + 6, 0.15, (210, 210, 210))
            yy += 9
        kit.qr(pg, 35, yy + 6, 30, ctx.seed(), "在线验证码", ctx)
        pages.append(pg)
    elif lay == "selfstudy":
        pg = Page()
        frame(pg, ctx, 1)
        kit.centre(pg, ctx, 30, f"{c['prov']}高等教育自学考试", 16, True)
        kit.centre(pg, ctx, 42, "单科合格证书", 24, True)
        yy = label_lines(
            pg,
            ctx,
            40,
            72,
            [
                ("姓　　名", who),
                ("准考证号", P.serial(ctx, 12)),
                ("课程名称", subj),
                ("考试成绩", str(ctx.rng.randint(60, 88))),
                ("考试时间", P.fmt(issued, "cn")),
            ],
            13,
            colon,
            2.6,
        )
        pg.wrap(
            40,
            yy + 8,
            130,
            "经考试合格，特发此证。此证书可作为申请毕业或转考的凭证。",
            12,
            ctx.body,
            indent=8,
        )
        sign_block(pg, ctx, issuer, issued_s, yy + 40, seed=ctx.seed())
        pages.append(pg)
    elif lay == "computer":
        pg = Page(148, 210)
        frame(pg, ctx, 1)
        kit.centre(pg, ctx, 22, "全国专业技术人员", 13, True, margin=12)
        kit.centre(pg, ctx, 30, "计算机应用能力考试合格证书", 15, True, margin=12)
        yy = label_lines(
            pg, ctx, 18, 54, [("姓名", who), ("性别", sex), ("证件号码", P.serial(ctx, 18))], 11, colon, 2.5
        )
        pg.text(18, yy, f"考试科目{colon}", 11, ctx.body)
        for m in modules or []:
            yy += 6.5
            pg.text(30, yy, m, 11, ctx.body)
        yy += 10
        pg.text(18, yy, f"考试时间{colon}{P.fmt(issued, 'cn0')}", 11, ctx.body)
        sign_block(pg, ctx, issuer, issued_s, yy + 20, x_right=135, seed=ctx.seed(), size=11)
        pages.append(pg)
    else:  # courses
        pg = Page()
        kit.centre(pg, ctx, 28, uni, 16, True)
        kit.centre(pg, ctx, 38, "研究生课程进修班结业证书", 22, True)
        body = (
            f"{who}同志于{y - 2}年9月至{issued.year}年{issued.month}月参加我校{subj}专业研究生课程进修班学习，"
            f"修完全部学位课程，成绩合格，准予结业。"
        )
        yy = pg.wrap(30, 64, 150, body, 13, ctx.body, 2.0, indent=9)
        rows = [["课程", "学分", "成绩"]] + [
            [x, str(ctx.rng.randint(2, 4)), str(ctx.rng.randint(70, 92))]
            for x in ("中国特色社会主义理论与实践研究", "专业英语", "研究方法论", subj + "前沿专题")
        ]
        yy = pg.table(35, yy + 6, [80, 30, 30], rows, 10, ctx.body, 9)
        sign_block(pg, ctx, f"{uni}研究生院", issued_s, yy + 18, seed=ctx.seed())
        issuer = f"{uni}研究生院"
        pages.append(pg)
    issued_iso = f"{issued.year}-{issued.month:02d}" if month_only else P.iso(issued)
    fields = {
        "holder": who,
        "issuer": issuer,
        "issued_on": issued_iso,
        "qualification": {"kind": kind, "subject": subj, "modules": modules},
    }
    scored = ["holder", "issuer", "issued_on", "qualification.kind"]
    if subj:
        scored.append("qualification.subject")
    if modules:
        scored.append("qualification.modules")
    return Doc("qualification_certificate", f"qc51-{lay}", pages, fields, scored, claim(c, who))


# ---------------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    lay = ctx.layout("other")
    t = training(ctx)
    c = t["c"]
    who = P.name(ctx.rng)
    colon = ctx.pick("t51.colon")
    pg = Page()
    if lay == "receipt":
        pg = Page(210, 120)
        kit.centre(pg, ctx, 14, f"{c['prov']}非税收入一般缴款书（电子）", 14, True)
        rows = [
            ["缴款人", who, "金额", f"{ctx.rng.randint(2, 9)}00.00"],
            ["项目名称", "培训费", "执收单位", t["org"]],
        ]
        pg.table(14, 30, [28, 60, 28, 66], rows, 10, ctx.body, 12)
        pg.text(20, 64, f"开票日期{colon}{date_s(ctx, t['start'])}", 10, ctx.body)
        pg.seal(170, 78, 16, "财政票据监制章", ctx.seed())
    elif lay == "record":
        kit.centre(pg, ctx, 28, "专业技术人员继续教育登记表", 18, True)
        rows = [["姓名", who, "单位", P.unit(ctx, c, t["prof"])], ["年度", str(c["year"]), "应修学时", "90"]]
        pg.table(20, 46, [28, 50, 28, 64], rows, 10, ctx.body, 12)
        pg.wrap(
            24,
            80,
            160,
            "本人年度学习情况（学习笔记摘要）：" + "认真学习有关业务知识，并做好笔记。" * 3,
            11,
            ctx.body,
        )
    elif lay == "leave":
        kit.centre(pg, ctx, 30, "请 假 条", 22, True)
        pg.wrap(
            28,
            56,
            154,
            f"{t['org']}：本人{who}因工作原因，{P.fmt(t['start'], 'cn')}不能参加{t['title']}，特此请假。",
            13,
            ctx.body,
            2.0,
            indent=9,
        )
        pg.text(170, 100, f"请假人{colon}", 12, ctx.body, "r")
        pg.text(172, 99, who, 14, ctx.hand)
    elif lay == "attendance":
        kit.centre(pg, ctx, 28, "考勤统计（内部）", 18, True)
        rows = [["姓名", "应到天数", "实到天数"], [who, "5", "4"], [P.name(ctx.rng), "5", "5"]]
        pg.table(40, 46, [50, 40, 40], rows, 11, ctx.body, 11)
    elif lay == "reply":
        kit.centre(pg, ctx, 28, "参会回执", 20, True)
        rows = [["单位", P.unit(ctx, c, t["prof"])], ["姓名", who], ["手机", "1" + P.serial(ctx, 10)]]
        pg.table(30, 50, [40, 110], rows, 11, ctx.body, 12)
        pg.text(30, 100, "请于会前三日传真至会务组。", 11, ctx.body)
    else:
        pg = Page(100, 200, bg=(246, 246, 246))
        yy = kit.phone_bar(pg, ctx, "学习记录")
        for i in range(6):
            pg.rect(6, yy + i * 24, 94, yy + i * 24 + 20, 0, fill=(255, 255, 255))
            pg.text(10, yy + i * 24 + 4, ctx.choice(P.PUBLIC_COURSES)[:12], 9, ctx.body)
            pg.text(10, yy + i * 24 + 11, f"进度 {ctx.rng.randint(10, 100)}%", 8, ctx.body, "l", kit.GREY)
        pg.text(50, 190, who, 9, ctx.body, "c")
    return Doc("other", f"ot51-{lay}", [pg], {"holder": who}, [], claim(c, who))
