"""Draw 18 builders: training certificates, sign-in sheets, notices, qualifications and non-proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame, heading, label_lines, sign_block
from bench.blind.page import Page
from bench.blind18.pools import PLATFORMS, Ctx, region, workplace
from bench.generator.truth import person

PUB_TOPICS = ["习近平新时代中国特色社会主义思想专题", "数字经济与创新驱动发展", "专业技术人员职业道德与诚信建设",
              "乡村振兴战略解读", "人工智能与数字化转型", "网络安全与保密知识", "黄河流域生态保护和高质量发展"]  # fmt: skip
PRO_TOPICS = ["基层慢性病综合管理实务", "新课程标准下的大单元教学设计", "装配式建筑施工技术与质量控制",
              "小麦绿色高产高效栽培技术", "急危重症护理新进展", "水污染治理工程新技术", "畜禽规模养殖疫病防控",
              "中小学心理健康教育能力提升", "桥梁结构检测与加固技术"]  # fmt: skip


def _period(ctx: Ctx, days: int = 4) -> tuple[dt.date, dt.date]:
    a = ctx.date(2018, 2024)
    return a, a + dt.timedelta(days=ctx.rng.randint(0, days))


def _range(ctx: Ctx, a: dt.date, b: dt.date) -> str:
    return ctx.d(a) if a == b else f"{ctx.d(a)}至{ctx.d(b)}"


def training_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("training")
    r = ctx.rng
    prov, city = region(ctx)
    who = ctx.people(1)[0]
    unit = workplace(ctx, city)
    cat = [None, "public", "professional"][(k + ctx.offset // 7) % 3]
    topic = r.choice(PUB_TOPICS if cat == "public" else PRO_TOPICS)
    a, b = _period(ctx, 3)
    issued = b + dt.timedelta(days=r.randint(0, 12))
    hours = float(r.choice([6, 8, 12, 16, 24, 30, 32, 40]))
    hs = f"{int(hours)}"
    catword = {"public": "公需科目", "professional": "专业科目", None: ""}[cat]
    title = topic + ("培训班" if v not in ("portal", "phone", "gongxu") else "")
    issuer = f"{prov[:-1]}省{r.choice(['人力资源和社会保障厅', '专业技术人员继续教育基地'])}"
    scored = ["holder", "title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    pages = []
    if v == "portal":
        issuer = f"{prov}{r.choice(PLATFORMS)}"
        pg = Page()
        pg.rect(0, 0, 210, 18, 0, fill=(30, 90, 160))
        pg.text(12, 5, issuer, 15, ctx.bold, color=(255, 255, 255))
        pg.text(105, 30, "继续教育学时证明", 22, ctx.bold, "c")
        rows = [["姓名", who, "工作单位", unit], ["课程名称", title, "科目类别", catword or "—"],
                ["学习时间", _range(ctx, a, b), "获得学时", hs + "学时"]]  # fmt: skip
        pg.table(15, 48, [25, 60, 25, 70], rows, 10.5, ctx.body, row_h=12)
        pg.wrap(15, 100, 180, "该学员已完成上述课程的网络学习并考核合格，特此证明。", 12, ctx.body)
        pg.text(20, 120, "证明编号：" + "".join(str(r.randint(0, 9)) for _ in range(14)), 10, ctx.body)
        sign_block(pg, ctx, issuer, ctx.d(issued), 150, seed=r.randint(0, 999))
        pg.text(105, 280, "打印时间：" + ctx.d(issued + dt.timedelta(days=30)), 9, ctx.body, "c")
    elif v == "phone":
        issuer = f"{prov}{r.choice(PLATFORMS)}"
        pg = Page(w=90, h=190, bg=(244, 245, 247))
        pg.rect(0, 0, 90, 12, 0, fill=(255, 255, 255))
        pg.text(45, 3, "我的学习档案", 11, ctx.bold, "c")
        pg.text(6, 16, issuer, 8, ctx.body)
        pg.rect(4, 24, 86, 112, 0.2, (210, 210, 210), fill=(255, 255, 255))
        y = label_lines(pg, ctx, 7, 28, [("学员", who), ("单位", unit[:14])], 8.5, "：", 2.0)
        y = pg.wrap(7, y, 76, f"课程：{title}", 8.5, ctx.body)
        y = label_lines(pg, ctx, 7, y + 1, [("开始", ctx.d(a)), ("结束", ctx.d(b)), ("学时", hs),
                                             ("类别", catword or "未分类"), ("状态", "已合格")], 8.5, "：", 2.0)  # fmt: skip
        pg.text(7, y + 2, "证书生成日期：" + ctx.d(issued), 8, ctx.body)
        pg.rect(20, 150, 70, 160, 0, fill=(30, 120, 220))
        pg.text(45, 152, "下载证书", 10, ctx.bold, "c", color=(255, 255, 255))
    elif v == "medcard":
        issuer = f"{prov}卫生健康委员会继续医学教育委员会"
        hs_line = f"授予Ⅱ类学分{r.choice([2, 3, 4, 5])}分（{hs}学时）"
        pg = Page(w=180, h=120)
        frame(pg, ctx, 1)
        pg.text(90, 14, "继续医学教育项目", 13, ctx.body, "c")
        pg.text(90, 22, "学 分 证 书", 20, ctx.bold, "c")
        y = label_lines(pg, ctx, 20, 38, [("姓名", who), ("单位", unit), ("项目名称", title),
                                          ("举办日期", _range(ctx, a, b))], 11, "：", 2.0)  # fmt: skip
        pg.text(20, y, hs_line, 11, ctx.body)
        if catword:
            pg.text(20, y + 8, f"科目：{catword}", 11, ctx.body)
        sign_block(pg, ctx, issuer, ctx.d(issued), 92, size=10, seed=r.randint(0, 999))
    elif v == "teacher":
        issuer = f"{city}教育局" if r.random() < 0.5 else f"{city}教师发展中心"
        pg = Page()
        frame(pg, ctx, 3)
        heading(pg, ctx, "结业证书", 50, 34, spaced=True)
        pg.text(40, 95, f"{who}  老师：", 15, ctx.body)
        pg.wrap(40, 110, 135, f"于{_range(ctx, a, b)}参加{title}，完成全部研修任务，共计{hs}学时"
                f"{'（' + catword + '）' if catword else ''}，考核合格，准予结业。", 15, ctx.body, 1.9, 12)  # fmt: skip
        sign_block(pg, ctx, issuer, ctx.d(issued), 200, seed=r.randint(0, 999))
    elif v == "landscape":
        pg = Page(w=297, h=210)
        frame(pg, ctx, 2)
        heading(pg, ctx, "培训合格证书", 28, 30)
        rows = [
            ["姓名", "工作单位", "培训项目", "培训时间", "学时"],
            [who, unit, title, _range(ctx, a, b), hs],
        ]
        pg.table(28, 70, [30, 60, 80, 70, 20], rows, 10.5, ctx.body, row_h=16)
        if catword:
            pg.text(28, 110, f"培训类别：{catword}", 12, ctx.body)
        pg.text(28, 122, "经考核，成绩合格，特发此证。", 13, ctx.body)
        sign_block(pg, ctx, issuer, ctx.d(issued), 150, seed=r.randint(0, 999))
    else:  # gongxu
        cat = "public" if cat is None else cat
        catword = {"public": "公需科目", "professional": "专业科目"}[cat]
        issuer = f"{city}人力资源和社会保障局"
        pg = Page(w=148, h=210)
        pg.text(74, 16, f"{a.year}年度专业技术人员继续教育", 12, ctx.bold, "c")
        pg.text(74, 26, f"{catword}学习证明", 18, ctx.bold, "c")
        y = label_lines(pg, ctx, 14, 46, [("姓  名", who), ("工作单位", unit)], 11, "：", 2.3)
        y = pg.wrap(14, y, 120, f"学习内容：{title}", 11, ctx.body)
        label_lines(pg, ctx, 14, y + 2, [("学习时间", _range(ctx, a, b)), ("认定学时", hs)], 11, "：", 2.3)
        sign_block(pg, ctx, issuer, ctx.d(issued), 150, size=11, seed=r.randint(0, 999))
    pages.append(pg)
    f = {"holder": who, "title": title, "issuer": issuer, "issued_on": issued.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": hours}  # fmt: skip
    return Doc(
        "training_certificate", f"training18-{v}", pages, f, scored, {"person": who, "year": b.year}, cat
    )


def sign_in_sheet(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("signin")
    r = ctx.rng
    prov, city = region(ctx)
    n = r.randint(6, 12)
    ppl = ctx.people(n)
    day = ctx.date(2018, 2024)
    topic = r.choice(PRO_TOPICS + PUB_TOPICS)
    title = topic + r.choice(["专题讲座", "培训会", "业务学习"])
    issuer = workplace(ctx, city)
    units = [workplace(ctx, city) for _ in ppl]
    pg = Page(w=297, h=210) if v == "ledger" else Page()
    W = pg.w
    pg.text(W / 2, 14, f"{title}签到表", 17, ctx.bold, "c")
    y0 = 34
    hand = ctx.hand
    if v == "ruled":
        pg.text(15, 25, f"主办单位：{issuer}", 10.5, ctx.body)
        pg.text(195, 25, f"时间：{ctx.d(day)}", 10.5, ctx.body, "r")
        rows = [["序号", "姓名", "工作单位", "职称", "签名"]] + [
            [str(i + 1), p, units[i], r.choice(["主治医师", "中级", "讲师", "工程师", "初级"]), ""]
            for i, p in enumerate(ppl)]  # fmt: skip
        yb = pg.table(15, y0, [14, 26, 74, 26, 40], rows, 10, ctx.body, row_h=11)
        pg.text(15, yb + 6, "备注：请本人签名，不得代签。", 9.5, ctx.body)
    elif v == "twocol":
        pg.text(15, 25, f"培训日期：{ctx.d(day)}    组织单位：{issuer}", 10.5, ctx.body)
        half = (n + 1) // 2
        rows = [["序号", "姓名", "序号", "姓名"]]
        for i in range(half):
            j = i + half
            rows.append([str(i + 1), "", str(j + 1) if j < n else "", ""])
        pg.table(20, y0, [20, 65, 20, 65], rows, 11, ctx.body, row_h=12)
        for i, p in enumerate(ppl):
            col, row = divmod(i, half)
            pg.text(20 + 20 + col * 85 + 32, y0 + 12 * (row + 1) + 2.5, p, 14, hand, "c", (25, 25, 90))
    elif v == "inout":
        pg.text(15, 25, f"日期：{ctx.d(day)}  地点：{issuer}学术报告厅", 10.5, ctx.body)
        rows = [["序号", "姓名", "科室/部门", "签到时间", "签退时间"]] + [
            [str(i + 1), p, r.choice(["内科", "外科", "护理部", "教务处", "技术科", "办公室"]),
             f"{r.randint(8, 8)}:{r.randint(0, 29):02d}", f"11:{r.randint(30, 59):02d}"] for i, p in enumerate(ppl)]  # fmt: skip
        pg.table(15, y0, [14, 36, 50, 40, 40], rows, 10.5, ctx.body, row_h=11)
        pg.text(195, 280, f"{issuer}（盖章）", 10.5, ctx.body, "r")
    elif v == "ledger":
        pg.text(20, 25, f"会议名称：{title}", 11, ctx.body)
        pg.text(277, 25, f"{ctx.d(day)}", 11, ctx.body, "r")
        rows = [["序号", "姓名", "单位", "联系电话", "序号", "姓名", "单位", "联系电话"]]
        half = (n + 1) // 2
        for i in range(half):
            j = i + half
            row = [str(i + 1), ppl[i], units[i][:12], "1" + "".join(str(r.randint(0, 9)) for _ in range(10))]
            row += ([str(j + 1), ppl[j], units[j][:12], "1" + "".join(str(r.randint(0, 9)) for _ in range(10))]
                    if j < n else ["", "", "", ""])  # fmt: skip
            rows.append(row)
        pg.table(20, y0, [12, 24, 48, 33, 12, 24, 48, 33], rows, 9, ctx.body, row_h=10)
        pg.text(20, 190, f"主办：{issuer}", 10, ctx.body)
    else:  # esign
        pg.rect(0, 0, W, 16, 0, fill=(240, 240, 240))
        pg.text(12, 5, "线上签到明细导出", 11, ctx.body)
        pg.text(15, 25, f"活动：{title}  发起单位：{issuer}  日期：{ctx.d(day)}", 9.5, ctx.body)
        rows = [["No.", "姓名", "所在单位", "签到状态", "签到时刻"]] + [
            [str(i + 1), p, units[i], "已签到", f"{r.randint(13, 14)}:{r.randint(10, 59):02d}:{r.randint(10, 59)}"]
            for i, p in enumerate(ppl)]  # fmt: skip
        pg.table(15, y0, [14, 30, 76, 30, 30], rows, 9.5, ctx.body, row_h=9)
    if v == "ruled":
        for i, p in enumerate(ppl):
            pg.text(175, y0 + 11 * (i + 1) + 2, p, 13, hand, "c", (20, 20, 80))
    people = [person(p, i + 1, "attendee") for i, p in enumerate(ppl)]
    f = {"title": title, "issuer": issuer, "period": {"start": day.isoformat(), "end": day.isoformat()},
         "people": people}  # fmt: skip
    claim = {"person": ppl[r.randrange(n)], "year": day.year}
    return Doc("sign_in_sheet", f"signin18-{v}", [pg], f, ["title", "issuer", "period.start", "period.end", "people"],
               claim)  # fmt: skip


def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    r = ctx.rng
    prov, city = region(ctx)
    who = ctx.people(1)[0]
    topic = r.choice(PRO_TOPICS + PUB_TOPICS)
    title = f"{topic}{r.choice(['培训班', '研修班', '高级研修班'])}"
    a, b = _period(ctx, 3)
    issued = a - dt.timedelta(days=r.randint(8, 30))
    hours = float(r.choice([8, 12, 16, 20, 24]))
    org = r.choice([f"{city}卫生健康委员会", f"{city}教育局", f"{prov}农业农村厅", f"{city}科学技术协会",
                    f"{city}人力资源和社会保障局"])  # fmt: skip
    scored = ["title", "issuer", "issued_on", "period.start", "period.end", "hours_stated"]
    pages = []
    pg = Page()
    place = f"{city}{r.choice(['会议中心', '宾馆三楼会议室', '党校报告厅'])}"
    body = [f"一、培训时间：{_range(ctx, a, b)}", f"二、培训地点：{place}",
            "三、培训对象：各单位相关专业技术人员", f"四、学时认定：完成培训并考核合格者，认定继续教育{int(hours)}学时。",
            "五、请各单位于开班前报送参训人员回执。"]  # fmt: skip
    hand_note = None
    if v == "redhead":
        pg.text(105, 22, f"{org}文件", 26, ctx.bold, "c", (200, 20, 20))
        pg.line(15, 44, 195, 44, 1.0, (200, 20, 20))
        pg.text(
            105,
            36,
            f"{city[:2]}{org[len(city) : len(city) + 2]}〔{issued.year}〕{r.randint(3, 90)}号",
            11,
            ctx.body,
            "c",
        )
        y = pg.wrap(20, 54, 170, f"关于举办{title}的通知", 16, ctx.bold)
        pg.text(20, y + 4, "各有关单位：", 12, ctx.body)
        y = pg.wrap(20, y + 12, 170, f"为进一步提升专业技术人员业务能力，经研究，决定举办{title}。现将有关事项通知如下：",
                    12, ctx.body, 1.8, 8.5)  # fmt: skip
        for s in body:
            y = pg.wrap(28, y + 1, 162, s, 12, ctx.body, 1.8)
        sign_block(pg, ctx, org, ctx.d(issued), y + 14, seed=r.randint(0, 999))
        hand_note = (30, 260)
    elif v == "invite":
        pg.text(105, 28, "邀  请  函", 26, ctx.bold, "c", (170, 30, 30))
        pg.text(20, 55, f"尊敬的{who}同志：", 13, ctx.body)
        y = pg.wrap(20, 68, 170, f"兹定于{_range(ctx, a, b)}在{place}举办{title}，诚邀您拨冗参加。"
                    f"培训结束后颁发证书，计{int(hours)}学时。", 13, ctx.body, 1.9, 9)  # fmt: skip
        pg.text(
            20,
            y + 6,
            "联系人："
            + ctx.people(1)[0]
            + "  电话：0"
            + str(r.randint(371, 539))
            + "-"
            + str(r.randint(6000000, 8999999)),
            11,
            ctx.body,
        )
        sign_block(pg, ctx, org, ctx.d(issued), y + 30, seed=r.randint(0, 999))
    elif v == "agenda":
        pg.text(105, 18, title, 15, ctx.bold, "c")
        pg.text(105, 28, "日程安排", 14, ctx.bold, "c")
        pg.text(20, 40, f"主办单位：{org}  发布日期：{ctx.d(issued)}", 10.5, ctx.body)
        rows = [["日期", "时间", "内容", "主讲人"]]
        dd = a
        while dd <= b:
            for t in ("08:30-11:30", "14:00-17:00"):
                rows.append([ctx.d(dd), t, r.choice(PRO_TOPICS)[:14], ctx.people(1)[0]])
            dd += dt.timedelta(days=1)
        y = pg.table(20, 50, [38, 30, 78, 24], rows, 9.5, ctx.body, row_h=10)
        pg.text(20, y + 8, f"全程参加者认定{int(hours)}学时。地点：{place}", 10.5, ctx.body)
        hand_note = (120, y + 30)
    elif v == "reply":
        pg.text(105, 20, f"关于举办{title}的通知", 14, ctx.bold, "c")
        y = 36
        for s in body:
            y = pg.wrap(20, y, 170, s, 11, ctx.body, 1.8)
        sign_block(pg, ctx, org, ctx.d(issued), y + 8, size=11, seed=r.randint(0, 999))
        pg2 = Page()
        pg2.text(20, 16, "附件", 12, ctx.bold)
        pg2.text(105, 26, f"{title}参训回执", 15, ctx.bold, "c")
        pg2.table(
            20,
            42,
            [30, 70, 30, 40],
            [["姓名", "单位", "职称", "联系电话"], ["", "", "", ""]],
            11,
            ctx.body,
            row_h=14,
        )
        pg2.text(35, 58, who, 14, ctx.hand, "c", (25, 25, 100))
        pg2.text(90, 58, workplace(ctx, city)[:12], 11, ctx.hand, "c", (25, 25, 100))
        pages.append(pg)
        pg = pg2
    else:  # webpost
        pg.rect(0, 0, 210, 20, 0, fill=(160, 25, 25))
        pg.text(12, 6, f"{org}门户网站", 14, ctx.bold, color=(255, 255, 255))
        pg.text(15, 26, "首页 > 通知公告", 9, ctx.body)
        y = pg.wrap(20, 36, 170, f"关于举办{title}的通知", 15, ctx.bold)
        pg.text(20, y + 2, f"发布时间：{ctx.d(issued)}   来源：{org}", 9.5, ctx.body)
        y += 14
        for s in body:
            y = pg.wrap(20, y, 170, s, 11, ctx.body, 1.8)
        pg.text(190, y + 8, org, 11, ctx.body, "r")
        pg.text(190, y + 16, ctx.d(issued), 11, ctx.body, "r")
        hand_note = (40, y + 34)
    if hand_note:
        pg.text(hand_note[0], hand_note[1], f"{who} 已参加", 16, ctx.hand, "l", (30, 30, 120))
    pages.append(pg)
    f = {"holder": who, "title": title, "issuer": org, "issued_on": issued.isoformat(),
         "period": {"start": a.isoformat(), "end": b.isoformat()}, "hours_stated": hours}  # fmt: skip
    return Doc("training_notice", f"notice18-{v}", pages, f, scored, {"person": who, "year": a.year})


SUBJECTS = ["临床医学", "护理学", "汉语言文学", "数学与应用数学", "土木工程", "农学", "动物医学", "会计学",
            "环境工程", "计算机科学与技术", "学前教育", "药学"]  # fmt: skip
MODULES = ["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "Internet应用",
           "Windows 7操作系统", "AutoCAD 2008制图"]  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    r = ctx.rng
    prov, city = region(ctx)
    who = ctx.people(1)[0]
    subj = r.choice(SUBJECTS)
    d = ctx.date(2005, 2023)
    d = d.replace(month=r.choice([6, 7, 12]))
    sex = r.choice(["男", "女"])
    born = f"{d.year - r.randint(22, 32)}年{r.randint(1, 12)}月{r.randint(1, 28)}日"
    no = "".join(str(r.randint(0, 9)) for _ in range(18))
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    mods = None
    pg = Page(w=260, h=185)
    frame(pg, ctx, 2)
    uni = r.choice(
        ["郑州大学", "山东大学", "湖南师范大学", "河南农业大学", "青岛大学", "湘潭大学", "聊城大学"]
    )
    issuer = uni
    if v == "diploma":
        kind = "graduation"
        heading(pg, ctx, "毕业证书", 24, 28, spaced=True)
        pg.wrap(35, 60, 190, f"学生{who}，性别{sex}，{born}生，于{d.year - 4}年9月至{d.year}年{d.month}月在本校"
                f"{subj}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", 13, ctx.body, 2.0, 9)  # fmt: skip
        pg.text(35, 140, f"证书编号：{no}", 10, ctx.body)
        sign_block(
            pg,
            ctx,
            uni,
            ctx.d(d),
            135,
            x_right=230,
            extra=[f"校长：{ctx.people(1)[0]}"],
            seed=r.randint(0, 999),
        )
    elif v in ("master", "doctor"):
        kind = "master_degree" if v == "master" else "doctor_degree"
        deg = {"临床医学": "医学", "护理学": "医学", "药学": "医学", "农学": "农学", "动物医学": "农学",
               "会计学": "管理学", "学前教育": "教育学", "汉语言文学": "文学"}.get(subj, "工学")  # fmt: skip
        word = "硕士" if v == "master" else "博士"
        heading(pg, ctx, f"{word}学位证书", 24, 26)
        pg.wrap(35, 60, 190, f"{who}，{sex}，{born}生。在{subj}学科专业已通过{word}学位的课程考试和论文答辩，"
                f"成绩合格。根据《中华人民共和国学位条例》的规定，授予{deg}{word}学位。", 13, ctx.body, 2.0, 9)  # fmt: skip
        issuer = f"{uni}学位评定委员会"
        sign_block(
            pg,
            ctx,
            issuer,
            ctx.d(d),
            130,
            x_right=230,
            extra=[f"主席：{ctx.people(1)[0]}"],
            seed=r.randint(0, 999),
        )
        pg.text(35, 160, f"证书编号：{no[:16]}", 10, ctx.body)
    elif v == "classes":
        kind = "postgraduate_courses"
        heading(pg, ctx, "研究生课程进修班|结业证书", 24, 24)
        pg.wrap(35, 62, 190, f"{who}同志于{d.year - 2}年9月至{d.year}年{d.month}月参加我校{subj}专业研究生课程进修班学习，"
                "修完规定的全部课程，成绩合格，准予结业。", 13, ctx.body, 2.0, 9)  # fmt: skip
        issuer = f"{uni}研究生院"
        sign_block(pg, ctx, issuer, ctx.d(d), 130, x_right=230, seed=r.randint(0, 999))
    elif v == "zikao":
        kind = "self_study_exam"
        heading(pg, ctx, "高等教育自学考试|毕业证书", 22, 24)
        pg.wrap(35, 62, 190, f"考生{who}，{sex}，{born}生，参加高等教育自学考试{subj}专业（本科）学习，"
                "全部课程考试成绩合格，经审定，准予毕业。", 13, ctx.body, 2.0, 9)  # fmt: skip
        issuer = f"{prov}高等教育自学考试委员会"
        sign_block(
            pg, ctx, issuer, ctx.d(d), 125, x_right=230, extra=[f"主考学校：{uni}"], seed=r.randint(0, 999)
        )
    else:  # computer
        kind = "computer_exam"
        subj = None
        mods = r.sample(MODULES, r.randint(1, 3))
        scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.modules"]
        issuer = f"{prov}人力资源和社会保障厅"
        heading(pg, ctx, "全国专业技术人员计算机应用能力考试|合格证书", 20, 22)
        label_lines(
            pg,
            ctx,
            35,
            60,
            [("姓    名", who), ("身份证号", no), ("工作单位", workplace(ctx, city))],
            12,
            "：",
            2.2,
        )
        rows = [["考试科目（模块）", "成绩"]] + [[m, "合格"] for m in mods]
        pg.table(35, 100, [110, 40], rows, 11, ctx.body, row_h=9)
        sign_block(pg, ctx, issuer, ctx.d(d), 140, x_right=230, seed=r.randint(0, 999))
    q = {"kind": kind, "subject": subj, "modules": mods}
    f = {"holder": who, "issuer": issuer, "issued_on": d.isoformat(), "qualification": q}
    return Doc("qualification_certificate", f"qual18-{v}", [pg], f, scored, {"person": who, "year": d.year})


def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    r = ctx.rng
    prov, city = region(ctx)
    who = ctx.people(1)[0]
    unit = workplace(ctx, city)
    d = ctx.date(2018, 2024)
    pg = Page()
    if v == "payslip":
        pg = Page(w=210, h=100)
        pg.text(105, 10, f"{unit}{d.year}年{d.month}月工资明细", 13, ctx.bold, "c")
        rows = [["姓名", "岗位工资", "薪级工资", "绩效工资", "公积金", "实发"],
                [who] + [str(r.randint(800, 4000)) for _ in range(5)]]  # fmt: skip
        pg.table(12, 26, [30, 32, 32, 32, 30, 30], rows, 10, ctx.body, row_h=11)
    elif v == "leave":
        pg.text(105, 20, "请  假  条", 20, ctx.bold, "c")
        pg.wrap(
            25,
            45,
            160,
            f"本人{who}因参加学习需请假{r.randint(1, 5)}天，自{ctx.d(d)}起，请予批准。",
            13,
            ctx.body,
            2,
            9,
        )
        pg.text(150, 80, "请假人：", 12, ctx.body)
        pg.text(170, 80, who, 14, ctx.hand)
        pg.text(150, 92, ctx.d(d), 12, ctx.body)
        pg.text(25, 110, "科室意见：同意", 12, ctx.body)
    elif v == "checkup":
        pg.text(105, 18, f"{city}中心医院健康体检报告", 16, ctx.bold, "c")
        label_lines(pg, ctx, 20, 36, [("姓名", who), ("单位", unit), ("体检日期", ctx.d(d))], 11, "：", 2.2)
        rows = [["项目", "结果", "参考范围"], ["血红蛋白", f"{r.randint(120, 160)} g/L", "115-165"],
                ["空腹血糖", f"{r.randint(40, 60) / 10} mmol/L", "3.9-6.1"], ["总胆固醇", f"{r.randint(30, 55) / 10}", "<5.2"]]  # fmt: skip
        pg.table(20, 70, [60, 50, 60], rows, 10.5, ctx.body, row_h=10)
    elif v == "invoice":
        pg = Page(w=210, h=120)
        pg.text(105, 10, f"{prov[:-1]}增值税电子普通发票", 15, ctx.bold, "c", (140, 60, 30))
        label_lines(pg, ctx, 15, 26, [("购买方名称", who), ("开票日期", ctx.d(d))], 10.5, "：", 2.2)
        rows = [["项目名称", "数量", "金额"], ["*培训服务*培训费", "1", f"{r.randint(3, 20) * 100}.00"]]
        pg.table(15, 50, [100, 30, 50], rows, 10.5, ctx.body, row_h=10)
        pg.seal(170, 95, 14, f"{city}某培训服务有限公司", r.randint(0, 999))
    else:  # reviewform
        pg.text(105, 40, "专业技术职务任职资格", 18, ctx.bold, "c")
        pg.text(105, 58, "评 审 表", 28, ctx.bold, "c")
        label_lines(pg, ctx, 50, 120, [("姓    名", who), ("工作单位", unit), ("申报资格", r.choice(["副主任医师", "高级教师", "高级工程师"])),
                                       ("填表日期", ctx.d(d))], 13, "：", 2.6, 30, True)  # fmt: skip
        pg.text(105, 260, f"{prov}人力资源和社会保障厅制", 11, ctx.body, "c")
    f = {"holder": who}
    return Doc("other", f"other18-{v}", [pg], f, [], {"person": who, "year": d.year})
