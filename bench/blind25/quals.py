"""Draw 25 qualification certificates (diplomas, degrees, exams) and other proofs."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc, frame
from bench.blind.page import Page
from bench.blind25.ink import GREY, RED, card, centre, doc, fit, hand, para, phone, rows
from bench.blind25.pools import (
    ASSOCS,
    GROUPS,
    MAJORS,
    SCHOOLS,
    STYLES,
    TITLES,
    Ctx,
    crowd,
    day,
    iso_month,
    month,
    some_day,
)  # fmt: skip

DISCIPLINES = ["机械工程", "动力工程及工程热物理", "电气工程", "化学工程与技术", "矿业工程", "材料科学与工程",
               "安全科学与工程", "土木工程", "控制科学与工程"]  # fmt: skip
PG_COURSES = ["数值分析", "矩阵论", "现代控制理论", "有限元方法", "工程材料学", "自然辩证法概论", "第一外国语",
              "机械系统动力学", "现代测试技术", "工程伦理"]  # fmt: skip
EXAM_COURSES = ["工程力学（一）", "机械制造技术", "电工与电子技术", "工程经济", "计算机基础与程序设计",
                "液压与气压传动", "机械设计基础"]  # fmt: skip
MODULES = ["Word 2007中文字处理", "Excel 2007中文电子表格", "PowerPoint 2007中文演示文稿", "AutoCAD 2008制图",
           "Internet应用", "Project 2007项目管理"]  # fmt: skip


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    rng = ctx.rng
    who = crowd(rng, 3)
    sex = rng.choice("男女")
    born = dt.date(rng.randint(1975, 1998), rng.randint(1, 12), rng.randint(1, 28))
    school, _ = rng.choice(SCHOOLS)
    st = ctx.pick("date", STYLES)
    q: dict = {"kind": None, "subject": None, "modules": None}
    scored = ["holder", "issuer", "issued_on", "qualification.kind"]
    pages: list[Page] = []
    if v in ("diploma", "registry"):
        major = rng.choice(MAJORS)
        y0 = rng.randint(2008, 2019)
        end = dt.date(y0 + 4, 6, rng.randint(20, 28) if rng.random() < 0.5 else 30)
        issued = end
        q.update(kind="graduation", subject=major)
        scored.append("qualification.subject")
        issuer = school
        if v == "diploma":
            pg = Page(w=260, h=185)
            frame(pg, ctx, 1)
            centre(pg, ctx, 22, "普通高等学校", 14, True)
            centre(pg, ctx, 32, "毕 业 证 书", 26, True)
            pg.rect(26, 58, 62, 104, 0.3)
            pg.text(44, 78, "照片", 10, ctx.body, "c", GREY)
            y = para(pg, ctx, 76, 60, 160, f"学生{who[0]}，性别{sex}，{day(born, st)}生，于{month(y0, 9, st)}至"
                     f"{month(y0 + 4, 6, st)}在本校{major}专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，"
                     "准予毕业。", 13, 2.0)  # fmt: skip
            pg.text(76, y + 12, f"校　名：{school}", 12, ctx.body)
            pg.text(76, y + 22, f"校（院）长：{who[1]}", 12, ctx.body)
            pg.text(196, y + 22, day(issued, st), 12, ctx.body, "c")
            pg.seal(200, y + 14, 20, school, rng.randrange(9999))
            pg.text(26, 170, f"证书编号：{rng.randint(10**16, 10**17 - 1)}", 10, ctx.body)
            pages = [pg]
        else:
            pg = phone()
            pg.text(38, 9.5, "学籍学历", 10, ctx.bold, "c")
            card(pg, 3, 16, 73, 150)
            pg.text(38, 19, "教育部学历证书电子注册备案表", 8.5, ctx.bold, "c")
            rows(pg, ctx, 6, 28, [("姓名", who[0]), ("性别", sex), ("出生日期", day(born, "cjk0")),
                                  ("入学日期", day(dt.date(y0, 9, 1), "cjk0")), ("毕(结)业日期", day(end, "cjk0")),
                                  ("学校名称", school), ("专业", major), ("学制", "4年"), ("层次", "本科"),
                                  ("学历类别", "普通高等教育"), ("毕(结)业", "毕业"),
                                  ("证书编号", str(rng.randint(10**16, 10**17 - 1)))], 7.5, 7.5, 20)  # fmt: skip
            pg.text(38, 122, f"在线验证码：{rng.randint(10**15, 10**16 - 1)}", 7, ctx.body, "c", GREY)
            pages = [pg]
    elif v in ("master", "doctor"):
        disc = rng.choice(DISCIPLINES)
        issued = dt.date(rng.randint(2010, 2023), rng.choice((6, 12)), rng.randint(1, 28))
        deg = "硕士" if v == "master" else "博士"
        q.update(kind="master_degree" if v == "master" else "doctor_degree", subject=disc)
        scored.append("qualification.subject")
        issuer = school
        w, h = (210, 297) if v == "master" else (297, 210)
        pg = Page(w=w, h=h)
        frame(pg, ctx, 2)
        centre(pg, ctx, 30, f"{deg}学位证书", 26, True)
        pg.rect(w / 2 - 16, 52, w / 2 + 16, 92, 0.3)
        y = para(pg, ctx, 30, 106, w - 60, f"{who[0]}，{sex}，{born.year}年{born.month}月生。在{disc}学科完成了{deg}"
                 f"学位的课程学习和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，授予工学{deg}学位。", 13, 2.0)  # fmt: skip
        pg.text(w - 40, y + 16, school, 12, ctx.body, "r")
        pg.text(w - 40, y + 26, f"学位评定委员会主席　{who[1]}", 12, ctx.body, "r")
        pg.text(w - 40, y + 36, day(issued, st), 12, ctx.body, "r")
        pg.seal(w - 70, y + 22, 20, school, rng.randrange(9999))
        pg.text(30, h - 24, f"证书编号：{rng.randint(10**15, 10**16 - 1)}", 10, ctx.body)
        pages = [pg]
    elif v == "pgcourse":
        disc = rng.choice(DISCIPLINES)
        y0 = rng.randint(2012, 2021)
        issued = dt.date(y0 + 2, rng.choice((1, 6, 7)), rng.randint(1, 28))
        mods = rng.sample(PG_COURSES, 5)
        q.update(kind="postgraduate_courses", subject=disc, modules=mods)
        scored += ["qualification.subject", "qualification.modules"]
        issuer = school
        pg = Page()
        frame(pg, ctx, 1)
        centre(pg, ctx, 30, "研究生课程进修班结业证书", 20, True)
        y = para(pg, ctx, 26, 54, 158, f"{who[0]}同志于{month(y0, 9, st)}至{month(y0 + 2, 1, st)}参加我校{disc}专业"
                 "研究生课程进修班学习，修完下列课程，成绩合格，准予结业。", 13, 2.0)  # fmt: skip
        tbl = [["课程名称", "学分", "成绩"]] + [
            [c, str(rng.choice((2, 3))), str(rng.randint(72, 95))] for c in mods
        ]
        y = pg.table(36, y + 4, [70, 30, 38], tbl, 11, ctx.body, 9)
        pg.text(150, y + 20, school, 12, ctx.body, "c")
        pg.text(150, y + 30, day(issued, st), 12, ctx.body, "c")
        pg.seal(150, y + 24, 20, school, rng.randrange(9999))
        pages = [pg]
    elif v == "selfstudy":
        major = rng.choice(MAJORS)
        course = rng.choice(EXAM_COURSES)
        ym = (rng.randint(2012, 2022), rng.choice((4, 10)))
        issued_m = (ym[0], ym[1] + 2)
        q.update(kind="self_study_exam", subject=major, modules=[course])
        scored += ["qualification.subject", "qualification.modules"]
        issuer = "山东省高等教育自学考试委员会"
        pg = Page(w=190, h=130)
        pg.rect(6, 6, 184, 124, 0.8, (40, 90, 60))
        centre(pg, ctx, 14, "高等教育自学考试单科合格证书", 16, True)
        rows(pg, ctx, 16, 34, [("考生姓名", who[0]), ("准考证号", str(rng.randint(10**11, 10**12 - 1))),
                               ("专　　业", major), ("课程名称", course),
                               ("考试时间", month(*ym, st)), ("成　　绩", str(rng.randint(60, 88)))], 11, 8, 24)  # fmt: skip
        pg.text(130, 96, issuer, 10, ctx.body, "c")
        pg.text(130, 104, month(*issued_m, st), 10, ctx.body, "c")
        pg.seal(130, 99, 16, issuer, rng.randrange(9999))
        issued = None
        pages = [pg]
    elif v == "computer":
        mods = rng.sample(MODULES, rng.randint(2, 4))
        issued = some_day(rng, 2009, 2018)
        q.update(kind="computer_exam", modules=mods)
        scored.append("qualification.modules")
        issuer = "人力资源和社会保障部人事考试中心"
        pg = Page(w=210, h=148)
        frame(pg, ctx, 1)
        centre(pg, ctx, 16, "全国专业技术人员计算机应用能力考试", 14, True)
        centre(pg, ctx, 26, "合 格 证 书", 20, True)
        rows(
            pg,
            ctx,
            20,
            44,
            [("姓名", who[0]), ("证件号码", f"37{rng.randint(10**15, 10**16 - 1)}")],
            11,
            8,
            20,
        )
        tbl = [["考试科目", "考试时间", "成绩"]] + [
            [m, day(issued - dt.timedelta(days=30 * (i + 1)), "dot"), "合格"] for i, m in enumerate(mods)
        ]
        pg.table(20, 62, [82, 44, 30], tbl, 10, ctx.body, 8.5)
        pg.text(150, 116, issuer, 10, ctx.body, "c")
        pg.text(150, 124, f"发证日期：{day(issued, st)}", 10, ctx.body, "c")
        pg.seal(150, 118, 16, issuer, rng.randrange(9999))
        pages = [pg]
    if v == "selfstudy":
        f = {"issued_on": iso_month(*issued_m)}
        year = issued_m[0]
    else:
        f = {"issued_on": issued.isoformat()}
        year = issued.year
    f.update(holder=who[0], issuer=issuer, qualification=q)
    return doc("qualification_certificate", "qual", v, pages, f, scored, {"person": who[0], "year": year})


# ==== other proofs ==========================================================================
def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    rng = ctx.rng
    who = crowd(rng, 8)
    _, group = rng.choice(GROUPS)
    when = some_day(rng, 2020, 2024)
    st = ctx.pick("date", STYLES)
    f: dict = {"holder": None, "people": []}
    pages: list[Page] = []
    title = None
    issuer = None
    if v == "standard":
        item = rng.choice(["带式输送机托辊技术条件", "港口门座起重机能效测试方法", "压力管道焊接接头相控阵超声检测",
                           "矿用隔爆型电动机检修规范"])  # fmt: skip
        code = f"T/{rng.choice(['SDJX', 'SDTZ', 'SDHJ'])} {rng.randint(1, 120):03d}—{when.year}"
        issuer = rng.choice(ASSOCS[:6])
        title = item
        cover = Page()
        cover.text(20, 20, "ICS 53.040", 10, ctx.body)
        cover.text(190, 36, "T/" + code.split("/")[1].split(" ")[0], 28, ctx.bold, "r")
        cover.line(20, 50, 190, 50, 0.8)
        centre(cover, ctx, 56, "团　体　标　准", 22, True)
        cover.text(190, 76, code, 12, ctx.body, "r")
        centre(cover, ctx, 120, item, fit(item, ctx.bold, 22, 170), True)
        cover.line(20, 250, 190, 250, 0.8)
        cover.text(20, 254, f"{when.isoformat()}发布", 12, ctx.body)
        cover.text(190, 254, f"{(when + dt.timedelta(days=30)).isoformat()}实施", 12, ctx.body, "r")
        centre(cover, ctx, 268, f"{issuer}　发布", 14, True)
        pg = Page()
        centre(pg, ctx, 24, "前　　言", 16, True)
        y = para(
            pg,
            ctx,
            22,
            44,
            166,
            "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
            11,
        )
        y = para(
            pg,
            ctx,
            22,
            y,
            166,
            "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。",
            11,
        )
        y = para(pg, ctx, 22, y, 166, f"本文件由{issuer}提出并归口。", 11)
        y = para(pg, ctx, 22, y, 166, f"本文件起草单位：{group}、{rng.choice(SCHOOLS)[0]}。", 11)
        n = rng.randint(4, 7)
        para(pg, ctx, 22, y, 166, "本文件主要起草人：" + "、".join(who[:n]) + "。", 11)
        f["people"] = [{"name": p, "rank": i + 1, "role": "author"} for i, p in enumerate(who[:n])]
        pages = [cover, pg]
    elif v == "appoint":
        issuer = group
        title = None
        pg = Page(w=297, h=210, bg=(252, 246, 236))
        frame(pg, ctx, 3)
        centre(pg, ctx, 40, "聘　　书", 32, True)
        role = rng.choice(["技术专家委员会委员", "首席技师", "内训师", "科技项目评审专家"])
        pg.text(50, 90, f"兹聘请　{who[0]}　同志为{group}{role}，", 16, ctx.body)
        pg.text(
            50,
            106,
            f"聘期三年（{when.year}年{when.month}月至{when.year + 3}年{when.month}月）。",
            16,
            ctx.body,
        )
        pg.text(230, 150, group, 13, ctx.body, "c")
        pg.text(230, 160, day(when, st), 13, ctx.body, "c")
        pg.seal(230, 153, 21, group, rng.randrange(9999))
        f["holder"] = who[0]
        pages = [pg]
    elif v == "receipt":
        issuer = rng.choice(ASSOCS)
        pg = Page(w=210, h=110)
        centre(pg, ctx, 10, "收　款　收　据", 16, True)
        pg.text(190, 12, f"No.{rng.randint(1000000, 9999999)}", 10, ctx.body, "r", RED)
        pg.text(20, 26, f"日期：{day(when, st)}", 10, ctx.body)
        tbl = [
            ["交款单位（人）", "收款事由", "金额（元）"],
            ["", "培训费、资料费", f"{rng.choice((800, 1200, 1600, 2400))}.00"],
        ]
        pg.table(20, 34, [56, 70, 44], tbl, 10, ctx.body, 11)
        hand(pg, ctx, 36, 47, who[0], 14)
        pg.text(20, 64, "收款单位（盖章）：", 10, ctx.body)
        pg.text(56, 64, issuer, 10, ctx.body)
        pg.text(150, 80, f"经手人：{who[1]}", 10, ctx.body)
        pg.seal(80, 68, 17, issuer, rng.randrange(9999))
        f["holder"] = who[0]
        pages = [pg]
    elif v == "minutes":
        issuer = group + "技术中心"
        title = rng.choice(["关键设备改造方案技术评审会", "年度科技项目立项评审会", "新工艺试验总结会"])
        pg = Page()
        centre(pg, ctx, 22, f"{title}会议纪要", 17, True)
        n = rng.randint(5, 8)
        y = rows(
            pg, ctx, 22, 44, [("时间", day(when, st)), ("地点", "技术中心会议室"), ("主持", who[0])], 11, 8
        )
        y = para(pg, ctx, 22, y, 166, "参会人员：" + "、".join(who[:n]), 11)
        y = para(pg, ctx, 22, y + 2, 166, "会议听取了项目组的汇报，经讨论，形成如下意见：一、方案总体可行；二、"
                 "进一步细化安全措施；三、按计划推进实施。", 11)  # fmt: skip
        pg.text(188, y + 20, f"{issuer}　{day(when, st)}", 11, ctx.body, "r")
        f["people"] = [{"name": p, "rank": i + 1, "role": "attendee"} for i, p in enumerate(who[:n])]
        pages = [pg]
    elif v == "expert":
        issuer = rng.choice(ASSOCS)
        pg = Page(w=240, h=170)
        frame(pg, ctx, 2)
        centre(pg, ctx, 26, "专家库入库证书", 24, True)
        para(pg, ctx, 30, 60, 180, f"{who[0]}同志（{rng.choice(TITLES[1:4])}）经推荐、审核，入选{issuer}专家库，"
             "特发此证。", 14, 2.0)  # fmt: skip
        pg.text(180, 120, issuer, 12, ctx.body, "c")
        pg.text(180, 130, day(when, st), 12, ctx.body, "c")
        pg.seal(180, 124, 19, issuer, rng.randrange(9999))
        f["holder"] = who[0]
        pages = [pg]
    else:  # report
        issuer = group
        title = rng.choice(
            ["输煤系统节能改造技术总结报告", "大型减速机故障分析报告", "焊接机器人应用试验报告"]
        )
        pg = Page()
        centre(pg, ctx, 80, title, fit(title, ctx.bold, 22, 170), True)
        rows(
            pg, ctx, 70, 150, [("编　写", "　".join(who[:3])), ("审　核", who[3]), ("批　准", who[4])], 13, 12
        )
        centre(pg, ctx, 240, group, 14)
        centre(pg, ctx, 250, month(when.year, when.month, st), 13)
        f["people"] = [{"name": p, "rank": i + 1, "role": "author"} for i, p in enumerate(who[:5])]
        pages = [pg]
    f.update(
        title=title,
        issuer=issuer,
        issued_on=when.isoformat() if v != "report" else iso_month(when.year, when.month),
    )
    person = f["holder"] or rng.choice(f["people"])["name"]
    return doc("other", "other", v, pages, f, [], {"person": person, "year": when.year})
