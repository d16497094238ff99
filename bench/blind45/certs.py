"""Draw 45's certificates, sign-in sheets, notices, qualifications and stray papers."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame
from bench.blind.page import Page, width_mm
from bench.blind45 import kit
from bench.blind45.kit import head, kv, para, sign
from bench.blind45.pools import (
    PLATFORMS,
    PUBLIC_TOPICS,
    Ctx,
    address,
    after,
    day,
    fd,
    fm,
    hours,
    hs,
    iso,
    mobile,
    people,
    phone,
    pick,
    pro,
    serial,
    style,
    variant,
)  # fmt: skip
from bench.generator.truth import person

RED = (190, 30, 35)
GREY = (95, 95, 95)


def _claim(name: str, year: int) -> dict:
    return {"person": name, "year": year}


def _period(a, b) -> dict:  # noqa: ANN001
    return {"start": iso(a), "end": iso(b)}


def _range(a, b, st: str, sep: str = "至") -> str:  # noqa: ANN001
    return f"{fd(a, st)}{sep}{fd(b, st)}"


# ---- training certificates ----------------------------------------------------------------------
CERT_SUFFIX = ("培训班", "专题培训", "高级研修班", "继续教育培训班", "能力提升培训", "专项培训")


def training_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "training_certificate")
    p = pro(ctx)
    who = people(ctx, 1)[0]
    cat = ("public", "professional", None)[k % 3]
    if cat == "public":
        topic, catword = pick(ctx, "pubtopic", PUBLIC_TOPICS), pick(ctx, "pubword", ("公需科目", "公需课"))
    else:
        topic = p.topic
        catword = pick(ctx, "proword", ("专业科目", "专业课")) if cat else None
    a = day(ctx, 2018, 2024)
    b = after(ctx, a, 0, 4)
    issued = after(ctx, b, 0, 15)
    h = hours(ctx)
    st = style(ctx)
    issuer = p.organiser
    title = topic + pick(ctx, "certsuffix", CERT_SUFFIX)
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    no = serial(ctx, pick(ctx, "certno", ("No.", "编号：", "证书编号：", "TA", "YT-")), 9)
    pages: list[Page] = []

    if v == "framed":
        pg = Page()
        frame(pg, ctx, ctx.rng.choice((1, 2, 3)))
        pg.text(pg.w - 24, 22, no, 9, ctx.body, "r", GREY)
        y = head(pg, ctx, 50, pick(ctx, "certhead", ("结业证书", "培训证书", "合格证书")), 34, RED)
        y += 18
        pg.text(30, y, who, 16, ctx.hand)
        pg.text(30 + width_mm(who, ctx.hand, 16) + 2, y + 1, "同志：", 13, ctx.body)
        y += 14
        body = (f"于{_range(a, b, st)}参加由{issuer}举办的“{title}”，完成规定课程学习，经考核合格，"
                f"共计{hs(h)}学时。" + (f"（{catword}）" if catword else "") + "特发此证。")  # fmt: skip
        y = para(pg, ctx, 30, y, pg.w - 60, body, 14, lead=2.0)
        sign(pg, ctx, pg.w - 30, 225, issuer, fd(issued, st), 13)
    elif v == "landscape":
        pg = Page(w=297, h=210)
        frame(pg, ctx, ctx.rng.choice((2, 3)))
        head(pg, ctx, 28, "培  训  证  书", 30, RED)
        kit.photo_box(pg, ctx, 34, 62)
        pairs = [("姓    名", who), ("工作单位", p.work), ("培训项目", title), ("培训时间", _range(a, b, st, " — ")),
                 ("培训学时", f"{hs(h)}学时")]  # fmt: skip
        if catword:
            pairs.append(("科目类别", catword))
        kv(pg, ctx, 72, 62, pairs, 13, label_w=30, hand={"姓    名"}, gap=2.1)
        sign(pg, ctx, pg.w - 36, 150, issuer, fd(issued, st), 13)
        pg.text(30, 186, no, 9, ctx.body, "l", GREY)
        pg.text(30, 191, f"联系电话：{phone(ctx, p.city)}", 8, ctx.body, "l", GREY)
    elif v == "platform":
        issuer = pick(ctx, "platform", PLATFORMS)
        title = topic
        pg, y = kit.web_page(ctx, issuer, "https://jxjy.example.cn/cert/print?id=" + serial(ctx, "", 10))
        y = head(pg, ctx, y + 4, "继续教育学时证明", 22)
        y = kv(pg, ctx, 40, y + 8, [("姓名", who), ("身份证号", "3709" + "*" * 10 + serial(ctx, "", 4)),
                                   ("工作单位", p.work), ("课程名称", title),
                                   ("学习时间", _range(a, b, st, " ~ ")), ("获得学时", hs(h))]
               + ([("科目类别", catword)] if catword else []), 12, label_w=28)  # fmt: skip
        pg.text(40, y + 6, f"证明日期：{fd(issued, st)}", 11, ctx.body)
        kit.seal(pg, ctx, pg.w - 70, y - 10, issuer)
        kit.qr(pg, ctx, pg.w - 50, 50, 22, "扫码验证真伪")
        pg.text(pg.w / 2, pg.h - 8, f"本证明由{issuer}系统生成 · 打印次数 1", 8, ctx.body, "c", GREY)
    elif v == "phone":
        issuer = pick(ctx, "platform", PLATFORMS)
        title = topic
        scored = ["holder", "title", "issuer", "issued_on", "hours_stated"]
        pg, y = kit.phone_page(ctx, "我的证书")
        pg.rect(5, y, pg.w - 5, y + 92, 0.6, (180, 140, 60), (255, 251, 240))
        y = head(pg, ctx, y + 6, "电子结业证书", 13, RED)
        pg.text(pg.w / 2, y + 2, who, 13, ctx.bold, "c")
        y = para(pg, ctx, 9, y + 12, pg.w - 18, f"完成“{title}”课程学习，考核合格，获得{hs(h)}学时。", 8.5, lead=1.7)
        if catword:
            y = kit.line(pg, ctx, 9, y + 1, f"类别：{catword}", 8.5)
        y = kit.line(pg, ctx, 9, y + 2, f"颁发机构：{issuer}", 7.5)
        kit.line(pg, ctx, 9, y, f"颁发日期：{fd(issued, st)}", 7.5)
        kit.seal(pg, ctx, pg.w - 20, y - 4, issuer, 10)
        pg.text(pg.w / 2, 120, no, 7, ctx.body, "c", GREY)
        pg.rect(10, 132, pg.w - 10, 142, 0, fill=(24, 120, 220))
        pg.text(pg.w / 2, 134.3, "保存证书到相册", 9, ctx.body, "c", (255, 255, 255))
    elif v == "table":
        pg = Page()
        y = head(pg, ctx, 30, pick(ctx, "tablehead", ("专业技术人员继续教育学时证明", "继续教育培训登记表", "培训学时认定表")), 18)
        rows = [["姓名", who, "职称", p.title], ["工作单位", p.work, "", ""], ["培训项目", title, "", ""],
                ["培训时间", _range(a, b, st), "", ""], ["学时", hs(h), "类别", catword or "—"],
                ["主办单位", issuer, "", ""]]  # fmt: skip
        x0, ws = 20, [30, 70, 25, 45]
        yy = y + 6
        for r in rows:
            if r[2] == "":
                pg.table(x0, yy, [ws[0], sum(ws[1:])], [[r[0], r[1]]], 11, ctx.body, 12)
            else:
                pg.table(x0, yy, ws, [r], 11, ctx.body, 12)
            yy += 12
        pg.text(x0 + 3, yy + 8, "经审核，该同志已完成上述培训，学时属实。", 11, ctx.body)
        sign(pg, ctx, pg.w - 30, yy + 30, issuer, fd(issued, st), 12)
        pg.text(x0, 280, f"注：本表一式两份，{pick(ctx, 'tablenote', ('单位存档一份', '交人事部门一份'))}。", 8, ctx.body, "l", GREY)
    else:  # bilingual
        pg = Page(w=297, h=210)
        frame(pg, ctx, 2)
        y = head(pg, ctx, 24, "结业证书", 28, RED)
        y = head(pg, ctx, y, "CERTIFICATE OF COMPLETION", 14, GREY)
        y = para(pg, ctx, 40, y + 8, pg.w - 80,
                 f"兹证明 {who} 于{_range(a, b, st)}参加{title}，修满{hs(h)}学时，成绩合格。"
                 + (f"本培训属{catword}。" if catword else ""), 13, lead=1.9)  # fmt: skip
        y = kit.words(pg, ctx, 40, y + 4, pg.w - 80,
                      f"This is to certify that {who} has completed the training programme ({hs(h)} credit hours) "
                      f"organised by the institution below.", 11)  # fmt: skip
        sign(pg, ctx, pg.w - 40, 150, issuer, fd(issued, st), 12)
        pg.text(36, 170, "负责人 / Director：", 11, ctx.body)
        pg.text(80, 169, people(ctx, 2)[1], 14, ctx.hand)
        pg.text(36, 185, no, 9, ctx.body, "l", GREY)
    pages = [pg]
    fields = {"holder": who, "title": title, "issuer": issuer, "issued_on": iso(issued), "hours_stated": h}
    if "period.start" in scored:
        fields["period"] = _period(a, b)
    return Doc("training_certificate", layout, pages, fields, scored, _claim(who, a.year), cat if catword else None)


# ---- sign-in sheets ---------------------------------------------------------------------------------
SIGN_SUFFIX = ("培训班", "专题培训会", "业务培训", "学术年会", "继续教育培训", "技能培训")


def _rows(ctx: Ctx, p, names: list[str]) -> list[tuple[str, str, str]]:  # noqa: ANN001
    from bench.blind45.pools import CITIES, PROFESSIONS

    works = PROFESSIONS[p.field][1]
    out = []
    for n in names:
        c = ctx.rng.choice(tuple(CITIES))
        out.append((n, ctx.rng.choice(works).format(city=c, county=ctx.rng.choice(CITIES[c])), ctx.rng.choice(PROFESSIONS[p.field][0])))
    return out


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "sign_in_sheet")
    p = pro(ctx)
    n = ctx.rng.randint(7, 13)
    allnames = people(ctx, n + 1)
    names, lecturer = allnames[:n], allnames[n]
    rows = _rows(ctx, p, names)
    a = day(ctx, 2018, 2024)
    b = a
    st = style(ctx)
    issuer = p.organiser
    title = f"{p.city}市{p.topic}{pick(ctx, 'signsuffix', SIGN_SUFFIX)}"
    place = pick(ctx, "venue", ("会议中心三楼报告厅", "培训楼201教室", "综合楼一楼多功能厅", "行政楼第二会议室", "实训基地报告厅"))
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    pages: list[Page] = []
    hand_sig = lambda pg, x, y, s: pg.text(x, y, s, 12, ctx.hand, "c", (25, 30, 90))  # noqa: E731

    def grid(pg: Page, x: float, y: float, ws: list[float], header: list[str], body: list[list[str]],
             sigcol: int | None, rh: float = 10.5) -> float:  # fmt: skip
        pg.table(x, y, ws, [header], 10.5, ctx.body, rh, header_font=ctx.bold)
        y += rh
        for r in body:
            cells = [c if i != sigcol else "" for i, c in enumerate(r)]
            pg.table(x, y, ws, [cells], 10, ctx.body, rh)
            if sigcol is not None and r[sigcol]:
                hand_sig(pg, x + sum(ws[:sigcol]) + ws[sigcol] / 2, y + 2.2, r[sigcol])
            y += rh
        return y

    if v in ("ruled", "twopage"):
        pg = Page()
        y = head(pg, ctx, 22, title, 15)
        y = head(pg, ctx, y, "签  到  表", 18)
        y = kv(pg, ctx, 18, y + 2, [("主办单位", issuer), ("时间", fd(a, st) + " 8:30"), ("地点", place)], 10.5)
        body = [[str(i + 1), n_, w, t, mobile(ctx), n_] for i, (n_, w, t) in enumerate(rows)]
        ws = [12, 24, 62, 32, 28, 26]
        hdr = ["序号", "姓名", "工作单位", "职称", "联系电话", "本人签字"]
        if v == "ruled":
            grid(pg, 16, y + 2, ws, hdr, body, 5)
            pg.text(18, 280, f"会务联系：{phone(ctx, p.city)}", 8.5, ctx.body, "l", GREY)
            pages = [pg]
        else:
            cut = max(4, n // 2)
            grid(pg, 16, y + 2, ws, hdr, body[:cut] + [["", "", "", "", "", ""]] * 3, 5)
            pg.text(pg.w / 2, 285, "第1页 共2页", 8.5, ctx.body, "c", GREY)
            pg2 = Page()
            pg2.text(18, 18, f"{title}签到表（续）", 11, ctx.body)
            y2 = grid(pg2, 16, 28, ws, hdr, body[cut:], 5)
            pg2.text(18, y2 + 10, "会务组核对人：", 10.5, ctx.body)
            pg2.text(48, y2 + 9, lecturer, 13, ctx.hand)
            pg2.text(pg2.w / 2, 285, "第2页 共2页", 8.5, ctx.body, "c", GREY)
            pages = [pg, pg2]
    elif v == "halfday":
        b = after(ctx, a, 1, 2)
        pg = Page(w=297, h=210)
        y = head(pg, ctx, 14, f"{title}学员签到表", 16)
        y = kv(pg, ctx, 20, y + 1, [("主办单位", issuer), ("培训日期", _range(a, b, st)), ("地点", place)], 10)
        days = (b - a).days + 1
        hdr = ["序号", "单位", "姓名"] + [f"第{i + 1}天{h}" for i in range(days) for h in ("上午", "下午")]
        ws = [12, 70, 30] + [(297 - 40 - 112) / (2 * days)] * (2 * days)
        pg.table(20, y + 2, ws, [hdr], 9.5, ctx.body, 9, header_font=ctx.bold)
        yy = y + 11
        for i, (n_, w, _) in enumerate(rows):
            pg.table(20, yy, ws, [[str(i + 1), w, ""] + [""] * (2 * days)], 9, ctx.body, 9)
            hand_sig(pg, 20 + 12 + 70 + 15, yy + 1.6, n_)
            for j in range(2 * days):
                if ctx.rng.random() < 0.9:
                    pg.text(20 + 112 + ws[3] * (j + 0.5), yy + 1.5, "√", 11, ctx.hand, "c", (25, 30, 90))
            yy += 9
        pages = [pg]
    elif v == "sidebyside":
        pg = Page(w=297, h=210)
        y = head(pg, ctx, 16, f"{title}签到簿", 17)
        y = kv(pg, ctx, 22, y + 1, [("主办", issuer), ("日期", fd(a, st))], 10.5)
        half = (n + 1) // 2
        ws = [12, 26, 58, 30]
        hdr = ["序号", "姓名", "单位", "签名"]
        left = [[str(i + 1), r[0], r[1], r[0]] for i, r in enumerate(rows[:half])]
        right = [[str(half + i + 1), r[0], r[1], r[0]] for i, r in enumerate(rows[half:])]
        grid(pg, 18, y + 2, ws, hdr, left, 3)
        grid(pg, 18 + sum(ws) + 8, y + 2, ws, hdr, right, 3)
        pg.text(22, 196, "说明：请参会人员本人签到，不得代签。", 8.5, ctx.body, "l", GREY)
        pages = [pg]
    elif v == "lecture":
        title = f"{p.topic}"
        pg = Page()
        y = head(pg, ctx, 22, pick(ctx, "lecthead", ("学术讲座签到表", "专题讲座签到单", "继续教育讲座签到")), 18)
        y = kv(pg, ctx, 20, y + 4, [("讲座题目", title), ("主讲人", f"{lecturer}  {p.title}"),
                                    ("主办单位", issuer), ("时间", fd(a, st) + " 14:30—17:00"), ("地点", place)], 11)  # fmt: skip
        body = [[str(i + 1), r[0], r[1], r[0]] for i, r in enumerate(rows)]
        grid(pg, 20, y + 3, [14, 30, 88, 38], ["序号", "姓名", "单位", "签到"], body, 3)
        pages = [pg]
    else:  # appexport
        pg, y = kit.phone_page(ctx, "签到详情")
        y = para(pg, ctx, 5, y, pg.w - 10, title, 9.5, indent=False, font=ctx.bold)
        y = kit.line(pg, ctx, 5, y + 1, f"发起：{issuer}", 7.5)
        y = kit.line(pg, ctx, 5, y, f"日期：{fd(a, st)}", 7.5)
        y = kit.line(pg, ctx, 5, y, f"已签到 {n} 人 · 未签到 {ctx.rng.randint(0, 5)} 人", 7.5, color=GREY)
        step = min(9.4, (156 - y) / n)
        for i, (n_, w, _) in enumerate(rows):
            pg.rect(4, y, pg.w - 4, y + step - 0.8, 0, fill=(255, 255, 255))
            pg.text(6, y + 0.8, f"{i + 1}. {n_}", 8, ctx.body)
            pg.text(6, y + 4.6, w[:16], 6, ctx.body, "l", GREY)
            pg.text(pg.w - 6, y + 2, f"08:{ctx.rng.randint(0, 59):02d}:{ctx.rng.randint(0, 59):02d}", 7, ctx.body, "r", (30, 140, 60))
            y += step
        pages = [pg]
    ppl = [person(n_, i + 1, "attendee") for i, n_ in enumerate(names)]
    fields = {"title": title, "issuer": issuer, "period": _period(a, b), "people": ppl}
    return Doc("sign_in_sheet", layout, pages, fields, scored, _claim(ctx.rng.choice(names), a.year))


# ---- training notices -------------------------------------------------------------------------------
def _docno(ctx: Ctx, issuer: str, year: int) -> str:
    short = pick(ctx, "docpre", ("泰应急", "烟农", "泰卫", "烟教", "鲁医会", "泰护学", "烟文旅", "泰建"))
    return f"{short}{pick(ctx, 'docmid', ('发', '字', '函', '通'))}〔{year}〕{ctx.rng.randint(3, 98)}号"


def training_notice(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "training_notice")
    p = pro(ctx)
    a = day(ctx, 2018, 2024)
    b = after(ctx, a, 1, 4)
    issued = after(ctx, a, -30, -7)
    st = style(ctx)
    h = hours(ctx)
    issuer = p.organiser
    title = f"{p.topic}{pick(ctx, 'noticesuffix', ('培训班', '研修班', '专题培训', '继续教育项目', '学术会议'))}"
    names = people(ctx, ctx.rng.randint(3, 7))
    lecturers = people(ctx, 9)[-3:]
    lecturers = [x for x in lecturers if not any(x in n or n in x for n in names)] or ["专家组"]
    holder = None
    ppl: list[str] = []
    scored = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    place = f"{p.city}市{pick(ctx, 'hotel', ('泰山宾馆', '东岳大酒店', '滨海国际酒店', '职业学院学术报告厅', '农业科技园培训中心'))}"
    cat = None
    catword = ""
    if ctx.rng.random() < 0.4:
        cat = pick(ctx, "noticecat", ("public", "professional"))
        catword = {"public": "公需科目", "professional": "专业科目"}[cat]

    def body_lines(pg: Page, y: float, with_names: bool, size: float = 11.5) -> float:
        x, w = 24, pg.w - 48
        y = kit.line(pg, ctx, x, y, "各有关单位：", size)
        y = para(pg, ctx, x, y, w, f"为进一步提升全市{p.title}等专业技术人员业务能力，经研究，决定举办{title}。现将有关事项通知如下：", size)  # fmt: skip
        y = para(pg, ctx, x, y, w, f"一、培训时间：{_range(a, b, st)}，{(b - a).days + 1}天。", size)
        y = para(pg, ctx, x, y, w, f"二、培训地点：{place}（{address(ctx, p.city)}）。", size)
        y = para(pg, ctx, x, y, w, f"三、培训内容：{p.topic}理论与实践、典型案例分析等。", size)
        if with_names:
            y = para(pg, ctx, x, y, w, "四、参训人员：" + "、".join(names) + "等同志。", size)
        else:
            y = para(pg, ctx, x, y, w, f"四、参训人员：各单位从事相关工作的{p.title}，每单位1—2名。", size)
        y = para(pg, ctx, x, y, w, f"五、学时认定：全程参加并考核合格者，计{hs(h)}学时" + (f"（{catword}）" if cat else "") + "。", size)
        y = para(pg, ctx, x, y, w, f"六、联系人：{lecturers[0]}，电话{phone(ctx, p.city)}。", size)
        return y

    if v == "redhead":
        pg = Page()
        pg.text(pg.w / 2, 26, f"{issuer}文件" if len(issuer) < 12 else issuer, 24 if len(issuer) < 12 else 20, ctx.bold, "c", RED)
        pg.text(pg.w / 2, 44, _docno(ctx, issuer, issued.year), 11, ctx.body, "c")
        pg.line(20, 52, pg.w - 20, 52, 1.0, RED)
        y = para(pg, ctx, 30, 60, pg.w - 60, f"关于举办{title}的通知", 17, indent=False, font=ctx.bold)
        ppl = names
        y = body_lines(pg, y + 4, True)
        y = sign(pg, ctx, pg.w - 30, y + 10, issuer, fd(issued, st), 12)
        pg.line(20, 270, pg.w - 20, 270, 0.3)
        pg.text(22, 272, f"抄送：{p.city}市人力资源和社会保障局", 10, ctx.body)
        pg.line(20, 279, pg.w - 20, 279, 0.3)
        pages = [pg]
    elif v == "invite":
        who = names[0]
        holder, ppl = who, [who]
        pg = Page()
        frame(pg, ctx, 1)
        y = head(pg, ctx, 30, "邀  请  函", 26, RED)
        pg.text(28, y + 8, who, 15, ctx.hand)
        pg.text(28 + width_mm(who, ctx.hand, 15) + 2, y + 9, f"{p.title}：", 12.5, ctx.body)
        y = para(pg, ctx, 28, y + 20, pg.w - 56,
                 f"您好！兹定于{_range(a, b, st)}在{place}举办“{title}”，特邀请您拨冗参加。本次培训完成后授予{hs(h)}学时"
                 + (f"，计入{catword}" if cat else "") + "。", 12.5, lead=1.9)  # fmt: skip
        y = para(pg, ctx, 28, y + 2, pg.w - 56, "请于开班前三日通过回执确认，食宿统一安排，费用自理。", 12.5, lead=1.9)
        sign(pg, ctx, pg.w - 32, y + 16, issuer, fd(issued, st), 12.5)
        kit.qr(pg, ctx, 28, 235, 20, "扫码填写回执")
        pages = [pg]
    elif v == "schedule":
        who = names[0]
        holder, ppl, cat = who, [], None
        scored = ["title", "issuer", "period.start", "period.end"]
        pg = Page(w=297, h=210)
        y = head(pg, ctx, 14, f"{title}日程安排", 17)
        pg.text(pg.w / 2, y, f"主办：{issuer}    时间：{_range(a, b, st)}    地点：{place}", 10, ctx.body, "c")
        rows = [["日期", "时间", "内容", "授课人"]]
        d = a
        topics = ("开班仪式及政策解读", f"{p.topic}（一）", f"{p.topic}（二）", "典型案例研讨", "现场教学", "结业考核")
        i = 0
        while d <= b and i < 10:
            for t in ("08:30—11:30", "14:00—17:00"):
                rows.append([fd(d, "cn")[5:], t, topics[i % len(topics)], lecturers[i % len(lecturers)]])
                i += 1
            d = after(ctx, d, 1, 1)
        pg.table(24, y + 10, [40, 40, 120, 46], rows, 10, ctx.body, 10, header_font=ctx.bold)
        pg.text(238, 10, f"{who} 已报名参加", 13, ctx.hand, "l", (25, 30, 110))
        pg.text(24, 196, "备注：日程如有调整，以现场通知为准。", 9, ctx.body, "l", GREY)
        pages = [pg]
    elif v == "roster":
        pg = Page()
        y = para(pg, ctx, 30, 28, pg.w - 60, f"关于举办{title}的通知", 17, indent=False, font=ctx.bold)
        pg.text(pg.w / 2, y, _docno(ctx, issuer, issued.year), 10.5, ctx.body, "c")
        ppl = names
        y = body_lines(pg, y + 10, False)
        y = kit.line(pg, ctx, 24, y + 2, "附件：参训人员名单", 11.5)
        sign(pg, ctx, pg.w - 30, y + 12, issuer, fd(issued, st), 12)
        pg2 = Page()
        kit.line(pg2, ctx, 22, 22, "附件", 13, font=ctx.bold)
        head(pg2, ctx, 34, "参训人员名单", 16)
        rows = [["序号", "姓名", "工作单位", "职称"]] + [[str(i + 1), r[0], r[1], r[2]] for i, r in enumerate(_rows(ctx, p, names))]
        pg2.table(22, 50, [16, 30, 82, 38], rows, 10.5, ctx.body, 10, header_font=ctx.bold)
        pages = [pg, pg2]
    elif v == "webpage":
        ppl = names
        pg, y = kit.web_page(ctx, issuer, "http://www.example.gov.cn/tzgg/" + serial(ctx, "", 6) + ".html", 230, 250)
        pg.text(14, y - 3, "首页 > 通知公告 > 正文", 8, ctx.body, "l", GREY)
        y = para(pg, ctx, 24, y + 4, pg.w - 48, f"关于举办{title}的通知", 15, indent=False, font=ctx.bold)
        pg.text(pg.w / 2, y, f"发布时间：{fd(issued, 'iso')}  来源：{issuer}  浏览次数：{ctx.rng.randint(80, 3000)}", 8, ctx.body, "c", GREY)
        pg.line(20, y + 6, pg.w - 20, y + 6, 0.2, (200, 200, 200))
        y = body_lines(pg, y + 10, True, 10.5)
        sign(pg, ctx, pg.w - 30, y + 8, issuer, fd(issued, st), 10.5, stamp=False)
        pg.text(pg.w / 2, pg.h - 8, f"版权所有：{issuer}  鲁ICP备{ctx.rng.randint(10000000, 99999999)}号", 7.5, ctx.body, "c", GREY)
        pages = [pg]
    else:  # annotated
        who = names[0]
        holder, ppl, cat = who, [], None
        pg = Page()
        y = head(pg, ctx, 30, "会 议 通 知", 22)
        y = para(pg, ctx, 24, y + 6, pg.w - 48, f"定于{_range(a, b, st)}召开{title}，请相关人员准时参加。会议期间安排专题讲座，参会人员计{hs(h)}学时。", 12)  # fmt: skip
        y = para(pg, ctx, 24, y, pg.w - 48, f"会议地点：{place}；报到时间：{fd(a, st)}上午8:00前。", 12)
        y = sign(pg, ctx, pg.w - 30, y + 12, issuer, fd(issued, st), 12)
        pg.text(120, y + 20, f"本人参加  {who}", 15, ctx.hand, "l", (30, 40, 120))
        pg.text(128, y + 30, fd(b, "dotshort"), 12, ctx.hand, "l", (30, 40, 120))
        pages = [pg]
    fields = {"title": title, "issuer": issuer, "period": _period(a, b), "holder": holder,
              "people": [person(n_, i + 1, "attendee") for i, n_ in enumerate(ppl)]}  # fmt: skip
    if "issued_on" in scored:
        fields["issued_on"] = iso(issued)
    if "hours_stated" in scored:
        fields["hours_stated"] = h
    claim = holder or ctx.rng.choice(ppl)
    return Doc("training_notice", layout, pages, fields, scored, _claim(claim, a.year), cat)


# ---- qualification certificates -------------------------------------------------------------------
MAJORS = {"mining": ("安全工程", "采矿工程"), "anaesthesia": ("麻醉学", "临床医学"), "paednurse": ("护理学", "助产学"),
          "english": ("英语", "英语语言文学"), "history": ("历史学", "中国史"), "fruit": ("园艺", "果树学"),
          "cost": ("工程造价", "工程管理"), "library": ("图书馆学", "信息资源管理"), "vet": ("动物医学", "临床兽医学")}  # fmt: skip
SCHOOLS = {"mining": "山东科技大学", "anaesthesia": "滨州医学院", "paednurse": "山东第一医科大学", "english": "鲁东大学",
           "history": "泰山学院", "fruit": "山东农业大学", "cost": "山东建筑大学", "library": "烟台大学",
           "vet": "青岛农业大学"}  # fmt: skip
SELF_COURSES = ("马克思主义基本原理概论", "中国近现代史纲要", "英语（二）", "内科护理学（二）", "管理学原理", "计算机应用基础",
                "中国古代史", "工程经济", "文献检索", "动物生理学", "果树栽培学", "外科护理学")  # fmt: skip
MODULES = ("Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Internet应用", "Windows 7操作系统", "AutoCAD 2008制图软件")  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "qualification_certificate")
    p = pro(ctx)
    who = people(ctx, 2)
    who, head_name = who[0], who[1]
    major = ctx.rng.choice(MAJORS[p.field])
    school = SCHOOLS[p.field]
    y2 = ctx.rng.randint(2005, 2023)
    st = style(ctx)
    sex = ctx.rng.choice("男女")
    birth = f"{y2 - ctx.rng.randint(21, 30)}年{ctx.rng.randint(1, 12)}月{ctx.rng.randint(1, 28)}日"
    no = serial(ctx, "", 17)
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    modules = None
    subject: str | None = major
    if v == "diploma":
        kind, issuer = "graduation", school
        iso_d = dt.date(y2, 6, ctx.rng.randint(20, 30))
        pg = Page()
        frame(pg, ctx, 2)
        head(pg, ctx, 40, "普通高等学校", 16)
        head(pg, ctx, 52, "毕 业 证 书", 30)
        kit.photo_box(pg, ctx, 32, 78)
        y = para(pg, ctx, 30, 122, pg.w - 60,
                 f"学生 {who}，性别{sex}，{birth}生，于{y2 - 4}年9月至{y2}年6月在本校{major}专业四年制本科学习，"
                 f"修完教学计划规定的全部课程，成绩合格，准予毕业。", 13, lead=2.0)  # fmt: skip
        pg.text(30, y + 16, f"校名：{school}", 13, ctx.body)
        pg.text(30, y + 26, "校（院）长：", 13, ctx.body)
        pg.text(60, y + 25, head_name, 15, ctx.hand)
        kit.seal(pg, ctx, 150, y + 22, school, 20)
        pg.text(pg.w - 30, y + 40, fd(iso_d, st), 13, ctx.body, "r")
        pg.text(30, 262, f"证书编号：{no}", 11, ctx.body)
        iso_v = iso(iso_d)
    elif v == "degree":
        kind, issuer = "master_degree", school
        month_only = ctx.rng.random() < 0.5
        dd = dt.date(y2, 6, ctx.rng.randint(10, 30))
        iso_v = f"{y2}-06" if month_only else iso(dd)
        ds = fm(y2, 6, st) if month_only else fd(dd, st)
        pg = Page(w=297, h=210)
        frame(pg, ctx, 3)
        head(pg, ctx, 26, "硕士学位证书", 28, RED)
        kit.photo_box(pg, ctx, 36, 62)
        deg = {"mining": "工学", "anaesthesia": "医学", "paednurse": "护理学", "english": "文学", "history": "历史学",
               "fruit": "农学", "cost": "管理学", "library": "管理学", "vet": "农学"}[p.field]  # fmt: skip
        para(pg, ctx, 74, 62, 190,
             f"{who}，{sex}，{birth}生。在{school}{major}专业完成了硕士研究生的学习计划，成绩合格，通过了硕士学位论文答辩，"
             f"根据《中华人民共和国学位条例》的规定，授予{deg}硕士学位。", 13, lead=2.0)  # fmt: skip
        pg.text(74, 140, f"{school}", 13, ctx.body)
        pg.text(74, 152, "学位评定委员会主席", 13, ctx.body)
        pg.text(124, 151, head_name, 15, ctx.hand)
        kit.seal(pg, ctx, 100, 146, school, 20)
        pg.text(230, 165, ds, 13, ctx.body, "c")
        pg.text(36, 186, f"证书编号：{no[:16]}", 10, ctx.body)
    elif v == "courses":
        kind, issuer = "postgraduate_courses", school
        dd = dt.date(y2, ctx.rng.choice((1, 6, 7, 12)), ctx.rng.randint(1, 28))
        iso_v = iso(dd)
        pg = Page()
        frame(pg, ctx, 1)
        head(pg, ctx, 44, "研究生课程进修班", 18)
        head(pg, ctx, 58, "结 业 证 书", 28)
        y = para(pg, ctx, 30, 96, pg.w - 60,
                 f"{who}同志于{y2 - 2}年9月至{dd.year}年{dd.month}月在我校参加{major}专业研究生课程进修班学习，"
                 f"修完规定的全部学位课程，考试成绩合格，准予结业。", 13, lead=2.0)  # fmt: skip
        rows = [["课程名称", "学分", "成绩"]] + [[c, str(ctx.rng.randint(2, 4)), str(ctx.rng.randint(72, 95))] for c in ("自然辩证法概论", "学位英语", f"{major}前沿专题")]  # fmt: skip
        y = pg.table(40, y + 6, [70, 30, 30], rows, 10.5, ctx.body, 9)
        sign(pg, ctx, pg.w - 34, y + 18, school, fd(dd, st), 12.5, extra=["研究生院"])
        pg.text(30, 270, f"编号：{no[:12]}", 10, ctx.body)
    elif v == "selfstudy":
        kind, issuer = "self_study_exam", "山东省高等教育自学考试委员会"
        dd = dt.date(y2, ctx.rng.choice((4, 10, 11)), ctx.rng.randint(1, 28))
        iso_v = iso(dd)
        mods = ctx.rng.sample(SELF_COURSES, ctx.rng.randint(1, 3))
        modules = mods
        scored.append("qualification.modules")
        pg = Page(w=210, h=148)
        frame(pg, ctx, 1)
        head(pg, ctx, 16, "高等教育自学考试单科合格证书", 17)
        kv(pg, ctx, 22, 34, [("姓名", who), ("准考证号", no[:12]), ("专业", major)], 11)
        rows = [["课程代码", "课程名称", "成绩", "考试时间"]] + [[f"{ctx.rng.randint(100, 9999):05d}", m, str(ctx.rng.randint(60, 92)), fm(dd.year, dd.month, "dot")] for m in mods]  # fmt: skip
        y = pg.table(22, 56, [26, 70, 20, 38], rows, 10, ctx.body, 8.5)
        sign(pg, ctx, pg.w - 28, y + 8, issuer, fd(dd, st), 11)
    elif v == "computer":
        kind, issuer = "computer_exam", "人力资源和社会保障部人事考试中心"
        subject = None
        scored.remove("qualification.subject")
        scored.append("qualification.modules")
        dd = dt.date(y2, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
        iso_v = iso(dd)
        mod = ctx.rng.choice(MODULES)
        modules = [mod]
        pg = Page(w=190, h=125)
        pg.rect(6, 6, pg.w - 6, pg.h - 6, 0.8, (40, 90, 150))
        head(pg, ctx, 12, "全国专业技术人员计算机应用能力考试", 13)
        head(pg, ctx, 21, "合  格  证", 20, (40, 90, 150))
        kit.photo_box(pg, ctx, 18, 40, 22, 29)
        kv(pg, ctx, 48, 40, [("姓    名", who), ("身份证号", "3709" + no[4:14] + "****"), ("考试科目", mod),
                             ("考试日期", fd(after(ctx, dd, -40, -20), st)), ("证书编号", no[:15])], 10)  # fmt: skip
        sign(pg, ctx, pg.w - 22, 94, issuer, fd(dd, st), 9.5)
    else:  # chsi
        kind, issuer = "graduation", school
        dd = dt.date(y2, 6, ctx.rng.randint(20, 30))
        iso_v = iso(dd)
        pg, y = kit.phone_page(ctx, "学信网", bar=(0, 126, 200))
        y = para(pg, ctx, 5, y, pg.w - 10, "教育部学历证书电子注册备案表", 9.5, indent=False, font=ctx.bold)
        kv(pg, ctx, 6, y + 2, [("姓名", who), ("性别", sex), ("出生日期", birth), ("入学日期", f"{y2 - 4}年09月01日"),
                               ("毕(结)业日期", fd(dd, st)), ("学校名称", school), ("专业", major), ("学制", "4年"),
                               ("层次", "本科"), ("学历类别", "普通高等教育"), ("毕(结)业", "毕业"),
                               ("证书编号", no)], 7.5, gap=1.95)  # fmt: skip
        kit.qr(pg, ctx, pg.w / 2 - 9, 118, 18, f"在线验证码：{serial(ctx, 'A', 11)}")
    fields = {"holder": who, "issuer": issuer, "issued_on": iso_v,
              "qualification": {"kind": kind, "subject": subject, "modules": modules}}  # fmt: skip
    return Doc("qualification_certificate", layout, [pg], fields, scored, _claim(who, int(iso_v[:4])))


# ---- other papers -----------------------------------------------------------------------------------
def _yuan(n: int) -> str:
    dig = "零壹贰叁肆伍陆柒捌玖"
    out = ""
    for unit, val in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
        q = n // val % 10
        if q:
            out += dig[q] + unit
        elif out and not out.endswith("零") and n % val:
            out += "零"
    return out + "元整"


def other(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "other")
    p = pro(ctx)
    who, boss = people(ctx, 2)
    d = day(ctx, 2018, 2024)
    st = style(ctx)
    pages: list[Page] = []
    if v == "receipt":
        pg = Page(w=210, h=110)
        amt = ctx.rng.choice((280, 360, 480, 600, 680, 1200))
        head(pg, ctx, 10, "收  款  收  据", 17, RED)
        pg.text(pg.w - 16, 12, f"No {serial(ctx, '', 7)}", 10, ctx.body, "r", RED)
        pg.text(16, 24, fd(d, st), 10, ctx.body)
        rows = [["交款单位（人）", who, "", ""], ["收款事由", f"{p.topic}培训费", "", ""], ["金额（大写）", _yuan(amt), "¥", f"{amt}.00"]]
        pg.table(16, 32, [36, 98, 12, 32], rows, 10.5, ctx.body, 11)
        pg.text(16, 72, "收款单位（盖章）：", 10, ctx.body)
        kit.seal(pg, ctx, 60, 74, p.organiser, 14)
        pg.text(120, 72, "收款人：", 10, ctx.body)
        pg.text(138, 71, boss, 13, ctx.hand)
        pg.text(16, 96, "第二联 交款人", 8, ctx.body, "l", GREY)
        pages = [pg]
    elif v == "regform":
        pg = Page()
        head(pg, ctx, 22, f"{p.topic}培训报名表", 16)
        hand = lambda x, y, s: pg.text(x, y, s, 13, ctx.hand, "l", (25, 30, 100))  # noqa: E731
        specs = [(["姓名", "", "性别", "", "出生年月", ""], [28, 30, 24, 34, 28, 26]), (["工作单位", ""], [28, 142]),
                 (["职称", "", "联系电话", ""], [28, 60, 28, 54]), (["报名类别", "□ 初级  □ 中级  □ 高级"], [28, 142])]
        y = 40
        for cells, ws in specs:
            pg.table(20, y, ws, [cells], 10.5, ctx.body, 13)
            y += 13
        hand(50, 43, who)
        hand(104, 43, ctx.rng.choice("男女"))
        hand(166, 43, f"{d.year - ctx.rng.randint(25, 50)}.{ctx.rng.randint(1, 12)}")
        hand(50, 56, p.work)
        hand(50, 69, p.title)
        hand(138, 69, mobile(ctx).replace("****", str(ctx.rng.randint(1000, 9999))))
        pg.text(20, y + 10, "单位意见：", 11, ctx.body)
        kit.seal(pg, ctx, 150, y + 30, p.work, 16)
        pg.text(140, y + 42, fd(d, st), 11, ctx.body)
        pg.text(20, 270, f"报名咨询：{phone(ctx, p.city)}   报名截止：{fd(after(ctx, d, 5, 20), st)}", 9, ctx.body, "l", GREY)
        pages = [pg]
    elif v == "leave":
        pg = Page(w=210, h=140, bg=(250, 248, 238))
        for yy in range(30, 130, 10):
            pg.line(12, yy, pg.w - 12, yy, 0.15, (170, 190, 210))
        pg.text(pg.w / 2, 14, "请  假  条", 18, ctx.hand, "c")
        txt = f"{boss}主任：本人因参加{p.topic}学习，需请假{ctx.rng.randint(1, 3)}天，望批准。"
        y = 22
        cur = ""
        for ch in txt:
            if width_mm(cur + ch, ctx.hand, 14) > pg.w - 40:
                pg.text(20, y, cur, 14, ctx.hand)
                y += 10
                cur = ""
            cur += ch
        pg.text(20, y, cur, 14, ctx.hand)
        pg.text(130, y + 14, f"请假人：{who}", 14, ctx.hand)
        pg.text(130, y + 24, fd(d, "cn"), 14, ctx.hand)
        pg.text(20, y + 40, "同意  " + boss, 14, ctx.hand, "l", RED)
        pages = [pg]
    elif v == "report":
        pg = Page()
        y = head(pg, ctx, 26, f"{d.year}年度专业技术工作总结", 18)
        pg.text(pg.w / 2, y, f"{p.work}  {who}", 12, ctx.body, "c")
        y += 14
        sents = [f"{d.year}年，本人在单位领导的关心和同事们的支持下，认真履行{p.title}岗位职责，现将一年来的工作总结如下。",
                 "一、思想政治方面。积极参加单位组织的政治理论学习，遵守职业道德规范。",
                 f"二、业务工作方面。围绕{p.topic}开展日常工作，完成本岗位各项任务，参与技术攻关与质量改进。",
                 "三、继续教育方面。按要求参加公需科目和专业科目学习，不断更新知识结构。"]  # fmt: skip
        for s in sents * 2:
            y = para(pg, ctx, 24, y, pg.w - 48, s, 12, lead=1.9)
        pg.text(pg.w / 2, 284, "— 1 —", 10, ctx.body, "c")
        pg2 = Page()
        y = 26
        for s in ("四、存在的不足。理论研究深度不够，成果转化还需加强。", "五、下一步打算。加强学习，争取在业务上取得新的进步。"):
            y = para(pg2, ctx, 24, y, pg2.w - 48, s, 12, lead=1.9)
        pg2.text(pg2.w - 30, y + 14, f"总结人：{who}", 12, ctx.body, "r")
        pg2.text(pg2.w - 30, y + 24, fd(d, st), 12, ctx.body, "r")
        pg2.text(pg2.w / 2, 284, "— 2 —", 10, ctx.body, "c")
        pages = [pg, pg2]
    elif v == "payment":
        pg, y = kit.phone_page(ctx, "账单详情")
        amt = ctx.rng.choice((200, 300, 450, 520, 880))
        pg.text(pg.w / 2, y + 6, p.organiser[:14], 9, ctx.body, "c")
        pg.text(pg.w / 2, y + 13, f"-{amt}.00", 20, ctx.bold, "c")
        pg.text(pg.w / 2, y + 24, "交易成功", 8, ctx.body, "c", (30, 140, 60))
        kv(pg, ctx, 6, y + 34, [("商品说明", f"{d.year}年继续教育培训费"), ("支付时间", f"{fd(d, 'iso')} {ctx.rng.randint(8, 22)}:{ctx.rng.randint(0, 59):02d}"),
                                ("付款备注", f"{who} 报名"), ("支付方式", "零钱"), ("交易单号", serial(ctx, "4200", 14))], 7)  # fmt: skip
        pages = [pg]
    else:  # employment
        pg = Page()
        y = head(pg, ctx, 40, pick(ctx, "emphead", ("在 职 证 明", "工 作 证 明")), 22)
        y = para(pg, ctx, 28, y + 14, pg.w - 56,
                 f"兹证明{who}同志（身份证号：3709{serial(ctx, '', 10)}****）系我单位在职职工，自{d.year - ctx.rng.randint(3, 15)}年起在我单位从事"
                 f"相关专业技术工作，现任{p.title}。", 13, lead=2.0)  # fmt: skip
        y = para(pg, ctx, 28, y, pg.w - 56, "特此证明。", 13, lead=2.0)
        sign(pg, ctx, pg.w - 32, y + 20, p.work, fd(d, st), 13)
        pg.text(28, 250, f"单位地址：{address(ctx, p.city)}", 10, ctx.body, "l", GREY)
        pg.text(28, 257, f"联系电话：{phone(ctx, p.city)}", 10, ctx.body, "l", GREY)
        pages = [pg]
    return Doc("other", layout, pages, {"holder": who}, [], _claim(who, d.year))
