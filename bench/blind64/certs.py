"""Builders of draw 64's certificates, sign-in sheets, notices, qualifications and other proofs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind64 import kit
from bench.blind64.kit import fmt, iso, plus
from bench.blind64.pools import SHORT, City, Ctx, Prof
from bench.generator.truth import person

RED = (190, 30, 30)


def make(
    ctx: Ctx,
    etype: str,
    variant: str,
    pages: list,
    fields: dict[str, Any],
    claim_person: str,
    year: int,
    city: City,
    category: str | None = None,
) -> Doc:
    """A Doc whose scored list is every scored field the proof prints (non-null)."""
    from bench.generator.truth import SCORED

    scored = []
    for path in SCORED[etype]:
        if path == "people":
            if fields.get("people"):
                scored.append(path)
            continue
        head, _, leaf = path.partition(".")
        v = fields.get(head)
        if leaf:
            v = v.get(leaf) if isinstance(v, dict) else None
        if v not in (None, [], ""):
            scored.append(path)
    claim = {"policy": city.policy, "person": claim_person, "year": year}
    return Doc(etype, f"{SHORT[etype]}64-{variant}", pages, fields, scored, claim, category)


def organiser(ctx: Ctx, city: City, prof: Prof) -> str:
    c = ctx.rng.choice(city.counties)
    return ctx.pick("org", (
        f"{city.city}{prof.bureau}", f"{c}{prof.bureau}", f"{city.city}{prof.society}",
        f"{city.province}{prof.society}", f"{city.city}{prof.bureau}",
    ))  # fmt: skip


def training_title(ctx: Ctx, city: City, prof: Prof, category: str | None) -> str:
    y, topic = city.year, ctx.rng.choice(prof.topics)
    if category == "public":
        if city.policy == "dezhou-2017":
            subj = "信息化能力建设与网络安全"
        else:
            subj = ctx.rng.choice(("树立五大发展理念推进全面深化改革", "以文化+引领经济社会融合创新"))
        return ctx.pick("title.public", (
            f"{y}年度专业技术人员继续教育公需科目培训",
            f"{y}年专业技术人员公需科目《{subj}》学习",
            f"{city.city}{y}年度公需科目{subj}培训班",
        ))  # fmt: skip
    return ctx.pick("title.prof", (
        f"{y}年{topic}培训班", f"{city.city}{y}年度{topic}专题培训", f"{topic}研修班",
        f"第{kit.cn_num(ctx.rng.randint(2, 9))}期{prof.field}专业技术人员{topic}培训",
        f"{y}年{prof.field}专业技术人员知识更新培训",
    ))  # fmt: skip


def span(ctx: Ctx, year: int, days: int | None = None) -> tuple[dt.date, dt.date]:
    s = kit.day(ctx.rng, year, 3, 11)
    return s, plus(s, ctx.rng.randint(1, 5) if days is None else days)


def cat_line(category: str | None) -> str:
    return {"public": "公需科目", "professional": "专业科目"}.get(category or "", "")


# ---- training certificates ------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("training_certificate")
    city, prof = ctx.city(), ctx.prof()
    cat = ("public", "professional", None)[(k + ctx.offset // 3) % 3]
    holder = ctx.name()
    title = training_title(ctx, city, prof, cat)
    if cat == "public":
        issuer = ctx.pick(
            "pubissuer",
            (
                f"{city.city}人力资源和社会保障局",
                f"{city.province}人力资源和社会保障厅",
                f"{ctx.rng.choice(city.counties)}人力资源和社会保障局",
                city.schools[-1],
            ),
        )
    else:
        issuer = organiser(ctx, city, prof)
    s, e = span(ctx, city.year)
    issued = plus(e, ctx.rng.choice((0, 0, 3, 10)))
    hours = (
        ctx.rng.choice((8, 12, 16, 24, 30, 32, 40, 48)) if cat != "public" else ctx.rng.choice((24, 30, 26))
    )
    f = ctx.form()
    unit = f"{ctx.rng.choice(city.counties)}{prof.unit}"
    no = f"{city.short}继教〔{city.year}〕{ctx.rng.randint(100, 9999):04d}号"
    pages, period = [], {"start": iso(s), "end": iso(e)}
    b, bo = ctx.body, ctx.bold
    if v == "band":
        pg = kit.page(True)
        frame(pg, ctx, 3)
        pg.rect(10, 10, 287, 40, 0, fill=(176, 36, 36))
        pg.text(148.5, 18, "结 业 证 书", 30, bo, "c", (255, 240, 200))
        pg.text(250, 48, f"编号：{no}", 10, b, "c")
        txt = (
            f"{holder}同志于{fmt(iso(s), f)}至{fmt(iso(e), f)}参加由{issuer}举办的“{title}”，"
            f"完成规定课程的学习，经考核成绩合格，共计{hours}学时，特发此证。"
        )
        y = pg.wrap(40, 68, 217, txt, 16, b, 2.0, indent=11)
        if cat:
            pg.text(40, y + 4, f"培训类别：{cat_line(cat)}", 14, b)
        sign_block(pg, ctx, issuer, fmt(iso(issued), f), 150, 260, seed=k)
    elif v == "table":
        pg = kit.page()
        pg.text(105, 30, "继续教育培训合格证明", 22, bo, "c")
        rows = [
            ["姓  名", holder],
            ["工作单位", unit],
            ["培训项目", title],
            ["主办单位", issuer],
            ["培训时间", f"{fmt(iso(s), f)}—{fmt(iso(e), f)}"],
            ["培训学时", f"{hours}学时"],
        ]
        if cat:
            rows.append(["科目类别", cat_line(cat)])
        rows.append(["考核结果", ctx.rng.choice(("合格", "优秀"))])
        y = pg.table(22, 52, [38, 128], rows, 11.5, b, 13)
        pg.text(22, y + 10, "经审核，以上情况属实，特此证明。", 13, b)
        sign_block(pg, ctx, issuer, fmt(iso(issued), f), y + 35, seed=k)
    elif v == "letter":
        pg = kit.page()
        pg.text(105, 40, "学 时 证 明", 24, bo, "c")
        txt = (
            f"兹有{unit}{holder}同志，于{fmt(iso(s), f)}至{fmt(iso(e), f)}参加了我单位组织的{title}，"
            f"按要求完成全部学习内容，考核合格，"
            + (f"计{cat_line(cat)}" if cat else "获得继续教育")
            + f"{hours}学时。"
        )
        y = pg.wrap(25, 70, 160, txt, 14, b, 2.0, indent=10)
        pg.text(35, y + 6, "特此证明。", 14, b)
        sign_block(pg, ctx, issuer, fmt(iso(issued), f), y + 40, seed=k)
    elif v == "twoline":
        pg = kit.page(True)
        frame(pg, ctx, 2)
        y = heading(pg, ctx, f"{city.city}专业技术人员继续教育|培 训 证 书", 26, 24)
        pairs = [
            ("姓　　名", holder),
            ("工作单位", unit),
            ("培训名称", title),
            ("培训日期", f"{fmt(iso(s), f)}至{fmt(iso(e), f)}"),
            ("认定学时", f"{hours}学时"),
        ]
        if cat:
            pairs.append(("科　　目", cat_line(cat)))
        label_lines(pg, ctx, 45, y + 8, pairs, 14, "：", 2.1, 30, True)
        pg.text(45, 182, f"证书编号：{no}", 10, b)
        sign_block(pg, ctx, issuer, fmt(iso(issued), f), 160, 255, seed=k)
    elif v == "card":
        pg = kit.Page(210.0, 148.0)
        frame(pg, ctx, 1)
        pg.text(105, 18, "培训合格证", 22, bo, "c")
        pg.rect(22, 36, 52, 76, 0.4)
        pg.text(37, 54, "照片", 10, b, "c")
        label_lines(
            pg, ctx, 62, 36, [("姓名", holder), ("项目", title), ("学时", f"{hours}学时")], 11, "：", 2.2
        )
        if cat:
            pg.text(62, 66, f"类别：{cat_line(cat)}", 11, b)
        pg.text(22, 92, f"培训时间：{fmt(iso(s), f)}至{fmt(iso(e), f)}", 11, b)
        pg.text(22, 101, f"证号：{no}", 10, b)
        sign_block(pg, ctx, issuer, fmt(iso(issued), f), 108, 190, size=11, seed=k)
    else:  # online
        plat = ctx.pick(
            "platform",
            (
                f"{city.province}专业技术人员继续教育网",
                f"{city.city}专业技术人员继续教育培训平台",
                f"{city.province}专业技术人员继续教育网络学院",
            ),
        )
        pg = kit.page(True)
        pg.rect(8, 8, 289, 202, 1.0, (30, 80, 160))
        pg.text(20, 16, plat, 12, b, "l", (30, 80, 160))
        pg.text(148.5, 34, "电 子 证 书", 30, bo, "c", (30, 80, 160))
        pg.text(148.5, 52, "CERTIFICATE OF COMPLETION", 12, b, "c", (90, 90, 90))
        txt = (
            f"学员{holder}于{fmt(iso(s), f)}至{fmt(iso(e), f)}在本平台完成《{title}》课程的在线学习并通过在线考试，"
            f"获得学时{hours}学时。"
        )
        y = pg.wrap(40, 72, 217, txt, 15, b, 2.0, indent=10)
        if cat:
            pg.text(40, y + 2, f"课程类别：{cat_line(cat)}", 13, b)
        pg.text(40, 160, f"主办单位：{issuer}", 12, b)
        pg.text(40, 170, f"证书编号：W{city.year}{ctx.rng.randint(10**7, 10**8 - 1)}", 11, b)
        pg.text(40, 180, "验证方式：登录平台“证书查询”栏目输入证书编号核验", 10, b, "l", (90, 90, 90))
        sign_block(pg, ctx, issuer, fmt(iso(issued), f), 158, 262, seed=k)
        title = title  # the course title is the training title
    pages.append(pg)
    fields = {
        "holder": holder,
        "title": title,
        "issuer": issuer,
        "issued_on": iso(issued),
        "period": period,
        "hours_stated": float(hours),
    }
    return make(ctx, "training_certificate", v, pages, fields, holder, city.year, city, cat)


# ---- sign-in sheets ----------------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("sign_in_sheet")
    city, prof = ctx.city(), ctx.prof()
    title = training_title(ctx, city, prof, None)
    issuer = organiser(ctx, city, prof)
    s, e = span(ctx, city.year, 0 if v != "daily" else ctx.rng.randint(1, 2))
    f = ctx.form()
    n = ctx.rng.randint(6, 12)
    who = ctx.names(n)
    units = [f"{ctx.rng.choice(city.counties)}{prof.unit}" for _ in who]
    b, bo, h = ctx.body, ctx.bold, ctx.hand
    place = ctx.rng.choice(
        (f"{city.city}会议中心", f"{ctx.rng.choice(city.schools)}报告厅", f"{city.city}宾馆三楼会议室")
    )
    pg = kit.page(v == "daily")
    if v == "grid":
        pg.text(105, 22, f"{title}签到表", 16, bo, "c")
        pg.text(20, 36, f"主办单位：{issuer}", 11, b)
        pg.text(120, 36, f"日期：{fmt(iso(s), f)}", 11, b)
        rows = [["序号", "姓名", "工作单位", "职称", "联系电话", "签到时间"]]
        rows += [
            [
                str(i + 1),
                nm,
                u,
                ctx.rng.choice(("助理工程师", "工程师", "高级工程师", "技术员", "主管")),
                f"1{ctx.rng.randint(3, 8)}{ctx.rng.randint(10**8, 10**9 - 1)}",
                f"8:{ctx.rng.randint(0, 29):02d}",
            ]
            for i, (nm, u) in enumerate(zip(who, units, strict=True))
        ]
        pg.table(12, 46, [12, 24, 62, 26, 32, 30], rows, 9.5, b, 11, header_font=b, fonts={5: h})
    elif v == "twocol":
        pg.text(105, 22, f"{title}签到表", 16, bo, "c")
        pg.text(105, 34, f"主办：{issuer}　　{fmt(iso(s), f)}　　地点：{place}", 10, b, "c")
        half = (n + 1) // 2
        for col, chunk in enumerate((who[:half], who[half:])):
            rows = [["序号", "姓名", "签名"]] + [
                [str(col * half + i + 1), nm, nm] for i, nm in enumerate(chunk)
            ]
            pg.table(14 + col * 95, 46, [14, 34, 38], rows, 10.5, b, 12, header_font=b, fonts={2: h})
    elif v == "meeting":
        pg.text(105, 24, "会 议 签 到 簿", 18, bo, "c")
        y = label_lines(
            pg,
            ctx,
            20,
            40,
            [("会议名称", title), ("主办单位", issuer), ("会议时间", fmt(iso(s), f)), ("会议地点", place)],
            11,
            "：",
            2.0,
        )
        rows = [["姓名", "工作单位", "职务/职称", "签名"]] + [
            [nm, u, "", nm] for nm, u in zip(who, units, strict=True)
        ]
        pg.table(16, y + 4, [28, 74, 34, 42], rows, 10, b, 11, header_font=b, fonts={3: h})
    elif v == "daily":
        pg.text(148.5, 18, f"{title}签到表", 16, bo, "c")
        pg.text(20, 30, f"举办单位：{issuer}", 11, b)
        pg.text(150, 30, f"培训时间：{fmt(iso(s), f)}至{fmt(iso(e), f)}", 11, b)
        days = [(s + dt.timedelta(days=i)) for i in range((e - s).days + 1)]
        head = ["序号", "姓名", "单位"] + [f"{d.month}月{d.day}日{p}" for d in days for p in ("上午", "下午")]
        rows = [head] + [
            [str(i + 1), nm, u] + ["√"] * (2 * len(days))
            for i, (nm, u) in enumerate(zip(who, units, strict=True))
        ]
        ws = [14, 26, 62] + [min(28.0, 180 / (2 * len(days)))] * (2 * len(days))
        pg.table(14, 40, ws, rows, 9, b, 10, header_font=b, fonts={i: h for i in range(3, 3 + 2 * len(days))})
    else:  # roster: names only in the signer's hand
        pg.text(105, 20, issuer, 12, b, "c")
        pg.text(105, 30, f"“{title}”参训人员签到表", 15, bo, "c")
        pg.text(20, 42, f"时间：{fmt(iso(s), f)}", 11, b)
        pg.text(110, 42, f"地点：{place}", 11, b)
        rows = [["序号", "单位", "本人签名", "备注"]] + [
            [str(i + 1), u, nm, ""] for i, (nm, u) in enumerate(zip(who, units, strict=True))
        ]
        pg.table(16, 50, [16, 84, 46, 32], rows, 10.5, b, 12, header_font=b, fonts={2: h})
    people = [person(nm, i + 1, "attendee") for i, nm in enumerate(who)]
    fields = {"people": people, "title": title, "issuer": issuer, "period": {"start": iso(s), "end": iso(e)}}
    return make(ctx, "sign_in_sheet", v, [pg], fields, ctx.rng.choice(who), city.year, city)


# ---- training notices ----------------------------------------------------------------------------------
def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("training_notice")
    city, prof = ctx.city(), ctx.prof()
    cat = ctx.rng.choice(("professional", None, None))
    title = training_title(ctx, city, prof, None)
    issuer = organiser(ctx, city, prof)
    s, e = span(ctx, city.year)
    issued = plus(s, -ctx.rng.randint(7, 25))
    f, fd = ctx.form(), ctx.form()
    hours = ctx.rng.choice((None, 16, 24, 32, 40))
    who = ctx.names(ctx.rng.randint(3, 6))
    units = [f"{ctx.rng.choice(city.counties)}{prof.unit}" for _ in who]
    b, bo = ctx.body, ctx.bold
    place = ctx.rng.choice(
        (f"{city.city}行政学院", f"{ctx.rng.choice(city.schools)}继续教育学院", f"{city.city}职工培训中心")
    )
    credit = (
        ""
        if hours is None
        else (f"培训结束经考核合格者，颁发培训证书，计{cat_line(cat) or '继续教育'}{hours}学时。")
    )
    body = [
        ("一、培训时间", f"{fmt(iso(s), fd)}至{fmt(iso(e), fd)}，{fmt(iso(plus(s, -1)), fd)}下午报到。"),
        ("二、培训地点", place),
        ("三、培训对象", f"全市{prof.field}相关单位专业技术人员。"),
        ("四、培训内容", f"{'、'.join(prof.topics)}等。{credit}"),
        ("五、有关要求", "请各单位高度重视，按时选派人员参加，严格遵守培训纪律。"),
    ]
    if not credit and cat:
        body[3] = ("四、培训内容", f"{'、'.join(prof.topics)}等，属{cat_line(cat)}。")
    people = [person(nm, i + 1, "attendee") for i, nm in enumerate(who)]
    holder, claim = None, who[0]
    pages = []
    docno = f"{city.short}{prof.bureau[:2]}字〔{city.year}〕{ctx.rng.randint(5, 120)}号"
    if "学会" in issuer:
        docno = f"{city.province[:2]}{prof.society[:2]}学发〔{city.year}〕{ctx.rng.randint(3, 40)}号"

    def notice_body(pg: Any, y: float, lead: str, width: float = 166) -> float:
        y = pg.wrap(22, y, width, lead, 12.5, b, 1.8, indent=9)
        for head, txt in body:
            pg.text(22, y, head, 12.5, bo)
            y = pg.wrap(22, y + 7, width, txt, 12.5, b, 1.8, indent=9)
        return y

    def namelist(pg: Any, y: float) -> float:
        rows = [["序号", "姓名", "工作单位"]] + [
            [str(i + 1), nm, u] for i, (nm, u) in enumerate(zip(who, units, strict=True))
        ]
        return pg.table(30, y, [16, 40, 94], rows, 10.5, b, 10)

    pg = kit.page()
    lead = f"各县（市、区）{prof.bureau[:-1]}部门，各有关单位：为进一步提高全市{prof.field}专业技术人员业务水平，经研究，决定举办{title}。现将有关事项通知如下："
    if v == "redhead":
        pg.text(105, 26, f"{issuer}文件", 24, bo, "c", RED)
        pg.text(105, 46, docno, 12, b, "c")
        pg.line(18, 54, 192, 54, 1.2, RED)
        pg.wrap(30, 62, 150, f"关于举办{title}的通知", 16, bo, 1.5)
        y = notice_body(pg, 84, lead)
        pg.text(22, y + 2, "附件：参训人员名单", 12.5, b)
        y = namelist(pg, y + 10)
        sign_block(pg, ctx, issuer, fmt(iso(issued), f), min(y + 8, 262), seed=k)
    elif v == "schedule":
        pg.wrap(25, 26, 160, f"关于举办{title}的通知", 16, bo, 1.5)
        y = notice_body(pg, 50, lead)
        pg.text(22, y + 2, "附件：1.培训日程安排  2.参训人员名单", 12, b)
        sign_block(pg, ctx, issuer, fmt(iso(issued), f), y + 18, seed=k)
        pages.append(pg)
        pg = kit.page()
        pg.text(20, 20, "附件1", 12, bo)
        pg.text(105, 30, "培训日程安排", 15, bo, "c")
        rows = [["日期", "时间", "内容", "授课人"]]
        for i in range((e - s).days + 1):
            d = s + dt.timedelta(days=i)
            t = ctx.rng.choice(prof.topics)
            rows += [
                [f"{d.month}月{d.day}日", "8:30-11:30", t, ctx.name()],
                [f"{d.month}月{d.day}日", "14:30-17:30", "案例研讨", ctx.name()],
            ]
        y = pg.table(18, 40, [30, 32, 88, 24], rows, 10, b, 9)
        pg.text(20, y + 10, "附件2", 12, bo)
        pg.text(105, y + 20, "参训人员名单", 15, bo, "c")
        namelist(pg, y + 30)
    elif v == "invite":
        holder = claim = who[0]
        people = [person(holder, 1, "attendee")]
        pg.text(105, 30, "邀 请 函", 24, bo, "c")
        pg.text(22, 52, f"尊敬的{holder}老师：", 13, b)
        txt = (
            f"您好！为促进{prof.field}领域技术交流，{issuer}定于{fmt(iso(s), fd)}至{fmt(iso(e), fd)}在{place}举办{title}。"
            f"您在该领域具有丰富经验，特邀请您拨冗参加。" + credit
        )
        y = pg.wrap(22, 64, 166, txt, 13, b, 1.9, indent=9)
        y = pg.wrap(
            22,
            y + 4,
            166,
            "请于会前填写回执并反馈至会务组。联系人："
            + ctx.name()
            + "，联系电话：0"
            + str(ctx.rng.randint(371, 534))
            + "-"
            + str(ctx.rng.randint(2000000, 8999999)),
            12,
            b,
            1.8,
            indent=9,
        )
        sign_block(pg, ctx, issuer, fmt(iso(issued), f), y + 20, seed=k)
    elif v == "receipt":
        pg.wrap(25, 24, 160, f"关于举办{title}的通知", 15, bo, 1.5)
        y = notice_body(pg, 46, lead)
        y = sign_block(pg, ctx, issuer, fmt(iso(issued), f), y + 6, seed=k)
        pg.line(15, y + 2, 195, y + 2, 0.2)
        pg.text(105, y + 6, "报 名 回 执", 14, bo, "c")
        rows = [["姓名", "单位", "职称", "手机"]] + [
            [nm, u, "工程师", ""] for nm, u in zip(who, units, strict=True)
        ]
        pg.table(20, y + 16, [30, 90, 30, 20], rows, 10, b, 9, header_font=b, fonts={0: ctx.hand})
    elif v == "plain":
        pg.text(105, 28, "通  知", 22, bo, "c")
        y = notice_body(
            pg,
            46,
            f"为做好{city.year}年度{prof.field}专业技术人员继续教育工作，{issuer}定于近期举办{title}。现将有关事项通知如下：",
        )
        y = pg.wrap(
            22,
            y + 2,
            166,
            "经各单位推荐，以下同志参加本期培训：" + "、".join(who) + "。",
            12.5,
            b,
            1.8,
            indent=9,
        )
        sign_block(pg, ctx, issuer, fmt(iso(issued), f), y + 14, seed=k)
    else:  # forward: a county office forwards the organiser's notice
        fwd = f"{ctx.rng.choice(city.counties)}{prof.bureau}"
        pg.text(105, 24, f"{fwd}", 18, bo, "c", RED)
        pg.line(18, 34, 192, 34, 1.0, RED)
        pg.wrap(25, 40, 160, f"关于转发《关于举办{title}的通知》的通知", 14, bo, 1.5)
        y = pg.wrap(
            22,
            62,
            166,
            f"各有关单位：现将{issuer}《关于举办{title}的通知》转发给你们，请认真组织，按时参加。参训人员："
            + "、".join(who)
            + "。",
            12,
            b,
            1.8,
            indent=9,
        )
        y = sign_block(pg, ctx, fwd, fmt(iso(plus(issued, 3)), f), y + 4, seed=k + 1)
        pg.line(18, y + 2, 192, y + 2, 0.3)
        y = notice_body(pg, y + 8, lead)
        sign_block(pg, ctx, issuer, fmt(iso(issued), f), min(y + 2, 255), seed=k, size=11)
    pages.append(pg)
    fields = {
        "holder": holder,
        "people": people,
        "title": title,
        "issuer": issuer,
        "issued_on": iso(issued),
        "period": {"start": iso(s), "end": iso(e)},
        "hours_stated": None if hours is None else float(hours),
    }
    return make(ctx, "training_notice", v, pages, fields, claim, city.year, city, cat)


# ---- qualifications ------------------------------------------------------------------------------------
COMPUTER = (
    "Word 2007中文字处理",
    "Excel 2007中文电子表格",
    "PowerPoint 2007中文演示文稿",
    "Windows 7操作系统",
    "Internet应用",
)


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("qualification_certificate")
    city, prof = ctx.city(), ctx.prof()
    holder = ctx.name()
    sex = ctx.rng.choice("男女")
    b, bo = ctx.body, ctx.bold
    y0 = city.year
    big = {
        "dezhou-2017": ("山东农业大学", "山东师范大学", "山东大学"),
        "kaifeng-2016": ("河南大学", "河南农业大学", "郑州大学"),
    }
    pg = kit.page(v in ("graduation", "master"))
    modules, subject = None, prof.subject
    born = f"{ctx.rng.randint(1992, 1995) if v == 'graduation' else ctx.rng.randint(1978, 1990)}年{ctx.rng.randint(1, 12)}月{ctx.rng.randint(1, 28)}日"
    no = str(ctx.rng.randint(10**17, 10**18 - 1))
    if v == "graduation":
        issuer = ctx.rng.choice(city.schools)
        when = iso(dt.date(y0, 6, ctx.rng.randint(20, 30)))
        f = ctx.rng.choice(("cn", "ymd", "pad"))
        frame(pg, ctx, 2)
        pg.text(148.5, 24, "毕 业 证 书", 28, bo, "c")
        pg.rect(30, 50, 62, 90, 0.4)
        txt = (
            f"学生{holder}，性别{sex}，{born}生，于{y0 - 4}年9月至{y0}年6月在本校{subject}专业四年制本科学习，"
            f"修完教学计划规定的全部课程，成绩合格，准予毕业。"
        )
        pg.wrap(75, 52, 190, txt, 14, b, 2.0, indent=10)
        pg.text(75, 130, f"校名：{issuer}", 13, b)
        pg.text(75, 140, f"校长：{ctx.name()}", 13, b)
        pg.text(75, 150, f"证书编号：{no}", 12, b)
        sign_block(pg, ctx, issuer, fmt(when, f), 160, 250, seed=k)
        kind = "graduation"
    elif v == "master":
        issuer = ctx.rng.choice(big[city.policy])
        when = f"{y0}-06"
        frame(pg, ctx, 2)
        pg.text(148.5, 22, "硕 士 学 位 证 书", 26, bo, "c")
        deg = {
            "园艺": "农学",
            "设施农业科学与工程": "农学",
            "眼科学": "医学",
            "皮肤病与性病学": "医学",
            "护理学": "医学",
        }.get(subject, "工学")
        txt = (
            f"{holder}，{sex}，{born}生。在{subject}学科（专业）学完硕士研究生培养计划规定的全部课程，成绩合格，"
            f"通过硕士学位论文答辩。根据《中华人民共和国学位条例》的规定，授予{deg}硕士学位。"
        )
        pg.wrap(45, 50, 207, txt, 14, b, 2.1, indent=10)
        pg.text(45, 130, f"{issuer}学位评定委员会主席　{ctx.name()}", 13, b)
        pg.text(45, 142, f"证书编号：{no[:16]}", 12, b)
        sign_block(pg, ctx, issuer, fmt(when, ctx.rng.choice(("cnym", "ym"))), 160, 250, seed=k)
        kind = "master_degree"
    elif v == "selfstudy":
        issuer = f"{city.province}高等教育自学考试委员会"
        when = iso(dt.date(y0, ctx.rng.choice((5, 6, 11, 12)), ctx.rng.randint(1, 28)))
        pg.text(105, 28, "高等教育自学考试|单科合格证书".split("|")[0], 18, bo, "c")
        pg.text(105, 40, "单科合格证书", 22, bo, "c")
        y = label_lines(
            pg,
            ctx,
            28,
            60,
            [("姓名", holder), ("性别", sex), ("准考证号", no[:12]), ("专业", subject)],
            12,
            "：",
            2.0,
        )
        mods = ctx.rng.sample(
            [f"{prof.field}概论", f"{subject}专业英语", "管理学原理", "计算机应用基础", "中国近现代史纲要"],
            ctx.rng.randint(1, 3),
        )
        rows = [["课程代码", "课程名称", "成绩", "考试时间"]] + [
            [
                f"0{ctx.rng.randint(1000, 9999)}",
                m,
                str(ctx.rng.randint(60, 92)),
                f"{y0}年{ctx.rng.choice((4, 10))}月",
            ]
            for m in mods
        ]
        y = pg.table(24, y + 6, [28, 76, 20, 40], rows, 11, b, 11)
        pg.wrap(
            24,
            y + 8,
            162,
            "上列课程经考试成绩合格，特发此证。本证书在全国范围内有效，可作为课程免考依据。",
            12,
            b,
            1.8,
        )
        sign_block(pg, ctx, issuer, fmt(when, ctx.form()), y + 40, seed=k)
        kind, modules = "self_study_exam", mods
    elif v == "computer":
        issuer = f"{city.province}人力资源和社会保障厅"
        when = iso(dt.date(y0, ctx.rng.randint(3, 11), ctx.rng.randint(1, 28)))
        subject = None
        pg.text(105, 24, "全国专业技术人员计算机应用能力考试", 15, bo, "c")
        pg.text(105, 36, "合 格 证 书", 24, bo, "c")
        mods = ctx.rng.sample(COMPUTER, ctx.rng.randint(1, 3))
        y = label_lines(
            pg,
            ctx,
            30,
            60,
            [
                ("姓　　名", holder),
                (
                    "身份证号",
                    f"3714{no[:14]}"[:18] if city.policy == "dezhou-2017" else f"4102{no[:14]}"[:18],
                ),
                ("证书编号", no[:14]),
            ],
            12,
            "：",
            2.1,
        )
        pg.text(30, y + 4, "考试合格科目：", 12, bo)
        rows = [["序号", "科目名称", "考试日期"]] + [
            [str(i + 1), m, fmt(when, "pad")] for i, m in enumerate(mods)
        ]
        y = pg.table(30, y + 14, [18, 90, 42], rows, 11, b, 10)
        pg.text(30, y + 8, "中华人民共和国人力资源和社会保障部人事考试中心监制", 10, b)
        sign_block(pg, ctx, issuer, fmt(when, "pad"), y + 26, seed=k)
        kind, modules = "computer_exam", mods
    else:  # postgrad courses
        issuer = ctx.rng.choice(big[city.policy])
        when = iso(dt.date(y0, ctx.rng.choice((1, 6, 7, 12)), ctx.rng.randint(1, 28)))
        f = ctx.form()
        pg.text(105, 26, "研究生课程进修班", 16, bo, "c")
        pg.text(105, 38, "结 业 证 书", 24, bo, "c")
        mods = ctx.rng.sample(
            [
                f"{subject}研究进展",
                "科技论文写作",
                "高级统计学",
                f"{prof.field}专题",
                "研究方法论",
                "自然辩证法",
            ],
            4,
        )
        txt = (
            f"{holder}同志于{y0 - 2}年9月至{y0}年{int(when[5:7])}月参加我校{subject}专业研究生课程进修班学习，"
            f"修完下列研究生课程，成绩合格，准予结业。"
        )
        y = pg.wrap(24, 58, 162, txt, 13, b, 1.9, indent=9)
        rows = [["课程名称", "学分", "成绩"]] + [
            [m, str(ctx.rng.randint(2, 3)), str(ctx.rng.randint(70, 95))] for m in mods
        ]
        y = pg.table(34, y + 6, [80, 30, 30], rows, 11, b, 10)
        sign_block(pg, ctx, f"{issuer}研究生院", fmt(when, f), y + 20, seed=k)
        issuer = f"{issuer}研究生院"
        kind, modules = "postgraduate_courses", mods
    fields = {
        "holder": holder,
        "issuer": issuer,
        "issued_on": when,
        "qualification": {"kind": kind, "subject": subject, "modules": modules},
    }
    return make(ctx, "qualification_certificate", v, [pg], fields, holder, y0, city)


# ---- other proofs ---------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("other")
    city, prof = ctx.city(), ctx.prof()
    holder = ctx.name()
    b, bo = ctx.body, ctx.bold
    unit = f"{ctx.rng.choice(city.counties)}{prof.unit}"
    f = ctx.form()
    s, e = span(ctx, city.year, ctx.rng.randint(20, 120))
    issued = plus(e, ctx.rng.randint(1, 8))
    period: dict[str, str] | None = {"start": iso(s), "end": iso(e)}
    pg = kit.page()
    if v == "teaching":
        issuer = organiser(ctx, city, prof)
        title = training_title(ctx, city, prof, None)
        period = {"start": iso(s), "end": iso(s)}
        head, txt = (
            "授 课 证 明",
            (
                f"兹证明{unit}{holder}同志受邀于{fmt(iso(s), f)}在{title}中担任授课教师，主讲"
                f"“{ctx.rng.choice(prof.topics)}”，授课{ctx.rng.choice((3, 4, 6))}学时，教学效果良好。"
            ),
        )
    elif v == "mentoring":
        issuer = unit
        title = f"{prof.field}青年技术人员带教"
        head, txt = (
            "带 教 证 明",
            (
                f"{holder}同志自{fmt(iso(s), f)}至{fmt(iso(e), f)}承担本单位{title}任务，指导青年技术人员"
                f"{'、'.join(ctx.names(2))}，按计划完成带教内容，考核合格。"
            ),
        )
    elif v == "review":
        issuer = f"{city.city}人力资源和社会保障局"
        title = f"{city.year}年度{prof.field}专业中级职称评审"
        period = None
        head, txt = "聘　书", (f"兹聘请{unit}{holder}同志为{city.city}{title}委员会评审专家，聘期一年。")
    elif v == "visiting":
        issuer = ctx.rng.choice(("山东大学", "中国农业大学", "郑州大学", "浙江大学"))
        title = f"{prof.subject}访问学者研修"
        head, txt = (
            "访问学者结业证明",
            (
                f"{unit}{holder}同志于{fmt(iso(s), f)}至{fmt(iso(e), f)}在我校作为国内访问学者进行"
                f"{prof.subject}方向研修，完成研修计划，表现良好。"
            ),
        )
    else:
        issuer = f"{ctx.rng.choice(city.counties)}人力资源和社会保障局"
        title = f"专业技术人员服务基层（{prof.field}）"
        head, txt = (
            "基层服务证明",
            (
                f"{holder}同志于{fmt(iso(s), f)}至{fmt(iso(e), f)}到{ctx.rng.choice(city.counties)}"
                f"开展{title}工作，深入乡镇一线开展技术指导，累计服务{(e - s).days}天。"
            ),
        )
    pg.text(105, 40, head, 24, bo, "c")
    y = pg.wrap(25, 70, 160, txt, 14, b, 2.0, indent=10)
    pg.text(35, y + 6, "特此证明。" if v != "review" else "", 14, b)
    sign_block(pg, ctx, issuer, fmt(iso(issued), f), y + 40, seed=k)
    fields = {"holder": holder, "title": title, "issuer": issuer, "issued_on": iso(issued), "period": period}
    return make(ctx, "other", v, [pg], fields, holder, city.year, city)
