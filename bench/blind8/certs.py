"""Draw 8 builders: training certificates, sign-in sheets, training notices, qualifications, non-proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind8 import pools as P
from bench.blind8.pools import Ctx
from bench.blind8.sheet import (
    MM,
    RED,
    border,
    cert_no,
    date_s,
    kv,
    month_s,
    para,
    photo,
    qr,
    redhead,
    seal,
    sign,
    span_s,
    title,
)  # fmt: skip
from bench.generator.truth import person

CATS = ("public", "professional", None)


def _category(k: int) -> str | None:
    return CATS[(k // 6 + k) % 3]


def _topic(ctx: Ctx, cat: str | None) -> str:
    if cat == "public":
        return ctx.rng.choice(P.PUB_TOPICS)
    if cat == "professional":
        return ctx.rng.choice(P.PRO_TOPICS)
    return ctx.rng.choice(P.PRO_TOPICS + P.NEUTRAL_TOPICS)


def _training(ctx: Ctx, cat: str | None, year: int, city: str) -> str:
    topic = _topic(ctx, cat)
    return ctx.pick("train_name", [
        f"{year}年{topic}培训班", f"{topic}专题培训班", f"{city}市{year}年度{topic}研修班",
        f"{topic}高级研修班", f"{year}年{topic}继续教育培训",
    ])  # fmt: skip


def _issuer(ctx: Ctx, prov: str, city: str) -> str:
    return ctx.pick("train_issuer", [
        f"{city}市人力资源和社会保障局", f"{prov}省继续教育协会", f"{city}市卫生健康委员会",
        f"{city}市教育局", f"{prov}省专业技术人员继续教育基地", f"{city}市科学技术协会",
        f"{prov}{ctx.rng.choice(['农业大学', '理工大学', '师范大学'])}继续教育学院", f"{city}市住房和城乡建设局",
    ])  # fmt: skip


def _days(ctx: Ctx) -> tuple[dt.date, dt.date]:
    a = P.day(ctx.rng)
    return a, P.after(a, 0, 4, ctx.rng)


def _cat_word(cat: str | None, ctx: Ctx) -> str:
    if cat == "public":
        return ctx.rng.choice(["公需科目", "公需课"])
    if cat == "professional":
        return ctx.rng.choice(["专业科目", "专业课"])
    return ""


# ---- training certificate --------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.layout("train")
    cat = _category(k)
    prov, city = P.place(rng)
    holder = P.people(rng, 1)[0]
    unit = P.workplace(rng, city)
    a, b = _days(ctx)
    name = _training(ctx, cat, a.year, city)
    issuer = _issuer(ctx, prov, city)
    issued = P.after(b, 0, 12, rng)
    hours = rng.choice([8, 12, 16, 18, 24, 30, 32, 36, 40, 48, 56, 60, 72, 90])
    ds = ctx.date_style()
    cw = _cat_word(cat, ctx)
    fields = {"holder": holder, "title": name, "issuer": issuer, "issued_on": issued.isoformat(),
              "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": float(hours)}  # fmt: skip
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    no = cert_no(rng, rng.choice(["", "JX", f"{a.year}", "No."]), rng.choice([8, 10, 12]))

    if v == "plaque":
        pg = Page()
        border(pg, rng.choice([1, 2, 3]))
        y = title(pg, ctx, ctx.pick("plaque_head", ["结业证书", "培训证书", "继续教育证书", "合格证书"]), 42, 34,
                  gap=True)  # fmt: skip
        if cw:
            y = title(pg, ctx, f"（{cw}）", y - 2, 15)
        pg.text(pg.w - 24, 24, f"证书编号：{no}", 10, ctx.body, "r")
        y += 14
        pg.text(30, y, f"{holder}  同志：", 16, ctx.body)
        y += 14
        sent = ctx.pick("plaque_sent", [
            f"于{span_s(a, b, ds, ctx)}参加由{issuer}举办的“{name}”，完成规定课程学习，共计{hours}学时，经考核合格，特发此证。",
            f"你单位（{unit}）于{span_s(a, b, ds, ctx)}参加了《{name}》学习，修完全部课程，成绩合格，获得继续教育学时{hours}学时。",
            f"参加“{name}”（{span_s(a, b, ds, ctx)}），培训{hours}学时，考核合格，准予结业。",
        ])  # fmt: skip
        y = para(pg, ctx, 30, y, pg.w - 60, sent, 15, 2.0) + 30
        sign(pg, ctx, issuer, date_s(issued, ds), y + 20, 14)
    elif v == "platform":
        pg = Page()
        pg.rect(0, 0, pg.w, 30, 0, fill=(30, 90, 160))
        plat = f"{prov}省专业技术人员继续教育在线学习平台"
        pg.text(16, 10, plat, 15, ctx.bold, "l", (255, 255, 255))
        a, b = dt.date(a.year, rng.randint(1, 5), 1), dt.date(a.year, rng.randint(8, 12), 1)
        issued = P.after(dt.date(a.year, b.month, 28), 0, 20, rng)
        issuer = plat
        head = ctx.pick("plat_head", ["学时证明", "学习证明", "继续教育学时证明", "学习完成证明"])
        if cw:
            head = f"{cw.replace('课', '科目')}{head}"
        y = title(pg, ctx, head, 46, 24)
        y = kv(pg, ctx, 24, y + 6, [("姓    名", holder), ("工作单位", unit), ("证书编号", no),
                                     ("学习时间", f"{month_s(a.year, a.month, ds)}至{month_s(b.year, b.month, ds)}")],
               12.5)  # fmt: skip
        courses = rng.sample(P.PUB_TOPICS if cat == "public" else P.PRO_TOPICS, rng.randint(3, 6))
        hs = [rng.choice([2, 3, 4, 6, 8, 10]) for _ in courses]
        hours = sum(hs)
        catcol = cw.replace("科目", "课") if cw else None
        head_row = ["序号", "课程名称", "学时", "完成日期"] + (["类别"] if catcol else [])
        rows = [head_row]
        for i, (c, h) in enumerate(zip(courses, hs, strict=True)):
            d = dt.date(a.year, min(12, a.month + i), rng.randint(1, 27))
            rows.append([str(i + 1), c, str(h), date_s(d, "dash")] + ([catcol] if catcol else []))
        rows.append(["", "合计", str(hours), ""] + ([""] if catcol else []))
        widths = [14, 86, 18, 32] + ([20] if catcol else [])
        y = pg.table(20, y + 4, widths, rows, 10.5, ctx.body, 10.5, header_font=ctx.bold)
        y = para(pg, ctx, 22, y + 8, pg.w - 44, f"该学员已完成上述课程在线学习，累计获得{hours}学时。", 12.5)
        qr(pg, 24, y + 10, 26, rng)
        pg.text(24, y + 39, "扫码验证", 9, ctx.body)
        sign(pg, ctx, issuer, f"打印日期：{date_s(issued, ds)}", y + 14, 12)
        fields.update(period={"start": f"{a.year}-{a.month:02d}", "end": f"{b.year}-{b.month:02d}"},
                      issuer=issuer, issued_on=issued.isoformat())  # fmt: skip
    elif v == "ledger":
        pg = Page()
        y = title(pg, ctx, ctx.pick("ledger_head", ["继续教育学时证明", "专业技术人员继续教育证明", "培训学时登记证明"]),
                  30, 22)  # fmt: skip
        sex = rng.choice(["男", "女"])
        rows = [
            ["姓名", holder, "性别", sex],
            ["工作单位", unit, "职称", rng.choice(P.TITLES_PRO)],
            ["培训项目", name, "", ""],
            ["培训时间", span_s(a, b, "cn", ctx), "", ""],
            ["培训学时", f"{hours}学时", "科目类别", cw or "—"],
            ["主办单位", issuer, "", ""],
        ]
        x0, widths = 20, [30, 70, 30, 40]
        top = y + 6
        for r in rows:
            if r[2] == "":
                pg.table(x0, top, [30, 140], [[r[0], r[1]]], 11.5, ctx.body, 13)
            else:
                pg.table(x0, top, widths, [r], 11.5, ctx.body, 13)
            top += 13
        y = para(pg, ctx, 24, top + 10, pg.w - 48, "经审核，以上情况属实，特此证明。", 13)
        sign(pg, ctx, issuer, date_s(issued, ds), y + 20, 13, extra=["（盖章）"])
    elif v == "booklet":
        pg = Page(297, 210)
        border(pg, 2, (140, 30, 30))
        pg.line(148.5, 14, 148.5, 196, 0.3, (160, 160, 160))
        photo(pg, 58, 30)
        kv(pg, ctx, 36, 80, [("姓名", holder), ("性别", rng.choice(["男", "女"])), ("单位", unit[:16]),
                             ("编号", no)], 12, lw=20, rule=138)  # fmt: skip
        pg.text(74, 172, issuer, 11, ctx.body, "c")
        pg.text(222.75, 32, "结  业  证  书", 26, ctx.bold, "c", (150, 30, 30))
        unit_w = ctx.pick("booklet_unit", ["课时", "学时"])
        s = (
            f"{holder}同志于{span_s(a, b, ds, ctx)}参加{name}，学习期满，完成{hours}{unit_w}"
            f"{'（' + cw + '）' if cw else ''}，成绩合格，准予结业。"
        )
        y = pg.wrap(166, 60, 112, s, 13.5, ctx.body, 1.9, 13.5 * MM * 2)
        sign(pg, ctx, issuer, date_s(issued, ds), max(y + 22, 150), 12, xr=278)
    elif v == "gongxu":
        pg = Page()
        border(pg, 1, (40, 90, 150))
        lab = {"public": "公需科目", "professional": "专业科目", None: "继续教育"}[cat]
        y = title(pg, ctx, f"{a.year}年度专业技术人员{lab}学习合格证", 36, 19)
        idno = f"{rng.randint(110000, 659999)}19{rng.randint(60, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(1000, 9999)}"
        y = kv(pg, ctx, 28, y + 10, [("姓名", holder), ("身份证号", idno), ("单位", unit)], 12.5, lw=26)
        rows = [["序号", "学习内容", "学时"]]
        topics = rng.sample(P.PUB_TOPICS if cat == "public" else P.PRO_TOPICS, 3)
        hs = [rng.choice([6, 8, 10, 12]) for _ in topics]
        hours = sum(hs)
        rows += [[str(i + 1), t, str(h)] for i, (t, h) in enumerate(zip(topics, hs, strict=True))]
        y = pg.table(24, y + 4, [16, 120, 26], rows, 11, ctx.body, 10)
        name = f"{a.year}年度{lab}集中培训"
        y = para(
            pg,
            ctx,
            26,
            y + 10,
            pg.w - 52,
            f"该同志参加{name}（{span_s(a, b, ds, ctx)}），完成学习任务，计{hours}学时，考核合格。",
            13,
        )
        sign(pg, ctx, issuer, date_s(issued, ds), y + 24, 13)
        fields.update(title=name)
    else:  # credit
        pg = Page()
        border(pg, 3, (120, 90, 30))
        head = ctx.pick("credit_head", ["继续教育学分证书", "学分证明", "继续医学教育学分证"])
        y = title(pg, ctx, head, 44, 26)
        pg.text(pg.w - 24, y, f"No.{no}", 10, ctx.body, "r")
        credit = max(1, hours // 3)
        s = ctx.pick("credit_sent", [
            f"{holder}（{unit}）参加{issuer}于{span_s(a, b, ds, ctx)}举办的{name}，经考核合格，授予学分{credit}分（折合{hours}学时）。",
            f"兹证明{holder}同志参加了{name}，获得{credit}学分，计{hours}学时{'，属' + cw if cw else ''}。培训时间：{span_s(a, b, ds, ctx)}。",
        ])  # fmt: skip
        if cw and cw not in s:
            s += f"（{cw}）"
        y = para(pg, ctx, 28, y + 16, pg.w - 56, s, 14.5, 2.0)
        pg.text(28, y + 8, f"主办单位：{issuer}", 12, ctx.body)
        sign(pg, ctx, issuer, date_s(issued, ds), y + 36, 13, stamp=True)
    fields.update(hours_stated=float(hours))
    return Doc("training_certificate", f"train8-{v}", [pg], fields, scored,
               {"person": holder, "year": int(str(fields["period"]["end"])[:4])}, cat)  # fmt: skip


# ---- sign-in sheet ---------------------------------------------------------------------------
def _phone(ctx: Ctx) -> str:
    return "1" + ctx.rng.choice(["3", "5", "8", "7"]) + "".join(str(ctx.rng.randrange(10)) for _ in range(9))


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.layout("sign")
    prov, city = P.place(rng)
    d = P.day(rng)
    cat = rng.choice(CATS)
    name = _training(ctx, cat, d.year, city)
    if v == "meeting":
        name = ctx.pick("meet_name", [f"{city}市{d.year}年{_topic(ctx, cat)}学术交流会", f"{_topic(ctx, cat)}专题讲座",
                                      f"{d.year}年{prov}省{_topic(ctx, cat)}研讨会"])  # fmt: skip
    issuer = _issuer(ctx, prov, city)
    n = {"long": rng.randint(26, 38), "pairs": rng.randint(8, 11) * 2}.get(v, rng.randint(10, 18))
    names = P.people(rng, n)
    units = [P.workplace(rng, city) for _ in names]
    ds = ctx.date_style(False)
    pages: list[Page] = []
    head = ctx.pick("sign_head", ["签到表", "学员签到表", "参训人员签到表", "签到册"])
    cw = _cat_word(cat, ctx)

    def header(pg: Page, cont: bool = False) -> float:
        y = pg.wrap(22, 20, pg.w - 44, name + head + ("（续）" if cont else ""), 17, ctx.bold, 1.5)
        if cont:
            return y + 4
        info = [f"主办单位：{issuer}", f"时间：{date_s(d, ds)}"]
        if cw:
            info.append(f"类别：{cw}")
        pg.text(22, y + 2, "    ".join(info[:2]), 11, ctx.body)
        if len(info) > 2:
            pg.text(pg.w - 22, y + 2, info[2], 11, ctx.body, "r")
        return y + 10

    if v == "pairs":
        pg = Page()
        y = header(pg)
        half = n // 2
        rows = [["序号", "姓名", "签到", "序号", "姓名", "签到"]]
        for i in range(half):
            rows.append([str(i + 1), names[i], names[i], str(half + i + 1), names[half + i], names[half + i]])
        pg.table(20, y, [12, 26, 46, 12, 26, 48], rows, 11, ctx.body, 10.5, fonts={2: ctx.hand, 5: ctx.hand},
                 header_font=ctx.bold)  # fmt: skip
        pages.append(pg)
    elif v == "meeting":
        pg = Page()
        y = title(pg, ctx, ctx.pick("meet_head", ["会议签到表", "参会人员签到表"]), 18, 18)
        pg.table(20, y, [30, 140], [["会议名称", name], ["主办单位", issuer], ["会议时间", date_s(d, ds)],
                                    ["会议地点", f"{city}市{rng.choice(['会议中心', '宾馆三楼会议室', '行政楼报告厅'])}"]],
                 11, ctx.body, 10)  # fmt: skip
        rows = [["序号", "姓名", "单位", "职务/职称", "签字"]]
        rows += [
            [str(i + 1), nm, u, rng.choice(P.TITLES_PRO), nm]
            for i, (nm, u) in enumerate(zip(names, units, strict=True))
        ]
        pg.table(
            20,
            y + 46,
            [12, 24, 70, 28, 36],
            rows,
            10,
            ctx.body,
            10,
            fonts={4: ctx.hand},
            header_font=ctx.bold,
        )
        pages.append(pg)
    else:
        per = 22
        chunks = [list(range(i, min(n, i + per))) for i in range(0, n, per)]
        for ci, idx in enumerate(chunks):
            pg = Page()
            y = header(pg, ci > 0)
            if v == "brush":
                rows = [["序号", "单位", "姓名", "联系电话"]]
                rows += [[str(i + 1), units[i], names[i], _phone(ctx)] for i in idx]
                widths, fonts = [14, 76, 40, 40], {2: ctx.hand}
            elif v == "halfday":
                rows = [["序号", "姓名", "工作单位", "上午签到", "下午签到"]]
                rows += [[str(i + 1), names[i], units[i], names[i], names[i]] for i in idx]
                widths, fonts = [12, 24, 70, 32, 32], {3: ctx.hand, 4: ctx.hand}
            else:
                rows = [["序号", "姓名", "单位", "职称", "签名"]]
                rows += [[str(i + 1), names[i], units[i], rng.choice(P.TITLES_PRO), names[i]] for i in idx]
                widths, fonts = [12, 24, 72, 28, 34], {4: ctx.hand}
            pg.table(20, y, widths, rows, 10.5, ctx.body, 10.5, fonts=fonts, header_font=ctx.bold)
            pg.text(pg.w / 2, 285, f"第{ci + 1}页 共{len(chunks)}页", 9, ctx.body, "c")
            pages.append(pg)
    fields = {"title": name, "issuer": issuer, "period": {"start": d.isoformat(), "end": d.isoformat()},
              "people": [person(nm, i + 1, "attendee") for i, nm in enumerate(names)]}  # fmt: skip
    claim = {"person": names[rng.randrange(n)], "year": d.year}
    return Doc("sign_in_sheet", f"sign8-{v}", pages, fields, ["title", "issuer", "period.start", "period.end", "people"],
               claim, cat if cw else None)  # fmt: skip


# ---- training notice -------------------------------------------------------------------------
def _annotate(pg: Page, ctx: Ctx, who: str, x: float, y: float) -> None:
    pg.text(
        x,
        y,
        ctx.pick("annot", [f"{who} 已参加", f"参训人：{who}", f"{who}参训"]),
        15,
        ctx.hand,
        "l",
        (30, 40, 120),
    )


def training_notice(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.layout("notice")
    prov, city = P.place(rng)
    a, b = _days(ctx)
    cat = rng.choice(CATS)
    cw = _cat_word(cat, ctx)
    name = _training(ctx, cat, a.year, city)
    issuer = _issuer(ctx, prov, city)
    issued = a - dt.timedelta(days=rng.randint(6, 30))
    hours = rng.choice([None, 16, 24, 32, 40, 48]) if v != "invite" else rng.choice([None, 12, 16])
    ds = ctx.date_style()
    who = P.people(rng, 1)[0]
    place_s = (
        f"{city}市{rng.choice(['人才发展中心', '党校报告厅', '职业技术学院图书馆三楼', '国际会议中心'])}"
    )
    fields = {"title": name, "issuer": issuer, "issued_on": issued.isoformat(),
              "period": {"start": a.isoformat(), "end": b.isoformat()},
              "hours_stated": float(hours) if hours else None}  # fmt: skip
    scored = ["title", "issuer", "issued_on", "period.start", "period.end"] + (
        ["hours_stated"] if hours else []
    )
    hours_s = ""
    if hours:
        hours_s = ctx.pick("notice_hours", [
            f"学员完成全部课程并经考核合格的，由主办单位颁发培训证书，记继续教育{cw}{hours}学时。",
            f"本次培训计{hours}学时{('（' + cw + '）') if cw else ''}，纳入继续教育学时登记。",
            f"培训合格者可登记继续教育学时{hours}学时{('，类别为' + cw) if cw else ''}。",
        ])  # fmt: skip
    elif cw:
        hours_s = f"本次培训内容属{cw}。"
    body = [
        (
            "一、培训时间",
            f"{span_s(a, b, ds if ds != 'han' else 'cn', ctx)}，{rng.choice(['报到时间为开班前一天下午', '会期' + str((b - a).days + 1) + '天'])}。",
        ),
        ("二、培训地点", place_s + "。"),
        (
            "三、培训对象",
            rng.choice(
                ["各单位专业技术人员", "全市相关行业中级及以上职称专业技术人员", "各县（市、区）业务骨干"]
            )
            + "。",
        ),
        ("四、培训内容", "、".join(rng.sample(P.PRO_TOPICS + P.NEUTRAL_TOPICS, 3)) + "等。"),
        ("五、其他事项", hours_s + "请各单位于开班前报送参训人员名单，培训期间食宿统一安排，费用自理。"),
    ]
    people_list: list[str] = []
    pages = []
    holder = None
    if v in ("redhead", "letter", "annex"):
        pg = Page()
        if v == "redhead" or (v == "annex" and rng.random() < 0.5):
            y = redhead(
                pg,
                ctx,
                issuer,
                f"{city}{rng.choice(['人社', '卫健', '教', '科协'])}发〔{issued.year}〕{rng.randint(3, 99)}号",
            )
        else:
            y = (
                title(pg, ctx, ctx.pick("notice_plain", ["通  知", "培训通知", "关于开展培训的通知"]), 26, 20)
                + 4
            )
        y = pg.wrap(24, y, pg.w - 48, f"关于举办{name}的通知", 17, ctx.bold, 1.5) + 4
        pg.text(
            24, y, rng.choice(["各有关单位：", "各县（市、区）、各有关单位：", "各会员单位："]), 13, ctx.body
        )
        y = para(
            pg,
            ctx,
            24,
            y + 8,
            pg.w - 48,
            f"为进一步提高专业技术人员业务水平，经研究，决定举办{name}。现将有关事项通知如下：",
            12.5,
        )
        for lab, txt in body:
            pg.text(24 + 8, y, lab, 12.5, ctx.bold)
            y = para(pg, ctx, 24, y + 7, pg.w - 48, txt, 12.5)
        if v == "annex":
            pg.text(32, y + 2, "附件：参训人员名单", 12.5, ctx.body)
            y += 8
        y = sign(pg, ctx, issuer, date_s(issued, ds), y + 10, 13)
        pages.append(pg)
        if v == "annex":
            people_list = P.people(rng, rng.randint(6, 16))
            p2 = Page()
            p2.text(24, 20, "附件", 14, ctx.bold)
            yy = title(p2, ctx, f"{name}参训人员名单", 32, 15)
            rows = [["序号", "姓名", "工作单位", "职称"]]
            rows += [
                [str(i + 1), nm, P.workplace(rng, city), rng.choice(P.TITLES_PRO)]
                for i, nm in enumerate(people_list)
            ]
            p2.table(24, yy + 2, [14, 28, 92, 28], rows, 10.5, ctx.body, 10, header_font=ctx.bold)
            pages.append(p2)
        else:
            holder = who
            _annotate(pg, ctx, who, rng.uniform(110, 140), min(y + 8, 280))
    elif v == "invite":
        holder = who
        pg = Page()
        border(pg, 1, RED)
        y = title(pg, ctx, "邀  请  函", 34, 26, RED)
        pg.text(26, y + 8, f"尊敬的{who}{rng.choice(['老师', '同志', '女士/先生', '专家'])}：", 14, ctx.body)
        s = (
            f"兹定于{span_s(a, b, ds, ctx)}在{place_s}举办{name}，诚邀您拨冗参加。{hours_s}"
            f"请于{date_s(a - dt.timedelta(days=3), 'cn')}前回复参会回执。"
        )
        y = para(pg, ctx, 26, y + 22, pg.w - 52, s, 13.5, 1.9)
        y = para(
            pg, ctx, 26, y + 2, pg.w - 52, "联系人：" + P.people(rng, 1)[0] + "  电话：" + _phone(ctx), 12
        )
        sign(pg, ctx, issuer, date_s(issued, ds), y + 22, 13)
        pages.append(pg)
    elif v == "agenda":
        holder = who
        pg = Page()
        y = pg.wrap(24, 22, pg.w - 48, f"{name}日程安排", 17, ctx.bold, 1.5)
        y = kv(
            pg,
            ctx,
            24,
            y + 4,
            [("主办单位", issuer), ("培训时间", span_s(a, b, "cn", ctx)), ("培训地点", place_s)],
            12,
        )
        rows = [["日期", "时间", "内容", "主讲人"]]
        dd = a
        while dd <= b:
            for tm in ("08:30-11:30", "14:30-17:30"):
                rows.append([f"{dd.month}月{dd.day}日", tm, rng.choice(P.PRO_TOPICS + P.NEUTRAL_TOPICS),
                             P.people(rng, 1)[0] + rng.choice(["教授", "研究员", "主任医师", "高级工程师"])])  # fmt: skip
            dd += dt.timedelta(days=1)
        y = pg.table(20, y + 4, [24, 30, 80, 36], rows, 10, ctx.body, 11, header_font=ctx.bold)
        if hours_s:
            y = para(pg, ctx, 24, y + 6, pg.w - 48, "备注：" + hours_s, 11.5)
        pg.text(pg.w - 24, y + 10, f"{issuer}  {date_s(issued, ds)}", 11.5, ctx.body, "r")
        seal(pg, ctx, pg.w - 50, y + 12, issuer)
        _annotate(pg, ctx, who, 26, y + 28)
        pages.append(pg)
    else:  # wechat: a phone screenshot of a published notice with the roster inline
        pg = Page(100, 205)
        pg.rect(0, 0, 100, 12, 0, fill=(240, 240, 240))
        pg.text(50, 4, "‹  " + issuer[:12], 8.5, ctx.body, "c")
        y = pg.wrap(6, 18, 88, f"关于举办{name}的通知", 12.5, ctx.bold, 1.45)
        pg.text(6, y + 1, f"{issuer}  {date_s(issued, 'dash')}", 7.5, ctx.body, "l", (90, 110, 150))
        y += 8
        for lab, txt in body:
            y = pg.wrap(6, y, 88, lab + "：" + txt.lstrip("，"), 8.5, ctx.body, 1.55) + 1
        people_list = P.people(rng, rng.randint(4, 9))
        y = pg.wrap(6, y + 1, 88, "附：参训人员名单：" + "、".join(people_list), 8.5, ctx.body, 1.55)
        pages.append(pg)
    if people_list:
        fields["people"] = [person(nm, i + 1, "attendee") for i, nm in enumerate(people_list)]
        claim_p = people_list[rng.randrange(len(people_list))]
    else:
        claim_p = who
    fields["holder"] = holder
    return Doc("training_notice", f"notice8-{v}", pages, fields, scored, {"person": claim_p, "year": a.year},
               cat if cw else None)  # fmt: skip


# ---- qualification certificate ---------------------------------------------------------------
MAJORS = [("工学", "机械工程"), ("工学", "土木工程"), ("农学", "作物学"), ("医学", "临床医学"), ("教育学", "教育学原理"),
          ("管理学", "会计学"), ("理学", "生态学"), ("工学", "计算机科学与技术"), ("医学", "护理学")]  # fmt: skip
CAE_MODULES = ["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Windows 7操作系统",
               "Internet应用", "Access 2007数据库管理系统", "WPS Office办公组件"]  # fmt: skip
SELF_COURSES = ["中国近现代史纲要", "马克思主义基本原理概论", "管理学原理", "英语（二）", "高等数学（工本）",
                "计算机应用基础", "大学语文", "护理学导论", "教育心理学"]  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.layout("qual")
    prov, city = P.place(rng)
    holder = P.people(rng, 1)[0]
    sex = rng.choice(["男", "女"])
    born = dt.date(rng.randint(1972, 1998), rng.randint(1, 12), rng.randint(1, 28))
    uni = P.college(rng, prov)
    ds = ctx.date_style()
    disc, major = rng.choice(MAJORS)
    y_end = rng.randint(max(born.year + 22, 2005), 2024)
    issued: str
    modules = None
    subject = major
    pg = Page(297, 210) if v in ("master", "doctor", "diploma") and rng.random() < 0.6 else Page()
    no = cert_no(rng, "", rng.choice([16, 18]))
    if v in ("master", "doctor"):
        deg = "硕士" if v == "master" else "博士"
        kind = "master_degree" if v == "master" else "doctor_degree"
        issuer = uni
        d = dt.date(y_end, rng.choice([6, 7, 12]), rng.randint(1, 28))
        border(pg, 2, (120, 30, 40))
        y = title(pg, ctx, f"{deg}学位证书", 30, 28, (120, 30, 40), gap=True)
        photo(pg, 30, y + 4)
        x = 66
        s = (
            f"{holder}，{sex}，{born.year}年{born.month}月{born.day}日生。在{uni}{major}学科"
            f"{'专业' if rng.random() < 0.5 else ''}已通过{deg}学位的课程考试和论文答辩，成绩合格。"
            f"根据《中华人民共和国学位条例》的规定，授予{disc}{deg}学位。"
        )
        y = pg.wrap(x, y + 8, pg.w - x - 28, s, 14, ctx.body, 1.95, 28 * MM)
        by_month = rng.random() < 0.4
        when = month_s(d.year, d.month, ds) if by_month else date_s(d, ds)
        issued = f"{d.year}-{d.month:02d}" if by_month else d.isoformat()
        pg.text(x, y + 14, f"{uni}学位评定委员会主席", 12, ctx.body)
        pg.text(x + 60, y + 24, P.people(rng, 1)[0], 15, ctx.hand)
        pg.text(pg.w - 30, y + 24, when, 12, ctx.body, "r")
        seal(pg, ctx, pg.w - 50, y + 20, uni)
        pg.text(x, pg.h - 24, f"证书编号：{no}", 10, ctx.body)
    elif v == "diploma":
        kind = "graduation"
        issuer = uni
        border(pg, 1, (30, 80, 50))
        y = title(pg, ctx, "毕业证书", 28, 30, (30, 80, 50), gap=True)
        photo(pg, 28, y + 4)
        level = rng.choice([("四年制本科", 4), ("三年制专科", 3), ("硕士研究生", 3)])
        start = dt.date(y_end - level[1], 9, 1)
        s = (
            f"学生{holder}，性别{sex}，{born.year}年{born.month}月{born.day}日生，于{start.year}年9月至{y_end}年"
            f"{rng.choice([6, 7])}月在本校{major}专业{level[0]}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
        )
        y = pg.wrap(64, y + 8, pg.w - 64 - 26, s, 14, ctx.body, 1.95, 28 * MM)
        d = dt.date(y_end, rng.choice([6, 7]), rng.randint(1, 28))
        issued = d.isoformat()
        pg.text(64, y + 14, f"校（院）长：{P.people(rng, 1)[0]}", 12.5, ctx.body)
        pg.text(pg.w - 30, y + 14, date_s(d, ds), 12.5, ctx.body, "r")
        seal(pg, ctx, pg.w - 52, y + 12, uni)
        pg.text(64, pg.h - 24, f"证书编号：{no}", 10, ctx.body)
    elif v == "courses":
        kind = "postgraduate_courses"
        issuer = uni
        border(pg, 2)
        y = title(
            pg,
            ctx,
            ctx.pick("course_head", ["研究生课程进修班结业证书", "同等学力研究生课程结业证书"]),
            40,
            22,
        )
        start = dt.date(y_end - 2, 9, 1)
        s = (
            f"{holder}同志于{start.year}年{start.month}月至{y_end}年{rng.choice([6, 7])}月参加我校{major}专业研究生课程进修班学习，"
            f"修完规定的全部学位课程，考试成绩合格，准予结业。"
        )
        y = para(pg, ctx, 28, y + 24, pg.w - 56, s, 14.5, 2.0)
        d = dt.date(y_end, 7, rng.randint(1, 20))
        by_month = rng.random() < 0.5
        issued = f"{d.year}-{d.month:02d}" if by_month else d.isoformat()
        sign(pg, ctx, uni, month_s(d.year, d.month, ds) if by_month else date_s(d, ds), y + 30, 13)
        pg.text(28, pg.h - 28, f"编号：{no}", 10, ctx.body)
    elif v == "selfstudy":
        kind = "self_study_exam"
        issuer = f"{prov}省高等教育自学考试委员会"
        subject = None
        y = title(pg, ctx, "高等教育自学考试", 30, 18)
        y = title(pg, ctx, "单科合格证书", y, 24)
        y = kv(
            pg,
            ctx,
            30,
            y + 10,
            [("姓名", holder), ("性别", sex), ("准考证号", cert_no(rng, "", 12))],
            12.5,
            lw=26,
        )
        modules = rng.sample(SELF_COURSES, rng.randint(1, 4))
        rows = [["课程代码", "课程名称", "成绩", "考试时间"]]
        for m in modules:
            rows.append([f"{rng.randint(1, 12000):05d}", m, str(rng.randint(60, 92)),
                         f"{y_end}年{rng.choice([4, 10])}月"])  # fmt: skip
        y = pg.table(26, y + 4, [26, 70, 20, 42], rows, 11, ctx.body, 10)
        y = para(
            pg,
            ctx,
            28,
            y + 10,
            pg.w - 56,
            "以上课程经国家考试合格，特发此证，本证书在取得毕业证书前有效。",
            12.5,
        )
        d = dt.date(y_end, rng.choice([5, 11]), rng.randint(1, 28))
        issued = d.isoformat()
        sign(pg, ctx, issuer, date_s(d, ds), y + 20, 12.5)
    else:  # computer
        kind = "computer_exam"
        issuer = ctx.pick("cae_issuer", [f"{prov}省人力资源和社会保障厅", "人力资源和社会保障部人事考试中心"])
        subject = None
        border(pg, 1, (30, 60, 140))
        y = title(pg, ctx, "全国专业技术人员计算机应用能力考试", 30, 16)
        y = title(pg, ctx, "合  格  证", y, 26)
        photo(pg, pg.w - 56, y + 4)
        y = kv(pg, ctx, 30, y + 8, [("姓    名", holder), ("性    别", sex),
                                   ("身份证号", f"{rng.randint(110000, 659999)}{born.year}{born.month:02d}{born.day:02d}{rng.randint(1000, 9999)}"),
                                   ("证书编号", no)], 12.5)  # fmt: skip
        modules = rng.sample(CAE_MODULES, rng.randint(1, 3))
        rows = [["考试科目（模块）", "考试时间", "成绩"]]
        d = dt.date(y_end, rng.randint(3, 11), rng.randint(1, 28))
        rows += [[m, f"{d.year}年{d.month}月", "合格"] for m in modules]
        y = pg.table(28, y + 10, [80, 44, 30], rows, 11, ctx.body, 10)
        issued = P.after(d, 20, 50, rng).isoformat()
        sign(pg, ctx, issuer, date_s(dt.date.fromisoformat(issued), ds), y + 20, 12.5)
    fields = {"holder": holder, "issuer": issuer, "issued_on": issued,
              "qualification": {"kind": kind, "subject": subject, "modules": modules}}  # fmt: skip
    scored = ["holder", "issuer", "issued_on", "qualification.kind"]
    scored += ["qualification.subject"] if subject else []
    scored += ["qualification.modules"] if modules else []
    return Doc("qualification_certificate", f"qual8-{v}", [pg], fields, scored,
               {"person": holder, "year": int(issued[:4])})  # fmt: skip


# ---- other (non-proofs) ----------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    v = ctx.layout("other")
    prov, city = P.place(rng)
    who = P.people(rng, 1)[0]
    unit = P.workplace(rng, city)
    d = P.day(rng)
    ds = ctx.date_style()
    org = _issuer(ctx, prov, city)
    if v == "invoice":
        pg = Page(240, 140)
        pg.text(120, 10, f"{prov}增值税电子普通发票", 17, ctx.bold, "c", (140, 60, 30))
        pg.text(232, 12, f"发票号码：{cert_no(rng, '', 8)}", 8.5, ctx.body, "r")
        pg.text(232, 18, f"开票日期：{date_s(d, 'cn')}", 8.5, ctx.body, "r")
        pg.table(
            10,
            28,
            [30, 190],
            [["购买方", f"名称：{who}    纳税人识别号："], ["销售方", f"名称：{org}"]],
            9.5,
            ctx.body,
            11,
        )
        amt = rng.choice([380, 600, 800, 1200, 1500])
        pg.table(10, 54, [80, 24, 20, 30, 30, 36], [["项目名称", "单位", "数量", "单价", "金额", "税率"],
                                                   ["*非学历教育服务*培训费", "人次", "1", f"{amt:.2f}", f"{amt:.2f}", "免税"]],
                 9.5, ctx.body, 10)  # fmt: skip
        pg.text(
            14,
            82,
            f"价税合计（大写）  ⊗{'壹仟' if amt >= 1000 else ''}元整    （小写）¥{amt:.2f}",
            10,
            ctx.body,
        )
        pg.text(14, 94, f"备注：{_training(ctx, None, d.year, city)}", 9.5, ctx.body)
        seal(pg, ctx, 190, 110, org, 14)
        pg.text(14, 126, f"收款人：{P.people(rng, 1)[0]}    开票人：{P.people(rng, 1)[0]}", 9, ctx.body)
        pages = [pg]
    elif v == "receipt":
        pg = Page(210, 110)
        y = title(pg, ctx, "收    据", 10, 20)
        pg.text(190, 12, f"No {cert_no(rng, '', 7)}", 10, ctx.body, "r", RED)
        pg.text(22, y + 4, f"{date_s(d, 'cn')}", 11, ctx.body)
        kv(pg, ctx, 22, y + 14, [("今收到", f"{who}（{unit}）"), ("交来", "继续教育培训费、资料费"),
                                 ("人民币（大写）", rng.choice(["伍佰元整", "捌佰元整", "叁佰陆拾元整"]))], 12)  # fmt: skip
        pg.text(22, 92, f"收款单位（盖章）：{org}", 11, ctx.body)
        seal(pg, ctx, 70, 88, org, 15)
        pg.text(150, 92, f"经手人：{P.people(rng, 1)[0]}", 11, ctx.hand)
        pages = [pg]
    elif v == "appoint":
        pg = Page()
        y = redhead(pg, ctx, unit, f"{rng.choice(['院', '校', '局'])}人〔{d.year}〕{rng.randint(2, 60)}号")
        y = title(pg, ctx, "关于聘任专业技术职务的通知", y, 17)
        y = para(pg, ctx, 24, y + 6, pg.w - 48, "各科室、部门：", 13)
        t = rng.choice(P.TITLES_PRO)
        y = para(
            pg,
            ctx,
            24,
            y + 2,
            pg.w - 48,
            f"经单位聘任委员会研究决定，聘任{who}同志为{t}，聘期三年，自{date_s(d, 'cn')}起计算。",
            13,
        )
        sign(pg, ctx, unit, date_s(d, ds), y + 24, 13)
        pages = [pg]
    elif v == "idcard":
        pg = Page(120, 80)
        pg.rect(4, 4, 116, 76, 0.4, (120, 140, 160), (232, 238, 242))
        kv(pg, ctx, 10, 12, [("姓名", who), ("性别", rng.choice(["男", "女"]) + "    民族  汉"),
                             ("出生", f"{rng.randint(1970, 1996)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
                             ("住址", f"{prov}省{city}市{rng.choice(['建设路', '人民路', '解放大道'])}{rng.randint(1, 300)}号")],
           9.5, lw=14, gap=2.6)  # fmt: skip
        photo(pg, 84, 12, 26, 34)
        pg.text(10, 64, "公民身份号码  " + cert_no(rng, "", 18), 10, ctx.body)
        pages = [pg]
    elif v == "letter":
        pg = Page()
        y = title(pg, ctx, ctx.pick("letter_head", ["介 绍 信", "推 荐 信", "证  明"]), 30, 22)
        y = para(pg, ctx, 24, y + 10, pg.w - 48, f"{org}：", 13)
        y = para(
            pg,
            ctx,
            24,
            y + 2,
            pg.w - 48,
            f"兹有我单位{who}同志前往贵处联系继续教育报名事宜，请予接洽为盼。该同志政治表现良好，无违法违纪记录。",
            13,
        )
        sign(pg, ctx, unit, date_s(d, ds), y + 24, 13)
        pages = [pg]
    else:  # payslip
        pg = Page(210, 120)
        y = title(pg, ctx, f"{unit}{d.year}年{d.month}月工资条", 10, 14)
        rows = [["姓名", "岗位工资", "薪级工资", "绩效工资", "扣款", "实发"],
                [who, str(rng.randint(1800, 3800)), str(rng.randint(900, 2500)), str(rng.randint(1500, 4200)),
                 str(rng.randint(600, 1500)), str(rng.randint(4000, 9000))]]  # fmt: skip
        pg.table(12, y + 6, [30, 30, 30, 30, 30, 30], rows, 10.5, ctx.body, 11)
        pg.text(12, y + 40, f"发放日期：{date_s(d, ds)}", 10, ctx.body)
        pages = [pg]
    fields = {"holder": who}
    return Doc("other", f"other8-{v}", pages, fields, [], {"person": who, "year": d.year})
