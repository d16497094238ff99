"""Draw 63 builders for certificate-like documents: training certificates, sign-in sheets, notices,
qualifications and other proofs."""

from __future__ import annotations

from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page, width_mm
from bench.blind63.kit import (
    DAY_FORMS,
    RED,
    cert_no,
    claim,
    cn_small,
    cn_year,
    fmt,
    iso,
    para,
    period_text,
    plus,
    rand_date,
    span,
)
from bench.blind63.pools import Ctx
from bench.generator.truth import person

CAT_WORD = {"public": "公需科目", "professional": "专业科目"}


def _course(ctx: Ctx, c: dict, p: dict, cat: str | None) -> tuple[str, str]:
    y = c["year"]
    if cat == "public":
        t = ctx.pick("tc.pubtitle", (f"{y}年度专业技术人员公需科目培训", f"{c['city']}{y}年专业技术人员继续教育公需科目培训班",
                                     f"{y}年专业技术人员继续教育公需科目学习"))  # fmt: skip
        return t, ctx.pick("tc.pubissuer", (c["hrss"], c["school"], c["school2"]))
    t = ctx.pick("tc.title", p["trainings"])
    t = ctx.pick("tc.prefix", (f"{c['city']}{y}年{t}", f"{y}年{t}", t))
    return t, ctx.pick("tc.issuer", (p["dept"], p["society"], c["school"], c["hrss"]))


def training_certificate(ctx: Ctx, k: int) -> Doc:
    v, lay = ctx.layout("training_certificate")
    c = ctx.city()
    p = ctx.prof(c)
    rng = ctx.rng
    y = c["year"]
    holder = ctx.names(1)[0]
    work = ctx.pick("tc.work", p["work"])
    cat = ctx.pick("tc.cat", ("public", "professional", None, "public", "professional", None))
    title, issuer = _course(ctx, c, p, cat)
    days = rng.choice((2, 3, 4, 5))
    per = rng.choice((6, 8))
    hours = days * per if cat != "public" else rng.choice((30, 24, 36))
    s, e = span(rng, y, days)
    issued = plus(e, rng.choice((0, 0, 1, 3, 7)))
    if issued.year != y:
        issued = e
    df = ctx.pick("tc.date", DAY_FORMS)
    ptxt = period_text(s, e, df)
    hword = ctx.pick("tc.hword", ("学时", "学时", "课时"))
    catline = f"科目类别：{CAT_WORD[cat]}" if cat else ""
    no = cert_no(
        rng, ctx.pick("tc.noprefix", (f"{c['short']}继教{y}", f"{y}", "NO.", f"{c['short']}培字{y}"))
    )
    has_period = True
    if v in ("band", "twoline"):
        pg = Page(297, 210)
        frame(pg, ctx, 3 if v == "band" else 2)
        if v == "band":
            pg.rect(10, 10, 287, 38, 0, fill=(176, 36, 36))
            pg.text(148.5, 16, ctx.pick("tc.band", ("结 业 证 书", "培 训 证 书", "合 格 证 书")), 30, ctx.bold, "c",
                    (255, 236, 180))  # fmt: skip
            yy = 54.0
        else:
            yy = heading(
                pg, ctx, f"{issuer}|{ctx.pick('tc.h2', ('培训合格证书', '继续教育证书', '结业证书'))}", 30, 28
            )
            yy += 6
        pg.text(40, yy, f"{holder} 同志：", 15, ctx.body)
        body = ctx.pick("tc.body", (
            f"于{ptxt}参加{issuer}举办的“{title}”，完成规定课程的学习，经考核成绩合格，共计{hours}{hword}，特发此证。",
            f"在{ptxt}期间参加了“{title}”学习，修完全部课程，考核合格，准予结业。培训学时：{hours}{hword}。",
        ))  # fmt: skip
        yy = para(pg, ctx, 40, yy + 11, 217, body, 14)
        if catline:
            pg.text(40, yy + 2, catline, 13, ctx.body)
        pg.text(40, 178, f"证书编号：{no}", 11, ctx.body)
        sign_block(pg, ctx, issuer, fmt(iso(issued), df), 160, 260, seed=rng.randrange(999))
    elif v == "table":
        pg = Page()
        frame(pg, ctx, 1)
        yy = heading(
            pg, ctx, ctx.pick("tc.th", ("培训合格证书", "继续教育培训证书", "培训结业证书")), 30, 24, True
        )
        rows = [["姓    名", holder], ["工作单位", work], ["培训项目", title], ["培训时间", ptxt],
                ["培训学时", f"{hours}{hword}"]]  # fmt: skip
        if cat:
            rows.append(["科目类别", CAT_WORD[cat]])
        rows += [["考核结果", ctx.pick("tc.res", ("合格", "优秀", "合格"))], ["证书编号", no]]
        yy = pg.table(20, yy + 10, [35, 135], rows, 11, ctx.body, 13)
        pg.wrap(
            24, yy + 10, 160, "经审核，该同志已完成上述培训全部课程，准予登记继续教育学时。", 12, ctx.body
        )
        sign_block(pg, ctx, issuer, fmt(iso(issued), df), yy + 40, seed=rng.randrange(999))
    elif v == "letter":
        pg = Page()
        yy = heading(pg, ctx, ctx.pick("tc.lh", ("学时证明", "培训证明", "继续教育学时证明")), 40, 22, True)
        body = (f"兹证明{work}{holder}同志于{ptxt}参加了由我单位组织的{title}，培训期间遵守纪律，按时完成学习任务，"
                f"经考核成绩合格，共计{hours}{hword}。")  # fmt: skip
        yy = para(pg, ctx, 28, yy + 14, 154, body, 13)
        if catline:
            yy = para(pg, ctx, 28, yy + 2, 154, f"本次培训属{CAT_WORD[cat]}。", 13)
        pg.text(36, yy + 4, "特此证明。", 13, ctx.body)
        sign_block(pg, ctx, issuer, fmt(iso(issued), df), yy + 30, seed=rng.randrange(999))
    elif v == "card":
        pg = Page(210, 148)
        frame(pg, ctx, 2)
        pg.text(105, 18, ctx.pick("tc.ch", ("培 训 证", "学 习 证 明", "结 业 证")), 22, ctx.bold, "c")
        pg.rect(22, 40, 52, 78, 0.3)
        pg.text(37, 56, "照片", 10, ctx.body, "c", (140, 140, 140))
        pairs = [
            ("姓名", holder),
            ("单位", work),
            ("项目", title),
            ("时间", ptxt),
            ("学时", f"{hours}{hword}"),
        ]
        if cat:
            pairs.append(("类别", CAT_WORD[cat]))
        yy = label_lines(pg, ctx, 60, 40, pairs, 10.5, "：", 2.1)
        pg.text(22, 130, f"编号：{no}", 9.5, ctx.body)
        sign_block(pg, ctx, issuer, fmt(iso(issued), df), max(yy + 4, 112), 190, size=10.5,
                   seed=rng.randrange(999))  # fmt: skip
    else:  # online e-certificate: completion date only
        has_period = False
        pg = Page(297, 210)
        pg.rect(0, 0, 297, 24, 0, fill=(30, 90, 160))
        plat = c["online"] if cat == "public" else f"{issuer}在线学习平台"
        pg.text(14, 7, plat, 14, ctx.bold, "l", (255, 255, 255))
        pg.text(148.5, 40, "电子结业证书", 28, ctx.bold, "c")
        pg.text(148.5, 56, f"证书编号：{no}", 11, ctx.body, "c")
        body = (f"学员{holder}（工作单位：{work}）于{fmt(iso(issued), df)}完成“{title}”全部在线课程学习，"
                f"并通过在线考试，获得{hours}{hword}。")  # fmt: skip
        yy = para(pg, ctx, 36, 72, 225, body, 14)
        if catline:
            pg.text(36, yy + 2, catline, 13, ctx.body)
        pg.rect(36, 150, 66, 180, 0.5)
        pg.text(51, 182, "扫码验证", 9, ctx.body, "c")
        pg.text(110, 160, "本证书由平台自动生成，可登录平台核验真伪。", 10, ctx.body, (90, 90, 90))
        sign_block(pg, ctx, issuer, fmt(iso(issued), df), 150, 262, seed=rng.randrange(999))
    fields = {"holder": holder, "title": title, "issuer": issuer, "issued_on": iso(issued),
              "period": {"start": iso(s), "end": iso(e)} if has_period else None, "hours_stated": float(hours)}  # fmt: skip
    scored = ["holder", "title", "issuer", "issued_on", "hours_stated"]
    if has_period:
        scored[4:4] = ["period.start", "period.end"]
    return Doc("training_certificate", lay, [pg], fields, scored, claim(c["policy"], holder, y), cat)


def _units(ctx: Ctx, c: dict, p: dict, n: int) -> list[str]:
    base = [w if len(w) <= 14 else w[-10:] for w in p["work"]]
    base += [
        cnty + ctx.rng.choice(("卫生院", "农业农村局", "第二中学", "水利站", "服务中心"))
        for cnty in c["counties"][:5]
    ]
    return [ctx.rng.choice(base) for _ in range(n)]


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v, lay = ctx.layout("sign_in_sheet")
    c = ctx.city()
    p = ctx.prof(c)
    rng = ctx.rng
    y = c["year"]
    t = ctx.pick("sign.title", p["trainings"])
    title = ctx.pick("sign.prefix", (f"{y}年{t}", f"{c['city']}{t}", t))
    if v == "meeting":
        title = ctx.pick("sign.mt", (f"{y}年{c['city']}{p['field']}学术年会", f"{p['field']}专题学术讲座"))
    issuer = ctx.pick("sign.issuer", (p["dept"], p["society"], c["hrss"], c["school"]))
    n = rng.randint(8, 14)
    names = ctx.names(n)
    units = _units(ctx, c, p, n)
    day = rand_date(rng, y, 3, 11)
    df = ctx.pick("sign.date", DAY_FORMS)
    venue = ctx.pick("sign.venue", c["venue"])
    pg = Page()
    tail = "签到表" if v != "roster" else "参训人员签到册"
    yy = pg.wrap(20, 18, 170, f"{title}{tail}", 17, ctx.bold)
    info = ctx.pick("sign.info", (f"主办单位：{issuer}", f"主办：{issuer}", f"组织单位：{issuer}"))
    yy = label_lines(
        pg, ctx, 20, yy + 3, [(info, ""), (f"时间：{fmt(iso(day), df)}", ""), (f"地点：{venue}", "")], 11, ""
    )
    hand = {1: ctx.hand}
    if v == "grid":
        rows = [["序号", "姓名", "工作单位", "职称", "联系电话"]]
        for i, (nm, u) in enumerate(zip(names, units, strict=True)):
            rows.append(
                [
                    str(i + 1),
                    nm,
                    u,
                    rng.choice(("中级", "副高", "初级", "高级")),
                    f"13{rng.randrange(10**9):09d}",
                ]
            )
        pg.table(15, yy + 3, [14, 30, 70, 22, 44], rows, 10, ctx.body, 11.5, hand, ctx.bold)
    elif v == "twocol":
        half = (n + 1) // 2
        for col, x in ((0, 15.0), (1, 108.0)):
            rows = [["序号", "姓名", "单位"]]
            for i in range(col * half, min(n, (col + 1) * half)):
                rows.append([str(i + 1), names[i], units[i]])
            pg.table(x, yy + 3, [11, 26, 50], rows, 9, ctx.body, 12, hand, ctx.bold)
    elif v == "meeting":
        rows = [["姓名", "单位", "职务/职称", "签名"]]
        for nm, u in zip(names, units, strict=True):
            rows.append([nm, u, rng.choice(("主治医师", "工程师", "讲师", "农艺师", "高级工程师")), nm])
        pg.table(15, yy + 3, [28, 70, 36, 46], rows, 10, ctx.body, 12, {0: ctx.body, 3: ctx.hand}, ctx.bold)
    elif v == "daily":
        rows = [["序号", "姓名", "上午签到", "下午签到", "备注"]]
        for i, nm in enumerate(names):
            rows.append([str(i + 1), nm, f"8:{rng.randint(10, 29)}", f"14:{rng.randint(0, 25):02d}", ""])
        pg.table(15, yy + 3, [16, 44, 40, 40, 40], rows, 10, ctx.body, 11.5, {1: ctx.hand, 2: ctx.hand, 3: ctx.hand},
                 ctx.bold)  # fmt: skip
    else:
        rows = [["序号", "姓名", "性别", "工作单位", "本人签名"]]
        for i, (nm, u) in enumerate(zip(names, units, strict=True)):
            rows.append([str(i + 1), nm, rng.choice("男女"), u, nm])
        pg.table(15, yy + 3, [14, 28, 14, 78, 46], rows, 10, ctx.body, 11.5, {4: ctx.hand}, ctx.bold)
    people = [person(nm, i + 1, "attendee") for i, nm in enumerate(names)]
    fields = {
        "title": title,
        "issuer": issuer,
        "period": {"start": iso(day), "end": iso(day)},
        "people": people,
    }
    who = names[rng.randrange(n)]
    return Doc("sign_in_sheet", lay, [pg], fields, ["title", "issuer", "period.start", "period.end", "people"],
               claim(c["policy"], who, y))  # fmt: skip


def training_notice(ctx: Ctx, k: int) -> Doc:
    v, lay = ctx.layout("training_notice")
    c = ctx.city()
    p = ctx.prof(c)
    rng = ctx.rng
    y = c["year"]
    t = ctx.pick("notice.title", p["trainings"])
    title = ctx.pick("notice.prefix", (f"{y}年{t}", f"{c['city']}{y}年{t}", t))
    issuer = ctx.pick("notice.issuer", (c["hrss"], p["dept"], p["society"]))
    days = rng.choice((2, 3, 4))
    s, e = span(rng, y, days, 4, 11)
    issued = plus(s, -rng.randint(7, 25))
    df = ctx.pick("notice.date", DAY_FORMS)
    hours = days * 8
    cat = ctx.pick("notice.cat", ("professional", None))
    hline = (f"培训结束经考核合格的，登记{'专业科目' if cat else '继续教育'}{hours}学时。" if v != "invite"
             else f"参加本次培训（会议）可按规定折算继续教育{hours}学时。")  # fmt: skip
    if v == "invite":
        cat = None
    venue = ctx.pick("notice.venue", c["venue"])
    names = ctx.names(rng.randint(2, 4) if v not in ("schedule", "receipt") else rng.randint(5, 8))
    ptxt = period_text(s, e, df)
    pages = [Page()]
    pg = pages[0]
    docno = f"{c['docno']}〔{y}〕{rng.randint(12, 140)}号"
    head = f"关于举办{title}的通知"
    holder = None
    org_list = "、".join(names)
    if v == "redhead":
        pg.text(105, 22, f"{issuer}文件" if len(issuer) <= 13 else issuer, 24 if len(issuer) <= 13 else 20, ctx.bold,
                "c", RED)  # fmt: skip
        pg.text(105, 42, docno, 12, ctx.body, "c")
        pg.line(18, 50, 192, 50, 1.0, RED)
        yy = pg.wrap(25, 58, 160, head, 16, ctx.bold)
    elif v == "forward":
        cnty = ctx.pick("notice.cnty", c["counties"])
        fwd = cnty + "人力资源和社会保障局"
        pg.text(105, 22, fwd, 20, ctx.bold, "c", RED)
        pg.line(18, 32, 192, 32, 1.0, RED)
        yy = pg.wrap(25, 40, 160, f"转发《{issuer}关于举办{title}的通知》的通知", 15, ctx.bold)
        yy = para(pg, ctx, 20, yy + 4, 170, f"各乡镇（街道）、局属有关单位：现将{issuer}《关于举办{title}的通知》转发给你们，"
                  f"请按要求认真组织参加。经研究，推荐{org_list}同志参加本次培训。", 11.5)  # fmt: skip
        yy = pg.wrap(20, yy + 4, 170, "附：", 11.5, ctx.body)
        yy = pg.wrap(25, yy + 2, 160, head, 13, ctx.bold)
    elif v == "invite":
        pg.text(105, 26, "邀 请 函", 24, ctx.bold, "c")
        holder = names[0]
        names = names[:1]
        yy = 44.0
        pg.text(20, yy, f"尊敬的{holder}同志：", 13, ctx.body)
        yy += 9
    else:
        yy = pg.wrap(25, 26, 160, head, 17, ctx.bold)
    if True:
        to = ctx.pick(
            "notice.to", ("各县（市、区）人力资源社会保障局，市直有关单位：", "各有关单位：", "各会员单位：")
        )
        if v not in ("invite", "forward"):
            yy = pg.wrap(20, yy + 5, 170, to, 12, ctx.body)
        intro = (f"为进一步提高全市{p['field']}专业技术人员业务水平，经研究，定于{ptxt}在{venue}举办{title}。"
                 "现将有关事项通知如下：") if v != "invite" else (
                 f"为促进{p['field']}领域交流，我单位定于{ptxt}在{venue}举办{title}，诚邀您拨冗参加。")  # fmt: skip
        yy = para(pg, ctx, 20, yy + 2, 170, intro, 12)
        items = [f"一、培训时间：{ptxt}（报到时间为首日上午8:30前）。", f"二、培训地点：{venue}。",
                 f"三、培训内容：{p['field']}新理论、新技术、新方法及相关政策解读。", f"四、{hline}"]  # fmt: skip
        if v in ("redhead", "plain"):
            items.append(f"五、参训人员：请{ctx.pick('notice.w', p['work'])}{org_list}同志按时参加。")
        for it in items:
            yy = para(pg, ctx, 20, yy + 1, 170, it, 12)
        if v == "schedule":
            yy = para(pg, ctx, 20, yy + 1, 170, "附件：1.培训日程安排  2.参训人员名单", 12)
        if v == "receipt":
            yy = para(pg, ctx, 20, yy + 1, 170, "请于开班前将报名回执报送至联系人邮箱。", 12)
    sign_block(pg, ctx, issuer if v != "forward" else fwd, fmt(iso(issued), df), min(yy + 12, 240),
               seed=rng.randrange(999))  # fmt: skip
    if v == "receipt":
        rows = [["单位", "姓名", "性别", "职称", "联系电话"]]
        for nm in names:
            rows.append(
                [
                    ctx.pick("notice.ru", p["work"])[-8:],
                    nm,
                    rng.choice("男女"),
                    "中级",
                    f"13{rng.randrange(10**9):09d}",
                ]
            )
        pg.text(105, 252, "报 名 回 执", 14, ctx.bold, "c")
        pg.table(15, 260, [52, 30, 16, 26, 56], rows[:4], 10, ctx.body, 8, {1: ctx.hand})
        names = [r[1] for r in rows[1:4]]
    if v == "schedule":
        p2 = Page()
        pages.append(p2)
        p2.text(20, 18, "附件1", 12, ctx.bold)
        p2.text(105, 28, f"{title}日程安排", 15, ctx.bold, "c")
        rows = [["日期", "时间", "内容", "授课人"]]
        lect = ctx.names(days * 2 + len(names))[len(names) :]
        lect = [nm for nm in lect if nm not in names][: days * 2]
        for d in range(days):
            dd = fmt(iso(plus(s, d)), "ymd")
            rows.append(
                [
                    dd,
                    "8:30-11:30",
                    f"{p['field']}专题讲座（{cn_small(d * 2 + 1)}）",
                    lect[(2 * d) % len(lect)] + "教授",
                ]
            )
            rows.append([dd, "14:00-17:00", "现场教学与交流研讨", lect[(2 * d + 1) % len(lect)] + "高工"])
        yy = p2.table(15, 38, [40, 30, 80, 30], rows, 9.5, ctx.body, 10, header_font=ctx.bold)
        p2.text(20, yy + 12, "附件2", 12, ctx.bold)
        p2.text(105, yy + 22, "参训人员名单", 15, ctx.bold, "c")
        rows = [["序号", "姓名", "工作单位"]] + [
            [str(i + 1), nm, ctx.pick("notice.su", p["work"])] for i, nm in enumerate(names)
        ]
        p2.table(25, yy + 32, [20, 40, 100], rows, 10, ctx.body, 9, header_font=ctx.bold)
    people = [person(nm, i + 1, "attendee") for i, nm in enumerate(names)]
    fields = {"holder": holder, "people": people, "title": title, "issuer": issuer if v != "forward" else fwd,
              "issued_on": iso(issued), "period": {"start": iso(s), "end": iso(e)}, "hours_stated": float(hours)}  # fmt: skip
    scored = ["title", "issued_on", "period.start", "period.end", "hours_stated"]
    if v != "forward":
        scored.insert(1, "issuer")
    return Doc("training_notice", lay, pages, fields, scored, claim(c["policy"], names[0], y), cat)


QUAL_SUBJ = {"yantai": ["护理学", "水产养殖学", "园艺", "船舶与海洋工程", "城乡规划", "物理学"],
             "yiyang": ["茶学", "水利水电工程", "学前教育", "医学检验技术", "体育教育", "广播电视工程"]}  # fmt: skip
MASTER = {"护理学": "医学", "水产养殖学": "农学", "园艺": "农学", "船舶与海洋工程": "工学", "城乡规划": "工学",
          "物理学": "理学", "茶学": "农学", "水利水电工程": "工学", "学前教育": "教育学", "医学检验技术": "医学",
          "体育教育": "教育学", "广播电视工程": "工学"}  # fmt: skip
MODULES = ["Word 2003中文字处理", "Excel 2003中文电子表格", "PowerPoint 2003中文演示文稿", "Internet应用",
           "Windows XP操作系统", "AutoCAD 2004制图"]  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v, lay = ctx.layout("qualification_certificate")
    c = ctx.city()
    rng = ctx.rng
    y = c["year"]
    holder = ctx.names(1)[0]
    subj = ctx.pick("qual.subj", QUAL_SUBJ[c["key"]])
    school = ctx.pick("qual.school", (c["school"], c["school2"]) if v != "master" else (c["school"],))
    sex = rng.choice("男女")
    birth = f"{cn_year(rng.randint(1984, 1996))}年{cn_small(rng.randint(1, 12))}月"
    modules: list[str] | None = None
    subject: str | None = subj
    month_only = False
    pg = Page(297, 210)
    frame(pg, ctx, 2)
    if v == "graduation":
        kind = "graduation"
        issued = f"{y}-06-{rng.choice((20, 25, 28, 30))}"
        df = "cn"
        yrs = rng.choice((3, 4))
        pg.text(148.5, 24, "毕 业 证 书", 30, ctx.bold, "c")
        pg.rect(30, 50, 62, 92, 0.3)
        body = (f"学生{holder}，性别{sex}，{birth}生，于{cn_year(y - yrs)}年九月至{cn_year(y)}年六月在本校{subj}专业"
                f"{cn_small(yrs)}年制{'本科' if yrs == 4 else '专科'}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")  # fmt: skip
        para(pg, ctx, 76, 52, 190, body, 14)
        pg.text(76, 150, f"校名：{school}", 13, ctx.body)
        pg.text(76, 162, f"校（院）长：{ctx.names(1)[0]}", 13, ctx.body)
        pg.text(30, 186, f"证书编号：{rng.randrange(10**17, 10**18)}", 11, ctx.body)
        sign_block(pg, ctx, school, fmt(issued, df), 160, 262, seed=rng.randrange(999))
        issuer = school
    elif v == "master":
        kind = "master_degree"
        month_only = True
        issued = f"{y}-{rng.choice((6, 12)):02d}"
        df = ctx.pick("qual.mdf", ("cnm", "ym"))
        pg.text(148.5, 24, "硕士学位证书", 30, ctx.bold, "c")
        body = (f"{holder}，{sex}，{birth}生。在{subj}学科（专业）已通过硕士学位的课程考试和论文答辩，"
                f"成绩合格。根据《中华人民共和国学位条例》的规定，授予{MASTER[subj]}硕士学位。")  # fmt: skip
        para(pg, ctx, 40, 54, 217, body, 14)
        pg.text(60, 140, f"{school}", 14, ctx.body)
        pg.text(60, 152, f"学位评定委员会主席 {ctx.names(1)[0]}", 13, ctx.body)
        pg.text(30, 186, f"证书编号：{rng.randrange(10**15, 10**16)}", 11, ctx.body)
        sign_block(pg, ctx, school, fmt(issued, df), 150, 250, seed=rng.randrange(999))
        issuer = school
    elif v == "selfstudy":
        kind = "self_study_exam"
        issuer = c["selfexam"]
        course = ctx.pick(
            "qual.course",
            ("学前儿童艺术教育", "护理学导论", "水力学", "茶叶审评与检验", "城市规划原理", "税法"),
        )
        modules = [course]
        issued = iso(rand_date(rng, y, 5, 12))
        df = ctx.pick("qual.sdf", DAY_FORMS)
        pg.text(148.5, 22, f"{c['province']}高等教育自学考试", 18, ctx.bold, "c")
        pg.text(148.5, 36, "课程合格证书", 28, ctx.bold, "c")
        rows = [["姓名", holder, "准考证号", str(rng.randrange(10**11, 10**12))], ["专业", subj, "课程代码", f"{rng.randint(10, 99)}{rng.randint(100, 999)}"],
                ["课程名称", course, "成绩", str(rng.randint(60, 92))], ["考试时间", f"{y}年{rng.choice((4, 10))}月", "学分", str(rng.randint(3, 6))]]  # fmt: skip
        pg.table(40, 56, [36, 72, 36, 73], rows, 12, ctx.body, 14)
        pg.text(40, 122, "该考生上述课程考试成绩合格，特发此证。", 13, ctx.body)
        sign_block(pg, ctx, issuer, fmt(issued, df), 150, 262, seed=rng.randrange(999))
    elif v == "computer":
        kind = "computer_exam"
        subject = None
        issuer = ctx.pick("qual.cissuer", ("人力资源和社会保障部人事考试中心", c["exam_inst"]))
        modules = rng.sample(MODULES, rng.randint(1, 3))
        issued = iso(rand_date(rng, y, 3, 12))
        df = ctx.pick("qual.cdf", DAY_FORMS)
        pg.text(148.5, 22, "全国专业技术人员计算机应用能力考试", 18, ctx.bold, "c")
        pg.text(148.5, 36, "合 格 证 书", 28, ctx.bold, "c")
        yy = label_lines(pg, ctx, 60, 58, [("姓    名", holder), ("性    别", sex),
                                          ("身份证号", f"{rng.randrange(10**5, 10**6)}19{rng.randint(80, 96)}********"),
                                          ("管 理 号", f"{y}{rng.randrange(10**8, 10**9)}")], 13, "：", 2.0)  # fmt: skip
        pg.text(60, yy + 2, "考试科目（模块）：", 13, ctx.body)
        for i, m in enumerate(modules):
            pg.text(75, yy + 11 + i * 8, f"{i + 1}. {m}", 13, ctx.body)
        sign_block(pg, ctx, issuer, fmt(issued, df), 160, 262, seed=rng.randrange(999))
    else:
        kind = "postgraduate_courses"
        issued = iso(rand_date(rng, y, 6, 12))
        df = ctx.pick("qual.pdf", DAY_FORMS)
        modules = rng.sample(
            ["现代教育理论", "科学研究方法", "专业英语", f"{subj}前沿专题", "统计分析方法", "学科教学论"], 4
        )
        issuer = c["school"]
        pg.text(148.5, 22, "研究生课程进修班结业证书", 24, ctx.bold, "c")
        body = (f"{holder}同志于{y - 1}年9月至{y}年6月在我校参加{subj}专业研究生课程进修班学习，"
                "修完下列全部课程，考试成绩合格，准予结业。")  # fmt: skip
        yy = para(pg, ctx, 36, 42, 225, body, 14)
        rows = [["课程名称", "学分", "成绩"]] + [
            [m, str(rng.randint(2, 3)), str(rng.randint(75, 93))] for m in modules
        ]
        pg.table(60, yy + 4, [90, 30, 30], rows, 11, ctx.body, 9)
        sign_block(pg, ctx, issuer, fmt(issued, df), 160, 262, seed=rng.randrange(999))
    fields = {"holder": holder, "issuer": issuer, "issued_on": issued,
              "qualification": {"kind": kind, "subject": subject, "modules": modules}}  # fmt: skip
    scored = ["holder", "issuer", "issued_on", "qualification.kind"]
    if subject:
        scored.append("qualification.subject")
    if modules:
        scored.append("qualification.modules")
    del month_only
    return Doc("qualification_certificate", lay, [pg], fields, scored, claim(c["policy"], holder, y))


def other(ctx: Ctx, k: int) -> Doc:
    v, lay = ctx.layout("other")
    c = ctx.city()
    p = ctx.prof(c)
    rng = ctx.rng
    y = c["year"]
    holder, other_ = ctx.names(2)
    work = ctx.pick("other.work", p["work"])
    issued = rand_date(rng, y, 6, 12)
    df = ctx.pick("other.date", DAY_FORMS)
    s, e = span(rng, y, rng.randint(20, 120), 1, 7)
    ptxt = period_text(s, e, df)
    issuer = work
    period = {"start": iso(s), "end": iso(e)}
    if v == "teaching":
        head = "授课证明"
        body = f"兹证明{holder}同志于{ptxt}受邀在{c['school']}为{p['field']}专业技术人员培训班授课，主讲《{p['field']}实用技术》，共计{rng.randint(4, 16)}学时，教学效果良好。"
        issuer = c["school"]
    elif v == "mentoring":
        head = "指导青年专业技术人员证明"
        body = f"我单位{holder}同志自{ptxt}指导青年专业技术人员{other_}同志开展{p['field']}业务工作，按计划完成带教任务，被指导人业务能力明显提升。"
    elif v == "review":
        head = "聘 书"
        body = f"兹聘请{work}{holder}同志为{c['city']}{y}年度{p['field']}专业技术职务任职资格评审委员会评审专家，聘期一年（{ptxt}）。"
        issuer = c["hrss"]
    elif v == "visiting":
        head = "访问学者结业证明"
        issuer = ctx.pick("other.uni", ("中国海洋大学", "山东大学", "湖南农业大学", "中南大学"))
        body = f"{work}{holder}同志于{ptxt}在我校以国内访问学者身份开展{p['field']}方向研修，指导教师为{other_}教授，完成研修计划，考核合格。"
    else:
        head = "服务基层工作证明"
        cnty = ctx.pick("other.cnty", c["counties"])
        issuer = f"{cnty}人力资源和社会保障局"
        body = f"兹证明{work}{holder}同志于{ptxt}在{cnty}开展{p['field']}科技服务基层工作，累计服务{rng.randint(30, 90)}天，工作扎实，群众满意。"
    pg = Page()
    frame(pg, ctx, 1 if v == "review" else 0)
    yy = heading(pg, ctx, head, 40, 22)
    yy = para(pg, ctx, 28, yy + 14, 154, body, 13)
    pg.text(36, yy + 4, "特此证明。" if v != "review" else "", 13, ctx.body)
    sign_block(pg, ctx, issuer, fmt(iso(issued), df), yy + 30, seed=rng.randrange(999))
    fields = {
        "holder": holder,
        "title": head.replace(" ", ""),
        "issuer": issuer,
        "issued_on": iso(issued),
        "period": period,
    }
    return Doc("other", lay, [pg], fields, [], claim(c["policy"], holder, y))


_ = width_mm
