"""Draw 35's training certificates (eight layouts); sign-in sheets, notices, qualifications and others live in
sibling modules and are re-exported here."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind35.notices import sign_in_sheet, training_notice
from bench.blind35.people import PLATFORMS, case, make, org, span, training
from bench.blind35.pools import Ctx, centre, d, fill, iso, mo, rng_span, stamp, status_bar, wrap, ym
from bench.blind35.quals import other, qualification_certificate

__all__ = ["training_certificate", "sign_in_sheet", "training_notice", "qualification_certificate", "other"]

CAT_WORD = {"public": ["公需科目", "公需课"], "professional": ["专业科目", "专业课"]}
SCORED = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]


def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("train")
    cat = ["public", "professional", None][(k + ctx.offset // 3) % 3]
    cs = case(ctx, 3)
    title, issuer = training(ctx, cs, cat)
    cw = ctx.rng.choice(CAT_WORD[cat]) if cat else None
    st = ctx.pick("train.date", ["cjk", "cjk0", "dot", "han", "sp", "iso", "hano", "fwdot"])
    a, b = span(ctx)
    hours = float(
        ctx.rng.choice([6, 8, 12, 16, 24, 30, 36, 40]) if (b - a).days > 0 else ctx.rng.choice([4, 6, 8])
    )
    issued = b + dt.timedelta(days=ctx.rng.choice([0, 0, 1, 5]))
    fields = {
        "holder": cs.person,
        "title": title,
        "issuer": issuer,
        "issued_on": iso(issued),
        "period": {"start": iso(a), "end": iso(b)},
        "hours_stated": hours,
    }
    scored = list(SCORED)
    h = f"{hours:g}"
    pages = [Page()]
    pg = pages[0]
    if v == "award":
        pg.rect(12, 12, 198, 285, 1.6, (160, 120, 40))
        pg.rect(16, 16, 194, 281, 0.4, (160, 120, 40))
        y = centre(pg, ctx, 48, "结 业 证 书", 34, True, (150, 30, 30)) + 6
        pg.text(150, y, f"编号：JX{a.year}{ctx.rng.randint(1000, 9999)}", 10.5, ctx.body)
        y += 16
        pg.text(32, y, f"{cs.person} 同志：", 16, ctx.body)
        y += 14
        tail = f"，属{cw}，" if cw else "，"
        body = (
            f"　　于{rng_span(a, b, st)}参加由{issuer}举办的“{title}”{tail}完成规定课程学习，"
            f"经考核合格，共计{h}学时。"
        )
        y = wrap(pg, 32, y, 146, body, 15, ctx.body, 2.0)
        pg.text(32, y + 4, "　　特发此证。", 15, ctx.body)
        pg.text(150, 228, issuer, 14, ctx.body, "c")
        pg.text(150, 240, d(issued, st), 14, ctx.body, "c")
        stamp(pg, ctx, 150, 232, issuer)
    elif v == "screen":
        pg.w, pg.h = 120.0, 250.0
        y = status_bar(pg, ctx, f"{ctx.rng.randint(8, 22)}:{ctx.rng.randint(10, 59)}")
        pg.rect(0, y, pg.w, y + 12, 0, (0, 110, 200), (0, 110, 200))
        pg.text(60, y + 3, "学习证明", 12, ctx.bold, "c", (255, 255, 255))
        pg.text(5, y + 3, "〈", 12, ctx.body, "l", (255, 255, 255))
        platform = org(ctx, cs, PLATFORMS)
        issuer = platform
        m0, m1 = ctx.rng.randint(1, 5), ctx.rng.randint(7, 12)
        yr = a.year
        fields["issuer"] = issuer
        fields["period"] = {"start": ym(yr, m0), "end": ym(yr, m1)}
        issued = dt.date(yr, m1, ctx.rng.randint(1, 28))
        fields["issued_on"] = iso(issued)
        y += 20
        pg.rect(6, y, 114, y + 150, 0.3, (200, 200, 200), (252, 250, 244))
        yy = centre(pg, ctx, y + 8, "继续教育学习证明", 15, True) + 4
        rows = [("姓　　名", cs.person), ("工作单位", cs.unit), ("课程名称", title)]
        if cw:
            rows.append(("科目类别", cw))
        rows += [
            ("学习时段", f"{mo(yr, m0, st)}—{mo(yr, m1, st)}"),
            ("获得学时", f"{h} 学时"),
            ("发证日期", d(issued, st)),
        ]
        for lab, val in rows:
            pg.text(11, yy, lab, 9.5, ctx.body, "l", (110, 110, 110))
            yy = wrap(pg, 32, yy, 78, val, 9.5, ctx.body, 1.5) + 2.5
        pg.text(60, yy + 6, issuer, 9, ctx.body, "c")
        stamp(pg, ctx, 88, yy + 2, issuer, 12)
        pg.rect(20, y + 160, 100, y + 171, 0, (0, 110, 200), (0, 110, 200))
        pg.text(60, y + 163, "下载证书", 10, ctx.body, "c", (255, 255, 255))
    elif v == "hrtable":
        y = centre(pg, ctx, 30, f"{issuer}", 13)
        y = centre(pg, ctx, y + 2, "培训学时证明", 22, True) + 8
        pg.text(20, y, "兹证明以下人员参加我单位组织的培训，经考核合格，学时登记如下：", 11.5, ctx.body)
        y += 12
        hdr = ["姓名", "工作单位", "培训项目", "类别", "培训时间", "学时"]
        row = [cs.person, cs.unit, title, cw or "—", rng_span(a, b, "dot", "-"), h]
        y = pg.table(14, y, [18, 38, 52, 18, 40, 16], [hdr, row], 9.5, ctx.body, 16, header_font=ctx.bold)
        pg.text(20, y + 10, "（本证明由培训管理系统打印，加盖公章有效）", 10, ctx.body)
        pg.text(150, y + 40, f"出具单位：{issuer}", 11.5, ctx.body, "c")
        pg.text(150, y + 50, d(issued, st), 11.5, ctx.body, "c")
        stamp(pg, ctx, 150, y + 44, issuer)
    elif v == "handform":
        pg.rect(15, 15, 195, 160, 0.6)
        y = centre(pg, ctx, 24, "继续教育培训证书", 22, True) + 8
        x = fill(pg, ctx, 26, y, cs.person, 15, 34)
        pg.text(x + 2, y, "同志于", 13, ctx.body)
        y += 13
        x = fill(pg, ctx, 26, y, d(a, "dotshort"), 13, 30)
        pg.text(x + 1, y, "至", 13, ctx.body)
        x = fill(pg, ctx, x + 8, y, d(b, "dotshort"), 13, 30)
        pg.text(x + 1, y, "参加", 13, ctx.body)
        y += 13
        y = wrap(pg, 26, y, 160, f"“{title}”" + (f"（{cw}）" if cw else ""), 13, ctx.body, 1.8)
        x = pg.text(26, y, "的学习，考核合格，计", 13, ctx.body) + 26
        x = fill(pg, ctx, x + 1, y, h, 15, 16)
        pg.text(x + 1, y, "学时。", 13, ctx.body)
        pg.text(140, 128, issuer, 12, ctx.body, "c")
        pg.text(140, 138, d(issued, "cjk"), 12, ctx.body, "c")
        stamp(pg, ctx, 140, 132, issuer)
        fields["issued_on"] = iso(issued)
        pg.text(20, 150, "注：本证书须加盖公章，涂改无效。", 9, ctx.body)
    elif v == "landscape":
        pg.w, pg.h = 297.0, 210.0
        pg.rect(10, 10, 287, 200, 2.4, (40, 80, 140))
        pg.rect(15, 15, 282, 195, 0.5, (40, 80, 140))
        y = centre(pg, ctx, 30, "培 训 合 格 证 书", 30, True, (40, 60, 120)) + 8
        pg.rect(34, y, 74, y + 52, 0.4, (120, 120, 120))
        pg.text(54, y + 22, "照片", 12, ctx.body, "c", (150, 150, 150))
        no = f"{cs.city[:1]}培字〔{a.year}〕第{ctx.rng.randint(100, 999)}号"
        rows = [
            ("姓名", cs.person),
            ("单位", cs.unit),
            ("培训项目", title),
            ("培训时间", rng_span(a, b, "cjk", "—")),
            ("学时", f"{h}学时"),
            ("证书编号", no),
        ]
        if cw:
            rows.insert(3, ("科目", cw))
        yy = y
        for lab, val in rows:
            pg.text(92, yy, f"{lab}：", 13, ctx.body)
            pg.text(124, yy, val, 13, ctx.body)
            yy += 11
        pg.text(225, 168, issuer, 13, ctx.body, "c")
        pg.text(225, 179, d(issued, "han"), 13, ctx.body, "c")
        stamp(pg, ctx, 225, 172, issuer)
    elif v == "stapled":
        pg.bg = (236, 236, 230)
        pg.text(
            20, 14, "专业技术人员继续教育登记表（" + str(a.year) + "年度）", 12, ctx.body, "l", (60, 60, 60)
        )
        pg.table(14, 24, [30, 60, 30, 62], [["单位", "", "职称", ""], ["", "", "", ""]], 10, ctx.body, 10)
        for i in range(6):
            pg.line(14, 200 + i * 12, 196, 200 + i * 12, 0.3, (120, 120, 120))
        pg.text(20, 272, "单位审核意见：", 11, ctx.body, "l", (60, 60, 60))
        pg.text(150, 284, "（盖章）", 11, ctx.body, "l", (60, 60, 60))
        pg.rect(28, 48, 182, 190, 0.6, (120, 120, 120), (255, 255, 253))
        pg.rect(60, 46, 68, 51, 0.8, (140, 140, 150))
        y = 60
        pg.text(105, y, "证　书", 22, ctx.bold, "c", (170, 30, 30))
        y += 18
        pg.text(38, y, f"学员 {cs.person}：", 12.5, ctx.body)
        y += 11
        mid = f"（{cw}）" if cw else ""
        body = f"　　参加{issuer}于{rng_span(a, b, st)}举办的{title}{mid}，学习期满，考核合格，认定{h}学时。"
        y = wrap(pg, 38, y, 134, body, 12.5, ctx.body, 1.9)
        pg.text(140, 160, issuer, 11.5, ctx.body, "c")
        pg.text(140, 170, d(issued, st), 11.5, ctx.body, "c")
        stamp(pg, ctx, 140, 164, issuer, 16)
    elif v == "letter":
        y = centre(pg, ctx, 40, "证　明", 24, True) + 14
        idn = (
            f"{ctx.rng.randint(370100, 439999)}{ctx.rng.randint(1970, 1995)}********{ctx.rng.randint(10, 99)}"
        )
        kind = f"{cw}" if cw else "继续教育"
        body = (
            f"　　兹证明{cs.person}（身份证号：{idn}），系{cs.unit}专业技术人员，于{rng_span(a, b, st)}参加了我单位"
            f"组织的{kind}培训“{title}”，全程参训，考核合格，累计{h}学时。"
        )
        y = wrap(pg, 25, y, 160, body, 14, ctx.body, 2.1)
        pg.text(25, y + 6, "　　特此证明。", 14, ctx.body)
        pg.text(150, y + 40, issuer, 14, ctx.body, "c")
        pg.text(150, y + 52, d(issued, st), 14, ctx.body, "c")
        stamp(pg, ctx, 150, y + 44, issuer)
        pg.text(
            25,
            y + 80,
            "联系人："
            + cs.others[0]
            + "　　联系电话：0"
            + str(ctx.rng.randint(530, 739))
            + "-"
            + str(ctx.rng.randint(2000000, 8999999)),
            11,
            ctx.body,
        )
    else:  # monthcard: a course card dated by month, no period
        pg.w, pg.h = 240.0, 170.0
        pg.rect(0, 0, 240, 170, 0, fill=(248, 244, 232))
        pg.rect(8, 8, 232, 162, 1.0, (120, 90, 40))
        y = centre(pg, ctx, 22, "课程结业证书", 24, True, (110, 70, 20)) + 4
        y = centre(pg, ctx, y, "CERTIFICATE OF COMPLETION", 10) + 8
        pg.text(24, y, cs.person, 18, ctx.ink)
        pg.line(22, y + 8, 90, y + 8, 0.3)
        y += 14
        cat_s = f"{cw}课程" if cw else "课程"
        y = wrap(
            pg,
            24,
            y,
            190,
            f"已完成{cat_s}《{title}》的全部学习内容并通过测试，获得{h}学时。",
            13,
            ctx.body,
            1.9,
        )
        m = ctx.rng.randint(1, 12)
        fields["issued_on"] = ym(b.year, m)
        fields["period"] = None
        scored = ["holder", "title", "issuer", "issued_on", "hours_stated"]
        issued = dt.date(b.year, m, 1)
        pg.text(180, 130, issuer, 12, ctx.body, "c")
        pg.text(180, 140, mo(b.year, m, st), 12, ctx.body, "c")
        stamp(pg, ctx, 180, 134, issuer, 15)
        pg.text(24, 148, f"证书编号：{b.year}{m:02d}{ctx.rng.randint(100000, 999999)}", 9, ctx.body)
    year = int(str(fields["issued_on"])[:4])
    if fields.get("period") and fields["period"]["end"]:
        year = int(fields["period"]["end"][:4])
    return make(ctx, "training_certificate", "train", v, pages, fields, scored, cs.person, year, cat)
