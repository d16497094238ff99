"""Draw 38 builders: training certificates, sign-in sheets, notices, qualifications and stray papers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.blind.doc import Doc, frame
from bench.blind.page import Page, width_mm
from bench.blind38 import pools as P
from bench.blind38.pools import Ctx
from bench.generator.truth import person

A4, LAND, PHONE = (210.0, 297.0), (297.0, 210.0), (92.0, 196.0)
MM = 0.3528


# ---- shared helpers -----------------------------------------------------------------------------
def page(size: tuple[float, float] = A4, bg: tuple[int, int, int] = (255, 255, 255)) -> Page:
    return Page(w=size[0], h=size[1], bg=bg)


def mk(
    etype: str, layout: str, pages: list[Page], fields: dict[str, Any], scored: list[str], who: str, year: int,
    category: str | None = None,
) -> Doc:  # fmt: skip
    return Doc(etype, layout, pages, fields, scored, {"person": who, "year": year}, category)


def centre(
    pg: Page, y: float, s: str, size: float, font: str, color: tuple[int, int, int] = (20, 20, 20)
) -> float:
    pg.text(pg.w / 2, y, s, size, font, "c", color)
    return y + size * MM * 1.7


def para(
    pg: Page, ctx: Ctx, x: float, y: float, w: float, s: str, size: float = 12.5, indent: bool = True
) -> float:
    return pg.wrap(x, y, w, s, size, ctx.body, lead=1.75, indent=size * MM * 2 if indent else 0.0)


def qr(pg: Page, ctx: Ctx, x: float, y: float, side: float = 18.0, caption: str = "") -> None:
    n = 17
    c = side / n
    pg.rect(x, y, x + side, y + side, 0.3)
    for i in range(n):
        for j in range(n):
            corner = (i < 4 and j < 4) or (i < 4 and j > n - 5) or (i > n - 5 and j < 4)
            if corner or ctx.rng.random() < 0.45:
                pg.rect(x + i * c, y + j * c, x + (i + 1) * c, y + (j + 1) * c, 0, fill=(25, 25, 25))
    if caption:
        pg.text(x + side / 2, y + side + 1.5, caption, 7.5, ctx.body, "c", (90, 90, 90))


def rng_of(a: dt.date, b: dt.date, st: str, ctx: Ctx) -> str:
    sep = ctx.pick("rangesep", ("至", "—", " - ", "～", "到"))
    return f"{P.date_s(a, st)}{sep}{P.date_s(b, st)}"


def period_of(
    ctx: Ctx, y0: int = 2019, y1: int = 2024, days: tuple[int, int] = (1, 6)
) -> tuple[dt.date, dt.date]:
    a = P.rdate(ctx.rng, y0, y1)
    return a, a + dt.timedelta(days=ctx.rng.randint(*days) - 1)


def masked_id(ctx: Ctx, w: P.World) -> str:
    head = "370902" if w.city == "泰安" else "371402"
    return head + "*" * 8 + P.serial(ctx, "", 3) + ctx.rng.choice("0123456789X")


def category_for(ctx: Ctx, force: str | None = None) -> str | None:
    if force is not None:
        return force or None
    return ctx.pick("cat", ("public", "professional", None))


def course_for(ctx: Ctx, w: P.World, cat: str | None) -> str:
    if cat == "public":
        return ctx.pick("pubtopic", P.PUBLIC_TOPICS)
    t = P.topic(ctx, w)
    return t + ctx.pick(
        "suffix", ("培训班", "专题培训班", "高级研修班", "继续教育培训", "线上培训", "岗位培训班")
    )


CAT_WORD = {"public": ("公需科目", "公需课"), "professional": ("专业科目", "专业课")}


def cat_word(ctx: Ctx, cat: str | None) -> str:
    return ctx.pick("catword", CAT_WORD[cat]) if cat else ""


# ---- training certificate -----------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "training_certificate")
    rng = ctx.rng
    w = P.world(ctx)
    force = "public" if v == "partyschool" else None
    cat = category_for(ctx, force)
    title = course_for(ctx, w, cat)
    who = P.people(rng, 1)[0]
    st = P.style(ctx)
    a, b = period_of(ctx)
    issued = b + dt.timedelta(days=rng.randint(0, 20))
    hours = (
        float(rng.choice([6, 8, 12, 16, 20, 24, 30, 32, 40, 48]))
        if rng.random() < 0.9
        else rng.choice([1.5, 4.5, 7.5])
    )
    if v == "partyschool":
        issuer = w.org(rng.choice(P.PUBLIC_ORGS[:2]))
    elif v == "platform":
        issuer = ctx.pick("online", P.ONLINE)
    elif cat == "public":
        issuer = w.org(ctx.pick("puborg", P.PUBLIC_ORGS))
    else:
        issuer = P.organiser(ctx, w)
    cw = cat_word(ctx, cat)
    no = P.serial(ctx, ctx.pick("certpfx", ("TA", "DZ", "SD", "No.", "")) + str(issued.year), 6)
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    pages: list[Page] = []
    hs = P.hours_s(hours)
    if v == "redframe":
        pg = page()
        frame(pg, ctx, 3)
        pg.text(pg.w - 22, 22, f"证书编号：{no}", 9, ctx.body, "r")
        y = centre(
            pg,
            48,
            ctx.pick("tchead", ("结 业 证 书", "培 训 证 书", "合 格 证 书")),
            30,
            ctx.bold,
            (170, 30, 30),
        )
        y += 12
        pg.text(30, y, who, 18, ctx.hand)
        pg.text(30 + width_mm(who, ctx.hand, 18) + 2, y + 1.5, "同志：", 13, ctx.body)
        y += 14
        s = (
            f"于{rng_of(a, b, st, ctx)}参加由{issuer}举办的“{title}”"
            f"{'（' + cw + '）' if cw else ''}，完成规定课程学习，经考核合格，共计{hs}学时。特发此证。"
        )
        y = para(pg, ctx, 30, y, 150, s, 13.5)
        sy = max(y + 25, 205)
        pg.text(150, sy, issuer, 13, ctx.body, "c")
        pg.text(150, sy + 9, P.date_s(issued, st), 13, ctx.body, "c")
        pg.seal(150, sy + 4, 19, issuer[:16], rng.randrange(10**6))
        pg.text(25, 272, f"查询电话：{P.phone(ctx, w)}", 8.5, ctx.body, "l", (110, 110, 110))
        pages.append(pg)
    elif v == "platform":
        pg = page(bg=(250, 252, 255))
        pg.rect(0, 0, pg.w, 28, 0, fill=(30, 90, 170))
        pg.text(15, 9, issuer, 15, ctx.bold, "l", (255, 255, 255))
        y = centre(
            pg, 42, ctx.pick("plhead", ("学时证明", "继续教育培训合格证明", "在线学习证明")), 24, ctx.bold
        )
        rows = [["姓名", who], ["身份证号", masked_id(ctx, w)], ["工作单位", w.unit], ["课程名称", title],
                ["学习时间", rng_of(a, b, "iso", ctx)], ["获得学时", f"{hs}学时"]]  # fmt: skip
        if cw:
            rows.append(["科目类别", cw])
        rows.append(["发证日期", P.date_s(issued, "iso")])
        st = "iso"
        y = pg.table(25, y + 8, [38, 122], rows, 11.5, ctx.body, row_h=11, fonts={0: ctx.bold})
        pg.text(25, y + 10, f"证书编号：{no}", 10, ctx.body)
        pg.text(25, y + 18, f"打印时间：{P.date_s(issued + dt.timedelta(days=rng.randint(30, 200)), 'iso')} "
                f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}", 9, ctx.body, "l", (110, 110, 110))  # fmt: skip
        qr(pg, ctx, 160, y + 8, 22, "扫码验证真伪")
        pg.seal(150, y + 55, 20, issuer[:16], rng.randrange(10**6))
        pg.text(150, y + 52, issuer, 11, ctx.body, "c")
        pg.text(105, 283, "本证明由系统自动生成，可登录平台核验。", 8, ctx.body, "c", (120, 120, 120))
        pages.append(pg)
    elif v == "landscape":
        pg = page(LAND, (255, 253, 246))
        frame(pg, ctx, 2)
        pg.rect(22, 22, 110, 188, 0, fill=(245, 236, 215))
        pg.text(66, 50, "培训证书", 26, ctx.bold, "c", (140, 90, 20))
        pg.text(66, 75, "CERTIFICATE", 12, ctx.body, "c", (140, 90, 20))
        pg.text(66, 160, f"编号：{no}", 10, ctx.body, "c")
        x = 125
        pg.text(x, 40, "学员", 13, ctx.body)
        pg.text(x + 14, 38, who, 17, ctx.hand)
        s = (
            f"在{rng_of(a, b, st, ctx)}期间参加{title}，学习{hs}学时，"
            f"成绩合格{('，计入' + cw + '学时') if cw else ''}，准予结业。"
        )
        y = para(pg, ctx, x, 55, 150, s, 13)
        pg.text(230, max(y + 20, 140), issuer, 12.5, ctx.body, "c")
        pg.text(230, max(y + 20, 140) + 9, P.date_s(issued, st), 12.5, ctx.body, "c")
        pg.seal(230, max(y + 20, 140) + 4, 18, issuer[:16], rng.randrange(10**6))
        pages.append(pg)
    elif v == "hourproof":
        pg = page()
        y = centre(pg, 35, "继续教育学时证明", 22, ctx.bold)
        pg.text(180, y, f"编号：{no}", 9.5, ctx.body, "r")
        y += 12
        s = (
            f"兹证明{who}同志（身份证号：{masked_id(ctx, w)}，工作单位：{w.unit}）于{rng_of(a, b, st, ctx)}"
            f"参加了{issuer}组织的{title}，经考核合格，认定{cw + '学时' if cw else '继续教育学时'}{hs}学时。"
        )
        y = para(pg, ctx, 25, y, 160, s, 13)
        y = para(pg, ctx, 25, y + 3, 160, "特此证明。", 13)
        y += 25
        pg.text(150, y, issuer, 13, ctx.body, "c")
        pg.text(150, y + 9, P.date_s(issued, st), 13, ctx.body, "c")
        pg.seal(150, y + 4, 19, issuer[:16], rng.randrange(10**6))
        pg.line(25, 250, 185, 250, 0.3)
        pg.text(25, 253, f"抄送：{w.unit}人事科", 10, ctx.body)
        pg.text(25, 261, f"联系电话：{P.phone(ctx, w)}    地址：{P.address(ctx, w)}", 9, ctx.body)
        pages.append(pg)
    elif v == "partyschool":
        pg = page()
        frame(pg, ctx, 3)
        y = centre(pg, 45, issuer, 16, ctx.bold, (170, 30, 30))
        y = centre(pg, y + 6, "结 业 证 书", 30, ctx.bold, (170, 30, 30))
        y += 10
        pg.text(32, y, "学员", 13, ctx.body)
        pg.text(46, y - 2, who, 18, ctx.hand)
        y += 14
        s = (
            f"于{rng_of(a, b, st, ctx)}参加{title}{cw}专题培训，完成全部学习任务，"
            f"累计{hs}学时，经考核合格，准予结业。"
        )
        y = para(pg, ctx, 32, y, 146, s, 13.5)
        pg.text(130, 215, f"证书号：{no}", 10, ctx.body)
        pg.text(150, 232, P.date_s(issued, st), 13, ctx.body, "c")
        pg.seal(150, 226, 20, issuer[:16], rng.randrange(10**6))
        pages.append(pg)
    else:  # bilingual
        pg = page()
        frame(pg, ctx, 1)
        y = centre(pg, 30, "CERTIFICATE OF COMPLETION", 20, ctx.bold, (30, 60, 120))
        y = centre(pg, y + 2, "结业证书", 24, ctx.bold, (30, 60, 120))
        y += 8
        st = ctx.pick("bistyle", ("iso", "slash", "dot"))
        rows = [("姓名 Name", who), ("培训项目 Programme", title), ("培训时间 Period", rng_of(a, b, st, ctx)),
                ("学时 Credit hours", f"{hs} 学时"), ("主办单位 Organiser", issuer)]  # fmt: skip
        if cw:
            rows.insert(2, ("类别 Category", cw))
        for lab, val in rows:
            pg.text(28, y, lab + "：", 11.5, ctx.body)
            pg.text(
                85,
                y - (1.2 if val == who else 0),
                val,
                15 if val == who else 12,
                ctx.hand if val == who else ctx.body,
            )
            y += 11
        y = para(pg, ctx, 28, y + 4, 155, "This is to certify that the above trainee has completed the programme "
                 "and passed the assessment. 特发此证。", 11, False)  # fmt: skip
        pg.text(150, y + 22, f"签发日期 Date：{P.date_s(issued, st)}", 11.5, ctx.body, "c")
        pg.seal(150, y + 18, 19, issuer[:16], rng.randrange(10**6))
        pg.text(28, 270, f"Certificate No. {no}", 9, ctx.body)
        qr(pg, ctx, 165, 245, 18, "Scan to verify")
        pages.append(pg)
    fields = {"holder": who, "title": title, "issuer": issuer, "issued_on": issued.isoformat(),
              "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": hours}  # fmt: skip
    return mk("training_certificate", layout, pages, fields, scored, who, a.year, cat)


# ---- sign-in sheet ------------------------------------------------------------------------------
def _phone_no(ctx: Ctx) -> str:
    return ctx.rng.choice(["135", "137", "139", "150", "158", "186", "188", "176"]) + P.serial(ctx, "", 8)


TITLES_RANK = ("护士", "护师", "主管护师", "会计师", "助理会计师", "工程师", "高级工程师", "助理馆员", "馆员",
               "二级教练", "一级教练", "助理工程师", "主任护师")  # fmt: skip


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "sign_in_sheet")
    rng = ctx.rng
    w = P.world(ctx)
    n = {"twopage": rng.randint(22, 30), "phoneshot": rng.randint(5, 8), "dept": rng.randint(12, 18)}.get(
        v, rng.randint(8, 15)
    )
    names = P.people(rng, n + 1)
    lecturer, names = names[0], names[1:]
    issuer = P.organiser(ctx, w) if v != "dept" else w.unit
    st = P.style(ctx)
    if v == "meeting":
        title = P.topic(ctx, w) + ctx.pick("lect2", ("专题讲座", "学术报告会", "业务交流会"))
    elif v == "dept":
        title = (
            ctx.pick("deptlearn", ("科室业务学习", "季度业务培训", "岗位技能培训"))
            + "（"
            + P.topic(ctx, w)
            + "）"
        )
    else:
        title = course_for(ctx, w, None)
    a = P.rdate(rng, 2019, 2024)
    b = a + dt.timedelta(days=rng.randint(1, 3)) if v in ("landscape", "twopage") else a
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    pages: list[Page] = []
    units = [w.unit] + [P.World(w.city, d, w.prof, "").org(rng.choice(P.PROFESSIONS[w.prof][0])) for d in
                        rng.sample(P.CITIES[w.city], 3)]  # fmt: skip
    when = P.date_s(a, st) if a == b else rng_of(a, b, st, ctx)
    if v in ("grid", "twopage", "meeting"):
        per = 18 if v == "twopage" else n
        chunks = [names[i : i + per] for i in range(0, n, per)]
        for pi, chunk in enumerate(chunks):
            pg = page()
            y = 22
            if pi == 0:
                y = centre(pg, y, f"{title}签到表", 17 if len(title) < 18 else 14, ctx.bold)
                pg.text(20, y + 2, f"主办单位：{issuer}", 11, ctx.body)
                y += 9
                pg.text(20, y, f"时间：{when}", 11, ctx.body)
                pg.text(
                    130,
                    y,
                    f"地点：{w.city}市{rng.choice(('会议中心', '培训楼301室', '学术报告厅', '二楼会议室'))}",
                    11,
                    ctx.body,
                )
                y += 9
                if v == "meeting":
                    pg.text(20, y, f"主讲人：{lecturer}（特邀专家）", 11, ctx.body)
                    y += 9
            else:
                pg.text(20, y, f"{title}签到表（续）", 11, ctx.body)
                y += 10
            hdr = ["序号", "姓名", "工作单位", "职称", "联系电话", "签名"]
            wd = [14, 24, 58, 24, 32, 20]
            if v == "meeting":
                hdr, wd = ["序号", "单位", "签名", "签到时间"], [16, 80, 40, 36]
            rows: list[list[str]] = [hdr]
            for i, nm in enumerate(chunk):
                no = str(pi * per + i + 1)
                if v == "meeting":
                    rows.append([no, rng.choice(units), "", f"{rng.randint(7, 8)}:{rng.randint(10, 59):02d}"])
                else:
                    rows.append([no, nm, rng.choice(units), rng.choice(TITLES_RANK), _phone_no(ctx), ""])
            y0 = y
            y = pg.table(18, y, wd, rows, 9.5, ctx.body, row_h=10.5, header_font=ctx.bold)
            sig_x = 18 + sum(wd[:2]) + wd[2] / 2 if v == "meeting" else 18 + sum(wd[:5]) + wd[5] / 2
            for i, nm in enumerate(chunk):
                pg.text(sig_x - 7, y0 + 10.5 * (i + 1) + 1.5, nm, 12, ctx.hand, "l", (30, 30, 110))
            pg.text(pg.w / 2, 285, f"第{pi + 1}页 共{len(chunks)}页", 9, ctx.body, "c")
            pages.append(pg)
    elif v == "landscape":
        pg = page(LAND)
        y = centre(pg, 15, f"{title}学员签到表", 16, ctx.bold)
        pg.text(20, y, f"主办：{issuer}    培训日期：{when}", 10.5, ctx.body)
        y += 8
        days = [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]
        hdr = ["序号", "姓名", "单位"] + [f"{d.month}月{d.day}日{h}" for d in days for h in ("上午", "下午")]
        wd = [12, 24, 60] + [(257 - 96) / (2 * len(days))] * (2 * len(days))
        rows = [hdr] + [
            [str(i + 1), nm, rng.choice(units)] + [""] * (2 * len(days)) for i, nm in enumerate(names)
        ]
        y0 = y
        pg.table(20, y, wd, rows, 9, ctx.body, row_h=9.5, header_font=ctx.bold)
        for i, nm in enumerate(names):
            for j in range(2 * len(days)):
                if rng.random() < 0.9:
                    pg.text(20 + 96 + wd[3] * j + 3, y0 + 9.5 * (i + 1) + 1.5, nm[-2:] if len(nm) > 2 else nm,
                            10.5, ctx.hand, "l", (30, 30, 120))  # fmt: skip
        pg.text(20, 200, f"备注：请学员每半天签到一次。联系人电话 {P.phone(ctx, w)}", 8.5, ctx.body)
        pages.append(pg)
    elif v == "dept":
        pg = page()
        y = centre(pg, 20, f"{issuer}", 13, ctx.body)
        y = centre(pg, y, f"{title}签到表", 15, ctx.bold)
        pg.text(20, y + 2, f"日期：{when}    主讲：{lecturer}    学时：2", 11, ctx.body)
        y += 11
        half = (n + 1) // 2
        rows = [["序号", "姓名", "签名", "序号", "姓名", "签名"]]
        for i in range(half):
            r = [str(i + 1), names[i], ""]
            j = i + half
            r += [str(j + 1), names[j], ""] if j < n else ["", "", ""]
            rows.append(r)
        pg.table(20, y, [14, 28, 43, 14, 28, 43], rows, 10, ctx.body, row_h=11, header_font=ctx.bold)
        for i, nm in enumerate(names):
            if rng.random() < 0.92:
                x = 20 + 42 + 8 if i < half else 20 + 127 + 8
                pg.text(x, y + 11 * ((i % half) + 1) + 2, nm, 12, ctx.hand, "l", (30, 30, 110))
        pg.text(20, y + 11 * (half + 1) + 8, "记录人：" + names[0], 10.5, ctx.body)
        pages.append(pg)
    else:  # phoneshot
        pg = page(PHONE, (244, 245, 247))
        pg.rect(0, 0, pg.w, 9, 0, fill=(255, 255, 255))
        pg.text(5, 2, f"{rng.randint(8, 21)}:{rng.randint(10, 59)}", 8, ctx.body)
        pg.text(pg.w - 5, 2, "5G  86%", 8, ctx.body, "r")
        pg.rect(0, 9, pg.w, 22, 0, fill=(255, 255, 255))
        pg.text(pg.w / 2, 12, "签到详情", 11, ctx.bold, "c")
        y = 26
        y = pg.wrap(6, y, pg.w - 12, title, 11.5, ctx.bold, lead=1.5)
        pg.text(6, y + 1, f"发起方：{issuer}", 8.5, ctx.body, "l", (90, 90, 90))
        pg.text(6, y + 7, f"日期：{when}", 8.5, ctx.body, "l", (90, 90, 90))
        y += 16
        pg.text(6, y, f"已签到 {n} 人", 9, ctx.body, "l", (30, 120, 60))
        y += 7
        for i, nm in enumerate(names):
            pg.rect(4, y, pg.w - 4, y + 15, 0, fill=(255, 255, 255))
            pg.text(8, y + 2.5, f"{i + 1}. {nm}", 10.5, ctx.body)
            pg.text(8, y + 8.7, f"{a.isoformat()} {rng.randint(7, 8):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                    7.5, ctx.body, "l", (120, 120, 120))  # fmt: skip
            pg.text(pg.w - 8, y + 5, "已签到", 8.5, ctx.body, "r", (30, 120, 60))
            y += 17
        pages.append(pg)
    people = [person(nm, i + 1, "attendee") for i, nm in enumerate(names)]
    fields = {"title": title, "issuer": issuer, "period": {"start": a.isoformat(), "end": b.isoformat()},
              "people": people}  # fmt: skip
    return mk("sign_in_sheet", layout, pages, fields, scored, rng.choice(names), a.year)


# ---- training notice ----------------------------------------------------------------------------
DOC_ABBR = (("卫生健康", "卫"), ("财政", "财"), ("人力资源", "人社"), ("生态环境", "环"), ("气象", "气"), ("文化和旅游", "文旅"),
            ("体育", "体"), ("市场监督", "市监"), ("党校", "校"), ("学会", "学"), ("电力", "电"), ("供电", "电"))  # fmt: skip
TARGET = {"nurse": "各级医疗机构护理人员", "accountant": "行政事业单位会计人员", "envmon": "生态环境监测技术人员",
          "meteo": "气象预报业务人员", "librarian": "公共图书馆业务人员", "coach": "基层体育教练员", "grid": "电网运维技术人员",
          "food": "食品安全抽检监测人员"}  # fmt: skip


def training_notice(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "training_notice")
    rng = ctx.rng
    w = P.world(ctx)
    cat = ctx.pick("ncat", ("public", "professional", None, None))
    title = course_for(ctx, w, cat)
    if cat == "public":
        title += ctx.pick("pubsfx", ("专题培训班", "公需科目培训班", "专题研修班"))
    issuer = w.org(ctx.pick("puborg", P.PUBLIC_ORGS[:4])) if cat == "public" else P.organiser(ctx, w)
    st = P.style(ctx)
    a, b = period_of(ctx, days=(2, 5))
    issued = a - dt.timedelta(days=rng.randint(7, 30))
    hours = float(rng.choice([12, 16, 18, 24, 30, 36]))
    hs = P.hours_s(hours)
    print_hours = v != "invite" and rng.random() < 0.8
    cw = cat_word(ctx, cat)
    trainees: list[str] = []
    holder = None
    all_names = P.people(rng, 12)
    contact = all_names[0]
    scored = ["title", "issuer", "issued_on", "period.start", "period.end"] + (
        ["hours_stated"] if print_hours else []
    )
    place = f"{w.city}市{rng.choice(('宾馆会议中心', '党校教学楼', '培训中心', '职工之家', '国际会展中心'))}"
    body = [
        ("一、培训时间", f"{rng_of(a, b, st, ctx)}，会期{(b - a).days + 1}天。"),
        ("二、培训地点", place + "。"),
        (
            "三、培训对象",
            f"{'全省' if issuer.startswith('山东') else '全市'}{TARGET[w.prof] if cat != 'public' else '各类专业技术人员'}。",
        ),
        (
            "四、培训内容",
            (
                f"{ctx.pick('pubtopic', P.PUBLIC_TOPICS)}、{ctx.pick('pubtopic', P.PUBLIC_TOPICS)}"
                if cat == "public"
                else f"{P.topic(ctx, w)}、{P.topic(ctx, w)}"
            )
            + f"等{'（' + cw + '）' if cw else ''}。",
        ),
    ]
    if print_hours:
        body.append(("五、学时认定", f"参训人员考核合格后，记继续教育{hs}学时。"))
    body.append(
        (
            "六、其他事项" if print_hours else "五、其他事项",
            f"请于{P.date_s(a - dt.timedelta(days=3), st)}前报名，联系人：{contact}，电话：{P.phone(ctx, w)}。",
        )
    )
    pages: list[Page] = []
    head_title = f"关于举办{title}的通知"

    def notice_page(pg: Page, y: float, red: bool) -> float:
        if red:
            y = centre(pg, y, f"{issuer}文件" if len(issuer) < 14 else issuer, 22, ctx.bold, (200, 20, 20))
            abbr = next((a for key, a in DOC_ABBR if key in issuer), "发")
            docno = f"{'鲁' if issuer.startswith('山东') else w.city[0]}{abbr}发〔{issued.year}〕{rng.randint(3, 90)}号"
            y = centre(pg, y + 2, docno, 11.5, ctx.body)
            pg.line(20, y, pg.w - 20, y, 1.2, (200, 20, 20))
            y += 8
        y = pg.wrap(25, y, 160, head_title, 16, ctx.bold, lead=1.5)
        y += 4
        pg.text(22, y, "各有关单位：", 12, ctx.body)
        y += 8
        y = para(
            pg,
            ctx,
            22,
            y,
            166,
            f"为进一步提升专业技术人员业务水平，经研究，决定举办{title}，现将有关事项通知如下：",
            12,
        )
        for h, t in body:
            pg.text(22, y, h, 12, ctx.bold)
            y += 6.5
            y = para(pg, ctx, 22, y, 166, t, 12)
        return y

    def sign(pg: Page, y: float) -> float:
        pg.text(150, y, issuer, 12.5, ctx.body, "c")
        pg.text(150, y + 8, P.date_s(issued, st), 12.5, ctx.body, "c")
        pg.seal(150, y + 4, 18, issuer[:16], rng.randrange(10**6))
        return y + 20

    if v in ("redhead", "twopage", "annotated"):
        pg = page()
        y = notice_page(pg, 25, v != "annotated")
        y = sign(pg, y + 10)
        if v == "redhead":
            trainees = all_names[1 : 1 + rng.randint(4, 8)]
            pg.line(20, 262, 190, 262, 0.3)
            pg.text(22, 265, f"抄送：{w.org('{c}市人力资源和社会保障局')}", 10, ctx.body)
            pages.append(pg)
            pg2 = page()
            y2 = centre(pg2, 25, "附件：参训人员名单", 14, ctx.bold)
            rows = [["序号", "姓名", "工作单位"]] + [
                [str(i + 1), nm, w.unit] for i, nm in enumerate(trainees)
            ]
            pg2.table(30, y2 + 4, [18, 35, 97], rows, 11, ctx.body, row_h=10, header_font=ctx.bold)
            pages.append(pg2)
        elif v == "annotated":
            holder = all_names[1]
            pg.text(120, min(y + 8, 262), f"已参加 {holder}", 15, ctx.hand, "l", (20, 40, 150))
            pg.text(125, min(y + 8, 262) + 8, f"{b.month}.{b.day}", 13, ctx.hand, "l", (20, 40, 150))
            pages.append(pg)
        else:
            holder = all_names[1]
            pages.append(pg)
            pg2 = page()
            y2 = centre(pg2, 25, "附件", 13, ctx.bold)
            y2 = centre(pg2, y2, f"{title}报名回执", 14, ctx.bold)
            rows = [["姓名", "", "性别", ""], ["工作单位", "", "职称", ""], ["联系电话", "", "是否住宿", ""]]
            y3 = y2 + 4
            pg2.table(
                20, y3, [30, 60, 30, 50], rows, 11, ctx.body, row_h=14, fonts={0: ctx.bold, 2: ctx.bold}
            )
            fills = [(52, y3 + 3, holder), (142, y3 + 3, rng.choice("男女")), (52, y3 + 17, w.unit[:10]),
                     (142, y3 + 17, rng.choice(TITLES_RANK)), (52, y3 + 31, _phone_no(ctx)), (142, y3 + 31, "是")]  # fmt: skip
            for x, yy, s in fills:
                pg2.text(x, yy, s, 12.5, ctx.hand, "l", (20, 40, 150))
            pg2.text(
                20,
                y3 + 55,
                f"请于{P.date_s(a - dt.timedelta(days=3), st)}前将回执发送至邮箱 px{rng.randint(100, 999)}@163.com",
                10.5,
                ctx.body,
            )
            pages.append(pg2)
    elif v == "schedule":
        pg = page(LAND)
        y = centre(pg, 14, f"{title}日程安排", 17, ctx.bold)
        pg.text(
            20,
            y,
            f"主办单位：{issuer}      培训时间：{rng_of(a, b, st, ctx)}      地点：{place}",
            10.5,
            ctx.body,
        )
        y += 8
        if print_hours:
            pg.text(20, y, f"学时：{hs}学时{'（' + cw + '）' if cw else ''}", 10.5, ctx.body)
            y += 8
        elif cw:
            pg.text(20, y, f"课程类别：{cw}", 10.5, ctx.body)
            y += 8
        rows = [["日期", "时间", "内容", "授课人", "职称/单位"]]
        lecturers = all_names[6:12]
        d = a
        i = 0
        while d <= b and i < 8:
            for slot in ("08:30-11:30", "14:00-17:00"):
                rows.append(
                    [
                        f"{d.month}月{d.day}日",
                        slot,
                        P.topic(ctx, w),
                        lecturers[i % 6],
                        "教授/" + P.organiser(ctx, w)[:10],
                    ]
                )
                i += 1
            d += dt.timedelta(days=1)
        y = pg.table(20, y, [30, 32, 95, 30, 70], rows[:11], 9.5, ctx.body, row_h=9, header_font=ctx.bold)
        trainees = all_names[1:6]
        pg.text(20, y + 6, "参训学员：" + "、".join(trainees), 10.5, ctx.body)
        pg.text(20, y + 14, f"印发日期：{P.date_s(issued, st)}", 10.5, ctx.body)
        pages.append(pg)
    elif v == "invite":
        pg = page(bg=(255, 252, 248))
        frame(pg, ctx, 2)
        holder = all_names[1]
        y = centre(pg, 35, "邀 请 函", 28, ctx.bold, (150, 90, 30))
        pg.text(25, y + 8, "尊敬的", 13, ctx.body)
        pg.text(43, y + 6, holder, 16, ctx.hand)
        pg.text(43 + width_mm(holder, ctx.hand, 16) + 2, y + 8, "老师：", 13, ctx.body)
        y += 20
        y = para(pg, ctx, 25, y, 160, f"您好！{issuer}定于{rng_of(a, b, st, ctx)}在{place}举办{title}"
                 f"{'（' + cw + '）' if cw else ''}，诚邀您拨冗参加。", 13)  # fmt: skip
        y = para(pg, ctx, 25, y + 2, 160, f"会务联系人：{contact}  {P.phone(ctx, w)}", 12)
        y = sign(pg, y + 20)
        pages.append(pg)
        scored = [s for s in scored if s != "hours_stated"]
    else:  # webpage
        pg = page((200.0, 250.0), (255, 255, 255))
        pg.rect(0, 0, pg.w, 12, 0, fill=(225, 228, 232))
        pg.text(6, 3.5, f"https://www.{'taian' if w.city == '泰安' else 'dezhou'}.gov.cn/art/{issued.year}/{issued.month}/{issued.day}/art_{rng.randint(1000, 9999)}.html",
                8.5, ctx.body, "l", (60, 60, 60))  # fmt: skip
        pg.rect(0, 12, pg.w, 26, 0, fill=(18, 80, 150))
        pg.text(8, 15.5, issuer, 13, ctx.bold, "l", (255, 255, 255))
        pg.text(8, 31, "首页 > 通知公告 > 正文", 8.5, ctx.body, "l", (110, 110, 110))
        y = pg.wrap(15, 42, 170, head_title, 15, ctx.bold, lead=1.5)
        pg.text(pg.w / 2, y + 1, f"发布时间：{P.date_s(issued, 'iso')}  来源：{issuer}  浏览次数：{rng.randint(200, 9000)}",
                8.5, ctx.body, "c", (110, 110, 110))  # fmt: skip
        st = "iso"
        y += 10
        pg.line(15, y, 185, y, 0.2, (200, 200, 200))
        y += 4
        for h, t in body:
            y = para(pg, ctx, 15, y, 170, f"{h}：{t}", 11)
        trainees = all_names[1 : 1 + rng.randint(3, 6)]
        y = para(
            pg, ctx, 15, y + 2, 170, "附件：第一批参训人员名单（" + "、".join(trainees) + "）", 11, False
        )
        pg.text(
            pg.w / 2, 240, "主办：" + issuer + "  技术支持：0538-12345", 8, ctx.body, "c", (120, 120, 120)
        )
        pages.append(pg)
    people = [person(nm, i + 1, "attendee") for i, nm in enumerate(trainees)]
    fields = {"holder": holder, "title": title, "issuer": issuer, "issued_on": issued.isoformat(),
              "period": {"start": a.isoformat(), "end": b.isoformat()}, "people": people,
              "hours_stated": hours if print_hours and v != "invite" else None}  # fmt: skip
    who = holder or trainees[0]
    return mk("training_notice", layout, pages, fields, scored, who, a.year, cat)


# ---- qualification ------------------------------------------------------------------------------
SUBJECTS = {
    "nurse": ("护理学", "理学"), "accountant": ("会计学", "管理学"), "envmon": ("环境科学", "理学"),
    "meteo": ("大气科学", "理学"), "librarian": ("图书馆学", "管理学"), "coach": ("运动训练", "教育学"),
    "grid": ("电气工程及其自动化", "工学"), "food": ("食品科学与工程", "工学"),
}  # fmt: skip
UNIVS = ("山东第一医科大学", "山东农业大学", "山东财经大学", "泰山学院", "德州学院", "山东师范大学", "山东大学",
         "南京信息工程大学", "山东体育学院", "山东科技大学", "齐鲁工业大学", "青岛大学")  # fmt: skip
MODULES = {
    "nurse": ("高级护理学", "护理研究", "循证护理", "护理管理学", "医学统计学"),
    "accountant": ("高级财务会计", "审计学", "财务管理", "税法", "管理会计"),
    "envmon": ("环境监测", "环境化学", "环境影响评价", "环境统计学", "大气污染控制"),
    "meteo": ("天气学原理", "动力气象学", "大气探测学", "数值天气预报", "气候学"),
    "librarian": ("信息组织", "文献检索", "图书馆管理", "数字图书馆", "目录学"),
    "coach": ("运动生理学", "运动训练学", "体育测量与评价", "运动心理学", "运动生物力学"),
    "grid": ("电力系统分析", "继电保护原理", "高电压技术", "电机学", "电力电子技术"),
    "food": ("食品化学", "食品微生物学", "食品分析", "食品安全学", "食品工艺学"),
}  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "qualification_certificate")
    rng = ctx.rng
    w = P.world(ctx)
    who = P.people(rng, 2)[0]
    subject, disc = SUBJECTS[w.prof]
    uni = rng.choice(UNIVS)
    st = P.style(ctx)
    sex = rng.choice("男女")
    kind = {"graduation": "graduation", "master": "master_degree", "courses": "postgraduate_courses",
            "selfstudy": "self_study_exam", "computer": "computer_exam", "doctor": "doctor_degree"}[v]  # fmt: skip
    modules: list[str] | None = None
    month_only = False
    pg = page(LAND if v in ("graduation", "master", "doctor") else A4, (253, 251, 244))
    issuer = uni
    yr = rng.randint(2008, 2023)
    age = {"graduation": (21, 23), "master": (24, 30), "doctor": (28, 36)}.get(v, (25, 45))
    born = dt.date(yr - rng.randint(*age), rng.randint(1, 12), rng.randint(1, 28))
    if v in ("graduation", "master", "doctor"):
        frame(pg, ctx, 2)
        head = {"graduation": "毕 业 证 书", "master": "硕士学位证书", "doctor": "博士学位证书"}[v]
        centre(pg, 24, head, 24, ctx.bold, (120, 70, 20))
        if v == "graduation":
            issued = dt.date(yr, rng.choice([6, 7]), rng.randint(20, 30))
            s = (
                f"学生{who}，性别{sex}，{P.date_s(born, 'cn')}生，于{yr - 4}年9月至{yr}年{issued.month}月在本校"
                f"{subject}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
            )
        else:
            month_only = rng.random() < 0.5
            issued = dt.date(yr, rng.choice([6, 12]), rng.randint(10, 28))
            deg = "硕士" if v == "master" else "博士"
            s = (
                f"{who}，{sex}，{born.year}年{born.month}月生。在本单位{subject}学科（专业）完成了{deg}学位的"
                f"学习计划，业已通过{deg}学位的课程考试和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，"
                f"授予{disc}{deg}学位。"
            )
        pg.rect(28, 55, 58, 95, 0.4)
        pg.text(43, 72, "照片", 10, ctx.body, "c", (150, 150, 150))
        y = para(pg, ctx, 70, 55, 200, s, 13.5)
        ds = P.month_s(issued.year, issued.month, st) if month_only else P.date_s(issued, st)
        pg.text(80, max(y + 15, 140), "校（院）长：", 12, ctx.body)
        pg.text(108, max(y + 15, 140) - 1.5, P.people(rng, 1)[0], 15, ctx.hand)
        if v != "graduation":
            pg.text(80, max(y + 15, 140) + 10, "学位评定委员会主席", 11, ctx.body)
        pg.text(215, max(y + 15, 140), uni, 14, ctx.bold, "c")
        pg.text(215, max(y + 15, 140) + 10, ds, 12.5, ctx.body, "c")
        pg.seal(215, max(y + 15, 140) + 5, 20, uni, rng.randrange(10**6))
        pfx = "10" + str(rng.randint(400, 460))
        pg.text(28, 188, f"证书编号：{pfx}{yr}{P.serial(ctx, '', 8)}", 10, ctx.body)
        pg.text(200, 188, "查询网址：www.chsi.com.cn", 9, ctx.body, "l", (110, 110, 110))
    elif v == "courses":
        frame(pg, ctx, 1)
        issued = dt.date(yr, rng.choice([1, 6, 7, 12]), rng.randint(5, 28))
        y = centre(pg, 30, uni, 16, ctx.bold)
        y = centre(pg, y, "研究生课程进修班结业证书", 20, ctx.bold)
        y += 6
        s = f"{who}同志，{sex}，于{yr - 2}年9月至{yr}年{issued.month}月参加我校{subject}专业研究生课程进修班学习，修完下列课程，成绩合格，准予结业。"
        y = para(pg, ctx, 25, y, 160, s, 12.5)
        modules = rng.sample(MODULES[w.prof], rng.randint(3, 5))
        rows = [["课程名称", "学分", "成绩"]] + [
            [m, str(rng.choice([2, 3, 4])), str(rng.randint(72, 95))] for m in modules
        ]
        y = pg.table(35, y + 4, [80, 25, 35], rows, 11, ctx.body, row_h=9.5, header_font=ctx.bold)
        pg.text(150, y + 20, f"{uni}研究生院", 12.5, ctx.body, "c")
        pg.text(150, y + 29, P.date_s(issued, st), 12.5, ctx.body, "c")
        pg.seal(150, y + 24, 19, uni, rng.randrange(10**6))
        pg.text(25, 275, f"证书编号：YJK{yr}{P.serial(ctx, '', 5)}", 9.5, ctx.body)
    elif v == "selfstudy":
        issuer = "山东省高等教育自学考试委员会"
        issued = dt.date(yr, rng.choice([5, 6, 11, 12]), rng.randint(1, 28))
        exam = P.month_s(yr, 4 if issued.month in (5, 6) else 10, "cn")
        y = centre(pg, 40, "高等教育自学考试", 18, ctx.bold, (30, 90, 60))
        y = centre(pg, y, "单科合格证书", 24, ctx.bold, (30, 90, 60))
        y += 8
        modules = [rng.choice(MODULES[w.prof])]
        rows = [["姓名", who, "性别", sex], ["准考证号", P.serial(ctx, "0137", 8), "专业", subject],
                ["课程名称", modules[0], "成绩", str(rng.randint(60, 92))], ["考试时间", exam, "学分", str(rng.randint(3, 6))]]  # fmt: skip
        y = pg.table(
            22, y, [28, 62, 22, 54], rows, 11.5, ctx.body, row_h=12, fonts={0: ctx.bold, 2: ctx.bold}
        )
        y = para(pg, ctx, 25, y + 10, 160, "经审核，上列课程考试成绩合格，特发此证。", 12.5)
        pg.text(145, y + 22, issuer, 12, ctx.body, "c")
        pg.text(145, y + 31, P.date_s(issued, st), 12, ctx.body, "c")
        pg.seal(145, y + 26, 20, issuer[:14], rng.randrange(10**6))
        pg.text(25, 272, "本证书与档案相符方为有效。", 9, ctx.body, "l", (110, 110, 110))
    elif v == "computer":
        issuer = "人力资源和社会保障部人事考试中心"
        issued = dt.date(yr, rng.randint(1, 12), rng.randint(1, 28))
        y = centre(pg, 35, "全国专业技术人员计算机应用能力考试", 16, ctx.bold, (20, 60, 130))
        y = centre(pg, y, "合格证书", 26, ctx.bold, (20, 60, 130))
        y += 6
        mods = ("Word 2016中文字处理", "Excel 2016中文电子表格", "PowerPoint 2016中文演示文稿", "Windows 7操作系统",
                "Internet应用", "WPS Office办公组件")  # fmt: skip
        modules = rng.sample(mods, rng.randint(1, 3))
        pairs = [("姓名", who), ("性别", sex), ("身份证号", masked_id(ctx, w)), ("工作单位", w.unit)]
        for lab, val in pairs:
            pg.text(30, y, f"{lab}：{val}", 12, ctx.body)
            y += 9
        rows = [["考试科目（模块）", "考试日期", "成绩"]] + [
            [m, P.date_s(issued, st), "合格"] for m in modules
        ]
        y = pg.table(30, y + 4, [80, 45, 25], rows, 11, ctx.body, row_h=10, header_font=ctx.bold)
        pg.text(150, y + 18, issuer, 11.5, ctx.body, "c")
        pg.text(150, y + 27, P.date_s(issued, st), 11.5, ctx.body, "c")
        pg.seal(150, y + 22, 20, issuer[:14], rng.randrange(10**6))
        pg.text(30, 270, f"管理号：{P.serial(ctx, 'J', 12)}   查询：www.cpta.com.cn", 9, ctx.body)
        subject = None
    pages = [pg]
    fields = {"holder": who, "issuer": issuer, "issued_on": (f"{issued.year}-{issued.month:02d}" if month_only else issued.isoformat()),
              "qualification": {"kind": kind, "subject": subject, "modules": modules}}  # fmt: skip
    scored = ["holder", "issuer", "issued_on", "qualification.kind"]
    if subject:
        scored.append("qualification.subject")
    if modules:
        scored.append("qualification.modules")
    return mk("qualification_certificate", layout, pages, fields, scored, who, issued.year)


# ---- other --------------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    layout, v = P.variant(ctx, "other")
    rng = ctx.rng
    w = P.world(ctx)
    who, boss = P.people(rng, 2)
    st = P.style(ctx)
    d = P.rdate(rng, 2019, 2024)
    course = course_for(ctx, w, None)
    org = P.organiser(ctx, w)
    pg = page()
    if v == "receipt":
        pg = page((210.0, 140.0), (252, 250, 240))
        y = centre(pg, 12, f"{org}", 13, ctx.bold)
        y = centre(pg, y, "收  款  收  据", 18, ctx.bold, (170, 40, 40))
        pg.text(185, 14, f"No.{P.serial(ctx, '', 7)}", 10, ctx.body, "r", (170, 40, 40))
        pg.text(20, y + 2, f"日期：{P.date_s(d, st)}", 11, ctx.body)
        fee = rng.choice([600, 800, 980, 1200, 1500])
        rows = [["交款单位（人）", who], ["收费项目", f"{course}培训费"], ["金额（大写）", "人民币" + rng.choice(["陆佰", "捌佰", "壹仟贰佰", "壹仟伍佰"]) + "元整"],
                ["金额（小写）", f"¥{fee}.00"], ["收款方式", rng.choice(["微信", "转账", "现金"])]]  # fmt: skip
        y = pg.table(20, y + 10, [45, 125], rows, 11, ctx.body, row_h=10)
        pg.text(20, y + 8, f"收款人：{boss}", 11, ctx.body)
        pg.seal(150, y + 8, 17, org[:16], rng.randrange(10**6))
    elif v == "leave":
        y = centre(pg, 40, "请 假 条", 22, ctx.bold)
        y = para(
            pg,
            ctx,
            25,
            y + 10,
            160,
            f"科室领导：本人{who}，因参加{org}举办的{course}，需于{P.date_s(d, st)}起请假{rng.randint(2, 5)}天，望批准。",
            13,
        )
        pg.text(130, y + 15, "请假人：", 12.5, ctx.body)
        pg.text(150, y + 13, who, 16, ctx.hand)
        pg.text(130, y + 27, P.date_s(d - dt.timedelta(days=3), st), 12.5, ctx.body)
        pg.text(25, y + 45, "科室意见：", 12.5, ctx.body)
        pg.text(50, y + 43, f"同意 {boss}", 15, ctx.hand, "l", (20, 40, 150))
    elif v == "regform":
        y = centre(pg, 28, f"{course}报名表", 16, ctx.bold)
        rows = [["姓名", "", "性别", "", "出生年月", ""], ["工作单位", "", "", "", "职称", ""], ["联系电话", "", "", "", "邮箱", ""],
                ["身份证号", "", "", "", "", ""], ["单位意见", "", "", "", "", ""]]  # fmt: skip
        y0 = y + 6
        pg.table(18, y0, [26, 36, 18, 36, 24, 34], rows, 11, ctx.body, row_h=15)
        for x, yy, s in [(46, 4, who), (120, 4, rng.choice("男女")), (163, 4, f"{rng.randint(1975, 1998)}.{rng.randint(1, 12)}"),
                         (46, 19, w.unit), (46, 34, _phone_no(ctx)), (46, 49, masked_id(ctx, w))]:  # fmt: skip
            pg.text(x, y0 + yy, s, 12.5, ctx.hand, "l", (20, 40, 150))
        pg.text(20, y0 + 85, f"报名截止：{P.date_s(d, st)}   报送：{org}", 10.5, ctx.body)
    elif v == "employ":
        y = centre(pg, 40, "在 职 证 明", 22, ctx.bold)
        y = para(pg, ctx, 25, y + 12, 160, f"兹证明{who}同志（身份证号：{masked_id(ctx, w)}）系我单位在职职工，"
                 f"自{rng.randint(2005, 2018)}年起在我单位从事专业技术工作，现任{rng.choice(TITLES_RANK)}。", 13)  # fmt: skip
        y = para(pg, ctx, 25, y + 2, 160, "特此证明。", 13)
        pg.text(150, y + 25, w.unit, 13, ctx.body, "c")
        pg.text(150, y + 34, P.date_s(d, st), 13, ctx.body, "c")
        pg.seal(150, y + 29, 19, w.unit[:16], rng.randrange(10**6))
        pg.text(25, 270, f"单位地址：{P.address(ctx, w)}  电话：{P.phone(ctx, w)}", 9.5, ctx.body)
    elif v == "idcopy":
        pg.rect(40, 40, 170, 120, 0.4, fill=(235, 240, 245))
        pg.text(50, 50, f"姓名  {who}", 12, ctx.body)
        pg.text(50, 62, f"性别  {rng.choice('男女')}    民族  汉", 12, ctx.body)
        pg.text(
            50,
            74,
            f"出生  {rng.randint(1975, 1998)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
            12,
            ctx.body,
        )
        pg.text(50, 86, f"住址  {P.address(ctx, w)}", 11, ctx.body)
        pg.text(50, 104, f"公民身份号码  {masked_id(ctx, w)}", 11, ctx.body)
        pg.rect(40, 135, 170, 215, 0.4, fill=(240, 243, 236))
        centre(pg, 150, "中华人民共和国", 14, ctx.bold)
        centre(pg, 162, "居民身份证", 18, ctx.bold)
        pg.text(55, 190, f"签发机关  {w.city}市公安局{w.district}分局", 10.5, ctx.body)
        pg.text(55, 200, f"有效期限  {P.date_s(d, 'dot')}-长期", 10.5, ctx.body)
        pg.text(60, 230, "仅供继续教育学时审核使用，再复印无效", 14, ctx.hand, "l", (40, 40, 160))
    else:  # report
        y = centre(pg, 30, f"{d.year}年度个人工作总结", 18, ctx.bold)
        y = centre(pg, y, f"{w.unit}  {who}", 12, ctx.body)
        for h in ("一、思想政治方面", "二、业务工作方面", "三、继续教育情况", "四、存在不足和努力方向"):
            pg.text(22, y + 4, h, 12.5, ctx.bold)
            y = para(pg, ctx, 22, y + 11, 166, f"本年度认真完成各项工作任务，参加了{course}等学习，"
                     "不断提升专业能力，积极配合科室完成日常工作和各项检查。", 12)  # fmt: skip
        pg.text(150, y + 15, P.date_s(d, st), 12, ctx.body, "c")
    fields = {"holder": who}
    return mk("other", layout, [pg], fields, [], who, d.year)
