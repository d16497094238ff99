"""Draw 17 builders: training notices, qualification certificates and non-proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, heading, label_lines, sign_block
from bench.blind.page import Page
from bench.blind17 import pools as P
from bench.blind17.pools import Ctx

TOPICS = [
    "县域医共体建设与分级诊疗",
    "新课标背景下的作业设计",
    "高标准农田建设技术规范",
    "智慧工地与BIM技术应用",
    "基层中医药适宜技术推广",
    "职业院校“双师型”教师能力提升",
    "公共卫生应急处置",
    "城市更新与历史街区保护",
    "水肥一体化技术",
    "学前教育保教质量评估",
]


def _org(rng, prov: str, city: str) -> str:
    return rng.choice(
        [
            f"{city}市卫生健康委员会",
            f"{city}市教育局",
            f"{prov}省农业技术推广总站",
            f"{city}市住房和城乡建设局",
            f"{prov}省继续医学教育委员会",
            f"{city}市科学技术协会",
        ]
    )


# ---- notices ------------------------------------------------------------------------------
def training_notice(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("notice")
    rng, st = ctx.rng, P.style(ctx)
    prov, city = P.where(rng)
    issuer = _org(rng, prov, city)
    topic = rng.choice(TOPICS)
    a = P.a_date(rng, 2018, 2024)
    b = a + dt.timedelta(days=rng.choice((1, 2, 3, 4)))
    issued = a - dt.timedelta(days=rng.randint(7, 30))
    hours = rng.choice((8, 12, 16, 24, 30)) if rng.random() < 0.7 else None
    title = f"{topic}培训班"
    who = P.people(rng, 3)
    pg = Page()
    holder = None
    scored = ["title", "issuer", "issued_on", "period.start", "period.end"]
    body = [
        f"一、培训时间：{P.span(a, b, st)}（{P.day(a - dt.timedelta(days=1), st)}报到）",
        f"二、培训地点：{city}市{rng.choice(['迎宾馆', '党校', '职教中心', '行政学院'])}{rng.choice(['二楼会议室', '学术报告厅', '东楼培训室'])}",
        f"三、培训对象：各县（市、区）相关单位专业技术人员，每单位{rng.randint(1, 3)}名",
        "四、培训内容：" + "；".join(rng.sample(TOPICS, 3)) + "等",
    ]
    if hours:
        body.append(f"五、学时认定：培训结束经考核合格者，登记继续教育学时{hours}学时")
    body.append(
        f"{'六' if hours else '五'}、联系人：{who[2]}，电话：0{rng.randint(371, 739)}-{rng.randint(1000000, 9999999)}"
    )
    if v in ("redhead", "reply", "marked"):
        pg.text(
            pg.w / 2,
            20,
            issuer + "文件" if v == "redhead" else issuer,
            24 if v == "redhead" else 18,
            ctx.bold,
            "c",
            (200, 20, 20),
        )
        pg.line(18, 38, 192, 38, 0.9, (200, 20, 20))
        pg.text(
            pg.w / 2,
            42,
            f"{issuer[:2]}{rng.choice(['卫', '教', '科', '建'])}〔{issued.year}〕{rng.randint(3, 90)}号",
            11,
            ctx.body,
            "c",
        )
        heading(pg, ctx, f"关于举办{title}的通知", 54, 16)
        pg.text(20, 70, "各有关单位：", 12, ctx.body)
        y = pg.wrap(
            20,
            78,
            170,
            f"为进一步提高专业技术人员业务水平，经研究，决定举办{title}。现将有关事项通知如下：",
            12,
            ctx.body,
            1.7,
            8.5,
        )
        for ln in body:
            y = pg.wrap(20, y + 1, 170, ln, 12, ctx.body, 1.7, 8.5)
        if v == "reply":
            y = sign_block(pg, ctx, issuer, P.day(issued, st), y + 6, seed=k) + 4
            pg.line(18, y, 192, y, 0.3)
            pg.text(pg.w / 2, y + 4, "参训回执", 14, ctx.bold, "c")
            rows = [["姓名", "单位", "职称", "手机"], ["", P.workplace(rng, city), "", ""]]
            pg.table(20, y + 13, [30, 80, 30, 30], rows, 10, ctx.body, 11)
            pg.text(35, y + 26, who[0], 13, ctx.hand, "c", (30, 30, 130))
            pg.text(
                157, y + 26, rng.choice(["主治医师", "一级教师", "工程师"]), 12, ctx.hand, "c", (30, 30, 130)
            )
            holder = who[0]
        else:
            sign_block(pg, ctx, issuer, P.day(issued, st), y + 8, seed=k)
        if v == "marked":
            pg.text(120, 252, f"{who[0]} 已参加", 20, ctx.hand, color=(30, 40, 140))
            holder = who[0]
    elif v == "invite":
        holder = who[0]
        heading(pg, ctx, "邀 请 函", 26, 26)
        pg.text(20, 48, f"尊敬的{holder}老师：", 13, ctx.body)
        y = pg.wrap(
            20,
            58,
            170,
            f"您好！{issuer}定于{P.span(a, b, st)}举办{title}。您在该领域工作成绩突出，"
            "特邀请您拨冗参加并作交流发言。",
            13,
            ctx.body,
            1.8,
            9,
        )
        for ln in body[1:]:
            y = pg.wrap(20, y + 1, 170, ln, 12, ctx.body, 1.7, 8.5)
        pg.text(20, y + 6, "期待您的光临！", 13, ctx.body)
        sign_block(pg, ctx, issuer, P.day(issued, st), y + 22, seed=k)
    elif v == "agenda":
        heading(pg, ctx, f"{title}|日程安排", 20, 17)
        pg.text(20, 44, f"主办：{issuer}", 11, ctx.body)
        if hours:
            pg.text(192, 44, f"学时：{hours}", 11, ctx.body, "r")
        rows = [["日期", "时间", "内容", "主讲人"]]
        d = a
        while d <= b:
            for slot in ("08:30-11:30", "14:00-17:00"):
                rows.append(
                    [
                        P.day(d, st),
                        slot,
                        rng.choice(TOPICS),
                        rng.choice(who[1:]) + rng.choice(["教授", "主任医师", "研究员"]),
                    ]
                )
            d += dt.timedelta(days=1)
        y = pg.table(20, 54, [46, 28, 72, 30], rows, 9.5, ctx.body, 11)
        pg.text(20, y + 8, f"印发日期：{P.day(issued, st)}", 10.5, ctx.body)
    else:  # feed
        pg = Page(w=82, h=178, bg=(250, 250, 250))
        pg.text(41, 4, issuer, 8.5, ctx.bold, "c")
        y = pg.wrap(6, 12, 70, f"关于举办{title}的通知", 10, ctx.bold, 1.4)
        pg.text(6, y + 1, f"{issuer}  {P.day(issued, 'dash')}", 6.5, ctx.body, color=(120, 120, 120))
        y += 8
        for ln in body:
            y = pg.wrap(6, y, 70, ln, 7.5, ctx.body, 1.6) + 1
        pg.text(
            6,
            y + 3,
            "阅读 " + str(rng.randint(300, 9000)) + "  在看 " + str(rng.randint(2, 90)),
            6.5,
            ctx.body,
            color=(120, 120, 120),
        )
    fields = {
        "holder": holder,
        "title": title,
        "issuer": issuer,
        "issued_on": issued.isoformat(),
        "period": {"start": a.isoformat(), "end": b.isoformat()},
    }
    if hours:
        fields["hours_stated"] = float(hours)
        scored.append("hours_stated")
    if holder is None and v == "feed":
        holder = who[0]
        pg.rect(5, pg.h - 30, 77, pg.h - 8, 0.2, (190, 190, 190), (255, 255, 255))
        pg.text(8, pg.h - 27, "我的报名", 7.5, ctx.bold)
        pg.text(8, pg.h - 20, f"姓名：{holder}    状态：审核通过", 7.5, ctx.body)
    elif holder is None:  # the claimant wrote their name on the copy they hand in
        holder = who[0]
        pg.text(140, pg.h - 22, f"参训人：{holder}", 13, ctx.hand, color=(40, 40, 120))
    fields["holder"] = holder
    claim = holder
    doc = Doc("training_notice", f"notice17-{v}", [pg], fields, scored, {"person": claim, "year": a.year})
    return doc


# ---- qualifications -------------------------------------------------------------------------
MAJORS = [
    "临床医学",
    "护理学",
    "土木工程",
    "农学",
    "汉语言文学",
    "数学与应用数学",
    "会计学",
    "预防医学",
    "水利水电工程",
    "动物医学",
    "学前教育",
    "计算机科学与技术",
]
DEGREE_FIELDS = ["工学", "医学", "农学", "教育学", "理学", "管理学", "文学"]
ZIKAO = [
    "大学语文",
    "管理学原理",
    "中国近现代史纲要",
    "马克思主义基本原理概论",
    "英语（二）",
    "高等数学（工本）",
    "护理学导论",
    "教育心理学",
    "基础会计学",
    "计算机应用基础",
]
COMPUTER = [
    "Word 2016中文字处理",
    "Excel 2016中文电子表格",
    "PowerPoint 2016中文演示文稿",
    "Internet应用",
    "Windows 7操作系统",
    "Photoshop CS6图像处理",
]
PG_COURSES = [
    "高级统计学",
    "科研方法论",
    "医学文献检索",
    "教育研究方法",
    "现代管理学",
    "专业英语",
    "数值分析",
]


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    rng, st = ctx.rng, P.style(ctx)
    prov, city = P.where(rng)
    who = P.people(rng, 1)[0]
    d = P.a_date(rng, 2008, 2024)
    uni = P.college(rng, prov)
    pg = Page(w=250, h=176) if v in ("diploma", "master", "doctor") else Page()
    sex, born = rng.choice("男女"), P.a_date(rng, 1975, 1998)
    subject, modules, issued = None, None, d.isoformat()
    if v == "diploma":
        kind, issuer, subject = "graduation", uni, rng.choice(MAJORS)
        yrs = rng.choice((3, 4, 5))
        heading(pg, ctx, "毕 业 证 书", 22, 28)
        pg.wrap(
            30,
            55,
            190,
            f"学生{who}，性别{sex}，{P.day(born, 'ymd')}生，于{d.year - yrs}年9月至{d.year}年{d.month}月"
            f"在本校{subject}专业{yrs}年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
            14,
            ctx.body,
            2.0,
            10,
        )
        pg.text(30, 120, f"校（院）长：{P.people(rng, 1)[0]}", 12, ctx.body)
        pg.text(30, 130, f"证书编号：{rng.randint(10**17, 10**18 - 1)}", 10, ctx.body)
        sign_block(pg, ctx, uni, P.day(d, st), 128, x_right=225, seed=k)
    elif v in ("master", "doctor"):
        kind = "master_degree" if v == "master" else "doctor_degree"
        issuer, subject = uni, rng.choice(DEGREE_FIELDS)
        word = "硕士" if v == "master" else "博士"
        heading(pg, ctx, f"{word}学位证书", 22, 26)
        pg.wrap(
            30,
            55,
            190,
            f"{who}，{sex}，{P.day(born, 'ymd')}生。在{uni}{rng.choice(MAJORS)}专业完成了{word}学位的要求，"
            f"经审核，依据《中华人民共和国学位条例》的规定，授予{subject}{word}学位。",
            14,
            ctx.body,
            2.0,
            10,
        )
        pg.text(30, 125, f"{uni}学位评定委员会主席", 11, ctx.body)
        pg.text(30, 135, f"证书编号：{rng.randint(10**15, 10**16 - 1)}", 10, ctx.body)
        sign_block(pg, ctx, uni, P.day(d, st), 128, x_right=225, seed=k)
    elif v == "pgcourse":
        kind, issuer = "postgraduate_courses", uni + "研究生院"
        subject = rng.choice(MAJORS)
        modules = rng.sample(PG_COURSES, 4)
        heading(pg, ctx, "研究生课程进修班|结业证书", 30, 22)
        y = pg.wrap(
            25,
            72,
            160,
            f"{who}同志于{d.year - 2}年9月至{d.year}年{d.month}月参加我校{subject}专业研究生课程进修班学习，"
            "修完下列课程，成绩合格，准予结业。",
            13,
            ctx.body,
            1.9,
            9,
        )
        rows = [["课程名称", "学分", "成绩"]] + [
            [m, str(rng.randint(2, 4)), str(rng.randint(70, 95))] for m in modules
        ]
        y = pg.table(35, y + 6, [80, 25, 35], rows, 11, ctx.body, 10)
        sign_block(pg, ctx, issuer, P.day(d, st), y + 18, seed=k)
    elif v == "zikao":
        kind, issuer = "self_study_exam", f"{prov}省高等教育自学考试委员会"
        modules = rng.sample(ZIKAO, rng.randint(1, 3))
        issued = f"{d.year}-{d.month:02d}"
        heading(pg, ctx, "高等教育自学考试|课程合格证书", 30, 22)
        label_lines(
            pg,
            ctx,
            30,
            72,
            [
                ("姓名", who),
                ("准考证号", f"0{rng.randint(10**10, 10**11 - 1)}"),
                ("考试时间", P.month(d.year, d.month, st)),
            ],
            13,
            "：",
        )
        rows = [["课程代码", "课程名称", "成绩"]] + [
            [f"0{rng.randint(1000, 9999)}", m, str(rng.randint(60, 90))] for m in modules
        ]
        y = pg.table(30, 112, [35, 85, 30], rows, 11, ctx.body, 10)
        sign_block(pg, ctx, issuer, P.month(d.year, d.month, st), y + 20, seed=k)
    else:  # computer
        kind, issuer = "computer_exam", f"{prov}省人力资源和社会保障厅"
        modules = rng.sample(COMPUTER, rng.randint(1, 2))
        heading(pg, ctx, "全国专业技术人员计算机|应用能力考试合格证", 30, 20)
        pairs = [
            ("姓名", who),
            ("身份证号", f"{rng.randint(370000, 439999)}{born.year}********"),
            ("考试模块", "、".join(modules)),
            ("考试时间", P.day(d, st)),
            ("证书编号", f"{rng.randint(10**11, 10**12 - 1)}"),
        ]
        y = label_lines(pg, ctx, 30, 74, pairs, 13, "：", label_w=30)
        sign_block(pg, ctx, issuer, P.day(d, st), y + 20, seed=k)
    fields = {
        "holder": who,
        "issuer": issuer,
        "issued_on": issued,
        "qualification": {"kind": kind, "subject": subject, "modules": modules},
    }
    scored = ["holder", "issuer", "issued_on", "qualification.kind"]
    scored += ["qualification.subject"] * (subject is not None) + ["qualification.modules"] * (
        modules is not None
    )
    return Doc(
        "qualification_certificate", f"qual17-{v}", [pg], fields, scored, {"person": who, "year": d.year}
    )


# ---- non-proofs -------------------------------------------------------------------------------
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    rng, st = ctx.rng, P.style(ctx)
    prov, city = P.where(rng)
    who = P.people(rng, 2)
    d = P.a_date(rng, 2018, 2024)
    org = _org(rng, prov, city)
    topic = rng.choice(TOPICS)
    pg = Page()
    if v == "receipt":
        pg = Page(w=210, h=99)
        pg.text(105, 8, "收  款  收  据", 18, ctx.bold, "c")
        pg.text(190, 18, f"No.{rng.randint(10**6, 10**7 - 1)}", 10, ctx.body, "r", (190, 30, 30))
        rows = [
            ["交款单位（人）", who[0], "日期", P.day(d, st)],
            ["收款事由", f"{topic}培训费", "金额", f"￥{rng.choice([300, 480, 600, 800])}.00"],
        ]
        pg.table(12, 26, [36, 78, 24, 48], rows, 10.5, ctx.body, 14)
        pg.text(14, 62, f"收款单位（盖章）：{org}    经手人：{who[1]}", 10.5, ctx.body)
        pg.seal(70, 66, 13, org[:14], k)
    elif v == "regform":
        heading(pg, ctx, f"{topic}培训报名表", 24, 17)
        rows = [
            ["姓名", who[0], "性别", rng.choice("男女")],
            ["工作单位", P.workplace(rng, city), "职称", "中级"],
            ["联系电话", f"1{rng.randint(3000000000, 8999999999)}", "填表日期", P.day(d, st)],
            ["单位意见", "", "", ""],
        ]
        pg.table(20, 42, [30, 70, 30, 40], rows, 11, ctx.body, 16)
        pg.text(20, 120, "注：报名表请于开班前三日发送至指定邮箱。", 10.5, ctx.body)
    elif v == "leave":
        heading(pg, ctx, "请 假 条", 30, 22)
        pg.wrap(
            25,
            58,
            160,
            f"本人{who[0]}因参加{topic}培训，需于{P.day(d, st)}起请假{rng.randint(2, 5)}天，请予批准。",
            14,
            ctx.body,
            2.0,
            10,
        )
        pg.text(130, 100, f"请假人：{who[0]}", 13, ctx.body)
        pg.text(130, 110, P.day(d, st), 13, ctx.body)
        pg.text(25, 130, f"科室负责人意见：同意。 {who[1]}", 13, ctx.hand, color=(30, 30, 120))
    elif v == "mealticket":
        pg = Page(w=120, h=70)
        pg.rect(4, 4, 116, 66, 0.5)
        pg.text(60, 10, f"{topic}培训班", 11, ctx.bold, "c")
        pg.text(60, 22, "就 餐 券", 18, ctx.bold, "c")
        pg.text(60, 38, f"{P.day(d, st)}  午餐", 11, ctx.body, "c")
        pg.text(60, 48, f"持券人：{who[0]}", 11, ctx.body, "c")
        pg.text(60, 57, org, 9, ctx.body, "c")
    else:  # evalform
        heading(pg, ctx, "培训效果满意度调查表", 24, 17)
        pg.text(20, 42, f"培训项目：{topic}    填写人（可不填）：{who[0]}", 11, ctx.body)
        rows = [["评价项目", "很满意", "满意", "一般", "不满意"]] + [
            [x, "", "", "", ""] for x in ["课程内容", "授课教师", "组织管理", "后勤保障", "总体评价"]
        ]
        y = pg.table(20, 52, [50, 30, 30, 30, 30], rows, 11, ctx.body, 11)
        for i in range(5):
            pg.text(
                20 + 50 + 15 + 30 * rng.randint(0, 1),
                52 + 11 * (i + 1) + 2,
                "√",
                13,
                ctx.hand,
                "c",
                (30, 30, 120),
            )
        pg.text(20, y + 10, f"{org}  {P.day(d, st)}", 11, ctx.body)
    fields = {"holder": who[0]}
    return Doc("other", f"other17-{v}", [pg], fields, [], {"person": who[0], "year": d.year})
