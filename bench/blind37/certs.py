"""Draw 37 builders: training certificates, sign-in sheets, training notices, qualifications and stray papers."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame
from bench.blind.page import Page, width_mm
from bench.blind37.pools import (
    CITIES,
    COLLEGES,
    DOMAINS,
    HOSPITALS,
    PLATFORMS,
    PROF,
    PROF_TITLES,
    PUBLIC_TOPICS,
    UNIVS,
    ZIPS,
    Ctx,
    fd,
    fit_size,
    fm,
    frange,
    hours_s,
    id_number,
    people_names,
    phone,
    phone_page,
    photo_box,
    plus,
    qr,
    scene,
    serial,
    some_date,
    web_page,
)  # fmt: skip
from bench.generator.truth import person

CATS = ("public", "professional", None)
CAT_WORD = {"public": ["公需科目", "公需课"], "professional": ["专业科目", "专业课"]}


def _style(
    ctx: Ctx, allowed: tuple[str, ...] = ("cn", "cnpad", "cnnum", "dot", "dotshort", "slash", "iso")
) -> str:
    return ctx.pick("date", allowed)


# ================================================================================================
def training_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("training_certificate")
    rng = ctx.rng
    sc = scene(ctx, "pharm" if v == "hospital" else None)
    holder = people_names(rng, 1)[0]
    cat = CATS[k % 3]
    topic = rng.choice(PUBLIC_TOPICS) if cat == "public" else sc.topic
    kind = ctx.pick("tc.kind", ["培训班", "专题培训班", "继续教育培训", "研修班", "网络培训"])
    title = topic + ("" if v in ("appcard", "webrecord") else kind)
    issuer = {
        "paper": sc.soc, "landscape": rng.choice(COLLEGES[sc.city]), "tablecard": sc.bureau,
        "appcard": rng.choice(PLATFORMS), "hospital": rng.choice(HOSPITALS[sc.city]),
        "webrecord": rng.choice(PLATFORMS),
    }[v]  # fmt: skip
    start = some_date(rng, 2019, 2024)
    days = rng.choice([0, 1, 2, 3, 4]) if v not in ("appcard", "webrecord") else rng.choice([10, 30, 45, 60])
    end = plus(start, days)
    issued = plus(end, rng.choice([0, 0, 3, 10]))
    hours = float(
        rng.choice([8, 12, 16, 24, 32, 40, 6, 90]) if v != "hospital" else rng.choice([4, 6, 8, 10])
    )
    if rng.random() < 0.1:
        hours += 0.5
    st = _style(ctx)
    catw = ctx.pick("tc.catw", CAT_WORD[cat]) if cat else None
    no = serial(
        rng, ctx.pick("tc.noprefix", ["No.", "证书编号：", "编号：", "NO："]), rng.choice([8, 10, 12])
    )
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    pages = []
    b, bd, hd = ctx.body, ctx.bold, ctx.hand

    if v == "paper":
        pg = Page()
        frame(pg, ctx, rng.choice([1, 2, 3]))
        pg.text(105, 38, ctx.pick("tc.head1", ["结业证书", "培训证书", "合格证书"]), 30, bd, "c")
        pg.text(188, 22, no, 9, b, "r")
        y = 72
        pg.text(30, y, holder, 18, hd)
        pg.text(30 + width_mm(holder, hd, 18) + 2, y + 1.5, "同志：", 14, b)
        y += 16
        text = (
            f"于{frange(start, end, st)}参加由{issuer}举办的“{title}”，"
            f"{'（' + catw + '）' if catw else ''}完成规定课程共计{hours_s(hours)}学时，经考核成绩合格，特发此证。"
        )
        y = pg.wrap(38, y, 140, text, 14, b, 2.0, indent=9)
        pg.text(30, y + 8, f"继续教育登记号：{serial(rng, 'JX', 9)}", 9, b)
        pg.text(158, 226, issuer, 13, b, "c")
        pg.text(158, 236, fd(issued, st), 13, b, "c")
        pg.seal(158, 228, 19, issuer, rng.randrange(9999))
        pg.text(
            105,
            280,
            f"证书查询：{DOMAINS[rng.choice(PLATFORMS)]}/verify  咨询电话：{phone(rng, sc.city)}",
            8,
            b,
            "c",
        )
        pages.append(pg)
    elif v == "landscape":
        pg = Page(w=297, h=210)
        frame(pg, ctx, rng.choice([2, 3]))
        pg.line(148.5, 22, 148.5, 190, 0.3, (150, 110, 40))
        photo_box(pg, 50, 40, 30, 40, b)
        pg.text(30, 100, "姓名：", 12, b)
        pg.text(52, 99, holder, 15, hd)
        pg.text(30, 112, f"工作单位：{sc.work}", 11, b)
        pg.text(30, 124, f"职称：{title_of(sc, rng)}", 11, b)
        pg.text(30, 160, no, 10, b)
        qr(pg, 110, 150, 20, rng, "扫码验真", 7, b)
        pg.text(222, 34, ctx.pick("tc.head2", ["结 业 证 书", "培 训 合 格 证 书"]), 26, bd, "c")
        pg.text(222, 50, "CERTIFICATE OF COMPLETION", 10, b, "c")
        y = 68
        for ln in (
            [f"培训项目：{title}"]
            + ([f"科目类别：{catw}"] if catw else [])
            + [f"培训时间：{frange(start, end, st)}", f"学    时：{hours_s(hours)}学时"]
        ):
            pg.text(160, y, ln, fit_size(ln, b, 12, 128), b)
            y += 11
        pg.text(160, y + 4, "经考核合格，准予结业。", 12, b)
        pg.text(250, 160, issuer, 12, b, "c")
        pg.text(250, 170, fd(issued, st), 12, b, "c")
        pg.seal(250, 162, 18, issuer, rng.randrange(9999))
        pages.append(pg)
    elif v == "tablecard":
        pg = Page()
        pg.text(
            105,
            28,
            ctx.pick("tc.head3", ["专业技术人员继续教育学时证明", "继续教育学时登记证明"]),
            19,
            bd,
            "c",
        )
        pg.text(190, 40, no, 9, b, "r")
        rows = [["姓  名", holder, "性  别", rng.choice("男女")],
                ["工作单位", sc.work, "职  称", title_of(sc, rng)],
                ["培训项目", title, "", ""],
                ["培训时间", frange(start, end, st, "—"), "", ""],
                ["获得学时", f"{hours_s(hours)}学时", "科目类别", catw or "——"],
                ["主办单位", issuer, "", ""]]  # fmt: skip
        y = 46
        for r in rows:
            if r[2]:
                pg.table(
                    20, y, [30, 80, 30, 30], [r], 10.5, b, 12, fonts={1: hd} if r[0] == "姓  名" else None
                )
            else:
                pg.table(20, y, [30, 140], [r[:2]], fit_size(r[1], b, 10.5, 136), b, 12)
            y += 12
        y = pg.wrap(
            22,
            y + 10,
            166,
            "经审核，该同志已完成上述继续教育学习并考核合格，学时真实有效，予以登记。",
            11,
            b,
            1.8,
        )
        pg.text(150, y + 20, issuer + "（盖章）", 12, b, "c")
        pg.text(150, y + 30, fd(issued, st), 12, b, "c")
        pg.seal(150, y + 22, 19, issuer, rng.randrange(9999))
        pg.text(20, 270, f"注：本证明须加盖公章方有效，复印无效。联系电话：{phone(rng, sc.city)}", 8.5, b)
        pages.append(pg)
    elif v == "appcard":
        pg = phone_page(ctx, "我的证书", f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}")
        pg.rect(5, 22, 85, 150, 0.6, (190, 150, 60), (255, 252, 240))
        pg.text(45, 28, issuer, 9, b, "c", (150, 100, 30))
        pg.text(45, 37, "学 习 证 明", 15, bd, "c")
        pg.text(10, 52, holder, 12, bd)
        pg.text(10 + width_mm(holder, bd, 12) + 1, 53, "：", 9, b)
        y = pg.wrap(10, 62, 70, f"您已完成“{title}”全部课程学习并通过在线测试。", 8.5, b, 1.7)
        lines = [f"学习时间：{fd(start, st)}至{fd(end, st)}", f"认定学时：{hours_s(hours)}学时"]
        if catw:
            lines.append(f"课程类别：{catw}")
        lines.append(f"发证日期：{fd(issued, st)}")
        for ln in lines:
            pg.text(10, y + 2, ln, fit_size(ln, b, 8.5, 72), b)
            y += 7
        pg.seal(65, y + 6, 11, issuer, rng.randrange(9999))
        pg.text(10, 140, no, 7, b)
        pg.rect(10, 158, 80, 168, 0, fill=(40, 120, 230))
        pg.text(45, 160.5, "保存证书到相册", 9, b, "c", (255, 255, 255))
        pg.text(45, 176, "长按图片可分享给好友", 7, b, "c", (130, 130, 130))
        pages.append(pg)
    elif v == "hospital":
        pg = Page()
        frame(pg, ctx, 1)
        pg.text(105, 30, issuer, 15, bd, "c")
        pg.text(105, 42, "院内继续医学教育学时证明", 19, bd, "c")
        pg.text(105, 54, "Certificate of Continuing Education", 10, b, "c")
        y = 72
        pairs = [
            ("姓名 Name", holder),
            ("科室 Dept.", sc.work),
            ("项目名称 Course", title),
            ("举办时间 Date", frange(start, end, st)),
            ("授予学时 Hours", f"{hours_s(hours)} 学时"),
        ]
        if catw:
            pairs.append(("类别 Category", catw))
        for lab, val in pairs:
            pg.text(30, y, lab + "：", 11, b)
            f = hd if lab.startswith("姓名") else b
            pg.text(75, y - (1 if f == hd else 0), val, fit_size(val, f, 12, 110), f)
            pg.line(74, y + 5.5, 185, y + 5.5, 0.2)
            y += 13
        pg.text(30, y + 8, f"项目编号：{serial(rng, 'YN-', 6)}", 10, b)
        pg.text(150, 220, issuer + "继续教育科", 12, b, "c")
        pg.text(150, 230, fd(issued, st), 12, b, "c")
        pg.seal(150, 222, 18, issuer, rng.randrange(9999))
        pg.text(30, 262, f"地址：{sc.city}市{sc.county}  邮编：{ZIPS[sc.city]}", 8.5, b)
        pages.append(pg)
    else:  # webrecord
        dom = DOMAINS[issuer]
        pg = web_page(ctx, f"https://www.{dom}/user/certificate?id={serial(rng, '', 7)}", issuer)
        pg.rect(0, 18, 280, 32, 0, fill=(30, 90, 170))
        pg.text(12, 21.5, issuer, 14, bd, color=(255, 255, 255))
        pg.text(268, 23, f"欢迎您，{holder}  退出", 9, b, "r", (255, 255, 255))
        pg.text(12, 40, "个人中心 > 学习档案 > 电子证书", 9, b, color=(90, 90, 90))
        pg.rect(40, 50, 240, 168, 0.8, (180, 140, 60), (255, 253, 245))
        pg.text(140, 57, "继续教育电子证书", 20, bd, "c")
        pg.text(55, 76, "学员：", 12, b)
        pg.text(70, 75, holder, 14, hd)
        y = 88
        for ln in (
            [f"课程：{title}"]
            + ([f"类别：{catw}"] if catw else [])
            + [
                f"学习周期：{fd(start, st)} — {fd(end, st)}",
                f"学时：{hours_s(hours)}",
                f"颁发日期：{fd(issued, st)}",
            ]
        ):
            pg.text(55, y, ln, fit_size(ln, b, 11, 170), b)
            y += 10
        pg.seal(205, 150, 15, issuer, rng.randrange(9999))
        qr(pg, 210, 58, 18, rng, "手机扫码验证", 7, b)
        pg.text(
            140,
            172,
            f"证书编号 {no}  ·  客服热线 400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
            8,
            b,
            "c",
            (120, 120, 120),
        )
        pages.append(pg)
    fields = dict(
        holder=holder,
        title=title,
        issuer=issuer,
        issued_on=issued.isoformat(),
        period={"start": start.isoformat(), "end": end.isoformat()},
        hours_stated=hours,
    )
    return Doc(
        "training_certificate", layout, pages, fields, scored, {"person": holder, "year": issued.year}, cat
    )


# ================================================================================================
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("sign_in_sheet")
    rng = ctx.rng
    sc = scene(ctx)
    n = {"split": rng.randint(14, 22), "export": rng.randint(8, 14)}.get(v, rng.randint(7, 13))
    names = people_names(rng, n + 2)
    att, lecturer = names[:n], names[n:]
    issuer = ctx.pick(
        "sg.issuer", [sc.soc, sc.bureau, rng.choice(COLLEGES[sc.city]), rng.choice(HOSPITALS[sc.city])]
    )
    title = sc.topic + ctx.pick("sg.kind", ["培训班", "专题讲座", "业务培训会", "学术交流会"])
    day = some_date(rng, 2019, 2024)
    end = plus(day, rng.randint(1, 3)) if v == "multiday" else day
    st = _style(ctx)
    b, bd, hd = ctx.body, ctx.bold, ctx.hand
    pages = []
    place = ctx.pick(
        "sg.place",
        ["会议中心三楼报告厅", "培训楼201教室", "行政楼第二会议室", "学术报告厅", "综合楼五楼多功能厅"],
    )
    if v in ("ruled", "handonly", "lecture", "multiday"):
        pg = Page()
        pg.text(
            105,
            20,
            title + "签到表" if v != "lecture" else f"“{title}”签到表",
            fit_size(title + "签到表" + "“”", bd, 16, 180),
            bd,
            "c",
        )
        info = f"主办单位：{issuer}    时间：{frange(day, end, st)}    地点：{place}"
        pg.text(105, 32, info, fit_size(info, b, 10, 185), b, "c")
        if v == "lecture":
            pg.text(105, 40, f"主讲人：{lecturer[0]}（{rng.choice(UNIVS[sc.city])}教授）", 10, b, "c")
        y = 48
        if v == "ruled":
            rows = [["序号", "姓名", "工作单位", "职称", "联系电话", "签名"]]
            for i, nm in enumerate(att):
                unit = sc.work if rng.random() < 0.4 else other_unit(sc, rng)
                rows.append([str(i + 1), nm, unit, title_of(sc, rng), phone(rng), nm])
            yt = pg.table(12, y, [12, 24, 58, 26, 34, 32], rows, 9, b, 11, fonts={5: hd}, header_font=bd)
        elif v == "handonly":
            rows = [["序号", "签名", "单位", "签到时间"]]
            for i, nm in enumerate(att):
                rows.append(
                    [str(i + 1), nm, other_unit(sc, rng), f"{rng.randint(7, 8)}:{rng.randint(10, 59)}"]
                )
            yt = pg.table(20, y, [16, 50, 70, 34], rows, 10, b, 12, fonts={1: hd, 3: hd}, header_font=bd)
        elif v == "lecture":
            rows = [["No.", "姓名 Name", "科室/单位", "备注"]]
            for i, nm in enumerate(att):
                rows.append([str(i + 1), nm, sc.work if i % 3 else other_unit(sc, rng), ""])
            yt = pg.table(20, y, [16, 44, 84, 26], rows, 10, b, 11, header_font=bd)
        else:  # multiday
            days = [plus(day, i) for i in range((end - day).days + 1)]
            rows = [["序号", "姓名"] + [f"{d.month}月{d.day}日" for d in days]]
            for i, nm in enumerate(att):
                rows.append([str(i + 1), nm] + [rng.choice(["到", "√", nm[0]]) for _ in days])
            w = (150 - 40) / len(days)
            yt = pg.table(
                20,
                y,
                [14, 36] + [w] * len(days),
                rows,
                10,
                b,
                11,
                fonts={c: hd for c in range(2, 2 + len(days))},
                header_font=bd,
            )
        yb = yt + 8
        pg.text(20, yb, f"应到{n + rng.randint(0, 3)}人，实到{n}人。记录人：", 10, b)
        pg.text(82, yb - 1, lecturer[-1], 12, hd)
        pg.text(190, 285, "第 1 页 共 1 页", 8, b, "r")
        pages.append(pg)
    elif v == "split":
        pg = Page(w=297, h=210)
        pg.text(148.5, 14, title + "签到表", fit_size(title + "签到表", bd, 17, 260), bd, "c")
        pg.text(148.5, 25, f"{issuer}  ·  {fd(day, st)}  ·  {place}", 10, b, "c")
        half = (n + 1) // 2
        for col, chunk, x in ((0, att[:half], 14), (1, att[half:], 152)):
            rows = [["序号", "姓名", "单位", "签字"]]
            for i, nm in enumerate(chunk):
                rows.append([str(col * half + i + 1), nm, other_unit(sc, rng), nm])
            pg.table(x, 34, [14, 30, 56, 30], rows, 9, b, 10, fonts={3: hd}, header_font=bd)
        pg.text(14, 198, f"联系人：{lecturer[0]}  电话：{phone(rng, sc.city)}", 9, b)
        pages.append(pg)
    else:  # export
        url = f"https://oa.{rng.choice(['dzrs', 'yyrs', 'hnzj', 'sdzj'])}.gov.cn/meeting/checkin/export"
        pg = web_page(ctx, url, "签到明细导出", 280, 60 + 9 * n)
        pg.text(12, 22, f"会议：{title}", 12, bd)
        pg.text(12, 30, f"组织单位：{issuer}    会议日期：{fd(day, 'iso')}    签到方式：扫码签到", 9, b)
        rows = [["序号", "姓名", "部门", "签到时间", "签到地点", "状态"]]
        for i, nm in enumerate(att):
            rows.append(
                [
                    str(i + 1),
                    nm,
                    sc.work,
                    f"{fd(day, 'iso')} 0{rng.randint(7, 8)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}",
                    place,
                    "正常" if rng.random() < 0.85 else "迟到",
                ]
            )
        pg.table(12, 38, [14, 28, 70, 50, 66, 24], rows, 8.5, b, 8.5, header_font=bd)
        pg.text(268, 44 + 8.5 * (n + 1), f"共 {n} 条  导出时间：{fd(plus(day, 1), 'iso')} 09:12", 8, b, "r")
        st = "iso"
        pages.append(pg)
    people = [person(nm, i + 1, "attendee") for i, nm in enumerate(att)]
    fields = dict(
        people=people, title=title, issuer=issuer, period={"start": day.isoformat(), "end": end.isoformat()}
    )
    claim = {"person": att[rng.randrange(n)], "year": day.year}
    return Doc(
        "sign_in_sheet",
        layout,
        pages,
        fields,
        ["title", "issuer", "period.start", "period.end", "people"],
        claim,
    )


# ================================================================================================
def training_notice(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("training_notice")
    rng = ctx.rng
    sc = scene(ctx)
    b, bd, hd = ctx.body, ctx.bold, ctx.hand
    issuer = {
        "redhead": sc.bureau,
        "invite": sc.soc,
        "schedule": rng.choice(COLLEGES[sc.city]),
        "society": sc.soc,
        "webpost": sc.bureau,
        "wechat": rng.choice(HOSPITALS[sc.city]) if sc.prof == "pharm" else sc.soc,
    }[v]
    kind = ctx.pick("tn.kind", ["培训班", "专题培训班", "继续教育培训班", "高级研修班", "学术年会"])
    title = sc.topic + kind
    start = some_date(rng, 2019, 2024)
    end = plus(start, rng.randint(1, 4))
    issued = plus(start, -rng.randint(7, 30))
    hours = float(rng.choice([12, 16, 24, 30, 32, 40]))
    show_hours = rng.random() < 0.7
    st = _style(ctx)
    nst = ctx.pick("tn.nstyle", ["cn", "cnnum"]) if v in ("redhead", "society") else st
    names = people_names(rng, 8)
    holder = None
    people: list[dict] = []
    pages = []
    hours_txt = (
        f"完成培训并考核合格者，登记继续教育专业科目{hours_s(hours)}学时。"
        if show_hours
        else "培训结束后颁发结业证书。"
    )
    addr = f"{sc.city}市{sc.county}{ctx.pick('tn.venue', ['迎宾馆', '党校', '会议中心', '职教园区实训楼'])}"
    if v in ("redhead", "society"):
        pg = Page()
        if v == "redhead":
            pg.text(105, 22, issuer + "文件" if len(issuer) < 12 else issuer, 24, bd, "c", (200, 20, 20))
            docno = f"{sc.city[0]}{doc_word(issuer)}〔{issued.year}〕{rng.randint(3, 99)}号"
            pg.text(105, 40, docno, 12, b, "c")
            pg.line(18, 48, 192, 48, 1.0, (200, 20, 20))
        else:
            pg.text(105, 22, issuer, 18, bd, "c")
            pg.text(105, 32, f"{issuer[:2]}学〔{issued.year}〕{rng.randint(3, 40)}号", 11, b, "c")
            pg.line(18, 40, 192, 40, 0.5)
        pg.text(105, 56, f"关于举办{title}的通知", fit_size(f"关于举办{title}的通知", bd, 16, 176), bd, "c")
        y = pg.wrap(20, 70, 170, "各县（市、区）有关单位，各相关会员单位：", 12, b, 1.9)
        body = (
            f"为进一步提升专业技术人员业务能力，根据年度继续教育工作安排，定于{frange(start, end, st)}"
            f"在{addr}举办{title}。现将有关事项通知如下："
        )
        y = pg.wrap(20, y, 170, body, 12, b, 1.9, indent=8.5)
        for item in [
            f"一、培训对象：{sc.work}等单位相关专业技术人员。",
            f"二、培训内容：{sc.topic}相关政策与实务。",
            f"三、学时认定：{hours_txt}",
            f"四、报到时间：{fd(plus(start, -1), st)}下午，报到地点：{addr}。",
            f"五、联系人：{names[6]}，电话：{phone(rng, sc.city)}。",
        ]:
            y = pg.wrap(20, y, 170, item, 12, b, 1.9, indent=8.5)
        pg.text(20, y + 4, "附件：参训人员回执表", 12, b)
        pg.text(150, y + 22, issuer, 12, b, "c")
        pg.text(150, y + 32, fd(issued, nst), 12, b, "c")
        pg.seal(150, y + 24, 19, issuer, rng.randrange(9999))
        pg.line(18, 270, 192, 270, 0.3)
        pg.text(20, 272, f"抄送：{sc.city}市人力资源和社会保障局，{sc.prov}省继续教育工作办公室。", 9.5, b)
        pg.line(18, 280, 192, 280, 0.3)
        pg.text(20, 282, f"{issuer}办公室", 9.5, b)
        pg.text(190, 282, f"{fd(issued, nst)}印发", 9.5, b, "r")
        holder = names[0]
        pg.text(130, 5, f"参训：{holder}", 14, hd, color=(30, 50, 160))
        pg.text(172, 6, "已报名 " + f"{issued.month}.{issued.day + 1}", 11, hd, color=(30, 50, 160))
        pages.append(pg)
        if v == "society":
            pg2 = Page()
            pg2.text(20, 20, "附件", 13, bd)
            pg2.text(105, 32, "参训人员回执表", 15, bd, "c")
            rows = [
                ["姓名", "单位", "职称", "手机", "是否住宿"],
                [holder, sc.work, title_of(sc, rng), phone(rng), "是"],
            ]
            pg2.table(15, 44, [26, 70, 26, 34, 24], rows, 10, b, 12, fonts={0: hd}, header_font=bd)
            pg2.text(
                20, 80, f"请于{fd(plus(start, -5), st)}前将回执发送至 pxb{rng.randint(10, 99)}@163.com", 11, b
            )
            pages.append(pg2)
    elif v == "invite":
        holder = names[0]
        pg = Page()
        frame(pg, ctx, 2)
        pg.text(105, 34, "邀  请  函", 26, bd, "c")
        pg.text(25, 58, holder, 16, hd)
        pg.text(
            25 + width_mm(holder, hd, 16) + 2,
            59.5,
            ctx.pick("tn.hon", ["老师：", "同志：", "先生/女士："]),
            13,
            b,
        )
        txt = (
            f"{issuer}定于{frange(start, end, st)}在{addr}举办{title}。您长期从事相关专业工作，特邀请您参加本次培训并"
            f"交流经验。{hours_txt if show_hours else ''}"
        )
        y = pg.wrap(25, 72, 160, txt, 13, b, 2.0, indent=9)
        y = pg.wrap(25, y, 160, "敬请拨冗出席！", 13, b, 2.0, indent=9)
        pg.text(25, y + 6, f"会务联系：{names[5]}  {phone(rng)}", 11, b)
        pg.text(150, 215, issuer, 13, b, "c")
        pg.text(150, 226, fd(issued, st), 13, b, "c")
        pg.seal(150, 217, 19, issuer, rng.randrange(9999))
        qr(pg, 25, 205, 22, rng, "扫码报名", 8, b)
        pages.append(pg)
    elif v == "schedule":
        pg = Page(w=297, h=210)
        pg.text(148.5, 14, f"{title}日程安排", fit_size(title + "日程安排", bd, 18, 260), bd, "c")
        pg.text(148.5, 26, f"主办：{issuer}    时间：{frange(start, end, st)}    地点：{addr}", 10, b, "c")
        rows = [["日期", "时间", "课程内容", "授课专家", "学时"]]
        per = []
        d = start
        i = 0
        while d <= end:
            for half in ("08:30-11:30", "14:00-17:00"):
                rows.append(
                    [
                        f"{d.month}月{d.day}日",
                        half,
                        f"{sc.topic}专题（{cnnum_safe(i + 1)}）",
                        f"{names[1 + i % 4]} {rng.choice(['教授', '高工', '主任药师', '研究馆员', '副教授'])}",
                        "3",
                    ]
                )
                per.append(3)
                i += 1
            d = plus(d, 1)
        hours = float(sum(per))
        show_hours = True
        pg.table(20, 34, [34, 34, 110, 56, 22], rows, 9.5, b, 9.5 if len(rows) > 12 else 11, header_font=bd)
        yb = 34 + (9.5 if len(rows) > 12 else 11) * len(rows) + 6
        pg.text(20, yb, f"合计：{hours_s(hours)}学时。课程结束后进行在线考核。", 10, b)
        holder = names[0]
        pg.text(200, 196, f"本人已参加 {holder}", 13, hd, color=(30, 50, 160))
        pages.append(pg)
    elif v == "webpost":
        dom = rng.choice(["rsj", "zrzyj", "wjw", "nyj"])
        pg = web_page(
            ctx,
            f"http://{dom}.{'dezhou' if sc.city == '德州' else 'yiyang'}.gov.cn/tzgg/{issued:%Y%m}/t{serial(rng, '', 6)}.html",
            issuer,
            210,
            297,
        )
        pg.rect(0, 18, 210, 34, 0, fill=(170, 30, 30))
        pg.text(12, 22, issuer, 15, bd, color=(255, 255, 255))
        pg.text(12, 38, "首页 > 通知公告", 9, b, color=(100, 100, 100))
        t = f"关于举办{title}的通知"
        pg.text(105, 48, t, fit_size(t, bd, 15, 186), bd, "c")
        pg.text(
            105,
            58,
            f"发布时间：{fd(issued, 'iso')}  来源：{issuer}  浏览次数：{rng.randint(200, 3000)}",
            8.5,
            b,
            "c",
            (110, 110, 110),
        )
        y = pg.wrap(
            14,
            70,
            182,
            f"各有关单位：定于{frange(start, end, st)}举办{title}，地点：{addr}。{hours_txt}"
            "请各单位按名额通知以下人员准时参训：",
            11,
            b,
            1.9,
            indent=8,
        )
        n = rng.randint(4, 8)
        rows = [["序号", "姓名", "单位"]] + [[str(i + 1), names[i], sc.work] for i in range(n)]
        y = pg.table(30, y + 4, [18, 40, 92], rows, 10, b, 9.5, header_font=bd)
        people = [person(names[i], i + 1, "attendee") for i in range(n)]
        pg.text(190, y + 12, issuer, 11, b, "r")
        pg.text(190, y + 21, fd(issued, st), 11, b, "r")
        pg.text(
            105,
            285,
            f"主办：{issuer}  地址：{sc.city}市{sc.county}  邮编：{ZIPS[sc.city]}",
            8,
            b,
            "c",
            (120, 120, 120),
        )
        pages.append(pg)
    else:  # wechat
        pg = phone_page(ctx, issuer, f"{rng.randint(7, 23)}:{rng.randint(0, 59):02d}", (255, 255, 255))
        t = f"关于举办{title}的通知"
        y = pg.wrap(6, 22, 78, t, 12.5, bd, 1.5)
        pg.text(6, y + 1, f"{issuer}  {fd(issued, 'iso')}", 7.5, b, color=(90, 110, 160))
        body = (
            f"各会员单位：{issuer}定于{frange(start, end, st)}在{addr}举办{title}。{hours_txt}"
            "经各单位推荐，参训人员名单如下："
        )
        y = pg.wrap(6, y + 9, 78, body, 9, b, 1.7)
        n = rng.randint(3, 6)
        for i in range(n):
            pg.text(10, y, f"{i + 1}. {names[i]}（{sc.county}）", 9, b)
            y += 6
        people = [person(names[i], i + 1, "attendee") for i in range(n)]
        pg.text(
            6,
            y + 3,
            "阅读 " + str(rng.randint(300, 5000)) + "   在看 " + str(rng.randint(2, 90)),
            7.5,
            b,
            color=(140, 140, 140),
        )
        pages.append(pg)
    title_field = title
    fields = dict(
        holder=holder,
        people=people,
        title=title_field,
        issuer=issuer,
        issued_on=issued.isoformat(),
        period={"start": start.isoformat(), "end": end.isoformat()},
        hours_stated=hours if show_hours else None,
    )
    scored = ["title", "issuer", "issued_on", "period.start", "period.end"] + (
        ["hours_stated"] if show_hours else []
    )
    if v == "schedule":
        scored.remove("issued_on")
        fields["issued_on"] = None
    claim = {"person": holder or people[rng.randrange(len(people))]["name"], "year": start.year}
    return Doc("training_notice", layout, pages, fields, scored, claim, stated_category(pages))


def other_unit(sc, rng) -> str:  # noqa: ANN001
    """Another workplace of the same profession in the same city."""
    county = rng.choice(CITIES[sc.city][1])
    return rng.choice(PROF[sc.prof]["work"]).format(c=sc.city, d=county, p=sc.prov)


def doc_word(issuer: str) -> str:
    for key, w in (
        ("人力", "人社字"),
        ("自然资源", "自然资发"),
        ("住房", "建字"),
        ("农业", "农字"),
        ("卫生", "卫健字"),
        ("档案", "档字"),
        ("文化", "文旅字"),
        ("林业", "林字"),
        ("教育", "教字"),
    ):
        if key in issuer:
            return w
    return "发"


def title_of(sc, rng) -> str:  # noqa: ANN001
    return rng.choice(PROF_TITLES[sc.prof])


def stated_category(pages: list[Page]) -> str | None:
    """public / professional when the printed text states exactly one category, else None."""
    text = "".join("".join(pg.lines()) for pg in pages).replace(" ", "")
    pub = "公需" in text
    pro = "专业科目" in text or "专业课" in text
    return "public" if pub and not pro else "professional" if pro and not pub else None


def cnnum_safe(n: int) -> str:
    return "一二三四五六七八九十"[n - 1] if 1 <= n <= 10 else str(n)


# ================================================================================================
QUAL_SUBJECTS = {
    "survey": ["测绘工程", "地理信息科学", "遥感科学与技术"], "supervise": ["土木工程", "工程管理", "建筑学"],
    "vet": ["动物医学", "兽医", "动物科学"], "pharm": ["药学", "临床药学", "中药学"], "archive": ["档案学", "信息资源管理"],
    "broadcast": ["广播电视工程", "电子信息工程", "通信工程"], "forest": ["林学", "森林保护", "园林"],
    "vocational": ["机械设计制造及其自动化", "职业技术教育", "计算机科学与技术"],
}  # fmt: skip
DEGREE = {"survey": "工学", "supervise": "工学", "vet": "农学", "pharm": "医学", "archive": "管理学", "broadcast": "工学",
          "forest": "农学", "vocational": "教育学"}  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("qualification_certificate")
    rng = ctx.rng
    sc = scene(ctx)
    b, bd, hd = ctx.body, ctx.bold, ctx.hand
    holder = people_names(rng, 1)[0]
    univ = rng.choice(UNIVS[sc.city])
    subject = rng.choice(QUAL_SUBJECTS[sc.prof])
    d = some_date(rng, 2008, 2017 if v == "computer" else 2023)
    born = dt.date(d.year - rng.randint(22, 30), rng.randint(1, 12), rng.randint(1, 28))
    st = _style(ctx, ("cn", "cnnum", "cnpad"))
    month_only = v in ("master", "doctor") and rng.random() < 0.6
    issued = f"{d.year}-{d.month:02d}" if month_only else d.isoformat()
    dtxt = fm(d.year, d.month, st) if month_only else fd(d, st)
    modules = None
    scored = ["holder", "issuer", "issued_on", "qualification.kind"]
    pages = []
    sex = rng.choice("男女")
    pg = Page(w=297, h=210) if v in ("graduation", "master", "doctor") else Page()
    if v == "graduation":
        kind = "graduation"
        frame(pg, ctx, 2)
        pg.text(148.5, 22, "毕 业 证 书", 26, bd, "c")
        photo_box(pg, 30, 45, 30, 40, b)
        txt = (
            f"学生{holder}，性别{sex}，{fd(born, 'cn')}生，于{d.year - 4}年9月至{d.year}年{d.month}月在本校"
            f"{subject}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
        )
        y = pg.wrap(80, 50, 185, txt, 13, b, 2.0, indent=9)
        pg.text(200, 140, "校    长：", 12, b)
        pg.text(222, 138, people_names(rng, 1)[0], 14, hd)
        pg.text(200, 152, univ, 13, b)
        pg.text(200, 163, dtxt, 12, b)
        pg.seal(215, 150, 19, univ, rng.randrange(9999))
        pg.text(30, 180, f"证书编号：{serial(rng, '1' + str(rng.randint(1000, 9999)), 13)}", 10, b)
        pg.text(30, 188, "学信网查询：www.chsi.com.cn", 8.5, b)
        scored.append("qualification.subject")
    elif v in ("master", "doctor"):
        kind = "master_degree" if v == "master" else "doctor_degree"
        frame(pg, ctx, 1)
        deg = DEGREE[sc.prof] + ("硕士" if v == "master" else "博士")
        pg.text(148.5, 22, ("硕士" if v == "master" else "博士") + "学位证书", 24, bd, "c")
        photo_box(pg, 30, 45, 30, 40, b)
        txt = (
            f"{holder}，{sex}，{fd(born, 'cn')}生。在{subject}学科专业已通过"
            f"{'硕士' if v == 'master' else '博士'}学位的课程考试和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予{deg}学位。"
        )
        pg.wrap(80, 50, 185, txt, 13, b, 2.0, indent=9)
        pg.text(185, 140, univ, 13, b)
        pg.text(185, 150, "学位评定委员会主席", 12, b)
        pg.text(236, 148.5, people_names(rng, 1)[0], 14, hd)
        pg.text(185, 162, dtxt, 12, b)
        pg.seal(205, 150, 19, univ, rng.randrange(9999))
        pg.text(30, 180, f"证书编号：{serial(rng, str(rng.randint(10000, 19999)), 11)}", 10, b)
        scored.append("qualification.subject")
    elif v == "pgcourse":
        kind = "postgraduate_courses"
        frame(pg, ctx, 1)
        pg.text(105, 30, "研究生课程进修班结业证书", 20, bd, "c")
        modules = rng.sample(
            [
                f"{subject}前沿专题",
                "现代统计分析方法",
                "科技论文写作",
                "专业英语",
                f"{subject}研究方法",
                "自然辩证法概论",
                "高级管理学",
            ],
            5,
        )
        pg.text(25, 50, holder, 14, hd)
        txt = (
            f"同志于{d.year - 1}年9月至{d.year}年{d.month}月参加我校举办的{subject}专业研究生课程进修班学习，"
            "修完下列课程，成绩合格，准予结业。"
        )
        y = pg.wrap(25, 50.8, 160, txt, 12, b, 2.0, indent=width_mm(holder, hd, 14) + 1)
        rows = [["课程名称", "学分", "成绩"]] + [
            [m, str(rng.choice([2, 3])), str(rng.randint(72, 95))] for m in modules
        ]
        y = pg.table(40, y + 6, [70, 25, 35], rows, 10.5, b, 10, header_font=bd)
        pg.text(150, y + 25, univ + "研究生院", 12, b, "c")
        pg.text(150, y + 35, dtxt, 12, b, "c")
        pg.seal(150, y + 27, 19, univ, rng.randrange(9999))
        pg.text(25, 275, f"编号：YJ{d.year}{serial(rng, '', 5)}", 9, b)
        scored += ["qualification.subject", "qualification.modules"]
    elif v == "selfstudy":
        kind = "self_study_exam"
        issuer_s = f"{sc.prov}省高等教育自学考试委员会"
        univ = issuer_s
        pg.text(105, 26, "高等教育自学考试", 16, bd, "c")
        pg.text(105, 38, "单科合格证书", 22, bd, "c")
        modules = rng.sample(
            [
                "管理学原理",
                "档案管理学",
                "中国近现代史纲要",
                "英语（二）",
                "计算机应用基础",
                "线性代数",
                "马克思主义基本原理概论",
                "文书学",
            ],
            3,
        )
        rows = [
            ["姓名", holder, "准考证号", serial(rng, "01", 10)],
            ["身份证号", id_number(rng, sc.city, born, sex == "女"), "", ""],
        ]
        pg.table(20, 52, [28, 52, 30, 60], rows[:1], 10.5, b, 11, fonts={1: hd})
        pg.table(20, 63, [28, 142], [rows[1][:2]], 10.5, b, 11)
        rows2 = [["课程代码", "课程名称", "成绩", "考试时间"]] + [
            [serial(rng, "0", 4), m, str(rng.randint(60, 88)), fm(d.year, rng.choice([4, 10]), "cn")]
            for m in modules
        ]
        y = pg.table(20, 82, [30, 70, 25, 45], rows2, 10.5, b, 11, header_font=bd)
        pg.text(150, y + 25, univ, 12, b, "c")
        pg.text(150, y + 35, dtxt, 12, b, "c")
        pg.seal(150, y + 27, 19, univ, rng.randrange(9999))
        pg.text(20, 270, "注：本证书仅证明所列课程考试合格，不作为学历证明。", 9, b)
        subject = None
        scored += ["qualification.modules"]
    else:  # computer
        kind = "computer_exam"
        univ = f"{sc.prov}省人事考试中心"
        pg = phone_page(ctx, "证书查询结果", f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}")
        pg.text(45, 24, "全国专业技术人员计算机应用能力考试", 8.5, bd, "c")
        pg.text(45, 31, "合 格 证 书", 13, bd, "c")
        modules = rng.sample(
            [
                "Word 2007中文字处理",
                "Excel 2007中文电子表格",
                "PowerPoint 2007中文演示文稿",
                "Internet应用",
                "Windows 7操作系统",
                "AutoCAD 2008制图软件",
            ],
            rng.randint(2, 3),
        )
        y = 42
        for lab, val in [
            ("姓名", holder),
            (
                "证件号码",
                id_number(rng, sc.city, born, sex == "女")[:6] + "********" + str(rng.randint(1000, 9999)),
            ),
            ("发证机构", univ),
            ("发证日期", dtxt),
        ]:
            pg.text(8, y, lab, 8, b, color=(120, 120, 120))
            pg.text(30, y, val, fit_size(val, b, 8.5, 56), b)
            y += 8
        pg.text(8, y + 2, "合格科目：", 8, b, color=(120, 120, 120))
        y += 9
        for m in modules:
            pg.text(12, y, "· " + m, 8.5, b)
            y += 7
        pg.seal(68, y + 4, 11, univ, rng.randrange(9999))
        pg.text(45, 180, "数据来源：人事考试网  仅供参考", 7, b, "c", (140, 140, 140))
        subject = None
        scored += ["qualification.modules"]
    pages.append(pg)
    fields = dict(
        holder=holder,
        issuer=univ,
        issued_on=issued,
        qualification={"kind": kind, "subject": subject, "modules": modules},
    )
    return Doc("qualification_certificate", layout, pages, fields, scored, {"person": holder, "year": d.year})


# ================================================================================================
def other(ctx: Ctx, k: int) -> Doc:
    layout, v = ctx.variant("other")
    rng = ctx.rng
    sc = scene(ctx)
    b, bd, hd = ctx.body, ctx.bold, ctx.hand
    who, clerk = people_names(rng, 2)
    d = some_date(rng, 2019, 2024)
    st = _style(ctx)
    pages = []
    if v == "receipt":
        pg = Page(w=210, h=100)
        org = rng.choice(COLLEGES[sc.city])
        pg.text(
            105,
            8,
            f"{sc.prov}省非税收入一般缴款书（电子）" if rng.random() < 0.5 else "收  款  收  据",
            15,
            bd,
            "c",
            (150, 60, 30),
        )
        pg.text(190, 10, f"No {serial(rng, '', 8)}", 10, b, "r", (180, 40, 40))
        rows = [
            ["交款人", who, "日期", fd(d, st)],
            ["收费项目", f"{sc.topic}培训费", "金额", f"¥{rng.choice([380, 600, 800, 1200])}.00"],
            ["收款单位", org, "经办人", clerk],
        ]
        pg.table(15, 22, [28, 92, 22, 38], rows, 10, b, 13, fonts={3: b})
        pg.text(15, 66, "（本收据不作为学时证明）", 9, b)
        pg.seal(160, 70, 15, org, rng.randrange(9999))
        pages.append(pg)
    elif v == "signup":
        pg = Page()
        pg.text(105, 22, f"{sc.topic}培训报名表", 16, bd, "c")
        rows = [
            [
                "姓名",
                who,
                "性别",
                rng.choice("男女"),
                "出生年月",
                fm(d.year - rng.randint(25, 45), rng.randint(1, 12), "dot"),
            ],
            ["工作单位", sc.work, "职称", title_of(sc, rng)],
            ["手机", phone(rng), "邮箱", f"{serial(rng, '', 6)}@qq.com"],
        ]
        y = 36
        for r in rows:
            ws = [24, 56, 20, 24, 24, 32] if len(r) == 6 else [24, 100, 24, 32]
            pg.table(15, y, ws, [r], 10, b, 13, fonts={1: hd})
            y += 13
        pg.table(15, y, [24, 156], [["单位意见", "同意报名（盖章）"]], 10, b, 30)
        pg.seal(150, y + 14, 16, sc.work, rng.randrange(9999))
        pg.text(15, y + 40, f"填表日期：{fd(d, st)}", 11, b)
        pages.append(pg)
    elif v == "payshot":
        pg = phone_page(ctx, "账单详情", f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}", (255, 255, 255))
        org = rng.choice(PLATFORMS)
        pg.text(45, 32, org, 10, b, "c")
        pg.text(45, 42, f"-{rng.choice([98, 120, 200, 260])}.00", 20, bd, "c")
        pg.text(45, 56, "交易成功", 9, b, "c", (100, 160, 80))
        y = 70
        for lab, val in [
            ("商品", f"{d.year}年度继续教育学时包"),
            ("付款人", who),
            ("支付时间", f"{fd(d, 'iso')} 20:{rng.randint(10, 59)}"),
            ("支付方式", "零钱"),
            ("交易单号", serial(rng, "4200", 16)),
        ]:
            pg.text(8, y, lab, 8, b, color=(130, 130, 130))
            pg.text(84, y, val, fit_size(val, b, 8, 56), b, "r")
            y += 8
        pages.append(pg)
    elif v == "leave":
        pg = Page(w=210, h=148)
        pg.text(105, 14, "请 假 条", 18, bd, "c")
        txt = f"本人{who}因参加{sc.topic}培训，需请假{rng.randint(2, 5)}天，自{fd(d, st)}起，望领导批准。"
        pg.text(20, 34, "科室领导：", 13, hd)
        pg.wrap(20, 46, 170, txt, 13, hd, 1.9, indent=9)
        pg.text(140, 92, f"请假人：{who}", 13, hd)
        pg.text(140, 102, fd(d, "cn"), 12, hd)
        pg.text(20, 118, f"领导意见：同意。{clerk}", 12, hd, (30, 40, 150))
        pages.append(pg)
    elif v == "idcopy":
        pg = Page()
        born = dt.date(d.year - rng.randint(25, 50), rng.randint(1, 12), rng.randint(1, 28))
        pg.rect(45, 30, 165, 106, 0.4, (150, 150, 150), (238, 242, 246))
        pg.text(52, 38, "姓名", 8, b, color=(60, 90, 140))
        pg.text(64, 37, who, 12, bd)
        pg.text(52, 48, f"性别  {rng.choice('男女')}     民族  汉", 8.5, b)
        pg.text(52, 57, f"出生  {born.year} 年 {born.month} 月 {born.day} 日", 8.5, b)
        pg.text(52, 66, f"住址  {sc.prov}省{sc.city}市{sc.county}", 8.5, b)
        pg.text(52, 90, f"公民身份号码  {id_number(rng, sc.city, born, False)}", 9, b)
        photo_box(pg, 132, 40, 26, 34, b)
        pg.rect(45, 120, 165, 196, 0.4, (150, 150, 150), (238, 242, 246))
        pg.text(105, 128, "中华人民共和国", 13, bd, "c")
        pg.text(105, 140, "居民身份证", 16, bd, "c")
        pg.text(60, 170, f"签发机关  {sc.city}市公安局{sc.county}分局", 8.5, b)
        pg.text(60, 180, f"有效期限  {fd(plus(d, -2000), 'dot')}-{fd(plus(d, 1650), 'dot')}", 8.5, b)
        pg.text(105, 220, "仅供继续教育学时审核使用，他用无效", 15, hd, "c", (40, 60, 170))
        pages.append(pg)
    else:  # workproof
        pg = Page()
        pg.text(105, 36, "在 职 证 明", 22, bd, "c")
        txt = (
            f"兹证明{who}同志，身份证号{id_number(rng, sc.city, dt.date(d.year - 33, 5, 9), False)}，"
            f"自{d.year - rng.randint(3, 15)}年起在我单位从事专业技术工作，现任{title_of(sc, rng)}。特此证明。"
        )
        pg.wrap(25, 64, 160, txt, 13, b, 2.1, indent=9)
        pg.text(150, 150, sc.work, 13, b, "c")
        pg.text(150, 161, fd(d, st), 13, b, "c")
        pg.seal(150, 152, 19, sc.work, rng.randrange(9999))
        pg.text(25, 190, f"单位地址：{sc.city}市{sc.county}    联系电话：{phone(rng, sc.city)}", 10, b)
        pages.append(pg)
    fields = dict(holder=who)
    return Doc("other", layout, pages, fields, [], {"person": who, "year": d.year})
