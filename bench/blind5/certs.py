"""Draw 5's training certificates, sign-in sheets, training notices, qualification certificates and non-proofs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind5 import pools as P
from bench.blind5.layout import (
    RED,
    border,
    center,
    center_wrap,
    date_style,
    fdate,
    fmonth,
    frange,
    hand_note,
    kv,
    para,
    photo,
    qr,
    red_head,
    sign,
    spaced,
)  # fmt: skip
from bench.blind5.pools import Ctx

CAT_WORD = {"public": "公需科目", "professional": "专业科目"}
SHORT = {p: s for p, s, _ in P.PLACES}


def _person(n: str, r: int, role: str) -> dict[str, Any]:
    return {"name": n, "rank": r, "role": role}


def _period(a: dt.date, b: dt.date) -> dict[str, str]:
    return {"start": a.isoformat(), "end": b.isoformat()}


def _hours(ctx: Ctx) -> int:
    return ctx.pick("hours", (6, 8, 12, 16, 18, 24, 30, 32, 40, 48))


def _train_title(ctx: Ctx, cat: str | None, year: int, city: str) -> str:
    if cat == "public":
        topic = ctx.rng.choice(P.PUBLIC_TOPICS)
        return ctx.pick("tc.title.pub", (
            f"{year}年度专业技术人员继续教育公需科目培训", f"{topic}公需科目培训班",
            f"{city}{year}年专业技术人员公需科目集中培训",
        ))  # fmt: skip
    topic = ctx.rng.choice(P.TRAIN_TOPICS)
    if cat == "professional":
        return ctx.pick("tc.title.pro", (
            f"{topic}专业科目培训班", f"{year}年{topic}培训（专业科目）", f"{city}{topic}专业科目继续教育",
        ))  # fmt: skip
    return ctx.pick("tc.title.none", (
        f"{topic}培训班", f"{year}年{topic}研修班", f"{city}{topic}专题培训", f"第{ctx.rng.randint(2, 9)}期{topic}培训班",
    ))  # fmt: skip


def _issuer(ctx: Ctx, prov: str, city: str) -> str:
    return ctx.rng.choice(P.TRAIN_ISSUERS).format(c=city, p=prov)


def _cert_no(ctx: Ctx, year: int, short: str = "鲁") -> str:
    return ctx.pick("certno", (
        f"No.{year}{ctx.rng.randrange(10**5, 10**6)}", f"{short}继教字〔{year}〕第{ctx.rng.randrange(100, 999)}号",
        f"JX{year}-{ctx.rng.randrange(1000, 9999)}", f"证书编号：{year}{ctx.rng.randrange(10**7, 10**8)}",
    ))  # fmt: skip


# ======================================================================================================
def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("tcert")
    prov, city = P.place(ctx)
    cat = ("public", "professional", None)[(k + ctx.offset) % 3]
    holder = ctx.name()
    a = ctx.date(2018, 2024)
    b = a + dt.timedelta(days=ctx.rng.choice((0, 1, 2, 3, 4, 6)))
    year = a.year
    title = _train_title(ctx, cat, year, city)
    issuer = _issuer(ctx, prov, city)
    hours = _hours(ctx)
    issued = b + dt.timedelta(days=ctx.rng.choice((0, 0, 1, 5, 12)))
    st = date_style(ctx)
    unit = P.unit(ctx, city)
    seed = ctx.rng.randrange(10**6)
    period: dict[str, str] | None = _period(a, b)
    issued_s: str | None = issued.isoformat()
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    pg = Page()
    hw = ctx.pick("tc.hourword", ("学时", "学时", "课时"))
    if v == "jieye":
        border(pg, ctx.rng.choice((1, 2, 3)))
        head = ctx.pick("tc.head", ("结业证书", "培训证书", "继续教育证书", "合格证书"))
        y = center(pg, 45, spaced(head, 2), 30, ctx.bold, RED if ctx.chance(0.5) else (20, 20, 20), 2.4)
        pg.text(pg.w - 26, 28, _cert_no(ctx, year, SHORT[prov]), 10.5, ctx.body, "r")
        y += 14
        if ctx.chance(0.4):  # a photo with the issuer's steel stamp over its corner
            photo(pg, 30, y, 24, 32)
            pg.seal(54, y + 30, 9, issuer, seed + 1)
            y += 40
        pg.text(28, y, f"{holder}{ctx.pick('tc.hon', ('同志', '', '同志'))}：", 16, ctx.body)
        y += 14
        txt = ctx.pick("tc.jieye.s", (
            "于{p}参加{i}举办的“{t}”，完成全部培训课程，经考核合格，共计{h}{w}。特发此证。",
            "你于{p}参加了“{t}”学习，修完规定课程，成绩合格，准予结业，认定继续教育{h}{w}。",
            "在{p}举办的{t}中，学习期满，考核合格，获得{w}{h}个，特发此证。",
        )).format(p=frange(a, b, st), i=issuer, t=title, h=hours, w=hw)  # fmt: skip
        y = para(pg, 28, y, pg.w - 56, txt, 15, ctx.body, 2.0)
        dsty = date_style(ctx, formal=True)
        sign(pg, ctx, [issuer, fdate(issued, dsty)], y + 30, pg.w - 30, 13.5, issuer, seed)
    elif v == "photo":
        pg = Page(w=297, h=210)
        border(pg, 2, RED)
        head = ctx.pick("tc.head2", ("培 训 证 书", "结 业 证 书", "学 习 证 书"))
        center(pg, 26, head, 28, ctx.bold, RED)
        photo(pg, 36, 62, 30, 40)
        pairs = [("姓　　名", holder), ("性　　别", ctx.rng.choice("男女")), ("工作单位", unit),
                 ("培训项目", title), ("培训时间", frange(a, b, st)), ("培训" + hw, f"{hours}")]  # fmt: skip
        if cat and ctx.chance(0.5):
            pairs.insert(4, ("科目类别", CAT_WORD[cat]))
        kv(pg, 82, 58, pairs, 13, ctx.body, 30, 2.3)
        pg.text(36, 112, _cert_no(ctx, year, SHORT[prov]), 10, ctx.body)
        if ctx.chance(0.6):
            qr(pg, 36, 150, 24, ctx.rng)
            pg.text(36, 176, "扫码查验", 9, ctx.body)
        sign(pg, ctx, [issuer, fdate(issued, date_style(ctx, True))], 160, pg.w - 40, 13, issuer, seed)
    elif v == "online":
        plat = ctx.rng.choice(P.PLATFORMS).format(p=prov[:-1])
        issuer = plat
        term = ctx.chance(0.5)
        if term:
            m0, m1 = ctx.rng.randint(1, 5), ctx.rng.randint(8, 12)
            period = {"start": f"{year}-{m0:02d}", "end": f"{year}-{m1:02d}"}
            when = f"{fmonth(year, m0, 'ymd')}至{fmonth(year, m1, 'ymd')}"
            issued = dt.date(year, m1, ctx.rng.randint(1, 28))
        else:
            b = a + dt.timedelta(days=ctx.rng.randint(10, 120))
            period = _period(a, b)
            when = frange(a, b, "dash" if st in ("dot", "dash", "slash") else "ymd")
            issued = b
        issued_s = issued.isoformat()
        title = ctx.pick("tc.online.t", (
            f"{year}年度专业技术人员继续教育", f"{year}年度专业技术人员网络学习", f"{year}年继续教育在线学习",
        )) + {"public": "公需科目", "professional": "专业科目", None: ""}[cat]  # fmt: skip
        pg.rect(0, 0, pg.w, 32, 0, (40, 90, 160), (40, 90, 160))
        pg.text(20, 11, plat, 16, ctx.bold, "l", (255, 255, 255))
        y = center(
            pg,
            46,
            ctx.pick("tc.online.h", ("学时证明", "学习证明", "继续教育学时证书")),
            24,
            ctx.bold,
            gap=2.2,
        )
        y = kv(pg, 24, y + 4, [("姓名", holder), ("身份证号", P.fake_id(ctx, ctx.date(1970, 1996))[:6] + "********" + "1234"[: 4]),
                                ("工作单位", unit), ("学习项目", title), ("学习时间", when)], 12, ctx.body, 24)  # fmt: skip
        courses = ctx.rng.sample(P.PUBLIC_TOPICS + P.TRAIN_TOPICS, 4)
        parts = _split(hours, 4, ctx)
        cats = [cat] * 4 if cat else ["public", "professional", "public", "professional"]
        rows = [["序号", "课程名称", "类别", hw, "完成时间"]] + [
            [str(i + 1), c, {"public": "公需课", "professional": "专业课"}[cats[i]], str(parts[i]),
             fdate(min(issued, a + dt.timedelta(days=3 * i + 1)), "dash")] for i, c in enumerate(courses)
        ] + [["", "合计", "", str(hours), ""]]  # fmt: skip
        y = pg.table(20, y + 4, [14, 74, 22, 18, 42], rows, 10.5, ctx.body, 10) + 8
        y = para(
            pg, 24, y, pg.w - 48, f"以上课程已全部学完并通过在线考试，累计获得{hours}{hw}。", 12, ctx.body
        )
        qr(pg, 24, y + 8, 26, ctx.rng)
        pg.text(54, y + 18, "扫描二维码验证证明真伪", 9.5, ctx.body)
        sign(pg, ctx, [issuer, fdate(issued, st)], y + 10, pg.w - 26, 12, issuer, seed)
    elif v == "ledger":
        y = center(pg, 28, ctx.pick("tc.ledger.h", ("继续教育学时证明", "专业技术人员继续教育登记表", "培训学时认定表")), 22,
                   ctx.bold, gap=2.4)  # fmt: skip
        pg.text(24, y, f"编号：{ctx.rng.randrange(10**5, 10**6)}", 10.5, ctx.body)
        rows = [["姓名", holder, "性别", ctx.rng.choice("男女"), "职称", ctx.rng.choice(P.TITLES_PRO)]]
        w = [26, 36, 20, 20, 20, 40]
        y = pg.table(24, y + 7, w, rows, 11.5, ctx.body, 11)
        lines = [
            ("工作单位", unit),
            ("培训名称", title),
            ("培训时间", frange(a, b, st)),
            ("举办单位", issuer),
        ]
        if cat:
            lines.append(("培训类别", CAT_WORD[cat]))
        lines.append(("认定" + hw, f"{hours}{hw}"))
        for lab, val in lines:
            y = pg.table(24, y, [26, 136], [[lab, val]], 11.5, ctx.body, 11)
        opinion = ctx.pick("tc.ledger.o", ("经审核，情况属实。", "同意认定。", "考核合格，予以登记。"))
        pg.rect(24, y, 186, y + 55, 0.3)
        pg.text(28, y + 5, "主办单位意见：", 11.5, ctx.body)
        pg.text(34, y + 16, opinion, 12, ctx.body)
        sign(pg, ctx, ["（盖章）", fdate(issued, st)], y + 32, 178, 11.5, issuer, seed)
    elif v == "card":
        pg = Page(w=160, h=112)
        border(pg, 1)
        center(pg, 17, ctx.pick("tc.card.h", ("继续教育证书", "培训合格证", "结业证书")), 19, ctx.bold, RED)
        pg.text(150, 12, f"编号 {year}{ctx.rng.randrange(1000, 9999)}", 8.5, ctx.body, "r")
        tpl = ctx.pick("tc.card.s", (
            "{n}同志参加{t}，完成学习任务，考核合格，计{h}{w}。",
            "{n}于{p}参加{t}，学习{h}{w}，成绩合格。",
        ))  # fmt: skip
        s = tpl.format(n=holder, t=title, h=hours, w=hw, p=frange(a, b, st))
        if "{p}" not in tpl:
            s += f"培训时间：{frange(a, b, st)}。"
        y = para(pg, 16, 34, 128, s, 12, ctx.body, 1.9)
        sign(pg, ctx, [issuer, fdate(issued, st)], max(y + 6, 76), 146, 10.5, issuer, seed, 15)
    else:  # letter
        y = center(pg, 40, ctx.pick("tc.letter.h", ("证　明", "学时证明", "培训证明")), 24, ctx.bold, gap=3)
        s = ctx.pick("tc.letter.s", (
            "兹证明{u}{n}同志，于{p}参加由我单位举办的{t}，培训时长共计{h}{w}，考核合格。",
            "{n}同志（工作单位：{u}）参加了我单位于{p}组织的“{t}”，全程参训，获得{h}{w}。",
        )).format(u=unit, n=holder, p=frange(a, b, st), t=title, h=hours, w=hw)  # fmt: skip
        y = para(pg, 26, y + 6, pg.w - 52, s, 14.5, ctx.body, 2.1)
        y = para(pg, 26, y + 2, pg.w - 52, "特此证明。", 14.5, ctx.body)
        sign(pg, ctx, [issuer, fdate(issued, date_style(ctx, True))], y + 28, pg.w - 30, 13.5, issuer, seed)
    fields = {"holder": holder, "title": title, "issuer": issuer, "issued_on": issued_s, "period": period,
              "hours_stated": float(hours)}  # fmt: skip
    return Doc(
        "training_certificate", f"tcert5-{v}", [pg], fields, scored, {"person": holder, "year": year}, cat
    )


def _split(total: int, n: int, ctx: Ctx) -> list[int]:
    base = [total // n] * n
    for i in range(total - sum(base)):
        base[i] += 1
    return base


# ======================================================================================================
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("sign")
    prov, city = P.place(ctx)
    a = ctx.date(2018, 2024)
    two = v == "halfday" or ctx.chance(0.25)
    b = a + dt.timedelta(days=1 if two else 0)
    title = _train_title(ctx, None, a.year, city)
    if ctx.chance(0.3):
        title = ctx.pick("sign.title", (f"{a.year}年{ctx.rng.choice(P.TRAIN_TOPICS)}学术讲座",
                                        f"{ctx.rng.choice(P.TRAIN_TOPICS)}专题报告会"))  # fmt: skip
    issuer = _issuer(ctx, prov, city)
    st = date_style(ctx)
    n = {"pages": 30, "paired": ctx.rng.randint(24, 36)}.get(v, ctx.rng.randint(10, 18))
    people = ctx.names(n)
    units = [P.unit(ctx, city) for _ in people]
    when = fdate(a, st) if not two else frange(a, b, st)
    suffix = ctx.pick("sign.suffix", ("签到表", "签到表", "签到册", "参会人员签到表"))
    pages = []
    if v in ("roster", "handcol", "halfday", "pages"):
        per = 15 if v == "pages" else n
        for p0 in range(0, n, per):
            pg = Page()
            y = center_wrap(pg, 20, f"{title}{suffix}", 17, ctx.bold, 170)
            y = max(y, 32)
            pg.text(20, y, f"主办单位：{issuer}", 11, ctx.body)
            pg.text(190, y, f"时间：{when}", 11, ctx.body, "r")
            y += 8
            chunk = list(enumerate(people))[p0 : p0 + per]
            if v == "handcol":
                rows = [["序号", "单位", "姓名", "联系电话"]] + [
                    [str(i + 1), units[i], "", f"1{ctx.rng.randrange(3, 9)}{ctx.rng.randrange(10**8, 10**9)}"]
                    for i, _ in chunk]  # fmt: skip
                widths = [14, 76, 40, 40]
                hand_col, hand_size = 2, 14
            elif v == "halfday":
                rows = [["序号", "姓名", "科室/单位", "上午签到", "下午签到"]] + [
                    [str(i + 1), nm, units[i], "", ""] for i, nm in chunk]  # fmt: skip
                widths = [13, 24, 69, 32, 32]
                hand_col, hand_size = 3, 13
            else:
                rows = [["序号", "姓名", "工作单位", "职称", "签名"]] + [
                    [str(i + 1), nm, units[i], ctx.rng.choice(P.TITLES_PRO), ""] for i, nm in chunk]  # fmt: skip
                widths = [13, 22, 70, 29, 36]
                hand_col, hand_size = 4, 13
            rh = 10.5
            top = y
            pg.table(20, y, widths, rows, 10.5, ctx.body, rh, header_font=ctx.bold)
            x0 = 20 + sum(widths[:hand_col])
            for r, (_, nm) in enumerate(chunk):
                yy = top + rh * (r + 1) + 2
                pg.text(
                    x0 + widths[hand_col] / 2 + ctx.rng.uniform(-3, 3),
                    yy,
                    nm,
                    hand_size,
                    ctx.hand,
                    "c",
                    (30, 30, 90),
                )
                if v == "halfday":
                    pg.text(x0 + widths[3] + widths[4] / 2 + ctx.rng.uniform(-3, 3), yy, nm, hand_size, ctx.hand, "c",
                            (30, 30, 90))  # fmt: skip
            if v == "pages":
                pg.text(105, 280, f"第{p0 // per + 1}页 共{(n + per - 1) // per}页", 10, ctx.body, "c")
            pages.append(pg)
    elif v == "paired":
        pg = Page()
        y = center_wrap(pg, 20, f"{title}{suffix}", 17, ctx.bold, 170)
        pg.text(105, max(y, 32), f"{issuer}　{when}", 11, ctx.body, "c")
        half = (n + 1) // 2
        rh = 11.0
        for side in (0, 1):
            x = 15 + side * 92
            chunk = list(enumerate(people))[side * half : (side + 1) * half]
            rows = [["序号", "姓名", "签到"]] + [[str(i + 1), nm, ""] for i, nm in chunk]
            pg.table(x, 42, [14, 30, 44], rows, 10.5, ctx.body, rh, header_font=ctx.bold)
            for r, (_, nm) in enumerate(chunk):
                pg.text(
                    x + 66 + ctx.rng.uniform(-4, 4),
                    42 + rh * (r + 1) + 2,
                    nm,
                    13,
                    ctx.hand,
                    "c",
                    (30, 30, 90),
                )
        pages.append(pg)
    else:  # meeting
        pg = Page()
        y = center(
            pg,
            20,
            ctx.pick("sign.meet.h", ("会议签到表", "参会人员签到簿", "培训签到表")),
            20,
            ctx.bold,
            gap=2.2,
        )
        y = kv(pg, 22, y + 2, [("会议名称", title), ("主办单位", issuer), ("会议时间", when),
                               ("会议地点", ctx.rng.choice(P.VENUES).format(c=city))], 11.5, ctx.body, 24, 1.9)  # fmt: skip
        rows = [["序号", "姓名", "工作单位", "签到时间"]]
        for i, nm in enumerate(people):
            rows.append([str(i + 1), nm, units[i], f"{ctx.rng.choice((7, 8))}:{ctx.rng.randrange(10, 59)}"])
        pg.table(20, y + 3, [14, 30, 96, 30], rows, 10.5, ctx.body, 10, header_font=ctx.bold)
        pages.append(pg)
    ppl = [_person(nm, i + 1, "attendee") for i, nm in enumerate(people)]
    claim = ctx.rng.choice(people[1:])
    fields = {"people": ppl, "title": title, "issuer": issuer, "period": _period(a, b)}
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    return Doc("sign_in_sheet", f"sign5-{v}", pages, fields, scored, {"person": claim, "year": a.year})


# ======================================================================================================
ABBR = (("人力资源", "人社"), ("卫生", "卫健"), ("教育", "教"), ("农业", "农"), ("住房", "建"), ("财政", "财"),
        ("水利", "水"), ("科学技术协会", "科协"), ("医学", "医学会"), ("继续医学", "继医"))  # fmt: skip


def _doc_no(ctx: Ctx, city: str, year: int, issuer: str = "") -> str:
    short = city[0] + next((b for a, b in ABBR if a in issuer), ctx.rng.choice(("人社", "卫健", "教", "农")))
    return ctx.pick("notice.no", (f"{short}发〔{year}〕{ctx.rng.randint(3, 98)}号", f"{short}字〔{year}〕{ctx.rng.randint(3, 98)}号",
                                  f"{short}函〔{year}〕{ctx.rng.randint(3, 98)}号"))  # fmt: skip


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("notice")
    prov, city = P.place(ctx)
    cat = ctx.pick("notice.cat", ("public", "professional", None, None))
    a = ctx.date(2018, 2024)
    b = a + dt.timedelta(days=ctx.rng.choice((1, 2, 3, 4)))
    issued = a - dt.timedelta(days=ctx.rng.randint(7, 30))
    title = _train_title(ctx, cat, a.year, city)
    issuer = _issuer(ctx, prov, city)
    hours = _hours(ctx)
    st = date_style(ctx)
    seed = ctx.rng.randrange(10**6)
    venue = ctx.rng.choice(P.VENUES).format(c=city)
    hours_on = True
    holder: str | None = None
    people: list[dict[str, Any]] = []
    catw = CAT_WORD.get(cat or "", "继续教育")
    hour_s = ctx.pick("notice.hours", (
        f"参训人员经考核合格的，计入{a.year}年度{catw}学时{hours}学时。",
        f"培训结束后颁发结业证书，认定{catw}{hours}学时。",
        f"全程参加培训者，可登记继续教育学时{hours}学时（{catw}）。" if cat else f"全程参加培训者，可登记继续教育学时{hours}学时。",
    ))  # fmt: skip
    pages = []
    if v in ("redhead", "annex", "receipt"):
        pg = Page()
        y = red_head(pg, ctx, issuer, 26, _doc_no(ctx, city, issued.year, issuer)) if v != "receipt" else 24
        y = center_wrap(pg, y + 2, f"关于举办{title}的通知", 17, ctx.bold, 160)
        y += 4
        pg.text(24, y, ctx.pick("notice.to", ("各县（市、区）人力资源和社会保障局，各有关单位：", "各有关单位：",
                                              "各医疗卫生机构：", "各县市区教育局，市直各学校：")), 12.5, ctx.body)  # fmt: skip
        y += 9
        y = para(pg, 24, y, 162, f"为进一步提高专业技术人员业务水平，经研究，决定举办{title}。现将有关事项通知如下：",
                 12.5, ctx.body)  # fmt: skip
        items = [("一、培训时间", frange(a, b, st) + "（" + ctx.pick("notice.reg", ("报到时间另行通知", f"{fdate(a, st)}上午8:00报到")) + "）"),
                 ("二、培训地点", venue), ("三、培训对象", "全市相关专业技术人员" + ("，名单见附件" if v == "annex" else "")),
                 ("四、学时认定", hour_s),
                 ("五、其他事项", "请各单位高度重视，按时选派人员参训。食宿统一安排，费用回原单位报销。")]  # fmt: skip
        for lab, val in items:
            pg.text(24, y, lab, 12.5, ctx.bold)
            y = para(pg, 24, y + 7, 162, val, 12.5, ctx.body)
        if v == "annex":
            y = para(pg, 24, y + 2, 162, "附件：参训人员名单", 12.5, ctx.body, indent=False)
        if v == "receipt":
            y = min(y, 205)
            y = sign(pg, ctx, [issuer, fdate(issued, date_style(ctx, True))], y + 8, 180, 12.5, issuer, seed)
            pg.line(20, y + 2, 190, y + 2, 0.3)
            y = center(pg, y + 5, "参训回执", 15, ctx.bold)
            holder = ctx.name()
            rows = [
                ["姓名", "工作单位", "职称", "联系电话"],
                ["", P.unit(ctx, city), ctx.rng.choice(P.TITLES_PRO), ""],
            ]
            y0 = y + 1
            pg.table(20, y0, [30, 80, 30, 30], rows, 11, ctx.body, 11)
            pg.text(35, y0 + 13, holder, 15, ctx.hand, "c", (25, 45, 140))
            pg.text(175, y0 + 13, f"1{ctx.rng.randrange(30, 89)}{ctx.rng.randrange(10**7, 10**8)}", 11, ctx.hand, "c",
                    (25, 45, 140))  # fmt: skip
        else:
            sign(
                pg,
                ctx,
                [issuer, fdate(issued, date_style(ctx, True))],
                min(y + 12, 250),
                180,
                12.5,
                issuer,
                seed,
            )
        pages.append(pg)
        if v == "annex":
            pg2 = Page()
            pg2.text(22, 22, "附件", 13, ctx.bold)
            y = center(pg2, 34, "参训人员名单", 16, ctx.bold, gap=2.2)
            names = ctx.names(ctx.rng.randint(8, 16))
            rows = [["序号", "姓名", "工作单位", "职称"]] + [
                [str(i + 1), nm, P.unit(ctx, city), ctx.rng.choice(P.TITLES_PRO)] for i, nm in enumerate(names)]  # fmt: skip
            pg2.table(22, y, [16, 30, 90, 30], rows, 11, ctx.body, 10)
            people = [_person(nm, i + 1, "attendee") for i, nm in enumerate(names)]
            pages.append(pg2)
        elif v == "redhead":
            holder = ctx.name()
            hand_note(pg, ctx, 130, 14, f"{holder} 已参加", 15)
    elif v == "invite":
        pg = Page()
        border(pg, 2, RED)
        center(pg, 34, spaced("邀请函", 3), 28, ctx.bold, RED)
        holder = ctx.name()
        pg.text(
            26,
            62,
            f"尊敬的{holder}{ctx.pick('inv.hon', ('老师', '专家', '同志', '先生', '女士'))}：",
            14,
            ctx.body,
        )
        s = (f"{issuer}定于{frange(a, b, st)}在{venue}举办{title}。"
             f"本次培训邀请省内外知名专家授课，{hour_s}诚挚邀请您拨冗参加。")  # fmt: skip
        y = para(pg, 26, 76, 158, s, 14, ctx.body, 2.0)
        y = para(pg, 26, y + 2, 158, "联系人：" + ctx.name() + f"　电话：0{ctx.rng.randrange(530, 739)}-{ctx.rng.randrange(10**6, 10**7)}",
                 12.5, ctx.body)  # fmt: skip
        sign(pg, ctx, [issuer, fdate(issued, date_style(ctx, True))], y + 24, 180, 13, issuer, seed)
        pages.append(pg)
    elif v == "agenda":
        pg = Page()
        y = center_wrap(pg, 22, f"{title}日程安排", 18, ctx.bold, 165)
        y = kv(pg, 22, y + 3, [("主办单位", issuer), ("培训时间", frange(a, b, st)), ("培训地点", venue),
                               ("学时", f"{hours}学时" + (f"（{catw}）" if cat else ""))], 11.5, ctx.body, 22, 1.9)  # fmt: skip
        rows = [["日期", "时间", "内容", "主讲人"]]
        d = a
        speakers = ctx.names(6)
        for i in range(6):
            rows.append([f"{d.month}月{d.day}日", ("8:30-11:30", "14:00-17:00")[i % 2],
                         ctx.rng.choice(P.TRAIN_TOPICS), f"{speakers[i]} {ctx.rng.choice(('教授', '主任医师', '研究员', '高级工程师'))}"])  # fmt: skip
            if i % 2:
                d = min(b, d + dt.timedelta(days=1))
        y = pg.table(20, y + 4, [24, 30, 80, 36], rows, 10, ctx.body, 12, header_font=ctx.bold)
        holder = ctx.name()
        hand_note(pg, ctx, 24, y + 12, f"参训人：{holder}", 16)
        pages.append(pg)
    else:  # wechat
        pg = Page(w=108, h=220, bg=(250, 250, 250))
        pg.rect(0, 0, 108, 12, 0, (235, 235, 235), (235, 235, 235))
        pg.text(54, 3.5, "〈　　" + ctx.rng.choice(("公众号", "文章详情")), 10, ctx.body, "c")
        y = 18
        y = pg.wrap(8, y, 92, f"关于举办{title}的通知", 14, ctx.bold, 1.5)
        pg.text(8, y + 1, f"{issuer}　{fdate(issued, 'dash')}", 8.5, ctx.body, "l", (90, 110, 150))
        y += 9
        body = (f"为提升专业技术人员能力，{issuer}将于{frange(a, b, 'ymd')}在{venue}举办{title}。{hour_s}"
                "经各单位推荐，确定参训人员名单如下：")  # fmt: skip
        y = para(pg, 8, y, 92, body, 10.5, ctx.body, 1.75)
        names = ctx.names(ctx.rng.randint(6, 10))
        y = para(pg, 8, y + 1, 92, "、".join(names) + "。", 10.5, ctx.body, 1.75)
        para(pg, 8, y + 1, 92, "请参训人员按时报到。", 10.5, ctx.body, 1.75)
        people = [_person(nm, i + 1, "attendee") for i, nm in enumerate(names)]
        pages.append(pg)
    issued_out = None if v == "agenda" else issued.isoformat()
    fields = {"holder": holder, "people": people, "title": title, "issuer": issuer, "issued_on": issued_out,
              "period": _period(a, b), "hours_stated": float(hours) if hours_on else None}  # fmt: skip
    scored = ["title", "issuer", "period.start", "period.end", "hours_stated"]
    if issued_out:
        scored.insert(2, "issued_on")
    claim = holder or ctx.rng.choice([p["name"] for p in people])
    return Doc(
        "training_notice", f"notice5-{v}", pages, fields, scored, {"person": claim, "year": a.year}, cat
    )


# ======================================================================================================
MAJORS = (("临床医学", "医学"), ("农学", "农学"), ("土木工程", "工学"), ("汉语言文学", "文学"), ("会计学", "管理学"),
          ("计算机科学与技术", "工学"), ("护理学", "理学"), ("水利水电工程", "工学"), ("教育学", "教育学"),
          ("动物医学", "农学"))  # fmt: skip
SELF_COURSES = ("管理学原理", "中国近现代史纲要", "大学语文", "高等数学（工本）", "英语（二）", "马克思主义基本原理概论",
                "计算机应用基础", "经济法概论", "基础会计学", "护理学导论")  # fmt: skip
CEAC = ("Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Windows 7操作系统",
        "Internet应用", "AutoCAD 2008制图软件", "Photoshop CS4图像处理")  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("qual")
    prov, city = P.place(ctx)
    holder = ctx.name()
    sex = ctx.rng.choice("男女")
    birth = ctx.date(1975, 1998)
    school = P.college(ctx, prov)
    major, field_ = ctx.rng.choice(MAJORS)
    seed = ctx.rng.randrange(10**6)
    modules: list[str] | None = None
    subject: str | None = major
    month_only = False
    pg = Page()
    if v in ("graduate", "master", "doctor"):
        kind = {"graduate": "graduation", "master": "master_degree", "doctor": "doctor_degree"}[v]
        y1 = ctx.rng.randint(2004, 2022)
        end = dt.date(y1, ctx.rng.choice((6, 7)), ctx.rng.randint(20, 30))
        month_only = v == "graduate" and ctx.chance(0.4)
        birth = ctx.date(
            y1 - {"graduate": 23, "master": 27, "doctor": 31}[v],
            y1 - {"graduate": 21, "master": 24, "doctor": 27}[v],
        )
        pg = Page(w=297, h=210) if v != "graduate" or ctx.chance(0.5) else Page()
        border(pg, ctx.rng.choice((2, 3)), (150, 40, 40) if v == "graduate" else GOLD_DARK)
        head = {"graduate": "毕 业 证 书", "master": "硕 士 学 位 证 书", "doctor": "博 士 学 位 证 书"}[v]
        y = center(pg, 30, head, 28, ctx.bold, gap=2.4)
        photo(pg, 30, y + 4, 26, 34)
        x, wd = 66, pg.w - 92
        st = ctx.pick("q.date", ("ymd", "han", "han"))
        if v == "graduate":
            start = dt.date(y1 - 4, 9, 1)
            s = (f"学生{holder}，性别{sex}，{fmonth(birth.year, birth.month, 'ymd')}生，于{fmonth(start.year, 9, 'ymd')}至"
                 f"{fmonth(y1, end.month, 'ymd')}在本校{major}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
        else:
            deg = "硕士" if v == "master" else "博士"
            s = (f"{holder}，{sex}，{fdate(birth, 'ymd')}生。在{school}{major}学科/专业完成{deg}学位的学习计划，"
                 f"业已通过论文答辩，经审核，符合《中华人民共和国学位条例》的规定，授予{field_}{deg}学位。")  # fmt: skip
        y = para(pg, x, y + 6, wd, s, 14, ctx.body, 2.0)
        lines = [school] + (
            [f"校长：{ctx.name()}"] if v == "graduate" else [f"学位评定委员会主席：{ctx.name()}"]
        )
        ds = fmonth(y1, end.month, "ymd" if st == "ymd" else "han") if month_only else fdate(end, st)
        sign(pg, ctx, lines + [ds], pg.h - 62, pg.w - 34, 13, school, seed, 17)
        pg.text(
            30,
            pg.h - 30,
            f"证书编号：{ctx.rng.randrange(10**15, 10**16)}{ctx.rng.randrange(10, 99)}",
            10.5,
            ctx.body,
        )
        issued = f"{y1}-{end.month:02d}" if month_only else end.isoformat()
        issuer, year = school, y1
        if v == "graduate":
            subject = major
    elif v == "courses":
        kind = "postgraduate_courses"
        yr = ctx.rng.randint(2012, 2023)
        border(pg, 2, RED)
        y = center(pg, 40, "研究生课程进修班", 20, ctx.bold, gap=1.8)
        y = center(pg, y, spaced("结业证书", 2), 26, ctx.bold, RED, 2.6)
        s = (f"{holder}，{sex}，{fmonth(birth.year, birth.month, 'ymd')}出生，于{fmonth(yr - 2, 9, 'ymd')}至{fmonth(yr, 6, 'ymd')}"
             f"在我校参加{major}专业研究生课程进修班学习，修完规定的全部课程，成绩合格，准予结业。")  # fmt: skip
        y = para(pg, 28, y + 10, pg.w - 56, s, 14, ctx.body, 2.0)
        issued, month_only = f"{yr}-06", True
        sign(
            pg,
            ctx,
            [school, fmonth(yr, 6, ctx.pick("q.mst", ("ymd", "han")))],
            y + 30,
            pg.w - 32,
            13,
            school,
            seed,
        )
        pg.text(28, pg.h - 30, f"编号：{yr}{ctx.rng.randrange(10**5, 10**6)}", 10.5, ctx.body)
        issuer, year = school, yr
    elif v == "selfstudy":
        kind = "self_study_exam"
        yr = ctx.rng.randint(2008, 2023)
        month = ctx.rng.choice((4, 10))
        issuer = f"{prov}高等教育自学考试委员会"
        y = center(pg, 34, f"{prov[:-1]}省高等教育自学考试", 18, ctx.bold, gap=1.8)
        y = center(pg, y, "单科合格证书", 24, ctx.bold, gap=2.6)
        y = kv(pg, 30, y + 4, [("姓名", holder), ("准考证号", f"0{ctx.rng.randrange(10**10, 10**11)}"),
                               ("专业", major)], 13, ctx.body, 26)  # fmt: skip
        modules = ctx.rng.sample(SELF_COURSES, ctx.rng.randint(2, 4))
        rows = [["课程代码", "课程名称", "成绩", "考试时间"]] + [
            [f"{ctx.rng.randrange(10**4, 10**5):05d}", m, str(ctx.rng.randint(60, 92)), fmonth(yr, month, "dot")]
            for m in modules]  # fmt: skip
        y = pg.table(28, y + 4, [28, 70, 24, 32], rows, 11.5, ctx.body, 11) + 10
        para(pg, 30, y, 150, "上列课程经考试成绩合格，特发此证。", 13, ctx.body)
        issued, month_only = f"{yr}-{month + 1:02d}", True
        sign(pg, ctx, [issuer, fmonth(yr, month + 1, "ymd")], y + 26, 178, 12.5, issuer, seed)
        year = yr
    else:  # computer
        kind = "computer_exam"
        yr = ctx.rng.randint(2009, 2019)
        d = dt.date(yr, ctx.rng.randint(3, 11), ctx.rng.randint(1, 28))
        issuer = f"{prov}人力资源和社会保障厅"
        pg = Page(w=210, h=148)
        border(pg, 1)
        y = center(pg, 16, "全国专业技术人员计算机应用能力考试", 15, ctx.bold, gap=1.7)
        y = center(pg, y, "合 格 证 书", 22, ctx.bold, RED, 2.2)
        photo(pg, 22, y + 2, 22, 30)
        modules = ctx.rng.sample(CEAC, ctx.rng.randint(1, 3))
        subject = None
        y2 = kv(pg, 54, y + 2, [("姓名", holder), ("性别", sex), ("身份证号", P.fake_id(ctx, birth)),
                                ("考试科目", modules[0])] + [("", m) for m in modules[1:]], 11.5, ctx.body, 24, 1.9)  # fmt: skip
        pg.text(54, y2 + 2, f"管理号：{yr}{ctx.rng.randrange(10**9, 10**10)}", 9.5, ctx.body)
        sign(pg, ctx, [issuer, fdate(d, "ymd")], pg.h - 34, pg.w - 24, 11.5, issuer, seed, 15)
        issued, year = d.isoformat(), yr
    qual = {"kind": kind, "subject": subject, "modules": modules}
    fields = {"holder": holder, "issuer": issuer, "issued_on": issued, "qualification": qual}
    scored = ["holder", "issuer", "issued_on", "qualification.kind"]
    if subject:
        scored.append("qualification.subject")
    if modules:
        scored.append("qualification.modules")
    return Doc(
        "qualification_certificate", f"qual5-{v}", [pg], fields, scored, {"person": holder, "year": year}
    )


GOLD_DARK = (130, 95, 30)


# ======================================================================================================
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.layout("other")
    prov, city = P.place(ctx)
    who = ctx.name()
    d = ctx.date(2018, 2024)
    seed = ctx.rng.randrange(10**6)
    unit = P.unit(ctx, city)
    pg = Page()
    if v == "invoice":
        pg = Page(w=240, h=140)
        center(pg, 10, f"{prov[:-1]}增值税电子普通发票", 17, ctx.bold, (150, 70, 40))
        kv(pg, 170, 10, [("发票代码", f"0{ctx.rng.randrange(10**10, 10**11)}"), ("发票号码", f"{ctx.rng.randrange(10**7, 10**8)}"),
                         ("开票日期", fdate(d, "ymd0"))], 8.5, ctx.body, 16, 1.8)  # fmt: skip
        pg.rect(10, 30, 230, 120, 0.4, (150, 70, 40))
        kv(pg, 14, 34, [("购买方名称", who), ("纳税人识别号", "")], 9.5, ctx.body, 26)
        rows = [["项目名称", "单位", "数量", "单价", "金额", "税率", "税额"],
                ["*非学历教育服务*培训费", "人次", "1", "1200.00", "1200.00", "免税", "***"]]  # fmt: skip
        pg.table(10, 50, [60, 20, 20, 30, 30, 30, 30], rows, 9, ctx.body, 9, lw=0.3)
        kv(pg, 14, 80, [("价税合计（大写）", "壹仟贰佰元整　（小写）¥1200.00"), ("销售方名称", P.college(ctx, prov) + "继续教育学院"),
                        ("备注", f"参训人：{who}")], 9.5, ctx.body, 34, 2.1)  # fmt: skip
        pg.seal(200, 100, 14, "发票专用章", seed)
    elif v == "receipt":
        pg = Page(w=210, h=120)
        center(pg, 12, "收　据", 20, ctx.bold)
        pg.text(195, 14, f"No.{ctx.rng.randrange(10**6, 10**7)}", 10, ctx.body, "r", (190, 30, 30))
        pg.text(20, 32, f"日期：{fdate(d, 'ymd')}", 11, ctx.body)
        y = kv(pg, 20, 44, [("今收到", who), ("交来", ctx.pick("o.rec", ("会务费", "资料费", "考试报名费", "住宿费"))),
                            ("人民币（大写）", "叁佰伍拾元整　¥350.00")], 12, ctx.body, 34, 2.3)  # fmt: skip
        pg.text(20, y + 4, "收款单位（盖章）：", 11, ctx.body)
        pg.text(130, y + 4, "收款人：", 11, ctx.body)
        pg.text(150, y + 2, ctx.name(), 14, ctx.hand)
        pg.seal(70, y + 12, 15, P.unit(ctx, city), seed)
    elif v == "appoint":
        border(pg, 3, RED)
        center(pg, 50, spaced("聘 书", 2), 34, ctx.bold, RED)
        s = (f"兹聘任{who}同志为{unit}{ctx.rng.choice(P.TITLES_PRO)}，聘期自{fdate(d, 'ymd')}起至"
             f"{fdate(d.replace(year=d.year + 3), 'ymd')}止。")  # fmt: skip
        y = para(pg, 30, 100, 150, s, 16, ctx.body, 2.2)
        sign(pg, ctx, [unit, fdate(d, "han")], y + 40, 178, 14, unit, seed)
    elif v == "idcard":
        pg = Page(w=120, h=80, bg=(235, 240, 245))
        pg.rect(4, 4, 116, 76, 0.4, (160, 170, 190))
        birth = ctx.date(1968, 1998)
        kv(pg, 10, 10, [("姓　名", who), ("性　别", ctx.rng.choice("男女") + "　　民族　汉"),
                        ("出　生", f"{birth.year}年{birth.month}月{birth.day}日"),
                        ("住　址", f"{prov}{city}{ctx.rng.choice(('建设路', '人民路', '新华街'))}{ctx.rng.randint(1, 199)}号")],
           9, ctx.body, 14, 2.2)  # fmt: skip
        pg.text(10, 64, f"公民身份号码　{P.fake_id(ctx, birth)}", 9.5, ctx.body)
        photo(pg, 84, 12, 26, 34)
    elif v == "titlecert":
        border(pg, 2)
        y = center(pg, 40, "专业技术职务任职资格证书", 22, ctx.bold, gap=3)
        photo(pg, 30, y, 26, 34)
        y = kv(pg, 66, y, [("姓名", who), ("工作单位", unit), ("资格名称", ctx.rng.choice(P.TITLES_PRO)),
                           ("评审组织", f"{city}中级专业技术职务评审委员会"), ("批准文号", _doc_no(ctx, city, d.year)),
                           ("批准时间", fdate(d, "ymd"))], 12, ctx.body, 26)  # fmt: skip
        sign(
            pg,
            ctx,
            [f"{city}人力资源和社会保障局", fdate(d, "ymd")],
            y + 30,
            178,
            12.5,
            f"{city}人力资源和社会保障局",
            seed,
        )
    else:  # workproof
        y = center(pg, 40, ctx.pick("o.wp", ("在职证明", "工作证明")), 24, ctx.bold, gap=3)
        s = (f"兹证明{who}同志，身份证号{P.fake_id(ctx, ctx.date(1970, 1995))}，自{d.year - ctx.rng.randint(3, 15)}年起在我单位工作，"
             f"现任{ctx.rng.choice(P.TITLES_PRO)}。")  # fmt: skip
        y = para(pg, 26, y + 8, 158, s, 14, ctx.body, 2.1)
        y = para(pg, 26, y, 158, "特此证明。", 14, ctx.body)
        sign(pg, ctx, [unit, fdate(d, "ymd")], y + 26, 180, 13, unit, seed)
    return Doc("other", f"other5-{v}", [pg], {"holder": who}, [], {"person": who, "year": d.year})
