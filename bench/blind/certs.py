"""Training certificates, sign-in sheets, training notices, qualification certificates and non-proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.common import (
    DATE_STYLES,
    Ctx,
    Words,
    fmt_date,
    fmt_month,
    fmt_range,
    name,
    names,
    place,
    rand_date,
    unit,
    univ,
)
from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page, width_mm

A4 = (210.0, 297.0)
A4L = (297.0, 210.0)

# ================================================================================================
# training certificates
# ================================================================================================
TRAIN_LAYOUT = Words(
    "layout.train",
    [
        "para",
        "fields",
        "header-table",
        "online",
        "para-landscape",
        "fields-table",
        "online-list",
        "header-table-landscape",
    ],
)
TRAIN_TITLE = Words(
    "title.train",
    [
        "结业证书",
        "培训证书",
        "{cat}|学时证明",
        "专业技术人员继续教育|证书",
        "合格证书",
        "继续教育学时证明",
        "{year}年度专业技术人员继续教育|{cat}培训证书",
        "培 训 结 业 证 书",
        "结业证",
        "学习证明",
        "继续教育证书",
        "{cat}|结业证书",
        "培训合格证",
        "学时认定证明",
    ],
)
TRAIN_ONLINE_TITLE = Words(
    "title.train_online",
    [
        "网络学习证明",
        "在线学习证书",
        "远程培训合格证书",
        "网络培训结业证书",
        "线上学习学时证明",
        "网络研修证书",
    ],
)
TRAIN_PARA = Words(
    "para.train",
    [
        "{name}同志于{period}参加{issuer}举办的“{title}”，完成规定的{hours}学时学习任务，经考核合格，特发此证。",
        "兹证明{name}同志参加了{title}，培训时间为{period}，共计{hours}学时，成绩合格。",
        "{name}：|你于{period}参加{title}学习，修完全部课程，计{hours}学时，考核合格，准予结业。",
        "学员{name}在{period}期间参加《{title}》，学习{hours}课时，考核合格，特发此证。",
        "{name}同志：|{period}在我单位参加“{title}”，累计获得继续教育{hours}学时，特此证明。",
        "兹有{name}于{period}参加{title}，完成{hours}个学时的学习，经考核成绩合格，予以结业。",
    ],
)
LBL_NAME = Words(
    "label.name", ["姓名", "持证人", "学员姓名", "姓    名", "学员", "参训人员", "持证人姓名", "培训对象"]
)
LBL_UNIT = Words("label.unit", ["工作单位", "单位", "所在单位", "单位名称"])
LBL_COURSE = Words("label.course", ["培训项目", "培训名称", "课程名称", "培训内容", "项目名称", "学习项目"])
LBL_TIME = Words("label.time", ["培训时间", "学习时间", "起止时间", "培训日期"])
LBL_HOURS = Words("label.hours", ["学时", "获得学时", "课时", "认定学时", "学时数", "折合学时"])
LBL_ISSUER = Words("label.issuer", ["发证单位", "颁发单位", "培训机构", "主办单位", "发证机构", "认定单位"])
LBL_NO = Words("label.no", ["证书编号", "编号", "证书号", "No.", "证号", "证书编码"])
LBL_CAT = Words("label.cat", ["课程类别", "科目类别", "科目", "类别", "培训类别", "学习类别"])
LBL_RESULT = Words("label.result", ["考核结果", "考核情况", "成绩", "考核成绩"])
COLON = Words("colon", ["：", "", ":", " "])
RANGE_SEP = Words("range_sep", ["至", "—", "-", "～"])

PUBLIC_COURSES = [
    "{y}年度专业技术人员继续教育公需科目培训",
    "习近平新时代中国特色社会主义思想专题学习",
    "专业技术人员职业道德与诚信建设",
    "数字经济与创新驱动发展",
    "专业技术人员心理健康与压力管理",
    "知识产权保护与科技成果转化",
    "乡村振兴战略专题培训",
    "{y}年公需科目网络培训",
]
PROF_COURSES = [
    "全市基层卫生人员急诊急救能力提升培训班",
    "中小学教师信息技术应用能力提升工程2.0培训",
    "建筑工程质量安全管理专题培训",
    "现代农业实用技术培训班",
    "护理质量管理与患者安全培训",
    "特种设备检验检测技术培训",
    "畜禽疫病防控技术培训班",
    "高标准农田建设技术培训",
    "中医适宜技术推广应用培训班",
    "新课程标准与课堂教学改革研修班",
    "水利工程建设管理培训班",
    "全科医生规范化培训骨干师资培训",
]
ISSUERS = [
    "{p}省人力资源和社会保障厅",
    "{c}市人力资源和社会保障局",
    "{c}市卫生健康委员会",
    "{c}市教育局",
    "{c}市农业农村局",
    "{u}继续教育学院",
    "{c}市住房和城乡建设局",
    "{c}市专业技术人员继续教育基地",
]
PLATFORMS = [
    "山东专业技术人员继续教育网",
    "河南专业技术人员公共服务平台",
    "湖南省专业技术人员继续教育平台",
    "好医生继续医学教育网",
    "华医网",
    "国家中小学智慧教育平台",
]


def _issuer(ctx: Ctx, prov: str, city: str) -> str:
    return ctx.rng.choice(ISSUERS).format(p=prov, c=city, u=univ(ctx.rng, prov))


def _period(ctx: Ctx) -> tuple[dt.date, dt.date]:
    a = rand_date(ctx.rng, 2017, 2024)
    return a, a + dt.timedelta(days=ctx.rng.choice([0, 1, 2, 2, 4, 4, 6, 13]))


def _cat_word(cat: str, ctx: Ctx) -> str:
    return ({"public": ["公需科目", "公需课"], "professional": ["专业科目", "专业课"]}[cat])[
        ctx.rng.random() < 0.3
    ]


def training_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.p(TRAIN_LAYOUT)
    prov, city = place(rng)
    holder = name(rng)
    cat = rng.choice(["public", "professional", "professional"])
    a, b = _period(ctx)
    y = a.year
    title = rng.choice(PUBLIC_COURSES if cat == "public" else PROF_COURSES).format(y=y)
    online = fam.startswith("online")
    issuer = rng.choice(PLATFORMS) if online and rng.random() < 0.5 else _issuer(ctx, prov, city)
    if online:
        a = dt.date(y, rng.randint(1, 6), rng.randint(1, 28))
        b = dt.date(y, rng.randint(7, 12), rng.randint(1, 28))
    hours = rng.choice([6, 8, 12, 16, 24, 30, 32, 40, 48, 7.5, 90])
    if cat == "public":
        hours = rng.choice([6, 10, 12, 20, 30])
    issued = b + dt.timedelta(days=rng.randint(0, 20))
    ds = ctx.p(DATE_STYLES)
    sep = ctx.p(RANGE_SEP)
    colon = ctx.p(COLON)
    period_s = fmt_date(a, ds) if a == b else fmt_range(a, b, ds, sep)
    hours_s = f"{hours:g}"
    cert_no = f"{rng.choice(['SD', 'HN', 'JX', 'NO', ''])}{y}{rng.randint(10000, 999999):06d}"
    stated = "公需科目" in title
    catw = _cat_word(cat, ctx)
    landscape = fam.endswith("landscape") or fam == "online"
    pg = Page(*(A4L if landscape else A4))
    frame(pg, ctx, rng.randint(0, 3))
    tt = ctx.p(TRAIN_ONLINE_TITLE) if online else ctx.p(TRAIN_TITLE)
    if "{cat}" in tt:
        stated = True
    tt = tt.format(cat=catw, year=y)
    yy = heading(pg, ctx, tt, 28 if not landscape else 22, 30 if not landscape else 28)
    yy += 8
    x0 = 30 if not landscape else 40
    width = pg.w - 2 * x0
    body = 14.0
    if fam in ("para", "para-landscape"):
        para = ctx.p(TRAIN_PARA)
        state_cat = rng.random() < 0.4 and not stated
        txt = para.format(name=holder, period=period_s, issuer=issuer, title=title, hours=hours_s)
        for i, chunk in enumerate(txt.split("|")):
            if i == 0 and len(txt.split("|")) > 1:
                pg.text(x0, yy, chunk, body + 1, ctx.body)
                yy += 10
            else:
                yy = pg.wrap(x0, yy, width, chunk, body, ctx.body, lead=1.9, indent=10)
        if state_cat:
            yy += 2
            pg.text(x0 + 10, yy, f"{ctx.p(LBL_CAT)}{colon}{catw}", body, ctx.body)
            stated = True
            yy += 9
        pg.text(x0, yy + 6, f"{ctx.p(LBL_NO)}{colon}{cert_no}", 11, ctx.body)
        sign_block(
            pg,
            ctx,
            issuer,
            fmt_date(issued, ds),
            pg.h - (70 if not landscape else 55),
            seed=rng.randint(0, 10**6),
        )
    elif fam in ("fields", "fields-table"):
        pairs = [(ctx.p(LBL_NAME), holder)]
        if rng.random() < 0.6:
            pairs.append((ctx.p(LBL_UNIT), unit(rng, city)))
        pairs += [(ctx.p(LBL_COURSE), title), (ctx.p(LBL_TIME), period_s), (ctx.p(LBL_HOURS), hours_s)]
        if not stated and rng.random() < 0.6:
            pairs.append((ctx.p(LBL_CAT), catw))
            stated = True
        pairs.append((ctx.p(LBL_ISSUER), issuer))
        pairs.append((ctx.p(LBL_NO), cert_no))
        if fam == "fields":
            yy = label_lines(
                pg,
                ctx,
                x0,
                yy,
                pairs,
                body,
                colon or "：",
                gap=2.6,
                label_w=rng.choice([None, 32.0]),
                underline=rng.random() < 0.5,
            )
        else:
            rows = [[lab, val] for lab, val in pairs]
            yy = pg.table(x0, yy, [40, width - 40], rows, 12.5, ctx.body, row_h=12)
        sign_block(pg, ctx, issuer, fmt_date(issued, ds), yy + 18, seed=rng.randint(0, 10**6), seal=True)
    elif fam in ("header-table", "header-table-landscape"):
        intro = (
            f"{holder}同志参加{title}，考核合格。"
            if rng.random() < 0.5
            else f"{ctx.p(LBL_NAME)}{colon or '：'}{holder}"
        )
        yy = pg.wrap(x0, yy, width, intro, body, ctx.body, lead=1.9, indent=0)
        if not intro.startswith(holder):
            pg.text(x0, yy, f"{ctx.p(LBL_COURSE)}{colon or '：'}{title}", body, ctx.body)
            yy += 9
        pg.text(x0, yy, f"{ctx.p(LBL_TIME)}{colon or '：'}{period_s}", body, ctx.body)
        yy += 12
        res = rng.choice(["合格", "通过", "优秀"])
        rows = [[ctx.p(LBL_CAT), ctx.p(LBL_HOURS), ctx.p(LBL_RESULT)], [catw, hours_s, res]]
        stated = True
        yy = pg.table(
            x0,
            yy,
            [width * 0.4, width * 0.3, width * 0.3],
            rows,
            13,
            ctx.body,
            row_h=11,
            header_font=ctx.bold,
        )
        pg.text(x0, yy + 8, f"{ctx.p(LBL_NO)}{colon or '：'}{cert_no}", 11, ctx.body)
        sign_block(pg, ctx, issuer, fmt_date(issued, ds), yy + 26, seed=rng.randint(0, 10**6))
    else:  # online, online-list: several courses adding up to the total
        n = rng.randint(2, 5)
        parts = [rng.choice([2, 3, 4, 5, 6]) for _ in range(n)]
        hours = float(sum(parts))
        hours_s = f"{hours:g}"
        pool = [
            "新发展理念与高质量发展",
            "网络安全与个人信息保护",
            "人工智能技术发展与应用",
            "专业技术人员创新能力提升",
            "法治思维与依法行政",
            "碳达峰碳中和政策解读",
            "突发公共卫生事件应对",
            "科研诚信与学术规范",
        ]
        if cat == "professional":
            pool = [
                "行业标准规范解读",
                "新技术新工艺应用",
                "典型案例分析",
                "质量安全管理实务",
                "专业前沿进展",
                "岗位技能实训",
                "常见问题诊断与处置",
                "信息化技术在本专业的应用",
            ]
        courses = rng.sample(pool, n)
        pg.text(x0, yy, f"{ctx.p(LBL_NAME)}{colon or '：'}{holder}", body, ctx.body)
        yy += 9
        pg.text(x0, yy, f"{ctx.p(LBL_COURSE)}{colon or '：'}{title}", body, ctx.body)
        yy += 9
        pg.text(x0, yy, f"{ctx.p(LBL_TIME)}{colon or '：'}{period_s}", body, ctx.body)
        yy += 12
        if fam == "online":
            rows = [["序号", "课程名称", ctx.p(LBL_HOURS)]] + [
                [str(i + 1), c, str(h)] for i, (c, h) in enumerate(zip(courses, parts, strict=True))
            ]
            rows.append(["", "合计", hours_s])
            yy = pg.table(x0, yy, [20, width - 60, 40], rows, 12, ctx.body, row_h=9)
        else:
            for i, (c, h) in enumerate(zip(courses, parts, strict=True)):
                pg.text(x0 + 6, yy, f"{i + 1}. {c}（{h}学时）", 12, ctx.body)
                yy += 7
            yy += 2
            pg.text(x0, yy, f"共计{hours_s}学时", body, ctx.bold)
            yy += 8
        if not stated and rng.random() < 0.6:
            pg.text(x0, yy + 3, f"{ctx.p(LBL_CAT)}{colon or '：'}{catw}", body, ctx.body)
            stated = True
            yy += 9
        sign_block(pg, ctx, issuer, fmt_date(issued, ds), yy + 14, seed=rng.randint(0, 10**6))
    category = cat if stated else None
    fields = dict(
        holder=holder,
        title=title,
        issuer=issuer,
        issued_on=issued.isoformat(),
        period={"start": a.isoformat(), "end": b.isoformat()},
        hours_stated=float(hours),
    )
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    if category:
        scored.append("category_stated")
    return Doc(
        "training_certificate",
        f"train-{fam}",
        [pg],
        fields,
        scored,
        {"person": holder, "year": b.year},
        category,
    )


# ================================================================================================
# sign-in sheets
# ================================================================================================
SIGN_LAYOUT = Words("layout.sign", ["table", "two-block", "table-notitle-cols", "two-block-landscape"])
SIGN_TITLE = Words(
    "title.sign",
    [
        "{t}签到表",
        "{t}|签到表",
        "{t}参会人员签到表",
        "签到表|（{t}）",
        "{t}学员签到表",
        "{t}签到册",
        "参训人员签到表|{t}",
        "{t} 签到",
    ],
)
SIGN_HDR = Words(
    "hdr.sign",
    [
        ["序号", "姓名", "单位", "职称", "签名"],
        ["序号", "姓名", "工作单位", "职务/职称", "本人签字"],
        ["编号", "姓名", "所在单位", "职称", "签到"],
        ["No", "姓名", "单位名称", "专业技术职务", "签名"],
    ],
)
LBL_DATE = Words("label.date", ["时间", "日期", "会议时间", "培训时间", "时 间", "举办日期"])
LBL_PLACE = Words("label.place", ["地点", "会议地点", "培训地点", "地 点"])
LBL_ORG = Words("label.org", ["主办单位", "组织单位", "主办", "举办单位"])
MEETINGS = [
    "{y}年全市护理质量管理培训班",
    "{y}年度基层医疗机构院感防控培训",
    "全市中小学班主任工作专题讲座",
    "{y}年农技人员知识更新培训",
    "建设工程安全生产专题讲座",
    "{y}年全市财会人员继续教育培训",
    "临床合理用药专题学术报告会",
    "{y}年全县教师暑期研修",
    "职称评审政策解读会",
    "畜牧兽医实用技术讲座",
]
TITLES_PRO = [
    "主任医师",
    "副主任医师",
    "主治医师",
    "主管护师",
    "护师",
    "高级教师",
    "一级教师",
    "二级教师",
    "工程师",
    "高级工程师",
    "助理工程师",
    "农艺师",
    "高级农艺师",
    "会计师",
    "兽医师",
]


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.p(SIGN_LAYOUT)
    prov, city = place(rng)
    d = rand_date(rng, 2017, 2024)
    t = rng.choice(MEETINGS).format(y=d.year)
    org = _issuer(ctx, prov, city)
    ds = ctx.p(DATE_STYLES)
    colon = ctx.p(COLON) or "："
    landscape = fam.endswith("landscape")
    pg = Page(*(A4L if landscape else A4))
    tt = ctx.p(SIGN_TITLE).format(t=t)
    yy = heading(pg, ctx, tt, 16, 20)
    info = [
        (ctx.p(LBL_DATE), fmt_date(d, ds)),
        (ctx.p(LBL_PLACE), rng.choice(["会议室", "报告厅", "培训中心三楼", "学术厅"])),
        (ctx.p(LBL_ORG), org),
    ]
    rng.shuffle(info)
    x0 = 15
    line = "    ".join(f"{a}{colon}{b}" for a, b in info)
    if width_mm(line, ctx.body, 11.5) < pg.w - 30:
        pg.text(x0, yy + 2, line, 11.5, ctx.body)
        yy += 10
    else:
        for a, b in info:
            pg.text(x0, yy + 1, f"{a}{colon}{b}", 11.5, ctx.body)
            yy += 7
        yy += 3
    hdr = ctx.p(SIGN_HDR)
    two = fam.startswith("two-block")
    per = rng.randint(8, 14) if two else rng.randint(10, 22)
    n = per * 2 if two else per
    n_filled = n - rng.randint(0, 3)
    people = names(rng, n_filled)
    units = [unit(rng, city) for _ in people]
    ranks = list(range(1, n_filled + 1))
    cols = hdr if fam != "table-notitle-cols" else [hdr[0], hdr[1], hdr[2], hdr[4]]
    W = pg.w - 2 * x0
    if not two:
        widths = [14, 30, W - 14 - 30 - 32 - 36, 32, 36] if len(cols) == 5 else [14, 32, W - 14 - 32 - 40, 40]
        rows = [cols]
        for i in range(n):
            if i < n_filled:
                r = (
                    [str(i + 1), people[i], units[i]]
                    + ([rng.choice(TITLES_PRO)] if len(cols) == 5 else [])
                    + [people[i] if rng.random() < 0.8 else ""]
                )
            else:
                r = [str(i + 1)] + [""] * (len(cols) - 1)
            rows.append(r)
        rh = min(10.5, (pg.h - yy - 25) / (n + 1))
        pg.table(
            x0,
            yy,
            widths,
            rows,
            10.5,
            ctx.body,
            row_h=rh,
            header_font=ctx.bold,
            fonts={1: ctx.hand, len(cols) - 1: ctx.hand},
        )
    else:
        cols = [hdr[0], hdr[1], hdr[2], hdr[4]]
        half = (W - 4) / 2
        widths = [10, 22, half - 10 - 22 - 24, 24]
        rh = min(10.5, (pg.h - yy - 25) / (per + 1))
        for blk in range(2):
            rows = [cols]
            for j in range(per):
                i = blk * per + j
                if i < n_filled:
                    rows.append([str(i + 1), people[i], units[i], people[i] if rng.random() < 0.8 else ""])
                else:
                    rows.append([str(i + 1), "", "", ""])
            pg.table(
                x0 + blk * (half + 4),
                yy,
                widths,
                rows,
                9.5,
                ctx.body,
                row_h=rh,
                header_font=ctx.bold,
                fonts={1: ctx.hand, 3: ctx.hand},
            )
    claim = rng.choice(people)
    fields = dict(
        title=t,
        issuer=org,
        period={"start": d.isoformat(), "end": d.isoformat()},
        people=[{"name": p, "rank": r, "role": "attendee"} for p, r in zip(people, ranks, strict=True)],
    )
    return Doc(
        "sign_in_sheet",
        f"sign-{fam}",
        [pg],
        fields,
        ["title", "issuer", "period.start", "period.end", "people"],
        {"person": claim, "year": d.year},
    )


# ================================================================================================
# training notices
# ================================================================================================
NOTICE_LAYOUT = Words("layout.notice", ["notice", "notice-schedule", "invitation", "invitation-schedule"])
NOTICE_TITLE = Words(
    "title.notice", ["关于举办{t}的通知", "关于开展{t}的通知", "关于组织参加{t}的通知", "关于举办{t}的预通知"]
)
INVITE_TITLE = Words("title.invite", ["邀请函", "{t}|邀请函", "邀 请 函", "{t}|参会邀请"])
NOTICE_HOURS = Words(
    "notice.hours",
    [
        "参加培训并考核合格者，授予继续教育学时{h}学时。",
        "学员全程参加学习的，可获得{h}学时。",
        "本次培训计{h}学时，纳入年度继续教育学时登记。",
        "完成全部课程记{h}个学时。",
    ],
)
NOTICE_SECT = Words(
    "notice.sect",
    [
        ["一、培训时间", "二、培训地点", "三、培训内容", "四、学时认定", "五、有关要求"],
        ["一、时间", "二、地点", "三、主要内容", "四、学时", "五、其他事项"],
        ["（一）培训时间", "（二）培训地点", "（三）培训安排", "（四）学时", "（五）报名方式"],
        ["一、活动时间", "二、活动地点", "三、议程", "四、继续教育学时", "五、联系方式"],
    ],
)


def training_notice(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.p(NOTICE_LAYOUT)
    prov, city = place(rng)
    a, b = _period(ctx)
    if a == b:
        b = a + dt.timedelta(days=2)
    t = rng.choice(
        PROF_COURSES + ["{y}年全省继续医学教育项目学术研讨会", "{y}年专业技术人员知识更新工程高级研修班"]
    ).format(y=a.year)
    org = _issuer(ctx, prov, city)
    notice_d = a - dt.timedelta(days=rng.randint(5, 30))
    hours = rng.choice([8, 12, 16, 24, 30, 32])
    ds = ctx.p(DATE_STYLES)
    sep = ctx.p(RANGE_SEP)
    pg = Page(*A4)
    invitation = fam.startswith("invitation")
    tt = ctx.p(INVITE_TITLE) if invitation else ctx.p(NOTICE_TITLE)
    x0, W = 25.0, 160.0
    yy = 22.0
    if not invitation and rng.random() < 0.6:
        pg.text(pg.w / 2, yy, org + "文件", 22, ctx.bold, "c", color=(200, 30, 30))
        yy += 14
        pg.text(pg.w / 2, yy, f"{org[:2]}发〔{notice_d.year}〕{rng.randint(3, 98)}号", 12, ctx.body, "c")
        yy += 8
        pg.line(x0, yy, x0 + W, yy, 0.8, (200, 30, 30))
        yy += 8
    tt = tt.format(t=t)
    for ln in tt.split("|"):
        yy = pg.wrap(x0 + 8, yy, W - 16, ln, 17, ctx.bold, lead=1.5)
    yy += 4
    holder = None
    people: list[dict] = []
    if invitation:
        holder = name(rng)
        pg.text(
            x0, yy, f"尊敬的{holder}{rng.choice(['老师', '同志', '专家', '先生', '女士'])}：", 13, ctx.body
        )
        yy += 9
        yy = pg.wrap(
            x0, yy, W, f"兹定于{fmt_range(a, b, ds, sep)}举办{t}，诚挚邀请您拨冗参加。", 13, ctx.body, 1.8, 9
        )
    else:
        pg.text(x0, yy, "各有关单位：", 13, ctx.body)
        yy += 9
        yy = pg.wrap(
            x0,
            yy,
            W,
            f"为进一步提升专业技术人员业务水平，经研究，决定举办{t}。现将有关事项通知如下：",
            13,
            ctx.body,
            1.8,
            9,
        )
    sect = ctx.p(NOTICE_SECT)
    place_s = f"{city}市{rng.choice(['会议中心', '人才培训基地', '宾馆二楼会议室', '职业技术学院报告厅'])}"
    body = [
        (
            sect[0],
            fmt_range(a, b, ds, sep) + "（" + fmt_date(a - dt.timedelta(days=1), ds) + "报到）"
            if rng.random() < 0.4
            else fmt_range(a, b, ds, sep),
        ),
        (sect[1], place_s),
        (sect[2], "专家授课、案例研讨、现场教学。"),
        (sect[3], ctx.p(NOTICE_HOURS).format(h=hours)),
        (sect[4], "请各单位按时报送参训人员名单。"),
    ]
    for hd, tx in body:
        pg.text(x0 + 9, yy, hd, 13, ctx.bold)
        yy += 8
        yy = pg.wrap(x0, yy, W, tx, 13, ctx.body, 1.8, 9)
        if hd == sect[2] and fam.endswith("schedule"):
            rows = [["日期", "时间", "内容", "主讲人"]]
            for i in range((b - a).days + 1):
                day = a + dt.timedelta(days=i)
                rows.append(
                    [
                        f"{day.month}月{day.day}日",
                        "8:30-11:30",
                        rng.choice(
                            ["政策解读", "新技术进展", "典型案例分析", "实操演练", "分组讨论", "结业考核"]
                        ),
                        name(rng),
                    ]
                )
                if len(rows) > 6:
                    break
            yy = pg.table(x0, yy + 1, [30, 32, 64, 34], rows, 11, ctx.body, row_h=8, header_font=ctx.bold) + 5
    if not invitation and rng.random() < 0.5 and yy < 200:
        yy += 3
        pg.text(x0, yy, "附件：参训人员名单", 12, ctx.bold)
        yy += 8
        ppl = names(rng, rng.randint(3, 6))
        rows = [["序号", "姓名", "单位"]] + [[str(i + 1), p, unit(rng, city)] for i, p in enumerate(ppl)]
        yy = pg.table(x0, yy, [20, 40, 100], rows, 11, ctx.body, row_h=8)
        people = [{"name": p, "rank": i + 1, "role": "attendee"} for i, p in enumerate(ppl)]
    sign_block(pg, ctx, org, fmt_date(notice_d, ds), min(yy + 12, 262), seed=rng.randint(0, 10**6))
    if holder is None and not people:
        holder = name(rng)  # the participant wrote their name on the forwarded notice
        pg.text(150, 10, f"{holder} 参加", 15, ctx.hand, color=(30, 40, 120))
    claim = holder or rng.choice(people)["name"]
    fields = dict(
        holder=holder,
        people=people,
        title=t,
        issuer=org,
        issued_on=notice_d.isoformat(),
        period={"start": a.isoformat(), "end": b.isoformat()},
        hours_stated=float(hours),
    )
    return Doc(
        "training_notice",
        f"notice-{fam}",
        [pg],
        fields,
        ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"],
        {"person": claim, "year": a.year},
    )


# ================================================================================================
# qualification certificates
# ================================================================================================
QUAL_LAYOUT = Words(
    "layout.qual",
    [
        "graduation",
        "graduation-landscape",
        "master",
        "doctor",
        "self-study",
        "self-study-list",
        "computer",
        "computer-card",
        "postgrad-courses-landscape",
        "postgrad-courses",
    ],
)
GRAD_TITLE = Words("title.grad", ["毕业证书", "毕 业 证 书", "普通高等学校|毕业证书", "高等教育|毕业证书"])
DEG_TITLE = Words("title.degree", ["{d}学位证书", "{d}学 位 证 书"])
SELF_TITLE = Words(
    "title.selfstudy",
    [
        "高等教育自学考试|单科合格证书",
        "自学考试单科合格证书",
        "高等教育自学考试课程合格证书",
        "自学考试|课程合格证明",
    ],
)
COMP_TITLE = Words(
    "title.computer",
    [
        "全国专业技术人员计算机应用能力考试|合格证",
        "计算机应用能力考试合格证",
        "全国专业技术人员|计算机应用能力考试合格证书",
        "计算机应用能力考试|合格证明",
    ],
)
PG_TITLE = Words("title.pgcourses", ["研究生课程进修班|结业证书", "研究生课程结业证书"])
MAJORS = [
    "护理学",
    "临床医学",
    "汉语言文学",
    "数学与应用数学",
    "土木工程",
    "农学",
    "会计学",
    "计算机科学与技术",
    "动物医学",
    "学前教育",
    "机械设计制造及其自动化",
    "药学",
    "英语",
    "水利水电工程",
]
DEG_FIELD = {
    "护理学": "医学",
    "临床医学": "医学",
    "汉语言文学": "文学",
    "数学与应用数学": "理学",
    "土木工程": "工学",
    "农学": "农学",
    "会计学": "管理学",
    "计算机科学与技术": "工学",
    "动物医学": "农学",
    "学前教育": "教育学",
    "机械设计制造及其自动化": "工学",
    "药学": "医学",
    "英语": "文学",
    "水利水电工程": "工学",
}
SELF_MODULES = [
    "中国近现代史纲要",
    "马克思主义基本原理概论",
    "英语（二）",
    "高等数学（工本）",
    "管理学原理",
    "护理学导论",
    "内科护理学（一）",
    "计算机应用基础",
    "大学语文",
    "教育心理学",
    "现代汉语",
    "基础会计学",
    "线性代数（经管类）",
    "思想道德修养与法律基础",
]
COMP_MODULES = [
    "Word 2007中文字处理",
    "Excel 2007中文电子表格",
    "PowerPoint 2007中文演示文稿",
    "Windows 7操作系统",
    "Internet应用",
    "WPS Office办公组合",
    "Photoshop CS5图像处理",
    "AutoCAD 2008制图软件",
]


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.p(QUAL_LAYOUT)
    prov, city = place(rng)
    holder = name(rng)
    ds = ctx.p(DATE_STYLES)
    colon = ctx.p(COLON) or "："
    landscape = fam in (
        "graduation-landscape",
        "computer-card",
        "master",
        "doctor",
        "postgrad-courses-landscape",
    )
    pg = Page(*(A4L if landscape else A4))
    frame(pg, ctx, rng.randint(1, 3))
    x0 = 40 if landscape else 28
    W = pg.w - 2 * x0
    sex = rng.choice(["男", "女"])
    born = dt.date(rng.randint(1970, 1998), rng.randint(1, 12), rng.randint(1, 28))
    modules = None
    subject = None
    period = None
    no = "".join(str(rng.randint(0, 9)) for _ in range(18))
    if fam in ("graduation", "graduation-landscape"):
        school = univ(rng, prov)
        major = rng.choice(MAJORS)
        end = dt.date(rng.randint(2000, 2023), 6, rng.choice([20, 25, 28, 30]))
        start = dt.date(end.year - 4, 9, 1)
        born = dt.date(end.year - rng.randint(21, 24), rng.randint(1, 12), rng.randint(1, 28))
        yy = heading(pg, ctx, ctx.p(GRAD_TITLE), 30, 30) + 8
        txt = (
            f"学生{holder}，性别{sex}，{fmt_date(born, ds)}生，于{fmt_month(start.year, 9, ds)}至{fmt_month(end.year, 6, ds)}"
            f"在本校{major}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
        )
        yy = pg.wrap(x0, yy, W, txt, 15, ctx.body, 2.0, 11)
        pg.text(x0, yy + 10, f"校（院）长{colon}{name(rng)}", 13, ctx.body)
        pg.text(x0, yy + 20, f"证书编号{colon}{no}", 11, ctx.body)
        sign_block(pg, ctx, school, fmt_date(end, ds), yy + 12, seed=rng.randint(0, 10**6))
        kind, issuer, issued, subject = "graduation", school, end.isoformat(), major
        year = end.year
        period = {"start": f"{start.year}-09", "end": f"{end.year}-06"}
    elif fam in ("master", "doctor"):
        school = univ(rng, prov)
        major = rng.choice(MAJORS)
        deg = "硕士" if fam == "master" else "博士"
        end = dt.date(rng.randint(2005, 2023), 6, rng.choice([15, 20, 26, 30]))
        born = dt.date(
            end.year - rng.randint(24, 30) - (3 if fam == "doctor" else 0),
            rng.randint(1, 12),
            rng.randint(1, 28),
        )
        yy = heading(pg, ctx, ctx.p(DEG_TITLE).format(d=deg), 28, 30) + 8
        txt = (
            f"{holder}，{sex}，{fmt_date(born, ds)}生。在{school}{major}学科（专业）完成了{deg}学位的学习计划，"
            f"成绩合格，通过了{deg}学位论文答辩。根据《中华人民共和国学位条例》的规定，授予{DEG_FIELD[major]}{deg}学位。"
        )
        yy = pg.wrap(x0, yy, W, txt, 15, ctx.body, 2.0, 11)
        pg.text(x0, yy + 10, f"学位评定委员会主席{colon}{name(rng)}", 13, ctx.body)
        pg.text(x0, yy + 20, f"证书编号{colon}{no[:16]}", 11, ctx.body)
        month_only = rng.random() < 0.35
        sign_block(
            pg,
            ctx,
            school,
            fmt_month(end.year, end.month, ds) if month_only else fmt_date(end, ds),
            yy + 12,
            seed=rng.randint(0, 10**6),
        )
        kind = "master_degree" if fam == "master" else "doctor_degree"
        issuer, subject, year = school, major, end.year
        issued = f"{end.year}-{end.month:02d}" if month_only else end.isoformat()
    elif fam.startswith("self-study"):
        issuer = f"{prov}省高等教育自学考试委员会" if rng.random() < 0.5 else f"{prov}省教育招生考试院"
        d = dt.date(rng.randint(2010, 2023), rng.choice([4, 10]), rng.randint(10, 28))
        yy = heading(pg, ctx, ctx.p(SELF_TITLE), 26, 24) + 6
        pg.text(x0, yy, f"姓名{colon}{holder}    准考证号{colon}{no[:12]}", 13, ctx.body)
        yy += 9
        major = None
        if rng.random() < 0.6:
            major = rng.choice(MAJORS)
            pg.text(x0, yy, f"专业{colon}{major}", 13, ctx.body)
            yy += 9
        yy = pg.wrap(
            x0,
            yy + 2,
            W,
            f"该考生参加{prov}省高等教育自学考试，下列课程成绩合格，特发此证。",
            13,
            ctx.body,
            1.8,
            9,
        )
        modules = rng.sample(SELF_MODULES, rng.randint(1, 4))
        if fam == "self-study":
            rows = [["课程代码", "课程名称", "成绩", "考试时间"]] + [
                [f"{rng.randint(1, 13999):05d}", m, str(rng.randint(60, 92)), fmt_month(d.year, d.month, ds)]
                for m in modules
            ]
            yy = pg.table(x0, yy + 3, [26, W - 26 - 22 - 40, 22, 40], rows, 11.5, ctx.body, row_h=9)
        else:
            yy += 4
            pg.text(x0, yy, "合格课程：", 13, ctx.bold)
            yy += 8
            for m in modules:
                pg.text(
                    x0 + 12,
                    yy,
                    f"{m}    {rng.randint(60, 92)}分    {fmt_month(d.year, d.month, ds)}",
                    13,
                    ctx.body,
                )
                yy += 8
        sign_block(pg, ctx, issuer, fmt_date(d, ds), yy + 16, seed=rng.randint(0, 10**6))
        kind, issued, subject, year = "self_study_exam", d.isoformat(), major, d.year
    elif fam.startswith("postgrad-courses"):
        school = univ(rng, prov)
        major = rng.choice(MAJORS)
        a = dt.date(rng.randint(2008, 2021), 9, 1)
        e = dt.date(a.year + 2, 6, rng.choice([20, 28, 30]))
        yy = heading(pg, ctx, ctx.p(PG_TITLE), 30, 26) + 8
        txt = (
            f"{holder}同志于{fmt_month(a.year, 9, ds)}至{fmt_month(e.year, 6, ds)}参加我校{major}专业研究生课程进修班学习，"
            f"修完规定的全部学位课程，考试成绩合格，准予结业。"
        )
        yy = pg.wrap(x0, yy, W, txt, 15, ctx.body, 2.0, 11)
        sign_block(pg, ctx, school, fmt_date(e, ds), yy + 18, seed=rng.randint(0, 10**6))
        kind, issuer, issued, subject, year = "postgraduate_courses", school, e.isoformat(), major, e.year
        period = {"start": f"{a.year}-09", "end": f"{e.year}-06"}
    else:  # computer, computer-card
        issuer = rng.choice(
            ["人力资源和社会保障部人事考试中心", f"{prov}省人事考试中心", f"{prov}省人力资源和社会保障厅"]
        )
        d = rand_date(rng, 2008, 2019)
        yy = heading(pg, ctx, ctx.p(COMP_TITLE), 24, 24) + 8
        modules = rng.sample(COMP_MODULES, rng.randint(1, 3))
        pairs = [
            ("姓名", holder),
            ("性别", sex),
            ("身份证号", no[:6] + "********" + no[14:18]),
            ("考试科目", "、".join(modules) if fam == "computer" else modules[0]),
            ("考试时间", fmt_date(d, ds)),
            ("证书编号", no[2:14]),
        ]
        if fam == "computer-card" and len(modules) > 1:
            pairs[3] = ("考试科目", modules[0])
            for m in modules[1:]:
                pairs.insert(4, ("", m))
        yy = label_lines(pg, ctx, x0, yy, [(a_ if a_ else "", b_) for a_, b_ in pairs], 14, colon, 2.4, 36.0)
        sign_block(pg, ctx, issuer, fmt_date(d, ds), yy + 10, seed=rng.randint(0, 10**6))
        kind, issued, subject, year = "computer_exam", d.isoformat(), None, d.year
    fields = dict(
        holder=holder,
        issuer=issuer,
        issued_on=issued,
        period=period,
        qualification={"kind": kind, "subject": subject, "modules": modules},
    )
    scored = [
        "holder",
        "issuer",
        "issued_on",
        "qualification.kind",
        "qualification.subject",
        "qualification.modules",
    ]
    return Doc(
        "qualification_certificate", f"qual-{fam}", [pg], fields, scored, {"person": holder, "year": year}
    )


# ================================================================================================
# other (not proofs)
# ================================================================================================
OTHER_LAYOUT = Words("layout.other", ["leave", "receipt", "minutes", "letter", "duty-roster", "intro-letter"])


def other(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.p(OTHER_LAYOUT)
    prov, city = place(rng)
    who = name(rng)
    d = rand_date(rng, 2017, 2024)
    ds = ctx.p(DATE_STYLES)
    org = unit(rng, city)
    pg = Page(*A4)
    x0, W = 25.0, 160.0
    if fam == "leave":
        yy = heading(pg, ctx, "请假条", 30, 24) + 6
        pg.text(x0, yy, f"{org}领导：", 14, ctx.body)
        yy = pg.wrap(
            x0,
            yy + 10,
            W,
            f"本人{who}因家中有事，需请假{rng.randint(1, 5)}天，自{fmt_date(d, ds)}起，望批准。",
            14,
            ctx.hand,
            1.9,
            10,
        )
        pg.text(130, yy + 14, f"请假人：{who}", 14, ctx.hand)
        pg.text(130, yy + 24, fmt_date(d, ds), 14, ctx.hand)
    elif fam == "receipt":
        pg.h = 140.0
        yy = heading(pg, ctx, "收 据", 14, 22) + 4
        pg.text(150, 14, f"No.{rng.randint(1000000, 9999999)}", 11, ctx.body)
        yy = pg.table(
            x0,
            yy,
            [40, 120],
            [
                ["交款单位/人", who],
                ["收款事由", rng.choice(["资料费", "会务费", "住宿费"])],
                ["金额（大写）", rng.choice(["贰佰元整", "叁佰伍拾元整", "壹仟元整"])],
            ],
            13,
            ctx.body,
            row_h=12,
        )
        pg.text(
            x0, yy + 8, f"收款单位（盖章）：{org}    收款人：{name(rng)}    {fmt_date(d, ds)}", 11, ctx.body
        )
        pg.seal(70, yy + 12, 16, org[:14], rng.randint(0, 10**6))
    elif fam == "minutes":
        yy = heading(pg, ctx, f"{org}|会议纪要", 24, 22) + 6
        att = names(rng, rng.randint(4, 8))
        yy = label_lines(
            pg,
            ctx,
            x0,
            yy,
            [
                ("时间", fmt_date(d, ds)),
                ("地点", "三楼会议室"),
                ("主持", att[0]),
                ("参加人员", "、".join(att[1:])),
                ("记录", who),
            ],
            13,
            "：",
            2.0,
        )
        for i, item in enumerate(["研究年度工作安排", "讨论设备采购事宜", "部署安全生产检查"]):
            yy = pg.wrap(
                x0, yy + 2, W, f"{i + 1}. 会议{item}，明确了责任分工和完成时限。", 13, ctx.body, 1.8, 0
            )
    elif fam == "intro-letter":
        yy = heading(pg, ctx, "介绍信", 30, 24) + 6
        pg.text(x0, yy, f"{city}市人力资源和社会保障局：", 14, ctx.body)
        yy = pg.wrap(
            x0,
            yy + 10,
            W,
            f"兹介绍我单位{who}同志前往你处联系办理档案查询事宜，请予接洽。",
            14,
            ctx.body,
            1.9,
            10,
        )
        sign_block(pg, ctx, org, fmt_date(d, ds), yy + 20, seed=rng.randint(0, 10**6))
    elif fam == "duty-roster":
        yy = heading(pg, ctx, f"{org}值班安排表", 24, 20) + 6
        ppl = [who] + names(rng, 6)
        rows = [["日期", "值班人员", "联系电话"]] + [
            [fmt_date(d + dt.timedelta(days=i), ds), p, f"13{rng.randint(100000000, 999999999)}"]
            for i, p in enumerate(ppl)
        ]
        pg.table(x0, yy, [55, 50, 55], rows, 12, ctx.body, row_h=10)
    else:  # letter
        yy = 30.0
        pg.text(x0, yy, f"{who}同志：", 14, ctx.body)
        yy = pg.wrap(
            x0,
            yy + 10,
            W,
            "您好！来信收悉。关于您反映的职称评审材料报送问题，现答复如下：请于本月底前将相关材料"
            "报送至单位人事科，逾期不再受理。感谢您对我们工作的理解与支持。",
            14,
            ctx.body,
            1.9,
            10,
        )
        sign_block(pg, ctx, org, fmt_date(d, ds), yy + 20, seed=rng.randint(0, 10**6))
    fields = dict(holder=who)
    return Doc("other", f"other-{fam}", [pg], fields, [], {"person": who, "year": d.year})
