"""Draw 46 builders: training certificates, sign-in sheets, notices, qualifications and other papers."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page, width_mm
from bench.blind46.pools import (
    CITIES, COUNTY_CITY, PLATFORMS, PUBLIC_TOPICS, Ctx, address, browser_page, city, date_style, fd, field_of,
    fit, fm, frange, hours_s, later, mobile, names, organiser, para, phone_no, phone_page, pick, qr, rdate,
    serial, variant, workplace,
)  # fmt: skip
from bench.generator.truth import person

RED = (190, 30, 30)


def _training(ctx: Ctx, cat: str | None):  # noqa: ANN202
    fk, fdct = field_of(ctx)
    c = city(ctx)
    if cat == "public":
        topic = ctx.rng.choice(PUBLIC_TOPICS)
    else:
        topic = ctx.rng.choice(fdct["topic"])
    kind = ctx.rng.choice(["培训班", "专题培训班", "研修班", "继续教育培训班"])
    title = f"{c}市{topic}{kind}" if ctx.rng.random() < 0.5 else f"{topic}{kind}"
    start = rdate(ctx)
    end = later(start, 0, 4, ctx.rng)
    days = (end - start).days + 1
    hours = float(ctx.rng.choice([days * 6, days * 8, days * 7])) if ctx.rng.random() < 0.85 else days * 7.5
    return fk, fdct, c, topic, title, start, end, hours


CAT_WORD = {"public": ["公需科目", "公需课"], "professional": ["专业科目", "专业课"]}


# ---- training certificates --------------------------------------------------------------------
def training_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "training_certificate")
    cat = ("public", "professional", None)[(k + ctx.k // 3) % 3]
    fk, fdct, c, topic, title, start, end, hours = _training(ctx, cat)
    who = names(ctx, 1)[0]
    work = workplace(ctx, fdct, c)
    issuer = organiser(ctx, fk, c)
    if v == "app":
        issuer = ctx.rng.choice(PLATFORMS)
    issued = later(end, 0, 12, ctx.rng)
    st = date_style(ctx)
    catw = ctx.rng.choice(CAT_WORD[cat]) if cat else None
    no = serial(ctx, ctx.rng.choice(["No.", "证书编号：", "编号："]))
    pages: list[Page] = []
    period_s = frange(start, end, st, ctx.rng.choice(["至", "—", "-"]))
    hs = hours_s(hours)
    if v in ("framed", "twopage"):
        pg = Page()
        frame(pg, ctx, ctx.rng.choice([1, 2, 3]))
        y = heading(pg, ctx, pick(ctx, "certhead", ["结 业 证 书", "培 训 证 书", "继续教育证书", "合 格 证 书"]), 42, 28)
        pg.text(150, y + 2, no, 9.5, ctx.body)
        body = (f"{who}同志（工作单位：{work}）于{period_s}参加了{issuer}举办的“{title}”，"
                f"{'类别为' + catw + '，' if catw else ''}完成规定课程，累计{hs}学时，经考核合格，特发此证。")
        y = para(pg, ctx, 30, y + 22, 150, body, 14, lead=2.0)
        sign_block(pg, ctx, issuer, fd(issued, st), y + 30, seed=k + 3)
        pg.text(30, 272, f"本证书可登录{c}市专业技术人员继续教育管理系统查验", 8, ctx.body, color=(100, 100, 100))
        pages.append(pg)
        if v == "twopage":
            p2 = Page()
            p2.text(105, 25, "培训课程及学时明细", 16, ctx.bold, "c")
            per = hours / 4
            rows = [["序号", "课程内容", "授课教师", "学时"]]
            tnames = names(ctx, 4)
            subs = ["政策法规解读", "专业理论", "案例分析与研讨", "实操演练与考核"]
            for i in range(4):
                rows.append([str(i + 1), f"{topic}：{subs[i]}"[:26], tnames[i], hours_s(per)])
            rows.append(["", "合计", "", hs])
            y2 = p2.table(18, 40, [14, 110, 26, 24], rows, 10, ctx.body, row_h=10)
            p2.text(18, y2 + 8, f"学员：{who}    证书编号：{no.split('：')[-1].replace('No.', '')}", 10.5, ctx.body)
            p2.text(18, y2 + 16, f"联系电话：{phone_no(ctx, c)}   地址：{address(ctx, c)}", 9, ctx.body)
            pages.append(p2)
    elif v == "landscape":
        pg = Page(w=297, h=210)
        frame(pg, ctx, 2)
        pg.text(148.5, 24, "培训合格证书", 28, ctx.bold, "c", RED)
        pg.rect(30, 55, 62, 95, 0.3)
        pg.text(46, 72, "照片", 10, ctx.body, "c", (140, 140, 140))
        pairs = [("姓　　名", who), ("工作单位", work), ("培训项目", title), ("培训时间", period_s), ("学　　时", f"{hs}学时")]
        if catw:
            pairs.append(("科目类别", catw))
        label_lines(pg, ctx, 78, 55, pairs, 13, "：", gap=2.3)
        pg.text(78, 150, no, 10, ctx.body)
        sign_block(pg, ctx, issuer, fd(issued, st), 150, x_right=265, seed=k + 5)
        pages.append(pg)
    elif v == "table":
        pg = Page()
        pg.text(105, 22, issuer, 13, ctx.body, "c")
        pg.text(105, 32, "继续教育学时证明", 22, ctx.bold, "c")
        rows = [["姓名", who], ["工作单位", work], ["培训项目", title], ["培训时间", period_s], ["认定学时", f"{hs}学时"]]
        if catw:
            rows.append(["科目类别", catw])
        rows.append(["考核结果", "合格"])
        y = pg.table(25, 52, [35, 125], rows, 11, ctx.body, row_h=12)
        y = para(pg, ctx, 25, y + 10, 160, "兹证明以上人员参加培训并完成全部学习内容，学时真实有效。", 11.5)
        pg.text(25, y + 4, no, 9, ctx.body)
        sign_block(pg, ctx, issuer, fd(issued, st), y + 24, seed=k + 7)
        pg.text(25, 280, "注：本证明复印无效，请妥善保管。", 8, ctx.body, color=(110, 110, 110))
        pages.append(pg)
    elif v == "app":
        pg, y = phone_page(ctx, "我的证书")
        pg.rect(5, y, 71, y + 112, 0.6, (180, 140, 60), (255, 252, 240))
        pg.text(38, y + 5, "学时证明", 15, ctx.bold, "c", (150, 100, 20))
        yy = y + 16
        lines = [f"学员：{who}", f"单位：{work}"[:22], "课程："]
        for s in lines:
            pg.text(9, yy, s, 8.5, ctx.body)
            yy += 5.5
        sz = fit(title, ctx.body, 8.5, 58)
        pg.text(9, yy, title, sz, ctx.body)
        yy += 6
        pg.text(9, yy, f"学习时间：{fd(start, st)}", 8.5, ctx.body)
        pg.text(9, yy + 5.5, f"至 {fd(end, st)}", 8.5, ctx.body)
        pg.text(9, yy + 11, f"获得学时：{hs}学时", 8.5, ctx.body)
        if catw:
            pg.text(9, yy + 16.5, f"类别：{catw}", 8.5, ctx.body)
        pg.text(9, yy + 24, f"发证日期：{fd(issued, st)}", 8.5, ctx.body)
        psz = fit(issuer, ctx.body, 8, 60)
        pg.text(38, yy + 33, issuer, psz, ctx.body, "c")
        pg.seal(52, yy + 33, 10, issuer[:14], k + 9)
        qr(pg, 26, y + 88, 18, k, "扫码验证证书真伪", ctx)
        pg.text(38, 150, "保存图片    分享", 8.5, ctx.body, "c", (30, 110, 220))
        pages.append(pg)
    else:  # bilingual
        pg = Page(w=297, h=210)
        frame(pg, ctx, 3)
        pg.text(148.5, 24, "CERTIFICATE OF COMPLETION", 20, ctx.bold, "c")
        pg.text(148.5, 38, "结 业 证 书", 24, ctx.bold, "c", RED)
        pg.text(148.5, 62, who, 22, ctx.hand, "c")
        pg.line(110, 73, 187, 73, 0.3)
        y = para(pg, ctx, 40, 80, 217, f"参加“{title}”，培训时间{period_s}，共计{hs}学时"
                 f"{'（' + catw + '）' if catw else ''}，成绩合格，准予结业。", 13, indent=False)
        pg.text(40, y + 2, f"has completed the training programme ({hs} credit hours), "
                f"{start.isoformat()} to {end.isoformat()}.", 10.5, ctx.body)
        pg.text(40, 160, no, 9.5, ctx.body)
        sign_block(pg, ctx, issuer, fd(issued, st), 150, x_right=262, seed=k + 11)
        pages.append(pg)
    fields = {"holder": who, "title": title, "issuer": issuer, "issued_on": issued.isoformat(),
              "period": {"start": start.isoformat(), "end": end.isoformat()}, "hours_stated": hours}
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    return Doc("training_certificate", layout, pages, fields, scored, {"person": who, "year": end.year}, category=cat)


# ---- sign-in sheets ---------------------------------------------------------------------------
def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "sign_in_sheet")
    fk, fdct = field_of(ctx)
    c = city(ctx)
    topic = ctx.rng.choice(fdct["topic"])
    title = topic + pick(ctx, "signkind", ["培训班", "专题讲座", "业务培训会", "学术沙龙", "技术交流会"])  # type: ignore[operator]
    issuer = organiser(ctx, fk, c)
    day = rdate(ctx)
    st = date_style(ctx)
    n = {"twopage": 30, "split": 20, "dingtalk": 9, "handonly": 12}.get(v, ctx.rng.randint(10, 15))
    people = names(ctx, n + 1)
    lecturer, people = people[0], people[1:]
    hand = ctx.hand
    pages: list[Page] = []
    when = f"{fd(day, st)} {ctx.rng.choice(['上午8:30', '下午14:00', '9:00-11:30', '14:30-17:00'])}"
    place = f"{c}市{ctx.rng.choice(['会展中心三楼会议室', '市民中心报告厅', '行政服务中心二楼', '党校第一教室'])}"

    def head(pg: Page, y: float, w: float) -> float:
        sz = fit(title + "签到表", ctx.bold, 17, w - 20)
        pg.text(pg.w / 2, y, title + "签到表", sz, ctx.bold, "c")
        pg.text(pg.w / 2 - w / 2 + 8, y + 11, f"主办单位：{issuer}", 10, ctx.body)
        pg.text(pg.w / 2 - w / 2 + 8, y + 17, f"时间：{when}    地点：{place}", 10, ctx.body)
        pg.text(pg.w / 2 + w / 2 - 8, y + 11, f"主讲：{lecturer}", 10, ctx.body, "r")
        return y + 25

    if v in ("grid", "twopage"):
        per_page = 22 if v == "twopage" else n
        chunks = [people[i:i + per_page] for i in range(0, n, per_page)]
        idx = 0
        for ci, chunk in enumerate(chunks):
            pg = Page()
            y = head(pg, 18, 190) if ci == 0 else 18.0
            if ci:
                pg.text(105, 12, f"（续表）第{ci + 1}页", 9, ctx.body, "c")
            rows = [["序号", "姓名", "工作单位", "联系电话", "签名"]]
            for nm in chunk:
                idx += 1
                rows.append([str(idx), nm, workplace(ctx, fdct, c)[:14], mobile(ctx), ""])
            yb = pg.table(12, y, [12, 26, 66, 38, 44], rows, 9.5, ctx.body, row_h=9.5)
            for r, nm in enumerate(chunk, start=1):
                pg.text(12 + 12 + 26 + 66 + 38 + 6, y + r * 9.5 + 2, nm, 12, hand, color=(30, 30, 90))
            pg.text(12, yb + 6, f"第{ci + 1}页 共{len(chunks)}页", 8.5, ctx.body)
            pages.append(pg)
    elif v == "split":
        pg = Page()
        y = head(pg, 18, 190)
        half = n // 2
        for side, (x0, base) in enumerate(((12, 0), (108, half))):
            rows = [["序号", "姓名", "签到"]]
            for i in range(half):
                rows.append([str(base + i + 1), people[base + i], ""])
            pg.table(x0, y, [14, 34, 42], rows, 10, ctx.body, row_h=10)
            for i in range(half):
                pg.text(x0 + 54, y + (i + 1) * 10 + 2, people[base + i], 12, hand, color=(20, 20, 100))
        pg.text(12, y + (half + 1) * 10 + 8, f"联系人：{names(ctx, 1)[0]}  电话：{phone_no(ctx, c)}", 9.5, ctx.body)
        pages.append(pg)
    elif v == "wide":
        pg = Page(w=297, h=210)
        y = head(pg, 14, 270)
        rows = [["序号", "姓名", "性别", "单位", "职称", "上午签到", "下午签到", "备注"]]
        for i, nm in enumerate(people):
            rows.append([str(i + 1), nm, ctx.rng.choice("男女"), workplace(ctx, fdct, c)[:16],
                         ctx.rng.choice(fdct["job"]), "", "", ""])
        pg.table(14, y, [14, 28, 14, 72, 40, 36, 36, 29], rows, 9.5, ctx.body, row_h=9)
        for i, nm in enumerate(people):
            pg.text(14 + 168 + 6, y + (i + 1) * 9 + 2, nm, 11, hand, color=(25, 25, 110))
        pages.append(pg)
    elif v == "handonly":
        pg = Page()
        y = head(pg, 18, 190)
        rows = [["序号", "姓名（请正楷书写）", "单位", "签到时间"]]
        for i in range(n):
            rows.append([str(i + 1), "", "", ""])
        pg.table(14, y, [16, 60, 72, 34], rows, 10, ctx.body, row_h=11)
        for i, nm in enumerate(people):
            pg.text(14 + 16 + 12, y + (i + 1) * 11 + 2.2, nm, 14, hand, color=(15, 15, 80))
            pg.text(14 + 16 + 60 + 4, y + (i + 1) * 11 + 3, workplace(ctx, fdct, c)[:12], 10, hand, color=(15, 15, 80))
            pg.text(14 + 148 + 8, y + (i + 1) * 11 + 3, f"{ctx.rng.randint(7, 8)}:{ctx.rng.randint(10, 59)}", 10, hand)
        pages.append(pg)
    else:  # dingtalk
        pg, y = phone_page(ctx, "签到统计")
        sz = fit(title, ctx.bold, 10, 66)
        pg.text(5, y, title, sz, ctx.bold)
        pg.text(5, y + 6, f"发起：{issuer}"[:24], 7.5, ctx.body, color=(100, 100, 100))
        pg.text(5, y + 11, f"日期：{fd(day, st)}", 7.5, ctx.body, color=(100, 100, 100))
        pg.text(5, y + 17, f"已签到 {n} 人  未签到 {ctx.rng.randint(0, 4)} 人", 8.5, ctx.body, color=(30, 120, 60))
        yy = y + 25
        for i, nm in enumerate(people):
            pg.rect(3, yy - 1.5, 73, yy + 9, 0, fill=(255, 255, 255))
            pg.rect(5, yy, 12, yy + 7, 0, fill=(90, 150, 230))
            pg.text(8.5, yy + 1.5, nm[-1], 8, ctx.body, "c", (255, 255, 255))
            pg.text(15, yy + 1, nm, 9, ctx.body)
            pg.text(71, yy + 1.5, f"{ctx.rng.randint(8, 9)}:{ctx.rng.randint(0, 59):02d} 已签到", 7, ctx.body, "r",
                    (120, 120, 120))
            yy += 11.5
        pages.append(pg)
    fields = {"title": title, "issuer": issuer, "period": {"start": day.isoformat(), "end": day.isoformat()},
              "people": [person(nm, i + 1, "attendee") for i, nm in enumerate(people)]}
    scored = ["title", "issuer", "period.start", "period.end", "people"]
    claimant = people[ctx.rng.randrange(len(people))]
    return Doc("sign_in_sheet", layout, pages, fields, scored, {"person": claimant, "year": day.year})


# ---- training notices -------------------------------------------------------------------------
def training_notice(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "training_notice")
    fk, fdct, c, topic, title, start, end, hours = _training(ctx, None)
    issuer = organiser(ctx, fk, c)
    issued = start - dt.timedelta(days=ctx.rng.randint(6, 30))
    st = date_style(ctx)
    hs = hours_s(hours)
    county = ctx.rng.choice(CITIES[c][1])
    holder = None
    people: list[str] = []
    scored = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    pages: list[Page] = []
    period_s = frange(start, end, st, "至")
    venue = f"{c}市{ctx.rng.choice(['迎宾馆', '科技馆学术报告厅', '职教园区实训楼', '市委党校'])}"
    bodytxt = (f"各{ctx.rng.choice(['县市区', '有关单位', '会员单位'])}：为进一步提升专业技术人员业务水平，经研究，"
               f"定于{period_s}在{venue}举办“{title}”。现将有关事项通知如下：")
    items = [f"一、培训对象：全市{fdct['job'][0]}及相关专业技术人员，每单位限报{ctx.rng.randint(2, 5)}人。",
             f"二、培训内容：{topic}相关政策解读、技术规范与典型案例。",
             f"三、学时认定：培训结束经考核合格者，登记继续教育学时{hs}学时。",
             f"四、报名方式：请于{fd(start - dt.timedelta(days=3), st)}前将回执发送至邮箱 px{ctx.rng.randint(100, 999)}@163.com。",
             f"联系人：{names(ctx, 1)[0]}，电话：{phone_no(ctx, c)}。"]
    if v in ("redhead", "annotated", "roster"):
        pg = Page()
        head = issuer + "文件" if v == "redhead" else issuer
        pg.text(105, 20, head, fit(head, ctx.bold, 24, 180), ctx.bold, "c", RED)
        docno = f"{c[0]}{ctx.rng.choice(['卫', '环', '教', '民', '农', '协'])}发〔{issued.year}〕{ctx.rng.randint(3, 99)}号"
        pg.text(105, 36, docno, 11, ctx.body, "c")
        pg.line(20, 43, 190, 43, 0.8, RED)
        sz = fit(f"关于举办{title}的通知", ctx.bold, 16, 170)
        pg.text(105, 50, f"关于举办{title}的通知", sz, ctx.bold, "c")
        y = para(pg, ctx, 22, 64, 166, bodytxt, 11.5)
        for it in items:
            y = para(pg, ctx, 22, y + 1, 166, it, 11.5)
        y = sign_block(pg, ctx, issuer, fd(issued, st), y + 14, seed=k + 21, size=12)
        pg.line(20, 268, 190, 268, 0.3)
        pg.text(22, 270, f"抄送：{c}市人力资源和社会保障局", 9.5, ctx.body)
        pg.text(22, 276, f"{issuer}办公室　　　　{fd(issued, st)}印发", 9.5, ctx.body)
        if v == "annotated":
            holder = names(ctx, 1)[0]
            pg.text(120, y + 4, f"已参加 {holder}", 15, ctx.hand, color=(20, 40, 150))
            pg.text(120, y + 12, f"{end.month}.{end.day} 结业", 12, ctx.hand, color=(20, 40, 150))
        pages.append(pg)
        if v == "roster":
            people = names(ctx, ctx.rng.randint(6, 12))
            p2 = Page()
            p2.text(20, 18, "附件", 12, ctx.bold)
            p2.text(105, 28, "参训人员名单", 16, ctx.bold, "c")
            rows = [["序号", "姓名", "单位", "职称"]]
            for i, nm in enumerate(people):
                rows.append([str(i + 1), nm, workplace(ctx, fdct, ctx.rng.choice([c, c]))[:16], ctx.rng.choice(fdct["job"])])
            p2.table(20, 40, [16, 30, 80, 44], rows, 10, ctx.body, row_h=10)
            pages.append(p2)
    elif v == "schedule":
        pg = Page(w=297, h=210)
        pg.text(148.5, 14, f"{title}日程安排", fit(f"{title}日程安排", ctx.bold, 18, 260), ctx.bold, "c")
        pg.text(148.5, 26, f"主办：{issuer}    时间：{period_s}    地点：{venue}", 10.5, ctx.body, "c")
        rows = [["日期", "时间", "内容", "授课专家", "地点"]]
        d = start
        speakers = names(ctx, 8)
        si = 0
        while d <= end and len(rows) < 11:
            for slot in ("08:30-11:30", "14:00-17:00"):
                rows.append([fd(d, "cn") if slot.startswith("08") else "", slot,
                             f"{topic}{ctx.rng.choice(['专题讲座', '案例研讨', '现场教学', '实操训练'])}"[:24],
                             speakers[si % 8], "报告厅"])
                si += 1
            d += dt.timedelta(days=1)
        y = pg.table(14, 36, [36, 34, 120, 40, 39], rows, 9.5, ctx.body, row_h=10)
        pg.text(14, y + 6, f"说明：全程参加并考核合格者，登记继续教育学时{hs}学时；请学员每半天签到。", 10, ctx.body)
        pg.text(14, y + 13, f"印发日期：{fd(issued, st)}", 10, ctx.body)
        pages.append(pg)
    elif v == "invite":
        pg = Page()
        frame(pg, ctx, 2)
        pg.text(105, 30, "邀 请 函", 26, ctx.bold, "c", RED)
        holder = names(ctx, 1)[0]
        pg.text(25, 52, f"尊敬的{holder}{ctx.rng.choice(['老师', '同志', '主任', '工程师'])}：", 13, ctx.body)
        y = para(pg, ctx, 25, 64, 160, f"{issuer}定于{period_s}在{venue}举办“{title}”，诚邀您拨冗参加。"
                 f"本次培训计继续教育{hs}学时。", 12.5)
        for it in items[3:]:
            y = para(pg, ctx, 25, y + 2, 160, it, 11)
        sign_block(pg, ctx, issuer, fd(issued, st), y + 20, seed=k + 23)
        qr(pg, 25, 235, 22, k + 1, "扫码报名", ctx)
        pages.append(pg)
    else:  # web
        url = f"http://www.{ctx.rng.choice(['dzcdc', 'dzsthj', 'yymz', 'dzjy', 'hnsws'])}.gov.cn/art/{issued.year}/{issued.month}/{ctx.rng.randint(1000, 9999)}.html"
        pg, y = browser_page(ctx, url, issuer)
        pg.text(14, y, "首页 > 通知公告 > 正文", 9, ctx.body, color=(110, 110, 110))
        head = f"关于举办{title}的通知"
        pg.text(140, y + 10, head, fit(head, ctx.bold, 15, 250), ctx.bold, "c")
        pg.text(140, y + 20, f"发布时间：{fd(issued, st)}　　来源：{issuer}　　浏览次数：{ctx.rng.randint(80, 3000)}",
                9, ctx.body, "c", (110, 110, 110))
        pg.line(14, y + 26, 266, y + 26, 0.2, (200, 200, 200))
        yy = para(pg, ctx, 20, y + 31, 240, bodytxt, 10.5)
        for it in items:
            yy = para(pg, ctx, 20, yy, 240, it, 10.5)
        pg.text(250, yy + 6, issuer, 10.5, ctx.body, "r")
        pg.text(250, yy + 12, fd(issued, st), 10.5, ctx.body, "r")
        pg.text(140, 184, f"主办：{issuer}　地址：{address(ctx, c)}　{county}", 8, ctx.body, "c", (120, 120, 120))
        pages.append(pg)
    if v == "schedule":
        pass
    fields = {"title": title, "issuer": issuer, "issued_on": issued.isoformat(), "hours_stated": hours,
              "period": {"start": start.isoformat(), "end": end.isoformat()}, "holder": holder,
              "people": [person(nm, i + 1, "attendee") for i, nm in enumerate(people)]}
    claimant = holder or (people[ctx.rng.randrange(len(people))] if people else None)
    if claimant is None:  # a notice naming nobody: the claimant's name is written on it
        claimant = names(ctx, 1)[0]
        holder = claimant
        fields["holder"] = holder
        note = pick(ctx, "notenote", ["{n} 存档", "参加人：{n}", "{n} 已参训", "报名：{n}"])
        pages[0].text(pages[0].w - 20, pages[0].h - 14, note.format(n=claimant), 13, ctx.hand, "r", (30, 30, 140))  # type: ignore[union-attr]
    return Doc("training_notice", layout, pages, fields, scored, {"person": claimant, "year": start.year})


# ---- qualification certificates ---------------------------------------------------------------
SCHOOLS = {"德州": ["德州学院", "山东师范大学", "山东农业大学", "山东第一医科大学", "青岛大学"],
           "益阳": ["湖南城市学院", "湖南师范大学", "湖南农业大学", "中南大学", "湘潭大学"]}
COMPUTER = ["Word 2016中文字处理", "Excel 2016中文电子表格", "PowerPoint 2016中文演示文稿", "Internet应用",
            "Windows 10操作系统", "Photoshop CS6图像处理"]


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "qualification_certificate")
    fk, fdct = field_of(ctx)
    c = city(ctx)
    who = names(ctx, 1)[0]
    st = date_style(ctx)
    school = ctx.rng.choice(SCHOOLS[c])
    major = ctx.rng.choice(fdct["major"])
    born = dt.date(ctx.rng.randint(1978, 1998), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    sex = ctx.rng.choice("男女")
    modules = None
    subject: str | None = major
    month_only = ctx.rng.random() < 0.4
    y = ctx.rng.randint(2008, 2023)
    iss = dt.date(y, ctx.rng.choice([6, 6, 7, 12]), ctx.rng.randint(1, 28))
    issued_s = fm(iss.year, iss.month, st) if month_only else fd(iss, st)
    issued_v = f"{iss.year}-{iss.month:02d}" if month_only else iss.isoformat()
    pg = Page(w=297, h=210) if v in ("diploma", "master", "doctor") else Page()
    no = serial(ctx, "证书编号：")
    if v == "diploma":
        kind = "graduation"
        frame(pg, ctx, 3)
        pg.text(148.5, 22, "普通高等学校", 14, ctx.bold, "c")
        pg.text(148.5, 32, "毕 业 证 书", 28, ctx.bold, "c", RED)
        pg.rect(30, 60, 62, 100, 0.3)
        yrs = ctx.rng.choice([4, 4, 5, 3])
        txt = (f"学生{who}，性别{sex}，{fd(born, 'cn')}生，于{iss.year - yrs}年9月至{fm(iss.year, iss.month, 'cn')}"
               f"在本校{major}专业{yrs}年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
        y2 = para(pg, ctx, 75, 62, 190, txt, 13.5, lead=1.9)
        pg.text(75, y2 + 6, f"校（院）长：", 12, ctx.body)
        pg.text(105, y2 + 4, names(ctx, 1)[0], 16, ctx.hand)
        sign_block(pg, ctx, school, issued_s, 150, x_right=262, seed=k + 31)
        pg.text(30, 182, no, 10, ctx.body)
        issuer = school
    elif v in ("master", "doctor"):
        kind = "master_degree" if v == "master" else "doctor_degree"
        deg = {"master": "硕士", "doctor": "博士"}[v]
        frame(pg, ctx, 2)
        pg.text(148.5, 26, f"{deg}学位证书", 26, ctx.bold, "c")
        pg.text(148.5, 40, "DEGREE CERTIFICATE", 11, ctx.body, "c")
        txt = (f"{who}，{sex}，{fd(born, 'cn')}生。在{school}{major}学科（专业）已通过{deg}学位的课程考试和论文答辩，"
               f"成绩合格。根据《中华人民共和国学位条例》的规定，授予{deg}学位。")
        y2 = para(pg, ctx, 40, 62, 217, txt, 13.5, lead=1.9)
        pg.text(170, y2 + 10, f"{school}学位评定委员会主席", 12, ctx.body)
        pg.text(215, y2 + 20, names(ctx, 1)[0], 16, ctx.hand)
        pg.text(40, 170, no.replace("证书编号", "证书编号"), 10, ctx.body)
        pg.text(215, y2 + 32, issued_s, 12, ctx.body)
        pg.seal(205, y2 + 24, 18, school, k + 33)
        issuer = school
    elif v == "courses":
        kind = "postgraduate_courses"
        modules = ctx.rng.sample(["科学社会主义理论与实践", "英语", "研究方法论", f"{major}前沿", "高级统计学",
                                  "专业文献阅读", "学术论文写作"], 5)
        pg.text(105, 24, "研究生课程进修班结业证书", 20, ctx.bold, "c")
        txt = f"{who}同志于{iss.year - 2}年9月至{fm(iss.year, iss.month, 'cn')}参加我校{major}专业研究生课程进修班学习，修完下列课程，成绩合格，准予结业。"
        y2 = para(pg, ctx, 22, 42, 166, txt, 12.5)
        rows = [["序号", "课程名称", "学分", "成绩"]] + [[str(i + 1), m, str(ctx.rng.randint(2, 4)), str(ctx.rng.randint(70, 95))]
                                                     for i, m in enumerate(modules)]
        y2 = pg.table(30, y2 + 6, [16, 86, 22, 26], rows, 10.5, ctx.body, row_h=10)
        y2 = sign_block(pg, ctx, f"{school}研究生院", issued_s, y2 + 18, seed=k + 35)
        pg.text(22, y2 + 14, no, 9.5, ctx.body)
        issuer = f"{school}研究生院"
    elif v == "selfstudy":
        kind = "self_study_exam"
        prov = CITIES[c][0]
        issuer = f"{prov}省高等教育自学考试委员会"
        modules = ctx.rng.sample(["马克思主义基本原理概论", "中国近现代史纲要", "英语（二）", f"{major}概论",
                                  "管理学原理", "计算机应用基础"], ctx.rng.randint(1, 2))
        pg.text(105, 24, "高等教育自学考试", 15, ctx.bold, "c")
        pg.text(105, 34, "单科合格证书", 22, ctx.bold, "c")
        pairs = [("姓名", who), ("准考证号", serial(ctx)), ("报考专业", major)]
        y2 = label_lines(pg, ctx, 30, 55, pairs, 12, "：", label_w=30)
        rows = [["课程代码", "课程名称", "成绩"]] + [[f"0{ctx.rng.randint(1000, 9999)}", m, str(ctx.rng.randint(60, 92))]
                                               for m in modules]
        y2 = pg.table(30, y2 + 4, [30, 90, 30], rows, 10.5, ctx.body, row_h=10)
        sign_block(pg, ctx, issuer, issued_s, y2 + 20, seed=k + 37)
    else:  # computer
        kind = "computer_exam"
        subject = None
        modules = ctx.rng.sample(COMPUTER, ctx.rng.randint(1, 3))
        issuer = f"{CITIES[c][0]}省人力资源和社会保障厅"
        pg.text(105, 22, "全国专业技术人员计算机应用能力考试", 14, ctx.bold, "c")
        pg.text(105, 32, "合 格 证 书", 22, ctx.bold, "c")
        pairs = [("姓　　名", who), ("性　　别", sex), ("身份证号", f"37{serial(ctx)[:4]}********{ctx.rng.randint(1000, 9999)}")]
        y2 = label_lines(pg, ctx, 30, 52, pairs, 12, "：", label_w=30)
        rows = [["考试科目（模块）", "考试时间", "成绩"]] + [[m, fm(iss.year, max(1, iss.month - 1), "cn"), "合格"]
                                                      for m in modules]
        y2 = pg.table(30, y2 + 4, [80, 40, 30], rows, 10.5, ctx.body, row_h=10)
        sign_block(pg, ctx, issuer, issued_s, y2 + 20, seed=k + 39)
        pg.text(30, 270, "中华人民共和国人力资源和社会保障部人事考试中心监制", 8.5, ctx.body)
    fields = {"holder": who, "issuer": issuer, "issued_on": issued_v,
              "qualification": {"kind": kind, "subject": subject, "modules": modules}}
    scored = ["holder", "issuer", "issued_on", "qualification.kind"]
    if subject:
        scored.append("qualification.subject")
    if modules:
        scored.append("qualification.modules")
    return Doc("qualification_certificate", layout, [pg], fields, scored, {"person": who, "year": iss.year})


# ---- other papers -----------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    layout, v = variant(ctx, "other")
    fk, fdct = field_of(ctx)
    c = city(ctx)
    who = names(ctx, 1)[0]
    st = date_style(ctx)
    d = rdate(ctx)
    work = workplace(ctx, fdct, c)
    pg = Page()
    if v == "receipt":
        pg = Page(w=210, h=120)
        org = organiser(ctx, fk, c)
        pg.text(105, 10, "收　款　收　据", 18, ctx.bold, "c", RED)
        pg.text(180, 12, f"No {ctx.rng.randint(1000000, 9999999)}", 11, ctx.body, "r", RED)
        pg.text(20, 24, f"日期：{fd(d, st)}", 11, ctx.body)
        amt = ctx.rng.choice([300, 480, 600, 800, 1200])
        rows = [["交款单位（人）", f"{who}（{work}）"], ["收款事由", f"{ctx.rng.choice(fdct['topic'])}培训费"],
                ["金额（大写）", f"人民币{['叁佰', '肆佰捌拾', '陆佰', '捌佰', '壹仟贰佰'][[300, 480, 600, 800, 1200].index(amt)]}元整"],
                ["金额（小写）", f"¥{amt}.00"]]
        pg.table(20, 32, [40, 130], rows, 10.5, ctx.body, row_h=11)
        pg.text(20, 84, "收款单位（盖章）：", 11, ctx.body)
        pg.seal(70, 92, 14, org[:14], k + 41)
        pg.text(120, 84, "收款人：", 11, ctx.body)
        pg.text(140, 82, names(ctx, 1)[0], 14, ctx.hand)
        pg.text(20, 108, "第二联　交款人留存", 9, ctx.body, color=(120, 120, 120))
    elif v == "signup":
        pg.text(105, 20, f"{ctx.rng.choice(fdct['topic'])}培训报名表", 16, ctx.bold, "c")
        rows = [["姓名", who, "性别", ctx.rng.choice("男女")], ["工作单位", work, "职称", ctx.rng.choice(fdct["job"])],
                ["手机", mobile(ctx), "邮箱", f"{ctx.rng.randint(10000, 99999)}@qq.com"],
                ["住宿", "是 / 否", "发票抬头", work[:10]]]
        y = pg.table(18, 36, [28, 70, 28, 48], rows, 10.5, ctx.body, row_h=12)
        pg.text(48, 38, who, 14, ctx.hand, color=(20, 20, 120))
        pg.text(18, y + 8, f"请于{fd(d, st)}前发送至 {organiser(ctx, fk, c)} 培训部。", 10.5, ctx.body)
        pg.text(18, y + 16, f"联系电话：{phone_no(ctx, c)}", 10.5, ctx.body)
    elif v == "leave":
        pg = Page(w=148, h=105)
        pg.text(74, 10, "请　假　条", 18, ctx.bold, "c")
        txt = f"本人{who}，因参加{ctx.rng.choice(fdct['topic'])}培训，需请假{ctx.rng.randint(1, 4)}天，自{fd(d, st)}起，请批准。"
        para(pg, ctx, 12, 26, 124, txt, 11)
        pg.text(86, 62, f"请假人：", 11, ctx.body)
        pg.text(104, 60, who, 14, ctx.hand)
        pg.text(86, 72, fd(d - dt.timedelta(days=2), st), 11, ctx.body)
        pg.text(12, 84, "科室意见：同意", 11, ctx.hand)
    elif v == "report":
        pg.text(105, 20, f"{d.year}年度个人工作总结", 18, ctx.bold, "c")
        pg.text(105, 32, f"{work}　{who}", 12, ctx.body, "c")
        y = 44.0
        for s in [f"一年来，本人在{work}从事{ctx.rng.choice(fdct['job'])}工作，认真履行岗位职责。",
                  f"积极参加{ctx.rng.choice(fdct['topic'])}等业务学习，不断提高专业水平。",
                  "在工作中坚持问题导向，按时完成各项任务，得到单位和服务对象好评。",
                  "存在不足：理论学习不够系统，科研成果较少。下一步将加强学习，努力提升。"]:
            y = para(pg, ctx, 22, y, 166, s, 12)
        pg.text(150, y + 12, fd(d, st), 12, ctx.body)
        pg.text(105, 285, "— 1 —", 9, ctx.body, "c")
    elif v == "employment":
        pg.text(105, 26, "聘 用 证 明", 20, ctx.bold, "c")
        txt = (f"兹证明{who}同志，身份证号37{serial(ctx)[:4]}********{ctx.rng.randint(1000, 9999)}，自{fd(d, st)}起"
               f"在我单位从事{ctx.rng.choice(fdct['job'])}工作，聘期三年。特此证明。")
        y = para(pg, ctx, 24, 48, 162, txt, 13)
        sign_block(pg, ctx, work, fd(d, st), y + 24, seed=k + 43)
    else:  # idcopy
        pg.text(105, 16, "身份证复印件", 12, ctx.body, "c", (120, 120, 120))
        for yy, side in ((30, 0), (110, 1)):
            pg.rect(45, yy, 165, yy + 72, 0.4, (120, 120, 120), (236, 240, 246))
            if side == 0:
                label_lines(pg, ctx, 52, yy + 8, [("姓名", who), ("性别", ctx.rng.choice("男女") + "　民族　汉"),
                                                  ("住址", address(ctx, c)[:16])], 9.5, "  ")
                pg.text(52, yy + 55, f"公民身份号码　37{serial(ctx)[:4]}********{ctx.rng.randint(1000, 9999)}", 9, ctx.body)
                pg.rect(130, yy + 8, 158, yy + 44, 0.2)
            else:
                pg.text(105, yy + 12, "中华人民共和国", 14, ctx.bold, "c")
                pg.text(105, yy + 22, "居民身份证", 16, ctx.bold, "c")
                pg.text(60, yy + 46, f"签发机关　{c}市公安局{ctx.rng.choice(CITIES[c][1])}分局", 9, ctx.body)
                pg.text(60, yy + 54, f"有效期限　{fd(d, 'dot_pad')}-{fd(d.replace(year=d.year + 20), 'dot_pad')}", 9,
                        ctx.body)
        pg.text(60, 200, f"仅供{d.year}年度继续教育学时审核使用", 14, ctx.hand, color=(20, 20, 140))
        pg.text(150, 212, who, 14, ctx.hand, color=(20, 20, 140))
    fields = {"holder": who}
    return Doc("other", layout, [pg], fields, [], {"person": who, "year": d.year})
