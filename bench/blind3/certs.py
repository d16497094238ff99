"""Draw 3 builders: training certificates, sign-in sheets, training notices, qualifications, other documents."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page, width_mm
from bench.blind3.pools import (
    A4,
    A4L,
    CITIES,
    DATE,
    Ctx,
    V,
    border,
    centre,
    college,
    fd,
    fm,
    frange,
    lh,
    people,
    place,
    rdate,
    spaced2,
    workplace,
)

PRO = [
    "农作物重大病虫害绿色防控技术",
    "医疗质量安全核心制度落实",
    "建设工程质量检测新标准应用",
    "中小学课堂教学评价改革",
    "智慧水利与数字孪生流域建设",
    "城镇污水处理提质增效技术",
    "新版药品管理法律法规实务",
    "特种设备安全技术规范",
    "畜禽养殖废弃物资源化利用",
    "急危重症护理新进展",
    "装配式建筑设计与施工",
    "耕地质量提升与土壤改良",
    "临床合理用药与抗菌药物管理",
    "基础教育信息化教学应用",
]
PUB = [
    "数字经济与创新驱动发展",
    "专业技术人员职业道德与诚信建设",
    "知识产权保护与运用",
    "黄河流域生态保护和高质量发展",
    "人工智能赋能产业转型",
    "专业技术人员心理健康与压力调适",
    "法治思维与依法行政",
    "乡村振兴战略实务",
]
ISSUERS = [
    "{c}市人力资源和社会保障局",
    "{c}市卫生健康委员会",
    "{p}省农业农村厅",
    "{c}市专业技术人员继续教育基地",
    "{c}市科学技术协会",
    "{p}省医学会",
    "{c}市住房和城乡建设局",
    "{c}市教育局",
]
TITLES_PRO = [
    "助理工程师",
    "工程师",
    "高级工程师",
    "主治医师",
    "副主任医师",
    "一级教师",
    "高级教师",
    "农艺师",
    "主管护师",
]

# training-event names
EVENT = V(
    "t3.event",
    [
        "{y}年{c}市{k}专题培训班",
        "{k}高级研修班",
        "{y}年度{k}继续教育培训",
        "第{n}期{k}培训班",
        "{c}市{y}年{k}能力提升培训",
        "{k}专题讲座",
    ],
)


DOMAIN = {
    "农": ["{p}省农业农村厅", "{c}市农业农村局", "{c}市农业科学院"],
    "医": ["{c}市卫生健康委员会", "{p}省医学会", "{p}省护理学会", "{c}市医学会"],
    "建": ["{c}市住房和城乡建设局", "{p}省建筑业协会", "{c}市土木建筑学会"],
    "教": ["{c}市教育局", "{c}市教育科学研究院", "{p}省教育厅"],
    "水": ["{c}市水利局", "{p}省水利学会", "{c}市生态环境局"],
    "特": ["{c}市市场监督管理局", "{p}省特种设备安全协会"],
}
DOMAIN_OF = {
    "农作物重大病虫害绿色防控技术": "农",
    "畜禽养殖废弃物资源化利用": "农",
    "耕地质量提升与土壤改良": "农",
    "医疗质量安全核心制度落实": "医",
    "急危重症护理新进展": "医",
    "临床合理用药与抗菌药物管理": "医",
    "新版药品管理法律法规实务": "医",
    "建设工程质量检测新标准应用": "建",
    "装配式建筑设计与施工": "建",
    "中小学课堂教学评价改革": "教",
    "基础教育信息化教学应用": "教",
    "智慧水利与数字孪生流域建设": "水",
    "城镇污水处理提质增效技术": "水",
    "特种设备安全技术规范": "特",
}


def _issuer(rng, prov: str, city: str, topic: str | None = None) -> str:  # noqa: ANN001
    """The organiser of a training on `topic`: a body of that trade, or a general continuing-education one."""
    dom = DOMAIN_OF.get(topic or "")
    pool = (
        DOMAIN[dom]
        if dom
        else [
            "{c}市人力资源和社会保障局",
            "{c}市专业技术人员继续教育基地",
            "{c}市科学技术协会",
            "{p}省人力资源和社会保障厅",
        ]
    )
    return rng.choice(pool).format(c=city, p=prov)


def _event(ctx: Ctx, y: int, city: str, cat: str) -> tuple[str, str]:
    k = ctx.rng.choice(PUB if cat == "public" else PRO)
    return ctx.p(EVENT).format(y=y, c=city, k=k, n=ctx.rng.randint(2, 19)), k


def _period(rng, y0: int = 2018, y1: int = 2025) -> tuple[dt.date, dt.date]:  # noqa: ANN001
    a = rdate(rng, y0, y1)
    return a, a + dt.timedelta(days=rng.choice([0, 1, 2, 2, 3, 4, 6]))


def _hours(rng, a: dt.date, b: dt.date) -> int:  # noqa: ANN001
    days = (b - a).days + 1
    return min(rng.choice([4, 6, 8]) * days, 90)


def _pad(lab: str, n: int) -> str:
    """A label spread to n characters with ideographic spaces (姓　　名)."""
    if len(lab) >= n:
        return lab
    gaps = len(lab) - 1
    if gaps <= 0:
        return lab
    extra = n - len(lab)
    if extra < gaps:
        return lab  # 项目名称 stays whole beside 项目批准号; only short labels are spread
    out = ""
    for i, ch in enumerate(lab):
        out += ch
        if i < gaps:
            out += "\u3000" * (extra // gaps + (1 if i < extra % gaps else 0))
    return out


def _sign(
    pg: Page, ctx: Ctx, org: str, date_s: str, y: float, xr: float | None = None, size: float = 13
) -> float:
    """Issuer and date right-aligned, seal centred over the issuer line (often covering part of it)."""
    xr = pg.w - 30 if xr is None else xr
    w = max(width_mm(org, ctx.body, size), width_mm(date_s, ctx.body, size))
    cx = xr - w / 2
    pg.text(cx, y, org, size, ctx.body, "c")
    pg.text(cx, y + lh(size, 1.9), date_s, size, ctx.body, "c")
    pg.seal(cx + ctx.rng.uniform(-6, 6), y + ctx.rng.uniform(0, 6), 20, org[:15], ctx.rng.randint(0, 10**6))
    return y + lh(size, 3.8)


def _mask_id(rng, prov: str) -> str:  # noqa: ANN001
    pre = {"山东": "37", "河南": "41", "湖南": "43", "江苏": "32", "湖北": "42"}[prov]
    return f"{pre}{rng.randint(1000, 9999)}**********{rng.randint(100, 999)}{rng.choice('0123456789X')}"


def _cat_text(cat: str | None, style: int) -> str:
    if cat is None:
        return ""
    if style == 0:
        return "公需科目" if cat == "public" else "专业科目"
    return "公需课" if cat == "public" else "专业课"


# ================================================================================================
# training certificates
# ================================================================================================
TC_LAYOUT = V(
    "t3.layout.tc",
    [
        "course-table",
        "landscape-seal",
        "platform",
        "two-panel",
        "stacked-title",
        "booklet-card",
        "online-course",
        "booklet-2p",
    ],
)
TC_HEAD = V(
    "t3.tc.head",
    ["{y}年度专业技术人员继续教育|学时证明", "继续教育|学时认定表", "专业技术人员继续教育|培训记录"],
)
TC_BIG = V("t3.tc.big", ["结 业 证 书", "培 训 证 书", "合 格 证 书", "培训合格证", "结业证明"])
TC_PARA = V(
    "t3.tc.para",
    [
        "{n}同志于{r}参加由{o}组织的“{t}”，完成全部课程学习，考核合格，计{h}学时。",
        "{n}同志：{r}，你参加了{o}举办的{t}，修完规定课程，成绩合格，共获得继续教育学时{h}学时。",
        "兹证明{n}同志参加{t}（{r}），学习期满，经考核成绩合格，准予结业，记{h}学时。",
        "{n}：你于{r}在{o}参加{t}学习，累计学时{h}，经考核合格，特发此证。",
    ],
)
TC_SIGNOFF = V("t3.tc.signoff", ["特发此证。", "特此证明。", "", "此证。"])
TC_COLS = V(
    "t3.tc.cols",
    [
        ["序号", "课程名称", "课程类别", "学时", "考核结果"],
        ["序号", "学习内容", "科目类别", "学时数", "成绩"],
    ],
)
RANGE_SEP = V("t3.range.sep", ["至", "—", "－", "~", "到"])
TC_PLATFORM = V(
    "t3.tc.platform",
    ["{p}省专业技术人员继续教育网络学院", "{p}省专业技术人员在线学习平台", "{c}市继续教育公共服务平台"],
)
TC_STACK = V(
    "t3.tc.stack",
    [
        "{y}年{c}市专业技术人员|{cat}培训|合格证书",
        "{c}市专业技术人员|{cat}学习|证书",
        "专业技术人员|{cat}继续教育|结业证书",
    ],
)


def training_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.layout(TC_LAYOUT)
    prov, city = place(rng)
    cat = (
        rng.choice(["public", "professional", None])
        if fam != "stacked-title"
        else rng.choice(["public", "professional"])
    )
    a, b = _period(rng)
    issued = b + dt.timedelta(days=rng.randint(0, 12))
    title, topic = _event(ctx, a.year, city, cat or rng.choice(["public", "professional"]))
    org = _issuer(rng, prov, city, topic)
    holder = people(rng, 1)[0]
    h = _hours(rng, a, b)
    ds = ctx.p(DATE)
    sep = ctx.p(RANGE_SEP)
    rs = frange(a, b, ds, sep, rng.random() < 0.5) if a != b else fd(a, ds)
    num = f"{rng.choice(['JX', 'JJ', 'ZJ', ''])}{a.year}{rng.randint(10000, 999999):06d}"
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    period = {"start": a.isoformat(), "end": b.isoformat()}
    stated_cat = cat
    pre: list[Page] = []
    if fam == "course-table":
        pg = Page(*A4)
        head = ctx.p(TC_HEAD).format(y=a.year)
        y = 24.0
        for i, ln in enumerate(head.split("|")):
            y = centre(pg, y, ln, 17 if i == 0 else 22, ctx.bold) + 1
        y += 4
        x0, W = 20.0, 170.0
        info = [
            ["姓名", spaced2(holder) if rng.random() < 0.3 else holder, "身份证号", _mask_id(rng, prov)],
            ["工作单位", workplace(rng, city), "职称", rng.choice(TITLES_PRO)],
        ]
        y = pg.table(x0, y, [26, 52, 26, 66], info, 11, ctx.body, row_h=10)
        y += 5
        pg.text(x0, y, f"培训项目：{title}", 11.5, ctx.body)
        y += 7
        pg.text(x0, y, f"学习时间：{rs}", 11.5, ctx.body)
        y += 9
        n = rng.randint(3, 6)
        pool = PUB if cat == "public" else PRO
        courses = rng.sample(pool, min(n, len(pool)))
        style = rng.randint(0, 1)
        if cat is None:
            cats = [_cat_text(rng.choice(["public", "professional"]), style) for _ in courses]
            if len(set(cats)) == 1:
                cats[-1] = _cat_text("public" if "专业" in cats[0] else "professional", style)
        else:
            cats = [_cat_text(cat, style)] * len(courses)
        per = [h // len(courses)] * len(courses)
        per[-1] += h - sum(per)
        hdr = ctx.p(TC_COLS)
        rows = [hdr] + [
            [str(i + 1), c, cats[i], str(per[i]), rng.choice(["合格", "合格", "优秀", "通过"])]
            for i, c in enumerate(courses)
        ]
        rows.append(["合计", "", "", str(h), ""])
        y = pg.table(x0, y, [16, 78, 28, 20, 28], rows, 10.5, ctx.body, row_h=10, header_font=ctx.bold)
        y += 10
        pg.wrap(x0, y, W, "经审核，以上学习内容属实，学时有效。", 11.5, ctx.body)
        _sign(pg, ctx, org, fd(issued, ds), y + 22)
        if cat is None:
            stated_cat = None  # both categories listed
    elif fam == "landscape-seal":
        pg = Page(*A4L)
        border(pg, ctx.p(V("t3.tc.border", ["double", "band", "corners"])))
        pg.text(pg.w - 30, 20, f"证书编号：{num}", 10.5, ctx.body, "r")
        centre(pg, 36, ctx.p(TC_BIG), 32, ctx.bold, (150, 20, 20))
        if cat:
            centre(pg, 54, f"（{_cat_text(cat, rng.randint(0, 1))}）", 15, ctx.body)
        para = ctx.p(TC_PARA).format(n=holder, r=rs, o=org, t=title, h=h)
        y = pg.wrap(40, 72, pg.w - 80, para, 16, ctx.body, lead=2.0, indent=11)
        so = ctx.p(TC_SIGNOFF)
        if so:
            pg.text(51, y + 2, so, 16, ctx.body)
        _sign(pg, ctx, org, fd(issued, ds), 150, pg.w - 40, 15)
    elif fam == "platform":
        pg = Page(*A4)
        plat = ctx.p(TC_PLATFORM).format(p=prov, c=city)
        pg.rect(0, 0, pg.w, 30, 0, fill=(28, 84, 160))
        pg.text(pg.w / 2, 10, plat, 17, ctx.bold, "c", (255, 255, 255))
        centre(pg, 46, ctx.p(V("t3.tc.ptitle", ["电子学时证书", "学习证明", "学时证明书"])), 26, ctx.bold)
        pairs = [
            ("学员姓名", holder),
            ("证件号码", _mask_id(rng, prov)),
            ("培训项目", title),
        ]
        if cat:
            pairs.append(("科目类别", _cat_text(cat, 0)))
        if rng.random() < 0.4:
            # a term of online study: months only
            b = a + dt.timedelta(days=rng.randint(40, 150))
            issued = b + dt.timedelta(days=rng.randint(1, 20))
            h = rng.choice([30, 60, 90, 24, 36])
            rs = fm(a.year, a.month, ds) + sep + fm(b.year, b.month, ds)
            period = {"start": f"{a.year}-{a.month:02d}", "end": f"{b.year}-{b.month:02d}"}
        pairs += [("学习周期", rs), ("认定学时", f"{h}学时"), ("证书编号", num)]
        y = 72.0
        lw = ctx.p(V("t3.tc.plabw", [4, 5]))
        for lab, val in pairs:
            pg.text(34, y, _pad(lab, lw) + "：", 13, ctx.body)
            y = pg.wrap(34 + lw * 4.6 + 6, y, 120, val, 13, ctx.body, lead=1.5) + 4
        pg.rect(150, 215, 180, 245, 0.4)
        for i in range(6):
            for j in range(6):
                if (i * 7 + j * 3 + k) % 3 == 0:
                    pg.rect(151 + i * 4.8, 216 + j * 4.8, 155 + i * 4.8, 220 + j * 4.8, 0, fill=(20, 20, 20))
        pg.text(165, 247, "扫码验证", 9, ctx.body, "c")
        pg.text(34, 222, f"主办单位：{org}", 12, ctx.body)
        pg.text(34, 232, f"发证日期：{fd(issued, ds)}", 12, ctx.body)
        pg.seal(95, 226, 19, org[:15], rng.randint(0, 10**6))
    elif fam == "two-panel":
        pg = Page(*A4L)
        pg.rect(12, 12, pg.w - 12, pg.h - 12, 0.8, (120, 20, 20))
        pg.line(pg.w / 2, 16, pg.w / 2, pg.h - 16, 0.3, (150, 150, 150))
        pg.rect(45, 28, 80, 73, 0.4)
        pg.text(62.5, 48, "照片", 11, ctx.body, "c", (150, 150, 150))
        left = [("姓　　名", holder), ("工作单位", workplace(rng, city)), ("证书编号", num)]
        y = 92.0
        for lab, val in left:
            pg.text(28, y, f"{lab}：", 12.5, ctx.body)
            pg.wrap(55, y, 80, val, 12.5, ctx.body)
            pg.line(55, y + 6, 135, y + 6, 0.2)
            y += 16
        rx = pg.w / 2 + 14
        centre_x = pg.w * 0.75
        pg.text(centre_x, 34, ctx.p(TC_BIG), 28, ctx.bold, "c", (140, 20, 20))
        para = ctx.p(TC_PARA).format(n=holder, r=rs, o=org, t=title, h=h)
        if cat:
            para += f"（{_cat_text(cat, 1)}）"
        pg.wrap(rx, 62, pg.w / 2 - 30, para, 13.5, ctx.body, lead=1.9, indent=9.5)
        _sign(pg, ctx, org, fd(issued, ds), 150, pg.w - 30, 13)
    elif fam in ("booklet-card", "booklet-2p"):
        # an inner page of a continuing-education booklet (behind its cover for booklet-2p)
        if fam == "booklet-2p":
            cv = Page(130.0, 185.0, bg=rng.choice([(150, 28, 30), (28, 60, 120), (30, 90, 60)]))
            gold = (236, 200, 120)
            cv.text(65, 50, "专业技术人员", 16, ctx.bold, "c", gold)
            cv.text(65, 64, "继续教育证书", 22, ctx.bold, "c", gold)
            cv.rect(20, 44, 110, 78, 0.5, gold)
            cv.text(65, 160, f"{prov}省人力资源和社会保障厅制", 10, ctx.body, "c", gold)
            pre.append(cv)
        pg = Page(130.0, 185.0)
        head = ctx.p(
            V(
                "t3.tc.book",
                ["专业技术人员|继续教育证书", "继续教育|培训登记", "专业技术人员继续教育|学习登记"],
            )
        )
        y = 12.0
        for i, ln in enumerate(head.split("|")):
            y = centre(pg, y, ln, 12 if i == 0 else 17, ctx.bold) + 1
        y += 3
        rows = [["姓　名", holder], ["培训项目", title], ["培训时间", rs]]
        if cat:
            rows.append(["科　目", _cat_text(cat, rng.randint(0, 1))])
        rows += [["学　时", f"{h}"], ["考核结果", "合格"], ["发证单位", org]]
        y = pg.table(10, y, [28, 82], rows, 10, ctx.body, row_h=12) + 6
        pg.text(12, y, "经办人：", 10, ctx.body)
        pg.text(30, y - 1, people(rng, 1)[0], 13, ctx.hand, color=(30, 30, 110))
        pg.text(118, y + 8, fd(issued, ds), 10, ctx.body, "r")
        pg.seal(92, y + 4, 15, org[:15], rng.randint(0, 10**6))
    elif fam == "online-course":
        pg = Page(*A4L)
        border(pg, "double", (20, 90, 150))
        plat = ctx.p(TC_PLATFORM).format(p=prov, c=city)
        org = plat
        centre(pg, 26, "CERTIFICATE OF COMPLETION", 14, ctx.sans, (20, 90, 150))
        centre(
            pg, 36, ctx.p(V("t3.tc.oc", ["课程结业证书", "在线学习证书", "网络培训合格证书"])), 26, ctx.bold
        )
        centre(pg, 64, holder, 24, ctx.bold)
        pg.line(pg.w / 2 - 40, 76, pg.w / 2 + 40, 76, 0.4)
        txt = f"已完成{plat}在线课程《{title}》的全部学习内容并通过考核，获得{h}学时。"
        if cat:
            txt += f"本课程为{_cat_text(cat, 1)}。"
        y = 88.0
        for ln in _split(txt, ctx.body, 15, 200):
            y = centre(pg, y, ln, 15, ctx.body) + 1
        pg.text(40, 170, f"证书编号：{num}", 11, ctx.body)
        pg.text(40, 178, f"完成日期：{fd(issued, ds)}", 11, ctx.body)
        pg.seal(pg.w - 70, 170, 20, plat[:15], rng.randint(0, 10**6))
        pg.text(pg.w - 70, 186, plat, 12, ctx.body, "c")
        period = None
        scored = [s for s in scored if not s.startswith("period")]
    else:  # stacked-title: the category is part of the title
        pg = Page(*A4)
        border(pg, ctx.p(V("t3.tc.border2", ["thin", "double", "corners"])), (40, 70, 140))
        stack = ctx.p(TC_STACK).format(y=a.year, c=city, cat=_cat_text(cat, rng.randint(0, 1)))
        y = 40.0
        parts = stack.split("|")
        for i, ln in enumerate(parts):
            y = centre(pg, y, ln, 30 if i == len(parts) - 1 else 19, ctx.bold) + 2
        y += 14
        pg.text(35, y, holder, 18, ctx.hand, color=(20, 30, 110))
        pg.line(30, y + 8, 70, y + 8, 0.3)
        pg.text(72, y + 1, "同志：", 15, ctx.body)
        y += 18
        body = f"于{rs}参加{title}，完成{h}学时学习任务，经考核合格。"
        y = pg.wrap(35, y, 140, body, 15, ctx.body, lead=2.0, indent=10.5)
        pg.text(45, y + 4, "特发此证。", 15, ctx.body)
        pg.text(35, 250, f"编号：{num}", 10.5, ctx.body)
        _sign(pg, ctx, org, fd(issued, ds), 215)
    fields = dict(
        holder=holder,
        title=title,
        issuer=org,
        issued_on=issued.isoformat(),
        period=period,
        hours_stated=float(h),
    )
    return Doc(
        "training_certificate",
        f"tc3-{fam}",
        [*pre, pg],
        fields,
        scored,
        {"person": holder, "year": a.year},
        category=stated_cat,
    )


# ================================================================================================
# sign-in sheets
# ================================================================================================
SG_LAYOUT = V(
    "t3.layout.sign",
    ["roster-time", "two-sessions", "multi-day", "blocks-landscape", "app-export", "lined-free"],
)
SG_TAIL = V("t3.sign.tail", ["签到表", "签 到 表", "参会人员签到表", "学员签到册", "签到簿"])
PLACES = ["第一会议室", "学术报告厅", "综合楼三楼会议室", "继续教育中心201教室", "行政楼多功能厅"]


def _hand_time(rng, h0: int) -> str:  # noqa: ANN001
    return f"{h0}:{rng.randint(0, 59):02d}"


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.layout(SG_LAYOUT)
    prov, city = place(rng)
    a = rdate(rng, 2018, 2025)
    b = a + dt.timedelta(days=rng.randint(1, 2)) if fam == "multi-day" else a
    t, topic = _event(ctx, a.year, city, rng.choice(["public", "professional"]))
    org = _issuer(rng, prov, city, topic)
    ds = ctx.p(DATE)
    land = fam == "blocks-landscape"
    pg = Page(*(A4L if land else A4))
    tail = ctx.p(SG_TAIL)
    x0 = 14.0
    W = pg.w - 2 * x0
    if width_mm(t + tail, ctx.bold, 18) < W:
        y = centre(pg, 14, t + tail, 18, ctx.bold) + 3
    else:
        y = centre(pg, 12, t, 16, ctx.bold)
        y = centre(pg, y, tail, 18, ctx.bold) + 2
    when = fd(a, ds) if a == b else frange(a, b, ds, ctx.p(RANGE_SEP), rng.random() < 0.5)
    meta = [f"时间：{when}", f"地点：{rng.choice(PLACES)}", f"主办单位：{org}"]
    if fam == "blocks-landscape":
        rows = [["会议名称", t, "会议时间", when], ["组织单位", org, "会议地点", rng.choice(PLACES)]]
        y = pg.table(x0, y, [28, W / 2 - 28, 28, W / 2 - 28], rows, 11, ctx.body, row_h=9) + 4
    else:
        line = "　　".join(meta)
        if width_mm(line, ctx.body, 11) <= W:
            pg.text(x0, y, line, 11, ctx.body)
            y += 8
        else:
            for m in meta:
                pg.text(x0, y, m, 11, ctx.body)
                y += 6.5
            y += 2
    attendees: list[str] = []
    if fam == "roster-time":
        n = rng.randint(12, 24)
        attendees = people(rng, n)
        hdr = ["序号", "姓名", "工作单位", "职称", "联系电话", "签到时间"]
        widths = [12, 26, W - 12 - 26 - 26 - 32 - 22, 26, 32, 22]
        rows = [hdr]
        for i, p in enumerate(attendees):
            rows.append(
                [
                    str(i + 1),
                    p,
                    workplace(rng, city),
                    rng.choice(TITLES_PRO),
                    f"1{rng.randint(3, 9)}{rng.randint(0, 99999999):08d}"[:7] + "****",
                    _hand_time(rng, rng.choice([8, 8, 9])),
                ]
            )
        for j in range(rng.randint(0, 3)):
            rows.append([str(n + j + 1), "", "", "", "", ""])
        rh = min(10.0, (pg.h - y - 20) / len(rows))
        pg.table(
            x0,
            y,
            widths,
            rows,
            10,
            ctx.body,
            row_h=rh,
            header_font=ctx.bold,
            fonts={1: ctx.hand, 4: ctx.hand, 5: ctx.hand},
        )
    elif fam == "two-sessions":
        n = rng.randint(10, 20)
        attendees = people(rng, n)
        hdr = ["序号", "单位", "姓名", "上午签到", "下午签到"]
        widths = [12, W - 12 - 26 - 36 - 36, 26, 36, 36]
        rows = [hdr] + [
            [str(i + 1), workplace(rng, city), p, p, p if rng.random() < 0.9 else ""]
            for i, p in enumerate(attendees)
        ]
        rh = min(11.0, (pg.h - y - 20) / len(rows))
        pg.table(
            x0,
            y,
            widths,
            rows,
            10.5,
            ctx.body,
            row_h=rh,
            header_font=ctx.bold,
            fonts={3: ctx.hand, 4: ctx.hand},
        )
    elif fam == "multi-day":
        n = rng.randint(10, 18)
        attendees = people(rng, n)
        days = [a + dt.timedelta(days=i) for i in range((b - a).days + 1)]
        hdr = ["序号", "姓名", "单位"] + [f"{d.month}月{d.day}日" for d in days]
        dw = 24.0
        widths = [12, 24, W - 12 - 24 - dw * len(days)] + [dw] * len(days)
        rows = [hdr] + [
            [str(i + 1), p, workplace(rng, city)] + [p] * len(days) for i, p in enumerate(attendees)
        ]
        rh = min(11.0, (pg.h - y - 20) / len(rows))
        fonts = {1: ctx.hand} | {3 + i: ctx.hand for i in range(len(days))}
        pg.table(x0, y, widths, rows, 10, ctx.body, row_h=rh, header_font=ctx.bold, fonts=fonts)
    elif fam == "app-export":
        # an electronic sign-in exported from a meeting app: printed, with times to the second
        n = rng.randint(12, 26)
        attendees = people(rng, n)
        rows = [["序号", "姓名", "手机号", "所在单位", "签到时间", "状态"]]
        for i, p in enumerate(attendees):
            rows.append(
                [
                    str(i + 1),
                    p,
                    f"1{rng.choice('35789')}{rng.randint(0, 9)}****{rng.randint(1000, 9999)}",
                    workplace(rng, city),
                    f"{a.isoformat()} {rng.choice([7, 8])}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                    rng.choice(["已签到", "已签到", "迟到"]),
                ]
            )
        rh = min(9.0, (pg.h - y - 20) / len(rows))
        pg.table(x0, y, [12, 22, 32, W - 12 - 22 - 32 - 46 - 18, 46, 18], rows, 9, ctx.sans, row_h=rh)
        pg.text(pg.w - x0, pg.h - 12, f"导出时间：{a.isoformat()} 18:{rng.randint(10, 59)}", 8, ctx.sans, "r")
    elif fam == "lined-free":
        # ruled lines without columns: names written one after another, four to a line
        n = rng.randint(14, 30)
        attendees = people(rng, n)
        pg.text(x0, y, "参会人员签名：", 12, ctx.bold)
        y += 10
        per_line = 4
        for i in range((n + per_line - 1) // per_line + 3):
            yy = y + i * 14
            if yy > pg.h - 20:
                break
            pg.line(x0, yy + 9, pg.w - x0, yy + 9, 0.25, (90, 90, 90))
            for c in range(per_line):
                idx = i * per_line + c
                if idx < n:
                    jitter = rng.uniform(-2, 2)
                    pg.text(
                        x0 + 6 + c * (W / per_line) + jitter,
                        yy + 0.5,
                        attendees[idx],
                        rng.choice([14, 15, 16]),
                        ctx.hand,
                        color=rng.choice([(20, 20, 20), (20, 30, 120)]),
                    )
    else:
        per = rng.randint(8, 12)
        n = per * 3 - rng.randint(0, 4)
        attendees = people(rng, n)
        bw = (W - 8) / 3
        for blk in range(3):
            rows = [["序号", "姓名", "单位"]]
            for j in range(per):
                i = blk * per + j
                rows.append([str(i + 1), attendees[i], ""] if i < n else [str(i + 1), "", ""])
            for r in rows[1:]:
                if r[1]:
                    r[2] = rng.choice(["", workplace(rng, city)[len(city) + 1 :][:6]])
            rh = min(11.0, (pg.h - y - 15) / (per + 1))
            pg.table(
                x0 + blk * (bw + 4),
                y,
                [11, 26, bw - 37],
                rows,
                10,
                ctx.body,
                row_h=rh,
                header_font=ctx.bold,
                fonts={1: ctx.hand},
            )
    fields = dict(
        title=t,
        issuer=org,
        period={"start": a.isoformat(), "end": b.isoformat()},
        people=[{"name": p, "rank": i + 1, "role": "attendee"} for i, p in enumerate(attendees)],
    )
    return Doc(
        "sign_in_sheet",
        f"sign3-{fam}",
        [pg],
        fields,
        ["title", "issuer", "period.start", "period.end", "people"],
        {"person": rng.choice(attendees), "year": a.year},
    )


# ================================================================================================
# training notices
# ================================================================================================
NT_LAYOUT = V("t3.layout.notice", ["red-head", "schedule", "letter-invite", "phone-post", "notice+reply"])
NT_TITLE = V(
    "t3.notice.title",
    ["关于举办{t}的通知", "关于组织开展{t}的通知", "关于参加{t}的通知", "关于举办{t}的通知（第二轮）"],
)
NT_HOURS = V(
    "t3.notice.hours",
    [
        "学员完成全部学习内容并考核合格的，登记继续教育学时{h}学时。",
        "按规定授予继续教育学时{h}学时，由主办单位统一登记。",
        "本次培训共计{h}学时，可作为年度继续教育学时认定依据。",
        "全程参训者给予{h}个继续教育学时。",
    ],
)
ABBR = {
    "人力资源和社会保障局": "人社",
    "卫生健康委员会": "卫健",
    "农业农村厅": "农",
    "科学技术协会": "科协",
    "住房和城乡建设局": "建",
    "教育局": "教",
    "医学会": "医会",
    "继续教育基地": "继教",
}


def _abbr(org: str, city: str, prov: str) -> str:
    for k, v in ABBR.items():
        if org.endswith(k):
            return (city if city in org else prov)[:1] + v
    return city[:1]


def training_notice(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.layout(NT_LAYOUT)
    prov, city = place(rng)
    a = rdate(rng, 2018, 2025)
    b = a + dt.timedelta(days=rng.randint(1, 4))
    cat = rng.choice(["public", "professional"])
    t, topic = _event(ctx, a.year, city, cat)
    org = _issuer(rng, prov, city, topic)
    notice = a - dt.timedelta(days=rng.randint(6, 25))
    h = _hours(rng, a, b)
    ds = ctx.p(DATE)
    sep = ctx.p(RANGE_SEP)
    rs = frange(a, b, ds, sep, rng.random() < 0.5)
    holder = None
    issued: str | None = notice.isoformat()
    scored = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    hours_s = ctx.p(NT_HOURS).format(h=h)
    extra_pages: list[Page] = []
    reply_people: list[str] = []
    if fam == "red-head":
        pg = Page(*A4)
        red = (200, 20, 20)
        head = org + "文件"
        size = 30 if len(head) <= 12 else 24
        pg.text(pg.w / 2, 26, head, size, ctx.bold, "c", red)
        pg.text(
            pg.w / 2,
            50,
            f"{_abbr(org, city, prov)}发〔{notice.year}〕{rng.randint(3, 98)}号",
            13,
            ctx.body,
            "c",
        )
        pg.line(25, 60, 185, 60, 1.0, red)
        y = 70.0
        tt = ctx.p(NT_TITLE).format(t=t)
        for ln in _split(tt, ctx.bold, 17, 150):
            y = centre(pg, y, ln, 17, ctx.bold)
        y += 5
        pg.text(25, y, "各有关单位：", 13, ctx.body)
        y += 8
        body = [
            f"为进一步提升专业技术人员{topic}方面的业务能力，经研究，决定举办{t}。现将有关事项通知如下：",
            f"一、培训时间和地点：{rs}，在{city}市{rng.choice(PLACES)}举行。",
            "二、培训对象：各单位从事相关工作的专业技术人员。",
            f"三、培训内容：{topic}政策解读、典型案例分析和实务操作。",
            f"四、学时认定：{hours_s}",
            f"五、报名方式：请于{fd(a - dt.timedelta(days=3), ds)}前将报名回执报送至{org}。",
        ]
        for p in body:
            y = pg.wrap(25, y, 160, p, 12.5, ctx.body, lead=1.8, indent=8.8)
        _sign(pg, ctx, org, fd(notice, ds), y + 12, 180)
        pg.line(25, 272, 185, 272, 0.3)
        pg.text(25, 274, f"{org}办公室　　　　　　　{fd(notice, ds)}印发", 10.5, ctx.body)
    elif fam == "schedule":
        pg = Page(*A4)
        y = centre(pg, 20, t, 17, ctx.bold)
        y = (
            centre(pg, y, ctx.p(V("t3.notice.sched", ["日程安排", "课程安排表", "培训日程"])), 20, ctx.bold)
            + 4
        )
        pg.text(20, y, f"主办单位：{org}", 12, ctx.body)
        y += 7
        pg.text(20, y, f"培训时间：{rs}", 12, ctx.body)
        y += 10
        rows = [["日期", "时间", "内容", "授课人"]]
        d = a
        speakers = people(rng, 2 * ((b - a).days + 1))
        i = 0
        while d <= b:
            for slot in ("08:30-11:30", "14:00-17:00"):
                rows.append(
                    [
                        f"{d.month}月{d.day}日",
                        slot,
                        rng.choice(PRO + PUB)[:14],
                        speakers[i] + rng.choice(["教授", "研究员", "主任医师", "高级工程师"]),
                    ]
                )
                i += 1
            d += dt.timedelta(days=1)
        y = pg.table(20, y, [26, 32, 84, 28], rows, 10.5, ctx.body, row_h=11, header_font=ctx.bold) + 8
        y = pg.wrap(20, y, 170, "注：" + hours_s, 11.5, ctx.body)
        issued = None
        scored.remove("issued_on")
    elif fam == "letter-invite":
        pg = Page(*A4)
        border(pg, "thin")
        centre(
            pg,
            30,
            ctx.p(V("t3.notice.inv", ["邀　请　函", "邀请函", "INVITATION|邀请函"])).split("|")[-1],
            26,
            ctx.bold,
            (150, 20, 20),
        )
        holder = people(rng, 1)[0]
        y = 55.0
        pg.text(25, y, f"尊敬的{holder}{rng.choice(['老师', '同志', '女士/先生', '专家'])}：", 14, ctx.body)
        y += 12
        paras = [
            f"兹定于{rs}在{city}市举办{t}，诚挚邀请您拨冗参加。",
            f"本次活动围绕{topic}开展专题授课与交流研讨。{hours_s}",
            "请于报到时携带本邀请函。恭候光临！",
        ]
        for p in paras:
            y = pg.wrap(25, y, 160, p, 13.5, ctx.body, lead=1.9, indent=9.5) + 2
        _sign(pg, ctx, org, fd(notice, ds), y + 18, 182, 13.5)
    elif fam == "notice+reply":
        # a plain notice and, on its second page, the reply slip the unit sent back
        pg = Page(*A4)
        y = 30.0
        for ln in _split(ctx.p(NT_TITLE).format(t=t), ctx.bold, 18, 150):
            y = centre(pg, y, ln, 18, ctx.bold)
        y += 6
        pg.text(25, y, "各县（市、区）有关单位：", 13, ctx.body)
        y += 9
        body = [
            f"经研究，定于{rs}举办{t}，现将有关事项通知如下。",
            f"一、培训内容。{topic}相关政策与技术要点。",
            f"二、学时。{hours_s}",
            "三、报名。请各单位认真填写报名回执（见附件），按时报送。",
        ]
        for ptxt in body:
            y = pg.wrap(25, y, 160, ptxt, 13, ctx.body, lead=1.9, indent=9.2)
        pg.text(25, y + 6, "附件：报名回执", 13, ctx.body)
        _sign(pg, ctx, org, fd(notice, ds), y + 26, 182)
        rp = Page(*A4)
        centre(rp, 26, "附件", 12, ctx.bold)
        centre(rp, 36, "报名回执", 20, ctx.bold)
        who = people(rng, rng.randint(1, 3))
        rows = [["姓名", "性别", "工作单位", "职称", "联系电话"]]
        for n_ in who:
            rows.append(
                [
                    n_,
                    rng.choice(["男", "女"]),
                    workplace(rng, city),
                    rng.choice(TITLES_PRO),
                    f"13{rng.randint(100000000, 999999999)}",
                ]
            )
        rows += [["", "", "", "", ""]] * 3
        rp.table(
            20,
            52,
            [26, 16, 64, 30, 34],
            rows,
            11,
            ctx.body,
            row_h=12,
            fonts={0: ctx.hand, 1: ctx.hand, 2: ctx.hand, 3: ctx.hand, 4: ctx.hand},
            header_font=ctx.bold,
        )
        extra_pages.append(rp)
        reply_people = who
    else:  # phone-post
        pg = Page(110.0, 235.0)
        pg.rect(0, 0, pg.w, 14, 0, fill=(242, 242, 242))
        pg.text(6, 4.5, "〈", 11, ctx.body)
        pg.text(pg.w / 2, 4.5, "通知公告", 11, ctx.body, "c")
        y = 22.0
        for ln in _split(ctx.p(NT_TITLE).format(t=t), ctx.bold, 14, pg.w - 14):
            pg.text(7, y, ln, 14, ctx.bold)
            y += lh(14, 1.5)
        y += 2
        pub = fd(notice, "dash_nopad") if rng.random() < 0.5 else notice.isoformat()
        pg.text(
            7,
            y,
            f"发布时间：{pub} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}",
            8.5,
            ctx.body,
            color=(120, 120, 120),
        )
        y += 5
        pg.text(7, y, f"来源：{org}", 8.5, ctx.body, color=(120, 120, 120))
        y += 9
        paras = [
            f"各相关单位：根据年度继续教育工作安排，{org}定于{rs}举办{t}。",
            f"培训内容：{topic}。",
            hours_s,
            f"联系人：{people(rng, 1)[0]}，电话：0{rng.randint(530, 739)}-{rng.randint(2000000, 8999999)}",
        ]
        for p in paras:
            y = pg.wrap(7, y, pg.w - 14, p, 10.5, ctx.body, lead=1.8, indent=7.4) + 2
    ppl: list[dict] = []
    if reply_people:
        ppl = [{"name": n, "rank": i + 1, "role": "attendee"} for i, n in enumerate(reply_people)]
        claim = rng.choice(reply_people)
    elif fam == "red-head":
        # the notice names the staff sent to it
        names_ = people(rng, rng.randint(2, 5))
        y = pg.wrap(25, y + 34, 160, "参训人员：" + "、".join(names_), 12.5, ctx.body, lead=1.8)
        ppl = [{"name": n, "rank": i + 1, "role": "attendee"} for i, n in enumerate(names_)]
        claim = rng.choice(names_)
    elif holder is None:
        # the claimant wrote a note on the printed notice
        holder = people(rng, 1)[0]
        pg.text(pg.w - 14, pg.h - 22, f"参训人：{holder}", 14, ctx.hand, "r", (30, 40, 120))
        claim = holder
    else:
        claim = holder
    fields = dict(
        holder=holder,
        people=ppl,
        title=t,
        issuer=org,
        issued_on=issued,
        period={"start": a.isoformat(), "end": b.isoformat()},
        hours_stated=float(h),
    )
    return Doc(
        "training_notice",
        f"notice3-{fam}",
        [pg, *extra_pages],
        fields,
        scored,
        {"person": claim, "year": a.year},
        category=None,
    )


def _greedy(s: str, font: str, size: float, w: float) -> list[str]:
    out, cur = [], ""
    for ch in s:
        if cur and width_mm(cur + ch, font, size) > w:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    return out + ([cur] if cur else [])


def _split(s: str, font: str, size: float, w: float) -> list[str]:
    """Lines of at most w mm, balanced so that a heading never leaves one character on its last line."""
    lines = _greedy(s, font, size, w)
    if len(lines) < 2:
        return lines
    target = width_mm(s, font, size) / len(lines) + width_mm("国", font, size)
    even = _greedy(s, font, size, min(w, target))
    return even if len(even) == len(lines) else lines


# ================================================================================================
# qualification certificates
# ================================================================================================
QL_LAYOUT = V(
    "t3.layout.qual",
    ["graduation", "master", "doctor", "self-study", "computer", "postgrad", "grad-postgrad"],
)
MAJORS = [
    "临床医学",
    "护理学",
    "土木工程",
    "农学",
    "园艺",
    "汉语言文学",
    "会计学",
    "计算机科学与技术",
    "环境工程",
    "动物医学",
    "数学与应用数学",
    "机械设计制造及其自动化",
]
MASTER = {
    "作物学": "农学",
    "临床医学": "医学",
    "结构工程": "工学",
    "环境科学与工程": "工学",
    "教育学原理": "教育学",
    "植物保护": "农学",
    "公共卫生与预防医学": "医学",
}
SELF_COURSES = [
    "管理学原理",
    "大学语文",
    "中国近现代史纲要",
    "马克思主义基本原理概论",
    "英语（二）",
    "计算机应用基础",
    "经济法概论",
    "高等数学（工本）",
    "护理学导论",
    "线性代数",
]
CMP_MODULES = [
    "Word 2016中文字处理",
    "Excel 2016中文电子表格",
    "PowerPoint 2016中文演示文稿",
    "Internet应用",
    "Windows 7操作系统",
    "WPS Office办公组合",
]


def _photo(pg: Page, x: float, y: float, w: float = 30, h: float = 40) -> None:
    pg.rect(x, y, x + w, y + h, 0.3, (120, 120, 120), fill=(214, 226, 240))
    pg.rect(x + w * 0.3, y + h * 0.18, x + w * 0.7, y + h * 0.55, 0, fill=(120, 110, 100))
    pg.rect(x + w * 0.15, y + h * 0.6, x + w * 0.85, y + h, 0, fill=(50, 60, 80))


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.layout(QL_LAYOUT)
    prov, city = place(rng, ("山东", "河南", "湖南", "江苏", "湖北"))
    holder = people(rng, 1)[0]
    sex = rng.choice(["男", "女"])
    born = dt.date(rng.randint(1975, 1998), rng.randint(1, 12), rng.randint(1, 28))
    ds = ctx.p(DATE)
    uni = college(rng, prov)
    kind, subject, modules = "graduation", None, None
    issuer = uni
    scored = [
        "holder",
        "issuer",
        "issued_on",
        "qualification.kind",
        "qualification.subject",
        "qualification.modules",
    ]
    if fam == "graduation":
        pg = Page(*A4L)
        border(pg, "band", (120, 30, 30))
        centre(
            pg,
            24,
            ctx.p(V("t3.q.grad", ["毕 业 证 书", "普通高等学校毕业证书"])),
            26,
            ctx.bold,
            (130, 20, 20),
        )
        _photo(pg, 36, 50)
        subject = rng.choice(MAJORS)
        y0 = rng.randint(2008, 2020)
        end = dt.date(y0 + 4, 6, rng.randint(20, 30))
        born_s = fd(born, "han") if ds.startswith("han") else fd(born, "cn")
        txt = (
            f"学生{holder}，性别{sex}，{born_s}生，于{fm(y0, 9, ds)}至{fm(y0 + 4, 6, ds)}在本校{subject}专业"
            f"四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
        )
        pg.wrap(80, 56, 180, txt, 14.5, ctx.body, lead=2.0, indent=10)
        pg.text(80, 140, f"校（院）长：{people(rng, 1)[0]}", 13, ctx.body)
        pg.text(
            80,
            150,
            f"证书编号：{rng.randint(10000, 14999)}1{end.year}0{rng.randint(5, 6)}{rng.randint(100000, 999999)}",
            11,
            ctx.body,
        )
        pg.text(pg.w - 40, 150, fd(end, ds), 13, ctx.body, "r")
        pg.text(pg.w - 40, 140, uni, 13, ctx.body, "r")
        pg.seal(pg.w - 60, 140, 19, uni, rng.randint(0, 10**6))
        issued = end.isoformat()
        year = end.year
    elif fam in ("master", "doctor"):
        pg = Page(*A4)
        border(pg, "double", (30, 80, 60))
        word = "硕士" if fam == "master" else "博士"
        kind = "master_degree" if fam == "master" else "doctor_degree"
        centre(pg, 40, f"{word}学位证书", 28, ctx.bold, (30, 80, 60))
        _photo(pg, 85, 62, 40, 52)
        subject, disc = rng.choice(list(MASTER.items()))
        end = dt.date(rng.randint(2010, 2024), 6, rng.randint(10, 30))
        lead = (
            "完成硕士学位的课程学习，成绩合格；通过论文答辩"
            if fam == "master"
            else "通过博士学位的课程考试和论文答辩，成绩合格"
        )
        txt = (
            f"{holder}，{sex}，{fm(born.year, born.month, 'cn')}生。在{subject}学科（专业）{lead}。"
            f"经审核，符合《中华人民共和国学位条例》的规定，授予{disc}{word}学位。"
        )
        pg.wrap(30, 132, 150, txt, 14, ctx.body, lead=2.0, indent=10)
        pg.text(30, 215, f"{uni}", 13, ctx.body)
        pg.text(30, 225, f"学位评定委员会主席：{people(rng, 1)[0]}", 13, ctx.body)
        pg.text(
            30,
            240,
            f"证书编号：{rng.randint(10000, 14999)}{rng.randint(2, 3)}{end.year}{rng.randint(100000, 999999)}",
            11,
            ctx.body,
        )
        pg.text(180, 240, fd(end, ds), 13, ctx.body, "r")
        pg.seal(70, 222, 19, uni, rng.randint(0, 10**6))
        issued = end.isoformat()
        year = end.year
    elif fam == "self-study":
        pg = Page(150.0, 105.0)
        kind = "self_study_exam"
        issuer = f"{prov}省高等教育自学考试委员会"
        pg.rect(5, 5, pg.w - 5, pg.h - 5, 0.6, (40, 90, 40))
        centre(pg, 10, "高等教育自学考试", 12, ctx.bold)
        centre(pg, 16.5, "单科合格证书", 17, ctx.bold)
        n = rng.randint(1, 3)
        mods = rng.sample(SELF_COURSES, n)
        ex = rdate(rng, 2016, 2024)
        mon = rng.choice([4, 10])
        rows = [
            ["准考证号", f"{rng.randint(10, 99)}0{rng.randint(1000000, 9999999)}", "姓名", holder],
            ["课程代码", "课程名称", "成绩", "考试时间"],
        ]
        for m in mods:
            rows.append(
                [
                    f"{rng.randint(1, 13999):05d}",
                    m,
                    "合格" if rng.random() < 0.4 else str(rng.randint(60, 92)),
                    fm(ex.year, mon, ds),
                ]
            )
        y = pg.table(10, 28, [24, 56, 24, 26], rows, 9.5, ctx.body, row_h=8)
        pg.text(pg.w - 14, y + 6, issuer, 10.5, ctx.body, "r")
        pg.text(pg.w - 14, y + 12, fm(ex.year, mon + 1, ds), 10.5, ctx.body, "r")
        pg.seal(pg.w - 40, y + 10, 13, issuer, rng.randint(0, 10**6))
        modules = mods
        issued = f"{ex.year}-{mon + 1:02d}"
        year = ex.year
    elif fam == "computer":
        pg = Page(*A4L)
        kind = "computer_exam"
        issuer = "人力资源和社会保障部人事考试中心"
        border(pg, "thin")
        centre(pg, 26, "全国专业技术人员计算机应用能力考试", 20, ctx.bold)
        centre(pg, 40, "合 格 证 书", 28, ctx.bold, (20, 60, 130))
        _photo(pg, 30, 62)
        mods = rng.sample(CMP_MODULES, rng.randint(1, 3))
        ex = rdate(rng, 2015, 2022)
        pairs = [
            ("姓　　名", holder),
            ("性　　别", sex),
            ("出生日期", fd(born, ds)),
            ("考试科目", "、".join(mods)),
            ("证书编号", f"{rng.randint(10**11, 10**12 - 1)}"),
        ]
        y = 66.0
        for lab, val in pairs:
            pg.text(75, y, f"{lab}：{val}", 14, ctx.body)
            y += 11
        pg.text(pg.w - 40, 160, issuer, 13, ctx.body, "r")
        pg.text(pg.w - 40, 170, fd(ex, ds), 13, ctx.body, "r")
        pg.seal(pg.w - 75, 163, 19, issuer[:15], rng.randint(0, 10**6))
        modules = mods
        issued = ex.isoformat()
        year = ex.year
    elif fam == "grad-postgrad":
        # a graduate-school diploma: portrait, photo at the top right, the text in a long paragraph
        pg = Page(*A4)
        border(pg, "double", (110, 30, 30))
        centre(pg, 30, "研究生毕业证书", 26, ctx.bold, (110, 30, 30))
        _photo(pg, 150, 50, 32, 42)
        subject = rng.choice(list(MASTER))
        y0 = rng.randint(2008, 2021)
        end = dt.date(y0 + 3, 6, rng.randint(15, 30))
        txt = (
            f"研究生{holder}，{sex}，{fd(born, ds)}生，于{fm(y0, 9, ds)}至{fm(end.year, 6, ds)}在{subject}专业学习，"
            f"学制三年，修完硕士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。"
        )
        pg.wrap(28, 104, 154, txt, 14, ctx.body, lead=2.0, indent=10)
        pg.text(28, 200, f"培养单位：{uni}", 13, ctx.body)
        pg.text(28, 210, f"校长：{people(rng, 1)[0]}", 13, ctx.body)
        pg.text(
            28,
            245,
            f"证书编号：{rng.randint(10000, 14999)}1{end.year}{rng.randint(10**6, 10**7 - 1)}",
            11,
            ctx.body,
        )
        pg.text(182, 245, fd(end, ds), 13, ctx.body, "r")
        pg.seal(80, 205, 19, uni, rng.randint(0, 10**6))
        issued = end.isoformat()
        year = end.year
    else:  # postgrad courses
        pg = Page(*A4L)
        kind = "postgraduate_courses"
        border(pg, "corners", (30, 60, 130))
        centre(pg, 30, "研究生课程进修班", 20, ctx.bold)
        centre(pg, 44, "结 业 证 书", 28, ctx.bold)
        subject = rng.choice(list(MASTER))
        a = dt.date(rng.randint(2012, 2022), 9, 1)
        end = dt.date(a.year + 2, 7, rng.randint(1, 20))
        txt = (
            f"{holder}同志于{fm(a.year, a.month, ds)}至{fm(end.year, end.month, ds)}参加我校{subject}专业研究生课程进修班学习，"
            f"修完规定的全部课程，成绩合格，准予结业。"
        )
        pg.wrap(50, 72, 200, txt, 15, ctx.body, lead=2.0, indent=10.5)
        _sign(pg, ctx, uni, fd(end, ds), 140, pg.w - 40, 14)
        issued = end.isoformat()
        year = end.year
    if modules is None:
        scored.remove("qualification.modules")
    if subject is None:
        scored.remove("qualification.subject")
    fields = dict(
        holder=holder,
        issuer=issuer,
        issued_on=issued,
        qualification={"kind": kind, "subject": subject, "modules": modules},
    )
    return Doc(
        "qualification_certificate", f"qual3-{fam}", [pg], fields, scored, {"person": holder, "year": year}
    )


# ================================================================================================
# other documents (not proofs)
# ================================================================================================
OT_LAYOUT = V(
    "t3.layout.other", ["invoice", "unrelated-notice", "intro-letter", "travel-form", "receipt", "minutes"]
)


def other(ctx: Ctx, k: int) -> Doc:
    rng = ctx.rng
    fam = ctx.layout(OT_LAYOUT)
    prov, city = place(rng)
    ds = ctx.p(DATE)
    d = rdate(rng, 2018, 2025)
    who = people(rng, 3)
    org = workplace(rng, city)
    if fam == "invoice":
        pg = Page(210.0, 140.0)
        brown = (150, 80, 40)
        centre(pg, 8, f"{prov}增值税电子普通发票", 17, ctx.bold, brown)
        pg.line(70, 18, 140, 18, 0.5, brown)
        pg.line(70, 19, 140, 19, 0.5, brown)
        pg.text(150, 10, f"发票代码：0{rng.randint(10**10, 10**11 - 1)}", 8.5, ctx.body)
        pg.text(150, 15, f"发票号码：{rng.randint(10**7, 10**8 - 1)}", 8.5, ctx.body)
        pg.text(150, 20, f"开票日期：{d.year}年{d.month:02d}月{d.day:02d}日", 8.5, ctx.body)
        rows = [
            ["购买方", f"名称：{org}", "密码区", ""],
            ["", f"纳税人识别号：12{rng.randint(10**15, 10**16 - 1)}", "", ""],
        ]
        y = pg.table(8, 28, [18, 110, 18, 48], rows, 8.5, ctx.body, row_h=8, lw=0.3)
        amt = rng.choice([300, 480, 600, 800, 1200])
        rows = [
            ["货物或应税劳务名称", "规格型号", "单位", "数量", "单价", "金额"],
            [
                rng.choice(["*非学历教育服务*培训费", "*会议服务*会务费", "*餐饮服务*餐费"]),
                "",
                "人次",
                "1",
                f"{amt:.2f}",
                f"{amt:.2f}",
            ],
            ["合　计", "", "", "", "", f"¥{amt:.2f}"],
        ]
        y = pg.table(8, y, [60, 26, 18, 18, 34, 38], rows, 8.5, ctx.body, row_h=8)
        pg.text(10, y + 4, f"收款人：{who[0]}　　复核：{who[1]}　　开票人：{who[2]}", 8.5, ctx.body)
        pg.seal(170, y + 6, 11, f"{city}市会务服务有限公司", rng.randint(0, 10**6))
        holder = who[0]
    elif fam == "unrelated-notice":
        pg = Page(*A4)
        topic = rng.choice(
            ["暑期安全工作", "办公楼电梯检修", "年度职工体检", "国庆节放假安排", "食堂就餐管理"]
        )
        y = centre(pg, 28, f"关于{topic}的通知", 18, ctx.bold) + 6
        pg.text(25, y, "各科室：", 13, ctx.body)
        y += 9
        txt = [
            f"根据工作安排，现就{topic}有关事项通知如下。",
            f"一、请各科室于{fd(d, ds)}前做好相关准备。",
            "二、各科室负责人要高度重视，认真落实。",
            f"联系人：{who[0]}，联系电话：{rng.randint(2000000, 8999999)}。",
        ]
        for t in txt:
            y = pg.wrap(25, y, 160, t, 13, ctx.body, lead=1.9, indent=9)
        _sign(pg, ctx, f"{org}办公室", fd(d, ds), y + 14)
        holder = who[0]
    elif fam == "intro-letter":
        pg = Page(*A4)
        centre(pg, 30, "介 绍 信", 22, ctx.bold)
        y = 52.0
        pg.text(25, y, f"{rng.choice(CITIES[prov])}市档案馆：", 13, ctx.body)
        y += 10
        txt = f"兹介绍我单位{who[0]}同志等{rng.randint(1, 3)}人前往贵处联系查阅档案事宜，请予接洽为盼。"
        y = pg.wrap(25, y, 160, txt, 13, ctx.body, lead=2.0, indent=9)
        pg.text(34, y + 3, "此致", 13, ctx.body)
        pg.text(25, y + 12, "敬礼！", 13, ctx.body)
        pg.text(25, y + 22, f"（有效期{rng.randint(3, 15)}天）", 11, ctx.body)
        _sign(pg, ctx, org, fd(d, ds), y + 36)
        holder = who[0]
    elif fam == "travel-form":
        pg = Page(*A4)
        centre(pg, 22, f"{org}", 14, ctx.body)
        centre(pg, 32, "出差审批单", 20, ctx.bold)
        rows = [
            ["出差人", who[0], "所在科室", rng.choice(["办公室", "业务科", "检验科", "技术部"])],
            ["出差地点", rng.choice(CITIES[prov]) + "市", "出差时间", fd(d, ds)],
            ["出差事由", "业务洽谈", "交通工具", rng.choice(["火车", "汽车", "飞机"])],
            ["科室意见", "同意", "领导审批", ""],
        ]
        y = pg.table(20, 46, [30, 55, 30, 55], rows, 12, ctx.body, row_h=14)
        pg.text(150, 46 + 3 * 14 + 4, who[1], 14, ctx.hand, color=(20, 20, 120))
        pg.text(20, y + 8, "注：出差返回后五个工作日内办理报销手续。", 10.5, ctx.body)
        holder = who[0]
    elif fam == "minutes":
        pg = Page(*A4)
        centre(pg, 24, "会 议 纪 要", 20, ctx.bold)
        rows = [
            ["会议时间", fd(d, ds), "会议地点", rng.choice(PLACES)],
            ["主持人", who[1], "记录人", who[0]],
            ["参会人员", "、".join(people(rng, rng.randint(4, 8), set(who))), "", ""],
        ]
        y = pg.table(20, 40, [26, 64, 26, 54], rows, 11, ctx.body, row_h=11) + 8
        items = [
            "一、传达上级关于安全生产工作的有关要求。",
            "二、研究本季度科室设备采购计划，原则同意按程序报批。",
            "三、通报近期考勤情况，要求严格执行请销假制度。",
        ]
        pg.text(20, y, "会议内容：", 12, ctx.bold)
        y += 8
        for it in items:
            y = pg.wrap(24, y, 162, it, 12, ctx.body, lead=1.9)
        holder = who[0]
    else:  # receipt
        pg = Page(190.0, 95.0)
        centre(pg, 8, "收 款 收 据", 18, ctx.bold, (160, 30, 30))
        pg.text(150, 10, f"No.{rng.randint(1000000, 9999999)}", 10, ctx.body, "l", (160, 30, 30))
        pg.text(12, 22, f"{fd(d, ds)}", 11, ctx.body)
        amt = rng.choice([50, 120, 200, 350])
        rows = [
            ["交款单位（人）", who[0]],
            ["收款事由", rng.choice(["资料费", "会员费", "场地押金"])],
            ["金额（大写）", rng.choice(["伍拾元整", "壹佰贰拾元整", "贰佰元整", "叁佰伍拾元整"])],
            ["¥", f"{amt:.2f}"],
        ]
        y = pg.table(12, 30, [50, 116], rows, 11, ctx.body, row_h=10)
        pg.text(12, y + 4, f"收款单位（盖章）：{org}　　经手人：", 10, ctx.body)
        pg.text(150, y + 3, who[1], 13, ctx.hand, color=(20, 20, 120))
        pg.seal(60, y + 4, 12, org, rng.randint(0, 10**6))
        holder = who[0]
    fields = dict(holder=holder)
    return Doc("other", f"other3-{fam}", [pg], fields, [], {"person": holder, "year": d.year})
