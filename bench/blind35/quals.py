"""Draw 35's qualification certificates (seven layouts) and other documents (six layouts)."""

from __future__ import annotations

import datetime as dt

from bench.blind.doc import Doc
from bench.blind.page import Page
from bench.blind35 import topics
from bench.blind35.people import case, make
from bench.blind35.pools import CITIES, Ctx, centre, d, day, iso, mo, stamp, wrap, ym

UNIS = {
    "山东": [
        "山东大学",
        "山东师范大学",
        "山东第一医科大学",
        "青岛理工大学",
        "鲁东大学",
        "泰山学院",
        "德州学院",
        "滨州医学院",
        "山东建筑大学",
    ],
    "河南": ["河南大学", "郑州大学", "河南理工大学", "华北水利水电大学", "河南中医药大学"],
    "湖南": ["湖南师范大学", "中南大学", "湖南城市学院", "长沙理工大学", "湖南中医药大学"],
}


def _uni(ctx: Ctx, prov: str) -> str:
    return ctx.rng.choice(UNIS[prov])


def _born(ctx: Ctx, y: int) -> dt.date:
    return dt.date(y, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))


def qualification_certificate(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("qual")
    cs = case(ctx, 2)
    major = ctx.rng.choice(topics.MAJORS[cs.sector])
    uni = _uni(ctx, cs.prov)
    sex = ctx.rng.choice("男女")
    pages = [Page()]
    pg = pages[0]
    scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.subject"]
    modules = None
    st = ctx.pick("qual.date", ["cjk", "han", "hano", "cjk0"])
    head = cs.others[0]
    if v in ("diploma", "xuexin"):
        g = dt.date(ctx.rng.randint(2008, 2022), ctx.rng.choice([6, 7]), ctx.rng.randint(20, 30))
        yrs = 4 if ctx.rng.random() < 0.7 else 3
        start = dt.date(g.year - yrs, 9, 1)
        born = _born(ctx, start.year - 18)
        kind, subject, issuer, issued = "graduation", major, uni, iso(g)
        level = "本科" if yrs == 4 else "专科"
        no = f"{ctx.rng.randint(10000, 14999)}{g.year}{ctx.rng.randint(10**7, 10**8 - 1):08d}"[:18]
        if v == "diploma":
            pg.w, pg.h = 297.0, 210.0
            pg.rect(12, 12, 285, 198, 1.5, (130, 40, 40))
            centre(pg, ctx, 28, "毕 业 证 书", 30, True, (140, 30, 30))
            pg.rect(30, 62, 70, 112, 0.4, (140, 140, 140))
            body = (
                f"　　学生{cs.person}，性别{sex}，{d(born, 'cjk')}生，于{mo(start.year, 9, 'cjk')}至{mo(g.year, g.month, 'cjk')}"
                f"在本校{major}专业{cn4(yrs)}年制{level}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
            )
            y = wrap(pg, 86, 64, 185, body, 14, ctx.body, 2.1)
            pg.text(86, y + 14, f"校（院）长：{head}", 13, ctx.body)
            pg.text(200, y + 14, f"校名：{uni}", 13, ctx.body)
            pg.text(86, y + 26, f"证书编号：{no}", 12, ctx.body)
            pg.text(220, y + 26, d(g, st), 13, ctx.body, "c")
            stamp(pg, ctx, 232, y + 12, uni, 20)
        else:
            y = centre(pg, ctx, 18, "教育部学历证书电子注册备案表", 17, True) + 2
            pg.text(
                192,
                y,
                f"更新日期：{d(g + dt.timedelta(days=ctx.rng.randint(400, 2000)), 'iso')}",
                9.5,
                ctx.body,
                "r",
            )
            y += 10
            rows = [
                ["姓名", cs.person, "性别", sex],
                ["出生日期", d(born, "iso"), "民族", "汉族"],
                ["入学日期", d(start, "iso"), "毕(结)业日期", d(g, "iso")],
                ["学校名称", uni, "专业", major],
                ["层次", level, "学历类别", "普通高等教育"],
                ["学制", f"{yrs}年", "学习形式", "普通全日制"],
                ["毕(结)业", "毕业", "校(院)长姓名", head],
                ["证书编号", no, "", ""],
            ]
            y = pg.table(18, y, [32, 56, 32, 54], rows, 10.5, ctx.body, 12)
            code = "".join(ctx.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
            pg.text(18, y + 10, f"在线验证码：{code}", 11, ctx.body)
            pg.text(
                18,
                y + 20,
                "说明：本表是依据《高等学校学生学籍学历电子注册办法》出具的学历电子注册信息。",
                9,
                ctx.body,
            )
            pg.text(18, y + 27, "学信网　www.chsi.com.cn", 9, ctx.body)
    elif v in ("degree", "verified"):
        gy = ctx.rng.randint(2009, 2023)
        g = dt.date(gy, ctx.rng.choice([6, 6, 12]), ctx.rng.randint(10, 30))
        doctor = ctx.rng.random() < 0.2
        kind = "doctor_degree" if doctor else "master_degree"
        deg = "博士" if doctor else "硕士"
        field = topics.DISCIPLINE[major]
        born = _born(ctx, gy - 28)
        subject, issuer, issued = major, uni, iso(g)
        no = f"{ctx.rng.randint(10000, 14999)}{'2' if doctor else '3'}{gy}{ctx.rng.randint(100000, 999999)}"
        pg.rect(14, 14, 196, 283, 1.2, (40, 70, 40))
        centre(pg, ctx, 40, f"{deg}学位证书", 26, True, (40, 70, 40))
        body = (
            f"　　{cs.person}，{sex}，{d(born, 'cjk')}生。在{major}学科/专业完成了{deg}学位的学习，成绩合格，通过论文答辩，"
            f"经审核，符合《中华人民共和国学位条例》的规定，授予{field}{deg}学位。"
        )
        y = wrap(pg, 30, 110, 150, body, 14, ctx.body, 2.1)
        pg.text(30, y + 20, f"{uni}", 14, ctx.body)
        pg.text(30, y + 32, f"学位评定委员会主席　{head}", 13, ctx.body)
        pg.text(30, y + 50, f"证书编号：{no}", 11, ctx.body)
        pg.text(160, y + 50, d(g, st), 12, ctx.body, "c")
        stamp(pg, ctx, 60, y + 26, uni, 19)
        if v == "verified":
            p2 = Page()
            y = centre(p2, ctx, 22, "中国学位与研究生教育信息网", 13)
            y = centre(p2, ctx, y, "学位在线验证报告", 19, True) + 6
            code = "".join(ctx.rng.choice("0123456789ABCDEF") for _ in range(12))
            rows = [
                ["姓名", cs.person],
                ["性别", sex],
                ["出生日期", d(born, "iso")],
                ["学位授予单位", uni],
                ["学位类别", f"{field}{deg}"],
                ["学科/专业", major],
                ["获学位日期", d(g, "iso")],
                ["证书编号", no],
                ["在线验证码", code],
            ]
            y = p2.table(30, y, [45, 105], rows, 11, ctx.body, 11.5)
            p2.text(
                30,
                y + 10,
                f"报告生成日期：{d(g + dt.timedelta(days=ctx.rng.randint(300, 3000)), 'iso')}",
                10,
                ctx.body,
            )
            p2.text(30, y + 18, "本报告在有效期内可通过在线验证码查询验证。", 10, ctx.body)
            pages.append(p2)
    elif v == "courses":
        y0 = ctx.rng.randint(2012, 2022)
        end = dt.date(y0 + 2, ctx.rng.choice([6, 7]), ctx.rng.randint(1, 28))
        modules = ctx.rng.sample(topics.COURSES_PG[cs.sector], 5)
        kind, subject, issuer = "postgraduate_courses", major, uni
        issued = iso(end)
        scored.append("qualification.modules")
        centre(pg, ctx, 34, "研究生课程进修班", 20, True)
        centre(pg, ctx, 48, "结　业　证　书", 26, True)
        body = (
            f"　　{cs.person}同志于{mo(y0, 9, 'cjk')}至{mo(end.year, end.month, 'cjk')}参加我校{major}专业研究生课程进修班学习，"
            f"修完规定的课程，成绩合格，准予结业。"
        )
        y = wrap(pg, 26, 72, 158, body, 14, ctx.body, 2.0) + 4
        rows = [["序号", "课程名称", "学分", "成绩"]] + [
            [str(i + 1), m, str(ctx.rng.choice([2, 3])), str(ctx.rng.randint(72, 95))]
            for i, m in enumerate(modules)
        ]
        y = pg.table(30, y, [16, 84, 20, 30], rows, 11, ctx.body, 10, header_font=ctx.bold)
        pg.text(150, y + 18, uni, 13, ctx.body, "c")
        pg.text(150, y + 29, d(end, st), 13, ctx.body, "c")
        stamp(pg, ctx, 150, y + 22, uni)
    elif v == "selfstudy":
        major, courses = ctx.rng.choice(topics.SELF_STUDY)
        modules = ctx.rng.sample(courses, ctx.rng.choice([1, 2]))
        y0 = ctx.rng.randint(2014, 2023)
        m = ctx.rng.choice([4, 10])
        issuer = f"{cs.prov}省高等教育自学考试委员会"
        kind, subject, issued = "self_study_exam", major, ym(y0, m)
        scored.append("qualification.modules")
        pg.w, pg.h = 210.0, 148.0
        pg.rect(8, 8, 202, 140, 0.8, (30, 90, 60))
        centre(pg, ctx, 16, "高等教育自学考试", 14, True)
        centre(pg, ctx, 25, "单科合格证书", 20, True)
        rows = [
            ["准考证号", f"{ctx.rng.randint(10**11, 10**12 - 1)}", "姓名", cs.person],
            ["专业", major, "", ""],
        ]
        y = pg.table(16, 40, [26, 60, 22, 70], rows, 10.5, ctx.body, 10)
        rows = [["课程名称", "成绩", "考试时间"]] + [
            [c, str(ctx.rng.randint(60, 88)), mo(y0, m, st)] for c in modules
        ]
        y = pg.table(16, y + 4, [90, 30, 58], rows, 10.5, ctx.body, 9.5, header_font=ctx.bold)
        pg.text(150, y + 10, issuer, 11, ctx.body, "c")
        pg.text(150, y + 19, mo(y0, m, st), 11, ctx.body, "c")
        stamp(pg, ctx, 150, y + 12, issuer, 15)
    elif v == "computer":
        modules = ctx.rng.sample(topics.COMPUTER, ctx.rng.choice([1, 1, 2]))
        y0 = ctx.rng.randint(2010, 2019)
        m = ctx.rng.randint(3, 11)
        issuer = "人力资源和社会保障部人事考试中心"
        kind, subject, issued = "computer_exam", None, ym(y0, m)
        scored = ["holder", "issuer", "issued_on", "qualification.kind", "qualification.modules"]
        pg.w, pg.h = 148.0, 210.0
        pg.rect(6, 6, 142, 204, 0.8, (30, 60, 140))
        centre(pg, ctx, 22, "全国专业技术人员", 13, True)
        centre(pg, ctx, 31, "计算机应用能力考试", 13, True)
        centre(pg, ctx, 42, "合　格　证", 22, True, (30, 60, 140))
        idn = (
            f"{ctx.rng.randint(370100, 439999)}{ctx.rng.randint(1970, 1995)}{ctx.rng.randint(1000, 9999)}****"
        )
        rows = (
            [["姓　　名", cs.person], ["身份证号", idn]]
            + [["考试科目", mm] for mm in modules]
            + [["考试时间", mo(y0, m, st)], ["证书编号", f"{y0}{ctx.rng.randint(10**9, 10**10 - 1)}"]]
        )
        y = 64
        for lab, val in rows:
            pg.text(16, y, lab, 10.5, ctx.body)
            pg.text(42, y, val, 10.5, ctx.body)
            y += 9
        pg.text(100, y + 16, issuer, 9.5, ctx.body, "c")
        pg.text(100, y + 25, mo(y0, m, st), 10, ctx.body, "c")
        stamp(pg, ctx, 100, y + 18, issuer, 15)
    fields = {
        "holder": cs.person,
        "issuer": issuer,
        "issued_on": issued,
        "qualification": {"kind": kind, "subject": subject, "modules": modules},
    }
    return make(
        ctx, "qualification_certificate", "qual", v, pages, fields, scored, cs.person, int(issued[:4])
    )


def cn4(n: int) -> str:
    return "〇一二三四五六七八九"[n]


def other(ctx: Ctx, k: int) -> Doc:
    v = ctx.variant("other")
    cs = case(ctx, 3)
    a = day(ctx.rng)
    st = ctx.pick("other.date", ["cjk", "dot", "han", "cjk0"])
    pages = [Page()]
    pg = pages[0]
    ink = (30, 40, 130)
    if v == "travel":
        y = centre(pg, ctx, 24, cs.unit, 13)
        y = centre(pg, ctx, y, "出差审批单", 19, True) + 4
        rows = [
            ["出差人", cs.person, "部门", ctx.rng.choice(["内科", "教务处", "结构所", "外科", "信息中心"])],
            ["出差地点", f"{ctx.rng.choice(list(CITIES))}市", "出差天数", f"{ctx.rng.randint(1, 5)}天"],
            ["出差事由", "参加业务培训", "", ""],
            [
                "交通工具",
                ctx.rng.choice(["高铁", "单位派车", "大巴"]),
                "预计费用",
                f"{ctx.rng.randint(3, 30) * 100}元",
            ],
            ["科室负责人意见", "", "", ""],
            ["分管领导意见", "", "", ""],
        ]
        y = pg.table(20, y, [36, 54, 30, 50], rows, 11, ctx.body, 16)
        pg.text(80, y - 26, "同意", 14, ctx.ink, "l", ink)
        pg.text(80, y - 10, f"同意 {cs.others[0]}", 14, ctx.ink, "l", ink)
        pg.text(150, y + 10, f"填表日期：{d(a, st)}", 11, ctx.body, "c")
    elif v == "appoint":
        pg.rect(10, 10, 200, 140, 1.6, (170, 30, 30))
        pg.h = 150.0
        centre(pg, ctx, 22, "聘　书", 28, True, (170, 30, 30))
        role = ctx.rng.choice(["兼职教师", "评审专家库成员", "质控专家", "客座研究员"])
        org = f"{cs.city}市{ctx.rng.choice(['医学会', '教育学会', '土木建筑学会', '科学技术协会'])}"
        wrap(pg, 30, 54, 150, f"　　兹聘请{cs.person}同志为{org}{role}，聘期三年。", 15, ctx.body, 2.0)
        pg.text(150, 104, org, 13, ctx.body, "c")
        pg.text(150, 114, d(a, st), 13, ctx.body, "c")
        stamp(pg, ctx, 150, 108, org, 17)
    elif v == "observe":
        y = centre(pg, ctx, 22, "听课记录表", 19, True) + 4
        rows = [
            ["听课人", cs.person, "授课教师", cs.others[0]],
            [
                "学科",
                ctx.rng.choice(topics.FILL["s"]),
                "班级",
                f"{ctx.rng.randint(7, 9)}.{ctx.rng.randint(1, 12)}班",
            ],
            ["日期", d(a, st), "节次", f"第{ctx.rng.randint(1, 7)}节"],
            ["课题", "", "", ""],
        ]
        y = pg.table(18, y, [28, 60, 28, 58], rows, 11, ctx.body, 12)
        pg.rect(18, y, 192, y + 150, 0.3)
        pg.text(22, y + 4, "教学过程记录：", 11, ctx.body)
        for i, s in enumerate(["导入自然，联系生活实际", "小组合作讨论充分", "板书条理清楚", "课堂小结到位"]):
            pg.text(26, y + 16 + 12 * i, s, 13, ctx.ink, "l", ink)
    elif v == "reimburse":
        y = centre(pg, ctx, 20, "差旅费报销单", 18, True) + 2
        pg.text(18, y, f"单位：{cs.unit}", 10.5, ctx.body)
        pg.text(192, y, d(a, st), 10.5, ctx.body, "r")
        y += 8
        rows = [
            ["报销人", cs.person, "事由", "外出学习"],
            ["起止日期", "", "天数", str(ctx.rng.randint(1, 4))],
            ["交通费", f"{ctx.rng.randint(80, 900)}.00", "住宿费", f"{ctx.rng.randint(200, 1200)}.00"],
            ["伙食补助", f"{ctx.rng.randint(1, 4) * 100}.00", "其他", "0.00"],
            ["合计（大写）", "", "", ""],
        ]
        y = pg.table(18, y, [32, 55, 32, 55], rows, 10.5, ctx.body, 12)
        pg.text(18, y + 8, f"审核：{cs.others[0]}　　出纳：{cs.others[1]}　　领款人：", 10.5, ctx.body)
        pg.text(130, y + 6, cs.person, 13, ctx.ink, "l", ink)
    elif v == "review":
        y = centre(pg, ctx, 22, f"{a.year}年度专业技术人员年度考核登记表", 15, True) + 4
        rows = [
            ["姓名", cs.person, "性别", ctx.rng.choice("男女")],
            ["单位", cs.unit, "", ""],
            [
                "现任职务",
                ctx.rng.choice(["主治医师", "一级教师", "工程师"]),
                "考核等次",
                ctx.rng.choice(["优秀", "合格"]),
            ],
            ["个人总结", "", "", ""],
        ]
        y = pg.table(18, y, [26, 70, 26, 52], rows, 11, ctx.body, 12)
        pg.rect(18, y, 192, y + 120, 0.3)
        wrap(
            pg,
            22,
            y + 6,
            166,
            "本年度认真履行岗位职责，积极参加各类业务学习，圆满完成各项工作任务。",
            12,
            ctx.ink,
        )
        pg.text(150, y + 110, d(a, st), 11, ctx.body, "c")
    else:  # leave: a handwritten leave note on lined paper
        pg.bg = (250, 250, 244)
        for i in range(22):
            pg.line(14, 30 + i * 11, 196, 30 + i * 11, 0.2, (160, 190, 220))
        pg.text(90, 20, "请 假 条", 18, ctx.ink, "l", ink)
        lines_ = [
            f"{ctx.rng.choice(['张主任', '李校长', '王所长', '刘科长'])}：",
            f"　本人{cs.person}因参加外出培训，",
            f"需请假{ctx.rng.randint(1, 4)}天，望批准。",
            "",
            f"　　　　　　　　　　请假人：{cs.person}",
            f"　　　　　　　　　　{d(a, 'cjk')}",
        ]
        for i, s in enumerate(lines_):
            pg.text(20, 33 + i * 11 + 1, s, 14, ctx.ink, "l", ink)
        st = "cjk"
    fields = {"holder": cs.person}
    del st
    return make(ctx, "other", "other", v, pages, fields, [], cs.person, a.year)
